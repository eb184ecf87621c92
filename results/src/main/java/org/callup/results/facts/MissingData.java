package org.callup.results.facts;

/** A run lacks a series or a date that a fact needs: the fact cannot be computed from it. */
final class MissingData extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingData(String message) {
        super(message, null, false, false);
    }
}

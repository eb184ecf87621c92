package org.callup.model.observe;

/** Kinds of observation scope: the whole country, a region of registration, a destination country, a border post. */
public enum ScopeKind {
    ALL("all"),
    REGION("region"),
    COUNTRY("country"),
    POST("post");

    private final String prefix;

    ScopeKind(String prefix) {
        this.prefix = prefix;
    }

    /** {@code all}, or the prefix before the colon: {@code region:<id>}, {@code country:<destination>}, {@code post:<id>}. */
    public String prefix() {
        return prefix;
    }
}

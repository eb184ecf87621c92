package org.callup.model.params;

/** Whether a region is an ethnic republic ({@code ethnic_republic} column of {@code regions.csv}). */
public enum EthnicStatus {
    /** An ethnic republic (Dagestan, Buryatia, Tuva, Sakha...). */
    REPUBLIC,
    /** A remainder of a federal district that contains republics. */
    MIXED,
    /** No ethnic republic in the region. */
    NONE
}

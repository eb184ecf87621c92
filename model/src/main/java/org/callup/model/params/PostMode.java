package org.callup.model.params;

/** How a border post is crossed ({@code mode} column of {@code border_posts.csv}). */
public enum PostMode {
    /** By car (and on foot where the rules admit pedestrians). */
    ROAD,
    /** By road or rail; also open to men without a car. */
    RAIL,
    /** By plane: capacity is seats, and the price rises with demand. */
    AIR
}

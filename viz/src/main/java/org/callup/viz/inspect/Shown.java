package org.callup.viz.inspect;

/** A property of an inspected object as a student sees it: the Java property name and the label shown. */
public record Shown(String property, String label) {}

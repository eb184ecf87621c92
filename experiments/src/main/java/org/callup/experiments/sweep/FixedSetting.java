package org.callup.experiments.sweep;

/** A value the sweep file's {@code set} gives a scenario field in every run (e.g. a coarser scale). */
record FixedSetting(Slot slot, Object value) {}

package org.callup.experiments.sweep;

import java.time.LocalDate;
import org.callup.results.Statistic;

/**
 * One number kept of every run: a statistic of a daily series over an inclusive date window, in the vocabulary of
 * calibration targets ({@code metric}, {@code scope}, {@code statistic}, dates). A column of runs.csv.
 */
record SweepOutput(String name, String metric, String scope, Statistic statistic, LocalDate from, LocalDate to) {}

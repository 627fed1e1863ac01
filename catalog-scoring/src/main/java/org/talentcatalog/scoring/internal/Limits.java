package org.talentcatalog.scoring.internal;

/**
 * The documented bounds of scoring (docs/scoring.md): the magnitude of every number read or
 * scored, so that no sum a method takes can overflow, and the amount of work the bootstrap and the
 * sensitivity analysis may be asked for, so that a configuration cannot make them run for hours or
 * exhaust memory.
 */
public final class Limits {

    /** The largest magnitude of a value: survey counts, days and salaries, indicators, ratings. */
    public static final double MAX_VALUE = 1e15;

    /** The same bound as written in messages. */
    public static final String MAX_VALUE_TEXT = "10^15";

    /** The most bootstrap replicates. */
    public static final int MAX_REPLICATES = 100_000;

    /** The most replicates × respondent–position pairs one bootstrap may aggregate. */
    public static final long MAX_BOOTSTRAP_WORK = 1_000_000_000L;

    /** The most sensitivity runs. */
    public static final int MAX_RUNS = 100_000;

    /** The most runs × positions one sensitivity analysis may rank (and keep in memory). */
    public static final long MAX_SENSITIVITY_WORK = 10_000_000L;

    private Limits() {
    }

    /** Whether a value is finite and within ±{@link #MAX_VALUE}. */
    public static boolean inRange(double value) {
        return Math.abs(value) <= MAX_VALUE;
    }
}

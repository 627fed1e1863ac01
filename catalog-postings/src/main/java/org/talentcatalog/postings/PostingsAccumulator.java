package org.talentcatalog.postings;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Objects;
import java.util.TreeSet;
import org.talentcatalog.postings.internal.DayTable;
import org.talentcatalog.postings.internal.Indicators;
import org.talentcatalog.postings.internal.Messages;
import org.talentcatalog.postings.internal.Wording;

/**
 * The mergeable state of a postings aggregation: {@link #add(CodedPosting)} rows, {@link #merge}
 * partial accumulators, and take the {@link #result(PostingsOptions)}.
 *
 * <pre>{@code
 * PostingsAccumulator acc = new PostingsAccumulator(Grouping.POSITION);
 * acc.add(new CodedPosting("IC-01", "集成电路设计工程师", posting));
 * acc.merge(otherPartial);
 * PostingsResult result = acc.result(PostingsOptions.defaults());
 * }</pre>
 *
 * <p><b>Mergeable.</b> Accumulators filled with disjoint sets of rows and merged, in any grouping and
 * order, give exactly (bit for bit) the result of one accumulator filled with all the rows. The state
 * is a set: one entry per distinct (group, city, company, posting day) with the number of postings,
 * the latest closing day and a representative posting chosen by an order independent of arrival; the
 * window, the period and every statistic are applied only by {@link #result}.
 *
 * <p><b>Memory</b> is about 60 bytes per entry plus each distinct company, group and city name once,
 * never proportional to rows that repeat an entry. Beyond {@link #maxEntries()} entries (default
 * {@value #DEFAULT_MAX_ENTRIES}, about 120 MB) adding or merging throws a {@link PostingsException}
 * rather than growing on.
 *
 * <p>{@link Serializable}, so a cluster can ship it as an aggregation buffer. Not thread-safe: fill
 * one per thread and merge.
 */
public final class PostingsAccumulator implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The default largest number of de-duplication entries. */
    public static final int DEFAULT_MAX_ENTRIES = 2_000_000;
    /** How many uncoded titles a result lists. */
    public static final int UNCODED_TITLES_KEPT = 20;

    private final Grouping grouping;
    private final int maxEntries;
    private final DayTable table = new DayTable();
    private final TreeSet<String> uncodedTitles = new TreeSet<>();
    private long rows;
    private long uncoded;

    /**
     * An empty accumulator with the default limit.
     *
     * @param grouping what the rows' groups are
     */
    public PostingsAccumulator(Grouping grouping) {
        this(grouping, DEFAULT_MAX_ENTRIES);
    }

    /**
     * An empty accumulator.
     *
     * @param grouping what the rows' groups are
     * @param maxEntries the largest number of de-duplication entries, ≥ 1
     */
    public PostingsAccumulator(Grouping grouping, int maxEntries) {
        this.grouping = Objects.requireNonNull(grouping, "grouping");
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1: " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /** What the groups are. */
    public Grouping grouping() {
        return grouping;
    }

    /** The largest number of de-duplication entries. */
    public int maxEntries() {
        return maxEntries;
    }

    /** The number of de-duplication entries held. */
    public int entries() {
        return table.size();
    }

    /** The number of rows added, coded or not. */
    public long rows() {
        return rows;
    }

    /**
     * Adds a coded posting.
     *
     * @param row the posting and its group
     * @return this accumulator
     * @throws PostingsException when the row would make more than {@link #maxEntries()} entries
     */
    public PostingsAccumulator add(CodedPosting row) {
        Posting p = row.posting();
        int day = (int) p.postedOn().toEpochDay();
        if (table.size() >= maxEntries && table.isNew(row.group(), p.city(), p.company(), day)) {
            throw limit();
        }
        Double salary = p.monthlySalary();
        table.add(row.group(), row.groupName(), p.city(), p.company(), day, 1,
                p.closedOn() == null ? DayTable.NO_DAY : (int) p.closedOn().toEpochDay(), hash(p),
                salary == null ? Double.NaN : salary, Wording.education(p.education()), Wording.experience(p.experience()));
        rows++;
        return this;
    }

    /**
     * Counts a posting whose title could not be placed in a group with enough confidence: it is
     * reported, not aggregated.
     *
     * @param title the title as written
     * @return this accumulator
     */
    public PostingsAccumulator addUncoded(String title) {
        rows++;
        uncoded++;
        keepTitle(title);
        return this;
    }

    /**
     * Adds another accumulator's rows to this one.
     *
     * @param other an accumulator over rows disjoint from this one's, of the same grouping; not changed
     * @return this accumulator
     * @throws PostingsException when the merged state would hold more than {@link #maxEntries()} entries
     */
    public PostingsAccumulator merge(PostingsAccumulator other) {
        if (other.grouping != grouping) {
            throw new IllegalArgumentException("cannot merge postings grouped by " + other.grouping + " into " + grouping);
        }
        table.addAll(other.table);
        if (table.size() > maxEntries) {
            throw limit();
        }
        rows += other.rows;
        uncoded += other.uncoded;
        other.uncodedTitles.forEach(this::keepTitle);
        return this;
    }

    /**
     * The indicators per group.
     *
     * @param options the window and the comparison period
     * @return the result, groups in id order
     * @throws PostingsException when {@code since} is after the last posting day
     */
    public PostingsResult result(PostingsOptions options) {
        return Indicators.compute(table, grouping, rows, uncoded, new ArrayList<>(uncodedTitles), options);
    }

    private void keepTitle(String title) {
        uncodedTitles.add(title);
        if (uncodedTitles.size() > UNCODED_TITLES_KEPT) {
            uncodedTitles.pollLast();
        }
    }

    private PostingsException limit() {
        return new PostingsException("", Messages.LIMIT_ENTRIES.text(maxEntries));
    }

    /** A 64-bit FNV-1a hash (over UTF-16 units) of what identifies a posting, to choose representatives by. */
    private static long hash(Posting p) {
        long h = 0xcbf29ce484222325L;
        h = fnv(h, p.id());
        h = fnv(h, p.title());
        h = fnv(h, String.valueOf(p.salaryMin()));
        h = fnv(h, String.valueOf(p.salaryMax()));
        h = fnv(h, p.period().name());
        h = fnv(h, p.education());
        h = fnv(h, p.experience());
        return fnv(h, String.valueOf(p.closedOn()));
    }

    private static long fnv(long hash, String text) {
        long h = hash;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= 0x1f;
        return h * 0x100000001b3L;
    }
}

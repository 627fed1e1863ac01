package org.talentcatalog.postings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.postings.Grouping;
import org.talentcatalog.postings.PostingsException;
import org.talentcatalog.postings.PostingsGroup;
import org.talentcatalog.postings.PostingsOptions;
import org.talentcatalog.postings.PostingsResult;
import org.talentcatalog.postings.PostingsSummary;
import org.talentcatalog.scoring.ScoringWarning;

/**
 * From a {@link DayTable} to indicators. Entries are sorted by group, city, company and day
 * ({@link EntryOrder}); each
 * run of one group, city and company is cut into de-duplicated postings: a posting starts on a day
 * and takes every entry less than the window after that day. Its salary, education and experience
 * are its first day's representative's, its closing day the latest known among all its entries, and
 * it belongs to the period of its first day. Every statistic is of a multiset, so the result does not
 * depend on the order of the entries.
 */
public final class Indicators {

    private Indicators() {
    }

    /** Per group, what the statistics are computed from. */
    private static final class Group {
        long rows;
        long postings;
        long merged;
        long previous;
        final Set<String> employers = new HashSet<>();
        final Doubles salaries = new Doubles();
        final Doubles daysOpen = new Doubles();
        final long[] education = new long[Wording.EDUCATION.size()];
        final long[] experience = new long[Wording.EXPERIENCE.size()];
    }

    /**
     * @param table the entries
     * @param grouping what the groups are
     * @param rows the rows read
     * @param uncoded the rows left out
     * @param uncodedTitles the first of their titles
     * @param options the window and period
     * @return the result
     */
    public static PostingsResult compute(DayTable table, Grouping grouping, long rows, long uncoded,
            List<String> uncodedTitles, PostingsOptions options) {
        int n = table.size();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            first = Math.min(first, table.day(i));
            last = Math.max(last, table.day(i));
        }
        int[] order = EntryOrder.of(table);
        LocalDate since = options.since();
        int from = Integer.MIN_VALUE;
        int previousFrom = Integer.MIN_VALUE;
        if (since != null && n > 0) {
            from = (int) since.toEpochDay();
            if (from > last) {
                throw new PostingsException("--since", Messages.SINCE_AFTER_LAST.text(since, LocalDate.ofEpochDay(last)));
            }
            previousFrom = from - (last - from + 1);
        }
        Map<String, Group> groups = new TreeMap<>();
        long mergedAll = 0;
        long outside = 0;
        long current = 0;
        int window = options.windowDays();
        int i = 0;
        while (i < n) {
            int start = order[i];
            int startDay = table.day(start);
            long count = 0;
            int closed = DayTable.NO_DAY;
            int j = i;
            while (j < n && table.sameKey(order[j], start) && (j == i || table.day(order[j]) - startDay < window)) {
                count += table.count(order[j]);
                closed = Math.max(closed, table.closed(order[j]));
                j++;
            }
            Group g = groups.computeIfAbsent(table.groupId(start), k -> new Group());
            g.rows += count;
            mergedAll += count - 1;
            if (startDay >= from) {
                current++;
                g.postings++;
                g.merged += count - 1;
                g.employers.add(table.company(start));
                if (!Double.isNaN(table.salary(start))) {
                    g.salaries.add(table.salary(start));
                }
                if (closed != DayTable.NO_DAY) {
                    g.daysOpen.add((double) (closed - startDay));
                }
                g.education[table.education(start)]++;
                g.experience[table.experience(start)]++;
            } else if (startDay >= previousFrom) {
                g.previous++;
            } else {
                outside++;
            }
            i = j;
        }
        List<PostingsGroup> out = new ArrayList<>();
        long previousAll = 0;
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            Group g = e.getValue();
            previousAll += g.previous;
            double[] salaries = sorted(g.salaries);
            double[] days = sorted(g.daysOpen);
            Long previous = since == null ? null : g.previous;
            Double growth = since == null || g.previous == 0 ? null : (double) g.postings / g.previous - 1;
            out.add(new PostingsGroup(e.getKey(), table.groupName(e.getKey()), g.rows, g.postings, g.merged,
                    g.employers.size(), quantile(salaries, 1, 4), quantile(salaries, 1, 2), quantile(salaries, 3, 4),
                    salaries.length, quantile(days, 1, 2), days.length, shares(Wording.EDUCATION, g.education, g.postings),
                    shares(Wording.EXPERIENCE, g.experience, g.postings), previous, growth));
        }
        List<ScoringWarning> warnings = new ArrayList<>();
        if (uncoded > 0) {
            warnings.add(new ScoringWarning("UNCODED_TITLES", Messages.WARNING_UNCODED.text(uncoded,
                    String.join("、", uncodedTitles) + (uncoded > uncodedTitles.size() ? "…" : ""))));
        }
        LocalDate prevFrom = since == null || n == 0 ? null : LocalDate.ofEpochDay(previousFrom);
        LocalDate prevTo = since == null || n == 0 ? null : since.minusDays(1);
        if (prevFrom != null && previousAll == 0) {
            warnings.add(new ScoringWarning("NO_PREVIOUS_POSTINGS", Messages.WARNING_NO_PREVIOUS.text(prevFrom, prevTo)));
        }
        PostingsSummary summary = new PostingsSummary(rows, rows - uncoded, uncoded, uncodedTitles, mergedAll, current,
                outside, window, n == 0 ? null : LocalDate.ofEpochDay(first), n == 0 ? null : LocalDate.ofEpochDay(last),
                since, prevFrom, prevTo);
        return new PostingsResult(grouping, out, summary, warnings);
    }

    /** A growable list of doubles. */
    private static final class Doubles {
        double[] values = new double[8];
        int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    private static double[] sorted(Doubles values) {
        double[] out = Arrays.copyOf(values.values, values.size);
        Arrays.sort(out);
        return out;
    }

    /**
     * The quantile {@code num/den} of sorted values, interpolating linearly between the two values
     * around position {@code (n − 1) · num / den} (Hyndman–Fan type 7, the default of R and NumPy);
     * {@code null} for no values.
     */
    static @Nullable Double quantile(double[] sorted, int num, int den) {
        if (sorted.length == 0) {
            return null;
        }
        long pos = (long) (sorted.length - 1) * num;
        int lo = (int) (pos / den);
        long rem = pos % den;
        if (rem == 0) {
            return sorted[lo];
        }
        double q = sorted[lo] + (sorted[lo + 1] - sorted[lo]) * rem / den;
        return Math.round(q * 100) / 100.0;
    }

    private static Map<String, Double> shares(List<String> names, long[] counts, long total) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (total == 0) {
            return out;
        }
        for (int k = 0; k < names.size(); k++) {
            if (counts[k] > 0) {
                out.put(names.get(k), (double) counts[k] / total);
            }
        }
        return out;
    }
}

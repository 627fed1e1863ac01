package org.talentcatalog.postings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Partial accumulators merged give the one-pass result bit for bit, whatever the split and order. */
class MergeProperties {

    @Property(tries = 200)
    void mergedPartsGiveTheOnePassResult(@ForAll("rows") @Size(max = 120) List<CodedPosting> rows,
            @ForAll @IntRange(min = 1, max = 5) int parts, @ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int window,
            @ForAll("since") LocalDate since) throws Exception {
        PostingsOptions options = new PostingsOptions(window, rows.isEmpty() ? null : since);
        PostingsAccumulator whole = new PostingsAccumulator(Grouping.POSITION);
        rows.forEach(whole::add);
        whole.addUncoded("不明职位");
        Random random = new Random(seed);
        List<CodedPosting> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, random);
        List<PostingsAccumulator> accs = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            accs.add(new PostingsAccumulator(Grouping.POSITION));
        }
        for (CodedPosting r : shuffled) {
            accs.get(random.nextInt(parts)).add(r);
        }
        accs.get(random.nextInt(parts)).addUncoded("不明职位");
        PostingsAccumulator merged = roundTrip(accs.get(parts - 1));
        for (int i = parts - 2; i >= 0; i--) {
            merged = roundTrip(accs.get(i)).merge(merged);
        }
        PostingsResult expected = result(whole, options);
        PostingsResult actual = result(merged, options);
        assertEquals(expected, actual);
        if (expected != null) {
            assertEquals(expected.json(null), actual.json(null));
            assertEquals(expected.csv(), actual.csv());
        }
    }

    private static PostingsResult result(PostingsAccumulator acc, PostingsOptions options) {
        try {
            return acc.result(options);
        } catch (PostingsException e) {
            return null; // since after the last day: both sides must refuse alike
        }
    }

    /** Serialises and reads back, as a cluster ships a buffer between machines. */
    static PostingsAccumulator roundTrip(PostingsAccumulator acc) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(acc);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (PostingsAccumulator) in.readObject();
        }
    }

    @Provide
    Arbitrary<LocalDate> since() {
        return Arbitraries.integers().between(0, 90).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
    }

    @Provide
    Arbitrary<List<CodedPosting>> rows() {
        return Arbitraries.longs().map(MergeProperties::row).list();
    }

    /** A row drawn from few companies, days and values, so duplicates and ties are common. */
    private static CodedPosting row(long seed) {
        Random r = new Random(seed);
        String[] edu = {"本科", "硕士", "大专", "不限", ""};
        String[] exp = {"1-3年", "3-5年", "经验不限", "十年以上", ""};
        LocalDate posted = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(91));
        int open = r.nextInt(62) - 1;
        double s = r.nextInt(4) == 0 ? -1 : (3 + r.nextInt(78)) * 1000.0;
        String group = "P" + (1 + r.nextInt(3));
        Posting p = new Posting("J" + r.nextInt(30), "工程师", "公司" + r.nextInt(4), r.nextBoolean() ? "浦东新区" : "闵行区", "",
                s < 0 ? null : s, s < 0 ? null : s * 1.5, SalaryPeriod.values()[r.nextInt(5)], edu[r.nextInt(5)],
                exp[r.nextInt(5)], posted, open < 0 ? null : posted.plusDays(open));
        return new CodedPosting(group, "岗位" + group, p);
    }
}

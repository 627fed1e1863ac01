package org.talentcatalog.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of cleaning and coding over arbitrary text and over titles made of posting fragments. */
class TitleCoderProperties {

    private static final TitleCoder CODER = TitleCoder.defaults();

    private static final List<String> FRAGMENTS = List.of("抖音", "客服", "不加班", "双休", "五险一金", "（", "）", "【",
            "】", "上海", "张江", "年薪40万+", "月入3万", "8k", "/", "+", " ", "-", "招聘", "有限公司", "销售", "经理",
            "Java", "ＰＨＰ", "工程师", "1.", "①", "招", "3人", "急招", "包吃住", "司机", "护士", "c++", "#", "、",
            "\u0000", "\ud800", "\ud83d\ude00", "ｋ", "万", "—", "·", "公司", "市", "区");

    @Provide
    Arbitrary<String> titles() {
        Arbitrary<String> fragments = Arbitraries.of(FRAGMENTS).list().ofMaxSize(12).map(l -> String.join("", l));
        return Arbitraries.oneOf(fragments, Arbitraries.strings().ofMaxLength(80),
                Combinators.combine(fragments, Arbitraries.strings().withCharRange('\u4e00', '\u9fff').ofMaxLength(6))
                        .as((a, b) -> a + b));
    }

    @Property
    void cleaningIsIdempotent(@ForAll("titles") String title) {
        String once = TitleCoder.clean(title);
        assertEquals(once, TitleCoder.clean(once));
        assertTrue(once.length() <= 64);
        assertEquals(once.strip(), once);
        assertTrue(!once.contains("  "));
    }

    @Property(tries = 300)
    void codingNeverThrowsAndRepeatsItself(@ForAll("titles") String title) {
        Coding first = CODER.code(title);
        Coding again = CODER.code(title);
        assertEquals(first, again);
        assertEquals(TitleCoder.clean(title), first.cleaned());
        if (first.candidates().isEmpty()) {
            assertEquals(Confidence.LOW, first.confidence());
        } else {
            String answer = first.answerCode();
            assertTrue(first.candidates().get(0).code().startsWith(answer.replaceAll("(-00)+$", "")), first.toString());
        }
    }

    @Property(tries = 300)
    void candidatesAreOccupationsNeverBroaderGroups(@ForAll("titles") String title) {
        for (Candidate k : CODER.code(title).candidates()) {
            assertTrue(CODER.codes().children(k.code()).isEmpty(), title + ": " + k);
        }
    }

    @Property(tries = 5)
    void eightThreadsGiveTheAnswersOfOne(@ForAll("titles") String seed) throws Exception {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            titles.add(seed + FRAGMENTS.get(i % FRAGMENTS.size()) + FRAGMENTS.get((i * 7) % FRAGMENTS.size()));
        }
        List<Coding> alone = titles.stream().map(CODER::code).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Coding>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> titles.stream().map(CODER::code).toList()));
            }
            for (Future<List<Coding>> f : futures) {
                assertEquals(alone, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

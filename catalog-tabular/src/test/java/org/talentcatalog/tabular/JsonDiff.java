package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.fail;

/** Compares two JSON texts line by line and reports the first difference with a little context. */
final class JsonDiff {

    private JsonDiff() {
    }

    static void assertSameJson(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end>";
            String y = i < b.length ? b[i] : "<end>";
            if (!x.equals(y)) {
                StringBuilder context = new StringBuilder();
                for (int k = Math.max(0, i - 4); k < i; k++) {
                    context.append("  ").append(a[k]).append('\n');
                }
                fail("JSON differs at line " + (i + 1) + ":\n" + context + "- " + x + "\n+ " + y);
            }
        }
    }
}

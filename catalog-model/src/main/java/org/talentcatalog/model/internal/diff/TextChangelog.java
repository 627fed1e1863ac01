package org.talentcatalog.model.internal.diff;

import java.util.List;
import java.util.Locale;
import org.talentcatalog.model.CatalogDiff;

/** The changelog as plain text for terminals: the same content as the Markdown, without markup. */
public final class TextChangelog {

    private TextChangelog() {
    }

    /** Renders the changelog in Chinese, or in English for an English locale. */
    public static String render(CatalogDiff diff, Locale locale) {
        Changelog log = new Changelog(diff, locale);
        StringBuilder sb = new StringBuilder(log.title).append('\n');
        List<String> counts = log.summary.stream().map(r -> r[0] + " " + r[1]).toList();
        sb.append(String.join(Labels.pick(locale, "，", ", "), counts)).append('\n');
        for (Changelog.Section s : log.sections) {
            if (s.items().isEmpty()) {
                continue;
            }
            sb.append('\n').append(s.heading()).append(" (").append(s.items().size()).append(")\n");
            s.items().forEach(item -> sb.append("  ").append(item).append('\n'));
        }
        for (Changelog.Table t : log.tables) {
            sb.append('\n').append(t.heading()).append('\n');
            int[] widths = new int[t.header().size()];
            for (List<String> r : concat(t)) {
                for (int k = 0; k < r.size(); k++) {
                    widths[k] = Math.max(widths[k], width(r.get(k)));
                }
            }
            for (List<String> r : concat(t)) {
                sb.append(' ');
                for (int k = 0; k < r.size(); k++) {
                    String cell = r.get(k);
                    String pad = " ".repeat(widths[k] - width(cell));
                    sb.append(' ').append(k == 0 ? cell + pad : pad + cell);
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static List<List<String>> concat(Changelog.Table t) {
        List<List<String>> all = new java.util.ArrayList<>();
        all.add(t.header());
        all.addAll(t.rows());
        return all;
    }

    /** Display width: East Asian wide characters and the star count two columns. */
    private static int width(String s) {
        return s.codePoints().map(cp -> cp >= 0x1100 && (cp <= 0x115f || cp >= 0x2e80 && cp <= 0xa4cf
                || cp >= 0xac00 && cp <= 0xd7a3 || cp >= 0xf900 && cp <= 0xfaff || cp >= 0xfe30 && cp <= 0xfe4f
                || cp >= 0xff00 && cp <= 0xff60 || cp >= 0xffe0 && cp <= 0xffe6) ? 2 : 1).sum();
    }
}

package org.talentcatalog.render.internal.changelog;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.render.Columns;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.internal.Messages;
import org.talentcatalog.render.spi.Renderer;

/**
 * The changelog as plain text for terminals ({@code text}): the same content as the Markdown, without
 * markup, the count tables aligned by display width; in Chinese, or in English for an English locale.
 */
public final class TextChangelog implements Renderer<CatalogDiff> {

    /** Creates the renderer. */
    public TextChangelog() {
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public Class<CatalogDiff> type() {
        return CatalogDiff.class;
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public void render(CatalogDiff diff, RenderContext context, Appendable out) throws IOException {
        out.append(text(diff, context.locale()));
    }

    private static String text(CatalogDiff diff, Locale locale) {
        Changelog log = new Changelog(diff, locale);
        StringBuilder sb = new StringBuilder(log.title).append('\n');
        List<String> counts = log.summary.stream().map(r -> r[0] + " " + r[1]).toList();
        sb.append(String.join(Messages.CHANGELOG_SUMMARY_SEPARATOR.format(locale), counts)).append('\n');
        if (log.note != null) {
            sb.append(log.note).append('\n');
        }
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
                    widths[k] = Math.max(widths[k], Columns.width(r.get(k)));
                }
            }
            for (List<String> r : concat(t)) {
                sb.append(' ');
                for (int k = 0; k < r.size(); k++) {
                    String cell = r.get(k);
                    sb.append(' ').append(k == 0 ? Columns.padRight(cell, widths[k]) : Columns.padLeft(cell, widths[k]));
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
}

package org.talentcatalog.render.internal.changelog;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.internal.Messages;
import org.talentcatalog.render.spi.Renderer;

/**
 * The changelog as Markdown ({@code markdown}): a title, a note (quoted) when positions were paired in
 * document order, a summary table, one section per kind of
 * change, two count tables; in Chinese, or in English for an English locale.
 */
public final class MarkdownChangelog implements Renderer<CatalogDiff> {

    /** Creates the renderer. */
    public MarkdownChangelog() {
    }

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public Class<CatalogDiff> type() {
        return CatalogDiff.class;
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8";
    }

    @Override
    public void render(CatalogDiff diff, RenderContext context, Appendable out) throws IOException {
        out.append(markdown(diff, context.locale()));
    }

    private static String markdown(CatalogDiff diff, Locale locale) {
        Changelog log = new Changelog(diff, locale);
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(log.title).append("\n\n");
        if (log.note != null) {
            sb.append("> ").append(escape(log.note)).append("\n\n");
        }
        sb.append("| ").append(Messages.CHANGELOG_CHANGE.format(locale)).append(" | ")
                .append(Messages.CHANGELOG_COUNT.format(locale)).append(" |\n|---|---:|\n");
        for (String[] row : log.summary) {
            sb.append("| ").append(row[0]).append(" | ").append(row[1]).append(" |\n");
        }
        for (Changelog.Section s : log.sections) {
            sb.append("\n## ").append(Messages.CHANGELOG_SECTION.format(locale, s.heading(), s.items().size())).append("\n\n");
            if (s.items().isEmpty()) {
                sb.append(Messages.CHANGELOG_SECTION_EMPTY.format(locale)).append('\n');
            }
            for (String item : s.items()) {
                sb.append("- ").append(escape(item)).append('\n');
            }
        }
        for (Changelog.Table t : log.tables) {
            sb.append("\n## ").append(t.heading()).append("\n\n");
            row(sb, t.header());
            sb.append("|---").append("|---:".repeat(t.header().size() - 1)).append("|\n");
            t.rows().forEach(r -> row(sb, r));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append('|');
        cells.forEach(c -> sb.append(' ').append(escape(c).replace("|", "\\|")).append(" |"));
        sb.append('\n');
    }

    /**
     * Keeps text literal: backslash-escapes the characters Markdown could take for markup inside a list
     * item or table cell ({@code \\ ` * [ < >}, and {@code _} unless it joins two letters or digits).
     */
    private static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean intraword = c == '_' && i > 0 && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
            if ("\\`*_[<>".indexOf(c) >= 0 && !intraword) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}

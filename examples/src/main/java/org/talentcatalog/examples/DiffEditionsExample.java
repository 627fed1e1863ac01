package org.talentcatalog.examples;

import java.nio.file.Path;
import java.util.Locale;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.Renderers;
import org.talentcatalog.render.spi.Renderer;

/**
 * Compares the 2024 and 2025 editions of the shipped integrated-circuit catalog and prints the
 * Chinese changelog: the text shown in {@code examples/README.md}, which a test keeps in step.
 */
public final class DiffEditionsExample {

    private DiffEditionsExample() {
    }

    /** The changelog of the two shipped editions in the given directory. */
    public static String changelog(Path catalogs, Locale locale) {
        // snippet:diff begin
        Catalog older = CatalogJson.read(catalogs.resolve("sh-ic-2024.json"));
        Catalog newer = CatalogJson.read(catalogs.resolve("sh-ic-2025.json"));
        CatalogDiff diff = CatalogDiff.between(older, newer);   // renames detected by default
        Renderer<CatalogDiff> markdown = Renderers.standard().get(CatalogDiff.class, "markdown"); // or text, json, patch
        return markdown.render(diff, RenderContext.of(locale));
        // snippet:diff end
    }

    /** Prints the Chinese changelog of the shipped editions. */
    public static void main(String[] args) {
        System.out.print(changelog(Path.of(args.length > 0 ? args[0] : "examples/data/catalogs"), Locale.CHINESE));
    }
}

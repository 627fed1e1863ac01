package org.talentcatalog.render.internal;

import java.util.List;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.render.internal.changelog.MarkdownChangelog;
import org.talentcatalog.render.internal.changelog.TextChangelog;
import org.talentcatalog.render.spi.Renderer;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.scoring.ConsensusResult;
import org.talentcatalog.scoring.ScoringResult;

/**
 * The built-in renderers, in the order help and error messages list their names per type. Adding a
 * built-in is one class and one line here.
 */
public final class BuiltIns {

    private static final String JSON = "application/json";

    private BuiltIns() {
    }

    /** New instances of every built-in renderer. */
    public static List<Renderer<?>> all() {
        return List.of(
                new TextChangelog(),
                new MachineFormat<>("json", CatalogDiff.class, JSON, (d, locale) -> MachineFormat.pretty(d.toJson())),
                new MachineFormat<>("patch", CatalogDiff.class, "application/json-patch+json",
                        (d, locale) -> MachineFormat.pretty(d.toJsonPatch())),
                new MarkdownChangelog(),
                new ValidationText(),
                new MachineFormat<>("json", ValidationReport.class, JSON, (r, locale) -> r.toJson(locale)),
                new ScoringText(),
                new MachineFormat<>("json", ScoringResult.class, JSON, (r, locale) -> r.toJson(locale)),
                new ConsensusText(),
                new MachineFormat<>("json", ConsensusResult.class, JSON, (r, locale) -> r.toJson(locale)),
                new MachineFormat<>("json", Catalog.class, JSON, (c, locale) -> CatalogJson.write(c)));
    }
}

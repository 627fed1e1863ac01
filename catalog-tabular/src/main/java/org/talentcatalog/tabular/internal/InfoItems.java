package org.talentcatalog.tabular.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.model.CatalogLevel;
import org.talentcatalog.model.Labelled;
import org.talentcatalog.model.ProgramType;
import org.talentcatalog.model.Status;

/** The 目录信息 rows of a template: every item a catalog of one kind may fill, with an example's values. Stateless. */
public final class InfoItems {

    private InfoItems() {
    }

    /**
     * One row of a template's 目录信息 sheet.
     *
     * @param label the item's label
     * @param value the example's value, written as a person would ({@code 名称（角色）} for
     *     organisations); empty when the example has none
     * @param pointer the member's JSON Pointer
     * @param vocabulary the closed vocabulary of the value, or {@code null}
     * @param industries whether the value is a list of industries
     */
    public record Item(String label, String value, String pointer, @Nullable Class<? extends Labelled> vocabulary,
            boolean industries) {
    }

    /**
     * The rows of a template for a catalog of the given kind: every item (the scope's only as the
     * kind has it), with the example's values.
     */
    public static List<Item> items(JsonNode catalog, CatalogKind kind, boolean english, JsonTexts json) {
        List<Item> out = new ArrayList<>();
        for (CatalogInfo.Field f : CatalogInfo.FIELDS) {
            String p = f.pointer();
            if (p.startsWith("/scope/region") && kind != CatalogKind.REGIONAL || p.startsWith("/scope/program") && kind != CatalogKind.SPECIAL
                    || p.equals("/scope/industries") && kind == CatalogKind.SPECIAL) {
                continue;
            }
            JsonNode v = catalog.at(p);
            String value = v.isMissingNode() ? "" : f.kind() == CatalogInfo.Kind.ORGANIZATIONS ? Organizations.plain(v, english) : CatalogInfo.format(f, v, english, json);
                Class<? extends Labelled> vocabulary = switch (f.kind()) {
                case KIND -> CatalogKind.class;
                case LEVEL -> CatalogLevel.class;
                case STATUS -> Status.class;
                case PROGRAM_TYPE -> ProgramType.class;
                default -> null;
            };
            out.add(new Item(english ? f.en() : f.zh(), value, p, vocabulary, f.kind() == CatalogInfo.Kind.LIST));
        }
        return out;
    }

}

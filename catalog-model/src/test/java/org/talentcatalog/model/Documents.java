package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** A small valid catalog document to derive broken ones from, and location helpers. */
final class Documents {

    /** A valid draft IC catalog with one position; each line holds one member of the catalog. */
    static final String MINIMAL = """
            {
              "formatVersion": "1.0",
              "id": "sh-ic",
              "title": {"zh": "上海市集成电路产业急需紧缺人才目录"},
              "kind": "INDUSTRY",
              "level": "MUNICIPAL",
              "scope": {"industries": ["INTEGRATED_CIRCUIT"]},
              "edition": {"version": "2024", "validFrom": "2024-01-01"},
              "status": "DRAFT",
              "issuance": {"compilers": [{"name": "上海市经济和信息化委员会", "role": "INDUSTRY_AUTHORITY"}]},
              "positions": [
                {"id": "IC-001", "name": {"zh": "集成电路设计工程师"}, "industry": "INTEGRATED_CIRCUIT",
                 "category": "APPLIED_TECHNOLOGY", "requirements": {"education": "MASTER", "majors": ["微电子"]},
                 "policies": ["TALENT_INTRODUCTION"]}
              ]
            }
            """;

    private Documents() {
    }

    /** {@link #MINIMAL} with the first occurrence of {@code target} replaced. */
    static String minimalWith(String target, String replacement) {
        int at = MINIMAL.indexOf(target);
        if (at < 0) {
            throw new IllegalArgumentException("not in the document: " + target);
        }
        return MINIMAL.substring(0, at) + replacement + MINIMAL.substring(at + target.length());
    }

    /** The 1-based {line, column} of the first occurrence of {@code marker} in {@code text}, in characters. */
    static int[] lineColumnOf(String text, String marker) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("not in the document: " + marker);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, at - lineStart + 1};
    }

    /** Reads {@code json} and expects a failure with the given problem id and pointer. */
    static CatalogJsonException failsWith(String json, String problem, String pointer) {
        return failsWith(() -> CatalogJson.readString(json), problem, pointer);
    }

    static CatalogJsonException failsWith(Executable read, String problem, String pointer) {
        CatalogJsonException e = assertThrows(CatalogJsonException.class, read);
        assertEquals(problem, e.issue().rule(), e::getMessage);
        assertEquals(pointer, e.issue().pointer(), e::getMessage);
        return e;
    }

    static void assertAt(CatalogJsonException e, int line, int column) {
        assertEquals(line + ":" + column, e.issue().line() + ":" + e.issue().column(), e::getMessage);
    }
}

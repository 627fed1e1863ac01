package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Severity;
import org.talentcatalog.model.internal.Texts;

/** Whatever a 任职要求 cell says, its text is kept as written, and the table written from it reads back the same. */
class RequirementColumnProperties {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> fragments = Arbitraries.of(org.talentcatalog.tabular.internal.RequirementTextProperties.FRAGMENTS)
                .list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("；", l));
        Arbitrary<String> noise = Arbitraries.strings().withChars(org.talentcatalog.tabular.internal.RequirementTextProperties.ALPHABET)
                .ofMinLength(1).ofMaxLength(80);
        return Arbitraries.oneOf(fragments, noise);
    }

    @Property(tries = 60)
    void theTextIsKeptAndTheTableWrittenFromItReadsBackTheSame(@ForAll("texts") String text, @ForAll boolean xlsx) throws IOException {
        Assume.that(!Texts.trim(text).isEmpty());
        Path dir = Files.createTempDirectory("req");
        try {
            Path file = dir.resolve("t.csv");
            Files.writeString(file, "岗位编号,岗位名称,产业类别,岗位类别,学历要求,任职要求\nA-01,工程师,集成电路,应用技术类,本科,\""
                    + text.replace("\"", "\"\"") + "\"\n", StandardCharsets.UTF_8);
            Files.copy(RequirementColumnTest.SIDE, CatalogTables.sideFileOf(file));
            CatalogDocument doc = CatalogTables.standard().read(file);
            assertEquals(text, doc.tree().at("/positions/0/requirements/x-text").asText());
            assertEquals(List.of(), doc.problems().stream().filter(p -> p.severity() != Severity.WARNING).toList());
            Catalog catalog = doc.toCatalog();
            Path out = dir.resolve(xlsx ? "out.xlsx" : "out.csv");
            CatalogTables.standard().write(catalog, out);
            CatalogDocument back = CatalogTables.standard().read(out);
            assertEquals(List.of(), back.problems());
            assertEquals(catalog, back.toCatalog());
        } finally {
            RoundTripProperties.delete(dir);
        }
    }
}

package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Issue;

/** The format 1.1 members (docs/format.md): a 1.0 document stays valid, a 1.1 one validates, a malformed member is a schema error. */
class LifecycleMembersSchemaTest {

    private static final Path DRAFT = Path.of("../examples/data/catalogs/draft-minhang-ai-2025.json");

    private static String with(String members) throws IOException {
        String text = Files.readString(DRAFT, StandardCharsets.UTF_8).strip();
        return text.substring(0, text.length() - 1) + "," + members + "}";
    }

    private static List<String> errors(String json) {
        return CatalogValidator.standard().validateText(json).issues().stream()
                .map(i -> i.rule() + " " + i.pointer()).toList();
    }

    @Test
    void aDocumentWithoutTheMembersIsUnchangedAndValid() throws IOException {
        assertTrue(CatalogValidator.standard().validate(DRAFT).valid());
    }

    @Test
    void wellFormedMembersAreValid() throws IOException {
        String json = with("\"x-transitions\": [{\"from\": \"DRAFT\", \"to\": \"EXPERT_REVIEW\", \"date\": \"2025-01-05\", \"note\": \"送专家论证\"}],"
                + "\"x-comments\": [{\"no\": 1, \"from\": \"某企业\", \"text\": \"建议增加岗位\", \"positions\": [\"MH-AI-01\"], \"decision\": \"NOT_ADOPTED\", \"reason\": \"已涵盖\"},"
                + " {\"no\": 2, \"text\": \"建议提高薪酬\", \"decision\": null}],"
                + "\"x-proposedRemovals\": [{\"reason\": \"BELOW_THRESHOLDS\", \"score\": 0.1, \"position\": "
                + "{\"id\": \"X-1\", \"name\": {\"zh\": \"测试岗位\"}, \"industry\": \"ARTIFICIAL_INTELLIGENCE\", \"category\": \"APPLIED_TECHNOLOGY\", \"requirements\": {\"education\": \"BACHELOR\"}}}]");
        List<Issue> issues = CatalogValidator.standard().validateText(json).issues();
        assertEquals(List.of(), issues);
    }

    @Test
    void malformedMembersAreSchemaErrorsAtTheirPlace() throws IOException {
        assertEquals(List.of("schema:enum /x-transitions/0/to"),
                errors(with("\"x-transitions\": [{\"from\": \"DRAFT\", \"to\": \"DONE\", \"date\": \"2025-01-05\"}]")));
        assertEquals(List.of("schema:required /x-comments/0"),
                errors(with("\"x-comments\": [{\"no\": 1, \"decision\": \"ADOPTED\"}]")));
        assertEquals(List.of("schema:type /x-proposedRemovals"), errors(with("\"x-proposedRemovals\": {}")));
    }

    @Test
    void aMemberOfTwoAllowedTypesGivenAThirdIsALocatedTypeError() throws IOException {
        String json = with("\"x-comments\": [{\"no\": 1, \"text\": \"建议增加岗位\", \"decision\": 1}]");
        List<Issue> issues = CatalogValidator.standard().validateText(json).issues().stream()
                .filter(i -> i.rule().equals("schema:type")).toList();
        assertEquals(1, issues.size(), () -> String.valueOf(CatalogValidator.standard().validateText(json).issues()));
        assertEquals("/x-comments/0/decision", issues.get(0).pointer());
        assertEquals("类型错误: 应为字符串，实为整数", issues.get(0).message(Locale.CHINESE));
        assertEquals("wrong type: expected a string, found an integer", issues.get(0).message(Locale.ENGLISH));
    }
}

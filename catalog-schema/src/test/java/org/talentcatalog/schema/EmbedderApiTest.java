package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.schema.Fixtures.obj;
import static org.talentcatalog.schema.Fixtures.tree;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.Rule;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.spi.StreamingRule;

/** What an embedder builds on: their own rules (streaming or not) and validating trees with a source map. */
class EmbedderApiTest {

    /** Warns about positions without a salary, streaming: it keeps nothing but a count. */
    static final class SalaryGiven implements StreamingRule {
        @Override
        public String id() {
            return "X-SALARY";
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public Session start(RuleContext ctx) {
            return new Session() {
                int seen;

                @Override
                public void position(int index, Position p) {
                    seen++;
                    if (p.demand() == null || p.demand().salary() == null) {
                        ctx.report("/positions/" + index, "岗位未给出参考薪酬", "the position gives no salary");
                    }
                }

                @Override
                public void finish(Catalog header, int positions) {
                    if (seen != positions) {
                        ctx.report("/positions", "有岗位无法读取", "some positions could not be read");
                    }
                }
            };
        }
    }

    /** A plain rule: sees the bound positions of the whole catalog at once. */
    static final class LastPositionNamed implements Rule {
        @Override
        public String id() {
            return "X-LAST";
        }

        @Override
        public Severity severity() {
            return Severity.INFO;
        }

        @Override
        public void check(Catalog c, RuleContext ctx) {
            int last = c.positions().size() - 1;
            ctx.report("/positions/" + last + "/name", "最后一个可读岗位", "the last readable position");
        }
    }

    @Test
    void streamingRuleSeesEveryBoundPositionAndTheHeaderAtTheEnd() {
        ObjectNode doc = tree();
        obj(doc, "/positions/1").remove("demand");
        ((com.fasterxml.jackson.databind.node.ArrayNode) doc.get("positions")).add("not a position");
        ValidationReport r = CatalogValidator.builder().addRule(new SalaryGiven()).build().validateText(doc.toPrettyString());
        List<String> pointers = r.issues("X-SALARY").stream().map(Issue::pointer).toList();
        assertEquals(List.of("/positions", "/positions/1"), pointers, "in document order");
        assertTrue(r.issues("X-SALARY").get(1).line() != null, "located while streaming");
    }

    @Test
    void plainRuleGetsBoundPositionsAndItsPointersAreMappedBackToTheDocument() {
        ObjectNode doc = tree();
        ((com.fasterxml.jackson.databind.node.ArrayNode) doc.get("positions")).insert(0, "not a position");
        ValidationReport r = CatalogValidator.builder().addRule(new LastPositionNamed()).build()
                .validateText(doc.toPrettyString());
        // Bound positions are the document's 1 and 2; the rule's "/positions/1" is the document's 2.
        assertEquals("/positions/2/name", r.issues("X-LAST").get(0).pointer());
    }

    @Test
    void treeWithSourceMapPlacesEveryIssueInItsCell() {
        ObjectNode doc = tree();
        obj(doc, "/positions/0").put("category", "RESEARCH");
        obj(doc, "/edition").remove("version");
        List<Issue> readIssues = new ArrayList<>();
        readIssues.add(Issue.of(Severity.WARNING, Layer.READ, "read:merged", "/positions/1/name",
                LocalizedText.of("合并单元格", "merged cells")));
        ValidationReport r = CatalogValidator.standard().validate(doc, pointer -> pointer.startsWith("/positions/")
                ? "岗位!" + pointer.split("/")[2] : "目录信息!" + pointer, readIssues);
        Issue category = r.issues("schema:enum").get(0);
        assertEquals("岗位!0", category.cell());
        assertEquals(null, category.line(), "a tree has no lines");
        assertEquals("目录信息!/edition/version", r.issues("schema:required").get(0).cell(), "placed at the missing member");
        assertEquals("岗位!1", r.issues("read:merged").get(0).cell());
        assertTrue(r.toJson(java.util.Locale.ENGLISH).contains("\"cell\""));
    }
}

package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentcatalog.model.Documents.failsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The binder over a document that holds every member of the format: values, unknown members and wrong types everywhere. */
class BindingEveryMemberTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Objects whose members are extension members: a free value, or a map of codes. */
    private static final Set<String> NOT_RECORDS = Set.of("/methodology/survey/respondents");

    /** The three levels where {@code x-} members are kept. */
    private static final Set<String> EXTENSION_LEVELS = Set.of("", "/positions/0", "/positions/0/requirements");

    @Test
    void everyMemberIsBoundToItsValue() {
        Catalog c = CatalogJson.readString(FullDocument.TEXT);
        assertEquals("1.0", c.formatVersion());
        assertEquals(new LocalizedText("临港新片区人工智能急需紧缺人才目录", "Lingang AI shortage catalog"), c.title());
        assertEquals(CatalogKind.REGIONAL, c.kind());
        assertEquals(CatalogLevel.DISTRICT, c.level());
        assertEquals(List.of("ARTIFICIAL_INTELLIGENCE"), c.scope().industries());
        assertEquals(new Region("310115", "临港新片区"), c.scope().region());
        assertEquals(new Program(new LocalizedText("大飞机", "Airliner"), ProgramType.MAJOR_PROJECT), c.scope().program());
        assertEquals(new Edition("2025", LocalDate.of(2025, 3, 15), LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31), "2023"),
                c.edition());
        assertEquals(Status.PUBLISHED, c.status());
        Issuance i = c.issuance();
        assertEquals(List.of(new Organization("临港新片区管委会", OrganizationRole.KEY_AREA_AUTHORITY, "11310000MB2F00001F")),
                i.compilers());
        assertEquals(List.of(new Organization("上海市人力资源和社会保障局", OrganizationRole.MUNICIPAL_HRSS, null)), i.jointIssuers());
        assertEquals("沪人社力〔2025〕3号", i.documentNumber());
        assertEquals(new Contractor("某人才服务公司", OrganizationRole.HR_SERVICE_AGENCY, null, ContractorSelection.TENDER),
                i.contractor());
        Methodology m = c.methodology();
        assertEquals(new Survey(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 11, 30), 640,
                Map.of(RespondentType.EMPLOYER, 120, RespondentType.RESEARCH_INSTITUTE, 7),
                List.of(SurveyMethod.INTERVIEW, SurveyMethod.QUESTIONNAIRE)), m.survey());
        assertEquals("加权求和", m.scoring().method());
        assertEquals(List.of(new Indicator("demand_supply_ratio", LocalizedText.of("求人倍率"), IndicatorDirection.NEGATIVE, 0.6)),
                m.scoring().indicators());
        assertEquals(new Thresholds(0.75, 0.5, 0.2), m.scoring().thresholds());
        assertEquals(List.of(new Consultation(ConsultationType.PUBLIC_CONSULTATION, LocalDate.of(2025, 1, 20), 31, "公开征求意见")),
                m.consultations());
        Position p = c.positions().get(0);
        assertEquals("AI-001", p.id());
        assertEquals(new LocalizedText("算法工程师", "Algorithm engineer"), p.name());
        assertEquals("ARTIFICIAL_INTELLIGENCE", p.industry());
        assertEquals("I6513", p.industryClass());
        assertEquals("2-02-10-09", p.occupationCode());
        assertEquals(JobCategory.APPLIED_TECHNOLOGY, p.category());
        assertEquals(LocalizedText.of("研发大模型"), p.description());
        Requirements r = p.requirements();
        assertEquals(Education.DOCTORATE, r.education());
        assertEquals(List.of("计算机科学与技术"), r.majors());
        assertEquals(List.of("深度学习"), r.competencies());
        assertEquals(new Experience(3, "大模型训练"), r.experience());
        assertEquals(List.of("CFA"), r.certifications());
        assertEquals("高", r.extensions().get("x-level").orElseThrow().textValue());
        assertEquals(new Shortage(ShortageLevel.SCARCE, 0.62, 0.8, "供不应求"), p.shortage());
        assertEquals(40, p.demand().headcount());
        assertEquals(new Salary(new BigDecimal("400000"), new BigDecimal("800000.50"), "CNY", SalaryPeriod.YEAR), p.demand().salary());
        assertEquals(List.of(Policy.HOUSING, Policy.RESIDENCE), p.policies());
        assertEquals(17, p.extensions().get("x-ref").orElseThrow().intValue());
        assertEquals("测试", c.extensions().get("x-source").orElseThrow().get("vendor").textValue());
        assertEquals(c, CatalogJson.readString(CatalogJson.write(c)), "what is written reads back the same");
    }

    @Test
    void everyObjectRefusesAMemberItDoesNotKnowAtThatMember() {
        List<String> objects = objectPointers();
        assertEquals(26, objects.size(), objects::toString);
        for (String at : objects) {
            CatalogJsonException e = failsWith(edited(at, o -> o.put("colour", "红")), "model:unknownMember", at + "/colour");
            String message = e.issue().message(Locale.ENGLISH);
            String expected = EXTENSION_LEVELS.contains(at) ? "(extension members start with x-)" : "(no extension members allowed here)";
            assertTrue(message.endsWith(expected), at + ": " + message);
            assertTrue(e.issue().line() > 0, e::getMessage);
        }
    }

    @Test
    void anExtensionMemberIsKeptAtTheThreeLevelsAndRefusedEverywhereElse() {
        for (String at : objectPointers()) {
            String json = edited(at, o -> o.put("x-note", 5));
            if (EXTENSION_LEVELS.contains(at)) {
                Catalog c = CatalogJson.readString(json);
                Extensions ext = switch (at) {
                    case "" -> c.extensions();
                    case "/positions/0" -> c.positions().get(0).extensions();
                    default -> c.positions().get(0).requirements().extensions();
                };
                assertEquals(5, ext.get("x-note").orElseThrow().intValue(), at);
            } else {
                failsWith(json, "model:unknownMember", at + "/x-note");
            }
        }
    }

    @Test
    void aValueOfAnotherJsonTypeIsRefusedAtItsPointerNamingBothTypes() {
        JsonNode root = tree();
        List<String[]> leaves = new ArrayList<>();
        collect(root, "", leaves);
        assertTrue(leaves.size() > 70, () -> "members checked: " + leaves.size());
        for (String[] leaf : leaves) {
            String at = leaf[0];
            String expected = leaf[1];
            JsonNode other = expected.equals("a string") ? NODES.booleanNode(true)
                    : expected.equals("an array") || expected.startsWith("a") && expected.contains("number") ? NODES.objectNode()
                    : expected.equals("an object") ? NODES.arrayNode() : NODES.textNode("3");
            String found = other.isBoolean() ? "a boolean" : other.isObject() ? "an object" : other.isArray() ? "an array" : "a string";
            CatalogJsonException e = failsWith(replaced(root, at, other), "model:type", at);
            assertEquals("expected " + expected + ", found " + found, e.issue().message(Locale.ENGLISH), at);
        }
    }

    @Test
    void aNullIsNamedAsSuchAndANumberWhereAStringBelongs() {
        JsonNode root = tree();
        assertEquals("expected a string, found null",
                failsWith(replaced(root, "/edition/version", NODES.nullNode()), "model:type", "/edition/version").issue().message(Locale.ENGLISH));
        assertEquals("应为字符串，实为数字",
                failsWith(replaced(root, "/positions/0/id", NODES.numberNode(1)), "model:type", "/positions/0/id").issue().message(Locale.CHINESE));
        assertEquals("expected an integer, found a number", failsWith(replaced(root, "/positions/0/demand/headcount",
                NODES.numberNode(new BigDecimal("2.5"))), "model:type", "/positions/0/demand/headcount").issue().message(Locale.ENGLISH));
    }

    @Test
    void respondentCountsAreIntegersOfTheIntRangeNamedByTheirCode() {
        JsonNode root = tree();
        String at = "/methodology/survey/respondents/EMPLOYER";
        assertEquals("expected an integer, found a string",
                failsWith(replaced(root, at, NODES.textNode("120")), "model:type", at).issue().message(Locale.ENGLISH));
        failsWith(replaced(root, at, NODES.numberNode(1.5)), "model:type", at);
        assertEquals("integer out of range: 3000000000",
                failsWith(replaced(root, at, NODES.numberNode(3_000_000_000L)), "model:range", at).issue().message(Locale.ENGLISH));
        assertEquals(Integer.MAX_VALUE, CatalogJson.readString(replaced(root, at, NODES.numberNode(Integer.MAX_VALUE)))
                .methodology().survey().respondents().get(RespondentType.EMPLOYER));
        failsWith(replaced(root, "/methodology/survey/respondents", NODES.arrayNode()), "model:type", "/methodology/survey/respondents");
    }

    @Test
    void everyThresholdIsRequiredAndNamedWhenMissing() {
        for (String level : List.of("VERY_SCARCE", "SCARCE", "GENERALLY_SCARCE")) {
            String json = edited("/methodology/scoring/thresholds", o -> o.remove(level));
            CatalogJsonException e = failsWith(json, "model:required", "/methodology/scoring/thresholds");
            assertEquals("thresholds lack " + level, e.issue().message(Locale.ENGLISH));
        }
    }

    @Test
    void absentOptionalMembersBindAsNullOrEmpty() {
        Catalog c = CatalogJson.readString(edited("", o -> {
            o.remove(List.of("methodology", "issuance", "edition", "title"));
            ((ObjectNode) o.get("positions").get(0)).remove(List.of("requirements", "policies", "demand", "name"));
        }));
        assertNull(c.methodology());
        assertNull(c.issuance());
        assertNull(c.edition());
        assertNull(c.title());
        Position p = c.positions().get(0);
        assertNull(p.requirements());
        assertNull(p.demand());
        assertNull(p.name());
        assertEquals(List.of(), p.policies());
    }

    // ---- the document as a tree ----

    private static JsonNode tree() {
        return CatalogJson.toTree(CatalogJson.readString(FullDocument.TEXT)).deepCopy();
    }

    /** The pointers of every object that is a record of the format, root first. */
    private static List<String> objectPointers() {
        List<String> out = new ArrayList<>();
        objects(tree(), "", out);
        return out;
    }

    private static void objects(JsonNode node, String at, List<String> out) {
        if (node.isObject()) {
            if (!NOT_RECORDS.contains(at)) {
                out.add(at);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().startsWith("x-")) {
                    objects(e.getValue(), at + "/" + e.getKey(), out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                objects(node.get(i), at + "/" + i, out);
            }
        }
    }

    /** Every member of a record with the type the format gives it: {pointer, expected type as messages name it}. */
    private static void collect(JsonNode node, String at, List<String[]> out) {
        if (node.isObject() && !NOT_RECORDS.contains(at)) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String name = e.getKey();
                JsonNode v = e.getValue();
                String p = at + "/" + name;
                if (name.startsWith("x-")) {
                    continue;
                }
                out.add(new String[] {p, type(v, name)});
                collect(v, p, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode v = node.get(i);
                out.add(new String[] {at + "/" + i, type(v, "")});
                collect(v, at + "/" + i, out);
            }
        }
    }

    private static String type(JsonNode v, String name) {
        if (v.isTextual()) {
            return "a string";
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isObject()) {
            return "an object";
        }
        boolean integer = Set.of("sampleSize", "participants", "minYears", "headcount").contains(name);
        return integer ? "an integer" : "a number";
    }

    private static String edited(String at, Consumer<ObjectNode> edit) {
        JsonNode root = tree();
        edit.accept((ObjectNode) (at.isEmpty() ? root : root.at(at)));
        return root.toString();
    }

    private static String replaced(JsonNode original, String at, JsonNode value) {
        JsonNode root = original.deepCopy();
        int cut = at.lastIndexOf('/');
        JsonNode parent = cut == 0 ? root : root.at(at.substring(0, cut));
        String last = at.substring(cut + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return root.toString();
    }
}

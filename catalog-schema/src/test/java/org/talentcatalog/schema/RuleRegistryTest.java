package org.talentcatalog.schema;

import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.spi.Registry;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Status;
import org.talentcatalog.schema.spi.Rule;
import org.talentcatalog.schema.spi.RuleContext;

/** The rule registry: the built-ins in order, explicit registration, and the errors it gives. */
class RuleRegistryTest {

    /** A rule with the given id and severity that reports at the root. */
    private record Named(String id, Severity severity) implements Rule {
        @Override
        public void check(Catalog catalog, RuleContext context) {
            context.report("", "示例", "example");
        }
    }

    private static List<String> numbered() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 18; i++) {
            ids.add("R" + i);
        }
        return ids;
    }

    @Test
    void standardStartsWithR1ToR18InOrderAndIsLoadedOnce() {
        Rules standard = Rules.standard();
        assertEquals(numbered(), standard.ids().subList(0, 18));
        assertSame(standard, Rules.standard(), "loaded once");
        standard.all().forEach(r -> assertSame(r, standard.get(r.id())));
        assertEquals(standard.all(), standard.toBuilder().build().all());
        assertEquals(List.of(), Rules.builder().build().ids(), "a builder starts empty");
    }

    @Test
    void anUnknownIdListsTheRegisteredIdsInBothLanguages() {
        Rules two = Rules.builder().add(new Named("R1", Severity.ERROR)).add(new Named("X-A", Severity.INFO)).build();
        UnknownRuleException e = assertThrows(UnknownRuleException.class, () -> two.get("R2"));
        assertEquals("R2", e.id());
        assertEquals(List.of("R1", "X-A"), e.registered());
        assertEquals("没有标识为 R2 的规则；已注册：R1, X-A", e.getMessage());
        assertEquals("no rule R2; registered: R1, X-A", e.message(Locale.ENGLISH));
        assertEquals(Optional.empty(), two.find("r1"), "ids are case-sensitive");
        assertEquals("rule[R1, X-A]", two.toString(), "the ids in the order they run");
        assertEquals("no rule R1; registered: (none)",
                assertThrows(UnknownRuleException.class, () -> Rules.builder().build().get("R1")).message(Locale.ENGLISH));
    }

    @Test
    void addingAndRemovingWorkOnABuilderAndTheBuiltRegistryIsFrozen() {
        Rules.Builder builder = Rules.standard().toBuilder().remove("R14");
        Rules without = builder.build();
        builder.add(new Named("X-A", Severity.WARNING));
        assertTrue(without.find("R14").isEmpty() && without.find("X-A").isEmpty(), "a built registry does not see later changes");
        assertEquals("X-A", builder.build().ids().get(builder.build().ids().size() - 1), "added rules run last");
        assertTrue(Rules.standard().find("R14").isPresent(), "the standard registry is not changed by its builders");
        assertThrows(UnsupportedOperationException.class, () -> without.all().add(new Named("X-B", Severity.INFO)));
        UnknownRuleException e = assertThrows(UnknownRuleException.class, () -> Rules.standard().toBuilder().remove("R99"));
        assertEquals(Rules.standard().ids(), e.registered());
    }

    @Test
    void aDuplicateIdNamesBothClasses() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rules.standard().toBuilder().add(new Named("R4", Severity.ERROR)));
        assertEquals("规则 R4 重复注册：org.talentcatalog.schema.internal.rules.R4HrssJointIssuer、" + Named.class.getName()
                + " / rule R4 is registered twice: org.talentcatalog.schema.internal.rules.R4HrssJointIssuer, "
                + Named.class.getName(), e.getMessage());
    }

    @Test
    void idsAreWordsAndASeverityIsRequired() {
        for (String bad : new String[] {"", " R1", "1R", "-X", "schema:type", "a b", "X/Y"}) {
            assertThrows(IllegalArgumentException.class, () -> Rules.builder().add(new Named(bad, Severity.INFO)), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Rules.builder().add(new Named(null, Severity.INFO)));
        Rules.builder().add(new Named("X-SALARY.v2_a", Severity.INFO)).add(new Named("r", Severity.INFO));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rules.builder().add(new Named("X", null)));
        assertTrue(e.getMessage().contains("rule without severity: X"), e.getMessage());
        assertThrows(NullPointerException.class, () -> Rules.builder().add(null));
    }

    @Test
    void aServicesLineNamingNoLoadableClassIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services/" + Rule.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, "com.example.rules.Missing\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Registry.Loaded<Rules> loaded = Rules.load(loader);
            IllegalStateException e = assertThrows(IllegalStateException.class, loaded::get);
            assertTrue(e.getMessage().contains("com.example.rules.Missing"), e.getMessage());
        }
        assertEquals(Rules.standard().ids(), Rules.load(getClass().getClassLoader()).get().ids());
    }

    @Test
    void aValidatorRunsTheRulesOfItsRegistry() {
        Catalog empty = Fixtures.catalog().withStatus(Status.PUBLISHED).withPositions(List.of());
        assertEquals(1, Fixtures.VALIDATOR.validate(empty).issues("R3").size());
        CatalogValidator none = CatalogValidator.builder().rules(Rules.builder().build()).build();
        assertEquals(List.of(), none.validate(empty).issues(), "no rules, and the catalog is otherwise valid");
        CatalogValidator one = CatalogValidator.builder().rules(Rules.builder().build())
                .addRule(new Named("X-A", Severity.INFO)).build();
        assertEquals(List.of("X-A"), one.validate(empty).issues().stream().map(Issue::rule).toList());
        assertThrows(IllegalArgumentException.class, () -> CatalogValidator.builder().addRule(new Named("R3", Severity.INFO)));
        assertThrows(UnknownRuleException.class, () -> CatalogValidator.builder().removeRule("R33"));
        CatalogValidator replaced = CatalogValidator.builder().removeRule("R3").addRule(new Named("R3", Severity.INFO)).build();
        assertEquals(List.of(Severity.INFO), replaced.validate(empty).issues("R3").stream().map(Issue::severity).toList());
    }
}

package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;
import org.talentcatalog.scoring.spi.MethodConfig;
import org.talentcatalog.scoring.spi.ScoringMethodProvider;

class ScoringMethodsTest {

    /** {@code LAST}: all weight on the last indicator, or on the indicator named by {@code indicator}. */
    static final class LastWeighting implements ScoringMethodProvider<Weighting> {
        private final String name;

        LastWeighting(String name) {
            this.name = name;
        }

        @Override
        public Class<Weighting> stage() {
            return Weighting.class;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Weighting create(MethodConfig config) {
            String on = config.text("indicator", null);
            int power = config.integer("power", 1, 1);
            return new Weighting() {
                @Override
                public String method() {
                    return name;
                }

                @Override
                public Weights weigh(WeightingInput input) {
                    double[] w = new double[input.indicators().size()];
                    w[on == null ? w.length - 1 : input.indicators().indexOf(on)] = power;
                    return Weights.of(w);
                }
            };
        }
    }

    private static String config(String weighting) {
        return "{\"indicators\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"weighting\": " + weighting + "}";
    }

    @Test
    void standardRegistersEveryBuiltInMethodInDocumentedOrder() {
        ScoringMethods m = ScoringMethods.standard();
        assertEquals(List.of("NONE", "MIN_MAX", "Z_SCORE", "VECTOR", "RANK"), m.names(Normalization.class));
        assertEquals(List.of("EQUAL", "FIXED", "AHP", "ENTROPY", "CRITIC", "COMBINED"),
                m.names(Weighting.class).subList(0, 6));
        assertEquals(List.of("WEIGHTED_SUM", "GEOMETRIC", "TOPSIS"), m.names(Aggregation.class));
        assertEquals(List.of("THRESHOLDS", "QUANTILES", "JENKS"), m.names(Classification.class));
        assertSame(m, ScoringMethods.standard());
        assertEquals(List.of(), m.names(String.class));
    }

    @Test
    void everyBuiltInReportsTheNameItIsRegisteredUnder() {
        String minimal = "{\"indicators\": [{\"id\": \"a\"}],"
                + " \"weighting\": {\"method\": \"COMBINED\", \"subjective\": {\"method\": \"FIXED\", \"weights\": {\"a\": 1}},"
                + " \"objective\": {\"method\": \"AHP\", \"pairwise\": [[1]]}},"
                + " \"classification\": {\"method\": \"QUANTILES\", \"VERY_SCARCE\": 0.2, \"SCARCE\": 0.5, \"GENERALLY_SCARCE\": 1}}";
        ScoringConfig c = ScoringConfig.fromJson(minimal, "c.json");
        assertEquals("COMBINED", c.weighting().method());
        assertEquals("QUANTILES", c.classification().method());
        ScoringMethods m = ScoringMethods.standard();
        Map<Class<?>, String> params = Map.of(Aggregation.class, "", Classification.class,
                ", \"VERY_SCARCE\": 0.5, \"SCARCE\": 0.5, \"GENERALLY_SCARCE\": 0.5", Normalization.class, "");
        for (Class<?> stage : List.of(Normalization.class, Aggregation.class, Classification.class)) {
            for (String name : m.names(stage)) {
                String member = stage.getSimpleName().toLowerCase(java.util.Locale.ROOT);
                String extra = name.equals("JENKS") ? "" : params.get(stage);
                ScoringConfig one = ScoringConfig.fromJson("{\"indicators\": [{\"id\": \"a\"}], \"" + member
                        + "\": {\"method\": \"" + name.toLowerCase(java.util.Locale.ROOT) + "\"" + extra + "}}", "c.json");
                Object built = stage == Normalization.class ? one.normalization()
                        : stage == Aggregation.class ? one.aggregation() : one.classification();
                String method = built instanceof Normalization n ? n.method()
                        : built instanceof Aggregation a ? a.method() : ((Classification) built).method();
                assertEquals(name, method);
            }
        }
    }

    @Test
    void anAddedMethodIsFoundByNameInAnyCaseAndNestsInCombined() {
        ScoringMethods m = ScoringMethods.standard().toBuilder().add(new LastWeighting("LAST")).build();
        ScoringConfig c = ScoringConfig.fromJson(config("{\"method\": \"last\", \"power\": 2}"), "c.json", m);
        WeightingInput in = new WeightingInput(List.of("a", "b"), new double[][] {{1, 2}}, new double[][] {{1, 2}});
        assertEquals(List.of(0.0, 2.0), c.weighting().weigh(in).values());
        ScoringConfig nested = ScoringConfig.fromJson(config("{\"method\": \"COMBINED\", \"alpha\": 1,"
                + " \"subjective\": {\"method\": \"LAST\", \"indicator\": \"a\"}, \"objective\": {\"method\": \"EQUAL\"}}"), "c.json", m);
        assertEquals(List.of(1.0, 0.0), nested.weighting().weigh(in).values());
        assertTrue(ScoringMethods.standard().find(Weighting.class, "LAST").isEmpty(), "standard() is not changed");
    }

    @Test
    void unknownMethodListsTheNamesRegisteredForItsStage() {
        ScoringMethods m = ScoringMethods.builder().add(new LastWeighting("LAST")).add(new LastWeighting("FIRST")).build();
        ScoringException e = assertThrows(ScoringException.class,
                () -> ScoringConfig.fromJson(config("{\"method\": \"EQUAL\"}"), "c.json", m));
        assertEquals("$.weighting.method", e.issue().cell());
        assertEquals("unknown method EQUAL (allowed: LAST, FIRST)", e.issue().text().enOrZh());
        assertEquals("未知的方法 EQUAL（允许：LAST, FIRST）", e.issue().text().zh());
        ScoringMethods more = ScoringMethods.standard().toBuilder().add(new LastWeighting("LAST")).build();
        List<String> names = more.names(Weighting.class);
        assertEquals("LAST", names.get(names.size() - 1));
        e = assertThrows(ScoringException.class, () -> ScoringConfig.fromJson(config("{\"method\": \"COMBINED\","
                + " \"subjective\": {\"method\": \"NOPE\"}, \"objective\": {\"method\": \"EQUAL\"}}"), "c.json", more));
        assertEquals("$.weighting.subjective.method", e.issue().cell());
        assertEquals("unknown method NOPE (allowed: " + String.join(", ", names) + ")", e.issue().text().enOrZh());
    }

    @Test
    void aMemberTheProviderDidNotReadIsRejectedWithItsPath() {
        ScoringMethods m = ScoringMethods.builder().add(new LastWeighting("LAST")).build();
        ScoringException e = assertThrows(ScoringException.class,
                () -> ScoringConfig.fromJson(config("{\"method\": \"LAST\", \"xyz\": 1}"), "c.json", m));
        assertEquals("$.weighting.xyz", e.issue().cell());
        assertEquals("unknown member: xyz (allowed: method, indicator, power)", e.issue().text().enOrZh());
        e = assertThrows(ScoringException.class,
                () -> ScoringConfig.fromJson(config("{\"method\": \"LAST\", \"power\": 0}"), "c.json", m));
        assertEquals("$.weighting.power", e.issue().cell());
        assertEquals("must be an integer >= 1", e.issue().text().enOrZh());
    }

    @Test
    void aRepeatedNameIsAnErrorNamingBothClasses() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScoringMethods.standard().toBuilder().add(new LastWeighting("ENTROPY")).build());
        assertTrue(e.getMessage().contains("ENTROPY"), e.getMessage());
        assertTrue(e.getMessage().contains("org.talentcatalog.scoring.internal.EntropyWeighting$Provider"), e.getMessage());
        assertTrue(e.getMessage().contains(LastWeighting.class.getName()), e.getMessage());
    }

    @Test
    void aProviderMustNameAStageAndAnUpperCaseName() {
        assertThrows(IllegalArgumentException.class, () -> ScoringMethods.builder().add(new LastWeighting("last")));
        assertThrows(IllegalArgumentException.class, () -> ScoringMethods.builder().add(new LastWeighting("1ST")));
        ScoringMethodProvider<String> notAStage = new ScoringMethodProvider<>() {
            @Override
            public Class<String> stage() {
                return String.class;
            }

            @Override
            public String name() {
                return "TEXT";
            }

            @Override
            public String create(MethodConfig config) {
                return "";
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScoringMethods.builder().add(notAStage));
        assertTrue(e.getMessage().contains("Weighting"), e.getMessage());
    }

    @Test
    void aProviderThatCreatesSomethingElseIsAProgrammingError() {
        @SuppressWarnings({"rawtypes", "unchecked"})
        ScoringMethodProvider<Weighting> wrong = (ScoringMethodProvider) new ScoringMethodProvider<Object>() {
            @Override
            @SuppressWarnings({"rawtypes", "unchecked"})
            public Class<Object> stage() {
                return (Class) Weighting.class;
            }

            @Override
            public String name() {
                return "WRONG";
            }

            @Override
            public Object create(MethodConfig config) {
                return "not a weighting";
            }
        };
        ScoringMethods m = ScoringMethods.builder().add(wrong).build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ScoringConfig.fromJson(config("{\"method\": \"WRONG\"}"), "c.json", m));
        assertTrue(e.getMessage().contains("WRONG"), e.getMessage());
    }

    @Test
    void anAbstractProviderThatIsNoMethodMustOverrideCreate() {
        ScoringMethods m = ScoringMethods.builder().add(new AbstractMethodProvider<Weighting>(Weighting.class, "FORGOT") {
        }).build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ScoringConfig.fromJson(config("{\"method\": \"FORGOT\"}"), "c.json", m));
        assertTrue(e.getMessage().endsWith("is not a Weighting: it must override create"), e.getMessage());
    }

    @Test
    void methodConfigReadsEveryTypeAndLocatesItsErrors() {
        ScoringMethodProvider<Weighting> probe = new ScoringMethodProvider<>() {
            @Override
            public Class<Weighting> stage() {
                return Weighting.class;
            }

            @Override
            public String name() {
                return "PROBE";
            }

            @Override
            public Weighting create(MethodConfig config) {
                assertEquals("$.weighting", config.path());
                assertEquals("PROBE", config.method());
                assertEquals(0.5, config.number("absent", 0.5));
                assertTrue(config.optionalNumber("absent2").isEmpty());
                assertEquals(2.5, config.requiredNumber("x"));
                assertEquals("t", config.text("t", "d"));
                assertEquals(RandomIndex.DONEGAN_DODD, config.enumValue("ri", RandomIndex.class, RandomIndex.SAATY_CLASSIC));
                assertTrue(config.isObject("o") && !config.isObject("x") && !config.has("n"));
                MethodConfig o = config.object("o");
                assertEquals("$.weighting.o", o.path());
                assertEquals(List.of("p", "q"), List.copyOf(o.members()));
                assertEquals(1.0, o.requiredNumber("p"));
                assertEquals("[[1.0, 2.0], [3.0]]", Arrays.deepToString(config.numberMatrix("m")));
                assertEquals("EQUAL", config.weighting("w").method());
                ScoringException e = config.error("x", "坏", "bad");
                assertEquals("$.weighting.x", e.issue().cell());
                assertThrows(ScoringException.class, () -> config.number("n", 1));
                return Weighting.equal();
            }
        };
        ScoringMethods m = ScoringMethods.standard().toBuilder().add(probe).build();
        String json = config("{\"method\": \"PROBE\", \"x\": 2.5, \"t\": \" t \", \"ri\": \"donegan_dodd\", \"n\": null,"
                + " \"o\": {\"p\": 1, \"q\": 2}, \"m\": [[1, 2], [3]], \"w\": {\"method\": \"EQUAL\"}}");
        ScoringException e = assertThrows(ScoringException.class, () -> ScoringConfig.fromJson(json, "c.json", m));
        assertEquals("$.weighting.o.q", e.issue().cell(), "q of the opened object was never read");
        assertInstanceOf(ScoringException.class, e);
    }
}

package org.talentcatalog.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.talentcatalog.scoring.internal.AhpWeighting;
import org.talentcatalog.scoring.internal.CombinedWeighting;
import org.talentcatalog.scoring.internal.CriticWeighting;
import org.talentcatalog.scoring.internal.EntropyWeighting;
import org.talentcatalog.scoring.internal.EqualWeighting;
import org.talentcatalog.scoring.internal.FixedWeighting;
import org.talentcatalog.scoring.internal.GeometricAggregation;
import org.talentcatalog.scoring.internal.JenksClassification;
import org.talentcatalog.scoring.internal.MinMaxNormalization;
import org.talentcatalog.scoring.internal.NoNormalization;
import org.talentcatalog.scoring.internal.QuantileClassification;
import org.talentcatalog.scoring.internal.RankNormalization;
import org.talentcatalog.scoring.internal.ThresholdClassification;
import org.talentcatalog.scoring.internal.TopsisAggregation;
import org.talentcatalog.scoring.internal.VectorNormalization;
import org.talentcatalog.scoring.internal.WeightedSumAggregation;
import org.talentcatalog.scoring.internal.ZScoreNormalization;
import org.talentcatalog.scoring.spi.ScoringMethodProvider;

/**
 * The scoring methods a configuration may name, per stage: normalisation, weighting, aggregation and
 * classification. {@link ScoringConfig#fromJson(String, String, ScoringMethods)} looks methods up here;
 * an unknown name is an error listing the names registered for that stage.
 *
 * <pre>{@code
 * ScoringMethods methods = ScoringMethods.standard().toBuilder().add(new MyWeighting()).build();
 * ScoringConfig config = ScoringConfig.fromJson(json, "config.json", methods);
 * }</pre>
 *
 * <p>{@link #standard()} holds the built-in methods and every {@link ScoringMethodProvider} that
 * {@link ServiceLoader} finds through this class's loader; {@link #builder()} starts empty. Immutable
 * and thread-safe.
 */
public final class ScoringMethods {

    private static final List<Class<?>> STAGES =
            List.of(Normalization.class, Weighting.class, Aggregation.class, Classification.class);
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final List<ScoringMethodProvider<?>> providers;
    private final Map<Class<?>, Map<String, ScoringMethodProvider<?>>> byStage;

    private ScoringMethods(List<ScoringMethodProvider<?>> providers) {
        this.providers = List.copyOf(providers);
        Map<Class<?>, Map<String, ScoringMethodProvider<?>>> stages = new LinkedHashMap<>();
        STAGES.forEach(s -> stages.put(s, new LinkedHashMap<>()));
        for (ScoringMethodProvider<?> p : this.providers) {
            ScoringMethodProvider<?> before = stages.get(p.stage()).putIfAbsent(p.name(), p);
            if (before != null) {
                throw new IllegalArgumentException("scoring method " + p.name() + " (" + p.stage().getSimpleName()
                        + ") is registered twice: by " + before.getClass().getName() + " and by " + p.getClass().getName());
            }
        }
        stages.replaceAll((s, m) -> Collections.unmodifiableMap(m));
        this.byStage = Collections.unmodifiableMap(stages);
    }

    /**
     * The built-in methods and every provider on the class or module path.
     *
     * @return the shared registry
     * @throws IllegalStateException if a discovered provider cannot be loaded, is invalid or repeats a name
     */
    public static ScoringMethods standard() {
        if (Standard.VALUE instanceof ScoringMethods methods) {
            return methods;
        }
        RuntimeException e = (RuntimeException) Standard.VALUE;
        throw new IllegalStateException(e.getMessage(), e.getCause());
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder(List.of());
    }

    /** A builder that starts from this registry's methods. */
    public Builder toBuilder() {
        return new Builder(providers);
    }

    /**
     * The method of a stage with a name.
     *
     * @param stage the stage interface, e.g. {@code Weighting.class}
     * @param name the name in upper case
     * @return the provider, or empty
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<ScoringMethodProvider<T>> find(Class<T> stage, String name) {
        Map<String, ScoringMethodProvider<?>> names = byStage.get(stage);
        return names == null ? Optional.empty() : Optional.ofNullable((ScoringMethodProvider<T>) names.get(name));
    }

    /**
     * The names registered for a stage, built-ins first, then in registration order.
     *
     * @param stage the stage interface
     * @return the names (empty for a class that is not a stage)
     */
    public List<String> names(Class<?> stage) {
        Map<String, ScoringMethodProvider<?>> names = byStage.get(stage);
        return names == null ? List.of() : List.copyOf(names.keySet());
    }

    /** Collects providers, then freezes them into a {@link ScoringMethods}. Not thread-safe. */
    public static final class Builder {
        private final List<ScoringMethodProvider<?>> providers;

        private Builder(List<ScoringMethodProvider<?>> start) {
            providers = new ArrayList<>(start);
        }

        /**
         * Registers a method.
         *
         * @param provider the provider
         * @return this builder
         * @throws IllegalArgumentException if its stage is not one of the four or its name is not
         *     upper-case letters, digits and underscores
         */
        public Builder add(ScoringMethodProvider<?> provider) {
            Objects.requireNonNull(provider, "provider");
            String type = provider.getClass().getName();
            if (!STAGES.contains(provider.stage())) {
                throw new IllegalArgumentException(type + ": the stage " + provider.stage()
                        + " is not Normalization, Weighting, Aggregation or Classification");
            }
            if (provider.name() == null || !NAME.matcher(provider.name()).matches()) {
                throw new IllegalArgumentException(type + ": the method name " + provider.name()
                        + " is not upper-case letters, digits and underscores");
            }
            providers.add(provider);
            return this;
        }

        /**
         * Freezes the registry.
         *
         * @return the registry
         * @throws IllegalArgumentException if two providers of a stage share a name (naming both classes)
         */
        public ScoringMethods build() {
            return new ScoringMethods(providers);
        }
    }

    /** The standard registry, or why it could not be built; computed once, on first use. */
    private static final class Standard {
        static final Object VALUE = load();

        private static Object load() {
            try {
                Builder b = builder();
                builtIns().forEach(b::add);
                ServiceLoader.load(ScoringMethodProvider.class, ScoringMethods.class.getClassLoader()).forEach(b::add);
                return b.build();
            } catch (ServiceConfigurationError | RuntimeException e) {
                return new IllegalStateException("cannot register the scoring methods: " + e.getMessage(), e);
            }
        }
    }

    /** The built-in methods: one line each. */
    private static List<ScoringMethodProvider<?>> builtIns() {
        return List.of(
                new NoNormalization(),
                new MinMaxNormalization(),
                new ZScoreNormalization(),
                new VectorNormalization(),
                new RankNormalization(),
                new EqualWeighting(),
                new FixedWeighting.Provider(),
                new AhpWeighting.Provider(),
                new EntropyWeighting.Provider(),
                new CriticWeighting(),
                new CombinedWeighting.Provider(),
                new WeightedSumAggregation(),
                new GeometricAggregation.Provider(),
                new TopsisAggregation(),
                new ThresholdClassification.Provider(),
                new QuantileClassification.Provider(),
                new JenksClassification.Provider());
    }
}

package org.talentcatalog.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.talentcatalog.model.spi.Registry;
import org.talentcatalog.scoring.internal.Messages;
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
    private static final Registry.Shape<ScoringMethodProvider<?>> SHAPE = Registry.Shape
            .<ScoringMethodProvider<?>>of(Messages.METHOD_NOUN.text(), "[A-Z][A-Z0-9_]*", ScoringMethodProvider::name)
            .kinds(ScoringMethodProvider::stage)
            .checks(ScoringMethods::check);

    private final Registry<ScoringMethodProvider<?>> registry;

    private ScoringMethods(Registry<ScoringMethodProvider<?>> registry) {
        this.registry = registry;
    }

    /**
     * The built-in methods and every provider on the class or module path.
     *
     * @return the shared registry
     * @throws IllegalStateException if a discovered provider cannot be loaded, is invalid or repeats a name
     */
    public static ScoringMethods standard() {
        return Standard.LOADED.get();
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder(SHAPE.builder());
    }

    /** A builder that starts from this registry's methods. */
    public Builder toBuilder() {
        return new Builder(registry.toBuilder());
    }

    /**
     * The method of a stage with a name.
     *
     * @param stage the stage interface, e.g. {@code Weighting.class}
     * @param name the name in upper case
     * @return the provider, or empty
     */
    @SuppressWarnings("unchecked") // registered under the stage its stage() returns
    public <T> Optional<ScoringMethodProvider<T>> find(Class<T> stage, String name) {
        return registry.find(stage, name).map(p -> (ScoringMethodProvider<T>) p);
    }

    /**
     * The names registered for a stage, built-ins first, then in registration order.
     *
     * @param stage the stage interface
     * @return the names (empty for a class that is not a stage)
     */
    public List<String> names(Class<?> stage) {
        return registry.names(stage);
    }

    @Override
    public String toString() {
        return registry.toString();
    }

    private static void check(ScoringMethodProvider<?> provider) {
        if (!STAGES.contains(provider.stage())) {
            throw Registry.refusal(Messages.METHOD_NO_STAGE.text(provider.name(), provider.stage(), provider.getClass().getName()));
        }
    }

    /** Collects providers, then freezes them into a {@link ScoringMethods}. Not thread-safe. */
    public static final class Builder {
        private final Registry.Builder<ScoringMethodProvider<?>> providers;

        private Builder(Registry.Builder<ScoringMethodProvider<?>> providers) {
            this.providers = providers;
        }

        /**
         * Registers a method.
         *
         * @param provider the provider
         * @return this builder
         * @throws IllegalArgumentException if its stage is not one of the four, its name is not
         *     upper-case letters, digits and underscores, or another method of the stage has the name
         *     (both classes named)
         */
        public Builder add(ScoringMethodProvider<?> provider) {
            providers.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /**
         * Freezes the registry.
         *
         * @return the registry
         */
        public ScoringMethods build() {
            return new ScoringMethods(providers.build());
        }
    }

    /** The standard registry, or why it could not be built; computed once, on first use. */
    private static final class Standard {
        static final Registry.Loaded<ScoringMethods> LOADED = SHAPE.load(builtIns(),
                () -> ServiceLoader.load(ScoringMethodProvider.class, ScoringMethods.class.getClassLoader()), ScoringMethods::new);
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

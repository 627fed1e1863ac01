package org.talentcatalog.scoring.spi;

/**
 * Makes one scoring method available by name: {@code name()} is what the configuration writes
 * ({@code "weighting": {"method": "ENTROPY"}}), {@code create} builds the method from its JSON object.
 *
 * <p>One generic interface serves all four pipeline stages rather than one interface per stage: an
 * extension is then always one class plus one line in the same services file, the registry has one
 * lookup, and a method that nests another ({@code COMBINED} nests two weightings) resolves it through
 * that same lookup ({@link MethodConfig#weighting}). {@link #stage()} says which stage the method
 * belongs to; the registry accepts exactly {@link org.talentcatalog.scoring.Normalization},
 * {@link org.talentcatalog.scoring.Weighting}, {@link org.talentcatalog.scoring.Aggregation} and
 * {@link org.talentcatalog.scoring.Classification}.
 *
 * <p>{@link AbstractMethodProvider} fixes the stage and the name. A method without parameters extends
 * it and is its own provider ({@code create} returns the method), as the built-in {@code EQUAL} is; a
 * method with parameters has a small provider that reads them and constructs the method, as the
 * built-in {@code ENTROPY} does. Providers are stateless and thread-safe;
 * {@link java.util.ServiceLoader} needs a public class with a public no-argument constructor.
 *
 * @param <T> the stage interface the method implements
 */
public interface ScoringMethodProvider<T> {

    /** The stage: {@code Normalization.class}, {@code Weighting.class}, {@code Aggregation.class} or {@code Classification.class}. */
    Class<T> stage();

    /**
     * The method name, unique within its stage: upper-case letters, digits and underscores, starting
     * with a letter (e.g. {@code STANDARD_DEVIATION}). The configuration may write it in any case. The
     * created method's {@code method()} should return the same name, since results report it.
     */
    String name();

    /**
     * Builds the method from its configuration object.
     *
     * @param config the object, e.g. the one at {@code $.weighting}; a member the provider neither
     *     reads nor {@linkplain MethodConfig#declare declares} is rejected after this returns
     * @return the method, an instance of {@link #stage()}, immutable and thread-safe
     * @throws org.talentcatalog.scoring.ScoringException for a bad value, located by {@code config}
     */
    T create(MethodConfig config);
}

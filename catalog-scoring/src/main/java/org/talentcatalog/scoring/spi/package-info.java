/**
 * The extension point for scoring methods: a {@link org.talentcatalog.scoring.spi.ScoringMethodProvider}
 * names a normalisation, weighting, aggregation or classification method and builds it from its
 * configuration object, read through a {@link org.talentcatalog.scoring.spi.MethodConfig};
 * {@link org.talentcatalog.scoring.spi.AbstractMethodProvider} fixes the stage and the name.
 *
 * <p>An extension is one public class with a public no-argument constructor plus one line naming it
 * in {@code META-INF/services/org.talentcatalog.scoring.spi.ScoringMethodProvider} (and
 * {@code provides org.talentcatalog.scoring.spi.ScoringMethodProvider with …;} when the extension is
 * itself a named module). {@link org.talentcatalog.scoring.ScoringMethods#standard()} finds it, or an
 * embedder adds it explicitly with {@link org.talentcatalog.scoring.ScoringMethods.Builder#add}.
 * {@code docs/extending.md} walks through a complete example.
 */
package org.talentcatalog.scoring.spi;

/**
 * The rule extension point: implement {@link org.talentcatalog.schema.spi.Rule} (or
 * {@link org.talentcatalog.schema.spi.StreamingRule}, to check positions as they stream) in one public
 * class with a public no-arg constructor and list it in
 * {@code META-INF/services/org.talentcatalog.schema.spi.Rule} (or {@code provides} it in a named
 * module); {@link org.talentcatalog.schema.Rules#standard()}, and with it every validator built from
 * {@link org.talentcatalog.schema.CatalogValidator#builder()}, then runs it after R1–R18. A rule
 * reports through its {@link org.talentcatalog.schema.spi.RuleContext}.
 * docs/extending.md walks through an example.
 *
 * <h2>Thread safety</h2>
 * A rule must be stateless and thread-safe: one instance checks every document, from any thread.
 * The state of one validation lives in the context and the streaming session the validator gives
 * it, which are used from one thread at a time.
 *
 * <h2>Nullness</h2>
 * The package is {@link org.jspecify.annotations.NullMarked @NullMarked}: a type without
 * {@link org.jspecify.annotations.Nullable @Nullable} is never {@code null}. The catalog a rule
 * sees is bound leniently, so its members may be {@code null} as the model's records say: a rule
 * checks only what is present.
 */
@NullMarked
package org.talentcatalog.schema.spi;

import org.jspecify.annotations.NullMarked;

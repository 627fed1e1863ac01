/**
 * What the library's registries are built on. {@link org.talentcatalog.model.spi.Registry} is the
 * one shape of the registries of rules ({@code org.talentcatalog.schema.Rules}), scoring methods
 * ({@code org.talentcatalog.scoring.ScoringMethods}), catalog formats
 * ({@code org.talentcatalog.tabular.CatalogFormats}) and renderers
 * ({@code org.talentcatalog.render.Renderers}): names checked against a pattern, unique per kind,
 * built-ins first, then what {@link java.util.ServiceLoader} finds, and errors worded alike. An
 * embedder registers its extensions with those classes (see docs/extending.md), not here.
 *
 * <h2>Thread safety</h2>
 * A {@link org.talentcatalog.model.spi.Registry} and its {@code Shape} are immutable and thread-safe;
 * a {@code Builder} is for one thread.
 *
 * <h2>Nullness</h2>
 * The package is {@link org.jspecify.annotations.NullMarked @NullMarked}: a type without
 * {@link org.jspecify.annotations.Nullable @Nullable} is never {@code null}.
 */
@NullMarked
package org.talentcatalog.model.spi;

import org.jspecify.annotations.NullMarked;

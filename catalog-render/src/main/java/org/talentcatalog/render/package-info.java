/**
 * Human-facing renderings of catalogs' diffs, validation reports, scoring results and expert
 * consensus, each found by the type it renders and a name, as the command line's {@code --format}
 * finds them.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link org.talentcatalog.render.Renderers}: the registry, the built-ins plus every renderer
 *       {@link java.util.ServiceLoader} finds ({@code Renderers.standard()}), or one assembled with
 *       {@code Renderers.builder()}.</li>
 *   <li>{@link org.talentcatalog.render.RenderContext}: the language and the name of the value's
 *       source.</li>
 *   <li>{@link org.talentcatalog.render.Columns}: the display width of text, for tables that line up
 *       with Chinese text.</li>
 * </ul>
 *
 * <pre>{@code
 * Renderer<CatalogDiff> markdown = Renderers.standard().get(CatalogDiff.class, "markdown");
 * String changelog = markdown.render(diff, RenderContext.of(Locale.CHINESE));
 * }</pre>
 *
 * <h2>Thread safety</h2>
 * The registry, the contexts and the built-in renderers are immutable and thread-safe; a renderer
 * renders concurrently for every caller. {@code Renderers.Builder} is not thread-safe.
 *
 * <h2>Nullness</h2>
 * The package is {@link org.jspecify.annotations.NullMarked @NullMarked}: a type without
 * {@link org.jspecify.annotations.Nullable @Nullable} is never {@code null}. A context's source is
 * {@code null} when none was given; a look-up that may find nothing returns an
 * {@link java.util.Optional} ({@code Renderers.find}).
 */
@NullMarked
package org.talentcatalog.render;

import org.jspecify.annotations.NullMarked;

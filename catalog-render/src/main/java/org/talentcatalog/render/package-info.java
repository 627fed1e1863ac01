/**
 * Rendering by name: {@link org.talentcatalog.render.Renderers} (the registry, built-ins plus every
 * renderer {@link java.util.ServiceLoader} finds), {@link org.talentcatalog.render.RenderContext} (the
 * language and the source's name), and {@link org.talentcatalog.render.Columns} (display width for
 * text tables that line up with Chinese text).
 *
 * <pre>{@code
 * Renderer<CatalogDiff> markdown = Renderers.standard().get(CatalogDiff.class, "markdown");
 * String changelog = markdown.render(diff, RenderContext.of(Locale.CHINESE));
 * }</pre>
 */
package org.talentcatalog.render;

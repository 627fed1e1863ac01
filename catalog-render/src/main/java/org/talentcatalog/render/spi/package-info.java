/**
 * The renderer extension point: implement {@link org.talentcatalog.render.spi.Renderer} in one public
 * class with a public no-arg constructor and list it in
 * {@code META-INF/services/org.talentcatalog.render.spi.Renderer} (or {@code provides} it in a named
 * module); {@link org.talentcatalog.render.Renderers#standard()} then finds it by its type and name.
 */
package org.talentcatalog.render.spi;

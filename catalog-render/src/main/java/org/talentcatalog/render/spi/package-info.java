/**
 * The renderer extension point: implement {@link org.talentcatalog.render.spi.Renderer} in one public
 * class with a public no-arg constructor and list it in
 * {@code META-INF/services/org.talentcatalog.render.spi.Renderer} (or {@code provides} it in a named
 * module); {@link org.talentcatalog.render.Renderers#standard()} then finds it by its type and name.
 * docs/extending.md walks through an example.
 *
 * <h2>Thread safety</h2>
 * One instance renders concurrently for every caller: an implementation must be stateless or
 * immutable.
 *
 * <h2>Nullness</h2>
 * The package is {@link org.jspecify.annotations.NullMarked @NullMarked}: a renderer receives no
 * {@code null} argument and returns no {@code null}.
 */
@NullMarked
package org.talentcatalog.render.spi;

import org.jspecify.annotations.NullMarked;

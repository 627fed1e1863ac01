/**
 * The catalog format extension point: implement {@link org.talentcatalog.tabular.spi.CatalogFormat}
 * in one public class with a public no-arg constructor and list it in
 * {@code META-INF/services/org.talentcatalog.tabular.spi.CatalogFormat} (or {@code provides} it in a
 * named module); {@link org.talentcatalog.tabular.CatalogFormats#standard()} then finds it by name,
 * by content ({@link org.talentcatalog.tabular.spi.FileHead}) and by extension.
 * docs/extending.md walks through an example.
 *
 * <h2>Thread safety</h2>
 * One instance reads and writes concurrently for every caller: an implementation must be stateless
 * or immutable. A {@link org.talentcatalog.tabular.spi.FileHead} is immutable.
 *
 * <h2>Nullness</h2>
 * The package is {@link org.jspecify.annotations.NullMarked @NullMarked}: a format receives no
 * {@code null} argument and returns no {@code null}.
 */
@NullMarked
package org.talentcatalog.tabular.spi;

import org.jspecify.annotations.NullMarked;

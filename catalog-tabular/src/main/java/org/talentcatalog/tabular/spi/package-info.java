/**
 * The catalog format extension point: implement {@link org.talentcatalog.tabular.spi.CatalogFormat}
 * in one public class with a public no-arg constructor and list it in
 * {@code META-INF/services/org.talentcatalog.tabular.spi.CatalogFormat} (or {@code provides} it in a
 * named module); {@link org.talentcatalog.tabular.CatalogFormats#standard()} then finds it by name,
 * by content ({@link org.talentcatalog.tabular.spi.FileHead}) and by extension.
 */
package org.talentcatalog.tabular.spi;

package org.talentcatalog.publish;

import java.nio.file.Path;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;

/** The example catalogs of the repository, read for the tests. */
final class Examples {

    static final Path CATALOGS = Path.of("../examples/data/catalogs");

    private Examples() {
    }

    static Catalog read(String name) {
        return CatalogJson.read(CATALOGS.resolve(name + ".json"));
    }

    /** The release the README shows: the 2025 IC catalog, Lingang and the special catalog, after the 2024 IC edition. */
    static Release release() {
        return Release.of(read("sh-ic-2025"), read("lingang-2024"), read("special-fel-2025")).withPrevious(read("sh-ic-2024"));
    }
}

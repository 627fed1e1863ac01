package org.talentcatalog.publish.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;

/** The fonts the tests set handbooks in: Debian's Droid Sans Fallback and DejaVu Sans, which .ci/run installs. */
final class Fonts {

    private Fonts() {
    }

    static HandbookFont debian() throws java.io.IOException {
        assumeTrue(HandbookFont.DEFAULTS.stream().allMatch(Files::isRegularFile),
                "fonts-dejavu-core and fonts-droid-fallback are not installed (.ci/run installs them)");
        return HandbookFont.of(HandbookFont.DEFAULTS);
    }
}

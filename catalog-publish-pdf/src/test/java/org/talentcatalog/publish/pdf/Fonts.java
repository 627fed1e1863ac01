package org.talentcatalog.publish.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;

/** The CJK font the tests set handbooks in: Debian's DejaVu Sans and Droid Sans Fallback, which .ci/run installs. */
final class Fonts {

    private Fonts() {
    }

    static HandbookFont debian() throws java.io.IOException {
        assumeTrue(HandbookFont.DEFAULTS.stream().allMatch(Files::isRegularFile),
                "fonts-dejavu-core and fonts-droid-fallback are not installed (.ci/run installs them)");
        return HandbookFont.of(HandbookFont.DEFAULTS);
    }
}

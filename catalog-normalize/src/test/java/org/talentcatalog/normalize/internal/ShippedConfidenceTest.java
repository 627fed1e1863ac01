package org.talentcatalog.normalize.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.normalize.LabelledTitle;
import org.talentcatalog.normalize.NormalizeException;

class ShippedConfidenceTest {

    /** The shipped confidence model is what BuildTitles fits on data/job-titles-coded.csv with today's engine. */
    @Test
    void theShippedModelIsRefittedFromTheLabelledTitles() throws Exception {
        List<LabelledTitle> rows;
        try (InputStream in = Files.newInputStream(Path.of("data/job-titles-coded.csv"))) {
            rows = LabelledCsv.read(in);
        }
        StringWriter rebuilt = new StringWriter();
        ShippedConfidence.write(BuildTitles.confidence(rows), rebuilt);
        String shipped = Files.readString(Path.of("src/main/resources/org/talentcatalog/normalize/internal/"
                + ShippedConfidence.RESOURCE));
        assertEquals(shipped, rebuilt.toString(), "rebuild the data: catalog-normalize/build-titles");
        Calibrator read = ShippedConfidence.read(new ByteArrayInputStream(shipped.getBytes(StandardCharsets.UTF_8)), "x");
        assertEquals(ShippedConfidence.calibrator().high(), read.high());
    }

    @Test
    void aMalformedOrIncompleteFileIsNamed() {
        byte[] bad = "# comment\nhigh\t1.5\nw\t1\t2\n".getBytes(StandardCharsets.UTF_8);
        NormalizeException e = assertThrows(NormalizeException.class,
                () -> ShippedConfidence.read(new ByteArrayInputStream(bad), "confidence.tsv"));
        assertEquals("confidence.tsv 第 3 行格式错误：应为“high<TAB>阈值”或“w<TAB>权重…”", e.getMessage());
        assertEquals("confidence.tsv line 3: expected \"high<TAB>threshold\" or \"w<TAB>weights…\"", e.describe(Locale.ENGLISH));
        byte[] noWeights = "high\t1.5\n".getBytes(StandardCharsets.UTF_8);
        NormalizeException missing = assertThrows(NormalizeException.class,
                () -> ShippedConfidence.read(new ByteArrayInputStream(noWeights), "confidence.tsv"));
        assertEquals("confidence.tsv line 2: expected \"high<TAB>threshold\" or \"w<TAB>weights…\"", missing.describe(Locale.ENGLISH));
    }
}

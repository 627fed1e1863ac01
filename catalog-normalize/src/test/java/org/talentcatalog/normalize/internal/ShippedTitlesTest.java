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

class ShippedTitlesTest {

    /** The shipped data is what BuildTitles makes of data/job-titles-coded.csv with today's cleaner. */
    @Test
    void theShippedDataIsRebuiltFromTheLabelledTitles() throws Exception {
        List<LabelledTitle> rows;
        try (InputStream in = Files.newInputStream(Path.of("data/job-titles-coded.csv"))) {
            rows = LabelledCsv.read(in);
        }
        assertEquals(3580, rows.size());
        StringWriter rebuilt = new StringWriter();
        ShippedTitles.write(Aliases.of(rows), rebuilt);
        String shipped = Files.readString(Path.of("src/main/resources/org/talentcatalog/normalize/internal/" + ShippedTitles.RESOURCE));
        assertEquals(shipped, rebuilt.toString(), "rebuild the data: catalog-normalize/build-titles");
        assertEquals(ShippedTitles.aliases(), ShippedTitles.read(new ByteArrayInputStream(shipped.getBytes(StandardCharsets.UTF_8)), "x"));
    }

    @Test
    void aMalformedLineIsNamed() {
        byte[] bad = "# comment\n客服\t4-04-05-03\t2\n客服\t4-04-05-03\n".getBytes(StandardCharsets.UTF_8);
        NormalizeException e = assertThrows(NormalizeException.class,
                () -> ShippedTitles.read(new ByteArrayInputStream(bad), "titles.tsv"));
        assertEquals("titles.tsv 第 3 行格式错误：应为“清洗后标题<TAB>代码<TAB>次数”", e.getMessage());
        assertEquals("titles.tsv line 3: expected \"cleaned title<TAB>code<TAB>count\"", e.describe(Locale.ENGLISH));
    }

    @Test
    void csvFieldsMayBeQuoted() throws Exception {
        byte[] csv = "\ufeffjob_name,expected_code,expected_name\n\"招三人客服!!快乐式工作,到点就下班!!\",4-04-05-03,呼叫中心服务员\r\n司机,4-02-02,x\n"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(new LabelledTitle("招三人客服!!快乐式工作,到点就下班!!", "4-04-05-03"),
                new LabelledTitle("司机", "4-02-02-00")), LabelledCsv.read(new ByteArrayInputStream(csv)));
    }
}

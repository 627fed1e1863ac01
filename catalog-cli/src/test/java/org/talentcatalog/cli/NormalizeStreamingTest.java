package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catalog normalize} on 100,000 titles streams: in a JVM with a 96 MiB heap (far less than the
 * rows and their results would take held together) it writes one JSON result per row, in order.
 */
class NormalizeStreamingTest {

    private static final int ROWS = 100_000;

    @TempDir
    Path dir;

    @Test
    void aHundredThousandTitlesStreamInASmallHeap() throws IOException, InterruptedException {
        List<String> titles = List.of("软件开发工程师（双休）", "会计", "抖音快手客服 不加班", "保安", "射频IC设计（上海张江，年薪40万+）");
        Path in = dir.resolve("titles.csv");
        try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            w.write("job_name\n");
            for (int i = 0; i < ROWS; i++) {
                // 1,000 distinct titles, each padded with a long note the coder cleans away
                w.write(titles.get(i % titles.size()) + "（岗位" + (i % 1000) + "，" + "详情见公司官网".repeat(20) + "）\n");
            }
        }
        Path out = dir.resolve("out.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "normalize", in.toString(), "--format", "json")
                .redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish");
        }
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("err.txt")));
        int results = 0;
        int lastRow = 1;
        try (JsonParser json = new JsonFactory().createParser(out.toFile())) {
            while (json.nextToken() != null) {
                if (json.currentToken() == JsonToken.FIELD_NAME && json.currentName().equals("row")) {
                    json.nextToken();
                    assertEquals(lastRow + 1, json.getIntValue());
                    lastRow = json.getIntValue();
                    results++;
                }
            }
        }
        assertEquals(ROWS, results);
    }
}

package org.talentcatalog.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.cli.Main;

/**
 * The README's "From draft to renewal" commands, run in order as the README shows them (from the
 * repository root, {@code /tmp/} standing for a fresh folder), each with the exit code its line
 * states ({@code # exit 1}) or 0.
 */
class ReadmeLifecycleCommandsTest {

    @TempDir
    Path tmp;

    private static List<String> commands() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## From draft to renewal"));
        String block = section.substring(section.indexOf("```sh") + 5);
        block = block.substring(0, block.indexOf("```"));
        return block.lines().filter(l -> l.startsWith("./catalog ")).toList();
    }

    @Test
    void everyCommandRunsAsDocumented() throws IOException {
        List<String> lines = commands();
        assertEquals(List.of("advance", "advance", "score", "consultation", "advance", "evaluate", "renew"),
                lines.stream().map(l -> l.split(" ")[1]).toList());
        for (String line : lines) {
            int comment = line.indexOf(" # ");
            int expected = comment < 0 ? 0 : Integer.parseInt(line.substring(comment).replaceAll("\\D*(\\d+).*", "$1"));
            String command = comment < 0 ? line : line.substring(0, comment);
            List<String> args = new ArrayList<>();
            for (String a : command.strip().split(" +")) {
                args.add(a.startsWith("examples/") ? "../" + a : a.startsWith("/tmp/") ? tmp.resolve(a.substring(5)).toString() : a);
            }
            args.remove(0);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
            assertEquals(expected, code, line + "\n" + err);
            assertFalse(err.toString().contains("Exception"), err::toString);
            if (line.contains("consultation ") && line.startsWith("./catalog consultation")) {
                assertTrue(out.toString().contains("已修改，但无意见或说明"), out::toString);
            }
        }
        assertTrue(Files.exists(tmp.resolve("sh-ic-2026.json")));
        assertTrue(Files.exists(tmp.resolve("sh-ic-2026.changelog.markdown")));
        assertTrue(Files.exists(tmp.resolve("split.xlsx")));
    }
}

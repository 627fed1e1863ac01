package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Severity;

/** Bad input of every kind gives one located read issue: never an exception, a hang or a huge allocation. */
class ReadLayerTest {

    private static final CatalogValidator V = Fixtures.VALIDATOR;

    private static Issue single(ValidationReport r) {
        assertFalse(r.valid());
        assertEquals(1, r.issues().size(), () -> r.issues().toString());
        return r.issues().get(0);
    }

    @Test
    void emptyDocumentIsReadEmpty() {
        assertEquals("read:empty", single(V.validateText("")).rule());
        assertEquals("read:empty", single(V.validateText("  \n ")).rule());
    }

    @Test
    void notJsonIsLocated() {
        Issue i = single(V.validateText("{\n  \"id\": sh-ic\n}"));
        assertEquals("read:syntax", i.rule());
        assertEquals(2, i.line());
    }

    @Test
    void truncatedDocumentIsLocatedAtTheEnd() {
        String json = CatalogJson.write(Fixtures.catalog());
        Issue i = single(V.validateText(json.substring(0, json.length() / 2)));
        assertEquals("read:syntax", i.rule());
        assertTrue(i.line() > 1);
    }

    @Test
    void invalidUtf8IsLocatedAtTheBadByte() {
        byte[] bytes = "{\n  \"id\": \"ab\"\n}".getBytes(StandardCharsets.UTF_8);
        bytes[11] = (byte) 0xC3; // a lead byte followed by an ASCII letter
        Issue i = single(V.validate(bytes));
        assertEquals("read:encoding", i.rule());
        assertEquals(2, i.line());
        assertEquals(10, i.column());
    }

    @Test
    void aLoneSurrogateIsAnErrorAtItsValueInThePositionsTheHeaderAndMemberNames(@TempDir Path dir) throws IOException {
        String json = CatalogJson.write(Fixtures.catalog());
        String name = Fixtures.catalog().positions().get(0).name().zh();
        String broken = json.replaceFirst("\"" + name + "\"", "\"\\\\ud800" + name + "\"");
        Path file = Files.writeString(dir.resolve("lone.json"), broken, StandardCharsets.UTF_8);
        Issue position = single(V.validate(file));
        assertEquals("read:surrogate", position.rule());
        assertEquals(Severity.ERROR, position.severity());
        assertEquals("/positions/0/name/zh", position.pointer());
        int line = (int) broken.substring(0, broken.indexOf("\\ud800")).lines().count();
        assertEquals(line, position.line());
        assertEquals(broken.lines().skip(line - 1).findFirst().orElseThrow().indexOf("\\ud800"), position.column(),
                "the column of the string's opening quote");

        Issue title = single(V.validateText(json.replaceFirst("\"zh\": \"", "\"zh\": \"\\\\udfff")));
        assertEquals("/title/zh", title.pointer());
        Issue member = single(V.validateText(json.replaceFirst("\\{", "{\"x-\\\\udbff\": true,")));
        assertEquals("/x-\udbff", member.pointer());
        assertEquals(1, member.line());
    }

    @Test
    void byteOrderMarkIsAWarningAndTheRestIsChecked() {
        byte[] json = CatalogJson.writeBytes(Fixtures.catalog());
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        ValidationReport r = V.validate(withBom);
        assertTrue(r.valid());
        assertEquals(1, r.issues("read:bom").size());
        assertEquals(Severity.WARNING, r.issues("read:bom").get(0).severity());
    }

    @Test
    void duplicateMemberNameIsLocated() {
        Issue i = single(V.validateText("{\n  \"id\": \"a\",\n  \"id\": \"b\"\n}"));
        assertEquals("read:duplicateKey", i.rule());
        assertEquals(3, i.line());
    }

    @Test
    void trailingContentIsAnError() {
        assertEquals("read:syntax", single(V.validateText("{} {}")).rule());
    }

    @Test
    void hundredThousandDeepNestingIsRefusedWithoutStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Issue i = single(V.validateText(deep));
        assertEquals("read:limit", i.rule());
        assertEquals(1, i.line());
        assertEquals(66, i.column(), "refused just after the 65th bracket: depth 64 is the limit");
    }

    @Test
    void oversizedFileIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength((1L << 30) + 1); // sparse: 1 GiB of zeros, never read
        }
        Issue i = single(V.validate(big));
        assertEquals("read:limit", i.rule());
        assertTrue(i.message(java.util.Locale.ENGLISH).contains("too large"));
    }

    @Test
    void directoryAndMissingFileAreReadIoProblems(@TempDir Path dir) {
        assertEquals("read:io", single(V.validate(dir)).rule());
        assertEquals("read:io", single(V.validate(dir.resolve("missing.json"))).rule());
    }

    @Test
    void documentThatIsNotAnObjectIsASchemaError() {
        ValidationReport r = V.validateText("[1, 2]");
        assertEquals(1, r.issues().size());
        assertEquals("schema:type", r.issues().get(0).rule());
        assertEquals("", r.issues().get(0).pointer());
    }

    @Test
    void readsFromFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.json");
        Files.write(file, CatalogJson.writeBytes(Fixtures.catalog()));
        assertTrue(V.validate(file).valid());
    }
}

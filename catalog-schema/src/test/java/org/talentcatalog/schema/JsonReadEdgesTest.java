package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.ReadLimits;
import org.talentcatalog.model.Severity;

/** JSON text at the edges of reading: limits met exactly, streams that fail, roots of every type, long messages. */
class JsonReadEdgesTest {

    private static final CatalogValidator V = Fixtures.VALIDATOR;

    private static Issue single(ValidationReport r) {
        assertEquals(1, r.issues().size(), () -> r.issues().toString());
        return r.issues().get(0);
    }

    @Test
    void aStreamOfExactlyTheSizeLimitIsReadAndOneByteMoreIsRefused() {
        byte[] json = CatalogJson.writeBytes(Fixtures.catalog());
        ReadLimits exact = ReadLimits.defaults().withMaxDocumentBytes(json.length);
        assertTrue(CatalogValidator.builder().readLimits(exact).build().validate(new ByteArrayInputStream(json)).valid());

        ReadLimits under = ReadLimits.defaults().withMaxDocumentBytes(json.length - 1);
        Issue i = single(CatalogValidator.builder().readLimits(under).build().validate(new ByteArrayInputStream(json)));
        assertEquals("read:limit", i.rule());
        assertTrue(i.message(Locale.ENGLISH).contains("too large"), i.message(Locale.ENGLISH));
    }

    @Test
    void aStreamThatFailsIsAnUnreadableInputWithItsReason() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        ValidationReport r = V.validate(failing);
        Issue i = single(r);
        assertEquals("read:io", i.rule());
        assertEquals(Severity.ERROR, i.severity());
        assertTrue(i.unreadable());
        assertFalse(r.valid());
        assertTrue(i.message(Locale.ENGLISH).contains("disk gone"), i.message(Locale.ENGLISH));
        assertTrue(i.message(Locale.CHINESE).contains("disk gone"), i.message(Locale.CHINESE));
    }

    @Test
    void aRootThatIsNoObjectIsATypeErrorAtItsFirstCharacter() {
        for (String root : List.of("\"目录\"", "42", "true", "null", "[{}]")) {
            Issue i = single(V.validateText("\n  " + root + "\n"));
            assertEquals("schema:type", i.rule(), root);
            assertEquals("", i.pointer(), root);
            assertEquals(2, i.line(), root);
            assertEquals(3, i.column(), root);
        }
    }

    @Test
    void contentAfterARootThatIsNoObjectIsASyntaxError() {
        Issue i = single(V.validateText("[1]\n  [2]"));
        assertEquals("read:syntax", i.rule());
        assertEquals(2, i.line());
        assertEquals(3, i.column());
    }

    @Test
    void positionsThatAreNoArrayAreATypeErrorAtTheirValue() {
        String json = CatalogJson.write(Fixtures.catalog());
        int at = json.indexOf("\"positions\": [");
        String broken = json.substring(0, at) + "\"positions\": {\"0\": {}}\n}";
        Issue i = single(V.validateText(broken));
        assertEquals("schema:type", i.rule());
        assertEquals("/positions", i.pointer());
        int line = (int) broken.substring(0, at).lines().count();
        assertEquals(line, i.line());
        assertEquals(broken.lines().skip(line - 1).findFirst().orElseThrow().indexOf('{') + 1, i.column());
    }

    @Test
    void aLongSyntaxMessageIsCutToItsFirstTwoHundredCharacters() {
        String token = "t".repeat(400);
        Issue i = single(V.validateText("{\"id\": " + token + "}"));
        assertEquals("read:syntax", i.rule());
        String en = i.message(Locale.ENGLISH);
        assertTrue(en.startsWith("not valid JSON: Unrecognized token"), en);
        assertTrue(i.message(Locale.CHINESE).startsWith("不是有效的 JSON: Unrecognized token"), i.message(Locale.CHINESE));
        assertTrue(en.contains("t".repeat(150)) && !en.contains("t".repeat(200)), en);
        assertTrue(en.contains("…"), en);
        assertEquals(1, i.line());
    }

    @Test
    void aDuplicateMemberIsNamedInTheMessage() {
        Issue i = single(V.validateText("{\"title\": {\"zh\": \"a\", \"zh\": \"b\"}}"));
        assertEquals("read:duplicateKey", i.rule());
        assertTrue(i.message(Locale.ENGLISH).startsWith("duplicate member name: ") && i.message(Locale.ENGLISH).contains("'zh'"),
                i.message(Locale.ENGLISH));
        assertTrue(i.message(Locale.CHINESE).startsWith("成员名重复: "), i.message(Locale.CHINESE));
        assertEquals(1, i.line());
    }

    @Test
    void aNumberBeyondTheLengthLimitIsALimitAtItsLine() {
        String json = "{\n  \"id\": \"a\",\n  \"x-n\": " + "9".repeat(200) + "\n}";
        Issue i = single(V.validateText(json));
        assertEquals("read:limit", i.rule());
        assertEquals(3, i.line());
    }
}

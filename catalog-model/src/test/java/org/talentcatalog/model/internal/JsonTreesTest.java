package org.talentcatalog.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.ReadLimits;

/** The tree parser's own messages: what Jackson says, shortened to one line a person can read, at its place. */
class JsonTreesTest {

    private static final JsonTrees TREES = new JsonTrees(ReadLimits.defaults());

    @Test
    void aLongSyntaxMessageIsCutToTwoHundredCharacters() {
        CatalogJsonException e = assertThrows(CatalogJsonException.class, () -> TREES.parse("{\"a\": " + "x".repeat(500) + "}"));
        assertEquals("read:syntax", e.issue().rule());
        String message = e.issue().message(Locale.ENGLISH);
        String what = message.substring("not valid JSON: ".length());
        assertEquals(201, what.length(), message);
        assertTrue(what.endsWith("x…"), message);
        assertEquals(1, e.issue().line());
    }

    @Test
    void aMessageOfSeveralLinesKeepsItsFirst() {
        CatalogJsonException e = assertThrows(CatalogJsonException.class, () -> TREES.parse("{\n\"a\": [1,\n 2,,]}"));
        String message = e.issue().message(Locale.ENGLISH);
        assertTrue(message.startsWith("not valid JSON: Unexpected character (','"), message);
        assertTrue(!message.contains("\n"), message);
        assertEquals(3, e.issue().line());
    }

    @Test
    void trailingContentIsAnErrorAtItsStartInTheLibrarysWords() {
        CatalogJsonException e = assertThrows(CatalogJsonException.class, () -> TREES.parse("[1]\n  [2]"));
        assertEquals("read:syntax", e.issue().rule());
        assertEquals("unexpected content after the JSON value", e.issue().message(Locale.ENGLISH));
        assertEquals("JSON 值之后还有多余内容", e.issue().message(Locale.CHINESE));
        assertEquals("2:3", e.issue().line() + ":" + e.issue().column());
        assertEquals("1:5", location(() -> TREES.parse("{} x")), "a token that is no JSON value");
        assertEquals(java.util.List.of(1), java.util.List.of(TREES.parse("[1]  \n\t").get(0).intValue()), "white space may follow");
    }

    private static String location(org.junit.jupiter.api.function.Executable parse) {
        CatalogJsonException e = assertThrows(CatalogJsonException.class, parse);
        return e.issue().line() + ":" + e.issue().column();
    }

    @Test
    void numbersKeepTheirDigitsAndEveryValueParses() {
        JsonNode n = TREES.parse("{\"d\": 2.50, \"i\": 7, \"b\": true, \"z\": null, \"s\": \"集\"}");
        assertEquals("2.50", n.get("d").decimalValue().toPlainString());
        assertTrue(n.get("i").isIntegralNumber());
        assertTrue(n.get("b").booleanValue());
        assertTrue(n.get("z").isNull());
        assertEquals("集", n.get("s").textValue());
    }

    @Test
    void aLoneSurrogateIsLocatedInAnArrayAndTheFirstOneIsNamed() {
        CatalogJsonException e = assertThrows(CatalogJsonException.class,
                () -> TREES.parse("{\"a\": [\"ok\",\n  \"\\udc01\"], \"b\": \"\\ud800\"}"));
        assertEquals(LoneSurrogates.RULE, e.issue().rule());
        assertEquals("/a/1", e.issue().pointer());
        assertEquals("2:3", e.issue().line() + ":" + e.issue().column());
        assertTrue(e.issue().message(Locale.ENGLISH).contains("\\uDC01"), e.issue().message(Locale.ENGLISH));
        CatalogJsonException name = assertThrows(CatalogJsonException.class, () -> TREES.parse("{\"ok\": 1, \"x/\\ud800\": 2}"));
        assertEquals("/x~1\ud800", name.issue().pointer());
        assertTrue(name.issue().message(Locale.ENGLISH).contains("\\uD800"), name.issue().message(Locale.ENGLISH));
    }
}

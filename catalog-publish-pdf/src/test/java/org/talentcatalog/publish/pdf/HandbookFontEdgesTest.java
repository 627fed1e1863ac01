package org.talentcatalog.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.io.FileReadException;
import org.talentcatalog.publish.Release;
import org.talentcatalog.render.RenderContext;

/** The edges of choosing the handbook's fonts and of telling which characters they lack. */
class HandbookFontEdgesTest {

    @TempDir
    Path tmp;

    @Test
    void coversAnswersForAnyCodePointWithoutFailing() throws IOException {
        HandbookFont fonts = Fonts.debian();
        assertTrue(fonts.covers(' '), "the lookup starts at the space");
        assertFalse(fonts.covers(0x1F), "control characters have no glyph to look up");
        assertFalse(fonts.covers(-1));
        assertFalse(fonts.covers(Character.MAX_CODE_POINT));
        assertFalse(fonts.covers(0x40000), "beyond the supplementary ideographs");
    }

    @Test
    void aBlankVariableAndEmptyEntriesAreIgnored() throws IOException {
        Fonts.debian();
        assertEquals(HandbookFont.DEFAULTS, HandbookFont.find(Map.of(HandbookFont.ENVIRONMENT, "  "), HandbookFont.DEFAULTS).files(),
                "a blank variable names nothing");
        String named = " " + HandbookFont.DROID + " " + File.pathSeparator + File.pathSeparator + HandbookFont.DEJAVU + File.pathSeparator;
        assertEquals(List.of(HandbookFont.DROID, HandbookFont.DEJAVU),
                HandbookFont.find(Map.of(HandbookFont.ENVIRONMENT, named), List.of()).files());
    }

    @Test
    void installedDefaultsAreUsedAndMissingOnesSkipped() throws IOException {
        Fonts.debian();
        List<Path> places = List.of(tmp.resolve("absent.ttf"), HandbookFont.DROID, tmp.resolve("gone.ttf"), HandbookFont.DEJAVU);
        assertEquals(List.of(HandbookFont.DROID, HandbookFont.DEJAVU), HandbookFont.find(Map.of(), places).files());
    }

    @Test
    void noPlaceToLookIsAnErrorAboutDebiansChineseFont() {
        FileReadException e = assertThrows(FileReadException.class, () -> HandbookFont.find(Map.of(), List.of()));
        assertEquals(HandbookFont.DROID, e.file());
        assertTrue(e.getMessage().startsWith(HandbookFont.DROID + ": 找不到 PDF 手册的字体"), e.getMessage());
        assertTrue(e.message(Locale.ENGLISH).startsWith(HandbookFont.DROID + ": no font for the PDF handbook"),
                e.message(Locale.ENGLISH));
        assertThrows(IllegalArgumentException.class, () -> HandbookFont.of(List.of()));
    }

    @Test
    void fontsWithoutChineseNameTheLastFileGiven() throws IOException {
        Fonts.debian();
        Path sans = HandbookFont.DEJAVU;
        Path bold = sans.resolveSibling("DejaVuSans-Bold.ttf");
        FileReadException e = assertThrows(FileReadException.class, () -> HandbookFont.of(List.of(sans, bold)));
        assertEquals(bold, e.file());
        assertTrue(e.message(Locale.ENGLISH).startsWith(bold + ": the font has no Chinese glyphs"), e.message(Locale.ENGLISH));
    }

    @Test
    void theMissingCharactersAreCountedAndTheFirstTwelveListedInOrder() throws IOException {
        Fonts.debian();
        HandbookFont droidAlone = HandbookFont.of(HandbookFont.DROID);
        Release release = Release.of(CatalogJson.read(PdfHandbookTest.CATALOGS.resolve("lingang-2024.json")));
        String xhtml = PdfHandbooks.xhtml(release, RenderContext.defaults(), 1);
        List<Integer> missing = xhtml.codePoints().filter(cp -> cp >= 0x20 && !Character.isWhitespace(cp) && !droidAlone.covers(cp))
                .distinct().sorted().boxed().toList();
        assertTrue(missing.size() > 12, "enough to cut the list: " + missing);
        FileReadException e = assertThrows(FileReadException.class,
                () -> PdfHandbooks.write(release, RenderContext.defaults(), droidAlone, tmp.resolve("print")));
        String en = e.message(Locale.ENGLISH);
        assertTrue(en.contains("the font lacks " + missing.size() + " characters of the handbook: "), en);
        Matcher listed = Pattern.compile("\\(U\\+([0-9A-F]{4,})\\)").matcher(en);
        List<Integer> codes = listed.results().map(m -> Integer.parseInt(m.group(1), 16)).toList();
        assertEquals(missing.subList(0, 12), codes);
        assertTrue(e.getMessage().contains("字体缺少手册用到的 " + missing.size() + " 个字符"), e.getMessage());
    }

    @Test
    void theDocumentNamesOneFamilyPerFontInOrder() {
        Release release = Release.of(CatalogJson.read(PdfHandbookTest.CATALOGS.resolve("lingang-2024.json")));
        String three = PdfHandbooks.xhtml(release, RenderContext.defaults(), 3);
        assertTrue(three.contains("handbook-0, handbook-1, handbook-2"), "the families, in the fonts' order");
        assertFalse(three.contains("handbook-3"));
    }
}

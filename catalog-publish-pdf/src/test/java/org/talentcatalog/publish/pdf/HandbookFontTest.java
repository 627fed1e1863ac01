package org.talentcatalog.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.io.FileReadException;
import org.talentcatalog.publish.Release;
import org.talentcatalog.render.RenderContext;

/** Finding the handbook's fonts, and each way a font cannot be used, told with the file it is about. */
class HandbookFontTest {

    @TempDir
    Path tmp;

    @Test
    void aMissingFontIsAnErrorNamingTheFile() {
        Path missing = tmp.resolve("no-such-font.ttf");
        FileReadException e = assertThrows(FileReadException.class, () -> HandbookFont.of(missing));
        assertEquals(missing, e.file());
        assertTrue(e.getMessage().startsWith(missing + ": ") && e.getMessage().contains("不存在"), e.getMessage());
        assertTrue(e.message(Locale.ENGLISH).contains("does not exist"), e.message(Locale.ENGLISH));
    }

    @Test
    void aFileThatIsNoTrueTypeFontIsAnError() throws IOException {
        Path text = Files.writeString(tmp.resolve("font.ttf"), "not a font");
        FileReadException e = assertThrows(FileReadException.class, () -> HandbookFont.of(text));
        assertEquals(text, e.file());
        assertTrue(e.message(Locale.ENGLISH).contains("not a usable TrueType font"), e.message(Locale.ENGLISH));
    }

    @Test
    void fontsWithoutChineseGlyphsAreAnError() {
        assumeTrue(Files.isRegularFile(HandbookFont.DEJAVU), "fonts-dejavu-core is not installed");
        FileReadException e = assertThrows(FileReadException.class, () -> HandbookFont.of(HandbookFont.DEJAVU));
        assertTrue(e.getMessage().contains("没有中文字形") && e.getMessage().contains("--font"), e.getMessage());
    }

    @Test
    void noFontNamedAndNoneInstalledSaysWhereItLookedAndWhatToInstall() {
        List<Path> nowhere = List.of(tmp.resolve("a.ttf"), tmp.resolve("b.ttf"));
        FileReadException e = assertThrows(FileReadException.class, () -> HandbookFont.find(Map.of(), nowhere));
        String en = e.message(Locale.ENGLISH);
        assertTrue(en.contains(tmp.resolve("a.ttf").toString()) && en.contains(tmp.resolve("b.ttf").toString()), en);
        assertTrue(en.contains("--font") && en.contains(HandbookFont.ENVIRONMENT) && en.contains("fonts-droid-fallback"), en);
    }

    @Test
    void theEnvironmentVariableComesBeforeTheDefaultsAndIsNotReplacedByThem() throws IOException {
        HandbookFont defaults = Fonts.debian();
        Path missing = tmp.resolve("named.ttf");
        FileReadException e = assertThrows(FileReadException.class,
                () -> HandbookFont.find(Map.of(HandbookFont.ENVIRONMENT, missing.toString()), HandbookFont.DEFAULTS));
        assertEquals(missing, e.file());
        HandbookFont named = HandbookFont.find(Map.of(HandbookFont.ENVIRONMENT,
                HandbookFont.DROID + java.io.File.pathSeparator + HandbookFont.DEJAVU), HandbookFont.DEFAULTS);
        assertEquals(List.of(HandbookFont.DROID, HandbookFont.DEJAVU), named.files());
        assertEquals(HandbookFont.DEFAULTS, HandbookFont.find(Map.of(), HandbookFont.DEFAULTS).files());
        // U+0378 is unassigned: no font maps it.
        assertTrue(defaults.covers('目') && defaults.covers('A') && !defaults.covers(0x0378));
    }

    @Test
    void aCharacterNoFontHasIsAnErrorAndNothingIsWritten() throws IOException {
        assumeTrue(Files.isRegularFile(HandbookFont.DROID), "fonts-droid-fallback is not installed");
        HandbookFont droidAlone = HandbookFont.of(HandbookFont.DROID); // Chinese, but no Latin punctuation
        Release release = Release.of(CatalogJson.read(PdfHandbookTest.CATALOGS.resolve("lingang-2024.json")));
        Path out = tmp.resolve("print");
        FileReadException e = assertThrows(FileReadException.class,
                () -> PdfHandbooks.write(release, RenderContext.defaults(), droidAlone, out));
        assertEquals(HandbookFont.DROID, e.file());
        assertTrue(e.getMessage().contains("(U+0021)") || e.getMessage().contains("(U+0028)"), e.getMessage());
        assertFalse(Files.exists(out));
    }
}

package org.talentcatalog.publish.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.io.FileReadException;

/**
 * The TrueType fonts a PDF handbook is set in, in order: each character in the first font that has
 * it, each font embedded as a subset (only the glyphs the handbook uses). Together they must have
 * Chinese glyphs. Found, in this order:
 *
 * <ol>
 *   <li>the files given ({@code --font FILE}, repeatable; {@link #of(List)});</li>
 *   <li>the files named by the environment variable {@value #ENVIRONMENT}, separated as paths are
 *       ({@code :} on Linux);</li>
 *   <li>those of {@link #DEFAULTS} that are installed: Droid Sans Fallback (Debian's
 *       {@code fonts-droid-fallback}, Apache License 2.0) for Chinese, then DejaVu Sans (Debian's
 *       {@code fonts-dejavu-core}, free licence) for Latin letters, digits and punctuation, which the
 *       first lacks.</li>
 * </ol>
 *
 * <p>Order the fonts with the one that has most of the text first: the layout engine tries the fonts
 * in order for each character, and a miss costs time (Chinese first halves the time of a Chinese
 * handbook).
 *
 * <p>A file given or named that is missing, unreadable or not a TrueType font is an error naming it;
 * the later places are not tried instead. Immutable.
 */
public final class HandbookFont {

    /** The environment variable naming the font files when none is given. */
    public static final String ENVIRONMENT = "CATALOG_PDF_FONT";

    /** Debian's Droid Sans Fallback: Chinese glyphs. */
    public static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    /** Debian's DejaVu Sans: Latin letters, digits and punctuation. */
    public static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    /** The fonts used when none is given or named, those installed, in this order. */
    public static final List<Path> DEFAULTS = List.of(DROID, DEJAVU);

    /** The highest code point whose glyph is looked up: the BMP and the supplementary ideographs. */
    private static final int LAST = 0x3FFFF;

    private final List<Path> files;
    private final BitSet glyphs;

    private HandbookFont(List<Path> files, BitSet glyphs) {
        this.files = List.copyOf(files);
        this.glyphs = glyphs;
    }

    /** The font in {@code file} alone. */
    public static HandbookFont of(Path file) throws FileReadException {
        return of(List.of(file));
    }

    /**
     * The fonts in {@code files}, in order.
     *
     * @throws FileReadException when a file is missing or unreadable or is no TrueType font, or when
     *     none has Chinese glyphs; the message names the file and says what to do
     */
    public static HandbookFont of(List<Path> files) throws FileReadException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no font file");
        }
        BitSet glyphs = new BitSet(LAST + 1);
        for (Path file : files) {
            glyphs.or(glyphs(file));
        }
        if (!glyphs.get('目') || !glyphs.get('录')) {
            throw error(files.get(files.size() - 1), "字体没有中文字形；用 --font 指定一个含中文字形的 TrueType 字体",
                    "the font has no Chinese glyphs: give a TrueType font with Chinese glyphs with --font", null);
        }
        return new HandbookFont(files, glyphs);
    }

    private static BitSet glyphs(Path file) throws FileReadException {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw error(file, "字体文件不存在或无法读取", "the font file does not exist or cannot be read", null);
        }
        BitSet glyphs = new BitSet(LAST + 1);
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file))) {
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap == null) {
                throw error(file, "字体没有 Unicode 字符映射表", "the font has no Unicode character map", null);
            }
            for (int cp = 0x20; cp <= LAST; cp++) {
                if (cmap.getGlyphId(cp) != 0) {
                    glyphs.set(cp);
                }
            }
        } catch (FileReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw error(file, "不是可用的 TrueType 字体（.ttf；不支持 .ttc 字体集和 CFF 轮廓的 .otf）：" + e.getMessage(),
                    "not a usable TrueType font (.ttf; .ttc collections and CFF-outline .otf are not supported): " + e.getMessage(), e);
        }
        return glyphs;
    }

    /**
     * The fonts named by {@value #ENVIRONMENT}, or else those of {@link #DEFAULTS} that are installed.
     *
     * @throws FileReadException when a font named cannot be used, or none is named and Debian's
     *     Chinese font is not installed
     */
    public static HandbookFont find() throws FileReadException {
        return find(System.getenv(), DEFAULTS);
    }

    /** {@link #find()} with the given environment and default places, in order. */
    static HandbookFont find(Map<String, String> environment, List<Path> defaults) throws FileReadException {
        String named = environment.get(ENVIRONMENT);
        if (named != null && !named.isBlank()) {
            List<Path> files = Arrays.stream(named.split(Pattern.quote(File.pathSeparator)))
                    .map(String::strip).filter(x -> !x.isEmpty()).map(Path::of).toList();
            return of(files);
        }
        List<Path> installed = defaults.stream().filter(Files::isRegularFile).toList();
        if (!installed.isEmpty()) {
            return of(installed);
        }
        Path last = defaults.isEmpty() ? DROID : defaults.get(defaults.size() - 1);
        String tried = defaults.stream().map(Path::toString).collect(Collectors.joining(", "));
        throw error(last, "找不到 PDF 手册的字体（已查找 " + tried + "）；用 --font 指定含中文字形的 TrueType 字体，"
                + "或设置环境变量 " + ENVIRONMENT + "，或安装 Debian 软件包 fonts-dejavu-core 和 fonts-droid-fallback",
                "no font for the PDF handbook (looked for " + tried + "): give TrueType fonts with Chinese glyphs with --font, "
                + "set " + ENVIRONMENT + ", or install Debian's fonts-dejavu-core and fonts-droid-fallback packages", null);
    }

    /** The font files, in the order characters are looked up in them. */
    public List<Path> files() {
        return files;
    }

    /** Whether one of the fonts has a glyph for the code point {@code cp}. */
    public boolean covers(int cp) {
        return cp >= 0 && cp <= LAST && glyphs.get(cp);
    }

    static FileReadException error(Path file, String zh, String en, @Nullable Throwable cause) {
        return new FileReadException(file, LocalizedText.of(file + ": " + zh, file + ": " + en), cause);
    }
}

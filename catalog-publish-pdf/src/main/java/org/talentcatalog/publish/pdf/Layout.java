package org.talentcatalog.publish.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.talentcatalog.publish.internal.PrintHandbook;

/** Lays out the print document into a PDF file with openhtmltopdf, the font embedded as a subset. */
final class Layout {

    static {
        // The engine reports each page and font on java.util.logging; the tools report for themselves.
        XRLog.setLoggingEnabled(false);
    }

    private Layout() {
    }

    /** The CSS font families of {@code n} fonts, in order: {@code handbook-0, handbook-1, …}. */
    static String families(int n) {
        return IntStream.range(0, n).mapToObj(i -> PrintHandbook.FONT_FAMILY + "-" + i).collect(Collectors.joining(", "));
    }

    /** Writes the PDF of {@code xhtml}, set in the TrueType {@code fonts}, to {@code file}. */
    static void pdf(String xhtml, List<Path> fonts, Path file) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            // One file for both weights: bold is drawn in the same glyphs rather than in a font that lacks them.
            for (int i = 0; i < fonts.size(); i++) {
                b.useFont(fonts.get(i).toFile(), PrintHandbook.FONT_FAMILY + "-" + i, 400, FontStyle.NORMAL, true);
                b.useFont(fonts.get(i).toFile(), PrintHandbook.FONT_FAMILY + "-" + i, 700, FontStyle.NORMAL, true);
            }
            b.withHtmlContent(xhtml, null);
            b.toStream(os);
            b.run();
        }
    }
}

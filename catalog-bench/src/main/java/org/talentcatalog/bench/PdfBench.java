package org.talentcatalog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.talentcatalog.model.io.FileException;
import org.talentcatalog.model.io.FileWriteException;
import org.talentcatalog.publish.HandbookFormat;
import org.talentcatalog.publish.Handbooks;
import org.talentcatalog.publish.Release;
import org.talentcatalog.publish.pdf.HandbookFont;
import org.talentcatalog.publish.pdf.PdfHandbooks;
import org.talentcatalog.render.RenderContext;

/**
 * The PDF handbook of a generated catalog (issue 16: 300 positions in under 15 s): laid out, set in
 * Debian's Droid Sans Fallback and DejaVu Sans (subset and embedded) and written into a folder,
 * against the HTML handbook of the same catalog (context). Its own parameter name, so the JMH run of
 * the other benchmarks' sizes leaves it at 300.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PdfBench {

    @Param("300")
    int printed;

    Release release;
    HandbookFont font;
    Path dir;

    @Setup
    public void setUp() throws IOException {
        release = Release.of(CatalogGenerator.catalog(printed, 16));
        font = HandbookFont.find();
        dir = Files.createTempDirectory("pdf-bench");
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The PDF handbook, written whole. */
    @Benchmark
    public Path pdf() throws FileException {
        Path out = dir.resolve("print");
        PdfHandbooks.write(release, RenderContext.defaults(), font, out);
        return out;
    }

    /** The HTML handbook of the same catalog. */
    @Benchmark
    public Path html() throws FileWriteException {
        Path out = dir.resolve("site");
        Handbooks.write(release, HandbookFormat.HTML, RenderContext.defaults(), out);
        return out;
    }
}

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
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.io.FileWriteException;
import org.talentcatalog.publish.HandbookFormat;
import org.talentcatalog.publish.Handbooks;
import org.talentcatalog.publish.Release;
import org.talentcatalog.render.RenderContext;

/**
 * The HTML handbook of a generated catalog (issue 16: 10,000 positions in under 5 s warm): every
 * page, chart and card written into a folder and renamed into place, replacing the one written the
 * time before, against writing the same catalog as JSON to a file (context).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PublishBench {

    @Param("10000")
    int positions;

    Release release;
    Catalog catalog;
    Path dir;

    @Setup
    public void setUp() throws IOException {
        catalog = CatalogGenerator.catalog(positions, 16);
        release = Release.of(catalog);
        dir = Files.createTempDirectory("publish-bench");
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The HTML handbook, written whole. */
    @Benchmark
    public Path html() throws FileWriteException {
        Path out = dir.resolve("site");
        Handbooks.write(release, HandbookFormat.HTML, RenderContext.defaults(), out);
        return out;
    }

    /** The catalog as JSON, written to a file. */
    @Benchmark
    public Path json() throws IOException {
        Path out = dir.resolve("catalog.json");
        Files.write(out, CatalogJson.writeBytes(catalog));
        return out;
    }
}

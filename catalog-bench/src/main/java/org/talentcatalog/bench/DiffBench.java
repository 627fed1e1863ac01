package org.talentcatalog.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;

/**
 * Diffing two editions against parsing both of them. {@code diff} compares the generated editions,
 * which share the instances of their unchanged positions; {@code diffRead} compares the same two
 * editions each read from its own JSON, as a diff of two files does, so no instance is shared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DiffBench {

    @Param("100000")
    int positions;

    byte[] olderJson;
    byte[] newerJson;
    Catalog older;
    Catalog newer;

    @Setup
    public void setUp() {
        EditionPairs.Pair pair = EditionPairs.pair(positions, 0.1, 7);
        older = pair.older();
        newer = pair.newer();
        olderJson = CatalogJson.writeBytes(older);
        newerJson = CatalogJson.writeBytes(newer);
    }

    /** Reading both editions from their JSON. */
    @Benchmark
    public void parseBoth(Blackhole bh) {
        bh.consume(CatalogJson.read(olderJson));
        bh.consume(CatalogJson.read(newerJson));
    }

    /** The structured diff of the two (already read) editions. */
    @Benchmark
    public CatalogDiff diff() {
        return CatalogDiff.between(older, newer);
    }

    /** The structured diff of the two editions, each read from its JSON (no instance in common). */
    @Benchmark
    public CatalogDiff diffRead(ReadEditions editions) {
        return CatalogDiff.between(editions.older, editions.newer);
    }

    /** The editions of {@link DiffBench}, each read from its own JSON; only {@code diffRead} holds them. */
    @State(Scope.Benchmark)
    public static class ReadEditions {

        @Param("100000")
        int positions;

        Catalog older;
        Catalog newer;

        @Setup
        public void setUp() {
            EditionPairs.Pair pair = EditionPairs.pair(positions, 0.1, 7);
            older = CatalogJson.read(CatalogJson.writeBytes(pair.older()));
            newer = CatalogJson.read(CatalogJson.writeBytes(pair.newer()));
        }
    }
}

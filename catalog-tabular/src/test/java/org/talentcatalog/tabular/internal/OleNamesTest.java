package org.talentcatalog.tabular.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stream names of OLE2 compound files of both sector sizes, with directories of several sectors
 * (in any order on disk) and damaged ones: a cyclic or broken chain, a truncated file, an unknown
 * sector size, names at the longest a directory entry holds.
 */
class OleNamesTest {

    private static final int END = -2;

    @TempDir
    Path dir;

    /**
     * A compound file with sectors of {@code 1 << shift} bytes: sector {@code fatAt} is the FAT, the directory
     * sectors are {@code chain} in that order (each entry of the FAT pointing to the next), holding
     * {@code names} four (512) or thirty-two (4096) to a sector.
     */
    private Path file(int shift, int[] chain, List<String> names) throws IOException {
        return file(shift, 0, chain, names);
    }

    private Path file(int shift, int fatAt, int[] chain, List<String> names) throws IOException {
        int size = 1 << shift;
        int sectors = Math.max(fatAt, Arrays.stream(chain).max().orElse(0)) + 1;
        ByteBuffer b = ByteBuffer.allocate(size * (sectors + 1)).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        b.putShort(0x1E, (short) shift).putInt(0x30, chain.length == 0 ? END : chain[0]).putInt(0x4C, fatAt);
        for (int i = 1; i < 109; i++) {
            b.putInt(0x4C + 4 * i, -1);
        }
        int fat = size * (fatAt + 1);
        for (int k = 0; k < chain.length; k++) {
            if (chain[k] < size / 4) { // entries of the one FAT sector
                b.putInt(fat + 4 * chain[k], k + 1 < chain.length ? chain[k + 1] : END);
            }
        }
        int perSector = size / 128;
        for (int i = 0; i < names.size(); i++) {
            int at = size * (chain[i / perSector] + 1) + 128 * (i % perSector);
            byte[] name = names.get(i).getBytes(StandardCharsets.UTF_16LE);
            b.put(at, name, 0, Math.min(name.length, 64));
            b.putShort(at + 0x40, (short) (name.length + 2));
        }
        Path file = dir.resolve("f" + shift + Arrays.toString(chain).hashCode() + ".xls");
        Files.write(file, b.array());
        return file;
    }

    private static List<String> names(int n) {
        List<String> out = new ArrayList<>();
        out.add("Root Entry");
        for (int i = 1; i < n; i++) {
            out.add("S" + i);
        }
        return out;
    }

    @Test
    void followsADirectoryOfSeveralSectorsInTheOrderOfItsChain() throws IOException {
        List<String> names = names(11);
        names.set(10, "WordDocument");
        assertEquals(Set.copyOf(names), OleNames.of(file(9, new int[] {3, 1, 2}, names)));
        assertEquals(names, List.copyOf(OleNames.of(file(9, new int[] {3, 1, 2}, names))), "in directory order");
    }

    @Test
    void readsFilesOf4096ByteSectors() throws IOException {
        List<String> names = names(40);
        names.set(39, "Workbook");
        assertEquals(names, List.copyOf(OleNames.of(file(12, new int[] {2, 1}, names))));
    }

    @Test
    void aChainBeyondTheFirstFatSectorsEntriesIsFollowedThroughTheFat() throws IOException {
        // sector 130's successor would be in a second FAT sector, which the header does not name: the walk ends there
        List<String> names = names(8);
        Path file = file(9, new int[] {1, 130}, names);
        assertEquals(names, List.copyOf(OleNames.of(file)));
    }

    @Test
    void aDirectoryMayStartAtSectorZero() throws IOException {
        List<String> names = names(6);
        assertEquals(names, List.copyOf(OleNames.of(file(9, 2, new int[] {0, 1}, names))));
    }

    @Test
    void aCyclicChainEndsTheWalkWithTheNamesFound() throws IOException {
        List<String> names = names(8);
        Path file = file(9, new int[] {1, 2}, names);
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(512 + 4 * 2, 1); // sector 2 leads back to 1
        Files.write(file, bytes);
        assertEquals(names, List.copyOf(OleNames.of(file)));
    }

    @Test
    void aTruncatedFileOrAnUnknownSectorSizeHasNoNames() throws IOException {
        List<String> names = names(4);
        Path file = file(9, new int[] {1}, names);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, 511));
        assertEquals(Set.of(), OleNames.of(file), "no whole header");
        Files.write(file, Arrays.copyOf(bytes, 1023));
        assertEquals(Set.of(), OleNames.of(file), "no whole directory sector");
        Files.write(file, Arrays.copyOf(bytes, 1024));
        assertEquals(Set.of(), OleNames.of(file), "the directory sector is beyond the end");
        Files.write(file, bytes);
        assertEquals(names, List.copyOf(OleNames.of(file)), "the whole file");
        assertEquals(Set.of(), OleNames.of(file(10, new int[] {1}, names)), "a well-formed file of 1024-byte sectors, which no version has");
        for (int shift : new int[] {8, 10, 11, 13}) {
            byte[] other = bytes.clone();
            ByteBuffer.wrap(other).order(ByteOrder.LITTLE_ENDIAN).putShort(0x1E, (short) shift);
            Files.write(file, other);
            assertEquals(Set.of(), OleNames.of(file), "sector shift " + shift);
        }
    }

    @Test
    void namesOfUpTo31CharactersAreReadLongerLengthsAreNoName() throws IOException {
        String longest = "N".repeat(31);
        List<String> names = List.of("Root Entry", longest, "N".repeat(32));
        assertEquals(List.of("Root Entry", longest), List.copyOf(OleNames.of(file(9, new int[] {1}, names))));
        List<String> one = List.of("R", "AB");
        assertEquals(List.of("R", "AB"), List.copyOf(OleNames.of(file(9, new int[] {1}, one))));
    }
}

package org.talentcatalog.tabular.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The stream names in the directory of an OLE2 compound file (the container of Excel 97-2003, Word
 * 97-2003 and encrypted Office files), read by following the directory's sector chain through the
 * first 109 FAT sectors named in the header. Bounded: at most {@link #MAX_SECTORS} directory sectors;
 * a damaged or cyclic chain ends the walk with what was found.
 */
final class OleNames {

    /** The most directory sectors read. */
    static final int MAX_SECTORS = 64;
    private static final int HEADER = 512;
    private static final int ENTRY = 128;

    private OleNames() {
    }

    /** The names found (possibly none, for a damaged file), in directory order. */
    static Set<String> of(Path file) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = read(ch, 0, HEADER);
            if (header == null) {
                return names;
            }
            int shift = header.getShort(0x1E) & 0xFFFF;
            if (shift != 9 && shift != 12) {
                return names;
            }
            int size = 1 << shift;
            int sid = header.getInt(0x30);
            Set<Integer> seen = new java.util.HashSet<>();
            while (sid >= 0 && seen.size() < MAX_SECTORS && seen.add(sid)) {
                ByteBuffer sector = read(ch, ((long) sid + 1) << shift, size);
                if (sector == null) {
                    break;
                }
                for (int at = 0; at + ENTRY <= size; at += ENTRY) {
                    int length = sector.getShort(at + 0x40) & 0xFFFF;
                    if (length >= 2 && length <= 64) {
                        byte[] name = new byte[length - 2];
                        sector.get(at, name);
                        names.add(new String(name, StandardCharsets.UTF_16LE));
                    }
                }
                sid = next(ch, header, shift, sid);
            }
        }
        return names;
    }

    /** The sector after {@code sid} in its chain, from the FAT; negative at the end or when unknown. */
    private static int next(FileChannel ch, ByteBuffer header, int shift, int sid) throws IOException {
        int perSector = (1 << shift) / 4;
        int fatIndex = sid / perSector;
        if (fatIndex >= 109) {
            return -1;
        }
        int fatSector = header.getInt(0x4C + 4 * fatIndex);
        if (fatSector < 0) {
            return -1;
        }
        ByteBuffer entry = read(ch, (((long) fatSector + 1) << shift) + 4L * (sid % perSector), 4);
        return entry == null ? -1 : entry.getInt(0);
    }

    private static ByteBuffer read(FileChannel ch, long position, int length) throws IOException {
        if (position < 0 || position + length > ch.size()) {
            return null;
        }
        ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buf.hasRemaining()) {
            if (ch.read(buf, position + buf.position()) < 0) {
                return null;
            }
        }
        return buf.flip();
    }
}

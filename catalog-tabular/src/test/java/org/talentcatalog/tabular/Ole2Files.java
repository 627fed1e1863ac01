package org.talentcatalog.tabular;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Builds minimal OLE2 compound files (version 3, 512-byte sectors) whose directory holds the given
 * stream names, the root entry first: the container of Excel 97-2003, Word 97-2003 and encrypted
 * Office files. Streams are empty; the directory spans as many sectors as the names need, chained
 * through the FAT.
 */
final class Ole2Files {

    private static final int SECTOR = 512;
    private static final int FREE = -1;
    private static final int END_OF_CHAIN = -2;
    private static final int FAT_SECTOR = -3;

    private Ole2Files() {
    }

    static byte[] withStreams(String... names) {
        int entries = names.length + 1;
        int dirSectors = (entries + 3) / 4;
        ByteBuffer file = ByteBuffer.allocate(SECTOR * (2 + dirSectors)).order(ByteOrder.LITTLE_ENDIAN);
        file.put(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        file.putShort(0x18, (short) 0x3E).putShort(0x1A, (short) 3).putShort(0x1C, (short) 0xFFFE)
                .putShort(0x1E, (short) 9).putShort(0x20, (short) 6)
                .putInt(0x2C, 1).putInt(0x30, 1).putInt(0x38, 0x1000)
                .putInt(0x3C, END_OF_CHAIN).putInt(0x44, END_OF_CHAIN).putInt(0x4C, 0);
        for (int i = 1; i < 109; i++) {
            file.putInt(0x4C + 4 * i, FREE);
        }
        int fat = SECTOR; // sector 0
        for (int i = 0; i < SECTOR / 4; i++) {
            file.putInt(fat + 4 * i, FREE);
        }
        file.putInt(fat, FAT_SECTOR);
        for (int s = 1; s <= dirSectors; s++) {
            file.putInt(fat + 4 * s, s == dirSectors ? END_OF_CHAIN : s + 1);
        }
        for (int i = 0; i < entries; i++) {
            int at = 2 * SECTOR + 128 * i; // sector 1 onwards
            byte[] name = (i == 0 ? "Root Entry" : names[i - 1]).getBytes(StandardCharsets.UTF_16LE);
            file.put(at, name);
            file.putShort(at + 0x40, (short) (name.length + 2));
            file.put(at + 0x42, (byte) (i == 0 ? 5 : 2));
            file.putInt(at + 0x44, FREE).putInt(at + 0x48, FREE).putInt(at + 0x4C, i == 0 && entries > 1 ? 1 : FREE);
            file.putInt(at + 0x74, END_OF_CHAIN);
        }
        return file.array();
    }
}

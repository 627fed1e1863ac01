package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.io.FileReadException;

/** The rows of a workbook's first sheet, streamed as text, each with its sheet and row for cell references. */
class SheetRowsTest {

    @TempDir
    Path dir;

    private record Row(String sheet, int row, List<String> cells) {
    }

    private static List<Row> rows(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        String sheet = SheetRows.read(file, TableLimits.defaults(), (s, r, cells) -> rows.add(new Row(s, r, List.copyOf(cells))));
        assertTrue(rows.stream().allMatch(r -> r.sheet().equals(sheet)));
        return rows;
    }

    @Test
    void everyRowOfTheFirstSheetInOrderWithItsNumber() throws IOException {
        Path file = dir.resolve("titles.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            PlainTables.writeXlsx(out, "职位", List.of("职位名称", "人数"), List.of(
                    Arrays.asList("芯片设计工程师", 12), Arrays.asList(null, 3.5), Arrays.asList("=不是公式", null)));
        }
        List<Row> rows = rows(file);
        assertEquals(List.of(new Row("职位", 1, List.of("职位名称", "人数")), new Row("职位", 2, List.of("芯片设计工程师", "12")),
                new Row("职位", 3, List.of("", "3.5")), new Row("职位", 4, List.of("=不是公式"))), rows);
        assertEquals("职位!B3", SheetRows.cell("职位", 1, 3));
    }

    @Test
    void aFileThatIsNoWorkbookOrNoFileIsRefusedByName() throws IOException {
        Path csv = Files.writeString(dir.resolve("titles.xlsx"), "职位名称,人数\n芯片设计工程师,12\n");
        TabularException e = assertThrows(TabularException.class, () -> rows(csv));
        assertTrue(e.issue().unreadable());
        FileReadException folder = assertThrows(FileReadException.class, () -> rows(dir));
        assertEquals(dir + ": is a directory", folder.text().in(Locale.ENGLISH));
    }
}

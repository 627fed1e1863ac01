package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100,000-row sheet streams through the reader: the workbook is never held whole, and what is kept
 * is the catalog tree plus one row number per position (about 3 KB per position, measured).
 */
class LargeSheetTest {

    @Test
    void readsA100000RowSheet(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("岗位");
            String[] header = {"序号", "岗位编号", "岗位名称", "产业类别", "岗位类别", "学历要求", "工作经验", "紧缺程度", "参考薪酬"};
            for (int c = 0; c < header.length; c++) {
                ws.inlineString(0, c, header[c]);
            }
            for (int r = 1; r <= 100_000; r++) {
                ws.value(r, 0, r);
                ws.inlineString(r, 1, "P-" + r);
                ws.inlineString(r, 2, "集成电路设计工程师" + r);
                ws.inlineString(r, 3, "集成电路");
                ws.inlineString(r, 4, "应用技术类");
                ws.inlineString(r, 5, "硕士及以上");
                ws.inlineString(r, 6, "3年以上");
                ws.inlineString(r, 7, "★★");
                ws.inlineString(r, 8, "30-50万/年");
                if (r % 1000 == 0) {
                    ws.flush();
                }
            }
            wb.finish();
        }
        CatalogDocument doc = CatalogTables.standard().read(file);
        assertEquals("岗位!C100001", doc.locate("/positions/99999/name/zh"));
        assertTrue(doc.problems().stream().allMatch(p -> p.rule().equals("read:missingCatalogInfo")), doc.problems()::toString);
        assertEquals(100_000, doc.tree().path("positions").size());
    }
}

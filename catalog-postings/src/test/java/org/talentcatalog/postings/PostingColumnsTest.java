package org.talentcatalog.postings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows of cells held outside a file turned into postings with the file reader's checks. */
class PostingColumnsTest {

    private static final List<String> HEADER = List.of("职位名称", "公司", "区域", "薪资下限", "薪资上限", "薪资周期", "发布日期", "下线日期");

    @TempDir
    Path dir;

    @Test
    void cellsGiveThePostingTheFileReaderGives() throws Exception {
        List<String> row = List.of("集成电路设计工程师", "甲公司", "浦东新区", "2万", "3万", "月薪", "2024年1月2日", "2024/02/01");
        Path file = dir.resolve("p.csv");
        Files.writeString(file, String.join(",", HEADER) + "\n" + String.join(",", row) + "\n");
        List<Posting> read = new ArrayList<>();
        org.talentcatalog.postings.internal.PostingsReader.read(file, read::add);
        Posting p = PostingColumns.of(HEADER, "rows").read(List.copyOf(row), i -> "rows [" + i + "]");
        assertEquals(read, List.of(p));
        assertEquals(25000.0, p.monthlySalary());
        assertEquals(LocalDate.of(2024, 2, 1), p.closedOn());
    }

    @Test
    void nullAndMissingTrailingCellsAreEmpty() {
        List<String> cells = Arrays.asList("t", "c", "浦东新区", null, null, null, "2024-01-02");
        Posting p = PostingColumns.of(HEADER, "rows").read(cells, i -> "rows [" + i + "]");
        assertNull(p.monthlySalary());
        assertNull(p.closedOn());
        assertEquals("", p.education());
    }

    @Test
    void aBadCellIsReportedAtItsColumn() {
        PostingColumns columns = PostingColumns.of(HEADER, "rows");
        List<String> cells = List.of("t", "c", "浦东新区", "3万", "2万", "", "2024-01-02", "");
        PostingsException e = assertThrows(PostingsException.class, () -> columns.read(cells, i -> "rows [" + HEADER.get(i) + "]"));
        assertEquals("rows [薪资下限]", e.location());
        PostingsException noTitle = assertThrows(PostingsException.class,
                () -> columns.read(Arrays.asList(null, "c", "浦东新区", "", "", "", "2024-01-02", ""), i -> "#" + i));
        assertEquals("#0", noTitle.location());
    }

    @Test
    void aMissingRequiredColumnIsReportedAtTheHeader() {
        PostingsException e = assertThrows(PostingsException.class, () -> PostingColumns.of(List.of("title", "company", "posted_on"), "x.parquet"));
        assertEquals("x.parquet", e.location());
        assertTrue(e.describe(Locale.ENGLISH).contains("city"), e.describe(Locale.ENGLISH));
    }
}

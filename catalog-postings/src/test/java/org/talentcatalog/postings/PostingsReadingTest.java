package org.talentcatalog.postings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.io.TextEncoding;

/** Reading postings files: Chinese headers in GB18030, salaries with units, and located refusals. */
class PostingsReadingTest {

    @TempDir
    Path dir;

    @Test
    void gb18030WithChineseHeadersAndSalaryUnitsIsRead() throws Exception {
        Path file = dir.resolve("招聘.csv");
        Files.writeString(file, "职位名称,公司,区域,薪资下限,薪资上限,薪资周期,学历,经验,发布日期,下线日期\n"
                + "集成电路设计工程师,甲公司,浦东新区,2万,3万,月薪,本科及以上,3-5年,2024年1月2日,2024/02/01\n"
                + "集成电路设计工程师,乙公司,闵行区,15k,25k,,硕士,五年以上,2024-01-03,\n", TextEncoding.GB18030);
        PostingsAccumulator acc = PostingsAggregation.builder().build().aggregate(List.of(file));
        PostingsResult r = acc.result(PostingsOptions.defaults());
        assertEquals(2, r.summary().rows());
        assertEquals(0, r.summary().uncoded(), r.summary()::toString);
        PostingsGroup g = r.groups().get(0);
        assertEquals(2, g.postings());
        assertEquals(22500.0, g.salaryMedian());
        assertEquals(30.0, g.daysOpenMedian());
        assertEquals(0.5, g.experience().get("5_10"));
    }

    @Test
    void anUpsideDownRangeIsRefusedAtItsCell() throws Exception {
        Path file = dir.resolve("p.csv");
        Files.writeString(file, "title,company,city,salary_min,salary_max,posted_on\nx,y,上海,30000,20000,2024-01-01\n");
        PostingsException e = assertThrows(PostingsException.class,
                () -> PostingsAggregation.builder().build().aggregate(List.of(file)));
        assertEquals("p.csv:2:8", e.location());
        assertTrue(e.describe(Locale.ENGLISH).contains("the lowest salary 30000 is above the highest 20000"), e.describe(null));
    }

    @Test
    void theLimitIsReportedAtThePostingThatReachesIt() throws Exception {
        Path file = dir.resolve("p.csv");
        Files.writeString(file, "title,company,city,posted_on\n集成电路设计工程师,甲,上海,2024-01-01\n"
                + "集成电路设计工程师,乙,上海,2024-01-01\n");
        PostingsException e = assertThrows(PostingsException.class,
                () -> PostingsAggregation.builder().maxEntries(1).build().aggregate(List.of(file)));
        assertEquals("p.csv #2", e.location());
    }
}

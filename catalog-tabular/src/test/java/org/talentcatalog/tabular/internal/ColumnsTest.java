package org.talentcatalog.tabular.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Every accepted header name: one column each, documented, and matched however it is spaced or bracketed. */
class ColumnsTest {

    private static List<String> names(Column c) {
        List<String> names = new ArrayList<>(List.of(c.zh(), c.en()));
        names.addAll(c.aliases());
        return names;
    }

    @Test
    void everyNameNamesOneColumn() {
        Map<String, Column> seen = new HashMap<>();
        for (Column c : Columns.known()) {
            for (String name : names(c)) {
                Column before = seen.put(Normal.key(name), c);
                assertTrue(before == null || before == c, name + " names both " + before + " and " + c);
                assertEquals(c, Columns.match(name), name);
            }
        }
    }

    @Test
    void everyNameIsInTheDocumentedTable() throws IOException {
        String doc = Files.readString(Path.of("../docs/tables.md"));
        for (Column c : Columns.known()) {
            for (String name : names(c)) {
                assertTrue(doc.contains("`" + name + "`"), name + " is not in docs/tables.md");
            }
        }
    }

    @Provide
    Arbitrary<String> names() {
        List<String> all = new ArrayList<>();
        Columns.known().forEach(c -> all.addAll(names(c)));
        return Arbitraries.of(all);
    }

    @Property(tries = 300)
    void aNameMatchesInFullWidthWithSpacesAndAStar(@ForAll("names") String name) {
        Column c = Columns.match(name);
        StringBuilder wide = new StringBuilder("* ");
        name.chars().forEach(ch -> wide.append(ch == '(' ? '（' : ch == ')' ? '）' : ch >= '!' && ch <= '~' ? (char) (ch + 0xFEE0) : (char) ch).append('\u3000'));
        assertEquals(Normal.key(name), Normal.key(Normalizer.normalize(wide.toString(), Normalizer.Form.NFKC)));
        assertEquals(c, Columns.match(wide.toString()), wide::toString);
    }

    @Property(tries = 300)
    void aUnitNamesTheColumnOnlyWhereItFits(@ForAll("names") String name,
            @ForAll("units") String unit, @ForAll boolean fullWidth) {
        Column c = Columns.match(name);
        String header = name + (fullWidth ? "（" + unit + "）" : "(" + unit + ")");
        Columns.Match m = Columns.matchHeader(header);
        if (Columns.match(header) != null) {
            return; // a name that itself ends in brackets, such as 岗位名称(英文)
        }
        if (HeaderUnits.fits(c.kind(), Normal.key(unit))) {
            assertEquals(c, m.column(), header);
            assertEquals(Normal.key(unit), m.unit());
        } else {
            assertNull(m, header);
        }
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("元/月", "万元/年", "人", "年", "千元/月", "万元", "个月", "%", "英文");
    }

    @Test
    void onlyTheThreeKindsTakeUnits() {
        assertTrue(HeaderUnits.fits(Column.Kind.SALARY, "万元/年"));
        assertTrue(HeaderUnits.fits(Column.Kind.INTEGER, "人"));
        assertTrue(HeaderUnits.fits(Column.Kind.EXPERIENCE, "年"));
        assertEquals(false, HeaderUnits.fits(Column.Kind.DECIMAL, "人"));
        assertEquals("15-25万/年", HeaderUnits.apply(Column.Kind.SALARY, "万元/年", "15 - 25"));
        assertEquals("面议", HeaderUnits.apply(Column.Kind.SALARY, "万元/年", "面议"));
        assertEquals("30", HeaderUnits.apply(Column.Kind.INTEGER, "人", "30人"));
        assertEquals("人", HeaderUnits.apply(Column.Kind.INTEGER, "人", "人"));
    }
}

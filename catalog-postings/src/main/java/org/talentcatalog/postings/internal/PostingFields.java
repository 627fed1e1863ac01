package org.talentcatalog.postings.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.postings.Posting;
import org.talentcatalog.postings.PostingsException;
import org.talentcatalog.postings.SalaryPeriod;

/**
 * The fields of a posting, by the names a file may give them (English as in the issue, or Chinese),
 * and the parsing of one record's cells into a {@link Posting}, each error at its cell.
 */
public final class PostingFields {

    /** Field index → accepted header names, the first the English name. */
    public static final List<List<String>> NAMES = List.of(
            List.of("posting_id", "职位编号", "编号"),
            List.of("title", "职位名称", "岗位名称", "职位"),
            List.of("company", "公司", "公司名称", "企业"),
            List.of("city", "城市"),
            List.of("region", "区域", "地区"),
            List.of("industry", "行业"),
            List.of("salary_min", "薪资下限", "最低薪资"),
            List.of("salary_max", "薪资上限", "最高薪资"),
            List.of("salary_period", "薪资周期", "计薪周期"),
            List.of("education", "学历"),
            List.of("experience", "经验", "工作经验"),
            List.of("posted_on", "发布日期"),
            List.of("closed_on", "下线日期"));
    static final int ID = 0;
    static final int TITLE = 1;
    static final int COMPANY = 2;
    static final int CITY = 3;
    static final int REGION = 4;
    static final int INDUSTRY = 5;
    static final int MIN = 6;
    static final int MAX = 7;
    static final int PERIOD = 8;
    static final int EDUCATION = 9;
    static final int EXPERIENCE = 10;
    static final int POSTED = 11;
    static final int CLOSED = 12;

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    /** One record's cells by field, and where each is. */
    public interface Cells {
        /** The text of a field, "" when absent. */
        String text(int field);

        /** Where a field is ({@code file:line:column}, or the record's place when absent). */
        String where(int field);
    }

    private PostingFields() {
    }

    /** The field index a header names, -1 for none. */
    public static int field(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < NAMES.size(); i++) {
            if (NAMES.get(i).contains(h)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The fields a file must have: title, company, posted_on, and city or region.
     *
     * @param present which fields the header has
     * @param where the header's place
     */
    public static void require(boolean[] present, String where) {
        for (int f : new int[] {TITLE, COMPANY, POSTED}) {
            if (!present[f]) {
                throw new PostingsException(where, Messages.MISSING_COLUMN.text(NAMES.get(f).get(0), NAMES.get(f).get(1)));
            }
        }
        if (!present[CITY] && !present[REGION]) {
            throw new PostingsException(where, Messages.MISSING_COLUMN.text("city / region", "城市 / 区域"));
        }
    }

    /** The posting of one record. */
    public static Posting posting(Cells c) {
        String title = required(c, TITLE);
        String company = required(c, COMPANY);
        int placeField = c.text(CITY).isBlank() ? REGION : CITY;
        String place = required(c, placeField);
        Double min = salary(c, MIN);
        Double max = salary(c, MAX);
        if (min != null && max != null && min > max) {
            throw new PostingsException(c.where(MIN), Messages.SALARY_ORDER.text(c.text(MIN).strip(), c.text(MAX).strip()));
        }
        SalaryPeriod period = SalaryPeriod.parse(c.text(PERIOD))
                .orElseThrow(() -> new PostingsException(c.where(PERIOD), Messages.BAD_PERIOD.text(c.text(PERIOD).strip())));
        LocalDate posted = date(c, POSTED);
        if (posted == null) {
            throw new PostingsException(c.where(POSTED), Messages.EMPTY_CELL.text(NAMES.get(POSTED).get(0)));
        }
        LocalDate closed = date(c, CLOSED);
        if (closed != null && closed.isBefore(posted)) {
            throw new PostingsException(c.where(CLOSED), Messages.CLOSED_BEFORE_POSTED.text(closed, posted));
        }
        return new Posting(c.text(ID).strip(), title, company, place, c.text(INDUSTRY).strip(), min, max, period,
                c.text(EDUCATION).strip(), c.text(EXPERIENCE).strip(), posted, closed);
    }

    private static String required(Cells c, int field) {
        String t = c.text(field).strip();
        if (t.isEmpty()) {
            throw new PostingsException(c.where(field), Messages.EMPTY_CELL.text(NAMES.get(field).get(0)));
        }
        return t;
    }

    /** A salary: a decimal number, optionally followed by k/K/千 (× 1,000) or 万 (× 10,000); "" is none. */
    private static @Nullable Double salary(Cells c, int field) {
        String t = c.text(field).strip().replace(",", "").replace("元", "");
        if (t.isEmpty()) {
            return null;
        }
        BigDecimal factor = BigDecimal.ONE;
        char last = t.charAt(t.length() - 1);
        if (last == 'k' || last == 'K' || last == '千') {
            factor = BigDecimal.valueOf(1000);
        } else if (last == '万') {
            factor = BigDecimal.valueOf(10000);
        }
        String digits = factor.equals(BigDecimal.ONE) ? t : t.substring(0, t.length() - 1).strip();
        try {
            int point = decimal(digits);
            if (digits.length() > 20 || point == -2) {
                throw new NumberFormatException();
            }
            // Whole numbers of up to 13 digits: exact in a long, times the factor still exact, and
            // the conversion to double rounds as BigDecimal's does.
            double v = point < 0 && digits.length() <= 13 ? (double) (Long.parseLong(digits) * factor.longValue())
                    : new BigDecimal(digits).multiply(factor).doubleValue();
            if (v >= 1e12) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new PostingsException(c.where(field), Messages.BAD_NUMBER.text(c.text(field).strip()));
        }
    }

    /**
     * Where the decimal point of {@code t} is when {@code t} is digits with an optional point and more
     * digits: -1 for whole digits, -2 when {@code t} is no such number.
     */
    private static int decimal(String t) {
        int point = -1;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '.' && point < 0 && i > 0 && i < t.length() - 1) {
                point = i;
            } else if (ch < '0' || ch > '9') {
                return -2;
            }
        }
        return t.isEmpty() ? -2 : point;
    }

    private static @Nullable LocalDate date(Cells c, int field) {
        String t = c.text(field).strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
            int y = digits(t, 0, 4);
            int mo = digits(t, 5, 7);
            int d = digits(t, 8, 10);
            if (y >= 0 && mo >= 0 && d >= 0) {
                try {
                    return LocalDate.of(y, mo, d);
                } catch (DateTimeException e) {
                    throw new PostingsException(c.where(field), Messages.BAD_DATE.text(t));
                }
            }
        }
        Matcher m = DATE.matcher(t);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // falls through to the error
            }
        }
        throw new PostingsException(c.where(field), Messages.BAD_DATE.text(t.length() > 40 ? t.substring(0, 40) + "…" : t));
    }

    /** The number written by ASCII digits {@code from..to} of {@code t}, -1 if another character is there. */
    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char ch = t.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }
}

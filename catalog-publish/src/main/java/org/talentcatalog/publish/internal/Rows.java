package org.talentcatalog.publish.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.Experience;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Requirements;
import org.talentcatalog.model.Salary;
import org.talentcatalog.model.SalaryPeriod;
import org.talentcatalog.model.ShortageLevel;

/** Turns positions into the {@link Row}s the pages show, worded in one language. */
final class Rows {

    private final Words w;
    private final CodeLists codes = CodeLists.defaults();

    Rows(Words w) {
        this.w = w;
    }

    /**
     * The file names of the catalogs' pages, in release order: {@code catalog-ID.html}; when editions
     * of one series are released together, {@code catalog-ID-VERSION.html} (the version's characters
     * other than letters, digits, {@code .} and {@code -} made {@code _}), and by place when even that repeats.
     */
    static List<String> files(List<Catalog> catalogs) {
        Map<String, Integer> ids = new HashMap<>();
        for (Catalog c : catalogs) {
            ids.merge(String.valueOf(c.id()), 1, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < catalogs.size(); i++) {
            Catalog c = catalogs.get(i);
            String base = c.id() == null ? Integer.toString(i + 1) : c.id();
            if (ids.get(String.valueOf(c.id())) > 1 && c.edition() != null && c.edition().version() != null) {
                base += "-" + c.edition().version().replaceAll("[^A-Za-z0-9.-]", "_");
            }
            String name = "catalog-" + base + ".html";
            if (!taken.add(name)) {
                name = "catalog-" + base + "-" + (i + 1) + ".html";
                taken.add(name);
            }
            out.add(name);
        }
        return out;
    }

    /** The name of an industry code in this language, or the code when the code lists do not know it. */
    String industry(@Nullable String code) {
        if (code == null) {
            return "";
        }
        return codes.industry(code).map(e -> w.english() && e.en() != null ? e.en() : e.zh()).orElse(code);
    }

    /** A text in this language, empty for none. */
    String text(@Nullable LocalizedText t) {
        return t == null ? "" : w.of(t);
    }

    Row row(Catalog c, String file, int index, Position p) {
        Requirements r = p.requirements();
        String id = p.id() == null ? Integer.toString(index + 1) : p.id();
        String anchor = "p-" + id;
        ShortageLevel level = p.level();
        Education edu = r == null ? null : r.education();
        String name = text(p.name());
        List<String> majors = r == null ? List.of() : r.majors();
        List<String> comps = r == null ? List.of() : r.competencies();
        String industryLabel = industry(p.industry());
        String salary = p.demand() == null ? "" : salary(p.demand().salary());
        List<String> words = new ArrayList<>(List.of(id, name));
        if (p.name() != null) {
            words.add(p.name().zh() == null ? "" : p.name().zh());
            words.add(p.name().en() == null ? "" : p.name().en());
        }
        words.add(industryLabel);
        words.addAll(majors);
        words.addAll(comps);
        String search = words.stream().filter(s -> !s.isBlank()).distinct().collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        return new Row(String.valueOf(c.id()), text(c.title()), file + "#" + anchor, anchor, id, name,
                p.industry() == null ? "" : p.industry(), industryLabel, level == null ? "" : level.code(),
                level == null ? w.t("level.none") : w.of(level) + " " + level.stars(),
                p.category() == null ? "" : p.category().code(), p.category() == null ? "" : w.of(p.category()),
                edu == null ? "" : edu.code(), edu == null ? w.t("education.none") : w.of(edu),
                majors, comps, r == null ? List.of() : r.certifications(), experience(r == null ? null : r.experience()),
                salary, text(p.description()), p.occupationCode() == null ? "" : p.occupationCode(),
                p.industryClass() == null ? "" : p.industryClass(),
                p.demand() == null || p.demand().headcount() == null ? "" : w.t("headcount", p.demand().headcount()),
                p.shortage() == null || p.shortage().score() == null ? "" : Svg.format(p.shortage().score()), search);
    }

    /** The experience asked for: at least so many years, and its description. */
    String experience(@Nullable Experience e) {
        if (e == null || (e.minYears() == null && e.description() == null)) {
            return w.t("experience.none");
        }
        String years = e.minYears() == null ? "" : e.minYears() == 0 ? w.t("experience.none") : w.t("experience.years", e.minYears());
        String d = e.description() == null ? "" : e.description();
        return years.isEmpty() ? d : d.isEmpty() ? years : years + w.t("experience.joiner") + d;
    }

    /** A salary range with its currency and period, e.g. 15,000–30,000 元/月. */
    String salary(@Nullable Salary s) {
        if (s == null || (s.min() == null && s.max() == null)) {
            return "";
        }
        String range = s.min() == null ? "≤ " + amount(s.max()) : s.max() == null ? "≥ " + amount(s.min())
                : amount(s.min()) + "–" + amount(s.max());
        String currency = Salary.DEFAULT_CURRENCY.equals(s.effectiveCurrency()) ? w.t("currency.cny") : s.effectiveCurrency();
        SalaryPeriod period = s.period();
        return range + " " + currency + (period == null ? "" : "/" + w.of(period));
    }

    /** A salary per year in thousands, for the range plot: a month's figure times twelve. */
    static double yearlyThousands(BigDecimal amount, @Nullable SalaryPeriod period) {
        double v = amount.doubleValue();
        return (period == SalaryPeriod.MONTH ? v * 12 : v) / 1000;
    }

    private static String amount(@Nullable BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return v == null ? "" : f.format(v);
    }
}

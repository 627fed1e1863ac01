package org.talentcatalog.publish.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.JobCategory;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.publish.Release;

/** Builds the {@link HandbookView} of a release: rows, groups, filters, indexes, changes, charts. */
public final class Views {

    private Views() {
    }

    /** The view of {@code release} in the language of {@code words}. */
    public static HandbookView of(Release release, Words words) {
        Rows rows = new Rows(words);
        List<CatalogView> catalogs = new ArrayList<>();
        List<Row> all = new ArrayList<>(release.positionCount());
        Map<String, String> industries = new LinkedHashMap<>();
        List<Catalog> list = release.catalogs();
        List<String> files = Rows.files(list);
        for (int i = 0; i < list.size(); i++) {
            Catalog c = list.get(i);
            String file = files.get(i);
            List<Row> own = new ArrayList<>(c.positions().size());
            for (int j = 0; j < c.positions().size(); j++) {
                Row r = rows.row(c, file, j, c.positions().get(j));
                own.add(r);
                industries.putIfAbsent(r.industry(), r.industryLabel());
            }
            all.addAll(own);
            catalogs.add(new CatalogView(String.valueOf(c.id()), file, rows.text(c.title()), About.subtitle(c, words), About.notice(c, words),
                    About.facts(c, rows, words), About.consultations(c, words), groups(own), own.size(),
                    Charts.of(c, own, words)));
        }
        String title = release.title().orElse(list.size() == 1 ? rows.text(list.get(0).title()) : words.t("release.title"));
        List<Option> industryOptions = industries.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
        List<Option> levels = new ArrayList<>(Arrays.stream(ShortageLevel.values()).map(l -> new Option(l.code(), words.of(l))).toList());
        levels.add(new Option("", words.t("level.none")));
        List<Option> categories = Arrays.stream(JobCategory.values()).map(l -> new Option(l.code(), words.of(l))).toList();
        List<Option> educations = new ArrayList<>(Arrays.stream(Education.values()).map(l -> new Option(l.code(), words.of(l))).toList());
        educations.add(new Option("", words.t("education.none")));
        List<Section> changes = List.of();
        String changesTitle = "";
        if (release.previous().isPresent()) {
            Catalog older = release.previous().get();
            changesTitle = words.t("changes.title", rows.text(older.title()),
                    older.edition() == null ? "" : String.valueOf(older.edition().version()));
            changes = release.successor().map(newer -> Changes.sections(CatalogDiff.between(older, newer),
                    catalogs.get(indexOf(list, newer)), rows, words)).orElse(List.of(new Section(words.t("changes.unmatched"), List.of())));
        }
        Locale locale = words.english() ? Locale.ENGLISH : Locale.CHINA;
        return new HandbookView(words, title, catalogs, groups(all), all.size(), industryOptions, levels, categories, educations,
                terms(all, Row::majors, "m-", locale), terms(all, Row::competencies, "c-", locale), changes, changesTitle);
    }

    private static int indexOf(List<Catalog> list, Catalog c) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == c) {
                return i;
            }
        }
        throw new IllegalArgumentException("not in the release");
    }

    /** The rows by industry, industries in the order they first appear, rows in listing order. */
    static List<Group> groups(List<Row> rows) {
        Map<String, List<Row>> by = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Row r : rows) {
            by.computeIfAbsent(r.industry(), k -> new ArrayList<>()).add(r);
            labels.putIfAbsent(r.industry(), r.industryLabel());
        }
        return by.entrySet().stream().map(e -> new Group(e.getKey(), labels.get(e.getKey()), List.copyOf(e.getValue()))).toList();
    }

    /** An index: each term (major or competency) with the positions asking for it, terms in the language's order. */
    static List<Term> terms(List<Row> rows, Function<Row, List<String>> of, String prefix, Locale locale) {
        Map<String, List<Row>> by = new TreeMap<>(Collator.getInstance(locale));
        for (Row r : rows) {
            for (String t : of.apply(r)) {
                String key = t.strip();
                if (!key.isEmpty()) {
                    List<Row> list = by.computeIfAbsent(key, k -> new ArrayList<>());
                    if (list.isEmpty() || list.get(list.size() - 1) != r) {
                        list.add(r);
                    }
                }
            }
        }
        List<Term> out = new ArrayList<>(by.size());
        int n = 0;
        for (Map.Entry<String, List<Row>> e : by.entrySet()) {
            out.add(new Term(e.getKey(), prefix + (++n), List.copyOf(e.getValue())));
        }
        return out;
    }
}

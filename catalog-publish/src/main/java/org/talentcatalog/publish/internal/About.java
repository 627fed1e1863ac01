package org.talentcatalog.publish.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Consultation;
import org.talentcatalog.model.Edition;
import org.talentcatalog.model.Issuance;
import org.talentcatalog.model.Methodology;
import org.talentcatalog.model.Organization;
import org.talentcatalog.model.Scope;
import org.talentcatalog.model.Survey;

/** The 编制说明 of a catalog, from its own members: who issued it, when, for what, and how it was made. */
final class About {

    private About() {
    }

    /** The document number and edition under the title. */
    static String subtitle(Catalog c, Words w) {
        String number = c.issuance() == null || c.issuance().documentNumber() == null ? "" : c.issuance().documentNumber().strip();
        String edition = c.edition() == null ? "" : w.t("about.edition.value", c.edition().version());
        return number.isEmpty() ? edition : edition.isEmpty() ? number : number + " · " + edition;
    }

    /**
     * What a reader must know before relying on the catalog, or {@code ""}: an edition not yet
     * published (a draft, under review or consultation, approved but not issued), one superseded by
     * a later edition, or one withdrawn. A published catalog, or one without a status, has none.
     */
    static String notice(Catalog c, Words w) {
        if (c.status() == null) {
            return "";
        }
        return switch (c.status()) {
            case PUBLISHED -> "";
            case SUPERSEDED -> w.t("notice.superseded");
            case WITHDRAWN -> w.t("notice.withdrawn");
            default -> w.t("notice.unpublished", w.of(c.status()));
        };
    }

    static List<Fact> facts(Catalog c, Rows rows, Words w) {
        List<Fact> f = new ArrayList<>();
        if (c.kind() != null) {
            f.add(new Fact(w.t("about.kind"), w.of(c.kind()) + (c.level() == null ? "" : " · " + w.of(c.level()))));
        }
        if (c.status() != null) {
            f.add(new Fact(w.t("about.status"), w.of(c.status())));
        }
        Issuance i = c.issuance();
        if (i != null) {
            add(f, w.t("about.compilers"), names(i.compilers(), w));
            add(f, w.t("about.issuers"), names(i.jointIssuers(), w));
            add(f, w.t("about.number"), i.documentNumber());
            if (i.contractor() != null) {
                add(f, w.t("about.contractor"), i.contractor().name()
                        + (i.contractor().selection() == null ? "" : " (" + w.of(i.contractor().selection()) + ")"));
            }
        }
        Edition e = c.edition();
        if (e != null) {
            add(f, w.t("about.edition"), e.version());
            add(f, w.t("about.published"), e.publishedOn() == null ? null : e.publishedOn().toString());
            if (e.validFrom() != null || e.validUntil() != null) {
                f.add(new Fact(w.t("about.valid"), range(e.validFrom(), e.validUntil(), w)));
            }
            add(f, w.t("about.supersedes"), e.supersedes());
        }
        Scope s = c.scope();
        if (s != null) {
            add(f, w.t("about.industries"), s.industries().stream().map(rows::industry).collect(Collectors.joining(w.t("list.separator"))));
            if (s.region() != null) {
                add(f, w.t("about.region"), s.region().name() == null ? s.region().code() : s.region().name());
            }
            if (s.program() != null) {
                add(f, w.t("about.program"), rows.text(s.program().name()));
            }
        }
        Methodology m = c.methodology();
        if (m != null && m.survey() != null) {
            survey(f, m.survey(), w);
        }
        if (m != null && m.scoring() != null) {
            add(f, w.t("about.scoring"), m.scoring().method());
        }
        f.add(new Fact(w.t("about.positions"), Integer.toString(c.positions().size())));
        return f;
    }

    private static void survey(List<Fact> f, Survey s, Words w) {
        if (s.from() != null || s.to() != null) {
            f.add(new Fact(w.t("about.survey.period"), range(s.from(), s.to(), w)));
        }
        add(f, w.t("about.survey.sample"), s.sampleSize() == null ? null : s.sampleSize().toString());
        if (!s.respondents().isEmpty()) {
            add(f, w.t("about.survey.respondents"), s.respondents().entrySet().stream()
                    .map(en -> w.of(en.getKey()) + " " + en.getValue())
                    .collect(Collectors.joining(w.t("list.separator"))));
        }
        add(f, w.t("about.survey.methods"), s.methods().stream().map(w::of).collect(Collectors.joining(w.t("list.separator"))));
    }

    /** Each consultation: its kind, date, participants and summary. */
    static List<String> consultations(Catalog c, Words w) {
        if (c.methodology() == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Consultation k : c.methodology().consultations()) {
            StringBuilder b = new StringBuilder(w.of(k.type()));
            if (k.date() != null) {
                b.append(" · ").append(k.date());
            }
            if (k.participants() != null) {
                b.append(" · ").append(w.t("about.participants", k.participants()));
            }
            if (k.summary() != null && !k.summary().isBlank()) {
                b.append(w.t("about.summary.joiner")).append(k.summary());
            }
            out.add(b.toString());
        }
        return out;
    }

    private static String names(List<Organization> orgs, Words w) {
        return orgs.stream().map(Organization::name).collect(Collectors.joining(w.t("list.separator")));
    }

    /** A period: both dates with a dash between, or one end worded ("2025-01-01 起", "至 2026-12-31"). */
    static String range(@Nullable LocalDate from, @Nullable LocalDate to, Words w) {
        if (from == null) {
            return to == null ? "" : w.t("period.until", to.toString());
        }
        return to == null ? w.t("period.from", from.toString()) : from + " – " + to;
    }

    private static void add(List<Fact> f, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            f.add(new Fact(label, value));
        }
    }
}

package org.talentcatalog.schema.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.talentcatalog.model.RespondentType;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.schema.internal.Messages;

/** R15 (docs/format.md): when survey respondents are given, they include the seed's three sources: employers, industry associations and HR service agencies (seed 四). */
public final class R15SeedSourcesSurveyed extends HeaderRule {

    @Override
    public String id() {
        return "R15";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    void checkHeader(Catalog c, int positions, RuleContext ctx) {
        if (c.methodology() == null || c.methodology().survey() == null || c.methodology().survey().respondents().isEmpty()) {
            return;
        }
        List<RespondentType> missing = new ArrayList<>();
        for (RespondentType t : List.of(RespondentType.EMPLOYER, RespondentType.INDUSTRY_ASSOCIATION, RespondentType.HR_SERVICE_AGENCY)) {
            if (c.methodology().survey().respondentCount(t) <= 0) {
                missing.add(t);
            }
        }
        if (!missing.isEmpty()) {
            LocalizedText separator = Messages.RULE_R15_SEPARATOR.text();
            LocalizedText sources = LocalizedText.of(
                    missing.stream().map(RespondentType::zh).collect(Collectors.joining(separator.zh())),
                    missing.stream().map(RespondentType::en).collect(Collectors.joining(separator.en())));
            ctx.report("/methodology/survey/respondents", Messages.RULE_R15_SOURCES_MISSING.text(sources));
        }
    }
}

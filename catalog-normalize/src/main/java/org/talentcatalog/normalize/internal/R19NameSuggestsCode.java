package org.talentcatalog.normalize.internal;

import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Severity;
import org.talentcatalog.normalize.Coding;
import org.talentcatalog.normalize.Confidence;
import org.talentcatalog.normalize.TitleCoder;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.schema.spi.StreamingRule;

/**
 * R19 (docs/format.md): a warning when a position's Chinese name is coded {@link Confidence#HIGH} by
 * the {@link TitleCoder} to a different 中类 than its {@code occupationCode}; the message names the
 * code the name suggests. Only HIGH answers count (right about nine times in ten in cross-validation),
 * and only the 中类 is compared, so a 细类 the coder merely ranks differently raises nothing. A code
 * that is malformed or unknown is left to the schema and R17. Registered with the validator through
 * {@code META-INF/services/org.talentcatalog.schema.spi.Rule} (and {@code provides} on the module
 * path), so it runs wherever catalog-normalize is present.
 */
public final class R19NameSuggestsCode implements StreamingRule {

    /** Creates the rule (the service loader calls this); the coder is built on first use. */
    public R19NameSuggestsCode() {
    }

    @Override
    public String id() {
        return "R19";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public Session start(RuleContext context) {
        return new Session() {
            @Override
            public void position(int index, Position position) {
                check(index, position, context);
            }

            @Override
            public void finish(Catalog header, int positions) {
                // every finding is reported per position
            }
        };
    }

    private static void check(int index, Position position, RuleContext ctx) {
        String code = position.occupationCode();
        String name = position.name() == null ? null : position.name().zh();
        if (code == null || name == null || name.isBlank() || !OccupationCodes.isWellFormed(code)
                || !ctx.occupationCodes().contains(code)) {
            return;
        }
        Coding coding = TitleCoder.defaults().code(name);
        if (coding.confidence() != Confidence.HIGH || coding.answerCode().isEmpty()) {
            return;
        }
        String suggested = coding.answerCode();
        if (suggested.regionMatches(0, OccupationCodes.normalize(code), 0, 4)) {
            return;
        }
        String named = ctx.occupationCodes().find(suggested).map(o -> suggested + " " + o.name()).orElse(suggested);
        ctx.report("/positions/" + index + "/occupationCode", Messages.RULE_R19.text(name, named, code));
    }
}

package org.talentcatalog.schema.internal.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Occupation;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.schema.internal.Messages;

/**
 * R17 (docs/format.md): a position's {@code occupationCode} is in the 《职业分类大典》(2022) list in force
 * (short codes count as their {@code -00}-padded form). The message names the closest existing code
 * of the same 小类 ({@link OccupationCodes#closest}), else the nearest broader code. A code that breaks
 * the format's pattern is left to the schema.
 */
public final class R17KnownOccupationCode extends PositionRule {

    private static final Pattern FORMAT = Pattern.compile("[1-8]-[0-9]{2}(-[0-9]{2}){0,2}");

    @Override
    public String id() {
        return "R17";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    void checkPosition(int i, Position position, RuleContext ctx) {
        OccupationCodes codes = ctx.occupationCodes();
        String code = position.occupationCode();
        if (code == null || !FORMAT.matcher(code).matches() || codes.contains(code)) {
            return;
        }
        Optional<Occupation> closest = codes.closest(code);
        Optional<Occupation> broader = codes.parent(code);
        String minor = OccupationCodes.normalize(code).substring(0, 7);
        LocalizedText message = closest.isPresent()
                ? Messages.RULE_R17_UNKNOWN_CLOSEST.text(code, minor, label(closest.get()))
                : broader.isPresent()
                ? Messages.RULE_R17_UNKNOWN_BROADER.text(code, minor, label(broader.get()))
                : Messages.RULE_R17_UNKNOWN.text(code);
        ctx.report("/positions/" + i + "/occupationCode", message);
    }

    private static String label(Occupation o) {
        return o.code() + " " + o.name();
    }
}

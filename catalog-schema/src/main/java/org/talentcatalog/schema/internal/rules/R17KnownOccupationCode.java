package org.talentcatalog.schema.internal.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Occupation;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;

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
        String zh = "职业代码 " + code + " 不在《职业分类大典》(2022) 代码表中";
        String en = "occupation code " + code + " is not in the 2022 occupation classification (职业分类大典)";
        Optional<Occupation> closest = codes.closest(code);
        Optional<Occupation> broader = codes.parent(code);
        String minor = OccupationCodes.normalize(code).substring(0, 7);
        if (closest.isPresent()) {
            zh += "；同一小类 " + minor + " 中最接近的是 " + label(closest.get());
            en += "; the closest code of the same minor group " + minor + " is " + label(closest.get());
        } else if (broader.isPresent()) {
            zh += "；小类 " + minor + " 中没有代码，最近的上级分类是 " + label(broader.get());
            en += "; minor group " + minor + " has no codes, the nearest broader code is " + label(broader.get());
        }
        ctx.report("/positions/" + i + "/occupationCode", zh, en);
    }

    private static String label(Occupation o) {
        return o.code() + " " + o.name();
    }
}

package org.talentcatalog.schema.internal.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.IndustryClass;
import org.talentcatalog.model.IndustryClasses;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;

/**
 * R18 (docs/format.md): a position's {@code industryClass} is in the GB/T 4754-2017 list in force, with
 * the right 门类 letter. The message names the closest existing class ({@link IndustryClasses#closest}):
 * the same digits under their own letter, else the nearest class below the longest existing prefix.
 * A code that breaks the format's pattern is left to the schema.
 */
public final class R18KnownIndustryClass extends PositionRule {

    private static final Pattern FORMAT = Pattern.compile("[A-T]([0-9]{2}([0-9]{1,2})?)?");

    @Override
    public String id() {
        return "R18";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    void checkPosition(int i, Position position, RuleContext ctx) {
        IndustryClasses classes = ctx.industryClasses();
        String code = position.industryClass();
        if (code == null || !FORMAT.matcher(code).matches() || classes.contains(code)) {
            return;
        }
        String zh = "国民经济行业分类代码 " + code + " 不在 GB/T 4754-2017 代码表中";
        String en = "industry class " + code + " is not in GB/T 4754-2017";
        Optional<IndustryClass> closest = classes.closest(code);
        String digits = code.substring(1);
        if (closest.isPresent() && !digits.isEmpty() && closest.get().code().equals(digits)) {
            IndustryClass right = closest.get();
            String section = classes.find(right.section()).map(s -> "（" + s.name() + "）").orElse("");
            zh += "：" + digits + " 属于门类 " + right.section() + section + "，应为 " + label(right);
            en += ": " + digits + " belongs to section " + right.section() + ", so it is " + label(right);
        } else if (closest.isPresent()) {
            zh += "；最接近的是 " + label(closest.get());
            en += "; the closest existing class is " + label(closest.get());
        }
        ctx.report("/positions/" + i + "/industryClass", zh, en);
    }

    private static String label(IndustryClass c) {
        return c.catalogCode() + " " + c.name();
    }
}

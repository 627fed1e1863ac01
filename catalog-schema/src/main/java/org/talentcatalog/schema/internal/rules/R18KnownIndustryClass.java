package org.talentcatalog.schema.internal.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.IndustryClass;
import org.talentcatalog.model.IndustryClasses;
import org.talentcatalog.model.Severity;
import org.talentcatalog.schema.spi.RuleContext;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.schema.internal.Messages;

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
        Optional<IndustryClass> closest = classes.closest(code);
        String digits = code.substring(1);
        LocalizedText message = Messages.RULE_R18_UNKNOWN.text(code);
        if (closest.isPresent() && !digits.isEmpty() && closest.get().code().equals(digits)) {
            IndustryClass right = closest.get();
            // The section's name is Chinese only, so the English message names the section's letter.
            String named = classes.find(right.section()).map(s -> "（" + s.name() + "）").orElse("");
            LocalizedText section = LocalizedText.of(right.section() + named, right.section());
            message = Messages.RULE_R18_WRONG_SECTION.text(code, digits, section, label(right));
        } else if (closest.isPresent()) {
            message = Messages.RULE_R18_UNKNOWN_CLOSEST.text(code, label(closest.get()));
        }
        ctx.report("/positions/" + i + "/industryClass", message);
    }

    private static String label(IndustryClass c) {
        return c.catalogCode() + " " + c.name();
    }
}

package org.talentcatalog.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.internal.Texts;

/** Checks {@link TextLength}; reports the violation on the member that is too long. */
public final class TextLengthValidator implements ConstraintValidator<TextLength, LocalizedText> {

    private int max;

    @Override
    public void initialize(TextLength annotation) {
        this.max = annotation.value();
    }

    @Override
    public boolean isValid(@Nullable LocalizedText value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean zhOk = value.zh() == null || Texts.codePointLength(value.zh()) <= max;
        boolean enOk = value.en() == null || Texts.codePointLength(value.en()) <= max;
        if (zhOk && enOk) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        String template = context.getDefaultConstraintMessageTemplate();
        if (!zhOk) {
            context.buildConstraintViolationWithTemplate(template).addPropertyNode("zh").addConstraintViolation();
        }
        if (!enOk) {
            context.buildConstraintViolationWithTemplate(template).addPropertyNode("en").addConstraintViolation();
        }
        return false;
    }
}

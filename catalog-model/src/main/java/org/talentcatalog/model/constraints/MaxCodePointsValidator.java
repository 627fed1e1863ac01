package org.talentcatalog.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link MaxCodePoints}. Stateless after initialisation; used by Bean Validation engines. */
public final class MaxCodePointsValidator implements ConstraintValidator<MaxCodePoints, CharSequence> {

    private int max;

    @Override
    public void initialize(MaxCodePoints annotation) {
        this.max = annotation.value();
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || org.talentcatalog.model.internal.Texts.codePointLength(value) <= max;
    }
}

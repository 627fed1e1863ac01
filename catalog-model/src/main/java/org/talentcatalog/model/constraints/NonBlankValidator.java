package org.talentcatalog.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link NonBlank}. Stateless after initialisation; used by Bean Validation engines. */
public final class NonBlankValidator implements ConstraintValidator<NonBlank, CharSequence> {

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || org.talentcatalog.model.internal.Texts.isNonBlank(value);
    }
}

package org.talentcatalog.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NonBlank}. Stateless after initialisation; used by Bean Validation engines. */
public final class NonBlankValidator implements ConstraintValidator<NonBlank, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || org.talentcatalog.model.internal.Texts.isNonBlank(value);
    }
}

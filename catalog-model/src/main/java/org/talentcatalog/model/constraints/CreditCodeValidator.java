package org.talentcatalog.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link CreditCode}. Stateless after initialisation; used by Bean Validation engines. */
public final class CreditCodeValidator implements ConstraintValidator<CreditCode, CharSequence> {

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || org.talentcatalog.model.CreditCodes.isValid(value.toString());
    }
}

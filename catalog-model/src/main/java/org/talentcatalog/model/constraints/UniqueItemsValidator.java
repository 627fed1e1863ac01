package org.talentcatalog.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link UniqueItems}. Stateless after initialisation; used by Bean Validation engines. */
public final class UniqueItemsValidator implements ConstraintValidator<UniqueItems, java.util.Collection<?>> {

    @Override
    public boolean isValid(java.util.@Nullable Collection<?> value, ConstraintValidatorContext context) {
        return value == null || new java.util.HashSet<>(value).size() == value.size();
    }
}

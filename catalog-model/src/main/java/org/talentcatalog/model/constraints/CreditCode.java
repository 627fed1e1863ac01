package org.talentcatalog.model.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A unified social credit code (统一社会信用代码) of 18 characters from the GB 32100-2015 alphabet whose last character is the correct check character.
 *
 * <p>{@code null} is valid; combine with {@code @NotNull} where the member is required.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = CreditCodeValidator.class)
public @interface CreditCode {

    /** The message template, resolved from the model's message bundle. */
    String message() default "{org.talentcatalog.model.constraints.CreditCode.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload for clients. */
    Class<? extends Payload>[] payload() default {};
}

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
 * The text contains a character other than white space, where white space is ASCII white space, U+00A0 and U+3000 (docs/format.md, "Conventions"). Unlike {@code jakarta.validation.constraints.NotBlank}, an ideographic space alone is blank and other Unicode spaces are not special.
 *
 * <p>{@code null} is valid; combine with {@code @NotNull} where the member is required.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = NonBlankValidator.class)
public @interface NonBlank {

    /** The message template, resolved from the model's message bundle. */
    String message() default "{org.talentcatalog.model.constraints.NonBlank.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload for clients. */
    Class<? extends Payload>[] payload() default {};
}

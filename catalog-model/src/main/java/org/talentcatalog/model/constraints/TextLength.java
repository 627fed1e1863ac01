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
 * Both languages of a {@code LocalizedText} have at most {@link #value()} code points: 200 for
 * names and titles, 4000 for a position's description (docs/format.md). A violation is reported on the
 * {@code zh} or {@code en} member that is too long.
 *
 * <p>{@code null} is valid.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = TextLengthValidator.class)
public @interface TextLength {

    /** The message template, resolved from the model's message bundle. */
    String message() default "{org.talentcatalog.model.constraints.MaxCodePoints.message}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload for clients. */
    Class<? extends Payload>[] payload() default {};

    /** The largest allowed length of each language, in code points. */
    int value();
}

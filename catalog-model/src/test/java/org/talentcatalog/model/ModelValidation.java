package org.talentcatalog.model;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.talentcatalog.model.internal.JsonPointers;

/**
 * Test helper: a Hibernate Validator {@link Validator} that speaks the model's own message bundle
 * (Chinese by default, English on request), and the mapping of Bean Validation property paths to the
 * JSON Pointers of docs/format.md.
 *
 * <p>The factory is built once and shared (validators are thread-safe).
 */
public final class ModelValidation {

    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new org.talentcatalog.model.constraints.CatalogMessageInterpolator())
            .buildValidatorFactory();

    private static final org.talentcatalog.model.constraints.CatalogMessageInterpolator INTERPOLATOR = new org.talentcatalog.model.constraints.CatalogMessageInterpolator();

    private ModelValidation() {
    }

    /** The shared validator; messages in Chinese. */
    public static Validator validator() {
        return FACTORY.getValidator();
    }

    /** All violations of {@code bean}. */
    public static <T> Set<ConstraintViolation<T>> validate(T bean) {
        return validator().validate(bean);
    }

    /** The violations of {@code bean} as {@code pointer → message} lines, sorted, for readable assertions. */
    public static <T> List<String> describe(T bean) {
        return validate(bean).stream().map(v -> pointer(v.getPropertyPath()) + " " + v.getMessage())
                .sorted().collect(Collectors.toList());
    }

    /** The message of a violation in another locale, from the same bundle. */
    public static String message(ConstraintViolation<?> violation, Locale locale) {
        return INTERPOLATOR.interpolate(violation.getMessageTemplate(), new Ctx(violation), locale);
    }

    /**
     * The JSON Pointer of a property path: {@code positions[3].requirements.majors[1].<list element>}
     * becomes {@code /positions/3/requirements/majors/1}; a map value {@code respondents[EMPLOYER]}
     * becomes {@code /…/respondents/EMPLOYER}; the root bean is {@code ""}.
     */
    public static String pointer(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getName() != null && !node.getName().startsWith("<")) {
                sb.append('/').append(JsonPointers.escape(node.getName()));
            }
            // The index or key sits on the node after the container (the element), in HV on the
            // element node itself ("<list element>") or on the next property node.
            if (node.getIndex() != null) {
                insertIndex(sb, node, String.valueOf(node.getIndex()));
            } else if (node.getKey() != null) {
                insertIndex(sb, node, JsonPointers.escape(String.valueOf(node.getKey())));
            }
        }
        return sb.toString();
    }

    private static void insertIndex(StringBuilder sb, Path.Node node, String index) {
        if (node.getName() != null && !node.getName().startsWith("<")) {
            // "requirements" in positions[3].requirements: the index belongs to the container before it.
            int slash = sb.lastIndexOf("/");
            sb.insert(slash, "/" + index);
        } else {
            sb.append('/').append(index);
        }
    }

    /** A path string in Hibernate Validator's notation, e.g. {@code positions[0].name.zh}. */
    public static String path(ConstraintViolation<?> v) {
        return v.getPropertyPath().toString();
    }

    private record Ctx(ConstraintViolation<?> v) implements jakarta.validation.MessageInterpolator.Context {
        @Override
        public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
            return v.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return v.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }
    }

    static List<String> pointers(Set<? extends ConstraintViolation<?>> violations) {
        List<String> out = new ArrayList<>();
        violations.forEach(v -> out.add(pointer(v.getPropertyPath())));
        out.sort(null);
        return out;
    }
}

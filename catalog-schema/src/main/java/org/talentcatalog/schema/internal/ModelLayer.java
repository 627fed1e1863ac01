package org.talentcatalog.schema.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;
import org.talentcatalog.model.constraints.CatalogMessageInterpolator;
import org.talentcatalog.model.internal.JsonPointers;

/**
 * The model layer: Bean Validation (Hibernate Validator) over bound objects. Each violation becomes
 * an issue {@code model:<Constraint>} at the JSON Pointer of the offending member. Thread-safe; the
 * factory is built once.
 */
public final class ModelLayer {

    private static final Map<String, String> JSON_NAMES = Map.of(
            "veryScarce", "VERY_SCARCE", "scarce", "SCARCE", "generallyScarce", "GENERALLY_SCARCE");

    private final ValidatorFactory factory;
    private final Validator validator;
    private final CatalogMessageInterpolator messages = new CatalogMessageInterpolator();

    /** Builds the validator factory with the model's own messages. */
    public ModelLayer() {
        // Hibernate Validator announces its version on first use; a library keeps quiet.
        this.factory = QuietStart.quietly(() -> Validation.byProvider(HibernateValidator.class).configure()
                // No META-INF/validation.xml to read (and no XML parser to start) ...
                .ignoreXmlConfiguration()
                // ... and every member is reachable: the model is plain records, not JPA entities, so
                // the default resolver's search for a persistence provider is skipped.
                .traversableResolver(new EverythingReachable())
                .messageInterpolator(messages)
                .buildValidatorFactory());
        this.validator = factory.getValidator();
    }

    /** Validates an object whose JSON Pointer is {@code base} ({@code ""} for a catalog). */
    public List<Finding> validate(Object bean, String base) {
        List<Finding> out = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(bean)) {
            String pointer = base + pointerOf(v.getPropertyPath());
            String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            if ("UniqueItems".equals(constraint) && v.getInvalidValue() instanceof java.util.Collection<?> items) {
                pointer = pointer + laterDuplicate(items); // a duplicate is reported at its later occurrence
            }
            LocalizedText text = LocalizedText.of(
                    message(v, Locale.CHINESE), message(v, Locale.ENGLISH));
            Issue issue = Issue.of(Severity.ERROR, Layer.MODEL, "model:" + constraint, pointer, text);
            if ("NotNull".equals(constraint) && isMember(v.getPropertyPath())) {
                // A missing member is reported at the object that lacks it.
                int slash = pointer.lastIndexOf('/');
                String parent = slash <= 0 ? "" : pointer.substring(0, slash);
                String member = pointer.substring(slash + 1);
                out.add(new Finding(Issue.of(Severity.ERROR, Layer.MODEL, issue.rule(), parent, Messages.SCHEMA_REQUIRED.text(member)), pointer));
            } else {
                out.add(Finding.of(issue));
            }
        }
        return out;
    }

    private static String laterDuplicate(java.util.Collection<?> items) {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        int i = 0;
        for (Object item : items) {
            if (!seen.add(item)) {
                return "/" + i;
            }
            i++;
        }
        return "";
    }

    /** A traversable resolver for plain objects: nothing is lazy, everything is reachable. */
    private static final class EverythingReachable implements jakarta.validation.TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> root, Path path,
                java.lang.annotation.ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> root, Path path,
                java.lang.annotation.ElementType type) {
            return true;
        }
    }

    private String message(ConstraintViolation<Object> v, Locale locale) {
        return messages.interpolate(v.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return v.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return v.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("cannot unwrap to " + type);
            }
        }, locale);
    }

    private static boolean isMember(Path path) {
        Path.Node last = null;
        for (Path.Node n : path) {
            last = n;
        }
        return last != null && last.getKind() == jakarta.validation.ElementKind.PROPERTY;
    }

    /** {@code positions[3].requirements.majors[1].<list element>} → {@code /positions/3/requirements/majors/1}. */
    static String pointerOf(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node n : path) {
            if (n.isInIterable()) {
                Object key = n.getIndex() != null ? n.getIndex() : n.getKey();
                if (key != null) {
                    sb.append('/').append(JsonPointers.escape(key instanceof Enum<?> e ? e.name() : key.toString()));
                }
            }
            if (n.getKind() == jakarta.validation.ElementKind.PROPERTY && n.getName() != null) {
                sb.append('/').append(JsonPointers.escape(JSON_NAMES.getOrDefault(n.getName(), n.getName())));
            }
        }
        return sb.toString();
    }
}

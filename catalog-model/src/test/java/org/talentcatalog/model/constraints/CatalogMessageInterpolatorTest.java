package org.talentcatalog.model.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Salary;
import org.talentcatalog.model.SalaryPeriod;

/** Templates resolved from the model's bundle, attributes filled in, and what is not the model's handed to a fallback. */
class CatalogMessageInterpolatorTest {

    /** The descriptor of {@code @DecimalMin("0")} on a salary's minimum, from a real validation. */
    private static ConstraintDescriptor<?> minimumDescriptor() {
        try (var factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new CatalogMessageInterpolator()).buildValidatorFactory()) {
            ConstraintViolation<Salary> v = factory.getValidator()
                    .validate(new Salary(new BigDecimal("-1"), BigDecimal.TEN, null, SalaryPeriod.YEAR)).iterator().next();
            assertEquals("不能小于 0", v.getMessage(), "the engine uses the interpolator");
            return v.getConstraintDescriptor();
        }
    }

    private static MessageInterpolator.Context context(ConstraintDescriptor<?> descriptor) {
        return new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return descriptor;
            }

            @Override
            public Object getValidatedValue() {
                return null;
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** A fallback that says what it was asked. */
    private static final class Recording implements MessageInterpolator {
        final List<String> calls = new ArrayList<>();

        @Override
        public String interpolate(String template, Context context) {
            calls.add(template + " (no locale)");
            return "fallback";
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            calls.add(template + " " + locale);
            return "fallback " + locale;
        }
    }

    @Test
    void aModelTemplateIsResolvedWithItsAttributesInEitherLanguage() {
        MessageInterpolator.Context ctx = context(minimumDescriptor());
        CatalogMessageInterpolator i = new CatalogMessageInterpolator();
        assertEquals("不能小于 0", i.interpolate("{org.talentcatalog.model.minimum}", ctx));
        assertEquals("must be at least 0", i.interpolate("{org.talentcatalog.model.minimum}", ctx, Locale.ENGLISH));
        assertEquals("不能小于 0", i.interpolate("{org.talentcatalog.model.minimum}", ctx, Locale.GERMAN));
        assertEquals("至少 0 元: 不能小于 0", i.interpolate("至少 {value} 元: {org.talentcatalog.model.minimum}", ctx),
                "an attribute named in the template itself");
    }

    @Test
    void aParameterWithoutAnAttributeIsLeftAsItIs() {
        CatalogMessageInterpolator i = new CatalogMessageInterpolator();
        assertEquals("must be at least {value}", i.interpolate("{org.talentcatalog.model.minimum}", null, Locale.ENGLISH));
        assertEquals("must be at least {value}", i.interpolate("{org.talentcatalog.model.minimum}", context(null), Locale.ENGLISH),
                "a context without a descriptor");
        assertEquals("needs {what}: 不能小于 0", i.interpolate("needs {what}: {org.talentcatalog.model.minimum}", context(minimumDescriptor())),
                "an unknown parameter without a fallback");
    }

    @Test
    void aTemplateThatIsNotTheModelsGoesWholeToTheFallbackInTheDefaultLocale() {
        Recording fallback = new Recording();
        CatalogMessageInterpolator english = new CatalogMessageInterpolator(fallback, Locale.ENGLISH);
        MessageInterpolator.Context ctx = context(minimumDescriptor());
        assertEquals("fallback en", english.interpolate("{jakarta.validation.constraints.NotNull.message} {value}", ctx));
        assertEquals(List.of("{jakarta.validation.constraints.NotNull.message} {value} en"), fallback.calls);
        assertEquals("must be at least 0", english.interpolate("{org.talentcatalog.model.minimum}", ctx),
                "the default locale is English");
        assertEquals(1, fallback.calls.size(), "a resolved template does not reach the fallback");

        Recording chinese = new Recording();
        CatalogMessageInterpolator byDefault = new CatalogMessageInterpolator(chinese, null);
        assertEquals("fallback zh", byDefault.interpolate("{other.key}", null));
        assertEquals("fallback fr", byDefault.interpolate("{other.key}", null, Locale.FRENCH));
        assertEquals(List.of("{other.key} zh", "{other.key} fr"), chinese.calls);
        assertEquals("不能小于 {value}", byDefault.interpolate("{org.talentcatalog.model.minimum}", null),
                "Chinese when no default locale is given");
    }

    @Test
    void aTemplateWithoutParametersIsItself() {
        assertEquals("固定文字 $1 \\", new CatalogMessageInterpolator().interpolate("固定文字 $1 \\", null));
        assertEquals("{a}{b}", new CatalogMessageInterpolator().interpolate("{a}{b}", null));
    }
}

package org.talentcatalog.cli;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.talentcatalog.tabular.FiveStarMapping;
import org.talentcatalog.tabular.LevelStyle;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters of option values that picocli cannot convert itself. A value they refuse becomes a
 * {@link Refused} naming the message that says what is accepted; {@link ParameterErrors} puts the option
 * and the value into it, in the language of the call.
 */
final class OptionValues {

    private OptionValues() {
    }

    /** A value refused: the message ({0} option, {1} value, {2} the choices when there are any). */
    static final class Refused extends TypeConversionException {
        private static final long serialVersionUID = 1L;
        private final Messages message;
        private final transient List<String> choices;

        Refused(Messages message, List<String> choices) {
            super(message.key());
            this.message = message;
            this.choices = List.copyOf(choices);
        }

        /** The sentence for {@code option} given {@code value}. */
        String sentence(String option, String value, Locale locale) {
            return message.format(locale, option, value, ParameterErrors.alternatives(choices, locale));
        }
    }

    /** {@code --charset}: a character set Java knows by this name or an alias. */
    static final class CharsetValue implements ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            try {
                return Charset.forName(value);
            } catch (IllegalArgumentException e) { // unknown, unsupported or an illegal name (also the empty one)
                throw new Refused(Messages.OPTION_CHARSET, List.of());
            }
        }
    }

    /** {@code --five-stars}: {@code 1-2:GENERALLY_SCARCE,3-4:SCARCE,5:VERY_SCARCE}. */
    static final class FiveStarsValue implements ITypeConverter<FiveStarMapping> {
        @Override
        public FiveStarMapping convert(String value) {
            try {
                return FiveStarMapping.parse(value);
            } catch (IllegalArgumentException e) { // a bad count (NumberFormatException too), range or level
                throw new Refused(Messages.OPTION_FIVE_STARS, List.of());
            }
        }
    }

    /** {@code --full-mark}: a finite number above zero. */
    static final class PositiveNumberValue implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double d;
            try {
                d = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                throw new Refused(Messages.OPTION_NUMBER, List.of());
            }
            if (!(d > 0) || Double.isInfinite(d)) { // NaN, zero, negative or beyond a double
                throw new Refused(Messages.OPTION_POSITIVE_NUMBER, List.of());
            }
            return d;
        }
    }

    /** {@code --on}: a calendar date {@code YYYY-MM-DD}. */
    static final class DateValue implements ITypeConverter<java.time.LocalDate> {
        @Override
        public java.time.LocalDate convert(String value) {
            try {
                return java.time.LocalDate.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new Refused(Messages.OPTION_DATE, List.of());
            }
        }
    }

    /** {@code --levels}: {@code words}, {@code stars} or {@code codes}, in any case. */
    static final class LevelStyleValue implements ITypeConverter<LevelStyle> {
        @Override
        public LevelStyle convert(String value) {
            for (LevelStyle s : LevelStyle.values()) {
                if (s.name().equalsIgnoreCase(value)) {
                    return s;
                }
            }
            throw new Refused(Messages.OPTION_CHOICES,
                    Arrays.stream(LevelStyle.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
        }
    }
}

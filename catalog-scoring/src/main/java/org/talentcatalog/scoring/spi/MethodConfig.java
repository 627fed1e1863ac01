package org.talentcatalog.scoring.spi;

import java.util.OptionalDouble;
import java.util.Set;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.Weighting;

/**
 * A read-only view of one method's JSON object in the scoring configuration (e.g. the object at
 * {@code $.weighting}), with typed accessors whose errors name the member's path
 * ({@code $.weighting.alpha: 应为数字 / must be a number}).
 *
 * <p><b>Members.</b> {@code method} and every member that a provider reads through an accessor
 * (including {@link #has}) or {@linkplain #declare declares} is known. When
 * {@link ScoringMethodProvider#create} returns, any other member of the object, and of the objects it
 * opened with {@link #object}, is rejected as unknown with the list of known ones. An accessor with a
 * default returns the default when the member is absent; the value {@code null} is reported as "must
 * be a number" (or the accessor's type) by those, and as missing by the required accessors.
 *
 * <p>Valid only during {@code create}, on the thread that calls it.
 */
public interface MethodConfig {

    /** Where this object is, e.g. {@code $.weighting} or {@code $.weighting.subjective}. */
    String path();

    /** The method name this object selects, in upper case (e.g. {@code ENTROPY}). */
    String method();

    /**
     * Declares every member the method accepts besides {@code method} and rejects any other member of
     * this object now, so that a misspelt member is reported before any value is checked.
     *
     * @param members the accepted member names
     * @throws ScoringException naming the first unknown member and the accepted ones
     */
    void declare(String... members);

    /** Whether the member is given: present with a value other than {@code null}. */
    boolean has(String member);

    /** A finite number, or {@code defaultValue} when the member is absent. */
    double number(String member, double defaultValue);

    /** A finite number that must be present. */
    double requiredNumber(String member);

    /** A finite number, or empty when the member is absent. */
    OptionalDouble optionalNumber(String member);

    /** An integer ≥ {@code min}, or {@code defaultValue} when the member is absent. */
    int integer(String member, int defaultValue, int min);

    /** A non-blank string, stripped, or {@code defaultValue} when the member is absent. */
    String text(String member, String defaultValue);

    /** A non-blank string, stripped, that must be present. */
    String requiredText(String member);

    /**
     * A constant of an enumeration, written in any case, or {@code defaultValue} when the member is
     * absent; an unknown value is an error listing the constants.
     */
    <E extends Enum<E>> E enumValue(String member, Class<E> type, E defaultValue);

    /** Whether the member is present and a JSON object. */
    boolean isObject(String member);

    /**
     * A nested JSON object that must be present, as a view with the same accessors; its members are
     * checked like this object's.
     */
    MethodConfig object(String member);

    /** The names of the members present in this object, in document order (for maps such as FIXED's weights). */
    Set<String> members();

    /** An array of arrays of finite numbers that must be present; rows may differ in length. */
    double[][] numberMatrix(String member);

    /**
     * A nested weighting method, resolved through the same registry as this one (COMBINED's
     * {@code subjective} and {@code objective}); errors inside it name its path, e.g.
     * {@code $.weighting.subjective.method}.
     */
    Weighting weighting(String member);

    /**
     * An error about one member of this object, for checks of the provider's own.
     *
     * @param member the member name; its path is {@code path() + "." + member}
     * @param messageZh the message in Chinese
     * @param messageEn the message in English
     * @return the exception, to throw
     */
    ScoringException error(String member, String messageZh, String messageEn);
}

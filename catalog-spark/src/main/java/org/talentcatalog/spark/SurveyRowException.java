package org.talentcatalog.spark;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A bad survey row met on an executor: the located message in Chinese and English, kept as text so it
 * survives the trip back to the driver (Spark sends a task's exception by Java serialisation).
 */
public final class SurveyRowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String zh;
    private final String en;

    /**
     * The error.
     *
     * @param zh the located message in Chinese
     * @param en the located message in English
     */
    public SurveyRowException(String zh, String en) {
        super(en);
        this.zh = zh;
        this.en = en;
    }

    /**
     * The located message in the reader's language.
     *
     * @param locale English for English locales, Chinese otherwise
     * @return the message
     */
    public String describe(@Nullable Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }

    /**
     * The first {@code SurveyRowException} among an exception and its causes.
     *
     * @param e an exception, typically Spark's job failure
     * @return the survey error, or {@code null} if there is none
     */
    public static @Nullable SurveyRowException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SurveyRowException s) {
                return s;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}

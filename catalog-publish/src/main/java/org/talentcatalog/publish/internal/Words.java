package org.talentcatalog.publish.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.talentcatalog.model.Labelled;
import org.talentcatalog.model.Languages;
import org.talentcatalog.model.LocalizedText;

/**
 * The words of a handbook in one language, keyed in {@code words.properties} (Chinese) and
 * {@code words_en.properties} beside this class. A test checks that every key the templates and
 * writers use exists in both. Immutable.
 */
public final class Words {

    private final ResourceBundle bundle;
    private final boolean english;

    /** The words for {@code locale}: English for an English locale, Chinese otherwise. */
    public Words(Locale locale) {
        this.english = Languages.isEnglish(locale);
        this.bundle = Languages.bundle(locale,
                l -> ResourceBundle.getBundle(Words.class.getPackageName() + ".words", l, Words.class.getModule()));
    }

    /** Whether the words are English. */
    public boolean english() {
        return english;
    }

    /** The HTML {@code lang} of the pages: {@code zh-CN} or {@code en}. */
    public String htmlLang() {
        return english ? "en" : "zh-CN";
    }

    /**
     * The text of {@code key}, its {@code {0}}… filled with {@code arguments}.
     *
     * @throws MissingResourceException when the key is not in the bundle
     */
    public String t(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    /** A label in this language. */
    public String of(Labelled value) {
        return english ? value.en() : value.zh();
    }

    /**
     * A text in this language: the English text when there is one and the words are English, else
     * the Chinese; the other language's text when this one has none (a catalog not yet validated may
     * give only English), and {@code ""} when neither has any.
     */
    public String of(LocalizedText text) {
        String en = text.en();
        String zh = text.zh();
        boolean hasEn = en != null && !en.isBlank();
        boolean hasZh = zh != null && !zh.isBlank();
        if (english) {
            return hasEn ? en : hasZh ? zh : "";
        }
        return hasZh ? zh : hasEn ? en : "";
    }
}

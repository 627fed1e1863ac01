package org.talentcatalog.cli;

import java.util.Locale;

/** The language of messages people read: Chinese by default, English on request. */
enum Lang {
    /** Chinese. */
    zh(Locale.CHINESE),
    /** English. */
    en(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /** Picks the Chinese or the English text. */
    String pick(String zh, String en) {
        return this == Lang.en ? en : zh;
    }
}

package org.talentcatalog.cli;

import java.util.Locale;

/** The language of text output and messages. */
public enum Language {
    /** Chinese, the default. */
    zh,
    /** English. */
    en;

    /** The matching locale. */
    public Locale locale() {
        return this == en ? Locale.ENGLISH : Locale.CHINESE;
    }
}

package org.talentcatalog.model;

import org.jspecify.annotations.Nullable;

/**
 * One code of an open code list (industries, regions) with its labels.
 *
 * @param code the code, e.g. {@code INTEGRATED_CIRCUIT} or {@code 310115}
 * @param zh the Chinese name
 * @param en the English name (the Chinese one when the list gives none)
 * @param type a grouping within the list, e.g. {@code DISTRICT} or {@code KEY_AREA} for regions;
 *     {@code null} when the list has none
 */
public record CodeEntry(String code, String zh, String en, @Nullable String type) implements Labelled {

    /**
     * Checks that code and Chinese name are present.
     *
     * @param en the English name; {@code null} gives the Chinese name
     */
    public CodeEntry(String code, String zh, @Nullable String en, @Nullable String type) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a code entry needs a code");
        }
        if (zh == null || zh.isBlank()) {
            throw new IllegalArgumentException("code entry " + code + " needs a Chinese name");
        }
        this.code = code;
        this.zh = zh;
        this.en = en == null ? zh : en;
        this.type = type;
    }
}

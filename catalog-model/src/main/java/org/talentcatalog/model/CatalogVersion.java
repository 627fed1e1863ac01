package org.talentcatalog.model;

import java.util.Comparator;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * An edition version, {@code YYYY} or {@code YYYY.N}, compared numerically by year and then by the
 * number after the dot (absent = 0): {@code 2024.10 > 2024.9}, {@code 2024.1 = 2024.01},
 * {@code 2024 = 2024.0}.
 *
 * @param year the year
 * @param minor the number after the dot, 0 when absent
 */
public record CatalogVersion(int year, int minor) implements Comparable<CatalogVersion> {

    /** The pattern of a version string. */
    public static final String PATTERN = "^[0-9]{4}(\\.[0-9]{1,3})?$";

    private static final java.util.regex.Pattern COMPILED = java.util.regex.Pattern.compile(PATTERN);

    private static final Comparator<CatalogVersion> ORDER =
            Comparator.comparingInt(CatalogVersion::year).thenComparingInt(CatalogVersion::minor);

    /**
     * Parses a version string.
     *
     * @throws IllegalArgumentException when {@code text} does not match {@link #PATTERN}
     */
    public static CatalogVersion parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("version is null");
        }
        Matcher m = COMPILED.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a catalog version (YYYY or YYYY.N): " + text);
        }
        int year = Integer.parseInt(text.substring(0, 4));
        int minor = m.group(1) == null ? 0 : Integer.parseInt(m.group(1).substring(1));
        return new CatalogVersion(year, minor);
    }

    /** Whether {@code text} is a well-formed version. */
    public static boolean isValid(@Nullable String text) {
        return text != null && COMPILED.matcher(text).matches();
    }

    @Override
    public int compareTo(CatalogVersion other) {
        return ORDER.compare(this, other);
    }

    /** The canonical text: {@code YYYY} when the minor number is 0, {@code YYYY.N} otherwise. */
    @Override
    public String toString() {
        return minor == 0 ? String.format("%04d", year) : String.format("%04d.%d", year, minor);
    }
}

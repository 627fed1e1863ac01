package org.talentcatalog.publish;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Catalog;

/**
 * What one handbook publishes: one or more catalogs released together (a batch release), optionally
 * the previous edition of one of them, whose differences the handbook shows, and optionally a title
 * for the whole release (by default the title of its only catalog, or a generic one). Immutable.
 *
 * <pre>{@code
 * Release release = Release.of(List.of(ic2025, lingang)).withPrevious(ic2024).withTitle("2025 年第一批");
 * Handbooks.write(release, HandbookFormat.HTML, RenderContext.defaults(), Path.of("site"));
 * }</pre>
 */
public final class Release {

    private final List<Catalog> catalogs;
    private final @Nullable Catalog previous;
    private final @Nullable String title;

    private Release(List<Catalog> catalogs, @Nullable Catalog previous, @Nullable String title) {
        this.catalogs = List.copyOf(catalogs);
        this.previous = previous;
        this.title = title;
    }

    /**
     * A release of these catalogs, in this order. Two editions of one series (the same {@code id})
     * may be released together; each gets its own page.
     *
     * @throws IllegalArgumentException when there is none
     */
    public static Release of(List<Catalog> catalogs) {
        Objects.requireNonNull(catalogs, "catalogs");
        if (catalogs.isEmpty()) {
            throw new IllegalArgumentException("a release has at least one catalog");
        }
        return new Release(catalogs, null, null);
    }

    /** A release of these catalogs. */
    public static Release of(Catalog... catalogs) {
        return of(List.of(catalogs));
    }

    /**
     * This release with the previous edition of one of its catalogs (the one with the same
     * {@code id}, or the only one), whose differences the handbook shows.
     */
    public Release withPrevious(Catalog older) {
        return new Release(catalogs, Objects.requireNonNull(older, "older"), title);
    }

    /** This release with a title of its own; a blank title is none. */
    public Release withTitle(@Nullable String value) {
        return new Release(catalogs, previous, value == null || value.isBlank() ? null : value.strip());
    }

    /** The catalogs, in release order; at least one. */
    public List<Catalog> catalogs() {
        return catalogs;
    }

    /** The previous edition, when one was given. */
    public Optional<Catalog> previous() {
        return Optional.ofNullable(previous);
    }

    /** The release's own title, when one was given. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /**
     * The catalog of this release that {@link #previous()} is an older edition of: the one with its
     * id (the last listed, when several editions of the series are released), or else the only
     * catalog of the release.
     */
    public Optional<Catalog> successor() {
        if (previous == null) {
            return Optional.empty();
        }
        Catalog same = null;
        for (Catalog c : catalogs) {
            if (Objects.equals(c.id(), previous.id())) {
                same = c;
            }
        }
        return same != null ? Optional.of(same) : catalogs.size() == 1 ? Optional.of(catalogs.get(0)) : Optional.empty();
    }

    /** The number of positions across the release. */
    public int positionCount() {
        return catalogs.stream().mapToInt(c -> c.positions().size()).sum();
    }
}

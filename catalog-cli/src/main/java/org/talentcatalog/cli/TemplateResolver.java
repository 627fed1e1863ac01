package org.talentcatalog.cli;

import java.util.Optional;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.normalize.Confidence;
import org.talentcatalog.normalize.PositionCandidate;
import org.talentcatalog.normalize.PositionMatch;
import org.talentcatalog.normalize.PositionMatcher;
import org.talentcatalog.normalize.TitleCoder;
import org.talentcatalog.scoring.spi.PositionResolver;

/**
 * {@code catalog score --catalog TEMPLATE}: places survey rows that name their position only in free
 * text on the template's positions with catalog-normalize's {@link PositionMatcher}. A match of
 * {@link Confidence#LOW} places nothing (the row is left out and listed in the result's warnings);
 * {@code MEDIUM} and {@code HIGH} give the first position. The coder and the matcher are built on the
 * first free-text row, so a survey that gives every {@code position_id} pays nothing for them.
 */
final class TemplateResolver implements PositionResolver {

    private final Catalog template;
    private PositionMatcher matcher;

    TemplateResolver(Catalog template) {
        this.template = template;
    }

    @Override
    public synchronized Optional<String> resolve(String positionName) {
        if (matcher == null) {
            matcher = PositionMatcher.of(template, TitleCoder.defaults());
        }
        PositionMatch m = matcher.match(positionName, 1);
        return m.confidence() == Confidence.LOW ? Optional.empty() : m.best().map(PositionCandidate::id);
    }
}

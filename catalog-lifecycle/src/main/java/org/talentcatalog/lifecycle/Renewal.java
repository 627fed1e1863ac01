package org.talentcatalog.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.lifecycle.internal.Members;
import org.talentcatalog.lifecycle.internal.Messages;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogVersion;
import org.talentcatalog.model.Edition;
import org.talentcatalog.model.Extensions;
import org.talentcatalog.model.Issuance;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Shortage;
import org.talentcatalog.model.Status;
import org.talentcatalog.scoring.PositionScore;
import org.talentcatalog.scoring.ScoringResult;

/**
 * The next edition's draft (seed 十二, 动态更新) from the previous edition and a scoring result
 * (docs/lifecycle.md, "Renewal"):
 * <ul>
 *   <li>a previous position the result levels is carried forward with its new level, score (4
 *       decimals, left out outside 0..1) and, when the bootstrap ran, the probability of that level
 *       as {@code confidence};</li>
 *   <li>a previous position the result scores below every threshold (no level) leaves
 *       {@code positions} and is kept whole in {@code x-proposedRemovals} with its new score, never
 *       silently dropped;</li>
 *   <li>a previous position the result does not score (too few respondents, excluded, not
 *       surveyed) is carried forward unchanged and listed in {@link Result#unscored()};</li>
 *   <li>a position the result levels that the previous edition lacks is added with its id, name,
 *       level and score (and the industry when the scope names one): its category and requirements
 *       are for the compilers to fill, as {@link Result#incomplete()} says;</li>
 *   <li>the edition is {@code version} (the next year by default) superseding the previous one; the
 *       status is {@code DRAFT}; the publication, validity, document number, methodology and the
 *       previous edition's lifecycle records are left behind.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Renewal {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Renewal() {
    }

    /**
     * The draft and what the renewal did.
     *
     * @param next the next edition's draft
     * @param carried ids of previous positions carried forward with new scores
     * @param added ids of positions added from the scoring result
     * @param proposedRemovals ids of previous positions proposed for removal
     * @param unscored ids of previous positions the result does not score, carried forward unchanged
     * @param incomplete what each added position still needs, in Chinese and English
     */
    public record Result(Catalog next, List<String> carried, List<String> added, List<String> proposedRemovals,
            List<String> unscored, List<LocalizedText> incomplete) {

        /** Copies the lists. */
        public Result {
            Objects.requireNonNull(next, "next");
            carried = List.copyOf(carried);
            added = List.copyOf(added);
            proposedRemovals = List.copyOf(proposedRemovals);
            unscored = List.copyOf(unscored);
            incomplete = List.copyOf(incomplete);
        }
    }

    /**
     * Reads a scoring result as {@code catalog score --format json} writes it (docs/scoring.md).
     *
     * @throws LifecycleInputException when the file is not such a result, at its place
     * @throws java.io.IOException when the file cannot be read
     */
    public static ScoringResult readScores(java.nio.file.Path file) throws java.io.IOException {
        return org.talentcatalog.lifecycle.internal.ScoringResultReader.read(file);
    }

    /** The next version by default: the year after the previous version's. */
    public static String nextVersion(String previous) {
        return String.valueOf(CatalogVersion.parse(previous).year() + 1);
    }

    /**
     * The next edition's draft.
     *
     * @param previous the previous edition (its {@code edition.version} is required)
     * @param scores the scoring result for the next edition
     * @param version the next version, or {@code null} for {@link #nextVersion(String)}
     * @return the draft and what was done
     * @throws IllegalArgumentException when {@code version} is malformed or not later than the previous one
     */
    public static Result renew(Catalog previous, ScoringResult scores, @Nullable String version) {
        String before = Objects.requireNonNull(previous.edition(), "edition").version();
        Objects.requireNonNull(before, "edition.version");
        String next = version == null ? nextVersion(before) : version;
        if (!CatalogVersion.isValid(next) || CatalogVersion.parse(next).compareTo(CatalogVersion.parse(before)) <= 0) {
            throw new IllegalArgumentException(Messages.RENEW_VERSION_NOT_LATER.format(java.util.Locale.ENGLISH, next, before));
        }
        Map<String, PositionScore> byId = new LinkedHashMap<>();
        scores.positions().forEach(p -> byId.putIfAbsent(p.id(), p));
        List<Position> positions = new ArrayList<>();
        List<String> carried = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> unscored = new ArrayList<>();
        ArrayNode removals = JSON.arrayNode();
        for (Position p : previous.positions()) {
            PositionScore s = p.id() == null ? null : byId.remove(p.id());
            if (s == null) {
                positions.add(p);
                unscored.add(String.valueOf(p.id()));
            } else if (s.level() == null) {
                removed.add(s.id());
                ObjectNode item = removals.addObject().put("reason", "BELOW_THRESHOLDS").put("score", s.score());
                item.set("position", CatalogJson.toTree(previous.toBuilder().positions(List.of(p)).build()).get("positions").get(0));
            } else {
                positions.add(p.toBuilder().shortage(shortage(s)).build());
                carried.add(s.id());
            }
        }
        List<String> added = new ArrayList<>();
        List<LocalizedText> incomplete = new ArrayList<>();
        String industry = previous.scope() != null && previous.scope().industries().size() == 1
                ? previous.scope().industries().get(0) : null;
        for (PositionScore s : byId.values()) {
            if (s.level() != null) {
                String name = s.name().isBlank() ? s.id() : s.name();
                positions.add(Position.builder(s.id()).name(name, null).industry(industry).shortage(shortage(s)).build());
                added.add(s.id());
                incomplete.add(Messages.RENEW_NEW_POSITION_INCOMPLETE.text(s.id(), name,
                        industry == null ? "industry, category, requirements" : "category, requirements"));
            }
        }
        Extensions extensions = Extensions.none();
        for (Map.Entry<String, JsonNode> e : previous.extensions().asMap().entrySet()) {
            if (!List.of(Members.TRANSITIONS, Members.COMMENTS, Members.PROPOSED_REMOVALS).contains(e.getKey())) {
                extensions = extensions.with(e.getKey(), e.getValue());
            }
        }
        if (!removals.isEmpty()) {
            extensions = extensions.with(Members.PROPOSED_REMOVALS, removals);
        }
        Issuance issuance = previous.issuance() == null ? null : previous.issuance().withDocumentNumber(null);
        Catalog draft = previous.toBuilder().edition(Edition.of(next).withSupersedes(before)).status(Status.DRAFT)
                .issuance(issuance).methodology(null).positions(positions).extensions(extensions).build();
        return new Result(draft, carried, added, removed, unscored, incomplete);
    }

    private static Shortage shortage(PositionScore s) {
        Double score = s.score() >= 0 && s.score() <= 1 ? round(s.score()) : null;
        OptionalDouble confidence = s.levelConfidence();
        return new Shortage(s.level(), score, confidence.isPresent() ? round(confidence.getAsDouble()) : null, null);
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}

package org.talentcatalog.scoring;

import org.talentcatalog.scoring.internal.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.model.io.InputFiles;
import org.talentcatalog.scoring.internal.ConfigParser;

/**
 * How to score (docs/scoring.md, "Configuration"): indicators and their directions, the four pipeline
 * methods, {@code minRespondents}, and optional uncertainty and sensitivity analysis. Besides these,
 * {@code "missing"} selects the {@link MissingValues} policy and
 * {@code "survey": {"zeroApplicants": "FLOOR"|"MISSING", "applicantsFloor": 1}} the
 * {@link SurveyOptions}.
 *
 * <p>Build with {@link #builder()} or read JSON with {@link #fromJson(String, String)}, whose methods
 * are looked up by name in a {@link ScoringMethods} registry. Immutable.
 *
 * @param indicators the indicators, in order (non-empty, ids unique)
 * @param normalization the normalisation method
 * @param weighting the weighting method
 * @param aggregation the aggregation method
 * @param classification the classification method
 * @param minRespondents positions with fewer distinct respondents are "insufficient sample" (survey input)
 * @param missingValues the missing-value policy
 * @param survey the survey conventions
 * @param uncertainty the bootstrap, {@code null} when not configured
 * @param sensitivity the weight perturbation, {@code null} when not configured
 */
public record ScoringConfig(List<IndicatorSpec> indicators, Normalization normalization, Weighting weighting,
        Aggregation aggregation, Classification classification, int minRespondents, MissingValues missingValues,
        SurveyOptions survey, @Nullable Bootstrap uncertainty, @Nullable Sensitivity sensitivity) {

    /** Checks the components. */
    public ScoringConfig {
        indicators = List.copyOf(indicators);
        if (indicators.isEmpty()) {
            throw ScoringException.config("$.indicators", Messages.CONFIG_NO_INDICATORS.text());
        }
        for (int i = 0; i < indicators.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (indicators.get(i).id().equals(indicators.get(j).id())) {
                    throw ScoringException.config("$.indicators[" + i + "].id", Messages.CONFIG_DUPLICATE_INDICATOR.text(indicators.get(i).id()));
                }
            }
        }
        Objects.requireNonNull(normalization, "normalization");
        Objects.requireNonNull(weighting, "weighting");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(missingValues, "missingValues");
        Objects.requireNonNull(survey, "survey");
        if (minRespondents < 0) {
            throw ScoringException.config("$.minRespondents", Messages.CONFIG_MIN_RESPONDENTS.text());
        }
    }

    /** The indicator ids in order. */
    public List<String> indicatorIds() {
        List<String> ids = new ArrayList<>();
        indicators.forEach(i -> ids.add(i.id()));
        return ids;
    }

    /**
     * Parses docs/scoring.md's configuration JSON with the {@linkplain ScoringMethods#standard() standard}
     * methods.
     *
     * @param json the JSON text
     * @param source a name for messages (e.g. the file name)
     * @return the configuration
     * @throws ScoringException naming the JSON member for unknown members and bad values
     */
    public static ScoringConfig fromJson(String json, String source) {
        return fromJson(json, source, ScoringMethods.standard());
    }

    /**
     * Parses docs/scoring.md's configuration JSON, looking its methods up in a registry.
     *
     * @param json the JSON text
     * @param source a name for messages (e.g. the file name)
     * @param methods the methods the configuration may name
     * @return the configuration
     * @throws ScoringException naming the JSON member for unknown members, unknown methods (listing the
     *     registered ones) and bad values
     */
    public static ScoringConfig fromJson(String json, String source, ScoringMethods methods) {
        return ConfigParser.parse(json, source, Objects.requireNonNull(methods, "methods"));
    }

    /**
     * Reads a configuration file with the {@linkplain ScoringMethods#standard() standard} methods.
     *
     * @param file the JSON file (UTF-8)
     * @return the configuration
     * @throws ScoringException for bad content
     * @throws UncheckedIOException if the file cannot be read
     */
    public static ScoringConfig read(Path file) {
        return read(file, ScoringMethods.standard());
    }

    /** The largest configuration file {@link #read} accepts: 16 MiB (a configuration is a few KB). */
    public static final long MAX_FILE_BYTES = 16L << 20;

    /**
     * Reads a configuration file, looking its methods up in a registry.
     *
     * @param file the JSON file (UTF-8)
     * @param methods the methods the configuration may name
     * @return the configuration
     * @throws ScoringException for bad content, or a file larger than {@link #MAX_FILE_BYTES}
     * @throws UncheckedIOException if the file cannot be read; its cause a
     *     {@link org.talentcatalog.model.io.FileReadException} when it is no regular file
     */
    public static ScoringConfig read(Path file, ScoringMethods methods) {
        try {
            InputFiles.requireRegular(file); // a named pipe would hang the read
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw ScoringException.config(file.getFileName().toString(),
                        Messages.CONFIG_TOO_LARGE.text(size, MAX_FILE_BYTES));
            }
            return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString(), methods);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A builder with defaults MIN_MAX, EQUAL, WEIGHTED_SUM, THRESHOLDS 0.7/0.45/0.2, minRespondents 1. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ScoringConfig} step by step. Not thread-safe. */
    public static final class Builder {
        private final List<IndicatorSpec> indicators = new ArrayList<>();
        private Normalization normalization = Normalization.minMax();
        private Weighting weighting = Weighting.equal();
        private Aggregation aggregation = Aggregation.weightedSum();
        private Classification classification = Classification.thresholds(0.7, 0.45, 0.2);
        private int minRespondents = 1;
        private MissingValues missingValues = MissingValues.ERROR;
        private SurveyOptions survey = SurveyOptions.DEFAULT;
        private @Nullable Bootstrap uncertainty;
        private @Nullable Sensitivity sensitivity;

        private Builder() {
        }

        /** Adds an indicator. */
        public Builder indicator(String id, IndicatorDirection direction) {
            indicators.add(new IndicatorSpec(id, direction));
            return this;
        }

        /** Sets the normalisation. */
        public Builder normalization(Normalization value) {
            normalization = value;
            return this;
        }

        /** Sets the weighting. */
        public Builder weighting(Weighting value) {
            weighting = value;
            return this;
        }

        /** Sets the aggregation. */
        public Builder aggregation(Aggregation value) {
            aggregation = value;
            return this;
        }

        /** Sets the classification. */
        public Builder classification(Classification value) {
            classification = value;
            return this;
        }

        /** Sets the minimum number of respondents per position. */
        public Builder minRespondents(int value) {
            minRespondents = value;
            return this;
        }

        /** Sets the missing-value policy. */
        public Builder missingValues(MissingValues value) {
            missingValues = value;
            return this;
        }

        /** Sets the survey conventions. */
        public Builder survey(SurveyOptions value) {
            survey = value;
            return this;
        }

        /** Enables the bootstrap. */
        public Builder uncertainty(int replicates, long seed) {
            uncertainty = new Bootstrap(replicates, seed);
            return this;
        }

        /** Enables the weight perturbation. */
        public Builder sensitivity(int runs, double weightNoise, long seed) {
            sensitivity = new Sensitivity(runs, weightNoise, seed);
            return this;
        }

        /** Builds the configuration. */
        public ScoringConfig build() {
            return new ScoringConfig(indicators, normalization, weighting, aggregation, classification,
                    minRespondents, missingValues, survey, uncertainty, sensitivity);
        }
    }
}

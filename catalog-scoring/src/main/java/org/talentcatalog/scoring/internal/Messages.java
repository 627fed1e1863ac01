package org.talentcatalog.scoring.internal;

import java.util.Locale;
import java.util.ResourceBundle;
import org.talentcatalog.model.Languages;
import org.talentcatalog.model.MessageKey;

/**
 * The messages of catalog-scoring (configuration, input, method and consensus errors, warnings), keyed in {@code org/talentcatalog/scoring/messages*.properties}. A constant per key, so a key used in
 * code always exists here, and a test checks every constant against the Chinese and English bundles.
 */
public enum Messages implements MessageKey {
    CONFIG_NOT_JSON("config.notJson"),
    CONFIG_NOT_OBJECT("config.notObject"),
    CONFIG_MUST_BE_OBJECT("config.mustBeObject"),
    CONFIG_UNKNOWN_METHOD("config.unknownMethod"),
    CONFIG_UNKNOWN_MEMBER("config.unknownMember"),
    CONFIG_MISSING_MEMBER("config.missingMember"),
    CONFIG_MUST_BE_INTEGER("config.mustBeInteger"),
    CONFIG_MUST_BE_ARRAY("config.mustBeArray"),
    CONFIG_MUST_BE_MATRIX("config.mustBeMatrix"),
    CONFIG_MUST_BE_TEXT("config.mustBeText"),
    CONFIG_MUST_BE_NUMBER("config.mustBeNumber"),
    CONFIG_MUST_BE_INTEGER_AT_LEAST("config.mustBeIntegerAtLeast"),
    CONFIG_INVALID_VALUE("config.invalidValue"),
    CONFIG_MUST_BE_POSITIVE("config.mustBePositive"),
    CONFIG_NO_INDICATORS("config.noIndicators"),
    CONFIG_DUPLICATE_INDICATOR("config.duplicateIndicator"),
    CONFIG_MIN_RESPONDENTS("config.minRespondents"),
    CONFIG_INTEGER_RANGE("config.integerRange"),
    CONFIG_BOOTSTRAP_WORK("config.bootstrapWork"),
    CONFIG_SENSITIVITY_WORK("config.sensitivityWork"),
    CONFIG_WEIGHT_NOISE("config.weightNoise"),
    CONFIG_FLOOR("config.floor"),
    CONFIG_ALPHA("config.alpha"),
    CONFIG_JENKS_CLASSES("config.jenksClasses"),
    CONFIG_THRESHOLD_ORDER("config.thresholdOrder"),
    CONFIG_QUANTILE_ORDER("config.quantileOrder"),
    CONFIG_ENTROPY_ON("config.entropyOn"),
    CONFIG_WEIGHTS_OBJECT("config.weightsObject"),
    CONFIG_WEIGHT_UNKNOWN_INDICATOR("config.weightUnknownIndicator"),
    CONFIG_WEIGHT_MISSING("config.weightMissing"),
    CONFIG_WEIGHT_NEGATIVE("config.weightNegative"),
    CONFIG_WEIGHTS_ZERO("config.weightsZero"),
    CONFIG_INDICATOR_NOT_IN_INPUT("config.indicatorNotInInput"),
    CONFIG_INDICATOR_WITHOUT_VALUES("config.indicatorWithoutValues"),
    AHP_ROWS("ahp.rows"),
    AHP_TOO_MANY_INDICATORS("ahp.tooManyIndicators"),
    AHP_NOT_SQUARE("ahp.notSquare"),
    AHP_NOT_POSITIVE("ahp.notPositive"),
    AHP_OUT_OF_RANGE("ahp.outOfRange"),
    AHP_NOT_RECIPROCAL("ahp.notReciprocal"),
    AHP_INCONSISTENT("ahp.inconsistent"),
    METHOD_VECTOR_ZERO("method.vectorZero"),
    METHOD_GEOMETRIC_NOT_POSITIVE("method.geometricNotPositive"),
    METHOD_ENTROPY_POSITIONS("method.entropyPositions"),
    METHOD_ENTROPY_NEGATIVE("method.entropyNegative"),
    METHOD_ENTROPY_NORMALIZED("method.entropyNormalized"),
    METHOD_ENTROPY_RAW("method.entropyRaw"),
    METHOD_ENTROPY_ZERO("method.entropyZero"),
    METHOD_ENTROPY_UNIFORM("method.entropyUniform"),
    METHOD_JENKS_POSITIONS("method.jenksPositions"),
    METHOD_TOPSIS_UNDEFINED("method.topsisUndefined"),
    METHOD_TOO_FEW_POSITIONS("method.tooFewPositions"),
    METHOD_CONSTANT_INDICATOR("method.constantIndicator"),
    METHOD_CRITIC_POSITIONS("method.criticPositions"),
    METHOD_CRITIC_ZERO("method.criticZero"),
    METHOD_SCORES_EQUAL("method.scoresEqual"),
    CSV_EMPTY("csv.empty"),
    CSV_DUPLICATE_COLUMN("csv.duplicateColumn"),
    CSV_MISSING_COLUMN("csv.missingColumn"),
    CSV_EMPTY_CELL("csv.emptyCell"),
    CSV_NOT_A_NUMBER("csv.notANumber"),
    CSV_BELOW_MINIMUM("csv.belowMinimum"),
    CSV_ABOVE_MAXIMUM("csv.aboveMaximum"),
    CSV_NOT_REPRESENTABLE("csv.notRepresentable"),
    INPUT_NO_POSITION_LEFT("input.noPositionLeft"),
    INPUT_EMPTY_POSITION_ID("input.emptyPositionId"),
    INPUT_DUPLICATE_POSITION("input.duplicatePosition"),
    INPUT_EMPTY_RESPONDENT_ID("input.emptyRespondentId"),
    INPUT_DIFFICULTY("input.difficulty"),
    INPUT_UNKNOWN_RESPONDENT_TYPE("input.unknownRespondentType"),
    INPUT_MISSING_VALUE("input.missingValue"),
    INPUT_MISSING_VALUE_AT("input.missingValueAt"),
    INPUT_MISSING_VALUE_AT_LINE("input.missingValueAtLine"),
    INPUT_FEW_RESPONDENTS("input.fewRespondents"),
    INPUT_VALUE_OUT_OF_RANGE("input.valueOutOfRange"),
    CONSENSUS_EMPTY_IDS("consensus.emptyIds"),
    CONSENSUS_RATED_TWICE("consensus.ratedTwice"),
    CONSENSUS_DUPLICATE_RATING("consensus.duplicateRating"),
    CONSENSUS_KENDALL_TOO_SMALL("consensus.kendallTooSmall"),
    CONSENSUS_MEAN_ZERO("consensus.meanZero"),
    CONSENSUS_SCORE_OUT_OF_RANGE("consensus.scoreOutOfRange"),
    CONSENSUS_FULL_MARK_OUT_OF_RANGE("consensus.fullMarkOutOfRange"),
    WARNING_BOOTSTRAP_NEEDS_SURVEY("warning.bootstrapNeedsSurvey"),
    WARNING_MISSING_SEED_SOURCES("warning.missingSeedSources"),
    WARNING_BOOTSTRAP_FAILED("warning.bootstrapFailed"),
    WARNING_KENDALL_UNDEFINED("warning.kendallUndefined"),
    WARNING_POSITION_NOT_IN_TEMPLATE("warning.positionNotInTemplate"),
    WARNING_SCORE_OUT_OF_RANGE("warning.scoreOutOfRange"),
    WARNING_THRESHOLDS_OUT_OF_RANGE("warning.thresholdsOutOfRange"),
    METHOD_NOUN("registry.method"),
    METHOD_NO_STAGE("registry.methodNoStage");

    /** The bundle's base name. */
    public static final String BUNDLE = "org.talentcatalog.scoring.messages";

    private final String key;

    Messages(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public ResourceBundle bundle(Locale locale) {
        // Loaded on behalf of this module: works on the module path and on the class path.
        return Languages.bundle(locale, l -> ResourceBundle.getBundle(BUNDLE, l, Messages.class.getModule()));
    }
}

package org.talentcatalog.schema.internal;

import java.util.Locale;
import java.util.ResourceBundle;
import org.talentcatalog.model.Languages;
import org.talentcatalog.model.MessageKey;

/**
 * The messages of catalog-schema (rules R1–R18, schema and read problems), keyed in
 * {@code org/talentcatalog/schema/messages*.properties}. A constant per key, so a key used in code
 * always exists here, and a test checks every constant against the Chinese and English bundles.
 */
public enum Messages implements MessageKey {
    RULE_R1_INDUSTRIES_MISSING("rule.R1.industriesMissing"),
    RULE_R1_REGION_MISSING("rule.R1.regionMissing"),
    RULE_R1_PROGRAM_MISSING("rule.R1.programMissing"),
    RULE_R2_DUPLICATE_ID("rule.R2.duplicateId"),
    RULE_R3_NO_POSITIONS("rule.R3.noPositions"),
    RULE_R3_SHORTAGE_MISSING("rule.R3.shortageMissing"),
    RULE_R4_JOINT_ISSUER_MISSING("rule.R4.jointIssuerMissing"),
    RULE_R5_PUBLISHED_ON_MISSING("rule.R5.publishedOnMissing"),
    RULE_R5_DOCUMENT_NUMBER_MISSING("rule.R5.documentNumberMissing"),
    RULE_R6_SCARCE_ABOVE_VERY_SCARCE("rule.R6.scarceAboveVeryScarce"),
    RULE_R6_GENERALLY_SCARCE_ABOVE_SCARCE("rule.R6.generallyScarceAboveScarce"),
    RULE_R6_SALARY_MAX_BELOW_MIN("rule.R6.salaryMaxBelowMin"),
    RULE_R6_DATE_BEFORE("rule.R6.dateBefore"),
    RULE_R6_VALID_FROM("rule.R6.validFrom"),
    RULE_R6_SURVEY_FROM("rule.R6.surveyFrom"),
    RULE_R7_SUPERSEDES_NOT_EARLIER("rule.R7.supersedesNotEarlier"),
    RULE_R8_CHECK_CHARACTER("rule.R8.checkCharacter"),
    RULE_R9_INDUSTRY_OUT_OF_SCOPE("rule.R9.industryOutOfScope"),
    RULE_R10_REGION_UNKNOWN("rule.R10.regionUnknown"),
    RULE_R10_INDUSTRY_UNKNOWN("rule.R10.industryUnknown"),
    RULE_R11_VALID_UNTIL_MISSING("rule.R11.validUntilMissing"),
    RULE_R12_DUPLICATE_NAME("rule.R12.duplicateName"),
    RULE_R13_LEVEL_MISMATCH("rule.R13.levelMismatch"),
    RULE_R13_NOT_LISTED("rule.R13.notListed"),
    RULE_R14_EXPERT_REVIEW_MISSING("rule.R14.expertReviewMissing"),
    RULE_R15_SOURCES_MISSING("rule.R15.sourcesMissing"),
    RULE_R15_SEPARATOR("rule.R15.separator"),
    RULE_R16_DOCUMENT_NUMBER_SHAPE("rule.R16.documentNumberShape"),
    RULE_R17_UNKNOWN("rule.R17.unknown"),
    RULE_R17_UNKNOWN_CLOSEST("rule.R17.unknownClosest"),
    RULE_R17_UNKNOWN_BROADER("rule.R17.unknownBroader"),
    RULE_R18_UNKNOWN("rule.R18.unknown"),
    RULE_R18_WRONG_SECTION("rule.R18.wrongSection"),
    RULE_R18_UNKNOWN_CLOSEST("rule.R18.unknownClosest"),
    RULE_FAILED("rule.failed"),
    SCHEMA_REQUIRED("schema.required"),
    SCHEMA_ADDITIONAL_PROPERTIES("schema.additionalProperties"),
    SCHEMA_TYPE("schema.type"),
    SCHEMA_ENUM("schema.enum"),
    SCHEMA_CONST("schema.const"),
    SCHEMA_BLANK("schema.blank"),
    SCHEMA_PATTERN("schema.pattern"),
    SCHEMA_MAX_LENGTH("schema.maxLength"),
    SCHEMA_MIN_LENGTH("schema.minLength"),
    SCHEMA_DATE("schema.date"),
    SCHEMA_MINIMUM("schema.minimum"),
    SCHEMA_MAXIMUM("schema.maximum"),
    SCHEMA_MIN_ITEMS("schema.minItems"),
    SCHEMA_UNIQUE_ITEMS("schema.uniqueItems"),
    SCHEMA_OTHER("schema.other"),
    SCHEMA_TYPE_STRING("schema.type.string"),
    SCHEMA_TYPE_INTEGER("schema.type.integer"),
    SCHEMA_TYPE_NUMBER("schema.type.number"),
    SCHEMA_TYPE_OBJECT("schema.type.object"),
    SCHEMA_TYPE_ARRAY("schema.type.array"),
    SCHEMA_TYPE_BOOLEAN("schema.type.boolean"),
    READ_BOM("read.bom"),
    READ_LIMIT("read.limit"),
    READ_DUPLICATE_KEY("read.duplicateKey"),
    READ_SYNTAX("read.syntax"),
    READ_ENCODING("read.encoding"),
    READ_IO("read.io"),
    READ_EMPTY("read.empty"),
    RULE_NOUN("registry.rule"),
    RULE_NO_SEVERITY("registry.ruleNoSeverity"),
    RULE_UNKNOWN("registry.ruleUnknown"),
    RULE_NONE("registry.ruleNone");

    /** The bundle's base name. */
    public static final String BUNDLE = "org.talentcatalog.schema.messages";

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

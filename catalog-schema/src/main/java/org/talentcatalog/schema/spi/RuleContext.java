package org.talentcatalog.schema.spi;

import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.IndustryClasses;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.model.LocalizedText;

/** What a {@link Rule} can use and where it reports. Not thread-safe: one per validation. */
public interface RuleContext {

    /** The code lists in force. */
    CodeLists codeLists();

    /** The 《职业分类大典》(2022) codes in force (rule R17). */
    OccupationCodes occupationCodes();

    /** The GB/T 4754-2017 classes in force (rule R18). */
    IndustryClasses industryClasses();

    /**
     * Whether every position of the document was bound. When some position could not be bound
     * (its problems are reported by the schema layer), rules that count or compare all positions
     * should not conclude from the others alone.
     */
    boolean complete();

    /** Reports a finding of the current rule at a JSON Pointer, in Chinese and English. */
    void report(String pointer, LocalizedText message);

    /** Reports a finding of the current rule at a JSON Pointer. */
    default void report(String pointer, String zh, String en) {
        report(pointer, LocalizedText.of(zh, en));
    }
}

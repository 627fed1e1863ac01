/**
 * The standard rules R1–R18 (docs/format.md, "Rules"), one class each, every one streaming: a
 * position is checked when it arrives and the catalog header at the end. Not exported; not
 * null-marked.
 */
package org.talentcatalog.schema.internal.rules;

/**
 * The algorithms behind {@link org.talentcatalog.model.CatalogDiff}: pairing positions by id and as
 * probable renames, member-by-member differences of canonical JSON trees, the JSON form of a diff and
 * the RFC 6902 JSON Patch with moves and bounded array edits. Not exported; not null-marked.
 */
package org.talentcatalog.model.internal.diff;

/**
 * The table reader's and writer's machinery: the column layout and vocabulary, cell reading and
 * normalisation, the CSV codec with character-set detection, the guarded streaming XLSX reader and
 * writer, and the mapping between rows and the catalog's JSON tree. Not exported; not null-marked.
 */
package org.talentcatalog.tabular.internal;

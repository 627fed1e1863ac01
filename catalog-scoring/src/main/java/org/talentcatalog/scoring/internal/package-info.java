/**
 * The scoring engine's machinery: the standard methods of each stage, the configuration parser, the
 * survey and indicator-table readers, exact fixed-point sums, the bootstrap and sensitivity runs,
 * and the JSON writers of results. Not exported; not null-marked.
 */
package org.talentcatalog.scoring.internal;

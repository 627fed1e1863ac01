/**
 * Implementation of the postings aggregation (not exported): reading files, the paged
 * de-duplication state, wordings, indicators and output. No API here is stable.
 */
@NullMarked
package org.talentcatalog.postings.internal;

import org.jspecify.annotations.NullMarked;

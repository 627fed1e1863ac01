/**
 * The coder's machinery: the title cleaner (with its place and benefit word lists), the term and
 * n-gram extraction, the Lucene indexes, the perceptron, the fusion and confidence rule, the shipped
 * learned data and its builder, and the cross-validation. Not exported; not null-marked.
 */
package org.talentcatalog.normalize.internal;

/**
 * The handbook of a release of catalogs as a PDF for print ({@link org.talentcatalog.publish.pdf.PdfHandbooks}),
 * set in an embedded, subset CJK font ({@link org.talentcatalog.publish.pdf.HandbookFont}).
 */
package org.talentcatalog.publish.pdf;

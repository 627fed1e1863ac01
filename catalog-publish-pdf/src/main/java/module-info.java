/**
 * The handbook of a release as a PDF for print ({@link org.talentcatalog.publish.pdf.PdfHandbooks}),
 * laid out by openhtmltopdf onto PDFBox from the print document of {@code org.talentcatalog.publish},
 * with the fonts of {@link org.talentcatalog.publish.pdf.HandbookFont} embedded as subsets.
 */
module org.talentcatalog.publish.pdf {
    requires transitive org.talentcatalog.publish;
    // openhtmltopdf's jars name no module: these are the names Java derives from their file names.
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires org.apache.pdfbox;
    requires org.apache.fontbox;
    requires org.apache.pdfbox.io;
    requires static transitive org.jspecify;

    exports org.talentcatalog.publish.pdf;
}

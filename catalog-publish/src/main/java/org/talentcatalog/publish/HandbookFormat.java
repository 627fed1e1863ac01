package org.talentcatalog.publish;

/** The forms a handbook is published in, each with the file a reader opens in the output folder. */
public enum HandbookFormat {
    /** A static, self-contained folder of HTML pages; {@code index.html} is the entry point. */
    HTML("html", "index.html"),
    /** One Markdown file, {@code handbook.md}. */
    MARKDOWN("markdown", "handbook.md");

    private final String optionName;
    private final String entryFile;

    HandbookFormat(String optionName, String entryFile) {
        this.optionName = optionName;
        this.entryFile = entryFile;
    }

    /** The name users write after {@code --format}: {@code html}, {@code markdown}. */
    public String optionName() {
        return optionName;
    }

    /** The file a reader opens, relative to the output folder. */
    public String entryFile() {
        return entryFile;
    }
}

package org.talentcatalog.normalize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.model.io.CsvReader;
import org.talentcatalog.normalize.internal.Messages;

/**
 * Reads a reviewed {@link ReviewSheet} back as labelled titles (the review loop): every row whose
 * {@code reviewed_code} is filled in gives a {@link LabelledTitle} of its {@code title} and that code,
 * for {@link TitleCoder.Builder#aliases}. Rows left empty are skipped. A code that is malformed or not
 * in the 2022 list is an error at its cell ({@code file:line:column}, or {@code sheet!cell} for a
 * workbook), naming the closest existing code where there is one; so is a sheet without the
 * {@code title} or {@code reviewed_code} column. At most {@link #MAX_ALIASES} reviewed rows are read.
 *
 * <p>A sheet in any tabular form is read by feeding its header and rows to an instance
 * ({@link #header}, {@link #row}); {@link #readCsv} does so for a CSV file. Not thread-safe.
 */
public final class ReviewedAliases {

    /** The most reviewed rows a sheet may hold. */
    public static final int MAX_ALIASES = 200_000;

    private final OccupationCodes codes;
    private final List<LabelledTitle> aliases = new ArrayList<>();
    private int title = -1;
    private int reviewed = -1;

    /** A reader checking reviewed codes against {@code codes}. */
    public ReviewedAliases(OccupationCodes codes) {
        this.codes = codes;
    }

    /**
     * Reads a reviewed sheet saved as CSV (UTF-8 or GB18030, detected).
     *
     * @throws NormalizeException located at the header or the cell, for a missing column or a bad code
     * @throws org.talentcatalog.model.io.CsvException for a CSV that does not parse, located
     * @throws IOException when the file cannot be read
     */
    public static List<LabelledTitle> readCsv(Path file, OccupationCodes codes) throws IOException {
        ReviewedAliases reader = new ReviewedAliases(codes);
        try (CsvReader csv = CsvReader.builder().lenientQuotes(true).source(file.toString()).open(file)) {
            if (!csv.next()) {
                reader.header(List.of(), file.toString());
            }
            reader.header(List.of(csv.fields()), csv.location(0));
            while (csv.next()) {
                reader.row(List.of(csv.fields()), csv::location);
            }
        }
        return reader.aliases();
    }

    /**
     * The header row.
     *
     * @param names the column names
     * @param place where the header is, for an error
     * @throws NormalizeException when {@code title} or {@code reviewed_code} is missing
     */
    public void header(List<String> names, String place) {
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (n.equals(ReviewSheet.TITLE) && title < 0) {
                title = i;
            } else if (n.equals(ReviewSheet.REVIEWED_CODE) && reviewed < 0) {
                reviewed = i;
            }
        }
        if (title < 0 || reviewed < 0) {
            throw located(place, Messages.REVIEWED_MISSING_COLUMNS.text(ReviewSheet.TITLE, ReviewSheet.REVIEWED_CODE));
        }
    }

    /**
     * One data row after the header.
     *
     * @param cells the row's cells (a shorter row has empty cells)
     * @param place where cell {@code i} (0-based) is
     * @throws NormalizeException at the cell of a malformed or unknown code, or past {@link #MAX_ALIASES}
     */
    public void row(List<String> cells, IntFunction<String> place) {
        String code = reviewed < cells.size() ? cells.get(reviewed).strip() : "";
        if (code.isEmpty()) {
            return;
        }
        String text = title < cells.size() ? ReviewSheet.restore(cells.get(title)) : "";
        if (text.isBlank()) {
            throw located(place.apply(title), Messages.REVIEWED_BLANK_TITLE.text(code));
        }
        if (aliases.size() >= MAX_ALIASES) {
            throw located(place.apply(reviewed), Messages.REVIEWED_TOO_MANY.text(MAX_ALIASES));
        }
        String full;
        try {
            full = ReviewSheet.checkCode(code, codes);
        } catch (NormalizeException e) {
            throw located(place.apply(reviewed), e.text());
        }
        aliases.add(new LabelledTitle(text, full));
    }

    /** The labelled titles read so far, in sheet order. */
    public List<LabelledTitle> aliases() {
        return List.copyOf(aliases);
    }

    private static NormalizeException located(String place, LocalizedText text) {
        String en = text.en() == null ? text.zh() : text.en();
        return new NormalizeException(LocalizedText.of(place + ": " + text.zh(), place + ": " + en));
    }
}

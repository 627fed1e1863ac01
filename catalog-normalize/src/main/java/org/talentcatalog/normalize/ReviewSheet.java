package org.talentcatalog.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.normalize.internal.Messages;

/**
 * The reviewer's sheet of the review loop (README, "Job-title normalisation"): one row per coded
 * title with the coder's first three codes, names and scores, its confidence and answer, and an empty
 * {@code reviewed_code} column for a person to fill in. A reviewed sheet is read back with
 * {@link ReviewedAliases} and fed to {@link TitleCoder.Builder#aliases}.
 *
 * <p>Cells are written as spreadsheets read them: a text that could start a formula ({@code =},
 * {@code +}, {@code -}, {@code @}, tab, carriage return, or an apostrophe) gets a leading apostrophe,
 * which {@link #restore} takes off again, so titles round-trip exactly.
 */
public final class ReviewSheet {

    /** The column a reviewer fills in with the right 2022 occupation code. */
    public static final String REVIEWED_CODE = "reviewed_code";
    /** The column of the title as written. */
    public static final String TITLE = "title";
    /** How many candidates the sheet lists. */
    public static final int CANDIDATES = 3;

    private static final List<String> HEADER = List.of(TITLE, "cleaned", "code_1", "name_1", "score_1", "code_2", "name_2",
            "score_2", "code_3", "name_3", "score_3", "confidence", "answer_code", REVIEWED_CODE);

    private ReviewSheet() {
    }

    /** The sheet's column names, in order. */
    public static List<String> header() {
        return HEADER;
    }

    /** The cells of one coded title, in the order of {@link #header()}; {@code reviewed_code} empty. */
    public static List<String> row(Coding coding) {
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(coding.title());
        cells.add(coding.cleaned());
        for (int i = 0; i < CANDIDATES; i++) {
            if (i < coding.candidates().size()) {
                Candidate c = coding.candidates().get(i);
                cells.add(c.code());
                cells.add(c.name());
                cells.add(String.format(Locale.ROOT, "%.3f", c.score()));
            } else {
                cells.add("");
                cells.add("");
                cells.add("");
            }
        }
        cells.add(coding.confidence().name());
        cells.add(coding.answerCode());
        cells.add("");
        return cells;
    }

    /** One CSV record (RFC 4180, without the line break) of the cells, each neutralised and quoted where needed. */
    public static String csvLine(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String s = neutralise(cells.get(i));
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                sb.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(s);
            }
        }
        return sb.toString();
    }

    /** The text as written to a cell: prefixed with an apostrophe when it could start a formula. */
    public static String neutralise(String text) {
        return !text.isEmpty() && trigger(text.charAt(0)) ? "'" + text : text;
    }

    /** Undoes {@link #neutralise}: one apostrophe before a formula character or an apostrophe goes. */
    public static String restore(String cell) {
        return cell.length() >= 2 && cell.charAt(0) == '\'' && trigger(cell.charAt(1)) ? cell.substring(1) : cell;
    }

    private static boolean trigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'';
    }

    /**
     * Checks a reviewed code: of the form {@code ^[1-8](-[0-9]{2}){0,3}$} and in {@code codes}.
     *
     * @return the code in full form
     * @throws NormalizeException (Chinese and English) when it is malformed or unknown
     */
    static String checkCode(String code, OccupationCodes codes) {
        String full;
        try {
            full = OccupationCodes.normalize(code);
        } catch (IllegalArgumentException e) {
            throw new NormalizeException(Messages.REVIEWED_MALFORMED_CODE.text(code));
        }
        if (!codes.contains(full)) {
            LocalizedText text = codes.closest(full)
                    .map(o -> Messages.REVIEWED_UNKNOWN_CODE_CLOSEST.text(code, o.code() + " " + o.name()))
                    .orElseGet(() -> Messages.REVIEWED_UNKNOWN_CODE.text(code));
            throw new NormalizeException(text);
        }
        return full;
    }
}

package org.talentcatalog.postings;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.postings.internal.PostingFields;

/**
 * The columns of postings held as rows of cells elsewhere (a DataFrame, a database result): the
 * header read once, each row's cells turned into a {@link Posting} with exactly the checks
 * {@code catalog postings} applies to a file's records, each error at its cell.
 *
 * <pre>{@code
 * PostingColumns columns = PostingColumns.of(List.of("title", "company", "city", "posted_on"), "postings.parquet");
 * Posting p = columns.read(List.of("芯片设计工程师", "甲公司", "浦东新区", "2024-03-01"), i -> "postings.parquet [" + i + "]");
 * }</pre>
 *
 * <p>Column names are those of a postings file (English or Chinese, docs/postings.md); a name that is
 * none of them is ignored, and of a name given twice the first counts. Immutable and thread-safe.
 */
public final class PostingColumns {

    private final int[] column;
    private final int size;

    private PostingColumns(int[] column, int size) {
        this.column = column;
        this.size = size;
    }

    /**
     * The columns of a header.
     *
     * @param header the column names, in order
     * @param where the header's place, for the error
     * @return the columns
     * @throws PostingsException if title, company, posted_on, or both city and region are missing
     */
    public static PostingColumns of(List<String> header, String where) {
        Objects.requireNonNull(where, "where");
        int[] column = new int[PostingFields.NAMES.size()];
        Arrays.fill(column, -1);
        boolean[] present = new boolean[column.length];
        for (int i = 0; i < header.size(); i++) {
            int f = PostingFields.field(header.get(i));
            if (f >= 0 && column[f] < 0) {
                column[f] = i;
                present[f] = true;
            }
        }
        PostingFields.require(present, where);
        return new PostingColumns(column, header.size());
    }

    /**
     * The posting of one row.
     *
     * @param cells the row's cells in header order; {@code null} is an empty cell, a missing trailing
     *     cell too
     * @param where the place of a cell by its column index (for an absent field, the index one past
     *     the header's last column), for errors
     * @return the posting
     * @throws PostingsException for a bad or missing value, at its cell
     */
    public Posting read(List<@Nullable String> cells, IntFunction<String> where) {
        return PostingFields.posting(new PostingFields.Cells() {
            @Override
            public String text(int field) {
                int i = column[field];
                String t = i < 0 || i >= cells.size() ? null : cells.get(i);
                return t == null ? "" : t;
            }

            @Override
            public String where(int field) {
                return where.apply(column[field] < 0 ? size : column[field]);
            }
        });
    }
}

package org.talentcatalog.tabular;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.tabular.internal.CatalogInfo;
import org.talentcatalog.tabular.internal.CsvFiles;
import org.talentcatalog.tabular.internal.JsonTexts;
import org.talentcatalog.tabular.internal.TableRows;
import org.talentcatalog.tabular.internal.XlsxOut;
import org.talentcatalog.tabular.internal.XlsxTable;

/** Writes a catalog as an XLSX workbook, as CSV positions, or as a CSV file's side file. Stateless. */
final class Writing {

    private Writing() {
    }

    /** The XLSX form (sheets 岗位 and 目录信息), to a stream that is not closed. */
    static void xlsx(Catalog catalog, OutputStream out, WriteOptions options) throws IOException {
        JsonNode tree = CatalogJson.toTree(catalog);
        JsonTexts json = new JsonTexts();
        boolean english = options.headers() == HeaderLanguage.ENGLISH;
        TableRows rows = new TableRows(tree.path("positions"), english, options.levelStyle(), options.codeLists(), json);
        try (XlsxOut x = new XlsxOut(new NonClosing(out))) {
            x.sheet(english ? "Positions" : XlsxTable.POSITIONS, rows.header());
            rows.forEach(r -> {
                try {
                    x.row(r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            x.sheet(english ? "Catalog" : XlsxTable.INFO, english ? CatalogInfo.HEADER_EN : CatalogInfo.HEADER_ZH);
            for (var row : CatalogInfo.rows(tree, english, json)) {
                x.row(row);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The positions as CSV, to a stream that is not closed. */
    static void csv(Catalog catalog, OutputStream out, WriteOptions options) throws IOException {
        JsonNode tree = CatalogJson.toTree(catalog);
        Charset charset = Objects.requireNonNullElse(options.csvCharset(), StandardCharsets.UTF_8);
        Writer w = new BufferedWriter(new OutputStreamWriter(new NonClosing(out), charset.newEncoder()), 64 * 1024);
        if (charset.equals(StandardCharsets.UTF_8)) {
            w.write('\uFEFF'); // Excel opens UTF-8 CSV correctly only with a byte order mark
        }
        TableRows rows = new TableRows(tree.path("positions"), options.headers() == HeaderLanguage.ENGLISH, options.levelStyle(),
                options.codeLists(), new JsonTexts());
        CsvFiles.writeRow(w, rows.header());
        try {
            rows.forEach(r -> {
                try {
                    CsvFiles.writeRow(w, r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    /** A CSV file's side file: the catalog's canonical JSON without {@code positions}. */
    static String sideFile(Catalog catalog) {
        ObjectNode tree = (ObjectNode) CatalogJson.toTree(catalog.withPositions(List.of()));
        tree.remove("positions");
        ObjectMapper mapper = new ObjectMapper();
        try {
            StringWriter out = new StringWriter();
            try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
                g.setPrettyPrinter(CatalogJson.canonicalPrinter());
                mapper.writeTree(g, tree);
            }
            return out + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a caller's stream open when a writer closes its own. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

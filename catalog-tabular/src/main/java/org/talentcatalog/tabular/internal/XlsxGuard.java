package org.talentcatalog.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.tabular.TableLimits;
import org.talentcatalog.tabular.TabularException;

/**
 * Checks an XLSX file before the spreadsheet library opens it, by inflating every entry once and
 * counting the bytes it really produces (declared sizes can lie): the number of entries, each
 * entry's and the total inflated size, the compression ratio (zip bombs), and the longest run of
 * character data in the XML parts, which bounds the longest cell, so that a 100 MB cell is refused
 * before anything allocates it, and the cell references of every worksheet ({@link CellReferences}),
 * so that a row or column beyond a worksheet is refused before a row is sized by it. Collects the
 * merged-cell ranges of each sheet on the way.
 */
public final class XlsxGuard {

    private static final byte[] MERGE = "<mergeCell ref=\"".getBytes(StandardCharsets.US_ASCII);
    private static final long RATIO_FLOOR = 1L << 20;

    private XlsxGuard() {
    }

    /**
     * What the scan found.
     *
     * @param merges merged ranges (e.g. {@code B3:B7}) by zip entry name
     * @param relationships the workbook's relationship targets by id (for finding a sheet's entry)
     */
    public record Scan(Map<String, List<String>> merges, Map<String, String> relationships) {
    }

    /** Scans the file, or throws a {@link TabularException} naming the limit it breaks. */
    public static Scan scan(Path file, TableLimits limits) throws IOException {
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            throw refuse("read:limit", null, Messages.XLSX_FILE_TOO_LARGE.text(size, limits.maxFileBytes()));
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw notXlsx(file);
        }
        try (zip) {
            if (zip.size() > limits.maxEntries()) {
                throw refuse("read:zipBomb", null, Messages.XLSX_TOO_MANY_ENTRIES.text(zip.size(), limits.maxEntries()));
            }
            Map<String, List<String>> merges = new HashMap<>();
            Map<String, String> rels = new HashMap<>();
            Set<String> names = new HashSet<>();
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!names.add(e.getName())) {
                    throw refuse("read:zipBomb", e.getName(), Messages.XLSX_DUPLICATE_ENTRY.text());
                }
                List<String> found = new ArrayList<>();
                ByteArrayCollector relBytes = e.getName().equals("xl/_rels/workbook.xml.rels") ? new ByteArrayCollector() : null;
                total += inflate(zip, e, limits, total, found, relBytes);
                if (!found.isEmpty()) {
                    merges.put(e.getName(), found);
                }
                if (relBytes != null) {
                    rels = relationships(relBytes.text());
                }
            }
            if (!names.contains("xl/workbook.xml")) {
                throw notXlsx(file);
            }
            return new Scan(merges, rels);
        }
    }

    private static long inflate(ZipFile zip, ZipEntry e, TableLimits limits, long totalBefore, List<String> merges,
            ByteArrayCollector keep) throws IOException {
        long compressed = Math.max(e.getCompressedSize(), 1);
        boolean xml = e.getName().endsWith(".xml");
        long maxRun = 6L * limits.maxCellChars() + 1024;
        long count = 0;
        long run = 0;
        int matched = 0;
        StringBuilder ref = null;
        CellReferences cells = CellReferences.checks(e.getName()) ? new CellReferences(e.getName()) : null;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(e)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                count += n;
                if (count > limits.maxEntryBytes() || totalBefore + count > limits.maxTotalBytes()) {
                    throw refuse("read:zipBomb", e.getName(), Messages.XLSX_INFLATES_TOO_MUCH.text(limits.maxEntryBytes(), limits.maxTotalBytes()));
                }
                if (count > RATIO_FLOOR && count / compressed > limits.maxCompressionRatio()) {
                    throw refuse("read:zipBomb", e.getName(), Messages.XLSX_COMPRESSION_RATIO.text(limits.maxCompressionRatio()));
                }
                if (keep != null) {
                    keep.add(buf, n, 1 << 20);
                }
                if (!xml) {
                    continue;
                }
                if (cells != null) {
                    cells.accept(buf, n);
                }
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    run = b == '<' ? 0 : run + 1;
                    if (run > maxRun) {
                        throw refuse("read:cellTooLarge", e.getName(), Messages.XLSX_CELL_TOO_LARGE.text(limits.maxCellChars()));
                    }
                    if (ref != null) {
                        if (b == '"' || ref.length() > 32) {
                            merges.add(ref.toString());
                            ref = null;
                        } else {
                            ref.append((char) b);
                        }
                    } else {
                        matched = b == MERGE[matched] ? matched + 1 : b == MERGE[0] ? 1 : 0;
                        if (matched == MERGE.length) {
                            ref = new StringBuilder();
                            matched = 0;
                        }
                    }
                }
            }
        } catch (ZipException ex) {
            throw refuse("read:notXlsx", e.getName(), Messages.XLSX_CORRUPT_ENTRY.text(ex.getMessage()));
        }
        for (String range : merges) {
            CellReferences.checkMerge(e.getName(), range);
        }
        return count;
    }

    private static Map<String, String> relationships(String xml) {
        Map<String, String> out = new HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<Relationship\\b[^>]*>").matcher(xml);
        while (m.find()) {
            String tag = m.group();
            String id = attribute(tag, "Id");
            String target = attribute(tag, "Target");
            if (id != null && target != null) {
                out.put(id, target.startsWith("/") ? target.substring(1) : "xl/" + target);
            }
        }
        return out;
    }

    private static String attribute(String tag, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    private static TabularException notXlsx(Path file) {
        return refuse("read:notXlsx", null, Messages.XLSX_NOT_WORKBOOK.text());
    }

    private static TabularException refuse(String problem, String where, LocalizedText text) {
        return ReadIssues.refused(problem, where, text);
    }

    /** Keeps the first bytes of a small entry. */
    private static final class ByteArrayCollector {
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        void add(byte[] b, int n, int max) {
            if (out.size() + n <= max) {
                out.write(b, 0, n);
            }
        }

        String text() {
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}

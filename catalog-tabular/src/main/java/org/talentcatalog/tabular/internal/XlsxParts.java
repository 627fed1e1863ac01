package org.talentcatalog.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * The parts of an XLSX package that the table reader needs: the sheets of {@code xl/workbook.xml} in
 * order, with the zip entry of each (from {@code xl/_rels/workbook.xml.rels}), and the shared-string
 * table, read once when first needed. XML is read with StAX, without DTDs or external entities. Call
 * after {@link XlsxGuard#scan}, which bounds every entry. Not thread-safe.
 */
final class XlsxParts implements AutoCloseable {

    /** One sheet: its name, its relationship id and its zip entry ({@code null} when the package lacks it). */
    record SheetPart(String name, String id, @Nullable String entry) {
    }

    private static final XMLInputFactory XML = factory();

    private final ZipFile zip;
    private final List<SheetPart> sheets = new ArrayList<>();
    private final @Nullable String sharedStringsEntry;
    private @Nullable List<String> sharedStrings;

    XlsxParts(Path file) throws IOException, XMLStreamException {
        this.zip = new ZipFile(file.toFile());
        try {
            Map<String, String> targets = new HashMap<>();
            String shared = null;
            XMLStreamReader rels = open("xl/_rels/workbook.xml.rels");
            if (rels != null) {
                try {
                    while (next(rels, "Relationship")) {
                        String id = rels.getAttributeValue(null, "Id");
                        String target = rels.getAttributeValue(null, "Target");
                        String type = rels.getAttributeValue(null, "Type");
                        if (id != null && target != null) {
                            String entry = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                            targets.put(id, entry);
                            if (type != null && type.endsWith("/sharedStrings")) {
                                shared = entry;
                            }
                        }
                    }
                } finally {
                    rels.close();
                }
            }
            this.sharedStringsEntry = shared != null ? shared : zip.getEntry("xl/sharedStrings.xml") != null ? "xl/sharedStrings.xml" : null;
            XMLStreamReader workbook = open("xl/workbook.xml");
            if (workbook != null) {
                try {
                    while (next(workbook, "sheet")) {
                        String id = relationshipId(workbook);
                        String name = workbook.getAttributeValue(null, "name");
                        sheets.add(new SheetPart(name == null ? "" : name, id, targets.get(id)));
                    }
                } finally {
                    workbook.close();
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The sheets in workbook order. */
    List<SheetPart> sheets() {
        return sheets;
    }

    /** Whether the package has a shared-string table. */
    boolean hasSharedStrings() {
        return sharedStringsEntry != null;
    }

    /**
     * The shared-string table (empty when there is none), read on first use: each item's text runs
     * joined, its phonetic runs ({@code <rPh>}) left out as spreadsheets show it.
     */
    List<String> sharedStrings(int maxChars) throws IOException, XMLStreamException {
        List<String> table = sharedStrings;
        if (table != null) {
            return table;
        }
        table = new ArrayList<>();
        XMLStreamReader r = sharedStringsEntry == null ? null : open(sharedStringsEntry);
        if (r != null) {
            try {
                while (next(r, "si")) {
                    table.add(text(r, maxChars));
                }
            } finally {
                r.close();
            }
        }
        sharedStrings = table;
        return table;
    }

    /** A reader of an entry, or {@code null} when the package has no such entry. */
    @Nullable XMLStreamReader open(String entry) throws IOException, XMLStreamException {
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            return null;
        }
        InputStream in = zip.getInputStream(e);
        return XML.createXMLStreamReader(in);
    }

    /** Moves to the next start of an element named {@code name}; false at the end of the document. */
    static boolean next(XMLStreamReader r, String name) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of rich text at its start element ({@code <si>}, {@code <is>}): the {@code <t>} runs
     * joined, phonetic runs left out; afterwards the reader is at its end element. A text longer than
     * {@code maxChars} is cut after {@code maxChars + 1} characters, so the caller sees it is too long
     * without it being held.
     */
    static String text(XMLStreamReader r, int maxChars) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("t")) {
                    String t = r.getElementText();
                    sb.append(t, 0, Math.min(t.length(), Math.max(0, maxChars + 1 - sb.length())));
                } else if (name.equals("rPh")) {
                    skip(r);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return sb.toString();
    }

    /** Skips the element whose start the reader is at, to its end element. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    private static String relationshipId(XMLStreamReader r) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            if ("id".equals(r.getAttributeLocalName(i)) && ns != null && !ns.isEmpty()) {
                return r.getAttributeValue(i);
            }
        }
        return "";
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}

package org.talentcatalog.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One sheet of a written workbook as a person opening it sees it, read straight from its XML parts
 * (independently of the module's reader): the text of each cell by reference, the bold cells, the
 * column widths and whether the header row is frozen.
 *
 * @param cells the text of each non-empty cell, by reference ({@code B12}), in document order
 * @param bold the references of the cells whose font is bold
 * @param widths the declared width of each column, by 0-based column
 * @param frozenRows the number of rows frozen at the top, 0 when none
 * @param dropDowns the list validations: the cells' range ({@code E2:E1001}) to the formula of the values
 *     ({@code '选项'!$A$2:$A$41}), in document order
 * @param warnings the list validations' range to the title and text of the message shown for a value not in
 *     the list, joined by {@code " | "}, and whether it is a warning (rather than a refusal) before them
 * @param numbers the references of the cells that hold a number (not text)
 */
record WorkbookSheet(Map<String, String> cells, Set<String> bold, Map<Integer, Double> widths, int frozenRows,
        Map<String, String> dropDowns, Map<String, String> warnings, Set<String> numbers) {

    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** The text of a cell, "" when it is empty or absent. */
    String cell(String ref) {
        return cells.getOrDefault(ref, "");
    }

    /** The texts of one column from a row to the last non-empty row, "" for the empty ones. */
    List<String> column(String column, int fromRow) {
        int last = lastRow();
        List<String> out = new ArrayList<>();
        for (int r = fromRow; r <= last; r++) {
            out.add(cell(column + r));
        }
        return out;
    }

    /** The number of the last row holding a non-empty cell. */
    int lastRow() {
        int last = 0;
        for (String ref : cells.keySet()) {
            last = Math.max(last, Integer.parseInt(ref.replaceAll("^[A-Z]+", "")));
        }
        return last;
    }

    /** The sheet of that name in a workbook file. */
    static WorkbookSheet read(Path xlsx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            String id = null;
            XMLStreamReader r = open(zip, "xl/workbook.xml");
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")
                        && name.equals(r.getAttributeValue(null, "name"))) {
                    id = r.getAttributeValue(REL, "id");
                }
            }
            if (id == null) {
                throw new IllegalArgumentException("no sheet " + name);
            }
            String target = null;
            r = open(zip, "xl/_rels/workbook.xml.rels");
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && id.equals(r.getAttributeValue(null, "Id"))) {
                    target = r.getAttributeValue(null, "Target");
                }
            }
            return sheet(zip, "xl/" + target, sharedStrings(zip), boldStyles(zip));
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static WorkbookSheet sheet(ZipFile zip, String part, List<String> strings, Set<String> boldStyles)
            throws IOException, XMLStreamException {
        Map<String, String> cells = new LinkedHashMap<>();
        Set<String> bold = new HashSet<>();
        Map<Integer, Double> widths = new HashMap<>();
        Map<String, String> dropDowns = new LinkedHashMap<>();
        Map<String, String> warnings = new LinkedHashMap<>();
        Set<String> numbers = new HashSet<>();
        String validated = null;
        int frozen = 0;
        XMLStreamReader r = open(zip, part);
        String ref = null;
        String type = null;
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "col" -> {
                        int min = Integer.parseInt(r.getAttributeValue(null, "min"));
                        int max = Integer.parseInt(r.getAttributeValue(null, "max"));
                        for (int c = min; c <= max; c++) {
                            widths.put(c - 1, Double.parseDouble(r.getAttributeValue(null, "width")));
                        }
                    }
                    case "pane" -> {
                        String y = r.getAttributeValue(null, "ySplit");
                        frozen = "frozen".equals(r.getAttributeValue(null, "state")) && y != null ? (int) Double.parseDouble(y) : 0;
                    }
                    case "c" -> {
                        ref = r.getAttributeValue(null, "r");
                        type = r.getAttributeValue(null, "t");
                        text.setLength(0);
                        if (boldStyles.contains(String.valueOf(r.getAttributeValue(null, "s")))) {
                            bold.add(ref);
                        }
                    }
                    case "v", "t", "formula1" -> {
                        inText = true;
                        text.setLength(0);
                    }
                    case "dataValidation" -> {
                        validated = "list".equals(r.getAttributeValue(null, "type")) ? r.getAttributeValue(null, "sqref") : null;
                        if (validated != null) {
                            warnings.put(validated, r.getAttributeValue(null, "errorStyle") + " | " + r.getAttributeValue(null, "errorTitle")
                                    + " | " + r.getAttributeValue(null, "error"));
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && inText) {
                text.append(r.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (r.getLocalName()) {
                    case "v", "t" -> inText = false;
                    case "formula1" -> {
                        inText = false;
                        if (validated != null) {
                            dropDowns.put(validated, text.toString());
                        }
                    }
                    case "c" -> {
                        String value = "s".equals(type) ? strings.get(Integer.parseInt(text.toString())) : text.toString();
                        if (!value.isEmpty()) {
                            cells.put(ref, value);
                            if (type == null || type.equals("n")) {
                                numbers.add(ref);
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return new WorkbookSheet(cells, bold, widths, frozen, dropDowns, warnings, numbers);
    }

    private static List<String> sharedStrings(ZipFile zip) throws IOException, XMLStreamException {
        List<String> out = new ArrayList<>();
        if (zip.getEntry("xl/sharedStrings.xml") == null) {
            return out;
        }
        XMLStreamReader r = open(zip, "xl/sharedStrings.xml");
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("si")) {
                    text.setLength(0);
                }
                inText = r.getLocalName().equals("t");
            } else if (event == XMLStreamConstants.CHARACTERS && inText) {
                text.append(r.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                inText = false;
                if (r.getLocalName().equals("si")) {
                    out.add(text.toString());
                }
            }
        }
        return out;
    }

    /** The indexes (as text) of the cell formats whose font is bold. */
    private static Set<String> boldStyles(ZipFile zip) throws IOException, XMLStreamException {
        List<Boolean> fonts = new ArrayList<>();
        Set<String> out = new HashSet<>();
        XMLStreamReader r = open(zip, "xl/styles.xml");
        boolean inCellFormats = false;
        int format = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "font" -> fonts.add(false);
                    case "b" -> fonts.set(fonts.size() - 1, true);
                    case "cellXfs" -> inCellFormats = true;
                    case "xf" -> {
                        if (inCellFormats) {
                            String font = r.getAttributeValue(null, "fontId");
                            if (font != null && fonts.get(Integer.parseInt(font))) {
                                out.add(String.valueOf(format));
                            }
                            format++;
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                inCellFormats = false;
            }
        }
        return out;
    }

    private static XMLStreamReader open(ZipFile zip, String name) throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("no part " + name);
        }
        InputStream in = zip.getInputStream(entry);
        return XMLInputFactory.newFactory().createXMLStreamReader(in, "UTF-8");
    }
}

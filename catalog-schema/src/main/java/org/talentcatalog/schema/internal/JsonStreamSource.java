package org.talentcatalog.schema.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.ReadLimits;
import org.talentcatalog.model.internal.JsonPointers;
import org.talentcatalog.model.internal.JsonSource;
import org.talentcatalog.model.internal.JsonTrees;
import org.talentcatalog.model.internal.LocatedTree;
import org.talentcatalog.model.internal.LocatedTrees;
import org.talentcatalog.model.internal.LoneSurrogates;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Severity;

/**
 * JSON text, streamed: the header is gathered member by member and each position is read as a tree
 * with the location of every value inside it, handed on and forgotten, so a catalog of any size fits
 * a small heap. Reading problems (encoding, syntax, duplicate member names, limits) become located
 * {@code read:…} issues. Issues still without a line at the end (rules about the whole catalog) are
 * located in a second streaming pass. One per run.
 */
public final class JsonStreamSource implements DocumentSource {

    private final JsonSource source;
    private final ReadLimits limits;
    private final JsonTrees trees;
    private final Map<String, LocatedTree> headerMembers = new HashMap<>();
    private long rootAt = -1;
    private long positionsAt = -1;
    private JsonLocation failureAt;
    private boolean failed;

    /** The text of {@code source}, read within the limits of {@code trees}. */
    public JsonStreamSource(JsonSource source, ReadLimits limits, JsonTrees trees) {
        this.source = source;
        this.limits = limits;
        this.trees = trees;
    }

    @Override
    public void read(Sink sink) {
        Reader reader;
        try {
            reader = source.open(limits);
        } catch (CatalogJsonException e) {
            fail(sink, e.issue());
            return;
        }
        try (JsonParser p = trees.mapper().createParser(reader)) {
            if (source.hadBom()) {
                sink.problem(new Issue(Severity.WARNING, Layer.READ, "read:bom", "", 1, 1, null,
                        Messages.READ_BOM.text(), false));
            }
            try {
                read(p, sink);
            } catch (IOException | RuntimeException e) {
                failureAt = p.currentLocation(); // before closing moves it
                throw e;
            }
        } catch (StreamConstraintsException e) {
            fail(sink, located("read:limit", failureAt != null ? failureAt : e.getLocation(), 
                    Messages.READ_LIMIT.text(e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            String what = firstLine(e.getOriginalMessage());
            boolean duplicate = e.getOriginalMessage().startsWith("Duplicate field");
            fail(sink, located(duplicate ? "read:duplicateKey" : "read:syntax", e.getLocation() != null ? e.getLocation() : failureAt,
                    duplicate ? Messages.READ_DUPLICATE_KEY.text(what)
                            : Messages.READ_SYNTAX.text(what)));
        } catch (CharacterCodingException e) {
            CatalogJsonException problem = source.encodingProblem();
            fail(sink, problem == null ? Issue.of(Severity.ERROR, Layer.READ, "read:encoding", null,
                    Messages.READ_ENCODING.text()) : problem.issue());
        } catch (IOException e) {
            fail(sink, Issue.unreadableInput("read:io", null,
                    Messages.READ_IO.text(e.getMessage())));
        } catch (CatalogJsonException e) {
            fail(sink, e.issue());
        }
    }

    private void read(JsonParser p, Sink sink) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            fail(sink, new Issue(Severity.ERROR, Layer.READ, "read:empty", null, 1, 1, null,
                    Messages.READ_EMPTY.text(), false));
            return;
        }
        if (first != JsonToken.START_OBJECT) {
            LocatedTree root = LocatedTrees.read(p);
            requireEnd(p);
            sink.header(root.node(), Locator.lines(root::locate));
            return;
        }
        JsonLocation start = p.currentTokenLocation();
        rootAt = LocatedTrees.pack(start.getLineNr(), start.getColumnNr());
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        boolean positionsSeen = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = LoneSurrogates.checked(p, p.currentName());
            JsonToken t = p.nextToken();
            if ("positions".equals(name) && t == JsonToken.START_ARRAY && !positionsSeen) {
                positionsSeen = true;
                JsonLocation at = p.currentTokenLocation();
                positionsAt = LocatedTrees.pack(at.getLineNr(), at.getColumnNr());
                header.set(name, JsonNodeFactory.instance.arrayNode());
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    LocatedTree tree = LocatedTrees.read(p);
                    sink.position(index, tree.node(), Locator.lines(positionAt(index, tree)));
                    index++;
                }
            } else {
                LocatedTree member = LocatedTrees.read(p);
                headerMembers.put(name, member);
                header.set(name, member.node());
            }
        }
        requireEnd(p);
        sink.header(header, Locator.lines(this::headerAt));
    }

    /** Locates the pointers inside one position, given by their full pointer. */
    private static java.util.function.ToLongFunction<String> positionAt(int index, LocatedTree tree) {
        String base = "/positions/" + index;
        return pointer -> pointer.startsWith(base) && (pointer.length() == base.length() || pointer.charAt(base.length()) == '/')
                ? tree.locate(pointer.substring(base.length())) : -1;
    }

    /** Locates header pointers: the root, the positions array, and inside each header member. */
    private long headerAt(String pointer) {
        if (pointer.isEmpty()) {
            return rootAt;
        }
        if (pointer.equals("/positions")) {
            return positionsAt;
        }
        int end = pointer.indexOf('/', 1);
        String member = JsonPointers.unescape(end < 0 ? pointer.substring(1) : pointer.substring(1, end));
        LocatedTree tree = headerMembers.get(member);
        return tree == null ? -1 : tree.locate(end < 0 ? "" : pointer.substring(end));
    }

    /** Locates, in one more streaming pass, the issues still without a line. */
    @Override
    public List<Issue> placeRest(List<Finding> kept) {
        List<Issue> issues = DocumentSource.super.placeRest(kept);
        Set<String> wanted = new HashSet<>();
        for (Issue i : issues) {
            if (i.pointer() != null && i.line() == null) {
                wanted.add(i.pointer());
            }
        }
        if (wanted.isEmpty() || failed) {
            return issues;
        }
        Map<String, int[]> found;
        try {
            found = JsonPointers.locate(trees.mapper(), source.open(limits), wanted);
        } catch (CatalogJsonException e) {
            return issues;
        }
        List<Issue> out = new ArrayList<>(issues.size());
        for (Issue i : issues) {
            int[] lc = i.pointer() == null || i.line() != null ? null : found.get(i.pointer());
            out.add(lc == null ? i : i.locatedAt(lc[0], lc[1]));
        }
        return out;
    }

    private void fail(Sink sink, Issue issue) {
        failed = true;
        sink.problem(issue);
    }

    private static void requireEnd(JsonParser p) throws IOException {
        if (p.nextToken() != null) {
            throw new JsonProcessingException("unexpected content after the JSON value", p.currentTokenLocation()) {
                private static final long serialVersionUID = 1L;
            };
        }
    }

    private static Issue located(String rule, JsonLocation at, LocalizedText text) {
        Integer line = at == null || at.getLineNr() <= 0 ? null : at.getLineNr();
        Integer column = at == null || at.getColumnNr() <= 0 ? null : at.getColumnNr();
        return new Issue(Severity.ERROR, Layer.READ, rule, null, line, column, null, text, false);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}

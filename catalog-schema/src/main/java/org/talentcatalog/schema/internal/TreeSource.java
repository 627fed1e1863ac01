package org.talentcatalog.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Severity;

/**
 * A document already in memory as a tree — a table read into JSON, say — with the issues its reader
 * found and a locator for its values (the cells they came from, or none). A value the reader reports
 * an error about (at its pointer) is judged by no later layer. The tree is only read. One per run.
 */
public final class TreeSource implements DocumentSource {

    private final JsonNode root;
    private final Locator at;
    private final List<Issue> readIssues;

    /**
     * @param root the document
     * @param at where its values came from ({@link Locator#NOWHERE} when nothing is known)
     * @param readIssues the reader's own issues, with their pointers (and cells, if it knows them)
     */
    public TreeSource(JsonNode root, Locator at, List<Issue> readIssues) {
        this.root = root;
        this.at = at;
        this.readIssues = List.copyOf(readIssues);
    }

    @Override
    public void read(Sink sink) {
        for (Issue i : readIssues) {
            sink.problem(i);
            if (i.severity() == Severity.ERROR && i.pointer() != null) {
                sink.unread(i.pointer(), !root.at(i.pointer()).isMissingNode());
            }
        }
        JsonNode positions = root.isObject() ? root.get("positions") : null;
        if (positions == null || !positions.isArray()) {
            sink.header(root, at);
            return;
        }
        for (int i = 0; i < positions.size(); i++) {
            sink.position(i, positions.get(i), at);
        }
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        header.setAll((ObjectNode) root);
        header.set("positions", JsonNodeFactory.instance.arrayNode());
        sink.header(header, at);
    }

    /** Places the reader's issues, and any other still unplaced, with the same locator. */
    @Override
    public List<Issue> placeRest(List<Finding> kept) {
        List<Issue> out = new ArrayList<>(kept.size());
        kept.forEach(f -> out.add(at.place(f).issue()));
        return out;
    }
}

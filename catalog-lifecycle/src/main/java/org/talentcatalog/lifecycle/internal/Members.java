package org.talentcatalog.lifecycle.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.talentcatalog.lifecycle.CommentDecision;
import org.talentcatalog.lifecycle.Shortfall;
import org.talentcatalog.lifecycle.Transition;
import org.talentcatalog.model.Extensions;
import org.talentcatalog.model.Status;

/**
 * The format 1.1 catalog members (docs/format.md, "Format 1.1: the lifecycle members"), which a 1.0
 * reader carries as extension members: {@code x-transitions}, {@code x-comments} and
 * {@code x-proposedRemovals}. Reading reports each malformed item as a {@link Shortfall} at its
 * pointer (rule {@code L0}) and skips it.
 */
public final class Members {

    /** The recorded status changes. */
    public static final String TRANSITIONS = "x-transitions";
    /** The consultation comments and how each was handled. */
    public static final String COMMENTS = "x-comments";
    /** The positions a renewal proposes to remove. */
    public static final String PROPOSED_REMOVALS = "x-proposedRemovals";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Members() {
    }

    /** A comment's number and answer, as far as the approval guard needs them. */
    public record Answer(String pointer, String number, CommentDecision decision, boolean hasReason) {
    }

    /** The transitions recorded in {@code extensions}, in order; malformed items go to {@code problems}. */
    public static List<Transition> transitions(Extensions extensions, Consumer<Shortfall> problems) {
        List<Transition> out = new ArrayList<>();
        JsonNode array = array(extensions, TRANSITIONS, problems);
        for (int i = 0; i < array.size(); i++) {
            String at = "/" + TRANSITIONS + "/" + i;
            JsonNode item = array.get(i);
            if (!item.isObject()) {
                problems.accept(malformed(at, Messages.MEMBERS_ITEM_NOT_OBJECT.text(TRANSITIONS, i)));
                continue;
            }
            Status from = status(item, "from", at, i, problems);
            Status to = status(item, "to", at, i, problems);
            LocalDate date = date(item, "date", at, i, problems);
            JsonNode note = item.get("note");
            if (from != null && to != null && date != null) {
                out.add(new Transition(from, to, date, note == null || !note.isTextual() ? null : note.textValue()));
            }
        }
        return out;
    }

    /** {@code extensions} with one more transition at the end of {@code x-transitions}. */
    public static Extensions withTransition(Extensions extensions, Transition t) {
        ArrayNode array = JSON.arrayNode();
        extensions.get(TRANSITIONS).filter(JsonNode::isArray).ifPresent(a -> a.forEach(array::add));
        ObjectNode item = array.addObject();
        item.put("from", t.from().name());
        item.put("to", t.to().name());
        item.put("date", t.date().toString());
        if (t.note() != null) {
            item.put("note", t.note());
        }
        return extensions.with(TRANSITIONS, array);
    }

    /** {@code catalog}'s extensions with {@code x-comments} holding the comments. */
    public static Extensions withComments(org.talentcatalog.model.Catalog catalog, List<org.talentcatalog.lifecycle.Comment> comments) {
        java.util.Map<String, String> byName = new java.util.HashMap<>();
        catalog.positions().forEach(p -> {
            if (p.id() != null && p.name() != null && p.name().zh() != null) {
                byName.putIfAbsent(p.name().zh().strip(), p.id());
            }
        });
        ArrayNode array = JSON.arrayNode();
        int n = 0;
        for (org.talentcatalog.lifecycle.Comment c : comments) {
            n++;
            ObjectNode item = array.addObject();
            item.put("no", c.number().matches("[1-9][0-9]{0,8}") ? Integer.parseInt(c.number()) : n);
            if (!c.from().isEmpty()) {
                item.put("from", c.from());
            }
            item.put("text", c.text());
            if (!c.positions().isEmpty()) {
                ArrayNode ids = item.putArray("positions");
                c.positions().forEach(ref -> ids.add(catalog.position(ref).isPresent() ? ref : byName.getOrDefault(ref, ref)));
            }
            if (c.decision() == null) {
                item.putNull("decision");
            } else {
                item.put("decision", c.decision().name());
            }
            if (c.reason() != null) {
                item.put("reason", c.reason());
            }
        }
        return catalog.extensions().with(COMMENTS, array);
    }

    /** The answers of the comments in {@code x-comments}; an unanswered comment has no decision and is reported. */
    public static List<Answer> answers(Extensions extensions, Consumer<Shortfall> problems, Consumer<Shortfall> unanswered) {
        List<Answer> out = new ArrayList<>();
        JsonNode array = array(extensions, COMMENTS, problems);
        for (int i = 0; i < array.size(); i++) {
            String at = "/" + COMMENTS + "/" + i;
            JsonNode item = array.get(i);
            if (!item.isObject()) {
                problems.accept(malformed(at, Messages.MEMBERS_ITEM_NOT_OBJECT.text(COMMENTS, i)));
                continue;
            }
            JsonNode no = item.get("no");
            String number = no == null || no.isNull() ? String.valueOf(i + 1) : no.asText();
            JsonNode decision = item.get("decision");
            if (decision == null || decision.isNull()) {
                unanswered.accept(new Shortfall("L5", at, Messages.TRANSITION_COMMENT_UNANSWERED.text(number)));
                continue;
            }
            CommentDecision d = decision.isTextual() ? code(decision.textValue()) : null;
            if (d == null) {
                problems.accept(malformed(at + "/decision", Messages.MEMBERS_ITEM_BAD.text(COMMENTS, i, "decision", decision.toString())));
                continue;
            }
            JsonNode reason = item.get("reason");
            out.add(new Answer(at, number, d, reason != null && reason.isTextual() && !reason.textValue().isBlank()));
        }
        return out;
    }

    private static CommentDecision code(String text) {
        try {
            return CommentDecision.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static JsonNode array(Extensions extensions, String name, Consumer<Shortfall> problems) {
        JsonNode node = extensions.get(name).orElse(null);
        if (node == null || node.isNull()) {
            return JSON.arrayNode();
        }
        if (!node.isArray()) {
            problems.accept(malformed("/" + name, Messages.MEMBERS_NOT_ARRAY.text(name)));
            return JSON.arrayNode();
        }
        return node;
    }

    private static Status status(JsonNode item, String member, String at, int i, Consumer<Shortfall> problems) {
        JsonNode v = item.get(member);
        if (v != null && v.isTextual()) {
            try {
                return Status.valueOf(v.textValue());
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        problems.accept(malformed(at + "/" + member, Messages.MEMBERS_ITEM_BAD.text(TRANSITIONS, i, member, String.valueOf(v))));
        return null;
    }

    private static LocalDate date(JsonNode item, String member, String at, int i, Consumer<Shortfall> problems) {
        JsonNode v = item.get(member);
        if (v != null && v.isTextual()) {
            try {
                return LocalDate.parse(v.textValue());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.accept(malformed(at + "/" + member, Messages.MEMBERS_ITEM_BAD.text(TRANSITIONS, i, member, String.valueOf(v))));
        return null;
    }

    private static Shortfall malformed(String pointer, org.talentcatalog.model.LocalizedText text) {
        return new Shortfall("L0", pointer, text);
    }
}

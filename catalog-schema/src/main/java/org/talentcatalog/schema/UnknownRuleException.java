package org.talentcatalog.schema;

import java.util.List;
import java.util.Locale;
import org.talentcatalog.schema.internal.Messages;

/**
 * No rule of a registry has the asked id. The message lists the ids that are registered, as the
 * registry has them; {@link #getMessage()} is in Chinese, {@link #message(Locale)} in either language.
 */
public final class UnknownRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final List<String> registered;

    UnknownRuleException(String id, List<String> registered) {
        super(text(id, List.copyOf(registered), Locale.ROOT));
        this.id = id;
        this.registered = List.copyOf(registered);
    }

    private static String text(String id, List<String> registered, Locale locale) {
        Object ids = registered.isEmpty() ? Messages.RULE_NONE.text() : String.join(", ", registered);
        return Messages.RULE_UNKNOWN.format(locale, id, ids);
    }

    /** The id that was asked for. */
    public String id() {
        return id;
    }

    /** The ids registered, in registration order. */
    public List<String> registered() {
        return registered;
    }

    /** The message in Chinese, or in English for an English locale. */
    public String message(Locale locale) {
        return text(id, registered, locale);
    }
}

package org.talentcatalog.schema;

import java.util.List;
import java.util.Locale;

/**
 * No rule of a registry has the asked id. The message lists the ids that are registered, as the
 * registry has them; {@link #getMessage()} is in Chinese, {@link #message(Locale)} in either language.
 */
public final class UnknownRuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final List<String> registered;

    UnknownRuleException(String id, List<String> registered) {
        super(text(id, List.copyOf(registered), false));
        this.id = id;
        this.registered = List.copyOf(registered);
    }

    private static String text(String id, List<String> registered, boolean english) {
        String ids = registered.isEmpty() ? (english ? "(none)" : "（无）") : String.join(", ", registered);
        return english ? "no rule " + id + "; registered: " + ids : "没有标识为 " + id + " 的规则；已注册：" + ids;
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
        return text(id, registered, "en".equals(locale.getLanguage()));
    }
}

package org.talentcatalog.render;

import java.util.List;
import java.util.Locale;

/**
 * No renderer of the asked type has the asked name. The message lists the names that are registered
 * for the type, as the registry has them; {@link #getMessage()} is in Chinese,
 * {@link #message(Locale)} in either language.
 */
public final class UnknownRendererException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final String name;
    private final List<String> registered;

    UnknownRendererException(Class<?> type, String name, List<String> registered) {
        this(type.getSimpleName(), name, List.copyOf(registered));
    }

    private UnknownRendererException(String type, String name, List<String> registered) {
        super(text(type, name, registered, false));
        this.type = type;
        this.name = name;
        this.registered = registered;
    }

    private static String text(String type, String name, List<String> registered, boolean english) {
        String names = registered.isEmpty() ? (english ? "(none)" : "（无）") : String.join(", ", registered);
        return english ? "no output format " + name + " for " + type + "; registered: " + names
                : type + " 没有名为 " + name + " 的输出格式；已注册：" + names;
    }

    /** The name that was asked for. */
    public String name() {
        return name;
    }

    /** The names registered for the type, in registration order. */
    public List<String> registered() {
        return registered;
    }

    /** The message in Chinese, or in English for an English locale. */
    public String message(Locale locale) {
        return text(type, name, registered, RenderContext.of(locale).english());
    }
}

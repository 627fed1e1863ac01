package org.talentcatalog.render;

import org.talentcatalog.render.internal.Messages;
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
        super(text(type, name, registered, Locale.ROOT));
        this.type = type;
        this.name = name;
        this.registered = registered;
    }

    private static String text(String type, String name, List<String> registered, Locale locale) {
        Object names = registered.isEmpty() ? Messages.RENDERER_NONE.text() : String.join(", ", registered);
        return Messages.RENDERER_UNKNOWN.format(locale, type, name, names);
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
        return text(type, name, registered, locale);
    }
}

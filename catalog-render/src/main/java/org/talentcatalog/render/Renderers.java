package org.talentcatalog.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.render.internal.BuiltIns;
import org.talentcatalog.render.spi.Renderer;

/**
 * An immutable, thread-safe registry of renderers, found by the type they render and their name.
 *
 * <p>{@link #standard()} holds the built-ins ({@code text}, {@code markdown}, {@code json},
 * {@code patch} for a {@code CatalogDiff}; {@code text}, {@code json} for a {@code ValidationReport},
 * a {@code ScoringResult} and a {@code ConsensusResult}; {@code json} for a {@code Catalog}) followed
 * by every {@link Renderer} that {@link ServiceLoader} finds through this class's loader. A program
 * adds its own with {@code Renderers.standard().toBuilder().add(mine).build()}, or starts empty with
 * {@link #builder()}. Within a type, names keep their registration order.
 *
 * <pre>{@code
 * Renderer<CatalogDiff> text = Renderers.standard().get(CatalogDiff.class, "text");
 * text.write(diff, RenderContext.of(Locale.ENGLISH), System.out);   // UTF-8 bytes
 * }</pre>
 */
public final class Renderers {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    /** Per type, per name, in registration order. */
    private final Map<Class<?>, Map<String, Renderer<?>>> byType;

    private Renderers(Map<Class<?>, Map<String, Renderer<?>>> byType) {
        Map<Class<?>, Map<String, Renderer<?>>> copy = new LinkedHashMap<>();
        byType.forEach((type, named) -> copy.put(type, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(named))));
        this.byType = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The built-in renderers plus every one {@link ServiceLoader} finds; loaded once, then shared.
     *
     * @throws IllegalStateException when a registered renderer cannot be loaded or repeats a name
     *     (every call, with the same message)
     */
    public static Renderers standard() {
        if (Standard.LOADED instanceof RuntimeException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return (Renderers) Standard.LOADED;
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this registry's renderers, to add more. */
    public Builder toBuilder() {
        Builder b = new Builder();
        all().forEach(b::add);
        return b;
    }

    /** The renderer of {@code type} named {@code name}, if registered. */
    public <T> Optional<Renderer<T>> find(Class<T> type, String name) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        @SuppressWarnings("unchecked") // registered under the class its type() returns
        Renderer<T> r = (Renderer<T>) byType.getOrDefault(type, Map.of()).get(name);
        return Optional.ofNullable(r);
    }

    /**
     * The renderer of {@code type} named {@code name}.
     *
     * @throws UnknownRendererException when there is none; its message lists the registered names
     */
    public <T> Renderer<T> get(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new UnknownRendererException(type, name, names(type)));
    }

    /** The names registered for {@code type}, in registration order; empty when none. */
    public List<String> names(Class<?> type) {
        return List.copyOf(byType.getOrDefault(Objects.requireNonNull(type, "type"), Map.of()).keySet());
    }

    /** Every renderer, grouped by type, in registration order. */
    public List<Renderer<?>> all() {
        List<Renderer<?>> out = new ArrayList<>();
        byType.values().forEach(named -> out.addAll(named.values()));
        return List.copyOf(out);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Renderers r && byType.equals(r.byType);
    }

    @Override
    public int hashCode() {
        return byType.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Renderers[");
        byType.forEach((type, named) -> sb.append(sb.length() > 10 ? "; " : "").append(type.getSimpleName())
                .append(": ").append(String.join(", ", named.keySet())));
        return sb.append(']').toString();
    }

    /** Collects renderers; {@link #build()} freezes them. Not thread-safe. */
    public static final class Builder {

        private final Map<Class<?>, Map<String, Renderer<?>>> byType = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Registers a renderer under its type and name.
         *
         * @throws IllegalArgumentException when its name is not lower case ({@code [a-z0-9][a-z0-9._-]*}),
         *     its type or media type is missing, or another renderer of the type has the name (both classes named)
         */
        public Builder add(Renderer<?> renderer) {
            Objects.requireNonNull(renderer, "renderer");
            String name = renderer.name();
            String cls = renderer.getClass().getName();
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("输出格式名称须为小写 renderer name must be lower case [a-z0-9][a-z0-9._-]*: "
                        + name + " (" + cls + ")");
            }
            if (renderer.type() == null || renderer.mediaType() == null || renderer.mediaType().isBlank()) {
                throw new IllegalArgumentException("缺少类型或媒体类型 renderer without type or media type: " + cls);
            }
            Map<String, Renderer<?>> named = byType.computeIfAbsent(renderer.type(), t -> new LinkedHashMap<>());
            Renderer<?> other = named.get(name);
            if (other != null) {
                throw new IllegalArgumentException("输出格式重名 duplicate renderer name " + name + " for "
                        + renderer.type().getName() + ": " + other.getClass().getName() + ", " + cls);
            }
            named.put(name, renderer);
            return this;
        }

        /** The registry of the renderers added so far. */
        public Renderers build() {
            return new Renderers(byType);
        }
    }

    /**
     * The built-ins plus the renderers {@link ServiceLoader} finds through {@code loader}, or why they
     * cannot be registered: a provider that cannot be loaded, or a name used twice.
     */
    static Object load(ClassLoader loader) {
        try {
            Builder b = builder();
            BuiltIns.all().forEach(b::add);
            @SuppressWarnings({"unchecked", "rawtypes"}) // a service type cannot carry its type argument
            ServiceLoader<Renderer<?>> found = (ServiceLoader) ServiceLoader.load(Renderer.class, loader);
            found.forEach(b::add);
            return b.build();
        } catch (ServiceConfigurationError e) {
            return new IllegalStateException("无法加载输出格式 cannot load a renderer: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** The standard registry, or why it cannot be built; loaded on first use. */
    private static final class Standard {

        static final Object LOADED = load(Renderers.class.getClassLoader());
    }
}

package org.talentcatalog.render;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.talentcatalog.model.spi.Registry;
import org.talentcatalog.render.internal.BuiltIns;
import org.talentcatalog.render.internal.Messages;
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

    private static final Registry.Shape<Renderer<?>> SHAPE = Registry.Shape
            .<Renderer<?>>of(Messages.RENDERER_NOUN.text(), "[a-z0-9][a-z0-9._-]*", Renderer::name)
            .kinds(Renderer::type)
            .checks(Renderers::check);

    private final Registry<Renderer<?>> registry;

    private Renderers(Registry<Renderer<?>> registry) {
        this.registry = registry;
    }

    /**
     * The built-in renderers plus every one {@link ServiceLoader} finds; loaded once, then shared.
     *
     * @throws IllegalStateException when a registered renderer cannot be loaded or repeats a name
     *     (every call, with the same message)
     */
    public static Renderers standard() {
        return Standard.LOADED.get();
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder(SHAPE.builder());
    }

    /** A builder holding this registry's renderers, to add more. */
    public Builder toBuilder() {
        return new Builder(registry.toBuilder());
    }

    /** The renderer of {@code type} named {@code name}, if registered. */
    public <T> Optional<Renderer<T>> find(Class<T> type, String name) {
        @SuppressWarnings("unchecked") // registered under the class its type() returns
        Optional<Renderer<T>> r = registry.find(type, name).map(x -> (Renderer<T>) x);
        return r;
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
        return registry.names(type);
    }

    /** Every renderer, grouped by type, in registration order. */
    public List<Renderer<?>> all() {
        return registry.all();
    }

    @Override
    public String toString() {
        return registry.toString();
    }

    private static void check(Renderer<?> renderer) {
        if (renderer.mediaType() == null || renderer.mediaType().isBlank()) {
            throw Registry.refusal(Messages.RENDERER_NO_MEDIA_TYPE.text(renderer.name(), renderer.getClass().getName()));
        }
    }

    /** Collects renderers; {@link #build()} freezes them. Not thread-safe. */
    public static final class Builder {

        private final Registry.Builder<Renderer<?>> renderers;

        private Builder(Registry.Builder<Renderer<?>> renderers) {
            this.renderers = renderers;
        }

        /**
         * Registers a renderer under its type and name.
         *
         * @throws IllegalArgumentException when its name is not lower case ({@code [a-z0-9][a-z0-9._-]*}),
         *     its type or media type is missing, or another renderer of the type has the name (both classes named)
         */
        public Builder add(Renderer<?> renderer) {
            renderers.add(Objects.requireNonNull(renderer, "renderer"));
            return this;
        }

        /** The registry of the renderers added so far. */
        public Renderers build() {
            return new Renderers(renderers.build());
        }
    }

    /** The built-ins plus the renderers {@link ServiceLoader} finds through {@code loader}, or why they cannot be registered. */
    static Registry.Loaded<Renderers> load(ClassLoader loader) {
        @SuppressWarnings({"unchecked", "rawtypes"}) // a service type cannot carry its type argument
        Class<Renderer<?>> service = (Class) Renderer.class;
        return SHAPE.load(BuiltIns.all(), () -> ServiceLoader.load(service, loader), Renderers::new);
    }

    /** The standard registry, or why it cannot be built; loaded on first use. */
    private static final class Standard {

        static final Registry.Loaded<Renderers> LOADED = load(Renderers.class.getClassLoader());
    }
}

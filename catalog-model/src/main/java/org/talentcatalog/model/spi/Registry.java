package org.talentcatalog.model.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.internal.Messages;

/**
 * An immutable, thread-safe table of extensions, each under a kind and a unique name within its kind,
 * in registration order: the one shape behind the library's registries of rules, scoring methods,
 * catalog formats and renderers, so that they check names, refuse a name used twice, load from
 * {@link ServiceLoader} and word their errors alike. An embedder adds to those registries, not to
 * this class; it is public for the modules that build a registry on it.
 *
 * <p>A registry's {@link Shape} says what it holds: a noun for messages, the pattern a name must
 * match, how an entry gives its name, and optionally its kind (a scoring method's stage, a renderer's
 * type), further unique keys (a catalog format's file extensions) and a check of its own.
 *
 * <pre>{@code
 * static final Registry.Shape<Rule> SHAPE = Registry.Shape.of(noun, "[A-Za-z][A-Za-z0-9._-]*", Rule::id);
 * Registry<Rule> rules = SHAPE.builder().add(new MyRule()).build();
 * }</pre>
 *
 * <p>A registration error is an {@link IllegalArgumentException} whose message is in Chinese, then
 * {@code " / "}, then English, naming the classes concerned.
 *
 * @param <E> the type of the entries
 */
public final class Registry<E> {

    private static final Object SINGLE = new Object();

    private final Shape<E> shape;
    private final List<E> entries;
    private final Map<Object, Map<String, E>> byKind;
    private final Map<String, E> byKey;

    private Registry(Shape<E> shape, List<E> entries, Map<Object, Map<String, E>> byKind, Map<String, E> byKey) {
        this.shape = shape;
        this.entries = List.copyOf(entries);
        Map<Object, Map<String, E>> kinds = new LinkedHashMap<>();
        byKind.forEach((k, named) -> kinds.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(named))));
        this.byKind = Collections.unmodifiableMap(kinds);
        this.byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
    }

    /** Every entry, in registration order. */
    public List<E> all() {
        return entries;
    }

    /** The entry of a registry without kinds that has this name, if registered. */
    public Optional<E> find(String name) {
        return find(SINGLE, name);
    }

    /** The entry of this kind that has this name, if registered. */
    public Optional<E> find(Object kind, String name) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(byKind.getOrDefault(kind, Map.of()).get(name));
    }

    /** The names of a registry without kinds, in registration order. */
    public List<String> names() {
        return names(SINGLE);
    }

    /** The names registered for this kind, in registration order; empty when none. */
    public List<String> names(Object kind) {
        return List.copyOf(byKind.getOrDefault(Objects.requireNonNull(kind, "kind"), Map.of()).keySet());
    }

    /** The entry one of whose further keys is this one, if any. */
    public Optional<E> findByKey(String key) {
        return Optional.ofNullable(byKey.get(Objects.requireNonNull(key, "key")));
    }

    /** Every further key, in registration order. */
    public List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    /** A builder holding this registry's entries, to add or remove some. */
    public Builder<E> toBuilder() {
        Builder<E> b = shape.builder();
        entries.forEach(b::add);
        return b;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(shape.noun.en()).append('[');
        byKind.forEach((kind, named) -> sb.append(kind == SINGLE ? "" : kindName(kind) + ": ")
                .append(String.join(", ", named.keySet())).append("; "));
        return (byKind.isEmpty() ? sb : sb.delete(sb.length() - 2, sb.length())).append(']').toString();
    }

    private static String kindName(Object kind) {
        return kind instanceof Class<?> c ? c.getSimpleName() : String.valueOf(kind);
    }

    /**
     * The error a registry's own check throws to refuse an entry: the text in Chinese, then
     * {@code " / "}, then English, as every registration error of the library reads.
     */
    public static IllegalArgumentException refusal(LocalizedText text) {
        return new IllegalArgumentException(bilingual(text));
    }

    /**
     * What a registry holds and how its entries are named; immutable, so a registry class keeps its
     * shape in a constant.
     *
     * @param <E> the type of the entries
     */
    public static final class Shape<E> {

        private final LocalizedText noun;
        private final Pattern names;
        private final Function<? super E, @Nullable String> name;
        private final Function<? super E, @Nullable Object> kind;
        private final Consumer<? super E> check;
        private final @Nullable LocalizedText keyNoun;
        private final @Nullable Pattern keyPattern;
        private final Function<? super E, @Nullable List<String>> keys;

        private Shape(LocalizedText noun, Pattern names, Function<? super E, @Nullable String> name,
                Function<? super E, @Nullable Object> kind, Consumer<? super E> check,
                @Nullable LocalizedText keyNoun, @Nullable Pattern keyPattern, Function<? super E, @Nullable List<String>> keys) {
            this.noun = noun;
            this.names = names;
            this.name = name;
            this.kind = kind;
            this.check = check;
            this.keyNoun = keyNoun;
            this.keyPattern = keyPattern;
            this.keys = keys;
        }

        /**
         * A registry of entries without kinds or further keys.
         *
         * @param noun what an entry is called in messages, e.g. {@code LocalizedText.of("规则", "rule")}
         * @param namePattern the regular expression every name matches as a whole
         * @param name how an entry gives its name
         */
        public static <E> Shape<E> of(LocalizedText noun, String namePattern, Function<? super E, @Nullable String> name) {
            Objects.requireNonNull(noun.en(), "noun.en");
            return new Shape<>(noun, Pattern.compile(namePattern), Objects.requireNonNull(name, "name"),
                    e -> SINGLE, e -> { }, null, null, e -> List.of());
        }

        /** The same shape with names unique per kind, the kind an entry gives (a stage, a type). */
        public Shape<E> kinds(Function<? super E, @Nullable Object> kindOf) {
            return new Shape<>(noun, names, name, Objects.requireNonNull(kindOf, "kindOf"), check, keyNoun, keyPattern, keys);
        }

        /**
         * The same shape with a further check of each entry as it is added, which throws an
         * {@link IllegalArgumentException} to refuse it.
         */
        public Shape<E> checks(Consumer<? super E> entryCheck) {
            return new Shape<>(noun, names, name, kind, Objects.requireNonNull(entryCheck, "entryCheck"), keyNoun, keyPattern, keys);
        }

        /**
         * The same shape with further keys, unique across the registry and at least one per entry
         * (a format's file extensions).
         *
         * @param noun what a key is called in messages
         * @param pattern the regular expression every key matches as a whole
         * @param keysOf how an entry gives its keys
         */
        public Shape<E> keys(LocalizedText noun, String pattern, Function<? super E, @Nullable List<String>> keysOf) {
            return new Shape<>(this.noun, names, name, kind, check, Objects.requireNonNull(noun, "noun"),
                    Pattern.compile(pattern), Objects.requireNonNull(keysOf, "keysOf"));
        }

        /** An empty builder. */
        public Builder<E> builder() {
            return new Builder<>(this);
        }

        /**
         * The built-ins followed by every entry a {@link ServiceLoader} finds, wrapped in the registry
         * class; or why they cannot be registered, which {@link Loaded#get()} then throws every time.
         *
         * @param builtIns the entries that come first
         * @param found the registry module's own {@code ServiceLoader.load(Service.class, loader)}
         *     (the module that declares {@code uses} must create it)
         * @param wrap makes the registry class of the registry
         */
        public <R> Loaded<R> load(List<? extends E> builtIns, Supplier<? extends Iterable<?>> found,
                Function<Registry<E>, R> wrap) {
            try {
                Builder<E> b = builder();
                builtIns.forEach(b::add);
                for (Object provider : found.get()) {
                    @SuppressWarnings("unchecked") // the service type is E, less any type argument
                    E e = (E) provider;
                    b.add(e);
                }
                return new Loaded<>(wrap.apply(b.build()), null);
            } catch (ServiceConfigurationError e) {
                return new Loaded<>(null, new IllegalStateException(
                        bilingual(Messages.REGISTRY_CANNOT_LOAD.text(noun, e.getMessage())), e));
            } catch (RuntimeException e) {
                return new Loaded<>(null, e);
            }
        }

        private String nameOf(E entry) {
            String n = name.apply(entry);
            if (n == null || !names.matcher(n).matches()) {
                throw refusal(Messages.REGISTRY_BAD_NAME.text(noun, names.pattern(), n, entry.getClass().getName()));
            }
            return n;
        }

        private Object kindOf(E entry) {
            Object k = kind.apply(entry);
            if (k == null) {
                throw refusal(Messages.REGISTRY_NO_KIND.text(noun, entry.getClass().getName()));
            }
            return k;
        }
    }

    private static String bilingual(LocalizedText text) {
        return text.zh() + " / " + text.en();
    }

    /**
     * Collects entries; {@link #build()} freezes them. Not thread-safe.
     *
     * @param <E> the type of the entries
     */
    public static final class Builder<E> {

        private final Shape<E> shape;
        private final Map<Object, Map<String, E>> byKind = new LinkedHashMap<>();
        private final Map<String, E> byKey = new LinkedHashMap<>();

        private Builder(Shape<E> shape) {
            this.shape = shape;
        }

        /**
         * Registers an entry after those already added.
         *
         * @throws IllegalArgumentException when its name does not match the shape's pattern, it has
         *     no kind, it fails the shape's check, a key is missing or malformed, or another entry of
         *     its kind has the name or another entry a key (both classes named)
         */
        public Builder<E> add(E entry) {
            Objects.requireNonNull(entry, "entry");
            String name = shape.nameOf(entry);
            Object kind = shape.kindOf(entry);
            shape.check.accept(entry);
            E other = byKind.getOrDefault(kind, Map.of()).get(name);
            if (other != null) {
                String shown = kind == SINGLE ? name : name + " (" + kindName(kind) + ")";
                throw refusal(Messages.REGISTRY_DUPLICATE.text(shape.noun, shown,
                        other.getClass().getName(), entry.getClass().getName()));
            }
            List<String> keys = shape.keyNoun == null ? List.of() : keysOf(entry);
            byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(name, entry);
            keys.forEach(k -> byKey.put(k, entry));
            return this;
        }

        private List<String> keysOf(E entry) {
            LocalizedText noun = Objects.requireNonNull(shape.keyNoun);
            Pattern pattern = Objects.requireNonNull(shape.keyPattern);
            List<String> keys = shape.keys.apply(entry);
            String cls = entry.getClass().getName();
            if (keys == null || keys.isEmpty()) {
                throw refusal(Messages.REGISTRY_NO_KEY.text(shape.noun, noun, cls));
            }
            for (String k : keys) {
                if (k == null || !pattern.matcher(k).matches()) {
                    throw refusal(Messages.REGISTRY_BAD_NAME.text(noun, pattern.pattern(), k, cls));
                }
                E owner = byKey.get(k);
                if (owner != null) {
                    throw refusal(Messages.REGISTRY_DUPLICATE.text(noun, k, owner.getClass().getName(), cls));
                }
            }
            return keys;
        }

        /** Removes the entry of a registry without kinds that has this name; {@code false} when none has. */
        public boolean remove(String name) {
            return remove(SINGLE, name);
        }

        /** Removes the entry of this kind that has this name; {@code false} when none has. */
        public boolean remove(Object kind, String name) {
            E removed = byKind.getOrDefault(kind, new LinkedHashMap<>()).remove(name);
            if (removed == null) {
                return false;
            }
            byKey.values().removeIf(e -> e == removed);
            return true;
        }

        /** The names of a registry without kinds added so far, in order. */
        public List<String> names() {
            return List.copyOf(byKind.getOrDefault(SINGLE, Map.of()).keySet());
        }

        /** The registry of the entries added so far. */
        public Registry<E> build() {
            List<E> entries = new ArrayList<>();
            byKind.values().forEach(named -> entries.addAll(named.values()));
            return new Registry<>(shape, entries, byKind, byKey);
        }
    }

    /**
     * A standard registry as loaded once, or why it could not be: kept in a holder class's constant,
     * so a failing provider fails every call alike instead of once.
     *
     * @param <R> the registry class
     */
    public static final class Loaded<R> {

        private final @Nullable R value;
        private final @Nullable RuntimeException failure;

        private Loaded(@Nullable R value, @Nullable RuntimeException failure) {
            this.value = value;
            this.failure = failure;
        }

        /**
         * The registry.
         *
         * @throws IllegalStateException when it could not be loaded (every call, with the same message)
         */
        public R get() {
            if (failure != null || value == null) {
                RuntimeException f = Objects.requireNonNull(failure);
                throw new IllegalStateException(f.getMessage(), f);
            }
            return value;
        }
    }
}

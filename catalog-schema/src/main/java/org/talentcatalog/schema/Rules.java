package org.talentcatalog.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.talentcatalog.schema.internal.rules.BuiltInRules;
import org.talentcatalog.schema.spi.Rule;

/**
 * An immutable, thread-safe registry of validation rules by id, in the order they run.
 *
 * <p>{@link #standard()} holds R1–R18 of docs/format.md followed by every {@link Rule} that
 * {@link ServiceLoader} finds through this class's loader; it is what
 * {@link CatalogValidator#builder()} starts from. A program adds its own with
 * {@code Rules.standard().toBuilder().add(mine).build()}, or starts empty with {@link #builder()}.
 *
 * <pre>{@code
 * Rules rules = Rules.standard().toBuilder().remove("R14").add(new SalaryRangeRule()).build();
 * CatalogValidator validator = CatalogValidator.builder().rules(rules).build();
 * }</pre>
 */
public final class Rules {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");

    private final Map<String, Rule> byId;

    private Rules(Map<String, Rule> byId) {
        this.byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    /**
     * R1–R18 plus every rule {@link ServiceLoader} finds; loaded once, then shared.
     *
     * @throws IllegalStateException when a registered rule cannot be loaded, has no valid id or
     *     severity, or repeats an id (every call, with the same message)
     */
    public static Rules standard() {
        if (Standard.LOADED instanceof RuntimeException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return (Rules) Standard.LOADED;
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this registry's rules, to add or remove some. */
    public Builder toBuilder() {
        Builder b = new Builder();
        byId.values().forEach(b::add);
        return b;
    }

    /** The rule with the given id, if registered. */
    public Optional<Rule> find(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * The rule with the given id.
     *
     * @throws UnknownRuleException when there is none; its message lists the registered ids
     */
    public Rule get(String id) {
        return find(id).orElseThrow(() -> new UnknownRuleException(id, ids()));
    }

    /** The registered ids, in the order the rules run. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** Every rule, in the order they run. */
    public List<Rule> all() {
        return List.copyOf(byId.values());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rules r && byId.equals(r.byId);
    }

    @Override
    public int hashCode() {
        return byId.hashCode();
    }

    @Override
    public String toString() {
        return "Rules" + byId.keySet();
    }

    /** Collects rules; {@link #build()} freezes them. Not thread-safe. */
    public static final class Builder {

        private final Map<String, Rule> byId = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Registers a rule after those already added.
         *
         * @throws IllegalArgumentException when its id is not a letter followed by letters, digits,
         *     {@code .}, {@code _} or {@code -}, its severity is missing, or another rule has the id
         *     (both classes named)
         */
        public Builder add(Rule rule) {
            Objects.requireNonNull(rule, "rule");
            String id = rule.id();
            String cls = rule.getClass().getName();
            if (id == null || !ID.matcher(id).matches()) {
                throw new IllegalArgumentException("规则标识须以字母开头，只含字母、数字、. _ - "
                        + "rule id must be a letter followed by letters, digits, . _ or -: " + id + " (" + cls + ")");
            }
            if (rule.severity() == null) {
                throw new IllegalArgumentException("规则缺少级别 rule without severity: " + id + " (" + cls + ")");
            }
            Rule other = byId.get(id);
            if (other != null) {
                throw new IllegalArgumentException("规则标识重复 duplicate rule id " + id + ": "
                        + other.getClass().getName() + ", " + cls);
            }
            byId.put(id, rule);
            return this;
        }

        /**
         * Removes the rule with the given id (to replace a standard rule, say).
         *
         * @throws UnknownRuleException when no rule added so far has the id; its message lists those that have
         */
        public Builder remove(String id) {
            if (byId.remove(Objects.requireNonNull(id, "id")) == null) {
                throw new UnknownRuleException(id, List.copyOf(byId.keySet()));
            }
            return this;
        }

        /** The registry of the rules added so far. */
        public Rules build() {
            return new Rules(byId);
        }
    }

    /**
     * The built-in rules plus those {@link ServiceLoader} finds through {@code loader}, or why they
     * cannot be registered: a provider that cannot be loaded, or an id used twice.
     */
    static Object load(ClassLoader loader) {
        try {
            Builder b = builder();
            BuiltInRules.all().forEach(b::add);
            ServiceLoader.load(Rule.class, loader).forEach(b::add);
            return b.build();
        } catch (ServiceConfigurationError e) {
            return new IllegalStateException("无法加载规则 cannot load a rule: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** The standard registry, or why it cannot be built; loaded on first use. */
    private static final class Standard {

        static final Object LOADED = load(Rules.class.getClassLoader());
    }
}

package org.talentcatalog.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.talentcatalog.model.spi.Registry;
import org.talentcatalog.schema.internal.Messages;
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

    private static final Registry.Shape<Rule> SHAPE = Registry.Shape
            .<Rule>of(Messages.RULE_NOUN.text(), "[A-Za-z][A-Za-z0-9._-]*", Rule::id)
            .checks(Rules::check);

    private final Registry<Rule> registry;

    private Rules(Registry<Rule> registry) {
        this.registry = registry;
    }

    /**
     * R1–R18 plus every rule {@link ServiceLoader} finds; loaded once, then shared.
     *
     * @throws IllegalStateException when a registered rule cannot be loaded, has no valid id or
     *     severity, or repeats an id (every call, with the same message)
     */
    public static Rules standard() {
        return Standard.LOADED.get();
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder(SHAPE.builder());
    }

    /** A builder holding this registry's rules, to add or remove some. */
    public Builder toBuilder() {
        return new Builder(registry.toBuilder());
    }

    /** The rule with the given id, if registered. */
    public Optional<Rule> find(String id) {
        return registry.find(id);
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
        return registry.names();
    }

    /** Every rule, in the order they run. */
    public List<Rule> all() {
        return registry.all();
    }

    @Override
    public String toString() {
        return registry.toString();
    }

    private static void check(Rule rule) {
        if (rule.severity() == null) {
            throw Registry.refusal(Messages.RULE_NO_SEVERITY.text(rule.id(), rule.getClass().getName()));
        }
    }

    /** Collects rules; {@link #build()} freezes them. Not thread-safe. */
    public static final class Builder {

        private final Registry.Builder<Rule> rules;

        private Builder(Registry.Builder<Rule> rules) {
            this.rules = rules;
        }

        /**
         * Registers a rule after those already added.
         *
         * @throws IllegalArgumentException when its id is not a letter followed by letters, digits,
         *     {@code .}, {@code _} or {@code -}, its severity is missing, or another rule has the id
         *     (both classes named)
         */
        public Builder add(Rule rule) {
            rules.add(rule);
            return this;
        }

        /**
         * Removes the rule with the given id (to replace a standard rule, say).
         *
         * @throws UnknownRuleException when no rule added so far has the id; its message lists those that have
         */
        public Builder remove(String id) {
            if (!rules.remove(Objects.requireNonNull(id, "id"))) {
                throw new UnknownRuleException(id, rules.names());
            }
            return this;
        }

        /** The registry of the rules added so far. */
        public Rules build() {
            return new Rules(rules.build());
        }
    }

    /** R1–R18 plus the rules {@link ServiceLoader} finds through {@code loader}, or why they cannot be registered. */
    static Registry.Loaded<Rules> load(ClassLoader loader) {
        return SHAPE.load(BuiltInRules.all(), () -> ServiceLoader.load(Rule.class, loader), Rules::new);
    }

    /** The standard registry, or why it cannot be built; loaded on first use. */
    private static final class Standard {

        static final Registry.Loaded<Rules> LOADED = load(Rules.class.getClassLoader());
    }
}

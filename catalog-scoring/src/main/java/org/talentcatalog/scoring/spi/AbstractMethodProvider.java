package org.talentcatalog.scoring.spi;

import java.util.Objects;

/**
 * A base for providers that fixes the stage and the name. A method without parameters extends it and
 * implements its stage interface, and is then its own provider: {@link #create} returns the method
 * itself and {@link #method()} gives the name, as the stage interfaces' {@code method()} asks:
 *
 * <pre>{@code
 * public final class EqualWeighting extends AbstractMethodProvider<Weighting> implements Weighting {
 *     public EqualWeighting() {
 *         super(Weighting.class, "EQUAL");
 *     }
 *
 *     public Weights weigh(WeightingInput input) { … }
 * }
 * }</pre>
 *
 * <p>A provider of a method with parameters overrides {@link #create} to read them and construct the
 * method.
 *
 * @param <T> the stage interface
 */
public abstract class AbstractMethodProvider<T> implements ScoringMethodProvider<T> {

    private final Class<T> stage;
    private final String name;

    /**
     * @param stage the stage interface, e.g. {@code Weighting.class}
     * @param name the method name, e.g. {@code STANDARD_DEVIATION}
     */
    protected AbstractMethodProvider(Class<T> stage, String name) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public final Class<T> stage() {
        return stage;
    }

    @Override
    public final String name() {
        return name;
    }

    /** The name: the {@code method()} of a method that is its own provider. */
    public String method() {
        return name;
    }

    /**
     * This object, when it is itself a method of its stage (one without parameters); a provider of a
     * method with parameters overrides this.
     *
     * @throws IllegalStateException if this object is not a method of its stage
     */
    @Override
    public T create(MethodConfig config) {
        if (!stage.isInstance(this)) {
            throw new IllegalStateException(getClass().getName() + " is not a " + stage.getSimpleName()
                    + ": it must override create");
        }
        return stage.cast(this);
    }
}

package org.talentcatalog.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Position}; obtained from {@link Position#builder(String)}.
 *
 * <pre>{@code
 * Position p = Position.builder("IC-001")
 *         .name("集成电路设计工程师", "IC design engineer")
 *         .industry("INTEGRATED_CIRCUIT")
 *         .occupationCode("2-02-38-09")
 *         .category(JobCategory.APPLIED_TECHNOLOGY)
 *         .requirements(Requirements.of(Education.MASTER).withMajors("微电子", "电子科学与技术"))
 *         .shortage(Shortage.of(ShortageLevel.VERY_SCARCE))
 *         .build();
 * }</pre>
 *
 * <p>Not thread-safe; {@link #build()} does not validate.
 */
public final class PositionBuilder {

    private @Nullable String id;
    private @Nullable LocalizedText name;
    private @Nullable String industry;
    private @Nullable String industryClass;
    private @Nullable String occupationCode;
    private @Nullable JobCategory category;
    private @Nullable LocalizedText description;
    private @Nullable Requirements requirements;
    private @Nullable Shortage shortage;
    private @Nullable Demand demand;
    private List<Policy> policies = new ArrayList<>();
    private Extensions extensions = Extensions.none();

    PositionBuilder() {
    }

    PositionBuilder(Position p) {
        id = p.id();
        name = p.name();
        industry = p.industry();
        industryClass = p.industryClass();
        occupationCode = p.occupationCode();
        category = p.category();
        description = p.description();
        requirements = p.requirements();
        shortage = p.shortage();
        demand = p.demand();
        policies = new ArrayList<>(p.policies());
        extensions = p.extensions();
    }

    /** Sets the id. */
    public PositionBuilder id(@Nullable String value) {
        id = value;
        return this;
    }

    /** Sets the name. */
    public PositionBuilder name(@Nullable LocalizedText value) {
        name = value;
        return this;
    }

    /** Sets the name in Chinese and English ({@code en} may be {@code null}). */
    public PositionBuilder name(String zh, @Nullable String en) {
        return name(new LocalizedText(zh, en));
    }

    /** Sets the industry code. */
    public PositionBuilder industry(@Nullable String value) {
        industry = value;
        return this;
    }

    /** Sets the GB/T 4754-2017 industry class. */
    public PositionBuilder industryClass(@Nullable String value) {
        industryClass = value;
        return this;
    }

    /** Sets the occupation code. */
    public PositionBuilder occupationCode(@Nullable String value) {
        occupationCode = value;
        return this;
    }

    /** Sets the job category. */
    public PositionBuilder category(@Nullable JobCategory value) {
        category = value;
        return this;
    }

    /** Sets the description (duties). */
    public PositionBuilder description(@Nullable LocalizedText value) {
        description = value;
        return this;
    }

    /** Sets the requirements. */
    public PositionBuilder requirements(@Nullable Requirements value) {
        requirements = value;
        return this;
    }

    /** Sets the shortage. */
    public PositionBuilder shortage(@Nullable Shortage value) {
        shortage = value;
        return this;
    }

    /** Sets the demand. */
    public PositionBuilder demand(@Nullable Demand value) {
        demand = value;
        return this;
    }

    /** Sets the policies. */
    public PositionBuilder policies(Policy... values) {
        policies = new ArrayList<>(Arrays.asList(values));
        return this;
    }

    /** Sets the extension members. */
    public PositionBuilder extensions(Extensions value) {
        extensions = value;
        return this;
    }

    /** The position. */
    public Position build() {
        return new Position(id, name, industry, industryClass, occupationCode, category, description,
                requirements, shortage, demand, policies, extensions);
    }
}

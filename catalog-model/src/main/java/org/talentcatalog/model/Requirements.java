package org.talentcatalog.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.constraints.MaxCodePoints;
import org.talentcatalog.model.constraints.NonBlank;
import org.talentcatalog.model.constraints.UniqueItems;

/**
 * The talent quality and competency requirements of a position (人才素质与能力要求, seed 六).
 *
 * @param education the minimum education (学历) (required)
 * @param majors majors (专业背景), unique; never {@code null}
 * @param competencies competencies (能力需求), unique; never {@code null}
 * @param experience experience (过往业绩/经历), or {@code null}
 * @param certifications titles and qualifications (职称/职业资格), unique; never {@code null}
 * @param extensions vendor extension members; never {@code null}
 */
public record Requirements(
        @NotNull(message = "{org.talentcatalog.model.required}") @Nullable Education education,
        @UniqueItems(message = "{org.talentcatalog.model.uniqueItems}") List<@NotNull(message = "{org.talentcatalog.model.required}") @NonBlank @MaxCodePoints(200) String> majors,
        @UniqueItems(message = "{org.talentcatalog.model.uniqueItems}") List<@NotNull(message = "{org.talentcatalog.model.required}") @NonBlank @MaxCodePoints(200) String> competencies,
        @Valid @Nullable Experience experience,
        @UniqueItems(message = "{org.talentcatalog.model.uniqueItems}") List<@NotNull(message = "{org.talentcatalog.model.required}") @NonBlank @MaxCodePoints(200) String> certifications,
        Extensions extensions) {

    /** Copies the lists; {@code null} becomes empty. */
    public Requirements {
        majors = Lists.copy(majors);
        competencies = Lists.copy(competencies);
        certifications = Lists.copy(certifications);
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    /** Requirements of a minimum education only. */
    public static Requirements of(@Nullable Education education) {
        return new Requirements(education, List.of(), List.of(), null, List.of(), Extensions.none());
    }

    /** A copy with the given majors. */
    public Requirements withMajors(String... values) {
        return new Requirements(education, List.of(values), competencies, experience, certifications, extensions);
    }

    /** A copy with the given competencies. */
    public Requirements withCompetencies(String... values) {
        return new Requirements(education, majors, List.of(values), experience, certifications, extensions);
    }

    /** A copy with the given experience. */
    public Requirements withExperience(@Nullable Experience value) {
        return new Requirements(education, majors, competencies, value, certifications, extensions);
    }

    /** A copy with the given certifications. */
    public Requirements withCertifications(String... values) {
        return new Requirements(education, majors, competencies, experience, List.of(values), extensions);
    }

    /** A copy with the given extension members. */
    public Requirements withExtensions(Extensions value) {
        return new Requirements(education, majors, competencies, experience, certifications, value);
    }
}

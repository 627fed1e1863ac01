/**
 * From draft to renewal (seed 七, 十, 十一, 十二).
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link Lifecycle}: moves a catalog to its next {@link org.talentcatalog.model.Status status}
 *       only when what that status needs is there, and records each {@link Transition} in the
 *       catalog (format 1.1 member {@code x-transitions}); a refusal is a
 *       {@link TransitionRefusedException} listing each {@link Shortfall}.</li>
 *   <li>{@link Comments} and {@link ConsultationReport}: the statement of how a consultation's
 *       comments were handled (意见采纳情况说明), each with the changes it caused.</li>
 *   <li>{@link Renewal}: the next edition's draft from the previous edition and a scoring result.</li>
 *   <li>{@link Evaluation} and {@link BackTest}: the effect of a published edition between two survey
 *       waves, and its levels against the next edition's.</li>
 * </ul>
 *
 * <h2>Thread safety</h2>
 * Every type is immutable or stateless.
 *
 * <h2>Nullness</h2>
 * The package is {@link org.jspecify.annotations.NullMarked @NullMarked}: a type without
 * {@link org.jspecify.annotations.Nullable @Nullable} is never {@code null}.
 */
@NullMarked
package org.talentcatalog.lifecycle;

import org.jspecify.annotations.NullMarked;

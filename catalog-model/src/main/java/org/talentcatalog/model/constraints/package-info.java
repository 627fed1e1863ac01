/**
 * The Jakarta Bean Validation constraints of the exchange format that the standard ones lack, their
 * validators, and the interpolator of their messages.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>Constraints on the model's records: {@link NonBlank} (with docs/format.md's white space,
 *       U+3000 included), {@link MaxCodePoints}, {@link TextLength} (both languages of a
 *       {@link org.talentcatalog.model.LocalizedText}), {@link UniqueItems} and {@link CreditCode}
 *       (GB 32100-2015 check character).</li>
 *   <li>{@link CatalogMessageInterpolator}: resolves their messages from
 *       {@link ConstraintMessages#BUNDLE} in Chinese or English, with no expression language; pass it
 *       to the {@code Validator}'s configuration.</li>
 * </ul>
 *
 * <h2>Thread safety</h2>
 * A validator is initialised once by the Bean Validation engine and may then be used from any
 * thread; the interpolator is immutable and thread-safe.
 *
 * <h2>Nullness</h2>
 * The package is {@link org.jspecify.annotations.NullMarked @NullMarked}. As in Bean Validation, a
 * {@code null} value satisfies every constraint here (combine with {@code @NotNull} where a member is
 * required), so the validators accept a {@link org.jspecify.annotations.Nullable @Nullable} value.
 */
@NullMarked
package org.talentcatalog.model.constraints;

import org.jspecify.annotations.NullMarked;

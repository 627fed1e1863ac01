/**
 * Job-title normalisation (规范归纳人才需求岗位信息, issue 15): posting titles and free-text survey
 * answers to 2022 occupation codes (《职业分类大典（2022年版）》) and to a catalog's positions.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link TitleCoder}: cleans a title ({@link TitleCoder#clean}) and ranks occupation codes
 *       ({@link Coding}, {@link Candidate}), with a {@link Confidence} calibrated by
 *       cross-validation and a broader answer code when only the 小类 or 中类 is sure.</li>
 *   <li>{@link PositionMatcher}: ranks a catalog's positions for a title ({@link PositionMatch}).</li>
 *   <li>{@link LabelledTitle}: a title and its code, to teach a coder more aliases (reviewed answers).</li>
 * </ul>
 *
 * <h2>Thread safety</h2>
 * Coders, matchers and results are immutable and thread-safe; builders are not.
 *
 * <h2>Nullness</h2>
 * The package is {@link org.jspecify.annotations.NullMarked @NullMarked}: a type without
 * {@link org.jspecify.annotations.Nullable @Nullable} is never {@code null}.
 */
@NullMarked
package org.talentcatalog.normalize;

import org.jspecify.annotations.NullMarked;

/**
 * Handbooks of a release of catalogs: {@link org.talentcatalog.publish.Release} says what is
 * published, {@link org.talentcatalog.publish.Handbooks} writes it as an HTML folder or a Markdown
 * file, and {@link org.talentcatalog.publish.MarkdownRenderer} is the Markdown handbook under the
 * renderer registry's name {@code markdown}.
 */
@NullMarked
package org.talentcatalog.publish;

import org.jspecify.annotations.NullMarked;

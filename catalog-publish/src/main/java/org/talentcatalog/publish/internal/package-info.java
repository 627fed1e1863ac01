/**
 * How handbooks are made: the words of both languages ({@link org.talentcatalog.publish.internal.Words}),
 * the views the templates are filled from ({@link org.talentcatalog.publish.internal.Views}), the
 * inline SVG charts ({@link org.talentcatalog.publish.internal.Charts}), and the HTML and Markdown
 * writers. Not part of the API.
 */
@NullMarked
package org.talentcatalog.publish.internal;

import org.jspecify.annotations.NullMarked;

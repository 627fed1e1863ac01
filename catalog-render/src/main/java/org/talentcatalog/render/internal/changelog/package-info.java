/**
 * The diff's changelogs for people, in Markdown and plain text, from one shared selection and
 * wording of the changes. Not exported; not null-marked.
 */
package org.talentcatalog.render.internal.changelog;

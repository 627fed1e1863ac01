/**
 * The built-in renderers: the text reports of validation, scoring and expert consensus, the machine
 * formats of the other modules (JSON, JSON Patch) under the registry's names, and the list that
 * orders them. Not exported; not null-marked.
 */
package org.talentcatalog.render.internal;

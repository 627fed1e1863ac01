/**
 * The validator's machinery: the schema and model layers, the pipelines that feed them a document
 * (streamed JSON, or a tree read from a table), the collector that merges the layers' findings into
 * one issue per fault, and the reference lists in force. Not exported; not null-marked.
 */
package org.talentcatalog.schema.internal;

/**
 * The validator's machinery: the one validation run and the document sources it consumes (streamed
 * JSON, an in-memory tree, a catalog built in code), each yielding the header and the positions with
 * their locations; the schema and model layers; the collector that merges the layers' findings into
 * one issue per fault; the default executor and the reference lists in force. Not exported; not
 * null-marked.
 */
package org.talentcatalog.schema.internal;

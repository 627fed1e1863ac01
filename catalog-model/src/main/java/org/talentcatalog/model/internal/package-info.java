/**
 * Plumbing of the model module that catalog-schema and catalog-tabular share (module-info.java says
 * why it is exported to them alone): the lenient binder, JSON parsing within the read limits and with
 * the location of every value, JSON Pointers, the canonical writer and text predicates. Not part of
 * the API; it changes with the modules that use it. Not null-marked: nullness is stated member by
 * member in the Javadoc.
 */
package org.talentcatalog.model.internal;

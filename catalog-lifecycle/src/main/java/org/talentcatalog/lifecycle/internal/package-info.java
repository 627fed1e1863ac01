/**
 * The lifecycle's machinery: the guards of each status, the JSON of the format 1.1 members and the
 * messages. Not exported; not null-marked.
 */
package org.talentcatalog.lifecycle.internal;

/**
 * The {@code catalog} command-line tool: {@link org.talentcatalog.cli.Main} and one picocli command
 * per job (validate, convert, diff, score, consensus, codes, schema). Exported so that picocli can
 * run the commands; not a library API. Not null-marked.
 */
package org.talentcatalog.cli;

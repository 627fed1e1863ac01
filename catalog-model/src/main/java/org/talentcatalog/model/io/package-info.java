/**
 * Writing files safely: {@link org.talentcatalog.model.io.AtomicFiles} writes one file, or two
 * files both or neither, through a temporary file in the target's folder and an atomic move, and
 * reports every failure as a {@link org.talentcatalog.model.io.FileWriteException} that names the
 * target in Chinese and English.
 */
package org.talentcatalog.model.io;

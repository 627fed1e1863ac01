package org.talentcatalog.model;

/**
 * Bounds on what a reader accepts, so that hostile or broken input fails with a located error
 * instead of exhausting the stack or the heap.
 *
 * @param maxDocumentBytes the largest document, in bytes
 * @param maxDepth the deepest nesting of arrays and objects
 * @param maxStringLength the longest string value or member name, in characters
 * @param maxNumberLength the longest number literal, in characters
 */
public record ReadLimits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength) {

    /** 256 MiB, depth 64, strings of 1 Mi characters, numbers of 100 characters. */
    public static ReadLimits defaults() {
        return new ReadLimits(256L << 20, 64, 1 << 20, 100);
    }

    /** Checks that every bound is positive. */
    public ReadLimits {
        if (maxDocumentBytes <= 0 || maxDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    /** A copy with another document size limit. */
    public ReadLimits withMaxDocumentBytes(long value) {
        return new ReadLimits(value, maxDepth, maxStringLength, maxNumberLength);
    }

    /** A copy with another depth limit. */
    public ReadLimits withMaxDepth(int value) {
        return new ReadLimits(maxDocumentBytes, value, maxStringLength, maxNumberLength);
    }
}

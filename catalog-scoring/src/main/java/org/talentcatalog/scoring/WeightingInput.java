package org.talentcatalog.scoring;

import java.util.List;

/**
 * What a weighting method may look at. The arrays are the pipeline's working copies, shared for
 * speed: methods read them and never modify them.
 *
 * @param indicators indicator ids in configuration order
 * @param raw raw values, [position][indicator]
 * @param normalized normalised values, [position][indicator]
 */
public record WeightingInput(List<String> indicators, double[][] raw, double[][] normalized) {

    /** Copies the indicator list. */
    public WeightingInput {
        indicators = List.copyOf(indicators);
    }
}

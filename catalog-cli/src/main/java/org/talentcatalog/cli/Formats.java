package org.talentcatalog.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.render.Renderers;
import org.talentcatalog.render.UnknownRendererException;
import org.talentcatalog.render.spi.Renderer;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.scoring.ConsensusResult;
import org.talentcatalog.scoring.ScoringResult;

/**
 * The {@code --format} of every command that prints a result: a renderer of the result's type found by
 * name in {@link Renderers#standard()}, so a renderer added on the class path is a format of the
 * command, listed in its help and in the error for an unknown name.
 */
final class Formats {

    private Formats() {
    }

    /**
     * The renderer of {@code type} named {@code name}, or {@code null} after one line on {@code err}
     * naming the registered formats, as a wrong option value is said ({@link ParameterErrors}).
     */
    static <T> Renderer<T> resolve(Class<T> type, String name, String command, Language lang, PrintWriter err) {
        try {
            return Renderers.standard().get(type, name);
        } catch (UnknownRendererException e) {
            String known = ParameterErrors.alternatives(Renderers.standard().names(type), lang.locale());
            err.println(command + ": " + Messages.OPTION_CHOICES.format(lang.locale(), "--format", name, known)
                    + " (" + command + " --help)");
            err.flush();
            return null;
        }
    }

    /** The names of the renderers of a type, for {@code ${COMPLETION-CANDIDATES}} in help; read when iterated. */
    private abstract static class Names implements Iterable<String> {

        private final Class<?> type;

        Names(Class<?> type) {
            this.type = type;
        }

        @Override
        public Iterator<String> iterator() {
            return Renderers.standard().names(type).iterator();
        }
    }

    /** The formats of {@code catalog diff}. */
    static final class OfDiff extends Names {
        OfDiff() {
            super(CatalogDiff.class);
        }
    }

    /** The formats of {@code catalog validate}. */
    static final class OfValidation extends Names {
        OfValidation() {
            super(ValidationReport.class);
        }
    }

    /** The formats of {@code catalog score}. */
    static final class OfScoring extends Names {
        OfScoring() {
            super(ScoringResult.class);
        }
    }

    /** The formats of {@code catalog consensus}. */
    static final class OfConsensus extends Names {
        OfConsensus() {
            super(ConsensusResult.class);
        }
    }
}

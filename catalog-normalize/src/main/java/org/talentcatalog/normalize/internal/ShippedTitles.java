package org.talentcatalog.normalize.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.normalize.NormalizeException;

/**
 * The learned data in the jar: the development set's titles, cleaned and counted per code
 * ({@value #RESOURCE} beside this class), written by {@link BuildTitles} from
 * {@code catalog-normalize/data/job-titles-coded.csv}. Tab-separated {@code cleaned, code, count};
 * lines starting with {@code #} are comments.
 */
public final class ShippedTitles {

    /** The resource's name, beside this class. */
    public static final String RESOURCE = "titles-2022.tsv";

    private ShippedTitles() {
    }

    /** The shipped aliases, read once. */
    public static List<Alias> aliases() {
        return Holder.ALIASES;
    }

    /** Reads aliases in the shipped format. */
    static List<Alias> read(InputStream in, String name) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Alias> out = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                if (f.length != 3 || f[0].isEmpty() || !OccupationCodes.isWellFormed(f[1])) {
                    throw new NumberFormatException();
                }
                out.add(new Alias(f[0], OccupationCodes.normalize(f[1]), Integer.parseInt(f[2])));
            } catch (NumberFormatException e) {
                throw new NormalizeException(Messages.DATA_MALFORMED.text(name, number));
            }
        }
        return List.copyOf(out);
    }

    /** Writes aliases in the shipped format, sorted by code, then title, with a header comment. */
    static void write(List<Alias> aliases, Writer out) throws IOException {
        List<Alias> sorted = new ArrayList<>(aliases);
        sorted.sort(Comparator.comparing(Alias::code).thenComparing(Alias::cleaned));
        out.write("# Learned by catalog-normalize BuildTitles from data/job-titles-coded.csv: cleaned title, 2022 code, rows.\n");
        out.write("# Do not edit; rebuild (catalog-normalize/README.md).\n");
        for (Alias a : sorted) {
            out.write(a.cleaned() + "\t" + a.code() + "\t" + a.count() + "\n");
        }
    }

    /** Lazy holder: the resource is read on first use, once. */
    private static final class Holder {
        static final List<Alias> ALIASES = load();

        private static List<Alias> load() {
            try (InputStream in = ShippedTitles.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new NormalizeException(Messages.DATA_MISSING.text(RESOURCE));
                }
                return read(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

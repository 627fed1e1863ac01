package org.talentcatalog.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One call of the command line in the test's JVM: its exit code and what it wrote to each stream. */
record Run(int code, String out, String err) {

    /** Runs {@code catalog ARGS…} through {@link Main#run} and captures both streams. */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}

package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.io.FileReadException;

/**
 * A named pipe given as survey samples, an indicator table, ratings or a configuration is refused by
 * name instead of waiting for a writer; the timeout fails a regression instead of hanging the build.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NotRegularFilesTest {

    @TempDir
    Path dir;

    private Path fifo() throws IOException, InterruptedException {
        Path fifo = dir.resolve("input.csv");
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            Assumptions.assumeTrue(p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        } catch (IOException e) {
            Assumptions.abort("no mkfifo on this system");
        }
        return fifo;
    }

    private static void refused(Path fifo, Executable read) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, read);
        FileReadException cause = assertInstanceOf(FileReadException.class, e.getCause());
        assertEquals(fifo + ": is a named pipe (FIFO), not a regular file; a regular file is expected",
                cause.message(Locale.ENGLISH));
    }

    @Test
    void everyReaderOfAPathRefusesAPipe() throws Exception {
        Path fifo = fifo();
        refused(fifo, () -> ScoringConfig.read(fifo));
        refused(fifo, () -> ShortageScorer.isSurvey(fifo)); // where score(Path) starts
        refused(fifo, () -> SurveyData.read(fifo));
        refused(fifo, () -> IndicatorTable.readCsv(fifo));
        refused(fifo, () -> ExpertConsensus.readCsv(fifo));
    }
}

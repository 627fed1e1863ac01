package org.talentcatalog.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The files of the hostile-call tests, made in one folder: good inputs copied from the examples, and
 * bad ones made from them (truncated, empty, misencoded, a named pipe, a workbook with a cell beyond
 * its sheet).
 */
final class HostileFiles {

    static final Path DATA = Path.of("../examples/data");

    private HostileFiles() {
    }

    /** Makes every file in {@code dir}; whether a named pipe {@code fifo} could be made there (POSIX). */
    static boolean make(Path dir) throws IOException, InterruptedException {
        copy("catalogs/sh-ic-2024.json", dir.resolve("ok.json"));
        copy("catalogs/lingang-2024.json", dir.resolve("other.json"));
        copy("scoring/ic-survey-samples.csv", dir.resolve("samples.csv"));
        copy("scoring/ic-catalog-template.json", dir.resolve("template.json"));
        String config = Files.readString(DATA.resolve("scoring/ic-scoring-config.json"));
        Files.writeString(dir.resolve("config.json"), config);
        Files.writeString(dir.resolve("config-alpha.json"), config.replace("\"alpha\": 0.6", "\"alpha\": \"x\""));
        Files.write(dir.resolve("config-gb.json"), "{\"indicators\": \"正向\"}".getBytes("GB18030"));
        Files.writeString(dir.resolve("samples-bad.csv"), "respondent_id,respondent_type,position_id,position_name,"
                + "industry,region,vacancies,applicants,hires,days_to_fill,offered_salary,difficulty,weight\n"
                + "E001,EMPLOYER,IC-001,设计工程师,集成电路,合肥,1,3,1,20,2C,1,2.0\n");
        Files.writeString(dir.resolve("ratings.csv"), "expert_id,item_id,score\nA,x,5\nA,y,3\nB,x,4\nB,y,2\n");
        byte[] json = Files.readAllBytes(dir.resolve("ok.json"));
        Files.write(dir.resolve("trunc.json"), java.util.Arrays.copyOf(json, 300));
        Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        byte[] xlsx = Files.readAllBytes(DATA.resolve("tables/sh-ic-2024.xlsx"));
        Files.write(dir.resolve("trunc.xlsx"), java.util.Arrays.copyOf(xlsx, 2000));
        sheetEdited(dir.resolve("hugecol.xlsx"), s -> s.replaceFirst("r=\"B2\"", "r=\"XFDZZZZZZ2\""));
        sheetEdited(dir.resolve("badrow.xlsx"), s -> s.replaceFirst("<row r=\"2\"", "<row r=\"2C\""));
        Files.createDirectories(dir.resolve("folder"));
        return fifo(dir.resolve("fifo"));
    }

    private static void copy(String example, Path to) throws IOException {
        Files.copy(DATA.resolve(example), to);
    }

    /** The example workbook with its first sheet's XML changed by {@code edit}. */
    private static void sheetEdited(Path to, UnaryOperator<String> edit) throws IOException {
        try (ZipFile in = new ZipFile(DATA.resolve("tables/sh-ic-2024.xlsx").toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes;
                try (InputStream entry = in.getInputStream(e)) {
                    bytes = entry.readAllBytes();
                }
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String edited = edit.apply(new String(bytes, StandardCharsets.UTF_8));
                    if (edited.equals(new String(bytes, StandardCharsets.UTF_8))) {
                        throw new IllegalStateException("the example sheet no longer has what the test changes");
                    }
                    bytes = edited.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    /** Makes a named pipe with mkfifo; false where there is none. */
    static boolean fifo(Path fifo) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            try (InputStream ignored = p.getInputStream(); OutputStream closed = p.getOutputStream()) {
                return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
            }
        } catch (IOException e) {
            return false;
        }
    }
}

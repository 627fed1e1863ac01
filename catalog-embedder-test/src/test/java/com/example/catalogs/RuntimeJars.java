package com.example.catalogs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * What this application runs with, as the build resolved it for the tests: the module path and
 * class path of the test JVM, less the test classes and the test libraries.
 */
final class RuntimeJars {

    /** File-name prefixes of the test-only libraries (JUnit, jqwik and what they bring). */
    private static final List<String> TEST_ONLY = List.of("junit-", "jqwik-", "opentest4j-", "apiguardian-");

    private RuntimeJars() {
    }

    /** The application's classes, the library's modules and every library they bring. */
    static List<Path> runtime() {
        List<Path> out = new ArrayList<>();
        Stream.of("jdk.module.path", "java.class.path")
                .map(System::getProperty)
                .filter(p -> p != null && !p.isEmpty())
                .flatMap(p -> Arrays.stream(p.split(File.pathSeparator)))
                .map(Path::of)
                .filter(p -> !p.endsWith("test-classes"))
                .filter(p -> TEST_ONLY.stream().noneMatch(prefix -> p.getFileName().toString().startsWith(prefix)))
                .forEach(out::add);
        return out;
    }

    /** The file names of the third-party jars: not this application's or the library's own. */
    static List<String> thirdPartyFileNames() {
        return runtime().stream()
                .filter(Files::isRegularFile)
                .map(p -> p.getFileName().toString())
                .filter(name -> !name.startsWith("catalog-"))
                .sorted()
                .toList();
    }
}

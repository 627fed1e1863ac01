package org.talentcatalog.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository documents itself: the README links the format and scoring specifications, every
 * Markdown link resolves to a file (and heading) of the repository, and no document, source comment
 * or resource names a Markdown file that a clone does not have.
 */
class DocumentLinksTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", ".git", "node_modules", ".idea");
    private static final Set<String> TEXT = Set.of(".md", ".java", ".json", ".py", ".properties", ".xml");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern MARKDOWN_NAME = Pattern.compile("[A-Za-z0-9_./-]*[A-Za-z0-9_-]\\.md\\b");

    /** Every text file of the repository, outside build output. */
    private static List<Path> textFiles() throws IOException {
        try (Stream<Path> all = Files.walk(ROOT)) {
            return all.filter(Files::isRegularFile).filter(DocumentLinksTest::outsideBuildOutput)
                    .filter(p -> TEXT.stream().anyMatch(ext -> p.getFileName().toString().endsWith(ext)))
                    .sorted().toList();
        }
    }

    private static boolean outsideBuildOutput(Path file) {
        for (Path part : ROOT.relativize(file)) {
            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void readmeLinksTheFormatAndScoringSpecifications() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("](docs/format.md)"), "README links docs/format.md");
        assertTrue(readme.contains("](docs/scoring.md)"), "README links docs/scoring.md");
        assertTrue(Files.isRegularFile(ROOT.resolve("docs/format.md")));
        assertTrue(Files.isRegularFile(ROOT.resolve("docs/scoring.md")));
    }

    @Test
    void everyMarkdownLinkResolvesInsideTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : textFiles()) {
            if (!file.toString().endsWith(".md")) {
                continue;
            }
            String text = withoutCode(Files.readString(file, StandardCharsets.UTF_8));
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // http:, https:, mailto:
                }
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                String anchor = hash < 0 ? null : target.substring(hash + 1);
                Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                String where = ROOT.relativize(file) + ": " + target;
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    broken.add(where + " (no such file in the repository)");
                } else if (anchor != null && resolved.toString().endsWith(".md") && !anchors(resolved).contains(anchor)) {
                    broken.add(where + " (no such heading)");
                }
            }
        }
        assertTrue(broken.isEmpty(), () -> "broken links: " + broken);
    }

    @Test
    void everyMarkdownFileNamedAnywhereExists() throws IOException {
        List<Path> files = textFiles();
        Set<String> paths = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Path p : files) {
            paths.add(ROOT.relativize(p).toString().replace('\\', '/'));
            names.add(p.getFileName().toString());
        }
        List<String> missing = new ArrayList<>();
        for (Path file : files) {
            Matcher m = MARKDOWN_NAME.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                String named = m.group();
                boolean found = named.contains("/") ? resolvesFromAnAncestor(file, named, paths) : names.contains(named);
                if (!found) {
                    missing.add(ROOT.relativize(file) + " names " + named);
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "Markdown files named but not in the repository: " + missing);
    }

    /** Whether {@code named} is a repository file relative to the directory of {@code file} or one above it. */
    private static boolean resolvesFromAnAncestor(Path file, String named, Set<String> paths) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(ROOT); dir = dir.getParent()) {
            if (paths.contains(relative(dir.resolve(named)))) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path p) {
        Path n = p.normalize();
        return n.startsWith(ROOT) ? ROOT.relativize(n).toString().replace('\\', '/') : "";
    }

    /** Markdown without fenced code blocks and code spans, where brackets are not links. */
    private static String withoutCode(String markdown) {
        return markdown.replaceAll("(?ms)^```.*?^```", "").replaceAll("`[^`\\n]*`", "");
    }

    /** The anchors GitHub gives the headings of a Markdown file. */
    private static Set<String> anchors(Path md) throws IOException {
        Set<String> out = new HashSet<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(md, StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            if (fenced || !line.startsWith("#")) {
                continue;
            }
            String title = line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT);
            StringBuilder slug = new StringBuilder();
            title.codePoints().forEach(c -> {
                if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                    slug.appendCodePoint(c);
                } else if (c == ' ') {
                    slug.append('-');
                }
            });
            out.add(slug.toString());
        }
        return out;
    }
}

package com.example.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Depending on it" shows this module: its dependencies, the compiler plugin, its
 * module descriptor, and every library it runs with. (Plain text matching: this module reads only
 * the modules it requires, as an application does, so no XML parser.)
 */
class ReadmeSectionTest {

    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern COORDINATE = Pattern.compile("`([\\w.-]+):([\\w.-]+):([\\w.-]+)`");

    private final String section = section();
    private final String pom = block(section, "```xml");

    @Test
    void pomIsACompleteWellFormedProject() {
        assertTrue(pom.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), pom);
        assertWellFormed(pom);
        for (String element : List.of("<modelVersion>4.0.0</modelVersion>", "<groupId>", "<artifactId>", "<version>")) {
            assertTrue(pom.contains(element), element);
        }
    }

    @Test
    void pomDependsOnWhatThisModuleDependsOn() throws IOException {
        String own = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        assertEquals(dependencies(after(own, "</parent>")), dependencies(after(pom, "</dependencyManagement>")));
    }

    @Test
    void pomImportsTheBomOfThisVersionWhichManagesThoseDependencies() throws IOException {
        String managed = between(pom, "<dependencyManagement>", "</dependencyManagement>");
        String bom = "org.talentcatalog:catalog-bom:" + System.getProperty("catalog.version") + ":pom:import";
        assertEquals(List.of(bom), dependencies(managed));
        String bomPom = Files.readString(Path.of("../catalog-bom/pom.xml"), StandardCharsets.UTF_8);
        for (String dependency : dependencies(after(pom, "</dependencyManagement>"))) {
            assertTrue(bomPom.contains("<artifactId>" + dependency.split(":")[1] + "</artifactId>"), dependency);
        }
    }

    @Test
    void pomNamesTheBuildsCompilerPluginForJava17() {
        String plugin = between(pom, "<plugin>", "</plugin>");
        assertTrue(plugin.contains("<artifactId>maven-compiler-plugin</artifactId>"), plugin);
        assertTrue(plugin.contains("<version>" + System.getProperty("catalog.compilerPluginVersion") + "</version>"), plugin);
        assertTrue(plugin.contains("<release>17</release>"), plugin);
    }

    @Test
    void moduleDescriptorIsThisModules() throws IOException {
        String own = Files.readString(Path.of("src/main/java/module-info.java"), StandardCharsets.UTF_8);
        assertEquals(own.strip(), block(section, "```java").strip());
    }

    @Test
    void listsEveryLibraryThisModuleRunsWith() {
        // The lines of the three modules this application uses and of the model they bring.
        List<String> listed = new ArrayList<>();
        for (String item : section.split("\n- ")) {
            if (item.matches("(?s)`catalog-(model|schema|scoring|tabular)`:.*")) {
                Matcher m = COORDINATE.matcher(item);
                while (m.find()) {
                    listed.add(m.group(2) + "-" + m.group(3) + ".jar");
                }
            }
        }
        assertEquals(RuntimeJars.thirdPartyFileNames(), listed.stream().sorted().toList());
    }

    private static String section() {
        try {
            String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
            int start = readme.indexOf("\n## Depending on it\n");
            int end = readme.indexOf("\n## ", start + 1);
            assertTrue(start >= 0, "README has no section \"Depending on it\"");
            return readme.substring(start, end < 0 ? readme.length() : end);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The first fenced block that opens with {@code fence}. */
    private static String block(String text, String fence) {
        int start = text.indexOf(fence + "\n");
        assertTrue(start >= 0, "no " + fence + " block");
        return between(text.substring(start), fence + "\n", "```");
    }

    private static String between(String text, String open, String close) {
        int start = text.indexOf(open);
        assertTrue(start >= 0, open);
        return text.substring(start + open.length(), text.indexOf(close, start + open.length()));
    }

    private static String after(String text, String marker) {
        int at = text.indexOf(marker);
        return at < 0 ? text : text.substring(at + marker.length());
    }

    /** groupId:artifactId, with :type:scope when given, of every dependency in order. */
    private static List<String> dependencies(String xml) {
        List<String> out = new ArrayList<>();
        Matcher m = DEPENDENCY.matcher(xml.replaceAll("(?s)<!--.*?-->", ""));
        while (m.find()) {
            String d = m.group(1);
            String coordinate = element(d, "groupId") + ":" + element(d, "artifactId");
            if (element(d, "version") != null) {
                coordinate += ":" + element(d, "version");
            }
            if (element(d, "type") != null) {
                coordinate += ":" + element(d, "type") + ":" + element(d, "scope");
            }
            out.add(coordinate);
        }
        return out;
    }

    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">\\s*([^<]*?)\\s*</" + name + ">").matcher(xml);
        return m.find() ? m.group(1) : null;
    }

    /** Every start tag is closed in order; the text between tags holds no stray angle brackets. */
    private static void assertWellFormed(String xml) {
        String body = xml.replaceFirst("^<\\?xml[^>]*\\?>", "").replaceAll("(?s)<!--.*?-->", "");
        Matcher tag = Pattern.compile("<(/?)([A-Za-z][\\w.:-]*)((?:\\s+[\\w.:-]+=\"[^\"]*\")*)\\s*(/?)>").matcher(body);
        Deque<String> open = new ArrayDeque<>();
        int last = 0;
        while (tag.find()) {
            String text = body.substring(last, tag.start());
            assertTrue(text.indexOf('<') < 0 && text.indexOf('>') < 0, () -> "malformed near: " + text);
            if (!tag.group(1).isEmpty()) {
                assertEquals(open.pop(), tag.group(2), "closing tag");
            } else if (tag.group(4).isEmpty()) {
                open.push(tag.group(2));
            }
            last = tag.end();
        }
        assertTrue(body.substring(last).isBlank(), "trailing text");
        assertTrue(open.isEmpty(), () -> "unclosed: " + open);
    }
}

package org.talentcatalog.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.render.spi.Renderer;
import org.talentcatalog.scoring.ConsensusResult;
import org.talentcatalog.scoring.ScoringResult;

/** The registry: built-ins by type and name, explicit registration, and the errors it gives. */
class RenderersTest {

    /** A renderer of the given type and name that writes its name. */
    private record Named<T>(String name, Class<T> type) implements Renderer<T> {
        @Override
        public String mediaType() {
            return "text/plain; charset=UTF-8";
        }

        @Override
        public void render(T value, RenderContext context, Appendable out) throws IOException {
            out.append(name).append('\n');
        }
    }

    /** A renderer with the given media type, which may be missing. */
    private record Typed<T>(String name, Class<T> type, String mediaType) implements Renderer<T> {
        @Override
        public void render(T value, RenderContext context, Appendable out) throws IOException {
            out.append(name).append('\n');
        }
    }

    @Test
    void standardHoldsTheBuiltInsOfEveryTypeInTheirOrder() {
        Renderers standard = Renderers.standard();
        assertEquals(List.of("text", "json", "patch", "markdown"), standard.names(CatalogDiff.class));
        assertEquals(List.of("text", "json"), standard.names(ScoringResult.class));
        assertEquals(List.of("text", "json"), standard.names(ConsensusResult.class));
        assertEquals(List.of("json"), standard.names(Catalog.class));
        assertEquals(List.of(), standard.names(String.class));
        assertSame(standard, Renderers.standard(), "loaded once");
        standard.all().forEach(r -> assertSame(r, standard.get(r.type(), r.name())));
    }

    @Test
    void unknownNameListsTheRegisteredNamesInBothLanguages() {
        UnknownRendererException e = assertThrows(UnknownRendererException.class,
                () -> Renderers.standard().get(CatalogDiff.class, "html"));
        assertEquals("html", e.name());
        assertEquals("CatalogDiff 没有名为 html 的输出格式；已注册：text, json, patch, markdown", e.getMessage());
        assertEquals("no output format html for CatalogDiff; registered: text, json, patch, markdown", e.message(Locale.ENGLISH));
        assertEquals(Optional.empty(), Renderers.standard().find(CatalogDiff.class, "Markdown"), "names are case-sensitive");
        UnknownRendererException none = assertThrows(UnknownRendererException.class,
                () -> Renderers.builder().build().get(String.class, "text"));
        assertEquals("no output format text for String; registered: (none)", none.message(Locale.ENGLISH));
    }

    @Test
    void addingRegistersByTypeAndNameAndTheBuiltRegistryIsFrozen() {
        Renderers.Builder builder = Renderers.builder().add(new Named<>("text", String.class)).add(new Named<>("text", Integer.class));
        Renderers two = builder.build();
        builder.add(new Named<>("html", String.class));
        assertEquals(List.of("text"), two.names(String.class), "a built registry does not see later additions");
        assertEquals(List.of("text", "html"), builder.build().names(String.class));
        assertEquals("text\n", two.get(Integer.class, "text").render(7, RenderContext.defaults()));
        assertThrows(UnsupportedOperationException.class, () -> two.all().add(new Named<>("x", String.class)));

        Renderers extended = Renderers.standard().toBuilder().add(new Named<>("html", CatalogDiff.class)).build();
        assertEquals(List.of("text", "json", "patch", "markdown", "html"), extended.names(CatalogDiff.class));
        assertEquals(List.of("text", "json", "patch", "markdown"), Renderers.standard().names(CatalogDiff.class));
        assertEquals(Renderers.standard().all(), Renderers.standard().toBuilder().build().all());
        assertTrue(extended.toString().contains("CatalogDiff: text, json, patch, markdown, html"), extended.toString());
    }

    @Test
    void aDuplicateNameForTheSameTypeNamesBothClasses() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Renderers.standard().toBuilder().add(new Named<>("markdown", CatalogDiff.class)));
        assertTrue(e.getMessage().contains("renderer markdown (CatalogDiff) is registered twice: "
                + "org.talentcatalog.render.internal.changelog.MarkdownChangelog, " + Named.class.getName()), e.getMessage());
    }

    @Test
    void namesMustBeLowerCaseAndTypeAndMediaTypeGiven() {
        for (String bad : new String[] {"Markdown", "", " text", "-x", "a b"}) {
            assertThrows(IllegalArgumentException.class, () -> Renderers.builder().add(new Named<>(bad, String.class)), bad);
        }
        Renderers.builder().add(new Named<>("html5", String.class)).add(new Named<>("x-vendor.v2_a", String.class));
        assertThrows(IllegalArgumentException.class, () -> Renderers.builder().add(new Named<>("text", null)));
        assertThrows(NullPointerException.class, () -> Renderers.builder().add(null));
    }

    @Test
    void aServicesLineNamingNoLoadableClassIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services/" + Renderer.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, "com.example.render.Missing\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, Renderers.load(loader)::get);
            assertTrue(e.getMessage().contains("com.example.render.Missing"), e.getMessage());
        }
        assertEquals(Renderers.standard().toString(), Renderers.load(getClass().getClassLoader()).get().toString());
    }

    @Test
    void aRendererWithoutAMediaTypeIsRefusedByNameAndClass() {
        for (String missing : new String[] {null, "", "  "}) {
            Renderer<String> r = new Typed<>("plain", String.class, missing);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Renderers.builder().add(r));
            assertTrue(e.getMessage().contains("plain") && e.getMessage().contains(r.getClass().getName()), e.getMessage());
        }
    }

    @Test
    void aRenderersOwnFailureComesOutOfTheStringFormUnchecked() {
        IOException failure = new IOException("disk on fire");
        Renderer<String> broken = new Renderer<>() {
            @Override
            public String name() {
                return "text";
            }

            @Override
            public Class<String> type() {
                return String.class;
            }

            @Override
            public String mediaType() {
                return "text/plain; charset=UTF-8";
            }

            @Override
            public void render(String value, RenderContext context, Appendable out) throws IOException {
                out.append("half");
                throw failure;
            }
        };
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, () -> broken.render("x", RenderContext.defaults()));
        assertSame(failure, e.getCause());
    }

    @Test
    void allListsEveryRendererOnceGroupedByTypeInRegistrationOrder() {
        Renderers standard = Renderers.standard();
        List<String> all = standard.all().stream().map(r -> r.type().getSimpleName() + " " + r.name()).toList();
        assertEquals(List.of("CatalogDiff text", "CatalogDiff json", "CatalogDiff patch", "CatalogDiff markdown"), all.subList(0, 4));
        for (Class<?> type : List.of(CatalogDiff.class, ScoringResult.class, ConsensusResult.class, Catalog.class)) {
            assertEquals(standard.names(type), standard.all().stream().filter(r -> r.type() == type).map(Renderer::name).toList());
        }
        assertEquals(all.size(), new java.util.HashSet<>(all).size());
        Renderers two = Renderers.builder().add(new Named<>("a", String.class)).add(new Named<>("b", Integer.class))
                .add(new Named<>("c", String.class)).build();
        assertEquals(List.of("String a", "String c", "Integer b"),
                two.all().stream().map(r -> r.type().getSimpleName() + " " + r.name()).toList());
    }
}

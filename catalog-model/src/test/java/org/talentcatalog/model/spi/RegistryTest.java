package org.talentcatalog.model.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.LocalizedText;

class RegistryTest {

    /** An entry with a name, a kind and keys, as a rule, method, format or renderer would give them. */
    record Entry(String name, String kind, List<String> keys) {
    }

    // Built for each test, not once per class, so that every test goes through making a shape.
    private final Registry.Shape<Entry> plainShape =
            Registry.Shape.of(LocalizedText.of("条目", "entry"), "[a-z]+", Entry::name);
    private final Registry.Shape<Entry> kindShape = plainShape.kinds(Entry::kind);
    private final Registry.Shape<Entry> keyShape = plainShape.keys(LocalizedText.of("键", "key"), "[a-z]+", Entry::keys);

    private static Entry e(String name) {
        return new Entry(name, "k", List.of(name));
    }

    @Test
    void entriesKeepRegistrationOrderAndAreFoundByName() {
        Registry<Entry> r = plainShape.builder().add(e("b")).add(e("a")).add(e("c")).build();
        assertEquals(List.of("b", "a", "c"), r.names());
        assertEquals(List.of("b", "a", "c"), r.all().stream().map(Entry::name).toList());
        assertEquals(Optional.of(e("a")), r.find("a"));
        assertEquals(Optional.empty(), r.find("z"));
        assertEquals("entry[b, a, c]", r.toString());
        assertEquals("entry[]", plainShape.builder().build().toString());
        assertThrows(UnsupportedOperationException.class, () -> r.all().add(e("d")));
        assertEquals(r.names(), r.toBuilder().build().names(), "toBuilder starts from the same entries");
    }

    @Test
    void namesAreUniquePerKindOnly() {
        Registry<Entry> r = kindShape.builder().add(new Entry("x", "one", List.of())).add(new Entry("x", "two", List.of())).build();
        assertEquals(List.of("x"), r.names("one"));
        assertEquals(List.of("x"), r.names("two"));
        assertEquals(List.of(), r.names("three"));
        assertEquals("two", r.find("two", "x").orElseThrow().kind());
        assertEquals("entry[one: x; two: x]", r.toString());
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> kindShape.builder().add(new Entry("x", "one", List.of())).add(new Entry("x", "one", List.of())));
        assertEquals("条目 x (one) 重复注册：" + Entry.class.getName() + "、" + Entry.class.getName()
                + " / entry x (one) is registered twice: " + Entry.class.getName() + ", " + Entry.class.getName(), dup.getMessage());
        assertThrows(IllegalArgumentException.class, () -> kindShape.builder().add(new Entry("x", null, List.of())));
    }

    @Test
    void aKindThatIsAClassIsShownByItsSimpleName() {
        Registry.Shape<Entry> typed = plainShape.kinds(en -> en.kind().equals("s") ? String.class : Integer.class);
        Registry<Entry> r = typed.builder().add(new Entry("x", "s", List.of())).add(new Entry("y", "i", List.of())).build();
        assertEquals("entry[String: x; Integer: y]", r.toString());
        assertEquals(List.of("y"), r.names(Integer.class));
    }

    @Test
    void badNamesAndRepeatedNamesAreRefusedInBothLanguages() {
        for (String bad : new String[] {"", "A", "a b", "a1"}) {
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> plainShape.builder().add(e(bad)));
            assertTrue(ex.getMessage().contains(" / entry name must match [a-z]+: " + bad + " ("), ex.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> plainShape.builder().add(new Entry(null, "k", List.of())));
        assertThrows(NullPointerException.class, () -> plainShape.builder().add(null));
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> plainShape.builder().add(e("a")).add(e("a")));
        assertTrue(dup.getMessage().startsWith("条目 a 重复注册："), dup.getMessage());
    }

    @Test
    void keysAreUniqueAcrossTheRegistryAndRequired() {
        Registry<Entry> r = keyShape.builder().add(new Entry("json", "k", List.of("json", "js"))).add(e("csv")).build();
        assertEquals(List.of("json", "js", "csv"), r.keys());
        assertEquals("json", r.findByKey("js").orElseThrow().name());
        assertEquals(Optional.empty(), r.findByKey("xml"));
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> r.toBuilder().add(new Entry("other", "k", List.of("js"))));
        assertTrue(dup.getMessage().endsWith("key js is registered twice: " + Entry.class.getName() + ", " + Entry.class.getName()),
                dup.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> keyShape.builder().add(new Entry("x", "k", List.of())));
        assertTrue(none.getMessage().endsWith("entry without a key: " + Entry.class.getName()), none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> keyShape.builder().add(new Entry("x", "k", List.of("X"))));
        IllegalArgumentException first = assertThrows(IllegalArgumentException.class,
                () -> r.toBuilder().add(new Entry("json", "k", List.of("other"))));
        assertTrue(first.getMessage().contains("entry json is registered twice"), "a repeated name is said before keys");
    }

    @Test
    void removingFreesTheNameAndTheKeys() {
        Registry.Builder<Entry> b = keyShape.builder().add(e("a")).add(e("b"));
        assertTrue(b.remove("a"));
        assertFalse(b.remove("a"));
        assertFalse(b.remove("other-kind", "b"));
        assertEquals(List.of("b"), b.names());
        Registry<Entry> r = b.add(e("a")).build();
        assertEquals(List.of("b", "a"), r.names());
        assertEquals(List.of("b", "a"), r.keys());
    }

    @Test
    void aCheckOfTheShapeRefusesEntries() {
        Registry.Shape<Entry> checked = plainShape.checks(x -> {
            if (x.keys().isEmpty()) {
                throw Registry.refusal(LocalizedText.of("缺少键", "no keys"));
            }
        });
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> checked.builder().add(new Entry("a", "k", List.of())));
        assertEquals("缺少键 / no keys", ex.getMessage());
        assertEquals(List.of("a"), checked.builder().add(e("a")).build().names());
    }

    @Test
    void loadingGivesTheBuiltInsThenTheFoundOrTheSameFailureEveryTime() {
        Registry.Loaded<List<String>> ok = plainShape.load(List.of(e("a")), () -> List.of(e("b")), Registry::names);
        assertEquals(List.of("a", "b"), ok.get());
        assertSame(ok.get(), ok.get(), "loaded once");
        Registry.Loaded<List<String>> dup = plainShape.load(List.of(e("a")), () -> List.of(e("a")), Registry::names);
        IllegalStateException first = assertThrows(IllegalStateException.class, dup::get);
        IllegalStateException second = assertThrows(IllegalStateException.class, dup::get);
        assertEquals(first.getMessage(), second.getMessage());
        assertTrue(first.getMessage().contains("entry a is registered twice"), first.getMessage());
        Registry.Loaded<List<String>> broken = plainShape.load(List.of(), () -> {
            throw new ServiceConfigurationError("com.example.Missing not found");
        }, Registry::names);
        IllegalStateException ex = assertThrows(IllegalStateException.class, broken::get);
        assertEquals("无法加载条目：com.example.Missing not found / cannot load a entry: com.example.Missing not found", ex.getMessage());
    }
}

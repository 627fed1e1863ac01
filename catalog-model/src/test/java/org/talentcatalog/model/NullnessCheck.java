package org.talentcatalog.model;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Checks that nullness annotations tell the truth about real values: walks a graph of the library's
 * records (through lists, maps and optionals) and records every {@code null} found where the type does
 * not say {@code @Nullable}, in a package that is not {@code @NullMarked}, or both. It also remembers
 * which components it saw {@code null}, so a test can show that each {@code @Nullable} one really can be.
 */
public final class NullnessCheck {

    private final Map<String, String> problems = new java.util.LinkedHashMap<>();
    private final Set<String> seenNull = new TreeSet<>();

    /** Walks the records reachable from {@code root}; {@code where} names it in problems. */
    public NullnessCheck walk(Object root, String where) {
        value(root, null, where);
        return this;
    }

    /** Each component or element type that holds a {@code null} it does not allow, with the first place seen. */
    public List<String> problems() {
        return problems.entrySet().stream().map(e -> e.getKey() + " (at " + e.getValue() + ")").toList();
    }

    /** The components seen {@code null}, as {@code Record.component}. */
    public Set<String> seenNull() {
        return Set.copyOf(seenNull);
    }

    /**
     * The components declared {@code @Nullable} of every library record reachable from the given types
     * through record components, lists, maps and optionals, as {@code Record.component}.
     */
    public static Set<String> nullableComponents(Class<?>... roots) {
        Set<String> out = new TreeSet<>();
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Type> todo = new ArrayDeque<>(List.of(roots));
        while (!todo.isEmpty()) {
            Type t = todo.pop();
            if (t instanceof ParameterizedType p) {
                todo.addAll(List.of(p.getActualTypeArguments()));
            } else if (t instanceof Class<?> c && isLibraryRecord(c) && seen.add(c)) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    if (rc.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                        out.add(name(rc));
                    }
                    todo.add(rc.getGenericType());
                }
            }
        }
        return out;
    }

    private void value(@Nullable Object v, @Nullable AnnotatedType type, String where) {
        if (v instanceof Collection<?> items) {
            AnnotatedType item = argument(type, 0);
            int i = 0;
            for (Object e : items) {
                element(e, item, where + "[" + i++ + "]");
            }
        } else if (v instanceof Map<?, ?> map) {
            AnnotatedType item = argument(type, 1);
            map.forEach((k, e) -> element(e, item, where + "[" + k + "]"));
        } else if (v instanceof Optional<?> o) {
            o.ifPresent(e -> value(e, argument(type, 0), where));
        } else if (v != null && isLibraryRecord(v.getClass())) {
            record(v, where);
        }
    }

    private void element(@Nullable Object e, @Nullable AnnotatedType type, String where) {
        if (e == null) {
            if (type == null || !type.isAnnotationPresent(Nullable.class)) {
                problems.putIfAbsent("a null element whose type does not allow it", where);
            }
        } else {
            value(e, type, where);
        }
    }

    private void record(Object r, String where) {
        Class<?> c = r.getClass();
        for (RecordComponent rc : c.getRecordComponents()) {
            Object v;
            try {
                v = rc.getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(name(rc), e);
            }
            String at = where + "/" + rc.getName();
            if (v == null) {
                seenNull.add(name(rc));
                if (!rc.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                    problems.putIfAbsent(name(rc) + " is null but not @Nullable", at);
                } else if (!c.getPackage().isAnnotationPresent(NullMarked.class)) {
                    problems.putIfAbsent(name(rc) + " is null in a package that is not @NullMarked", at);
                }
            } else {
                value(v, rc.getAnnotatedType(), at);
            }
        }
    }

    private static @Nullable AnnotatedType argument(@Nullable AnnotatedType type, int index) {
        return type instanceof AnnotatedParameterizedType p && p.getAnnotatedActualTypeArguments().length > index
                ? p.getAnnotatedActualTypeArguments()[index] : null;
    }

    private static boolean isLibraryRecord(Class<?> c) {
        return c.isRecord() && c.getPackageName().startsWith("org.talentcatalog.");
    }

    private static String name(RecordComponent rc) {
        return rc.getDeclaringRecord().getSimpleName() + "." + rc.getName();
    }
}

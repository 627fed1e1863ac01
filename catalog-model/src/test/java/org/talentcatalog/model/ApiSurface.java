package org.talentcatalog.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;

/**
 * Checks of a library module's published surface, read from its compiled classes and module descriptor
 * (the module's tests run on the class path, so the descriptor is read from {@code module-info.class}):
 * which packages it exports, that each is documented and null-marked, and that no exported signature
 * names a type of an {@code internal} package. Used by every library module's {@code ApiSurfaceTest}.
 */
public final class ApiSurface {

    private final Path classes;
    private final Path sources;
    private final ModuleDescriptor descriptor;

    private ApiSurface(Path classes, Path sources) {
        this.classes = classes;
        this.sources = sources;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            this.descriptor = ModuleDescriptor.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The surface of the module that holds {@code anchor}: its classes where the class was loaded from,
     * its sources in {@code src/main/java} of the working directory (the module's base directory).
     */
    public static ApiSurface of(Class<?> anchor) {
        try {
            Path classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new ApiSurface(classes, Path.of("src", "main", "java"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The module's name. */
    public String module() {
        return descriptor.name();
    }

    /** The packages exported to every module, sorted. */
    public List<String> exportedPackages() {
        return descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .sorted().toList();
    }

    /** Every package of the module, sorted. */
    public List<String> packages() {
        return new TreeSet<>(descriptor.packages()).stream().toList();
    }

    /**
     * What is wrong with the packages' documentation: every package needs a {@code package-info.java}
     * with a Javadoc comment; an exported one also {@code @NullMarked} (checked on the compiled
     * package) and sections on thread safety and nullness.
     */
    public List<String> documentationProblems() {
        List<String> problems = new ArrayList<>();
        for (String pkg : packages()) {
            Path info = sources.resolve(pkg.replace('.', '/')).resolve("package-info.java");
            if (!Files.isRegularFile(info)) {
                problems.add(pkg + ": no package-info.java");
                continue;
            }
            String text = read(info);
            String comment = text.contains("/**") && text.contains("*/")
                    ? text.substring(text.indexOf("/**"), text.indexOf("*/")) : "";
            if (comment.isBlank()) {
                problems.add(pkg + ": package-info.java has no Javadoc comment");
            }
            if (!exportedPackages().contains(pkg)) {
                continue;
            }
            if (!isNullMarked(pkg)) {
                problems.add(pkg + ": exported but not @NullMarked");
            }
            for (String section : List.of("Thread safety", "Nullness")) {
                if (!comment.contains("<h2>" + section + "</h2>")) {
                    problems.add(pkg + ": exported but its overview has no section \"" + section + "\"");
                }
            }
        }
        return problems;
    }

    /** Whether the compiled package is annotated {@code @NullMarked}. */
    public boolean isNullMarked(String pkg) {
        try {
            Class<?> info = Class.forName(pkg + ".package-info", false, ApiSurface.class.getClassLoader());
            return info.isAnnotationPresent(NullMarked.class);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Every place where a public or protected member of a public type of an exported package names a
     * type of an {@code internal} package, as {@code Type.member: internal type}.
     */
    public List<String> internalTypesInSignatures() {
        List<String> found = new ArrayList<>();
        for (String pkg : exportedPackages()) {
            for (Class<?> type : publicTypes(pkg)) {
                found.addAll(internalTypesIn(type));
            }
        }
        return found;
    }

    /**
     * Where the public and protected members of one type name a type of an {@code internal} package
     * (its supertypes, fields, methods, constructors and record components), as
     * {@code Type.member: internal type}.
     */
    public static List<String> internalTypesIn(Class<?> type) {
        List<String> found = new ArrayList<>();
        List<Type> supertypes = new ArrayList<>(List.of(type.getGenericInterfaces()));
        if (type.getGenericSuperclass() != null) {
            supertypes.add(type.getGenericSuperclass());
        }
        check(type.getName(), supertypes, found);
        for (Field f : type.getDeclaredFields()) {
            if (visible(f)) {
                check(type.getName() + "." + f.getName(), List.of(f.getGenericType()), found);
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (visible(m) && !m.isSynthetic() && !m.isBridge()) {
                List<Type> types = signature(m);
                types.add(m.getGenericReturnType());
                check(type.getName() + "." + m.getName() + "()", types, found);
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c)) {
                check(type.getName() + ".<init>()", signature(c), found);
            }
        }
        if (type.isRecord()) {
            for (RecordComponent rc : type.getRecordComponents()) {
                check(type.getName() + "." + rc.getName(), List.of(rc.getGenericType()), found);
            }
        }
        return found;
    }

    /**
     * Whether the compiled class refers to anything in the given package (its constant pool names the
     * package's classes in internal form, {@code org/example/internal/Thing}).
     */
    public boolean refersTo(Class<?> type, String pkg) {
        Path file = classes.resolve(type.getName().replace('.', '/') + ".class");
        try {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            return bytes.contains(pkg.replace('.', '/') + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Class<?>> publicTypes(String pkg) {
        Path dir = classes.resolve(pkg.replace('.', '/'));
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".class") || name.equals("package-info.class")) {
                    continue;
                }
                Class<?> c = Class.forName(pkg + "." + name.substring(0, name.length() - 6), false,
                        ApiSurface.class.getClassLoader());
                if (isPublished(c)) {
                    out.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static boolean isPublished(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static boolean visible(Member m) {
        return Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers());
    }

    private static List<Type> signature(Executable e) {
        List<Type> types = new ArrayList<>(List.of(e.getGenericParameterTypes()));
        types.addAll(List.of(e.getGenericExceptionTypes()));
        return types;
    }

    private static void check(String where, List<Type> types, List<String> found) {
        Set<String> internal = new TreeSet<>();
        for (Type t : types) {
            collect(t, internal, new java.util.HashSet<>());
        }
        internal.forEach(name -> found.add(where + ": " + name));
    }

    private static void collect(Type t, Set<String> internal, Set<TypeVariable<?>> seen) {
        if (t instanceof Class<?> c) {
            Class<?> base = c;
            while (base.isArray()) {
                base = base.getComponentType();
            }
            String pkg = base.getPackageName();
            if (pkg.endsWith(".internal") || pkg.contains(".internal.")) {
                internal.add(base.getName());
            }
        } else if (t instanceof ParameterizedType p) {
            collect(p.getRawType(), internal, seen);
            for (Type a : p.getActualTypeArguments()) {
                collect(a, internal, seen);
            }
        } else if (t instanceof WildcardType w) {
            Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
                    .forEach(b -> collect(b, internal, seen));
        } else if (t instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), internal, seen);
        } else if (t instanceof TypeVariable<?> v && seen.add(v)) {
            for (Type b : v.getBounds()) {
                collect(b, internal, seen);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

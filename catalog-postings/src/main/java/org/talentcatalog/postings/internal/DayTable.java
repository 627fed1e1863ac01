package org.talentcatalog.postings.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The de-duplication state of postings: one entry per distinct (group, city, company, posting day),
 * in parallel primitive arrays with an open-addressing index, so an entry costs about 60 bytes
 * whatever the number of postings behind it. An entry keeps how many postings it stands for, the
 * latest day one of them closed, and one representative posting (salary, education, experience),
 * chosen by an order that does not depend on the order of adding: a posting with a salary before one
 * without, then the smaller posting hash, then the smaller salary, education and experience. So
 * adding and merging are commutative and associative.
 *
 * <p>Names (groups, cities, companies) are numbered in the order first seen; merging renumbers the
 * other table's names, and nothing computed from a table depends on the numbers.
 */
public final class DayTable implements Serializable {

    private static final long serialVersionUID = 1L;
    /** No closing day known. */
    public static final int NO_DAY = Integer.MIN_VALUE;

    private final Names groups = new Names();
    private final Names cities = new Names();
    private final Names companies = new Names();
    private final Map<String, String> groupNames = new HashMap<>();
    private static final int PAGE_BITS = 14;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int MASK = PAGE - 1;

    private int size;
    private final List<Page> pages = new ArrayList<>();
    private int[] index = new int[32];

    /**
     * {@value #PAGE} entries in parallel arrays: the table grows a page at a time, never copying
     * what it holds (only the index is rebuilt, at twice the size, when half full).
     */
    static final class Page implements Serializable {
        private static final long serialVersionUID = 1L;
        final int[] group = new int[PAGE];
        final int[] city = new int[PAGE];
        final int[] company = new int[PAGE];
        final int[] day = new int[PAGE];
        final int[] count = new int[PAGE];
        final int[] closed = new int[PAGE];
        final long[] hash = new long[PAGE];
        final double[] salary = new double[PAGE];
        final byte[] education = new byte[PAGE];
        final byte[] experience = new byte[PAGE];
    }

    private Page page(int e) {
        return pages.get(e >>> PAGE_BITS);
    }

    /** Numbers names in the order first seen. */
    static final class Names implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        int id(String name) {
            Integer id = ids.get(name);
            if (id == null) {
                id = names.size();
                ids.put(name, id);
                names.add(name);
            }
            return id;
        }

        String name(int id) {
            return names.get(id);
        }
    }

    /** The number of entries. */
    public int size() {
        return size;
    }

    /** Whether adding {@code (groupName, cityName, companyName, d)} would make a new entry. */
    public boolean isNew(String groupName, String cityName, String companyName, int d) {
        Integer g = groups.ids.get(groupName);
        Integer c = cities.ids.get(cityName);
        Integer co = companies.ids.get(companyName);
        return g == null || c == null || co == null || find(g, c, co, d) < 0;
    }

    /**
     * Adds postings to the entry of their group, city, company and day.
     *
     * @param groupId the group
     * @param groupName the group's name (the first name given for a group is kept)
     * @param n how many postings
     * @param s the representative's monthly salary, NaN if none
     */
    public void add(String groupId, String groupName, String cityName, String companyName, int d, long n, int closedDay,
            long h, double s, int edu, int exp) {
        groupNames.putIfAbsent(groupId, groupName);
        int g = groups.id(groupId);
        int c = cities.id(cityName);
        int co = companies.id(companyName);
        int at = find(g, c, co, d);
        if (at < 0) {
            at = append(g, c, co, d);
            Page p = page(at);
            int i = at & MASK;
            p.count[i] = (int) Math.min(n, Integer.MAX_VALUE);
            p.closed[i] = closedDay;
            p.hash[i] = h;
            p.salary[i] = s;
            p.education[i] = (byte) edu;
            p.experience[i] = (byte) exp;
            return;
        }
        Page p = page(at);
        int i = at & MASK;
        p.count[i] = (int) Math.min((long) p.count[i] + n, Integer.MAX_VALUE);
        p.closed[i] = Math.max(p.closed[i], closedDay);
        if (before(h, s, edu, exp, p.hash[i], p.salary[i], p.education[i], p.experience[i])) {
            p.hash[i] = h;
            p.salary[i] = s;
            p.education[i] = (byte) edu;
            p.experience[i] = (byte) exp;
        }
    }

    /** Adds every entry of another table (not changed). */
    public void addAll(DayTable other) {
        other.groupNames.forEach(groupNames::putIfAbsent);
        for (int e = 0; e < other.size; e++) {
            Page p = other.page(e);
            int i = e & MASK;
            add(other.groups.name(p.group[i]), other.groupNames.get(other.groups.name(p.group[i])),
                    other.cities.name(p.city[i]), other.companies.name(p.company[i]), p.day[i], p.count[i], p.closed[i],
                    p.hash[i], p.salary[i], p.education[i], p.experience[i]);
        }
    }

    private static boolean before(long h, double s, int edu, int exp, long h0, double s0, int edu0, int exp0) {
        boolean has = !Double.isNaN(s);
        boolean has0 = !Double.isNaN(s0);
        if (has != has0) {
            return has;
        }
        if (h != h0) {
            return h < h0;
        }
        int bySalary = Double.compare(s, s0);
        if (bySalary != 0) {
            return bySalary < 0;
        }
        return edu != edu0 ? edu < edu0 : exp < exp0;
    }

    private int find(int g, int c, int co, int d) {
        int mask = index.length - 1;
        for (int slot = mix(g, c, co, d) & mask; ; slot = (slot + 1) & mask) {
            int e = index[slot] - 1;
            if (e < 0) {
                return -1;
            }
            Page p = page(e);
            int i = e & MASK;
            if (p.day[i] == d && p.company[i] == co && p.group[i] == g && p.city[i] == c) {
                return e;
            }
        }
    }

    private int append(int g, int c, int co, int d) {
        if ((size & MASK) == 0) {
            pages.add(new Page());
        }
        int e = size++;
        Page p = page(e);
        int i = e & MASK;
        p.group[i] = g;
        p.city[i] = c;
        p.company[i] = co;
        p.day[i] = d;
        if (size * 2 > index.length) {
            index = new int[index.length * 2];
            for (int k = 0; k < size; k++) {
                place(k);
            }
        } else {
            place(e);
        }
        return e;
    }

    private void place(int e) {
        int mask = index.length - 1;
        Page p = page(e);
        int i = e & MASK;
        int slot = mix(p.group[i], p.city[i], p.company[i], p.day[i]) & mask;
        while (index[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        index[slot] = e + 1;
    }

    private static int mix(int g, int c, int co, int d) {
        long h = ((long) co * 0x9E3779B97F4A7C15L) ^ ((long) g << 40) ^ ((long) c << 20) ^ d;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 29));
    }

    /** The group id of entry {@code e}. */
    public String groupId(int e) {
        return groups.name(page(e).group[e & MASK]);
    }

    /** The name of a group. */
    public String groupName(String groupId) {
        return groupNames.getOrDefault(groupId, "");
    }

    /** Whether entries {@code a} and {@code b} have the same group, city and company. */
    public boolean sameKey(int a, int b) {
        Page pa = page(a);
        Page pb = page(b);
        int i = a & MASK;
        int j = b & MASK;
        return pa.group[i] == pb.group[j] && pa.city[i] == pb.city[j] && pa.company[i] == pb.company[j];
    }

    /** The number of entry {@code e}'s group (numbers in the order first seen). */
    int groupNumber(int e) {
        return page(e).group[e & MASK];
    }

    /** The number of entry {@code e}'s city. */
    int cityNumber(int e) {
        return page(e).city[e & MASK];
    }

    /** The number of entry {@code e}'s company. */
    int companyNumber(int e) {
        return page(e).company[e & MASK];
    }

    /** How many distinct groups, cities and companies, in that order. */
    int[] nameCounts() {
        return new int[] {groups.names.size(), cities.names.size(), companies.names.size()};
    }

    /** The entry of group, city and company numbers and a day, -1 if none. */
    int entry(int g, int c, int co, int d) {
        return find(g, c, co, d);
    }

    /** The company of entry {@code e}, by name. */
    public String company(int e) {
        return companies.name(page(e).company[e & MASK]);
    }

    /** The posting day of entry {@code e} (epoch day). */
    public int day(int e) {
        return page(e).day[e & MASK];
    }

    /** How many postings entry {@code e} stands for. */
    public long count(int e) {
        return page(e).count[e & MASK];
    }

    /** The latest closing day among entry {@code e}'s postings, {@link #NO_DAY} if none is known. */
    public int closed(int e) {
        return page(e).closed[e & MASK];
    }

    /** The representative's monthly salary, NaN if none. */
    public double salary(int e) {
        return page(e).salary[e & MASK];
    }

    /** The representative's education category. */
    public int education(int e) {
        return page(e).education[e & MASK];
    }

    /** The representative's experience category. */
    public int experience(int e) {
        return page(e).experience[e & MASK];
    }
}

package org.talentcatalog.postings.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
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
    private int size;
    private int[] group = new int[16];
    private int[] city = new int[16];
    private int[] company = new int[16];
    private int[] day = new int[16];
    private long[] count = new long[16];
    private int[] closed = new int[16];
    private long[] hash = new long[16];
    private double[] salary = new double[16];
    private byte[] education = new byte[16];
    private byte[] experience = new byte[16];
    private int[] index = new int[32];

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
            count[at] = n;
            closed[at] = closedDay;
            hash[at] = h;
            salary[at] = s;
            education[at] = (byte) edu;
            experience[at] = (byte) exp;
            return;
        }
        count[at] += n;
        closed[at] = Math.max(closed[at], closedDay);
        if (before(h, s, edu, exp, hash[at], salary[at], education[at], experience[at])) {
            hash[at] = h;
            salary[at] = s;
            education[at] = (byte) edu;
            experience[at] = (byte) exp;
        }
    }

    /** Adds every entry of another table (not changed). */
    public void addAll(DayTable other) {
        other.groupNames.forEach(groupNames::putIfAbsent);
        for (int i = 0; i < other.size; i++) {
            add(other.groupId(i), other.groupNames.get(other.groupId(i)), other.cities.name(other.city[i]),
                    other.companies.name(other.company[i]), other.day[i], other.count[i], other.closed[i], other.hash[i],
                    other.salary[i], other.education[i], other.experience[i]);
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
            if (day[e] == d && company[e] == co && group[e] == g && city[e] == c) {
                return e;
            }
        }
    }

    private int append(int g, int c, int co, int d) {
        if (size == day.length) {
            int n = size + (size >> 1);
            group = Arrays.copyOf(group, n);
            city = Arrays.copyOf(city, n);
            company = Arrays.copyOf(company, n);
            day = Arrays.copyOf(day, n);
            count = Arrays.copyOf(count, n);
            closed = Arrays.copyOf(closed, n);
            hash = Arrays.copyOf(hash, n);
            salary = Arrays.copyOf(salary, n);
            education = Arrays.copyOf(education, n);
            experience = Arrays.copyOf(experience, n);
        }
        int e = size++;
        group[e] = g;
        city[e] = c;
        company[e] = co;
        day[e] = d;
        if (size * 2 > index.length) {
            index = new int[index.length * 2];
            for (int i = 0; i < size; i++) {
                place(i);
            }
        } else {
            place(e);
        }
        return e;
    }

    private void place(int e) {
        int mask = index.length - 1;
        int slot = mix(group[e], city[e], company[e], day[e]) & mask;
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
        return groups.name(group[e]);
    }

    /** The name of a group. */
    public String groupName(String groupId) {
        return groupNames.getOrDefault(groupId, "");
    }

    /** Whether entries {@code a} and {@code b} have the same group, city and company. */
    public boolean sameKey(int a, int b) {
        return group[a] == group[b] && city[a] == city[b] && company[a] == company[b];
    }

    /** Orders entries by group name, then city, company (by number) and day. */
    public int compare(int a, int b) {
        if (group[a] != group[b]) {
            return groupId(a).compareTo(groupId(b));
        }
        if (city[a] != city[b]) {
            return Integer.compare(city[a], city[b]);
        }
        if (company[a] != company[b]) {
            return Integer.compare(company[a], company[b]);
        }
        return Integer.compare(day[a], day[b]);
    }

    /** The company of entry {@code e}, by name. */
    public String company(int e) {
        return companies.name(company[e]);
    }

    /** The posting day of entry {@code e} (epoch day). */
    public int day(int e) {
        return day[e];
    }

    /** How many postings entry {@code e} stands for. */
    public long count(int e) {
        return count[e];
    }

    /** The latest closing day among entry {@code e}'s postings, {@link #NO_DAY} if none is known. */
    public int closed(int e) {
        return closed[e];
    }

    /** The representative's monthly salary, NaN if none. */
    public double salary(int e) {
        return salary[e];
    }

    /** The representative's education category. */
    public int education(int e) {
        return education[e];
    }

    /** The representative's experience category. */
    public int experience(int e) {
        return experience[e];
    }
}

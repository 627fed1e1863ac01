package org.talentcatalog.normalize.internal;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips a posted job title down to the job: full-width forms to half-width (NFKC), Latin to lower
 * case, control characters and lone surrogates dropped, bracketed notes, company and place names,
 * pay, benefits, head counts and numbering removed, separators folded to single spaces. The result
 * is a fixpoint (cleaning it again changes nothing), at most {@link #MAX_LENGTH} characters long.
 */
public final class Cleaner {

    /** The longest cleaned title, in chars; longer text is cut (a title is a few words). */
    public static final int MAX_LENGTH = 64;
    /** How much of the input is read at all: a title of megabytes is cut here before any work. */
    static final int MAX_INPUT = 512;

    private static final Pattern BRACKETS = Pattern.compile("[(\\[{【〔〖「『<《][^()\\[\\]{}【】〔〕〖〗「」『』<>《》]*[)\\]}】〕〗」』>》]");
    private static final Pattern RECRUITING = Pattern.compile("^.*?(?:高薪诚聘|诚聘|急聘|急招|直招|热招|招聘|聘请|聘)(?=.)");
    private static final Pattern LEADING_ZHAO = Pattern.compile("^招(?![商标生投待])(?:[0-9一二三四五六七八九十两几多数]+[名人位个])?");
    private static final Pattern COMPANY = Pattern.compile(
            "^[^ ]*?(?:股份有限公司|有限责任公司|有限公司|分公司|公司|集团|工作室|事务所)(?=[^ ])");
    private static final Pattern PAY = Pattern.compile(
            "(?:月入|月薪|年薪|底薪|无责底薪|保底|薪资|薪酬|工资|综合收入|收入|税前|日薪|时薪|提成|综合)*"
                    + "(?<![a-z])[0-9]+(?:\\.[0-9]+)?(?:[kw]|万|千|元)?"
                    + "(?:[-~至到][0-9]+(?:\\.[0-9]+)?(?:[kw]|万|千|元)?)?"
                    + "(?:\\+|以上|起|/月|/年|/天|每月|一个月|薪)*(?![a-z0-9])");
    private static final Pattern EXPERIENCE = Pattern.compile("[0-9]+(?:[-~至到][0-9]+)?年(?:以上)?(?:工作)?经验?");
    private static final Pattern HEADCOUNT = Pattern.compile("[0-9一二三四五六七八九十两几多数]+[名位个人](?=$|[ 的])");
    private static final Pattern NUMBERING = Pattern.compile(
            "(?:^|(?<= ))(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3}|[①-⑳]|[a-z])[.、:](?! )|(?:no|#)[0-9]+|[a-z]{1,3}[0-9]{3,}");
    private static final Pattern REST_DAYS = Pattern.compile("(?:月休|周休|做)[0-9一二三四五六七八九十]+(?:天|休[0-9一二三四五六七八九十])?");
    private static final Pattern SEPARATORS = Pattern.compile(" +");

    private Cleaner() {
    }

    /** The cleaned title; never {@code null}, possibly empty (for an empty or all-noise title). */
    public static String clean(String title) {
        String s = title.length() > MAX_INPUT ? title.substring(0, MAX_INPUT) : title;
        // Repeated to a fixpoint: removing one word can bring two halves of another together.
        for (int i = 0; i < 32; i++) {
            String next = once(s);
            if (next.equals(s)) {
                break;
            }
            s = next;
        }
        return s;
    }

    /** One pass; a cleaned title that would be empty falls back to the title's characters alone. */
    private static String once(String title) {
        String basic = basic(title);
        String full = noise(basic);
        return full.isEmpty() ? basic : full;
    }

    /** Width, case, characters: what every pass starts from. */
    static String basic(String title) {
        String s = Normalizer.normalize(dropInvalid(title), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            } else if (isKept(c) || "()[]{}【】〔〕〖〗「」『』<>《》.-~+#、:".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append(' ');
            }
        }
        return fold(keepPlus(out.toString()));
    }

    /** Drops the noise words, notes and names. */
    private static String noise(String s) {
        String t = s;
        String notes = removeBrackets(t);
        if (!fold(noiseWords(notes)).isEmpty()) {
            t = notes;
        }
        StringBuilder out = new StringBuilder();
        for (String part : t.split("[ 、~:]+|(?<![a-z+#])\\+|(?<![a-z0-9])[.-]|[.-](?![a-z0-9])")) {
            String p = noiseWords(part).strip();
            p = p.replace(" ", "");
            if (!p.isEmpty() && !Places.isPlace(p)) {
                out.append(p).append(' ');
            }
        }
        return fold(keepPlus(out.toString().replaceAll("[()\\[\\]{}【】〔〕〖〗「」『』<>《》.~、:-]", " ")));
    }

    private static String noiseWords(String part) {
        String p = RECRUITING.matcher(part).replaceFirst("");
        p = LEADING_ZHAO.matcher(p).replaceFirst("");
        p = COMPANY.matcher(p).replaceFirst("");
        p = REST_DAYS.matcher(p).replaceAll(" ");
        p = EXPERIENCE.matcher(p).replaceAll(" ");
        p = NUMBERING.matcher(p).replaceAll(" ");
        p = HEADCOUNT.matcher(p).replaceAll(" ");
        p = PAY.matcher(p).replaceAll(" ");
        p = Benefits.remove(p);
        p = Places.strip(p);
        return p;
    }

    private static String removeBrackets(String s) {
        String t = s;
        for (int i = 0; i < 4; i++) {
            Matcher m = BRACKETS.matcher(t);
            String next = m.replaceAll(" ");
            if (next.equals(t)) {
                break;
            }
            t = next;
        }
        return t;
    }

    /** Keeps {@code +} and {@code #} only after a Latin letter or another {@code +} (c++, c#). */
    private static String keepPlus(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '#' && !(i > 0 && isLatin(s.charAt(i - 1)))) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String fold(String s) {
        String t = SEPARATORS.matcher(s.strip()).replaceAll(" ");
        if (t.length() > MAX_LENGTH) {
            int end = MAX_LENGTH;
            if (Character.isHighSurrogate(t.charAt(end - 1))) {
                end--;
            }
            t = t.substring(0, end).strip();
        }
        return t;
    }

    private static String dropInvalid(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                out.append(' ');
            } else if (Character.isSurrogate(c) || Character.isISOControl(c) || c == '\ufffd') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** Letters and digits that a job title is made of: CJK ideographs, Latin, digits. */
    static boolean isKept(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || isHan(c);
    }

    /** A CJK unified ideograph (basic block and extension A). */
    static boolean isHan(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf');
    }
}

package org.govfacts.check;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether two project names mean one project, across name variants and scripts:
 * 金大地绿色联碱转型产业园项目, 金大地聯鹼綠色轉型升級項目 and 金大地五期绿色联碱项目 all come down
 * to 金大地联碱. Names are simplified, parenthesised asides (漯河) and leading region names dropped,
 * generic words (项目, 产业园, 绿色, 转型 … in dictionaries/check_project_generic_words.txt)
 * removed; then two cores match when they share a company prefix of two or more characters and
 * are equal, similar (character-bigram Jaccard ≥ 0.5, for cores of five characters or more) or one is the other with words left out.
 * Different phases (卫龙三期 vs 卫龙四期) never match.
 */
final class ProjectNames {
    private static final Pattern PHASE = Pattern.compile("第?[一二三四五六七八九十0-9]+期");
    static final double JACCARD = 0.5;

    private final CheckWords words;

    ProjectNames(CheckWords words) {
        this.words = words;
    }

    /** A name as it is shown: simplified, pinyin annotations, spaces and quotation marks removed. */
    static String display(String name) {
        return TextForms.bare(TextForms.light(name));
    }

    record Core(String text, String phase) {
    }

    Core core(String name) {
        String s = TextForms.withoutAsides(display(name));
        for (String r : words.regions()) {
            // 河北省雄安新区 and 河北雄安新区 are 雄安新区: the province or city with or without 省/市
            String shortForm = r.replaceFirst("(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$", "");
            String prefix = s.startsWith(r) ? r : shortForm.length() >= 2 && s.startsWith(shortForm) ? shortForm : null;
            if (prefix != null && s.length() > prefix.length() + 1) {
                s = s.substring(prefix.length());
                break;
            }
        }
        StringBuilder phase = new StringBuilder();
        Matcher m = PHASE.matcher(s);
        while (m.find()) {
            phase.append(m.group().replace("第", ""));
        }
        s = PHASE.matcher(s).replaceAll("");
        for (String g : words.projectGenericWords()) {
            String t = s.replace(g, "");
            if (t.length() >= 2) {
                s = t;
            }
        }
        if (s.endsWith("等") && s.length() > 2) {
            s = s.substring(0, s.length() - 1);
        }
        return new Core(s, phase.toString());
    }

    boolean same(Core a, Core b) {
        if (!a.phase().isEmpty() && !b.phase().isEmpty() && !a.phase().equals(b.phase())) {
            return false;
        }
        String x = a.text();
        String y = b.text();
        if (x.length() < 2 || y.length() < 2 || x.charAt(0) != y.charAt(0) || x.charAt(1) != y.charAt(1)) {
            return false;
        }
        // Short cores differ in a word that names the project (陇电入川 vs 陇电入浙): equal or contained only.
        if (x.equals(y) || Math.min(x.length(), y.length()) >= 5 && jaccard(x, y) >= JACCARD) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= 4 && shorter.length() * 2 >= longer.length() && TextForms.isSubsequence(shorter, longer);
    }

    static double jaccard(String x, String y) {
        Set<String> a = bigrams(x);
        Set<String> b = bigrams(y);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        a.retainAll(b);
        return union.isEmpty() ? 0 : (double) a.size() / union.size();
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}

package org.govfacts.train;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.segment.Token;

/**
 * The features of each character of a sentence for the project tagger, the same for training and
 * tagging: the characters around it, the segmenter's word holding it (with its part of speech and
 * the character's place in it), the words before and after, and where it stands to a project head
 * word ({@code project-suffixes.txt}) and a place name ({@code regions.txt}). The gazetteer of known
 * projects is left out on purpose: it was written from the annotated sets, so it would leak the
 * answers of a left-out set into its own evaluation.
 */
public final class ProjectTagFeatures {
    private final List<String> heads;
    private final List<String> places;

    public ProjectTagFeatures(Lexicon lexicon) {
        this.heads = longestFirst(lexicon.words("project-suffixes"));
        this.places = longestFirst(lexicon.words("regions"));
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> out = new ArrayList<>(words);
        out.sort((a, b) -> b.length() - a.length());
        return List.copyOf(out);
    }

    /**
     * Feature strings of every character of {@code sentence}; {@code tokens} are the words of the
     * sentence with offsets relative to its start, covering it in order (gaps are allowed).
     */
    public List<List<String>> of(String sentence, List<Token> tokens) {
        int n = sentence.length();
        int[] tokenOf = new int[n];
        java.util.Arrays.fill(tokenOf, -1);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            for (int i = Math.max(0, t.start()); i < Math.min(n, t.end()); i++) {
                tokenOf[i] = k;
            }
        }
        char[] head = marks(sentence, heads);
        char[] place = marks(sentence, places);
        int[] headAhead = distanceToHeadEnd(sentence, head);
        List<List<String>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> f = new ArrayList<>(24);
            String c0 = ch(sentence, i);
            String cm1 = ch(sentence, i - 1);
            String cm2 = ch(sentence, i - 2);
            String cp1 = ch(sentence, i + 1);
            String cp2 = ch(sentence, i + 2);
            f.add("c0=" + c0);
            f.add("c-1=" + cm1);
            f.add("c-2=" + cm2);
            f.add("c+1=" + cp1);
            f.add("c+2=" + cp2);
            f.add("b-1=" + cm1 + c0);
            f.add("b+1=" + c0 + cp1);
            f.add("b-2=" + cm2 + cm1);
            f.add("b+2=" + cp1 + cp2);
            f.add("y=" + kind(sentence, i - 1) + kind(sentence, i) + kind(sentence, i + 1));
            f.add("h=" + head[i] + (i > 0 ? head[i - 1] : '^') + (i + 1 < n ? head[i + 1] : '$'));
            f.add("p=" + place[i] + (i > 0 ? place[i - 1] : '^'));
            f.add("hc=" + head[i] + c0);
            f.add("ha=" + bucket(headAhead[i]));
            f.add("hak=" + bucket(headAhead[i]) + kind(sentence, i));
            int k = tokenOf[i];
            if (k >= 0) {
                Token t = tokens.get(k);
                String at = t.end() - t.start() == 1 ? "S" : i == t.start() ? "B" : i == t.end() - 1 ? "E" : "M";
                f.add("w=" + t.word());
                f.add("wp=" + at + t.pos());
                f.add("t=" + t.pos());
                f.add("w-1=" + (k > 0 ? tokens.get(k - 1).word() : "^"));
                f.add("w+1=" + (k + 1 < tokens.size() ? tokens.get(k + 1).word() : "$"));
                f.add("t-1t+1=" + (k > 0 ? tokens.get(k - 1).pos() : "^") + "/" + (k + 1 < tokens.size() ? tokens.get(k + 1).pos() : "$"));
            }
            out.add(f);
        }
        return out;
    }

    /** For each character: 'B' first of a listed word, 'I' inside, 'E' last, 'S' a one-character word, '-' none. */
    private static char[] marks(String s, List<String> words) {
        char[] m = new char[s.length()];
        java.util.Arrays.fill(m, '-');
        for (int i = 0; i < s.length(); i++) {
            if (m[i] != '-') {
                continue;
            }
            for (String w : words) {
                if (s.startsWith(w, i)) {
                    if (w.length() == 1) {
                        m[i] = 'S';
                    } else {
                        m[i] = 'B';
                        for (int j = i + 1; j < i + w.length() - 1; j++) {
                            m[j] = 'I';
                        }
                        m[i + w.length() - 1] = 'E';
                    }
                    break;
                }
            }
        }
        return m;
    }

    /**
     * For each character, how far ahead (in characters) the nearest head word ends, counting only
     * within the clause (a comma, stop or semicolon ends the search); -1 when none does.
     */
    private static int[] distanceToHeadEnd(String s, char[] head) {
        int[] d = new int[s.length()];
        int next = -1;
        for (int i = s.length() - 1; i >= 0; i--) {
            if (head[i] == 'E' || head[i] == 'S') {
                next = i;
            }
            if ("，。；：！？,;:、（）()".indexOf(s.charAt(i)) >= 0) {
                next = -1;
            }
            d[i] = next < 0 ? -1 : next - i;
        }
        return d;
    }

    private static String bucket(int d) {
        return d < 0 ? "none" : d == 0 ? "0" : d <= 2 ? "1-2" : d <= 5 ? "3-5" : d <= 10 ? "6-10" : d <= 20 ? "11-20" : "far";
    }

    private static String ch(String s, int i) {
        return i < 0 ? "^" : i >= s.length() ? "$" : String.valueOf(s.charAt(i));
    }

    /** h Han, d digit, a Latin letter, p punctuation or other, ^ $ the sentence's ends. */
    private static char kind(String s, int i) {
        if (i < 0) {
            return '^';
        }
        if (i >= s.length()) {
            return '$';
        }
        char c = s.charAt(i);
        if (Character.isDigit(c) || "〇一二三四五六七八九十百千万亿两".indexOf(c) >= 0) {
            return 'd';
        }
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            return 'h';
        }
        if (Character.isLetter(c)) {
            return 'a';
        }
        return 'p';
    }
}

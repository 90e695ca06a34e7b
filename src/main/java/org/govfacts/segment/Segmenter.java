package org.govfacts.segment;

import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.govfacts.lexicon.Lexicon;

/**
 * Segments normalised text with HanLP plus the word lists of {@code dictionaries/}
 * (indicators, units and measure words, scopes, project suffixes, known projects, enterprises, regions, the gazetteer's
 * places), each loaded as custom
 * words with a part of speech so that e.g. 规上工业增加值 stays one noun. Thread-safe: HanLP's
 * Viterbi segmenter keeps no per-call state in the {@link Segment} object.
 */
public final class Segmenter {
    /** Word list → part of speech given to its words. */
    private static final String[][] CUSTOM_LISTS = {
        {"indicators", "nz"},
        {"scopes", "nz"},
        {"regions", "ns"},
        {"projects", "nz"},
        {"enterprises", "nt"},
        {"project-suffixes", "n"},
        {"segment-verbs", "v"},
        {"segment-nouns", "n"},
    };

    private final Segment segment;
    /** The last words of project names (project-suffixes.txt), to undo a locative glued to one's last character. */
    private final java.util.Set<String> projectSuffixes;

    public Segmenter(Lexicon lexicon) {
        DynamicCustomDictionary custom = HanLpRuntime.newCustomDictionary();
        for (String[] list : CUSTOM_LISTS) {
            for (String w : lexicon.words(list[0])) {
                custom.insert(w, list[1] + " 1024");
            }
        }
        // the places of the gazetteer (犍为县, 犍为): a county the segmenter does not know is otherwise cut into characters
        // and words (犍|为), so a name that begins with it (岷江犍为航电枢纽) loses its start; a short name that is a word of
        // the segmenter's own (和平, 长安) is left to it
        for (org.govfacts.lexicon.Gazetteer.Level level : org.govfacts.lexicon.Gazetteer.Level.values()) {
            for (org.govfacts.lexicon.Gazetteer.Place place : lexicon.gazetteer().places(level)) {
                List<String> names = new ArrayList<>(place.aliases());
                names.add(place.name());
                for (String n : names) {
                    if (n.length() >= 2 && HanLpRuntime.coreFrequency(n) == 0 && custom.get(n) == null) {
                        custom.insert(n, "ns 1024");
                    }
                }
            }
        }
        // measure words stay whole so that a figure's unit ends on a token boundary (35项|未开工)
        for (String[] unit : lexicon.table("units")) {
            if (unit[0].length() > 1 && unit[0].chars().allMatch(c -> c > 0x3000)) {
                custom.insert(unit[0], "q 1024");
            }
        }
        this.segment = HanLpRuntime.newSegment(custom);
        this.projectSuffixes = java.util.Set.copyOf(lexicon.words("project-suffixes"));
    }

    public List<Token> segment(String text) {
        List<Term> terms = segment.seg(text);
        List<Token> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            String pos = t.nature == null ? "x" : t.nature.toString();
            if (gluedLocative(out, t.word, pos)) {
                // 新材料|产业|园内 → 产业|园|内: the head word of a name (产业园) ends inside the locative the segmenter made
                out.add(new Token(t.word.substring(0, 1), "n", t.offset, t.offset + 1));
                out.add(new Token(t.word.substring(1), "f", t.offset + 1, t.offset + 2));
                continue;
            }
            String head = headOfGluedName(t.word, pos);
            if (head != null) {
                // 郑阜|高铁由|郑州: the name recogniser glued a preposition to a project's head word (高铁) as a person's name
                out.add(new Token(head, "n", t.offset, t.offset + head.length()));
                out.add(new Token(t.word.substring(head.length()), "p", t.offset + head.length(), t.offset + t.word.length()));
                continue;
            }
            out.add(new Token(t.word, pos, t.offset, t.offset + t.word.length()));
        }
        return out;
    }

    /** Prepositions the name recogniser glues to a head word before a place (高铁由郑州, 高铁经周口). */
    private static final String GLUED_PREPOSITIONS = "由经至从自向往";

    /** The project head word a person's name the segmenter made begins with, when a preposition is the rest of it; else null. */
    private String headOfGluedName(String word, String pos) {
        if (!pos.startsWith("nr") || word.length() < 3 || GLUED_PREPOSITIONS.indexOf(word.charAt(word.length() - 1)) < 0) {
            return null;
        }
        String head = word.substring(0, word.length() - 1);
        return projectSuffixes.contains(head) ? head : null;
    }

    /** 园内, 区内 after 产业, 新: a place word and 内 where the character before 内 ends a project name's head word. */
    private boolean gluedLocative(List<Token> before, String word, String pos) {
        if (word.length() != 2 || word.charAt(1) != '内' || !(pos.equals("s") || pos.equals("f")) || before.isEmpty()) {
            return false;
        }
        String last = before.get(before.size() - 1).word() + word.charAt(0);
        for (int n = 2; n <= Math.min(4, last.length()); n++) {
            if (projectSuffixes.contains(last.substring(last.length() - n))) {
                return true;
            }
        }
        return false;
    }
}

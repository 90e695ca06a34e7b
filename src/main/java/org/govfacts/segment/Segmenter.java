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
    };

    private final Segment segment;

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
    }

    public List<Token> segment(String text) {
        List<Term> terms = segment.seg(text);
        List<Token> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            String pos = t.nature == null ? "x" : t.nature.toString();
            out.add(new Token(t.word, pos, t.offset, t.offset + t.word.length()));
        }
        return out;
    }
}

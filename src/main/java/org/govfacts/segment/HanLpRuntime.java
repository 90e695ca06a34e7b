package org.govfacts.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;

/**
 * The one place that touches HanLP's process-wide state. HanLP keeps its core dictionaries in
 * static fields and would cache custom dictionaries as {@code .bin} files next to them; govfacts
 * never points HanLP at its word lists but inserts the words into a private
 * {@link DynamicCustomDictionary}, so an edited list takes effect on the next run and nothing is
 * written beside the dictionaries.
 */
public final class HanLpRuntime {
    private HanLpRuntime() {
    }

    static {
        // Never write cache files or print to stdout from inside the library.
        HanLP.Config.enableDebug(false);
        HanLP.Config.ShowTermNature = true;
    }

    /**
     * A private custom dictionary holding HanLP's bundled custom words (read from the jar's
     * prebuilt cache), to which govfacts inserts its own word lists in memory.
     */
    static DynamicCustomDictionary newCustomDictionary() {
        return new DynamicCustomDictionary();
    }

    /** HanLP's standard (Viterbi) segmenter with offsets, using the given custom dictionary. */
    static Segment newSegment(DynamicCustomDictionary custom) {
        return HanLP.newSegment()
                .enableOffset(true)
                .enablePartOfSpeechTagging(true)
                .enableCustomDictionary(custom);
    }

    /**
     * How often HanLP's core dictionary saw the word (0 when it does not hold it): everyday words
     * (燃气, 农业) are frequent there, the names of small places and brands (东川, 潘州) rare or absent.
     */
    public static int coreFrequency(String word) {
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
        return a == null ? 0 : a.totalFrequency;
    }

    /**
     * Whether HanLP's core dictionary knows the word first as a verb or adjective (振兴, 开发), or as a common noun seen ten
     * times or more (和平): an everyday word, not a place's name, even where a district shares it as its short form.
     */
    public static boolean isEverydayWord(String word) {
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
        if (a == null || a.nature.length == 0) {
            return false;
        }
        String first = a.nature[0].toString();
        return first.startsWith("v") || first.startsWith("a") || first.equals("n") && a.totalFrequency >= 10;
    }

    /** The bare {@code HanLP.segment} call, as a benchmark baseline. */
    public static int bareSegmentCount(String text) {
        return HanLP.segment(text).size();
    }
}

package org.govfacts.normalize;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govfacts.lexicon.Lexicon;

/**
 * What traditional→simplified conversion needs to know: OpenCC's own behaviour plus the
 * researcher's override table {@code dictionaries/t2s-overrides.tsv} (traditional TAB simplified,
 * a character or a phrase), which fixes what OpenCC gets wrong or leaves alone (堿→碱, 復蓋→覆盖).
 * Immutable and shared by {@link ScriptDetector} and {@link ScriptConverter}.
 */
public final class T2sTables {
    /** The override table's name in the lexicon. */
    public static final String OVERRIDES = "t2s-overrides";

    /** One override: source text and its replacement. */
    record Override(String traditional, String simplified) {
    }

    private final BitSet changedAlone;
    private final BitSet triggers;
    private final Map<Integer, Override[]> overridesByFirst;

    private T2sTables(BitSet changedAlone, BitSet triggers, Map<Integer, Override[]> overridesByFirst) {
        this.changedAlone = changedAlone;
        this.triggers = triggers;
        this.overridesByFirst = overridesByFirst;
    }

    /** OpenCC's tables with the lexicon's overrides. */
    public static T2sTables from(Lexicon lexicon) {
        BitSet changedAlone = (BitSet) OpenCcT2s.changedAlone().clone();
        BitSet triggers = (BitSet) changedAlone.clone();
        triggers.or(OpenCcT2s.changedInPhrase());
        Map<Integer, List<Override>> byFirst = new HashMap<>();
        for (String[] row : lexicon.table(OVERRIDES)) {
            if (row.length < 2 || row[0].isEmpty() || row[1].isEmpty()) {
                throw new IllegalStateException(OVERRIDES + ".tsv in " + lexicon.origin()
                        + ": each row needs traditional<TAB>simplified, got: " + String.join("\t", row));
            }
            Override o = new Override(row[0], row[1]);
            byFirst.computeIfAbsent(o.traditional().codePointAt(0), k -> new ArrayList<>()).add(o);
            // A key character the replacement does not keep marks text that needs converting.
            o.traditional().codePoints().filter(cp -> o.simplified().indexOf(cp) < 0).forEach(cp -> {
                triggers.set(cp);
                if (CjkChars.codePoints(o.traditional()) == 1) {
                    changedAlone.set(cp);
                }
            });
        }
        Map<Integer, Override[]> sorted = new HashMap<>();
        byFirst.forEach((cp, list) -> sorted.put(cp, list.stream()
                .sorted(Comparator.comparingInt((Override o) -> o.traditional().length()).reversed())
                .toArray(Override[]::new)));
        return new T2sTables(changedAlone, triggers, Map.copyOf(sorted));
    }

    /** Whether {@code cp} changes under conversion by itself: what script detection counts. */
    boolean changesAlone(int cp) {
        return changedAlone.get(cp);
    }

    /** Whether a run of Han text holding {@code cp} must go through conversion. */
    boolean isTrigger(int cp) {
        return triggers.get(cp);
    }

    /** The longest override whose source starts at {@code at} and ends by {@code limit}, or null. */
    Override overrideAt(String text, int at, int limit) {
        Override[] candidates = overridesByFirst.get(text.codePointAt(at));
        if (candidates == null) {
            return null;
        }
        for (Override o : candidates) {
            String key = o.traditional();
            if (at + key.length() <= limit && text.startsWith(key, at)) {
                return o;
            }
        }
        return null;
    }
}

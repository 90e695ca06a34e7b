package org.govfacts.normalize;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * OpenCC4J's traditional→simplified conversion, and which characters it may change.
 *
 * <p>The character sets come from OpenCC4J's own tables (read as data, a few milliseconds), so
 * that script detection does not have to load the converter: OpenCC4J takes about half a second
 * to initialise, which a run over simplified reports never needs to pay. The sets are a superset
 * of what the library really does (it skips entries whose answer lies outside the BMP), which is
 * harmless: such a character only sends its run through OpenCC, which then leaves it alone. If a
 * future OpenCC4J moves its tables, the sets are probed from the converter instead.
 */
final class OpenCcT2s {
    private static final String CHARACTERS = "data/dictionary/TSCharacters.txt";
    private static final String PHRASES = "data/dictionary/TSPhrases.txt";
    /** BMP ideograph blocks to probe when the tables cannot be read. */
    private static final int[][] BMP_HAN = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};

    private OpenCcT2s() {
    }

    /** Phrase-level traditional→simplified conversion (OpenCC4J, forward maximum matching). */
    static String toSimple(String text) {
        return Converter.toSimple(text);
    }

    /**
     * OpenCC4J loads its dictionaries on first use; doing that inside a class initialiser lets the
     * JVM run it once while other threads wait, so parallel workers never race the loading.
     */
    private static final class Converter {
        static {
            ZhConverterUtil.toSimple("發");
        }

        static String toSimple(String text) {
            return ZhConverterUtil.toSimple(text);
        }
    }

    /** Characters that conversion changes on their own (個→个, 後→后); 乾 and 著 are not among them. */
    static BitSet changedAlone() {
        return Tables.CHANGED_ALONE;
    }

    /**
     * Characters that conversion changes only inside a phrase (瞭 in 瞭解, 覆 in 答覆, 乾 in 乾淨):
     * a run holding one of them has to go through OpenCC too.
     */
    static BitSet changedInPhrase() {
        return Tables.CHANGED_IN_PHRASE;
    }

    /** Computed once, on first use; class initialisation makes the sets safe to share. */
    private static final class Tables {
        static final BitSet CHANGED_ALONE = changedAlone();
        static final BitSet CHANGED_IN_PHRASE = changedInPhrase(CHANGED_ALONE);

        private static BitSet changedAlone() {
            List<String[]> rows = read(CHARACTERS);
            if (rows == null) {
                return probeCharacters();
            }
            BitSet changed = new BitSet(0x10000);
            for (String[] row : rows) {
                if (!row[0].equals(row[1])) {
                    changed.set(row[0].codePointAt(0));
                }
            }
            return changed;
        }

        private static BitSet changedInPhrase(BitSet changedAlone) {
            BitSet changed = new BitSet(0x10000);
            List<String[]> rows = read(PHRASES);
            if (rows == null) {
                return changed; // without the table, phrase-only characters are simply not triggers
            }
            for (String[] row : rows) {
                int[] from = row[0].codePoints().toArray();
                int[] to = row[1].codePoints().toArray();
                if (from.length != to.length) {
                    continue;
                }
                for (int i = 0; i < from.length; i++) {
                    if (from[i] != to[i] && !changedAlone.get(from[i])) {
                        changed.set(from[i]);
                    }
                }
            }
            return changed;
        }

        /** Rows of an OpenCC table as {traditional, first simplified candidate}, or null if absent. */
        private static List<String[]> read(String resource) {
            try (InputStream in = ZhConverterUtil.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    return null;
                }
                List<String[]> rows = new ArrayList<>();
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    int tab = line.indexOf('\t');
                    if (tab <= 0) {
                        continue;
                    }
                    String values = line.substring(tab + 1).strip();
                    int space = values.indexOf(' ');
                    String first = space < 0 ? values : values.substring(0, space);
                    if (!first.isEmpty()) {
                        rows.add(new String[] {line.substring(0, tab), first});
                    }
                }
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read OpenCC4J's " + resource, e);
            }
        }

        /** Asks the converter about every BMP ideograph, in one call over "c\nc\n…". */
        private static BitSet probeCharacters() {
            StringBuilder all = new StringBuilder(2 * 30_000);
            for (int[] range : BMP_HAN) {
                for (int c = range[0]; c <= range[1]; c++) {
                    all.append((char) c).append('\n');
                }
            }
            String in = all.toString();
            String out = OpenCcT2s.toSimple(in);
            BitSet changed = new BitSet(0x10000);
            for (int i = 0; i < in.length(); i += 2) {
                // OpenCC matches no phrase across a line break, so position 2k is character k's answer;
                // should the lengths ever differ, ask character by character.
                String c = in.substring(i, i + 1);
                boolean differs = out.length() == in.length() ? out.charAt(i) != in.charAt(i) : !OpenCcT2s.toSimple(c).equals(c);
                if (differs) {
                    changed.set(in.charAt(i));
                }
            }
            return changed;
        }
    }
}

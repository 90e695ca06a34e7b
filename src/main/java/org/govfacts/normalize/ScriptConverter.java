package org.govfacts.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts traditional script to simplified: OpenCC4J phrase-level conversion, with the override
 * table taking precedence where one of its entries matches.
 *
 * <p>Only runs of Han text that hold a character needing conversion are touched, and all of them
 * go through OpenCC in a single call (joined by line breaks, across which OpenCC never matches a
 * phrase), so the per-call cost is paid once per document. Each converted run is aligned back
 * code point by code point when OpenCC kept its length, which its tables always do; where a run's
 * length changed anyway, that run is converted again one code point at a time. An override whose
 * replacement has another length maps every output char to the whole source phrase. Either way
 * every output char, including both halves of a surrogate pair, maps to the right source chars.
 */
public final class ScriptConverter implements NormalizationStage {
    private final T2sTables tables;

    public ScriptConverter(T2sTables tables) {
        this.tables = tables;
    }

    /** A stretch of the input to replace: by OpenCC's answer when {@code override} is null. */
    private record Piece(int start, int end, String override) {
    }

    @Override
    public StageResult apply(String text) {
        List<Piece> pieces = findPieces(text);
        if (pieces.isEmpty()) {
            return StageResult.oneToOne(text);
        }
        String[] outputs = convert(text, pieces);
        if (sameShape(text, pieces, outputs)) {
            char[] out = text.toCharArray();
            for (int k = 0; k < pieces.size(); k++) {
                outputs[k].getChars(0, outputs[k].length(), out, pieces.get(k).start());
            }
            return StageResult.oneToOne(new String(out));
        }
        OffsetMap.Builder b = new OffsetMap.Builder(text.length());
        int copied = 0;
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            b.copy(text, copied, p.start());
            emit(b, text, p, outputs[k]);
            copied = p.end();
        }
        b.copy(text, copied, text.length());
        return new StageResult(b.text(), b.map());
    }

    /** Han runs holding a trigger character, cut into override matches and stretches for OpenCC. */
    private List<Piece> findPieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!CjkChars.isHan(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int runStart = i;
            boolean trigger = false;
            while (i < n) {
                cp = text.codePointAt(i);
                if (!CjkChars.isHan(cp)) {
                    break;
                }
                trigger |= tables.isTrigger(cp);
                i += Character.charCount(cp);
            }
            if (trigger) {
                splitRun(text, runStart, i, pieces);
            }
        }
        return pieces;
    }

    private void splitRun(String text, int start, int end, List<Piece> pieces) {
        int plainStart = start;
        int p = start;
        while (p < end) {
            T2sTables.Override o = tables.overrideAt(text, p, end);
            if (o == null) {
                p += Character.charCount(text.codePointAt(p));
                continue;
            }
            if (plainStart < p) {
                pieces.add(new Piece(plainStart, p, null));
            }
            int matchEnd = p + o.traditional().length();
            pieces.add(new Piece(p, matchEnd, o.simplified()));
            p = matchEnd;
            plainStart = p;
        }
        if (plainStart < end) {
            pieces.add(new Piece(plainStart, end, null));
        }
    }

    /** The replacement text of every piece; OpenCC's pieces converted together in one call. */
    private static String[] convert(String text, List<Piece> pieces) {
        String[] outputs = new String[pieces.size()];
        StringBuilder joined = new StringBuilder();
        int plain = 0;
        for (Piece p : pieces) {
            if (p.override() == null) {
                joined.append(text, p.start(), p.end()).append('\n');
                plain++;
            }
        }
        String[] converted = plain == 0 ? new String[0] : OpenCcT2s.toSimple(joined.toString()).split("\n", -1);
        boolean aligned = converted.length == plain + 1;
        int next = 0;
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            if (p.override() != null) {
                outputs[k] = p.override();
            } else {
                outputs[k] = aligned ? converted[next++] : OpenCcT2s.toSimple(text.substring(p.start(), p.end()));
            }
        }
        return outputs;
    }

    /** Whether every piece's output is a BMP-only string of its source's length: then the map is one to one. */
    private static boolean sameShape(String text, List<Piece> pieces, String[] outputs) {
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            String out = outputs[k];
            if (out.length() != p.end() - p.start() || hasSurrogate(out, 0, out.length())
                    || hasSurrogate(text, p.start(), p.end())) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasSurrogate(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void emit(OffsetMap.Builder b, String text, Piece p, String out) {
        String source = text.substring(p.start(), p.end());
        if (CjkChars.codePoints(out) == CjkChars.codePoints(source)) {
            alignByCodePoint(b, p.start(), source, out);
        } else if (p.override() != null) {
            b.append(out, p.start(), p.end());
        } else {
            // OpenCC changed this run's length: convert it code point by code point instead.
            for (int i = 0; i < source.length(); ) {
                int cp = source.codePointAt(i);
                int len = Character.charCount(cp);
                String one = OpenCcT2s.toSimple(source.substring(i, i + len));
                b.append(one, p.start() + i, p.start() + i + len);
                i += len;
            }
        }
    }

    /** Output code point k stands for source code point k (all of its chars, for a surrogate pair). */
    private static void alignByCodePoint(OffsetMap.Builder b, int offset, String source, String out) {
        int i = 0;
        int j = 0;
        while (i < source.length()) {
            int len = Character.charCount(source.codePointAt(i));
            int outLen = Character.charCount(out.codePointAt(j));
            b.append(out.substring(j, j + outLen), offset + i, offset + i + len);
            i += len;
            j += outLen;
        }
    }
}

package org.govfacts.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Finds how a text file is encoded and decodes it, refusing rather than guessing wrong.
 *
 * <p>Order of evidence: a byte-order mark; the zero-byte pattern of UTF-16; strict UTF-8 (valid
 * UTF-8 of any length almost never happens by chance); then GB18030 and the Big5 family, each
 * decoded strictly and judged by how ordinary its Chinese reads ({@link HanziFrequency}).
 * juniversalchardet's guess joins the candidates and breaks near ties, but is never taken on its own.
 *
 * <p>Damage: a file that is clearly in one encoding but holds a few invalid byte sequences (a
 * download cut off mid-character, a stray byte) is decoded with each bad sequence replaced by
 * U+FFFD and a warning that gives the count and the first byte offset. More than
 * {@link #tolerable a few} bad sequences means the encoding is wrong or the file is not text: refused.
 *
 * <p>Memory: the bytes are read once by the caller; each check runs through them with a small
 * buffer, and the final decode writes into one array of exactly the right length.
 */
final class TextDecoder {
    /** How much of the file candidates are judged on: plenty of characters, bounded cost. */
    private static final int SAMPLE_BYTES = 256 * 1024;
    /** Characters with a frequency rank below this count as everyday Chinese. */
    private static final int COMMON_RANK = 1500;
    /** Share of everyday characters a right decoding of Chinese shows at the least. */
    private static final double MIN_COMMON_SHARE = 0.5;
    /** Closer than this, GB18030 and Big5 readings are too alike to choose between without help. */
    private static final double AMBIGUOUS_MARGIN = 0.1;
    /** Share of everyday characters with which a Chinese reading beats a clean two-byte UTF-8 one. */
    private static final double CLEARLY_CHINESE = 0.8;
    /** Chinese punctuation every report uses; a wrong decoding turns it into odd symbols. */
    private static final String COMMON_PUNCTUATION = "，。、；：？！“”‘’（）《》〈〉【】—…·「」『』％　";

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text, the name of its encoding, and what the researcher should be told. */
    record Decoded(String text, String charset, List<String> warnings) {
    }

    /** The bytes are not text, or not in any encoding that reads credibly; the message says which. */
    static final class NotText extends Exception {
        NotText(String reason) {
            super(reason);
        }
    }

    private TextDecoder() {
    }

    /**
     * @param declared an encoding the file names for itself (an HTML {@code <meta charset>}), tried
     *                 first but verified like any other; may be null
     */
    static Decoded decode(byte[] bytes, String declared) throws NotText {
        if (bytes.length == 0) {
            throw new NotText("empty file");
        }
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            Tally t = scan(bytes, skip, bytes.length, bom, true);
            if (!tolerable(t)) {
                throw new NotText("starts with a " + bom.name() + " byte-order mark but is not valid " + bom.name()
                        + ": " + t.errors + " invalid byte sequences, the first at byte offset " + t.firstErrorAt);
            }
            return finish(bytes, skip, bom, t);
        }
        int sampleEnd = Math.min(bytes.length, SAMPLE_BYTES);
        Charset utf16 = utf16ByZeroPattern(bytes, sampleEnd);
        if (utf16 != null) {
            Tally t = scan(bytes, 0, bytes.length, utf16, true);
            if (tolerable(t) && (t.plausibleChinese() || t.plausibleOtherText())) {
                return finish(bytes, 0, utf16, t);
            }
        }
        if (looksBinary(bytes, sampleEnd)) {
            throw new NotText("binary file, not text");
        }
        Tally utf8 = scan(bytes, 0, bytes.length, StandardCharsets.UTF_8, true);
        // Valid UTF-8 with three-byte sequences (all of Chinese) does not happen by chance, so it is
        // UTF-8, and with a few bad spots still UTF-8 (damaged).
        if (utf8.errors == 0 && (utf8.nonAscii == 0 || utf8.maxChar >= 0x800)
                || utf8.errors > 0 && tolerable(utf8) && utf8.nonAscii >= 4L * utf8.errors) {
            return finish(bytes, 0, StandardCharsets.UTF_8, utf8);
        }
        // Clean UTF-8 of two-byte sequences only (accented Latin, Greek, Cyrillic…): a few GB characters
        // can look like that, so it stays UTF-8 if it reads as words, or if no reading is clearly Chinese.
        boolean utf8Words = utf8.errors == 0 && wordsInOneScript(new String(bytes, 0, sampleEnd, StandardCharsets.UTF_8)) >= 0.9;
        if (utf8Words) {
            return finish(bytes, 0, StandardCharsets.UTF_8, utf8);
        }
        String guess = chardetGuess(bytes);
        Candidate best = chooseChinese(bytes, sampleEnd, declared, guess);
        if (utf8.errors == 0 && (best == null || best.tally.commonShare() < CLEARLY_CHINESE)) {
            return finish(bytes, 0, StandardCharsets.UTF_8, utf8);
        }
        if (best == null) {
            throw new NotText("cannot determine the encoding (not UTF-8: invalid byte sequence at byte offset "
                    + utf8.firstErrorAt + "; GB18030 and Big5 do not read as Chinese text either"
                    + (guess == null ? "" : "; the detector's guess, " + guess + ", was not credible") + ")");
        }
        Tally full = best.tally;
        if (sampleEnd < bytes.length) {
            full = scan(bytes, 0, bytes.length, best.charset, true);
            if (!tolerable(full)) {
                throw new NotText("cannot determine the encoding (begins as " + best.charset.name() + " but has "
                        + full.errors + " invalid byte sequences, the first at byte offset " + full.firstErrorAt + ")");
            }
        }
        return finish(bytes, 0, best.charset, full);
    }

    /**
     * Share of non-ASCII characters that are letters with a letter of their own script beside them,
     * as in real words ("Ελλάδα", "niño"); a misread GB text mixes scripts ("һֱ").
     */
    static double wordsInOneScript(String text) {
        int nonAscii = 0;
        int inWords = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            if (Character.isLetter(c) && (sameScriptLetter(c, text, i - 1) || sameScriptLetter(c, text, i + 1))) {
                inWords++;
            }
        }
        return nonAscii == 0 ? 1 : (double) inWords / nonAscii;
    }

    private static boolean sameScriptLetter(char c, String text, int at) {
        if (at < 0 || at >= text.length() || !Character.isLetter(text.charAt(at))) {
            return false;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.of(text.charAt(at));
    }

    private record Candidate(Charset charset, Tally tally) {
        boolean big5Family() {
            return charset.name().toLowerCase(Locale.ROOT).contains("big5") || charset.name().contains("950");
        }
    }

    /** The credible Chinese reading with the most everyday characters, or null if there is none. */
    private static Candidate chooseChinese(byte[] bytes, int sampleEnd, String declared, String guess) throws NotText {
        Set<Charset> tries = new LinkedHashSet<>();
        addCharset(tries, declared);
        tries.add(GB18030);
        addCharset(tries, "Big5");
        addCharset(tries, "x-windows-950");
        addCharset(tries, "Big5-HKSCS");
        addCharset(tries, guess);
        tries.remove(StandardCharsets.UTF_8);
        List<Candidate> credible = new ArrayList<>();
        for (Charset cs : tries) {
            Tally t = scan(bytes, 0, sampleEnd, cs, sampleEnd == bytes.length);
            if (tolerable(t) && t.plausibleChinese()) {
                credible.add(new Candidate(cs, t));
            }
        }
        if (credible.isEmpty()) {
            return null;
        }
        // Stable: among equal scores the earlier candidate (declared, then GB18030, then plain Big5) wins.
        Candidate best = credible.get(0);
        for (Candidate c : credible) {
            if (c.tally.commonShare() > best.tally.commonShare()) {
                best = c;
            }
        }
        for (Candidate c : credible) {
            if (c.big5Family() != best.big5Family()
                    && best.tally.commonShare() - c.tally.commonShare() < AMBIGUOUS_MARGIN) {
                Charset g = guess == null ? null : toCharset(guess);
                if (g != null && (g.equals(c.charset) || g.equals(best.charset))) {
                    return g.equals(c.charset) ? c : best;
                }
                throw new NotText("cannot determine the encoding (reads as Chinese both as " + best.charset.name()
                        + " and as " + c.charset.name() + "; too little text to tell)");
            }
        }
        return best;
    }

    private static void addCharset(Set<Charset> set, String name) {
        Charset cs = name == null ? null : toCharset(name);
        if (cs != null) {
            set.add(cs);
        }
    }

    /** GB2312 and GBK are read as GB18030, their superset, as browsers do. */
    static Charset toCharset(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("gb18030") || n.equals("x-gbk") || n.equals("cp936")) {
            return GB18030;
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String chardetGuess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 4 * SAMPLE_BYTES));
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * UTF-16 without a byte-order mark shows itself by the zero high bytes of ASCII characters
     * (digits, line breaks): zeros pile up on one side of each byte pair and not the other.
     */
    private static Charset utf16ByZeroPattern(byte[] b, int end) {
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i + 1 < end; i += 2) {
            if (b[i] == 0) {
                zeroEven++;
            }
            if (b[i + 1] == 0) {
                zeroOdd++;
            }
        }
        // Chinese text holds few ASCII characters (digits, line breaks: well under 1% of a report), and
        // characters such as 一 (U+4E00) put zeros on the other side; the strict decode that follows
        // rejects a wrong trigger, so a clear lean to one side is enough.
        int enough = Math.max(2, end / 2 / 2000);
        if (zeroOdd >= enough && zeroEven * 2 <= zeroOdd) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven >= enough && zeroOdd * 2 <= zeroEven) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** NUL bytes, or more than a few control bytes, do not occur in text in any supported encoding. */
    private static boolean looksBinary(byte[] b, int end) {
        int controls = 0;
        for (int i = 0; i < end; i++) {
            int v = b[i] & 0xff;
            if (v == 0) {
                return true;
            }
            if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f' && v != 0x1B || v == 0x7F) {
                controls++;
            }
        }
        return controls > end / 50;
    }

    /** A few bad sequences are damage to report; more mean the wrong encoding or no text at all. */
    private static boolean tolerable(Tally t) {
        return t.errors <= 4 + t.nonAscii / 100;
    }

    /**
     * Decodes bytes[from, to) strictly through a small buffer, counting characters (one per invalid
     * sequence, as U+FFFD will stand there) and judging what they look like. When {@code whole} is
     * false the range is a sample and a character cut at its end is not an error.
     */
    private static Tally scan(byte[] bytes, int from, int to, Charset cs, boolean whole) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(8192);
        Tally t = new Tally();
        while (true) {
            CoderResult r = decoder.decode(in, out, whole);
            t.count(out);
            if (r.isError()) {
                t.error(in.position());
                in.position(in.position() + r.length());
            } else if (r.isUnderflow()) {
                break;
            }
        }
        if (whole) {
            while (decoder.flush(out).isOverflow()) {
                t.count(out);
            }
            t.count(out);
        }
        return t;
    }

    private static Decoded finish(byte[] bytes, int from, Charset cs, Tally t) {
        char[] chars = new char[Math.toIntExact(t.chars)];
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\uFFFD");
        CharBuffer out = CharBuffer.wrap(chars);
        decoder.decode(ByteBuffer.wrap(bytes, from, bytes.length - from), out, true);
        decoder.flush(out);
        if (out.position() != chars.length) {
            throw new IllegalStateException("decoded " + out.position() + " characters, counted " + chars.length);
        }
        List<String> warnings = new ArrayList<>();
        if (t.errors > 0) {
            boolean cutAtEnd = t.errors == 1 && t.lastErrorEnd(bytes.length);
            warnings.add(cutAtEnd
                    ? "the file ends in the middle of a " + cs.name() + " character (cut off?); "
                            + "the incomplete character at byte offset " + t.firstErrorAt + " was replaced by U+FFFD"
                    : t.errors + " invalid " + cs.name() + " byte sequence(s) replaced by U+FFFD; the first at byte offset "
                            + t.firstErrorAt);
        }
        String name = cs == GB18030 ? "GB18030" : cs.name();
        return new Decoded(new String(chars), name, warnings);
    }

    /** Counts of what a decoding produced. */
    private static final class Tally {
        long chars;
        long nonAscii;
        long cjk;
        long common;
        long suspicious;
        long punctuation;
        long odd;
        long controls;
        char maxChar;
        long errors;
        long firstErrorAt = -1;
        long lastErrorAt = -1;

        void error(int byteOffset) {
            errors++;
            chars++;
            if (firstErrorAt < 0) {
                firstErrorAt = byteOffset;
            }
            lastErrorAt = byteOffset;
        }

        boolean lastErrorEnd(int length) {
            // An incomplete last character spans at most 3 bytes in every supported encoding.
            return lastErrorAt >= length - 3;
        }

        void count(CharBuffer out) {
            out.flip();
            int n = out.remaining();
            for (int i = 0; i < n; i++) {
                see(out.get(i));
            }
            chars += n;
            out.clear();
        }

        private void see(char c) {
            if (c > maxChar) {
                maxChar = c;
            }
            if (c < 0x80) {
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B || c == 0x7F) {
                    controls++;
                }
                return;
            }
            nonAscii++;
            if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF) {
                cjk++;
                if (HanziFrequency.rank(c) < COMMON_RANK) {
                    common++;
                }
            } else if (Character.isHighSurrogate(c)) {
                cjk++; // a supplementary-plane character: in Chinese text, a rare ideograph
            } else if (COMMON_PUNCTUATION.indexOf(c) >= 0) {
                punctuation++;
                common++;
            } else if (c <= 0x9F || c >= 0xE000 && c <= 0xF8FF || c >= 0x3040 && c <= 0x30FF
                    || c >= 0xAC00 && c <= 0xD7A3 || c >= 0x1100 && c <= 0x11FF || c >= 0x3130 && c <= 0x318F
                    || c >= 0x0370 && c <= 0x04FF || c >= 0x3100 && c <= 0x312F || c == 0xFFFD) {
                // C1 controls, private use, kana, hangul, Greek, Cyrillic, bopomofo: what a wrong decoding
                // of Chinese yields, and right Chinese text hardly ever holds.
                suspicious++;
            } else if (c >= 0x2500 && c <= 0x259F || c >= 0xFE30 && c <= 0xFE6F || c >= 0xFF61 && c <= 0xFF9F
                    || c >= 0xA1 && c <= 0xBF && c != 0xB0 && c != 0xB1 && c != 0xB7) {
                odd++; // box drawing, small and vertical forms, Latin-1 symbols: possible, but not everyday
            }
        }

        double commonShare() {
            long judged = cjk + punctuation + odd + suspicious;
            return judged == 0 ? 0 : (double) common / judged;
        }

        boolean plausibleChinese() {
            return common > 0 && commonShare() >= MIN_COMMON_SHARE && suspicious * 20 <= nonAscii
                    && controls * 100 <= chars;
        }

        /** Text without Chinese (English, say), as a UTF-16 file may hold. */
        boolean plausibleOtherText() {
            return cjk == 0 && suspicious * 100 <= nonAscii && controls * 100 <= chars && chars > 0;
        }
    }
}

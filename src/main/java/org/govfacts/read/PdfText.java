package org.govfacts.read;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text layer of a PDF, through Apache PDFBox, with lines of one paragraph joined again. */
final class PdfText {
    /** Stands for a line end inside a paragraph until we know whether it joins two Chinese lines. */
    private static final char LINE_MARK = '\uE000';

    private static final java.util.regex.Pattern LAYOUT_SPACE = java.util.regex.Pattern.compile(
            "(?<=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’]) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z%]) (?=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’])");

    private PdfText() {
    }

    static String extract(byte[] bytes) throws TextDecoder.NotText {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator(String.valueOf(LINE_MARK));
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n");
            stripper.setPageStart("");
            stripper.setPageEnd("\n");
            String raw = stripper.getText(doc);
            return dropLayoutSpaces(joinLines(raw.replace("\r", "")));
        } catch (InvalidPasswordException e) {
            throw new TextDecoder.NotText("password-protected PDF");
        } catch (IOException | RuntimeException e) {
            throw new TextDecoder.NotText("damaged PDF (" + WordText.reason(e) + (isCutOff(bytes) ? "; the file is cut off" : "") + ")");
        }
    }

    /** A PDF ends with %%EOF (and perhaps a line break or padding); a download cut short does not. */
    static boolean isCutOff(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        String tail = new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        return !tail.contains("%%EOF");
    }

    /**
     * Typesetters leave a gap between Chinese and Latin letters or digits, which text extraction turns
     * into a space the author never typed ("投资 803亿元"); Chinese puts no space there.
     */
    static String dropLayoutSpaces(String text) {
        return LAYOUT_SPACE.matcher(text).replaceAll("");
    }

    /**
     * A PDF breaks lines where the page ran out of width. A line that is clearly shorter than a full
     * line ended of its own accord (a heading, a paragraph's last line), so its break stays '\n'.
     * Otherwise, between two Chinese characters the break was no break at all (Chinese uses no
     * spaces) and goes; between two Latin words it was a space.
     */
    static String joinLines(String raw) {
        String[] lines = raw.split(String.valueOf(LINE_MARK), -1);
        int full = fullLineLength(lines);
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out.append(line);
            if (i + 1 == lines.length) {
                break;
            }
            String next = lines[i + 1];
            String lastLine = line.substring(line.lastIndexOf('\n') + 1);
            if (lastLine.isBlank()) {
                continue;
            }
            if (lastLine.strip().length() < full * 0.8) {
                out.append('\n');
                continue;
            }
            char before = line.charAt(line.length() - 1);
            char after = next.isEmpty() ? '\n' : next.charAt(0);
            if (Character.isWhitespace(before) || Character.isWhitespace(after)) {
                continue;
            }
            if (!isWide(before) && !isWide(after)) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** The length most full lines reach: the 90th percentile of line lengths. */
    private static int fullLineLength(String[] lines) {
        int[] lengths = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            lengths[i] = l.length() - (l.lastIndexOf('\n') + 1);
        }
        java.util.Arrays.sort(lengths);
        return lengths.length == 0 ? 0 : lengths[(int) (lengths.length * 0.9)];
    }

    /** Chinese characters and full-width punctuation: text written without spaces. */
    private static boolean isWide(char c) {
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFFEF
                || Character.isSurrogate(c);
    }
}

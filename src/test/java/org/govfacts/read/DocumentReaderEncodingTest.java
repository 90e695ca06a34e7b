package org.govfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderEncodingTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset BIG5 = Charset.forName("Big5");

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private SourceDocument read(String name, byte[] bytes) throws Exception {
        return reader.read(write(name, bytes));
    }

    private ReadFailure failure(String name, byte[] bytes) throws IOException {
        Path p = write(name, bytes);
        ReadFailure f = assertThrows(ReadFailure.class, () -> reader.read(p));
        assertEquals(p, f.path());
        return f;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        String text = ReportSentences.SIMPLIFIED_REPORT;
        SourceDocument plain = read("plain.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, plain.text());
        assertEquals("UTF-8", plain.charset());
        assertEquals(SourceFormat.TEXT, plain.format());
        assertTrue(plain.warnings().isEmpty());

        byte[] withBom = concat(bytes(0xEF, 0xBB, 0xBF), text.getBytes(StandardCharsets.UTF_8));
        SourceDocument bom = read("bom.txt", withBom);
        assertEquals(text, bom.text(), "the byte-order mark is not part of the text");
        assertEquals("UTF-8", bom.charset());
        assertEquals(withBom.length, bom.bytes());
        assertEquals(64, bom.sha256().length());
    }

    @Test
    void utf16WithBom() throws Exception {
        String text = ReportSentences.SIMPLIFIED_REPORT;
        SourceDocument le = read("le.txt", concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(text, le.text());
        assertEquals("UTF-16LE", le.charset());
        SourceDocument be = read("be.txt", concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(text, be.text());
        assertEquals("UTF-16BE", be.charset());
    }

    @Test
    void utf16WithoutBomIsKnownByItsZeroBytes() throws Exception {
        String text = ReportSentences.SIMPLIFIED_REPORT;
        assertEquals(text, read("le.txt", text.getBytes(StandardCharsets.UTF_16LE)).text());
        assertEquals(text, read("be.txt", text.getBytes(StandardCharsets.UTF_16BE)).text());
        SourceDocument english = read("en.txt", ReportSentences.ENGLISH.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(ReportSentences.ENGLISH, english.text());
        assertEquals("UTF-16LE", english.charset());
    }

    @Test
    void utf16WithoutBomWithHardlyAnyAscii() throws Exception {
        // Line breaks only every few hundred characters: the zeros of '\n' are all there is to go on.
        String text = String.join("\n", List.of(ReportSentences.SIMPLIFIED_1 + ReportSentences.SIMPLIFIED_3
                + ReportSentences.SIMPLIFIED_1 + "一一一", ReportSentences.SIMPLIFIED_3 + ReportSentences.SIMPLIFIED_1
                + ReportSentences.SIMPLIFIED_3, "一并推进"));
        assertEquals(text, read("le.txt", text.getBytes(StandardCharsets.UTF_16LE)).text());
        assertEquals(text, read("be.txt", text.getBytes(StandardCharsets.UTF_16BE)).text());
    }

    @Test
    void binaryWithLopsidedZerosIsNotMistakenForUtf16() throws Exception {
        // Little-endian 16-bit counters: zeros on one side only, like UTF-16 text, but no text at all.
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4000).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; b.hasRemaining(); i++) {
            b.putShort((short) (i % 200 + 1));
        }
        assertEquals("binary file, not text", failure("counters.txt", b.array()).reason());
    }

    @Test
    void gb18030AndGbk() throws Exception {
        String text = ReportSentences.SIMPLIFIED_REPORT;
        SourceDocument gb = read("gb.txt", text.getBytes(GB18030));
        assertEquals(text, gb.text());
        assertEquals("GB18030", gb.charset());
        assertEquals(text, read("gbk.txt", text.getBytes(GBK)).text());
    }

    @Test
    void big5() throws Exception {
        String text = ReportSentences.TRADITIONAL_REPORT;
        SourceDocument doc = read("big5.txt", text.getBytes(BIG5));
        assertEquals(text, doc.text());
        assertTrue(doc.charset().toLowerCase().contains("big5"), doc.charset());
    }

    @Test
    void shortFilesAreToldApartAsGbkOrBig5() throws Exception {
        // Each clause of a real sentence, alone in a file: a few words are enough.
        List<String> gbClauses = new ArrayList<>();
        for (String s : List.of(ReportSentences.SIMPLIFIED_1, ReportSentences.SIMPLIFIED_2, ReportSentences.SIMPLIFIED_3)) {
            gbClauses.addAll(ReportSentences.clauses(s, 6));
        }
        List<String> big5Clauses = new ArrayList<>();
        for (String s : List.of(ReportSentences.TRADITIONAL_1, ReportSentences.TRADITIONAL_2)) {
            big5Clauses.addAll(ReportSentences.clauses(s, 6));
        }
        assertTrue(gbClauses.size() >= 10 && big5Clauses.size() >= 8);
        int i = 0;
        for (String clause : gbClauses) {
            SourceDocument d = read("gb" + i++ + ".txt", clause.getBytes(GBK));
            assertEquals(clause, d.text(), "GBK clause read as " + d.charset());
        }
        for (String clause : big5Clauses) {
            SourceDocument d = read("big5-" + i++ + ".txt", clause.getBytes(BIG5));
            assertEquals(clause, d.text(), "Big5 clause read as " + d.charset());
        }
    }

    @Test
    void wholeSentencesInGbkAndBig5() throws Exception {
        for (String s : List.of(ReportSentences.SIMPLIFIED_1, ReportSentences.SIMPLIFIED_2, ReportSentences.SIMPLIFIED_3)) {
            assertEquals(s, read("s.txt", s.getBytes(GBK)).text());
        }
        for (String s : List.of(ReportSentences.TRADITIONAL_1, ReportSentences.TRADITIONAL_2)) {
            assertEquals(s, read("t.txt", s.getBytes(BIG5)).text());
        }
    }

    @Test
    void englishTextReadsFine() throws Exception {
        SourceDocument d = read("english.txt", ReportSentences.ENGLISH.getBytes(StandardCharsets.US_ASCII));
        assertEquals(ReportSentences.ENGLISH, d.text());
        assertEquals("UTF-8", d.charset());
        String accented = "Zürich, Łódź and Ελλάδα: résumé of the 2023 report.";
        assertEquals(accented, read("accented.txt", accented.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void emptyFile() throws Exception {
        assertEquals("empty file", failure("empty.txt", new byte[0]).reason());
    }

    @Test
    void onlyWhiteSpace() throws Exception {
        assertTrue(failure("blank.txt", " \n\t\n".getBytes(StandardCharsets.US_ASCII)).reason().contains("no text"));
    }

    @Test
    void binaryJunk() throws Exception {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        assertEquals("binary file, not text", failure("junk.txt", junk).reason());

        byte[] controls = new byte[2000]; // no NUL at all, but mostly control characters
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 'a' : 1 + i % 8);
        }
        assertEquals("binary file, not text", failure("controls.txt", controls).reason());

        byte[] nulInText = concat(ReportSentences.SIMPLIFIED_1.getBytes(StandardCharsets.UTF_8), new byte[]{0, 0, 0, 7},
                ReportSentences.SIMPLIFIED_2.getBytes(StandardCharsets.UTF_8));
        assertEquals("binary file, not text", failure("nul.txt", nulInText).reason());
    }

    @Test
    void imageRenamedToTxt() throws Exception {
        byte[] png = concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), "IHDR some image data".getBytes(StandardCharsets.US_ASCII));
        ReadFailure f = failure("chart.txt", png);
        assertTrue(f.reason().startsWith("binary file, not text"), f.reason());
        assertTrue(f.reason().contains("PNG"), f.reason());
        byte[] jpeg = concat(bytes(0xFF, 0xD8, 0xFF, 0xE0), "JFIF".getBytes(StandardCharsets.US_ASCII));
        assertTrue(failure("photo.txt", jpeg).reason().contains("JPEG"));
    }

    @Test
    void truncatedMultiByteSequenceIsReplacedAndReported() throws Exception {
        byte[] whole = ReportSentences.SIMPLIFIED_REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 2); // "\n" and the last byte of "。"
        SourceDocument d = read("cut.txt", cut);
        String expected = ReportSentences.SIMPLIFIED_REPORT.substring(0, ReportSentences.SIMPLIFIED_REPORT.length() - 2) + "\uFFFD";
        assertEquals(expected, d.text(), "everything before the cut is kept; the broken character is marked");
        assertEquals("UTF-8", d.charset());
        assertEquals(1, d.warnings().size());
        String w = d.warnings().get(0);
        assertTrue(w.contains("ends in the middle of a") && w.contains("byte offset " + (cut.length - 2)), w);

        byte[] gbCut = Arrays.copyOf(ReportSentences.SIMPLIFIED_REPORT.getBytes(GB18030), ReportSentences.SIMPLIFIED_REPORT.getBytes(GB18030).length - 2);
        SourceDocument gb = read("gbcut.txt", gbCut);
        assertEquals("GB18030", gb.charset());
        assertTrue(gb.text().endsWith("百分点\uFFFD"), gb.text());
        assertEquals(1, gb.warnings().size());
    }

    @Test
    void afewInvalidBytesAreReplacedWithTheirOffsetReported() throws Exception {
        byte[] first = ReportSentences.SIMPLIFIED_1.getBytes(StandardCharsets.UTF_8);
        byte[] bad = concat(first, bytes(0xFF, 0xC3), ReportSentences.SIMPLIFIED_2.getBytes(StandardCharsets.UTF_8));
        SourceDocument d = read("bad.txt", bad);
        assertEquals(ReportSentences.SIMPLIFIED_1 + "\uFFFD\uFFFD" + ReportSentences.SIMPLIFIED_2, d.text());
        assertEquals(List.of("2 invalid UTF-8 byte sequence(s) replaced by U+FFFD; the first at byte offset " + first.length),
                d.warnings());
        // Offsets into the text still line up with the sentences after the damage.
        assertEquals(ReportSentences.SIMPLIFIED_1.length() + 2, d.text().indexOf(ReportSentences.SIMPLIFIED_2));
    }

    @Test
    void textInNoCredibleEncodingIsRefusedNotGarbled() throws Exception {
        // Latin-1 English: not UTF-8, and not Chinese in any encoding.
        ReadFailure latin1 = failure("latin1.txt", "Caf\u00e9 cr\u00e8me, na\u00efve r\u00e9sum\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(latin1.reason().startsWith("cannot determine the encoding"), latin1.reason());
        // UTF-8 and GBK pasted together: too damaged to be either.
        byte[] mixed = new byte[0];
        for (int i = 0; i < 20; i++) {
            mixed = concat(mixed, ReportSentences.SIMPLIFIED_2.getBytes(StandardCharsets.UTF_8), ReportSentences.SIMPLIFIED_3.getBytes(GBK));
        }
        ReadFailure m = failure("mixed.txt", mixed);
        assertTrue(m.reason().startsWith("cannot determine the encoding"), m.reason());
        assertTrue(m.reason().contains("byte offset"), m.reason());
    }

    @Test
    void aSingleLineOfFiveMillionCharacters() throws Exception {
        String unit = ReportSentences.SIMPLIFIED_2.replace("\n", "");
        StringBuilder sb = new StringBuilder(5_000_000 + unit.length());
        while (sb.length() < 5_000_000) {
            sb.append(unit);
        }
        sb.setLength(5_000_000);
        String line = sb.toString();
        SourceDocument utf8 = read("long.txt", line.getBytes(StandardCharsets.UTF_8));
        assertEquals(5_000_000, utf8.text().length());
        assertEquals(line, utf8.text());
        SourceDocument gb = read("long-gb.txt", line.getBytes(GB18030));
        assertEquals(line, gb.text());
        assertEquals("GB18030", gb.charset());
    }
}

package org.govfacts.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads a report file into a {@link SourceDocument}: plain text in any supported encoding (see
 * {@link TextDecoder}), HTML (the article only, see {@link HtmlText}), PDF text layers, DOCX and DOC.
 * The kind of file is told by its first bytes, its name only when the bytes leave it open.
 * Whatever cannot be read as a report is refused with a {@link ReadFailure} saying why in plain
 * words; nothing is ever garbled silently. Thread-safe: holds no state.
 */
public final class DocumentReader {
    private static final long MAX_BYTES = Integer.MAX_VALUE - 16;

    public SourceDocument read(Path file) throws ReadFailure {
        return read(file, readBytes(file));
    }

    /**
     * Reads a report whose bytes are already in memory (a Spark job gets them from a distributed
     * file system); {@code file} names it in the document and in errors.
     */
    public SourceDocument read(Path file, byte[] bytes) throws ReadFailure {
        String name = FileNames.fileName(file);
        String extension = extension(name);
        try {
            Extracted x = extract(bytes, extension);
            if (x.text.isBlank()) {
                throw new TextDecoder.NotText(switch (x.format) {
                    case PDF -> PdfText.isCutOff(bytes) ? "damaged PDF: the file is cut off, and no text could be read from "
                            + "what is there" : "PDF without a text layer (a scan? run OCR first)";
                    case TEXT -> "no text (only white space)";
                    default -> "no text in this " + x.format + " file";
                });
            }
            return new SourceDocument(file, name, x.text, x.charset, sha256(bytes), bytes.length, x.format, x.warnings);
        } catch (TextDecoder.NotText e) {
            throw new ReadFailure(file, e.getMessage());
        }
    }

    private record Extracted(String text, String charset, SourceFormat format, List<String> warnings) {
    }

    private static Extracted extract(byte[] b, String extension) throws TextDecoder.NotText {
        if (b.length == 0) {
            throw new TextDecoder.NotText("empty file");
        }
        if (startsWith(b, "%PDF-") || indexOf(b, "%PDF-", 1024) >= 0) {
            return new Extracted(PdfText.extract(b), null, SourceFormat.PDF, List.of());
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            if (indexOf(b, "word/", b.length) < 0) {
                throw new TextDecoder.NotText("a ZIP archive that is not a Word document (unpack it first?)");
            }
            return new Extracted(WordText.docx(b), null, SourceFormat.DOCX, List.of());
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return new Extracted(WordText.doc(b), null, SourceFormat.DOC, List.of());
        }
        if (startsWith(b, "{\\rtf")) {
            throw new TextDecoder.NotText("RTF is not supported (save it as DOCX, PDF or plain text)");
        }
        String binary = knownBinary(b);
        if (binary != null) {
            throw new TextDecoder.NotText("binary file, not text (" + binary + ")");
        }
        boolean htmlByName = extension.equals("html") || extension.equals("htm") || extension.equals("xhtml")
                || extension.equals("shtml");
        TextDecoder.Decoded d;
        try {
            d = TextDecoder.decode(b, HtmlText.declaredCharset(b));
        } catch (TextDecoder.NotText e) {
            boolean misnamed = extension.equals("pdf") || extension.equals("docx") || extension.equals("doc");
            throw misnamed ? new TextDecoder.NotText(e.getMessage() + "; named ." + extension + " but is not one") : e;
        }
        String text = stripBom(d.text());
        if (htmlByName || HtmlText.looksLikeHtml(text)) {
            return new Extracted(HtmlText.extract(text), d.charset(), SourceFormat.HTML, d.warnings());
        }
        return new Extracted(d.text(), d.charset(), SourceFormat.TEXT, d.warnings());
    }

    /** Formats people rename to .txt by mistake, named so the researcher knows what the file is. */
    private static String knownBinary(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (startsWith(b, "GIF87a") || startsWith(b, "GIF89a")) {
            return "GIF image";
        }
        if (startsWith(b, "II*\0") || startsWith(b, "MM\0*")) {
            return "TIFF image";
        }
        if (startsWith(b, "RIFF") && indexOf(b, "WEBP", 16) == 8) {
            return "WebP image";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip archive";
        }
        if (startsWith(b, "7z", 0xBC, 0xAF) || startsWith(b, "Rar!")) {
            return "archive";
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "executable";
        }
        return null;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static byte[] readBytes(Path file) throws ReadFailure {
        try {
            if (Files.isDirectory(file)) {
                throw new ReadFailure(file, "is a folder, not a file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ReadFailure(file, "too large (over 2 GB)");
            }
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new ReadFailure(file, "permission denied", e);
        } catch (NoSuchFileException e) {
            throw new ReadFailure(file, "no such file", e);
        } catch (IOException e) {
            throw new ReadFailure(file, "cannot read: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new ReadFailure(file, "too large for the memory given to Java (raise -Xmx)");
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] b, Object... prefix) {
        int i = 0;
        for (Object p : prefix) {
            if (p instanceof String s) {
                for (int k = 0; k < s.length(); k++, i++) {
                    if (i >= b.length || (b[i] & 0xff) != s.charAt(k)) {
                        return false;
                    }
                }
            } else {
                int v = p instanceof Character c ? c : (Integer) p;
                if (i >= b.length || (b[i] & 0xff) != v) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** Where ASCII {@code s} first occurs in the first {@code limit} bytes, or -1. */
    private static int indexOf(byte[] b, String s, int limit) {
        int end = Math.min(b.length, limit) - s.length();
        outer:
        for (int i = 0; i <= end; i++) {
            for (int k = 0; k < s.length(); k++) {
                if (b[i + k] != s.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

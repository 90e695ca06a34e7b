package org.govfacts.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.extractor.Word6Extractor;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The body text of Word files through Apache POI: one paragraph a line, table cells separated by
 * tabs and rows by line breaks. Page headers and footers are left out: they repeat, and hold no facts.
 */
final class WordText {
    private WordText() {
    }

    /**
     * POI's reason in one line and in the user's terms: its first line, without the class name it
     * may start with, and a zip bomb said plainly rather than with POI's advice to raise its limits.
     */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().startsWith("Zip bomb detected")) {
                return "it expands to far more than its size, like a zip bomb; refused";
            }
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.lines().findFirst().orElse("").strip().replaceFirst("^[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]\\w*(Exception|Error): ", "");
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    /** Word 2007 and later (.docx). */
    static String docx(byte[] bytes) throws TextDecoder.NotText {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            appendBody(out, doc.getBodyElements());
            return out.toString();
        } catch (IOException | RuntimeException e) {
            throw new TextDecoder.NotText("not a readable Word (.docx) document (" + reason(e) + ")");
        }
    }

    private static void appendBody(StringBuilder out, List<IBodyElement> elements) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                out.append(p.getText()).append('\n');
            } else if (e instanceof XWPFTable t) {
                appendTable(out, t);
            } else if (e instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText()).append('\n');
            }
        }
    }

    private static void appendTable(StringBuilder out, XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            List<XWPFTableCell> cells = row.getTableCells();
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.append('\t');
                }
                // A cell's own paragraphs run together on the row's line; nested tables follow on lines of their own.
                StringBuilder cell = new StringBuilder();
                appendBody(cell, cells.get(i).getBodyElements());
                out.append(cell.toString().strip().replace('\n', ' '));
            }
            out.append('\n');
        }
    }

    /** Word 97–2003 (.doc), and Word 6/95 files, which POI reads with a simpler extractor. */
    static String doc(byte[] bytes) throws TextDecoder.NotText {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptedPackage") || fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new TextDecoder.NotText("password-protected Office document");
            }
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw new TextDecoder.NotText("an Office file that is not a Word document (Excel or PowerPoint?)");
            }
            try (HWPFDocument doc = new HWPFDocument(fs.getRoot()); WordExtractor extractor = new WordExtractor(doc)) {
                StringBuilder out = new StringBuilder();
                for (String paragraph : extractor.getParagraphText()) {
                    out.append(cleanDocParagraph(WordExtractor.stripFields(paragraph))).append('\n');
                }
                return out.toString();
            } catch (OldWordFileFormatException old) {
                try (Word6Extractor extractor = new Word6Extractor(fs)) {
                    return extractor.getText().replace("\r\n", "\n").replace('\r', '\n');
                }
            }
        } catch (EncryptedDocumentException e) {
            throw new TextDecoder.NotText("password-protected Word document");
        } catch (IOException | RuntimeException e) {
            throw new TextDecoder.NotText("not a readable Word (.doc) document (" + reason(e) + ")");
        }
    }

    /** Word's own control characters: cell ends become tabs, manual line and page breaks line breaks. */
    private static String cleanDocParagraph(String p) {
        StringBuilder s = new StringBuilder(p.length());
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            switch (c) {
                case '\r', '\n' -> { }
                case '\u0007' -> s.append('\t');
                case '\u000B', '\f' -> s.append('\n');
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        s.append(c);
                    }
                }
            }
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\t') {
            end--;
        }
        return s.substring(0, end);
    }
}

package org.govfacts.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderFormatsTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/read/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    private ReadFailure failure(Path p) {
        return assertThrows(ReadFailure.class, () -> reader.read(p));
    }

    /** A paragraph as a reader of the page sees it, whatever line breaks the PDF had inside it. */
    private static void assertHasParagraph(String text, String paragraph) {
        assertTrue(text.contains(paragraph), () -> "missing:\n" + paragraph + "\nin:\n" + text);
    }

    @Test
    void pdfTextLayerWithWrappedChineseLinesJoined() throws Exception {
        // Made by LibreOffice from report-source.txt (see src/test/resources/read/README.md).
        SourceDocument d = reader.read(fixture("report.pdf"));
        assertEquals(SourceFormat.PDF, d.format());
        assertNull(d.charset());
        String[] paragraphs = sourceParagraphs();
        for (String p : paragraphs) {
            assertHasParagraph(d.text(), p);
        }
        assertTrue(d.text().startsWith(paragraphs[0] + "\n"), "the title stays a line of its own");
    }

    @Test
    void docFile() throws Exception {
        SourceDocument d = reader.read(fixture("report.doc"));
        assertEquals(SourceFormat.DOC, d.format());
        for (String p : sourceParagraphs()) {
            assertHasParagraph(d.text(), p + "\n");
        }
    }

    private String[] sourceParagraphs() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/read/report-source.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\n");
        }
    }

    @Test
    void docxParagraphsAndTables() throws Exception {
        Path p = dir.resolve("report.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("关于加快重大项目建设工作开展情况的报告");
            doc.createParagraph().createRun().setText(ReportSentences.SIMPLIFIED_1);
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("指标");
            table.getRow(0).getCell(1).setText("2023年");
            table.getRow(1).getCell(0).setText("年度投资");
            table.getRow(1).getCell(1).setText("803亿元");
            var last = doc.createParagraph();
            last.createRun().setText(ReportSentences.SIMPLIFIED_2.substring(0, 10));
            last.createRun().setText(ReportSentences.SIMPLIFIED_2.substring(10));
            try (var out = Files.newOutputStream(p)) {
                doc.write(out);
            }
        }
        SourceDocument d = reader.read(p);
        assertEquals(SourceFormat.DOCX, d.format());
        assertEquals("关于加快重大项目建设工作开展情况的报告\n" + ReportSentences.SIMPLIFIED_1 + "\n"
                + "指标\t2023年\n年度投资\t803亿元\n" + ReportSentences.SIMPLIFIED_2 + "\n", d.text());
    }

    private static final String MENU = "<nav><ul><li><a href='/'>首页</a></li><li><a href='/zwgk'>政务公开</a></li>"
            + "<li><a href='/zcjd'>政策解读</a></li><li><a href='/hdjl'>互动交流</a></li></ul></nav>";
    private static final String LINK_LIST = "<div class='related'><h3>相关链接</h3>"
            + "<a href='/1'>关于进一步优化营商环境的若干措施的通知</a><br><a href='/2'>市人民政府办公室关于印发工作要点的通知</a><br>"
            + "<a href='/3'>2024年全市重点项目建设计划公示公告</a></div>";
    private static final String FOOTER = "<div class='footer'>主办单位：漯河市人民政府办公室　网站标识码：4111000001　"
            + "<a href='/about'>关于我们</a> | <a href='/map'>网站地图</a></div>";

    private static String page(String charset, String main) {
        return "<!DOCTYPE html><html><head><meta http-equiv='Content-Type' content='text/html; charset=" + charset + "'>"
                + "<title>漯河市人民政府</title><script>var menu = '首页，政务公开，政策解读';</script></head><body>"
                + "<div class='top'><h1 class='logo'><a href='/'>漯河市人民政府门户网站</a></h1>" + MENU + "</div><div class='wrap'><div class='left'>" + LINK_LIST + "</div>"
                + main + "</div>" + FOOTER + "</body></html>";
    }

    @Test
    void htmlArticleTextWithoutMenusInGbk() throws Exception {
        String html = page("gb2312", "<div class='right'><h1>关于加快重大项目建设工作开展情况的报告</h1>"
                + "<div class='info'>发布时间：2024-07-01</div><div id='zoom'>"
                + "<p>　　" + ReportSentences.SIMPLIFIED_1 + "</p>\n<p>　　" + ReportSentences.SIMPLIFIED_2
                + "<br>" + ReportSentences.SIMPLIFIED_3.substring(0, 20) + "\n" + ReportSentences.SIMPLIFIED_3.substring(20)
                + "</p></div></div>");
        Path p = Files.write(dir.resolve("article.htm"), html.getBytes(Charset.forName("GBK")));
        SourceDocument d = reader.read(p);
        assertEquals(SourceFormat.HTML, d.format());
        assertEquals("GB18030", d.charset());
        String text = d.text();
        assertHasParagraph(text, "关于加快重大项目建设工作开展情况的报告\n");
        assertHasParagraph(text, "\n" + ReportSentences.SIMPLIFIED_1 + "\n" + ReportSentences.SIMPLIFIED_2 + "\n"
                + ReportSentences.SIMPLIFIED_3 + "\n");
        for (String chrome : new String[]{"门户网站", "政务公开", "相关链接", "优化营商环境", "网站地图", "主办单位", "var menu"}) {
            assertFalse(text.contains(chrome), "site chrome '" + chrome + "' leaked into:\n" + text);
        }
    }

    @Test
    void htmlArticleElementTakenWholeAndDetectedByContentNotName() throws Exception {
        String html = page("utf-8", "<article><h2>工作报告</h2><p>" + ReportSentences.SIMPLIFIED_2 + "</p><p>"
                + ReportSentences.SIMPLIFIED_3 + "</p></article>");
        Path p = Files.write(dir.resolve("saved-page.txt"), html.getBytes(StandardCharsets.UTF_8));
        SourceDocument d = reader.read(p);
        assertEquals(SourceFormat.HTML, d.format());
        assertEquals("工作报告\n" + ReportSentences.SIMPLIFIED_2 + "\n" + ReportSentences.SIMPLIFIED_3 + "\n", d.text());
    }

    @Test
    void htmlTableCellsAreTabSeparated() throws Exception {
        String html = "<html><body><div><p>" + ReportSentences.SIMPLIFIED_2 + "</p><table><tr><td>指标</td><td>2023年</td></tr>"
                + "<tr><td>年度投资</td><td>803亿元</td></tr></table></div></body></html>";
        SourceDocument d = reader.read(Files.write(dir.resolve("t.html"), html.getBytes(StandardCharsets.UTF_8)));
        assertTrue(d.text().contains("指标\t2023年\n年度投资\t803亿元\n"), d.text());
    }

    @Test
    void magicBytesWinOverTheName() throws Exception {
        Path pdfAsTxt = Files.copy(fixture("report.pdf"), dir.resolve("download.txt"));
        assertEquals(SourceFormat.PDF, reader.read(pdfAsTxt).format());
        // Chinese government sites often serve web pages under a .doc name.
        Path htmlAsDoc = Files.write(dir.resolve("notice.doc"), ("<html><body><p>" + ReportSentences.SIMPLIFIED_1
                + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        SourceDocument d = reader.read(htmlAsDoc);
        assertEquals(SourceFormat.HTML, d.format());
        assertEquals(ReportSentences.SIMPLIFIED_1 + "\n", d.text());
        Path textAsPdf = Files.write(dir.resolve("report.pdf"), ReportSentences.SIMPLIFIED_2.getBytes(StandardCharsets.UTF_8));
        assertEquals(SourceFormat.TEXT, reader.read(textAsPdf).format());
    }

    @Test
    void englishPdfMadeByPdfBox() throws Exception {
        Path p = dir.resolve("en.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 700);
                cs.showText(ReportSentences.ENGLISH);
                cs.endText();
            }
            doc.save(p.toFile());
        }
        assertEquals(ReportSentences.ENGLISH, reader.read(p).text().strip());
    }

    @Test
    void pdfWithoutTextLayerOrWithPasswordIsRefused() throws Exception {
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(scan.toFile());
        }
        assertTrue(failure(scan).reason().contains("without a text layer"), failure(scan).reason());

        Path locked = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(locked.toFile());
        }
        assertEquals("password-protected PDF", failure(locked).reason());
    }

    @Test
    void otherContainersAreRefusedWithTheReason() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("data.csv"));
            z.write("a,b\n".getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        Path zipFile = Files.write(dir.resolve("data.zip"), zip.toByteArray());
        assertTrue(failure(zipFile).reason().contains("ZIP archive"), failure(zipFile).reason());

        Path xls = dir.resolve("table.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "Workbook");
            try (var out = Files.newOutputStream(xls)) {
                fs.writeFilesystem(out);
            }
        }
        assertTrue(failure(xls).reason().contains("not a Word document"), failure(xls).reason());

        Path brokenPdf = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n%garbage that is not a PDF body".getBytes(StandardCharsets.US_ASCII));
        assertTrue(failure(brokenPdf).reason().toLowerCase().contains("pdf"), failure(brokenPdf).reason());

        Path rtf = Files.write(dir.resolve("r.rtf"), "{\\rtf1\\ansi\\ansicpg936 hello}".getBytes(StandardCharsets.US_ASCII));
        assertTrue(failure(rtf).reason().contains("RTF"), failure(rtf).reason());
    }

    /** Issue 9: a PDF cut off is called damaged, not a scan; a zip bomb is refused in plain words. */
    @Test
    void aPdfCutOffIsNotCalledAScan() throws Exception {
        byte[] whole = Files.readAllBytes(fixture("report.pdf"));
        Path cut = Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(whole, whole.length / 2));
        ReadFailure e = org.junit.jupiter.api.Assertions.assertThrows(ReadFailure.class, () -> reader.read(cut));
        assertTrue(e.reason().startsWith("damaged PDF") && e.reason().contains("cut off"), e.reason());
        assertTrue(!e.reason().contains("scan"), e.reason());
        assertTrue(PdfText.isCutOff(java.util.Arrays.copyOf(whole, whole.length - 8)));
        assertTrue(!PdfText.isCutOff(whole));
    }

    @Test
    void poiReasonsAreOneLineWithoutItsAdvice() {
        String bomb = "Zip bomb detected! The file would exceed the max. ratio of compressed file size to the size of the expanded data.\n"
                + "This may indicate that the file is used to inflate memory usage and thus could pose a security risk.\n"
                + "You can adjust this limit via ZipSecureFile.setMinInflateRatio() if you need to work with files which exceed this limit.";
        String r = WordText.reason(new java.io.IOException("wrapped", new java.io.IOException(bomb)));
        assertTrue(r.contains("zip bomb") && !r.contains("ZipSecureFile") && !r.contains("\n"), r);
        assertEquals("The part has no content type", WordText.reason(new IllegalStateException(
                "org.apache.poi.openxml4j.exceptions.InvalidFormatException: The part has no content type\n\tat x")));
    }
}

package org.govfacts.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.govfacts.output.FactJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PanelOutputTest {
    private final Panel panel = PanelBuilderTest.gdp(PanelBuilderTest.henan());

    @Test
    void theWorkbookHoldsNumbersAsNumbersAndChineseIntact(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("panel.xlsx");
        try (var out = Files.newOutputStream(file)) {
            new PanelWorkbook(null).write(panel, out);
        }
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet wide = wb.getSheet(PanelWorkbook.WIDE);
            Row header = wide.getRow(0);
            assertEquals("region", header.getCell(3).getStringCellValue());
            assertEquals("2023 result", header.getCell(4).getStringCellValue());
            assertEquals("2024 target as stated", header.getCell(10).getStringCellValue());
            Row henan = wide.getRow(1);
            assertEquals("地区生产总值", henan.getCell(0).getStringCellValue());
            assertEquals("河南省", henan.getCell(3).getStringCellValue());
            assertEquals(CellType.NUMERIC, henan.getCell(4).getCellType());
            assertEquals(4.1, henan.getCell(4).getNumericCellValue(), 1e-12);
            assertEquals(5.1, henan.getCell(8).getNumericCellValue(), 1e-12);
            assertEquals(CellType.NUMERIC, henan.getCell(9).getCellType());
            assertEquals(5.0, henan.getCell(9).getNumericCellValue(), 1e-12);
            assertEquals("5%左右", henan.getCell(10).getStringCellValue());
            assertTrue(henan.getCell(11).getStringCellValue().contains("met"));
            assertEquals("漯河市", wide.getRow(2).getCell(3).getStringCellValue());

            Sheet sources = wb.getSheet(PanelWorkbook.LONG);
            assertEquals(5, sources.getLastRowNum(), "a line per statement of GDP (not 人均), the restatement included");
            boolean restated = false;
            for (int i = 1; i <= sources.getLastRowNum(); i++) {
                Row r = sources.getRow(i);
                assertEquals(CellType.NUMERIC, r.getCell(5).getCellType());
                assertEquals(CellType.NUMERIC, r.getCell(15).getCellType());
                restated |= r.getCell(18).getStringCellValue().equals("GDP增长5.1%，好于预期。");
            }
            assertTrue(restated);
        }
    }

    @Test
    void jsonLinesListEverySource() throws IOException {
        StringWriter w = new StringWriter();
        new PanelWriter(null).write(panel, PanelWriter.Format.JSONL, w);
        String[] lines = w.toString().split("\n");
        assertEquals(4, lines.length);
        JsonNode restated = null;
        for (String l : lines) {
            JsonNode o = FactJson.MAPPER.readTree(l);
            if (o.get("other_sources").size() == 1) {
                restated = o;
            }
            if (o.get("status").asText().equals("target")) {
                assertEquals("met", o.get("target_met").asText());
                assertEquals(5.1, o.get("result").asDouble());
            }
        }
        assertNotNull(restated);
        assertEquals(java.util.Set.of("GDP增长5.1%，好于预期。", "地区生产总值增长5.1%。"), java.util.Set.of(
                restated.get("sentence").asText(), restated.get("other_sources").get(0).get("sentence").asText()));
        assertEquals(false, restated.get("conflict").asBoolean());
    }

    @Test
    void csvHasAByteOrderMarkAndOneRowPerCell() throws IOException {
        StringWriter w = new StringWriter();
        new PanelWriter(f -> "review/" + f.doc() + ".html#" + f.start()).write(panel, PanelWriter.Format.CSV, w);
        String[] lines = w.toString().split("\r\n");
        assertTrue(lines[0].startsWith("\uFEFFindicator,type,region,period,status,value"));
        assertTrue(lines[0].contains(",link,"));
        assertEquals(5, lines.length);
        assertTrue(w.toString().contains("review/2024.txt.html#"));
    }

    @Test
    void theChartDrawsResultsSolidAndTargetsDashed() throws IOException {
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        PanelChart.Drawn drawn = PanelChart.write(panel, PanelChart.Format.SVG, svg);
        assertEquals(4, drawn.cells());
        String s = svg.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("<?xml") || s.contains("<svg"), s.substring(0, 100));
        assertTrue(s.contains("河南省 result") && s.contains("河南省 target") && s.contains("漯河市 result"), "legend in Chinese");
        assertTrue(s.contains("stroke-dasharray"), "targets dashed");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        PanelChart.write(panel, PanelChart.Format.PNG, png);
        byte[] b = png.toByteArray();
        assertEquals((byte) 0x89, b[0]);
        assertEquals('P', b[1]);
    }
}

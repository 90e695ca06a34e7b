package org.govfacts.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.govfacts.cli.Main;
import org.govfacts.eval.FactFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `extract --format xlsx`, opened again with POI: the same facts as jsonl, numbers as numbers, Chinese intact. */
class XlsxOutputTest {
    @TempDir
    Path dir;

    @Test
    void oneRowPerFactWithNumericValuesAndColumnsThatFit() throws Exception {
        Path seed = Path.of("seeds", "000_de635acace6085cf.txt");
        Path xlsx = dir.resolve("facts.xlsx");
        Path jsonl = dir.resolve("facts.jsonl");
        assertEquals(0, Main.execute("extract", "--dictionaries", "dictionaries", "--format", "xlsx", "-o", xlsx.toString(), seed.toString()));
        assertEquals(0, Main.execute("extract", "--dictionaries", "dictionaries", "-o", jsonl.toString(), seed.toString()));
        List<JsonNode> facts = FactFiles.load(jsonl);
        assertTrue(facts.size() > 50, "facts: " + facts.size());
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            List<String> columns = new ArrayList<>();
            header.forEach(c -> columns.add(c.getStringCellValue()));
            assertEquals(CsvFactWriter.COLUMNS, columns);
            assertEquals(facts.size(), sheet.getLastRowNum(), "one row per fact under the header");
            int text = columns.indexOf("text");
            int value = columns.indexOf("value");
            int sentence = columns.indexOf("sentence");
            boolean sawPercent = false;
            for (int i = 0; i < facts.size(); i++) {
                JsonNode f = facts.get(i);
                Row row = sheet.getRow(i + 1);
                assertEquals(f.get("text").asText(), row.getCell(text).getStringCellValue(), "Chinese text intact, row " + (i + 1));
                assertEquals(f.get("sentence").asText(), row.getCell(sentence).getStringCellValue());
                Cell v = row.getCell(value);
                if (f.hasNonNull("value")) {
                    assertEquals(CellType.NUMERIC, v.getCellType(), "value is a number, row " + (i + 1));
                    assertEquals(f.get("value").asDouble(), v.getNumericCellValue(), 0.0);
                    sawPercent |= f.get("text").asText().endsWith("%");
                } else {
                    assertTrue(v == null || v.getCellType() == CellType.BLANK, "row " + (i + 1));
                }
                assertEquals(CellType.NUMERIC, row.getCell(columns.indexOf("start")).getCellType());
            }
            assertTrue(sawPercent, "a percentage was checked: its text stays \"7.4%\", its value 7.4");
            // a column is at least as wide as its longest entry (Chinese characters count double), within a cap
            int widestText = facts.stream().mapToInt(f -> XlsxFactWriter.displayWidth(f.get("text").asText())).max().orElse(0);
            assertTrue(sheet.getColumnWidth(text) >= widestText * 256, "text column " + sheet.getColumnWidth(text) / 256 + " < " + widestText);
            assertTrue(sheet.getColumnWidth(sentence) <= 82 * 256, "sentences capped");
            assertTrue(sheet.getColumnWidth(columns.indexOf("doc")) >= "000_de635acace6085cf.txt".length() * 256);
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
        }
    }
}

package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sums in yearbook tables as web pages keep them as text, through the real pipeline, on tables written
 * for the test: which rows or columns split which is read from the figures themselves.
 */
class TableSumsOnTextTest {
    private static final String BY_YEAR = "表3 地区生产总值构成\n"
            + "单位:%\n"
            + "项目   2019 2020 2021 2022\n"
            + "地区生产总值 GDP 100.0 100.0 100.0 100.0\n"
            + "第一产业   Primary Industry 8.2 8.5 7.9 7.4\n"
            + "第二产业   Secondary Industry 41.5 40.3 41.8 42.0\n"
            + "  工业    Industry 35.1 33.9 35.6 36.2\n"
            + "  建筑业  Construction 6.4 6.4 6.2 5.8\n"
            + "第三产业   Tertiary Industry 50.3 51.2 50.3 50.6\n"
            + "  #金融业  Finance 7.1 7.5 7.4 7.6\n"
            + "注:按当年价格计算。\n";

    private static final String BY_REGION = "各地区生产总值(2023年)\n"
            + "单位:亿元\n"
            + "地区 合计 第一产业 第二产业 第三产业\n"
            + "甲市 1000.5 100.2 400.1 500.2\n"
            + "乙市 800.3 80.1 300.1 420.1\n"
            + "丙市 650.0 50.0 300.0 300.0\n"
            + "丁县 300.6 60.3 120.1 120.2\n";

    private static List<Finding> tableSums(String text) {
        return SharesOnTextTest.check("t.txt", text).stream()
                .filter(f -> f.message().startsWith("Down the table") || f.message().startsWith("Across the table")).toList();
    }

    private static long count(List<Finding> found, Verdict v) {
        return found.stream().filter(f -> f.verdict() == v).count();
    }

    @Test
    void rowsUnderATotalAddUpYearByYearAndAnOfWhichRowIsNoPart() {
        List<Finding> found = tableSums(BY_YEAR);
        // the three sectors make the 100.0 of GDP, industry and construction the secondary sector, in each of four years
        assertEquals(8, count(found, Verdict.CONSISTENT), found.toString());
        assertEquals(0, count(found, Verdict.INCONSISTENT), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.facts().stream().anyMatch(x -> x.indicator().equals("金融业"))), found.toString());
        assertTrue(found.stream().allMatch(f -> f.facts().stream().allMatch(x -> x.period() != null && x.period().startsWith("20"))),
                "each figure carries its column's year");
    }

    @Test
    void aCellThatBreaksItsColumnIsInconsistentWhileTheOtherYearsConfirmTheSplit() {
        List<Finding> bad = tableSums(BY_YEAR.replace("6.4 6.2 5.8", "6.4 6.9 5.8")).stream()
                .filter(f -> f.verdict() == Verdict.INCONSISTENT).toList();
        assertEquals(1, bad.size(), bad.toString());
        assertTrue(bad.get(0).facts().stream().anyMatch(x -> x.text().equals("6.9")), bad.toString());
        assertTrue(bad.get(0).message().contains("3 of the table's 4 columns"), bad.get(0).message());
    }

    @Test
    void rowsThatAreOnlySomeOfATotalSayNothing() {
        String partial = "项目 2020 2021 2022\n"
                + "规模以上工业增加值 1200.5 1320.8 1405.2\n"
                + "  电子信息 300.2 330.1 350.6\n"
                + "  汽车制造 200.4 210.9 220.3\n"
                + "  纺织服装 90.1 95.3 99.8\n";
        assertTrue(tableSums(partial).isEmpty(), tableSums(partial).toString());
    }

    @Test
    void columnsThatAddUpToAnotherInMostRowsSplitItAndARowThatDoesNotIsInconsistent() {
        List<Finding> found = tableSums(BY_REGION);
        assertEquals(4, count(found, Verdict.CONSISTENT), found.toString());
        List<Finding> bad = tableSums(BY_REGION.replace("300.0 300.0", "300.0 330.0")).stream()
                .filter(f -> f.verdict() == Verdict.INCONSISTENT).toList();
        assertEquals(1, bad.size(), bad.toString());
        assertTrue(bad.get(0).message().startsWith("Across the table's row 丙市"), bad.get(0).message());
    }

    @Test
    void partsIndentedUnevenlyAreFoundByTheirSums() {
        String uneven = "单位:%\n"
                + "项目 2000 2005 2010 2015\n"
                + "登记注册类型结构 100.0 100.0 100.0 100.0\n"
                + "  国有经济 11.5 8.8 7.7 7.1\n"
                + "  集体经济 71.5 66.7 54.1 52.0\n"
                + "    私营和个体 16.3 22.3 33.0 34.5\n"
                + "    其他经济 0.7 2.2 5.2 6.4\n";
        assertEquals(4, count(tableSums(uneven), Verdict.CONSISTENT), tableSums(uneven).toString());
    }

    @Test
    void aTableOfOneCellALineIsReadRowByRow() {
        String cells = "  | 项 目 | \n  item | \n  2010 | \n  2015 | \n   | \n \n"
                + "  | 1.地区生产总值 | \n  gross domestic\n  product | \n  100.0 | \n  100.0 | \n \n"
                + "  |     第一产业 | \n  primary industry | \n  20.1 | \n  15.3 | \n \n"
                + "  |     第二产业 | \n  secondary industry | \n  45.2 | \n  44.8 | \n \n"
                + "  |     第三产业 | \n  tertiary industry | \n  34.7 | \n  39.9 | \n \n"
                + "  | 2.最终消费率 | \n  final consumption | \n  52.7 | \n  50.1 | \n";
        List<Finding> found = tableSums(cells);
        assertEquals(2, count(found, Verdict.CONSISTENT), found.toString());
        assertEquals(0, count(found, Verdict.INCONSISTENT), found.toString());
    }

    @Test
    void aTableOfOneCellALineWithoutBarsIsReadLabelThenNumbers() {
        // a page's table with each cell on a line: amounts that add up beside growth rates that do not
        String stacked = "地区生产总值\n\n总量(亿元)\n\n比上年增长(%)\n\n地区生产总值\n\n19349.31\n\n-5.7\n\n  按产业分\n\n"
                + "    第一产业\n\n34.52\n\n1.7\n\n    第二产业\n\n4452.78\n\n-13.7\n\n    第三产业\n\n14862.01\n\n-3.1\n\n"
                + "指标解释\n\n地区生产总值是指所有常住单位在一定时期内生产活动的最终成果。\n";
        List<Finding> found = tableSums(stacked);
        assertEquals(1, count(found, Verdict.CONSISTENT), found.toString());
        assertTrue(found.get(0).facts().stream().anyMatch(x -> x.text().equals("19349.31")), found.toString());
        // one amount altered: with the growth column beside it nothing confirms the split, so nothing is said
        assertEquals(0, count(tableSums(stacked.replace("4452.78", "4425.78")), Verdict.INCONSISTENT));
    }

    @Test
    void aOneColumnTableCatchesOnlyASlipThatOneMisprintMends() {
        String oneColumn = "人口(万人)\n\n 总人口\n\n3171.0\n\n  男性人口\n\n1588.2\n\n  女性人口\n\n1582.8\n\n 城镇人口\n\n2080.5\n\n"
                + "说明：本表为年末数。\n";
        assertEquals(1, count(tableSums(oneColumn), Verdict.CONSISTENT), tableSums(oneColumn).toString());
        assertEquals(1, count(tableSums(oneColumn.replace("1588.2", "1688.2")), Verdict.INCONSISTENT));
        // parts that miss the total by more than a tenth are a partial list, not a slip
        assertEquals(0, count(tableSums(oneColumn.replace("1588.2", "1088.2")), Verdict.INCONSISTENT));
    }

    @Test
    void proseWithFiguresIsNoTable() {
        String prose = "全年地区生产总值 1000.5 亿元，第一产业 100.2 亿元，第二产业 400.1 亿元，第三产业 500.2 亿元。\n"
                + "其中工业 350 50 亿元。\n";
        assertTrue(tableSums(prose).isEmpty(), tableSums(prose).toString());
    }

    @Test
    void aStructureWrittenWithAPresentationFormColonIsRead() {
        List<Finding> found = SharesOnTextTest.check("t.txt", "三次产业构成为0.2︰14.9︰85.3。\n");
        assertEquals(1, count(found, Verdict.INCONSISTENT), found.toString());
    }

    @Test
    void aTableByYearWithEachCellOnALineIsReadByTheRhythmOfItsYears() {
        StringBuilder t = new StringBuilder("主要年份人口变动\n单位:‰\n年份\n出生率\n死亡率\n自然增长率\n");
        String[][] rows = {{"1980", "18.68", "6.27", "12.41"}, {"1985", "23.88", "6.18", "17.70"},
            {"1990", "24.44", "6.71", "17.73"}, {"1995", "16.13", "5.98", "10.15"}};
        for (String[] r : rows) {
            for (String c : r) {
                t.append(c).append('\n');
            }
        }
        t.append("注:1990年以前为户籍统计数。\n");
        List<Finding> found = tableSums(t.toString());
        assertEquals(4, count(found, Verdict.CONSISTENT), found.toString());
        List<Finding> bad = tableSums(t.toString().replace("6.71", "6.21"));
        assertEquals(1, count(bad, Verdict.INCONSISTENT), bad.toString());
        assertTrue(bad.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT && f.message().contains("row 1990")), bad.toString());
    }

    @Test
    void aColumnOfNumbersWithoutTheRhythmOfYearsIsNoTable() {
        String numbers = "产量\n2010\n15.2\n2011\n16.0\n17.5\n2013\n18.1\n";
        assertTrue(tableSums(numbers).isEmpty(), tableSums(numbers).toString());
    }
}

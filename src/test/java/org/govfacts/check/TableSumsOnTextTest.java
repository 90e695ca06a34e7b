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
        // one amount altered: the growth column beside it adds up to nothing, but the three industries split the product
        // by definition, so a sum one misprint would mend is wrong
        assertEquals(1, count(tableSums(stacked.replace("4452.78", "4425.78")), Verdict.INCONSISTENT));
        // other rows under a total, with a growth column beside, confirm no split: nothing is said
        String other = stacked.replace("第一产业", "农业").replace("第二产业", "制造业").replace("第三产业", "服务业");
        assertEquals(0, count(tableSums(other.replace("4452.78", "4425.78")), Verdict.INCONSISTENT));
    }

    @Test
    void rowsNamingEveryPartOfASplitByDefinitionSplitTheTotalThoughNotIndented() {
        // a quarterly release's table, one cell a line, no indents: GDP, then its three industries, then other rows
        String table = "绝对额(亿元)\n\n比上年同期增长(%)\n\nGDP\n\n296299\n\n5.3\n\n第一产业\n\n11538\n\n3.3\n\n第二产业\n\n109846\n\n6.0\n\n"
                + "第三产业\n\n174915\n\n5.0\n\n农林牧渔业\n\n12295\n\n3.5\n\n工业\n\n96426\n\n6.0\n\n注:绝对额按现价计算。\n";
        List<Finding> found = tableSums(table);
        assertEquals(1, count(found, Verdict.CONSISTENT), found.toString());
        assertEquals(0, count(found, Verdict.INCONSISTENT), found.toString());
        List<Finding> altered = tableSums(table.replace("109846", "109746"));
        assertEquals(1, count(altered, Verdict.INCONSISTENT), altered.toString());
        assertTrue(altered.get(0).message().contains("check_partitions.tsv"), altered.toString());
        // rows that are not the split's parts (industries of another classification) say nothing when they miss
        String other = table.replace("第一产业", "农业").replace("第二产业", "制造业").replace("第三产业", "服务业");
        assertEquals(0, count(tableSums(other.replace("109846", "109746")), Verdict.INCONSISTENT));
    }

    @Test
    void aColumnOfRatesBesideAmountsThatAddUpIsNoSlip() {
        String table = "指标 绝对额(亿元) 比上年增长(%) 比重(%)\nGDP 401513 10.4 100.0\n第一产业 40534 4.3 10.1\n"
                + "第二产业 187383 12.3 46.7\n第三产业 173596 9.8 43.2\n";
        List<Finding> found = tableSums(table);
        assertEquals(0, count(found, Verdict.INCONSISTENT), found.toString());
        assertTrue(count(found, Verdict.CONSISTENT) >= 2, found.toString());
        // a slip in the amounts is still one
        assertEquals(1, count(tableSums(table.replace("187383", "187883")), Verdict.INCONSISTENT));
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

    @Test
    void aWideTableByRegionIsTriedForSplitsIntoAFewColumns() {
        StringBuilder t = new StringBuilder("各地区生产总值(1998年)\n地区 合计 第一产业 第二产业 工业 建筑业 第三产业 农林牧渔服务业 地质勘查业 交通运输 批发零售"
                + " 金融保险 房地产 社会服务 卫生体育 教育文化 科学研究 国家机关 其他 构成一 构成二 构成三 指数 指数一 指数二 指数三\n");
        String[] rows = {
            "甲 省 2011.31 86.56 786.85 610.66 176.19 1137.90 1.94 4.50 154.45 207.33 246.87 277.64 135.79 30.58 110.67 80.83 51.83 14.09 4.3 39.1 56.6 109.8 101.5 109.6 110.8",
            "乙 省 1336.38 74.03 660.00 587.83 72.17 602.35 0.33 6.49 133.16 127.29 120.17 114.88 81.21 14.05 35.70 16.00 27.10 2.93 5.5 49.4 45.1 109.3 106.7 107.4 113.0",
            "丙 省 4256.01 790.60 2084.33 1822.05 262.28 1381.08 6.16 17.18 313.40 386.96 202.98 204.22 79.43 32.42 79.38 14.54 128.13 42.15 18.6 49.0 32.5 110.7 106.2 112.2 110.6",
            "丁 省 1601.11 207.26 856.13 745.47 110.66 537.72 5.35 9.30 123.80 122.94 101.59 96.84 34.67 13.99 37.28 5.93 63.91 3.12 12.9 53.5 33.6 109.0 110.5 110.2 106.4"};
        for (String r : rows) {
            t.append(r).append('\n');
        }
        List<Finding> found = tableSums(t.toString());
        assertTrue(found.stream().anyMatch(f -> f.verdict() == Verdict.CONSISTENT && f.message().contains("the columns 2, 3, 6")), found.toString());
        assertEquals(0, count(found, Verdict.INCONSISTENT), found.toString());
        List<Finding> bad = tableSums(t.toString().replace("1822.05 262.28", "1822.05 265.28"));
        assertEquals(1, count(bad, Verdict.INCONSISTENT), bad.toString());
    }

    @Test
    void cellsPaddedWithAZeroWereRoundedOnePlaceEarlier() {
        String table = "总产出构成\n单位:%\n项目 2000 2005 2010 2013 2014\n总产出 100.00 100.00 100.00 100.00 100.00\n"
                + "第一产业 10.50 8.10 5.90 5.10 4.80\n第二产业 62.40 67.00 68.40 69.50 70.30\n第三产业 27.10 24.90 25.70 25.30 24.90\n";
        List<Finding> found = tableSums(table);
        assertEquals(0, count(found, Verdict.INCONSISTENT), "5.10 + 69.50 + 25.30 = 99.90 is a hundred rounded to one decimal: " + found);
        assertEquals(1, count(tableSums(table.replace("69.50", "67.50")), Verdict.INCONSISTENT));
    }

    private static final String PER_HEAD = "2022年某省各市生产总值和人均生产总值\n"
            + "排名 | 城市 | 生产总值(亿元) | 常住人口(万人) | 人均生产总值(元) |\n"
            + "---|---|---|---|---|\n"
            + "1 | 甲市 | 4200.5 | 610.32 | 68824.6 |\n"
            + "2 | 乙市 | 3100.8 | 520.11 | 59618.2 |\n"
            + "3 | 丙市 | 2500.0 | 455.60 | 54872.7 |\n"
            + "4 | 丁市 | 1800.2 | 300.05 | 59996.7 |\n"
            + "5 | 戊市 | 950.7 | 210.44 | 45176.8 |\n";

    @Test
    void aColumnPerHeadIsOneColumnOverAnotherTimesAPowerOfTen() {
        List<Finding> found = tableSums(PER_HEAD).stream().filter(f -> f.kind() == FindingKind.RATE).toList();
        // 亿元 over 万人 in 元: GDP / population × 10^4, row by row
        assertEquals(5, count(found, Verdict.CONSISTENT), found.toString());
        assertEquals(0, count(found, Verdict.INCONSISTENT), found.toString());
        List<Finding> altered = tableSums(PER_HEAD.replace("| 3100.8 |", "| 3300.8 |")).stream()
                .filter(f -> f.kind() == FindingKind.RATE && f.verdict() == Verdict.INCONSISTENT).toList();
        assertEquals(1, altered.size(), altered.toString());
        assertTrue(altered.get(0).message().contains("4 of the table's 5 rows"), altered.get(0).message());
    }

    @Test
    void columnsThatOnlyHappenToBeCloseMakeNoPerHeadRelation() {
        // the last column is no quotient of the others: nothing is said
        String unrelated = PER_HEAD.replace("68824.6", "61234.5").replace("59618.2", "50111.0").replace("54872.7", "58000.9")
                .replace("59996.7", "42000.1");
        assertTrue(tableSums(unrelated).stream().noneMatch(f -> f.kind() == FindingKind.RATE), "no relation in most rows");
    }

    private static final String POPULATION = "表1 某市年末常住人口数及其构成\n\n"
            + "指 标 年末数(万人) 比重(%)\n"
            + "全市常住人口 1520.40 100.00\n"
            + "按城乡分\n\n"
            + "城 镇 1006.36 66.19\n"
            + "乡 村 514.04 33.81\n"
            + "按性别分\n\n"
            + "男 性 772.50 50.81\n"
            + "女 性 747.90 49.19\n";

    @Test
    void eachHeadedGroupSplitsTheFirstRowAndItsShareColumnIsEachRowOverIt() {
        List<Finding> found = tableSums(POPULATION);
        // two groups each adding up to the first row in both columns, and four shares of it
        assertEquals(4, found.stream().filter(f -> f.kind() == FindingKind.SUM && f.verdict() == Verdict.CONSISTENT).count(), found.toString());
        assertEquals(4, found.stream().filter(f -> f.kind() == FindingKind.SHARE && f.verdict() == Verdict.CONSISTENT).count(), found.toString());
        assertEquals(0, count(found, Verdict.INCONSISTENT), found.toString());
    }

    @Test
    void aMisprintedRowOfAHeadedGroupBreaksItsSumAndItsShare() {
        List<Finding> bad = tableSums(POPULATION.replace("514.04 33.81", "554.04 33.81")).stream()
                .filter(f -> f.verdict() == Verdict.INCONSISTENT).toList();
        assertEquals(2, bad.size(), bad.toString());
        assertTrue(bad.stream().allMatch(f -> f.facts().stream().anyMatch(x -> x.text().equals("554.04"))), bad.toString());
        assertTrue(bad.stream().anyMatch(f -> f.kind() == FindingKind.SUM) && bad.stream().anyMatch(f -> f.kind() == FindingKind.SHARE), bad.toString());
    }

    @Test
    void aGroupOfGrowthRatesUnderHeadingsIsNoSplitOfTheFirstRow() {
        // the second column is growth over the year before: it adds up to nothing, and no row's figure is judged by it
        String growth = POPULATION.replace("比重(%)", "比上年增长(%)").replace("100.00", "0.8").replace("66.19", "2.1").replace("33.81", "-1.3")
                .replace("50.81", "0.7").replace("49.19", "0.9");
        List<Finding> found = tableSums(growth);
        assertEquals(0, count(found, Verdict.INCONSISTENT), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.SHARE), found.toString());
    }

    @Test
    void thousandsApartByABlankInABarredRowAreOneNumber() {
        // a yearbook page keeps 1 453 with a blank for the thousands: one cell, not the figures 1 and 453
        String table = "单位:万元 |\n"
                + "年 份 | 地区生产总值 | 第一产业 | 第二产业 | 第三产业 |\n"
                + "1958 | 12 977 | 3 634 | 6 748 | 2 595 |\n"
                + "1959 | 17 010 | 4 763 | 9 015 | 3 232 |\n"
                + "1960 | 23 411 | 5 853 | 13 578 | 3 980 |\n"
                + "1961 | 16 635 | 4 658 | 8 983 | 2 994 |\n";
        List<Finding> found = tableSums(table);
        assertTrue(count(found, Verdict.CONSISTENT) >= 4, found.toString());
        assertEquals(0, count(found, Verdict.INCONSISTENT), found.toString());
        List<Finding> altered = tableSums(table.replace("13 578", "13 978"));
        assertEquals(1, count(altered, Verdict.INCONSISTENT), altered.toString());
        assertTrue(altered.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).allMatch(f -> f.message().contains("13 978")),
                altered.toString());
    }
}

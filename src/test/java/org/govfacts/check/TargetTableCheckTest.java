package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.SourceDocument;
import org.junit.jupiter.api.Test;

/** Tables of targets and results as web pages keep them, through the real pipeline on tables written for the test. */
class TargetTableCheckTest {
    /** One cell a line, each closed by |, the rows numbered. */
    private static final String CELLS = "一、2023年计划执行情况\n"
            + "表1：2023年全区国民经济和社会发展计划主要指标完成情况\n"
            + "序号 |\n指标名称 |\n属性 |\n2023年目标 |\n2023年完成情况 |\n"
            + "1 |\n地区生产总值 |\n预期性 |\n增长6%左右 |\n5.4% |\n"
            + "2 |\n一般公共预算收入 |\n预期性 |\n增长5% |\n7.2% |\n"
            + "3 |\n单位生产总值能耗 |\n约束性 |\n下降3% |\n3.4% |\n"
            + "4 |\n常住人口规模 |\n预期性 |\n完成市下达指标 |\n完成市下达指标 |\n"
            + "二、2024年计划安排\n";

    /** One row a line, cells between |. */
    private static final String LINES = "表2 主要指标完成情况\n"
            + "指标 | 计划目标 | 实际完成 |\n"
            + "全社会固定资产投资 | 1700亿元左右 | 1765.73亿元 |\n"
            + "合同外资 | 70亿美元 | 64.5亿美元 |\n"
            + "以上数据为快报数。\n";

    private static final Lexicon LEXICON = Lexicon.at(Path.of("dictionaries"));
    private static final Pipeline PIPELINE = new Pipeline(LEXICON);
    /** As `govfacts check` builds it: the lower-is-better list of the dictionaries says which way is better. */
    private static final Checker CHECKER = new Checker(LEXICON);

    private static List<Finding> tableTargets(String text) {
        SourceDocument src = new SourceDocument(Path.of("t.txt"), "t.txt", text, "UTF-8", "0", text.getBytes(StandardCharsets.UTF_8).length);
        return CHECKER.check(List.of(CheckDocument.of(PIPELINE.process(src), text))).stream().filter(f -> f.kind() == FindingKind.TARGET
                && f.message().startsWith("In the table of targets")).toList();
    }

    private static Verdict verdictOf(List<Finding> found, String indicator) {
        return found.stream().filter(f -> f.message().contains("“" + indicator + "”")).findFirst().orElseThrow(
                () -> new AssertionError(indicator + " not judged in " + found)).verdict();
    }

    @Test
    void eachRowsTargetIsJudgedAgainstItsResultWhenCellsStandOneALine() {
        List<Finding> found = tableTargets(CELLS);
        assertEquals(Verdict.MISSED, verdictOf(found, "地区生产总值"), found.toString());
        assertEquals(Verdict.MET, verdictOf(found, "一般公共预算收入"), found.toString());
        // a fall of 3% as the target, 3.4% as the result: a fall of 3.4%, more than asked
        assertEquals(Verdict.MET, verdictOf(found, "单位生产总值能耗"), found.toString());
        // a row without figures is left alone
        assertTrue(found.stream().noneMatch(f -> f.message().contains("常住人口规模")), found.toString());
        assertEquals(3, found.size(), found.toString());
    }

    @Test
    void eachRowsTargetIsJudgedAgainstItsResultWhenRowsStandOneALine() {
        List<Finding> found = tableTargets(LINES);
        assertEquals(Verdict.MET, verdictOf(found, "全社会固定资产投资"), found.toString());
        assertEquals(Verdict.MISSED, verdictOf(found, "合同外资"), found.toString());
        Finding f = found.stream().filter(x -> x.message().contains("合同外资")).findFirst().orElseThrow();
        assertTrue(f.facts().stream().anyMatch(x -> x.text().contains("64.5亿美元")), f.toString());
    }

    @Test
    void aTableWithoutATargetColumnIsNoTableOfTargets() {
        assertTrue(tableTargets(LINES.replace("计划目标", "2022年").replace("实际完成", "2023年")).isEmpty());
    }
}

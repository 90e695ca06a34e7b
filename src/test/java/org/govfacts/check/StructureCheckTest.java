package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ratios written without a per cent sign (structures, urban–rural ratios), through the real pipeline on texts written for the test. */
class StructureCheckTest {
    private static final String GDP = "全年全市地区生产总值500.0亿元，比上年增长6.0%。其中，第一产业增加值50.0亿元，增长3.0%；"
            + "第二产业增加值200.0亿元，增长6.5%；第三产业增加值250.0亿元，增长6.2%。三次产业结构为10.0:40.0:50.0。";
    private static final String INCOME = "全年全体居民人均可支配收入30000元。按常住地分，城镇居民人均可支配收入40000元，增长5.0%；"
            + "农村居民人均可支配收入20000元，增长6.5%。城乡居民人均收入比为2.00，比上年缩小0.03。";

    private static List<Finding> structures(String text) {
        return Findings.of(SharesOnTextTest.check("t.txt", text), FindingKind.SHARE,
                f -> f.message().startsWith("The structure") || f.message().startsWith("The urban–rural"));
    }

    @Test
    void aStructureAgreesWithTheBreakdownBeforeIt() {
        List<Finding> found = structures(GDP);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
    }

    private static final String BALANCED = "全年全市地区生产总值41610.9亿元，按不变价格计算，比上年增长0.7%。其中，第一产业增加值111.5亿元，下降1.6%；"
            + "第二产业增加值6605.1亿元，下降11.4%；第三产业增加值34894.3亿元，增长3.4%。三次产业构成为0.3:15.9:83.8。";

    @Test
    void aCommaAfterTheCueOrBeforeTheChangeStillNamesTheStructure() {
        List<Finding> found = termSums("第一、第二、第三产业增加值在国内生产总值中的构成比例，由上年的6.4:50.8:42.8调整为6.0:49.6:44.4。");
        assertEquals(2, found.size(), found.toString());
        List<Finding> changed = termSums("三次产业比例由1997年的19.3:48.9:31.8，调整到2002年的15.6:49.9:36.5。");
        assertEquals(2, changed.size(), changed.toString());
        assertEquals(Verdict.INCONSISTENT, changed.get(1).verdict(), changed.toString()); // 102.0
    }

    @Test
    void aStructureBalancedToAddUpTo100IsNoError() {
        // 0.268, 15.874, 83.859 round to 0.3 + 15.9 + 83.9 = 100.1: the bureau took the unit off the largest term
        List<Finding> found = structures(BALANCED);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        // parts that no longer make their whole: the term one unit off is an error again
        List<Finding> altered = structures(BALANCED.replace("6605.1亿元", "6650.1亿元"));
        assertEquals(Verdict.INCONSISTENT, altered.get(0).verdict(), altered.toString());
        // a term two units off is no balancing
        List<Finding> twice = structures(BALANCED.replace("0.3:15.9:83.8", "0.3:16.0:83.7"));
        assertEquals(Verdict.INCONSISTENT, twice.get(0).verdict(), twice.toString());
    }

    @Test
    void anAlteredTermIsCaughtAndNamed() {
        List<Finding> found = structures(GDP.replace("10.0:40.0:50.0", "10.0:45.0:50.0"));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.INCONSISTENT, found.get(0).verdict());
        assertTrue(found.get(0).message().contains("45.0 where the part is 40%"), found.get(0).message());
    }

    @Test
    void theStructureAChangeStartsFromIsNotChecked() {
        List<Finding> found = structures(GDP.replace("结构为10.0:40.0:50.0", "结构由12.0:41.0:47.0调整为10.0:40.0:50.0"));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
    }

    @Test
    void anUrbanRuralRatioIsTheUrbanFigureOverTheRuralOne() {
        assertEquals(Verdict.CONSISTENT, structures(INCOME).get(0).verdict());
        List<Finding> altered = structures(INCOME.replace("比为2.00", "比为2.20"));
        assertEquals(1, altered.size(), altered.toString());
        assertEquals(Verdict.INCONSISTENT, altered.get(0).verdict());
    }

    @Test
    void aRatioWhoseFiguresAreNotStatedIsLeftAlone() {
        assertTrue(structures("城乡居民收入比由2.9∶1缩小至2.52∶1，三次产业结构调整为8.1:38.2:53.7。").isEmpty());
    }

    private static List<Finding> termSums(String text) {
        return Findings.of(SharesOnTextTest.check("t.txt", text), FindingKind.SUM, f -> f.message().startsWith("The terms of the structure"));
    }

    @Test
    void aStructureWithoutItsPartsStillAddsUpTo100() {
        List<Finding> found = termSums("——经济结构不断优化。三次产业结构占比为6.6∶40.2∶53.2。");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Verdict.CONSISTENT, found.get(0).verdict(), found.get(0).message());
        List<Finding> altered = termSums("——经济结构不断优化。三次产业结构占比为6.6∶42.0∶53.2。");
        assertEquals(1, altered.size(), altered.toString());
        assertEquals(Verdict.INCONSISTENT, altered.get(0).verdict());
        assertTrue(altered.get(0).message().contains("add up to 101.8"), altered.get(0).message());
    }

    @Test
    void theStructureAChangeStartsFromAddsUpToo() {
        List<Finding> found = termSums("三次产业结构由上年的9.4:66.8:24.8调整为8.3:71.1:20.6，服务业比重下降。");
        assertEquals(2, found.size(), found.toString());
        assertEquals(Verdict.INCONSISTENT, found.get(0).verdict(), found.get(0).message());
        assertEquals(Verdict.CONSISTENT, found.get(1).verdict(), found.get(1).message());
    }

    @Test
    void termsThatAreNoPerCentsOrJudgedByTheirPartsAreNotSummed() {
        assertTrue(termSums("城乡建设用地比例为1:2:3，会议于8:30:00开始。").isEmpty());
        // the breakdown before it judges each term, which says more than their sum
        assertTrue(termSums(GDP.replace("10.0:40.0:50.0", "10.0:45.0:50.0")).isEmpty());
    }

    @Test
    void aStructureRatioOfTheSectorsWithYearsBeforeItsTermsAddsUp() {
        // 三次产业比 names the structure; the years of the two structures stand between the cue and the terms
        List<Finding> found = termSums("三次产业比由2012年的14.6:53.1:32.3\n调整为2016年的13.3:47.6:39.1。");
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(f -> f.verdict() == Verdict.CONSISTENT), found.toString());
        List<Finding> altered = termSums("三次产业比由2012年的14.6:53.1:32.3\n调整为2016年的13.3:47.6:38.1。");
        assertEquals(Verdict.INCONSISTENT, altered.get(1).verdict(), altered.toString());
        // years alone are no cue: a list of counts by year is left alone
        assertTrue(termSums("项目数由2012年的14:53:33个增加到2016年的20:40:40个。").isEmpty());
    }

    @Test
    void theThreeSectorsNamedWithoutAStructureWordStillAddUp() {
        // 三次产业由2002年的…调整为…: the sectors name the structure; the full-width ratio colon (∶) joins the terms
        List<Finding> found = termSums("产业结构进一步优化，三次产业由2002年的20.4∶36.7∶42.9调整为2007年的17.6∶42.7∶39.7。");
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(f -> f.verdict() == Verdict.CONSISTENT), found.toString());
        List<Finding> altered = termSums("产业结构进一步优化，三次产业由2002年的26.4∶36.7∶42.9调整为2007年的17.6∶42.7∶39.7。");
        assertEquals(Verdict.INCONSISTENT, altered.get(0).verdict(), altered.toString());
    }

    @Test
    void aStructureInAPageWithPinyinReadingsIsRead() {
        // 三次產(chǎn)業(yè)結(jié)構(gòu): the readings between the characters of 结构 do not hide the structure
        String text = "三次產(chǎn)業(yè)結(jié)構(gòu)從2015年的12.1:43.5:44.4調(diào)整為2019年的10.3:37.3:52.4。";
        List<Finding> sums = Findings.of(SharesOnTextTest.check("t.txt", text), FindingKind.SUM, f -> f.message().startsWith("The terms"));
        assertEquals(2, sums.size(), sums.toString());
        assertTrue(sums.stream().allMatch(f -> f.verdict() == Verdict.CONSISTENT), sums.toString());
        assertTrue(sums.stream().anyMatch(f -> f.facts().get(0).text().equals("10.3:37.3:52.4")), sums.toString());
        List<Finding> altered = Findings.of(SharesOnTextTest.check("t.txt", text.replace("37.3:52.4", "39.3:52.4")), FindingKind.SUM,
                f -> f.message().startsWith("The terms"));
        assertEquals(1, altered.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).count(), altered.toString());
    }

    @Test
    void sharesListedAsAStructuresTermsAddUpTo100() {
        String text = "三次产业增加值占生产总值的比重由上年的9.5%、52.1%、38.4%调整为9.0%、%s、38.7%。";
        List<Finding> found = termSums(text.replace("%s", "52.3%"));
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(f -> f.verdict() == Verdict.CONSISTENT), found.toString());
        List<Finding> altered = termSums(text.replace("%s", "55.3%"));
        assertEquals(1, altered.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).count(), altered.toString());
    }

    @Test
    void growthRatesListedAfterTheSectorsAreNoStructure() {
        // 分别增长 names growth rates, which add up to nothing, however near a hundred
        assertTrue(termSums("三次产业增加值分别增长30.5%、40.2%和29.3%。").isEmpty());
        assertTrue(termSums("三次产业比重分别提高30.5%、40.2%和29.3%。").isEmpty());
        // shares of some groups only, under no name of all parts: a partial list, whatever it adds up to
        assertTrue(termSums("全市汉族、回族和满族人口占总人口的比重分别为70.4%、22.9%和6.4%。").isEmpty());
    }

    @Test
    void aStructureTurnedIntoAnotherAddsUpToo() {
        List<Finding> found = termSums("三次产业增加值占生产总值的比重分别由2005年的12.0 :48.7 :39.3转变为10.9 :51.6 :38.5。");
        assertEquals(2, found.size(), found.toString());
        assertEquals(1, found.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).count(), found.toString());
    }
}

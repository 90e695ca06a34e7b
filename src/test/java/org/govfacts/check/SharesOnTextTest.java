package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.pipeline.Pipeline;
import org.govfacts.read.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * Shares whose base the sentence names in other words than the base's own (年度目标 for the
 * 年度计划 stated before; the mean of a median; the group a sentence opens with), through the real
 * pipeline on short texts written for the test; each is checked as written and with the share altered.
 */
class SharesOnTextTest {
    private static final Pipeline PIPELINE = new Pipeline(Lexicon.at(Path.of("dictionaries")));

    static List<Finding> check(String name, String text) {
        return checkAll(name, text);
    }

    /** Several reports checked together: names and texts in turn. */
    static List<Finding> checkAll(String... namesAndTexts) {
        return Findings.CHECKER.check(documents(namesAndTexts));
    }

    /** Reports through the real pipeline, ready to check: names and texts in turn. */
    static List<CheckDocument> documents(String... namesAndTexts) {
        List<CheckDocument> docs = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            String name = namesAndTexts[i];
            String text = namesAndTexts[i + 1];
            SourceDocument src = new SourceDocument(Path.of(name), name, text, "UTF-8", "0", text.getBytes(StandardCharsets.UTF_8).length);
            docs.add(CheckDocument.of(PIPELINE.process(src), text));
        }
        return docs;
    }

    private static Verdict shareVerdict(String text, String share) {
        return Findings.one(check("t.txt", text), FindingKind.SHARE, involving(share)).verdict();
    }

    @Test
    void aShareOfTheYearsTargetIsOfThePlanStatedBefore() {
        String text = "2022年全县计划实施重点项目40个，年度计划完成投资20亿元，1-9月累计完成投资15亿元，占年度目标的75%。";
        assertEquals(Verdict.CONSISTENT, shareVerdict(text, "75%"));
        assertEquals(Verdict.INCONSISTENT, shareVerdict(text.replace("75%", "57%"), "57%"));
    }

    @Test
    void aSiblingPartWithAShareOfItsOwnIsNotTheWholeOfTheNext() {
        // 城镇 states its own share of 零售总额: it is a part beside 乡村, not the base of 乡村's share
        String text = "全年社会消费品零售总额38.03亿元，比上年增长10.8%。按经营地统计，城镇消费品零售额32.25亿元，占零售总额的84.8%，"
                + "乡村消费品零售额5.78亿元，占零售总额的15.2%。";
        assertTrue(check("t.txt", text).stream().filter(involving("15.2%")).noneMatch(f -> f.verdict() == Verdict.INCONSISTENT),
                check("t.txt", text).toString());
        // with no share of its own, the figure named like the base before the part is still taken as the base
        String whole = "全年消费品零售总额32.25亿元，比上年增长10.8%。乡村消费品零售额5.78亿元，占零售总额的15.2%。";
        assertEquals(Verdict.INCONSISTENT, shareVerdict(whole, "15.2%"));
    }

    private static final String SOURCES = "前三季度，全省居民人均可支配收入20000元，比上年同期增长6.0%。\n"
            + "按收入来源分，全省居民人均工资性收入11000元，增长6.5%，占可支配收入的比重为55.0%；人均经营净收入3000元，增长5.0%，"
            + "占可支配收入的比重为15.0%；人均财产净收入2000元，增长4.0%，占可支配收入的比重为10.0%；人均转移净收入4000元，增长7.0%，"
            + "占可支配收入的比重为20.0%。\n";

    private static List<Finding> sums(String text) {
        return check("2023_湖南省_前三季度经济运行.txt", text).stream().filter(f -> f.kind() == FindingKind.SUM).toList();
    }

    @Test
    void sharesOfOneWholeGivenBesideTheirPartsAddUpAndSoDoTheParts() {
        List<Finding> found = sums(SOURCES);
        assertTrue(found.stream().anyMatch(f -> f.verdict() == Verdict.CONSISTENT && f.message().contains("add up to 100")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.verdict() == Verdict.CONSISTENT && f.message().contains("parts whose shares")), found.toString());
        // a part raised: the shares still add up to 100, so the list is complete and the parts must make the whole
        List<Finding> part = sums(SOURCES.replace("3000元", "3600元"));
        assertTrue(part.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT && f.message().contains("so the list is complete")), part.toString());
        // a share lowered: the parts make the whole, so the shares must add up to 100
        List<Finding> share = sums(SOURCES.replace("55.0%", "50.0%"));
        assertTrue(share.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT && f.message().contains("not 100")), share.toString());
    }

    @Test
    void aListOfSomePartsOfAWholeSaysNothingOfTheSums() {
        // two of four sources: neither the shares nor the parts make a whole
        String some = "前三季度，全省居民人均可支配收入20000元，比上年同期增长6.0%。\n"
                + "全省居民人均工资性收入11000元，占可支配收入的比重为55.0%；人均转移净收入4000元，占可支配收入的比重为20.0%。\n";
        assertTrue(sums(some).stream().noneMatch(f -> f.message().contains("shares of")), sums(some).toString());
    }

    @Test
    void aShareOfTheTotalPopulationAfterQiZhongIsOfTheTotalStatedBefore() {
        // 总人口 names the whole the 其中 list splits, stated as 常住人口总数 (check_base_spellings.tsv)
        String text = "根据人口抽样调查推算，年末全区常住人口总数为364万人。其中，城镇人口136万人，占总人口的37.36%；乡村人口228万人，占总人口的62.64%。";
        assertEquals(Verdict.CONSISTENT, shareVerdict(text, "37.36%"));
        assertEquals(Verdict.INCONSISTENT, shareVerdict(text.replace("37.36%", "37.86%"), "37.86%"));
    }

    @Test
    void aLevelAsAMultipleOfAnEarlierYearsIsNoShare() {
        // 为2012年的2.26倍 at constant prices: 2012年 is a time, not a whole the level is part of
        String text = "2021年，地区生产总值从2012年的710.16亿元增加到2080.17亿元，按不变价计算为2012年的226%。";
        assertTrue(check("t.txt", text).stream().noneMatch(f -> f.kind() == FindingKind.SHARE), check("t.txt", text).toString());
    }

    @Test
    void theYearsPlanIsFoundUnderAnotherSpelling() {
        String text = "1、新建项目。新建项目共120个，年内计划投资80.0亿元。至9月底，累计完成投资50.0亿元，完成年度计划的62.5%。";
        assertEquals(Verdict.CONSISTENT, shareVerdict(text, "62.5%"));
        assertEquals(Verdict.INCONSISTENT, shareVerdict(text.replace("62.5%", "65.2%"), "65.2%"));
    }

    @Test
    void aShareWithoutABaseIsOfTheGroupItsSentenceOpensWith() {
        String text = "年末全市常住人口120万人，比上年末增加0.5万人。全市常住人口中，女性人口59万人，占49.17%；男性人口61万人，占50.83%。";
        assertEquals(Verdict.CONSISTENT, shareVerdict(text, "49.17%"));
        assertEquals(Verdict.INCONSISTENT, shareVerdict(text.replace("49.17%", "47.19%"), "47.19%"));
    }

    @Test
    void aMedianIsAShareOfTheMeanOfTheSameIndicator() {
        String text = "前三季度，全省居民人均可支配收入24000元，增长6.1%。\n全省居民人均可支配收入中位数20400元，增长5.8%，中位数是平均数的85.0%。";
        assertEquals(Verdict.CONSISTENT, shareVerdict(text, "85.0%"));
        assertEquals(Verdict.INCONSISTENT, shareVerdict(text.replace("85.0%", "58.0%"), "58.0%"));
    }

    @Test
    void aCountOfAWholeIsFoundUnderASlightlyLongerName() {
        String text = "上半年，120个计划新开工项目中90个项目已经开工，占计划开工项目总数的75%。";
        assertEquals(Verdict.CONSISTENT, shareVerdict(text, "75%"));
        assertEquals(Verdict.INCONSISTENT, shareVerdict(text.replace("75%", "57%"), "57%"));
    }

    @Test
    void aShareOfATargetNoFigureStatesIsNotChecked() {
        String text = "上半年，全市城镇新增就业人员5.6万人，完成全年目标任务的62.7%。";
        assertTrue(Findings.of(check("t.txt", text), FindingKind.SHARE, f -> true).isEmpty());
    }

    @Test
    void aShareNamedAsInItsBaseAtTheStartOfAChangeIsOfThatBase() {
        String text = "全市实现地区生产总值236.6亿元，增长15.5%。实现工业增加值119.5亿元，增长19.5%，"
                + "工业增加值在地区生产总值中的占比由上年的48.2%上升到50.5%。";
        assertEquals(Verdict.CONSISTENT, shareVerdict(text, "50.5%"));
        assertEquals(Verdict.INCONSISTENT, shareVerdict(text.replace("119.5亿元", "129.5亿元"), "50.5%"));
    }
    @Test
    void aRateOfAnotherPopulationIsNotJudgedByTheseCounts() {
        // 四川 2022: the 户籍 rate shares the stem 城镇 with 城镇人口 of the resident population, but names another population
        String text = "年末常住人口8374万人，其中城镇人口4886.2万人，乡村人口3487.8万人，常住人口城镇化率58.35%。"
                + "年末全省户籍人口9067.5万人，户籍人口城镇化率为38.86%。";
        List<Finding> found = check("t.txt", text).stream().filter(f -> f.kind() == FindingKind.RATE).toList();
        assertTrue(found.stream().noneMatch(f -> f.facts().stream().anyMatch(x -> x.text().equals("38.86%"))), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.verdict() == Verdict.CONSISTENT && f.message().contains("58.35%")), found.toString());
        // the resident rate altered is still caught
        assertTrue(check("t.txt", text.replace("58.35%", "53.85%")).stream()
                .anyMatch(f -> f.kind() == FindingKind.RATE && f.verdict() == Verdict.INCONSISTENT), text);
    }
    @Test
    void aKindOfTheWholeAfter其中IsAShareOfTheWholeStatedBefore() {
        // 贵州 2021 bulletin: the base 年末常住人口 is said with 全省 between, its change (减少6万人) is no base
        String text = "年末全省常住人口3852万人，比上年末减少6万人。其中，城镇常住人口2092.79万人，占年末常住人口的比重为54.33%。";
        assertEquals(Verdict.CONSISTENT, shareVerdict(text, "54.33%"));
        assertEquals(Verdict.INCONSISTENT, shareVerdict(text.replace("2092.79万人", "2029.79万人"), "54.33%"));
    }

    @Test
    void aShareNamedAnotherWayInABracketIsReadPastIt() {
        // 宁夏 2023 bulletin: 占常住人口比重(常住人口城镇化率)为67.31%
        String text = "年末全区常住人口729万人，比上年末增加1万人，其中，城镇常住人口491万人，占常住人口比重(常住人口城镇化率)为67.31%。";
        assertEquals(Verdict.CONSISTENT, shareVerdict(text, "67.31%"));
        assertEquals(Verdict.INCONSISTENT, shareVerdict(text.replace("491万人", "419万人"), "67.31%"));
    }

    @Test
    void aRatioToANamedBaseIsOfThatBaseWhereverItIsStated() {
        // a national bulletin: R&D spending 与国内生产总值之比, the GDP stated paragraphs before
        String text = "中华人民共和国2020年国民经济和社会发展统计公报\n全年国内生产总值1015986亿元，比上年增长2.3%。\n全年全国研究与试验发展经费支出24426亿元，比上年增长10.3%，与国内生产总值之比为2.40%。";
        assertEquals(Verdict.CONSISTENT, shareVerdict(text, "2.40%"));
        assertEquals(Verdict.INCONSISTENT, shareVerdict(text.replace("2.40%", "2.60%"), "2.60%"));
    }

    @Test
    void aBaseNamedByAnotherNameIsFoundElsewhereInTheReport() {
        // 占GDP比重 is a share of the 地区生产总值 stated paragraphs before
        String text = "2020年盘州市国民经济和社会发展统计公报\n全年全市地区生产总值133.64亿元，同比增长4.6%。\n"
                + "全年非公经济增加值达104.44亿元，占GDP比重为78.2%。";
        assertEquals(Verdict.CONSISTENT, shareVerdict(text, "78.2%"));
        assertEquals(Verdict.INCONSISTENT, shareVerdict(text.replace("78.2%", "72.8%"), "72.8%"));
    }

    @Test
    void aBaseThatIsThePartItselfIsNoBase() {
        // the counties' product, its headline restating it, 占全省生产总值的比重: the province's product is stated nowhere
        String text = "上半年我省县域经济实现较快增长\n全省118个县(市)实现生产总值11268.4亿元\n从省统计局获悉，上半年全省118个县(市)"
                + "实现生产总值11268.4亿元，同比增长6.3%，比全省生产总值增速快0.2个百分点，占全省生产总值的比重为54.2%。\n";
        List<Finding> found = check("2023_河北省_县域经济.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.SHARE), found.toString());
    }

    @Test
    void aShareOneUnitOfItsLastDigitOffIsTooCloseToCallAnError() {
        String text = "1986年，全市国民生产总值为116093万元，其中劳动者收入为64618万元，占国民生产总值的55.66%；"
                + "利润、税金和利息为20715万元，占17.85%。\n";
        List<Finding> shares = check("jx.txt", text).stream().filter(f -> f.kind() == FindingKind.SHARE).toList();
        assertTrue(shares.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), shares.toString());
        assertTrue(shares.stream().anyMatch(f -> f.verdict() == Verdict.CANNOT_TELL && f.message().contains("one unit of its last digit")),
                shares.toString());
        assertTrue(check("jx.txt", text.replace("占17.85%", "占18.85%")).stream()
                .anyMatch(f -> f.kind() == FindingKind.SHARE && f.verdict() == Verdict.INCONSISTENT), "a point off is an error");
    }

    @Test
    void aShareClauseOpeningOnZhanAfterASemicolonIsOfTheFigureBefore() {
        String text = "2010年，河南省地区生产总值15902.12亿元，增长14.5%。非公有制经济增加值8936.75亿元，增长15.8%；占地区生产总值的比重为56.2%，比上年提高0.7个百分点。";
        assertEquals(Verdict.CONSISTENT, shareVerdict(text, "56.2%"));
        assertEquals(Verdict.INCONSISTENT, shareVerdict(text.replace("56.2%", "58.2%"), "58.2%"));
    }

    @Test
    void aShareOfTheWholeByItsHeadWordIsOfTheTotalThePartIsListedUnder() {
        // the total's change stands between it and 其中; 总人口 names the 常住人口 the part is listed under
        String text = "2015年末河南省常住人口为2690.73万人，比上年末净减少13.33万人，其中城镇常住人口1567.93万人，占总人口比重为58.27%。";
        assertEquals(Verdict.CONSISTENT, shareVerdict(text, "58.27%"));
        assertEquals(Verdict.INCONSISTENT, shareVerdict(text.replace("58.27%", "56.27%"), "56.27%"));
    }

    @Test
    void aShareOfTheWholeOfItsKindIsOfTheFigureOfThatKindBeforeThePart() {
        // 总产值: the 规上工业产值 before the part in its sentence; 为 ends the base's name
        String text = "2020年，南宁经开区规上工业产值197.8亿元、增长27.6%，民营企业产值151.1亿元、增长39.9%，占总产值为76.4%。";
        assertEquals(Verdict.CONSISTENT, shareVerdict(text, "76.4%"));
        assertEquals(Verdict.INCONSISTENT, shareVerdict(text.replace("76.4%", "74.6%"), "74.6%"));
        // 全部工业投资: the total the part is listed under after 其中
        String listed = "1949年到1952年，国家对辽宁工业共投资99948万元，其中对重工业投资8.7亿元，占全部工业投资的86.93%。";
        assertEquals(Verdict.CONSISTENT, shareVerdict(listed, "86.93%"));
        assertEquals(Verdict.INCONSISTENT, shareVerdict(listed.replace("86.93%", "89.63%"), "89.63%"));
        // one share for each of two parts after 其中: the first part is no whole of the second
        String parts = "2023年末浙江省常住人口6627万人。其中，男性人口3459万人，女性人口3168万人，分别占总人口的52.2%、47.8%。";
        assertTrue(check("t.txt", parts).stream().filter(involving("47.8%")).noneMatch(f -> f.verdict() == Verdict.INCONSISTENT));
    }

    @Test
    void sharesAfterRespectivelyFollowTheirPartsInOrder() {
        String text = "年末全县户籍总人口46.46万人，其中，城镇人口15.26万人，乡村人口31.20万人；男性人口23.85万人，女性人口22.61万人，"
                + "分别占总人口的51.3%和48.7%。";
        List<Finding> found = check("2024_孟州市_统计公报.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        // each share against its own part: the second share is named by the words before the first (占总人口的)
        assertEquals(2, found.stream().filter(f -> f.kind() == FindingKind.SHARE && f.verdict() == Verdict.CONSISTENT).count(), found.toString());
        // the shares swapped: the first part's share is wrong
        List<Finding> swapped = check("2024_孟州市_统计公报.txt", text.replace("51.3%和48.7%", "48.7%和51.3%"));
        assertTrue(swapped.stream().anyMatch(f -> f.kind() == FindingKind.SHARE && f.verdict() == Verdict.INCONSISTENT), swapped.toString());
    }
}


package org.govfacts.check;

import static org.govfacts.check.Findings.check;
import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.Findings.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BreakdownCheckTest {
    private static CheckDocument projects(String a, String b, String c) {
        String text = "全市实施项目766个。其中签约项目" + a + "个、开工项目" + b + "个、投产项目" + c + "个,已建成项目523个。";
        return new DocBuilder("t.txt", text).quantity("766个", 766, "个", "实施项目")
                .quantity(a + "个", Double.parseDouble(a), "个", "签约项目").quantity(b + "个", Double.parseDouble(b), "个", "开工项目")
                .quantity(c + "个", Double.parseDouble(c), "个", "投产项目").quantity("523个", 523, "个", "已建成项目").build();
    }

    @Test
    void aPartRaisedBreaksTheSum() {
        Finding f = one(check(projects("383", "296", "117")), FindingKind.SUM, involving("766个"));
        assertEquals(Verdict.INCONSISTENT, f.verdict());
        assertEquals(796, f.expected(), 1e-9);
        assertTrue(f.message().contains("more than the stated total"), f.message());
    }

    @Test
    void clausesFarAboveTheirTotalThatNoMisprintMendsAreCountedAcrossOneAnother() {
        // 税收 is counted within 一般预算收入: 228024 of 178625, more than a quarter above, and no digit of one figure mends it
        String text = "全年财政总收入178625万元，比上年增长44.2%。其中：地方一般预算收入123307万元，增长56.9%；税收总收入104717万元，增长59.6%。";
        List<Finding> found = SharesOnTextTest.check("t.txt", text).stream().filter(f -> f.kind() == FindingKind.SUM).toList();
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        // a true split with one figure misprinted (123307 → 193307, 39% above the total): one digit mends it, so it is an error
        String split = "全年财政总收入178625万元，比上年增长44.2%。其中：地方一般预算收入193307万元，增长56.9%；其他收入55318万元，增长9.6%。";
        List<Finding> bad = SharesOnTextTest.check("t.txt", split).stream().filter(f -> f.kind() == FindingKind.SUM).toList();
        assertTrue(bad.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT), bad.toString());
    }

    @Test
    void aSubsetsFiguresAfterQiZhongAreNotPartsOfAnotherMeasure() {
        // 其中 opens the zone's figures, one per measure: its 注册协议外资 is no part of the 实际利用外资 before it
        String text = "全年共注册协议利用外资2.824亿美元，实际利用外资1.336亿美元，其中经济开发区注册协议外资2.45亿美元，实际利用外资1.063亿美元。";
        List<Finding> found = SharesOnTextTest.check("t.txt", text).stream().filter(f -> f.kind() == FindingKind.SUM).toList();
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT), found.toString());
        // a part of the total's own measure larger than the total is still an error
        String same = "全年实际利用外资1.336亿美元，其中经济开发区实际利用外资2.45亿美元。";
        List<Finding> bad = SharesOnTextTest.check("t.txt", same).stream().filter(f -> f.kind() == FindingKind.SUM).toList();
        assertTrue(bad.stream().anyMatch(f -> f.verdict() == Verdict.INCONSISTENT), bad.toString());
    }

    @Test
    void aPartLoweredALittleBreaksTheSum() {
        Finding f = one(check(projects("348", "296", "117")), FindingKind.SUM, involving("766个"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
    }

    @Test
    void aListShortByMoreThanAHundredthMayNameOnlySomeParts() {
        // 736 of 766 (96%): the 30 left may be projects of another stage, as 其中 ("among them") allows
        Finding f = one(check(projects("323", "296", "117")), FindingKind.SUM, involving("766个"));
        assertEquals(Verdict.CANNOT_TELL, f.verdict(), f.message());
    }

    @Test
    void aListCoveringLittleOfTheTotalMayBePartial() {
        Finding f = one(check(projects("53", "96", "117")), FindingKind.SUM, involving("766个"));
        assertEquals(Verdict.CANNOT_TELL, f.verdict(), f.message());
    }

    @Test
    void theFigureAfterTheCommaIsNotAPart() {
        Finding f = one(check(projects("353", "296", "117")), FindingKind.SUM, involving("766个"));
        assertEquals(Verdict.CONSISTENT, f.verdict());
        assertTrue(f.facts().stream().noneMatch(x -> x.text().equals("523个")));
    }

    @Test
    void moneyPartsAreRoundedToTheFinestPrecisionOfTheList() {
        String text = "产业集群实现产值401.2亿元,同比增长29.2%(甲产业链248亿元,同比增长27.8%;乙产业链116亿元;丙产业链37.2亿元)。";
        CheckDocument ok = new DocBuilder("t.txt", text).money("401.2亿元", 401.2e8, "产值", null).growth("29.2%", 29.2, "产值", null)
                .money("248亿元", 248e8, "甲产业链产值", null).growth("27.8%", 27.8, "甲产业链产值", null)
                .money("116亿元", 116e8, "乙产业链产值", null).money("37.2亿元", 37.2e8, "丙产业链产值", null).build();
        Finding f = one(check(ok), FindingKind.SUM, involving("401.2亿元"));
        assertEquals(Verdict.CONSISTENT, f.verdict(), f.message());
        assertEquals(0.2, f.tolerance(), 1e-9); // 3 parts and the total, ±0.05亿 each

        String off = text.replace("116亿元", "117亿元");
        CheckDocument bad = new DocBuilder("t.txt", off).money("401.2亿元", 401.2e8, "产值", null).money("248亿元", 248e8, "甲", null)
                .money("117亿元", 117e8, "乙", null).money("37.2亿元", 37.2e8, "丙", null).build();
        assertEquals(Verdict.INCONSISTENT, one(check(bad), FindingKind.SUM, involving("401.2亿元")).verdict());
    }

    @Test
    void wholeNumbersInBillionsAllowHalfABillionEach() {
        String text = "集群规模达到500亿元(食品300亿元、材料201亿元)。";
        CheckDocument d = new DocBuilder("t.txt", text).money("500亿元", 500e8, "集群规模", null).money("300亿元", 300e8, "食品", null)
                .money("201亿元", 201e8, "材料", null).build();
        Finding f = one(check(d), FindingKind.SUM, involving("500亿元"));
        assertEquals(Verdict.CONSISTENT, f.verdict(), f.message());
        assertEquals(1.5, f.tolerance(), 1e-9);
    }

    @Test
    void countsAreExact() {
        String text = "在库企业122家(规上企业60家、创新企业31家、专精特新企业18家、小巨人企业14家)。";
        CheckDocument d = new DocBuilder("t.txt", text).quantity("122家", 122, "家", "在库企业").quantity("60家", 60, "家", "a")
                .quantity("31家", 31, "家", "b").quantity("18家", 18, "家", "c").quantity("14家", 14, "家", "d").build();
        Finding f = one(check(d), FindingKind.SUM, involving("122家"));
        assertEquals(Verdict.INCONSISTENT, f.verdict());
        assertEquals(0, f.tolerance(), 1e-12);
    }

    @Test
    void aTotalAfterItsPartsIsChecked() {
        String text = "新建5G基站甲区30个、乙区25个,合计56个。";
        CheckDocument d = new DocBuilder("t.txt", text).quantity("30个", 30, "个", "基站").quantity("25个", 25, "个", "基站")
                .quantity("56个", 56, "个", "基站").build();
        Finding f = one(check(d), FindingKind.SUM, involving("56个"));
        assertEquals(Verdict.INCONSISTENT, f.verdict(), f.message());
    }

    @Test
    void aNestedBreakdownIsNotPartOfTheOuterOne() {
        String text = "项目100个(产业项目60个(其中工业项目50个、服务业项目10个)、基础设施项目40个)。";
        CheckDocument d = new DocBuilder("t.txt", text).quantity("100个", 100, "个", "项目").quantity("60个", 60, "个", "产业项目")
                .quantity("50个", 50, "个", "工业项目").quantity("10个", 10, "个", "服务业项目").quantity("40个", 40, "个", "基础设施项目").build();
        List<Finding> fs = check(d);
        assertEquals(2, fs.size());
        assertEquals(Verdict.CONSISTENT, one(fs, FindingKind.SUM, f -> f.stated() == 100).verdict());
        assertEquals(3, one(fs, FindingKind.SUM, f -> f.stated() == 100).facts().size());
        assertEquals(Verdict.CONSISTENT, one(fs, FindingKind.SUM, f -> f.stated() == 60).verdict());
    }

    @Test
    void aSinglePartLargerThanItsTotalIsFlagged() {
        String text = "新增企业100家,其中高新技术企业130家。";
        CheckDocument d = new DocBuilder("t.txt", text).quantity("100家", 100, "家", "新增企业").quantity("130家", 130, "家", "高新技术企业").build();
        assertEquals(Verdict.INCONSISTENT, one(check(d), FindingKind.SUM, involving("100家")).verdict());
    }

    @Test
    void growthRatesAfterQiZhongAreNotParts() {
        String text = "全市工业投资增长33%。其中,高技术产业投资增长125.4%,工业技改投资增长97.6%。";
        CheckDocument d = new DocBuilder("t.txt", text).growth("33%", 33, "工业投资", null).growth("125.4%", 125.4, "高技术产业投资", null)
                .growth("97.6%", 97.6, "工业技改投资", null).build();
        assertTrue(Findings.of(check(d), FindingKind.SUM, f -> true).isEmpty());
    }

    @Test
    void aCommaEndsTheListAfterQiZhong() {
        String text = "新增铁路运营里程639公里、其中高铁370公里,新增高速公路2600公里、农村公路3000公里。";
        CheckDocument d = new DocBuilder("t.txt", text).quantity("639公里", 639, "公里", "新增铁路运营里程").quantity("370公里", 370, "公里", "高铁")
                .quantity("2600公里", 2600, "公里", "新增高速公路").quantity("3000公里", 3000, "公里", "农村公路").build();
        assertTrue(Findings.of(check(d), FindingKind.SUM, f -> true).isEmpty(), check(d).toString());
    }

    @Test
    void aRatePerUnitIsNeitherTotalNorPart() {
        String text = "食品抽检量超每千人6.6批次,其中开展食品抽检超5万批次。";
        CheckDocument d = new DocBuilder("t.txt", text).quantity("6.6批", 6.6, "批", "食品抽检量").quantity("5万批", 5e4, "批", "食品抽检").build();
        assertTrue(Findings.of(check(d), FindingKind.SUM, f -> true).isEmpty());
    }

    @Test
    void qiZhongInParenthesesMayNameOnlySomeParts() {
        String text = "认定企业100家(其中国家级20家、省级15家)。";
        CheckDocument d = new DocBuilder("t.txt", text).quantity("100家", 100, "家", "认定企业").quantity("20家", 20, "家", "国家级")
                .quantity("15家", 15, "家", "省级").build();
        assertEquals(Verdict.CANNOT_TELL, one(check(d), FindingKind.SUM, involving("100家")).verdict());
    }

    @Test
    void commaClausesAfterQiZhongNamedByNounsAloneAreParts() {
        String text = "2022年完成固定资产投资126.6亿元，同比增长15.4%，其中，县属投资108.4亿元，增长12.3%，临空园区18.2亿元，增长37.4%。";
        Finding f = one(SharesOnTextTest.check("t.txt", text), FindingKind.SUM, involving("126.6亿元"));
        assertEquals(Verdict.CONSISTENT, f.verdict());
        Finding bad = one(SharesOnTextTest.check("t.txt", text.replace("18.2亿元", "19.2亿元")), FindingKind.SUM, involving("126.6亿元"));
        assertEquals(Verdict.INCONSISTENT, bad.verdict());
    }

    @Test
    void aCommaClauseOpeningAStatementOfItsOwnIsNoPart() {
        // 新增 opens a statement: the 2600公里 of motorways are no part of the railway's 3000公里
        String text = "2022年全省新增铁路营业里程3000公里，其中高铁370公里，新增高速公路2600公里。";
        assertTrue(SharesOnTextTest.check("t.txt", text).stream().noneMatch(f -> f.kind() == FindingKind.SUM), "no sum");
    }
}

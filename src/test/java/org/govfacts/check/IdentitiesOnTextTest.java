package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.govfacts.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Accounting identities (check_identities.txt) between figures that nothing in the text links: sentences of
 * real releases (the Ministry of Finance's 2024 half-year release, 黑龙江's 2021, 贵州's 2022 and 云和's 2022 bulletins),
 * checked through the real pipeline as written and with a figure altered, and against figures that are no
 * terms of one identity (another year, a list under another total).
 */
class IdentitiesOnTextTest {
    private static final String FINANCE = """
            2024年上半年財政收支情況發佈
            財政部今天(22日)發佈上半年財政收支情況。
            數據顯示,上半年,全國一般公共預算收入115913億元,同比下降2.8%,扣除去年同期中小微企業緩稅入庫擡高基數、去年年中出臺的減稅政策翹尾減收等特殊因素影響後,可比增長1.5%左右。
            分中央和地方看,上半年,中央一般公共預算收入50011億元,同比下降7.2%;地方一般公共預算本級收入65902億元,同比增長0.9%。
            分稅收和非稅收入看,上半年,全國稅收收入94080億元,同比下降5.6%;非稅收入21833億元,同比增長11.7%。
            上半年,全國一般公共預算支出136571億元,同比增長2%。分中央和地方看,中央一般公共預算本級支出18267億元,同比增長9.6%;地方一般公共預算支出118304億元,同比增長0.9%。
            """;

    private static final String HEILONGJIANG = """
            2021年黑龙江省国民经济和社会发展统计公报
            发布日期:2022-03-18

            国民经济。初步核算,全年全省实现地区生产总值14879.2亿元,按可比价格计算,比上年增长6.1%。

            常住人口。据2021年5‰人口变动抽样调查显示,全省人口出生率为3.59‰,死亡率为8.70‰,人口自然增长率为-5.11‰。年末常住总人口3125.0万人,比上年减少46.0万人。其中,城镇人口2052.8万人,乡村人口1072.2万人。常住人口城镇化率为65.7%,比上年提高0.1个百分点。

            从三次产业看,第一产业增加值3463.0亿元,增长6.6%;第二产业增加值3975.3亿元,增长5.0%;第三产业增加值7440.9亿元,增长6.3%。
            """;

    /** The sums whose figures are exactly {@code texts}. */
    private static List<Finding> sumsOf(List<Finding> findings, String... texts) {
        Set<String> wanted = Set.of(texts);
        return findings.stream().filter(f -> f.kind() == FindingKind.SUM)
                .filter(f -> f.facts().stream().map(Fact::text).collect(Collectors.toSet()).equals(wanted)).toList();
    }

    private static Verdict verdict(List<Finding> findings, String... texts) {
        List<Finding> found = sumsOf(findings, texts);
        assertEquals(1, found.size(), () -> "one sum over " + List.of(texts) + " expected among " + findings);
        return found.get(0).verdict();
    }

    @Test
    void theNationalBudgetIsTaxPlusNonTaxAndCentralPlusLocalAcrossParagraphs() {
        List<Finding> found = SharesOnTextTest.check("finance.txt", FINANCE);
        assertEquals(Verdict.CONSISTENT, verdict(found, "115913億元", "94080億元", "21833億元"));
        assertEquals(Verdict.CONSISTENT, verdict(found, "115913億元", "50011億元", "65902億元"));
        assertEquals(Verdict.CONSISTENT, verdict(found, "136571億元", "18267億元", "118304億元"));

        List<Finding> altered = SharesOnTextTest.check("finance.txt", FINANCE.replace("65902億元", "56902億元"));
        assertEquals(Verdict.INCONSISTENT, verdict(altered, "115913億元", "50011億元", "56902億元"));
        assertEquals(Verdict.CONSISTENT, verdict(altered, "115913億元", "94080億元", "21833億元"));
        String reason = sumsOf(altered, "115913億元", "50011億元", "56902億元").get(0).message();
        // the reason quotes the identity it used (a budget's), not an example line of the file
        assertTrue(reason.contains("check_identities.txt: ") && reason.contains("一般公共预算收入") && !reason.contains("第一产业增加值"), reason);
    }

    @Test
    void theThreeSectorsMakeTheGdpStatedTwoParagraphsBefore() {
        List<Finding> found = SharesOnTextTest.check("hlj.txt", HEILONGJIANG);
        assertEquals(Verdict.CONSISTENT, verdict(found, "14879.2亿元", "3463.0亿元", "3975.3亿元", "7440.9亿元"));
        List<Finding> altered = SharesOnTextTest.check("hlj.txt", HEILONGJIANG.replace("7440.9亿元", "7404.9亿元"));
        assertEquals(Verdict.INCONSISTENT, verdict(altered, "14879.2亿元", "3463.0亿元", "3975.3亿元", "7404.9亿元"));
    }

    @Test
    void urbanAndRuralAreAllTheResidentsNotSomeOfThem() {
        // 其中 alone may name only some parts (2052.8 + 1027.2 is 98.6% of 3125.0): the identity says they are all
        List<Finding> found = SharesOnTextTest.check("hlj.txt", HEILONGJIANG);
        assertEquals(Verdict.CONSISTENT, verdict(found, "3125.0万人", "2052.8万人", "1072.2万人"));
        List<Finding> altered = SharesOnTextTest.check("hlj.txt", HEILONGJIANG.replace("1072.2万人", "1027.2万人"));
        assertEquals(Verdict.INCONSISTENT, verdict(altered, "3125.0万人", "2052.8万人", "1027.2万人"));
    }

    @Test
    void partsListedUnderAnotherTotalAreNoTermsOfThisOne() {
        // 城镇人口 and 乡村人口 split the 户籍人口 here, not the 常住人口 of the last sentence
        String text = "据公安部门户籍人口及其变动情况统计,年末全县户籍人口为112635人。其中,城镇人口54715人,乡村人口57920人;"
                + "男性人口57753人,女性人口54882人,男女性别比为105.23:100(女性为100)。全年全县出生人口为580人,死亡人口为939人。"
                + "据2022年全省5‰人口变动抽样调查推算,年末全县常住人口12.74万人,城镇化率为74.02%。";
        List<Finding> found = SharesOnTextTest.check("2022_云和县_统计公报.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.SUM && f.facts().stream().anyMatch(x -> x.text().equals("12.74万人"))),
                found.toString());
        // and stated apart, without 其中, the 户籍人口 beside them still keeps a failing identity unsaid
        String apart = "年末全县户籍人口为112635人。\n城镇人口54715人,乡村人口57920人。\n年末全县常住人口12.74万人,城镇化率为74.02%。";
        List<Finding> alone = SharesOnTextTest.check("2022_云和县_统计公报.txt", apart);
        assertTrue(alone.stream().noneMatch(f -> f.kind() == FindingKind.SUM && f.facts().stream().anyMatch(x -> x.text().equals("12.74万人"))),
                alone.toString());
    }

    @Test
    void aTotalOfAnotherYearIsNoWholeAndASumIsNotJudgedTwice() {
        // 云和's 2022 sectors with the 2021 total revised in the same paragraph: one sum, of the 2022 total, found by the
        // split by definition; the identity neither repeats it nor sets the 2021 total against the 2022 sectors
        String text = "初步核算,2022年,全县实现生产总值(GDP)951435万元,按可比价格计算,比上年下降4.1%。其中,第一产业增加值57116万元,增长2.7%;"
                + "第二产业增加值445964万元,下降11.7%;第三产业增加值448355万元,增长2.9%。\n"
                + "按照我国地区生产总值统一核算制度,最终计算2021年全县生产总值现价总量为972846万元,按可比价格计算,比上年增长9.6%。";
        List<Finding> found = SharesOnTextTest.check("2022_云和县_统计公报.txt", text);
        assertEquals(Verdict.CONSISTENT, verdict(found, "951435万元", "57116万元", "445964万元", "448355万元"));
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.SUM && f.facts().stream().anyMatch(x -> x.text().equals("972846万元"))),
                found.toString());
    }

    @Test
    void aPartLargerThanTheWholeIsOfAnotherScope() {
        // a work report's 税收收入 is often the tax collected in the place (全口径), central taxes included
        String text = "2023年,全市一般公共预算收入300.5亿元,增长6.2%。\n2023年,全市税收收入500.3亿元,增长4.1%。\n2023年,全市非税收入60.2亿元。";
        List<Finding> found = SharesOnTextTest.check("2024_洛阳市_政府工作报告.txt", text);
        assertTrue(sumsOf(found, "300.5亿元", "500.3亿元", "60.2亿元").isEmpty(), found.toString());
        List<Finding> fitting = SharesOnTextTest.check("2024_洛阳市_政府工作报告.txt", text.replace("500.3亿元", "240.3亿元"));
        assertEquals(Verdict.CONSISTENT, verdict(fitting, "300.5亿元", "240.3亿元", "60.2亿元"));
    }

    /** 贵州's 2022 bulletin: births and deaths with their rates per mille, then the population and a share in %. */
    private static final String GUIZHOU = """
            贵州省2022年国民经济和社会发展统计公报
            全年出生人口42.5万人,出生率为11.03‰;死亡人口28.2万人,死亡率为7.32‰;自然增长率为3.71‰。年末常住人口3856万人,其中城镇人口1997.03万人,乡村人口1858.97万人,常住人口城镇化率为51.79%。
            """;

    @Test
    void theBirthRateIsTheNaturalGrowthRatePlusTheDeathRate() {
        List<Finding> found = SharesOnTextTest.check("guizhou.txt", GUIZHOU);
        assertEquals(Verdict.CONSISTENT, verdict(found, "11.03‰", "7.32‰", "3.71‰"));
        List<Finding> altered = SharesOnTextTest.check("guizhou.txt", GUIZHOU.replace("3.71‰", "3.17‰"));
        Finding f = sumsOf(altered, "11.03‰", "7.32‰", "3.17‰").get(0);
        assertEquals(Verdict.INCONSISTENT, f.verdict());
        assertTrue(f.message().contains("‰"), f.message());
    }

    @Test
    void aNaturalGrowthRateBelowZeroIsAPartOfItsBirthRate() {
        // 3.59‰ = 8.70‰ + (-5.11‰): the death rate is larger than the birth rate, as it may be when the other part is negative
        List<Finding> found = SharesOnTextTest.check("hlj.txt", HEILONGJIANG);
        assertEquals(Verdict.CONSISTENT, verdict(found, "3.59‰", "8.70‰", "-5.11‰"));
        List<Finding> altered = SharesOnTextTest.check("hlj.txt", HEILONGJIANG.replace("8.70‰", "8.07‰"));
        assertEquals(Verdict.INCONSISTENT, verdict(altered, "3.59‰", "8.07‰", "-5.11‰"));
        // the small minus sign of some typesetting is a minus too
        List<Finding> small = SharesOnTextTest.check("hlj.txt", HEILONGJIANG.replace("-5.11‰", "﹣5.11‰"));
        assertEquals(Verdict.CONSISTENT, verdict(small, "3.59‰", "8.70‰", "﹣5.11‰"));
    }

    @Test
    void withNoPartBelowZeroAPartLargerThanTheWholeStillLeavesTheRatesUnchecked() {
        List<Finding> found = SharesOnTextTest.check("hlj.txt", HEILONGJIANG.replace("-5.11‰", "5.11‰"));
        assertTrue(sumsOf(found, "3.59‰", "8.70‰", "5.11‰").isEmpty(), found.toString());
    }

    @Test
    void aRatePerMilleIsComparedWithRatesPerMilleOnly() {
        // a birth rate written in % is no term of the identity of rates in ‰
        List<Finding> percent = SharesOnTextTest.check("guizhou.txt", GUIZHOU.replace("11.03‰", "11.03%"));
        assertTrue(sumsOf(percent, "11.03%", "7.32‰", "3.71‰").isEmpty(), percent.toString());
        // and no rate or share check reads 11.03‰ as 11.03% (42.5万 of 3856万 births is 1.1%, a share no check may compare)
        for (Finding f : SharesOnTextTest.check("guizhou.txt", GUIZHOU)) {
            boolean perMille = f.facts().stream().anyMatch(x -> x.text().contains("‰"));
            if (perMille) {
                assertEquals(FindingKind.SUM, f.kind(), f.toString());
                assertTrue(f.facts().stream().allMatch(x -> "‰".equals(x.unit())), f.toString());
            }
        }
    }

    @Test
    void aTermStatedWithTwoValuesLeavesTheIdentityUnchecked() {
        String text = HEILONGJIANG + "\n据核实,全年全省实现地区生产总值14897.2亿元。\n";
        List<Finding> found = SharesOnTextTest.check("hlj.txt", text);
        assertTrue(sumsOf(found, "14897.2亿元", "3463.0亿元", "3975.3亿元", "7440.9亿元").isEmpty(), found.toString());
        assertTrue(sumsOf(found, "14879.2亿元", "3463.0亿元", "3975.3亿元", "7440.9亿元").isEmpty(), found.toString());
    }
    @Test
    void partsListedUnderTheirWholeAreItsPartsWhateverOtherWholeTheReportNames() {
        // 四川 2022 bulletin news: 户籍人口 is another whole urban and rural residents could split, but the
        // 其中 right after 常住人口 says whose parts these are
        String text = "四川省2022年国民经济和社会发展统计公报\n年末全省户籍人口9067.5万人。"
                + "年末常住人口8374万人，比上年末增加2万人，其中城镇人口4886.2万人，乡村人口3487.8万人。\n";
        assertEquals(Verdict.CONSISTENT, verdict(SharesOnTextTest.check("sc.txt", text), "8374万人", "4886.2万人", "3487.8万人"));
        List<Finding> altered = SharesOnTextTest.check("sc.txt", text.replace("3487.8万人", "3478.8万人"));
        Finding wrong = sumsOf(altered, "8374万人", "4886.2万人", "3478.8万人").get(0);
        assertEquals(Verdict.INCONSISTENT, wrong.verdict(), wrong.message());
        // the reason names the identity it used, not another line of the file
        assertTrue(!wrong.message().contains("第一产业增加值"), wrong.message());
        // stated in sentences of their own, the parts could be of either whole: nothing is said
        String apart = text.replace("比上年末增加2万人，其中城镇人口", "比上年末增加2万人。城镇人口");
        assertTrue(sumsOf(SharesOnTextTest.check("sc.txt", apart.replace("3487.8万人", "3478.8万人")),
                "8374万人", "4886.2万人", "3478.8万人").isEmpty());
    }

    @Test
    void theDeputiesDueAreThosePresentAndThoseOnLeave() {
        // a people's congress opening: the law counts those present against those due (check_identities.txt)
        String text = "安徽省第十一届人民代表大会第一次会议2008年1月17日在合肥开幕。本次会议应到代表738人，实到代表730人，因事因病请假8人，符合法定人数。\n";
        assertEquals(Verdict.CONSISTENT, verdict(SharesOnTextTest.check("ah.txt", text), "738人", "730人", "8人"));
        assertEquals(Verdict.INCONSISTENT, verdict(SharesOnTextTest.check("ah.txt", text.replace("请假8人", "请假9人")), "738人", "730人", "9人"));
        String national = "十三届全国人大一次会议2018年3月5日在北京开幕。大会应到代表2980人，出席2965人，缺席15人，出席人数符合法定人数。\n";
        assertEquals(Verdict.CONSISTENT, verdict(SharesOnTextTest.check("npc.txt", national), "2980人", "2965人", "15人"));
    }
}

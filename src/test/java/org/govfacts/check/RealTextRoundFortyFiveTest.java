package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the sixty-fourth blind round: a death rate after the count of births and the parts of the
 * population, a structure that opens the paragraph after its parts, two counts of one clause, the money of projects
 * a clause before counts, a share after 其中 of the whole it splits, parts of a whole the sentence opens with, gaps
 * named by the word for a rate, and a list of rates whose gaps go in order.
 */
class RealTextRoundFortyFiveTest {
    private static final String VITAL = "全南县2020年国民经济和社会发展统计公报\n"
            + "年末全县户籍总人口194544人,其中城镇人口66502人,乡村人口128042人。全年出生人口2195人,出生率11.3‰,死亡人口2123人,死亡率%s‰。\n";

    @Test
    void aDeathRateIsOverTheWholePopulationPastTheBirthsAndTheParts() {
        List<Finding> found = check("2020_全南县_统计公报.txt", VITAL.replace("%s", "10.9"));
        assertTrue(of(found, FindingKind.RATE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("2123人").test(f)
                && involving("194544人").test(f)), found.toString());
        // a vital rate off its counts cannot tell: the average population it is over is not stated
        List<Finding> altered = check("2020_全南县_统计公报.txt", VITAL.replace("%s", "11.9"));
        assertTrue(of(altered, FindingKind.RATE, Verdict.CANNOT_TELL).stream().anyMatch(involving("11.9‰")), altered.toString());
    }

    private static final String NEXT_PARAGRAPH = "湘潭县2022年国民经济和社会发展统计公报\n"
            + "初步核算,全年地区生产总值572.6亿元,比上年增长4.4%。其中,第一产业增加值74.2亿元,增长3.6%;第二产业增加值308.1亿元,"
            + "增长5.1%;第三产业增加值190.3亿元,增长3.6%。\n"
            + "全县三次产业结构为13:53.8:%s。第一产业增加值占地区生产总值的比重比上年上升0.2个百分点。\n";

    @Test
    void aStructureOpeningTheNextParagraphIsOfTheSplitBefore() {
        // 190.3 / 572.6 = 33.23%: the bulletin's 33.6 is off, 33.2 agrees
        List<Finding> found = check("2022_湘潭县_统计公报.txt", NEXT_PARAGRAPH.replace("%s", "33.2"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(involving("572.6亿元")), found.toString());
        List<Finding> real = check("2022_湘潭县_统计公报.txt", NEXT_PARAGRAPH.replace("%s", "33.6"));
        assertTrue(of(real, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(involving("190.3亿元")), real.toString());
    }

    private static final String SECTORS = "前10月我市100个重点推进项目完成投资1015.19亿元\n"
            + "我市100个重点推进项目中,按照行业划分,工业项目35个,年度计划投资440.07亿元;服务业项目33个,年度计划投资246.35亿元,"
            + "其中江西国际五金机电科技城项目、蓝城五星级标准酒店项目等5个计划新开工项目已开工4个,开工率80%;"
            + "城市管理项目1个,年度计划投资8亿元,无计划新开工项目。民生实事项目1个,年度计划投资6亿元。\n";

    @Test
    void countsOfOneClauseAndTheMoneyOfCountedGroupsAreNoDuplicates() {
        List<Finding> found = check("2023_南昌市_重点项目.txt", SECTORS);
        // 5个…已开工4个: of the five, four; 8亿元 and 6亿元: the plans of two groups, each counted right before
        assertTrue(of(found, FindingKind.DUPLICATE, Verdict.INCONSISTENT).isEmpty(), found.toString());
        assertTrue(of(found, FindingKind.RATE, Verdict.CONSISTENT).stream().anyMatch(involving("80%")), found.toString());
    }

    private static final String AFTER_QIZHONG = "2021年安庆全市一般公共预算支出483亿元\n"
            + "据安庆市财政局数据显示,2021年全市一般公共预算收入156.1亿元,较上年增长10.2%;一般公共预算支出483亿元,"
            + "其中民生支出411.6亿元,占财政支出的%s,连续3年保持在85%以上。\n";

    @Test
    void aShareOfThePartNamedAfterQizhongIsOfTheWholeBefore() {
        // 财政支出 is the budget's spending said short (check_base_spellings.tsv)
        List<Finding> found = check("2021_安庆市_财政.txt", AFTER_QIZHONG.replace("%s", "85.2%"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("483亿元").test(f)
                && involving("411.6亿元").test(f)), found.toString());
        List<Finding> altered = check("2021_安庆市_财政.txt", AFTER_QIZHONG.replace("%s", "86.2%"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(involving("86.2%")), altered.toString());
    }

    private static final String UNNAMED_BASE = "北京市2024年一季度财政收支情况\n"
            + "1-3月,全市一般公共预算收入累计完成1789.2亿元,增长3.1%;完成年度预算的27.6%,超时间进度2.6个百分点。"
            + "其中:全市地方级税收收入完成%s亿元,增长1.6%,税收收入占比为81.4%,收入质量继续保持较高水平。\n";

    @Test
    void aShareThatNamesNoBaseAfterQizhongIsOfTheWholeQizhongSplits() {
        List<Finding> found = check("2024_北京市_财政收支.txt", UNNAMED_BASE.replace("%s", "1456.1"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("1789.2亿元").test(f)
                && involving("81.4%").test(f)), found.toString());
        List<Finding> altered = check("2024_北京市_财政收支.txt", UNNAMED_BASE.replace("%s", "1436.1"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(involving("1436.1亿元")), altered.toString());
    }

    private static final String WITHIN = "察右前旗2020年国民经济和社会发展统计公报\n"
            + "全年地区生产总值131.1亿元,增长2.1%。\n"
            + "全年民营经济增加值75.8亿元,同比增长4.59%,民营经济增加值占全县生产总值的比重达到57.85%。民营经济中,第一产业增加值5.8亿元,"
            + "增长6.7%,第二产业增加值37.3亿元,增长5.4%,第三产业增加值32.7亿元,增长2.8%。\n";

    @Test
    void partsOfAWholeTheSentenceOpensWithAreNotTheProducts() {
        List<Finding> found = check("2020_察右前旗_统计公报.txt", WITHIN);
        assertTrue(of(found, FindingKind.SUM, Verdict.INCONSISTENT).isEmpty(), found.toString());
    }

    private static final String GAPS = "鄂尔多斯市2021年1-9月工业经济运行情况\n"
            + "2021年1-9月,鄂尔多斯市的476户规模以上工业增加值增长7.8%,较2019年同期下降4.6%,两年平均下降2.3%。\n"
            + "五、民营企业贡献突出\n"
            + "1-9月,民营规模以上工业增加值同比增长12.7%,占全部规模以上工业增加值的45.9%,增速高于全部规上工业增速%s个百分点。"
            + "全市规上工业中原材料制造业增加值同比增长30%,拉动规模以上工业增长2.1个百分点,增速高于全市规上工业22.2个百分点。\n";

    @Test
    void aGapNamedByTheWordForARateIsFromThatRate() {
        // the benchmark is the year-on-year 7.8%, not the change on 2019 (较2019年同期下降4.6%)
        List<Finding> found = check("2021_鄂尔多斯市_工业.txt", GAPS.replace("%s", "4.9"));
        List<Finding> agree = of(found, FindingKind.GAP, Verdict.CONSISTENT);
        assertTrue(agree.stream().anyMatch(f -> involving("12.7%").test(f) && involving("7.8%").test(f)), found.toString());
        assertTrue(agree.stream().anyMatch(f -> involving("30%").test(f) && involving("22.2个百分点").test(f)), found.toString());
        List<Finding> altered = check("2021_鄂尔多斯市_工业.txt", GAPS.replace("%s", "5.9"));
        assertTrue(of(altered, FindingKind.GAP, Verdict.INCONSISTENT).stream().anyMatch(involving("5.9个百分点")), altered.toString());
    }

    private static final String LISTED = "青海省2018年上半年经济运行情况\n"
            + "上半年,规模以上工业高技术制造业和装备制造业增加值同比分别增长29.1%和21.7%,分别快于规模以上工业增速20.5和13.1个百分点。\n";

    @Test
    void aRateOfTheListIsNoBenchmarkOfTheOthers() {
        List<Finding> found = check("2018_青海省_经济运行.txt", LISTED);
        assertTrue(of(found, FindingKind.GAP, Verdict.INCONSISTENT).isEmpty(), found.toString());
        // with the industry's own rate stated, each gap is from it
        List<Finding> stated = check("2018_青海省_经济运行.txt", LISTED.replace("\n上半年,规模", "\n上半年,全省规模以上工业增加值同比增长8.6%。\n上半年,规模"));
        List<Finding> agree = of(stated, FindingKind.GAP, Verdict.CONSISTENT);
        assertTrue(agree.stream().anyMatch(f -> involving("29.1%").test(f) && involving("8.6%").test(f)), stated.toString());
        assertTrue(agree.stream().anyMatch(f -> involving("21.7%").test(f) && involving("8.6%").test(f)), stated.toString());
    }
}

package org.govfacts.check;

import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.RealTextRoundTwentyEightTest.check;
import static org.govfacts.check.RealTextRoundTwentyEightTest.of;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real-text wordings of the seventy-sixth blind round: a whole's growth against its parts' growths with no levels to
 * weigh them (工农业总产值 and its 农业, 工业 of a 1950s chronicle), and a yearly average spelled 平均年递增.
 */
class RealTextRoundFiftySevenTest {

    private static final String CHRONICLE = "第四节 计划执行\n1952年,全区工农业总产值比1949年增长%s%%,平均年递增 %s%%。其中:农业总产值增长40.9%%,"
            + "比年计划多完成43%%;工业总产值增长1.7倍,比年计划多完成18%%。\n";

    @Test
    void aWholesGrowthLiesBetweenItsPartsGrowths() {
        List<Finding> altered = check("1952_黑龙江_志.txt", CHRONICLE.formatted("30.4", "9.5"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("30.4%").test(f)
                && involving("40.9%").test(f) && involving("1.7倍").test(f)), altered.toString());
        // between its parts' growths the whole's says nothing of their shares: no finding either way
        List<Finding> found = check("1952_黑龙江_志.txt", CHRONICLE.formatted("104.4", "26.9"));
        assertTrue(found.stream().noneMatch(f -> involving("104.4%").test(f) && involving("40.9%").test(f)), found.toString());
        assertTrue(of(found, FindingKind.GROWTH, Verdict.INCONSISTENT).isEmpty(), found.toString());
    }

    @Test
    void aPartsGrowthOnAnotherBaseBoundsNothing() {
        // the parts' growths are on the year before, the whole's on 1949: no weighted average of the one makes the other
        String text = "1952年概况\n1952年,全区工农业总产值比1949年增长30.4%。其中:农业总产值比上年增长40.9%;工业总产值比上年增长1.7倍。\n";
        List<Finding> found = check("1952_某区_概况.txt", text);
        assertTrue(found.stream().noneMatch(f -> involving("30.4%").test(f) && involving("40.9%").test(f)), found.toString());
    }

    @Test
    void aYearlyAverageSpelledWithTheAdjectiveFirstIsChecked() {
        List<Finding> altered = check("1952_黑龙江_志.txt", CHRONICLE.formatted("30.4", "9.5"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("30.4%").test(f)
                && involving("9.5%").test(f)), altered.toString());
    }

    @Test
    void aWholesGrowthUnderAHeadingIsTheParagraphsHeadline() {
        // the growths of another classification stand between the whole and the heading's parts
        String text = "2011年上半年国民经济运行情况\n上半年，全国规模以上工业增加值同比增长%s%%。分登记注册类型看，国有及国有控股企业同比增长10.7%%；"
                + "集体企业增长9.6%%。分轻重工业看，重工业同比增长14.7%%，轻工业增长13.1%%。\n";
        List<Finding> found = check("2011_全国_上半年.txt", text.formatted("14.3"));
        assertTrue(of(found, FindingKind.GROWTH, Verdict.INCONSISTENT).isEmpty(), found.toString());
        List<Finding> altered = check("2011_全国_上半年.txt", text.formatted("15.3"));
        assertTrue(of(altered, FindingKind.GROWTH, Verdict.INCONSISTENT).stream().anyMatch(f -> involving("15.3%").test(f)
                && involving("14.7%").test(f)), altered.toString());
    }

    @Test
    void aShareOfExportsIsNotAShareOfImportsAndExports() {
        // 出口总值 stands inside 进出口总值: the two known indicators are told apart by name
        // 中新社, 2015-12-08, as stored (traditional, with the page's pinyin glosses)
        String text = "中新社北京12月8日電 (記者 李曉喻)中國(guó)海關(guān)總署8日發(fā)布的數(shù)據(jù)顯示,中國(guó)進(jìn)口疲態(tài)在11月繼續(xù)好轉(zhuǎn),當(dāng)月進(jìn)口9100億元(人民幣,下同),下降5.6%%(同比,下同);出口1.25萬(wàn)億元,下降3.7%%;貿(mào)易順差3431億元,擴(kuò)大2%%。\n與9月、10月中國(guó)進(jìn)口高達(dá)兩位數(shù)的降幅相比,11月進(jìn)口顯著改善,表明內(nèi)需有所回暖;但出口降幅較10月擴(kuò)大0.1個(gè)百分點(diǎn),顯示外需仍然不足。\n2015年前11個(gè)月,中國(guó)進(jìn)出口總值22.08萬(wàn)億元,下降7.8%%。其中,出口12.71萬(wàn)億元,下降2.2%%;進(jìn)口9.37萬(wàn)億元,下降14.4%%;貿(mào)易順差3.34萬(wàn)億元,擴(kuò)大63%%。\n分國(guó)別來(lái)看,前11個(gè)月中國(guó)對(duì)美國(guó)、東盟出口分別實(shí)現(xiàn)了5%%和3.7%%的增長(zhǎng),對(duì)歐盟、日本出口分別下降3.9%%和8.9%%;自主要貿(mào)易伙伴進(jìn)口均呈下降態(tài)勢(shì)。\n分產(chǎn)品類(lèi)別來(lái)看,同期機(jī)電產(chǎn)品出口增長(zhǎng),紡織服裝等傳統(tǒng)勞動(dòng)密集型產(chǎn)品有所下降,意味著中國(guó)出口產(chǎn)品結(jié)構(gòu)持續(xù)優(yōu)化。前11個(gè)月,中國(guó)機(jī)電產(chǎn)品出口7.32萬(wàn)億元,增長(zhǎng)1%%,占出口總值的%s%%。其中,電器及電子產(chǎn)品出口3.3萬(wàn)億元,增長(zhǎng)5.2%%。\n";
        List<Finding> found = check("2015_全国_海关.txt", text.formatted("57.6"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("12.71萬(wàn)億元").test(f)
                && involving("57.6%").test(f)), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT && involving("22.08萬(wàn)億元").test(f)), found.toString());
        List<Finding> altered = check("2015_全国_海关.txt", text.formatted("52.6"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(involving("52.6%")), altered.toString());
    }

    private static final String RELOCATION = "黔西南州易地扶贫搬迁\n黔西南州2018年度项目计划实施易地扶贫搬迁156297人。年初以来，在完成2016年、2017年总共182209人"
            + "搬迁入住任务的基础上，工作取得了阶段性的成效。截至5月30日，累计完成搬迁入住127551人，占任务数的82%%。剩余%s人预计在今年6月底前可以完成搬迁入住。\n";

    @Test
    void aSplitIsOfTheTotalItsPartsMakeNotOfANearerLargerFigure() {
        List<Finding> found = check("2019_黔西南州_搬迁.txt", RELOCATION.formatted("28746"));
        assertTrue(of(found, FindingKind.SPLIT, Verdict.CONSISTENT).stream().anyMatch(involving("156297人")), found.toString());
        assertTrue(of(found, FindingKind.SPLIT, Verdict.INCONSISTENT).isEmpty(), found.toString());
        List<Finding> altered = check("2019_黔西南州_搬迁.txt", RELOCATION.formatted("27746"));
        assertTrue(of(altered, FindingKind.SPLIT, Verdict.INCONSISTENT).stream().anyMatch(involving("27746人")), altered.toString());
    }

    @Test
    void aResultAboveItsGoalTaskByAGapMetIt() {
        // 甘孜日报, 2019-01-08: 超目标任务 names the goal as 目标任务
        String text = "甘孜日报 2019年01月08日\n预计全年实现地区生产总值293.08亿元,同比增长9%,超目标任务1.5个百分点;全社会固定资产投资438亿元,"
                + "同口径同比增长13%,超目标任务5个百分点。\n";
        List<Finding> found = check("2019_甘孜州_报道.txt", text);
        assertTrue(of(found, FindingKind.TARGET, Verdict.MET).stream().anyMatch(f -> involving("9%").test(f) && involving("1.5个百分点").test(f)),
                found.toString());
        assertTrue(of(found, FindingKind.TARGET, Verdict.MET).stream().anyMatch(involving("5个百分点")), found.toString());
    }

    private static final String PROVINCES = "楚雄州经济发展比较\n从省、市、县三级来看，1978年江苏省GDP为249.24亿元，云南省是69.05亿元，前者是后者的%s倍。\n";

    @Test
    void aRatioOfTheFormerToTheLatterIsOfTheTwoFiguresBeforeIt() {
        List<Finding> found = check("2017_楚雄州_评论.txt", PROVINCES.formatted("3.61"));
        assertTrue(of(found, FindingKind.SHARE, Verdict.CONSISTENT).stream().anyMatch(f -> involving("249.24亿元").test(f)
                && involving("69.05亿元").test(f)), found.toString());
        List<Finding> altered = check("2017_楚雄州_评论.txt", PROVINCES.formatted("3.16"));
        assertTrue(of(altered, FindingKind.SHARE, Verdict.INCONSISTENT).stream().anyMatch(involving("3.16倍")), altered.toString());
    }

    @Test
    void aHalfYearAboveTheYearsGoalSettlesNothing() {
        // 重庆, 2024年上半年: a result of part of the year against the whole year's goal
        String text = "2024年上半年重庆经济运行情况\n1—6月，全市地区生产总值同比增长6.1%，高于全国平均水平1.1个百分点、居全国第2位、"
                + "高于全年目标任务0.1个百分点。\n";
        List<Finding> found = check("2024_重庆市_上半年.txt", text);
        assertTrue(of(found, FindingKind.TARGET, Verdict.CANNOT_TELL).stream().anyMatch(involving("0.1个百分点")), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.verdict() == Verdict.MET || f.verdict() == Verdict.MISSED), found.toString());
    }
}

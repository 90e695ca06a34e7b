package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Budget-execution and report wording that raised false alarms in the ninth blind key and in unaltered
 * real reports: a budget named as a share's base is no level, the total a 其中 list follows is the one
 * called a total, and the start of a change (由上年的40.9%提高到…) is no share of this year's figures.
 */
class BudgetTextOnTextTest {
    private static List<Finding> check(String name, String text) {
        return SharesOnTextTest.check(name, text);
    }

    private static boolean noneInconsistent(List<Finding> found) {
        return found.stream().noneMatch(f -> f.verdict() == Verdict.INCONSISTENT); // every finding, not only the inconsistent ones, is asserted on below
    }

    @Test
    void theBudgetASharesIsOfIsNotTheLevelThatFell() {
        List<Finding> found = check("2024_大姚县_预算执行.txt", "大姚县2024年1-4月财政预算执行情况\n"
                + "4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元，下降4.2%。\n");
        assertTrue(noneInconsistent(found), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.GROWTH && f.verdict() == Verdict.CONSISTENT), found.toString());
    }

    @Test
    void aListAfterItsSentenceIsOfTheFigureCalledATotal() {
        List<Finding> found = check("2021_延边州_预算执行.txt", "延边州2020年预算执行情况\n"
                + "地方级财政收入加上一般债务收入、上级转移支付收入、上年结余收入等378.9亿元，收入总计437.6亿元。"
                + "其中：地方级财政收入58.7亿元，占13.4%；上级转移支付收入278.3亿元，占63.6%；一般债务收入67.4亿元，占15.4%；"
                + "上年结余收入33.2亿元，占7.6%。\n");
        assertTrue(noneInconsistent(found), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.SUM && f.verdict() == Verdict.CONSISTENT), found.toString());
    }

    @Test
    void theShareAChangeStartsFromIsLastYears() {
        List<Finding> found = check("1999_济南市_政府工作报告.txt", "济南市政府工作报告\n"
                + "1998年，第三产业增加值达到345.5亿元，增长16.2%，占国内生产总值的比重由上年的40.9%提高到42.1%。全市实现国内生产总值821.1亿元。\n");
        assertTrue(noneInconsistent(found), found.toString());
    }

    @Test
    void aLevelFromOneEndOfThePeriodToTheOtherGivesItsYearlyAverage() {
        String text = "迪庆州政府工作报告\n五年来，社会消费品零售总额由21亿元增加到41.5亿元，年均增长14.6%。\n";
        List<Finding> found = check("2016_迪庆藏族自治州_政府工作报告.txt", text);
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.GROWTH && f.verdict() == Verdict.CONSISTENT), found.toString());
        List<Finding> altered = check("2016_迪庆藏族自治州_政府工作报告.txt", text.replace("年均增长14.6%", "年均增长16.4%"));
        assertTrue(altered.stream().anyMatch(f -> f.kind() == FindingKind.GROWTH && f.verdict() == Verdict.INCONSISTENT), altered.toString());
    }

    @Test
    void aChangeAndARateOfOppositeDirectionsAreNotCalledAWrongFigure() {
        // a changed digit cannot turn 增收 into 下降: one of the two words was misread (or the text contradicts itself
        // in words), which is no misstated figure, so the check says it cannot tell
        List<Finding> found = check("2024_大姚县_预算执行.txt", "大姚县财政收支情况\n4月，一般公共预算收入累计完成24627万元，比上年增收1070万元，下降4.2%。\n");
        assertTrue(noneInconsistent(found), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.GROWTH && f.verdict() == Verdict.CANNOT_TELL), found.toString());
    }

    @Test
    void aLevelFromANamedYearToTheEndOfThePeriodGivesItsYearlyAverage() {
        String text = "江西省政府工作报告\n(2006年2月8日)\n过去的五年，财政总收入由2000年的171.7亿元增加到425.7亿元，年均增长19.9%。\n";
        List<Finding> found = check("2006_江西省_政府工作报告.txt", text);
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.GROWTH && f.verdict() == Verdict.CONSISTENT), found.toString());
        // current-price levels against a real (可比价) average are not compared
        List<Finding> real = check("2006_江西省_政府工作报告.txt", "江西省政府工作报告\n(2006年2月8日)\n"
                + "全省生产总值由2000年的2003亿元增加到2005年的4070亿元，按可比价格计算，年均增长11.6%。\n");
        assertTrue(real.stream().noneMatch(f -> f.kind() == FindingKind.GROWTH), real.toString());
    }

    @Test
    void otherNamedWithACategoryIsNoRemainingPart() {
        List<Finding> found = check("2019_广东省_交通投资.txt", "广东省交通基础设施建设情况\n2019年1-10月，港口项目完成投资71.0亿元，为年计划的101.4%。"
                + "航道项目完成投资12.6亿元，为年计划的125.6%。公路客货站场项目及其他完成投资44.1亿元，为年计划的73.6%。\n");
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.SPLIT), found.toString());
    }

    @Test
    void partsWordedInParallelAfterQizhongSplitTheTotalWordedLikeThem() {
        String text = "2006年中央和地方预算执行情况\n2006年，全国财政收入39343.62亿元，比2005年增加7694.33亿元，增长24.3%，比预算超收3920.24亿元。"
                + "其中，中央财政本级收入超收2542.47亿元，地方财政本级收入超收1377.77亿元。\n";
        List<Finding> found = check("2006_全国_预算执行.txt", text);
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.SUM && f.verdict() == Verdict.CONSISTENT), found.toString());
        List<Finding> altered = check("2006_全国_预算执行.txt", text.replace("2542.47", "2524.47"));
        assertTrue(altered.stream().anyMatch(f -> f.kind() == FindingKind.SUM && f.verdict() == Verdict.INCONSISTENT), altered.toString());
        // a comma after 其中 that starts a new statement is no list of parts
        List<Finding> other = check("2024_某省_交通.txt", "某省交通建设情况\n2024年，全省新增铁路运营里程500公里。其中高铁370公里，新增高速公路2600公里。\n");
        assertTrue(other.stream().noneMatch(f -> f.kind() == FindingKind.SUM), other.toString());
    }

    @Test
    void aCompletionOfTheBudgetIsOfTheItemsOwnBudgetNotAnotherItemsResult() {
        // 完成年初预算的31.58% is the outturn over that item's budget (19万元 approved), never over the item
        // stated just before that happens to say 预算, nor over a change (同比增加35095万元) said elsewhere
        String text = "某县2023年财政决算报告\n"
                + "经县人民代表大会批准，全县2023年度预算为：一般公共预算收入60,000万元，支出373,660万元；国有资本经营预算收入200万元，支出19万元。\n"
                + "地方一般公共预算收入67,439万元，完成年初预算的112.4%。地方政府性基金预算支出27,118万元，完成年初预算的108.26%。"
                + "地方国有资本经营预算支出完成6万元，完成年初预算的31.58%。\n"
                + "全县一般公共预算转移性收入321555万元，完成预算的118.98%，同比增加35095万元。\n";
        List<Finding> found = check("2024_汝阳县_财政决算.txt", text);
        assertTrue(noneInconsistent(found), found.toString());
        // the budget approved for the year is its goal, and the outturn meets it
        assertTrue(found.stream().anyMatch(f -> f.kind() == FindingKind.TARGET && f.verdict() == Verdict.MET), found.toString());
    }

    @Test
    void aBudgetFollowedByWhatWasActuallyDoneIsJudgedAgainstIt() {
        // the figure named a budget (…收入预算调整302001万元) is the goal, the bare 实际完成 after it the result, of the same year
        String text = "某区2019年财政决算报告\n经区人大常委会批准，2019年一般公共预算收入预算调整302001万元，实际完成306390万元，为调整预算的101.5%；"
                + "一般公共预算支出预算调整443775万元，实际完成434450万元，为调整预算的97.9%。\n";
        List<Finding> found = check("2020_中原区_财政决算.txt", text).stream().filter(f -> f.kind() == FindingKind.TARGET).toList();
        assertTrue(found.stream().anyMatch(f -> f.verdict() == Verdict.MET && f.facts().get(1).text().equals("306390万元")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.verdict() == Verdict.MISSED && f.facts().get(1).text().equals("434450万元")), found.toString());
        // a figure after the goal that names a thing of its own (税收收入) is no result of it
        List<Finding> other = check("2020_中原区_财政决算.txt", text.replace("实际完成306390万元", "税收收入完成306390万元"))
                .stream().filter(f -> f.kind() == FindingKind.TARGET).toList();
        assertTrue(other.stream().noneMatch(f -> f.facts().get(1).text().equals("306390万元")), other.toString());
    }

    @Test
    void aBudgetAndAnOutturnAHundredfoldApartAreNoTargetMissed() {
        // the outturn written 元 for 万元: a unit slip, not a budget missed by 99.9%; against the right unit it is judged
        String text = "宜良县2022年预算执行情况\n县人大批准的年初预算为：一般公共预算收入76138万元。\n"
                + "2022年，全县一般公共预算收入88435元，较上年增长19.7%。\n";
        List<Finding> found = check("2023_宜良县_预算执行.txt", text);
        assertTrue(found.stream().noneMatch(f -> f.kind() == FindingKind.TARGET && f.verdict() == Verdict.MISSED), found.toString());
        List<Finding> right = check("2023_宜良县_预算执行.txt", text.replace("88435元", "88435万元"));
        assertTrue(right.stream().anyMatch(f -> f.kind() == FindingKind.TARGET && f.verdict() == Verdict.MET), right.toString());
    }
}

package org.govfacts.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.govfacts.testdata.OnText.at;

import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.testdata.OnText;
import org.junit.jupiter.api.Test;

/** A streak (连续6年增产) says how long a state lasted: it dates no figure of another clause. */
class StreakPeriodTest {
    private static List<Fact> facts(String text) {
        return OnText.facts("report.txt", text);
    }

    private static final String HEAD = "政府工作报告\n2010年3月5日在第十一届全国人民代表大会第三次会议上\n一、2009年工作回顾\n";

    @Test
    void aFigureAfterTheStreaksClauseTakesThePeriodBeforeIt() {
        List<Fact> f = facts(HEAD + "2009年，国内生产总值33.5万亿元，比上年增长8.7%；粮食产量5.31亿吨，连续6年增产；城镇新增就业1102万人，"
                + "城镇居民人均可支配收入17175元。\n");
        assertEquals("2009", at(f, "1102万人").periodNorm());
        assertEquals("2009年", at(f, "17175元").period());
    }

    @Test
    void aLaterSentenceOfTheParagraphIsNotDatedByTheStreak() {
        List<Fact> f = facts(HEAD + "——综合实力大幅提升。初步统计，2010年全省生产总值27100亿元。服务业增速连续五年高于生产总值增幅，"
                + "装备制造业增加值占规模以上工业比重提高到35%。社会消费品零售总额达到10163亿元。\n");
        assertEquals("2010年", at(f, "35%").period());
        assertEquals("2010年", at(f, "10163亿元").period());
    }

    @Test
    void theStreaksOwnClauseKeepsIt() {
        List<Fact> f = facts(HEAD + "粮食产量连续6年超过5亿吨。\n");
        assertEquals("连续6年", at(f, "超过5亿吨").period());
        assertNull(at(f, "超过5亿吨").periodNorm()); // six years that end when the words do not say
    }

    @Test
    void aLineThatOpensWithAStreakGovernsNoLineAfterIt() {
        // a report's graphic, one line a figure: the streak of the first line is no period of the lines below
        List<Fact> f = OnText.facts("2024年某市政府工作报告.txt", "2024年某市政府工作报告\n粮食产量连续9年稳定在1050万吨以上\n"
                + "新能源汽车产量达到50万辆\n地区生产总值预期目标增长6%左右\n");
        assertEquals("2024", at(f, "6%左右").periodNorm());
        assertEquals("2024", at(f, "50万辆").periodNorm());
    }
}

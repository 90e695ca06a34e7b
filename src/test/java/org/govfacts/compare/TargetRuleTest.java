package org.govfacts.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.govfacts.compare.TargetRule.Direction;
import org.govfacts.compare.TargetRule.Outcome;
import org.govfacts.fact.Qualifier;
import org.junit.jupiter.api.Test;

class TargetRuleTest {
    private static Outcome judge(double target, Double max, Qualifier q, double half, double result, double resultHalf, Direction d) {
        return TargetRule.judge(target, max, q, half, result, resultHalf, null, d).outcome();
    }

    @Test
    void anAboutTargetIsReachedByAResultAtItOrBetter() {
        assertEquals(Outcome.MET, judge(5, null, Qualifier.ABOUT, 0.5, 5.0, 0.05, Direction.HIGHER_IS_BETTER), "2024: 5%左右, 5.0%");
        assertEquals(Outcome.MISSED, judge(5.5, null, Qualifier.ABOUT, 0.05, 3, 0.5, Direction.HIGHER_IS_BETTER), "2022: 5.5%左右, 3%");
        assertEquals(Outcome.MET, judge(6.5, null, Qualifier.ABOUT, 0.05, 6.6, 0.05, Direction.HIGHER_IS_BETTER), "2018: 6.5%左右, 6.6%");
        assertEquals(Outcome.MISSED, judge(5, null, Qualifier.ABOUT, 0.5, 4.8, 0.05, Direction.HIGHER_IS_BETTER));
        assertEquals(Outcome.MET, judge(3, null, Qualifier.ABOUT, 0.5, 0.2, 0.05, Direction.LOWER_IS_BETTER), "a CPI ceiling of 3%左右, 0.2%");
        assertEquals(Outcome.MISSED, judge(3, null, Qualifier.ABOUT, 0.5, 3.5, 0.05, Direction.LOWER_IS_BETTER));
    }

    @Test
    void boundsRangesAndDirections() {
        assertEquals(Outcome.MET, judge(1100e4, null, Qualifier.MORE_THAN, 0, 1361e4, 0, Direction.HIGHER_IS_BETTER), "1100万人以上, 1361万人");
        assertEquals(Outcome.MISSED, judge(1100e4, null, Qualifier.MORE_THAN, 0, 1000e4, 0, Direction.HIGHER_IS_BETTER));
        assertEquals(Outcome.MET, judge(6, 6.5, null, 0.05, 6.1, 0.05, Direction.HIGHER_IS_BETTER), "6%－6.5%, 6.1%");
        assertEquals(Outcome.MISSED, judge(6, 6.5, null, 0.05, 5.6, 0.05, Direction.HIGHER_IS_BETTER));
        assertEquals(Outcome.MET, judge(5.5, null, Qualifier.LESS_THAN, 0.05, 5.1, 0.05, Direction.LOWER_IS_BETTER), "失业率5.5%以内");
        assertEquals(Outcome.CANNOT_TELL, judge(5, null, Qualifier.ABOUT, 0.5, 7, 0.5, Direction.UNKNOWN));
        TargetRule rule = new TargetRule(List.of("居民消费价格", "失业率"));
        assertEquals(Direction.LOWER_IS_BETTER, rule.direction("居民消费价格涨幅", Qualifier.ABOUT));
        assertEquals(Direction.HIGHER_IS_BETTER, rule.direction("国内生产总值", Qualifier.ABOUT));
        assertEquals(Direction.LOWER_IS_BETTER, rule.direction("国内生产总值", Qualifier.LESS_THAN));
    }
}

package org.govfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PanelScorerTest {
    private static PanelScorer.KeyCell key(double value, boolean optional) {
        return new PanelScorer.KeyCell("d", "地区生产总值", "growth", "河南省", "2024", "actual", value, optional, "x", 0);
    }

    private static PanelScorer.Predicted pred(double value, String period) {
        return new PanelScorer.Predicted("d", "地区生产总值", "growth", "河南省", period, "actual", value, "x", 10, 14);
    }

    @Test
    void aCellMatchesOnEveryFieldAndAValueWithinATenthOfAPercent() {
        var r = PanelScorer.score(List.of(key(5.1, false), key(100000, false)),
                List.of(pred(5.1, "2024"), pred(100050, "2024"), pred(5.1, "2023")), List.of());
        assertEquals(2, r.found());
        assertEquals(2, r.correct());
        assertEquals(3, r.predicted());
        assertEquals(1.0, r.recall());
        assertEquals(2.0 / 3, r.precision(), 1e-12);
    }

    @Test
    void optionalCellsAreNeitherMissedNorFalse() {
        var r = PanelScorer.score(List.of(key(5.1, false), key(5.0, true), key(6.0, true)),
                List.of(pred(5.0, "2024"), pred(5.2, "2024")), List.of(new PanelScorer.Negative("d", 12, 13, "y", "why")));
        assertEquals(1, r.keyCells());
        assertEquals(0, r.found());
        assertEquals(1, r.correct());
        assertEquals(2, r.onNegatives().size());
    }

    @Test
    void aMissedCellIsExplainedByTheFactAtItsTextAndTheFieldsThatDiffer() {
        org.govfacts.lexicon.Lexicon lexicon = org.govfacts.lexicon.Lexicon.at(java.nio.file.Path.of("dictionaries"));
        var matcher = org.govfacts.panel.IndicatorMatcher.of(lexicon);
        var cell = new PanelScorer.KeyCell("d", "地区生产总值", "growth", "河南省", "2023", "actual", 4.1, false, "增长4.1%", 10);
        var fact = new org.govfacts.fact.Fact("d", org.govfacts.fact.FactType.GROWTH, 12, 16, "4.1%", 4.1, "%", null,
                org.govfacts.fact.Basis.YOY, null, null, null, null, "全省生产总值", "全年", null, "全省生产总值增长4.1%。", 4,
                "全省生产总值增长4.1%。", null, "2024", org.govfacts.fact.Status.TARGET, "河南省");
        assertEquals("«4.1%» period=2024 (全年) status=target", PanelScorer.explain(cell, List.of(fact), matcher));
        assertEquals("no fact extracted there", PanelScorer.explain(cell, List.of(), matcher));
    }
}

package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyScorerAndHtmlTest {
    private static CheckDocument breakdown(String doc, String part) {
        String text = "全县户籍总人口83.30万人。其中，城镇人口21.73万人，增长1%；乡村人口" + part + "万人，下降1%。";
        return new DocBuilder(doc, text).region("某县").norm(null, "2021").quantity("83.30万人", 83.30e4, "人", "户籍总人口")
                .quantity("21.73万人", 21.73e4, "人", "城镇人口").quantity(part + "万人", Double.parseDouble(part) * 1e4, "人", "乡村人口").build();
    }

    @Test
    void findingsMatchRelationsByOverlappingSpansAndAlteredCopiesAreCheckedInPlaceOfTheirSource() {
        CheckDocument original = breakdown("c.txt", "61.56");
        CheckDocument altered = breakdown("c_alt1.txt", "91.56");
        assertEquals("c.txt", KeyScorer.sourceOf("c_alt1.txt"));
        List<Finding> findings = new KeyScorer(Findings.CHECKER).findings(List.of(original, altered));
        assertTrue(findings.stream().noneMatch(f -> f.kind() == FindingKind.CROSS_DOCUMENT), "a copy is never compared with its own source");
        String text = original.originalText();
        int total = text.indexOf("83.30万人");
        int rural = text.indexOf("乡村人口") + 4;
        KeyScorer.Relation good = new KeyScorer.Relation("r1", List.of("c.txt"), "sum", "consistent",
                List.of(new KeyScorer.Span("c.txt", total, total + 7), new KeyScorer.Span("c.txt", rural, rural + 7)), "");
        KeyScorer.Relation bad = new KeyScorer.Relation("r2", List.of("c_alt1.txt"), "sum", "inconsistent",
                List.of(new KeyScorer.Span("c_alt1.txt", total, total + 7), new KeyScorer.Span("c_alt1.txt", rural, rural + 7)), "");
        KeyScorer.Score s = KeyScorer.score(List.of(good, bad), findings, 2);
        assertEquals(1, s.consistentFound(), s.format());
        assertEquals(1, s.inconsistentFound(), s.format());
        assertEquals(1.0, s.inconsistentPrecision(), 1e-9, s.format());
    }

    @Test
    void aCopysFindingsOnTextItsAlterationLeftAsItWasAreCountedOnceOnItsSource() {
        // the source holds a real error (21.73 + 61.46 is not 83.30); the copy alters a later sentence only
        String source = "全县户籍总人口83.30万人。其中，城镇人口21.73万人，增长1%；乡村人口61.46万人，下降1%。全县生产总值120亿元。";
        String copy = source.replace("120亿元", "150亿元");
        assertEquals(List.of(source.indexOf("120") + 1, source.indexOf("120") + 2),
                java.util.Arrays.stream(KeyScorer.alteredRange(source, copy)).boxed().toList(), "only the digit that differs");
        CheckDocument original = people("d.txt", source);
        CheckDocument altered = people("d_alt1.txt", copy);
        List<Finding> findings = new KeyScorer(Findings.CHECKER).findings(List.of(original, altered));
        List<Finding> inconsistent = findings.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).toList();
        assertEquals(1, inconsistent.size(), findings.toString());
        assertTrue(inconsistent.get(0).facts().stream().allMatch(f -> f.doc().equals("d.txt")), inconsistent.toString());
        assertTrue(findings.stream().noneMatch(f -> f.facts().stream().anyMatch(x -> x.doc().equals("d_alt1.txt"))), findings.toString());
    }

    private static CheckDocument people(String doc, String text) {
        return new DocBuilder(doc, text).region("某县").norm(null, "2021").quantity("83.30万人", 83.30e4, "人", "户籍总人口")
                .quantity("21.73万人", 21.73e4, "人", "城镇人口").quantity("61.46万人", 61.46e4, "人", "乡村人口").build();
    }

    @Test
    void theHtmlPageMarksEveryFigureOfAFindingInItsSentenceAndEscapesText() {
        List<Finding> findings = Findings.check(breakdown("c<1>.txt", "16.56"));
        String html = HtmlFindingWriter.html(findings, 1);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<mark>83.30万人</mark>") && html.contains("<mark>16.56万人</mark>"), html);
        assertTrue(html.contains("c&lt;1&gt;.txt"), "file names are escaped");
        assertFalse(html.contains("<script"), "self-contained, no scripts");
    }
}

package org.govfacts.check;

import static org.govfacts.check.Findings.check;
import static org.govfacts.check.Findings.involving;
import static org.govfacts.check.Findings.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitCheckTest {
    private static CheckDocument split(int total, int done, int remaining) {
        String text = "对" + total + "个工业项目全过程服务。截至目前已开复工" + done + "项,完成投资30.97亿元。剩余" + remaining + "项未开工项目正在推进。";
        return new DocBuilder("t.txt", text).quantity(total + "个", total, "个", "工业项目").quantity(done + "项", done, "项", "开复工项目")
                .money("30.97亿元", 30.97e8, "完成投资", null).quantity(remaining + "项", remaining, "项", "未开工项目").build();
    }

    @Test
    void doneAndRemainingMakeTheTotal() {
        Finding f = one(check(split(137, 107, 30)), FindingKind.SPLIT, involving("30项"));
        assertEquals(Verdict.CONSISTENT, f.verdict(), f.message());
    }

    @Test
    void doneAndRemainingThatOvershootAreFlagged() {
        Finding f = one(check(split(137, 107, 35)), FindingKind.SPLIT, involving("35项"));
        assertEquals(Verdict.INCONSISTENT, f.verdict());
        assertEquals(30, f.expected(), 1e-9);
        assertTrue(f.message().contains("should be 30项"), f.message());
    }

    @Test
    void theDonePartIsTheOneWithTheStatusNamed() {
        String text = "共有项目100个,已签约80个,已开工60个,尚未开工的40个。";
        CheckDocument d = new DocBuilder("t.txt", text).quantity("100个", 100, "个", "项目").quantity("80个", 80, "个", "已签约项目")
                .quantity("60个", 60, "个", "已开工项目").quantity("40个", 40, "个", "尚未开工项目").build();
        Finding f = one(check(d), FindingKind.SPLIT, involving("40个"));
        assertEquals(Verdict.CONSISTENT, f.verdict(), f.message());
        assertTrue(involving("60个").test(f) && involving("100个").test(f));
    }

    @Test
    void aRemainderWithNothingDoneBeforeItIsNotChecked() {
        String text = "剩余35项未开工项目正在推进。";
        CheckDocument d = new DocBuilder("t.txt", text).quantity("35项", 35, "项", "未开工项目").build();
        assertTrue(Findings.of(check(d), FindingKind.SPLIT, x -> true).isEmpty());
    }
}

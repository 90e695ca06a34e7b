package org.govfacts.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.govfacts.testdata.OnText.at;

import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.testdata.OnText;
import org.junit.jupiter.api.Test;

/** An undated figure compared with the year before, in a release on a part of its year, is that whole year's. */
class YearBeforeComparisonTest {
    private static List<Fact> facts(String fileName, String text) {
        return OnText.facts(fileName, text);
    }

    private static final String HARVEST = "一、农业生产基本稳定\n全国夏粮总产量13926万吨，比上年减少162万吨，下降1.2%。"
            + "生猪存栏40203万头，比上年同期减少3.7%。\n";

    @Test
    void aHarvestComparedWithTheYearBeforeInAPartYearReleaseIsOfThatYear() {
        List<Fact> f = facts("release.txt", "前三季度国民经济运行稳中有进\n（2016年10月19日）\n国家统计局\n" + HARVEST);
        assertEquals("2016", at(f, "13926万吨").periodNorm());
        assertEquals("2016", at(f, "162万吨").periodNorm());
        assertEquals("2016", at(f, "1.2%").periodNorm());
        // against the same period of the year before: the part of the year the release's title names
        assertEquals("2016M01-09", at(f, "3.7%").periodNorm());
    }

    @Test
    void aHalfYearReleaseDatedByItsFileNameAlsoCounts() {
        List<Fact> f = facts("2016_国家统计局_上半年经济运行.txt", "上半年国民经济运行总体平稳\n" + HARVEST);
        assertEquals("2016", at(f, "13926万吨").periodNorm());
    }

    @Test
    void withoutAPartOfTheYearInTheTitleOrEarlyInTheYearNothingIsGuessed() {
        // a release whose title does not say it covers a part of its year
        List<Fact> plain = facts("release.txt", "国民经济运行情况\n（2016年10月19日）\n国家统计局\n" + HARVEST);
        assertNull(at(plain, "13926万吨").periodNorm());
        // a first-quarter release of April: its annual figures may well be of the year before
        List<Fact> april = facts("release.txt", "一季度国民经济开局良好\n（2016年4月15日）\n国家统计局\n" + HARVEST);
        assertNull(at(april, "13926万吨").periodNorm());
    }
}

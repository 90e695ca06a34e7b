package org.govfacts.extract.numeral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.govfacts.fact.Qualifier;
import org.govfacts.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/** Number forms of the amount scanner, on the dictionaries of the project. */
class AmountScannerTest {
    private static final AmountScanner SCANNER = new AmountScanner(new AmountLexicon(Lexicon.at(Path.of("dictionaries"))));

    private static Amount only(String text) {
        List<Amount> all = SCANNER.scan(text);
        assertEquals(1, all.size(), () -> "one amount expected in " + text + ": " + all);
        return all.get(0);
    }

    private static void assertValue(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void percentWrittenInCharactersWithADecimalPart() {
        Amount a = only("城镇居民人均可支配收入增长百分之十一点八。");
        assertValue("11.8", a.value());
        assertEquals(UnitKind.PERCENT, a.kind());
        assertEquals("百分之十一点八", "城镇居民人均可支配收入增长百分之十一点八。".substring(a.start(), a.end()));
        assertNull(a.max());
    }

    @Test
    void fractionsArePercentages() {
        assertValue("33.33333333333333", only("约占全市的三分之一").value());
        assertEquals(Qualifier.ABOUT, only("约三分之一的企业").qualifier());
        assertValue("80", only("五分之四的乡镇").value());
        assertValue("80", only("百分之八十以上").value());
        assertEquals(Qualifier.MORE_THAN, only("百分之八十以上").qualifier());
    }

    @Test
    void perMilleStaysInPerMille() {
        Amount a = only("出生率为12.17‰");
        assertValue("12.17", a.value());
        assertEquals(UnitKind.PERMILLE, a.kind());
        assertEquals("‰", a.unit());
        Amount words = only("控制在千分之四点五以内");
        assertValue("4.5", words.value());
        assertEquals(UnitKind.PERMILLE, words.kind());
        assertEquals(Qualifier.LESS_THAN, words.qualifier());
        Amount range = only("千分之三至五");
        assertValue("3", range.value());
        assertValue("5", range.max());
        // a fraction of a hundred or of any other whole stays a percentage
        assertEquals(UnitKind.PERCENT, only("百分之五").kind());
        assertEquals(UnitKind.PERCENT, only("万分之五").kind());
        assertValue("0.05", only("万分之五").value());
    }

    @Test
    void perMillePointsAreAChangeOfARate() {
        Amount a = only("比上年下降0.35个千分点");
        assertValue("0.35", a.value());
        assertEquals(UnitKind.PP, a.kind());
        assertEquals("千分点", a.unit());
        assertEquals(UnitKind.PP, only("提高1.2个百分点").kind());
        assertEquals("pp", only("提高1.2个百分点").unit());
    }

    @Test
    void aSamplingFractionNamesASurvey() {
        assertTrue(SCANNER.scan("据5‰人口变动抽样调查推算").isEmpty());
        assertTrue(SCANNER.scan("完成1%人口抽样调查").isEmpty());
        assertEquals(1, SCANNER.scan("抽样比为1%，人口抽样调查显示").size());
    }

    @Test
    void rangesHaveAnUpperBound() {
        for (String s : List.of("增长百分之八至九", "增长百分之八至百分之九", "增长8%至9%", "增长8至9%")) {
            Amount a = only(s);
            assertValue("8", a.value());
            assertValue("9", a.max());
            assertTrue(s.endsWith(s.substring(a.start(), a.end())), s);
            assertEquals(s.length(), a.end(), s);
        }
        Amount a = only("增长6.5%-7%左右");
        assertValue("6.5", a.value());
        assertValue("7", a.max());
        assertEquals(Qualifier.ABOUT, a.qualifier());
        Amount b = only("增长5%—5.5%");
        assertValue("5", b.value());
        assertValue("5.5", b.max());
        Amount money = only("投资5-10亿元");
        assertValue("500000000", money.value());
        assertValue("1000000000", money.max());
    }

    @Test
    void aChangeFromOneLevelToAnotherIsNoRange() {
        List<Amount> all = SCANNER.scan("比重由8%到10%");
        assertEquals(2, all.size(), all::toString);
        assertNull(all.get(0).max());
    }

    @Test
    void rangesOfTimeAreNotAmounts() {
        assertTrue(SCANNER.scan("1-3月").isEmpty());
        List<Amount> years = SCANNER.scan("2021-2025年");
        assertTrue(years.isEmpty(), years::toString);
    }

    @Test
    void typesetGapsInsideOneNumber() {
        Amount a = only("常住人口 3 5 5 5 万人");
        assertValue("35550000", a.value());
        assertEquals("人", a.unit());
    }

    @Test
    void thousandsSeparators() {
        assertValue("332120000", only("粮食产量33，212万吨").value());
        assertValue("123450000000", only("完成1,234.5亿元").value());
        assertValue("1234567", only("1,234,567人").value());
    }

    @Test
    void listItemsAreNotThousandsGroups() {
        // 12，15 and 12，1500: the group after the comma is not 3 digits
        List<Amount> a = SCANNER.scan("分别为12，15个");
        assertEquals(1, a.size(), a::toString);
        assertValue("15", a.get(0).value());
        List<Amount> b = SCANNER.scan("新增12，1500家");
        assertValue("1500", b.get(b.size() - 1).value());
        // a clause comma before a number with no unit after it
        List<Amount> c = SCANNER.scan("增长12%，150个项目");
        assertEquals(2, c.size(), c::toString);
        assertValue("12", c.get(0).value());
        assertValue("150", c.get(1).value());
        // a first group of 4 digits is no thousands group
        List<Amount> d = SCANNER.scan("2023，150个");
        assertValue("150", d.get(d.size() - 1).value());
    }

    @Test
    void tenths() {
        Amount a = only("占比超过五成");
        assertValue("50", a.value());
        assertEquals(Qualifier.MORE_THAN, a.qualifier());
        assertValue("30", only("近三成企业").value());
        assertValue("70", only("七成以上").value());
        assertTrue(SCANNER.scan("全省统一成立专班").isEmpty());
        assertTrue(SCANNER.scan("一成不变").isEmpty());
        assertTrue(SCANNER.scan("三成员").isEmpty());
    }

    @Test
    void multiplesAndDoublings() {
        Amount a = only("增长1.5倍");
        assertEquals(UnitKind.TIMES, a.kind());
        assertValue("1.5", a.value());
        Amount one = only("经济总量翻一番");
        assertEquals(UnitKind.DOUBLING, one.kind());
        assertValue("1", one.value());
        assertEquals("翻一番", "经济总量翻一番".substring(one.start(), one.end()));
        assertValue("3", only("翻了两番").value());
        Amount more = only("实现翻番以上");
        assertValue("1", more.value());
        assertEquals(Qualifier.MORE_THAN, more.qualifier());
    }

    @Test
    void chineseNumeralYearsAndAnniversaries() {
        Amount y = only("一九七八年");
        assertValue("1978", y.value());
        assertValue("2023", only("二○二三年").value());
        assertEquals(UnitKind.ANNIVERSARY, only("建党100周年").kind());
    }
}

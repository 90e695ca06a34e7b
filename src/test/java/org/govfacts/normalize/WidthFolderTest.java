package org.govfacts.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WidthFolderTest {
    private final WidthFolder folder = new WidthFolder();

    private String fold(String s) {
        StageResult r = folder.apply(s);
        assertTrue(r.isOneToOne());
        assertEquals(s.length(), r.text().length());
        return r.text();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "增长１２．５％ | 增长12.5%",
        "ＧＤＰ突破５０００亿元 | GDP突破5000亿元",
        "“２＋４”现代化产业集群 | “2+4”现代化产业集群",
        "下降－３．２％ | 下降-3.2%",
        "人口自然增长率﹣2.65‰ | 人口自然增长率-2.65‰",
        "性租赁住房7.4万套（间） | 性租赁住房7.4万套(间)",
        "元／吨 | 元/吨",
        "主导产业［2］占GDP比重 | 主导产业[2]占GDP比重",
        "城乡居民收入比由2.9∶1缩小 | 城乡居民收入比由2.9:1缩小",
        "三次产业构成为0.2︰14.5︰85.3 | 三次产业构成为0.2:14.5:85.3",
        "主要指标如下︰ | 主要指标如下：",
        "一、\u3000工业经济 | 一、 工业经济",
        "农民人均纯收入增长15.2℅ | 农民人均纯收入增长15.2%",
        "投资额270·4亿元，增长22・5% | 投资额270.4亿元，增长22.5%",
        "力争到二O一二年，二OO六年基础上 | 力争到二〇一二年，二〇〇六年基础上",
        "国内生产总值完成974.OO亿元，2OO3年 | 国内生产总值完成974.00亿元，2003年",
        "G3O连霍高速，3O例 | G30连霍高速，30例",
        "COVID病例，GDP、CPO和10Oz | COVID病例，GDP、CPO和10Oz",
        "Ｏ型血，一O | O型血，一O",
        "中国·上海国际进口博览会 | 中国·上海国际进口博览会",
        "江川“4·11”森林火灾和5·12大地震 | 江川“4·11”森林火灾和5·12大地震",
        "转交℅某单位 | 转交℅某单位",
    })
    void foldsFullWidthFormsToAscii(String in, String out) {
        assertEquals(out, fold(in));
    }

    @Test
    void keepsChineseClausePunctuation() {
        String s = "今年以来，全市：工业、服务业；增长了吗？增长了！“三个一批”。";
        assertSame(s, folder.apply(s).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // seed 001/004 style: ASCII commas between Chinese clauses
        "今年以來,我市錨定建設 | 今年以來，我市錨定建設",
        "增長13.4%、13.4%、7.2%,全市生產總值 | 增長13.4%、13.4%、7.2%，全市生產總值",
        "投產;中大恒源 | 投產；中大恒源",
        "如火如荼推進:截至今年9月底, | 如火如荼推進：截至今年9月底，",
        "責編:瘦馬 | 責編：瘦馬",
        "同比增长2%),全市 | 同比增长2%)，全市",
        "奋勇争先、更加出彩! | 奋勇争先、更加出彩！",
        "时间:2023年 | 时间：2023年",
    })
    void asciiClausePunctuationInChineseBecomesChinese(String in, String out) {
        assertEquals(out, fold(in));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "实现产值1,234.5亿元",
        "收入比从2.50:1缩小至2.27",
        "GDP, CPI and PPI",
        "10:30",
        "https://www.yn.gov.cn/ywdt",
    })
    void asciiPunctuationInNumbersOrLatinStays(String s) {
        assertSame(s, folder.apply(s).text());
    }

    @Test
    void fullWidthDigitsCountAsDigitsAroundASeparator() {
        assertEquals("1,234万", fold("１,２３４万"));
    }

    @Test
    void simplifiedSeedFoldsOnlyWhatItShould() throws IOException {
        String seed = Files.readString(Path.of("seeds/004_b32c99b684574bf5.txt"));
        String folded = fold(seed);
        assertTrue(folded.startsWith("今年以来，我市全面贯彻落实党中央、国务院决策部署和省委省政府工作要求，锚定目标，"));
        // decimal points, percent signs and the "2+4" programme name survive
        assertTrue(folded.contains("“2+4”现代化产业集群预计实现产值401.2亿元，同比增长29.2%(有色金属新材料产业链248亿元，"));
        for (int i = 0; i < seed.length(); i++) {
            char a = seed.charAt(i);
            char b = folded.charAt(i);
            assertTrue(a == b || (",;:!?".indexOf(a) >= 0 && "，；：！？".indexOf(b) == ",;:!?".indexOf(a)),
                    "changed " + a + " to " + b + " at " + i);
        }
    }
}

package org.govfacts.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govfacts.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DebrisBlankerTest {
    private final DebrisBlanker blanker = new DebrisBlanker(TestLexicons.REPO);

    private String blank(String s) {
        return blanker.apply(s).text();
    }

    @Test
    void dropsAHiddenTextMarkerLine() {
        String s = "同比增长2%)\n---此处隐藏1065字，下载后查看---\n狠抓工业项目建设增后劲。";
        StageResult r = blanker.apply(s);
        assertEquals("同比增长2%)\n\n狠抓工业项目建设增后劲。", r.text());
        int nl = r.text().indexOf("\n\n") + 1;
        assertEquals("---此处隐藏1065字，下载后查看---\n", s.substring(r.map().start(nl), r.map().end(nl + 1)));
    }

    @Test
    void dropsOnlyTheMarkerInsideALongLine() {
        String before = "全市149户规上工业企业除季节性生产和无订单企业外，全部复工复产，预计一季度全市规上工业增加值同比增长26.1%。";
        String after = "狠抓工业项目建设增后劲，对总投资1068.7亿元的137个工业项目全环节跟进、全要素保障、全过程服务。";
        String s = before + "---此处隐藏1065字，下载后查看---" + after;
        assertEquals(before + "\n" + after, blank(s));
    }

    @Test
    void dropsAWholeBylineLine() {
        String s = "——全市高质量推进重点项目建设工作综述\n\n记者 李凤霞 李莉/文 刘俊涛 梁照曾 王映/图\n\n不负春光与时行 抢抓项目拼开局";
        assertEquals("——全市高质量推进重点项目建设工作综述\n\n\n\n不负春光与时行 抢抓项目拼开局", blank(s));
    }

    @Test
    void dropsEditorLines() {
        String s = "为新时代中原更加出彩作出更多漯河贡献。”\n责编：翟柯 编审：陈向党 终审：王峥";
        assertEquals("为新时代中原更加出彩作出更多漯河贡献。”\n\n", blank(s));
        assertEquals("走深走实。\n\n", blank("走深走实。\n责编：瘦马"));
        assertEquals("走深走实。\n\n", blank("走深走实。\n来源：漯河日报\r\n"));
    }

    @Test
    void takesTheNameLineAfterARoleThatEndsItsLine() {
        assertEquals("专项整治。\n\n", blank("专项整治。\n责任编辑：\n李莎莎\n"));
        // the next line is report text, not a name
        assertEquals("\n过去一年，全省经济增长5.5%。", blank("来源：\n过去一年，全省经济增长5.5%。"));
        assertEquals("\n2026年1月\n", blank("编辑：\n2026年1月\n"));
    }

    @Test
    void dropsABracketedBylineLead() {
        StageResult r = blanker.apply("(记者 刘 丹)今年以来，我市锚定建设现代化食品名城总目标");
        assertEquals("\n今年以来，我市锚定建设现代化食品名城总目标", r.text());
        assertEquals(0, r.map().start(0));
        assertEquals("(记者 刘 丹)".length(), r.map().end(1));
        assertEquals("\n今年以来，", blank("本报讯（记者 张三 通讯员 李四）今年以来，"));
        assertEquals("贡献。\n", blank("贡献。【责任编辑：王五】"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "记者从市发改委获悉，今年前三季度全市固定资产投资增长8.2%。",
        "记者：今年以来，全市项目建设有哪些亮点？",
        "记者在现场看到，工人们正在紧张施工",
        "全市组织记者节活动(记者节)3场",
        "图1 全市规上工业增加值增速",
        "文化旅游产业增加值增长9.1%",
        "编辑出版图书120种",
        "下载量突破100万次，查看次数居全省第一",
    })
    void leavesSentencesThatOnlyMentionTheseWordsAlone(String s) {
        assertSame(s, blanker.apply(s).text());
    }

    @Test
    void blanksTheDebrisOfTheSeedsAndNothingMore() throws IOException {
        StandardNormalizer chain = TestLexicons.standard();
        String s004 = chain.normalize(Files.readString(Path.of("seeds/004_b32c99b684574bf5.txt"))).text();
        assertFalse(s004.contains("隐藏"));
        assertFalse(s004.contains("下载"));
        assertTrue(s004.contains("同比增长2%)\n\n狠抓工业项目建设增后劲。"));
        String s003 = chain.normalize(Files.readString(Path.of("seeds/003_e62dfcd0269d6258.txt"))).text();
        assertFalse(s003.contains("李凤霞"));
        assertTrue(s003.contains("全市高质量推进重点项目建设工作综述"));
        String s001 = chain.normalize(Files.readString(Path.of("seeds/001_3eccfdf2ae0dd12a.txt"))).text();
        assertTrue(s001.startsWith("\n今年以来，我市锚定建设现代化食品名城总目标，"));
        assertTrue(s001.endsWith("推动换道领跑战略各项工作持续走深走实。\n\n"));
        String s002 = chain.normalize(Files.readString(Path.of("seeds/002_5a96407056af2d3c.txt"))).text();
        assertTrue(s002.endsWith("为新时代中原更加出彩作出更多漯河贡献。”\n\n"));
        // the 2026 provincial reports carry none of this debris; a simplified seed without any stays as it is
        String s000 = Files.readString(Path.of("seeds/000_de635acace6085cf.txt"));
        String w000 = new WidthFolder().apply(s000).text();
        assertSame(w000, blanker.apply(w000).text());
    }

    @Test
    void rejectsAnUnknownKind(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("debris.tsv"), "hiden\t此处隐藏\n");
        assertThrows(IllegalStateException.class, () -> new DebrisBlanker(Lexicon.at(dir)));
    }

    @Test
    void readsItsWordsFromTheDictionary(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("debris.tsv"), "# only one word\nrole\t主持人\n");
        DebrisBlanker custom = new DebrisBlanker(Lexicon.at(dir));
        assertEquals("开场\n\n", custom.apply("开场\n主持人：张三").text());
        assertEquals("开场\n记者：李四", custom.apply("开场\n记者：李四").text());
    }
}

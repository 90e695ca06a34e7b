package org.govfacts.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.testdata.OnText;
import org.junit.jupiter.api.Test;

/**
 * A figure in brackets (a conversion, 约新台币5.5万元) is an aside: the growth after the brackets is of
 * the figure before them. A title that names two places (福建GDP首超上海) is about the one its body
 * speaks of, not the last one it names.
 */
class AsideAndTitleRegionTest {
    @Test
    void aGrowthAfterABracketedConversionIsOfTheFigureBeforeIt() {
        String text = "福建省统计公报\n全年农民人均纯收入人民币11184元(约新台币5.5万元)，比上年增长12.2%；"
                + "城镇居民人均可支配收入人民币30816元(约新台币15.2万元)，比上年增长9.8%。\n";
        List<Fact> facts = OnText.facts("news.txt", text);
        assertEquals("农民人均纯收入", OnText.at(facts, "12.2%").indicator());
        assertEquals("城镇居民人均可支配收入", OnText.at(facts, "9.8%").indicator());
        assertEquals("农民人均纯收入", OnText.at(facts, "11184元").indicator(), "the currency word before an amount is no part of what it measures");
    }

    @Test
    void aTitleComparingTwoPlacesIsAboutTheOneItsBodyNames() {
        String text = "福建GDP首超上海\n福建省统计局发布统计公报，2013年全年福建省实现地区生产总值21759.64亿元，比上年增长11%，总量首次超过上海。"
                + "全省规模以上工业增加值增长13.2%。\n";
        assertEquals("福建省", OnText.process("news.txt", text).info().region());
        assertEquals("福建省", OnText.at(OnText.facts("news.txt", text), "13.2%").regionNorm());
    }

    @Test
    void aGovernmentNamedInTheHeadingLinesIsTheTextsOwn() {
        String text = "首页 > > 正文\n自治区人民政府发布通知\n内蒙古自治区人民政府关于下达2020年\n自治区国民经济和社会发展计划的通知\n"
                + "各盟行政公署、市人民政府：\n2020年全区地区生产总值增长6%左右。\n";
        assertEquals("内蒙古自治区", OnText.process("plan.txt", text).info().region());
        String report = "政府工作报告\n——2024年12月29日在固镇县第十三届人民代表大会第四次会议\n固镇县人民政府县长 王志\n各位代表：\n"
                + "蚌埠市下达的各项任务全面完成，全县地区生产总值增长6%。\n";
        assertEquals("固镇县", OnText.process("report.txt", report).info().region());
    }
}

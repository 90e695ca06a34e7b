package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProjectNamesTest {
    private final ProjectNames names = new ProjectNames(Findings.WORDS);

    private boolean same(String a, String b) {
        return names.same(names.core(a), names.core(b));
    }

    @Test
    void variantsAcrossWordingAndScriptAreOneProject() {
        assertTrue(same("金大地绿色联碱转型产业园项目", "金大地联碱绿色转型升级项目"));
        assertTrue(same("金大地绿色联碱转型产业园项目", "金大地聯(lián)鹼綠色轉(zhuǎn)型產(chǎn)業(yè)園"));
        assertTrue(same("微康生物微生态产业园项目", "微康微生态产业园"));
        assertTrue(same("富士康(周口)科技工业园", "富士康科技产业园"));
        assertEquals("金大地联碱", names.core("金大地聯(lián)鹼綠色轉(zhuǎn)型升級項(xiàng)目").text());
    }

    @Test
    void otherProjectsOfOneCompanyAreKeptApart() {
        assertFalse(same("金大地千亿级新材料项目", "金大地绿色联碱转型产业园项目"));
        assertFalse(same("卫龙三期产业园", "卫龙四期"));
        assertFalse(same("正大(漯河)超级食品工厂项目", "正大(漯河)现代食品产业园项目"));
    }

    @Test
    void similarNamesOfDifferentCompaniesAreKeptApart() {
        assertFalse(same("江苏铜基新材料", "荣煜铜基新材料项目"));
        assertFalse(same("金海千亿级氟硅新材料项目", "金大地千亿级新材料项目"));
    }
}

package org.govfacts.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.govfacts.lexicon.Gazetteer.Level;
import org.govfacts.lexicon.Gazetteer.Match;
import org.govfacts.lexicon.Gazetteer.Place;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Lexicon LEXICON = Lexicon.at(Path.of("dictionaries"));
    private static final Gazetteer G = LEXICON.gazetteer();

    private static Place one(String name) {
        List<Place> p = G.lookup(name);
        assertEquals(1, p.size(), () -> name + " → " + p);
        return p.get(0);
    }

    @Test
    void everyLevelIsThereWithItsCodes() {
        // the code list's 34, and 新疆生产建设兵团 of admin-divisions-added.tsv, which reports at province level
        assertEquals(35, G.places(Level.PROVINCE).size());
        assertEquals("660000", one("新疆生产建设兵团").code());
        assertEquals("新疆维吾尔自治区", first("全疆").name(), "place-aliases.tsv");
        assertTrue(G.places(Level.PREFECTURE).size() > 300, "prefectures");
        assertTrue(G.places(Level.COUNTY).size() > 2800, "counties");
        Place henan = one("河南省");
        assertEquals("410000", henan.code());
        assertEquals(Level.PROVINCE, henan.level());
        assertEquals("411100", one("漯河市").code());
        assertEquals(Level.PREFECTURE, one("漯河市").level());
        assertTrue(G.lookup("市辖区").isEmpty(), "placeholders are no places");
    }

    private static Place first(String name) {
        List<Place> p = G.lookup(name);
        assertFalse(p.isEmpty(), name);
        return p.get(0);
    }

    @Test
    void aliasesFindTheirPlaces() {
        // 河南 is also 河南蒙古族自治县 in Qinghai: every place, the province first
        assertEquals("河南省", first("河南").name());
        assertTrue(G.lookup("河南").stream().anyMatch(p -> p.name().equals("河南蒙古族自治县")));
        assertEquals("漯河市", one("漯河").name());
        assertEquals("扶沟县", one("扶沟").name());
        assertEquals("广西壮族自治区", one("广西").name());
        assertEquals("内蒙古自治区", first("内蒙古").name());
        assertEquals("新疆维吾尔自治区", one("新疆").name());
        assertEquals("宁夏回族自治区", one("宁夏").name());
        assertEquals("西藏自治区", one("西藏").name());
        assertEquals("恩施土家族苗族自治州", one("恩施州").name());
        assertEquals("香港特别行政区", one("香港").name());
    }

    @Test
    void anAmbiguousAliasGivesEveryPlaceProvincesFirst() {
        List<Place> jilin = G.lookup("吉林");
        assertTrue(jilin.size() >= 2, jilin::toString);
        assertEquals("吉林省", jilin.get(0).name());
        assertTrue(jilin.stream().anyMatch(p -> p.name().equals("吉林市")));
        // a full name wins over another place's alias
        assertEquals(List.of("吉林市"), G.lookup("吉林市").stream().map(Place::name).toList());
    }

    @Test
    void parentChainAndProvince() {
        Place fugou = one("扶沟县");
        assertEquals(List.of("扶沟县", "周口市", "河南省"), G.chain(fugou).stream().map(Place::name).toList());
        assertEquals("河南省", G.province(fugou).name());
        assertEquals("河南省", G.province(one("河南省")).name());
        assertTrue(G.parent(one("河南省")).isEmpty());
        // a county-level city directly under its province
        Place jiyuan = one("济源市");
        assertEquals(Level.COUNTY, jiyuan.level());
        assertEquals("河南省", G.parent(jiyuan).orElseThrow().name());
        // a district of a municipality
        assertEquals("北京市", G.province(G.lookup("东城区").get(0)).name());
    }

    @Test
    void findsTheLongestNamesInAText() {
        String text = "河南省漯河市召开会议，扶沟、西华两县和广西代表参加。";
        List<Match> m = G.find(text);
        assertEquals(List.of("河南省", "漯河市", "扶沟", "西华", "广西"), m.stream().map(Match::surface).toList());
        Match first = m.get(0);
        assertEquals(0, first.start());
        assertEquals(3, first.end());
        assertTrue(first.fullName());
        assertFalse(m.get(2).fullName());
        assertEquals("扶沟县", m.get(2).places().get(0).name());
        for (Match x : m) {
            assertEquals(x.surface(), text.substring(x.start(), x.end()));
        }
        assertTrue(G.find("全面加强基础设施建设").isEmpty());
    }

    @Test
    void badRowsAreRefusedWithTheirCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.of(List.of(
                new String[] {"410000", "河南省", "province", "", "河南"},
                new String[] {"411100", "漯河市", "prefecture", "990000", "漯河"})));
        assertTrue(e.getMessage().contains("990000"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.of(List.<String[]>of(
                new String[] {"410000", "河南省", "state", "", ""})));
        assertTrue(e.getMessage().contains("state"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.of(List.of(
                new String[] {"410000", "河南省", "province", "", ""},
                new String[] {"410000", "河南省", "province", "", ""})));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void builtOncePerLexicon() {
        assertSame(LEXICON.gazetteer(), LEXICON.gazetteer());
    }
}

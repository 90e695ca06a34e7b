package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.List;
import org.govfacts.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * The register keeps only names that pass the extractor's own test, also when the facts come from
 * a fact file written by an older extractor, and links a project's variants across reports and
 * scripts.
 */
class ProjectRegisterNamesTest {
    private static final Checker CHECKER = new Checker(Lexicon.at(Paths.get("dictionaries")));

    @Test
    void slogansCategoriesAndCountsOfKindsStayOut() {
        CheckDocument a = new DocBuilder("a.txt", "推进补短板项目，加强中西部铁路建设，四大工程全部开工，河北雄安新区建设提速。")
                .project("补短板项目", "补短板项目")
                .project("中西部铁路", "中西部铁路")
                .project("四大工程", "四大工程")
                .project("河北雄安新区", "河北雄安新区")
                .build();
        CheckDocument b = new DocBuilder("b.txt", "雄安新区建设全面推进，稳岗扩容提质工程深入实施。")
                .project("雄安新区", "雄安新区")
                .project("稳岗扩容提质工程", "稳岗扩容提质工程")
                .build();
        List<Project> projects = CHECKER.register(List.of(a, b)).projects();
        assertEquals(1, projects.size(), projects.toString());
        assertEquals(List.of("a.txt", "b.txt"), projects.get(0).docs());
        assertEquals(List.of("河北雄安新区", "雄安新区"), projects.get(0).variants());
    }

    @Test
    void namesWithoutAHeadWordPassAsTheyWouldInAList() {
        CheckDocument a = new DocBuilder("a.txt", "桐城金田尼龙薄膜、白银集团7万吨锌基合金开工。")
                .project("桐城金田尼龙薄膜", "桐城金田尼龙薄膜")
                .project("白银集团7万吨锌基合金", "白银集团7万吨锌基合金")
                .build();
        assertEquals(2, CHECKER.register(List.of(a)).projects().size());
    }
    @Test
    void aLineNumberAloneIsNoEntryButALineOfACityIs() {
        CheckDocument a = new DocBuilder("a.txt", "推进21号线、轨道交通23号线和上海轨道交通13号线西延伸建设。")
                .project("21号线", "21号线")
                .project("轨道交通23号线", "轨道交通23号线")
                .project("上海轨道交通13号线", "上海轨道交通13号线")
                .build();
        List<Project> projects = CHECKER.register(List.of(a)).projects();
        assertEquals(1, projects.size(), projects.toString());
        assertEquals(List.of("上海轨道交通13号线"), projects.get(0).variants());
    }

    @Test
    void namesThatShareACoreButNotAPlaceAreTwoProjects() {
        CheckDocument gd = new DocBuilder("gd.txt", "加快广州新机场建设，推进中欧班列集结中心建设。").region("广东省")
                .project("广州新机场", "广州新机场")
                .build();
        CheckDocument js = new DocBuilder("js.txt", "南通新机场工程开工。").region("江苏省")
                .project("南通新机场工程", "南通新机场工程")
                .build();
        CheckDocument hn = new DocBuilder("hn.txt", "凤凰机场三期建成，秦沈高速一期、秦沈高速二期和秦沈高速通车。").region("海南省")
                .project("凤凰机场三期", "凤凰机场三期")
                .build();
        CheckDocument gz = new DocBuilder("gz.txt", "铜仁凤凰机场航空口岸获批，陇电入川工程和陇电入浙工程推进。").region("贵州省")
                .project("铜仁凤凰机场航空口岸", "铜仁凤凰机场航空口岸")
                .project("陇电入川工程", "陇电入川工程")
                .project("陇电入浙工程", "陇电入浙工程")
                .build();
        List<Project> projects = CHECKER.register(List.of(gd, js, hn, gz)).projects();
        assertEquals(6, projects.size(), projects.toString());
        for (Project p : projects) {
            assertEquals(1, p.variants().size(), p.toString());
        }
    }

    @Test
    void aBareNameJoinsThePlacedNameOfItsReportsProvinceOnly() {
        CheckDocument a = new DocBuilder("a.txt", "凤凰机场航线增至20条，铜仁凤凰机场改扩建完成。").region("贵州省")
                .project("凤凰机场", "凤凰机场")
                .project("铜仁凤凰机场", "铜仁凤凰机场")
                .build();
        CheckDocument b = new DocBuilder("b.txt", "三亚凤凰机场建成。").region("海南省")
                .project("三亚凤凰机场", "三亚凤凰机场")
                .build();
        CheckDocument c = new DocBuilder("c.txt", "秦沈高速一期通车，秦沈高速二期开工，秦沈高速全线贯通。").region("辽宁省")
                .project("秦沈高速一期", "秦沈高速一期")
                .project("秦沈高速二期", "秦沈高速二期")
                .project("秦沈高速", "秦沈高速")
                .build();
        List<Project> projects = CHECKER.register(List.of(a, b, c)).projects();
        assertEquals(4, projects.size(), projects.toString());
        assertEquals(List.of("凤凰机场", "铜仁凤凰机场"), projects.stream()
                .filter(p -> p.variants().contains("铜仁凤凰机场")).findFirst().orElseThrow().variants());
    }

    @Test
    void namesOnlyAlikeThatPlaceNothingAreTwoWorksInReportsOfTwoProvinces() {
        // 崖州湾 is no place of the gazetteer: the names place nothing, and the reports lie in three provinces
        CheckDocument hl = new DocBuilder("hl.txt", "建成崖州湾国家实验室粮油作物实验基地。").region("黑龙江省")
                .project("崖州湾国家实验室粮油作物实验基地", "崖州湾国家实验室粮油作物实验基地").build();
        CheckDocument cq = new DocBuilder("cq.txt", "建设崖州湾国家实验室油菜试验基地。").region("重庆市")
                .project("崖州湾国家实验室油菜试验基地", "崖州湾国家实验室油菜试验基地").build();
        // the same name in reports of two provinces is one work
        CheckDocument sc = new DocBuilder("sc.txt", "川藏铁路加快建设。").region("四川省").project("川藏铁路", "川藏铁路").build();
        CheckDocument xz = new DocBuilder("xz.txt", "全力支持川藏铁路建设。").region("西藏自治区").project("川藏铁路", "川藏铁路").build();
        List<Project> projects = CHECKER.register(List.of(hl, cq, sc, xz)).projects();
        assertEquals(3, projects.size(), projects.toString());
        assertEquals(2, projects.stream().filter(p -> p.variants().contains("川藏铁路")).findFirst().orElseThrow().mentions().size());
        // alike names in reports of one province stay one work
        CheckDocument hn1 = new DocBuilder("hn1.txt", "建成崖州湾国家实验室粮油作物实验基地。").region("海南省")
                .project("崖州湾国家实验室粮油作物实验基地", "崖州湾国家实验室粮油作物实验基地").build();
        CheckDocument hn2 = new DocBuilder("hn2.txt", "崖州湾国家实验室粮油作物试验基地投用。").region("海南省")
                .project("崖州湾国家实验室粮油作物试验基地", "崖州湾国家实验室粮油作物试验基地").build();
        assertEquals(1, CHECKER.register(List.of(hn1, hn2)).projects().size());
    }

    @Test
    void anEntryShowsTheFullestFormOfItsNameButNotAPartForTheWhole() {
        // variants as the 2026 provincial reports write them: a programme named bare more often than whole
        CheckDocument a = new DocBuilder("a.txt", "引大济岷开工建设，引大济岷加快推进，引大济岷工程前期工作。")
                .project("引大济岷", "引大济岷")
                .project("引大济岷", "引大济岷")
                .project("引大济岷工程", "引大济岷工程")
                .build();
        CheckDocument b = new DocBuilder("b.txt", "加快渝昆高铁建设，渝昆高铁全线贯通，渝昆高铁(渝宜段)开通运营。")
                .project("渝昆高铁", "渝昆高铁")
                .project("渝昆高铁", "渝昆高铁")
                .project("渝昆高铁(渝宜段)", "渝昆高铁(渝宜段)")
                .build();
        List<String> shown = CHECKER.register(List.of(a, b)).projects().stream().map(Project::name).toList();
        assertEquals(List.of("引大济岷工程", "渝昆高铁"), shown);
        // a terminal of an airport is a part of it, never shown for the airport (through the real pipeline)
        List<CheckDocument> c = SharesOnTextTest.documents("2026_陕西省_政府工作报告.txt",
                "西安咸阳国际机场旅客超4850万人次，国际货邮吞吐量增长。西安咸阳国际机场T5航站楼、引汉济渭等一批标志性重大项目建成投用。\n");
        List<String> airport = CHECKER.register(c).projects().stream().map(Project::name).filter(n -> n.contains("咸阳")).toList();
        assertEquals(List.of("西安咸阳国际机场"), airport);
    }
}

package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

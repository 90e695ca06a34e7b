package org.govfacts.read;

import java.util.Arrays;
import java.util.List;

/** Real sentences from the seed reports (simplified from 000, traditional from 001), for test files. */
final class ReportSentences {
    static final String SIMPLIFIED_1 = "近两年来，市工信局紧紧围绕市委市政府决策部署，在市人大的监督指导下，对标新质生产力、新型工业化、"
            + "现代化产业体系等重大要求，聚焦高质量、奋勇争第一，牢固树立“项目为王”理念。";
    static final String SIMPLIFIED_2 = "2023年，“三个五百亿”项目共累计完成年度投资803亿元，实现竣工投产87个。";
    static final String SIMPLIFIED_3 = "金大地五期绿色联碱项目去年9月投产后，今年上半年已新增产值35亿元，带动整个金大地增长21%，"
            + "拉动全市工业增加值增长2个百分点。";
    static final String TRADITIONAL_1 = "圍繞擴量提質,抓牢項目支撐。深度謀劃“三個五百”項目133個,其中百億級5個、50億級14個、"
            + "5億級以上114個,總投資2360億元。";
    static final String TRADITIONAL_2 = "下一步,換道領跑戰略指揮部將圍繞提升傳統產業、培育新興產業、發展未來食品產業、推動數智賦能、"
            + "加快項目建設5個方面,推動換道領跑戰略各項工作持續走深走實。";
    static final String ENGLISH = "In 2023 the city completed investment of 80.3 billion yuan in 87 major projects, "
            + "and industrial value added grew by 7 percent.";

    static final String SIMPLIFIED_REPORT = "关于加快重大项目建设工作开展情况的报告\n\n" + SIMPLIFIED_1 + "\n" + SIMPLIFIED_2
            + SIMPLIFIED_3 + "\n";
    static final String TRADITIONAL_REPORT = TRADITIONAL_1 + "\n" + TRADITIONAL_2 + "\n";

    /** The clauses of the sentences (split at commas, stops and enumeration commas) that are at least {@code min} long. */
    static List<String> clauses(String text, int min) {
        return Arrays.stream(text.split("[，。、,；]")).filter(c -> c.length() >= min).toList();
    }

    private ReportSentences() {
    }
}

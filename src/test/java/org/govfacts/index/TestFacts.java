package org.govfacts.index;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Status;
import org.govfacts.lexicon.Lexicon;
import org.govfacts.resolve.PeriodResolver;
import org.govfacts.resolve.ReportDate;
import org.govfacts.pipeline.DocumentInfo;
import org.govfacts.pipeline.DocumentResult;

/** Builds small reports with hand-made facts, as extraction would hand them to the index. */
final class TestFacts {
    private TestFacts() {
    }

    static final PeriodResolver PERIODS = new PeriodResolver(Lexicon.at(java.nio.file.Path.of("dictionaries")));

    /** A report being written: its text grows sentence by sentence, facts point into it. */
    static final class Report {
        final String doc;
        final String path;
        final String region;
        /** The report's date, against which its periods are resolved as the pipeline would. */
        final ReportDate date;
        final StringBuilder text = new StringBuilder();
        final List<Fact> facts = new ArrayList<>();
        private int sentenceStart;
        private String sentence;

        Report(String doc, String region, ReportDate date) {
            this.doc = doc;
            this.path = "/reports/" + doc;
            this.region = region;
            this.date = date;
        }

        Report sentence(String s) {
            sentenceStart = text.length();
            sentence = s;
            text.append(s);
            return this;
        }

        /** A numeric fact whose text is the first occurrence of {@code factText} in the current sentence. */
        Report fact(FactType type, String factText, Double value, String unit, String indicator, String period) {
            return add(type, factText, value, unit, null, null, null, indicator, period);
        }

        Report ranking(String factText, int rank, String scope, String indicator, String period) {
            return add(FactType.RANKING, factText, null, null, rank, scope, null, indicator, period);
        }

        Report project(String name) {
            return add(FactType.PROJECT, name, null, null, null, null, name, null, null);
        }

        private Report add(FactType type, String factText, Double value, String unit, Integer rank, String scope, String name,
                           String indicator, String period) {
            int at = sentence.indexOf(factText);
            if (at < 0) {
                throw new IllegalArgumentException(factText + " not in " + sentence);
            }
            int start = sentenceStart + at;
            boolean numeric = type != FactType.PROJECT;
            facts.add(new Fact(doc, type, start, start + factText.length(), factText, value, unit, null, null, rank, null, scope,
                    name, indicator, period, region, sentence, sentenceStart, null, null,
                    numeric ? PERIODS.resolve(period, date, false) : null, numeric ? Status.ACTUAL : null, numeric ? region : null));
            return this;
        }

        DocumentResult result() {
            return result("sha-" + text.toString().hashCode());
        }

        DocumentResult result(String sha) {
            DocumentInfo info = new DocumentInfo(doc, path, sha, text.length() * 3L, text.length(), "text", "UTF-8", "simplified",
                    null, region, "title", date == null ? null : date.label(), date == null ? null : date.source(),
                    date == null ? null : date.evidence());
            return new DocumentResult(info, facts, List.of());
        }

        String text() {
            return text.toString();
        }
    }

    /** Report 000-like: 漯河市, simplified, 2024. */
    static Report luohe() {
        return new Report("000.txt", "漯河市", new ReportDate(2024, null, null, "body", "2024年上半年", false))
                .sentence("2023年，全市规模以上工业增加值增长7%。")
                .fact(FactType.GROWTH, "7%", 7.0, "%", "规模以上工业增加值", "2023年")
                .sentence("2024年上半年，全市规上工业增加值增长12.1%，居全省第1位；")
                .fact(FactType.GROWTH, "12.1%", 12.1, "%", "规上工业增加值", "2024年上半年")
                .ranking("居全省第1位", 1, "全省", "规上工业增加值增速", "2024年上半年")
                .sentence("今年上半年全市工业投资增速居全省第3位。")
                .ranking("居全省第3位", 3, "全省", "工业投资增速", "今年上半年")
                .sentence("金大地新材料项目完成投资803亿元。")
                .project("金大地新材料项目")
                .fact(FactType.MONEY, "803亿元", 8.03e10, "元", "完成投资", null);
    }

    /** Report 001-like: 周口市, traditional script. */
    static Report zhoukou() {
        return new Report("001.txt", "周口市", null)
                .sentence("今年以來，全市規上工業增加值增長9.5%，")
                .fact(FactType.GROWTH, "9.5%", 9.5, "%", "规上工业增加值", "今年以来")
                .sentence("新簽約項目50個，總投資120億元。")
                .fact(FactType.QUANTITY, "50個", 50.0, "个", "新签约项目", "近两年")
                .fact(FactType.MONEY, "120億元", 1.2e10, "元", "总投资", null);
    }
}

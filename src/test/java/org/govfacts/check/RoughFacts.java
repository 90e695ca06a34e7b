package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.fact.Basis;
import org.govfacts.fact.Fact;
import org.govfacts.fact.FactType;
import org.govfacts.fact.Qualifier;
import org.govfacts.text.Sentence;
import org.govfacts.text.SentenceSplitter;

/**
 * A rough stand-in for extraction, for measuring the checker on unseen reports while the real
 * extractor is being written: digits with a unit, the words before them as indicator, the first
 * time expression of the sentence as period. Test code only; it is not the project's extractor.
 */
final class RoughFacts {
    private static final Pattern FIGURE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(余|多)?\\s*(万亿|亿|万|千)?\\s*(元|美元|个百分点|%|个|家|项|条|户|名|人次|人|次|场次|套|吨|亩|千瓦|公里|辆|所|座|件|批|个月|年|天)(以上|左右)?");
    private static final Pattern PERIOD = Pattern.compile("((19|20)\\d{2}年(上半年|前三季度|一季度|全年)?|今年(以来|上半年)?|去年|过去一年|截至目前|前\\d+个月)");
    private static final String BREAKS = "，,；;。：:、（(）)";

    private RoughFacts() {
    }

    static CheckDocument of(String doc, String text, String region) {
        List<Fact> facts = new ArrayList<>();
        for (Sentence s : SentenceSplitter.split(text, org.govfacts.text.TestLines.LINES)) {
            String sentence = text.substring(s.start(), s.end());
            Matcher pm = PERIOD.matcher(sentence);
            String period = pm.find() ? pm.group() : null;
            Matcher m = FIGURE.matcher(sentence);
            while (m.find()) {
                if (m.start() > 0 && (Character.isDigit(sentence.charAt(m.start() - 1)) || sentence.charAt(m.start() - 1) == '.')) {
                    continue;
                }
                String unit = m.group(4);
                if (unit.equals("年") && m.group(1).length() == 4) {
                    continue; // a year, not a duration
                }
                double v = Double.parseDouble(m.group(1));
                String mult = m.group(3);
                if (mult != null) {
                    v *= switch (mult) {
                        case "万亿" -> 1e12;
                        case "亿" -> 1e8;
                        case "万" -> 1e4;
                        default -> 1e3;
                    };
                }
                Qualifier q = m.group(2) != null || "以上".equals(m.group(5)) ? Qualifier.MORE_THAN
                        : "左右".equals(m.group(5)) ? Qualifier.ABOUT : null;
                int a = m.start();
                int b = a;
                while (b > 0 && BREAKS.indexOf(sentence.charAt(b - 1)) < 0) {
                    b--;
                }
                String label = sentence.substring(b, a).strip();
                FactType type;
                Basis basis = null;
                if (unit.equals("%") || unit.equals("个百分点")) {
                    boolean change = label.endsWith("增长") || label.endsWith("下降") || label.endsWith("提高") || label.contains("增速");
                    type = change ? FactType.GROWTH : FactType.RATIO;
                    if (change) {
                        basis = label.contains("同比") ? Basis.YOY : null;
                        if (label.endsWith("下降")) {
                            v = -v;
                        }
                    }
                    unit = unit.equals("%") ? "%" : "pp";
                } else if (unit.equals("元") || unit.equals("美元")) {
                    type = FactType.MONEY;
                } else {
                    type = FactType.QUANTITY;
                    unit = unit.equals("个月") ? "月" : unit;
                }
                String indicator = label.replaceAll("(增长|下降|达到|达|突破|超过|完成|实现|为|约|近|共|累计)+$", "");
                if (indicator.length() < 2) {
                    indicator = null;
                }
                int start = s.start() + a;
                int end = s.start() + m.end();
                facts.add(new Fact(doc, type, start, end, text.substring(start, end), v, unit, q, basis, null, null, null, null,
                        indicator, period, region, sentence, s.start(), sentence));
            }
        }
        return new CheckDocument(doc, facts, text);
    }
}

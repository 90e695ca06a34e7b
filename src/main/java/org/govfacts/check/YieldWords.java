package org.govfacts.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of check_yield_words.tsv by role, each list longest first: what makes a figure a yield (亩产), what ends an
 * output's or an area's crop (总产量, 播种面积), an area lost (绝产), scope words before a crop (全市) and a crop's word its
 * output and area leave out (作物).
 */
record YieldWords(List<String> yields, List<String> outputs, List<String> areas, List<String> damaged, List<String> leads,
                  List<String> suffixes) {

    static YieldWords of(List<String[]> rows) {
        List<String> yields = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        List<String> areas = new ArrayList<>();
        List<String> damaged = new ArrayList<>();
        List<String> leads = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        for (String[] row : rows) {
            if (row.length < 2) {
                throw new IllegalArgumentException("check_yield_words.tsv: want word<TAB>role, got " + String.join("\t", row));
            }
            List<String> to = switch (row[1].strip()) {
                case "yield" -> yields;
                case "output" -> outputs;
                case "area" -> areas;
                case "damaged" -> damaged;
                case "lead" -> leads;
                case "suffix" -> suffixes;
                default -> throw new IllegalArgumentException("check_yield_words.tsv: unknown role " + row[1] + " of " + row[0]);
            };
            to.add(row[0].strip());
        }
        return new YieldWords(CheckWords.longestFirst(yields), CheckWords.longestFirst(outputs), CheckWords.longestFirst(areas),
                List.copyOf(damaged), CheckWords.longestFirst(leads), List.copyOf(suffixes));
    }
}

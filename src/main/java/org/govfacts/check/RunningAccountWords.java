package org.govfacts.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The words of a budget's running account ({@code dictionaries/check_running_accounts.tsv}): those that open a clause
 * adding to the account (加上级补助收入…) or taking from it (扣除上解支出…), each with the characters that may not follow
 * it (加强, 减少), the words that make a figure the account's total (预算总收入, 收入总计), the flows an account may be
 * of (收入, 支出), and the words that say its total income and total spending are equal (收支平衡), with the characters
 * that may not follow them (收支平衡、略有结余) and the words that take the claim back after a comma (收支平衡，略有结余).
 */
record RunningAccountWords(List<Opener> openers, List<String> totals, List<String> flows, List<Opener> balancedWords,
        List<String> surplusWords) {
    /** A word that opens an adding ({@code sign} +1) or deducting (−1) clause, unless one of {@code notBefore} follows it. */
    record Opener(String word, int sign, String notBefore) {
        /** Whether one of the characters that may not follow the word stands right after it, the word being at {@code at}. */
        boolean blockedAt(String text, int at) {
            int next = at + word.length();
            return next < text.length() && notBefore.indexOf(text.charAt(next)) >= 0;
        }
    }

    /** Where in a text a word saying the account balances stands. */
    record Span(int start, int end) {
    }

    static RunningAccountWords of(List<String[]> rows) {
        List<Opener> openers = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        List<String> flows = new ArrayList<>();
        List<Opener> balanced = new ArrayList<>();
        List<String> surplus = new ArrayList<>();
        for (String[] row : rows) {
            switch (row[0]) {
                case "add", "deduct" -> openers.add(new Opener(row[1], "add".equals(row[0]) ? 1 : -1, row.length > 2 ? row[2] : ""));
                case "total" -> totals.add(row[1]);
                case "flow" -> flows.add(row[1]);
                case "balanced" -> balanced.add(new Opener(row[1], 0, row.length > 2 ? row[2] : ""));
                case "surplus" -> surplus.add(row[1]);
                default -> throw new IllegalStateException("check_running_accounts.tsv: unknown kind " + row[0]
                        + " (add, deduct, total, flow, balanced or surplus)");
            }
        }
        openers.sort(Comparator.comparingInt((Opener o) -> o.word().length()).reversed()); // 加上 before 加
        totals.sort(Comparator.comparingInt(String::length).reversed());
        balanced.sort(Comparator.comparingInt((Opener o) -> o.word().length()).reversed());
        return new RunningAccountWords(List.copyOf(openers), List.copyOf(totals), List.copyOf(flows), List.copyOf(balanced),
                List.copyOf(surplus));
    }

    /** +1 or −1 when {@code text} at {@code at} opens with an adding or deducting word, else 0. */
    int signAt(String text, int at) {
        for (Opener o : openers) {
            if (text.startsWith(o.word(), at)) {
                return o.blockedAt(text, at) ? 0 : o.sign();
            }
        }
        return 0;
    }

    /** Whether a base whose words are {@code baseLabel} starts an account whose total is named {@code totalWord}: 总收入 from 收入. */
    boolean sameFlow(String baseLabel, String totalWord) {
        return flows.stream().noneMatch(flow -> totalWord.contains(flow) && (baseLabel == null || !baseLabel.contains(flow)));
    }

    /**
     * Where a word saying the account balances stands in {@code text} (收支执行平衡。), or null where none does: not one
     * a character of its own list follows, nor one a surplus word follows after a comma (收支平衡，略有结余).
     */
    Span balancedIn(String text) {
        for (Opener o : balancedWords) {
            for (int at = text.indexOf(o.word()); at >= 0; at = text.indexOf(o.word(), at + 1)) {
                int end = at + o.word().length();
                if (!o.blockedAt(text, at) && !surplusAt(text, end)) {
                    return new Span(at, end);
                }
            }
        }
        return null;
    }

    private boolean surplusAt(String text, int from) {
        int at = from;
        while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || "，,、".indexOf(text.charAt(at)) >= 0)) {
            at++;
        }
        return CheckWords.at(surplusWords, text, at) != null;
    }

    /** The total word in {@code label}, or null. */
    String totalIn(String label) {
        return label == null ? null : CheckWords.firstIn(totals, label);
    }
}

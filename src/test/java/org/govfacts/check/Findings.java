package org.govfacts.check;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Paths;
import java.util.List;
import java.util.function.Predicate;
import org.govfacts.fact.Fact;
import org.govfacts.lexicon.Lexicon;

/** Test helpers: the checker with the project's dictionaries, and finding look-ups. */
final class Findings {
    static final CheckWords WORDS = CheckWords.from(Lexicon.at(Paths.get("dictionaries")));
    static final Checker CHECKER = new Checker(WORDS);

    private Findings() {
    }

    static List<Finding> check(CheckDocument... docs) {
        return CHECKER.check(List.of(docs));
    }

    /** Whether a finding involves a fact whose text is {@code text} (in document {@code docPrefix}, when given). */
    static Predicate<Finding> involving(String text) {
        return f -> f.facts().stream().anyMatch(x -> x.text().equals(text));
    }

    static Predicate<Finding> involving(String docPrefix, String text) {
        return f -> f.facts().stream().anyMatch(x -> x.text().equals(text) && x.doc().startsWith(docPrefix));
    }

    /** Whether a finding's facts are exactly those whose texts are {@code texts}. */
    static Predicate<Finding> over(String... texts) {
        java.util.Set<String> wanted = java.util.Set.of(texts);
        return f -> f.facts().stream().map(Fact::text).collect(java.util.stream.Collectors.toSet()).equals(wanted);
    }

    static List<Finding> of(List<Finding> findings, FindingKind kind, Predicate<Finding> p) {
        return findings.stream().filter(f -> f.kind() == kind).filter(p).toList();
    }

    /** The one finding of {@code kind} matching {@code p}; fails listing all findings otherwise. */
    static Finding one(List<Finding> findings, FindingKind kind, Predicate<Finding> p) {
        List<Finding> found = of(findings, kind, p);
        if (found.size() != 1) {
            StringBuilder b = new StringBuilder("expected one " + kind + " finding, found " + found.size() + " among:\n");
            for (Finding f : findings) {
                b.append("  ").append(f.kind()).append(' ').append(f.verdict()).append(' ').append(f.message());
                for (Fact x : f.facts()) {
                    b.append(" [").append(x.text()).append(']');
                }
                b.append('\n');
            }
            fail(b.toString());
        }
        return found.get(0);
    }
}

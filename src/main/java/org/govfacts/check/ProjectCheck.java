package org.govfacts.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govfacts.fact.Fact;

/**
 * The same project's figures compared wherever they are stated: how long it took (16个月 in one
 * report, 一年半 in another, compared in months) and its total investment. Across reports the
 * finding is CROSS_DOCUMENT, within one report DUPLICATE.
 */
final class ProjectCheck {
    private final RestatementCheck restatements;

    ProjectCheck(RestatementCheck restatements) {
        this.restatements = restatements;
    }

    List<Finding> check(ProjectRegister register) {
        List<Finding> out = new ArrayList<>();
        for (Project p : register.projects()) {
            for (String role : List.of("duration", "investment")) {
                Map<String, List<Fact>> byDoc = new LinkedHashMap<>();
                for (Project.Figure f : p.figures()) {
                    if (f.role().equals(role)) {
                        byDoc.computeIfAbsent(f.fact().doc(), d -> new ArrayList<>()).add(f.fact());
                    }
                }
                Fact first = null;
                for (List<Fact> facts : byDoc.values()) {
                    for (int i = 1; i < facts.size(); i++) {
                        // 总投资105亿元的A…，总投资107亿元的B…: two figures of one sentence given to one project are
                        // a misattribution (a sentence does not state a project's figure twice), never a restatement
                        if (facts.get(i).sentenceStart() != facts.get(0).sentenceStart()) {
                            out.add(finding(FindingKind.DUPLICATE, p, role, facts.get(0), facts.get(i)));
                        }
                    }
                    if (first == null) {
                        first = facts.get(0);
                    } else {
                        out.add(finding(FindingKind.CROSS_DOCUMENT, p, role, first, facts.get(0)));
                    }
                }
            }
        }
        return out;
    }

    private Finding finding(FindingKind kind, Project p, String role, Fact a, Fact b) {
        RestatementCheck.Comparison c = restatements.compare(a, b);
        String what = role.equals("duration") ? "the time it took" : "its total investment";
        String subject = "Project " + p.name() + nameNote(p, a, b) + ": " + what + " is " + c.shownA() + " in " + a.doc();
        if (c.agree()) {
            return new Finding(kind, Verdict.CONSISTENT, List.of(a, b), c.expected(), c.stated(), c.tolerance(), c.unit(),
                    subject + " and " + c.shownB() + " in " + b.doc() + ": they agree.");
        }
        return new Finding(kind, Verdict.INCONSISTENT, List.of(a, b), c.expected(), c.stated(), c.tolerance(), c.unit(),
                subject + " but " + c.shownB() + " in " + b.doc() + BreakdownCheck.tolerancePhrase(c.tolerance(), c.unit()) + ".");
    }

    /** The names the two statements use, when they differ from the register's name. */
    private static String nameNote(Project p, Fact a, Fact b) {
        List<String> used = new ArrayList<>();
        for (Fact f : new Fact[] {a, b}) {
            Fact mention = mentionBefore(p, f);
            if (mention != null) {
                String n = ProjectNames.display(mention.name() != null ? mention.name() : mention.text());
                if (!n.equals(p.name()) && !used.contains(n)) {
                    used.add(n);
                }
            }
        }
        return used.isEmpty() ? "" : " (also named " + String.join(", ", used) + ")";
    }

    private static Fact mentionBefore(Project p, Fact f) {
        Fact best = null;
        for (Fact m : p.mentions()) {
            if (m.doc().equals(f.doc()) && m.sentenceStart() == f.sentenceStart()) {
                best = m;
            }
        }
        return best;
    }
}

package org.govfacts.check;

import java.util.List;
import org.govfacts.fact.Fact;

/**
 * One project as the register knows it, across every report that mentions it.
 *
 * @param name     the name it is listed under (its most frequent variant)
 * @param variants every name it goes by, as written (simplified)
 * @param docs     the reports that mention it
 * @param mentions its mentions (project facts), in document order
 * @param figures  the figures said of it
 * @param statuses the stages the reports say it has reached (签约, 开工, 投产 …)
 * @param dates    dates said of it (去年9月投产, 7月11日 …)
 */
public record Project(String name, List<String> variants, List<String> docs, List<Fact> mentions, List<Figure> figures,
                      List<Said> statuses, List<Said> dates) {

    /**
     * A figure said of a project.
     *
     * @param role "investment" (总投资), "duration" (用时, 历时 …) or "other"
     */
    public record Figure(String role, Fact fact) {
    }

    /** A word said of a project in a report, with the sentence it was said in. */
    public record Said(String text, String doc, String sentence) {
    }
}

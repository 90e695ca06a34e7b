package org.govfacts.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.govfacts.check.Finding;
import org.govfacts.check.Verdict;
import org.govfacts.fact.Fact;
import org.govfacts.output.FactJson;

/** The site's front page: one row per report with its date, region and counts by type and status. */
final class IndexPage {
    private IndexPage() {
    }

    static String render(List<ReviewReport> reports, List<Finding> findings) {
        StringBuilder sb = new StringBuilder(4096 + reports.size() * 600);
        PageParts.head(sb, "govfacts review: " + reports.size() + " reports");
        long facts = reports.stream().mapToLong(r -> r.facts().size()).sum();
        sb.append("<body class=\"index\">\n<header>\n<h1>govfacts review</h1>\n<p class=\"meta\">").append(reports.size())
                .append(" reports · ").append(facts).append(" facts · ").append(findings.size()).append(" check findings (")
                .append(findings.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).count())
                .append(" inconsistent)</p>\n");
        PageParts.legend(sb);
        sb.append("</header>\n<section>\n<p class=\"filters\"><input id=\"filter-text\" type=\"search\" placeholder=\"filter: any words\"> ")
                .append("<span id=\"filter-count\"></span></p>\n<table class=\"sortable\" id=\"report-table\">\n<thead><tr>")
                .append("<th>report</th><th>date</th><th>region</th><th>characters</th><th>facts</th>");
        for (String t : PageParts.TYPES) {
            sb.append("<th>").append(t).append("</th>");
        }
        for (String s : PageParts.STATUSES) {
            sb.append("<th>").append(s).append("</th>");
        }
        sb.append("<th title=\"facts with no status\">no status</th><th>inconsistent</th><th>findings</th></tr></thead>\n<tbody>\n");
        for (ReviewReport r : reports) {
            Map<String, Integer> byType = new LinkedHashMap<>();
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            for (Fact f : r.facts()) {
                byType.merge(f.type().id(), 1, Integer::sum);
                String status = FactJson.toJson(f).path("status").asText("");
                byStatus.merge(status.isEmpty() ? "-" : status, 1, Integer::sum);
            }
            List<Finding> mine = findings.stream()
                    .filter(f -> f.facts().stream().anyMatch(x -> Objects.equals(x.doc(), r.doc()))).toList();
            String title = r.field("title");
            String date = r.field("date") != null ? r.field("date") : r.field("year");
            sb.append("<tr><td><a href=\"").append(Html.attr(r.page())).append("\">").append(Html.text(r.doc())).append("</a>");
            if (title != null) {
                sb.append("<br><small>").append(Html.text(title)).append("</small>");
            }
            sb.append("</td><td>").append(Html.text(date == null ? "" : date)).append("</td><td>")
                    .append(Html.text(r.field("region") == null ? "" : r.field("region"))).append("</td>");
            number(sb, r.text() == null ? 0 : r.text().length());
            number(sb, r.facts().size());
            for (String t : PageParts.TYPES) {
                number(sb, byType.getOrDefault(t, 0));
            }
            for (String s : PageParts.STATUSES) {
                number(sb, byStatus.getOrDefault(s, 0));
            }
            number(sb, byStatus.getOrDefault("-", 0));
            number(sb, (int) mine.stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).count());
            number(sb, mine.size());
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
        PageParts.script(sb);
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static void number(StringBuilder sb, int n) {
        sb.append("<td class=\"num\" data-v=\"").append(n).append("\">").append(n).append("</td>");
    }
}

package org.govfacts.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govfacts.check.Finding;
import org.govfacts.output.ReplacingFile;

/**
 * Writes the review site: a page per report and the index page, into one folder, with nothing
 * fetched from elsewhere when viewed (style and script are inline). Each page is written whole
 * and moved into place; the index comes last, so it never lists a page that is not there.
 */
public final class ReviewSite {
    /** What was written. */
    public record Summary(int pages, long facts, int findings, int problems) {
    }

    private ReviewSite() {
    }

    /**
     * @param findings the checker's findings over all the reports (each page shows those involving it)
     * @param warnings where problems are reported: two reports with one page name, facts that do not fit their text
     */
    public static Summary write(Path dir, List<ReviewReport> reports, List<Finding> findings, PrintWriter warnings) throws IOException {
        Files.createDirectories(dir);
        Map<String, ReviewReport> pageOwners = new HashMap<>();
        int problems = 0;
        for (ReviewReport r : reports) {
            ReviewReport previous = pageOwners.putIfAbsent(r.page(), r);
            if (previous != null) {
                warnings.println("govfacts: " + r.field("path") + ": warning: another report (" + previous.field("path") + ") has the same file name "
                        + r.doc() + "; its page " + r.page() + " shows that one, this one is left out");
                problems++;
                continue;
            }
            ReportPage.Rendered page = ReportPage.render(r, findings);
            for (String p : page.problems()) {
                warnings.println("govfacts: " + r.field("path") + ": warning: " + p);
                problems++;
            }
            writeFile(dir.resolve(r.page()), page.html());
        }
        List<ReviewReport> shown = reports.stream().filter(r -> pageOwners.get(r.page()) == r).toList();
        writeFile(dir.resolve(ReviewLink.INDEX_PAGE), IndexPage.render(shown, findings));
        warnings.flush();
        return new Summary(shown.size(), shown.stream().mapToLong(r -> r.facts().size()).sum(), findings.size(), problems);
    }

    private static void writeFile(Path file, String html) throws IOException {
        ReplacingFile.write(file, out -> {
            out.write(html.getBytes(StandardCharsets.UTF_8));
            return null;
        });
    }
}

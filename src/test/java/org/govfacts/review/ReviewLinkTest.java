package org.govfacts.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReviewLinkTest {
    @Test
    void aFactLinksToItsReportsPageAndSpan() {
        assertEquals("000_de635acace6085cf.txt.html#f-681-686", ReviewLink.of("000_de635acace6085cf.txt", 681, 686));
        assertEquals("2026_上海市_政府工作报告.txt.html", ReviewLink.page("2026_上海市_政府工作报告.txt"));
    }

    @Test
    void namesThatFileSystemsOrUrlsTreatSpeciallyAreMadeSafe() {
        assertEquals("a_b_c_d.pdf.html", ReviewLink.page("a b#c?d.pdf"));
        assertEquals("_hidden.txt.html", ReviewLink.page(".hidden.txt"));
        assertEquals("index_.html", ReviewLink.page("index"), "a report called index does not replace the site's index page");
        assertEquals("report.html", ReviewLink.page(null));
        String longName = "很".repeat(100) + ".txt";
        String page = ReviewLink.page(longName);
        assertEquals(true, page.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 250, page);
        assertEquals(false, page.equals(ReviewLink.page("很".repeat(99) + "长.txt")), "cut names stay apart");
    }
}

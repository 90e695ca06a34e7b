package org.govfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkTest {
    @Test
    void marksFactAndQueryMatches() {
        String s = "全市规上工业增加值增长12.1%";
        List<Mark> marks = List.of(new Mark(11, 16, Mark.Kind.FACT), new Mark(2, 9, Mark.Kind.QUERY));
        assertEquals("全市«规上工业增加值»增长【12.1%】", Mark.render(s, marks));
    }

    @Test
    void theFactWinsWhereMarksOverlap() {
        assertEquals("«ab»【cd】", Mark.render("abcd", List.of(new Mark(0, 3, Mark.Kind.QUERY), new Mark(2, 4, Mark.Kind.FACT))));
        assertEquals("«ab»【cd】e", Mark.render("abcde", List.of(new Mark(0, 4, Mark.Kind.QUERY), new Mark(2, 4, Mark.Kind.FACT))));
    }
}

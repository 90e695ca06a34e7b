package org.govfacts.check;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A total and the parts the text breaks it into.
 *
 * @param total the figure broken down
 * @param parts its parts, in text order
 * @param form  how the text marks the breakdown, which says how complete the list claims to be
 * @param closedByTheRest whether the list's last part is what is left (其他作物, 其余): the list then names every part, whatever its form
 */
record Breakdown(Placed total, List<Placed> parts, Form form, boolean closedByTheRest) {
    Breakdown(Placed total, List<Placed> parts, Form form) {
        this(total, parts, form, false);
    }

    enum Form {
        /** 401.2亿元(248亿元 … 20亿元): a list in parentheses right after the total, normally complete. */
        PARENTHESES,
        /** 766个。其中 353个、296个、117个: a list after 其中, which may name only some parts. */
        CUE,
        /** 10个、20个，合计30个: parts first, then the total. */
        TOTAL_AFTER,
        /** 245.61亿元。其中，第一产业46.84亿元，…；第二产业69.61亿元，…: one part a clause after 其中, which may name only some. */
        CLAUSES,
        /** 按阶段划分，46个投产项目…；136个续建项目…: one part a clause after a classification, which covers the whole. */
        CLASSIFIED,
        /** 112635人。其中，城镇…人，乡村…人；男性…人，女性…人: each clause after 其中 a list of its own, one split of the total. */
        CLAUSE_LISTS,
        /** 第一产业…，第二产业…，第三产业…: every part of a split by definition (check_partitions.tsv), which covers the whole. */
        PARTITION,
        /** 地区生产总值… in one paragraph, 第一产业增加值…第二产业…第三产业… in another: an identity of check_identities.txt. */
        IDENTITY
    }

    /** Each part of the breakdowns to its total, by identity (a part two lists hold goes with the later list). */
    static Map<Placed, Placed> totalsOfParts(List<Breakdown> breakdowns) {
        Map<Placed, Placed> out = new IdentityHashMap<>();
        for (Breakdown b : breakdowns) {
            b.parts().forEach(p -> out.put(p, b.total()));
        }
        return out;
    }
}

package org.govfacts.extract.numeral;

import java.util.Locale;

/**
 * What kind of amount a unit makes: decides which dimension a figure belongs to. TIMES is a
 * multiple (增长1.5倍, 是全国的2.3倍) and DOUBLING a growth written as doublings (翻两番), both
 * valued as the multiple and turned into percent by the rate finder; PERMILLE (出生率12.17‰) is a
 * rate per thousand, kept in its own unit; ANNIVERSARY (75周年) is
 * recognised so that it is never taken for a duration, and no finder reports it; NON_UNIT (期间) is a word that opens
 * with a unit but is none, recognised so that the shorter unit is not taken (十三五期间 is a plan's years, not 15 phases).
 */
public enum UnitKind {
    MONEY, COUNT, MEASURE, DURATION, PERCENT, PERMILLE, PP, TIMES, DOUBLING, ANNIVERSARY, NON_UNIT;

    static UnitKind parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}

package org.govfacts.extract.numeral;

import java.util.Locale;

/** What kind of amount a unit makes: decides which dimension a figure belongs to. */
public enum UnitKind {
    MONEY, COUNT, MEASURE, DURATION, PERCENT, PP;

    static UnitKind parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}

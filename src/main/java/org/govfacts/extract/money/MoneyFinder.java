package org.govfacts.extract.money;

import java.util.ArrayList;
import java.util.List;
import org.govfacts.extract.DocumentContext;
import org.govfacts.extract.FactFinder;
import org.govfacts.extract.FoundFact;
import org.govfacts.extract.numeral.Amount;
import org.govfacts.extract.numeral.Signs;
import org.govfacts.extract.numeral.UnitKind;
import org.govfacts.fact.FactType;
import org.govfacts.text.Clauses;

/** Monetary amounts: a figure whose unit is a currency (803亿元, 2800余万元, 突破百亿元, 5 亿美元). */
public final class MoneyFinder implements FactFinder {
    @Override
    public List<FoundFact> find(DocumentContext c) {
        List<FoundFact> out = new ArrayList<>();
        for (Amount a : c.amounts()) {
            // 跨越3个千亿元台阶: thresholds counted, not an amount of money
            boolean counted = a.start() > 0 && c.t().charAt(a.start() - 1) == '个';
            if (a.kind() == UnitKind.MONEY && !counted && !c.quoted().anyQuoted(a.numberStart(), a.numberEnd())) {
                // 补充预算周转金-21万元: an amount below zero in an account, written with a minus sign (not a range 10-20万元)
                int minus = a.start() == a.numberStart() && !a.isRange()
                        ? Signs.minusWidthBefore(c.t(), a.start(), Clauses.start(c.t(), a.start()), false) : 0;
                int sign = minus > 0 ? -1 : 1;
                out.add(FoundFact.numeric(FactType.MONEY, a.start() - minus, a.end(), sign * a.value().doubleValue(),
                        a.isRange() ? a.max().doubleValue() : null, a.unit(), a.qualifier(), null));
            }
        }
        return out;
    }
}

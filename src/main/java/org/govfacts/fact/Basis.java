package org.govfacts.fact;

import java.util.Locale;

/** What a growth rate is measured against (FACTS.md). */
public enum Basis {
    /** 同比: against the same period a year earlier. */
    YOY,
    /** 高于/低于 a reference such as 全省平均水平. */
    VS_BENCHMARK,
    /** 拉动 … 增长 N 个百分点. */
    CONTRIBUTION,
    /** 年均. */
    ANNUAL_AVG,
    /** A change of a level (比上年增加1500亿元, 减少1386万人), for money and quantities: the indicator names what changed. */
    CHANGE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Basis parse(String id) {
        return id == null || id.isBlank() ? null : valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}

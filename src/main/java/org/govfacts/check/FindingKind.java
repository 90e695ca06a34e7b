package org.govfacts.check;

import java.util.Locale;

/** Which relation between figures a finding checks. */
public enum FindingKind {
    /** Parts against the total they break down (项目766个，其中 353个、296个、117个). */
    SUM,
    /** A rate against the counts it is computed from (开复工107项 of 137个 → 开复工率78.1%). */
    RATE,
    /** A share against the base it names (占年度计划投资的11.75%). */
    SHARE,
    /** A done part and a remaining part against their total (137 = 107 开复工 + 剩余 N 未开工). */
    SPLIT,
    /** One indicator stated twice in one report. */
    DUPLICATE,
    /** The same project, or indicator, region and period, stated in two reports. */
    CROSS_DOCUMENT,
    /** A growth rate against the two levels it implies. */
    GROWTH,
    /** A gap in points against the two stated rates it lies between (低于全国城镇调查失业率0.5个百分点). */
    GAP,
    /** A target against the result for the same indicator, subject, place and period: met or missed, never inconsistent. */
    TARGET;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.govfacts.panel;

/** Whether a target was met, by the rule of its qualifier (README, "Target against result"). */
public enum Attainment {
    MET, MISSED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.govfacts.extract.project;

/**
 * The numerals of counts (14个重点项目, 三座新建大桥, 两个重点工程), one place for the regular expressions of the project
 * finder that read them.
 */
final class Counts {
    /** 14, 十四, 两: a count in digits or in Chinese numerals. */
    static final String NUMBER = "(?:\\d+|[一二两三四五六七八九十]+)";

    private Counts() {
    }
}

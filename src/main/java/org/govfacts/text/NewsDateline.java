package org.govfacts.text;

import java.util.regex.Pattern;

/**
 * A news story's dateline, the month and day it was filed with the word that files it (新华社北京3月5日电,
 * 大众网济南1月25日讯, 央广网海口4月19日消息, 广州日报珠海讯), and a reporter's byline (记者 胡丽华 杭州报道). The report-region finder
 * reads it to know that the place beside it is where the story was filed from; the report-date finder, to know
 * when in the year the story was written.
 */
public final class NewsDateline {
    /** Month and day in groups 1 and 2, then 电, 讯 or 消息; the whole month (not 2月 of 12月 or 十二月). */
    public static final Pattern PATTERN = Pattern.compile(
            "(?<![0-9〇零一二三四五六七八九十])" + FullDate.SMALL + "\\s*月\\s*" + FullDate.SMALL + "\\s*日\\s*(?:电|讯|消息)");
    /** A newspaper's dateline without a date: 广州日报珠海讯, 南方日报讯, 本报讯 (the paper's own place is not the story's). */
    public static final Pattern PAPER_DATELINE = Pattern.compile("(?:日报|晚报|时报|商报|本报|网)\\p{IsHan}{0,4}讯(?![息号])");
    /** A reporter's byline closing a line: 21世纪经济报道记者 胡丽华 杭州报道. */
    public static final Pattern BYLINE = Pattern.compile("(?:记者|通讯员).{0,30}报道\\s*$");

    private NewsDateline() {
    }

    /** Whether {@code line} carries a dateline or closes on a byline. */
    public static boolean in(String line) {
        return PATTERN.matcher(line).find() || PAPER_DATELINE.matcher(line).find() || BYLINE.matcher(line).find();
    }
}

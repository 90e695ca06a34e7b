package org.govfacts.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govfacts.normalize.ScriptFolding;

/** Reads a bound given on the command line: 10, 1.5e10, 100亿, 100亿元, 6万, 12.1%. */
public final class AmountArgument {
    private static final Pattern AMOUNT = Pattern.compile(
            "([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(万亿|亿|千万|百万|万|千|百)?\\s*(?:元|%|％)?");

    private AmountArgument() {
    }

    public static double parse(String s) {
        String t = ScriptFolding.fold(s.strip()).replace(",", "").replace("，", "");
        t = t.replace('億', '亿').replace('萬', '万');
        Matcher m = AMOUNT.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a number: '" + s + "' (e.g. 10, 1e10, 100亿, 6万)");
        }
        double v = Double.parseDouble(m.group(1));
        String mult = m.group(2);
        if (mult != null) {
            v *= switch (mult) {
                case "万亿" -> 1e12;
                case "亿" -> 1e8;
                case "千万" -> 1e7;
                case "百万" -> 1e6;
                case "万" -> 1e4;
                case "千" -> 1e3;
                default -> 1e2;
            };
        }
        return v;
    }
}

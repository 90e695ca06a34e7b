package org.govfacts.read;

import java.nio.charset.Charset;
import java.util.Arrays;
import org.mozilla.universalchardet.prober.distributionanalysis.Big5DistributionAnalysis;
import org.mozilla.universalchardet.prober.distributionanalysis.GB2312DistributionAnalysis;

/**
 * How common a Chinese character is in running text, simplified or traditional. Used to tell a
 * right decoding (mostly everyday characters) from a wrong one (rare characters, kana, private-use
 * code points), which is what separates GB18030 from Big5 even for a few words.
 *
 * <p>The frequency orders are Mozilla's, shipped inside juniversalchardet: one for the GB2312
 * level-1 characters, one for the Big5 level-1 characters. The library exposes them only to its
 * subclasses, hence the two small subclasses below, which merely read them.
 */
final class HanziFrequency {
    /** Rank given to characters neither table knows: rare, or outside both level-1 sets. */
    static final int UNRANKED = Short.MAX_VALUE;

    private static final short[] RANK_BY_CHAR = build();

    private HanziFrequency() {
    }

    /** 0 for the most frequent character (的), growing for rarer ones; {@link #UNRANKED} if unknown. */
    static int rank(char c) {
        return RANK_BY_CHAR[c];
    }

    private static short[] build() {
        short[] ranks = new short[Character.MAX_VALUE + 1];
        Arrays.fill(ranks, (short) UNRANKED);
        GbOrder gb = new GbOrder();
        fill(ranks, Charset.forName("GB2312"), 0xB0, 0xF7, 0xA1, 0xFE, gb::rank);
        Big5Order big5 = new Big5Order();
        fill(ranks, Charset.forName("Big5"), 0xA4, 0xF9, 0x40, 0xFE, big5::rank);
        return ranks;
    }

    private interface Ranker {
        int rank(byte[] twoBytes);
    }

    private static void fill(short[] ranks, Charset cs, int hiFrom, int hiTo, int loFrom, int loTo, Ranker ranker) {
        byte[] pair = new byte[2];
        for (int hi = hiFrom; hi <= hiTo; hi++) {
            for (int lo = loFrom; lo <= loTo; lo++) {
                pair[0] = (byte) hi;
                pair[1] = (byte) lo;
                int r = ranker.rank(pair);
                if (r < 0 || r >= UNRANKED) {
                    continue;
                }
                String s = new String(pair, cs);
                if (s.length() == 1 && Character.isIdeographic(s.charAt(0)) && r < ranks[s.charAt(0)]) {
                    ranks[s.charAt(0)] = (short) r;
                }
            }
        }
    }

    private static final class GbOrder extends GB2312DistributionAnalysis {
        int rank(byte[] pair) {
            int order = getOrder(pair, 0);
            return order >= 0 && order < charToFreqOrder.length ? charToFreqOrder[order] : -1;
        }
    }

    private static final class Big5Order extends Big5DistributionAnalysis {
        int rank(byte[] pair) {
            int order = getOrder(pair, 0);
            return order >= 0 && order < charToFreqOrder.length ? charToFreqOrder[order] : -1;
        }
    }
}

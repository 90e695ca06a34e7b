package org.govfacts.eval;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Project names on public documents beyond the seeds and the provincial corpus (national reports and
 * lists in traditional and simplified script, provincial, city and county reports, news of several
 * regions), annotated blind (evaluation/README.md). Only projects are annotated there, so only the
 * project row is read. The floors are the scores reached; raise them as they rise.
 */
class ProjectSetEvaluationTest {
    @ParameterizedTest
    @CsvSource({
        // set, precision, recall, F1
        "projects-dev, 0.97, 0.97, 0.97",
        // scored once, blind (F1 0.691), studied since
        "projects-heldout, 0.99, 0.92, 0.96",
        // second blind round, scored once (F1 0.784), studied since; 0.851 → 0.845 when 医院 stopped
        // being a head word (琼威国际医院 missed; 三甲医院, 公立医院 kept out of the register);
        // 0.908 → 0.904 when 及 began to join a facility and its unnamed adjunct (翁象大道及连接线, optional there);
        // 0.920 with 分别是/建成投产 cut off before a name
        "projects-heldout2, 0.96, 0.87, 0.92",
        // third blind round, scored once on the second round's rules (F1 0.605), studied since (0.853 with 陜 → 陕)
        "projects-heldout3, 0.88, 0.88, 0.88", // 0.861 with ring roads as works (eleventh session)
        // fourth blind round, scored once (F1 0.768), studied since
        "projects-heldout4, 0.95, 0.85, 0.9", // 0.894 (eleventh session)
        // fifth blind round, scored once (F1 0.811), studied since (0.888)
        "projects-heldout5, 0.93, 0.91, 0.92",
        // sixth blind round, scored once (F1 0.897; 0.902 on the code of the session's start); studied since
        "projects-heldout6, 0.97, 0.94, 0.96", // 0.976: one more false name (fiftieth session, held out, not studied)
        // seventh blind round, scored once (F1 0.764; 0.752 on the code of the session's start), studied since
        // (issue 14: 0.884 with streets' works, a part of the country as a network, 阶段 no section)
        "projects-heldout7, 0.95, 0.87, 0.91", // 0.907 with 线下 generic (eleventh session)
        // eighth blind round, scored once (F1 0.673 on a95e476), studied since (issue 14: 0.880; 0.895 with housing estates)
        "projects-heldout8, 0.98, 0.88, 0.92",
        // ninth blind round, scored once (F1 0.749 on c395fd4), studied since (0.845; 0.900 with dash routes, coded sections, 及 adjuncts and sized plants)
        "projects-heldout9, 0.96, 0.93, 0.94", // 0.937 with counted lists in 项 and numbered items (eleventh session)
        // tenth blind round, scored once (F1 0.663, P 0.900, R 0.525, on e40c6ab and on the sixth session's start code alike)
        // studied since (issue 14: 0.822 with small city works named without 项目/工程 — bridges after a place, roads
        // with their works cut off, described items after 主要包括：, buildings and plazas where the sentence builds them)
        // (0.878 with gardens, cinemas and hotels where they are built, national trunk roads, 市将 cut off; seventh session)
        "projects-heldout10, 0.98, 0.82, 0.89", // 0.896 with 距 a location cue (eleventh session)
        // eleventh blind round, scored once at the end of the seventh session on 3efc66e (0.855 / 0.764 / 0.807; 0.841 / 0.732 /
        // 0.783 on its start code), studied since (issue 14: 0.887 with numbered national roads and their sections, the
        // ends of a stretch in brackets, 增建…线, 中心站, 作为 and 功能 ending names, roles and generic words; 0.937 with roads
        // in lists after a part of town, bridges without 大, schools listed as built, 等N条道路; eighth session)
        "projects-heldout11, 0.96, 0.91, 0.94", // 0.946 (eleventh session); P 0.966 since 專案 is a head word (its gold leaves 專案 off one name)
        // twelfth blind round, scored once at the end of the eighth session on f2bf9d5 (0.896 / 0.699 / 0.785; 0.780 on its
        // start code fccd3eb), studied since (issue 14: 0.842 with institutions listed as built, numbered institutions, hubs at a
        // station, listed facilities with a name of their own; ninth session; 0.860 with 抓/扭住 项目 cut, 轨道交通…线 and
        // bracketed sections ending list items)
        "projects-heldout12, 0.95, 0.87, 0.91", // 0.902 with items giving their investment, 歌剧院/学院 (eleventh session)
        // thirteenth blind round, scored once at the end of the ninth session on 0e6dfa7 (0.826 / 0.785 / 0.805; the same on its
        // start code 65d4dd5), studied since (0.876 with words before a name that end it, a port's 港区, a part of a work
        // labelling the structure after it, 至和县, counted ordinals)
        "projects-heldout13, 0.91, 0.9, 0.91", // 0.890 with 西起, 创新谷 (eleventh session)
        // fourteenth blind round, scored once at the end of the tenth session on 352929f (0.887 / 0.728 / 0.800; 0.874 / 0.723 /
        // 0.791 on its start code d34943a), studied in the eleventh session (0.927: lists closed by a completion word,
        // counted colon lists, 位于 a location, 中 between two works, heads 大楼/古玩城, 新建铁路…线)
        "projects-heldout14, 0.98, 0.89, 0.93",
        // fifteenth blind round, scored once at the end of the eleventh session on 6044900 (0.884 / 0.777 / 0.827; 0.890 /
        // 0.777 / 0.830 on its start code b56dc55), studied in the twelfth session (0.838: a list whose items proved names vouches
        // for a facility item left over, a road's extension one way)
        "projects-heldout15, 0.9, 0.83, 0.86", // 0.859 with coded roads and branch lines (twelfth session)
        // sixteenth blind round, scored once at the end of the twelfth session on 96e65ae (0.838 / 0.726 / 0.778; the same on
        // its start code 5f7b7a2), studied in the twelfth session (0.794: 和 opening a list item's name, coded roads)
        "projects-heldout16, 0.88, 0.8, 0.84", // 0.803 with kV voltages (thirteenth session), 0.828 (fourteenth)
        // seventeenth blind round, scored once at the end of the twelfth session on 97088c8 (0.844 / 0.805 / 0.824; the same on
        // its round's start code 96e65ae); its misses read in the thirteenth session (0.825: 互通立交, 收费站 heads)
        "projects-heldout17, 0.88, 0.81, 0.85", // 0.834 (sixteenth session)
        // eighteenth blind round, scored once at the end of the twelfth session on 718747a (0.857 / 0.757 / 0.804; the same on
        // its round's start code 56b7af0); its misses read in the thirteenth session, no rule from them changed it
        "projects-heldout18, 0.87, 0.78, 0.82",
        // nineteenth blind round, scored once at the end of the thirteenth session on 81260fc (0.821 / 0.795 / 0.808; 0.828 /
        // 0.795 / 0.811 on the session's start code fd5d46a), then 0.811: two function characters are no line's initials
        // 0.808 again with kV read as 千伏 (110kv输变电工程 taken, as 110千伏… is); 0.805 (fourteenth session): 工业区 a head, so
        // 河北唐山市曹妃甸工业区 is taken with the places before it (曹妃甸工业区 optional in the gold)
        "projects-heldout19, 0.86, 0.84, 0.85",
        // twentieth blind round, scored once at the end of the thirteenth session on 81260fc (0.798 / 0.723 / 0.759; the same
        // on its round's start code 07ea735), studied in the fourteenth session (0.821: 将 and a verb cut a name, a list of works
        // parted by 、 before the clauses that describe them, parks by what they hold, a work named in brackets after its kind)
        "projects-heldout20, 0.85, 0.81, 0.83",
        // twenty-first blind round, scored once at the very end of the thirteenth session on 4c5b359 (0.802 / 0.788 / 0.795;
        // the same on its round's start code 7555ffe), studied in the fourteenth session (0.882, as above)
        "projects-heldout21, 0.89, 0.91, 0.9", // 0.895 (seventeenth session)
        // twenty-second blind round, scored once at the end of the fourteenth session on a2ee451 (0.868 / 0.845 / 0.856; the
        // same on the session's start code d3f8133), studied after it (0.896: reporting verbs and 将以 cut a name, a section's
        // added track, a numeral inside a place's name, a company named after a work, a second section of the same line)
        "projects-heldout22, 0.93, 0.89, 0.91", // 0.910 with extended lines (12号线西延伸) and lists closed inside a candidate
        // twenty-third blind round, scored once at the end of the fourteenth session on 3aab8bf (0.812 / 0.766 / 0.788; 0.804 /
        // 0.766 / 0.785 on its round's start code a2ee451), studied after it (0.829: a numbered line extended one way, a list
        // closed by 等 inside a candidate, 所有 and a bracketed list of kinds of places are no name)
        // 0.856 (fifteenth session): a date before a name (今年3月|宁蒗至永胜高速公路), 各项工程 after a facility's name
        // -23: 環島高速公路西線, a part of the line after the line, is left out of its gold; -61's annotators require it (forty-third
        // session, 0.892 -> 0.883)
        "projects-heldout23, 0.88, 0.84, 0.86",
        // twenty-fourth blind round, scored once at the very end of the fourteenth session on c144e34 (0.802 / 0.755 / 0.778;
        // 0.792 / 0.745 / 0.768 on its round's start code f8564a2), studied after it (0.808: a numbered line's other name in
        // brackets, 28号线(CBD线); 仅有 cuts a name)
        "projects-heldout24, 0.84, 0.79, 0.81",
        // twenty-fifth blind round, scored once at the end of the fifteenth session on 7e23105 (0.932 / 0.872 / 0.901; the
        // same on the session's start code 08f2012): not studied yet
        "projects-heldout25, 0.92, 0.87, 0.89", // a repeated name (杭州地铁四期) the gold leaves out, thirty-ninth session
        // twenty-sixth blind round, scored once at the very end of the fifteenth session on d85d5f2 (0.846 / 0.876 / 0.861;
        // the same on its round's start code 11c746c), studied in the sixteenth session (0.887: two facilities joined by 与,
        // verbs before a name such as 关系到 and 增强)
        "projects-heldout26, 0.87, 0.91, 0.89",
        // twenty-seventh blind round, scored once in the sixteenth session on ca06bfe (0.761 / 0.728 / 0.744; the same
        // on the session's start code fe4ecc1): not studied yet
        "projects-heldout27, 0.8, 0.76, 0.78",
        // twenty-eighth blind round, scored once in the sixteenth session on ca06bfe (0.774 / 0.802 / 0.788; 0.765 /
        // 0.802 / 0.783 on the session's start code fe4ecc1), studied in the seventeenth: 0.805 / 0.815 / 0.810 (a contractor's
        // bureau before the works, a terminal's code inside a name, 疏港路)
        "projects-heldout28, 0.81, 0.82, 0.82",
        // twenty-ninth blind round, scored once at the end of the sixteenth session on ff8c065 (0.747 / 0.776 / 0.761; the
        // same on the session's start code fe4ecc1), studied in the seventeenth: 0.829 / 0.895 / 0.861 (疏港路, 小镇, a copula
        // between two names, a road's standard)
        "projects-heldout29, 0.83, 0.89, 0.86",
        // thirtieth blind round, scored once in the seventeenth session on f0b66de (0.777 / 0.702 / 0.737; 0.769 / 0.702 /
        // 0.734 on the session's start code 72ac749), studied in the eighteenth: 0.827 / 0.754 / 0.789 (initials with a
        // category character, 1期, 到 in a section, 城铁, cut words 交工 and 将与)
        "projects-heldout30, 0.83, 0.78, 0.81",
        // thirty-first blind round, scored once in the seventeenth session on f0b66de (0.845 / 0.845 / 0.845; the same on
        // 72ac749), studied in the eighteenth: 0.862 / 0.868 / 0.865
        // (thirty-third session) one false positive more, 普安县…新寨河枢纽, now that the segmenter knows the county: P 0.885
        // (forty-first session) one more: 吉利新能源智能化新一代城市商用车三电系统 before 等零部件项目, now that 吉利 is an
        // enterprise (enterprises.txt); the key names no project there: P 0.880 (117 of 133)
        "projects-heldout31, 0.87, 0.89, 0.89",
        // thirty-second and thirty-fourth blind rounds, scored once at the end of the eighteenth session on 6bed4bd (the
        // same on its start code f9aa947), studied in the nineteenth: 0.843 / 0.797 / 0.819 and 0.879 / 0.838 / 0.858
        // (主体工程 and 船闸 as parts, 航运枢纽, labels before a name, 以…为, 由)
        "projects-heldout32, 0.85, 0.81, 0.82",
        // thirty-third blind round, scored once in the eighteenth session on its start code f9aa947 (0.882 / 0.789 / 0.833),
        // studied after it: 0.933 / 0.851 / 0.890 (a region's name as a name's first word, 如 and 接 cut, a line's part on a stretch)
        "projects-heldout33, 0.93, 0.85, 0.89",
        "projects-heldout34, 0.87, 0.83, 0.85",
        // thirty-third blind round, scored once in the nineteenth session on 7fb4a0e (the same on its start code 35fdd46),
        // studied after it: 0.905 / 0.860 / 0.882 and 0.893 / 0.857 / 0.874 (a date inside a candidate, 称)
        "projects-heldout35, 0.91, 0.87, 0.89",
        // (precision 0.885 since the twenty-fourth session: 遼中環(huán)線, the real 辽中环线 cut by garbled characters in the
        // page after it, where the gold names the whole stretch)
        "projects-heldout36, 0.88, 0.85, 0.87",
        // thirty-fourth blind round, scored once at the end of the nineteenth session on bb597b7 (0.727 and 0.691 on
        // 7fb4a0e), studied in the twentieth: 0.880 / 0.745 / 0.807 and 0.814 / 0.722 / 0.765 (irrigation works, a plant's
        // units, berths, two phases at once, a verb's object, a city's network)
        "projects-heldout37, 0.88, 0.74, 0.81",
        "projects-heldout38, 0.82, 0.75, 0.78",
        // thirty-fifth blind round, scored once in the twentieth session on 80fbc1e (0.736 and 0.767 on its start code
        // c67d7de), studied after it: 0.820 / 0.806 / 0.813 and 0.811 / 0.761 / 0.785 (what a bracket includes, 以下简称,
        // berths' works, a date after a phase)
        // (twenty-first session: 0.850 / 0.823 / 0.836 and 0.827 / 0.761 / 0.793)
        "projects-heldout39, 0.86, 0.82, 0.84",
        "projects-heldout40, 0.83, 0.78, 0.81",
        // thirty-sixth blind round, scored once at the end of the twentieth session on its final code (the same on its start
        // code 374fe19), studied in the twenty-first: 0.830 / 0.804 / 0.817 and 0.843 / 0.890 / 0.866 (及 between two works in
        // running text, a place's count by ordinal, superlatives, a length before a name, sectors before 项目)
        "projects-heldout41, 0.82, 0.8, 0.81",
        "projects-heldout42, 0.85, 0.89, 0.87",
        // thirty-seventh blind round, scored once at the end of the twenty-first session on 1159644 (the same on its start
        // code c24e133)
        "projects-heldout43, 0.87, 0.78, 0.82", // studied after its scoring: 0.819 (a section by em dashes, 相较于), 0.827
        // studied in the twenty-second session: 0.844 -> 0.878 (a county of the gazetteer in a name, 哇/o|沿 a name's first
        // character, a quotation that ends a sentence is speech, an ordinal first of a name describes)
        "projects-heldout44, 0.84, 0.91, 0.87",
        // thirty-eighth blind round, scored once at the end of the twenty-second session on 7b04756 (0.722 and 0.777; on the
        // start code c4136b7 0.722 and 0.771); projects-heldout45 studied after it: 0.762 (a port's terminal, a building's
        // number and treatment words continue a name, a section's length stays in it)
        // twenty-third session, both studied: 0.805 and 0.877 (a headline's brackets end a name, passenger stations and ski
        // resorts, the ends of a line's section are places, a stretch and its works after a line continue it, lines that end in 至)
        "projects-heldout45, 0.89, 0.76, 0.82",
        "projects-heldout46, 0.9, 0.85, 0.87",
        // thirty-ninth blind round, scored once at the end of the twenty-third session on d2b4d3c (0.831 and 0.721 on its
        // start code 968120e); not studied
        "projects-heldout47, 0.9, 0.79, 0.84",
        "projects-heldout48, 0.82, 0.78, 0.8", // precision 0.83 -> 0.82 in the seventy-third round (two false names more)
        // fortieth blind round, scored once in the twenty-fourth session on 46971ab (F1 0.772 the same on its start code a537b6b;
        // 0.776, and 0.761 on a537b6b). Every floor above raised to the sets' figures at the end of the twenty-fourth session
        // (projects-heldout47 0.831 -> 0.844, -48 0.737 -> 0.810 and, after its scoring, -49 0.772 -> 0.808 studied in it)
        "projects-heldout49, 0.82, 0.81, 0.81",
        "projects-heldout50, 0.94, 0.85, 0.89",
        // forty-first blind round, scored once at the end of the twenty-fifth session (0.846 and 0.789)
        // since: verbs and joins before a name are cut words (通向, 后与, 交界: 再生水通向杨柳青电厂, 出省后与陕西神府高速公路),
        // 主控性 a part word (精伊霍铁路|主控性工程): -51 0.846 -> 0.857, -52 0.789 -> 0.827
        "projects-heldout51, 0.89, 0.81, 0.85",
        "projects-heldout52, 0.84, 0.8, 0.82",
        // forty-second blind round, scored once at the end of the twenty-sixth session on add3b75 (the same on its start code)
        "projects-heldout53, 0.83, 0.78, 0.8",
        "projects-heldout54, 0.77, 0.76, 0.77",
        // forty-third blind round, scored once at the end of the twenty-sixth session (the same on add3b75)
        "projects-heldout55, 0.93, 0.89, 0.91",
        // forty-fourth blind round, scored once on a96f58e in the twenty-seventh session (the same on its start code e14f48a)
        "projects-heldout56, 0.91, 0.72, 0.81",
        "projects-heldout57, 0.84, 0.79, 0.82",
        // forty-fifth blind round, scored once on 94359d0 in the twenty-seventh session (the same on a96f58e)
        "projects-heldout58, 0.81, 0.61, 0.7",
        // forty-sixth blind round, scored once on d9da2c2 in the twenty-eighth session (the same on its start code 028a2f5)
        "projects-heldout59, 0.9, 0.79, 0.84",
        "projects-heldout60, 0.85, 0.79, 0.82", // 0.86 / 0.83 -> 0.85 / 0.82 in the seventy-third round
        // forty-seventh blind round, scored once on 64ce7d5 at the end of the twenty-eighth session (the same on 028a2f5)
        "projects-heldout61, 0.74, 0.61, 0.67",
        "projects-heldout62, 0.87, 0.76, 0.81",
        // forty-eighth blind round, each scored on arrival on the twenty-ninth session's start code 3e2d5e7: -63 F1 0.715, -64
        // 0.765 (studied from then on: streets and lanes in lists, numbered water plants, parks of gathered industry, kinds
        // of corridors); -65 0.743 and -66 0.879, scored once more on the session's code before they were studied (0.743,
        // 0.884), then: a list item's number (1) before a name is cut, 路和 glued by the segmenter parts two roads
        "projects-heldout63, 0.87, 0.71, 0.78",
        "projects-heldout64, 0.83, 0.72, 0.77",
        "projects-heldout65, 0.88, 0.85, 0.86",
        "projects-heldout66, 0.94, 0.85, 0.89", // 0.898 since a list over a line that ends in 、 is read whole: a garbled 機嘗 item
        // forty-ninth blind round, scored on arrival on the thirtieth session's start code 563bf98 and once more on its code:
        // -67 F1 0.815 both times (studied then: a verb of doing, 做好, leads up to a name: 0.825), -68 0.750 both times (held
        // out, never studied)
        "projects-heldout67, 0.9, 0.75, 0.82",
        "projects-heldout68, 0.86, 0.66, 0.74",
        // fiftieth blind round, scored on arrival on the thirty-first session's start code ee04f39: -69 F1 0.739 (studied then:
        // 前往 leads up to a name, 首段 and 首套 before it are no part of it, a district's works are no name: 0.758), -70 0.836
        // both times (held out, never studied)
        "projects-heldout69, 0.82, 0.69, 0.75",
        // (recall 0.8 -> 0.79 in the fortieth session: one name fewer under that round's list rules; held out, not studied)
        "projects-heldout70, 0.87, 0.79, 0.83",
        // second wave: -71 F1 0.709 on arrival on ee04f39 and on the session's code (held out, never studied)
        "projects-heldout71, 0.75, 0.66, 0.7",
        // third wave: -72 F1 0.795 on arrival on ee04f39 and on the session's code (held out, never studied)
        "projects-heldout72, 0.88, 0.71, 0.79",
        // fifty-first blind round, scored on arrival on the thirty-second session's start code 5129167: -73 F1 0.773 (held out,
        // never studied; 0.753 on the session's code), -74 0.752 (studied then: a works' purpose continues its facility's name,
        // 防洪; 净化厂 is a plant; a head office, 总公司, is a company: 0.806); second wave: -75 0.735 on arrival and on the
        // session's code (held out, never studied)
        "projects-heldout73, 0.8, 0.69, 0.75",
        // (precision 0.85 -> 0.83, F1 0.8 -> 0.79 in the fortieth session: 宁夏煤基二甲醚、煤基烯烃两个煤化工项目, products a count of projects
        // closes, is taken as a list of named projects)
        "projects-heldout74, 0.83, 0.76, 0.79",
        // (thirty-third session) held out: one name fewer on the session's final code, R 0.672 -> 0.664, F1 0.735 -> 0.730
        // (not examined, so that it stays held out)
        "projects-heldout75, 0.81, 0.66, 0.72",
        // third wave: -76 F1 0.809 on 5129167 and on the session's code alike (held out, never studied)
        "projects-heldout76, 0.79, 0.82, 0.8",
        // fifty-second blind round, scored on arrival on the thirty-third session's start code 95e5631: -78 F1 0.674 (studied:
        // the gazetteer's places are words of the segmenter, so 犍为航电枢纽 keeps its start; 绕道, 航厦, 体育园 head names; the
        // body that acts and its adverbs and verb lead in, 交通部也正在做|桃园机场第三航厦: 0.767); -77 0.704, -79 0.798, -80
        // 0.826 held out, never studied (0.716, 0.804 and 0.826 on the session's final code)
        "projects-heldout77, 0.78, 0.65, 0.71",
        "projects-heldout78, 0.82, 0.7, 0.76", // 0.83 -> 0.82 in the seventy-first round (held out, not studied)
        "projects-heldout79, 0.86, 0.74, 0.8",
        "projects-heldout80, 0.85, 0.79, 0.82",
        // fifty-third blind round, scored on arrival on 47cdb91 (the thirty-fourth session's start code): -81 0.727 and -83
        // 0.697 (studied only by a trained tagger's leave-one-out run, models/README.md; the rules unchanged on them), -82 0.753
        // and -84 0.769 held out, never studied (the same on the session's final code; 十号货柜码头 after the verb 进行 moved
        // only projects-heldout78, 0.767 -> 0.775)
        "projects-heldout81, 0.8, 0.66, 0.72",
        "projects-heldout82, 0.86, 0.66, 0.75",
        "projects-heldout83, 0.74, 0.64, 0.69", // a repeated name (杏花公园, as a place) the gold leaves out, thirty-ninth session
        // held out: precision 0.845 -> 0.833 in the thirty-fifth session (60 right, 11 -> 12 wrong; a time word now ends a
        // name, 向莆铁路|计划年内|线下工程, which lifted held-out -72 and -82; not examined)
        "projects-heldout84, 0.83, 0.7, 0.76",
        // fifty-fourth blind round, scored on arrival on 26f7a79 (the thirty-fifth session's start code): -85 0.776 and -87
        // 0.880 studied after (a time word ends a name: -85 0.792), -86 0.640 and -88 0.759 held out, never studied (the same
        // on the session's final code)
        "projects-heldout85, 0.85, 0.73, 0.79",
        "projects-heldout86, 0.73, 0.56, 0.64",
        "projects-heldout87, 0.89, 0.86, 0.87",
        "projects-heldout88, 0.83, 0.69, 0.75",
        // fifty-fifth blind round, scored on arrival on ac5b956 (the thirty-sixth session's start code): -89 0.855 and -91
        // 0.754 studied after (中的, 投运 and 变成 end or open a name, a caption's byline ends its line, (西线) and (1~3标段) in
        // brackets: -89 0.869, -91 0.802), -90 0.861 and -92 0.640 held out, never studied (the same on the session's final code)
        "projects-heldout89, 0.83, 0.89, 0.86",
        "projects-heldout90, 0.9, 0.81, 0.86",
        "projects-heldout91, 0.85, 0.75, 0.8",
        "projects-heldout92, 0.74, 0.55, 0.63",
        // fifty-sixth blind round, scored on arrival on 64ad6f5 (the thirty-seventh session's start code): -93 0.720 and -95
        // 0.727 studied after (leading commas, 批准/举行/竣工/东与 as cuts, 站房, lanes, 东出口 labels, works before 及, a line's
        // closing section, a counted part, (一期工程): -93 0.836, -95 0.786), -94 0.793 and -96 0.697 held out, never studied
        // (0.793 and 0.702 on the session's final code)
        "projects-heldout93, 0.88, 0.79, 0.83",
        "projects-heldout94, 0.79, 0.78, 0.79",
        "projects-heldout95, 0.83, 0.74, 0.78",
        "projects-heldout96, 0.8, 0.62, 0.7",
        // fifty-seventh blind round, scored on arrival on 90e5394 (the thirty-eighth session's start code): -97 0.834 and -99
        // 0.840 studied after (a road a verb names, 解放大道; the name after a description's head word; 开发 as works; 占, 目前,
        // 需要, 关于, 今年, 我国 as cuts; 规划 leading in; 第N次; 水利枢纽 no abstract head; 分淮入沂; a junction of two roads
        // joined by 与: -97 0.875, -99 0.889), -98 0.818 and -100 0.632 held out, never studied (0.818 and 0.641 on the
        // session's final code)
        "projects-heldout97, 0.91, 0.82, 0.87", // 0.92 -> 0.91 in the seventy-third round (哈市过江快速干线, a network)
        "projects-heldout98, 0.9, 0.74, 0.81",
        "projects-heldout99, 0.87, 0.9, 0.88",
        "projects-heldout100, 0.72, 0.56, 0.63", // 0.73 / 0.64 -> 0.72 / 0.63 in the seventy-first round (held out, not studied)
        // fifty-eighth blind round, scored on arrival on f099b78 (the thirty-ninth session's start code): -101 0.844 and -103
        // 0.742 studied after (a name repeated in its document, 本宽高速's initials after 本, a place's 棚改项目, 进港道路, an area's
        // works after a facility, a list's last item cut before 力争/上半年/先行, 包含 as a cut: -101 0.874, -103 0.797), -102
        // 0.779 and -104 0.814 held out, never studied (0.779 and 0.805 on the session's final code)
        "projects-heldout101, 0.9, 0.84, 0.87",
        "projects-heldout102, 0.84, 0.72, 0.77",
        "projects-heldout103, 0.84, 0.75, 0.79",
        "projects-heldout104, 0.9, 0.72, 0.8",
        // fifty-ninth blind round, scored on arrival on 27747c3 (the fortieth session's start code): -105 0.767 and -107
        // 0.825 studied after (新建 off a later list item, a list closed by a count of projects without 等, 南延线, 高架桥,
        // 游客服务中心, 防波堤, 一期工程, 主体线路 and 暨 before a name, 终至 a cut, 控制性枢纽 a role, 下穿 and 中部地区 generic, no
        // section in 收尾阶段, no name opening on 有限公司: -105 0.845, -107 0.894), -106 0.807 and -108 0.725 held out, never
        // studied (0.812 and 0.725 on the session's final code)
        "projects-heldout105, 0.87, 0.81, 0.84",
        "projects-heldout106, 0.86, 0.75, 0.8",
        "projects-heldout107, 0.92, 0.86, 0.89",
        "projects-heldout108, 0.81, 0.65, 0.72",
        // sixtieth blind round, scored on arrival on 95272b6 (the forty-first session's start code): -109 0.856 and -111
        // 0.874 studied after (吉利 and other enterprises the segmenter takes for adjectives, 枢纽互通, 特高压, 保护 after a
        // site, a rank before a name, a title ending a name: -109 0.897, -111 0.887), -110 0.756 and -112 0.800 held out,
        // never studied (the same on the session's final code)
        // recall 0.876 -> 0.857 (fifty-fifth session): “西電東送”工程 is now read whole, as CONVENTIONS.md keeps a written 工程
        // (and other sets key it so); this set keys the quoted words alone and the whole as optional
        "projects-heldout109, 0.92, 0.85, 0.89",
        "projects-heldout110, 0.84, 0.68, 0.75",
        "projects-heldout111, 0.94, 0.83, 0.88",
        "projects-heldout112, 0.83, 0.76, 0.79",
        // sixty-first blind round, scored on arrival on 8e620b6 (the forty-second session's start code): -113 0.820 and -115
        // 0.770 studied after (another name in brackets inside a name, a section's side or province in brackets, a section
        // after a stretch's ends, a route between counties of the gazetteer, 提质 works, berths and their project, a
        // reporter's way into a facility: -113 0.829, -115 0.851), -114 0.843 and -116 0.849 held out, never studied (the
        // same on the session's final code)
        "projects-heldout113, 0.9, 0.76, 0.82",
        // held out: precision 0.872 -> 0.843 in the forty-fifth session (three more names taken; the cause was not studied)
        "projects-heldout114, 0.84, 0.81, 0.82",
        "projects-heldout115, 0.9, 0.8, 0.85",
        "projects-heldout116, 0.84, 0.83, 0.84", // one more false name on the forty-seventh session's code (held out, not studied)
        // sixty-second blind round, scored on arrival on 6bab459 (the forty-third session's start code): -117 0.794 and -119
        // 0.667 studied after (a line of a network by its letter and number, a part of a line after a line whose name holds
        // up, a short name defined after 简称, production lines of a named owner, 工业城: -117 0.822, -119 0.703), -118 0.746
        // and -120 0.770 held out, never studied (the same on the session's final code)
        "projects-heldout117, 0.87, 0.77, 0.82",
        "projects-heldout118, 0.76, 0.7, 0.73", // 0.746 -> 0.731, two names fewer (fiftieth session, held out, not studied)
        "projects-heldout119, 0.83, 0.6, 0.7",
        "projects-heldout120, 0.83, 0.71, 0.77",
        // sixty-third blind round, scored on arrival on 553cc9b (the forty-fourth session's start code): -121 0.692 and -123
        // 0.712 studied after (a locative glued to a head word, a ceremony's venue, a firm's own works, words of a route's
        // description: -121 0.728, -123 0.737), -122 0.859 and -124 0.818 held out, never studied (0.864 and 0.818 on the
        // session's final code)
        "projects-heldout121, 0.78, 0.67, 0.72",
        "projects-heldout122, 0.9, 0.82, 0.86",
        "projects-heldout123, 0.77, 0.69, 0.73", // P 0.779: 中科院强流重离子加速器装置(HIAF) is cut at 加速器, a science head (fifty-sixth session)
        "projects-heldout124, 0.82, 0.8, 0.81",
        // sixty-fourth blind round, scored on arrival on dab59da (the forty-fifth session's start code): -125 0.826 and -127
        // 0.735 studied after (中水 kept whole, streets by direction, a road's extension before 及, the kind of works or the
        // street before a name, 开复工, M101线: -125 0.871, -127 0.795), -126 0.802 and -128 0.784 held out, never studied
        // (0.808 and 0.784 on the session's final code)
        "projects-heldout125, 0.93, 0.81, 0.87",
        "projects-heldout126, 0.82, 0.78, 0.8",
        "projects-heldout127, 0.88, 0.72, 0.79",
        "projects-heldout128, 0.86, 0.71, 0.78",
        // sixty-fifth blind round, scored on arrival on a78465d (the forty-sixth session's start code): -129 0.832 and -131
        // 0.867 studied after (a brand after 的, oil and grain stores, 城际轨道交通, crossings of streets, what a crossing crosses,
        // a region of the world a corridor leads to: -129 0.855, -131 0.894), -130 0.832 and -132 0.802 held out, never studied
        // (the same on the session's final code)
        "projects-heldout129, 0.89, 0.81, 0.85",
        "projects-heldout130, 0.83, 0.82, 0.83",
        "projects-heldout131, 0.95, 0.84, 0.89",
        "projects-heldout132, 0.8, 0.79, 0.8",
        // sixty-sixth blind round, scored on arrival on a5dfabb (the forty-seventh session's start code): -133 0.859 and -135
        // 0.800 studied after (a road's number before its name, 南港 of a direction and 港, 葛洲坝, 车城, 承建该工程 no name, a
        // district of the gazetteer no works: -133 0.881, -135 0.836), -134 0.897 and -136 0.643 held out, never studied (the
        // same on the session's final code)
        "projects-heldout133, 0.86, 0.89, 0.88",
        "projects-heldout134, 0.92, 0.86, 0.89",
        "projects-heldout135, 0.89, 0.78, 0.83",
        "projects-heldout136, 0.76, 0.55, 0.64",
        // sixty-seventh blind round, scored on arrival on f572ca1 (the forty-eighth session's start code): -137 0.852 and -139
        // 0.787 studied after (a port the segmenter takes for a place, 洋浦港; 三亚港 of a city whose name opens on a numeral;
        // 西有/东有 before a port; 迁建; the kinds of municipal plant bare; 经济园; 门户 after 枢纽: -137 0.879, -139 0.859), -138
        // 0.712 and -140 0.739 held out, never studied (0.712 and 0.748 on the session's final code)
        "projects-heldout137, 0.93, 0.83, 0.87",
        "projects-heldout138, 0.85, 0.61, 0.71",
        "projects-heldout139, 0.91, 0.8, 0.85",
        "projects-heldout140, 0.86, 0.65, 0.74",
        // sixty-eighth blind round, scored on arrival on 9ad9ae0 (the forty-ninth session's start code): -141 0.832 and -143
        // 0.658 studied after (交流道 and 科学园区 heads, 随着 and 之一 before a name, 到/连接 before a work that is no line, 再经 and
        // 南过 before a place, an adverb after a name, 这么多, 星级酒店 and 矿口电厂: -141 0.857, -143 0.732), -142 0.757 and
        // -144 0.789 held out, never studied (0.757 and 0.800 on the session's final code)
        "projects-heldout141, 0.88, 0.82, 0.85",
        "projects-heldout142, 0.81, 0.7, 0.75",
        "projects-heldout143, 0.82, 0.65, 0.73",
        "projects-heldout144, 0.85, 0.75, 0.79",
        "projects-heldout145, 0.84, 0.76, 0.8",
        "projects-heldout146, 0.77, 0.71, 0.74",
        "projects-heldout147, 0.86, 0.77, 0.81",
        "projects-heldout148, 0.8, 0.73, 0.76", // 0.81 / 0.74 / 0.78 -> 0.80 / 0.73 / 0.76 in the seventy-third round
        // seventieth blind round, scored on arrival on a2ae96a (the fifty-first session's start code): -149 0.831 and -151
        // 0.856 studied after (构筑, 坐拥 and 投建 before a name; a facility after a port area's phase continues its name: -149
        // 0.834, -151 0.871), -150 0.878 and -152 0.667 held out, never studied (the same on the session's final code)
        "projects-heldout149, 0.86, 0.8, 0.83",
        "projects-heldout150, 0.85, 0.9, 0.87",
        "projects-heldout151, 0.91, 0.83, 0.87",
        "projects-heldout152, 0.83, 0.55, 0.66",
        // seventy-first blind round, scored on arrival on d8d188d (the fifty-second session's start code): -153 (Hong Kong,
        // Macau, Taiwan, mostly traditional script) 0.451 and -155 (north-west and north-east) 0.653 studied after (lines and
        // stations of a city's rail network, corner-bracketed facilities, 计画, 水塘, 人工岛, 快速道路, 炼油厂, a length after a
        // route or phase: -153 0.604, -155 0.721), -154 0.810 and -156 0.818 held out, never studied (the same on the
        // session's final code)
        "projects-heldout153, 0.68, 0.53, 0.6",
        "projects-heldout154, 0.87, 0.75, 0.81",
        "projects-heldout155, 0.76, 0.67, 0.72",
        "projects-heldout156, 0.8, 0.82, 0.81", // precision 0.81 -> 0.80 in the seventy-third round
        // seventy-second round: -157 (national works, 1950s-2025) 0.856 and -159 (south-west) 0.782 on arrival, studied after
        // (the plants and shafts of the first five-year plans, a city's trunk road, a train bound for a station); -158 (centre)
        // 0.798 and -160 (north) 0.663 held out (0.811 and 0.663 on the session's final code)
        "projects-heldout157, 0.94, 0.88, 0.91",
        "projects-heldout158, 0.86, 0.76, 0.81",
        "projects-heldout159, 0.84, 0.8, 0.82",
        // -160 and -174 (held out, not studied): one name more taken in the sixty-first session, not in their golds
        "projects-heldout160, 0.71, 0.6, 0.65",
        // seventy-third round: -161 (north-east, 1953-2023) 0.857 and -163 (the south, Hong Kong, Macau, Taiwan) 0.630 on
        // arrival, studied after (water diversions 引X入Y, a kind of work before a dash, trunk roads 干线, mixed-use complexes
        // 综合体, railways put underground or raised, the chemical works of the first plans): 0.927 and 0.707; -162 (east)
        // 0.848 and -164 (north-west) 0.717 held out (0.848 and 0.726 on the session's final code); earlier held-out -48,
        // -60, -148, -156, -160 and studied -97 lost a name or gained a false one each, their floors lowered to what they score
        "projects-heldout161, 0.94, 0.9, 0.92",
        "projects-heldout162, 0.89, 0.8, 0.84",
        "projects-heldout163, 0.77, 0.64, 0.7",
        "projects-heldout164, 0.81, 0.65, 0.72",
        // seventy-fourth blind round (fifty-fifth session), scored once on a32bef0: -165 (national) 0.772, -166 (the centre,
        // held out) 0.865, -167 (the south-west) 0.810, -168 (the north, held out) 0.729; -165 and -167 studied (-165 0.832: a
        // name quoted whole before 工程, a demonstrative or an open count in no name, what a pipeline carries, 高铁由 read as a
        // person by the segmenter; -167 0.828)
        "projects-heldout165, 0.88, 0.78, 0.83",
        "projects-heldout166, 0.9, 0.83, 0.86",
        "projects-heldout167, 0.9, 0.76, 0.82",
        "projects-heldout168, 0.82, 0.65, 0.72",
        "projects-heldout169, 0.78, 0.78, 0.78",
        "projects-heldout170, 0.8, 0.82, 0.81",
        "projects-heldout171, 0.93, 0.79, 0.86",
        "projects-heldout172, 0.8, 0.72, 0.76",
        // seventy-sixth blind round (fifty-seventh session), scored once on c49733a: -173 (national) 0.786, -174 (the centre,
        // held out) 0.832, -175 (the south-west) 0.798, -176 (the north, held out) 0.796; -173 and -175 studied (science
        // facilities named by what they study, a bare head before a name of its kind, 编组站, 参与, 项目即, 设置, 期间, 记)
        "projects-heldout173, 0.85, 0.81, 0.83",
        "projects-heldout174, 0.83, 0.82, 0.82",
        "projects-heldout175, 0.82, 0.8, 0.81",
        "projects-heldout176, 0.82, 0.76, 0.79",
        // seventy-seventh blind round (fifty-eighth session), scored once on 71d4690: -177 (the north-east) 0.727, -178 (the
        // east, held out) 0.753, -179 (the south) 0.758, -180 (the north-west, held out) 0.712; -177 and -179 studied (a list
        // closed by N项重点工程, peers of found names in a list, a section's line named again, 专项, 签署, 多座)
        // -177: 机械厂 as a head word (for 第一机械厂 of the first five-year plan) also takes 星光机械厂 in a list of plants
        // torn down, which its gold leaves out as a bare plant (sixty-first session)
        "projects-heldout177, 0.81, 0.78, 0.79",
        "projects-heldout178, 0.77, 0.72, 0.75",
        "projects-heldout179, 0.87, 0.76, 0.81",
        "projects-heldout180, 0.73, 0.69, 0.71",
        // seventy-eighth blind round (fifty-ninth session), scored once on 08ecf19: -181 (national) 0.874, -182 (the centre,
        // held out) 0.746, -183 (the south-west) 0.859, -184 (the north, held out) 0.758; -181 and -183 studied (专案 for 项目,
        // a line by its initials and 线, where a work's extent begins or ends, a place that acts before its verb)
        "projects-heldout181, 0.9, 0.86, 0.88",
        "projects-heldout182, 0.81, 0.68, 0.74",
        "projects-heldout183, 0.88, 0.87, 0.87",
        "projects-heldout184, 0.79, 0.72, 0.75",
        // seventy-ninth blind round (sixtieth session), scored once on 70ac4eb: -185 (the north-east) 0.791, -186 (the east,
        // held out) 0.770, -187 (the south, with 香港 and 澳门) 0.771, -188 (the north-west, held out) 0.641; -185 and -187
        // studied (a full name after 全称, a ceremony after a project's name, a city network's line named by a word of its own)
        "projects-heldout185, 0.91, 0.79, 0.85",
        "projects-heldout186, 0.8, 0.73, 0.77",
        "projects-heldout187, 0.82, 0.76, 0.79",
        "projects-heldout188, 0.68, 0.6, 0.64",
        // eightieth blind round (sixty-first session), scored once on dc73fc5: -189 (the centre) 0.794, -190 (the south-west,
        // held out) 0.827, -191 (the north) 0.638, -192 (national texts, held out) 0.812; -189 and -191 studied (an amount and
        // 的 before a name, works lifting the Yellow River, the numbered plants of the first five-year plans)
        "projects-heldout189, 0.85, 0.77, 0.81",
        "projects-heldout190, 0.84, 0.81, 0.82",
        "projects-heldout191, 0.81, 0.55, 0.66",
        "projects-heldout192, 0.82, 0.79, 0.81"})
    void projectsStayAtOrAboveTheirFloors(String set, double precision, double recall, double f1) throws IOException {
        Scorer.TypeScore p = EvalSets.extractAndScore(set).types().get("project");
        EvalSets.atLeast(set + " project precision", p.precision(), precision);
        EvalSets.atLeast(set + " project recall", p.recall(), recall);
        EvalSets.atLeast(set + " project F1", p.f1(), f1);
    }
}

"""Check key, set check-heldout185. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout185.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout185'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

def F(doc, text, pre='', n=0, post=''):
    t = S.read(doc); key = pre + text + post
    pos = -1
    for _ in range(n + 1):
        pos = t.index(key, pos + 1)
    return P(doc, text, pos + len(pre), len(pre), len(post))

def P(doc, text, s, l=0, r=0):
    t = S.read(doc); assert t[s:s+len(text)] == text, (doc, text, s)
    a, b = s - l, s + len(text) + r
    while True:
        anc = t[a:b]
        if t.count(anc) == 1 and anc.count(text) == 1: return (doc, text, anc)
        if anc.count(text) > 1: raise SystemExit(f'{doc}: cannot anchor {text}')
        if b < len(t): b += 1
        if a > 0 and (b - a) % 2: a -= 1
        if a == 0 and b == len(t): raise SystemExit(f'{doc}: no unique anchor for {text}')

def ALT(src, n, fig, new, what):
    doc, text, anc = fig
    assert len(new) == len(text)
    return S.alt(src, n, anc, anc.replace(text, new), what)
def on(a, fig, new=None):
    doc, text, anc = fig
    st = S.read(doc).index(anc) + anc.index(text)
    return P(a, new if new is not None else text, st)
def R(a, figs, old, new):
    # figures of the altered source move to the altered copy; figures of other documents stay where they are
    src = a.split('_alt')[0] + '.txt'
    return [on(a, f, new) if f == old else (on(a, f) if f[0] == src else f) for f in figs]
P24='sh_pudong_2024.txt'; P23='sh_pudong_2023.txt'; MJ='sh_major_2024h1_hant.txt'
JP='js_ports_2019q1.txt'; JT='js_transport_2021h1_hant.txt'
Z2='zj_pop_2022_hant.txt'; ZN='zj_pop_2022_news.txt'; Z3='zj_pop_2023.txt'; YN='zj_yinong_2020.txt'; YJ='zj_yongjia_2006_hant.txt'
XP='fj_xiamen_port_2013h1.txt'; XS='fj_xiamen_station_2013q1.txt'; FP='fj_ports_2013m7.txt'; TW='fj_taiwan_2012m7_hant.txt'
FT='fj_trade_2013m2_hant.txt'; FZ='fj_fuzhou_2004_hant.txt'; SC='sd_cities_2024m5.txt'; SH='sd_2023h1.txt'

# ---- 浦东新区 一般公共预算收入 2023 and 2024 (two consecutive budget-execution reports)
r1300 = F(P23, '1300.81亿元'); r1308 = F(P24, '1308.66亿元')
g06 = [r1308, F(P24, '0.6%'), r1300]
S.rel('growth', C, g06, 'cross-document: 1308.66 / 1300.81 (the 2023 result in the 2023 report) = +0.60% → 比2023年增长0.6%')
rs91 = [F(P24, '9.1%'), F(P23, '9.1%')]
S.rel('restatement', C, rs91, 'cross-document: the 2024 report restates the 2023 growth 9.1% of the 2023 report')
S.rel('restatement', C, [F(P24, '1300亿元'), r1300], 'cross-document: "2023年突破1300亿元" (a lower bound) restates 1300.81亿')
g48 = [F(P24, '9.1%'), F(P24, '0.6%'), F(P24, '4.8%')]
S.rel('growth', C, g48, 'two-year average of +9.1% (2023) and +0.6% (2024): sqrt(1.091 × 1.006) = 1.0476 → 4.76% (4.71..4.81 within the half-units; the arithmetic mean 4.80..4.90 also fits) → 两年平均增幅4.8%')
S.rel('target', M, [r1300, F(P23, '103.4%')], '2023 revenue 1300.81亿 = 103.4% of the budget: met')
S.rel('target', MS, [r1308, F(P24, '95.8%')], '2024 revenue 1308.66亿 = 95.8% of the budget: missed')
S.rel('target', U, [F(P23, '103.4%'), r1308], 'cross-document: the 2023 budget completion 103.4% against the 2024 result 1308.66亿: other period')

# ---- 上海市重大工程 H1 2024 (traditional)
m1226t = F(MJ, '1226.4億元', pre='累計(jì)完成投資'); m1226 = F(MJ, '1226.4億元', pre='累計(jì)完成投資', n=1)
m533t = F(MJ, '53.3%'); m533 = F(MJ, '53.3%', n=1); m2300 = F(MJ, '2300億元')
sh533 = [m1226, m2300, m533]
S.rel('share', C, sh533, '1226.4 / 2300 = 53.32% → 完成全年計劃的53.3%')
rs1226 = [m1226t, m1226]
S.rel('restatement', C, rs1226, 'headline and body: 1226.4億元')
S.rel('restatement', C, [m533t, m533], 'headline and body: 53.3%')
S.rel('target', CT, [m2300, m1226], 'annual plan 2300億, 1226.4億 done by end-June: the year is not over (cannot tell)')
S.rel('restatement', C, [F(MJ, '2000億元'), m2300], 'annual plans "保持2000億元以上" since 2022 (lower bound); the 2024 plan 2300億 fits')
S.rel('target', U, [F(MJ, '2000億元'), m1226], 'the 2000億-plus floor of the yearly plans against the half-year result 1226.4億: other period (a year\'s plan against six months)')
S.rel('sum', U, [m1226, F(MJ, '495.9億元'), F(MJ, '544.6億元')], '基礎設施 495.9 + 科技產業 544.6 = 1040.5 < 1226.4億: two of the five 板塊 are given in this excerpt (parts leave something out)')
S.rel('sum', U, [F(MJ, '191項'), F(MJ, '10項'), F(MJ, '25項')], '191 正式項目 against 10 to start and 25 to finish: subsets, not a split of the 191')
S.rel('share', U, [F(MJ, '495.9億元'), F(MJ, '千億')], '基礎設施 495.9億 against a yearly total of "逾千億": the share is not stated and the base is a bound only (unstated base)')

# ---- 江苏 ports Q1 2019
t59050 = F(JP, '59050万吨'); t54701 = F(JP, '54701万吨'); t46843 = F(JP, '46843万吨'); t7857 = F(JP, '7857万吨'); t4349 = F(JP, '4349万吨')
s59050 = [t59050, t54701, t4349]
S.rel('sum', C, s59050, '规模以上 59050 = 沿江沿海 54701 + 内河 4349万吨')
S.rel('sum', C, [t54701, t46843, t7857], '沿江沿海 54701 = 沿江 46843 + 沿海 7857 = 54700万吨 (54699..54701 within the whole-万吨 half-units)')
S.rel('growth', C, [t54701, F(JP, '10%'), t46843, F(JP, '12.7%'), t7857, F(JP, '3.7%')], 'last year 46843/1.127 + 7857/0.963 = 49723; 54701 / 49723 = +10.0% (9.96..10.06) → 同比增长10%')
S.rel('growth', C, [t59050, F(JP, '7.4%'), t54701, F(JP, '10%'), t4349, F(JP, '17.2%')], 'last year 54701/1.10 + 4349/0.828 = 54981; 59050 / 54981 = +7.4% (6.95..7.85 with 10% whole) → 同比增长7.4%')
w12286 = F(JP, '12286万吨'); w9115 = F(JP, '9115万吨'); w3160 = F(JP, '3160万吨'); w11 = F(JP, '11万吨')
s12286 = [w12286, w9115, w3160, w11]
S.rel('sum', C, s12286, '外贸 12286 = 沿江 9115 + 沿海 3160 + 内河 11万吨')
S.rel('growth', I, [w12286, F(JP, '2.7%'), w9115, F(JP, '12.7%', n=1), w3160, F(JP, '9.6%'), w11, F(JP, '83.5%')], 'REAL ERROR in the original: last year 9115/1.127 + 3160/0.904 + 11/1.835 = 11589万吨, so 12286 is +6.0% (5.94..6.08), not the stated +2.7%; the 沿江 外贸 rate repeats the 沿江 goods rate 12.7% (a +7.7% would fit)')
bx = [F(JP, '443.3万标箱'), F(JP, '124.9万TEU'), F(JP, '310.3万TEU'), F(JP, '8.1万TEU')]
S.rel('sum', C, bx, 'containers 443.3 = 沿海 124.9 + 沿江 310.3 + 内河 8.1万')
gbx = [bx[0], F(JP, '7.9%', pre='443.3万标箱,同比增长'), bx[1], F(JP, '1.3%'), bx[2], F(JP, '10.7%'), bx[3], F(JP, '14.0%')]
S.rel('growth', C, gbx, 'last year 124.9/1.013 + 310.3/1.107 + 8.1/1.14 = 410.7; 443.3 / 410.7 = +7.9% (7.84..8.03) → 同比增长7.9%')
S.rel('sum', U, [t46843, F(JP, '13156万吨'), F(JP, '5120万吨'), F(JP, '6507万吨')], '苏州 13156 + 江阴 5120 + 镇江 6507 < 沿江 46843: three named ports, not a split of the river ports')
S.rel('growth', U, [F(JP, '7.9%', pre='增长'), F(JP, '7.9%', pre='443.3万标箱,同比增长')], '苏州 外贸 +7.9% and the province\'s container growth +7.9%: the same number for another indicator')

# ---- 江苏 H1 2021 freight and ports (traditional)
f141 = F(JT, '14.1億噸'); f397 = F(JT, '3970萬(wàn)噸'); f93 = F(JT, '9.3億噸'); f44 = F(JT, '4.4億噸')
s141 = [f141, f397, f93, f44]
S.rel('sum', C, s141, 'freight 14.1億噸 = 鐵路 0.397 + 公路 9.3 + 水路 4.4 = 14.097億噸')
S.rel('growth', C, [f141, F(JT, '14.8%'), f397, F(JT, '15.4%', pre='同比分別增長(cháng)'), f93, F(JT, '19.9%'), f44, F(JT, '5.2%')], 'last year 0.397/1.154 + 9.3/1.199 + 4.4/1.052 = 12.283; 14.1 / 12.283 = +14.8% (13.5..16.1 within the half-units) → 14.8%')
p5736 = F(JT, '5736億噸公里'); p1655 = F(JT, '165.5億噸公里'); p1880 = F(JT, '1880億噸公里'); p3690 = F(JT, '3690億噸公里')
S.rel('sum', C, [p5736, p1655, p1880, p3690], 'turnover 5736 = 165.5 + 1880 + 3690 = 5735.5億噸公里')
S.rel('growth', C, [p5736, F(JT, '12.9%'), p1655, F(JT, '4.7%'), p1880, F(JT, '14.9%'), p3690, F(JT, '12.4%')], 'last year 165.5/1.047 + 1880/1.149 + 3690/1.124 = 5077.2; 5736 / 5077.2 = +12.98% (12.90..13.06 within the half-units) → 12.9%, at the edge')
S.rel('growth', U, [F(JT, '14.4%'), F(JT, '39.9%'), F(JT, '20.4%'), F(JT, '2.0%')], 'freight against 2019: 水路 "比2019年同期分別增長2.0%" gives one number for two indicators, so the 14.4% cannot be rebuilt (unstated part)')
c10532 = F(JT, '1053.2萬(wàn)TEU'); c10532b = F(JT, '1053.2萬(wàn)TEU', n=1)
rs1053 = [c10532, c10532b]
S.rel('restatement', C, rs1053, 'containers 1053.2萬TEU in the lead and in the ports paragraph')
S.rel('restatement', C, [F(JT, '1000萬(wàn)標箱'), c10532], 'headline "突破1000萬標箱" (a lower bound) and 1053.2萬TEU')
sh362 = [F(JT, '4.0億噸'), F(JT, '10.9億噸'), F(JT, '36.2%')]
S.rel('share', C, sh362, 'coal 4.0 / 10.9 = 36.7%; within the half-units 36.1..37.3 → 36.2%')
S.rel('share', U, [F(JT, '116.4萬(wàn)TEU'), c10532b], 'containers through ship locks 116.4萬 against port throughput 1053.2萬: another indicator (overlapping, not a part)')
S.rel('share', U, [F(JT, '3.0億噸'), F(JT, '15.6億噸')], '外貿 3.0 of 15.6億噸: the share is not stated; subset only')

# ---- 浙江 2022 population (traditional release; news) and 2023 (bulletin)
b412 = F(Z2, '41.2萬人'); d409 = F(Z2, '40.9萬人')
s03 = [b412, d409, F(Z2, '0.3萬人')]
S.rel('sum', C, s03, 'births 41.2 − deaths 40.9 = natural increase 0.3萬')
S.rel('sum', C, [F(Z2, '6.28‰'), F(Z2, '6.24‰'), F(Z2, '0.04‰')], 'birth rate 6.28 − death rate 6.24 = 0.04‰')
s096 = [F(Z2, '0.62個千分點'), F(Z2, '0.34個千分點'), F(Z2, '0.96個千分點')]
S.rel('sum', C, s096, 'change of the natural rate = change of births − change of deaths: −0.62 − 0.34 = −0.96 points')
S.rel('share', U, [b412, F(Z2, '6577萬人'), F(Z2, '6.28‰')], '41.2 / 6577 (year-end) = 6.26‰, not 6.28: the rate is on the average population, and the 2021 year-end is not stated in this document (unstated base)')
S.rel('growth', U, [F(Z2, '37萬人'), F(Z2, '85萬人')], '浙江 +37萬 against 全國 −85萬: other place')
n6577 = F(ZN, '6577万人'); n6540 = F(ZN, '6540万人')
S.rel('sum', C, [n6577, n6540, F(ZN, '37万人')], '6577 − 6540 = 37万')
s4826 = [n6577, F(ZN, '4826万人'), F(ZN, '1751万人')]
S.rel('sum', C, s4826, 'urban 4826 + rural 1751 = 6577万')
S.rel('share', C, [F(ZN, '4826万人'), n6577, F(ZN, '73.4%')], '4826 / 6577 = 73.38% → 73.4%')
S.rel('share', C, [F(ZN, '3436万人'), F(ZN, '3141万人'), F(ZN, '109.4')], 'sex ratio 3436 / 3141 = 109.39 → 109.4')
S.rel('sum', C, [n6577, F(ZN, '907万人'), F(ZN, '4341万人'), F(ZN, '1329万人')], 'ages 907 + 4341 + 1329 = 6577万')
r140 = [F(ZN, '1618.65万人'), F(ZN, '275万人'), F(ZN, '140.99')]
S.rel('share', C, r140, 'migrants 1618.65万 with 275万 more men: (1618.65 + 275) / (1618.65 − 275) = 140.93; with 275 whole 140.84..141.02 → 140.99')
bn = [F(ZN, '41.2万'), n6540, n6577, F(ZN, '6.28‰')]
S.rel('share', C, bn, 'birth rate on the average population: 41.2 / ((6540 + 6577)/2) = 6.282‰ → 6.28‰ (rates per average population)')
S.rel('share', U, [F(ZN, '109.04'), F(ZN, '109.4')], '2020 census sex ratio 109.04 against the 2022 estimate 109.4: other period (no change is stated)')
S.rel('restatement', C, [F(Z2, '41.2萬人'), F(ZN, '41.2万')], 'cross-document: the two 2022 texts agree on births 41.2万')
z6627 = F(Z3, '6627万人'); z6577 = F(Z3, '6577万人')
S.rel('sum', C, [z6627, z6577, F(Z3, '50万人')], '6627 − 6577 = 50万')
S.rel('restatement', C, [z6577, F(Z2, '6577萬人')], 'cross-document: the 2023 bulletin restates the 2022 year-end 6577万 of the 2022 release')
s4919 = [z6627, F(Z3, '4919万人'), F(Z3, '1708万人')]
S.rel('sum', C, s4919, 'urban 4919 + rural 1708 = 6627万')
S.rel('share', C, [F(Z3, '4919万人'), z6627, F(Z3, '74.2%')], '4919 / 6627 = 74.23% → 74.2%')
S.rel('share', C, [F(Z3, '3459万人'), F(Z3, '3168万人'), F(Z3, '109.2')], 'sex ratio 3459 / 3168 = 109.19 → 109.2')
S.rel('sum', C, [z6627, F(Z3, '890万人'), F(Z3, '4312万人'), F(Z3, '1424万人')], 'ages 890 + 4312 + 1424 = 6626, within the half-units of 6627万')
sh154 = [F(Z3, '1021万人'), z6627, F(Z3, '15.4%')]
S.rel('share', C, sh154, '65+ 1021 / 6627 = 15.41% → 15.4%')
S.rel('sum', C, [F(Z3, '38.3万人'), F(Z3, '44.0万人'), F(Z3, '5.7万人')], 'births 38.3 − deaths 44.0 = −5.7万 (负5.7万)')
S.rel('sum', C, [F(Z3, '5.80‰'), F(Z3, '6.66‰'), F(Z3, '-0.86‰')], '5.80 − 6.66 = −0.86‰')
S.rel('share', C, [F(Z3, '38.3万人'), z6627, z6577, F(Z3, '5.80‰')], 'birth rate 38.3 / ((6577 + 6627)/2) = 5.801‰ → 5.80‰')
S.rel('sum', C, [F(Z2, '6.28‰'), F(Z3, '5.80‰'), F(Z3, '0.48个千分点')], 'cross-document: birth rate 6.28‰ (2022 release) − 5.80‰ (2023) = 0.48 points → 下降0.48')
S.rel('sum', C, [F(Z2, '6.24‰'), F(Z3, '6.66‰'), F(Z3, '0.42个千分点')], 'cross-document: death rate 6.66 − 6.24 = 0.42 points → 上升0.42')
S.rel('sum', C, [F(Z2, '0.04‰'), F(Z3, '-0.86‰'), F(Z3, '0.90个千分点')], 'cross-document: natural rate 0.04 → −0.86 = −0.90 points')
S.rel('sum', C, [F(ZN, '73.4%'), F(Z3, '74.2%'), F(Z3, '0.8个百分点')], 'cross-document: urbanisation 73.4% (2022 news) → 74.2% (2023) = +0.8 points')
S.rel('sum', C, [F(ZN, '13.8%'), F(Z3, '13.4%'), F(Z3, '0.4个百分点')], 'cross-document: 0-15 share 13.8 → 13.4 = −0.4 points')
S.rel('sum', C, [F(ZN, '20.2%'), F(Z3, '21.5%'), F(Z3, '1.3个百分点')], 'cross-document: 60+ share 20.2 → 21.5 = +1.3 points')
S.rel('share', U, [F(Z3, '38万'), F(Z3, '38.3万人')], '调查人口38万余人 (the sample) against births 38.3万: the same number for another indicator')

# ---- 益农镇 2020 (town work report)
g131 = [F(YN, '42.3亿元'), F(YN, '4.9亿元'), F(YN, '13.1%')]
S.rel('growth', C, g131, 'deposits 42.3亿, up 4.9亿 on the start of the year: 4.9 / 37.4 = +13.1%')
S.rel('share', U, [F(YN, '35.7亿元'), F(YN, '28.4万元')], '户均存款28.4万 = 35.7亿 / households: the number of households is not stated (unstated base)')
S.rel('sum', U, [F(YN, '4.1亿元'), F(YN, '2.1亿元')], '"其中地方财政收入2.1亿" of 财政总收入 4.1亿: one part only (parts leave something out)')
S.rel('share', U, [F(YN, '121亿元'), F(YN, '14.8亿元')], '规上工业总产值 121亿 against 规上工业增加值 14.8亿: other indicator, no stated ratio')
S.rel('growth', U, [F(YN, '13.6%'), F(YN, '13.1%')], '农户存款 +13.6% (year on year) inside deposits +13.1% (on the start of the year): subset, other base')

# ---- 永嘉县 profile (traditional, 2006)
S.rel('share', I, [F(YJ, '2350平方公里'), F(YJ, '2674平方公里'), F(YJ, '82%')], 'REAL ERROR (or an unstated base): 貧困鄉鎮面積 2350 / 總面積 2674 = 87.9%, not 82%; the only total the text gives is 2674 km² (82% would need about 2866 km²)')
S.rel('share', U, [F(YJ, '52.3萬'), F(YJ, '89.34萬')], 'poor people 52.3萬 (1985) against today\'s population 89.34萬: other period')
S.rel('target', M, [F(YJ, '10億'), F(YJ, '12.33億元'), F(YJ, '16.1%')], '2004 goal 財政收入超10億: 2004 = 12.33 / 1.161 = 10.62億 (2005 level and growth, both nominal) ≥ 10: met')
S.rel('target', U, [F(YJ, '100億'), F(YJ, '118.5億元'), F(YJ, '12%')], '2004 goal 生産總值超100億 against 118.5億 (2005, current prices) and +12% (comparable prices): nominal vs real, the 2004 level cannot be rebuilt')
S.rel('share', U, [F(YJ, '26度'), F(YJ, '1/5')], '人均用電26度 "不到全省的1/5": the province\'s figure is not stated (unstated base)')

# ---- 厦门港 H1 2013; 港务管理站 Q1 2013; 福建 ports Jan–Jul 2013
x9122 = F(XP, '9122.96万吨'); x4507 = F(XP, '4507.74万吨'); x4615 = F(XP, '4615.22万吨')
s9122 = [x9122, x4507, x4615]
S.rel('sum', C, s9122, '9122.96 = 外贸 4507.74 + 内贸 4615.22万吨')
g142 = [x9122, F(XP, '14.2%'), x4507, F(XP, '8.8%'), x4615, F(XP, '20.1%')]
S.rel('growth', C, g142, 'last year 4507.74/1.088 + 4615.22/1.201 = 7986.0; 9122.96 / 7986.0 = +14.24% → 14.2%')
x373 = F(XP, '373.59万标箱'); x277 = F(XP, '277.35万标箱'); x96 = F(XP, '96.24万标箱')
s373 = [x373, x277, x96]
S.rel('sum', C, s373, 'containers 373.59 = 外贸箱 277.35 + 内贸箱 96.24万')
g164 = [x373, F(XP, '16.4%'), x277, F(XP, '9.3%'), x96, F(XP, '43.0%')]
S.rel('growth', C, g164, 'last year 277.35/1.093 + 96.24/1.430 = 321.0; 373.59 / 321.0 = +16.4% → 16.4%')
S.rel('growth', U, [x96, F(XP, '43.0%'), F(XP, '39.74万标箱'), F(XP, '276.7%')], '国内中转箱 39.74万 (+276.7%) inside 内贸箱 96.24万 (+43.0%): subset, the rest is not stated')
S.rel('share', U, [x373, F(XP, '118.45万标箱')], '空箱 118.45万 cuts across 外贸/内贸 boxes: overlapping scope, no stated share')
S.rel('share', U, [x9122, F(XP, '2173.44万吨')], '矿建材料 2173.44万吨 of 9122.96: share not stated, subset only')
S.rel('restatement', U, [x9122, F(FP, '1.08亿吨')], 'cross-document: 厦门港 H1 9122.96万吨 against Jan–Jul 1.08亿吨: other period')
S.rel('restatement', U, [x373, F(FP, '442.56万标箱')], 'cross-document: 厦门港 containers H1 373.59万 against Jan–Jul 442.56万: other period')
S.rel('growth', U, [F(XP, '14.2%'), F(FP, '13.1%')], 'cross-document: 厦门港 +14.2% (H1) against +13.1% (Jan–Jul): other period')
S.rel('sum', U, [F(FP, '2.55亿吨'), F(FP, '7020.93万'), F(FP, '1.08亿吨')], '福州 7020.93万 + 厦门 1.08亿 = 1.78亿 < 2.55亿: the province has other ports (parts leave something out)')
S.rel('sum', U, [F(FP, '646.85万标箱'), F(FP, '110.64万'), F(FP, '442.56万标箱')], 'containers 110.64 + 442.56 = 553.2 < 646.85万: other ports')
S.rel('restatement', C, [F(FP, '1.08亿吨'), F(FP, '亿吨', pre='突破')], '厦门港 1.08亿吨 "突破亿吨": consistent')
st = [F(XS, '218.6万吨'), F(XS, '78.8万吨'), F(XS, '139.8万吨')]
S.rel('sum', C, st, '港务管理站 218.6 = 外贸 78.8 + 内贸 139.8万吨')
g33 = [st[0], F(XS, '33%'), st[1], F(XS, '71%'), st[2], F(XS, '18%')]
S.rel('growth', C, g33, 'last year 78.8/1.71 + 139.8/1.18 = 164.6; 218.6 / 164.6 = +32.8% (32.2..33.4) → 33%')
S.rel('growth', U, [F(XS, '24万吨'), F(XS, '49万吨'), F(XS, '71%')], 'imported coal 24 → 49万吨 (+104%) against 外贸 +71%: a part, not the total')
S.rel('share', U, [st[0], x9122], 'cross-document: the station\'s 218.6万吨 (Q1) against the whole port 9122.96万吨 (H1): other scope and period')

# ---- 福建 对台 small trade Jan–Jul 2012 (traditional)
t18007h = F(TW, '18007萬美元'); t18007 = F(TW, '18007萬美元', n=1); t14786 = F(TW, '14786萬美元'); t3221 = F(TW, '3221萬美元')
S.rel('restatement', C, [t18007h, t18007], 'headline and body: 18007萬美元')
s18007 = [t18007, t14786, t3221]
S.rel('sum', C, s18007, '18007 = 進口 14786 + 出口 3221萬美元')
S.rel('growth', C, [t18007, F(TW, '13%'), t14786, F(TW, '14%'), t3221, F(TW, '8.9%')], 'last year 14786/1.14 + 3221/1.089 = 15928; 18007 / 15928 = +13.05% (12.6..13.5 with whole percents) → 13%')
sh473 = [F(TW, '3984.5萬美元'), F(TW, '3015.6萬美元'), t14786, F(TW, '47.3%')]
S.rel('share', C, sh473, '(3984.5 + 3015.6) / 14786 = 47.34% → 兩者合計佔47.3%')
sh997 = [F(TW, '3211.5萬美元'), t3221, F(TW, '99.7%')]
S.rel('share', C, sh997, '3211.5 / 3221 = 99.71% → 99.7%')
s637 = [F(TW, '63.7億美元'), F(TW, '16.6億美元'), F(TW, '47.1億美元')]
S.rel('sum', C, s637, '閩臺 63.7 = 出口 16.6 + 進口 47.1億美元')
g39 = [F(TW, '63.7億美元'), F(TW, '3.9%'), F(TW, '16.6億美元'), F(TW, '3.1%'), F(TW, '47.1億美元'), F(TW, '6.2%')]
S.rel('growth', C, g39, 'last year 16.6/1.031 + 47.1/0.938 = 66.31; 63.7 / 66.31 = −3.94% (−4.21..−3.67) → 下降3.9%')
S.rel('share', U, [t18007, F(TW, '63.7億美元')], '小額貿易 18007萬 inside 閩臺貿易 63.7億: no share stated (subset)')
S.rel('growth', U, [F(TW, '14%'), F(TW, '25.3%'), F(TW, '4.2%')], 'imports +14% cannot be rebuilt from 農産品 +25.3% and 機電 +4.2%: they are 47.3% of imports (parts leave something out)')
S.rel('sum', U, [F(TW, '63.7億美元'), F(FT, '21億美元')], 'cross-document: 閩臺 trade Jan–Jul 2012 (63.7億) against Jan–Feb 2013 (21億): other period')

# ---- 福建 外贸 Jan–Feb 2013 (traditional)
e2569 = F(FT, '256.9億美元'); e915 = F(FT, '91.5億美元'); e1654 = F(FT, '165.4億美元')
S.rel('sum', C, [e2569, e915, e1654], '256.9 = 進口 91.5 + 出口 165.4億美元')
S.rel('growth', C, [e2569, F(FT, '20.7%'), e915, F(FT, '4.4%'), e1654, F(FT, '32%')], 'last year 91.5/1.044 + 165.4/1.32 = 212.9; 256.9 / 212.9 = +20.6% (20.3..21.0 with 32% whole) → 20.7%')
S.rel('sum', C, [F(FT, '73.9億美元'), e1654, e915], 'surplus 165.4 − 91.5 = 73.9億美元')
S.rel('growth', C, [F(FT, '73.9億美元'), F(FT, '96%'), e915, F(FT, '4.4%'), e1654, F(FT, '32%')], 'last year\'s surplus 125.3 − 87.6 = 37.7; 73.9 / 37.7 = +96% (93..99.5) → 增長96%')
f1026 = F(FT, '102.6億美元')
S.rel('sum', C, [f1026, F(FT, '40.1億美元'), F(FT, '62.5億美元')], 'February 102.6 = 40.1 + 62.5億')
S.rel('growth', C, [f1026, F(FT, '12.2%'), F(FT, '40.1億美元'), F(FT, '10.5%'), F(FT, '62.5億美元'), F(FT, '34%')], 'last February 40.1/0.895 + 62.5/1.34 = 91.4; 102.6 / 91.4 = +12.2% → 12.2%')
a21 = F(FT, '21億美元'); a162 = F(FT, '16.2億美元'); a48 = F(FT, '4.8億美元')
S.rel('sum', C, [a21, a162, a48], '對台 21 = 16.2 + 4.8億')
S.rel('sum', C, [F(FT, '11.4億美元'), a162, a48], 'deficit 16.2 − 4.8 = 11.4億')
S.rel('growth', C, [a21, F(FT, '36.8%'), a162, F(FT, '36.2%'), a48, F(FT, '38.9%')], 'last year 16.2/1.362 + 4.8/1.389 = 15.35; 21 / 15.35 = +36.8% (32.9..40.8 with 21 whole) → 36.8%')
S.rel('growth', C, [F(FT, '11.4億美元'), F(FT, '35.1%'), a162, F(FT, '36.2%'), a48, F(FT, '38.9%')], 'last year\'s deficit 11.89 − 3.46 = 8.44; 11.4 / 8.44 = +35.1% (33.3..37.0) → 35.1%')
S.rel('sum', C, [F(FT, '36.8%'), F(FT, '20.7%'), F(FT, '16.1個百分點')], '對台 +36.8% − total +20.7% = 16.1 points')
sh82 = [a21, e2569, F(FT, '8.2%')]
S.rel('share', C, sh82, '21 / 256.9 = 8.17% (7.98..8.37) → 8.2%')
S.rel('sum', C, [F(FT, '8.5億美元'), F(FT, '6.9億美元'), F(FT, '1.6億美元')], 'February 對台 8.5 = 6.9 + 1.6億')
S.rel('growth', C, [F(FT, '8.5億美元'), F(FT, '7.4%'), F(FT, '6.9億美元'), F(FT, '9.8%'), F(FT, '1.6億美元'), F(FT, '2.1%')], 'last February 6.9/1.098 + 1.6/0.979 = 7.92; 8.5 / 7.92 = +7.4% → 7.4%')
S.rel('share', C, [F(FT, '36.9億'), F(FT, '35.2億'), F(FT, '35.1億'), F(FT, '21億', n=1), F(FT, '15.7億美元'), e2569, F(FT, '56%')], '(36.9 + 35.2 + 35.1 + 21 + 15.7) / 256.9 = 56.0% → 56%')
sh541 = [F(FT, '14.9億'), F(FT, '12.7億'), F(FT, '13.7億'), F(FT, '8.5億', n=1), F(FT, '5.7億美元'), f1026, F(FT, '54.1%')]
S.rel('share', C, sh541, 'February (14.9 + 12.7 + 13.7 + 8.5 + 5.7) / 102.6 = 54.09% → 54.1%')
S.rel('growth', U, [F(FT, '20.7%'), F(FT, '6.5個百分點')], '"高出同期全國外貿進出口增速6.5個百分點": the national rate is not stated (unstated base)')

# ---- 福州口岸 对台 2004 (traditional, Chinese numerals)
z1654 = F(FZ, '十六億五千四百萬美元'); z1489 = F(FZ, '十四億八千九百萬美元'); z165 = F(FZ, '一億六千五百萬美元')
S.rel('sum', C, [z1654, z1489, z165], '16.54億 = 進口 14.89 + 出口 1.65億美元')
s1324 = [F(FZ, '十三億兩千四百萬美元'), z1489, z165]
S.rel('sum', C, s1324, 'deficit 14.89 − 1.65 = 13.24億美元')
S.rel('growth', C, [z1654, F(FZ, '百分之二十六點二八'), z1489, F(FZ, '百分之二十五點四九'), z165, F(FZ, '百分之三十三點八四')], 'last year 14.89/1.2549 + 1.65/1.3384 = 13.098; 16.54 / 13.098 = +26.28% (26.16..26.39) → 26.28%')
sh766 = [F(FZ, '十二億六千七百萬美元'), z1654, F(FZ, '百分之七十六點六')]
S.rel('share', C, sh766, '外資 12.67 / 16.54 = 76.60% → 76.6%')
S.rel('restatement', C, [F(FZ, '十四億美元'), z1654], 'headline "逾十四億美元" (a lower bound) and 16.54億: consistent (the headline\'s 14 is close to the imports 14.89)')
S.rel('growth', U, [F(FZ, '百分之十四點五五'), F(FZ, '百分之二十六點二八')], '外資 +14.55% against the total +26.28%: a part\'s growth, the rest is not stated')

# ---- 山东 16 cities Jan–May 2024
q595 = F(SC, '595.32亿元', n=1); q516 = F(SC, '516.39亿元', n=1)
d7893 = [q595, q516, F(SC, '78.93亿元')]
S.rel('sum', C, d7893, '青岛 595.32 − 济南 516.39 = 78.93亿')
d2192 = [F(SC, '237.49亿元', n=1), F(SC, '215.57亿元'), F(SC, '21.92亿元')]
S.rel('sum', C, d2192, '济宁 237.49 − 临沂 215.57 = 21.92亿')
rs516 = [F(SC, '516.39亿元'), q516]
S.rel('restatement', C, rs516, '济南 516.39亿 in the list and in the text')
S.rel('sum', U, [F(SC, '3499.06亿元'), F(SC, '595.32亿元'), F(SC, '84.70亿元')], 'the 16 cities add to 3428.39亿 < 全省 3499.06亿: the province\'s total includes its own (省级) revenue, so the cities are not a split')
S.rel('share', U, [F(SC, '2341.1亿元'), F(SC, '3499.06亿元')], '税收 2341.1 of 3499.06 (66.9%) is not stated; −1.1% inside +5.0%: nested, no stated relation')
S.rel('restatement', U, [F(SC, '8个'), F(SC, '2个')], '8 cities at 百亿 now against 2 more than in Jan–Apr: other period')

# ---- 山东 H1 2023
h44125t = F(SH, '44125亿元'); h44125 = F(SH, '44125亿元', n=1)
S.rel('restatement', C, [h44125t, h44125], 'headline and body: 44125亿')
s44125 = [h44125, F(SH, '2980亿元'), F(SH, '17257亿元'), F(SH, '23888亿元')]
S.rel('sum', C, s44125, 'GDP 44125 = 2980 + 17257 + 23888亿')
S.rel('growth', U, [h44125, F(SH, '6.2%'), F(SH, '2980亿元'), F(SH, '4.0%'), F(SH, '17257亿元'), F(SH, '6.5%'), F(SH, '23888亿元'), F(SH, '6.3%')], 'real GDP growth from current-price sector levels and comparable-price rates: the constant-price weights are not stated (nominal vs real; it happens to fit, 6.16..6.27)')
g12 = [F(SH, '2674.1万吨'), F(SH, '32.5万吨'), F(SH, '1.2%')]
S.rel('growth', C, g12, 'summer grain 2674.1, up 32.5万吨: 32.5 / 2641.6 = +1.23% → 1.2%')
S.rel('growth', U, [F(SH, '4.3%'), F(SH, '4.0%')], '农林牧渔业总产值 +4.3% against 第一产业增加值 +4.0%: other indicator')
S.rel('growth', U, [F(SH, '6.9%'), F(SH, '1.0个百分点')], '规上工业 +6.9%, 1.0 point faster than Q1: the Q1 rate is not stated (unstated base)')

# ---- further traps (unrelated): numbers that look checkable but are not
S.rel('share', U, [F(P23, '103.4%'), F(P23, '9.1%')], '为预算的103.4% and 比2022年增长9.1% are on two different bases (the budget, last year\'s result): no relation between them')
S.rel('sum', U, [F(MJ, '191項'), F(MJ, '26項')], '26 預備項目 are outside the 191 正式項目; no total is given (not parts of one whole)')
S.rel('share', U, [F(MJ, '544.6億元'), F(MJ, '495.9億元')], '科技產業 "年度總投資體量第二大" while its H1 544.6億 exceeds 基礎設施 495.9億: the ranking is by yearly plan, not by H1 progress (other base)')
S.rel('growth', U, [F(JP, '12.7%'), F(JP, '25%'), F(JP, '75.5%')], '江阴 +25% and 镇江 +75.5% against 沿江 +12.7%: two named ports, their levels are not a split of the river ports')
S.rel('growth', U, [F(JT, '14.8%'), F(JT, '14.4%')], 'freight +14.8% on 2020 and +14.4% on 2019: other base periods; the 2020-on-2019 change is not stated')
S.rel('growth', U, [F(JT, '15.6億噸'), F(JT, '12.8%'), f44, F(JT, '5.2%')], 'port throughput 15.6億噸 (+12.8%) against 水路 freight 4.4億噸 (+5.2%): other indicators (throughput counts loading and unloading, coastal and inland)')
S.rel('share', U, [F(JT, '10.9億噸'), F(JT, '15.6億噸')], 'goods through ship locks 10.9億噸 against port throughput 15.6億噸: other indicator')
S.rel('share', U, [F(JT, '2.0萬(wàn)艘次'), F(JT, '152.5萬(wàn)艘次')], 'container ships 2.0萬 of 152.5萬艘次: no share stated (subset)')
S.rel('sum', U, [F(Z2, '0.3萬人'), F(Z2, '3.7萬人'), F(Z2, '2.5萬人')], 'births −3.7萬 and deaths +2.5萬 on 2021 imply a 2021 natural increase of 6.5萬, which is not stated (unstated base)')
S.rel('share', U, [F(ZN, '109.04'), F(ZN, '105.07')], '浙江 109.04 against 全国 105.07: other place')
S.rel('share', U, [F(ZN, '1618.65万人'), n6577], 'inflow 1618.65万 (2020 census) against the 2022 population 6577万: other period, no share stated')
S.rel('sum', U, [F(ZN, '37万人'), F(ZN, '0.3万人')], 'population +37万 against natural increase 0.3万: migration is not stated (parts leave something out)')
S.rel('sum', U, [F(Z3, '50万人'), F(Z3, '5.7万人')], 'population +50万 against natural increase −5.7万: migration is not stated (parts leave something out)')
S.rel('sum', U, [F(Z3, '13.4%'), F(Z3, '65.1%'), F(Z3, '21.5%'), F(Z3, '15.4%')], '65岁及以上 15.4% lies inside 60岁及以上 21.5%: four shares that overlap, not a split (overlapping scopes)')
S.rel('sum', U, [F(ZN, '1329万人'), F(ZN, '981万人')], '65+ 981万 inside 60+ 1329万: nested groups, not parts to add (overlapping scopes)')
S.rel('share', U, [F(YN, '4.7万元'), F(YN, '28.4万元')], '农民人均收入 4.7万 against 户均存款 28.4万: other indicator')
S.rel('growth', U, [F(YJ, '359.96元'), F(YJ, '4751元'), F(YJ, '8.3%')], '農民人均純收入 359.96 (1985) and 4751 (2005): the +8.3% is 2005 on 2004, not the 1985–2005 rate (other period)')
S.rel('share', U, [F(YJ, '120元'), F(YJ, '359.96元')], 'the poverty line 年收入120元 against the 1985 average 359.96元: other indicator')
S.rel('growth', U, [F(FP, '11.2%'), F(FP, '13.0%'), F(FP, '13.1%')], '福州 +13.0% and 厦门 +13.1% both above the province\'s +11.2%: the other ports grew more slowly; their levels are not stated (parts leave something out)')
S.rel('growth', U, [F(FP, '11.2%', n=1), F(FP, '9.1%'), F(FP, '15.3%')], 'containers: 福州 +9.1% and 厦门 +15.3% against the province +11.2%: other ports not stated')
S.rel('share', U, [F(FT, '56%'), F(FT, '54.1%')], '56% (January–February) against 54.1% (February): other period')
S.rel('sum', U, [a21, F(FT, '8.5億美元')], '對台 21億 (January–February) against 8.5億 (February): January (12.5億) is not stated; other period')
S.rel('share', U, [F(FZ, '百分之四十四'), F(FZ, '百分三十')], 'product shares of imports (約44%) and exports (30%): the product values are not stated (unstated base)')
S.rel('growth', U, [F(SH, '4.3%'), F(SH, '0.4个百分点')], '农林牧渔业总产值 +4.3%, 0.4 points above Q1: the Q1 rate is not stated (unstated base)')
S.rel('growth', U, [F(SH, '4.3%'), F(SH, '3.4%'), F(SH, '2.4%'), F(SH, '1.6%'), F(SH, '5.1%')], '农林牧渔业总产值 +4.3% against vegetables +3.4%, fruit +2.4%, meat +1.6%, aquatic +5.1%: output growths of some products, weights not stated (parts leave something out)')
S.rel('restatement', U, [z1654, a21], 'cross-document: 福州口岸 對台 16.54億 (2004) against 福建 對台 21億 (January–February 2013): other place and period')

# ---- altered copies (one figure each; the relation it breaks becomes inconsistent)
a = ALT(P24, 1, g48[2], '4.3%', 'two-year average 4.8 → 4.3%')
S.rel('growth', I, R(a, g48, g48[2], '4.3%'), 'altered: sqrt(1.091 × 1.006) = 4.76%, not 4.3% (breaks {B})')
a = ALT(P24, 2, r1308, '1338.66亿元', '2024 revenue 1308.66 → 1338.66亿')
S.rel('growth', I, R(a, g06, r1308, '1338.66亿元'), 'altered: 1338.66 / 1300.81 = +2.9%, not 0.6% (breaks {B})')
a = ALT(P23, 1, r1300, '1306.81亿元', '2023 revenue 1300.81 → 1306.81亿')
S.rel('growth', I, R(a, g06, r1300, '1306.81亿元'), 'altered: 1308.66 / 1306.81 = +0.14%, not 0.6% (breaks {B})')
a = ALT(MJ, 1, m1226t, '1296.4億元', 'headline investment 1226.4 → 1296.4億')
S.rel('restatement', I, R(a, rs1226, m1226t, '1296.4億元'), 'altered: headline 1296.4億, body 1226.4億 (breaks {B})')
a = ALT(MJ, 2, m2300, '2800億元', 'annual plan 2300 → 2800億')
S.rel('share', I, R(a, sh533, m2300, '2800億元'), 'altered: 1226.4 / 2800 = 43.8%, not 53.3% (breaks {B})')
a = ALT(JP, 1, gbx[1], '5.9%', 'container growth 7.9 → 5.9%')
S.rel('growth', I, R(a, gbx, gbx[1], '5.9%'), 'altered: the parts give +7.9% (7.84..8.03), not 5.9% (breaks {B})')
a = ALT(JP, 2, w3160, '3190万吨', '沿海 外贸 3160 → 3190万吨')
S.rel('sum', I, R(a, s12286, w3160, '3190万吨'), 'altered: 9115 + 3190 + 11 = 12316, not 12286万吨 (breaks {B})')
a = ALT(JT, 1, sh362[2], '38.2%', 'coal share 36.2 → 38.2%')
S.rel('share', I, R(a, sh362, sh362[2], '38.2%'), 'altered: 4.0 / 10.9 = 36.7% (36.1..37.3), not 38.2% (breaks {B})')
a = ALT(JT, 2, c10532b, '1058.2萬(wàn)TEU', 'second print of containers 1053.2 → 1058.2萬TEU')
S.rel('restatement', I, R(a, rs1053, c10532b, '1058.2萬(wàn)TEU'), 'altered: 1053.2萬TEU in the lead, 1058.2萬 in the ports paragraph (breaks {B})')
a = ALT(Z2, 1, d409, '40.6萬人', 'deaths 40.9 → 40.6萬')
S.rel('sum', I, R(a, s03, d409, '40.6萬人'), 'altered: 41.2 − 40.6 = 0.6, not 0.3萬 (breaks {B})')
a = ALT(Z2, 2, s096[2], '0.86個千分點', 'change of the natural rate 0.96 → 0.86 points')
S.rel('sum', I, R(a, s096, s096[2], '0.86個千分點'), 'altered: −0.62 − 0.34 = −0.96, not −0.86 points (breaks {B})')
a = ALT(ZN, 1, s4826[2], '1721万人', 'rural population 1751 → 1721万')
S.rel('sum', I, R(a, s4826, s4826[2], '1721万人'), 'altered: 4826 + 1721 = 6547, not 6577万 (breaks {B})')
a = ALT(ZN, 2, r140[2], '146.99', 'migrants\' sex ratio 140.99 → 146.99')
S.rel('share', I, R(a, r140, r140[2], '146.99'), 'altered: (1618.65 + 275) / (1618.65 − 275) = 140.9, not 146.99 (breaks {B})')
a = ALT(Z3, 1, s4919[2], '1768万人', 'rural population 1708 → 1768万')
S.rel('sum', I, R(a, s4919, s4919[2], '1768万人'), 'altered: 4919 + 1768 = 6687, not 6627万 (breaks {B})')
a = ALT(Z3, 2, sh154[0], '1051万人', '65+ population 1021 → 1051万')
S.rel('share', I, R(a, sh154, sh154[0], '1051万人'), 'altered: 1051 / 6627 = 15.86%, not 15.4% (breaks {B})')
a = ALT(YN, 1, g131[2], '15.1%', 'deposit growth 13.1 → 15.1%')
S.rel('growth', I, R(a, g131, g131[2], '15.1%'), 'altered: 4.9 / 37.4 = 13.1%, not 15.1% (breaks {B})')
a = ALT(XP, 1, g142[5], '26.1%', '内贸 growth 20.1 → 26.1%')
S.rel('growth', I, R(a, g142, g142[5], '26.1%'), 'altered: with 内贸 +26.1% last year was 7796; 9122.96 / 7796 = +17.0%, not 14.2% (breaks {B})')
a = ALT(XP, 2, x277, '271.35万标箱', '外贸箱 277.35 → 271.35万')
S.rel('sum', I, R(a, s373, x277, '271.35万标箱'), 'altered: 271.35 + 96.24 = 367.59, not 373.59万 (breaks {B})')
S.rel('growth', I, R(a, g164, x277, '271.35万标箱'), 'altered: last year 271.35/1.093 + 96.24/1.43 = 315.6; 373.59 / 315.6 = +18.4%, not 16.4% (breaks {B})')
a = ALT(XS, 1, g33[3], '77%', '外贸 growth 71 → 77%')
S.rel('growth', I, R(a, g33, g33[3], '77%'), 'altered: last year 78.8/1.77 + 139.8/1.18 = 162.99; 218.6 / 162.99 = +34.1%, not 33% (breaks {B})')
a = ALT(TW, 1, sh997[0], '3271.5萬美元', 'aquatic exports 3211.5 → 3271.5萬美元')
S.rel('share', I, R(a, sh997, sh997[0], '3271.5萬美元'), 'altered: 3271.5 / 3221 = 101.6%, not 99.7% (breaks {B})')
a = ALT(TW, 2, g39[5], '8.2%', 'import change −6.2 → −8.2%')
S.rel('growth', I, R(a, g39, g39[5], '8.2%'), 'altered: last year 16.6/1.031 + 47.1/0.918 = 67.41; 63.7 / 67.41 = −5.5%, not −3.9% (breaks {B})')
a = ALT(FT, 1, sh541[2], '18.7億', 'February US trade 13.7 → 18.7億')
S.rel('share', I, R(a, sh541, sh541[2], '18.7億'), 'altered: (14.9 + 12.7 + 18.7 + 8.5 + 5.7) / 102.6 = 59.0%, not 54.1% (breaks {B})')
a = ALT(FT, 2, sh82[2], '8.7%', '對台 share 8.2 → 8.7%')
S.rel('share', I, R(a, sh82, sh82[2], '8.7%'), 'altered: 21 / 256.9 = 8.17% (7.98..8.37), not 8.7% (breaks {B})')
a = ALT(FZ, 1, sh766[2], '百分之七十八點六', '外資 share 76.6 → 78.6%')
S.rel('share', I, R(a, sh766, sh766[2], '百分之七十八點六'), 'altered: 12.67 / 16.54 = 76.6%, not 78.6% (breaks {B})')
a = ALT(FZ, 2, s1324[0], '十三億五千四百萬美元', 'deficit 13.24 → 13.54億美元')
S.rel('sum', I, R(a, s1324, s1324[0], '十三億五千四百萬美元'), 'altered: 14.89 − 1.65 = 13.24, not 13.54億 (breaks {B})')
a = ALT(SC, 1, rs516[0], '513.39亿元', '济南 in the list 516.39 → 513.39亿')
S.rel('restatement', I, R(a, rs516, rs516[0], '513.39亿元'), 'altered: 513.39亿 in the list, 516.39亿 in the text (breaks {B})')
a = ALT(SC, 2, d2192[2], '27.92亿元', '济宁 lead over 临沂 21.92 → 27.92亿')
S.rel('sum', I, R(a, d2192, d2192[2], '27.92亿元'), 'altered: 237.49 − 215.57 = 21.92, not 27.92亿 (breaks {B})')
a = ALT(SH, 1, s44125[2], '17557亿元', 'secondary industry 17257 → 17557亿')
S.rel('sum', I, R(a, s44125, s44125[2], '17557亿元'), 'altered: 2980 + 17557 + 23888 = 44425, not 44125亿 (breaks {B})')
a = ALT(SH, 2, g12[1], '38.5万吨', 'summer grain increase 32.5 → 38.5万吨')
S.rel('growth', I, R(a, g12, g12[1], '38.5万吨'), 'altered: 38.5 / 2635.6 = +1.46%, not 1.2% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

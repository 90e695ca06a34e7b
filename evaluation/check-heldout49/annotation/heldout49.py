"""Check key, forty-ninth held-out set (check-heldout49). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout49.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout49'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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
    return [on(a, f, new) if f == old else on(a, f) for f in figs]

H14='hl_hulan_2014.txt'; H17='hl_hulan_2017_hant.txt'; Q21='qh_2021q1_hant.txt'; Q20='qh_2020_hant.txt'
TT='tj_2024t.txt'; T24='tj_2024.txt'; T24H='tj_2024_hant.txt'; T23='tj_2023.txt'; NK='tjnk_2023.txt'
HB='tjhb_2025.txt'; HBP='tjhb_2025p.txt'; BX='hb_baixiang.txt'; XJ='xj_1965.txt'; N56='nat_1956.txt'
N20='nat_2020q3_hant.txt'; GH='gs_2024h1.txt'; GY='gs_2024.txt'

# ---- 呼兰区 2014 (yearbook entry, district of 哈尔滨)
ht = F(H14, '304.7亿元'); h1 = F(H14, '59.1亿元'); h2 = F(H14, '120.6亿元'); h3 = F(H14, '125亿元')
hr = F(H14, '6.3%', '比上年增长'); hr1 = F(H14, '7.4%'); hr2 = F(H14, '5.8%'); hr3 = F(H14, '6.3%', '第三产业实现增加值125亿元,增长')
hp1 = F(H14, '19.4'); hp2 = F(H14, '39.6'); hp3 = F(H14, '41.0')
hc1 = F(H14, '20.6%'); hc2 = F(H14, '39%'); hc3 = F(H14, '40.4%')
sum_h14 = [h1, h2, h3, ht]; rate_h14 = [h1, hr1, h2, hr2, h3, hr3, ht, hr]
S.rel('sum', C, sum_h14, '59.1 + 120.6 + 125 = 304.7')
S.rel('share', C, [h1, ht, hp1], '59.1/304.7 = 19.40% → 19.4')
S.rel('share', C, [h2, ht, hp2], '120.6/304.7 = 39.58% → 39.6')
S.rel('share', C, [h3, ht, hp3], '125/304.7 = 41.02% → 41.0')
S.rel('sum', C, [hp1, hp2, hp3], 'structure 19.4 + 39.6 + 41.0 = 100')
S.rel('sum', C, [hc1, hc2, hc3], 'contributions 20.6 + 39 + 40.4 = 100')
S.rel('rate', C, rate_h14, 'levels deflated by sector rates: 55.03 + 113.99 + 117.59 = 286.61; 304.7/286.61 = 6.31% → 6.3')
S.rel('rate', U, [hr1, hc1, hr2, hc2, hr3, hc3], 'contributions rest on the 2013 levels at constant prices, which are not stated; the 2014 levels give 22.5/36.5/40.9, no check')
S.rel('share', U, [ht, F(H14, '63.15万人'), F(H14, '48324元')], 'per-capita GDP is over the average resident population; 63.15万 is year-end registered (户籍) population: 304.7亿/63.15万 = 48250, not a check')
S.rel('restatement', U, [hr, hr3], 'GDP +6.3% and tertiary +6.3%: different indicators sharing a number')
a = ALT(H14, 1, h2, '126.6亿元', 'secondary value added 120.6 → 126.6')
S.rel('sum', I, R(a, sum_h14, h2, '126.6亿元'), 'altered: parts add to 310.7, not 304.7 (breaks {B})')
S.rel('share', I, [on(a, h2, '126.6亿元'), on(a, ht), on(a, hp2)], 'altered: 126.6/304.7 = 41.5%, not 39.6 (breaks {B})')
a = ALT(H14, 2, hc3, '43.4%', 'tertiary contribution 40.4 → 43.4')
S.rel('sum', I, [on(a, hc1), on(a, hc2), on(a, hc3, '43.4%')], 'altered: 20.6 + 39 + 43.4 = 103 (breaks {B})')
a = ALT(H14, 3, hp1, '17.4', 'primary share 19.4 → 17.4')
S.rel('share', I, [on(a, h1), on(a, ht), on(a, hp1, '17.4')], 'altered: 59.1/304.7 = 19.4%, not 17.4 (breaks {B})')
S.rel('sum', I, [on(a, hp1, '17.4'), on(a, hp2), on(a, hp3)], 'altered: 17.4 + 39.6 + 41.0 = 98 (breaks {B})')
a = ALT(H14, 4, h1, '58.1亿元', 'primary value added 59.1 → 58.1')
S.rel('sum', I, R(a, sum_h14, h1, '58.1亿元'), 'altered: parts add to 303.7, not 304.7 (breaks {B})')

# ---- 呼兰区 2017 (encyclopedia entry, traditional)
gt = F(H17, '344.6億元'); g1 = F(H17, '67.8億元'); g2 = F(H17, '127.9億元'); g3 = F(H17, '148.9億元')
gp1 = F(H17, '19.7'); gp2 = F(H17, '37.1'); gp3 = F(H17, '43.2')
sum_h17 = [g1, g2, g3, gt]
S.rel('sum', C, sum_h17, '67.8 + 127.9 + 148.9 = 344.6')
S.rel('share', C, [g1, gt, gp1], '67.8/344.6 = 19.67% → 19.7')
S.rel('share', C, [g2, gt, gp2], '127.9/344.6 = 37.12% → 37.1')
S.rel('share', C, [g3, gt, gp3], '148.9/344.6 = 43.21% → 43.2')
S.rel('sum', C, [gp1, gp2, gp3], 'structure 19.7 + 37.1 + 43.2 = 100')
S.rel('share', U, [gt, F(H17, '60.7869萬人'), F(H17, '56156元')], '344.6億/60.7869萬 = 56690, stated 56156: per capita is over the average resident population, not the registered population; no check')
S.rel('growth', U, [ht, gt], '呼兰 GDP 2014 304.7 and 2017 344.6: nominal levels three years apart, no growth rate stated')
S.rel('restatement', U, [F(H14, '2228.89平方千米'), F(H17, '2197平方千米')], 'land area (土地面积, 2014 yearbook) vs total area (總面積, encyclopedia): different measures and sources, not a restatement')
a = ALT(H17, 1, g3, '143.9億元', 'tertiary value added 148.9 → 143.9')
S.rel('sum', I, R(a, sum_h17, g3, '143.9億元'), 'altered: parts add to 339.6, not 344.6 (breaks {B})')
S.rel('share', I, [on(a, g3, '143.9億元'), on(a, gt), on(a, gp3)], 'altered: 143.9/344.6 = 41.8%, not 43.2 (breaks {B})')
a = ALT(H17, 2, gp2, '39.1', 'secondary share 37.1 → 39.1')
S.rel('share', I, [on(a, g2), on(a, gt), on(a, gp2, '39.1')], 'altered: 127.9/344.6 = 37.1%, not 39.1 (breaks {B})')
S.rel('sum', I, [on(a, gp1), on(a, gp2, '39.1'), on(a, gp3)], 'altered: 19.7 + 39.1 + 43.2 = 102 (breaks {B})')

# ---- 青海 Q1 2021 (press release news, traditional)
qt = F(Q21, '743.88億元'); q1 = F(Q21, '29.87億元'); q2 = F(Q21, '289.83億元'); q3 = F(Q21, '424.18億元')
qr = F(Q21, '12.8%', '同比增長'); qr1 = F(Q21, '4.3%'); qr2 = F(Q21, '13.5%'); qr3 = F(Q21, '13.0%', n=0)
qs = F(Q21, '424.2億元'); qsr = F(Q21, '13.0%', n=1); qs19 = F(Q21, '9.0%'); q3y = F(Q21, '4.4%', n=1)
qi19 = F(Q21, '12.8%', '比2019年一季度增長'); qi2 = F(Q21, '6.2%')
qa = F(Q21, '298.15千公頃'); qad = F(Q21, '8.11千公頃'); qar = F(Q21, '2.8%')
sum_q = [q1, q2, q3, qt]; rate_q = [q1, qr1, q2, qr2, q3, qr3, qt, qr]
S.rel('sum', C, sum_q, '29.87 + 289.83 + 424.18 = 743.88')
S.rel('rate', C, rate_q, 'levels deflated by sector rates: 28.64 + 255.36 + 375.38 = 659.38; 743.88/659.38 = 12.82% → 12.8')
S.rel('restatement', C, [q3, qs], 'tertiary value added 424.18 and services value added 424.2: the same figure at two precisions')
S.rel('restatement', C, [qr3, qsr], 'tertiary growth 13.0% and services growth 13.0%')
S.rel('growth', C, [qi19, qi2], 'industry +12.8% on Q1 2019 → two-year average sqrt(1.128) − 1 = 6.21% → 6.2')
S.rel('growth', C, [qs19, q3y], 'services +9.0% on Q1 2019 → two-year average sqrt(1.09) − 1 = 4.40% → 4.4 (tertiary two-year average)')
S.rel('growth', C, [qa, qad, qar], 'grain area 298.15, +8.11 on 290.04: 2.80% → 2.8')
S.rel('restatement', U, [qr, qi19], 'GDP +12.8% year on year and industry +12.8% on 2019: different indicators and bases sharing a number')
S.rel('growth', U, [qr1, F(Q21, '4.4%', n=0)], 'primary +4.3% y/y and two-year average 4.4%: the Q1 2020 rate is not stated, nothing to check')
S.rel('growth', U, [F(Q21, '13.1%'), qi2], 'industry +13.1% is on Q1 2020; the two-year average 6.2% rests on Q1 2019 (+12.8%): 13.1 and 6.2 do not check each other')
S.rel('rate', U, [F(Q21, '2.4倍'), F(Q21, '2.1倍'), F(Q21, '75.1%'), F(Q21, '23.8%')], 'sub-sector revenue rates without levels: weights not stated')
a = ALT(Q21, 1, q2, '283.83億元', 'secondary value added 289.83 → 283.83')
S.rel('sum', I, R(a, sum_q, q2, '283.83億元'), 'altered: parts add to 737.88, not 743.88 (breaks {B})')
S.rel('rate', I, R(a, rate_q, q2, '283.83億元'), 'altered: 743.88/(28.64 + 250.07 + 375.38) = 13.73%, stated 12.8 (breaks {B})')
a = ALT(Q21, 2, qs19, '7.0%', 'services growth on Q1 2019 9.0 → 7.0')
S.rel('growth', I, [on(a, qs19, '7.0%'), on(a, q3y)], 'altered: sqrt(1.07) − 1 = 3.44%, not 4.4 (breaks {B})')
a = ALT(Q21, 3, qad, '9.11千公頃', 'grain area increase 8.11 → 9.11')
S.rel('growth', I, [on(a, qa), on(a, qad, '9.11千公頃'), on(a, qar)], 'altered: 9.11/289.04 = 3.15%, not 2.8 (breaks {B})')
a = ALT(Q21, 4, qs, '426.2億元', 'services value added 424.2 → 426.2')
S.rel('restatement', I, [on(a, q3), on(a, qs, '426.2億元')], 'altered: 424.18 vs 426.2 (breaks {B})')

# ---- 青海 2020 (government work report 2021, results; traditional)
S.rel('target', CT, [F(Q20, '1.5%'), F(Q20, '5.6%')], '青海 2020: the report says all 2020 targets were met (圓滿完成了全年各項目標任務), but the 2020 targets are not stated: cannot tell')
S.rel('restatement', U, [F(Q20, '6.3%'), F(Q21, '6.3%')], '青海 2020 income +6.3% vs Q1 2021 secondary two-year average 6.3%: different indicators and periods')
S.rel('growth', U, [F(Q20, '1.5%'), qr], '青海 2020 GDP +1.5% vs Q1 2021 +12.8%: different periods; the Q1 2020 rate is not stated')

# ---- 天津 2023 results, 2024 target, 2024 results (four news texts)
tt_title = F(TT, '4.5%左右', n=0); tt = F(TT, '4.5%左右', n=1); t23 = F(TT, '4.3%'); t24 = F(T24, '5.1%'); t24h = F(T24H, '5.1%')
t08 = F(T24, '0.8个百分点')
S.rel('target', M, [tt, t24], '天津 2024: GDP target 4.5%左右 (2024 report) vs 2024 result +5.1%: met')
S.rel('target', U, [tt, t23], '2024 target 4.5%左右 vs 2023 result 4.3%: different years')
S.rel('restatement', C, [tt_title, tt], '2024 GDP target 4.5%左右 in the headline and in the text')
S.rel('growth', C, [t23, t24, t08], '2024 +5.1% is 0.8 points above 2023 +4.3% (tj_2024t): 5.1 − 4.3 = 0.8')
S.rel('restatement', C, [t24, t24h], '2024 GDP growth 5.1% in the simplified and traditional texts')
S.rel('restatement', C, [F(T24, '1.8万亿元'), F(T24H, '1.8萬億元')], '2024 GDP 1.8万亿 in both texts')
S.rel('restatement', C, [F(T24, '82.1%'), F(T24H, '82.1%')], 'key chains share 82.1% in both texts')
S.rel('restatement', C, [F(T24, '8.9%'), F(T24H, '8.9%')], 'high-tech manufacturing +8.9% in both texts')
S.rel('restatement', C, [t23, F(T23, '4.3%')], '2023 GDP +4.3% in both texts')
S.rel('restatement', C, [F(TT, '9.8%'), F(T23, '9.8%')], '2023 public budget revenue +9.8% in both texts')
S.rel('restatement', C, [F(TT, '17.2%'), F(T23, '17.2%')], '2023 tax revenue +17.2% in both texts')
S.rel('restatement', C, [F(TT, '2218万标准箱'), F(T23, '2218万标箱')], '2023 container throughput 2218万 TEU in both texts')
S.rel('restatement', C, [F(T23, '7.2%', n=0), F(T23, '7.2%', n=1)], 'Q1 2024 port TEU +7.2% in the headline and in the text')
S.rel('restatement', U, [F(T23, '9.8%'), F(T23, '7.3%')], 'revenue +9.8% (2023) vs +7.3% (Q1 2024): different periods')
S.rel('restatement', U, [F(TT, '4.5个百分点'), tt], 'private-economy growth up 4.5 points vs the 4.5%左右 GDP target: different indicators sharing a number')
S.rel('restatement', U, [F(TT, '14.4%', n=0), F(TT, '14.4%', n=1)], 'state-firm profits +14.4% vs strategic services revenue +14.4%: different indicators')
S.rel('share', U, [F(TT, '2027.3亿元'), F(TT, '17.2%'), F(TT, '77.9%'), F(TT, '9.8%')], 'tax share 77.9% with tax +17.2%: the 2022 tax share is not stated, no check')
S.rel('growth', U, [t24, F(T24, '0.1个百分点')], '0.1 points above the national rate: the national 5.0% is not stated here')
S.rel('growth', U, [F(T24, '82.1%'), F(T24, '2.3个百分点')], '82.1% up 2.3 points: the 2023 share is not stated')
S.rel('growth', U, [t24, F(T24, '0.2个百分点')], '0.2 points above the eight-year average: the average is not stated')
a = ALT(T24H, 1, t24h, '5.7%', '2024 GDP growth 5.1 → 5.7 (traditional text)')
S.rel('restatement', I, [t24, on(a, t24h, '5.7%')], 'altered: 5.1% vs 5.7% (breaks {B})')
a = ALT(T24, 1, t08, '0.3个百分点', 'acceleration 0.8 → 0.3 points')
S.rel('growth', I, [t23, on(a, t24), on(a, t08, '0.3个百分点')], 'altered: 5.1 − 4.3 = 0.8, not 0.3 (breaks {B})')
a = ALT(T23, 1, F(T23, '2218万标箱'), '2248万标箱', '2023 TEU 2218 → 2248')
S.rel('restatement', I, [F(TT, '2218万标准箱'), on(a, F(T23, '2218万标箱'), '2248万标箱')], 'altered: 2218 vs 2248 (breaks {B})')
a = ALT(T23, 2, F(T23, '4.3%'), '4.8%', '2023 GDP growth 4.3 → 4.8')
S.rel('restatement', I, [t23, on(a, F(T23, '4.3%'), '4.8%')], 'altered: 4.3% vs 4.8% (breaks {B})')
a = ALT(TT, 1, tt, '4.8%左右', '2024 GDP target in the text 4.5 → 4.8')
S.rel('restatement', I, [on(a, tt_title), on(a, tt, '4.8%左右')], 'altered: headline 4.5%左右 vs text 4.8%左右 (breaks {B})')

# ---- 南开区 2023 budget execution (district of 天津)
nr = F(NK, '39.1亿元'); nb = F(NK, '37.5亿元'); np_ = F(NK, '104.3%')
nparts = [nr, F(NK, '27.23亿元'), F(NK, '5.45亿元'), F(NK, '17.75亿元'), F(NK, '1.72亿元'), F(NK, '12.79亿元'), F(NK, '104.05亿元')]
ne = F(NK, '76.14亿元'); neb = F(NK, '76.35亿元'); nep = F(NK, '99.7%')
S.rel('target', M, [nb, nr], '南开区 2023: district revenue 39.1 against the adjusted budget 37.5: met')
S.rel('share', C, [nr, nb, np_], '39.1/37.5 = 104.27% → 104.3')
S.rel('sum', C, nparts, '39.1 + 27.23 + 5.45 + 17.75 + 1.72 + 12.79 = 104.04; 39.1 stated to 0.1 (range 103.97–104.12): 104.05 consistent')
S.rel('share', C, [ne, neb, nep], '76.14/76.35 = 99.72% → 99.7')
S.rel('share', U, [nr, ne], 'district revenue 39.1 and spending 76.14: not a part and a whole, no ratio stated')
a = ALT(NK, 1, nparts[1], '27.93亿元', 'transfers 27.23 → 27.93')
S.rel('sum', I, R(a, nparts, nparts[1], '27.93亿元'), 'altered: parts add to 104.74, not 104.05 (breaks {B})')
a = ALT(NK, 2, np_, '106.3%', 'revenue completion 104.3 → 106.3')
S.rel('share', I, [on(a, nr), on(a, nb), on(a, np_, '106.3%')], 'altered: 39.1/37.5 = 104.3%, not 106.3 (breaks {B})')
a = ALT(NK, 3, neb, '78.35亿元', 'adjusted spending budget 76.35 → 78.35')
S.rel('share', I, [on(a, ne), on(a, neb, '78.35亿元'), on(a, nep)], 'altered: 76.14/78.35 = 97.2%, not 99.7 (breaks {B})')

# ---- 河北区 (天津) 2025: government work report and plan execution report
hb1 = F(HB, '23.69亿元'); hb1p = F(HBP, '23.69亿元'); hbi = F(HB, '35.16亿元'); hbip = F(HBP, '35.16亿元')
hbq = F(HB, '117.2%'); hbqp = F(HBP, '117.2%')
S.rel('restatement', C, [hb1, hb1p], '2025 district revenue 23.69 in both reports')
S.rel('restatement', C, [F(HB, '1.3%'), F(HBP, '1.3%')], 'revenue +1.3% in both reports')
S.rel('restatement', C, [hbi, hbip], 'Beijing investment 35.16 in both reports')
S.rel('restatement', C, [hbq, hbqp], '117.2% of the annual task in both reports')
S.rel('restatement', C, [F(HB, '55家'), F(HBP, '55家')], '55 new Beijing institutions in both reports')
S.rel('target', M, [hbi, hbq], '河北区 2025: Beijing investment 35.16 is 117.2% of the annual task (implied task 30.0亿): met')
S.rel('growth', U, [F(HBP, '44.65亿元'), F(HBP, '39.4%')], 'investment 44.65 +39.4%: the 2024 level is not stated')
S.rel('share', U, [hbi, F(HB, '63.2亿元')], 'Beijing investment 35.16 vs industrial projects 63.2: overlapping scopes, no share stated')
a = ALT(HBP, 1, hbqp, '111.2%', 'completion 117.2 → 111.2 (plan report)')
S.rel('restatement', I, [hbq, on(a, hbqp, '111.2%')], 'altered: 117.2% vs 111.2% (breaks {B})')
a = ALT(HB, 1, hb1, '23.09亿元', 'revenue 23.69 → 23.09 (work report)')
S.rel('restatement', I, [on(a, hb1, '23.09亿元'), hb1p], 'altered: 23.09 vs 23.69 (breaks {B})')
a = ALT(HB, 2, hbi, '38.16亿元', 'Beijing investment 35.16 → 38.16 (work report)')
S.rel('restatement', I, [on(a, hbi, '38.16亿元'), hbip], 'altered: 38.16 vs 35.16 (breaks {B})')

# ---- 柏乡县 (河北) gazetteer: industry : agriculture ratios 1951–1968
b51 = [F(BX, '1万元', '为'), F(BX, '902万元'), F(BX, '1∶902')]
b60 = [F(BX, '423万元'), F(BX, '761万元'), F(BX, '1∶1.80')]
b61 = [F(BX, '311万元'), F(BX, '354万元'), F(BX, '1∶1.4', post='、')]
b63 = [F(BX, '154万元'), F(BX, '415万元'), F(BX, '1∶2.69')]
b67 = [F(BX, '372万元'), F(BX, '1,334万元'), F(BX, '1∶3.59')]
S.rel('share', C, b51, '1951: 902/1 = 902 → 1∶902')
S.rel('share', C, b60, '1960: 761/423 = 1.799 → 1∶1.80')
S.rel('share', I, b61, 'real: “1960~1963 … 分别为1∶1.80、1∶1.4、1∶2.69” gives three ratios for four years; the second (1961) should be 354/311 = 1.14; 1.4 fits 1962 (422/297 = 1.42), so one ratio is missing or misplaced')
S.rel('share', C, b63, '1963: 415/154 = 2.695 → 1∶2.69')
S.rel('share', C, b67, '1967: 1334/372 = 3.586 → 1∶3.59')
S.rel('share', U, [F(BX, '122万元'), F(BX, '1∶10.02')], '1952: the agricultural output is not stated, no check')
S.rel('share', U, [F(BX, '1,147万元'), F(BX, '1∶1.36')], '1959: the agricultural output is not stated, no check')
S.rel('share', U, [F(BX, '500万元'), F(BX, '1∶2.42')], '1968: the agricultural output is not stated, no check')
a = ALT(BX, 1, b67[1], '1,384万元', '1967 agriculture 1334 → 1384')
S.rel('share', I, R(a, b67, b67[1], '1,384万元'), 'altered: 1384/372 = 3.72, not 3.59 (breaks {B})')
a = ALT(BX, 2, b60[1], '791万元', '1960 agriculture 761 → 791')
S.rel('share', I, R(a, b60, b60[1], '791万元'), 'altered: 791/423 = 1.87, not 1.80 (breaks {B})')
a = ALT(BX, 3, b63[1], '445万元', '1963 agriculture 415 → 445')
S.rel('share', I, R(a, b63, b63[1], '445万元'), 'altered: 445/154 = 2.89, not 2.69 (breaks {B})')

# ---- 新疆 1961–1965 (history book chapter)
xs = [F(XJ, '56所'), F(XJ, '27所'), F(XJ, '83所')]
S.rel('sum', C, xs, 'secondary schools: 56 closed + 27 kept = 83')
S.rel('target', M, [F(XJ, '55.5万人'), F(XJ, '58.4%')], '新疆 1961–1963: urban population cut 55.5万, 58.4% above the state task (task ≈ 35.0万): met')
S.rel('target', M, [F(XJ, '30.7万人'), F(XJ, '25.8%')], '新疆 1961–1963: staff cut 30.7万, 25.8% above the task (≈ 24.4万): met')
S.rel('sum', U, [F(XJ, '183万'), F(XJ, '141万人'), F(XJ, '55.5万人')], 'urban population 183 → 141 (−42) vs 55.5万 removed: natural growth and reclassification not stated, not a split')
S.rel('share', U, [F(XJ, '183万'), F(XJ, '26%'), F(XJ, '141万人'), F(XJ, '20%')], 'urban shares 26% and 20%: total population not stated, no check')
S.rel('growth', U, [F(XJ, '24.38亿元'), F(XJ, '132.5%'), F(XJ, '1.7%'), F(XJ, '50.8%')], '1965 output 24.38 with rates on 1957, 1960, 1962: the base levels are not stated')
a = ALT(XJ, 1, xs[0], '53所', 'schools closed 56 → 53')
S.rel('sum', I, R(a, xs, xs[0], '53所'), 'altered: 53 + 27 = 80, not 83 (breaks {B})')

# ---- national 1956 plan results (NPC report, 1957)
S.rel('target', MS, [F(N56, '7.9%'), F(N56, '8.4%')], 'national 1956: cost cut 7.9% against the plan 8.4% (the text says 没有完成计划): missed')
S.rel('target', M, [F(N56, '26%'), F(N56, '18.6%')], 'national 1956: labour productivity +26% against the plan +18.6%: met')
S.rel('target', MS, [F(N56, '582.9亿元'), F(N56, '96%')], 'national 1956: farm output 582.9亿 = 96% of plan: missed')
S.rel('restatement', U, [F(N56, '10.7%'), F(N56, '7.9%')], 'cost cut 10.7% with price cuts, 7.9% without: different measures')
S.rel('growth', U, [F(N56, '582.9亿元'), F(N56, '4.9%')], 'farm output 582.9 +4.9%: the 1955 level is not stated')

# ---- national Q1–Q3 2020 (NBS release, traditional)
zt = F(N20, '722786億元'); z1 = F(N20, '48123億元'); z2 = F(N20, '274267億元'); z3 = F(N20, '400397億元')
zr = F(N20, '0.7%'); zr1 = F(N20, '2.3%'); zr2 = F(N20, '0.9%'); zr3 = F(N20, '0.4%')
sum_z = [z1, z2, z3, zt]; rate_z = [z1, zr1, z2, zr2, z3, zr3, zt, zr]
S.rel('sum', C, sum_z, '48123 + 274267 + 400397 = 722787; inputs to the unit (±1.5): 722786 consistent')
S.rel('rate', C, rate_z, 'levels deflated: 47041 + 271821 + 398802 = 717664; 722786/717664 = 0.71% → 0.7')
S.rel('restatement', C, [F(N20, '4.9%', n=0), F(N20, '4.9%', n=1)], 'Q3 growth 4.9% in the headline and in the text')
S.rel('rate', U, [F(N20, '6.8%'), F(N20, '3.2%'), F(N20, '4.9%', n=1), zr], 'quarterly rates −6.8, 3.2, 4.9 vs cumulative 0.7: quarterly weights not stated')
S.rel('rate', U, [F(N20, '6.5%'), F(N20, '1.7%', n=0), F(N20, '1.8%'), F(N20, '10.8%'), F(N20, '4.7%')], 'meat by kind vs total −4.7%: weights not stated')
S.rel('growth', U, [F(N20, '17010萬噸'), F(N20, '224萬噸')], 'summer grain and early rice 17010, +224: no rate stated, nothing to check')
S.rel('restatement', U, [F(N20, '1.7%', n=0), F(N20, '1.7', post='、0.7')], 'beef −1.7% and the beef decline narrowing by 1.7 points: different quantities sharing a number')
a = ALT(N20, 1, z2, '271267億元', 'secondary value added 274267 → 271267')
S.rel('sum', I, R(a, sum_z, z2, '271267億元'), 'altered: parts add to 719787, not 722786 (breaks {B})')
a = ALT(N20, 2, zr3, '2.4%', 'tertiary growth 0.4 → 2.4')
S.rel('rate', I, R(a, rate_z, zr3, '2.4%'), 'altered: 722786/(47041 + 271821 + 391013) = 1.82%, stated 0.7 (breaks {B})')
a = ALT(N20, 3, F(N20, '4.9%', n=0), '4.6%', 'headline Q3 growth 4.9 → 4.6')
S.rel('restatement', I, [on(a, F(N20, '4.9%', n=0), '4.6%'), on(a, F(N20, '4.9%', n=1))], 'altered: 4.6% vs 4.9% (breaks {B})')

# ---- 甘肃 2024: H1 plan execution report and 2025 government work report
gh = F(GH, '5.8%'); gn = F(GH, '5.0%'); gd = F(GH, '0.8个百分点')
S.rel('growth', C, [gh, gn, gd], 'H1 2024 +5.8% vs nation 5.0%: 0.8 points')
S.rel('restatement', U, [gh, F(GY, '5.8%')], '甘肃 H1 2024 +5.8% vs full-year 2024 +5.8%: different periods sharing a number')
S.rel('sum', U, [F(GH, '5903亿元'), F(GY, '1.3万亿元')], 'H1 5903 vs full-year 1.3万亿: not parts of a stated total')
S.rel('share', U, [F(GY, '1.3万亿元'), F(GY, '2400多万'), F(GY, '5.28万元')], '1.3万亿/2400多万 ≈ 5.4万 vs 5.28万: the population is approximate (多) and per capita is over the average resident population; no check')
a = ALT(GH, 1, gd, '1.8个百分点', 'gap to the nation 0.8 → 1.8 points')
S.rel('growth', I, [on(a, gh), on(a, gn), on(a, gd, '1.8个百分点')], 'altered: 5.8 − 5.0 = 0.8, not 1.8 (breaks {B})')
a = ALT(GH, 2, gn, '5.3%', 'national H1 rate 5.0 → 5.3')
S.rel('growth', I, [on(a, gh), on(a, gn, '5.3%'), on(a, gd)], 'altered: 5.8 − 5.3 = 0.5, not 0.8 (breaks {B})')

# ---- cross-place traps
S.rel('target', U, [tt, F(GY, '5.8%')], '天津 2024 target 4.5%左右 vs 甘肃 2024 result 5.8%: different places')
S.rel('target', U, [tt, zr], '天津 2024 target vs national Q1–Q3 2020 growth: different place and period')
S.rel('restatement', U, [t08, gd], '天津 0.8 points faster than 2023 vs 甘肃 0.8 points above the nation: different places and comparisons')
S.rel('target', U, [F(N56, '8.4%'), F(Q21, '2.8%')], 'national 1956 cost-cut plan vs 青海 2021 grain area: unrelated place, period and indicator')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout123. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout123.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
import re
from build import Split
S = Split('heldout123'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

def row(doc, label, k):
    # k-th number in the table row that starts with `label` (local helper for the 海南 tourism tables)
    t = S.read(doc); s = t.index(label + ' |'); assert t.count(label + ' |') == 1, (doc, label)
    e = t.index('\n', s); ms = list(re.finditer(r'-?\d+(?:\.\d+)?', t[s + len(label):e]))
    m = ms[k]; st = s + len(label) + m.start()
    return P(doc, m.group(), st, st - s, 0)

TR='tr_2019.txt'; Q3='tr_q3.txt'; MZ='mz_2013q4.txt'; L9='ly_2009m10.txt'; L2='ly_2002.txt'; GD='gd_jt2018h1_hant.txt'; GS='gd_gs2018_hant.txt'
GG='gx_grain2018.txt'; G18='gx_ny2018.txt'; G17='gx_ny2017.txt'; G20='gx_ny2020q3.txt'; H3='hn_ly2020m3.txt'; H4='hn_ly2020m4.txt'; H7='hn_ly2017m4.txt'
FJ='fj_2005_hant.txt'

# ---- 交通运输部 2019 bulletin (write-up)
t_t1 = F(TR, '501.25万公里', n=0); t_t2 = F(TR, '501.25万公里', n=1); t_i1 = F(TR, '16.60万公里', n=0); t_i2 = F(TR, '16.60万公里', n=1)
t_m = F(TR, '495.31万公里'); t_mr = F(TR, '98.8%')
t_b = [F(TR, '5562个'), F(TR, '17331个'), F(TR, '22893个')]; t_d = [F(TR, '172个'), F(TR, '854个'), F(TR, '1026个')]
sh_t = [t_m, t_t2, t_mr]
S.rel('restatement', C, [t_t1, t_t2], 'road length at end-2019 501.25万km, in the intro and in the bulletin paragraph')
S.rel('restatement', C, [t_i1, t_i2], 'increase 16.60万km stated twice')
S.rel('share', C, sh_t, 'maintained roads 495.31 / 501.25 = 98.81% → 98.8')
S.rel('sum', C, t_b, 'coastal 5562 + inland 17331 = 22893 berths')
S.rel('sum', C, t_d, 'decreases 172 + 854 = 1026')
S.rel('growth', U, [F(TR, '477.35万公里'), F(TR, '7.82万公里'), t_t1, t_i1], '2017 level 477.35 (+7.82 on 2016) vs 2019 501.25 (+16.60): 2018 = 484.65, so 2018 added 7.30, which is not stated; the 7.82 belongs to another year')
S.rel('growth', U, [F(TR, '13.9万公里'), F(TR, '6.1%'), F(TR, '145.5公里'), F(TR, '9.5公里')], 'rail density +9.5 on 136.0 = +7.0% vs length +6.1%: the land area and the unrounded lengths are not stated; other indicator')
S.rel('sum', U, [F(TR, '3.5万公里'), F(TR, '13.9万公里')], 'high-speed 3.5 within all rail 13.9万km: a subset, no split stated')
S.rel('sum', U, [F(TR, '106个'), F(TR, '39个'), F(TR, '59个')], 'airports over 1 million passengers 106, over 10 million 39 (nested), over 10000 t cargo 59 (other class): not parts of one whole')
S.rel('share', U, [F(TR, '52.21公里'), t_t2], 'road density 52.21 per 100 km²: the land area is not stated')

# ---- 交通部 Jan–Sep (year not stated)
S.rel('sum', U, [F(Q3, '3710.5亿元'), F(Q3, '319.5亿元'), F(Q3, '73.4亿元'), F(Q3, '4209亿元')], 'road 3710.5 + coastal ports 319.5 + inland waterways 73.4 = 4103.4 of 4209: the rest (support systems etc.) is not stated; a partial list')
S.rel('growth', U, [F(Q3, '4209亿元'), F(Q3, '16个')], 'investment growth 16 points lower: neither this year’s total growth nor last year’s is stated')
S.rel('target', U, [F(Q3, '5800亿元'), F(Q3, '4209亿元')], 'full-year forecast 5800 vs the Jan–Sep result 4209: a forecast, not a target, and another period')
S.rel('growth', U, [F(Q3, '49.3亿人公里'), F(Q3, '96.1%')], '“为去年同期的96.1%”: last year’s level is not stated')

# ---- 民政部 Q4 2013 table
m_beds = [F(MZ, '474.6'), F(MZ, '7.4'), F(MZ, '8.3'), F(MZ, '10.5'), F(MZ, '4.9'), F(MZ, '3.8', pre='军供站床位数 万张 '), F(MZ, '509.5')]
m_orph = [F(MZ, '9.4'), F(MZ, '46.1'), F(MZ, '55.6')]
S.rel('sum', C, m_beds, 'beds: elderly/disabled 474.6 + mental 7.4 + children 8.3 + relief 10.5 + other 4.9 + army supply stations 3.8 = 509.5万张')
S.rel('sum', C, m_orph, 'orphans in institutions 9.4 + in families 46.1 = 55.5 ≈ 55.6 (inside the half units)')
S.rel('sum', U, [F(MZ, x) for x in ['121.3', '724.5', '57.1', '841.9', '73.9', '100.4', '120.7', '509.8', '136.4', '3655.9']], 'nine “其中” spending items add to 2686.0 of 3655.9: a partial list, not a split')
S.rel('sum', U, [F(MZ, '402.0'), F(MZ, '55.0'), m_beds[0]], 'elderly/disabled beds 474.6 “其中” 402.0 in institutions and 55.0 community beds = 457.0: the list is not complete (the next row, 17.6, is households)')
S.rel('restatement', U, [m_beds[5], F(MZ, '3.8', pre='张/千人 ')], 'army supply-station beds 3.8万张 vs 3.8 beds per 1000 people: same number, other indicator')
S.rel('share', U, [m_beds[6], F(MZ, '3.8', pre='张/千人 ')], '509.5万 beds = 3.8 per 1000 people: the population is not stated')

# ---- 国家旅游局 October 2009
l9m = [F(L9, '213.51万人次'), F(L9, '671.47万人次'), F(L9, '183.77万人次'), F(L9, '44.78万人次'), F(L9, '1113.54万人次')]
l9mg = [F(L9, '7.60%'), F(L9, '3.09%'), F(L9, '7.20%'), F(L9, '5.57%'), F(L9, '0.83%')]
l9c = [F(L9, '1812.14万人次'), F(L9, '6421.82万人次'), F(L9, '1900.02万人次'), F(L9, '373.39万人次'), F(L9, '10507.37万人次')]
l9cg = [F(L9, '12.30%'), F(L9, '1.42%'), F(L9, '0.46%'), F(L9, '3.18%')]
rt_m = [x for p in zip(l9m, l9mg) for x in p]; rt_c = [l9c[0], l9cg[0], l9c[1], l9cg[1], l9c[2], l9c[3], l9cg[2], l9c[4], l9cg[3]]
S.rel('sum', C, l9m, 'October: foreigners 213.51 + Hong Kong 671.47 + Macao 183.77 + Taiwan 44.78 = 1113.53 ≈ 1113.54')
S.rel('sum', C, l9c, 'Jan–Oct: 1812.14 + 6421.82 + 1900.02 + 373.39 = 10507.37')
S.rel('rate', C, rt_m, 'October: last year = 213.51/0.924 + 671.47/1.0309 + 183.77/0.928 + 44.78/1.0557 = 1122.86; 1113.54/1122.86 = −0.83% (counts add)')
S.rel('rate', C, rt_c, 'Jan–Oct: last year = 1812.14/0.877 + 6421.82/0.9858 + 1900.02 (持平) + 373.39/1.0046 = 10852.3; 10507.37/10852.3 = −3.18%')
S.rel('rate', U, [F(L9, '433.75万人次'), F(L9, '11.07%'), F(L9, '0.03%'), F(L9, '12.63%')], 'outbound +11.07% from official −0.03% and private +12.63%: the two levels are not stated')
S.rel('restatement', U, [F(L9, '4.13%', n=0), F(L9, '4.13%', n=1)], 'foreign-exchange income −4.13% in October vs private outbound +4.13% Jan–Oct: same number, other indicator')
S.rel('growth', U, [l9mg[4], l9cg[3]], 'inbound −0.83% in October vs −3.18% Jan–Oct: other period')

# ---- 国家旅游局 Jan–Nov 2002
l2 = [F(L2, '171.20亿美元'), F(L2, '16.56亿美元'), F(L2, '187.76亿美元')]
sh_l2a = [l2[0], l2[2], F(L2, '91.18%')]; sh_l2b = [l2[1], l2[2], F(L2, '8.82%')]
S.rel('sum', C, l2, 'overnight visitors 171.20 + day visitors 16.56 = 187.76亿美元')
S.rel('share', C, sh_l2a, '171.20 / 187.76 = 91.18%')
S.rel('share', C, sh_l2b, '16.56 / 187.76 = 8.82%')
S.rel('sum', U, [F(L2, '1269.21万人次'), F(L2, '3408.38万人次'), F(L2, '8999.41万人次')], 'foreigners 1269.21 and overnight visitors 3408.38 within 8999.41: cross-cutting classes, not a split')
S.rel('restatement', U, [F(L2, '8999.41万人次'), l9c[4]], 'cross-document: inbound visitors Jan–Nov 2002 8999.41 vs Jan–Oct 2009 10507.37: other period')

# ---- 广东 transport H1 2018 and expressways at end-2018 (traditional)
g_690 = [F(GD, '690.4億元', n=0), F(GD, '690.4億元', n=1)]; g_494 = [F(GD, '494.5億元', n=0), F(GD, '494.5億元', n=1)]
g_82 = [F(GD, '82.6億元', n=0), F(GD, '82.6億元', n=1)]; g_174 = [F(GD, '17.4%', n=0), F(GD, '17.4%', n=1)]; g_1449 = [F(GD, '144.9%', n=0), F(GD, '144.9%', n=1)]
S.rel('restatement', C, g_690, 'H1 transport investment 690.4 in the lead and in the body')
S.rel('restatement', C, g_494, 'expressway investment 494.5 in the lead and in the body')
S.rel('restatement', C, g_82, 'national/provincial roads 82.6 in the lead and in the body')
S.rel('restatement', C, g_174, 'growth +17.4% in the lead and in the body')
S.rel('restatement', C, g_1449, 'national/provincial roads +144.9% in the lead and in the body')
S.rel('sum', U, [g_494[1], g_82[1], F(GD, '59.8億元'), g_690[1]], 'expressways 494.5 + trunk roads 82.6 + rural roads 59.8 = 636.9 of 690.4: ports, hubs etc. not stated; a partial list')
S.rel('target', CT, [g_690[1], F(GD, '57.5%')], 'H1 690.4 = 57.5% of the 2018 plan: the year is not over')
S.rel('target', CT, [g_494[1], F(GD, '56.2%')], 'expressways H1 494.5 = 56.2% of the 2018 plan: the year is not over')
S.rel('target', M, [F(GD, '9000公里'), F(GS, '9002公里')], 'cross-document: “今年粵高速通車里程將破9000公里” (August) → 9002 km on 28 December 2018: met (突破 read as ≥ 9000)')
S.rel('target', CT, [F(GD, '12項'), F(GS, '7個')], 'cross-document: plan to open 12 projects (700多公里) in 2018 vs 7 new projects + 2 opened by 28 December: the plan also counts 改擴建 projects and the year was not over')

# ---- 广西 grain and farm production 2017, 2018, Jan–Sep 2020
gg = [F(GG, '21万吨'), F(GG, '471万吨'), F(GG, '881万吨'), F(GG, '1373万吨')]
S.rel('sum', C, gg, 'spring grain 21 + early rice 471 + autumn grain 881 = 1373万吨')
g18s = [F(G18, x) for x in ['1865.19亿元', '283.87亿元', '522.73亿元', '349.17亿元', '95.05亿元', '3114.42亿元']]
S.rel('sum', I, g18s, 'REAL ERROR in the original: farming 1865.19 + forestry 283.87 + animal husbandry 522.73 + fishery 349.17 + services 95.05 = 3116.01, not 3114.42 (1.59 off; the five branches exhaust 农林牧渔业)')
S.rel('rate', U, [F(G18, '5.6%'), F(G18, '6.4%'), F(G18, '6.5%'), F(G18, '2.7%'), F(G18, '5. 1%'), F(G18, '7.8%')], 'value added +5.6% from the branches’ real rates: previous-year-price weights not stated')
S.rel('growth', U, [F(G18, '5.6%'), F(G18, '1.3个')], '+5.6%, 1.3 points faster than 2017: the 2017 rate is not stated')
S.rel('growth', U, [F(G18, '5.6%'), F(G18, '2个')], '2 points above the national rate: the national rate is not stated')
g18_1373 = F(G18, '1373万吨'); g18_er = F(G18, '470. 5万吨')
rs_gg = [gg[3], g18_1373]; rs_er = [gg[1], g18_er]
S.rel('restatement', C, rs_gg, 'cross-document: 2018 grain output 1373万吨 in both')
S.rel('restatement', C, [F(GG, '0.2%'), F(G18, '0.2%')], 'cross-document: grain +0.2% in both')
S.rel('restatement', C, rs_er, 'cross-document: early rice 471 (rounded) vs 470. 5万吨 (stored with a stray space): 470.5 rounds to 471 (at the half unit)')
S.rel('sum', U, [g18_er, F(G18, '451.4万吨'), g18_1373], 'early rice 470.5 + late rice 451.4 = 921.9 of 1373: middle rice and other grain not stated; not a split')
g17_sc = F(G17, '7286.02万吨'); g17_scr = F(G17, '2.1%')
S.rel('growth', U, [F(G18, '7274.99万吨'), F(G18, '3.6%'), g17_sc], 'cross-document: 2018 cane 7274.99 “+3.6%” vs the 2017 figure 7286.02 (−0.15%): the 2017 base was revised (the 2018 text says 2017 data were revised after the agricultural census); other base')
S.rel('growth', U, [F(G18, '3.6%'), F(G18, '1.6个'), g17_scr], 'cross-document: 3.6% “比上年提高1.6个百分点” vs the 2017 sugar-cane rate 2.1% (3.6 − 2.1 = 1.5): revised 2017 figures; other base')
S.rel('growth', C, [F(G18, '5.4%'), F(G17, '5.4%')], 'cross-document: vegetables +5.4% in 2018 “增速与上年持平” = +5.4% in 2017 (2017 review)')
S.rel('growth', U, [F(G18, '3400万吨'), F(G18, '5.4%'), F(G17, '3088.44万吨')], 'cross-document: 3400 / 3088.44 = +10.1% vs “+5.4%”: the 2017 level was revised; other base')
g17w = [F(G17, '183.55万亩'), F(G17, '114.67万亩'), F(G17, '900.53万亩'), F(G17, '442.08万亩'), F(G17, '1640.83万亩')]
gr17a = [F(G17, '1364.28万亩'), F(G17, '18.09万亩'), F(G17, '1.3%', pre='同比下降')]; gr17b = [g17_sc, F(G17, '152.09万吨'), g17_scr]
S.rel('sum', C, g17w, 'winter crops: grain 183.55 + rape 114.67 + vegetables 900.53 + other 442.08 = 1640.83万亩')
S.rel('sum', U, [F(G17, '228.16千公顷'), F(G17, '26.84千公顷'), F(G17, '263.96千公顷')], 'peanut 228.16 + rapeseed 26.84 = 255.00 of 263.96: other oil crops not stated')
S.rel('sum', U, [F(G17, '67.50万吨'), F(G17, '2.80万吨'), F(G17, '71.62万吨')], 'peanut 67.50 + rapeseed 2.80 = 70.30 of 71.62: other oil crops not stated')
S.rel('growth', C, gr17a, 'cane area 1364.28, down 18.09 from 1382.37: −1.31% → 1.3')
S.rel('growth', C, gr17b, 'cane output 7286.02, up 152.09 from 7133.93: +2.13% → 2.1')
S.rel('rate', U, [F(G17, '1.3%', pre='同比下降'), F(G17, '3.6%'), g17_scr], 'area −1.3% × yield +3.6% = +2.2%, vs output +2.1%: yield may be per harvested mu (not stated); judgement call')
S.rel('growth', U, [F(G17, '1.3%', pre='同比下降'), F(G17, '1.1个')], 'decline narrowed by 1.1 points: the 2016 rate is not stated')
g20a = F(G20, '26.0万吨'); g20b = F(G20, '476.8万吨'); g20t = F(G20, '502.8万吨'); g20ia = F(G20, '6.0万吨', pre='增加'); g20ib = F(G20, '24.2万吨')
g20i1 = F(G20, '30.2万吨', n=0); g20i2 = F(G20, '30.2万吨', n=1)
sum_g20 = [g20a, g20b, g20t]; sum_g20i = [g20ia, g20ib, g20i2]; gr_g20b = [g20b, g20ib, F(G20, '5.4%')]; gr_g20s = [F(G20, '170.4万亩'), F(G20, '13.5万亩'), F(G20, '8.6%', n=0)]
S.rel('sum', C, sum_g20, 'spring grain 26.0 + early rice 476.8 = 502.8万吨')
S.rel('sum', C, sum_g20i, 'increases 6.0 + 24.2 = 30.2万吨')
S.rel('restatement', C, [g20i1, g20i2], 'increase 30.2万吨 stated twice')
S.rel('growth', C, [g20t, g20i2, F(G20, '6.4%')], '502.8 up 30.2 from 472.6: +6.39% → 6.4')
S.rel('growth', C, gr_g20s, 'spring area 170.4 up 13.5 from 156.9: +8.60%')
S.rel('growth', C, [g20a, g20ia, F(G20, '30.0%')], 'spring grain 26.0 up 6.0 from 20.0: +30.0%')
S.rel('growth', C, [F(G20, '1207.8万亩'), F(G20, '55.95万亩'), F(G20, '4.9%')], 'early-rice area 1207.8 up 55.95 from 1151.85: +4.86% → 4.9')
S.rel('growth', C, [F(G20, '394.7公斤'), F(G20, '1.8公斤'), F(G20, '0.5%')], 'yield 394.7 up 1.8 from 392.9 kg: +0.46% → 0.5')
S.rel('growth', C, gr_g20b, 'early rice 476.8 up 24.2 from 452.6: +5.35% → 5.4 (inside the half units: at most 24.25/452.5 = 5.36%)')
S.rel('share', C, [g20b, F(G20, '1207.8万亩'), F(G20, '394.7公斤')], 'yield = 476.8万吨 / 1207.8万亩 = 394.8 kg per mu ≈ 394.7')
S.rel('growth', U, [F(G20, '3.7%'), F(G20, '1.8个')], '+3.7%, 1.8 points above Q1: Q1 not stated')
S.rel('growth', U, [F(G20, '3.7%'), F(G20, '0.7个')], '+3.7%, 0.7 points above H1: H1 not stated')
S.rel('sum', U, [F(G20, '659.23万吨'), F(G20, '362.34万吨'), F(G20, '399.28万吨'), F(G20, '2664.43万吨')], 'leaf, fruit and melon vegetables add to 1420.85 of 2664.43: a partial list (其中)')
S.rel('restatement', U, [F(G20, '8.6%', n=0), F(G20, '8.6%', n=1)], 'spring-grain area +8.6% vs fruit vegetables +8.6%: same number, other indicator')
S.rel('restatement', U, [g20b, g18_er], 'cross-document: early rice 476.8 (2020) vs 470.5 (2018): other year')

# ---- 海南 tourism tables: March 2020, April 2020, April 2017
def rows(doc, labels, k): return [row(doc, x, k) for x in labels]
OV, DO, IN, DAY, TOT, DV = '(一)过夜游客(万人次)', '1.国内过夜游客(万人次)', '2.入境过夜游客(万人次)', '(二) 接待一日游游客(万人次)', '一、接待游客总人数', '#国内游客(万人次)'
CN = ['(1)外 国 人', '(2)香港同胞', '(3)澳门同胞', '(4)台湾同胞']
HOT, INN, MIG = '(1)旅游饭店接待过夜游客', '(2)社会旅馆接待过夜游客', '(3)候鸟游客'
HOT7, INN7, CN7 = '(1).旅游饭店接待过夜游客', '(2).社会旅馆接待过夜游客', ['(1).外 国 人', '(2).香港同胞', '(3).澳门同胞', '(4).台湾同胞']
INC, DINC, FINC = '二、旅游总收入(亿元)', '国内旅游收入(亿元)', '国际旅游(外汇)收入(万美元)'
h3_m = rows(H3, [OV, DAY, TOT], 0); h3_c = rows(H3, [OV, DAY, TOT], 2)
h3_dm = rows(H3, [DO, IN, OV], 0); h3_dc = rows(H3, [DO, IN, OV], 2)
S.rel('sum', C, h3_m, 'March: overnight 207.97 + day visitors 14.06 = 222.03万人次')
S.rel('sum', C, h3_dm, 'March: domestic overnight 207.59 + inbound 0.38 = 207.97')
h3_dv = [row(H3, DO, 0), row(H3, DAY, 0), row(H3, DV, 0)]
S.rel('sum', C, h3_dv, 'March: domestic overnight 207.59 + day visitors 14.06 = domestic visitors 221.65')
S.rel('sum', C, h3_c, 'Jan–Mar: 766.72 + 87.83 = 854.55')
S.rel('sum', C, h3_dc, 'Jan–Mar: 757.34 + 9.38 = 766.72')
S.rel('sum', C, rows(H3, CN + [IN], 2), 'Jan–Mar inbound: 8.03 + 0.70 + 0.06 + 0.59 = 9.38')
S.rel('sum', C, rows(H3, CN + [IN], 0), 'March inbound: 0.25 + 0.10 + 0.004 + 0.02 = 0.374 ≈ 0.38 (inside the half units)')
S.rel('sum', C, [row(H3, DV, 2), row(H3, IN, 2), row(H3, TOT, 2)], 'Jan–Mar: domestic visitors 845.18 + inbound 9.38 = 854.56 ≈ 854.55')
S.rel('sum', U, rows(H3, [HOT, INN, MIG, DO], 0), 'March: hotels 64.92 + guesthouses 77.96 + snowbirds 60.60 = 203.48 of 207.59: other lodging not listed; not a split')
S.rel('sum', U, [row(H3, DINC, 0), row(H3, FINC, 0), row(H3, INC, 0)], 'income 26.81亿元 + 109.85万美元 = 26.88亿元: the exchange rate is not stated')
S.rel('growth', U, [row(H3, TOT, 1), row(H3, TOT, 3)], 'visitors −64.5% in March vs −61.9% Jan–Mar: other period')
h4_m = rows(H4, [OV, DAY, TOT], 0); h4_c = rows(H4, [OV, DAY, TOT], 2); h4_dm = rows(H4, [DO, IN, OV], 0); h4_dc = rows(H4, [DO, IN, OV], 2)
S.rel('sum', C, h4_m, 'April: 273.67 + 30.76 = 304.43')
S.rel('sum', C, h4_dm, 'April: 273.21 + 0.45 = 273.66 ≈ 273.67')
S.rel('sum', C, h4_c, 'Jan–Apr: 1040.39 + 118.59 = 1158.98')
S.rel('sum', C, h4_dc, 'Jan–Apr: 1030.56 + 9.83 = 1040.39')
S.rel('sum', C, rows(H4, CN + [IN], 2), 'Jan–Apr inbound: 8.37 + 0.78 + 0.06 + 0.61 = 9.82 ≈ 9.83')
S.rel('sum', U, rows(H4, [HOT, INN, MIG, DO], 0), 'April: hotels 103.52 + guesthouses 114.28 + snowbirds 47.06 = 264.86 of 273.21: not a split')
x_tot = [row(H3, TOT, 2), row(H4, TOT, 0), row(H4, TOT, 2)]; x_day = [row(H3, DAY, 2), row(H4, DAY, 0), row(H4, DAY, 2)]; x_hot = [row(H3, HOT, 2), row(H4, HOT, 0), row(H4, HOT, 2)]
S.rel('sum', C, x_tot, 'cross-document: Jan–Mar 854.55 + April 304.43 = Jan–Apr 1158.98')
S.rel('sum', C, [row(H3, OV, 2), row(H4, OV, 0), row(H4, OV, 2)], 'cross-document: overnight 766.72 + 273.67 = 1040.39')
S.rel('sum', C, x_day, 'cross-document: day visitors 87.83 + 30.76 = 118.59')
S.rel('sum', C, [row(H3, DV, 2), row(H4, DV, 0), row(H4, DV, 2)], 'cross-document: domestic visitors 845.18 + 303.97 = 1149.15')
S.rel('sum', C, [row(H3, INC, 2), row(H4, INC, 0), row(H4, INC, 2)], 'cross-document: income 107.14 + 31.95 = 139.09亿元')
S.rel('sum', C, [row(H3, FINC, 2), row(H4, FINC, 0), row(H4, FINC, 2)], 'cross-document: foreign-exchange income 6753.88 + 42.88 = 6796.76万美元')
S.rel('sum', C, x_hot, 'cross-document: hotel guests 292.89 + 103.52 = 396.41')
S.rel('sum', C, [row(H3, MIG, 1), row(H4, MIG, 0), row(H4, MIG, 1)], 'cross-document: snowbirds Jan–Mar 201.75 + April 47.06 = 248.81 (the row’s second number is the cumulative, printed in the growth column; judgement call)')
S.rel('sum', C, [F(H3, '1962人次'), F(H4, '2人次'), F(H4, '1964人次')], 'cross-document: Kazakh visitors Jan–Mar 1962 + April 2 = Jan–Apr 1964')
S.rel('growth', U, [row(H7, HOT7, 0), row(H4, HOT, 0), row(H4, HOT, 1)], 'cross-document: hotel guests April 2017 283.79 vs April 2020 103.52 −65.7% (base April 2019 ≈ 301.9, not stated): other year')
h7 = {}
for k in (0, 2):
    S.rel('sum', C, rows(H7, [HOT7, INN7, DO], k), ['April', 'Jan–Apr'][k // 2] + ': hotels + guesthouses = domestic overnight (283.79 + 111.53 = 395.32; 1288.01 + 507.99 = 1796.00)')
    S.rel('sum', C, rows(H7, [DO, IN, OV], k), ['April', 'Jan–Apr'][k // 2] + ': domestic overnight + inbound = overnight (395.32 + 9.86 = 405.18; 1796.00 + 35.59 = 1831.59)')
    S.rel('sum', C, rows(H7, [OV, DAY, TOT], k), ['April', 'Jan–Apr'][k // 2] + ': overnight + day visitors = total (405.18 + 46.88 = 452.06; 1831.59 + 429.89 = 2261.48)')
    S.rel('sum', C, rows(H7, CN7 + [IN], k), ['April', 'Jan–Apr'][k // 2] + ': foreigners + Hong Kong + Macao + Taiwan = inbound (9.86; 35.59)')
    S.rel('sum', C, rows(H7, ['接待过夜游客收入', '接待一日游游客游收入', DINC], k), ['April', 'Jan–Apr'][k // 2] + ': overnight + day-visitor income = domestic income (45.29 + 1.72 = 47.01; 243.92 + 15.98 = 259.90 ≈ 259.89)')
S.rel('rate', C, [row(H7, HOT7, 0), row(H7, HOT7, 1), row(H7, INN7, 0), row(H7, INN7, 1), row(H7, DO, 0), row(H7, DO, 1)], 'April: last year = 283.79/1.106 + 111.53/1.146 = 353.9; 395.32/353.9 = +11.7% (counts add)')
S.rel('sum', U, [row(H7, DINC, 0), row(H7, FINC, 0), row(H7, INC, 0)], 'income 47.01亿元 + 6157.19万美元 = 51.10亿元: the exchange rate is not stated')

# ---- 福建 2005 and 十五 (traditional)
fj_t = [F(FJ, '828.76億元'), F(FJ, '3224.91億元'), F(FJ, '2506.40億元'), F(FJ, '6560.07億元')]
fj_u = [F(FJ, '65.8%'), F(FJ, '10.6%', n=1)]; fj_r = [F(FJ, '37.8%'), F(FJ, '6.6%')]
S.rel('sum', C, fj_t, '828.76 + 3224.91 + 2506.40 = 6560.07')
S.rel('growth', C, fj_u, 'urban income +65.8% over 十五 (five years): 1.658^(1/5) = 1.1064 → 10.6% a year')
S.rel('growth', C, fj_r, 'rural income +37.8% over five years: 1.378^(1/5) = 1.0662 → 6.6% a year')
S.rel('growth', U, [F(FJ, '8.8%'), F(FJ, '5.8%')], 'rural income +8.8% nominal vs +5.8% real: the price index is not stated')
S.rel('growth', U, [fj_r[0], F(FJ, '5.1%')], 'rural income +37.8% nominal over five years vs 5.1% a year real: nominal vs real')
S.rel('growth', U, [F(FJ, '10.6%', n=0), F(FJ, '1.6個')], 'GDP 10.6% a year, 1.6 points above the 十五 target: the target itself is not stated')
S.rel('growth', U, [fj_u[1], F(FJ, '1.7個')], 'urban income 10.6% a year, 1.7 points above 九五: the 九五 rate is not stated')
S.rel('rate', U, [F(FJ, '11.3%', n=0), F(FJ, '4.0%'), F(FJ, '13.3%'), F(FJ, '11.3%', n=1)], 'GDP +11.3% from the sectors: weights not stated')
S.rel('restatement', U, [F(FJ, '11.3%', n=0), F(FJ, '11.3%', n=1)], 'GDP +11.3% vs tertiary +11.3%: same number, other indicator')
S.rel('restatement', U, [F(FJ, '10.6%', n=0), fj_u[1]], 'GDP 10.6% a year vs urban income 10.6% a year: same number, other indicator')

# ---- further traps and target traps
S.rel('target', U, [F(GD, '9000公里'), F(GD, '3429公里')], 'the 9000-km goal is the length open to traffic; 3429 km is the length of the 61 continuing projects: other indicator')
S.rel('target', U, [F(GD, '700多公里'), F(GS, '9002公里')], 'plan to open 700多公里 in 2018 vs the network length 9002 km: other indicator (a length added vs a total)')
S.rel('rate', U, [g_690[1], g_174[1], g_494[1], F(GD, '15.7%', n=1), g_82[1], g_1449[1], F(GD, '59.8億元'), F(GD, '1.1%')], 'total +17.4% from three listed parts: the other parts and their growth are not stated (partial list)')
S.rel('rate', U, [F(Q3, '3710.5亿元'), F(Q3, '12.1%'), F(Q3, '319.5亿元'), F(Q3, '67.5%'), F(Q3, '73.4亿元'), F(Q3, '60.1%'), F(Q3, '4209亿元')], 'growth of three parts but not of the total 4209; the rest is not stated: nothing to rebuild')
S.rel('growth', U, [F(TR, '13.16万艘'), F(TR, '4.0%'), F(TR, '25684.97万吨'), F(TR, '2.3%')], 'ships −4.0% vs tonnage +2.3%: other indicator (average size not stated)')
S.rel('growth', U, [F(L9, '36.22亿美元'), F(L9, '4.13%', n=0), F(L9, '317.93亿美元'), F(L9, '7.71%')], 'income −4.13% in October vs −7.71% Jan–Oct: other period')
S.rel('share', U, [F(MZ, '285.6'), m_beds[6]], 'people housed 285.6万 vs 509.5万 beds: no occupancy rate stated')
S.rel('rate', U, [F(G20, '2664.43万吨'), F(G20, '5.8%'), F(G20, '6.1%'), F(G20, '8.6%', n=1), F(G20, '6.6%')], 'vegetables +5.8% vs three listed kinds all faster: the other kinds are not stated (partial list)')
S.rel('rate', U, [F(G17, '263.96千公顷'), F(G17, '2.6%'), F(G17, '3.1%'), F(G17, '0.4%')], 'oil-crop area +2.6% from peanut +3.1% and rapeseed +0.4%: the other oil crops (8.96千公顷) are not stated')
S.rel('restatement', U, [F(G18, '3.6%'), F(G17, '3.6%')], 'cross-document: cane output +3.6% in 2018 vs cane yield +3.6% in 2017: same number, other indicator and year')
S.rel('growth', U, [row(H3, TOT, 3), row(H4, TOT, 3)], 'cross-document: visitors −61.9% Jan–Mar vs −58.4% Jan–Apr: other period')
S.rel('sum', U, [row(H4, DINC, 0), row(H4, FINC, 0), row(H4, INC, 0)], 'April income 31.92亿元 + 42.88万美元 = 31.95亿元: the exchange rate is not stated')
S.rel('restatement', U, [row(H7, OV, 3), row(H7, DAY, 3)], 'Jan–Apr 2017: overnight +12.3% and day visitors +12.3%: same number, other indicator')
S.rel('restatement', U, [row(H7, TOT, 2), row(H4, TOT, 2)], 'cross-document: visitors Jan–Apr 2017 2261.48 vs Jan–Apr 2020 1158.98: other year')
S.rel('share', U, [F(L2, '105.97万人次'), F(L2, '1269.21万人次')], 'US visitors 105.97 within 1269.21 foreigners: no share stated')

# ======== altered copies
a = ALT(TR, 1, t_b[1], '17381个', 'inland berths 17331 → 17381')
S.rel('sum', I, R(a, t_b, t_b[1], '17381个'), 'altered: 5562 + 17381 = 22943, not 22893 (breaks {B})')
a = ALT(TR, 2, t_m, '485.31万公里', 'maintained roads 495.31 → 485.31')
S.rel('share', I, R(a, sh_t, t_m, '485.31万公里'), 'altered: 485.31 / 501.25 = 96.8%, not 98.8% (breaks {B})')
a = ALT(MZ, 1, m_beds[3], '16.5', 'relief beds 10.5 → 16.5')
S.rel('sum', I, R(a, m_beds, m_beds[3], '16.5'), 'altered: the six bed classes add to 515.5, not 509.5 (breaks {B})')
a = ALT(MZ, 2, m_orph[1], '41.1', 'orphans in families 46.1 → 41.1')
S.rel('sum', I, R(a, m_orph, m_orph[1], '41.1'), 'altered: 9.4 + 41.1 = 50.5, not 55.6 (breaks {B})')
a = ALT(L9, 1, l9m[1], '677.47万人次', 'Hong Kong visitors in October 671.47 → 677.47')
S.rel('sum', I, R(a, l9m, l9m[1], '677.47万人次'), 'altered: parts add to 1119.53, not 1113.54 (breaks {B})')
S.rel('rate', I, R(a, rt_m, l9m[1], '677.47万人次'), 'altered: with 677.47 the total change is −1.34%, not −0.83% (breaks {B})')
a = ALT(L9, 2, l9c[0], '1872.14万人次', 'foreigners Jan–Oct 1812.14 → 1872.14')
S.rel('sum', I, R(a, l9c, l9c[0], '1872.14万人次'), 'altered: parts add to 10567.37, not 10507.37 (breaks {B})')
S.rel('rate', I, R(a, rt_c, l9c[0], '1872.14万人次'), 'altered: with 1872.14 the total change is −3.79%, not −3.18% (breaks {B})')
a = ALT(L2, 1, l2[1], '18.56亿美元', 'day-visitor spending 16.56 → 18.56')
S.rel('sum', I, R(a, l2, l2[1], '18.56亿美元'), 'altered: 171.20 + 18.56 = 189.76, not 187.76 (breaks {B})')
S.rel('share', I, R(a, sh_l2b, l2[1], '18.56亿美元'), 'altered: 18.56 / 187.76 = 9.88%, not 8.82% (breaks {B})')
a = ALT(L2, 2, sh_l2a[2], '91.78%', 'overnight share 91.18% → 91.78%')
S.rel('share', I, R(a, sh_l2a, sh_l2a[2], '91.78%'), 'altered: 171.20 / 187.76 = 91.18%, not 91.78% (breaks {B})')
a = ALT(GD, 1, g_690[1], '696.4億元', 'H1 transport investment in the body 690.4 → 696.4')
S.rel('restatement', I, R(a, g_690, g_690[1], '696.4億元'), 'altered: 690.4 in the lead vs 696.4 in the body (breaks {B})')
a = ALT(GD, 2, g_82[1], '86.6億元', 'trunk-road investment in the body 82.6 → 86.6')
S.rel('restatement', I, R(a, g_82, g_82[1], '86.6億元'), 'altered: 82.6 in the lead vs 86.6 in the body (breaks {B})')
a = ALT(GG, 1, gg[2], '861万吨', 'autumn grain 881 → 861')
S.rel('sum', I, R(a, gg, gg[2], '861万吨'), 'altered: 21 + 471 + 861 = 1353, not 1373 (breaks {B})')
a = ALT(G18, 1, g18_1373, '1378万吨', 'grain output 1373 → 1378')
S.rel('restatement', I, R(a, rs_gg, g18_1373, '1378万吨'), 'altered (cross-document): 1373 in the 农业农村厅 news vs 1378 here (breaks {B})')
a = ALT(G18, 2, g18_er, '476. 5万吨', 'early rice 470. 5 → 476. 5')
S.rel('restatement', I, R(a, rs_er, g18_er, '476. 5万吨'), 'altered (cross-document): early rice 471 vs 476.5 (breaks {B})')
a = ALT(G17, 1, g17w[2], '906.53万亩', 'winter vegetables 900.53 → 906.53')
S.rel('sum', I, R(a, g17w, g17w[2], '906.53万亩'), 'altered: winter crops add to 1646.83, not 1640.83 (breaks {B})')
a = ALT(G17, 2, gr17a[1], '13.09万亩', 'cane area decrease 18.09 → 13.09')
S.rel('growth', I, R(a, gr17a, gr17a[1], '13.09万亩'), 'altered: 13.09 / 1377.37 = −0.95%, not −1.3% (breaks {B})')
a = ALT(G20, 1, g20ib, '21.2万吨', 'early-rice increase 24.2 → 21.2')
S.rel('sum', I, R(a, sum_g20i, g20ib, '21.2万吨'), 'altered: 6.0 + 21.2 = 27.2, not 30.2 (breaks {B})')
S.rel('growth', I, R(a, gr_g20b, g20ib, '21.2万吨'), 'altered: 21.2 / 455.6 = +4.65%, not +5.4% (breaks {B})')
a = ALT(G20, 2, gr_g20s[1], '18.5万亩', 'spring-grain area increase 13.5 → 18.5')
S.rel('growth', I, R(a, gr_g20s, gr_g20s[1], '18.5万亩'), 'altered: 18.5 / 151.9 = +12.2%, not +8.6% (breaks {B})')
a = ALT(H3, 1, h3_m[1], '14.66', 'March day visitors 14.06 → 14.66')
S.rel('sum', I, R(a, h3_m, h3_m[1], '14.66'), 'altered: 207.97 + 14.66 = 222.63, not 222.03 (breaks {B})')
S.rel('sum', I, R(a, h3_dv, h3_m[1], '14.66'), 'altered: 207.59 + 14.66 = 222.25, not 221.65 (breaks {B})')
a = ALT(H3, 2, h3_c[1], '81.83', 'Jan–Mar day visitors 87.83 → 81.83')
S.rel('sum', I, R(a, h3_c, h3_c[1], '81.83'), 'altered: 766.72 + 81.83 = 848.55, not 854.55 (breaks {B})')
S.rel('sum', I, R(a, x_day, h3_c[1], '81.83'), 'altered (cross-document): 81.83 + 30.76 = 112.59, not the April table’s 118.59 (breaks {B})')
a = ALT(H4, 1, h4_m[2], '301.43', 'April visitors 304.43 → 301.43')
S.rel('sum', I, R(a, h4_m, h4_m[2], '301.43'), 'altered: 273.67 + 30.76 = 304.43, not 301.43 (breaks {B})')
S.rel('sum', I, R(a, x_tot, h4_m[2], '301.43'), 'altered (cross-document): 854.55 + 301.43 = 1155.98, not 1158.98 (breaks {B})')
a = ALT(H4, 2, x_hot[2], '390.41', 'Jan–Apr hotel guests 396.41 → 390.41')
S.rel('sum', I, R(a, x_hot, x_hot[2], '390.41'), 'altered (cross-document): 292.89 + 103.52 = 396.41, not 390.41 (breaks {B})')
h7_dc = rows(H7, [HOT7, INN7, DO], 2); h7_im = rows(H7, CN7 + [IN], 0)
a = ALT(H7, 1, h7_dc[1], '501.99', 'Jan–Apr guesthouse guests 507.99 → 501.99')
S.rel('sum', I, R(a, h7_dc, h7_dc[1], '501.99'), 'altered: 1288.01 + 501.99 = 1790.00, not 1796.00 (breaks {B})')
a = ALT(H7, 2, h7_im[3], '1.17', 'April Taiwan visitors 1.47 → 1.17')
S.rel('sum', I, R(a, h7_im, h7_im[3], '1.17'), 'altered: 6.51 + 1.73 + 0.15 + 1.17 = 9.56, not 9.86 (breaks {B})')
a = ALT(FJ, 1, fj_t[1], '3228.91億元', 'secondary value added 3224.91 → 3228.91')
S.rel('sum', I, R(a, fj_t, fj_t[1], '3228.91億元'), 'altered: parts add to 6564.07, not 6560.07 (breaks {B})')
a = ALT(FJ, 2, fj_r[0], '31.8%', 'rural income growth over 十五 37.8% → 31.8%')
S.rel('growth', I, R(a, fj_r, fj_r[0], '31.8%'), 'altered: 1.318^(1/5) = 1.0568 → 5.7% a year, not 6.6% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout132. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout132.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout132'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

XC='xc_2021.txt'; SC='sc_2006.txt'; XX='xx_2022.txt'; YJ='yj_2023_hant.txt'; XH='xch_2020.txt'; XP='xch_14th.txt'; QS='qs_2024.txt'
ZY='zy_2024.txt'; YS='yjs_2020.txt'; ZA='zy_2019.txt'; ZB='zy_2020.txt'; ZF='zf_2020.txt'; GZ='gz_2013q1.txt'; GH='gz_2009_hant.txt'
GJ='gj_2024.txt'; BZ='bz_2020.txt'; FY='fy_2019.txt'; FN='fy_2020n.txt'

# ---- 淅川县 2021 bulletin
xc_t = F(XC, '2710511万元'); xc_p = [F(XC, '546770万元'), F(XC, '936028万元'), F(XC, '1227713万元')]
xc_s = [F(XC, '20.2'), F(XC, '34.5'), F(XC, '45.3')]; xc_o = [F(XC, '20', pre='上年的'), F(XC, '34.4'), F(XC, '45.6')]
xc_g = [F(XC, '9.2%'), F(XC, '7.6%'), F(XC, '6.9%'), F(XC, '11.6%')]
xc_gr = [F(XC, '29.3万吨'), F(XC, '16.5万吨'), F(XC, '12.8万吨')]
sum_xc = xc_p + [xc_t]; sh_xc2 = [xc_p[1], xc_t, xc_s[1]]; rt_xc = xc_g + xc_o
sum_xcg = xc_gr[1:] + [xc_gr[0]]; rt_xcg = [F(XC, '1.9%'), xc_gr[1], F(XC, '0.9%'), xc_gr[2], F(XC, '5.3%')]
S.rel('sum', C, sum_xc, '淅川 2021: 546770 + 936028 + 1227713 = 2710511万元')
S.rel('share', C, [xc_p[0], xc_t, xc_s[0]], 'primary 546770 / 2710511 = 20.17% → 20.2')
S.rel('share', C, sh_xc2, 'secondary 936028 / 2710511 = 34.53% → 34.5')
S.rel('share', C, [xc_p[2], xc_t, xc_s[2]], 'tertiary 1227713 / 2710511 = 45.29% → 45.3')
S.rel('growth', C, [xc_o[0], xc_s[0], F(XC, '0.2', post='、0.1')], 'primary share 20 → 20.2: +0.2 points')
S.rel('growth', C, [xc_o[1], xc_s[1], F(XC, '0.1', pre='0.2、')], 'secondary share 34.4 → 34.5: +0.1 points')
S.rel('growth', C, [xc_o[2], xc_s[2], F(XC, '0.3个百分点', pre='第三产业下降')], 'tertiary share 45.6 → 45.3: −0.3 points (下降)')
S.rel('rate', C, rt_xc, 'GDP growth from the sector rates weighted by the stated 2020 structure 20:34.4:45.6: 0.20×7.6 + 0.344×6.9 + 0.456×11.6 = 9.18 → 9.2%')
S.rel('sum', C, sum_xcg, 'grain: summer 16.5 + autumn 12.8 = 29.3万吨')
S.rel('rate', C, rt_xcg, 'grain −1.9% rebuilt from the parts: 29.3 / (16.5/1.009 + 12.8/0.947) = −1.9% (2020 levels follow from levels and rates)')
S.rel('rate', U, [F(XC, '0.7个百分点'), F(XC, '1.7个百分点'), F(XC, '1.0个百分点', n=0)], 'CPI +0.7 from industrial goods +1.7 and consumer goods +1.0: the weights are not stated (and the CPI is not a mix of these two alone)')
S.rel('restatement', U, [F(XC, '3.1', post='、2.1'), F(XC, '3.1', pre='0.4、')], 'clothing (衣着, CPI) +3.1 and 服装鞋帽 (retail prices) +3.1: different indices')
S.rel('sum', U, [F(XC, '1.2万人'), F(XC, '5180人'), F(XC, '2273人')], 'new urban jobs 1.2万, re-employed 5180, hard-to-employ re-employed 2273: overlapping categories, not parts of one total')

# ---- 商城县 2006 (2007 work report)
sc_t = F(SC, '44.3亿元'); sc_p = [F(SC, '14.3亿元'), F(SC, '17.7亿元'), F(SC, '12.3亿元')]; sc_n = F(SC, '23.0亿元')
sum_sc = sc_p + [sc_t]; sh_sc = [sc_n, sc_t, F(SC, '52.0%')]
S.rel('sum', C, sum_sc, '商城 2006: 14.3 + 17.7 + 12.3 = 44.3亿元')
S.rel('share', C, sh_sc, 'non-public value added 23.0 / 44.3 = 51.9% (51.7–52.1 with the half units) → 52.0%')
S.rel('growth', U, [sc_t, F(SC, '14.7亿元'), F(SC, '13.7%')], '净增14.7 over 2003 gives 29.6 → 44.3, a nominal +14.4% a year; the stated 13.7% a year is at comparable prices: nominal vs real')
S.rel('rate', U, [F(SC, '13.7%'), F(SC, '11.9%'), F(SC, '14.9%'), F(SC, '13.9%')], 'GDP 年均 +13.7% from the sector averages: the 2003 structure (the weights) is not stated')
S.rel('growth', U, [F(SC, '8850万元'), F(SC, '24.5%')], 'budget revenue 8850万 with 年均 +24.5%: the 2003 level is not stated; nothing to check')

# ---- 西峡县 2022 (2023 work report)
xx_g = [F(XX, '5.4%', n=0), F(XX, '5.4%', n=1)]
S.rel('target', M, [F(XX, '495.45 亿元'), F(XX, '183.65%')], '西峡 2022: 241 key projects invested 495.45亿 = 183.65% of the year’s plan; the year is over: met')
S.rel('target', M, [F(XX, '210.87%'), F(XX, '201.68%')], '72 provincial and city key projects at 210.87% and 201.68% of their 2022 plans: met')
S.rel('restatement', U, xx_g, 'GDP +5.4% and disposable income per head +5.4%: the same number for different indicators')
S.rel('share', U, [F(XX, '22.28 亿元'), F(XX, '75%')], 'tax share 75% of budget revenue 22.28亿: the tax revenue is not stated; nothing to check')
S.rel('sum', U, [F(XX, '241 个'), F(XX, '72 个')], '72 provincial/city key projects are within the 241 (“其中”); not a split')

# ---- 延津县 2023 bulletin (traditional)
yj_t = F(YJ, '186.3億元'); yj_p = [F(YJ, '32.34億元'), F(YJ, '63.5億元'), F(YJ, '90.46億元')]
yj_s = [F(YJ, '17.36'), F(YJ, '34.08'), F(YJ, '48.56')]
yj_b = F(YJ, '7.33‰'); gr_yj = [yj_b, F(YJ, '8.01‰'), F(YJ, '-0.68‰')]
yj_g = [F(YJ, '7.46億斤'), F(YJ, '2.87億斤'), F(YJ, '10.3億斤')]
sum_yj = yj_p + [yj_t]; sh_yj2 = [yj_p[1], yj_t, yj_s[1]]; gr_yja = [yj_g[1], F(YJ, '0.04億斤'), F(YJ, '1.41%')]
S.rel('sum', C, sum_yj, '延津 2023: 32.34 + 63.5 + 90.46 = 186.3億元')
S.rel('share', C, [yj_p[0], yj_t, yj_s[0]], 'primary 32.34 / 186.3 = 17.36%')
S.rel('share', C, sh_yj2, 'secondary 63.5 / 186.3 = 34.08% (34.05–34.12 with the half units)')
S.rel('share', C, [yj_p[2], yj_t, yj_s[2]], 'tertiary 90.46 / 186.3 = 48.56%')
S.rel('growth', C, gr_yj, 'natural growth = birth rate 7.33 − death rate 8.01 = −0.68‰')
S.rel('share', U, [F(YJ, '0.32萬人'), F(YJ, '43.05萬人'), yj_b], 'births 0.32萬 over the year-end 常住 population 43.05萬 give about 7.4‰; the rate uses the average population, which is not stated')
S.rel('sum', C, yj_g, 'grain: summer 7.46 + autumn 2.87 = 10.33 → 10.3億斤')
S.rel('growth', C, [yj_g[2], F(YJ, '0.37億斤'), F(YJ, '3.45%')], 'grain 10.3, 减少0.37: 0.37 / 10.67 = 3.47% (3.41–3.53 with the half units) → 3.45%')
S.rel('growth', C, [yj_g[0], F(YJ, '0.31億斤'), F(YJ, '3.94%')], 'summer grain 7.46, 减少0.31: 0.31 / 7.77 = 3.99% (3.93–4.05 with the half units) → 3.94%')
S.rel('growth', C, gr_yja, 'autumn grain 2.87, 增加0.04: 0.04 / 2.83 = 1.41%')
S.rel('sum', I, [F(YJ, '0.37億斤'), F(YJ, '0.31億斤'), F(YJ, '0.04億斤')], 'REAL discrepancy in the original: summer −0.31 and autumn +0.04 make −0.27億斤, not the stated −0.37 (the parts give 2022 = 7.77 + 2.83 = 10.60, so 10.33 is −2.5%, not −3.45%)')
S.rel('sum', U, [F(YJ, '124.02萬畝'), F(YJ, '84.21萬畝')], 'summer grain area 84.21 within the grain area 124.02: the autumn area is not stated; not a split')
S.rel('share', U, [yj_t, F(YJ, '43.05萬人'), F(YJ, '42666元')], 'GDP per head 42666 uses the average population (186.3億 / 43.05萬 = 43275 at year end): the base is not stated')
S.rel('growth', U, [F(YJ, '42666元'), F(YJ, '5.9%'), F(YJ, '5.1%')], 'GDP per head +5.9% vs GDP +5.1%: the population change behind the gap is not stated')
S.rel('growth', U, [F(YJ, '41.17%'), F(YJ, '1.01個百分點')], 'urbanisation 41.17% “提高1.01個百分點”: the 2022 rate is not stated')
S.rel('sum', U, [F(YJ, '48.73萬畝'), F(YJ, '48.66萬畝'), F(YJ, '4.8萬畝'), F(YJ, '4.82萬畝')], 'peanuts (48.66, +4.82) are a part of oil crops (48.73, +4.8): the other crops are not stated; 4.82 above 4.8 is within the half unit; nothing to check')

# ---- 襄城县 2020 bulletin
xh_t = F(XH, '463.9亿元'); xh_p = [F(XH, '43亿元'), F(XH, '195.1亿元'), F(XH, '225.8亿元')]
sum_xh = xh_p + [xh_t]; sh_xh2 = [xh_p[1], xh_t, F(XH, '42.1')]
xh_cpi = F(XH, '2.7%', n=1); rs_xh5 = [F(XH, '5.9%'), F(XH, '105.9')]
sum_xha = [F(XH, '67.63万亩'), F(XH, '68.33万亩'), F(XH, '135.96万亩')]
S.rel('sum', C, sum_xh, '襄城 2020: 43 + 195.1 + 225.8 = 463.9亿元')
S.rel('share', C, [xh_p[0], xh_t, F(XH, '9.2')], 'primary 43 / 463.9 = 9.27%; “43亿元” has a half unit of 0.5, so 9.16–9.38 → 9.2 fits')
S.rel('share', C, sh_xh2, 'secondary 195.1 / 463.9 = 42.06% → 42.1')
S.rel('share', C, [xh_p[2], xh_t, F(XH, '48.7')], 'tertiary 225.8 / 463.9 = 48.67% → 48.7')
S.rel('restatement', C, [xh_cpi, F(XH, '102.7')], 'CPI +2.7% in the text = index 102.7 in table 1')
S.rel('restatement', C, [F(XH, '7.5%'), F(XH, '107.5')], 'food and tobacco +7.5% = index 107.5')
S.rel('restatement', C, rs_xh5, 'health care +5.9% = index 105.9')
S.rel('restatement', C, [F(XH, '4.0%'), F(XH, '96.0')], 'transport and communication −4.0% = index 96.0')
S.rel('restatement', C, [F(XH, '5.3%'), F(XH, '94.7')], 'clothing −5.3% = index 94.7')
S.rel('restatement', U, [F(XH, '2.7%', n=0), xh_cpi], 'GDP +2.7% and CPI +2.7%: the same number for different indicators')
S.rel('sum', C, sum_xha, 'grain area: summer 67.63 + autumn 68.33 = 135.96万亩')
S.rel('sum', C, [F(XH, '0.46万亩', n=0), F(XH, '0.46万亩', n=1)], 'grain area +0.46万亩 = summer unchanged (“基本持平”) + autumn +0.46')
S.rel('rate', U, [xh_cpi, F(XH, '7.5%'), F(XH, '0.3%'), F(XH, '2.8%'), F(XH, '10.6%')], 'CPI +2.7% from the eight categories: the basket weights are not stated')

# ---- 襄城县 14th five-year plan (发展基础)
rs_xp = [xh_t, F(XP, '463.9 亿元')]
S.rel('restatement', C, rs_xp, 'cross-document: 襄城 2020 GDP 463.9亿 in the bulletin and in the 14th plan')
S.rel('restatement', C, [F(XP, '20亿元'), F(XP, '21.46 亿元')], 'budget revenue 21.46亿 fits “迈上20亿元的新台阶” (a lower bound)')
S.rel('growth', U, [F(XP, '463.9 亿元'), F(XP, '1.5 倍')], 'GDP 463.9 “是“十二五”末的1.5倍”: the 2015 level is not stated')

# ---- 沁水县 2024 bulletin
qs_t = F(QS, '433.3亿元'); qs_p = [F(QS, '14.8亿元'), F(QS, '338.7亿元'), F(QS, '79.8亿元')]
qs_c = [F(QS, '2.5%'), F(QS, '88.2%'), F(QS, '9.3%')]; qs_g = F(QS, '7.1%')
qs_pl = [F(QS, '0.2', post='、6.3'), F(QS, '6.3'), F(QS, '0.7', post='个百分点。第三')]
sum_qs = qs_p + [qs_t]; sh_qs2 = [qs_p[1], qs_t, F(QS, '78.2')]; sum_qsc = qs_c; gr_qs2 = [qs_g, qs_c[1], qs_pl[1]]
S.rel('sum', C, sum_qs, '沁水 2024: 14.8 + 338.7 + 79.8 = 433.3亿元')
S.rel('share', C, [qs_p[0], qs_t, F(QS, '3.4', post=':78.2')], 'primary 14.8 / 433.3 = 3.42% → 3.4')
S.rel('share', C, sh_qs2, 'secondary 338.7 / 433.3 = 78.17% → 78.2')
S.rel('share', C, [qs_p[2], qs_t, F(QS, '18.4')], 'tertiary 79.8 / 433.3 = 18.42% → 18.4')
S.rel('sum', C, sum_qsc, 'contributions 2.5 + 88.2 + 9.3 = 100%')
S.rel('growth', C, qs_pl + [qs_g], 'pulls 0.2 + 6.3 + 0.7 = 7.2 vs growth 7.1: with each pull’s half unit the sum is 7.05–7.35, which holds 7.1')
S.rel('growth', C, gr_qs2, 'secondary pull = contribution 88.2% × growth 7.1 = 6.26 → 6.3 points')
S.rel('growth', C, [qs_g, qs_c[2], qs_pl[2]], 'tertiary pull = 9.3% × 7.1 = 0.66 → 0.7 points')
S.rel('growth', C, [qs_g, F(QS, '2.8%'), F(QS, '0.2个百分点')], 'finance pull = 2.8% × 7.1 = 0.20 → 0.2 points')
S.rel('growth', C, [qs_g, F(QS, '7.7%'), F(QS, '0.6个百分点')], 'non-profit services pull = 7.7% × 7.1 = 0.547; only at the upper half units (7.75% × 7.15 = 0.554) does it round to 0.6: consistent at the edge of the allowance')
S.rel('restatement', U, [qs_c[2], F(QS, '9.3亿元')], 'tertiary contribution 9.3% and transport value added 9.3亿: the same number for different indicators')
S.rel('sum', U, [F(QS, '5.1亿元'), F(QS, '9.3亿元'), F(QS, '14.2亿元'), F(QS, '8.3亿元'), F(QS, '34.3亿元'), qs_p[2]], 'the five tertiary branches listed add to 71.2 of 79.8: hotels and catering and real estate are not listed; not a split')
S.rel('share', U, [F(QS, '228594元'), F(QS, '32098美元')], 'GDP per head in yuan and dollars: the 2024 average exchange rate is not stated')
S.rel('sum', U, [F(QS, '37.9亿元'), F(QS, '89.0亿元')], 'general budget revenue 37.9 is a part of total fiscal revenue 89.0 (“其中”); the rest is not stated')

# ---- 中阳县 2024 (发改局 summary)
zy_t = F(ZY, '201.06亿元'); zy_p = [F(ZY, '4.23亿元'), F(ZY, '163.53亿元'), F(ZY, '33.30亿元')]
sum_zy = zy_p + [zy_t]; sh_zy2 = [zy_p[1], zy_t, F(ZY, '81.3')]; rs_zy = [zy_p[2], F(ZY, '33.3亿元')]
S.rel('sum', C, sum_zy, '中阳 2024: 4.23 + 163.53 + 33.30 = 201.06亿元')
S.rel('share', C, [zy_p[0], zy_t, F(ZY, '2.1', post=':81.3')], 'primary 4.23 / 201.06 = 2.10%')
S.rel('share', C, sh_zy2, 'secondary 163.53 / 201.06 = 81.33% → 81.3')
S.rel('share', C, [zy_p[2], zy_t, F(ZY, '16.6')], 'tertiary 33.30 / 201.06 = 16.56% → 16.6')
S.rel('restatement', C, rs_zy, 'tertiary value added 33.30 restated as 服务业增加值 33.3')
S.rel('restatement', C, [F(ZY, '1.9%', n=0), F(ZY, '1.9%', n=1)], 'tertiary +1.9% restated as services +1.9%')
S.rel('target', M, [F(ZY, '2526人'), F(ZY, '103.1%')], 'new urban jobs 2526 = 103.1% of the 2024 target (≈ 2450); the year is over: met')
S.rel('sum', U, [F(ZY, '2.6亿元'), F(ZY, '17.6亿元')], 'retail sales above the quota 2.6 are a part of all retail sales 17.6; not a split')
S.rel('rate', U, [F(ZY, '25201元'), F(ZY, '31571元'), F(ZY, '12267元'), F(ZY, '4.2%'), F(ZY, '3.6%'), F(ZY, '6.7%', n=1)], 'income per head of all residents from the urban and rural figures: the urban and rural population shares are not stated')
S.rel('rate', U, [F(ZY, '4.1%'), F(ZY, '6.7%', n=0), F(ZY, '4.5%'), F(ZY, '1.9%', n=0)], 'GDP +4.1% from the sector rates: the 2023 structure (the weights) is not stated')
S.rel('share', U, [F(ZY, '323.66亿元'), zy_p[1]], 'industrial gross output 323.66 exceeds the secondary value added 163.53: gross output is not value added; nothing to check')
S.rel('restatement', U, [F(ZY, '6.7%', n=0), F(ZY, '6.7%', n=1)], 'primary value added +6.7% and rural income +6.7%: the same number for different indicators')

# ---- 永济市 2020 plan execution
ys_g = [F(YS, '1.1%', n=0), F(YS, '1.1%', n=1)]
S.rel('target', MS, [ys_g[0], F(YS, '5.3个百分点')], '永济 2020 GDP +1.1%, “低年度计划5.3个百分点” (plan 6.4%): missed')
S.rel('restatement', C, ys_g, 'GDP +1.1% restated in the parenthesis (“转为增长1.1%”)')
S.rel('growth', U, [F(YS, '-5.5%'), ys_g[1]], 'H1 −5.5% and the year +1.1%: other periods; the H2 rate is not stated')

# ---- 枣阳市 2019 (2020 report) and 2016–2020 (2021 report)
zb_pc = [F(ZB, '45603元'), F(ZB, '65632元'), F(ZB, '43.9%')]
S.rel('growth', C, zb_pc, '枣阳 GDP per head 45603 (2015) → 65632 (2020): +43.9%')
S.rel('growth', U, [F(ZB, '660亿元'), F(ZB, '8%')], 'GDP 660亿 in 2020 with 年均 +8% (约): the 2015 level is not stated, and the rate is at comparable prices')
S.rel('restatement', U, [F(ZA, '705亿'), F(ZB, '660亿元')], 'cross-document: 枣阳 GDP 705亿 (2019 estimate, 2020 report) vs 660亿 (2020 estimate, 2021 report): other years, not a restatement')
S.rel('restatement', U, [F(ZA, '第88名'), F(ZB, '第86位')], 'cross-document: 88th in the 基本竞争力 ranking (2019) and 86th among the 百强 (2020): different rankings and years')
S.rel('growth', U, [F(ZA, '8%', pre='可比增长'), F(ZB, '8%')], 'cross-document: 2019 GDP +8% and the 2016–2020 yearly average of about 8%: other periods')
S.rel('growth', U, [F(ZA, '26.9亿元'), F(ZA, '2%')], 'local budget revenue 26.9亿 +2%: the 2018 level is not stated; nothing to check')

# ---- 中方县 2020 budget execution
zf_r = F(ZF, '48535万元'); zf_tr = F(ZF, '181748万元'); zf_x = F(ZF, '12500万元'); zf_fb = F(ZF, '26200万元')
sum_zfr = [zf_r, zf_tr, F(ZF, '10200万元'), F(ZF, '239万元'), F(ZF, '1777万元'), F(ZF, '242499万元', n=0)]
gr_zfx = [F(ZF, '238500万元'), zf_x, F(ZF, '5.5%')]
sum_zff = [F(ZF, '28062万元'), zf_fb, F(ZF, '1460万元'), F(ZF, '4444万元'), F(ZF, '60166万元', n=1)]
S.rel('growth', C, [zf_r, F(ZF, '2806万元'), F(ZF, '6.14%')], '中方 2020: revenue 48535, 增收2806: 2806 / 45729 = 6.14%')
S.rel('target', M, [zf_r, F(ZF, '100.6%')], 'local budget revenue 48535 = 100.6% of the 2020 budget; the year is over: met')
S.rel('sum', C, sum_zfr, 'revenue total: 48535 + 181748 + 10200 + 239 + 1777 = 242499万元')
S.rel('sum', C, [F(ZF, '238500万元'), F(ZF, '289万元'), F(ZF, '3710万元'), F(ZF, '242499万元', n=1)], 'expenditure total: 238500 + 289 + 3710 = 242499万元')
S.rel('restatement', C, [F(ZF, '242499万元', n=0), F(ZF, '242499万元', n=1)], 'revenue total = expenditure total 242499 (收支平衡)')
S.rel('growth', C, gr_zfx, 'expenditure 238500, 增加12500: 12500 / 226000 = 5.53% → 5.5%')
S.rel('sum', C, sum_zff, 'fund revenue: 28062 + 26200 + 1460 + 4444 = 60166万元')
S.rel('restatement', C, [F(ZF, '60166万元', n=0), F(ZF, '60166万元', n=1)], 'fund revenue 60166 restated as 收入总计 60166')
S.rel('share', U, [F(ZF, '29.72%'), F(ZF, '0.26%')], 'non-tax share 29.72% “较上年压减0.26%”: neither the non-tax amount nor last year’s share is stated (and 0.26% is a change in points written as %)')

# ---- 赣州 Q1 2013 fiscal news
gz_i = F(GZ, '8.75亿元'); gr_gz = [F(GZ, '69.29亿元'), gz_i, F(GZ, '14.5%')]
S.rel('growth', C, gr_gz, '赣州 Q1 2013: 69.29, 增收8.75: 8.75 / 60.54 = 14.45% → 14.5%')
S.rel('sum', U, [F(GZ, '44.43亿元'), F(GZ, '69.29亿元')], 'public budget revenue 44.43 is a part of total fiscal revenue 69.29 (“其中”); not a split')
S.rel('share', U, [F(GZ, '52.98亿元'), F(GZ, '88.81亿元')], 'livelihood spending 52.98 of spending 88.81 (59.7%): no share is stated; nothing to check')
S.rel('growth', U, [F(GZ, '86%'), F(GZ, '10个百分点')], 'tax share 86% “高于全省平均水平近10个百分点”: the province’s share is not stated')
S.rel('sum', U, [F(GZ, '18个', n=0), F(GZ, '12个')], '12 of the 18 counties grew by two digits: a subset, the others’ rates are not stated')

# ---- 赣州 2009 fiscal news (traditional)
gh_l = [F(GH, '111.29億元', n=0), F(GH, '111.29億元', n=1)]
S.rel('restatement', C, gh_l, 'headline 111.29億 restates the body')
S.rel('restatement', C, [F(GH, '200億元'), F(GH, '208.23億元')], 'spending 208.23億 fits “首度突破200億元大關” (a lower bound)')
S.rel('share', U, [F(GH, '81.9%'), gh_l[1]], 'tax share 81.9% of 111.29: the tax revenue is not stated; nothing to check')
S.rel('sum', U, [F(GH, '68.08億元'), gh_l[1]], 'local fiscal revenue 68.08 within total fiscal revenue 111.29 (“其中”); not a split')
S.rel('restatement', U, [F(GH, '81.9%'), F(GZ, '86%')], 'cross-document: 赣州’s tax share 81.9% (2009) vs 86% (Q1 2013): other periods')

# ---- 赣江新区 2024 fiscal news
gj_x = F(GJ, '60.9亿元'); gj_i = F(GJ, '5.4亿元'); sh_gj = [gj_x, F(GJ, '86.5亿元'), F(GJ, '70.4%')]; gr_gj = [F(GJ, '86.5亿元'), gj_i, F(GJ, '6.7%')]
S.rel('share', C, sh_gj, '赣江新区 2024: taxes 60.9 / budget revenue 86.5 = 70.40% → 70.4%')
S.rel('share', C, [F(GJ, '8.3亿元'), F(GJ, '9.4亿元'), F(GJ, '89.0%')], '直管区: 8.3 / 9.4 = 88.3%; with the half units 87.3–89.3, so 89.0% fits')
S.rel('growth', C, gr_gj, 'revenue 86.5, 增长5.4亿: 5.4 / 81.1 = 6.66% → 6.7%')
S.rel('sum', U, [F(GJ, '9.4亿元'), F(GJ, '86.5亿元')], 'the directly administered area’s 9.4 is a part of the new area’s 86.5; the rest is not stated')
S.rel('growth', U, [F(GJ, '8.6%'), F(GJ, '6.7%')], 'the part grows +8.6%, the whole +6.7%: the rest’s growth is not stated; no contradiction and nothing to compute')

# ---- 亳州 three county-level bulletins 2020 (news)
bz_q = F(BZ, '159.4万人'); bz_a = [F(BZ, '39.16万人'), F(BZ, '38.87万人'), F(BZ, '57.85万人'), F(BZ, '23.54万人')]
gr_bz = [F(BZ, '8.66‰'), F(BZ, '4.63‰'), F(BZ, '4.03‰')]; sum_bza = bz_a + [bz_q]; sh_bz3 = [bz_a[2], bz_q, F(BZ, '36.3%')]
sum_bzu = [F(BZ, '32.46万人'), F(BZ, '126.95万人'), bz_q]
S.rel('growth', C, gr_bz, '蒙城 2020: natural growth = 8.66 − 4.63 = 4.03‰')
S.rel('growth', C, [F(BZ, '1.84个'), F(BZ, '0.03个'), F(BZ, '1.81个')], '蒙城: the natural growth rate falls by the birth rate’s fall minus the death rate’s fall: 1.84 − 0.03 = 1.81 points')
S.rel('growth', C, [F(BZ, '15.4‰'), F(BZ, '7.0‰'), F(BZ, '8.4‰')], '谯城: 15.4 − 7.0 = 8.4‰')
S.rel('sum', C, sum_bza, '谯城 (without 高新区) by age: 39.16 + 38.87 + 57.85 + 23.54 = 159.42 → 159.4万')
S.rel('share', C, [bz_a[0], bz_q, F(BZ, '24.6%')], 'under 18: 39.16 / 159.4 = 24.57% → 24.6%')
S.rel('share', C, [bz_a[1], bz_q, F(BZ, '24.4%')], '18–34: 38.87 / 159.4 = 24.39% → 24.4%')
S.rel('share', C, sh_bz3, '35–59: 57.85 / 159.4 = 36.29% → 36.3%')
S.rel('share', C, [bz_a[3], bz_q, F(BZ, '14.8%')], '60 and over: 23.54 / 159.4 = 14.77% → 14.8%')
S.rel('sum', C, sum_bzu, '谯城 urban 32.46 + rural 126.95 = 159.41 → 159.4万')
S.rel('sum', U, [bz_q, F(BZ, '171.5万人')], '谯城 without 高新区 (159.4) within the district’s 171.5: the 高新区 part is not stated; not a split')
S.rel('share', U, [F(BZ, '2.46万人', pre='出生人口'), bz_q, F(BZ, '15.4‰')], 'births 2.46万 over 159.4万 give 15.4‰, but neither the scope (with or without 高新区) nor the average population behind the rate is stated')
S.rel('sum', U, [F(BZ, '147.8 万人'), F(BZ, '171.5万人'), F(BZ, '175.9万人'), F(BZ, '663.0万人')], '蒙城 + 谯城 + 利辛 = 495.2 of 亳州’s 663.0: 涡阳 is not given; not a split')
S.rel('growth', U, [F(BZ, '26747人'), F(BZ, '7833人'), F(BZ, '175.9万人')], '利辛 births and deaths: no rate is stated; nothing to check')
S.rel('growth', U, [F(BZ, '24.6%'), F(BZ, '0.1个百分点')], 'share of under-18s “比上年提高0.1个百分点”: the 2019 share is not stated')

# ---- 阜阳 2019 population bulletin, and the 2020 news
fy_t = F(FY, '825.9万人'); fy_r = F(FY, '457.38万人'); fy_f = F(FY, '416.7万人'); fy_w = F(FY, '520.1万人')
sum_fyu = [F(FY, '368.52万人'), fy_r, fy_t]; sh_fyr = [fy_r, fy_t, F(FY, '55.38%')]
sum_fys = [F(FY, '409.2万人'), fy_f, fy_t]; sh_fyx = [F(FY, '409.2万人'), fy_f, F(FY, '98.2')]
sum_fya = [F(FY, '209.6万人'), fy_w, F(FY, '96.2万人'), fy_t]; sh_fyw = [fy_w, fy_t, F(FY, '62.97%')]
S.rel('sum', C, sum_fyu, '阜阳 2019: urban 368.52 + rural 457.38 = 825.9万')
S.rel('share', C, [F(FY, '368.52万人'), fy_t, F(FY, '44.62%')], 'urban 368.52 / 825.9 = 44.62%')
S.rel('share', C, sh_fyr, 'rural 457.38 / 825.9 = 55.38%')
S.rel('sum', C, sum_fys, 'men 409.2 + women 416.7 = 825.9万')
S.rel('share', C, [F(FY, '409.2万人'), fy_t, F(FY, '49.54%')], 'men 409.2 / 825.9 = 49.546%; with the half units 49.537–49.555, so 49.54 fits')
S.rel('share', C, sh_fyx, 'sex ratio 409.2 / 416.7 × 100 = 98.20')
S.rel('sum', C, sum_fya, 'age groups 0–14 209.6 + 15–64 520.1 + 65+ 96.2 = 825.9万')
S.rel('share', C, [F(FY, '209.6万人'), fy_t, F(FY, '25.38%')], '0–14: 209.6 / 825.9 = 25.38%')
S.rel('share', C, sh_fyw, '15–64: 520.1 / 825.9 = 62.97%')
S.rel('share', C, [F(FY, '96.2万人'), fy_t, F(FY, '11.65%')], '65+: 96.2 / 825.9 = 11.65%')
S.rel('share', C, [F(FY, '120.7万人'), fy_t, F(FY, '14.61%')], '60+: 120.7 / 825.9 = 14.61%')
S.rel('growth', C, [fy_t, F(FY, '5.2万人'), F(FY, '0.63%')], '825.9, 增加5.2: 5.2 / 820.7 = 0.634% → 0.63%')
S.rel('growth', C, [fy_t, F(FY, '64.5万人'), F(FY, '7.2万人')], 'since the 2010 census (+64.5万 over nine years): 64.5 / 9 = 7.17 → 7.2万 a year')
S.rel('growth', C, [fy_t, F(FY, '64.5万人'), F(FY, '0.9%')], '761.4 → 825.9 over nine years: (825.9/761.4)^(1/9) − 1 = 0.91% → 0.9% a year')
S.rel('growth', U, [F(FY, '11.65%'), F(FY, '1个百分点')], 'share of 65+ “上升1个百分点”: the 2018 share is not stated in this bulletin')
S.rel('share', U, [F(FY, '7.8万人'), fy_t], '7.8万 surveyed persons vs 825.9万 residents: a sample size, not a part of a split; the sampling fraction is not stated')
fn_h = F(FN, '825.9万', n=0); fn_b = F(FN, '825.9万人'); fn_i = F(FN, '5.16万人'); fn_n = [F(FN, '16.01‰'), F(FN, '5.17‰'), F(FN, '10.84‰')]
fn_hf = [F(FN, '818.9万人'), F(FN, '10.2万人'), F(FN, '1.3%')]
S.rel('restatement', C, [fn_h, fn_b], 'headline 825.9万 restates the body')
S.rel('restatement', C, [fy_t, fn_b], 'cross-document: 阜阳 2019 resident population 825.9万 in the bulletin and in the news')
S.rel('restatement', C, [F(FY, '5.2万人'), fn_i], 'cross-document: the increase 5.16万 (news) is the bulletin’s 5.2万 rounded')
S.rel('growth', C, [fn_b, fn_i, F(FN, '0.63%')], '825.9, 增加5.16: 5.16 / 820.74 = 0.629% → 0.63%')
S.rel('sum', C, [F(FN, '820.7万人'), F(FY, '5.2万人'), fy_t], 'cross-document: 2018 resident population 820.7 (news, from the 2018 bulletin) + 5.2 = 825.9 (2019 bulletin)')
S.rel('growth', C, [F(FN, '43.29%'), F(FY, '44.62%'), F(FY, '1.33个百分点')], 'cross-document: urbanisation 43.29% (2018, news) → 44.62% (2019, bulletin): +1.33 points, as the bulletin says')
S.rel('growth', C, fn_n, '2018: natural growth = 16.01 − 5.17 = 10.84‰')
S.rel('growth', C, fn_hf, '合肥 2019: 818.9, 增加10.2: 10.2 / 808.7 = 1.26% → 1.3%')
S.rel('share', U, [fn_b, F(FN, '13.0%')], 'population 825.9万 = 13.0% of the province: the province’s population is not stated')
S.rel('sum', U, [F(FN, '1070.8万人'), F(FN, '820.7万人')], '户籍 1070.8 vs 常住 820.7: different concepts, neither is a part of the other')

# ---- cross-document traps
S.rel('target', U, [F(YS, '5.3个百分点'), F(XH, '2.7%', n=0)], 'cross-document: 永济’s 2020 GDP plan (1.1 + 5.3 = 6.4%) against 襄城’s 2020 GDP +2.7%: other place')
S.rel('target', U, [F(ZF, '100.6%'), F(GJ, '86.5亿元')], 'cross-document: 中方’s 2020 budget completion 100.6% against 赣江新区’s 2024 revenue: other place, year and indicator')
S.rel('restatement', U, [xc_g[0], F(XH, '9.2')], 'cross-document: 淅川’s 2021 GDP growth 9.2% and 襄城’s 2020 primary share 9.2: other place, year and indicator')
S.rel('growth', U, [F(QS, '7.1%'), F(ZY, '4.1%')], 'cross-document: 沁水 +7.1% and 中阳 +4.1% (both 山西 counties, 2024): other places, no relation')

# ---- more traps (added after the first count)
S.rel('restatement', U, [F(XC, '0.1个百分点', pre='食品类上涨'), F(XC, '0.1', pre='0.2、')], '淅川: food prices +0.1 and the secondary share +0.1 points: the same number for different indicators')
S.rel('rate', U, [F(XC, '1.2百分点'), F(XC, '0.4', pre='分别上涨'), F(XC, '3.1', pre='0.4、'), F(XC, '2.7'), F(XC, '3.8'), F(XC, '10.6')], 'retail prices +1.2 from five of the categories (the others “持平”): the weights are not stated')
S.rel('share', U, [F(SC, '8850万元'), sc_t], '商城: budget revenue 8850万 against GDP 44.3亿 (2.0%): no ratio is stated; nothing to check')
S.rel('growth', U, [F(SC, '29.1亿元'), F(SC, '36.9%')], 'investment 29.1亿 with 年均 +36.9%: the 2003 level is not stated; nothing to check')
S.rel('share', U, [F(XX, '495.45 亿元'), F(XX, '302.3 亿元')], '西峡: key-project investment 495.45 exceeds GDP 302.3: investment is not a part of value added')
S.rel('growth', U, [F(XX, '355.81 亿元'), F(XX, '195.72 亿元'), F(XX, '15.78%'), F(XX, '13.12%')], 'deposits and loans with their growth rates: no ratio or sum is stated; nothing to check')
S.rel('sum', U, [F(YJ, '4896人'), F(YJ, '1243人'), F(YJ, '814人')], '延津: new urban jobs, re-employed and hard-to-employ re-employed: overlapping categories, not a split')
S.rel('sum', U, [F(YJ, '0.04萬畝'), F(YJ, '0.03萬畝')], 'grain area +0.04 with summer area +0.03: the autumn change (+0.01) is not stated; nothing to check')
S.rel('rate', U, [F(XH, '107.5'), F(XH, '95.9'), F(XH, '108.9'), F(XH, '139.2'), F(XH, '102.5'), F(XH, '85.8'), F(XH, '81.9')], '襄城: food and tobacco index 107.5 from the listed food items: the items are a selection and their weights are not stated')
S.rel('growth', U, [F(QS, '89.0亿元'), F(QS, '6.5%', pre='下降'), F(QS, '37.9亿元'), F(QS, '1.3%'), F(QS, '21.3亿元'), F(QS, '11.2%')], '沁水: fiscal revenue −6.5% with its parts +1.3% and −11.2%: the other parts are not stated; nothing to rebuild')
S.rel('sum', U, [F(QS, '2.8%'), F(QS, '-1.2%'), F(QS, '3.7%'), F(QS, '-4.4%'), F(QS, '7.7%'), qs_c[2]], 'the listed tertiary branches contribute 8.6 of the tertiary 9.3%: not all branches are listed; not a split')
S.rel('restatement', U, [F(QS, '0.2个百分点'), qs_pl[0]], 'finance pull 0.2 and primary pull 0.2: the same number for different branches')
S.rel('rate', U, [F(ZY, '1.6%'), F(ZY, '2.6亿元'), F(ZY, '6.1%'), F(ZY, '17.6亿元')], '中阳: retail +1.6% with the above-quota part +6.1%: the rest’s growth is not stated; nothing to rebuild')
S.rel('growth', U, [F(ZY, '22.4亿元'), F(ZY, '36.77亿元')], 'budget revenue 22.4 vs spending 36.77: the gap is covered by transfers that are not stated')
S.rel('growth', U, [F(ZA, '778亿元'), F(ZA, '10.5%')], '枣阳: industrial gross output 778亿 and value added +10.5%: different indicators; the output growth is not stated')
S.rel('share', U, [zf_r, F(ZF, '238500万元')], '中方: own revenue 48535 against spending 238500: no ratio is stated; nothing to check')
S.rel('sum', U, [F(ZF, '60166万元', n=0), F(ZF, '242499万元', n=0)], 'the government-fund budget 60166 and the general budget 242499 are separate budgets: not parts of one total')
S.rel('growth', U, [F(GZ, '14.5%'), F(GH, '11.1%')], 'cross-document: 赣州 fiscal revenue +14.5% (Q1 2013) and +11.1% (2009): other periods')
S.rel('growth', U, [F(GH, '22.8%'), F(GH, '11.1%')], '赣州 2009: local revenue +22.8% within total revenue +11.1%: the other part’s growth is not stated; no contradiction')
S.rel('share', U, [F(BZ, '1.12万人'), bz_q, F(BZ, '7.0‰')], '谯城 deaths 1.12万 over 159.4万 give 7.03‰, but the scope and the average population behind the rate are not stated')
S.rel('sum', C, [F(FY, '209.6万人'), F(FY, '495.6万人'), F(FY, '120.7万人'), fy_t], '阜阳 age groups 0–14 209.6 + 15–59 495.6 + 60+ 120.7 = 825.9万')
S.rel('sum', U, [F(FY, '495.6万人'), fy_w], '15–59 (495.6) is a part of 15–64 (520.1), not a further group')
S.rel('growth', U, [F(FY, '25.38%'), F(FY, '0.05个百分点')], 'share of 0–14 “下降0.05个百分点”: the 2018 share is not stated')
S.rel('growth', U, [F(FN, '820.7万人'), F(FN, '11.4万人')], '2018 resident population 820.7, 增加11.4: the 2017 level and rate are not stated; nothing to check')
S.rel('sum', U, [F(FN, '9409.4亿元'), F(FN, '2705.0亿元')], '合肥 GDP 9409.4 and 阜阳 GDP 2705.0: two cities, no relation stated')
S.rel('growth', U, [F(FN, '1070.8万人'), F(FN, '0.7万人')], '户籍 population 1070.8, 增加0.7: the 2017 level is not stated; nothing to check')

# ---- altered copies
a = ALT(XC, 1, xc_p[1], '986028万元', 'secondary value added 936028 → 986028')
S.rel('sum', I, R(a, sum_xc, xc_p[1], '986028万元'), 'altered: 546770 + 986028 + 1227713 = 2760511, not 2710511 (breaks {B})')
S.rel('share', I, R(a, sh_xc2, xc_p[1], '986028万元'), 'altered: 986028 / 2710511 = 36.4%, not 34.5 (breaks {B})')
a = ALT(XC, 2, xc_gr[2], '12.3万吨', 'autumn grain 12.8 → 12.3')
S.rel('sum', I, R(a, sum_xcg, xc_gr[2], '12.3万吨'), 'altered: 16.5 + 12.3 = 28.8, not 29.3 (breaks {B})')
S.rel('rate', I, R(a, rt_xcg, xc_gr[2], '12.3万吨'), 'altered: 29.3 / (16.5/1.009 + 12.3/0.947) = −0.2%, not −1.9% (breaks {B})')
a = ALT(XC, 3, xc_g[3], '14.6%', 'tertiary growth 11.6% → 14.6%')
S.rel('rate', I, R(a, rt_xc, xc_g[3], '14.6%'), 'altered: 0.20×7.6 + 0.344×6.9 + 0.456×14.6 = 10.5, not 9.2 (breaks {B})')
a = ALT(SC, 1, sc_p[1], '18.7亿元', 'secondary value added 17.7 → 18.7')
S.rel('sum', I, R(a, sum_sc, sc_p[1], '18.7亿元'), 'altered: 14.3 + 18.7 + 12.3 = 45.3, not 44.3 (breaks {B})')
a = ALT(SC, 2, sc_n, '25.0亿元', 'non-public value added 23.0 → 25.0')
S.rel('share', I, R(a, sh_sc, sc_n, '25.0亿元'), 'altered: 25.0 / 44.3 = 56.4%, not 52.0% (breaks {B})')
a = ALT(YJ, 1, yj_p[1], '68.5億元', 'secondary value added 63.5 → 68.5')
S.rel('sum', I, R(a, sum_yj, yj_p[1], '68.5億元'), 'altered: 32.34 + 68.5 + 90.46 = 191.3, not 186.3 (breaks {B})')
S.rel('share', I, R(a, sh_yj2, yj_p[1], '68.5億元'), 'altered: 68.5 / 186.3 = 36.77%, not 34.08 (breaks {B})')
a = ALT(YJ, 2, yj_b, '7.83‰', 'birth rate 7.33‰ → 7.83‰')
S.rel('growth', I, R(a, gr_yj, yj_b, '7.83‰'), 'altered: 7.83 − 8.01 = −0.18‰, not −0.68 (breaks {B})')
a = ALT(YJ, 3, yj_g[1], '2.37億斤', 'autumn grain 2.87 → 2.37')
S.rel('sum', I, R(a, yj_g, yj_g[1], '2.37億斤'), 'altered: 7.46 + 2.37 = 9.83, not 10.3 (breaks {B})')
S.rel('growth', I, R(a, gr_yja, yj_g[1], '2.37億斤'), 'altered: 0.04 / 2.33 = 1.72%, not 1.41% (breaks {B})')
a = ALT(XH, 1, xh_p[1], '198.1亿元', 'secondary value added 195.1 → 198.1')
S.rel('sum', I, R(a, sum_xh, xh_p[1], '198.1亿元'), 'altered: 43 + 198.1 + 225.8 = 466.9, not 463.9 (breaks {B})')
S.rel('share', I, R(a, sh_xh2, xh_p[1], '198.1亿元'), 'altered: 198.1 / 463.9 = 42.70%, not 42.1 (breaks {B})')
a = ALT(XH, 2, rs_xh5[1], '106.9', 'health-care price index 105.9 → 106.9')
S.rel('restatement', I, R(a, rs_xh5, rs_xh5[1], '106.9'), 'altered: text +5.9% vs table 106.9 (breaks {B})')
a = ALT(XH, 3, sum_xha[1], '68.93万亩', 'autumn grain area 68.33 → 68.93')
S.rel('sum', I, R(a, sum_xha, sum_xha[1], '68.93万亩'), 'altered: 67.63 + 68.93 = 136.56, not 135.96 (breaks {B})')
a = ALT(XP, 1, rs_xp[1], '468.9 亿元', '2020 GDP in the plan 463.9 → 468.9')
S.rel('restatement', I, R(a, rs_xp, rs_xp[1], '468.9 亿元'), 'altered, cross-document: plan 468.9亿 vs bulletin 463.9亿 for 2020 GDP (breaks {B})')
a = ALT(QS, 1, qs_p[1], '333.7亿元', 'secondary value added 338.7 → 333.7')
S.rel('sum', I, R(a, sum_qs, qs_p[1], '333.7亿元'), 'altered: 14.8 + 333.7 + 79.8 = 428.3, not 433.3 (breaks {B})')
S.rel('share', I, R(a, sh_qs2, qs_p[1], '333.7亿元'), 'altered: 333.7 / 433.3 = 77.01%, not 78.2 (breaks {B})')
a = ALT(QS, 2, qs_c[1], '83.2%', 'secondary contribution 88.2% → 83.2%')
S.rel('sum', I, R(a, sum_qsc, qs_c[1], '83.2%'), 'altered: 2.5 + 83.2 + 9.3 = 95%, not 100 (breaks {B})')
S.rel('growth', I, R(a, gr_qs2, qs_c[1], '83.2%'), 'altered: 83.2% × 7.1 = 5.9 points, not 6.3 (breaks {B})')
a = ALT(ZY, 1, zy_p[1], '168.53亿元', 'secondary value added 163.53 → 168.53')
S.rel('sum', I, R(a, sum_zy, zy_p[1], '168.53亿元'), 'altered: 4.23 + 168.53 + 33.30 = 206.06, not 201.06 (breaks {B})')
S.rel('share', I, R(a, sh_zy2, zy_p[1], '168.53亿元'), 'altered: 168.53 / 201.06 = 83.82%, not 81.3 (breaks {B})')
a = ALT(ZY, 2, rs_zy[1], '38.3亿元', 'services value added 33.3 → 38.3')
S.rel('restatement', I, R(a, rs_zy, rs_zy[1], '38.3亿元'), 'altered: tertiary 33.30 vs services 38.3 (breaks {B})')
a = ALT(YS, 1, ys_g[1], '1.6%', 'GDP growth in the parenthesis 1.1% → 1.6%')
S.rel('restatement', I, R(a, ys_g, ys_g[1], '1.6%'), 'altered: +1.1% vs “转为增长1.6%” (breaks {B})')
a = ALT(ZB, 1, zb_pc[2], '48.9%', 'GDP per head growth 43.9% → 48.9%')
S.rel('growth', I, R(a, zb_pc, zb_pc[2], '48.9%'), 'altered: 65632 / 45603 = +43.9%, not 48.9% (breaks {B})')
a = ALT(ZF, 1, zf_tr, '181148万元', 'transfers 181748 → 181148')
S.rel('sum', I, R(a, sum_zfr, zf_tr, '181148万元'), 'altered: revenues add to 241899, not 242499 (breaks {B})')
a = ALT(ZF, 2, zf_x, '13500万元', 'spending increase 12500 → 13500')
S.rel('growth', I, R(a, gr_zfx, zf_x, '13500万元'), 'altered: 13500 / 225000 = 6.0%, not 5.5% (breaks {B})')
a = ALT(ZF, 3, zf_fb, '26800万元', 'special bonds 26200 → 26800')
S.rel('sum', I, R(a, sum_zff, zf_fb, '26800万元'), 'altered: fund revenues add to 60766, not 60166 (breaks {B})')
a = ALT(GZ, 1, gz_i, '8.15亿元', 'revenue increase 8.75 → 8.15')
S.rel('growth', I, R(a, gr_gz, gz_i, '8.15亿元'), 'altered: 8.15 / 61.14 = 13.3%, not 14.5% (breaks {B})')
a = ALT(GH, 1, gh_l[1], '111.79億元', 'fiscal revenue in the body 111.29 → 111.79')
S.rel('restatement', I, R(a, gh_l, gh_l[1], '111.79億元'), 'altered: headline 111.29億 vs body 111.79億 (breaks {B})')
a = ALT(GJ, 1, gj_x, '66.9亿元', 'tax revenue 60.9 → 66.9')
S.rel('share', I, R(a, sh_gj, gj_x, '66.9亿元'), 'altered: 66.9 / 86.5 = 77.3%, not 70.4% (breaks {B})')
a = ALT(GJ, 2, gj_i, '5.9亿元', 'revenue increase 5.4 → 5.9')
S.rel('growth', I, R(a, gr_gj, gj_i, '5.9亿元'), 'altered: 5.9 / 80.6 = 7.3%, not 6.7% (breaks {B})')
a = ALT(BZ, 1, gr_bz[2], '4.33‰', '蒙城 natural growth 4.03‰ → 4.33‰')
S.rel('growth', I, R(a, gr_bz, gr_bz[2], '4.33‰'), 'altered: 8.66 − 4.63 = 4.03‰, not 4.33 (breaks {B})')
a = ALT(BZ, 2, bz_a[2], '59.85万人', '谯城 aged 35–59 57.85 → 59.85')
S.rel('sum', I, R(a, sum_bza, bz_a[2], '59.85万人'), 'altered: age groups add to 161.42, not 159.4 (breaks {B})')
S.rel('share', I, R(a, sh_bz3, bz_a[2], '59.85万人'), 'altered: 59.85 / 159.4 = 37.5%, not 36.3% (breaks {B})')
a = ALT(BZ, 3, sum_bzu[1], '128.95万人', '谯城 rural population 126.95 → 128.95')
S.rel('sum', I, R(a, sum_bzu, sum_bzu[1], '128.95万人'), 'altered: 32.46 + 128.95 = 161.41, not 159.4 (breaks {B})')
a = ALT(FY, 1, fy_r, '451.38万人', 'rural population 457.38 → 451.38')
S.rel('sum', I, R(a, sum_fyu, fy_r, '451.38万人'), 'altered: 368.52 + 451.38 = 819.9, not 825.9 (breaks {B})')
S.rel('share', I, R(a, sh_fyr, fy_r, '451.38万人'), 'altered: 451.38 / 825.9 = 54.65%, not 55.38 (breaks {B})')
a = ALT(FY, 2, fy_f, '418.7万人', 'women 416.7 → 418.7')
S.rel('sum', I, R(a, sum_fys, fy_f, '418.7万人'), 'altered: 409.2 + 418.7 = 827.9, not 825.9 (breaks {B})')
S.rel('share', I, R(a, sh_fyx, fy_f, '418.7万人'), 'altered: 409.2 / 418.7 × 100 = 97.73, not 98.2 (breaks {B})')
a = ALT(FY, 3, fy_w, '528.1万人', 'aged 15–64 520.1 → 528.1')
S.rel('sum', I, R(a, sum_fya, fy_w, '528.1万人'), 'altered: 209.6 + 528.1 + 96.2 = 833.9, not 825.9 (breaks {B})')
S.rel('share', I, R(a, sh_fyw, fy_w, '528.1万人'), 'altered: 528.1 / 825.9 = 63.94%, not 62.97 (breaks {B})')
a = ALT(FN, 1, fn_n[0], '16.91‰', '2018 birth rate 16.01‰ → 16.91‰')
S.rel('growth', I, R(a, fn_n, fn_n[0], '16.91‰'), 'altered: 16.91 − 5.17 = 11.74‰, not 10.84 (breaks {B})')
a = ALT(FN, 2, fn_hf[0], '878.9万人', '合肥 population 818.9 → 878.9')
S.rel('growth', I, R(a, fn_hf, fn_hf[0], '878.9万人'), 'altered: 10.2 / 868.7 = 1.17% → 1.2, not 1.3% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

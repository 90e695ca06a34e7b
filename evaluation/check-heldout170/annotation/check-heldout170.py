"""Check key, set check-heldout170. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout170.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout170'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


TW='tw_2010b_hant.txt'; KS='tw_ks2026_hant.txt'; PH='hk_ph2021_hant.txt'; PA='hk_pa2025_hant.txt'; B06='hk_b2006_hant.txt'; H97='hk_b1997.txt'
MO11='mo_v2011.txt'; MO15='mo_v2015_hant.txt'; GD='gd_b2025_hant.txt'; ST14='gd_st2014.txt'; ST15='gd_st2015.txt'; ST18='gd_st2018.txt'
NN='gx_nn2006_hant.txt'; GQ='gx_gl2018q1.txt'; GM='gx_gl2018m8_hant.txt'; LZ='gx_lz2014.txt'; HN='hn_tr2016.txt'

# ---- 臺灣 中央政府 2010 (99年度) budget frame (traditional)
w_rev = F(TW, '1兆5513億元'); w_exp = F(TW, '1兆7404億元'); w_gap = F(TW, '1,891億元'); w_rep = F(TW, '660億元')
w_fin = F(TW, '2,551億元'); w_lead = F(TW, '2551億元')
sum_w1 = [w_rev, w_exp, w_gap]
S.rel('sum', C, sum_w1, 'shortfall = spending 17404 − revenue 15513 = 1891億')
sum_w2 = [w_gap, w_rep, w_fin]
S.rel('sum', C, sum_w2, 'financing need = shortfall 1891 + debt repayment 660 = 2551億')
S.rel('restatement', C, [w_lead, w_fin], 'the borrowing 2551億 of the lead is the financing need 2,551億 of the body')
sh_w = [w_fin, w_exp, F(TW, '14.7%', n=1)]
S.rel('share', C, sh_w, '2551 / 17404 = 14.66% → 占歲出14.7%')
S.rel('restatement', C, [F(TW, '14.7%', n=0), F(TW, '14.7%', n=1)], '舉債幅度14.7% in the lead = 占歲出14.7% in the body')
gr_w1 = [w_rev, F(TW, '1219億元', n=1), F(TW, '7.3%')]
S.rel('growth', C, gr_w1, 'revenue 15513 after a cut of 1219: this year 16732; 1219 / 16732 = 7.29% → 減幅約7.3%')
gr_w2 = [w_exp, F(TW, '693億元', n=1), F(TW, '3.8%')]
S.rel('growth', C, gr_w2, 'spending 17404 after a cut of 693: this year 18097; 693 / 18097 = 3.83% → 約3.8%')
gr_w3 = [F(TW, '1922億元', n=0), F(TW, '430億元', n=0), F(TW, '28.8%', n=0)]
S.rel('growth', C, gr_w3, 'special budget 1922 after an increase of 430: this year 1492; 430 / 1492 = 28.82% → 28.8%')
S.rel('restatement', C, [F(TW, '1219億元', n=0), F(TW, '1219億元', n=1)], 'revenue cut 1219億 in the lead and in the body')
S.rel('restatement', C, [F(TW, '693億元', n=0), F(TW, '693億元', n=1)], 'spending cut 693億 in the lead and in the body')
S.rel('restatement', C, [F(TW, '1922億元', n=0), F(TW, '1922億元', n=1)], 'special budget 1922億 stated twice')
S.rel('restatement', C, [F(TW, '28.8%', n=0), F(TW, '28.8%', n=1)], 'special-budget increase 增加28.8% and 約增28.8%')
w_f = [(F(TW, '3536億元'), F(TW, '20.3%')), (F(TW, '3253億元'), F(TW, '18.7%')), (F(TW, '2889億元'), F(TW, '16.6%')), (F(TW, '2108億元'), F(TW, '12.1%'))]
sh_wf = []
for (lv, sh), calc in zip(w_f, ['3536 / 17404 = 20.32%', '3253 / 17404 = 18.69%', '2889 / 17404 = 16.60%', '2108 / 17404 = 12.11%']):
    sh_wf.append([lv, w_exp, sh])
    S.rel('share', C, sh_wf[-1], f'function share of total spending: {calc} → {sh[1]}')
S.rel('sum', U, [f[1] for f in w_f], 'four named functions add to 67.7%: the other functions are left out (parts that are not the whole)')
S.rel('share', U, [F(TW, '4兆5000多億元'), F(TW, '35.8%')], 'debt 4.5兆多 = 35.8% of GNP: GNP is not stated (unstated base)')
S.rel('share', U, [F(TW, '2889億元'), F(TW, '3%', pre='GDP')], 'defence 2889億 "占GDP3%": GDP is not stated, and the 3% pledge may count spending outside the general budget (unstated base)')

# ---- 高雄市 2026 budget proposal (traditional), real error
k_exp1 = F(KS, '1980.22億元', n=0); k_exp2 = F(KS, '1980.22億元', n=1)
S.rel('sum', I, [F(KS, '190.41億元'), k_exp2, F(KS, '62億元'), F(KS, '111.81億元')],
      'REAL ERROR in the original: revenue + borrowing should equal spending + repayment: 190.41 + 111.81 = 302.22 ≠ 1980.22 + 62 = 2042.22; a revenue of 1930.41億 would balance (2042.22 − 111.81), so "190.41" has lost a digit')
rs_k = [k_exp1, k_exp2]
S.rel('restatement', C, rs_k, 'spending 1980.22億 in the lead and in the body')
S.rel('restatement', C, [F(KS, '逾百億元', n=0), F(KS, '逾百億元', n=1)], 'MRT grant shortfall 逾百億 in the caption and in the body')
S.rel('share', U, [F(KS, '2292億元'), F(KS, '8.4萬元')], 'debt per resident 8.4萬: the population is not stated (unstated base)')
S.rel('sum', U, [F(KS, '2292億元'), F(KS, '201億元')], 'debt cut 201億 since 2020 against the stock 2292億: the opening stock is not stated')

# ---- 香港 房委會 completions 2020/21 (traditional)
p_built = F(PH, '6261個')
S.rel('target', MS, [F(PH, '8000個'), p_built], 'planned 8000 rental flats for the year; built 6261 rental + 綠置居 flats together: missed (the rental flats alone are at most 6261)')
S.rel('sum', U, [p_built, F(PH, '11261個')], '11261 includes 居屋 flats whose number is not stated (the 5000 difference is implied, not printed)')

# ---- 香港 2025 施政報告 housing (traditional)
a_189 = [F(PA, '18.9萬個', n=0), F(PA, '18.9萬個', n=1), F(PA, '18.9萬個', n=2)]
S.rel('restatement', C, a_189, 'public housing 18.9萬 units over five years, stated three times')
rs_a61 = [F(PA, '6.1年', n=0), F(PA, '6.1年', n=1)]
S.rel('restatement', C, rs_a61, 'waiting time 6.1 years three years ago, in the lead and in the body')
rs_a51 = [F(PA, '5.1年', n=0), F(PA, '5.1年', n=1)]
S.rel('restatement', C, rs_a51, 'waiting time now 5.1 years, in the lead and in the body')
S.rel('restatement', C, [F(PA, '4.5年', n=0), F(PA, '4.5年', n=1)], 'waiting-time goal 4.5 years for 2026-27, stated twice')
sum_a1 = [rs_a61[1], rs_a51[1], F(PA, '一年', pre='縮短')]
S.rel('sum', C, sum_a1, '6.1 − 5.1 = 1: 縮短一年')
sum_a2 = [F(PA, '三萬個', n=1), F(PA, '1萬個'), F(PA, '2萬個')]
S.rel('sum', C, sum_a2, 'light public housing 3萬 = about 1萬 by year-end + 2萬 within 18 months')
S.rel('restatement', C, [F(PA, '三萬個', n=0), F(PA, '三萬個', n=1)], 'three萬 light public housing units in the lead and in the body')
S.rel('growth', U, [a_189[1], F(PA, '80%')], '18.9萬 is 約80% more than at the start of the term: that level is not stated (unstated base)')
S.rel('target', U, [rs_a51[1], F(PA, '4.5年', n=1)], 'goal 4.5 years for 2026-27 against the present 5.1 years: the goal period has not come (other period)')
S.rel('sum', U, [a_189[1], F(PA, '三萬個', n=1)], 'the 3萬 light public housing units are inside the 18.9萬 ("包括簡約公屋") and partly before the five-year window: overlapping scopes, no split')

# ---- 香港 2006-07 budget speech: 2005/06 accounts (traditional)
b_t = F(B06, '2,000億元'); b_e6 = F(B06, '1,947億元'); b_e5 = F(B06, '1,969億元')
S.rel('target', M, [b_t, b_e5], 'operating expenditure below 2000億: 2004/05 1969億, met')
S.rel('target', M, [b_t, b_e6], 'operating expenditure below 2000億: 2005/06 1947億, met')
gr_b = [b_e6, b_e5]
S.rel('growth', C, gr_b, '2005/06 1947億 "較二○○四/○五年度的1,969億元低": 1947 < 1969 (−1.1%)')
S.rel('target', M, [F(B06, '58億元')], 'operating account balanced from 2005/06: an operating surplus of 58億, met')
S.rel('target', M, [F(B06, '41億元')], 'consolidated account balanced from 2005/06: a consolidated surplus of 41億, met')
S.rel('sum', U, [F(B06, '58億元'), F(B06, '41億元')], 'operating surplus 58 and consolidated surplus 41: the non-operating deficit (17) is not stated')
S.rel('target', U, [F(B06, '百分之二十'), F(H97, '18.3%')], 'the public-expenditure ceiling of 20% of GDP "from 2004/05" against the 1997-98 estimate 18.3%: other period')

# ---- 香港 1997-98 estimates (news item)
rs_h = [F(H97, '2000亿元'), F(H97, '2483.8亿元')]
S.rel('restatement', C, rs_h, 'headline 超2000亿元 and the body 2483.8亿: above 2000')
S.rel('sum', U, [F(H97, '18.2%'), F(H97, '13.7%'), F(H97, '12.9%'), F(H97, '11.4%'), F(H97, '11.3%'), F(H97, '10.3%'), F(H97, '8.5%')],
      'seven named programme shares add to 86.3%: the remaining programmes are left out')
S.rel('share', U, [F(H97, '2483.8亿元'), F(H97, '18.3%')], 'public expenditure = 18.3% of GDP: GDP is not stated')
S.rel('growth', U, [F(H97, '2483.8亿元'), F(H97, '6.9%')], '+6.9% over last year: the last year level (and whether nominal or real) is not stated')

# ---- 澳門 visitors, September and first three quarters (simplified)
m_t = F(MO11, '2,166,627人次'); m_q = F(MO11, '20,662,153人次')
sh_m1 = [F(MO11, '1,145,615人次'), m_t, F(MO11, '52.9%')]
S.rel('share', C, sh_m1, 'same-day visitors 1,145,615 / 2,166,627 = 52.87% → 52.9%')
S.rel('share', C, [F(MO11, '1,246,256人次'), m_t, F(MO11, '57.5%')], 'mainland visitors 1,246,256 / 2,166,627 = 57.52% → 57.5%')
S.rel('share', C, [F(MO11, '11,072,005人次'), m_q, F(MO11, '53.6%')], 'nine months same-day 11,072,005 / 20,662,153 = 53.59% → 53.6%')
sum_m = [F(MO11, '8,163,927人次'), F(MO11, '11,248,602人次'), F(MO11, '1,249,624人次'), m_q]
S.rel('sum', C, sum_m, 'sea 8,163,927 + land 11,248,602 + air 1,249,624 = 20,662,153 (exact)')
S.rel('sum', U, [F(MO11, '5,232,459人次'), F(MO11, '2,586,404人次'), sum_m[0]], 'the two ferry terminals give 7,818,863 of the 8,163,927 sea arrivals: the other terminal is not stated (parts that are not the whole)')
S.rel('sum', U, [F(MO11, '625,475人次'), F(MO11, '82,364人次'), F(MO11, '47,262人次'), F(MO11, '1,246,256人次')], '"主要来自" three provinces: not all mainland visitors')
S.rel('sum', U, [F(MO11, '10,403,084人次'), sum_m[1]], '关闸 arrivals are a subset of land arrivals, not a split')
S.rel('growth', U, [F(MO11, '17.8%'), F(MO11, '11.2%')], 'September +17.8% and first three quarters +11.2%: other periods')
S.rel('rate', U, [F(MO11, '1,246,256人次'), F(MO11, '39.3%'), F(MO11, '582,025人次'), F(MO11, '2.7%'), m_t, F(MO11, '17.8%')],
      'September total +17.8% cannot be rebuilt from the named markets: the list is not exhaustive (rates without all weights)')

# ---- 澳門 visitors, November 2015 (traditional)
v_t = F(MO15, '2,589,451人次'); v_n = F(MO15, '1,344,381人次'); v_o = F(MO15, '1,245,070人次'); v_r = F(MO15, '7.6%', pre='減少')
sum_v = [v_n, v_o, v_t]
S.rel('sum', C, sum_v, 'same-day 1,344,381 + overnight 1,245,070 = 2,589,451')
sh_v = [v_n, v_t, F(MO15, '51.9%')]
S.rel('share', C, sh_v, '1,344,381 / 2,589,451 = 51.92% → 51.9%')
rt_v = [v_n, F(MO15, '14.0%'), v_o, F(MO15, '0.4%'), v_t, v_r]
S.rel('rate', C, rt_v, 'last year = 1,344,381/0.86 + 1,245,070/1.004 = 2,803,344; 2,589,451 / 2,803,344 = −7.63% → −7.6%')
rs_v = [F(MO15, '百分八'), v_r]
S.rel('restatement', C, rs_v, 'headline 跌近百分八 (close to 8%) for the −7.6%')
S.rel('rate', C, [F(MO15, '0.2日', pre='('), v_n, F(MO15, '2.1日'), v_o, F(MO15, '1.1日')], 'average stay (0.2 × 1,344,381 + 2.1 × 1,245,070) / 2,589,451 = 1.11 → 1.1日')
S.rel('sum', U, [F(MO15, '772,547人次'), F(MO15, '70,797人次'), F(MO15, '67,911人次'), F(MO15, '1,726,859人次')], '"主要來自" three provinces: not all mainland visitors')
S.rel('share', U, [F(MO15, '51.9%'), F(MO11, '52.9%')], 'same-day share November 2015 (51.9%) against September 2011 (52.9%): other periods, no stated change')

# ---- 廣東 2025 budget execution, 2026 budget (traditional)
g_r5 = F(GD, '13939 億元'); g_t5 = F(GD, '10211 億元'); g_n5 = F(GD, '3728 億元')
g_r6 = F(GD, '14360 億元'); g_t6 = F(GD, '10725 億元'); g_n6 = F(GD, '3635 億元')
g_3a = F(GD, '3%', pre='增長 ', n=0); g_3b = F(GD, '3%', pre='增長 ', n=1)
sum_g1 = [g_t5, g_n5, g_r5]
S.rel('sum', C, sum_g1, '2025: tax 10211 + non-tax 3728 = 13939億')
sum_g2 = [g_t6, g_n6, g_r6]
S.rel('sum', C, sum_g2, '2026 budget: tax 10725 + non-tax 3635 = 14360億')
S.rel('growth', C, [g_r5, g_r6, g_3b], '14360 / 13939 = +3.02% → 3%')
gr_g2 = [g_t5, g_t6, F(GD, '5%', pre='增長約 ')]
S.rel('growth', C, gr_g2, 'tax 10725 / 10211 = +5.03% → 約5%')
S.rel('growth', C, [g_n5, g_n6, F(GD, '2.5%')], 'non-tax 3635 / 3728 = −2.49% → −2.5%')
S.rel('rate', C, [g_t5, F(GD, '4%', pre='增長約 '), g_n5, F(GD, '0.3%'), g_r5, g_3a], '2024 = 10211/1.04 + 3728/1.003 = 13535; 13939 / 13535 = +2.98% → 3% (約4% carries ±0.5)')
S.rel('restatement', C, [g_3a, g_3b, F(GD, '3%', pre='今年 ')], '"今年 3% 財政收入預期增速與去年實際增速一致": 3% (2026 budget) = 3% (2025 result)')
S.rel('growth', U, [g_3a, F(GD, '3.9%')], 'revenue +3% (nominal) against GDP +3.9% (real): other indicators')
S.rel('growth', U, [F(GD, '3%', pre='今年 '), F(GD, '4.5%'), F(GD, '5%', pre='~')], 'revenue 3% "相近" the growth goal 4.5–5%: a loose comparison of other indicators, not checkable')
S.rel('sum', U, [g_r5, F(GD, '18161 億元')], 'spending 18161 above revenue 13939: the gap is met by transfers and debt not stated here')

# ---- 汕頭 2014 results (2015 work report)
s_inv = F(ST14, '1002.73亿元')
sh_s = [F(ST14, '463.2亿元'), s_inv, F(ST14, '46%')]
S.rel('share', C, sh_s, 'manufacturing investment 463.2 / 1002.73 = 46.2% → 占总量46%')
S.rel('restatement', C, [F(ST14, '千亿元', pre='首次突破', n=0), s_inv], '"首次突破千亿元大关" and 1002.73亿: above 1000')
S.rel('target', CT, [F(ST14, '123.97亿元')], '"超额完成年度预算目标": the budgeted revenue is not printed, so the figures cannot tell')
S.rel('growth', U, [F(ST14, '1716亿元'), F(ST15, '1850.01亿元'), F(ST15, '8.4%', n=0)], '2014 1716 → 2015 1850.01 is +7.8% nominal; the 8.4% is a real rate (nominal vs real), across documents')

# ---- 汕頭 2015 and 十二五 (2016 work report)
S.rel('growth', U, [F(ST15, '8.4%', n=0), F(ST15, '9.4%')], '2015 +8.4% and the five-year average 9.4%: other spans')
S.rel('growth', U, [F(ST15, '9.4%'), F(ST15, '1.6', post='和'), F(ST15, '0.9', pre='和')], '"高于全国、全省同期水平1.6和0.9个百分点": the national and provincial averages are not stated')
S.rel('growth', U, [F(ST15, '8.4%', n=0), F(ST15, '8.4%', n=1)], 'GDP +8.4% (2015) and per-capita GDP 年均8.4% (five years): same number, other indicator and span')

# ---- 汕頭 2018 results (plan-execution report)
S.rel('target', M, [F(ST18, '2.46%'), F(ST18, '3.0%')], 'registered unemployment 2.46% against the ceiling 3.0%以内: met')
S.rel('target', CT, [F(ST18, '1.8%')], 'CPI +1.8% "处于全年预期控制区间": the range is not printed')
gr_s18 = [F(ST18, '1.8%'), F(ST18, '1.5%')]
S.rel('growth', C, gr_s18, 'CPI +1.8% "略高于上年的1.5%": 1.8 > 1.5')
S.rel('share', U, [F(ST18, '76.9%'), F(ST18, '15.1个百分点'), F(ST18, '131.52亿元')], 'tax share 76.9% of 131.52亿: the tax level and last year\'s share (61.8%) are not printed')
S.rel('sum', U, [F(ST18, '1.05万户'), F(ST18, '6.29万户')], 'enterprises 1.05万 are inside the 6.29万 market entities (其中), not a split')
S.rel('growth', U, [F(ST18, '83.18元'), F(ST18, '0.96元')], 'cost per 100 yuan of profit 0.96 below the provincial average: that average is not stated')
S.rel('growth', U, [F(ST14, '123.97亿元'), F(ST18, '131.52亿元')], 'budget revenue 2014 (123.97) and 2018 (131.52): other years, no rate stated (across documents)')

# ---- 南寧 2006 bulletin (traditional)
n_g = F(NN, '861.94億元'); n_p = [F(NN, '134.68億元'), F(NN, '293.53億元'), F(NN, '433.73億元')]
n_s = [F(NN, '15.62'), F(NN, '34.05'), F(NN, '50.32')]; n_o = [F(NN, '16.55'), F(NN, '31.96'), F(NN, '51.49')]
sum_n = n_p + [n_g]
S.rel('sum', C, sum_n, '134.68 + 293.53 + 433.73 = 861.94億')
sh_n = []
for p, s, calc in zip(n_p, n_s, ['134.68 / 861.94 = 15.625% (15.6246–15.6259 with the half-units) → 15.62', '293.53 / 861.94 = 34.055% → 34.05', '433.73 / 861.94 = 50.320% → 50.32']):
    sh_n.append([p, n_g, s])
    S.rel('share', C, sh_n[-1], calc)
S.rel('sum', C, list(n_s), '15.62 + 34.05 + 50.32 = 99.99 ≈ 100 (within the half-units)')
S.rel('sum', C, list(n_o), 'last year 16.55 + 31.96 + 51.49 = 100')
S.rel('sum', C, [n_o[1], n_s[1], F(NN, '2.09個百分點')], 'secondary share 34.05 − 31.96 = +2.09 points')
sum_n1 = [n_o[0], n_s[0], F(NN, '0.93')]
S.rel('sum', C, sum_n1, 'primary share 16.55 − 15.62 = −0.93 points')
S.rel('sum', C, [n_o[2], n_s[2], F(NN, '1.17個百分點')], 'tertiary share 51.49 − 50.32 = −1.17 points')
S.rel('sum', C, [F(NN, '9.7%'), F(NN, '44.2%'), F(NN, '46.1%')], 'contributions to growth 9.7 + 44.2 + 46.1 = 100%')
S.rel('rate', U, [F(NN, '12947元'), F(NN, '1624美元')], 'per-capita GDP in yuan and dollars: the exchange rate is not stated')
S.rel('share', U, [F(NN, '44.2%'), n_s[1]], 'secondary contribution to growth 44.2% against its share 34.05%: contributions are not shares')
S.rel('rate', U, [n_p[0], F(NN, '8.9%'), n_p[1], F(NN, '20.9%'), n_p[2], F(NN, '13.6%'), n_g, F(NN, '15.1%')], 'GDP +15.1% from sector rates: the rates are real, the levels at current prices (no rebuild on these weights)')

# ---- 桂林 tourism Q1 2018
q_t = F(GQ, '1953.89万人次'); q_d = F(GQ, '1907.82万人次'); q_i = F(GQ, '46.07万人次')
sum_q = [q_d, q_i, q_t]
S.rel('sum', C, sum_q, 'domestic 1907.82 + inbound overnight 46.07 = 1953.89万')
rt_q = [q_d, F(GQ, '11.62%'), q_i, F(GQ, '10.14%'), q_t, F(GQ, '11.59%')]
S.rel('rate', C, rt_q, 'last year = 1907.82/1.1162 + 46.07/1.1014 = 1751.04; 1953.89 / 1751.04 = +11.58% (11.59 within the half-units)')
S.rel('rate', C, [F(GQ, '248.93亿元'), q_t, F(GQ, '1274元')], 'spending per visitor 248.93亿 / 1953.89万 = 1274元')
S.rel('sum', C, [F(GQ, '52.36'), F(GQ, '47.64')], 'inbound composition 52.36 : 47.64 adds to 100')
sh_q = [F(GQ, '641.6万人次'), F(GQ, '745.6万人次'), F(GQ, '86.05%')]
S.rel('share', C, sh_q, 'EMU 641.6 / 745.6 = 86.05%')
S.rel('sum', U, [F(GQ, '125.31万人次'), F(GQ, '195.02万人次'), q_t], 'New Year and Spring Festival holidays are parts of the quarter, not a split')
S.rel('rate', U, [F(GQ, '52.36'), F(GQ, '15.16%'), F(GQ, '10.18%'), F(GQ, '45.17%'), F(GQ, '47.64'), F(GQ, '5.21%'), F(GQ, '10.14%')],
      'inbound +10.14% from the groups: the three rates of 台/港/澳 have no separate weights (rates without weights)')
S.rel('growth', U, [F(GQ, '35.92%'), F(GQ, '35.95%')], 'Spring Festival visitors +35.92% and spending +35.95%: look-alike rates of other indicators')

# ---- 桂林 tourism January-August 2018 (traditional)
h_t = F(GM, '6832.20萬人次'); h_d = F(GM, '6649.05萬人次'); h_i = F(GM, '183.14萬人次')
sum_h = [h_d, h_i, h_t]
S.rel('sum', C, sum_h, 'domestic 6649.05 + inbound overnight 183.14 = 6832.19 ≈ 6832.20萬 (within the half-units)')
rt_h = [h_d, F(GM, '23.08%'), h_i, F(GM, '11.99%'), h_t, F(GM, '22.77%')]
S.rel('rate', I, rt_h, 'REAL (marginal) ERROR in the original: last year = 6649.05/1.2308 + 183.14/1.1199 = 5565.6; 6832.20 / 5565.6 = +22.755%; with every half-unit the rebuilt rate stays in 22.749–22.760%, short of the 22.765 that 22.77% needs (near edge; perhaps finer unpublished figures)')
S.rel('rate', C, [F(GM, '860.66億元'), h_t, F(GM, '1260元')], 'spending per visitor 860.66億 / 6832.20萬 = 1259.7 → 1260元')
S.rel('rate', C, [F(GM, '795.11億元'), h_d, F(GM, '1196元')], 'domestic spending per visitor 795.11億 / 6649.05萬 = 1195.8 → 1196元')
S.rel('sum', C, [F(GM, '7760萬人次'), F(GM, '210萬人次'), F(GM, '7970萬人次')], 'forecast Q1–Q3: 7760 + 210 = 7970萬')
sum_h2 = [F(GM, '910億元'), F(GM, '75億元'), F(GM, '985億元')]
S.rel('sum', C, sum_h2, 'forecast Q1–Q3 spending: 910 + 75 = 985億')
S.rel('rate', U, [F(GM, '9.71億美元'), h_i, F(GM, '3579元')], 'inbound spending per visitor in yuan from dollars: the exchange rate is not stated')
S.rel('sum', U, [F(GM, '795.11億元'), F(GM, '9.71億美元'), F(GM, '860.66億元')], 'domestic 795.11億元 + foreign 9.71億美元 ≠ 860.66億元 without an exchange rate (other currency)')
S.rel('growth', U, [F(GM, '22.77%'), F(GM, '20%', pre='增長')], 'January–August +22.77% and the Q1–Q3 forecast +20%: other period (forecast)')
S.rel('sum', U, [q_t, h_t], 'Q1 1953.89萬 is inside January–August 6832.20萬 (other period, across documents)')

# ---- 柳州 autos January-September 2014 (all traps)
S.rel('share', U, [F(LZ, '1376.7亿元'), F(LZ, '2691.2亿元'), F(LZ, '69%')], 'auto output 1376.7 (Jan–Sep) against all industry 2691.2 (Jan–Aug): other periods; the 69% is a contribution to growth, not a share')
S.rel('sum', U, [F(LZ, '131.8万辆'), F(LZ, '20万辆'), F(LZ, '2959辆'), F(LZ, '151.9万辆')], 'the named makers (about 152.1万 together) are not stated to be all of Liuzhou\'s output: no split is claimed')
S.rel('rate', U, [F(LZ, '131.8万辆'), F(LZ, '14.5%'), F(LZ, '20万辆'), F(LZ, '27.5%'), F(LZ, '151.9万辆'), F(LZ, '16%')], 'city +16% from two makers\' rates: the other makers have no rates (rates without all parts)')
S.rel('sum', U, [F(LZ, '544亿元'), F(LZ, '144.9亿元'), F(LZ, '73.5亿元'), F(LZ, '12.6亿元'), F(LZ, '1376.7亿元')], 'four firms\' output 775亿 against the auto industry 1376.7亿: parts that leave most out')
S.rel('target', U, [F(LZ, '151.9万辆'), F(LZ, '200万辆')], 'January–September 151.9万 against the year-end expectation 200万: other period')

# ---- 海南 tourism table November 2016
def HF(v, **kw): return F(HN, v, **kw)
sum_n1m = [HF('521.38'), HF('89.71'), HF('611.09')]
S.rel('sum', C, sum_n1m, 'November: overnight 521.38 + day 89.71 = 611.09万')
sum_n1c = [HF('4403.93'), HF('960.42'), HF('5364.35')]
S.rel('sum', C, sum_n1c, 'Jan–Nov: overnight 4403.93 + day 960.42 = 5364.35万')
S.rel('sum', C, [HF('513.39'), HF('7.99'), HF('521.38')], 'November overnight: domestic 513.39 + inbound 7.99 = 521.38')
S.rel('sum', C, [HF('4339.38'), HF('64.55'), HF('4403.93')], 'Jan–Nov overnight: domestic 4339.38 + inbound 64.55 = 4403.93')
sum_n3m = [HF('349.38'), HF('164.01'), HF('513.39')]
S.rel('sum', C, sum_n3m, 'November domestic overnight: hotels 349.38 + other lodging 164.01 = 513.39')
S.rel('sum', C, [HF('3010.16'), HF('1329.22'), HF('4339.38')], 'Jan–Nov domestic overnight: 3010.16 + 1329.22 = 4339.38')
S.rel('sum', C, [HF('5.59'), HF('1.01'), HF('0.07'), HF('1.32'), HF('7.99')], 'November inbound: 5.59 + 1.01 + 0.07 + 1.32 = 7.99')
S.rel('rate', C, [HF('521.38'), HF('9.59'), HF('89.71'), HF('14.19'), HF('611.09'), HF('10.24')], 'November last year = 521.38/1.0959 + 89.71/1.1419 = 554.32; 611.09 / 554.32 = +10.24%')
rt_nc = [HF('4403.93'), HF('11.07'), HF('960.42'), HF('25.99'), HF('5364.35'), HF('13.48')]
S.rel('rate', C, rt_nc, 'Jan–Nov last year = 4403.93/1.1107 + 960.42/1.2599 = 4727.3; 5364.35 / 4727.3 = +13.48%')
S.rel('sum', U, [HF('65.97'), HF('3.27'), HF('4219.88'), HF('71.82')], 'November revenue: domestic overnight + day-trip + foreign exchange (万美元): no exchange rate, so no sum')
S.rel('sum', U, [HF('525.99'), HF('34.96'), HF('28333.19'), HF('578.28')], 'Jan–Nov revenue: the same mix of yuan and dollars')

# ---- further traps (added after the first count)
S.rel('restatement', U, [w_lead, F(TW, '1922億元', n=1)], 'borrowing "明年度舉債金額為2551億元" covers the general budget only; the special budget 1922億 is also debt-financed ("全數舉債支應"): overlapping scopes, no total stated')
S.rel('sum', U, [F(TW, '1219億元', n=0), F(TW, '693億元', n=0), w_gap], 'revenue falls 1219 and spending 693, so the shortfall widens by 526; this year\'s shortfall is not stated, so 1891 cannot be rebuilt')
S.rel('sum', U, [F(PA, '36,000元'), F(PA, '50,000元')], 'rent saved by a year earlier in public housing or in light public housing: alternatives, not parts')
S.rel('share', U, [F(MO11, '665,447人次'), F(MO11, '1,145,615人次')], 'mainland same-day visitors inside all same-day visitors: no share is stated')
S.rel('sum', U, [F(MO11, '37.6%'), F(MO11, '35.0%'), F(MO11, '5.8%')], 'airport arrivals by origin: the three named origins add to 78.4%, the rest is left out')
S.rel('share', U, [F(MO15, '774,661人次'), F(MO15, '1,726,859人次')], 'individual-visit travellers inside mainland visitors: no share is stated')
S.rel('growth', U, [F(MO15, '1.8%'), v_r], 'month-on-month −1.8% and year-on-year −7.6%: other bases')
S.rel('growth', U, [F(GD, '18161 億元'), F(GD, '1.1%')], 'spending +1.1%: last year\'s level is not stated (unstated base)')
S.rel('growth', U, [F(ST14, '101.35亿元'), F(ST14, '19.58亿元')], 'transfers 101.35亿, up 19.58亿: no rate is stated, last year\'s 81.77 is implied only')
S.rel('restatement', U, [F(ST14, '千亿元', pre='首次突破', n=1), s_inv], '"贷款余额首次突破千亿元大关" is about loans, not the 1002.73亿 investment: same phrase, other indicator')
S.rel('rate', U, [F(NN, '12947元'), n_g], 'per-capita GDP 12947 against GDP 861.94億: the average population is not stated')
S.rel('share', U, [F(GQ, '185.49万人次'), q_t], 'airport passengers 185.49万 against visitors 1953.89万: other indicator (arrivals and departures of anyone)')
S.rel('rate', U, [F(GQ, '1274元'), F(GM, '1260元')], 'spending per visitor in Q1 (1274) and in January–August (1260): other periods, across documents')
S.rel('restatement', U, [F(H97, '2000亿元'), b_t], 'headline "超2000亿元" (1997-98 public expenditure) and the 2,000億 operating-expenditure target of 2004-06: same number, other measure and years')

S.rel('sum', U, [HF('611.09'), HF('5364.35')], 'November 611.09万 is inside January–November 5364.35万: other period, no split')
S.rel('sum', U, [w_fin, F(TW, '4兆5000多億元')], 'debt stock "將高達4兆5000多億元" after borrowing 2551億: the present stock is not stated')

# ================= altered copies
a = ALT(TW, 1, sum_w2[1], '690億元', 'debt repayment 660 → 690')
S.rel('sum', I, R(a, sum_w2, sum_w2[1], '690億元'), 'altered: 1891 + 690 = 2581, not 2551 (breaks {B})')
a = ALT(TW, 2, gr_w1[2], '7.9%', 'revenue cut rate 7.3% → 7.9%')
S.rel('growth', I, R(a, gr_w1, gr_w1[2], '7.9%'), 'altered: 1219 / 16732 = 7.29%, not 7.9% (breaks {B})')
a = ALT(KS, 1, k_exp1, '1990.22億元', 'spending in the lead 1980.22 → 1990.22')
S.rel('restatement', I, R(a, rs_k, k_exp1, '1990.22億元'), 'altered: spending 1990.22 in the lead, 1980.22 in the body (breaks {B})')
a = ALT(PA, 1, rs_a51[1], '5.4年', 'waiting time now 5.1 → 5.4 years (body)')
S.rel('restatement', I, R(a, rs_a51, rs_a51[1], '5.4年'), 'altered: 5.1 years in the lead, 5.4 in the body (breaks {B})')
S.rel('sum', I, R(a, sum_a1, rs_a51[1], '5.4年'), 'altered: 6.1 − 5.4 = 0.7, not 縮短一年 (breaks {B})')
a = ALT(PA, 2, sum_a2[2], '3萬個', 'second batch 2萬 → 3萬')
S.rel('sum', I, R(a, sum_a2, sum_a2[2], '3萬個'), 'altered: 1萬 + 3萬 = 4萬, not 三萬 (breaks {B})')
a = ALT(B06, 1, b_e6, '1,987億元', '2005/06 operating expenditure 1947 → 1987')
S.rel('growth', I, R(a, gr_b, b_e6, '1,987億元'), 'altered: 1987 is not 較1,969億元低 (breaks {B})')
a = ALT(H97, 1, rs_h[1], '1983.8亿元', 'public expenditure 2483.8 → 1983.8')
S.rel('restatement', I, R(a, rs_h, rs_h[1], '1983.8亿元'), 'altered: headline 超2000亿元, body 1983.8亿 (breaks {B})')
a = ALT(MO11, 1, sum_m[1], '11,298,602人次', 'land arrivals 11,248,602 → 11,298,602')
S.rel('sum', I, R(a, sum_m, sum_m[1], '11,298,602人次'), 'altered: 8,163,927 + 11,298,602 + 1,249,624 = 20,712,153, not 20,662,153 (breaks {B})')
a = ALT(MO11, 2, sh_m1[2], '58.9%', 'same-day share 52.9% → 58.9%')
S.rel('share', I, R(a, sh_m1, sh_m1[2], '58.9%'), 'altered: 1,145,615 / 2,166,627 = 52.9%, not 58.9% (breaks {B})')
a = ALT(MO15, 1, sh_v[2], '56.9%', 'same-day share 51.9% → 56.9%')
S.rel('share', I, R(a, sh_v, sh_v[2], '56.9%'), 'altered: 1,344,381 / 2,589,451 = 51.9%, not 56.9% (breaks {B})')
a = ALT(MO15, 2, v_r, '4.6%', 'total change −7.6% → −4.6%')
S.rel('rate', I, R(a, rt_v, v_r, '4.6%'), 'altered: the parts give −7.63%, not −4.6% (breaks {B})')
S.rel('restatement', I, R(a, rs_v, v_r, '4.6%'), 'altered: headline 跌近百分八 but the body −4.6% (breaks {B})')
a = ALT(GD, 1, sum_g1[1], '3778 億元', '2025 non-tax revenue 3728 → 3778')
S.rel('sum', I, R(a, sum_g1, sum_g1[1], '3778 億元'), 'altered: 10211 + 3778 = 13989, not 13939 (breaks {B})')
a = ALT(GD, 2, sum_g2[0], '10925 億元', '2026 tax budget 10725 → 10925')
S.rel('sum', I, R(a, sum_g2, sum_g2[0], '10925 億元'), 'altered: 10925 + 3635 = 14560, not 14360 (breaks {B})')
S.rel('growth', I, R(a, gr_g2, sum_g2[0], '10925 億元'), 'altered: 10925 / 10211 = +7.0%, not 約5% (breaks {B})')
a = ALT(ST14, 1, sh_s[0], '493.2亿元', 'manufacturing investment 463.2 → 493.2')
S.rel('share', I, R(a, sh_s, sh_s[0], '493.2亿元'), 'altered: 493.2 / 1002.73 = 49.2%, not 46% (breaks {B})')
a = ALT(ST18, 1, gr_s18[0], '1.3%', 'CPI 1.8% → 1.3%')
S.rel('growth', I, R(a, gr_s18, gr_s18[0], '1.3%'), 'altered: 1.3% is not 略高于上年的1.5% (breaks {B})')
a = ALT(NN, 1, n_p[1], '298.53億元', 'secondary value added 293.53 → 298.53')
S.rel('sum', I, R(a, sum_n, n_p[1], '298.53億元'), 'altered: 134.68 + 298.53 + 433.73 = 866.94, not 861.94 (breaks {B})')
S.rel('share', I, R(a, sh_n[1], n_p[1], '298.53億元'), 'altered: 298.53 / 861.94 = 34.64%, not 34.05 (breaks {B})')
a = ALT(NN, 2, sum_n1[2], '0.98', 'primary share change 0.93 → 0.98')
S.rel('sum', I, R(a, sum_n1, sum_n1[2], '0.98'), 'altered: 16.55 − 15.62 = 0.93, not 0.98 (breaks {B})')
a = ALT(GQ, 1, q_i, '49.07万人次', 'inbound overnight 46.07 → 49.07')
S.rel('sum', I, R(a, sum_q, q_i, '49.07万人次'), 'altered: 1907.82 + 49.07 = 1956.89, not 1953.89 (breaks {B})')
S.rel('rate', I, R(a, rt_q, q_i, '49.07万人次'), 'altered: last year 1709.21 + 44.55 = 1753.76; 1953.89 / 1753.76 = +11.41%, not 11.59% (breaks {B})')
a = ALT(GQ, 2, sh_q[0], '671.6万人次', 'EMU passengers 641.6 → 671.6')
S.rel('share', I, R(a, sh_q, sh_q[0], '671.6万人次'), 'altered: 671.6 / 745.6 = 90.08%, not 86.05% (breaks {B})')
a = ALT(GM, 1, h_i, '188.14萬人次', 'inbound overnight 183.14 → 188.14')
S.rel('sum', I, R(a, sum_h, h_i, '188.14萬人次'), 'altered: 6649.05 + 188.14 = 6837.19, not 6832.20 (breaks {B})')
a = ALT(GM, 2, sum_h2[0], '940億元', 'forecast domestic spending 910 → 940')
S.rel('sum', I, R(a, sum_h2, sum_h2[0], '940億元'), 'altered: 940 + 75 = 1015, not 985 (breaks {B})')
a = ALT(HN, 1, sum_n3m[1], '169.01', 'November other-lodging overnight 164.01 → 169.01')
S.rel('sum', I, R(a, sum_n3m, sum_n3m[1], '169.01'), 'altered: 349.38 + 169.01 = 518.39, not 513.39 (breaks {B})')
a = ALT(HN, 2, sum_n1c[1], '980.42', 'Jan–Nov day visitors 960.42 → 980.42')
S.rel('sum', I, R(a, sum_n1c, sum_n1c[1], '980.42'), 'altered: 4403.93 + 980.42 = 5384.35, not 5364.35 (breaks {B})')
S.rel('rate', I, R(a, rt_nc, sum_n1c[1], '980.42'), 'altered: last year 3965.0 + 778.2 = 4743.2; 5364.35 / 4743.2 = +13.10%, not 13.48% (breaks {B})')

a = ALT(B06, 2, b_e5, '1,939億元', '2004/05 operating expenditure 1969 → 1939')
S.rel('growth', I, R(a, gr_b, b_e5, '1,939億元'), 'altered: 1947 is not 較1,939億元低 (breaks {B})')
a = ALT(ST14, 2, sh_s[2], '43%', 'manufacturing share 46% → 43%')
S.rel('share', I, R(a, sh_s, sh_s[2], '43%'), 'altered: 463.2 / 1002.73 = 46.2%, not 43% (breaks {B})')
a = ALT(ST18, 2, gr_s18[1], '1.9%', 'last year CPI 1.5% → 1.9%')
S.rel('growth', I, R(a, gr_s18, gr_s18[1], '1.9%'), 'altered: 1.8% is not 略高于上年的1.9% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

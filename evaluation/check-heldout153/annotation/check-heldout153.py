"""Check key, set check-heldout153. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout153.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout153'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


W1='wz_2021r.txt'; W0='wz_2020p.txt'; WH='wz_2024h1.txt'; FT='fj_2023t.txt'; FJ='fj_2023.txt'; QQ='qz_2023q1.txt'; QF='qz_2023fa.txt'
CN='cn_2024fa.txt'; DQ='dqh_2021b.txt'; CX='cx_2022.txt'; CC='cc_2022.txt'; ZC='zc_2019.txt'; QA='qd_2021a.txt'; QB='qd_2021b.txt'
SZ='sz_2020.txt'; S67='sd_c67.txt'; S93='sd_c93.txt'

# ---- 温州 2021 government work report (review of 2016-2020)
r4670 = F(W1, '4670亿元'); r6871 = F(W1, '6871亿元'); r72 = F(W1, '7.2%'); r403 = F(W1, '403亿元'); r602 = F(W1, '602亿元'); r84 = F(W1, '8.4%')
r44 = F(W1, '44026元'); r21 = F(W1, '21235元'); r63 = F(W1, '63481元'); r32 = F(W1, '32428元'); r76 = F(W1, '7.6%'); r88 = F(W1, '8.8%')
gr_r1 = [r403, r602, r84]; gr_r2 = [r44, r63, r76]; gr_r3 = [r21, r32, r88]
S.rel('growth', C, gr_r1, '温州 general budget revenue 403 (2015) → 602 (2020): (602/403)^(1/5) = 1.0836 → “年均增长8.4%”')
S.rel('growth', C, gr_r2, 'urban disposable income 44026 → 63481: (1.4419)^(1/5) = 1.0759 → 7.6% a year')
S.rel('growth', C, gr_r3, 'rural disposable income 21235 → 32428: (1.5271)^(1/5) = 1.0884 → 8.8% a year')
S.rel('growth', U, [r4670, r6871, r72], 'GDP 4670 → 6871 is +8.0% a year in current prices; the 7.2% is real growth at comparable prices: nominal vs real, nothing to check')

# ---- 温州 十三五 execution forecast (December 2020), and against the report of February 2021
p72 = F(W0, '7.2%', post='左右'); p73 = F(W0, '73000元'); p7 = F(W0, '7%', pre='年均增长'); p950 = F(W0, '950亿元'); p600 = F(W0, '600亿元')
p15 = F(W0, '1.5倍'); p83 = F(W0, '8.3%'); p6900 = F(W0, '6900亿元'); p20 = F(W0, '2.0', post='左右')
gr_p1 = [p600, p15, p83]; gr_x1 = [r403, p600, p15]; gr_x2 = [r403, p600, p83]
S.rel('growth', C, gr_p1, 'revenue “是2015年的1.5倍” and “年均增长8.3%”: 1.5^(1/5) = 1.0845; with 1.45–1.55 the yearly rate is 7.7–9.2%: 8.3 consistent')
S.rel('growth', C, gr_x1, 'cross-document: forecast 2020 revenue “600亿元左右” against the 2015 level 403 (report): 600/403 = 1.49 → “1.5倍”')
S.rel('growth', C, gr_x2, 'cross-document: (600/403)^(1/5) = 1.0828 → “年均增长8.3%”')
S.rel('restatement', C, [p72, r72], 'cross-document: GDP “年均增长7.2%左右” (December forecast) and 7.2% (February report), same indicator and span')
S.rel('share', C, [r63, r32, p20], 'cross-document: urban/rural income ratio 63481/32428 = 1.96 → “城乡居民收入比缩小至2.0左右”')
S.rel('restatement', U, [p6900, r6871], 'forecast “预计…6900亿元左右” (December 2020) vs the reported 6871: other stage (a forecast is not a result); no contradiction to key')
S.rel('restatement', U, [p83, r84], '8.3% (forecast, from “600亿元左右”) vs 8.4% (result, from 602): other stage; each agrees with its own level')
S.rel('growth', U, [p73, p7], 'per-capita GDP 73000 “年均增长7%”: the 2015 level is not stated')
S.rel('sum', U, [p950, r602], '财政总收入 950 (forecast) and 一般公共预算收入 602: different aggregates (the second is part of the first); not a restatement')
S.rel('restatement', U, [p7, r72], 'per-capita GDP 7% a year vs GDP 7.2% a year: other indicator')

# ---- 温州 H1 2024 plan execution table (annual goals against H1 results)
wh_g = F(WH, '6%', pre='增长', post='以上 | 4297.8'); wh_g1 = F(WH, '6.2', pre='4297.8 | ')
wh_a = F(WH, '4.2', pre='77.7 | '); wh_i = F(WH, '7%', pre='增长', post='以上 | 820.9'); wh_i1 = F(WH, '11.2'); wh_s = F(WH, '6.5%')
wh_s1 = F(WH, '5.2', pre='2457.9 | '); wh_f = F(WH, '7%', pre='增长', post=' | — | 0.7'); wh_f1 = F(WH, '0.7', pre='— | '); wh_r = F(WH, '402.5')
S.rel('target', U, [wh_g, wh_g1], 'GDP goal for 2024 “增长6%以上” against H1 growth 6.2%: a half-year result against a goal for the year (other period)')
S.rel('target', U, [wh_s, wh_s1], 'services goal “6.5%左右” against H1 5.2%: the year is not over (other period); not missed')
S.rel('target', U, [wh_f, wh_f1], 'investment goal 7% against H1 0.7% (“与年度目标仍存在一定差距”): other period; not keyed missed')
S.rel('target', U, [wh_i, wh_i1], 'industry goal “7%以上” against H1 11.2%: other period; not keyed met')
S.rel('rate', U, [wh_g1, wh_a, wh_i1, wh_s1], 'H1 GDP 6.2 from farm 4.2, above-scale industry 11.2 and services 5.2: no weights, and industry is above-scale only')
S.rel('restatement', U, [wh_r, r602], '一般公共预算收入 402.5 (H1 2024) vs 602 (2020): same indicator, other period')

# ---- 福建 2023: goals (January 2023) and results (2023 bulletin)
t_gdp = F(FT, '6%', pre='地区生产总值增长'); t_rev = F(FT, '6%', pre='一般公共预算总收入增长'); t_loc = F(FT, '5.5%', pre='地方一般公共预算收入增长')
t_inv = F(FT, '6%', pre='固定资产投资增长'); t_inc = F(FT, '7%', pre='分别增长'); t_un = F(FT, '5.5%', pre='失业率')
f_gdp = F(FJ, '54355.10億元'); f_p = [F(FJ, '3217.66億元'), F(FJ, '23966.43億元'), F(FJ, '27171.01億元')]
f_g = F(FJ, '4.5%', n=0); f_pc = F(FJ, '4.5%', n=1); f_pop = F(FJ, '4183萬(wàn)人'); f_urb = F(FJ, '2972萬(wàn)人'); f_71 = F(FJ, '71.04%')
f_reg = F(FJ, '3969.28萬(wàn)人'); f_inv = F(FJ, '2.5%', n=0); f_i1 = F(FJ, '9.7%'); f_i2 = F(FJ, '12.0%'); f_i3 = F(FJ, '2.5%', n=1)
sum_f = f_p + [f_gdp]; sh_f = [f_urb, f_pop, f_71]
S.rel('sum', C, sum_f, '福建 2023 GDP by sector: 3217.66 + 23966.43 + 27171.01 = 54355.10')
S.rel('share', C, sh_f, 'urban population 2972 / 4183 = 71.05%; with the half-units 71.03–71.07 → 71.04% consistent')
S.rel('restatement', U, [f_g, f_pc], 'GDP +4.5% and per-capita GDP +4.5%: same number, other indicator')
S.rel('rate', U, [f_inv, f_i1, f_i2, f_i3], 'investment +2.5% from primary +9.7, secondary +12.0, tertiary −2.5: no weights stated')
S.rel('restatement', U, [f_inv, f_i3], 'total investment “增長2.5%” and tertiary investment “下降2.5%”: same number, other indicator and sign')
S.rel('restatement', U, [f_pop, f_reg], 'resident population 4183 vs registered population 3969.28: two population concepts')
S.rel('target', MS, [t_gdp, f_g], 'cross-document: goal “地区生产总值增长6%左右” (met at ≥ 5.5) against the result 4.5% → missed')
S.rel('target', MS, [t_inv, f_inv], 'cross-document: goal “固定资产投资增长6%” against +2.5% → missed')
S.rel('target', U, [t_gdp, f_pc], 'GDP goal against per-capita GDP growth 4.5%: other indicator')
S.rel('target', U, [t_inv, f_i1], 'investment goal 6% against primary-industry investment +9.7%: a part, other indicator')
S.rel('target', U, [t_rev, f_g], 'revenue goal “一般公共预算总收入增长6%左右” against GDP growth 4.5%: other indicator')
S.rel('target', U, [t_inc, f_pc], 'urban income goal 7% against per-capita GDP +4.5%: other indicator')
S.rel('restatement', U, [t_loc, t_un], '“地方一般公共预算收入增长5.5%左右” and “城镇调查失业率5.5%左右”: same number, other indicators')
S.rel('target', U, [t_gdp, wh_g1], '福建 2023 GDP goal against 温州 H1 2024 growth 6.2%: other place and period')
S.rel('restatement', U, [t_gdp, wh_g], '福建 2023 goal “6%左右” and 温州 2024 goal “6%以上”: same number, other place and year')

# ---- 泉州 Q1 2023 revenue
q_h = F(QQ, '312.74亿元', n=0); q_t = F(QQ, '312.74亿元', n=1); q_ti = F(QQ, '34.96亿元'); q_tg = F(QQ, '12.6%'); q_t56 = F(QQ, '5.6个百分点')
q_t317 = F(QQ, '31.7%'); q_t67 = F(QQ, '6.7个百分点'); q_l = F(QQ, '193.29亿元'); q_li = F(QQ, '29.04亿元'); q_lg = F(QQ, '17.7%')
q_l347 = F(QQ, '34.7%'); q_l97 = F(QQ, '9.7个百分点')
gr_q1 = [q_t, q_ti, q_tg]; sh_q1 = [q_t317, q_t67]; sh_q2 = [q_l347, q_l97]
S.rel('growth', C, gr_q1, '泉州 Q1 total revenue 312.74, up 34.96: 34.96 / (312.74 − 34.96) = 12.59% → 12.6%')
S.rel('growth', C, [q_l, q_li, q_lg], 'local revenue 193.29, up 29.04: 29.04 / 164.25 = 17.68% → 17.7%')
S.rel('restatement', C, [q_h, q_t], 'sub-head and body: total revenue 312.74亿元 twice')
S.rel('share', C, sh_q1, '31.7% of the annual budget, “超序时进度6.7个百分点”: 31.7 − 6.7 = 25.0 = three months of twelve')
S.rel('share', C, sh_q2, 'local revenue 34.7% of the budget, 9.7 points ahead: 34.7 − 9.7 = 25.0 = three months of twelve')
S.rel('target', CT, [q_t, q_t317], 'total revenue at 31.7% of the annual budget after the first quarter: the year is not over → cannot tell')
S.rel('target', U, [q_tg, q_t56], 'Q1 growth 12.6% “高于年度目标增幅5.6个百分点”: a quarter against the year’s goal (other period); the goal (7.0) is not stated')
S.rel('sum', U, [q_l, q_t], 'local revenue 193.29 within total revenue 312.74 (the rest goes to the centre, not stated): nothing to check')
S.rel('target', U, [t_loc, q_lg], '福建 2023 goal for local revenue “5.5%左右” against 泉州 Q1 local revenue +17.7%: other place and period')

# ---- 泉州 市本级 2023 final accounts
qf_r = F(QF, '99.34亿元', n=1); qf_r0 = F(QF, '99.34亿元', n=0); qf_tr = F(QF, '247.9亿元'); qf_e = F(QF, '157.56亿元', n=1); qf_te = F(QF, '225.5亿元')
qf_rp = [F(QF, x) for x in ('55.12亿元', '30.31亿元', '16.48亿元', '18.27亿元', '9.79亿元', '18.59亿元')]
qf_ep = [F(QF, x) for x in ('12.72亿元', '28.4亿元', '16.11亿元', '1.17亿元', '0.07亿元', '9.47亿元')]
qf_b = F(QF, '22.4亿元'); qf_107 = F(QF, '107%'); qf_131 = F(QF, '13.1%')
sum_qf1 = [qf_r] + qf_rp + [qf_tr]; sum_qf2 = [qf_e] + qf_ep + [qf_te]; sum_qf3 = [qf_tr, qf_te, qf_b]
S.rel('sum', C, sum_qf1, '泉州 市本级 2023 resources: 99.34 + 55.12 + 30.31 + 16.48 + 18.27 + 9.79 + 18.59 = 247.90')
S.rel('sum', C, sum_qf2, 'uses: 157.56 + 12.72 + 28.4 + 16.11 + 1.17 + 0.07 + 9.47 = 225.50')
S.rel('sum', C, sum_qf3, 'year-end balance: 247.9 − 225.5 = 22.4')
S.rel('target', M, [qf_r0, qf_107], 'revenue 99.34 “完成年度预算的107%” in the final accounts of a finished year → met')
S.rel('restatement', U, [q_l, qf_r0], 'cross-document: 193.29 is the whole city’s Q1 local revenue, 99.34 the 市本级 full-year figure: other scope and period')
S.rel('growth', U, [q_lg, qf_131], 'cross-document: city-wide Q1 local revenue +17.7% vs 市本级 full-year +13.1%: other scope and period')
S.rel('restatement', U, [qf_rp[3], qf_ep[2]], 'bond on-lending received 18.27 and passed on 16.11: the 市本级 keeps the rest; not a pair that must match')
S.rel('restatement', U, [qf_rp[4], qf_ep[5]], 'stabilisation fund drawn 9.79 and paid in 9.47: two flows, nothing to check')

# ---- 上海 长宁区 2024 final accounts
c_r = F(CN, '180.97亿元'); c_rp = [F(CN, x) for x in ('35.61亿元', '5.80亿元', '1.81亿元', '16.65亿元', '26亿元')]; c_tr = F(CN, '266.84亿元', n=0)
c_e = F(CN, '213.64亿元'); c_ep = [F(CN, x) for x in ('11.30亿元', '4.30亿元', '3.77亿元', '33.83亿元')]; c_te = F(CN, '266.84亿元', n=1)
c_tx = [F(CN, x) for x in ('63.22亿元', '35.19亿元', '30.21亿元', '8.49亿元', '13.65亿元')]
c_pc = [F(CN, x) for x in ('99.74%', '91.53%', '116.64%', '103.74%', '109.4%')]
sum_c1 = [c_r] + c_rp + [c_tr]; sum_c2 = [c_e] + c_ep + [c_te]
S.rel('sum', C, sum_c1, '长宁 2024 resources: 180.97 + 35.61 + 5.80 + 1.81 + 16.65 + 26 = 266.84')
S.rel('sum', C, sum_c2, 'uses: 213.64 + 11.30 + 4.30 + 3.77 + 33.83 = 266.84')
S.rel('restatement', C, [c_tr, c_te], 'resources 266.84 = uses 266.84 (“收支执行平衡”)')
S.rel('target', M, [c_r, F(CN, '102.27 %')], 'revenue 180.97 “为预算的102.27 %” for the finished year → met')
S.rel('sum', U, c_tx + [c_r], 'the listed tax heads (63.22 + 35.19 + 30.21 + 8.49 + 13.65 = 150.76) are a selection (the list runs on): not a split of 180.97')
S.rel('rate', U, [F(CN, '102.27 %')] + c_pc, 'the overall 102.27% cannot be rebuilt from the heads’ completion rates: budgets are not stated and the heads are incomplete')
S.rel('restatement', U, [c_rp[1], c_ep[1]], 'bond proceeds 5.80 and principal repaid 4.30: not a pair that must match')

# ---- 宁波东钱湖旅游度假区 2021 budget execution
d_av = F(DQ, '32.9亿元'); d_96a = F(DQ, '0.96亿元', n=0); d_96b = F(DQ, '0.96亿元', n=1); d_68a = F(DQ, '1.68亿元', n=0); d_68b = F(DQ, '1.68亿元', n=1)
d_r = F(DQ, '14.71亿元'); d_836 = F(DQ, '83.6%'); d_113 = F(DQ, '11.3%'); d_t = F(DQ, '13.56亿元'); d_989 = F(DQ, '98.9%'); d_203 = F(DQ, '20.3%')
d_n = F(DQ, '1.16亿元'); d_298 = F(DQ, '29.8%'); d_782 = F(DQ, '78.2%'); d_tr = F(DQ, '17.93亿元')
d_trp = [F(DQ, '0.37亿元'), F(DQ, '2.68亿元'), F(DQ, '6.3亿元', n=0), F(DQ, '0.61亿元'), F(DQ, '7.64亿元'), F(DQ, '0.33亿元')]
d_ta = F(DQ, '32.64亿元', n=0); d_e = F(DQ, '16.67亿元'); d_rep = F(DQ, '6.3亿元', n=1); d_to = F(DQ, '9.67亿元'); d_te = F(DQ, '32.64亿元', n=1)
d_top = [F(DQ, '4.5亿元'), F(DQ, '4.87亿元'), F(DQ, '0.3亿元')]
sum_d1 = d_trp + [d_tr]; sum_d2 = [d_r, d_tr, d_ta]; sum_d3 = [d_e, d_rep, d_to, d_te]; sum_d4 = d_top + [d_to]; sum_d0 = [d_t, d_n, d_r]
S.rel('sum', C, sum_d0, '东钱湖 2021 revenue: taxes 13.56 + non-tax 1.16 = 14.72 ≈ 14.71 (inside the half-units)')
S.rel('sum', C, sum_d1, 'transfers in: 0.37 + 2.68 + 6.3 + 0.61 + 7.64 + 0.33 = 17.93')
S.rel('sum', C, sum_d2, 'available: 14.71 + 17.93 = 32.64')
S.rel('sum', C, sum_d3, 'uses: spending 16.67 + repayment 6.3 + transfers out 9.67 = 32.64')
S.rel('sum', C, sum_d4, 'transfers out: 4.5 + 4.87 + 0.3 = 9.67')
S.rel('restatement', C, [d_ta, d_te], 'available 32.64 = uses 32.64 (“保持平衡”)')
S.rel('restatement', C, [d_96a, d_96b], 'adjusted general budget: available +0.96 and spending “相应增加” +0.96')
S.rel('restatement', C, [d_68a, d_68b], 'adjusted fund budget: available +1.68 and spending +1.68')
S.rel('share', C, [d_t, d_989, d_n, d_298, d_r, d_836], 'completion rates agree: budgets 13.56/0.989 = 13.71 and 1.16/0.298 = 3.89 sum to 17.60 = 14.71/0.836 (derived check)')
S.rel('growth', C, [d_t, d_203, d_n, d_782, d_r, d_113], 'growth rates agree: last year 13.56/1.203 = 11.27 and 1.16/0.218 = 5.32 sum to 16.59; 14.71/16.59 = −11.3% (derived check)')
S.rel('target', MS, [d_r, d_836], 'revenue 14.71 at 83.6% of the adjusted budget for the finished year → missed')
S.rel('restatement', U, [d_av, d_ta], 'adjusted budget “可用资金为32.9亿元” vs the outturn 32.64: budget against result, other stage')
S.rel('restatement', U, [d_trp[2], d_rep], 'bond on-lending received 6.3 and principal repaid 6.3: same number, other items (refinancing); no relation stated')

# ---- 慈溪 2022 bulletin (traditional)
x_g = F(CX, '2521.58億元'); x_p = [F(CX, '66.01億元'), F(CX, '1531.34億元'), F(CX, '924.23億元')]; x_607 = F(CX, '60.7'); x_367 = F(CX, '36.7')
x_m = F(CX, '1689.44億元'); x_mp = [F(CX, '61.33億元'), F(CX, '930.97億元'), F(CX, '697.14億元')]; x_551 = F(CX, '55.1'); x_413 = F(CX, '41.3')
x_a = F(CX, '98.45億元'); x_ap = [F(CX, x) for x in ('65.40億元', '0.44億元', '10.74億元', '17.96億元', '3.91億元')]
x_ind = F(CX, '1424.47億元'); x_23 = F(CX, '2.3%'); x_45 = F(CX, '4.5%', n=0); x_34 = F(CX, '3.4%'); x_04 = F(CX, '0.4%')
x_06 = F(CX, '0.6%', n=0); x_06b = F(CX, '0.6%', n=1); x_45b = F(CX, '4.5%', n=1); x_02 = F(CX, '0.2%', n=1); x_48 = F(CX, '4.8%')
sum_x1 = x_p + [x_g]; sum_x2 = x_mp + [x_m]; sh_x3 = [x_mp[1], x_m, x_551]; sum_x4 = x_ap + [x_a]
S.rel('sum', C, sum_x1, '慈溪 2022 GDP: 66.01 + 1531.34 + 924.23 = 2521.58')
S.rel('share', C, [x_p[1], x_g, x_607], 'secondary 1531.34 / 2521.58 = 60.73% → 60.7')
S.rel('share', C, [x_p[2], x_g, x_367], 'tertiary 924.23 / 2521.58 = 36.65% → 36.7')
S.rel('sum', C, sum_x2, '市級 GDP: 61.33 + 930.97 + 697.14 = 1689.44')
S.rel('share', C, sh_x3, '市級 secondary 930.97 / 1689.44 = 55.11% → 55.1')
S.rel('share', C, [x_mp[2], x_m, x_413], '市級 tertiary 697.14 / 1689.44 = 41.26% → 41.3')
S.rel('sum', C, sum_x4, 'farm output: 65.40 + 0.44 + 10.74 + 17.96 + 3.91 = 98.45')
S.rel('restatement', U, [x_g, x_m], '全市 2521.58 vs 市級 1689.44: overlapping scopes (市級 leaves out the areas run outside the city level), not a restatement')
S.rel('rate', U, [x_23, x_45, x_34, x_04], 'GDP +2.3% from sector rates 4.5 / 3.4 / 0.4: the weights would be last year’s real levels, not stated')
S.rel('rate', U, [x_06, x_45b, x_06b, x_02], '市級 GDP +0.6% from 4.5 / 0.6 / 0.2: no weights stated')
S.rel('restatement', U, [x_06, x_06b], '市級 GDP +0.6% and 市級 secondary +0.6%: same number, other indicator')
S.rel('restatement', U, [x_ind, x_p[1]], 'industry value added 1424.47 is part of the secondary industry 1531.34 (with construction): not a restatement')
S.rel('restatement', U, [x_48, x_45], 'farm output +4.8% (gross output) vs primary value added +4.5%: other indicator')

# ---- 南通 崇川区 2022 bulletin
cc_g = F(CC, '1676.93亿元'); cc_p = [F(CC, '1.29亿元'), F(CC, '545.85亿元'), F(CC, '1129.78亿元')]; cc_674 = F(CC, '67.4'); cc_01 = F(CC, '0.1', post='∶')
cc_a = F(CC, '21326万元'); cc_ap = [F(CC, x) for x in ('14437万元', '760万元', '4491万元', '1638万元')]
cc_o = F(CC, '1040.93亿元'); cc_h = F(CC, '640.29亿元'); cc_hs = F(CC, '61.51%'); cc_i = F(CC, '434.23亿元')
cc_21 = F(CC, '2.1%'); cc_33 = F(CC, '3.3%'); cc_07 = F(CC, '0.7%'); cc_27 = F(CC, '2.7%', n=0); cc_26 = F(CC, '2.6%'); cc_24 = F(CC, '2.4%')
sum_cc2 = cc_ap + [cc_a]; sh_cc = [cc_h, cc_o, cc_hs]
S.rel('sum', C, cc_p + [cc_g], '崇川 2022 GDP: 1.29 + 545.85 + 1129.78 = 1676.92 ≈ 1676.93 (inside the half-units)')
S.rel('share', C, [cc_p[2], cc_g, cc_674], 'tertiary 1129.78 / 1676.93 = 67.37% → 67.4')
S.rel('share', C, [cc_p[0], cc_g, cc_01], 'primary 1.29 / 1676.93 = 0.08% → 0.1')
S.rel('sum', C, sum_cc2, 'farm output: 14437 + 760 + 4491 + 1638 = 21326 (no livestock line; the four heads give the total)')
S.rel('share', C, sh_cc, 'high-tech output 640.29 / above-scale output 1040.93 = 61.51%')
S.rel('rate', U, [cc_21, cc_33, cc_07, cc_27], 'GDP +2.1% from sector rates 3.3 / 0.7 / 2.7: no weights stated')
S.rel('restatement', U, [cc_i, cc_p[1]], 'industry value added 434.23 is part of secondary industry 545.85: not a restatement')
S.rel('restatement', U, [cc_26, cc_24], 'industry +2.6% vs above-scale industry +2.4%: other scope')

# ---- 诸城 2019 (潍坊年鉴)
z_g = F(ZC, '636.75亿元'); z_p = [F(ZC, '69.70亿元'), F(ZC, '238.17亿元'), F(ZC, '328.88亿元')]; z_f = F(ZC, '73.37亿元')
z_ga = F(ZC, '12.73万公顷'); z_ms = F(ZC, '16.46万公顷'); z_mh = F(ZC, '14.62万公顷')
sum_z = z_p + [z_g]
S.rel('sum', C, sum_z, '诸城 2019 GDP: 69.70 + 238.17 + 328.88 = 636.75')
S.rel('restatement', U, [z_p[0], z_f], 'primary industry 69.70 vs 农林牧渔服务业增加值 73.37: the second adds farm services; other scope')
S.rel('share', U, [z_ga, z_ms, z_mh], 'machine-sown 16.46 and machine-harvested 14.62 exceed the grain area 12.73: they cover all crops and multiple cropping; not a subset')

# ---- 青岛 key projects: Jan-Apr 2021 (traditional) and Jan-Jul 2021
a_h = F(QA, '352.95億元', n=0); a_t = F(QA, '352.95億元', n=1); a_new = F(QA, '82個'); a_old = F(QA, '112個'); a_r = F(QA, '88.18%')
a_30 = F(QA, '30個'); a_6 = F(QA, '6個', post=','); a_20 = F(QA, '20個'); a_26 = F(QA, '26個'); a_8667 = F(QA, '86.67%'); a_8688 = F(QA, '86.88億元')
a_ind = [F(QA, '67.22億元'), F(QA, '49.37億元'), F(QA, '45.36億元')]; a_15 = F(QA, '15個'); a_2759 = F(QA, '2759.22億元'); a_5044 = F(QA, '50.44%')
a_12 = F(QA, '12個', pre='已開工建設(shè)項目'); a_9 = F(QA, '近九成')
b_220 = F(QB, '220个'); b_9421 = F(QB, '942.21亿元'); b_9216 = F(QB, '92.16%'); b_h90 = F(QB, '90%'); b_h24 = F(QB, '24个', n=0); b_24 = F(QB, '24个', n=1)
b_198 = F(QB, '198个'); b_30 = F(QB, '30个'); b_ind = [F(QB, '199亿元'), F(QB, '156.23亿元'), F(QB, '120.62亿元')]; b_15 = F(QB, '15个', post='50亿元')
b_14 = F(QB, '14个'); b_7277 = F(QB, '72.77%'); b_9688 = F(QB, '96.88亿元')
rs_a = [a_h, a_t]; sum_a = [a_6, a_20, a_26]; sh_ax = [a_new, a_old, a_r, b_220]; rs_b1 = [b_h90, b_9216]; rs_b2 = [b_h24, b_24]
S.rel('restatement', C, rs_a, '青岛 Jan-Apr: headline and body, 352.95億元 twice')
S.rel('restatement', C, [a_9, a_r], 'headline “近九成開工在建” and 88.18% in the body (just under nine tenths)')
S.rel('sum', C, sum_a, '30 major projects: 6 new + 20 continuing = 26 under way')
S.rel('share', C, [a_26, a_30, a_8667], '26 / 30 = 86.67%')
S.rel('share', C, sh_ax, 'cross-document: (82 + 112) / 220 projects = 88.18%; the 220 is stated only in the July report (same project list, 2021)')
S.rel('restatement', C, [a_30, b_30], 'cross-document: the same 30 major projects')
S.rel('restatement', C, [a_15, b_15], 'cross-document: the same 15 projects of 5 billion and more')
S.rel('sum', U, a_ind + [a_t], 'Jan-Apr: the three leading industries (67.22 + 49.37 + 45.36) are a selection of 352.95; not a split')
S.rel('share', U, [a_2759, a_5044], '15 large projects’ 2759.22 = 50.44% of the total investment of all projects: the total is not stated')
S.rel('restatement', U, [a_8688, b_9688], 'cross-document: 86.88 (30 major projects, Jan-Apr) vs 96.88 (110 preliminary projects, Jan-Jul): look-alike figures of other groups')
S.rel('share', U, [a_8667, b_7277], 'cross-document: 86.67% of major projects under way (Jan-Apr) vs 72.77% investment completion (Jan-Jul): other measures')
S.rel('restatement', U, [a_12, b_14], 'cross-document: 12 (Jan-Apr) and 14 (Jan-Jul) of the 15 large projects started: progress, other period')
S.rel('restatement', U, [a_new, a_old, b_198], 'cross-document: 82 + 112 = 194 under way by April vs 198 by July: other period, no contradiction')
S.rel('restatement', C, rs_b1, 'Jan-Jul: headline “投资完成率超90%” and 92.16% in the body')
S.rel('restatement', C, rs_b2, 'headline “新开工数量24个” and 24 in the body (high-end equipment)')
S.rel('sum', U, b_ind + [b_9421], 'Jan-Jul: the three leading industries (199 + 156.23 + 120.62) are a selection of 942.21; not a split')
S.rel('target', CT, [b_9421, b_9216], '942.21 = 92.16% of the annual investment plan after seven months: the year is not over → cannot tell')

# ---- 苏州 2020 write-up
s_g = F(SZ, '20170.5亿元'); s_p = [F(SZ, '196.4亿元'), F(SZ, '9385.6亿元'), F(SZ, '10588.5亿元', n=0)]; s_sv = F(SZ, '10588.5亿元', n=1); s_525 = F(SZ, '52.5%')
s_d = [F(SZ, x, pre='| ', post=' |') for x in ('4276.8', '2907.09', '2686.6', '2365.4', '2002.83', '1446', '1386.09', '1343.8', '935.7', '819.9')]
s_201 = F(SZ, '2.01', pre='2020年 | '); s_192 = F(SZ, '1.92'); s_34t = F(SZ, '3.4', pre='2.01 | '); s_34 = F(SZ, '3.4%', n=0); s_34b = F(SZ, '3.4%', n=1)
s_20 = F(SZ, '2.0%'); s_35 = F(SZ, '3.5%', n=0)
sum_s1 = s_p + [s_g]; sum_s2 = s_d + [s_g]
S.rel('sum', C, sum_s1, '苏州 2020 GDP: 196.4 + 9385.6 + 10588.5 = 20170.5')
S.rel('restatement', C, [s_p[2], s_sv], 'tertiary industry 10588.5 restated as 服务业增加值 10588.5')
S.rel('share', C, [s_sv, s_g, s_525], 'services 10588.5 / 20170.5 = 52.49% → 52.5%')
S.rel('sum', C, sum_s2, 'the ten areas of the table (four county-level cities, five districts, the industrial park) sum to 20170.21 against 20170.5: inside the ten inputs’ half-units (±0.87)')
S.rel('restatement', I, [s_g, s_201], 'real slip: 20170.5亿元 is 2.017万亿, which rounds to 2.02, not the table’s 2.01 (truncated)')
S.rel('growth', U, [s_192, s_201, s_34t], '1.92 → 2.01万亿 is +4.7% in current prices; 3.4 is real growth: nominal vs real')
S.rel('rate', U, [s_34, s_20, s_34b, s_35], 'GDP +3.4% from sector rates −2.0 / 3.4 / 3.5: no weights stated')
S.rel('restatement', U, [s_34, s_34b], 'GDP +3.4% and secondary industry +3.4%: same number, other indicator')

# ---- 山东, a 胶东 county gazetteer: 财政收入
g_q = [F(S67, x) for x in ('31695两', '153两', '62两', '3396两')]; g_qt = F(S67, '35306两')
g_m = [F(S67, x) for x in ('101183元', '30530元', '1867元', '24035元')]; g_mt = F(S67, '157615元'); g_tmp = F(S67, '15039元'); g_all = F(S67, '172654元')
g_53 = F(S67, '45万元'); g_57 = F(S67, '208万元'); g_446 = F(S67, '44.6%'); g_65 = F(S67, '874万元'); g_197 = F(S67, '19.7%'); g_69 = F(S67, '658万元')
g_247 = F(S67, '24,7%'); g_75 = F(S67, '1917万元'); g_119 = F(S67, '119%')
sum_g1 = g_q + [g_qt]; sum_g2 = g_m + [g_mt]; sum_g3 = [g_mt, g_tmp, g_all]; gr_g5 = [g_65, g_75, g_119]
S.rel('sum', C, sum_g1, 'Qing land-and-poll tax: 31695 + 153 + 62 + 3396 = 35306两')
S.rel('sum', C, sum_g2, '1934 ordinary receipts: 101183 + 30530 + 1867 + 24035 = 157615元')
S.rel('sum', C, sum_g3, '1934: 157615 + 15039 = 172654元')
S.rel('growth', I, [g_53, g_57, g_446], 'real error: 45 (1953) → 208 (1957) is (208/45)^(1/4) = 1.466, 46.6% a year (46.1–47.1 with the half-units), not 44.6%')
S.rel('growth', C, [g_57, g_65, g_197], '208 (1957) → 874 (1965): (874/208)^(1/8) = 1.1966 → 19.7% a year')
S.rel('growth', C, [g_65, g_69, g_247], '1966-69 average 658 against 874 (1965): −24.71% → “下降24,7%” (comma as decimal sign)')
S.rel('growth', C, gr_g5, '1917 (1975) against 874 (1965): +119.3% → 119%')
S.rel('growth', U, [g_53, g_65, g_197], 'the 19.7% runs from 1957 (208), not from 1953 (45 → 874 would be 28.1% a year): other base')

# ---- 山东, another county gazetteer: 财政收入 1887-1965
h_19 = F(S93, '8.91万元'); h_19p = [F(S93, '5.55万元'), F(S93, '5550元'), F(S93, '1.8万元'), F(S93, '119元'), F(S93, '6683元'), F(S93, '3264元')]
h_30 = F(S93, '9.63万元'); h_30p = [F(S93, '9.10万元'), F(S93, '366元'), F(S93, '2339元'), F(S93, '2631元')]
h_47 = F(S93, '139774.8万元'); h_47p = [F(S93, x) for x in ('1550万元', '100万元', '64万元', '70万元', '6108万元', '131882.8万元')]
h_50 = F(S93, '179万元'); h_56i = F(S93, '259.4万元'); h_15 = F(S93, '1.5倍'); h_60 = F(S93, '1209.9万元'); h_60i = F(S93, '771.5万元'); h_17 = F(S93, '1.7倍')
h_62 = F(S93, '562.9万元'); h_647 = F(S93, '647万元'); h_65 = F(S93, '705.9万元'); h_65i = F(S93, '267.5万元'); h_61 = F(S93, '61%')
sum_h1 = h_19p + [h_19]; sh_h2 = [h_19p[4], h_19, F(S93, '7.50%')]; sum_h3 = h_30p + [h_30]; sh_h4 = [h_30p[2], h_30, F(S93, '2.43%')]; sum_h5 = [h_60, h_62, h_647]
S.rel('sum', C, sum_h1, '1919: 55500 + 5550 + 18000 + 119 + 6683 + 3264 = 89116 ≈ 8.91万 (89050–89150)')
S.rel('share', C, [h_19p[0], h_19, F(S93, '62.29%')], '1919 land tax 5.55 / 8.91 = 62.29%')
S.rel('share', C, sh_h2, '1919 wine-and-tobacco tax 6683 / 89100 = 7.50%')
S.rel('share', C, [h_19p[2], h_19, F(S93, '20.19%')], '1919 grain commutation 1.8万 / 8.91万 = 20.20%; the 1.8 allows 1.75–1.85 → 20.19 consistent')
S.rel('sum', C, sum_h3, '1930 local revenue: 91000 + 366 + 2339 + 2631 = 96336 ≈ 9.63万')
S.rel('share', C, [h_30p[0], h_30, F(S93, '94.46%')], '1930 surtax 9.10 / 9.63 = 94.50%; with the half-units 94.40–94.60 → 94.46 consistent')
S.rel('share', C, sh_h4, '1930 public funds 2339 / 96300 = 2.43%')
S.rel('sum', C, h_47p + [h_47], '1947 H2: 1550 + 100 + 64 + 70 + 6108 + 131882.8 = 139774.8万')
S.rel('share', C, [h_47p[5], h_47, F(S93, '94.35%')], '1947 levies 131882.8 / 139774.8 = 94.35%')
S.rel('share', C, [h_47p[4], h_47, F(S93, '4.37%')], '1947 subsidies 6108 / 139774.8 = 4.37%')
S.rel('growth', C, [h_50, h_56i, h_15], '1956: +259.4 on 179 = ×2.45, “增长1.5倍” (259.4/179 = 1.449; 1.4535 at the half-units’ edge)')
S.rel('sum', C, [h_50, h_56i, h_60, h_60i], 'the 1956 level two ways: 179 + 259.4 = 438.4 = 1209.9 − 771.5')
S.rel('growth', I, [h_60, h_60i, h_17], 'real error (rounding down): 771.5 / 438.4 = 1.76, “增长1.8倍”, not 1.7 (1.65–1.75)')
S.rel('sum', C, sum_h5, '1962: 1209.9 − 647 = 562.9')
S.rel('growth', C, [h_65, h_65i, h_61], '1965 against 1956: 267.5 / (705.9 − 267.5 = 438.4) = 61.0%')
S.rel('growth', U, [h_62, h_65, h_61], 'the 61% is against 1956, not 1962 (562.9 → 705.9 would be +25.4%): other base')
S.rel('restatement', U, [F(S93, '26251.23两', n=0), F(S93, '26251.23两', n=1)], '1887 and 1915 land tax both 26251.23两: the fixed quota, other years; no contradiction')
S.rel('sum', U, [F(S93, '18.47万元'), h_30], '1930 land tax 18.47万 exceeds local revenue 9.63万: the 地丁 went to the state, not to the county; not a part of it')
S.rel('sum', U, [F(S93, '5.78万元'), F(S93, '2.26万元'), h_19], '1915 land tax 5.78 + grain 2.26 = 8.04 vs the 1919 total 8.91: other year')

# ---- further traps
S.rel('sum', U, [F(ZC, '65.3亿元'), F(ZC, '78.8亿元')], '诸城 revenue 65.3 and spending 78.8: the gap is met by transfers not stated; no balance to check')
S.rel('restatement', U, [b_h90, b_198, b_220], '青岛 headline “超90%” is investment completion (92.16%); 198 of 220 projects under way is also 90%, another measure')
S.rel('restatement', U, [x_45, x_45b], '慈溪 primary +4.5% for 全市 and for 市級: same number, other scope')
S.rel('sum', U, [g_qt, g_all], 'Qing 35306两 against 1934 172654元 (银元): other unit and period, nothing to compare')
S.rel('share', U, [c_r, F(CN, '102.27 %'), c_e, F(CN, '96.71%')], '长宁 revenue against the budget (102.27%), spending against the adjusted budget (96.71%): other bases; nothing to compare')
S.rel('growth', U, [F(SZ, '1.86'), s_192, F(SZ, '6', pre='1.92 | ')], '1.86 → 1.92万亿 is +3.2% in current prices against 6% real: levels of different vintages (later revised) and nominal vs real')

# ================= altered copies
a = ALT(W1, 1, r602, '612亿元', 'general budget revenue 2020 602 → 612')
S.rel('growth', I, R(a, gr_r1, r602, '612亿元'), 'altered: (612/403)^(1/5) = 1.0871 → 8.7%, not 8.4% (breaks {B})')
a = ALT(W1, 2, r63, '65481元', 'urban income 2020 63481 → 65481')
S.rel('growth', I, R(a, gr_r2, r63, '65481元'), 'altered: (65481/44026)^(1/5) = 1.0826 → 8.3%, not 7.6% (breaks {B})')
a = ALT(W0, 1, p15, '1.6倍', 'revenue multiple 1.5 → 1.6')
S.rel('growth', I, R(a, gr_p1, p15, '1.6倍'), 'altered: 1.55–1.65 times over five years is 9.2–10.5% a year, not 8.3% (breaks {B})')
S.rel('growth', I, R(a, gr_x1, p15, '1.6倍'), 'altered: 600/403 = 1.49, not 1.6 times (breaks {B})')
a = ALT(W0, 2, p83, '8.8%', 'yearly revenue growth 8.3 → 8.8')
S.rel('growth', I, R(a, gr_x2, p83, '8.8%'), 'altered: (600/403)^(1/5) = 1.0828 → 8.3%, not 8.8% (breaks {B}; 8.8 still fits “1.5倍”)')
a = ALT(FJ, 1, f_p[1], '23986.43億元', 'secondary industry 23966.43 → 23986.43')
S.rel('sum', I, R(a, sum_f, f_p[1], '23986.43億元'), 'altered: 3217.66 + 23986.43 + 27171.01 = 54375.10, not 54355.10 (breaks {B})')
a = ALT(FJ, 2, f_urb, '2927萬(wàn)人', 'urban population 2972 → 2927')
S.rel('share', I, R(a, sh_f, f_urb, '2927萬(wàn)人'), 'altered: 2927 / 4183 = 69.97%, not 71.04% (breaks {B})')
a = ALT(QQ, 1, q_ti, '39.96亿元', 'increase of total revenue 34.96 → 39.96')
S.rel('growth', I, R(a, gr_q1, q_ti, '39.96亿元'), 'altered: 39.96 / 272.78 = 14.65%, not 12.6% (breaks {B})')
a = ALT(QQ, 2, q_l97, '9.2个百分点', 'local revenue ahead of schedule 9.7 → 9.2 points')
S.rel('share', I, R(a, sh_q2, q_l97, '9.2个百分点'), 'altered: 34.7 − 9.2 = 25.5, not the quarter’s 25.0 (breaks {B})')
a = ALT(QF, 1, qf_rp[0], '55.72亿元', 'transfers from above 55.12 → 55.72')
S.rel('sum', I, R(a, sum_qf1, qf_rp[0], '55.72亿元'), 'altered: the resources sum to 248.50, not 247.9 (breaks {B})')
a = ALT(QF, 2, qf_b, '22.9亿元', 'year-end balance 22.4 → 22.9')
S.rel('sum', I, R(a, sum_qf3, qf_b, '22.9亿元'), 'altered: 247.9 − 225.5 = 22.4, not 22.9 (breaks {B})')
a = ALT(CN, 1, c_rp[3], '16.85亿元', 'funds transferred in 16.65 → 16.85')
S.rel('sum', I, R(a, sum_c1, c_rp[3], '16.85亿元'), 'altered: the resources sum to 267.04, not 266.84 (breaks {B})')
a = ALT(CN, 2, c_ep[3], '33.88亿元', 'paid into the stabilisation fund 33.83 → 33.88')
S.rel('sum', I, R(a, sum_c2, c_ep[3], '33.88亿元'), 'altered: the uses sum to 266.89, not 266.84 (breaks {B})')
a = ALT(DQ, 1, d_trp[4], '7.84亿元', 'stabilisation fund drawn 7.64 → 7.84')
S.rel('sum', I, R(a, sum_d1, d_trp[4], '7.84亿元'), 'altered: the transfers in sum to 18.13, not 17.93 (breaks {B})')
a = ALT(DQ, 2, d_top[1], '4.37亿元', 'paid into the stabilisation fund 4.87 → 4.37')
S.rel('sum', I, R(a, sum_d4, d_top[1], '4.37亿元'), 'altered: 4.5 + 4.37 + 0.3 = 9.17, not 9.67 (breaks {B})')
a = ALT(CX, 1, x_mp[1], '936.97億元', '市級 secondary industry 930.97 → 936.97')
S.rel('sum', I, R(a, sum_x2, x_mp[1], '936.97億元'), 'altered: 61.33 + 936.97 + 697.14 = 1695.44, not 1689.44 (breaks {B})')
S.rel('share', I, R(a, sh_x3, x_mp[1], '936.97億元'), 'altered: 936.97 / 1689.44 = 55.46%, not 55.1 (breaks {B})')
a = ALT(CX, 2, x_ap[2], '10.24億元', 'livestock output 10.74 → 10.24')
S.rel('sum', I, R(a, sum_x4, x_ap[2], '10.24億元'), 'altered: the five heads sum to 97.95, not 98.45 (breaks {B})')
a = ALT(CC, 1, cc_ap[2], '4461万元', 'fishery output 4491 → 4461')
S.rel('sum', I, R(a, sum_cc2, cc_ap[2], '4461万元'), 'altered: 14437 + 760 + 4461 + 1638 = 21296, not 21326 (breaks {B})')
a = ALT(CC, 2, cc_h, '646.29亿元', 'high-tech output 640.29 → 646.29')
S.rel('share', I, R(a, sh_cc, cc_h, '646.29亿元'), 'altered: 646.29 / 1040.93 = 62.09%, not 61.51% (breaks {B})')
a = ALT(ZC, 1, z_p[1], '232.17亿元', 'secondary industry 238.17 → 232.17')
S.rel('sum', I, R(a, sum_z, z_p[1], '232.17亿元'), 'altered: 69.70 + 232.17 + 328.88 = 630.75, not 636.75 (breaks {B})')
a = ALT(ZC, 2, z_p[2], '328.38亿元', 'tertiary industry 328.88 → 328.38')
S.rel('sum', I, R(a, sum_z, z_p[2], '328.38亿元'), 'altered: 69.70 + 238.17 + 328.38 = 636.25, not 636.75 (breaks {B})')
a = ALT(QA, 1, a_old, '142個', 'continuing projects 112 → 142')
S.rel('share', I, R(a, sh_ax, a_old, '142個'), 'altered: (82 + 142) / 220 = 101.8%, not 88.18% (breaks {B})')
a = ALT(QA, 2, a_20, '23個', 'continuing major projects 20 → 23')
S.rel('sum', I, R(a, sum_a, a_20, '23個'), 'altered: 6 + 23 = 29, not 26 (breaks {B})')
a = ALT(QA, 3, a_t, '358.95億元', 'body investment 352.95 → 358.95')
S.rel('restatement', I, R(a, rs_a, a_t, '358.95億元'), 'altered: headline 352.95 against 358.95 in the body (breaks {B})')
a = ALT(QB, 1, b_9216, '89.16%', 'completion rate 92.16 → 89.16')
S.rel('restatement', I, R(a, rs_b1, b_9216, '89.16%'), 'altered: the headline says “超90%”, the body 89.16% (breaks {B})')
a = ALT(QB, 2, b_220, '250个', 'number of key projects 220 → 250')
S.rel('share', I, R(a, sh_ax, b_220, '250个'), 'altered: (82 + 112) / 250 = 77.6%, not 88.18% (breaks {B})')
a = ALT(SZ, 1, s_p[1], '9335.6亿元', 'secondary industry 9385.6 → 9335.6')
S.rel('sum', I, R(a, sum_s1, s_p[1], '9335.6亿元'), 'altered: 196.4 + 9335.6 + 10588.5 = 20120.5, not 20170.5 (breaks {B})')
a = ALT(SZ, 2, s_d[5], '1476', '虎丘区 GDP 1446 → 1476')
S.rel('sum', I, R(a, sum_s2, s_d[5], '1476'), 'altered: the ten areas sum to 20200.21, 30 above 20170.5 (breaks {B})')
a = ALT(S67, 1, g_m[1], '30580元', 'miscellaneous levies 1934 30530 → 30580')
S.rel('sum', I, R(a, sum_g2, g_m[1], '30580元'), 'altered: the four items sum to 157665, not 157615 (breaks {B})')
a = ALT(S67, 2, g_75, '1977万元', 'revenue 1975 1917 → 1977')
S.rel('growth', I, R(a, gr_g5, g_75, '1977万元'), 'altered: 1977 / 874 = +126.2%, not 119% (breaks {B})')
a = ALT(S93, 1, h_19p[4], '6883元', 'wine-and-tobacco tax 1919 6683 → 6883')
S.rel('sum', I, R(a, sum_h1, h_19p[4], '6883元'), 'altered: the six items sum to 89316, above 8.91万 (breaks {B})')
S.rel('share', I, R(a, sh_h2, h_19p[4], '6883元'), 'altered: 6883 / 89100 = 7.72%, not 7.50% (breaks {B})')
a = ALT(S93, 2, h_30p[2], '2839元', 'public funds 1930 2339 → 2839')
S.rel('sum', I, R(a, sum_h3, h_30p[2], '2839元'), 'altered: 91000 + 366 + 2839 + 2631 = 96836, not 9.63万 (breaks {B})')
S.rel('share', I, R(a, sh_h4, h_30p[2], '2839元'), 'altered: 2839 / 96300 = 2.95%, not 2.43% (breaks {B})')
a = ALT(S93, 3, h_647, '627万元', 'decrease 1960-62 647 → 627')
S.rel('sum', I, R(a, sum_h5, h_647, '627万元'), 'altered: 1209.9 − 627 = 582.9, not 562.9 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout149. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout149.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout149'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

XZ='xz_2022h1_hant.txt'; AB='ab_2024q3.txt'; JJ='jjx_2023_hant.txt'; SC='sc_1959.txt'; YN='yn_1949_2018.txt'
CQB='cq_2021b.txt'; TL='tl_2021.txt'; PS='ps_2020.txt'; C22='cq_2022.txt'; C23='cq_2023_hant.txt'; C24='cq_2024.txt'
G8H='gz_2018h1.txt'; G87='gz_2018m7.txt'; G7='gz_2017b4.txt'; G9='gz_2019m5.txt'; CX='cx_h1.txt'; DL='dl_2025m7.txt'
TR='tr_1995.txt'; PD='pd_1995.txt'; G40='gz_1978_2017.txt'

# ---- 西藏 H1 2022 (traditional)
xz_t = F(XZ, '973.24億元'); xz_p = [F(XZ, '48.30億元'), F(XZ, '354.31億元'), F(XZ, '570.63億元')]
xz_tt = F(XZ, '1717.4萬人次'); xz_in = F(XZ, '5126人次'); xz_dm = F(XZ, '1716.89萬人次')
xz_gt = F(XZ, '2.3%', n=0); xz_gi = F(XZ, '47.7%'); xz_gd = F(XZ, '2.3%', n=1)
xz_jun = F(XZ, '5.6%'); xz_may = F(XZ, '4.7%'); xz_pp = F(XZ, '10.3個百分點')
sum_xz = xz_p + [xz_t]; sum_xzt = [xz_in, xz_dm, xz_tt]; rt_xz = [xz_tt, xz_gt, xz_in, xz_gi, xz_dm, xz_gd]; gr_xz = [xz_jun, xz_may, xz_pp]
S.rel('sum', C, sum_xz, '西藏 H1 2022: 48.30 + 354.31 + 570.63 = 973.24億元')
S.rel('sum', C, sum_xzt, 'tourists: 5126 inbound + 1716.89萬 domestic = 1717.40萬 → “1717.4萬人次”')
S.rel('rate', C, rt_xz, 'total −2.3% rebuilt from the parts: last year = 5126/1.477 + 1716.89萬/0.977 = 1757.66萬; 1717.40 / 1757.66 = −2.29% → −2.3%')
S.rel('growth', C, gr_xz, 'June retail +5.6% “比5月份提高10.3個百分點”: 5.6 − (−4.7) = 10.3')
S.rel('restatement', U, [xz_gt, xz_gd], 'all tourists −2.3% and domestic tourists −2.3%: a part and its total with equal rates (the inbound part is tiny), not one figure restated')
S.rel('growth', U, [xz_gt, F(XZ, '11.5個百分點')], 'tourists −2.3% “降幅比1—5月收窄11.5個百分點”: the Jan–May rate is not stated')
S.rel('growth', U, [F(XZ, '1.5%'), F(XZ, '0.7個百分點')], 'retail +1.5% “比1—5月提高0.7個百分點”: the Jan–May rate is not stated')
S.rel('rate', U, [F(XZ, '1.5%'), F(XZ, '4.1%'), xz_may, xz_jun], 'H1 retail +1.5% against April −4.1%, May −4.7%, June +5.6%: January–March and the monthly weights are not stated')
S.rel('rate', U, [F(XZ, '4.8%'), F(XZ, '0.3%'), F(XZ, '1.0%'), F(XZ, '7.0%')], 'GDP +4.8% from the sectors’ +0.3/+1.0/+7.0%: last year’s levels are not stated (comparable prices)')

# ---- 阿坝州 Q1–Q3 2024
ab_t = F(AB, '381.21亿元'); ab_p = [F(AB, '83.77亿元'), F(AB, '89.24亿元'), F(AB, '208.20亿元')]
ab_g = [F(AB, '16.02万吨'), F(AB, '0.28万吨'), F(AB, '2%', post='。经济')]
sum_ab = ab_p + [ab_t]
S.rel('sum', C, sum_ab, '阿坝 Q1–Q3 2024: 83.77 + 89.24 + 208.20 = 381.21亿元')
S.rel('growth', C, ab_g, 'autumn grain 16.02万吨, up 0.28: 0.28 / 15.74 = +1.8% → “增长2%” (whole per cent)')
S.rel('restatement', U, [F(AB, '2.6%', n=0), F(AB, '2.6%', n=1)], 'primary value added +2.6% and 农林牧渔业总产值 (gross output) +2.6%: other indicators')
S.rel('restatement', U, [F(AB, '1.5%', n=0), F(AB, '1.8%', pre='增加值增长')], 'industry “含园区” +1.5% and “州内” +1.8%: overlapping scopes, not one figure')
S.rel('rate', U, [F(AB, '1.8%', pre='增加值增长'), F(AB, '6.2%'), F(AB, '1.5%', n=1)], 'light +6.2% and heavy +1.5% against the total: the weights are not stated')
S.rel('restatement', U, [F(AB, '1.5%', n=0), F(AB, '1.5%', n=1)], '含园区 industry +1.5% and heavy industry (州内) +1.5%: same number, other scope')

# ---- 夹江县 2023 (traditional)
jj_t = F(JJ, '235.7億元'); jj_p = [F(JJ, '37.7億元'), F(JJ, '106.6億元'), F(JJ, '91.4億元')]
jj_s = [F(JJ, '16', pre='調(diào)整為'), F(JJ, '45.2'), F(JJ, '38.8')]
jj_s0 = [F(JJ, '16.6'), F(JJ, '47.0'), F(JJ, '36.4')]
jj_m = [F(JJ, '11.9億元'), F(JJ, '86.4億元'), F(JJ, '45.3億元'), F(JJ, '143.6億元')]
sum_jj = jj_p + [jj_t]; sh_jj1 = [jj_p[0], jj_t, jj_s[0]]; sh_jj2 = [jj_p[1], jj_t, jj_s[1]]; sh_jj3 = [jj_p[2], jj_t, jj_s[2]]
S.rel('sum', C, sum_jj, '夹江 2023: 37.7 + 106.6 + 91.4 = 235.7億元')
S.rel('share', C, sh_jj1, 'primary 37.7 / 235.7 = 15.99% → “16”')
S.rel('share', C, sh_jj2, 'secondary 106.6 / 235.7 = 45.23% → 45.2')
S.rel('share', C, sh_jj3, 'tertiary 91.4 / 235.7 = 38.78% → 38.8')
S.rel('sum', C, jj_s, 'structure 16 + 45.2 + 38.8 = 100')
S.rel('sum', C, jj_s0, 'last year’s structure 16.6 + 47.0 + 36.4 = 100')
S.rel('sum', C, jj_m, 'private economy: 11.9 + 86.4 + 45.3 = 143.6億元')
S.rel('growth', U, [F(JJ, '1.5%'), F(JJ, '3.7個')], 'GDP +1.5% “增速比上年提高3.7個百分點” implies 2022 −2.2%: not stated in the text')
S.rel('sum', U, [jj_m[0], jj_p[0]], 'private primary 11.9 within primary 37.7: a part, not a split')
S.rel('sum', U, [F(JJ, '16733.2公頃'), F(JJ, '3846.2公頃'), F(JJ, '106.0公頃'), F(JJ, '10002.4公頃')], 'maize + wheat + rice = 13954.6 of 16733.2 ha: a selection (“其中”), other grain crops are not listed')
S.rel('sum', U, [F(JJ, '165.8公頃'), F(JJ, '29.3公頃'), F(JJ, '0.3公頃'), F(JJ, '105.0公頃')], 'area change −165.8 against +29.3 + 0.3 − 105.0 = −75.4: the crops not listed make up the rest; nothing to check')
S.rel('rate', U, [F(JJ, '1.5%'), F(JJ, '5.6%'), F(JJ, '3.6%'), F(JJ, '6.1%')], 'GDP +1.5% from the sectors’ +5.6/−3.6/+6.1%: last year’s levels are not stated (the 2022 structure alone does not give real weights)')

# ---- 四川 grain transfers 1959–1961
sc_tot = F(SC, '222.5亿斤'); sc_q = F(SC, '58亿斤'); sc_a = F(SC, '48亿斤'); sc_s = F(SC, '22%')
sh_sc = [sc_a, sc_tot, sc_s]
S.rel('share', C, sh_sc, '四川 48亿斤 of the national 222.5亿斤 = 21.6% → 22% (the national figure is the assigned total; see judgement calls)')
S.rel('target', MS, [sc_q, sc_a], '1959/60 grain year (over): 中央要求 58亿斤, 实际调出 48亿斤: missed')
S.rel('share', U, [sc_q, sc_tot, sc_s], 'the quota 58 / 222.5 = 26.1% is not the share stated (22% is the actual share); quota and actual are different figures')
S.rel('growth', U, [F(SC, '19.9%'), F(SC, '636斤'), F(SC, '358斤')], 'output “平均递减19.9%” (1959–61 vs 1958) against grain per head 636 → 358斤: other indicator (per head, and 1961 only); output is not stated')

# ---- 云南 1949–2018 (2019 article)
yn_18 = F(YN, '1860.54 万t'); yn_49 = F(YN, '374 万t'); yn_x = F(YN, '4.9 倍'); yn_a = F(YN, '2.4%')
gr_yna = [yn_18, yn_49, yn_a]
S.rel('growth', I, [yn_18, yn_49, yn_x], 'REAL DISCREPANCY (truncation): 1860.54 / 374 = 4.975 (4.968–4.981 with the half units), which rounds to 5.0, not “4.9 倍”')
S.rel('growth', C, gr_yna, '年均增幅 over 1949–2018 (69 years): 4.975^(1/69) = +2.35% → 2.4 (at the edge: 2.350–2.354 with the half units)')
S.rel('growth', U, [F(YN, '4169.21千hm2'), F(YN, '70.5%')], 'grain area 4169.21 “比1949年增加70.5%”: the 1949 area is not stated')
S.rel('growth', U, [F(YN, '3055.53 万头'), F(YN, '11.2 倍'), F(YN, '1268.85 万只'), F(YN, '6.2倍')], 'pigs ×11.2 and sheep ×6.2 since 1949: the 1949 stocks are not stated')
S.rel('share', U, [F(YN, '126%'), F(YN, '3055.53 万头')], 'pig offtake rate 126%: slaughter and the start-of-year stock are not stated; not 126% of the year-end stock stated')

# ---- 重庆 2021 budget
cq_r = F(CQB, '2285亿元'); cq_tax = F(CQB, '1543亿元'); cq_nt = F(CQB, '742亿元'); cq_cs = F(CQB, '2046亿元')
cq_in = F(CQB, '6270亿元', n=0); cq_out = F(CQB, '6270亿元', pre='支出总量为'); cq_e = F(CQB, '4835亿元')
cq_fr = F(CQB, '2358亿元'); cq_fin = F(CQB, '4710亿元', n=0); cq_fe3 = F(CQB, '1214亿元'); cq_fout = F(CQB, '4710亿元', pre='支出总量为')
sum_cq1 = [cq_r, cq_cs, F(CQB, '777亿元'), F(CQB, '1162亿元'), cq_in]
sum_cq2 = [cq_e, F(CQB, '61亿元'), F(CQB, '666亿元'), F(CQB, '708亿元'), cq_out]
sum_cq3 = [cq_tax, cq_nt, cq_r]
sum_cq4 = [cq_fr, F(CQB, '104亿元', n=0), F(CQB, '1743亿元'), F(CQB, '505亿元'), cq_fin]
sum_cq5 = [F(CQB, '2953亿元'), F(CQB, '543亿元', pre='还本支出'), cq_fe3, cq_fout]
rt_cq = [cq_r, F(CQB, '9.1%'), cq_tax, F(CQB, '7.9%'), cq_nt, F(CQB, '11.7%')]
S.rel('sum', C, sum_cq1, '重庆 2021: revenue 2285 + central subsidies 2046 + debt 777 + funds/carry-over 1162 = 6270亿 (收入总量)')
S.rel('sum', C, sum_cq2, 'spending 4835 + 61 + 666 + 708 = 6270亿 (支出总量)')
S.rel('sum', C, sum_cq3, 'tax 1543 + non-tax 742 = 2285亿')
S.rel('sum', C, sum_cq4, 'fund revenue 2358 + 104 + 1743 + 505 = 4710亿')
S.rel('sum', C, sum_cq5, 'fund spending 2953 + 543 + 1214 = 4710亿')
S.rel('sum', C, [F(CQB, '104亿元', n=1), F(CQB, '9亿元'), F(CQB, '5亿元', pre='结转'), F(CQB, '118亿元', n=0)], 'state-capital revenue 104 + 9 + 5 = 118亿')
S.rel('sum', C, [F(CQB, '40亿元'), F(CQB, '70亿元', pre='调出资金'), F(CQB, '8亿元', pre='结转下年'), F(CQB, '118亿元', pre='支出总量为')], 'state-capital spending 40 + 70 + 8 = 118亿')
S.rel('rate', C, rt_cq, 'revenue +9.1% rebuilt from the parts: 2020 = 1543/1.079 + 742/1.117 = 2094.3; 2285 / 2094.3 = +9.11%')
S.rel('target', M, [cq_r, F(CQB, '103.9%')], '2021 revenue 103.9% of budget; the year is over: met')
S.rel('target', MS, [cq_e, F(CQB, '94.3%')], '2021 spending 94.3% of budget; the year is over: missed (budget as plan; see judgement calls)')
S.rel('target', M, [cq_fr, F(CQB, '116.7%')], '2021 fund revenue 116.7% of budget: met')
S.rel('sum', U, [F(CQB, '2044亿元'), cq_fr], 'land-sale revenue 2044 within fund revenue 2358 (“其中”): a part; the rest is not split')
S.rel('restatement', U, [F(CQB, '104亿元', n=0), F(CQB, '104亿元', n=1)], 'central subsidy to the fund budget 104亿 and state-capital revenue 104亿: same number, other indicators')

# ---- 铜梁区 2021 budget (table and text)
tl_T = lambda s: F(TL, s, post='  ')
tl_in = F(TL, '92.62', pre='收入总计\n\n'); tl_out = F(TL, '92.62', pre='支出总计\n\n')
tl_own = tl_T('40.01'); tl_tr = tl_T('52.61'); tl_e = tl_T('74.35'); tl_te = tl_T('18.27')
tl_tri = [F(TL, '22.06', post='\n'), F(TL, '9.3', post='\n'), F(TL, '2.33', pre='调节基金\n\n', post='  '), tl_T('0.83'), tl_T('18.09')]
tl_tei = [tl_T('3.73'), tl_T('6.34'), F(TL, '0.8', post='\n'), F(TL, '2.33', post='\n'), F(TL, '5.07', post='\n')]
tl_r = F(TL, '40.01亿元'); tl_tax = F(TL, '16.32亿元'); tl_nt = F(TL, '23.69亿元'); tl_o = F(TL, '21.25亿元')
tl_e2 = F(TL, '74.35亿元'); tl_d = F(TL, '6.34亿元'); tl_x = F(TL, '8.2亿元')
sum_tl1 = [tl_own, tl_tr, tl_in]; sum_tl2 = tl_tri + [tl_tr]; sum_tl3 = [tl_e, tl_te, tl_out]; sum_tl4 = tl_tei + [tl_te]
sum_tl5 = [tl_tax, tl_nt, tl_r]; sum_tl6 = [tl_r, F(TL, '22.06亿元'), F(TL, '9.3亿元'), tl_o, F(TL, '92.62亿元', n=0)]
sum_tl7 = [tl_e2, F(TL, '3.73亿元'), tl_d, tl_x, tl_out]
sum_tl8 = tl_tri[2:] + [tl_o]; sum_tl9 = tl_tei[2:] + [tl_x]
rt_tl = [tl_r, F(TL, '15.4%'), tl_tax, F(TL, '11.6%'), tl_nt, F(TL, '46.2%')]
S.rel('sum', C, sum_tl1, '铜梁 2021 table: 本级收入 40.01 + 转移性收入 52.61 = 收入总计 92.62')
S.rel('sum', C, sum_tl2, 'table: 22.06 + 9.3 + 2.33 + 0.83 + 18.09 = 转移性收入 52.61')
S.rel('sum', C, sum_tl3, 'table: 本级支出 74.35 + 转移性支出 18.27 = 支出总计 92.62')
S.rel('sum', C, sum_tl4, 'table: 3.73 + 6.34 + 0.8 + 2.33 + 5.07 = 转移性支出 18.27')
S.rel('sum', C, sum_tl5, 'text: tax 16.32 + non-tax 23.69 = 40.01亿')
S.rel('sum', C, sum_tl6, 'text: 40.01 + 22.06 + 9.3 + 21.25 = 收入总量 92.62亿')
S.rel('sum', C, sum_tl7, 'text items 74.35 + 3.73 + 6.34 + 8.2 = 92.62, the table’s 支出总计 (the text restates it as 支出总量)')
S.rel('sum', C, sum_tl8, 'text ↔ table: “动用预算稳定调节基金、上年结转、调入资金21.25亿” = 2.33 + 0.83 + 18.09')
S.rel('sum', C, sum_tl9, 'text ↔ table: “调出资金、安排预算稳定调节基金和结转下年8.2亿” = 0.8 + 2.33 + 5.07')
S.rel('rate', C, rt_tl, 'revenue +15.4% rebuilt from the parts: 2020 = 16.32/0.884 + 23.69/1.462 = 34.67; 40.01 / 34.67 = +15.42%')
S.rel('restatement', U, [tl_tri[2], tl_tei[3]], '动用 (drawn from) the stabilisation fund 2.33 and 安排 (paid into) it 2.33: same number, opposite flows; not one figure')

# ---- 彭水自治县 2020 budget (table in 万元, text in 亿元)
ps_own = F(PS, '141461'); ps_tax = F(PS, '94148'); ps_nt = F(PS, '47313'); ps_tr = F(PS, '653782')
ps_sub = F(PS, '476762'); ps_debt = F(PS, '113850'); ps_tot = F(PS, '795243', n=0); ps_tote = F(PS, '795243', n=1)
ps_e = F(PS, '729850'); ps_te = F(PS, '65393'); ps_rep = F(PS, '34809')
ps_tri = [ps_sub, F(PS, '55000'), F(PS, '237'), ps_debt, F(PS, '7933')]
ps_tei = [F(PS, '16685'), ps_rep, F(PS, '461', pre='\n', post=' |'), F(PS, '13438')]
ps_r = F(PS, '14.15亿元'); ps_sub2 = F(PS, '47.68亿元'); ps_rep2 = F(PS, '3.48亿元'); ps_e2 = F(PS, '72.99亿元')
sum_ps1 = [ps_tax, ps_nt, ps_own]; sum_ps2 = ps_tri + [ps_tr]; sum_ps3 = [ps_own, ps_tr, ps_tot]; sum_ps4 = [ps_e, ps_te, ps_tote]
sum_ps5 = ps_tei + [ps_te]
sum_ps6 = [ps_r, ps_sub2, F(PS, '11.39亿元'), F(PS, '0.02亿元'), F(PS, '5.5亿元'), F(PS, '0.79亿元'), F(PS, '79.52亿元', n=0)]
sum_ps7 = [ps_e2, F(PS, '1.67亿元'), ps_rep2, F(PS, '0.05亿元'), F(PS, '1.34亿元'), ps_tote]
rs_ps1 = [ps_sub, ps_sub2]; rs_ps2 = [ps_rep, ps_rep2]; rs_ps3 = [ps_own, ps_r]; rs_ps4 = [ps_e, ps_e2]
rt_ps = [ps_r, F(PS, '4.6%'), F(PS, '9.41亿元'), F(PS, '9.7%'), F(PS, '4.73亿元'), F(PS, '4.2%')]
S.rel('sum', C, sum_ps1, '彭水 2020 table: 税收 94148 + 非税 47313 = 本级收入 141461万元')
S.rel('sum', C, sum_ps2, 'table: 476762 + 55000 + 237 + 113850 + 7933 = 转移性收入 653782')
S.rel('sum', C, sum_ps3, 'table: 141461 + 653782 = 总计 795243')
S.rel('sum', C, sum_ps4, 'table: 本级支出 729850 + 转移性支出 65393 = 总计 795243')
S.rel('sum', C, sum_ps5, 'table: 16685 + 34809 + 461 + 13438 = 转移性支出 65393')
S.rel('sum', C, sum_ps6, 'text: 14.15 + 47.68 + 11.39 + 0.02 + 5.5 + 0.79 = 79.53, within the half units of 收入总计 79.52亿 (each 亿 figure rounded from the table)')
S.rel('sum', C, sum_ps7, 'text items 72.99 + 1.67 + 3.48 + 0.05 + 1.34 = 79.53亿 (79.505–79.555 with the half units) against the table’s 支出总计 795243万元 = 79.5243亿: consistent')
S.rel('restatement', C, rs_ps1, 'table 476762万元 = text 上级补助收入 47.68亿元')
S.rel('restatement', C, rs_ps2, 'table 34809万元 = text 债务还本支出 3.48亿元')
S.rel('restatement', C, rs_ps3, 'table 141461万元 = text 一般公共预算收入 14.15亿元')
S.rel('restatement', C, rs_ps4, 'table 729850万元 = text 支出 72.99亿元 (72.985 rounds up: at the edge)')
S.rel('rate', C, rt_ps, 'revenue +4.6% rebuilt from the parts: 2019 = 9.41/1.097 + 4.73/0.958 = 13.52; 14.15 / 13.52 = +4.6%')
S.rel('target', M, [ps_r, F(PS, '100.3%')], '2020 revenue 100.3% of the adjusted budget; the year is over: met')
S.rel('target', MS, [ps_e2, F(PS, '99%')], '2020 spending 99% of budget; the year is over: missed (budget as plan)')
S.rel('restatement', C, [F(PS, '55000'), F(PS, '5.5亿元')], 'table 调入资金 55000万元 = text 5.5亿元')

# ---- 重庆 2022 estimate / 2023 target; 2023 result / 2024 target (traditional); 2024 result
c22_17 = F(C22, '2.01万亿元'); c22_22 = F(C22, '2.9万亿元以上'); c22_a = F(C22, '5.3%左右')
c22_t23 = F(C22, '6%以上', n=1); c23_l = F(C23, '30145.79億(yi) 元'); c23_t24 = F(C23, '6%左右'); c24_g = F(C24, '5.7%', n=1)
S.rel('growth', U, [c22_17, c22_22, c22_a], '2017 2.01万亿 → 2022 “2.9万亿元以上”: nominal +7.6% a year against “年均增长5.3%左右” at comparable prices: nominal vs real; no contradiction')
S.rel('target', M, [c23_t24, c24_g], 'cross-document: 2024 target “增长6%左右” (Jan 2024 report) against the 2024 result +5.7% (Jan 2025 report): ≥ 5.5, met')
S.rel('target', CT, [c22_t23, c23_l], 'cross-document: 2023 target “地区生产总值增长6%以上” against the 2023 report, which states only the level 30145.79亿 (no real rate): cannot tell')
S.rel('target', U, [c22_t23, c24_g], 'cross-document: the 2023 target 6%以上 against the 2024 result 5.7%: other period; unrelated')
S.rel('restatement', C, [c23_l, F(C23, '突破3萬(wan) 億(yi) 元')], '30145.79亿 “突破3万亿元大关” (a lower bound): consistent')
S.rel('growth', U, [c22_22, c23_l], 'cross-document: 2022 “2.9万亿以上” → 2023 30145.79亿: at most +4.0% nominal; no 2023 rate is stated to check against')
S.rel('growth', U, [c23_l, F(C24, '3.2万亿元', n=2), c24_g], 'cross-document: 30145.79 → “3.2万亿” is +6.2% nominal against +5.7% real (and 3.2 is rounded): nominal vs real; no contradiction')
S.rel('restatement', C, [F(C24, '3.2万亿元', n=0), F(C24, '3.2万亿元', n=2)], 'headline “2024年GDP目标直指3.2万亿元” and the body “预计GDP达到3.2万亿元”: the same figure (the headline calls an estimate a 目标)')
S.rel('restatement', U, [F(C22, '6%以上', n=0), c23_t24], 'cross-document: 2023 target “6%以上” and 2024 target “6%左右”: other years’ targets; no relation')

# ---- 贵州 H1 2018 and Jan–Jul 2018
g8_done = F(G8H, '4670.5亿元'); g8_plan = F(G8H, '9062亿元'); g8_s = F(G8H, '51.5%')
g8_sec = [F(G8H, x) for x in ['66.6亿元', '555.1亿元', '305.1亿元', '697.5亿元', '282.2亿元', '1880.4亿元']]
g8_3 = F(G8H, '3787亿元'); g8_n = F(G8H, '1013个'); g8_v = F(G8H, '6662.64亿元')
g7_n = F(G87, '1076个'); g7_v = F(G87, '6986.36亿元'); g7_jn = F(G87, '63个'); g7_jv = F(G87, '323.72亿元')
g7_rn = [F(G87, x, pre=p) for p, x in [('贵阳市新开工亿元以上项目', '3个'), ('遵义市新开工亿元以上项目', '8个'), ('六盘水市新开工亿元以上项目', '16个'), ('安顺市新开工亿元以上项目', '2个'), ('毕节市新开工亿元以上项目', '2个'), ('黔东南州新开工亿元以上项目', '5个'), ('黔南州新开工亿元以上项目', '7个'), ('黔西南州新开工亿元以上项目', '16个'), ('贵安新区新开工亿元以上项目', '4个')]]
g7_rv = [F(G87, x) for x in ['43.6亿元', '74.57亿元', '47.24亿元', '20亿元', '26.6亿元', '9.46亿元', '39.93亿元', '56.67亿元', '5.65亿元']]
sh_g8 = [g8_done, g8_plan, g8_s]; sum_g8 = g8_sec + [g8_3]; sh_g83 = [g8_3, g8_done, F(G8H, '81.1%')]
sum_g7n = g7_rn + [g7_jn]; sum_g7v = g7_rv + [g7_jv]; sum_gx1 = [g8_n, g7_jn, g7_n]; sum_gx2 = [g8_v, g7_jv, g7_v]
S.rel('share', C, sh_g8, '贵州 H1 2018: 4670.5 / 9062 (“今年内投资目标”) = 51.54% → “占年度计划的51.5%”')
S.rel('target', CT, sh_g8, '51.5% of the annual plan by the end of June: the year is not over; cannot tell')
S.rel('target', M, [F(G8H, '104个'), F(G8H, '116%')], 'projects completed: 104 = 116% of the H1 plan; H1 is over: met')
S.rel('sum', C, sum_g8, '66.6 + 555.1 + 305.1 + 697.5 + 282.2 + 1880.4 = 3786.9 → “完成投资3787亿元”')
S.rel('share', C, sh_g83, '3787 / 4670.5 = 81.08% → 81.1% (the text calls the base “上半年完成投资计划”; the arithmetic matches the completed 4670.5)')
S.rel('share', U, [F(G8H, '508亿元'), F(G8H, '52.3%')], 'industry 508亿 = 52.3% of its annual target: the industrial target is not stated')
S.rel('sum', U, [g8_n, F(G8H, '712个')], '1013 projects started, “其中” 712 new provincial key projects: a part; nothing to check')
S.rel('sum', C, sum_g7n, '贵州 July 2018 new starts by region: 3 + 8 + 16 + 2 + 2 + 5 + 7 + 16 + 4 = 63')
S.rel('sum', C, sum_g7v, 'July investment by region: 43.6 + 74.57 + 47.24 + 20 + 26.6 + 9.46 + 39.93 + 56.67 + 5.65 = 323.72亿')
S.rel('sum', C, sum_gx1, 'cross-document: Jan–Jun 1013 + July 63 = Jan–Jul 1076 projects')
S.rel('sum', C, sum_gx2, 'cross-document: Jan–Jun 6662.64 + July 323.72 = Jan–Jul 6986.36亿')
S.rel('sum', U, [g8_done, g7_v], 'cross-document: completed investment 4670.5 (H1) and total investment of started projects 6986.36 (Jan–Jul): other indicators and periods')

# ---- 贵州 fourth batch 2017
g7b_n = F(G7, '328个'); g7b_v = F(G7, '1867亿元'); g7b_3n = F(G7, '220个'); g7b_3v = F(G7, '1271亿元')
g7b_pv = F(G7, '1112亿元'); g7b_s1 = F(G7, '67%'); g7b_s2 = F(G7, '68%')
sum_b1 = [F(G7, '191个'), F(G7, '6个'), F(G7, '23个'), g7b_3n]; sum_b2 = [g7b_pv, F(G7, '56亿元'), F(G7, '103亿元'), g7b_3v]
sum_b3 = [F(G7, '49个'), F(G7, '28个', pre='农业转型升级项目'), F(G7, '38个'), F(G7, '115个')]; sum_b4 = [F(G7, '307亿元'), F(G7, '98亿元'), F(G7, '162亿元'), F(G7, '567亿元')]
sh_b1 = [g7b_3n, g7b_n, g7b_s1]; sh_b2 = [g7b_3v, g7b_v, g7b_s2]; sh_b3 = [g7b_pv, g7b_v, F(G7, '60%', n=1)]
S.rel('sum', C, sum_b1, '贵州 batch 4, 2017: 191 + 6 + 23 = 220 projects')
S.rel('sum', C, sum_b2, '1112 + 56 + 103 = 1271亿')
S.rel('sum', C, sum_b3, '49 + 28 + 38 = 115 projects')
S.rel('sum', C, sum_b4, '307 + 98 + 162 = 567亿')
S.rel('share', C, sh_b1, '220 / 328 = 67.1% → 67%')
S.rel('share', C, sh_b2, '1271 / 1867 = 68.1% → 68%')
S.rel('share', C, sh_b3, 'poverty projects 1112 / 1867 = 59.6% → “投资占比达到60%”')
S.rel('restatement', C, [F(G7, '60%', n=0), F(G7, '60%', n=1)], 'lead “扶贫项目投资占比达到60%” restates the body')
S.rel('sum', U, [g7b_3n, F(G7, '115个'), g7b_n], '220 + 115 = 335 > 328: the two groupings overlap; not a split of the batch')
S.rel('sum', U, [g7b_n, g7b_v, F(G7, '1840个'), F(G7, '10964亿元')], 'batch 4 (328, 1867亿) within the year’s 1840 projects and 10964亿: batches 1–3 are not stated')

# ---- 贵州 Jan–May 2019
g9_c = [F(G9, '323个'), F(G9, '1326个'), F(G9, '653个'), F(G9, '436个'), F(G9, '2738个')]
g9_p = [F(G9, '822亿元'), F(G9, '4420亿元'), F(G9, '1607亿元'), F(G9, '355亿元'), F(G9, '7204亿元')]
g9_d = [F(G9, '4253.99亿元'), F(G9, '1882.24亿元'), F(G9, '531.59亿元'), F(G9, '79.74亿元')]
g9_s = [F(G9, '51.8%'), F(G9, '42.8%'), F(G9, '33.1%'), F(G9, '22.5%')]; g9_t = F(G9, '2919.55亿元'); g9_ts = F(G9, '40.5%')
sh_g9 = [[g9_d[i], g9_p[i], g9_s[i]] for i in range(4)]; sh_g9n = [F(G9, '450个'), g9_c[2], F(G9, '68.9%')]
S.rel('sum', C, g9_c, '贵州 2019 plan: 323 + 1326 + 653 + 436 = 2738 projects')
S.rel('sum', C, g9_p, 'plans by stage: 822 + 4420 + 1607 + 355 = 7204亿')
S.rel('share', C, [g9_t, g9_p[4], g9_ts], '2919.55 / 7204 = 40.53% → 40.5%')
S.rel('target', CT, [g9_t, g9_p[4], g9_ts], '40.5% of the 2019 plan by the end of May: cannot tell')
S.rel('share', I, sh_g9[0], 'REAL ERROR: 收尾 “完成投资4253.99亿元,占年度计划的51.8%” of 822亿 would be 517.5%; 51.8% fits 425.99亿 (a slipped digit)')
S.rel('share', I, sh_g9[1], 'REAL DISCREPANCY: 续建 1882.24 / 4420 = 42.58% (42.58–42.59 with the half units) → 42.6, not 42.8%')
S.rel('share', C, sh_g9[2], '新建 531.59 / 1607 = 33.08% → 33.1%')
S.rel('share', C, sh_g9[3], '预备 79.74 / 355 = 22.46% → 22.5%')
S.rel('sum', I, g9_d + [g9_t], 'REAL ERROR (same slip): the stages sum to 4253.99 + 1882.24 + 531.59 + 79.74 = 6747.56, not 2919.55; with 425.99 they give 2919.56')
S.rel('share', C, sh_g9n, 'new starts 450 = 68.9% of the plan: 450 / 653 (the 新建 projects of the plan) = 68.91%')
S.rel('restatement', U, [F(G9, '45.7%', n=0), F(G9, '45.7%', n=1)], '城市建设 45.7% and 节能环保 45.7% of their plans: same number, other sectors')
S.rel('share', U, [F(G9, '309.05亿元'), F(G9, '41.3%')], 'industry 309.05 = 41.3% of its plan: the industrial plan is not stated')
S.rel('share', U, [g9_ts, g8_s], 'cross-document: 40.5% of the 2019 plan by May and 51.5% of the 2018 plan by June: other years’ plans and periods; no relation')

# ---- 楚雄州 non-tax revenue, H1
cx_d = F(CX, '25.51亿元'); cx_p = F(CX, '32.97亿元'); cx_s = F(CX, '77.4%'); cx_x = F(CX, '27.4个百分点')
sh_cx = [cx_d, cx_p, cx_s]; gr_cx = [cx_s, cx_x]; gr_cx2 = [cx_d, F(CX, '1.63亿元'), F(CX, '6.8%')]
S.rel('share', C, sh_cx, '楚雄 H1 non-tax 25.51 / 32.97 = 77.37% → 77.4%')
S.rel('growth', C, gr_cx, '“超序时进度27.4个百分点”: 77.4 − 50 (six of twelve months) = 27.4')
S.rel('growth', C, gr_cx2, 'increase 1.63亿 on last year’s 25.51 − 1.63 = 23.88: +6.83% → 6.8%')
S.rel('target', CT, sh_cx, '77.4% of the year’s budget by mid-year: the year is not over; cannot tell')
S.rel('growth', U, [cx_s, F(CX, '32.3个百分点')], 'non-tax progress “快于同期税收收入32.3个百分点” implies tax at 45.1% of budget: not stated')
S.rel('share', U, [cx_d, F(CX, '48.5%')], 'non-tax 25.51 = 48.5% of general budget revenue: that revenue is not stated')

# ---- 大理州 Jan–Jul 2025
dl_u = [F(DL, '3.31亿千瓦时'), F(DL, '91.33亿千瓦时'), F(DL, '15.62亿千瓦时'), F(DL, '13.25亿千瓦时')]; dl_t = F(DL, '123.51亿千瓦时')
dl_ug = [F(DL, '9.5%'), F(DL, '11.7%'), F(DL, '9.4%'), F(DL, '3.0%')]; dl_tg = F(DL, '10.4%')
sum_dl = dl_u + [dl_t]; rt_dl = [dl_t, dl_tg] + [x for ab in zip(dl_u, dl_ug) for x in ab]
S.rel('sum', C, sum_dl, '大理 Jan–Jul 2025 electricity use: 3.31 + 91.33 + 15.62 + 13.25 = 123.51亿千瓦时')
S.rel('rate', C, rt_dl, 'total +10.4% rebuilt from the parts: last year = 3.31/1.095 + 91.33/1.117 + 15.62/1.094 + 13.25/1.03 = 111.93; 123.51 / 111.93 = +10.35% (10.30–10.42 with the half units) → 10.4 (at the edge)')
S.rel('sum', U, [F(DL, '33.28亿千瓦时'), F(DL, '34.11亿千瓦时'), F(DL, '124.18亿千瓦时'), F(DL, '194.36亿千瓦时')], 'solar + wind + hydro = 191.57 of 194.36: other sources (thermal) are not listed; a selection, not a split')
S.rel('sum', U, [F(DL, '89.86亿千瓦时'), dl_u[1]], 'industry 89.86 within the secondary sector 91.33: a part')
S.rel('rate', U, [F(DL, '5.0%'), F(DL, '31.0%'), F(DL, '8.8%'), F(DL, '2.3%')], 'industry +5.0% from mining +31.0, manufacturing +8.8, utilities −2.3: the weights are not stated')
S.rel('growth', U, [F(DL, '31.0%'), F(DL, '5.2个百分点')], 'mining +31.0% “较上半年加快5.2个百分点”: the H1 rate is not stated')

# ---- 铜仁地区 "八五" (mid-1990s article)
S.rel('growth', U, [F(TR, '1300166万元'), F(TR, '58%')], '八五 cumulative GNP 1300166万元 “比七五期间增长58%”: the 七五 total is not stated')
S.rel('growth', U, [F(TR, '58%'), F(TR, '9.8%')], '58% (five-year total against the previous five-year total) and “年均增长速度9.8%” (yearly real growth): different bases; 1.098^5 = 1.595 is not comparable with 58%')
S.rel('growth', U, [F(TR, '551.17万吨'), F(TR, '51.3%'), F(TR, '376833万元'), F(TR, '38.5%')], 'grain and industrial output over 八五 against 七五: the 七五 totals are not stated')
S.rel('growth', U, [F(TR, '165100万元'), F(TR, '1.7倍')], 'investment 165100万元 “增长1.7倍” (ratio 2.7): the 七五 total is not stated')

# ---- 普定县 1995 (mid-1990s article)
S.rel('growth', U, [F(PD, '22%'), F(PD, '6.9个百分点')], '八五 yearly GNP growth 22% “比七五期间高6.9个百分点”: the 七五 rate (15.1) is not stated')
S.rel('growth', U, [F(PD, '4.5亿元'), F(PD, '7倍多')], 'township-enterprise output 4.5亿 “比1991年增长7倍多”: the 1991 output is not stated')
S.rel('sum', U, [F(PD, '3.3亿元'), F(PD, '4.5亿元')], 'GNP 3.3亿 and township-enterprise gross output 4.5亿: gross output is not value added; not a part of GNP, no contradiction')
S.rel('growth', U, [F(PD, '3.3亿元'), F(PD, '22%')], '1995 GNP 3.3亿 and 22% a year over 1991–95: the 1990 level is not stated (and the rate is at comparable prices)')

# ---- 贵州 1978–2017 (2018 news)
g40_17 = F(G40, '13540.83亿元'); g40_78 = F(G40, '46.62亿元'); g40_x = F(G40, '290.5倍')
g40_s78 = [F(G40, '40.18%'), F(G40, '41.66%'), F(G40, '18.16%')]; g40_s17 = [F(G40, '15.01%'), F(G40, '40.09%'), F(G40, '44.90%')]
gr_g40 = [g40_17, g40_78, g40_x]
S.rel('growth', C, gr_g40, '贵州 GDP 2017 13540.83 / 1978 46.62 = 290.45 (290.42–290.48 with the half units) → “是1978年的290.5倍” (nominal)')
S.rel('growth', I, [F(G40, '290倍'), g40_17, g40_78], 'REAL DISCREPANCY (headline): “GDP增长290倍” reads as ratio 291, but 13540.83 / 46.62 = 290.45, i.e. 增长289.5倍; the headline conflates 是…倍 with 增长…倍')
S.rel('sum', C, g40_s78, '1978 structure 40.18 + 41.66 + 18.16 = 100')
S.rel('sum', C, g40_s17, '2017 structure 15.01 + 40.09 + 44.90 = 100')
S.rel('growth', U, [F(G40, '60万亩'), F(G40, '494万亩'), F(G40, '50万亩'), F(G40, '700万亩')], 'chilli 60 → 494万亩 and tea 50 → 近700万亩: no rate or ratio is stated')
S.rel('growth', U, [g40_x, g40_s17[1], g40_s78[1]], 'nominal ×290.5 and the secondary share 41.66% → 40.09%: shares of nominal GDP; no rate of the sector is stated')

# ---- cross-document traps (region)
S.rel('sum', U, [tl_r, cq_r], 'cross-document: 铜梁’s revenue 40.01亿 is part of 重庆’s 2285亿 (2021): a part; nothing to check')
S.rel('target', U, [F(PS, '100.3%'), cq_r, F(CQB, '103.9%')], 'cross-document: 彭水’s 2020 revenue at 100.3% of its budget against 重庆’s 2021 revenue at 103.9%: other place, year and budget; unrelated')

# ---- further traps and targets
S.rel('share', U, [F(XZ, '176.52億元'), xz_t], 'tourism revenue 176.52 against GDP 973.24: revenue is not value added; no share is stated')
S.rel('growth', U, [F(XZ, '1.7%'), F(XZ, '14.8個百分點')], 'tourism revenue −1.7% “降幅比1—5月收窄14.8個百分點”: the Jan–May rate is not stated')
S.rel('sum', U, [F(XZ, '351.65億元'), xz_p[2]], 'retail sales 351.65 and tertiary value added 570.63: sales are not value added; no part-whole relation')
S.rel('sum', U, [F(AB, '141.92亿元'), ab_p[0]], '农林牧渔业总产值 141.92 (gross output) and primary value added 83.77: no relation stated')
S.rel('share', U, [F(AB, '91.0%'), F(AB, '1.8%', pre='增加值增长')], 'sales ratio 91.0% next to value added +1.8%: neither sales nor output is stated; no relation')
S.rel('rate', U, [F(AB, '4.3%'), F(AB, '2.6%', n=0), F(AB, '3.4%'), F(AB, '5.2%')], 'GDP +4.3% from the sectors’ +2.6/+3.4/+5.2%: last year’s levels are not stated')
S.rel('growth', U, [F(JJ, '0.9%'), F(JJ, '1.5%')], 'private economy +0.9% against GDP +1.5%: a part and its whole; no relation to check')
S.rel('rate', U, [F(JJ, '0.9%'), F(JJ, '9.3%'), F(JJ, '0.6%'), F(JJ, '1.3%')], 'private economy +0.9% from its sectors’ +9.3/−0.6/+1.3%: last year’s levels are not stated')
S.rel('growth', U, [F(YN, '811.9 万头'), F(YN, '1.5 倍')], 'cattle ×1.5 since 1978 (not 1949, as the other herds): the 1978 stock is not stated')
S.rel('rate', U, [cq_fr, F(CQB, '4.1%'), F(CQB, '2044亿元'), F(CQB, '7.2%')], 'fund revenue −4.1% and land sales −7.2% within it: the rest of the fund revenue and its rate are not stated')
S.rel('growth', U, [tl_e2, F(TL, '0.2%')], 'spending 74.35 “下降0.2%”: the 2020 spending is not stated')
S.rel('growth', U, [ps_e2, F(PS, '0.2%')], 'spending 72.99 “增长0.2%”: the 2019 spending is not stated')
S.rel('restatement', U, [F(PS, '0.2%'), F(TL, '0.2%')], 'cross-document: 彭水 2020 spending +0.2% and 铜梁 2021 spending −0.2%: same number, other place, year and sign')
S.rel('restatement', U, [F(CQB, '5.7%'), c24_g], 'cross-document: 重庆 2021 fund spending −5.7% and 2024 GDP +5.7%: same number, other indicator and year')
S.rel('restatement', U, [F(CQB, '11.7%'), dl_ug[1]], 'cross-document: 重庆 non-tax revenue +11.7% (2021) and 大理 secondary electricity +11.7% (2025): same number, other place and indicator')
S.rel('restatement', U, [F(XZ, '1.5%'), F(JJ, '1.5%')], 'cross-document: 西藏 H1 2022 retail +1.5% and 夹江 2023 GDP +1.5%: same number, other place and indicator')
S.rel('sum', U, [F(C22, '4500亿'), F(C22, '7000亿'), F(C22, '2200亿元')], 'car and electronics output “4500亿、7000亿级” and the digital core industries’ value added 2200亿: other indicators; no sum')
S.rel('target', U, [F(C22, '4万亿元'), c22_22], '2027 goal “迈上4万亿元台阶” against 2022 “2.9万亿元以上”: a five-year goal with no result yet; unrelated (not cannot_tell: no result of the period exists in the set)')
S.rel('target', U, [c23_t24, F(C22, '2%左右')], 'cross-document: 2024 target 6%左右 against the 2022 estimate 2%左右: other period; unrelated')
S.rel('share', U, [F(C24, '34.6%'), F(C24, '3.2万亿元', n=2)], 'strategic emerging industries “占比预计达34.6%”: the base (GDP or industrial output) and the level are not stated; not checkable against 3.2万亿')
S.rel('restatement', C, [F(G8H, '超4600亿'), g8_done], 'headline “上半年总额超4600亿” and the body 4670.5亿 (a lower bound): consistent')
S.rel('share', U, [F(G8H, '2903个'), F(G8H, '43953亿元'), g8_plan], '2903 projects with total investment 43953亿 and a 2018 target of 9062亿: no share is stated; nothing to check')
S.rel('target', CT, [F(G8H, '508亿元'), F(G8H, '52.3%')], 'industry 52.3% of its annual target by mid-year: the year is not over; cannot tell')
S.rel('target', U, [F(G8H, '116%'), F(G9, '33个')], 'cross-document: 2018 H1 completions 116% of plan against 33 completions by May 2019: other year; unrelated')
S.rel('sum', U, [F(G7, '2066.34亿元'), g7b_v], 'batches 1–3 completed 2066.34亿 by October against batch 4’s total investment 1867亿: other batches and indicators')
S.rel('sum', U, [g7b_v, g8_v], 'cross-document: 2017 batch 4 (1867亿) and the 2018 H1 started projects (6662.64亿): other years; nothing to check')
S.rel('rate', U, [g9_ts, F(G9, '50.9%'), F(G9, '47.2%'), F(G9, '44.5%')], 'province 40.5% against the top three prefectures’ 50.9/47.2/44.5%: their plans are not stated')
S.rel('share', U, [F(CX, '48.5%'), F(CX, '50%')], 'prefecture non-tax share 48.5% against five counties above 50%: the county figures are not stated; no contradiction')
S.rel('growth', U, [F(DL, '1.5%'), F(DL, '0.7个百分点')], 'tobacco +1.5% “较上半年加快0.7个百分点”: the H1 rate is not stated')
S.rel('growth', U, [F(DL, '25.9%'), F(DL, '3.3个百分点')], 'solar +25.9% “较上半年加快3.3个百分点”: the H1 rate is not stated')
S.rel('sum', U, [F(DL, '41.1%'), F(DL, '62.5%')], 'high-tech +41.1% and electronics (a part) +62.5%: the part’s weight is not stated')
S.rel('restatement', U, [F(AB, '1.5%', n=1), F(DL, '1.5%')], 'cross-document: 阿坝 heavy industry +1.5% (2024) and 大理 tobacco +1.5% (2025): same number, other place and indicator')

# ---- altered copies
a = ALT(XZ, 1, xz_p[1], '357.31億元', 'secondary value added 354.31 → 357.31')
S.rel('sum', I, R(a, sum_xz, xz_p[1], '357.31億元'), 'altered: 48.30 + 357.31 + 570.63 = 976.24, not 973.24 (breaks {B})')
a = ALT(XZ, 2, xz_dm, '1716.39萬人次', 'domestic tourists 1716.89萬 → 1716.39萬')
S.rel('sum', I, R(a, sum_xzt, xz_dm, '1716.39萬人次'), 'altered: 5126 + 1716.39萬 = 1716.90萬, not 1717.4萬 (breaks {B})')
a = ALT(XZ, 3, xz_pp, '10.8個百分點', 'June − May gap 10.3 → 10.8 points')
S.rel('growth', I, R(a, gr_xz, xz_pp, '10.8個百分點'), 'altered: 5.6 − (−4.7) = 10.3, not 10.8 points (breaks {B})')
a = ALT(AB, 1, ab_p[1], '86.24亿元', 'secondary value added 89.24 → 86.24')
S.rel('sum', I, R(a, sum_ab, ab_p[1], '86.24亿元'), 'altered: 83.77 + 86.24 + 208.20 = 378.21, not 381.21 (breaks {B})')
a = ALT(AB, 2, ab_g[1], '0.78万吨', 'autumn grain increase 0.28 → 0.78万吨')
S.rel('growth', I, R(a, ab_g, ab_g[1], '0.78万吨'), 'altered: 0.78 / 15.24 = +5.1%, not “增长2%” (breaks {B})')
a = ALT(JJ, 1, jj_p[0], '32.7億元', 'primary value added 37.7 → 32.7')
S.rel('sum', I, R(a, sum_jj, jj_p[0], '32.7億元'), 'altered: 32.7 + 106.6 + 91.4 = 230.7, not 235.7 (breaks {B})')
S.rel('share', I, R(a, sh_jj1, jj_p[0], '32.7億元'), 'altered: 32.7 / 235.7 = 13.9%, not 16 (breaks {B})')
a = ALT(JJ, 2, jj_m[2], '48.3億元', 'private tertiary 45.3 → 48.3')
S.rel('sum', I, R(a, jj_m, jj_m[2], '48.3億元'), 'altered: 11.9 + 86.4 + 48.3 = 146.6, not 143.6 (breaks {B})')
a = ALT(JJ, 3, jj_s[2], '36.8', 'tertiary share 38.8 → 36.8')
S.rel('share', I, R(a, sh_jj3, jj_s[2], '36.8'), 'altered: 91.4 / 235.7 = 38.78%, not 36.8 (breaks {B})')
S.rel('sum', I, R(a, jj_s, jj_s[2], '36.8'), 'altered: 16 + 45.2 + 36.8 = 98, not 100 (breaks {B})')
a = ALT(SC, 1, sc_a, '43亿斤', 'actual transfer 48 → 43亿斤')
S.rel('share', I, R(a, sh_sc, sc_a, '43亿斤'), 'altered: 43 / 222.5 = 19.3%, not 22% (breaks {B}; the target stays missed and is not re-keyed)')
a = ALT(SC, 2, sc_s, '27%', 'share 22% → 27%')
S.rel('share', I, R(a, sh_sc, sc_s, '27%'), 'altered: 48 / 222.5 = 21.6%, not 27% (breaks {B})')
a = ALT(YN, 1, yn_a, '2.9%', 'yearly average 2.4% → 2.9%')
S.rel('growth', I, R(a, gr_yna, yn_a, '2.9%'), 'altered: 1860.54 / 374 over 69 years = +2.35% a year, not 2.9% (breaks {B})')
a = ALT(CQB, 1, cq_cs, '2016亿元', 'central subsidies 2046 → 2016')
S.rel('sum', I, R(a, sum_cq1, cq_cs, '2016亿元'), 'altered: 2285 + 2016 + 777 + 1162 = 6240, not 6270 (breaks {B})')
a = ALT(CQB, 2, cq_nt, '712亿元', 'non-tax revenue 742 → 712')
S.rel('sum', I, R(a, sum_cq3, cq_nt, '712亿元'), 'altered: 1543 + 712 = 2255, not 2285 (breaks {B})')
a = ALT(CQB, 3, cq_fe3, '1244亿元', 'fund carry-forward etc. 1214 → 1244')
S.rel('sum', I, R(a, sum_cq5, cq_fe3, '1244亿元'), 'altered: 2953 + 543 + 1244 = 4740, not 4710 (breaks {B})')
a = ALT(TL, 1, tl_tri[4], '18.69', 'table 调入资金 18.09 → 18.69')
S.rel('sum', I, R(a, sum_tl2, tl_tri[4], '18.69'), 'altered: 22.06 + 9.3 + 2.33 + 0.83 + 18.69 = 53.21, not 52.61 (breaks {B})')
S.rel('sum', I, R(a, sum_tl8, tl_tri[4], '18.69'), 'altered: 2.33 + 0.83 + 18.69 = 21.85, not the text’s 21.25 (breaks {B})')
a = ALT(TL, 2, tl_nt, '25.69亿元', 'non-tax revenue 23.69 → 25.69')
S.rel('sum', I, R(a, sum_tl5, tl_nt, '25.69亿元'), 'altered: 16.32 + 25.69 = 42.01, not 40.01 (breaks {B})')
S.rel('rate', I, R(a, rt_tl, tl_nt, '25.69亿元'), 'altered: 2020 = 16.32/0.884 + 25.69/1.462 = 36.03; 40.01 / 36.03 = +11.0%, not 15.4% (breaks {B})')
a = ALT(TL, 3, tl_d, '6.84亿元', 'text debt repayment 6.34 → 6.84')
S.rel('sum', I, R(a, sum_tl7, tl_d, '6.84亿元'), 'altered: 74.35 + 3.73 + 6.84 + 8.2 = 93.12, not 92.62 (breaks {B})')
a = ALT(PS, 1, ps_sub, '476162', 'table 上级补助收入 476762 → 476162')
S.rel('sum', I, R(a, sum_ps2, ps_sub, '476162'), 'altered: 476162 + 55000 + 237 + 113850 + 7933 = 653182, not 653782 (breaks {B})')
S.rel('restatement', I, R(a, rs_ps1, ps_sub, '476162'), 'altered: table 476162万元 = 47.62亿, not the text’s 47.68亿 (breaks {B})')
a = ALT(PS, 2, ps_rep2, '3.43亿元', 'text debt repayment 3.48 → 3.43')
S.rel('restatement', I, R(a, rs_ps2, ps_rep2, '3.43亿元'), 'altered: table 34809万元 = 3.48亿, not 3.43 (breaks {B})')
S.rel('sum', I, R(a, sum_ps7, ps_rep2, '3.43亿元'), 'altered: 72.99 + 1.67 + 3.43 + 0.05 + 1.34 = 79.48 (79.455–79.505 with the half units), short of the table’s 795243万元 = 79.5243亿 (breaks {B})')
a = ALT(C24, 1, c24_g, '5.2%', '2024 growth in the body 5.7% → 5.2%')
S.rel('target', MS, R(a, [c23_t24, c24_g], c24_g, '5.2%'), 'altered, cross-document: 2024 target “6%左右” against +5.2%: below 5.5, missed (the original is met: {B})')
a = ALT(G8H, 1, g8_sec[2], '335.1亿元', 'ecology projects 305.1 → 335.1')
S.rel('sum', I, R(a, sum_g8, g8_sec[2], '335.1亿元'), 'altered: the six items sum to 3816.9, not 3787 (breaks {B})')
a = ALT(G8H, 2, g8_v, '6682.64亿元', 'H1 total investment of started projects 6662.64 → 6682.64')
S.rel('sum', I, R(a, sum_gx2, g8_v, '6682.64亿元'), 'altered, cross-document: 6682.64 + 323.72 = 7006.36, not the Jan–Jul 6986.36 (breaks {B})')
a = ALT(G87, 1, g7_rv[1], '71.57亿元', '遵义 July investment 74.57 → 71.57')
S.rel('sum', I, R(a, sum_g7v, g7_rv[1], '71.57亿元'), 'altered: regions sum to 320.72, not 323.72 (breaks {B})')
a = ALT(G87, 2, g7_jn, '68个', 'July new starts 63 → 68')
S.rel('sum', I, R(a, sum_g7n, g7_jn, '68个'), 'altered: regions sum to 63, not 68 (breaks {B})')
S.rel('sum', I, R(a, sum_gx1, g7_jn, '68个'), 'altered, cross-document: 1013 + 68 = 1081, not 1076 (breaks {B})')
a = ALT(G7, 1, sum_b2[2], '133亿元', 'ecology projects 103 → 133亿')
S.rel('sum', I, R(a, sum_b2, sum_b2[2], '133亿元'), 'altered: 1112 + 56 + 133 = 1301, not 1271 (breaks {B})')
a = ALT(G7, 2, g7b_s1, '62%', 'share of projects 67% → 62%')
S.rel('share', I, R(a, sh_b1, g7b_s1, '62%'), 'altered: 220 / 328 = 67.1%, not 62% (breaks {B})')
a = ALT(G7, 3, sum_b3[1], '23个', 'farm projects 28 → 23')
S.rel('sum', I, R(a, sum_b3, sum_b3[1], '23个'), 'altered: 49 + 23 + 38 = 110, not 115 (breaks {B})')
a = ALT(G9, 1, g9_p[2], '1667亿元', 'new-project plan 1607 → 1667')
S.rel('sum', I, R(a, g9_p, g9_p[2], '1667亿元'), 'altered: 822 + 4420 + 1667 + 355 = 7264, not 7204 (breaks {B})')
S.rel('share', I, R(a, sh_g9[2], g9_p[2], '1667亿元'), 'altered: 531.59 / 1667 = 31.9%, not 33.1% (breaks {B})')
a = ALT(G9, 2, g9_c[2], '658个', 'new projects in the plan 653 → 658')
S.rel('sum', I, R(a, g9_c, g9_c[2], '658个'), 'altered: 323 + 1326 + 658 + 436 = 2743, not 2738 (breaks {B})')
S.rel('share', I, R(a, sh_g9n, g9_c[2], '658个'), 'altered: 450 / 658 = 68.4%, not 68.9% (breaks {B})')
a = ALT(CX, 1, cx_d, '25.81亿元', 'H1 non-tax revenue 25.51 → 25.81')
S.rel('share', I, R(a, sh_cx, cx_d, '25.81亿元'), 'altered: 25.81 / 32.97 = 78.3%, not 77.4% (breaks {B})')
a = ALT(CX, 2, cx_x, '22.4个百分点', 'ahead of schedule 27.4 → 22.4 points')
S.rel('growth', I, R(a, gr_cx, cx_x, '22.4个百分点'), 'altered: 77.4 − 50 = 27.4, not 22.4 points (breaks {B})')
a = ALT(DL, 1, dl_u[2], '15.02亿千瓦时', 'tertiary electricity use 15.62 → 15.02')
S.rel('sum', I, R(a, sum_dl, dl_u[2], '15.02亿千瓦时'), 'altered: 3.31 + 91.33 + 15.02 + 13.25 = 122.91, not 123.51 (breaks {B})')

a = ALT(G40, 1, g40_78, '48.62亿元', '1978 GDP 46.62 → 48.62')
S.rel('growth', I, R(a, gr_g40, g40_78, '48.62亿元'), 'altered: 13540.83 / 48.62 = 278.5, not 290.5倍 (breaks {B}; the headline relation stays inconsistent and is not re-keyed)')
a = ALT(G40, 2, g40_s78[1], '44.66%', '1978 secondary share 41.66% → 44.66%')
S.rel('sum', I, R(a, g40_s78, g40_s78[1], '44.66%'), 'altered: 40.18 + 44.66 + 18.16 = 103, not 100 (breaks {B})')


for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

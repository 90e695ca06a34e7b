"""Check key, set check-heldout145. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout145.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout145'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

GG='gg_2021.txt'; XA='xa_2017.txt'; TC='tc_2016q1.txt'; SL='sl_2024_hant.txt'; XY='xy_2024q2.txt'; TS='ts_2006_hant.txt'
TK='ts_kfq_2019.txt'; G5='gs_1957.txt'; YS='ys_2017.txt'; HX='hx_2019.txt'; HY='hy_2023.txt'; N3='nx_2023.txt'; N1='nx_2021b.txt'
HT='ht_2018_hant.txt'; B2='bl_2022h1.txt'; B3='bl_2023h1.txt'; XJ='xj_grain.txt'; B8='bt8_2022.txt'

# ---- 甘谷县 (天水) 2021 final accounts
gg_tot = F(GG, '95808万元'); gg_bud = F(GG, '80641万元', n=0); gg_prev = F(GG, '80641万元', n=1)
gg_p = F(GG, '118.8%'); gg_inc = F(GG, '15167万元'); gg_g = F(GG, '18.8%', pre='增长')
sh_gg = [gg_tot, gg_bud, gg_p]
S.rel('share', C, sh_gg, '甘谷 2021 大口径 revenue 95808 / budget 80641 = 118.81% → 118.8%')
S.rel('sum', C, [gg_tot, gg_prev, gg_inc], '95808 − 80641 (上年同期) = 15167 (增收)')
S.rel('growth', C, [gg_inc, gg_prev, gg_g], 'increase 15167 / last year 80641 = +18.81% → 18.8%')
S.rel('restatement', U, [gg_bud, gg_prev], 'the budget 80641 and last year’s result 80641 are two indicators that happen to be equal (the budget was set at last year’s level); not one figure restated')
gg_pr = F(GG, '43101万元', n=0); gg_pb = F(GG, '40023万元'); gg_pp = F(GG, '107.7%'); gg_ps = F(GG, '3078万元', n=0)
gg_pi = F(GG, '5345万元'); gg_pg = F(GG, '14.2%')
sum_ggp = [gg_pr, gg_pb, gg_ps]
S.rel('share', C, [gg_pr, gg_pb, gg_pp], 'general budget revenue 43101 / budget 40023 = 107.69% → 107.7%')
S.rel('sum', C, sum_ggp, '43101 − 40023 = 3078 (超收)')
S.rel('growth', C, [gg_pi, gg_pr, gg_pg], 'increase 5345 / (43101 − 5345) = +14.16% → 14.2%')
gg_fr = F(GG, '26785万元', n=0); gg_fb = F(GG, '16634万元'); gg_fp = F(GG, '161.0%'); gg_fs = F(GG, '10151万元')
gg_fi = F(GG, '6411万元'); gg_fg = F(GG, '31.5%')
sum_ggf = [gg_fr, gg_fb, gg_fs]
S.rel('share', C, [gg_fr, gg_fb, gg_fp], 'fund revenue 26785 / budget 16634 = 161.03% → 161.0%')
S.rel('sum', C, sum_ggf, '26785 − 16634 = 10151 (超收)')
S.rel('growth', C, [gg_fi, gg_fr, gg_fg], 'increase 6411 / (26785 − 6411) = +31.47% → 31.5%')
S.rel('sum', U, [gg_pr, gg_fr, gg_tot], '43101 + 26785 = 69886, not 95808: the 大口径 total also holds the revenue passed up to the centre and province, which is not stated; the two 其中 items are not a split')
gg_e = F(GG, '485709万元'); gg_ep = F(GG, '432451万元'); gg_ei = F(GG, '53258万元'); gg_eg = F(GG, '12.3%')
gg_ge = F(GG, '399260万元', n=0); gg_fe = F(GG, '86449万元', n=0)
gg_fep = F(GG, '53133万元'); gg_fei = F(GG, '33316万元'); gg_feg = F(GG, '62.7%')
sum_ggfe = [gg_fe, gg_fep, gg_fei]; gr_ggfe = [gg_fei, gg_fep, gg_feg]
S.rel('sum', C, [gg_e, gg_ep, gg_ei], 'total spending 485709 − 432451 = 53258 (增支)')
S.rel('growth', C, [gg_ei, gg_ep, gg_eg], '53258 / 432451 = +12.32% → 12.3%')
S.rel('sum', C, [gg_ge, gg_fe, gg_e], 'general budget spending 399260 + fund spending 86449 = 485709 (财政总支出)')
S.rel('growth', C, [F(GG, '19946万元'), gg_ge, F(GG, '5.3%')], 'increase 19946 / (399260 − 19946) = +5.26% → 5.3%')
S.rel('sum', C, sum_ggfe, 'fund spending 86449 − 53133 = 33316')
S.rel('growth', C, gr_ggfe, '33316 / 53133 = +62.70% → 62.7%')
gg_sub = F(GG, '348499万元'); gg_tot2 = F(GG, '399300万元')
sum_ggs = [F(GG, '29496万元'), F(GG, '4599万元'), F(GG, '314404万元'), gg_sub]
sum_ggr = [F(GG, '43101万元', n=1), gg_sub, F(GG, '7700万元'), gg_tot2]
S.rel('sum', C, sum_ggs, 'transfers from above: 29496 + 4599 + 314404 = 348499')
S.rel('sum', C, sum_ggr, '43101 + 348499 + 7700 (bond) = 399300 (一般预算总收入)')
S.rel('sum', C, [gg_tot2, F(GG, '336万元'), F(GG, '11020万元', n=0), F(GG, '487万元'), F(GG, '411143万元', n=0)], '399300 + 336 + 11020 + 487 = 411143 (收入总计)')
sum_gge = [F(GG, '399260万元', n=1), F(GG, '3392万元'), F(GG, '1926万元'), F(GG, '3078万元', n=1), F(GG, '407656万元', n=0)]
S.rel('sum', C, sum_gge, '399260 + 3392 + 1926 + 3078 = 407656 (支出总计)')
S.rel('sum', C, [F(GG, '411143万元', n=1), F(GG, '407656万元', n=1), F(GG, '3487万元', n=0)], '411143 − 407656 = 3487 (滚存结余)')
sum_ggfr = [F(GG, '26785万元', n=1), F(GG, '2643万元'), F(GG, '45万元', pre='结余收入'), F(GG, '76100万元'), F(GG, '105573万元', n=0)]
S.rel('sum', C, sum_ggfr, 'fund revenue 26785 + 2643 + 45 + 76100 = 105573')
S.rel('sum', C, [F(GG, '86449万元', n=1), F(GG, '11020万元', n=1), F(GG, '22万元', pre='上解支出'), F(GG, '97491万元', n=0)], 'fund spending 86449 + 11020 + 22 = 97491')
S.rel('restatement', C, [F(GG, '11020万元', n=0), F(GG, '11020万元', n=1)], '调入资金 11020 (general budget) is the fund budget’s 调出资金 11020: one transfer seen from both accounts')
S.rel('restatement', U, [gg_ps, F(GG, '3078万元', n=1)], 'over-collection 3078 and the 3078 put into the budget stabilisation fund: equal by the rule that surplus revenue goes to the fund, two entries, not one figure restated')

# ---- 西安 key projects to September 2017
xa_h = F(XA, '2224.43亿元', n=0); xa_b = F(XA, '2224.43亿元', n=1); xa_p = F(XA, '102.4%')
gr_xa = [xa_p, F(XA, '27.4个百分点')]; sh_xa = [F(XA, '127个'), F(XA, '102个'), F(XA, '80.3%')]
S.rel('restatement', C, [F(XA, '593个', n=0), F(XA, '593个', n=1)], '西安 2017: headline 593 projects = body 593')
S.rel('restatement', C, [xa_h, xa_b], 'headline 2224.43亿 = body 2224.43亿')
S.rel('growth', C, gr_xa, '102.4% of the annual plan “超时序进度27.4个百分点”: the time schedule at the end of September is 9/12 = 75%; 102.4 − 75 = 27.4')
S.rel('share', C, sh_xa, '102 of 127 new projects started = 80.31% → 80.3%')
S.rel('target', M, [xa_b, xa_p], '102.4% of the year’s plan by the end of September (“提前3个月完成全年投资任务”): the cumulative amount can only grow: met')
S.rel('sum', U, [F(XA, '320个'), F(XA, '203个'), F(XA, '62个'), F(XA, '593个', n=1)], 'by department 320 + 203 + 62 = 585, not 593: the split covers the projects under construction (在建) only; not a split of the 593')
S.rel('rate', U, [F(XA, '110.5%'), F(XA, '1234.22亿元'), F(XA, '100%', pre='占年计划的'), F(XA, '669.17亿元'), F(XA, '94.1%'), F(XA, '276.35亿元'), xa_p], 'the departments’ rates rebuild 2179.74 / 2079.8 = 104.8%, not 102.4%: the departments cover 2179.74 of 2224.43亿 (在建 only); not the same total')
S.rel('share', U, [F(XA, '35个'), F(XA, '226个'), F(XA, '80.3%')], '35 of the 226 preparatory projects started early: another base than the 80.3% start rate of the 127 planned starts; no share stated')
S.rel('growth', U, [F(XA, '484.86亿元'), xa_h], 'net increase 484.86亿 over the same period last year: no growth rate is stated; nothing to check')

# ---- 铜川 Q1 2016 key projects
tc_t = F(TC, '100个', n=0); tc_c = F(TC, '57个', n=0); tc_n = F(TC, '43个', n=0)
tc_a = F(TC, '16.42亿元'); tc_b = F(TC, '6.2亿元'); tc_s = F(TC, '22.62亿元'); tc_pl = F(TC, '160.12亿元'); tc_p = F(TC, '14.1%')
sum_tcn = [tc_c, tc_n, tc_t]; sum_tc = [tc_a, tc_b, tc_s]; sh_tc = [tc_s, tc_pl, tc_p]; sh_tc3 = [F(TC, '8.49亿元'), F(TC, '22.8亿元'), F(TC, '37.2%')]
S.rel('sum', C, sum_tcn, '铜川 2016: 57 continuing + 43 new = 100 projects')
S.rel('sum', C, sum_tc, '16.42 (continuing) + 6.2 (new) = 22.62亿')
S.rel('share', C, sh_tc, '22.62 / 160.12 = 14.13% → 14.1%')
S.rel('share', C, [F(TC, '15.76亿元'), F(TC, '72.72亿元'), F(TC, '21.7%')], 'the 30 key projects: 15.76 / 72.72 = 21.67% → 21.7%')
S.rel('share', C, sh_tc3, 'the 6 provincial projects: 8.49 / 22.8 = 37.24% → 37.2%')
S.rel('restatement', C, [tc_t, F(TC, '100个', n=1)], '100 projects restated (今年共安排…100个 / 100个市级重点建设项目)')
S.rel('target', CT, [tc_s, tc_p], '14.1% of the annual plan by the end of March: the year is not over; cannot tell')
S.rel('sum', U, [F(TC, '15.76亿元'), tc_s], 'the 30 key projects are a selection from the 100: 15.76 lies within 22.62; the rest is not stated; not a split')
S.rel('share', U, [F(TC, '21.7%'), tc_p], '21.7% (30 projects) against 14.1% (all 100): different bases; no relation between the two rates')
S.rel('target', U, [F(TC, '8.49亿元'), tc_pl], 'the 6 provincially assessed projects’ progress against the city’s annual plan 160.12亿: another scope (they overlap with the 100, not a part stated)')
S.rel('share', U, [F(TC, '55个'), tc_c, F(TC, '21个'), tc_n], '55 of 57 restarted, 21 of 43 started: no start rate is stated; nothing to check')

# ---- 商洛 Q1 2024 (traditional)
sl_t = F(SL, '325個'); sl_a = F(SL, '149個'); sl_i = F(SL, '103個', n=0); sl_b = F(SL, '73個'); sl_m = F(SL, '103個', n=1)
sum_sl = [sl_a, sl_b, sl_m, sl_t]
S.rel('sum', C, sum_sl, '商洛 2024 plan: 產業 149 + 基礎設施 73 + 社會民生 103 = 325 (the 103 industrial projects are within the 149 產業 projects)')
S.rel('sum', U, [sl_a, sl_i, sl_b, sl_m, sl_t], 'all four counts add to 428, not 325: 工業項目 103 is a subset of 產業項目 149; not a split')
S.rel('share', U, [F(SL, '18.7億元'), F(SL, '6220萬元')], 'output 18.7億 at 6220萬 a mu implies about 30 mu: the project’s area is not stated; nothing to check')
S.rel('sum', U, [F(SL, '33個'), sl_t], 'the 33 projects started on 2 January are a batch of the year’s 325; not a split')

# ---- 陕西 / 咸阳 Q2 2024
xy_n = [F(XY, '40个'), F(XY, '160个'), F(XY, '200个')]; xy_i = [F(XY, '191.2亿元'), F(XY, '192.6亿元'), F(XY, '383.8亿元')]
xy_y = [F(XY, '84.3亿元'), F(XY, '99.2亿元'), F(XY, '183.5亿元')]
S.rel('sum', C, xy_n, '咸阳 Q2 2024: 40 city/provincial + 160 county projects = 200')
S.rel('sum', C, xy_i, 'total investment 191.2 + 192.6 = 383.8亿')
S.rel('sum', C, xy_y, 'annual investment 84.3 + 99.2 = 183.5亿')
S.rel('restatement', C, [F(XY, '1744.7亿元', n=0), F(XY, '1744.7亿元', n=1)], 'headline 1744.7亿 = body 1744.7亿')
S.rel('sum', U, [F(XY, '64个'), F(XY, '200个'), F(XY, '437个')], '宝鸡 64 + 咸阳 200 against the province’s 437 “省市重点项目”: other places (铜川, 杨凌 …) are not stated, and 咸阳’s 200 include 160 county projects outside the 省市 scope; not a split')

# ---- 天水 Jan–Oct 2006 investment (traditional)
ts_t = F(TS, '670402萬元'); ts_u = F(TS, '518356萬元'); ts_ui = F(TS, '171733萬元')
gr_tsu = [ts_ui, ts_u, F(TS, '49.54%')]; gr_tsi = [F(TS, '20.85%'), F(TS, '19.24%'), F(TS, '1.6個百分點')]
sh_ts = [F(TS, '421560萬元'), ts_u, F(TS, '81.33%')]
S.rel('growth', C, [F(TS, '198331萬元'), ts_t, F(TS, '42.01%')], '天水 1–10月 2006: increase 198331 / (670402 − 198331) = +42.01%')
S.rel('growth', C, gr_tsu, 'urban investment: 171733 / (518356 − 171733) = +49.54%')
S.rel('growth', C, gr_tsi, 'industrial investment +19.24% “较上半年的20.85%回落1.6個百分點”: 20.85 − 19.24 = 1.61 → 1.6')
S.rel('growth', C, [F(TS, '19.24%'), F(TS, '13.03%'), F(TS, '6.21個百分點')], '“較1—9月的13.03%上升6.21個百分點”: 19.24 − 13.03 = 6.21')
S.rel('growth', C, [F(TS, '109389萬元'), F(TS, '188097萬元'), F(TS, '1.39倍')], '寶天 highway: 188097 / (188097 − 109389) = 2.390, “增長1.39倍” = ratio − 1')
S.rel('share', C, sh_ts, 'projects over 5 million: 421560 / 518356 = 81.33% of urban investment')
S.rel('growth', U, [F(TS, '421560萬元'), F(TS, '61.52%')], 'projects over 5 million +61.52%: last year’s amount is not stated; nothing to check')
S.rel('rate', U, [F(TS, '85355萬元'), F(TS, '65.04%'), F(TS, '57234萬元'), F(TS, '1.01倍'), F(TS, '14820萬元'), F(TS, '2.33倍')], 'real-estate +65.04% against 秦州 (+1.01倍) and 秦安 (+2.33倍): the two are a part (72054 of 85355); the rest is not stated; nothing to rebuild')
S.rel('share', U, [F(TS, '188097萬元'), ts_t], 'the 寶天 highway’s 188097 within total investment: no share is stated')

# ---- 天水经济技术开发区 2019
sum_tk = [F(TK, '59亿元'), F(TK, '66亿元'), F(TK, '125亿元')]; sh_tk = [F(TK, '15.5亿元'), F(TK, '15.3亿元'), F(TK, '101.3%')]
S.rel('sum', C, [F(TK, '13项'), F(TK, '23项'), F(TK, '36项')], '天水开发区 2019: 13 new + 23 continuing = 36 projects')
S.rel('sum', C, sum_tk, '59 + 66 = 125亿 total investment')
S.rel('share', C, sh_tk, '15.5 / 15.3 = 101.31% → 101.3%')
S.rel('target', M, [F(TK, '15.5亿元'), F(TK, '15.3亿元')], 'the 24 listed projects’ annual plan 15.3亿 exceeded by the end of October (15.5亿): met')
S.rel('sum', U, [F(TK, '24项'), F(TK, '36项'), F(TK, '99.8亿元'), F(TK, '125亿元')], 'the 24 projects on the city’s “三个清单” are a selection of the 36 (99.8 of 125亿); not a split')

# ---- 甘肃 1957 (People's Daily)
sum_g5 = [F(G5, '1645'), F(G5, '1906'), F(G5, '二百六十一年')]
sh_g5 = [F(G5, '一百八十多万'), F(G5, '半亩以上'), F(G5, '一百一十多万亩')]
S.rel('sum', C, sum_g5, '甘肃 1957: “二百六十一年(1645—1906年)”: 1906 − 1645 = 261')
S.rel('share', C, [F(G5, '一百一十四次'), F(G5, '二百六十一年'), F(G5, '平均每两年一次')], '114 droughts in 261 years: one every 2.29 years → “平均每两年一次”')
S.rel('share', C, sh_g5, 'the dry area’s water land: 110多万亩 for 180多万 people = 0.58–0.66 mu a head → “每人平均已有半亩以上水地”')
S.rel('share', U, [F(G5, '一百零三个'), F(G5, '五百五十个')], '103 of 550 dry townships changed (18.7%): no share is stated; nothing to check')
S.rel('growth', U, [F(G5, '十八万亩'), F(G5, '一百一十多万亩')], 'water land from 18万 to 110多万 mu: no rate or multiple is stated; nothing to check')

# ---- 玉树 2017
ys_inv = [F(YS, '18987万元'), F(YS, '260810万元'), F(YS, '419439万元'), F(YS, '69.92亿元')]
ys_t = F(YS, '14962.04元'); ys_u = F(YS, '30512.16元'); ys_r = F(YS, '6838.86元')
ys_ip = [F(YS, '5533.98元'), F(YS, '5261.42元'), F(YS, '746.4元'), F(YS, '3420.23元')]
ys_ig = [F(YS, '14.69%'), F(YS, '9.72%'), F(YS, '27.28%'), F(YS, '3.43%')]
ys_up = [F(YS, '14928.07元'), F(YS, '7712.18元'), F(YS, '1927.18元'), F(YS, '5944.73元')]
sum_ysu = ys_up + [ys_u]; gr_ysu = [F(YS, '2533.69元'), ys_u, F(YS, '9.06%')]
S.rel('sum', C, ys_inv, '玉树 2017 investment by sector: 18987 + 260810 + 419439 = 699236万 = 69.92亿')
S.rel('sum', C, [F(YS, '1.0175亿元'), F(YS, '0.8764亿元'), F(YS, '1.8939亿元')], 'tax 1.0175 + non-tax 0.8764 = 1.8939亿')
S.rel('sum', C, ys_ip + [ys_t], 'income per head: 5533.98 + 5261.42 + 746.4 + 3420.23 = 14962.03, 14962.04 within the half units')
S.rel('growth', C, [F(YS, '1448.61元'), ys_t, F(YS, '10.72%')], '1448.61 / (14962.04 − 1448.61) = +10.72%')
S.rel('rate', C, [ys_t, F(YS, '10.72%')] + [x for p in zip(ys_ip, ys_ig) for x in p], 'growth rebuilt from the four parts: previous levels 5533.98/1.1469 + 5261.42/1.0972 + 746.4/1.2728 + 3420.23/1.0343 = 13513.7; 14962.04 / 13513.7 = +10.72%')
S.rel('sum', C, sum_ysu, 'urban income: 14928.07 + 7712.18 + 1927.18 + 5944.73 = 30512.16')
S.rel('growth', C, gr_ysu, 'urban: 2533.69 / (30512.16 − 2533.69) = +9.06%')
S.rel('sum', I, [F(YS, '626.64元'), F(YS, '3781元'), F(YS, '129.58元'), F(YS, '2101.46元'), ys_r], 'REAL discrepancy: rural parts 626.64 + 3781 + 129.58 + 2101.46 = 6638.68, not 6838.86 (200.18 short); the parts’ rates point to 经营净收入 3981 (3981/1.0677 fits last year’s total 6177.17)')
S.rel('growth', C, [F(YS, '661.69元'), ys_r, F(YS, '10.71%')], 'rural total: 661.69 / (6838.86 − 661.69) = +10.71%')
ys_cr = [F(YS, '0.12万亩'), F(YS, '1.05万亩'), F(YS, '10.48万亩'), F(YS, '0.42万亩')]; ys_g = F(YS, '12.07亩')
S.rel('sum', C, ys_cr + [ys_g], 'grain area: wheat 0.12 + potato 1.05 + 青稞 10.48 + pea 0.42 = 12.07 (the text drops the 万 of 万亩)')
S.rel('rate', C, [ys_g, F(YS, '0.72', pre='减少'), ys_cr[0], F(YS, '20%'), ys_cr[1], F(YS, '6.06%'), ys_cr[2], F(YS, '7.17%'), ys_cr[3], F(YS, '5%', post=' 。')], 'grain area change rebuilt from the crops’ rates: last year 0.12/1.2 + 1.05/1.0606 + 10.48/0.9283 + 0.42/1.05 = 12.78; 12.07 − 12.78 = −0.71, “减少0.72” within the half units')
S.rel('growth', U, [F(YS, '143.66亿元'), F(YS, '2.48个百分点')], 'deposits “比去年减少2.48个百分点”: a change of a rate whose levels are not stated; nothing to check')
S.rel('sum', U, [F(YS, '1.17亿元'), F(YS, '0.12亿元'), F(YS, '0.6亿元'), F(YS, '23.42亿元')], 'three kinds of special loans (1.89亿) within loans 23.42亿: a selection, not a split')

# ---- 海西州 2019 (report)
S.rel('restatement', C, [F(HX, '1255万千瓦'), F(HX, '千万千瓦级')], '海西: 1255万千瓦 of new-energy projects is above ten million kW: “第一个千万千瓦级新能源产业集群”')
S.rel('target', CT, [F(HX, '7.5%'), F(HX, '11.6%')], '“基本完成了州十四届人大五次会议确定的目标任务”: the targets are not stated in the excerpt; cannot tell')
S.rel('share', U, [F(HX, '304个'), F(HX, '1255万千瓦')], '304 projects and 1255万千瓦: no average or share is stated; nothing to check')

# ---- 海原县 2023 projects
hy_n = [F(HY, '33个'), F(HY, '93个'), F(HY, '126个')]; hy_i = [F(HY, '110亿元'), F(HY, '140亿元'), F(HY, '250亿元')]
hy_y = [F(HY, '34亿元'), F(HY, '52亿元'), F(HY, '86亿元')]
hy_fn = [F(HY, '31个'), F(HY, '9个', pre='项目'), F(HY, '38个'), F(HY, '26个', pre='方面项目'), F(HY, '22个'), F(HY, '126个')]
hy_fy = [F(HY, '6.6亿元'), F(HY, '2.3亿元'), F(HY, '48.8亿元'), F(HY, '4.3亿元'), F(HY, '23.9亿元'), F(HY, '86亿元')]
S.rel('sum', C, hy_n, '海原 2023: 33 continuing + 93 new = 126 projects')
S.rel('sum', C, hy_i, 'total investment 110 + 140 = 250亿')
S.rel('sum', C, hy_y, 'annual investment 34 + 52 = 86亿')
S.rel('sum', C, hy_fn, 'by field 31 + 9 + 38 + 26 + 22 = 126 projects')
S.rel('sum', C, hy_fy, 'by field 6.6 + 2.3 + 48.8 + 4.3 + 23.9 = 85.9亿, 86 within the half units')
S.rel('restatement', C, [F(HY, '100兆瓦'), F(HY, '100MW')], 'the 华润 plant: 100兆瓦 = 100MW')
S.rel('share', U, [F(HY, '3亿多元'), F(HY, '4.6亿元'), F(HY, '75%')], '3亿多 of 4.6亿 spent (65–87%) against “建设进度超过75%”: physical progress, not the share of investment; nothing to check')
S.rel('target', CT, [F(HY, '75%'), F(HY, '100MW')], 'full 100MW grid connection planned for the end of June; in February the plant is over 75% built: cannot tell')
S.rel('sum', U, [F(HY, '18个'), F(HY, '117个')], 'the 18 projects with central funds are among the 117 of 2022; not a split')
S.rel('growth', U, [F(HY, '84.6亿元'), F(HY, '86亿元')], '2022 annual investment 84.6亿 against the 2023 plan 86亿: plan vs result of another year; no rate stated')

# ---- 宁夏 Q1 2023 start-ups
n3_n = [F(N3, '710个'), F(N3, '603个'), F(N3, '1313个', n=2)]; n3_i = [F(N3, '4522亿元'), F(N3, '1228亿元'), F(N3, '5750亿元', n=1)]
n3_y = [F(N3, '1017亿元'), F(N3, '523亿元'), F(N3, '1540亿元')]
S.rel('restatement', C, [F(N3, '1313个', n=0), F(N3, '1313个', n=2)], '宁夏 Q1 2023: headline 1313 projects = body 1313')
S.rel('restatement', C, [F(N3, '5750亿元', n=0), F(N3, '5750亿元', n=1)], 'lead 5750亿 = body 5750亿')
S.rel('sum', C, n3_n, '710 continuing + 603 new = 1313')
S.rel('sum', C, n3_i, '4522 + 1228 = 5750亿')
S.rel('sum', C, n3_y, 'annual plan 1017 + 523 = 1540亿')
S.rel('growth', U, [F(N3, '22%'), F(N3, '14%')], 'count +22% and investment +14% on the 2022 batch: the 2022 batch is not stated; nothing to check')

# ---- 宁夏 2021 second batch
n1_a = F(N1, '287个', n=0); n1_b = F(N1, '287个', n=1)
rs_n1 = [n1_a, n1_b]
S.rel('restatement', C, rs_n1, '宁夏 2021 second batch: 287 projects in the lead and the body')
S.rel('share', I, [F(N1, '83.3亿元'), F(N1, '165亿元'), F(N1, '50.8%')], 'REAL discrepancy: 83.3 / 165 = 50.48%; with the half units at most 83.35 / 164.5 = 50.67%, so “占比50.8%” does not follow from the stated batch plan')
S.rel('sum', U, [F(N1, '247个'), n1_b, F(N1, '380.4亿元'), F(N1, '416亿元')], 'the 247 projects in six fields are a selection of the 287 (380.4 of 416亿); not a split')
S.rel('share', U, [F(N1, '51.9%'), n1_b], 'private projects 51.9% of 287 (about 149): the count is not stated; nothing to check')
S.rel('target', U, [F(N1, '1500亿元'), F(N1, '165亿元')], 'the year’s target “完成投资1500亿元以上” against one batch’s annual plan 165亿: another scope')
S.rel('growth', U, [n1_b, F(N3, '1313个', n=0), F(N3, '22%')], 'the 2023 batch’s “同比增长22%” is against the 2022 batch, not the 2021 second batch (287): other period')

# ---- 和田市 2018 bulletin (traditional, garbled)
ht_t = F(HT, '82.74億元'); ht_p = [F(HT, '3.64億元'), F(HT, '16.15億元'), F(HT, '62.95億元')]
ht_s = [F(HT, '4.4', post=':19.5'), F(HT, '19.5', pre='4.4:'), F(HT, '76.1', pre='19.5:')]
ht_g = F(HT, '7.1%'); ht_pull = [F(HT, '0.1', post='、1.5'), F(HT, '1.5', pre='0.1、'), F(HT, '5.5', pre='和')]
sum_ht = ht_p + [ht_t]; sh_ht2 = [ht_p[1], ht_t, ht_s[1]]; sh_ht3 = [ht_p[2], ht_t, ht_s[2]]; sum_htp = ht_pull + [ht_g]
S.rel('sum', C, sum_ht, '和田市 2018: 3.64 + 16.15 + 62.95 = 82.74億')
S.rel('share', C, [ht_p[0], ht_t, ht_s[0]], 'primary 3.64 / 82.74 = 4.40%')
S.rel('share', C, sh_ht2, 'secondary 16.15 / 82.74 = 19.52% → 19.5')
S.rel('share', C, sh_ht3, 'tertiary 62.95 / 82.74 = 76.08% → 76.1')
S.rel('sum', C, sum_htp, 'the three sectors’ pulls 0.1 + 1.5 + 5.5 = 7.1 points = GDP growth 7.1%')
S.rel('rate', U, [ht_g, F(HT, '3.0%'), F(HT, '7.0%'), F(HT, '7.3%')], 'GDP +7.1% from the sectors’ rates: the previous-year weights are not stated; nothing to rebuild')
S.rel('growth', U, [ht_g, F(HT, '2.2', pre='回落')], '“增幅回落2.2個百分點”: the 2017 rate is not stated')
S.rel('growth', U, [F(HT, '20399元'), F(HT, '7.5%'), ht_g], 'GDP per head +7.5% (on the average household-register population) vs GDP +7.1%: the population is not stated')
S.rel('restatement', U, [F(HT, '3.7%', n=0), F(HT, '3.7%', n=1)], 'CPI +3.7% and investment prices +3.7%: same number, another indicator')

# ---- 博乐市 H1 2022 and H1 2023
S.rel('restatement', I, [F(B2, '6.8%'), F(B2, '9.56%')], 'REAL discrepancy (judgement call): H1 2022 primary sector “增长6.8%” in the indicator list and “一产增加值达8.71亿元,增长9.56%” in the body; the same indicator and period with two rates (9.56 may be at current prices; the text does not say)')
b3_p = [F(B3, '5.5%', n=0), F(B3, '5.5%', n=1)]
b3_s = [F(B3, '6.9', post=':42.1'), F(B3, '42.1', pre='6.9:'), F(B3, '51', pre='42.1:')]
b3_c = [F(B3, '4.28万亩'), F(B3, '32.76万亩'), F(B3, '42.35万亩'), F(B3, '9.52万亩'), F(B3, '88.91万亩')]
S.rel('restatement', C, b3_p, '博乐 H1 2023: primary sector +5.5% in the list and in the body')
S.rel('sum', C, b3_s, 'structure 6.9 : 42.1 : 51 adds to 100')
S.rel('sum', C, b3_c, 'crops 4.28 + 32.76 + 42.35 + 9.52 = 88.91万亩')
S.rel('target', MS, [F(B3, '2.6%'), F(B3, '2.7%'), F(B3, '15.4%'), F(B3, '12.6%')], '“主要经济指标增长均低于…批准的预期值”: below the targets by the text’s own verdict (the targets are not stated): missed')
S.rel('target', M, [b3_c[0], F(B3, '104.4%')], 'wheat area 4.28万亩 = 104.4% of the region’s binding target: met')
S.rel('growth', U, [F(B2, '8.71亿元'), F(B3, '6.35亿元'), b3_p[1]], 'H1 2022 primary value added 8.71亿 (2022 report) against H1 2023 6.35亿 “增长5.5%”: the 2023 report’s comparable-price base for H1 2022 is not stated (the 2022 figure may have been revised or on another basis); not checkable across the two reports')
S.rel('growth', U, [F(B2, '6.2%'), F(B3, '2.6%')], 'GDP +6.2% (H1 2022) and +2.6% (H1 2023): same indicator, other period; nothing to check')

# ---- 新疆 grain (year not named)
S.rel('sum', C, [F(XJ, '660万吨'), F(XJ, '540万吨'), F(XJ, '1200万吨')], '新疆: summer 660 + autumn 540 = 1200万吨')
S.rel('growth', U, [F(XJ, '1200万吨'), F(XJ, '32.0%')], 'output +32.0%: last year’s output is not stated')
S.rel('rate', U, [F(XJ, '26.6%'), F(XJ, '35.6%')], 'the 兵团’s area +35.6% within the region’s +26.6%: weights not stated, and the five main areas are given only as a range; nothing to rebuild')
S.rel('sum', U, [F(XJ, '290万亩'), F(XJ, '60万亩')], 'maize 290万亩 hit by drought and 60万亩 lost: overlapping (the lost area may be part of the drought area); not a split')

# ---- 第八师石河子市 2022
S.rel('share', U, [F(B8, '460平方公里'), F(B8, '36公里'), F(B8, '19公里')], '36 km × 19 km = 684 km², not 460: extents of an irregular area, not a rectangle')
S.rel('share', U, [F(B8, '51200户'), F(B8, '25%')], 'market entities 51200 = 25% of the 兵团’s: the 兵团 total is not stated')
S.rel('share', U, [F(B8, '409.3亿元'), F(B8, '831.5亿元')], 'industrial value added 409.3 within GDP 831.5亿: no share stated')

# ---- cross-document traps
S.rel('target', U, [xa_p, tc_p], '西安 102.4% by September 2017 against 铜川 14.1% by March 2016: other place and period')
S.rel('sum', U, [sl_t, F(XY, '437个')], '商洛’s 2024 plan of 325 省市縣 projects against the province’s 437 Q2 starts: overlapping scopes (county projects, a quarter’s batch); no relation')
S.rel('sum', U, [F(HY, '126个'), F(N3, '1313个', n=2)], '海原’s 126 planned projects in 2023 against 宁夏’s Q1 batch 1313: another scope (a county’s year vs a province’s batch)')

# ---- further traps (numbers that look checkable but are not)
S.rel('sum', U, [gg_tot2, F(GG, '399260万元', n=1)], '甘谷: 一般预算总收入 399300 and general budget spending 399260 are nearly equal but are revenue and spending; no relation is stated')
S.rel('share', U, [gg_pr, gg_ge], 'own revenue 43101 against spending 399260 (10.8%): no self-financing share is stated')
S.rel('share', U, [F(XA, '1234.22亿元'), xa_b], 'the development zones’ 1234.22亿 within the 2224.43亿: no share is stated (and the zones cover only projects under construction)')
S.rel('share', U, [F(TC, '888.38亿元'), tc_pl], 'annual plan 160.12亿 against total investment 888.38亿 (18%): no share stated; a plan is not a part of the total by any stated rule')
S.rel('share', U, [F(SL, '70.8億元'), F(SL, '292億元')], 'the batch’s annual plan 70.8億 within the city’s 292億: no share stated')
S.rel('growth', U, [F(TS, '77892萬元'), F(TS, '19.24%')], '天水 industrial investment +19.24%: last year’s amount is not stated')
S.rel('rate', U, [ts_t, F(TS, '42.01%'), ts_u, F(TS, '49.54%')], 'total +42.01% against urban +49.54%: the rural part (152046) and its rate are not stated; nothing to rebuild')
S.rel('share', U, [F(TK, '15.3亿元'), F(TK, '99.8亿元')], 'the year’s plan 15.3亿 against the 24 projects’ total 99.8亿: no share stated')
S.rel('growth', U, [F(YS, '98.5044亿元'), F(YS, '5.2%')], '玉树 spending +5.2%: last year’s spending is not stated')
S.rel('growth', U, [ys_inv[3], F(YS, '21.1%')], 'investment +21.1%: last year’s investment is not stated')
S.rel('sum', U, [F(YS, '0.64万亩'), F(YS, '0.72', pre='减少')], 'grain area fell 0.72 while all crops fell only 0.64万亩: possible (other crops grew); grain is a part, not a split, and the other crops are not stated')
S.rel('growth', U, [F(HY, '117个'), F(HY, '126个')], '海原 117 projects (2022) and 126 (2023 plan): other period and plan vs result; no rate stated')
S.rel('sum', U, [F(HY, '41公里'), F(HY, '17公里')], '41 km of 110KV line built, 17 km of 35KV collector line left: different lines, not parts of one length')
S.rel('share', U, [n3_y[2], F(N3, '5750亿元', n=1)], '宁夏 Q1 2023 annual plan 1540亿 against total investment 5750亿: no share stated')
S.rel('share', U, [F(N1, '75.9%'), F(N1, '165亿元')], 'private projects’ share of the annual plan 75.9%: their amount is not stated; nothing to check')
S.rel('share', U, [F(HT, '20399元'), ht_t], '和田市 GDP 82.74億 / 20399 per head = 40.6万 people: the average population is not stated')
S.rel('rate', U, [F(HT, '3.7%', n=0), F(HT, '3.1%')], 'CPI +3.7% with food and tobacco +3.1%: the other groups and the weights are not stated')
S.rel('restatement', U, [F(B2, '6.8%'), F(B3, '5.5%', n=0)], '博乐 primary sector +6.8% (H1 2022) and +5.5% (H1 2023): same indicator, other period')
S.rel('growth', U, [F(B8, '5583户'), F(B8, '51200户')], '八师 5583 new market entities against the stock 51200: entries, not the net change; no rate stated')
S.rel('sum', U, [F(B8, '2.04万人'), F(B8, '929人')], 'resident population +2.04万 and registered population +929: different indicators, neither a part of the other')
S.rel('target', U, [F(TK, '101.3%'), xa_p], '天水开发区 101.3% by October 2019 against 西安 102.4% by September 2017: other place and period')
S.rel('sum', U, [ts_t, F(TK, '125亿元')], '天水 city investment 670402万 (Jan–Oct 2006) against the development zone’s 125亿 of project investment (2019): other period, scope and indicator')
S.rel('share', U, [F(SL, '184億元'), F(SL, '70.8億元')], 'the batch’s total 184億 and its annual plan 70.8億: a plan for the year, not a part of the total by any stated share')

# ---- altered copies
a = ALT(GG, 1, gg_sub, '348799万元', 'transfers from above 348499 → 348799')
S.rel('sum', I, R(a, sum_ggs, gg_sub, '348799万元'), 'altered: 29496 + 4599 + 314404 = 348499, not 348799 (breaks {B})')
S.rel('sum', I, R(a, sum_ggr, gg_sub, '348799万元'), 'altered: 43101 + 348799 + 7700 = 399600, not 399300 (breaks {B})')
a = ALT(GG, 2, gg_fei, '33616万元', 'fund spending increase 33316 → 33616')
S.rel('sum', I, R(a, sum_ggfe, gg_fei, '33616万元'), 'altered: 86449 − 53133 = 33316, not 33616 (breaks {B})')
S.rel('growth', I, R(a, gr_ggfe, gg_fei, '33616万元'), 'altered: 33616 / 53133 = +63.27%, not 62.7% (breaks {B})')
a = ALT(GG, 3, gg_fs, '10451万元', 'fund over-collection 10151 → 10451')
S.rel('sum', I, R(a, sum_ggf, gg_fs, '10451万元'), 'altered: 26785 − 16634 = 10151, not 10451 (breaks {B})')
a = ALT(XA, 1, sh_xa[1], '107个', 'started new projects 102 → 107')
S.rel('share', I, R(a, sh_xa, sh_xa[1], '107个'), 'altered: 107 / 127 = 84.3%, not 80.3% (breaks {B})')
a = ALT(XA, 2, gr_xa[1], '22.4个百分点', 'lead over the time schedule 27.4 → 22.4 points')
S.rel('growth', I, R(a, gr_xa, gr_xa[1], '22.4个百分点'), 'altered: 102.4 − 75 = 27.4, not 22.4 points (breaks {B})')
a = ALT(TC, 1, tc_b, '6.8亿元', 'new projects’ investment 6.2 → 6.8')
S.rel('sum', I, R(a, sum_tc, tc_b, '6.8亿元'), 'altered: 16.42 + 6.8 = 23.22, not 22.62 (breaks {B})')
a = ALT(TC, 2, sh_tc3[2], '34.2%', 'provincial projects’ share 37.2% → 34.2%')
S.rel('share', I, R(a, sh_tc3, sh_tc3[2], '34.2%'), 'altered: 8.49 / 22.8 = 37.2%, not 34.2% (breaks {B})')
a = ALT(TC, 3, tc_n, '48个', 'planned new projects 43 → 48 (first mention)')
S.rel('sum', I, R(a, sum_tcn, tc_n, '48个'), 'altered: 57 + 48 = 105, not 100 (breaks {B})')
a = ALT(SL, 1, sl_b, '78個', 'infrastructure projects 73 → 78')
S.rel('sum', I, R(a, sum_sl, sl_b, '78個'), 'altered: 149 + 78 + 103 = 330, not 325 (breaks {B})')
a = ALT(SL, 2, sl_a, '146個', '產業 projects 149 → 146')
S.rel('sum', I, R(a, sum_sl, sl_a, '146個'), 'altered: 146 + 73 + 103 = 322, not 325 (breaks {B})')
a = ALT(XY, 1, xy_y[1], '96.2亿元', 'county projects’ annual investment 99.2 → 96.2')
S.rel('sum', I, R(a, xy_y, xy_y[1], '96.2亿元'), 'altered: 84.3 + 96.2 = 180.5, not 183.5 (breaks {B})')
a = ALT(XY, 2, xy_i[0], '181.2亿元', 'city/provincial projects’ total investment 191.2 → 181.2')
S.rel('sum', I, R(a, xy_i, xy_i[0], '181.2亿元'), 'altered: 181.2 + 192.6 = 373.8, not 383.8 (breaks {B})')
a = ALT(TS, 1, ts_ui, '177733萬元', 'urban investment increase 171733 → 177733')
S.rel('growth', I, R(a, gr_tsu, ts_ui, '177733萬元'), 'altered: 177733 / (518356 − 177733) = +52.18%, not 49.54% (breaks {B})')
a = ALT(TS, 2, sh_ts[2], '84.33%', 'share of projects over 5 million 81.33% → 84.33%')
S.rel('share', I, R(a, sh_ts, sh_ts[2], '84.33%'), 'altered: 421560 / 518356 = 81.33%, not 84.33% (breaks {B})')
a = ALT(TS, 3, gr_tsi[2], '1.9個百分點', 'slowdown 1.6 → 1.9 points')
S.rel('growth', I, R(a, gr_tsi, gr_tsi[2], '1.9個百分點'), 'altered: 20.85 − 19.24 = 1.61, not 1.9 points (breaks {B})')
a = ALT(TK, 1, sum_tk[1], '69亿元', 'continuing projects’ total investment 66 → 69')
S.rel('sum', I, R(a, sum_tk, sum_tk[1], '69亿元'), 'altered: 59 + 69 = 128, not 125亿 (breaks {B})')
a = ALT(TK, 2, sh_tk[2], '104.3%', 'completion 101.3% → 104.3%')
S.rel('share', I, R(a, sh_tk, sh_tk[2], '104.3%'), 'altered: 15.5 / 15.3 = 101.3%, not 104.3% (breaks {B})')
a = ALT(G5, 1, sum_g5[2], '二百六十七年', '二百六十一年 → 二百六十七年')
S.rel('sum', I, R(a, sum_g5, sum_g5[2], '二百六十七年'), 'altered: 1906 − 1645 = 261, not 267 years (breaks {B})')
a = ALT(G5, 2, sh_g5[1], '一亩以上', 'water land a head 半亩以上 → 一亩以上')
S.rel('share', I, R(a, sh_g5, sh_g5[1], '一亩以上'), 'altered: 110多万亩 for 180多万 people is 0.58–0.66 mu a head, not “一亩以上” (breaks {B})')
a = ALT(YS, 1, ys_inv[1], '268810万元', 'secondary-sector investment 260810 → 268810')
S.rel('sum', I, R(a, ys_inv, ys_inv[1], '268810万元'), 'altered: 18987 + 268810 + 419439 = 707236万 = 70.72亿, not 69.92 (breaks {B})')
a = ALT(YS, 2, ys_up[1], '7742.18元', 'urban business income 7712.18 → 7742.18')
S.rel('sum', I, R(a, sum_ysu, ys_up[1], '7742.18元'), 'altered: 14928.07 + 7742.18 + 1927.18 + 5944.73 = 30542.16, not 30512.16 (breaks {B})')
a = ALT(YS, 3, gr_ysu[0], '2583.69元', 'urban income increase 2533.69 → 2583.69')
S.rel('growth', I, R(a, gr_ysu, gr_ysu[0], '2583.69元'), 'altered: 2583.69 / (30512.16 − 2583.69) = +9.25%, not 9.06% (breaks {B})')
a = ALT(HY, 1, hy_fy[2], '43.8亿元', 'infrastructure annual investment 48.8 → 43.8')
S.rel('sum', I, R(a, hy_fy, hy_fy[2], '43.8亿元'), 'altered: 6.6 + 2.3 + 43.8 + 4.3 + 23.9 = 80.9, not 86亿 (breaks {B})')
a = ALT(HY, 2, hy_i[1], '170亿元', 'new projects’ total investment 140 → 170')
S.rel('sum', I, R(a, hy_i, hy_i[1], '170亿元'), 'altered: 110 + 170 = 280, not 250亿 (breaks {B})')
a = ALT(N3, 1, n3_y[0], '1047亿元', 'continuing projects’ annual plan 1017 → 1047')
S.rel('sum', I, R(a, n3_y, n3_y[0], '1047亿元'), 'altered: 1047 + 523 = 1570, not 1540亿 (breaks {B})')
a = ALT(N3, 2, n3_n[1], '608个', 'new projects 603 → 608')
S.rel('sum', I, R(a, n3_n, n3_n[1], '608个'), 'altered: 710 + 608 = 1318, not 1313 (breaks {B})')
a = ALT(N1, 1, n1_b, '281个', 'body count 287 → 281')
S.rel('restatement', I, R(a, rs_n1, n1_b, '281个'), 'altered: 287 projects in the lead, 281 in the body (breaks {B})')
a = ALT(HT, 1, ht_p[1], '16.75億元', 'secondary value added 16.15 → 16.75')
S.rel('sum', I, R(a, sum_ht, ht_p[1], '16.75億元'), 'altered: 3.64 + 16.75 + 62.95 = 83.34, not 82.74 (breaks {B})')
S.rel('share', I, R(a, sh_ht2, ht_p[1], '16.75億元'), 'altered: 16.75 / 82.74 = 20.24%, not 19.5 (breaks {B})')
a = ALT(HT, 2, ht_s[2], '78.1', 'tertiary share 76.1 → 78.1')
S.rel('share', I, R(a, sh_ht3, ht_s[2], '78.1'), 'altered: 62.95 / 82.74 = 76.08%, not 78.1 (breaks {B})')
a = ALT(HT, 3, ht_pull[1], '1.8', 'secondary pull 1.5 → 1.8 points')
S.rel('sum', I, R(a, sum_htp, ht_pull[1], '1.8'), 'altered: 0.1 + 1.8 + 5.5 = 7.4, not 7.1 points (breaks {B})')
a = ALT(B3, 1, b3_c[3], '9.82万亩', 'other crops 9.52 → 9.82万亩')
S.rel('sum', I, R(a, b3_c, b3_c[3], '9.82万亩'), 'altered: 4.28 + 32.76 + 42.35 + 9.82 = 89.21, not 88.91万亩 (breaks {B})')
a = ALT(B3, 2, b3_s[1], '47.1', 'secondary share 42.1 → 47.1')
S.rel('sum', I, R(a, b3_s, b3_s[1], '47.1'), 'altered: 6.9 + 47.1 + 51 = 105, not 100 (breaks {B})')
a = ALT(XJ, 1, F(XJ, '540万吨'), '510万吨', 'autumn grain 540 → 510万吨')
S.rel('sum', I, R(a, [F(XJ, '660万吨'), F(XJ, '540万吨'), F(XJ, '1200万吨')], F(XJ, '540万吨'), '510万吨'), 'altered: 660 + 510 = 1170, not 1200万吨 (breaks {B})')
for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

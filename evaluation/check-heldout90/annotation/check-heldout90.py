"""Check key, set check-heldout90. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout90.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout90'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

GS12='gs_2012.txt'; GS14J='gs_2014js_hant.txt'; GS14Z='gs_2014zx.txt'; GCQ='gcq_2025.txt'; XJQ='xj_2025q1.txt'; GL='gl_2017.txt'
ZY='zy_2022h1_hant.txt'; YA='ya_2021.txt'; FP='fp_2021js.txt'; AS='as_2021.txt'; NX='nx_2020_hant.txt'; HT='ht_2021.txt'
XJT='xj_2022t.txt'; XJR='xj_2022r.txt'; TC='tc_2022.txt'

# ---- 甘肃 2012 finance (province, news of the statistics bureau)
g_big = F(GS12, '1080.38亿元'); g_bigp = F(GS12, '102.91%'); g_rev = F(GS12, '520.88亿元'); g_revp = F(GS12, '106.24%')
g_sp = F(GS12, '2063.44亿元'); g_spp = F(GS12, '96.92%'); g_inc = F(GS12, '272.2亿元'); g_spg = F(GS12, '15.2%')
g_prov = F(GS12, '418.24亿元'); g_cty = F(GS12, '1645.2亿元')
g14 = F(GS12, '14个'); r1 = F(GS12, '2市', '白银'); r2 = F(GS12, '3市州'); r3 = F(GS12, '6市州'); r4 = F(GS12, '3市', '嘉峪关')
e1 = F(GS12, '2市', '陇南'); e2 = F(GS12, '4市州'); e3 = F(GS12, '8市')
sum_g = [g_prov, g_cty, g_sp]; gr_g = [g_sp, g_inc, g_spg]; cnt_r = [r1, r2, r3, r4, g14]; cnt_e = [e1, e2, e3, g14]
S.rel('sum', C, sum_g, 'provincial 418.24 + city/county 1645.2 = 2063.44')
S.rel('growth', C, gr_g, 'spending up 272.2 on 2063.44 − 272.2 = 1791.24: 15.20% → 15.2')
S.rel('sum', C, cnt_r, 'revenue growth groups 2 + 3 + 6 + 3 = 14 cities/prefectures')
S.rel('sum', C, cnt_e, 'spending growth groups 2 + 4 + 8 = 14 cities/prefectures')
S.rel('target', M, [g_revp, g_rev], 'public-finance revenue 520.88 = 106.24% of the 2012 budget: met')
S.rel('target', MS, [g_spp, g_sp], 'spending 2063.44 = 96.92% of the adjusted budget: below plan, missed (the text still calls the spending task overfulfilled)')
S.rel('target', U, [g_bigp, g_rev], '102.91% is the completion of the broad-scope (大口径) revenue budget, not of public-finance revenue 520.88: other indicator')
S.rel('share', U, [g_rev, g_big], 'public-finance revenue 520.88 inside broad-scope revenue 1080.38 (48.2%): no share stated; the broad scope adds central taxes collected locally')
S.rel('growth', U, [F(GS12, '30%', '白银、陇南2市增幅达到'), g_spg], 'two cities grew spending 30%+ while the province grew 15.2%: weights and levels of the cities not stated')
S.rel('restatement', U, [F(GS12, '10%', '嘉峪关3市增幅在'), F(GS12, '10%', '张掖8市增幅在')], '"10%以上" of revenue growth (3 cities) vs of spending growth (8 cities): same number, other indicator')
a = ALT(GS12, 1, g_cty, '1648.2亿元', 'city/county spending 1645.2 → 1648.2')
S.rel('sum', I, R(a, sum_g, g_cty, '1648.2亿元'), 'altered: 418.24 + 1648.2 = 2066.44, not 2063.44 (breaks {B})')
a = ALT(GS12, 2, g_spg, '15.8%', 'spending growth 15.2 → 15.8')
S.rel('growth', I, R(a, gr_g, g_spg, '15.8%'), 'altered: 272.2/1791.24 = 15.2%, not 15.8 (breaks {B})')
a = ALT(GS12, 3, e3, '9市', 'count of the 10%+ spending group 8 → 9')
S.rel('sum', I, R(a, cnt_e, e3, '9市'), 'altered: 2 + 4 + 9 = 15, not 14 (breaks {B})')

# ---- 甘肃 2014 provincial-level final account and 2015 H1 (news, traditional)
j_rb = F(GS14J, '196.2億元'); j_sb = F(GS14J, '493.1億元'); j_sb2 = F(GS14J, '686億元'); j_r = F(GS14J, '196.6億元'); j_rp = F(GS14J, '100.2%')
j_s = F(GS14J, '590.1億元'); j_sp = F(GS14J, '86%'); j_rg = F(GS14J, '13%'); j_sg = F(GS14J, '24.8%')
j_3 = F(GS14J, '3.1億元'); j_3a = F(GS14J, '1287萬元'); j_3b = F(GS14J, '2.4億元'); j_3c = F(GS14J, '6344萬元'); j_3g = F(GS14J, '27.2%')
items = [F(GS14J, '56.5億元'), F(GS14J, '68.7億元'), F(GS14J, '18.3億元'), F(GS14J, '64.8億元'), F(GS14J, '199.1億元')]
sh_j1 = [j_r, j_rb, j_rp]; sh_j2 = [j_s, j_sb2, j_sp]; sum_j3 = [j_3a, j_3b, j_3c, j_3]
S.rel('share', C, sh_j1, 'provincial revenue 196.6 / budget 196.2 = 100.20% → 100.2')
S.rel('share', C, sh_j2, 'provincial spending 590.1 / adjusted budget 686 = 86.0% → 86')
S.rel('sum', C, sum_j3, '"three public expenses": 0.1287 + 2.4 + 0.6344 = 3.16 against 3.1; with 2.4 read as 2.35–2.45 the parts give 3.11–3.21, which meets 3.05–3.15: consistent within the allowance')
S.rel('target', M, [j_rb, j_r], '2014 provincial revenue budget 196.2 approved by the congress, final 196.6: met')
S.rel('target', MS, [j_sb2, j_s], 'provincial spending 590.1 against the adjusted budget 686 (86%): below plan, missed')
S.rel('target', U, [j_sb, j_s], 'spending 590.1 against the budget first approved 493.1: the budget was raised to 686 in the year; exceeding the original figure is not "met"')
S.rel('sum', U, items + [j_s], 'five spending items (其中) total 407.4 of 590.1: a selection, not a split')
S.rel('sum', U, [j_s, F(GS14J, '2151.4億元')], 'total outlay 2151.4 = provincial spending 590.1 + remittances, transfers to cities/counties and debt repayment, whose amounts are not stated')
a = ALT(GS14J, 1, j_r, '198.6億元', 'provincial revenue 196.6 → 198.6')
S.rel('share', I, R(a, sh_j1, j_r, '198.6億元'), 'altered: 198.6/196.2 = 101.2%, not 100.2 (breaks {B})')
a = ALT(GS14J, 2, j_sp, '89%', 'spending completion 86 → 89')
S.rel('share', I, R(a, sh_j2, j_sp, '89%'), 'altered: 590.1/686 = 86%, not 89 (breaks {B})')
a = ALT(GS14J, 3, j_3a, '4287萬元', 'travel abroad 1287 → 4287万元')
S.rel('sum', I, R(a, sum_j3, j_3a, '4287萬元'), 'altered: 0.4287 + 2.4 + 0.6344 = 3.46, not 3.1 even with the allowance (breaks {B})')

# ---- 甘肃 2014 province-wide execution (news of the budget report, Jan 2015)
z_t0 = F(GS14Z, '30.1%', n=0); z_t3 = F(GS14Z, '30.1%', n=3); z_m0 = F(GS14Z, '42%', n=0); z_m1 = F(GS14Z, '42%', n=1)
z_r = F(GS14Z, '672.2亿元'); z_rp = F(GS14Z, '101.9%'); z_rg = F(GS14Z, '13.6%'); z_s = F(GS14Z, '2538.4亿元'); z_sp = F(GS14Z, '96%')
S.rel('restatement', C, [z_t0, z_t3], 'province-wide "three public expenses" −30.1% in the headline and in the body')
S.rel('restatement', C, [z_m0, z_m1], 'meeting costs −42% stated twice')
S.rel('target', M, [z_rp, z_r], 'province-wide revenue 672.2 = 101.9% of budget: met')
S.rel('target', MS, [z_sp, z_s], 'province-wide spending 2538.4 = 96% of budget: below plan, missed')
S.rel('restatement', U, [j_3g, z_t3], 'provincial-level "three public expenses" −27.2% vs province-wide −30.1%: overlapping scopes, different numbers are expected')
S.rel('share', U, [j_r, z_r], 'provincial-level revenue 196.6 inside province-wide 672.2: no share stated')
S.rel('growth', U, [j_rg, z_rg], 'provincial-level revenue +13% vs province-wide +13.6%: different scopes')
S.rel('target', U, [j_rp, z_rp], 'completion 100.2% (provincial level, final account) vs 101.9% (province-wide, execution): different scopes and stages')
S.rel('growth', U, [g_prov, j_s, j_sg], '甘肃 provincial spending 418.24 (2012) and 590.1 (2014, +24.8% on 2013): the 2013 level is not stated; no check over the two years')
a = ALT(GS14Z, 1, z_t3, '31.1%', 'province-wide "three public expenses" decline (body) 30.1 → 31.1')
S.rel('restatement', I, [on(a, z_t0), on(a, z_t3, '31.1%')], 'altered: headline −30.1% vs body −31.1% (breaks {B})')
a = ALT(GS14Z, 2, z_m1, '45%', 'meeting-cost decline (second statement) 42 → 45')
S.rel('restatement', I, [on(a, z_m0), on(a, z_m1, '45%')], 'altered: −42% vs −45% for the same meeting costs (breaks {B})')

# ---- 高昌区 (吐鲁番, 新疆) 2025 budget execution report
c_r = F(GCQ, '16.16亿元'); c_rp = F(GCQ, '95.30%'); c_ri = F(GCQ, '0.75亿元'); c_rg = F(GCQ, '4.83%')
c_t = F(GCQ, '10.28亿元'); c_tp = F(GCQ, '100.99%'); c_ti = F(GCQ, '2.08亿元'); c_tg = F(GCQ, '25.36%')
c_n = F(GCQ, '5.88亿元'); c_np = F(GCQ, '86.77%'); c_ni = F(GCQ, '1.33亿元'); c_ng = F(GCQ, '18.48%')
c_r2 = F(GCQ, '12.70亿元', n=0); c_t2 = F(GCQ, '7.28亿元'); c_n2 = F(GCQ, '5.42亿元')
c_s = F(GCQ, '42.76亿元'); c_si = F(GCQ, '7.74亿元'); c_sg = F(GCQ, '22.10%')
c_tot = F(GCQ, '60.07亿元'); c_b = [F(GCQ, '12.70亿元', n=1), F(GCQ, '33.65亿元'), F(GCQ, '5.75亿元'), F(GCQ, '0.12亿元'), F(GCQ, '7.85亿元')]
sum_c1 = [c_t, c_n, c_r]; sum_c2 = [c_t2, c_n2, c_r2]; sum_c3 = c_b + [c_tot]; gr_cs = [c_s, c_si, c_sg]
S.rel('sum', C, sum_c1, 'pre-reform revenue: tax 10.28 + non-tax 5.88 = 16.16')
S.rel('sum', C, sum_c2, 'post-reform revenue: tax 7.28 + non-tax 5.42 = 12.70')
S.rel('sum', C, sum_c3, 'resources: 12.70 + 33.65 + 5.75 + 0.12 + 7.85 = 60.07')
S.rel('growth', C, [c_r, c_ri, c_rg], '+0.75 on 16.16 − 0.75 = 15.41: 4.87%; with the allowance (0.745/15.415) 4.83 is reached: consistent')
S.rel('growth', C, [c_t, c_ti, c_tg], '+2.08 on 8.20: 25.37% → 25.36 inside the allowance')
S.rel('growth', C, [c_n, c_ni, c_ng], '−1.33 on 7.21: 18.45% → 18.48 inside the allowance (1.335/7.21 = 18.52)')
S.rel('growth', C, gr_cs, '+7.74 on 35.02: 22.10%')
S.rel('sum', C, [c_ti, c_ni, c_ri], 'revenue change = tax +2.08 − non-tax 1.33 = +0.75')
S.rel('target', MS, [c_rp, c_r], 'revenue 16.16 = 95.30% of the year-start budget: missed')
S.rel('target', M, [c_tp, c_t], 'tax revenue 10.28 = 100.99% of budget: met')
S.rel('target', MS, [c_np, c_n], 'non-tax revenue 5.88 = 86.77% of budget: missed')
S.rel('restatement', U, [c_r, c_r2], 'revenue 16.16 before and 12.70 after the fiscal-system reform: two scopes of the same year, not a restatement or a fall')
S.rel('growth', U, [c_t, c_t2], 'tax revenue 10.28 (pre-reform) vs 7.28 (post-reform): a change of scope, not a 29% drop')
a = ALT(GCQ, 1, c_t2, '7.58亿元', 'post-reform tax revenue 7.28 → 7.58')
S.rel('sum', I, R(a, sum_c2, c_t2, '7.58亿元'), 'altered: 7.58 + 5.42 = 13.00, not 12.70 (breaks {B})')
a = ALT(GCQ, 2, c_b[1], '38.65亿元', 'transfers from above 33.65 → 38.65')
S.rel('sum', I, R(a, sum_c3, c_b[1], '38.65亿元'), 'altered: resources add to 65.07, not 60.07 (breaks {B})')
a = ALT(GCQ, 3, c_sg, '25.10%', 'spending growth 22.10 → 25.10')
S.rel('growth', I, R(a, gr_cs, c_sg, '25.10%'), 'altered: 7.74/35.02 = 22.1%, not 25.1 (breaks {B})')

# ---- 新疆 Q1 2025 finance (newspaper)
q_r = F(XJQ, '684亿元'); q_ri = F(XJQ, '66.9亿元'); q_g0 = F(XJQ, '10.8%', n=0); q_g1 = F(XJQ, '10.8%', n=1)
q_t = F(XJQ, '339.6亿元'); q_ti = F(XJQ, '0.4亿元'); q_tg = F(XJQ, '0.1%'); q_s = F(XJQ, '6.7亿元'); q_sp = F(XJQ, '2个百分点')
gr_q = [q_r, q_ri, q_g1]; ct_q = [q_s, q_t, q_ti, q_sp]
S.rel('growth', C, gr_q, '+66.9 on 684 − 66.9 = 617.1: 10.84% → 10.8')
S.rel('restatement', C, [q_g0, q_g1], 'revenue +10.8% in the lead and in the body')
S.rel('growth', C, [q_t, q_ti, q_tg], '+0.4 on 339.2: 0.12% → 0.1')
S.rel('growth', C, ct_q, 'small taxes +6.7 on last year’s tax revenue 339.6 − 0.4 = 339.2: 1.98 points → "2个百分点"')
S.rel('sum', U, [q_s, q_ti], 'small taxes +6.7 while all tax revenue rose only 0.4: other taxes fell by about 6.3 (not stated); not a sum that fails')
S.rel('share', U, [F(XJQ, '1681亿元'), F(XJQ, '76.3%')], 'livelihood spending 1681 = 76.3% of general spending: the spending total is not stated')
S.rel('growth', U, [q_g1, c_rg], '新疆 Q1 2025 revenue +10.8% vs 高昌区 full-year 2025 +4.83%: other place and period')
a = ALT(XJQ, 1, q_ri, '56.9亿元', 'revenue increase 66.9 → 56.9')
S.rel('growth', I, R(a, gr_q, q_ri, '56.9亿元'), 'altered: 56.9/627.1 = 9.1%, not 10.8 (breaks {B})')
a = ALT(XJQ, 2, q_sp, '3个百分点', 'pull of small taxes 2 → 3 points')
S.rel('growth', I, R(a, ct_q, q_sp, '3个百分点'), 'altered: 6.7/339.2 = 2.0 points, not 3 (breaks {B})')

# ---- 果洛州 (青海) 2018 government work report, 2017 review
S.rel('target', M, [F(GL, '1.97亿元'), F(GL, '100%')], '三江源 phase-2 works (1.97亿) completed 100% of the province’s target: met')
S.rel('growth', U, [F(GL, '1.3%'), F(GL, '0.2个百分点')], 'prefecture CPI +1.3%, 0.2 points below the province: the provincial rate is not stated')
S.rel('growth', U, [F(GL, '2.5亿元'), F(GL, '19.59%')], 'local revenue 2.5亿, −19.59% on a like-for-like (同口径) basis: the base is not stated')
S.rel('growth', U, [F(GL, '37.27亿元'), F(GL, '2.6%')], 'GDP 37.27亿 −2.6% at comparable prices: the 2016 level is not stated; nothing to check')

# ---- 张掖 H1 2022 (newspaper, traditional)
y_t = F(ZY, '252.52億元'); y1 = F(ZY, '42.44億元'); y2 = F(ZY, '57.94億元'); y3 = F(ZY, '152.14億元')
y_g = F(ZY, '5.1%', n=0); y_ind = F(ZY, '10.3%')
sum_y = [y1, y2, y3, y_t]
S.rel('sum', C, sum_y, '42.44 + 57.94 + 152.14 = 252.52')
S.rel('rate', U, [y1, F(ZY, '10%'), y2, F(ZY, '4.8%'), y3, F(ZY, '3.9%'), y_t, y_g], 'current-price levels deflated by real sector rates: H1 2021 weights not stated; not a check')
S.rel('growth', U, [F(ZY, '2.7%'), F(ZY, '26.6%'), F(ZY, '5.1%', n=1), y_ind], 'mining +2.7, manufacturing +26.6, utilities −5.1 vs industry +10.3: branch weights not stated')
S.rel('restatement', U, [y_g, F(ZY, '5.1%', n=1)], 'GDP +5.1% vs utilities −5.1%: same number, other indicator and sign')
S.rel('growth', U, [F(ZY, '164.9%'), F(ZY, '12.8%')], 'industrial investment +164.9% inside all investment +12.8%: a subset, weights not stated')
S.rel('growth', U, [F(ZY, '27.7%'), y_ind], '12 key firms +27.7% inside industry +10.3%: a subset')
a = ALT(ZY, 1, y2, '54.94億元', 'secondary value added 57.94 → 54.94')
S.rel('sum', I, R(a, sum_y, y2, '54.94億元'), 'altered: parts add to 249.52, not 252.52 (breaks {B})')
a = ALT(ZY, 2, y_t, '255.52億元', 'H1 GDP 252.52 → 255.52')
S.rel('sum', I, R(a, sum_y, y_t, '255.52億元'), 'altered: parts add to 252.52, not 255.52 (breaks {B})')

# ---- a county of 延安 (陕西), 2021 budget execution (county name not in the passage)
a_tot = F(YA, '23992万元'); a_totb = F(YA, '22443万元'); a_totp = F(YA, '106.9%'); a_tot0 = F(YA, '21012万元'); a_toti = F(YA, '2980万元'); a_totg = F(YA, '14.2%')
a_up = F(YA, '12503万元'); a_upb = F(YA, '10443万元'); a_upp = F(YA, '119.7%'); a_up0 = F(YA, '9040万元'); a_upi = F(YA, '3463万元'); a_upg = F(YA, '38.3%')
a_loc = F(YA, '11489万元'); a_locb = F(YA, '12000万元'); a_locp = F(YA, '95.7%'); a_loc0 = F(YA, '11972万元'); a_loci = F(YA, '483万元'); a_locg = F(YA, '4%', '减幅')
a_tx = F(YA, '7236万元'); a_txb = F(YA, '6280万元'); a_txp = F(YA, '115.2%'); a_tx0 = F(YA, '5520万元'); a_txi = F(YA, '1716万元'); a_txg = F(YA, '31.1%')
a_nt = F(YA, '4253万元'); a_ntb = F(YA, '5720万元'); a_ntp = F(YA, '74.4%'); a_nt0 = F(YA, '6452万元'); a_nti = F(YA, '2199万元'); a_ntg = F(YA, '34.1%')
a_big = F(YA, '182513万元')
inc = [a_loc] + [F(YA, x) for x in ['3714万元', '46887万元', '14978万元', '20543万元', '486万元', '25051万元', '27285万元', '945万元', '4588万元']] + \
      [F(YA, '8751万元', n=0), F(YA, '10862万元'), F(YA, '6934万元'), a_big]
out = [F(YA, '139193万元'), F(YA, '11253万元'), F(YA, '8751万元', n=1), F(YA, '8255万元'), F(YA, '15061万元'), a_big]
sh_a = [a_tot, a_totb, a_totp]; gr_an = [a_nt, a_nt0, a_nti, a_ntg]
S.rel('sum', C, [a_up, a_loc, a_tot], 'remitted upward 12503 + local 11489 = 23992')
S.rel('sum', C, [a_tx, a_nt, a_loc], 'tax 7236 + non-tax 4253 = local revenue 11489')
S.rel('sum', C, [a_upb, a_locb, a_totb], 'budgets: 10443 + 12000 = 22443')
S.rel('share', C, sh_a, '23992/22443 = 106.90%')
S.rel('share', C, [a_up, a_upb, a_upp], '12503/10443 = 119.73% → 119.7')
S.rel('share', C, [a_loc, a_locb, a_locp], '11489/12000 = 95.74% → 95.7')
S.rel('growth', C, [a_tot, a_tot0, a_toti, a_totg], '23992 − 21012 = 2980; 2980/21012 = 14.18% → 14.2')
S.rel('growth', C, [a_up, a_up0, a_upi, a_upg], '12503 − 9040 = 3463; 3463/9040 = 38.31%')
S.rel('growth', C, [a_loc, a_loc0, a_loci, a_locg], '11972 − 11489 = 483; 483/11972 = 4.03% → 4')
S.rel('growth', C, [a_tx, a_tx0, a_txi, a_txg], '7236 − 5520 = 1716; 1716/5520 = 31.09% → 31.1')
S.rel('growth', C, gr_an, '6452 − 4253 = 2199; 2199/6452 = 34.08% → 34.1')
S.rel('sum', C, inc, 'local revenue and twelve transfers/bond/balance items add to 182513')
S.rel('sum', C, out, '139193 + 11253 + 8751 + 8255 + 15061 = 182513')
S.rel('target', MS, [a_locb, a_loc], 'local revenue 11489 against the budget 12000 (95.7%): missed')
S.rel('target', M, [a_txb, a_tx], 'tax revenue 7236 against the budget 6280 (115.2%): met')
S.rel('restatement', U, [a_tot, a_big], 'two "财政总收入": 23992 (revenue collected incl. upward remittances) and 182513 (total resources incl. transfers): same label, other scope')
S.rel('share', U, [a_tx, a_loc], 'tax 7236 of local revenue 11489 (63%): no share is stated')
a = ALT(YA, 1, a_totp, '108.9%', 'completion of total revenue 106.9 → 108.9')
S.rel('share', I, R(a, sh_a, a_totp, '108.9%'), 'altered: 23992/22443 = 106.9%, not 108.9 (breaks {B})')
a = ALT(YA, 2, a_nti, '2189万元', 'non-tax decrease 2199 → 2189')
S.rel('growth', I, R(a, gr_an, a_nti, '2189万元'), 'altered: 6452 − 4253 = 2199, not 2189 (breaks {B})')
a = ALT(YA, 3, out[4], '15661万元', 'carry-over 15061 → 15661')
S.rel('sum', I, R(a, out, out[4], '15661万元'), 'altered: outlays add to 183113, not 182513 (breaks {B})')

# ---- 佛坪县 (汉中, 陕西) 2021 final account
p_r = F(FP, '3002万元', n=0); p_rp = F(FP, '100.1%'); p_sb0 = F(FP, '77538万元'); p_sb = F(FP, '97842万元')
p_s = F(FP, '91759万元', n=0); p_sp = F(FP, '93.8%'); p_c0 = F(FP, '6083万元', n=0); p_c1 = F(FP, '6083万元', n=1)
p_b = F(FP, '7661万元'); p_b1 = F(FP, '4330万元'); p_b2 = F(FP, '3331万元'); p_in = F(FP, '105435万元'); p_out = F(FP, '99352万元')
inc_p = [F(FP, '3002万元', n=1), F(FP, '93096万元'), p_b, F(FP, '1378万元'), F(FP, '144万元'), F(FP, '154万元'), p_in]
out_p = [F(FP, '91759万元', n=1), F(FP, '2927万元'), F(FP, '4164万元'), F(FP, '502万元'), p_out]
sum_pb = [p_b1, p_b2, p_b]; sh_p = [p_s, p_sb, p_sp]
S.rel('sum', C, inc_p, '3002 + 93096 + 7661 + 1378 + 144 + 154 = 105435')
S.rel('sum', C, sum_pb, 'new bonds 4330 + refinancing 3331 = 7661')
S.rel('sum', C, out_p, '91759 + 2927 + 4164 + 502 = 99352')
S.rel('sum', C, [p_out, p_c1, p_in], 'balance: 105435 − 99352 = 6083')
S.rel('share', C, sh_p, '91759/97842 = 93.78% → 93.8')
S.rel('sum', C, [p_s, p_c0, p_sb], 'adjusted budget 97842 − spent 91759 = carried over 6083')
S.rel('restatement', C, [p_c0, p_c1], 'carry-over 6083 stated twice')
S.rel('target', M, [p_rp, p_r], 'local revenue 3002 = 100.1% of the year-start budget: met')
S.rel('target', MS, [p_sb, p_s], 'spending 91759 against the adjusted budget 97842: missed (below plan)')
S.rel('target', U, [p_sb0, p_s], 'spending 91759 against the budget first approved 77538: the budget was raised mid-year; not "met"')
S.rel('sum', U, [F(FP, '10595万元'), p_s], 'township spending 10595 is "其中" of 91759: a part, no split to check')
a = ALT(FP, 1, inc_p[1], '93896万元', 'transfers from province/city 93096 → 93896')
S.rel('sum', I, R(a, inc_p, inc_p[1], '93896万元'), 'altered: resources add to 106235, not 105435 (breaks {B})')
a = ALT(FP, 2, p_b2, '3381万元', 'refinancing bonds 3331 → 3381')
S.rel('sum', I, R(a, sum_pb, p_b2, '3381万元'), 'altered: 4330 + 3381 = 7711, not 7661 (breaks {B})')
a = ALT(FP, 3, p_sp, '95.8%', 'spending completion 93.8 → 95.8')
S.rel('share', I, R(a, sh_p, p_sp, '95.8%'), 'altered: 91759/97842 = 93.8%, not 95.8 (breaks {B})')

# ---- 安塞区 (延安, 陕西) 2021 execution, 2022 budget report
s_r = F(AS, '8.3亿元', n=0); s_rb = F(AS, '8.7亿元'); s_rp = F(AS, '95%')
s_t = F(AS, '6.4亿元', n=0); s_tb = F(AS, '6.2亿元'); s_tp = F(AS, '102.5%'); s_n = F(AS, '1.9亿元'); s_nb = F(AS, '2.5亿元'); s_np = F(AS, '76.3%')
s_d1 = F(AS, '6.9亿元', n=0); s_d1b = F(AS, '6.4亿元', n=1); s_d1p = F(AS, '106.4%'); s_d2 = F(AS, '1.4亿元'); s_d2b = F(AS, '2.3亿元'); s_d2p = F(AS, '62.6%')
s_tr = F(AS, '15.3亿元'); s_tr1 = F(AS, '-1453万元'); s_tr2 = F(AS, '6.9亿元', n=1); s_tr3 = F(AS, '8.5亿元')
s_bd = F(AS, '3.1亿元'); s_bd1 = F(AS, '5815万元'); s_bd2 = F(AS, '1.16亿元'); s_bd3 = F(AS, '1.36亿元')
s_sp = F(AS, '30.7亿元'); s_g = F(AS, '26.7亿元', n=0); s_fund = F(AS, '3.9亿元'); s_pan = F(AS, '578万元')
sum_st = [s_t, s_n, s_r]; sh_sn = [s_n, s_nb, s_np]; sum_tr = [s_tr1, s_tr2, s_tr3, s_tr]; sum_bd = [s_bd1, s_bd2, s_bd3, s_bd]
S.rel('share', C, [s_r, s_rb, s_rp], '8.3/8.7 = 95.4% → 95')
S.rel('sum', C, sum_st, 'by type: tax 6.4 + non-tax 1.9 = 8.3')
S.rel('sum', C, [s_d1, s_d2, F(AS, '8.3亿元', n=0)], 'by collector: tax bureau 6.9 + finance bureau 1.4 = 8.3')
S.rel('sum', C, [s_tb, s_nb, s_rb], 'budgets by type: 6.2 + 2.5 = 8.7')
S.rel('sum', C, [s_d1b, s_d2b, s_rb], 'budgets by collector: 6.4 + 2.3 = 8.7')
S.rel('share', C, [s_t, s_tb, s_tp], '6.4/6.2 = 103.2%, stated 102.5: with one-decimal inputs (6.35–6.45 over 6.15–6.25) the ratio spans 101.6–104.9, consistent')
S.rel('share', C, sh_sn, '1.9/2.5 = 76% (74.0–78.0 with the allowance) → 76.3 consistent')
S.rel('share', C, [s_d2, s_d2b, s_d2p], '1.4/2.3 = 60.9% (57.4–64.4 with the allowance) → 62.6 consistent')
S.rel('sum', C, sum_tr, 'transfers −0.1453 + 6.9 + 8.5 = 15.25 → 15.3 within the allowance')
S.rel('sum', C, sum_bd, 'bonds 0.5815 + 1.16 + 1.36 = 3.10')
S.rel('sum', C, [s_g, s_fund, s_pan, s_sp], 'spending 26.7 + 3.9 + 0.0578 = 30.66 → 30.7')
S.rel('target', MS, [s_rb, s_r], 'local revenue 8.3 against the budget 8.7 (95%): missed')
S.rel('target', M, [s_tb, s_t], 'tax revenue 6.4 against the budget 6.2: met')
S.rel('restatement', U, [s_t, s_d1b], 'tax revenue collected 6.4 vs the tax bureau’s budget 6.4: same number, other indicator')
S.rel('restatement', U, [s_d1, s_tr2], 'tax bureau collected 6.9 vs general transfers 6.9: same number, other indicator')
S.rel('growth', U, [s_sp, F(AS, '5%', '下降'), s_g, F(AS, '2.3%')], 'total spending −5% while general spending +2.3%: the 2020 fund spending is not stated')
a = ALT(AS, 1, s_bd2, '1.46亿元', 'refinancing bonds 1.16 → 1.46')
S.rel('sum', I, R(a, sum_bd, s_bd2, '1.46亿元'), 'altered: bonds add to 3.40, not 3.1 (breaks {B})')
a = ALT(AS, 2, s_np, '79.3%', 'non-tax completion 76.3 → 79.3')
S.rel('share', I, R(a, sh_sn, s_np, '79.3%'), 'altered: 1.9/2.5 = 76% (at most 78.0 with the allowance), not 79.3 (breaks {B})')
a = ALT(AS, 3, s_tr3, '8.9亿元', 'special transfers 8.5 → 8.9')
S.rel('sum', I, R(a, sum_tr, s_tr3, '8.9亿元'), 'altered: transfers add to 15.65, not 15.3 (breaks {B})')

# ---- 宁夏 2020 city ranking (data note, traditional)
n_t = F(NX, '3920.5億元'); n_5 = F(NX, '5個'); n_pc = F(NX, '54431.9元'); n_pop = F(NX, '720.3萬人'); n_avg = F(NX, '784.11億元')
n_yc = F(NX, '1964.37億元'); n_ycp = F(NX, '50.1%'); n_s1 = F(NX, '8.62%'); n_s2 = F(NX, '41.04%'); n_s3 = F(NX, '50.34%')
sum_n = [n_s1, n_s2, n_s3]; sh_n = [n_yc, n_t, n_ycp]; av_n = [n_t, n_5, n_avg]
S.rel('sum', C, sum_n, 'sector shares 8.62 + 41.04 + 50.34 = 100')
S.rel('rate', C, [n_t, n_pop, n_pc], '3920.5亿 / 720.3万人 = 54429元; with the allowance (3920.55/720.25 = 54433) 54431.9 is reached')
S.rel('rate', C, av_n, 'average of the 5 cities: 3920.5/5 = 784.10 (784.09–784.11 with the allowance) → 784.11')
S.rel('share', C, sh_n, '银川 1964.37/3920.5 = 50.1%')
S.rel('growth', U, [n_t, F(NX, '4.6%')], '5-city total +4.6% on 2019: the 2019 total is not stated (and the rate is nominal)')
S.rel('rate', U, [n_yc, F(NX, '3.2倍')], '银川 = 3.2 × 吴忠: 吴忠’s level is not stated')
S.rel('growth', U, [F(NX, '29.8億元'), F(NX, '9.24%'), F(NX, '2.67億元'), F(NX, '0.61%')], '固原 +29.8亿 (+9.24%) and 中卫 +2.67亿 (+0.61%): levels not stated; nothing to check them against')
a = ALT(NX, 1, n_s3, '50.84%', 'tertiary share 50.34 → 50.84')
S.rel('sum', I, R(a, sum_n, n_s3, '50.84%'), 'altered: shares add to 100.5 (breaks {B})')
a = ALT(NX, 2, n_ycp, '52.1%', '银川 share 50.1 → 52.1')
S.rel('share', I, R(a, sh_n, n_ycp, '52.1%'), 'altered: 1964.37/3920.5 = 50.1%, not 52.1 (breaks {B})')
a = ALT(NX, 3, n_avg, '794.11億元', 'average city GDP 784.11 → 794.11')
S.rel('rate', I, R(a, av_n, n_avg, '794.11億元'), 'altered: 3920.5/5 = 784.1, not 794.11 (breaks {B})')

# ---- 和田地区 (新疆) 2021 statistical bulletin
h_t = F(HT, '456.72亿元'); h1 = F(HT, '96.41亿元'); h2 = F(HT, '74.58亿元'); h3 = F(HT, '285.73亿元')
hp1 = F(HT, '21.1%'); hp2 = F(HT, '16.3%'); hp3 = F(HT, '62.6%'); hg0 = F(HT, '6.6%', n=0); hg3 = F(HT, '6.6%', n=2)
sum_h = [h1, h2, h3, h_t]; sum_hp = [hp1, hp2, hp3]
S.rel('sum', C, sum_h, '96.41 + 74.58 + 285.73 = 456.72')
S.rel('share', C, [h1, h_t, hp1], '96.41/456.72 = 21.11% → 21.1')
S.rel('share', C, [h2, h_t, hp2], '74.58/456.72 = 16.33% → 16.3')
S.rel('share', C, [h3, h_t, hp3], '285.73/456.72 = 62.56% → 62.6')
S.rel('sum', C, sum_hp, 'shares 21.1 + 16.3 + 62.6 = 100')
S.rel('restatement', C, [hg0, F(HT, '6.6%', n=1)], 'GDP +6.6% in the opening and "全年增长6.6%" in the quarterly run')
S.rel('growth', U, [hg0, F(HT, '6.0%')], '+6.6% and a two-year average of 6.0%: the 2020 rate (about 5.4) is not stated')
S.rel('restatement', U, [hg0, hg3], 'GDP +6.6% vs per-capita GDP +6.6%: different indicators sharing a number')
S.rel('rate', U, [h1, F(HT, '9.8%'), h2, F(HT, '10.5%'), h3, F(HT, '4.8%'), h_t, hg0], 'current-price levels deflated by real sector rates: 2020 weights not stated; not a check')
a = ALT(HT, 1, hp2, '18.3%', 'secondary share 16.3 → 18.3')
S.rel('share', I, [on(a, h2), on(a, h_t), on(a, hp2, '18.3%')], 'altered: 74.58/456.72 = 16.3%, not 18.3 (breaks {B})')
S.rel('sum', I, R(a, sum_hp, hp2, '18.3%'), 'altered: 21.1 + 18.3 + 62.6 = 102 (breaks {B})')
hg1 = F(HT, '6.6%', n=1)
a = ALT(HT, 2, hg1, '6.9%', 'full-year growth in the quarterly run 6.6 → 6.9')
S.rel('restatement', I, [on(a, hg0), on(a, hg1, '6.9%')], 'altered: +6.6% in the opening vs 全年增长6.9% (breaks {B})')
a = ALT(HT, 3, h1, '99.41亿元', 'primary value added 96.41 → 99.41')
S.rel('sum', I, R(a, sum_h, h1, '99.41亿元'), 'altered: parts add to 459.72, not 456.72 (breaks {B})')

# ---- 新疆 2022 targets (news of the 2022 work report) and 2022 results (rating agency note)
t_g0 = F(XJT, '1.6万亿元', n=0); t_g1 = F(XJT, '1.6万亿元', n=1); t_r0 = F(XJT, '7%', '、增长', 0); t_r1 = F(XJT, '7%', '、增长', 1)
t_b0 = F(XJT, '12210列', n=0); t_b1 = F(XJT, '12210列', n=1); t_bh = F(XJT, '1.2万余列'); t_tg = F(XJT, '6%左右')
x_g = F(XJR, '1.77万亿元'); x_r = F(XJR, '3.2%'); x_d = F(XJR, '3.8个百分点')
S.rel('restatement', C, [t_g0, t_g1], '2021 GDP 1.6万亿 stated twice')
S.rel('restatement', C, [t_r0, t_r1], '2021 GDP +7% stated twice')
S.rel('restatement', C, [t_b0, t_b1], 'transit China–Europe trains 12210 stated twice')
S.rel('restatement', C, [t_b0, t_bh], 'heading "1.2万余列" restates 12210 trains')
S.rel('growth', C, [t_r0, x_d, x_r], '2022 growth 3.2% is 3.8 points below 2021: 7 − 3.8 = 3.2 (2021 +7% from the work report)')
S.rel('target', MS, [t_tg, x_r], '新疆 2022 GDP target 6%左右 (met at ≥ 5.5) vs 2022 result +3.2%: missed')
S.rel('target', U, [t_tg, t_r1], '2022 target 6%左右 vs the 2021 result +7%: other period')
S.rel('target', U, [t_tg, F(XJR, '6.1%')], '2022 target vs Q1–Q3 2023 growth +6.1%: other period')
S.rel('target', U, [t_tg, hg0], '新疆 2022 target vs 和田地区 2021 +6.6%: other place and period')
S.rel('growth', U, [t_g1, x_g, x_r], '1.6万亿 (2021) → 1.77万亿 (2022) is +10.6% at current prices; +3.2% is real growth: nominal vs real')
S.rel('growth', U, [F(XJR, '9.6%'), F(XJR, '26.6个百分点')], 'consumption −9.6%, 26.6 points below 2021: the 2021 rate is not stated in these documents')
S.rel('growth', U, [F(XJR, '6.1%'), F(XJR, '0.9个百分点')], 'Q1–Q3 2023 +6.1%, 0.9 points above the nation: the national rate is not stated')
S.rel('restatement', U, [F(XJT, '15%'), F(XJR, '7.6%')], 'investment +15% (2021) vs +7.6% (2022): other year')
a = ALT(XJT, 1, t_b1, '12610列', 'transit trains (second statement) 12210 → 12610')
S.rel('restatement', I, [on(a, t_b0), on(a, t_b1, '12610列')], 'altered: 12210 vs 12610 for the same trains (breaks {B})')
a = ALT(XJT, 2, t_bh, '1.6万余列', 'heading 1.2万余列 → 1.6万余列')
S.rel('restatement', I, [on(a, t_b0), on(a, t_bh, '1.6万余列')], 'altered: heading 1.6万余列 vs 12210 trains (breaks {B})')
a = ALT(XJR, 1, x_d, '2.8个百分点', 'fall in growth 3.8 → 2.8 points')
S.rel('growth', I, [t_r0, on(a, x_d, '2.8个百分点'), on(a, x_r)], 'altered: 7 − 2.8 = 4.2, not 3.2 (breaks {B})')
a = ALT(XJR, 2, x_r, '3.7%', '2022 growth 3.2 → 3.7')
S.rel('growth', I, [t_r0, on(a, x_d), on(a, x_r, '3.7%')], 'altered: 7 − 3.8 = 3.2, not 3.7 (breaks {B})')

# ---- 塔城地区 (新疆) 2023 report, 2022 review
k_g = F(TC, '5.2%')
S.rel('target', U, [t_tg, k_g], '新疆 2022 target 6%左右 vs 塔城地区 2022 +5.2%: a regional target is not the prefecture’s')
S.rel('restatement', U, [k_g, x_r], '塔城 2022 +5.2% vs 新疆 2022 +3.2%: other place')
S.rel('sum', U, [F(TC, '56.47亿元'), F(TC, '323.5亿元')], 'pilot zone investment 323.5, of which the first-development area 56.47: a part, no split')
S.rel('restatement', U, [F(TC, '220.91亿元'), F(TC, '349亿元')], 'funds from outside the region 220.91 (2022, whole prefecture) vs 349 (pilot zone, cumulative): other scope and span')

# ---- further traps (added after the first count: more look-alike pairs)
S.rel('growth', U, [g_big, F(GS12, '17.34%'), g_rev, F(GS12, '19.65%')], 'broad-scope revenue +17.34% and public-finance revenue +19.65%: two overlapping scopes; 2011 levels not stated')
S.rel('growth', U, items[:1] + [F(GS14J, '10%'), items[4], F(GS14J, '45.6%'), j_s, j_sg], 'education +10%, transport +45.6% vs all provincial spending +24.8%: the 2013 item levels are not stated')
S.rel('target', U, [j_rb, z_r], 'provincial-level revenue budget 196.2 vs province-wide revenue 672.2: other scope')
S.rel('growth', U, [g_rev, z_r, z_rg], '甘肃 public-finance revenue 520.88 (2012) and 672.2 (2014, +13.6% on 2013): the 2013 level is not stated')
S.rel('restatement', U, [F(FP, '904万元'), F(FP, '154万元')], 'township balance 904 (end of 2021) vs last year’s balance 154 (incl. 10 of the townships): other period')
S.rel('restatement', U, [s_t, s_d1], 'tax revenue 6.4 vs tax-bureau collections 6.9: the bureau also collects some non-tax items; two different splits of 8.3, not a contradiction')
S.rel('growth', U, [F(AS, '12.7%'), F(AS, '14.5%')], 'tax revenue +12.7% vs tax-bureau collections +14.5%: different scopes')
S.rel('target', U, [p_rp, s_rp], '佛坪 revenue 100.1% of budget vs 安塞 95%: other place')
S.rel('share', U, [F(NX, '60%'), F(NX, '20.4%')], '固原 tertiary 60% and primary 20.4%: the secondary share is not stated, so nothing adds up to check')
S.rel('rate', U, [F(NX, '7.2萬元'), F(NX, '6.9萬元'), F(NX, '3.1萬元'), n_pc], 'city per-capita GDP 7.2万/6.9万/3.1万 vs the regional 54431.9: city populations not stated')
S.rel('growth', U, [F(HT, '9.7%'), F(HT, '8.2%'), F(HT, '8.5%'), F(HT, '6.6%', n=1)], 'cumulative Q1/H1/Q1–Q3/full-year rates 9.7, 8.2, 8.5, 6.6: quarterly weights not stated')
S.rel('restatement', U, [F(XJT, '5.8%'), F(XJR, '51.0%')], 'trade +5.8% (2021) vs +51.0% (2022): other year')
S.rel('growth', U, [x_g, F(XJR, '1.36万亿元')], '1.77万亿 (full year 2022) vs 1.36万亿 (Q1–Q3 2023): a part-year is not a fall')
S.rel('share', U, [F(TC, '263个'), F(TC, '325个')], '263 of 325 signed projects started (80.9%): no share stated')
S.rel('share', U, [q_t, q_r], 'tax revenue 339.6 of general revenue 684 (49.6%): no share stated')

S.rel('share', U, [y3, y_t], '張掖 tertiary 152.14 of 252.52 (60.2%): no share stated')
S.rel('share', U, [c_b[1], c_tot], 'transfers 33.65 of resources 60.07 (56%): no share stated')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

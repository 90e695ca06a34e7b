"""Check key, set check-heldout105. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout105.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout105'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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
        if a > 0 and ((b - a) % 2 or b == len(t)): a -= 1
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

import re
def G(doc, text, n=0, pre='', post=''):
    """n-th occurrence of pre+text+post where text is not part of a longer number."""
    t = S.read(doc); key = pre + text + post; hits = []
    for m in re.finditer(re.escape(key), t):
        s = m.start() + len(pre); e = s + len(text)
        if text[0].isdigit() and s > 0 and (t[s-1].isdigit() or t[s-1] == '.'): continue
        if text[-1].isdigit() and e < len(t) and (t[e].isdigit() or (t[e] == '.' and e + 1 < len(t) and t[e+1].isdigit())): continue
        hits.append(s)
    return P(doc, text, hits[n])

SX='sx_2000.txt'; S77='sx77_2019.txt'; SZ='sz_2021.txt'; LT='lt_2024m2.txt'; QA='qa_m5.txt'; GS='gs_2025h1.txt'; ZY='zy_2024sj_hant.txt'
QF='qh_finyb.txt'; QC='qh_cityyb.txt'; QH='qh_2012m8.txt'; GL='gl_2023.txt'; XN16='xn_2016_hant.txt'; XN20='xn_2020.txt'; XN05='xn_2005.txt'
WZ='wz_2022sj.txt'; XJ='xj_2020h1.txt'; TLF='tlf_2025h1.txt'; YW='yw_2016_hant.txt'

# ---- 陕西 2000 (province, 陕西工人报 news of the year's estimates, 2000-12-29)
x_h = G(SX, '一千六百六十一点七九亿元'); x_g = G(SX, '1661.79亿元')
S.rel('restatement', C, [x_h, x_g], 'headline 一千六百六十一点七九亿元 (Chinese numerals) restates the body figure 1661.79亿元')
S.rel('restatement', U, [G(SX, '9.6%', 0), G(SX, '9.6%', 1)], 'industrial value added +9.6% and 规模以上工业 +9.6%: a subset with the same rate, not a restatement')
S.rel('sum', U, [G(SX, '30.2亿元'), G(SX, '45.1亿元')], 'state-owned and state-controlled profit 30.2 is part of industrial profit 45.1; the rest is not stated: no split')
S.rel('growth', U, [G(SX, '45.1亿元'), G(SX, '51.1亿元')], 'profit 45.1 is 51.1 more than a year before, i.e. up from a loss of 6.0: no rate is stated and a rate on a negative base means nothing')
S.rel('growth', U, [G(SX, '730亿元'), G(SX, '17.9%')], 'investment 730 (+17.9%): the 1999 level is not stated')
S.rel('growth', U, [G(SX, '108.9亿公斤'), G(SX, '0.7%')], 'grain 108.9亿公斤 (+0.7%): the 1999 output is not stated')
a = ALT(SX, 1, x_g, '1681.79亿元', 'GDP estimate 1661.79 → 1681.79 in the body')
S.rel('restatement', I, [on(a, x_h), on(a, x_g, '1681.79亿元')], 'altered: headline says 1661.79, body 1681.79 (breaks {B})')

# ---- 陕西 77 counties 2019 (province statistics bureau monitoring analysis, via news)
k_tot = G(S77, '10956.42亿元'); k_n = G(S77, '77个', 0); k_avg = G(S77, '142.29亿元')
k_r = [G(S77, '4339.28亿元'), G(S77, '4182.45亿元'), G(S77, '2434.69亿元')]
k_i = G(S77, '5389.73亿元'); k_ir = [G(S77, '1641.63亿元'), G(S77, '2769.42亿元'), G(S77, '978.68亿元')]
k_ip = G(S77, '49.2%'); k_g = G(S77, '4.9%'); k_c = G(S77, '43.2%'); k_l = G(S77, '2.1个')
sum_k1 = k_r + [k_tot]; sh_k = [k_i, k_tot, k_ip]; gr_k = [k_g, k_c, k_l]
S.rel('sum', C, sum_k1, 'county GDP by region: 4339.28 + 4182.45 + 2434.69 = 10956.42')
S.rel('rate', C, [k_tot, k_n, k_avg], 'average per county: 10956.42 / 77 = 142.29')
S.rel('sum', C, k_ir + [k_i], 'county industry by region: 1641.63 + 2769.42 + 978.68 = 5389.73')
S.rel('share', C, sh_k, 'industry share of county GDP: 5389.73 / 10956.42 = 49.19% → 49.2')
S.rel('share', C, [G(S77, '13个'), k_n, G(S77, '16.9%')], 'counties with industry over 10 bn: 13 / 77 = 16.88% → 16.9')
S.rel('growth', C, gr_k, 'industry contributes 43.2% of the 4.9% growth: 0.432 × 4.9 = 2.12 → 2.1 points')
S.rel('growth', U, [k_r[0], G(S77, '2.7%'), k_r[1], G(S77, '6.5%'), k_r[2], G(S77, '6.6%'), k_g], 'regional rates 2.7/6.5/6.6 weighted by 2019 levels give 5.0, not 4.9: the weights are the 2018 levels at comparable prices, not stated')
S.rel('growth', U, [k_i, G(S77, '4.6%'), G(S77, '0.9%'), G(S77, '6.9%'), G(S77, '8.1%')], 'regional industry rates (−0.9/6.9/8.1) vs +4.6%: 2018 weights not stated')
S.rel('growth', U, [k_ip, G(S77, '11.9个')], 'county industry share 49.2%, 11.9 points above the province: the provincial share is not stated')
S.rel('rate', U, [k_r[2], G(S77, '101.45亿元')], '陕南 average 101.45: the number of 陕南 counties is not stated (2434.69/101.45 = 24)')
a = ALT(S77, 1, k_r[1], '4182.15亿元', '陕北 county GDP 4182.45 → 4182.15')
S.rel('sum', I, R(a, sum_k1, k_r[1], '4182.15亿元'), 'altered: regions add to 10956.12, not 10956.42 (breaks {B})')
a = ALT(S77, 2, k_ip, '47.2%', 'industry share 49.2 → 47.2')
S.rel('share', I, [on(a, k_i), on(a, k_tot), on(a, k_ip, '47.2%')], 'altered: 5389.73/10956.42 = 49.2%, not 47.2 (breaks {B})')
a = ALT(S77, 3, k_l, '2.4个', 'industry pull 2.1 → 2.4 points')
S.rel('growth', I, [on(a, k_g), on(a, k_c), on(a, k_l, '2.4个')], 'altered: 43.2% of 4.9 = 2.1 points, not 2.4 (breaks {B})')

# ---- 商州区 (商洛, 陕西) 2021 statistical bulletin
z_t = G(SZ, '151.573亿元'); z_p = [G(SZ, '18.843亿元'), G(SZ, '40.392亿元'), G(SZ, '92.338亿元')]
z_s = [G(SZ, '12.4', post=':'), G(SZ, '26.7'), G(SZ, '60.9')]; z_c = [G(SZ, '0.77个'), G(SZ, '2.86个'), G(SZ, '5.57个')]
z_g = G(SZ, '9.2%'); z_np = G(SZ, '56.40%'); z_np0 = G(SZ, '52.15%'); z_d = G(SZ, '4.25个')
S.rel('sum', C, z_p + [z_t], 'GDP by sector: 18.843 + 40.392 + 92.338 = 151.573')
for p, s_, v in zip(z_p, z_s, ('12.43', '26.65', '60.92')):
    S.rel('share', C, [p, z_t, s_], f'sector share {p[1]} / 151.573 = {v}% → {s_[1]}')
sum_zc = z_c + [z_g]
S.rel('sum', C, sum_zc, 'sector pulls 0.77 + 2.86 + 5.57 = 9.2 points = GDP growth 9.2%')
S.rel('share', I, [G(SZ, '86.49亿元'), z_t, z_np], 'REAL ERROR in the original: non-public value added 86.49 / GDP 151.573 = 57.06%, the text says 56.40% (56.40% would need a GDP of 153.4)')
gr_z = [z_np, z_np0, z_d]
S.rel('growth', C, gr_z, 'non-public share 56.40 − 52.15 = 4.25 points')
S.rel('growth', U, [G(SZ, '32161元'), G(SZ, '27947元'), z_g], 'per-capita GDP 32161 vs 27947 (+15.1%, current prices) vs GDP +9.2% (comparable prices): nominal vs real')
S.rel('growth', U, [G(SZ, '11.5%'), G(SZ, '8.19%')], 'secondary +11.5% with a two-year average of −8.19%: the 2020 rate is not stated')
S.rel('restatement', U, [G(SZ, '20.24亿元'), z_p[0]], '农林牧渔业增加值 20.24 vs primary industry 18.843: the former includes 农林牧渔专业及辅助性活动 (tertiary); another scope')
a = ALT(SZ, 1, z_s[1], '28.7', 'secondary share 26.7 → 28.7')
S.rel('share', I, [on(a, z_p[1]), on(a, z_t), on(a, z_s[1], '28.7')], 'altered: 40.392/151.573 = 26.6%, not 28.7 (breaks {B})')
a = ALT(SZ, 2, z_c[1], '2.36个', 'secondary pull 2.86 → 2.36')
S.rel('sum', I, R(a, sum_zc, z_c[1], '2.36个'), 'altered: pulls add to 8.7, not 9.2 (breaks {B})')
a = ALT(SZ, 3, z_d, '4.52个', 'non-public share gain 4.25 → 4.52')
S.rel('growth', I, [on(a, z_np), on(a, z_np0), on(a, z_d, '4.52个')], 'altered: 56.40 − 52.15 = 4.25, not 4.52 (breaks {B})')

# ---- 临洮县 (定西, 甘肃) February 2024 fiscal release
l_feb = G(LT, '5682万元'); l_bud = G(LT, '105425万元'); l_fp = G(LT, '5.39%'); l_fs = G(LT, '2.94%')
l_tot = G(LT, '17056万元'); l_tp = G(LT, '16.18%'); l_ts = G(LT, '0.48%'); l_inc = G(LT, '2113万元'); l_g = G(LT, '14.14%')
l_tax = G(LT, '15348万元'); l_taxp = G(LT, '89.99%'); l_taxi = G(LT, '1316万元'); l_nt = G(LT, '1708万元'); l_nti = G(LT, '797万元')
l_tab = [G(LT, '7451'), G(LT, '2186'), G(LT, '5711'), G(LT, '15348', 1)]
l_vat = [G(LT, '3916'), G(LT, '1371'), G(LT, '2546'), G(LT, '7833')]
S.rel('share', C, [l_feb, l_bud, l_fp], 'February revenue 5682 / annual budget 105425 = 5.39%')
S.rel('target', MS, [l_bud, l_fp, l_fs], 'February progress 5.39% vs the even pace 1/12 = 8.33%: 2.94 points behind (8.33 − 5.39 = 2.94): behind schedule, missed')
S.rel('growth', C, [l_feb, G(LT, '1816万元'), G(LT, '24.22%')], 'February: −1816 on 5682 + 1816 = 7498: −24.22%')
S.rel('share', C, [l_tot, l_bud, l_tp], 'Jan–Feb revenue 17056 / 105425 = 16.18%')
S.rel('target', MS, [l_bud, l_tp, l_ts], 'Jan–Feb progress 16.18% vs the even pace 2/12 = 16.67%: 0.49 behind; with 16.18 to ±0.005 the gap reaches 0.48 (judgement call): behind schedule, missed')
gr_l = [l_tot, l_inc, l_g]
S.rel('growth', C, gr_l, 'Jan–Feb: +2113 on 17056 − 2113 = 14943: +14.14%')
S.rel('sum', C, [l_tax, l_nt, l_tot], 'tax 15348 + non-tax 1708 = 17056')
sh_l = [l_tax, l_tot, l_taxp]
S.rel('share', C, sh_l, 'tax share 15348 / 17056 = 89.99%')
S.rel('growth', C, [l_nt, l_nti, G(LT, '87.49%')], 'non-tax +797 on 1708 − 797 = 911: +87.49%')
S.rel('sum', C, [l_taxi, l_nti, l_inc], 'increases: tax +1316 + non-tax +797 = +2113')
S.rel('sum', C, [G(LT, '16396万元'), G(LT, '660万元'), l_tot], 'by collector: tax bureau 16396 + finance bureau 660 = 17056')
S.rel('growth', C, [G(LT, '660万元'), G(LT, '232万元'), G(LT, '54.21%')], 'finance bureau +232 on 660 − 232 = 428: +54.21%')
S.rel('share', C, [G(LT, '7716万元'), l_tot, G(LT, '45.24%')], 'central share 7716 / 17056 = 45.24%')
S.rel('sum', C, l_tab, 'table, tax row: central 7451 + provincial 2186 + county 5711 = 15348 (city column empty)')
S.rel('share', C, [l_tab[3], G(LT, '89275'), G(LT, '17.19')], 'table: tax 15348 / plan 89275 = 17.19%')
S.rel('growth', C, [l_tab[3], G(LT, '14032'), G(LT, '9.38', 1)], 'table: 15348 / 14032 − 1 = 9.38% (same as the text)')
sum_lv = l_vat
S.rel('sum', C, sum_lv, 'table, VAT row: 3916 + 1371 + 2546 = 7833')
S.rel('sum', U, [G(LT, '7716万元'), G(LT, '2432万元'), G(LT, '6万元', pre='市级收入'), l_tot], 'by level: central 7716 + provincial 2432 + city 6 = 10154 of 17056: the county-level part (6902) is not stated; a partial list')
S.rel('growth', U, [G(LT, '22.5%'), G(LT, '17.2%'), l_g], 'central +22.5% and provincial +17.2% within total +14.14%: subset rates, the county part is not stated')
S.rel('restatement', U, [G(LT, '17.19'), l_tp], 'tax progress 17.19% of the tax plan vs total progress 16.18% of the budget: different indicators and bases')
a = ALT(LT, 1, l_taxp, '86.99%', 'tax share 89.99 → 86.99')
S.rel('share', I, [on(a, l_tax), on(a, l_tot), on(a, l_taxp, '86.99%')], 'altered: 15348/17056 = 89.99%, not 86.99 (breaks {B})')
a = ALT(LT, 2, l_g, '14.41%', 'Jan–Feb growth 14.14 → 14.41')
S.rel('growth', I, [on(a, l_tot), on(a, l_inc), on(a, l_g, '14.41%')], 'altered: 2113/14943 = 14.14%, not 14.41 (breaks {B})')
a = ALT(LT, 3, l_vat[1], '1317', 'provincial VAT 1371 → 1317')
S.rel('sum', I, R(a, sum_lv, l_vat[1], '1317'), 'altered: 3916 + 1317 + 2546 = 7779, not 7833 (breaks {B})')

# ---- 秦安县 (天水, 甘肃) Jan–May fiscal and economic release (year not stated; 政策性退税 points to 2022)
q_big = G(QA, '21282万元'); q_bud = G(QA, '96540万元'); q_bp = G(QA, '22.04%'); q_bs = G(QA, '18943万元')
q_gen = G(QA, '12655万元'); q_gb = G(QA, '30820万元'); q_gp = G(QA, '41.06%'); q_gs = G(QA, '187万元'); q_gg = G(QA, '3.84%')
q_sw = G(QA, '6197万元'); q_cz = G(QA, '6458万元'); q_ex = G(QA, '223326万元'); q_exp = G(QA, '196978万元'); q_exg = G(QA, '13.38%')
S.rel('share', C, [q_big, q_bud, q_bp], 'broad revenue 21282 / annual budget 96540 = 22.04%')
tg_q = [q_big, q_bud, q_bs]
S.rel('target', MS, tg_q, 'Jan–May pace 5/12 × 96540 = 40225; 40225 − 21282 = 18943 = 短收: behind schedule, missed')
sh_q = [q_gen, q_gb, q_gp]
S.rel('share', C, sh_q, 'general-budget revenue 12655 / 30820 = 41.06%')
S.rel('target', MS, [q_gen, q_gb, q_gs], 'Jan–May pace 5/12 × 30820 = 12841.7; − 12655 = 186.7 → 187 = 短收: missed')
S.rel('sum', C, [q_sw, q_cz, q_gen], 'tax bureau 6197 + finance bureau 6458 = 12655')
S.rel('growth', C, [q_sw, G(QA, '20.31%'), q_cz, G(QA, '46.41%'), q_gen, q_gg], 'last year 6197/0.7969 + 6458/1.4641 = 7776.5 + 4410.9 = 12187.4; 12655/12187.4 = +3.84%')
gr_q = [q_ex, q_exp, q_exg]
S.rel('growth', C, gr_q, 'total spending 223326 / 196978 = +13.38%')
S.rel('growth', C, [G(QA, '167731万元'), G(QA, '169412万元'), G(QA, '0.99%')], 'general spending 167731 / 169412 = −0.99%')
S.rel('growth', U, [q_big, G(QA, '49.08%')], 'broad revenue −49.08%: last year’s level is not stated')
S.rel('growth', U, [G(QA, '0.42%'), G(QA, '51.47%'), G(QA, '24.31%'), G(QA, '3.71%')], 'investment +0.42% with size classes −51.47% / +24.31% and real estate +3.71%: weights not stated (real estate overlaps the size classes)')
S.rel('growth', U, [G(QA, '10.4%'), G(QA, '9.7%'), G(QA, '11.5%')], 'wholesale +9.7% and retail +11.5% within 限额以上 sales +10.4%: weights not stated')
S.rel('restatement', U, [G(QA, '8.0%'), G(QA, '25.3%'), G(QA, '5.8%')], 'gross output +8.0%, sales +25.3%, value added +5.8%: three indicators of industry, not one figure')
a = ALT(QA, 1, q_gp, '41.60%', 'general-budget progress 41.06 → 41.60')
S.rel('share', I, [on(a, q_gen), on(a, q_gb), on(a, q_gp, '41.60%')], 'altered: 12655/30820 = 41.06%, not 41.60 (breaks {B})')
a = ALT(QA, 2, q_exg, '13.83%', 'spending growth 13.38 → 13.83')
S.rel('growth', I, [on(a, q_ex), on(a, q_exp), on(a, q_exg, '13.83%')], 'altered: 223326/196978 = +13.38%, not 13.83 (breaks {B})')
a = ALT(QA, 3, q_bs, '18493万元', 'shortfall 18943 → 18493')
S.rel('target', I, [on(a, q_big), on(a, q_bud), on(a, q_bs, '18493万元')], 'altered: 5/12 × 96540 − 21282 = 18943, not 18493 (breaks {B})')

# ---- 甘肃 H1 2025 (province, news of the finance department, reportify copy of 搜狐/甘肃日报)
g_ms = G(GS, '2081.5亿元'); g_ex = G(GS, '2571.7亿元'); g_msp = G(GS, '80.9%')
S.rel('share', C, [g_ms, g_ex, g_msp], '11 kinds of livelihood spending 2081.5 / general spending 2571.7 = 80.94% → 80.9')
S.rel('target', CT, [G(GS, '573.8亿元'), G(GS, '52.8%')], 'H1 revenue 573.8 = 52.8% of the annual budget: progress only; the year’s result is not stated')
S.rel('growth', U, [g_ms, G(GS, '6.5%'), g_ex, G(GS, '5.5%'), g_msp], 'livelihood +6.5% vs spending +5.5%: the H1 2024 share is not stated')
S.rel('restatement', U, [G(GS, '52.8%'), G(GS, '52.2%')], 'revenue progress 52.8% (of the budget) vs spending progress 52.2% (of the 全年支出预计数): different indicators')
S.rel('growth', U, [G(GS, '573.8亿元'), G(GS, '4.1%')], 'revenue 573.8 (+4.1%): the H1 2024 level is not stated')
a = ALT(GS, 1, g_msp, '82.9%', 'livelihood share 80.9 → 82.9')
S.rel('share', I, [on(a, g_ms), on(a, g_ex), on(a, g_msp, '82.9%')], 'altered: 2081.5/2571.7 = 80.9%, not 82.9 (breaks {B})')

# ---- 张掖 (甘肃) 2024 audit work report (traditional)
y_ms = G(ZY, '170.81億元'); y_ex = G(ZY, '206.07億元'); y_p = G(ZY, '82.9%')
S.rel('share', C, [y_ms, y_ex, y_p], 'livelihood spending 170.81 / general spending 206.07 = 82.89% → 82.9')
S.rel('sum', U, [G(ZY, '26.05億元'), G(ZY, '19.17億元'), G(ZY, '22.78億元'), y_ms], 'education 26.05 + health 19.17 + social security 22.78 = 68.0 of 170.81: examples, not a split')
S.rel('growth', U, [y_ms, G(ZY, '10.84%'), y_ex, G(ZY, '4.7%'), y_p], 'livelihood +10.84% vs spending +4.7%: the 2023 share is not stated')
S.rel('sum', U, [G(ZY, '7.5億元'), G(ZY, '8.13億元'), G(ZY, '11.59億元'), G(ZY, '7.43億元'), G(ZY, '209.35億元')], 'special bonds 7.5, 衔接资金 8.13, ecology 11.59, industry 7.43 (34.65) vs 国债和上级各类资金 209.35: overlapping scopes, not a split')
S.rel('growth', U, [G(ZY, '36.29億元'), G(ZY, '6.8%')], 'revenue 36.29 (+6.8%): the 2023 level is not stated')
a = ALT(ZY, 1, y_p, '85.9%', 'livelihood share 82.9 → 85.9')
S.rel('share', I, [on(a, y_ms), on(a, y_ex), on(a, y_p, '85.9%')], 'altered: 170.81/206.07 = 82.9%, not 85.9 (breaks {B})')
a = ALT(ZY, 2, y_ex, '208.07億元', 'general spending 206.07 → 208.07')
S.rel('share', I, [on(a, y_ms), on(a, y_ex, '208.07億元'), on(a, y_p)], 'altered: 170.81/208.07 = 82.1%, not 82.9 (breaks {B})')

# ---- 青海 yearbook 2019, table 9-1: revenue and spending in main years, 1957–2011 (万元)
def row(y):   # figures of one year's row, in order
    t = S.read(QF); s = t.index('\n' + str(y) + ' ') + 1; e = t.index('\n', s)
    out = []
    for m in re.finditer(r'[\d.]+', t[s:e]):
        out.append(P(QF, m.group(), s + m.start()) if t.count(m.group()) == 1 or True else None)
    return out[1:]
r57, r78, r80, r90, r95, r00, r05, r10, r11 = (row(y) for y in (1957, 1978, 1980, 1990, 1995, 2000, 2005, 2010, 2011))
sum_f57 = [r57[1], r57[2], r57[0]]
S.rel('sum', C, sum_f57, '1957: subsidies 10187 + own revenue 6171 = total 16358')
S.rel('share', C, [r57[2], r57[0], r57[5]], '1957: 6171 / 16358 = 37.72% → 37.7')
S.rel('share', C, [r78[2], r78[4], r78[6]], '1978: 29040 / spending 68010 = 42.70% → 42.7')
S.rel('sum', C, [r80[1], r80[2], r80[0]], '1980: 47191 + 16493 = 63684')
S.rel('sum', C, [r90[1], r90[2], r90[0]], '1990: 97375 + 72369 = 169744; with each input to ±0.5 (万元) the stated 169745 is inside (judgement call: rounding in the yearbook)')
S.rel('sum', C, [r95[1], r95[4], r95[0]], '1995: subsidies 190686 + local revenue 85976 = total 276662')
S.rel('sum', C, [r95[3], r95[4], r95[2]], '1995: central 84844 + local 85976 = public budget revenue 170820')
S.rel('share', C, [r95[4], r95[0], r95[6]], '1995: local 85976 / total 276662 = 31.08% → 31.1')
S.rel('share', U, [r95[2], r95[0], r95[6]], '1995: the 31.1% is the LOCAL part (85976) of total revenue; 170820 includes central revenue (61.7% of 276662): another numerator')
S.rel('share', C, [r00[4], r00[5], r00[7]], '2000: local 165843 / spending 682614 = 24.30% → 24.3')
S.rel('sum', C, [r05[1], r05[4], r05[0]], '2005: 1847796 + 338222 = 2186018')
sh_f05 = [r05[4], r05[5], r05[7]]
S.rel('share', C, sh_f05, '2005: 338222 / spending 1697547 = 19.92% → 19.9')
sum_f10 = [r10[3], r10[4], r10[2]]
S.rel('sum', C, sum_f10, '2010: central 947536 + local 1102153 = 2049689')
S.rel('share', C, [r11[4], r11[0], r11[6]], '2011: 1518110 / 11174804 = 13.585% → 13.6')
S.rel('restatement', U, [G(QF, '19.7', 0), G(QF, '19.7', 1), G(QF, '19.7', 2)], 'spending share 19.7 in 2003, 2004 and 2006 (also 2008): the same number in different years, not a restatement')
a = ALT(QF, 1, r57[1], '10178', '1957 subsidies 10187 → 10178')
S.rel('sum', I, R(a, sum_f57, r57[1], '10178'), 'altered: 10178 + 6171 = 16349, not 16358 (breaks {B})')
a = ALT(QF, 2, r05[7], '18.9', '2005 spending share 19.9 → 18.9')
S.rel('share', I, [on(a, r05[4]), on(a, r05[5]), on(a, r05[7], '18.9')], 'altered: 338222/1697547 = 19.9%, not 18.9 (breaks {B})')
a = ALT(QF, 3, r10[3], '947356', '2010 central revenue 947536 → 947356')
S.rel('sum', I, R(a, sum_f10, r10[3], '947356'), 'altered: 947356 + 1102153 = 2049509, not 2049689 (breaks {B})')

# ---- 青海 yearbook 2015, table 12-2: cities, 2014 (万元; columns 西宁全市, 西宁市辖区, 海东全市, 海东市辖区, 格尔木, 德令哈, 玉树)
def crow(label):
    t = S.read(QC); s = t.index(label); e = t.index('\n', s)
    return [P(QC, m.group(), s + m.start()) for m in re.finditer(r'-?\d[\d.]*', t[s:e])]
c_gdp = crow('(10 000 yuan) '); c_1 = crow('Primary Industry'); c_2 = crow('Secondary Industry'); c_3 = crow('Tertiary Industry')
c_pc = crow('Per Capita GDP'); c_gr = crow('Growth Rate of GDP'); c_tax = crow('Taxes'); c_cit = crow('Company Income Tax'); c_pit = crow('Personal Income Tax')
c_gdp = c_gdp[-7:]; c_gr = c_gr[-7:]
names = ['西宁全市', '西宁市辖区', '海东全市', '海东市辖区', '格尔木', '德令哈', '玉树']
sum_c = {}
for i in (0, 1, 2, 4, 6):
    sum_c[i] = [c_1[i], c_2[i], c_3[i], c_gdp[i]]
    S.rel('sum', C, sum_c[i], f'{names[i]} 2014 GDP: {c_1[i][1]} + {c_2[i][1]} + {c_3[i][1]} = {c_gdp[i][1]}')
S.rel('sum', U, [c_cit[0], c_pit[0], c_tax[0]], '西宁: enterprise income tax 74095 + individual income tax 33210 = 107305 of taxes 770729: 其中 items, not a split')
S.rel('rate', U, [c_gdp[4], c_pc[4]], '格尔木 per-capita GDP 135508: the average resident population is not stated')
S.rel('growth', U, [c_gr[0], c_gr[1]], '西宁 全市 +13.5% vs 市辖区 +13.9%: a subset rate; the counties’ weight is not stated')
a = ALT(QC, 1, c_2[2], '1829787', '海东 secondary industry 1892787 → 1829787')
S.rel('sum', I, R(a, sum_c[2], c_2[2], '1829787'), 'altered: 海东 sectors add to 3593927, not 3656927 (breaks {B})')
a = ALT(QC, 2, c_2[6], '11557', '玉树 secondary industry 11057 → 11557')
S.rel('sum', I, R(a, sum_c[6], c_2[6], '11557'), 'altered: 玉树 sectors add to 73971, not 73471 (breaks {B})')

# ---- 青海 Jan–Aug 2012 (province, news of the finance department)
h_t = G(QH, '224.2亿元'); h_c = G(QH, '94.8亿元'); h_l = G(QH, '129.4亿元'); h_tg = G(QH, '18.2%'); h_cg = G(QH, '13.7%'); h_lg = G(QH, '21.7%')
sum_h = [h_c, h_l, h_t]; gr_h = [h_c, h_cg, h_l, h_lg, h_t, h_tg]
S.rel('sum', C, sum_h, 'central 94.8 + local 129.4 = 224.2')
S.rel('growth', C, [h_l, G(QH, '23亿元'), h_lg], 'local +23 on 129.4 − 23 = 106.4: +21.6%; 23 is whole 亿 (±0.5), so 21.1–22.2% holds the stated 21.7')
S.rel('growth', C, gr_h, 'last year 94.8/1.137 + 129.4/1.217 = 83.4 + 106.3 = 189.7; 224.2/189.7 = +18.2%')
S.rel('growth', U, [G(QH, '50.3%'), G(QH, '39.4个'), G(QH, '17.1%'), G(QH, '27.7%')], 'prefecture-level spending: August +50.3% (39.4 points above July, not stated), cumulative +17.1%, vs all spending +27.7%: subset and other periods')
S.rel('growth', U, [G(QH, '690.5亿元'), G(QH, '64.3%'), G(QH, '43.1%'), G(QH, '27.7%')], 'sector rates (education +64.3% … 农林水 +43.1%) vs spending +27.7%: weights not stated')
a = ALT(QH, 1, h_tg, '16.2%', 'total growth 18.2 → 16.2')
S.rel('growth', I, [on(a, f) if f != h_tg else on(a, f, '16.2%') for f in gr_h], 'altered: the parts’ growth gives +18.2%, not 16.2 (breaks {B})')
a = ALT(QH, 2, h_c, '91.8亿元', 'central revenue 94.8 → 91.8')
S.rel('sum', I, R(a, sum_h, h_c, '91.8亿元'), 'altered: 91.8 + 129.4 = 221.2, not 224.2 (breaks {B})')
S.rel('growth', I, R(a, gr_h, h_c, '91.8亿元'), 'altered: 91.8/1.137 + 106.3 = 187.1; 224.2/187.1 = +19.8%, not 18.2 (breaks {B})')

# ---- 果洛州 (青海) 2023 government work report (央广网 news): 2022 results, 2023 targets
S.rel('target', U, [G(GL, '3%', pre='地区生产总值增长'), G(GL, '2.7%')], '2023 GDP target 3% vs the 2022 result +2.7%: another year')
S.rel('target', U, [G(GL, '2%', pre='预算收入增长'), G(GL, '5.44%')], '2023 revenue target +2% vs 2022 revenue −5.44%: another year')
S.rel('target', U, [G(GL, '7%', pre='固定资产投资增长'), G(GL, '31.8%')], '2023 investment target +7% vs 2022 +31.8%: another year')
S.rel('restatement', U, [G(GL, '3%', pre='失业率控制在', n=0), G(GL, '3%', pre='失业率控制在', n=1)], 'registered unemployment within 3%: the 2022 result and the 2023 target, not a restatement')

# ---- 西宁 (青海) 2016 results, news of the 2017 work report (traditional, inline glyph pairs)
n_s = [G(XN16, '3.2', post=':'), G(XN16, '47.7'), G(XN16, '49.1')]
S.rel('sum', C, n_s, 'sector structure 3.2 : 47.7 : 49.1 adds to 100')
S.rel('growth', U, [G(XN16, '9.8%'), G(XN16, '1.8個')], 'GDP +9.8%, 1.8 points above the province: the provincial rate is not stated')
S.rel('growth', U, [n_s[2], G(XN16, '0.4個')], 'tertiary share 49.1, up 0.4 points: the 2015 share is not stated')
S.rel('restatement', U, [G(XN16, '9.3%', 0), G(XN16, '9.3%', 1)], 'disposable income +9.3% and industrial value added +9.3%: same number, different indicators')
S.rel('restatement', U, [G(XN16, '9.3%', 1), G(XN16, '13%')], 'industry +9.3% vs 规上工业 +13%: a subset, other scope')
S.rel('restatement', U, [G(XN16, '9.7%'), G(XN16, '9.8%')], 'revenue +9.7% vs GDP +9.8%: neighbouring numbers of different indicators')
a = ALT(XN16, 1, n_s[2], '46.1', 'tertiary share 49.1 → 46.1')
S.rel('sum', I, R(a, n_s, n_s[2], '46.1'), 'altered: 3.2 + 47.7 + 46.1 = 97, not 100 (breaks {B})')

# ---- 西宁 2019 results and 2020 target, 人民网 news of the 2020 work report (traditional, simplified second title)
w_80 = [G(XN20, '80%以上', 0), G(XN20, '80%以上', 1)]
S.rel('restatement', C, w_80, '80%以上 of spending on livelihood, stated twice')
S.rel('target', U, [G(XN20, '6.5%以上'), G(XN20, '7.5%')], '2020 GDP target 6.5%以上 vs 2019 result +7.5%: another year')
a = ALT(XN20, 1, w_80[1], '85%以上', 'second livelihood share 80%以上 → 85%以上')
S.rel('restatement', I, [on(a, w_80[0]), on(a, w_80[1], '85%以上')], 'altered: 80%以上 first, 85%以上 later (breaks {B})')

# ---- 西宁 十五 (2001–2005) review, 十一五 plan text (2006; page dated 2012)
v_r = G(XN05, '1.8倍'); v_g = G(XN05, '12.2%'); gr_v = [G(XN05, '81.6亿元'), v_r, v_g]
S.rel('growth', C, gr_v, 'retail sales 1.8 times the 2000 level, +12.2% a year: 1.122^5 = 1.78 → 1.8')
S.rel('growth', I, [G(XN05, '11.79亿元'), G(XN05, '2.1倍', 1), G(XN05, '18.1%')], 'fiscal revenue 2.1 times the 2000 level but +18.1% a year: 1.181^5 = 2.30, and 2.05–2.15 gives only 15.4–16.5% a year. Keyed inconsistent as written (judgement call: the yearly rate may be on a comparable scope after the 2002 income-tax sharing change, which the text does not say)')
S.rel('growth', U, [G(XN05, '13.7%'), G(XN05, '206.27亿元'), G(XN05, '2.2倍')], 'GDP +13.7% a year (comparable prices: 1.137^5 = 1.90) vs 2.2 times the 2000 level (current prices): nominal vs real')
S.rel('target', M, [G(XN05, '16.5%'), G(XN05, '4.1个')], 'investment +16.5% a year, 4.1 points above the 十五 plan (12.4%): met')
S.rel('target', M, [G(XN05, '18.1%'), G(XN05, '6.1个')], 'fiscal revenue +18.1% a year, 6.1 points above the 十五 plan (12%): met')
S.rel('growth', U, [G(XN05, '447亿元'), G(XN05, '2.3倍'), G(XN05, '16.5%')], 'investment: five-year total 2.3 times the 九五 total vs yearly growth 16.5%: cumulative vs annual, 九五 total not stated')
S.rel('share', U, [G(XN05, '35%'), G(XN05, '38%'), G(XN05, '206.27亿元')], 'share of provincial GDP 35% → 38%: the provincial GDP is not stated')
a = ALT(XN05, 1, v_r, '1.6倍', 'retail ratio 1.8 → 1.6 times')
S.rel('growth', I, R(a, gr_v, v_r, '1.6倍'), 'altered: +12.2% a year gives 1.78 times, not 1.6 (breaks {B})')
a = ALT(XN05, 2, v_g, '14.2%', 'retail yearly growth 12.2 → 14.2')
S.rel('growth', I, R(a, gr_v, v_g, '14.2%'), 'altered: 1.142^5 = 1.94, not 1.8 (breaks {B})')

# ---- 吴忠 (宁夏) 2022 audit work report
sum_w = [G(WZ, '6156.95万元'), G(WZ, '44440.73万元'), G(WZ, '50597.68万元')]
S.rel('sum', C, sum_w, 'problem amounts: irregular 6156.95 + non-standard management 44440.73 = 50597.68')
a = ALT(WZ, 1, sum_w[0], '6165.95万元', 'irregular amount 6156.95 → 6165.95')
S.rel('sum', I, R(a, sum_w, sum_w[0], '6165.95万元'), 'altered: 6165.95 + 44440.73 = 50606.68, not 50597.68 (breaks {B})')

# ---- 新疆 自治区 H1 2020 budget execution report (自治区财政厅)
j_r = G(XJ, '661.4亿元'); j_t = G(XJ, '427.6亿元'); j_n = G(XJ, '233.8亿元'); j_td = G(XJ, '48.9亿元'); j_nd = G(XJ, '50.2亿元'); j_d = G(XJ, '1.3亿元')
j_tg = G(XJ, '10.3%'); j_fg = G(XJ, '27.9%'); j_f = G(XJ, '213亿元'); j_fd = G(XJ, '46.4亿元')
sum_j = [j_t, j_n, j_r]; gr_jt = [j_t, j_td, j_tg]; gr_jf = [j_f, j_fd, j_fg]
S.rel('sum', C, sum_j, 'tax 427.6 + non-tax 233.8 = 661.4')
S.rel('growth', C, [j_r, j_d, G(XJ, '0.2%')], '+1.3 on 661.4 − 1.3 = 660.1: +0.20%')
S.rel('growth', C, gr_jt, 'tax −48.9 on 427.6 + 48.9 = 476.5: −10.26% → −10.3')
S.rel('growth', C, [j_n, j_nd, G(XJ, '27.4%')], 'non-tax +50.2 on 183.6: +27.34%; with the inputs to ±0.05 the rate reaches 27.38, so 27.4 is inside (judgement call)')
S.rel('sum', C, [j_td, j_nd, j_d], 'changes: −48.9 + 50.2 = +1.3')
S.rel('growth', C, gr_jf, 'fund revenue +46.4 on 213 − 46.4 = 166.6: +27.85% → 27.9')
S.rel('target', CT, [j_r, G(XJ, '40.7%')], 'H1 revenue 40.7% of the annual budget: progress only; the year’s result is not stated')
S.rel('target', CT, [G(XJ, '2.2%'), G(XJ, '3%')], 'CPI +2.2% for Jan–Jun vs the full-year control target 3%: the text says it is within the target, but the year is not over')
S.rel('sum', U, [G(XJ, '62.6亿元'), j_fd], 'land revenue +62.6 vs fund revenue +46.4: other fund items fell; no split stated')
S.rel('restatement', U, [G(XJ, '40.7%'), G(XJ, '49.6%')], 'budget progress of general revenue 40.7% vs fund revenue 49.6%: different budgets')
a = ALT(XJ, 1, j_tg, '13.3%', 'tax fall 10.3 → 13.3')
S.rel('growth', I, [on(a, j_t), on(a, j_td), on(a, j_tg, '13.3%')], 'altered: −48.9/476.5 = −10.3%, not −13.3 (breaks {B})')
a = ALT(XJ, 2, j_fg, '29.7%', 'fund growth 27.9 → 29.7')
S.rel('growth', I, [on(a, j_f), on(a, j_fd), on(a, j_fg, '29.7%')], 'altered: 46.4/166.6 = +27.9%, not 29.7 (breaks {B})')
a = ALT(XJ, 3, j_t, '424.6亿元', 'tax revenue 427.6 → 424.6')
S.rel('sum', I, R(a, sum_j, j_t, '424.6亿元'), 'altered: 424.6 + 233.8 = 658.4, not 661.4 (breaks {B})')

# ---- 吐鲁番 (新疆) H1 2025 budget execution report (prefecture city)
t_r = G(TLF, '37.24亿元'); t_t = G(TLF, '18.92亿元'); t_sh = G(TLF, '50.82%'); t_g = G(TLF, '11.11%')
sh_t = [t_t, t_r, t_sh]; gr_t = [t_r, G(TLF, '3.72亿元'), t_g]
S.rel('growth', C, gr_t, '+3.72 on 37.24 − 3.72 = 33.52: +11.10%; with the inputs to ±0.005 it reaches 11.12, so 11.11 is inside')
S.rel('share', C, sh_t, 'tax share 18.92 / 37.24 = 50.81%; with the inputs to ±0.005 it reaches 50.83, so 50.82 is inside')
S.rel('growth', C, [t_t, G(TLF, '1.42亿元'), G(TLF, '6.97%')], 'tax −1.42 on 18.92 + 1.42 = 20.34: −6.98%; the allowance range 6.96–7.01 holds 6.97')
S.rel('target', CT, [t_r, G(TLF, '47%')], 'H1 revenue 47% of the year’s budget: progress only; the year’s result is not stated')
S.rel('restatement', U, [G(TLF, '39.5%'), G(TLF, '47%')], 'tax progress 39.5% vs total progress 47%: different budgets (implied tax budget 47.9 of 79.2 is not stated)')
a = ALT(TLF, 1, t_sh, '52.82%', 'tax share 50.82 → 52.82')
S.rel('share', I, [on(a, t_t), on(a, t_r), on(a, t_sh, '52.82%')], 'altered: 18.92/37.24 = 50.8%, not 52.82 (breaks {B})')
a = ALT(TLF, 2, t_g, '11.71%', 'growth 11.11 → 11.71')
S.rel('growth', I, [on(a, t_r), on(a, gr_t[1]), on(a, t_g, '11.71%')], 'altered: 3.72/33.52 = +11.1%, not 11.71 (breaks {B})')

# ---- 伊吾县 (哈密, 新疆) 2016 statistical bulletin (traditional, inline glyph pairs)
e_gdp = G(YW, '445636萬(wàn)元'); e_p = [G(YW, '54238萬(wàn)元'), G(YW, '314601萬(wàn)元'), G(YW, '76797萬(wàn)元')]
e_emp = [G(YW, '10112人'), G(YW, '4659人'), G(YW, '6904人'), G(YW, '21675人')]
sum_e = e_p + [e_gdp]; sum_ee = e_emp
S.rel('sum', C, sum_e, 'GDP by sector: 54238 + 314601 + 76797 = 445636')
S.rel('sum', C, sum_ee, '2016 employment: 10112 + 4659 + 6904 = 21675')
S.rel('sum', C, [G(YW, '9890'), G(YW, '5023'), G(YW, '6624'), G(YW, '21537')], 'table, 2015 column: 9890 + 5023 + 6624 = 21537')
S.rel('rate', I, [G(YW, '200647元'), G(YW, '6.228元'), G(YW, '30206美元')], 'REAL ERROR in the original: 200647 yuan / 6.228 = 32217 US$, the text says 30206 (30206 × 6.228 = 188123 yuan)')
S.rel('growth', I, [e_emp[3], G(YW, '21537'), G(YW, '0.6%')], 'REAL ERROR in the original: 21675 (2016) against 21537 (2015) is +0.64%, the text and table say 下降0.6% (the table’s year columns look swapped: 21537/21675 − 1 = −0.64%)')
S.rel('growth', I, [G(YW, '4659', post=' |'), G(YW, '5023'), G(YW, '7.8', post=' |')], 'REAL ERROR in the original (same swap): secondary-industry jobs 4659 (2016) vs 5023 (2015) is −7.25%, the table says +7.8 (= 5023/4659 − 1)')
S.rel('growth', U, [G(YW, '201119萬(wàn)元'), G(YW, '16.4%'), e_p[1], G(YW, '11.7%')], 'industry +16.4% within secondary +11.7%: a subset (construction not stated)')
S.rel('growth', U, [G(YW, '16.8%'), G(YW, '11.0%')], 'per-capita GDP +16.8% vs GDP +11.0%: the resident population change is not stated')
a = ALT(YW, 1, e_p[1], '314061萬(wàn)元', 'secondary industry 314601 → 314061')
S.rel('sum', I, R(a, sum_e, e_p[1], '314061萬(wàn)元'), 'altered: sectors add to 445096, not 445636 (breaks {B})')
a = ALT(YW, 2, e_emp[0], '10142人', 'primary-industry jobs 10112 → 10142 in the text')
S.rel('sum', I, R(a, sum_ee, e_emp[0], '10142人'), 'altered: 10142 + 4659 + 6904 = 21705, not 21675 (breaks {B})')

# ---- cross-document traps
S.rel('growth', U, [c_gdp[0], G(XN16, '1248.2億元')], '西宁 GDP 1065.78亿 (2014, yearbook) vs 1248.2亿 (2016): two years apart, 2015 and the rates not stated (and current vs comparable prices)')
S.rel('growth', U, [G(XN05, '206.27亿元'), c_gdp[0]], '西宁 GDP 206.27亿 (2005) vs 1065.78亿 (2014): no rate is stated')
S.rel('target', U, [G(XN20, '6.5%以上'), G(XN16, '9.8%')], '西宁 2020 GDP target vs the 2016 result: another year')
S.rel('share', U, [G(XN05, '11.79亿元'), r05[4]], '西宁 2005 fiscal revenue 11.79亿 vs 青海 2005 local revenue 338222万 (34.9%): no share is stated; 财政一般预算收入 and 地方公共财政预算收入 may differ in scope')
S.rel('growth', U, [r11[4], h_l, G(QH, '23亿元')], '青海 2011 full-year local revenue 151.8亿 vs Jan–Aug 2012 129.4亿 (+23 on Jan–Aug 2011): other periods')
S.rel('share', U, [G(SZ, '151.573亿元'), G(S77, '142.29亿元')], '商州区 2021 GDP vs the 2019 average of 陕西’s 77 counties: a district is not among the 77 counties, and another year')
S.rel('target', U, [G(GL, '3%', pre='地区生产总值增长'), G(XN20, '7.5%')], '果洛 2023 GDP target vs 西宁 2019 result: another place and year')
S.rel('share', U, [G(QA, '41.06%'), G(GS, '52.8%')], '秦安 Jan–May progress vs 甘肃 H1 2025 progress: another place, period and year')
S.rel('growth', U, [G(TLF, '11.11%'), G(XJ, '0.2%')], '吐鲁番 H1 2025 revenue +11.11% vs 新疆 H1 2020 +0.2%: another place and year')
S.rel('growth', U, [G(ZY, '36.29億元'), G(GS, '573.8亿元')], '张掖 2024 revenue 36.29亿 vs 甘肃 H1 2025 573.8亿 (6.3%): no share is stated, and another period')

# ---- further traps
S.rel('growth', U, [x_g, G(SX, '9.1%')], '陕西 2000 GDP 1661.79 (+9.1%, comparable prices): the 1999 level is not stated')
S.rel('share', U, [c_gdp[1], c_gdp[0]], '西宁 市辖区 7750847 within 全市 10657811 (72.7%): overlapping columns, no share stated')
S.rel('growth', U, [e_gdp, G(YW, '11.0%'), e_p[0], G(YW, '9.6%'), e_p[1], G(YW, '11.7%'), e_p[2], G(YW, '8.9%')], 'sector rates 9.6 / 11.7 / 8.9 vs GDP +11.0%: the 2015 weights are not stated')
S.rel('growth', U, [z_p[0], G(SZ, '5.7%'), z_p[1], G(SZ, '11.5%'), z_p[2], G(SZ, '9.0%'), z_g], 'sector rates 5.7 / 11.5 / 9.0 vs GDP +9.2%: the 2020 weights are not stated (the stated pulls are checked instead)')
S.rel('share', U, [G(LT, '89275'), l_bud], '临洮 tax plan 89275 within the broad budget 105425 (84.7%): no share is stated')
S.rel('target', U, [G(GL, '7%', pre='固定资产投资增长'), G(XJ, '28.6%')], '果洛 2023 investment target +7% vs 新疆 H1 2020 investment +28.6%: another place and year')
S.rel('growth', U, [crow('Local General Budget Revenue')[0], G(XN16, '75.2億元'), G(XN16, '9.7%')], '西宁 revenue 838821万 (2014, yearbook) vs 75.2亿 (+9.7%, 2016): 2016 implies 68.6亿 for 2015, below 2014’s 83.9亿 — another year and probably another scope; no relation is stated')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

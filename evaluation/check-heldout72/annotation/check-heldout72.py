"""Check key, set check-heldout72. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout72.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout72'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


L03='ln_2003w.txt'; L07='ln_2007w_hant.txt'; L21='ln_2021.txt'; L21N='ln_2021n.txt'; HLJ='hlj_2023g.txt'; YL='yl_1994.txt'
SX21='sx_2021f.txt'; SX4='sx_2022m4.txt'; SX5='sx_2022m5.txt'; YC='yc_2020.txt'; AZQ='azq_2016_hant.txt'; XAM='xam_2005_hant.txt'
JL='jl_edu2023.txt'; NMG='nmg_1962.txt'; XWQ='xwq_1963.txt'; TJ='tj_kfq2021.txt'; LX='lx_2016.txt'

# ---- 辽宁 2003 water resources bulletin (province, sector bulletin)
a_p = F(L03, '629.5毫米'); a_v = F(L03, '916.0亿立方米'); a_m1 = F(L03, '91.1毫米'); a_s1 = F(L03, '14%', post=','); a_m2 = F(L03, '513.3毫米'); a_s2 = F(L03, '81.5%')
S.rel('share', C, [a_m1, a_p, a_s1], 'Jan–May 91.1/629.5 = 14.47% → 14 (stated to the whole percent)')
S.rel('share', C, [a_m2, a_p, a_s2], 'Jun–Oct 513.3/629.5 = 81.54% → 81.5')
S.rel('sum', U, [a_m1, a_m2, a_p], 'Jan–May + Jun–Oct = 604.4 of 629.5 mm: November–December are not given; two periods, not a split of the year')
S.rel('growth', U, [a_p, F(L03, '8.5%'), F(L03, '21.0%')], '629.5 mm is 8.5% below normal and 21.0% above 2002: neither the normal nor the 2002 level is stated')
S.rel('growth', U, [F(L03, '15.6%'), F(L03, '7.9%'), F(L03, '8.5%')], 'Jan–May −15.6% and Jun–Oct −7.9% against their normals vs the year −8.5%: the seasonal normals (weights) are not stated; not a check')
S.rel('rate', U, [F(L03, '651.5毫米'), F(L03, '457.6毫米'), F(L03, '905.6毫米'), a_p], 'basin means (651.5, 457.6, 905.6 mm) against the provincial 629.5: basin areas are not stated and the list is partial')
a = ALT(L03, 1, a_m2, '543.3毫米', 'Jun–Oct precipitation 513.3 → 543.3 mm')
S.rel('share', I, [on(a, a_m2, '543.3毫米'), on(a, a_p), on(a, a_s2)], 'altered: 543.3/629.5 = 86.3%, not 81.5 (breaks {B})')

# ---- 辽宁 2007 water resources bulletin (province, traditional with inline glyph pairs)
b_p = F(L07, '647.3毫米'); b_v = F(L07, '941.84億立方米')
b1 = F(L07, '105.1毫米'); b2 = F(L07, '432.4毫米'); b3 = F(L07, '109.8毫米')
bs1 = F(L07, '16.2%'); bs2 = F(L07, '66.8%'); bs3 = F(L07, '17.0%')
sum_b = [b1, b2, b3, b_p]
S.rel('sum', C, sum_b, '105.1 + 432.4 + 109.8 = 647.3 mm (Jan–Apr, May–Aug, Sep–Dec)')
S.rel('share', C, [b1, b_p, bs1], '105.1/647.3 = 16.24% → 16.2')
S.rel('share', C, [b2, b_p, bs2], '432.4/647.3 = 66.80% → 66.8')
S.rel('share', C, [b3, b_p, bs3], '109.8/647.3 = 16.96% → 17.0')
S.rel('sum', C, [bs1, bs2, bs3], '16.2 + 66.8 + 17.0 = 100')
S.rel('growth', U, [F(L07, '79.7%'), F(L07, '12.7%'), F(L07, '11.6%'), F(L07, '4.5%')], 'period anomalies +79.7 / −12.7 / −11.6% vs the year −4.5%: the period normals are not stated; not a check')
S.rel('rate', U, [F(L07, '433.5毫米'), F(L07, '571.1毫米'), F(L07, '414.4毫米'), F(L07, '528.1毫米'), b_p], 'basin depths against the provincial mean: basin areas not stated, the basins overlap provincial borders (東遼河, 第二松花江, 灤河, 西遼河)')
S.rel('rate', C, [a_v, a_p, b_v, b_p], 'volume per mm: 916.0/629.5 = 1.4551 and 941.84/647.3 = 1.4550 亿m³/mm, i.e. both bulletins convert depth to volume over the same land area (about 14.55万 km²): consistent')
S.rel('growth', U, [F(L03, '8.5%'), F(L07, '4.5%')], '2003 8.5% and 2007 4.5% below normal imply normals of 688.0 and 677.8 mm: the normal is stated in neither bulletin (and its reference series may differ); not a check')
S.rel('growth', U, [a_p, b_p], '629.5 mm (2003) → 647.3 mm (2007): four years apart; no rate for the span is stated (the 8.3% is 2007 over 2006)')
a = ALT(L07, 1, b2, '452.4毫米', 'May–Aug precipitation 432.4 → 452.4 mm')
S.rel('sum', I, R(a, sum_b, b2, '452.4毫米'), 'altered: parts add to 667.3, not 647.3 (breaks {B})')
S.rel('share', I, [on(a, b2, '452.4毫米'), on(a, b_p), on(a, bs2)], 'altered: 452.4/647.3 = 69.9%, not 66.8 (breaks {B})')
a = ALT(L07, 2, bs1, '18.2%', 'Jan–Apr share 16.2 → 18.2')
S.rel('share', I, [on(a, b1), on(a, b_p), on(a, bs1, '18.2%')], 'altered: 105.1/647.3 = 16.2%, not 18.2 (breaks {B})')
S.rel('sum', I, [on(a, bs1, '18.2%'), on(a, bs2), on(a, bs3)], 'altered: 18.2 + 66.8 + 17.0 = 102 (breaks {B})')
a = ALT(L03, 2, a_v, '946.0亿立方米', '2003 precipitation volume 916.0 → 946.0 亿m³')
S.rel('rate', I, [on(a, a_v, '946.0亿立方米'), on(a, a_p), b_v, b_p], 'altered: 946.0/629.5 = 1.503 亿m³/mm, but 941.84/647.3 = 1.455: the two bulletins no longer imply the same land area (breaks {B})')

# ---- 辽宁 2021 statistical bulletin (province) and the statistics bureau's year-end release as reported (news)
c_t = F(L21, '27584.1亿元'); c1 = F(L21, '2461.8亿元'); c2 = F(L21, '10875.2亿元'); c3 = F(L21, '14247.1亿元')
sum_c = [c1, c2, c3, c_t]
S.rel('sum', C, sum_c, '2461.8 + 10875.2 + 14247.1 = 27584.1')
S.rel('sum', U, [F(L21, '520.6千公顷'), F(L21, '2724.2千公顷'), F(L21, '121.5千公顷'), F(L21, '113.5千公顷'), F(L21, '3543.6千公顷')], 'rice + maize + other cereals + pulses = 3479.8 of 3543.6 thousand ha: tubers are not listed; 其中 is not a full split')
S.rel('sum', U, [F(L21, '0.2千公顷', n=0), F(L21, '24.9千公顷'), F(L21, '0.2千公顷', n=1), F(L21, '2.7千公顷'), F(L21, '16.4千公顷')], 'area changes +0.2 + 24.9 + 0.2 − 2.7 = +22.6 vs total +16.4: tubers (not listed) must have fallen; not a split')
S.rel('sum', U, [F(L21, '424.6万吨'), F(L21, '2008.4万吨'), F(L21, '51.2万吨'), F(L21, '26.9万吨'), F(L21, '2538.7万吨')], 'cereal and pulse output 2511.1 of 2538.7 万吨: tubers not listed')
S.rel('sum', U, [F(L21, '334.8千公顷'), F(L21, '328.8千公顷'), F(L21, '785.1千公顷')], 'oil crops + vegetables = 663.6 of 785.1 thousand ha of economic crops: partial list')
S.rel('growth', U, [F(L21, '5.8%'), F(L21, '6.4%')], 'GDP +5.8% and per-capita GDP +6.4%: consistent with a falling population, but the population change is not stated')
n_t = F(L21N, '27584.1亿元'); n1 = F(L21N, '2461.8亿元'); n2 = F(L21N, '10875.2亿元'); n3 = F(L21N, '14247.1亿元')
sum_n = [n1, n2, n3, n_t]
S.rel('sum', C, sum_n, 'news: 2461.8 + 10875.2 + 14247.1 = 27584.1')
S.rel('restatement', C, [c_t, n_t], '2021 GDP 27584.1亿元 in the bulletin and in the release news')
S.rel('restatement', C, [F(L21, '5.8%'), F(L21N, '5.8%')], '2021 GDP growth 5.8% in both')
S.rel('restatement', C, [c3, n3], 'tertiary value added 14247.1亿元 in both')
S.rel('restatement', C, [F(L21, '7.0%'), F(L21N, '7%', pre='增长', post='。')], 'tertiary growth 7.0% (bulletin) = 7% (news)')
S.rel('restatement', C, [F(L21, '2538.7万吨'), F(L21N, '2538.7万吨')], 'grain output 2538.7万吨 in both')
n_i = F(L21N, '40个'); n_ig = F(L21N, '33个'); n_ip = F(L21N, '82.5%')
S.rel('share', C, [n_ig, n_i, n_ip], '33 of 40 industries = 82.5%')
S.rel('share', C, [F(L21N, '38种'), F(L21N, '65种'), F(L21N, '58.5%')], '38 of 65 products = 58.46% → 58.5')
S.rel('growth', U, [F(L21N, '4.6%'), F(L21N, '8.1%'), F(L21N, '0.3%'), F(L21N, '0.6%'), F(L21N, '3.2%')], 'industry +4.6% vs equipment, petrochemicals, metallurgy, food processing: overlapping groups without weights; not a check')
a = ALT(L21, 1, c2, '10815.2亿元', 'secondary value added 10875.2 → 10815.2')
S.rel('sum', I, R(a, sum_c, c2, '10815.2亿元'), 'altered: parts add to 27524.1, not 27584.1 (breaks {B})')
a = ALT(L21, 2, c1, '2481.8亿元', 'primary value added 2461.8 → 2481.8')
S.rel('sum', I, R(a, sum_c, c1, '2481.8亿元'), 'altered: parts add to 27604.1, not 27584.1 (breaks {B})')
a = ALT(L21N, 1, n_ig, '35个', 'industries with growth 33 → 35')
S.rel('share', I, [on(a, n_ig, '35个'), on(a, n_i), on(a, n_ip)], 'altered: 35/40 = 87.5%, not 82.5 (breaks {B})')
a = ALT(L21N, 2, n3, '14217.1亿元', 'tertiary value added (news) 14247.1 → 14217.1')
S.rel('sum', I, R(a, sum_n, n3, '14217.1亿元'), 'altered: parts add to 27554.1, not 27584.1 (breaks {B})')
S.rel('restatement', I, [c3, on(a, n3, '14217.1亿元')], 'altered: news 14217.1 vs bulletin 14247.1 (breaks {B})')

# ---- 黑龙江 2023 grain (province, newspaper)
h_a = F(HLJ, '22114.65万亩'); h_o = F(HLJ, '1557.64亿斤')
S.rel('target', M, [h_a, F(HLJ, '287.75万亩')], '黑龙江 2023 grain area 22114.65万亩, 287.75万亩 above the state task (21826.90, implied): met')
S.rel('target', M, [h_o, F(HLJ, '19.94亿斤')], '黑龙江 2023 grain output 1557.64亿斤, 19.94亿斤 above the state task (1537.70, implied): met')
S.rel('share', U, [h_a, F(HLJ, '12.4%'), h_o, F(HLJ, '11.2%')], 'shares of the national area and output: the national totals are not stated')
S.rel('growth', U, [h_a, F(HLJ, '89.85万亩'), h_o, F(HLJ, '5.04亿斤')], 'increases on 2022 (89.85万亩, 5.04亿斤): the 2022 levels are not stated, no rate to check')
S.rel('target', U, [F(HLJ, '287.75万亩'), F(HLJ, '19.94亿斤')], 'area over-fulfilment vs output over-fulfilment: different indicators and tasks')

# ---- 依兰县 (哈尔滨, 黑龙江) 1994, yearbook entry (county, old text)
y_tr = F(YL, '1060万元'); y_ov = F(YL, '259万元'); y_g = F(YL, '32.33%')
S.rel('target', M, [y_tr, y_ov], '依兰县 1994 township-level revenue 1060万元, 259万元 over the budget set at the start of the year (801万元, implied): met')
S.rel('growth', C, [y_tr, y_ov, y_g], '259/(1060 − 259) = 32.34%, stated 32.33 (inside the allowance): the 增长32.33% is measured against the budget, not against 1993 — judgement call, see ANNOTATION')
S.rel('target', U, [F(YL, '4468万元'), y_ov], 'the 259万元 over-budget belongs to township revenue (1060), not to total revenue 4468万元: other indicator')
S.rel('rate', U, [F(YL, '4.5亿元', n=0), F(YL, '1235元'), F(YL, '15.4%'), F(YL, '31.4%')], 'GNP 4.5亿 / per capita 1235元 implies 36.4万 people; +15.4% vs per capita +31.4% implies a 12% fall in population: population not stated; not checkable')
S.rel('restatement', U, [F(YL, '7亿元'), F(YL, '2.54亿元')], '工业生产总产值 7亿 (+11.4%) vs 工业总产值 2.54亿 (+10.4%): different scopes in the same entry, not a restatement')
S.rel('restatement', U, [F(YL, '4.5亿元', n=0), F(YL, '4.5亿元', n=1)], 'GNP 4.5亿 and agricultural output 4.5亿: same number, different indicators')
S.rel('share', U, [F(YL, '1.99亿元'), F(YL, '2.54亿元')], 'county-owned enterprises 1.99 of 2.54亿 (78%): no share stated; nothing to check')
a = ALT(YL, 1, y_ov, '239万元', 'township revenue over budget 259 → 239万元')
S.rel('growth', I, [on(a, y_tr), on(a, y_ov, '239万元'), on(a, y_g)], 'altered: 239/(1060 − 239) = 29.1%, not 32.33 (breaks {B})')

# ---- 山西 2021 fiscal revenue (province, news of the finance department)
f_t = F(SX21, '2834.6亿元'); f1 = F(SX21, '2094.7亿元'); f2 = F(SX21, '739.9亿元')
f_g = F(SX21, '23.4%'); f1g = F(SX21, '28.8%'); f2g = F(SX21, '10.3%')
sum_f = [f1, f2, f_t]; wg_f = [f1, f1g, f2, f2g, f_t, f_g]
S.rel('sum', C, sum_f, 'tax 2094.7 + non-tax 739.9 = 2834.6')
S.rel('growth', C, wg_f, 'implied 2020 bases 2094.7/1.288 + 739.9/1.103 = 1626.3 + 670.8 = 2297.1; 2834.6/2297.1 = +23.40%: consistent')
S.rel('target', M, [f_t, F(SX21, '111.5%')], '山西 2021 revenue 2834.6亿 = 111.5% of the adjusted budget (about 2542.2, not stated): met')
S.rel('rate', U, [f_t, F(SX21, '5048.1亿元')], 'revenue 2834.6 vs spending 5048.1亿: the gap is met by transfers and debt, which are not stated; no relation to check')
S.rel('growth', U, [F(SX21, '10.5%'), F(SX21, '15.6%'), f_g], 'coal +10.5% and coal-bed gas +15.6% (volumes) vs revenue +23.4% (money): different indicators')
a = ALT(SX21, 1, f2, '759.9亿元', 'non-tax revenue 739.9 → 759.9')
S.rel('sum', I, R(a, sum_f, f2, '759.9亿元'), 'altered: 2094.7 + 759.9 = 2854.6, not 2834.6 (breaks {B})')
a = ALT(SX21, 2, f1g, '26.8%', 'tax revenue growth 28.8 → 26.8')
S.rel('growth', I, R(a, wg_f, f1g, '26.8%'), 'altered: bases 2094.7/1.268 + 670.8 = 2322.8; 2834.6/2322.8 = +22.0%, not 23.4 (breaks {B})')

# ---- 山西 Jan–Apr 2022 fiscal (province + cities, news)
g_t = F(SX4, '1261.6亿元'); g_tx = F(SX4, '1036.5亿元'); g_nt = F(SX4, '225.1亿元')
g_tg = F(SX4, '41.3%'); g_ti = F(SX4, '368.7亿元'); g_txg = F(SX4, '55.4%'); g_txi = F(SX4, '369.4亿元'); g_ntg = F(SX4, '0.3%'); g_nti = F(SX4, '0.7亿元')
sum_g = [g_tx, g_nt, g_t]
S.rel('sum', C, sum_g, 'tax 1036.5 + non-tax 225.1 = 1261.6')
S.rel('growth', C, [g_t, g_ti, g_tg], '1261.6 − 368.7 = 892.9; 368.7/892.9 = +41.29% → 41.3')
S.rel('growth', C, [g_tx, g_txi, g_txg], '1036.5 − 369.4 = 667.1; 369.4/667.1 = +55.37% → 55.4')
S.rel('growth', C, [g_nt, g_nti, g_ntg], '225.1 + 0.7 = 225.8; −0.7/225.8 = −0.31% → −0.3')
S.rel('sum', C, [g_txi, g_nti, g_ti], 'increments 369.4 − 0.7 = 368.7')
S.rel('growth', C, [F(SX4, '1649.8亿元'), F(SX4, '238.2亿元'), F(SX4, '16.9%')], 'spending 1649.8, +238.2: 238.2/1411.6 = +16.87% → 16.9')
S.rel('growth', C, [F(SX4, '1322.5亿元'), F(SX4, '199.7亿元'), F(SX4, '17.8%')], 'livelihood spending 1322.5, +199.7: 199.7/1122.8 = +17.79% → 17.8')
g_jc = F(SX4, '81.2%')
S.rel('share', C, [F(SX4, '104.6亿元'), F(SX4, '128.9亿元'), g_jc], '晋城 104.6/128.9 = 81.15% → 81.2')
S.rel('share', C, [F(SX4, '55.1亿元'), F(SX4, '67.28亿元'), F(SX4, '81.9%')], '朔州 55.1/67.28 = 81.90%')
S.rel('share', C, [F(SX4, '109.67亿元'), F(SX4, '128.01亿元'), F(SX4, '85.7%')], '忻州 109.67/128.01 = 85.67% → 85.7')
S.rel('share', C, [F(SX4, '115.5亿元'), F(SX4, '144.02亿元'), F(SX4, '80.2%')], '吕梁 115.5/144.02 = 80.20%')
S.rel('growth', C, [F(SX4, '33.2亿元'), F(SX4, '14.65亿元'), F(SX4, '78.95%')], '阳泉 33.2 − 14.65 = 18.55; 14.65/18.55 = 78.98%, stated 78.95 (inside the allowance of 33.2: 78.8–79.2)')
S.rel('growth', U, [g_t, F(SX4, '53.5%'), g_tx, F(SX4, '71.5%')], '同口径 growth excluding VAT credit refunds (53.5%, 71.5%): the refund amount is not stated here')
S.rel('sum', U, [F(SX4, '148.36亿元'), F(SX4, '93.7亿元'), F(SX4, '33.2亿元'), F(SX4, '63.63亿元'), F(SX4, '67.33亿元'), F(SX4, '139.42亿元'), g_t], 'six of the eleven cities (545.64) against the provincial 1261.6, which also holds province-level revenue: not a split')
S.rel('growth', U, [F(SX4, '2.4%'), F(SX4, '83.2%'), g_tg], 'city growth rates (太原 +2.4%, 晋城 +83.2% …) vs province +41.3%: partial list, weights of other cities and province level not stated')
a = ALT(SX4, 1, g_nt, '255.1亿元', 'non-tax revenue 225.1 → 255.1')
S.rel('sum', I, R(a, sum_g, g_nt, '255.1亿元'), 'altered: 1036.5 + 255.1 = 1291.6, not 1261.6 (breaks {B})')
a = ALT(SX4, 2, g_jc, '84.2%', '晋城 livelihood share 81.2 → 84.2')
S.rel('share', I, [on(a, F(SX4, '104.6亿元')), on(a, F(SX4, '128.9亿元')), on(a, g_jc, '84.2%')], 'altered: 104.6/128.9 = 81.2%, not 84.2 (breaks {B})')
a = ALT(SX4, 3, g_txg, '53.4%', 'tax revenue growth 55.4 → 53.4')
S.rel('growth', I, [on(a, g_tx), on(a, g_txi), on(a, g_txg, '53.4%')], 'altered: 369.4/667.1 = 55.4%, not 53.4 (breaks {B})')

# ---- 山西 Jan–May 2022 fiscal (province, finance department release as reposted)
k_t = F(SX5, '1509.3亿元'); k_tx = F(SX5, '1237.5亿元'); k_nt = F(SX5, '271.8亿元')
k_ti = F(SX5, '404.5亿元'); k_txi = F(SX5, '412.8亿元'); k_nti = F(SX5, '8.3亿元'); k_txg = F(SX5, '50.1%')
k_e = F(SX5, '2149.9亿元'); k_m = F(SX5, '1702.7亿元'); k_mp = F(SX5, '79.2%')
sum_k = [k_tx, k_nt, k_t]; inc_k = [k_txi, k_nti, k_ti]; txg_k = [k_tx, k_txi, k_txg]
S.rel('sum', C, sum_k, 'tax 1237.5 + non-tax 271.8 = 1509.3')
S.rel('growth', C, [k_t, k_ti, F(SX5, '36.6%')], '404.5/(1509.3 − 404.5) = 404.5/1104.8 = +36.61% → 36.6')
S.rel('growth', C, txg_k, '412.8/(1237.5 − 412.8) = 412.8/824.7 = +50.05% → 50.1')
S.rel('growth', C, [k_nt, k_nti, F(SX5, '3%', pre='下降')], '−8.3/(271.8 + 8.3) = −2.96% → −3')
S.rel('sum', C, inc_k, 'increments 412.8 − 8.3 = 404.5')
S.rel('growth', C, [k_e, F(SX5, '174.9亿元'), F(SX5, '8.9%')], '174.9/(2149.9 − 174.9) = +8.86% → 8.9')
S.rel('share', C, [k_m, k_e, k_mp], 'livelihood 1702.7/2149.9 = 79.20%')
S.rel('growth', C, [k_m, F(SX5, '120.4亿元'), F(SX5, '7.6%')], '120.4/(1702.7 − 120.4) = +7.61% → 7.6')
S.rel('growth', U, [k_t, F(SX5, '196.6亿元', n=0), F(SX5, '52.4%'), k_ti], 'adding the 196.6亿 refunds back gives (1509.3 + 196.6)/1104.8 = +54.4%, not 52.4: the 同口径 method (the base is adjusted too) is not stated; not a check')
S.rel('growth', U, [k_tx, F(SX5, '196.6亿元', n=1), F(SX5, '70.9%')], 'tax: (1237.5 + 196.6)/824.7 = +73.9% vs 同口径 70.9%: adjustment method not stated; not a check')
S.rel('growth', U, [g_t, g_tg, k_t, F(SX5, '36.6%')], 'Jan–Apr 1261.6 (+41.3%) and Jan–May 1509.3 (+36.6%) imply May alone 247.7 (+16.9%): May is not stated; the two rates are of different spans, not a restatement')
S.rel('share', U, [k_mp, g_jc], 'province livelihood share 79.2% (Jan–May) vs 晋城 81.2% (Jan–Apr): other place and period')
S.rel('growth', U, [f_g, g_tg], '山西 2021 revenue +23.4% vs Jan–Apr 2022 +41.3%: different periods')
a = ALT(SX5, 1, k_txi, '442.8亿元', 'tax revenue increment 412.8 → 442.8')
S.rel('sum', I, R(a, inc_k, k_txi, '442.8亿元'), 'altered: 442.8 − 8.3 = 434.5, not 404.5 (breaks {B})')
S.rel('growth', I, R(a, txg_k, k_txi, '442.8亿元'), 'altered: 442.8/(1237.5 − 442.8) = +55.7%, not 50.1 (breaks {B})')
a = ALT(SX5, 2, k_mp, '76.2%', 'livelihood share 79.2 → 76.2')
S.rel('share', I, [on(a, k_m), on(a, k_e), on(a, k_mp, '76.2%')], 'altered: 1702.7/2149.9 = 79.2%, not 76.2 (breaks {B})')

# ---- 阳城县 (晋城, 山西) 2020 statistical bulletin (county)
w_t = F(YC, '2446440万元'); w1 = F(YC, '104838万元'); w2 = F(YC, '1468766万元'); w3 = F(YC, '872836万元')
wp1 = F(YC, '4.3%'); wp2 = F(YC, '60.0%'); wp3 = F(YC, '35.7%')
sum_w = [w1, w2, w3, w_t]
S.rel('sum', C, sum_w, '104838 + 1468766 + 872836 = 2446440')
S.rel('share', C, [w1, w_t, wp1], '104838/2446440 = 4.29% → 4.3')
S.rel('share', C, [w2, w_t, wp2], '1468766/2446440 = 60.04% → 60.0')
S.rel('share', C, [w3, w_t, wp3], '872836/2446440 = 35.68% → 35.7')
S.rel('sum', I, [F(YC, '86738万元'), F(YC, '137351万元'), F(YC, '18470万元'), F(YC, '70348万元'), F(YC, '153893万元'), F(YC, '85168万元'), F(YC, '316809万元'), w3],
      'REAL ERROR in the original: the seven tertiary branches (a complete split: trade, transport, hotels, finance, real estate, other for-profit and non-profit services) add to 868777, not 872836 (short by 4059万元, 0.5%)')
wa = F(YC, '30906.4公顷'); wa1 = F(YC, '7708.9公顷'); wa2 = F(YC, '23197.5公顷')
wi = F(YC, '1677.9公顷'); wi1 = F(YC, '458.3公顷'); wi2 = F(YC, '1219.6公顷')
S.rel('sum', C, [wa1, wa2, wa], 'summer 7708.9 + autumn 23197.5 = 30906.4 ha')
S.rel('sum', C, [wi1, wi2, wi], 'increases 458.3 + 1219.6 = 1677.9 ha')
S.rel('rate', U, [w1, F(YC, '5.9%'), w2, F(YC, '8.6%'), w3, F(YC, '4.6%', n=0), w_t, F(YC, '6.8%')], 'GDP +6.8% from sector rates: 2019 weights not stated; not a check')
S.rel('restatement', U, [F(YC, '4.6%', n=0), F(YC, '4.6%', n=1)], 'tertiary +4.6% and real estate +4.6%: same number, different indicators')
a = ALT(YC, 1, w2, '1463766万元', 'secondary value added 1468766 → 1463766')
S.rel('sum', I, R(a, sum_w, w2, '1463766万元'), 'altered: parts add to 2441440, not 2446440 (breaks {B})')
S.rel('share', I, [on(a, w2, '1463766万元'), on(a, w_t), on(a, wp2)], 'altered: 1463766/2446440 = 59.8%, not 60.0 (breaks {B})')
a = ALT(YC, 2, wi2, '1249.6公顷', 'autumn-grain area increase 1219.6 → 1249.6')
S.rel('sum', I, [on(a, wi1), on(a, wi2, '1249.6公顷'), on(a, wi)], 'altered: 458.3 + 1249.6 = 1707.9, not 1677.9 (breaks {B})')

# ---- 阿拉善左旗 (阿拉善盟, 内蒙古) 2016 livestock (banner, traditional)
z_t = F(AZQ, '42.30萬頭'); zs = [F(AZQ, '40.18萬只'), F(AZQ, '0.67萬頭'), F(AZQ, '0.46萬峰'), F(AZQ, '0.89萬頭'), F(AZQ, '0.10萬頭')]
S.rel('sum', C, zs + [z_t], 'sheep 40.18 + cattle 0.67 + camels 0.46 + pigs 0.89 + other 0.10 = 42.30万')
S.rel('rate', U, [z_t, F(AZQ, '49.74%', n=1)], 'off-take rate 49.74%: the livestock stock it is measured on is not stated')
S.rel('growth', U, [F(AZQ, '49.74%', n=1), F(AZQ, '1.55個')], 'rate down 1.55 points: the 2015 rate is not stated')
S.rel('restatement', C, [F(AZQ, '49.74%', n=0), F(AZQ, '49.74%', n=1)], 'off-take rate 49.74% in the headline and the body')
a = ALT(AZQ, 1, zs[3], '0.69萬頭', 'pigs sold 0.89 → 0.69万')
S.rel('sum', I, R(a, zs + [z_t], zs[3], '0.69萬頭'), 'altered: parts add to 42.10, not 42.30 (breaks {B})')
a = ALT(AZQ, 2, zs[0], '40.48萬只', 'sheep sold 40.18 → 40.48万')
S.rel('sum', I, R(a, zs + [z_t], zs[0], '40.48萬只'), 'altered: parts add to 42.60, not 42.30 (breaks {B})')

# ---- 兴安盟 (内蒙古) 2005, yearbook entry (league, traditional)
x_t = F(XAM, '120.31億元'); x1 = F(XAM, '40.6億元'); x2 = F(XAM, '34.18億元'); x3 = F(XAM, '45.66億元')
S.rel('sum', I, [x1, x2, x3, x_t], 'REAL ERROR in the original (as stored): 40.6 + 34.18 + 45.66 = 120.44, not 120.31 (0.13 off; the allowance of the inputs is 0.065)')
S.rel('growth', I, [F(XAM, '7506元'), F(XAM, '1387元'), F(XAM, '15.97%')], 'REAL ERROR in the original (as stored): 7506 − 1387 = 6119; 1387/6119 = +22.7%, not 15.97')
S.rel('rate', U, [x1, F(XAM, '8.71%'), x2, F(XAM, '16.62%'), x3, F(XAM, '14.8%'), x_t, F(XAM, '13.02%')], 'GDP +13.02% from sector rates: 2004 weights not stated; not a check')
S.rel('growth', U, [F(XAM, '63.68萬人'), F(XAM, '0.80萬人')], 'total population "?63.68萬人": a leading digit is lost to mojibake in the stored text; not checkable as written')
S.rel('share', U, [F(XAM, '67.27萬人'), F(XAM, '52.85萬人'), F(XAM, '8.07萬人')], 'Mongol, non-agricultural and other-minority counts: overlapping groups, the total is corrupted; nothing to check')

# ---- 吉林 education 2023 (province, sector statistics)
j_p = F(JL, '26.96万人'); j_a = F(JL, '35.40万人'); j_s = F(JL, '76.15%')
S.rel('share', C, [j_p, j_a, j_s], '26.96/35.40 = 76.16%, stated 76.15 (inside the allowance 76.13–76.18)')
S.rel('sum', U, [F(JL, '939人'), F(JL, '743人'), F(JL, '5632人'), F(JL, '2264人'), F(JL, '1942人'), F(JL, '12279人')], 'special-education schools are a subset (其中) of all forms of special education: nested counts, not a split')
S.rel('sum', U, [F(JL, '3511所'), F(JL, '54所'), F(JL, '2757所'), F(JL, '6883所')], 'kindergartens + special schools + compulsory schools = 6322 of 6883: high schools, vocational and higher education are not in the passage')
S.rel('restatement', U, [F(JL, '906所'), F(JL, '909所')], 'compulsory schools −906 vs primary schools −909: nested scopes (junior middle schools +3 implied), not the same figure')
S.rel('growth', U, [F(JL, '408.27万人'), F(JL, '2.52万人'), F(JL, '168.62万人'), F(JL, '1.76万人')], 'enrolment +2.52万 overall while compulsory −1.76万: other levels not stated; nothing to check')
a = ALT(JL, 1, j_p, '28.96万人', 'children in inclusive kindergartens 26.96 → 28.96万')
S.rel('share', I, [on(a, j_p, '28.96万人'), on(a, j_a), on(a, j_s)], 'altered: 28.96/35.40 = 81.8%, not 76.15 (breaks {B})')
a = ALT(JL, 2, j_s, '78.15%', 'inclusive share 76.15 → 78.15')
S.rel('share', I, [on(a, j_p), on(a, j_a), on(a, j_s, '78.15%')], 'altered: 26.96/35.40 = 76.2%, not 78.15 (breaks {B})')

# ---- 人民日报 1962-11-22: 内蒙古 livestock sales (old text, Chinese numerals)
S.rel('target', M, [F(NMG, '两万五千头'), F(NMG, '50%')], '锡林郭勒盟 1962 sold 25000 draught cattle by 5 November, more than 50% over the state purchase plan: met')
S.rel('target', M, [F(NMG, '近六万三千头'), F(NMG, '一万五千匹'), F(NMG, '五万九千多头')], '内蒙古 1962 cattle, horses and beef cattle sold all exceed the full-year purchase plans (plans not stated): met as stated')
S.rel('target', CT, [F(NMG, '88%')], '内蒙古 1962 mutton sheep: 88%以上 of the full-year plan by 21 November, the year not yet over: cannot tell')
S.rel('sum', U, [F(NMG, '两万多头'), F(NMG, '近六万三千头'), F(NMG, '一万五千匹')], 'cattle and horses shipped to twelve provinces (20000+) are a part of those sold (78000): subset, not a split')
S.rel('restatement', U, [F(NMG, '四万六千头'), F(NMG, '两万五千头')], '锡林郭勒 net herd increase 46000 vs cattle sold 25000: different measures')
S.rel('target', U, [F(NMG, '50%'), F(NMG, '88%')], '锡林郭勒 cattle +50% over plan vs 全区 sheep 88% of plan: other place and indicator')

# ---- 人民画报 1963: 西乌珠穆沁旗 (锡林郭勒盟) livestock (old text, Chinese numerals)
S.rel('growth', I, [F(XWQ, '一百二十五万七千余头'), F(XWQ, '十七万头'), F(XWQ, '七倍多')], 'REAL ERROR by the key convention: 1257000/170000 = 7.39, an increase of 6.39 times; "增加了七倍多" reads the ratio as the increase (colloquial use)')
S.rel('growth', U, [F(XWQ, '二十多万头'), F(NMG, '四万六千头')], '西乌珠穆沁旗 1963 +200000 over 1962 vs 锡林郭勒盟 1962 net +46000: other scope (banner vs league) and year')

# ---- 天津经济技术开发区 2021 (development zone, newspaper)
t_n = F(TJ, '907家'); t_b = F(TJ, '274家'); t_bp = F(TJ, '30.2%'); t_k = F(TJ, '478家'); t_kp = F(TJ, '52.7%')
S.rel('share', C, [t_b, t_n, t_bp], '274 of 907 new firms from Beijing = 30.21% → 30.2')
S.rel('share', C, [t_k, t_n, t_kp], '478 of 907 = 52.70% → 52.7')
S.rel('target', U, [F(TJ, '8%', pre='规上工业增加值增长'), F(TJ, '6.6%')], '2022 target for industry (+8%) vs the 2021 result (+6.6%): other period')
S.rel('share', U, [F(TJ, '404.6亿元'), F(TJ, '50%')], 'bio-medicine contributes over 50% of industrial growth: a contribution, not a share of output (total output not stated)')
S.rel('growth', U, [F(TJ, '20家'), F(TJ, '5倍')], '20 new factoring firms, "增长5倍": by the convention the 2020 count would be 3.3, not a whole number, so the writer probably meant 5× (4 firms); the 2020 count is not stated: not checkable')
S.rel('growth', U, [F(TJ, '1.2万家'), F(TJ, '38%'), F(TJ, '10万人'), F(TJ, '30%')], 'new market entities +38%, new jobs +30%: 2020 levels not stated')
S.rel('restatement', U, [F(TJ, '76.1%'), t_kp], '907 firms +76.1% and 52.7% technology firms: different quantities')
a = ALT(TJ, 1, t_k, '487家', 'technology firms 478 → 487')
S.rel('share', I, [on(a, t_k, '487家'), on(a, t_n), on(a, t_kp)], 'altered: 487/907 = 53.7%, not 52.7 (breaks {B})')
a = ALT(TJ, 2, t_b, '247家', 'firms from Beijing 274 → 247')
S.rel('share', I, [on(a, t_b, '247家'), on(a, t_n), on(a, t_bp)], 'altered: 247/907 = 27.2%, not 30.2 (breaks {B})')

# ---- 蠡县 (保定, 河北) 2017 work report, review of 2012–2016 (county)
S.rel('rate', U, [F(LX, '96.4亿元'), F(LX, '37倍')], 'GDP 96.4亿 "是2011年的1.37倍" (the figure is broken over a line as stored): the 2011 level is not stated; nothing to check')
S.rel('sum', U, [F(LX, '6.1亿元'), F(LX, '3.6亿元')], 'public-budget revenue 3.6亿 is a part of total fiscal revenue 6.1亿 (different scopes), not a split')
S.rel('share', U, [F(LX, '52.1亿元'), F(LX, '96.4亿元')], 'industrial value added above scale 52.1 vs GDP 96.4: no share stated')
S.rel('growth', U, [F(LX, '1.65倍'), F(LX, '1.86倍'), F(LX, '2.65倍')], 'five-year ratios of different indicators: no yearly rates or base levels stated')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout168. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout168.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout168'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


LIN='hlj_lin_2001.txt'; DQ='hlj_dq_1952.txt'; K11='hlj_kq_2011.txt'; K12='hlj_kq_2012_hant.txt'; LS08='hlj_ls_2008_hant.txt'
YS21='ln_ys_2021.txt'; CZ24='ln_cz_2024.txt'; DL1='dl_2025h1.txt'; DL2='dl_2025_hant.txt'; JL19='jl_ls_2019_hant.txt'
JL24='jl_ls_2024_hant.txt'; DQ07='dq_2007.txt'

# ---- 黑龙江 forestry 2001 (森工系统 and 地方林业)
l_tot = F(LIN, '348 699亩'); l_r1 = F(LIN, '100.2%'); l_a = F(LIN, '48 656亩'); l_b = F(LIN, '55 602亩'); l_c = F(LIN, '41 071亩')
l_ym = F(LIN, '5413亩'); l_r2 = F(LIN, '106.4%'); l_x = F(LIN, '960亩'); l_h = F(LIN, '2457亩')
l_d = F(LIN, '21 690亩'); l_r3 = F(LIN, '108.5%'); l_g = F(LIN, '11 685亩'); l_q = F(LIN, '10 005亩')
l_s = F(LIN, '1023万株'); l_p = F(LIN, '15株'); l_j = F(LIN, '95%')
sum_l1 = [l_g, l_q, l_d]
S.rel('sum', C, sum_l1, 'local forestry: state afforestation 11 685 + township afforestation 10 005 = 21 690亩')
S.rel('sum', U, [l_a, l_b, l_c, l_tot], 'the three 其中 items of 森工 afforestation (fast-growing, private, voluntary) add to 145 329亩, not 348 699: named parts, not a split')
S.rel('sum', U, [l_x, l_h, l_ym], 'nursery: new sowing 960 + transplanting 2457 = 3417 ≠ 5413亩: standing beds are not itemised; not a split')
S.rel('target', M, [l_tot, l_r1], '森工 afforestation 348 699亩 at 100.2% of plan: met')
S.rel('target', M, [l_ym, l_r2], '森工 nursery 5413亩 at 106.4% of plan: met')
S.rel('target', M, [l_d, l_r3], 'local afforestation 21 690亩 at 108.5% of plan: met')
S.rel('share', U, [l_s, l_p, l_j], '1023万 trees at 15 a head imply about 68万 planters; the 95% compliance is over an unstated number of obliged people')

# ---- a 黑龙江 prefecture, plan execution 1952-1965 (gazetteer; old text)
d_tot = F(DQ, '30.4%'); d_avg = F(DQ, '9.5%'); d_ag = F(DQ, '40.9%'); d_in = F(DQ, '1.7倍', n=0); d_inp = F(DQ, '18%')
d_gp = F(DQ, '37%'); d_gc = F(DQ, '62.8%'); d_g58 = F(DQ, '20%', pre='还下降 '); d_pig = F(DQ, '24.4%')
d_plan = F(DQ, '5.21亿元'); d_act = F(DQ, '4.36亿元'); d_52 = F(DQ, '52个'); d_9 = F(DQ, '9种'); d_33 = F(DQ, '33种'); d_cg = F(DQ, '50%')
d_ret = F(DQ, '53%'); d_ret4 = F(DQ, '4%', pre='多完成')
S.rel('growth', I, [d_tot, d_avg], 'real error as printed: +30.4% over the three years 1949→1952 is 9.25% a year (30.35–30.45% gives 9.24–9.27%); 平均年递增9.5% would need +31.3%')
S.rel('rate', I, [d_ag, d_in, d_tot], 'real error as printed: 工农业总产值 is agriculture + industry; with agriculture +40.9% and industry 增长1.7倍 (+170%) the total must grow by more than 40.9% whatever the weights, not 30.4%')
S.rel('target', M, [d_inp], '1952 industrial output 比年计划多完成18%: met')
S.rel('target', MS, [d_plan, d_act], '1960 industry: 4.36亿 against a plan of 5.21亿 (83.7%): missed')
S.rel('target', MS, [d_pig], '1960 pigs at 24.4% of plan: missed')
S.rel('target', MS, [d_cg], '1960 farm purchases at 50% of plan: missed')
S.rel('growth', U, [d_gp, d_gc, d_g58], '1960 grain: plan +37% on 1959 at 62.8% fulfilment implies about −14% on 1959; the −20% is against 1958 (other base)')
S.rel('sum', U, [d_9, d_33, d_52], '9 over-fulfilled + 33 unfulfilled = 42 ≠ 52 products: those fulfilled exactly are left out')
S.rel('growth', U, [d_ret, d_ret4], 'retail +53% is 1957 on 1952 (five years); 多完成4% is against the annual plan: other period and base')

# ---- 黑龙江垦区 2011 and 2012 harvests (state farms)
k_400 = F(K11, '400亿斤'); k_363 = F(K11, '363.6亿斤'); k_407 = F(K12, '407.4億斤'); k_a = F(K12, '4260萬畝'); k_g = F(K12, '4080萬畝')
k_o = F(K12, '180萬畝'); k_h = F(K12, '970多萬畝'); k_s = F(K12, '930多萬畝'); k_342 = F(K12, '342萬畝')
sum_k = [k_g, k_o, k_a]
S.rel('sum', C, sum_k, '2012 sown area: grain and beans 4080 + other crops 180 = 4260萬畝')
rs_k = [k_400, k_407]
S.rel('restatement', C, rs_k, '2011 垦区 grain: "突破400亿斤" (Oct 2011) and "去年…407.4億斤" (Oct 2012): consistent')
S.rel('sum', U, [k_h, k_s, k_a], 'autumn tillage 970多 + 930多 ≈ 1900萬畝 done so far is part of the 4260 sown area, not a split of it')
S.rel('rate', U, [k_342, k_a], 'the peak day 342萬畝 is not an average: a month of it says nothing about 4260')

# ---- 黑龙江 grain 2008 (province)
h_845 = F(LS08, '845億斤'); h_a = F(LS08, '16482萬畝'); h_909 = F(LS08, '90.9%'); h_74 = F(LS08, '74%'); h_1000 = F(LS08, '千億斤', n=1)
S.rel('share', U, [h_a, h_909], 'grain area 16482萬畝 = 90.9% of the crop area, which is not printed')
S.rel('share', U, [h_845, h_74], 'commodity rate 74% of 845億斤: the commodity quantity is not printed')
S.rel('target', U, [h_1000, k_407], 'the province\'s five-year goal of 千億斤 against the 垦区 result 407.4億斤 of 2011: other place (垦区 is part of the province) and period')
S.rel('restatement', U, [k_363, h_845], '垦区 2010 363.6亿斤 and province 2008 845億斤: other place and year')

# ---- 辽宁省 2021 budget execution
y_r = F(YS21, '2764.7亿元'); y_t = F(YS21, '2968亿元'); y_in = F(YS21, '732.6亿元'); y_f = F(YS21, '528.3亿元'); y_d = F(YS21, '1458.6亿元')
y_j = F(YS21, '378.4亿元'); y_tot = F(YS21, '8830.6亿元', n=0); y_e = F(YS21, '5901.3亿元'); y_sj = F(YS21, '124.5亿元'); y_af = F(YS21, '612.8亿元')
y_out = F(YS21, '6.7亿元'); y_rp = F(YS21, '1320.1亿元'); y_c = F(YS21, '865.2亿元'); y_etot = F(YS21, '8830.6亿元', n=1)
sum_y1 = [y_r, y_t, y_in, y_f, y_d, y_j, y_tot]
S.rel('sum', C, sum_y1, 'receipts: 2764.7 + 2968 + 732.6 + 528.3 + 1458.6 + 378.4 = 8830.6亿')
sum_y2 = [y_e, y_sj, y_af, y_out, y_rp, y_c, y_etot]
S.rel('sum', C, sum_y2, 'outlays: 5901.3 + 124.5 + 612.8 + 6.7 + 1320.1 + 865.2 = 8830.6亿')
S.rel('restatement', C, [y_tot, y_etot], 'total receipts = total outlays = 8830.6亿 (balanced)')
S.rel('sum', U, [y_r, y_t, y_e], 'revenue 2764.7 + central transfers 2968 = 5732.7 ≠ spending 5901.3: the other receipts also finance spending; not a split')
S.rel('sum', U, [y_f, y_af], 'fund drawn 528.3 and fund top-up 612.8 are two flows; no net figure is stated')

# ---- 辽宁 cities' budget revenue 2023 and 2024
cities = [('沈阳', '800.85亿元', '825.60亿元', '4.0%', '825.60亿元 同比增长'), ('大连', '750.20亿元', '774.60亿元', '3.3%', '774.60亿元 '),
          ('鞍山', '160.38亿元', '172.2亿元', '7.4%', '172.2亿元 '), ('营口', '137.09亿元', '140.6亿元', '2.5%', '140.6亿元 '),
          ('盘锦', '129.64亿元', '140.5亿元', '8.3%', '140.5亿元 '), ('锦州', '114.30亿元', '121.4亿元', '6.2%', '121.4亿元 '),
          ('本溪', '80.07亿元', '91.5亿元', '14.2%', '91.5亿元 '), ('朝阳', '82.67亿元', '87.7亿元', '6.1%', '87.7亿元 '),
          ('辽阳', '79.82亿元', '86.33亿元', '8.2%', '86.33亿元 '), ('丹东', '74.67亿元', '80.35亿元', '7.6%', '80.35亿元 '),
          ('葫芦岛', '68.20亿元', '75.2亿元', '10.3%', '75.2亿元 '), ('抚顺', '66.90亿元', '72.5亿元', '8.3%', '72.5亿元')]
gr_c = {}
for name, a, b, r, pre in cities:
    figs = [F(CZ24, a), F(CZ24, b), F(CZ24, r, pre=pre)]
    gr_c[name] = figs
    lo = (float(b[:-2]) - .005 * (1 if len(b.split('.')[1]) == 4 else 10)) / (float(a[:-2]) + .005) - 1
    hi = (float(b[:-2]) + .005 * (1 if len(b.split('.')[1]) == 4 else 10)) / (float(a[:-2]) - .005) - 1
    x = float(r[:-1]); ok = lo * 100 <= x + .05 and hi * 100 >= x - .05
    if name == '沈阳':
        assert not ok
        S.rel('growth', I, figs, f'{name}: {b[:-2]} / {a[:-2]} = +{(float(b[:-2]) / float(a[:-2]) - 1) * 100:.2f}%, not {r} (as printed; a like-for-like 同口径 rate would explain it, but the text does not say so)')
    else:
        assert ok, name
        S.rel('growth', C, figs, f'{name}: {b[:-2]} / {a[:-2]} = +{(float(b[:-2]) / float(a[:-2]) - 1) * 100:.2f}% (half-units {lo*100:.2f}–{hi*100:.2f}%) = {r}')
c_prov = F(CZ24, '2905.8亿元'); c_pr = F(CZ24, '5.5%')
S.rel('sum', U, [F(CZ24, b) for _, _, b, _, _ in cities] + [c_prov], 'the twelve listed cities add to 2668.48亿, not 2905.8: 铁岭 and 阜新 are cut off and the provincial total includes the provincial level; not a split')
S.rel('growth', U, [F(CZ24, '79.82亿元'), F(CZ24, '-8.7%'), F(CZ24, '86.33亿元')], '辽阳 −8.7% is 2023 on 2022; 2023→2024 is the +8.2% (other period)')
S.rel('rate', U, [c_prov, c_pr] + gr_c['沈阳'][2:] + gr_c['大连'][2:], 'the provincial +5.5% includes provincial-level revenue and cities not listed: not rebuildable from the cities shown')

# ---- 大连 H1 2025 and full year 2025
h_gdp = F(DL1, '4647亿元'); h_1 = F(DL1, '216.9亿元'); h_2 = F(DL1, '1641.3亿元'); h_3 = F(DL1, '2788.8亿元'); h_r = F(DL1, '6%', pre='同比增长')
h_r1 = F(DL1, '4.5%'); h_r2 = F(DL1, '9.4%'); h_r3 = F(DL1, '4%', pre='(+', post=')'); h_gy = F(DL1, '12.5%'); h_gj = F(DL1, '20.1%')
h_gap = F(DL1, '7.6个百分点'); h_24 = F(DL1, '9516.9亿元'); h_gw = F(DL1, '483.1亿元'); h_wy = F(DL1, '万亿', pre='距离')
h_51 = F(DL1, '5.1%'); h_wy2 = F(DL1, '万亿', pre='即可突破'); h_h1 = F(DL1, '6%', pre='上半年增长'); h_q1 = F(DL1, '6.2%'); h_tgt = F(DL1, '5.5%')
d_gdp = F(DL2, '10002.1億元'); d_r = F(DL2, '5.7%'); d_24 = F(DL2, '9516.9億元'); d_wy = F(DL2, '萬(wàn)億元', pre='首個(gè)GDP突破')
sum_h1 = [h_1, h_2, h_3, h_gdp]
S.rel('sum', C, sum_h1, 'H1 2025: 216.9 + 1641.3 + 2788.8 = 4647.0 ≈ 4647亿')
sum_h2 = [h_gy, h_gap, h_gj]
S.rel('sum', C, sum_h2, 'high-tech 20.1% = industry 12.5% + 7.6 points')
sum_h3 = [h_24, h_gw, h_wy]
S.rel('sum', C, sum_h3, '2024 GDP 9516.9 + gap 483.1 = 10000亿 (万亿)')
S.rel('growth', C, [h_24, h_51, h_wy2], '10000 / 9516.9 − 1 = 5.08% → 5.1% is enough to pass 万亿 (the text\'s own reckoning at current prices)')
S.rel('rate', U, [h_1, h_r1, h_2, h_r2, h_3, h_r3, h_r], 'sector rates are real while the levels are at current prices: the 6% is not rebuildable from them')
S.rel('target', U, [h_tgt, h_h1], 'H1 growth 6% against the full-year goal 5.5%: other period')
S.rel('target', U, [h_tgt, h_q1], 'Q1 growth 6.2% against the full-year goal 5.5%: other period')
S.rel('target', M, [h_tgt, d_r], '2025 full-year goal 5.5% (H1 news) → 2025 result 5.7% (January 2026 news): met')
rs_d = [h_24, d_24]
S.rel('restatement', C, rs_d, '2024 GDP 9516.9亿 in both reports')
S.rel('growth', U, [d_24, d_gdp, d_r], '9516.9 → 10002.1 is +5.1% at current prices; 5.7% is at constant prices (按不變價格): nominal vs real')
S.rel('growth', U, [h_51, d_r], 'the "5.1% is enough" reckoning is at current prices; the 5.7% result is a real rate: not comparable')
S.rel('restatement', C, [d_gdp, d_wy], '10002.1億 is above 萬億 (突破萬億元)')

# ---- 吉林 grain 2019 and 2024
j_t1 = F(JL19, '775.6億斤', n=0); j_t2 = F(JL19, '775.6億斤', n=1); j_i1 = F(JL19, '49億斤', n=0); j_i2 = F(JL19, '49億斤', n=1)
j_r = F(JL19, '6.7%'); j_41 = F(JL19, '41.2%'); j_y = F(JL19, '916斤/畝'); j_yi = F(JL19, '51斤/畝'); j_yr = F(JL19, '5.9%')
j_gap = F(JL19, '153.33斤/畝'); j_gr = F(JL19, '20.1%'); j_700 = F(JL19, '700億斤')
S.rel('restatement', C, [j_t1, j_t2], '2019 output 775.6億斤 in the headline and the text')
rs_j2 = [j_i1, j_i2]
S.rel('restatement', C, rs_j2, 'increase 49億斤 in the headline and the text')
gr_j1 = [j_t2, j_i2, j_r]
S.rel('growth', C, gr_j1, '49 / (775.6 − 49) = +6.74% (6.67–6.81%) = 6.7%')
gr_j2 = [j_y, j_yi, j_yr]
S.rel('growth', C, gr_j2, 'yield 51 / (916 − 51) = +5.90% = 5.9%')
gr_j3 = [j_y, j_gap, j_gr]
S.rel('growth', C, gr_j3, 'yield above the national average: 153.33 / (916 − 153.33) = 20.10% = 20.1%')
S.rel('restatement', C, [j_t2, j_700], '775.6億斤 is above 700億斤 (連續7年突破700億斤)')
S.rel('share', U, [j_i2, j_41], '49億斤 = 41.2% of the national increase, which is not printed')
g_853 = F(JL24, '853.2億斤'); g_50 = F(JL24, '50萬畝'); g_38 = F(JL24, '38萬(wàn )畝')
S.rel('growth', U, [j_t2, g_853], '2019 775.6 → 2024 853.2億斤: five years apart and no rate stated; 再創歷史新高 only says it is a record')
S.rel('sum', U, [g_50, g_38], 'saline-land treatment 50萬畝 and new farmland 38萬畝 are separate results; neither is stated as a part of the other')

# ---- 大庆油田 2007
q_t = F(DQ07, '4100多万吨'); q_a = F(DQ07, '4169.8333万吨')
rs_q = [q_t, q_a]
S.rel('restatement', C, rs_q, 'headline 4100多万吨 and text 4169.8333万吨')
S.rel('target', CT, [q_a], '超额完成原油生产任务: the task is not printed')

# ---- further traps (same number or other indicator / period)
S.rel('restatement', U, [d_in, F(DQ, '1.7倍', n=1)], '增长1.7倍 twice: 1952 industrial output on 1949, and the 1960 pig plan on 1959: same number, other indicator and period')
S.rel('growth', U, [F(CZ24, '5.1%'), c_pr], 'GDP +5.1% and budget revenue +5.5%: other indicators')
S.rel('rate', U, [F(CZ24, '5.1%'), F(CZ24, '0.1个百分点')], '0.1 point above the national rate, which is not printed')
S.rel('growth', U, [j_r, j_yr], 'output +6.7% and yield +5.9% imply an area change of about +0.8%, which is not stated')
S.rel('growth', U, [F(DL1, '5.2%'), d_r], '2024 growth 5.2% and 2025 growth 5.7%: other period')
S.rel('growth', U, [k_407, F(K12, '430億斤')], '2012 estimate 突破430 against 2011 407.4億斤 (九連增): no rate stated; an estimate and a lower bound')
S.rel('growth', U, [y_r, F(YS21, '4.1%'), y_e, F(YS21, '6%', pre='可比口径增长')], 'revenue +4.1% and spending +6% (可比口径): other indicators; neither rebuildable from the printed levels')

# ---- altered copies
a = ALT(LIN, 1, l_q, '10 055亩', 'township afforestation 10 005 → 10 055')
S.rel('sum', I, R(a, sum_l1, l_q, '10 055亩'), 'altered: 11 685 + 10 055 = 21 740, not 21 690亩 (breaks {B})')
a = ALT(LIN, 2, l_g, '11 635亩', 'state afforestation 11 685 → 11 635')
S.rel('sum', I, R(a, sum_l1, l_g, '11 635亩'), 'altered: 11 635 + 10 005 = 21 640, not 21 690亩 (breaks {B})')
a = ALT(K12, 1, k_o, '130萬畝', 'other crops 180 → 130')
S.rel('sum', I, R(a, sum_k, k_o, '130萬畝'), 'altered: 4080 + 130 = 4210, not 4260萬畝 (breaks {B})')
a = ALT(K12, 2, k_407, '397.4億斤', '2011 output 407.4 → 397.4')
S.rel('restatement', I, R(a, rs_k, k_407, '397.4億斤'), 'altered: 2011 "突破400亿斤" but "去年…397.4億斤" (breaks {B})')
a = ALT(YS21, 1, y_f, '523.3亿元', 'stabilisation fund drawn 528.3 → 523.3')
S.rel('sum', I, R(a, sum_y1, y_f, '523.3亿元'), 'altered: receipts add to 8825.6, not 8830.6亿 (breaks {B})')
a = ALT(YS21, 2, y_rp, '1326.1亿元', 'debt repayment 1320.1 → 1326.1')
S.rel('sum', I, R(a, sum_y2, y_rp, '1326.1亿元'), 'altered: outlays add to 8836.6, not 8830.6亿 (breaks {B})')
a = ALT(CZ24, 1, gr_c['鞍山'][1], '178.2亿元', '鞍山 2024 revenue 172.2 → 178.2')
S.rel('growth', I, R(a, gr_c['鞍山'], gr_c['鞍山'][1], '178.2亿元'), 'altered: 178.2 / 160.38 = +11.1%, not 7.4% (breaks {B})')
a = ALT(CZ24, 2, gr_c['丹东'][2], '7.0%', '丹东 2024 growth 7.6% → 7.0%')
S.rel('growth', I, R(a, gr_c['丹东'], gr_c['丹东'][2], '7.0%'), 'altered: 80.35 / 74.67 = +7.61%, not 7.0% (breaks {B})')
a = ALT(DL1, 1, h_2, '1647.3亿元', 'secondary sector 1641.3 → 1647.3')
S.rel('sum', I, R(a, sum_h1, h_2, '1647.3亿元'), 'altered: 216.9 + 1647.3 + 2788.8 = 4653.0, not 4647亿 (breaks {B})')
a = ALT(DL1, 2, h_gw, '488.1亿元', 'gap to 万亿 483.1 → 488.1')
S.rel('sum', I, R(a, sum_h3, h_gw, '488.1亿元'), 'altered: 9516.9 + 488.1 = 10005, not 万亿 (breaks {B})')
a = ALT(DL1, 3, h_gap, '7.1个百分点', 'high-tech lead 7.6 → 7.1 points')
S.rel('sum', I, R(a, sum_h2, h_gap, '7.1个百分点'), 'altered: 12.5 + 7.1 = 19.6, not 20.1% (breaks {B})')
a = ALT(DL2, 1, d_24, '9576.9億元', '2024 GDP 9516.9 → 9576.9')
S.rel('restatement', I, R(a, rs_d, d_24, '9576.9億元'), 'altered: 2024 GDP 9516.9亿 in the H1 news but 9576.9億 here (breaks {B})')
a = ALT(JL19, 1, j_i2, '43億斤', 'increase in the text 49 → 43')
S.rel('growth', I, R(a, gr_j1, j_i2, '43億斤'), 'altered: 43 / 732.6 = +5.9%, not 6.7% (breaks {B})')
S.rel('restatement', I, R(a, rs_j2, j_i2, '43億斤'), 'altered: increase 49億斤 in the headline, 43億斤 in the text (breaks {B})')
a = ALT(JL19, 2, j_y, '946斤/畝', 'yield 916 → 946')
S.rel('growth', I, R(a, gr_j2, j_y, '946斤/畝'), 'altered: 51 / 895 = +5.7%, not 5.9% (breaks {B})')
S.rel('growth', I, R(a, gr_j3, j_y, '946斤/畝'), 'altered: 153.33 / 792.67 = 19.3%, not 20.1% (breaks {B})')
a = ALT(DQ07, 1, q_a, '4069.8333万吨', 'output 4169.8333 → 4069.8333')
S.rel('restatement', I, R(a, rs_q, q_a, '4069.8333万吨'), 'altered: headline 4100多万吨 but text 4069.8333万吨 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

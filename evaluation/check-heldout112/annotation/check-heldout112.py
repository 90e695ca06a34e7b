"""Check key, set check-heldout112. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout112.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout112'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

DL='dl_2000_hant.txt'; LSK='lsk_2023.txt'; JH='ln_2015jh.txt'; LG='ln_2015gdp.txt'; CC='cc_2024q1_hant.txt'; C5='cc_2005h1.txt'
PF='pf_2019.txt'; HH='hh_1999.txt'; DCF='dcf_2018.txt'; QD='qd_xjs1996.txt'; YY='yy_1993.txt'; WH='wh_2024.txt'; RC='rc_2020.txt'
YT='yt_2020.txt'; ZB='zb_2006_hant.txt'; DZ='dz_2025m10.txt'

# ---- 大连 2000 statistical bulletin (traditional)
d_g = F(DL, '1110.8'); d_p = [F(DL, '105.4'), F(DL, '517.1'), F(DL, '488.3')]; d_s = [F(DL, '9.5', post=':'), F(DL, '46.5'), F(DL, '44', pre=':')]
d_r = F(DL, '77.6'); d_rp = [F(DL, '34.25'), F(DL, '43.35')]; d_rr = F(DL, '14.2%'); d_rpr = [F(DL, '7.9%'), F(DL, '19.8%')]
sum_d1 = d_p + [d_g]; sh_d3 = [d_p[2], d_g, d_s[2]]; sum_d2 = d_rp + [d_r]; rate_d = [d_rp[0], d_rpr[0], d_rp[1], d_rpr[1], d_rr]
S.rel('sum', C, sum_d1, 'GDP: primary 105.4 + secondary 517.1 + tertiary 488.3 = 1110.8亿元')
S.rel('share', C, [d_p[0], d_g, d_s[0]], 'primary 105.4/1110.8 = 9.49% → 9.5')
S.rel('share', C, [d_p[1], d_g, d_s[1]], 'secondary 517.1/1110.8 = 46.552% (→ 46.6); with the inputs at their half units the lowest is 517.05/1110.85 = 46.545%, which rounds to 46.5: inside the allowance')
S.rel('share', C, sh_d3, 'tertiary 488.3/1110.8 = 43.96% → 44')
S.rel('sum', C, d_s, 'structure 9.5 + 46.5 + 44 = 100')
S.rel('sum', C, sum_d2, 'budget revenue: city level 34.25 + county/district level 43.35 = 77.60亿元')
S.rel('share', C, [F(DL, '72.3'), d_r, F(DL, '93.2%')], 'taxes 72.3/77.6 = 93.17% → 93.2')
S.rel('rate', C, rate_d, 'revenue growth from the two levels and their rates: 34.25/1.079 + 43.35/1.198 = 67.93 last year; 77.6/67.93 = +14.24% → 14.2 (range over half units 14.19–14.29)')
S.rel('target', M, [d_r, F(DL, '109.9%')], '2000 budget revenue 77.6亿 = 109.9% of the 2000 budget (year over): met')
S.rel('sum', U, [d_rp[0], d_rp[1], F(DL, '12.17'), d_r], 'development zones 12.17 are inside the county/district level 43.35 (“其中”): adding them to the split overlaps; not a sum')
S.rel('restatement', U, [F(DL, '20255元'), F(DL, '2447美元')], 'per-capita GDP 20255元 = 2447美元 “按年末匯率”: the exchange rate is not stated; not a check')
S.rel('restatement', U, [F(DL, '12.2%', n=0), F(DL, '12.2%', n=1)], 'spending +12.2% and deposits +12.2% (on the start of the year): same number, two indicators')
S.rel('share', U, [F(DL, '44.7'), F(DL, '95.1')], 'special-purpose spending 44.7 within total spending 95.1: no share is stated')
S.rel('growth', U, [F(DL, '1374.7'), F(DL, '1.6個百分點')], 'deposits +12.2%, “同比提高1.6個百分點”: last year’s growth rate is not stated')
S.rel('growth', U, [F(DL, '11%'), F(DL, '11.8%')], 'per-capita GDP +11% vs GDP +11.8%: the population change is not stated')
a = ALT(DL, 1, d_p[2], '458.3', 'tertiary value added 488.3 → 458.3')
S.rel('sum', I, R(a, sum_d1, d_p[2], '458.3'), 'altered: 105.4 + 517.1 + 458.3 = 1080.8, not 1110.8 (breaks {B})')
S.rel('share', I, R(a, sh_d3, d_p[2], '458.3'), 'altered: 458.3/1110.8 = 41.3%, not 44 (breaks {B})')
a = ALT(DL, 2, d_rp[1], '48.35', 'county/district revenue 43.35 → 48.35')
S.rel('sum', I, R(a, sum_d2, d_rp[1], '48.35'), 'altered: 34.25 + 48.35 = 82.60, not 77.6 (breaks {B})')
S.rel('rate', I, R(a, rate_d, d_rp[1], '48.35'), 'altered: 34.25/1.079 + 48.35/1.198 = 72.10 last year; 82.60/72.10 = +14.56%, not 14.2 (breaks {B})')

# ---- 旅顺口区 (大连) 2023 statistical bulletin
l_g = F(LSK, '302.1'); l_p = [F(LSK, '28.5'), F(LSK, '102.1'), F(LSK, '171.5')]
l_pop = F(LSK, '21.4万人'); l_b = F(LSK, '1020人'); l_d = F(LSK, '2661人'); l_br = F(LSK, '4.8‰'); l_dr = F(LSK, '12.4‰'); l_nr = F(LSK, '-7.7‰')
sum_l1 = l_p + [l_g]; sh_ld = [l_d, l_pop, l_dr]; sh_ln = [l_b, l_d, l_pop, l_nr]
S.rel('sum', C, sum_l1, 'GDP: 28.5 + 102.1 + 171.5 = 302.1亿元')
S.rel('share', C, [F(LSK, '20.7亿元'), F(LSK, '25.0亿元'), F(LSK, '82.9%')], 'livelihood spending 20.7/25.0 = 82.8%; stated 82.9 is inside the half units (20.75/24.95 = 83.2%)')
S.rel('share', C, [l_b, l_pop, l_br], 'birth rate 1020/21.4万 = 4.77‰ → 4.8 (on the stated year-end 户籍 population; the mean population is not given, the difference is inside the rounding)')
S.rel('share', C, sh_ld, 'death rate 2661/21.4万 = 12.43‰ → 12.4')
S.rel('share', C, sh_ln, 'natural growth (1020 − 2661)/21.4万 = −7.67‰ → −7.7')
S.rel('share', U, [l_g, l_pop, F(LSK, '8.5万元')], 'per-capita GDP 8.5万 is on the 2020 census resident population (not stated); 302.1亿/21.4万 户籍 = 14.1万 is not the check')
S.rel('sum', U, [F(LSK, '1262户'), F(LSK, '4012户'), F(LSK, '5279户')], 'new entities 1262 firms + 4012 individual businesses = 5274 of 5279: other types (cooperatives) are not listed; not a split')
S.rel('sum', U, [F(LSK, '7.7亿元'), F(LSK, '3亿元'), F(LSK, '1.2亿元'), F(LSK, '0.9亿元'), F(LSK, '20.7亿元')], 'four 其中 items 7.7 + 3 + 1.2 + 0.9 = 12.8 of livelihood spending 20.7: a partial list')
S.rel('growth', U, [F(LSK, '45.8%'), F(LSK, '12.9亿元'), F(LSK, '28.7%')], 'revenue −45.8% while tax revenue 12.9 +28.7%: non-tax revenue and last year’s levels are not stated; no relation')
S.rel('sum', U, [l_pop, F(LSK, '0.1万人'), l_b, l_d], '户籍 population +0.1万 while births − deaths = −1641: migration is not stated; not a sum')
a = ALT(LSK, 1, l_p[1], '108.1', 'secondary value added 102.1 → 108.1')
S.rel('sum', I, R(a, sum_l1, l_p[1], '108.1'), 'altered: 28.5 + 108.1 + 171.5 = 308.1, not 302.1 (breaks {B})')
a = ALT(LSK, 2, l_d, '2961人', 'deaths 2661 → 2961')
S.rel('share', I, R(a, sh_ld, l_d, '2961人'), 'altered: 2961/21.4万 = 13.8‰, not 12.4 (breaks {B})')
S.rel('share', I, R(a, sh_ln, l_d, '2961人'), 'altered: (1020 − 2961)/21.4万 = −9.1‰, not −7.7 (breaks {B})')

# ---- 辽宁 2015: targets (work report, Jan 2015) and the 2015 result (news, Jan 2016): cross-document pair
t_g = F(JH, '6%左右', pre='地区生产总值增长'); t_inv = F(JH, '6%左右', pre='固定资产投资增长'); t_cpi = F(JH, '3%左右')
g_15 = F(LG, '3.0%'); g_15b = F(LG, '3%', pre='比上年增长'); g_14 = F(LG, '5.8%'); g_cn = F(LG, '6.9%', n=0); g_cn2 = F(LG, '6.9%', n=1)
rs_g = [g_15, g_15b]; rs_cn = [g_cn, g_cn2]
S.rel('restatement', U, [t_g, t_inv], 'GDP target 6%左右 and investment target 6%左右: same number, two indicators')
S.rel('restatement', C, rs_g, '辽宁 2015 GDP +3.0% restated as +3%')
S.rel('restatement', C, rs_cn, 'national 2015 GDP +6.9% restated (“低于中国平均水平的6.9%”)')
S.rel('restatement', C, [F(LG, '7兆元', n=0), F(LG, '7万亿')], '广东、江苏 “首次迈入7兆元大关” = “7万亿大关” (兆 = 万亿 in Taiwan usage)')
S.rel('sum', C, [F(LG, '25地'), F(LG, '6地'), F(LG, '31省区')], 'provinces above 1万亿 25 + below 6 = 31')
S.rel('restatement', U, [g_15, g_14], '辽宁 2015 +3.0% vs 2014 +5.8%: other years, no relation stated')
S.rel('growth', U, [F(LG, '67.67兆元'), g_cn], 'national 2015 GDP 67.67兆, +6.9% at comparable prices: the 2014 level is not stated (and the rate is real)')
S.rel('target', MS, [t_g, g_15], '辽宁 2015 GDP target 增长6%左右 (met at ≥ 5.5) vs the 2015 result +3.0%: missed (cross-document)')
S.rel('target', U, [t_g, g_14], '2015 GDP target vs 2014 result +5.8%: another year')
S.rel('target', U, [t_g, g_cn2], '辽宁 2015 GDP target vs national 2015 growth 6.9%: another place')
S.rel('target', U, [t_g, F(LG, '8.5%')], '辽宁 2015 GDP target vs 江苏 2015 growth 8.5%: another place')
S.rel('target', U, [t_cpi, g_15b], 'CPI target 3%左右 vs GDP result +3%: another indicator')
a = ALT(LG, 1, g_15, '3.6%', '辽宁 2015 growth 3.0% → 3.6% (first mention)')
S.rel('restatement', I, R(a, rs_g, g_15, '3.6%'), 'altered: 3.6% vs 3% (3% allows 2.5–3.5): the restatement breaks (breaks {B})')
a = ALT(LG, 2, g_cn2, '6.3%', 'national average 6.9% → 6.3% (second mention)')
S.rel('restatement', I, R(a, rs_cn, g_cn2, '6.3%'), 'altered: national growth 6.9% and 6.3% in the same text (breaks {B})')

# ---- 长春 Q1 2024 (长春日报, traditional)
c_g = F(CC, '1534.4'); c_p = [F(CC, '52.9'), F(CC, '539.4'), F(CC, '942.1')]; c_s = [F(CC, '3.4', pre='爲'), F(CC, '35.2'), F(CC, '61.4')]
c_l = [F(CC, '4.4', pre='的'), F(CC, '36.2'), F(CC, '59.4')]
sum_c1 = c_p + [c_g]; sh_c2 = [c_p[1], c_g, c_s[1]]; sh_c3 = [c_p[2], c_g, c_s[2]]
S.rel('sum', C, sum_c1, 'GDP: 52.9 + 539.4 + 942.1 = 1534.4亿元')
S.rel('share', C, [c_p[0], c_g, c_s[0]], 'primary 52.9/1534.4 = 3.45% → 3.4')
S.rel('share', C, sh_c2, 'secondary 539.4/1534.4 = 35.15% → 35.2')
S.rel('share', C, sh_c3, 'tertiary 942.1/1534.4 = 61.40% → 61.4')
S.rel('sum', C, c_s, 'structure 3.4 + 35.2 + 61.4 = 100')
S.rel('sum', C, c_l, 'same period last year 4.4 + 36.2 + 59.4 = 100')
S.rel('restatement', C, [F(CC, '7.1%', n=0), F(CC, '7.1%', n=1)], 'headline “全市GDP同比增長7.1%” restates the body +7.1%')
S.rel('growth', U, [c_l[2], c_s[2], F(CC, '2個百分點')], 'tertiary share “比上年全年提高2個百分點”: the full-year 2023 share is not stated; 59.4 → 61.4 is against the same quarter, another base')
S.rel('restatement', U, [F(CC, '3.1%', n=1), F(CC, '3.1%', n=2)], 'farming value added +3.1% and gross output +3.1%: same number, two indicators')
S.rel('rate', U, [F(CC, '3.1%', n=0), F(CC, '11.7%'), F(CC, '4.8%'), c_l[0], c_l[1], c_l[2], F(CC, '7.1%', n=1)], 'GDP +7.1% from sector rates: the weights (last year’s levels at constant prices) are not stated; the same-quarter structure at current prices gives 7.2, which is no check')
S.rel('growth', U, [F(CC, '3%', pre='畜牧業產值增長'), F(CC, '3.3%'), F(CC, '5.1%'), F(CC, '3.7%')], 'livestock output +3% vs pigs/cattle/sheep slaughter +3.3/5.1/3.7%: volumes and weights not stated; no relation')
a = ALT(CC, 1, c_p[1], '589.4', 'secondary value added 539.4 → 589.4')
S.rel('sum', I, R(a, sum_c1, c_p[1], '589.4'), 'altered: 52.9 + 589.4 + 942.1 = 1584.4, not 1534.4 (breaks {B})')
S.rel('share', I, R(a, sh_c2, c_p[1], '589.4'), 'altered: 589.4/1534.4 = 38.4%, not 35.2 (breaks {B})')
a = ALT(CC, 2, c_s[2], '64.4', 'tertiary share 61.4 → 64.4')
S.rel('share', I, R(a, sh_c3, c_s[2], '64.4'), 'altered: 942.1/1534.4 = 61.4%, not 64.4 (breaks {B})')
S.rel('sum', I, R(a, c_s, c_s[2], '64.4'), 'altered: 3.4 + 35.2 + 64.4 = 103 (breaks {B})')

# ---- 长春 H1 2005 industry (市发改委 site)
k_o = F(C5, '1032.5亿元'); k_n = F(C5, '526亿元'); sh_k = [k_n, k_o, F(C5, '51%')]
S.rel('share', C, sh_k, '新产品产值率 = new-product output 526/1032.5 = 50.94% → 51')
S.rel('share', U, [F(C5, '883.1亿元'), k_o, F(C5, '95.4%')], '产品销售率 95.4% is 销售产值/总产值; sales revenue 883.1/1032.5 = 85.5% is another indicator; no check')
S.rel('share', U, [F(C5, '798.5亿元'), k_o, F(C5, '80.6%')], '30 key firms: contribution to growth 80.6% is not their share of output (798.5/1032.5 = 77.3%)')
S.rel('sum', U, [F(C5, '962亿元'), F(C5, '798.5亿元'), k_o], 'six key industries 962 and 30 key firms 798.5 overlap; neither is a split of 1032.5')
S.rel('sum', U, [F(C5, '119个'), F(C5, '25个'), F(C5, '82项')], 'projects started 119 (of 151), 25 (of 30) and 82 (of 113): overlapping lists, no total stated')
a = ALT(C5, 1, k_n, '556亿元', 'new-product output 526 → 556')
S.rel('share', I, R(a, sh_k, k_n, '556亿元'), 'altered: 556/1032.5 = 53.8%, not 51 (breaks {B})')

# ---- 哈尔滨 平房区 2020 work report (2019 review): traps only
S.rel('growth', U, [F(PF, '26.3%'), F(PF, '10%以上', n=0)], 'industry value added Jan–Nov +26.3% vs 规上 industry +10%以上 (year): other period and scope')
S.rel('share', U, [F(PF, '60.8%'), F(PF, '55%')], 'industrial projects 60.8% of all projects and 55% of investment: two bases, neither total stated')
S.rel('growth', U, [F(PF, '18.1亿元'), F(PF, '10%', pre='可比口径增长')], 'revenue 18.1亿, +10% on a comparable basis: last year’s revenue is not stated')
S.rel('restatement', U, [F(PF, '10%以上', n=1), F(PF, '10%以上', n=2)], 'fixed investment +10%以上 and trade +10%以上: same number, two indicators')

# ---- 黑河市 1999 (yearbook entry)
S.rel('share', I, [F(HH, '1883万亩'), F(HH, '168.3万'), F(HH, '11.3亩')], 'REAL ERROR in the original (judgement call): per-capita farmland 1883万亩/168.3万 = 11.19 亩 (11.18–11.20 over the half units), stated 11.3; the text gives no other population (11.3 implies ≈166.6万, perhaps another date)')
S.rel('share', U, [F(HH, '4220万亩'), F(HH, '68,726平方公里'), F(HH, '58.5%')], 'forest cover 58.5%: 有林地 4220万亩 over 68726km² is 40.9%; 覆被率 counts more than 有林地 (shrub land etc.), not stated; no check')
S.rel('share', U, [F(HH, '2.7倍')], 'water per head 2.7 times the national figure: neither is stated')

# ---- 聊城市东昌府区 2019 work report (2018 review)
e_sh = [F(DCF, '30.2'), F(DCF, '36.8亿元'), F(DCF, '82.1%')]
S.rel('share', C, e_sh, 'tax 30.2/36.8 = 82.07% → 82.1')
S.rel('share', U, [F(DCF, '28亿元'), F(DCF, '46.7%')], '技改投入 28亿 = 46.7% of industrial investment, which is not stated')
S.rel('share', U, [F(DCF, '28336元'), F(DCF, '13632元')], 'urban 28336 vs rural 13632 yuan: no ratio stated')
a = ALT(DCF, 1, e_sh[0], '32.2', 'tax revenue 30.2 → 32.2')
S.rel('share', I, R(a, e_sh, e_sh[0], '32.2'), 'altered: 32.2/36.8 = 87.5%, not 82.1 (breaks {B})')

# ---- 青岛 county-level city 1996 overview (山东省情网)
S.rel('sum', I, [F(QD, '34.1'), F(QD, '21亿元'), F(QD, '18.4亿元'), F(QD, '76.7')], 'REAL ERROR in the original: primary 34.1 + secondary 21 + tertiary 18.4 = 73.5, the text says GDP 76.7 (3.2 off, far beyond the half units)')
S.rel('share', U, [F(QD, '37.7%'), F(QD, '28.6亿元')], 'livestock 37.7% of farm output 28.6亿: the livestock value is not stated')
S.rel('share', U, [F(QD, '6900万元'), F(QD, '5.91亿元'), F(QD, '51.4%')], 'three products’ 利税 6900万 = 51.4% of 市属 industry 利税 (not stated); the 5.91亿 is the whole city’s (11.7%): other scope')
S.rel('restatement', U, [F(QD, '28.6亿元'), F(QD, '34.1')], 'farm gross output 28.6 below primary value added 34.1: different price bases/scopes (gross output probably at constant prices); no relation')

# ---- 沂源县 (淄博) 1993 overview
y_t = F(YY, '13亿元'); y_p = [F(YY, '6.2亿元'), F(YY, '6.8亿元')]; y_r = [F(YY, '38.6%'), F(YY, '82.7%')]; y_tr = F(YY, '58.5%')
sum_y = y_p + [y_t]; rate_y = [y_p[0], y_r[0], y_p[1], y_r[1], y_tr]
S.rel('sum', C, sum_y, 'industrial output (1990 prices): county-owned 6.2 + township 6.8 = 13亿元')
S.rel('rate', C, rate_y, 'total growth from the parts (both at 1990 prices): 6.2/1.386 + 6.8/1.827 = 8.20 last year; 13.0/8.20 = +58.6%; over the half units 58.4–58.8, stated 58.5 inside')
S.rel('sum', U, [y_p[0], y_p[1], F(YY, '4000万元'), y_t], 'private industry 4000万 on top of 6.2 + 6.8 gives 13.4 ≠ 13: it is inside the township figure; overlapping scopes')
S.rel('sum', U, [F(YY, '5.02亿元'), y_t, F(YY, '8.43亿元')], 'farm output 5.02 + industrial output 13 = 18.02 > GDP 8.43: gross output vs value added; no relation')
S.rel('growth', U, [F(YY, '15.2万吨'), F(YY, '15%'), F(YY, '2.7%')], 'grain +15% while farm output (1990 prices) +2.7%: grain is one product of several, weights not stated; no relation')
a = ALT(YY, 1, y_p[1], '6.0亿元', 'township industrial output 6.8 → 6.0')
S.rel('sum', I, R(a, sum_y, y_p[1], '6.0亿元'), 'altered: 6.2 + 6.0 = 12.2, not 13 (breaks {B})')
S.rel('rate', I, R(a, rate_y, y_p[1], '6.0亿元'), 'altered: the parts 6.2 + 6.0 = 12.2 on 6.2/1.386 + 6.0/1.827 = 7.76 give +57.3% (57.0–57.5 over the half units), not 58.5 (breaks {B})')
a = ALT(YY, 2, y_r[0], '33.6%', 'county-owned industry growth 38.6 → 33.6')
S.rel('rate', I, R(a, rate_y, y_r[0], '33.6%'), 'altered: 13.0/(6.2/1.336 + 6.8/1.827) = +55.5%, not 58.5 (breaks {B})')

# ---- 威海市 2024 statistical bulletin
w_g = F(WH, '3728.62'); w_p = [F(WH, '347.42'), F(WH, '1379.75'), F(WH, '2001.45')]; w_s = [F(WH, '9.3'), F(WH, '37.0'), F(WH, '53.7')]
w_gr = [F(WH, '29.08'), F(WH, '47.36'), F(WH, '76.45')]
sum_w1 = w_p + [w_g]; sh_w2 = [w_p[1], w_g, w_s[1]]
S.rel('sum', C, sum_w1, 'GDP: 347.42 + 1379.75 + 2001.45 = 3728.62亿元')
S.rel('share', C, [w_p[0], w_g, w_s[0]], 'primary 347.42/3728.62 = 9.32% → 9.3')
S.rel('share', C, sh_w2, 'secondary 1379.75/3728.62 = 37.00% → 37.0')
S.rel('share', C, [w_p[2], w_g, w_s[2]], 'tertiary 2001.45/3728.62 = 53.68% → 53.7')
S.rel('sum', C, w_s, 'structure 9.3 + 37.0 + 53.7 = 100')
S.rel('sum', C, w_gr, 'grain: summer 29.08 + autumn 47.36 = 76.44 ≈ 76.45万吨 (inside the half units)')
S.rel('sum', C, [w_p[0], F(WH, '19.01'), F(WH, '366.43')], 'farming value added 366.43 = primary industry 347.42 + support activities 19.01 (第一产业 excludes the support services by definition); exact')
S.rel('share', U, [F(WH, '5.34万户'), F(WH, '46.21万户')], 'newly registered 5.34万 (a flow) within the year-end stock 46.21万: no share stated')
S.rel('rate', U, [F(WH, '0.5%'), F(WH, '3.9%', n=1), F(WH, '2.9%')], 'CPI −0.5% from eight category rates: the weights are not stated')
S.rel('share', U, [F(WH, '115.06万吨'), F(WH, '130.74万吨')], 'apples 115.06 within fruit 130.74: no share stated')
S.rel('restatement', U, [F(WH, '3.9%', n=0), F(WH, '3.9%', n=1)], 'primary industry +3.9% and “other goods and services” prices +3.9%: same number, two indicators')
a = ALT(WH, 1, w_p[1], '1319.75', 'secondary value added 1379.75 → 1319.75')
S.rel('sum', I, R(a, sum_w1, w_p[1], '1319.75'), 'altered: 347.42 + 1319.75 + 2001.45 = 3668.62, not 3728.62 (breaks {B})')
S.rel('share', I, R(a, sh_w2, w_p[1], '1319.75'), 'altered: 1319.75/3728.62 = 35.4%, not 37.0 (breaks {B})')
a = ALT(WH, 2, w_gr[0], '26.08', 'summer grain 29.08 → 26.08')
S.rel('sum', I, R(a, w_gr, w_gr[0], '26.08'), 'altered: 26.08 + 47.36 = 73.44, not 76.45 (breaks {B})')

# ---- 荣成市 (威海) 2020 statistical bulletin
r_g = F(RC, '943.2'); r_p = [F(RC, '135.2'), F(RC, '299.0'), F(RC, '509.0')]; r_s = [F(RC, '14.3'), F(RC, '31.7'), F(RC, '54.0')]
r_q = [F(RC, '11个'), F(RC, '31个'), F(RC, '41个'), F(RC, '83个')]
sum_r1 = r_p + [r_g]; sh_r2 = [r_p[1], r_g, r_s[1]]
S.rel('sum', C, sum_r1, 'GDP: 135.2 + 299.0 + 509.0 = 943.2亿元')
S.rel('share', C, [r_p[0], r_g, r_s[0]], 'primary 135.2/943.2 = 14.33% → 14.3')
S.rel('share', C, sh_r2, 'secondary 299.0/943.2 = 31.70% → 31.7')
S.rel('share', C, [r_p[2], r_g, r_s[2]], 'tertiary 509.0/943.2 = 53.97% → 54.0')
S.rel('sum', C, r_s, 'structure 14.3 + 31.7 + 54.0 = 100')
S.rel('sum', C, r_q, '“三品” certificates: 11 + 31 + 41 = 83')
S.rel('share', U, [F(RC, '7.4亿千瓦时'), F(RC, '65.0%')], 'new-energy power 7.4亿kWh = 65.0% of generation, which is not stated')
S.rel('share', U, [F(RC, '12959户'), F(RC, '78486户')], 'newly registered 12959 (a flow) within the year-end stock 78486: no share stated')
S.rel('share', U, [F(RC, '2931人'), F(RC, '7906人'), F(RC, '3.66%')], 're-employed 2931 within new jobs 7906; the unemployment rate 3.66% has another base (labour force not stated)')
a = ALT(RC, 1, r_p[1], '289.0', 'secondary value added 299.0 → 289.0')
S.rel('sum', I, R(a, sum_r1, r_p[1], '289.0'), 'altered: 135.2 + 289.0 + 509.0 = 933.2, not 943.2 (breaks {B})')
S.rel('share', I, R(a, sh_r2, r_p[1], '289.0'), 'altered: 289.0/943.2 = 30.6%, not 31.7 (breaks {B})')
a = ALT(RC, 2, r_q[2], '47个', 'organic-product certificates 41 → 47')
S.rel('sum', I, R(a, r_q, r_q[2], '47个'), 'altered: 11 + 31 + 47 = 89, not 83 (breaks {B})')

# ---- 烟台市 2020 statistical bulletin
o_g = F(YT, '7816.42'); o_p = [F(YT, '572.74'), F(YT, '3192.39'), F(YT, '4051.29')]; o_s = [F(YT, '7.3', post=':'), F(YT, '40.8'), F(YT, '51.9')]
sum_o1 = o_p + [o_g]; sh_o2 = [o_p[1], o_g, o_s[1]]; rs_o = [F(YT, '2.5%', pre='上涨'), F(YT, '2.5', pre='居民消费价格 | ')]
S.rel('sum', C, sum_o1, 'GDP: 572.74 + 3192.39 + 4051.29 = 7816.42亿元')
S.rel('share', C, [o_p[0], o_g, o_s[0]], 'primary 572.74/7816.42 = 7.33% → 7.3')
S.rel('share', C, sh_o2, 'secondary 3192.39/7816.42 = 40.84% → 40.8')
S.rel('share', I, [o_p[2], o_g, o_s[2]], 'REAL ERROR in the original (judgement call): tertiary 4051.29/7816.42 = 51.83% → 51.8, stated 51.9; with two-decimal inputs no rounding reaches 51.85. The stated structure adds to 100 (keyed consistent): the bureau evidently forced the total')
S.rel('sum', C, o_s, 'structure 7.3 + 40.8 + 51.9 = 100.0 (the sum holds; the 51.9 share itself does not, see the share relation)')
S.rel('restatement', C, rs_o, 'CPI +2.5% in the text and 2.5 in table 1')
S.rel('restatement', U, [rs_o[1], F(YT, '2.5', pre='衣着 | ')], 'CPI 2.5 and clothing 2.5 in the same table: same number, two indicators')
S.rel('restatement', U, [F(YT, '2.5%', pre='失业率为'), rs_o[0]], 'registered unemployment 2.5% and CPI +2.5%: same number, two indicators')
S.rel('rate', U, [F(YT, '3.5%'), F(YT, '0.7%'), rs_o[0]], 'CPI +2.5% from goods +3.5% and services +0.7%: the weights are not stated')
a = ALT(YT, 1, o_p[1], '3132.39', 'secondary value added 3192.39 → 3132.39')
S.rel('sum', I, R(a, sum_o1, o_p[1], '3132.39'), 'altered: 572.74 + 3132.39 + 4051.29 = 7756.42, not 7816.42 (breaks {B})')
S.rel('share', I, R(a, sh_o2, o_p[1], '3132.39'), 'altered: 3132.39/7816.42 = 40.1%, not 40.8 (breaks {B})')
a = ALT(YT, 2, rs_o[1], '2.9', 'CPI in table 1: 2.5 → 2.9')
S.rel('restatement', I, R(a, rs_o, rs_o[1], '2.9'), 'altered: CPI +2.5% in the text, 2.9 in the table (breaks {B})')

# ---- 淄博市 2006 statistical bulletin (traditional)
z_g = F(ZB, '1645.16'); z_p = [F(ZB, '62.72'), F(ZB, '1079.06'), F(ZB, '503.38')]; z_s = [F(ZB, '3.81'), F(ZB, '65.59'), F(ZB, '30.60')]
z_l = [F(ZB, '4.19'), F(ZB, '66.80'), F(ZB, '29.01')]
sum_z1 = z_p + [z_g]; sh_z1 = [z_p[0], z_g, z_s[0]]; sh_z3 = [z_p[2], z_g, z_s[2]]
S.rel('sum', C, sum_z1, 'GDP: 62.72 + 1079.06 + 503.38 = 1645.16亿元')
S.rel('share', C, sh_z1, 'primary 62.72/1645.16 = 3.812% → 3.81')
S.rel('share', C, [z_p[1], z_g, z_s[1]], 'secondary 1079.06/1645.16 = 65.590% → 65.59')
S.rel('share', C, sh_z3, 'tertiary 503.38/1645.16 = 30.598% → 30.60')
S.rel('sum', C, z_s, '2006 structure 3.81 + 65.59 + 30.60 = 100.00')
S.rel('sum', C, z_l, '2005 structure 4.19 + 66.80 + 29.01 = 100.00')
S.rel('growth', U, [z_l[1], z_s[1], F(ZB, '15.8%')], 'secondary grew 15.8% like GDP yet its share fell 66.80 → 65.59: shares are at current prices, rates at comparable prices; no relation')
S.rel('restatement', U, [F(ZB, '15.8 %'), F(ZB, '15.8%')], 'GDP +15.8% and secondary +15.8%: same number, two indicators')
a = ALT(ZB, 1, z_p[0], '68.72', 'primary value added 62.72 → 68.72')
S.rel('sum', I, R(a, sum_z1, z_p[0], '68.72'), 'altered: 68.72 + 1079.06 + 503.38 = 1651.16, not 1645.16 (breaks {B})')
S.rel('share', I, R(a, sh_z1, z_p[0], '68.72'), 'altered: 68.72/1645.16 = 4.18%, not 3.81 (breaks {B})')
a = ALT(ZB, 2, z_s[2], '33.60', 'tertiary share 30.60 → 33.60')
S.rel('share', I, R(a, sh_z3, z_s[2], '33.60'), 'altered: 503.38/1645.16 = 30.60%, not 33.60 (breaks {B})')
S.rel('sum', I, R(a, z_s, z_s[2], '33.60'), 'altered: 3.81 + 65.59 + 33.60 = 103.00 (breaks {B})')

# ---- 德州市 fiscal revenue and spending, Jan–Oct 2025
q_t = [F(DZ, '149.1亿元'), F(DZ, '239.5亿元'), F(DZ, '62.2%')]; q_m = [F(DZ, '375.4亿元'), F(DZ, '457.4亿元'), F(DZ, '82.1%')]
S.rel('share', C, q_t, 'tax 149.1/239.5 = 62.25% (→ 62.3); over the half units 62.22–62.29, so 62.2 is inside the allowance')
S.rel('share', C, q_m, 'livelihood spending 375.4/457.4 = 82.07% → 82.1')
S.rel('sum', U, [F(DZ, '86.9亿元'), F(DZ, '106亿元'), F(DZ, '49.1亿元', pre='卫生健康支出'), q_m[0]], 'education 86.9 + social security 106 + health 49.1 = 242 of livelihood spending 375.4: a partial list (“主要支出领域中”)')
S.rel('restatement', U, [F(DZ, '0.6%', n=0), F(DZ, '0.6%', n=1)], 'tax +0.6% and education spending +0.6%: same number, two indicators')
S.rel('growth', U, [F(DZ, '2.6%'), F(DZ, '0.6%', n=0)], 'revenue +2.6% with tax +0.6%: non-tax revenue growth and last year’s levels are not stated; no check')
a = ALT(DZ, 1, q_t[0], '144.1亿元', 'tax revenue 149.1 → 144.1')
S.rel('share', I, R(a, q_t, q_t[0], '144.1亿元'), 'altered: 144.1/239.5 = 60.2%, not 62.2 (breaks {B})')
a = ALT(DZ, 2, q_m[0], '345.4亿元', 'livelihood spending 375.4 → 345.4')
S.rel('share', I, R(a, q_m, q_m[0], '345.4亿元'), 'altered: 345.4/457.4 = 75.5%, not 82.1 (breaks {B})')

# ---- cross-document traps (other place / year)
S.rel('share', U, [r_g, w_g], '荣成 2020 GDP 943.2 vs 威海 2024 GDP 3728.62: 荣成 is in 威海 but the years differ; no share')
S.rel('share', U, [l_g, d_g], '旅顺口区 2023 GDP 302.1 vs 大连 2000 GDP 1110.8: part of 大连, other year')
S.rel('share', U, [F(YY, '8.43亿元'), z_g], '沂源县 1993 GDP 8.43 vs 淄博 2006 GDP 1645.16: part of 淄博, other year')
S.rel('restatement', U, [q_t[2], e_sh[2]], '德州 Jan–Oct 2025 tax share 62.2% vs 东昌府区 2018 tax share 82.1%: other place and period')
S.rel('growth', U, [F(C5, '19.9%'), F(CC, '11.7%')], '长春 H1 2005 industrial output +19.9% vs Q1 2024 secondary industry +11.7%: other periods and indicators')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

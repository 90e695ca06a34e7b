"""Check key, set check-heldout129. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout129.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout129'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

PL='pl_2007q3.txt'; J15='sx_jt2015.txt'; J16='sx_jt2016.txt'; T24='sx_2024t.txt'; XB='xb_2024.txt'; W14='sx_14w.txt'
NX='nx_gr2022_hant.txt'; NA='nx_ag2024q3.txt'; N49='nx_gr1949.txt'; YC='yc_2015_hant.txt'; WL='wlmq_2022_hant.txt'
XJ='xj_2021q3.txt'; HX='hx_10y.txt'; YL='yl_2021.txt'; NH='nx_health2007.txt'

# ---- 平利县 Jan-Sep 2007
pl_t = F(PL, '8.1350亿元'); pl_p = [F(PL, '3.3360亿元'), F(PL, '2.2510亿元'), F(PL, '2.5480亿元')]
sum_pl = pl_p + [pl_t]; pl_gr = F(PL, '9.4万吨'); pl_grp = F(PL, '110.6%'); tg_pl = [pl_gr, pl_grp]
S.rel('sum', C, sum_pl, '平利县 Jan–Sep 2007: 3.3360 + 2.2510 + 2.5480 = 8.1350')
pl_fa = F(PL, '3.336亿元'); rs_pl = [pl_p[0], pl_fa]
S.rel('restatement', C, rs_pl, 'primary value added 3.3360 restated in the farm section as “实现增加值3.336亿元”')
S.rel('restatement', C, [F(PL, '9.9%', n=0), F(PL, '9.9%', n=1)], 'primary growth 9.9% restated in the farm section (same indicator, same period)')
S.rel('target', CT, [pl_t, F(PL, '67.79%')], 'GDP to September is 67.79% of the year’s plan (年初计划, not stated as a level): the year is not over')
S.rel('target', M, tg_pl, 'grain for the year 9.4万吨 “完成年计划的110.6%”: met')
S.rel('target', M, [F(PL, '8447吨'), F(PL, '108.4%')], 'oilseeds 8447吨 “完成年计划的108.4%”: met')
S.rel('target', M, [F(PL, '13415亩'), F(PL, '1.6%')], '绞股蓝 area 13415亩 “超年计划1.6%” (plan about 13204亩): met')
S.rel('share', I, [F(PL, '3.3亿元'), F(PL, '4.1亿元'), F(PL, '84.2%')], 'REAL ERROR in the original: 产品销售率 = sales 3.3 / output 4.1 = 80.5% (78.3–82.7 with the half units), not 84.2%')
S.rel('rate', U, [F(PL, '14.9%')] + pl_p + [F(PL, '9.9%', n=0), F(PL, '18.3%'), F(PL, '18.6%')], 'GDP +14.9% from the sector rates: the levels are at current prices and the rates at comparable prices, so last year’s levels cannot be rebuilt from them (doing so gives 14.8): nominal vs real')
S.rel('sum', U, [F(PL, '1.7亿元'), F(PL, '1.3亿元')], '规上 value added 1.3 within industry 1.7: the non-规上 part is not stated; not a split')
S.rel('growth', U, [F(PL, '43.9%'), F(PL, '30.8%')], '规上 output +43.9% vs value added +30.8%: different indicators (current-price output vs comparable-price value added)')

# ---- 陕西 transport 2015 and 2016
j_t = F(J15, '1800公里', n=0); j_b = F(J15, '1800公里', n=1)
j_h1 = F(J15, '265亿元', n=1); j_pl = F(J15, '450亿元'); j_s = F(J15, '58.8%')
sum_j15 = [F(J15, '2460亿元'), F(J15, '1240亿元'), F(J15, '100亿元'), F(J15, '3800亿元')]; sh_j15 = [j_h1, j_pl, j_s]
S.rel('restatement', C, [j_t, j_b], 'headline 1800公里 restates “新增高速公路约1800公里”')
S.rel('restatement', C, [F(J15, '265亿元', n=0), j_h1], 'H1 road investment 265 stated twice')
S.rel('restatement', C, [F(J15, '550亿元', n=0), F(J15, '550亿元', n=1)], 'the raised annual total 550 stated twice')
S.rel('sum', C, sum_j15, '十二五 transport investment: 2460 + 1240 + 100 = 3800 (约3800)')
S.rel('share', C, sh_j15, 'H1 265 / original plan 450 = 58.89%; with the half units 58.71–59.07, which reaches 58.8')
S.rel('share', U, [j_h1, F(J15, '550亿元', n=1), j_s], '58.8% is of the original plan 450; against the raised 550 it would be 48.2%: other base')
S.rel('target', CT, [j_h1, j_s], 'H1 265 = 58.8% of the annual plan: the year is not over')
S.rel('growth', U, [F(J15, '3800亿元'), F(J15, '38%')], '3800 “较十一五期增长约38%”: the 十一五 total is not stated')
S.rel('growth', U, [F(J15, '600公里'), F(J15, '4900公里')], 'railways +600 km to 4900 km: the 2010 length is not stated')
g_lead = F(J16, '350亿元', n=0); k_lead = F(J16, '5237公里', n=0); k_body = F(J16, '5237公里', n=1)
r16a = [g_lead, F(J16, '350亿元', n=1)]; r16b = [F(J16, '144公里', n=0), F(J16, '144公里', n=1), F(J16, '144公里', n=2)]
S.rel('restatement', C, r16a, '2016 plan: lead 约350 restates the body 约350')
S.rel('restatement', C, [k_lead, k_body], 'year-end expressway length 5237 in the lead and the body')
S.rel('restatement', C, r16b, 'new expressway 144 km stated three times')
S.rel('target', M, [F(J15, '5000公里'), k_body, r16b[1]], 'cross-document: 十二五 goal “高速公路通车总里程突破5000公里”; the 2016 plan implies an end-2015 length of 5237 − 144 = 5093 km: met')
S.rel('target', U, [F(J15, '550亿元', n=1), F(J16, '350亿元', n=1)], 'cross-document: the 2015 annual plan 550 vs the 2016 plan 约350: other year, not a target and its result')
S.rel('restatement', U, [F(J16, '700公里', n=0), F(J16, '700公里', n=1)], '“建设规模力争超过700公里” (expressways under construction) vs “20个项目700公里” (trunk roads completed): the same number for other indicators')

# ---- 陕西 2024: targets (发改委), results (blog), 十四五 record (陕西日报)
t_g = F(T24, '5.5%左右', n=0); x_g = F(XB, '5%左右', n=0); x_body = F(XB, '3.5万亿', n=2); w_l = F(W14, '3.55万亿元')
tg_sx = [t_g, x_g]; rs_w = [x_body, w_l]
S.rel('target', M, tg_sx, 'cross-document: 陕西 2024 GDP target “5.5%左右” (met at ≥ 5.0) → 2024 result “增长5%左右”: met (at the bound)')
S.rel('target', U, [t_g, F(XB, '5.8%')], 'cross-document: the 陕西 target against 甘肃’s +5.8%: other place')
S.rel('target', U, [F(T24, '1260万吨'), F(XB, '1296.1万吨')], 'cross-document: 陕西’s grain target 1260万吨以上 against 甘肃’s 1296.1万吨: other place')
S.rel('target', U, [F(T24, '1260万吨'), F(W14, '1350万吨')], 'cross-document: grain output target vs “综合生产能力超过1350万吨” (capacity, a 十四五 statement): other indicator')
S.rel('target', U, [t_g, F(T24, '4.3%')], '2024 target 5.5%左右 vs 2023 result +4.3%: other year')
S.rel('restatement', U, [t_g, F(T24, '5.5%', post='、'), F(T24, '5.5%左右', n=1)], 'GDP growth 5.5%左右, urban income +5.5% and the unemployment rate 5.5%左右: the same number for different indicators')
S.rel('restatement', C, [F(XB, '3.5万亿', n=0), F(XB, '3.5万亿', n=1), x_body], '陕西 “超3.5万亿” in the (doubled) title restates “突破3.5万亿元”')
S.rel('restatement', C, [F(XB, '1.3万亿', n=0), F(XB, '1.3万亿', n=2)], '甘肃 “破1.3万亿” in the title restates “达到1.3万亿元”')
S.rel('restatement', U, [x_g, F(XB, '5%左右', n=1)], '2024 result “增长5%左右” vs the 2025 target “5%左右”: other year')
S.rel('restatement', C, rs_w, 'cross-document: 陕西 2024 GDP “突破3.5万亿元” and “2024年达到3.55万亿元”')
S.rel('restatement', C, [F(W14, '3万亿元'), w_l], '“超过3万亿元” and 3.55万亿 (lower bound)')
S.rel('restatement', U, [F(W14, '1.3万美元'), F(XB, '1.3万亿', n=2)], 'cross-document: 陕西 per-capita GDP “超过1.3万美元” vs 甘肃 GDP 1.3万亿元: the same number for another place and indicator')

# ---- 宁夏 grain 2022 (traditional, pinyin readings)
nx_t = F(NX, '375.8萬噸'); nx_c = [F(NX, '103.9萬噸'), F(NX, '83.4萬(wan)噸'), F(NX, '68.8萬噸'), F(NX, '68.2萬噸'), F(NX, '51.5萬噸')]
nx_s = [F(NX, '27.6%'), F(NX, '22.2%'), F(NX, '18.3%'), F(NX, '18.2%'), F(NX, '13.7%')]
nx_k = [F(NX, '276.6萬噸'), F(NX, '23.7萬(wan)噸'), F(NX, '32.6萬噸'), F(NX, '27.2萬噸'), F(NX, '11.8萬噸'), F(NX, '3.9萬噸', pre='豆類產量')]
sum_nxc = nx_c + [nx_t]; sum_nxk = nx_k + [nx_t]; sh_nx5 = [nx_c[4], nx_t, nx_s[4]]
S.rel('sum', C, sum_nxc, '宁夏 2022 grain by city: 103.9 + 83.4 + 68.8 + 68.2 + 51.5 = 375.8')
S.rel('sum', C, sum_nxk, 'by crop: 276.6 + 23.7 + 32.6 + 27.2 + 11.8 + 3.9 = 375.8')
S.rel('sum', C, nx_s, 'city shares 27.6 + 22.2 + 18.3 + 18.2 + 13.7 = 100.0')
S.rel('share', C, [nx_c[0], nx_t, nx_s[0]], '吴忠 103.9 / 375.8 = 27.65% → 27.6%')
S.rel('share', C, [nx_c[1], nx_t, nx_s[1]], '固原 83.4 / 375.8 = 22.19% → 22.2%')
S.rel('share', C, [nx_c[2], nx_t, nx_s[2]], '中卫 68.8 / 375.8 = 18.31% → 18.3%')
S.rel('share', C, [nx_c[3], nx_t, nx_s[3]], '银川 68.2 / 375.8 = 18.15%; with the half units 18.13–18.16, which reaches 18.15 → 18.2 within the allowance')
S.rel('share', C, sh_nx5, '石嘴山 51.5 / 375.8 = 13.70% → 13.7%')
S.rel('share', C, [nx_t, F(NX, '1038.45萬畝'), F(NX, '362公斤')], 'yield = 375.8万吨 / 1038.45万亩 = 361.9 kg/亩 → 362')
S.rel('restatement', U, [F(NX, '1038.45萬畝'), F(NA, '1045.6万亩')], 'cross-document: grain area 2022 (1038.45) vs 2024 (1045.6): other year')
S.rel('restatement', U, [nx_t, F(NA, '383.9万吨')], 'cross-document: grain output 2022 (375.8) vs the 2024 forecast (383.9): other year')

# ---- 宁夏 agriculture Jan-Sep 2024: traps
S.rel('growth', U, [F(NA, '6.3%'), F(NA, '2.9个百分点')], '+6.3% “高于全国2.9个百分点”: the national rate is not stated')
S.rel('growth', U, [F(NA, '84%'), F(NA, '9个百分点', pre='平均水平')], 'mechanisation 84% “高于全国平均水平9个百分点”: the national level is not stated')
S.rel('rate', U, [F(NA, '245万头'), F(NA, '1.2%'), F(NA, '1570万只'), F(NA, '0.4%')], 'cattle and sheep stocks with their own rates: different units (头/只), no total stated')

# ---- 宁夏 grain 1949 / 2008
n49a = [F(N49, '31.9万吨'), F(N49, '658.4万亩'), F(N49, '50公斤')]; n08 = [F(N49, '329.2万吨'), F(N49, '265.7公斤'), F(N49, '1200万亩')]
S.rel('share', C, n49a, '1949: 31.9万吨 / 658.4万亩 = 48.4 kg/亩, “不足50公斤”')
S.rel('share', C, n08, '2008: 329.2万吨 / 265.7 kg = 1239万亩, “超过1200万亩”')
S.rel('restatement', U, [n08[0], nx_t], 'cross-document: 宁夏 grain 2008 (329.2) vs 2022 (375.8): other year')

# ---- 银川 2015 grain areas (traditional): two real errors from one slip
yc_t = F(YC, '166.93萬(wàn)畝'); yc_a = [F(YC, '53.11萬(wàn)畝'), F(YC, '58.33萬(wàn)畝'), F(YC, '53.09萬(wàn)畝')]
yc_i = [F(YC, '4.81萬(wàn)畝'), F(YC, '2.4萬(wàn)畝'), F(YC, '1.95萬(wàn)畝'), F(YC, '5.26萬(wàn)畝')]
gr_ycw = [yc_i[0], yc_a[0], F(YC, '10%')]; gr_ycr = [yc_i[2], yc_a[2], F(YC, '3.5%')]
S.rel('sum', I, yc_a + [yc_t], 'REAL ERROR in the original: 53.11 + 58.33 + 53.09 = 164.53, not 166.93 (the gap is 2.40: 58.33 looks like last year’s corn area, this year’s would be 60.73)')
S.rel('sum', C, yc_i, 'changes: wheat +4.81 + corn +2.4 − rice 1.95 = +5.26')
S.rel('growth', C, gr_ycw, 'wheat +4.81 on 53.11 − 4.81 = 48.30: +9.96% → 10%')
S.rel('growth', I, [yc_i[1], yc_a[1], F(YC, '4.1%')], 'REAL ERROR in the original: corn +2.4 on 58.33 − 2.4 = 55.93 gives +4.29% (4.20–4.38), not 4.1% (2.4/58.33 = 4.1%: the same slip as the sum)')
S.rel('growth', C, gr_ycr, 'rice −1.95 on 53.09 + 1.95 = 55.04: −3.54% → 减3.5%')

# ---- 乌鲁木齐 2022 bulletin (traditional)
wl_t = F(WL, '3893.22億元'); wl_p = [F(WL, '30.98億元'), F(WL, '1133.43億元'), F(WL, '2728.81億元')]
wl_s = [F(WL, '0.8', post=':'), F(WL, '29.1'), F(WL, '70.1')]; sum_wl = wl_p + [wl_t]; sh_wl2 = [wl_p[1], wl_t, wl_s[1]]
S.rel('sum', C, sum_wl, '乌鲁木齐 2022: 30.98 + 1133.43 + 2728.81 = 3893.22')
S.rel('share', C, [wl_p[0], wl_t, wl_s[0]], 'primary 30.98 / 3893.22 = 0.80%')
S.rel('share', C, sh_wl2, 'secondary 1133.43 / 3893.22 = 29.11% → 29.1')
S.rel('share', C, [wl_p[2], wl_t, wl_s[2]], 'tertiary 2728.81 / 3893.22 = 70.09% → 70.1')
S.rel('growth', C, [F(WL, '5.3‰'), F(WL, '5.03‰'), F(WL, '0.27‰')], 'natural growth rate 5.3 − 5.03 = 0.27‰')
S.rel('share', U, [wl_t, F(WL, '408.24萬人'), F(WL, '95511元')], 'per-capita GDP over the year-end population gives 95366, but per-capita figures use the average population, which is not stated')
S.rel('rate', U, [F(WL, '0.3%'), F(WL, '2.8%'), F(WL, '1.0%'), F(WL, '0.7%')], 'GDP +0.3% from the sector rates: last year’s weights are not stated (the levels are nominal)')
S.rel('rate', U, [F(WL, '1.6%'), F(WL, '2.4%'), F(WL, '6.6%'), F(WL, '2.2%', pre='分別下降')], 'CPI +1.6% from the item indices: the basket weights are not stated')
S.rel('sum', U, [F(WL, '10.5萬人'), F(WL, '1.98萬人')], 'hard-to-place workers and graduates placed (1.98万) and new urban jobs (10.5万): overlapping programmes, not a split')

# ---- 新疆 Jan-Sep 2021
xj_fa = F(XJ, '8.3%'); xj_fp = F(XJ, '4.2个百分点'); xj_fv = F(XJ, '6.2%')
xj_ia = F(XJ, '10.8%', pre='规模以上工业增加值比上年同期增长'); xj_ip = F(XJ, '4.7个百分点'); xj_iv = F(XJ, '8.4%')
gr_xjf = [xj_fa, xj_fp, xj_fv]; gr_xji = [xj_ia, xj_ip, xj_iv]
S.rel('growth', C, gr_xjf, 'farm output: +8.3% this year, 8.3 − 4.2 = +4.1% a year earlier; two-year average √(1.083 × 1.041) − 1 = 6.18% (6.10–6.25) → 6.2%')
S.rel('growth', C, gr_xji, 'industry: +10.8%, a year earlier 10.8 − 4.7 = +6.1%; √(1.108 × 1.061) − 1 = 8.43% (8.35–8.50) → 8.4%')
S.rel('growth', U, [F(XJ, '8.8%'), F(XJ, '5.4%')], 'GDP +8.8% with a two-year average 5.4%: the 2020 rate this implies (2.1%) is not stated, so nothing is checked')
S.rel('restatement', U, [F(XJ, '10.8%', pre='预计总产量增长'), xj_ia], 'grain output +10.8% and industry +10.8%: the same number for different indicators')
S.rel('growth', U, [F(XJ, '5.6%'), F(XJ, '10.8%', pre='预计总产量增长')], 'grain area +5.6% and output +10.8%: the yield is not stated')

# ---- 海西州 2012-2021
hx_m = F(HX, '3.8倍'); gr_hx = [hx_m, F(HX, '16.2%')]
S.rel('growth', C, gr_hx, 'new-energy value added 3.8 times 2012 over nine years: 3.8^(1/9) − 1 = 16.0%; with the half unit (3.75–3.85) 15.8–16.16, which reaches 16.15 → 16.2 within the allowance')
S.rel('share', U, [F(HX, '713.78亿元'), F(HX, '15万元')], 'per-capita “突破15万元”: the population is not stated')
S.rel('share', U, [F(HX, '1163万千瓦'), F(HX, '92.9%')], 'new-energy capacity 1163 = 92.9% of all capacity: the total is not stated')
S.rel('growth', U, [F(HX, '570.33亿元'), F(HX, '713.78亿元'), F(HX, '16.2%')], 'GDP 570.33 → 713.78 (+25% nominal over nine years) and the 16.2% yearly growth of new-energy value added: other indicator')

# ---- 榆林 Jan-Jul 2021
yl_n = F(YL, '183个'); sh_yl = [yl_n, F(YL, '260个'), F(YL, '70.4%')]
S.rel('share', C, sh_yl, '183 of 260 key projects = 70.38% → 70.4%')
S.rel('growth', U, [F(YL, '40.0%'), F(YL, '12.7%')], '规上 output +40.0% (current prices) vs value added +12.7% (comparable prices): different indicators')
S.rel('sum', U, [F(YL, '10万吨'), F(YL, '5万吨')], 'phase one (5万吨) of the 10万吨 aluminium project: a part, the other phase is not stated')

# ---- 宁夏 health (abstract with its English version)
nh_e = F(NH, '798 million yuan'); rs_nh = [F(NH, '7.98亿元'), nh_e]; nh_f = F(NH, '140万元'); rs_nh2 = [nh_f, F(NH, '1.4 million yuan')]
S.rel('restatement', C, rs_nh, '2007 health funding 7.98亿元 = 798 million yuan in the English abstract')
S.rel('restatement', C, rs_nh2, '1958 health funding 140万元 = 1.4 million yuan')
S.rel('restatement', C, [F(NH, '2911人'), F(NH, '2911 health')], '1958 health technicians 2911 in both versions')
S.rel('growth', U, [F(NH, '2911人'), F(NH, '4.18人')], '2911 technicians in 1958 vs 4.18 per thousand in 2007: the 2007 count and the population are not stated')


# ---- further relations (added after the first count)
S.rel('target', U, [F(J15, '5000公里'), k_body], 'cross-document: the 十二五 goal (end-2015) against the expected end-2016 length 5237: other period (the end-2015 length is 5237 − 144)')
S.rel('sum', U, [F(J16, '60个'), F(J16, '20个')], '20 trunk-road projects completed within the “60个以上” arranged: a part, not a split')
S.rel('restatement', C, [F(XB, '100万辆'), F(XB, '119.8万辆')], 'new-energy vehicles “连续三年超过100万辆”, 2024 119.8万辆 (lower bound)')
S.rel('rate', U, [F(XB, '615.4亿元'), F(XB, '25.2%'), F(XB, '27.7%')], '甘肃 trade +25.2% and trade with Belt-and-Road countries +27.7%: the partner share is not stated')
S.rel('target', U, [F(T24, '5.5%左右', n=1), F(T24, '5.2%')], '2024 unemployment target 5.5%左右 vs the 2023 average 5.2%: other year')
S.rel('target', U, [F(T24, '5.5%', post='、'), F(T24, '6.5%'), F(T24, '6.7%')], '2024 income targets +5.5% / +6.5% vs 2023 income +6.7%: other year')
S.rel('restatement', U, [F(W14, '3.05万亿元'), w_l], 'investment in major projects 3.05万亿 (five years) vs 2024 GDP 3.55万亿: different indicators')
S.rel('growth', C, [nx_t, F(NX, '1038.45萬畝'), F(NX, '362公斤'), F(NX, '4.52萬畝'), F(NX, '6公斤'), F(NX, '7.4萬噸')], 'last year from the increments: area 1038.45 − 4.52 = 1033.93万亩 × yield 362 − 6 = 356 kg = 368.1万吨 (367.6–368.6 with the half units) against output 375.8 − 7.4 = 368.4: consistent')
S.rel('restatement', U, [F(J15, '90%'), F(J15, '93%')], 'villages with paved roads 90% vs villages with bus service 93%: different indicators')
S.rel('restatement', U, [F(NH, '2.98张'), F(NH, '4.18人')], 'beds 2.98 and technicians 4.18 per thousand people: different indicators')
S.rel('restatement', U, [F(PL, '10.7万头'), F(PL, '10673吨')], 'pigs sold 10.7万头 and meat output 10673吨: near-identical digits, different indicators')
S.rel('restatement', U, [F(WL, '1.98萬人'), F(WL, '1.86萬人')], 'jobs for hard-to-place workers and graduates 1.98万 vs jobs created by start-ups 1.86万: different programmes')

# ---- altered copies
a = ALT(PL, 1, pl_p[1], '2.2810亿元', 'secondary value added 2.2510 → 2.2810')
S.rel('sum', I, R(a, sum_pl, pl_p[1], '2.2810亿元'), 'altered: 3.3360 + 2.2810 + 2.5480 = 8.1650, not 8.1350 (breaks {B})')
a = ALT(PL, 2, pl_fa, '3.386亿元', 'farm value added in the farm section 3.336 → 3.386')
S.rel('restatement', I, R(a, rs_pl, pl_fa, '3.386亿元'), 'altered: primary value added 3.3360 vs 3.386 in the farm section (breaks {B})')
a = ALT(J15, 1, sum_j15[1], '1290亿元', 'railway investment 1240 → 1290')
S.rel('sum', I, R(a, sum_j15, sum_j15[1], '1290亿元'), 'altered: 2460 + 1290 + 100 = 3850, not 3800 (breaks {B})')
a = ALT(J15, 2, j_s, '52.8%', 'H1 share of plan 58.8% → 52.8%')
S.rel('share', I, R(a, sh_j15, j_s, '52.8%'), 'altered: 265 / 450 = 58.9%, not 52.8% (breaks {B})')
a = ALT(J16, 1, g_lead, '380亿元', 'lead 350 → 380')
S.rel('restatement', I, R(a, r16a, g_lead, '380亿元'), 'altered: lead 约380 vs body 约350 (breaks {B})')
a = ALT(J16, 2, r16b[1], '114公里', 'second statement of the new expressway 144 → 114 km')
S.rel('restatement', I, R(a, r16b, r16b[1], '114公里'), 'altered: 144 / 114 / 144 km (breaks {B})')
a = ALT(T24, 1, t_g, '6.5%左右', 'GDP target 5.5%左右 → 6.5%左右')
S.rel('target', MS, R(a, tg_sx, t_g, '6.5%左右'), 'altered, cross-document: target 6.5%左右 (met at ≥ 6.0) → result 5%左右: missed (breaks {B})')
a = ALT(XB, 1, x_g, '4%左右', '陕西 2024 growth 5%左右 → 4%左右')
S.rel('target', MS, R(a, tg_sx, x_g, '4%左右'), 'altered, cross-document: target 5.5%左右 (met at ≥ 5.0) → result 4%左右: missed (breaks {B})')
a = ALT(W14, 1, w_l, '3.45万亿元', '2024 GDP 3.55万亿 → 3.45万亿')
S.rel('restatement', I, R(a, rs_w, w_l, '3.45万亿元'), 'altered, cross-document: “突破3.5万亿元” vs 3.45万亿元 (breaks {B})')
a = ALT(NX, 1, nx_c[4], '57.5萬噸', '石嘴山 grain 51.5 → 57.5')
S.rel('sum', I, R(a, sum_nxc, nx_c[4], '57.5萬噸'), 'altered: 103.9 + 83.4 + 68.8 + 68.2 + 57.5 = 381.8, not 375.8 (breaks {B})')
S.rel('share', I, R(a, sh_nx5, nx_c[4], '57.5萬噸'), 'altered: 57.5 / 375.8 = 15.3%, not 13.7% (breaks {B})')
a = ALT(NX, 2, nx_k[0], '296.6萬噸', 'corn 276.6 → 296.6')
S.rel('sum', I, R(a, sum_nxk, nx_k[0], '296.6萬噸'), 'altered: crops add to 395.8, not 375.8 (breaks {B})')
a = ALT(N49, 1, n08[1], '295.7公斤', '2008 yield 265.7 → 295.7')
S.rel('share', I, R(a, n08, n08[1], '295.7公斤'), 'altered: 329.2 / 295.7 kg = 1113万亩, not “超过1200万亩” (breaks {B})')
a = ALT(N49, 2, n49a[0], '34.9万吨', '1949 output 31.9 → 34.9')
S.rel('share', I, R(a, n49a, n49a[0], '34.9万吨'), 'altered: 34.9 / 658.4 = 53.0 kg/亩, not “不足50公斤” (breaks {B})')
a = ALT(YC, 1, yc_i[0], '4.31萬(wàn)畝', 'wheat increase 4.81 → 4.31')
S.rel('growth', I, R(a, gr_ycw, yc_i[0], '4.31萬(wàn)畝'), 'altered: 4.31 on 48.80 = +8.8%, not 10% (breaks {B})')
S.rel('sum', I, R(a, yc_i, yc_i[0], '4.31萬(wàn)畝'), 'altered: 4.31 + 2.4 − 1.95 = 4.76, not 5.26 (breaks {B})')
a = ALT(YC, 2, yc_i[2], '1.45萬(wàn)畝', 'rice decrease 1.95 → 1.45')
S.rel('growth', I, R(a, gr_ycr, yc_i[2], '1.45萬(wàn)畝'), 'altered: −1.45 on 54.54 = −2.7%, not −3.5% (breaks {B})')
S.rel('sum', I, R(a, yc_i, yc_i[2], '1.45萬(wàn)畝'), 'altered: 4.81 + 2.4 − 1.45 = 5.76, not 5.26 (breaks {B})')
a = ALT(WL, 1, wl_p[1], '1138.43億元', 'secondary value added 1133.43 → 1138.43')
S.rel('sum', I, R(a, sum_wl, wl_p[1], '1138.43億元'), 'altered: 30.98 + 1138.43 + 2728.81 = 3898.22, not 3893.22 (breaks {B})')
a = ALT(WL, 2, wl_s[1], '28.1', 'secondary share 29.1 → 28.1')
S.rel('share', I, R(a, sh_wl2, wl_s[1], '28.1'), 'altered: 1133.43 / 3893.22 = 29.1%, not 28.1 (breaks {B})')
a = ALT(XJ, 1, xj_iv, '9.4%', 'industry two-year average 8.4% → 9.4%')
S.rel('growth', I, R(a, gr_xji, xj_iv, '9.4%'), 'altered: √(1.108 × 1.061) − 1 = 8.4%, not 9.4% (breaks {B})')
a = ALT(XJ, 2, xj_fp, '2.2个百分点', 'farm growth gap 4.2 → 2.2 points')
S.rel('growth', I, R(a, gr_xjf, xj_fp, '2.2个百分点'), 'altered: a year earlier 8.3 − 2.2 = 6.1%, two-year average √(1.083 × 1.061) − 1 = 7.2%, not 6.2% (breaks {B})')
a = ALT(HX, 1, hx_m, '4.8倍', 'multiple 3.8 → 4.8')
S.rel('growth', I, R(a, gr_hx, hx_m, '4.8倍'), 'altered: 4.8^(1/9) − 1 = 19.0% a year, not 16.2% (breaks {B})')
a = ALT(YL, 1, yl_n, '188个', 'projects started 183 → 188')
S.rel('share', I, R(a, sh_yl, yl_n, '188个'), 'altered: 188 / 260 = 72.3%, not 70.4% (breaks {B})')
a = ALT(NH, 1, nh_e, '758 million yuan', 'English 798 million → 758 million')
S.rel('restatement', I, R(a, rs_nh, nh_e, '758 million yuan'), 'altered: 7.98亿元 vs 758 million yuan (breaks {B})')
a = ALT(NH, 2, nh_f, '170万元', '1958 funding 140万元 → 170万元')
S.rel('restatement', I, R(a, rs_nh2, nh_f, '170万元'), 'altered: 170万元 vs 1.4 million yuan (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

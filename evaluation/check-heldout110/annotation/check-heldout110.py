"""Check key, set check-heldout110. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout110.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout110'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

HN15='hn_sz2015.txt'; HN12='hn_sz2012.txt'; LY='ly_sz2015_hant.txt'; PX='px_sz2021.txt'; AH='ah_wj2022.txt'; YS='hun_ys2010.txt'
M6='hun_jt2014m6.txt'; M10='hun_jt2014m10.txt'; Q1='hun_jt2023q1.txt'; HN23='hn_2023h1.txt'; HC='hc_2023_hant.txt'
JX='jx_2022h1_hant.txt'; HB='hb_2016q3.txt'; JH='hun_2023jh.txt'; ZX='hun_2024zx.txt'

# ---- 河南 (province) 2015 water-resources bulletin, extract
w_sup = F(HN15, '222.83', pre='总供水量'); w_use = F(HN15, '222.83', pre='总用水量')
w_sp = [F(HN15, '100.57'), F(HN15, '120.65'), F(HN15, '1.61')]; w_up = [F(HN15, '120.09'), F(HN15, '52.51'), F(HN15, '50.23')]
w_tot = F(HN15, '287.17'); w_s = F(HN15, '186.74'); w_g = F(HN15, '173.07'); w_o = F(HN15, '72.64')
w_res = F(HN15, '47.93'); w_rl = F(HN15, '39.71'); w_rm = F(HN15, '8.22')
w_rain = F(HN15, '704.1毫米'); w_flood = F(HN15, '377.1毫米'); w_fp = F(HN15, '53.6%'); w_vol = F(HN15, '1165.487亿立方米'); w_coef = F(HN15, '0.25')
sum_w1 = w_sp + [w_sup]; sum_w2 = w_up + [w_use]; sum_w3 = [w_s, w_g, w_o, w_tot]
S.rel('sum', C, sum_w1, 'supply: surface 100.57 + groundwater 120.65 + rain-collection/other 1.61 = 222.83亿m³')
S.rel('sum', C, sum_w2, 'use: agriculture/forestry/fishery 120.09 + industry 52.51 + urban-rural domestic/environment 50.23 = 222.83亿m³')
S.rel('sum', C, sum_w3, 'water resources = surface 186.74 + groundwater 173.07 − overlap 72.64 = 287.17亿m³ (stated 重复计算量)')
S.rel('sum', C, [w_rl, w_rm, w_res], 'reservoir storage: large 39.71 + medium 8.22 = 47.93亿m³')
S.rel('share', C, [w_flood, w_rain, w_fp], 'flood-season rain 377.1/704.1 mm = 53.56% → 53.6')
S.rel('share', C, [w_tot, w_vol, w_coef], '产水系数 = water resources / precipitation volume = 287.17/1165.487 = 0.246 → 0.25')
S.rel('sum', U, [F(HN15, '110.90'), w_up[1], F(HN15, '32.41'), w_use], 'irrigation 110.90 and urban domestic 32.41 are 其中 items of two use categories: with industry they make 195.82, not a split of 222.83')
S.rel('share', U, [F(HN15, '234立方米'), w_use], 'per-capita use 234m³ from total use 222.83亿m³: the population is not stated (≈9520万 implied); not a check')
S.rel('restatement', U, [w_rain, w_vol], 'rainfall 704.1mm “折合” 1165.487亿m³: the area (≈16.55万km²) is not stated; not a check')
S.rel('growth', U, [F(HN15, '28.8%'), F(HN15, '1.3%')], 'resources 28.8% below the long-term mean and +1.3% on 2014: neither base is stated')
a = ALT(HN15, 1, w_sp[1], '126.65', 'groundwater supply 120.65 → 126.65')
S.rel('sum', I, R(a, sum_w1, w_sp[1], '126.65'), 'altered: 100.57 + 126.65 + 1.61 = 228.83, not 222.83 (breaks {B})')
a = ALT(HN15, 2, w_o, '78.64', 'overlap 72.64 → 78.64')
S.rel('sum', I, R(a, sum_w3, w_o, '78.64'), 'altered: 186.74 + 173.07 − 78.64 = 281.17, not 287.17 (breaks {B})')

# ---- 河南 water resources (2008 evaluation, 1956–2000 series) and 2012 water use, periodical article
v_t = F(HN12, '403.53'); v_s = F(HN12, '302.66'); v_g = F(HN12, '196.00'); v_o = F(HN12, '95.13')
v_b = [F(HN12, '27.62'), F(HN12, '58.54'), F(HN12, '246.08'), F(HN12, '71.29')]
v_bp = [F(HN12, '6.8%'), F(HN12, '14.5%'), F(HN12, '61%'), F(HN12, '17.7%')]
v_a = F(HN12, '195.24'); v_as = F(HN12, '121.73'); v_ag = F(HN12, '99.35'); v_ao = F(HN12, '26.04')
u_t = F(HN12, '238.61'); u_p = [F(HN12, '130.03'), F(HN12, '60.51'), F(HN12, '48.06')]; u_pp = [F(HN12, '54.5%'), F(HN12, '25.4%'), F(HN12, '20.1%')]
u_c = F(HN12, '134.51'); u_cp = F(HN12, '56.4%'); u_cc = [F(HN12, '67.8%'), F(HN12, '10.0%'), F(HN12, '22.4%')]
sum_v2 = v_b + [v_t]; share_v2 = [v_b[1], v_t, v_bp[1]]; sum_u = u_p + [u_t]; share_u2 = [u_p[1], u_t, u_pp[1]]
S.rel('sum', C, [v_s, v_g, v_o, v_t], 'resources = surface 302.66 + groundwater 196.00 − overlap 95.13 = 403.53亿m³')
S.rel('sum', C, sum_v2, 'four basins 27.62 + 58.54 + 246.08 + 71.29 = 403.53')
S.rel('share', C, share_v2, '黄河 58.54/403.53 = 14.51% → 14.5')
S.rel('share', C, [v_b[2], v_t, v_bp[2]], '淮河 246.08/403.53 = 60.98% → 61')
S.rel('sum', C, v_bp, '6.8 + 14.5 + 61 + 17.7 = 100')
S.rel('sum', I, [v_as, v_ag, v_ao, v_a], 'REAL ERROR in the original (judgement call): usable total = surface 121.73 + groundwater 99.35 − overlap 26.04 = 195.04, the text says 195.24 (0.20 off, far outside the inputs’ half units)')
S.rel('sum', C, sum_u, '2012 use: 130.03 + 60.51 + 48.06 = 238.60 ≈ 238.61 (inside the inputs’ half units)')
S.rel('share', C, [u_p[0], u_t, u_pp[0]], 'agriculture 130.03/238.61 = 54.49% → 54.5')
S.rel('share', C, share_u2, 'industry 60.51/238.61 = 25.36% → 25.4')
S.rel('sum', C, u_pp, '54.5 + 25.4 + 20.1 = 100')
S.rel('share', C, [u_c, u_t, u_cp], 'consumption 134.51/238.61 = 56.37% → 56.4')
S.rel('sum', I, u_cc, 'REAL ERROR in the original (judgement call): consumption shares 67.8 + 10.0 + 22.4 = 100.2; with each to its half unit the sum is at least 100.05, so the three cannot all be right')
S.rel('share', U, [F(HN12, '7447平方公里'), F(HN12, '1.15万平方公里')], 'largest funnel 7447km² within 1.15万km² of funnels: no share is stated')
S.rel('restatement', U, [F(HN12, '245亿立方米'), u_t], 'supply capacity 245亿m³ (2011) vs 2012 use 238.61: other indicator and year')
a = ALT(HN12, 1, v_b[1], '55.54', '黄河 basin 58.54 → 55.54')
S.rel('sum', I, R(a, sum_v2, v_b[1], '55.54'), 'altered: basins add to 400.53, not 403.53 (breaks {B})')
S.rel('share', I, R(a, share_v2, v_b[1], '55.54'), 'altered: 55.54/403.53 = 13.8%, not 14.5 (breaks {B})')
a = ALT(HN12, 2, u_p[1], '66.51', 'industrial use 60.51 → 66.51')
S.rel('sum', I, R(a, sum_u, u_p[1], '66.51'), 'altered: 130.03 + 66.51 + 48.06 = 244.60, not 238.61 (breaks {B})')
S.rel('share', I, R(a, share_u2, u_p[1], '66.51'), 'altered: 66.51/238.61 = 27.9%, not 25.4 (breaks {B})')

# ---- 洛阳 (河南) 2015 water bulletin (traditional, mojibake kept)
l_t = F(LY, '14.12 億'); l_s = [F(LY, '7.87'), F(LY, '6.10'), F(LY, '0.15')]; l_sp = [F(LY, '55.7%'), F(LY, '43.2%'), F(LY, '1.1%')]
l_ut = F(LY, '14.12億'); l_u = [F(LY, '5.00'), F(LY, '5.24'), F(LY, '0.66'), F(LY, '2.08'), F(LY, '1.15')]
l_c = F(LY, '6.67'); l_cp = F(LY, '47%'); l_cs = [F(LY, '3.28'), F(LY, '1.43'), F(LY, '0.96'), F(LY, '0.29'), F(LY, '0.71')]
l_d = F(LY, '0.45'); l_dp = F(LY, '3.1%')
sum_l1 = l_s + [l_t]; share_l2 = [l_s[1], l_t, l_sp[1]]; sum_l3 = l_cs + [l_c]
S.rel('sum', C, sum_l1, 'supply: surface 7.87 + groundwater 6.10 + reused wastewater 0.15 = 14.12亿m³')
S.rel('share', C, [l_s[0], l_t, l_sp[0]], 'surface 7.87/14.12 = 55.74% → 55.7')
S.rel('share', C, share_l2, 'groundwater 6.10/14.12 = 43.20% → 43.2')
S.rel('sum', C, l_sp, '55.7 + 43.2 + 1.1 = 100')
S.rel('sum', C, l_u + [l_ut], 'use by sector 5.00 + 5.24 + 0.66 + 2.08 + 1.15 = 14.13 ≈ 14.12 (inside the five inputs’ half units)')
S.rel('sum', C, sum_l3, 'consumption 3.28 + 1.43 + 0.96 + 0.29 + 0.71 = 6.67亿m³')
S.rel('share', C, [l_c, l_ut, l_cp], '耗水率 6.67/14.12 = 47.2% → 47')
S.rel('growth', C, [l_t, l_d, l_dp], 'supply −0.45 on 14.12 + 0.45 = 14.57: −3.09% → 3.1')
S.rel('share', C, [F(LY, '17.05'), F(LY, '103.78'), F(LY, '0.16')], '產水系數 = 17.05/103.78 = 0.164 → 0.16')
S.rel('sum', U, [F(LY, '13.72'), F(LY, '11.53'), F(LY, '17.05')], 'surface 13.72 + groundwater 11.53 = 25.25 ≠ 17.05: the overlap is not stated, so not a sum')
S.rel('share', U, [F(LY, '11.2 萬'), F(LY, '17.05')], '產水模數 11.2萬m³/km²: the area is not stated')
a = ALT(LY, 1, l_s[1], '6.70', 'groundwater supply 6.10 → 6.70')
S.rel('sum', I, R(a, sum_l1, l_s[1], '6.70'), 'altered: 7.87 + 6.70 + 0.15 = 14.72, not 14.12 (breaks {B})')
S.rel('share', I, R(a, share_l2, l_s[1], '6.70'), 'altered: 6.70/14.12 = 47.5%, not 43.2 (breaks {B})')
a = ALT(LY, 2, l_cs[2], '0.86', 'domestic consumption 0.96 → 0.86')
S.rel('sum', I, R(a, sum_l3, l_cs[2], '0.86'), 'altered: consumption parts add to 6.57, not 6.67 (breaks {B})')

# ---- 萍乡 (江西) 2021 water bulletin
p_t = F(PX, '6.8000'); p_s = [F(PX, '6.5065'), F(PX, '0.1635'), F(PX, '0.1300')]; p_sp = [F(PX, '95.7%'), F(PX, '2.4%'), F(PX, '1.9%')]
p_u = [F(PX, '3.7262'), F(PX, '1.6442'), F(PX, '0.9420'), F(PX, '0.3374'), F(PX, '0.1502')]
p_up = [F(PX, '54.7%'), F(PX, '24.2%'), F(PX, '13.9%'), F(PX, '5.0%'), F(PX, '2.2%')]
p_c = F(PX, '3.2988'); p_cp = F(PX, '48.5%')
sum_p2 = p_u + [p_t]; share_p2 = [p_u[1], p_t, p_up[1]]
S.rel('sum', C, p_s + [p_t], 'supply: surface 6.5065 + groundwater 0.1635 + other 0.1300 = 6.8000亿m³')
for i, (nm, v) in enumerate([('surface', '95.68'), ('groundwater', '2.40'), ('other', '1.91')]):
    S.rel('share', C, [p_s[i], p_t, p_sp[i]], f'{nm} {p_s[i][1]}/6.8000 = {v}% → {p_sp[i][1]}')
S.rel('sum', C, sum_p2, 'use: agriculture 3.7262 + industry 1.6442 + domestic 0.9420 + public 0.3374 + ecology 0.1502 = 6.8000')
S.rel('share', I, [p_u[0], p_t, p_up[0]], 'REAL ERROR in the original (judgement call): agriculture 3.7262/6.8000 = 54.80%, stated 54.7 (outside the half units of 4-decimal inputs); the published shares were evidently forced to add to 100')
S.rel('share', C, share_p2, 'industry 1.6442/6.8000 = 24.18% → 24.2')
S.rel('share', C, [p_u[4], p_t, p_up[4]], 'ecology 0.1502/6.8000 = 2.21% → 2.2')
S.rel('sum', C, p_up, '54.7 + 24.2 + 13.9 + 5.0 + 2.2 = 100.0 (the sum holds; the 54.7 share itself does not, see the share relation)')
S.rel('share', C, [p_c, p_t, p_cp], '耗水率 3.2988/6.8000 = 48.51% → 48.5')
S.rel('growth', C, [F(PX, '2037立方米'), F(PX, '3143立方米'), F(PX, '35.2%')], 'per-capita resources 2037 vs province 3143: (3143 − 2037)/3143 = 35.19% less → 35.2')
S.rel('growth', C, [F(PX, '377立方米'), F(PX, '552立方米'), F(PX, '31.7%')], 'per-capita use 377 vs province 552: 175/552 = 31.70% less → 31.7')
S.rel('restatement', U, [F(PX, '36.7908', n=0), F(PX, '36.7908', n=1)], 'surface resources 36.7908 and total resources 36.7908: same number for two indicators (groundwater wholly counted in surface water; the non-overlap is not stated)')
S.rel('growth', U, [F(PX, '18.5%'), F(PX, '18.4%', n=1)], 'per-capita resources −18.5% vs total resources −18.4%: the population change is not stated')
S.rel('share', U, [F(PX, '3827平方公里'), F(PX, '2.3%')], 'area 3827km² = 2.3% of 江西: the province’s area is not stated')
a = ALT(PX, 1, p_u[1], '1.6942', 'industrial use 1.6442 → 1.6942')
S.rel('sum', I, R(a, sum_p2, p_u[1], '1.6942'), 'altered: uses add to 6.8500, not 6.8000 (breaks {B})')
S.rel('share', I, R(a, share_p2, p_u[1], '1.6942'), 'altered: 1.6942/6.8000 = 24.9%, not 24.2 (breaks {B})')
a = ALT(PX, 2, p_cp, '43.5%', '耗水率 48.5 → 43.5')
S.rel('share', I, [on(a, p_c), on(a, p_t), on(a, p_cp, '43.5%')], 'altered: 3.2988/6.8000 = 48.5%, not 43.5 (breaks {B})')

# ---- 安徽 (province) 2022 health statistics bulletin (newspaper write-up, 2023-10-26)
h_n = F(AH, '30176个', n=2); h_p = [F(AH, '1338个'), F(AH, '28205个'), F(AH, '475个')]
h_b = F(AH, '44.4万张', n=1); h_bi = F(AH, '3.3万张'); h_bg = F(AH, '8.0%')
h_v = F(AH, '37000.3万人次'); h_vi = F(AH, '594.2万人次'); h_vg = F(AH, '1.6%')
h_a = F(AH, '974.8万人'); h_ai = F(AH, '25.5万人'); h_ag = F(AH, '2.7%')
gr_h2 = [h_v, h_vi, h_vg]; gr_h3 = [h_a, h_ai, h_ag]
S.rel('sum', U, h_p + [h_n], 'hospitals 1338 + primary 28205 + public-health 475 = 30018 of 30176: the 其中 list leaves out “other” institutions; not a split')
S.rel('sum', U, [F(AH, '622个'), F(AH, '576个')], 'total +622 with hospitals unchanged and primary +576: the change in public-health and other institutions is not stated')
S.rel('sum', C, [F(AH, '67.7%'), F(AH, '32.3%')], 'hospital beds: public 67.7 + private 32.3 = 100')
S.rel('growth', C, [h_b, h_bi, h_bg], 'beds +3.3万 on 44.4 − 3.3 = 41.1万: +8.03% → 8.0')
S.rel('restatement', C, [F(AH, '44.4万张', n=0), h_b], 'lead and body both give 44.4万 beds at the end of 2022')
S.rel('restatement', C, [F(AH, '30176个', n=0), h_n], 'lead and body both give 30176 institutions')
S.rel('growth', C, gr_h2, 'visits +594.2 on 37000.3 − 594.2 = 36406.1万: +1.63% → 1.6')
S.rel('growth', C, gr_h3, 'admissions +25.5 on 949.3万: +2.69% → 2.7')
S.rel('share', U, [h_a, F(AH, '15.9%')], '年住院率15.9%: admissions over the population, which is not stated')
S.rel('share', U, [h_v, F(AH, '6.0次', n=1)], '6.0 visits per resident: the population is not stated')
S.rel('growth', U, [F(AH, '6.72张'), F(AH, '7.25张'), h_bg], 'beds per 1000 6.72 → 7.25 (+7.9%) vs beds +8.0%: the population change is not stated')
S.rel('growth', U, [F(AH, '5.8人次'), F(AH, '6.4人次')], 'doctors’ daily visits: public hospitals 6.4 within all hospitals 5.8; a subset, no relation stated')
a = ALT(AH, 1, h_vi, '564.2万人次', 'increase in visits 594.2 → 564.2')
S.rel('growth', I, R(a, gr_h2, h_vi, '564.2万人次'), 'altered: +564.2 on 36436.1 is +1.55%, not 1.6 (breaks {B})')
a = ALT(AH, 2, h_ai, '28.5万人', 'increase in admissions 25.5 → 28.5')
S.rel('growth', I, R(a, gr_h3, h_ai, '28.5万人'), 'altered: +28.5 on 946.3 is +3.0%, not 2.7 (breaks {B})')

# ---- 湖南 (province) 2010 transport (provincial statistics analysis)
y_f = F(YS, '149836.16万吨'); y_ft = F(YS, '2958.41亿吨公里'); y_p = F(YS, '157007.65万人'); y_pt = F(YS, '1498.38亿人公里')
y_rf = F(YS, '127634.00万吨'); y_rft = F(YS, '1539.36亿吨公里'); y_rp = F(YS, '148235.00万人'); y_rpt = F(YS, '683.70亿人公里')
sh_y1 = [y_rf, y_f, F(YS, '85.2%')]; sh_y4 = [y_rpt, y_pt, F(YS, '45.6%')]
S.rel('share', C, sh_y1, 'road freight 127634.00/149836.16 = 85.18% → 85.2')
S.rel('share', C, [y_rft, y_ft, F(YS, '52.0%')], 'road ton-km 1539.36/2958.41 = 52.03% → 52.0')
S.rel('share', C, [y_rp, y_p, F(YS, '94.4%')], 'road passengers 148235.00/157007.65 = 94.41% → 94.4')
S.rel('share', C, sh_y4, 'road passenger-km 683.70/1498.38 = 45.63% → 45.6')
S.rel('sum', U, [y_rf, F(YS, '15817.00万吨'), F(YS, '5752.40万吨'), y_f], 'freight road + water + rail = 149203.4 of 149836.16: air and pipeline are not stated; not a split')
S.rel('sum', U, [y_rp, F(YS, '931.00万人'), F(YS, '7235.60万人'), y_p], 'passengers road + water + rail = 156401.6 of 157007.65: air is not stated')
S.rel('sum', U, [y_rft, F(YS, '344.11亿吨公里'), F(YS, '1068.12亿吨公里'), y_ft], 'ton-km road + water + rail = 2951.59 of 2958.41: the rest (air, pipeline) not stated')
S.rel('sum', U, [y_ft, y_pt, F(YS, '3773.38亿吨公里')], '换算周转量 3773.38 ≠ 2958.41 + 1498.38: passenger-km are converted with coefficients not stated')
S.rel('restatement', U, [F(YS, '11.2%', n=0), F(YS, '11.2%', n=1)], 'all passengers +11.2% and road passengers +11.2%: same number for two indicators (road is 94% of the total, so close rates are expected, not implied)')
a = ALT(YS, 1, y_rf, '127234.00万吨', 'road freight 127634.00 → 127234.00')
S.rel('share', I, R(a, sh_y1, y_rf, '127234.00万吨'), 'altered: 127234.00/149836.16 = 84.9%, not 85.2 (breaks {B})')
a = ALT(YS, 2, sh_y4[2], '48.6%', 'road share of passenger-km 45.6 → 48.6')
S.rel('share', I, R(a, sh_y4, sh_y4[2], '48.6%'), 'altered: 683.70/1498.38 = 45.6%, not 48.6 (breaks {B})')

# ---- 湖南 transport investment, June 2014 (table + text, 湖南省交通运输厅)
def row(doc, label_post):
    return label_post
j6_plan = [F(M6, '390', post=' |'), F(M6, '140', post=' |'), F(M6, '75', pre='\n', post=' |\n8.97'), F(M6, '21', pre='\n', post=' |\n3.18'), F(M6, '34', pre='\n', post=' |\n4.12')]
j6_pt = F(M6, '660', post=' |')
j6_m = [F(M6, '27.44', post=' |'), F(M6, '15.99', post=' |'), F(M6, '8.97', post=' |'), F(M6, '3.18', post=' |'), F(M6, '4.12', post=' |'), F(M6, '0.06', post=' |')]
j6_mt = F(M6, '59.76', post=' |')
j6_c = [F(M6, '93.58', post=' |'), F(M6, '68.13', post=' |'), F(M6, '24.66', post=' |'), F(M6, '8.98', post=' |'), F(M6, '15.14', pre='\n', post=' |\n44.53'), F(M6, '0.47', post=' |')]
j6_ct = F(M6, '210.96', post=' |')
j6_l = [F(M6, '149.45'), F(M6, '46.57'), F(M6, '21.30'), F(M6, '5.83'), F(M6, '15.06')]; j6_lt = F(M6, '238.21')
sum_j6m = j6_m + [j6_mt]; sh_j6r = [j6_m[1], j6_plan[1], F(M6, '11.42')]; km6 = [F(M6, '5167公里'), F(M6, '1406公里'), F(M6, '6573公里')]
S.rel('sum', C, j6_plan + [j6_pt], '2014 plan: highways 390 + network 140 + rural 75 + stations 21 + water 34 = 660亿元')
S.rel('sum', C, sum_j6m, 'June: 27.44 + 15.99 + 8.97 + 3.18 + 4.12 + 0.06 = 59.76')
S.rel('sum', C, j6_c + [j6_ct], 'Jan–Jun: 93.58 + 68.13 + 24.66 + 8.98 + 15.14 + 0.47 = 210.96')
S.rel('sum', C, j6_l + [j6_lt], 'same period 2013: 149.45 + 46.57 + 21.30 + 5.83 + 15.06 = 238.21')
S.rel('share', C, [F(M6, '59.76亿元'), F(M6, '660', post=' |'), F(M6, '9.05%')], 'June 59.76 of the 660 plan = 9.05%')
S.rel('share', C, [F(M6, '210.96亿元'), j6_pt, F(M6, '31.96%')], 'Jan–Jun 210.96/660 = 31.96%')
S.rel('share', C, [j6_ct, j6_lt, F(M6, '88.56')], '210.96 as % of 238.21 (same period 2013) = 88.56')
S.rel('share', C, [F(M6, '93.58亿元'), j6_plan[0], F(M6, '23.99%')], 'highways 93.58/390 = 23.99%')
S.rel('share', C, sh_j6r, 'network June 15.99/140 = 11.42%')
S.rel('sum', C, km6, 'expressways open 5167 + under construction 1406 = 6573km')
S.rel('target', CT, [F(M6, '210.96亿元'), F(M6, '31.96%')], '湖南 2014 transport investment: 31.96% of the annual plan by end-June; the year is not over')
S.rel('growth', U, [j6_mt, F(M6, '123.47')], '环比 123.47%: May’s investment is not stated')
a = ALT(M6, 1, j6_m[1], '15.39', 'network June investment 15.99 → 15.39 (table)')
S.rel('sum', I, R(a, sum_j6m, j6_m[1], '15.39'), 'altered: June parts add to 59.16, not 59.76 (breaks {B})')
S.rel('share', I, R(a, sh_j6r, j6_m[1], '15.39'), 'altered: 15.39/140 = 10.99%, not 11.42 (breaks {B})')
a = ALT(M6, 2, km6[2], '6578公里', 'open + building 6573 → 6578km')
S.rel('sum', I, R(a, km6, km6[2], '6578公里'), 'altered: 5167 + 1406 = 6573, not 6578 (breaks {B})')

# ---- 湖南 transport investment, October 2014
k_plan = F(M10, '660', post=' |'); k_hp = F(M10, '390', post=' |')
k_m = [F(M10, '56.64', post=' |'), F(M10, '13.73', post=' |'), F(M10, '9.54', post=' |'), F(M10, '2.51'), F(M10, '3.22'), F(M10, '0.07')]; k_mt = F(M10, '85.71', post=' |')
k_c = [F(M10, '252.05', post=' |'), F(M10, '123.37', post=' |'), F(M10, '63.79', post=' |'), F(M10, '17.14'), F(M10, '24.97'), F(M10, '0.63')]; k_ct = F(M10, '481.95', post=' |')
k_l = [F(M10, '351.75'), F(M10, '92.35'), F(M10, '52.54'), F(M10, '13.72'), F(M10, '26.57')]; k_lt = F(M10, '536.93')
sum_kc = k_c + [k_ct]; sh_k3 = [F(M10, '63.79亿元'), F(M10, '75', pre='\n', post=' |\n9.54'), F(M10, '85.05%')]; sh_kl = [k_ct, k_lt, F(M10, '89.76')]
S.rel('sum', C, k_m + [k_mt], 'October: 56.64 + 13.73 + 9.54 + 2.51 + 3.22 + 0.07 = 85.71')
S.rel('sum', C, sum_kc, 'Jan–Oct: 252.05 + 123.37 + 63.79 + 17.14 + 24.97 + 0.63 = 481.95')
S.rel('sum', C, k_l + [k_lt], 'same period 2013: 351.75 + 92.35 + 52.54 + 13.72 + 26.57 = 536.93')
S.rel('share', C, [F(M10, '85.71亿元'), k_plan, F(M10, '12.99%')], 'October 85.71/660 = 12.99%')
S.rel('share', C, [F(M10, '481.95亿元'), k_plan, F(M10, '73.02%')], 'Jan–Oct 481.95/660 = 73.02%')
S.rel('share', C, sh_kl, '481.95 as % of 536.93 = 89.76')
S.rel('share', C, sh_k3, 'rural roads 63.79/75 = 85.05%')
S.rel('sum', C, [F(M10, '5183公里'), F(M10, '1394公里'), F(M10, '6577公里')], 'expressways open 5183 + under construction 1394 = 6577km')
S.rel('target', CT, [F(M10, '481.95亿元'), F(M10, '73.02%')], '湖南 2014 transport investment: 73.02% of the annual plan by end-October; the year is not over')
S.rel('restatement', C, [j6_pt, k_plan], 'two consecutive reports: the 2014 plan is 660亿 in the June and the October table')
S.rel('restatement', C, [j6_plan[0], k_hp], 'two consecutive reports: the 2014 highway plan is 390亿 in both')
S.rel('sum', U, [F(M6, '5167公里'), F(M10, '85.44公里'), F(M10, '17.912公里'), F(M10, '5183公里')], 'June 5167km open + the two new sections 85.44 + 17.912 = 5270 ≠ October 5183: when the sections opened (and other changes) is not stated; not a check across the reports')
S.rel('growth', U, [j6_ct, k_ct], 'Jan–Jun 210.96 → Jan–Oct 481.95: July–September are not stated, nothing to check')
a = ALT(M10, 1, k_c[2], '68.79', 'rural roads Jan–Oct 63.79 → 68.79 (table)')
S.rel('sum', I, R(a, sum_kc, k_c[2], '68.79'), 'altered: Jan–Oct parts add to 486.95, not 481.95 (breaks {B})')
a = ALT(M10, 2, sh_kl[2], '83.76', 'as % of last year 89.76 → 83.76')
S.rel('share', I, R(a, sh_kl, sh_kl[2], '83.76'), 'altered: 481.95/536.93 = 89.76, not 83.76 (breaks {B})')

# ---- 湖南 Q1 2023 transport investment (news)
q_t = F(Q1, '184.2亿元'); q_h = F(Q1, '112.1亿元'); q_hp = F(Q1, '60.9%')
S.rel('share', C, [q_h, q_t, q_hp], 'expressways 112.1 of 184.2 = 60.86% → 60.9')
S.rel('target', CT, [q_t, F(Q1, '18.4%')], '湖南 2023 road-and-water investment: 18.4% of the annual target after Q1; the year is not over')
S.rel('sum', U, [q_h, F(Q1, '21.1亿元'), F(Q1, '20.7亿元'), F(Q1, '10.4亿元'), q_t], 'expressway + rural + stations + water = 164.3 of 184.2: trunk roads and other items are not listed; not a split')
S.rel('share', U, [q_h, F(Q1, '16%'), q_t, F(Q1, '18.4%')], 'expressways 16% and total 18.4% of their annual targets: the targets (≈700 and ≈1000亿) are not stated')
S.rel('growth', U, [F(Q1, '4.6%'), F(Q1, '4.9%')], 'total +4.6%, expressways +4.9%: last year’s levels are not stated')
a = ALT(Q1, 1, q_h, '118.1亿元', 'expressway investment 112.1 → 118.1')
S.rel('share', I, [on(a, q_h, '118.1亿元'), on(a, q_t), on(a, q_hp)], 'altered: 118.1/184.2 = 64.1%, not 60.9 (breaks {B})')

# ---- 河南 (province) H1 2023, press-conference news
n_tax = F(HN23, '1645.8亿元'); n_rev = F(HN23, '2662.2亿元'); n_sh = F(HN23, '61.8%'); n_d = F(HN23, '3.7个')
gr_n = [n_tax, F(HN23, '19.8%'), n_rev, F(HN23, '12.7%'), n_sh, n_d]
S.rel('share', C, [n_tax, n_rev, n_sh], 'tax 1645.8 of budget revenue 2662.2 = 61.82% → 61.8')
S.rel('growth', C, gr_n, 'share change from levels and rates: last year (1645.8/1.198)/(2662.2/1.127) = 58.16%, so +3.66 → 3.7 points')
S.rel('share', U, [F(HN23, '5812.6亿元'), F(HN23, '55.6%')], '支出进度55.6%: the annual budget is not stated')
S.rel('growth', U, [F(HN23, '1.4%'), F(HN23, '5.2个')], 'spending +1.4%, 5.2 points more than a year before: last year’s rate is not stated')
S.rel('share', U, [n_rev, F(HN23, '4070.3亿元')], 'budget revenue 2662.2 of 财政总收入 4070.3 (65.4%): no share is stated')
a = ALT(HN23, 1, n_tax, '1615.8亿元', 'tax revenue 1645.8 → 1615.8')
S.rel('share', I, [on(a, n_tax, '1615.8亿元'), on(a, n_rev), on(a, n_sh)], 'altered: 1615.8/2662.2 = 60.7%, not 61.8 (breaks {B})')
S.rel('growth', I, R(a, gr_n, n_tax, '1615.8亿元'), 'altered: 1615.8 gives a share of 60.7 and a change of +2.6, not 61.8 and +3.7 (breaks {B})')
a = ALT(HN23, 2, n_d, '3.2个', 'share change 3.7 → 3.2 points')
S.rel('growth', I, R(a, gr_n, n_d, '3.2个'), 'altered: levels and rates give +3.66 points, not 3.2 (breaks {B})')

# ---- 潢川县 (信阳, 河南) 2023 statistical bulletin (traditional)
c_pop = F(HC, '61.36萬'); c_u = F(HC, '36.44萬'); c_r = F(HC, '24.92萬'); c_ur = F(HC, '59.39%')
c_g = F(HC, '320.39億'); c_s = [F(HC, '47.51億'), F(HC, '96.27億'), F(HC, '176.62億')]; c_p = [F(HC, '14.8'), F(HC, '30.1'), F(HC, '55.1')]
c_rev = F(HC, '10.8億'); c_tax = F(HC, '7.56億'); c_nt = F(HC, '3.24億')
sum_c1 = [c_u, c_r, c_pop]; sum_c3 = [c_tax, c_nt, c_rev]
S.rel('sum', C, sum_c1, 'urban 36.44 + rural 24.92 = 61.36万')
S.rel('share', C, [c_u, c_pop, c_ur], 'urbanisation 36.44/61.36 = 59.39%')
S.rel('sum', C, c_s + [c_g], '47.51 + 96.27 + 176.62 = 320.40 ≈ 320.39 (inside the half units)')
S.rel('share', C, [c_s[0], c_g, c_p[0]], 'primary 47.51/320.39 = 14.83% → 14.8')
S.rel('share', C, [c_s[2], c_g, c_p[2]], 'tertiary 176.62/320.39 = 55.13% → 55.1')
S.rel('sum', C, c_p, '14.8 + 30.1 + 55.1 = 100')
S.rel('sum', C, [c_p[1], c_p[2], F(HC, '85.2%')], 'secondary + tertiary 30.1 + 55.1 = 85.2%')
S.rel('sum', C, sum_c3, 'tax 7.56 + non-tax 3.24 = 10.8億')
S.rel('share', C, [c_tax, c_rev, F(HC, '70%')], 'tax 7.56/10.8 = 70.0%')
S.rel('sum', C, [F(HC, '6.11‰'), F(HC, '9.02‰'), F(HC, '-2.91‰')], 'natural growth 6.11 − 9.02 = −2.91‰')
S.rel('share', U, [F(HC, '0.38萬'), c_pop, F(HC, '6.11‰')], 'birth rate 6.11‰ from 0.38万 births: the average population it is taken over is not stated')
S.rel('growth', U, [F(HC, '8507人'), F(HC, '10%')], 'new urban jobs 8507, +10%: last year’s number is not stated')
S.rel('share', U, [F(HC, '2030人'), F(HC, '91.4%')], 'graduates employed 2030, rate 91.4%: the number of graduates is not stated')
S.rel('growth', U, [F(HC, '6.92億'), F(HC, '22.8%'), F(HC, '54.06億'), F(HC, '6.1%')], 'social-security spending +22.8% within total spending −6.1%: a subset rate, the rest not stated')
a = ALT(HC, 1, c_r, '24.62萬', 'rural population 24.92 → 24.62')
S.rel('sum', I, R(a, sum_c1, c_r, '24.62萬'), 'altered: 36.44 + 24.62 = 61.06, not 61.36 (breaks {B})')
a = ALT(HC, 2, c_nt, '3.74億', 'non-tax revenue 3.24 → 3.74')
S.rel('sum', I, R(a, sum_c3, c_nt, '3.74億'), 'altered: 7.56 + 3.74 = 11.30, not 10.8 (breaks {B})')

# ---- 江西 (province) H1 2022 (中评社 reprint of 江西日报, traditional)
x_t = F(JX, '15133.1億'); x_s = [F(JX, '715.7億'), F(JX, '6918.3億'), F(JX, '7499.1億')]; x_p = [F(JX, '4.7'), F(JX, '45.7'), F(JX, '49.6')]
x_p0 = [F(JX, '5.3'), F(JX, '45.2'), F(JX, '49.5')]
sum_x = x_s + [x_t]; sh_x2 = [x_s[1], x_t, x_p[1]]; sh_x3 = [x_s[2], x_t, x_p[2]]
S.rel('sum', C, sum_x, '715.7 + 6918.3 + 7499.1 = 15133.1億元')
S.rel('share', C, [x_s[0], x_t, x_p[0]], 'primary 715.7/15133.1 = 4.73% → 4.7')
S.rel('share', C, sh_x2, 'secondary 6918.3/15133.1 = 45.72% → 45.7')
S.rel('share', C, sh_x3, 'tertiary 7499.1/15133.1 = 49.55% → 49.6')
S.rel('sum', C, x_p, 'H1 2022 structure 4.7 + 45.7 + 49.6 = 100')
S.rel('sum', C, x_p0, 'H1 2021 structure 5.3 + 45.2 + 49.5 = 100')
S.rel('share', U, [F(JX, '35.4%'), F(JX, '0.4個')], 'manufacturing 35.4% of GDP, +0.4 points: the manufacturing level is not stated')
S.rel('growth', U, [F(JX, '16.1%'), F(JX, '2.3個')], '规上服务业 +16.1% Jan–May, 2.3 points faster than Jan–Apr: Jan–Apr is not stated')
S.rel('growth', U, x_p0 + x_p + [F(JX, '6.1%'), F(JX, '5.5%'), F(JX, '4.2%')], 'structure 5.3:45.2:49.5 → 4.7:45.7:49.6 with real sector rates +6.1/+5.5/+4.2: shares are nominal, the deflators are not stated; not a check')
a = ALT(JX, 1, x_s[1], '6948.3億', 'secondary value added 6918.3 → 6948.3')
S.rel('sum', I, R(a, sum_x, x_s[1], '6948.3億'), 'altered: parts add to 15163.1, not 15133.1 (breaks {B})')
S.rel('share', I, R(a, sh_x2, x_s[1], '6948.3億'), 'altered: 6948.3/15133.1 = 45.9%, not 45.7 (breaks {B})')
a = ALT(JX, 2, x_p[2], '48.6', 'tertiary share 49.6 → 48.6')
S.rel('sum', I, R(a, x_p, x_p[2], '48.6'), 'altered: 4.7 + 45.7 + 48.6 = 99.0 (breaks {B})')
S.rel('share', I, R(a, sh_x3, x_p[2], '48.6'), 'altered: 7499.1/15133.1 = 49.6%, not 48.6 (breaks {B})')

# ---- 湖北 (province) Jan–Sep 2016 (湖北日报 report, reposted)
b_t = F(HB, '22198.4亿元'); b_s = [F(HB, '2691.7亿元'), F(HB, '9660.16亿元'), F(HB, '9846.54亿元')]
sum_b = b_s + [b_t]
S.rel('sum', C, sum_b, '2691.7 + 9660.16 + 9846.54 = 22198.4亿元')
S.rel('growth', U, [F(HB, '8.1%', n=1), F(HB, '1.4个')], 'GDP +8.1%, 1.4 points above the national average: the national rate is not stated')
S.rel('growth', U, [F(HB, '8.0%'), F(HB, '7.8%')], '规上工业 +8.0% vs secondary industry +7.8%: a subset of another aggregate, weights not stated')
S.rel('growth', U, [F(HB, '4.1%'), F(HB, '3.8%')], 'agriculture (farming) value added +4.1% vs primary industry +3.8%: a subset, weights not stated')
S.rel('restatement', C, [F(HB, '8.1%', n=0), F(HB, '8.1%', n=1)], 'headline 8.1% = body 8.1% GDP growth')
a = ALT(HB, 1, b_s[1], '9680.16亿元', 'secondary value added 9660.16 → 9680.16')
S.rel('sum', I, R(a, sum_b, b_s[1], '9680.16亿元'), 'altered: parts add to 22218.4, not 22198.4 (breaks {B})')

# ---- 湖南 2023 plan (2022 results, 2023 targets) and 中新网 on 2023 results (January 2024): cross-document pair
t_g = F(JH, '6.5%左右'); t_ind = F(JH, '7.5%'); t_inv = F(JH, '7%以上'); t_rev = F(JH, '8%以上')
S.rel('target', CT, [t_g, F(ZX, '5万亿元', n=2)], '湖南 2023 GDP target +6.5%左右 vs the 2023 result reported in Jan 2024: only “总量突破5万亿元” is given, no growth rate; cannot tell')
S.rel('target', U, [t_g, F(JH, '4.5%')], '2023 GDP target 6.5%左右 vs 2022 result +4.5%: another year')
S.rel('target', U, [t_ind, F(JH, '7.2%')], '2023 industry target 7.5% vs 2022 result +7.2%: another year')
S.rel('target', U, [t_rev, F(JH, '6.6%', n=1)], '2023 local-revenue target 8%以上 vs 2022 result +6.6%: another year')
S.rel('target', U, [t_g, F(ZX, '6%')], '2023 GDP target 6.5%左右 vs Q4 2023 “当季增长6%”: one quarter, not the year')
S.rel('restatement', U, [F(JH, '6.6%', n=0), F(JH, '6.6%', n=1)], '2022 investment +6.6% and local revenue +6.6%: same number, other indicators')
S.rel('restatement', U, [F(ZX, '16.5%', n=0), F(ZX, '16.5%', n=1)], 'catering +16.5% and automobile manufacturing +16.5%: same number, other indicators')
S.rel('growth', U, [F(JH, '48670.37亿元'), F(ZX, '5万亿元', n=2)], '2022 GDP 48670.37亿 → 2023 “突破5万亿”: the nominal rise (≥2.7%) is not the real growth the target is about; no rate is stated')

# ---- cross-document traps (other place / year)
S.rel('restatement', U, [w_use, u_t], '河南 total water use 222.83亿m³ (2015) vs 238.61 (2012): same indicator, other years; no change is stated')
S.rel('share', U, [l_t, w_sup], '洛阳 supply 14.12 vs 河南 supply 222.83 (both 2015): no share of the province is stated')
S.rel('target', U, [F(Q1, '18.4%'), F(M6, '31.96%')], '湖南 2023 Q1 progress 18.4% vs 2014 Jan–Jun 31.96%: other years and periods, other targets')


# ---- further traps (added for balance; each checked by hand)
S.rel('growth', U, [w_vol, F(HN15, '3.0%')], 'precipitation 1165.487亿m³, −3.0% on 2014: the 2014 volume is not stated')
S.rel('share', U, [w_tot, F(HN15, '17.3万立方米')], '产水模数 17.3万m³/km²: the area is not stated')
S.rel('share', U, [F(HN15, '47立方米'), w_use], '47m³ per 万元 GDP: GDP is not stated')
S.rel('share', U, [F(HN12, '119.55'), u_p[0]], 'irrigation 119.55 within agriculture/forestry/fishery 130.03: no share is stated')
S.rel('share', U, [F(HN12, '30.86'), u_p[2]], 'urban domestic 30.86 within domestic/environment 48.06: no share is stated')
S.rel('growth', U, [F(PX, '21.1%'), F(PX, '18.4%', n=0)], 'rainfall −21.1% vs surface water −18.4%: different indicators, no relation stated')
S.rel('growth', U, [F(PX, '377立方米'), F(PX, '0.5%'), F(PX, '0.4%')], 'per-capita use +0.5% vs total use +0.4%: the population change is not stated')
S.rel('sum', U, [F(AH, '1.0万张'), h_bi], 'primary-care beds +1.0万 within all beds +3.3万: a 其中 item, the other changes are not stated')
S.rel('share', U, [F(AH, '7.25张'), h_b], '7.25 beds per 1000 from 44.4万 beds: the population is not stated (≈6124万 implied)')
S.rel('share', U, [F(YS, '19254.25万吨'), F(YS, '15817.00万吨')], 'port throughput 19254.25 vs waterway freight 15817.00: different indicators (throughput counts loading and unloading, incl. other provinces’ ships); no relation')
S.rel('share', U, [F(YS, '960.84万人'), F(YS, '7235.60万人')], '武广 high-speed departures 960.84 within rail passengers 7235.60: “旅客发送人数” vs 客运量, no share stated')
S.rel('restatement', U, [F(M6, '1406公里'), F(M10, '1394公里')], 'expressways under construction: 21 sections 1406km (June) vs 19 sections 1394km (October): two dates, not a restatement')
S.rel('growth', U, [F(M10, '56.64', post=' |'), F(M10, '129.23')], 'highway October 环比 129.23%: September is not stated')
S.rel('restatement', U, [j6_lt, k_lt], 'same period of 2013: 238.21 (Jan–Jun) vs 536.93 (Jan–Oct): other periods')
S.rel('growth', U, [F(HN23, '107.4万户'), F(HN23, '38.6%')], 'new market entities 107.4万, +38.6%: last year’s number is not stated')
S.rel('growth', U, [F(HN23, '9.7%'), F(HN23, '9.4%')], 'strategic emerging industries +9.7% and high-tech manufacturing +9.4%: overlapping subsets of industry, no relation stated')
S.rel('growth', U, [c_ur, F(HC, '0.97個')], 'urbanisation 59.39%, +0.97 points: last year’s rate is not stated')
S.rel('share', U, [F(HB, '22072元'), F(HB, '8603元')], 'urban 22072 vs rural 8603 yuan per capita: no ratio is stated')
S.rel('share', U, [n_sh, F(HC, '70%')], '河南 H1 2023 tax share 61.8% vs 潢川 2023 tax share 70%: other place and period')
S.rel('restatement', U, [u_p[0], w_up[0]], '河南 agricultural use 130.03 (2012) vs 120.09 (2015): other years, no change is stated')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

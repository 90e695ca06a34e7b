"""Check key, set check-heldout113. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout113.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout113'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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
def R2(a, figs, old, new):
    """as R, for a relation spanning documents: only the figures of the altered copy's source move to the copy"""
    src = a.split('_alt')[0] + '.txt'
    return [(on(a, f, new) if f == old else on(a, f)) if f[0] == src else f for f in figs]

XH='xh_ys2020.txt'; SH='sh_gb2017s5.txt'; J20='js_hj2020_hant.txt'; J21='js_hj2021.txt'; J23='js_hj2023.txt'; JG='js_hj2023gb.txt'
ZJ='zj_sz2021.txt'; JX='jx_sz2021.txt'; JH='jh_sz2006_hant.txt'; WY='wy_nj2022.txt'; S18='sx_jh2018.txt'; S19='sx_jh2019.txt'
S17='sx_gb2017_hant.txt'; YW='yw_2023q3.txt'

# ---- 上海 徐汇区 2020 budget execution (district standing committee, 2020-12)
x_r = F(XH, '198.03'); x_in = [x_r, F(XH, '26亿元'), F(XH, '14亿元'), F(XH, '113.39'), F(XH, '90.73')]; x_tot = F(XH, '442.15')
x_e = F(XH, '310.85'); x_ep = [F(XH, '304.64'), F(XH, '6.21')]
sum_x1 = x_in + [x_tot]; sum_x2 = x_ep + [x_e]
S.rel('sum', C, sum_x1, 'general-budget revenue total: district revenue 198.03 + city–district settlement 26 + general-bond transfer 14 + stabilisation fund 113.39 + transfers from fund/state-capital budgets 90.73 = 442.15亿元')
S.rel('sum', C, sum_x2, 'district general-budget spending 310.85 = district spending 304.64 + higher-level special grants 6.21亿元')
S.rel('target', M, [x_r, F(XH, '100%', n=0)], 'district general-budget revenue 198.03亿 = 100% of the adjusted budget for 2020, reported after the year’s close (December 2020 standing committee): met (judgement: the adjusted budget itself is not stated, the completion ratio is)')
S.rel('restatement', U, [F(XH, '100%', n=1), F(XH, '100%', n=2)], 'spending 100% of the adjusted budget and district spending 100%: same ratio of two different aggregates, not one figure restated')
S.rel('growth', U, [x_r, F(XH, '2%')], 'revenue +2% “较去年同口径”: the comparable-scope 2019 base is not stated')
S.rel('share', U, [x_r, x_tot], 'district revenue 198.03 within the revenue total 442.15: no share is stated, and the total adds transfers and fund draw-downs')
a = ALT(XH, 1, x_in[3], '118.39', 'stabilisation fund 113.39 → 118.39')
S.rel('sum', I, R(a, sum_x1, x_in[3], '118.39'), 'altered: 198.03 + 26 + 14 + 118.39 + 90.73 = 447.15, not 442.15 (breaks {B})')
a = ALT(XH, 2, x_ep[0], '301.64', 'district spending 304.64 → 301.64')
S.rel('sum', I, R(a, sum_x2, x_ep[0], '301.64'), 'altered: 301.64 + 6.21 = 307.85, not 310.85 (breaks {B})')

# ---- 上海 2017 statistical bulletin, part 5 (health, sport)
g_t = F(SH, '162次'); g_p = [F(SH, '61次'), F(SH, '101次')]
sum_g = g_p + [g_t]
S.rel('sum', C, sum_g, 'major sports events: international 61 + national 101 = 162 times')
S.rel('share', U, [F(SH, '256万'), F(SH, '340万')], 'signed residents aged 60+ 256万 within “超过340万” signed residents: no share is stated (and 340 is a floor)')
S.rel('sum', U, [F(SH, '10个项目'), F(SH, '11个品牌'), F(SH, '35个项目'), F(SH, '1528个')], 'amateur league: 10 + 11 + 35 = 56 competition lines vs 1528 events held: different units, not a sum')
S.rel('rate', U, [F(SH, '47万'), F(SH, '18.9%'), F(SH, '3065人')], 'screening 47万 × positive rate 18.9% ≈ 8.9万 positives; 3065 are precancerous lesions found among them after follow-up: not the same count')
S.rel('share', U, [F(SH, '3.01/10万'), F(SH, '1.01/10万')], 'maternal mortality 3.01 (all) vs 1.01 (registered population): subgroup rate, weights not stated')
S.rel('rate', U, [F(SH, '6.75万'), F(SH, '5.30亿')], '5.30亿 to 6.75万 persons ≈ 7852 yuan each: no per-person amount is stated, and the scheme pays different rates; not a check')
a = ALT(SH, 1, g_p[1], '107次', 'national events 101 → 107')
S.rel('sum', I, R(a, sum_g, g_p[1], '107次'), 'altered: 61 + 107 = 168, not 162 (breaks {B})')

# ---- 江苏 environment: 2020 bulletin (traditional news), 2021 bulletin + 2022 targets, 2023 report to the standing committee, 2023 bulletin news
e20_pm = F(J20, '38微克'); e20_ok = F(J20, '81.0%')
e21_ok = F(J21, '82.4%', n=0); e21_okd = F(J21, '1.8个'); e21_pm = F(J21, '33微克'); e21_pmd = F(J21, '13.2%')
t22_pm = F(J21, '32.5微克'); t22_ok = F(J21, '82.4%', n=1); t22_gk = F(J21, '88%'); t22_sea = F(J21, '63.8%')
e23_pm = F(J23, '33微克'); e23_pmd = F(J23, '3.1%', n=0); e23_ok = F(J23, '79.6%'); e23_okd = F(J23, '0.6个', n=0)
e23_gk = F(J23, '92.9%'); e23_gkd = F(J23, '1.9个'); e23_sea = F(J23, '97%')
g23_pm = F(JG, '33微克'); g23_ok = F(JG, '79.6%'); g23_okd = F(JG, '0.6个'); g23_gk = F(JG, '92.9%'); g23_gkd = F(JG, '1.9个'); g23_sea = F(JG, '97.0%')
gr_e1 = [e21_pm, e21_pmd, e20_pm]
S.rel('growth', C, gr_e1, '江苏 PM2.5 2021 33 vs 2020 38 (2020 bulletin): 33/38 − 1 = −13.16% → “同比下降13.2%” (cross-document)')
S.rel('growth', U, [e21_ok, e21_okd, e20_ok], '2021 good-air ratio 82.4 “+1.8 points” implies 2020 = 80.6, the 2020 bulletin says 81.0: the 2021 comparison is on the 十四五 monitoring network (2020 recomputed), not the 十三五 network of the 2020 bulletin; different bases')
S.rel('growth', U, [F(J20, '87.5%'), F(J23, '92.9%')], '国考 sections: 87.5% of 104 sections (2020, 十三五 list) vs 92.9% of 210 sections (2023, 十四五 list): different section sets and years')
S.rel('growth', U, [e20_ok, F(J20, '9.6個')], '2020 good-air ratio 81.0, +9.6 points: the 2019 ratio is not stated')
S.rel('growth', U, [e20_pm, F(J20, '11.6%')], 'PM2.5 38, −11.6%: the 2019 level is not stated (≈43)')
S.rel('growth', U, [F(J20, '91.5%'), F(J20, '7.2個')], 'provincial sections 91.5%, +7.2 points: 2019 not stated')
S.rel('target', M, [t22_pm, e23_pm, e23_pmd], '2022 PM2.5 target “降至32.5” vs 2022 level implied by the 2023 report: 33/1.031 = 32.0 (31.5–32.5 with half units) ≤ 32.5: met (cross-document)')
S.rel('target', MS, [t22_ok, e23_ok, e23_okd], '2022 good-air target “不低于82.4%” vs 2022 ratio implied by the 2023 report: 79.6 − 0.6 = 79.0 < 82.4: missed (cross-document; judgement: the 2023 ratio is stated net of sand-dust days, the 2022 base likewise)')
S.rel('target', M, [t22_gk, e23_gk, e23_gkd], '2022 target 国考断面优Ⅲ “达到88%” vs 2022 ratio implied by the 2023 report: 92.9 − 1.9 = 91.0 ≥ 88: met (cross-document)')
S.rel('target', U, [t22_pm, e21_pm], '2022 PM2.5 target 32.5 vs 2021 result 33: another year')
S.rel('target', U, [t22_gk, e23_gk], '2022 target 88% vs 2023 result 92.9%: another year')
S.rel('target', U, [t22_sea, e23_sea], '2022 target: 近岸海域优良海水面积 ≥63.8% vs 2023 入海河流断面优Ⅲ 97%: other indicator and year')
S.rel('restatement', U, [e21_ok, t22_ok], '82.4% twice: the 2021 result and the 2022 target “不低于82.4%” (a target set at last year’s level); not a restatement of one figure')
S.rel('growth', U, [F(J23, '4.0%'), F(J23, '0.3个')], 'acid-rain frequency 4.0%, −0.3 points: the 2022 rate is not stated')
S.rel('growth', U, [F(J23, '96.6%'), F(J23, '0.6个', n=1), e23_okd], 'provincial sections +0.6 points and good-air days +0.6 points: same number, other indicators')
S.rel('growth', U, [e23_sea, F(J23, '3.1个'), e23_pmd], '入海河流 +3.1 points and PM2.5 +3.1%: same number, a point change vs a relative change of another indicator')
rs = [(e23_pm, g23_pm, 'PM2.5 33μg/m³'), (e23_ok, g23_ok, 'good-air ratio 79.6%'), (e23_gk, g23_gk, '国考断面优Ⅲ 92.9%'), (e23_gkd, g23_gkd, '+1.9 points'), (e23_sea, g23_sea, '入海河流国考断面优Ⅲ 97% = 97.0%')]
for f1, f2, w in rs:
    S.rel('restatement', C, [f1, f2], f'江苏 2023 {w}: the March 2024 report to the standing committee and the May 2024 bulletin news restate the same figure (cross-document)')
a = ALT(J20, 1, e20_pm, '36微克', '2020 PM2.5 38 → 36')
S.rel('growth', I, R2(a, gr_e1, e20_pm, '36微克'), 'altered: 33 vs 36 is −8.3%, not the 2021 report’s −13.2% (breaks {B})')
a = ALT(J23, 1, e23_gk, '93.9%', '2023 国考断面 92.9% → 93.9%')
S.rel('restatement', I, R2(a, [e23_gk, g23_gk], e23_gk, '93.9%'), 'altered: the report says 93.9%, the bulletin 92.9% for the same 2023 ratio (breaks {B})')
a = ALT(J23, 2, e23_ok, '78.6%', '2023 good-air ratio 79.6% → 78.6%')
S.rel('restatement', I, R2(a, [e23_ok, g23_ok], e23_ok, '78.6%'), 'altered: 78.6% in the report vs 79.6% in the bulletin for the same 2023 ratio (breaks {B})')
a = ALT(JG, 1, g23_pm, '35微克', '2023 PM2.5 in the bulletin news 33 → 35')
S.rel('restatement', I, R2(a, [e23_pm, g23_pm], g23_pm, '35微克'), 'altered: bulletin 35 vs report 33 for the 2023 PM2.5 mean (breaks {B})')

# ---- 浙江 2021 water-resources bulletin (news write-up)
z_t = F(ZJ, '1344.73'); z_s = F(ZJ, '1323.33'); z_g = F(ZJ, '261.83'); z_n = F(ZJ, '21.40')
z_r = F(ZJ, '242.84'); z_rl = F(ZJ, '219.85'); z_rm = F(ZJ, '22.99'); z_d = F(ZJ, '18.42'); z_dl = F(ZJ, '13.14'); z_dm = F(ZJ, '5.28')
z_u = F(ZJ, '166.42'); z_sp = [F(ZJ, '161.68'), F(ZJ, '0.22'), F(ZJ, '4.52')]; z_spp = [F(ZJ, '97.2%'), F(ZJ, '0.1%'), F(ZJ, '2.7%')]
z_up = [F(ZJ, '63.63'), F(ZJ, '9.63'), F(ZJ, '35.81'), F(ZJ, '18.69'), F(ZJ, '31.87'), F(ZJ, '6.79')]
z_upp = [F(ZJ, '38.2%'), F(ZJ, '5.8%'), F(ZJ, '21.5%'), F(ZJ, '11.2%'), F(ZJ, '19.2%'), F(ZJ, '4.1%')]
sum_z2 = [z_rl, z_rm, z_r]; sum_z5 = z_up + [z_u]; sh_z3 = [z_up[2], z_u, z_upp[2]]
S.rel('sum', C, [z_s, z_n, z_t], 'resources = surface 1323.33 + groundwater not overlapping 21.40 = 1344.73亿m³')
S.rel('sum', U, [z_s, z_g, z_t], 'surface 1323.33 + groundwater 261.83 = 1585.16 ≠ 1344.73: groundwater largely overlaps surface water; only the non-overlapping 21.40 adds')
S.rel('sum', C, [F(ZJ, '34座'), F(ZJ, '159座'), F(ZJ, '193座')], 'reservoirs: 34 large + 159 medium = 193')
S.rel('sum', C, sum_z2, 'storage: large 219.85 + medium 22.99 = 242.84亿m³')
S.rel('sum', C, [z_dl, z_dm, z_d], 'storage change: +13.14 + 5.28 = +18.42亿m³')
S.rel('sum', C, z_sp + [z_u], 'supply by source: surface 161.68 + groundwater 0.22 + other 4.52 = 166.42亿m³')
for i, v in enumerate(['97.15', '0.13', '2.72']):
    S.rel('share', C, [z_sp[i], z_u, z_spp[i]], f'{z_sp[i][1]}/166.42 = {v}% → {z_spp[i][1]}')
S.rel('sum', C, sum_z5, 'use: irrigation 63.63 + forestry/livestock/fishery 9.63 + industry 35.81 + urban public 18.69 + households 31.87 + environment 6.79 = 166.42亿m³')
for i, v in enumerate(['38.23', '5.79', '21.52', '11.23', '19.150', '4.08']):
    S.rel('share', C, [z_up[i], z_u, z_upp[i]], f'{z_up[i][1]}/166.42 = {v}% → {z_upp[i][1]}')
S.rel('sum', C, z_upp, 'use shares 38.2 + 5.8 + 21.5 + 11.2 + 19.2 + 4.1 = 100.0')
S.rel('growth', U, [z_t, F(ZJ, '31.0%')], 'resources +31.0% on 2020: the 2020 total is not stated')
S.rel('growth', U, [F(ZJ, '17.1%'), F(ZJ, '31.0%')], 'rainfall +17.1% vs resources +31.0%: different indicators, no relation stated')
S.rel('growth', U, [z_u, F(ZJ, '2.48')], 'use 166.42, +2.48亿m³ on 2020: no rate is stated and the 2020 level is not given; nothing to check')
a = ALT(ZJ, 1, z_rl, '212.85', 'large-reservoir storage 219.85 → 212.85')
S.rel('sum', I, R(a, sum_z2, z_rl, '212.85'), 'altered: 212.85 + 22.99 = 235.84, not 242.84 (breaks {B})')
a = ALT(ZJ, 2, z_up[2], '38.81', 'industrial use 35.81 → 38.81')
S.rel('sum', I, R(a, sum_z5, z_up[2], '38.81'), 'altered: uses add to 169.42, not 166.42 (breaks {B})')
S.rel('share', I, R(a, sh_z3, z_up[2], '38.81'), 'altered: 38.81/166.42 = 23.3%, not 21.5 (breaks {B})')

# ---- 嘉兴 2021 water-resources bulletin
j_t = F(JX, '18.7430', n=0); j_u = F(JX, '18.7430', n=1); j_s = [F(JX, '18.6095'), F(JX, '0.1335')]
j_up = [F(JX, '9.3556'), F(JX, '4.7990'), F(JX, '4.2638'), F(JX, '0.3246')]; j_res = F(JX, '35.8318'); j_rain = F(JX, '63.8899')
sum_j1 = j_s + [j_t]; sum_j2 = j_up + [j_u]
S.rel('sum', C, sum_j1, 'supply: surface 18.6095 + other 0.1335 = 18.7430亿m³')
S.rel('sum', C, sum_j2, 'use: agriculture 9.3556 + industry 4.7990 + domestic 4.2638 + environment 0.3246 = 18.7430亿m³')
S.rel('share', C, [j_res, j_rain, F(JX, '0.56')], '产水系数 = resources / precipitation volume = 35.8318/63.8899 = 0.561 → 0.56')
S.rel('rate', C, [j_res, F(JX, '656 立方米'), j_u, F(JX, '343立方米')], 'both per-capita figures use the same mean resident population (“下同”): 35.8318亿/656 = 546.2万 and 18.7430亿/343 = 546.4万 agree within the half units of 656 and 343')
S.rel('growth', U, [j_t, F(JX, '4.2%')], 'supply +4.2%: the 2020 supply is not stated')
S.rel('growth', U, [F(JX, '15.0%'), F(JX, '7.8%')], 'resources −15.0% vs rainfall −7.8%: different indicators')
S.rel('share', U, [F(JX, '84.85万'), j_res], '产水模数 84.85万m³/km²: the area is not stated')
S.rel('share', U, [F(JX, '29.5 立方米'), j_u], '29.5m³ per 万元 GDP: GDP is not stated')
a = ALT(JX, 1, j_up[1], '4.7290', 'industrial use 4.7990 → 4.7290')
S.rel('sum', I, R(a, sum_j2, j_up[1], '4.7290'), 'altered: uses add to 18.6730, not 18.7430 (breaks {B})')
a = ALT(JX, 2, j_s[1], '0.1835', 'other-source supply 0.1335 → 0.1835')
S.rel('sum', I, R(a, sum_j1, j_s[1], '0.1835'), 'altered: 18.6095 + 0.1835 = 18.7930, not 18.7430 (breaks {B})')

# ---- 金华 2006 water-resources bulletin (traditional)
k_t = F(JH, '75.9942'); k_m = F(JH, '91.7258'); k_p = F(JH, '88.6168'); k_u = F(JH, '18.8708', n=1); k_sup = F(JH, '18.8708', n=0)
k_c = F(JH, '11.4257'); gr_k3 = [k_t, k_p, F(JH, '14.2%')]; sh_k5 = [F(JH, '16.9121'), k_sup, F(JH, '89.6%')]
S.rel('growth', C, [F(JH, '1321.7'), F(JH, '1452.7'), F(JH, '9.0%')], 'rainfall 1321.7 vs 1452.7mm last year: −9.02% → 9.0')
S.rel('growth', C, [k_t, k_m, F(JH, '17.2%')], 'resources 75.9942 vs long-term mean 91.7258: −17.15% → 17.2')
S.rel('growth', C, gr_k3, 'resources 75.9942 vs 2005 88.6168: −14.24% → 14.2')
S.rel('share', C, [F(JH, '15.5628'), k_t, F(JH, '20.5%')], 'groundwater 15.5628/75.9942 = 20.48% → 20.5')
S.rel('share', C, sh_k5, 'surface supply 16.9121/18.8708 = 89.62% → 89.6')
S.rel('share', C, [F(JH, '9.5747'), k_u, F(JH, '50.7%')], 'irrigation 9.5747/18.8708 = 50.74% → 50.7')
S.rel('share', I, [k_c, k_u, F(JH, '61.0%')], 'REAL ERROR in the original (judgement call): 综合耗水率 = consumption 11.4257 / use 18.8708 = 60.55%, stated 61.0 (outside the half units of four-decimal inputs; the share 63.8 below uses the same 11.4257 and is exact)')
S.rel('share', C, [F(JH, '7.2930'), k_c, F(JH, '63.8%')], 'irrigation consumption 7.2930/11.4257 = 63.83% → 63.8')
S.rel('share', C, [k_u, k_t, F(JH, '24.8%')], '水资源利用率 = use 18.8708 / resources 75.9942 = 24.83% → 24.8')
S.rel('sum', U, [F(JH, '0.7900'), F(JH, '0.2800'), F(JH, '3.9270')], 'typhoon inflows 0.79 + 0.28 vs year-end storage 3.9270: gains during the year, not parts of the end-of-year storage')
S.rel('share', U, [F(JH, '3.9270'), F(JH, '44.0%')], 'storage 3.9270 = 44.0% of normal storage: the normal storage is not stated')
S.rel('share', U, [F(JH, '1663立方米'), k_t], 'per-capita resources 1663m³: the population is not stated')
S.rel('growth', U, [F(JH, '71.6'), F(JH, '73.0%')], 'plum-rain 71.6mm, 73.0% below the mean: the mean is not stated')
S.rel('share', U, [F(JH, '69.60萬'), k_t], '产水模数: the area is not stated')
a = ALT(JH, 1, sh_k5[0], '16.3121', 'surface supply 16.9121 → 16.3121')
S.rel('share', I, R(a, sh_k5, sh_k5[0], '16.3121'), 'altered: 16.3121/18.8708 = 86.4%, not 89.6 (breaks {B})')
a = ALT(JH, 2, k_p, '86.6168', '2005 resources 88.6168 → 86.6168')
S.rel('growth', I, R(a, gr_k3, k_p, '86.6168'), 'altered: 75.9942 vs 86.6168 is −12.3%, not −14.2 (breaks {B})')

# ---- 武义县 yearbook 2022, finance (two-column layout kept as stored)
w_r = [F(WY, '40.97'), F(WY, '43.89'), F(WY, '44.06'), F(WY, '44.71'), F(WY, '49.27', n=1)]
w_rg = [None, F(WY, '7.1', pre='  '), F(WY, '0.4', pre='  '), F(WY, '1.5', pre='  '), F(WY, '10.2', n=1)]
w_e = [F(WY, '45.80'), F(WY, '42.13'), F(WY, '48.99'), F(WY, '56.47'), F(WY, '62.99', n=1)]
w_eg = [None, F(WY, '-8.0'), F(WY, '16.3'), F(WY, '15.3'), F(WY, '11.6', n=1)]
yrs = ['2017', '2018', '2019', '2020', '2021']
gr_w = {}
for i in range(1, 5):
    v = (float(w_r[i][1]) / float(w_r[i-1][1]) - 1) * 100
    gr_w[('r', i)] = [w_r[i], w_r[i-1], w_rg[i]]
    S.rel('growth', C, gr_w[('r', i)], f'table: 财政总收入 {yrs[i]} {w_r[i][1]} vs {yrs[i-1]} {w_r[i-1][1]}: {v:+.3f}% → {w_rg[i][1]}')
for i in range(1, 5):
    v = (float(w_e[i][1]) / float(w_e[i-1][1]) - 1) * 100
    gr_w[('e', i)] = [w_e[i], w_e[i-1], w_eg[i]]
    note = ' (11.55 → 11.5 at the central values; 62.995/56.465 = +11.565%, so 11.6 is inside the half units: consistent, judgement call)' if i == 4 else ''
    S.rel('growth', C, gr_w[('e', i)], f'table: general-budget spending {yrs[i]} {w_e[i][1]} vs {yrs[i-1]} {w_e[i-1][1]}: {v:+.3f}% → {w_eg[i][1]}{note}')
w_rt = F(WY, '49.27', n=0); w_rtg = F(WY, '10.2%'); w_et = F(WY, '62.99', n=0); w_etg = F(WY, '11.6%')
S.rel('restatement', C, [w_rt, w_r[4]], '2021 财政总收入 49.27亿: text and table row')
S.rel('restatement', C, [w_rtg, w_rg[4]], '2021 财政总收入 growth 10.2%: text and table row')
S.rel('restatement', C, [w_et, w_e[4]], '2021 general-budget spending 62.99亿: text and table row')
S.rel('restatement', C, [w_etg, w_eg[4]], '2021 spending growth 11.6%: text and table row')
w_b = F(WY, '29.92'); w_res = F(WY, '29.56')
S.rel('share', C, [w_res, w_b, F(WY, '98.8%')], 'general-budget revenue 29.56 / budget 29.92 (approved by the standing committee, i.e. the adjusted budget) = 98.80% → 98.8')
S.rel('share', C, [w_et, F(WY, '64.91'), F(WY, '97.1%')], 'spending 62.99 / adjusted budget 64.91 = 97.04% (central); 62.995/64.905 = 97.057% → 97.1 is inside the half units (judgement call)')
S.rel('target', MS, [w_b, w_res], '2021 general-budget revenue budget 29.92亿 (adjusted) vs result 29.56亿 (98.8%): missed')
S.rel('share', U, [w_res, w_rt], 'general-budget revenue 29.56 within 财政总收入 49.27: no share is stated')
S.rel('growth', U, [w_res, F(WY, '7.7%')], 'general-budget revenue +7.7%: the 2020 level is not in the passage (the table gives 财政总收入, another indicator)')
S.rel('growth', U, [F(WY, '9.4'), F(WY, '2.8', pre='  ')], '2017 rates 9.4 and 2.8: the 2016 levels are not in the table')
a = ALT(WY, 1, w_r[2], '44.86', '2019 财政总收入 44.06 → 44.86')
S.rel('growth', I, R(a, gr_w[('r', 2)], w_r[2], '44.86'), 'altered: 44.86 vs 43.89 is +2.2%, not 0.4 (breaks {B})')
S.rel('growth', I, R(a, gr_w[('r', 3)], w_r[2], '44.86'), 'altered: 44.71 vs 44.86 is −0.3%, not +1.5 (breaks {B})')
a = ALT(WY, 2, w_e[3], '59.47', '2020 spending 56.47 → 59.47')
S.rel('growth', I, R(a, gr_w[('e', 3)], w_e[3], '59.47'), 'altered: 59.47 vs 48.99 is +21.4%, not 15.3 (breaks {B})')
S.rel('growth', I, R(a, gr_w[('e', 4)], w_e[3], '59.47'), 'altered: 62.99 vs 59.47 is +5.9%, not 11.6 (breaks {B})')

# ---- 绍兴 2018 targets and results (plan report of 2019-01-15), 2019 results (plan report of 2020-04-28), 2017 bulletin (traditional)
def tg(tgt, res, verdict, why): S.rel('target', verdict, [tgt, res], why)
s_g = F(S18, '7%左右', n=0); s_gr = F(S18, '7%左右', pre='预计')
tg(s_g, s_gr, M, '2018 GDP target +7%左右 vs “预计7%左右” in January 2019: an estimate of about 7 (≥ 6.5): met (judgement: the result is itself an estimate)')
tg(F(S18, '7%以上'), F(S18, '7.3 %左右'), M, '规上工业 target 7%以上 vs estimate 7.3%左右: met')
tg(F(S18, '8%以上'), F(S18, '8%左右', pre='预计'), CT, '服务业 target 8%以上 vs estimate “8%左右”: about 8 may fall either side of the floor; cannot tell')
s_rev = F(S18, '9%', post='\n'); s_revr = F(S18, '16.2%')
tg(s_rev, s_revr, M, '一般公共预算收入 target +9% vs result +16.2%: met')
s_ret = F(S18, '10%左右')
tg(s_ret, F(S18, '11%左右', pre='预计'), M, '社零 target 10%左右 vs estimate 11%左右: met')
tg(F(S18, '9%以上'), F(S18, '9.4%左右', pre='预计'), M, '规上工业主营业务利税率 target 9%以上 vs estimate 9.4%左右: met')
tg(F(S18, '10%以上', n=0), F(S18, '28%左右', pre='预计'), M, '交通投资 target +10%以上 vs estimate +28%左右: met')
tg(F(S18, '10%以上', n=1), F(S18, '-3%左右', pre='预计'), MS, '生态环境和公共设施投资 target +10%以上 vs estimate −3%左右: missed')
tg(F(S18, '10%以上', n=2), F(S18, '23%左右', pre='预计'), M, '高新技术产业投资 target +10%以上 vs estimate +23%左右: met')
tg(F(S18, '10%以上', n=3), F(S18, '20%左右', pre='预计'), M, '民间投资 target +10%以上 vs estimate +20%左右: met')
tg(F(S18, '达到50%'), F(S18, '85.7%'), M, '市县长项目工程落地率 target 50% vs 85.7%: met')
tg(s_g, F(S19, '7.2%'), U, '绍兴 2018 GDP target 7%左右 vs 2019 result +7.2%: another year')
tg(s_rev, F(S19, '5.4%'), U, '2018 revenue target 9% vs 2019 revenue +5.4%: another year')
tg(s_ret, F(S19, '10.0%', n=0), U, '2018 retail target 10%左右 vs 2019 retail +10.0%: another year')
tg(s_g, F(S17, '7.1%'), U, '2018 GDP target 7%左右 vs 2017 result +7.1% (2017 bulletin): another year')
S.rel('restatement', U, [F(S19, '10.0%', n=0), F(S19, '10.0%', n=1)], '2019 retail +10.0% and exports +10.0%: same number, other indicators')
S.rel('growth', U, [F(S19, '9.8%'), F(S19, '10.0%', n=1)], 'trade +9.8% with exports +10.0%: imports and the weights are not stated')
S.rel('growth', U, [F(S19, '7.2%'), F(S19, '2.3%'), F(S19, '7.0%'), F(S19, '7.8%')], 'GDP +7.2% from sector rates 2.3/7.0/7.8: the sector levels (weights) are not stated')
S.rel('share', U, [F(S19, '63935元'), F(S19, '36120元')], 'urban 63935 vs rural 36120 yuan: no ratio is stated')
tg(F(S18, '8%以上'), F(S19, '7.8%'), U, '2018 服务业 target 8%以上 vs 2019 tertiary value added +7.8%: another year')

q_t = F(S17, '5108'); q_p = [F(S17, '207'), F(S17, '2491'), F(S17, '2410')]; q_s = [F(S17, '4.0%'), F(S17, '48.8%'), F(S17, '47.2%')]
sum_q = q_p + [q_t]; sh_q2 = [q_p[1], q_t, q_s[1]]; sh_q3 = [q_p[2], q_t, q_s[2]]
S.rel('sum', C, sum_q, '207 + 2491 + 2410 = 5108億元')
S.rel('share', C, [q_p[0], q_t, q_s[0]], 'primary 207/5108 = 4.05% (206.5/5108.5 = 4.04 inside the half units) → 4.0: consistent (judgement call, central value rounds to 4.1)')
S.rel('share', C, sh_q2, 'secondary 2491/5108 = 48.77% → 48.8')
S.rel('share', C, sh_q3, 'tertiary 2410/5108 = 47.18% → 47.2')
S.rel('sum', C, q_s, '4.0 + 48.8 + 47.2 = 100')
S.rel('rate', C, [F(S17, '10.22萬'), F(S17, '6.7518'), F(S17, '1.51萬')], 'per-capita GDP 10.22萬 / 6.7518 = 1.514萬 dollars → 1.51萬')
S.rel('restatement', C, [F(S17, '上漲1.8%'), F(S17, '1.8', pre='居民消費(fèi)價格\n')], 'CPI +1.8%: text and table 1 first row')
S.rel('share', U, [F(S17, '431'), F(S17, '706')], '一般公共预算收入 431 within 財政總收入 706: no share is stated')
S.rel('growth', U, [F(S17, '1.8', pre='居民消費(fèi)價格\n'), F(S17, '-0.8'), F(S17, '12.3'), F(S17, '2.5', pre='居住\n')], 'CPI +1.8 from category indices: the basket weights are not stated')
S.rel('growth', U, [F(S17, '7.1%'), F(S17, '2.0%'), F(S17, '6.7%'), F(S17, '8.0%')], 'GDP +7.1% from sector rates: current-price levels and real rates; not a check')
S.rel('growth', U, [F(S17, '7.1%'), F(S17, '6.6%')], 'per-capita GDP +6.6% vs GDP +7.1%: the population change is not stated')
a = ALT(S17, 1, q_p[1], '2461', 'secondary value added 2491 → 2461')
S.rel('sum', I, R(a, sum_q, q_p[1], '2461'), 'altered: 207 + 2461 + 2410 = 5078, not 5108 (breaks {B})')
S.rel('share', I, R(a, sh_q2, q_p[1], '2461'), 'altered: 2461/5108 = 48.2%, not 48.8 (breaks {B})')
a = ALT(S17, 2, q_s[2], '41.2%', 'tertiary share 47.2 → 41.2')
S.rel('sum', I, R(a, q_s, q_s[2], '41.2%'), 'altered: 4.0 + 48.8 + 41.2 = 94.0 (breaks {B})')
S.rel('share', I, R(a, sh_q3, q_s[2], '41.2%'), 'altered: 2410/5108 = 47.2%, not 41.2 (breaks {B})')

# ---- 义乌 Jan–Sep 2023 (news)
y_t = F(YW, '1406.4'); y_p = [F(YW, '16.8亿'), F(YW, '430.3'), F(YW, '959.2')]; y_g = F(YW, '8.7%')
y_i = F(YW, '197.54'); y_ip = [F(YW, '184.19'), F(YW, '13.35')]
sum_y1 = y_p + [y_t]; sum_y2 = y_ip + [y_i]; gr_y1 = [y_g, F(YW, '6.3%'), F(YW, '2.4个')]
S.rel('sum', C, sum_y1, 'GDP parts 16.8 + 430.3 + 959.2 = 1406.3 ≈ 1406.4 (inside the inputs’ half units)')
S.rel('growth', C, gr_y1, '义乌 +8.7% vs province +6.3%: 2.4 points higher')
S.rel('growth', C, [y_g, F(YW, '6.7%'), F(YW, '2.0个')], '义乌 +8.7% vs 金华 +6.7%: 2.0 points higher')
S.rel('sum', C, sum_y2, '规上工业 197.54 = manufacturing 184.19 + utilities 13.35 (the city reports no mining)')
S.rel('restatement', U, [y_p[0], F(YW, '17.13')], 'primary industry 16.8 vs 农林牧渔业增加值 17.13 (both +5.4%): different scopes (the latter includes the 辅助活动 of the 30.56 output); not one figure')
S.rel('restatement', U, [F(YW, '7.8%', n=0), F(YW, '7.8%', n=1)], '规上工业 +7.8% and manufacturing +7.8%: a subset with the same rounded rate, not a restatement')
S.rel('growth', U, [y_g, F(YW, '6.5%'), F(YW, '9.7%')], 'GDP +8.7% from sector rates: real rates on current-price levels; not a check')
S.rel('share', U, [F(YW, '3.91万亩'), F(YW, '1.58万吨')], 'early rice 1.58万t on 3.91万亩 ≈ 404 kg/亩: no yield is stated')
a = ALT(YW, 1, y_p[1], '480.3', 'secondary value added 430.3 → 480.3')
S.rel('sum', I, R(a, sum_y1, y_p[1], '480.3'), 'altered: parts add to 1456.3, not 1406.4 (breaks {B})')
a = ALT(YW, 2, y_ip[1], '18.35', 'utilities value added 13.35 → 18.35')
S.rel('sum', I, R(a, sum_y2, y_ip[1], '18.35'), 'altered: 184.19 + 18.35 = 202.54, not 197.54 (breaks {B})')

# ---- cross-document traps (other place / year / indicator)
S.rel('share', U, [j_u, z_u], '嘉兴 use 18.7430 vs 浙江 use 166.42 (both 2021): no share of the province is stated')
S.rel('restatement', U, [k_u, j_u], '金华 2006 use 18.8708 vs 嘉兴 2021 use 18.7430: other place and year')
S.rel('growth', U, [F(S17, '5108'), y_t], '绍兴 2017 GDP 5108 vs 义乌 Jan–Sep 2023 GDP 1406.4: other place and period')
S.rel('target', U, [t22_pm, e20_pm], '江苏 2022 PM2.5 target 32.5 vs 2020 result 38: another year')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

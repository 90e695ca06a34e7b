"""Check key, set check-heldout89. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout89.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout89'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

H20='hen_2020_hant.txt'; H21='hen_2021_hant.txt'; LS='lushan_2020.txt'; XS='xiushui_2011.txt'; XQ='xq_2021q3.txt'
HB='hb_2019.txt'; NX1='ncx_2021.txt'; NX2='ncx_2022.txt'; NT='nc_2022t.txt'; NR='nc_2022r.txt'; SX='sx_1950.txt'
HS='hs_2023_hant.txt'; HE='hb_edu_2022.txt'; LH='lh_2023.txt'; HN17='hen_2017.txt'; LA='la_2002.txt'; ED='hn_edu_2000.txt'

# ---- 河南 2020 grain (province, newspaper write-up of the survey team's release, traditional)
t20 = F(H20, '6825.80萬噸'); t20j = F(H20, '1365.16億斤'); d20 = F(H20, '130.40萬噸'); d20j = F(H20, '26.08億斤')
g20h = F(H20, '1.9%', n=0); g20 = F(H20, '1.9%', n=1)
area = F(H20, '16108.19萬畝'); yld = F(H20, '423.75公斤')
su = F(H20, '750.75億斤'); au = F(H20, '614.41億斤'); dsu = F(H20, '1.67億斤'); dau = F(H20, '24.41億斤')
sum_h20 = [su, au, t20j]
S.rel('restatement', C, [t20, t20j], '6825.80萬噸 = 1365.16億斤 (1 噸 = 2000 斤)')
S.rel('restatement', C, [d20, d20j], 'increase 130.40萬噸 = 26.08億斤')
S.rel('growth', C, [t20, d20, g20], '130.40 / (6825.80 − 130.40) = 1.95% → 1.9')
S.rel('restatement', C, [g20h, g20], 'grain output +1.9% in the headline and in the body')
S.rel('sum', C, sum_h20, 'summer 750.75 + autumn 614.41 = 1365.16億斤')
S.rel('sum', C, [dsu, dau, d20j], 'increases 1.67 + 24.41 = 26.08億斤')
S.rel('rate', C, [area, yld, t20], 'area × yield: 16108.19萬畝 × 423.75 kg = 6825.85萬噸 (stated 6825.80; inside the yield allowance)')
S.rel('growth', C, [F(H20, '0.6%'), F(H20, '0.9%'), F(H20, '0.3%')], 'wheat: area −0.6%, yield +0.9% → output 0.994 × 1.009 − 1 = +0.29% → 0.3')
a = ALT(H20, 1, au, '641.41億斤', 'autumn grain 614.41 → 641.41')
S.rel('sum', I, R(a, sum_h20, au, '641.41億斤'), 'altered: 750.75 + 641.41 = 1392.16, not 1365.16 (breaks {B})')
a = ALT(H20, 2, g20, '2.9%', 'grain growth in the body 1.9 → 2.9')
S.rel('growth', I, [on(a, t20), on(a, d20), on(a, g20, '2.9%')], 'altered: 130.40 / 6695.40 = 1.9%, not 2.9 (breaks {B})')
S.rel('restatement', I, [on(a, g20h), on(a, g20, '2.9%')], 'altered: headline 1.9% vs body 2.9% (breaks {B})')

# ---- 河南 2021 grain (province, news agency write-up, traditional with glyph pairs)
b0 = F(H21, '1308.84億斤', n=0); b1 = F(H21, '1308.84億斤', n=1)
s21 = F(H21, '760.64億斤'); a21 = F(H21, '548.20億斤'); ds = F(H21, '9.89億斤'); gs = F(H21, '1.3%')
da = F(H21, '66.21億斤'); ga = F(H21, '10.8%'); y21 = F(H21, '405.00公斤'); dy = F(H21, '18.75公斤'); gy = F(H21, '4.4%')
loss = F(H21, '56.32億斤')
sum_h21 = [s21, a21, b1]
S.rel('restatement', C, [b0, b1], '2021 grain output 1308.84億斤 stated twice')
S.rel('sum', C, sum_h21, 'summer 760.64 + autumn 548.20 = 1308.84億斤')
S.rel('growth', C, [ds, s21, gs], 'summer: 9.89 / (760.64 − 9.89) = 1.32% → 1.3')
S.rel('growth', C, [da, a21, ga], 'autumn: 66.21 / (548.20 + 66.21) = 10.78% → 10.8')
S.rel('growth', C, [dy, y21, gy], 'yield: 18.75 / (405.00 + 18.75) = 4.42% → 4.4')
S.rel('restatement', C, [F(H21, '1308億斤'), b0], 'headline 逾1308億斤 vs 1308.84億斤')
S.rel('restatement', C, [F(H21, '56億斤'), loss], 'headline 逾56億斤 vs 56.32億斤')
# cross-document: the 2021 release against the 2020 release of the same survey team
S.rel('sum', C, [y21, dy, yld], '2021 yield 405.00 + fall 18.75 = 423.75 kg, the 2020 yield in the 2020 release')
S.rel('sum', C, [s21, ds, su], '2021 summer grain 760.64 − 9.89 = 750.75, the 2020 summer grain in the 2020 release')
S.rel('sum', C, [a21, da, au], '2021 autumn grain 548.20 + 66.21 = 614.41, the 2020 autumn grain in the 2020 release')
S.rel('sum', I, [a21, da, on(H20[:-4] + '_alt1.txt', au, '641.41億斤')], 'altered 2020 release: 548.20 + 66.21 = 614.41, not the 641.41 stated for 2020 autumn grain (breaks {B})')
S.rel('growth', C, [t20j, b1, loss], '1365.16 (2020) − 1308.84 (2021) = 56.32億斤, the 因灾減產 figure (judgement: read as the fall on 2020)')
a = ALT(H21, 1, a21, '543.20億斤', 'autumn grain 548.20 → 543.20')
S.rel('sum', I, R(a, sum_h21, a21, '543.20億斤'), 'altered: 760.64 + 543.20 = 1303.84, not 1308.84 (breaks {B})')
S.rel('sum', I, [on(a, a21, '543.20億斤'), on(a, da), au], 'altered: 543.20 + 66.21 = 609.41, not the 2020 autumn grain 614.41 (breaks {B})')
S.rel('growth', I, [on(a, da), on(a, a21, '543.20億斤'), on(a, ga)], 'altered: 66.21 / (543.20 + 66.21) = 10.86% → 10.9, not 10.8 (breaks {B})')
a = ALT(H21, 2, ga, '12.8%', 'autumn grain fall 10.8 → 12.8%')
S.rel('growth', I, [on(a, da), on(a, a21), on(a, ga, '12.8%')], 'altered: 66.21 / 614.41 = 10.8%, not 12.8 (breaks {B})')
a = ALT(H21, 3, dy, '18.25公斤', 'yield fall 18.75 → 18.25 kg')
S.rel('growth', I, [on(a, dy, '18.25公斤'), on(a, y21), on(a, gy)], 'altered: 18.25 / 423.25 = 4.3%, not 4.4 (breaks {B})')
S.rel('sum', I, [on(a, y21), on(a, dy, '18.25公斤'), yld], 'altered: 405.00 + 18.25 = 423.25, not the 2020 yield 423.75 (breaks {B})')

# ---- 庐山市 (九江, 江西) transport bureau, 十三五 poverty-alleviation summary (bureau work summary)
ls_parts = [F(LS, '30.4公里'), F(LS, '68.59公里'), F(LS, '12.87公里'), F(LS, '92.59公里'), F(LS, '160.15公里'), F(LS, '556公里')]
ls_t = F(LS, '920.596公里')
S.rel('sum', C, ls_parts + [ls_t], '30.4 + 68.59 + 12.87 + 92.59 + 160.15 + 556 = 920.60 ≈ 920.596 (556 carries ±0.5)')
S.rel('rate', U, [ls_t, F(LS, '102.97公里')], 'road density per 100 km²: the land area is not stated; not checkable')
a = ALT(LS, 1, ls_parts[4], '166.15公里', 'township roads 160.15 → 166.15 km')
S.rel('sum', I, R(a, ls_parts + [ls_t], ls_parts[4], '166.15公里'), 'altered: parts add to 926.6, not 920.596 (breaks {B})')

# ---- 修水县 (九江, 江西) transport, 2011 (forum repost of a county news item)
xs_built = F(XS, '1524.9公里'); xs_tot = F(XS, '3146公里')
S.rel('share', U, [xs_built, xs_tot], 'rural roads built in 十一五 (1524.9 km) vs the county road network (3146 km): a flow against a stock, no share stated')
S.rel('restatement', U, [F(XS, '69个'), F(XS, '80个')], 'bus shelters: 69 over 十一五 vs 80 in 2011: different periods')
S.rel('restatement', U, [F(XS, '80个'), F(XS, '80多座')], '80 bus shelters vs 80多 bridges repaired: same number, different indicators')
S.rel('rate', U, [F(XS, '5.3亿元'), xs_built], '5.3亿 invested in 十一五 also paid for 21 bridges and stations: not a cost per km')
S.rel('restatement', U, [xs_tot, ls_t], '修水 road network 3146 km (2010) vs 庐山市 920.596 km (2020): other county, other year')

# ---- x区 (place not named) agriculture bureau, 2021 summary with Q1–Q3 estimates
xq_parts = [F(XQ, '7.58亿元'), F(XQ, '1.95亿元'), F(XQ, '20.49亿元'), F(XQ, '1.48亿元')]; xq_t = F(XQ, '33.36亿元')
S.rel('sum', U, xq_parts + [xq_t], '7.58 + 1.95 + 20.49 + 1.48 = 31.50 of 33.36: farm, forestry, livestock and fishery only (其中); the service activities are not listed')
S.rel('rate', U, [xq_parts[0], F(XQ, '5.7%'), xq_parts[1], F(XQ, '7.3%'), xq_parts[2], F(XQ, '30.84%'), xq_parts[3], F(XQ, '10.7%', n=0), xq_t, F(XQ, '20.32%')],
      'part growth rates vs total +20.32%: the service part and base-year weights are missing (parts alone give about 21.2%); not a check')
S.rel('restatement', U, [F(XQ, '10.7%', n=0), F(XQ, '10.7%', n=1)], 'fishery output value +10.7% vs fishery output tonnage +10.7%: different indicators sharing a number')
S.rel('target', CT, [F(XQ, '37.7万亩'), F(XQ, '38万亩')], 'planned grain area 37.7万亩 vs 38万亩 "预计…年内可完成": the year is not over, the 38 is a projection; cannot tell')
S.rel('target', CT, [F(XQ, '29万亩'), F(XQ, '30万亩')], 'planned rice 29万亩 vs projected 30万亩: projection, cannot tell')
S.rel('sum', U, [F(XQ, '30万亩'), F(XQ, '7.05万亩'), F(XQ, '0.32万亩'), F(XQ, '1.57万亩'), F(XQ, '38万亩')],
      'rice + maize + beans + tubers = 38.94 > 38万亩: areas count intercropping (包括间套种), not a split')

# ---- 湖北 2019 health resources (provincial 卫健委 statistical analysis)
hb_h = F(HB, '1034家', n=0); hb_h2 = F(HB, '1034家', n=1)
hb_hp = [F(HB, '561家'), F(HB, '151家'), F(HB, '311家'), F(HB, '11家', pre='护理院')]
hb_b = [F(HB, '1152家'), F(HB, '1149家'), F(HB, '23230家'), F(HB, '8362家')]; hb_bt = F(HB, '33893家')
hb_38 = F(HB, '38家'); hb_382 = F(HB, '3.82%')
p640 = F(HB, '640家', n=0); p49 = F(HB, '49家', n=0); p829 = F(HB, '8.29%', n=0)
st_t = F(HB, '52.98万人'); st_d = F(HB, '0.8万人'); st_g = F(HB, '1.54%')
bd_t = F(HB, '40.65万张'); bd_h = F(HB, '29.12万张'); bd_s = F(HB, '1.61万张'); bd_w = F(HB, '8.18万张')
S.rel('sum', C, hb_hp + [hb_h], 'hospitals 561 + 151 + 311 + 11 = 1034')
S.rel('sum', C, hb_b + [hb_bt], 'primary-level 1152 + 1149 + 23230 + 8362 = 33893')
S.rel('sum', U, [hb_h, hb_bt, F(HB, '482家'), F(HB, '35479家')], '1034 + 33893 + 482 = 35409 of 35479: the other institution types (70) are not listed; not a split')
S.rel('sum', C, [F(HB, '394家'), p640, hb_h2], 'public 394 + private 640 = 1034 hospitals')
S.rel('growth', C, [hb_38, hb_h, hb_382], 'hospitals +38 on 996 = 3.815% → 3.82')
S.rel('growth', C, [p49, p640, p829], 'private hospitals +49 on 591 = 8.29%')
S.rel('restatement', C, [p829, F(HB, '8.29%', n=1)], 'private hospitals +49 / +8.29% stated twice')
S.rel('restatement', C, [p640, F(HB, '640家', n=1)], '640 private hospitals stated twice')
S.rel('growth', C, [st_d, st_t, st_g], 'staff +0.8万 on 52.18万 = 1.53% (0.75–0.85 gives 1.44–1.63) → 1.54 consistent')
S.rel('growth', U, [F(HB, '2.05%'), F(HB, '2.64%'), st_g], 'physicians +2.05% and nurses +2.64% vs all staff +1.54%: the other staff groups are not stated')
S.rel('sum', U, [bd_h, bd_s, bd_w, bd_t], 'hospital + community + township beds = 38.91 of 40.65万: maternal-child and other beds not listed')
S.rel('growth', C, [F(HB, '0.98万张'), bd_h, F(HB, '3.47%')], 'hospital beds +0.98万 on 28.14万 = 3.48% (allowance 3.46–3.50) → 3.47 consistent')
S.rel('growth', C, [F(HB, '2886张'), bd_w, F(HB, '3.66%')], 'township beds +2886 on 78914 = 3.657% → 3.66')
S.rel('growth', C, [F(HB, '253张'), bd_s, F(HB, '1.6%')], 'community beds +253 on 15847 = 1.60%')
S.rel('rate', U, [bd_t, F(HB, '6.86张')], 'beds per 1000 residents: the population is not stated')
a = ALT(HB, 1, hb_hp[2], '317家', 'specialised hospitals 311 → 317')
S.rel('sum', I, R(a, hb_hp + [hb_h], hb_hp[2], '317家'), 'altered: 561 + 151 + 317 + 11 = 1040, not 1034 (breaks {B})')
a = ALT(HB, 2, hb_382, '3.28%', 'hospital growth 3.82 → 3.28%')
S.rel('growth', I, [on(a, hb_38), on(a, hb_h), on(a, hb_382, '3.28%')], 'altered: 38/996 = 3.82%, not 3.28 (breaks {B})')
a = ALT(HB, 3, hb_b[3], '8632家', 'other primary-level institutions 8362 → 8632')
S.rel('sum', I, R(a, hb_b + [hb_bt], hb_b[3], '8632家'), 'altered: parts add to 34163, not 33893 (breaks {B})')

# ---- 南昌县 (南昌, 江西) 2021 statistical bulletin and the 2022 county work report
x_str = [F(NX1, '6.0'), F(NX1, '55.1'), F(NX1, '38.9')]; x_con = [F(NX1, '5.5%'), F(NX1, '46.7%'), F(NX1, '47.8%')]
x_ms = F(NX1, '92.2亿元'); x_sp = F(NX1, '140.3亿元'); x_msp = F(NX1, '65.7%')
x_ag = [F(NX1, '58.3亿元'), F(NX1, '0.6亿元'), F(NX1, '38.8亿元'), F(NX1, '19.9亿元'), F(NX1, '5.6亿元')]; x_agt = F(NX1, '123.2亿元')
x_gdp = F(NX1, '1195.6亿元'); x_g = F(NX1, '8.7%'); x_rev = F(NX1, '79.3亿元'); x_revg = F(NX1, '4.4%')
S.rel('sum', C, x_str, 'structure 6.0 + 55.1 + 38.9 = 100')
S.rel('sum', C, x_con, 'contributions 5.5 + 46.7 + 47.8 = 100')
S.rel('share', U, [x_con[1], x_str[1]], 'secondary contribution 46.7% vs secondary share 55.1: a contribution to growth is not a share of the level')
S.rel('share', C, [x_ms, x_sp, x_msp], 'livelihood spending 92.2 / 140.3 = 65.7%')
S.rel('sum', C, x_ag + [x_agt], '58.3 + 0.6 + 38.8 + 19.9 + 5.6 = 123.2')
S.rel('growth', C, [F(NX1, '1.2万吨'), F(NX1, '68.1万吨'), F(NX1, '2%', pre='同比增长')], 'vegetables +1.2 on 66.9 = 1.8% → 2 (integer)')
S.rel('growth', C, [F(NX1, '0.1万吨'), F(NX1, '1.7万吨'), F(NX1, '5.6%')], 'oil crops −0.1 on 1.8 = −5.6%')
S.rel('sum', U, [F(NX1, '35.5万吨'), F(NX1, '44.3万吨'), F(NX1, '90.5万吨')], 'early rice + double-crop late rice = 79.8 of 90.5: middle rice and other grain not listed (其中)')
S.rel('sum', U, [F(NX1, '4.8万吨'), F(NX1, '3.5万吨'), F(NX1, '8.6万吨')], 'pork + poultry = 8.3 of 8.6万吨 meat: beef and mutton not listed')
S.rel('rate', U, [x_str[0], F(NX1, '6.9%', n=0), x_str[1], F(NX1, '7.6%'), x_str[2], F(NX1, '10.4%'), x_g],
      'sector real growth weighted by the current structure gives about 8.65%: base-year weights are not stated; not a check')
r_gdp = F(NX2, '1195.6亿元'); r_g = F(NX2, '8.7%'); r_rev = F(NX2, '79.3亿元'); r_revg = F(NX2, '12.6%')
S.rel('restatement', C, [x_gdp, r_gdp], '南昌县 2021 GDP 1195.6亿 in the bulletin and in the 2022 work report')
S.rel('restatement', C, [x_g, r_g], '南昌县 2021 GDP growth 8.7% in both documents')
S.rel('restatement', C, [x_rev, r_rev], '南昌县 2021 general budget revenue 79.3亿 in both documents')
S.rel('restatement', U, [x_revg, r_revg], 'revenue growth 4.4% (bulletin) vs 12.6% (同口径, comparable scope, in the report): different bases, not a contradiction')
a = ALT(NX1, 1, x_ag[2], '36.8亿元', 'livestock output 38.8 → 36.8亿')
S.rel('sum', I, R(a, x_ag + [x_agt], x_ag[2], '36.8亿元'), 'altered: parts add to 121.2, not 123.2 (breaks {B})')
a = ALT(NX1, 2, x_msp, '67.5%', 'livelihood share 65.7 → 67.5%')
S.rel('share', I, [on(a, x_ms), on(a, x_sp), on(a, x_msp, '67.5%')], 'altered: 92.2/140.3 = 65.7%, not 67.5 (breaks {B})')
a = ALT(NX1, 3, x_con[2], '41.8%', 'tertiary contribution 47.8 → 41.8%')
S.rel('sum', I, R(a, x_con, x_con[2], '41.8%'), 'altered: 5.5 + 46.7 + 41.8 = 94.0, not 100 (breaks {B})')
a = ALT(NX2, 1, r_gdp, '1159.6亿元', 'GDP in the work report 1195.6 → 1159.6亿')
S.rel('restatement', I, [x_gdp, on(a, r_gdp, '1159.6亿元')], 'altered: bulletin 1195.6亿 vs report 1159.6亿 for the same year (breaks {B})')

# ---- 南昌市 2022 targets (news of the work report) against the 2022 plan-execution report (results)
t_gdp = F(NT, '7%以上'); t_rev = F(NT, '5%左右', pre='收入增长'); t_ind = F(NT, '8.5%左右', n=0); t_inv = F(NT, '8.5%左右', n=1)
t_ret = F(NT, '10%以上'); t_fdi = F(NT, '6.5%左右'); t_ui = F(NT, '7.5%左右'); t_ri = F(NT, '8%左右', pre='收入增长')
S.rel('target', MS, [t_gdp, F(NR, '4.1%')], 'GDP target 7%以上 vs result +4.1%: missed')
S.rel('target', M, [t_rev, F(NR, '5.1%')], 'budget revenue target 5%左右 vs +5.1% (同口径): met (≥ 4.5)')
S.rel('target', MS, [t_ind, F(NR, '6%', pre='增加值增长')], 'industry target 8.5%左右 vs +6%: missed')
S.rel('target', MS, [t_inv, F(NR, '7.6%')], 'investment target 8.5%左右 vs +7.6%: missed by the 左右 rule (< 8.0); the report itself says investment met its annual target (judgement call, see ANNOTATION.md)')
S.rel('target', MS, [t_ret, F(NR, '4.6%')], 'retail sales target 10%以上 vs +4.6%: missed')
S.rel('target', MS, [t_ui, F(NR, '4.3%')], 'urban income target 7.5%左右 vs +4.3%: missed')
S.rel('target', MS, [t_ri, F(NR, '5.7%')], 'rural income target 8%左右 vs +5.7%: missed')
S.rel('target', U, [t_fdi, F(NR, '6.7%')], 'utilised-FDI target 6.5%左右 vs customs exports +6.7%: other indicator (no FDI result is stated)')
S.rel('target', U, [t_gdp, r_g], '南昌市 2022 GDP target vs 南昌县 2021 GDP +8.7%: other place and year')
S.rel('target', U, [t_rev, x_revg], '南昌市 2022 revenue target vs 南昌县 2021 revenue +4.4%: other place and year')

# ---- 山西 1950 agriculture (old text, Chinese-numeral figures)
sx_tg = F(SX, '七亿斤'); sx_inc = F(SX, '八亿七千万斤'); sx_pct = F(SX, '百分之十二点四'); sx_lvl = F(SX, '五十二亿斤')
sx_ct = F(SX, '六千六百万斤'); sx_c = F(SX, '五千二百万斤'); sx_gap = F(SX, '一千四百万斤')
sum_sx = [sx_c, sx_gap, sx_ct]
S.rel('target', M, [sx_tg, sx_inc], '1950 grain increase task 7亿斤 vs actual increase 8.7亿斤: met')
S.rel('share', I, [sx_inc, sx_tg, sx_pct], 'REAL ERROR in the original: 8.7 / 7 = 124.3% of the task, i.e. 24.3% over it, not 12.4% (probably a garbled 百分之一二四)')
S.rel('sum', C, sum_sx, 'cotton 5200万 + shortfall 1400万 = plan 6600万斤')
S.rel('target', MS, [sx_ct, sx_c], 'cotton target 6600万斤 vs 5200万斤: missed')
S.rel('target', U, [sx_tg, sx_lvl], 'increase task 7亿斤 vs output level 52亿斤: a target for the increase is not a target for the level')
a = ALT(SX, 1, sx_gap, '一千二百万斤', 'cotton shortfall 1400万 → 1200万斤')
S.rel('sum', I, R(a, sum_sx, sx_gap, '一千二百万斤'), 'altered: 5200 + 1200 = 6400, not 6600万斤 (breaks {B})')
a = ALT(SX, 2, sx_ct, '六千八百万斤', 'cotton plan 6600万 → 6800万斤')
S.rel('sum', I, R(a, sum_sx, sx_ct, '六千八百万斤'), 'altered: 5200 + 1400 = 6600, not 6800万斤 (breaks {B})')

# ---- 黄石 (湖北) 2023 work report, education (news, traditional)
hs_p = [F(HS, '6個', pre='階段項目'), F(HS, '5個', pre='階段項目'), F(HS, '1個', pre='高中項目')]; hs_pt = F(HS, '12個')
hs_s = [F(HS, '2880個'), F(HS, '5870個'), F(HS, '3750個')]; hs_s0 = F(HS, '12500個', n=0); hs_s1 = F(HS, '12500個', n=1)
S.rel('sum', C, hs_p + [hs_pt], 'projects 6 + 5 + 1 = 12')
S.rel('sum', C, hs_s + [hs_s1], 'places 2880 + 5870 + 3750 = 12500')
S.rel('restatement', C, [hs_s0, hs_s1], '2023 new school places 12500 stated twice')
S.rel('restatement', U, [F(HS, '3.4萬個'), hs_s0], '3.4萬 places added in 2022 vs 12500 planned for 2023: different years')
S.rel('restatement', U, [F(HS, '65個'), F(HE, '65所', n=1)], '黄石 65 new/rebuilt schools in 2022 vs 湖北 65 schools handed over for the autumn term: other place (and scope)')
a = ALT(HS, 1, hs_s[1], '5370個', 'compulsory-education places 5870 → 5370')
S.rel('sum', I, R(a, hs_s + [hs_s1], hs_s[1], '5370個'), 'altered: 2880 + 5370 + 3750 = 12000, not 12500 (breaks {B})')
a = ALT(HS, 2, hs_p[1], '4個', 'compulsory-education projects 5 → 4')
S.rel('sum', I, R(a, hs_p + [hs_pt], hs_p[1], '4個'), 'altered: 6 + 4 + 1 = 11, not 12 (breaks {B})')

# ---- 湖北 / 武汉 education projects (news, machine-reworded copy: 取而代之 for 新 etc.)
e_cat = [F(HE, '84个', n=0), F(HE, '150个', n=0), F(HE, '32个', n=0)]; e_t = F(HE, '266个')
e_84 = F(HE, '84个', n=1); e_70 = F(HE, '70个'); e_83 = F(HE, '83%')
e_79 = F(HE, '79个'); e_150 = F(HE, '150个', n=1); e_527 = F(HE, '52.7%')
e_22 = F(HE, '22个', n=1); e_32 = F(HE, '32个', n=2); e_688 = F(HE, '68.8%')
e_s150 = [F(HE, '22个', n=0), F(HE, '19个'), F(HE, '17个'), F(HE, '21个')]
S.rel('sum', C, e_cat + [e_t], '84 + 150 + 32 = 266 projects')
S.rel('sum', C, [F(HE, '9所', n=0), F(HE, '2所'), F(HE, '11所')], '9 new + 2 extended = 11 schools in use')
S.rel('share', C, [e_70, e_84, e_83], '70 of 84 = 83.3% → 83')
S.rel('sum', C, [F(HE, '38个'), F(HE, '32个', n=1), F(HE, '14个'), e_84], '38 + 32 + 14 = 84')
S.rel('share', C, [e_79, e_150, e_527], '79 of 150 = 52.67% → 52.7')
S.rel('sum', C, e_s150 + [e_79], '22 + 19 + 17 + 21 = 79')
S.rel('share', C, [e_22, e_32, e_688], '22 of 32 = 68.75% → 68.8')
S.rel('share', U, [F(HE, '2.26亿元'), F(HE, '72.9%')], 'financing 2.26亿 = 72.9% of plan: the plan amount is not stated')
S.rel('restatement', U, [F(HE, '9所', n=0), F(HE, '9所', n=1)], '9 new schools in use vs 9 schools still being built: same number, different sets')
a = ALT(HE, 1, e_cat[1], '130个', 'middle/primary-school projects 150 → 130')
S.rel('sum', I, R(a, e_cat + [e_t], e_cat[1], '130个'), 'altered: 84 + 130 + 32 = 246, not 266 (breaks {B})')
a = ALT(HE, 2, e_527, '57.2%', 'rate for the 150 projects 52.7 → 57.2%')
S.rel('share', I, [on(a, e_79), on(a, e_150), on(a, e_527, '57.2%')], 'altered: 79/150 = 52.7%, not 57.2 (breaks {B})')
a = ALT(HE, 3, e_s150[2], '12个', 'projects under construction 17 → 12')
S.rel('sum', I, R(a, e_s150 + [e_79], e_s150[2], '12个'), 'altered: 22 + 19 + 12 + 21 = 74, not 79 (breaks {B})')

# ---- 隆回县 (邵阳, 湖南) 2023 bulletin extract: finance, insurance, education
l_tot = F(LH, '162472万元'); l_loc = F(LH, '104185万元'); l_c = F(LH, '46424万元'); l_p = F(LH, '11863万元')
l_tax = F(LH, '68661万元'); l_nt = F(LH, '35524万元')
sum_lf = [l_loc, l_c, l_p, l_tot]
g_loc = [l_tax, F(LH, '13.21%'), l_nt, F(LH, '8.88%'), l_loc, F(LH, '11.69%')]
g_tot = [l_loc, F(LH, '11.69%'), l_c, F(LH, '1.32%'), l_p, F(LH, '1.83%'), l_tot, F(LH, '7.78%')]
l_sch = [F(LH, '3所'), F(LH, '71所'), F(LH, '265所'), F(LH, '352所')]; l_scht = F(LH, '691所')
l_st = [F(LH, '9291人'), F(LH, '82390人'), F(LH, '157086人'), F(LH, '30343人')]; l_stt = F(LH, '279110人')
S.rel('sum', C, sum_lf, 'local 104185 + central 46424 + provincial 11863 = 162472万元')
S.rel('sum', C, [l_tax, l_nt, l_loc], 'tax 68661 + non-tax 35524 = 104185万元')
S.rel('growth', C, g_loc, 'last year = 68661/1.1321 + 35524/1.0888 = 93276; 104185/93276 = +11.695% → 11.69 (inside the allowance)')
S.rel('growth', C, g_tot, 'last year = 104185/1.1169 + 46424/1.0132 + 11863/1.0183 = 150749; 162472/150749 = +7.78%')
S.rel('share', U, [l_tot, F(LH, '6.35%')], 'revenue = 6.35% of GDP: GDP is not stated in the passage')
S.rel('sum', U, [F(LH, '30942万元'), F(LH, '9794万元'), F(LH, '1088万元'), F(LH, '3298万元'), F(LH, '52028万元')],
      'premiums: four lines after 其中 add to 45122 of 52028万: the list is not said to be complete (about 6906万 of other lines); not a split')
S.rel('sum', U, [F(LH, '3575万元'), F(LH, '6147万元'), F(LH, '592万元'), F(LH, '2514万元'), F(LH, '17549万元')],
      'claims: four lines add to 12828 of 17549万: same as the premiums, not a split')
S.rel('sum', U, [F(LH, '130633万元'), F(LH, '165010万元'), F(LH, '100420万元'), F(LH, '92372万元'), F(LH, '664746万元')],
      'four spending heads (其中) of 664746万: a selection, not a split')
S.rel('sum', C, l_sch + [l_scht], 'schools 3 + 71 + 265 + 352 = 691')
S.rel('sum', C, l_st + [l_stt], 'students 9291 + 82390 + 157086 + 30343 = 279110')
S.rel('share', U, [l_st[3], F(LH, '51.69%')], 'public-kindergarten share 51.69%: the number in public kindergartens is not stated')
a = ALT(LH, 1, l_c, '46724万元', 'revenue passed to the centre 46424 → 46724万元')
S.rel('sum', I, R(a, sum_lf, l_c, '46724万元'), 'altered: parts add to 162772, not 162472 (breaks {B})')
S.rel('growth', I, R(a, g_tot, l_c, '46724万元'), 'altered: last year = 151045, 162472/151045 = +7.57%, not 7.78 (breaks {B})')
a = ALT(LH, 2, l_sch[2], '256所', 'primary schools 265 → 256')
S.rel('sum', I, R(a, l_sch + [l_scht], l_sch[2], '256所'), 'altered: 3 + 71 + 256 + 352 = 682, not 691 (breaks {B})')
a = ALT(LH, 3, l_st[1], '82930人', 'senior-high students 82390 → 82930')
S.rel('sum', I, R(a, l_st + [l_stt], l_st[1], '82930人'), 'altered: parts add to 279650, not 279110 (breaks {B})')

# ---- 河南 2017 health (provincial overview on a 台办 site): all four part-lists are selections
S.rel('sum', U, [F(HN17, '1632个'), F(HN17, '2062个'), F(HN17, '56462个'), F(HN17, '161个'), F(HN17, '179个', n=0), F(HN17, '21个'),
                 F(HN17, '179个', n=1), F(HN17, '71090个')], 'listed institution types add to 60696 of 71090: clinics and other types not listed (其中)')
S.rel('sum', U, [F(HN17, '41.38万张'), F(HN17, '10.83万张'), F(HN17, '55.90万张')], 'hospital + township beds = 52.21 of 55.90万: other beds not listed')
S.rel('sum', U, [F(HN17, '21.98万人'), F(HN17, '24.00万人'), F(HN17, '57.84万人')], 'physicians + nurses = 45.98 of 57.84万 health technicians: pharmacists, technicians etc. not listed')
S.rel('restatement', U, [F(HN17, '179个', n=0), F(HN17, '179个', n=1)], '179 CDCs vs 179 supervision agencies: same number, different institutions')

# ---- 乐安县 (抚州, 江西) 2002 bulletin: the secondary-industry figure is wrong in the original
la_t = F(LA, '90501万元'); la_1 = F(LA, '39402万元'); la_2 = F(LA, '23163万元'); la_3 = F(LA, '26936万元')
la_s = [F(LA, '43.5'), F(LA, '26.7'), F(LA, '29.8')]
la_f = [F(LA, '727万元'), F(LA, '3879万元'), F(LA, '4606万元')]
g_la = [la_f[0], F(LA, '18.4%'), la_f[1], F(LA, '2.3%'), la_f[2], F(LA, '0.4%', n=1)]
S.rel('sum', I, [la_1, la_2, la_3, la_t], 'REAL ERROR in the original: 39402 + 23163 + 26936 = 89501, not 90501 (24163 for the secondary industry would fit both the sum and the 26.7 share)')
S.rel('share', C, [la_1, la_t, la_s[0]], 'primary 39402/90501 = 43.5%')
S.rel('share', I, [la_2, la_t, la_s[1]], 'REAL ERROR in the original: secondary 23163/90501 = 25.6%, not 26.7 (24163 gives 26.7)')
S.rel('share', C, [la_3, la_t, la_s[2]], 'tertiary 26936/90501 = 29.8%')
S.rel('sum', C, la_s, 'structure 43.5 + 26.7 + 29.8 = 100')
S.rel('sum', C, la_f, 'central/provincial 727 + local 3879 = 4606万元')
S.rel('growth', C, g_la, 'last year = 727/1.184 + 3879/0.977 = 4584; 4606/4584 = +0.47%: with the allowances (0.42–0.52) against 0.4 (0.35–0.45) consistent (judgement)')
S.rel('restatement', U, [F(LA, '0.4%', n=0), F(LA, '0.4%', n=1)], 'tertiary +0.4% vs revenue +0.4%: different indicators sharing a number')
S.rel('rate', U, [la_1, F(LA, '2.5%'), la_2, F(LA, '0.1%'), la_3, F(LA, '0.4%', n=0), la_t, F(LA, '1.23%')], 'sector real rates vs GDP +1.23%: base-year weights not stated; not a check')
S.rel('rate', U, [la_t, F(LA, '2609元')], 'per-capita GDP: the population is not stated')
a = ALT(LA, 1, la_s[0], '45.3', 'primary share 43.5 → 45.3')
S.rel('sum', I, R(a, la_s, la_s[0], '45.3'), 'altered: 45.3 + 26.7 + 29.8 = 101.8, not 100 (breaks {B})')
S.rel('share', I, [on(a, la_1), on(a, la_t), on(a, la_s[0], '45.3')], 'altered: 39402/90501 = 43.5%, not 45.3 (breaks {B})')
a = ALT(LA, 2, la_f[1], '3579万元', 'local revenue 3879 → 3579万元')
S.rel('sum', I, R(a, la_f, la_f[1], '3579万元'), 'altered: 727 + 3579 = 4306, not 4606 (breaks {B})')
S.rel('growth', I, R(a, g_la, la_f[1], '3579万元'), 'altered: parts give 4277 last year, 4606/4277 = +7.7%, not 0.4 (breaks {B})')

# ---- 湖南 secondary and primary education 1949–2000 (reference-book entry, published 2006)
d_49 = F(ED, '321所'); d_sum = [
    ([F(ED, '97所'), F(ED, '224所'), d_49], 'high 97 + junior 224 = 321 middle schools (1949)'),
    ([F(ED, '18所'), F(ED, '80所'), F(ED, '223所'), d_49], 'provincial 18 + county/city 80 + private 223 = 321 (1949)'),
    ([F(ED, '186所'), F(ED, '50所'), F(ED, '236所')], 'junior 186 + high 50 = 236 (1953)'),
    ([F(ED, '120,331人'), F(ED, '17,187人'), F(ED, '137,518人')], 'students 120331 + 17187 = 137518 (1953)'),
    ([F(ED, '4,287所'), F(ED, '918所'), F(ED, '5,205所')], 'junior 4287 + high 918 = 5205 (1985)'),
    ([F(ED, '4,126所'), F(ED, '737所'), F(ED, '4,863所')], 'junior 4126 + high 737 = 4863 (1995)'),
    ([F(ED, '1,804人'), F(ED, '5,036人'), F(ED, '6,840人')], 'senior teachers 1804 + 5036 = 6840'),
    ([F(ED, '32,440人'), F(ED, '10,605人'), F(ED, '43,045人')], 'first-grade teachers 32440 + 10605 = 43045'),
    ([F(ED, '712所'), F(ED, '3,793所'), F(ED, '4,505所')], 'high 712 + junior 3793 = 4505 (2000)'),
    ([F(ED, '260,515人'), F(ED, '1,258,219人'), F(ED, '1,518,734人')], 'intake 260515 + 1258219 = 1518734 (2000)')]
for figs, why in d_sum: S.rel('sum', C, figs, why)
S.rel('sum', I, [F(ED, '150.502万人'), F(ED, '111.1676万人')], 'REAL ERROR in the original: high-school intake 150.502万 cannot exceed the total intake 111.1676万 (15.0502万 was probably meant)')
S.rel('sum', I, [F(ED, '145,587人'), F(ED, '855,393人'), F(ED, '1,000,981人')], 'REAL ERROR in the original: 145587 + 855393 = 1000980, not 1000981')
S.rel('restatement', U, [F(ED, '4.4万所'), F(ED, '4.41万所')], 'primary schools 4.4万 (1953) vs 4.41万 (1995): different years')
S.rel('share', U, [F(ED, '46.9%'), F(ED, '192.26万人')], 'enrolment rate 46.9%: the school-age population is not stated')
S.rel('growth', U, [d_sum[4][0][2], d_sum[5][0][2]], 'middle schools 5205 (1985) vs 4863 (1995): no rate or change is stated')
a = ALT(ED, 1, d_sum[0][0][1], '244所', 'junior middle schools 1949 224 → 244')
S.rel('sum', I, R(a, d_sum[0][0], d_sum[0][0][1], '244所'), 'altered: 97 + 244 = 341, not 321 (breaks {B})')
a = ALT(ED, 2, d_sum[3][0][1], '17,787人', 'high-school students 1953 17187 → 17787')
S.rel('sum', I, R(a, d_sum[3][0], d_sum[3][0][1], '17,787人'), 'altered: 120331 + 17787 = 138118, not 137518 (breaks {B})')
a = ALT(ED, 3, d_sum[7][0][1], '10,065人', 'first-grade high-school teachers 10605 → 10065')
S.rel('sum', I, R(a, d_sum[7][0], d_sum[7][0][1], '10,065人'), 'altered: 32440 + 10065 = 42505, not 43045 (breaks {B})')

# ---- more cross-document traps
S.rel('restatement', U, [gy, x_revg], '河南 2021 grain yield −4.4% vs 南昌县 2021 revenue +4.4%: other place, indicator and sign')

# ---- further traps (looks checkable, is not)
S.rel('rate', U, [b1, y21], '2021 output / yield implies about 16158萬畝, but the 2021 area is not stated in the passage; nothing to check')
S.rel('growth', U, [t20j, b1, gy], '−4.4% is the fall in yield; output fell 56.32/1365.16 = 4.1% (not stated): other indicator')
S.rel('growth', U, [F(HB, '6.65张'), F(HB, '6.86张'), bd_t], 'beds per 1000 residents 6.65 → 6.86 (+3.2%): total-bed growth and population change are not stated')
S.rel('growth', U, [F(HB, '6张', pre='增加'), F(HB, '0.04%')], 'maternal-child beds +6 = +0.04%: the level (about 15000) is not stated')
S.rel('share', U, [F(HB, '15.5万人'), st_t], 'physicians 15.5万 of 52.98万 staff: no share is stated')
S.rel('share', U, [F(NX1, '64.8%'), x_rev], 'tax = 64.8% of revenue: the tax amount is not stated')
S.rel('growth', U, [F(NX1, '57.9万头'), F(NX1, '64.5%'), F(NX1, '4.8万吨'), F(NX1, '65.5%')], 'pigs sold +64.5% vs pork +65.5%: heads vs tonnes, different indicators')
S.rel('restatement', U, [F(NX1, '6.9%', n=0), F(NX1, '6.9%', n=1)], 'primary industry +6.9% vs forestry output +6.9%: different indicators sharing a number')
S.rel('restatement', U, [F(NX1, '十年'), F(NX2, '12年')], 'revenue "连续十年…领先领跑" (bulletin) vs "连续12年稳居全省第一" (report, two revenue totals): different claims; judgement, see ANNOTATION.md')
S.rel('share', U, [x_gdp, F(NR, '7203.50亿元')], '南昌县 2021 GDP vs 南昌市 2022 GDP: the county is part of the city but the years differ and no share is stated')
S.rel('target', U, [F(NT, '3%以内'), F(NR, '4.3%')], 'CPI cap 3%以内 vs urban income +4.3%: other indicator (no CPI result is stated)')
S.rel('growth', U, [F(SX, '一○二斤'), F(SX, '二○斤')], 'yield 102 jin/mu, +20 on 1949: no rate is stated (the implied +24% is not in the text)')
S.rel('target', U, [sx_ct, F(SX, '一千六百万斤')], 'cotton plan 6600万 vs the increase on 1949 (1600万): other indicator')
S.rel('share', U, [F(HE, '37亿元'), F(HE, '92.5%')], 'financing 37亿 = 92.5% of plan: the plan amount is not stated')
S.rel('share', U, [F(HE, '7.02亿元'), F(HE, '79.1%')], 'financing 7.02亿 = 79.1% of plan: the plan amount is not stated')
S.rel('restatement', U, [F(HE, '4万个'), hs_s0], '湖北 4万 new places this autumn vs 黄石 12500 in 2023: other place and scope')
S.rel('sum', U, [F(HE, '11所'), F(HE, '65所', n=1)], '11 schools in 武汉 vs 65 province-wide: a part, no split is given')
S.rel('growth', U, [F(LH, '664746万元'), F(LH, '5.35%'), F(LH, '0.22%'), F(LH, '2.78%'), F(LH, '2.21%')], 'total spending −5.35% while the listed heads grew: the heads are a selection, nothing to check')
S.rel('growth', U, [F(HN17, '55.90万张'), bd_t], '河南 2017 beds 55.90万 vs 湖北 2019 beds 40.65万: other place and year')
S.rel('growth', U, [F(ED, '247.8968万人'), F(ED, '285.4079万人')], 'middle-school students 1985 vs 1995: no change or rate is stated')
S.rel('share', U, [F(ED, '4,408人'), F(ED, '8,263人')], '1949 full-time teachers 4408 of 8263 staff: no share is stated')
S.rel('growth', U, [xs_built, F(XS, '124.4公里')], 'rural roads 1524.9 km over 十一五 vs 124.4 km in 2011: different periods, no rate stated')
S.rel('rate', U, [F(XQ, '7.06万吨'), F(XQ, '25133公顷')], 'grain 7.06万吨 on 25133 ha: no yield is stated')

S.rel('rate', U, [F(LS, '3.96亿元'), F(LS, '5589米')], 'bridge cost 3.96亿 over 5589 m: no cost per metre is stated')
S.rel('sum', U, [F(HB, '5.73万张'), F(HB, '6万张')], 'private-hospital beds 5.73万 of 6万 private beds: a part, no split')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout86. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout86.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout86'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

AG='agri_2020_city.txt'; QH='qh_2022q1_hant.txt'; XS='xs_2024_edu.txt'; CTY='city_2021q3_hant.txt'; PJ='pj_edu.txt'
HD='hd_2014_transport.txt'; DQ='dq_2022_agri.txt'; ED='edu_2010_county.txt'; GP='gs_2016plan.txt'; GH='gs_2016_hant.txt'
G7='gs_2017.txt'; BN='bn_2021h1_budget.txt'; JN='jining_1988.txt'; JA='jianning_1972.txt'; LL='ll_2022_agri.txt'

# ---- XX市农业农村局 2020 work summary (prefecture city, bureau level)
apa = F(AG, '121万亩'); apo = F(AG, '52万吨'); ara = F(AG, '121.1万亩'); aro = F(AG, '52.03万吨')
rice = F(AG, '108.90万亩'); ae = F(AG, '42.96万亩'); al = F(AG, '47.43万亩'); am = F(AG, '18.51万亩')
ade = F(AG, '9.94万亩'); adl = F(AG, '12.6万亩'); adm = F(AG, '8.68万亩'); ape = F(AG, '30.1%')
sum_ag = [ae, al, am, rice]
S.rel('target', M, [apa, ara], 'city 2020 grain area: plan 121万亩, sown 121.1万亩: met')
S.rel('target', M, [apo, aro], 'city 2020 grain output: plan 52万吨 ("稳定产量"), result 52.03万吨: met')
S.rel('sum', C, sum_ag, 'early 42.96 + double-cropped late 47.43 + middle/single late 18.51 = 108.90')
S.rel('growth', C, [ae, ade, ape], 'early rice +9.94 on 42.96 − 9.94 = 33.02: +30.10% → 30.1')
S.rel('growth', C, [al, adl, F(AG, '36.17%')], 'late rice +12.6 on 34.83: 36.18%; with 12.6’s half-unit 35.98–36.37, 36.17 inside')
S.rel('growth', C, [am, adm, F(AG, '31.92%')], 'middle rice −8.68 on 18.51 + 8.68 = 27.19: −31.92%')
S.rel('growth', U, [ara, F(AG, '14.58%'), ade, adl, adm], 'grain area +14.58% is about +15.4万亩, the rice changes net +13.86万亩: other grains are not stated, so not a check')
S.rel('share', U, [F(AG, '56.59'), ara], 'scale-operated grain land 56.59万亩 against the sown area 121.1万亩: no share is stated')
a = ALT(AG, 1, rice, '106.90万亩', 'rice area total 108.90 → 106.90')
S.rel('sum', I, R(a, sum_ag, rice, '106.90万亩'), 'altered: parts add to 108.90, not 106.90 (breaks {B})')
a = ALT(AG, 2, ape, '32.1%', 'early-rice growth 30.1 → 32.1')
S.rel('growth', I, [on(a, ae), on(a, ade), on(a, ape, '32.1%')], 'altered: 9.94/33.02 = 30.1%, not 32.1 (breaks {B})')

# ---- 青海 Q1 2022 (province, news of the release; traditional with glyph pairs)
q = F(QH, '833.3億元'); q1 = F(QH, '27.1億元'); q2 = F(QH, '363.0億元'); q3 = F(QH, '443.3億元'); qg = F(QH, '5.1%')
qmu = F(QH, '455.6萬畝'); qha = F(QH, '303.73千公頃')
sum_qh = [q1, q2, q3, q]
S.rel('sum', C, sum_qh, '27.1 + 363.0 + 443.3 = 833.4 against 833.3: inside the three inputs’ half-units (±0.15)')
S.rel('restatement', C, [qmu, qha], 'grain area in two units: 455.6万亩 ÷ 15 = 30.373万公顷 = 303.73千公顷')
S.rel('growth', U, [qg, F(QH, '0.3個')], 'GDP +5.1%, 0.3 points above the nation: the national Q1 rate is not stated')
S.rel('growth', U, [F(QH, '15.3%'), F(QH, '8.8個')], 'industry +15.3%, 8.8 points above the nation: national rate not stated')
S.rel('growth', U, [F(QH, '13.8%'), F(QH, '4.5個')], 'investment +13.8%, 4.5 points above the nation: national rate not stated')
S.rel('rate', U, [q1, F(QH, '4.1%'), q2, F(QH, '9.8%'), q3, F(QH, '1.9%'), q, qg], 'current-price levels with real sector rates: base-period weights not stated; not a check')
S.rel('restatement', U, [F(QH, '1.5萬人'), F(QH, '1.5%', pre='為')], 'new urban jobs 1.5万 vs registered unemployment 1.5%: other indicator')
S.rel('restatement', U, [F(QH, '0.4%', n=0), F(QH, '0.4%', n=1)], 'grain area +0.4% vs new urban jobs +0.4%: other indicators')
S.rel('growth', U, [F(QH, '26.7%'), F(QH, '20.1%')], 'budget revenue +26.7%, of which local +20.1%: nested, no levels; nothing to check')
a = ALT(QH, 1, q2, '368.0億元', 'secondary value added 363.0 → 368.0')
S.rel('sum', I, R(a, sum_qh, q2, '368.0億元'), 'altered: parts add to 838.4, not 833.3 (breaks {B})')
a = ALT(QH, 2, qha, '308.73千公頃', 'grain area in hectares 303.73 → 308.73')
S.rel('restatement', I, [on(a, qmu), on(a, qha, '308.73千公頃')], 'altered: 455.6万亩 = 303.73千公顷, not 308.73 (breaks {B})')

# ---- 象山县 (宁波, 浙江) 2024 education statistics (county bureau)
x30 = F(XS, '30所'); x17 = F(XS, '17所'); x13 = F(XS, '13所')
xa = F(XS, '57.74万'); xa1 = F(XS, '25.48万'); xa2 = F(XS, '32.26万')
xd = F(XS, '0.56万'); xd1 = F(XS, '0.44万'); xd2 = F(XS, '0.12万')
xe = F(XS, '17919.79万元'); xe1 = F(XS, '9010.34万元'); xe2 = F(XS, '8909.45万元')
xf = F(XS, '463.26万元'); xf1 = F(XS, '272.90万元'); xf2 = F(XS, '190.36万元')
xb = F(XS, '146.13万册'); xb1 = F(XS, '81.27万册'); xb2 = F(XS, '64.87万册')
xg = F(XS, '1.34万册'); xg1 = F(XS, '0.93万册'); xg2 = F(XS, '0.43万册', n=0)
xh = F(XS, '6所'); xh1 = F(XS, '5所'); xh2 = F(XS, '1所', pre='中等职业教育学校')
xi = F(XS, '3133人'); xi1 = F(XS, '2500人'); xi2 = F(XS, '633人')
xj = F(XS, '8637人'); xj1 = F(XS, '6747人'); xj2 = F(XS, '1890人')
S.rel('sum', C, [x17, x13, x30], 'compulsory schools: 17 primary + 13 lower secondary = 30')
S.rel('sum', C, [xa1, xa2, xa], 'floor area 25.48 + 32.26 = 57.74万㎡')
S.rel('sum', C, [xd1, xd2, xd], 'floor-area increase 0.44 + 0.12 = 0.56')
S.rel('sum', C, [xe1, xe2, xe], 'equipment 9010.34 + 8909.45 = 17919.79万元')
S.rel('sum', C, [xf1, xf2, xf], 'equipment increase 272.90 + 190.36 = 463.26')
S.rel('sum', C, [xb1, xb2, xb], 'books 81.27 + 64.87 = 146.14 against 146.13: inside the half-units (±0.015)')
S.rel('sum', I, [xg1, xg2, xg], 'REAL ERROR in the original: book increases 0.93 + 0.43 = 1.36 (1.35–1.37 with half-units), stated 1.34 (1.335–1.345)')
S.rel('sum', C, [xh1, xh2, xh], 'upper-secondary schools 5 general + 1 vocational = 6')
S.rel('sum', C, [xi1, xi2, xi], 'upper-secondary intake 2500 + 633 = 3133')
S.rel('sum', C, [xj1, xj2, xj], 'upper-secondary enrolment 6747 + 1890 = 8637')
S.rel('restatement', C, [F(XS, '289人', n=0), F(XS, '289人', n=1)], 'enrolment increase +289 for all upper secondary and +289 for general high schools: vocational enrolment unchanged (与去年一致)')
S.rel('growth', U, [F(XS, '4008人'), F(XS, '3675人'), F(XS, '22250人'), F(XS, '336人')], 'primary: intake 3675 − graduates 4008 = −333 vs enrolment −336: transfers and drop-outs not stated; not an identity')
S.rel('growth', U, [F(XS, '3584人'), F(XS, '4000人'), F(XS, '11012人'), F(XS, '380人')], 'lower secondary: 4000 − 3584 = +416 vs enrolment +380: flows other than intake and graduation not stated')
S.rel('growth', U, [F(XS, '3600人'), F(XS, '2220人'), F(XS, '8580人'), F(XS, '1337人')], 'kindergartens (含托班): 2220 − 3600 = −1380 vs −1337: not an identity')
a = ALT(XS, 1, xe, '17949.79万元', 'compulsory equipment value 17919.79 → 17949.79')
S.rel('sum', I, [on(a, xe1), on(a, xe2), on(a, xe, '17949.79万元')], 'altered: 9010.34 + 8909.45 = 17919.79, not 17949.79 (breaks {B})')
a = ALT(XS, 2, xj1, '6787人', 'general high school enrolment 6747 → 6787')
S.rel('sum', I, [on(a, xj1, '6787人'), on(a, xj2), on(a, xj)], 'altered: 6787 + 1890 = 8677, not 8637 (breaks {B})')
a = ALT(XS, 3, xa2, '32.86万', 'lower-secondary floor area 32.26 → 32.86')
S.rel('sum', I, [on(a, xa1), on(a, xa2, '32.86万'), on(a, xa)], 'altered: 25.48 + 32.86 = 58.34, not 57.74 (breaks {B})')

# ---- a prefecture city, Q1–Q3 2021 (news of the press conference; traditional with glyph pairs; city not named)
c0 = F(CTY, '1068.1億元', n=0); c = F(CTY, '1068.1億元', n=1); c1 = F(CTY, '82.5億元'); c2 = F(CTY, '444.8億元'); c3 = F(CTY, '540.8億元')
cg0 = F(CTY, '6.0%', n=0); cg = F(CTY, '6.0%', n=1); ca = F(CTY, '4.1%', n=0)
sum_c = [c1, c2, c3, c]
S.rel('sum', C, sum_c, '82.5 + 444.8 + 540.8 = 1068.1')
S.rel('restatement', C, [c0, c], 'Q1–Q3 GDP 1068.1亿 in the headline and in the body')
S.rel('restatement', C, [cg0, cg], 'GDP +6.0% in the headline and in the body')
S.rel('growth', U, [cg, ca], '+6.0% this year and a two-year average of 4.1%: the 2020 rate is not stated (implied about 2.2%); not checkable')
S.rel('restatement', U, [ca, F(CTY, '4.1%', n=1)], 'GDP two-year average 4.1% vs tertiary two-year average 4.1%: other indicator')
S.rel('rate', U, [c1, F(CTY, '8.1%', n=0), c2, F(CTY, '4.6%'), c3, F(CTY, '6.6%'), c, cg], 'current-price levels with real sector rates: base weights not stated; not a check')
S.rel('share', U, [c1, F(CTY, '145.25億元')], 'primary value added 82.5 vs farm gross output 145.25: no ratio stated; value added is not a part of gross output')
S.rel('growth', U, [F(CTY, '5.0%'), F(CTY, '4.0%')], 'industry +5.0% and a two-year average of 4.0%: the 2020 rate is not stated; not checkable')
a = ALT(CTY, 1, c2, '447.8億元', 'secondary value added 444.8 → 447.8')
S.rel('sum', I, R(a, sum_c, c2, '447.8億元'), 'altered: parts add to 1071.1, not 1068.1 (breaks {B})')
a = ALT(CTY, 2, c0, '1063.1億元', 'headline GDP 1068.1 → 1063.1')
S.rel('restatement', I, [on(a, c0, '1063.1億元'), on(a, c)], 'altered: headline 1063.1 vs body 1068.1 (breaks {B})')
a = ALT(CTY, 3, cg0, '6.8%', 'headline GDP growth 6.0 → 6.8')
S.rel('restatement', I, [on(a, cg0, '6.8%'), on(a, cg)], 'altered: headline +6.8% vs body +6.0% (breaks {B})')

# ---- 平江县 (岳阳, 湖南) education overview (county; year not in the passage)
pt = F(PJ, '532所'); pk = [F(PJ, '201所'), F(PJ, '319所'), F(PJ, '8所'), F(PJ, '2所', pre='职业高中学校'), F(PJ, '1所', pre='特殊教育学校'), F(PJ, '1所', pre='教师进修学校')]
ps = F(PJ, '161768人'); pprim = F(PJ, '70537人'); pk2 = [F(PJ, '25375人'), pprim, F(PJ, '39277人'), F(PJ, '19166人'), F(PJ, '7413人')]
S.rel('sum', C, pk + [pt], '201 + 319 + 8 + 2 + 1 + 1 = 532 schools')
S.rel('sum', C, pk2 + [ps], '25375 + 70537 + 39277 + 19166 + 7413 = 161768 pupils')
a = ALT(PJ, 1, pprim, '70837人', 'primary pupils 70537 → 70837')
S.rel('sum', I, R(a, pk2 + [ps], pprim, '70837人'), 'altered: parts add to 162068, not 161768 (breaks {B})')
a = ALT(PJ, 2, pt, '536所', 'school total 532 → 536')
S.rel('sum', I, R(a, pk + [pt], pt, '536所'), 'altered: parts add to 532, not 536 (breaks {B})')

# ---- 海东市 交通运输局 (青海), news of the 2015 work meeting (海东时报)
h0 = F(HD, '70亿', n=0); h1 = F(HD, '70亿', n=1); ht = F(HD, '45.45亿元')
S.rel('sum', U, [F(HD, '22.4亿元'), F(HD, '18.7亿元'), F(HD, '3.6亿元'), F(HD, '0.42亿元'), ht], 'the 其中 list adds to 45.12 of 45.45: the kinds listed are not exhaustive (stations etc. missing); not a split')
S.rel('restatement', C, [h0, h1], '2015 investment target: headline 70亿, body 突破70亿元')
S.rel('target', U, [ht, h1], '2014 result 45.45亿 vs 2015 target 70亿: other period')
a = ALT(HD, 1, h0, '75亿', 'headline target 70 → 75')
S.rel('restatement', I, [on(a, h0, '75亿'), on(a, h1)], 'altered: headline 75亿 vs body 70亿 (breaks {B})')

# ---- 攀枝花市东区 (四川) 2022 agriculture, district statistics bureau analysis
d = F(DQ, '46656万元'); d1 = F(DQ, '28105万元'); d2 = F(DQ, '411万元'); d3 = F(DQ, '16456万元'); d4 = F(DQ, '138万元'); d5 = F(DQ, '1546万元')
dp1 = F(DQ, '60.2%'); g = F(DQ, '895吨'); g1 = F(DQ, '858吨'); g2 = F(DQ, '31吨'); g3 = F(DQ, '6吨')
sum_d = [d1, d2, d3, d4, d5, d]; sum_g = [g1, g2, g3, g]
gro_g = [g1, F(DQ, '5.0%'), g2, F(DQ, '36.2%'), g3, F(DQ, '35.6%'), g, F(DQ, '2.3%')]
S.rel('sum', C, sum_d, '28105 + 411 + 16456 + 138 + 1546 = 46656')
S.rel('share', C, [d1, d, dp1], 'farming 28105/46656 = 60.24% → 60.2')
S.rel('share', C, [d3, d, F(DQ, '35.3%')], 'animal husbandry 16456/46656 = 35.27% → 35.3')
S.rel('share', C, [d2, d4, d5, d, F(DQ, '5%', pre='不足')], 'forestry + fishery + services (411 + 138 + 1546)/46656 = 4.49% < 5%')
S.rel('sum', C, sum_g, 'grain 858 + 31 + 6 = 895 t')
S.rel('growth', C, gro_g, '2021 levels 858/1.05 + 31/0.638 + 6/0.644 = 817.1 + 48.6 + 9.3 = 875.0; 895/875.0 = +2.28% (2.04–2.48 with half-units) → 2.3')
S.rel('growth', U, [F(DQ, '4.8%'), F(DQ, '3.7个'), F(DQ, '0.3个')], 'gross output +4.8%, 3.7 points below last year and 0.3 below the city: neither rate is stated')
S.rel('growth', U, [F(DQ, '22704吨'), F(DQ, '7.1%'), F(DQ, '22573吨'), F(DQ, '7.2%')], 'tropical fruit is a 其中 part of all fruit; the remainder and its rate are not stated: not a check')
a = ALT(DQ, 1, d3, '16486万元', 'animal husbandry output 16456 → 16486')
S.rel('sum', I, R(a, sum_d, d3, '16486万元'), 'altered: parts add to 46686, not 46656 (breaks {B})')
a = ALT(DQ, 2, dp1, '62.2%', 'farming share 60.2 → 62.2')
S.rel('share', I, [on(a, d1), on(a, d), on(a, dp1, '62.2%')], 'altered: 28105/46656 = 60.2%, not 62.2 (breaks {B})')
a = ALT(DQ, 3, g1, '853吨', 'cereal output 858 → 853')
S.rel('sum', I, R(a, sum_g, g1, '853吨'), 'altered: 853 + 31 + 6 = 890, not 895 (breaks {B})')
S.rel('growth', I, R(a, gro_g, g1, '853吨'), 'altered: 2021 levels 812.4 + 48.6 + 9.3 = 870.3, 895/870.3 = +2.8% (2.5–3.1), not 2.3 (breaks {B})')

# ---- a 济宁 county 教育体育局, 2010 work summary (bureau level; pages store line breaks inside sentences)
e = F(ED, '8316'); e1 = F(ED, '5018'); e2 = F(ED, '3298'); e11 = F(ED, '4525'); e12 = F(ED, '493'); e21 = F(ED, '889'); e22 = F(ED, '1000'); e23 = F(ED, '1409')
sum_e2 = [e21, e22, e23, e2]
S.rel('sum', C, [e1, e2, e], 'central/provincial/city funds 5018 + county 3298 = 8316万元')
S.rel('sum', C, [e11, e12, e1], 'free-education funds 4525 + school repair 493 = 5018')
S.rel('sum', C, sum_e2, 'matching 889 + repair 1000 + surcharges 1409 = 3298 (the text writes `1000 元`; read as 万元, the unit the sum needs)')
S.rel('sum', U, [e, F(ED, '2058.89')], 'donations 2058.89万 are 另外, outside the 8316万 of education input: not a part')
a = ALT(ED, 1, e11, '4325', 'free-education funds 4525 → 4325')
S.rel('sum', I, [on(a, e11, '4325'), on(a, e12), on(a, e1)], 'altered: 4325 + 493 = 4818, not 5018 (breaks {B})')
a = ALT(ED, 2, e23, '1489', 'education surcharges 1409 → 1489')
S.rel('sum', I, R(a, sum_e2, e23, '1489'), 'altered: 889 + 1000 + 1489 = 3378, not 3298 (breaks {B})')

# ---- 甘肃 transport: 2016 plan (Jan 2016), 2016 results (Feb 2017, traditional), 2017 results + 2018 plan (Feb 2018)
p0 = F(GP, '1390亿元', n=0); p = F(GP, '1390亿元', n=1); pr = F(GP, '260亿元')
p600 = F(GP, '600公里'); p2000 = F(GP, '2000公里'); p21 = F(GP, '2.1万公里')
r = F(GH, '891.89億元'); r328 = F(GH, '328公里'); r21 = F(GH, '21491公里')
sum_gp = [F(GP, '1050亿元'), F(GP, '80亿元'), pr, p]
S.rel('sum', C, sum_gp, 'roads 1050 + airports 80 + railways 260 = 1390亿 (2016 plan)')
S.rel('restatement', C, [p0, p], '2016 plan 1390亿 in the title and in the body')
S.rel('restatement', C, [F(GP, '9000亿元', n=0), F(GP, '9000亿元', n=1)], '十三五 investment target 9000亿以上 stated twice')
S.rel('growth', U, [p600, p2000, p21], '"均比2015年建成里程翻一番": the 2015 lengths are not stated')
S.rel('target', MS, [p, r], '甘肃 2016 transport FAI: plan 1390亿 (Jan 2016) vs result 891.89亿 (Feb 2017 report): missed')
S.rel('target', MS, [p600, r328], '甘肃 2016 expressway/first-class roads: plan 600 km vs 328 km built: missed')
S.rel('target', M, [p21, r21], '甘肃 2016 rural roads: plan 2.1万 km vs 21491 km built: met')
S.rel('target', U, [p2000, F(GH, '2000公里')], 'plan: 二级公路 2000 km; result: 普通國省幹線及旅遊公路 近2000 km: different indicator')
S.rel('growth', U, [r, F(GH, '47.81%')], '+47.81%: the 2015 level is not stated')
S.rel('share', U, [F(GH, '2732個'), F(GH, '95%')], '2732 villages newly paved and 95%以上 coverage: the number of villages is not stated')
S.rel('share', U, [F(GH, '15335公里'), r21], 'village paved roads 15335 km are a 其中 part of the 21491 km: no share stated')
S.rel('restatement', C, [F(G7, '249公里', n=0), F(G7, '249公里', n=1)], '2017 expressway km stated twice')
S.rel('restatement', C, [F(G7, '11733公里', n=0), F(G7, '11733公里', n=1)], '2017 rural roads stated twice')
S.rel('restatement', C, [F(G7, '14.3万公里', n=0), F(G7, '14.3万公里', n=1), F(G7, '14.3万公里', n=2)], 'road network 14.3万 km stated three times')
S.rel('restatement', C, [F(G7, '350公里', n=0), F(G7, '350公里', n=2)], '2018 target 350 km in the lead and in the target paragraph')
S.rel('growth', U, [r, F(G7, '865.7亿元'), F(G7, '10.2%')], '2017 865.7亿 at +10.2% implies a 2016 base of 785.6亿, not the 891.89亿 reported a year earlier: growth is on a comparable basis and the scope/revision between the two reports is not stated; not a check (see judgement calls)')
S.rel('target', CT, [F(GP, '9000亿元', n=0), r, F(G7, '865.7亿元')], '甘肃 十三五 (2016–2020) transport investment 9000亿以上 vs 2016 891.89 + 2017 865.7 = 1757.6亿: three years of results are not stated; cannot tell')
S.rel('target', U, [F(G7, '900亿元', n=1), F(G7, '865.7亿元')], '2018 target (公路、水路及运输场站) vs 2017 result (all transport): other year and scope')
S.rel('target', U, [p600, F(G7, '249公里', n=1)], '2016 plan 600 km vs 2017 result 249 km: other year')
a = ALT(GP, 1, pr, '250亿元', 'railway part of the 2016 plan 260 → 250')
S.rel('sum', I, R(a, sum_gp, pr, '250亿元'), 'altered: 1050 + 80 + 250 = 1380, not 1390 (breaks {B})')
a = ALT(GP, 2, p0, '1290亿元', 'title figure 1390 → 1290')
S.rel('restatement', I, [on(a, p0, '1290亿元'), on(a, p)], 'altered: title 1290亿 vs body 1390亿 (breaks {B})')
f = F(G7, '11733公里', n=1)
a = ALT(G7, 1, f, '11783公里', 'second statement of rural roads 11733 → 11783')
S.rel('restatement', I, [on(a, F(G7, '11733公里', n=0)), on(a, f, '11783公里')], 'altered: 11733 vs 11783 km (breaks {B})')

# ---- 巴南区 (重庆) H1 2021 budget execution release (district)
b = F(BN, '316580万元'); b1 = F(BN, '238998万元'); b2 = F(BN, '77582万元'); bp = F(BN, '64.7%')
sum_b = [b1, b2, b]
S.rel('sum', C, sum_b, 'tax 238998 + non-tax 77582 = 316580')
S.rel('share', C, [F(BN, '257215万元'), F(BN, '397641万元'), bp], 'livelihood spending 257215/397641 = 64.69% → 64.7')
S.rel('growth', C, [b1, F(BN, '9.7%'), b2, F(BN, '48.1%'), b, F(BN, '17.2%')], 'H1 2020 levels 238998/1.097 + 77582/1.481 = 217865 + 52385 = 270250; 316580/270250 = +17.14% (17.09–17.19 with the rates’ half-units), stated 17.2 (17.15–17.25): consistent at the edge')
S.rel('sum', U, [b, F(BN, '1616万元'), F(BN, '1868万元')], 'general budget, fund budget and state-capital revenue are separate books; no total stated')
a = ALT(BN, 1, b, '316680万元', 'budget revenue 316580 → 316680')
S.rel('sum', I, R(a, sum_b, b, '316680万元'), 'altered: 238998 + 77582 = 316580, not 316680 (breaks {B})')
a = ALT(BN, 2, bp, '62.7%', 'livelihood share 64.7 → 62.7')
S.rel('share', I, [on(a, F(BN, '257215万元')), on(a, F(BN, '397641万元')), on(a, bp, '62.7%')], 'altered: 257215/397641 = 64.7%, not 62.7 (breaks {B})')
bg = F(BN, '17.2%'); gro_b = [b1, F(BN, '9.7%'), b2, F(BN, '48.1%'), b, bg]
a = ALT(BN, 3, bg, '19.2%', 'budget revenue growth 17.2 → 19.2')
S.rel('growth', I, R(a, gro_b, bg, '19.2%'), 'altered: the parts’ rates give +17.1%, not 19.2 (breaks {B})')

# ---- 济宁市 1988 (prefecture city, 山东 yearbook 概况)
jp = F(JN, '619.13万人'); jd = F(JN, '637人')
S.rel('rate', C, [jp, F(JN, '9721平方公里'), jd], 'density 619.13万 / 9721 km² = 636.9 → 637')
S.rel('rate', U, [F(JN, '60亿元'), jp, F(JN, '982元')], 'GNP per head: 60亿/619.13万 = 969 vs 982; per-head figures use the year-average population, which is not stated')
S.rel('rate', U, [F(JN, '53.3亿元'), jp, F(JN, '872元')], 'national income per head: 53.3亿/619.13万 = 861 vs 872: year-average population not stated')
S.rel('growth', U, [F(JN, '17.6%'), F(JN, '21%'), F(JN, '15%')], 'per-head GNP and income "均比上年增加15%" vs totals +17.6% and +21%: population change and price basis not stated; not a check')
S.rel('share', U, [F(JN, '88.68亿元'), F(JN, '72%')], 'industry 72% of the 88.68亿 industrial-agricultural output (≈63.9亿): industrial output is not stated; nothing to check')
a = ALT(JN, 1, jd, '687人', 'density 637 → 687')
S.rel('rate', I, [on(a, jp), on(a, F(JN, '9721平方公里')), on(a, jd, '687人')], 'altered: 619.13万/9721 = 637, not 687 (breaks {B})')

# ---- 建宁县 桐元大队 (福建), 1972 (journal abstract of a brigade report; Chinese numerals)
jhh = F(JA, '二百一十五户'); jpp = F(JA, '一千二百三十八人'); jpa = F(JA, '二千九百六十五亩'); jdr = F(JA, '二千二百五十八亩')
jdc = F(JA, '一亩八分'); jsa = F(JA, '一百五十万斤'); jhs = F(JA, '七千斤')
S.rel('rate', I, [jpa, jpp, F(JA, '二亩五分')], 'REAL ERROR (or loose rounding) in the original: paddy 2965 mu / 1238 people = 2.40 mu per head, written 二亩五分 (2.5)')
S.rel('rate', C, [jdr, jpp, jdc], 'double-crop rice 2258 mu / 1238 people = 1.82 → 一亩八分')
S.rel('share', U, [jdr, jpa, F(JA, '百分之七十五')], '2258 mu = 75% of the rice area (水稻面积, not stated); against the 2965 mu of paddy it would be 76.2%: different base')
S.rel('rate', C, [jsa, jhh, jhs], 'grain sold 150万斤 / 215 households = 6977 → 七千斤')
S.rel('rate', C, [jsa, jpa, F(JA, '五百多斤')], 'grain sold 150万斤 / 2965 mu = 506 → 五百多斤')
S.rel('growth', U, [F(JA, '一千零五十六斤'), F(JA, '一倍半'), F(JA, '翻了一番')], 'yield 1056 is 2.5× 1958 and 2× 1965: those yields are not stated')
S.rel('rate', U, [F(JA, '二百七十多万斤'), F(JA, '一千零五十六斤')], 'output ÷ yield ≈ 2560 mu of grain sown area, not stated (2965 mu is paddy field): not a check')
a = ALT(JA, 1, jdc, '一亩六分', 'double-crop rice per head 一亩八分 → 一亩六分')
S.rel('rate', I, [on(a, jdr), on(a, jpp), on(a, jdc, '一亩六分')], 'altered: 2258/1238 = 1.8 mu, not 1.6 (breaks {B})')
a = ALT(JA, 2, jhs, '九千斤', 'grain sold per household 七千斤 → 九千斤')
S.rel('rate', I, [on(a, jsa), on(a, jhh), on(a, jhs, '九千斤')], 'altered: 150万斤/215 = 6977, not 9000 (breaks {B})')

# ---- 吕梁市农业农村局 (山西) 2022, newspaper write-up (all traps)
S.rel('target', U, [F(LL, '11.8%'), F(LL, '1.8个')], 'primary-sector investment +11.8%, 1.8 points above the province’s target: the target (10%) is implied, not stated')
S.rel('growth', U, [F(LL, '6.5%'), F(LL, '1.3个')], 'rural income +6.5%, 1.3 points above urban: the urban rate is not stated')
S.rel('rate', U, [F(LL, '497.15万亩'), F(LL, '10.57亿公斤')], 'output ÷ area = 212.6 kg/mu: no yield is stated (only its ranking); not a check')
S.rel('restatement', U, [F(LL, '6.1%'), F(LL, '6.5%')], 'primary value added +6.1% vs rural income +6.5%: other indicators')

# ---- cross-document traps
S.rel('target', U, [h1, r], '海东 2015 transport target 70亿 vs 甘肃 2016 result 891.89亿: other place and year')
S.rel('restatement', U, [F(DQ, '5.1%'), qg], '东区 farming output +5.1% (2022) vs 青海 Q1 2022 GDP +5.1%: other place and indicator')
S.rel('target', U, [apo, F(LL, '10.57亿公斤')], 'XX市 2020 grain plan 52万吨 vs 吕梁 2022 output: other place and year')

for r_ in S.rels:
    if '{B}' not in r_['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r_['figures'])
    base = [b_['id'] for b_ in S.rels if '_alt' not in ''.join(b_['docs']) and b_['kind'] == r_['kind']
            and sorted((f['doc'], f['start']) for f in b_['figures']) == key]
    assert len(base) == 1, (r_['id'], base, key)
    r_['why'] = r_['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout85. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout85.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout85'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

SX='sx_2018.txt'; SM19='sm_2019.txt'; SM20='sm_2020.txt'; MH='mh_2023h1.txt'; PT='pt_2022q1_hant.txt'; WZ='wz_2022.txt'
YCX='ycx_2022.txt'; YC='yc_2024.txt'; NC='nc_2019q1_hant.txt'; YA='ya_2021.txt'; HK25='hk_2025m07_hant.txt'; HKB='hk_2026b_hant.txt'
HKM='hk_2026m01_hant.txt'; TW13='tw_2013_hant.txt'; TW18='tw_2018_hant.txt'; FJ='fj_1959.txt'

# ---- 松溪县 (南平, 福建) 2019 work report, review of 2018 (county): no stated sums; traps only
sxg = F(SX, '57.55亿元')
S.rel('restatement', U, [F(SX, '8.1%', n=0), F(SX, '8.1%', n=1)], 'GDP +8.1% and urban per-capita income +8.1%: different indicators sharing a number')
S.rel('growth', U, [F(SX, '7000万元'), F(SX, '324.2%')], 'utilised foreign capital 7000万, +324.2%: the 2017 level (about 1650万) is not stated; nothing to check')
S.rel('share', U, [F(SX, '2.68亿元'), F(SX, '3.8亿元')], 'local budget revenue 2.68亿 is part of total budget revenue 3.8亿 (70.5%), but no share is stated')
S.rel('sum', U, [F(SX, '80.6亿元'), sxg], 'gross output of industry above scale 80.6亿 exceeds GDP 57.55亿: gross output is not value added, not a part of GDP')

# ---- 三明市 (福建): plan execution report of January 2020 (2019 estimates) and 2021 work report (2020 results)
mr19 = F(SM19, '107.76亿元'); mr20 = F(SM20, '111.16亿元'); mrg = F(SM20, '3.2%')
S.rel('growth', C, [mr19, mr20, mrg], 'local budget revenue 107.76亿 (2019) → 111.16亿 (2020) = +3.16% → 3.2 (cross-document, consecutive reports)')
S.rel('growth', U, [F(SM19, '37825元'), F(SM20, '39270元'), F(SM20, '3.5%')], 'urban income 37825 → 39270 is +3.8%, stated +3.5%: 37825 was the January-2020 preliminary estimate; the 2020 rate is on the final 2019 level (about 37940). Estimate vintages, not a check')
S.rel('growth', U, [F(SM19, '18178元'), F(SM20, '19410元'), F(SM20, '6%', pre='增长')], 'rural income 18178 → 19410 is +6.8%, stated +6%: preliminary 2019 estimate vs final base; not a check')
S.rel('growth', U, [F(SM19, '649亿元'), F(SM20, '781.71亿元'), F(SM20, '0.3%')], 'retail sales 649亿 (2019 estimate) → 781.71亿 with −0.3%: the 2019 level was revised (implied about 784); a revision, not an error')
S.rel('growth', U, [F(SM19, '2570亿元左右'), F(SM20, '2702.19亿元'), F(SM20, '4.1%')], 'GDP 2570左右 → 2702.19 is +5.1% at current prices; 4.1% is real growth: nominal vs real')
S.rel('growth', U, [F(SM19, '169.5亿元'), F(SM20, '106.6亿元'), F(SM20, '39.7%')], 'exports 169.5亿 → 106.6亿 is −37.1%; the stated −39.7% implies a 2019 base of about 176.8 (revised estimate): not a check')
S.rel('share', U, [sxg, F(SM19, '2570亿元左右')], '松溪 belongs to 南平, not 三明: its GDP is not a part of 三明’s, and the years differ')
a = ALT(SM20, 1, mr20, '117.16亿元', '2020 local budget revenue 111.16 → 117.16')
S.rel('growth', I, [mr19, on(a, mr20, '117.16亿元'), on(a, mrg)], 'altered: 107.76 → 117.16 is +8.7%, not 3.2 (breaks {B})')
a = ALT(SM19, 1, mr19, '101.76亿元', '2019 local budget revenue 107.76 → 101.76')
S.rel('growth', I, [on(a, mr19, '101.76亿元'), mr20, mrg], 'altered: 101.76 → 111.16 is +9.2%, not 3.2 (breaks {B})')

# ---- 闽侯县 (福州, 福建) county key projects, H1 2023
mn = [F(MH, '185项'), F(MH, '157项'), F(MH, '188项'), F(MH, '530项')]
mtot = [F(MH, '1330.5亿元'), F(MH, '506.08亿元'), F(MH, '1108.16亿元'), F(MH, '2944.74亿元')]
mplan = [F(MH, '327.53亿元'), F(MH, '194.54亿元'), F(MH, '39.78亿元'), F(MH, '561.86亿元')]
mdone = [F(MH, '235.8亿元'), F(MH, '101.97亿元'), F(MH, '24.56亿元'), F(MH, '362.32亿元')]
mp = [F(MH, '72%'), F(MH, '52.42%'), F(MH, '61.73%'), F(MH, '64.49%')]
S.rel('sum', C, mn, 'projects 185 + 157 + 188 = 530')
S.rel('sum', C, mtot, 'total investment 1330.5 + 506.08 + 1108.16 = 2944.74')
S.rel('sum', C, mplan, 'annual plan 327.53 + 194.54 + 39.78 = 561.85, stated 561.86: inside the allowance of the parts')
S.rel('sum', C, mdone, 'H1 investment 235.8 + 101.97 + 24.56 = 362.33, stated 362.32: inside the allowance (235.8 carries ±0.05)')
for i, w in enumerate(('235.8/327.53 = 71.99% → 72', '101.97/194.54 = 52.42%', '24.56/39.78 = 61.740%, stated 61.73: inside the input allowance (61.72–61.76)', '362.32/561.86 = 64.49%')):
    S.rel('share', C, [mdone[i], mplan[i], mp[i]], w)
S.rel('target', CT, [mplan[3], mdone[3]], '闽侯 2023 annual plan 561.86亿 vs 362.32亿 done in January–June (64.49%): the year is not over; cannot tell')
S.rel('share', U, [mplan[3], mtot[3]], 'annual plan 561.86 is 19.1% of total investment 2944.74: no share is stated, and a year’s plan is not a part of a split')
a = ALT(MH, 1, mtot[1], '536.08亿元', 'total investment of new projects 506.08 → 536.08')
S.rel('sum', I, R(a, mtot, mtot[1], '536.08亿元'), 'altered: parts add to 2974.74, not 2944.74 (breaks {B})')
a = ALT(MH, 2, mp[1], '58.42%', 'completion rate of new projects 52.42 → 58.42')
S.rel('share', I, [on(a, mdone[1]), on(a, mplan[1]), on(a, mp[1], '58.42%')], 'altered: 101.97/194.54 = 52.4%, not 58.42 (breaks {B})')
a = ALT(MH, 3, mn[0], '165项', 'projects under construction 185 → 165')
S.rel('sum', I, R(a, mn, mn[0], '165项'), 'altered: 165 + 157 + 188 = 510, not 530 (breaks {B})')

# ---- 莆田 (福建) key projects Q1 2022 (city, traditional with glyph pairs)
pq = F(PT, '227.6億元', n=2); pqt = F(PT, '227.6億元', n=0); pplan = F(PT, '850.2億元'); pp = F(PT, '26.8%')
pn = [F(PT, '74個'), F(PT, '35個'), F(PT, '16個'), F(PT, '24個'), F(PT, '149個')]
pi = [F(PT, '674億元'), F(PT, '316億元'), F(PT, '503億元'), F(PT, '171億元'), F(PT, '1664億元')]
S.rel('share', C, [pq, pplan, pp], '227.6/850.2 = 26.77% → 26.8')
S.rel('restatement', C, [pqt, pq], 'Q1 investment 227.6億 in the headline and in the body')
S.rel('sum', C, pn, 'new "五個一批" projects 74 + 35 + 16 + 24 = 149')
S.rel('sum', C, pi, 'their investment 674 + 316 + 503 + 171 = 1664')
S.rel('target', CT, [pplan, pq], '莆田 2022 annual investment plan 850.2億 vs 227.6億 in Q1: the year is not over; cannot tell')
S.rel('sum', U, [pi[4], F(PT, '5368.9億元')], 'the 149 new "五個一批" projects (1664億) are a separate list, not a part of the 330 key projects’ 5368.9億')
a = ALT(PT, 1, pi[1], '346億元', 'signed projects 316 → 346')
S.rel('sum', I, R(a, pi, pi[1], '346億元'), 'altered: parts add to 1694, not 1664 (breaks {B})')
a = ALT(PT, 2, pp, '28.6%', 'share of annual plan done 26.8 → 28.6')
S.rel('share', I, [on(a, pq), on(a, pplan), on(a, pp, '28.6%')], 'altered: 227.6/850.2 = 26.8%, not 28.6 (breaks {B})')

# ---- 温州 (浙江) 2022 plan execution: table of targets and results (city)
wgt = F(WZ, '增长7%左右'); wg = F(WZ, '3.7', post=' |')
S.rel('target', MS, [wgt, wg], '温州 2022 GDP: target 增长7%左右 (met at ≥ 6.5), result +3.7%: missed (the text itself says GDP fell short)')
S.rel('target', MS, [F(WZ, '增长8%', post=' | 573.9'), F(WZ, '-2.6')], '温州 2022 general budget revenue: target +8%, result −2.6%: missed')
S.rel('target', M, [F(WZ, '73.3', n=0), F(WZ, '73.3', n=1)], '温州 2022 urbanisation: target 73.3%, result 73.3%: met')
S.rel('target', M, [F(WZ, '12000', n=0), F(WZ, '12000', n=1)], '温州 2022 gross industrial output: target 12000亿, result 12000亿: met')
S.rel('target', CT, [F(WZ, '增长8%以上'), F(WZ, '4项')], '温州 2022 labour productivity: target 增长8%以上, result 暂无数据 (one of the 4 indicators without data): cannot tell')
S.rel('target', U, [wgt, F(WZ, '9', pre='12000 | 12000 | ')], 'GDP growth target 7%左右 vs gross industrial output growth 9%: other indicator')
S.rel('sum', U, [F(WZ, '32项'), F(WZ, '4项')], '32 indicators done well, 4 without data, some short of target: the total number of indicators is not stated; nothing to add up')
S.rel('target', U, [wgt, F(SM20, '4.1%')], '温州 2022 GDP target vs 三明 2020 GDP result: other place and year')

# ---- a county of 宜春 (江西), 2022 bulletin text (county)
ct_ = F(YCX, '2842073万元'); c1 = F(YCX, '293981万元'); c2 = F(YCX, '1350063万元'); c3 = F(YCX, '1198029万元')
cp = [F(YCX, '10.3', post=':'), F(YCX, '47.5'), F(YCX, '42.2')]
ft = F(YCX, '452964万元'); f1 = F(YCX, '211174.4万元'); f2 = F(YCX, '173816.5万元'); f3 = F(YCX, '67973.1万元')
ftx = F(YCX, '373219.7万元'); fnt = F(YCX, '79744.3万元'); ftxp = F(YCX, '82.4%'); fntp = F(YCX, '17.6%')
sum_c = [c1, c2, c3, ct_]; sum_f = [f1, f2, f3, ft]
S.rel('sum', C, sum_c, '293981 + 1350063 + 1198029 = 2842073')
for x, p, w in zip((c1, c2, c3), cp, ('293981/2842073 = 10.34% → 10.3', '1350063/2842073 = 47.50% → 47.5', '1198029/2842073 = 42.15% → 42.2')):
    S.rel('share', C, [x, ct_, p], w)
S.rel('sum', C, cp, 'structure 10.3 + 47.5 + 42.2 = 100')
S.rel('share', C, [F(YCX, '1695125万元'), ct_, F(YCX, '59.6%')], 'non-public economy 1695125/2842073 = 59.64% → 59.6')
S.rel('sum', C, sum_f, 'fiscal revenue by level 211174.4 + 173816.5 + 67973.1 = 452964.0')
S.rel('sum', C, [ftx, fnt, ft], 'tax 373219.7 + non-tax 79744.3 = 452964.0')
S.rel('share', C, [ftx, ft, ftxp], '373219.7/452964 = 82.40% → 82.4')
S.rel('share', C, [fnt, ft, fntp], '79744.3/452964 = 17.60% → 17.6')
S.rel('share', C, [ft, ct_, F(YCX, '15.9%')], 'fiscal revenue / GDP 452964/2842073 = 15.94% → 15.9')
S.rel('sum', U, [F(YCX, '1129526万元'), c2], 'industry 1129526 is a 其中 of the secondary sector 1350063 (construction not stated): not a split')
S.rel('growth', U, [F(YCX, '15.9%'), F(YCX, '0.8个')], 'fiscal revenue/GDP 15.9%, up 0.8 points: last year’s ratio is not stated')
S.rel('restatement', U, [F(YCX, '15.8%'), F(YCX, '15.9%')], 'fiscal revenue growth +15.8% vs fiscal revenue/GDP 15.9%: neighbouring numbers, different things')
S.rel('rate', U, [c1, F(YCX, '4.3%'), c2, F(YCX, '6.2%'), c3, F(YCX, '4.4%'), ct_, F(YCX, '5.2%')], 'current-price levels with real sector rates: base-year weights are not stated; not a check')
S.rel('share', U, [F(YCX, '82304元'), ct_], 'per-capita GDP 82304: the population is not stated')
a = ALT(YCX, 1, c2, '1380063万元', 'secondary value added 1350063 → 1380063')
S.rel('sum', I, R(a, sum_c, c2, '1380063万元'), 'altered: parts add to 2872073, not 2842073 (breaks {B})')
S.rel('share', I, [on(a, c2, '1380063万元'), on(a, ct_), on(a, cp[1])], 'altered: 1380063/2842073 = 48.6%, not 47.5 (breaks {B})')
a = ALT(YCX, 2, fntp, '19.6%', 'non-tax share 17.6 → 19.6')
S.rel('share', I, [on(a, fnt), on(a, ft), on(a, fntp, '19.6%')], 'altered: 79744.3/452964 = 17.6%, not 19.6 (breaks {B})')
a = ALT(YCX, 3, f3, '69973.1万元', 'provincial-level revenue 67973.1 → 69973.1')
S.rel('sum', I, R(a, sum_f, f3, '69973.1万元'), 'altered: parts add to 454964.0, not 452964 (breaks {B})')
YCX_A3 = a

# ---- 宜春市 (江西) 2024 fiscal release (city)
yt = F(YC, '284.1亿元'); ym = F(YC, '49.5亿元'); yx = F(YC, '234.6亿元'); ycut = F(YC, '5.9亿元'); yfall = F(YC, '2%', pre='下降')
ytax = F(YC, '162.2亿元'); ytp = F(YC, '57.1%'); yctr = F(YC, '78.9亿元')
yg = [ym, F(YC, '7%', pre='同比增长'), yx, F(YC, '3.7%'), yt, ycut]
S.rel('sum', C, [ym, yx, yt], 'city level 49.5 + counties 234.6 = 284.1')
S.rel('growth', C, [yt, ycut, yfall], 'down 5.9 from 290.0: −2.03% → 2')
S.rel('share', C, [ytax, yt, ytp], 'tax 162.2/284.1 = 57.09% → 57.1')
S.rel('share', C, [yctr, yt, F(YC, '27.8%')], 'central city 78.9/284.1 = 27.77% → 27.8')
S.rel('growth', C, yg, 'last year’s parts 49.5/1.07 + 234.6/0.963 = 46.3 + 243.6 = 289.9 ≈ 284.1 + 5.9 = 290.0 (inside the allowance of the rates)')
S.rel('growth', C, [F(YC, '722.5亿元'), F(YC, '3.5亿元'), F(YC, '0.5%')], 'spending +3.5 on 719.0 = +0.49% → 0.5')
S.rel('sum', U, [ym, yctr, yt], 'the central city (市级 + 袁州区) 78.9 overlaps the city level 49.5: not additive parts of 284.1')
a = ALT(YC, 1, ytax, '168.2亿元', 'tax revenue 162.2 → 168.2')
S.rel('share', I, [on(a, ytax, '168.2亿元'), on(a, yt), on(a, ytp)], 'altered: 168.2/284.1 = 59.2%, not 57.1 (breaks {B})')
a = ALT(YC, 2, yx, '231.6亿元', 'county revenue 234.6 → 231.6')
S.rel('sum', I, [on(a, ym), on(a, yx, '231.6亿元'), on(a, yt)], 'altered: 49.5 + 231.6 = 281.1, not 284.1 (breaks {B})')
S.rel('growth', I, R(a, yg, yx, '231.6亿元'), 'altered: 49.5/1.07 + 231.6/0.963 = 286.8, not 290.0 (breaks {B})')

# ---- 南昌 (江西) Q1 2019 fiscal news (city, traditional)
nsp = F(NC, '207.5億元'); nls = F(NC, '173.9億元'); nlp = F(NC, '83.8%')
ng1 = F(NC, '25%'); ng2 = F(NC, '17.3%'); ngap = F(NC, '7.7個')
S.rel('share', C, [nls, nsp, nlp], 'livelihood spending 173.9/207.5 = 83.81% → 83.8')
S.rel('growth', C, [ng1, ng2, ngap], 'livelihood +25% − spending +17.3% = 7.7 points')
S.rel('restatement', C, [F(NC, '263.7億', n=0), F(NC, '263.7億元')], 'fiscal revenue 263.7億 in the headline and in the body')
S.rel('restatement', C, [F(NC, '8.3%', n=0), F(NC, '8.3%', n=1)], 'growth +8.3% in the headline and in the body')
S.rel('growth', U, [F(NC, '87.6%'), F(NC, '6.5個')], 'tax share 87.6%, 6.5 points above the provincial average: the provincial figure is not stated')
S.rel('growth', U, [ng2, F(NC, '4.8個')], 'spending +17.3%, 4.8 points above the province: the provincial rate is not stated')
S.rel('growth', U, [nlp, F(NC, '5.2個')], 'livelihood share 83.8%, up 5.2 points: last year’s share is not stated')
S.rel('share', U, [F(NC, '38億元'), F(NC, '263.7億元')], '南昌縣 38億 of the city’s 263.7億 (14.4%): no share is stated')
S.rel('share', U, [F(NC, '76.1%'), F(NC, '87.6%')], 'tax share of local budget revenue 76.1% vs of total fiscal revenue 87.6%: different bases')
a = ALT(NC, 1, nlp, '88.3%', 'livelihood share of spending 83.8 → 88.3')
S.rel('share', I, [on(a, nls), on(a, nsp), on(a, nlp, '88.3%')], 'altered: 173.9/207.5 = 83.8%, not 88.3 (breaks {B})')
a = ALT(NC, 2, ngap, '7.1個', 'gap between livelihood and total spending growth 7.7 → 7.1 points')
S.rel('growth', I, [on(a, ng1), on(a, ng2), on(a, ngap, '7.1個')], 'altered: 25 − 17.3 = 7.7, not 7.1 (breaks {B})')

# ---- 远安县 (宜昌, 湖北) 2021 budget execution report (county)
S.rel('target', M, [F(YA, '105501万元'), F(YA, '106.1%')], '远安 2021 fiscal revenue 105501万 = 106.1% of the budget approved at the start of the year: met')
S.rel('target', M, [F(YA, '74945万元'), F(YA, '105.6%')], '远安 2021 local general budget revenue 74945万 = 105.6% of the initial budget: met')
S.rel('target', MS, [F(YA, '41949万元'), F(YA, '93.2%')], '远安 county-level (县本级) local revenue 41949万 = 93.2% of the adjusted budget: missed')
S.rel('target', U, [F(YA, '93.2%'), F(YA, '105.6%')], 'county level vs the whole county, adjusted vs initial budget: different scope and budget; 93.2% does not contradict 105.6%')
S.rel('share', U, [F(YA, '41949万元'), F(YA, '74945万元')], 'county-level revenue 41949 is part of the county-wide 74945 (56.0%): no share is stated')
S.rel('growth', U, [F(YA, '52.2%'), F(YA, '44.4%')], 'county-wide +52.2% vs county-level +44.4%: different scopes')

# ---- 香港: hk01 2025-09-15 (first 4 months of 2025/26, reserves)
hr1 = F(HK25, '5,803億元', n=0); hr2 = F(HK25, '5,803億元', n=1); hb = F(HK25, '959億元'); hx1 = F(HK25, '4,844億元', n=0); hx2 = F(HK25, '4,844億元', n=1)
hd = F(HK25, '670億元'); hdx = F(HK25, '1,629億元'); hh = F(HK25, '11,710億元'); hl = F(HK25, '6,473億元'); hp = F(HK25, '45%')
S.rel('sum', C, [hr2, hb, hx2], 'reserves at end-March 2026 5,803 − net bond proceeds 959 = 4,844')
S.rel('restatement', C, [hr1, hr2], 'forecast reserves at the end of 2025/26 5,803億 stated twice')
S.rel('restatement', C, [hx1, hx2], 'reserves without bond proceeds 4,844億 stated twice')
S.rel('sum', C, [hd, hb, hdx], 'budgeted 2025/26 deficit 670 + net bond proceeds 959 = 1,629 without the bonds')
S.rel('growth', C, [hh, hl, hp], 'reserves 11,710 → 6,473 = −44.7%, 大跌45%')
S.rel('growth', U, [F(HK25, '1,159億元'), hd], 'deficit of the first 4 months 1,159 vs the full-year budgeted deficit 670: different periods (taxes come late in the year)')
S.rel('restatement', U, [F(HK25, '5,384億元'), hr1], 'reserves at end-July 2025 5,384 vs forecast for end-March 2026 5,803: different dates')
S.rel('sum', U, [F(HK25, '5,529億元'), hd], 'six-year cumulative deficit 2019/20–2024/25 5,529 vs the 2025/26 budget deficit 670: different periods, not to be added')
S.rel('share', U, [hr1, F(HK25, '8個月')], 'reserves equal to about 8 months of spending: monthly spending is not stated')
a = ALT(HK25, 1, hx2, '4,814億元', 'reserves without bond proceeds (second statement) 4,844 → 4,814')
S.rel('sum', I, [on(a, hr2), on(a, hb), on(a, hx2, '4,814億元')], 'altered: 5,803 − 959 = 4,844, not 4,814 (breaks {B})')
S.rel('restatement', I, [on(a, hx1), on(a, hx2, '4,814億元')], 'altered: 4,844 vs 4,814 for the same figure (breaks {B})')
a = ALT(HK25, 2, hl, '6,973億元', 'reserves at March 2025 6,473 → 6,973')
S.rel('growth', I, [on(a, hh), on(a, hl, '6,973億元'), on(a, hp)], 'altered: 11,710 → 6,973 is −40.5%, not 45% (breaks {B})')
a = ALT(HK25, 3, hdx, '1,529億元', 'deficit without bond proceeds 1,629 → 1,529')
S.rel('sum', I, [on(a, hd), on(a, hb), on(a, hdx, '1,529億元')], 'altered: 670 + 959 = 1,629, not 1,529 (breaks {B})')
HK25_A3 = a

# ---- 香港: hk01 2026-02-26 (2026/27 budget; revised 2025/26)
bd = F(HKB, '670億'); br = F(HKB, '294億'); be = F(HKB, '331億'); bb = F(HKB, '75億'); bs = F(HKB, '29億'); bx = F(HKB, '1,004億'); bdx = F(HKB, '1,629億')
sum_b = [bd, br, be, bb, bs]
S.rel('sum', C, sum_b, '−670 + 294 (revenue) + 331 (spending) + 75 (bonds) = +30, stated 29: inside the allowance of four rounded inputs (±2)')
S.rel('restatement', C, [hd, bd], 'budgeted 2025/26 deficit 670億 in both articles (Sept 2025 and Feb 2026)')
S.rel('restatement', C, [hdx, bdx], '2025/26 deficit without bond proceeds as budgeted, 1,629億, in both articles')
S.rel('sum', C, [hb, bb, bx, bs], 'net bond proceeds: budget 959 + 75 more = 1,034; surplus 29 with bonds and deficit 1,004 without them give 1,033: inside the allowance')
S.rel('sum', U, [bdx, bx, F(HKB, '321億'), F(HKB, '222億')], '1,629 − 1,004 = 625, but 321 + 222 = 543: "主要因為" names the operating-account items only; the rest is not given')
S.rel('restatement', I, [on(HK25_A3, hdx, '1,529億元'), bdx], 'altered: 1,529 in the September article vs 1,629 in the February budget article (breaks {B})')
a = ALT(HKB, 1, be, '381億', 'spending below budget 331 → 381')
S.rel('sum', I, R(a, sum_b, be, '381億'), 'altered: −670 + 294 + 381 + 75 = 80, not 29 (breaks {B})')
a = ALT(HKB, 2, bdx, '1,659億', 'last year’s budgeted deficit without bonds 1,629 → 1,659')
S.rel('restatement', I, [hdx, on(a, bdx, '1,659億')], 'altered: 1,629 in the September article vs 1,659 (breaks {B})')

# ---- 香港: 星島 2026-02-27 (first 10 months of 2025/26)
ms = F(HKM, '6,273億港元'); mr = F(HKM, '6,149億港元'); mb = F(HKM, '1,423億港元'); mrp = F(HKM, '420億港元'); msur = F(HKM, '879億港元')
mres = F(HKM, '7,422億港元'); mres2 = F(HKM, '6,572億港元'); m29a = F(HKM, '29億', n=0); m29 = F(HKM, '29億港元')
sum_m = [mr, ms, mb, mrp, msur]; two = [msur, m29, mres, mres2]
S.rel('sum', C, sum_m, 'revenue 6,149 − spending 6,273 + bonds 1,423 − repayment 420 = 879')
S.rel('sum', C, two, 'last two months: 879 − 29 = 850 = 7,422 − 6,572 (the fall in the reserves)')
S.rel('restatement', C, [m29a, m29], 'surplus 29億 in the sub-heading and the body')
S.rel('restatement', C, [bs, m29], 'revised 2025/26 surplus 29億 in the budget article and the accounts release')
S.rel('restatement', U, [hr2, mres2], 'reserves at end-March 2026: 5,803 forecast in the February-2025 budget vs 6,572 forecast in February 2026: a revision, not a contradiction')
S.rel('growth', U, [F(HK25, '5,384億元'), mres], 'reserves 5,384 (July 2025) → 7,422 (January 2026): different dates; no change is stated')
a = ALT(HKM, 1, mb, '1,483億港元', 'bond proceeds 1,423 → 1,483')
S.rel('sum', I, R(a, sum_m, mb, '1,483億港元'), 'altered: 6,149 − 6,273 + 1,483 − 420 = 939, not 879 (breaks {B})')
a = ALT(HKM, 2, mres2, '6,512億港元', 'forecast reserves end-March 2026 6,572 → 6,512')
S.rel('sum', I, R(a, two, mres2, '6,512億港元'), 'altered: 879 − 29 = 850, but 7,422 − 6,512 = 910 (breaks {B})')

# ---- 台灣 GDP forecast, November 2013 (人間福報; Chinese-numeral figures)
t74 = [F(TW13, '百分之一點七四', n=i) for i in range(3)]; t59 = [F(TW13, '百分之二點五九', n=i) for i in range(2)]
t31 = F(TW13, '百分之二點三一'); t57 = F(TW13, '零點五七'); t37y = F(TW13, '百分之三點三七'); t78 = F(TW13, '零點七八')
tq4 = F(TW13, '百分之一點二二'); tq4a = F(TW13, '二點六一'); tq4d = F(TW13, '一點三九')
S.rel('growth', C, [t31, t57, t74[1]], '2013 forecast 2.31 − 0.57 = 1.74')
S.rel('growth', C, [t37y, t78, t59[1]], '2014 forecast 3.37 − 0.78 = 2.59')
S.rel('growth', C, [tq4a, tq4d, tq4], 'Q4 forecast 2.61 − 1.39 = 1.22')
S.rel('restatement', C, t74, '2013 growth forecast 1.74% stated three times')
S.rel('restatement', C, t59, '2014 growth forecast 2.59% stated twice')
S.rel('growth', U, [t57, F(TW13, '零點三七')], 'of the 0.57-point cut, the Q4 revision accounts for 0.37; the rest (revisions of Q1–Q3) is not stated')
S.rel('rate', U, [F(TW13, '百分之一點九三'), tq4, t74[2]], 'Q1–Q3 1.93% and Q4 1.22% combine to 1.74% only with quarterly weights (about 0.73/0.27), which are not stated')
a = ALT(TW13, 1, t57, '零點五三', 'cut of the 2013 forecast 0.57 → 0.53 points')
S.rel('growth', I, [on(a, t31), on(a, t57, '零點五三'), on(a, t74[1])], 'altered: 2.31 − 0.53 = 1.78, not 1.74 (breaks {B})')
a = ALT(TW13, 2, tq4d, '一點四九', 'cut of the Q4 forecast 1.39 → 1.49 points')
S.rel('growth', I, [on(a, tq4a), on(a, tq4d, '一點四九'), on(a, tq4)], 'altered: 2.61 − 1.49 = 1.12, not 1.22 (breaks {B})')
a = ALT(TW13, 3, t59[1], '百分之二點六九', 'second statement of the 2014 forecast 2.59 → 2.69')
S.rel('growth', I, [on(a, t37y), on(a, t78), on(a, t59[1], '百分之二點六九')], 'altered: 3.37 − 0.78 = 2.59, not 2.69 (breaks {B})')
S.rel('restatement', I, [on(a, t59[0]), on(a, t59[1], '百分之二點六九')], 'altered: 2.59 in the lead vs 2.69 in the body (breaks {B})')

# ---- 台灣 GDP, 中央社 2018-02-13
u42 = [F(TW18, '2.42%', n=i) for i in range(3)]; uq = F(TW18, '3.28%'); uf = F(TW18, '2.3%'); ud = F(TW18, '0.98個')
u29 = F(TW18, '2.29%'); u13 = F(TW18, '0.13個')
S.rel('growth', C, [uq, uf, ud], 'Q4 2017 3.28% vs the November forecast 2.3%: +0.98 points')
S.rel('growth', C, [u42[2], u29, u13], '2018 forecast 2.42% vs the November forecast 2.29%: +0.13 points')
S.rel('restatement', C, u42, '2018 growth forecast 2.42% in the headline and twice in the body')
S.rel('growth', U, [uq, u42[1]], 'Q4 2017 growth 3.28% vs the 2018 full-year forecast 2.42%: different periods')
S.rel('restatement', U, [t31, u29], '2.31% (August 2013 forecast for 2013) vs 2.29% (November 2017 forecast for 2018): different years; near numbers, no relation')
a = ALT(TW18, 1, ud, '0.89個', 'Q4 gap over the forecast 0.98 → 0.89 points')
S.rel('growth', I, [on(a, uq), on(a, uf), on(a, ud, '0.89個')], 'altered: 3.28 − 2.3 = 0.98, not 0.89 (breaks {B})')
a = ALT(TW18, 2, u29, '2.24%', 'November forecast for 2018 2.29 → 2.24')
S.rel('growth', I, [on(a, u42[2]), on(a, u29, '2.24%'), on(a, u13)], 'altered: 2.42 − 2.24 = 0.18, not 0.13 (breaks {B})')
a = ALT(TW18, 3, u42[1], '2.47%', 'first body statement of the 2018 forecast 2.42 → 2.47')
S.rel('restatement', I, [on(a, u42[0]), on(a, u42[1], '2.47%'), on(a, u42[2])], 'altered: 2.42 in the headline and the later paragraph vs 2.47 (breaks {B})')

# ---- 人民日报 1959-08-21: 福建 early rice, 福鼎县 (old text)
S.rel('rate', I, [F(FJ, '三万六千多亩'), F(FJ, '四万九千九百多亩'), F(FJ, '29.4%'), F(FJ, '62%')], 'real inconsistency in the original: area 36,000多 → 49,900多 亩 (×1.35–1.39) with yield +29.4% gives output ×1.75–1.80 (+75–80%), but the text says +62%. Unless the yield is on another area base (not stated), the figures do not fit')
S.rel('growth', U, [F(FJ, '二千亩左右'), F(FJ, '三万六千多亩')], 'early-rice area about 2000亩 before 1949 vs 36,000多 by 1958: no ratio or growth is stated')
S.rel('growth', U, [F(FJ, '29.4%'), F(FJ, '二成')], '福鼎 county yield +29.4% vs "many communes of 闽北闽西 +20% to 100%+": other places and units')

# ---- added: more checks and traps
S.rel('growth', C, [f1, F(YCX, '9.9%'), f2, F(YCX, '12.8%'), f3, F(YCX, '50.9%'), ft, F(YCX, '15.8%')], 'last year’s parts 211174.4/1.099 + 173816.5/1.128 + 67973.1/1.509 = 391289; 452964/391289 = +15.76% → 15.8 (range with allowances 15.71–15.81)')
S.rel('growth', I, [on(YCX_A3, f1), on(YCX_A3, F(YCX, '9.9%')), on(YCX_A3, f2), on(YCX_A3, F(YCX, '12.8%')), on(YCX_A3, f3, '69973.1万元'), on(YCX_A3, F(YCX, '50.9%')), on(YCX_A3, ft), on(YCX_A3, F(YCX, '15.8%'))], 'altered: last year’s parts now add to 392614; 452964/392614 = +15.4%, not 15.8 (breaks {B})')
S.rel('share', U, [mr19, F(SM19, '168.41亿元')], '三明 2019 local revenue 107.76 of general budget revenue 168.41 (64.0%): no share is stated')
S.rel('share', U, [pq, F(PT, '5368.9億元')], 'Q1 investment 227.6 is 4.2% of the projects’ total investment 5368.9: no such share is stated (the stated 26.8% is of the annual plan)')
S.rel('sum', U, [F(PT, '330個', n=2), pn[4]], '330 key projects and 149 new "五個一批" projects: separate lists, not parts of one total')
S.rel('growth', U, [F(NC, '10.1%'), F(NC, '8.3%', n=1)], 'counties and districts +10.1% vs the whole city +8.3%: the city-level part is not stated; no check')
S.rel('sum', U, [F(NC, '6個'), F(NC, '5個')], '6 counties with two-digit growth and 5 in the provincial top ten: overlapping lists, not parts of one total')
S.rel('sum', U, [hx1, F(HK25, '3,300億元')], 'reserves 4,844 without bonds, below 3,300 also without fund transfers: the transfers are not stated')
S.rel('share', U, [F(HKB, '近500億元'), F(HKB, '321億')], 'stamp duty and profits tax nearly 500 above budget vs operating revenue 321 above budget: other items fell; not stated, not a check')
S.rel('share', U, [F(TW18, '2萬4337美元'), u42[0]], 'per-capita GDP US$24,337: population and exchange rate are not stated')
S.rel('growth', U, [F(WZ, '8029.8'), wg], '温州 2022 GDP 8029.8亿, +3.7% real: the 2021 level is not stated')
S.rel('restatement', U, [F(YCX, '5.2%'), F(NC, '5.2個')], '宜春 county GDP +5.2% (2022) vs 南昌 livelihood share +5.2 points (Q1 2019): same number, other place, period and indicator')
S.rel('restatement', U, [ct_, yt], 'county GDP 2842073万 (= 284.2亿, 2022) vs 宜春 city budget revenue 284.1亿 (2024): near-identical digits, different indicator, level and year')
S.rel('growth', U, [F(YA, '236102万元'), F(YA, '20.1%')], '远安 spending 236102万, −20.1%: the 2020 level is not stated')
S.rel('growth', U, [msur, F(HK25, '1,159億元')], '2025/26: deficit 1,159 after 4 months vs surplus 879 after 10 months: cumulative figures of different spans; the months between are not stated')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

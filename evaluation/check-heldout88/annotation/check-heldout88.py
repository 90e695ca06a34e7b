"""Check key, set check-heldout88. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout88.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout88'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

JX='jx_2020_hant.txt'; DD='dd_2024.txt'; D07='dl_2007.txt'; D08='dl_2008_hant.txt'; D11='dl_2011.txt'; XG='xg_2012.txt'
JL09='jl_2009.txt'; JL16='jl_2016.txt'; JLI='jl_2011ind.txt'; H10='hlj_2010h1.txt'; H09='hlj_2009_hant.txt'
BQ='bq_hist.txt'; NJ='nj_2000.txt'; XK='xk_2000.txt'; SL='sl_2005.txt'

# ---- 鸡西 2020 (prefecture city, 黑龙江; statistical bulletin, traditional with glyph pairs)
jt = F(JX, '572.4億元'); j1 = F(JX, '215.2億元'); j2 = F(JX, '133.3億元'); j3 = F(JX, '223.9億元')
jp1 = F(JX, '37.6', post=':'); jp2 = F(JX, '23.3', post=':'); jp3 = F(JX, '39.1', post='。')
jc1 = F(JX, '39.1%'); jc2 = F(JX, '75.5%'); jc3 = F(JX, '-14.6%')
ja = F(JX, '398.3億元'); ja1 = F(JX, '309.3億元'); ja2 = F(JX, '10.7億元'); ja3 = F(JX, '61.5億元'); ja4 = F(JX, '10.6億元'); ja5 = F(JX, '6.2億元')
sum_jx = [j1, j2, j3, jt]; sum_ja = [ja1, ja2, ja3, ja4, ja5, ja]
S.rel('sum', C, sum_jx, '215.2 + 133.3 + 223.9 = 572.4')
S.rel('share', C, [j1, jt, jp1], 'primary 215.2/572.4 = 37.60% → 37.6')
S.rel('share', C, [j2, jt, jp2], 'secondary 133.3/572.4 = 23.29% → 23.3')
S.rel('share', C, [j3, jt, jp3], 'tertiary 223.9/572.4 = 39.12% → 39.1')
S.rel('sum', C, [jc1, jc2, jc3], 'contributions 39.1 + 75.5 − 14.6 = 100')
S.rel('sum', C, sum_ja, 'farming 309.3 + forestry 10.7 + husbandry 61.5 + fishery 10.6 + services 6.2 = 398.3')
S.rel('share', U, [jc1, jp3], 'primary contribution to growth 39.1% vs tertiary share of GDP 39.1: same number, different indicators (contribution vs share)')
S.rel('rate', U, [j1, F(JX, '2.2%'), j2, F(JX, '6.3%'), j3, F(JX, '0.8%'), jt, F(JX, '2.1%')], 'current-price 2020 levels weighted by real sector rates give about 2.0%, stated 2.1: base-year weights not stated; not a check')
S.rel('sum', U, [F(JX, '2.32萬人'), F(JX, '2.15萬人')], 'new urban jobs 2.32万 and re-employed 2.15万: overlapping counts, no total stated')
S.rel('growth', U, [F(JX, '34031元'), F(JX, '3.8%'), F(JX, '2.1%')], 'per-capita GDP +3.8% vs GDP +2.1%: the population change is not stated')
a = ALT(JX, 1, j2, '138.3億元', 'secondary value added 133.3 → 138.3')
S.rel('sum', I, R(a, sum_jx, j2, '138.3億元'), 'altered: parts add to 577.4, not 572.4 (breaks {B})')
S.rel('share', I, [on(a, j2, '138.3億元'), on(a, jt), on(a, jp2)], 'altered: 138.3/572.4 = 24.2%, not 23.3 (breaks {B})')
a = ALT(JX, 2, ja3, '64.5億元', 'animal husbandry output 61.5 → 64.5')
S.rel('sum', I, R(a, sum_ja, ja3, '64.5億元'), 'altered: parts add to 401.3, not 398.3 (breaks {B})')

# ---- 丹东 (prefecture city, 辽宁) 75-year review, 2024 news
dg = F(DD, '945.2亿元'); dg78 = F(DD, '13.13亿元'); dx72 = F(DD, '72倍')
dr52 = F(DD, '0.06亿元'); dr = F(DD, '74.7亿元'); dx1245 = F(DD, '1245倍')
S.rel('growth', C, [dg, dg78, dx72], '945.2/13.13 = 71.99 → 72倍 (是…的N倍 as the ratio)')
S.rel('growth', C, [dr, dr52, dx1245], '74.7/0.06 = 1245 (0.06 carries ±0.005, so any ratio 1149–1358 fits)')
S.rel('growth', U, [F(DD, '239.6亿元'), F(DD, '2662倍')], 'spending 239.6 = 2662 × the 1952 spending: the 1952 spending is not stated')
S.rel('growth', U, [F(DD, '44926元'), F(DD, '69倍'), F(DD, '7.9%')], 'per-capita GDP 69 × 1978 (current prices, about 9.9% a year) vs 年均增长7.9% (comparable prices): nominal vs real; the 1978 level is not stated')
S.rel('growth', U, [dg, dx72, F(DD, '7.3%')], '72 × over 1978–2023 at current prices vs 7.3% a year over 1992–2023 at comparable prices: different spans, nominal vs real')
S.rel('growth', U, [F(DD, '195.2亿元'), F(DD, '67倍')], 'primary 195.2 = 67 × 1978: the 1978 primary value added is not stated')
S.rel('growth', U, [F(DD, '3.7亿元'), dr], 'revenue 3.7亿 (1978) → 74.7亿 (2023): no multiple or rate is stated for this span')
a = ALT(DD, 1, dx72, '78倍', 'GDP multiple 72 → 78')
S.rel('growth', I, [on(a, dg), on(a, dg78), on(a, dx72, '78倍')], 'altered: 945.2/13.13 = 72, not 78 (breaks {B})')

# ---- 大连 2007 bulletin (sub-provincial city, 辽宁)
t07 = F(D07, '3131亿元'); a07 = F(D07, '247.6亿元'); b07 = F(D07, '1536.5亿元'); c07 = F(D07, '1346.9亿元')
pa07 = F(D07, '7.9', post=':'); pb07 = F(D07, '49.1', post=':'); pc07 = F(D07, '43.0', post=','); 
k1 = F(D07, '4.8%'); k2 = F(D07, '56.2%'); k3 = F(D07, '39.0%')
r07 = F(D07, '268亿元'); r07a = F(D07, '121.2亿元'); r07b = F(D07, '146.8亿元'); g07 = F(D07, '36.6%'); g07a = F(D07, '34.8%'); g07b = F(D07, '38.1%')
e07 = F(D07, '344.6亿元'); gs07 = F(D07, '202.5亿元'); ds07 = F(D07, '207.9亿元'); hg07 = F(D07, '204.3亿元'); cpi07 = F(D07, '4%', '上涨')
sum_07 = [a07, b07, c07, t07]; sum_r07 = [r07a, r07b, r07]
S.rel('sum', C, sum_07, '247.6 + 1536.5 + 1346.9 = 3131.0')
S.rel('share', C, [a07, t07, pa07], 'primary 247.6/3131 = 7.91% → 7.9')
S.rel('share', C, [b07, t07, pb07], 'secondary 1536.5/3131 = 49.07% → 49.1')
S.rel('share', C, [c07, t07, pc07], 'tertiary 1346.9/3131 = 43.02% → 43.0')
S.rel('sum', C, [k1, k2, k3], 'contributions 4.8 + 56.2 + 39.0 = 100')
S.rel('sum', C, sum_r07, 'city level 121.2 + district/county level 146.8 = 268')
S.rel('growth', C, [r07a, g07a, r07b, g07b, r07, g07], 'bases 121.2/1.348 = 89.9 and 146.8/1.381 = 106.3 sum to 196.2; 268/196.2 = +36.6%')
S.rel('share', U, [k2, pb07], 'secondary contribution to growth 56.2% vs secondary share 49.1: contribution is not a share')
S.rel('sum', U, [gs07, ds07, hg07, r07], 'national tax 202.5 + local tax 207.9 + customs 204.3 = 614.7 are collections by three agencies (mostly central revenue), not parts of the local budget revenue 268')
S.rel('growth', U, [F(D07, '51624元'), F(D07, '7067美元')], 'per-capita GDP in yuan and dollars: the year-end exchange rate (about 7.30) is not stated')
S.rel('growth', U, [cpi07, F(D07, '2.6个')], 'CPI +4%, 2.6 points higher: the 2006 rate is not stated in this text')
a = ALT(D07, 1, r07b, '143.8亿元', 'district/county-level revenue 146.8 → 143.8')
S.rel('sum', I, R(a, sum_r07, r07b, '143.8亿元'), 'altered: 121.2 + 143.8 = 265, not 268 (breaks {B})')
a = ALT(D07, 2, a07, '241.6亿元', 'primary value added 247.6 → 241.6')
S.rel('sum', I, R(a, sum_07, a07, '241.6亿元'), 'altered: parts add to 3125.0, not 3131 (breaks {B})')

# ---- 大连 2008 bulletin (traditional) and cross-document relations with 2007
t08 = F(D08, '3858.2億元'); a08 = F(D08, '289.1億元'); b08 = F(D08, '1993.9億元'); c08 = F(D08, '1575.2億元')
pa08 = F(D08, '7.5', post=':'); pb08 = F(D08, '51.7', post=':'); pc08 = F(D08, '40.8', post=',')
q1 = F(D08, '3.6%'); q2 = F(D08, '58.3%'); q3 = F(D08, '38.1%')
r08 = F(D08, '339.1億元'); r08a = F(D08, '151.9億元'); r08b = F(D08, '187.2億元'); g08 = F(D08, '26.5%'); g08a = F(D08, '25.3%'); g08b = F(D08, '27.5%')
e08 = F(D08, '410億元'); ge08 = F(D08, '19%'); hg08 = F(D08, '290.1億元'); ghg08 = F(D08, '42%', '增長')
cpi08 = F(D08, '4.4%'); dcpi08 = F(D08, '0.4個')
sum_08 = [a08, b08, c08, t08]; sum_r08 = [r08a, r08b, r08]
S.rel('sum', C, sum_08, '289.1 + 1993.9 + 1575.2 = 3858.2')
S.rel('share', C, [a08, t08, pa08], 'primary 289.1/3858.2 = 7.49% → 7.5')
S.rel('share', C, [b08, t08, pb08], 'secondary 1993.9/3858.2 = 51.68% → 51.7')
S.rel('share', C, [c08, t08, pc08], 'tertiary 1575.2/3858.2 = 40.83% → 40.8')
S.rel('sum', C, [q1, q2, q3], 'contributions 3.6 + 58.3 + 38.1 = 100')
S.rel('sum', C, sum_r08, 'city level 151.9 + district/county level 187.2 = 339.1')
S.rel('growth', U, [g08a, F(D08, '25.8%')], 'city-level revenue +25.3% as reported vs +25.8% on a comparable basis: same indicator, different bases; not a contradiction')
S.rel('growth', U, [F(D08, '63198元'), F(D08, '9099美元')], 'per-capita GDP in yuan and dollars: the average exchange rate is not stated')
S.rel('growth', C, [r07, r08, g08], 'cross-document: 大连 revenue 268 (2007 bulletin) → 339.1 (2008 bulletin): +26.5%')
S.rel('growth', C, [r07a, r08a, g08a], 'cross-document: city-level revenue 121.2 → 151.9: +25.3%')
S.rel('growth', C, [r07b, r08b, g08b], 'cross-document: district/county-level revenue 146.8 → 187.2: +27.5%')
S.rel('growth', C, [e07, e08, ge08], 'cross-document: spending 344.6 → 410: +18.98% → 19%')
S.rel('growth', C, [hg07, hg08, ghg08], 'cross-document: customs-collected tax 204.3 → 290.1: +42.0%')
S.rel('growth', C, [cpi07, cpi08, dcpi08], 'cross-document: CPI rise 4% (2007) → 4.4% (2008), 0.4 points higher')
S.rel('growth', U, [t07, t08, F(D08, '16.5%')], 'cross-document: GDP 3131 → 3858.2 is +23.2% at current prices; 16.5% is at comparable prices: nominal vs real')
S.rel('growth', U, [a07, a08, F(D08, '8.1%')], 'cross-document: primary 247.6 → 289.1 is +16.8% nominal vs +8.1% real: nominal vs real')
a = ALT(D08, 1, b08, '1963.9億元', 'secondary value added 1993.9 → 1963.9')
S.rel('sum', I, R(a, sum_08, b08, '1963.9億元'), 'altered: parts add to 3828.2, not 3858.2 (breaks {B})')
S.rel('share', I, [on(a, b08, '1963.9億元'), on(a, t08), on(a, pb08)], 'altered: 1963.9/3858.2 = 50.9%, not 51.7 (breaks {B})')
a = ALT(D08, 2, r08a, '157.9億元', 'city-level revenue 151.9 → 157.9')
S.rel('sum', I, R(a, sum_r08, r08a, '157.9億元'), 'altered: 157.9 + 187.2 = 345.1, not 339.1 (breaks {B})')
S.rel('growth', I, [r07a, on(a, r08a, '157.9億元'), on(a, g08a)], 'altered: 121.2 → 157.9 is +30.3%, not 25.3 (breaks {B})')

# ---- 大连 2011 bulletin
t11 = F(D11, '6150.1亿元'); a11 = F(D11, '395.7亿元'); b11 = F(D11, '3204.2亿元'); c11 = F(D11, '2550.2亿元')
pa11 = F(D11, '6.4', post=':'); pb11 = F(D11, '52.1', post=':'); pc11 = F(D11, '41.5', post=',')
r11 = F(D11, '651亿元'); r11a = F(D11, '242.3亿元'); r11b = F(D11, '408.8亿元'); g11 = F(D11, '30%', '增长'); g11a = F(D11, '30.2%'); g11b = F(D11, '29.9%')
sum_11 = [a11, b11, c11, t11]; sum_r11 = [r11a, r11b, r11]
S.rel('sum', C, sum_11, '395.7 + 3204.2 + 2550.2 = 6150.1')
S.rel('share', C, [a11, t11, pa11], 'primary 395.7/6150.1 = 6.43% → 6.4')
S.rel('share', C, [c11, t11, pc11], 'tertiary 2550.2/6150.1 = 41.47% → 41.5')
S.rel('sum', C, [pa11, pb11, pc11], 'structure 6.4 + 52.1 + 41.5 = 100')
S.rel('sum', C, sum_r11, 'city level 242.3 + district/county level 408.8 = 651.1 ≈ 651 (inside the allowance)')
S.rel('growth', C, [r11a, g11a, r11b, g11b, r11, g11], 'bases 242.3/1.302 = 186.1 and 408.8/1.299 = 314.7 sum to 500.8; 651/500.8 = +30.0%')
S.rel('sum', U, [F(D11, '3.2%'), F(D11, '61.2%'), F(D11, '35.6%'), pb11], 'contributions (3.2/61.2/35.6) against the structure: contribution is not a share (61.2 vs 52.1)')
S.rel('growth', U, [F(D11, '91287元'), F(D11, '14454美元')], 'per-capita GDP in yuan and dollars: the exchange rate is not stated')
S.rel('growth', U, [r08, r11], 'revenue 339.1 (2008) vs 651 (2011): three years apart, no rate over the span is stated')
a = ALT(D11, 1, c11, '2580.2亿元', 'tertiary value added 2550.2 → 2580.2')
S.rel('sum', I, R(a, sum_11, c11, '2580.2亿元'), 'altered: parts add to 6180.1, not 6150.1 (breaks {B})')
S.rel('share', I, [on(a, c11, '2580.2亿元'), on(a, t11), on(a, pc11)], 'altered: 2580.2/6150.1 = 42.0%, not 41.5 (breaks {B})')
a = ALT(D11, 2, pb11, '54.1', 'secondary share 52.1 → 54.1')
S.rel('sum', I, [on(a, pa11), on(a, pb11, '54.1'), on(a, pc11)], 'altered: 6.4 + 54.1 + 41.5 = 102, not 100 (breaks {B})')

# ---- 大连 西岗区 2012 bulletin (district)
xt = F(XG, '1785530万元'); x2 = F(XG, '345864万元'); x3 = F(XG, '1439666万元'); xp2 = F(XG, '19.4'); xp3 = F(XG, '80.6')
xplan = F(XG, '213500万元'); xpg = F(XG, '15%'); xr = F(XG, '227353万元'); xrg = F(XG, '22.6%', n=0); xe = F(XG, '246330万元'); xeg = F(XG, '22.6%', n=1)
xi = F(XG, '815877万元'); xig = F(XG, '14.7%'); xi1 = F(XG, '415359万元'); xi1p = F(XG, '51%'); xi1g = F(XG, '19.9 %'); xi2 = F(XG, '400518万元'); xi2p = F(XG, '49%'); xi2g = F(XG, '9.7%')
sum_xg = [x2, x3, xt]; sum_xi = [xi1, xi2, xi]
S.rel('sum', C, sum_xg, 'secondary 345864 + tertiary 1439666 = 1785530 (the district has no primary sector)')
S.rel('share', C, [x2, xt, xp2], '345864/1785530 = 19.37% → 19.4')
S.rel('share', C, [x3, xt, xp3], '1439666/1785530 = 80.63% → 80.6')
S.rel('sum', C, sum_xi, 'real-estate 415359 + project investment 400518 = 815877')
S.rel('share', C, [xi1, xi, xi1p], '415359/815877 = 50.9% → 51')
S.rel('share', C, [xi2, xi, xi2p], '400518/815877 = 49.1% → 49')
S.rel('growth', C, [xi1, xi1g, xi2, xi2g, xi, xig], 'bases 415359/1.199 = 346421 and 400518/1.097 = 365103 sum to 711524; 815877/711524 = +14.7%')
S.rel('target', M, [xplan, xr], '西岗区 2012 budget revenue: plan 213500万元, result 227353万元 (106.5%): met')
S.rel('target', M, [xpg, xrg], '西岗区 2012 budget revenue growth: planned +15%, achieved +22.6%: met')
S.rel('growth', C, [xplan, xpg, xr, xrg], 'the plan implies a 2011 base of 213500/1.15 = 185652; 227353/185652 = +22.46%, and with the 15% allowance (14.95–15.05) the base spans 185491–185813, so 22.6 fits: consistent (judgement)')
S.rel('target', U, [xpg, xeg], 'revenue plan +15% vs spending +22.6%: different indicators (the spending growth is not a target)')
S.rel('restatement', U, [xrg, xeg], 'revenue +22.6% and spending +22.6%: same number, different indicators')
S.rel('rate', U, [x2, F(XG, '4.6%'), x3, F(XG, '10.1%'), xt, F(XG, '9%')], 'current-price 2012 weights applied to real sector rates give about 9.0%: base-year weights not stated; not a check')
S.rel('share', U, [F(XG, '210335万元'), xr], 'tax 210335 of revenue 227353 (92.5%): no share is stated')
a = ALT(XG, 1, x2, '348864万元', 'secondary value added 345864 → 348864')
S.rel('sum', I, R(a, sum_xg, x2, '348864万元'), 'altered: 348864 + 1439666 = 1788530, not 1785530 (breaks {B})')
a = ALT(XG, 2, xi2, '460518万元', 'project investment 400518 → 460518')
S.rel('sum', I, R(a, sum_xi, xi2, '460518万元'), 'altered: 415359 + 460518 = 875877, not 815877 (breaks {B})')
S.rel('share', I, [on(a, xi2, '460518万元'), on(a, xi), on(a, xi2p)], 'altered: 460518/815877 = 56.4%, not 49 (breaks {B})')

# ---- 吉林 2009 industry (province, Xinhua news)
li = F(JL09, '809亿元'); hi = F(JL09, '2117亿元'); ti = F(JL09, '近3000亿元'); pf = F(JL09, '475亿元'); pfd = F(JL09, '122亿元'); pfg = F(JL09, '34.7%'); pf35 = F(JL09, '近35%')
S.rel('sum', C, [li, hi, ti], 'light 809 + heavy 2117 = 2926, "近3000亿元" (just under 3000): consistent with the qualifier (judgement)')
S.rel('growth', C, [pf, pfd, pfg], 'profit 475, up 122 from 353: 122/353 = 34.56%; with the allowance (121.5–122.5 over 352.5–353.5) 34.4–34.8 → 34.7 fits')
S.rel('restatement', C, [pf35, pfg], 'profit growth "近35%" in the lead and 34.7% in the body')
S.rel('rate', U, [li, F(JL09, '22.9%'), hi, F(JL09, '14.7%'), ti, F(JL09, '16.8%')], 'current-price levels deflated by real sub-sector rates give about 16.9%: base weights not stated; not a check')
S.rel('growth', U, [F(JL09, '16.8%'), F(JL09, '5.8个')], 'industry +16.8%, 5.8 points above the nation: the national rate is not stated')
S.rel('growth', U, [F(JL09, '260.4%'), F(JL09, '18.8个')], 'efficiency index 260.4, up 18.8 points: the 2008 index is not stated')
a = ALT(JL09, 1, pfd, '152亿元', 'profit increase 122 → 152')
S.rel('growth', I, [on(a, pf), on(a, pfd, '152亿元'), on(a, pfg)], 'altered: 152/(475 − 152) = 47.1%, not 34.7 (breaks {B})')

# ---- 吉林 2016 results and 2017 targets (province, news of the work report)
g16 = F(JL16, '6.9%', n=0); g16q3 = F(JL16, '6.9%', n=1); gq1 = F(JL16, '6.2%'); gh1 = F(JL16, '6.7%'); ind16 = F(JL16, '6.3%')
t17 = F(JL16, '7%左右'); tr17 = F(JL16, '3%左右')
S.rel('restatement', U, [g16, g16q3], 'full-year 2016 GDP +6.9% (预计) vs Q1–Q3 +6.9%: same number, different periods')
S.rel('growth', U, [gq1, gh1, g16q3], 'cumulative rates for Q1, H1 and Q1–Q3: not additive, the quarterly rates are not stated')
S.rel('target', U, [t17, g16], '2017 GDP target 7%左右 vs the 2016 result 6.9%: different years (a target for one period against a result of another)')
S.rel('growth', U, [ind16, F(JL09, '16.8%')], '吉林 industry +6.3% (2016) vs +16.8% (2009): same place and indicator, different years; no relation is stated')

# ---- 吉林 industry commentary (province, gov.cn 2013)
iv11 = F(JLI, '4907.7亿元'); iv12 = F(JLI, '5027.9亿元')
S.rel('share', U, [iv11, F(JLI, '46%')], 'industry 4907.7 "超过46%" of 2011 GDP: GDP is not stated')
S.rel('growth', U, [iv11, iv12], '4907.7 (full year 2011) vs 5027.9 (Jan–Nov 2012): different spans, no rate stated')
S.rel('share', U, [F(JLI, '3993.4亿元'), F(JLI, '54%')], 'industrial investment 3993.4 = 54% of all investment: the total is not stated')
S.rel('share', U, [F(JLI, '51.3%'), F(JLI, '54%')], '51.3% (average of 2006–2010) vs 54% (2011): different periods')
S.rel('growth', U, [ti, iv11], 'cross-document: 吉林 industry "近3000亿元" (2009) vs 4907.7 (2011): two years apart, no rate stated')

# ---- 黑龙江 H1 2010 (province, 经济日报)
hs = F(H10, '1844.1亿元'); hm = F(H10, '1639.7亿元'); hmp = F(H10, '88.9%'); hn = F(H10, '149.6亿元')
S.rel('share', C, [hm, hs, hmp], 'four leading industries 1639.7/1844.1 = 88.92% → 88.9')
S.rel('sum', U, [hm, hn, hs], 'four leading + six emerging industries = 1789.3 of 1844.1: overlapping groupings (装备 in both), not a split')
S.rel('growth', U, [hs, F(H10, '116亿元')], '1844.1, 116 more than H1 2008 (two years back): the 2008 level is not stated and no rate is given')
S.rel('rate', U, [F(H10, '2.14亿亩'), F(H10, '2.7%')], 'sown area 2.14亿亩 +2.7%: the 2009 area is not stated')
a = ALT(H10, 1, hmp, '86.9%', 'leading industries share 88.9 → 86.9')
S.rel('share', I, [on(a, hm), on(a, hs), on(a, hmp, '86.9%')], 'altered: 1639.7/1844.1 = 88.9%, not 86.9 (breaks {B})')

# ---- 黑龙江 2009 farmers' income (province, Xinhua, traditional with glyph pairs)
f08 = F(H09, '4856元'); f09 = F(H09, '5150元', n=1); f09g = F(H09, '6%')
S.rel('growth', C, [f08, f09, f09g], '2008 income 4856 → "超過5150元" in 2009: 5150/4856 = +6.05%, "6%以上": consistent (both are lower bounds)')
S.rel('growth', U, [F(H09, '20%'), F(H09, '7%'), F(H09, '10.3%'), F(H09, '16.3%'), F(H09, '17.5%'), f08], 'yearly rates 2004–2008 and the 2008 level: the 2003 level is not stated, nothing to check')
S.rel('restatement', U, [f08, F(H10, '4831元')], 'cross-document: 黑龙江 farmers\' net income 4856 (year 2008) vs rural cash income 4831 (H1 2010): different indicators and periods')
S.rel('restatement', C, [F(H09, '5150元', n=0), f09], 'headline 有望超5150元 and body 有望超過5150元: the same estimate stated twice')

# ---- 宝清县 (黑龙江) county gazetteer, agriculture preface (history 1949–1965)
bg49 = F(BQ, '4 662万斤'); bg56 = F(BQ, '17 575万斤'); bx = F(BQ, '3.77倍'); bl = F(BQ, '49万亩'); by = F(BQ, '95斤')
S.rel('growth', C, [bg56, bg49, bx], 'grain 17575 (1956) / 4662 (1949) = 3.770 → 3.77倍')
S.rel('rate', C, [bl, bg49, by], '4662万斤 over 49万亩 of farmland = 95.1斤/亩 → 95 (yield taken over the farmland stated; judgement)')
S.rel('restatement', U, [F(BQ, '2 813.6万元', n=0), F(BQ, '2 813.6万元', n=1)], 'the same 2813.6万元 is given for 1956 (农业产值) and 1965 (农业总产值): different years; as written not a restatement (probably a slip in the source)')
S.rel('growth', U, [bg56, F(BQ, '19 815万斤')], 'grain 1956 → 1965: no rate is stated')
a = ALT(BQ, 1, bx, '3.27倍', 'grain multiple 3.77 → 3.27')
S.rel('growth', I, [on(a, bg56), on(a, bg49), on(a, bx, '3.27倍')], 'altered: 17575/4662 = 3.77, not 3.27 (breaks {B})')
a = ALT(BQ, 2, by, '85斤', 'yield 95 → 85')
S.rel('rate', I, [on(a, bl), on(a, bg49), on(a, by, '85斤')], 'altered: 4662/49 = 95.1斤/亩, not 85 (breaks {B})')

# ---- 嫩江县 (黑龙江) 2000 results in the 2001 county work report
nt = F(NJ, '223 961\n万元'); n1 = F(NJ, '88 366万元'); n2 = F(NJ, '51 203万元'); n3 = F(NJ, '84 392\n万元')
na1 = F(NJ, '80.8'); na2 = F(NJ, '19.2'); nb1 = F(NJ, '65.7'); nb2 = F(NJ, '34.3')
sum_nj = [n1, n2, n3, nt]
S.rel('sum', C, sum_nj, '88366 + 51203 + 84392 = 223961')
S.rel('sum', C, [na1, na2], 'grain : cash-crop ratio 80.8 + 19.2 = 100 (1999)')
S.rel('sum', C, [nb1, nb2], 'grain : cash-crop ratio 65.7 + 34.3 = 100 (2000)')
S.rel('rate', U, [n1, F(NJ, '15.4%'), n2, F(NJ, '-5.3%'), n3, F(NJ, '1.5%'), nt, F(NJ, '5.5%')], 'current-price levels with real sector rates give about 5.4%: base weights not stated; not a check')
S.rel('growth', U, [F(NJ, '14 362万元'), F(NJ, '3.9%'), F(NJ, '9 081万元'), F(NJ, '11.7%')], 'total revenue −3.9% and its local budget part −11.7%: a part, not a split; the other part is not stated')
S.rel('share', U, [F(NJ, '132 749万元'), F(NJ, '162 042万元')], 'household savings 132749 inside deposits 162042: no share is stated')
a = ALT(NJ, 1, n2, '57 203万元', 'secondary value added 51203 → 57203')
S.rel('sum', I, R(a, sum_nj, n2, '57 203万元'), 'altered: parts add to 229961, not 223961 (breaks {B})')
a = ALT(NJ, 2, nb2, '31.3', 'cash-crop share 34.3 → 31.3')
S.rel('sum', I, [on(a, nb1), on(a, nb2, '31.3')], 'altered: 65.7 + 31.3 = 97, not 100 (breaks {B})')

# ---- 逊克县 (黑河, 黑龙江) 2000, county entry of the provincial yearbook
xa = F(XK, '17 344平方公里'); xf = F(XK, '111万公顷'); xfp = F(XK, '64%')
S.rel('share', C, [xf, xa, xfp], 'forest 111万公顷 = 11100 km² of 17344 km² = 64.0%')
S.rel('share', U, [F(XK, '1.27万公顷'), F(XK, '20.1%'), F(XK, '62 045公顷')], 'special crops 1.27万公顷 = 20.1% of the sown area (not stated); against the farmland 62045公顷 it would be 20.5%: different base')
S.rel('growth', U, [F(XK, '55 597万元'), F(XK, '9%'), F(XK, '38 779万元'), F(XK, '5.1%')], 'agriculture +5.1% inside industry+agriculture −9%: the industrial part is not stated; not a check')
S.rel('restatement', U, [F(XK, '2 601元'), F(NJ, '2 310元')], 'cross-document: farmers\' net income 2000, 逊克 2601 vs 嫩江 2310: neighbouring counties, different places')
a = ALT(XK, 1, xfp, '69%', 'forest share 64 → 69')
S.rel('share', I, [on(a, xf), on(a, xa), on(a, xfp, '69%')], 'altered: 11100/17344 = 64.0%, not 69 (breaks {B})')

# ---- 绥棱县 (绥化, 黑龙江) 2005, county entry of the provincial yearbook
sg = F(SL, '14.2亿元'); sp = F(SL, '33万'); spc = F(SL, '4 289元')
S.rel('rate', C, [sg, sp, spc], '14.2亿 / 33万 people = 4303元; with the allowance (14.15–14.25亿, 32.5–33.5万) 4224–4385, so 4289 fits (judgement: registered population used as the divisor)')
S.rel('growth', U, [F(SL, '10.2%'), F(SL, '9.4%')], 'GDP +10.2% vs per-capita +9.4%: the population change is not stated')
S.rel('growth', U, [F(SL, '2.5亿元'), F(SL, '0.5亿元')], 'industrial output 2.5亿 vs industrial value added 0.5亿: different indicators, no ratio stated')
a = ALT(SL, 1, spc, '4 889元', 'per-capita GDP 4289 → 4889')
S.rel('rate', I, [on(a, sg), on(a, sp), on(a, spc, '4 889元')], 'altered: 14.2亿/33万 = 4303, not 4889 (breaks {B})')

# ---- cross-document traps
S.rel('restatement', U, [r08, xr], '大连 city revenue 339.1亿 (2008) vs 西岗区 revenue 227353万元 (2012): a district inside the city, and another year')
S.rel('growth', U, [ind16, F(JX, '6.3%')], '吉林 industry +6.3% (2016) vs 鸡西 secondary +6.3% (2020): same number, other place, year and indicator')
S.rel('target', U, [t17, F(H10, '12.9%')], '吉林 2017 GDP target 7%左右 vs 黑龙江 H1 2010 GDP +12.9%: other place and period')
S.rel('target', U, [xplan, r11a], '西岗区 2012 revenue plan 213500万元 vs 大连 city-level revenue 242.3亿 (2011): other scope and year')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

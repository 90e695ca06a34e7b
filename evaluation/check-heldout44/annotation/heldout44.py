"""Check key, forty-fourth held-out set (check-heldout44). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout44.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split("heldout44"); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

def Cells(doc, lineno, sep=' '):
    """numeric cells of line lineno (0-based), in order"""
    t = S.read(doc); lines = t.split('\n'); s = sum(len(x) + 1 for x in lines[:lineno]); line = lines[lineno]
    out, p = [], 0
    for tok in line.split(sep):
        tok = tok.strip()
        if not tok: continue
        q = line.index(tok, p); p = q + len(tok)
        if tok[0].isdigit(): out.append(P(doc, tok, s + q))
    return out

def ALT(src, n, fig, new, what):
    doc, text, anc = fig
    return S.alt(src, n, anc, anc.replace(text, new), what)
def on(a, fig, new=None):
    doc, text, anc = fig
    st = S.read(doc).index(anc) + anc.index(text)
    return P(a, new if new is not None else text, st)

def Row(doc, label):
    """numeric cells (negative numbers included) of the table line that starts with label"""
    t = S.read(doc); lines = t.split('\n')

def XRow(doc, year):
    """cells of the 厦门 table row for year (thousands written with a space)"""
    t = S.read(doc); lines = t.split('\n')
    k = [i for i, l in enumerate(lines) if l.startswith(year + ' |')]; assert len(k) == 1, year
    st = sum(len(x) + 1 for x in lines[:k[0]]); line = lines[k[0]]; out, p = [], 0
    for tok in line.split('|')[1:]:
        tok = tok.strip()
        if not tok: continue
        q = line.index(tok, p); p = q + len(tok); out.append(P(doc, tok, st + q))
    return out

N21T='nat_2021t.txt'; N21='nat_2021.txt'; N19H='nat_2019_hant.txt'; N19='nat_2019.txt'; SC='sc_2021_hant.txt'; SCN='sc_2021n.txt'
LN='ln_2021q1.txt'; XS='xs_1959.txt'; TF='tf_1991.txt'; MF='mf_2023_hant.txt'; WS='ws_1010_hant.txt'; TC='tc_kfq2018.txt'
XM='xm_yb.txt'; CTY='cty_2021.txt'; ND='nd_2021.txt'; HQ='hq_2021h1_hant.txt'

# ---- national 2021: targets (report news) and results (bulletin news)
g = F(N21, '1143670亿元'); a1 = F(N21, '83086亿元'); a2 = F(N21, '450904亿元'); a3 = F(N21, '609680亿元')
gr = F(N21, '8.1%'); r1 = F(N21, '7.1%'); r2 = F(N21, '8.2%', '450904亿元,增长'); r3 = F(N21, '8.2%', '609680亿元,增长')
s1 = F(N21, '7.3%'); s2 = F(N21, '39.4%'); s3 = F(N21, '53.3%'); p1 = F(N21, '5.3个'); p2 = F(N21, '1.1个'); p3 = F(N21, '1.7个')
S.rel('sum', C, [a1, a2, a3, g], '83086 + 450904 + 609680 = 1143670')
S.rel('share', C, [a1, g, s1], '83086/1143670 = 7.26% → 7.3')
S.rel('share', C, [a2, g, s2], '450904/1143670 = 39.43% → 39.4')
S.rel('share', C, [a3, g, s3], '609680/1143670 = 53.31% → 53.3')
S.rel('sum', C, [s1, s2, s3], '7.3 + 39.4 + 53.3 = 100')
S.rel('rate', C, [a1, r1, a2, r2, a3, r3, g, gr], '77578 + 416732 + 563475 = 1057785; 1143670/1057785 = 8.12% (range 8.07–8.17) → 8.1')
S.rel('sum', C, [p1, p2, p3, gr], 'demand pulls 5.3 + 1.1 + 1.7 = 8.1 points = GDP growth 8.1')
S.rel('growth', U, [F(N21, '5.1%'), gr], 'two-year average 5.1% vs annual 8.1%: the 2020 rate is not stated')
S.rel('share', U, [F(N21, '1133518亿元'), g], 'GNI 1133518 vs GDP 1143670: different indicators, no share stated')
S.rel('growth', U, [F(N21, '80976元'), F(N21, '8.0%')], 'per-capita GDP +8.0%: the 2020 level and population are not stated')
tg = F(N21T, '6%以上', n=1)
S.rel('restatement', C, [F(N21T, '6%以上', n=0), tg], 'GDP target 6%以上 in the heading line and in the list')
S.rel('target', M, [tg, gr], '2021 GDP target 6%以上, result 8.1%: met')
S.rel('target', U, [F(N21T, '3%左右', n=1), F(N21, '7.9%')], 'energy-intensity target 降低3%左右 vs GNI growth 7.9%: different indicators')
S.rel('target', U, [tg, F(N19H, '6.1%')], '2021 GDP target vs 2019 result 6.1%: different years')
S.rel('target', CT, [F(N21T, '1.3万亿斤以上'), F(N21, '1143670亿元')], 'grain target: the 2021 results text states no grain output')
a = ALT(N21, 1, a2, '450604亿元', 'secondary value added 450904 → 450604')
S.rel('sum', I, [on(a, a1), on(a, a2, '450604亿元'), on(a, a3), on(a, g)], 'altered: parts add to 1143370, not 1143670 (breaks {B})')
S.rel('share', C, [on(a, a2, '450604亿元'), on(a, g), on(a, s2)], 'altered: 450604/1143670 = 39.40% → 39.4: the change leaves {B} consistent (the sum breaks, the share does not)')
a = ALT(N21, 2, s3, '55.3%', 'tertiary share 53.3 → 55.3')
S.rel('share', I, [on(a, a3), on(a, g), on(a, s3, '55.3%')], 'altered: 609680/1143670 = 53.31%, not 55.3 (breaks {B})')
S.rel('sum', I, [on(a, s1), on(a, s2), on(a, s3, '55.3%')], 'altered: 7.3 + 39.4 + 55.3 = 102 (breaks {B})')
a = ALT(N21, 3, gr, '6.1%', 'GDP growth 8.1 → 6.1')
S.rel('rate', I, [on(a, a1), on(a, r1), on(a, a2), on(a, r2), on(a, a3), on(a, r3), on(a, g), on(a, gr, '6.1%')], 'altered: weighted sector rates give 8.12%, stated 6.1 (breaks {B})')
S.rel('sum', I, [on(a, p1), on(a, p2), on(a, p3), on(a, gr, '6.1%')], 'altered: pulls add to 8.1, not 6.1 (breaks {B})')
S.rel('target', M, [tg, on(a, gr, '6.1%')], 'altered: 6.1% still meets 6%以上 (the change leaves {B} met)')
a = ALT(N21, 4, p2, '2.1个', 'capital-formation pull 1.1 → 2.1')
S.rel('sum', I, [on(a, p1), on(a, p2, '2.1个'), on(a, p3), on(a, gr)], 'altered: 5.3 + 2.1 + 1.7 = 9.1, not 8.1 (breaks {B})')

# ---- national 2019: targets and results in one text (traditional), results in the bulletin news
n19 = F(N19H, '990865億元'); n19b = F(N19, '990865亿元'); n61 = F(N19H, '6.1%'); n61b = F(N19, '6.1%')
S.rel('target', M, [F(N19H, '6%-6.5%'), n61], '2019 GDP target 6%-6.5%, result 6.1%: inside the range, met')
S.rel('target', M, [F(N19H, '1100萬人以上'), F(N19H, '1352萬人')], 'urban jobs target 1100萬以上, result 1352萬: met')
S.rel('target', M, [F(N19H, '4.5%以內'), F(N19H, '3.62%')], 'registered unemployment target 4.5%以內, result 3.62%: met')
S.rel('target', M, [F(N19H, '6%-6.5%'), n61b], '2019 GDP target 6%-6.5% vs the bulletin result 6.1%: met')
S.rel('restatement', C, [n19, n19b], '2019 GDP 990865 in both texts')
S.rel('restatement', C, [n61, n61b], '2019 growth 6.1% in both texts')
S.rel('restatement', C, [F(N19H, '99.09'), n19], '99.09 trillion = 990865億 rounded (990865 → 99.09万亿)')
S.rel('restatement', U, [F(N19H, '13.98'), F(N19, '14.4万亿美元')], 'USD GDP 13.98 trillion (at one rate) vs 14.4万亿美元 (annual average rate): different conversions')
S.rel('share', U, [n19b, F(N19, '70892元')], 'GDP/per-capita GDP = 13.98亿 people: the population is not stated')
S.rel('target', U, [F(N19H, '6%-6.5%'), gr], '2019 GDP target vs 2021 growth 8.1%: different years')
a = ALT(N19H, 1, n61, '5.1%', '2019 growth in the text 6.1 → 5.1')
S.rel('target', MS, [on(a, F(N19H, '6%-6.5%')), on(a, n61, '5.1%')], 'altered: 5.1% is below the 6%-6.5% range: missed (breaks {B})')
S.rel('restatement', I, [on(a, n61, '5.1%'), n61b], 'altered: 5.1% vs the bulletin 6.1% (breaks {B})')
a = ALT(N19, 1, n19b, '998865亿元', 'bulletin GDP 990865 → 998865')
S.rel('restatement', I, [n19, on(a, n19b, '998865亿元')], 'altered: 990865 vs 998865 (breaks {B})')
a = ALT(N19H, 2, F(N19H, '3.62%'), '4.62%', 'unemployment result 3.62 → 4.62')
S.rel('target', MS, [on(a, F(N19H, '4.5%以內')), on(a, F(N19H, '3.62%'), '4.62%')], 'altered: 4.62% is above 4.5%以內: missed (breaks {B})')

# ---- 四川 2021 (release news, traditional) and 2022 report news
sg = F(SC, '53850.79億元'); sa1 = F(SC, '5661.86億元'); sa2 = F(SC, '19901.38億元'); sa3 = F(SC, '28287.55億元')
S.rel('sum', C, [sa1, sa2, sa3, sg], '5661.86 + 19901.38 + 28287.55 = 53850.79')
S.rel('restatement', C, [F(SC, '8.9%', n=0), F(SC, '8.9%', n=1)], 'service growth 8.9% in the split and in the services paragraph')
S.rel('restatement', C, [sg, F(SCN, '5.38万亿元')], '53850.79億 = 5.38万亿 rounded, same year and place')
S.rel('restatement', C, [F(SC, '8.2%'), F(SCN, '8.2%')], '2021 growth 8.2% in both texts')
S.rel('restatement', U, [F(SC, '6.1%', n=0), F(SC, '6.1%', n=1)], 'primary and services two-year averages both 6.1%: different indicators')
S.rel('growth', U, [F(SC, '6.0%'), F(SC, '8.2%')], 'two-year average 6.0 vs 2021 8.2: the 2020 rate is not stated here')
S.rel('restatement', U, [F(SCN, '8.3%'), F(SC, '8.2%')], 'urban income growth 8.3% vs GDP growth 8.2%: different indicators')
a = ALT(SC, 1, sa1, '5861.86億元', 'primary value added 5661.86 → 5861.86')
S.rel('sum', I, [on(a, sa1, '5861.86億元'), on(a, sa2), on(a, sa3), on(a, sg)], 'altered: parts add to 54050.79, not 53850.79 (breaks {B})')
a = ALT(SC, 2, sg, '53350.79億元', 'GDP 53850.79 → 53350.79')
S.rel('sum', I, [on(a, sa1), on(a, sa2), on(a, sa3), on(a, sg, '53350.79億元')], 'altered: parts add to 53850.79, not 53350.79 (breaks {B})')
S.rel('restatement', I, [on(a, sg, '53350.79億元'), F(SCN, '5.38万亿元')], 'altered: 5.34万亿 vs 5.38万亿 (breaks {B})')

# ---- 辽宁 Q1 2021
lg = F(LN, '5844.9亿元'); l1 = F(LN, '304.0亿元'); l2 = F(LN, '2155.7亿元'); l3 = F(LN, '3385.2亿元')
lr = F(LN, '12.9%'); lr1 = F(LN, '5.0%'); lr2 = F(LN, '16.6%'); lr3 = F(LN, '11.5%')
S.rel('sum', C, [l1, l2, l3, lg], '304.0 + 2155.7 + 3385.2 = 5844.9')
S.rel('rate', C, [l1, lr1, l2, lr2, l3, lr3, lg, lr], '289.5 + 1848.8 + 3036.1 = 5174.3; 5844.9/5174.3 = 12.96% (range 12.91–13.01) overlaps 12.85–12.95 → consistent')
S.rel('growth', U, [F(LN, '2.1%'), lr], 'two-year average 2.1 vs 12.9: the Q1 2020 fall is not stated')
S.rel('rate', U, [F(LN, '3.0%'), F(LN, '2.0%'), F(LN, '2.2%'), F(LN, '2.1%')], 'two-year averages: weights of Q1 2019 not stated')
a = ALT(LN, 1, l3, '3335.2亿元', 'tertiary value added 3385.2 → 3335.2')
S.rel('sum', I, [on(a, l1), on(a, l2), on(a, l3, '3335.2亿元'), on(a, lg)], 'altered: parts add to 5794.9, not 5844.9 (breaks {B})')
a = ALT(LN, 2, lr, '10.9%', 'Q1 growth 12.9 → 10.9')
S.rel('rate', I, [on(a, l1), on(a, lr1), on(a, l2), on(a, lr2), on(a, l3), on(a, lr3), on(a, lg), on(a, lr, '10.9%')], 'altered: weighted sector rates give 12.96%, stated 10.9 (breaks {B})')

# ---- city 2023 (traditional)
mg = F(MF, '2011.9億元'); m1 = F(MF, '125.2億元'); m2 = F(MF, '807億元'); m3 = F(MF, '1079.7億元'); ms1 = F(MF, '6.2'); ms2 = F(MF, '40.1'); ms3 = F(MF, '53.7')
S.rel('sum', C, [m1, m2, m3, mg], '125.2 + 807 + 1079.7 = 2011.9')
S.rel('share', C, [m1, mg, ms1], '125.2/2011.9 = 6.22% → 6.2')
S.rel('share', C, [m2, mg, ms2], '807/2011.9 = 40.11% → 40.1')
S.rel('share', C, [m3, mg, ms3], '1079.7/2011.9 = 53.66% → 53.7')
S.rel('sum', C, [ms1, ms2, ms3], '6.2 + 40.1 + 53.7 = 100')
S.rel('rate', C, [m1, F(MF, '4.8%'), m2, F(MF, '3.9%'), m3, F(MF, '7%'), mg, F(MF, '5.7%')], 'weighted rates give 5.60% with 7.0; the tertiary rate is stated to the unit (6.5–7.5), which gives 5.34–5.86: overlaps 5.65–5.75')
a = ALT(MF, 1, ms2, '41.1', 'secondary share 40.1 → 41.1')
S.rel('share', I, [on(a, m2), on(a, mg), on(a, ms2, '41.1')], 'altered: 807/2011.9 = 40.11%, not 41.1 (breaks {B})')
S.rel('sum', I, [on(a, ms1), on(a, ms2, '41.1'), on(a, ms3)], 'altered: 6.2 + 41.1 + 53.7 = 101 (breaks {B})')
a = ALT(MF, 2, m1, '185.2億元', 'primary value added 125.2 → 185.2')
S.rel('sum', I, [on(a, m1, '185.2億元'), on(a, m2), on(a, m3), on(a, mg)], 'altered: parts add to 2071.9, not 2011.9 (breaks {B})')
S.rel('share', I, [on(a, m1, '185.2億元'), on(a, mg), on(a, ms1)], 'altered: 185.2/2011.9 = 9.2%, not 6.2 (breaks {B})')

# ---- 厦门 yearbook table, 1950–1981 (columns: GDP, primary, secondary, tertiary, # industry, # construction; 1950–51 without the split)
for y in ['1952', '1960', '1967', '1973', '1981']:
    r = XRow(XM, y)
    S.rel('sum', C, [r[1], r[2], r[3], r[0]], f'{y}: {r[1][1]} + {r[2][1]} + {r[3][1]} = {r[0][1]}')
    S.rel('sum', C, [r[4], r[5], r[2]], f'{y}: industry {r[4][1]} + construction {r[5][1]} = secondary {r[2][1]}')
r = XRow(XM, '1950')
S.rel('sum', C, [r[1], r[2], r[3], r[0]], '1950: 1 054 + 1 054 + 1 526 = 3 634')
S.rel('restatement', U, [r[1], r[2]], '1950 primary 1 054 and secondary 1 054: different sectors sharing a number')
r = XRow(XM, '1958')
S.rel('restatement', U, [r[1], XRow(XM, '1950')[0]], '1958 primary 3 634 vs 1950 GDP 3 634: different indicator and year')
S.rel('growth', U, [XRow(XM, '1959')[0], XRow(XM, '1960')[0]], '17 010 → 23 411 at current prices: no real rate is stated')
r = XRow(XM, '1960')
a = ALT(XM, 1, r[2], '13 978', '1960 secondary 13 578 → 13 978')
ra = XRow(a, '1960')
S.rel('sum', I, [ra[1], ra[2], ra[3], ra[0]], 'altered 1960: 5 853 + 13 978 + 3 980 = 23 811, not 23 411 (breaks {B})')
S.rel('sum', I, [ra[4], ra[5], ra[2]], 'altered 1960: 9 097 + 4 481 = 13 578, not 13 978 (breaks {B})')
r = XRow(XM, '1973')
a = ALT(XM, 2, r[0], '32 863', '1973 GDP 32 263 → 32 863')
ra = XRow(a, '1973')
S.rel('sum', I, [ra[1], ra[2], ra[3], ra[0]], 'altered 1973: parts add to 32 263, not 32 863 (breaks {B})')
r = XRow(XM, '1981')
a = ALT(XM, 3, r[5], '4 336', '1981 construction 4 636 → 4 336')
ra = XRow(a, '1981')
S.rel('sum', I, [ra[4], ra[5], ra[2]], 'altered 1981: 33 594 + 4 336 = 37 930, not 38 230 (breaks {B})')

# ---- county 2021 bulletin
cg = F(CTY, '133.86亿元'); c1 = F(CTY, '12.51亿元'); c2 = F(CTY, '54.9亿元'); c3 = F(CTY, '66.45亿元')
cs1 = F(CTY, '9.3', '结构为'); cs2 = F(CTY, '41.0'); cs3 = F(CTY, '49.6')
S.rel('sum', C, [c1, c2, c3, cg], '12.51 + 54.9 + 66.45 = 133.86')
S.rel('share', C, [c1, cg, cs1], '12.51/133.86 = 9.35% (9.342–9.350) → 9.3 at the lower edge')
S.rel('share', C, [c2, cg, cs2], '54.9/133.86 = 41.01% → 41.0')
S.rel('share', C, [c3, cg, cs3], '66.45/133.86 = 49.64% → 49.6')
S.rel('sum', C, [cs1, cs2, cs3], '9.3 + 41.0 + 49.6 = 99.9, within 3 half-units of 100')
S.rel('sum', C, [F(CTY, '6.12‰'), F(CTY, '7.35‰'), F(CTY, '-1.23‰')], 'natural growth 6.12 − 7.35 = −1.23')
S.rel('sum', C, [F(CTY, '108374人'), F(CTY, '101710人'), F(CTY, '210084人')], 'men 108374 + women 101710 = 210084')
S.rel('share', U, [F(CTY, '1290人'), F(CTY, '210084人'), F(CTY, '6.12‰')], 'births/year-end population = 6.14‰; the rate uses the average population, not stated')
S.rel('sum', U, [F(CTY, '14.91亿元'), F(CTY, '1.36亿元'), F(CTY, '1.61亿元'), F(CTY, '18.19亿元')], 'farming + forestry + husbandry = 17.88 of 18.19: fishery and services are not listed (a partial list)')
S.rel('share', U, [cg, F(CTY, '63525元'), F(CTY, '75115元')], 'per-capita GDP on two populations; 133.86亿/75115 = 17.8万 (stated 17.9万 year-end, not the average)')
a = ALT(CTY, 1, c2, '59.4亿元', 'secondary value added 54.9 → 59.4')
S.rel('sum', I, [on(a, c1), on(a, c2, '59.4亿元'), on(a, c3), on(a, cg)], 'altered: parts add to 138.36, not 133.86 (breaks {B})')
S.rel('share', I, [on(a, c2, '59.4亿元'), on(a, cg), on(a, cs2)], 'altered: 59.4/133.86 = 44.4%, not 41.0 (breaks {B})')
a = ALT(CTY, 2, F(CTY, '101710人'), '101910人', 'women 101710 → 101910')
S.rel('sum', I, [on(a, F(CTY, '108374人')), on(a, F(CTY, '101710人'), '101910人'), on(a, F(CTY, '210084人'))], 'altered: 108374 + 101910 = 210284, not 210084 (breaks {B})')

# ---- district 2021 bulletin
dg = F(ND, '382419万元'); d1 = F(ND, '142303万元'); d2 = F(ND, '78549万元'); d3 = F(ND, '161567万元')
ds1 = F(ND, '37.2'); ds2 = F(ND, '20.5'); ds3 = F(ND, '42.3')
dr = F(ND, '7.6%'); dr1 = F(ND, '7.2%'); dr2 = F(ND, '15.5%'); dr3 = F(ND, '4.6%')
farm = [F(ND, x) for x in ['203379万元', '27960万元', '60817万元', '5417万元', '10580万元', '308154万元']]
S.rel('sum', C, [d1, d2, d3, dg], '142303 + 78549 + 161567 = 382419')
S.rel('share', C, [d1, dg, ds1], '142303/382419 = 37.21% → 37.2')
S.rel('share', C, [d2, dg, ds2], '78549/382419 = 20.54% → 20.5')
S.rel('share', I, [d3, dg, ds3], '161567/382419 = 42.25% → 42.2, stated 42.3 (real; the structure is forced to 100)')
S.rel('sum', C, [ds1, ds2, ds3], '37.2 + 20.5 + 42.3 = 100')
S.rel('sum', C, [F(ND, '36.9%'), F(ND, '36.8%'), F(ND, '26.3%')], 'contributions 36.9 + 36.8 + 26.3 = 100')
S.rel('rate', C, [d1, dr1, d2, dr2, d3, dr3, dg, dr], '132745 + 68007 + 154462 = 355214; 382419/355214 = 7.66% (range 7.61–7.71) overlaps 7.55–7.65')
S.rel('sum', C, farm, 'farming 203379 + 27960 + 60817 + 5417 + 10580 = 308153 vs 308154: within 3 units')
S.rel('sum', C, [F(ND, '28510头'), F(ND, '8984头'), F(ND, '2708匹'), F(ND, '40202头')], 'large livestock: cattle 28510 + dairy 8984 + horses 2708 = 40202')
S.rel('sum', C, [F(ND, '1403只'), F(ND, '19006只'), F(ND, '20409只')], 'goats 1403 + sheep 19006 = 20409')
S.rel('growth', U, [F(ND, '36935元'), F(ND, '11.4%')], 'per-capita GDP +11.4% at current prices vs real GDP 7.6%: different bases')
S.rel('sum', U, [F(ND, '32029头'), F(ND, '40202头')], 'pigs are not large livestock: not part of 40202')
a = ALT(ND, 1, d2, '78949万元', 'secondary value added 78549 → 78949')
S.rel('sum', I, [on(a, d1), on(a, d2, '78949万元'), on(a, d3), on(a, dg)], 'altered: parts add to 382819, not 382419 (breaks {B})')
a = ALT(ND, 2, F(ND, '8984头'), '8084头', 'dairy cows 8984 → 8084')
S.rel('sum', I, [on(a, F(ND, '28510头')), on(a, F(ND, '8984头'), '8084头'), on(a, F(ND, '2708匹')), on(a, F(ND, '40202头'))], 'altered: 28510 + 8084 + 2708 = 39302, not 40202 (breaks {B})')
a = ALT(ND, 3, F(ND, '26.3%'), '28.3%', 'tertiary contribution 26.3 → 28.3')
S.rel('sum', I, [on(a, F(ND, '36.9%')), on(a, F(ND, '36.8%')), on(a, F(ND, '26.3%'), '28.3%')], 'altered: contributions add to 102 (breaks {B})')
a = ALT(ND, 4, farm[2], '66817万元', 'husbandry output 60817 → 66817')
S.rel('sum', I, [on(a, x) if x != farm[2] else on(a, x, '66817万元') for x in farm], 'altered: parts add to 314153, not 308154 (breaks {B})')

# ---- county H1 2021 (traditional)
hg = F(HQ, '27.54億元'); h1 = F(HQ, '2.55億元'); h2 = F(HQ, '7.33億元'); h3 = F(HQ, '17.67億元')
S.rel('sum', C, [h1, h2, h3, hg], '2.55 + 7.33 + 17.67 = 27.55 vs 27.54: within 0.02')
S.rel('growth', U, [F(HQ, '0.3個'), F(HQ, '12.3%')], '0.3 points above the city: the city rate is not stated')
S.rel('rate', U, [F(HQ, '1.7%'), F(HQ, '4.9%'), F(HQ, '2.3%'), F(HQ, '0.8%')], 'two-year averages: weights not stated')
a = ALT(HQ, 1, h3, '17.97億元', 'tertiary value added 17.67 → 17.97')
S.rel('sum', I, [on(a, h1), on(a, h2), on(a, h3, '17.97億元'), on(a, hg)], 'altered: parts add to 27.85, not 27.54 (breaks {B})')

# ---- county Jan–Oct (traditional; the year is not stated)
S.rel('sum', C, [F(WS, '108.4億元'), F(WS, '18.2億元'), F(WS, '126.6億元')], 'county-run 108.4 + airport zone 18.2 = 126.6')
S.rel('rate', U, [F(WS, '11.3%'), F(WS, '10.5%'), F(WS, '11.1%')], 'above/below-scale split of industry: the weights are not stated')
a = ALT(WS, 1, F(WS, '18.2億元'), '16.2億元', 'airport-zone investment 18.2 → 16.2')
S.rel('sum', I, [on(a, F(WS, '108.4億元')), on(a, F(WS, '18.2億元'), '16.2億元'), on(a, F(WS, '126.6億元'))], 'altered: 108.4 + 16.2 = 124.6, not 126.6 (breaks {B})')

# ---- 太仓 high-tech zone H1 2018
S.rel('share', U, [F(TC, '35.62亿元'), F(TC, '68.46亿元')], 'budget tax 35.62 of 68.46 (52.0%): no share stated')
S.rel('share', U, [F(TC, '86.4亿元'), F(TC, '50%')], 'services 50% of GDP: GDP not stated (would be about 172.8)')
S.rel('sum', U, [F(TC, '406.5亿元'), F(TC, '483.1亿元')], 'above-scale output is a “其中” item of industrial output, not a split')
S.rel('growth', U, [F(TC, '20.7亿元'), F(TC, '41.2%'), F(TC, '51.5亿元'), F(TC, '8.2%')], 'industrial investment growth vs total: 2017 levels not stated')

# ---- 徐水 1959 (news)
S.rel('growth', U, [F(XS, '27.7%'), F(XS, '49%')], 'grain and cotton yield growth: different crops')
S.rel('growth', U, [F(XS, '203%'), F(XS, '1958年同期')], 'industry 203% of the same period of 1958: the 1958 level is not stated')
S.rel('target', M, [F(XS, '四百斤'), F(XS, '四百一十三斤')], 'grain yield 413斤 against the 纲要 norm of 400斤 per mu: met')

# ---- district 1991 (yearbook-style text)
S.rel('sum', U, [F(TF, '445座'), F(TF, '23 731口'), F(TF, '3 626处'), F(TF, '28 831处')], '445 + 23 731 + 3 626 = 27 802 of 28 831: a partial list of works')
S.rel('sum', U, [F(TF, '34 090万'), F(TF, '9 916万'), F(TF, '57 586万')], 'reservoir capacity and storage capacity are different measures; 44 006 ≠ 57 586')
S.rel('sum', U, [F(TF, '37.2%'), F(TF, '40.2%')], 'grain 37.2 + 林牧副渔 40.2 = 77.4: other crops not stated')
S.rel('growth', U, [F(TF, '142.9万吨'), F(TF, '35.4%')], 'grain +35.4% on 1978: the 1978 level is not stated')

# ---- further altered copies
a = ALT(N21T, 1, tg, '9%以上', 'GDP target in the list 6 → 9%以上')
S.rel('target', MS, [on(a, tg, '9%以上'), gr], 'altered: 8.1% does not reach 9%以上: missed (changes {B} from met to missed)')
S.rel('restatement', I, [on(a, F(N21T, '6%以上', n=0)), on(a, tg, '9%以上')], 'altered: heading 6%以上 vs list 9%以上 (breaks {B})')
a = ALT(MF, 3, F(MF, '5.7%'), '8.7%', 'GDP growth 5.7 → 8.7')
S.rel('rate', I, [on(a, x) if x[1] != '5.7%' else on(a, x, '8.7%') for x in [m1, F(MF, '4.8%'), m2, F(MF, '3.9%'), m3, F(MF, '7%'), mg, F(MF, '5.7%')]], 'altered: weighted rates give 5.3–5.9, stated 8.7 (breaks {B})')
a = ALT(ND, 5, ds1, '35.2', 'primary share 37.2 → 35.2')
S.rel('share', I, [on(a, d1), on(a, dg), on(a, ds1, '35.2')], 'altered: 142303/382419 = 37.21%, not 35.2 (breaks {B})')
S.rel('sum', I, [on(a, ds1, '35.2'), on(a, ds2), on(a, ds3)], 'altered: 35.2 + 20.5 + 42.3 = 98 (breaks {B})')
r = XRow(XM, '1952')
a = ALT(XM, 4, r[3], '1 729', '1952 tertiary 1 429 → 1 729')
ra = XRow(a, '1952')
S.rel('sum', I, [ra[1], ra[2], ra[3], ra[0]], 'altered 1952: 1 567 + 1 613 + 1 729 = 4 909, not 4 609 (breaks {B})')
a = ALT(CTY, 3, cs3, '47.6', 'tertiary share 49.6 → 47.6')
S.rel('share', I, [on(a, c3), on(a, cg), on(a, cs3, '47.6')], 'altered: 66.45/133.86 = 49.64%, not 47.6 (breaks {B})')
S.rel('sum', I, [on(a, cs1), on(a, cs2), on(a, cs3, '47.6')], 'altered: 9.3 + 41.0 + 47.6 = 97.9 (breaks {B})')
a = ALT(LN, 3, lr2, '19.6%', 'secondary growth 16.6 → 19.6')
S.rel('rate', I, [on(a, l1), on(a, lr1), on(a, l2), on(a, lr2, '19.6%'), on(a, l3), on(a, lr3), on(a, lg), on(a, lr)], 'altered: weighted rates give 14.0%, stated 12.9 (breaks {B})')

# name, in each altered-copy relation, the relation on the original that the change breaks (same kind, same figure offsets)
for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

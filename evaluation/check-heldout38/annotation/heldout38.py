"""Check key, thirty-eighth held-out set (check-heldout38). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout38.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout38'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


HUB='hub_2005_hant.txt'; H25='hub_2025t.txt'; JZ='jz_2003.txt'; XLT='xlt_2008.txt'; C16='cq_2016.txt'; C22='cq_2022.txt'
S24='sc_2024t.txt'; S25='sc_2025r.txt'; S09='sc_2009h1_hant.txt'; MZ='nat_mz2003_hant.txt'; Z='nat_zone2017.txt'
JJ='jj_2013_hant.txt'; JA='ja_2015.txt'; JL19='jl_2019.txt'; J26='jl_2026.txt'; J25='jl_2025_hant.txt'

# ---- 湖北 2005 bulletin (traditional, glyph pairs)
hg = F(HUB, '6484.5億元'); h1 = F(HUB, '1069.81億元'); h2 = F(HUB, '2774.37億元'); h3 = F(HUB, '2640.32億元')
s05 = [F(HUB, '16.5', '調(diào)整為'), F(HUB, '42.8'), F(HUB, '40.7', '42.8:')]; s04 = [F(HUB, '18.1'), F(HUB, '41.2'), F(HUB, '40.7', '41.2:')]
S.rel('sum', C, [h1, h2, h3, hg], '2005 GDP 1069.81 + 2774.37 + 2640.32 = 6484.50')
S.rel('sum', C, s05, '2005 structure 16.5 + 42.8 + 40.7 = 100')
S.rel('sum', C, s04, '2004 structure 18.1 + 41.2 + 40.7 = 100')
S.rel('share', C, [h1, hg, s05[0]], '1069.81/6484.5 = 16.50% → 16.5')
S.rel('share', C, [h2, hg, s05[1]], '2774.37/6484.5 = 42.78% → 42.8')
S.rel('share', C, [h3, hg, s05[2]], '2640.32/6484.5 = 40.72% → 40.7')
S.rel('growth', U, [F(HUB, '102.9'), F(HUB, '2.7%'), F(HUB, '3.3%')], 'CPI 102.9 between urban +2.7 and rural +3.3: weights not stated')
S.rel('growth', U, [F(HUB, '4.3%'), F(HUB, '9.2%'), F(HUB, '3.5%'), F(HUB, '16.6%'), F(HUB, '11.8%')], 'tertiary sub-sector rates vs tertiary 11.8: sub-sector levels not stated (and 交通 etc. missing)')
a = ALT(HUB, 1, h2, '2714.37億元', 'secondary value added 2774.37 → 2714.37')
S.rel('sum', I, [on(a, h1), on(a, h2, '2714.37億元'), on(a, h3), on(a, hg)], 'altered: 1069.81 + 2714.37 + 2640.32 = 6424.50, not 6484.5')
S.rel('share', I, [on(a, h2, '2714.37億元'), on(a, hg), on(a, s05[1])], 'altered: 2714.37/6484.5 = 41.86% → 41.9, not 42.8')
a = ALT(HUB, 2, s05[1], '43.8', '2005 secondary share 42.8 → 43.8')
S.rel('sum', I, [on(a, s05[0]), on(a, s05[1], '43.8'), on(a, s05[2])], 'altered: 16.5 + 43.8 + 40.7 = 101.0')
S.rel('share', I, [on(a, h2), on(a, hg), on(a, s05[1], '43.8')], 'altered: 2774.37/6484.5 = 42.78%, stated 43.8')
a = ALT(HUB, 3, hg, '6487.5億元', 'GDP 6484.5 → 6487.5')
S.rel('sum', I, [on(a, h1), on(a, h2), on(a, h3), on(a, hg, '6487.5億元')], 'altered: parts add to 6484.50, total stated 6487.5')

# ---- 湖北 2025 report summary (2024 estimate, 2025 targets)
S.rel('target', U, [F(H25, '6%左右', n=1), F(H25, '6%左右', n=0)], '2025 target “经济增长6%左右” vs 2024 estimate 6%左右: target of one year, result of another')
S.rel('target', U, [F(H25, '500亿斤以上'), F(H25, '557亿斤')], '2025 grain target 500亿斤以上 vs 2024 output 557亿斤: different years')

# ---- 锦州 2003 bulletin
zg = F(JZ, '281.6亿元'); z1 = F(JZ, '72.1亿元'); z2 = F(JZ, '103.5亿元'); z3 = F(JZ, '106.0亿元')
zgr = F(JZ, '14.3%'); z1r = F(JZ, '12.7%'); z2r = F(JZ, '15.7%'); z3r = F(JZ, '14.0%')
zs = [F(JZ, '25.6'), F(JZ, '36.8'), F(JZ, '37.6')]
S.rel('sum', C, [z1, z2, z3, zg], '72.1 + 103.5 + 106.0 = 281.6')
S.rel('sum', C, zs, 'structure 25.6 + 36.8 + 37.6 = 100')
S.rel('share', C, [z1, zg, zs[0]], '72.1/281.6 = 25.60% → 25.6')
S.rel('share', C, [z2, zg, zs[1]], '103.5/281.6 = 36.75% → 36.8 (range 36.72–36.79 with half-units)')
S.rel('share', C, [z3, zg, zs[2]], '106.0/281.6 = 37.64% → 37.6')
S.rel('rate', C, [z1, z1r, z2, z2r, z3, z3r, zg, zgr], '63.98 + 89.46 + 92.98 = 246.42; 281.6/246.42 = 14.28% (range 14.23–14.33) → 14.3')
S.rel('sum', U, [F(JZ, '135.5亿元'), F(JZ, '62.0亿元'), F(JZ, '2.1亿元'), F(JZ, '57.5亿元'), F(JZ, '12.8亿元')], '农林牧渔业总产值 135.5 vs 农+林+牧+渔 134.4: 农林牧渔服务业 not listed, partial list')
S.rel('growth', U, [F(JZ, '14.2%'), zgr], 'per-capita GDP +14.2% vs GDP +14.3%: population change not stated')
vs = [F(JZ, '6.2万公顷'), F(JZ, '38.0万公顷'), F(JZ, '16.4%')]
S.rel('share', C, vs, 'vegetable area 6.2/38.0 = 16.32%; with half-units 16.16–16.47 → 16.4 within the allowance')
a = ALT(JZ, 1, z2, '108.5亿元', 'secondary value added 103.5 → 108.5')
S.rel('sum', I, [on(a, z1), on(a, z2, '108.5亿元'), on(a, z3), on(a, zg)], 'altered: 72.1 + 108.5 + 106.0 = 286.6, not 281.6')
S.rel('share', I, [on(a, z2, '108.5亿元'), on(a, zg), on(a, zs[1])], 'altered: 108.5/281.6 = 38.53% → 38.5, not 36.8')
a = ALT(JZ, 2, zs[2], '38.6', 'tertiary share 37.6 → 38.6')
S.rel('sum', I, [on(a, zs[0]), on(a, zs[1]), on(a, zs[2], '38.6')], 'altered: 25.6 + 36.8 + 38.6 = 101.0')
S.rel('share', I, [on(a, z3), on(a, zg), on(a, zs[2], '38.6')], 'altered: 106.0/281.6 = 37.64%, stated 38.6')
a = ALT(JZ, 3, zgr, '15.3%', 'GDP growth 14.3 → 15.3')
S.rel('rate', I, [on(a, z1), on(a, z1r), on(a, z2), on(a, z2r), on(a, z3), on(a, z3r), on(a, zg), on(a, zgr, '15.3%')], 'altered: weighted rate 14.28%, stated 15.3')
a = ALT(JZ, 4, vs[2], '18.4%', 'vegetable-area share 16.4 → 18.4')
S.rel('share', I, [on(a, vs[0]), on(a, vs[1]), on(a, vs[2], '18.4%')], 'altered: 6.2/38.0 = 16.3%, stated 18.4')

# ---- 兴隆台区 2008 report (district of 盘锦, 辽宁)
xs = [F(XLT, '93亿元'), F(XLT, '135亿元'), F(XLT, '68.8%')]; xp = [F(XLT, '13个'), F(XLT, '24个'), F(XLT, '37个')]
S.rel('share', C, xs, '93/135 = 68.89%; with half-units of the whole-number levels 68.3–69.5 → 68.8 within the allowance (see Unsure)')
S.rel('sum', C, xp, 'projects: 13 completed + 24 newly started = 37')
S.rel('growth', U, [F(XLT, '40%'), F(XLT, '51.5%')], 'GDP +40% vs industrial value added +51.5%: the other sectors are not stated')
a = ALT(XLT, 1, xs[2], '63.8%', 'above-scale share 68.8 → 63.8')
S.rel('share', I, [on(a, xs[0]), on(a, xs[1]), on(a, xs[2], '63.8%')], 'altered: 93/135 = 68.9%, stated 63.8')
a = ALT(XLT, 2, xp[0], '15个', 'completed projects 13 → 15')
S.rel('sum', I, [on(a, xp[0], '15个'), on(a, xp[1]), on(a, xp[2])], 'altered: 15 + 24 = 39, not 37')

# ---- 重庆 2016 bulletin
cg = F(C16, '17558.76亿元'); c1 = F(C16, '1303.24亿元'); c2 = F(C16, '7755.16亿元'); c3 = F(C16, '8500.36亿元')
cgr = F(C16, '10.7%'); c1r = F(C16, '4.6%'); c2r = F(C16, '11.3%'); c3r = F(C16, '11.0%')
cs = [F(C16, '7.4', '结构比为'), F(C16, '44.2'), F(C16, '48.4')]
nf = F(C16, '10728.77亿元'); nfs = F(C16, '61.1%'); my = F(C16, '8760.49亿元'); mys = F(C16, '49.9%')
tg = F(C16, '17558.76', '全市地区生产总值 | '); tgr = F(C16, '10.7', '17558.76 | ')
T = [F(C16, x) for x in ('3445.34', '4201.40', '5906.02', '3034.69', '971.31')]
TS = [F(C16, '19.6'), F(C16, '23.9'), F(C16, '33.7'), F(C16, '17.3'), F(C16, '5.5', '10.2 | ')]
S.rel('sum', C, [c1, c2, c3, cg], '1303.24 + 7755.16 + 8500.36 = 17558.76')
S.rel('sum', C, cs, 'structure 7.4 + 44.2 + 48.4 = 100')
S.rel('share', C, [c1, cg, cs[0]], '1303.24/17558.76 = 7.42% → 7.4')
S.rel('share', C, [c2, cg, cs[1]], '7755.16/17558.76 = 44.17% → 44.2')
S.rel('share', C, [c3, cg, cs[2]], '8500.36/17558.76 = 48.41% → 48.4')
S.rel('share', C, [nf, cg, nfs], 'non-public economy 10728.77/17558.76 = 61.10% → 61.1')
S.rel('share', C, [my, cg, mys], 'private economy 8760.49/17558.76 = 49.89% → 49.9')
S.rel('rate', C, [c1, c1r, c2, c2r, c3, c3r, cg, cgr], '1245.93 + 6967.80 + 7657.98 = 15871.71; 17558.76/15871.71 = 10.63% (range 10.58–10.68) → 10.7 within the allowance (see Unsure)')
S.rel('sum', C, T + [tg], 'table 1: 3445.34 + 4201.40 + 5906.02 + 3034.69 + 971.31 = 17558.76')
S.rel('sum', C, TS, 'table 1 shares 19.6 + 23.9 + 33.7 + 17.3 + 5.5 = 100.0')
S.rel('share', C, [T[0], tg, TS[0]], '3445.34/17558.76 = 19.62% → 19.6')
S.rel('restatement', C, [cgr, tgr], 'GDP growth 10.7% in the text and 10.7 in table 1')
S.rel('growth', U, [F(C16, '10.9%'), F(C16, '12.1%')], 'non-public +10.9% vs its private part +12.1%: the other part is not stated')
a = ALT(C16, 1, c2, '7785.16亿元', 'secondary value added 7755.16 → 7785.16')
S.rel('sum', I, [on(a, c1), on(a, c2, '7785.16亿元'), on(a, c3), on(a, cg)], 'altered: parts add to 17588.76, not 17558.76')
S.rel('share', I, [on(a, c2, '7785.16亿元'), on(a, cg), on(a, cs[1])], 'altered: 7785.16/17558.76 = 44.34% → 44.3, not 44.2')
a = ALT(C16, 2, cs[2], '46.4', 'tertiary share 48.4 → 46.4')
S.rel('sum', I, [on(a, cs[0]), on(a, cs[1]), on(a, cs[2], '46.4')], 'altered: 7.4 + 44.2 + 46.4 = 98.0')
a = ALT(C16, 3, T[1], '4207.40', 'table 1 拓展区 4201.40 → 4207.40')
S.rel('sum', I, [on(a, T[0]), on(a, T[1], '4207.40'), on(a, T[2]), on(a, T[3]), on(a, T[4]), on(a, tg)], 'altered: regions add to 17564.76, not 17558.76')
a = ALT(C16, 4, tgr, '10.1', 'table 1 GDP growth 10.7 → 10.1')
S.rel('restatement', I, [on(a, cgr), on(a, tgr, '10.1')], 'altered: growth 10.7% in the text, 10.1 in table 1')
a = ALT(C16, 5, nfs, '64.1%', 'non-public share 61.1 → 64.1')
S.rel('share', I, [on(a, nf), on(a, cg), on(a, nfs, '64.1%')], 'altered: 10728.77/17558.76 = 61.10%, stated 64.1')

# ---- 重庆 2022 bulletin
qg = F(C22, '29129.03亿元'); q1 = F(C22, '2012.05亿元'); q2 = F(C22, '11693.86亿元'); q3 = F(C22, '15423.12亿元')
qgr = F(C22, '2.6%'); q1r = F(C22, '4.0%'); q2r = F(C22, '3.3%'); q3r = F(C22, '1.9%')
qs = [F(C22, '6.9', '结构比为'), F(C22, '40.1'), F(C22, '53.0')]
qm = F(C22, '17404.40亿元'); qms = F(C22, '59.7%')
pop = F(C22, '3213.34', '常住人口'); pu = F(C22, '2280.32', '城镇常住人口'); ur = F(C22, '70.96%')
tp = F(C22, '3213.34', '全市常住人口 '); tu = F(C22, '2280.32', '城 镇 '); tus = F(C22, '70.96', '2280.32 '); tr = F(C22, '933.02'); trs = F(C22, '29.04')
tm = F(C22, '1623.17'); tms = F(C22, '50.51'); tf = F(C22, '1590.17'); tfs = F(C22, '49.49')
br = F(C22, '5.98‰'); dr = F(C22, '8.09‰'); nr = F(C22, '-2.11‰')
S.rel('sum', C, [q1, q2, q3, qg], '2012.05 + 11693.86 + 15423.12 = 29129.03')
S.rel('sum', C, qs, 'structure 6.9 + 40.1 + 53.0 = 100')
S.rel('share', C, [q1, qg, qs[0]], '2012.05/29129.03 = 6.91% → 6.9')
S.rel('share', C, [q2, qg, qs[1]], '11693.86/29129.03 = 40.14% → 40.1')
S.rel('share', C, [q3, qg, qs[2]], '15423.12/29129.03 = 52.95% → 53.0')
S.rel('share', C, [qm, qg, qms], 'private economy 17404.40/29129.03 = 59.749% → 59.7 (at the edge, see Unsure)')
S.rel('rate', C, [q1, q1r, q2, q2r, q3, q3r, qg, qgr], '1934.66 + 11320.29 + 15135.54 = 28390.49; 29129.03/28390.49 = 2.60% → 2.6')
S.rel('sum', C, [tu, tr, tp], 'urban 2280.32 + rural 933.02 = 3213.34')
S.rel('sum', C, [tm, tf, tp], 'male 1623.17 + female 1590.17 = 3213.34')
S.rel('sum', C, [tus, trs], 'urban/rural shares 70.96 + 29.04 = 100.00')
S.rel('share', C, [tu, tp, tus], '2280.32/3213.34 = 70.96%')
S.rel('share', C, [tm, tp, tms], '1623.17/3213.34 = 50.51%')
S.rel('restatement', C, [ur, tus], 'urbanisation rate 70.96% in the text and 70.96 in table 1')
S.rel('restatement', C, [pu, tu], 'urban population 2280.32 in the text and in table 1')
S.rel('restatement', C, [pop, tp], 'year-end population 3213.34 in the text and in table 1')
S.rel('sum', C, [br, dr, nr], 'natural increase = birth rate − death rate: 5.98 − 8.09 = −2.11‰')
S.rel('growth', U, [F(C22, '2.5%'), qgr], 'per-capita GDP +2.5% vs GDP +2.6%: average population not stated')
S.rel('growth', U, [ur, F(C22, '0.64个百分点')], 'urbanisation up 0.64 points: the 2021 rate is not stated')
a = ALT(C22, 1, q2, '11093.86亿元', 'secondary value added 11693.86 → 11093.86')
S.rel('sum', I, [on(a, q1), on(a, q2, '11093.86亿元'), on(a, q3), on(a, qg)], 'altered: parts add to 28529.03, not 29129.03')
S.rel('share', I, [on(a, q2, '11093.86亿元'), on(a, qg), on(a, qs[1])], 'altered: 11093.86/29129.03 = 38.08% → 38.1, not 40.1')
a = ALT(C22, 2, tr, '983.02', 'table 1 rural population 933.02 → 983.02')
S.rel('sum', I, [on(a, tu), on(a, tr, '983.02'), on(a, tp)], 'altered: 2280.32 + 983.02 = 3263.34, not 3213.34')
a = ALT(C22, 3, tus, '70.36', 'table 1 urban share 70.96 → 70.36')
S.rel('restatement', I, [on(a, ur), on(a, tus, '70.36')], 'altered: 70.96% in the text, 70.36 in table 1')
S.rel('share', I, [on(a, tu), on(a, tp), on(a, tus, '70.36')], 'altered: 2280.32/3213.34 = 70.96%, stated 70.36')
a = ALT(C22, 4, nr, '-2.41‰', 'natural increase −2.11 → −2.41‰')
S.rel('sum', I, [on(a, br), on(a, dr), on(a, nr, '-2.41‰')], 'altered: 5.98 − 8.09 = −2.11, stated −2.41')
a = ALT(C22, 5, qgr, '2.9%', 'GDP growth 2.6 → 2.9')
S.rel('rate', I, [on(a, q1), on(a, q1r), on(a, q2), on(a, q2r), on(a, q3), on(a, q3r), on(a, qg), on(a, qgr, '2.9%')], 'altered: weighted rate 2.60%, stated 2.9')

# ---- 四川: 2024 targets (NPC news), 2024 results (2025 report summary), H1 2009 (traditional)
t6h = F(S24, '6%左右', n=0); t6 = F(S24, '6%左右', n=1); tj = F(S24, '85万人'); r57 = F(S25, '5.7%')
S.rel('target', M, [t6, r57], '2024 GDP target “6%左右”, result 5.7%: within ±0.5 point, met')
S.rel('restatement', C, [t6h, t6], '2024 GDP target 6%左右 in the headline and in the body')
S.rel('target', U, [t6, F(S25, '6.6%')], 'GDP target vs secondary-industry growth 6.6%: different indicators')
S.rel('target', U, [tj, F(S25, '105万户')], 'new urban jobs target 85万人 vs new business entities 105万户: different indicators')
S.rel('growth', U, [r57, F(S25, '0.7个百分点')], '5.7% is 0.7 points above the national rate, which is not stated')
S.rel('rate', U, [F(S25, '2.5%'), F(S25, '6.6%'), F(S25, '6.3%'), r57], 'sector rates without sector levels: the weighted rate cannot be computed')
a = ALT(S25, 1, r57, '5.2%', '2024 GDP growth 5.7 → 5.2')
S.rel('target', MS, [t6, on(a, r57, '5.2%')], 'altered: result 5.2% is below the “6%左右” band: missed')
a = ALT(S24, 1, t6h, '8%左右', 'headline target 6% → 8%')
S.rel('restatement', I, [on(a, t6h, '8%左右'), on(a, t6)], 'altered: 8%左右 in the headline, 6%左右 in the body')
v0 = F(S09, '6015億元'); v1 = F(S09, '861億元'); v2 = F(S09, '3057.9億元'); v3 = F(S09, '2096.1億元')
vt = F(S09, '13.5%', n=0); vb = F(S09, '13.5%', n=1)
S.rel('sum', C, [v1, v2, v3, v0], 'H1 2009: 861 + 3057.9 + 2096.1 = 6015.0')
S.rel('restatement', C, [vt, vb], 'H1 growth 13.5% in the headline and in the body')
S.rel('growth', U, [F(S09, '9.5%'), F(S09, '4個(gè)百分點(diǎn)'), vb], 'Q4 2008 rate 9.5% vs the 2008 annual rate implied by “提高4個百分點” (9.5): a quarter vs a year')
S.rel('growth', U, [F(S09, '10.8%'), F(S09, '14%'), vb], 'Q1 10.8% and Q2 14% vs H1 13.5%: quarterly levels not stated')
S.rel('sum', U, [F(S09, '2871.4億元'), v2], 'above-scale industrial value added 2871.4 vs secondary industry 3057.9: different scopes, not parts')
a = ALT(S09, 1, v2, '3087.9億元', 'H1 secondary value added 3057.9 → 3087.9')
S.rel('sum', I, [on(a, v1), on(a, v2, '3087.9億元'), on(a, v3), on(a, v0)], 'altered: 861 + 3087.9 + 2096.1 = 6045.0, not 6015')
a = ALT(S09, 2, vb, '13.8%', 'H1 growth in the body 13.5 → 13.8')
S.rel('restatement', I, [on(a, vt), on(a, vb, '13.8%')], 'altered: 13.5% in the headline, 13.8% in the body')

# ---- national: white paper news 2005 on autonomous areas (traditional, Chinese numerals)
m0 = F(MZ, '一萬零三百八十一億元'); m0s = F(MZ, '百分之八點九'); mx = F(MZ, '一千八百七十七點六一億元'); mxs = F(MZ, '百分之一點六')
mt = F(MZ, '一百八十四點五億元'); mts = F(MZ, '百分之零點一六')
px = F(MZ, '九千七百元'); pxs = F(MZ, '百分之一百零六點五八'); pt = F(MZ, '六千八百七十一元'); pts = F(MZ, '百分之七十五點五')
rx = F(MZ, '二千一百零六點一九元'); rxs = F(MZ, '百分之八十點三二'); rt = F(MZ, '一千六百九十點七六元'); rts = F(MZ, '百分之六十四點四八')
S.rel('share', C, [m0, m0s, mx, mxs, mt, mts], 'implied 2003 national GDP: 10381/8.9% = 115989–117299, 1877.61/1.6% = 113794–121136, 184.5/0.16% = 111818–119032: overlap')
S.rel('share', C, [px, pxs, pt, pts], 'implied national per-capita GDP: 9700/1.0658 = 9101, 6871/0.755 = 9101')
S.rel('share', C, [rx, rxs, rt, rts], 'implied national rural net income: 2106.19/0.8032 = 2622.2, 1690.76/0.6448 = 2622.1')
S.rel('growth', U, [F(MZ, '百分之九點八七'), F(MZ, '近一個百分點')], 'average 9.87% is “near one point” above the national average, which is not stated')
S.rel('growth', U, [F(MZ, '六百七十四億元'), F(MZ, '二點三倍')], 'fiscal revenue 674 up 2.3-fold on 1994: the 1994 level is not stated')
a = ALT(MZ, 1, rxs, '百分之八十點九二', '新疆 rural income ratio 80.32 → 80.92')
S.rel('share', I, [on(a, rx), on(a, rxs, '百分之八十點九二'), on(a, rt), on(a, rts)], 'altered: 2106.19/0.8092 = 2602.8 vs 1690.76/0.6448 = 2622.1: the implied national base differs')
a = ALT(MZ, 2, pts, '百分之七十三點五', '西藏 per-capita ratio 75.5 → 73.5')
S.rel('share', I, [on(a, px), on(a, pxs), on(a, pt), on(a, pts, '百分之七十三點五')], 'altered: 6871/0.735 = 9348 vs 9700/1.0658 = 9101')

# ---- national development zones 2017 (news)
S.rel('sum', U, [F(Z, '6.1万亿元'), F(Z, '2.8万亿元'), F(Z, '9.1万亿元')], 'secondary 6.1 + tertiary 2.8 = 8.9 vs GDP 9.1: primary industry not stated, partial list')
S.rel('growth', U, [F(Z, '9.9%'), F(Z, '3个百分点')], '9.9% is 3 points above the national rate, which is not stated')

# ---- 九江 2013 (report 2014, traditional) and 吉安 2015 (report 2016)
S.rel('growth', U, [F(JJ, '280.2億元'), F(JJ, '26.9%'), F(JJ, '176.15億元'), F(JJ, '24.2%')], '公共財政預算收入 is part of 財政總收入; the other part and its rate are not stated')
S.rel('restatement', U, [F(JJ, '10.7%'), cgr], '九江 2013 urban income +10.7% vs 重庆 2016 GDP +10.7%: different places, years, indicators')
S.rel('growth', U, [F(JA, '9.6%'), F(JA, '9.8%')], 'GDP +9.6% vs above-scale industry +9.8%: other sectors not stated')

# ---- 吉林: 2019 (2020 report), 2025 (2026 news; 2026 press conference, traditional)
g5 = F(J26, '5%', '地区生产总值增长'); g5b = F(J25, '5%', '同比增長')
S.rel('restatement', C, [g5, g5b], '吉林 2025 GDP growth 5% in the NPC news and in the press-conference news')
S.rel('restatement', C, [F(J26, '1.5万亿元'), F(J25, '1.5萬億元')], '吉林 2025 GDP level 1.5万亿元 in both texts')
S.rel('restatement', U, [F(J26, '55%'), F(J25, '55.7%')], 'key-industry value-added share 55% vs industrial-investment share 55.7%: different indicators')
S.rel('growth', U, [F(J26, '19.8%'), F(J26, '25%左右')], 'GDP +19.8% vs per-capita +25% over 2021–2025: population change not stated')
S.rel('restatement', U, [F(JL19, '3.5%'), g5], '吉林 2019 estimate 3.5% vs 2025 result 5%: different years')
S.write()

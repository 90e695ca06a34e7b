"""Check key, forty-third held-out set (check-heldout43). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout43.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout43'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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
    k = [i for i, l in enumerate(lines) if l.startswith(label)]; assert len(k) == 1, label
    st = sum(len(x) + 1 for x in lines[:k[0]]); line = lines[k[0]]; out, p = [], 0
    for tok in line.split(' '):
        if not tok: continue
        q = line.index(tok, p); p = q + len(tok)
        if tok.lstrip('-')[:1].isdigit() and not tok.endswith('年'): out.append(P(doc, tok, st + q))
    return out

SD='sd_2005.txt'; HEN='hen_2017_hant.txt'; GS='gs_2008t_hant.txt'; JL='jl_2019_hant.txt'; NQ='nat_2024q1_hant.txt'
XN='xn_2025_hant.txt'; X21='xj_2021.txt'; X3T='xj_2023t.txt'; X23='xj_2023_hant.txt'; XZ7='xz_2017q1_hant.txt'
XZ0='xz_2020_hant.txt'; ZD='zd_1985.txt'; ZT='zj_2011t.txt'; Z6='zj_2006.txt'; Z12='zj_2012.txt'; KFQ='sd_kfq2011_hant.txt'; ZHJ='zhj_yb.txt'

# ---- 山东 2005 (bulletin news)
ga = F(SD, '18468.3亿元', n=0); gb = F(SD, '18468.3亿元', n=1); s1 = F(SD, '1927.6亿元'); s2 = F(SD, '10620.3亿元'); s3 = F(SD, '5920.4亿元')
sr = F(SD, '15.2%'); g04 = F(SD, '15021.8亿元'); p1 = F(SD, '1778.4亿元'); p2 = F(SD, '8478.7亿元'); p3 = F(SD, '4764.7亿元')
i04 = F(SD, '7576.1亿元'); c04 = F(SD, '902.6亿元'); ind = F(SD, '9562.9亿元'); ish = F(SD, '51.8%')
pc1 = F(SD, '14.5%', '同比增长'); ter = F(SD, '14.5%', '5920.4亿元,增长'); pc2 = F(SD, '14.5%', '按可比价格计算增长')
S.rel('sum', C, [s1, s2, s3, gb], '2005 GDP 1927.6 + 10620.3 + 5920.4 = 18468.3')
S.rel('sum', C, [p1, p2, p3, g04], '2004 (census-revised) GDP 1778.4 + 8478.7 + 4764.7 = 15021.8')
S.rel('sum', C, [i04, c04, p2], '2004 secondary = industry 7576.1 + construction 902.6 = 8478.7')
S.rel('share', C, [ind, gb, ish], 'industry 9562.9/18468.3 = 51.78% → 51.8')
S.rel('restatement', C, [ga, gb], '2005 GDP 18468.3 in the lead and in the body')
S.rel('restatement', C, [pc1, pc2], 'per-capita GDP growth 14.5% in the lead and in the body')
S.rel('restatement', U, [ter, pc2], 'tertiary growth 14.5% and per-capita GDP growth 14.5%: different indicators sharing a number')
S.rel('growth', U, [g04, ga, sr], '15021.8 → 18468.3 is +22.9% nominal; 15.2% is a real rate, prices not stated')
a = ALT(SD, 1, s2, '10680.3亿元', 'secondary value added 10620.3 → 10680.3')
S.rel('sum', I, [on(a, s1), on(a, s2, '10680.3亿元'), on(a, s3), on(a, gb)], 'altered: parts add to 18528.3, not 18468.3 (breaks {B})')
a = ALT(SD, 2, ind, '9962.9亿元', 'industry value added 9562.9 → 9962.9')
S.rel('share', I, [on(a, ind, '9962.9亿元'), on(a, gb), on(a, ish)], 'altered: 9962.9/18468.3 = 53.9%, not 51.8 (breaks {B})')
a = ALT(SD, 3, ga, '18463.3亿元', 'GDP in the lead 18468.3 → 18463.3')
S.rel('restatement', I, [on(a, ga, '18463.3亿元'), on(a, gb)], 'altered: lead 18463.3 vs body 18468.3 (breaks {B})')

# ---- 河南 2017 (news, traditional)
ht = F(HEN, '44988.16億元'); h1 = F(HEN, '4339.49億元'); h2 = F(HEN, '21449.99億元'); h3 = F(HEN, '19198.68億元')
hr = F(HEN, '7.8%'); hr1 = F(HEN, '4.3%'); hr2 = F(HEN, '7.3%'); hr3 = F(HEN, '9.2%')
S.rel('sum', C, [h1, h2, h3, ht], '4339.49 + 21449.99 + 19198.68 = 44988.16')
S.rel('rate', C, [h1, hr1, h2, hr2, h3, hr3, ht, hr], 'levels deflated by sector rates: 4160.6 + 19990.7 + 17581.2 = 41732.5; 44988.16/41732.5 = 7.80% (range 7.75–7.85) → 7.8')
S.rel('growth', U, [hr, F(HEN, '0.9個')], '7.8% is 0.9 points above the national rate, which is not stated here')
S.rel('restatement', C, [F(HEN, '8.7%', n=0), F(HEN, '8.7%', n=1)], '洛陽 growth 8.7% stated twice (“均為8.7%” covers 洛陽 and 商丘)')
a = ALT(HEN, 1, h2, '21469.99億元', 'secondary value added 21449.99 → 21469.99')
S.rel('sum', I, [on(a, h1), on(a, h2, '21469.99億元'), on(a, h3), on(a, ht)], 'altered: parts add to 45008.16, not 44988.16 (breaks {B})')
a = ALT(HEN, 2, hr, '7.2%', 'provincial growth 7.8 → 7.2')
S.rel('rate', I, [on(a, h1), on(a, hr1), on(a, h2), on(a, hr2), on(a, h3), on(a, hr3), on(a, ht), on(a, hr, '7.2%')], 'altered: weighted sector rates give 7.80%, stated 7.2 (breaks {B})')

# ---- 甘肃 five-year targets 2008–2012 (news, traditional)
gt0 = F(GS, '1.8萬元', n=0); gt2 = F(GS, '1.8萬元', n=2)
S.rel('restatement', C, [gt0, gt2], '2012 per-capita GDP target 1.8萬元 in the heading and in the body')
S.rel('restatement', C, [F(GS, '16%', n=0), F(GS, '16%左右')], 'forest cover target: heading “提高到16%”, body “16%左右”')
S.rel('target', U, [F(GS, '9%以上'), F(ZT, '9%左右')], '甘肃 urban-income five-year target vs 浙江 2011 target: different places and periods')
a = ALT(GS, 1, gt2, '1.6萬元', 'per-capita GDP target in the body 1.8 → 1.6萬元')
S.rel('restatement', I, [on(a, gt0), on(a, gt2, '1.6萬元')], 'altered: heading 1.8萬元 vs body 1.6萬元 (breaks {B})')

# ---- 吉林 2019 bulletin (traditional)
jt = F(JL, '11726.82億元'); j1 = F(JL, '1287.32億元'); j2 = F(JL, '4134.82億元'); j3 = F(JL, '6304.68億元')
jr = F(JL, '3.0%'); jr1 = F(JL, '2.5%'); jr2 = F(JL, '2.6%'); jr3 = F(JL, '3.3%'); js1 = F(JL, '11.0%'); js2 = F(JL, '35.2%'); js3 = F(JL, '53.8%')
jp = F(JL, '2690.73萬人'); ju = F(JL, '1567.93萬人'); jur = F(JL, '58.27%')
S.rel('sum', C, [j1, j2, j3, jt], '1287.32 + 4134.82 + 6304.68 = 11726.82')
S.rel('rate', C, [j1, jr1, j2, jr2, j3, jr3, jt, jr], '1255.9 + 4030.0 + 6103.3 = 11389.2; 11726.82/11389.2 = 2.96% (range 2.91–3.01) → 3.0')
S.rel('share', C, [j1, jt, js1], '1287.32/11726.82 = 10.98% → 11.0')
S.rel('share', I, [j2, jt, js2], '4134.82/11726.82 = 35.26% → 35.3, stated 35.2 (real; apparently forced so that the structure adds to 100)')
S.rel('share', C, [j3, jt, js3], '6304.68/11726.82 = 53.76% → 53.8')
S.rel('sum', C, [js1, js2, js3], 'structure 11.0 + 35.2 + 53.8 = 100')
S.rel('share', C, [ju, jp, jur], 'urban 1567.93/2690.73 = 58.27%')
S.rel('growth', U, [jur, F(JL, '0.74個')], 'urbanisation up 0.74 points: the 2018 rate is not stated')
a = ALT(JL, 1, j3, '6304.88億元', 'tertiary value added 6304.68 → 6304.88')
S.rel('sum', I, [on(a, j1), on(a, j2), on(a, j3, '6304.88億元'), on(a, jt)], 'altered: parts add to 11727.02, not 11726.82 (beyond the 0.02 allowance; breaks {B})')
a = ALT(JL, 2, js1, '12.0%', 'primary share 11.0 → 12.0')
S.rel('share', I, [on(a, j1), on(a, jt), on(a, js1, '12.0%')], 'altered: 1287.32/11726.82 = 10.98%, not 12.0 (breaks {B})')
S.rel('sum', I, [on(a, js1, '12.0%'), on(a, js2), on(a, js3)], 'altered: 12.0 + 35.2 + 53.8 = 101 (breaks {B})')

# ---- national Q1 2024 GDP table (traditional)
qt = F(NQ, '296299'); q1 = F(NQ, '11538'); q2 = F(NQ, '109846'); q3 = F(NQ, '174915')
qr = F(NQ, '5.3', '296299\n\n'); qr1 = F(NQ, '3.3', '11538\n\n'); qr2 = F(NQ, '6.0', '109846\n\n'); qr3 = F(NQ, '5.0', '174915\n\n')
inds = [F(NQ, x, '\n\n', post='\n\n') for x in ['12295', '96426', '13978', '29543', '13532', '4892', '26812', '17736', '15881', '11232', '53974']]
S.rel('sum', C, [q1, q2, q3, qt], '11538 + 109846 + 174915 = 296299')
S.rel('rate', C, [q1, qr1, q2, qr2, q3, qr3, qt, qr], '11169.4 + 103628.3 + 166585.7 = 281383.4; 296299/281383.4 = 5.30% → 5.3')
S.rel('sum', C, inds + [qt], 'eleven industries add to 296301 vs 296299: within 11 half-units (note 4 of the table names rounding)')
S.rel('sum', U, [F(NQ, '80143'), inds[1]], '制造業 80143 is a “#” (of which) item of 工業 96426, not a full split')
S.rel('sum', U, [inds[0], q1], '農林牧漁業 12295 vs 第一產業 11538: overlapping scopes (農林牧漁業 includes its services)')
a = ALT(NQ, 1, q2, '109746', 'secondary value added 109846 → 109746')
S.rel('sum', I, [on(a, q1), on(a, q2, '109746'), on(a, q3), on(a, qt)], 'altered: parts add to 296199, not 296299 (breaks {B})')
a = ALT(NQ, 2, qr, '5.8', 'GDP growth 5.3 → 5.8')
S.rel('rate', I, [on(a, q1), on(a, qr1), on(a, q2), on(a, qr2), on(a, q3), on(a, qr3), on(a, qt), on(a, qr, '5.8')], 'altered: weighted sector rates give 5.30%, stated 5.8 (breaks {B})')

# ---- 西宁 2025 (survey team news, traditional)
S.rel('growth', C, [F(XN, '24.1萬'), F(XN, '0.6萬'), F(XN, '2.6%')], 'grain 24.1, +0.6 → 2024 23.5; 0.6/23.5 = 2.55% → 2.6 (allowance 2.3–2.8)')
S.rel('growth', C, [F(XN, '91.5萬畝'), F(XN, '0.1萬畝'), F(XN, '0.1%', '下降')], 'area 91.5, −0.1 → 91.6; 0.1/91.6 = 0.11% → 0.1')
S.rel('growth', C, [F(XN, '263.2公斤'), F(XN, '6.9公斤'), F(XN, '2.7%')], 'yield 263.2, +6.9 → 256.3; 6.9/256.3 = 2.69% → 2.7')
meat = [F(XN, '1.4萬', '豬肉產(chǎn)量'), F(XN, '3.8萬'), F(XN, '1.4萬', '羊肉產(chǎn)量'), F(XN, '0.1萬', '禽肉產(chǎn)量'), F(XN, '6.7萬')]
S.rel('sum', C, meat, 'pork 1.4 + beef 3.8 + mutton 1.4 + poultry 0.1 = 6.7')
S.rel('growth', U, [F(XN, '1.3個'), F(XN, '2.7%')], 'yield growth 1.3 points above the province: the provincial rate is not stated')
S.rel('sum', U, [F(XN, '38727元'), F(XN, '19369元'), F(XN, '45605元')], 'all-resident income between rural and urban: population weights not stated')
a = ALT(XN, 1, F(XN, '0.6萬'), '0.9萬', 'grain increase 0.6 → 0.9萬噸')
S.rel('growth', I, [on(a, F(XN, '24.1萬')), on(a, F(XN, '0.6萬'), '0.9萬'), on(a, F(XN, '2.6%'))], 'altered: 0.9/23.2 = 3.9%, not 2.6 (breaks {B})')
a = ALT(XN, 2, meat[1], '3.3萬', 'beef 3.8 → 3.3萬噸')
S.rel('sum', I, [on(a, meat[0]), on(a, meat[1], '3.3萬'), on(a, meat[2]), on(a, meat[3]), on(a, meat[4])], 'altered: parts add to 6.2, not 6.7 (breaks {B})')
a = ALT(XN, 3, F(XN, '2.7%'), '2.1%', 'yield growth 2.7 → 2.1')
S.rel('growth', I, [on(a, F(XN, '263.2公斤')), on(a, F(XN, '6.9公斤')), on(a, F(XN, '2.7%'), '2.1%')], 'altered: 6.9/256.3 = 2.7%, not 2.1 (breaks {B})')

# ---- 新疆: 2023 targets (report text), 2023 results (news, traditional), 2021 results (report)
tg = F(X3T, '7%左右', n=0); tgi = F(X3T, '9%左右'); tgv = F(X3T, '11%左右'); tgs = F(X3T, '12%左右'); tgt = F(X3T, '10%左右', n=0)
tgf = F(X3T, '10%左右', n=1); tgu = F(X3T, '7%左右', n=1); tgr = F(X3T, '8%左右'); tgc = F(X3T, '3%左右')
rg = F(X23, '6.8%'); ri = F(X23, '6.4%'); rf = F(X23, '15.3%'); rv = F(X23, '12.4%'); rs = F(X23, '18.8%'); rt = F(X23, '45.9%'); ru = F(X23, '5.6%'); rr = F(X23, '8.4%')
S.rel('target', M, [tg, rg], 'GDP target 7%左右, result 6.8%: within the band (≥ 6.5), met')
S.rel('target', MS, [tgi, ri], 'industry target 9%左右, result 6.4%: below 8.5, missed')
S.rel('target', M, [tgv, rv], 'investment target 11%左右, result 12.4%: at or above the band, met')
S.rel('target', M, [tgs, rs], 'retail target 12%左右, result 18.8%: met')
S.rel('target', M, [tgt, rt], 'trade target 10%左右, result 45.9%: met')
S.rel('target', M, [tgf, rf], 'budget revenue target 10%左右, result 15.3%: met')
S.rel('target', MS, [tgu, ru], 'urban income target 7%左右, result 5.6%: below 6.5, missed')
S.rel('target', M, [tgr, rr], 'rural income target 8%左右, result 8.4%: met')
S.rel('target', U, [tgc, F(X21, '1.2%')], '2023 CPI target vs 2021 CPI result: different years')
S.rel('target', U, [tg, F(X21, '7%', '增长')], '2023 GDP target vs 2021 growth 7%: different years')
S.rel('target', U, [F(X3T, '5.5%以内'), F(X21, '5.5%以内')], '2023 unemployment target vs the 2021 result “控制在5.5%以内”: different years')
S.rel('share', U, [F(X23, '305.7萬'), F(X23, '34.4%')], 'grain increase 305.7 is 34.4% of the national increase, which is not stated')
a = ALT(X23, 1, rg, '6.3%', 'GDP growth 6.8 → 6.3')
S.rel('target', MS, [tg, on(a, rg, '6.3%')], 'altered: 6.3% is below the 7%左右 band: missed (breaks {B})')
a = ALT(X23, 2, ru, '7.6%', 'urban income growth 5.6 → 7.6')
S.rel('target', M, [tgu, on(a, ru, '7.6%')], 'altered: 7.6% meets the 7%左右 target (changes {B} from missed to met)')
a = ALT(X23, 3, rv, '10.4%', 'investment growth 12.4 → 10.4')
S.rel('target', MS, [tgv, on(a, rv, '10.4%')], 'altered: 10.4% is below 10.5, missed (breaks {B})')

# ---- 西藏 Q1 2017 (news, traditional)
zt = F(XZ7, '271.35億元'); z1 = F(XZ7, '14.80億元'); z2 = F(XZ7, '32.96億元'); z3 = F(XZ7, '223.59億元')
zr = F(XZ7, '11%'); zr1 = F(XZ7, '3.1%'); zr2 = F(XZ7, '7.1%'); zr3 = F(XZ7, '12.0%')
S.rel('sum', C, [z1, z2, z3, zt], '14.80 + 32.96 + 223.59 = 271.35')
S.rel('rate', C, [z1, zr1, z2, zr2, z3, zr3, zt, zr], '14.36 + 30.77 + 199.63 = 244.76; 271.35/244.76 = 10.86% → 11 (stated to the unit)')
S.rel('rate', U, [F(XZ7, '10個'), zr3, zr], 'tertiary pull of 10 points: the 2016 Q1 weights are not stated')
a = ALT(XZ7, 1, z2, '38.96億元', 'secondary value added 32.96 → 38.96')
S.rel('sum', I, [on(a, z1), on(a, z2, '38.96億元'), on(a, z3), on(a, zt)], 'altered: parts add to 277.35, not 271.35 (breaks {B})')
a = ALT(XZ7, 2, zr, '14%', 'Q1 growth 11 → 14')
S.rel('rate', I, [on(a, z1), on(a, zr1), on(a, z2), on(a, zr2), on(a, z3), on(a, zr3), on(a, zt), on(a, zr, '14%')], 'altered: weighted sector rates give 10.86%, stated 14 (breaks {B})')

# ---- 西藏 2020 (table + bulletin excerpt, traditional)
xg = F(XZ0, '1902.74億元'); xgt = F(XZ0, '1902.74', '2020年 | '); xrt = F(XZ0, '7.8', '1902.74 | '); xr = F(XZ0, '7.8%')
x1 = F(XZ0, '150.65億元'); x2 = F(XZ0, '798.25億元'); x3 = F(XZ0, '953.84億元'); xs1 = F(XZ0, '7.9%'); xs2 = F(XZ0, '42.0%'); xs3 = F(XZ0, '50.1%')
d1 = F(XZ0, '0.3個'); d2 = F(XZ0, '4.6個'); d3 = F(XZ0, '4.3個'); xi = F(XZ0, '145.16億元'); xc = F(XZ0, '653.09億元')
cities = [F(XZ0, x, '| ', post=' |') for x in ['678.16', '322.78', '252.89', '215.4', '191.34', '68.6']] + [F(XZ0, '170')]
S.rel('sum', C, [x1, x2, x3, xg], '150.65 + 798.25 + 953.84 = 1902.74')
S.rel('share', C, [x1, xg, xs1], '150.65/1902.74 = 7.92% → 7.9')
S.rel('share', C, [x2, xg, xs2], '798.25/1902.74 = 41.95% → 42.0')
S.rel('share', C, [x3, xg, xs3], '953.84/1902.74 = 50.13% → 50.1')
S.rel('sum', C, [xs1, xs2, xs3], '7.9 + 42.0 + 50.1 = 100')
S.rel('sum', C, [d1, d2, d3], 'changes of a full structure: −0.3 + 4.6 − 4.3 = 0')
S.rel('sum', C, [xi, xc, x2], 'industry 145.16 + construction 653.09 = secondary 798.25')
S.rel('restatement', C, [xgt, xg], '2020 GDP 1902.74 in the table and in the bulletin text')
S.rel('restatement', C, [xrt, xr], '2020 growth 7.8 in the table and in the bulletin text')
S.rel('growth', U, [F(XZ0, '1697.82'), xg, xr], '1697.82 → 1902.74 is +12.1% nominal; 7.8% is real')
S.rel('sum', U, cities + [xg], 'city list adds to 1899.17: 那曲 is an estimate and the note warns the list is not a reconciled split')
S.rel('restatement', U, [F(XZ0, '7.8', '678.16 | '), xr], '拉薩 7.8 vs 西藏 7.8: different places sharing a number')
a = ALT(XZ0, 1, x2, '793.25億元', 'secondary value added 798.25 → 793.25')
S.rel('sum', I, [on(a, x1), on(a, x2, '793.25億元'), on(a, x3), on(a, xg)], 'altered: parts add to 1897.74, not 1902.74 (breaks {B})')
S.rel('share', I, [on(a, x2, '793.25億元'), on(a, xg), on(a, xs2)], 'altered: 793.25/1902.74 = 41.69% → 41.7, not 42.0 (breaks {B})')
S.rel('sum', I, [on(a, xi), on(a, xc), on(a, x2, '793.25億元')], 'altered: 145.16 + 653.09 = 798.25, not 793.25 (breaks {B})')
a = ALT(XZ0, 2, xs3, '51.1%', 'tertiary share 50.1 → 51.1')
S.rel('share', I, [on(a, x3), on(a, xg), on(a, xs3, '51.1%')], 'altered: 953.84/1902.74 = 50.13%, not 51.1 (breaks {B})')
S.rel('sum', I, [on(a, xs1), on(a, xs2), on(a, xs3, '51.1%')], 'altered: 7.9 + 42.0 + 51.1 = 101 (breaks {B})')
a = ALT(XZ0, 3, xgt, '1912.74', 'table GDP 2020 1902.74 → 1912.74')
S.rel('restatement', I, [on(a, xgt, '1912.74'), on(a, xg)], 'altered: table 1912.74 vs text 1902.74 (breaks {B})')

# ---- 肇东县 1985 (yearbook entry)
S.rel('share', C, [F(ZD, '92万亩'), F(ZD, '30.3%'), F(ZD, '43万亩'), F(ZD, '14.1%')], 'both shares imply the same farmland: 92/0.303 = 303.1–304.1万亩, 43/0.141 = 303.9–306.0万亩; they overlap')
S.rel('share', U, [F(ZD, '15万亩'), F(ZD, '102.4%')], 'afforestation 102.4% of plan: the plan is not stated')
a = ALT(ZD, 1, F(ZD, '14.1%'), '16.1%', 'share of failed farmland 14.1 → 16.1')
S.rel('share', I, [on(a, F(ZD, '92万亩')), on(a, F(ZD, '30.3%')), on(a, F(ZD, '43万亩')), on(a, F(ZD, '14.1%'), '16.1%')], 'altered: 43/0.161 = 267万亩 vs 92/0.303 = 304万亩 (breaks {B})')

# ---- 浙江: 2006 results (NPC news), 2011 targets with 2010 results (news), 2011 incomes (news)
u6 = F(Z6, '18265元'); r6 = F(Z6, '7335元'); u6b = F(Z12, '18265'); r6b = F(Z12, '7335元'); u11 = F(Z12, '30971'); r11 = F(Z12, '13071元')
a76 = F(Z12, '7.6%'); a84 = F(Z12, '8.4%'); zt9 = F(ZT, '9%左右')
S.rel('restatement', C, [u6, u6b], '2006 urban income 18265 in the 2007 NPC news and in the 2012 release')
S.rel('restatement', C, [r6, r6b], '2006 rural income 7335 in both texts')
S.rel('growth', U, [u6b, u11, a76], '18265 → 30971 is 11.1% a year nominal; 7.6% is a real average, prices not stated')
S.rel('restatement', U, [F(ZT, '8.4%'), a84], 'rural income real average 8.4%: 2006–2010 in one text, 2007–2011 in the other')
S.rel('target', CT, [zt9, a76, a84], '2011 income targets 9%左右 vs 2007–2011 averages: a multi-year average cannot settle an annual target')
S.rel('target', CT, [zt9, F(ZT, '27359元'), u11], '2010 27359 → 2011 30971 is +13.2% nominal; the real 2011 rate is not stated')
S.rel('growth', U, [F(Z6, '15649亿元'), F(ZT, '27100亿元'), F(ZT, '11.8%')], '11.8% is the 2010 rate, not the 2006–2010 average; levels are nominal')
S.rel('target', U, [zt9, F(Z6, '13.6%')], '2011 target vs 2006 result: different years')
S.rel('sum', U, [F(Z12, '24项'), F(Z12, '16项'), F(Z12, '5项')], '16 + 5 of 24 indicators: a partial list')
a = ALT(Z12, 1, u6b, '18865', '2006 urban income in the 2012 release 18265 → 18865')
S.rel('restatement', I, [u6, on(a, u6b, '18865')], 'altered: 18265 vs 18865 (breaks {B})')
a = ALT(Z6, 1, r6, '7535元', '2006 rural income 7335 → 7535')
S.rel('restatement', I, [on(a, r6, '7535元'), r6b], 'altered: 7535 vs 7335 (breaks {B})')

# ---- 山东 development zones 2011 (news, traditional)
k1 = F(KFQ, '11223.8億元'); kt = F(KFQ, '19826.8億元'); k56 = F(KFQ, '56%')
S.rel('share', I, [k1, kt, k56], '11223.8/19826.8 = 56.61%, stated 56 (to the unit: 55.5–56.5): real inconsistency (or truncation)')
S.rel('share', C, [F(KFQ, '1039.6億美元'), F(KFQ, '1240億美元'), F(KFQ, '83.8%')], '1039.6/1240 = 83.84% → 83.8')
S.rel('share', U, [F(KFQ, '35061.5億元'), F(KFQ, '61710.7億元'), F(KFQ, '58%')], '工業總產值 (all) vs 規模以上工業總產值: different scopes (35061.5/61710.7 = 56.8)')
S.rel('share', U, [kt, F(KFQ, '43.6%')], 'zones 43.6% of the province: the provincial GDP is not stated')
S.rel('growth', U, [kt, gb], 'zones 2011 vs province 2005: different scope and year')
a = ALT(KFQ, 1, F(KFQ, '1039.6億美元'), '1069.6億美元', 'two-zone trade 1039.6 → 1069.6')
S.rel('share', I, [on(a, F(KFQ, '1039.6億美元'), '1069.6億美元'), on(a, F(KFQ, '1240億美元')), on(a, F(KFQ, '83.8%'))], 'altered: 1069.6/1240 = 86.26%, not 83.8 (breaks {B})')
a = ALT(KFQ, 2, kt, '19886.8億元', 'zones GDP 19826.8 → 19886.8')
S.rel('share', C, [on(a, k1), on(a, kt, '19886.8億元'), on(a, k56)], 'altered: 11223.8/19886.8 = 56.44% → 56: the change makes {B} consistent')

# ---- 湛江 yearbook: expenditure-side GDP (columns: GDP, final consumption, household, government, capital formation, net exports, investment rate, consumption rate)
def yb(label, doc=ZHJ): return Row(doc, label)
for y in ['1949年', '1980年']:
    r = yb(y)
    S.rel('sum', C, [r[2], r[3], r[1]], f'{y}: household {r[2][1]} + government {r[3][1]} = final consumption {r[1][1]}')
    S.rel('sum', C, [r[1], r[4], r[5], r[0]], f'{y}: consumption + capital formation + net exports = GDP {r[0][1]}')
r = yb('1949年')
S.rel('share', C, [r[4], r[0], r[6]], '1949 investment rate 184/12188 = 1.51% → 1.5')
S.rel('share', C, [r[1], r[0], r[7]], '1949 consumption rate 11709/12188 = 96.07% → 96.1')
S.rel('sum', U, [r[6], r[7]], '1.5 + 96.1 ≠ 100: the net-export share is not stated, the two rates are not a full split')
r = yb('1986年')
S.rel('sum', I, [r[2], r[3], r[1]], '1986: household 211249 + government 19154 = 230403, not 239415 (real; a typo in one cell)')
S.rel('sum', C, [r[1], r[4], r[5], r[0]], '1986: 239415 + 103749 + 49698 = 392862')
r = yb('1962年')
S.rel('share', I, [r[4], r[0], r[6]], '1962 investment rate 6471/35279 = 18.34% → 18.3, stated 18.4 (real)')
r = yb('1990年')
S.rel('share', I, [r[4], r[0], r[6]], '1990 investment rate 261327/966346 = 27.04% → 27.0, stated 27.1 (real)')
r = yb('1993年')
S.rel('sum', C, [r[1], r[4], r[5], r[0]], '1993: 1032561 + 637701 − 25537 = 1644725 (negative net exports)')
r = yb('1995年')
S.rel('share', C, [r[1], r[0], r[7]], '1995 consumption rate 1928109/2618453 = 73.64% → 73.6')
r = yb('1980年')
a = ALT(ZHJ, 1, r[1], '90981', '1980 final consumption 90921 → 90981')
ra = yb('1980年', a)
S.rel('sum', I, [ra[2], ra[3], ra[1]], 'altered 1980: 86740 + 4181 = 90921, not 90981 (breaks {B})')
S.rel('sum', I, [ra[1], ra[4], ra[5], ra[0]], 'altered 1980: 90981 + 34611 + 26462 = 152054, not 151994 (breaks {B})')
r = yb('2000年')
S.rel('share', C, [r[4], r[0], r[6]], '2000 investment rate 868012/3738104 = 23.22% → 23.2')
a = ALT(ZHJ, 2, r[6], '28.2', '2000 investment rate 23.2 → 28.2')
ra = yb('2000年', a)
S.rel('share', I, [ra[4], ra[0], ra[6]], 'altered 2000: 868012/3738104 = 23.22%, not 28.2 (breaks {B})')
r = yb('1957年')
S.rel('sum', C, [r[1], r[4], r[5], r[0]], '1957: 24371 + 4627 + 3392 = 32390')
S.rel('share', C, [r[4], r[0], r[6]], '1957 investment rate 4627/32390 = 14.29% → 14.3')
a = ALT(ZHJ, 3, r[4], '4827', '1957 capital formation 4627 → 4827')
ra = yb('1957年', a)
S.rel('sum', I, [ra[1], ra[4], ra[5], ra[0]], 'altered 1957: 24371 + 4827 + 3392 = 32590, not 32390 (breaks {B})')
S.rel('share', I, [ra[4], ra[0], ra[6]], 'altered 1957: 4827/32390 = 14.90%, not 14.3 (breaks {B})')

# name, in each altered-copy relation, the relation on the original that the change breaks (same kind, same figure offsets)
for r in S.rels:
    if '{B}' not in r['why']: continue
    src = {f['doc'].split('_alt')[0] + '.txt' for f in r['figures'] if '_alt' in f['doc']}
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    key = [(d if d.endswith('.txt') else d, s0) for d, s0 in key]
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, fortieth held-out set (check-heldout40). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout40.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout40'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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



GX='gx_1990_hant.txt'; MZ='ms_1990.txt'; GZ='gz_2002.txt'; TJ='tj_2005h1_hant.txt'; ZY='zy_2005.txt'; QH='qh_2005_hant.txt'
KFQ='tj_kfq_2017h1.txt'; NV='nat_2010v_hant.txt'; NF='nat_2010f.txt'; LY='ly_kfq_2010.txt'; YY='yyx_2013.txt'; HN='hn_xy_2013.txt'
NC='nc_2017.txt'; SX='sx_2018h1.txt'; JX='jx_2018.txt'; CQ2='cq_2022.txt'; CQT='cq_2024t.txt'; CQ4='cq_2024.txt'
NT='nat_2024t.txt'; NR='nat_2024_hant.txt'

# ---- 广西 1990 bulletin (traditional, mixed glyph pairs)
S.rel('growth', U, [F(GX, '4.9%'), F(GX, '4.7%')], 'GDP +4.9% vs national income +4.7%: different aggregates, neither derivable from the other')
S.rel('growth', U, [F(GX, '11.9%'), F(GX, '92.56億元'), F(GX, '11.0%')], 'rural industry/transport/construction/commerce +11.9% vs township enterprises 92.56 +11.0%: overlapping groupings, not the same scope')

# ---- 明水县 1990 yearbook entry
S.rel('growth', U, [F(MZ, '22%', '增长'), F(MZ, '22.9%')], 'grain output +22% vs yield +22.9%: sown area not stated')
S.rel('growth', U, [F(MZ, '58.3%'), F(MZ, '138%')], 'farm total income +58.3% vs per-capita income +138%: different indicators, population base not stated')
S.rel('restatement', U, [F(MZ, '1097.9万元'), F(MZ, '1077.2万元')], 'industrial-commercial tax 1097.9 vs local fiscal revenue 1077.2: different indicators with close values')

# ---- 贵州 2003 report (results 1997–2002)
g0 = F(GZ, '793亿元'); g1 = F(GZ, '1180亿元'); gr = F(GZ, '8.7%')
r0 = F(GZ, '106亿元'); r1 = F(GZ, '203亿元'); rr = F(GZ, '13.9%'); l0 = F(GZ, '57.9亿元'); l1 = F(GZ, '114亿元'); lr = F(GZ, '14.5%')
e0 = F(GZ, '113.8亿元'); e1 = F(GZ, '314.7亿元'); er = F(GZ, '22.6%')
S.rel('growth', U, [g0, g1, gr], 'GDP 793 → 1180 at current prices is 8.3% a year; the stated 8.7% is a real (comparable-price) rate: not checkable from the levels')
S.rel('growth', C, [r0, r1, rr], '(203/106)^(1/5) = 1.1388 → 13.9% a year')
S.rel('growth', C, [l0, l1, lr], '(114/57.9)^(1/5) = 1.1451 → 14.5% a year')
S.rel('growth', C, [e0, e1, er], '(314.7/113.8)^(1/5) = 1.2256 → 22.6% a year')
a = ALT(GZ, 1, r1, '233亿元', 'fiscal revenue 2002 203 → 233')
S.rel('growth', I, [on(a, r0), on(a, r1, '233亿元'), on(a, rr)], 'altered: (233/106)^(1/5) = 1.1706 → 17.1%, not 13.9')
a = ALT(GZ, 2, er, '25.6%', 'expenditure average growth 22.6 → 25.6')
S.rel('growth', I, [on(a, e0), on(a, e1), on(a, er, '25.6%')], 'altered: (314.7/113.8)^(1/5) gives 22.6%, stated 25.6')

# ---- 天津 H1 2005 news (traditional, Chinese numerals)
S.rel('restatement', U, [F(TJ, '百分之十四點五'), F(TJ, '百分之十四', '在')], 'H1 growth 14.5% vs “eight quarters on a 14% platform”: a threshold over several quarters, not the same figure')
S.rel('rate', U, [F(TJ, '百分之十七'), F(TJ, '百分之十一', '增長', post=','), F(TJ, '百分之十四點五')], 'secondary +17%, tertiary +11% vs GDP +14.5%: sector levels and the primary rate are not stated')
S.rel('growth', U, [F(TJ, '九個百分點'), F(TJ, '百分之十七')], 'industry adds 9 points vs secondary +17%: industry weight in GDP not stated')

# ---- 遵义 2006 report (results 2001–2005)
S.rel('growth', U, [F(ZY, '11.6%'), F(ZY, '11.2%')], 'GDP 11.6% a year vs per-capita GDP 11.2% a year: population growth not stated')
S.rel('growth', U, [F(ZY, '11.6%'), F(ZY, '1.5个百分点')], '十五 average 11.6% is 1.5 points above 九五: the 九五 rate is not stated')

# ---- 青海 2006 report (traditional)
q0 = F(QH, '258億元'); q1 = F(QH, '543億元'); qr = F(QH, '12%')
f0 = F(QH, '26.1億元'); f1 = F(QH, '63.3億元'); fr = F(QH, '19.4%'); d0 = F(QH, '16.6億元'); d1 = F(QH, '33.7億元'); dr = F(QH, '15.2%')
S.rel('growth', U, [q0, q1, qr], 'GDP 258 → 543 is 16.0% a year at current prices; 12% is a real rate: not checkable from the levels')
S.rel('growth', C, [f0, f1, fr], '(63.3/26.1)^(1/5) = 1.1939 → 19.4% a year')
S.rel('growth', C, [d0, d1, dr], '(33.7/16.6)^(1/5) = 1.1521 → 15.2% a year')
a = ALT(QH, 1, f1, '68.3億元', 'budget revenue 2005 63.3 → 68.3')
S.rel('growth', I, [on(a, f0), on(a, f1, '68.3億元'), on(a, fr)], 'altered: (68.3/26.1)^(1/5) = 1.2122 → 21.2%, not 19.4')
a = ALT(QH, 2, dr, '13.2%', 'local budget revenue growth 15.2 → 13.2')
S.rel('growth', I, [on(a, d0), on(a, d1), on(a, dr, '13.2%')], 'altered: (33.7/16.6)^(1/5) gives 15.2%, stated 13.2')

# ---- 天津开发区 H1 2017
kg = F(KFQ, '1689.5亿元'); k3 = F(KFQ, '533.3亿元'); ks = F(KFQ, '31.6%')
S.rel('share', C, [k3, kg, ks], '533.3/1689.5 = 31.57% → 31.6')
S.rel('share', U, [ks, F(KFQ, '2.8%')], 'share up 2.8 (points): the year-earlier share is not stated')
a = ALT(KFQ, 1, ks, '34.6%', 'tertiary share 31.6 → 34.6')
S.rel('share', I, [on(a, k3), on(a, kg), on(a, ks, '34.6%')], 'altered: 533.3/1689.5 = 31.57%, stated 34.6')
a = ALT(KFQ, 2, k3, '563.3亿元', 'tertiary value added 533.3 → 563.3')
S.rel('share', I, [on(a, k3, '563.3亿元'), on(a, kg), on(a, ks)], 'altered: 563.3/1689.5 = 33.34% → 33.3, not 31.6')

# ---- national 2010: initial verification news (traditional) and final verification notice
vt = F(NV, '10.4%', n=0); vl = F(NV, '401202億元', n=0); vlr = F(NV, '10.4%', n=1); vb = F(NV, '401202億元', n=1); vbr = F(NV, '10.4%', n=2)
v1 = F(NV, '40534億元'); v2 = F(NV, '187581億元'); v3 = F(NV, '173087億元'); v1r = F(NV, '4.3%'); v2r = F(NV, '12.4%'); v3r = F(NV, '9.6%')
vs = [F(NV, '10.1%'), F(NV, '46.8%'), F(NV, '43.1%')]; vp = F(NV, '397983億元'); vd = F(NV, '3219億元', n=1)
S.rel('sum', C, [v1, v2, v3, vb], '40534 + 187581 + 173087 = 401202')
S.rel('sum', C, vs, 'structure 10.1 + 46.8 + 43.1 = 100')
S.rel('share', C, [v2, vb, vs[1]], '187581/401202 = 46.75% → 46.8')
S.rel('share', C, [v3, vb, vs[2]], '173087/401202 = 43.14% → 43.1')
S.rel('sum', C, [vp, vd, vb], 'preliminary 397983 + revision 3219 = 401202')
S.rel('restatement', C, [vl, vb], 'current-price GDP 401202 in the lead and in the body')
S.rel('restatement', C, [vt, vlr, vbr], 'growth 10.4% in the headline, the lead and the body')
S.rel('rate', C, [v1, v1r, v2, v2r, v3, v3r, vb, vbr], '38862.9 + 166887.0 + 157926.1 = 363676.0; 401202/363676.0 = 10.32% (range 10.27–10.37) → 10.4 within the allowance (see Unsure)')
a = ALT(NV, 1, v2, '189581億元', 'secondary value added 187581 → 189581')
S.rel('sum', I, [on(a, v1), on(a, v2, '189581億元'), on(a, v3), on(a, vb)], 'altered: parts add to 403202, not 401202')
S.rel('share', I, [on(a, v2, '189581億元'), on(a, vb), on(a, vs[1])], 'altered: 189581/401202 = 47.25% → 47.3, not 46.8')
a = ALT(NV, 2, vs[2], '42.1%', 'tertiary share 43.1 → 42.1')
S.rel('sum', I, [on(a, vs[0]), on(a, vs[1]), on(a, vs[2], '42.1%')], 'altered: 10.1 + 46.8 + 42.1 = 99.0')
S.rel('share', I, [on(a, v3), on(a, vb), on(a, vs[2], '42.1%')], 'altered: 173087/401202 = 43.14%, stated 42.1')
a = ALT(NV, 3, vt, '10.7%', 'headline growth 10.4 → 10.7')
S.rel('restatement', I, [on(a, vt, '10.7%'), on(a, vlr), on(a, vbr)], 'altered: headline 10.7% vs 10.4% in lead and body')

ft = F(NF, '401513亿元'); fd = F(NF, '311亿元'); ftr = F(NF, '10.4%')
fg = F(NF, '401513', 'GDP '); fgr = F(NF, '10.4', '401513 '); f1 = F(NF, '40534'); f2 = F(NF, '187383'); f3 = F(NF, '173596')
f1r = F(NF, '4.3', '40534 '); f2r = F(NF, '12.3'); f3r = F(NF, '9.8'); fs = [F(NF, '10.1', '4.3 '), F(NF, '46.7'), F(NF, '43.2')]
S.rel('sum', C, [f1, f2, f3, fg], '40534 + 187383 + 173596 = 401513')
S.rel('sum', C, fs, 'structure 10.1 + 46.7 + 43.2 = 100')
S.rel('share', C, [f2, fg, fs[1]], '187383/401513 = 46.67% → 46.7')
S.rel('share', C, [f3, fg, fs[2]], '173596/401513 = 43.24% → 43.2')
S.rel('restatement', C, [ft, fg], 'final GDP 401513 in the notice text and in the table')
S.rel('rate', C, [f1, f1r, f2, f2r, f3, f3r, fg, fgr], '38862.9 + 166859.3 + 158102.0 = 363824.2; 401513/363824.2 = 10.36% (range 10.31–10.41) → 10.4')
S.rel('sum', C, [vb, fd, ft], 'initial verification 401202 (news) + 311 = final 401513 (notice)')
S.rel('restatement', U, [v2, f2], 'secondary value added 187581 (initial verification) vs 187383 (final verification): different status')
S.rel('restatement', U, [v3r, f3r], 'tertiary growth 9.6 (initial verification) vs 9.8 (final): different status')
a = ALT(NF, 1, f2, '187883', 'table secondary value added 187383 → 187883')
S.rel('sum', I, [on(a, f1), on(a, f2, '187883'), on(a, f3), on(a, fg)], 'altered: parts add to 402013, not 401513')
S.rel('share', I, [on(a, f2, '187883'), on(a, fg), on(a, fs[1])], 'altered: 187883/401513 = 46.79% → 46.8, not 46.7')
a = ALT(NF, 2, fs[2], '45.2', 'table tertiary share 43.2 → 45.2')
S.rel('sum', I, [on(a, fs[0]), on(a, fs[1]), on(a, fs[2], '45.2')], 'altered: 10.1 + 46.7 + 45.2 = 102.0')
a = ALT(NF, 3, fd, '511亿元', 'revision over the initial verification 311 → 511')
S.rel('sum', I, [vb, on(a, fd, '511亿元'), on(a, ft)], 'altered: 401202 + 511 = 401713, not 401513')

# ---- 临沂经开区 2010
S.rel('growth', I, [F(LY, '420亿元'), F(LY, '5.2倍'), F(LY, '38%')], 'real inconsistency: 5.2-fold in five years is 5.2^(1/5) = 1.390 → 39.0% a year (38.8–39.3 for 5.15–5.25), stated 38 (see Unsure)')
S.rel('growth', I, [F(LY, '15亿元'), F(LY, '21倍'), F(LY, '86%')], 'real inconsistency: 21-fold in five years is 21^(1/5) = 1.838 → 83.8% a year (82.9–84.7), stated 86 (see Unsure)')
S.rel('share', U, [F(LY, '47.5%'), F(LY, '12个百分点')], 'high-tech share 47.5%, up 12 points on 2005: the 2005 share is not stated')

# ---- 岳阳县 2013 bulletin
yg = F(YY, '239.19亿元'); y1 = F(YY, '49.84亿元'); y2 = F(YY, '120.99亿元'); y3 = F(YY, '68.36亿元')
ys = [F(YY, '20.8'), F(YY, '50.6'), F(YY, '28.6')]
S.rel('sum', C, [y1, y2, y3, yg], '49.84 + 120.99 + 68.36 = 239.19')
S.rel('sum', C, ys, 'structure 20.8 + 50.6 + 28.6 = 100')
S.rel('share', C, [y2, yg, ys[1]], '120.99/239.19 = 50.58% → 50.6')
S.rel('share', C, [y3, yg, ys[2]], '68.36/239.19 = 28.58% → 28.6')
S.rel('sum', U, [F(YY, '43.23亿元'), F(YY, '0.84亿元'), F(YY, '17.67亿元'), F(YY, '18.76亿元'), F(YY, '81.63亿元')], 'farming + forestry + animal husbandry + fishery = 80.50 vs total 81.63: the list leaves out 农林牧渔服务业 (partial list)')
S.rel('growth', U, [ys[0], F(YY, '1.2%')], 'primary share down 1.2 (points): the 2012 share is not stated')
a = ALT(YY, 1, y2, '126.99亿元', 'secondary value added 120.99 → 126.99')
S.rel('sum', I, [on(a, y1), on(a, y2, '126.99亿元'), on(a, y3), on(a, yg)], 'altered: parts add to 245.19, not 239.19')
S.rel('share', I, [on(a, y2, '126.99亿元'), on(a, yg), on(a, ys[1])], 'altered: 126.99/239.19 = 53.09% → 53.1, not 50.6')
a = ALT(YY, 2, ys[2], '26.6', 'tertiary share 28.6 → 26.6')
S.rel('sum', I, [on(a, ys[0]), on(a, ys[1]), on(a, ys[2], '26.6')], 'altered: 20.8 + 50.6 + 26.6 = 98.0')
S.rel('share', I, [on(a, y3), on(a, yg), on(a, ys[2], '26.6')], 'altered: 68.36/239.19 = 28.58%, stated 26.6')

# ---- 湖南县域 2013 (research report)
hg = F(HN, '16055.89亿元'); hgs = F(HN, '65.53%'); h1 = F(HN, '2664.42亿元'); h1s = F(HN, '85.97%'); h2 = F(HN, '8087.03亿元'); h2s = F(HN, '70.22%')
h3 = F(HN, '5304.43亿元'); h3s = F(HN, '53.66%')
S.rel('sum', C, [h1, h2, h3, hg], '2664.42 + 8087.03 + 5304.43 = 16055.88 vs 16055.89: within the rounding of four two-decimal figures')
S.rel('share', C, [h1, h1s, h2, h2s, h3, h3s, hg, hgs], 'province totals implied by the county shares: 3099.24 + 11516.70 + 9885.26 = 24501.2 (range 24499.3–24503.2) vs 16055.89/65.53% = 24501.6 (24499.7–24503.5): consistent')
a = ALT(HN, 1, h2, '8687.03亿元', 'county secondary value added 8087.03 → 8687.03')
S.rel('sum', I, [on(a, h1), on(a, h2, '8687.03亿元'), on(a, h3), on(a, hg)], 'altered: parts add to 16655.88, not 16055.89')
S.rel('share', I, [on(a, h1), on(a, h1s), on(a, h2, '8687.03亿元'), on(a, h2s), on(a, h3), on(a, h3s), on(a, hg), on(a, hgs)], 'altered: implied province secondary 8687.03/70.22% = 12371.2, parts 25355.7 vs total 24501.6')
a = ALT(HN, 2, h3s, '58.66%', 'county share of province tertiary 53.66 → 58.66')
S.rel('share', I, [on(a, h1), on(a, h1s), on(a, h2), on(a, h2s), on(a, h3), on(a, h3s, '58.66%'), on(a, hg), on(a, hgs)], 'altered: implied province tertiary 5304.43/58.66% = 9042.7, parts 23658.6 vs total 24501.6')

# ---- 南昌 2018 report (results 2017) and 江西 2018 release
ncg = F(NC, '5003.2亿元'); jnc = F(JX, '5274.67', '南昌市 | ')
S.rel('growth', U, [ncg, F(NC, '9%左右'), jnc, F(JX, '8.9', '5274.67 | ')], '南昌 GDP 5003.2 (2017, estimate) → 5274.67 (2018) is +5.4% at current prices vs the real rate 8.9%: not checkable')
S.rel('restatement', U, [F(NC, '8.9%'), F(JX, '8.9', '5274.67 | ')], '南昌 export growth 8.9% (2017) vs 南昌 GDP growth 8.9 (2018): different indicators and years')

# ---- 山西 H1 2018 release
sg = F(SX, '7482.75亿元'); sgr = F(SX, '6.8%', n=0); s1 = F(SX, '329.66亿元'); s2 = F(SX, '3131.95亿元'); s3 = F(SX, '4021.14亿元')
s1r = F(SX, '3.1%'); s2r = F(SX, '5.7%'); s3r = F(SX, '8.1%'); ss3 = F(SX, '53.7%'); ss2 = F(SX, '41.9%'); sd = F(SX, '11.8个百分点')
sc3 = F(SX, '63.4%'); sc2 = F(SX, '34.1%'); scd = F(SX, '29.3个百分点'); spull = F(SX, '4.31个百分点')
S.rel('sum', C, [s1, s2, s3, sg], '329.66 + 3131.95 + 4021.14 = 7482.75')
S.rel('share', C, [s3, sg, ss3], '4021.14/7482.75 = 53.74% → 53.7')
S.rel('share', C, [s2, sg, ss2], '3131.95/7482.75 = 41.86% → 41.9')
S.rel('sum', C, [ss3, ss2, sd], '53.7 − 41.9 = 11.8 points')
S.rel('growth', C, [s3r, s1r, F(SX, '5', '产业'), s2r, F(SX, '2.4个百分点')], 'services 8.1 − primary 3.1 = 5 points; 8.1 − secondary 5.7 = 2.4 points')
S.rel('growth', C, [sgr, F(SX, '6.2%'), F(SX, '0.6个百分点')], 'H1 6.8 − Q1 6.2 = 0.6 points')
S.rel('rate', C, [s1, s1r, s2, s2r, s3, s3r, sg, sgr], '319.75 + 2963.06 + 3719.83 = 7002.64; 7482.75/7002.64 = 6.86% (range 6.81–6.91) → 6.8 within the allowance')
S.rel('target', CT, [sgr, F(SX, '0.3个百分点')], 'H1 growth 6.8% is 0.3 point above the annual target (implied 6.5%): a half-year rate cannot settle the annual target')
S.rel('share', C, [sc3, sgr, spull], 'services pull = contribution 63.4% × growth 6.8 = 4.31 points')
a = ALT(SX, 1, s2, '3181.95亿元', 'secondary value added 3131.95 → 3181.95')
S.rel('sum', I, [on(a, s1), on(a, s2, '3181.95亿元'), on(a, s3), on(a, sg)], 'altered: parts add to 7532.75, not 7482.75')
S.rel('share', I, [on(a, s2, '3181.95亿元'), on(a, sg), on(a, ss2)], 'altered: 3181.95/7482.75 = 42.52% → 42.5, not 41.9')
a = ALT(SX, 2, ss3, '55.7%', 'services share 53.7 → 55.7')
S.rel('share', I, [on(a, s3), on(a, sg), on(a, ss3, '55.7%')], 'altered: 4021.14/7482.75 = 53.74%, stated 55.7')
S.rel('sum', I, [on(a, ss3, '55.7%'), on(a, ss2), on(a, sd)], 'altered: 55.7 − 41.9 = 13.8, stated 11.8')
a = ALT(SX, 3, F(SX, '0.6个百分点'), '0.9个百分点', 'acceleration over Q1 0.6 → 0.9 points')
S.rel('growth', I, [on(a, sgr), on(a, F(SX, '6.2%')), on(a, F(SX, '0.6个百分点'), '0.9个百分点')], 'altered: 6.8 − 6.2 = 0.6, stated 0.9')
a = ALT(SX, 4, spull, '4.81个百分点', 'services pull 4.31 → 4.81 points')
S.rel('share', I, [on(a, sc3), on(a, sgr), on(a, spull, '4.81个百分点')], 'altered: 63.4% × 6.8 = 4.31, stated 4.81')

# ---- 江西 2018 release with city table
jg = F(JX, '21984.78亿元', n=0); jgb = F(JX, '21984.78亿元', n=1); jgt = F(JX, '21984.8'); jgr = F(JX, '8.7%', n=1)
j1 = F(JX, '1877.33亿元'); j2 = F(JX, '10250.21亿元'); j3 = F(JX, '9857.24亿元'); j1r = F(JX, '3.4%'); j2r = F(JX, '8.3%'); j3r = F(JX, '10.3%')
js = [F(JX, '8.6', '调整为'), F(JX, '46.6'), F(JX, '44.8')]; js0 = [F(JX, '9.2', '上年同期的'), F(JX, '48.1'), F(JX, '42.7')]
jc = [F(JX, '3.7%'), F(JX, '48.2%'), F(JX, '48.1%')]
S.rel('sum', C, [j1, j2, j3, jgb], '1877.33 + 10250.21 + 9857.24 = 21984.78')
S.rel('sum', C, js, '2018 structure 8.6 + 46.6 + 44.8 = 100')
S.rel('share', I, [j1, jgb, js[0]], 'real inconsistency: 1877.33/21984.78 = 8.54% → 8.5, stated 8.6 (apparently forced so the structure adds to 100; see Unsure)')
S.rel('share', C, [j2, jgb, js[1]], '10250.21/21984.78 = 46.62% → 46.6')
S.rel('share', C, [j3, jgb, js[2]], '9857.24/21984.78 = 44.84% → 44.8')
S.rel('sum', C, [js0[0], js[0], F(JX, '0.6', '回落')], 'primary share 9.2 → 8.6: down 0.6 points')
S.rel('sum', C, [js0[2], js[2], F(JX, '2.1个百分点', '提高')], 'tertiary share 42.7 → 44.8: up 2.1 points')
S.rel('sum', C, jc, 'contributions 3.7 + 48.2 + 48.1 = 100')
S.rel('restatement', C, [jg, jgb, jgt], '2018 GDP 21984.78 in the lead and the body, 21984.8 (rounded) in the table')
S.rel('rate', C, [j1, j1r, j2, j2r, j3, j3r, jgb, jgr], '1815.60 + 9464.64 + 8936.75 = 20216.99; 21984.78/20216.99 = 8.74% (range 8.69–8.79) → 8.7')
cities = [F(JX, x, '| ') for x in ['5274.67', '2807.24', '2700.19', '2212.78', '2180.85', '1742.23', '1382.4', '1027.34', '1009.05', '846.6', '818.98']]
S.rel('sum', U, cities + [jg], '11 cities add to 22002.33 vs province 21984.78: city GDPs are accounted separately and need not add to the province figure')
S.rel('growth', U, [F(JX, '20818.5'), jgt, F(JX, '8.7', '21984.8 | ')], '20818.5 → 21984.8 is +5.6% at current prices vs the real rate 8.7: not checkable')
S.rel('share', U, [F(JX, '20818.5'), F(JX, '4622.1'), F(JX, '45187')], '20818.5/4622.1 = 45041 vs per-capita 45187: per-capita GDP uses the average population, not the year-end figure')
S.rel('growth', U, [jgr, F(JX, '2.1个百分点', '高于全国')], '8.7 is 2.1 points above the national rate, which is not stated here')
a = ALT(JX, 1, j2, '10850.21亿元', 'secondary value added 10250.21 → 10850.21')
S.rel('sum', I, [on(a, j1), on(a, j2, '10850.21亿元'), on(a, j3), on(a, jgb)], 'altered: parts add to 22584.78, not 21984.78')
S.rel('share', I, [on(a, j2, '10850.21亿元'), on(a, jgb), on(a, js[1])], 'altered: 10850.21/21984.78 = 49.35% → 49.4, not 46.6')
a = ALT(JX, 2, js[2], '45.8', '2018 tertiary share 44.8 → 45.8')
S.rel('sum', I, [on(a, js[0]), on(a, js[1]), on(a, js[2], '45.8')], 'altered: 8.6 + 46.6 + 45.8 = 101.0')
S.rel('sum', I, [on(a, js0[2]), on(a, js[2], '45.8'), on(a, F(JX, '2.1个百分点', '提高'))], 'altered: 42.7 → 45.8 is up 3.1 points, stated 2.1')
a = ALT(JX, 3, jc[2], '41.1%', 'tertiary contribution 48.1 → 41.1')
S.rel('sum', I, [on(a, jc[0]), on(a, jc[1]), on(a, jc[2], '41.1%')], 'altered: 3.7 + 48.2 + 41.1 = 93.0')

# ---- 重庆 2022 news
cg = F(CQ2, '29129.03亿元'); ch = F(CQ2, '2.9万亿元'); chr_ = F(CQ2, '2.6%', n=0); cgr = F(CQ2, '2.6%', n=1)
c1 = F(CQ2, '2012.05亿元'); c2 = F(CQ2, '11693.86亿元'); c3 = F(CQ2, '15423.12亿元'); c1r = F(CQ2, '4%'); c2r = F(CQ2, '3.3%'); c3r = F(CQ2, '1.9%')
S.rel('sum', C, [c1, c2, c3, cg], '2012.05 + 11693.86 + 15423.12 = 29129.03')
S.rel('restatement', C, [ch, cg], 'headline 2.9万亿元 restates 29129.03 rounded')
S.rel('restatement', C, [chr_, cgr], 'growth 2.6% in the headline and the body')
S.rel('rate', C, [c1, c1r, c2, c2r, c3, c3r, cg, cgr], '1934.66 + 11320.29 + 15135.54 = 28390.49; 29129.03/28390.49 = 2.60% (range 2.55–2.65) → 2.6')
a = ALT(CQ2, 1, c2, '11893.86亿元', 'secondary value added 11693.86 → 11893.86')
S.rel('sum', I, [on(a, c1), on(a, c2, '11893.86亿元'), on(a, c3), on(a, cg)], 'altered: parts add to 29329.03, not 29129.03')
a = ALT(CQ2, 2, ch, '2.7万亿元', 'headline GDP 2.9 → 2.7 trillion')
S.rel('restatement', I, [on(a, ch, '2.7万亿元'), on(a, cg)], 'altered: headline 2.7万亿元 vs 29129.03 in the body')
a = ALT(CQ2, 3, c3r, '4.9%', 'tertiary growth 1.9 → 4.9')
S.rel('rate', I, [on(a, c1), on(a, c1r), on(a, c2), on(a, c2r), on(a, c3), on(a, c3r, '4.9%'), on(a, cg), on(a, cgr)], 'altered: with 4.9% the weighted rate is about 4.2%, not 2.6')

# ---- 重庆 2024: target (report graphic) and result (bureau interpretation); national 2024 target news and result news
ct = F(CQT, '6%左右'); cr = F(CQ4, '5.7%'); nev = F(CQT, '50万辆'); nev4 = F(CQ4, '95.32万辆'); nevr = F(CQ4, '90.5%')
nt = F(NT, '5%左右', n=0); nt2 = F(NT, '5%左右', n=1); nr = F(NR, '5%')
S.rel('target', M, [ct, cr], '2024 target “6%左右” vs result 5.7%: within ±0.5 point → met')
S.rel('growth', C, [nev, nev4, nevr], 'NEV output 2023 “50万辆” (report) and 2024 95.32万辆 +90.5%: 95.32/1.905 = 50.04 → 50')
S.rel('restatement', U, [F(CQT, '3万亿元'), cg], '2023 GDP “迈上3万亿元” vs 2022 GDP 29129.03: different years')
S.rel('growth', U, [cg, F(CQ4, '32193.15亿元'), cr], '29129.03 (2022) → 32193.15 (2024): a two-year change at current prices vs the 2024 real rate 5.7')
S.rel('target', U, [ct, nr], '重庆 2024 target 6% vs national 2024 result 5%: different places')
S.rel('target', U, [nt, cr], 'national 2024 target 5% vs 重庆 2024 result 5.7%: different places')
S.rel('target', U, [ct, cgr], '重庆 2024 target 6% vs 重庆 2022 result 2.6%: target of one year, result of another')
S.rel('target', M, [nt, nr], 'national 2024 target “5%左右” vs result 5%: met')
S.rel('target', U, [nt, vbr], 'national 2024 target 5% vs 2010 growth 10.4%: different years')
a = ALT(CQ4, 1, cr, '4.7%', '重庆 2024 growth 5.7 → 4.7')
S.rel('target', MS, [ct, on(a, cr, '4.7%')], 'altered: 4.7% is more than 0.5 point below “6%左右”: missed')
a = ALT(CQ4, 2, nevr, '60.5%', 'NEV output growth 90.5 → 60.5')
S.rel('growth', I, [nev, on(a, nev4), on(a, nevr, '60.5%')], 'altered: 95.32/1.605 = 59.4万辆 for 2023, not the reported 50万辆')
a = ALT(CQT, 1, ct, '7%左右', '重庆 2024 growth target 6 → 7')
S.rel('target', MS, [on(a, ct, '7%左右'), cr], 'altered: result 5.7% is more than 0.5 point below “7%左右”: missed')
a = ALT(NR, 1, nr, '4%', 'national 2024 growth 5 → 4')
S.rel('target', MS, [nt, on(a, nr, '4%')], 'altered: 4% is a full point below “5%左右”: missed')
S.write()

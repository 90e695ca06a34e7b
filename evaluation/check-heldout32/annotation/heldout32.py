"""Check key, thirty-second held-out set (check-heldout32). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout32.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout32'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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



NJ='nj_1998_hant.txt'; HBT='hb_2010t_hant.txt'; N7T='nat_2007t.txt'; N7H='nat_2007h1_hant.txt'; N8='nat_2008r_hant.txt'
HB6='hb_2006.txt'; HUB='hub_2010.txt'; HB2='hb_2002.txt'; LP='lp_2018.txt'; CS='cs_2019.txt'; XJ='xj_2016h1_hant.txt'
NC='nc_gxq_2022_hant.txt'; GD='gd_2004_hant.txt'; FJ='fj_yb2005.txt'

# ---- 南京 1998 bulletin (traditional)
jg = F(NJ, '825.61億元'); j1 = F(NJ, '49.61億元'); j2 = F(NJ, '409.39億元'); j3 = F(NJ, '366.61億元')
js = [F(NJ, '6.0', '調整為'), F(NJ, '49.6', '6.0:'), F(NJ, '44.4', '49.6:')]; js0 = [F(NJ, '6.4', '上年的'), F(NJ, '50.8'), F(NJ, '42.8')]
jr = [F(NJ, '12%'), F(NJ, '4.6%', '比上年增長'), F(NJ, '11.8%'), F(NJ, '13.5%')]
S.rel('sum', C, [j1, j2, j3, jg], '1998 GDP 49.61 + 409.39 + 366.61 = 825.61')
S.rel('sum', C, js, '1998 structure 6.0 + 49.6 + 44.4 = 100')
S.rel('sum', C, js0, '1997 structure 6.4 + 50.8 + 42.8 = 100')
S.rel('share', C, [j2, jg, js[1]], '409.39/825.61 = 49.59% → 49.6')
S.rel('share', C, [j3, jg, js[2]], '366.61/825.61 = 44.40% → 44.4')
S.rel('rate', C, [j1, jr[1], j2, jr[2], j3, jr[3], jg, jr[0]], 'sector levels deflated by their rates: 47.43 + 366.18 + 323.00 = 736.61; 825.61/736.61 = 12.08% (range 12.03–12.13) → 12')
S.rel('growth', U, [jr[0], F(NJ, '4.2個百分點')], '12% is 4.2 points above the national rate, which is not stated here')
S.rel('growth', U, [F(NJ, '8.33%'), F(NJ, '8.28%')], 'autumn-grain yield +8.33% vs output +8.28%: sown area not stated')
a = ALT(NJ, 1, j2, '403.39億元', 'secondary value added 409.39 → 403.39')
S.rel('sum', I, [on(a, j1), on(a, j2, '403.39億元'), on(a, j3), on(a, jg)], 'altered: 49.61 + 403.39 + 366.61 = 819.61, not 825.61')
S.rel('share', I, [on(a, j2, '403.39億元'), on(a, jg), on(a, js[1])], 'altered: 403.39/825.61 = 48.86% → 48.9, not 49.6')
a = ALT(NJ, 2, js[2], '45.4', '1998 tertiary share 44.4 → 45.4')
S.rel('sum', I, [on(a, js[0]), on(a, js[1]), on(a, js[2], '45.4')], 'altered: 6.0 + 49.6 + 45.4 = 101.0')
a = ALT(NJ, 3, jg, '828.61億元', 'GDP 825.61 → 828.61')
S.rel('sum', I, [on(a, j1), on(a, j2), on(a, j3), on(a, jg, '828.61億元')], 'altered: parts add to 825.61, total stated 828.61')

# ---- 河北 2010 NPC news (traditional, Chinese numerals)
ht = F(HBT, '百分之九以上'); hr = F(HBT, '百分之十'); hi = F(HBT, '百分之三十八左右'); he = F(HBT, '百分之三十八', '、', post='和')
S.rel('target', U, [ht, hr], '2010 target “九以上” vs 2009 estimate “十”: target of one year, result of another')
S.rel('restatement', U, [hi, he], 'total investment growth 38% vs equipment-manufacturing investment growth 38%: different indicators')
S.rel('growth', U, [F(HBT, '百分之五十五'), he, F(HBT, '百分之四十五'), hi], 'sub-category growth rates 55/38/45 vs total 38: the parts’ weights are not stated and the list is partial')

# ---- national 2007: NPC news (target), H1 release (traditional), 2008 report (traditional)
nt = F(N7T, '百分之八左右'); hg = F(N7H, '106768億元'); hgr = F(N7H, '11.5%'); h1 = F(N7H, '9470億元'); h2 = F(N7H, '55454億元'); h3 = F(N7H, '41844億元')
h1r = F(N7H, '4.0%'); h2r = F(N7H, '13.6%'); h3r = F(N7H, '10.6%')
S.rel('target', CT, [nt, hgr], '2007 GDP target “8%左右” vs first-half growth 11.5%: a half-year rate cannot settle the annual target')
S.rel('sum', C, [h1, h2, h3, hg], 'H1 2007 GDP 9470 + 55454 + 41844 = 106768')
S.rel('rate', C, [h1, h1r, h2, h2r, h3, h3r, hg, hgr], '9105.8 + 48815.1 + 37833.6 = 95754.5; 106768/95754.5 = 11.50% (range 11.45–11.55) → 11.5')
n8g = F(N8, '65.5%'); n8a = F(N8, '10.6%')
S.rel('growth', C, [n8g, n8a], '2002→2007 +65.5%: 1.655^(1/5) = 1.1060 → 10.6% a year')
S.rel('target', CT, [nt, n8a], '2007 target 8% vs the 2003–2007 average 10.6%: the 2007 annual rate is not stated in the report excerpt')
S.rel('restatement', U, [h3r, n8a], 'H1 2007 tertiary growth 10.6% vs 2003–2007 average GDP growth 10.6%: different indicators and periods')
a = ALT(N7H, 1, h2, '55854億元', 'H1 secondary value added 55454 → 55854')
S.rel('sum', I, [on(a, h1), on(a, h2, '55854億元'), on(a, h3), on(a, hg)], 'altered: 9470 + 55854 + 41844 = 107168, not 106768')
a = ALT(N7H, 2, h2r, '15.6%', 'H1 secondary growth 13.6 → 15.6')
S.rel('rate', I, [on(a, h1), on(a, h1r), on(a, h2), on(a, h2r, '15.6%'), on(a, h3), on(a, h3r), on(a, hg), on(a, hgr)], 'altered: with 15.6% the weighted rate is 12.5%, not 11.5')
a = ALT(N8, 1, n8g, '85.5%', 'five-year GDP increase 65.5 → 85.5')
S.rel('growth', I, [on(a, n8g, '85.5%'), on(a, n8a)], 'altered: 1.855^(1/5) = 1.1315 → 13.2% a year, not 10.6')

# ---- 河北 2006 bulletin
bg = F(HB6, '11613.7亿元'); b1 = F(HB6, '1605.4亿元'); b2 = F(HB6, '6071.3亿元'); b3 = F(HB6, '3937亿元')
bs = [F(HB6, '13.8', '调整为'), F(HB6, '52.3'), F(HB6, '33.9')]; bs0 = [F(HB6, '14.9'), F(HB6, '51.8'), F(HB6, '33.3')]
bgr = F(HB6, '13.2%'); b1r = F(HB6, '5.0%', '增长'); b2r = F(HB6, '15.0%'); b3r = F(HB6, '13.9%')
S.rel('sum', C, [b1, b2, b3, bg], '1605.4 + 6071.3 + 3937 = 11613.7')
S.rel('sum', C, bs, '2006 structure 13.8 + 52.3 + 33.9 = 100')
S.rel('sum', C, bs0, '2005 structure 14.9 + 51.8 + 33.3 = 100')
S.rel('share', C, [b2, bg, bs[1]], '6071.3/11613.7 = 52.28% → 52.3')
S.rel('share', C, [b3, bg, bs[2]], '3937/11613.7 = 33.90% → 33.9')
S.rel('rate', C, [b1, b1r, b2, b2r, b3, b3r, bg, bgr], '1528.95 + 5279.39 + 3456.54 = 10264.88; 11613.7/10264.88 = 13.14% (range 13.09–13.19) → 13.2 within the allowance (see Unsure)')
S.rel('growth', U, [F(HB6, '12.4%'), bgr], 'per-capita GDP +12.4% vs GDP +13.2%: population growth not stated')
a = ALT(HB6, 1, b2, '6011.3亿元', 'secondary value added 6071.3 → 6011.3')
S.rel('sum', I, [on(a, b1), on(a, b2, '6011.3亿元'), on(a, b3), on(a, bg)], 'altered: 1605.4 + 6011.3 + 3937 = 11553.7, not 11613.7')
S.rel('share', I, [on(a, b2, '6011.3亿元'), on(a, bg), on(a, bs[1])], 'altered: 6011.3/11613.7 = 51.76% → 51.8, not 52.3')
a = ALT(HB6, 2, bs[2], '35.9', '2006 tertiary share 33.9 → 35.9')
S.rel('sum', I, [on(a, bs[0]), on(a, bs[1]), on(a, bs[2], '35.9')], 'altered: 13.8 + 52.3 + 35.9 = 102.0')
S.rel('share', I, [on(a, b3), on(a, bg), on(a, bs[2], '35.9')], 'altered: 3937/11613.7 = 33.90%, stated 35.9')
a = ALT(HB6, 3, bs0[1], '52.8', '2005 secondary share 51.8 → 52.8')
S.rel('sum', I, [on(a, bs0[0]), on(a, bs0[1], '52.8'), on(a, bs0[2])], 'altered: 14.9 + 52.8 + 33.3 = 101.0')

# ---- 湖北 2011 report (results 2005–2010)
u05 = F(HUB, '6520亿元'); u10 = F(HUB, '15806亿元'); ux = F(HUB, '1.42倍'); f0 = F(HUB, '728亿元'); f1 = F(HUB, '1919亿元'); fr = F(HUB, '21.4%')
S.rel('growth', C, [u05, u10, ux], '15806/6520 = 2.424 → up 1.42-fold (nominal)')
S.rel('growth', C, [f0, f1, fr], '(1919/728)^(1/5) = 1.2139 → 21.4% a year')
S.rel('growth', U, [F(HUB, '1000亿元'), F(HUB, '21.9%')], 'local budget revenue “突破1000亿元”, 21.9% a year: 2005 level not stated')
a = ALT(HUB, 1, f1, '1619亿元', '2010 fiscal revenue 1919 → 1619')
S.rel('growth', I, [on(a, f0), on(a, f1, '1619亿元'), on(a, fr)], 'altered: (1619/728)^(1/5) = 1.1733 → 17.3%, not 21.4')
a = ALT(HUB, 2, ux, '1.72倍', 'five-year GDP increase 1.42 → 1.72-fold')
S.rel('growth', I, [on(a, u05), on(a, u10), on(a, ux, '1.72倍')], 'altered: 15806/6520 = 2.42, i.e. up 1.42-fold, not 1.72')

# ---- 河北 2003 report (results 1997–2002)
k0 = [F(HB2, '19.3'), F(HB2, '48.9'), F(HB2, '31.8')]; k1 = [F(HB2, '15.6'), F(HB2, '49.9'), F(HB2, '34.5')]
S.rel('sum', C, k0, '1997 structure 19.3 + 48.9 + 31.8 = 100')
S.rel('sum', C, k1, '2002 structure 15.6 + 49.9 + 34.5 = 100')
S.rel('growth', U, [F(HB2, '6076亿元'), F(HB2, '9.5%')], 'GDP 6076 with a five-year average of 9.5%: the 1997 level is not stated')
S.rel('restatement', U, [F(HB2, '10.4%'), F(GD, '10.4%')], '河北 high-tech share 10.4% vs 广东 2004 tertiary growth 10.4%: different places and indicators')
a = ALT(HB2, 1, k1[2], '36.5', '2002 tertiary share 34.5 → 36.5')
S.rel('sum', I, [k1[0] and on(a, k1[0]), on(a, k1[1]), on(a, k1[2], '36.5')], 'altered: 15.6 + 49.9 + 36.5 = 102.0')
a = ALT(HB2, 2, k0[2], '32.8', '1997 tertiary share 31.8 → 32.8')
S.rel('sum', I, [on(a, k0[0]), on(a, k0[1]), on(a, k0[2], '32.8')], 'altered: 19.3 + 48.9 + 32.8 = 101.0')

# ---- 黎平县 2018 bulletin (county)
lg = F(LP, '927886万元'); l1 = F(LP, '208573万元'); l2 = F(LP, '157841万元'); l3 = F(LP, '561472万元')
ls = [F(LP, '22.5%'), F(LP, '17.0%'), F(LP, '60.5%')]; lc = [F(LP, '12.0%'), F(LP, '19.0%'), F(LP, '69.0%')]
lgr = F(LP, '11.6%'); l1r = F(LP, '6.6%'); l2r = F(LP, '10.3%'); l3r = F(LP, '13.9%'); lm = F(LP, '453847万元'); lms = F(LP, '48.9%')
S.rel('sum', C, [l1, l2, l3, lg], '208573 + 157841 + 561472 = 927886')
S.rel('share', C, [l2, lg, ls[1]], '157841/927886 = 17.01% → 17.0')
S.rel('share', C, [l3, lg, ls[2]], '561472/927886 = 60.51% → 60.5')
S.rel('sum', C, ls, 'shares 22.5 + 17.0 + 60.5 = 100')
S.rel('sum', C, lc, 'contribution rates 12.0 + 19.0 + 69.0 = 100')
S.rel('share', C, [lm, lg, lms], 'private economy 453847/927886 = 48.91% → 48.9')
S.rel('rate', C, [l1, l1r, l2, l2r, l3, l3r, lg, lgr], '195659 + 143101 + 492952 = 831712; 927886/831712 = 11.56% (range 11.51–11.61) → 11.6')
S.rel('growth', U, [F(LP, '23556元'), F(LP, '2279元')], 'per-capita GDP 23556, up 2279 yuan: nothing else to check against')
a = ALT(LP, 1, l2, '151841万元', 'secondary value added 157841 → 151841')
S.rel('sum', I, [on(a, l1), on(a, l2, '151841万元'), on(a, l3), on(a, lg)], 'altered: parts add to 921886, not 927886')
S.rel('share', I, [on(a, l2, '151841万元'), on(a, lg), on(a, ls[1])], 'altered: 151841/927886 = 16.36% → 16.4, not 17.0')
a = ALT(LP, 2, ls[2], '61.5%', 'tertiary share 60.5 → 61.5')
S.rel('sum', I, [on(a, ls[0]), on(a, ls[1]), on(a, ls[2], '61.5%')], 'altered: 22.5 + 17.0 + 61.5 = 101.0')
S.rel('share', I, [on(a, l3), on(a, lg), on(a, ls[2], '61.5%')], 'altered: 561472/927886 = 60.51%, stated 61.5')
a = ALT(LP, 3, lms, '46.9%', 'private-economy share 48.9 → 46.9')
S.rel('share', I, [on(a, lm), on(a, lg), on(a, lms, '46.9%')], 'altered: 453847/927886 = 48.91%, stated 46.9')
a = ALT(LP, 4, l3r, '16.9%', 'tertiary growth 13.9 → 16.9')
S.rel('rate', I, [on(a, l1), on(a, l1r), on(a, l2), on(a, l2r), on(a, l3), on(a, l3r, '16.9%'), on(a, lg), on(a, lgr)], 'altered: with 16.9% the weighted rate is 13.3%, not 11.6')

# ---- 长顺县 2019 bulletin (county)
cg = F(CS, '797156万元'); c1 = F(CS, '155864万元'); c2 = F(CS, '275605万元'); c3 = F(CS, '365687万元')
cst = [F(CS, '19.5', '结构'), F(CS, '34.6'), F(CS, '45.9')]; ci = F(CS, '203465万元'); cb = F(CS, '72140万元')
cp = F(CS, '273393人'); cm = F(CS, '144994人'); cf = F(CS, '128399人'); cu = F(CS, '93284人'); cr = F(CS, '180109人')
S.rel('sum', C, [c1, c2, c3, cg], '155864 + 275605 + 365687 = 797156')
S.rel('sum', C, cst, 'structure 19.5 + 34.6 + 45.9 = 100')
S.rel('share', C, [c2, cg, cst[1]], '275605/797156 = 34.57% → 34.6')
S.rel('share', C, [c3, cg, cst[2]], '365687/797156 = 45.87% → 45.9')
S.rel('sum', C, [ci, cb, c2], 'industry 203465 + construction 72140 = secondary 275605')
S.rel('sum', U, [F(CS, '38152万元'), F(CS, '28836万元'), F(CS, '30197万元'), F(CS, '33649万元'), F(CS, '19132万元'), F(CS, '189846万元'), c3], 'listed service industries add to 339812, not 365687: the list need not be the full tertiary split (see Unsure)')
S.rel('share', U, [F(CS, '171598万元'), c1], '农林牧渔业 171598 (incl. services) vs primary 155864: different scopes, no share stated')
S.rel('sum', C, [cm, cf, cp], 'male 144994 + female 128399 = 273393')
S.rel('sum', C, [cu, cr, cp], 'urban 93284 + rural 180109 = 273393')
S.rel('share', C, [cm, cp, F(CS, '53%')], '144994/273393 = 53.03% → 53')
S.rel('share', C, [cr, cp, F(CS, '65.9%')], '180109/273393 = 65.88% → 65.9')
S.rel('rate', C, [cm, cf, F(CS, '112.9')], 'sex ratio 144994/128399 × 100 = 112.92 → 112.9')
S.rel('growth', U, [F(CS, '11.0%'), F(CS, '11.3%')], 'per-capita GDP +11.0% vs GDP +11.3%: resident population change not stated (the 1547 is 户籍)')
a = ALT(CS, 1, cb, '72740万元', 'construction 72140 → 72740')
S.rel('sum', I, [on(a, ci), on(a, cb, '72740万元'), on(a, c2)], 'altered: 203465 + 72740 = 276205, not 275605')
a = ALT(CS, 2, cr, '186109人', 'rural population 180109 → 186109')
S.rel('sum', I, [on(a, cu), on(a, cr, '186109人'), on(a, cp)], 'altered: 93284 + 186109 = 279393, not 273393')
S.rel('share', I, [on(a, cr, '186109人'), on(a, cp), on(a, F(CS, '65.9%'))], 'altered: 186109/273393 = 68.07%, stated 65.9')
a = ALT(CS, 3, F(CS, '112.9'), '117.9', 'sex ratio 112.9 → 117.9')
S.rel('rate', I, [on(a, cm), on(a, cf), on(a, F(CS, '112.9'), '117.9')], 'altered: 144994/128399 = 112.9, stated 117.9')
a = ALT(CS, 4, c2, '275005万元', 'secondary value added 275605 → 275005')
S.rel('sum', I, [on(a, c1), on(a, c2, '275005万元'), on(a, c3), on(a, cg)], 'altered: parts add to 796556, not 797156')

# ---- 新疆 H1 2016 (traditional)
S.rel('growth', U, [F(XJ, '8.0%'), F(XJ, '1.1個百分點')], 'H1 8.0% is 1.1 points above Q1; the Q1 rate (6.9) is not stated')
S.rel('rate', U, [F(XJ, '5.6%'), F(XJ, '7.3%'), F(XJ, '8.9%'), F(XJ, '8.0%')], 'sector rates 5.6/7.3/8.9 vs GDP 8.0: sector levels not stated')

# ---- 南昌高新区 2022 (zone, traditional)
zg0 = F(NC, '1010.24億元', n=0); zg1 = F(NC, '1010.24億元', n=1); zr0 = F(NC, '4.9%', n=0); zr1 = F(NC, '4.9%', n=1)
z1 = F(NC, '4.1億元'); z2 = F(NC, '764.22億元'); z3 = F(NC, '242.12億元'); zs = [F(NC, '0.4'), F(NC, '75.6'), F(NC, '24.0')]
zp2 = F(NC, '3.1個百分點'); zp3 = F(NC, '1.8個百分點'); zc2 = F(NC, '63.7%'); zc3 = F(NC, '36.2%'); z3r = F(NC, '7.1%'); zd = F(NC, '2.2個百分點')
S.rel('restatement', C, [zg0, zg1], '2022 GDP 1010.24 in the lead and in the body')
S.rel('restatement', C, [zr0, zr1], 'growth 4.9% in the lead and in the body')
S.rel('sum', I, [z1, z2, z3, zg1], '4.1 + 764.22 + 242.12 = 1010.44, not 1010.24 (primary would be 3.90): real discrepancy in the stored page')
S.rel('sum', C, zs, 'structure 0.4 + 75.6 + 24.0 = 100')
S.rel('share', C, [z2, zg1, zs[1]], '764.22/1010.24 = 75.65% (75.647) → 75.6')
S.rel('share', C, [z3, zg1, zs[2]], '242.12/1010.24 = 23.97% → 24.0')
S.rel('sum', C, [zp2, zp3, zr1], 'pull 3.1 + 1.8 = 4.9 points (primary’s pull ≈ 0.01)')
S.rel('sum', C, [zr1, zd, z3r], 'tertiary 7.1% = GDP 4.9% + 2.2 points')
S.rel('rate', C, [zc2, zr1, zp2], 'contribution 63.7% × 4.9 = 3.12 → 3.1 points')
S.rel('rate', C, [zc3, zr1, zp3], 'contribution 36.2% × 4.9 = 1.77 → 1.8 points')
S.rel('sum', U, [zc2, zc3], '63.7 + 36.2 = 99.9: the primary contribution is not stated, so the pair is not a full split')
S.rel('share', U, [zg1, F(NC, '14%')], 'share of the city 14%: the 南昌 total is not stated')
S.rel('growth', U, [zr1, F(NC, '0.2個')], '4.9% is 0.2 points above the provincial average, which is not stated')
a = ALT(NC, 1, z2, '754.22億元', 'secondary value added 764.22 → 754.22')
S.rel('share', I, [on(a, z2, '754.22億元'), on(a, zg1), on(a, zs[1])], 'altered: 754.22/1010.24 = 74.66% → 74.7, not 75.6')
a = ALT(NC, 2, zs[2], '26.0', 'tertiary share 24.0 → 26.0')
S.rel('sum', I, [on(a, zs[0]), on(a, zs[1]), on(a, zs[2], '26.0')], 'altered: 0.4 + 75.6 + 26.0 = 102.0')
S.rel('share', I, [on(a, z3), on(a, zg1), on(a, zs[2], '26.0')], 'altered: 242.12/1010.24 = 23.97%, stated 26.0')
a = ALT(NC, 3, zp2, '3.7個百分點', 'secondary pull 3.1 → 3.7 points')
S.rel('sum', I, [on(a, zp2, '3.7個百分點'), on(a, zp3), on(a, zr1)], 'altered: 3.7 + 1.8 = 5.5, not 4.9')
S.rel('rate', I, [on(a, zc2), on(a, zr1), on(a, zp2, '3.7個百分點')], 'altered: 63.7% × 4.9 = 3.1, stated 3.7')
a = ALT(NC, 4, zr1, '4.6%', 'second statement of GDP growth 4.9 → 4.6')
S.rel('restatement', I, [on(a, zr0), on(a, zr1, '4.6%')], 'altered: growth 4.9% in the lead, 4.6% in the body')

# ---- 广东 2004 bulletin (traditional)
gg = F(GD, '16039.46億元'); g1 = F(GD, '1245.42億元'); g2 = F(GD, '8890.29億元'); g3 = F(GD, '5903.75億元')
ggr = F(GD, '14.2%'); g1r = F(GD, '4.2%', '增長'); g2r = F(GD, '18.4%'); g3r = F(GD, '10.4%')
S.rel('sum', C, [g1, g2, g3, gg], '1245.42 + 8890.29 + 5903.75 = 16039.46')
S.rel('rate', C, [g1, g1r, g2, g2r, g3, g3r, gg, ggr], '1195.22 + 7508.69 + 5347.60 = 14051.51; 16039.46/14051.51 = 14.15% (range 14.10–14.20) → 14.2 within the allowance')
S.rel('restatement', U, [F(GD, '10.7%', '購進價格上漲'), F(GD, '10.7%', '生產(chǎn)價格上漲')], 'purchase prices +10.7% vs farm-product prices +10.7%: different indicators')
S.rel('growth', U, [F(GD, '3.0%'), F(GD, '2.6%'), F(GD, '3.7%')], 'CPI 3.0 between urban 2.6 and rural 3.7: weights not stated')
a = ALT(GD, 1, g2, '8390.29億元', 'secondary value added 8890.29 → 8390.29')
S.rel('sum', I, [on(a, g1), on(a, g2, '8390.29億元'), on(a, g3), on(a, gg)], 'altered: parts add to 15539.46, not 16039.46')
a = ALT(GD, 2, gg, '16039.16億元', 'GDP 16039.46 → 16039.16')
S.rel('sum', I, [on(a, g1), on(a, g2), on(a, g3), on(a, gg, '16039.16億元')], 'altered: parts add to 16039.46, total stated 16039.16')

# ---- 福建 yearbook 2006, table 1-2 (GDP by sector, 1952–2005)
G, A1, A2, A3 = [Cells(FJ, i)[-12:] for i in (3, 4, 5, 6)]
yrs = [1952, 1978, 1990, 1995, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005]
for i in (2, 10, 11):
    S.rel('sum', C, [A1[i], A2[i], A3[i], G[i]], f'{yrs[i]}: {A1[i][1]} + {A2[i][1]} + {A3[i][1]} = {G[i][1]}')
S.rel('growth', U, [G[10], G[11]], '5763.35 → 6568.93 (nominal +14.0%): no growth rate stated; nominal change is not the real rate')
a = ALT(FJ, 1, A3[11], '2531.59', '2005 tertiary 2537.59 → 2531.59')
S.rel('sum', I, [on(a, A1[11]), on(a, A2[11]), on(a, A3[11], '2531.59'), on(a, G[11])], 'altered 2005: parts add to 6562.93, not 6568.93')
a = ALT(FJ, 2, G[2], '527.28', '1990 GDP 522.28 → 527.28')
S.rel('sum', I, [on(a, A1[2]), on(a, A2[2]), on(a, A3[2]), on(a, G[2], '527.28')], 'altered 1990: parts add to 522.28, total stated 527.28')

# ---- national 2015: target interview news (traditional) and results news
pt = F('nat_2015t_hant.txt', '7%左右'); pc = F('nat_2015t_hant.txt', '3%左右'); pj = F('nat_2015t_hant.txt', '1000萬人以上')
R5 = 'nat_2015r.txt'; qg = F(R5, '676708亿元'); qgr = F(R5, '6.9%', '比上年增长'); q1 = F(R5, '60863亿元'); q2 = F(R5, '274278亿元'); q3 = F(R5, '341567亿元')
q1r = F(R5, '3.9%'); q2r = F(R5, '6.0%'); q3r = F(R5, '8.3%'); qs = F(R5, '50.5%'); qd = F(R5, '10.0个百分点')
S.rel('target', M, [pt, qgr], '2015 GDP target “7%左右”, result 6.9%: within the “左右” band (convention: ±0.5 point), met')
S.rel('target', CT, [pc, F(R5, '1.6%')], 'CPI target 3% vs a quarter-on-quarter GDP rate 1.6%: the CPI result is not stated in the results news')
S.rel('target', U, [pj, qg], 'employment target vs GDP level: different indicators')
S.rel('restatement', C, [F(R5, '6.9%', n=0), qgr], '2015 growth 6.9% in the lead and in the body')
S.rel('sum', C, [q1, q2, q3, qg], '60863 + 274278 + 341567 = 676708')
S.rel('rate', C, [q1, q1r, q2, q2r, q3, q3r, qg, qgr], '58578.4 + 258752.8 + 315389.7 = 632720.9; 676708/632720.9 = 6.95% (range 6.90–7.00) → 6.9')
S.rel('share', C, [q3, qg, qs], '341567/676708 = 50.47% → 50.5')
S.rel('share', C, [q2, qg, qs, qd], 'secondary 274278/676708 = 40.53%; 50.5 − 40.5 = 10.0 points')
S.rel('growth', U, [F(R5, '7%', '均达到'), F(R5, '6.9%', '至'), F(R5, '6.8%'), qgr], 'quarterly rates 7/7/6.9/6.8 vs annual 6.9: quarterly levels not stated')
S.rel('growth', U, [qs, F(R5, '2.4个百分点')], 'tertiary share up 2.4 points: the 2014 share is not stated')
a = ALT(R5, 1, q3, '345567亿元', 'tertiary value added 341567 → 345567')
S.rel('sum', I, [on(a, q1), on(a, q2), on(a, q3, '345567亿元'), on(a, qg)], 'altered: parts add to 680708, not 676708')
S.rel('share', I, [on(a, q3, '345567亿元'), on(a, qg), on(a, qs)], 'altered: 345567/676708 = 51.07% → 51.1, not 50.5')
a = ALT(R5, 2, qgr, '6.2%', 'annual growth in the body 6.9 → 6.2')
S.rel('target', MS, [pt, on(a, qgr, '6.2%')], 'altered: result 6.2% is below the “7%左右” band: missed')
S.rel('restatement', I, [on(a, F(R5, '6.9%', n=0)), on(a, qgr, '6.2%')], 'altered: 6.9% in the lead, 6.2% in the body')

# ---- cross-text traps
S.rel('target', U, [nt, bgr], 'national 2007 target 8% vs 河北 2006 growth 13.2%: different place and year')
S.write()

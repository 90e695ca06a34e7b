"""Check key, forty-second held-out set (check-heldout42). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout42.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout42'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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



N82='nat_1982r.txt'; CJ='cj_2000_hant.txt'; OR='ords_2003_hant.txt'; H9='hn_2009r.txt'; H10='hn_2010.txt'; H10R='hn_2010r.txt'
JL='jl_2010_hant.txt'; DF='df_2011q1.txt'; TJ='tj_2012r_hant.txt'; BZ='bz_2017_hant.txt'; ST='sx_2018t_hant.txt'; SR='sx_2018r.txt'
SN='sx_2018n.txt'; SQ='sq_2019q3.txt'; C24='cq_2024h1.txt'; C25='cq_2025h1.txt'; NX='nx_2020_hant.txt'

# ---- national 1982 plan results (Chinese numerals)
ag = F(N82, '二千七百八十五亿元'); agr = F(N82, '百分之十一'); agp = F(N82, '百分之四', '增长')
gl = F(N82, '三亿五千三百四十三万吨'); gi = F(N82, '二千八百四十一万吨'); gr = F(N82, '百分之八点七')
ol = F(N82, '一千一百八十二万吨'); oi = F(N82, '一百六十二万吨'); orr = F(N82, '百分之十五点八')
S.rel('target', M, [agp, agr], '1982 plan: agricultural output +4%; result +11% (“大大超过计划”): met')
S.rel('growth', C, [gl, gi, gr], 'grain 2841/(35343−2841) = 2841/32502 = 8.74% → 8.7')
S.rel('growth', C, [ol, oi, orr], 'oilseed 162/(1182−162) = 15.88%; with half-units 15.82–15.95 overlaps 15.75–15.85 → consistent (edge, see Unsure)')
S.rel('growth', U, [F(N82, '六十三万吨'), F(N82, '百分之二十一点三'), F(N82, '近三百六十万吨')], 'cotton level stated only as “近三百六十万吨” (approximate): 63/297 = 21.2 cannot be held to 21.3')
a = ALT(N82, 1, gi, '二千二百四十一万吨', 'grain increase 2841 → 2241 万吨')
S.rel('growth', I, [on(a, gl), on(a, gi, '二千二百四十一万吨'), on(a, gr)], 'altered: 2241/(35343−2241) = 6.77%, not 8.7')

# ---- 昌吉州 2000 bulletin (traditional)
cg = F(CJ, '119.82億元'); c1 = F(CJ, '43.25億元'); c2 = F(CJ, '41.82億元'); c3 = F(CJ, '34.75億元'); cgr = F(CJ, '9.80%')
cs = [F(CJ, '36.09%'), F(CJ, '34.90%'), F(CJ, '29.01%')]; cc = [F(CJ, '29.39%'), F(CJ, '51.48%'), F(CJ, '19.13%')]
cd = [F(CJ, '12.44個百分點'), F(CJ, '14.83個百分點'), F(CJ, '2.38個百分點')]; cl = [F(CJ, '2.87個百分點'), F(CJ, '5.20個百分點'), F(CJ, '1.87個百分點')]
ca = [F(CJ, '35.97億元'), F(CJ, '0.54億元'), F(CJ, '18.15億元'), F(CJ, '0.78億元'), F(CJ, '55.44億元')]
S.rel('sum', C, [c1, c2, c3, cg], '43.25 + 41.82 + 34.75 = 119.82')
S.rel('sum', C, cs, 'shares 36.09 + 34.90 + 29.01 = 100.00')
S.rel('share', C, [c2, cg, cs[1]], '41.82/119.82 = 34.90%')
S.rel('share', C, [c1, cg, cs[0]], '43.25/119.82 = 36.096%; with half-units 36.090–36.101 overlaps 36.085–36.095 → consistent (edge)')
S.rel('sum', C, cc, 'contribution shares 29.39 + 51.48 + 19.13 = 100.00')
S.rel('sum', C, cc + cd, 'previous-year contributions 29.39+12.44, 51.48−14.83, 19.13+2.38 = 41.83 + 36.65 + 21.51 = 99.99, within the six half-units (0.03)')
S.rel('sum', I, cl + [cgr], 'real: pulls 2.87 + 5.20 + 1.87 = 9.94 points against GDP growth 9.80 (51.48% × 9.80 = 5.05, not 5.20)')
S.rel('sum', C, ca, 'farm output 35.97 + 0.54 + 18.15 + 0.78 = 55.44')
S.rel('restatement', U, [F(CJ, '30.61億元'), c1], '農林牧漁業增加值 30.61 vs 第一產業增加值 43.25: overlapping but different scopes, not the same figure')
a = ALT(CJ, 1, c2, '47.82億元', 'secondary value added 41.82 → 47.82')
S.rel('sum', I, [on(a, c1), on(a, c2, '47.82億元'), on(a, c3), on(a, cg)], 'altered: 43.25 + 47.82 + 34.75 = 125.82, not 119.82')
S.rel('share', I, [on(a, c2, '47.82億元'), on(a, cg), on(a, cs[1])], 'altered: 47.82/119.82 = 39.91%, stated 34.90')
a = ALT(CJ, 2, cs[2], '28.01%', 'tertiary share 29.01 → 28.01')
S.rel('sum', I, [on(a, cs[0]), on(a, cs[1]), on(a, cs[2], '28.01%')], 'altered: 36.09 + 34.90 + 28.01 = 99.00')
a = ALT(CJ, 3, ca[2], '19.15億元', 'animal husbandry output 18.15 → 19.15')
S.rel('sum', I, [on(a, x) for x in ca[:2]] + [on(a, ca[2], '19.15億元'), on(a, ca[3]), on(a, ca[4])], 'altered: 35.97 + 0.54 + 19.15 + 0.78 = 56.44, not 55.44')

# ---- 鄂尔多斯 2003 bulletin (traditional, inline glyph pairs)
og = F(OR, '271.0億元'); o1 = F(OR, '32.7億元'); o2 = F(OR, '155.5億元'); o3 = F(OR, '82.8億元'); ogr = F(OR, '23.6%')
or1 = F(OR, '19.6%'); or2 = F(OR, '27.6%'); or3 = F(OR, '18.1%')
os0 = [F(OR, '13.7', '去年的'), F(OR, '58.3'), F(OR, '28.0', '58.3:')]; os1 = [F(OR, '12.1', '為'), F(OR, '57.4'), F(OR, '30.5')]
S.rel('sum', C, [o1, o2, o3, og], '32.7 + 155.5 + 82.8 = 271.0')
S.rel('sum', C, os1, '2003 structure 12.1 + 57.4 + 30.5 = 100')
S.rel('share', C, [o1, og, os1[0]], '32.7/271.0 = 12.07% → 12.1')
S.rel('share', C, [o2, og, os1[1]], '155.5/271.0 = 57.38% → 57.4')
S.rel('share', C, [o3, og, os1[2]], '82.8/271.0 = 30.55%; with half-units 30.53–30.58 overlaps 30.45–30.55 → consistent (edge)')
S.rel('rate', C, [o1, or1, o2, or2, o3, or3, og, ogr], '27.34 + 121.87 + 70.11 = 219.32; 271.0/219.32 = 23.57% (range 23.5–23.6) → 23.6')
S.rel('growth', U, [ogr, F(OR, '7.3個百分點')], '23.6% is 7.3 points above the 内蒙古 rate, which is not stated')
a = ALT(OR, 1, o3, '88.8億元', 'tertiary value added 82.8 → 88.8')
S.rel('sum', I, [on(a, o1), on(a, o2), on(a, o3, '88.8億元'), on(a, og)], 'altered: 32.7 + 155.5 + 88.8 = 277.0, not 271.0')
S.rel('share', I, [on(a, o3, '88.8億元'), on(a, og), on(a, os1[2])], 'altered: 88.8/271.0 = 32.77%, stated 30.5')
a = ALT(OR, 2, os1[1], '56.4', '2003 secondary share 57.4 → 56.4')
S.rel('sum', I, [on(a, os1[0]), on(a, os1[1], '56.4'), on(a, os1[2])], 'altered: 12.1 + 56.4 + 30.5 = 99.0')
a = ALT(OR, 3, or2, '21.6%', 'secondary growth 27.6 → 21.6')
S.rel('rate', I, [on(a, o1), on(a, or1), on(a, o2), on(a, or2, '21.6%'), on(a, o3), on(a, or3), on(a, og), on(a, ogr)], 'altered: 27.34 + 127.88 + 70.11 = 225.33; 271.0/225.33 = 20.3%, not 23.6')

# ---- 湖南: 2010 report (2009 results), 2010 bulletin, 2011 report (2010 estimate)
hg9 = F(H9, '12930.7亿元'); hgr9 = F(H9, '13.6%'); hnp9 = F(H9, '7099.2亿元'); hns9 = F(H9, '54.9%')
S.rel('share', C, [hnp9, hg9, hns9], '7099.2/12930.7 = 54.90%')
a = ALT(H9, 1, hnp9, '7699.2亿元', 'non-public value added 7099.2 → 7699.2')
S.rel('share', I, [on(a, hnp9, '7699.2亿元'), on(a, hg9), on(a, hns9)], 'altered: 7699.2/12930.7 = 59.54%, stated 54.9')
hg = F(H10, '15902.12亿元'); hgr = F(H10, '14.5%'); h1 = F(H10, '2339.44亿元'); h2 = F(H10, '7313.56亿元'); h3 = F(H10, '6249.12亿元')
hs0 = [F(H10, '15.1', '上年的'), F(H10, '43.5'), F(H10, '41.4')]; hs1 = [F(H10, '14.7', '转变为'), F(H10, '46.0'), F(H10, '39.3')]
hc = [F(H10, '3.5%'), F(H10, '62.3%'), F(H10, '34.2%')]; hnp = F(H10, '8936.75亿元'); hns = F(H10, '56.2%')
S.rel('sum', C, [h1, h2, h3, hg], '2339.44 + 7313.56 + 6249.12 = 15902.12')
S.rel('sum', C, hs1, '2010 structure 14.7 + 46.0 + 39.3 = 100')
S.rel('sum', C, hc, 'contribution rates 3.5 + 62.3 + 34.2 = 100')
S.rel('share', C, [h1, hg, hs1[0]], '2339.44/15902.12 = 14.71% → 14.7')
S.rel('share', C, [h2, hg, hs1[1]], '7313.56/15902.12 = 45.99% → 46.0')
S.rel('share', C, [h3, hg, hs1[2]], '6249.12/15902.12 = 39.30% → 39.3')
S.rel('share', C, [hnp, hg, hns], '8936.75/15902.12 = 56.20%')
S.rel('sum', U, [F(H10, '12560.17亿元'), F(H10, '3269.27亿元'), F(H10, '2027.25亿元'), hg], 'regional GDPs (3+5 group includes 长株潭; regions overlap and city data are accounted separately) do not split the provincial total: 17856.69 vs 15902.12 is not a check')
S.rel('restatement', U, [hgr9, F(H10, '0.8个百分点')], '2009 growth 13.6 (January report, preliminary) vs 14.5 − 0.8 = 13.7 implied by the bulletin (revised): different status')
S.rel('restatement', U, [hns9, F(H10, '0.7个百分点', '比上年提高')], '2009 non-public share 54.9 (report) vs 56.2 − 0.7 = 55.5 implied by the bulletin (revised base): different status')
S.rel('growth', C, [F(H9, '60.3万人'), F(H10, '70.83万人'), F(H10, '10.51万人')], '2009 new urban jobs: 70.83 − 10.51 = 60.32 → 60.3 as in the 2010 report')
a = ALT(H10, 1, h2, '7813.56亿元', 'secondary value added 7313.56 → 7813.56')
S.rel('sum', I, [on(a, h1), on(a, h2, '7813.56亿元'), on(a, h3), on(a, hg)], 'altered: 2339.44 + 7813.56 + 6249.12 = 16402.12, not 15902.12')
S.rel('share', I, [on(a, h2, '7813.56亿元'), on(a, hg), on(a, hs1[1])], 'altered: 7813.56/15902.12 = 49.14%, stated 46.0')
a = ALT(H10, 2, hs1[2], '38.3', '2010 tertiary share 39.3 → 38.3')
S.rel('sum', I, [on(a, hs1[0]), on(a, hs1[1]), on(a, hs1[2], '38.3')], 'altered: 14.7 + 46.0 + 38.3 = 99.0')
S.rel('share', I, [on(a, h3), on(a, hg), on(a, hs1[2], '38.3')], 'altered: 6249.12/15902.12 = 39.30%, stated 38.3')
a = ALT(H10, 3, hc[1], '67.3%', 'secondary contribution 62.3 → 67.3')
S.rel('sum', I, [on(a, hc[0]), on(a, hc[1], '67.3%'), on(a, hc[2])], 'altered: 3.5 + 67.3 + 34.2 = 105.0')
a = ALT(H10, 4, hns, '58.2%', 'non-public share 56.2 → 58.2')
S.rel('share', I, [on(a, hnp), on(a, hg), on(a, hns, '58.2%')], 'altered: 8936.75/15902.12 = 56.20%, stated 58.2')
hr = [F(H10R, '13.8'), F(H10R, '46.2'), F(H10R, '40', '46.2∶')]
S.rel('sum', C, hr, '2010 structure (report estimate) 13.8 + 46.2 + 40 = 100')
S.rel('restatement', U, [hr[0], hs1[0]], '2010 primary share 13.8 in the January report (estimate) vs 14.7 in the bulletin: different status')
S.rel('restatement', U, [F(H10R, '1.5万亿元以上'), hg], '“1.5万亿元以上(预计数)” is an estimate bound, not the same figure as 15902.12')
S.rel('growth', C, [F(H10R, '2.5倍'), F(H10R, '20%')], 'fiscal revenue 2.5 times 2005; 1.20^5 = 2.49 → 2.5')
S.rel('growth', U, [F(H10R, '2.3倍'), F(H10R, '14%')], 'GDP 2.3 times 2005 at current prices vs 14% a year at comparable prices (1.14^5 = 1.93): nominal vs real')
a = ALT(H10R, 1, F(H10R, '2.5倍'), '2.9倍', 'fiscal revenue multiple 2.5 → 2.9')
S.rel('growth', I, [on(a, F(H10R, '2.5倍'), '2.9倍'), on(a, F(H10R, '20%'))], 'altered: 1.20^5 = 2.49, not 2.9')
a = ALT(H10R, 2, hr[1], '45.2', '2010 secondary share 46.2 → 45.2')
S.rel('sum', I, [on(a, hr[0]), on(a, hr[1], '45.2'), on(a, hr[2])], 'altered: 13.8 + 45.2 + 40 = 99.0')

# ---- 吉林 2010 (traditional), 东丰县 Q1 2011
js = [F(JL, '12.2', '分別為'), F(JL, '51.5'), F(JL, '36.3')]
S.rel('sum', C, js, '2010 structure 12.2 + 51.5 + 36.3 = 100')
S.rel('restatement', U, [F(JL, '13.7%'), F(H10, '13.7%')], '吉林 GDP growth 13.7 vs 湖南 大湘西 growth 13.7: different places')
a = ALT(JL, 1, js[1], '53.5', 'secondary share 51.5 → 53.5')
S.rel('sum', I, [on(a, js[0]), on(a, js[1], '53.5'), on(a, js[2])], 'altered: 12.2 + 53.5 + 36.3 = 102.0')
S.rel('growth', U, [F(DF, '11042万元'), F(DF, '50.7%'), F(DF, '7289万元'), F(DF, '63.7%')], 'local-level revenue is part of the all-caliber total; last year’s split is not stated, so the rates cannot be checked')

# ---- 天津 2013 report (traditional)
S.rel('growth', C, [F(TJ, '3.3倍'), F(TJ, '26.7%')], 'local fiscal revenue 3.3 times 2007; 1.267^5 = 3.26 → 3.3')
S.rel('growth', U, [F(TJ, '2.5倍'), F(TJ, '16.1%')], 'GDP 2.5 times 2007 at current prices vs 16.1% a year at comparable prices (1.161^5 = 2.11): nominal vs real')
S.rel('growth', U, [F(TJ, '8871億元'), F(TJ, '34%')], 'investment 34% a year: the 2007 level is not stated')
a = ALT(TJ, 1, F(TJ, '26.7%'), '21.7%', 'fiscal revenue average growth 26.7 → 21.7')
S.rel('growth', I, [on(a, F(TJ, '3.3倍')), on(a, F(TJ, '26.7%'), '21.7%')], 'altered: 1.217^5 = 2.67, not 3.3')

# ---- 巴中 2017 bulletin (traditional)
bg = F(BZ, '601.44億元'); b1 = F(BZ, '93.30億元'); b2 = F(BZ, '293.39億元'); b3 = F(BZ, '214.75億元'); bgr = F(BZ, '8.1%')
br = [F(BZ, '3.7%'), F(BZ, '9.7%'), F(BZ, '8.0%', '增長')]
bc = [F(BZ, '5.9%'), F(BZ, '69.5%'), F(BZ, '24.6%')]; bl = [F(BZ, '0.5', '拉動GDP增長'), F(BZ, '5.6'), F(BZ, '2.0', '和')]
bs0 = [F(BZ, '16.5'), F(BZ, '46.6'), F(BZ, '36.9')]; bs1 = [F(BZ, '15.5'), F(BZ, '48.8'), F(BZ, '35.7')]
bn = F(BZ, '357.64億元'); bns = F(BZ, '59.5%'); bnp = [F(BZ, '37.33億元'), F(BZ, '186.13億元'), F(BZ, '134.18億元')]
bnr = F(BZ, '8.2%'); bnq = [F(BZ, '4.0%'), F(BZ, '9.6%'), F(BZ, '7.4%')]
S.rel('sum', C, [b1, b2, b3, bg], '93.30 + 293.39 + 214.75 = 601.44')
S.rel('sum', C, bs1, '2017 structure 15.5 + 48.8 + 35.7 = 100')
S.rel('sum', C, bc, 'contribution rates 5.9 + 69.5 + 24.6 = 100')
S.rel('sum', C, bl + [bgr], 'pulls 0.5 + 5.6 + 2.0 = 8.1 = GDP growth')
S.rel('share', C, [b2, bg, bs1[1]], '293.39/601.44 = 48.78% → 48.8')
S.rel('share', C, [b3, bg, bs1[2]], '214.75/601.44 = 35.71% → 35.7')
S.rel('share', C, [bn, bg, bns], '357.64/601.44 = 59.46% → 59.5')
S.rel('sum', C, bnp + [bn], 'non-public 37.33 + 186.13 + 134.18 = 357.64')
S.rel('rate', C, [b1, br[0], b2, br[1], b3, br[2], bg, bgr], '89.97 + 267.45 + 198.84 = 556.26; 601.44/556.26 = 8.12% (range 8.07–8.17) → 8.1')
S.rel('rate', C, [bnp[0], bnq[0], bnp[1], bnq[1], bnp[2], bnq[2], bn, bnr], 'non-public: 35.89 + 169.83 + 124.93 = 330.66; 357.64/330.66 = 8.16% → 8.2')
S.rel('rate', C, [bc[1], bgr, bl[1]], 'pull = contribution × growth: 69.5% × 8.1 = 5.63 → 5.6')
S.rel('growth', U, [F(BZ, '8.3%'), bgr], 'per-capita GDP +8.3% vs GDP +8.1%: population change not stated')
a = ALT(BZ, 1, b2, '298.39億元', 'secondary value added 293.39 → 298.39')
S.rel('sum', I, [on(a, b1), on(a, b2, '298.39億元'), on(a, b3), on(a, bg)], 'altered: 93.30 + 298.39 + 214.75 = 606.44, not 601.44')
S.rel('share', I, [on(a, b2, '298.39億元'), on(a, bg), on(a, bs1[1])], 'altered: 298.39/601.44 = 49.61%, stated 48.8')
a = ALT(BZ, 2, bl[1], '5.9', 'secondary pull 5.6 → 5.9')
S.rel('sum', I, [on(a, bl[0]), on(a, bl[1], '5.9'), on(a, bl[2]), on(a, bgr)], 'altered: 0.5 + 5.9 + 2.0 = 8.4, not 8.1')
a = ALT(BZ, 3, bs1[2], '36.7', '2017 tertiary share 35.7 → 36.7')
S.rel('sum', I, [on(a, bs1[0]), on(a, bs1[1]), on(a, bs1[2], '36.7')], 'altered: 15.5 + 48.8 + 36.7 = 101.0')
a = ALT(BZ, 4, bnp[2], '139.18億元', 'non-public tertiary 134.18 → 139.18')
S.rel('sum', I, [on(a, bnp[0]), on(a, bnp[1]), on(a, bnp[2], '139.18億元'), on(a, bn)], 'altered: 37.33 + 186.13 + 139.18 = 362.64, not 357.64')
a = ALT(BZ, 5, bc[2], '26.6%', 'tertiary contribution 24.6 → 26.6')
S.rel('sum', I, [on(a, bc[0]), on(a, bc[1]), on(a, bc[2], '26.6%')], 'altered: 5.9 + 69.5 + 26.6 = 102.0')

# ---- 陕西 2018: targets (traditional news), plan-execution report, report news
tg = F(ST, '8%左右', '生産總值增長'); ti = F(ST, '7.5%左右'); tf = F(ST, '10%左右', '投資增長'); tr = F(ST, '10%左右', '零售總額增長')
tv = F(ST, '8%左右', '財政收入增長'); tc = F(ST, '3%左右'); tu = F(ST, '8.5%'); tq = F(ST, '9%左右'); tx = F(ST, '12%左右'); te = F(ST, '2.8%')
rg = F(SR, '24438.3亿元'); rgr = F(SR, '8.3%'); ri = F(SR, '9.2%'); rf = F(SR, '10.4%'); rr = F(SR, '10.2%'); rc = F(SR, '2.1%'); rx = F(SR, '29.3%'); rx2 = F(SR, '25.3%')
ng = F(SN, '2.44万亿元'); ngr = F(SN, '8.3%'); nv = F(SN, '11.8%'); nu = F(SN, '8.1%'); nq = F(SN, '9.2%', '8.1%和'); ne = F(SN, '4.7%'); nc = F(SN, '2.1%')
ni1 = F(SN, '9.2%', '规模以上工业增加值增长', 0); ni2 = F(SN, '9.2%', '规模以上工业增加值增长', 1); nr = F(SN, '10.2%'); nx = F(SN, '25.3%'); nf = F(SN, '10.4%')
S.rel('target', M, [tg, rgr], '2018 GDP target 8%左右, result 8.3%: met')
S.rel('target', M, [ti, ri], 'industrial value added target 7.5%左右, result 9.2% (above): met')
S.rel('target', M, [tf, rf], 'fixed-asset investment target 10%左右, result 10.4%: met')
S.rel('target', M, [tr, nr], 'retail sales target 10%左右, result 10.2%: met')
S.rel('target', M, [tv, nv], 'local fiscal revenue target 8%左右, result 11.8% (above): met')
S.rel('target', M, [tu, nu], 'urban income target 8.5%, result 8.1%: within 0.5 point of 8.5, met')
S.rel('target', M, [tq, nq], 'rural income target 9%左右, result 9.2%: met')
S.rel('target', M, [tx, rx], 'trade target 12%左右, 进出口总值 +29.3% (above): met')
S.rel('target', CT, [te, ne], 'energy intensity target −2.8%, result only “预计下降4.7%” (an estimate): cannot tell')
S.rel('target', U, [tx, nx], 'trade (imports+exports) target 12% vs export growth 25.3%: different indicator')
S.rel('target', U, [tg, bgr], '陕西 2018 GDP target 8% vs 巴中 2017 growth 8.1%: different place and year')
S.rel('restatement', C, [rg, ng], '2018 GDP 24438.3亿元 vs 2.44万亿元: same figure rounded')
S.rel('restatement', C, [rgr, ngr], '2018 GDP growth 8.3 in both texts')
S.rel('restatement', C, [ri, ni1], 'industrial value added growth 9.2 in both texts')
S.rel('restatement', C, [ni1, ni2], 'industrial growth 9.2 stated in the headline and in the body')
S.rel('restatement', U, [nq, ni2], 'rural income growth 9.2 vs industrial growth 9.2: different indicators')
a = ALT(SR, 1, rgr, '6.3%', 'GDP growth 8.3 → 6.3')
S.rel('target', MS, [tg, on(a, rgr, '6.3%')], 'altered: result 6.3% against 8%左右: missed')
S.rel('restatement', I, [on(a, rgr, '6.3%'), ngr], 'altered: GDP growth 6.3 vs 8.3 in the report news')
a = ALT(ST, 1, tg, '9%左右', 'GDP target 8 → 9')
S.rel('target', MS, [on(a, tg, '9%左右'), rgr], 'altered: target 9%左右, result 8.3%: more than 0.5 point short, missed')
a = ALT(SN, 1, ng, '2.64万亿元', 'GDP 2.44 → 2.64 trillion')
S.rel('restatement', I, [rg, on(a, ng, '2.64万亿元')], 'altered: 24438.3亿元 vs 2.64万亿元')
a = ALT(SN, 2, ni2, '9.7%', 'body industrial growth 9.2 → 9.7')
S.rel('restatement', I, [on(a, ni1), on(a, ni2, '9.7%')], 'altered: headline 9.2 vs body 9.7')

# ---- 双桥经开区 2019 Q1–Q3 (development zone)
q1 = F(SQ, '197.8亿元', n=0); q2 = F(SQ, '197.8亿元', n=1); qg1 = F(SQ, '27.6%', n=0); qg2 = F(SQ, '27.6%', n=1)
qp = F(SQ, '151.1亿元'); qs = F(SQ, '76.4%')
S.rel('restatement', C, [q1, q2], 'industrial output 197.8 stated twice')
S.rel('share', C, [qp, q2, qs], '151.1/197.8 = 76.39% → 76.4')
S.rel('share', U, [q2, F(SQ, '46.9%')], 'zone output is 46.9% of the district total, which is not stated')
S.rel('sum', U, [F(SQ, '56.3亿元'), F(SQ, '44.7亿元'), F(SQ, '46.1亿元'), F(SQ, '6.9亿元')], 'investment by sector (工业) and by type (建筑安装, 房地产) overlap: not a split of 56.3')
S.rel('restatement', U, [F(SQ, '10.2%'), nr], 'zone retail growth 10.2 (2019 Q1–Q3) vs 陕西 2018 retail growth 10.2: different place and period')
a = ALT(SQ, 1, qs, '78.4%', 'private share 76.4 → 78.4')
S.rel('share', I, [on(a, qp), on(a, q2), on(a, qs, '78.4%')], 'altered: 151.1/197.8 = 76.39%, stated 78.4')
a = ALT(SQ, 2, q2, '192.8亿元', 'second statement of industrial output 197.8 → 192.8')
S.rel('restatement', I, [on(a, q1), on(a, q2, '192.8亿元')], 'altered: 197.8 vs 192.8 for the same output')
S.rel('share', I, [on(a, qp), on(a, q2, '192.8亿元'), on(a, qs)], 'altered: 151.1/192.8 = 78.37%, stated 76.4')

# ---- 重庆 2024 H1 plan report, 2025 H1 release
k1 = F(C24, '6.1%'); kt = F(C24, '0.1个百分点')
S.rel('target', CT, [k1, kt], 'H1 growth 6.1, 0.1 point above the annual target (6.0 implied): a half-year rate cannot settle the annual target')
S.rel('restatement', U, [F(C24, '1.1个百分点'), F(C25, '5.0%')], 'national H1 2024 rate (6.1 − 1.1 = 5.0, unstated) vs 重庆 H1 2025 growth 5.0: different place and year')
S.rel('share', U, [F(C24, '2386亿元'), F(C24, '52.5%')], 'investment progress 52.5% of an annual plan that is not stated')
S.rel('restatement', U, [F(C24, '3.9%'), F(NX, '3.9%')], '重庆 retail sales H1 2024 +3.9 vs 宁夏 GDP 2020 +3.9: different indicator, place, period')
kg = F(C25, '15929.58亿元'); kgr = F(C25, '5.0%'); k5 = [F(C25, '714.82亿元'), F(C25, '5555.75亿元'), F(C25, '9659.01亿元')]
kr = [F(C25, '3.1%', '增加值714.82亿元,同比增长'), F(C25, '4.2%'), F(C25, '5.6%', '9659.01亿元,同比增长')]
S.rel('sum', C, k5 + [kg], '714.82 + 5555.75 + 9659.01 = 15929.58')
S.rel('rate', C, [k5[0], kr[0], k5[1], kr[1], k5[2], kr[2], kg, kgr], '693.33 + 5331.81 + 9146.79 = 15171.93; 15929.58/15171.93 = 4.99% (range 4.95–5.04) → 5.0')
a = ALT(C25, 1, k5[2], '9689.01亿元', 'tertiary value added 9659.01 → 9689.01')
S.rel('sum', I, [on(a, k5[0]), on(a, k5[1]), on(a, k5[2], '9689.01亿元'), on(a, kg)], 'altered: 714.82 + 5555.75 + 9689.01 = 15959.58, not 15929.58')
a = ALT(C25, 2, kgr, '5.8%', 'GDP growth 5.0 → 5.8')
S.rel('rate', I, [on(a, k5[0]), on(a, kr[0]), on(a, k5[1]), on(a, kr[1]), on(a, k5[2]), on(a, kr[2]), on(a, kg), on(a, kgr, '5.8%')], 'altered: weighted rate 4.99%, stated 5.8')

# ---- 宁夏 2020 (traditional with inline pinyin)
xg1 = F(NX, '3920.55', n=0); xg2 = F(NX, '3920.55', n=1); xr1 = F(NX, '3.9%', n=0); xr2 = F(NX, '3.9%', n=1)
x5 = [F(NX, '338.01'), F(NX, '1608.96'), F(NX, '1973.58')]; xq = [F(NX, '3.3%'), F(NX, '4.0%'), F(NX, '3.9%', n=2)]
S.rel('sum', C, x5 + [xg2], '338.01 + 1608.96 + 1973.58 = 3920.55')
S.rel('rate', C, [x5[0], xq[0], x5[1], xq[1], x5[2], xq[2], xg2, xr2], '327.21 + 1547.08 + 1899.50 = 3773.79; 3920.55/3773.79 = 3.89% → 3.9')
S.rel('restatement', C, [xg1, xg2], 'GDP 3920.55 in the lead and in the body')
S.rel('share', C, [F(NX, '1964.37'), xg1, F(NX, '一半')], '银川 1964.37/3920.55 = 50.1%: “一半”')
S.rel('sum', U, [F(NX, '1964.37'), F(NX, '621.8'), F(NX, '541.62'), xg1], 'three of five cities: partial list, not a split of the regional total')
S.rel('restatement', U, [xq[2], xr2], 'tertiary growth 3.9 vs GDP growth 3.9: different indicators')
a = ALT(NX, 1, x5[1], '1688.96', 'secondary value added 1608.96 → 1688.96')
S.rel('sum', I, [on(a, x5[0]), on(a, x5[1], '1688.96'), on(a, x5[2]), on(a, xg2)], 'altered: 338.01 + 1688.96 + 1973.58 = 4000.55, not 3920.55')
a = ALT(NX, 2, xg2, '3926.55', 'body GDP 3920.55 → 3926.55')
S.rel('restatement', I, [on(a, xg1), on(a, xg2, '3926.55')], 'altered: lead 3920.55 vs body 3926.55')
S.rel('sum', I, [on(a, x5[0]), on(a, x5[1]), on(a, x5[2]), on(a, xg2, '3926.55')], 'altered: parts add to 3920.55, total stated 3926.55')

S.write()

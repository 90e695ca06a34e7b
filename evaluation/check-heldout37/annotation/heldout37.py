"""Check key, thirty-seventh held-out set (check-heldout37). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout37.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout37'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


def rate(levels, rates):
    """total growth (%) implied by current levels deflated by their own rates; also the range with rates ±0.05"""
    base = lambda d: sum(l / (1 + (g + d) / 100) for l, g in zip(levels, rates))
    t = sum(levels)
    return tuple(round((t / base(d) - 1) * 100, 2) for d in (0, -0.05, 0.05))

CQ='cq_2012.txt'; CQT='cq_2007t_hant.txt'; CQN='cq_2013n.txt'; GH='gs_2011h1.txt'; GT='gs_2011t_hant.txt'; GR='gs_2011r.txt'
NM='nmg_2020q1_hant.txt'; XZ='xz_2017q1.txt'; XZH='xz_2017q1_hant.txt'; XJ='xj_2004t_hant.txt'; XJ6='xj_2006h1_hant.txt'
SDT='sd_2011t.txt'; SDR='sd_2020r_hant.txt'; SDC='sd_city2003.txt'; HEN='hen_2005r.txt'; KM='km_2021r.txt'; KM6='km_2016r.txt'
HQ='hq_2017_hant.txt'; QH='qh_yb2013.txt'; QZ='qz_kfq2013.txt'; XA='xa_kfq2017.txt'; NAT='nat_2005r.txt'

# ---- 重庆 2012 bulletin, 2007 target news (traditional), 2013 NPC news
cg = F(CQ, '11459.00亿元'); c1 = F(CQ, '940.01亿元'); c2 = F(CQ, '6172.33亿元'); c3 = F(CQ, '4346.66亿元')
cs = [F(CQ, '8.2', '\n'), F(CQ, '53.9'), F(CQ, '37.9')]
cgr = F(CQ, '13.6%', '比上年增长'); r1 = F(CQ, '8864.78亿元'); r2 = F(CQ, '1960.96亿元'); r3 = F(CQ, '633.26亿元')
rr = [F(CQ, '13.4%'), F(CQ, '14.5%'), F(CQ, '13.2%')]; rs = [F(CQ, '77.4%'), F(CQ, '17.1%'), F(CQ, '5.5%')]
cpc = F(CQ, '39083元')
assert rate([8864.78, 1960.96, 633.26], [13.4, 14.5, 13.2])[0] == 13.58
S.rel('sum', C, [c1, c2, c3, cg], '940.01 + 6172.33 + 4346.66 = 11459.00')
S.rel('sum', C, cs, 'structure 8.2 + 53.9 + 37.9 = 100')
S.rel('sum', C, [r1, r2, r3, cg], 'regions 8864.78 + 1960.96 + 633.26 = 11459.00')
S.rel('sum', C, rs, 'regional shares 77.4 + 17.1 + 5.5 = 100')
S.rel('share', C, [c1, cg, cs[0]], '940.01/11459.00 = 8.20% → 8.2')
S.rel('share', C, [c2, cg, cs[1]], '6172.33/11459.00 = 53.86% → 53.9')
S.rel('share', C, [c3, cg, cs[2]], '4346.66/11459.00 = 37.93% → 37.9')
S.rel('share', C, [r1, cg, rs[0]], '8864.78/11459.00 = 77.36% → 77.4')
S.rel('share', C, [r2, cg, rs[1]], '1960.96/11459.00 = 17.11% → 17.1')
S.rel('share', C, [r3, cg, rs[2]], '633.26/11459.00 = 5.53% → 5.5')
S.rel('rate', C, [r1, rr[0], r2, rr[1], r3, rr[2], cg, cgr], 'regional levels deflated by their rates: 7817.27 + 1712.63 + 559.42 = 10089.32; 11459.00/10089.32 = 13.58% (range 13.53–13.63) → 13.6')
S.rel('growth', U, [cpc, F(CQ, '12.4%'), cgr], 'per-capita GDP +12.4% vs GDP +13.6%: resident population not stated')
n13 = F(CQN, '13.6%')
S.rel('restatement', C, [cgr, n13], '2012 重庆 GDP growth 13.6% in the bulletin and in the 2013 NPC news')
S.rel('restatement', U, [cpc, F(CQN, '6191美元')], 'per-capita GDP 39083 yuan vs 6191 US dollars: exchange rate not stated, different units')
S.rel('restatement', U, [F(CQN, '13.4%'), rr[0]], 'urban income growth 13.4% (news) vs 一小时经济圈 GDP growth 13.4% (bulletin): different indicators')
tg = F(CQT, '六千四百億元'); tp = F(CQT, '二萬二千元'); ta = F(CQT, '百分之十點五'); tpast = F(CQT, '百分之十點二')
S.rel('target', M, [tg, cg], '2012 GDP target “六千四百億元” (set in 2007) vs 2012 result 11459.00亿元: met')
S.rel('target', M, [tp, cpc], '2012 per-capita GDP target “二萬二千元” vs 2012 result 39083元: met')
S.rel('target', CT, [ta, cgr], '2007–2012 average growth target 10.5% vs the single-year 2012 rate 13.6%: the average is not stated')
S.rel('growth', U, [ta, tpast], 'target average 10.5% (2007–2012) vs past average 10.2% (1997–2006): different periods')
a = ALT(CQ, 1, c2, '6112.33亿元', 'secondary value added 6172.33 → 6112.33')
S.rel('sum', I, [on(a, c1), on(a, c2, '6112.33亿元'), on(a, c3), on(a, cg)], 'altered: 940.01 + 6112.33 + 4346.66 = 11399.00, not 11459.00')
S.rel('share', I, [on(a, c2, '6112.33亿元'), on(a, cg), on(a, cs[1])], 'altered: 6112.33/11459.00 = 53.34% → 53.3, not 53.9')
a = ALT(CQ, 2, cs[2], '38.9', 'tertiary share 37.9 → 38.9')
S.rel('sum', I, [on(a, cs[0]), on(a, cs[1]), on(a, cs[2], '38.9')], 'altered: 8.2 + 53.9 + 38.9 = 101.0')
S.rel('share', I, [on(a, c3), on(a, cg), on(a, cs[2], '38.9')], 'altered: 4346.66/11459.00 = 37.93%, stated 38.9')
a = ALT(CQ, 3, r2, '1990.96亿元', '渝东北翼 GDP 1960.96 → 1990.96')
S.rel('sum', I, [on(a, r1), on(a, r2, '1990.96亿元'), on(a, r3), on(a, cg)], 'altered: regions add to 11489.00, not 11459.00')
S.rel('share', I, [on(a, r2, '1990.96亿元'), on(a, cg), on(a, rs[1])], 'altered: 1990.96/11459.00 = 17.37% → 17.4, not 17.1')
a = ALT(CQ, 4, rs[2], '6.5%', '渝东南翼 share 5.5 → 6.5')
S.rel('sum', I, [on(a, rs[0]), on(a, rs[1]), on(a, rs[2], '6.5%')], 'altered: 77.4 + 17.1 + 6.5 = 101.0')
S.rel('share', I, [on(a, r3), on(a, cg), on(a, rs[2], '6.5%')], 'altered: 633.26/11459.00 = 5.53% → 5.5, stated 6.5')
a = ALT(CQ, 5, cpc, '19083元', 'per-capita GDP 39083 → 19083')
S.rel('target', MS, [tp, on(a, cpc, '19083元')], 'altered: 2012 per-capita target 22000 vs result 19083: missed')
a = ALT(CQ, 6, cgr, '15.6%', 'GDP growth 13.6 → 15.6')
S.rel('rate', I, [on(a, r1), on(a, rr[0]), on(a, r2), on(a, rr[1]), on(a, r3), on(a, rr[2]), on(a, cg), on(a, cgr, '15.6%')], 'altered: regional rates give 13.58%, stated 15.6')
S.rel('restatement', I, [on(a, cgr, '15.6%'), n13], 'altered: bulletin 15.6% vs NPC news 13.6% for the same 2012 growth')
a = ALT(CQT, 1, tg, '一萬四千億元', '2012 GDP target 六千四百億 → 一萬四千億')
S.rel('target', MS, [on(a, tg, '一萬四千億元'), cg], 'altered: target 14000亿 vs result 11459.00亿: missed')
a = ALT(CQN, 1, n13, '12.6%', '2012 growth in the news 13.6 → 12.6')
S.rel('restatement', I, [cgr, on(a, n13, '12.6%')], 'altered: news 12.6% vs bulletin 13.6% for 2012 重庆 GDP growth')

# ---- 甘肃 H1 2011 news, 2011 report news (traditional, 十二五 targets), 2012 report news
hg = F(GH, '1934.65亿元', n=1); hg0 = F(GH, '1934.65亿元'); hr0 = F(GH, '13.0%'); hr = F(GH, '13.0%', n=1)
h1 = F(GH, '152.51亿元'); h2 = F(GH, '1125.62亿元'); h3 = F(GH, '656.52亿元'); h1r = F(GH, '5.0%'); h2r = F(GH, '16.7%'); h3r = F(GH, '9.2%')
gsr = rate([152.51, 1125.62, 656.52], [5.0, 16.7, 9.2])
S.rel('sum', C, [h1, h2, h3, hg], 'H1 2011 152.51 + 1125.62 + 656.52 = 1934.65')
S.rel('restatement', C, [hg0, hg], 'H1 GDP 1934.65 in the lead and in the bureau chief’s statement')
S.rel('restatement', C, [hr0, hr], 'H1 growth 13.0% in the lead and in the body')
S.rel('rate', C, [h1, h1r, h2, h2r, h3, h3r, hg, hr], f'sector levels deflated by their rates: 145.25 + 964.54 + 601.21 = 1711.00; 1934.65/1711.00 → {gsr[0]}% (range {gsr[2]}–{gsr[1]}) overlaps 13.0 ± 0.05 (see Unsure)')
S.rel('share', U, [F(GH, '811.23亿元'), h2], '规上工业增加值 811.23 vs 第二产业 1125.62: no share stated, and the scopes differ (规上 industry vs industry + construction)')
a = ALT(GH, 1, h2, '1155.62亿元', 'H1 secondary value added 1125.62 → 1155.62')
S.rel('sum', I, [on(a, h1), on(a, h2, '1155.62亿元'), on(a, h3), on(a, hg)], 'altered: 152.51 + 1155.62 + 656.52 = 1964.65, not 1934.65')
a = ALT(GH, 2, hr, '15.0%', 'H1 growth in the body 13.0 → 15.0')
S.rel('restatement', I, [on(a, hr0), on(a, hr, '15.0%')], 'altered: lead 13.0% vs body 15.0% for the same H1 growth')
S.rel('rate', I, [on(a, h1), on(a, h1r), on(a, h2), on(a, h2r), on(a, h3), on(a, h3r), on(a, hg), on(a, hr, '15.0%')], f'altered: sector rates give {gsr[0]}%, stated 15.0')
gd = F(GT, '發(fā)了一番'); ga = F(GT, '11.14%'); gf = F(GT, '1.93倍'); gfa = F(GT, '24%'); gt12 = F(GT, '12%以上')
S.rel('growth', U, [gd, ga], '2005→2010 GDP “doubled” (nominal) vs average real growth 11.14%: 2^(1/5) = 14.9% is nominal, the 11.14% is at comparable prices')
S.rel('growth', C, [gf, gfa], 'revenue up 1.93-fold in five years: 2.93^(1/5) = 1.2399 → 24% a year')
g11 = F(GR, '12.5%'); g50 = F(GR, '5020亿元'); g51 = F(GR, '5020亿元', n=1)
S.rel('target', CT, [gt12, g11], '十二五 (2011–2015) average target 12%以上 vs the first year 12.5%: one year cannot settle a five-year average')
S.rel('restatement', C, [g50, g51], '2011 GDP estimate 5020亿 in the lead and in the body')
S.rel('restatement', U, [hr, g11], 'H1 2011 growth 13.0% vs full-year 2011 growth 12.5%: different periods')
a = ALT(GT, 1, gf, '1.53倍', 'revenue increase 1.93 → 1.53-fold')
S.rel('growth', I, [on(a, gf, '1.53倍'), on(a, gfa)], 'altered: 2.53^(1/5) = 1.2040 → 20.4% a year, not 24')
a = ALT(GR, 1, g51, '5920亿元', '2011 GDP in the body 5020 → 5920')
S.rel('restatement', I, [on(a, g50), on(a, g51, '5920亿元')], 'altered: lead 5020亿 vs body 5920亿 for the same 2011 GDP')

# ---- 内蒙古 Q1 2020 (traditional)
ng = F(NM, '3550.9億元', n=1); n1 = F(NM, '135.7億元'); n2 = F(NM, '1418.8億元'); n3 = F(NM, '1996.4億元')
ngr = F(NM, '5.8%'); n1r = F(NM, '12.1%'); n2r = F(NM, '3.6%'); n3r = F(NM, '6.8%', '同比下降')
nmr = rate([135.7, 1418.8, 1996.4], [-12.1, -3.6, -6.8])
S.rel('sum', C, [n1, n2, n3, ng], 'Q1 2020 135.7 + 1418.8 + 1996.4 = 3550.9')
S.rel('rate', C, [n1, n1r, n2, n2r, n3, n3r, ng, ngr], f'declines: 154.38 + 1471.78 + 2142.06 = 3768.22; 3550.9/3768.22 → {nmr[0]}% (range {nmr[2]}–{nmr[1]}) → 下降5.8')
S.rel('growth', U, [F(NM, '2.9%'), F(NM, '5.5個百分點')], '规上工业 −2.9%, 5.5 points better than the national rate, which is not stated')
S.rel('restatement', U, [F(NM, '6.8%', '羊存欄6612.7萬只,同比增長'), n3r], 'sheep stock +6.8% vs tertiary value added −6.8%: different indicators sharing a number')
a = ALT(NM, 1, n2, '1448.8億元', 'Q1 secondary value added 1418.8 → 1448.8')
S.rel('sum', I, [on(a, n1), on(a, n2, '1448.8億元'), on(a, n3), on(a, ng)], 'altered: 135.7 + 1448.8 + 1996.4 = 3580.9, not 3550.9')
a = ALT(NM, 2, n3r, '8.8%', 'Q1 tertiary decline 6.8 → 8.8')
nmr2 = rate([135.7, 1418.8, 1996.4], [-12.1, -3.6, -8.8])
S.rel('rate', I, [on(a, n1), on(a, n1r), on(a, n2), on(a, n2r), on(a, n3), on(a, n3r, '8.8%'), on(a, ng), on(a, ngr)], f'altered: with −8.8% the sectors give {nmr2[0]}%, not −5.8')

# ---- 西藏 Q1 2017, simplified and traditional copies of the same report
def xz(doc, w):
    return dict(g=F(doc, '271.35' + w), s1=F(doc, '14.80' + w), s2=F(doc, '32.96' + w), s3=F(doc, '223.59' + w),
                gr=F(doc, '11%'), r1=F(doc, '3.1%'), r2=F(doc, '7.1%'), r3=F(doc, '12.0%'), pull=F(doc, '10个百分点' if w == '亿元' else '10個百分點'))
A = xz(XZ, '亿元'); B = xz(XZH, '億元')
xzr = rate([14.80, 32.96, 223.59], [3.1, 7.1, 12.0])
for d, X in ((XZ, A), (XZH, B)):
    S.rel('sum', C, [X['s1'], X['s2'], X['s3'], X['g']], f'{d}: 14.80 + 32.96 + 223.59 = 271.35')
S.rel('rate', C, [A['s1'], A['r1'], A['s2'], A['r2'], A['s3'], A['r3'], A['g'], A['gr']], f'14.355 + 30.775 + 199.634 = 244.764; 271.35/244.764 → {xzr[0]}% → 11 (stated as a whole number)')
S.rel('rate', C, [A['s3'], A['r3'], A['g'], A['gr'], A['pull']], 'tertiary pull: (223.59 − 223.59/1.12)/244.764 = 9.79 points → “10个百分点”')
S.rel('restatement', C, [A['g'], B['g']], 'Q1 2017 西藏 GDP 271.35 in both copies')
S.rel('restatement', C, [A['s1'], B['s1']], 'Q1 2017 primary value added 14.80 in both copies')
S.rel('restatement', C, [A['r3'], B['r3']], 'Q1 2017 tertiary growth 12.0% in both copies')
a = ALT(XZH, 1, B['s3'], '228.59億元', 'traditional copy: tertiary value added 223.59 → 228.59')
S.rel('sum', I, [on(a, B['s1']), on(a, B['s2']), on(a, B['s3'], '228.59億元'), on(a, B['g'])], 'altered: 14.80 + 32.96 + 228.59 = 276.35, not 271.35')
S.rel('restatement', I, [A['s3'], on(a, B['s3'], '228.59億元')], 'altered: tertiary value added 223.59 (simplified) vs 228.59 (traditional)')
a = ALT(XZ, 1, A['r3'], '15.0%', 'simplified copy: tertiary growth 12.0 → 15.0')
xzr2 = rate([14.80, 32.96, 223.59], [3.1, 7.1, 15.0])
S.rel('rate', I, [on(a, A['s1']), on(a, A['r1']), on(a, A['s2']), on(a, A['r2']), on(a, A['s3']), on(a, A['r3'], '15.0%'), on(a, A['g']), on(a, A['gr'])], f'altered: with 15.0% the sectors give {xzr2[0]}%, outside 11 ± 0.5')
S.rel('restatement', I, [on(a, A['r3'], '15.0%'), B['r3']], 'altered: tertiary growth 15.0% (simplified) vs 12.0% (traditional)')
a = ALT(XZ, 2, A['pull'], '13个百分点', 'simplified copy: tertiary pull 10 → 13 points')
S.rel('rate', I, [on(a, A['s3']), on(a, A['r3']), on(a, A['g']), on(a, A['gr']), on(a, A['pull'], '13个百分点')], 'altered: tertiary pull computes to 9.79 points, stated 13')

# ---- 新疆 2004 targets (traditional), H1 2006 (traditional)
xt = F(XJ, '百分之九', post=','); xs = [F(XJ, '百分之四', post=','), F(XJ, '百分之十點七'), F(XJ, '百分之九點五')]
S.rel('growth', U, xs + [xt], 'sector targets 4 / 10.7 / 9.5 vs GDP target 9: sector weights not stated')
S.rel('target', U, [xt, F(XJ6, '11.2%')], '2004 growth target 9% vs H1 2006 growth 11.2%: target of one year, result of another period')
S.rel('target', U, [F(XJ, '二千零一十五億元'), F(XJ6, '1052億元')], '2004 GDP target 2015亿 vs H1 2006 GDP 1052亿: different periods')

# ---- 山东 2011 targets, 2020 results (traditional), 2003 city table
S.rel('target', U, [F(SDT, '10%左右'), F(SDR, '3.6%')], '2011 GDP target 10%左右 vs 2020 growth 3.6%: different years')
S.rel('restatement', U, [F(SDT, '10%左右'), F(SDT, '10%左右', n=1)], 'GDP target 10% vs income targets 10%: different indicators')
S.rel('growth', U, [F(SDR, '3.6%'), F(SDR, '1.3個百分點')], '山东 3.6%, 1.3 points above the national rate, which is not stated')
lines = S.read(SDC).split('\n')
def row(name):
    i = [k for k, l in enumerate(lines) if f'| {name} |' in l][0]
    return Cells(SDC, i, '|')[1:]
real_bad = {'济南市': '104.86 + 599.65 + 660.68 = 1365.19 vs stated 1365.33 (off by 0.14): a real inconsistency in the stored table',
            '威海': '92.46 + 492.00 + 251.47 = 835.93 vs stated 836.02 (off by 0.09): a real inconsistency in the stored table'}
city = {}
for name in ['青岛市', '济南市', '烟台市', '淄博市', '潍坊市', '威海', '临沂市', '济宁市', '东营', '德州市', '菏泽市']:
    g, p1, p2, p3 = city[name] = row(name)
    s = round(sum(float(x[1]) for x in (p1, p2, p3)), 2)
    if name in real_bad: S.rel('sum', I, [p1, p2, p3, g], f'2003 {name}: ' + real_bad[name])
    else:
        assert abs(s - float(g[1])) <= 0.0151, (name, s)
        S.rel('sum', C, [p1, p2, p3, g], f'2003 {name}: {p1[1]} + {p2[1]} + {p3[1]} = {s} ≈ {g[1]}')
S.rel('restatement', C, [F(SDC, '1780.42'), city['青岛市'][0]], '青岛 2003 GDP 1780.42 in the lead and in the table')
ld = F(SDC, '1003.38')
S.rel('restatement', C, [ld, city['淄博市'][0]], '淄博 2003 GDP 1003.38 in the lead and in the table')
a = ALT(SDC, 1, city['潍坊市'][2], '494.69', '潍坊 secondary 484.69 → 494.69')
g, p1, p2, p3 = city['潍坊市']
S.rel('sum', I, [on(a, p1), on(a, p2, '494.69'), on(a, p3), on(a, g)], 'altered: 159.57 + 494.69 + 330.63 = 984.89, not 974.89')
a = ALT(SDC, 2, city['临沂市'][2], '450.5', '临沂 secondary 400.5 → 450.5')
g, p1, p2, p3 = city['临沂市']
S.rel('sum', I, [on(a, p1), on(a, p2, '450.5'), on(a, p3), on(a, g)], 'altered: 124.6 + 450.5 + 294.6 = 869.7, not 819.7')
a = ALT(SDC, 3, ld, '1008.38', 'lead: 淄博 GDP 1003.38 → 1008.38')
S.rel('restatement', I, [on(a, ld, '1008.38'), on(a, city['淄博市'][0])], 'altered: lead 1008.38 vs table 1003.38 for 淄博 2003 GDP')

# ---- 河南 2005 report news
he = F(HEN, '11.4%'); hx = F(HEN, '70%以上')
S.rel('growth', C, [he, hx], '2000→2005 at 11.4% a year: 1.114^5 = 1.715 → up 71.5%, “70%以上”')
S.rel('growth', U, [he, F(HEN, '2个百分点'), F(NAT, '9.9%')], '河南 2001–2005 average 11.4%, 2 points above the national five-year average, vs national 2005 single-year 9.9%: different periods')
S.rel('restatement', U, [F(HEN, '1万亿元'), F(HEN, '1万亿元', n=2)], 'GDP “突破1万亿元” vs deposits “突破1万亿元”: different indicators')
a = ALT(HEN, 1, hx, '90%以上', 'five-year increase 70%以上 → 90%以上')
S.rel('growth', I, [on(a, he), on(a, hx, '90%以上')], 'altered: 1.114^5 = 1.715, up 71.5%, not “90%以上”')

# ---- national 2005 report
S.rel('growth', U, [F(NAT, '3万亿元'), F(NAT, '5232亿元')], 'revenue “突破3万亿元”, up 5232亿: a lower bound, no growth rate to check')

# ---- 昆明 2021 and 2016 report news
kh = F(KM, '9.4%'); kb = F(KM, '9.4%', n=1)
S.rel('restatement', C, [kh, kb], 'urban income growth 9.4% in the headline and the body')
S.rel('rate', U, [F(KM6, '8.5%'), F(KM6, '6%'), F(KM6, '7.6%'), F(KM6, '9.3%')], '2016 GDP 8.5% vs sector rates 6 / 7.6 / 9.3: sector levels not stated')
S.rel('restatement', U, [F(KM6, '9.7%'), F(KM, '10.1%', n=1)], '2016 rural income +9.7% vs 2021 rural income +10.1%: different years')
a = ALT(KM, 1, kb, '9.9%', 'body: urban income growth 9.4 → 9.9')
S.rel('restatement', I, [on(a, kh), on(a, kb, '9.9%')], 'altered: headline 9.4% vs body 9.9% for the same 2021 urban income growth')

# ---- 鹤庆县 2017 report (traditional)
S.rel('share', U, [F(HQ, '5.56億元'), F(HQ, '22.93億元')], 'budget revenue 5.56 vs expenditure 22.93: no ratio stated')
S.rel('growth', U, [F(HQ, '11%'), F(HQ, '32%')], 'GDP +11% vs 规上 fixed investment +32%: different indicators')

# ---- 青海 yearbook table 2-12 (structure, %)
ql = S.read(QH).split('\n')
def qrow(y):
    i = [k for k, l in enumerate(ql) if l.startswith(y + ' ')][0]
    return Cells(QH, i)[1:]   # total, primary, secondary, industry, construction, tertiary
for y in ['1952', '1978', '1990', '2000', '2010', '2013']:
    t, p1, p2, ind, con, p3 = qrow(y)
    S.rel('sum', C, [p1, p2, p3, t], f'{y}: {p1[1]} + {p2[1]} + {p3[1]} = 100.0')
for y in ['1957', '1985', '2005', '2008']:
    t, p1, p2, ind, con, p3 = qrow(y)
    S.rel('sum', C, [ind, con, p2], f'{y}: industry {ind[1]} + construction {con[1]} = secondary {p2[1]}')
r88 = qrow('1988')
S.rel('restatement', U, [r88[3], r88[5]], '1988 industry 31.5 and tertiary 31.5: different indicators sharing a number')
S.rel('restatement', U, [qrow('2006')[1], qrow('2008')[1]], 'primary share 10.4 in 2006 and in 2008: different years')
t, p1, p2, ind, con, p3 = qrow('1990')
a = ALT(QH, 1, p3, '38.3', '1990 tertiary share 36.3 → 38.3')
S.rel('sum', I, [on(a, p1), on(a, p2), on(a, p3, '38.3'), on(a, t)], 'altered: 25.3 + 38.4 + 38.3 = 102.0')
t, p1, p2, ind, con, p3 = qrow('2005')
a = ALT(QH, 2, ind, '39.5', '2005 industry share 37.5 → 39.5')
S.rel('sum', I, [on(a, ind, '39.5'), on(a, con), on(a, p2)], 'altered: 39.5 + 11.2 = 50.7, not 48.7')
t, p1, p2, ind, con, p3 = qrow('1952')
a = ALT(QH, 3, p1, '75.6', '1952 primary share 73.6 → 75.6')
S.rel('sum', I, [on(a, p1, '75.6'), on(a, p2), on(a, p3), on(a, t)], 'altered: 75.6 + 7.4 + 19.0 = 102.0')

# ---- development zones: 衢州 2013 (浙江), 西安经开区 2017 (陕西)
S.rel('share', U, [F(XA, '244亿元'), F(XA, '247亿元')], '规上工业增加值 244 vs 工业增加值 247: the first is part of the second, no share stated')
S.rel('share', U, [F(XA, '220亿元'), F(XA, '520亿元')], '64 key projects 220亿 vs zone fixed investment 520亿: overlapping scopes, no share stated')
S.rel('restatement', U, [F(QZ, '7.9亿美元'), F(XA, '7.325亿美元')], '衢州开发区 2013 contracted foreign capital vs 西安经开区 2017 foreign capital introduced: different zones, years, indicators')
S.write()

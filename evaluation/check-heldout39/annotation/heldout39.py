"""Check key, thirty-ninth held-out set (check-heldout39). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout39.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout39'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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



N86='nat_1986_hant.txt'; QZ='qz_2000_hant.txt'; FJY='fj_yb2002.txt'; DC='dc_2008.txt'; FJ8='fj_2008_hant.txt'
CQT='cq_2011t_hant.txt'; CQR='cq_2011r_hant.txt'; DDK='ddk_2011.txt'; NM='nm_2019h1.txt'; SD='sd_2023.txt'
SDK='sdkfq_2011_hant.txt'; GS='gs_2021r.txt'; LY='ly_2022h1.txt'; N22T='nat_2022t.txt'; N22='nat_2022r_hant.txt'

# ---- national 1986 bulletin (traditional)
n_sc = F(N86, '18774億元'); n_scr = F(N86, '9.1%'); n_gn = F(N86, '15104億元'); n_gnr = F(N86, '9.3%')
n_ni = F(N86, '7790億元'); n_nir = F(N86, '7.4%'); n_gnp = F(N86, '9380億元'); n_gnpr = F(N86, '7.8%')
n_ag = F(N86, '3947億元'); n_agr = F(N86, '3.5%'); n_agt = F(N86, '3%', '增長', post='的要求')
n_gr = F(N86, '39109萬噸'); n_gi = F(N86, '1199萬噸')
S.rel('target', M, [n_agt, n_agr], '1986 plan: agricultural output +3%; result +3.5%, “超過計劃規定增長3%的要求” → met')
S.rel('growth', U, [n_sc, n_scr, n_gn, n_gnr], 'gross social output +9.1% vs its 其中 part 工農業總產值 +9.3%: a part’s rate, other parts not stated')
S.rel('restatement', U, [n_nir, n_gnpr], 'national income +7.4% vs GNP +7.8%: different indicators')
a = ALT(N86, 1, n_agr, '2.5%', 'agricultural output growth 3.5 → 2.5')
S.rel('target', MS, [on(a, n_agt), on(a, n_agr, '2.5%')], 'altered: result +2.5% against the 3% plan → missed (the text still claims “超過”)')

# ---- 泉州 2000 bulletin (traditional)
qg = F(QZ, '1045億元'); q1 = F(QZ, '83.25億元'); q2 = F(QZ, '557.21億元'); q3 = F(QZ, '404.58億元')
qs0 = [F(QZ, '8.5%'), F(QZ, '53.1%'), F(QZ, '38.4%')]; qs = [F(QZ, '8.0%'), F(QZ, '53.3%'), F(QZ, '38.7%')]
qd = [F(QZ, '3.5', '下降了'), F(QZ, '1.9', '上升了'), F(QZ, '1.6', '和')]
S.rel('sum', C, [q1, q2, q3, qg], '2000 GDP 83.25 + 557.21 + 404.58 = 1045.04 → 1045')
S.rel('sum', C, qs, '2000 structure 8.0 + 53.3 + 38.7 = 100')
S.rel('sum', C, qs0, '1999 structure 8.5 + 53.1 + 38.4 = 100')
S.rel('sum', C, qd, '九五 changes in the three shares of a full split: −3.5 + 1.9 + 1.6 = 0')
S.rel('share', C, [q2, qg, qs[1]], '557.21/1045 = 53.32% → 53.3')
S.rel('share', C, [q3, qg, qs[2]], '404.58/1045 = 38.72% → 38.7')
S.rel('growth', U, [F(QZ, '16.4%'), F(QZ, '6.0%'), F(QZ, '16.8%'), F(QZ, '17.5%')], '九五 average rates 16.4 / 6.0 / 16.8 / 17.5: the 1995 weights are not stated')
a = ALT(QZ, 1, q2, '587.21億元', 'secondary value added 557.21 → 587.21')
S.rel('sum', I, [on(a, q1), on(a, q2, '587.21億元'), on(a, q3), on(a, qg)], 'altered: 83.25 + 587.21 + 404.58 = 1075.04, not 1045')
S.rel('share', I, [on(a, q2, '587.21億元'), on(a, qg), on(a, qs[1])], 'altered: 587.21/1045 = 56.19%, stated 53.3')
a = ALT(QZ, 2, qs[2], '36.7%', '2000 tertiary share 38.7 → 36.7')
S.rel('sum', I, [on(a, qs[0]), on(a, qs[1]), on(a, qs[2], '36.7%')], 'altered: 8.0 + 53.3 + 36.7 = 98.0')
S.rel('share', I, [on(a, q3), on(a, qg), on(a, qs[2], '36.7%')], 'altered: 404.58/1045 = 38.72%, stated 36.7')
a = ALT(QZ, 3, qd[2], '2.6', '九五 tertiary share change 1.6 → 2.6 points')
S.rel('sum', I, [on(a, qd[0]), on(a, qd[1]), on(a, qd[2], '2.6')], 'altered: −3.5 + 1.9 + 2.6 = 1.0, shares of a full split cannot all gain')

# ---- 福建 yearbook table 2-3 (total output 1995–2002)
ft = Cells(FJY, 3); fp = Cells(FJY, 4); fs = Cells(FJY, 5); fi = Cells(FJY, 6); fc = Cells(FJY, 7); fte = Cells(FJY, 8)
fr = Cells(FJY, 17); frp = Cells(FJY, 18); frs = Cells(FJY, 19); fri = Cells(FJY, 20); frc = Cells(FJY, 21); frt = Cells(FJY, 22)
yrs = ['1995', '2000', '2001', '2002']
for k in (1, 3):
    S.rel('sum', C, [fp[k], fs[k], fte[k], ft[k]], f'{yrs[k]} total output {fp[k][1]} + {fs[k][1]} + {fte[k][1]} = {ft[k][1]}')
for k in (3,):
    S.rel('sum', C, [fi[k], fc[k], fs[k]], f'{yrs[k]} secondary {fi[k][1]} + {fc[k][1]} = {fs[k][1]}')
S.rel('rate', C, [fp[3], frp[3], fs[3], frs[3], fte[3], frt[3], ft[3], fr[3]], '2002: 1051.88 + 6735.98 + 3605.30 = 11393.16; 12901.95/11393.16 = 13.24% (range 13.19–13.29) → 13.3 at the edge of the allowance')
S.rel('rate', C, [fp[2], frp[2], fs[2], frs[2], fte[2], frt[2], ft[2], fr[2]], '2001: levels deflated by sector rates give 10.99% (range 10.94–11.04) → 11.0')
S.rel('rate', C, [fi[2], fri[2], fc[2], frc[2], fs[2], frs[2]], '2001 secondary: 6283.37/1.128 + 792.32/1.09 → 12.36% (range 12.31–12.41) → 12.4')
S.rel('sum', U, [Cells(FJY, 11)[3], Cells(FJY, 14)[3], fte[3]], '2002 transport 1005.56 and trade 1130.65 are “#” items of tertiary 3965.83: partial list')
a = ALT(FJY, 1, fs[3], '7347.42', '2002 secondary output 7847.42 → 7347.42')
S.rel('sum', I, [on(a, fp[3]), on(a, fs[3], '7347.42'), on(a, fte[3]), on(a, ft[3])], 'altered: 1088.70 + 7347.42 + 3965.83 = 12401.95, not 12901.95')
S.rel('sum', I, [on(a, fi[3]), on(a, fc[3]), on(a, fs[3], '7347.42')], 'altered: 6992.83 + 854.59 = 7847.42, stated 7347.42')
a = ALT(FJY, 2, fte[1], '3662.34', '2000 tertiary output 3362.34 → 3662.34')
S.rel('sum', I, [on(a, fp[1]), on(a, fs[1]), on(a, fte[1], '3662.34'), on(a, ft[1])], 'altered: 1037.27 + 6554.69 + 3662.34 = 11254.30, not 10954.30')
a = ALT(FJY, 3, fr[2], '13.0', '2001 total output growth 11.0 → 13.0')
S.rel('rate', I, [on(a, fp[2]), on(a, frp[2]), on(a, fs[2]), on(a, frs[2]), on(a, fte[2]), on(a, frt[2]), on(a, ft[2]), on(a, fr[2], '13.0')], 'altered: weighted rate 10.99%, stated 13.0')

# ---- 都昌县 2008 bulletin
dg = F(DC, '300364万元'); d1 = F(DC, '88560万元'); d2 = F(DC, '109987万元'); d3 = F(DC, '101817万元')
dr = [F(DC, '9.8%'), F(DC, '4.4%'), F(DC, '16.6%'), F(DC, '7.7%')]
ds = [F(DC, '29.5%'), F(DC, '36.6%'), F(DC, '33.9%')]; dd = [F(DC, '1.1', '提升了'), F(DC, '1.1', '下降了')]
S.rel('sum', C, [d1, d2, d3, dg], '88560 + 109987 + 101817 = 300364')
S.rel('sum', C, ds, 'structure 29.5 + 36.6 + 33.9 = 100')
S.rel('sum', C, dd, 'share changes 0 (持平) + 1.1 − 1.1 = 0')
S.rel('share', C, [d2, dg, ds[1]], '109987/300364 = 36.62% → 36.6')
S.rel('share', C, [d3, dg, ds[2]], '101817/300364 = 33.90% → 33.9')
S.rel('rate', C, [d1, dr[1], d2, dr[2], d3, dr[3], dg, dr[0]], 'current-price levels deflated by sector rates: 9.75% (range 9.69–9.79) → 9.8 at the edge')
S.rel('share', U, [F(DC, '8037万元'), F(DC, '32%')], 'township revenue 8037 = 32% of county revenue: county revenue not stated')
a = ALT(DC, 1, d2, '109387万元', 'secondary value added 109987 → 109387')
S.rel('sum', I, [on(a, d1), on(a, d2, '109387万元'), on(a, d3), on(a, dg)], 'altered: 88560 + 109387 + 101817 = 299764, not 300364')
S.rel('share', I, [on(a, d2, '109387万元'), on(a, dg), on(a, ds[1])], 'altered: 109387/300364 = 36.42% → 36.4, stated 36.6')
a = ALT(DC, 2, ds[2], '38.9%', 'tertiary share 33.9 → 38.9')
S.rel('sum', I, [on(a, ds[0]), on(a, ds[1]), on(a, ds[2], '38.9%')], 'altered: 29.5 + 36.6 + 38.9 = 105.0')
S.rel('share', I, [on(a, d3), on(a, dg), on(a, ds[2], '38.9%')], 'altered: 101817/300364 = 33.90%, stated 38.9')
a = ALT(DC, 3, dd[1], '1.6', 'tertiary share change −1.1 → −1.6')
S.rel('sum', I, [on(a, dd[0]), on(a, dd[1], '1.6')], 'altered: 0 + 1.1 − 1.6 = −0.5, the changes of a full split must net to zero')

# ---- 福建 2008 news (traditional, mixed glyph pairs)
fi8 = F(FJ8, '22.3%'); fc8 = F(FJ8, '20.1%'); fe8 = F(FJ8, '14.1%'); fq = [F(FJ8, '1.6', '為'), F(FJ8, '1.4', '1.6∶')]
S.rel('share', C, [fi8, fe8, fq[0]], 'growth ratio investment : exports = 22.3/14.1 = 1.58 → 1.6')
S.rel('share', C, [fc8, fe8, fq[1]], 'growth ratio retail : exports = 20.1/14.1 = 1.43 → 1.4')
S.rel('growth', U, [F(FJ8, '13%'), F(FJ8, '12.2%')], 'GDP +13% vs per-capita GDP +12.2%: population growth not stated')
S.rel('restatement', U, [F(FJ8, '7年保持'), F(FJ8, '7年的時')], '“連續7年” double-digit growth vs “用了7年” from 10000 to 20000 yuan: different things sharing a number')
a = ALT(FJ8, 1, fe8, '17.1%', 'export growth 14.1 → 17.1')
S.rel('share', I, [on(a, fi8), on(a, fe8, '17.1%'), on(a, fq[0])], 'altered: 22.3/17.1 = 1.30, stated 1.6')
S.rel('share', I, [on(a, fc8), on(a, fe8, '17.1%'), on(a, fq[1])], 'altered: 20.1/17.1 = 1.18, stated 1.4')

# ---- 重庆 2011: targets news (traditional) and results news (traditional)
ct = F(CQT, '13.5%', '總值增長'); cty = F(CQT, '12.5%'); ctb = F(CQT, '15%'); ctu = F(CQT, '13.5%', '分別增長'); ctr = F(CQT, '18%')
cr = F(CQR, '16.4%'); crl = F(CQR, '10011.13億元', n=0); crb = F(CQR, '10011.13億元', n=1); cr11 = F(CQR, '11.9%'); cr5 = F(CQR, '14.9%')
S.rel('target', M, [ct, cr], '2011 target: GDP +13.5%; result +16.4% → met')
S.rel('target', CT, [cty, cr], '十二五 target: 12.5% a year on average; one year (2011, +16.4%) cannot settle a five-year average')
S.rel('target', U, [ct, cr5], '2011 target 13.5% vs 十一五 average 14.9%: target of one period, result of another')
S.rel('target', U, [ctb, cr5], '2011 budget-revenue target +15% vs 十一五 average GDP growth 14.9%: different indicator and period')
S.rel('restatement', U, [ct, ctu], 'GDP target +13.5% vs urban income target +13.5%: different indicators')
S.rel('restatement', C, [crl, crb], '2011 GDP 10011.13 stated in the lead and again in the body')
S.rel('growth', U, [cr, cr11, cr5], '16.4 vs averages 11.9 (since 1997) and 14.9 (十一五): comparisons, no level stated')
a = ALT(CQR, 1, cr, '12.4%', '2011 GDP growth 16.4 → 12.4')
S.rel('target', MS, [ct, on(a, cr, '12.4%')], 'altered: result +12.4% against the 13.5% target → missed')
a = ALT(CQR, 2, crb, '10017.13億元', 'body GDP 10011.13 → 10017.13')
S.rel('restatement', I, [on(a, crl), on(a, crb, '10017.13億元')], 'altered: 10011.13 in the lead, 10017.13 in the body')

# ---- 大渡口区 2011 bulletin
kg = F(DDK, '149.9亿元'); k1 = F(DDK, '1.7亿元'); k2 = F(DDK, '83.5亿元'); k3 = F(DDK, '64.6亿元')
kr = [F(DDK, '16.7%'), F(DDK, '2.2%', '增长', n=0), F(DDK, '19.0%', n=0), F(DDK, '14.3%')]
ks = [F(DDK, '1.1%'), F(DDK, '55.8%'), F(DDK, '43.1%')]; kd = [F(DDK, '0.3'), F(DDK, '13.0'), F(DDK, '12.7')]
ka = F(DDK, '24686万元'); kp = [F(DDK, '18034万元'), F(DDK, '1750万元'), F(DDK, '2730万元'), F(DDK, '972万元'), F(DDK, '1200万元')]
ki = F(DDK, '245.5亿元'); kl = F(DDK, '56.3亿元'); kh = F(DDK, '189.2亿元'); kir = F(DDK, '33.3%'); klr = F(DDK, '17.7%'); khr = F(DDK, '38.8%')
S.rel('sum', C, [k1, k2, k3, kg], '1.7 + 83.5 + 64.6 = 149.8, total 149.9 within the half-units')
S.rel('sum', C, ks, 'structure 1.1 + 55.8 + 43.1 = 100')
S.rel('sum', C, kd, 'share changes +0.3 − 13.0 + 12.7 = 0')
S.rel('share', C, [k2, kg, ks[1]], '83.5/149.9 = 55.70%; with the half-units up to 83.55/149.85 = 55.76 → 55.8 (edge)')
S.rel('rate', C, [k1, kr[1], k2, kr[2], k3, kr[3], kg, kr[0]], 'levels deflated by sector rates: 16.79% (range 16.74–16.84) → 16.7 at the edge')
S.rel('sum', C, kp + [ka], 'agricultural output 18034 + 1750 + 2730 + 972 + 1200 = 24686')
S.rel('sum', C, [kl, kh, ki], 'light 56.3 + heavy 189.2 = 245.5')
S.rel('rate', C, [kl, klr, kh, khr, ki, kir], '56.3/1.177 + 189.2/1.388 = 184.14; 245.5/184.14 = 33.32% (range 33.27–33.37) → 33.3')
S.rel('sum', U, [F(DDK, '67.1亿元'), F(DDK, '23.3亿元'), F(DDK, '16.8亿元'), F(DDK, '16.7亿元'), ki], 'four industries listed under 分行业看 out of 245.5: partial list')
S.rel('restatement', U, [kr[1], F(DDK, '2.2%', '24686万元,增长')], 'primary value added +2.2% vs agricultural gross output +2.2%: different indicators sharing a number')
a = ALT(DDK, 1, k2, '88.5亿元', 'secondary value added 83.5 → 88.5')
S.rel('sum', I, [on(a, k1), on(a, k2, '88.5亿元'), on(a, k3), on(a, kg)], 'altered: 1.7 + 88.5 + 64.6 = 154.8, not 149.9')
S.rel('share', I, [on(a, k2, '88.5亿元'), on(a, kg), on(a, ks[1])], 'altered: 88.5/149.9 = 59.04%, stated 55.8')
a = ALT(DDK, 2, kp[2], '2930万元', 'animal husbandry output 2730 → 2930')
S.rel('sum', I, [on(a, p) if p is not kp[2] else on(a, p, '2930万元') for p in kp] + [on(a, ka)], 'altered: parts add to 24886, total 24686')
a = ALT(DDK, 3, kh, '169.2亿元', 'heavy-industry output 189.2 → 169.2')
S.rel('sum', I, [on(a, kl), on(a, kh, '169.2亿元'), on(a, ki)], 'altered: 56.3 + 169.2 = 225.5, not 245.5')

# ---- 内蒙古 H1 2019 news
mg = F(NM, '8266.7亿元', n=1); m1 = F(NM, '333.1亿元'); m2 = F(NM, '3344.2亿元'); m3 = F(NM, '4589.4亿元')
S.rel('sum', C, [m1, m2, m3, mg], 'H1 2019: 333.1 + 3344.2 + 4589.4 = 8266.7')
S.rel('restatement', C, [F(NM, '8266.7亿元', n=0), mg], 'H1 GDP 8266.7 in the headline and in the quoted release')
S.rel('share', U, [F(NM, '620亿元'), m1], '农林牧渔业总产值 620 (gross output) vs 第一产业增加值 333.1 (value added): overlapping scopes, not a part of a whole')
a = ALT(NM, 1, m2, '3314.2亿元', 'H1 secondary value added 3344.2 → 3314.2')
S.rel('sum', I, [on(a, m1), on(a, m2, '3314.2亿元'), on(a, m3), on(a, mg)], 'altered: 333.1 + 3314.2 + 4589.4 = 8236.7, not 8266.7')

# ---- 山东 2023 bulletin
sg = F(SD, '92068.7亿元'); s1 = F(SD, '6506.2亿元'); s2 = F(SD, '35987.9亿元'); s3 = F(SD, '49574.6亿元')
sr = [F(SD, '6.0%'), F(SD, '4.5%'), F(SD, '6.5%'), F(SD, '5.8%')]
ss = [F(SD, '7.1', '为'), F(SD, '39.1'), F(SD, '53.8')]; sa = [F(SD, '18.52%'), F(SD, '57.86%'), F(SD, '23.62%')]
sb = F(SD, '6.01‰'); sdr = F(SD, '8.19‰'); sn = F(SD, '-2.18‰')
S.rel('sum', C, [s1, s2, s3, sg], '6506.2 + 35987.9 + 49574.6 = 92068.7')
S.rel('sum', C, ss, 'structure 7.1 + 39.1 + 53.8 = 100')
S.rel('share', C, [s2, sg, ss[1]], '35987.9/92068.7 = 39.09% → 39.1')
S.rel('rate', C, [s1, sr[1], s2, sr[2], s3, sr[3], sg, sr[0]], 'levels deflated by sector rates: 5.98% (range 5.93–6.03) → 6.0')
S.rel('sum', C, sa, 'age groups 18.52 + 57.86 + 23.62 = 100')
S.rel('sum', C, [sb, sdr, sn], 'natural growth 6.01 − 8.19 = −2.18‰')
a = ALT(SD, 1, s2, '35387.9亿元', 'secondary value added 35987.9 → 35387.9')
S.rel('sum', I, [on(a, s1), on(a, s2, '35387.9亿元'), on(a, s3), on(a, sg)], 'altered: 6506.2 + 35387.9 + 49574.6 = 91468.7, not 92068.7')
S.rel('share', I, [on(a, s2, '35387.9亿元'), on(a, sg), on(a, ss[1])], 'altered: 35387.9/92068.7 = 38.44% → 38.4, stated 39.1')
a = ALT(SD, 2, sa[2], '28.62%', 'share aged 60+ 23.62 → 28.62')
S.rel('sum', I, [on(a, sa[0]), on(a, sa[1]), on(a, sa[2], '28.62%')], 'altered: 18.52 + 57.86 + 28.62 = 105.00')
a = ALT(SD, 3, sdr, '8.79‰', 'death rate 8.19 → 8.79')
S.rel('sum', I, [on(a, sb), on(a, sdr, '8.79‰'), on(a, sn)], 'altered: 6.01 − 8.79 = −2.78, stated −2.18')
a = ALT(SD, 4, sr[2], '8.5%', 'secondary growth 6.5 → 8.5')
S.rel('rate', I, [on(a, s1), on(a, sr[1]), on(a, s2), on(a, sr[2], '8.5%'), on(a, s3), on(a, sr[3]), on(a, sg), on(a, sr[0])], 'altered: with +8.5% the weighted rate is 6.74%, stated 6.0')

# ---- 山东 economic development zones 2011 (traditional)
kq = F(SDK, '19826.8億元'); kq2 = F(SDK, '11223.8億元'); kx = F(SDK, '1240億美元'); kx2 = F(SDK, '1039.6億美元'); kxs = F(SDK, '83.8%')
S.rel('share', C, [kx2, kx, kxs], 'zones in the two areas: exports+imports 1039.6/1240 = 83.84% → 83.8')
S.rel('share', U, [kq, F(SDK, '43.6%')], 'zones’ GDP 19826.8 = 43.6% of the province: provincial GDP not stated')
S.rel('share', U, [F(SDK, '35061.5億元'), F(SDK, '61710.7億元'), F(SDK, '58%')], 'gross industrial output 35061.5 (all) vs above-scale output 61710.7: 56.8%, stated 58% — different scopes')
a = ALT(SDK, 1, kx2, '1089.6億美元', 'two-area trade 1039.6 → 1089.6')
S.rel('share', I, [on(a, kx2, '1089.6億美元'), on(a, kx), on(a, kxs)], 'altered: 1089.6/1240 = 87.87%, stated 83.8')

# ---- 甘肃 2021 report (十三五 results)
gg0 = F(GS, '6557亿元'); gg1 = F(GS, '9017亿元'); ggr = F(GS, '5.5%'); gst = [F(GS, '13.3'), F(GS, '31.6'), F(GS, '55.1')]
ge = F(GS, '2179亿元'); ges = F(GS, '24.2%')
S.rel('sum', C, gst, '2020 structure 13.3 + 31.6 + 55.1 = 100')
S.rel('share', C, [ge, gg1, ges], 'ten eco-industries 2179/9017 = 24.17% → 24.2')
S.rel('growth', U, [gg0, gg1, ggr], 'current-price levels 6557 → 9017 (6.6% a year nominal) vs comparable-price average 5.5%: price change not stated')
a = ALT(GS, 1, ge, '2779亿元', 'eco-industries value added 2179 → 2779')
S.rel('share', I, [on(a, ge, '2779亿元'), on(a, gg1), on(a, ges)], 'altered: 2779/9017 = 30.82%, stated 24.2')
a = ALT(GS, 2, gst[2], '58.1', '2020 tertiary share 55.1 → 58.1')
S.rel('sum', I, [on(a, gst[0]), on(a, gst[1]), on(a, gst[2], '58.1')], 'altered: 13.3 + 31.6 + 58.1 = 103.0')

# ---- 洛阳 H1 2022
lg = F(LY, '2915.6亿元'); l1 = F(LY, '100.1亿元'); l2 = F(LY, '1332.6亿元'); l3 = F(LY, '1482.9亿元')
ls = [F(LY, '3.4%'), F(LY, '45.7%'), F(LY, '50.9%')]; lr = F(LY, '3.5%')
S.rel('sum', C, [l1, l2, l3, lg], 'H1 2022: 100.1 + 1332.6 + 1482.9 = 2915.6')
S.rel('sum', C, ls, 'structure 3.4 + 45.7 + 50.9 = 100')
S.rel('share', C, [l2, lg, ls[1]], '1332.6/2915.6 = 45.71% → 45.7')
S.rel('share', C, [l3, lg, ls[2]], '1482.9/2915.6 = 50.86% → 50.9')
a = ALT(LY, 1, l3, '1422.9亿元', 'H1 tertiary value added 1482.9 → 1422.9')
S.rel('sum', I, [on(a, l1), on(a, l2), on(a, l3, '1422.9亿元'), on(a, lg)], 'altered: 100.1 + 1332.6 + 1422.9 = 2855.6, not 2915.6')
S.rel('share', I, [on(a, l3, '1422.9亿元'), on(a, lg), on(a, ls[2])], 'altered: 1422.9/2915.6 = 48.80%, stated 50.9')
a = ALT(LY, 2, ls[1], '47.7%', 'H1 secondary share 45.7 → 47.7')
S.rel('sum', I, [on(a, ls[0]), on(a, ls[1], '47.7%'), on(a, ls[2])], 'altered: 3.4 + 47.7 + 50.9 = 102.0')

# ---- national 2022: target news and bulletin news (traditional)
tt = F(N22T, '5.5%左右', '国内生产总值增长'); tth = F(N22T, '5.5%左右', '预期增长')
ng = F(N22, '1210207億元'); n1 = F(N22, '88345億元'); n2 = F(N22, '483164億元'); n3 = F(N22, '638698億元')
nr = [F(N22, '3.0%', '比上年增長', n=0), F(N22, '4.1%'), F(N22, '3.8%'), F(N22, '2.3%')]
ns = [F(N22, '7.3%'), F(N22, '39.9%'), F(N22, '52.8%')]; nl = [F(N22, '1.0個'), F(N22, '1.5個'), F(N22, '0.5個')]
S.rel('restatement', C, [tth, tt], '2022 GDP target 5.5%左右 in the headline and in the body')
S.rel('target', MS, [tt, nr[0]], '2022 target “5.5%左右”; result +3.0%, outside ±0.5 point → missed')
S.rel('sum', C, [n1, n2, n3, ng], '88345 + 483164 + 638698 = 1210207')
S.rel('sum', C, ns, 'structure 7.3 + 39.9 + 52.8 = 100')
S.rel('share', C, [n2, ng, ns[1]], '483164/1210207 = 39.92% → 39.9')
S.rel('share', C, [n3, ng, ns[2]], '638698/1210207 = 52.78% → 52.8')
S.rel('rate', C, [n1, nr[1], n2, nr[2], n3, nr[3], ng, nr[0]], 'levels deflated by sector rates: 3.02% (range 2.97–3.07) → 3.0')
S.rel('sum', C, nl + [nr[0]], 'contributions 1.0 + 1.5 + 0.5 = 3.0 points = GDP growth 3.0%')
S.rel('restatement', U, [nr[0], F(N22, '3.0%', '比上年增長', n=1)], 'GDP +3.0% vs per-capita GDP +3.0%: different indicators sharing a number')
S.rel('growth', U, [F(N22, '1197215億元'), F(N22, '2.8%')], 'GNI +2.8%: the 2021 level is not stated')
S.rel('target', U, [tt, lr], 'national 2022 target 5.5% vs 洛阳 H1 2022 growth 3.5%: different place and period')
a = ALT(N22, 1, n3, '636698億元', 'tertiary value added 638698 → 636698')
S.rel('sum', I, [on(a, n1), on(a, n2), on(a, n3, '636698億元'), on(a, ng)], 'altered: 88345 + 483164 + 636698 = 1208207, not 1210207')
a = ALT(N22, 2, nl[1], '2.5個', 'capital-formation contribution 1.5 → 2.5 points')
S.rel('sum', I, [on(a, nl[0]), on(a, nl[1], '2.5個'), on(a, nl[2]), on(a, nr[0])], 'altered: 1.0 + 2.5 + 0.5 = 4.0 points, GDP +3.0%')
a = ALT(N22, 3, nr[0], '5.0%', 'GDP growth 3.0 → 5.0')
S.rel('target', M, [tt, on(a, nr[0], '5.0%')], 'altered: result +5.0%, within ±0.5 of 5.5%左右 → met')
S.rel('rate', I, [on(a, n1), on(a, nr[1]), on(a, n2), on(a, nr[2]), on(a, n3), on(a, nr[3]), on(a, ng), on(a, nr[0], '5.0%')], 'altered: weighted rate 3.02%, stated 5.0')

# ---- 青海 2003 report (results 1997–2002, traditional)
QH='qh_2002r_hant.txt'; JL='jl_2016r_hant.txt'
h02 = F(QH, '341億元'); h97 = F(QH, '202億元'); hd = F(QH, '139億元'); hr = F(QH, '10.1%')
b02 = F(QH, '37億元'); b97 = F(QH, '19.8億元'); bd = F(QH, '17.2億元'); br = F(QH, '13.3%')
e02 = F(QH, '116億元'); e97 = F(QH, '36.5億元'); ed = F(QH, '79.5億元'); er = F(QH, '26%')
S.rel('sum', C, [h97, hd, h02], 'GDP 202 + 139 = 341')
S.rel('sum', C, [b97, bd, b02], 'budget revenue 19.8 + 17.2 = 37')
S.rel('sum', C, [e97, ed, e02], 'expenditure 36.5 + 79.5 = 116')
S.rel('growth', C, [b97, b02, br], '(37/19.8)^(1/5) = 1.1332 → 13.3% a year (nominal amounts, nominal rate)')
S.rel('growth', C, [e97, e02, er], '(116/36.5)^(1/5) = 1.2602 → 26% a year')
S.rel('growth', U, [h97, h02, hr], 'current-price GDP 202 → 341 (11.0% a year nominal) vs comparable-price average 10.1%: price change not stated')
S.rel('growth', U, [F(QH, '845億元'), F(QH, '1.48倍')], 'five-year investment 845 = 1.48 × the 1978–1997 total, which is not stated')
a = ALT(QH, 1, bd, '13.2億元', 'revenue increase 17.2 → 13.2')
S.rel('sum', I, [on(a, b97), on(a, bd, '13.2億元'), on(a, b02)], 'altered: 19.8 + 13.2 = 33, not 37')
a = ALT(QH, 2, er, '28%', 'expenditure average growth 26 → 28')
S.rel('growth', I, [on(a, e97), on(a, e02), on(a, er, '28%')], 'altered: (116/36.5)^(1/5) = 1.2602 → 26%, stated 28')

# ---- 吉林 2017 report (2016 results, traditional)
S.rel('growth', U, [F(JL, '1643萬噸'), F(JL, '433萬噸')], 'coal capacity cut 1643, 433 above the state task: the task (1210) is not stated, nothing to check')
S.rel('target', U, [F(JL, '6.9%'), ct], '吉林 2016 GDP +6.9% vs 重庆 2011 target 13.5%: different place and year')

# ---- cross-text traps
S.rel('target', U, [ct, F(DDK, '16.7%')], '重庆 2011 city target 13.5% vs 大渡口区 2011 growth 16.7%: different place (district vs city)')
S.write()

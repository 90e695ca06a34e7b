"""Check key, thirty-sixth held-out set (check-heldout36). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout36.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split("heldout36"); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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
LN='ln_2022_hant.txt'; JL='jl_1994.txt'; XT='xt_2023_hant.txt'; ZJ='zjj_gxq_2018_hant.txt'; CC='cc_gxq_2013.txt'; CH='cc_gxq_2014hk.txt'
YB='yb_2020.txt'; G21='gx_2021t.txt'; G22='gx_2022r_hant.txt'; N24='nat_2024t.txt'; N25='nat_2025r.txt'; GZ='gz_2023_hant.txt'
SN='sn_2003_hant.txt'; GY='gy_2003.txt'; MSD='ms_2003.txt'; CS='cs_2003_hant.txt'; T10='tj_2010_hant.txt'; T20='tj_2018h1_hant.txt'; DY='dy_1988.txt'

# ---- 辽宁 2022 bulletin (traditional)
lg = F(LN, '28975.1億元'); l1 = F(LN, '2597.6億元'); l2 = F(LN, '11755.8億元'); l3 = F(LN, '14621.7億元')
S.rel('sum', C, [l1, l2, l3, lg], '2022 GDP 2597.6 + 11755.8 + 14621.7 = 28975.1')
S.rel('growth', U, [F(LN, '2.8%', '68775元,比上年增長'), F(LN, '2.1%')], 'per-capita GDP +2.8% vs GDP +2.1%: population change not stated')
S.rel('sum', U, [F(LN, '516.4千公頃'), F(LN, '2758.0千公頃'), F(LN, '106.5千公頃'), F(LN, '3561.5千公頃')],
      'rice + maize + other cereals = 3380.9 of 3561.5 grain area: partial list (beans and tubers not listed)')
a = ALT(LN, 1, l2, '11795.8億元', 'secondary value added 11755.8 → 11795.8')
S.rel('sum', I, [on(a, l1), on(a, l2, '11795.8億元'), on(a, l3), on(a, lg)], 'altered: 2597.6 + 11795.8 + 14621.7 = 29015.1, not 28975.1')

# ---- 吉林 1994 bulletin (OCR letter O in figures)
jg = F(JL, '974.OO亿元'); ja = F(JL, '241.5亿元'); js = F(JL, '24.8%')
S.rel('share', C, [ja, jg, js], '241.5/974.00 = 24.79% → 24.8 (974.OO is printed with letter O for zero)')
S.rel('restatement', U, [F(JL, '14.1%', '比上年增长'), F(JL, '14.1%', '9.8%、')], 'GDP +14.1% vs secondary industry +14.1%: different indicators')
a = ALT(JL, 1, ja, '261.5亿元', 'agricultural value added 241.5 → 261.5')
S.rel('share', I, [on(a, ja, '261.5亿元'), on(a, jg), on(a, js)], 'altered: 261.5/974.00 = 26.85%, stated 24.8')

# ---- 湘潭 2023 (traditional with pinyin glosses)
xg = F(XT, '2741.84億元'); x1 = F(XT, '182.62億元'); x2 = F(XT, '1381.46億元'); x3 = F(XT, '1177.76億元')
xr = F(XT, '5.1%', n=0); xr1 = F(XT, '3.5%'); xr2 = F(XT, '5.5%'); xr3 = F(XT, '4.9%'); xr9 = F(XT, '5.1%', n=1)
xq = F(XT, '1.71'); xd = F(XT, '0.04'); xu = F(XT, '3.8%'); xv = F(XT, '6.4%')
S.rel('sum', C, [x1, x2, x3, xg], '182.62 + 1381.46 + 1177.76 = 2741.84')
S.rel('rate', C, [x1, xr1, x2, xr2, x3, xr3, xg, xr], '176.44 + 1309.44 + 1122.75 = 2608.63; 2741.84/2608.63 = 5.11% (range 5.06–5.16) → 5.1')
S.rel('restatement', C, [xr, xr9], 'GDP growth 5.1% in the lead and again as the full-year figure of the quarterly sequence')
S.rel('growth', C, [xq, xd, xu, xv], 'prior ratio 1.71 + 0.04 = 1.75; 1.75 × 1.038/1.064 = 1.707 (range 1.696–1.719) → 1.71')
S.rel('growth', U, [F(XT, '3.7%'), xr1], '农林牧渔业 +3.7% vs 第一产业 +3.5%: overlapping scopes')
S.rel('growth', U, [F(XT, '3.0%'), F(XT, '4.5%'), xr9], 'cumulative H1 / Q1–Q3 / annual rates: quarterly levels not stated')
a = ALT(XT, 1, x2, '1331.46億元', 'secondary value added 1381.46 → 1331.46')
S.rel('sum', I, [on(a, x1), on(a, x2, '1331.46億元'), on(a, x3), on(a, xg)], 'altered: 182.62 + 1331.46 + 1177.76 = 2691.84, not 2741.84')
a = ALT(XT, 2, xd, '0.09', 'urban/rural income ratio narrowed by 0.04 → 0.09')
S.rel('growth', I, [on(a, xq), on(a, xd, '0.09'), on(a, xu), on(a, xv)], 'altered: prior ratio 1.80; 1.80 × 1.038/1.064 = 1.756 (range 1.745–1.767), stated 1.71')
a = ALT(XT, 3, xr2, '7.5%', 'secondary growth 5.5 → 7.5')
S.rel('rate', I, [on(a, x1), on(a, xr1), on(a, x2), on(a, xr2, '7.5%'), on(a, x3), on(a, xr3), on(a, xg), on(a, xr)], 'altered: with 7.5% the weighted rate is 6.10% (range 6.05–6.15), stated 5.1')

# ---- 张家界高新区 2018 results / 2019 targets (traditional with glosses)
zk = F(ZJ, '7家'); zp = F(ZJ, '133.33%')
S.rel('growth', C, [zk, zp], '7 firms, +133.33%: 7/2.3333 = 3 firms the year before (an integer)')
S.rel('target', U, [F(ZJ, '6家'), zk], '2019 target of 6 new high-tech firms vs 2018 result of 7: target of one year, result of another')
a = ALT(ZJ, 1, zp, '183.33%', 'growth of new high-tech firms 133.33 → 183.33')
S.rel('growth', I, [on(a, zk), on(a, zp, '183.33%')], 'altered: 7/2.8333 = 2.47 firms the year before, not an integer (3 → 133.33%, 2 → 250%)')

# ---- 长春高新区 2013: 大公网 vs 香港商报
cg = F(CC, '928亿元'); cr = F(CC, '15.9%'); cy = F(CC, '4251亿元')
hg = F(CH, '928亿元'); hr = F(CH, '15.9%'); hy = F(CH, '4251亿元')
S.rel('restatement', C, [cg, hg], '2013 GDP of 长春高新区 928亿元 in both reports')
S.rel('restatement', C, [cr, hr], '2013 GDP growth 15.9% in both reports')
S.rel('restatement', C, [cy, hy], '2013 operating revenue 4251亿元 in both reports')
S.rel('target', U, [F(CC, '1050亿元'), cg], '2014 GDP target 1050 vs 2013 result 928: target of one year, result of another')
h1 = [F(CH, '87.5'), F(CH, '12.5', '87.5:')]; h2 = [F(CH, '77.1'), F(CH, '22.9')]; hp = F(CH, '10.4个百分点')
S.rel('sum', C, h1, '2008 secondary:tertiary 87.5 + 12.5 = 100')
S.rel('sum', C, h2, 'secondary:tertiary 77.1 + 22.9 = 100')
S.rel('sum', C, [h2[1], h1[1], hp], 'tertiary share 22.9 − 12.5 = 10.4 points')
a = ALT(CH, 1, hg, '958亿元', '2013 GDP 928 → 958 in the 香港商报 report')
S.rel('restatement', I, [cg, on(a, hg, '958亿元')], 'altered: 928亿元 in 大公网, 958亿元 in 香港商报')
a = ALT(CH, 2, h2[1], '24.9', 'tertiary share 22.9 → 24.9')
S.rel('sum', I, [on(a, h2[0]), on(a, h2[1], '24.9')], 'altered: 77.1 + 24.9 = 102')
S.rel('sum', I, [on(a, h2[1], '24.9'), on(a, h1[1]), on(a, hp)], 'altered: 24.9 − 12.5 = 12.4, stated 10.4 points')

# ---- 渝北区 2021 work report (2020 results)
ys0 = [F(YB, '1.6'), F(YB, '51', '1.6:'), F(YB, '47.4')]; ys = [F(YB, '1.4', '调整为'), F(YB, '32.6'), F(YB, '66', '32.6:')]
yg = F(YB, '2009.5亿元'); ysv = F(YB, '1326亿元')
S.rel('sum', C, ys0, '2015 structure 1.6 + 51 + 47.4 = 100')
S.rel('sum', C, ys, '2020 structure 1.4 + 32.6 + 66 = 100')
S.rel('share', C, [ysv, yg, ys[2]], 'services 1326/2009.5 = 65.99% → 66')
S.rel('growth', U, [yg, F(YB, '1.5倍'), F(YB, '11.5万元'), F(YB, '27%')], 'GDP 1.5 times 2015 vs per-capita +27%: 2015 levels, population and price basis not stated')
a = ALT(YB, 1, ysv, '1526亿元', 'services value added 1326 → 1526')
S.rel('share', I, [on(a, ysv, '1526亿元'), on(a, yg), on(a, ys[2])], 'altered: 1526/2009.5 = 75.94%, stated 66')
a = ALT(YB, 2, ys[1], '38.6', '2020 secondary share 32.6 → 38.6')
S.rel('sum', I, [on(a, ys[0]), on(a, ys[1], '38.6'), on(a, ys[2])], 'altered: 1.4 + 38.6 + 66 = 106')

# ---- 广西: 2021 NPC news (target), 2022 NPC news (result, traditional)
g20a = F(G21, '3.7%', n=0); g20b = F(G21, '3.7%', n=1); gt = F(G21, '7.5%以上')
g21a = F(G22, '7.5%', '總值增長', n=0); g21b = F(G22, '7.5%', '總值增長', n=1); g2y = F(G22, '5.6%', n=0)
S.rel('restatement', C, [g20a, g20b], '2020 GDP growth 3.7% in the lead and in the quote')
S.rel('target', U, [gt, g20a], '2021 target “7.5%以上” vs 2020 result 3.7%: target of one year, result of another')
S.rel('target', M, [gt, g21a], '2021 target “7.5%以上”, 2021 result 7.5% (preliminary): met')
S.rel('restatement', C, [g21a, g21b], '2021 GDP growth 7.5% stated twice')
S.rel('growth', C, [g20a, g21a, g2y], 'two-year average: sqrt(1.037 × 1.075) = 1.0558 (range 5.53–5.63) → 5.6')
S.rel('target', CT, [gt, g2y], '2021 target “7.5%以上” vs the 2020–2021 two-year average 5.6%: an average cannot settle the annual target')
S.rel('target', U, [F(G22, '6.5%以上'), g21a], '2022 target 6.5%以上 vs 2021 result 7.5%: different years')
a = ALT(G21, 1, g20b, '3.9%', '2020 GDP growth in the quote 3.7 → 3.9')
S.rel('restatement', I, [on(a, g20a), on(a, g20b, '3.9%')], 'altered: 3.7% in the lead, 3.9% in the quote')
a = ALT(G22, 1, g21a, '7.3%', '2021 GDP growth (first body statement) 7.5 → 7.3')
S.rel('target', MS, [gt, on(a, g21a, '7.3%')], 'altered: 2021 result 7.3% below the target “7.5%以上”: missed')
S.rel('restatement', I, [on(a, g21a, '7.3%'), on(a, g21b)], 'altered: 7.3% and 7.5% for the same 2021 growth')
a = ALT(G22, 2, g2y, '5.9%', 'two-year average growth (first statement) 5.6 → 5.9')
S.rel('growth', I, [g20a, on(a, g21a), on(a, g2y, '5.9%')], 'altered: sqrt(1.037 × 1.075) = 5.6%, stated 5.9')

# ---- national: 2024 report summary (targets), 2025 report (2024 results)
n3a = F(N24, '5.2%', n=0); n3b = F(N24, '5.2%', n=1); ntg = F(N24, '5%', '目标GDP增长'); ntb = F(N24, '5%左右', '国内生产总值增长')
nr = F(N25, '5%', '增长 ')
S.rel('restatement', C, [n3a, n3b], '2023 GDP growth 5.2% in the heading and the text')
S.rel('restatement', C, [ntg, ntb], '2024 target 5% in the heading, “5%左右” in the text')
S.rel('target', U, [ntb, n3b], '2024 target 5%左右 vs 2023 result 5.2%: target of one year, result of another')
S.rel('target', M, [ntb, nr], '2024 target 5%左右, 2024 result 5%: met')
S.rel('restatement', U, [F(N24, '30%'), F(N25, '30%左右')], '“新三样” exports +30% vs contribution to world growth 30%: different indicators')
a = ALT(N25, 1, nr, '4%', '2024 GDP growth 5 → 4')
S.rel('target', MS, [ntb, on(a, nr, '4%')], 'altered: 2024 result 4% against 5%左右 (±0.5): missed')

# ---- 贵州 2023 bulletin (traditional with glosses)
zg = F(GZ, '20913.25億元'); z1 = F(GZ, '2894.28億元'); z2 = F(GZ, '7311.44億元'); z3 = F(GZ, '10707.53億元')
zs = [F(GZ, '13.8%'), F(GZ, '35.0%'), F(GZ, '51.2%')]; zgr = F(GZ, '4.9%', n=0); zr = [F(GZ, '3.9%'), F(GZ, '4.4%'), F(GZ, '5.5%')]
zp = F(GZ, '3865萬人'); zd = F(GZ, '9萬人'); zu = F(GZ, '2162.08萬人'); zus = F(GZ, '55.94%')
zb = F(GZ, '41.1萬人'); zbr = F(GZ, '10.65‰'); zdn = F(GZ, '30.0萬人'); zdr = F(GZ, '7.77‰'); zn = F(GZ, '2.88‰')
S.rel('sum', C, [z1, z2, z3, zg], '2894.28 + 7311.44 + 10707.53 = 20913.25')
S.rel('sum', C, zs, 'structure 13.8 + 35.0 + 51.2 = 100')
S.rel('share', C, [z1, zg, zs[0]], '2894.28/20913.25 = 13.84% → 13.8')
S.rel('share', C, [z2, zg, zs[1]], '7311.44/20913.25 = 34.96% → 35.0')
S.rel('share', C, [z3, zg, zs[2]], '10707.53/20913.25 = 51.20% → 51.2')
S.rel('rate', C, [z1, zr[0], z2, zr[1], z3, zr[2], zg, zgr], '2785.64 + 7003.30 + 10149.32 = 19938.26; 20913.25/19938.26 = 4.89% (range 4.84–4.94) → 4.9')
S.rel('share', C, [zu, zp, zus], 'urban 2162.08/3865 = 55.94%')
S.rel('sum', C, [zbr, zdr, zn], 'natural growth rate 10.65 − 7.77 = 2.88‰')
S.rel('rate', C, [zb, zp, zd, zbr], 'births 41.1 over mean population (3865 + 3856)/2 = 3860.5: 10.646‰ → 10.65')
S.rel('rate', C, [zdn, zp, zd, zdr], 'deaths 30.0 over mean population 3860.5: 7.771‰ → 7.77')
S.rel('growth', U, [F(GZ, '4.7%'), zgr], 'per-capita GDP +4.7% vs GDP +4.9%: mean population change not stated for the per-capita basis')
S.rel('restatement', U, [zgr, F(GZ, '4.9%', n=1)], 'GDP growth 4.9% vs labour productivity +4.9%: different indicators')
a = ALT(GZ, 1, z2, '7341.44億元', 'secondary value added 7311.44 → 7341.44')
S.rel('sum', I, [on(a, z1), on(a, z2, '7341.44億元'), on(a, z3), on(a, zg)], 'altered: 2894.28 + 7341.44 + 10707.53 = 20943.25, not 20913.25')
S.rel('share', I, [on(a, z2, '7341.44億元'), on(a, zg), on(a, zs[1])], 'altered: 7341.44/20913.25 = 35.10% → 35.1, stated 35.0')
a = ALT(GZ, 2, zus, '56.94%', 'urbanisation rate 55.94 → 56.94')
S.rel('share', I, [on(a, zu), on(a, zp), on(a, zus, '56.94%')], 'altered: 2162.08/3865 = 55.94%, stated 56.94')
a = ALT(GZ, 3, zdr, '7.17‰', 'death rate 7.77 → 7.17')
S.rel('sum', I, [on(a, zbr), on(a, zdr, '7.17‰'), on(a, zn)], 'altered: 10.65 − 7.17 = 3.48, stated 2.88')
S.rel('rate', I, [on(a, zdn), on(a, zp), on(a, zd), on(a, zdr, '7.17‰')], 'altered: 30.0/3860.5 = 7.77‰, stated 7.17')

# ---- 遂宁 2003 bulletin (traditional)
sg = F(SN, '159.19億元'); s1 = F(SN, '48.42億元'); s2 = F(SN, '53.49億元'); s3 = F(SN, '57.28億元'); sgr = F(SN, '11.7%')
sr = [F(SN, '5.5%'), F(SN, '18.6%'), F(SN, '10.9%')]; sc = [F(SN, '15.0%'), F(SN, '52.1%'), F(SN, '32.9%')]
ss = [F(SN, '30.4'), F(SN, '33.6'), F(SN, '36.0')]; ss0 = [F(SN, '32.2'), F(SN, '31.7'), F(SN, '36.1')]
si = [F(SN, '51.9%'), F(SN, '6.07')]; sk = [F(SN, '45.0%'), F(SN, '5.26')]
S.rel('sum', C, [s1, s2, s3, sg], '48.42 + 53.49 + 57.28 = 159.19')
S.rel('sum', C, ss, '2003 structure 30.4 + 33.6 + 36.0 = 100')
S.rel('sum', C, ss0, '2002 structure 32.2 + 31.7 + 36.1 = 100')
S.rel('share', C, [s1, sg, ss[0]], '48.42/159.19 = 30.42% → 30.4')
S.rel('share', C, [s2, sg, ss[1]], '53.49/159.19 = 33.60% → 33.6')
S.rel('share', C, [s3, sg, ss[2]], '57.28/159.19 = 35.98% → 36.0')
S.rel('sum', C, sc, 'sector contributions 15.0 + 52.1 + 32.9 = 100')
S.rel('rate', C, [s1, sr[0], s2, sr[1], s3, sr[2], sg, sgr], '45.90 + 45.10 + 51.65 = 142.65; 159.19/142.65 = 11.60% (range 11.53–11.66) → 11.7 only at the edge of the allowance (see Unsure)')
S.rel('rate', C, [sgr, si[0], si[1]], 'investment pull 11.7 × 51.9% = 6.07 points')
S.rel('rate', C, [sgr, sk[0], sk[1]], 'consumption pull 11.7 × 45.0% = 5.265 (range 5.24–5.29) → 5.26')
S.rel('sum', U, [si[0], sk[0]], 'investment 51.9 + consumption 45.0 = 96.9: net exports not stated, partial list')
a = ALT(SN, 1, s2, '58.49億元', 'secondary value added 53.49 → 58.49')
S.rel('sum', I, [on(a, s1), on(a, s2, '58.49億元'), on(a, s3), on(a, sg)], 'altered: 48.42 + 58.49 + 57.28 = 164.19, not 159.19')
S.rel('share', I, [on(a, s2, '58.49億元'), on(a, sg), on(a, ss[1])], 'altered: 58.49/159.19 = 36.74%, stated 33.6')
a = ALT(SN, 2, si[1], '6.97', 'investment pull 6.07 → 6.97 points')
S.rel('rate', I, [on(a, sgr), on(a, si[0]), on(a, si[1], '6.97')], 'altered: 11.7 × 51.9% = 6.07, stated 6.97')

# ---- 广元 2003 bulletin
yg3 = F(GY, '104.1亿元'); y1 = F(GY, '36.7亿元'); y2 = F(GY, '29.5亿元'); y3 = F(GY, '37.9亿元'); ygr = F(GY, '10.0%')
yr = [F(GY, '4.6%'), F(GY, '18.6%'), F(GY, '9.3%')]; yst = [F(GY, '35.3'), F(GY, '28.3'), F(GY, '36.4')]; yst0 = [F(GY, '36.8'), F(GY, '25.8'), F(GY, '37.4')]
pg = F(GY, '34.7亿元'); pgr = F(GY, '15.0%'); pp = [F(GY, '9.7亿元'), F(GY, '11.0亿元'), F(GY, '14.0亿元')]; pr = [F(GY, '5.8%'), F(GY, '25.1%'), F(GY, '14.6%')]
S.rel('sum', C, [y1, y2, y3, yg3], '36.7 + 29.5 + 37.9 = 104.1')
S.rel('sum', C, yst, '2003 structure 35.3 + 28.3 + 36.4 = 100')
S.rel('sum', C, yst0, '2002 structure 36.8 + 25.8 + 37.4 = 100')
S.rel('share', C, [y1, yg3, yst[0]], '36.7/104.1 = 35.25% → 35.3 (range 35.19–35.32)')
S.rel('share', C, [y2, yg3, yst[1]], '29.5/104.1 = 28.34% → 28.3')
S.rel('share', C, [y3, yg3, yst[2]], '37.9/104.1 = 36.41% → 36.4')
S.rel('rate', C, [y1, yr[0], y2, yr[1], y3, yr[2], yg3, ygr], '35.09 + 24.87 + 34.68 = 94.63; 104.1/94.63 = 10.00% (range 9.74–10.26) → 10.0')
S.rel('sum', C, pp + [pg], 'private economy 9.7 + 11.0 + 14.0 = 34.7')
S.rel('rate', C, [pp[0], pr[0], pp[1], pr[1], pp[2], pr[2], pg, pgr], 'private economy 9.17 + 8.79 + 12.22 = 30.18; 34.7/30.18 = 14.99% (range 14.3–15.7) → 15.0')
S.rel('growth', U, [F(GY, '28.3亿元'), F(GY, '3.0%'), F(GY, '58.8亿元'), F(GY, '6.0%')], 'crop output +3.0% within farm output +6.0%: the other branches are not stated')
a = ALT(GY, 1, y2, '25.5亿元', 'secondary value added 29.5 → 25.5')
S.rel('sum', I, [on(a, y1), on(a, y2, '25.5亿元'), on(a, y3), on(a, yg3)], 'altered: 36.7 + 25.5 + 37.9 = 100.1, not 104.1')
S.rel('share', I, [on(a, y2, '25.5亿元'), on(a, yg3), on(a, yst[1])], 'altered: 25.5/104.1 = 24.50%, stated 28.3')
a = ALT(GY, 2, pgr, '18.0%', 'private-economy growth 15.0 → 18.0')
S.rel('rate', I, [on(a, pp[0]), on(a, pr[0]), on(a, pp[1]), on(a, pr[1]), on(a, pp[2]), on(a, pr[2]), on(a, pg), on(a, pgr, '18.0%')], 'altered: weighted rate 14.99% (range 14.3–15.7), stated 18.0')

# ---- 眉山 2003 bulletin (second page)
mt = F(MSD, '55.39亿元'); m = [F(MSD, '11.04亿元'), F(MSD, '15.92亿元'), F(MSD, '28.43亿元')]; mtr = F(MSD, '14.9%'); mr = [F(MSD, '18.2%'), F(MSD, '16.3%'), F(MSD, '12.9%')]
mx = F(MSD, '2346万美元'); mm = F(MSD, '4613万美元'); mtt = F(MSD, '6959万美元')
S.rel('sum', C, m + [mt], 'retail sales by place 11.04 + 15.92 + 28.43 = 55.39')
S.rel('rate', C, [m[0], mr[0], m[1], mr[1], m[2], mr[2], mt, mtr], '9.34 + 13.69 + 25.18 = 48.21; 55.39/48.21 = 14.89% (range 14.80–14.98) → 14.9')
S.rel('sum', C, [mx, mm, mtt], 'exports 2346 + imports 4613 = 6959')
S.rel('sum', U, [F(MSD, '37.29亿元'), F(MSD, '9.92亿元'), mt], 'wholesale/retail and catering sales (销售额) vs retail sales of consumer goods: different indicators')
S.rel('rate', U, [F(MSD, '21.4%'), F(MSD, '2.9个百分点')], 'construction contribution 21.4% and pull 2.9 points: GDP growth not stated in this part')
a = ALT(MSD, 1, m[1], '13.92亿元', 'county retail sales 15.92 → 13.92')
S.rel('sum', I, [on(a, m[0]), on(a, m[1], '13.92亿元'), on(a, m[2]), on(a, mt)], 'altered: 11.04 + 13.92 + 28.43 = 53.39, not 55.39')
S.rel('rate', I, [on(a, m[0]), on(a, mr[0]), on(a, m[1], '13.92亿元'), on(a, mr[1]), on(a, m[2]), on(a, mr[2]), on(a, mt), on(a, mtr)], 'altered: weighted rate 19.1% (range 19.0–19.2), stated 14.9')

# ---- 赤水 2003 bulletin (traditional; ends in a table)
cg3 = F(CS, '148448萬元'); c1 = F(CS, '50528萬元'); c2 = F(CS, '70191萬元'); c3 = F(CS, '27729萬元'); cgr = F(CS, '11.5%')
cr = [F(CS, '8.13%'), F(CS, '12.1%'), F(CS, '16.7%')]; cst = [F(CS, '34', '結構為:'), F(CS, '47.3'), F(CS, '18.7')]
gr1 = F(CS, '142013', '糧 食 | '); gr0 = F(CS, '142013', '達到'); gs = F(CS, '19764'); ga = F(CS, '122249')
S.rel('sum', C, [c1, c2, c3, cg3], '50528 + 70191 + 27729 = 148448')
S.rel('sum', C, cst, 'structure 34 + 47.3 + 18.7 = 100')
S.rel('share', C, [c1, cg3, cst[0]], '50528/148448 = 34.04% → 34')
S.rel('share', C, [c2, cg3, cst[1]], '70191/148448 = 47.28% → 47.3')
S.rel('share', C, [c3, cg3, cst[2]], '27729/148448 = 18.68% → 18.7')
S.rel('rate', C, [c1, cr[0], c2, cr[1], c3, cr[2], cg3, cgr], '46728.9 + 62614.6 + 23761.0 = 133104.5; 148448/133104.5 = 11.53% (range 11.48–11.58) → 11.5')
S.rel('restatement', C, [gr0, gr1], 'grain output 142013 t in the text and in the table')
S.rel('sum', C, [gs, ga, gr1], 'summer 19764 + autumn 122249 = 142013 t')
S.rel('rate', C, [gs, F(CS, '4.73'), ga, F(CS, '3.13'), gr1, F(CS, '3.35', '142013 | ')], '18871.4 + 118538.7 = 137410.1; 142013/137410.1 = 3.35%')
S.rel('sum', U, [F(CS, '31516萬元'), F(CS, '11741萬元'), F(CS, '23168萬元'), F(CS, '816萬元'), F(CS, '70099萬元')], 'farming + forestry + animal husbandry + fishery = 67241 of 70099: partial list (services to agriculture not listed)')
a = ALT(CS, 1, c2, '70791萬元', 'secondary value added 70191 → 70791')
S.rel('sum', I, [on(a, c1), on(a, c2, '70791萬元'), on(a, c3), on(a, cg3)], 'altered: 50528 + 70791 + 27729 = 149048, not 148448')
S.rel('share', I, [on(a, c2, '70791萬元'), on(a, cg3), on(a, cst[1])], 'altered: 70791/148448 = 47.69% → 47.7, stated 47.3')

# ---- 天津 2010 report page (traditional with glosses)
t8 = F(T10, '15268.58億元'); tv = F(T10, '16660.64億元'); t8s = F(T10, '91.6%')
S.rel('share', C, [t8, tv, t8s], 'eight industries 15268.58/16660.64 = 91.64% → 91.6')
S.rel('growth', U, [F(T10, '23.7%'), F(T10, '31.7%')], 'value added +23.7% vs gross output +31.7%: different indicators')
a = ALT(T10, 1, t8, '15868.58億元', 'eight industries output 15268.58 → 15868.58')
S.rel('share', I, [on(a, t8, '15868.58億元'), on(a, tv), on(a, t8s)], 'altered: 15868.58/16660.64 = 95.25%, stated 91.6')

# ---- 天津 H1 2018 (traditional)
S.rel('sum', U, [F(T20, '4064.62億元'), F(T20, '5490.48億元'), F(T20, '9927.60億元')], 'industry + tertiary = 9555.10 of 9927.60: agriculture and construction not stated, partial list')

# ---- 东营 1988 bulletin (second page)
dt = F(DY, '451,140万元'); dp = F(DY, '408,404万元'); dn = F(DY, '42,736万元')
dc = F(DY, '137.29平方米'); dw = F(DY, '195.68平方米'); dcs = F(DY, '70.2%')
S.rel('sum', C, [dp, dn, dt], 'productive 408,404 + non-productive 42,736 = 451,140')
S.rel('share', C, [dc, dw, dcs], 'completed 137.29/195.68 = 70.16% → 70.2')
S.rel('rate', I, [dp, F(DY, '0.4%'), dn, F(DY, '46.2%'), dt, F(DY, '3.6%')], 'real: 406777 + 29231 = 436008; 451140/436008 = 3.47% (range 3.42–3.52), stated 3.6 (see Unsure)')
S.rel('sum', U, [F(DY, '129,3 58万元'), F(DY, '31,212万元'), F(DY, '8,491万元'), dt], 'state capital construction + renovation + urban collective: partial list of owners')
a = ALT(DY, 1, dn, '42,936万元', 'non-productive investment 42,736 → 42,936')
S.rel('sum', I, [on(a, dp), on(a, dn, '42,936万元'), on(a, dt)], 'altered: 408,404 + 42,936 = 451,340, not 451,140')
a = ALT(DY, 2, dcs, '75.2%', 'completed share 70.2 → 75.2')
S.rel('share', I, [on(a, dc), on(a, dw), on(a, dcs, '75.2%')], 'altered: 137.29/195.68 = 70.16%, stated 75.2')

# ---- cross-text traps
S.rel('restatement', U, [sr[1], yr[1]], '遂宁 2003 secondary +18.6% vs 广元 2003 secondary +18.6%: different places')
S.rel('restatement', U, [zgr, xr3], '贵州 2023 GDP +4.9% vs 湘潭 2023 tertiary +4.9%: different place and indicator')
S.rel('target', U, [ntb, zgr], 'national 2024 target 5%左右 vs 贵州 2023 growth 4.9%: different place and year')
S.write()

"""Check key, thirtieth held-out set (check-heldout30). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout30.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout30'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'
HN='hn_2008.txt'; CS='cs_2008.txt'; HB='hb_2008.txt'; NT='nat_2018_hant.txt'; NH='nat_2018h1.txt'; GX='gx_2023q3.txt'
DQ='dq_2021_hant.txt'; XB='xb_2021.txt'; HR='hrb_dz_1997.txt'; TX='tx_2007_hant.txt'; TJ='tj_dz_2002_hant.txt'

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


# ---- 湖南 government work report 2008 (2007 results)
s07 = [F(HN, '17.6', '2007年的'), F(HN, '42.7'), F(HN, '39.7')]; s02 = [F(HN, '20.4', '2002年的'), F(HN, '36.7'), F(HN, '42.9')]
hg = F(HN, '9145亿元'); hgr = F(HN, '14.4%'); hga = F(HN, '12%', '年均增长'); hf = F(HN, '1119亿元'); hfr = F(HN, '25.2%'); hfa = F(HN, '21.4 %')
S.rel('sum', C, s07, '湖南 2007 structure 17.6 + 42.7 + 39.7 = 100')
S.rel('sum', C, s02, '湖南 2002 structure 20.4 + 36.7 + 42.9 = 100')
S.rel('growth', U, [hf, hfr, hfa], 'fiscal revenue 1119 with 25.2% (one year) and 21.4% (five-year average): neither 2006 nor 2002 level stated')
S.rel('growth', U, [hg, hgr, hga], 'GDP 9145 with 14.4% (2007) and 12% average: real rates, no earlier level stated')
a = ALT(HN, 1, s07[2], '38.7', '2007 tertiary share 39.7 → 38.7')
S.rel('sum', I, [on(a, s07[0]), on(a, s07[1]), on(a, s07[2], '38.7')], 'altered: 17.6 + 42.7 + 38.7 = 99.0')
a = ALT(HN, 2, s02[0], '26.4', '2002 primary share 20.4 → 26.4')
S.rel('sum', I, [on(a, s02[0], '26.4'), on(a, s02[1]), on(a, s02[2])], 'altered: 26.4 + 36.7 + 42.9 = 106.0')

# ---- 长沙 government work report 2008 (2007 estimates)
cst = [F(CS, '6.4'), F(CS, '45.0'), F(CS, '48.6')]
cf = F(CS, '261.33亿元'); cfx = F(CS, '4.75倍'); cfa = F(CS, '36.6%'); cg = F(CS, '2179亿元'); cga = F(CS, '15.2%'); ci = F(CS, '2100亿元')
cinc = F(CS, '12.1%')
S.rel('sum', C, cst, '长沙 2007 structure 6.4 + 45.0 + 48.6 = 100')
S.rel('growth', C, [cf, cfx, cfa], 'local revenue 4.75 times 2002 over five years: 4.75^(1/5) = 1.3657 → 36.6%')
S.rel('share', U, [cg, ci], 'industrial gross output 2100 vs GDP 2179: gross output vs value added, not a part of GDP')
a = ALT(CS, 1, cst[2], '43.6', 'tertiary share 48.6 → 43.6')
S.rel('sum', I, [on(a, cst[0]), on(a, cst[1]), on(a, cst[2], '43.6')], 'altered: 6.4 + 45.0 + 43.6 = 95.0')
a = ALT(CS, 2, cfa, '38.6%', 'local revenue average growth 36.6 → 38.6')
S.rel('growth', I, [on(a, cf), on(a, cfx), on(a, cfa, '38.6%')], 'altered: 4.75^(1/5) = 36.6%, not 38.6 (38.6% would give 5.13 times)')

# ---- 湖北 government work report 2008 (2007 vs 2002)
bg = F(HB, '9150亿元'); bgx = F(HB, '77.2%'); bga = F(HB, '12.1%')
bu = F(HB, '11485元'); bud = F(HB, '4696元'); bua = F(HB, '11.1%'); br = F(HB, '3997元'); brd = F(HB, '1553元'); bra = F(HB, '10.3%')
bpc = F(HB, '1.5万元'); btg = F(HB, '11950元'); bl = F(HB, '590亿元'); blx = F(HB, '1.78倍')
S.rel('growth', C, [bgx, bga], '1.772^(1/5) = 1.1212 → 12.1% a year')
S.rel('growth', C, [bu, bud, bua], 'urban income 11485 − 4696 = 6789 (2002); (11485/6789)^(1/5) = 1.1109 → 11.1%')
S.rel('growth', C, [br, brd, bra], 'rural income 3997 − 1553 = 2444; (3997/2444)^(1/5) = 1.1034 → 10.3%')
S.rel('target', M, [btg, bpc], 'per-capita GDP target 11950 yuan; result above 15000 (stated as reached two years early): met')
S.rel('growth', U, [bl, blx], 'local budget revenue 590, +1.78 times “扣除农业税等因素”: adjusted basis, 2002 level not stated')
a = ALT(HB, 1, bu, '11985元', 'urban income 11485 → 11985')
S.rel('growth', I, [on(a, bu, '11985元'), on(a, bud), on(a, bua)], 'altered: (11985/7289)^(1/5) = 10.46%, not 11.1')
a = ALT(HB, 2, bgx, '71.2%', 'GDP growth over 2002 77.2 → 71.2')
S.rel('growth', I, [on(a, bgx, '71.2%'), on(a, bga)], 'altered: 1.712^(1/5) = 11.35%, not 12.1')
a = ALT(HB, 3, brd, '1953元', 'rural income increase 1553 → 1953')
S.rel('growth', I, [on(a, br), on(a, brd, '1953元'), on(a, bra)], 'altered: 3997/2044 = 1.956, ^(1/5) = 14.4%, not 10.3')

# ---- national 2018 results (traditional with marks)
ng1 = F(NT, '6.6%', n=0); ng2 = F(NT, '6.6%', n=1); ntg = F(NT, '6.5%'); ngdp = F(NT, '900309億元'); ninc = F(NT, '8萬(wàn)億元')
nusd = F(NT, '13.6萬(wàn)億美元'); ncpi = F(NT, '2.1%'); ncpt = F(NT, '3%')
S.rel('target', M, [ntg, ng2], 'GDP target 6.5% 左右, result 6.6%: met')
S.rel('target', M, [ncpt, ncpi], 'CPI target about 3% (a ceiling), result 2.1%: met')
S.rel('restatement', C, [ng1, ng2], '2018 GDP growth 6.6% in the heading and in the text')
S.rel('growth', U, [ngdp, ninc, ng2], 'increase of nearly 8萬億 on 900309 is nominal (≈9.7%); 6.6% is real: different price bases')
S.rel('growth', U, [ngdp, nusd], '900309億元 = 13.6萬億美元: the average exchange rate is not stated')
a = ALT(NT, 1, ng2, '6.1%', 'GDP growth in the text 6.6 → 6.1')
S.rel('target', MS, [on(a, ntg), on(a, ng2, '6.1%')], 'altered: 6.1% below the 6.5% 左右 target: missed')
S.rel('restatement', I, [on(a, ng1), on(a, ng2, '6.1%')], 'altered: heading 6.6% vs text 6.1%')
a = ALT(NT, 2, ncpi, '3.6%', 'CPI 2.1 → 3.6')
S.rel('target', MS, [on(a, ncpt), on(a, ncpi, '3.6%')], 'altered: CPI 3.6% above the 3% 左右 ceiling: missed')

# ---- national H1 2018 release
hi1 = F(NH, '14063元', n=0); hi2 = F(NH, '14063元', n=1)
parts = [F(NH, '8091元'), F(NH, '2265元'), F(NH, '1166元'), F(NH, '2541元')]
shs = [F(NH, '57.5%'), F(NH, '16.1%'), F(NH, '8.3%'), F(NH, '18.1%')]
med = F(NH, '12186元'); medr = F(NH, '86.7%'); um = F(NH, '18048元'); ua = F(NH, '19770元'); umr = F(NH, '91.3%')
rm = F(NH, '6045元'); ra = F(NH, '7142元'); rmr = F(NH, '84.6%')
nom1 = F(NH, '8.7%', '名义增长'); nom2 = F(NH, '8.7%', '同期名义增长'); re1 = F(NH, '6.6%', '实际增长'); re2 = F(NH, '6.6%', '实际增长', 1)
hg6 = F(NH, '6.8%', '同比增长', 0); hgdp = F(NH, '418961亿元')
S.rel('sum', C, [hi2] + parts, 'income sources 8091 + 2265 + 1166 + 2541 = 14063')
for p, s, v in zip(parts, shs, ('57.53', '16.11', '8.29', '18.07')):
    S.rel('share', C, [hi2, p, s], f'{p[1]} / 14063 = {v}% → {s[1]}')
S.rel('sum', C, shs, 'shares 57.5 + 16.1 + 8.3 + 18.1 = 100.0')
S.rel('share', C, [hi2, med, medr], 'median 12186 / mean 14063 = 86.65% → 86.7')
S.rel('share', C, [ua, um, umr], 'urban median 18048 / 19770 = 91.29% → 91.3')
S.rel('share', C, [ra, rm, rmr], 'rural median 6045 / 7142 = 84.64% → 84.6')
S.rel('restatement', C, [hi1, hi2], 'H1 2018 per-capita disposable income 14063 in the news and in the release')
S.rel('restatement', C, [nom1, nom2], 'nominal income growth 8.7% stated twice')
S.rel('restatement', C, [re1, re2], 'real income growth 6.6% stated twice')
S.rel('growth', U, [nom2, re2], 'nominal 8.7% vs real 6.6%: the price index is not stated')
S.rel('sum', U, [hi2, ua, ra], 'urban 19770 and rural 7142 averages vs national 14063: population weights not stated')
S.rel('target', CT, [ntg, hg6], 'annual 2018 target 6.5% 左右 vs H1 growth 6.8%: half-year, cannot tell')
S.rel('restatement', U, [ng2, re2], '2018 GDP growth 6.6% vs H1 real income growth 6.6%: different indicators and periods')
S.rel('restatement', U, [ngdp, hgdp], '900309 (year) vs 418961 (H1): different periods')
a = ALT(NH, 1, parts[1], '2865元', 'business income 2265 → 2865')
S.rel('sum', I, [on(a, hi2)] + [on(a, p) if p is not parts[1] else on(a, p, '2865元') for p in parts], 'altered: parts 14663 ≠ 14063')
S.rel('share', I, [on(a, hi2), on(a, parts[1], '2865元'), on(a, shs[1])], 'altered: 2865/14063 = 20.4%, not 16.1')
a = ALT(NH, 2, shs[0], '52.5%', 'wage share 57.5 → 52.5')
S.rel('share', I, [on(a, hi2), on(a, parts[0]), on(a, shs[0], '52.5%')], 'altered: 8091/14063 = 57.5%, not 52.5')
S.rel('sum', I, [on(a, shs[0], '52.5%'), on(a, shs[1]), on(a, shs[2]), on(a, shs[3])], 'altered: 52.5 + 16.1 + 8.3 + 18.1 = 95.0')
a = ALT(NH, 3, medr, '80.7%', 'median/mean 86.7 → 80.7')
S.rel('share', I, [on(a, hi2), on(a, med), on(a, medr, '80.7%')], 'altered: 12186/14063 = 86.65%, not 80.7')
a = ALT(NH, 4, ra, '7742元', 'rural mean income 7142 → 7742')
S.rel('share', I, [on(a, ra, '7742元'), on(a, rm), on(a, rmr)], 'altered: 6045/7742 = 78.1%, not 84.6')
a = ALT(NH, 5, hi2, '14663元', 'mean income in the release 14063 → 14663')
S.rel('restatement', I, [on(a, hi1), on(a, hi2, '14663元')], 'altered: 14063 in the news vs 14663 in the release')
S.rel('sum', I, [on(a, hi2, '14663元')] + [on(a, p) for p in parts], 'altered: parts 14063 ≠ 14663')

# ---- 广西 Q1–Q3 2023
gt = F(GX, '20351.72亿元'); gp = [F(GX, '2628.09亿元'), F(GX, '6681.10亿元'), F(GX, '11042.53亿元')]
ginc = F(GX, '697.47亿元'); grr = F(GX, '3.6%', '实际增速为'); gpr = F(GX, '3.6%', '、增长')
gc = [F(GX, '4207.92亿元'), F(GX, '2246.45亿元'), F(GX, '1806.89亿元'), F(GX, '1660.99亿元')]
S.rel('sum', C, [gt] + gp, '2628.09 + 6681.10 + 11042.53 = 20351.72')
S.rel('growth', U, [gt, ginc, grr], '697.47 / (20351.72 − 697.47) = 3.55% is nominal; 3.6% is the real rate: different price bases (the closeness is chance)')
S.rel('growth', U, [F(GX, '82.08亿元'), F(GX, '6.22%')], '百色 increment 82.08 and nominal growth 6.22%: 百色 level not stated')
S.rel('sum', U, [gt] + gc, 'four largest cities only: a partial list of the 14 cities')
S.rel('restatement', U, [grr, gpr], 'GDP real growth 3.6% vs primary industry growth 3.6%: different indicators')
a = ALT(GX, 1, gp[1], '6687.10亿元', 'secondary 6681.10 → 6687.10')
S.rel('sum', I, [on(a, gt), on(a, gp[0]), on(a, gp[1], '6687.10亿元'), on(a, gp[2])], 'altered: parts 20357.72 ≠ 20351.72')
a = ALT(GX, 2, gp[0], '2028.09亿元', 'primary 2628.09 → 2028.09')
S.rel('sum', I, [on(a, gt), on(a, gp[0], '2028.09亿元'), on(a, gp[1]), on(a, gp[2])], 'altered: parts 19751.72 ≠ 20351.72')

# ---- district 1–2 months (traditional with marks)
dva = F(DQ, '11.58億元'); dvr = F(DQ, '23.4%')
ds = [F(DQ, '6.8億元'), F(DQ, '0.1億元'), F(DQ, '1.3億元')]; dsr = [F(DQ, '39.9%'), F(DQ, '190.9%'), F(DQ, '1.0%')]
dpl = [F(DQ, '20.3'), F(DQ, '1.0', '增長(zhǎng)', post='個(gè)'), F(DQ, '0.1', '增長(zhǎng)', post='個(gè)')]
S.rel('rate', C, [dva, dvr, ds[2], dsr[2], dpl[2]], '水产: 1.3 − 1.3/1.010 = 0.0129 over last year 11.58/1.234 = 9.384 → 0.14 point → 0.1')
S.rel('rate', C, [dva, dvr, ds[1], dsr[1], dpl[1]], '石料: 0.1 × 1.909/2.909 = 0.066 / 9.384 = 0.70 point; 0.1億 read as 0.05–0.15 gives 0.35–1.05: 1.0 within')
S.rel('sum', U, [dvr] + dpl, 'pulls 20.3 + 1.0 + 0.1 = 21.4 vs 23.4: three industries only, a partial list')
S.rel('sum', U, [dva] + ds, '6.8 + 0.1 + 1.3 = 8.2 vs 11.58: a partial list')
a = ALT(DQ, 1, dsr[2], '9.0%', '水产 growth 1.0 → 9.0')
S.rel('rate', I, [on(a, dva), on(a, dvr), on(a, ds[2]), on(a, dsr[2], '9.0%'), on(a, dpl[2])], 'altered: 1.3 × 0.09/1.09 = 0.107 / 9.384 = 1.1 points, not 0.1')

# ---- county 2021 bulletin (part 3 of the page)
xr = F(XB, '38.03亿元'); xu = F(XB, '32.25亿元'); xv = F(XB, '5.78亿元'); xus = F(XB, '84.8 %'); xvs = F(XB, '15.2 %')
xl = F(XB, '140.92亿元'); xl1 = F(XB, '35.57亿元'); xl2 = F(XB, '105.35亿元')
xrd = [F(XB, '2271.83公里'), F(XB, '136.75公里'), F(XB, '46.22公里'), F(XB, '302.96公里'), F(XB, '355.28公里'), F(XB, '1430.62公里')]
S.rel('sum', C, [xr, xu, xv], 'retail sales urban 32.25 + rural 5.78 = 38.03')
S.rel('share', C, [xr, xu, xus], '32.25/38.03 = 84.80% → 84.8')
S.rel('share', C, [xr, xv, xvs], '5.78/38.03 = 15.20% → 15.2')
S.rel('sum', C, [xus, xvs], '84.8 + 15.2 = 100')
S.rel('sum', C, [xl, xl1, xl2], 'loans 35.57 + 105.35 = 140.92')
S.rel('sum', C, xrd, 'roads 136.75 + 46.22 + 302.96 + 355.28 + 1430.62 = 2271.83')
S.rel('sum', U, [F(XB, '8.44亿元'), F(XB, '7.37亿元'), F(XB, '0.84亿元')], 'real-estate investment: housing + commercial only (其中), a partial list')
S.rel('share', U, [xr, F(XB, '4.83亿元')], '限额以上 4.83 of 38.03: no share stated and a different grouping')
a = ALT(XB, 1, xv, '5.18亿元', 'rural retail 5.78 → 5.18')
S.rel('sum', I, [on(a, xr), on(a, xu), on(a, xv, '5.18亿元')], 'altered: 32.25 + 5.18 = 37.43 ≠ 38.03')
S.rel('share', I, [on(a, xr), on(a, xv, '5.18亿元'), on(a, xvs)], 'altered: 5.18/38.03 = 13.6%, not 15.2')
a = ALT(XB, 2, xrd[3], '302.36公里', '县道 302.96 → 302.36')
S.rel('sum', I, [on(a, x) if x is not xrd[3] else on(a, x, '302.36公里') for x in xrd], 'altered: parts 2271.23 ≠ 2271.83')
a = ALT(XB, 3, xl2, '106.35亿元', 'enterprise loans 105.35 → 106.35')
S.rel('sum', I, [on(a, xl), on(a, xl1), on(a, xl2, '106.35亿元')], 'altered: 35.57 + 106.35 = 141.92 ≠ 140.92')
a = ALT(XB, 4, xus, '81.8 %', 'urban retail share 84.8 → 81.8')
S.rel('share', I, [on(a, xr), on(a, xu), on(a, xus, '81.8 %')], 'altered: 32.25/38.03 = 84.8%, not 81.8')
S.rel('sum', I, [on(a, xus, '81.8 %'), on(a, xvs)], 'altered: 81.8 + 15.2 = 97.0')

# ---- 哈尔滨 development zone 1997 (yearbook entry)
S.rel('sum', U, [F(HR, '8 982万元'), F(HR, '7.2亿元')], 'investment of the year 8982万 vs cumulative 7.2亿: cumulative since the zone began, not a sum of stated parts')
S.rel('restatement', U, [F(HR, '3.3亿元'), F(HR, '3.56亿元')], 'tax revenue 3.3 vs fiscal revenue 3.56: different indicators')
hr10 = F(HR, '10.3%')
S.rel('restatement', U, [hr10, bra], '哈尔滨开发区 industrial output growth 1997 10.3% vs 湖北 rural income average growth 10.3%: unrelated')

# ---- 泰兴 “一区四园” 2007 (traditional)
t1 = F(TX, '170.43億元'); tz = F(TX, '92億元'); tzs = F(TX, '54%'); ta = F(TX, '1.336億美元'); tas = F(TX, '82.34%')
tza = F(TX, '1.063億美元'); tzas = F(TX, '65.5%')
S.rel('share', C, [t1, tz, tzs], '92/170.43 = 53.98% → 54')
S.rel('share', C, [ta, tas, tza, tzas], 'city actual FDI = 1.336/0.8234 = 1.6225; 1.063/1.6225 = 65.52% → 65.5')
S.rel('share', U, [t1, F(TX, '60.6%')], 'share of the city total 60.6%: the city total is not stated')
a = ALT(TX, 1, tzs, '57%', 'zone share of 一区四园 invoices 54 → 57')
S.rel('share', I, [on(a, t1), on(a, tz), on(a, tzs, '57%')], 'altered: 92/170.43 = 54.0%, not 57')
a = ALT(TX, 2, tza, '1.163億美元', 'zone actual FDI 1.063 → 1.163')
S.rel('share', I, [on(a, ta), on(a, tas), on(a, tza, '1.163億美元'), on(a, tzas)], 'altered: 1.163/1.6225 = 71.7%, not 65.5')

# ---- 天津开发区 2002 (traditional)
j1 = F(TJ, '1030億元', n=0); j2 = F(TJ, '1030億元', n=1); jh = F(TJ, '618億元'); jhs = F(TJ, '60%'); jg = F(TJ, '380億元')
S.rel('share', C, [j2, jh, jhs], '618/1030 = 60.0% → 60')
S.rel('restatement', C, [j1, j2], 'industrial gross output 2002 1030億元 stated twice')
S.rel('growth', U, [jg, F(TJ, '30%')], 'GDP 380 up 30%: 2001 level not stated')
S.rel('share', U, [jg, j1], 'GDP 380 vs gross output 1030: value added vs gross output')
a = ALT(TJ, 1, jh, '678億元', 'high-tech output 618 → 678')
S.rel('share', I, [on(a, j2), on(a, jh, '678億元'), on(a, jhs)], 'altered: 678/1030 = 65.8%, not 60')
a = ALT(TJ, 2, j2, '1080億元', 'second mention of gross output 1030 → 1080')
S.rel('restatement', I, [on(a, j1), on(a, j2, '1080億元')], 'altered: 1030 vs 1080 for the same figure')

# ---- across texts (traps)
S.rel('share', U, [hg, cg], '长沙 GDP 2179 vs 湖南 GDP 9145: no share stated; 长沙 figure is an estimate')
S.rel('growth', U, [hga, cga], '湖南 average 12% vs 长沙 average 15.2%: different places')
S.rel('target', U, [btg, F(CS, '33000元')], '湖北 per-capita GDP target vs 长沙 per-capita GDP: different place')
S.rel('target', U, [ntg, grr], 'national 2018 GDP target vs 广西 Q1–Q3 2023 growth: different place and year')
S.rel('restatement', U, [bg, hg], '湖北 GDP 9150 vs 湖南 GDP 9145 (2007): different provinces')
S.rel('restatement', U, [cinc, bga], '长沙 urban income average growth 12.1% vs 湖北 GDP average growth 12.1%: different indicators and places')
S.write()

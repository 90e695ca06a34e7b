"""Check key, thirty-fifth held-out set (check-heldout35). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout35.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout35'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


SX='sx_2022h1.txt'; CQ='nat_2025_cq_hant.txt'; NR='nat_2024r.txt'; NB='nat_2024r_b.txt'; SP='sp_2011.txt'; JL='jl_2010.txt'
LN='ln_2010.txt'; YZ='yz_2007.txt'; WH='wh_kfq_2015.txt'; CD='cdgx_2014.txt'; CT15='city_2015_hant.txt'; GD='gd_2008_hant.txt'
HD='hd_1988.txt'; LC='lcgx_2016.txt'; SY='sx_yb2003.txt'

# ---- 陕西 H1 2022 release
sg = F(SX, '15252.34亿元', '生产总值', 1); s1 = F(SX, '712.86亿元'); s2 = F(SX, '7822.00亿元'); s3 = F(SX, '6717.48亿元')
sgr = F(SX, '4.2%', '同比增长', 1); sq2 = F(SX, '7986.93亿元'); sq2r = F(SX, '3.3%')
sa = F(SX, '1657.65万亩'); sar = F(SX, '0.04%'); so = F(SX, '475.9万吨'); sor = F(SX, '1.1%', '增长'); sy = F(SX, '287.09公斤'); syr = F(SX, '1.4%')
S.rel('sum', C, [s1, s2, s3, sg], 'H1 2022 GDP 712.86 + 7822.00 + 6717.48 = 15252.34')
S.rel('restatement', C, [F(SX, '15252.34亿元', '生产总值', 0), sg], 'headline 15252.34 restates the body figure (same indicator, place, period)')
S.rel('restatement', C, [F(SX, '4.2%', '同比增长', 0), sgr], 'headline growth 4.2% restates the body figure')
S.rel('rate', C, [so, sa, sy], 'summer-grain yield 475.9万吨 / 1657.65万亩 = 287.09 kg per mu')
S.rel('growth', I, [sar, sor, syr], 'area +0.04%, output +1.1% imply yield +1.01..1.11%, stated +1.4% (real text; see Unsure)')
S.rel('growth', U, [sgr, sq2r], 'H1 +4.2% vs Q2 +3.3%: Q1 growth not stated, cannot check')
S.rel('restatement', U, [F(SX, '5.0%', '同比增长'), F(SX, '5.0%', '农林牧渔业增加值同比增长')], 'primary value added +5.0% vs farming/forestry/animal/fishery value added +5.0%: related but differently scoped indicators, not a restatement')
a = ALT(SX, 1, s2, '7828.00亿元', 'H1 secondary value added 7822.00 → 7828.00')
S.rel('sum', I, [on(a, s1), on(a, s2, '7828.00亿元'), on(a, s3), on(a, sg)], 'altered: 712.86 + 7828.00 + 6717.48 = 15258.34, not 15252.34')
a = ALT(SX, 2, sy, '281.09公斤', 'summer-grain yield 287.09 → 281.09')
S.rel('rate', I, [on(a, so), on(a, sa), on(a, sy, '281.09公斤')], 'altered: 475.9万吨 / 1657.65万亩 = 287.09, stated 281.09')

# ---- national 2024 NPC news (2023 results, 2024 targets), second account, 2025 news with 2024 results (traditional)
g23 = F(NR, '126万亿元'); r23 = F(NR, '5.2%', '增长'); e23 = F(NR, '1244万人'); u23 = F(NR, '5.2%', '平均为'); p23 = F(NR, '0.2%'); f23 = F(NR, '1.39万亿斤'); i23 = F(NR, '6.1%')
t24 = F(NR, '5%左右', '国内生产总值增长'); te24 = F(NR, '1200万'); tf24 = F(NR, '1.3万亿斤以上'); tu24 = F(NR, '5.5%左右')
bg23 = F(NB, '126万亿元'); br23 = F(NB, '5.2%', '增长'); be23 = F(NB, '1244万人'); bu23 = F(NB, '5.2%', '平均为'); bp23 = F(NB, '0.2%'); bf23 = F(NB, '1.39万亿斤'); bi23 = F(NB, '6.1%'); bt24 = F(NB, '5%左右')
c24 = F(CQ, '134.9萬(wàn)億元'); cr24 = F(CQ, '5%', '增長(zhǎng)'); cq = F(CQ, '5.7%'); cqd = F(CQ, '0.7個(gè)百分點(diǎn)'); c130 = F(CQ, '130多萬(wàn)億元')
S.rel('restatement', C, [g23, bg23], '2023 GDP “超过126万亿元” in both accounts of the same report')
S.rel('restatement', C, [r23, br23], '2023 GDP growth 5.2% in both accounts')
S.rel('restatement', C, [e23, be23], '2023 new urban jobs 1244万 in both accounts')
S.rel('restatement', C, [p23, bp23], '2023 CPI +0.2% in both accounts')
S.rel('restatement', C, [f23, bf23], '2023 grain output 1.39万亿斤 in both accounts')
S.rel('restatement', C, [i23, bi23], '2023 per-capita disposable income +6.1% in both accounts')
S.rel('restatement', C, [t24, bt24], '2024 GDP growth target 5%左右 in both accounts')
S.rel('target', M, [t24, cr24], '2024 target “5%左右”; result stated in the 2025 report: 2024 GDP +5% → met')
S.rel('target', M, [bt24, cr24], '2024 target “5%左右” (second account) vs 2024 result 5% → met')
S.rel('target', U, [t24, r23], '2024 target 5% vs 2023 result 5.2%: target of one year, result of another')
S.rel('target', U, [te24, e23], '2024 jobs target 1200万 vs 2023 result 1244万: different years')
S.rel('target', U, [tf24, f23], '2024 grain target 1.3万亿斤以上 vs 2023 output 1.39万亿斤: different years')
S.rel('restatement', U, [r23, u23], '2023 GDP growth 5.2% vs surveyed unemployment rate 5.2%: different indicators')
S.rel('growth', U, [g23, c24, cr24], '126 → 134.9万亿 is +7.1% nominal, “超过126” is a lower bound and 5% is real growth: not checkable')
S.rel('growth', C, [cq, cr24, cqd], '重庆 5.7% is 0.7 points above national 5%: 5.7 − 5.0 = 0.7')
S.rel('restatement', C, [c24, c130], '“130多万亿元” restates the 134.9万亿 GDP (130–140)')
a = ALT(NR, 1, r23, '5.8%', '2023 GDP growth 5.2 → 5.8')
S.rel('restatement', I, [on(a, r23, '5.8%'), br23], 'altered: 2023 growth stated 5.8% here, 5.2% in the other account of the same report')
a = ALT(NR, 2, e23, '1274万人', '2023 new urban jobs 1244 → 1274')
S.rel('restatement', I, [on(a, e23, '1274万人'), be23], 'altered: 1274万 vs 1244万 in the other account')
a = ALT(CQ, 1, cq, '5.9%', '重庆 2024 growth 5.7 → 5.9')
S.rel('growth', I, [on(a, cq, '5.9%'), on(a, cr24), on(a, cqd)], 'altered: 5.9 − 5.0 = 0.9, stated 0.7 points')
a = ALT(CQ, 2, cr24, '4%', 'national 2024 growth 5% → 4%')
S.rel('target', MS, [t24, on(a, cr24, '4%')], 'altered: 2024 result 4% against target 5%左右 → missed')
S.rel('growth', I, [on(a, cq), on(a, cr24, '4%'), on(a, cqd)], 'altered: 5.7 − 4 = 1.7, stated 0.7 points')

# ---- 四平 2012 report (2011 results)
S.rel('growth', U, [F(SP, '20%', '增长'), F(SP, '9%'), F(SP, '30%'), F(SP, '37%')], 'sector growth 9/30/37 vs GDP 20%: sector weights not stated (and the mix looks implausible), not checkable')
S.rel('share', U, [F(SP, '38.9亿元'), F(SP, '73.6亿元')], 'local-level revenue 38.9 within all-caliber 73.6: no share stated')
S.rel('growth', U, [F(SP, '17.5亿元'), F(SP, '44.6%'), F(SP, '两年翻番')], '“两年翻番” with +44.6% this year: the previous year’s rate is not stated')

# ---- 吉林市 2011 report
jg = F(JL, '24%'); jx = F(JL, '3倍'); js = [F(JL, '9.8'), F(JL, '50.6'), F(JL, '39.6')]
S.rel('growth', C, [jg, jx], '1.24^5 = 2.93 ≈ “相当于2005年的3倍” (24% read as 23.5–24.5 gives 2.87–3.00)')
S.rel('sum', C, js, '2010 structure 9.8 + 50.6 + 39.6 = 100')
S.rel('restatement', U, [F(JL, '13.9%'), F(JL, '12.8%')], 'urban vs rural income growth: different indicators')
a = ALT(JL, 1, js[2], '38.6', '2010 tertiary share 39.6 → 38.6')
S.rel('sum', I, [on(a, js[0]), on(a, js[1]), on(a, js[2], '38.6')], 'altered: 9.8 + 50.6 + 38.6 = 99.0')
a = ALT(JL, 2, jg, '28%', 'five-year average GDP growth 24 → 28')
S.rel('growth', I, [on(a, jg, '28%'), on(a, jx)], 'altered: 1.28^5 = 3.44, not about 3 times')

# ---- 辽宁 2011 report
lg = F(LN, '14%'); lv = F(LN, '18278亿元'); lf = F(LN, '24.3%'); lfv = F(LN, '2004.8亿元'); lfx = F(LN, '3倍')
S.rel('growth', C, [lf, lfv, lfx], '1.243^5 = 2.97 ≈ 2005 revenue × 3')
S.rel('growth', U, [lg, lv, F(LN, '翻了一番多')], 'real average growth 14% (1.14^5 = 1.93) vs the level “翻了一番多” at current prices: not comparable')
S.rel('growth', U, [F(LN, '30.5%'), F(LN, '5.1万亿元'), F(LN, '4.2倍')], 'investment: cumulative five-year total vs previous period total; annual growth of the flow is not checkable from the cumulatives')
a = ALT(LN, 1, lf, '28.3%', 'average revenue growth 24.3 → 28.3')
S.rel('growth', I, [on(a, lf, '28.3%'), on(a, lfv), on(a, lfx)], 'altered: 1.283^5 = 3.47, not 3 times')


# ---- 宜章县 2007 bulletin
yg = F(YZ, '641117万元'); y1 = F(YZ, '110383万元'); y2 = F(YZ, '295580万元'); y3 = F(YZ, '235154万元')
ys = [F(YZ, '17.22'), F(YZ, '46.10'), F(YZ, '36.68')]
S.rel('sum', C, [y1, y2, y3, yg], '110383 + 295580 + 235154 = 641117')
S.rel('sum', C, ys, 'structure 17.22 + 46.10 + 36.68 = 100')
S.rel('share', C, [y1, yg, ys[0]], '110383/641117 = 17.217% → 17.22')
S.rel('share', C, [y2, yg, ys[1]], '295580/641117 = 46.104% → 46.10')
S.rel('share', C, [y3, yg, ys[2]], '235154/641117 = 36.679% → 36.68')
S.rel('growth', C, [F(YZ, '218.29%'), F(YZ, '翻了一番多')], '+218.29% is 3.18 times the 2000 level: “翻了一番多” (more than doubled) holds')
S.rel('share', U, [F(YZ, '25529万元'), F(YZ, '40966万元')], 'local revenue 25529 within total 40966: no share stated; the 80.32% is the tax share, tax not stated')
S.rel('share', U, [F(YZ, '42.8%'), ys[1]], 'industry 42.8% of GDP vs secondary 46.10%: industry value added not stated (construction is the rest), not checkable')
a = ALT(YZ, 1, y2, '295880万元', 'secondary value added 295580 → 295880')
S.rel('sum', I, [on(a, y1), on(a, y2, '295880万元'), on(a, y3), on(a, yg)], 'altered: parts add to 641417, total 641117')
S.rel('share', I, [on(a, y2, '295880万元'), on(a, yg), on(a, ys[1])], 'altered: 295880/641117 = 46.15%, stated 46.10 (two-decimal share, allowance 0.005)')
a = ALT(YZ, 2, ys[2], '36.88', 'tertiary share 36.68 → 36.88')
S.rel('sum', I, [on(a, ys[0]), on(a, ys[1]), on(a, ys[2], '36.88')], 'altered: 17.22 + 46.10 + 36.88 = 100.20')
S.rel('share', I, [on(a, y3), on(a, yg), on(a, ys[2], '36.88')], 'altered: 235154/641117 = 36.68%, stated 36.88')
a = ALT(YZ, 3, y1, '116383万元', 'primary value added 110383 → 116383')
S.rel('sum', I, [on(a, y1, '116383万元'), on(a, y2), on(a, y3), on(a, yg)], 'altered: parts add to 647117, total 641117')
S.rel('share', I, [on(a, y1, '116383万元'), on(a, yg), on(a, ys[0])], 'altered: 116383/641117 = 18.15%, stated 17.22')

# ---- 威海经开区 2015 yearbook entry
wg = F(WH, '209.9亿元'); w1 = F(WH, '7.42亿元'); w2 = F(WH, '106.57亿元'); w3 = F(WH, '95.90亿元')
ws = [F(WH, '3.54'), F(WH, '50.77'), F(WH, '45.69')]
wgr = F(WH, '9.1%'); w1r = F(WH, '4.4%'); w2r = F(WH, '8.6%'); w3r = F(WH, '10.1%')
S.rel('sum', C, [w1, w2, w3, wg], '7.42 + 106.57 + 95.90 = 209.89 → 209.9')
S.rel('sum', C, ws, 'structure 3.54 + 50.77 + 45.69 = 100')
S.rel('share', C, [w1, wg, ws[0]], '7.42/209.9 = 3.535% → 3.54 (7.42/209.89 = 3.535)')
S.rel('share', C, [w2, wg, ws[1]], '106.57/209.9 = 50.77%')
S.rel('share', C, [w3, wg, ws[2]], '95.90/209.9 = 45.69%')
S.rel('rate', C, [w1, w1r, w2, w2r, w3, w3r, wg, wgr], '7.107 + 98.131 + 87.103 = 192.34; 209.9/192.34 = 9.13% → 9.1')
S.rel('share', I, [F(WH, '191亿元'), F(WH, '343.03亿元'), F(WH, '54.68%')], 'real text: 191/343.03 = 55.68%, stated 54.68% (one point off; 191 rounded cannot explain it)')
a = ALT(WH, 1, w2, '106.97亿元', 'secondary value added 106.57 → 106.97')
S.rel('sum', I, [on(a, w1), on(a, w2, '106.97亿元'), on(a, w3), on(a, wg)], 'altered: 7.42 + 106.97 + 95.90 = 210.29, not 209.9')
S.rel('share', I, [on(a, w2, '106.97亿元'), on(a, wg), on(a, ws[1])], 'altered: 106.97/209.9 = 50.96%, stated 50.77')
a = ALT(WH, 2, ws[2], '45.09', 'tertiary share 45.69 → 45.09')
S.rel('sum', I, [on(a, ws[0]), on(a, ws[1]), on(a, ws[2], '45.09')], 'altered: 3.54 + 50.77 + 45.09 = 99.40')
a = ALT(WH, 3, wgr, '9.7%', 'GDP growth 9.1 → 9.7')
S.rel('rate', I, [on(a, w1), on(a, w1r), on(a, w2), on(a, w2r), on(a, w3), on(a, w3r), on(a, wg), on(a, wgr, '9.7%')], 'altered: sector-weighted growth is 9.13%, stated 9.7')

# ---- 成都高新区 2014 news (results, 2015 targets)
ce = F(CD, '642亿元'); ceg = F(CD, '85.3%'); cgi = F(CD, '753亿元'); cv = F(CD, '1178.2亿元'); csh = F(CD, '11.7%', '全市的'); csh2 = F(CD, '11.7%', '占全市')
S.rel('share', C, [ce, cgi, ceg], 'strategic emerging industries 642/753 = 85.26% → 85.3')
S.rel('restatement', C, [csh, csh2], 'share of city value added 11.7% stated twice')
S.rel('growth', U, [F(CD, '13.6%'), F(CD, '4.7个百分点')], '13.6% is 4.7 points above the city: the city rate is not stated')
S.rel('target', U, [F(CD, '11%'), F(CD, '13.6%')], '2015 target 11% vs 2014 result 13.6%: different years')
S.rel('target', U, [F(CD, '12%', '规模以上工业增加值增长'), F(CD, '16.2%')], '2015 industry target 12% vs 2014 result 16.2%: different years')
a = ALT(CD, 1, ce, '672亿元', 'strategic emerging industries 642 → 672')
S.rel('share', I, [on(a, ce, '672亿元'), on(a, cgi), on(a, ceg)], 'altered: 672/753 = 89.2%, stated 85.3')
a = ALT(CD, 2, csh2, '11.2%', 'second statement of the city share 11.7 → 11.2')
S.rel('restatement', I, [on(a, csh), on(a, csh2, '11.2%')], 'altered: city share stated 11.7% and 11.2%')

# ---- city 2015 news (traditional mirror)
k1 = F(CT15, '5.5%', n=0); k2 = F(CT15, '5.5%', n=1); ks = F(CT15, '6.6%'); kd = F(CT15, '1.1個(gè)百分點(diǎn)')
ke = F(CT15, '5.7%'); ked = F(CT15, '1.6個(gè)百分點(diǎn)'); ki = F(CT15, '4.1%')
S.rel('restatement', C, [k1, k2], 'GDP growth 5.5% stated twice')
S.rel('growth', C, [ks, k2, kd], 'services 6.6% is 1.1 points above GDP 5.5%')
S.rel('growth', C, [ke, ki, ked], 'equipment 5.7% is 1.6 points above industry above scale, stated later as 4.1%: 5.7 − 4.1 = 1.6')
S.rel('growth', U, [k2, F(CT15, '0.5個(gè)百分點(diǎn)')], '5.5% is 0.5 points above 2014: the 2014 rate is not stated')
S.rel('share', U, [F(CT15, '331.92億元'), F(CT15, '1250.44億元')], 'industry value added 331.92 vs GDP 1250.44: no share stated')
a = ALT(CT15, 1, ks, '6.9%', 'services growth 6.6 → 6.9')
S.rel('growth', I, [on(a, ks, '6.9%'), on(a, k2), on(a, kd)], 'altered: 6.9 − 5.5 = 1.4, stated 1.1 points')
a = ALT(CT15, 2, ki, '4.7%', 'industry growth 4.1 → 4.7')
S.rel('growth', I, [on(a, ke), on(a, ki, '4.7%'), on(a, ked)], 'altered: 5.7 − 4.7 = 1.0, stated 1.6 points')

# ---- 广东 2008 NPC news (traditional, Chinese numerals)
S.rel('growth', U, [F(GD, '一萬三千五百多億元'), F(GD, '三萬零六百多億元'), F(GD, '百分之十四點五', n=0)], '13500多 → 30600多 is ×2.27 at current prices (17.8% a year); 14.5% is real growth: not comparable')
S.rel('restatement', U, [F(GD, '百分之十四點五', n=0), F(GD, '百分之十四點五', n=1)], 'five-year average 14.5% vs 2007 annual 14.5%: different periods')
S.rel('restatement', U, [F(GD, '百分之十四點五', n=1), F(GD, '百分之十四點五', n=2)], 'GDP growth 2007 14.5% vs retail sales average growth 14.5%: different indicators')
S.rel('share', U, [F(GD, '九分之一'), F(GD, '八分之一')], 'share of the national total 1/9 → 1/8: national totals not stated')

# ---- 黄岛区 1988 yearbook entry
hi = F(HD, '2.24亿元'); hin = F(HD, '1.75亿元'); ha = F(HD, '4939万元'); hr = F(HD, '6577万元'); hc = F(HD, '5756万元'); hp = F(HD, '821万元')
hrr = F(HD, '25.6%'); hcr = F(HD, '32%'); hpr = F(HD, '5.6%', '减少')
S.rel('sum', C, [hin, ha, hi], 'industry 1.75亿 + agriculture 0.4939亿 = 2.2439 → 2.24亿 (工农业总产值)')
S.rel('sum', C, [hc, hp, hr], 'retail 5756 + 821 = 6577')
S.rel('rate', C, [hc, hcr, hp, hpr, hr, hrr], '5756/1.32 + 821/0.944 = 5230.3; 6577/5230.3 = +25.75%; with 32% read as 31.5–32.5 the range is 25.4–26.2 → 25.6 consistent')
S.rel('growth', U, [F(HD, '42.5%'), F(HD, '61%')], 'industry+agriculture +42.5% vs industry +61%: agriculture growth not stated')
S.rel('share', U, [F(HD, '5743吨'), F(HD, '1.37万吨'), F(HD, '61.6%'), F(HD, '34%')], 'aquaculture 5743 t of 1.37万 t: no share stated; partial-list growth')
a = ALT(HD, 1, ha, '4039万元', 'agricultural output 4939 → 4039')
S.rel('sum', I, [on(a, hin), on(a, ha, '4039万元'), on(a, hi)], 'altered: 1.75 + 0.4039 = 2.15亿, stated 2.24')
a = ALT(HD, 2, hp, '881万元', 'farm-input retail 821 → 881')
S.rel('sum', I, [on(a, hc), on(a, hp, '881万元'), on(a, hr)], 'altered: 5756 + 881 = 6637, stated 6577')

# ---- 聊城高新区 2016 news
lh = F(LC, '54.51亿元'); lo = F(LC, '121.7亿元'); lsh = F(LC, '44.78%')
S.rel('share', C, [lh, lo, lsh], '54.51/121.7 = 44.79%; with 121.7 read as 121.65–121.75 the range is 44.77–44.81 → 44.78')
S.rel('growth', U, [F(LC, '5.48亿元'), F(LC, '80.48%'), F(LC, '6.87亿元'), F(LC, '55.44%')], 'profit within profit+tax: tax growth not stated')
a = ALT(LC, 1, lsh, '47.78%', 'high-tech share 44.78 → 47.78')
S.rel('share', I, [on(a, lh), on(a, lo), on(a, lsh, '47.78%')], 'altered: 54.51/121.7 = 44.79%, stated 47.78')

# ---- 山西 yearbook 2003, table 1-8 (daily averages)
S.rel('share', U, [F(SY, '55275'), F(SY, '5762')], 'daily GDP vs daily gross output of farming: output is not value added, no share')

# ---- further altered copies
a = ALT(SX, 3, sg, '15257.34亿元', 'H1 GDP (body) 15252.34 → 15257.34')
S.rel('sum', I, [on(a, s1), on(a, s2), on(a, s3), on(a, sg, '15257.34亿元')], 'altered: parts add to 15252.34, body total 15257.34')
S.rel('restatement', I, [on(a, F(SX, '15252.34亿元', '生产总值', 0)), on(a, sg, '15257.34亿元')], 'altered: headline 15252.34 vs body 15257.34')
a = ALT(NB, 1, bg23, '128万亿元', 'second account: 2023 GDP 126 → 128万亿')
S.rel('restatement', I, [g23, on(a, bg23, '128万亿元')], 'altered: “超过126万亿元” vs “超过128万亿元” for the same 2023 GDP')
a = ALT(HD, 3, hrr, '28.6%', 'retail growth 25.6 → 28.6')
S.rel('rate', I, [on(a, hc), on(a, hcr), on(a, hp), on(a, hpr), on(a, hr), on(a, hrr, '28.6%')], 'altered: weighted growth 25.4–26.2%, stated 28.6')
a = ALT(WH, 4, ws[0], '3.94', 'primary share 3.54 → 3.94')
S.rel('sum', I, [on(a, ws[0], '3.94'), on(a, ws[1]), on(a, ws[2])], 'altered: 3.94 + 50.77 + 45.69 = 100.40')
S.rel('share', I, [on(a, w1), on(a, wg), on(a, ws[0], '3.94')], 'altered: 7.42/209.9 = 3.54%, stated 3.94')
a = ALT(LN, 2, lfx, '4倍', 'revenue multiple 3 → 4')
S.rel('growth', I, [on(a, lf), on(a, lfv), on(a, lfx, '4倍')], 'altered: 1.243^5 = 2.97, stated 4 times')

S.write()

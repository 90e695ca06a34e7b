"""Check key, thirty-fourth held-out set (check-heldout34). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout34.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout34'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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
N21='nat_2021q3.txt'; FZ='fz_1999_hant.txt'; CY='city_2005_hant.txt'; DD='dd_1985.txt'
PY='py_1987.txt'; HL='hl_2007.txt'; HI='hi_2004.txt'; JT='js_2008t.txt'; JR='js_2008r_hant.txt'; JN='js_2009_hant.txt'
SC='sc_2021_hant.txt'; SB='sc_2021b_hant.txt'; WC='wc_2021.txt'; Z5='zj_2025h1.txt'; Z4='zj_2024h1.txt'; ZO='zone_2003.txt'; HB='hb_2013.txt'

# ---- national, first three quarters of 2021 (news of the NBS release; GDP total not in the passage)
S.rel('growth', U, [F(N21, '4.9%', n=0), F(N21, '4.9%', n=1)], 'Q3 year-on-year 4.9% and two-year average 4.9%: different measures that happen to coincide')
S.rel('growth', U, [F(N21, '三个百分点'), F(N21, '0.6个百分点')], 'falls against Q2 (3 points, 0.6 point): the Q2 rates are not stated')
S.rel('sum', U, [F(N21, '51430亿元'), F(N21, '320940亿元'), F(N21, '450761亿元')], 'three sector values with no GDP total in the passage: nothing to add them to')
S.rel('growth', U, [F(N21, '10.6%'), F(N21, '5.7%')], 'secondary +10.6% in 2021 vs two-year average 5.7%: the 2020 rate is not stated')

# ---- 福州 1999 bulletin (traditional)
fg = F(FZ, '944.97'); f1 = F(FZ, '136.25'); f2 = F(FZ, '424.25'); f3 = F(FZ, '384.47')
fb = F(FZ, '11.48‰'); fd = F(FZ, '5.74‰', '死亡率'); fn = F(FZ, '5.74‰', n=1)
S.rel('sum', C, [f1, f2, f3, fg], '1999 GDP 136.25 + 424.25 + 384.47 = 944.97')
S.rel('sum', C, [F(FZ, '0.5', n=0), F(FZ, '0.5', n=1)], 'share changes −0.5 (primary) + 0.5 (secondary) + 0 (tertiary 持平) = 0')
S.rel('sum', C, [fb, fd, fn], 'natural growth rate = birth 11.48‰ − death 5.74‰ = 5.74‰')
S.rel('growth', U, [F(FZ, '97.0'), F(FZ, '96.8')], 'retail price index city 97.0 vs urban districts 96.8: sub-area (其中), other areas not stated')
a = ALT(FZ, 1, f2, '427.25', 'secondary value added 424.25 → 427.25')
S.rel('sum', I, [on(a, f1), on(a, f2, '427.25'), on(a, f3), on(a, fg)], 'altered: parts add to 947.97, not 944.97')
a = ALT(FZ, 2, fd, '5.24‰', 'death rate 5.74‰ → 5.24‰')
S.rel('sum', I, [on(a, fb), on(a, fd, '5.24‰'), on(a, fn)], 'altered: 11.48 − 5.24 = 6.24‰, natural rate stated 5.74‰')

# ---- unnamed prefecture city, 2005 work report (traditional): 十五 results vs plan
c0 = F(CY, '213.12'); c5 = F(CY, '428.92'); ct = F(CY, '359.1'); cx = F(CY, '69.82'); cg = F(CY, '13.6%')
r0 = F(CY, '20.50'); r5 = F(CY, '39.81'); rt = F(CY, '33.02'); rx = F(CY, '6.79'); rg = F(CY, '14.2%')
l0 = F(CY, '10.5'); l5 = F(CY, '22.45'); lg = F(CY, '16.4%')
S.rel('sum', C, [ct, cx, c5], 'plan 359.1 + excess 69.82 = 428.92')
S.rel('sum', C, [rt, rx, r5], 'plan 33.02 + excess 6.79 = 39.81')
S.rel('target', M, [ct, c5], '十五 plan GDP 359.1 for 2005, result 428.92: met')
S.rel('target', M, [rt, r5], '十五 plan fiscal revenue 33.02 for 2005, result 39.81: met')
S.rel('growth', C, [r0, r5, rg], '(39.81/20.50)^(1/5) − 1 = 14.20% → 14.2')
S.rel('growth', C, [l0, l5, lg], '(22.45/10.5)^(1/5) − 1 = 16.41% (10.45–10.55 gives 16.3–16.5) → 16.4')
S.rel('growth', U, [c0, c5, cg], 'GDP 213.12 → 428.92 is 15.0% a year nominal; 13.6% is at comparable prices: the deflator is not stated')
cs0 = [F(CY, '20.2'), F(CY, '45.0'), F(CY, '34.8')]; cs5 = [F(CY, '16.8'), F(CY, '50.1'), F(CY, '33.1')]
S.rel('sum', C, cs0, '2000 structure 20.2 + 45.0 + 34.8 = 100')
S.rel('sum', C, cs5, '2005 structure 16.8 + 50.1 + 33.1 = 100')
a = ALT(CY, 1, r5, '37.81', 'fiscal revenue 2005 39.81 → 37.81')
S.rel('sum', I, [on(a, rt), on(a, rx), on(a, r5, '37.81')], 'altered: 33.02 + 6.79 = 39.81, result stated 37.81')
S.rel('growth', I, [on(a, r0), on(a, r5, '37.81'), on(a, rg)], 'altered: (37.81/20.50)^(1/5) − 1 = 13.03%, stated 14.2')
S.rel('target', M, [on(a, rt), on(a, r5, '37.81')], 'altered: result 37.81 still above the plan 33.02: met')
a = ALT(CY, 2, cs5[2], '35.1', '2005 tertiary share 33.1 → 35.1')
S.rel('sum', I, [on(a, cs5[0]), on(a, cs5[1]), on(a, cs5[2], '35.1')], 'altered: 16.8 + 50.1 + 35.1 = 102.0')

# ---- 德都县 1985 (黑龙江 county news in a yearbook database): traps only
S.rel('rate', U, [F(DD, '14,509万斤'), F(DD, '4,909斤')], 'commodity grain 14509万斤 vs 4909斤 per household: number of households not stated')
S.rel('growth', U, [F(DD, '25,527万斤'), F(DD, '298斤'), F(DD, '2.5%'), F(DD, '6.8%')], 'output +2.5% vs yield +6.8%: different bases (上年 vs 1984 best year), area not stated')
S.rel('rate', U, [F(DD, '12.9%'), F(DD, '11.3%')], 'rural total income +12.9% vs per-capita income +11.3%: population not stated')

# ---- 平阴县 1980s (山东 county gazetteer)
S.rel('share', C, [F(PY, '1054台'), F(PY, '858台'), F(PY, '81.4%')], '858/1054 = 81.40% → 81.4')
p93 = F(PY, '93%'); p7 = F(PY, '7%', '专业户承包的占')
S.rel('sum', C, [p93, p7], 'orchards 93% + 7% = 100')
S.rel('sum', U, [F(PY, '60.23%'), F(PY, '23.75%'), F(PY, '5.8%'), F(PY, '5%', '占生产队总数的')], '1980 shares add to 94.78%: the 87 包产到户 teams have no share; partial list')
S.rel('share', U, [F(PY, '1711个'), F(PY, '90.43%'), F(PY, '1116个'), F(PY, '60.23%')], '1981 and 1980 shares are of different (unstated) team totals (≈1892 vs ≈1853)')
S.rel('sum', U, [F(PY, '71%'), F(PY, '21%')], 'land contracting by population 71% + by labour 21% = 92%: other forms not stated')
a = ALT(PY, 1, F(PY, '858台'), '838台', 'tractors contracted 858 → 838')
S.rel('share', I, [on(a, F(PY, '1054台')), on(a, F(PY, '858台'), '838台'), on(a, F(PY, '81.4%'))], 'altered: 838/1054 = 79.5%, not 81.4')
a = ALT(PY, 2, p7, '9%', 'orchards contracted by specialists 7% → 9%')
S.rel('sum', I, [on(a, p93), on(a, p7, '9%')], 'altered: 93 + 9 = 102%')

# ---- 黑龙江 2007 (yearbook entry, 重要政事)
h1 = F(HL, '1 200个'); h2 = F(HL, '146个'); h3 = F(HL, '13.9%')
S.rel('growth', C, [h1, h2, h3], '146/(1200 − 146) = 13.85% → 13.9')
S.rel('rate', U, [F(HL, '483万人'), F(HL, '217亿元'), F(HL, '7.1%'), F(HL, '32.3%')], 'persons +7.1% and income +32.3%: the income per person is not stated')
a = ALT(HL, 1, h2, '166个', 'green-food certificates added 146 → 166')
S.rel('growth', I, [on(a, h1), on(a, h2, '166个'), on(a, h3)], 'altered: 166/1034 = 16.05%, stated 13.9')

# ---- 海南 2004 (news of the 2005 report)
S.rel('target', U, [F(HI, '1000亿元'), F(HI, '790.12亿元')], 'target “2007年超过1000亿元” vs 2004 result 790.12: target of another year')

# ---- 江苏 2008: target document, results news (traditional), NPC news (traditional)
jt = F(JT, '11%'); je = F(JT, '4.4%'); jr = F(JR, '12.5%'); jre = F(JR, '4.6%'); jn1 = F(JN, '百分之十二點(diǎn)五', n=0); jn2 = F(JN, '百分之十二點(diǎn)五', n=1)
j78 = F(JR, '78'); j81 = F(JR, '81'); j96 = F(JR, '96%'); j3 = F(JR, '3', ';')
S.rel('target', M, [jt, jr], '2008 GDP target 11%, result “12.5%左右”: met')
S.rel('target', M, [je, jre], 'energy intensity target −4.4%, result −4.6%左右: met')
S.rel('target', M, [jt, jn1], '2008 target 11% vs 百分之十二點五 in the NPC news: met')
S.rel('restatement', C, [jr, jn1], '2008 GDP growth 12.5% (results news) = 百分之十二點五 (NPC news)')
S.rel('restatement', C, [jn1, jn2], '百分之十二點五 in the lead and in the comparison paragraph')
S.rel('share', C, [j81, j78, j96], '78/81 = 96.3% → 96')
S.rel('sum', C, [j78, j3, j81], '78 completed + 3 basically completed = 81 targets')
S.rel('growth', U, [F(JR, '5.4%'), F(JR, '0.5個')], 'CPI 5.4% is 0.5 point below the national rate, which is not stated here')
S.rel('growth', U, [F(JR, '12.2%'), F(JR, '16.9%')], 'trade +12.2% vs exports +16.9%: imports not stated')
S.rel('growth', U, [F(JN, '百分之九'), F(JN, '百分之二點(diǎn)四')], 'national growth 9% and its fall of 2.4 points: the 2007 rate is not stated')
a = ALT(JR, 1, jr, '10.5%', 'GDP growth 12.5%左右 → 10.5%左右')
S.rel('target', MS, [jt, on(a, jr, '10.5%')], 'altered: result 10.5% below the 11% target: missed')
S.rel('restatement', I, [on(a, jr, '10.5%'), jn1], 'altered: 10.5% vs 百分之十二點五 in the NPC news')
a = ALT(JR, 2, j78, '76', 'targets completed 78 → 76')
S.rel('share', I, [on(a, j81), on(a, j78, '76'), on(a, j96)], 'altered: 76/81 = 93.8%, stated 96%')
S.rel('sum', I, [on(a, j78, '76'), on(a, j3), on(a, j81)], 'altered: 76 + 3 = 79, not 81')
a = ALT(JR, 3, jre, '3.6%', 'energy intensity fall 4.6% → 3.6%')
S.rel('target', MS, [je, on(a, jre, '3.6%')], 'altered: −3.6% falls short of the −4.4% target: missed')
a = ALT(JN, 1, jn2, '百分之十一點(diǎn)五', 'second statement of 2008 growth 十二點五 → 十一點五')
S.rel('restatement', I, [on(a, jn1), on(a, jn2, '百分之十一點(diǎn)五')], 'altered: 12.5% in the lead, 11.5% in the comparison paragraph')

# ---- 四川 2021: bulletin news (traditional) and a second news item (traditional)
sg1 = F(SC, '53850.8', n=0); sg = F(SC, '53850.8', n=1); sgr1 = F(SC, '8.2%', n=0); sgr = F(SC, '8.2%', n=1)
s1 = F(SC, '5661.9'); s2 = F(SC, '19901.4'); s3 = F(SC, '28287.5'); s1r = F(SC, '7%', '增長'); s2r = F(SC, '7.4%'); s3r = F(SC, '8.9%')
sk = [F(SC, '9.8%'), F(SC, '33%'), F(SC, '57.2%')]; so = [F(SC, '11.5'), F(SC, '36.1'), F(SC, '52.4')]; sn = [F(SC, '10.5'), F(SC, '37.0'), F(SC, '52.5')]
S.rel('sum', C, [s1, s2, s3, sg], '5661.9 + 19901.4 + 28287.5 = 53850.8')
S.rel('sum', C, sk, 'contributions 9.8 + 33 + 57.2 = 100')
S.rel('sum', C, so, '2020 structure 11.5 + 36.1 + 52.4 = 100')
S.rel('sum', C, sn, '2021 structure 10.5 + 37.0 + 52.5 = 100')
S.rel('share', C, [s1, sg, sn[0]], '5661.9/53850.8 = 10.51% → 10.5')
S.rel('share', C, [s2, sg, sn[1]], '19901.4/53850.8 = 36.96% → 37.0')
S.rel('share', C, [s3, sg, sn[2]], '28287.5/53850.8 = 52.53% → 52.5')
S.rel('restatement', C, [sg1, sg], 'GDP 53850.8 in the lead and in the body')
S.rel('rate', C, [s1, s1r, s2, s2r, s3, s3r, sg, sgr], '5291.5 + 18530.1 + 25975.7 = 49797.3; 53850.8/49797.3 = 8.14%; with 7% read as 6.5–7.5 and the others ±0.05 the range is 8.09–8.24 → 8.2 consistent (edge)')
S.rel('growth', U, [F(SC, '8.5%'), sgr1], '成都平原經濟區 +8.5% vs province +8.2%: a sub-region, the other regions are not in the passage')
b1 = F(SB, '5661.86'); b2 = F(SB, '19901.38'); b3 = F(SB, '28287.55'); bg = F(SB, '53850.79')
S.rel('sum', C, [b1, b2, b3, bg], '5661.86 + 19901.38 + 28287.55 = 53850.79')
S.rel('restatement', C, [bg, sg1], '53850.79 (second news item) and 53850.8 (bulletin news): same figure at different precision')
S.rel('restatement', C, [b3, s3], 'tertiary 28287.55 vs 28287.5: same figure rounded')
S.rel('restatement', C, [F(SB, '8.2%'), sgr], 'growth 8.2% in both news items')
S.rel('growth', U, [F(SB, '6.0%'), F(SB, '8.2%')], 'two-year average 6.0% vs 2021 growth 8.2%: the 2020 rate is not stated')
a = ALT(SC, 1, s2, '19801.4', 'secondary value added 19901.4 → 19801.4')
S.rel('sum', I, [on(a, s1), on(a, s2, '19801.4'), on(a, s3), on(a, sg)], 'altered: parts add to 53750.8, not 53850.8')
S.rel('share', I, [on(a, s2, '19801.4'), on(a, sg), on(a, sn[1])], 'altered: 19801.4/53850.8 = 36.77% → 36.8, stated 37.0')
S.rel('restatement', I, [on(a, s2, '19801.4'), b2], 'altered: secondary 19801.4 vs 19901.38 in the second news item')
a = ALT(SC, 2, sk[2], '59.2%', 'tertiary contribution 57.2% → 59.2%')
S.rel('sum', I, [on(a, sk[0]), on(a, sk[1]), on(a, sk[2], '59.2%')], 'altered: 9.8 + 33 + 59.2 = 102')
a = ALT(SC, 3, sn[0], '11.5', '2021 primary share 10.5 → 11.5')
S.rel('sum', I, [on(a, sn[0], '11.5'), on(a, sn[1]), on(a, sn[2])], 'altered: 11.5 + 37.0 + 52.5 = 101')
S.rel('share', I, [on(a, s1), on(a, sg), on(a, sn[0], '11.5')], 'altered: 5661.9/53850.8 = 10.5%, stated 11.5')
a = ALT(SB, 1, b3, '28281.55', 'tertiary value added 28287.55 → 28281.55')
S.rel('sum', I, [on(a, b1), on(a, b2), on(a, b3, '28281.55'), on(a, bg)], 'altered: parts add to 53844.79, not 53850.79')
S.rel('restatement', I, [on(a, b3, '28281.55'), s3], 'altered: 28281.55 vs 28287.5 in the bulletin news')

# ---- 汶川县 2021 bulletin
wg = F(WC, '819532'); w1 = F(WC, '123411'); w2 = F(WC, '351053'); w3 = F(WC, '345068')
ws = [F(WC, '15.1'), F(WC, '42.8'), F(WC, '42.1')]; wk = [F(WC, '17.8%'), F(WC, '43.5%'), F(WC, '38.7%')]
wp = [F(WC, '1.4', '拉动经济增长'), F(WC, '3.3', '、'), F(WC, '2.9', '、')]; wgr = F(WC, '7.6%')
wf = [F(WC, '151314'), F(WC, '32760'), F(WC, '34338'), F(WC, '167万元'), F(WC, '5361'), F(WC, '223940')]
S.rel('sum', C, [w1, w2, w3, wg], '123411 + 351053 + 345068 = 819532')
S.rel('sum', C, ws, 'structure 15.1 + 42.8 + 42.1 = 100')
S.rel('share', C, [w1, wg, ws[0]], '123411/819532 = 15.06% → 15.1')
S.rel('share', C, [w2, wg, ws[1]], '351053/819532 = 42.84% → 42.8')
S.rel('share', C, [w3, wg, ws[2]], '345068/819532 = 42.11% → 42.1')
S.rel('sum', C, wk, 'contributions 17.8 + 43.5 + 38.7 = 100')
S.rel('sum', C, wp + [wgr], 'pulls 1.4 + 3.3 + 2.9 = 7.6 points = GDP growth 7.6%')
S.rel('rate', C, [wk[0], wgr, wp[0]], 'pull = contribution × growth: 17.8% × 7.6 = 1.35 → 1.4')
S.rel('share', C, [F(WC, '387702'), wg, F(WC, '47.3%')], '387702/819532 = 47.31% → 47.3')
S.rel('sum', C, wf, 'farm output 151314 + 32760 + 34338 + 167 + 5361 = 223940')
S.rel('growth', U, [F(WC, '126335'), F(WC, '8.3%'), w1, F(WC, '8.6%')], '农林牧渔业增加值 126335 (+8.3%) vs 第一产业 123411 (+8.6%): overlapping scopes, not the same indicator')
a = ALT(WC, 1, w2, '357053', 'secondary value added 351053 → 357053')
S.rel('sum', I, [on(a, w1), on(a, w2, '357053'), on(a, w3), on(a, wg)], 'altered: parts add to 825532, not 819532')
S.rel('share', I, [on(a, w2, '357053'), on(a, wg), on(a, ws[1])], 'altered: 357053/819532 = 43.57% → 43.6, stated 42.8')
a = ALT(WC, 2, wf[2], '34838', 'livestock output 34338 → 34838')
S.rel('sum', I, [on(a, x) if x is not wf[2] else on(a, x, '34838') for x in wf], 'altered: farm parts add to 224440, total stated 223940')
a = ALT(WC, 3, wp[1], '3.8', 'secondary pull 3.3 → 3.8')
S.rel('sum', I, [on(a, wp[0]), on(a, wp[1], '3.8'), on(a, wp[2]), on(a, wgr)], 'altered: 1.4 + 3.8 + 2.9 = 8.1 points, growth 7.6%')

# ---- 浙江 H1 2025 and H1 2024
zg = F(Z5, '45004'); z1 = F(Z5, '1131'); z2 = F(Z5, '16952'); z3 = F(Z5, '26921'); zgr = F(Z5, '5.8%', n=0); zgr2 = F(Z5, '5.8%', n=1)
z1r = F(Z5, '3.5%'); z2r = F(Z5, '5.6%'); z3r = F(Z5, '6.0%', n=0)
S.rel('sum', C, [z1, z2, z3, zg], 'H1 2025: 1131 + 16952 + 26921 = 45004')
S.rel('restatement', C, [zgr, zgr2], 'H1 growth 5.8% in the lead and in the body')
S.rel('rate', C, [z1, z1r, z2, z2r, z3, z3r, zg, zgr], '1092.8 + 16053.0 + 25397.2 = 42543.0; 45004/42543.0 = 5.78% (range 5.73–5.84) → 5.8')
S.rel('restatement', C, [z3r, F(Z5, '6.0%', n=1)], 'tertiary +6.0% = 服务业增加值 +6.0% (same indicator)')
S.rel('growth', U, [F(Z5, '3.6%'), z1r], '农林牧渔业增加值 +3.6% vs 第一产业 +3.5%: overlapping scopes')
S.rel('growth', U, [F(Z5, '5.3%'), F(Z5, '0.8个')], 'retail sales +5.3% is 0.8 point above Q1, which is not stated')
S.rel('share', C, [F(Z4, '38个'), F(Z4, '30个'), F(Z4, '78.9%', n=1)], '30/38 = 78.95% → 78.9 (78.9474 rounds to 78.9)')
S.rel('restatement', C, [F(Z4, '60.07', n=0), F(Z4, '60.07', n=1)], 'Yiwu parcels 60.07亿件 in the heading and the body')
S.rel('sum', U, [F(Z4, '11876.23', n=1), F(Z4, '8719.22')], 'consumer-goods markets 8719.22 of 11876.23: partial (其中), the other markets not stated')
S.rel('growth', U, [F(Z4, '40920'), zg, zgr], 'H1 2024 40920 → H1 2025 45004 is +10.0% nominal; 5.8% is real: not the same measure')
a = ALT(Z5, 1, z3, '26621', 'tertiary value added 26921 → 26621')
S.rel('sum', I, [on(a, z1), on(a, z2), on(a, z3, '26621'), on(a, zg)], 'altered: parts add to 44704, not 45004')
S.rel('rate', I, [on(a, z1), on(a, z1r), on(a, z2), on(a, z2r), on(a, z3, '26621'), on(a, z3r), on(a, zg), on(a, zgr)], 'altered: deflated sum 42260 → 45004/42260 = 6.49%, stated 5.8')
a = ALT(Z5, 2, zgr2, '6.8%', 'second statement of H1 growth 5.8% → 6.8%')
S.rel('restatement', I, [on(a, zgr), on(a, zgr2, '6.8%')], 'altered: 5.8% in the lead, 6.8% in the body')
a = ALT(Z4, 1, F(Z4, '78.9%', n=1), '73.9%', 'share of industries growing 78.9% → 73.9% (body)')
S.rel('share', I, [on(a, F(Z4, '38个')), on(a, F(Z4, '30个')), on(a, F(Z4, '78.9%', n=1), '73.9%')], 'altered: 30/38 = 78.9%, stated 73.9')

# ---- development zone 2003 (work report)
zt = F(ZO, '6 亿元', '2003 年财政收入 '); zr = F(ZO, '6 亿元', '财政收入 ', n=0)
S.rel('target', M, [zt, zr], '2003 fiscal-revenue target 6亿 (adjusted budget), result 6亿: met')
S.rel('sum', U, [F(ZO, '8426'), F(ZO, '5000')], 'foreign capital 8426 of which direct 5000: partial, the rest not itemised')
a = ALT(ZO, 1, zr, '5 亿元', 'fiscal revenue result 6亿 → 5亿')
S.rel('target', MS, [on(a, zt), on(a, zr, '5 亿元')], 'altered: result 5亿 below the 6亿 target: missed')

# ---- 河北 2013 city table
rows = {}
t = S.read(HB); lines = t.split('\n')
for i, ln in enumerate(lines):
    if ln.startswith(('1 |', '2 |', '全省')):
        rows[ln.split('|')[0].strip() if not ln.startswith('全省') else '全省'] = Cells(HB, i, '|')
ts, sj, pv = rows['1'], rows['2'], rows['全省']
S.rel('rate', C, [ts[2], ts[3], ts[4]], '唐山 6100亿/737.07万 = 82760.12元')
S.rel('rate', C, [sj[2], sj[3], sj[4]], '石家庄 4900亿/1027.98万 = 47666.30元')
S.rel('rate', C, [pv[1], pv[2], pv[3]], '全省 28301.4亿/7322.22万 = 38651.39元')
S.rel('rate', C, [ts[4], ts[5], pv[3], pv[4]], 'yuan/dollar: 82760.12/13363.06 = 6.1932 = 38651.39/6240.94')
pops = [Cells(HB, i, '|')[3] for i, ln in enumerate(lines) if ln[:2].strip().isdigit() and '|' in ln and ln.split('|')[0].strip().isdigit()]
S.rel('sum', C, pops + [pv[2]], '11 city populations add to 7322.22')
g13 = [Cells(HB, i, '|')[2] for i, ln in enumerate(lines) if ln.split('|')[0].strip().isdigit() and '|' in ln]
S.rel('sum', U, g13 + [pv[1]], 'city GDPs add to 28386.99, province 28301.4: city and province GDP are accounted separately (分级核算, 部分初值), not a split')
S.rel('restatement', C, [F(HB, '28301.4', n=0), pv[1]], 'province GDP 28301.4 in the lead and in the table')
S.rel('restatement', C, [F(HB, '38651.39', n=0), pv[3]], 'per-capita 38651.39 in the lead and in the table')
S.rel('restatement', C, [F(HB, '3599.20', n=0), Cells(HB, [i for i, l in enumerate(lines) if '邢台' in l and '|' in l][0], '|')[5]], '邢台 per-capita 3599.20 dollars in the lead and in the table')
a = ALT(HB, 1, ts[2], '6300', '唐山 2013 GDP 6100 → 6300')
S.rel('rate', I, [on(a, ts[2], '6300'), on(a, ts[3]), on(a, ts[4])], 'altered: 6300/737.07 = 85473.6, stated 82760.12')
a = ALT(HB, 2, pv[2], '7352.22', 'province population 7322.22 → 7352.22')
S.rel('sum', I, [on(a, x) for x in pops] + [on(a, pv[2], '7352.22')], 'altered: cities add to 7322.22, total stated 7352.22')
S.rel('rate', I, [on(a, pv[1]), on(a, pv[2], '7352.22'), on(a, pv[3])], 'altered: 28301.4/7352.22 = 38493.7, stated 38651.39')

# ---- cross-text traps
S.rel('target', U, [jt, F(Z5, '5.8%', n=0)], '江苏 2008 target vs 浙江 H1 2025 growth: different place and period')
S.rel('growth', U, [F(N21, '4.9%', n=0), sgr1], 'national Q3 2021 year-on-year 4.9% vs 四川 2021 annual 8.2%: different place and period')
S.write()

"""Check key, twenty-ninth held-out set (check-heldout29). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout29.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Table cells are taken by line and column. Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout29'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'
N98='nat_1998_regions.txt'; FJ='fj_output_2015.txt'; NT='nat_2019_target_hant.txt'; NE='nat_2019_est.txt'; A7='ah_2007q3_hant.txt'
A25='ah_2025h1_hant.txt'; YL='yuanling_2018.txt'; SX='sx_2023_pop_hant.txt'; DZ='dz_2008h1.txt'; HI='hi_2009_hant.txt'
JJ='jj_2006_hant.txt'; TL='tl_2017_hant.txt'; GD='gd_2022_hant.txt'

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

# ---- national yearbook 1999, table 3-9 (GDP by region, 1998)
R = {k: Cells(N98, i) for k, i in (('北京', 6), ('天津', 7), ('河北', 8), ('山西', 9), ('内蒙古', 10))}
for k in ('北京', '河北', '山西'):
    r = R[k]; S.rel('sum', C, [r[0], r[1], r[2], r[5]], f'{k} 1998: {r[1][1]} + {r[2][1]} + {r[5][1]} = {r[0][1]}')
for k in ('北京',):
    r = R[k]; S.rel('sum', C, [r[2], r[3], r[4]], f'{k}: industry {r[3][1]} + construction {r[4][1]} = secondary {r[2][1]}')
for k in ('河北', '山西'):
    r = R[k]; S.rel('sum', C, [r[18], r[19], r[20]], f'{k}: structure {r[18][1]} + {r[19][1]} + {r[20][1]} = 100 (±0.1)')
S.rel('share', C, [R['河北'][0], R['河北'][5], R['河北'][20]], '1381.08/4256.01 = 32.450% → 32.5')
S.rel('share', C, [R['内蒙古'][0], R['内蒙古'][1], R['内蒙古'][18]], '341.62/1192.29 = 28.65% → 28.7')
S.rel('growth', U, [R['北京'][21], R['北京'][22], R['北京'][23], R['北京'][24]], 'GDP index 109.8 vs sector indices: 1997 weights not in the table')
S.rel('growth', U, [R['天津'][0], R['天津'][21]], 'current-price level vs real index (1997 = 100): no 1997 level, different price bases')
r = R['北京']; a = ALT(N98, 1, r[2], '789.85', '北京 secondary 786.85 → 789.85')
S.rel('sum', I, [on(a, r[0]), on(a, r[1]), on(a, r[2], '789.85'), on(a, r[5])], 'altered: 86.56 + 789.85 + 1137.90 = 2014.31 ≠ 2011.31')
S.rel('sum', I, [on(a, r[2], '789.85'), on(a, r[3]), on(a, r[4])], 'altered: 610.66 + 176.19 = 786.85 ≠ 789.85')
r = R['河北']; a = ALT(N98, 2, r[18], '16.6', '河北 primary share 18.6 → 16.6')
S.rel('sum', I, [on(a, r[18], '16.6'), on(a, r[19]), on(a, r[20])], 'altered: 16.6 + 49.0 + 32.5 = 98.1')
S.rel('share', I, [on(a, r[0]), on(a, r[1]), on(a, r[18], '16.6')], 'altered: 790.60/4256.01 = 18.58%, not 16.6')
r = R['山西']; a = ALT(N98, 3, r[5], '557.72', '山西 tertiary 537.72 → 557.72')
S.rel('sum', I, [on(a, r[0]), on(a, r[1]), on(a, r[2]), on(a, r[5], '557.72')], 'altered: 207.26 + 856.13 + 557.72 = 1621.11 ≠ 1601.11')

# ---- 福建 yearbook 2015, table 2-3 gross output 2000-2014
def FC(line): return Cells(FJ, line, '|')
tot, pr, se, te, ind, con = FC(3), FC(4), FC(5), FC(6), FC(8), FC(9)
spr, sse, ste = FC(22), FC(23), FC(24); idx = FC(12)
yrs = ['2000', '2005', '2010', '2013', '2014']
for j in (0, 2, 4):
    S.rel('sum', C, [tot[j], pr[j], se[j], te[j]], f'gross output {yrs[j]}: {pr[j][1]} + {se[j][1]} + {te[j][1]} = {tot[j][1]}')
for j in (0,):
    S.rel('sum', C, [se[j], ind[j], con[j]], f'{yrs[j]}: industry {ind[j][1]} + construction {con[j][1]} = secondary {se[j][1]}')
for j in (3, 4):
    S.rel('sum', U, [se[j], ind[j], con[j]], f'{yrs[j]}: industry + construction exceed secondary (2013 classification puts mining support and repair, counted in 工业, in the tertiary sector): overlapping groupings')
for j in (0, 3):
    S.rel('sum', C, [spr[j], sse[j], ste[j]], f'structure {yrs[j]}: {spr[j][1]} + {sse[j][1]} + {ste[j][1]} = 100 (±0.1)')
S.rel('share', C, [tot[0], se[0], sse[0]], '6154.43/9870.58 = 62.35% → 62.4 (the table prints one decimal as x.x0)')
S.rel('growth', U, [tot[3], tot[4], idx[4]], 'current-price ratio 70742.78/61780.20 = 114.5 vs real index 110.50: different price bases')
a = ALT(FJ, 1, te[2], '9391.67', '2010 tertiary 9991.67 → 9391.67')
S.rel('sum', I, [on(a, tot[2]), on(a, pr[2]), on(a, se[2]), on(a, te[2], '9391.67')], 'altered: parts 38315.25 ≠ 38915.25')
a = ALT(FJ, 2, sse[1], '64.00', '2005 secondary share 67.00 → 64.00')
S.rel('sum', I, [on(a, spr[1]), on(a, sse[1], '64.00'), on(a, ste[1])], 'altered: 8.10 + 64.00 + 24.90 = 97.0')
S.rel('share', I, [on(a, tot[1]), on(a, se[1]), on(a, sse[1], '64.00')], 'altered: 11385.95/16995.93 = 66.99%, not 64.00')
a = ALT(FJ, 3, con[0], '701.30', '2000 construction 707.30 → 701.30')
S.rel('sum', I, [on(a, se[0]), on(a, ind[0]), on(a, con[0], '701.30')], 'altered: 5447.13 + 701.30 = 6148.43 ≠ 6154.43')

# ---- 2019 national targets (ETtoday-style news, traditional) and a 2019 forecast
tg = F(NT, '6.5%', '6到'); tcpi = F(NT, '3%', '漲幅'); tjob = F(NT, '1100萬人以上'); tun = F(NT, '5.5%'); ten = F(NT, '3%', '能耗下降')
t18 = F(NT, '6.5%', '明確的'); r18 = F(NT, '6.6%')
eg = F(NE, '6.2%'); ecpi = F(NE, '3%', '预计在'); eun = F(NE, '5.2%'); eun_t = F(NE, '5.5%')
S.rel('target', CT, [tg, eg], '2019 GDP target 6–6.5% vs a forecast “有望达到6.2%左右”: a forecast, not a result')
S.rel('target', CT, [tcpi, ecpi], 'CPI target 3% vs forecast “预计在3%左右”: not a result')
S.rel('target', CT, [tun, eun], 'unemployment target 5.5% vs forecast 5.2%: not a result')
S.rel('target', M, [t18, r18], '2018 target 6.5% (stated in the 2019 news) vs 2018 result 6.6%: met')
S.rel('target', U, [tg, r18], '2019 target vs 2018 result: different years')
S.rel('restatement', U, [ten, tcpi], 'energy intensity −3% vs CPI 3%: different indicators')
S.rel('restatement', C, [tun, eun_t], 'the 2019 surveyed-unemployment target 5.5% restated in the forecast article (“预期政策目标5.5%以下”)')
a = ALT(NT, 1, r18, '6.1%', '2018 growth 6.6 → 6.1')
S.rel('target', MS, [on(a, t18), on(a, r18, '6.1%')], 'altered: 2018 result 6.1% < target 6.5%: missed')
a = ALT(NE, 1, eun_t, '6.5%', 'restated unemployment target 5.5 → 6.5')
S.rel('restatement', I, [tun, on(a, eun_t, '6.5%')], 'altered: forecast article gives the target as 6.5%, the work report 5.5%')

# ---- 安徽 Q1–Q3 2007 (traditional, Chinese numerals)
g1 = F(A7, '五千兩百多億元', '達'); g2 = F(A7, '五千兩百多億元', '達', 1); sec = F(A7, '兩千四百一十二點九億元'); pri = F(A7, '八百零九點四億元')
S.rel('restatement', C, [g1, g2], 'Q1–Q3 GDP “五千兩百多億元” stated twice')
S.rel('sum', U, [g2, sec, pri], 'secondary + primary = 3222.3億: tertiary not given, a partial list')
S.rel('growth', U, [F(A7, '百分之十三點九'), F(A7, '百分之十八點八'), F(A7, '百分之四點五')], 'sector growth vs GDP growth: tertiary and weights missing')
a = ALT(A7, 1, g2, '五千九百多億元', 'second GDP mention 五千兩百 → 五千九百')
S.rel('restatement', I, [on(a, g1), on(a, g2, '五千九百多億元')], 'altered: 五千兩百多 vs 五千九百多')

# ---- H1 2025 provincial release (traditional; 安徽 by its figures)
hg = F(A25, '25723億元'); h1 = F(A25, '1294億元'); h2 = F(A25, '9938億元'); h3 = F(A25, '14491億元')
S.rel('sum', C, [hg, h1, h2, h3], '1294 + 9938 + 14491 = 25723')
S.rel('growth', U, [F(A25, '5.6%'), F(A25, '3.1%'), F(A25, '6.4%'), F(A25, '5.3%', '第三產業增加值14491億元,增長')], 'sector growth vs total without weights')
s3 = F(A25, '5.3%', '第三產業增加值14491億元,增長'); sv = F(A25, '5.3%', '服務業增加值同比增長')
S.rel('restatement', C, [s3, sv], 'tertiary growth 5.3% = services growth 5.3% (服務業 = 第三產業)')
S.rel('rate', C, [F(A25, '41', '分行業看,'), F(A25, '32', '中有'), F(A25, '78%')], '32/41 = 78.0%')
S.rel('growth', C, [F(A25, '352.4億斤'), F(A25, '0.5億斤'), F(A25, '0.15%')], '0.5/(352.4 − 0.5) = 0.14%; with rounding of 0.5 (0.45–0.55) the range 0.13–0.16% holds 0.15')
S.rel('restatement', U, [F(A25, '5.5%'), F(A25, '5.6%')], 'retail sales +5.5% vs GDP +5.6%: different indicators')
a = ALT(A25, 1, h2, '9738億元', 'secondary 9938 → 9738')
S.rel('sum', I, [on(a, hg), on(a, h1), on(a, h2, '9738億元'), on(a, h3)], 'altered: 1294 + 9738 + 14491 = 25523 ≠ 25723')
a = ALT(A25, 2, sv, '5.8%', 'services growth 5.3 → 5.8')
S.rel('restatement', I, [on(a, s3), on(a, sv, '5.8%')], 'altered: tertiary 5.3% vs services 5.8%')

# ---- 沅陵县 2018 (湖南, county work report)
S.rel('growth', U, [F(YL, '8%', '增长'), F(YL, '8%', '8.06亿元,增长')], 'GDP +8% vs local fiscal revenue +8%: different indicators')
S.rel('sum', U, [F(YL, '14.5亿元'), F(YL, '8.06亿元')], 'local revenue 8.06 is part of public revenue 14.5 (the rest goes up): not a full split')

# ---- 山西 2023 population (traditional with marks)
pop = F(SX, '3465.99萬', '為'); dec = F(SX, '15.36萬'); decr = F(SX, '0.44%'); bn = F(SX, '21.31萬'); br = F(SX, '6.13‰'); dn = F(SX, '29.11萬'); dr = F(SX, '8.38‰'); nr = F(SX, '-2.25‰')
bch = F(SX, '0.62個'); dch = F(SX, '0.65個'); nch = F(SX, '1.27個')
a0 = F(SX, '517.49萬'); a1 = F(SX, '2421.53萬'); a2 = F(SX, '526.98萬'); s0 = F(SX, '14.93%'); s1 = F(SX, '69.87%'); s2 = F(SX, '15.20%')
S.rel('rate', C, [br, dr, nr], '6.13 − 8.38 = −2.25‰')
S.rel('sum', C, [bch, dch, nch], 'birth rate −0.62, death rate +0.65: natural rate −1.27 points')
S.rel('rate', C, [pop, dec, bn, br], '21.31 / average of 3481.35 and 3465.99 = 6.13‰')
S.rel('rate', C, [pop, dec, dn, dr], '29.11 / 3473.67 = 8.38‰')
S.rel('growth', C, [pop, dec, decr], '15.36/(3465.99 + 15.36) = 0.44%')
S.rel('sum', U, [bn, dn, dec], 'births − deaths = −7.80萬, population −15.36萬: migration not stated')
S.rel('sum', C, [pop, a0, a1, a2], '517.49 + 2421.53 + 526.98 = 3466.00 ≈ 3465.99 (three rounded parts)')
S.rel('sum', C, [s0, s1, s2], '14.93 + 69.87 + 15.20 = 100')
S.rel('share', C, [pop, a0, s0], '517.49/3465.99 = 14.93%')
S.rel('share', C, [pop, a1, s1], '2421.53/3465.99 = 69.87%')
S.rel('share', C, [pop, a2, s2], '526.98/3465.99 = 15.20%')
S.rel('restatement', U, [F(SX, '2.20萬', '減少'), F(SX, '2.20萬', '增加')], 'births −2.20萬 and deaths +2.20萬: different indicators sharing a number')
S.rel('share', U, [F(SX, '33.34萬'), pop], 'sample of 33.34萬 against the population: the sampling fraction is not stated and no share is claimed')
a = ALT(SX, 1, dr, '8.88‰', 'death rate 8.38 → 8.88')
S.rel('rate', I, [on(a, br), on(a, dr, '8.88‰'), on(a, nr)], 'altered: 6.13 − 8.88 = −2.75 ≠ −2.25')
S.rel('rate', I, [on(a, pop), on(a, dec), on(a, dn), on(a, dr, '8.88‰')], 'altered: 29.11/3473.67 = 8.38‰, not 8.88')
a = ALT(SX, 2, a1, '2481.53萬', '15–64 population 2421.53 → 2481.53')
S.rel('sum', I, [on(a, pop), on(a, a0), on(a, a1, '2481.53萬'), on(a, a2)], 'altered: parts 3526.00 ≠ 3465.99')
S.rel('share', I, [on(a, pop), on(a, a1, '2481.53萬'), on(a, s1)], 'altered: 2481.53/3465.99 = 71.60%, not 69.87')
a = ALT(SX, 3, s2, '15.80%', '65+ share 15.20 → 15.80')
S.rel('sum', I, [on(a, s0), on(a, s1), on(a, s2, '15.80%')], 'altered: 14.93 + 69.87 + 15.80 = 100.60')
a = ALT(SX, 4, decr, '0.74%', 'decrease 0.44% → 0.74%')
S.rel('growth', I, [on(a, pop), on(a, dec), on(a, decr, '0.74%')], 'altered: 15.36/3481.35 = 0.44%, not 0.74')

# ---- development zone H1 (2008 per the mirror's title; 光电子/邮科院/长飞)
zt = F(DZ, '190亿元'); z1 = F(DZ, '113亿元'); z2 = F(DZ, '23亿元'); z3 = F(DZ, '36亿元'); z4 = F(DZ, '13.8亿元')
q1 = F(DZ, '59.5'); q2 = F(DZ, '12', '总产值的'); q3 = F(DZ, '18.9'); q4 = F(DZ, '7.3')
S.rel('share', C, [zt, z1, q1], '113/190 = 59.47% → 59.5 (stated without %)')
S.rel('share', C, [zt, z3, q3], '36/190 = 18.95% → 18.9 (18.947)')
S.rel('share', C, [zt, z4, q4], '13.8/190 = 7.26% → 7.3')
S.rel('sum', U, [zt, z1, z2, z3, z4], 'four named industries 185.8 of 190: a partial list (other industries)')
S.rel('sum', U, [q1, q2, q3, q4], 'shares 97.7: partial list, not a structure')
S.rel('growth', U, [F(DZ, '26.1'), F(DZ, '25.6'), F(DZ, '10', '增长', 0, '。'), F(DZ, '20', '增长', 0, '。'), F(DZ, '38.2')], 'industry growths vs total growth 26.1: weights of the previous year and other industries missing')
a = ALT(DZ, 1, z1, '118亿元', 'optoelectronics output 113 → 118')
S.rel('share', I, [on(a, zt), on(a, z1, '118亿元'), on(a, q1)], 'altered: 118/190 = 62.1%, not 59.5')
a = ALT(DZ, 2, q3, '16.9', 'environment share 18.9 → 16.9')
S.rel('share', I, [on(a, zt), on(a, z3), on(a, q3, '16.9')], 'altered: 36/190 = 18.9%, not 16.9')

# ---- 海南 2010 work report (2009 results, traditional)
hgdp = F(HI, '1646.6億元'); hrev = F(HI, '178.2億元'); hsh = F(HI, '10.8%')
S.rel('share', C, [hgdp, hrev, hsh], '178.2/1646.6 = 10.82% → 10.8')
S.rel('share', U, [hgdp, F(HI, '9.6%')], 'previous-year share 9.6%: 2008 levels not stated')
S.rel('growth', U, [F(HI, '23%'), hsh, F(HI, '9.6%')], 'revenue +23% and share 9.6 → 10.8: needs nominal GDP growth, not given (11.7% is real)')
a = ALT(HI, 1, hrev, '198.2億元', 'local budget revenue 178.2 → 198.2')
S.rel('share', I, [on(a, hgdp), on(a, hrev, '198.2億元'), on(a, hsh)], 'altered: 198.2/1646.6 = 12.04%, not 10.8')
a = ALT(HI, 2, hsh, '12.8%', 'share 10.8 → 12.8')
S.rel('share', I, [on(a, hgdp), on(a, hrev), on(a, hsh, '12.8%')], 'altered: 178.2/1646.6 = 10.82%, not 12.8')

# ---- 九江 2006 bulletin (traditional with marks)
jg = F(JJ, '506.22億元'); j1 = F(JJ, '78.18億元'); j2 = F(JJ, '262.86億元'); j3 = F(JJ, '165.18億元')
js1 = F(JJ, '15.4', '調整'); js2 = F(JJ, '51.9'); js3 = F(JJ, '32.7'); jp1 = F(JJ, '16.8'); jp2 = F(JJ, '50.1'); jp3 = F(JJ, '33.1')
c2 = F(JJ, '57.7%'); c3 = F(JJ, '33.9%'); c1 = F(JJ, '8.4%'); l2 = F(JJ, '7.9個'); l3 = F(JJ, '4.6個'); l1 = F(JJ, '1.2個'); jgr = F(JJ, '13.7%')
S.rel('sum', C, [jg, j1, j2, j3], '78.18 + 262.86 + 165.18 = 506.22')
S.rel('sum', C, [js1, js2, js3], '15.4 + 51.9 + 32.7 = 100')
S.rel('sum', C, [jp1, jp2, jp3], '2005 structure 16.8 + 50.1 + 33.1 = 100')
S.rel('share', C, [jg, j1, js1], '78.18/506.22 = 15.44% → 15.4')
S.rel('share', C, [jg, j2, js2], '262.86/506.22 = 51.93% → 51.9')
S.rel('sum', C, [c2, c3, c1], 'contributions 57.7 + 33.9 + 8.4 = 100')
S.rel('sum', C, [jgr, l2, l3, l1], 'pulls 7.9 + 4.6 + 1.2 = 13.7 = GDP growth')
S.rel('rate', C, [jgr, c2, l2], '13.7 × 57.7% = 7.90 points')
S.rel('rate', C, [jgr, c3, l3], '13.7 × 33.9% = 4.64 → 4.6 points')
S.rel('rate', U, [F(JJ, '10825元'), F(JJ, '1358美元')], 'per-capita GDP in dollars at the year-end rate: the rate is not stated')
S.rel('growth', U, [F(JJ, '13.0%'), jgr], 'per-capita growth 13.0% vs GDP 13.7%: different indicators (population growth not stated)')
a = ALT(JJ, 1, j2, '282.86億元', 'secondary 262.86 → 282.86')
S.rel('sum', I, [on(a, jg), on(a, j1), on(a, j2, '282.86億元'), on(a, j3)], 'altered: parts 526.22 ≠ 506.22')
S.rel('share', I, [on(a, jg), on(a, j2, '282.86億元'), on(a, js2)], 'altered: 282.86/506.22 = 55.88%, not 51.9')
a = ALT(JJ, 2, c3, '38.9%', 'tertiary contribution 33.9 → 38.9')
S.rel('sum', I, [on(a, c2), on(a, c3, '38.9%'), on(a, c1)], 'altered: 57.7 + 38.9 + 8.4 = 105.0')
S.rel('rate', I, [on(a, jgr), on(a, c3, '38.9%'), on(a, l3)], 'altered: 13.7 × 38.9% = 5.33, not 4.6')
a = ALT(JJ, 3, l1, '1.8個', 'primary pull 1.2 → 1.8')
S.rel('sum', I, [on(a, jgr), on(a, l2), on(a, l3), on(a, l1, '1.8個')], 'altered: 7.9 + 4.6 + 1.8 = 14.3 ≠ 13.7')

# ---- 通辽 2017 bulletin (内蒙古 prefecture city, traditional with marks)
tp = F(TL, '312.87萬'); tu = F(TL, '151.93萬'); tus = F(TL, '48.56%'); tbn = F(TL, '3.09萬'); tbr = F(TL, '9.88‰'); tdn = F(TL, '1.98萬'); tdr = F(TL, '6.33‰'); tnr = F(TL, '3.55‰')
tg_ = F(TL, '1222.62億元'); t1 = F(TL, '262.96億元'); t2 = F(TL, '440.98億元'); t3 = F(TL, '518.68億元'); ts1 = F(TL, '21.5'); ts2 = F(TL, '36.1'); ts3 = F(TL, '42.4')
fr = F(TL, '70.46億元'); ft = F(TL, '52.96億元'); fn = F(TL, '17.50億元')
S.rel('sum', C, [tg_, t1, t2, t3], '262.96 + 440.98 + 518.68 = 1222.62')
S.rel('sum', C, [ts1, ts2, ts3], '21.5 + 36.1 + 42.4 = 100')
S.rel('share', C, [tg_, t1, ts1], '262.96/1222.62 = 21.51% → 21.5')
S.rel('share', C, [tg_, t3, ts3], '518.68/1222.62 = 42.42% → 42.4')
S.rel('share', C, [tp, tu, tus], '151.93/312.87 = 48.56%')
S.rel('rate', C, [tbr, tdr, tnr], '9.88 − 6.33 = 3.55‰')
S.rel('rate', C, [tp, tbn, tbr], '3.09/312.87 = 9.88‰ (year-end population; the average is not stated)')
S.rel('sum', C, [fr, ft, fn], 'tax 52.96 + non-tax 17.50 = 70.46')
S.rel('rate', U, [F(TL, '39102元'), F(TL, '5791美元')], 'per-capita GDP in dollars: the 2017 average rate is not stated')
S.rel('growth', U, [F(TL, '0.3%'), F(TL, '0.2%')], 'GDP +0.3% vs per-capita +0.2%: different indicators')
S.rel('growth', U, [F(TL, '0.3%'), F(TL, '3.6%'), F(TL, '6.1%'), F(TL, '4.3%')], 'sector growths vs total: weights not stated')
a = ALT(TL, 1, t1, '269.96億元', 'primary 262.96 → 269.96')
S.rel('sum', I, [on(a, tg_), on(a, t1, '269.96億元'), on(a, t2), on(a, t3)], 'altered: parts 1229.62 ≠ 1222.62')
S.rel('share', I, [on(a, tg_), on(a, t1, '269.96億元'), on(a, ts1)], 'altered: 269.96/1222.62 = 22.08%, not 21.5')
a = ALT(TL, 2, tdr, '6.93‰', 'death rate 6.33 → 6.93')
S.rel('rate', I, [on(a, tbr), on(a, tdr, '6.93‰'), on(a, tnr)], 'altered: 9.88 − 6.93 = 2.95 ≠ 3.55')
a = ALT(TL, 3, tu, '157.93萬', 'urban population 151.93 → 157.93')
S.rel('share', I, [on(a, tp), on(a, tu, '157.93萬'), on(a, tus)], 'altered: 157.93/312.87 = 50.48%, not 48.56')
a = ALT(TL, 4, fn, '12.50億元', 'non-tax revenue 17.50 → 12.50')
S.rel('sum', I, [on(a, fr), on(a, ft), on(a, fn, '12.50億元')], 'altered: 52.96 + 12.50 = 65.46 ≠ 70.46')

# ---- 广东 / 山东 2022 population (traditional with pinyin marks)
gp = F(GD, '12656.8'); gu = F(GD, '9465.40'); gus = F(GD, '74.79%'); gh = F(GD, '10049.7'); ghi = F(GD, '102.8'); ghr = F(GD, '1.03%')
k0 = F(GD, '17.86%'); k1 = F(GD, '65.42%'); k2 = F(GD, '16.72%')
S.rel('share', C, [gp, gu, gus], '9465.40/12656.8 = 74.785% → 74.79')
S.rel('growth', C, [gh, ghi, ghr], '102.8/(10049.7 − 102.8) = 1.033% → 1.03')
S.rel('sum', C, [k0, k1, k2], '山东 ages 17.86 + 65.42 + 16.72 = 100')
S.rel('share', U, [gp, F(GD, '8.97%')], 'share of the national population: the national total is not in the text')
S.rel('growth', U, [gus, F(GD, '9.57個')], '9.57 points above the national rate: the national rate is not in the text')
S.rel('restatement', U, [gus, F(GD, '64.54%')], '广东 74.79% vs 山东 64.54%: different regions')
a = ALT(GD, 1, gu, '9165.40', 'urban population 9465.40 → 9165.40')
S.rel('share', I, [on(a, gp), on(a, gu, '9165.40'), on(a, gus)], 'altered: 9165.40/12656.8 = 72.42%, not 74.79')
a = ALT(GD, 2, ghr, '1.63%', 'hukou growth 1.03 → 1.63')
S.rel('growth', I, [on(a, gh), on(a, ghi), on(a, ghr, '1.63%')], 'altered: 102.8/9946.9 = 1.03%, not 1.63')
a = ALT(GD, 3, k2, '18.72%', '山东 65+ share 16.72 → 18.72')
S.rel('sum', I, [on(a, k0), on(a, k1), on(a, k2, '18.72%')], 'altered: 17.86 + 65.42 + 18.72 = 102.00')

# ---- across texts (traps)
S.rel('share', U, [R['内蒙古'][18], ts1], '内蒙古 primary share 1998 (28.7) vs 通辽 2017 (21.5): different place and year')
S.rel('restatement', U, [R['山西'][0], pop], '山西 1998 GDP (亿元) vs 山西 2023 population (万人): different indicators and years')
S.rel('target', U, [tg, F(A25, '5.6%')], 'national 2019 GDP target vs a province H1 2025 growth: different place and period')
S.write()

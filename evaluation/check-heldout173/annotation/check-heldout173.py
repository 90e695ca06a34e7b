"""Check key, set check-heldout173. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout173.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout173'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

def ALT(src, n, fig, new, what):
    doc, text, anc = fig
    assert len(new) == len(text)
    return S.alt(src, n, anc, anc.replace(text, new), what)
def on(a, fig, new=None):
    doc, text, anc = fig
    st = S.read(doc).index(anc) + anc.index(text)
    return P(a, new if new is not None else text, st)
def R(a, figs, old, new):
    # figures of the altered source move to the altered copy; figures of other documents stay where they are
    src = a.split('_alt')[0] + '.txt'
    return [on(a, f, new) if f == old else (on(a, f) if f[0] == src else f) for f in figs]


JX2='jx_2m.txt'; JX21='jx_2021m4_hant.txt'; JX18='jx_2018h1.txt'; AH18='ah_2018.txt'; AH19='ah_2019.txt'; HN15='hn_2015_hant.txt'
HN22='hn_2022h1_hant.txt'; HN20='hn_2020m7.txt'; LX23='lx_2023.txt'; HUN12='hun_2012m11.txt'; XN86='xn_1986.txt'; GC20='gc_2020.txt'
HB5='hb_2013m5_hant.txt'; HB7='hb_2013m7_hant.txt'; SX18='sx_2018q3_hant.txt'; SX03='sx_2003.txt'; SXC='sx_2003coal.txt'

# ---- 江西省 key projects, first two months (first batch)
j_n = [F(JX2, '67项'), F(JX2, '163项'), F(JX2, '88项'), F(JX2, '17项'), F(JX2, '335项')]
S.rel('sum', C, j_n, 'projects by stage: 67 + 163 + 88 + 17 (预备) = 335')
j_b = [F(JX2, '94项'), F(JX2, '16项'), F(JX2, '78个')]
S.rel('sum', C, j_b, 'projects over 50亿: 94 including 16 预备 → 94 − 16 = 78 "除预备项目之外"')
S.rel('share', U, [F(JX2, '131.16亿元'), F(JX2, '2390.19亿元'), F(JX2, '11%', pre='占年计划')], 'the 78 big projects\' 131.16亿 = 11% of their own yearly plan (not stated); against the batch plan 2390.19 it would be 5.5%: other base')
S.rel('sum', U, [F(JX2, '207个'), F(JX2, '81个'), F(JX2, '28个'), F(JX2, '335项')], 'industry 207 + infrastructure 81 + social 28 = 316 ≠ 335: the sector list leaves some projects out (预备, others); parts that are not a split')
S.rel('sum', U, [F(JX2, '168.39亿元'), F(JX2, '64.25亿元'), F(JX2, '5.99亿元'), F(JX2, '246.16亿元')], '168.39 + 64.25 + 5.99 = 238.63 ≠ 246.16: the named sectors are not all of the projects (parts that leave something out)')

# ---- 江西省 key projects Jan-Apr 2021 (traditional)
sh_j1 = [F(JX21, '118個'), F(JX21, '169個'), F(JX21, '69.8%')]
S.rel('share', C, sh_j1, 'new projects started 118 / 169 = 69.82% → 69.8%')
S.rel('share', C, [F(JX21, '15個'), F(JX21, '29個'), F(JX21, '51.7%')], 'big new projects started 15 / 29 = 51.72% → 51.7%')
sh_j3 = [F(JX21, '104個'), F(JX21, '136個'), F(JX21, '76.5%')]
S.rel('share', C, sh_j3, 'industry new projects started 104 / 136 = 76.47% → 76.5%')
S.rel('share', U, [F(JX21, '572.49億元'), F(JX21, '1418.98億元', n=1), F(JX21, '39.6%')], '572.49 / 1418.98 = 40.3%, but 39.6% is of the big projects\' own plan ("占該計劃"), not of the total completed: other base')
S.rel('sum', U, [F(JX21, '994.32億元'), F(JX21, '356.82億元'), F(JX21, '28.71億元'), F(JX21, '1418.98億元', n=1)], '994.32 + 356.82 + 28.71 = 1379.85 < 1418.98: the social projects (and others) are not given in the text; parts that leave something out')
S.rel('sum', U, [F(JX21, '136個'), F(JX21, '26個'), F(JX21, '169個')], 'industry 136 + infrastructure 26 = 162 ≠ 169 new projects: the ecological and social new projects are not stated (not a split)')
S.rel('target', U, [F(JX21, '1418.98億元', n=1), F(JX21, '42.1%')], 'Jan-Apr completion at 42.1% of the year\'s plan: progress, not the year\'s result (other period)')

# ---- 江西省 H1 2018 investment and key projects
g_i1 = [F(JX18, '25.4%'), F(JX18, '11.7%'), F(JX18, '13.7个百分点')]
S.rel('growth', C, g_i1, 'infrastructure +25.4% is 13.7 points faster than all investment +11.7%: 25.4 − 11.7 = 13.7')
S.rel('growth', C, [F(JX18, '25.7%'), F(JX18, '9.9%'), F(JX18, '15.8个百分点')], 'equipment manufacturing +25.7% vs all industrial investment +9.9% (printed "9.9%11.8%" without a separator): 25.7 − 9.9 = 15.8 points')
sh_c1 = [F(JX18, '953个'), F(JX18, '1315个'), F(JX18, '72.5%')]
S.rel('share', C, sh_c1, 'started 953 / 1315 = 72.47% → 72.5% (1315 printed glued to "46.2%")')
S.rel('growth', U, [F(JX18, '11.7%'), F(JX18, '5.7个百分点')], 'investment +11.7%, 5.7 points above the national average, which is not stated (unstated base)')
S.rel('share', U, [F(JX18, '25.4%'), F(JX18, '34.3%')], 'infrastructure\'s contribution to investment growth 34.3% is not its share of investment (contribution vs share)')
S.rel('share', U, [F(JX18, '567.46亿元'), F(JX18, '46.2%'), F(JX18, '2820.32亿元'), F(JX18, '47.4%')], 'the 60 big projects are a subset of the 1900; 46.2% is of their own plan, 47.4% of the 1900\'s plan: nested scopes, other bases')

# ---- 安徽省 2018 report (five years) and 2019 report (2018)
a_f = [F(AH18, '3026亿元'), F(AH18, '4858亿元'), F(AH18, '9.9%')]
S.rel('growth', C, a_f, 'fiscal revenue 3026 → 4858 over five years (2012 → 2017): (4858/3026)^(1/5) = 1.0993 → 年均9.9%')
S.rel('growth', U, [F(AH18, '1.72万亿元'), F(AH18, '2.75万亿元'), F(AH18, '9.1%')], 'GDP 1.72 → 2.75万亿 is 9.8% a year in current prices; 年均9.1% is real growth (nominal vs real)')
S.rel('growth', U, [F(AH18, '31640元'), F(AH18, '12758元'), F(AH18, '8.8%'), F(AH18, '10.3%')], 'income levels of 2017 with five-year averages: the 2012 levels are not stated (unstated base)')
a_x = [F(AH18, '4858亿元'), F(AH19, '5363亿元'), F(AH19, '10.4%')]
S.rel('growth', C, a_x, 'across documents: fiscal revenue 2017 4858 (2018 report) → 2018 5363 (2019 report) = +10.40%, as printed')
S.rel('growth', U, [F(AH18, '2.75万亿元'), F(AH19, '2.97万亿元'), F(AH19, '8%以上')], 'across documents: 2.75 → 2.97万亿 is +8.0% in current prices; "增长8%以上" is real growth: nominal vs real, not a check (the numbers only happen to agree)')
S.rel('restatement', U, [F(AH19, '11.5%以上'), F(AH19, '11.5%', pre='社会消费品零售总额增长')], 'investment 增长11.5%以上 and retail sales 增长11.5%: same number, other indicator')

# ---- 河南省 2015 grain (traditional)
g_h1 = [F(HN15, '1213.42億斤'), F(HN15, '58.96億斤'), F(HN15, '5.1%')]
S.rel('growth', C, g_h1, 'output 1213.42, +58.96 → 1213.42 / 1154.46 = +5.11% → 5.1%')
g_h2 = [F(HN15, '394.0公斤'), F(HN15, '17.1公斤'), F(HN15, '4.5%')]
S.rel('growth', C, g_h2, 'yield 394.0 kg, +17.1 → 394.0 / 376.9 = +4.54% → 4.5%')
S.rel('share', C, [F(HN15, '15400.73萬畝'), F(HN15, '394.0公斤'), F(HN15, '1213.42億斤')], 'area × yield: 15400.73萬畝 × 394.0 kg = 606.79亿kg = 1213.58億斤 vs 1213.42 (within the yield\'s half-unit, ±0.77億斤)')
S.rel('rate', C, [F(HN15, '0.6%'), F(HN15, '4.5%'), F(HN15, '5.1%')], 'output growth from area and yield: 1.006 × 1.045 = 1.0513 → +5.1%')
S.rel('restatement', C, [F(HN15, '1200億斤'), F(HN15, '1213.42億斤')], '"全年糧食總產量第一次超過1200億斤" and the total 1213.42億斤')

# ---- 河南省 H1 2022 industry (traditional)
sh_n = [F(HN22, '31個'), F(HN22, '40個'), F(HN22, '近八成')]
S.rel('share', C, sh_n, '31 of 40 industry groups grew = 77.5%, "增長面近八成"')
S.rel('growth', U, [F(HN22, '22.3%'), F(HN22, '25.3%'), F(HN22, '11.3'), F(HN22, '14.9個百分點')], 'industrial and manufacturing investment 11.3 and 14.9 points above the national rates, which are not stated (unstated base)')
S.rel('growth', U, [F(HN22, '22.3%'), F(HN22, '16.5')], '+22.3% is 16.5 points above the rate of H1 2021, which is not stated (other period, unstated base)')
S.rel('growth', U, [F(HN22, '37.8%'), F(HN22, '23.9個百分點'), F(HN22, '30.5個百分點')], 'technical-renovation investment against the national rate and H1 2021 rate, neither stated (unstated bases)')

# ---- 河南省 July 2020
g_n1 = [F(HN20, '4.5%'), F(HN20, '1.0%', pre='规模以上工业增加值同比下降'), F(HN20, '5.5')]
S.rel('growth', C, g_n1, 'high-tech +4.5% vs industry −1.0%: 4.5 − (−1.0) = 5.5 points')
g_n2 = [F(HN20, '8.6%'), F(HN20, '1.0%', pre='规模以上工业增加值同比下降'), F(HN20, '9.6个百分点')]
S.rel('growth', C, g_n2, 'electronics +8.6% vs industry −1.0%: 8.6 + 1.0 = 9.6 points')
S.rel('restatement', U, [F(HN20, '1.0%', pre='规模以上工业增加值同比下降'), F(HN20, '1.0%', pre='1789.46亿元,同比下降')], 'industry −1.0% and retail sales −1.0%: same number, other indicator')
S.rel('restatement', U, [F(HN20, '1.0%', pre='规模以上工业增加值同比下降'), F(HN20, '1.0%', pre='股份制企业下降')], 'all industry −1.0% and shareholding firms −1.0%: a part with the same rate, not a restatement')
S.rel('rate', U, [F(HN20, '2.9%'), F(HN20, '2.4%'), F(HN20, '3.7%')], 'CPI +2.9% with urban +2.4% and rural +3.7%: the weights are not stated (rates without weights)')
S.rel('growth', U, [F(HN20, '2.9%'), F(HN20, '3.9%')], 'July +2.9% against Jan-Jul +3.9%: other period')

# ---- 澧县 2023
sum_lx = [F(LX23, '63.12亿元'), F(LX23, '150.82亿元'), F(LX23, '261.92亿元'), F(LX23, '475.86亿元')]
S.rel('sum', C, sum_lx, 'value added 63.12 + 150.82 + 261.92 = 475.86亿')

# ---- 湖南省 key projects Jan-Nov 2012
S.rel('sum', C, [F(HUN12, '64个'), F(HUN12, '91个'), F(HUN12, '17个'), F(HUN12, '172个')], 'by stage: 64 + 91 + 17 = 172 projects')
h_c = [F(HUN12, '651.3亿元'), F(HUN12, '754.9亿元'), F(HUN12, '28.7亿元'), F(HUN12, '1434.9亿元')]
S.rel('sum', C, h_c, 'by stage: 651.3 + 754.9 + 28.7 = 1434.9亿')
h_n = [F(HUN12, '6个', pre=','), F(HUN12, '54个'), F(HUN12, '86个'), F(HUN12, '26个'), F(HUN12, '172个')]
S.rel('sum', C, h_n, 'by sector: 6 + 54 + 86 + 26 = 172 projects')
h_m = [F(HUN12, '93.3元'), F(HUN12, '268.1亿元'), F(HUN12, '903.5亿元'), F(HUN12, '170亿元'), F(HUN12, '1434.9亿元')]
S.rel('sum', C, h_m, 'by sector: 93.3 (printed "93.3元", 亿 missing) + 268.1 + 903.5 + 170 = 1434.9亿')
h_r1 = [h_c[0], F(HUN12, '105.9%'), h_c[1], F(HUN12, '90.7%'), h_c[2], F(HUN12, '53.5%'), h_c[3], F(HUN12, '95.6%')]
S.rel('rate', C, h_r1, 'year plans rebuilt from the stages: 651.3/1.059 + 754.9/0.907 + 28.7/0.535 = 1500.96; 1434.9 / 1500.96 = 95.60%')
h_r2 = [h_m[0], F(HUN12, '102.4%'), h_m[1], F(HUN12, '80.8%'), h_m[2], F(HUN12, '99%'), h_m[3], F(HUN12, '102.8%'), h_m[4], F(HUN12, '95.6%')]
S.rel('rate', C, h_r2, 'year plans rebuilt from the sectors: 93.3/1.024 + 268.1/0.808 + 903.5/0.99 + 170/1.028 = 1500.92; 1434.9 / 1500.92 = 95.60%')
S.rel('target', M, [h_c[0], F(HUN12, '105.9%')], 'completed projects: 651.3亿 by November = 105.9% of the year\'s plan; the year\'s amount cannot be lower: met')
S.rel('target', M, [h_m[3], F(HUN12, '102.8%')], 'social projects: 170亿 by November = 102.8% of the year\'s plan: met')
S.rel('target', CT, [h_c[2], F(HUN12, '53.5%')], 'new projects at 53.5% of the year\'s plan after eleven months: December is not reported (cannot tell)')
S.rel('target', U, [h_c[3], F(HUN12, '95.6%')], 'all projects at 95.6% of the year\'s plan in Jan-Nov: progress, not the year\'s result (other period)')

# ---- 湘南经济区 1986 (table) and 湘西经济区
x_tot = F(XN86, '98.17'); x_ag = F(XN86, '45.82', n=0); x_ind = F(XN86, '52.35')
S.rel('sum', C, [x_ag, x_ind, x_tot], 'farm 45.82 + industry 52.35 = 98.17亿 (工农业总产值)')
x_l = F(XN86, '22.39'); x_h = F(XN86, '29.96', n=1)
sum_x2 = [x_l, x_h, x_ind]
S.rel('sum', C, sum_x2, 'light 22.39 + heavy 29.96 = 52.35亿 (工业总产值)')
sh_x1 = [x_ag, x_tot, F(XN86, '46.7')]
S.rel('share', C, sh_x1, 'farm 45.82 / 98.17 = 46.67% → 46.7')
S.rel('share', I, [F(XN86, '82.39'), x_tot, F(XN86, '22.8')], '**real error**: the first block prints light industry as 82.39 with share 22.8; 82.39 / 98.17 = 83.9%, and 45.82 + 82.39 + 29.96 = 158.17 ≠ 98.17. The second block gives light industry 22.39 (22.39 / 98.17 = 22.8%), so 82.39 is a misprint of 22.39')
sum_x3 = [F(XN86, '46.7'), F(XN86, '22.8'), F(XN86, '30.5')]
S.rel('sum', C, sum_x3, 'shares 46.7 + 22.8 + 30.5 = 100')
x_p = [F(XN86, '23.44'), F(XN86, '1.92'), F(XN86, '9.92'), F(XN86, '3.63'), F(XN86, '1.20'), F(XN86, '5.70'), F(XN86, '45.82', n=1)]
S.rel('sum', C, x_p, 'farm parts 23.44 + 1.92 + 9.92 + 3.63 + 1.20 + 5.70 = 45.81 vs 45.82 (within the half-units)')
S.rel('sum', C, [F(XN86, '51.2'), F(XN86, '4.2'), F(XN86, '21.6'), F(XN86, '7.9'), F(XN86, '2.6'), F(XN86, '12.4')], 'farm shares 51.2 + 4.2 + 21.6 + 7.9 + 2.6 + 12.4 = 99.9 ≈ 100 (within the half-units)')
d_x = [F(XN86, '825 万'), F(XN86, '5.8 万平方公里'), F(XN86, '142 人')]
S.rel('share', C, d_x, '湘西: 825万 people / 5.8万 km² = 142.2 per km² → 142')
S.rel('share', U, [F(XN86, '21.1%'), x_ind], '衡阳 city\'s share 21.1% of the region\'s industrial output: the city\'s output is not stated, and the region\'s 52.35 is for 1986 at the prices of the table (unstated base)')
S.rel('share', U, [F(XN86, '27.4%'), F(XN86, '14.5%'), F(XN86, '142 人')], '湘西\'s shares of the province\'s area and population: the province\'s totals (and its density, cut off in the text) are not stated (unstated bases)')

# ---- 谷城县 2020 report (湖北)
S.rel('share', U, [F(GC20, '400亿元'), F(GC20, '7.9万元')], 'GDP 400亿 and GDP per head 7.9万元: the population is not stated (unstated base)')
S.rel('growth', U, [F(GC20, '6.2%'), F(GC20, '6%', pre='年均增长')], 'GDP 年均6.2% and per head 年均6%: other indicator (population growth not stated)')
S.rel('growth', U, [F(GC20, '25\n0.3亿元'), F(GC20, '10.3%')], 'investment 250.3亿 (printed across a line break) and 可比年均10.3%: the 2015 level is not stated and the rate is at comparable prices (unstated base)')

# ---- 湖北省 2013 summer grain: May estimate and July result (traditional, across documents)
S.rel('restatement', C, [F(HB5, '100.30億斤', n=0), F(HB5, '100.30億斤', n=1)], 'the estimate 100.30億斤 in the headline and in the text')
g_b1 = [F(HB5, '240.0公斤'), F(HB5, '19公斤'), F(HB5, '8.5%')]
S.rel('growth', C, g_b1, 'summer-grain yield 240.0, +19 → 240.0 / 221 = +8.6%; with the half-units (19 ± 0.5) the range is 8.35–8.84%, so 8.5% stands (near edge)')
S.rel('growth', C, [F(HB5, '248.8公斤'), F(HB5, '17公斤'), F(HB5, '7.3%')], 'wheat yield 248.8, +17 → 248.8 / 231.8 = +7.33% → 7.3%')
g_b3 = [F(HB5, '143.9公斤'), F(HB5, '13公斤'), F(HB5, '9.5%')]
S.rel('growth', C, g_b3, 'rapeseed yield 143.9, +13 → 143.9 / 130.9 = +9.9%; with the half-units (13 ± 0.5) the lowest is 143.85 / 131.35 = +9.52%, inside 9.5% (near edge)')
S.rel('restatement', C, [F(HB5, '248.8公斤'), F(HB7, '248.8公斤')], 'across documents: wheat yield 248.8 kg in the May estimate and in the July result')
S.rel('restatement', C, [F(HB5, '17公斤'), F(HB7, '17公斤')], 'across documents: wheat yield +17 kg in both reports')
S.rel('restatement', U, [F(HB5, '100.30億斤', n=1), F(HB7, '100.2億斤')], 'across documents: 100.30 is the May estimate ("預計"), 100.2 the July result: an estimate revised, not a restatement of one figure')
S.rel('sum', U, [F(HB5, '10.81億斤'), F(HB7, '7.55億斤')], 'across documents: wheat +7.55億斤 is part of the summer-grain increase +10.81 (estimate): nested, no split')
p_b = [F(HB7, '1642.2萬畝'), F(HB7, '248.8公斤'), F(HB7, '81.73億斤')]
S.rel('share', C, p_b, 'wheat area × yield: 1642.2萬畝 × 248.8 kg = 40.86亿kg = 81.72億斤 vs 81.73 (within the half-units)')
y_b = [F(HB7, '1642.2萬畝'), F(HB7, '43.95萬畝'), F(HB7, '248.8公斤'), F(HB7, '17公斤'), F(HB7, '81.73億斤'), F(HB7, '7.55億斤')]
S.rel('growth', C, y_b, 'last year from the increases: (1642.2 − 43.95) × (248.8 − 17) = 1598.25萬畝 × 231.8 kg = 74.09億斤 (73.94–74.25 with the half-units) against 81.73 − 7.55 = 74.18: consistent')
S.rel('growth', I, [F(HB7, '14.66億斤'), F(HB7, '3.07億斤'), F(HB7, '8%', pre='增幅')], '**real error**: potato 14.66億斤, +3.07 → 14.66 / 11.59 = +26.5%, not 增幅8%')

# ---- 山西省 cities Q1-3 2018 (traditional)
S.rel('restatement', C, [F(SX18, '2679.82億元'), F(SX18, '2679.82', n=1)], 'Taiyuan 2679.82億 in the text and in the table')
rs_s2 = [F(SX18, '522.6億元'), F(SX18, '522.6', n=1)]
S.rel('restatement', C, rs_s2, 'Yangquan 522.6億 in the text and in the table')
S.rel('restatement', C, [F(SX18, '14,41%'), F(SX18, '14.41%')], 'Taiyuan\'s nominal growth "14,41%" in the text (decimal comma as stored) and 14.41% in the table')
S.rel('growth', C, [F(SX18, '2679.82', n=1), F(SX18, '2342.33'), F(SX18, '14.41%')], 'Taiyuan 2679.82 / 2342.33 = +14.41%')
g_s2 = [F(SX18, '725.5'), F(SX18, '681.8'), F(SX18, '6.41%')]
S.rel('growth', C, g_s2, 'Shuozhou 725.5 / 681.8 = +6.41%')
S.rel('growth', C, [F(SX18, '522.6', n=1), F(SX18, '468.1'), F(SX18, '11.64%')], 'Yangquan 522.6 / 468.1 = +11.64%')
s_s1 = [F(SX18, '975.1'), F(SX18, '91.8'), F(SX18, '1066.9')]
S.rel('sum', C, s_s1, 'Yuncheng 975.1 + 91.8 = 1066.9')
S.rel('growth', U, [F(SX18, '11.28%')] + [F(SX18, t) for t in ['2342.33', '1034.7', '967.7', '975.1', '889.32', '938.6', '806.2', '788.9', '681.8', '571.9', '468.1']],
      'the cities add to 11641.32 on 10464.65 = +11.24%; the province\'s +11.28% comes from the province\'s own accounts, not the sum of the cities (other scope)')
S.rel('restatement', U, [F(SX18, '10.66%', n=0), F(SX18, '10.66%', n=1)], 'Changzhi 10.66% and Datong 10.66%: same number, other place')

# ---- 山西省 2003 economy and coal
S.rel('restatement', C, [F(SX03, '7.7%', n=0), F(SX03, '7.7%', n=1)], 'farmers\' income growth 7.7% twice')
S.rel('restatement', U, [F(SX03, '23.5%', n=0), F(SX03, '6.3个百分点', n=0), F(SX03, '23.5%', n=1), F(SX03, '6.3个百分点', n=1)], 'the year "已成定局" +23.5% (6.3 above the nation) repeats the Jan-Nov figures: the full year is not yet counted (other period)')
S.rel('restatement', U, [F(SX03, '2300亿元'), F(SX03, '2300元')], 'GDP 2300亿元 and farmers\' income per head 2300元: same number, other indicator')
S.rel('growth', U, [F(SX03, '248.7亿元'), F(SX03, '26%'), F(SX03, '61.6%')], 'Jan-Oct taxes and profits 248.7亿: 26% above last year\'s full year and +61.6% on Jan-Oct last year: other bases (other period), no conflict')
S.rel('growth', U, [F(SX03, '103亿元'), F(SX03, '65.4%'), F(SX03, '108.1%')], 'profits 103亿: 65.4% above last year\'s full year and +108.1% on the same months: other bases')
S.rel('target', CT, [F(SX03, '2300亿元')], 'GDP 2300亿 "提前两年实现预期目标": the goal\'s level is not printed (cannot tell)')
S.rel('growth', U, [F(SXC, '8831万吨'), F(SXC, '24%'), F(SXC, '4.8亿吨')], '8831万吨 more and 增幅超过24% imply an output near 4.56亿吨; "实际产量约4.8亿吨" is actual output, another measure than the counted output the rate is on (other indicator; judgement call)')
S.rel('share', C, [F(SXC, '3亿吨'), F(SXC, '4.8亿吨'), F(SXC, '60%')], 'about 3亿吨 sold out of the province / 4.8亿吨 = 62.5%, "超过全省总产量的60%"')
g_c = [F(SXC, '722亿元'), F(SXC, '160亿元'), F(SXC, '28%')]
S.rel('growth', C, g_c, 'sales 722亿, 增加近160亿 → 722 / 562 = +28.5% (an increase just under 160 down to 158 still gives > 28%): "增幅超过28%" holds (near edge)')
S.rel('growth', U, [F(SX03, '23.5%', n=1), F(SXC, '24%')], 'across documents: industrial value added +23.5% (Jan-Nov) and coal output +24%: other indicators')

# ---- further traps
S.rel('sum', U, [F(JX2, '16项'), F(JX2, '17项')], 'the 16 预备 among the big projects are part of the 17 预备 projects of the batch (nested), not a second count to add')
S.rel('rate', U, [F(JX21, '46.7%'), F(JX21, '45.4%'), F(JX21, '19.7%'), F(JX21, '39.6%')], 'the big projects\' 39.6% against the progress of the three stages: the stages\' yearly plans are not stated (rates without weights)')
S.rel('growth', U, [F(JX18, '24.4%'), F(JX18, '6.9个百分点')], 'high-tech investment +24.4%, 6.9 points above the rate of H1 2017, which is not stated (other period, unstated base)')
S.rel('target', U, [F(JX18, '948.01亿元'), F(JX18, '47.1%')], 'key projects at 47.1% of the year\'s plan in H1: half-year progress, not the year\'s result (other period)')
S.rel('growth', U, [F(HN22, '5.4%'), F(HN22, '2個百分點')], 'industry +5.4%, 2 points above the national rate, which is not stated (unstated base)')
S.rel('rate', U, [F(HN20, '4.7%'), F(HN20, '1.0%', pre='股份制企业下降'), F(HN20, '2.1%'), F(HN20, '1.0%', pre='规模以上工业增加值同比下降')], 'industry −1.0% against the ownership groups (+4.7, −1.0, +2.1): the groups overlap (国有控股 firms are also 股份制) and have no stated weights')
S.rel('growth', U, [F(HN20, '2.9%'), F(HN20, '0.6%')], 'CPI +2.9% on July last year and +0.6% on June: other bases')
S.rel('sum', U, [F(SX03, '35个'), F(SX03, '14个'), F(SX03, '9户')], 'of the 35 firms, 14 with sales over 1亿 and 9 national key firms: overlapping subsets, not a split')
S.rel('sum', U, [F(SX03, '4个县'), F(SX03, '70个市(区、县)')], '4 more counties this year inside the cumulative 70 county-level units (nested, other period)')
S.rel('restatement', U, [F(SX18, '11.28%'), F(SXC, '11.28元')], 'across documents: the province\'s nominal growth 11.28% (2018) and the coal price rise 11.28元 (2003): same digits, other indicator, period and unit')

# ---- altered copies
a = ALT(JX2, 1, j_n[1], '168项', 'continued projects 163 → 168')
S.rel('sum', I, R(a, j_n, j_n[1], '168项'), 'altered: 67 + 168 + 88 + 17 = 340, not 335 (breaks {B})')
a = ALT(JX2, 2, j_b[1], '19项', '预备 among the big projects 16 → 19')
S.rel('sum', I, R(a, j_b, j_b[1], '19项'), 'altered: 94 − 19 = 75, not the 78 big projects "除预备项目之外" (breaks {B})')
a = ALT(JX21, 1, sh_j1[0], '113個', 'new projects started 118 → 113')
S.rel('share', I, R(a, sh_j1, sh_j1[0], '113個'), 'altered: 113 / 169 = 66.9%, not 69.8% (breaks {B})')
a = ALT(JX21, 2, sh_j3[0], '107個', 'industry new projects started 104 → 107')
S.rel('share', I, R(a, sh_j3, sh_j3[0], '107個'), 'altered: 107 / 136 = 78.7%, not 76.5% (breaks {B})')
a = ALT(JX18, 1, g_i1[0], '26.4%', 'infrastructure investment growth 25.4% → 26.4%')
S.rel('growth', I, R(a, g_i1, g_i1[0], '26.4%'), 'altered: 26.4 − 11.7 = 14.7, not 13.7 points (breaks {B})')
a = ALT(JX18, 2, sh_c1[0], '958个', 'projects started 953 → 958')
S.rel('share', I, R(a, sh_c1, sh_c1[0], '958个'), 'altered: 958 / 1315 = 72.85% → 72.9%, not 72.5% (breaks {B})')
a = ALT(AH18, 1, a_f[0], '3626亿元', '2012 fiscal revenue 3026 → 3626')
S.rel('growth', I, R(a, a_f, a_f[0], '3626亿元'), 'altered: (4858/3626)^(1/5) = +6.0% a year, not 9.9% (breaks {B})')
a = ALT(AH19, 1, a_x[1], '5863亿元', '2018 fiscal revenue 5363 → 5863')
S.rel('growth', I, R(a, a_x, a_x[1], '5863亿元'), 'altered (across documents): 5863 / 4858 = +20.7%, not 10.4% (breaks {B})')
a = ALT(HN15, 1, g_h1[1], '53.96億斤', 'output increase 58.96 → 53.96')
S.rel('growth', I, R(a, g_h1, g_h1[1], '53.96億斤'), 'altered: 1213.42 / 1159.46 = +4.65%, not 5.1% (breaks {B})')
a = ALT(HN15, 2, g_h2[1], '12.1公斤', 'yield increase 17.1 → 12.1 kg')
S.rel('growth', I, R(a, g_h2, g_h2[1], '12.1公斤'), 'altered: 394.0 / 381.9 = +3.2%, not 4.5% (breaks {B})')
a = ALT(HN22, 1, sh_n[1], '46個', 'industry groups 40 → 46')
S.rel('share', I, R(a, sh_n, sh_n[1], '46個'), 'altered: 31 / 46 = 67.4%, not "近八成" (breaks {B})')
a = ALT(HN20, 1, g_n1[2], '3.5', 'high-tech margin over industry 5.5 → 3.5 points')
S.rel('growth', I, R(a, g_n1, g_n1[2], '3.5'), 'altered: 4.5 − (−1.0) = 5.5, not 3.5 points (breaks {B})')
a = ALT(HN20, 2, g_n2[2], '7.6个百分点', 'electronics margin over industry 9.6 → 7.6 points')
S.rel('growth', I, R(a, g_n2, g_n2[2], '7.6个百分点'), 'altered: 8.6 − (−1.0) = 9.6, not 7.6 points (breaks {B})')
a = ALT(LX23, 1, sum_lx[1], '158.82亿元', 'secondary value added 150.82 → 158.82')
S.rel('sum', I, R(a, sum_lx, sum_lx[1], '158.82亿元'), 'altered: 63.12 + 158.82 + 261.92 = 483.86, not 475.86 (breaks {B})')
h_s = [F(HUN12, '64个'), F(HUN12, '91个'), F(HUN12, '17个'), F(HUN12, '172个')]
a = ALT(HUN12, 1, h_s[1], '97个', 'continued projects 91 → 97')
S.rel('sum', I, R(a, h_s, h_s[1], '97个'), 'altered: 64 + 97 + 17 = 178, not 172 (breaks {B})')
a = ALT(HUN12, 2, h_r1[3], '98.7%', 'continued projects\' completion 90.7% → 98.7%')
S.rel('rate', I, R(a, h_r1, h_r1[3], '98.7%'), 'altered: plans 615.0 + 764.8 + 53.6 = 1433.5; 1434.9 / 1433.5 = 100.1%, not 95.6% (breaks {B})')
a = ALT(HUN12, 3, h_m[1], '263.1亿元', 'industry projects\' investment 268.1 → 263.1')
S.rel('sum', I, R(a, h_m, h_m[1], '263.1亿元'), 'altered: 93.3 + 263.1 + 903.5 + 170 = 1429.9, not 1434.9 (breaks {B})')
S.rel('rate', I, R(a, h_r2, h_m[1], '263.1亿元'), 'altered: plans 91.1 + 325.6 + 912.6 + 165.4 = 1494.7; 1434.9 / 1494.7 = 96.0%, not 95.6% (breaks {B})')
a = ALT(XN86, 1, d_x[2], '147 人', '湘西 density 142 → 147')
S.rel('share', I, R(a, d_x, d_x[2], '147 人'), 'altered: 825 / 5.8 = 142.2 per km², not 147 (breaks {B})')
a = ALT(XN86, 2, x_p[1], '1.32', 'forestry output 1.92 → 1.32')
S.rel('sum', I, R(a, x_p, x_p[1], '1.32'), 'altered: 23.44 + 1.32 + 9.92 + 3.63 + 1.20 + 5.70 = 45.21, not 45.82 (breaks {B})')
a = ALT(XN86, 3, sh_x1[2], '48.7', 'farm share 46.7 → 48.7')
S.rel('share', I, R(a, sh_x1, sh_x1[2], '48.7'), 'altered: 45.82 / 98.17 = 46.7%, not 48.7 (breaks {B})')
S.rel('sum', I, R(a, sum_x3, sum_x3[0], '48.7'), 'altered: 48.7 + 22.8 + 30.5 = 102, not 100 (breaks {B})')
a = ALT(HB5, 1, g_b1[1], '16公斤', 'summer-grain yield increase 19 → 16 kg')
S.rel('growth', I, R(a, g_b1, g_b1[1], '16公斤'), 'altered: 240.0 / 224 = +7.1%, not 8.5% (breaks {B})')
a = ALT(HB5, 2, g_b3[2], '6.5%', 'rapeseed yield growth 9.5% → 6.5%')
S.rel('growth', I, R(a, g_b3, g_b3[2], '6.5%'), 'altered: 143.9 / 130.9 = +9.9%, not 6.5% (breaks {B})')
a = ALT(HB7, 1, y_b[1], '63.95萬畝', 'wheat area increase 43.95 → 63.95萬畝')
S.rel('growth', I, R(a, y_b, y_b[1], '63.95萬畝'), 'altered: 1578.25萬畝 × 231.8 kg = 73.17億斤 (at most 73.33), not 81.73 − 7.55 = 74.18 (breaks {B})')
a = ALT(HB7, 2, p_b[2], '84.73億斤', 'wheat output 81.73 → 84.73億斤')
S.rel('share', I, R(a, p_b, p_b[2], '84.73億斤'), 'altered: 1642.2 × 248.8 kg = 81.72億斤, not 84.73 (breaks {B})')
S.rel('growth', I, R(a, y_b, p_b[2], '84.73億斤'), 'altered: last year 84.73 − 7.55 = 77.18, not the 74.09 from area and yield (breaks {B})')
a = ALT(SX18, 1, g_s2[2], '6.91%', 'Shuozhou growth 6.41% → 6.91%')
S.rel('growth', I, R(a, g_s2, g_s2[2], '6.91%'), 'altered: 725.5 / 681.8 = +6.41%, not 6.91% (breaks {B})')
a = ALT(SX18, 2, s_s1[1], '97.8', 'Yuncheng increase 91.8 → 97.8')
S.rel('sum', I, R(a, s_s1, s_s1[1], '97.8'), 'altered: 975.1 + 97.8 = 1072.9, not 1066.9 (breaks {B})')
a = ALT(SX18, 3, rs_s2[0], '532.6億元', 'Yangquan in the text 522.6 → 532.6')
S.rel('restatement', I, R(a, rs_s2, rs_s2[0], '532.6億元'), 'altered: 532.6億 in the text, 522.6 in the table (breaks {B})')
rs_03 = [F(SX03, '7.7%', n=0), F(SX03, '7.7%', n=1)]
a = ALT(SX03, 1, rs_03[1], '7.2%', 'farmers\' income growth (second mention) 7.7% → 7.2%')
S.rel('restatement', I, R(a, rs_03, rs_03[1], '7.2%'), 'altered: farmers\' income +7.7% in the lead, +7.2% later (breaks {B})')
sh_c = [F(SXC, '3亿吨'), F(SXC, '4.8亿吨'), F(SXC, '60%')]
a = ALT(SXC, 1, sh_c[2], '80%', 'share sold out of the province 60% → 80%')
S.rel('share', I, R(a, sh_c, sh_c[2], '80%'), 'altered: 3 / 4.8 = 62.5%, not "超过…80%" (breaks {B})')
a = ALT(SXC, 2, g_c[2], '38%', 'sales growth 28% → 38%')
S.rel('growth', I, R(a, g_c, g_c[2], '38%'), 'altered: 722 / 562 = +28.5%, not "超过38%" (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

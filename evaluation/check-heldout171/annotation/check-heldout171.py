"""Check key, set check-heldout171. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout171.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout171'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


SX14G='sx_2014goal.txt'; SX14='sx_2014.txt'; SX20='sx_2020js.txt'; XA15='xa_2015m4.txt'; HZ16='hz_2016.txt'; GS18='gs_2018.txt'
LZ18='lz_2018.txt'; GS19='gs_2019_hant.txt'; QH89='qh_1989.txt'; YC20='yc_2020m6.txt'; YCJK='ycjk_2019.txt'; XJ18='xj_2018_hant.txt'
NJ18='nj_2018_hant.txt'; XJ06='xj_2006_hant.txt'; XJ20='xj_2020_hant.txt'; XJ12='xj_2012.txt'; XJ57='xj_1957.txt'; BT21='bt_2021.txt'

# ---- 陕西省 2014 goals (report of 2014-01) and the 2014 review (2015-01)
g_gdp = F(SX14G, '11%左右'); r_gdp = F(SX14, '9.6%')
S.rel('target', MS, [g_gdp, r_gdp], '2014 goal GDP 增长11%左右 (met at ≥ 10.5) → the statistics bureau\'s full-year estimate +9.6% (report of 2015-01-05): missed (across documents)')
S.rel('target', U, [g_gdp, F(SX14, '11.4%')], 'the GDP goal against the estimated growth of industrial value added 11.4%: other indicator')
S.rel('growth', U, [F(SX14G, '3.5个百分点'), F(SX14, '2.2个百分点')], 'the goal is set 3.5 points above the national goal; 2.2 points is the estimated margin over the national result: the national rates (goal and result) are not stated, other bases')
S.rel('sum', U, [F(SX14, '11567.4亿'), F(SX14, '17500亿元')], 'first three quarters 11567.4亿 against the full-year estimate 17500亿: the fourth quarter is not stated (other period, no split)')
S.rel('growth', U, [F(SX14, '11.4%'), F(SX14, '11.3%')], 'industry: full-year estimate +11.4% against +11.3% for the months to date: other period')

# ---- 陕西省 2020 final accounts and H1 2021
s_e = F(SX20, '5930.32亿元'); s_adj = F(SX20, '6218.84亿元'); s_p = F(SX20, '95.36%')
sh_s = [s_e, s_adj, s_p]
S.rel('share', C, sh_s, 'spending 5930.32 / adjusted budget 6218.84 = 95.36%')
S.rel('target', MS, [F(SX20, '2257.31亿元'), F(SX20, '95.8%')], '2020 revenue 2257.31亿 = 95.8% of the initial budget: missed')
S.rel('sum', U, [F(SX20, '5076.25亿元'), s_adj], 'adjusted budget 6218.84 = initial 5076.25 + central subsidies, transfers and new bonds, whose amounts are not stated (the 1142.59 gap is no printed figure)')
S.rel('target', U, [F(SX20, '1439.05亿元'), F(SX20, '60.72%')], 'H1 2021 revenue at 60.72% of the 2021 budget: half-year progress, not the year\'s result (other period)')
S.rel('growth', U, [F(SX20, '2257.31亿元'), F(SX20, '1439.05亿元'), F(SX20, '29.91%')], 'H1 2021 +29.91% is on H1 2020 (not stated), not on the 2020 year 2257.31: other period')
S.rel('share', U, [F(SX20, '3078.34亿元'), s_adj, F(SX20, '58.59%')], '3078.34 / 6218.84 = 49.5%, but 58.59% is of the 2021 adjusted budget (not stated), not of the 2020 one: other period')

# ---- 西安市 Jan-Apr 2015 finance
x_l = F(XA15, '208.83亿元'); x_e = F(XA15, '251.1亿元'); x_p = F(XA15, '83.2%')
sh_x = [x_l, x_e, x_p]
S.rel('share', C, sh_x, 'livelihood spending 208.83 / spending 251.1 = 83.17% → 83.2%')
S.rel('sum', U, [F(XA15, '216.19亿元'), F(XA15, '381.95亿元')], 'general-budget revenue 216.19 is a part ("其中") of total fiscal revenue 381.95; the rest is not stated (subset, no split)')
S.rel('sum', U, [F(XA15, '37.30亿元'), F(XA15, '34.67亿元'), F(XA15, '8.42亿元'), F(XA15, '3.21亿元'), F(XA15, '15.30亿元'), x_l],
      '37.30 + 34.67 + 8.42 + 3.21 + 15.30 = 98.9 ≠ 208.83: the named items are some of the livelihood heads, not all')
S.rel('growth', U, [F(XA15, '17.6%'), F(XA15, '0.5个百分点')], 'revenue +17.6%, 0.5 points faster than the first quarter, whose rate is not stated (unstated base)')

# ---- 汉中市 2017 work report (2011-2016)
h1 = F(HZ16, '17.8'); h2 = F(HZ16, '42.8'); h3 = F(HZ16, '39.4')
sum_h1 = [h1, h2, h3]
S.rel('sum', C, sum_h1, 'structure 17.8 : 42.8 : 39.4 adds to 100')
d1 = F(HZ16, '3.\n9个百分点'); d2 = F(HZ16, '3.7'); d3 = F(HZ16, '0.2个百分点')
sum_h2 = [d1, d2, d3]
S.rel('sum', C, sum_h2, 'share changes since 2010: −3.9 (primary, printed across a line break) + 3.7 + 0.2 = 0, as shares of one total must')
S.rel('growth', U, [F(HZ16, '12.2%'), F(HZ16, '1156.49亿元')], 'GDP 年均增长12.2% over six years to 1156.49亿: the 2010 level is not stated, and the yearly average is real growth (unstated base)')
S.rel('sum', U, [F(HZ16, '45.19亿元'), F(HZ16, '105.67亿元')], 'local fiscal revenue 45.19 is inside total fiscal revenue 105.67 (nested scopes, no split)')
S.rel('share', U, [F(HZ16, '1145.07亿元'), F(HZ16, '1156.49亿元')], 'industrial gross output 1145.07 against GDP 1156.49: gross output is no part of value added (other indicator)')

# ---- 甘肃省 2019 work report (2018) and 兰州市 2018
gs_g = F(GS18, '8246.1亿元'); gs_c = [F(GS18, '18个县区'), F(GS18, '75个'), F(GS18, '57个')]
S.rel('sum', C, gs_c, 'poor counties 75 − 18 exited = 57')
S.rel('target', M, [F(GS18, '43.13万人'), F(GS18, '7.8%')], 'new urban jobs 43.13万, 7.8% above the plan (plan ≈ 40万 = 43.13 / 1.078): met')
S.rel('growth', U, [F(GS18, '77.6万人'), F(GS18, '9.6%'), F(GS18, '5.6%')], 'poverty 77.6万 fewer and the rate 9.6% → 5.6%: the rural base population is not stated (unstated base)')
S.rel('sum', U, [F(GS18, '12.75万人'), F(GS18, '77.6万人')], 'the 两州一县 reduction 12.75万 is part of the province\'s 77.6万 (nested), no split')
S.rel('rate', U, [F(GS18, '8.3%'), F(GS18, '13.6%')], 'revenue +8.3% with taxes +13.6%: the tax and non-tax levels are not stated (rates without weights)')
l_g0 = F(LZ18, '2732.94亿元', n=0); l_s0 = F(LZ18, '33.14%', n=0)
sh_l = [l_g0, gs_g, l_s0]
S.rel('share', C, sh_l, 'across documents: Lanzhou 2732.94 / Gansu 8246.1 = 33.14% (首位度)')
S.rel('growth', U, [F(LZ18, '6.5%', n=0), F(GS18, '6.3%')], 'Lanzhou +6.5% against Gansu +6.3%: other place')
rs_l1 = [l_g0, F(LZ18, '2732.94亿元', n=1)]
S.rel('restatement', C, rs_l1, 'Lanzhou 2018 GDP 2732.94亿 in the lead and in the section')
rs_l2 = [l_s0, F(LZ18, '33.14%', n=1)]
S.rel('restatement', C, rs_l2, '首位度 33.14% in the lead and in the section')
sum_l = [F(LZ18, '1.57'), F(LZ18, '34.32'), F(LZ18, '64.11')]
S.rel('sum', C, sum_l, 'structure 1.57 : 34.32 : 64.11 adds to 100')
S.rel('share', U, [F(LZ18, '368亿元'), F(LZ18, '81%')], 'livelihood 368亿 = 81% of total spending, which is not stated (unstated base)')

# ---- 甘肃省 2020 work report news (2019 results, 2020 goals; traditional)
g19 = F(GS19, '6%左右')
S.rel('target', CT, [g19], '2019 goal GDP 6%左右: the report says only that it "預計...能夠實現"; no result figure is printed (cannot tell)')
S.rel('target', U, [g19, F(GS18, '6.3%')], 'the 2019 goal against the 2018 result 6.3% (other document): other period')
S.rel('restatement', U, [g19, F(GS19, '6%', pre='實現生產總值增長')], '2019 goal 6%左右 and 2020 goal 6%: same number, other period')
S.rel('restatement', U, [F(GS19, '6%以上', n=0), F(GS19, '6%以上', n=1)], 'investment: 2019 estimate 增長6%以上 and 2020 goal 6%以上: same number, other period')
S.rel('growth', U, [F(GS18, '5.6%'), F(GS19, '93.5萬'), F(GS19, '0.9%')], 'across documents: 5.6% → 0.9% with 93.5萬 fewer implies a base of ≈1989萬, against ≈1940萬 from the 2018 figures: the rural base is not stated (unstated base)')

# ---- 青海省 1989 bulletin, part 2 (old text)
q_p = F(QH89, '443个'); q_all = F(QH89, '781个'); q_r = F(QH89, '56.7%')
sh_q1 = [q_p, q_all, q_r]
S.rel('share', C, sh_q1, 'capital projects completed 443 / under way 781 = 56.72% → 56.7%')
sh_q2 = [F(QH89, '151个'), F(QH89, '291个'), F(QH89, '51.9%')]
S.rel('share', C, sh_q2, 'renovation projects completed 151 / 291 = 51.89% → 51.9%')
q_c = F(QH89, '26.90亿元'); q_a = F(QH89, '1.77亿元'); q_t = F(QH89, '28.67亿元'); q_h = F(QH89, '24.38亿元'); q_s = F(QH89, '2.51亿元')
sum_q1 = [q_c, q_a, q_t]
S.rel('sum', C, sum_q1, 'retail: consumer goods 26.90 + farm inputs 1.77 = 28.67亿')
sum_q2 = [q_h, q_s, q_c]
S.rel('sum', C, sum_q2, 'consumer goods: to residents 24.38 + to institutions 2.51 = 26.89 vs 26.90 (within the half-units)')
rt_q1 = [q_c, F(QH89, '0.38%'), q_a, F(QH89, '10.43%'), q_t, F(QH89, '0.95%')]
S.rel('rate', C, rt_q1, 'last year = 26.90/1.0038 + 1.77/1.1043 = 28.40; 28.67 / 28.40 = +0.95%')
rt_q2 = [q_h, F(QH89, '0.20%'), q_s, F(QH89, '6.45%'), q_c, F(QH89, '0.38%')]
S.rel('rate', C, rt_q2, 'last year = 24.38/0.998 + 2.51/1.0645 = 26.79; 26.90 / 26.79 = +0.42%; with the 亿 half-units the range is 0.37–0.48%, so 0.38% stands (near edge)')
S.rel('share', U, [F(QH89, '8.15亿元'), F(QH89, '64.9%')], '9 key projects 8.15亿 = 64.9% of capital investment, whose total is not stated (unstated base)')
S.rel('share', U, [F(QH89, '13.23亿元'), F(QH89, '105.4%')], 'new fixed assets 13.23亿 at a delivery rate of 105.4%: the investment completed is not stated (unstated base)')
S.rel('share', U, [F(QH89, '85.17万平方米'), F(QH89, '41%')], 'floor space completed 85.17万m² = 41% of floor space under construction, not stated (unstated base)')

# ---- 银川市 projects of counties and parks, end of June 2020
y_n = [F(YC20, '537个'), F(YC20, '154个'), F(YC20, '691个')]
S.rel('sum', C, y_n, 'projects: batch 1 537 + batch 2 154 = 691')
y_i = [F(YC20, '2571亿元'), F(YC20, '279.5亿元'), F(YC20, '2850亿元')]
S.rel('sum', C, y_i, 'total investment 2571 + 279.5 = 2850.5 vs 2850 (within the half-units)')
y_y = [F(YC20, '695.8亿元'), F(YC20, '89亿元'), F(YC20, '785亿元')]
S.rel('sum', C, y_y, 'yearly plan 695.8 + 89 = 784.8 → 785亿')
y_s = [F(YC20, '491个'), F(YC20, '114个'), F(YC20, '605个')]
S.rel('sum', C, y_s, 'started 491 + 114 = 605')
y_d = [F(YC20, '197.5亿元'), F(YC20, '13.5亿元'), F(YC20, '211亿元')]
S.rel('sum', C, y_d, 'invested 197.5 + 13.5 = 211亿')
S.rel('share', C, [y_s[2], y_n[2], F(YC20, '87.6%', pre='开工率')], '605 / 691 = 87.55% → 87.6%')
S.rel('share', C, [y_s[0], y_n[0], F(YC20, '91.4%')], '491 / 537 = 91.43% → 91.4%')
sh_y3 = [y_s[1], y_n[1], F(YC20, '74%')]
S.rel('share', C, sh_y3, '114 / 154 = 74.0%')
S.rel('share', C, [y_d[2], y_y[2], F(YC20, '26.9%')], '211 / 785 = 26.88% → 26.9%')
sh_y5 = [y_d[0], y_y[0], F(YC20, '28.4%')]
S.rel('share', C, sh_y5, '197.5 / 695.8 = 28.38% → 28.4%')
S.rel('share', C, [y_d[1], y_y[1], F(YC20, '15.2%')], '13.5 / 89 = 15.17% → 15.2%')
S.rel('share', U, [F(YC20, '87.6%以上'), F(YC20, '74%')], '"各县(市)区、园区...总体开工率均达到87.6%以上" is about each county\'s overall rate; batch 2 at 74% is another grouping, no contradiction')

# ---- 银川经济技术开发区 2019 projects
k_n = [F(YCJK, '15个'), F(YCJK, '16个'), F(YCJK, '31个')]
S.rel('sum', C, k_n, 'projects: continued 15 + new 16 = 31')
k_i = [F(YCJK, '108.7亿元'), F(YCJK, '111.5亿元'), F(YCJK, '220.2亿元')]
S.rel('sum', C, k_i, 'total investment 108.7 + 111.5 = 220.2亿')
k_y = [F(YCJK, '41.8亿元'), F(YCJK, '53.4亿元'), F(YCJK, '95.3亿元')]
S.rel('sum', C, k_y, 'yearly plan 41.8 + 53.4 = 95.2 vs 95.3 (the half-units reach 95.25–95.3; near edge)')
S.rel('sum', C, [F(YCJK, '14个'), F(YCJK, '10个'), F(YCJK, '24个')], 'first-quarter starts: 14 + 10 = 24')
k_q = [F(YCJK, '40.4亿元'), F(YCJK, '46亿元'), F(YCJK, '86.4亿元')]
S.rel('sum', C, k_q, 'first-quarter yearly plan 40.4 + 46 = 86.4亿')
S.rel('sum', U, [F(YCJK, '211.9亿元'), F(YCJK, '220.2亿元')], 'the 24 first-quarter projects (211.9亿) are among the 31 (220.2亿): nested, not a split')

# ---- 新疆 2018 poverty relief and 南疆 2018 (traditional, across documents)
xj_f = F(XJ18, '334.11億元'); nj_f = F(NJ18, '334.11億元')
rs_f = [xj_f, nj_f]
S.rel('restatement', C, rs_f, 'the same 2018 poverty fund 334.11億 in both reports')
rs_s = [F(XJ18, '92.3%'), F(NJ18, '92.3%')]
S.rel('restatement', C, rs_s, 'the same share 92.3% of the fund for the four southern prefectures in both reports')
S.rel('restatement', C, [F(XJ18, '22個'), F(NJ18, '22個')], 'the same 22 deeply poor counties of southern Xinjiang in both reports')
rs_p = [F(XJ18, '53.7萬人', n=0), F(XJ18, '53.7萬人', n=1)]
S.rel('restatement', C, rs_p, '53.7萬 lifted out of poverty, in the headline and in the text')
S.rel('sum', U, [F(NJ18, '52.09萬'), F(XJ18, '53.7萬人', n=1)], 'southern Xinjiang 52.09萬 is part of all Xinjiang 53.7萬 (nested), not a restatement')
S.rel('share', U, [F(XJ18, '6.51%'), F(NJ18, '10.4%')], 'poverty rate 6.51% (all Xinjiang) vs 10.4% (the south): other scope')

# ---- 新疆 cotton 2006, 2020 (traditional) and 1978-2012
c_06 = [F(XJ06, '218萬噸'), F(XJ06, '11%以上'), F(XJ06, '195萬噸')]
S.rel('growth', C, c_06, '2006 estimate 218萬噸 on 2005 195萬噸 = +11.8%, so 增長11%以上 holds')
c_20 = [F(XJ20, '595萬噸'), F(XJ20, '185萬噸'), F(XJ20, '780萬噸')]
S.rel('sum', C, c_20, 'gap = demand 780 − output 595 = 185萬噸')
rs_c20 = [F(XJ20, '87.3%', n=0), F(XJ20, '87.3%', n=1)]
S.rel('restatement', C, rs_c20, 'share 87.3% in the heading and in the text')
S.rel('share', U, [F(XJ20, '516.1萬噸'), F(XJ20, '595萬噸'), F(XJ20, '87.3%', n=1)], '516.1 / 595 = 86.7% ≠ 87.3%: 595 is the 2020/21 season estimate, the share is of the 2020 national output (not stated): other period/basis')
S.rel('sum', U, [F(XJ20, '185萬噸'), F(XJ20, '200萬噸左右')], 'season gap 185萬噸 against yearly imports of about 200萬噸: other indicator, no relation')
rs_y = [F(XJ12, '19年'), F(XJ06, '1993年')]
S.rel('restatement', C, rs_y, 'across documents: 19 years first in the country "截至2011年" starts in 1993 (1993–2011), as the 2006 text says (從1993年以來)')
S.rel('restatement', I, [F(XJ12, '19年'), F(XJ20, '26年')],
      'REAL CONFLICT between two originals: the same four indicators (area, yield, output, shipments) first for 19 years to 2011 (since 1993) but "連續26年" to 2020 (since 1995; 1993 would give 28)')
S.rel('growth', I, [F(XJ12, '226万亩'), F(XJ12, '2470万亩'), F(XJ12, '10.9倍')],
      'REAL ERROR in the original: 2470 / 226 = 10.93, i.e. 是1978年的10.9倍 or 增长9.9倍; "增长10.9倍" states the ratio as the increase')
S.rel('growth', U, [F(XJ12, '320万吨'), F(XJ12, '56.4倍')], '320万吨 预计增长56.4倍: the 1978 output is not stated (unstated base)')
S.rel('share', U, [F(XJ06, '195萬噸'), F(XJ06, '30%以上'), F(XJ20, '516.1萬噸'), F(XJ20, '87.3%', n=1)], '2005 share 30%以上 and 2020 share 87.3%: other periods, national totals not stated')

# ---- 新疆 first five-year plan (old plan figures, 2024 feature)
S.rel('growth', I, [F(XJ57, '8.5亿元'), F(XJ57, '35.58%'), F(XJ57, '6.73%')],
      'REAL ERROR in the original: +35.58% over 1952–1957 gives 1.3558^(1/5) − 1 = 6.28% a year, not 6.73% (6.73% a year would give +38.5%)')
S.rel('sum', U, [F(XJ57, '11.5亿元'), F(XJ57, '8.5亿元')], '1957 farm output 11.5亿 above the planned industry-and-farm total 8.5亿: a result against a plan, in other prices (the plan\'s price base is not stated); no part-whole check')

# ---- 新疆生产建设兵团 2021
b_g = [F(BT21, '280.88万吨'), F(BT21, '39.44万吨'), F(BT21, '16.3%')]
S.rel('growth', C, b_g, 'grain 280.88 on 280.88 − 39.44 = 241.44 → +16.3%')
S.rel('growth', C, [F(BT21, '450.20万亩'), F(BT21, '60.36万亩'), F(BT21, '15.5%')], 'grain area 450.20 on 389.84 → +15.5%')
b_u = [F(BT21, '43226元'), F(BT21, '2294元'), F(BT21, '5.6%')]
S.rel('growth', C, b_u, 'urban income 43226 on 40932 → +5.6%')
b_r = [F(BT21, '27384元'), F(BT21, '2868元'), F(BT21, '11.7%')]
S.rel('growth', C, b_r, '連隊 income 27384 on 24516 → +11.7%')
S.rel('growth', U, [F(BT21, '8.0%', n=0), F(BT21, '6.2%')], 'two-year average 6.2% with 2021 +8.0% implies 2020 +4.4%, which the text does not state (unstated base)')
S.rel('share', U, [F(BT21, '3395.61亿元'), F(BT21, '21.2%')], '21.2% of Xinjiang\'s GDP, which is not stated (unstated base)')
S.rel('share', U, [F(BT21, '280.88万吨'), F(BT21, '800公斤')], 'per-head grain 800公斤 needs the population, not stated (unstated base)')

# ---- further traps
S.rel('restatement', U, [F(SX14G, '11%', pre='城乡居民收入分别增长'), g_gdp], '2014 goals: urban income +11% and GDP 11%左右: same number, other indicator')
S.rel('rate', U, [F(SX14G, '10%'), F(SX14G, '13%左右')], 'goals for total fiscal revenue +10% and local fiscal revenue +13%左右: nested scopes, levels not stated (rates without weights)')
S.rel('share', U, [F(XA15, '216.19亿元'), F(XA15, '34.3%'), F(XA15, '251.1亿元'), F(XA15, '34.8%')], 'revenue and spending progress are against two different yearly budgets, neither printed (unstated bases)')
S.rel('share', U, [F(HZ16, '61.7%'), F(HZ16, '77.9%')], 'five farm products 61.7% of farm output and three industries 77.9% of industrial gross output: shares of other totals, neither total printed (unstated bases)')
S.rel('share', U, [F(GS19, '49.9萬'), F(GS19, '93.5萬')], 'people resettled under the 13th plan (49.9萬, 2016–2020) against people lifted out of poverty in 2019 (93.5萬): other indicator and period')
S.rel('restatement', U, [F(BT21, '8.0%', n=1), F(BT21, '8.0%', n=0)], 'farm gross output +8.0% and GDP +8.0%: same number, other indicator')
S.rel('growth', U, [F(BT21, '16.2%'), F(BT21, '19.3%')], 'investment +16.2% with a two-year average of 19.3% implies 2020 ≈ +22.5%, not stated (unstated base)')
S.rel('share', U, [F(QH89, '6.41亿元'), F(QH89, '10187元')], 'construction output 6.41亿 and labour productivity 10187元: the workforce is not stated (unstated base)')
S.rel('target', U, [F(NJ18, '10萬'), F(XJ18, '7.5萬')], 'a three-year plan of 10萬 jobs for the 22 counties against one year\'s 7.5萬 labourers placed (other document): other period')

# ---- altered copies
a = ALT(SX20, 1, s_p, '93.36%', 'spending completion 95.36% → 93.36%')
S.rel('share', I, R(a, sh_s, s_p, '93.36%'), 'altered: 5930.32 / 6218.84 = 95.36%, not 93.36% (breaks {B})')
a = ALT(SX20, 2, s_e, '5980.32亿元', 'spending 5930.32 → 5980.32')
S.rel('share', I, R(a, sh_s, s_e, '5980.32亿元'), 'altered: 5980.32 / 6218.84 = 96.16%, not 95.36% (breaks {B})')
a = ALT(XA15, 1, x_l, '203.83亿元', 'livelihood spending 208.83 → 203.83')
S.rel('share', I, R(a, sh_x, x_l, '203.83亿元'), 'altered: 203.83 / 251.1 = 81.2%, not 83.2% (breaks {B})')
a = ALT(XA15, 2, x_p, '88.2%', 'livelihood share 83.2% → 88.2%')
S.rel('share', I, R(a, sh_x, x_p, '88.2%'), 'altered: 208.83 / 251.1 = 83.2%, not 88.2% (breaks {B})')
a = ALT(HZ16, 1, h2, '47.8', 'secondary share 42.8 → 47.8')
S.rel('sum', I, R(a, sum_h1, h2, '47.8'), 'altered: 17.8 + 47.8 + 39.4 = 105, not 100 (breaks {B})')
a = ALT(HZ16, 2, d3, '0.7个百分点', 'tertiary share change 0.2 → 0.7 points')
S.rel('sum', I, R(a, sum_h2, d3, '0.7个百分点'), 'altered: −3.9 + 3.7 + 0.7 = +0.5, shares of one total cannot all net to more than 0 (breaks {B})')
a = ALT(GS18, 1, gs_c[2], '59个', 'poor counties left 57 → 59')
S.rel('sum', I, R(a, gs_c, gs_c[2], '59个'), 'altered: 75 − 18 = 57, not 59 (breaks {B})')
a = ALT(GS18, 2, gs_g, '8346.1亿元', 'Gansu GDP 8246.1 → 8346.1')
S.rel('share', I, R(a, sh_l, gs_g, '8346.1亿元'), 'altered (across documents): 2732.94 / 8346.1 = 32.75%, not the 33.14% Lanzhou states (breaks {B})')
a = ALT(LZ18, 1, sum_l[1], '36.32', 'secondary share 34.32 → 36.32')
S.rel('sum', I, R(a, sum_l, sum_l[1], '36.32'), 'altered: 1.57 + 36.32 + 64.11 = 102, not 100 (breaks {B})')
a = ALT(LZ18, 2, rs_l2[1], '38.14%', 'second 首位度 33.14% → 38.14%')
S.rel('restatement', I, R(a, rs_l2, rs_l2[1], '38.14%'), 'altered: 首位度 33.14% in the lead, 38.14% in the section (breaks {B})')
a = ALT(QH89, 1, q_p, '413个', 'completed capital projects 443 → 413')
S.rel('share', I, R(a, sh_q1, q_p, '413个'), 'altered: 413 / 781 = 52.9%, not 56.7% (breaks {B})')
a = ALT(QH89, 2, q_a, '1.27亿元', 'farm-input retail 1.77 → 1.27')
S.rel('sum', I, R(a, sum_q1, q_a, '1.27亿元'), 'altered: 26.90 + 1.27 = 28.17, not 28.67 (breaks {B})')
S.rel('rate', I, R(a, rt_q1, q_a, '1.27亿元'), 'altered: last year = 26.90/1.0038 + 1.27/1.1043 = 27.95; 28.67 / 27.95 = +2.6%, not 0.95% (breaks {B})')
a = ALT(QH89, 3, q_s, '2.81亿元', 'sales to institutions 2.51 → 2.81')
S.rel('sum', I, R(a, sum_q2, q_s, '2.81亿元'), 'altered: 24.38 + 2.81 = 27.19, not 26.90 (breaks {B})')
S.rel('rate', I, R(a, rt_q2, q_s, '2.81亿元'), 'altered: last year = 24.38/0.998 + 2.81/1.0645 = 27.07; 26.90 / 27.07 = −0.6%, not +0.38% (breaks {B})')
a = ALT(YC20, 1, y_s[1], '144个', 'batch-2 projects started 114 → 144')
S.rel('sum', I, R(a, y_s, y_s[1], '144个'), 'altered: 491 + 144 = 635, not 605 (breaks {B})')
S.rel('share', I, R(a, sh_y3, y_s[1], '144个'), 'altered: 144 / 154 = 93.5%, not 74% (breaks {B})')
a = ALT(YC20, 2, sh_y5[2], '23.4%', 'batch-1 investment share 28.4% → 23.4%')
S.rel('share', I, R(a, sh_y5, sh_y5[2], '23.4%'), 'altered: 197.5 / 695.8 = 28.4%, not 23.4% (breaks {B})')
a = ALT(YC20, 3, y_i[1], '229.5亿元', 'batch-2 total investment 279.5 → 229.5')
S.rel('sum', I, R(a, y_i, y_i[1], '229.5亿元'), 'altered: 2571 + 229.5 = 2800.5, not 2850 (breaks {B})')
a = ALT(YCJK, 1, k_i[1], '117.5亿元', 'new projects\' total investment 111.5 → 117.5')
S.rel('sum', I, R(a, k_i, k_i[1], '117.5亿元'), 'altered: 108.7 + 117.5 = 226.2, not 220.2 (breaks {B})')
a = ALT(YCJK, 2, k_q[1], '48亿元', 'first-quarter new projects\' yearly plan 46 → 48')
S.rel('sum', I, R(a, k_q, k_q[1], '48亿元'), 'altered: 40.4 + 48 = 88.4, not 86.4 (breaks {B})')
a = ALT(XJ18, 1, xj_f, '384.11億元', 'poverty fund 334.11 → 384.11')
S.rel('restatement', I, R(a, rs_f, xj_f, '384.11億元'), 'altered (across documents): 384.11億 here, 334.11億 in the 南疆 report (breaks {B})')
a = ALT(XJ18, 2, rs_p[1], '58.7萬人', 'people lifted out of poverty in the text 53.7萬 → 58.7萬')
S.rel('restatement', I, R(a, rs_p, rs_p[1], '58.7萬人'), 'altered: 53.7萬 in the headline, 58.7萬 in the text (breaks {B})')
a = ALT(NJ18, 1, rs_s[1], '82.3%', 'southern share of the fund 92.3% → 82.3%')
S.rel('restatement', I, R(a, rs_s, rs_s[1], '82.3%'), 'altered (across documents): 92.3% in the regional report, 82.3% here (breaks {B})')
a = ALT(XJ06, 1, c_06[2], '199萬噸', '2005 cotton 195 → 199萬噸')
S.rel('growth', I, R(a, c_06, c_06[2], '199萬噸'), 'altered: 218 / 199 = +9.5%, not 增長11%以上 (breaks {B})')
a = ALT(XJ06, 2, c_06[0], '213萬噸', '2006 cotton estimate 218 → 213萬噸')
S.rel('growth', I, R(a, c_06, c_06[0], '213萬噸'), 'altered: 213 / 195 = +9.2%, not 增長11%以上 (breaks {B})')
a = ALT(XJ20, 1, c_20[1], '165萬噸', 'season gap 185 → 165萬噸')
S.rel('sum', I, R(a, c_20, c_20[1], '165萬噸'), 'altered: 780 − 595 = 185, not 165 (breaks {B})')
a = ALT(XJ20, 2, rs_c20[1], '81.3%', 'share in the text 87.3% → 81.3%')
S.rel('restatement', I, R(a, rs_c20, rs_c20[1], '81.3%'), 'altered: 87.3% in the heading, 81.3% in the text (breaks {B})')
a = ALT(XJ12, 1, rs_y[0], '16年', 'years first in the country 19 → 16')
S.rel('restatement', I, R(a, rs_y, rs_y[0], '16年'), 'altered (across documents): 16 years to 2011 start in 1996, not 1993 as the 2006 text says (breaks {B})')
a = ALT(BT21, 1, b_g[1], '33.44万吨', 'grain increase 39.44 → 33.44万吨')
S.rel('growth', I, R(a, b_g, b_g[1], '33.44万吨'), 'altered: 280.88 / 247.44 = +13.5%, not 16.3% (breaks {B})')
a = ALT(BT21, 2, b_r[1], '2668元', '連隊 income increase 2868 → 2668')
S.rel('growth', I, R(a, b_r, b_r[1], '2668元'), 'altered: 27384 / 24716 = +10.8%, not 11.7% (breaks {B})')
a = ALT(BT21, 3, b_u[2], '6.6%', 'urban income growth 5.6% → 6.6%')
S.rel('growth', I, R(a, b_u, b_u[2], '6.6%'), 'altered: 43226 / 40932 = +5.6%, not 6.6% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

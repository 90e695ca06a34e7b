"""Check key, set check-heldout163. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout163.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout163'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

Z='zz_2023.txt'; T='ts_2017h1.txt'; X16='xj_2016q3.txt'; X7='xj_m7.txt'; ZW='zw_2023m7.txt'; Y='yc_2019m5.txt'; NC='nx_county.txt'
X0='xj_2000.txt'; Q59='qh_1959.txt'; Q91='qh_1991.txt'; H='hd_2020r.txt'; QJ='qh_2016jt.txt'; X14='xj_2014q3_hant.txt'
NQ='nq_2023_hant.txt'; NA='nx_2024adj.txt'; N70='nx70.txt'; CD='cdm_herd.txt'; B6='bt6_hant.txt'

# ---- 子洲县 2023 bulletin
z_g = F(Z, '98.38亿元'); z1 = F(Z, '21.58亿元'); z2 = F(Z, '38.05亿元'); z3 = F(Z, '38.75亿元')
sum_z = [z1, z2, z3, z_g]; sh_z1 = [z1, z_g, F(Z, '21.9', post='∶')]; sh_z2 = [z2, z_g, F(Z, '38.7', pre='∶', post='∶')]
sh_z3 = [z3, z_g, F(Z, '39.4', pre='∶')]; sh_z4 = [F(Z, '45.46亿元'), z_g, F(Z, '46.2%')]
sum_z2 = [F(Z, '29.24亿元'), F(Z, '0.34亿元'), F(Z, '6.76亿元'), F(Z, '0.04亿元'), F(Z, '1.04亿元'), F(Z, '37.42亿元')]
sum_z3 = [F(Z, '97658吨'), F(Z, '26084吨'), F(Z, '39075吨'), F(Z, '162817吨')]
rt_z = [F(Z, '97658吨'), F(Z, '-9.7'), F(Z, '26084吨'), F(Z, '49.1'), F(Z, '39075吨'), F(Z, '7.6', pre='\n\n'), F(Z, '162817吨'), F(Z, '0.5', pre='162817吨\n\n')]
S.rel('sum', C, sum_z, '子洲 2023 GDP: 21.58 + 38.05 + 38.75 = 98.38亿')
S.rel('share', C, sh_z1, 'primary 21.58 / 98.38 = 21.94% → structure 21.9')
S.rel('share', C, sh_z2, 'secondary 38.05 / 98.38 = 38.68% → 38.7')
S.rel('share', C, sh_z3, 'tertiary 38.75 / 98.38 = 39.39% → 39.4')
S.rel('share', C, sh_z4, 'non-public economy 45.46 / 98.38 = 46.21% → 46.2%')
S.rel('sum', C, sum_z2, 'farm output: 29.24 + 0.34 + 6.76 + 0.04 + 1.04 = 37.42亿')
S.rel('sum', C, sum_z3, 'grain (table): cereals 97658 + beans 26084 + tubers 39075 = 162817 t')
S.rel('restatement', C, [F(Z, '16.28万吨'), F(Z, '162817吨')], 'grain 16.28万吨 in the text = 162817 t in the table (rounded)')
S.rel('rate', C, rt_z, 'grain +0.5%: last year rebuilt from the three parts and their rates (97658/0.903 + 26084/1.491 + 39075/1.076 = 161957 t) gives +0.53% (+0.48 to +0.58 with half units) → 0.5 (physical quantities, no price weights needed)')
S.rel('rate', U, [F(Z, '37.42亿元'), F(Z, '4.5%'), F(Z, '29.24亿元'), F(Z, '4.9%'), F(Z, '6.76亿元'), F(Z, '3.5%')], 'farm output +4.5% against the branches’ rates: the rates are at comparable prices and the levels at current prices; rebuilding last year from them (which happens to give +4.5%) is not a valid check; no relation to key')
S.rel('rate', U, [z_g, F(Z, '3.1%'), F(Z, '3.8%'), F(Z, '4.7%'), F(Z, '1.5%')], 'GDP +3.1% against the sectors’ real rates 3.8 / 4.7 / 1.5: the weights (last year’s real levels) are not stated; current-price shares would give 3.2; nothing to check')

# ---- 天水 major projects H1 2017
t_c = F(T, '133.61亿元', n=1); t_p = F(T, '331.94亿元'); t_n = F(T, '132个', pre='建设项目')
S.rel('restatement', C, [F(T, '133.61亿元', n=0), t_c], 'headline “上半年132个项目完成投资133.61亿元” = body')
S.rel('share', C, [t_c, t_p, F(T, '40.25%')], '天水 H1 2017: 133.61 / 331.94 = 40.25% of the annual plan')
S.rel('sum', C, [t_n, F(T, '68个', pre='预备项目'), F(T, '200个')], '132 building projects + 68 preparatory = 200')
S.rel('sum', C, [F(T, '75个'), F(T, '57个'), t_n], '75 continuing + 57 new = 132')
S.rel('sum', C, [F(T, '655.62亿元'), F(T, '652.99亿元'), F(T, '1308.61亿元')], 'total investment 655.62 + 652.99 = 1308.61亿')
S.rel('sum', C, [F(T, '178.52亿元'), F(T, '153.42亿元'), t_p], 'annual plan 178.52 + 153.42 = 331.94亿')
S.rel('sum', C, [F(T, '97.89亿元'), F(T, '35.72亿元'), t_c], 'H1 97.89 + 35.72 = 133.61亿')
S.rel('share', C, [F(T, '97.89亿元'), F(T, '178.52亿元'), F(T, '54.83%')], 'continuing 97.89 / 178.52 = 54.83%')
S.rel('share', C, [F(T, '35.72亿元'), F(T, '153.42亿元'), F(T, '23.28%')], 'new 35.72 / 153.42 = 23.28%')
sum_t81 = [F(T, '364.97亿元'), F(T, '234.68亿元'), F(T, '596.64亿元')]
S.rel('sum', I, sum_t81, 'REAL discrepancy: the 81 province-managed projects “总投资596.64亿元”, “其中续建…364.97亿元…计划新开工…234.68亿元”: 364.97 + 234.68 = 599.65, 3.01 more than the total')
sum_t81b = [F(T, '103.77亿元'), F(T, '76.53亿元'), F(T, '180.3亿元')]
S.rel('sum', C, sum_t81b, '81 projects’ annual plan 103.77 + 76.53 = 180.3亿')
S.rel('share', C, [F(T, '89.63亿元'), F(T, '180.3亿元'), F(T, '49.71%')], '89.63 / 180.3 = 49.71%')
sum_t81c = [F(T, '62.8亿元'), F(T, '26.83亿元'), F(T, '89.63亿元')]
S.rel('sum', C, sum_t81c, '62.8 + 26.83 = 89.63亿')
S.rel('share', C, [F(T, '62.8亿元'), F(T, '103.77亿元'), F(T, '60.52%')], '62.8 / 103.77 = 60.52%')
S.rel('share', C, [F(T, '26.83亿元'), F(T, '76.53亿元'), F(T, '35.06%')], '26.83 / 76.53 = 35.06%')
S.rel('sum', I, [F(T, '98.17亿元'), F(T, '143.5亿元'), F(T, '232.67亿元')], 'REAL discrepancy: the 15 provincial projects “总投资232.67亿元”, continuing 98.17 + new 143.5 = 241.67, 9.00 more than the total (looks like a digit slip, 241.67 → 232.67 or a part misprinted)')
S.rel('sum', C, [F(T, '34.2亿元'), F(T, '21.5亿元'), F(T, '55.7亿元')], '15 provincial projects’ annual plan 34.2 + 21.5 = 55.7亿')
S.rel('share', C, [F(T, '18.29亿元'), F(T, '55.7亿元'), F(T, '32.84%')], '18.29 / 55.7 = 32.84%')
S.rel('sum', C, [F(T, '15.1亿元'), F(T, '3.19亿元'), F(T, '18.29亿元')], '15.1 + 3.19 = 18.29亿')
S.rel('share', C, [F(T, '15.1亿元'), F(T, '34.2亿元'), F(T, '44.12%')], '15.1 / 34.2 = 44.15%; with the half unit of 15.1 (15.05–15.15) 43.9–44.4% → 44.12% consistent')
S.rel('share', C, [F(T, '3.19亿元'), F(T, '21.5亿元'), F(T, '14.84%')], '3.19 / 21.5 = 14.84%')
S.rel('target', CT, [t_p, t_c], 'annual plan 331.94亿 against 133.61亿 by June: the year is not over; cannot tell')
S.rel('sum', U, [F(T, '81个'), F(T, '15个'), t_n], 'the 81 province-managed and 15 provincial projects are other lists that overlap the 132 city-led projects; not parts of a split (81 + 15 ≠ 132 is no error)')
S.rel('growth', U, [F(T, '40.25%'), F(T, '49.71%')], '40.25% (132 city-led projects, completed) and 49.71% (81 province-managed, 预计): other scope; no relation')

# ---- 新疆 key projects Jan-Sep 2016
x_c = F(X16, '2263.42亿元'); x_g = F(X16, '3000亿元'); x_cc = F(X16, '1940.03亿元'); x_nc = F(X16, '323.39亿元')
sh_x = [x_c, x_g, F(X16, '75.45%')]; gr_x = [x_c, F(X16, '87.29亿元'), F(X16, '4%', pre='增长')]; gr_x2 = [x_cc, F(X16, '43.89亿元'), F(X16, '2.3%')]
sum_x = [F(X16, '46个'), F(X16, '24项'), F(X16, '70项')]; sum_x2 = [x_cc, x_nc, x_c]
S.rel('share', C, sh_x, '新疆 Jan–Sep 2016: 2263.42 / the annual goal 3000 = 75.45% → “为年计划的75.45%”')
S.rel('restatement', C, [F(X16, '75%', pre='完成'), F(X16, '75.45%')], 'headline “投资完成75%” = 75.45% rounded')
S.rel('growth', C, gr_x, '2263.42, 比去年同期增加87.29: 87.29 / 2176.13 = 4.01% → 增长4%')
S.rel('growth', C, gr_x2, 'continuing 1940.03, 增加43.89: 43.89 / 1896.14 = 2.31% → 2.3%')
S.rel('sum', C, sum_x, '46 new + 24 preparatory started early = 70 new starts')
S.rel('sum', C, sum_x2, 'continuing 1940.03 + new 323.39 = 2263.42亿')
S.rel('target', M, [F(X16, '60个'), F(X16, '70项')], 'goal of 60 new starts for 2016 against 70 by September: met (“提前超额完成”)')
S.rel('target', CT, [x_g, x_c], 'annual goal 3000亿 against 2263.42亿 by September: cannot tell')
S.rel('share', U, [x_cc, F(X16, '78.76%')], 'continuing projects at 78.76% of their plan: the continuing projects’ plan is not stated; nothing to check')
S.rel('restatement', U, [F(X16, '78%'), F(X16, '78.76%')], '“基础设施类…78%以上” and continuing projects 78.76%: other groupings; no relation')

# ---- 新疆 key projects Jan-Jul (year not in the excerpt)
m_n = [F(X7, '416.6亿元'), F(X7, '616.61亿元'), F(X7, '478.26亿元'), F(X7, '1321.69亿元'), F(X7, '189.78亿元')]
S.rel('sum', C, m_n, 'two splits of the same total: by type 416.6 + 616.61 + 478.26 = 1511.47 = continuing 1321.69 + new 189.78 (the total itself is not written)')
S.rel('share', C, [F(X7, '47个'), F(X7, '60个'), F(X7, '78.3%')], '47 of 60 new projects started = 78.33% → 78.3%')
S.rel('target', CT, [F(X7, '60个'), F(X7, '47个')], '60 planned new starts, 47 by July: the year is not over; cannot tell')
S.rel('growth', U, [F(X7, '47个'), F(X7, '10个')], '“新开工重点项目多了10个”: last year’s number (37) is not stated; nothing to check')
S.rel('growth', U, [F(X7, '189.78亿元'), F(X7, '107.78亿元')], '“增长107.78亿元” for the new projects: last year’s amount is not stated')
S.rel('restatement', U, [F(X7, '60个'), F(X16, '60个')], 'cross-document: 60 new projects (Jan–Jul text, 230 continuing; its year is not written) and the 2016 goal of 60 new starts (240 continuing): same number, other year')
S.rel('target', U, [F(X16, '60个'), F(X7, '47个')], 'cross-document: the 2016 new-start goal against the 47 started by July in the other text (another year): unrelated')

# ---- 中卫 Jan-Jul 2023
S.rel('share', C, [F(ZW, '53个'), F(ZW, '60个'), F(ZW, '88.3%')], '中卫 2023: 53 of 60 city-level projects started = 88.33% → 88.3%')
S.rel('sum', C, [F(ZW, '100万千瓦'), F(ZW, '200万千瓦'), F(ZW, '300万千瓦')], 'solar project phase 1 100万千瓦 + phase 2 200万千瓦 = 300万千瓦')
S.rel('share', U, [F(ZW, '5个'), F(ZW, '60个')], 'the 5 autonomous-region projects (all started) and the 60 city projects: other lists, not a split')

# ---- 银川 Jan-May 2019
y_p = F(Y, '140.3亿元'); y_c = F(Y, '37.1亿元', n=1)
S.rel('share', C, [y_c, y_p, F(Y, '26.4%')], '银川 Jan–May 2019: 37.1 / 140.3 = 26.44% → 26.4%')
S.rel('restatement', C, [F(Y, '37.1亿元', n=0), y_c], 'headline 37.1亿 = body')
S.rel('share', C, [F(Y, '18个', n=0), F(Y, '18个', n=1), F(Y, '100%')], '18 of 18 projects started: 开工率100%')
S.rel('target', CT, [y_p, y_c], 'annual plan 140.3亿 against 37.1亿 by May: cannot tell')
S.rel('sum', U, [F(Y, '17.2亿元'), y_c], 'May alone 17.2 within Jan–May 37.1: January–April is not stated separately; nothing to check')
S.rel('share', U, [F(Y, '368.7亿元'), y_p], 'total investment 368.7 and 2019 plan 140.3: different aggregates; no share is stated')

# ---- 宁夏 county economy 2021
n_g = F(NC, '2055.31'); n_l = F(NC, '639.04亿元')
S.rel('share', C, [n_l, n_g, F(NC, '31.09%')], '灵武 639.04 / county total 2055.31 = 31.09%')
S.rel('share', C, [n_l, n_g, F(NC, '45.45%'), F(NC, '14.13%')], 'region GDP = 2055.31 / 45.45% = 4522.1; 639.04 / 4522.1 = 14.13% (= 31.09% × 45.45%)')
S.rel('share', U, [F(NC, '46%'), F(NC, '45.45%')], 'counties hold 46% of the population and produce 45.45% of GDP: other indicators; no relation')
S.rel('rate', U, [n_l, F(NC, '28.6倍')], '灵武 = 28.6 × 泾源: 泾源’s GDP is not stated; nothing to check')

# ---- 新疆 industry 2000
S.rel('growth', C, [F(X0, '1061.29亿元'), F(X0, '384倍'), F(X0, '12.4%')], 'industrial output 2000 vs 1949 “增长384倍” (ratio 385) over 51 years: 385^(1/51) = 1.1238 → 年均增长12.4%')
S.rel('growth', C, [F(X0, '1061.29亿元'), F(X0, '9倍', pre='增长'), F(X0, '11.1%')], '2000 vs 1978 “增长9倍” (ratio 10) over 22 years: 11.03%; with the half unit of 9 (ratio 9.5–10.5) 10.78–11.28% → 11.1% consistent')
S.rel('growth', U, [F(X0, '32947家'), F(X0, '70023个'), F(X0, '18倍')], '70023 units “比改革开放初期的1978年增长18倍”: the 1978 count is not stated; the 32947 of 1949 is another year (70023/32947 = 2.1 is no contradiction)')
S.rel('share', U, [F(X0, '422亿元'), F(X0, '30.9%')], 'industrial value added 422亿 = 30.9% of GDP: GDP (about 1366) is not stated')
S.rel('growth', U, [F(X0, '109.7万吨'), F(X0, '1566倍'), F(X0, '131.3万吨'), F(X0, '2187倍')], 'steel +1566倍 and rolled steel +2187倍 since 1952: the 1952 levels are not stated; nothing to check')
S.rel('share', U, [F(X0, '1061.29亿元'), F(X0, '68.54%')], 'industry = 68.54% of industrial and agricultural output: that total is not stated')

# ---- 青海 pastoral areas 1958 (人民日报 1959)
S.rel('share', U, [F(Q59, '67%'), F(Q59, '71%')], '67% of herdsman households in communes, 71% settled: other indicators; no relation')
S.rel('share', U, [F(Q59, '100%'), F(Q59, '67%')], 'four prefectures at 100% and the province at 67%: the four are a part; no split is stated')
S.rel('share', U, [F(Q59, '十二万四千六百四十一亩'), F(Q59, '六万一千一百五十二亩')], 'reclaimed 124641 mu, of which 61152 mu sown with a harvest in 1958: a part; no share is stated')
S.rel('restatement', U, [F(Q59, '一千二百多条'), F(Q59, '一千二百一十处')], '1200-odd canals and 1210 reservoirs/springs/wells: other objects; same-looking number')

# ---- 青海 grassland 1991 (人民日报)
S.rel('restatement', C, [F(Q91, '八百多万亩', n=0), F(Q91, '八百八十七点四五万亩')], 'headline “建围栏草场八百多万亩” = body 887.45万亩 (lower bound)')
S.rel('restatement', C, [F(Q91, '百分之三十八', n=0), F(Q91, '百分之三十八', n=1)], 'headline 38% of herding households settled = body “全省已有百分之三十八的牧户实现了定居”')
S.rel('share', U, [F(Q91, '八百八十七点四五万亩'), F(Q91, '五点四七亿亩')], 'fenced 887.45万亩 of 5.47亿亩 grassland (1.6%): no share is stated')
S.rel('share', U, [F(Q59, '71%'), F(Q91, '百分之三十八', n=1)], 'cross-document: 71% settled (1958, “定居下来”) and 38% settled (1991, 定居养畜 with fixed houses): other period and another meaning of 定居; no contradiction')

# ---- 海东 2020 report (2019 results)
S.rel('target', CT, [F(H, '7%')], '“圆满完成了…主要目标任务”: the 2019 goals are not stated; cannot tell')
S.rel('share', U, [F(H, '2.1万名'), F(H, '1.83%'), F(H, '0.03%')], 'poverty rate 1.83% → 0.03% with 21000 people out of poverty: the rural population base is not stated; nothing to check')
S.rel('growth', U, [F(H, '44.7%'), F(H, '46%')], 'express volume +44.7%, revenue +46%: other indicators')
S.rel('share', U, [F(H, '76个'), F(H, '634个')], '76 poor villages lifted in 2019 and 634 poor villages with collective income: other sets')
S.rel('growth', U, [F(H, '108.5亿元'), F(H, '6.4%')], 'retail sales 108.5亿 +6.4%: last year’s level is not stated')

# ---- 青海 transport 2016
q_t = F(QJ, '388.36亿元', n=0); q_b = F(QJ, '388.36亿元', n=2); q_l = F(QJ, '78579公里', n=2)
S.rel('sum', C, [F(QJ, '3500公里'), F(QJ, '7099公里'), F(QJ, '67980公里'), q_l], 'expressway/class-1 3500 + class-2 7099 + class-3 and below 67980 = 78579 km')
S.rel('restatement', C, [q_t, q_b], 'headline 388.36亿 = body')
S.rel('restatement', C, [F(QJ, '78579公里', n=0), q_l], 'headline 78579 km = body')
S.rel('target', M, [q_b, F(QJ, '102.2%', n=1)], '2016 transport investment 388.36亿 = 102.2% of the annual plan: met')
S.rel('sum', U, [F(QJ, '316.18亿元'), F(QJ, '16.6亿元'), q_b], '27 + 8 key highway projects 316.18 + 16.6 = 332.78 within all transport investment 388.36: a part, not a split')
S.rel('share', U, [F(QJ, '7000公里'), F(QJ, '6.15万公里')], '7000 km built in 2016 and 6.15万 km rural roads in all: flow and stock; no share stated')
S.rel('growth', U, [q_b, F(QJ, '14.44%', n=1)], '+14.44%: last year’s investment is not stated')
S.rel('growth', U, [q_l, F(QJ, '2986公里', n=1)], '78579 km, 较上年增加2986: last year’s length is not stated separately; nothing to check')

# ---- 新疆 Q1-Q3 2014 (traditional)
S.rel('share', C, [F(X14, '26個'), F(X14, '40個'), F(X14, '65%')], '26 of 40 industrial branches grew = 65%')
S.rel('target', CT, [F(X14, '51項')], '51 new projects “提前3個月完成全年目標任務”: the goal number is not stated; cannot tell')
S.rel('target', CT, [F(X14, '2282.77億元')], '2282.77億 “是全年目標任務的六成多”: the annual goal is not stated and the year is not over; cannot tell')
S.rel('sum', U, [F(X14, '8個'), F(X14, '51項')], '8 new projects (喀什 water etc.) among the 51: a part; not a split')
S.rel('restatement', U, [F(X14, '1.5倍', n=0), F(X14, '1.5倍', n=1)], 'cars +1.5倍 and polysilicon +1.5倍: same number, other products')
S.rel('growth', U, [F(X14, '93.9%'), F(X14, '1.5倍', n=0)], 'car industry value added +93.9% and car output +150%: other indicators (value added vs units)')
S.rel('rate', U, [F(X14, '10%', pre='增長'), F(X14, '10.2%')], 'heavy industry +10.2% within all +10%: light industry is not stated; weights unknown')
S.rel('share', U, [F(X14, '12.1%'), F(X14, '66.2%')], 'non-oil industry +12.1% with a 66.2% contribution: a contribution, not a share; nothing to check')

# ---- 寧強縣 2023 final accounts (traditional)
nq_r = F(NQ, '8,552萬元', n=0); nq_r2 = F(NQ, '8,552萬元', n=1); nq_e = F(NQ, '302,509萬元', n=1)
S.rel('sum', C, [nq_r, F(NQ, '1514萬元'), F(NQ, '10,066萬元')], '寧強 2023: revenue 8552 + VAT-refund adjustment 1514 = like-for-like 10066萬')
S.rel('sum', C, [F(NQ, '5,537萬元'), F(NQ, '3,015萬元'), nq_r], 'tax 5537 + non-tax 3015 = 8552萬')
S.rel('share', C, [F(NQ, '3,015萬元'), nq_r, F(NQ, '35.3%')], 'non-tax 3015 / 8552 = 35.26% → 35.3%')
S.rel('sum', C, [F(NQ, '1,755萬元'), F(NQ, '157,252萬元'), F(NQ, '141,252萬元'), F(NQ, '300,259萬元')], 'transfers 1755 + 157252 + 141252 = 300259萬')
S.rel('sum', C, [F(NQ, '9,900萬元'), F(NQ, '17,118萬元'), F(NQ, '27,018萬元')], 'bonds 9900 + 17118 = 27018萬')
S.rel('sum', C, [F(NQ, '102萬元'), F(NQ, '1,074萬元'), F(NQ, '1,176萬元')], 'funds brought in 102 + 1074 = 1176萬')
S.rel('sum', C, [nq_r2, F(NQ, '300,259萬元'), F(NQ, '27,018萬元'), F(NQ, '2,889萬元'), F(NQ, '1,176萬元'), F(NQ, '339,894萬元')], 'income total 8552 + 300259 + 27018 + 2889 + 1176 = 339894萬')
S.rel('sum', C, [F(NQ, '19,956萬元'), F(NQ, '39萬元'), F(NQ, '19,995萬元')], 'debt repayment 19956 + 39 = 19995萬')
S.rel('sum', C, [nq_e, F(NQ, '4,345萬元'), F(NQ, '19,995萬元'), F(NQ, '1,809萬元'), F(NQ, '328,658萬元')], 'spending total 302509 + 4345 + 19995 + 1809 = 328658萬')
S.rel('restatement', C, [nq_r, nq_r2], 'revenue 8552萬 in the summary = in the balance')
S.rel('restatement', C, [F(NQ, '302,509萬元', n=0), nq_e], 'spending 302509萬 in the summary = in the balance')
S.rel('target', M, [nq_r, F(NQ, '100%')], 'revenue 8552萬 “占調整預算的100%”: adjusted budget met')
S.rel('growth', U, [F(NQ, '10,066萬元'), F(NQ, '9.7%')], 'like-for-like +9.7%: last year’s like-for-like revenue is not stated')

# ---- 宁县 2024 budget adjustment
a_g = F(NA, '37300万元', n=0); a_e = F(NA, '63960万元'); a_s = F(NA, '26660万元', n=0)
S.rel('sum', C, [a_g, a_s, a_e], '宁县 2024: goal 37300 + 超收 26660 = expected 63960万')
S.rel('share', C, [a_e, F(NA, '37300万元', n=1), F(NA, '171.47%')], '63960 / 37300 = 171.47%')
S.rel('sum', C, [F(NA, '37300万元', n=2), F(NA, '177552万元'), F(NA, '20053万元'), F(NA, '234905万元')], 'approved county resources 37300 + 177552 + 20053 = 234905万')
S.rel('sum', C, [F(NA, '234905万元'), F(NA, '24810万元'), F(NA, '259715万元')], '234905 + net increase 24810 = 259715万')
S.rel('sum', C, [F(NA, '26660万元', n=1), F(NA, '1567万元'), F(NA, '2794万元'), F(NA, '14万元'), F(NA, '41万元'), F(NA, '13637元'), F(NA, '2636万元'), F(NA, '47349万元')], 'increases 26660 + 1567 + 2794 + 14 + 41 + 13637 + 2636 = 47349万 (the bond item is printed “13637元”; the sum holds only in 万元: a unit slip in the text)')
S.rel('restatement', C, [a_g, F(NA, '37300万元', n=1), F(NA, '37300万元', n=2)], 'the revenue goal 37300万 three times')
S.rel('restatement', C, [a_s, F(NA, '26660万元', n=1)], '超收 26660万 twice')
S.rel('target', M, [a_g, a_e], 'revenue goal 37300万 against the expected 63960万 (预计, January 2025): met (171.47%)')
S.rel('growth', U, [a_e, F(NA, '85.46%')], '+85.46% on last year’s final accounts: last year’s revenue is not stated')
S.rel('sum', U, [F(NA, '24810万元'), F(NA, '47349万元')], 'net increase 24810 = increases 47349 − decreases; the decreases (22539) are outside the excerpt; nothing to check here')
S.rel('share', U, [F(NA, '378476万元'), F(NA, '259715万元')], 'all available resources 378476 and the county level 259715: a part; the rest is not stated')

# ---- 宁夏 1949-2018 essay
n_a = F(N70, '3279倍', n=0); n_b = F(N70, '3279倍', n=1)
S.rel('growth', C, [F(N70, '1.13亿元', n=1), F(N70, '3705.18亿元', n=1), n_b], '1.13 → 3705.18: ratio 3278.9, i.e. 增长3277.9倍; with the half unit of 1.13 (1.125–1.135) the ratio is 3264–3293, so “增长了3279倍” (ratio 3280) is within the allowance')
S.rel('restatement', C, [n_a, n_b], 'abstract and body: 增长了3279倍')
S.rel('restatement', C, [F(N70, '13亿元', pre='达到', n=0), F(N70, '13亿元', pre='达到', n=1)], 'abstract and body: 1978 GDP 13亿')
S.rel('growth', U, [F(N70, '1.13亿元', n=1), F(N70, '3705.18亿元', n=1), F(N70, '9.6%', n=1)], '年均递增9.6% is real growth (comparable prices); the nominal levels give 12.4% a year: nominal vs real, no contradiction')
S.rel('growth', U, [F(N70, '13亿元', pre='达到', n=1), F(N70, '9.5%')], '1949–1978 年均增长9.5% (real) against 1.13 → 13 nominal (8.8% a year): nominal vs real; no relation')
S.rel('rate', U, [F(N70, '54094元', n=1), F(N70, '8175美元', n=1)], '54094元 = 8175美元: the exchange rate (6.62) is not stated')

# ---- 柴达木 livestock
c_80 = F(CD, '155.15万只')
S.rel('growth', I, [c_80, F(CD, '5.4倍'), F(CD, '5.9%', n=0)], 'REAL discrepancy: 1980 herd “比1950年增长5.4倍” (ratio 6.4) over 30 years is 6.4% a year (6.35–6.45 → 6.36–6.41%), not “平均年增5.9%”; even reading 5.4倍 as the ratio gives 5.8%')
S.rel('growth', C, [c_80, F(CD, '194.88万只'), F(CD, '25.6%')], '2002 herd 194.88 vs 1980 155.15: +25.61% → 25.6%')
S.rel('restatement', C, [F(CD, '194.88万头'), F(CD, '194.88万只')], '2002 herd 194.88万 in both paragraphs')
S.rel('rate', U, [F(CD, '5.7%'), F(CD, '5.9%', n=1), F(CD, '5.9%', n=0)], 'large animals +5.7% a year and sheep +5.9% against the whole herd’s 5.9%: the weights are not stated')
S.rel('growth', U, [F(CD, '12.1%'), F(CD, '5.9%', n=0)], '1950–1966 +12.1% a year and 1950–1980 +5.9% a year: other periods; no contradiction')
S.rel('restatement', U, [F(CD, '57.07%'), F(CD, '56%')], 'herding’s share of farm output 57.07% (1985) and 56% (2002): other years')
S.rel('share', U, [F(CD, '208.19万头'), F(CD, '343.88万')], 'herd 208.19万 (1985) against a carrying capacity of 343.88万 head units: other units; no share stated')

# ---- 农六师 2006 (traditional)
b_p = F(B6, '29.56萬人')
S.rel('share', C, [F(B6, '15.49萬人'), b_p, F(B6, '52.4%')], 'males 15.49 / 29.56 = 52.40%')
S.rel('share', C, [F(B6, '27.21萬人'), b_p, F(B6, '92%')], 'Han 27.21 / 29.56 = 92.05% → 92%')
S.rel('share', C, [F(B6, '17.39萬人'), b_p, F(B6, '58.8%')], 'agricultural population 17.39 / 29.56 = 58.83% → 58.8%')
S.rel('share', C, [F(B6, '1.63萬人'), b_p, F(B6, '5.5%')], 'floating population 1.63 / 29.56 = 5.51% → 5.5%')
S.rel('share', I, [F(B6, '25.10萬人'), b_p, F(B6, '89.4%')], 'REAL discrepancy: farm/ranch population 25.10 “占總人口89.4%”, but 25.10 / 29.56 = 84.91%; 89.4 looks like 84.9 with two digits swapped')
S.rel('share', C, [F(B6, '7.39萬人', pre='團部人口'), F(B6, '25.10萬人'), F(B6, '29.4%')], 'living at regiment seats 7.39 / 25.10 = 29.44% → 29.4%')
S.rel('rate', C, [b_p, F(B6, '9.98萬戶'), F(B6, '2.96人')], '29.56萬 people / 9.98萬 households = 2.962 → 戶均2.96人')
S.rel('share', C, [F(B6, '8.37萬戶'), F(B6, '9.98萬戶'), F(B6, '83.9%')], 'farm/ranch households 8.37 / 9.98 = 83.87% → 83.9%')
S.rel('share', C, [F(B6, '5.21萬戶'), F(B6, '9.98萬戶'), F(B6, '52.2%')], 'farming households 5.21 / 9.98 = 52.20%')
S.rel('share', U, [F(B6, '0.29萬戶'), F(B6, '9.98萬戶'), F(B6, '5.6%')], 'herding households 0.29 “占5.6%”: the base is not written; of all households it would be 2.9%, of farming households (5.21) 5.57%; keyed as an unstated base, not as an error')
S.rel('rate', C, [F(B6, '1596人'), b_p, F(B6, '5.4‰')], 'births 1596 / 295600 = 5.40‰')
S.rel('restatement', C, [F(B6, '30萬人', n=0), F(B6, '30萬人', n=1)], '常駐人口30萬人 twice')
S.rel('restatement', U, [F(B6, '30萬人', n=0), b_p], '“常駐人口30萬人” (a round description) and the 2006 total population 29.56萬: other indicator and date; no check')
S.rel('share', U, [F(B6, '710平方公里'), F(B6, '8324平方公里')], '五家渠 city 710 km² within the division’s 8324 km²: a part; no share stated')

# ---- further traps
S.rel('share', U, [F(Z, '78.62万亩'), F(Z, '91.87万亩')], '子洲: grain area 78.62 within all sown area 91.87万亩: no share is stated')
S.rel('growth', U, [z1, F(Z, '3.8%'), F(Z, '37.42亿元'), F(Z, '4.5%')], 'primary-sector value added +3.8% and farm gross output +4.5%: other indicators (value added vs gross output); no contradiction')
S.rel('sum', U, [F(T, '977.05亿元'), F(T, '1308.61亿元')], '天水: 68 preparatory projects (估算977.05亿) and 132 building projects (1308.61亿) are listed apart; no total of the two is stated')
S.rel('share', U, [F(T, '1308.61亿元'), t_p], 'total investment 1308.61亿 and this year’s plan 331.94亿: different aggregates; no share is stated')
S.rel('restatement', U, [F(X16, '80%'), F(X16, '75.45%')], '新疆 2016: livelihood projects “80%以上” and all projects 75.45%: other groupings; no relation')
S.rel('rate', U, [F(X7, '65.8%'), F(X7, '46.8%'), F(X7, '45.37%'), F(X7, '48.9%')], 'progress by type (65.8 / 46.8 / 45.37%) and of continuing projects (48.9%): the overall rate is not stated; nothing to rebuild it against')
S.rel('sum', U, [F(Y, '3个'), F(Y, '2个'), F(Y, '18个', n=0)], '银川: 3 preparatory and 2 preliminary projects are listed apart from the 18 building projects; not parts of them')
S.rel('share', U, [F(NC, '70%'), F(NC, '46%')], 'counties: 70% of the area, 46% of the population: other indicators')
S.rel('growth', U, [F(X0, '1000千瓦时'), F(X0, '182.98亿千瓦时')], '新疆 1949 “发电装机总容量不足1000千瓦时” (capacity, unit as printed) and 2000 generation 182.98亿千瓦时 (“比1952年增长3658倍”): other indicators and base years; nothing to check')
S.rel('rate', U, [F(H, '31962元'), F(H, '7.1%'), F(H, '11627元'), F(H, '9.3%')], '海东 urban +7.1% and rural +9.3% incomes: the all-resident figure is not stated; nothing to rebuild')
S.rel('sum', U, [F(H, '51181人'), F(H, '2.1万名')], '51181 relocated people (十三五, cumulative) and 21000 lifted out of poverty in 2019: other groups and periods')
S.rel('restatement', U, [F(QJ, '408个'), F(QJ, '400个')], '青海: 408 poor villages with hardened roads and the task for 400 exiting villages: other sets; close numbers, no relation')
S.rel('restatement', U, [F(X14, '44.5%'), F(X14, '37.4%')], '新疆 2014: “電力、熱力生產和供應業增長44.5%” (industry branch) and “電力…增長37.4%” (key monitored industry): other scope of the same-named indicator')
S.rel('restatement', U, [F(X14, '44%'), F(X14, '30%')], 'nonferrous smelting +44% (branch) and nonferrous industry +30% (monitored industry): other scope')
S.rel('share', U, [F(B6, '17.39萬人'), F(B6, '58.8%'), F(B6, '5.21萬戶'), F(B6, '52.2%')], '農六師: agricultural population 58.8% (people) and farming households 52.2% (households): other units; no contradiction')
S.rel('growth', U, [F(B6, '5.4‰'), F(B6, '1.5‰')], 'birth rate 5.4‰ and natural growth 1.5‰: the death rate (3.9‰) is not stated; nothing to check')
S.rel('growth', U, [x_c, F(X16, '87.29亿元'), F(X7, '1321.69亿元'), F(X7, '189.78亿元')], 'cross-document: 2016 Jan–Sep 2263.42 (+87.29 on the previous Jan–Sep) and the other text’s Jan–Jul 1321.69 + 189.78 = 1511.47: other period and (unwritten) year; no relation')

# ---- cross-document traps
S.rel('target', U, [F(X16, '60个'), F(X14, '51項')], 'cross-document: 新疆’s 2016 goal of 60 new starts against 51 new starts in 2014: other year; unrelated')
S.rel('target', U, [a_g, nq_r], 'cross-document: 宁县’s 2024 revenue goal (37300万) against 寧強縣’s 2023 revenue (8552萬): other county and year; unrelated')
S.rel('share', U, [n_g, F(N70, '3705.18亿元', n=1), F(NC, '45.45%')], 'cross-document: county GDP 2055.31 (2021) is 45.45% of the 2021 region total, not of the 2018 region GDP 3705.18 (55.5%): other year')
S.rel('restatement', U, [F(Y, '18个', n=0), F(ZW, '5个')], 'cross-document: 18 autonomous-region key projects in 银川 (2019) and 5 in 中卫 (2023): other city and year')
S.rel('growth', U, [F(X0, '1061.29亿元'), F(X14, '2026.38億元')], 'cross-document: industrial output 2000 (1061.29亿) and heavy-industry value added Q1–Q3 2014 (2026.38億): other indicator and period')
S.rel('share', U, [F(CD, '155.15万只'), F(Q91, '二千三百一十八点八万头')], 'cross-document: 柴达木 herd 1980 and 青海 province herd 1990: other area and year; no share')

# ---- altered copies: each changes one figure; the relations it breaks become inconsistent in the copy
def A(src, n, lst_or_lists, fig, new, what, whys):
    a = ALT(src, n, fig, new, what)
    for figs, kind, why in zip(lst_or_lists, [k for k, _ in whys], [w for _, w in whys]):
        S.rel(kind, I, R(a, figs, fig, new), why)
A(Z, 1, [sh_z4], F(Z, '46.2%'), '48.2%', 'non-public share 46.2% → 48.2%', [('share', 'altered: 45.46 / 98.38 = 46.2%, not 48.2% (breaks {B})')])
A(Z, 2, [sum_z2], F(Z, '6.76亿元'), '6.16亿元', 'animal husbandry 6.76 → 6.16亿', [('sum', 'altered: 29.24 + 0.34 + 6.16 + 0.04 + 1.04 = 36.82, not 37.42 (breaks {B})')])
A(T, 1, [[F(T, '97.89亿元'), F(T, '178.52亿元'), F(T, '54.83%')]], F(T, '54.83%'), '57.83%', 'continuing projects’ progress 54.83% → 57.83%', [('share', 'altered: 97.89 / 178.52 = 54.83%, not 57.83% (breaks {B})')])
A(T, 2, [[t_n, F(T, '68个', pre='预备项目'), F(T, '200个')]], F(T, '200个'), '206个', 'projects in all 200 → 206', [('sum', 'altered: 132 + 68 = 200, not 206 (breaks {B})')])
A(X16, 1, [gr_x], F(X16, '87.29亿元'), '57.29亿元', 'increase over last year 87.29 → 57.29亿', [('growth', 'altered: 57.29 / 2206.13 = 2.60%, outside 增长4% (3.5–4.5) (breaks {B})')])
A(X16, 2, [sum_x2], x_nc, '383.39亿元', 'new projects’ investment 323.39 → 383.39亿', [('sum', 'altered: 1940.03 + 383.39 = 2323.42, not 2263.42 (breaks {B})')])
A(X7, 1, [m_n], F(X7, '478.26亿元'), '472.26亿元', 'industrial projects 478.26 → 472.26亿', [('sum', 'altered: 416.6 + 616.61 + 472.26 = 1505.47, but continuing + new = 1511.47 (breaks {B})')])
A(X7, 2, [[F(X7, '47个'), F(X7, '60个'), F(X7, '78.3%')]], F(X7, '78.3%'), '73.3%', 'new-start rate 78.3% → 73.3%', [('share', 'altered: 47 / 60 = 78.3%, not 73.3% (breaks {B})')])
A(ZW, 1, [[F(ZW, '53个'), F(ZW, '60个'), F(ZW, '88.3%')]], F(ZW, '53个'), '58个', 'started projects 53 → 58', [('share', 'altered: 58 / 60 = 96.7%, not 88.3% (breaks {B})')])
A(ZW, 2, [[F(ZW, '100万千瓦'), F(ZW, '200万千瓦'), F(ZW, '300万千瓦')]], F(ZW, '200万千瓦'), '280万千瓦', 'phase 2 200 → 280万千瓦', [('sum', 'altered: 100 + 280 = 380, not 300万千瓦 (breaks {B})')])
A(Y, 1, [[y_c, y_p, F(Y, '26.4%')]], F(Y, '26.4%'), '28.4%', 'progress 26.4% → 28.4%', [('share', 'altered: 37.1 / 140.3 = 26.4%, not 28.4% (breaks {B})')])
A(NC, 1, [[n_l, n_g, F(NC, '45.45%'), F(NC, '14.13%')]], F(NC, '14.13%'), '14.73%', '灵武 share of the region 14.13% → 14.73%', [('share', 'altered: 639.04 / (2055.31 / 45.45%) = 14.13%, not 14.73% (breaks {B})')])
A(NC, 2, [[n_l, n_g, F(NC, '31.09%')]], F(NC, '31.09%'), '37.09%', '灵武 share of the counties 31.09% → 37.09%', [('share', 'altered: 639.04 / 2055.31 = 31.09%, not 37.09% (breaks {B})')])
A(X0, 1, [[F(X0, '1061.29亿元'), F(X0, '384倍'), F(X0, '12.4%')]], F(X0, '12.4%'), '15.4%', 'average growth since 1949 12.4% → 15.4%', [('growth', 'altered: ratio 385 over 51 years is 12.4% a year, not 15.4% (breaks {B})')])
A(X0, 2, [[F(X0, '1061.29亿元'), F(X0, '9倍', pre='增长'), F(X0, '11.1%')]], F(X0, '11.1%'), '13.1%', 'average growth since 1978 11.1% → 13.1%', [('growth', 'altered: ratio 10 (9.5–10.5) over 22 years is 10.8–11.3% a year, not 13.1% (breaks {B})')])
A(Q91, 1, [[F(Q91, '八百多万亩', n=0), F(Q91, '八百八十七点四五万亩')]], F(Q91, '八百八十七点四五万亩'), '七百八十七点四五万亩', 'fenced pasture 887.45 → 787.45万亩 (body)', [('restatement', 'altered: the body’s 787.45万亩 is below the headline’s “八百多万亩” (breaks {B})')])
A(Q91, 2, [[F(Q91, '百分之三十八', n=0), F(Q91, '百分之三十八', n=1)]], F(Q91, '百分之三十八', n=1), '百分之二十八', 'settled households 38% → 28% (body)', [('restatement', 'altered: headline 38%, body 28% (breaks {B})')])
A(QJ, 1, [[F(QJ, '3500公里'), F(QJ, '7099公里'), F(QJ, '67980公里'), q_l]], F(QJ, '67980公里'), '67380公里', 'class-3 roads 67980 → 67380 km', [('sum', 'altered: 3500 + 7099 + 67380 = 77979, not 78579 (breaks {B})')])
A(QJ, 2, [[q_t, q_b]], q_t, '383.36亿元', 'headline investment 388.36 → 383.36亿', [('restatement', 'altered: headline 383.36亿, body 388.36亿 (breaks {B})')])
A(X14, 1, [[F(X14, '26個'), F(X14, '40個'), F(X14, '65%')]], F(X14, '26個'), '28個', 'branches that grew 26 → 28', [('share', 'altered: 28 / 40 = 70%, not 65% (breaks {B})')])
A(NQ, 1, [[F(NQ, '1,755萬元'), F(NQ, '157,252萬元'), F(NQ, '141,252萬元'), F(NQ, '300,259萬元')]], F(NQ, '157,252萬元'), '151,252萬元', 'general transfers 157252 → 151252萬', [('sum', 'altered: 1755 + 151252 + 141252 = 294259, not 300259 (breaks {B})')])
A(NQ, 2, [[nq_e, F(NQ, '4,345萬元'), F(NQ, '19,995萬元'), F(NQ, '1,809萬元'), F(NQ, '328,658萬元')]], F(NQ, '4,345萬元'), '4,845萬元', 'remittances 4345 → 4845萬', [('sum', 'altered: 302509 + 4845 + 19995 + 1809 = 329158, not 328658 (breaks {B})')])
A(NQ, 3, [[F(NQ, '3,015萬元'), nq_r, F(NQ, '35.3%')]], F(NQ, '35.3%'), '38.3%', 'non-tax share 35.3% → 38.3%', [('share', 'altered: 3015 / 8552 = 35.3%, not 38.3% (breaks {B})')])
A(NA, 1, [[F(NA, '37300万元', n=2), F(NA, '177552万元'), F(NA, '20053万元'), F(NA, '234905万元')]], F(NA, '177552万元'), '171552万元', 'provincial/city grants 177552 → 171552万', [('sum', 'altered: 37300 + 171552 + 20053 = 228905, not 234905 (breaks {B})')])
A(NA, 2, [[a_e, F(NA, '37300万元', n=1), F(NA, '171.47%')]], F(NA, '171.47%'), '177.47%', 'completion 171.47% → 177.47%', [('share', 'altered: 63960 / 37300 = 171.47%, not 177.47% (breaks {B})')])
A(N70, 1, [[F(N70, '1.13亿元', n=1), F(N70, '3705.18亿元', n=1), n_b]], F(N70, '3705.18亿元', n=1), '3785.18亿元', '2018 GDP in the body 3705.18 → 3785.18亿', [('growth', 'altered: 3785.18 / 1.13 = 3350 (3335–3365 with the half unit), not the ratio 3280 of “增长了3279倍” (breaks {B})')])
A(N70, 2, [[F(N70, '13亿元', pre='达到', n=0), F(N70, '13亿元', pre='达到', n=1)]], F(N70, '13亿元', pre='达到', n=0), '18亿元', '1978 GDP in the abstract 13 → 18亿', [('restatement', 'altered: abstract 18亿, body 13亿 (breaks {B})')])
A(CD, 1, [[c_80, F(CD, '194.88万只'), F(CD, '25.6%')]], F(CD, '25.6%'), '28.6%', 'growth 1980–2002 25.6% → 28.6%', [('growth', 'altered: 194.88 / 155.15 = +25.6%, not 28.6% (breaks {B})')])
A(CD, 2, [[F(CD, '194.88万头'), F(CD, '194.88万只')]], F(CD, '194.88万头'), '184.88万头', '2002 herd in the first paragraph 194.88 → 184.88万', [('restatement', 'altered: 184.88万 in the first paragraph, 194.88万 in the second (breaks {B})')])
A(B6, 1, [[F(B6, '15.49萬人'), b_p, F(B6, '52.4%')]], F(B6, '52.4%'), '57.4%', 'male share 52.4% → 57.4%', [('share', 'altered: 15.49 / 29.56 = 52.4%, not 57.4% (breaks {B})')])
A(B6, 2, [[F(B6, '7.39萬人', pre='團部人口'), F(B6, '25.10萬人'), F(B6, '29.4%')]], F(B6, '7.39萬人', pre='團部人口'), '7.89萬人', 'regiment-seat population 7.39 → 7.89萬', [('share', 'altered: 7.89 / 25.10 = 31.4%, not 29.4% (breaks {B})')])
A(B6, 3, [[b_p, F(B6, '9.98萬戶'), F(B6, '2.96人')]], F(B6, '2.96人'), '2.66人', 'persons per household 2.96 → 2.66', [('rate', 'altered: 29.56 / 9.98 = 2.96, not 2.66 (breaks {B})')])

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

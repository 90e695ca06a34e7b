"""Check key, set check-heldout174. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout174.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout174'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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



QA='qxn_2019m5.txt'; QB='qxn_2019m6_hant.txt'; G15='gz_2015ys.txt'; G17='gz_2017ys.txt'; WC='wc_2017_hant.txt'; DQ16='dq_2016q3_hant.txt'
DQ18='dq_2018.txt'; LZ='lz_2017m10.txt'; CX='cx_2016_hant.txt'; KM14='km_2014h1.txt'; KM23='km_2023_hant.txt'; CQ16='cq_2016h1_hant.txt'
CQ21='cq_2021h1.txt'; YB='yb_2021q3_hant.txt'; GZ18='gzz_2018_hant.txt'; GZ16='gzz_2016q1.txt'; XZ18='xz_2018.txt'
import re
def row(label, n=0):
    # one row of the 昆明 2014 table: (count in the label, 年度计划, 上半年完成, 完成进度); the cells are found by position, not by value
    t = S.read(KM14); m = list(re.finditer(re.escape(label) + r'\s+(\d+)\s+(\d+)\s+(\d+)', t))[n]
    c = re.search(r'\((\d+) 项\)', m.group(0))
    return [L(KM14, c.group(1) + ' 项', m.start() + c.start(1))] + [L(KM14, m.group(i), m.start(i)) for i in (1, 2, 3)]
def L(doc, text, s):
    # anchor grown to the left only (the table's short numbers recur to their right)
    t = S.read(doc); a = s
    while True:
        anc = t[a:s + len(text)]
        if anc.count(text) > 1: raise SystemExit(f'{doc}: cannot anchor {text} at {s}')
        if t.count(anc) == 1: return (doc, text, anc)
        a -= 1
def RK(a, figs, old, new):
    # R for the table: same positions in the altered copy, left-grown anchors
    return [L(a, new if f == old else f[1], S.read(KM14).index(f[2]) + f[2].index(f[1])) for f in figs]

# ---- 黔西南州 易地扶贫搬迁: progress report of 2019-06-03 and completion news of 2019-06-20
a_18 = F(QA, '156297人'); a_tot = F(QA, '338506人'); a_p = F(QA, '46%')
sh_a = [a_18, a_tot, a_p]
S.rel('share', C, sh_a, '2018 batch 156297 / 十三五 total 338506 = 46.2% → 46%')
su_a = [F(QA, '182209人'), a_18, a_tot]
S.rel('sum', C, su_a, '2016–2017 182209 + 2018 156297 = 338506, the 十三五 total')
a_in = F(QA, '127551人'); a_p2 = F(QA, '82%')
sh_a2 = [a_in, a_18, a_p2]
S.rel('share', C, sh_a2, 'moved in by 30 May 127551 / the 2018 task 156297 = 81.6% → 82%')
su_a2 = [a_18, a_in, F(QA, '28746人')]
S.rel('sum', C, su_a2, 'remaining 156297 − 127551 = 28746')
S.rel('share', U, [F(QA, '36799套'), a_18], 'houses 36799 against people 156297: other units; no people-per-house figure is stated')
b_18 = F(QB, '156297人'); b_tot = F(QB, '338506人'); b_tot2 = F(QB, '338506人', n=1)
S.rel('target', M, [F(QA, '338506人', pre='6月底前完成全州'), b_tot], 'goal in the 2019-06-03 report: all 338506 moved in by end-June 2019 → the 2019-06-20 news: done on 20 June ("提前完成"): met (across documents)')
rs_b = [a_18, b_18]
S.rel('restatement', C, rs_b, '2018 batch 156297 people in both reports (across documents)')
S.rel('restatement', C, [a_tot, b_tot], '十三五 total 338506 in both reports (across documents)')
S.rel('restatement', C, [b_tot, b_tot2], '338506 twice in the 2019-06-20 news')
S.rel('sum', U, [a_in, b_18], '127551 moved in by 30 May against 156297 by 20 June: the same batch at two dates (other period), no split stated')

# ---- 贵州省 易地扶贫搬迁: project start of 2015-12 and the 2017 task
p1 = F(G15, '2.63万人'); p2 = F(G15, '2.63万人', n=1)
rs_p = [p1, p2]
S.rel('restatement', C, rs_p, '2.63万人 in the lead and again in the closing paragraph')
h1 = F(G15, '6011户'); h2 = F(G15, '6011户', n=1)
rs_h = [h1, h2]
S.rel('restatement', C, rs_h, '6011户 twice')
S.rel('restatement', C, [F(G15, '16亿元'), F(G15, '16亿元', n=1)], '总投资16亿元 twice')
g142 = F(G15, '142万人')
S.rel('sum', U, [p1, g142], 'the 14 projects starting now (2.63万) against the 十三五 task 142万: one batch inside a five-year task, no split')
S.rel('share', U, [F(G15, '623万人'), F(G15, '91.2%')], '91.2% of the 623万 poor live in the three contiguous areas: their number (568万) is not printed')
t1 = F(G17, '75万人'); t2 = F(G17, '超过75万人'); t3 = F(G17, '75.2万人')
rs_t = [t1, t3]
S.rel('restatement', C, rs_t, 'headline 75万 ← the task 75.2万 (rounded)')
S.rel('restatement', C, [t2, t3], '"涉及人口超过75万人" ← 75.2万')
S.rel('sum', U, [F(G17, '66万人'), t3], '66万 建档立卡 poor are a part ("其中") of 75.2万; the rest is not stated (subset, no split)')
g167 = F(G17, '1.67倍')
S.rel('growth', U, [t3, g167], '"今年的搬迁任务是去年的1.67倍": the 2016 task is not printed (75.2 / 1.67 = 45.0万): unstated base')
S.rel('growth', U, [p1, g167], 'the 2015-12 batch of 14 projects (2.63万) is not the 2016 task: other scope (across documents)')
S.rel('sum', U, [g142, t3], 'the 十三五 task 142万 (2015 news) against the 2017 task 75.2万: one year against a five-year plan (other period; the plan was later enlarged), no check (across documents)')

# ---- a county of 广元 (四川), 2017 relocation
w_plan = F(WC, '6829人'); w_in = F(WC, '6829人', n=1); w_r1 = F(WC, '171.8%'); w_r2 = F(WC, '100%')
sh_w1 = [w_in, F(WC, '3974人'), w_r1]
S.rel('share', C, sh_w1, 'people moved in 6829 / provincial plan 3974 = 171.8%')
sh_w2 = [w_in, w_plan, w_r2]
S.rel('share', C, sh_w2, '6829 / county plan 6829 = 100%')
S.rel('share', U, [F(WC, '1856戶', n=1), F(WC, '1085戶'), w_r1], 'by households 1856 / 1085 = 171.1%, not 171.8%: the printed rate is by people (other indicator)')
S.rel('sum', U, [F(WC, '1085戶'), F(WC, '1856戶')], 'the provincial batch 1085户 is a part ("其中") of the county plan 1856户; the county-only rest is not printed')

# ---- 迪庆州: Jan-Sep 2016 investment and key projects; 2018 plan
d_all = F(DQ16, '301項(xiàng)'); d_st = F(DQ16, '250項(xiàng)')
sh_d = [d_st, d_all, F(DQ16, '83.1%')]
S.rel('share', C, sh_d, '250 / 301 = 83.06% → 83.1%')
d_r = F(DQ16, '20%', n=1)
ra_d = [F(DQ16, '112億元'), F(DQ16, '47.7%'), F(DQ16, '31億元'), F(DQ16, '5.0%'), F(DQ16, '46億元'), F(DQ16, '5.5%'), d_r]
S.rel('rate', C, ra_d, '州 rate rebuilt from its three county-level units (香格里拉市, 德钦县, 维西县): last year 112/1.477 + 31/0.950 + 46/0.945 = 157.1, this year 189 → +20.3%, 20% as printed')
S.rel('target', U, [F(DQ16, '112億元'), F(DQ16, '69.1%')], 'progress at end-September against the year\'s target (the target itself is not printed): not the year\'s result')
S.rel('sum', U, [F(DQ16, '21項(xiàng)'), F(DQ16, '18項(xiàng)'), F(DQ16, '35項(xiàng)'), F(DQ16, '25項(xiàng)'), F(DQ16, '45項(xiàng)'), F(DQ16, '37項(xiàng)'), d_st],
      'the sectors after "其中" add to 181 of the 250 started: the list is partial (市场基础设施 and others follow), not a split')
S.rel('sum', U, [F(DQ16, '50.3億元'), F(DQ16, '14.97億元'), F(DQ16, '16.49億元'), F(DQ16, '4.05億元'), F(DQ16, '8.18億元'), F(DQ16, '21.1億元'), F(DQ16, '126.1億元')],
      'the listed sectors invested 115.09 of 126.1: partial list, not a split')
su_dq = [F(DQ18, '69项'), F(DQ18, '100项'), F(DQ18, '169项')]
S.rel('sum', C, su_dq, '新建 69 + 续建 100 = 169 key projects')
S.rel('restatement', U, [d_all, F(DQ18, '169项')], '州 key projects: 301 in 2016, 169 in 2018: same indicator, other year (across documents)')
S.rel('growth', U, [d_r, F(DQ18, '15.5%')], 'investment +20% (Jan-Sep 2016, 规模以上) and +15.5% (2017): other period (across documents)')

# ---- 林芝市 Jan-Oct 2017 key projects
l_t = F(LZ, '161.0亿'); l_x = F(LZ, '161.0亿元')
rs_l = [l_t, l_x]
S.rel('restatement', C, rs_l, 'headline 161.0亿 = text 161.0亿元')
l_tg = F(LZ, '185亿元')
sh_l = [l_x, l_tg, F(LZ, '87%')]
S.rel('share', C, sh_l, '161.0 / 185 = 87.0%')
l_m = F(LZ, '52.1亿元'); l_mp = F(LZ, '79.6亿元'); l_r = F(LZ, '108.9亿元'); l_rp = F(LZ, '110.6亿元')
sh_lm = [l_m, l_mp, F(LZ, '65.4%')]
S.rel('share', C, sh_lm, '52.1 / 79.6 = 65.45% → 65.4 (half-unit range 65.35–65.56)')
sh_lr = [l_r, l_rp, F(LZ, '98.5%')]
S.rel('share', C, sh_lr, '108.9 / 110.6 = 98.46% → 98.5%')
su_l = [l_m, l_r, l_x]
S.rel('sum', C, su_l, '市管 52.1 + 区管 108.9 = 161.0')
S.rel('sum', U, [l_mp, l_rp, l_tg], '79.6 + 110.6 = 190.2 ≠ 185: 185 is the 年度目标任务, the two others are 全年计划投资 (different bases), not a split')
sh_lp = [F(LZ, '554个'), F(LZ, '37个'), F(LZ, '15个'), F(LZ, '102.6%')]
S.rel('share', C, sh_lp, 'started 554 + 37 = 591 = plan + 15 → plan 576; 591 / 576 = 102.6%')
S.rel('growth', U, [F(LZ, '14.3%'), F(XZ18, '13%以上', n=2)], '林芝 rural income Jan-Oct 2017 +14.3% against 西藏 rural income 2018 +13%以上: other place and period (across documents)')

# ---- 楚雄 essay (traditional): GDP comparisons
c1 = [F(CX, '249.24億元'), F(CX, '69.05億元'), F(CX, '3.61倍')]
S.rel('share', C, c1, '1978: 249.24 / 69.05 = 3.610')
c2 = [F(CX, '7199.95億元'), F(CX, '1793.09億元'), F(CX, '4.02倍')]
S.rel('share', C, c2, '1990: 7199.95 / 1793.09 = 4.015 → 4.02')
c3 = [F(CX, '40903.34億元'), F(CX, '7220.14億元'), F(CX, '5.67倍')]
S.rel('share', C, c3, '2000: 40903.34 / 7220.14 = 5.665 → 5.67')
c4 = [F(CX, '76086.17億元'), F(CX, '14869.95億元'), F(CX, '5.12倍')]
S.rel('share', C, c4, '2016: 76086.17 / 14869.95 = 5.117 → 5.12')
c5 = [F(CX, '3160.29億元'), F(CX, '323.64億元'), F(CX, '9.76倍')]
S.rel('share', C, c5, '昆山 3160.29 / 楚雄市 323.64 = 9.765 → 9.76')
S.rel('sum', I, [F(CX, '15475.09億元'), F(CX, '14869.95億元'), F(CX, '1757.21億元')],
      'real error: 苏州 15475.09 − 云南 14869.95 (both 2016, as the text prints them) = 605.14, not 1757.21; 1757.21 is 15475.09 − 13717.88, Yunnan\'s 2015 GDP, which the text does not print')
S.rel('sum', U, [F(CX, '847.12億元'), F(CX, '323.64億元')], '县级楚雄市 is inside 楚雄州: nested scopes, no split stated')

# ---- 昆明市 H1 2014 key-project table
ag, tr, mu, ec, so, pk, s1 = row('农业基础设施(9 项)'), row('综合交通(19 项)'), row('市政设施(9 项)'), row('生态环保(19 项)'), row('社会事业及民生保障(15 项)'), row('园区基础设施(19 项)'), row('小计(90 项)')
ai, ind, co, cu, en, s2 = row('农业产业发展(3 项)'), row('工业发展(43 项)'), row('商贸流通(22 项)'), row('文化旅游(17 项)'), row('能源(5 项)'), row('小计(90 项)', 1)
infra = [ag, tr, mu, ec, so, pk]; indus = [ai, ind, co, cu, en]
S.rel('sum', C, [r[0] for r in infra] + [s1[0]], 'infrastructure projects 9 + 19 + 9 + 19 + 15 + 19 = 90')
su_k1 = [r[1] for r in infra] + [s1[1]]
S.rel('sum', C, su_k1, 'infrastructure plan 9 + 176 + 41 + 29 + 60 + 34 = 349')
su_k2 = [r[2] for r in infra] + [s1[2]]
S.rel('sum', C, su_k2, 'infrastructure done 5 + 55 + 10 + 14 + 42 + 20 = 146 against 145: within the half-units of six whole-亿 cells (±3)')
S.rel('share', C, [s1[2], s1[1], s1[3]], 'infrastructure progress 145 / 349 = 41.5% → 42')
S.rel('sum', C, [r[0] for r in indus] + [s2[0]], 'industry projects 3 + 43 + 22 + 17 + 5 = 90')
S.rel('sum', C, [r[1] for r in indus] + [s2[1]], 'industry plan 17 + 139 + 120 + 104 + 46 = 426')
S.rel('sum', C, [r[2] for r in indus] + [s2[2]], 'industry done 5 + 64 + 28 + 33 + 14 = 144 against 146: near edge, within the five cells\' half-units (±2.5) and 146\'s own (±0.5)')
sh_k2 = [s2[2], s2[1], s2[3]]
S.rel('share', C, sh_k2, 'industry progress 146 / 426 = 34.3% → 34')
S.rel('share', C, [tr[2], tr[1], tr[3]], '综合交通 55 / 176 = 31.25% → 31')
sh_so = [so[2], so[1], so[3]]
S.rel('share', C, sh_so, '社会事业 42 / 60 = 70.0% against 69: 41.5 / 60.5 = 68.6% reaches 69 (near edge)')
S.rel('share', C, [ind[2], ind[1], ind[3]], '工业发展 64 / 139 = 46.0% → 46')
S.rel('share', I, [cu[2], cu[1], cu[3]], 'real error (near edge): 文化旅游 33 / 104 = 31.7%, at most 33.5 / 103.5 = 32.4% with the half-units, printed 33')
S.rel('restatement', U, [s1[0], s2[0]], 'both 小计 are 90 projects: two different groups (infrastructure, industry), not one figure restated')

# ---- 昆明市 2023 key-project plan (traditional)
k_t = F(KM23, '900個'); k_1 = F(KM23, '900個', n=1); k_2 = F(KM23, '900個', n=2)
rs_k = [k_t, k_1]
S.rel('restatement', C, rs_k, 'headline 900 = lead 900')
S.rel('restatement', C, [F(KM23, '110個'), F(KM23, '110個', n=1)], '重中之重 110 twice')
f_ag = [F(KM23, '76個'), F(KM23, '32個', pre='在建項目'), F(KM23, '38個'), F(KM23, '6個', pre='前期項目')]
S.rel('sum', C, f_ag[1:] + f_ag[:1], '農林水利 32 + 38 + 6 = 76')
S.rel('sum', C, [F(KM23, '24個'), F(KM23, '19個'), F(KM23, '11個'), F(KM23, '54個')], '綜合交通 24 + 19 + 11 = 54')
S.rel('sum', C, [F(KM23, '21個'), F(KM23, '15個', pre='新開工項目'), F(KM23, '3個', pre='前期項目'), F(KM23, '39個')], '能源 21 + 15 + 3 = 39')
f_ur = [F(KM23, '45個'), F(KM23, '32個', pre='新開工項目'), F(KM23, '8個', pre='前期項目'), F(KM23, '85個')]
S.rel('sum', C, f_ur, '城市建設 45 + 32 + 8 = 85')
S.rel('sum', C, [F(KM23, '15個', pre='在建項目'), F(KM23, '15個', pre='新開工項目', n=1), F(KM23, '6個', pre='前期項'), F(KM23, '36個')], '生態環保 15 + 15 + 6 = 36 (printed "前期項6個")')
S.rel('sum', U, [f_ag[0], F(KM23, '54個'), F(KM23, '39個'), f_ur[3], F(KM23, '36個'), k_2], 'five of the eight fields: 290 of 900 (工业和信息化, 商贸服务, 社会事业 follow): partial list')

# ---- 重庆市 H1 2016 industry (traditional)
sh_c1 = [F(CQ16, '10150億元'), F(CQ16, '10888億元'), F(CQ16, '93.2%')]
S.rel('share', C, sh_c1, 'manufacturing 10150 / 10888 = 93.2%')
sh_c2 = [F(CQ16, '246種'), F(CQ16, '384種'), F(CQ16, '64%')]
S.rel('share', C, sh_c2, '246 of 384 products grew: 64.1% → 64%')
r1 = F(CQ16, '10.2%'); r3 = F(CQ16, '10.2%', n=2)
rs_c = [r1, r3]
S.rel('restatement', C, rs_c, 'value added +10.2% in the abstract and in point two')
S.rel('restatement', C, [F(CQ16, '23.5%'), F(CQ16, '23.5%', n=2)], 'profits Jan-May +23.5% in the abstract and in point four')
S.rel('growth', U, [r3, F(CQ16, '4.2個百分點')], '4.2 points above the national average, which is not printed (unstated base)')
S.rel('growth', U, [F(CQ16, '9.4%'), r3], 'gross output +9.4% against value added +10.2%: other indicator')
S.rel('rate', U, [F(CQ16, '6%', pre='利潤率'), F(CQ16, '0.8個百分點')], 'margin 6%, up 0.8 point: last year\'s margin is not printed (unstated base)')

# ---- 重庆市 H1 2021
g_t = F(CQ21, '12.8%'); g_x = F(CQ21, '12.8%', n=1)
S.rel('restatement', C, [g_t, g_x], 'headline +12.8% = text +12.8%')
sh_q = [F(CQ21, '23267元'), F(CQ21, '9093元'), F(CQ21, '2.56')]
S.rel('share', C, sh_q, 'urban 23267 / rural 9093 = 2.559 → 2.56')
q_inv = F(CQ21, '9.3%')
gr_q = [F(CQ21, '53.9%'), q_inv, F(CQ21, '44.6个百分点')]
S.rel('growth', C, gr_q, '53.9 − 9.3 = 44.6 points')
sh_q2 = [F(CQ21, '3.9个百分点'), q_inv, F(CQ21, '41.9%')]
S.rel('share', C, sh_q2, 'contribution 3.9 points of 9.3 = 41.9%')
S.rel('rate', U, [F(CQ21, '13.1%'), F(CQ21, '12.1%'), F(CQ21, '13.8%')], 'all residents +13.1% lies between urban +12.1% and rural +13.8%, but the population weights are not stated')
S.rel('growth', U, [g_x, F(CQ21, '6.6%')], 'the two-year average 6.6% implies an H1 2020 rate that is not printed (unstated base)')
S.rel('sum', U, [F(CQ21, '8个'), F(CQ21, '5个')], '8 new 百亿 projects, 5 more than last year: last year\'s count is not printed')

# ---- 宜宾市 Q1-3 2021 (traditional)
su_y = [F(YB, '286.78億元'), F(YB, '1022.79億元'), F(YB, '869億元'), F(YB, '2178.57億元')]
S.rel('sum', C, su_y, '286.78 + 1022.79 + 869 = 2178.57')
S.rel('rate', U, [F(YB, '10.3%'), F(YB, '7.8%'), F(YB, '10.3%', n=1), F(YB, '11.2%')], 'GDP +10.3% from sector rates needs last year\'s real levels; the printed levels are current prices (nominal vs real): no check')
S.rel('growth', U, [F(YB, '10.3%'), F(YB, '6.7%')], 'two-year average 6.7%: the 2020 rate is not printed (unstated base)')

# ---- 甘孜州 2018 (traditional) and Q1 2016
S.rel('target', M, [F(GZ18, '9%'), F(GZ18, '1.5個百分點')], 'GDP +9%, "超目標任務1.5個百分點" (goal 7.5%): met')
S.rel('target', M, [F(GZ18, '13%'), F(GZ18, '5個百分點', pre='任務(wù)')], 'investment +13%, 5 points above the goal (8%): met')
S.rel('sum', U, [F(GZ18, '2個', pre='景區(qū)'), F(GZ18, '11個'), F(GZ18, '26個')], '4A 2 + 3A 11 = 13 built this year; 26 is the stock of all A-level sites: other scope, no split')
rs_g = [F(GZ18, '19.58億元'), F(GZ18, '19.58', n=1)]
S.rel('restatement', C, rs_g, '19.58億 invested, quoted again as "19.58"')
su_g1 = [F(GZ16, '3.12亿元'), F(GZ16, '13.66亿元'), F(GZ16, '14.20亿元'), F(GZ16, '30.98亿元')]
S.rel('sum', C, su_g1, '3.12 + 13.66 + 14.20 = 30.98')
g_c = [F(GZ16, '2.5%'), F(GZ16, '57.4%'), F(GZ16, '40.1%')]
S.rel('sum', C, g_c, 'contribution shares 2.5 + 57.4 + 40.1 = 100')
g_gdp = F(GZ16, '11.3%')
S.rel('sum', C, [F(GZ16, '0.3个百分点', n=1), F(GZ16, '6.5个百分点'), F(GZ16, '4.5个百分点'), g_gdp], 'pulls 0.3 + 6.5 + 4.5 = 11.3 points = GDP growth')
sh_g2 = [g_c[1], g_gdp, F(GZ16, '6.5个百分点')]
S.rel('share', C, sh_g2, 'secondary pull = contribution × growth: 57.4% × 11.3 = 6.49 → 6.5')
S.rel('share', C, [F(GZ16, '41.8%'), g_gdp, F(GZ16, '4.7个百分点')], 'industry: 41.8% × 11.3 = 4.72 → 4.7')
gr_g = [F(GZ16, '8688公顷'), F(GZ16, '38公顷'), F(GZ16, '0.4%')]
S.rel('growth', C, gr_g, 'sown area 38 / (8688 − 38) = 0.44% → 0.4%')
S.rel('growth', U, [g_gdp, F(GZ16, '4个百分点')], '4 points faster than Q1 2015, whose rate is not printed (unstated base)')
S.rel('restatement', U, [F(GZ16, '2.7%'), F(GZ16, '2.7%', n=1)], 'primary industry 3.12亿 +2.7% and 农林牧渔业增加值 3.26亿 +2.7%: two indicators (the latter includes farm services), same rate by coincidence')
S.rel('sum', U, [F(GZ16, '8.61亿元'), F(GZ16, '13.66亿元')], 'industry 8.61 is inside the secondary sector 13.66 (construction, the rest, is not printed)')
S.rel('growth', U, [g_gdp, F(GZ18, '9%')], '甘孜 GDP +11.3% (Q1 2016) and +9% (2018): other periods (across documents)')

# ---- 西藏 2018 results, 2019 income goal
x_g = F(XZ18, '13%以上'); x_g2 = F(XZ18, '13%以上', n=1)
rs_x = [x_g, x_g2]
S.rel('restatement', C, rs_x, 'the 2019 goal for herders\' income 13%以上 in the headline and the lead')
S.rel('target', U, [x_g2, F(XZ18, '13%以上', n=2)], 'the 2019 goal against the 2018 rural result 13%以上: other period (a goal is not checked against the year before)')
S.rel('target', U, [F(XZ18, '10%左右'), F(XZ18, '10%', pre='分别增长')], '2018 GDP "10%左右" is an estimate of the result (no goal is printed), and 10% is urban income: other indicator')

# ---- further traps and targets
S.rel('share', U, [a_in, a_tot, a_p2], '82% is of the 2018 task (156297), not of the 十三五 total 338506 (127551 / 338506 = 37.7%): other base')
S.rel('target', M, [F(QA, '28746人'), b_18], 'the remaining 28746 were to move in by end-June; the 2019-06-20 news: the whole 2018 batch of 156297 moved in: met (across documents)')
S.rel('share', U, [F(G15, '89%'), p2], '89% of the people come from whole-village moves: the count (2.34万) is not printed (unstated base)')
S.rel('sum', U, [g142, a_tot], '贵州\'s 十三五 task 142万 (2015 plan) and 黔西南\'s 338506: a prefecture inside the province, and the provincial plan was later enlarged: no split (across documents)')
S.rel('sum', U, [t3, F(QA, '182209人')], '贵州\'s 2017 task 75.2万 and 黔西南\'s 2016–2017 moves 182209: nested scope and other period (across documents)')
S.rel('rate', U, [F(G17, '451亿元'), t3, F(G15, '16亿元'), p1], 'investment per person (451亿 / 75.2万 ≈ 6.0万; 16亿 / 2.63万 ≈ 6.1万) is printed in neither text: no check (across documents)')
S.rel('target', U, [F(DQ16, '31億元'), F(DQ16, '50%')], '德钦 at 50% of its year target by September (target not printed): progress, not a result')
S.rel('rate', U, [F(DQ16, '54.9%'), F(DQ16, '57.2%'), F(DQ16, '45.2%'), F(DQ16, '36.2%'), F(DQ16, '42.8%'), F(DQ16, '74.4%'), F(DQ16, '52.1%')],
      'overall progress 52.1% against the sector rates: the sector plans (weights) are not printed and the list is partial')
S.rel('sum', U, [F(DQ16, '5項(xiàng)'), F(DQ16, '4項(xiàng)'), F(DQ16, '3項(xiàng)'), F(DQ16, '6項(xiàng)'), F(DQ16, '12項(xiàng)'), F(DQ16, '7項(xiàng)', pre='未開復(fù)工'), d_all, d_st],
      'not started 301 − 250 = 51; the listed sectors give 37: partial list')
S.rel('sum', U, [l_x, F(LZ, '199亿元')], 'key-project investment 161.0 and 全社会固定资产投资 199 are different measures (and periods to date): no split')
S.rel('target', U, [l_x, l_tg], 'investment to end-October against the year\'s target 185: progress (87%), not the year\'s result')
S.rel('share', U, [F(CX, '4300.43億元'), F(CX, '847.12億元'), F(CX, '14869.95億元')], '昆明 and 楚雄州 inside 云南: their shares are not printed')
S.rel('share', U, [F(CX, '15475.09億元'), F(CX, '76086.17億元')], '苏州 inside 江苏: share not printed (nested scope)')
S.rel('target', U, [s1[2], s1[1]], 'half-year progress 145 against the year plan 349: not the year\'s result')
S.rel('share', U, [F(KM23, '908.4億元'), F(KM23, '1831.25億元')], 'the 110 top projects\' 2023 plan 908.4 within 1831.25: no share is printed')
S.rel('sum', U, [F(KM23, '7項'), F(KM23, '110個', n=1)], '7 top projects in 農林水利 are a part of the 110: the other fields\' counts are not printed')
S.rel('growth', U, [F(CQ16, '23.5%', n=2), F(CQ16, '17.1個百分點')], 'profits 17.1 points above the national rate, which is not printed')
S.rel('rate', U, [F(CQ16, '12.3%'), F(CQ16, '0.2個百分點')], 'asset contribution rate 12.3%, up 0.2 point: last year\'s rate is not printed')
S.rel('growth', U, [F(CQ21, '4.7%'), F(CQ21, '7.0个百分点')], 'investment two-year average 4.7%, 7.0 points faster than in Q1, whose rate is not printed')
S.rel('growth', U, [F(CQ21, '53.9%'), F(CQ21, '6.2倍')], 'new 百亿 projects at 6.2 times last year and all 百亿 projects +53.9%: subset and unstated base')
S.rel('growth', U, [F(GZ16, '19.3%'), F(GZ16, '18.3个百分点')], 'industry +19.3%, 18.3 points faster than Q1 2015, whose rate is not printed')
S.rel('sum', U, [F(GZ16, '179.45亿元'), F(GZ16, '552.45亿元')], 'household deposits are a part of all deposits; the rest is not printed')
S.rel('growth', U, [F(GZ16, '10.5%'), F(GZ18, '13%')], '甘孜 investment −10.5% (Q1 2016) and +13% (2018): other periods (across documents)')
S.rel('restatement', U, [F(YB, '10.3%'), F(YB, '10.3%', n=1)], 'GDP +10.3% and secondary industry +10.3%: the same number for two indicators, not a restatement')
S.rel('restatement', U, [F(WC, '1856套'), F(WC, '1856戶', n=1)], '1856 houses built or bought and 1856 households moved in: the same number for two indicators (houses, households), not a restatement')
S.rel('restatement', U, [F(DQ16, '126.1億元'), F(DQ18, '170.5亿元')], '州 key projects: 126.1亿 invested by August 2016 and 170.5亿 planned for 2018: other year and measure (across documents)')

# ================= altered copies: each changes one figure so that the named original relation breaks
a = ALT(QA, 1, a_p, '48%', '2018 share of the 十三五 task 46% → 48%')
S.rel('share', I, R(a, sh_a, a_p, '48%'), 'altered: 156297 / 338506 = 46.2%, not 48% (breaks {B})')
a = ALT(QA, 2, su_a[0], '182299人', '2016-2017 people 182209 → 182299')
S.rel('sum', I, R(a, su_a, su_a[0], '182299人'), 'altered: 182299 + 156297 = 338596, not 338506 (breaks {B})')
a = ALT(QA, 3, su_a2[2], '28716人', 'remaining 28746 → 28716')
S.rel('sum', I, R(a, su_a2, su_a2[2], '28716人'), 'altered: 156297 − 127551 = 28746, not 28716 (breaks {B})')
a = ALT(QB, 1, b_18, '156927人', '2018 batch in the completion news 156297 → 156927')
S.rel('restatement', I, R(a, rs_b, b_18, '156927人'), 'altered (across documents): 156297 in the progress report, 156927 in the completion news (breaks {B})')
a = ALT(G15, 1, p2, '2.83万人', 'people in the closing paragraph 2.63万 → 2.83万')
S.rel('restatement', I, R(a, rs_p, p2, '2.83万人'), 'altered: 2.63万 in the lead, 2.83万 in the closing paragraph (breaks {B})')
a = ALT(G15, 2, h2, '6071户', 'households in the closing paragraph 6011 → 6071')
S.rel('restatement', I, R(a, rs_h, h2, '6071户'), 'altered: 6011户 in the lead, 6071户 later (breaks {B})')
a = ALT(G17, 1, t1, '73万人', 'headline 75万 → 73万')
S.rel('restatement', I, R(a, rs_t, t1, '73万人'), 'altered: headline 73万 against the task 75.2万 (breaks {B})')
a = ALT(WC, 1, sh_w1[1], '3914人', 'provincial plan (people) 3974 → 3914')
S.rel('share', I, R(a, sh_w1, sh_w1[1], '3914人'), 'altered: 6829 / 3914 = 174.5%, not 171.8% (breaks {B})')
a = ALT(WC, 2, w_plan, '6859人', 'county plan (people) 6829 → 6859')
S.rel('share', I, R(a, sh_w2, w_plan, '6859人'), 'altered: 6829 / 6859 = 99.6%, not 100% (breaks {B})')
a = ALT(DQ16, 1, sh_d[2], '88.1%', 'start rate 83.1% → 88.1%')
S.rel('share', I, R(a, sh_d, sh_d[2], '88.1%'), 'altered: 250 / 301 = 83.1%, not 88.1% (breaks {B})')
a = ALT(DQ16, 2, ra_d[4], '40億元', '维西县 investment 46 → 40億')
S.rel('rate', I, R(a, ra_d, ra_d[4], '40億元'), 'altered: last year 75.8 + 32.6 + 42.3 = 150.8, this year 183 → +21.4%, not 20% (breaks {B})')
a = ALT(DQ18, 1, su_dq[1], '106项', '续建 projects 100 → 106')
S.rel('sum', I, R(a, su_dq, su_dq[1], '106项'), 'altered: 69 + 106 = 175, not 169 (breaks {B})')
a = ALT(LZ, 1, l_m, '58.1亿元', '市管 investment 52.1 → 58.1')
S.rel('share', I, R(a, sh_lm, l_m, '58.1亿元'), 'altered: 58.1 / 79.6 = 73.0%, not 65.4% (breaks {B})')
S.rel('sum', I, R(a, su_l, l_m, '58.1亿元'), 'altered: 58.1 + 108.9 = 167.0, not 161.0 (breaks {B})')
a = ALT(LZ, 2, sh_l[2], '81%', 'share of the year target 87% → 81%')
S.rel('share', I, R(a, sh_l, sh_l[2], '81%'), 'altered: 161.0 / 185 = 87.0%, not 81% (breaks {B})')
a = ALT(LZ, 3, l_t, '164.0亿', 'headline 161.0亿 → 164.0亿')
S.rel('restatement', I, R(a, rs_l, l_t, '164.0亿'), 'altered: headline 164.0亿, text 161.0亿元 (breaks {B})')
a = ALT(CX, 1, c1[2], '3.81倍', '1978 ratio 3.61 → 3.81')
S.rel('share', I, R(a, c1, c1[2], '3.81倍'), 'altered: 249.24 / 69.05 = 3.61, not 3.81 (breaks {B})')
a = ALT(CX, 2, c2[1], '1743.09億元', '1990 Yunnan GDP 1793.09 → 1743.09')
S.rel('share', I, R(a, c2, c2[1], '1743.09億元'), 'altered: 7199.95 / 1743.09 = 4.13, not 4.02 (breaks {B})')
a = ALT(CX, 3, c5[1], '328.64億元', '楚雄市 GDP 323.64 → 328.64')
S.rel('share', I, R(a, c5, c5[1], '328.64億元'), 'altered: 3160.29 / 328.64 = 9.62, not 9.76 (breaks {B})')
a = ALT(KM14, 1, tr[1], '179', '综合交通 plan 176 → 179')
S.rel('sum', I, RK(a, su_k1, tr[1], '179'), 'altered: 9 + 179 + 41 + 29 + 60 + 34 = 352, not 349 (breaks {B})')
a = ALT(KM14, 2, so[2], '47', '社会事业 done 42 → 47')
S.rel('sum', I, RK(a, su_k2, so[2], '47'), 'altered: 5 + 55 + 10 + 14 + 47 + 20 = 151, beyond 145 + 3.5 (breaks {B})')
S.rel('share', I, RK(a, sh_so, so[2], '47'), 'altered: 47 / 60 = 78.3%, not 69 (breaks {B})')
a = ALT(KM14, 3, s2[3], '39', 'industry progress 34 → 39')
S.rel('share', I, RK(a, sh_k2, s2[3], '39'), 'altered: 146 / 426 = 34.3%, not 39 (breaks {B})')
a = ALT(KM23, 1, f_ag[2], '33個', '農林水利 new starts 38 → 33')
S.rel('sum', I, R(a, f_ag[1:] + f_ag[:1], f_ag[2], '33個'), 'altered: 32 + 33 + 6 = 71, not 76 (breaks {B})')
a = ALT(KM23, 2, f_ur[3], '88個', '城市建設 projects 85 → 88')
S.rel('sum', I, R(a, f_ur, f_ur[3], '88個'), 'altered: 45 + 32 + 8 = 85, not 88 (breaks {B})')
a = ALT(KM23, 3, k_t, '960個', 'headline 900 → 960')
S.rel('restatement', I, R(a, rs_k, k_t, '960個'), 'altered: headline 960, text 900 (breaks {B})')
a = ALT(CQ16, 1, sh_c1[2], '95.2%', 'manufacturing share 93.2% → 95.2%')
S.rel('share', I, R(a, sh_c1, sh_c1[2], '95.2%'), 'altered: 10150 / 10888 = 93.2%, not 95.2% (breaks {B})')
a = ALT(CQ16, 2, sh_c2[0], '216種', 'products that grew 246 → 216')
S.rel('share', I, R(a, sh_c2, sh_c2[0], '216種'), 'altered: 216 / 384 = 56.3%, not 64% (breaks {B})')
a = ALT(CQ16, 3, r3, '10.6%', 'value added in point two 10.2% → 10.6%')
S.rel('restatement', I, R(a, rs_c, r3, '10.6%'), 'altered: +10.2% in the abstract, +10.6% in point two (breaks {B})')
a = ALT(CQ21, 1, sh_q[1], '9893元', 'rural income 9093 → 9893')
S.rel('share', I, R(a, sh_q, sh_q[1], '9893元'), 'altered: 23267 / 9893 = 2.35, not 2.56 (breaks {B})')
a = ALT(CQ21, 2, gr_q[2], '41.6个百分点', 'margin over all investment 44.6 → 41.6 points')
S.rel('growth', I, R(a, gr_q, gr_q[2], '41.6个百分点'), 'altered: 53.9 − 9.3 = 44.6, not 41.6 (breaks {B})')
a = ALT(CQ21, 3, sh_q2[2], '47.9%', 'contribution 41.9% → 47.9%')
S.rel('share', I, R(a, sh_q2, sh_q2[2], '47.9%'), 'altered: 3.9 / 9.3 = 41.9%, not 47.9% (breaks {B})')
a = ALT(YB, 1, su_y[1], '1072.79億元', 'secondary industry 1022.79 → 1072.79')
S.rel('sum', I, R(a, su_y, su_y[1], '1072.79億元'), 'altered: 286.78 + 1072.79 + 869 = 2228.57, not 2178.57 (breaks {B})')
a = ALT(GZ18, 1, rs_g[0], '19.38億元', 'investment 19.58億 → 19.38億')
S.rel('restatement', I, R(a, rs_g, rs_g[0], '19.38億元'), 'altered: 19.38億 in the report quote, "19.58" in the member\'s remark (breaks {B})')
a = ALT(GZ16, 1, su_g1[1], '13.86亿元', 'secondary industry 13.66 → 13.86')
S.rel('sum', I, R(a, su_g1, su_g1[1], '13.86亿元'), 'altered: 3.12 + 13.86 + 14.20 = 31.18, not 30.98 (breaks {B})')
a = ALT(GZ16, 2, g_c[1], '51.4%', 'secondary contribution 57.4% → 51.4%')
S.rel('sum', I, R(a, g_c, g_c[1], '51.4%'), 'altered: 2.5 + 51.4 + 40.1 = 94.0, not 100 (breaks {B})')
S.rel('share', I, R(a, sh_g2, g_c[1], '51.4%'), 'altered: 51.4% × 11.3 = 5.8, not the 6.5 points printed (breaks {B})')
a = ALT(GZ16, 3, gr_g[1], '88公顷', 'sown-area increase 38 → 88 hectares')
S.rel('growth', I, R(a, gr_g, gr_g[1], '88公顷'), 'altered: 88 / 8600 = 1.0%, not 0.4% (breaks {B})')
a = ALT(XZ18, 1, x_g2, '18%以上', '2019 goal in the lead 13% → 18%')
S.rel('restatement', I, R(a, rs_x, x_g2, '18%以上'), 'altered: headline 13%以上, lead 18%以上 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

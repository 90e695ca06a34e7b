"""Check key, set check-heldout159. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout159.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout159'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

N1='nm_2024m1.txt'; N10='nm_2024m10.txt'; XA='xam_2020m5.txt'; NQ='nm_2024q1.txt'; N25='nm_2025q1.txt'; NH='nm_h1_hant.txt'
N12='nm_2012q1.txt'; XT6='xt_2016h1_hant.txt'; XT8='xt_2018h1.txt'; GS='hb_2016gs.txt'; HI='hb_2023h1inv.txt'; B17='bj_2017m5.txt'
BS='bj_2025s_hant.txt'; BR='bj_2026r.txt'; BG='bj_2025g.txt'; T25='tj_2025.txt'; T26='tj_2026r.txt'; HL='hlbe_1960.txt'

# ---- 内蒙古 fiscal revenue, January 2024 (and its leagues/cities)
a_tot = F(N1, '366.2亿元'); a_tax = F(N1, '253.6亿元'); a_non = F(N1, '112.6亿元')
a_d = F(N1, '75.7亿元'); a_dt = F(N1, '114.3亿元'); a_dn = F(N1, '38.6亿元')
sum_a = [a_tax, a_non, a_tot]; gr_a = [a_tot, a_d, F(N1, '17.1%')]; gr_at = [a_tax, a_dt, F(N1, '31.1%')]; gr_an = [a_non, a_dn, F(N1, '52.2%')]
a_eb = F(N1, '101.6亿元', pre='达到'); sh_a = [a_eb, a_tot, F(N1, '27.7%')]; df_a = [F(N1, '25.94亿元', pre='首月完成'), F(N1, '75.66亿元'), a_eb]
S.rel('sum', C, sum_a, '内蒙古 Jan 2024: taxes 253.6 + non-tax 112.6 = revenue 366.2亿')
S.rel('growth', C, gr_a, 'revenue 366.2, 减收75.7 (last January 441.9): 75.7 / 441.9 = 17.13% → 下降17.1%')
S.rel('growth', C, gr_at, 'taxes 253.6, 减收114.3: 114.3 / 367.9 = 31.07% → 下降31.1%')
S.rel('growth', C, gr_an, 'non-tax 112.6, 增收38.6: 38.6 / 74.0 = 52.16% → 增长52.2%')
S.rel('sum', C, [a_dt, a_dn, a_d], 'changes: −114.3 (taxes) + 38.6 (non-tax) = −75.7 (revenue)')
S.rel('share', C, sh_a, '鄂尔多斯 101.6 / 全区 366.2 = 27.74% → “独占全区财政份额的27.7%”')
S.rel('sum', C, df_a, '呼和浩特 25.94 “以75.66亿元的超大距离位列鄂尔多斯之后”: 25.94 + 75.66 = 101.6')
S.rel('sum', C, [F(N1, '19.0亿元', pre='包头实现财政收入'), F(N1, '0.68亿元'), F(N1, '19.68亿元', pre='锡林郭勒盟实现财政收入')], '锡林郭勒 19.68 “高出包头0.68亿元”: 19.0 + 0.68 = 19.68')
S.rel('sum', C, [F(N1, '13.13亿元'), F(N1, '1.91亿元'), F(N1, '15.04亿元')], '乌海 15.04 ahead of 呼伦贝尔 13.13 by 1.91: 13.13 + 1.91 = 15.04')
S.rel('growth', U, [a_tot, F(N1, '4.1%')], '“扣除上年缓税和清理耕地占用税两项一次性因素,增长4.1%”: the one-off amounts are not stated; nothing to check against −17.1%')
S.rel('growth', U, [F(N1, '20.2亿元', n=0), F(N1, '115.8%', n=1)], '通辽 20.2亿 +115.8%: last January (about 9.4) is not stated; nothing to check')
S.rel('sum', U, [F(N1, '101.6亿元', n=0), F(N1, '25.94亿元', n=0), F(N1, '20.2亿元', n=0), F(N1, '19.68亿元', n=0), F(N1, '19.0亿元', n=0), F(N1, '15.04亿元', n=0), F(N1, '13.13亿元', n=0), F(N1, '6.5亿元'), F(N1, '4.85亿元', n=0), a_tot],
      'the nine listed leagues/cities sum to 225.94, not 366.2: three are missing (数据暂缺) and region-level revenue is not split by league; not a split')

# ---- 内蒙古 leagues, January-October 2024
o_h = F(N10, '215.82亿元', pre='财政收入完成'); o_g = F(N10, '509.68亿元'); o_e = F(N10, '725.50亿元', pre='达到'); o_g9 = F(N10, '458.7亿元')
sum_o = [o_h, o_g, o_e]; sum_o9 = [F(N10, '192.10亿元'), o_g9, F(N10, '650.80亿元')]
S.rel('sum', C, sum_o, '1–10 2024: 呼和浩特 215.82 + gap 509.68 = 鄂尔多斯 725.50')
S.rel('sum', C, sum_o9, '1–9 2024: 呼和浩特 192.10 + gap 458.7 = 鄂尔多斯 650.80')
S.rel('growth', C, [o_g9, o_g], 'gap “较上个月的458.7亿元相比显然被逐月扩大”: 509.68 > 458.7')
S.rel('restatement', U, [F(N10, '8.6%', n=0), F(N10, '8.6%', n=1)], '呼和浩特 +8.6% for 1–9 and for 1–10: same number, other (cumulative) periods; October alone is not stated')
S.rel('sum', U, [F(N1, '101.6亿元', n=0), F(N10, '725.50亿元', n=0)], 'cross-document: 鄂尔多斯 January 101.6 within January–October 725.50: a part; the other months are not stated')
S.rel('restatement', U, [F(N1, '8.6%'), F(N10, '8.6%', n=1)], 'cross-document: 阿拉善 +8.6% (January) and 呼和浩特 +8.6% (1–10): same number, other place and period')

# ---- 兴安盟 league-level projects, January-May 2020
x_n = F(XA, '175项'); x_p = F(XA, '235.95亿元'); x_c = F(XA, '33.98亿元'); x_s = F(XA, '147项')
sum_x1 = [F(XA, '112项'), F(XA, '63项'), x_n]; sum_x2 = [F(XA, '1025.24亿元'), F(XA, '518.45亿元'), F(XA, '1543.69亿元')]
sum_x3 = [F(XA, '171.22亿元'), F(XA, '64.73亿元'), x_p]; sh_x1 = [x_s, x_n, F(XA, '84%')]; sh_x2 = [x_c, x_p, F(XA, '14.4%')]
sum_x4 = [F(XA, '108项'), F(XA, '39项'), x_s]; sh_x3 = [F(XA, '108项'), F(XA, '112项'), F(XA, '96.43%')]; sh_x4 = [F(XA, '39项'), F(XA, '63项'), F(XA, '61.9%')]
sum_x5 = [F(XA, '25.17亿元'), F(XA, '8.81亿元'), x_c]
S.rel('sum', C, sum_x1, '兴安盟 2020: 112 continuing + 63 new = 175 projects')
S.rel('sum', C, sum_x3, 'annual plan 171.22 + 64.73 = 235.95亿')
S.rel('share', C, sh_x1, '147 started / 175 = 84.0% → 开复工率84%')
S.rel('share', C, sh_x2, '33.98 / 235.95 = 14.40% → 14.4% of the annual plan')
S.rel('sum', C, sum_x4, '108 resumed + 39 started = 147')
S.rel('share', C, sh_x3, '108 / 112 = 96.43%')
S.rel('sum', C, sum_x5, 'investment 25.17 + 8.81 = 33.98亿')
S.rel('target', CT, [x_p, x_c], 'annual plan 235.95亿 against 33.98亿 by the end of May: the year is not over; cannot tell')
S.rel('growth', U, [F(XA, '84%'), F(XA, '80%')], '开复工率84%, “同比增长80%”: last year’s number of started projects is not stated (and “增长80%” of a rate is ambiguous); nothing to check')

# ---- 内蒙古 major projects Q1 2024
q_s = F(NQ, '2766个', n=2); q_p = F(NQ, '9158亿元'); q_c = F(NQ, '1918亿元')
sh_q1 = [q_s, F(NQ, '3095个'), F(NQ, '89.4%', n=2)]; sh_q2 = [q_c, q_p, F(NQ, '21%')]
S.rel('share', C, sh_q1, '内蒙古 Q1 2024: 2766 / 3095 = 89.37% → 开复工率89.4%')
S.rel('share', C, sh_q2, '1918 / 9158 = 20.94% → “完成了年度建设投资任务的21%”')
S.rel('restatement', C, [F(NQ, '2766个', n=0), q_s], '2766 started projects in the title and the body')
S.rel('target', CT, [q_p, q_c], 'annual plan 9158亿 against 1918亿 by the end of March: cannot tell')
S.rel('growth', U, [q_c, F(NQ, '53.8%')], '1918亿 +53.8%: last year’s Q1 is not stated; nothing to check')

# ---- 内蒙古 industrial key projects Q1 2025
sum_n1 = [F(N25, '756个'), F(N25, '642个'), F(N25, '1398个')]; sum_n2 = [F(N25, '1.26万亿元'), F(N25, '1.21万亿元'), F(N25, '2.47万亿元')]
n_p = F(N25, '6267.5亿元'); sum_n3 = [F(N25, '3430.3亿元'), F(N25, '2837.2亿元'), n_p]; sh_n = [F(N25, '1401.3亿元'), n_p, F(N25, '22.4%')]
S.rel('sum', C, sum_n1, '内蒙古 2025 industrial key projects: 756 new + 642 continuing = 1398')
S.rel('sum', C, sum_n2, 'total investment 1.26 + 1.21 = 2.47万亿')
S.rel('sum', C, sum_n3, 'planned 2025 investment 3430.3 + 2837.2 = 6267.5亿')
S.rel('share', C, sh_n, 'Q1 1401.3 / 6267.5 = 22.36% → 22.4% of the annual plan')
S.rel('target', CT, [n_p, F(N25, '1401.3亿元')], 'annual plan 6267.5亿 against 1401.3亿 in Q1: cannot tell')
S.rel('restatement', U, [F(N25, '4900亿元'), n_p], 'goal “工业领域重大项目投资达到4900亿元” and the 6267.5亿 planned for the 1398 industrial key projects: two aggregates of different scope; no relation')
S.rel('growth', U, [F(NQ, '21%'), F(N25, '22.4%'), F(N25, '5.1个百分点')], 'cross-document: 22.4 − 5.1 = 17.3 would be last year’s Q1 progress of industrial projects (亿元以上重大工业项目); 21% is Q1 2024 progress of all major projects: other scope, no contradiction')
S.rel('growth', U, [F(N25, '77.2%'), F(N25, '1.3个百分点')], '开复工率77.2%, “较上年同期上升1.3个百分点”: last year’s rate is not stated; nothing to check')

# ---- 内蒙古 industrial projects, January-June (traditional)
h_n = F(NH, '1028項'); h_w = F(NH, '589項'); h_e = F(NH, '439項'); h_i = F(NH, '2150.71億元'); h_iw = F(NH, '1362.78億元'); h_ie = F(NH, '787.93億元')
h_nn = F(NH, '479項'); h_nc = F(NH, '549項'); h_in = F(NH, '836億元'); h_ic = F(NH, '1314.71億元')
sum_h1 = [h_w, h_e, h_n]; sh_h1 = [h_w, h_n, F(NH, '57.3%')]; sh_h2 = [h_e, h_n, F(NH, '42.7%')]
sum_h2 = [h_iw, h_ie, h_i]; sh_h3 = [h_iw, h_i, F(NH, '63.4%')]; sh_h4 = [h_ie, h_i, F(NH, '36.6%')]
sum_h3 = [h_nn, h_nc, h_n]; sum_h4 = [h_in, h_ic, h_i]
sh_h5 = [F(NH, '101項'), F(NH, '98項'), F(NH, '81項'), h_nn, F(NH, '58%')]
sh_h6 = [F(NH, '179.55億元'), F(NH, '131.64億元'), F(NH, '115.63億元'), h_in, F(NH, '51%')]
sh_h7 = [F(NH, '94項'), F(NH, '74項'), F(NH, '70項'), h_nc, F(NH, '43%')]
sh_h8 = [F(NH, '313.23億元'), F(NH, '235.45億元'), F(NH, '199.39億元'), h_ic, F(NH, '57%')]
S.rel('sum', C, sum_h1, '内蒙古 H1: western 589 + eastern 439 = 1028 industrial projects')
S.rel('share', C, sh_h1, '589 / 1028 = 57.30% → 57.3%')
S.rel('sum', C, sum_h2, 'investment west 1362.78 + east 787.93 = 2150.71億')
S.rel('share', C, sh_h3, '1362.78 / 2150.71 = 63.36% → 63.4%')
S.rel('sum', C, sum_h3, 'new 479 + continuing 549 = 1028 projects')
S.rel('sum', C, sum_h4, 'investment new 836 + continuing 1314.71 = 2150.71億')
S.rel('share', C, sh_h5, 'new projects in 赤峰 101 + 包头 98 + 通辽 81 = 280 / 479 = 58.5% → “占全区的58%”')
S.rel('share', C, sh_h6, 'new-project investment 179.55 + 131.64 + 115.63 = 426.82 / 836 = 51.06% → 51%')
S.rel('share', C, sh_h8, 'continuing-project investment 313.23 + 235.45 + 199.39 = 748.07 / 1314.71 = 56.90% → 57%')
S.rel('share', U, [h_i, F(NH, '58.4%')], '2150.71億 = 58.4% of all industrial fixed investment: that total (about 3683) is not stated; nothing to check')
S.rel('target', CT, [h_n], '1028 projects “已超過年初計劃數”: the planned number is not stated; cannot tell')

# ---- 内蒙古 industrial key projects Q1 2012
k_c = F(N12, '108.79亿元', n=1); k_p = F(N12, '1678.64亿元'); k_c75 = F(N12, '75项', n=0); k_n75 = F(N12, '75项', n=1)
sh_k = [k_c, k_p, F(N12, '6.48%')]; sh_k2 = [F(N12, '17个'), k_n75, F(N12, '22.67%')]; sh_k3 = [F(N12, '47项'), k_c75, F(N12, '62.67%')]
S.rel('share', C, sh_k, '内蒙古 Q1 2012: 108.79 / 1678.64 = 6.48% of the annual plan')
S.rel('sum', C, [k_c75, k_n75, F(N12, '150项')], '75 continuing + 75 new = 150 projects')
S.rel('share', C, sh_k2, '17 of 75 new projects started = 22.67%')
S.rel('share', C, sh_k3, '47 of 75 continuing projects resumed = 62.67%')
S.rel('target', CT, [k_p, k_c], 'annual plan 1678.64亿 against 108.79亿 by March: cannot tell')

# ---- 邢台 key projects H1 2016 (traditional)
t_r = F(XT6, '60.81%'); gr_t1 = [t_r, F(XT6, '10.8個')]; sh_t = [F(XT6, '85個'), F(XT6, '86個'), F(XT6, '98.8%')]
gr_t2 = [F(XT6, '72.66%'), F(XT6, '11.9個'), t_r]
S.rel('growth', C, gr_t1, '邢台 city key projects at 60.81% of the annual plan, “超時間進度10.8個百分點”: 60.81 − 50 (half-year pace, not written) = 10.81')
S.rel('share', C, sh_t, '85 of 86 planned new projects started = 98.84% → 98.8%')
S.rel('growth', C, gr_t2, 'provincial key projects 72.66% “快于市重點項目11.9個百分點”: 72.66 − 60.81 = 11.85 → 11.9')
S.rel('share', C, [F(XT6, '9個'), F(XT6, '100%')], '“9個新項目全部開工建設,開工率100%”: 9 of 9')
S.rel('growth', U, [F(XT6, '98.8%'), F(XT6, '13.8個')], '開工率98.8%, “比去年提高13.8個百分點”: last year’s rate is not stated')
S.rel('target', CT, [F(XT6, '228.5億元'), t_r], 'city key projects 228.5億 = 60.81% of the annual plan by June: the year is not over; cannot tell')
S.rel('target', CT, [F(XT6, '57.4億元'), F(XT6, '72.66%')], 'provincial key projects in 邢台 57.4億 = 72.66% of the annual plan by June: cannot tell')

# ---- 邢台 public-budget spending H1 2018
gr_s = [F(XT8, '55.5%'), F(XT8, '13.2%'), F(XT8, '68.7个')]; sum_s2 = [F(XT8, '13个县'), F(XT8, '7个县'), F(XT8, '20个县')]
S.rel('growth', C, gr_s, '邢台 H1 2018 county spending: highest +55.5% and lowest −13.2%, “高低相差68.7个百分点”: 55.5 + 13.2 = 68.7')
S.rel('sum', C, [F(XT8, '5个市'), F(XT8, '6个市'), F(XT8, '11个设区市')], '11 cities: 5 above and 6 below the provincial average')
S.rel('sum', C, sum_s2, '20 counties: 13 above and 7 below the city average')
S.rel('sum', U, [F(XT8, '20.4亿元'), F(XT8, '10.1亿元'), F(XT8, '45.7亿元'), F(XT8, '32.2亿元'), F(XT8, '1.8亿元'), F(XT8, '41.6亿元'), F(XT8, '12.0亿元'), F(XT8, '217.99亿元')], 'the seven listed functions sum to 163.8 of 217.99: “其中” lists some functions only; not a split')
S.rel('growth', U, [F(XT8, '2.9%'), F(XT8, '5.2个百分点')], 'city spending +2.9%, “低于全省平均水平5.2个百分点”: the provincial rate (8.1) is not stated; nothing to check')
S.rel('restatement', U, [F(XT8, '5.2%'), F(XT8, '5.2个百分点')], 'culture spending −5.2% and the 5.2-point gap to the province: same number, other indicators')

# ---- 河北 高速公路管理局 H1 2016
g_c = F(GS, '46.81亿元', n=1); g_p = F(GS, '91.56亿元', n=0); g_r = F(GS, '51.1%', n=1)
sum_g = [F(GS, '22.6公里'), F(GS, '45.2公里'), F(GS, '53.5公里'), F(GS, '121.3公里')]
S.rel('share', C, [g_c, g_p, g_r], '河北 高管局 H1 2016: 46.81 / raised annual plan 91.56 = 51.12% → 51.1%')
S.rel('restatement', C, [F(GS, '51.1%', n=0), g_r], '51.1% in the headline and the body')
S.rel('sum', C, sum_g, 'new mileage of the year: 22.6 (荣乌, opened 20 June) + 45.2 (密涿) + 53.5 (邢衡) = 121.3 km “年底累计新增通车里程”')
S.rel('share', U, [g_c, F(GS, '71.5亿元'), g_r], 'against the original plan 71.5 the H1 figure would be 65.5%; the 51.1% is of the raised plan 91.56: other base, no contradiction')
S.rel('target', CT, [F(GS, '91.56亿元', n=1), g_c], 'annual task 91.56亿 against 46.81亿 by June: cannot tell')

# ---- 河北 investment H1 2023 (real discrepancy)
S.rel('restatement', I, [F(HI, '41.6%', n=0), F(HI, '28.8%')], 'REAL DISCREPANCY in the original: the lead says “高技术产业投资…增速达41.6%”, the body “高技术产业投资增长28.8%”; 41.6% is the body’s rate for 高技术制造业 only')
S.rel('rate', U, [F(HI, '28.8%'), F(HI, '41.6%', n=1), F(HI, '18.2%')], 'high-tech investment +28.8% from manufacturing +41.6% and services +18.2%: the weights are not stated (28.8 lies between them)')
S.rel('rate', U, [F(HI, '8.4%'), F(HI, '2.6%'), F(HI, '12.6%'), F(HI, '6.9%')], 'investment +8.4% from the three sectors’ rates: weights not stated')
S.rel('restatement', U, [F(HI, '12.6%'), F(HI, '12.7%')], 'secondary-industry investment +12.6% and industrial investment +12.7%: near numbers, other scope')
S.rel('growth', U, [F(HI, '12.7%'), F(HI, '12.5%')], 'technical-upgrade investment +12.5% within industrial investment +12.7%: a part')

# ---- 北京 industrial output by district, May and January-May 2017 (table, 万元)
def b(v): return F(B17, v, post=' |')
sum_b1 = [b('145171'), b('692978'), b('838149')]; sum_b2 = [b('664382'), b('4520063'), b('5184444')]
sum_b3 = [b('470912'), b('208297'), b('165664'), b('1517132'), b('2362005')]
sum_b4 = [b('2779208'), b('1105567'), b('944807'), b('6432309'), b('11261890')]
sum_b5 = [b('853935'), b('492289'), b('1253114'), b('814515'), b('3354343'), b('6768196')]
sum_b6 = [b('4519926'), b('2355877'), b('8419496'), b('3915846'), b('15745368'), b('34956514')]
sum_b7 = [b('529489'), b('2824855'), b('3354343')]; sum_b8 = [b('2621683'), b('13123685'), b('15745368')]
sum_b9 = [b('80496'), b('489343'), b('112520'), b('223952'), b('66119'), b('972430')]
sum_b10 = [b('838149'), b('2362005'), b('6768196'), b('972430'), b('2663423'), b('13604203')]
sum_b11 = [b('5184444'), b('11261890'), b('34956514'), b('5084474'), b('12142999'), b('68630320')]
S.rel('sum', C, sum_b1, '北京 May 2017: 东城 145171 + 西城 692978 = 核心区 838149万元')
S.rel('sum', C, sum_b3, 'May: 朝阳 + 丰台 + 石景山 + 海淀 = 2362005 = 拓展区')
S.rel('sum', C, sum_b5, 'May: 房山 + 通州 + 顺义 + 昌平 + 大兴及开发区 = 6768196 = 发展新区')
S.rel('sum', C, sum_b7, 'May: 大兴 529489 + 开发区 2824855 = 3354344 ≈ 3354343')
S.rel('sum', C, sum_b9, 'May: 门头沟 + 怀柔 + 平谷 + 密云 + 延庆 = 972430 = 生态涵养区')
S.rel('sum', C, sum_b10, 'May: four areas + 其他 2663423 = 13604203 = 全市')
S.rel('sum', C, sum_b11, 'Jan–May: four areas + 其他 = 68630321 ≈ 68630320')
S.rel('rate', C, [b('68630320'), F(B17, '4.4', pre='68630320 |\n'), b('5184444'), b('11261890'), b('34956514'), b('5084474'), b('12142999')], 'Jan–May +4.4%: last year’s levels rebuilt from the five parts’ levels and rates (1.1, 6.8, 2.7, 10.4, 6.0) give +4.35% (4.30–4.40 with half units): consistent')
S.rel('restatement', U, [F(B17, '4.4', pre='838149 |\n'), F(B17, '4.4', pre='68630320 |\n')], '核心区 May +4.4 and 全市 Jan–May +4.4: same number, other place and period')
S.rel('restatement', U, [F(B17, '24.0', n=0), F(B17, '24.0', n=1)], '大兴及开发区 +24.0 in May and in Jan–May: same number, other periods')

# ---- 北京 2025 economy (经济通, traditional), the 2026 report (期货日报) and the 2025 goal
e_y = F(BS, '52073.4億元'); e_p = [F(BS, '109.2億元'), F(BS, '7187.4億元'), F(BS, '44776.9億元')]; e_n = F(BS, '5%', pre='優於全國水平的增')
r_y0 = F(BR, '5.2万亿元', n=0); r_y = F(BR, '5.2万亿元', n=1); r_g0 = F(BR, '5.4%', n=0); r_g = F(BR, '5.4%', n=1); r_gap = F(BR, '0.4个百分点')
sum_e = e_p + [e_y]; gr_e = [r_g, r_gap, e_n]
S.rel('sum', C, sum_e, '北京 2025: 109.2 + 7187.4 + 44776.9 = 52073.5 ≈ 52073.4億')
S.rel('restatement', C, [e_y, F(BS, '5萬億元')], '52073.4億 “經濟總量突破5萬億元大關”: 52073.4 > 50000')
S.rel('restatement', C, [F(BS, '2.9%', n=0), F(BS, '2.9%', pre='，下降')], 'retail sales −2.9% in the summary line and the body')
S.rel('growth', C, gr_e, 'cross-document: 北京 +5.4% “高于全国0.4个百分点” (report) and the national +5% (经济通): 5.4 − 5 = 0.4')
S.rel('restatement', C, [e_y, r_y], 'cross-document: 2025 GDP 52073.4億 (statistics) and 5.2万亿 (report)')
S.rel('restatement', C, [F(BS, '5.4%'), r_g], 'cross-document: 2025 GDP growth 5.4% in both')
S.rel('restatement', C, [r_y0, r_y], 'report news: 5.2万亿 in the headline and the body')
rs_r = [r_g0, r_g]
S.rel('restatement', C, rs_r, 'report news: +5.4% in the headline and the body')
S.rel('target', M, [F(BG, '5%左右'), r_g], 'cross-document: 北京 2025 goal “地区生产总值增长 5%左右”; result +5.4% (report of January 2026) ≥ 4.5: met')
S.rel('rate', U, [F(BS, '2.9%', pre='，下降'), F(BS, '1.6%'), F(BS, '5.0%')], 'retail sales −2.9%, total consumption +1.6%, service consumption +5.0%: total consumption = goods + services, but the weights are not stated')
S.rel('growth', U, [F(BS, '10307.8萬平方米'), F(BS, '8.9%')], 'floor space under construction 10307.8 −8.9%: last year’s level is not stated')
S.rel('growth', U, [F(BR, '8.7%'), r_g], 'digital economy +8.7% against GDP +5.4%: its share is not stated; nothing to check')

# ---- 天津 2025 (statistics text) and the report of January 2026
j_m = F(T25, '4.9%'); j_s = F(T25, '5.4%', pre='全年增长')
gr_j1 = [j_m, F(T25, '0.7个'), F(T25, '5.3%'), F(T25, '1.1个')]; gr_j2 = [j_s, F(T25, '0.6个'), F(T25, '4.8%')]
gr_j3 = [F(T25, '18.6%'), F(T25, '13.2个'), j_s]; gr_j4 = [F(T25, '13.4%'), F(T25, '8.0个'), j_s]
S.rel('growth', C, gr_j1, '天津 2025: manufacturing 4.9 “快于全市规模以上工业0.7个百分点” and high-tech 5.3 “快于…1.1个百分点” both give industry above scale +4.2 (not written)')
S.rel('growth', C, gr_j2, 'services +5.4 “快于全市地区生产总值0.6个百分点”: 5.4 − 0.6 = 4.8 = GDP growth')
S.rel('growth', C, gr_j3, 'information services +18.6 “快于服务业平均水平13.2个”: 18.6 − 13.2 = 5.4')
S.rel('growth', C, gr_j4, 'leasing and business services +13.4 “快于…8.0个百分点”: 13.4 − 8.0 = 5.4')
S.rel('growth', C, [F(T25, '4.6%'), j_m, F(T25, '0.7个')], '12 chains +4.6% “始终快于全市规上工业平均水平”: 4.6 > 4.9 − 0.7 = 4.2')
S.rel('restatement', C, [F(T25, '4.8%'), F(T26, '4.8%')], 'cross-document: 天津 2025 GDP +4.8% in the statistics text and in the report of January 2026')
S.rel('share', U, [F(T25, '64.3%'), F(T25, '1.9个'), j_m], 'manufacturing share 64.3% “提高1.9个百分点” with real growth 4.9 vs 4.2: shares are nominal, growth real; no identity')
S.rel('restatement', U, [F(T25, '5.4%', pre='带动装备制造业增长'), j_s], 'equipment manufacturing +5.4 and services +5.4: same number, other indicators')
S.rel('target', U, [F(BG, '5%左右'), F(T26, '4.8%')], 'cross-document: 北京’s 2025 goal against 天津’s 2025 result: other place; unrelated')
S.rel('restatement', U, [F(T26, '4.1%'), F(N1, '4.1%')], 'cross-document: 天津 2025 revenue +4.1% and 内蒙古 January 2024 adjusted revenue +4.1%: same number, other place and period')

# ---- 呼伦贝尔盟 1957-1960 (人民日报 1960)
l_g = [F(HL, '57.64%'), F(HL, '69.8%')]
S.rel('growth', C, l_g, '呼伦贝尔: industry’s share of gross output “由1957年…57.64%,今年上升到69.8%”: 69.8 > 57.64')
S.rel('growth', U, [F(HL, '一点二倍'), F(HL, '75.57%')], 'grain “预计增长一点二倍” and timber +75.57% over 1957: other indicators; no levels stated')
S.rel('share', U, [F(HL, '一点二个'), F(HL, '六个')], '“平均每天就有一点二个工业企业投入生产” (about 1300 in three years) and six banners/cities making steel: no totals stated; nothing to check')

# ---- further traps
S.rel('growth', U, [F(N1, '101.6亿元', n=0), F(N1, '-32.0%')], '鄂尔多斯 101.6 −32.0%: last January’s level is not stated; nothing to check')
S.rel('growth', U, [F(N1, '13.13亿元', n=0), F(N1, '27.80%')], '呼伦贝尔 13.13 +27.80%: last January’s level is not stated')
S.rel('growth', U, [F(N10, '650.80亿元'), F(N10, '-12.1%'), F(N10, '725.50亿元', n=0), F(N10, '-8.5%')], '鄂尔多斯 650.80 (−12.1%, 1–9) and 725.50 (−8.5%, 1–10): October alone (74.7) and its rate are not stated; nothing to check')
S.rel('share', U, [F(XA, '1543.69亿元'), x_p], '兴安盟 annual plan 235.95 within total investment 1543.69 (15.3%): no share is stated')
S.rel('share', U, [F(NQ, '3.5万亿元'), q_p], '内蒙古 2024 annual plan 9158亿 within total investment 3.5万亿: no share is stated')
S.rel('target', U, [x_p, q_c], 'cross-document: 兴安盟’s 2020 plan against 内蒙古’s Q1 2024 investment: other place and year; unrelated')
S.rel('share', U, [F(XA, '84%'), F(NQ, '89.4%', n=2)], 'cross-document: 兴安盟 开复工率84% (May 2020) and 内蒙古 89.4% (Q1 2024): other place and period')
S.rel('target', U, [F(N25, '10%'), F(NQ, '53.8%')], 'cross-document: the 2025 goal “工业固定资产投资保持10%的增长” against Q1 2024 major-project investment +53.8%: other year and indicator; unrelated')
S.rel('sum', U, [F(N25, '2.99万亿元'), F(N25, '2.47万亿元')], '十五五 planned industrial projects 2.99万亿 and the 2025 key projects’ 2.47万亿: other scopes; no split')
S.rel('share', U, [F(N12, '6.48%'), F(N25, '22.4%')], 'cross-document: Q1 progress 6.48% (2012) and 22.4% (2025): other years')
S.rel('restatement', U, [k_p, n_p], 'cross-document: annual plans 1678.64亿 (2012) and 6267.5亿 (2025): other years; no rate stated')
S.rel('growth', U, [F(NH, '95%'), F(NH, '11個')], 'western start rate 95%; the overall rate is “高出去年同期11個百分點”: neither the overall rate nor last year’s is stated')
S.rel('growth', U, [F(NH, '100%', n=1), F(NH, '14個')], 'new-project start rate 100%, “高出去年同期14個百分點”: last year’s rate (86%) is not stated')
S.rel('restatement', U, [F(NH, '58%'), F(NH, '58.4%')], '58% (three cities’ share of new projects) and 58.4% (share of all industrial investment): near numbers, other indicators')
S.rel('restatement', U, [F(NH, '57%'), F(NH, '57.3%')], '57% (three cities’ share of continuing-project investment) and 57.3% (west’s share of projects): near numbers, other indicators')
S.rel('share', U, [t_r, F(XA, '14.4%')], 'cross-document: 邢台 60.81% of plan by June 2016 and 兴安盟 14.4% by May 2020: other place and period')
S.rel('growth', U, [F(XT8, '22.9%'), F(XT8, '0.8%')], '张家口 +22.9% and 保定 +0.8%: no spread is stated; nothing to check')
S.rel('rate', U, [F(XT8, '2.9%'), F(XT8, '2.0%'), F(XT8, '5.9%'), F(XT8, '4.2%'), F(XT8, '16.1%'), F(XT8, '5.2%'), F(XT8, '19.2%'), F(XT8, '17.5%')], 'spending +2.9% from the listed functions’ rates: the functions are not a split (163.8 of 217.99); no check')
S.rel('growth', U, [F(GS, '71.5亿元'), F(GS, '91.56亿元', n=0)], 'annual plan raised from 71.5 to 91.56亿: no rate is stated; nothing to check')
S.rel('rate', U, [F(HI, '8.4%'), F(HI, '20.5%'), F(HI, '17.9%'), F(HI, '10.0%')], 'infrastructure, manufacturing and real estate are not a split of all investment; no check')
S.rel('growth', U, [F(HI, '9.0%'), F(HI, '8.4%')], 'private investment +9.0% within all investment +8.4%: a part; weights not stated')
S.rel('growth', U, [F(B17, '-53.6'), F(B17, '-29.8')], '顺义 −53.6% in May and −29.8% in Jan–May: other periods; January–April alone is not stated')
S.rel('share', U, [F(BS, '13677.0億元'), e_y], 'retail sales 13677.0 and GDP 52073.4: no share stated; other concepts (sales vs value added)')
S.rel('growth', U, [F(BS, '5.8%', n=1), j_s], 'cross-document: 北京 tertiary industry +5.8% and 天津 services +5.4%: other places')
S.rel('restatement', U, [F(BR, '4.8%'), F(T26, '4.8%')], 'cross-document: 北京 revenue +4.8% and 天津 GDP +4.8%: same number, other place and indicator')
S.rel('share', U, [F(BR, '288家'), F(BR, '8600亿元')], '288 listed companies, market value “超8600亿元”: no average or share is stated; nothing to check')
S.rel('target', U, [F(BG, '5%左右'), F(BS, '5.8%', n=1)], 'cross-document: the 2025 GDP goal against tertiary-industry growth +5.8%: other indicator; unrelated')
S.rel('share', U, [F(T25, '16.6%'), F(T25, '1.8个'), F(T25, '5.3%')], 'high-tech share 16.6% “提高1.8个百分点”: nominal shares against real growth rates; no identity')
S.rel('rate', U, [F(T25, '4.6%'), F(T25, '25.3%'), F(T25, '9.9%'), F(T25, '9.7%'), F(T25, '9.6%'), F(T25, '9.3%')], '12 chains +4.6% and five chains’ rates: five of twelve, weights not stated; no check')
S.rel('share', U, [F(T25, '37.1%'), F(T25, '64.3%')], 'equipment manufacturing 37.1% and manufacturing 64.3% of industry above scale: a part within a part; no relation to check')

# ======== altered copies
a = ALT(N1, 1, sh_a[2], '29.7%', '鄂尔多斯 share 27.7% → 29.7%')
S.rel('share', I, R(a, sh_a, sh_a[2], '29.7%'), 'altered: 101.6 / 366.2 = 27.7%, not 29.7% (breaks {B})')
a = ALT(N1, 2, df_a[1], '78.66亿元', 'gap 75.66 → 78.66')
S.rel('sum', I, R(a, df_a, df_a[1], '78.66亿元'), 'altered: 25.94 + 78.66 = 104.6, not 101.6 (breaks {B})')
a = ALT(N1, 3, gr_an[2], '58.2%', 'non-tax growth 52.2% → 58.2%')
S.rel('growth', I, R(a, gr_an, gr_an[2], '58.2%'), 'altered: 38.6 / 74.0 = 52.2%, not 58.2% (breaks {B})')
a = ALT(N10, 1, o_g, '503.68亿元', 'gap (1–10) 509.68 → 503.68')
S.rel('sum', I, R(a, sum_o, o_g, '503.68亿元'), 'altered: 215.82 + 503.68 = 719.50, not 725.50 (breaks {B})')
a = ALT(N10, 2, o_g9, '453.7亿元', 'gap (1–9) 458.7 → 453.7')
S.rel('sum', I, R(a, sum_o9, o_g9, '453.7亿元'), 'altered: 192.10 + 453.7 = 645.8, not 650.80 (breaks {B})')
a = ALT(XA, 1, sum_x3[1], '61.73亿元', 'new projects’ plan 64.73 → 61.73')
S.rel('sum', I, R(a, sum_x3, sum_x3[1], '61.73亿元'), 'altered: 171.22 + 61.73 = 232.95, not 235.95 (breaks {B})')
a = ALT(XA, 2, sh_x3[2], '98.43%', 'resumption rate 96.43% → 98.43%')
S.rel('share', I, R(a, sh_x3, sh_x3[2], '98.43%'), 'altered: 108 / 112 = 96.43%, not 98.43% (breaks {B})')
a = ALT(XA, 3, sum_x5[1], '8.31亿元', 'new projects’ investment 8.81 → 8.31')
S.rel('sum', I, R(a, sum_x5, sum_x5[1], '8.31亿元'), 'altered: 25.17 + 8.31 = 33.48, not 33.98 (breaks {B})')
a = ALT(NQ, 1, sh_q2[2], '27%', 'progress 21% → 27%')
S.rel('share', I, R(a, sh_q2, sh_q2[2], '27%'), 'altered: 1918 / 9158 = 20.9%, not 27% (breaks {B})')
a = ALT(NQ, 2, sh_q1[1], '3895个', 'planned projects 3095 → 3895')
S.rel('share', I, R(a, sh_q1, sh_q1[1], '3895个'), 'altered: 2766 / 3895 = 71.0%, not 89.4% (breaks {B})')
a = ALT(N25, 1, sum_n1[1], '672个', 'continuing projects 642 → 672')
S.rel('sum', I, R(a, sum_n1, sum_n1[1], '672个'), 'altered: 756 + 672 = 1428, not 1398 (breaks {B})')
a = ALT(N25, 2, sh_n[2], '24.4%', 'Q1 progress 22.4% → 24.4%')
S.rel('share', I, R(a, sh_n, sh_n[2], '24.4%'), 'altered: 1401.3 / 6267.5 = 22.4%, not 24.4% (breaks {B})')
a = ALT(NH, 1, sh_h3[2], '68.4%', 'western share of investment 63.4% → 68.4%')
S.rel('share', I, R(a, sh_h3, sh_h3[2], '68.4%'), 'altered: 1362.78 / 2150.71 = 63.4%, not 68.4% (breaks {B})')
a = ALT(NH, 2, h_in, '886億元', 'new projects’ investment 836 → 886')
S.rel('sum', I, R(a, sum_h4, h_in, '886億元'), 'altered: 886 + 1314.71 = 2200.71, not 2150.71 (breaks {B})')
S.rel('share', I, R(a, sh_h6, h_in, '886億元'), 'altered: 426.82 / 886 = 48.2%, not 51% (breaks {B})')
a = ALT(N12, 1, sh_k2[2], '27.67%', 'start rate 22.67% → 27.67%')
S.rel('share', I, R(a, sh_k2, sh_k2[2], '27.67%'), 'altered: 17 / 75 = 22.67%, not 27.67% (breaks {B})')
a = ALT(N12, 2, k_p, '1078.64亿元', 'annual plan 1678.64 → 1078.64')
S.rel('share', I, R(a, sh_k, k_p, '1078.64亿元'), 'altered: 108.79 / 1078.64 = 10.1%, not 6.48% (breaks {B})')
a = ALT(XT6, 1, gr_t1[1], '16.8個', 'lead over the half-year pace 10.8 → 16.8 points')
S.rel('growth', I, R(a, gr_t1, gr_t1[1], '16.8個'), 'altered: 60.81 − 50 = 10.8, not 16.8 points (breaks {B})')
a = ALT(XT6, 2, sh_t[0], '83個', 'started projects 85 → 83')
S.rel('share', I, R(a, sh_t, sh_t[0], '83個'), 'altered: 83 / 86 = 96.5%, not 98.8% (breaks {B})')
a = ALT(XT8, 1, gr_s[2], '63.7个', 'spread 68.7 → 63.7 points')
S.rel('growth', I, R(a, gr_s, gr_s[2], '63.7个'), 'altered: 55.5 + 13.2 = 68.7, not 63.7 (breaks {B})')
a = ALT(XT8, 2, sum_s2[1], '8个县', 'counties below the average 7 → 8')
S.rel('sum', I, R(a, sum_s2, sum_s2[1], '8个县'), 'altered: 13 + 8 = 21, not 20 counties (breaks {B})')
a = ALT(GS, 1, F(GS, '51.1%', n=0), '57.1%', 'headline progress 51.1% → 57.1%')
S.rel('restatement', I, R(a, [F(GS, '51.1%', n=0), g_r], F(GS, '51.1%', n=0), '57.1%'), 'altered: 57.1% in the headline, 51.1% in the body (breaks {B})')
a = ALT(GS, 2, sum_g[2], '58.5公里', '邢衡 section 53.5 → 58.5 km')
S.rel('sum', I, R(a, sum_g, sum_g[2], '58.5公里'), 'altered: 22.6 + 45.2 + 58.5 = 126.3, not 121.3 km (breaks {B})')
a = ALT(B17, 1, sum_b1[0], '146171', '东城 May 145171 → 146171')
S.rel('sum', I, R(a, sum_b1, sum_b1[0], '146171'), 'altered: 146171 + 692978 = 839149, not 838149 (breaks {B})')
a = ALT(B17, 2, sum_b9[4], '68119', '延庆 May 66119 → 68119')
S.rel('sum', I, R(a, sum_b9, sum_b9[4], '68119'), 'altered: the five districts sum to 974430, not 972430 (breaks {B})')
a = ALT(BS, 1, e_p[1], '7137.4億元', 'secondary industry 7187.4 → 7137.4')
S.rel('sum', I, R(a, sum_e, e_p[1], '7137.4億元'), 'altered: 109.2 + 7137.4 + 44776.9 = 52023.5, not 52073.4 (breaks {B})')
a = ALT(BS, 2, e_n, '4%', 'national growth 5% → 4%')
S.rel('growth', I, R(a, gr_e, e_n, '4%'), 'altered: 5.4 − 4 = 1.4, not the report’s 0.4 point (breaks {B})')
a = ALT(BR, 1, r_gap, '0.9个百分点', 'gap to the national rate 0.4 → 0.9 points')
S.rel('growth', I, R(a, gr_e, r_gap, '0.9个百分点'), 'altered: 5.4 − 5 = 0.4, not 0.9 points (breaks {B})')
a = ALT(BR, 2, r_g0, '5.8%', 'headline growth 5.4% → 5.8%')
S.rel('restatement', I, R(a, rs_r, r_g0, '5.8%'), 'altered: +5.8% in the headline, +5.4% in the body (breaks {B})')
a = ALT(T25, 1, gr_j2[1], '0.8个', 'services’ lead over GDP 0.6 → 0.8 points')
S.rel('growth', I, R(a, gr_j2, gr_j2[1], '0.8个'), 'altered: 5.4 − 0.8 = 4.6, not the GDP growth 4.8 (breaks {B})')
a = ALT(T25, 2, gr_j3[1], '13.7个', 'information services’ lead 13.2 → 13.7 points')
S.rel('growth', I, R(a, gr_j3, gr_j3[1], '13.7个'), 'altered: 18.6 − 13.7 = 4.9, not the services’ 5.4 (breaks {B})')
a = ALT(T26, 1, F(T26, '4.8%'), '4.3%', 'report’s GDP growth 4.8% → 4.3%')
S.rel('restatement', I, R(a, [F(T25, '4.8%'), F(T26, '4.8%')], F(T26, '4.8%'), '4.3%'), 'altered: the report says +4.3%, the statistics text +4.8% (breaks {B})')
a = ALT(HL, 1, l_g[1], '49.8%', '1960 industry share 69.8% → 49.8%')
S.rel('growth', I, R(a, l_g, l_g[1], '49.8%'), 'altered: “上升到49.8%” is below the 1957 share 57.64% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout114. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout114.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout114'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

M4='sx_kp2021m4.txt'; H1='sx_kp2021h1.txt'; S18='sx_kp2018h1.txt'; XA='xa_kp2018h1.txt'; YL='yl_2022.txt'
G22='gs_kp2022m4_hant.txt'; G15='gs_kp2015.txt'; XN='xn_2023h1_hant.txt'; HX='hx_2025h1.txt'; YC='yc_2023q1.txt'; NX='nx_60y.txt'
J10='xj_jt2010.txt'; J11P='xj_jt2011p.txt'; J11='xj_jt2011.txt'; G20='xj_gl2020.txt'; J23='xj_jt2023.txt'; Q3='xj_jt2023q3.txt'; SY='sy_2020.txt'

# ---- 陕西 provincial key projects, Jan–Apr 2021 (page dated 2025) and H1 2021: cross-document pair
m_done = F(M4, '1521.5亿元', n=0); m_plan = F(M4, '4420亿元'); m_p = F(M4, '34.4%'); m_n = F(M4, '527个')
sh_m = [m_done, m_plan, m_p]
S.rel('share', C, sh_m, 'Jan–Apr 1521.5 of the annual plan 4420 (stated in the next paragraph) = 34.42% → 34.4')
S.rel('target', CT, [m_done, m_p], 'Jan–Apr progress 34.4% of the 2021 annual plan: the year is not over')
S.rel('growth', U, [F(M4, '1521.5亿元', n=1), F(M4, '12.2个')], 'progress 12.2 points above the same period last year: last year’s progress rate is not stated')
S.rel('share', U, [F(M4, '1466个'), F(M4, '65%')], '1466 new-start projects begun = 开工率 65%: the number of planned new-start projects is not stated (≈2255 implied)')
h_done = F(H1, '2638亿元'); h_p = F(H1, '59.7%'); h_n = F(H1, '527个')
h_a = F(H1, '217个', n=0); h_b = F(H1, '184个'); h_r = F(H1, '84.8%')
g1 = [h_p, F(H1, '46.9%'), F(H1, '12.8个')]; g2 = [h_p, F(H1, '45.6%'), F(H1, '14.1个')]; sh_h = [h_b, h_a, h_r]
S.rel('share', C, sh_h, '184 of 217 planned provincial new-start projects begun = 84.79% → 84.8')
S.rel('growth', C, g1, 'progress 59.7% vs 46.9% a year earlier: 59.7 − 46.9 = 12.8 points')
S.rel('growth', C, g2, 'progress 59.7% vs 45.6% in H1 2019: 59.7 − 45.6 = 14.1 points')
S.rel('target', M, [F(H1, '80%', n=0), h_r], 'H1 target 开工率 80% for the 217 provincial new-start projects; result 84.8% ≥ 80: met (the text says 超额完成)')
S.rel('target', CT, [h_done, h_p], 'H1 progress 59.7% of the 2021 annual plan: the year is not over')
S.rel('growth', U, [F(H1, '44.7%'), F(H1, '10.4个')], 'new-start projects 44.7% of plan, “环比增长10.4个百分点”: the end-May progress is not stated')
S.rel('restatement', U, [h_a, F(H1, '217个', n=1)], '217 planned provincial new-start projects vs 217 key projects started in June (total investment 1642.2亿): same number, other indicator')
S.rel('share', U, [F(H1, '1798个'), F(H1, '80%', n=1)], '1798 province-and-city new-start projects begun = 80%: the planned number is not stated')
S.rel('sum', U, [F(H1, '689.4亿元'), h_done], 'new-start projects 689.4 within all 527 projects 2638: the continuing projects’ amount is not stated')
S.rel('restatement', C, [m_n, h_n], '527 provincial key projects in 2021: Jan–Apr report and H1 report restate the same list')
S.rel('share', C, [h_done, m_plan, h_p], 'cross-document: H1 2638 of the 2021 plan 4420 (Jan–Apr report) = 59.68% → 59.7')
S.rel('target', M, [F(M4, '80%'), F(H1, '80%', n=1)], 'Jan–Apr forecast “预计上半年开工率将突破80%” for province-and-city new-start projects; H1 result for the same list “开工率达到80%”: met at ≥ X (same place, list and period)')

# ---- 陕西 H1 2018 provincial key projects; 西安 H1 2018 municipal key projects
s_done = F(S18, '2623.92亿元'); s_p = F(S18, '52.09%')
S.rel('target', CT, [s_done, s_p], 'H1 2018 progress 52.09% of the annual plan: the year is not over (the plan itself is not stated)')
S.rel('sum', U, [F(S18, '441.12亿元'), F(S18, '299.93亿元'), F(S18, '255.05亿元'), s_done], 'the three largest programmes 441.12 + 299.93 + 255.05 = 996.10: the other programmes are not listed; not a split of 2623.92')
S.rel('share', U, [F(S18, '84个'), F(S18, '87.50%')], '84 new-start projects begun = 87.50%: the planned number is not stated (96 implied)')
S.rel('share', U, [F(S18, '574.67亿元'), s_done], 'projects located in 西安 574.67 of the provincial 2623.92: no share is stated (the 57.41% is of their own plan)')
x_done = F(XA, '1956.3亿元'); x_pt = F(XA, '65.2%', n=0); x_p = F(XA, '65.2%', n=1)
x_cnt = [F(XA, '109个'), F(XA, '39个'), F(XA, '299个'), F(XA, '157个'), F(XA, '9个', post='区域'), F(XA, '87个'), F(XA, '700个', n=1)]
x_amt = [F(XA, '358.91亿元'), F(XA, '83.95亿元'), F(XA, '862.6亿元'), F(XA, '308.5亿元'), F(XA, '80.85亿元'), F(XA, '261.5亿元'), x_done]
x_sh = [F(XA, '124个'), F(XA, '177个'), F(XA, '70%', n=1)]
S.rel('sum', C, x_cnt, 'projects by type 109 + 39 + 299 + 157 + 9 + 87 = 700 (“上述700个”)')
S.rel('sum', C, x_amt, 'completed by type 358.91 + 83.95 + 862.6 + 308.5 + 80.85 + 261.5 = 1956.31 ≈ 1956.3亿元')
S.rel('share', C, x_sh, '124 of 177 new-start projects begun = 70.06% → 70%')
S.rel('restatement', C, [x_pt, x_p], 'headline 65.2% = body 65.2% of the annual plan')
S.rel('target', CT, [x_done, x_p], 'H1 progress 65.2% of the annual plan: the year is not over')
S.rel('sum', U, [F(XA, '391个'), F(XA, '255个'), F(XA, '48个'), F(XA, '700个', n=0)], 'by department 391 + 255 + 48 = 694 “在建项目”, not 700: the list covers projects under construction only; not a split')
S.rel('sum', U, [F(XA, '1115.25亿元'), F(XA, '614.07亿元'), F(XA, '196.21亿元'), x_done], 'by department 1115.25 + 614.07 + 196.21 = 1925.53 ≠ 1956.3: in-construction projects only (694 of 700); not a split')
S.rel('growth', U, [x_done, F(XA, '600亿元', n=1)], '1956.3, 600亿 more than a year earlier: last year’s amount is not stated (≈1356 implied)')
S.rel('share', U, [F(S18, '574.67亿元'), x_done], 'provincial key projects in 西安 (574.67) vs 西安 municipal key projects (1956.3): overlapping lists of other scope; no relation')
S.rel('restatement', U, [F(S18, '600个'), F(XA, '700个', n=0)], '600 provincial key projects vs 700 西安 municipal key projects (both 2018): other lists')
S.rel('target', U, [s_p, h_p], 'H1 progress 52.09% (2018 plan) vs 59.7% (2021 plan): other years and plans')

# ---- 榆林 / 神木 2022 GDP (write-up)
y_t = F(YL, '6543.65亿元'); y_p = [F(YL, '312.25亿元'), F(YL, '4673.49亿元'), F(YL, '1557.91亿元')]
sm = F(YL, '2231.47亿元'); sm_p = [F(YL, '28.02亿元'), F(YL, '1841.77亿元'), F(YL, '361.68亿元')]; sm_s = [F(YL, '1.25'), F(YL, '82.54'), F(YL, '16.21')]
sum_y = y_p + [y_t]; sum_s = sm_p + [sm]; sh_s3 = [sm_p[2], sm, sm_s[2]]
S.rel('sum', C, sum_y, '榆林 312.25 + 4673.49 + 1557.91 = 6543.65亿元')
S.rel('share', C, [sm, y_t, F(YL, '34.1%')], '神木 2231.47 / 榆林 6543.65 = 34.10% → 34.1')
S.rel('sum', C, sum_s, '神木 28.02 + 1841.77 + 361.68 = 2231.47亿元')
S.rel('share', C, [sm_p[1], sm, sm_s[1]], '神木 secondary 1841.77 / 2231.47 = 82.536% → 82.54')
S.rel('share', C, sh_s3, '神木 tertiary 361.68 / 2231.47 = 16.208% → 16.21')
S.rel('sum', C, sm_s, 'structure 1.25 + 82.54 + 16.21 = 100.00')
S.rel('growth', U, [F(YL, '5.6%'), F(YL, '20.4%')], '榆林 real growth 5.6% vs nominal 20.4%: price change, not a contradiction')
S.rel('share', U, [sm, F(YL, '6.8%')], '神木 6.8% of 陕西: the province’s GDP is not stated')
S.rel('rate', U, [F(YL, '4.0%'), F(YL, '4.2%'), F(YL, '3.1%'), F(YL, '6.7%')], '神木 +4.0% vs sectors +4.2/+3.1/+6.7: real growth aggregates with previous-year-price weights, which are not stated (current nominal weights give ≈3.7, but 2022 coal prices inflated the secondary share); not checkable')
a = ALT(YL, 1, y_p[1], '4678.49亿元', '榆林 secondary value added 4673.49 → 4678.49')
S.rel('sum', I, R(a, sum_y, y_p[1], '4678.49亿元'), 'altered: 312.25 + 4678.49 + 1557.91 = 6548.65, not 6543.65 (breaks {B})')
a = ALT(YL, 2, sm_p[2], '391.68亿元', '神木 tertiary value added 361.68 → 391.68')
S.rel('sum', I, R(a, sum_s, sm_p[2], '391.68亿元'), 'altered: 28.02 + 1841.77 + 391.68 = 2261.47, not 2231.47 (breaks {B})')
S.rel('share', I, R(a, sh_s3, sm_p[2], '391.68亿元'), 'altered: 391.68 / 2231.47 = 17.55%, not 16.21 (breaks {B})')

# ---- 甘肃 Jan–Apr 2022 provincial major projects (traditional)
k_t = F(G22, '555.34億元'); k_inc = F(G22, '151.99億元'); k_r = F(G22, '37.68%')
k_new = F(G22, '80', post='個(gè)計(jì)劃'); k_beg = F(G22, '51', post='個(gè),開工率'); k_rate = F(G22, '64%')
gr_k = [k_t, k_inc, k_r]; sh_k = [k_beg, k_new, k_rate]
S.rel('growth', C, gr_k, '555.34 with an increase of 151.99 on 403.35 a year earlier: 151.99/403.35 = 37.68%')
S.rel('share', C, sh_k, '51 of 80 new-start projects begun = 63.75% → 64%')
S.rel('target', CT, [k_t, F(G22, '24.96%')], 'Jan–Apr progress 24.96% of the 2022 annual plan: the year is not over')
S.rel('sum', U, [F(G22, '164.85億元'), F(G22, '389.8億元'), k_t], 'new-start 164.85 + continuing 389.8 = 554.65 ≠ 555.34: the 16 预备 projects (234 − 80 − 138) are not stated; not a full split')
S.rel('sum', U, [F(G22, '197.44億元'), F(G22, '180.81億元'), F(G22, '85億元', pre='新'), k_t], 'top three of eight sectors 197.44 + 180.81 + 85 = 463.25: a partial list')
S.rel('rate', U, [k_r, F(G22, '72.02%'), F(G22, '26.95%')], 'total +37.68% vs new-start +72.02% and continuing +26.95%: the 预备 part and its change are not stated')
a = ALT(G22, 1, k_inc, '157.99億元', 'increase 151.99 → 157.99')
S.rel('growth', I, R(a, gr_k, k_inc, '157.99億元'), 'altered: 157.99/(555.34 − 157.99) = 39.76%, not 37.68% (breaks {B})')
a = ALT(G22, 2, k_beg, '57', 'new-start projects begun 51 → 57')
S.rel('share', I, R(a, sh_k, k_beg, '57'), 'altered: 57/80 = 71.3%, not 64% (breaks {B})')

# ---- 甘肃 2015 provincial major projects
q_n = [F(G15, '82个', pre='重大项目'), F(G15, '84个', pre='重大项目'), F(G15, '166个')]
q_tot = [F(G15, '8142.7亿元'), F(G15, '2143.8亿元'), F(G15, '10286.5亿元')]
q_pl = [F(G15, '1110.9亿元'), F(G15, '286.7亿元'), F(G15, '1397.6亿元')]
q_s2 = [q_pl[1], q_pl[2], F(G15, '20.5%')]
S.rel('sum', C, q_n, 'projects 82 + 84 = 166')
S.rel('sum', C, q_tot, 'total investment 8142.7 + 2143.8 = 10286.5亿元')
S.rel('sum', C, q_pl, 'annual plan 1110.9 + 286.7 = 1397.6亿元')
S.rel('share', C, [q_pl[0], q_pl[2], F(G15, '79.5%')], '1110.9 / 1397.6 = 79.49% → 79.5')
S.rel('share', C, q_s2, '286.7 / 1397.6 = 20.51% → 20.5')
S.rel('sum', C, [F(G15, '102个'), F(G15, '34个'), F(G15, '30个'), q_n[2]], 'by stage 102 + 34 + 30 = 166')
S.rel('share', C, [F(G15, '23.1亿元'), F(G15, '262.2亿元'), F(G15, '8.8%')], 'railways Jan–Mar 23.1 / annual plan 262.2 = 8.81% → 8.8')
S.rel('restatement', C, [F(G15, '84.4亿元'), F(G15, '8.44bn')], 'headline 84.4亿元 = English summary 8.44bn yuan')
S.rel('sum', U, [F(G15, '84.4亿元'), F(G15, '23.1亿元')], 'headline 84.4亿 for the 82 projects vs railways 23.1亿: the other 72 projects’ amounts are not stated')
a = ALT(G15, 1, q_tot[1], '2148.8亿元', 'total investment of the 84 projects 2143.8 → 2148.8')
S.rel('sum', I, R(a, q_tot, q_tot[1], '2148.8亿元'), 'altered: 8142.7 + 2148.8 = 10291.5, not 10286.5 (breaks {B})')
a = ALT(G15, 2, q_pl[1], '280.7亿元', 'annual plan of the 84 projects 286.7 → 280.7')
S.rel('sum', I, R(a, q_pl, q_pl[1], '280.7亿元'), 'altered: 1110.9 + 280.7 = 1391.6, not 1397.6 (breaks {B})')
S.rel('share', I, R(a, q_s2, q_pl[1], '280.7亿元'), 'altered: 280.7 / 1397.6 = 20.08%, not 20.5 (breaks {B})')

# ---- 西宁 H1 2023 (traditional): traps only
S.rel('growth', U, [F(XN, '26.5%'), F(XN, '16.9個')], 'industry +26.5%, 16.9 points above the province: the province’s rate is not stated')
S.rel('growth', U, [F(XN, '26.5%'), F(XN, '2.9個')], '+26.5%, 2.9 points faster than a year earlier: last year’s rate is not stated')
S.rel('growth', U, [F(XN, '13.1%'), F(XN, '26.5%')], 'gross output +13.1% vs value added +26.5%: different indicators')
S.rel('growth', U, [F(XN, '14.1%'), F(XN, '1.3個')], 'retail +14.1%, 1.3 points above the province: the province’s rate is not stated')
S.rel('share', U, [F(XN, '62.6%'), F(XN, '67.9%')], 'share of provincial retail 62.6% vs contribution to its growth 67.9%: a contribution is not a share')
S.rel('growth', U, [F(XN, '6.1%'), F(XN, '4.3個')], 'tertiary +6.1%, 4.3 points faster than Q1: the Q1 rate is not stated')

# ---- 海西州 H1 2025: traps only
S.rel('sum', U, [F(HX, '290.34亿元'), F(HX, '176.37亿元'), F(HX, '469.64亿元')], 'secondary 290.34 + tertiary 176.37 = 466.71 < 469.64: primary industry (≈2.93) is not stated; not a full split')
S.rel('share', U, [F(HX, '469.64亿元'), F(HX, '四分之一')], '“占全省经济总量的四分之一”: the province’s GDP is not stated')
S.rel('growth', U, [F(HX, '11.9%'), F(HX, '4.3个')], 'industry +11.9% “拉动GDP增长4.3个百分点”: a contribution; the weight is not stated')
S.rel('rate', U, [F(HX, '7.3%'), F(HX, '9.2%', n=0), F(HX, '5%')], 'GDP +7.3% vs secondary +9.2% and tertiary +5%: primary industry and weights not stated')
S.rel('growth', U, [F(HX, '2.2亿元'), F(HX, '155%')], 'trade 2.2亿, +155%: last year’s value is not stated')
S.rel('restatement', U, [F(HX, '9.2%', n=0), F(HX, '9.2%', n=1)], 'secondary industry +9.2% and 德令哈 GDP +9.2%: same number, other indicator and place')

# ---- 银川 Q1 2023
c_t = F(YC, '624.66亿元'); c_p = [F(YC, '14.15亿元'), F(YC, '291.59亿元'), F(YC, '318.92亿元')]
c_ind = F(YC, '14.8%'); c_g2 = [c_ind, F(YC, '9.8%'), F(YC, '5个')]
sum_c = c_p + [c_t]
S.rel('sum', C, sum_c, '14.15 + 291.59 + 318.92 = 624.66亿元')
S.rel('growth', C, [c_ind, F(YC, '3%', pre='全国('), F(YC, '11.8个')], 'industry +14.8% vs national (3%): 11.8 points')
S.rel('growth', C, c_g2, 'industry +14.8% vs 宁夏 (9.8%): 5 points')
S.rel('growth', C, [F(YC, '44.5%'), c_ind, F(YC, '29.7个')], 'high-tech equipment +44.5% vs 规上工业 +14.8%: 29.7 points')
S.rel('target', U, [F(YC, '8.6%'), F(YC, '2.1')], 'GDP +8.6%, “高于年度预期目标2.1个百分点”: the annual target is not stated (6.5 implied); and a Q1 rate is not the year’s result')
S.rel('share', U, [F(YC, '25.3%'), F(YC, '61.8%')], '三新 output +25.3% and 61.8% of manufacturing output: a growth rate and a share; no relation')
S.rel('growth', U, [c_p[0], F(YC, '33.57亿元')], 'primary value added 14.15 vs gross farm output 33.57: different indicators')
S.rel('rate', U, [c_ind, F(YC, '24.5%'), F(YC, '14.0%')], '规上工业 +14.8% vs light +24.5% and heavy +14.0%: weights not stated')
S.rel('share', U, [F(YC, '81%'), F(YC, '65%')], '社会项目 81% and 三新 65% of the 3707亿 project pool: overlapping groupings, not a split')
a = ALT(YC, 1, c_p[1], '297.59亿元', 'secondary value added 291.59 → 297.59')
S.rel('sum', I, R(a, sum_c, c_p[1], '297.59亿元'), 'altered: 14.15 + 297.59 + 318.92 = 630.66, not 624.66 (breaks {B})')
a = ALT(YC, 2, c_g2[1], '9.3%', '宁夏 industry rate 9.8% → 9.3%')
S.rel('growth', I, R(a, c_g2, c_g2[1], '9.3%'), 'altered: 14.8 − 9.3 = 5.5, not “高于全区5个百分点” (breaks {B})')

# ---- 宁夏 60 years (2018 write-up; 1958 and 1978 investment)
n_17 = F(NX, '3813亿元'); n_r1 = [n_17, F(NX, '9300万元'), F(NX, '4108倍')]; n_r2 = [n_17, F(NX, '4.3亿元'), F(NX, '893倍')]
S.rel('share', C, n_r1, '2017 investment 3813亿 / 1958 9300万 = 4100; with 9300万 at its half unit (9250–9350万) the ratio spans 4078–4122: 4108倍 fits')
S.rel('share', C, n_r2, '3813亿 / 4.3亿 (4.25–4.35) = 877–897: 893倍 fits')
S.rel('growth', U, [F(NX, '1.7万亿元'), F(NX, '2.3倍')], 'five-year investment 1.7万亿 “是五年前的2.3倍”: the earlier five-year total is not stated')
a = ALT(NX, 1, n_r2[2], '843倍', 'ratio to 1978 893倍 → 843倍')
S.rel('share', I, R(a, n_r2, n_r2[2], '843倍'), 'altered: 3813/4.3 = 887 (877–897), not 843 (breaks {B})')
a = ALT(NX, 2, n_17, '3313亿元', '2017 investment 3813 → 3313')
S.rel('share', I, R(a, n_r1, n_17, '3313亿元'), 'altered: 3313亿 / 9300万 = 3562, not 4108 (breaks {B})')
S.rel('share', I, R(a, n_r2, n_17, '3313亿元'), 'altered: 3313 / 4.3 = 770, not 893 (breaks {B})')

# ---- 新疆 transport: 2010 progress, 2011 plan (with 2010 result), 2011 result — cross-document targets
t_148 = F(J10, '148亿元'); t_200 = F(J10, '200亿元'); t_74 = F(J10, '74%')
sh_t = [t_148, t_200, t_74]
S.rel('share', C, sh_t, 'Jan–Sep 148 of the adjusted annual plan 200 = 74%')
S.rel('sum', U, [F(J10, '121亿元'), t_148], 'expressways and trunk roads 121 within 148: the rest is not itemised')
a = ALT(J10, 1, t_74, '79%', 'progress 74% → 79%')
S.rel('share', I, R(a, sh_t, t_74, '79%'), 'altered: 148/200 = 74%, not 79% (breaks {B})')
p_300 = F(J11P, '300亿元', n=0); p_52 = F(J11P, '52亿元'); p_248 = F(J11P, '248亿元')
sum_p = [p_248, p_52, p_300]
S.rel('sum', C, sum_p, '2011 plan 300 “比去年高出52亿元”: 2010 result 248 + 52 = 300')
S.rel('sum', U, [F(J11P, '3816公里'), F(J11P, '6350公里'), F(J11P, '13633公里')], 'expressways 3816 + rural roads 6350 = 10166 of 13633km: “以及其他公路项目” not itemised')
S.rel('sum', U, [p_248, F(J11P, '830亿元')], '2010 248 within the 十一五 total 830: the other four years are not stated')
a = ALT(J11P, 1, p_52, '58亿元', 'increase over 2010 52 → 58')
S.rel('sum', I, R(a, sum_p, p_52, '58亿元'), 'altered: 248 + 58 = 306, not 300 (breaks {B})')
r_t = F(J11, '355亿元', n=0); r_b = F(J11, '355亿元', n=1); r_g = F(J11, '43%')
gr_r = [p_248, r_b, r_g]
S.rel('restatement', C, [r_t, r_b], 'headline 355亿 = body 355亿 (2011)')
S.rel('growth', C, gr_r, 'cross-document: 2010 248 (plan news) → 2011 355 (result news) = +43.1% → 43%')
S.rel('target', M, [t_200, p_248], 'cross-document: 2010 adjusted plan 200亿 (交通厅, Oct 2010) vs 2010 result 248亿 (交通厅, Jan 2011): met')
S.rel('target', M, [p_300, r_b], 'cross-document: 2011 plan 300亿 (Jan 2011) vs 2011 result 355亿 (Jan 2012): met')
S.rel('share', U, [F(J11, '57亿元'), r_b], 'rural roads 57 within 355: no share stated')
a = ALT(J11, 1, r_g, '48%', 'growth on 2010 43% → 48%')
S.rel('growth', I, R(a, gr_r, r_g, '48%'), 'altered: 355/248 = +43.1%, not 48% (breaks {B})')

# ---- 新疆 roads 2014–2019 (新华社 2020): a real error
S.rel('growth', I, [F(G20, '5293公里'), F(G20, '2565公里'), F(G20, '1.94倍')], 'REAL ERROR in the original (judgement call): expressways 5293km, 2565km more than end-2013 (2728): ratio 5293/2728 = 1.94, i.e. 增长0.94倍 (+94%); “增长1.94倍” means ratio 2.94')
S.rel('share', U, [F(G20, '3973亿元'), F(G20, '1.53倍')], '2014–2019 road investment 3973亿 = 1.53 × the 1949–2013 total: that total is not stated')
S.rel('growth', U, [F(G20, '4000公路'), F(G20, '19.42万公里')], '“每年平均增长4000公路” to 19.42万km: the earlier level is not stated')

# ---- 新疆 2022 result / 2023 plan and Jan–Sep 2023 progress — cross-document pair
w_95 = F(J23, '95个'); w_3 = F(J23, '3个', pre='新增'); w_98 = F(J23, '98个'); w_832 = F(J23, '832亿元')
sum_w = [w_95, w_3, w_98]
S.rel('sum', C, sum_w, 'counties on expressways 95 + 3 new = 98')
S.rel('share', C, [w_98, F(J23, '108个'), F(J23, '90%', pre='突破')], '98 of 108 counties = 90.7%: “占比突破90%” holds')
S.rel('sum', U, [F(J23, '748.67亿元'), F(J23, '2940亿元')], '2022 748.67 within the five-year 2940: the other years are not stated')
S.rel('growth', U, [F(J23, '748.67亿元'), F(J23, '8.4%')], '748.67, +8.4%: the 2021 value is not stated')
v_done = F(Q3, '596.88亿元'); v_p = F(Q3, '71.7%')
sh_v = [v_done, w_832, v_p]
S.rel('target', CT, [v_done, v_p], 'Jan–Sep 2023 progress 71.7% of the annual road-investment plan: the year is not over')
S.rel('share', C, sh_v, 'cross-document: Jan–Sep 596.88 / 2023 plan 832 (Feb 2023 news) = 71.74% → 71.7')
S.rel('target', CT, [w_832, v_done], 'cross-document: 2023 target 832亿 vs 596.88 by end-September: the year is not over')
S.rel('growth', U, [F(Q3, '113.04亿元'), F(Q3, '25.0%')], 'September 113.04, +25.0%: September 2022 is not stated')
a = ALT(J23, 1, w_95, '96个', 'counties on expressways 95 → 96')
S.rel('sum', I, R(a, sum_w, w_95, '96个'), 'altered: 96 + 3 = 99, not 98 (breaks {B})')
a = ALT(J23, 2, w_832, '862亿元', '2023 plan 832 → 862')
S.rel('share', I, R(a, sh_v, w_832, '862亿元'), 'altered (cross-document): 596.88 / 862 = 69.2%, not 71.7% (breaks {B})')
a = ALT(Q3, 1, v_p, '74.7%', 'progress 71.7% → 74.7%')
S.rel('share', I, R(a, sh_v, v_p, '74.7%'), 'altered (cross-document): 596.88 / 832 = 71.7%, not 74.7% (breaks {B})')

# ---- 沙雅县 (阿克苏) 2020 bulletin
z_t = F(SY, '858828万元'); z_p = [F(SY, '211975万元'), F(SY, '244154万元'), F(SY, '402699万元')]; z_s = [F(SY, '24.7'), F(SY, '28.4'), F(SY, '46.9')]
z_a = F(SY, '590726.6万元'); z_ap = [F(SY, '472735.9万元'), F(SY, '6585.46万元'), F(SY, '70861.52万元'), F(SY, '947.66万元'), F(SY, '39596.05万元')]
sum_z = z_p + [z_t]; sh_z2 = [z_p[1], z_t, z_s[1]]; sum_za = z_ap + [z_a]
S.rel('sum', C, sum_z, '211975 + 244154 + 402699 = 858828万元')
S.rel('share', C, [z_p[0], z_t, z_s[0]], 'primary 211975 / 858828 = 24.68% → 24.7')
S.rel('share', C, sh_z2, 'secondary 244154 / 858828 = 28.43% → 28.4')
S.rel('share', C, [z_p[2], z_t, z_s[2]], 'tertiary 402699 / 858828 = 46.89% → 46.9')
S.rel('sum', C, z_s, 'structure 24.7 + 28.4 + 46.9 = 100')
S.rel('sum', C, sum_za, 'farm output 472735.9 + 6585.46 + 70861.52 + 947.66 + 39596.05 = 590726.59 ≈ 590726.6万元')
S.rel('rate', U, [F(SY, '7.5%'), F(SY, '6.0%'), F(SY, '10.1%'), F(SY, '6.8%')], 'GDP +7.5% vs sectors +6.0/+10.1/+6.8: previous-year-price weights not stated (current weights happen to give ≈7.5)')
S.rel('growth', U, [F(SY, '32676元'), F(SY, '2.7%'), F(SY, '7.5%')], 'per-capita GDP +2.7% vs GDP +7.5%: the population change is not stated')
S.rel('share', U, [F(SY, '484.02万亩'), F(SY, '7.14%')], 'forest 484.02万亩 = 7.14% coverage: the county’s area is not stated')
S.rel('sum', U, [F(SY, '37.2万亩'), F(SY, '43.17万亩')], 'afforestation 37.2万亩 vs 渭干河 ecological forest 43.17万亩 (larger): different scopes, not a part of a whole')
a = ALT(SY, 1, z_p[1], '244754万元', 'secondary value added 244154 → 244754')
S.rel('sum', I, R(a, sum_z, z_p[1], '244754万元'), 'altered: 211975 + 244754 + 402699 = 859428, not 858828 (breaks {B})')
S.rel('share', I, R(a, sh_z2, z_p[1], '244754万元'), 'altered: 244754 / 858828 = 28.50%, not 28.4 (breaks {B})')
a = ALT(SY, 2, z_ap[2], '70851.52万元', 'animal husbandry output 70861.52 → 70851.52')
S.rel('sum', I, R(a, sum_za, z_ap[2], '70851.52万元'), 'altered: parts add to 590716.59, not 590726.6 (breaks {B})')

# ---- remaining altered copies of the 陕西 / 西安 / 甘肃 2015 docs
a = ALT(M4, 1, m_p, '36.4%', 'Jan–Apr progress 34.4% → 36.4%')
S.rel('share', I, R(a, sh_m, m_p, '36.4%'), 'altered: 1521.5/4420 = 34.4%, not 36.4% (breaks {B})')
a = ALT(M4, 2, m_plan, '4920亿元', 'annual plan 4420 → 4920')
S.rel('share', I, R(a, sh_m, m_plan, '4920亿元'), 'altered: 1521.5/4920 = 30.9%, not 34.4% (breaks {B})')
S.rel('share', I, R(a, [h_done, m_plan, h_p], m_plan, '4920亿元'), 'altered (cross-document): H1 2638/4920 = 53.6%, not 59.7% (breaks {B})')
a = ALT(H1, 1, g1[2], '13.8个', 'difference to H1 2020 12.8 → 13.8 points')
S.rel('growth', I, R(a, g1, g1[2], '13.8个'), 'altered: 59.7 − 46.9 = 12.8, not 13.8 (breaks {B})')
a = ALT(H1, 2, h_b, '189个', 'new-start projects begun 184 → 189')
S.rel('share', I, R(a, sh_h, h_b, '189个'), 'altered: 189/217 = 87.1%, not 84.8% (breaks {B})')
a = ALT(XA, 1, x_amt[2], '852.6亿元', 'service projects 862.6 → 852.6')
S.rel('sum', I, R(a, x_amt, x_amt[2], '852.6亿元'), 'altered: parts add to 1946.31, not 1956.3 (breaks {B})')
a = ALT(XA, 2, x_sh[0], '134个', 'new-start projects begun 124 → 134')
S.rel('share', I, R(a, x_sh, x_sh[0], '134个'), 'altered: 134/177 = 75.7%, not 70% (breaks {B})')

# ---- further cross-document traps
S.rel('restatement', U, [F(G20, '5293公里'), F(J23, '1.1万公里')], 'expressways 5293km (end-2019) vs 高速(一级) 1.1万km (2022): other year and wider scope (一级 roads included)')
S.rel('restatement', U, [q_n[2], F(G22, '234個')], '甘肃 166 provincial major projects (2015) vs 234 (2022): other years')
S.rel('target', U, [t_200, p_300], '新疆 2010 plan 200亿 vs 2011 plan 300亿: other years; no relation stated')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

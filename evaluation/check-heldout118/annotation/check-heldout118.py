"""Check key, set check-heldout118. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout118.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout118'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

Q='ja_2022q1.txt'; Y='ja_2022.txt'; X1='xm_kp2021.txt'; X2='xm_kp2021b.txt'; FJ='fj_2023h1.txt'; L='hn_ly2004.txt'
H='qh_2021.txt'; HQ='qh_2021q1.txt'; G='gx_2009_hant.txt'; N8='nn_2008.txt'; N10='nn_2010.txt'; G13='gx_2013.txt'
FS='fs_2020.txt'; HZ1='hz_2021h1.txt'; HZ2='hz_2022.txt'; XK='xk_kp2022_hant.txt'; JM='jm_kp2013.txt'

# ---- 晋安区 (福州) key projects: Jan–Mar 2022 and the whole of 2022 (cross-document pair)
q_p9 = F(Q, '9.9亿元'); q_pl9 = F(Q, '23.5亿元'); q_r9 = F(Q, '42.13%')
q_done = F(Q, '148.43亿元', n=0); q_plan = F(Q, '373.5亿元'); q_r = F(Q, '39.74%'); q_tot = F(Q, '1520.63亿元'); q_n = F(Q, '131个')
q_cnt = [F(Q, '75个'), F(Q, '51个'), F(Q, '5个', pre='预备项目'), q_n]
q_a = F(Q, '112.85亿元'); q_ar = F(Q, '49.22%'); q_b = F(Q, '35.58亿元'); q_br = F(Q, '24.67%')
q_5n = [F(Q, '20项'), F(Q, '16项'), F(Q, '85项'), F(Q, '10项'), F(Q, '500项'), F(Q, '631个')]
q_5t = [F(Q, '754.3亿元'), F(Q, '54.89亿元'), F(Q, '910.65亿元'), F(Q, '38.63亿元'), F(Q, '2555.50亿元'), F(Q, '4313.97亿元')]
q_5d = F(Q, '31.14亿元'); q_5p = F(Q, '104.3亿元'); q_5r = F(Q, '29.86%'); q_kd = F(Q, '30.34亿元'); q_kp = F(Q, '103.9亿元'); q_kr = F(Q, '29.2%')
y_p9 = F(Y, '33.76亿元'); y_pl9 = F(Y, '23.5亿元'); y_r9 = F(Y, '144%')
y_done = F(Y, '485.85亿元'); y_plan = F(Y, '373.5亿元'); y_r = F(Y, '130%', n=0); y_tot = F(Y, '1520.63亿元'); y_n = F(Y, '131个')
y_t = [F(Y, '1111.41亿元'), F(Y, '349.22亿元'), F(Y, '60亿元'), y_tot]
y_pl = [F(Y, '229.3亿元'), F(Y, '144.2亿元'), y_plan]
y_a = F(Y, '309.73亿元'); y_ar = F(Y, '135%'); y_b = F(Y, '175.52亿元'); y_br = F(Y, '122%')
y_cnt = [F(Y, '75个'), F(Y, '51个'), F(Y, '5个', pre='预备项目'), y_n]
sh_q9 = [q_p9, q_pl9, q_r9]; sh_q = [q_done, q_plan, q_r]; sum_qab = [q_a, q_b, q_done]
sh_qa = [q_a, y_pl[0], q_ar]; sh_qb = [q_b, y_pl[1], q_br]
S.rel('share', C, sh_q9, 'provincial projects Jan–Mar 9.9 of the annual plan 23.5 = 42.13%')
S.rel('target', CT, [q_p9, q_r9], 'Jan–Mar progress 42.13% of the 2022 plan of the 9 provincial projects: the year is not over')
S.rel('share', C, sh_q, 'municipal projects Jan–Mar 148.43 of the annual plan 373.5 = 39.74%')
S.rel('target', CT, [q_done, q_r], 'Jan–Mar progress 39.74% of the 2022 plan of the 131 municipal projects: the year is not over')
S.rel('sum', C, q_cnt, '75 under construction + 51 planned new starts + 5 preparatory = 131 municipal projects')
S.rel('sum', C, sum_qab, 'under construction 112.85 + new starts 35.58 = 148.43 (the preparatory projects spent nothing yet)')
S.rel('share', C, sh_qa, 'cross-document: under-construction projects 112.85 of their annual plan 229.3 (stated in the year-end summary) = 49.22%')
S.rel('share', C, sh_qb, 'cross-document: new-start projects 35.58 of their annual plan 144.2 (year-end summary) = 24.67%')
S.rel('sum', C, q_5n, '“五个一批” 20 + 16 + 85 + 10 + 500 = 631 projects')
S.rel('sum', C, q_5t, '“五个一批” total investment 754.3 + 54.89 + 910.65 + 38.63 + 2555.50 = 4313.97')
S.rel('share', C, [q_5d, q_5p, q_5r], '“五个一批” Jan–Mar 31.14 of the annual plan 104.3 = 29.86%')
S.rel('share', C, [q_kd, q_kp, q_kr], 'started projects Jan–Mar 30.34 of their plan 103.9 = 29.20% → 29.2')
S.rel('sum', U, [q_kd, q_5d], 'started projects 30.34 within all “五个一批” 31.14: the other groups’ amounts are not stated; not a split')
S.rel('restatement', U, [F(Q, '17个'), F(Y, '44个')], 'new-start projects begun: 17 by end-March vs 44 by year-end (other period)')
S.rel('restatement', U, [F(Q, '171.26亿元'), F(Y, '171.19亿元')], 'total investment of the same 9 provincial projects, April report 171.26 vs year-end 171.19: a project total revised between reports (other date), not a restatement of one figure')
S.rel('restatement', C, [q_n, y_n], '131 municipal key projects: Q1 and year-end summaries restate the list')
S.rel('restatement', C, [q_tot, y_tot], 'total investment of the 131 projects 1520.63 in both summaries')
S.rel('restatement', C, [q_plan, y_plan], '2022 annual plan of the municipal projects 373.5 in both summaries')
S.rel('target', M, [q_plan, y_done], 'cross-document: 2022 plan 373.5 (stated in April) → year result 485.85 ≥ 373.5: met')
S.rel('share', C, [y_p9, y_pl9, y_r9], 'provincial projects 33.76 of the plan 23.5 = 143.7% → 144')
S.rel('target', M, [y_pl9, y_p9], '2022 plan of the 9 provincial projects 23.5 → result 33.76: met')
sh_y = [y_done, y_plan, y_r]
S.rel('share', C, sh_y, 'municipal projects 485.85 of the plan 373.5 = 130.08% → 130')
S.rel('target', M, [y_plan, y_done], '2022 plan of the 131 municipal projects 373.5 → 485.85: met')
S.rel('sum', C, y_t, 'total investment 1111.41 + 349.22 + 60 = 1520.63')
S.rel('sum', C, y_pl, 'annual plans 229.3 + 144.2 = 373.5 (the preparatory projects have no plan)')
S.rel('sum', C, y_cnt, '75 + 51 + 5 = 131 (year-end summary)')
sh_ya = [y_a, y_pl[0], y_ar]; sh_yb = [y_b, y_pl[1], y_br]
S.rel('share', C, sh_ya, 'under construction 309.73 of 229.3 = 135.08% → 135')
S.rel('share', C, sh_yb, 'new starts 175.52 of 144.2 = 121.7% → 122')
S.rel('sum', U, [y_a, y_b, y_done], '309.73 + 175.52 = 485.25, not 485.85: the preparatory projects’ spending is not stated, so the two listed groups are not a split of the total (judgement call)')
S.rel('share', I, [F(Y, '597.97亿元'), F(Y, '458.15亿元'), F(Y, '130%', n=1)], 'REAL ERROR in the original: “落实年” projects 597.97 / 458.15 = 130.52%, which rounds to 131, not 130 (the same summary rounds 143.7→144 and 121.7→122)')
S.rel('share', U, [F(Y, '275.55亿元'), F(Y, '154%')], '45 speeded-up projects 275.55 = 154%: their plan is not stated')
S.rel('target', U, [F(Y, '458.15亿元'), y_done], '“落实年” plan 458.15 (175 projects) vs municipal key projects’ result 485.85 (131 projects): other, overlapping list')

# ---- 厦门 2021 provincial key projects (two news items)
x_plan = F(X1, '637.8亿元'); x_done = F(X1, '805.4亿元'); x_over = F(X1, '167.6亿元'); x_r = F(X1, '126.3%')
x_parts = [F(X1, '356.2亿元'), F(X1, '382.7亿元'), F(X1, '66.5亿元')]; x_ov = [F(X1, '80.7亿元'), F(X1, '77.6亿元'), F(X1, '9.4亿元')]
x_pr = [F(X1, '129.3%'), F(X1, '125.4%'), F(X1, '116.5%')]
sum_x = [x_plan, x_over, x_done]; sh_x = [x_done, x_plan, x_r]; sum_xp = x_parts + [x_done]; sum_xo = x_ov + [x_over]
sh_xi = [[x_parts[i], x_ov[i], x_pr[i]] for i in range(3)]
S.rel('sum', C, sum_x, 'plan 637.8 + excess 167.6 = result 805.4')
S.rel('share', C, sh_x, '805.4 / 637.8 = 126.28% → 126.3')
for i, (nm, v) in enumerate([('industrial', '275.5'), ('infrastructure', '305.1'), ('social', '57.1')]):
    S.rel('share', C, sh_xi[i], f'{nm} projects: plan = result − excess = {v}; result / plan = {["129.29", "125.43", "116.46"][i]}% → {x_pr[i][1]}')
S.rel('sum', C, sum_xp, 'industrial 356.2 + infrastructure 382.7 + social 66.5 = 805.4')
S.rel('sum', C, sum_xo, 'excesses 80.7 + 77.6 + 9.4 = 167.7 ≈ 167.6 (inside the half units)')
S.rel('target', M, [x_plan, x_done], '2021 plan of the 111 provincial projects 637.8 → 805.4: met')
y2_plan = F(X2, '637.8亿元'); y2_done = F(X2, '805.4亿元'); y2_r = F(X2, '126.3%')
x2_a = [F(X2, '2283.3亿元'), F(X2, '1351.2亿元'), F(X2, '169%')]; x2_l = [F(X2, '22484.8亩'), F(X2, '18185.2亩'), F(X2, '123.6%')]
S.rel('share', C, [y2_done, y2_plan, y2_r], '厦门日报: 805.4 / 637.8 = 126.3%')
S.rel('share', C, x2_a, '435 provincial and municipal projects 2283.3 / 1351.2 = 168.98% → 169')
S.rel('share', C, x2_l, 'land handed over 22484.8 / 18185.2 mu = 123.64% → 123.6')
S.rel('target', M, [x2_a[1], x2_a[0]], 'plan 1351.2 → 2283.3: met')
S.rel('target', M, [x2_l[1], x2_l[0]], 'land plan 18185.2 mu → 22484.8: met')
S.rel('restatement', C, [x_done, y2_done], 'cross-document: 805.4 completed by the 111 provincial projects in both reports')
S.rel('restatement', C, [x_plan, y2_plan], 'cross-document: plan 637.8 in both reports')
S.rel('sum', U, [y2_done, x2_a[0]], 'the 111 provincial projects 805.4 within the 435 provincial-and-municipal projects 2283.3: the municipal part is not stated; a subset, not a split')
S.rel('target', U, [x_plan, x2_a[0]], 'provincial plan 637.8 vs the 435-project result 2283.3: other (wider) list')

# ---- 福建 H1 2023
f_t = [F(FJ, '1205.00亿元'), F(FJ, '11727.64亿元'), F(FJ, '12615.16亿元'), F(FJ, '25547.80亿元')]
f_3 = F(FJ, '5.7%', n=0); f_s = F(FJ, '5.7%', n=1)
S.rel('sum', C, f_t, '1205.00 + 11727.64 + 12615.16 = 25547.80')
S.rel('restatement', C, [f_3, f_s], 'tertiary industry +5.7% = service industry value added +5.7% (same indicator)')
S.rel('rate', U, [F(FJ, '3.8%'), F(FJ, '4.1%'), F(FJ, '1.7%'), f_3], 'GDP +3.8% rebuilt from the sectors: previous-year-price weights not stated')
S.rel('growth', U, [F(FJ, '0.7%', pre='工业增加值同比增长'), F(FJ, '5.6个')], 'industry +0.7%, 5.6 points above Q1: Q1 not stated')
S.rel('growth', U, [F(FJ, '4.2%'), F(FJ, '0.1个')], 'farm output +4.2%, 0.1 point above Q1: Q1 not stated')
S.rel('restatement', U, [F(FJ, '2193.7亿元'), f_t[0]], 'gross farm output 2193.7 vs primary value added 1205.00: other indicator')
S.rel('growth', U, [F(FJ, '1.7%'), F(FJ, '0.7%', pre='工业增加值同比增长')], 'secondary industry +1.7% vs industry above designated size +0.7%: other indicator and scope')
S.rel('rate', U, [F(FJ, '4.2%'), F(FJ, '3.0%'), F(FJ, '3.9%'), F(FJ, '4.6%'), F(FJ, '4.7%', n=0)], 'farm output +4.2% from its branches: weights not stated')

# ---- 海南 tourism, December 2004 (bureau table)
def row(name, k):  # k-th number after a row label
    t = S.read(L); s = t.index(name) + len(name)
    toks = t[s:].split('\n')[0].split()
    v = toks[k]; pos = t.index(v, s)
    return P(L, v, pos, pos - t.index(name), 0)
l_m = [row('海外旅游者', 0), row('国内旅游者', 0), row('人次) ', 0)]
l_c = [row('海外旅游者', 1), row('国内旅游者', 1), row('人次) ', 1)]
l_f = [row('外国人', 1), row('香港同胞', 1), row('澳门同胞', 1), row('台湾同胞', 1), l_c[0]]
l_d = [row('#旅游饭店接待人数', 1), row('一般旅馆接待人数', 1), l_c[1]]
l_i = [row('境外旅游收入', 1), row('国内旅游收入', 1), row('旅游收入(亿元)', 1)]
l_im = [row('境外旅游收入', 0), row('国内旅游收入', 0), row('旅游收入(亿元)', 0)]
cities = ['海 口 市', '三 亚 市', '五指山市', '文 昌 市', '琼 海 市', '万 宁 市', '定 安 县', '屯 昌 县', '澄 迈 县', '临 高 县', '儋 州 市',
          '东 方 市', '乐 东 县', '琼 中 县', '保 亭 县', '陵 水 县', '昌 江 县']
l_h = [row(c, 0) for c in cities] + [row('四、旅游饭店接待人数(万人次)', 0)]
S.rel('sum', C, l_m, 'December: overseas 3.94 + domestic 128.09 = 132.03万人次')
S.rel('sum', C, l_c, 'year: overseas 30.86 + domestic 1372.03 = 1402.89')
S.rel('sum', C, l_f, 'year: foreigners 18.38 + Hong Kong 7.68 + Macao 0.43 + Taiwan 4.37 = 30.86')
S.rel('sum', C, l_d, 'year: domestic guests in tourist hotels 1051.25 + ordinary hotels 320.78 = 1372.03')
S.rel('sum', C, l_i, 'year income: overseas 6.77 + domestic 104.24 = 111.01亿元')
S.rel('sum', C, l_im, 'December income: 0.81 + 9.61 = 10.42')
S.rel('sum', C, l_h, 'December tourist-hotel guests by city and county add to 102.98 (17 rows)')
S.rel('restatement', U, [row('#旅游饭店接待人数', 1), row('四、旅游饭店接待人数(万人次)', 1)], 'domestic guests in tourist hotels 1051.25 vs all tourist-hotel guests 1082.11 (overseas included): other scope')
S.rel('share', U, [row('实际出租间天数(间天)', 1), row('核定出租间天数(间天)', 1), row('开房率(%)', 1)], 'non-star rooms let 2187504 / available 6613435 = 33.1%, vs the tourist-hotel occupancy 54.3%: other scope (star hotels only)')

# ---- 琼海 2021 plan report and Q1 2021 news
S.rel('target', M, [F(H, '3.0%'), F(H, '0.9%')], 'CPI target “控制在3.0%以内” (set by the province for 琼海 2021) → +0.9%: met')
S.rel('growth', U, [F(HQ, '18%'), F(H, '9.6%')], 'GDP +18% in Q1 vs +9.6% for the year: other period')
S.rel('growth', U, [F(HQ, '26.6%', n=0), F(H, '5.2%')], 'investment +26.6% in Q1 vs +5.2% for the year: other period')
S.rel('restatement', U, [F(HQ, '26.6%', n=0), F(HQ, '26.6%', n=1)], 'investment +26.6% and retail sales +26.6%: same number, other indicator')
S.rel('sum', U, [F(HQ, '6场'), F(HQ, '1场'), F(HQ, '52场')], '52 meetings, of which 6 with over 1000 people and 1 with 10000: nested size classes, not a split')

# ---- 广西 2009 “项目建设年” plan (traditional)
g_n = [F(G, '2191個'), F(G, '1999個'), F(G, '942個'), F(G, '5132個')]
g_t = [F(G, '15237億元'), F(G, '5594億元'), F(G, '2164億元'), F(G, '23395億元')]
g_y = [F(G, '1460億元'), F(G, '2344億元'), F(G, '1106億元'), F(G, '4910億元')]
S.rel('sum', C, g_n, '2191 new + 1999 continuing + 942 finishing = 5132 projects')
S.rel('sum', I, g_t, 'REAL ERROR in the original: total investment 15237 + 5594 + 2164 = 22995, not 23395 (the counts and the annual amounts of the same three groups add up exactly)')
S.rel('sum', C, g_y, 'annual investment 1460 + 2344 + 1106 = 4910')
S.rel('share', U, [g_y[0], g_t[0]], 'new starts: 1460 this year of a total 15237: no share stated, the rest falls in later years')

# ---- 南宁 industry (2008) and 十一五 (2010)
n_320 = F(N8, '320亿元'); n_04 = F(N8, '20.91%'); n_389 = F(N8, '389亿元')
gr_n = [n_320, n_04, n_389]
S.rel('growth', C, gr_n, 'H1 2008 output 389 “超过了2004年的全市工业总产值”: 2004 = 2003’s 320 × 1.2091 = 386.9 < 389 (judgement call)')
S.rel('growth', U, [F(N8, '33.72%'), F(N8, '10.46个'), F(N8, '21.49%')], '规模以上 output +33.72%, 10.46 points above the previous year (so 23.26%): the stated 2005 rate 21.49% is for all industrial output, another indicator')
S.rel('sum', U, [F(N8, '200亿元'), n_320], '2003 output above designated size 200亿 vs all industrial output 320亿: a subset, no relation stated')
n_dbl = F(N10, '翻一番以上'); n_x = [F(N10, '2.49倍'), F(N10, '4.08倍'), F(N10, '2.99倍')]
gr_n10 = [[n_dbl, n_x[i]] for i in range(3)]
for i, w in enumerate(['GDP', 'fixed-asset investment', 'fiscal revenue']):
    S.rel('growth', C, gr_n10[i], f'“均比十五期末翻一番以上” (≥ 2×): {w} {n_x[i][1]} ≥ 2')
S.rel('growth', U, [F(N10, '1800亿元'), n_x[0], F(N10, '15%')], 'GDP 2.49× in five years = 20.0% a year nominal vs “五年年均增长15%左右” (real): nominal vs real')

# ---- 广西 2013 finance
g13_r = F(G13, '2000.51亿元'); g13_e = F(G13, '3192.26亿元'); g13_m = F(G13, '2500亿元'); g13_70 = F(G13, '70%')
rs_g1 = [g13_r, F(G13, '2000亿元', n=0)]; rs_g2 = [g13_e, F(G13, '3000亿元', n=0)]; sh_g = [g13_m, g13_e, g13_70]
S.rel('restatement', C, rs_g1, '2000.51 “突破2000亿元大关”')
S.rel('restatement', C, rs_g2, 'spending 3192.26 “首次突破3000亿元大关”')
S.rel('share', C, sh_g, 'livelihood spending about 2500 of 3192.26 = 78% “超过70%”')
S.rel('share', U, [F(G13, '33.6%'), g13_r], 'non-tax revenue 33.6% of 公共财政预算收入: that total is not stated (2000.51 is the wider 组织财政收入)')
S.rel('growth', U, [F(G13, '1000亿元'), g13_r], '“自2010年突破千亿元…又增加了1000亿元”: the 2010 level is not stated')
S.rel('share', U, [F(G13, '23个'), F(G13, '三分之一')], '23 counties “接近全区市县数量的三分之一”: the number of counties is not stated')

# ---- 佛山 2020 budget execution, 2021 budget
fs_21 = F(FS, '790.95亿元'); fs_20 = F(FS, '753.29亿元'); fs_5 = F(FS, '5%', pre='预期增长')
gr_fs = [fs_21, fs_20, fs_5]; sum_fs = [F(FS, '37.53亿元'), F(FS, '23.24亿元'), F(FS, '60.77亿元')]
rs_fs = [F(FS, '1207.28亿元', n=0), F(FS, '1207.28亿元', n=1)]
S.rel('growth', C, gr_fs, '2021 budget 790.95 on the 2020 result 753.29 = +5.00% (“预期增长5%左右”)')
S.rel('sum', C, sum_fs, '37.53 + 23.24 = 60.77')
S.rel('restatement', C, rs_fs, '2020 revenue total 1207.28 = spending total 1207.28 (“实现收支平衡”)')
S.rel('target', U, [fs_5, F(FS, '2.98%')], '2021 revenue target +5% vs the 2020 result +2.98%: other period')
S.rel('sum', U, [fs_20, rs_fs[0]], '753.29 plus tax rebates etc. = 1207.28: the added items are not stated')
S.rel('restatement', U, [F(FS, '1018.58亿元'), F(FS, '1007.82亿元')], '2021 revenue total 1018.58 vs spending total 1007.82: not stated as equal (unlike 2020)')

# ---- 惠州 H1 2021 and 2022
h1_t = [F(HZ1, '104.79亿元'), F(HZ1, '1145.86亿元'), F(HZ1, '975.94亿元'), F(HZ1, '2226.58亿元')]
h1_g = [F(HZ1, '16.8%', n=1), F(HZ1, '13.0%'), F(HZ1, '3.8个')]; h1_g2 = [F(HZ1, '5.7%', n=1), F(HZ1, '5.0%'), F(HZ1, '0.7个')]
S.rel('sum', C, h1_t, '104.79 + 1145.86 + 975.94 = 2226.59 ≈ 2226.58 (inside the half units)')
S.rel('growth', C, h1_g, '惠州 +16.8% vs the province 13.0%: 3.8 points higher')
S.rel('growth', C, h1_g2, 'two-year average 5.7% vs the province 5.0%: 0.7 points higher')
S.rel('rate', U, [F(HZ1, '16.8%', n=1), F(HZ1, '4.2%'), F(HZ1, '20.6%'), F(HZ1, '14.2%')], 'GDP +16.8% from the sectors: weights not stated')
S.rel('restatement', U, [F(HZ1, '165.41亿元'), h1_t[0]], 'farm output 165.41 vs primary value added 104.79: other indicator')
S.rel('growth', U, [F(HZ1, '25.1%'), F(HZ1, '20.6%')], 'industry above designated size +25.1% vs secondary industry +20.6%: other indicator')
S.rel('growth', U, [F(HZ1, '5.4%'), F(HZ1, '3个')], 'farm two-year average 5.4%, 3 points above Q1: Q1 not stated')
S.rel('restatement', U, [F(HZ1, '5.7%', n=1), F(HZ1, '5.7%', n=2)], 'GDP two-year average 5.7% vs farm output growth 5.7%: same number, other indicator')
h2_t = [F(HZ2, '277.45亿元'), F(HZ2, '3019.87亿元'), F(HZ2, '2103.91亿元'), F(HZ2, '5401.24亿元', n=1)]
rs_h2 = [F(HZ2, '5401.24亿元', n=0), h2_t[3]]
S.rel('sum', C, h2_t, '277.45 + 3019.87 + 2103.91 = 5401.23 ≈ 5401.24')
S.rel('restatement', C, rs_h2, 'GDP 5401.24 stated twice in the article')
S.rel('growth', U, [F(HZ2, '4.2%', n=0), F(HZ2, '2.3', post='和1.2个'), F(HZ2, '1.2个')], '+4.2%, 2.3 and 1.2 points above the province and the nation: their rates are not stated')
S.rel('rate', U, [F(HZ2, '4.2%', n=1), F(HZ2, '6.9%'), F(HZ2, '7.2%'), F(HZ2, '0.02%')], 'GDP +4.2% from the sectors: weights not stated')
S.rel('restatement', U, [F(HZ2, '429.96亿元'), h2_t[0]], 'farm output 429.96 vs primary value added 277.45: other indicator')
S.rel('restatement', U, [h1_t[3], h2_t[3]], 'cross-document: 惠州 GDP H1 2021 2226.58 vs 2022 5401.24: other period')

# ---- a 广东 county, key projects Jan–May 2022 (traditional)
k_c = [F(XK, '5宗'), F(XK, '28宗'), F(XK, '39宗'), F(XK, '72宗')]; k_c2 = [F(XK, '29宗'), F(XK, '43宗'), k_c[3]]
k_d = F(XK, '88.4億元'); sh_k = [k_d, F(XK, '190.7億元'), F(XK, '46.4%')]; sum_k = [F(XK, '69.9億元'), F(XK, '18.5億元'), k_d]
S.rel('sum', C, k_c, '5 finishing + 28 continuing + 39 new = 72 projects')
S.rel('sum', C, k_c2, '29 provincial/municipal + 43 county projects = 72')
S.rel('share', C, sh_k, 'Jan–May 88.4 of the annual plan 190.7 = 46.36% → 46.4')
S.rel('sum', C, sum_k, '69.9 + 18.5 = 88.4')
S.rel('target', CT, [k_d, F(XK, '46.4%')], 'Jan–May progress 46.4% of the 2022 plan: the year is not over')
S.rel('target', U, [F(XK, '60%'), F(XK, '54.4%')], 'H1 target 60% for the provincial continuing projects vs 54.4% of the 29 provincial-and-municipal projects by end-May: other list and period')
S.rel('target', U, [F(XK, '120%'), F(XK, '46.4%')], 'year target 120% for the provincial continuing projects vs 46.4% of all 72 projects by end-May: other list, year not over')

# ---- 江门 key projects Jan–Apr 2013
j_d = F(JM, '107.4亿元'); j_p = F(JM, '401.9亿元'); sh_j = [j_d, j_p, F(JM, '26.7%')]; sh_j2 = [F(JM, '159.5亿元'), j_p, F(JM, '39.7%')]
sum_j = [F(JM, '159项'), F(JM, '37项'), F(JM, '196项')]
S.rel('share', C, sh_j, '107.4 / 401.9 = 26.72% → 26.7')
S.rel('share', C, sh_j2, 'funds secured 159.5 / 401.9 = 39.69% → 39.7')
S.rel('sum', C, sum_j, '159 begun + 37 not begun = 196')
S.rel('target', CT, [j_d, F(JM, '26.7%')], 'Jan–Apr progress 26.7% of the 2013 plan: the year is not over')
S.rel('growth', U, [F(JM, '26.7%'), F(JM, '2个')], '2 points faster than a year earlier: last year’s progress not stated')

# ---- further traps and checks
S.rel('sum', U, [F(Y, '9项'), y_n, F(Y, '175个')], '9 provincial + 131 municipal = 140 vs 175 “落实年” projects: overlapping lists, not parts of one whole')
S.rel('sum', U, [F(Y, '171.19亿元'), y_tot, F(Y, '2141.68亿元')], '171.19 + 1520.63 = 1691.82 vs the “落实年” total 2141.68: overlapping lists')
S.rel('sum', U, [q_kp, q_5p], 'plan of the started projects 103.9 within the “五个一批” plan 104.3: a subset, the rest is not stated')
S.rel('growth', U, [F(XK, '54.4%'), F(XK, '4.4個')], '54.4%, 4.4 points above the time schedule: the schedule is not stated (it implies 50%, while Jan–May is 41.7% of the year)')
S.rel('growth', U, [F(XK, '29.7%'), F(XK, '20.3個')], '29.7%, 20.3 points below the time schedule: the schedule is not stated')
S.rel('sum', U, [F(HZ1, '938亿元'), h1_t[1]], 'industry above designated size 938 within secondary industry 1145.86 (construction and small firms not stated): a subset')
S.rel('growth', U, [F(HZ1, '8.2%'), F(HZ1, '6.8%', pre='两年平均增长')], 'industry two-year average 8.2% vs secondary industry 6.8%: other indicator')
S.rel('growth', U, [F(HZ1, '8.2%'), F(HZ1, '1.2个')], '8.2%, 1.2 points above Q1: Q1 not stated')
S.rel('growth', U, [F(FJ, '4.7%', n=1), F(FJ, '0.7%', pre='工业增加值同比增长')], 'industry +4.7% in June vs +0.7% in H1: other period')
S.rel('restatement', U, [F(FJ, '4.7%', n=0), F(FJ, '4.7%', n=1)], 'fishery output +4.7% vs industry in June +4.7%: same number, other indicator and period')
S.rel('rate', U, [f_s, F(FJ, '8.0%'), F(FJ, '6.6%', pre='零售业增长'), F(FJ, '9.9%'), F(FJ, '8.4%')], 'services +5.7% vs four listed branches all faster: the other branches and the weights are not stated')
S.rel('growth', U, [row('一、接待过夜人数合计(万人次)', 2), row('一、接待过夜人数合计(万人次)', 3)], 'visitors −4.0% in December vs +13.7% for the year: other period')
S.rel('growth', U, [row('旅游收入(亿元)', 2), row('旅游收入(亿元)', 3)], 'income −1.5% in December vs +18.7% for the year: other period')
S.rel('rate', C, [l_c[0], row('海外旅游者', 3), l_c[1], row('国内旅游者', 3), l_c[2], row('一、接待过夜人数合计(万人次)', 3)], 'visitors: last year = 30.86/1.052 + 1372.03/1.139 = 1233.9; 1402.89 / 1233.9 = +13.7% (counts add, so the parts’ rates fix the total’s)')
S.rel('rate', C, [l_i[0], row('境外旅游收入', 3), l_i[1], row('国内旅游收入', 3), l_i[2], row('旅游收入(亿元)', 3)], 'income (nominal): last year = 6.77/1.026 + 104.24/1.199 = 93.54; 111.01 / 93.54 = +18.7%')
S.rel('rate', C, [l_d[0], row('#旅游饭店接待人数', 3), l_d[1], row('一般旅馆接待人数', 3), l_d[2], row('国内旅游者', 3)], 'domestic visitors: 1051.25/1.159 + 320.78/1.078 = 1204.6; 1372.03 / 1204.6 = +13.9%')
S.rel('growth', U, [F(G13, '23个'), F(G13, '7个')], '23 counties, 7 more than a year earlier: the earlier count is not stated')
S.rel('sum', U, [F(FS, '678.99亿元'), F(FS, '30.54亿元'), F(FS, '20.28亿元')], 'livelihood 678.99, epidemic 30.54, aid 20.28: overlapping spending headings, no total stated')
S.rel('restatement', U, [F(FS, '1018.58亿元'), rs_fs[0]], 'revenue total 2021 budget 1018.58 vs 2020 result 1207.28: other year')
S.rel('restatement', U, [F(X1, '111个'), F(X2, '435个')], '111 provincial projects vs 435 provincial-and-municipal projects: other list')
S.rel('restatement', U, [x_r, x2_a[2]], 'completion 126.3% (provincial list) vs 169% (provincial-and-municipal list): other list')
S.rel('growth', U, [F(HZ2, '61.95万吨'), F(HZ2, '1.7%'), F(HZ2, '170.78万亩'), F(HZ2, '1.6%')], 'grain output +1.7% vs sown area +1.6%: yields not stated, other indicator')
S.rel('growth', U, [F(N8, '33.72%'), F(N8, '30%')], 'output above designated size +33.72% in 2006 vs all output +30% in H1 2008: other period and scope')

S.rel('growth', U, [F(HZ1, '16.8%', n=1), F(HZ2, '4.2%', n=0)], 'cross-document: 惠州 GDP +16.8% (H1 2021) vs +4.2% (2022): other period')
S.rel('restatement', U, [q_ar, y_ar], 'cross-document: under-construction projects 49.22% of plan by end-March vs 135% by year-end: other period')

# ======== altered copies
a = ALT(Q, 1, q_a, '118.85亿元', 'under-construction projects Jan–Mar 112.85 → 118.85')
S.rel('sum', I, R(a, sum_qab, q_a, '118.85亿元'), 'altered: 118.85 + 35.58 = 154.43, not 148.43 (breaks {B})')
S.rel('share', I, R(a, sh_qa, q_a, '118.85亿元'), 'altered (cross-document): 118.85 / 229.3 = 51.83%, not 49.22% (breaks {B})')
a = ALT(Q, 2, q_r, '37.74%', 'municipal progress 39.74% → 37.74%')
S.rel('share', I, R(a, sh_q, q_r, '37.74%'), 'altered: 148.43 / 373.5 = 39.74%, not 37.74% (breaks {B})')
a = ALT(Y, 1, y_pl[0], '223.3亿元', 'plan of the under-construction projects 229.3 → 223.3')
S.rel('sum', I, R(a, y_pl, y_pl[0], '223.3亿元'), 'altered: 223.3 + 144.2 = 367.5, not 373.5 (breaks {B})')
S.rel('share', I, R(a, sh_ya, y_pl[0], '223.3亿元'), 'altered: 309.73 / 223.3 = 138.7%, not 135% (breaks {B})')
S.rel('share', I, R(a, sh_qa, y_pl[0], '223.3亿元'), 'altered (cross-document): Q1 112.85 / 223.3 = 50.54%, not 49.22% (breaks {B})')
a = ALT(Y, 2, y_t[1], '340.22亿元', 'total investment of the new-start projects 349.22 → 340.22')
S.rel('sum', I, R(a, y_t, y_t[1], '340.22亿元'), 'altered: 1111.41 + 340.22 + 60 = 1511.63, not 1520.63 (breaks {B})')
a = ALT(X1, 1, x_parts[1], '388.7亿元', 'infrastructure result 382.7 → 388.7')
S.rel('sum', I, R(a, sum_xp, x_parts[1], '388.7亿元'), 'altered: 356.2 + 388.7 + 66.5 = 811.4, not 805.4 (breaks {B})')
S.rel('share', I, R(a, sh_xi[1], x_parts[1], '388.7亿元'), 'altered: 388.7 / (388.7 − 77.6) = 124.9%, not 125.4% (breaks {B})')
a = ALT(X1, 2, x_over, '161.6亿元', 'excess over plan 167.6 → 161.6')
S.rel('sum', I, R(a, sum_x, x_over, '161.6亿元'), 'altered: 637.8 + 161.6 = 799.4, not 805.4 (breaks {B})')
S.rel('sum', I, R(a, sum_xo, x_over, '161.6亿元'), 'altered: 80.7 + 77.6 + 9.4 = 167.7, not 161.6 (breaks {B})')
a = ALT(X2, 1, x2_a[1], '1451.2亿元', 'plan of the 435 projects 1351.2 → 1451.2')
S.rel('share', I, R(a, x2_a, x2_a[1], '1451.2亿元'), 'altered: 2283.3 / 1451.2 = 157.3%, not 169% (breaks {B})')
a = ALT(X2, 2, y2_plan, '673.8亿元', 'provincial plan 637.8 → 673.8')
S.rel('share', I, R(a, [y2_done, y2_plan, y2_r], y2_plan, '673.8亿元'), 'altered: 805.4 / 673.8 = 119.5%, not 126.3% (breaks {B})')
S.rel('restatement', I, R(a, [x_plan, y2_plan], y2_plan, '673.8亿元'), 'altered (cross-document): plan 637.8 in the other report vs 673.8 here (breaks {B})')
a = ALT(FJ, 1, f_t[1], '11721.64亿元', 'secondary value added 11727.64 → 11721.64')
S.rel('sum', I, R(a, f_t, f_t[1], '11721.64亿元'), 'altered: parts add to 25541.80, not 25547.80 (breaks {B})')
a = ALT(FJ, 2, f_s, '5.2%', 'service value added growth 5.7% → 5.2%')
S.rel('restatement', I, R(a, [f_3, f_s], f_s, '5.2%'), 'altered: tertiary +5.7% vs services +5.2% for the same indicator (breaks {B})')
a = ALT(L, 1, l_c[1], '1377.03', 'domestic visitors for the year 1372.03 → 1377.03')
S.rel('sum', I, R(a, l_c, l_c[1], '1377.03'), 'altered: 30.86 + 1377.03 = 1407.89, not 1402.89 (breaks {B})')
S.rel('sum', I, R(a, l_d, l_c[1], '1377.03'), 'altered: 1051.25 + 320.78 = 1372.03, not 1377.03 (breaks {B})')
a = ALT(L, 2, l_i[1], '104.74', 'domestic tourism income 104.24 → 104.74')
S.rel('sum', I, R(a, l_i, l_i[1], '104.74'), 'altered: 6.77 + 104.74 = 111.51, not 111.01 (breaks {B})')
a = ALT(G, 1, g_n[2], '947個', 'finishing projects 942 → 947')
S.rel('sum', I, R(a, g_n, g_n[2], '947個'), 'altered: 2191 + 1999 + 947 = 5137, not 5132 (breaks {B})')
a = ALT(G, 2, g_y[1], '2314億元', 'annual investment of continuing projects 2344 → 2314')
S.rel('sum', I, R(a, g_y, g_y[1], '2314億元'), 'altered: 1460 + 2314 + 1106 = 4880, not 4910 (breaks {B})')
a = ALT(N8, 1, n_389, '381亿元', 'H1 2008 output 389 → 381')
S.rel('growth', I, R(a, gr_n, n_389, '381亿元'), 'altered: 381 is below the 2004 output 320 × 1.2091 = 386.9, so it did not “超过” it (breaks {B})')
a = ALT(N8, 2, n_04, '23.91%', '2004 output growth 20.91% → 23.91%')
S.rel('growth', I, R(a, gr_n, n_04, '23.91%'), 'altered: 2004 output 320 × 1.2391 = 396.5 > 389, so H1 2008 did not exceed it (breaks {B})')
a = ALT(N10, 1, n_x[0], '1.49倍', 'GDP ratio to 2005 2.49 → 1.49')
S.rel('growth', I, R(a, gr_n10[0], n_x[0], '1.49倍'), 'altered: 1.49× is not “翻一番以上” (breaks {B})')
a = ALT(N10, 2, n_x[2], '1.99倍', 'fiscal revenue ratio to 2005 2.99 → 1.99')
S.rel('growth', I, R(a, gr_n10[2], n_x[2], '1.99倍'), 'altered: 1.99× is not “翻一番以上” (breaks {B})')
a = ALT(G13, 1, g13_r, '1900.51亿元', 'revenue 2000.51 → 1900.51')
S.rel('restatement', I, R(a, rs_g1, g13_r, '1900.51亿元'), 'altered: 1900.51 does not “突破2000亿元” (breaks {B})')
a = ALT(G13, 2, g13_m, '2100亿元', 'livelihood spending about 2500 → about 2100')
S.rel('share', I, R(a, sh_g, g13_m, '2100亿元'), 'altered: 2100 / 3192.26 = 65.8%, not over 70% (breaks {B})')
a = ALT(FS, 1, fs_21, '798.95亿元', '2021 revenue budget 790.95 → 798.95')
S.rel('growth', I, R(a, gr_fs, fs_21, '798.95亿元'), 'altered: 798.95 / 753.29 = +6.06%, not about 5% (breaks {B})')
a = ALT(FS, 2, sum_fs[1], '28.24亿元', 'poverty-relief and aid spending 23.24 → 28.24')
S.rel('sum', I, R(a, sum_fs, sum_fs[1], '28.24亿元'), 'altered: 37.53 + 28.24 = 65.77, not 60.77 (breaks {B})')
a = ALT(HZ1, 1, h1_t[1], '1145.36亿元', 'secondary value added 1145.86 → 1145.36')
S.rel('sum', I, R(a, h1_t, h1_t[1], '1145.36亿元'), 'altered: parts add to 2226.09, not 2226.58 (breaks {B})')
a = ALT(HZ1, 2, h1_g[2], '3.3个', 'gap to the province 3.8 → 3.3 points')
S.rel('growth', I, R(a, h1_g, h1_g[2], '3.3个'), 'altered: 16.8 − 13.0 = 3.8, not 3.3 (breaks {B})')
a = ALT(HZ2, 1, h2_t[1], '3019.37亿元', 'secondary value added 3019.87 → 3019.37')
S.rel('sum', I, R(a, h2_t, h2_t[1], '3019.37亿元'), 'altered: parts add to 5400.73, not 5401.24 (breaks {B})')
a = ALT(HZ2, 2, rs_h2[0], '5481.24亿元', 'GDP in the lead paragraph 5401.24 → 5481.24')
S.rel('restatement', I, R(a, rs_h2, rs_h2[0], '5481.24亿元'), 'altered: 5481.24 in the lead vs 5401.24 below (breaks {B})')
a = ALT(XK, 1, k_c[1], '23宗', 'continuing projects 28 → 23')
S.rel('sum', I, R(a, k_c, k_c[1], '23宗'), 'altered: 5 + 23 + 39 = 67, not 72 (breaks {B})')
a = ALT(XK, 2, sum_k[0], '64.9億元', 'provincial/municipal projects Jan–May 69.9 → 64.9')
S.rel('sum', I, R(a, sum_k, sum_k[0], '64.9億元'), 'altered: 64.9 + 18.5 = 83.4, not 88.4 (breaks {B})')
a = ALT(JM, 1, sum_j[1], '31项', 'projects not begun 37 → 31')
S.rel('sum', I, R(a, sum_j, sum_j[1], '31项'), 'altered: 159 + 31 = 190, not 196 (breaks {B})')
a = ALT(JM, 2, j_d, '117.4亿元', 'Jan–Apr completion 107.4 → 117.4')
S.rel('share', I, R(a, sh_j, j_d, '117.4亿元'), 'altered: 117.4 / 401.9 = 29.2%, not 26.7% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

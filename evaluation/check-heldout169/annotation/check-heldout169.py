"""Check key, set check-heldout169. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout169.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout169'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


WZ14='wz_2014.txt'; WZ15='wz_2015.txt'; QD14='qd_2014m4.txt'; QD24='qd_2024m9.txt'; WJ20='wj_2020_hant.txt'; MH20='mh_2020.txt'
FJ15='fj_2015_hant.txt'; HZ='hz_yb.txt'; WF07='wf_2007_hant.txt'; WF21='wf_2021.txt'; JS04='js_2004_hant.txt'; PD03='pd_2003h1_hant.txt'
NT02='nt_2002.txt'; YT87='yt_1987.txt'; NB11='nb_2011.txt'; SX13='sx_2013_hant.txt'; SIP05='sip_2005_hant.txt'; PD24='pd_2024.txt'

# ---- 温州 2014 results (2015 work report) and 2015 plan execution (targets and results)
w4_gdp = F(WZ14, '4303亿元'); w4_gdpr = F(WZ14, '7.2'); w4_rev = F(WZ14, '353亿元'); w4_u = F(WZ14, '40510元'); w4_r = F(WZ14, '19394元')
w5_gdp_t = F(WZ15, '4620'); w5_gdpr_t = F(WZ15, '7以上', n=0); w5_gdp = F(WZ15, '4619.8', pre='\n\n', post='\n'); w5_gdpr = F(WZ15, '8.3', pre='4619.8\n\n')
w5_gdp_txt = F(WZ15, '4619.8亿元'); w5_gdpr_txt = F(WZ15, '8.3%'); w5_gap = F(WZ15, '1.3个百分点')
w5_rev_t = F(WZ15, '397'); w5_revr_t = F(WZ15, '7以上', n=1); w5_rev = F(WZ15, '403.1'); w5_revr = F(WZ15, '7', pre='403.1\n\n', post='\n')
w5_ret_t = F(WZ15, '2680'); w5_retr_t = F(WZ15, '11以上'); w5_ret = F(WZ15, '2674.4'); w5_retr = F(WZ15, '11', pre='2674.4\n\n', post='\n')
w5_tr_t = F(WZ15, '218'); w5_tr = F(WZ15, '194.8'); w5_trr = F(WZ15, '-6.3')
w5_ex_t = F(WZ15, '195', pre='\n\n', post='\n'); w5_exr_t = F(WZ15, '5左右'); w5_ex = F(WZ15, '171.2'); w5_exr = F(WZ15, '-7.7')
w5_im_t = F(WZ15, '23', pre='\n\n', post='\n\n3\n'); w5_im = F(WZ15, '23.6'); w5_imr = F(WZ15, '6.0')
w5_cpi_t = F(WZ15, '103左右'); w5_cpi = F(WZ15, '100.7')
w5_u_t = F(WZ15, '43760'); w5_ur_t = F(WZ15, '8以上'); w5_u = F(WZ15, '44026'); w5_ur = F(WZ15, '8.7', pre='44026\n\n')
w5_r_t = F(WZ15, '21140'); w5_rr_t = F(WZ15, '9以上'); w5_r = F(WZ15, '21235'); w5_rr = F(WZ15, '9.5', pre='21235\n\n')
S.rel('target', M, [w5_gdpr_t, w5_gdpr], 'GDP growth goal 7以上 → 8.3% (met)')
gap_w = [w5_gdpr_txt, w5_gdpr_t, w5_gap]
S.rel('sum', C, gap_w, '"比年初预期目标高1.3个百分点": 8.3 − 7 = 1.3 points')
S.rel('restatement', C, [w5_gdp_txt, w5_gdp], 'GDP 4619.8亿 in the text and in the table')
S.rel('restatement', C, [w5_gdpr_txt, w5_gdpr], 'GDP growth 8.3% in the text and in the table')
S.rel('target', MS, [w5_gdp_t, w5_gdp], 'GDP level goal 4620亿 → 4619.8亿: short by 0.2亿 (missed on the level, while the growth goal was met)')
S.rel('target', M, [w5_rev_t, w5_rev], 'budget revenue goal 397亿 → 403.1亿 (met)')
S.rel('target', M, [w5_revr_t, w5_revr], 'budget revenue growth goal 7以上 → 7 (met at ≥ 7)')
S.rel('target', MS, [w5_ret_t, w5_ret], 'retail sales goal 2680亿 → 2674.4亿 (missed on the level)')
S.rel('target', M, [w5_retr_t, w5_retr], 'retail growth goal 11以上 → 11 (met at ≥ 11)')
S.rel('target', MS, [w5_exr_t, w5_exr], 'export growth goal 5左右 → −7.7% (missed; the text names exports as missed)')
S.rel('target', MS, [w5_tr_t, w5_tr], 'trade goal 218亿美元 → 194.8亿美元 (missed)')
S.rel('target', M, [w5_im_t, w5_im], 'import goal 23亿美元 → 23.6亿美元 (met)')
S.rel('target', M, [w5_cpi_t, w5_cpi], 'CPI ceiling 103左右 → 100.7 (kept: met)')
S.rel('target', M, [w5_u_t, w5_u], 'urban income goal 43760元 → 44026元 (met)')
S.rel('target', M, [w5_rr_t, w5_rr], 'rural income growth goal 9以上 → 9.5 (met)')
sum_w1 = [w5_ex_t, w5_im_t, w5_tr_t]
S.rel('sum', C, sum_w1, 'trade goal: exports 195 + imports 23 = 218亿美元')
sum_w2 = [w5_ex, w5_im, w5_tr]
S.rel('sum', C, sum_w2, 'trade result: exports 171.2 + imports 23.6 = 194.8亿美元')
rt_w = [w5_ex, w5_exr, w5_im, w5_imr, w5_tr, w5_trr]
S.rel('rate', C, rt_w, 'last year = 171.2/0.923 + 23.6/1.06 = 207.75; 194.8 / 207.75 = −6.23% (−6.35…−6.11 with the half-units) → −6.3%')
gr_w1 = [w4_u, w5_u, w5_ur]
S.rel('growth', C, gr_w1, 'across the two reports: urban income 40510 (2014) → 44026 (2015) = +8.68% → 8.7%')
gr_w2 = [w4_r, w5_r, w5_rr]
S.rel('growth', C, gr_w2, 'across the two reports: rural income 19394 → 21235 = +9.49% → 9.5%')
S.rel('growth', C, [w4_u, w5_u_t, w5_ur_t], 'the 2015 urban income goal 43760 is 40510 × 1.080: consistent with its rate goal 8以上 (+8.02%)')
gr_w4 = [w4_r, w5_r_t, w5_rr_t]
S.rel('growth', C, gr_w4, 'the 2015 rural income goal 21140 is 19394 × 1.090: consistent with 9以上 (+9.003%)')
S.rel('growth', U, [w4_gdp, w5_gdp, w5_gdpr], 'GDP 4303 → 4619.8 is +7.4% at current prices; 8.3% is the real rate (nominal vs real)')
S.rel('growth', U, [w4_rev, w5_rev, w5_revr], 'revenue 353 → 403.1 is +14.2%, the table says 7: the 2015 rate is on a comparable-scope base not printed (unstated base)')
S.rel('target', U, [w4_gdpr, w5_gdpr_t], '2014 growth 7.2 against the 2015 goal 7以上: another period')

# ---- 青岛 key projects Jan-Apr 2014
q_tot = F(QD14, '200个'); q_on = F(QD14, '137个'); q_new = F(QD14, '47个')
S.rel('share', C, [q_tot, q_on, F(QD14, '68.5%')], '137 / 200 = 68.5%')
S.rel('sum', C, [F(QD14, '31个'), F(QD14, '11个', pre='服务业项目'), F(QD14, '5个', pre='基础设施及其他项目'), q_new], 'new starts by sector: 31 + 11 + 5 = 47')
sum_q2 = [F(QD14, '58个'), F(QD14, '62个'), F(QD14, '17个'), q_on]
S.rel('sum', C, sum_q2, 'projects under construction by sector: 58 + 62 + 17 = 137')
sum_q3 = [F(QD14, '137.8亿元'), F(QD14, '232.2亿元'), F(QD14, '48.7亿元'), F(QD14, '418.8亿元')]
S.rel('sum', C, sum_q3, 'investment by sector: 137.8 + 232.2 + 48.7 = 418.7 ≈ 418.8亿 (within the half-units)')
q_34 = F(QD14, '34个')
S.rel('sum', C, [F(QD14, '23个'), F(QD14, '11个', pre='城建交通及其他项目'), q_34], '50亿+ projects: 23 industrial + 11 infrastructure = 34')
S.rel('sum', C, [F(QD14, '5个', pre='工业项目'), F(QD14, '18个'), F(QD14, '23个')], 'industrial 5 + services 18 = 23')
S.rel('sum', C, [F(QD14, '24个'), F(QD14, '10个'), q_34], '24 started + 10 in preparation = 34')
S.rel('sum', U, [F(QD14, '13个'), F(QD14, '9个'), q_new], 'districts "居前列" (13, 9, 4, 4, 4, 4 = 38) are the leading districts only, not a split of the 47 new starts')
S.rel('sum', U, [F(QD14, '141.9亿元'), F(QD14, '418.8亿元')], 'April 141.9亿 is inside Jan–Apr 418.8亿 (a part, not a split)')
S.rel('share', U, [F(QD14, '58个'), F(QD14, '55.8%')], '开工在建率55.8% is over the number of industrial projects, which is not stated')

# ---- 青岛 key projects Jan-Sep 2024
q4_a = F(QD24, '2058.1亿元'); q4_b = F(QD24, '889.3亿元'); q4_t = F(QD24, '2947.4亿元')
q4_ra = F(QD24, '84.0%'); q4_rb = F(QD24, '107.7%'); q4_rt = F(QD24, '90.0%'); q4_ahead = F(QD24, '15个百分点')
sum_q4 = [q4_a, q4_b, q4_t]
S.rel('sum', C, sum_q4, 'provincial/city 2058.1 + county 889.3 = 2947.4亿')
rt_q4 = [q4_a, q4_ra, q4_b, q4_rb, q4_t, q4_rt]
S.rel('rate', C, rt_q4, 'annual plans 2058.1/0.840 + 889.3/1.077 = 3275.8亿; 2947.4 / 3275.8 = 90.0% (the half-units of 84.0% and 107.7% give 89.9–90.1%)')
sh_q4 = [q4_rt, q4_ahead]
S.rel('share', C, sh_q4, 'end-September time schedule 9/12 = 75%: 90.0 − 75 = 15 points ahead')
S.rel('sum', U, [F(QD24, '705.1亿元'), F(QD24, '436.1亿元'), F(QD24, '382.9亿元'), q4_t], 'the three leading districts only; not a split of 2947.4')
S.rel('rate', U, [F(QD24, '121.8%'), F(QD24, '114.2%'), F(QD24, '112.3%'), q4_rt], 'completion rates of the leading districts against the city rate: weights not stated')
S.rel('target', M, [q4_b, q4_rb], 'county projects had done 107.7% of the annual plan by end-September: the cumulative annual plan is already met')
S.rel('target', CT, [q4_a, q4_ra], 'provincial/city projects at 84.0% of the annual plan by end-September: the year is not over (cannot tell)')

# ---- 吴江 2020 open economy (traditional)
sum_j = [F(WJ20, '140個'), F(WJ20, '37個'), F(WJ20, '177個')]
S.rel('sum', C, sum_j, 'signed projects: domestic 140 + foreign 37 = 177')
S.rel('sum', U, [F(WJ20, '1944億元'), F(WJ20, '55.129億美元'), F(WJ20, '2330億元')], '1944億元 + 55.129億美元 ≠ 2330億元 as printed: US dollars, exchange rate not stated (about 7.0 would close it)')
sh_j = [F(WJ20, '153.4億美元'), F(WJ20, '216.68億美元'), F(WJ20, '70%', pre='總額')]
S.rel('share', C, sh_j, '153.4 / 216.68 = 70.8%, stated as "占…70%" (a round share, read as about seven tenths)')

# ---- 闽侯 2020 final accounts
m_tot1 = F(MH20, '126.05亿元', n=0); m_tot2 = F(MH20, '126.05亿元', n=1)
m_loc1 = F(MH20, '78.14亿元', n=0); m_loc2 = F(MH20, '78.14亿元', n=1); m_loc3 = F(MH20, '78.14亿元', n=2)
sum_m1 = [F(MH20, '98.88亿元'), F(MH20, '27.17亿元'), m_tot2]
S.rel('sum', C, sum_m1, 'total revenue by area: county 98.88 + high-tech zone 27.17 = 126.05亿')
S.rel('sum', C, [F(MH20, '60.4亿元'), F(MH20, '17.74亿元'), m_loc2], 'budget revenue by area: 60.4 + 17.74 = 78.14亿')
sum_m3 = [m_loc3, F(MH20, '3.36亿元'), F(MH20, '20.75亿元'), F(MH20, '0.13亿元'), F(MH20, '5.72亿元'), F(MH20, '1.59亿元'), F(MH20, '109.69亿元')]
S.rel('sum', C, sum_m3, 'receipts: 78.14 + 3.36 + 20.75 + 0.13 + 5.72 + 1.59 = 109.69亿')
S.rel('sum', C, [F(MH20, '87.87亿元'), F(MH20, '21.82亿元'), F(MH20, '109.69亿元')], 'receipts by area: 87.87 + 21.82 = 109.69亿')
sum_m5 = [F(MH20, '98.8亿元'), F(MH20, '2.58亿元'), F(MH20, '0.16亿元'), F(MH20, '2.09亿元'), F(MH20, '4.4亿元'), F(MH20, '0.18亿元'), F(MH20, '108.21亿元')]
S.rel('sum', C, sum_m5, 'outlays: 98.8 + 2.58 + 0.16 + 2.09 + 4.4 + 0.18 = 108.21亿')
S.rel('sum', C, [F(MH20, '86.76亿元'), F(MH20, '21.45亿元'), F(MH20, '108.21亿元')], 'outlays by area: 86.76 + 21.45 = 108.21亿')
gr_m = [m_tot2, F(MH20, '9.74亿元'), F(MH20, '8.38%')]
S.rel('growth', C, gr_m, '9.74 / (126.05 − 9.74) = +8.37% (8.370–8.379 with the half-unit) → 8.38%')
S.rel('growth', I, [m_loc2, F(MH20, '2.07亿元'), F(MH20, '6.7%')], 'REAL ERROR in the original: 增收2.07亿 on 78.14 is +2.7% (2.07 / 76.07), not 6.7% (6.7% would need an increase of about 4.9亿; a comparable-scope rate may be meant but is not said)')
S.rel('restatement', C, [m_loc1, m_loc2, m_loc3], 'budget revenue 78.14亿 stated three times')
S.rel('target', M, [m_tot2, F(MH20, '103.67%')], 'total revenue at 103.67% of the adjusted budget (met)')
S.rel('target', M, [m_loc2, F(MH20, '102.72%')], 'budget revenue at 102.72% of the adjusted budget (met)')
S.rel('sum', U, [m_loc1, m_tot1], '78.14 is the local part of the 126.05 total; the part passed up is not stated (a part, not a split)')

# ---- 福建 2014 budget execution and 2015 budget (traditional)
f_15 = F(FJ15, '4309億元'); f_inc = F(FJ15, '390.72億元'); f_r = F(FJ15, '10%'); f_14 = F(FJ15, '3828.02億元')
gr_f = [f_15, f_inc, f_r]
S.rel('growth', C, gr_f, '390.72 / (4309 − 390.72) = +9.97% → 10%')
S.rel('growth', U, [f_14, f_15, f_r], '4309 / 3828.02 = +12.6%, not 10%: the 2015 budget is set on a comparable-scope 2014 base of about 3918亿 that is not printed (unstated base)')
S.rel('target', M, [f_14, F(FJ15, '100.6%')], '2014 total budget revenue at 100.6% of the budget (met)')

# ---- 菏泽 yearbook entry
h_1 = F(HZ, '154.07亿元'); h_2 = F(HZ, '193.76亿元'); h_3 = F(HZ, '102.91亿元'); h_t = F(HZ, '450.74亿元')
h_s1 = F(HZ, '34.2'); h_s2 = F(HZ, '43.0'); h_s3 = F(HZ, '22.8', pre='\n')
sum_h = [h_1, h_2, h_3, h_t]
S.rel('sum', C, sum_h, '154.07 + 193.76 + 102.91 = 450.74亿')
S.rel('share', C, [h_1, h_t, h_s1], '154.07 / 450.74 = 34.18% → 34.2')
sh_h2 = [h_2, h_t, h_s2]
S.rel('share', C, sh_h2, '193.76 / 450.74 = 42.99% → 43.0')
S.rel('share', C, [h_3, h_t, h_s3], '102.91 / 450.74 = 22.83% → 22.8')
S.rel('sum', C, [h_s1, h_s2, h_s3], 'structure 34.2 + 43.0 + 22.8 = 100')
sum_hp = [F(HZ, '11.0‰'), F(HZ, '4.9‰'), F(HZ, '6.1‰')]
S.rel('sum', C, sum_hp, 'natural growth = births 11.0‰ − deaths 4.9‰ = 6.1‰')
S.rel('rate', U, [h_1, F(HZ, '7.7%', n=0), h_2, F(HZ, '28.40%'), h_3, F(HZ, '13.3%'), h_t, F(HZ, '17.2%')], 'real sector rates with current-price levels: GDP growth cannot be rebuilt this way (rates without the right weights)')
S.rel('sum', U, [F(HZ, '21.15亿'), F(HZ, '34.00亿')], '地方财政收入 21.15 is a part of 财政总收入 34.00 ("其中"); the rest is not described')
S.rel('sum', U, [F(HZ, '186.66亿元'), F(HZ, '276.42亿元')], 'farming output 186.66 is a part of farm, forest, animal and fishery output 276.42 (not a split)')

# ---- 潍坊 2007 bulletin (traditional)
f7_1 = F(WF07, '237.54億元'); f7_2 = F(WF07, '1194.67億元'); f7_3 = F(WF07, '623.81億元'); f7_t = F(WF07, '2056.02億元')
f7_s1 = F(WF07, '11.55'); f7_s2 = F(WF07, '58.11'); f7_s3 = F(WF07, '30.34')
sum_f7 = [f7_1, f7_2, f7_3, f7_t]
S.rel('sum', C, sum_f7, '237.54 + 1194.67 + 623.81 = 2056.02億')
S.rel('share', C, [f7_1, f7_t, f7_s1], '237.54 / 2056.02 = 11.553% → 11.55')
S.rel('share', C, [f7_2, f7_t, f7_s2], '1194.67 / 2056.02 = 58.106% → 58.11')
sh_f73 = [f7_3, f7_t, f7_s3]
S.rel('share', C, sh_f73, '623.81 / 2056.02 = 30.341% → 30.34')
S.rel('sum', C, [F(WF07, '12.31'), F(WF07, '58.15'), F(WF07, '29.54')], 'last year\'s structure 12.31 + 58.15 + 29.54 = 100')
S.rel('sum', C, [f7_s1, f7_s2, f7_s3], 'this year\'s structure 11.55 + 58.11 + 30.34 = 100')
sum_f7p = [F(WF07, '0. 3'), F(WF07, '9.8', pre='、'), F(WF07, '5.7'), F(WF07, '15.8%')]
S.rel('sum', C, sum_f7p, 'pulls of the three sectors 0.3 + 9.8 + 5.7 = 15.8 points = GDP growth 15.8%')
S.rel('sum', U, [F(WF07, '109.45億元'), F(WF07, '332.88億元'), F(WF07, '18.27億元'), f7_t], 'the 15 county, district and zone figures add to 2058.96億, not 2056.02: accounted separately from the city total (not a split)')
S.rel('sum', U, [F(WF07, '1100.25億元'), f7_2], 'industry 1100.25 is a part of the secondary sector 1194.67')
S.rel('share', U, [F(WF07, '9.8', pre='、'), F(WF07, '15.8%'), f7_s2], 'secondary sector pull 9.8 / 15.8 = 62% is a contribution to growth, not the 58.11% share of output')
S.rel('rate', U, [f7_1, F(WF07, '2.7%'), f7_2, F(WF07, '16.5%'), f7_3, F(WF07, '19.6%'), f7_t, F(WF07, '15.8%')], 'real sector rates with current-price levels (rates without the right weights)')

# ---- 潍坊 2021 bulletin
f1_1 = F(WF21, '628.4亿元'); f1_2 = F(WF21, '2831.4亿元'); f1_3 = F(WF21, '3550.9亿元'); f1_t = F(WF21, '7010.6亿元')
f1_s1 = F(WF21, '9.0', pre='调整为'); f1_s2 = F(WF21, '40.4'); f1_s3 = F(WF21, '50.6')
sum_f1 = [f1_1, f1_2, f1_3, f1_t]
S.rel('sum', C, sum_f1, '628.4 + 2831.4 + 3550.9 = 7010.7 ≈ 7010.6亿 (within the half-units)')
S.rel('share', C, [f1_1, f1_t, f1_s1], '628.4 / 7010.6 = 8.96% → 9.0')
sh_f12 = [f1_2, f1_t, f1_s2]
S.rel('share', C, sh_f12, '2831.4 / 7010.6 = 40.39% → 40.4')
S.rel('share', C, [f1_3, f1_t, f1_s3], '3550.9 / 7010.6 = 50.650% (50.649–50.652 with the half-units) against 50.6 (50.55–50.65): at the edge, consistent')
S.rel('sum', C, [F(WF21, '9.1'), F(WF21, '39.8'), F(WF21, '51.1')], 'last year\'s structure 9.1 + 39.8 + 51.1 = 100')
S.rel('sum', U, [F(WF21, '364.0亿元'), F(WF21, '953.6亿元'), F(WF21, '45.4亿元'), f1_t], 'the 16 county, district and zone figures add to 6994.8亿, not 7010.6: separate accounting, not a split')
S.rel('growth', U, [f7_t, f1_t, F(WF21, '9.7%')], '2007 GDP 2056.02 and 2021 GDP 7010.6 of the same city: 9.7% is 2021 on 2020, not a rate between these two years (other period)')

# ---- 江苏 2004 grain (traditional)
S.rel('target', M, [F(JS04, '2829萬噸'), F(JS04, '14.5%'), F(JS04, '250萬噸')], 'last year = 2829 / 1.145 = 2470.7; increase 358万吨 ≥ the planned increase of 250万吨 (met)')

# ---- 浦东 H1 2003 (traditional, Chinese numerals)
S.rel('target', U, [F(PD03, '百分之十六點七'), F(PD03, '百分之十五')], 'half-year growth 16.7% against a yearly-average goal of 15%: another period and span')
S.rel('share', U, [F(PD03, '四百七十六點一九億元'), F(PD03, '百分之三十七點七'), F(PD03, '三百三十一點八七億元')], '476.19 is 37.7% of gross industrial output (not printed), not of the 331.87 industrial value added (other indicator)')

# ---- 南通 2002 bulletin
n_t = F(NT02, '890.08亿元'); n_3 = F(NT02, '310.09亿元')
sum_n = [F(NT02, '141.32亿元'), F(NT02, '438.67亿元'), n_3, n_t]
S.rel('sum', C, sum_n, '141.32 + 438.67 + 310.09 = 890.08亿')
S.rel('rate', U, [F(NT02, '141.32亿元'), F(NT02, '4.1%'), F(NT02, '438.67亿元'), F(NT02, '13.1%'), n_3, F(NT02, '11.6%'), n_t, F(NT02, '11.1%')], 'real sector rates with current-price levels (rates without the right weights)')
S.rel('growth', U, [F(NT02, '87.4亿元'), F(NT02, '28.8%'), F(NT02, '17.9%')], 'revenue +28.8% and +17.9% on a comparable scope: two bases for one level (the comparable base is not printed)')

# ---- 烟台 1987 (old text)
sum_y = [F(YT87, '10县'), F(YT87, '3县'), F(YT87, '7县')]
S.rel('sum', C, sum_y, 'after 3 counties went to 威海: 10 − 3 = 7 counties')
gr_y = [F(YT87, '3倍'), F(YT87, '两番')]
S.rel('growth', C, gr_y, '"增长3倍" is ×4 = 翻两番 (2²)')
S.rel('target', M, [F(YT87, '132.5%')], 'gross output 132.5% above 1980 (×2.325): the doubling goal for 1980–1990 reached three years early (met)')
S.rel('sum', U, [F(YT87, '67.0亿元'), F(YT87, '95.52亿元')], 'industry at and above township level 67.0 is a part of industrial output 95.52 (其中)')

# ---- 宁波 2012 work report (2006 → 2011)
gr_b1 = [F(NB11, '561.2亿元'), F(NB11, '1431.8亿元'), F(NB11, '20.6%')]
S.rel('growth', C, gr_b1, '(1431.8 / 561.2)^(1/5) = 1.2060 → 20.6% a year')
gr_b2 = [F(NB11, '257.4亿元'), F(NB11, '657.6亿元'), F(NB11, '20.6%')]
S.rel('growth', C, gr_b2, '(657.6 / 257.4)^(1/5) = 1.2063 → 20.6% a year ("均达20.6%")')
gr_b3 = [F(NB11, '888亿元'), F(NB11, '2018.9亿元'), F(NB11, '17.9%')]
S.rel('growth', C, gr_b3, '(2018.9 / 888)^(1/5) = 1.1785 (17.84–17.87% with the half-units) → 17.9%')
S.rel('growth', U, [F(NB11, '2874.4亿元'), F(NB11, '6010.5亿元'), F(NB11, '11.3%')], 'GDP ×2.09 is 15.9% a year at current prices; 11.3% is the real rate (nominal vs real)')
S.rel('growth', U, [F(NB11, '9916.2亿元'), F(NB11, '11.1%')], '9916.2亿 is the five-year cumulative investment; the yearly levels behind 11.1% are not printed (unstated base)')

# ---- 绍兴 2013 results against the 2013 goals (traditional)
S.rel('target', MS, [F(SX13, '8.5%'), F(SX13, '0.5', pre='低于預(yù)期')], 'GDP growth 8.5%, 0.5 points below the goal (9%): missed')
S.rel('target', MS, [F(SX13, '9.6%'), F(SX13, '0.4')], 'urban income growth 9.6%, 0.4 points below the goal: missed')
S.rel('target', MS, [F(SX13, '10.8%'), F(SX13, '0.2')], 'rural income growth 10.8%, 0.2 points below the goal: missed')

# ---- 苏州工业园区 2005 (traditional)
S.rel('growth', U, [F(SIP05, '580.7億元'), F(SIP05, '50倍'), F(SIP05, '40%左右')], 'GDP ×51 over 11 years is 43% a year; "主要經濟指標年均增幅40%左右" is an aggregate of several indicators (other indicator)')
S.rel('sum', U, [F(SIP05, '192億美元'), F(SIP05, '405億美元')], 'exports 192 are a part of trade 405 (其中); imports are not stated')

# ---- 浦东 2024 / H1 2025
S.rel('growth', U, [F(PD24, '1.4万亿元'), F(PD24, '10.3%', n=1)], 'cumulative investment since 2021 and its yearly average growth: yearly levels not printed (unstated base)')
S.rel('restatement', U, [F(PD24, '10.3%', n=0), F(PD24, '10.3%', n=1)], 'same number, other indicator: IT services share of GDP 10.3% and investment growth 10.3%')
S.rel('share', U, [F(PD24, '22.1%'), F(PD24, '1.27倍'), F(PD24, '1.34倍', n=0)], 'industry share of GDP (value added) against multiples of gross industrial output and GDP: other indicator')

# ---- further traps (numbers that look checkable but are not)
S.rel('restatement', U, [w5_cpi, F(WZ14, '1.8')], 'CPI index 100.7 (2015) and the 1.8 rise of 2014: another period')
S.rel('target', U, [F(WZ14, '8.7'), w5_ur_t], '2014 urban income growth 8.7 against the 2015 goal 8以上: another period')
S.rel('growth', U, [w4_gdp, w5_gdp_t, w5_gdpr_t], 'the 2015 GDP level goal 4620 is 4303 × 1.074 at current prices; 7以上 is a real rate (nominal vs real)')
S.rel('target', U, [F(SX13, '8.5%'), w5_gdpr_t], '绍兴 2013 GDP growth against 温州\'s 2015 goal: another place and period')
S.rel('growth', U, [F(QD14, '418.8亿元'), F(QD14, '26%')], '+26% on the same months of 2013, whose level is not printed (unstated base)')
S.rel('share', U, [F(QD14, '5833亿元'), F(QD14, '418.8亿元')], '5833亿 is the total cost of the projects over their life; the 2014 plan that 418.8亿 would be measured against is not printed')
S.rel('growth', U, [F(WJ20, '14.64億美元'), F(WJ20, '114.2%'), F(WJ20, '4.56億美元'), F(WJ20, '13.1%')], 'contracted and utilised foreign capital: other indicators, not parts of one total')
S.rel('sum', U, [F(WJ20, '3個'), F(WJ20, '37個')], 'the 3 (+1+1+1) major foreign projects are a subset of the 37 foreign projects (not a split)')
S.rel('sum', U, [F(WJ20, '94家'), F(WJ20, '37個')], '94 new foreign-invested firms and 37 signed foreign projects: other indicators')
S.rel('rate', U, [F(WJ20, '216.68億美元'), F(WJ20, '2.4%'), sh_j[0], F(WJ20, '7.7%')], 'the rest of the district\'s trade (63.28億) has no printed rate: the total rate cannot be rebuilt (rates without weights)')
S.rel('sum', U, [m_tot2, F(MH20, '109.69亿元')], '总收入 126.05 (including the parts passed up) and 收入合计 109.69 (budget revenue plus transfers): other scopes')
S.rel('sum', U, [F(FJ15, '104.03億元'), F(FJ15, '19.24億元'), F(FJ15, '53.67億元')], 'the 53.67億 ecological programme draws on several spending heads (farm/forest/water, environment): overlapping scopes, not a sum')
S.rel('restatement', U, [F(HZ, '7.7%', n=0), F(HZ, '7.7%', n=1)], 'same number, other indicator: primary-sector value added +7.7% and farm gross output +7.7%')
S.rel('sum', U, [F(HZ, '314.43亿元'), F(HZ, '425.95亿')], 'household savings 314.43 are inside all deposits 425.95 (nested)')
S.rel('sum', U, [F(HZ, '172.13万人'), F(HZ, '885.83万人')], 'non-farm population 172.13万 is a part of 885.83万 (其中)')
S.rel('restatement', U, [F(WF07, '23349元'), F(WF07, '3196美元')], 'per-capita GDP in yuan and dollars: the year-end exchange rate (about 7.3) is not printed')
S.rel('growth', U, [F(WF07, '15.0%'), F(WF07, '15.8%')], 'per-capita GDP +15.0% and GDP +15.8%: other indicators (population change not printed)')
S.rel('share', U, [f1_t, F(WF21, '74606元')], 'per-capita GDP 74606元 over the resident population, which is not printed in the excerpt (unstated base)')
S.rel('share', U, [n_t, F(NT02, '11380元')], 'per-capita GDP 11380元: the population is not printed (unstated base)')
S.rel('sum', U, [F(YT87, '120.44亿元'), F(YT87, '172.8亿元')], 'gross industrial and farm output 120.44 is a part of total social product 172.8 (other scope)')
S.rel('sum', U, [F(YT87, '75.7万'), F(YT87, '607万人')], 'urban-district population 75.7万 is inside the city\'s 607万')
S.rel('growth', U, [F(NB11, '4.2万元'), F(NB11, '7.9万元'), F(NB11, '11.3%')], 'per-capita GDP 4.2 → 7.9万 against the GDP rate 11.3%: other indicator (and nominal vs real)')
S.rel('growth', U, [F(SIP05, '2.8萬元'), F(SIP05, '5倍左右')], 'incomes "均增長了5倍左右": the starting levels are not printed (unstated base)')
S.rel('sum', U, [F(PD03, '一百五十五家'), F(PD03, '三百八十三家')], '155 high-tech industrial firms are a part of the 383 high-tech firms (nested)')
S.rel('share', U, [F(PD24, '1.78万亿元'), F(PD24, '32.9%'), F(PD24, '1.32万亿元'), F(PD24, '33.6%')], 'shares of different city totals (GDP, gross industrial output), none printed: other indicators')
S.rel('growth', U, [F(PD24, '5.8%'), F(PD24, '1.34倍', n=0)], 'H1 2025 growth 5.8% against the 2024/2020 multiple: another period')

# ---- altered copies
a = ALT(WZ15, 1, w5_im, '28.6', 'imports 23.6 → 28.6')
S.rel('sum', I, R(a, sum_w2, w5_im, '28.6'), 'altered: 171.2 + 28.6 = 199.8, not 194.8 (breaks {B})')
S.rel('rate', I, R(a, rt_w, w5_im, '28.6'), 'altered: last year = 171.2/0.923 + 28.6/1.06 = 212.5; 194.8 / 212.5 = −8.3%, not −6.3% (breaks {B})')
a = ALT(WZ15, 2, w5_u, '44926', 'urban income 44026 → 44926')
S.rel('growth', I, R(a, gr_w1, w5_u, '44926'), 'altered: 40510 → 44926 is +10.9%, not 8.7% (breaks {B})')
a = ALT(WZ14, 1, w4_r, '19894元', '2014 rural income 19394 → 19894')
S.rel('growth', I, R(a, gr_w2, w4_r, '19894元'), 'altered: 19894 → 21235 is +6.7%, not 9.5% (breaks {B})')
S.rel('growth', I, R(a, gr_w4, w4_r, '19894元'), 'altered: 21140 / 19894 = +6.3%, below the 9以上 it is set with (breaks {B})')
a = ALT(QD14, 1, sum_q2[1], '67个', 'services projects under construction 62 → 67')
S.rel('sum', I, R(a, sum_q2, sum_q2[1], '67个'), 'altered: 58 + 67 + 17 = 142, not 137 (breaks {B})')
a = ALT(QD14, 2, sum_q3[1], '262.2亿元', 'services investment 232.2 → 262.2')
S.rel('sum', I, R(a, sum_q3, sum_q3[1], '262.2亿元'), 'altered: 137.8 + 262.2 + 48.7 = 448.7, not 418.8 (breaks {B})')
a = ALT(QD24, 1, q4_b, '829.3亿元', 'county investment 889.3 → 829.3')
S.rel('sum', I, R(a, sum_q4, q4_b, '829.3亿元'), 'altered: 2058.1 + 829.3 = 2887.4, not 2947.4 (breaks {B})')
S.rel('rate', I, R(a, rt_q4, q4_b, '829.3亿元'), 'altered: plans 2450.1 + 770.0 = 3220.1; 2947.4 / 3220.1 = 91.5%, not 90.0% (breaks {B})')
a = ALT(QD24, 2, q4_ahead, '13个百分点', 'ahead of schedule 15 → 13 points')
S.rel('share', I, R(a, sh_q4, q4_ahead, '13个百分点'), 'altered: 90.0 − 75 = 15 points ahead, not 13 (breaks {B})')
a = ALT(WJ20, 1, sum_j[1], '31個', 'foreign projects 37 → 31')
S.rel('sum', I, R(a, sum_j, sum_j[1], '31個'), 'altered: 140 + 31 = 171, not 177 (breaks {B})')
a = ALT(WJ20, 2, sh_j[0], '183.4億美元', 'development-zone trade 153.4 → 183.4')
S.rel('share', I, R(a, sh_j, sh_j[0], '183.4億美元'), 'altered: 183.4 / 216.68 = 84.6%, not 70% (breaks {B})')
a = ALT(MH20, 1, sum_m1[1], '27.77亿元', 'high-tech zone revenue 27.17 → 27.77')
S.rel('sum', I, R(a, sum_m1, sum_m1[1], '27.77亿元'), 'altered: 98.88 + 27.77 = 126.65, not 126.05 (breaks {B})')
a = ALT(MH20, 2, sum_m3[2], '23.75亿元', 'transfers from above 20.75 → 23.75')
S.rel('sum', I, R(a, sum_m3, sum_m3[2], '23.75亿元'), 'altered: receipts add to 112.69, not 109.69 (breaks {B})')
a = ALT(FJ15, 1, f_inc, '490.72億元', 'planned increase 390.72 → 490.72')
S.rel('growth', I, R(a, gr_f, f_inc, '490.72億元'), 'altered: 490.72 / 3818.28 = +12.9%, not 10% (breaks {B})')
a = ALT(HZ, 1, h_2, '198.76亿元', 'secondary sector 193.76 → 198.76')
S.rel('sum', I, R(a, sum_h, h_2, '198.76亿元'), 'altered: 154.07 + 198.76 + 102.91 = 455.74, not 450.74 (breaks {B})')
S.rel('share', I, R(a, sh_h2, h_2, '198.76亿元'), 'altered: 198.76 / 450.74 = 44.1%, not 43.0 (breaks {B})')
a = ALT(HZ, 2, sum_hp[1], '4.3‰', 'death rate 4.9 → 4.3‰')
S.rel('sum', I, R(a, sum_hp, sum_hp[1], '4.3‰'), 'altered: 11.0 − 4.3 = 6.7‰, not 6.1‰ (breaks {B})')
a = ALT(WF07, 1, f7_3, '628.81億元', 'tertiary sector 623.81 → 628.81')
S.rel('sum', I, R(a, sum_f7, f7_3, '628.81億元'), 'altered: 237.54 + 1194.67 + 628.81 = 2061.02, not 2056.02 (breaks {B})')
S.rel('share', I, R(a, sh_f73, f7_3, '628.81億元'), 'altered: 628.81 / 2056.02 = 30.58%, not 30.34 (breaks {B})')
a = ALT(WF07, 2, sum_f7p[2], '5.2', 'tertiary pull 5.7 → 5.2 points')
S.rel('sum', I, R(a, sum_f7p, sum_f7p[2], '5.2'), 'altered: 0.3 + 9.8 + 5.2 = 15.3, not 15.8 (breaks {B})')
a = ALT(WF21, 1, f1_2, '2881.4亿元', 'secondary sector 2831.4 → 2881.4')
S.rel('sum', I, R(a, sum_f1, f1_2, '2881.4亿元'), 'altered: 628.4 + 2881.4 + 3550.9 = 7060.7, not 7010.6 (breaks {B})')
S.rel('share', I, R(a, sh_f12, f1_2, '2881.4亿元'), 'altered: 2881.4 / 7010.6 = 41.1%, not 40.4 (breaks {B})')
a = ALT(NT02, 1, n_3, '316.09亿元', 'tertiary sector 310.09 → 316.09')
S.rel('sum', I, R(a, sum_n, n_3, '316.09亿元'), 'altered: 141.32 + 438.67 + 316.09 = 896.08, not 890.08 (breaks {B})')
a = ALT(YT87, 1, gr_y[0], '5倍', 'township industry 增长3倍 → 5倍')
S.rel('growth', I, R(a, gr_y, gr_y[0], '5倍'), 'altered: 增长5倍 is ×6, not 翻两番 (×4) (breaks {B})')
a = ALT(YT87, 2, sum_y[0], '11县', 'counties before the change 10 → 11')
S.rel('sum', I, R(a, sum_y, sum_y[0], '11县'), 'altered: 11 − 3 = 8, not 7 counties (breaks {B})')
a = ALT(NB11, 1, gr_b2[1], '687.6亿元', 'local revenue 657.6 → 687.6')
S.rel('growth', I, R(a, gr_b2, gr_b2[1], '687.6亿元'), 'altered: (687.6 / 257.4)^(1/5) = +21.7% a year, not 20.6% (breaks {B})')
a = ALT(NB11, 2, gr_b3[1], '2318.9亿元', 'retail sales 2018.9 → 2318.9')
S.rel('growth', I, R(a, gr_b3, gr_b3[1], '2318.9亿元'), 'altered: (2318.9 / 888)^(1/5) = +21.2% a year, not 17.9% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout117. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout117.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout117'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

P24='sc_jt2024p.txt'; S24='sc_jt2024.txt'; Q25='sc_jt2025q3.txt'; C24='cq_grain2024.txt'; C25='cq_grain2025.txt'; C25B='cq_grain2025b.txt'
GS='cq_gs2017m11.txt'; YQ='yn_2023q1.txt'; ED='yn_edu2016.txt'; XL='yn_xl2024.txt'; G10='yn_grain10y.txt'; G75='yn_grain75y_hant.txt'
GZ='gz_gy2020m7.txt'; X135='xz_jt135.txt'; X21='xz_jt2021_hant.txt'; X22='xz_jt2022h1.txt'; LS='ls_2024_hant.txt'

# ---- 四川 road-and-waterway investment: 2024 plan (Feb 2024), 2024 result + 2025 plan (Jan 2025), Jan–Sep 2025 progress
p_tot = F(P24, '2600亿元'); p_gs = F(P24, '1500亿元'); p_gsx = F(P24, '620亿元', n=0); p_nc = F(P24, '280亿元', n=0)
p_sy = F(P24, '60亿元', pre='内河水运'); p_zc = F(P24, '45亿元'); p_yh = F(P24, '95亿元')
sum_p = [p_gs, p_gsx, p_nc, p_sy, p_zc, p_tot]
sum_pt = [F(P24, '620亿元', n=1), F(P24, '280亿元', n=1), F(P24, '70亿元', pre='等专项,计划完成投资'), F(P24, '970亿元')]
sum_pg = [F(P24, '550亿元'), F(P24, '70亿元', pre='新开工项目计划完成投资'), F(P24, '620亿元', n=1)]
sum_pw = [F(P24, '58.1亿元'), F(P24, '1.9亿元'), F(P24, '60亿元', pre='力争完成投资')]
sum_ph = [F(P24, '1460亿元'), F(P24, '40亿元', pre='计划完成投资'), p_gs]
S.rel('sum', C, [p_gs, p_gsx, p_nc, p_sy, p_zc, p_yh, p_tot], '2024 plan by type 1500 + 620 + 280 + 60 + 45 + 95 = 2600')
S.rel('sum', C, sum_pt, '普通公路 970 = 国省干线 620 + 农村公路 280 + 养护及路网专项 70')
S.rel('sum', C, sum_pg, '国省干线 620 = continuing 550 + new-start 70')
S.rel('sum', C, sum_pw, 'waterways 60 = continuing 58.1 + new-start 1.9')
S.rel('sum', C, sum_ph, 'expressways 1500 = continuing 1460 + new-start 40')
S.rel('restatement', U, [p_yh, F(P24, '70亿元', pre='等专项,计划完成投资')], '养护及其他专项 95 (breakdown) vs 养护工程及路网结构专项 70 (inside 普通公路): overlapping but different scopes; neither restates the other')
S.rel('sum', U, [p_gs, F(P24, '970亿元'), F(P24, '60亿元', pre='力争完成投资'), p_tot], 'expressways 1500 + 普通公路 970 + waterways 60 = 2530 ≠ 2600: the two groupings overlap (养护 70 vs 95) and stations 45 sit outside 普通公路; not a split')
r_tot = F(S24, '2680亿元')
S.rel('target', M, [p_tot, r_tot], 'cross-document: 2024 investment target 2600 (Feb 2024) → 2024 result 2680 (Jan 2025): met')
S.rel('target', M, [F(P24, '500公里', n=0), F(S24, '507公里')], 'cross-document: “确保2024年建成通车高速公路500公里” → 建成507公里: met')
S.rel('target', M, [F(P24, '500公里', n=1), F(S24, '970公里')], 'cross-document: 2024 expressway new-start target 500km → 开工970公里: met')
S.rel('target', U, [F(P24, '10000公里'), F(S24, '10310公里')], 'cross-document: target “上半年…突破10000公里” (mid-2024) vs year-end 10310km: other period (the mid-year level is not stated)')
S.rel('target', U, [F(P24, '1万公里'), F(S24, '1.1万公里')], 'cross-document: plan 新改建普通公路1万公里 vs result 新改建农村公路1.1万公里: other indicator (农村公路 is only part of 普通公路)')
S.rel('restatement', U, [p_tot, F(S24, '2600亿元')], 'cross-document: 2600 = 2024 target vs 2600 = 2025 “确保” target: same number, other year')
S.rel('restatement', U, [F(S24, '970公里'), F(P24, '970亿元')], 'cross-document: 970km expressways begun in 2024 vs 普通公路 plan 970亿元: same number, other indicator and unit')
q_done = F(Q25, '2038.1亿元'); q_plan = F(Q25, '2680亿元'); q_p = F(Q25, '76%')
q_gl = [F(Q25, '1029.3亿元'), F(Q25, '462.4亿元'), F(Q25, '280.3亿元'), F(Q25, '43.5亿元'), F(Q25, '1815.5亿元')]
q_all = [F(Q25, '1815.5亿元'), F(Q25, '43.6亿元'), F(Q25, '149.1亿元'), F(Q25, '25.3亿元'), F(Q25, '4.6亿元'), q_done]
q_yh = [F(Q25, '64.9亿元'), F(Q25, '27.5亿元'), F(Q25, '56.7亿元'), F(Q25, '149.1亿元')]
sh_q = [q_done, q_plan, q_p]
S.rel('share', C, sh_q, 'Jan–Sep 2038.1 of the 2025 target 2680 = 76.05% → 76')
S.rel('target', CT, [q_done, q_p], 'Jan–Sep progress 76% of the 2025 annual target: the year is not over')
S.rel('sum', C, q_gl, 'roads 1029.3 + 462.4 + 280.3 + 43.5 = 1815.5')
S.rel('sum', C, q_all, 'roads 1815.5 + waterways 43.6 + maintenance/special 149.1 + equipment 25.3 + digital 4.6 = 2038.1')
S.rel('sum', C, q_yh, 'maintenance 64.9 + other special 27.5 + vehicles 56.7 = 149.1')
S.rel('sum', U, [F(Q25, '300.8亿元'), F(Q25, '176.1亿元'), F(Q25, '161.9亿元'), q_done], 'top three cities 300.8 + 176.1 + 161.9 = 638.8: a ranking excerpt, not a split of 2038.1')
S.rel('share', U, [F(Q25, '90.7%'), q_p], '德阳 90.7% of its own target vs province 76%: the cities’ targets and amounts are not stated')
S.rel('growth', U, [F(Q25, '4.7%'), F(Q25, '6.5个')], '+4.7% “高于全国6.5个百分点”: the national rate (−1.8) is not stated')
S.rel('restatement', U, [r_tot, q_plan], 'cross-document: 2680 = 2024 result vs 2680 = 2025 annual target: same number, other year and status')
S.rel('target', CT, [F(S24, '2600亿元'), q_done], 'cross-document: 2025 target “确保2600亿元、力争2800亿元” (Jan 2025) vs 2038.1 by end-September: the year is not over (the October report names 2680 as the target)')
S.rel('growth', U, [r_tot, q_done, F(Q25, '4.7%')], 'cross-document: Jan–Sep 2025 +4.7% is on Jan–Sep 2024, not on the 2024 full-year 2680: other period')
S.rel('target', CT, [F(S24, '1000公里', pre='开工高速公路'), F(Q25, '986公里')], 'cross-document: 2025 target 开工高速公路1000公里 vs 986km begun by end-September: the year is not over')
S.rel('target', U, [p_nc, F(Q25, '280.3亿元')], 'cross-document: 农村公路 280 is the 2024 plan, 280.3 is Jan–Sep 2025 progress: other year (looks met, is not a pair)')
S.rel('target', U, [F(S24, '1600公里'), F(Q25, '1118公里')], 'cross-document: 2025 plan 新改建国省干线1600公里 vs 建成干线公路1118公里: other indicator (建成 vs 新改建)')

# ---- 重庆 grain: 2024 (重庆调查总队 via 重庆日报), 2025 (国家统计局 via 重庆日报), 2025 (市农业农村委 feature)
c_tot = F(C24, '1100.73万吨', pre='产量达'); c_area = F(C24, '3047.87万亩'); c_y = F(C24, '361.1公斤')
sum_c = [F(C24, '768.15万吨'), F(C24, '47.15万吨'), F(C24, '285.43万吨'), F(C24, '1100.73万吨', post='粮食里')]
rt_c = [c_tot, c_area, c_y]
rb_c = sum_c[:3] + [F(C24, '0.3%', n=1), F(C24, '1.5%'), F(C24, '0.6%'), F(C24, '0.4%')]
S.rel('sum', C, sum_c, 'cereals 768.15 + pulses 47.15 + tubers 285.43 = 1100.73')
S.rel('rate', C, rt_c, 'yield 1100.73万吨 / 3047.87万亩 = 361.15 kg/亩 → 361.1')
S.rel('rate', C, rb_c, 'total growth rebuilt from the parts (physical quantities, no weights needed): last year 768.15/1.003 + 47.15/1.015 + 285.43/1.006 = 1096.0; 1100.73/1096.0 = +0.43% → 0.4')
S.rel('rate', U, [F(C24, '1032.6公斤'), c_y], 'two-season yield 1032.6 kg/亩 on a demonstration plot vs the municipal average 361.1: other scope')
e_tot = F(C25, '1112.5万吨'); e_g = F(C25, '1.07%'); e_area = F(C25, '2033.9千公顷'); e_ag = F(C25, '0.10%', n=0)
e_y = F(C25, '5469.6公斤'); e_yg = F(C25, '0.97%', n=0)
sum_e = [F(C25, '126.5万吨'), F(C25, '986万吨'), e_tot]
sum_ea = [F(C25, '377.2千公顷'), F(C25, '1656.7千公顷'), e_area]
rt_e3 = [F(C25, '986万吨'), F(C25, '1656.7千公顷'), F(C25, '5951.6公斤')]
gr_e = [e_g, e_ag, e_yg]
cg_e = [c_tot, e_tot, e_g]
S.rel('sum', C, sum_e, 'summer 126.5 + autumn 986 = 1112.5万吨')
S.rel('sum', C, sum_ea, 'sown area summer 377.2 + autumn 1656.7 = 2033.9千公顷')
S.rel('rate', C, [e_tot, e_area, e_y], 'yield 1112.5万吨 / 2033.9千公顷 = 5469.8 kg/ha (5469.4–5470.2 with half units) → 5469.6')
S.rel('rate', C, [F(C25, '126.5万吨'), F(C25, '377.2千公顷'), F(C25, '3353.5公斤')], 'summer yield 126.5万吨 / 377.2千公顷 = 3353.7 (3351.9–3355.4) → 3353.5')
S.rel('rate', C, rt_e3, 'autumn yield 986万吨 / 1656.7千公顷 = 5951.6')
S.rel('growth', C, gr_e, 'output = area × yield: (1 + 0.10%)(1 + 0.97%) − 1 = 1.07%')
S.rel('growth', U, [F(C25, '0.98%'), F(C25, '0.95个')], 'summer yield +0.98% “高于全国单产增速0.95个百分点”: the national rate is not stated')
S.rel('growth', C, cg_e, 'cross-document: 2025 1112.5 on 2024 1100.73 = +1.07%')
S.rel('growth', C, [c_area, e_area, e_ag], 'cross-document: 2024 area 3047.87万亩 = 2031.9千公顷 (15亩 = 1公顷); 2033.9 / 2031.9 = +0.10%')
S.rel('growth', C, [c_y, e_y, e_yg], 'cross-document: 2024 yield 361.1 kg/亩 = 5416.5 kg/ha (5415.8–5417.3); 5469.6 / 5417.3 = +0.97% at the edge of the allowance')
S.rel('sum', U, [F(C24, '768.15万吨'), F(C25, '986万吨')], 'cross-document: 2024 cereals 768.15 vs 2025 autumn grain 986: other grouping (crop vs season) and other year')
b_j = F(C25B, '222.5亿斤'); b_t = F(C25B, '1112.5万吨'); b_a = F(C25B, '3050.9万亩')
S.rel('restatement', C, [b_j, b_t], '222.5亿斤 = 111.25亿公斤 = 1112.5万吨')
S.rel('restatement', C, [b_t, e_tot], 'cross-document: 2025 output 1112.5万吨 in the 农业农村委 feature and in the 统计局 release')
S.rel('restatement', C, [b_a, e_area], 'cross-document: 3050.9万亩 = 2033.9千公顷 × 15 / 10 = 3050.85万亩')
S.rel('restatement', U, [b_a, c_area], 'cross-document: 2025 area 3050.9万亩 vs 2024 area 3047.87万亩: other year (the feature states no growth rate)')

# ---- 重庆 expressway construction, November 2017: a real error in the original
g_sh = [F(GS, '1709.1亿'), F(GS, '1925.8亿元'), F(GS, '89%')]
g_s1 = [F(GS, '211.2亿元'), F(GS, '5.6亿元', n=0), F(GS, '216.8亿元')]
g_s2 = [F(GS, '47.9亿元'), F(GS, '5.6亿元', n=1), F(GS, '53.5亿元')]
S.rel('share', C, g_sh, '1709.1 of total investment 1925.8 = 88.75% → 89')
S.rel('sum', C, g_s1, 'since start: 4 new-1000km projects 211.2 + 1 other 5.6 = 216.8')
S.rel('sum', C, g_s2, 'Jan–Nov: 47.9 + 5.6 = 53.5')
S.rel('share', I, [F(GS, '53.5亿元'), F(GS, '52.93亿元'), F(GS, '93.4%')], 'REAL ERROR in the original: 53.5 / 52.93 = 101.1%, not 93.4% (93.4% of 52.93 would be 49.4)')
S.rel('sum', U, [F(GS, '47.9亿元'), F(GS, '211.2亿元')], 'Jan–Nov 2017 47.9 within the since-start cumulative 211.2: other period, not a split')
S.rel('share', U, [F(GS, '216.8亿元'), F(GS, '1925.8亿元')], '216.8 (5 projects of other groups) vs 1925.8 (total investment of the 41 高速集团 projects): other scope')

# ---- 云南 Q1 2023
y_h = F(YQ, '6852.16亿元', n=0); y_b = F(YQ, '6852.16亿元', n=1)
S.rel('restatement', C, [y_h, y_b], 'headline 6852.16 = body 6852.16亿元')
S.rel('restatement', C, [F(YQ, '4.8%', n=0), F(YQ, '4.8%', n=1)], 'headline +4.8% = body +4.8%')
S.rel('growth', U, [F(YQ, '4.8%', n=1), F(YQ, '0.3个')], '+4.8% “比全国高0.3个百分点”: the national rate is not stated')
S.rel('growth', U, [F(YQ, '4.8%', n=1), F(YQ, '0.5个')], '“较2022年全年增长0.5个百分点”: the 2022 rate is not stated')
S.rel('rate', U, [F(YQ, '33.7%'), F(YQ, '45.6%'), F(YQ, '11.9个')], 'industrial investment +33.7%, share 45.6%, pull 11.9 points: 45.6 × 33.7% = 15.4 ≠ 11.9 because the pull uses last year’s share (not stated) — not checkable')
S.rel('growth', U, [F(YQ, '37.1%'), F(YQ, '37.0%')], 'industrial investment +37.1% vs secondary-industry investment +37.0%: different scopes, not a restatement')

# ---- 云南 education bulletin 2016/2017
d_sum = [F(ED, '11673所'), F(ED, '1672所'), F(ED, '13345所')]
d_dec = [F(ED, '740所'), F(ED, '10所', pre='减少'), F(ED, '750所')]
S.rel('sum', C, d_sum, 'compulsory-education schools 13345 = primary 11673 + junior secondary 1672')
S.rel('sum', C, d_dec, 'decrease 750 = primary −740 + junior secondary −10')
S.rel('growth', C, [F(ED, '99.75%'), F(ED, '99.7%', pre='和'), F(ED, '0.05个')], 'boys 99.75% − girls 99.7% = 0.05 points')
S.rel('sum', U, [F(ED, '64.46万人'), F(ED, '128.15万人')], 'primary intake 64.46 within compulsory intake 128.15: the junior-secondary intake is outside the passage; not checkable')
S.rel('sum', U, [F(ED, '376.61万人'), F(ED, '563.93万人')], 'primary enrolment 376.61 within 563.93: the junior-secondary part is not in the passage')
S.rel('share', U, [F(ED, '131.51万人'), F(ED, '68.27%')], '131.51万 in kindergarten vs three-year gross rate 68.27%: the age cohort is not stated (and 在园幼儿 is not only 3–5-year-olds)')

# ---- 云南 summer grain 2024
x_t = F(XL, '264.07万吨'); x_a = F(XL, '990.87千公顷'); x_y = F(XL, '2665.02公斤')
x_gr = [x_t, F(XL, '2.80万吨'), F(XL, '1.07%')]
x_sum = [F(XL, '515.69千公顷'), F(XL, '310.01千公顷'), F(XL, '165.17千公顷'), x_a]
x_r465 = [F(XL, '310.01千公顷'), F(XL, '465.01万亩')]
x_mu = [x_y, F(XL, '177.67公斤')]
S.rel('growth', C, x_gr, '264.07 − 2.80 = 261.27; 2.80 / 261.27 = +1.07%')
S.rel('restatement', C, [x_a, F(XL, '1486.30万亩')], '990.87千公顷 × 15 = 1486.305万亩 → 1486.30')
S.rel('growth', C, [x_a, F(XL, '7.19千公顷'), F(XL, '0.73%')], 'area 990.87 − 7.19 = 983.68; 7.19 / 983.68 = +0.73%')
S.rel('restatement', C, [F(XL, '7.19千公顷'), F(XL, '10.78万亩')], '7.19千公顷 × 1.5 = 10.785万亩 → 10.78 (within the half unit)')
S.rel('sum', C, x_sum, 'cereals 515.69 + pulses 310.01 + tubers 165.17 = 990.87千公顷')
S.rel('restatement', C, x_r465, 'pulses 310.01千公顷 = 465.015万亩 → 465.01')
S.rel('rate', C, [x_t, x_a, x_y], 'yield 264.07万吨 / 990.87千公顷 = 2665.03 kg/ha → 2665.02 (within the half units)')
S.rel('restatement', C, x_mu, '2665.02 kg/ha / 15 = 177.67 kg/亩')
S.rel('growth', C, [x_y, F(XL, '8.96公斤'), F(XL, '0.34%')], 'yield 2665.02 − 8.96 = 2656.06; 8.96 / 2656.06 = +0.34%')
S.rel('rate', C, [F(XL, '515.69千公顷'), F(XL, '0.17%'), F(XL, '310.01千公顷'), F(XL, '1.85%'), F(XL, '165.17千公顷'), F(XL, '1.52%'), F(XL, '7.19千公顷')], 'area change rebuilt from the parts (physical, exact): −0.88 + 5.63 + 2.47 = 7.23 (7.18–7.28 with the rates’ half units) vs 7.19')
S.rel('growth', C, [F(XL, '1.07%'), F(XL, '0.73%'), F(XL, '0.34%')], 'output = area × yield: (1 + 0.73%)(1 + 0.34%) − 1 = 1.07%')
S.rel('growth', U, [F(XL, '2.80万吨'), F(G75, '1974萬')], 'cross-document: summer-grain increase on 2023 vs the 2023 annual total 1974: other indicator (summer grain only)')

# ---- 云南 grain 2012–2021 and 1949–2023
t_gr = [F(G10, '1930.3万吨'), F(G10, '243万吨'), F(G10, '14.4%')]
t_df = [F(G10, '14.4%'), F(G10, '11.5%'), F(G10, '2.9个')]
S.rel('growth', C, t_gr, '1930.3 − 243 = 1687.3 (2012); 243 / 1687.3 = +14.4%')
S.rel('growth', C, t_df, 'Yunnan +14.4% vs national +11.5%: 2.9 points')
S.rel('restatement', U, [F(G10, '1930.3万吨'), F(G75, '1974萬')], 'cross-document: 1930.3 (2021) vs 1974 (2023): other year')
v_57 = [F(G75, '634.5萬'), F(G75, '374萬'), F(G75, '69.7%')]
v_r = [F(G75, '1974萬'), F(G75, '374萬'), F(G75, '5.3倍')]
S.rel('growth', C, v_57, '1957 634.5 vs 1949 374: 634.5 / 374 = 1.6965 → +69.7%')
S.rel('growth', C, v_r, '2023 1974 / 1949 374 = 5.28 → “是1949年的5.3倍” (ratio)')
S.rel('growth', C, [F(G75, '1974萬'), F(G75, '374萬'), F(G75, '2.3%')], 'yearly average 1949–2023 (74 years): 5.278^(1/74) = 1.0227 → 2.3%')
S.rel('growth', U, [F(G75, '310.14千克'), F(G75, '3倍', pre='的')], '2023 yield 310.14 = 3 × the 1949 yield: the 1949 yield is not stated')

# ---- 贵州 industry Jan–Jul 2020
S.rel('share', C, [F(GZ, '168种'), F(GZ, '308种'), F(GZ, '54.5%')], '168 of 308 products growing = 54.55% → 54.5')
S.rel('growth', U, [F(GZ, '2.1%'), F(GZ, '0.7个')], '+2.1% “较上半年提高0.7个百分点”: the H1 rate is not stated')
S.rel('growth', U, [F(GZ, '96.8%'), F(GZ, '0.8个')], 'sales ratio 96.8% “较上月提高0.8个百分点”: June is not stated')
S.rel('rate', U, [F(GZ, '2.1%'), F(GZ, '3%', pre='累计增长'), F(GZ, '3.4%'), F(GZ, '4.6%', n=0), F(GZ, '73.4%')], 'total +2.1% vs manufacturing +3% (share 73.4% in July), mining +3.4%, utilities −4.6%: cumulative weights not stated')
S.rel('rate', U, [F(GZ, '4.7%'), F(GZ, '3.6%'), F(GZ, '2.7%'), F(GZ, '0.6%'), F(GZ, '0.5%'), F(GZ, '2.1%')], 'five cities +4.7/+3.6/+2.7/+0.6/+0.5 vs province +2.1: the other four are negative and no weights are stated')
S.rel('growth', U, [F(GZ, '6%', pre='同比增长'), F(GZ, '2.1%')], 'July alone +6% vs Jan–Jul cumulative +2.1%: other period')

# ---- 西藏 transport: 十三五 review (Mar 2021), 2021 result + 2022 plan (Mar 2022), roads to mid-2022
S.rel('growth', U, [F(X135, '11.88万公里'), F(X135, '8100公里')], '11.88万km after 十三五, “年均增长8100公里”: the end-2015 level is not stated')
S.rel('growth', U, [F(X135, '2516亿元'), F(X135, '3.7倍')], '2516 = 3.7 × 十二五: the 十二五 total is not stated here')
S.rel('share', U, [F(X135, '2516亿元'), F(X135, '三分之一')], '2516 = one third of all fixed investment: the total is not stated')
S.rel('growth', U, [F(X135, '93.7%'), F(X135, '75.9%'), F(X135, '47.8'), F(X135, '59.1')], '通畅率 93.7% / 75.9%, up 47.8 / 59.1 points: the 2015 rates are not stated')
k_sh = [F(X22, '87.71亿元'), F(X21, '216.01億元'), F(X22, '40.61%')]
k_re = [F(X21, '1105公里'), F(X22, '1105公里')]
S.rel('share', C, k_sh, 'cross-document: H1 2022 87.71 of the 2022 plan 216.01 (stated in March) = 40.605% → 40.61 (at the edge of the half units)')
S.rel('target', CT, [F(X21, '216.01億元'), F(X22, '87.71亿元')], 'cross-document: 2022 plan 216.01 vs 87.71 by end-June: the year is not over')
S.rel('restatement', C, k_re, 'cross-document: 高等级公路 1105km (after the Aug 2021 opening) = “目前的1105公里” (Jul 2022)')
S.rel('share', U, [F(X21, '94.55%'), F(X21, '77.94%'), F(X21, '5個'), F(X21, '67個', n=1)], '94.55% of townships and 77.94% of villages with hard roads, +5 / +67: the totals are not stated')
S.rel('restatement', U, [F(X21, '362.63億元'), F(X21, '201億元')], 'funds secured 362.63 vs investment completed 201: other indicator')
S.rel('target', U, [F(X135, '12万公里'), F(X21, '12萬公里')], 'cross-document: 十四五 target “到2025年…突破12万公里” vs “2021年…突破12萬公里”: other period (a 2025 target against a 2021 level)')
S.rel('restatement', U, [F(X135, '38公里'), F(X22, '38公里')], 'cross-document: 38km of 一级及以上 roads at end-2015 vs 38km of 高等级(高速) roads at end-2012: same number, other date and scope')
S.rel('sum', U, [F(X135, '2516亿元'), F(X22, '3399.49亿元')], 'cross-document: 十三五 2516 within 2012–June 2022 cumulative 3399.49: overlapping periods, not a split')
S.rel('restatement', U, [F(X135, '8100公里'), F(X22, '8000多公里')], 'cross-document: “年均增长8100公里” (十三五) vs “8000多公里” (十三五以来, to mid-2022): other period')
S.rel('share', U, [F(X22, '12.07万公里', n=2), F(X22, '9.78公里')], 'density 9.78 km/100 km² with 12.07万km: the area is not stated (12.07/9.78 implies 123万 km²)')
S.rel('restatement', U, [F(X135, '93.7%'), F(X21, '94.55%')], 'cross-document: 通畅率 93.7% of townships (end-2020) vs 94.55% of townships with hard roads (2021): other year and indicator')

# ---- 拉萨 2024 bulletin
l_p = [F(LS, '33.20億元'), F(LS, '386.57億元'), F(LS, '570.27億元')]; l_t = F(LS, '990.04億元')
l_s = [F(LS, '3.4:'), F(LS, '39.0'), F(LS, '57.6')]
sum_l = l_p + [l_t]; sh_l2 = [l_p[1], l_t, l_s[1]]
pop = [F(LS, '64.03萬人'), F(LS, '23.61萬人'), F(LS, '87.64萬人')]
nat = [F(LS, '12.17‰'), F(LS, '1.54‰'), F(LS, '10.63‰')]
S.rel('sum', C, sum_l, 'primary 33.20 + secondary 386.57 + tertiary 570.27 = 990.04')
S.rel('share', C, [l_p[0], l_t, F(LS, '3.4', post=':')], 'primary 33.20 / 990.04 = 3.35% → 3.4')
S.rel('share', C, sh_l2, 'secondary 386.57 / 990.04 = 39.05% → 39.0')
S.rel('share', C, [l_p[2], l_t, l_s[2]], 'tertiary 570.27 / 990.04 = 57.60%')
S.rel('sum', C, [F(LS, '3.0%'), F(LS, '60.2%'), F(LS, '36.8%')], 'contributions 3.0 + 60.2 + 36.8 = 100')
S.rel('sum', C, pop, 'urban 64.03 + rural 23.61 = 87.64万')
S.rel('growth', C, nat, 'natural growth = births 12.17‰ − deaths 1.54‰ = 10.63‰')
S.rel('rate', U, [F(LS, '6.7%'), F(LS, '7.9%'), F(LS, '9.5%'), F(LS, '5.1%'), F(LS, '3.0%'), F(LS, '60.2%'), F(LS, '36.8%')], 'GDP +6.7% rebuilt from sector rates and contributions: needs previous-year constant-price weights (not stated); see the judgement calls')
S.rel('share', U, [F(LS, '39.0'), F(LS, '60.2%')], 'secondary share 39.0% vs contribution 60.2%: a contribution is not a share')
S.rel('share', U, [l_t, F(LS, '87.64萬人'), F(LS, '113563元')], 'per capita 113563 vs 990.04亿 / 87.64万 = 112967: per-capita GDP uses the average population (not stated)')

# ---- further traps (added after the first count)
S.rel('growth', U, [F(G10, '243万吨'), F(G75, '1700萬')], 'cross-document: 2012 level implied by 1930.3 − 243 = 1687.3 vs “2013年…突破1700萬噸”: other year; nothing stated to check')
S.rel('restatement', U, [F(XL, '177.67公斤'), c_y], 'cross-document: 云南 summer-grain yield 177.67 kg/亩 (2024) vs 重庆 all-grain yield 361.1 kg/亩 (2024): other place and indicator')
S.rel('rate', U, [F(YQ, '37.0%'), F(YQ, '33.1%')], 'secondary-industry investment +37.0% vs manufacturing investment +33.1%: a part’s rate, the other parts are not stated')
S.rel('sum', U, [F(X21, '201億元'), F(X22, '3399.49亿元')], 'cross-document: 2021 investment 201 within the 2012–June 2022 cumulative 3399.49: a part of an overlapping period, not a split')
S.rel('restatement', U, [F(S24, '970公里'), F(Q25, '986公里')], 'cross-document: 970km begun in 2024 vs 986km begun Jan–Sep 2025: other year')
S.rel('sum', C, [F(GS, '4个'), F(GS, '1个', post='其他'), F(GS, '5个')], 'projects of the other groups: 4 new-1000km + 1 other = 5')

# ---- altered copies
a = ALT(P24, 1, p_zc, '48亿元', 'stations plan 45 → 48')
S.rel('sum', I, R(a, [p_gs, p_gsx, p_nc, p_sy, p_zc, p_yh, p_tot], p_zc, '48亿元'), 'altered: parts add to 2603, not 2600 (breaks {B})')
a = ALT(P24, 2, sum_pw[0], '56.1亿元', 'continuing waterway projects 58.1 → 56.1')
S.rel('sum', I, R(a, sum_pw, sum_pw[0], '56.1亿元'), 'altered: 56.1 + 1.9 = 58, not 60 (breaks {B})')
a = ALT(Q25, 1, q_gl[0], '1024.3亿元', 'expressways 1029.3 → 1024.3')
S.rel('sum', I, R(a, q_gl, q_gl[0], '1024.3亿元'), 'altered: roads add to 1810.5, not 1815.5 (breaks {B})')
a = ALT(Q25, 2, q_done, '2088.1亿元', 'Jan–Sep total 2038.1 → 2088.1')
S.rel('share', I, R(a, sh_q, q_done, '2088.1亿元'), 'altered: 2088.1 / 2680 = 77.9%, not 76% (breaks {B})')
S.rel('sum', I, R(a, q_all, q_done, '2088.1亿元'), 'altered: parts add to 2038.1, not 2088.1 (breaks {B})')
a = ALT(Q25, 3, q_yh[2], '58.7亿元', 'vehicle purchases 56.7 → 58.7')
S.rel('sum', I, R(a, q_yh, q_yh[2], '58.7亿元'), 'altered: 64.9 + 27.5 + 58.7 = 151.1, not 149.1 (breaks {B})')
a = ALT(C24, 1, sum_c[1], '41.15万吨', 'pulses 47.15 → 41.15')
S.rel('sum', I, R(a, sum_c, sum_c[1], '41.15万吨'), 'altered: parts add to 1094.73, not 1100.73 (breaks {B})')
a = ALT(C24, 2, c_area, '3041.87万亩', 'sown area 3047.87 → 3041.87')
S.rel('rate', I, R(a, rt_c, c_area, '3041.87万亩'), 'altered: 1100.73 / 3041.87 = 361.86 kg/亩, not 361.1 (breaks {B})')
S.rel('growth', I, R(a, [c_area, e_area, e_ag], c_area, '3041.87万亩'), 'altered (cross-document): 3041.87万亩 = 2027.9千公顷; 2033.9 / 2027.9 = +0.30%, not +0.10% (breaks {B})')
a = ALT(C25, 1, sum_e[1], '989万吨', 'autumn grain 986 → 989')
S.rel('sum', I, R(a, sum_e, sum_e[1], '989万吨'), 'altered: 126.5 + 989 = 1115.5, not 1112.5 (breaks {B})')
S.rel('rate', I, R(a, rt_e3, rt_e3[0], '989万吨'), 'altered: 989 / 1656.7 = 5969.7 kg/ha, not 5951.6 (breaks {B})')
a = ALT(C25, 2, e_g, '1.27%', 'output growth 1.07% → 1.27%')
S.rel('growth', I, R(a, gr_e, e_g, '1.27%'), 'altered: (1 + 0.10%)(1 + 0.97%) − 1 = 1.07%, not 1.27% (breaks {B})')
S.rel('growth', I, R(a, cg_e, e_g, '1.27%'), 'altered (cross-document): 1112.5 / 1100.73 = +1.07%, not +1.27% (breaks {B})')
a = ALT(C25B, 1, b_j, '225.5亿斤', 'output in 斤 222.5 → 225.5')
S.rel('restatement', I, R(a, [b_j, b_t], b_j, '225.5亿斤'), 'altered: 225.5亿斤 = 1127.5万吨, not 1112.5 (breaks {B})')
a = ALT(GS, 1, g_sh[0], '1769.1亿', 'cumulative investment 1709.1 → 1769.1')
S.rel('share', I, R(a, g_sh, g_sh[0], '1769.1亿'), 'altered: 1769.1 / 1925.8 = 91.9%, not 89% (breaks {B})')
a = ALT(GS, 2, g_s1[0], '214.2亿元', 'new-1000km projects 211.2 → 214.2')
S.rel('sum', I, R(a, g_s1, g_s1[0], '214.2亿元'), 'altered: 214.2 + 5.6 = 219.8, not 216.8 (breaks {B})')
a = ALT(YQ, 1, y_b, '6858.16亿元', 'body GDP 6852.16 → 6858.16')
S.rel('restatement', I, R(a, [y_h, y_b], y_b, '6858.16亿元'), 'altered: headline 6852.16 vs body 6858.16 (breaks {B})')
a = ALT(ED, 1, d_sum[0], '11573所', 'primary schools 11673 → 11573')
S.rel('sum', I, R(a, d_sum, d_sum[0], '11573所'), 'altered: 11573 + 1672 = 13245, not 13345 (breaks {B})')
a = ALT(ED, 2, d_dec[0], '745所', 'decrease in primary schools 740 → 745')
S.rel('sum', I, R(a, d_dec, d_dec[0], '745所'), 'altered: 745 + 10 = 755, not 750 (breaks {B})')
a = ALT(XL, 1, x_sum[1], '316.01千公顷', 'pulses area 310.01 → 316.01')
S.rel('sum', I, R(a, x_sum, x_sum[1], '316.01千公顷'), 'altered: parts add to 996.87, not 990.87 (breaks {B})')
S.rel('restatement', I, R(a, x_r465, x_r465[0], '316.01千公顷'), 'altered: 316.01千公顷 = 474.0万亩, not 465.01 (breaks {B})')
a = ALT(XL, 2, x_gr[1], '2.30万吨', 'summer-grain increase 2.80 → 2.30')
S.rel('growth', I, R(a, x_gr, x_gr[1], '2.30万吨'), 'altered: 2.30 / 261.77 = +0.88%, not +1.07% (breaks {B})')
a = ALT(G10, 1, t_gr[1], '248万吨', 'increase on 2012 243 → 248')
S.rel('growth', I, R(a, t_gr, t_gr[1], '248万吨'), 'altered: 248 / 1682.3 = +14.7%, not +14.4% (breaks {B})')
a = ALT(G75, 1, v_57[2], '63.7%', '1957 growth on 1949 69.7% → 63.7%')
S.rel('growth', I, R(a, v_57, v_57[2], '63.7%'), 'altered: 634.5 / 374 = +69.7%, not +63.7% (breaks {B})')
a = ALT(G75, 2, v_r[2], '5.8倍', 'ratio to 1949 5.3 → 5.8')
S.rel('growth', I, R(a, v_r, v_r[2], '5.8倍'), 'altered: 1974 / 374 = 5.28, not 5.8 (breaks {B})')
a = ALT(GZ, 1, F(GZ, '168种'), '163种', 'products growing 168 → 163')
S.rel('share', I, R(a, [F(GZ, '168种'), F(GZ, '308种'), F(GZ, '54.5%')], F(GZ, '168种'), '163种'), 'altered: 163 / 308 = 52.9%, not 54.5% (breaks {B})')
a = ALT(X21, 1, k_sh[1], '210.01億元', '2022 plan 216.01 → 210.01')
S.rel('share', I, R(a, k_sh, k_sh[1], '210.01億元'), 'altered (cross-document): 87.71 / 210.01 = 41.8%, not 40.61% (breaks {B})')
a = ALT(X21, 2, k_re[0], '1125公里', 'high-grade road length 1105 → 1125')
S.rel('restatement', I, R(a, k_re, k_re[0], '1125公里'), 'altered (cross-document): 1125km vs “目前的1105公里” with no new opening in between (breaks {B})')
a = ALT(X22, 1, k_sh[2], '46.61%', 'H1 share of the annual target 40.61% → 46.61%')
S.rel('share', I, R(a, k_sh, k_sh[2], '46.61%'), 'altered (cross-document): 87.71 / 216.01 = 40.6%, not 46.61% (breaks {B})')
a = ALT(LS, 1, l_p[1], '380.57億元', 'secondary value added 386.57 → 380.57')
S.rel('sum', I, R(a, sum_l, l_p[1], '380.57億元'), 'altered: parts add to 984.04, not 990.04 (breaks {B})')
S.rel('share', I, R(a, sh_l2, l_p[1], '380.57億元'), 'altered: 380.57 / 990.04 = 38.4%, not 39.0 (breaks {B})')
a = ALT(LS, 2, nat[1], '1.84‰', 'death rate 1.54‰ → 1.84‰')
S.rel('growth', I, R(a, nat, nat[1], '1.84‰'), 'altered: 12.17 − 1.84 = 10.33‰, not 10.63 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

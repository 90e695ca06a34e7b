"""Check key, set check-heldout166. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout166.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout166'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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



Y3='yn_3x100_2023q1.txt'; H1='yn_2025h1.txt'; Q3='yn_2025q3.txt'; BS='bs_2021kp.txt'; FQ='fq_2022b_hant.txt'; LS='ls_2020reloc.txt'; BT='bt_2020.txt'
SC7='sc_2017reloc.txt'; QF='qf_2021.txt'; SC21='sc_2021_hant.txt'; WS='ws_2017.txt'; FL='fl_2022_hant.txt'; CQ='cq_1953_hant.txt'; QD='qdn_1958.txt'
CS='cs_2005.txt'; AL='al_1998.txt'; X10='xz_2010.txt'; WP='xz_wp2019.txt'

# ---- 云南 "3个100" industry/IT key projects, Q1 2023
y_q1 = F(Y3, '212.5亿元'); y_plan = F(Y3, '1063.2亿元'); y_tot = F(Y3, '3976.7亿元')
sh_y1 = [y_q1, y_plan, F(Y3, '20%', pre='年度计划投资的')]
S.rel('share', C, sh_y1, '212.5 / 1063.2 = 19.99% → “为年度计划投资的20%”')
y_new = F(Y3, '100项', post='新开工'); y_32 = F(Y3, '32个'); y_32p = F(Y3, '32%')
sh_y2 = [y_32, y_new, y_32p]
S.rel('share', C, sh_y2, '32 of the 100 new-start projects begun: 32 / 100 = 32% (开工率)')
y_n = F(Y3, '56.3亿元'); y_c = F(Y3, '59亿元'); y_d = F(Y3, '98.5亿元')
S.rel('sum', I, [y_n, y_c, y_d, y_q1], 'REAL ERROR in the original: new-start 56.3 + continuing 59 + completion 98.5 = 213.8亿, not the 212.5亿 stated for all “3个100” projects (even with half units 213.2–214.4 vs 212.45–212.55); the three groups are the whole programme (3 × 100 projects)')
S.rel('rate', C, [y_n, F(Y3, '12.7%'), y_c, F(Y3, '16.8%'), y_d, F(Y3, '36.4%'), y_plan],
      'annual plans rebuilt from the completion shares: 56.3/12.7% + 59/16.8% + 98.5/36.4% = 443.3 + 351.2 + 270.6 = 1065.1 vs the 1063.2 annual plan; with half units the rebuilt total spans about 1059–1071, so consistent')
S.rel('share', C, [F(Y3, '220个'), F(Y3, '73.3%')], '220 projects of the 3 × 100 = 300 projects (the base is the programme’s size, “3个100”): 73.33% → 73.3%')
sh_y3 = [F(Y3, '2934.5亿元'), y_tot, F(Y3, '73.8%')]
S.rel('share', C, sh_y3, '6 州市 total investment 2934.5 / 3976.7 = 73.79% → 73.8%')
y_797 = F(Y3, '797.3亿元')
S.rel('share', C, [y_797, y_plan, F(Y3, '75%')], '6 州市 annual plan 797.3 / 1063.2 = 74.99% → 75%')
y_1587 = F(Y3, '158.7亿元')
S.rel('share', I, [y_1587, y_797, F(Y3, '19%', pre='年度计划投资的')], 'REAL ERROR in the original: 6 州市 Q1 158.7 / annual plan 797.3 = 19.90% (19.897–19.91% with half units), printed “19%” (truncated, not rounded; 20% would be right)')
sh_y4 = [y_1587, y_q1, F(Y3, '74.7%')]
S.rel('share', C, sh_y4, '6 州市 158.7 / all projects 212.5 = 74.68% → 74.7%')
S.rel('share', C, [F(Y3, '3519.2亿元'), y_tot, F(Y3, '88.5%')], '9 industrial chains 3519.2 / 3976.7 = 88.50%')
sh_y5 = [F(Y3, '3334亿元'), y_tot, F(Y3, '83.8%')]
S.rel('share', C, sh_y5, 'projects ≥ 10亿: 3334 / 3976.7 = 83.84% → 83.8%')
S.rel('share', U, [y_32p, F(Y3, '12.7%')], 'new starts: 32% begun (count) vs 12.7% of the annual plan invested: other indicators')
S.rel('share', U, [F(Y3, '181.1亿元'), F(Y3, '19.1%')], '9 chains’ Q1 181.1亿 = 19.1% of their annual plan: that plan is not stated (only their total investment 3519.2)')
S.rel('share', U, [F(Y3, '157.6亿元'), F(Y3, '18.6%')], 'projects ≥ 10亿: 157.6亿 = 18.6% of their annual plan, which is not stated')
S.rel('sum', U, [F(Y3, '220个'), F(Y3, '203个')], '6 州市 (220) and 9 chains (203) are overlapping cuts of the 300 projects (220 + 203 > 300), not a split')
S.rel('sum', U, [F(Y3, '86个'), F(Y3, '47个')], 'size classes ≥ 10亿 (86) and 5–10亿 (47) = 133 of 300: smaller projects not given; not a split')
S.rel('share', U, [F(Y3, '28%'), F(Y3, '19.1%')], 'three chains above 28% inside the nine chains at 19.1%: a subset, weights not stated; no contradiction')
S.rel('target', CT, [y_plan, y_q1, sh_y1[2]], 'annual plan 1063.2亿 for 2023 against Q1 completion 212.5亿 (20%): the year is not over → cannot tell')

# ---- 云南 1775 provincial major projects, Jan–Jun 2025 and Jan–Sep 2025
h_all = F(H1, '1775个'); h_inf = F(H1, '820个'); h_ind = F(H1, '955个')
sum_h1 = [h_inf, h_ind, h_all]
S.rel('sum', C, sum_h1, 'H1 2025: infrastructure 820 + industry 955 = 1775 projects')
h_290 = F(H1, '290个')
sum_h2 = [F(H1, '190个'), F(H1, '216个'), F(H1, '65个'), F(H1, '42个'), h_290, F(H1, '17个'), h_inf]
S.rel('sum', C, sum_h2, 'infrastructure: 190 + 216 + 65 + 42 + 290 + 17 = 820')
h_439 = F(H1, '439个')
sum_h3 = [h_439, F(H1, '275个'), F(H1, '88个'), F(H1, '82个', post='文化'), F(H1, '46个'), F(H1, '25个'), h_ind]
S.rel('sum', C, sum_h3, 'industry: 439 + 275 + 88 + 82 + 46 + 25 = 955')
h_r = F(H1, '62.62%')
S.rel('rate', U, [F(H1, '63.35%'), F(H1, '61.75%'), h_r], 'overall 62.62% from infrastructure 63.35% and industry 61.75%: lies between them, but the annual plans (weights) are not stated')
S.rel('rate', U, [F(H1, '61.99%'), F(H1, '61.25%'), F(H1, '6.16%'), F(H1, '100.13%'), F(H1, '69.12%'), F(H1, '66.54%'), F(H1, '63.35%')],
      'infrastructure 63.35% from six sector rates: plans (weights) not stated (the social-sector 6.16% looks like a slip for 61.6%, see ANNOTATION.md, but nothing proves it)')
S.rel('growth', U, [h_r, F(H1, '8.34个百分点')], '62.62% “同比提高8.34个百分点”: the Jan–Jun 2024 rate (54.28%) is not stated')
S.rel('rate', U, [F(H1, '53.38%'), F(H1, '58.81%'), h_r], 'private (53.38%) and “重中之重” (58.81%) subsets both below the overall 62.62%: possible, since the rest is not stated; weights unknown')
S.rel('sum', U, [F(H1, '382个'), F(H1, '76个'), h_all], '382 private and 76 “重中之重” projects are subsets of the 1775, not a split')
S.rel('sum', U, [F(H1, '139个'), h_inf], '139 infrastructure projects above 80% completion: a part of the 820, not a split')

q_all = F(Q3, '1775个'); q_inf = F(Q3, '820个'); q_ind = F(Q3, '955个')
sum_q1 = [q_inf, q_ind, q_all]
S.rel('sum', C, sum_q1, 'Jan–Sep 2025: 820 + 955 = 1775 projects')
q_216 = F(Q3, '216个')
sum_q2 = [F(Q3, '42个'), F(Q3, '190个'), F(Q3, '290个'), q_216, F(Q3, '17个'), F(Q3, '65个'), q_inf]
S.rel('sum', C, sum_q2, 'infrastructure: 42 + 190 + 290 + 216 + 17 + 65 = 820')
q_r = F(Q3, '84.48%')
S.rel('rate', U, [F(Q3, '87.65%'), F(Q3, '80.76%'), q_r], 'overall 84.48% from infrastructure 87.65% and industry 80.76%: weights (annual plans) not stated')
rs_q1 = [h_all, q_all]
S.rel('target', U, [y_plan, h_r], '2023 plan of the “3个100” industry projects against the 2025 completion rate of the 1775 provincial projects: other programme and year')
S.rel('restatement', C, rs_q1, 'the same 1775 provincial major projects in the H1 and the Jan–Sep releases')
S.rel('restatement', C, [F(H1, '382个'), F(Q3, '382个')], '382 private-investment projects restated')
S.rel('restatement', C, [F(H1, '76个'), F(Q3, '76个')], '76 “重中之重” projects restated')
S.rel('growth', U, [h_r, q_r, F(Q3, '10.62个百分点')], '84.48% (Jan–Sep) “同比提高10.62个百分点” is against Jan–Sep 2024, not against 62.62% (Jan–Jun 2025); 84.48 − 62.62 = 21.86 is progress within the year')
S.rel('restatement', U, [F(H1, '38.32%'), F(Q3, '37.76%')], 'support rates for provincial investment of two periods (Jan–Jun 38.32%, Jan–Sep 37.76%): not a restatement')
S.rel('restatement', U, [F(H1, '53.38%'), F(Q3, '68.62%')], 'private projects’ completion rate at June (53.38%) and September (68.62%): same indicator, other period')
S.rel('share', U, [F(H1, '38.32%'), h_r], 'support rate for all provincial investment (38.32%) vs the projects’ plan completion rate (62.62%): other indicators')
S.rel('sum', U, [F(H1, '139个'), F(Q3, '234个')], 'infrastructure projects above 80% completion at June (139) and at September (234): counts of two dates, not additive or restated')
S.rel('restatement', U, [F(H1, '0.19亿元'), F(Q3, '0.72亿元')], 'tax of the 楚雄 storage project (0.19亿/year) and 利税 of the 砚山 aluminium project (0.72亿): other projects')
S.rel('target', CT, [q_all, q_r], '1775 projects at 84.48% of their 2025 annual plan by September: the year is not over → cannot tell')

# ---- 保山 “四个一百” key projects, to end-September 2021
b_54 = F(BS, '54项'); b_22 = F(BS, '22项', pre='新开工')
sum_b1 = [F(BS, '13项', pre='竣工'), b_22, F(BS, '13项', pre='在建'), F(BS, '6项', pre='前期'), b_54]
S.rel('sum', C, sum_b1, 'completion 13 + new starts 22 + continuing 13 + preparatory 6 = 54 projects')
b_tot = F(BS, '164.8亿元'); b_761 = F(BS, '76.1亿元')
sum_b2 = [F(BS, '57.1亿元'), b_761, F(BS, '31.2亿元'), F(BS, '0.4亿元'), b_tot]
S.rel('sum', C, sum_b2, 'investment 57.1 + 76.1 + 31.2 + 0.4 = 164.8亿')
S.rel('rate', U, [b_tot, F(BS, '61.9%'), F(BS, '57.1亿元'), F(BS, '73.4%'), b_761, F(BS, '90.4%'), F(BS, '31.2亿元'), F(BS, '74.1%'), F(BS, '0.4亿元')],
      'overall 61.9% is below all three groups’ rates (73.4, 90.4, 74.1%): possible only because the preparatory projects’ plan (not stated; about 62亿 of the 266亿 implied) is large; nothing to check')
S.rel('share', U, [F(BS, '15项'), F(BS, '22项', pre='计划新开工'), F(BS, '73.4%')], '15 of 22 new starts begun (68.2%, not stated) vs 73.4%, which is the investment completion rate: other indicator')
S.rel('restatement', C, [b_22, F(BS, '22项', pre='计划新开工')], '22 new-start projects, stated twice')
S.rel('restatement', U, [F(BS, '13项', pre='竣工'), F(BS, '13项', pre='在建')], '13 completion and 13 continuing projects: same number, other category')
S.rel('target', CT, [b_tot, F(BS, '61.9%')], '164.8亿 = 61.9% of the 2021 annual plan by end-September: the year is not over → cannot tell')

# ---- 凤庆 2022 budget execution (traditional)
f_r = F(FQ, '62964萬元'); f_b = F(FQ, '65200萬元'); f_p = F(FQ, '96.57%'); f_d = F(FQ, '952萬元'); f_g = F(FQ, '1.49%')
S.rel('share', C, [f_r, f_b, f_p], '62964 / 65200 = 96.57% of the budget')
S.rel('growth', C, [f_r, f_d, f_g], 'down 952萬 on 62964 + 952 = 63916: 952 / 63916 = 1.49%')
S.rel('target', MS, [f_b, f_r], '2022 budget (年初预算) 65200萬 against the 2022 result 62964萬: missed (96.57%)')

# ---- 凉山 relocation (11 June 2020), 布拖 (26 June 2020), 四川 (September 2017)
l_h1 = F(LS, '1219户', n=0); l_h2 = F(LS, '1219户', n=1); l_p1 = F(LS, '6351人', n=0); l_p2 = F(LS, '6351人', n=1)
l_hh = F(LS, '7.44万户'); l_pp = F(LS, '35.32万人'); l_73 = F(LS, '73210户'); l_34 = F(LS, '346849人')
sum_l1 = [l_73, l_h2, l_hh]
S.rel('sum', C, sum_l1, 'moved in 73210 + still to move 1219 = 74429 households = 7.44万户 (7.435–7.445万)')
sum_l2 = [l_34, l_p2, l_pp]
S.rel('sum', C, sum_l2, 'moved in 346849 + still to move 6351 = 353200 people = 35.32万人')
S.rel('restatement', C, [l_h1, l_h2], '1219 households still to move, in the lead and in the body')
S.rel('restatement', C, [l_p1, l_p2], '6351 people still to move, in the lead and in the body')
S.rel('sum', U, [F(LS, '5.55万户'), l_hh], 'the 7 counties not yet lifted out of poverty (5.55万户) are part of the prefecture’s 7.44万户; not a split')
S.rel('sum', U, [F(LS, '5580人'), F(LS, '1.4万余名')], '布拖 county-seat site: 5580 relocated poor people among 1.4万余 villagers settled there; the rest are not relocation households')
S.rel('target', U, [F(LS, '5.55万户'), l_73], 'task of the 7 counties not yet lifted out of poverty (5.55万户) against the prefecture’s 73210 households moved in: other scope')
S.rel('target', CT, [l_pp, l_34], 'goal “确保6月底前全部搬迁入住” for 35.32万人; 346849 moved in by 11 June: the deadline has not passed → cannot tell')
b_hh = F(BT, '7.44万户'); b_pp = F(BT, '35.32万人')
rs_b1 = [l_hh, b_hh]
S.rel('restatement', C, rs_b1, '凉山 task 7.44万户, restated on 26 June')
S.rel('restatement', C, [l_pp, b_pp], '凉山 task 35.32万人, restated on 26 June')
S.rel('target', M, [l_pp, b_pp], 'goal (11 June): all 35.32万人 moved in by end-June; result (26 June): “7.44万户35.32万人搬迁任务完成” → met')
S.rel('restatement', C, [F(LS, '1.4万余名'), F(BT, '1.4万多人')], '布拖 county-seat site: 1.4万余 villagers (11 June) = 1.4万多人 moving in (26 June)')
S.rel('sum', U, [F(BT, '5.48万户'), b_hh], 'centralised resettlement 5.48万户 is the part of 7.44万户 in concentrated sites; the dispersed part is not stated')
S.rel('sum', U, [F(BT, '1492个'), F(SC7, '4051个')], '凉山’s 1492 concentrated sites (2020) and 四川’s 4051 (2017): other place and date; not comparable')
s_58 = F(SC7, '58万', pre='全省已有'); s_50 = F(SC7, '50%')
S.rel('share', U, [s_58, s_50, F(LS, '136.05万人')], '58万 = 50% of the plan (2017) implies a plan of 116万; the 2020 figure 136.05万 is the plan as later revised: other date')
S.rel('target', CT, [s_58, s_50], '四川 “十三五” relocation plan (2016–2020) half done in September 2017: period not over → cannot tell')
S.rel('target', U, [F(LS, '136.05万人'), b_pp], '四川’s plan of 136.05万 against 凉山’s completed 35.32万: other place')

# ---- 前锋区 2021 (report of Feb 2022) and 四川 2021 (report of Jan 2022, traditional)
q_g = F(QF, '8.8%'); q_06 = F(QF, '0.6个'); s_g = F(SC21, '8.2%')
gr_q = [q_g, q_06, s_g]
S.rel('growth', C, gr_q, '前锋 GDP +8.8%, “高于全省0.6个百分点” → 四川 8.2%, as the province’s own report states (across documents)')
S.rel('growth', U, [q_g, F(QF, '0.7个')], '“高于全市0.7个百分点”: 广安’s rate (8.1%) is not stated anywhere in the set')
S.rel('rate', U, [q_g, F(QF, '10.8%'), F(QF, '7.7%')], 'GDP +8.8% against industry +10.8% and services +7.7%: sector weights and the primary sector not stated')
S.rel('restatement', U, [F(QF, '12.5%'), F(SC21, '12%')], '地方一般公共预算收入 +12.5% (前锋) and +12% (四川): same indicator, other place')
S.rel('restatement', U, [F(QF, '10.5%'), F(SC21, '10.3%')], 'rural income +10.5% (前锋) and +10.3% (四川): other place; no gap is claimed')

# ---- 万盛经开区 2017
w_g = F(WS, '116.38亿元'); w_1 = F(WS, '9.2亿元'); w_2 = F(WS, '70.03亿元'); w_3 = F(WS, '37.14亿元'); w_i = F(WS, '55.83亿元')
sum_w1 = [w_1, w_2, w_3, w_g]
S.rel('sum', C, sum_w1, '9.2 + 70.03 + 37.14 = 116.37 vs 116.38 (9.2 carries ±0.05)')
sum_w2 = [w_i, F(WS, '14.2亿元'), w_2]
S.rel('sum', C, sum_w2, 'industry 55.83 + construction 14.2 = 70.03 = secondary sector')
S.rel('sum', C, [F(WS, '3.0%', pre='依次为'), F(WS, '72.5%'), F(WS, '24.5%')], 'contribution rates 3.0 + 72.5 + 24.5 = 100%')
w_111 = F(WS, '11.1%')
sum_w3 = [F(WS, '61.4%'), w_111, F(WS, '72.5%')]
S.rel('sum', C, sum_w3, 'industry 61.4% + construction 11.1% = 72.5% = the secondary sector’s contribution')
S.rel('share', C, [w_1, w_g, F(WS, '7.9', post='︰')], '9.2 / 116.38 = 7.91% → 7.9')
S.rel('share', C, [w_2, w_g, F(WS, '60.2')], '70.03 / 116.38 = 60.17% → 60.2')
sh_w3 = [w_3, w_g, F(WS, '31.9')]
S.rel('share', C, sh_w3, '37.14 / 116.38 = 31.91% → 31.9')
S.rel('sum', C, [F(WS, '0.8'), F(WS, '2.3', pre='提高'), F(WS, '1.5', pre='下降')], 'share changes −0.8 + 2.3 − 1.5 = 0 (the shares still add to 100)')
S.rel('share', U, [F(WS, '18.3%'), F(WS, '24.5%')], '商贸 18.3% is inside the tertiary sector’s 24.5%; industry, construction and 商贸 (90.8%) are not a split')
rt_w1 = [w_1, F(WS, '3.0%', pre='增长'), w_2, F(WS, '9.9%'), w_3, F(WS, '6.1%'), w_g, F(WS, '8.1%')]
S.rel('rate', C, rt_w1, 'GDP rebuilt from the sectors (last year = level / (1 + rate)): 9.2/1.030 + 70.03/1.099 + 37.14/1.061 = 107.66; 116.38 / 107.66 = +8.10%')
rt_w2 = [w_i, F(WS, '10.6%'), F(WS, '14.2亿元'), F(WS, '7.3%'), w_2, F(WS, '9.9%')]
S.rel('rate', C, rt_w2, 'secondary sector rebuilt: 55.83/1.106 + 14.2/1.073 = 63.71; 70.03 / 63.71 = +9.9%')
S.rel('share', U, [F(WS, '7.9', post='︰'), F(WS, '3.0%', pre='依次为')], 'primary sector: 7.9% of GDP (share of the level) vs 3.0% of growth (contribution): other indicators')
S.rel('share', U, [F(WS, '42904元'), F(WS, '6354美元')], 'per-capita GDP in 元 and US$: the exchange rate (6.75) is not stated')
S.rel('growth', U, [F(WS, '8.1%'), F(WS, '7.1%')], 'GDP +8.1%, per capita +7.1%: population growth not stated')

# ---- 涪陵区 2022 (traditional)
l_g = F(FL, '1504.37億元'); l_1 = F(FL, '92.45億元'); l_2 = F(FL, '869.96億元'); l_3 = F(FL, '541.96億元')
sum_f1 = [l_1, l_2, l_3, l_g]
S.rel('sum', C, sum_f1, '92.45 + 869.96 + 541.96 = 1504.37')
sh_f1 = [l_1, l_g, F(FL, '6.1', post=':')]
S.rel('share', C, sh_f1, '92.45 / 1504.37 = 6.15% → 6.1')
S.rel('share', C, [l_2, l_g, F(FL, '57.8')], '869.96 / 1504.37 = 57.83% → 57.8')
rt_f = [l_1, F(FL, '3.7%'), l_2, F(FL, '2.2%'), l_3, F(FL, '3.1%'), l_g, F(FL, '2.6%', pre='可比增長')]
S.rel('rate', C, rt_f, 'GDP rebuilt from the sectors: 92.45/1.037 + 869.96/1.022 + 541.96/1.031 = 1466.0; 1504.37 / 1466.0 = +2.6%')
S.rel('share', I, [l_3, l_g, F(FL, '36.1', pre=':')], 'REAL (rounding) ERROR in the original: 541.96 / 1504.37 = 36.03%, printed 36.1 (outside 36.05–36.15); the structure was forced to add to 100 (6.1 + 57.8 + 36.1)')
S.rel('share', C, [F(FL, '941.30億元'), l_g, F(FL, '62.6%')], '民营经济 941.30 / 1504.37 = 62.57% → 62.6%')
f_res = F(FL, '111.52萬人'); f_u = F(FL, '81.81萬人')
sum_f2 = [f_u, F(FL, '29.71萬人'), f_res]
S.rel('sum', C, sum_f2, 'resident population: urban 81.81 + rural 29.71 = 111.52万')
sh_f2 = [f_u, f_res, F(FL, '73.36%')]
S.rel('share', C, sh_f2, 'urbanisation 81.81 / 111.52 = 73.36%')
f_reg = F(FL, '112.48萬人'); f_m = F(FL, '57.13萬人'); f_f = F(FL, '55.35萬人')
S.rel('sum', C, [F(FL, '51.57萬人'), F(FL, '60.91萬人'), f_reg], 'registered population: urban 51.57 + rural 60.91 = 112.48万')
S.rel('share', C, [F(FL, '51.57萬人'), f_reg, F(FL, '45.85%')], 'registered urbanisation 51.57 / 112.48 = 45.85%')
sum_f3 = [f_m, f_f, f_reg]
S.rel('sum', C, sum_f3, 'men 57.13 + women 55.35 = 112.48万')
sh_f3 = [f_m, f_f, F(FL, '103.2')]
S.rel('share', C, sh_f3, 'sex ratio 57.13 / 55.35 × 100 = 103.22 → 103.2')
S.rel('rate', C, [F(FL, '0.56萬人'), F(FL, '0.93萬人'), f_reg, F(FL, '-3.36‰')], 'natural growth (0.56 − 0.93)万 / about 112万 = −3.29‰; with the half units of 0.56 and 0.93 the range is −3.20 to −3.38‰, so −3.36‰ stands')
S.rel('sum', C, [F(FL, '4.60萬人'), F(FL, '17.40萬人'), F(FL, '22.0萬人')], 'migrant workers outside the city 4.60 + inside 17.40 = 22.0万')
S.rel('share', C, [F(FL, '676.77億元'), F(FL, '29.5%'), F(FL, '111.05億元'), F(FL, '4.8%')], 'two shares of the same (unstated) gross industrial output: 676.77 / 29.5% = 2290–2298亿 and 111.05 / 4.8% = 2290–2338亿 overlap, so consistent')
S.rel('share', U, [F(FL, '13.47萬元'), l_g, f_res], '1504.37 / 111.52 = 13.49万 vs 13.47万: per-capita GDP is on the year’s mean population (about 111.7万), not stated')
S.rel('growth', U, [F(FL, '2.6%', pre='可比增長'), F(FL, '2.8%')], 'GDP +2.6% but per capita +2.8%: the fall in population is not stated')

# ---- 重庆 一五 (traditional; 1953–1954 figures)
c_103 = F(CQ, '103個'); c_31 = F(CQ, '31個')
sum_c1 = [F(CQ, '72個'), c_31, c_103]
S.rel('sum', C, sum_c1, '1953 projects: central ministries 72 + local industry 31 = 103')
c_19 = F(CQ, '19%')
sum_c2 = [F(CQ, '53%'), F(CQ, '9%'), c_19, F(CQ, '7%'), F(CQ, '1%'), F(CQ, '3%', pre='文化事業佔'), F(CQ, '8%')]
S.rel('sum', C, sum_c2, '1954 investment shares 53 + 9 + 19 + 7 + 1 + 3 + 8 = 100%')
S.rel('sum', U, [F(CQ, '39個'), F(CQ, '151個')], '39 new projects inside the 151; the 改建/扩建 rest is not stated; not a split')
S.rel('growth', U, [F(CQ, '2—3倍'), F(CQ, '1.5倍')], 'ministries’ investment “提升了2—3倍”, local “增長了1.5倍”: the 1952 bases are not stated')
S.rel('restatement', U, [c_103, F(CQ, '151個')], '103 全民所有制 projects (1953) and 151 国家计划基本建设 projects (1954): other year and scope')

# ---- 黔东南 1958 (人民日报 1959)
S.rel('growth', U, [F(QD, '一万八千多吨'), F(QD, '二十三倍多')], '1958 pig iron 1.8万多吨 “比1957年增加二十三倍多”: the 1957 output is not stated')
S.rel('share', U, [F(QD, '六十五万立方公尺左右'), F(QD, '68%')], 'timber 65万 m³ “超过第一个五年计划期中生产实绩总和的68%”: the five-year total is not stated')
S.rel('sum', U, [F(QD, '五千七百多吨'), F(QD, '一万八千多吨')], 'iron supplied to 北京/上海/贵阳 (5700多吨) is a part of the 1.8万吨; no share is claimed')
S.rel('sum', U, [F(QD, '十八万多立方公尺'), F(QD, '六十五万立方公尺左右')], 'timber sent out of the province (18万多) is a part of the 65万; no share is claimed')

# ---- 赤水 2005
c_l = F(CS, '41265亩')
sum_s1 = [F(CS, '163125亩'), c_l, F(CS, '204390亩')]
S.rel('sum', C, sum_s1, 'paddy 163125 + dry land 41265 = 204390 亩')
S.rel('share', U, [F(CS, '8万余人'), F(CS, '30万人'), F(CS, '37.6%')], '8万 / 30万 = 26.7% vs urbanisation 37.6%: the rate counts all towns’ residents, not only the city’s built-up area')
S.rel('share', U, [F(CS, '198万亩'), F(CS, '1801平方公里'), F(CS, '70%')], '198万亩 / 270万亩 (1801 km²) = 73.3% vs 森林覆盖率 70%: coverage is defined otherwise (canopy, not forest land)')
S.rel('growth', U, [F(CS, '182803万元'), F(CS, '14.4%'), F(CS, '68405万元')], 'GDP +14.4% (real, on 2004) and +68405万 on 2000 (nominal, five years): other periods')
S.rel('growth', U, [F(CS, '16088万元'), F(CS, '5718万元'), F(CS, '6470万元'), F(CS, '9450万元')], '财政总收入 +5718万 on 2000 and 一般预算收入 6470 → 9450 (+2980): the latter is a part of the former; nothing to check')
S.rel('growth', U, [F(CS, '37.6%'), F(CS, '11.5个百分点')], 'urbanisation 37.6%, “比2000年提高11.5个百分点”: the 2000 rate is not stated')

# ---- 阿里 1998
a_2 = F(AL, '3458.5万元'); a_a = F(AL, '13863.74万元')
sum_a1 = [F(AL, '11040.1万元'), a_2, F(AL, '9620.16万元'), F(AL, '24118.76万元')]
S.rel('sum', C, sum_a1, '11040.1 + 3458.5 + 9620.16 = 24118.76万元')
S.rel('share', I, [F(AL, '61979人'), F(AL, '74005人'), F(AL, '85.1%')], 'REAL ERROR in the original: 61979 / 74005 = 83.75%, printed 85.1%')
S.rel('share', C, [F(AL, '58807人'), F(AL, '6.9万'), F(AL, '85.2%')], '58807 / 6.9万 = 85.2% (6.85–6.95万 gives 84.6–85.8%)')
sh_a2 = [a_a, F(AL, '16361.94万元'), F(AL, '84.73%')]
S.rel('share', C, sh_a2, '13863.74 / 16361.94 = 84.73%')
S.rel('share', I, [F(AL, '6.9万'), F(AL, '34.5万平方公里'), F(AL, '0.23人')], 'REAL ERROR in the original: 6.9万 / 34.5万 km² = 0.20 per km² (0.21 with the 1998 count 74005), printed 0.23')
S.rel('sum', C, [F(AL, '四县'), F(AL, '三县'), F(AL, '7县')], 'four farming-herding counties + three pure herding counties = the 7 counties')
S.rel('restatement', U, [F(AL, '6.9万'), F(AL, '74005人')], 'population 6.9万 (undated profile) and 74005 (end-1998): other dates')
S.rel('share', U, [F(AL, '58807人'), F(AL, '74005人'), F(AL, '85.1%')], '58807 / 74005 = 79.5%: 58807 belongs to the undated 6.9万 profile, 74005 to end-1998; other dates')
S.rel('restatement', U, [F(AL, '85.2%'), F(AL, '85.1%')], '农牧民 85.2% (profile) and 农牧业人口 85.1% (1998): other date and indicator')
S.rel('restatement', U, [F(AL, '270多万头'), F(AL, '229.5万')], 'livestock 270多万 (profile) and 229.5万 (end-1998): other dates')
S.rel('share', U, [F(AL, '600公里'), F(AL, '550余公里'), F(AL, '34.5万平方公里')], '600 × 550 = 33万 km² vs 34.5万: the extents are not a rectangle; nothing to check')

# ---- 西藏 2010 and the 2019 white paper
x_90 = F(X10, '90%左右')
sum_x = [F(X10, '5%', pre='约占人口'), x_90, F(X10, '5%', pre='另有约')]
S.rel('sum', C, sum_x, 'old Tibet: lords about 5% + serfs about 90% + slaves about 5% = 100%')
S.rel('restatement', C, [F(X10, '90万吨', n=0), F(X10, '90万吨', n=1)], 'grain above 90万吨 for 9 years, stated twice')
S.rel('growth', U, [F(X10, '956万头(只)'), F(WP, '1206万头(只)')], '1961 herd 1206万 “超过了平叛前的最高水平”: that pre-1959 peak is not 956万 (the 1959 level) and is not stated')
S.rel('rate', U, [F(WP, '45.8%'), F(WP, '42.9%')], 'GDP +45.8%, per capita +42.9% (1960): the population growth (about 2%) is not stated')
S.rel('growth', U, [F(WP, '273万亩'), F(WP, '30万亩'), F(WP, '37万余亩')], 'cultivated land +30万亩 and irrigated area +37万余亩: other indicators')
S.rel('sum', U, [F(WP, '1500公里'), F(WP, '5000公里')], 'canals: 1500 km (winter 1959 – spring 1960) and 5000 km (1960): overlapping periods, no total claimed')
S.rel('share', U, [F(WP, '119户'), F(WP, '90多户'), F(WP, '95%')], '90多 of 119 households short of grain (about 1959) and 95% with a surplus (1964): other dates and indicators')

# ---- altered copies (each changes one figure; every keyed relation it breaks is keyed inconsistent)
a = ALT(Y3, 1, sh_y3[0], '2964.5亿元', '6 州市 total investment 2934.5 → 2964.5')
S.rel('share', I, R(a, sh_y3, sh_y3[0], '2964.5亿元'), 'altered: 2964.5 / 3976.7 = 74.5%, not 73.8% (breaks {B})')
a = ALT(Y3, 2, y_32p, '37%', 'start rate 32% → 37%')
S.rel('share', I, R(a, sh_y2, y_32p, '37%'), 'altered: 32 of 100 started = 32%, not 37% (breaks {B})')
a = ALT(H1, 1, h_290, '260个', 'urban-construction projects 290 → 260')
S.rel('sum', I, R(a, sum_h2, h_290, '260个'), 'altered: 190 + 216 + 65 + 42 + 260 + 17 = 790, not 820 (breaks {B})')
a = ALT(H1, 2, h_439, '489个', 'non-energy industrial projects 439 → 489')
S.rel('sum', I, R(a, sum_h3, h_439, '489个'), 'altered: 489 + 275 + 88 + 82 + 46 + 25 = 1005, not 955 (breaks {B})')
a = ALT(Q3, 1, q_216, '246个', 'water projects 216 → 246')
S.rel('sum', I, R(a, sum_q2, q_216, '246个'), 'altered: 42 + 190 + 290 + 246 + 17 + 65 = 850, not 820 (breaks {B})')
a = ALT(Q3, 2, q_all, '1795个', 'all projects 1775 → 1795')
S.rel('sum', I, R(a, sum_q1, q_all, '1795个'), 'altered: 820 + 955 = 1775, not 1795 (breaks {B})')
S.rel('restatement', I, R(a, rs_q1, q_all, '1795个'), 'altered: the H1 release has 1775 provincial major projects, the altered Jan–Sep copy 1795 (breaks {B})')
a = ALT(BS, 1, b_761, '78.1亿元', 'continuing projects’ investment 76.1 → 78.1')
S.rel('sum', I, R(a, sum_b2, b_761, '78.1亿元'), 'altered: 57.1 + 78.1 + 31.2 + 0.4 = 166.8, not 164.8 (breaks {B})')
a = ALT(BS, 2, b_54, '59项', 'all projects 54 → 59')
S.rel('sum', I, R(a, sum_b1, b_54, '59项'), 'altered: 13 + 22 + 13 + 6 = 54, not 59 (breaks {B})')
a = ALT(FQ, 1, f_p, '93.57%', 'budget completion 96.57% → 93.57%')
S.rel('share', I, R(a, [f_r, f_b, f_p], f_p, '93.57%'), 'altered: 62964 / 65200 = 96.57%, not 93.57% (breaks {B})')
a = ALT(FQ, 2, f_g, '1.19%', 'decline 1.49% → 1.19%')
S.rel('growth', I, R(a, [f_r, f_d, f_g], f_g, '1.19%'), 'altered: 952 / 63916 = 1.49%, not 1.19% (breaks {B})')
a = ALT(LS, 1, l_34, '346549人', 'people moved in 346849 → 346549')
S.rel('sum', I, R(a, sum_l2, l_34, '346549人'), 'altered: 346549 + 6351 = 352900 = 35.29万, not 35.32万 (breaks {B})')
a = ALT(LS, 2, l_73, '78210户', 'households moved in 73210 → 78210')
S.rel('sum', I, R(a, sum_l1, l_73, '78210户'), 'altered: 78210 + 1219 = 79429, not 7.44万户 (breaks {B})')
a = ALT(BT, 1, b_hh, '7.94万户', 'task households 7.44万 → 7.94万')
S.rel('restatement', I, R(a, rs_b1, b_hh, '7.94万户'), 'altered: 凉山 task 7.44万户 on 11 June, 7.94万户 in the altered 26 June copy (breaks {B})')
a = ALT(QF, 1, q_06, '0.9个', 'lead over the province 0.6 → 0.9 points')
S.rel('growth', I, R(a, gr_q, q_06, '0.9个'), 'altered: 8.8 − 0.9 = 7.9, but 四川 grew 8.2% (breaks {B})')
a = ALT(SC21, 1, s_g, '8.7%', '四川 GDP growth 8.2% → 8.7%')
S.rel('growth', I, R(a, gr_q, s_g, '8.7%'), 'altered: 前锋 8.8 − 0.6 = 8.2, but the altered 四川 copy says 8.7% (breaks {B})')
a = ALT(WS, 1, w_3, '34.14亿元', 'tertiary sector 37.14 → 34.14')
S.rel('sum', I, R(a, sum_w1, w_3, '34.14亿元'), 'altered: 9.2 + 70.03 + 34.14 = 113.37, not 116.38 (breaks {B})')
S.rel('share', I, R(a, sh_w3, w_3, '34.14亿元'), 'altered: 34.14 / 116.38 = 29.3%, not 31.9 (breaks {B})')
S.rel('rate', I, R(a, rt_w1, w_3, '34.14亿元'), 'altered: last year rebuilt 9.2/1.030 + 70.03/1.099 + 34.14/1.061 = 104.83; 116.38 / 104.83 = +11.0%, not 8.1% (breaks {B})')
a = ALT(WS, 2, w_i, '53.83亿元', 'industry 55.83 → 53.83')
S.rel('sum', I, R(a, sum_w2, w_i, '53.83亿元'), 'altered: 53.83 + 14.2 = 68.03, not 70.03 (breaks {B})')
S.rel('rate', I, R(a, rt_w2, w_i, '53.83亿元'), 'altered: 53.83/1.106 + 14.2/1.073 = 61.90; 70.03 / 61.90 = +13.1%, not 9.9% (breaks {B})')
a = ALT(WS, 3, w_111, '14.1%', 'construction contribution 11.1% → 14.1%')
S.rel('sum', I, R(a, sum_w3, w_111, '14.1%'), 'altered: 61.4 + 14.1 = 75.5, not 72.5 (breaks {B})')
a = ALT(FL, 1, l_1, '97.45億元', 'primary sector 92.45 → 97.45')
S.rel('sum', I, R(a, sum_f1, l_1, '97.45億元'), 'altered: 97.45 + 869.96 + 541.96 = 1509.37, not 1504.37 (breaks {B})')
S.rel('share', I, R(a, sh_f1, l_1, '97.45億元'), 'altered: 97.45 / 1504.37 = 6.5%, not 6.1 (breaks {B})')
S.rel('rate', I, R(a, rt_f, l_1, '97.45億元'), 'altered: 97.45/1.037 + 869.96/1.022 + 541.96/1.031 = 1470.9; 1504.37 / 1470.9 = +2.3%, not 2.6% (breaks {B})')
a = ALT(FL, 2, f_m, '57.73萬人', 'men 57.13 → 57.73')
S.rel('sum', I, R(a, sum_f3, f_m, '57.73萬人'), 'altered: 57.73 + 55.35 = 113.08, not 112.48 (breaks {B})')
S.rel('share', I, R(a, sh_f3, f_m, '57.73萬人'), 'altered: 57.73 / 55.35 × 100 = 104.3, not 103.2 (breaks {B})')
a = ALT(FL, 3, f_u, '81.31萬人', 'urban residents 81.81 → 81.31')
S.rel('sum', I, R(a, sum_f2, f_u, '81.31萬人'), 'altered: 81.31 + 29.71 = 111.02, not 111.52 (breaks {B})')
S.rel('share', I, R(a, sh_f2, f_u, '81.31萬人'), 'altered: 81.31 / 111.52 = 72.91%, not 73.36% (breaks {B})')
a = ALT(CQ, 1, c_31, '37個', 'local-industry projects 31 → 37')
S.rel('sum', I, R(a, sum_c1, c_31, '37個'), 'altered: 72 + 37 = 109, not 103 (breaks {B})')
a = ALT(CQ, 2, c_19, '14%', 'education and science share 19% → 14%')
S.rel('sum', I, R(a, sum_c2, c_19, '14%'), 'altered: 53 + 9 + 14 + 7 + 1 + 3 + 8 = 95, not 100% (breaks {B})')
a = ALT(CS, 1, c_l, '46265亩', 'dry land 41265 → 46265')
S.rel('sum', I, R(a, sum_s1, c_l, '46265亩'), 'altered: 163125 + 46265 = 209390, not 204390 (breaks {B})')
a = ALT(AL, 1, a_2, '3488.5万元', 'secondary sector 3458.5 → 3488.5')
S.rel('sum', I, R(a, sum_a1, a_2, '3488.5万元'), 'altered: 11040.1 + 3488.5 + 9620.16 = 24148.76, not 24118.76 (breaks {B})')
a = ALT(AL, 2, a_a, '13263.74万元', 'farm output 13863.74 → 13263.74')
S.rel('share', I, R(a, sh_a2, a_a, '13263.74万元'), 'altered: 13263.74 / 16361.94 = 81.06%, not 84.73% (breaks {B})')
a = ALT(X10, 1, x_90, '80%左右', 'serfs’ share about 90% → about 80%')
S.rel('sum', I, R(a, sum_x, x_90, '80%左右'), 'altered: 5 + 80 + 5 = 90, not 100% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

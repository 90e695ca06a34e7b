"""Check key, set check-heldout142. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout142.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout142'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

YZ='yz_2022.txt'; SD='sd_2023_hant.txt'; SZ='sz_2019h1.txt'; SQ='sx_2021q3.txt'; SX='sx_2021.txt'; SM='sx_2024m8.txt'; S5='sx_1956.txt'
J8='sjz_2018.txt'; JS='sjz_2020s.txt'; JQ='sjz_2020q4.txt'; J2='sjz_2022.txt'; HX='hbxm_hant.txt'; HS='hs_2024.txt'
HA='hb_2022_hant.txt'; HB='hb_2023.txt'; WA='wq_2011_hant.txt'; WB='wq_2020.txt'; FT='ft_2021.txt'; YE='yz_2025h1.txt'

# ---- 迎泽区 (太原) 2022 budget execution
yz_b = F(YZ, '201920万元'); yz_cut = F(YZ, '36300万元', n=0); yz_adj = F(YZ, '165620万元')
yz_e = F(YZ, '299970万元'); yz_cut2 = F(YZ, '36300万元', n=1); yz_eadj = F(YZ, '263670万元')
yz_r = F(YZ, '166375万元'); yz_p = F(YZ, '100.46%')
sum_yz1 = [yz_b, yz_cut, yz_adj]; sum_yz2 = [yz_e, yz_cut2, yz_eadj]; sh_yz = [yz_r, yz_adj, yz_p]
S.rel('sum', C, sum_yz1, '迎泽 2022 revenue budget: 201920 − 36300 = 165620万元 (调整为…比年初收入预算减少36300万元)')
S.rel('sum', C, sum_yz2, 'spending budget: 299970 − 36300 (相应调减) = 263670万元')
S.rel('share', C, sh_yz, 'revenue 166375 / adjusted budget 165620 = 100.456% → 100.46%')
S.rel('share', U, [yz_r, yz_b], 'the result 166375 against the original budget 201920 (82.4%): no such share is stated; the text compares with the adjusted budget only')
S.rel('growth', U, [yz_b, F(YZ, '6%', post=';')], 'the budgeted revenue 201920 “同比增长6%”: the 2021 result is not stated; nothing to check')
S.rel('growth', U, [yz_e, F(YZ, '6.6%')], 'the budgeted spending 299970 “同比增长6.6%”: the 2021 spending is not stated')
S.rel('restatement', U, [yz_cut, yz_cut2], 'revenue cut 36300 and the matching spending cut 36300: two amounts set equal by decision (相应调减), not a restatement of one figure; nothing to check')

# ---- 上党区 (长治) 2023 bulletin (traditional)
sd_t = F(SD, '3532023萬元'); sd_p = [F(SD, '125906萬元'), F(SD, '2488738萬元'), F(SD, '917379萬元')]
sd_s = [F(SD, '3.6%'), F(SD, '70.5%'), F(SD, '26.0%')]
sum_sd = sd_p + [sd_t]; sh_sd2 = [sd_p[1], sd_t, sd_s[1]]; sh_sd3 = [sd_p[2], sd_t, sd_s[2]]
S.rel('sum', C, sum_sd, '上党 2023: 125906 + 2488738 + 917379 = 3532023萬元')
S.rel('share', C, [sd_p[0], sd_t, sd_s[0]], 'primary 125906 / 3532023 = 3.56% → 3.6%')
S.rel('share', C, sh_sd2, 'secondary 2488738 / 3532023 = 70.46% → 70.5%')
S.rel('share', C, sh_sd3, 'tertiary 917379 / 3532023 = 25.97% → 26.0%')
S.rel('rate', U, [F(SD, '3.0%'), F(SD, '2.2%'), F(SD, '2.9%'), F(SD, '3.4%')], 'GDP +3.0% from the sectors’ comparable-price rates: the previous-year (comparable-price) weights are not stated; current shares give about 3.0 but are not the weights')
S.rel('share', U, [F(SD, '111371元'), F(SD, '15805美元')], 'GDP per head 111371元 = 15805美元 “按2023年平均美元匯率”: the exchange rate is not stated (7.05 implied)')
S.rel('growth', U, [F(SD, '3.5%'), F(SD, '3.0%')], 'GDP per head +3.5% vs GDP +3.0%: the population change behind the gap is not stated')
S.rel('sum', U, [F(SD, '365055萬元'), F(SD, '867719萬元')], '地方財政收入 365055 is a part of 財政總收入 867719 (其中); the rest (上划中央、省、市) is not stated')
S.rel('sum', U, [F(SD, '130955萬元'), F(SD, '207450萬元')], 'tax revenue 130955 is a part of the general budget revenue 207450; non-tax revenue is not stated')
S.rel('rate', U, [F(SD, '35.6%'), F(SD, '181.1%'), F(SD, '116.8%'), F(SD, '6.8%')], 'spending +35.6% against item rates (節能環保 +181.1%, 交通 +116.8%, 教育 +6.8% …): the items’ levels are not stated; nothing to rebuild')

# ---- 朔州 H1 2019 (发改委)
sz_x = F(SZ, '37366万元'); sz_m = F(SZ, '21005万元'); sz_e = F(SZ, '16361万元')
sz_g = [F(SZ, '57.7%'), F(SZ, '97.5%'), F(SZ, '25.2%')]
sum_sz = [sz_m, sz_e, sz_x]; rt_sz = [sz_g[0], sz_m, sz_g[1], sz_e, sz_g[2]]
gr_sz = [F(SZ, '16.3%'), F(SZ, '11.8%'), F(SZ, '4.5个百分点')]
S.rel('sum', C, sum_sz, '朔州 H1 2019 trade: imports 21005 + exports 16361 = 37366万元')
S.rel('rate', C, rt_sz, 'trade growth rebuilt from the parts: 37366 / (21005/1.975 + 16361/1.252) = +57.64%; with the half units up to 57.70, so 57.7 fits at the edge')
S.rel('growth', C, gr_sz, 'coal value added +16.3% “高出全市工业经济4.5个百分点”: 16.3 − 11.8 (above-scale industry) = 4.5')
S.rel('growth', U, [F(SZ, '16.3%'), F(SZ, '13.3个百分点')], 'coal pulls industry 13.3 points at +16.3%: coal’s share of industry (about 82%) is not stated; nothing to check')
S.rel('growth', U, [F(SZ, '8558万吨'), F(SZ, '19.99%')], 'raw coal 8558万吨 +19.99%: the H1 2018 output is not stated')
S.rel('target', CT, [F(SZ, '545.8亿元'), F(SZ, '135.6亿元')], 'H1 GDP 545.8亿 and investment 135.6亿 with “时间过半、任务过半”: the annual targets are not stated and the year is not over; cannot tell')
S.rel('share', U, [F(SZ, '16549元'), F(SZ, '6302元')], 'urban 16549 and rural 6302 income per head (ratio 2.63): no ratio is stated; nothing to check')
S.rel('restatement', U, [F(SZ, '8.1%'), F(SZ, '8.3%')], 'GDP +8.1% and retail sales +8.3%: different indicators; no relation')

# ---- 山西 Q1-Q3 2021
sq_t = F(SQ, '15584.85亿元'); sq_p = [F(SQ, '663.07亿元'), F(SQ, '7331.96亿元'), F(SQ, '7589.82亿元')]
sum_sq = sq_p + [sq_t]
S.rel('sum', C, sum_sq, '山西 Q1–Q3 2021: 663.07 + 7331.96 + 7589.82 = 15584.85亿元')
S.rel('growth', U, [F(SQ, '10.5%'), F(SQ, '5.8%')], 'GDP +10.5% and “两年平均增长5.8%”: the Q1–Q3 2020 rate is not stated (about +1.3% implied); nothing stated to check')
S.rel('sum', U, [F(SQ, '707.37亿元'), sq_p[0]], 'value added of farming etc. 707.37 (including the service activities) against the primary sector 663.07: another scope, not a part of it')
S.rel('restatement', U, [F(SQ, '9.9%', n=0), F(SQ, '9.9%', n=1)], 'primary +9.9% and tertiary +9.9%: the same number for different sectors')
S.rel('rate', U, [F(SQ, '10.5%'), F(SQ, '9.9%', n=0), F(SQ, '11.3%'), F(SQ, '9.9%', n=1)], 'GDP +10.5% from the sector rates: the previous-year weights are not stated; nothing to rebuild')
S.rel('growth', U, [F(SQ, '14.0%'), F(SQ, '2.2个百分点')], 'above-scale industry +14.0% “比全国快2.2个百分点”: the national rate is not stated')

# ---- 山西 2021 (report news)
sx_g = F(SX, '2.259万亿元'); sx_lb = F(SX, '2万亿元')
rs_sx = [sx_lb, sx_g]
S.rel('restatement', C, rs_sx, '山西 2021 GDP 2.259万亿 fits “总量跨过2万亿元大关” (a lower bound)')
S.rel('target', M, [F(SX, '4356万吨'), F(SX, '106.15%')], 'thermal coal shipped 4356万吨, “合同完成率106.15%”: the year is over and the contracts were exceeded: met (the contract volume is not stated)')
S.rel('share', U, [F(SX, '3889万千瓦'), F(SX, '34.3%')], 'new and renewable capacity 3889万千瓦 = 34.3% of installed capacity: the total capacity is not stated')
S.rel('rate', U, [F(SX, '9.1%'), F(SX, '8.1%'), F(SX, '10.2%'), F(SX, '8.3%')], 'GDP +9.1% from the sectors’ +8.1/10.2/8.3%: the weights are not stated')
S.rel('restatement', U, [F(SQ, '10.5%'), F(SX, '9.1%')], 'cross-document: Q1–Q3 GDP +10.5% and full-year +9.1%: other periods; no contradiction')
S.rel('growth', U, [sq_t, sx_g], 'cross-document: Q1–Q3 15584.85亿 and the year 2.259万亿: the fourth quarter is not stated; nothing to check')
S.rel('restatement', U, [F(SX, '11.3%'), F(SQ, '11.3%')], 'cross-document: technical-upgrade investment +11.3% (2021) and the secondary sector +11.3% (Q1–Q3): same number, other indicator')

# ---- 山西 Jan-Aug 2024
sm_l = F(SM, '1897.4亿元'); sm_u = F(SM, '1763.3亿元'); sm_r = F(SM, '134.0亿元')
sum_sm = [sm_u, sm_r, sm_l]; rt_sm = [F(SM, '0.4%'), sm_u, F(SM, '0.2%'), sm_r, F(SM, '2.6%')]
gr_sm = [F(SM, '9.6%'), F(SM, '1.6%'), F(SM, '8.0个百分点')]
sm_tb = F(SM, '3.6', pre='电子及通信设备制造业 | ')
rs_sm = [F(SM, '3.6%', pre='电子及通信设备制造业增长'), sm_tb]
S.rel('sum', C, sum_sm, '山西 Jan–Aug 2024: above-quota retail urban 1763.3 + rural 134.0 = 1897.3, within the half units of 1897.4亿元')
S.rel('rate', C, rt_sm, 'above-quota growth rebuilt from urban and rural: 1897.4 / (1763.3/1.002 + 134.0/1.026) = +0.37% → 0.4%')
S.rel('growth', C, gr_sm, 'industrial investment +9.6% “快于全部投资8.0个百分点”: 9.6 − 1.6 = 8.0')
S.rel('restatement', C, [F(SM, '3.2%'), F(SM, '3.2', pre='消费品工业 | ')], 'table restates the text: consumer-goods industry +3.2')
S.rel('restatement', C, [F(SM, '3.0%'), F(SM, '3', pre='食品工业 | ')], 'table “3” restates food industry +3.0%')
S.rel('restatement', C, rs_sm, 'table restates electronics and telecom equipment +3.6')
S.rel('growth', U, [F(SM, '9.6%'), F(SM, '3.6个百分点')], 'industrial investment pulls 3.6 points at +9.6%: its share of all investment is not stated')
S.rel('rate', U, [F(SM, '0.9%', n=1), F(SM, '0.3%'), F(SM, '2.2%', n=1)], 'industry −0.9% from coal −0.3% and non-coal −2.2%: the weights are not stated')
S.rel('share', U, [F(SM, '1214.0万平方米'), F(SM, '851.9亿元')], 'housing sales 1214.0万m² and 851.9亿: no price per m² is stated; nothing to check')
S.rel('sum', U, [sm_l, F(SM, '5233.2亿元')], 'above-quota retail 1897.4 is a part of total retail 5233.2 (其中); below-quota sales are not stated')

# ---- 山西 1956 (People's Daily)
s5_h = F(S5, '一万七千多个', n=1); s5_b = F(S5, '一万七千多个', n=2)
rs_s5 = [s5_h, s5_b]
S.rel('restatement', C, rs_s5, '山西 1956: the headline “一万七千多个高级社” restates the body “一万七千多个高级农业生产合作社”')
S.rel('share', U, [F(S5, '80%—90%'), F(S5, '20%—40%')], '80–90% of the co-ops introduced piece rates; labour efficiency up 20–40%: different bases and indicators; no relation')
S.rel('growth', U, [F(S5, '八百多万斤'), F(S5, '五倍')], 'pesticide 八百多万斤 “比去年增加五倍” (ratio 6): last year’s amount is not stated; nothing to check')

# ---- 石家庄 Jan-Aug 2018 key projects
j8_a = F(J8, '703.2亿元', n=1); j8_c = F(J8, '664.8亿元'); j8_n = F(J8, '219.3亿元'); j8_o = F(J8, '445.5亿元'); j8_q = F(J8, '38.4亿元')
sum_j8a = [j8_n, j8_o, j8_c]; sum_j8b = [j8_c, j8_q, j8_a]
j8_cnt = [F(J8, '100个', n=0), F(J8, '120个', n=0), F(J8, '220个')]
rt_j8 = [F(J8, '91.4%'), j8_c, j8_n, F(J8, '74%'), j8_o, F(J8, '103.3%')]
S.rel('sum', C, sum_j8a, '石家庄 Jan–Aug 2018: new-start projects 219.3 + continuing 445.5 = 664.8亿 (the 220 projects under construction)')
S.rel('sum', C, sum_j8b, 'under construction 664.8 + early-started preparatory projects 38.4 = 703.2亿 (all 340)')
S.rel('sum', C, j8_cnt, 'projects under construction: 100 new-start + 120 continuing = 220')
S.rel('sum', C, [F(J8, '100个', n=0), F(J8, '120个', n=0), F(J8, '120个', n=1), F(J8, '340个', n=2)], 'projects: 100 new-start + 120 continuing + 120 preparatory = 340')
S.rel('restatement', C, [F(J8, '703.2亿', n=0), j8_a], 'headline “完成投资703.2亿” restates the body')
S.rel('restatement', C, [F(J8, '340个', n=0), F(J8, '340个', n=2)], 'headline “340个重点项目” restates the body')
S.rel('rate', C, rt_j8, 'the 220 projects’ completion rate from the parts: plans 219.3/0.74 + 445.5/1.033 = 727.6亿, 664.8 / 727.6 = 91.37% (91.1–91.7 with the half units) → 91.4%')
S.rel('target', CT, [j8_c, F(J8, '91.4%')], '91.4% of the annual plan by the end of August: the year is not over; cannot tell')
S.rel('target', MS, [F(J8, '100个', n=1), F(J8, '7个')], 'of the 100 new-start projects, 7 “未按计划开工”: behind the schedule, by the text’s own verdict: missed')
S.rel('target', MS, [F(J8, '69个'), F(J8, '三个')], 'of the 69 projects due for completion, 三个 “未按计划竣工”: missed (text’s verdict)')
S.rel('sum', U, [F(J8, '100个', n=1), F(J8, '82个'), F(J8, '7个')], '100 − 82 started = 18, not the 7 “未按计划开工”: only the projects due by August count as late; the schedule is not stated; no contradiction')
S.rel('restatement', U, [F(J8, '3个'), F(J8, '三个')], '3 continuing projects completed and 三个 projects not completed on schedule: same number, different sets')
S.rel('share', U, [j8_n, F(J8, '74%')], '219.3亿 = 74% of the new-start projects’ plan: the plan is not stated (used only in the joint check above)')
S.rel('sum', U, [F(J8, '63.3亿元'), F(J8, '61.9亿元'), F(J8, '51.3亿元'), F(J8, '49.1亿元'), F(J8, '40.1亿元')], 'the top five districts (265.7亿): a selection of the 703.2, not a split; no total stated for them')

# ---- 石家庄 2020: spring starts (JS) and Q4 starts (JQ)
js_n = F(JS, '350项'); js_i = F(JS, '6416.3亿元'); jq_n = F(JQ, '350项'); jq_i = F(JQ, '6416.3亿元')
rs_ji = [js_i, jq_i]; jq_r = F(JQ, '885.8亿元'); jq_p = F(JQ, '840.5亿元'); jq_s = F(JQ, '105.4%')
sh_jq = [jq_r, jq_p, jq_s]; sh_jqa = [F(JQ, '632.6亿元', n=1), F(JQ, '261个', n=1), F(JQ, '2.4亿元')]
S.rel('restatement', C, [js_n, jq_n], 'cross-document: 2020 provincial and city key projects 350项 in March and in November')
S.rel('restatement', C, rs_ji, 'cross-document: their total investment 6416.3亿 in both')
S.rel('restatement', C, [F(JS, '315项', n=0), F(JS, '315项', n=1)], '“4+4” projects 315项 stated twice in the spring report')
S.rel('sum', U, [F(JS, '315项', n=1), js_n], '315 “4+4” projects within the 350 (含): the other 35 are not described; no split stated')
S.rel('sum', U, [F(JS, '252个'), F(JS, '1082项')], '252 spring starts of the 1082 key projects (and 1624亿 of 1.19万亿): a batch, not a split')
S.rel('share', C, sh_jq, '石家庄 2020: 885.8 / 840.5 = 105.39% → 105.4% of the annual plan by the end of September')
S.rel('target', M, [jq_p, jq_r], 'annual investment plan 840.5亿 already exceeded by the end of September (885.8亿, cumulative): met')
S.rel('share', C, sh_jqa, 'Q4 batch: 632.6亿 / 261 projects = 2.42 → “平均投资规模2.4亿元”')
S.rel('restatement', C, [F(JQ, '632.6亿元', n=0), F(JQ, '632.6亿元', n=1)], 'headline 632.6亿 restates the body')
S.rel('share', U, [F(JQ, '148.1亿元'), F(JQ, '632.6亿元', n=1)], 'the batch’s plan for the year 148.1 against its total 632.6: no share stated; nothing to check')
S.rel('restatement', U, [F(JS, '398.6亿元'), F(JQ, '148.1亿元')], 'cross-document: spring batch (252 projects) plans 398.6亿 this year, Q4 batch (261) 148.1亿: different batches; no relation')

# ---- 石家庄 Q2 2022
sh_j2a = [F(J2, '358个'), F(J2, '574个'), F(J2, '62.4%')]; sh_j2b = [F(J2, '532.4亿元'), F(J2, '834.3亿元'), F(J2, '63.8%')]
sh_j2c = [F(J2, '181亿元'), F(J2, '299.1亿元'), F(J2, '60.5%')]; sh_j2d = [F(J2, '208.4亿元'), F(J2, '341.5亿元'), F(J2, '61%')]
S.rel('share', C, sh_j2a, '石家庄 Q2 2022 batch: industrial projects 358 / 574 = 62.37% → 62.4%')
S.rel('share', C, sh_j2b, 'their investment 532.4 / 834.3 = 63.81% → 63.8%')
S.rel('share', C, sh_j2c, 'their plan for the year 181 / 299.1 = 60.51% → 60.5%')
S.rel('share', I, [F(J2, '467个'), F(J2, '469项'), F(J2, '99.5%')], 'REAL DISCREPANCY in the original: 467 / 469 = 99.57%, which rounds to 99.6, not 99.5 (counts have no half unit; the text truncates)')
S.rel('sum', C, [F(J2, '469项'), F(J2, '467个'), F(J2, '2个')], '469 − 467 = 2 projects not started')
S.rel('share', C, sh_j2d, 'Q1 batch: 208.4 invested / 341.5 planned for the year = 61.02% → “投资完成率61%”')
S.rel('restatement', C, [F(J2, '775.4亿元', n=0), F(J2, '775.4亿元', n=1)], 'headline 775.4亿 (81 provincial projects) restates the body')
S.rel('sum', U, [F(J2, '574个'), F(J2, '469项'), F(J2, '462项')], 'Q2 batch 574, Q1 batch 469 and the 462 city key projects: overlapping lists, not parts of one total')
S.rel('target', U, [F(J2, '220亿元以上'), F(J2, '208.4亿元')], 'the provincial projects’ 2022 plan “220亿元以上” against 208.4亿 invested by the Q1 batch by April: other scope and a part of the year; unrelated')

# ---- 河北 key projects Q1-Q3 (traditional)
hx_l = [F(HX, '8.98萬畝'), F(HX, '14.84萬畝'), F(HX, '60.5%')]
S.rel('share', C, hx_l, '河北 Q1–Q3: land supplied 8.98 / 14.84萬畝 = 60.51% → 60.5%')
S.rel('target', M, [F(HX, '2450億元', n=1), F(HX, '111.9%')], 'provincial key projects invested 2450億 = 111.9% of the annual plan by September (“提前完成全年計劃投資任務”): met')
S.rel('target', CT, [F(HX, '86.9%')], '承德’s completion rate 86.9% of the annual plan at the end of September: the year is not over; cannot tell')
S.rel('restatement', C, [F(HX, '2450億元', n=0), F(HX, '2450億元', n=1)], 'headline 2450億 restates the body')
S.rel('share', U, [F(HX, '2450億元', n=1), F(HX, '111.9%')], '2450億 = 111.9% of the plan: the plan (about 2189億) is not stated; nothing to check beyond the verdict')
S.rel('restatement', U, [F(HX, '83.3%', n=0), F(HX, '83.3%', n=1)], '辛集’s start rate 83.3% and 廊坊’s land ratio 83.3%: same number, other place and indicator')
S.rel('growth', U, [F(HX, '5.2%'), F(HX, '1個(gè)百分點(diǎn)')], 'investment +5.2% “比1—8月份加快1個百分點”: the Jan–Aug rate is not stated')
S.rel('restatement', U, [F(HX, '51.3%'), F(J8, '51.3亿元')], 'cross-document: 邯鄲’s land ratio 51.3% and 正定’s 2018 investment 51.3亿: same digits, other place, year and indicator')
S.rel('target', U, [F(HX, '111.9%'), jq_s], 'cross-document: the province’s completion 111.9% and 石家庄 2020’s 105.4%: other place (and perhaps year); no relation')

# ---- 衡水 2024 grain (农业农村局)
hs_a = F(HS, '1088.5万亩'); hs_y = F(HS, '414.3公斤'); hs_p = F(HS, '90.2亿斤')
sh_hs = [hs_a, hs_y, hs_p]; rs_hsa = [F(HS, '1082万亩以上'), hs_a]; rs_hsp = [F(HS, '88亿斤以上'), hs_p]
S.rel('share', C, sh_hs, '衡水 2024 grain: 1088.5万亩 × 414.3 kg × 2 = 90.19亿斤 → 90.2')
S.rel('restatement', C, rs_hsa, 'area 1088.5万亩 fits “稳定在1082万亩以上” (a lower bound)')
S.rel('restatement', C, rs_hsp, 'output 90.2亿斤 fits “产量保持在88亿斤以上”')
S.rel('sum', U, [F(HS, '31.5万吨'), F(HS, '28.2万吨'), F(HS, '40.7万吨')], 'meat, eggs and milk 31.5 / 28.2 / 40.7万吨: no total is stated; nothing to check')

# ---- 河北 2022 grain (traditional) and 2023 grain
ha_a = F(HA, '9665.7萬畝'); ha_y = F(HA, '399.87公斤'); ha_p = F(HA, '773.02億斤', n=2)
sh_ha = [ha_a, ha_y, ha_p]; hb_p = F(HB, '761.98亿斤'); rs_hb = [F(HB, '700亿斤', pre='连续11年超过'), hb_p]
S.rel('share', C, sh_ha, '河北 2022: 9665.7萬畝 × 399.87 kg × 2 = 773.005億斤; with the half units up to 773.018, so 773.02 fits at the edge')
S.rel('restatement', C, [F(HA, '773.02億斤', n=0), ha_p], 'headline 773.02億斤 restates the body')
S.rel('restatement', C, [F(HA, '773.02億斤', n=1), ha_p], 'sub-headline 773.02億斤 restates the body')
S.rel('restatement', C, [F(HA, '700億斤以上', n=1), ha_p], '773.02 fits “連續10年穩定在700億斤以上” (a lower bound)')
S.rel('restatement', C, rs_hb, '河北 2023: 761.98亿斤 fits “连续11年超过700亿斤”')
S.rel('restatement', C, [F(HB, '11年', n=0), F(HB, '11年', n=1)], 'headline “连续11年超700亿斤” restates the body')
S.rel('restatement', C, [F(HA, '10年', n=1), F(HB, '11年', n=1)], 'cross-document: “連續10年” above 700億斤 through 2022, then 761.98 in 2023 makes “连续11年”: consistent')
S.rel('growth', U, [ha_p, hb_p], 'cross-document: 773.02 (2022) → 761.98 (2023) is −1.4%: no rate is stated; nothing to check')
S.rel('share', U, [F(HB, '9682.79万亩'), hb_p], '2023 yield = 761.98亿斤 / 9682.79万亩 = 393.5 kg: no yield is stated; nothing to check')
S.rel('growth', U, [ha_a, F(HB, '9682.79万亩')], 'cross-document: area 9665.7 (2022) → 9682.79万亩 (2023): no increase is stated')
S.rel('share', U, [F(HB, '1048.5亿元'), F(HB, '1984.9亿元')], 'investment completed 1048.5 against contracted 1984.9: different indicators; no share stated')
S.rel('share', U, [hs_p, hb_p], 'cross-document: 衡水 2024 output 90.2亿斤 against 河北 2023 761.98: other place and year; no share stated')

# ---- 武清 2011 (traditional) and 武清 2020 (发改委)
wa_29 = [F(WA, '29個', n=0), F(WA, '29個', n=1)]
S.rel('restatement', C, wa_29, '武清: “等29個鄉鎮街道辦事處” restated as “轄29個鄉鎮街道”')
S.rel('restatement', U, [F(WA, '71公里', n=0), F(WA, '71公里', n=1)], 'distance to 北京 city 71 km and to 天津港 71 km: same number, other destinations')
S.rel('restatement', U, [F(WA, '30%', n=0), F(WA, '30%', n=1)], 'GDP +30% and 三級財政收入 +30%: same number, different indicators')
S.rel('share', U, [F(WA, '84萬'), F(WA, '1574平方公里')], 'population 84萬 on 1574 km²: no density is stated')
S.rel('share', U, [F(WA, '92.5億元'), F(WA, '328 億元')], 'fiscal revenue (three levels) 92.5 against GDP 328: no share is stated')
S.rel('restatement', U, [F(WB, '3%左右', n=0), F(WB, '3%左右', n=1)], '武清 2020: investment “增长3%左右” and income “增长3%左右”: same number, different indicators')
S.rel('growth', U, [F(WA, '92.5億元'), F(WB, '81.5亿元')], 'cross-document: 三級財政收入 92.5億 (2011) and 一般公共预算收入 81.5亿 (2020): other scope and year; no relation')
S.rel('sum', U, [F(WB, '18名'), F(WB, '58个'), F(WB, '14个')], '18 district leaders, 58 departments, 14 working groups: counts of different things; no total')
S.rel('growth', U, [F(WB, '3.5%'), F(WB, '81.5亿元')], 'GDP “下降3.5%左右” and budget revenue 81.5亿 with no rate: nothing to check')

# ---- 丰台 2021 bulletin
ft_t = F(FT, '2009.7亿元'); ft_p = [F(FT, '0.7亿元'), F(FT, '328.9亿元'), F(FT, '1680.1亿元')]
ft_s = [F(FT, '0.04'), F(FT, '16.4'), F(FT, '83.6')]
sum_ft = ft_p + [ft_t]; sh_ft2 = [ft_p[1], ft_t, ft_s[1]]
ft_pop = F(FT, '201.5万人'); ft_mig = F(FT, '63.6万人'); sh_ftm = [ft_mig, ft_pop, F(FT, '31.6%')]
gr_ftm = [ft_mig, F(FT, '0.6万人'), ft_pop, F(FT, '0.4万人'), F(FT, '31.6%'), F(FT, '0.2个百分点')]
gr_ftn = [F(FT, '5.61‰'), F(FT, '7.18‰'), F(FT, '-1.57‰')]
S.rel('sum', C, sum_ft, '丰台 2021: 0.7 + 328.9 + 1680.1 = 2009.7亿元')
S.rel('share', C, [ft_p[0], ft_t, ft_s[0]], 'primary 0.7 / 2009.7 = 0.035%; with the half unit of 0.7 up to 0.037, so 0.04 fits at the edge')
S.rel('share', C, sh_ft2, 'secondary 328.9 / 2009.7 = 16.37% → 16.4')
S.rel('share', C, [ft_p[2], ft_t, ft_s[2]], 'tertiary 1680.1 / 2009.7 = 83.60% → 83.6')
S.rel('share', C, sh_ftm, 'non-local residents 63.6 / 201.5 = 31.56% → 31.6%')
S.rel('growth', C, gr_ftm, 'previous share = (63.6 + 0.6) / (201.5 + 0.4) = 31.80%; 31.6 − 31.8 = −0.2 points (下降0.2个百分点)')
S.rel('share', C, [F(FT, '200.2万人'), ft_pop, F(FT, '99.4%')], 'urban 200.2 / 201.5 = 99.35%; with the half units 99.31–99.40, so 99.4 fits')
S.rel('growth', C, gr_ftn, 'natural growth = 5.61 − 7.18 = −1.57‰')
S.rel('growth', C, [F(FT, '6595人'), ft_pop, F(FT, '0.4万人'), F(FT, '13人')], 'density falls with the population: 6595 × 0.4 / 201.5 = 13.1 → “减少13人” (same area)')
S.rel('growth', U, [F(FT, '11.3%'), F(FT, '8.2%')], 'GDP per head +11.3% against GDP +8.2% with the population down 0.2%: per head is probably at current prices or on the average population, neither stated; not checkable')
S.rel('sum', U, [F(FT, '38.9亿元'), F(FT, '23.2亿元'), F(FT, '19.4亿元'), F(FT, '8.7亿元'), F(FT, '145.2亿元')], 'four taxes (90.2) of the budget revenue 145.2: a selection, not a split')
S.rel('growth', U, [F(FT, '118.1万人'), F(FT, '1万人', pre='增加')], 'registered population 118.1万 “增加1万人”: nothing to check')

# ---- 北京经开区 (亦庄) H1 2025
ye_g = F(YE, '12.3%', n=2); ye_s = F(YE, '37.7%')
rs_ye = [F(YE, '12.3%', n=0), ye_g]; rs_yes = [F(YE, '近四成', n=0), ye_s]
S.rel('restatement', C, rs_ye, '亦庄 H1 2025: headline GDP +12.3% restates the body')
S.rel('restatement', C, [F(YE, '12.3%', n=1), ye_g], 'source headline +12.3% restates the body')
S.rel('restatement', C, rs_yes, 'headline “近四成” of the city’s industrial value added fits the body’s 37.7% (近 = just under)')
S.rel('sum', U, [F(YE, '951.8亿元'), F(YE, '1559.9亿元'), F(YE, '389.4亿元'), F(YE, '3478.7亿元')], 'three industries (2901.1) of the zone’s output 3478.7: a selection (other industries exist), not a split')
S.rel('growth', U, [F(YE, '15.6%'), F(YE, '9.8个百分点')], 'output +15.6% “领先全市平均水平9.8个百分点”: the city average (5.8%) is not stated')
S.rel('rate', U, [F(YE, '15.6%'), F(YE, '23.6%'), F(YE, '21.9%'), F(YE, '10.7%')], 'output +15.6% against the three industries’ +23.6/21.9/10.7%: they are not all of the output and last year’s values are not stated')
S.rel('share', U, [ye_s, F(YE, '3478.7亿元')], 'industrial value added = 37.7% of the city’s: neither value added is stated (3478.7 is gross output)')

# ---- altered copies
a = ALT(YZ, 1, yz_adj, '168620万元', 'adjusted revenue budget 165620 → 168620')
S.rel('sum', I, R(a, sum_yz1, yz_adj, '168620万元'), 'altered: 201920 − 36300 = 165620, not 168620 (breaks {B})')
S.rel('share', I, R(a, sh_yz, yz_adj, '168620万元'), 'altered: 166375 / 168620 = 98.67%, not 100.46% (breaks {B})')
a = ALT(YZ, 2, yz_eadj, '263970万元', 'adjusted spending budget 263670 → 263970')
S.rel('sum', I, R(a, sum_yz2, yz_eadj, '263970万元'), 'altered: 299970 − 36300 = 263670, not 263970 (breaks {B})')
a = ALT(SD, 1, sd_p[1], '2458738萬元', 'secondary value added 2488738 → 2458738')
S.rel('sum', I, R(a, sum_sd, sd_p[1], '2458738萬元'), 'altered: 125906 + 2458738 + 917379 = 3502023, not 3532023 (breaks {B})')
S.rel('share', I, R(a, sh_sd2, sd_p[1], '2458738萬元'), 'altered: 2458738 / 3532023 = 69.61%, not 70.5% (breaks {B})')
a = ALT(SD, 2, sd_s[2], '28.0%', 'tertiary share 26.0% → 28.0%')
S.rel('share', I, R(a, sh_sd3, sd_s[2], '28.0%'), 'altered: 917379 / 3532023 = 25.97%, not 28.0% (breaks {B})')
a = ALT(SZ, 1, sz_e, '16861万元', 'exports 16361 → 16861')
S.rel('sum', I, R(a, sum_sz, sz_e, '16861万元'), 'altered: 21005 + 16861 = 37866, not 37366 (breaks {B})')
S.rel('rate', I, R(a, rt_sz, sz_e, '16861万元'), 'altered: 37366 / (21005/1.975 + 16861/1.252) = +55.0%, not 57.7% (breaks {B})')
a = ALT(SZ, 2, gr_sz[2], '4.8个百分点', 'coal lead over industry 4.5 → 4.8 points')
S.rel('growth', I, R(a, gr_sz, gr_sz[2], '4.8个百分点'), 'altered: 16.3 − 11.8 = 4.5, not 4.8 points (breaks {B})')
a = ALT(SQ, 1, sq_p[1], '7381.96亿元', 'secondary value added 7331.96 → 7381.96')
S.rel('sum', I, R(a, sum_sq, sq_p[1], '7381.96亿元'), 'altered: 663.07 + 7381.96 + 7589.82 = 15634.85, not 15584.85 (breaks {B})')
a = ALT(SX, 1, sx_g, '1.959万亿元', 'GDP 2.259万亿 → 1.959万亿')
S.rel('restatement', I, R(a, rs_sx, sx_g, '1.959万亿元'), 'altered: 1.959万亿 is below the “跨过2万亿元大关” it is said to have crossed (breaks {B})')
a = ALT(SM, 1, sm_r, '184.0亿元', 'rural above-quota retail 134.0 → 184.0')
S.rel('sum', I, R(a, sum_sm, sm_r, '184.0亿元'), 'altered: 1763.3 + 184.0 = 1947.3, not 1897.4 (breaks {B})')
S.rel('rate', I, R(a, rt_sm, sm_r, '184.0亿元'), 'altered: 1897.4 / (1763.3/1.002 + 184.0/1.026) = −2.2%, not +0.4% (breaks {B})')
a = ALT(SM, 2, gr_sm[2], '6.0个百分点', 'industrial investment lead 8.0 → 6.0 points')
S.rel('growth', I, R(a, gr_sm, gr_sm[2], '6.0个百分点'), 'altered: 9.6 − 1.6 = 8.0, not 6.0 points (breaks {B})')
a = ALT(SM, 3, sm_tb, '3.9', 'table value for electronics 3.6 → 3.9')
S.rel('restatement', I, R(a, rs_sm, sm_tb, '3.9'), 'altered: the table’s 3.9 against the text’s +3.6% (breaks {B})')
a = ALT(S5, 1, s5_b, '一万九千多个', 'body 一万七千多个 → 一万九千多个')
S.rel('restatement', I, R(a, rs_s5, s5_b, '一万九千多个'), 'altered: headline 一万七千多个 against body 一万九千多个 (breaks {B})')
a = ALT(J8, 1, j8_o, '485.5亿元', 'continuing projects’ investment 445.5 → 485.5')
S.rel('sum', I, R(a, sum_j8a, j8_o, '485.5亿元'), 'altered: 219.3 + 485.5 = 704.8, not 664.8 (breaks {B})')
S.rel('rate', I, R(a, rt_j8, j8_o, '485.5亿元'), 'altered: 664.8 / (219.3/0.74 + 485.5/1.033) = 86.8%, not 91.4% (breaks {B})')
a = ALT(J8, 2, j8_q, '36.4亿元', 'early-started projects 38.4 → 36.4')
S.rel('sum', I, R(a, sum_j8b, j8_q, '36.4亿元'), 'altered: 664.8 + 36.4 = 701.2, not 703.2 (breaks {B})')
a = ALT(J8, 3, j8_cnt[2], '230个', 'projects under construction 220 → 230')
S.rel('sum', I, R(a, j8_cnt, j8_cnt[2], '230个'), 'altered: 100 + 120 = 220, not 230 (breaks {B})')
a = ALT(JS, 1, js_i, '6476.3亿元', 'spring report: total investment 6416.3 → 6476.3')
S.rel('restatement', I, R(a, rs_ji, js_i, '6476.3亿元'), 'altered, cross-document: 6476.3亿 (March) vs 6416.3亿 (November) for the same 350 projects (breaks {B})')
a = ALT(JQ, 1, jq_r, '855.8亿元', 'investment by September 885.8 → 855.8')
S.rel('share', I, R(a, sh_jq, jq_r, '855.8亿元'), 'altered: 855.8 / 840.5 = 101.8%, not 105.4% (breaks {B})')
a = ALT(JQ, 2, sh_jqa[2], '2.7亿元', 'average project size 2.4 → 2.7')
S.rel('share', I, R(a, sh_jqa, sh_jqa[2], '2.7亿元'), 'altered: 632.6 / 261 = 2.42, not 2.7亿 (breaks {B})')
a = ALT(J2, 1, sh_j2b[0], '562.4亿元', 'industrial projects’ investment 532.4 → 562.4')
S.rel('share', I, R(a, sh_j2b, sh_j2b[0], '562.4亿元'), 'altered: 562.4 / 834.3 = 67.4%, not 63.8% (breaks {B})')
a = ALT(J2, 2, sh_j2d[0], '238.4亿元', 'Q1 batch investment 208.4 → 238.4')
S.rel('share', I, R(a, sh_j2d, sh_j2d[0], '238.4亿元'), 'altered: 238.4 / 341.5 = 69.8%, not 61% (breaks {B})')
a = ALT(HX, 1, hx_l[0], '8.68萬畝', 'land supplied 8.98 → 8.68')
S.rel('share', I, R(a, hx_l, hx_l[0], '8.68萬畝'), 'altered: 8.68 / 14.84 = 58.5%, not 60.5% (breaks {B})')
a = ALT(HS, 1, hs_y, '444.3公斤', 'yield 414.3 → 444.3 kg')
S.rel('share', I, R(a, sh_hs, hs_y, '444.3公斤'), 'altered: 1088.5 × 444.3 × 2 = 96.7亿斤, not 90.2 (breaks {B})')
a = ALT(HS, 2, hs_a, '1078.5万亩', 'area 1088.5 → 1078.5万亩')
S.rel('restatement', I, R(a, rs_hsa, hs_a, '1078.5万亩'), 'altered: 1078.5万亩 is below “稳定在1082万亩以上” (breaks {B})')
S.rel('share', I, R(a, sh_hs, hs_a, '1078.5万亩'), 'altered: 1078.5 × 414.3 × 2 = 89.4亿斤, not 90.2 (breaks {B})')
a = ALT(HA, 1, ha_y, '389.87公斤', 'yield 399.87 → 389.87 kg')
S.rel('share', I, R(a, sh_ha, ha_y, '389.87公斤'), 'altered: 9665.7 × 389.87 × 2 = 753.7億斤, not 773.02 (breaks {B})')
a = ALT(HB, 1, hb_p, '661.98亿斤', 'grain output 761.98 → 661.98')
S.rel('restatement', I, R(a, rs_hb, hb_p, '661.98亿斤'), 'altered: 661.98亿斤 is not “超过700亿斤” (breaks {B})')
a = ALT(WA, 1, wa_29[1], '27個', 'second count of townships 29 → 27')
S.rel('restatement', I, R(a, wa_29, wa_29[1], '27個'), 'altered: 29 townships and streets, then 27 (breaks {B})')
a = ALT(FT, 1, ft_p[1], '358.9亿元', 'secondary value added 328.9 → 358.9')
S.rel('sum', I, R(a, sum_ft, ft_p[1], '358.9亿元'), 'altered: 0.7 + 358.9 + 1680.1 = 2039.7, not 2009.7 (breaks {B})')
S.rel('share', I, R(a, sh_ft2, ft_p[1], '358.9亿元'), 'altered: 358.9 / 2009.7 = 17.86%, not 16.4 (breaks {B})')
a = ALT(FT, 2, gr_ftn[1], '7.48‰', 'death rate 7.18‰ → 7.48‰')
S.rel('growth', I, R(a, gr_ftn, gr_ftn[1], '7.48‰'), 'altered: 5.61 − 7.48 = −1.87‰, not −1.57 (breaks {B})')
a = ALT(FT, 3, ft_mig, '68.6万人', 'non-local residents 63.6 → 68.6万')
S.rel('share', I, R(a, sh_ftm, ft_mig, '68.6万人'), 'altered: 68.6 / 201.5 = 34.0%, not 31.6% (breaks {B})')
S.rel('growth', I, R(a, gr_ftm, ft_mig, '68.6万人'), 'altered: previous share (68.6 + 0.6) / 201.9 = 34.3%, so 31.6 would be −2.7 points, not −0.2 (breaks {B})')
a = ALT(YE, 1, ye_s, '47.7%', 'share of the city’s industrial value added 37.7% → 47.7%')
S.rel('restatement', I, R(a, rs_yes, ye_s, '47.7%'), 'altered: 47.7% is more than “近四成” (breaks {B})')
a = ALT(YE, 2, ye_g, '13.3%', 'body GDP growth 12.3% → 13.3%')
S.rel('restatement', I, R(a, rs_ye, ye_g, '13.3%'), 'altered: headline +12.3% vs body +13.3% (breaks {B})')
S.rel('restatement', I, R(a, [F(YE, '12.3%', n=1), ye_g], ye_g, '13.3%'), 'altered: source headline +12.3% vs body +13.3% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

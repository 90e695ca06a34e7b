"""Check key, set check-heldout115. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout115.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout115'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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
    return [on(a, f, new) if f == old else on(a, f) for f in figs]

R84='rmrb_1984h1.txt'; R86='rmrb_1986js.txt'; Z05='zxs_2005h1.txt'; RM1='rail_2008m1_hant.txt'; JT='jt_2008.txt'; R10='rail_2010m8.txt'
CA='caac_2006q1.txt'; NM='nmg_2017.txt'; LY='ly_2010.txt'; XX='xx_2019.txt'; XT='xt_2022.txt'; XG='xxgxq_2021m7.txt'
JX='jx_2023_hant.txt'; R24='rmrb_2024rail.txt'; SL='sl_2022h1.txt'

# ---- 人民日报 1984-07-27: national economy H1 1984 (figures partly in Chinese numerals)
a_q0 = F(R84, '一千七百七十多亿斤', n=0); a_q = F(R84, '一千七百七十多亿斤', n=1); a_d = F(R84, '八十多亿斤'); a_r = F(R84, '5%以上')
gr_a = [a_q, a_d, a_r]
S.rel('restatement', C, [a_q0, a_q], 'subtitle and body: summer grain “一千七百七十多亿斤” both times')
S.rel('growth', C, gr_a, 'summer grain 1770多 (1770–1779) with a rise of 80多 (80–89)亿斤: last year 1681–1699, rise 4.7%–5.3%; “增长5%以上” lies in that range')
S.rel('target', CT, [F(R84, '三千三百一十三亿元'), F(R84, '51.4%')], 'industrial output 3313亿元 = 51.4% of the 1984 annual plan after six months: progress, the year is not over; cannot tell')
S.rel('growth', U, [F(R84, '11.6%'), F(R84, '8%', pre='增长'), F(R84, '10%以上')], 'H1 +11.6% against January +8% and “10%以上” each month since: monthly levels are not stated; not a check')
S.rel('growth', U, [F(R84, '13.1%'), F(R84, '9.4%')], 'profit-and-tax +13.1% vs taxes handed up +9.4%: different indicators, no levels')
S.rel('rate', U, [F(R84, '2.1%'), F(R84, '1.4%'), F(R84, '0.4%'), F(R84, '0.2%'), F(R84, '1.3%')], 'retail price index +2.1% with sub-indices (+1.4, −0.4, −0.2, −1.3): the weights are not stated and the list is not a split')
a = ALT(R84, 1, a_d, '三十多亿斤', 'summer grain rise 八十多 → 三十多亿斤')
S.rel('growth', I, R(a, gr_a, a_d, '三十多亿斤'), 'altered: a rise of 30–39 on 1731–1749亿斤 is 1.7%–2.3%, not “5%以上” (breaks {B})')

# ---- 人民日报 1987-06-23: report on the 1986 state final accounts (财政部)
b_in = F(R86, '2260.26亿元'); b_out = F(R86, '2330.81亿元'); b_def = F(R86, '70.55亿元', n=0); b_def2 = F(R86, '70.55亿元', n=1)
b_l = F(R86, '23.63亿元'); b_c = F(R86, '94.18亿元')
sum_b1 = [b_in, b_out, b_def]; sum_b3 = [b_l, b_c, b_def2]
S.rel('sum', C, sum_b1, 'deficit = spending 2330.81 − revenue 2260.26 = 70.55亿元')
S.rel('sum', C, [F(R86, '39.96亿元'), F(R86, '39.71亿元'), F(R86, '0.25亿元')], 'against the March estimate: revenue +39.96, spending +39.71, so the deficit falls by 0.25亿元')
S.rel('sum', C, sum_b3, 'central deficit 94.18 − local surplus 23.63 = 70.55亿元 total deficit')
S.rel('restatement', C, [b_def, b_def2], 'deficit 70.55亿元 restated in the next sentence')
S.rel('target', M, [b_in, F(R86, '105.5%')], '1986 revenue 2260.26亿元 = 105.5% of the budget approved by the NPC; the year is over (final accounts): met')
S.rel('share', U, [b_out, F(R86, '108.8%')], 'spending 108.8% of budget: the budget level (≈2142亿元) is not stated; and a spending budget is a limit, “突破预算” is not a goal met; not keyed as a target')
a = ALT(R86, 1, b_out, '2336.81亿元', 'final spending 2330.81 → 2336.81')
S.rel('sum', I, R(a, sum_b1, b_out, '2336.81亿元'), 'altered: 2336.81 − 2260.26 = 76.55, not the stated deficit 70.55 (breaks {B})')
a = ALT(R86, 2, b_c, '91.18亿元', 'central deficit 94.18 → 91.18')
S.rel('sum', I, R(a, sum_b3, b_c, '91.18亿元'), 'altered: 91.18 − 23.63 = 67.55, not 70.55 (breaks {B})')

# ---- 中新社 2005-07-22: national retail sales H1 2005 (all figures in Chinese numerals)
z_t = F(Z05, '二万九千六百一十亿元'); z_tr = F(Z05, '百分之十三点二'); z_u = F(Z05, '一万九千八百八十二亿元'); z_ur = F(Z05, '百分之十四点二')
z_r = F(Z05, '九千七百二十七亿元'); z_rr = F(Z05, '百分之十一点一')
sum_z = [z_u, z_r, z_t]; rate_z = [z_u, z_ur, z_r, z_rr, z_t, z_tr]
S.rel('sum', C, sum_z, 'urban 19882 + county-and-below 9727 = 29609 ≈ 29610亿元 (inside the half units)')
S.rel('rate', C, rate_z, 'last year from parts: 19882/1.142 + 9727/1.111 = 17410 + 8755 = 26165; 29610/26165 = +13.2%')
S.rel('growth', U, [z_tr, F(Z05, '百分之十二点九')], 'H1 +13.2% vs June +12.9%: the June level is not stated')
S.rel('rate', U, [F(Z05, '百分之十六点九'), F(Z05, '百分之二十点五', n=0), F(Z05, '一成八'), z_tr], 'food/clothing/daily-use sales of enterprises above the size limit (+16.9/+20.5/+18%) vs all retail +13.2%: a subset, no levels')
a = ALT(Z05, 1, z_r, '九千三百二十七亿元', 'county-and-below retail 9727 → 9327')
S.rel('sum', I, R(a, sum_z, z_r, '九千三百二十七亿元'), 'altered: 19882 + 9327 = 29209, not 29610 (breaks {B})')
S.rel('rate', I, R(a, rate_z, z_r, '九千三百二十七亿元'), 'altered: 29610/(17410 + 9327/1.111) = +14.7%, not 13.2 (breaks {B})')
a = ALT(Z05, 2, z_ur, '百分之十六点二', 'urban retail growth 14.2% → 16.2%')
S.rel('rate', I, R(a, rate_z, z_ur, '百分之十六点二'), 'altered: 19882/1.162 + 8755 = 25865; 29610/25865 = +14.5%, not 13.2 (breaks {B})')

# ---- 新华社 2008-02-18: railways January 2008 and the 2008 targets (traditional)
m_p = F(RM1, '11879萬'); m_pd = F(RM1, '2270萬'); m_f = F(RM1, '26723萬'); m_fd = F(RM1, '375萬')
gr_m1 = [m_p, m_pd, F(RM1, '23.6%')]; gr_m2 = [m_f, m_fd, F(RM1, '1.4%')]
t_p = F(RM1, '14.18億人次'); t_f = F(RM1, '33.1億噸')
S.rel('growth', C, gr_m1, 'January passengers 11879万, +2270万: 2270/9609 = +23.6%')
S.rel('growth', C, gr_m2, 'January freight 26723万吨, +375万: 375/26348 = +1.4%')
a = ALT(RM1, 1, m_pd, '2570萬', 'passenger increase 2270 → 2570万')
S.rel('growth', I, R(a, gr_m1, m_pd, '2570萬'), 'altered: 2570/9309 = +27.6%, not 23.6 (breaks {B})')
a = ALT(RM1, 2, m_fd, '875萬', 'freight increase 375 → 875万')
S.rel('growth', I, R(a, gr_m2, m_fd, '875萬'), 'altered: 875/25848 = +3.4%, not 1.4 (breaks {B})')
S.rel('target', U, [t_p, m_p], '2008 passenger target 14.18亿人次 vs January 11879万: one month, not the year')

# ---- 中新网 2009-02-25: 2008 transport results (国家发改委); with the 2008 targets above: cross-document
j_p0 = F(JT, '14.56亿人次', n=0); j_p = F(JT, '14.56亿人次', n=1); j_f = F(JT, '32.9亿吨')
S.rel('restatement', C, [j_p0, j_p], '2008 rail passengers 14.56亿人次 (+10.6%) in the lead and again in the rail paragraph')
S.rel('target', M, [t_p, j_p], '2008 rail passenger target (Feb 2008) 14.18亿人次 vs 2008 result 14.56亿人次 ≥ 14.18: met (same indicator, year, country)')
S.rel('target', MS, [t_f, j_f], '2008 rail freight target 33.1亿吨 vs 2008 result 32.9亿吨 < 33.1 (even 32.95 < 33.05): missed')
S.rel('rate', U, [j_p, F(JT, '10.6%', n=1), F(JT, '14.4亿人次'), F(JT, '10.6%', n=2)], 'state railways 14.4亿 +10.6% inside all railways 14.56亿 +10.6%: the rest (local/joint railways) and its rate are not stated; not a check')
S.rel('rate', U, [F(JT, '144868车'), F(JT, '3.1%'), F(JT, '120455车'), F(JT, '2.3%')], 'daily car loadings: state railways 120455 (+2.3%) within all 144868 (+3.1%): the rest’s rate is not stated')
S.rel('rate', U, [j_f, F(JT, '4.5%'), F(JT, '27.4亿吨'), F(JT, '3.7%', n=1)], 'freight: state railways 27.4亿吨 +3.7% within 32.9 +4.5%: the rest’s rate is not stated')
S.rel('share', U, [j_f, F(JT, '29.7亿吨')], 'rail freight 32.9 vs waterway freight 29.7亿吨: no relation is stated; no all-modes total')
a = ALT(JT, 1, j_p0, '14.06亿人次', 'lead: rail passengers 14.56 → 14.06亿人次')
S.rel('restatement', I, R(a, [j_p0, j_p], j_p0, '14.06亿人次'), 'altered: the lead says 14.06, the rail paragraph 14.56亿人次 (breaks {B})')

# ---- 经济观察网 2010-09-10: railways Jan–Aug 2010
e_ft = F(R10, '241697万吨'); e_fg = F(R10, '240838万吨')
S.rel('sum', U, [e_fg, e_ft], '货物发送量 240838 is a 其中 item of 货运总发送量 241697 (the rest, luggage/parcels, is not stated): not a split to check')
S.rel('target', CT, [F(R10, '113881万人'), F(R10, '4698万人')], 'passengers 113881万, 4698万 ahead of the pro-rata annual plan after eight months: the plan is not stated and the year is not over; cannot tell')
S.rel('target', CT, [e_fg, F(R10, '7824万吨')], 'goods 240838万吨, 7824万 ahead of the pro-rata plan: year not over; cannot tell')
S.rel('sum', U, [F(R10, '132162万吨'), F(R10, '9097万吨'), F(R10, '6534万吨'), F(R10, '5662万吨'), e_fg], 'coal + oil + grain + fertiliser = 153455万吨: a 其中 list of key goods, not a split of 240838')
S.rel('restatement', U, [F(R10, '12.8%', n=0), F(R10, '12.8%', n=1)], 'total freight +12.8% and goods +12.8%: same number, two indicators (one inside the other)')
S.rel('target', U, [t_p, F(R10, '113881万人')], '2008 passenger target 14.18亿 vs Jan–Aug 2010 passengers: other year and period')

# ---- civil aviation Q1 2006 (logistics portal)
S.rel('share', U, [F(CA, '45.1亿吨公里'), F(CA, '65.8亿吨公里')], 'domestic 45.1 of total 65.8亿吨公里: no share is stated')
S.rel('rate', U, [F(CA, '65.8亿吨公里'), F(CA, '17%'), F(CA, '45.1亿吨公里'), F(CA, '20.5%')], 'total +17% and domestic +20.5%: the international part’s rate (≈+10% implied) is not stated; nothing to check')
S.rel('growth', U, [F(CA, '17%'), F(CA, '6.6')], 'total +17%, 6.6 points above last year’s Q1 rate: that rate is not stated')
S.rel('rate', U, [F(CA, '3513.2万人'), F(CA, '20%'), F(CA, '3211.6万人'), F(CA, '21.1%')], 'passengers total +20%, domestic +21.1%: the international rate is not stated')

# ---- 国家统计局 2017 migrant-worker report (news write-up)
n_t0 = F(NM, '28652万人', n=0); n_t = F(NM, '28652万人', n=1); n_d = F(NM, '481万人', n=1); n_r = F(NM, '1.7%', n=1)
n_o = F(NM, '17185万人'); n_od = F(NM, '251万人', n=0); n_l = F(NM, '11467万人'); n_ld = F(NM, '230万人')
n_p = F(NM, '9510万人'); n_pd = F(NM, '242万人')
n_e = F(NM, '10430万人'); n_c = F(NM, '9450万人'); n_w = F(NM, '7814万人'); n_ne = F(NM, '958万人')
n_ed = F(NM, '30万人'); n_cd = F(NM, '171万人'); n_wd = F(NM, '251万人', n=1); n_ned = F(NM, '29万人')
sum_n1 = [n_o, n_l, n_t]; gr_nl = [n_l, n_ld, F(NM, '2.0%')]; sum_n4 = [n_ed, n_cd, n_wd, n_ned, n_d]; gr_nc = [n_c, n_cd, F(NM, '1.8%')]
S.rel('restatement', C, [n_t0, n_t], 'total 28652万 in the lead and in the body')
S.rel('sum', C, sum_n1, 'outgoing 17185 + local 11467 = 28652万')
S.rel('sum', C, [n_od, n_ld, n_d], 'increase: outgoing +251 + local +230 = +481万')
S.rel('growth', C, [n_t, n_d, n_r], '481/(28652 − 481) = +1.7%')
S.rel('growth', C, [n_o, n_od, F(NM, '1.5%')], '251/16934 = +1.5%')
S.rel('growth', C, gr_nl, '230/11237 = +2.0%')
S.rel('growth', C, [F(NM, '13710万人'), F(NM, '125万人'), F(NM, '0.9%')], 'urban-bound 13710, +125: 125/13585 = +0.9%')
S.rel('growth', C, [n_p, n_pd, F(NM, '2.6%')], 'within-province 9510, +242: 242/9268 = +2.6%')
S.rel('share', C, [n_p, n_o, F(NM, '55.3%')], 'within-province 9510/17185 = 55.3%')
S.rel('growth', C, [n_p, n_pd, n_o, n_od, F(NM, '0.6个')], 'share change: last year 9268/16934 = 54.73%, this year 55.34%: +0.6 points')
S.rel('share', C, [n_pd, n_od, F(NM, '96.4%')], 'within-province increase 242 of outgoing increase 251 = 96.4%')
S.rel('sum', C, [n_e, n_c, n_w, n_ne, n_t], 'by origin: 10430 + 9450 + 7814 + 958 = 28652万')
S.rel('share', C, [n_e, n_t, F(NM, '36.4%')], 'east 10430/28652 = 36.4%')
S.rel('share', C, [n_c, n_t, F(NM, '33%')], 'centre 9450/28652 = 33.0%')
S.rel('share', C, [n_w, n_t, F(NM, '27.3%')], 'west 7814/28652 = 27.3%')
S.rel('share', C, [n_ne, n_t, F(NM, '3.3%', n=1)], 'north-east 958/28652 = 3.3%')
S.rel('sum', C, [F(NM, '36.4%'), F(NM, '33%'), F(NM, '27.3%'), F(NM, '3.3%', n=1)], 'origin shares 36.4 + 33 + 27.3 + 3.3 = 100')
S.rel('sum', C, sum_n4, 'regional increases 30 + 171 + 251 + 29 = 481万')
S.rel('growth', C, gr_nc, 'centre 171/9279 = +1.8%')
S.rel('growth', C, [n_w, n_wd, F(NM, '3.3%', n=0)], 'west 251/7563 = +3.3%')
S.rel('share', C, [n_wd, n_d, F(NM, '52.2%')], 'west increase 251 of 481 = 52.2%')
S.rel('growth', C, [F(NM, '3485元'), F(NM, '210元'), F(NM, '6.4%')], 'monthly income 3485, +210: 210/3275 = +6.4%')
S.rel('growth', U, [n_r, F(NM, '0.2个', n=2)], 'growth 1.7%, 0.2 points faster than last year: last year’s rate is not stated')
S.rel('growth', U, [F(NM, '82.5%'), F(NM, '0.3个')], 'eastern within-province share 82.5%, +0.3 points: the regional levels are not stated')
S.rel('restatement', U, [n_od, n_wd], 'outgoing increase 251万 and western increase 251万: same number, other indicators')
a = ALT(NM, 1, n_l, '11167万人', 'local migrant workers 11467 → 11167万')
S.rel('sum', I, R(a, sum_n1, n_l, '11167万人'), 'altered: 17185 + 11167 = 28352, not 28652 (breaks {B})')
S.rel('growth', I, R(a, gr_nl, n_l, '11167万人'), 'altered: 230/10937 = +2.1%, not 2.0 (breaks {B})')
a = ALT(NM, 2, n_cd, '121万人', 'centre increase 171 → 121万')
S.rel('sum', I, R(a, sum_n4, n_cd, '121万人'), 'altered: 30 + 121 + 251 + 29 = 431, not 481 (breaks {B})')
S.rel('growth', I, R(a, gr_nc, n_cd, '121万人'), 'altered: 121/9329 = +1.3%, not 1.8 (breaks {B})')

# ---- 国家林业局 2010 forestry statistical analysis (document-site preview; year words missing in the stored text)
l_t = F(LY, '590.99万公顷'); l_p = [F(LY, '387.28万公顷'), F(LY, '19.59万公顷'), F(LY, '184.12万公顷')]; l_w = F(LY, '342.77万公顷')
sum_l = l_p + [l_t]; sh_l = [l_w, l_t, F(LY, '58%')]
S.rel('sum', C, sum_l, 'afforestation: planted 387.28 + aerial seeding 19.59 + closure 184.12 = 590.99万公顷')
S.rel('share', C, sh_l, 'west 342.77/590.99 = 58.0%')
S.rel('restatement', C, [l_t, F(LY, '8865万亩')], '590.99万公顷 × 15 = 8864.85 ≈ 8865万亩')
S.rel('target', MS, [l_t, F(LY, '99.8%')], '2010 afforestation 590.99万公顷 = 99.8% of the plan task; the year is over (annual analysis): missed, narrowly')
S.rel('growth', U, [l_t, F(LY, '5.63%')], '−5.63% on the year before: that area is not stated (the text drops the year)')
S.rel('share', U, [F(LY, '255万公顷'), l_t], '255万公顷 extra task in Q4 of the year before vs this year’s 590.99: other year; no share')
S.rel('growth', U, [F(LY, '666.17万公顷'), F(LY, '4.70%'), F(LY, '66.56万公顷'), F(LY, '22.48%')], 'tending +4.70%, low-yield stand improvement +22.48%: bases not stated, different indicators')
S.rel('sum', U, [F(LY, '38.80万公顷'), F(LY, '30.67万公顷'), l_t], 'afforestation on forested land 38.80 and regeneration 30.67 are outside the 荒山荒地 total 590.99: no sum is stated')
a = ALT(LY, 1, l_p[1], '16.59万公顷', 'aerial seeding 19.59 → 16.59万公顷')
S.rel('sum', I, R(a, sum_l, l_p[1], '16.59万公顷'), 'altered: 387.28 + 16.59 + 184.12 = 587.99, not 590.99 (breaks {B})')
a = ALT(LY, 2, l_w, '312.77万公顷', 'western afforestation 342.77 → 312.77')
S.rel('share', I, R(a, sh_l, l_w, '312.77万公顷'), 'altered: 312.77/590.99 = 52.9%, not 58 (breaks {B})')

# ---- 湘乡市 (湖南) 2019 statistical bulletin
x_t = F(XX, '483亿元'); x_s = [F(XX, '57.7亿元'), F(XX, '237.1亿元'), F(XX, '188.2亿元')]
x_p = [F(XX, '11.9', post=':'), F(XX, '49.1', post=':'), F(XX, '39', pre=':')]
x_c = [F(XX, '4.1%'), F(XX, '58.2%'), F(XX, '37.7%')]; x_g = F(XX, '7.8%')
x_l = [F(XX, '0.3', post='、'), F(XX, '4.5', post='、'), F(XX, '3个')]
x_tt = F(XX, '4830423'); x_ts = [F(XX, '577521'), F(XX, '2370979'), F(XX, '1881923')]
x_rows = [F(XX, v) for v in ('599421', '1889663', '481737', '442489', '110456', '83201', '126166', '281463', '303078', '512751')]
x_a = F(XX, '98.55亿元'); x_ap = [F(XX, '43.32亿元'), F(XX, '6.33亿元'), F(XX, '39.44亿元'), F(XX, '5.18亿元'), F(XX, '4.28亿元')]
sum_x = x_s + [x_t]; sh_x1 = [x_s[0], x_t, x_p[0]]; sum_xa = x_ap + [x_a]
S.rel('sum', C, sum_x, '57.7 + 237.1 + 188.2 = 483.0亿元')
S.rel('share', C, sh_x1, 'primary 57.7/483 = 11.9%')
S.rel('share', C, [x_s[1], x_t, x_p[1]], 'secondary 237.1/483 = 49.1%')
S.rel('share', C, [x_s[2], x_t, x_p[2]], 'tertiary 188.2/483 = 39.0%')
S.rel('sum', C, x_p, 'structure 11.9 + 49.1 + 39 = 100')
S.rel('sum', C, x_c, 'contributions 4.1 + 58.2 + 37.7 = 100%')
S.rel('sum', C, x_l + [x_g], 'pulls 0.3 + 4.5 + 3 = 7.8 points = GDP growth 7.8%')
S.rel('share', C, [x_c[1], x_g, x_l[1]], 'secondary pull = contribution 58.2% × growth 7.8 = 4.54 → 4.5 points')
S.rel('sum', C, x_ts + [x_tt], 'table: 577521 + 2370979 + 1881923 = 4830423万元')
S.rel('sum', C, x_rows + [x_tt], 'table, ten sector rows add to 4830425 ≈ 4830423万元 (2 off, inside the ten rows’ half units)')
S.rel('restatement', C, [x_t, x_tt], 'GDP 483亿元 in the text = 4830423万元 in the table')
S.rel('restatement', C, [x_s[1], x_ts[1]], 'secondary 237.1亿元 = 2370979万元 in the table')
S.rel('sum', C, sum_xa, 'gross output: farming 43.32 + forestry 6.33 + animal 39.44 + fishery 5.18 + services 4.28 = 98.55亿元')
S.rel('restatement', U, [x_rows[0], x_ts[0]], '农林牧渔业 599421 vs 一产业 577521: different scopes (the farm-service activities sit in the tertiary sector); not the same figure')
S.rel('sum', U, [x_rows[1], x_rows[2], x_ts[1]], 'industry 1889663 + construction 481737 = 2371400, 421 more than 二产业 2370979 (and 农林牧渔业 599421 > 一产业 577521): the sector rows and the three-sector rows group support services differently; not a split to check')
S.rel('share', U, [x_c[1], x_p[1]], 'contribution 58.2% vs share 49.1%: different measures')
S.rel('growth', U, [F(XX, '59233元'), F(XX, '8.4%', n=1), x_g], 'per-capita GDP +8.4% vs GDP +7.8%: the population change is not stated')
S.rel('share', U, [F(XX, '48.84万吨'), F(XX, '49.84万吨')], 'rice 48.84 within grain 49.84万吨: no share is stated')
S.rel('restatement', U, [F(XX, '8.4%', n=0), F(XX, '8.4%', n=1)], 'secondary +8.4% and per-capita GDP +8.4%: same number, other indicators')
a = ALT(XX, 1, x_s[0], '51.7亿元', 'primary value added 57.7 → 51.7亿元')
S.rel('sum', I, R(a, sum_x, x_s[0], '51.7亿元'), 'altered: 51.7 + 237.1 + 188.2 = 477.0, not 483 (breaks {B})')
S.rel('share', I, R(a, sh_x1, x_s[0], '51.7亿元'), 'altered: 51.7/483 = 10.7%, not 11.9 (breaks {B})')
a = ALT(XX, 2, x_ap[2], '36.44亿元', 'animal husbandry output 39.44 → 36.44亿元')
S.rel('sum', I, R(a, sum_xa, x_ap[2], '36.44亿元'), 'altered: parts add to 95.55, not 98.55 (breaks {B})')

# ---- 湘潭县 (湖南) work report delivered 2022-12-23 (reviews 2022): traps only
y_g = F(XT, '595亿元'); y_i = F(XT, '307亿元')
S.rel('share', U, [F(XT, '430亿元'), y_g], '天易经开区 GDP 430 vs county GDP 595亿元: the zone is not a stated part of the county total, no share stated')
S.rel('share', U, [F(XT, '165亿元'), y_i], 'zone investment 165 vs county investment 307亿元: no share stated, scopes not shown to nest')
S.rel('share', U, [F(XT, '270亿元'), F(XT, '790亿元')], 'county 规模工业增加值 270 vs zone 规模工业总产值 790: value added vs gross output, other scope')
S.rel('restatement', U, [F(XT, '8%', n=0), F(XT, '8%', n=1)], 'industry +8% and investment +8%: same number, other indicators')
S.rel('growth', U, [F(XT, '44178元'), F(XT, '4.5%'), F(XT, '25396元'), F(XT, '6.5%')], 'urban and rural income rates: no all-resident rate or weights are stated')
S.rel('restatement', U, [y_g, x_t], '湘潭县 GDP 595亿元 (2022) vs 湘乡市 483亿元 (2019): other place and year')

# ---- 湘西高新区 (湖南) Jan–Jul 2021
g_t = F(XG, '40950万元'); g_p = [F(XG, '35586万元'), F(XG, '5364万元')]
g_s = F(XG, '62573.2万元'); g_sp = [F(XG, '10691.7万元'), F(XG, '51881.5万元')]
sum_g1 = g_p + [g_t]; sum_g2 = g_sp + [g_s]
S.rel('sum', C, sum_g1, 'revenue: tax 35586 + non-tax 5364 = 40950万元')
S.rel('sum', C, sum_g2, 'sales: wholesale 10691.7 + retail 51881.5 = 62573.2万元')
S.rel('sum', U, [F(XG, '5000.8万元'), F(XG, '5060.2万元')], 'lodging 5000.8 within lodging-and-catering 5060.2: catering is not stated; not a check')
S.rel('sum', U, [F(XG, '6.8亿元'), F(XG, '2.2亿元'), F(XG, '7.4亿元'), F(XG, '0.85亿元'), F(XG, '11.9亿元'), F(XG, '21.1亿元')], 'investment 其中 items overlap (技改 inside industry, 产业/高新 cut across): 6.8+2.2+7.4+0.85+11.9 = 29.15 > 21.1; not a split')
S.rel('share', U, [F(XG, '48.1亿元'), F(XG, '72亿元')], 'above-scale output 48.1 within industrial output 72亿元: no share stated')
S.rel('share', U, [F(XG, '21.4亿元'), F(XG, '48.1亿元')], 'value added 21.4 vs gross output 48.1: different indicators')
a = ALT(XG, 1, g_p[1], '5864万元', 'non-tax revenue 5364 → 5864万元')
S.rel('sum', I, R(a, sum_g1, g_p[1], '5864万元'), 'altered: 35586 + 5864 = 41450, not 40950 (breaks {B})')
a = ALT(XG, 2, g_sp[0], '10891.7万元', 'wholesale 10691.7 → 10891.7万元')
S.rel('sum', I, R(a, sum_g2, g_sp[0], '10891.7万元'), 'altered: 10891.7 + 51881.5 = 62773.2, not 62573.2 (breaks {B})')

# ---- 金秀瑶族自治县 (广西) 2023 review (traditional): traps only
k_g = F(JX, '57.16億元'); k_i = F(JX, '5.83億元')
S.rel('share', U, [k_i, k_g], 'above-scale industry value added 5.83 vs GDP 57.16億元: no share stated')
S.rel('growth', U, [k_i, F(JX, '7%'), F(JX, '24.57億元'), F(JX, '9%')], 'industry value added +7% vs gross output +9%: different indicators')
S.rel('rate', U, [k_g, F(JX, '2.5%'), k_i, F(JX, '7%')], 'GDP +2.5% with above-scale industry +7%: the other parts are not stated')
S.rel('restatement', U, [F(JX, '2.48億元'), F(XT, '16.16亿元')], '金秀 budget revenue 2.48億 (2023) vs 湘潭县 16.16亿 (2022): other place and year')

# ---- 人民日报 2024-12-31: railways Jan–Nov 2024 (cross-document traps)
S.rel('target', U, [t_p, F(R24, '40亿人次')], '2008 passenger target 14.18亿 vs 2024 Jan–Nov “突破40亿”: other year')
S.rel('growth', U, [F(R24, '47.15亿吨'), j_f], '2024 Jan–Nov freight 47.15亿吨 vs 2008 year 32.9亿吨: other periods, no rate stated')

# ---- 央视网 2022-07: water-conservancy investment H1 2022 (水利部)
w_h = F(SL, '200亿元', n=0)
S.rel('restatement', C, [w_h, F(SL, '200亿元', n=1)], 'headline “11个省份…超200亿元” restates the body “11个省份…超过了200亿元”')
S.rel('share', U, [F(SL, '4046亿元'), F(SL, '90.9%')], 'three fields 4046亿 = 90.9% of the H1 total: the total (≈4451亿) is not stated')
S.rel('share', U, [F(SL, '835亿元'), F(SL, '4046亿元')], 'river-lake restoration projects 835 vs three fields 4046: no share stated, the project list is not one of the three fields as named')
S.rel('sum', U, [F(SL, '68%'), F(SL, '90.9%')], '68% (11 provinces) and 90.9% (three fields) cut the same total two ways: they do not add')
a = ALT(SL, 1, w_h, '300亿元', 'headline threshold 200 → 300亿元')
S.rel('restatement', I, R(a, [w_h, F(SL, '200亿元', n=1)], w_h, '300亿元'), 'altered: headline says 11 provinces above 300亿, the body above 200亿 (of which only some above 300) (breaks {B})')

# ---- further cross-document traps
S.rel('share', U, [m_f, j_f], 'January 2008 freight 26723万吨 vs 2008 year 32.9亿吨: no share stated; a month is not the year')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

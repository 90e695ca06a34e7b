"""Check key, set check-heldout156. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout156.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout156'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

JT='jt_2012.txt'; WS='ws_2012.txt'; W3='ws_2023_hant.txt'; W2='ws_2022_hant.txt'; YF='yz_2024f.txt'; Y3='yz_2023.txt'; YM='yz_2024m10.txt'
Y4='yz_2024.txt'; SH='sl_2022h1.txt'; SL='sl_2022.txt'; M0='mh_2020.txt'; M1='mh_2021h1_hant.txt'; CZ='cz_1999.txt'; JS='js_1956.txt'
JH='jh_1957.txt'; GY='gy_1969.txt'

# ---- 交通运输部 2012 bulletin: road network
j_tot = F(JT, '423.75万公里'); j_inc = F(JT, '13.11万公里')
j_roads = [F(JT, k) for k in ['17.34万公里', '31.21万公里', '53.95万公里', '107.67万公里', '7.37万公里', '206.22万公里']]
j_incs = [F(JT, k) for k in ['0.40万公里', '0.80万公里', '0.59万公里', '1.07万公里', '0.47万公里', '9.78万公里']]
j_gr = F(JT, '360.96万公里'); j_gri = F(JT, '15.60万公里'); j_grs = F(JT, '85.2%'); j_grp = F(JT, '1.1个百分点')
j_2 = F(JT, '50.19万公里'); j_2i = F(JT, '2.83万公里'); j_2s = F(JT, '11.8%'); j_2p = F(JT, '0.3个百分点')
j_pv = F(JT, '279.86万公里'); j_pvi = F(JT, '18.29万公里'); j_pvs = F(JT, '66.0%'); j_pvp = F(JT, '2.3个百分点')
j_hp = F(JT, '229.51万公里'); j_as = F(JT, '64.19万公里'); j_cc = F(JT, '165.32万公里'); j_sp = F(JT, '50.35万公里'); j_up = F(JT, '143.89万公里')
j_hpi = F(JT, '19.17万公里'); j_asi = F(JT, '5.06万公里'); j_cci = F(JT, '14.10万公里'); j_spd = F(JT, '0.88万公里'); j_upd = F(JT, '5.18万公里')
sum_j1 = j_roads + [j_tot]; sum_j2 = j_incs + [j_inc]; sh_j1 = [j_gr, j_tot, j_grs]; gr_j1 = [j_gr, j_gri, j_tot, j_inc, j_grs, j_grp]
sum_j3 = [j_hpi, j_spd, j_pvi]
S.rel('sum', C, sum_j1, '2012 road length by administrative class: 17.34 + 31.21 + 53.95 + 107.67 + 7.37 + 206.22 = 423.76 ≈ 423.75万公里 (six inputs, allowance 0.035)')
S.rel('sum', C, sum_j2, 'increases by class: 0.40 + 0.80 + 0.59 + 1.07 + 0.47 + 9.78 = 13.11万公里')
S.rel('share', C, sh_j1, 'graded roads 360.96 / 423.75 = 85.18% → 85.2%')
S.rel('share', C, [j_2, j_tot, j_2s], 'class II and above 50.19 / 423.75 = 11.84% → 11.8%')
S.rel('share', C, [j_pv, j_tot, j_pvs], 'paved and simply paved 279.86 / 423.75 = 66.04% → 66.0%')
S.rel('growth', C, gr_j1, 'graded share last year (360.96 − 15.60) / (423.75 − 13.11) = 84.10%; 85.2 − 84.1 = 1.1 points')
S.rel('growth', C, [j_2, j_2i, j_tot, j_inc, j_2s, j_2p], 'class II+ share last year 47.36 / 410.64 = 11.53%; 11.84 − 11.53 = 0.3 points')
S.rel('growth', C, [j_pv, j_pvi, j_tot, j_inc, j_pvs, j_pvp], 'paved share last year 261.57 / 410.64 = 63.70%; 66.04 − 63.70 = 2.3 points')
S.rel('sum', C, [j_hp, j_sp, j_pv], 'paved 229.51 + simply paved 50.35 = 279.86万公里')
S.rel('sum', C, [j_as, j_cc, j_hp], 'asphalt 64.19 + concrete 165.32 = paved 229.51万公里')
S.rel('sum', C, [j_pv, j_up, j_tot], 'paved and simply paved 279.86 + unpaved 143.89 = 423.75万公里')
S.rel('sum', C, sum_j3, 'change of paved and simply paved: +19.17 − 0.88 = +18.29万公里')
S.rel('sum', C, [j_asi, j_cci, j_hpi], 'asphalt +5.06 + concrete +14.10 = 19.16 ≈ +19.17万公里 (rounding)')
S.rel('sum', C, [j_pvi, j_upd, j_inc], 'total change: +18.29 − 5.18 (unpaved) = +13.11万公里')
S.rel('sum', C, [F(JT, '6.80万公里'), F(JT, '10.54万公里'), j_roads[0]], '国道 = national expressways 6.80 + ordinary national roads 10.54 = 17.34万公里')
S.rel('sum', U, [F(JT, '9.62万公里'), F(JT, '6.80万公里')], 'all expressways 9.62 and national expressways 6.80: a part (provincial expressways not stated); no split')
S.rel('share', U, [F(JT, '6.80万公里'), F(JT, '79%')], 'national expressways 6.80 = “规划目标的79%”: the planned length is not stated')
S.rel('sum', U, [j_gr, j_2], 'graded roads 360.96 “其中” class II and above 50.19: a part; the other grades are not stated')

# ---- 国家卫生计生委 2012 bulletin: institutions
w_h = F(WS, '23170个'); w_pub = F(WS, '9786个'); w_l2 = F(WS, '6566个')
sum_w1 = [F(WS, '13384个'), w_pub, w_h]; sum_w2 = [F(WS, '1624个'), w_l2, F(WS, '5962个'), F(WS, '9018个'), w_h]
S.rel('sum', C, sum_w1, 'hospitals: public 13384 + private 9786 = 23170')
S.rel('sum', C, sum_w2, 'hospitals by level: 1624 + 6566 + 5962 + 9018 (unrated) = 23170')
S.rel('sum', C, [F(WS, k) for k in ['13814个', '3488个', '3508个', '1301个', '1059个']] + [w_h], 'hospitals by beds: 13814 + 3488 + 3508 + 1301 + 1059 = 23170')
S.rel('sum', U, [w_h, F(WS, '912620个'), F(WS, '12083个'), F(WS, '950297个')], 'hospitals + primary + public-health institutions = 947873, not 950297: “其中” lists three kinds; other institutions (2424) are not listed; not a split')
S.rel('sum', U, [F(WS, '1191个'), F(WS, '5383个'), F(WS, '157个'), F(WS, '4092个')], 'changes +1191 − 5383 + 157 = −4035, not −4092: other institutions are not listed; no split')
S.rel('sum', U, [F(WS, k) for k in ['33562个', '37097个', '177798个', '653419个', '912620个']], 'four kinds of primary institutions sum to 901876, not 912620: the others (门诊部 etc.) are not listed')
S.rel('sum', U, [F(WS, '989个'), F(WS, '1624个')], 'grade-3A hospitals 989 within grade-3 1624: a part')
S.rel('sum', U, [F(WS, '56766个'), F(WS, '912620个')], 'government-run primary institutions 56766 within 912620: a part of another split')

# ---- 国家卫生健康委 2023 and 2022 bulletins (traditional news copies)
h_n = F(W3, '1070785個'); h_ni = F(W3, '37867個'); h_b = F(W3, '1017.4萬張'); h_bi = F(W3, '42.4萬張')
k_n = F(W2, '103.3萬個'); k_b = F(W2, '975.0萬張'); k_t = F(W2, '27%', n=0); k_p = F(W2, '27.0%'); k_p1 = F(W2, '27.7%')
gr_h1 = [h_n, h_ni, k_n]; gr_h2 = [h_b, h_bi, k_b]
S.rel('growth', C, gr_h1, 'cross-document: 2023 institutions 1070785 − increase 37867 = 1032918 (103.29萬), the 2022 bulletin’s “近103.3萬個”')
S.rel('growth', C, gr_h2, 'cross-document: 2023 beds 1017.4 − 42.4 = 975.0萬, the 2022 bulletin’s 975.0萬張')
S.rel('restatement', U, [F(W3, '1248.8萬人'), F(W3, '83.0萬人'), F(W2, '1441.1萬人')], 'cross-document: 2023 health technicians 1248.8 − 83.0 = 1165.8 and 2022 all health personnel 1441.1: other indicator (衛生技術人員 vs 衛生人員總數)')
S.rel('share', U, [h_b, F(W3, '7.23張')], '7.23 beds per thousand from 1017.4萬: the population is not stated')
S.rel('sum', U, [F(W3, '132.7萬'), F(W3, '110.8萬人')], 'village-clinic staff 132.7萬 “其中” doctors and village doctors 110.8萬: a part')
S.rel('sum', U, [F(W3, '1248.8萬人'), F(W3, '772.3萬人')], 'technicians 1248.8萬 “其中” in hospitals 772.3萬: a part')
S.rel('restatement', U, [F(W3, '4.00人'), F(W3, '3.99人')], 'nurses 4.00 per thousand and GPs 3.99 per ten thousand: near numbers, other indicators and bases')
S.rel('growth', U, [F(W2, '3.15人'), F(W3, '3.40人')], 'cross-document: doctors per thousand 3.15 (2022) → 3.40 (2023): no rate stated; population change not stated')
S.rel('restatement', C, [k_t, k_p], '2022 bulletin news: personal health spending “27%” in the headline, 27.0% in the body')
S.rel('growth', C, [k_p, k_p1], 'personal share 27.0% (2022) “仍在下降” from 27.7% (2021): 27.0 < 27.7')
S.rel('share', U, [F(W2, '84846.7億元'), F(W2, '7.0%', pre='比重為')], 'total health spending 84846.7億 = 7.0% of GDP: GDP is not stated')
S.rel('growth', U, [w_h, F(W3, '38355個'), F(W3, '1379個')], 'cross-document: hospitals 23170 (2012) and 38355 (2023, +1379 on 2022): other years; no rate stated')

# ---- 国家邮政局: 2023 estimates and 2024 forecasts (Jan 2024), 2023 express (Jan 2024), Jan–Oct 2024, 2024 results (Jan 2025)
f_j = F(YF, '1620亿件'); f_j4 = F(YF, '1715亿件'); f_g6 = F(YF, '6%左右'); f_k = F(YF, '1320亿件'); f_k4 = F(YF, '1425亿件'); f_g8 = F(YF, '8%左右')
f_r = F(YF, '1.5万亿元'); f_r4 = F(YF, '1.6万亿元')
gr_f2 = [f_k4, f_k, f_g8]
S.rel('growth', C, [f_j4, f_j, f_g6], '2024 forecast 1715 / 2023 estimate 1620亿件 = +5.9%: “增速6%左右”')
S.rel('growth', C, gr_f2, '2024 express forecast 1425 / 2023 estimate 1320亿件 = +8.0%: “增速8%左右”')
S.rel('growth', C, [f_r4, f_r, f_g6], 'revenue 1.6 / 1.5万亿 = +6.7%, within the rounding of the inputs (1.55–1.65 over 1.45–1.55): “6%左右”')
x_k = F(Y3, '1320.7亿件'); x_p = [F(Y3, '136.4亿件'), F(Y3, '1153.6亿件'), F(Y3, '30.7亿件')]; x_s = [F(Y3, '75.2%'), F(Y3, '16.7%'), F(Y3, '8.1%')]
sum_x1 = x_p + [x_k]
S.rel('sum', C, sum_x1, '2023 express: intra-city 136.4 + inter-city 1153.6 + international 30.7 = 1320.7亿件')
S.rel('sum', C, x_s, '2023 regional shares 75.2 + 16.7 + 8.1 = 100')
S.rel('sum', C, [F(Y3, '1.6个百分点'), F(Y3, '1个百分点'), F(Y3, '0.6个百分点')], 'share changes −1.6 + 1 + 0.6 = 0 (shares sum to 100 in both years)')
S.rel('restatement', U, [f_k, x_k], 'cross-document: 2023 express “预计…1320亿件” (Jan 9, an estimate rounded to tens) and the final 1320.7亿件 (Jan 22): estimate vs final; not a restatement')
S.rel('growth', U, [F(YF, '19.5%'), F(Y3, '19.4%')], 'cross-document: estimated growth 19.5% and final 19.4%: estimate vs final')
S.rel('restatement', U, [F(Y3, '19.5%'), F(YF, '19.5%')], 'cross-document: money orders −19.5% (2023) and express +19.5% (estimate): same number, other indicator')
m_k = F(YM, '1400.8亿件'); m_p = [F(YM, '127.6亿件'), F(YM, '1242.8亿件'), F(YM, '30.4亿件')]; m_s1 = F(YM, '9.1%'); m_s2 = F(YM, '88.7%')
m_r = [F(YM, '74.7%'), F(YM, '15.0%'), F(YM, '10.3%')]
sum_m1 = m_p + [m_k]; sh_m1 = [m_p[0], m_k, m_s1]
S.rel('sum', C, sum_m1, 'Jan–Oct 2024 express: 127.6 + 1242.8 + 30.4 = 1400.8亿件')
S.rel('share', C, sh_m1, 'intra-city 127.6 / 1400.8 = 9.11% → 9.1%')
S.rel('share', C, [m_p[1], m_k, m_s2], 'inter-city 1242.8 / 1400.8 = 88.72% → 88.7%')
S.rel('sum', C, [F(YM, '72.6%'), F(YM, '18.6%'), F(YM, '8.8%')], 'regional volume shares 72.6 + 18.6 + 8.8 = 100')
S.rel('sum', C, m_r, 'regional revenue shares 74.7 + 15.0 + 10.3 = 100')
S.rel('sum', C, [F(YM, '2.1个百分点'), F(YM, '1.2个百分点', n=1), F(YM, '0.9个百分点')], 'volume-share changes −2.1 + 1.2 + 0.9 = 0')
S.rel('sum', U, [F(YM, '1555.0亿件'), m_k], 'all postal items 1555.0 “其中” express 1400.8: a part; the rest (letters, parcels) is not stated')
S.rel('sum', U, [F(YM, '178.4亿件'), F(YM, '163.1亿件')], 'October items 178.4 “其中” express 163.1: a part')
S.rel('growth', U, [F(YM, '22.3%'), F(YM, '24.0%')], 'express +22.3% (Jan–Oct) and +24.0% (October): other periods; no relation')
S.rel('target', CT, [f_g8, F(YM, '22.3%')], 'cross-document: 2024 express forecast growth “8%左右” against +22.3% for Jan–Oct: the year is not over; cannot tell')
z_j = F(Y4, '1930亿件'); z_k = F(Y4, '1745亿件'); z_r = F(Y4, '1.7万亿元'); z_g = F(Y4, '19%'); z_1700 = F(Y4, '1700亿件', pre='突破')
rs_z = [z_1700, z_k]; gr_z = [f_j, z_j, z_g]
S.rel('restatement', C, rs_z, '2024 express “突破1700亿件” restated as 1745亿件 (> 1700)')
S.rel('growth', C, gr_z, 'cross-document: 1620 (2023 estimate) → 1930亿件 = +19.1% (and 1930 / 1624.8 final = +18.8%): “增长19%”')
S.rel('growth', U, [x_k, z_k, F(Y4, '21%')], 'cross-document: 1320.7 (2023) → 1745 is +32.1%, not 21%: the 2024 count is on a new scope (the Jan–Oct release’s 注1, “按可比口径计算”); the comparable 2023 base (about 1442) is not stated: no check')
S.rel('target', M, [f_j4, z_j], 'cross-document: 2024 forecast (target) 1715亿件 of postal items; result 1930: met')
S.rel('target', M, [f_k4, z_k], 'cross-document: 2024 express forecast 1425亿件; result 1745: met')
S.rel('target', M, [f_r4, z_r], 'cross-document: 2024 postal revenue forecast 1.6万亿; result 1.7万亿: met')
S.rel('target', M, [f_g8, F(Y4, '21%')], 'cross-document: 2024 express growth “8%左右”; result +21%: met')
S.rel('target', U, [F(Y4, '1900亿件'), z_k], '2025 express forecast 1900亿件 against the 2024 result 1745: other year; unrelated')
S.rel('restatement', U, [F(YM, '1.4万亿元'), F(Y4, '1.4万亿元')], 'cross-document: postal revenue Jan–Oct 2024 1.4万亿 and express revenue 2024 1.4万亿: same number, other indicator and period')
S.rel('restatement', U, [F(Y4, '25%'), F(YM, '25.5%')], 'cross-document: international express growth 25% (2024) and 25.5% (Jan–Oct): other periods')
S.rel('restatement', U, [f_g6, F(Y4, '6%左右')], 'cross-document: 2024 forecast growth “6%左右” and 2025 forecast revenue growth “6%左右”: same number, other year')
S.rel('growth', U, [f_j, F(YF, '16.5%')], '2023 estimate 1620亿件 +16.5%: the 2022 level is not stated')

# ---- 水利部 2022
s_t0 = F(SH, '4449亿元', n=0); s_t1 = F(SH, '4449亿元', n=1); s_g = F(SH, '8000亿元'); l_y = F(SL, '10893亿元')
sum_s = [F(SH, '1313亿元'), F(SH, '1898亿元'), F(SH, '835亿元'), F(SH, '4046亿元')]; rs_s = [s_t0, s_t1]; rs_l = [F(SL, '1万亿元', pre='首次突破', post='关口'), l_y]
S.rel('sum', C, sum_s, 'H1 2022 by purpose: 1313 + 1898 + 835 = 4046亿 (the three named fields)')
S.rel('restatement', C, rs_s, 'H1 investment 4449亿 in the headline and the body')
S.rel('restatement', C, [F(SH, '59.5%', n=0), F(SH, '59.5%', n=1)], 'growth 59.5% in the headline and the body')
S.rel('sum', U, [F(SH, '1600亿元'), F(SH, '1392亿元')], 'special bonds 1600 and loans/social capital 1392 within the funds “落实” in H1: the total is not stated')
S.rel('growth', U, [F(SH, '1600亿元'), F(SH, '293%')], 'special bonds 1600 “同比增加293%”: the 2021 level (about 407) is not stated')
S.rel('target', CT, [s_g, s_t1], '2022 goal “超过8000亿元” against 4449 by June: the year is not over; cannot tell')
S.rel('target', M, [s_g, l_y], 'cross-document: 2022 goal “超过8000亿元”; result 10893亿: met')
S.rel('growth', U, [F(SH, '59.5%', n=1), F(SL, '44%')], 'cross-document: H1 +59.5% and full-year +44%: other periods; no relation')
S.rel('growth', U, [s_t1, l_y], 'cross-document: 4449 (H1) and 10893 (year): the second half is not stated; nothing to check')
S.rel('restatement', C, rs_l, '2022 investment “首次突破1万亿元” restated as 10893亿 (> 10000)')
S.rel('growth', U, [l_y, F(SL, '44%')], '10893亿 +44%: the 2021 level (about 7565) is not stated')
S.rel('sum', U, [F(SL, '47项', n=1), F(SL, '34项'), F(SL, '20项')], '47 major projects started, 34 basically completed, 20 accepted: other sets of projects; no split')
S.rel('target', U, [s_g, F(SL, '4577亿元', n=1)], 'cross-document: the 8000亿 goal (investment completed) against 4577亿, the investment scale of new major projects: other indicator; unrelated')

# ---- 民航 2020 (bulletin news) and H1 2021 (traditional)
a_r = F(M0, '63.3%'); b_r = F(M1, '76.2%'); b_p = F(M1, '12.9個百分點'); gr_a = [b_r, b_p, a_r]
rs_b1 = [F(M1, '2.45億人次', n=0), F(M1, '2.45億人次', n=1)]; rs_b2 = [F(M1, '66.4%', n=0), F(M1, '66.4%', n=1)]
S.rel('growth', C, gr_a, 'cross-document: H1 2021 passengers at 76.2% of 2019, “較2020年全年提升12.9個百分點”: 76.2 − 12.9 = 63.3, the 2020 bulletin’s 63.3%')
S.rel('restatement', C, rs_b1, 'H1 2021 passengers 2.45億 in the headline and the body')
S.rel('restatement', C, rs_b2, 'growth 66.4% in the headline and the body')
S.rel('rate', U, [F(M0, '89.8%'), F(M0, '88.7%'), F(M0, '92.2%')], 'cargo recovery 89.8% from domestic 88.7% and international 92.2%: the 2019 split is not stated (89.8 lies between them)')
S.rel('share', U, [F(M0, '4.18亿人次', n=1), a_r], '4.18亿 = 63.3% of 2019: the 2019 level is not stated in the set')
S.rel('growth', U, [F(M1, '74.1%'), F(M1, '12.4個百分點'), F(M0, '798.51亿吨公里')], 'cross-document: turnover recovery 74.1 − 12.4 = 61.7% for 2020, and the 2020 turnover 798.51亿吨公里: the 2019 level is not stated; nothing to check')
S.rel('sum', U, [F(M0, '798.51亿吨公里'), F(M0, '240.2亿吨公里'), F(M0, '6311.28亿人公里')], 'total turnover 798.51亿吨公里 with cargo 240.2 and passengers 6311.28亿人公里: the passenger conversion factor is not stated; no sum')
S.rel('growth', U, [F(M1, '66.4%', n=1), b_r], 'H1 2021 +66.4% on H1 2020 and 76.2% of H1 2019: the H1 2020 recovery (about 45.8%) is not stated')

# ---- 财政部 June 1999 report: Jan–May 1999
c_t = F(CZ, '5012.93亿元'); c_ti = F(CZ, '855.08亿元'); c_c = F(CZ, '2700.87亿元'); c_ci = F(CZ, '525.01亿元'); c_l = F(CZ, '2312.06亿元'); c_li = F(CZ, '330.07亿元')
c_cg = F(CZ, '24.1%'); c_lg = F(CZ, '16.7%')
sum_c2 = [c_ci, c_li, c_ti]; gr_c2 = [c_c, c_ci, c_cg]; gr_c3 = [c_l, c_li, c_lg]; sum_c1 = [c_c, c_l, c_t]
S.rel('sum', C, sum_c1, 'Jan–May 1999 revenue: central 2700.87 + local 2312.06 = 5012.93亿')
S.rel('sum', C, sum_c2, 'increases: 525.01 + 330.07 = 855.08亿')
S.rel('growth', C, [c_t, c_ti, F(CZ, '20.6%')], '855.08 / (5012.93 − 855.08) = 20.57% → 20.6%')
S.rel('growth', C, gr_c2, 'central 525.01 / (2700.87 − 525.01) = 24.13% → 24.1%')
S.rel('growth', C, gr_c3, 'local 330.07 / (2312.06 − 330.07) = 16.65% → 16.7%')
S.rel('target', CT, [F(CZ, '40.6%'), c_t], 'revenue 5012.93 = 40.6% of the annual budget by May: the year is not over; cannot tell')
S.rel('restatement', U, [F(CZ, '3个多月'), F(CZ, '3到5个月')], '“提前了3个多月” (control figures) and “提前了3到5个月” (approval): other steps; no relation')

# ---- 1956 决算 (李先念, 1957) and the 1957 plan report (薄一波, 1957)
g_bc = F(JS, '13,986,000,000元'); h_111 = F(JH, '111亿元', n=0); h_r = F(JH, '79.4%'); gr_g = [h_111, h_r, g_bc]
S.rel('target', M, [F(JS, '102.34%')], '1956 defence spending 102.34% of the budget: met (≥ 100; convention for plan-completion figures)')
S.rel('target', M, [F(JS, '110.32%')], 'administration spending 110.32% of the budget: met')
S.rel('target', MS, [F(JS, '96.3%')], 'debt spending 96.3% of the budget: missed (the report itself says these items “没有用完预算”)')
S.rel('target', MS, [F(JS, '67.28%')], 'other spending 67.28% of the budget: missed')
S.rel('growth', C, gr_g, 'cross-document: the 1957 basic-construction plan 111亿 “为上年的79.4%”; the 1956 决算 gives 13,986,000,000元 = 139.86亿: 111 / 139.86 = 79.37% → 79.4%')
S.rel('share', U, [g_bc, F(JS, '45.74%')], 'basic construction 13,986,000,000元 = 45.74% of total 1956 spending: the total is not in the excerpt')
S.rel('growth', U, [g_bc, F(JS, '62%')], 'basic construction +62%: the 1955 level is not stated')
S.rel('growth', U, [F(JS, '6,116,569,000元'), F(JS, '5.9%')], 'defence 6,116,569,000元, “减少5.9%”: the 1955 level is not stated')
S.rel('growth', U, [F(JS, '721,890,000元'), F(JS, '10.08%')], 'debt spending 721,890,000元, +10.08%: the 1955 level is not stated')
S.rel('restatement', C, [h_111, F(JH, '111亿元', n=1)], 'the 1957 basic-construction plan 111亿 in the first and second mentions')
S.rel('growth', U, [h_111, F(JH, '14亿元')], '111亿 exceeds the five-year plan’s 1957 figure by 14亿: that figure (97亿) is not stated')
S.rel('growth', U, [F(JH, '14亿元'), F(JH, '49.78亿元')], 'excess over the plan’s 1957 figure (14亿) and over its five-year total (49.78亿): other bases, neither stated; no relation')
S.rel('growth', C, [F(JH, '22.4%'), F(JH, '20%摆布')], 'non-productive share “由1956年的22.4%,下降为1957年的20%摆布”: 20 < 22.4')
S.rel('target', U, [h_111, g_bc], 'cross-document: the 1957 plan 111亿 against the 1956 result 139.86亿: other year; unrelated')

# ---- 1969 output (history text)
y_t = F(GY, '2613亿元'); y_a = F(GY, '948亿元'); y_i = F(GY, '1665亿元'); sum_y = [y_a, y_i, y_t]
S.rel('sum', C, sum_y, '1969: agriculture 948 + industry 1665 = gross output 2613亿')
S.rel('rate', U, [F(GY, '23.8%'), F(GY, '1.1%'), F(GY, '34.3%')], 'gross output +23.8% from agriculture +1.1% and industry +34.3%: the rates are at comparable prices, whose 1968 weights are not stated (rebuilding from the stated levels gives 20.0%): no check')
S.rel('rate', U, [F(GY, '7.2%'), F(GY, '9.9%')], '+7.2% on 1966 from agriculture “与1966年持平” and industry +9.9%: the 1966 weights are not stated')

# ---- further cross-document traps
S.rel('target', U, [F(CZ, '40.6%'), F(JS, '96.3%')], 'cross-document: revenue at 40.6% of the 1999 budget by May and 1956 debt spending at 96.3% of its budget: other year and item; unrelated')

S.rel('restatement', U, [F(M0, '88.7%'), F(YM, '88.7%')], 'cross-document: domestic cargo at 88.7% of 2019 (2020) and inter-city express at 88.7% of all express (Jan–Oct 2024): same number, other indicator')
S.rel('restatement', U, [F(Y3, '16.7%'), F(CZ, '16.7%')], 'cross-document: central region’s express share 16.7% (2023) and local revenue growth 16.7% (Jan–May 1999): same number, other indicator')
S.rel('target', CT, [f_r4, F(YM, '1.4万亿元')], 'cross-document: 2024 postal revenue forecast 1.6万亿 against 1.4万亿 for Jan–Oct: the year is not over; cannot tell')
S.rel('growth', U, [F(WS, '37097个'), F(W3, '33753個')], 'cross-document: township hospitals 37097 (2012) and 33753 (2023): other years; no rate stated')

# ======== altered copies
a = ALT(JT, 1, j_roads[5], '208.22万公里', 'village roads 206.22 → 208.22')
S.rel('sum', I, R(a, sum_j1, j_roads[5], '208.22万公里'), 'altered: 17.34 + 31.21 + 53.95 + 107.67 + 7.37 + 208.22 = 425.76, not 423.75 (breaks {B})')
a = ALT(JT, 2, j_grs, '86.2%', 'graded-road share 85.2% → 86.2%')
S.rel('share', I, R(a, sh_j1, j_grs, '86.2%'), 'altered: 360.96 / 423.75 = 85.2%, not 86.2% (breaks {B})')
S.rel('growth', I, R(a, gr_j1, j_grs, '86.2%'), 'altered: last year 84.1%, so 86.2 would be +2.1 points, not “提高1.1个百分点” (breaks {B})')
a = ALT(JT, 3, j_spd, '0.38万公里', 'simply paved decrease 0.88 → 0.38')
S.rel('sum', I, R(a, sum_j3, j_spd, '0.38万公里'), 'altered: +19.17 − 0.38 = +18.79, not +18.29 (breaks {B})')
a = ALT(WS, 1, w_pub, '9736个', 'private hospitals 9786 → 9736')
S.rel('sum', I, R(a, sum_w1, w_pub, '9736个'), 'altered: 13384 + 9736 = 23120, not 23170 (breaks {B})')
a = ALT(WS, 2, w_l2, '6556个', 'grade-2 hospitals 6566 → 6556')
S.rel('sum', I, R(a, sum_w2, w_l2, '6556个'), 'altered: 1624 + 6556 + 5962 + 9018 = 23160, not 23170 (breaks {B})')
a = ALT(W3, 1, h_ni, '37367個', 'institutions’ increase 37867 → 37367')
S.rel('growth', I, R(a, gr_h1, h_ni, '37367個'), 'altered: 1070785 − 37367 = 1033418 (103.34萬), not “近103.3萬” (breaks {B})')
a = ALT(W3, 2, h_bi, '47.4萬張', 'beds’ increase 42.4 → 47.4萬')
S.rel('growth', I, R(a, gr_h2, h_bi, '47.4萬張'), 'altered: 1017.4 − 47.4 = 970.0萬, not the 2022 975.0萬 (breaks {B})')
a = ALT(W2, 1, k_b, '979.0萬張', '2022 beds 975.0 → 979.0萬')
S.rel('growth', I, R(a, gr_h2, k_b, '979.0萬張'), 'altered: 1017.4 − 42.4 = 975.0萬, not 979.0萬 (breaks {B})')
a = ALT(W2, 2, k_p, '28.0%', 'personal share (body) 27.0% → 28.0%')
S.rel('restatement', I, R(a, [k_t, k_p], k_p, '28.0%'), 'altered: headline 27%, body 28.0% (breaks {B})')
S.rel('growth', I, R(a, [k_p, k_p1], k_p, '28.0%'), 'altered: 28.0% is above 27.7%, not “仍在下降” (breaks {B})')
a = ALT(YF, 1, f_k4, '1485亿件', '2024 express forecast 1425 → 1485')
S.rel('growth', I, R(a, gr_f2, f_k4, '1485亿件'), 'altered: 1485 / 1320 = +12.5%, not “8%左右” (breaks {B})')
a = ALT(Y3, 1, x_p[1], '1158.6亿件', 'inter-city express 1153.6 → 1158.6')
S.rel('sum', I, R(a, sum_x1, x_p[1], '1158.6亿件'), 'altered: 136.4 + 1158.6 + 30.7 = 1325.7, not 1320.7 (breaks {B})')
a = ALT(Y3, 2, x_s[1], '15.7%', 'central share 16.7% → 15.7%')
S.rel('sum', I, R(a, x_s, x_s[1], '15.7%'), 'altered: 75.2 + 15.7 + 8.1 = 99.0, not 100 (breaks {B})')
a = ALT(YM, 1, m_p[0], '121.6亿件', 'intra-city express 127.6 → 121.6')
S.rel('sum', I, R(a, sum_m1, m_p[0], '121.6亿件'), 'altered: 121.6 + 1242.8 + 30.4 = 1394.8, not 1400.8 (breaks {B})')
S.rel('share', I, R(a, sh_m1, m_p[0], '121.6亿件'), 'altered: 121.6 / 1400.8 = 8.7%, not 9.1% (breaks {B})')
a = ALT(YM, 2, m_r[0], '74.2%', 'eastern revenue share 74.7% → 74.2%')
S.rel('sum', I, R(a, m_r, m_r[0], '74.2%'), 'altered: 74.2 + 15.0 + 10.3 = 99.5, not 100 (breaks {B})')
a = ALT(Y4, 1, z_j, '1950亿件', '2024 postal items 1930 → 1950')
S.rel('growth', I, R(a, gr_z, z_j, '1950亿件'), 'altered: 1950 / 1620 = +20.4% (1950 / 1624.8 = +20.0%), not “增长19%” (breaks {B})')
a = ALT(Y4, 2, z_k, '1695亿件', '2024 express 1745 → 1695')
S.rel('restatement', I, R(a, rs_z, z_k, '1695亿件'), 'altered: 1695 is not “突破1700亿件” (breaks {B})')
a = ALT(SH, 1, sum_s[2], '885亿元', 'ecology investment 835 → 885')
S.rel('sum', I, R(a, sum_s, sum_s[2], '885亿元'), 'altered: 1313 + 1898 + 885 = 4096, not 4046 (breaks {B})')
a = ALT(SH, 2, s_t1, '4419亿元', 'H1 investment in the body 4449 → 4419')
S.rel('restatement', I, R(a, rs_s, s_t1, '4419亿元'), 'altered: 4449亿 in the headline, 4419亿 in the body (breaks {B})')
a = ALT(SL, 1, rs_l[0], '2万亿元', 'milestone in the lead “首次突破1万亿元” → “首次突破2万亿元”')
S.rel('restatement', I, R(a, rs_l, rs_l[0], '2万亿元'), 'altered: 10893亿 is not “首次突破2万亿元” (breaks {B})')
a = ALT(M0, 1, a_r, '65.3%', '2020 passengers’ recovery 63.3% → 65.3%')
S.rel('growth', I, R(a, gr_a, a_r, '65.3%'), 'altered: 76.2 − 12.9 = 63.3, not the 65.3% of this copy (breaks {B})')
a = ALT(M1, 1, b_p, '13.9個百分點', 'gain over 2020 12.9 → 13.9 points')
S.rel('growth', I, R(a, gr_a, b_p, '13.9個百分點'), 'altered: 76.2 − 13.9 = 62.3, not the 2020 bulletin’s 63.3% (breaks {B})')
a = ALT(M1, 2, rs_b2[0], '68.4%', 'headline growth 66.4% → 68.4%')
S.rel('restatement', I, R(a, rs_b2, rs_b2[0], '68.4%'), 'altered: headline +68.4%, body +66.4% (breaks {B})')
a = ALT(CZ, 1, c_li, '380.07亿元', 'local increase 330.07 → 380.07')
S.rel('sum', I, R(a, sum_c2, c_li, '380.07亿元'), 'altered: 525.01 + 380.07 = 905.08, not 855.08 (breaks {B})')
S.rel('growth', I, R(a, gr_c3, c_li, '380.07亿元'), 'altered: 380.07 / (2312.06 − 380.07) = 19.7%, not 16.7% (breaks {B})')
a = ALT(CZ, 2, c_cg, '21.1%', 'central growth 24.1% → 21.1%')
S.rel('growth', I, R(a, gr_c2, c_cg, '21.1%'), 'altered: 525.01 / 2175.86 = 24.1%, not 21.1% (breaks {B})')
a = ALT(JS, 1, g_bc, '13,186,000,000元', '1956 basic construction 13,986,000,000 → 13,186,000,000元')
S.rel('growth', I, R(a, gr_g, g_bc, '13,186,000,000元'), 'altered: 111 / 131.86 = 84.2%, not the 79.4% of the 1957 plan report (breaks {B})')
a = ALT(JH, 1, h_r, '76.4%', '“为上年的” 79.4% → 76.4%')
S.rel('growth', I, R(a, gr_g, h_r, '76.4%'), 'altered: 111 / 139.86 = 79.4%, not 76.4% (breaks {B})')
a = ALT(GY, 1, y_a, '918亿元', 'agriculture 948 → 918')
S.rel('sum', I, R(a, sum_y, y_a, '918亿元'), 'altered: 918 + 1665 = 2583, not 2613 (breaks {B})')
a = ALT(GY, 2, y_i, '1625亿元', 'industry 1665 → 1625')
S.rel('sum', I, R(a, sum_y, y_i, '1625亿元'), 'altered: 948 + 1625 = 2573, not 2613 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout111. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout111.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout111'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

def RX(a, src, figs, old, new):
    """as R, for a relation across documents: only the figures of the altered source move to the copy"""
    return [(on(a, f, new) if f == old else on(a, f)) if f[0] == src else f for f in figs]

YY7='yy_2017.txt'; YY8='yy_2018_hant.txt'; QZ='qz_2019_hant.txt'; PY='py_2022ys.txt'; H18='hn_2018xm.txt'; H20='hn_2020xm.txt'
H226='hn_2022xm6.txt'; H22='hn_2022xm.txt'; HK='hk_2016h1xm.txt'; GY='hn_2024h1gy.txt'; DJ='dj_2019bg.txt';
GX='gx_2023h1cz.txt'; ZJ='zj_2022bg.txt'

# ---- 农业农村部渔业渔政管理局: 2017 national fishery statistical communiqué (simplified)
a_tot = F(YY7, '24761.22亿元'); a_p = [F(YY7, '12313.85亿元'), F(YY7, '5666.62亿元'), F(YY7, '6780.76亿元')]
a_r = [F(YY7, '49.7'), F(YY7, '22.9'), F(YY7, '27.4')]
a_v = [F(YY7, x) for x in ('1987.65亿元', '3307.40亿元', '461.75亿元', '5876.25亿元', '680.80亿元')]
a_sf = [F(YY7, '45.5'), F(YY7, '54.5')]; a_cf = [F(YY7, '78.9'), F(YY7, '21.1')]
a_inc = F(YY7, '18452.78元'); a_d = F(YY7, '1548.58元'); a_g = F(YY7, '9.16%')
a_q = F(YY7, '6445.33万吨'); a_qg = F(YY7, '1.03%'); a_aq = F(YY7, '4905.99万吨'); a_aqg = F(YY7, '2.35%'); a_cq = F(YY7, '1539.34万吨'); a_cqg = F(YY7, '2.96%')
a_qr = [F(YY7, '76.1'), F(YY7, '23.9')]; a_ly = F(YY7, '764.41亿元'); a_lyg = F(YY7, '15.03%')
sum_a1 = a_p + [a_tot]; sum_a2 = a_v + [a_p[0]]; sh_a1 = a_p + [a_tot] + a_r; sh_a2 = a_v + a_sf; sh_a3 = a_v + a_cf
gr_a = [a_inc, a_d, a_g]; sum_a3 = [a_aq, a_cq, a_q]; sh_a4 = [a_aq, a_cq, a_q] + a_qr; rate_a = [a_aq, a_aqg, a_cq, a_cqg, a_q, a_qg]
S.rel('sum', C, sum_a1, 'gross output: 渔业 12313.85 + 工业和建筑业 5666.62 + 流通和服务业 6780.76 = 24761.23 ≈ 24761.22亿 (inside the inputs’ half-unit allowance ±0.015)')
S.rel('sum', C, sum_a2, '渔业产值: 海洋捕捞 1987.65 + 海水养殖 3307.40 + 淡水捕捞 461.75 + 淡水养殖 5876.25 + 苗种 680.80 = 12313.85')
S.rel('share', C, sh_a1, 'three-sector ratio: 12313.85/24761.22 = 49.73, 5666.62/… = 22.89, 6780.76/… = 27.38 → 49.7:22.9:27.4')
S.rel('share', C, sh_a2, '海水:淡水 without seedlings: (1987.65 + 3307.40)/(12313.85 − 680.80) = 5295.05/11633.05 = 45.52 → 45.5:54.5')
S.rel('share', C, sh_a3, '养殖:捕捞 without seedlings: (3307.40 + 5876.25)/11633.05 = 78.94 → 78.9:21.1')
S.rel('growth', C, gr_a, 'fishers’ net income 18452.78, +1548.58 on 16904.20 = +9.16%')
S.rel('sum', C, sum_a3, 'output: 养殖 4905.99 + 捕捞 1539.34 = 6445.33万吨')
S.rel('share', C, sh_a4, '养殖:捕捞 output 4905.99/6445.33 = 76.12 → 76.1:23.9')
S.rel('rate', C, rate_a, 'total output growth from the parts: last year = 4905.99/1.0235 + 1539.34/0.9704 = 6379.64 → 6445.33/6379.64 = +1.03%')
S.rel('share', U, [a_ly, a_p[2]], '休闲渔业 764.41 inside 流通和服务业 6780.76 (11.3%): no share is stated, and the “其中” may refer to the whole 24761.22')
S.rel('restatement', U, [a_qr[0], a_cf[0]], '养殖:捕捞 76.1:23.9 (by output, tonnes) vs 78.9:21.1 (by value, without seedlings): same words, other bases')
a = ALT(YY7, 1, a_v[3], '5826.25亿元', '淡水养殖产值 5876.25 → 5826.25')
S.rel('sum', I, R(a, sum_a2, a_v[3], '5826.25亿元'), 'altered: the five parts add to 12263.85, not 12313.85 (breaks {B})')
S.rel('share', I, R(a, sh_a2, a_v[3], '5826.25亿元'), 'altered: without seedlings the five parts give 11583.05, so 海水 = 5295.05/11583.05 = 45.71 → 45.7, not 45.5 (breaks {B})')
a = ALT(YY7, 2, a_d, '1458.58元', 'income increase 1548.58 → 1458.58')
S.rel('growth', I, R(a, gr_a, a_d, '1458.58元'), 'altered: 1458.58 on 16994.20 is +8.58%, not 9.16% (breaks {B})')

# ---- 2018 communiqué (traditional, pinyin glosses kept) and cross-document relations with 2017
b_tot = F(YY8, '25864.47億元'); b_p = [F(YY8, '12815.41億元'), F(YY8, '5675.09億元'), F(YY8, '7373.97億元')]
b_r = [F(YY8, '49.6'), F(YY8, '21.9'), F(YY8, '28.5')]
b_v = [F(YY8, x) for x in ('2228.76億元', '3572.00億元', '465.77億元', '5884.27億元', '664.62億元')]
b_sf = [F(YY8, '47.7'), F(YY8, '52.2')]; b_ly = F(YY8, '902.25億元'); b_lyg = F(YY8, '18.03%')
b_aq = F(YY8, '4991.06萬(wàn)噸'); b_aqg = F(YY8, '1.73%'); b_cq = F(YY8, '1466.60萬(wàn)噸'); b_cqg = F(YY8, '4.73%')
sum_b1 = b_p + [b_tot]; sum_b2 = b_v + [b_p[0]]
S.rel('sum', C, sum_b1, 'gross output: 12815.41 + 5675.09 + 7373.97 = 25864.47億')
S.rel('sum', C, sum_b2, '漁業產值: 2228.76 + 3572.00 + 465.77 + 5884.27 + 664.62 = 12815.42 ≈ 12815.41 (inside the allowance ±0.025)')
S.rel('share', C, b_p[1:] + [b_tot] + b_r[1:], '工業和建築業 5675.09/25864.47 = 21.94 → 21.9; 流通和服務業 7373.97/25864.47 = 28.51 → 28.5')
S.rel('share', I, [b_p[0], b_tot, b_r[0]], 'REAL ERROR (rounding) in the original: 漁業產值 12815.41/25864.47 = 49.548 → 49.5, the text says 49.6 (the three were forced to add to 100; judgement call)')
S.rel('share', C, b_v[:2] + [b_v[4], b_p[0], b_sf[0]], '海水 without seedlings: (2228.76 + 3572.00)/(12815.41 − 664.62) = 5800.76/12150.79 = 47.74 → 47.7')
S.rel('share', I, b_v[2:4] + [b_v[4], b_p[0], b_sf[1]], 'REAL ERROR in the original: 淡水 without seedlings (465.77 + 5884.27)/12150.79 = 52.26 → 52.3, the text says 52.2 (47.7 + 52.2 = 99.9)')
gx_b1 = [a_aq, b_aq, b_aqg]; gx_b2 = [a_cq, b_cq, b_cqg]; gx_b3 = [a_ly, b_ly, b_lyg]
S.rel('growth', C, gx_b1, 'cross-document: 2018 養殖產量 4991.06 / 2017 4905.99 = +1.73%')
S.rel('growth', C, gx_b2, 'cross-document: 2018 捕撈產量 1466.60 / 2017 1539.34 = −4.725% → 降低4.73%')
S.rel('growth', C, gx_b3, 'cross-document: 2018 休閒漁業產值 902.25 / 2017 764.41 = +18.03%')
S.rel('share', U, [b_ly, b_p[2]], '休閒漁業 902.25 inside 流通和服務業 7373.97 (12.2%): no share is stated')
S.rel('growth', U, [F(YY8, '7189.52千公頃'), F(YY8, '3.48%')], 'aquaculture area 7189.52千公頃, −3.48%: the 2017 area is not in the 2017 passage (unstated base)')
S.rel('growth', U, [a_lyg, b_lyg], '休閒漁業 +15.03% (2017) and +18.03% (2018): other periods; the two rates say nothing about each other')
S.rel('growth', U, [a_p[0], b_p[0]], '漁業產值 12313.85 (2017) → 12815.41 (2018) is +4.07% nominal; no rate is stated, and the 2018 note says the value follows the NBS annual report (revised 口径 possible)')
a = ALT(YY8, 1, b_aq, '4997.06萬(wàn)噸', '2018 養殖產量 4991.06 → 4997.06')
S.rel('growth', I, RX(a, YY8, gx_b1, b_aq, '4997.06萬(wàn)噸'), 'altered: 4997.06/4905.99 = +1.86%, not 1.73% (breaks {B})')
a = ALT(YY8, 2, b_p[2], '7337.97億元', '流通和服務業產值 7373.97 → 7337.97')
S.rel('sum', I, R(a, sum_b1, b_p[2], '7337.97億元'), 'altered: the three sectors add to 25828.47, not 25864.47 (breaks {B})')
S.rel('share', I, R(a, b_p[1:] + [b_tot] + b_r[1:], b_p[2], '7337.97億元'), 'altered: 7337.97/25864.47 = 28.37 → 28.4, not 28.5 (breaks {B})')

# ---- 泉州 (福建) 2019 statistical bulletin (traditional)
q_g = F(QZ, '9946.66億元'); q_gg = F(QZ, '8.0%'); q_p = [F(QZ, '218.61億元'), F(QZ, '5855.27億元'), F(QZ, '3872.78億元')]
q_c = [F(QZ, '0.7%'), F(QZ, '63.0%'), F(QZ, '36.3%')]; q_l = [F(QZ, '0.1個'), F(QZ, '5.0個'), F(QZ, '2.9個')]
q_r = [F(QZ, '2.2'), F(QZ, '58.9'), F(QZ, '38.9')]
sum_q1 = q_p + [q_g]; sh_q = q_p + [q_g] + q_r
S.rel('sum', C, sum_q1, 'GDP: 218.61 + 5855.27 + 3872.78 = 9946.66億')
S.rel('share', C, sh_q, 'structure: 2.20 : 58.87 : 38.94 → 2.2:58.9:38.9')
S.rel('sum', C, q_c, 'contribution rates 0.7 + 63.0 + 36.3 = 100')
S.rel('sum', C, q_l + [q_gg], 'pulls 0.1 + 5.0 + 2.9 = 8.0 = GDP growth 8.0%')
S.rel('growth', C, q_c + q_l + [q_gg], 'pull = growth × contribution: 8.0 × 0.7% = 0.06 → 0.1; × 63.0% = 5.04 → 5.0; × 36.3% = 2.90 → 2.9')
S.rel('share', U, [q_c[1], q_r[1]], 'secondary industry: contribution 63.0% vs share 58.9: a contribution to growth is not a share of the level')
S.rel('restatement', U, [F(QZ, '114067元'), F(QZ, '16535美元')], 'per-capita GDP 114067元 = 16535美元: the average exchange rate is not stated')
S.rel('share', U, [q_g, F(QZ, '874萬人'), F(QZ, '114067元')], 'GDP/year-end population = 9946.66億/874萬 = 113806, not 114067: per-capita GDP uses the average population (not stated; ≈872萬 fits)')
S.rel('growth', U, [q_gg, F(QZ, '7.4%')], 'per-capita GDP +7.4% vs GDP +8.0%: the previous year’s average population is not stated')
S.rel('sum', C, [F(QZ, '11.7‰'), F(QZ, '6.7‰'), F(QZ, '5.0‰')], 'natural growth = births − deaths: 11.7 − 6.7 = 5.0‰')
S.rel('rate', U, [F(QZ, '2.3%'), F(QZ, '3.4%'), F(QZ, '0.6%')], 'CPI +2.3% from goods +3.4% and services +0.6%: the weights are not stated')
S.rel('share', U, [F(QZ, '760.70萬人'), F(QZ, '874萬人')], '户籍人口 760.70萬 vs 常住人口 874萬: two population concepts, neither a part of the other')
S.rel('sum', U, [F(QZ, '12.57萬人'), F(QZ, '1390名'), F(QZ, '1.63萬人')], 'new urban jobs 12.57萬, 1390 re-employed, 1.63萬 transferred: overlapping programmes, not a split')
t_tot = F(QZ, '874', pre='常住人口\n'); t_u = F(QZ, '587.3'); t_r = F(QZ, '286.7'); t_m = F(QZ, '444.0'); t_f = F(QZ, '430.0')
t_a = [F(QZ, '176.5'), F(QZ, '617.1'), F(QZ, '80.4')]
t_us = F(QZ, '67.2', pre='587.3\n'); t_rs = F(QZ, '32.8'); t_ms = F(QZ, '50.8'); t_fs = F(QZ, '49.2')
t_as = [F(QZ, '20.2'), F(QZ, '70.6'), F(QZ, '9.2', pre='80.4\n')]
S.rel('sum', C, [t_u, t_r, t_tot], 'table 1: urban 587.3 + rural 286.7 = 874萬')
S.rel('sum', C, [t_m, t_f, t_tot], 'table 1: male 444.0 + female 430.0 = 874')
S.rel('sum', C, t_a + [t_tot], 'table 1: 0–14 176.5 + 15–64 617.1 + 65+ 80.4 = 874')
S.rel('share', C, [t_u, t_tot, t_us, t_r, t_rs], 'urban 587.3/874 = 67.20, rural 286.7/874 = 32.80')
S.rel('share', C, [t_m, t_tot, t_ms, t_f, t_fs], 'male 444.0/874 = 50.80, female 430.0/874 = 49.20')
S.rel('share', C, t_a + [t_tot] + t_as, 'age groups 176.5/874 = 20.19, 617.1/874 = 70.61, 80.4/874 = 9.20')
S.rel('restatement', C, [F(QZ, '9.2%'), t_as[2]], 'text “65歲及以上老年人口占9.2%” = table 9.2')
S.rel('restatement', C, [F(QZ, '67.2%'), t_us], 'text 城鎮化率 67.2% = table 67.2')
a = ALT(QZ, 1, q_p[1], '5858.27億元', '第二產業 5855.27 → 5858.27')
S.rel('sum', I, R(a, sum_q1, q_p[1], '5858.27億元'), 'altered: the three industries add to 9949.66, not 9946.66 (breaks {B})')
a = ALT(QZ, 2, t_u, '581.3', 'table urban population 587.3 → 581.3')
S.rel('sum', I, R(a, [t_u, t_r, t_tot], t_u, '581.3'), 'altered: 581.3 + 286.7 = 868, not 874 (breaks {B})')
S.rel('share', I, R(a, [t_u, t_tot, t_us, t_r, t_rs], t_u, '581.3'), 'altered: 581.3/874 = 66.51, not 67.2 (breaks {B})')

# ---- 番禺区 (广州, 广东) 2022 budget execution report (2023-02-09)
p_r = F(PY, '1,042,625万元'); p_rp = F(PY, '100.99%'); p_dec = F(PY, '34,086万元'); p_adj = F(PY, '0.67%')
p_t = F(PY, '720,801万元'); p_td = F(PY, '92,021万元'); p_tadj = F(PY, '6.07%'); p_n = F(PY, '321,824万元'); p_ni = F(PY, '57,935万元'); p_ng = F(PY, '21.95%')
p_o = [F(PY, x) for x in ('566,352万元', '16,105万元', '360,833万元', '71,020万元', '109,004万元')]; p_tot = F(PY, '2,165,939万元')
sum_p1 = [p_t, p_n, p_r]; sum_p2 = [p_r] + p_o + [p_tot]; gr_p = [p_n, p_ni, p_ng]; sum_p3 = [p_td, p_ni, p_dec]
S.rel('sum', C, sum_p1, 'revenue: tax 720,801 + non-tax 321,824 = 1,042,625万')
S.rel('sum', C, sum_p2, 'total revenue: 1,042,625 + 566,352 + 16,105 + 360,833 + 71,020 + 109,004 = 2,165,939万')
S.rel('growth', C, gr_p, 'non-tax 321,824, +57,935 on 263,889 = +21.95%')
S.rel('sum', C, sum_p3, 'net decrease = tax decrease − non-tax increase: 92,021 − 57,935 = 34,086万')
S.rel('target', M, [p_r, p_rp], '番禺 2022 general budget revenue 1,042,625万 = 100.99% of the annual budget: met')
S.rel('growth', U, [p_r, p_dec, p_adj], 'revenue −34,086 nominally (−3.2%) but “剔除留抵退税后同口径” +0.67%: the refunds are not stated, so the two cannot be reconciled')
S.rel('growth', U, [p_t, p_td, p_tadj], 'tax −92,021 on 812,822 is −11.3% nominal; the −6.07% is after removing VAT refunds (not stated)')
S.rel('rate', U, [p_tadj, p_ng, p_adj], 'adjusted total +0.67% from tax −6.07% (adjusted) and non-tax +21.95%: the adjusted tax base is not stated, so the total cannot be rebuilt')
a = ALT(PY, 1, p_t, '726,801万元', 'tax revenue 720,801 → 726,801')
S.rel('sum', I, R(a, sum_p1, p_t, '726,801万元'), 'altered: 726,801 + 321,824 = 1,048,625, not 1,042,625 (breaks {B})')
a = ALT(PY, 2, p_ni, '57,395万元', 'non-tax increase 57,935 → 57,395')
S.rel('growth', I, R(a, gr_p, p_ni, '57,395万元'), 'altered: 57,395 on 264,429 = +21.71%, not 21.95% (breaks {B})')
S.rel('sum', I, R(a, sum_p3, p_ni, '57,395万元'), 'altered: 92,021 − 57,395 = 34,626, not 34,086 (breaks {B})')

# ---- 海南 provincial key projects 2018 (海口日报 via 央广网, 2019-01-25)
h_d = F(H18, '666亿元'); h_dp = F(H18, '107%'); h_pl = F(H18, '624亿元'); h_hk = F(H18, '173亿元', n=2); h_hkp = F(H18, '114%')
sh_h1 = [h_d, h_pl, h_dp]; sh_h2 = [F(H18, '23个'), F(H18, '19个'), F(H18, '82%')]; sh_h3 = [F(H18, '41个'), F(H18, '32个'), F(H18, '78%')]
S.rel('share', C, sh_h1, '666/624 = 106.7% → “约占107%”')
S.rel('target', M, [h_d, h_pl], '海南 2018 key projects: 666亿 completed against the annual plan 624亿: met')
S.rel('share', I, sh_h2, 'REAL ERROR (truncation) in the original: 19/23 = 82.6% → 83%, the text says 82% (judgement call)')
S.rel('share', C, sh_h3, '32/41 = 78.05% → 78%')
S.rel('sum', U, [F(H18, '70个'), F(H18, '9个'), sh_h2[0], sh_h3[0]], '70 projects vs 9 finished + 23 new + 41 continuing = 73: the 9 are an outcome, not the completion category (its size is not stated)')
S.rel('share', U, [h_hk, h_hkp, h_d], '海口 173亿 = 114% of 海口’s own plan; 海口’s share of 666 is not stated')
S.rel('share', U, [F(H18, '6431亿元'), h_pl], 'total investment 6431亿 vs annual plan 624亿: other indicators, no ratio stated')
S.rel('target', M, [F(H18, '26.1亿元'), F(H18, '261%')], '观澜湖 project 26.1亿 = 261% of its annual plan: met')
S.rel('target', M, [F(H18, '4.8亿元'), F(H18, '199%')], '康宁 project 4.8亿 = 199% of its annual plan: met')
S.rel('target', M, [F(H18, '3.6亿元'), F(H18, '120%')], '桂林洋 park 3.6亿 = 120% of its annual plan: met')
a = ALT(H18, 1, h_d, '616亿元', 'completed investment 666 → 616')
S.rel('share', I, R(a, sh_h1, h_d, '616亿元'), 'altered: 616/624 = 98.7%, not 107% (breaks {B})')
S.rel('target', MS, R(a, [h_d, h_pl], h_d, '616亿元'), 'altered: 616亿 against the annual plan 624亿: missed (the text still says 超额完成; original relation {B})')
a = ALT(H18, 2, sh_h3[1], '33个', 'continuing projects on schedule 32 → 33')
S.rel('share', I, R(a, sh_h3, sh_h3[1], '33个'), 'altered: 33/41 = 80.5%, not 78% (breaks {B})')

# ---- 海南 provincial key projects 2020, progress to 10 May (news)
k_n = F(H20, '105个'); k_t = F(H20, '3772亿元'); k_y = F(H20, '677亿元')
k_sn = [F(H20, '22个'), F(H20, '63个'), F(H20, '20个', pre='新开工项目')]; k_st = [F(H20, '718亿元'), F(H20, '2515亿元'), F(H20, '539亿元')]
k_sy = [F(H20, '160亿元'), F(H20, '372亿元'), F(H20, '145亿元')]
k_cn = [F(H20, '34个'), F(H20, '6个'), F(H20, '26个'), F(H20, '11个', pre='生态环保项目'), F(H20, '28个')]; k_ct = [F(H20, x) for x in ('1461亿元', '64亿元', '429亿元', '134亿元', '1684亿元')]
k_cy = [F(H20, x) for x in ('233亿元', '12亿元', '119亿元', '28亿元', '285亿元')]
k_d = F(H20, '180亿元'); k_dp = F(H20, '27%', n=0); k_new = F(H20, '11个', pre='新开工项目', n=1); k_newp = F(H20, '55%')
k_sp = [F(H20, '38%'), F(H20, '27%', n=1), F(H20, '14%')]
sum_k = [k_sn + [k_n], k_st + [k_t], k_sy + [k_y], k_cn + [k_n], k_ct + [k_t], k_cy + [k_y]]
S.rel('sum', C, sum_k[0], 'by stage: 22 + 63 + 20 = 105 projects')
S.rel('sum', C, sum_k[1], 'by stage: 718 + 2515 + 539 = 3772亿 total investment')
S.rel('sum', C, sum_k[2], 'by stage: 160 + 372 + 145 = 677亿 annual plan')
S.rel('sum', C, sum_k[3], 'by class: 34 + 6 + 26 + 11 + 28 = 105 projects')
S.rel('sum', C, sum_k[4], 'by class: 1461 + 64 + 429 + 134 + 1684 = 3772亿')
S.rel('sum', C, sum_k[5], 'by class: 233 + 12 + 119 + 28 + 285 = 677亿')
S.rel('share', C, [k_d, k_y, k_dp], '180/677 = 26.6% → 27%')
S.rel('share', C, [k_new, k_sn[2], k_newp], 'new projects started 11 of 20 = 55%')
S.rel('rate', C, k_sy + k_sp + [k_d], 'completion by stage: 160×38% + 372×27% + 145×14% = 181.5亿; with the rates’ half units 178.2–184.9, so 180 fits')
S.rel('rate', U, [F(H20, '30%'), F(H20, '19%'), F(H20, '26%', n=0)] + [k_dp], '产业 30%, 基础设施 19%, 公共服务 26%: three types that do not match the five classes (农业, 生态环保 not placed); weights not stated')
S.rel('sum', U, [k_n, F(H20, '29个'), k_t, F(H20, '648亿元')], '29 reserve projects (648亿) are outside the 105 / 3772亿 (“此外”): not parts of the total')
S.rel('share', U, [k_t, k_y], 'total investment 3772亿 vs annual plan 677亿 (17.9%): other indicators, no ratio stated')
S.rel('restatement', U, [k_dp, k_sp[1]], 'completion 27% (whole programme) and 27% (续建 projects): same number, other scopes')
a = ALT(H20, 1, k_st[1], '2545亿元', '续建 total investment 2515 → 2545')
S.rel('sum', I, R(a, sum_k[1], k_st[1], '2545亿元'), 'altered: 718 + 2545 + 539 = 3802, not 3772 (breaks {B})')
a = ALT(H20, 2, k_cy[2], '149亿元', '民生公共服务 annual plan 119 → 149')
S.rel('sum', I, R(a, sum_k[5], k_cy[2], '149亿元'), 'altered: the classes’ annual plans add to 707, not 677 (breaks {B})')

# ---- 海南 key projects 2022: progress to 12 June (中国产业经济信息网, 2022-07-03) and full year (南海网, 2023-01-10)
m_d = F(H226, '371亿元', n=1); m_s = [F(H226, '106亿元'), F(H226, '239亿元'), F(H226, '26亿元')]; m_c = [F(H226, '196亿元'), F(H226, '95亿元'), F(H226, '80亿元')]
sum_m1 = m_s + [m_d]; sum_m2 = m_c + [m_d]
S.rel('sum', C, sum_m1, 'by stage: 竣工 106 + 续建 239 + 新开工 26 = 371亿')
S.rel('sum', C, sum_m2, 'by class: 产业 196 + 民生 95 + 基础设施 80 = 371亿')
S.rel('target', U, [F(H226, '10%'), F(H226, '2个百分点')], '2022 investment-growth goal raised to 10%, “较年初目标提高2个百分点”: a goal against a goal (8% implied), no result here')
n_d = F(H22, '880亿元', n=1); n_p = F(H22, '101%'); n_y = F(H22, '876亿元'); n_ex = F(H22, '128亿元'); n_pt = F(H22, '14.6个百分点')
sh_n1 = [n_d, n_y, n_p]; sh_n2 = [n_ex, n_y, n_pt]
S.rel('share', C, sh_n1, '880/876 = 100.46%; with each input to its half unit up to 880.5/875.5 = 100.57%, which rounds to the stated 101% (judgement call)')
S.rel('target', M, [n_d, n_y], '海南 2022 key projects: 880亿 against the annual plan 876亿: met')
S.rel('share', C, sh_n2, 'the 99 projects’ excess 128亿 / annual plan 876亿 = 14.61 → 14.6个百分点')
S.rel('sum', U, [F(H22, '554亿元'), n_ex, n_d], '99 projects completed 554亿 (426 planned + 128 excess); the other 56 projects’ 326亿 is not stated, so 880 cannot be rebuilt')
S.rel('restatement', U, [m_d, n_d], 'same programme, other cut-off dates: 371亿 by 12 June, 880亿 for the year')
S.rel('share', U, [m_s[0], F(H226, '72%'), m_s[1], F(H226, '46%'), n_y], 'June stage rates imply plans of 147 (竣工) and 520 (续建) of the year’s 876; the 新开工 plan is not stated, so nothing adds up to be checked')
a = ALT(H226, 1, m_s[1], '236亿元', '续建 completed 239 → 236')
S.rel('sum', I, R(a, sum_m1, m_s[1], '236亿元'), 'altered: 106 + 236 + 26 = 368, not 371 (breaks {B})')
a = ALT(H226, 2, m_c[1], '98亿元', '民生公共服务 completed 95 → 98')
S.rel('sum', I, R(a, sum_m2, m_c[1], '98亿元'), 'altered: 196 + 98 + 80 = 374, not 371 (breaks {B})')
a = ALT(H22, 1, n_ex, '123亿元', 'excess investment 128 → 123')
S.rel('share', I, R(a, sh_n2, n_ex, '123亿元'), 'altered: 123/876 = 14.04, not 14.6个百分点 (breaks {B})')
a = ALT(H22, 2, n_y, '846亿元', 'annual plan 876 → 846')
S.rel('share', I, R(a, sh_n1, n_y, '846亿元'), 'altered: 880/846 = 104.0%, not 101% (breaks {B})')
S.rel('share', I, R(a, sh_n2, n_y, '846亿元'), 'altered: 128/846 = 15.13, not 14.6个百分点 (breaks {B})')

# ---- 海口 (海南) H1 2016 provincial key projects in the city (news)
o_p1 = F(HK, '65.69%', n=0); o_p2 = F(HK, '65.69%', n=1); o_sh = [F(HK, '23个'), F(HK, '15个'), F(HK, '65.22%')]
S.rel('restatement', C, [o_p1, o_p2], '65.69% of the annual plan stated twice')
S.rel('share', C, o_sh, 'new projects started 15 of 23 = 65.22%')
S.rel('share', U, [F(HK, '304.34亿元'), o_p1, F(HK, '71.3亿元')], '“超额投资71.3亿”: against half the plan (304.34/0.6569/2 = 231.6) the excess is 72.7; the benchmark is not stated')
S.rel('restatement', U, [F(HK, '304.34亿元'), h_hk], '海口’s provincial key projects: 304.34亿 in H1 2016 vs 173亿 in 2018: other periods and project lists')
a = ALT(HK, 1, o_sh[1], '16个', 'projects started 15 → 16')
S.rel('share', I, R(a, o_sh, o_sh[1], '16个'), 'altered: 16/23 = 69.57%, not 65.22% (breaks {B})')
a = ALT(HK, 2, o_p2, '65.89%', 'second mention 65.69% → 65.89%')
S.rel('restatement', I, R(a, [o_p1, o_p2], o_p2, '65.89%'), 'altered: 65.69% and 65.89% for the same share (breaks {B})')

# ---- 海南 H1 2024 industry (省工信厅 via news, 2024-08-04)
g_ri = F(GY, '8.4%', n=0); g_mf = F(GY, '11.1%'); g_gap = F(GY, '2.7个百分点')
sh_g = [F(GY, '35个'), F(GY, '21个'), F(GY, '60%')]; gr_g = [g_mf, g_ri, g_gap]
S.rel('share', C, sh_g, '21 of 35 industry groups growing = 60%')
S.rel('growth', C, gr_g, '规上制造业 +11.1% is 2.7 points above 规上工业 +8.4%')
S.rel('share', U, [F(GY, '11个市县'), F(GY, '61.1%')], '11 counties/cities growing = 61.1%: the number of 市县 is not stated (18 implied)')
S.rel('growth', U, [F(GY, '12.6%'), F(GY, '6.2个百分点')], '工业投资 +12.6%, 6.2 points above 固投: the fixed-investment growth is not stated')
S.rel('growth', U, [g_ri, F(GY, '2.4个百分点')], '8.4% is 2.4 points above the national rate: the national rate is not stated')
S.rel('growth', U, [g_ri, F(GY, '2.3个百分点')], '8.4% is 2.3 points faster than Q1: the Q1 rate is not stated')
S.rel('growth', U, [F(GY, '11.3%'), F(GY, '0.7个百分点')], 'industry 11.3% of GDP, up 0.7 points: last year’s H1 share is not stated (10.6 implied)')
S.rel('share', U, [F(GY, '254.91亿千瓦时'), F(GY, '90.68亿度')], 'industrial consumption 90.68亿度 vs generation 254.91亿千瓦时 (35.6%): consumption is not a part of generation (imports/exports, losses); no share stated')
S.rel('restatement', U, [F(GY, '8.9%'), g_mf], '制造业 +8.9% (三大门类) vs 规上制造业 +11.1%: the scopes differ (全部工业 vs 规上, not stated); not the same figure')
S.rel('rate', U, [F(GY, '8.9%'), F(GY, '5%', pre='供应业增加值同比增长'), g_ri], '门类 rates 8.9% and 5% vs 规上 8.4%: weights (and mining) not stated')
a = ALT(GY, 1, sh_g[1], '24个', 'industry groups growing 21 → 24')
S.rel('share', I, R(a, sh_g, sh_g[1], '24个'), 'altered: 24/35 = 68.6%, not 60% (breaks {B})')
a = ALT(GY, 2, g_gap, '2.1个百分点', 'gap 2.7 → 2.1 points')
S.rel('growth', I, R(a, gr_g, g_gap, '2.1个百分点'), 'altered: 11.1 − 8.4 = 2.7, not 2.1 (breaks {B})')

# ---- 大江镇 (台山, 江门, 广东) 2020 town government work report, 2019 review
S.rel('target', M, [F(DJ, '11.93亿元'), F(DJ, '109.5%')], '大江镇 2019 industrial investment 11.93亿 = 109.5% of the year’s task: met')
S.rel('target', M, [F(DJ, '454.2万美元'), F(DJ, '100.8%')], '大江镇 2019 utilised foreign capital 454.2万美元 = 100.8% of the task: met')
S.rel('share', U, [F(DJ, '11.93亿元'), F(DJ, '13.84亿元')], 'industrial investment 11.93 inside fixed investment 13.84 (86.2%): no share is stated')
S.rel('growth', U, [F(DJ, '96.88亿元'), F(DJ, '4.5%')], '规上 output 96.88亿 with 工业增加值 +4.5%: output vs value added; no output rate is stated')
S.rel('growth', U, [F(DJ, '13295.84万元'), F(DJ, '11.98 %')], 'revenue 13295.84万, −11.98%: the 2018 level is not stated')
S.rel('target', CT, [F(DJ, '3个', n=0), F(DJ, '3个', n=1), F(DJ, '102亩')], '“新引进项目3个,新开工项目3个,盘活土地102亩,盘活厂房5760平方米,完成全年任务”: the tasks are not stated')

# ---- 广西 H1 2023 budget execution (report to the regional people’s congress standing committee)
x_e = F(GX, '3095.01亿元'); x_m = F(GX, '2428.54亿元'); x_ms = F(GX, '78.5%'); sh_x = [x_m, x_e, x_ms]
S.rel('share', C, sh_x, '民生 2428.54 / expenditure 3095.01 = 78.47% → 78.5%')
S.rel('growth', U, [x_ms, F(GX, '0.3个百分点')], 'share up 0.3 points: last year’s share is not stated')
S.rel('share', U, [F(GX, '183.76亿元'), F(GX, '995.18亿元'), F(GX, '50.3%'), F(GX, '56.2%')], '自治区本级 revenue inside 全区 revenue: progress rates 50.3% vs 56.2% on different budgets (not stated); a subset, not a split')
S.rel('share', U, [F(GX, '345.87亿元'), F(GX, '697.16亿元')], 'fund revenue 345.87 vs fund expenditure 697.16: other indicators, no ratio stated')
S.rel('share', U, [F(GX, '584.04亿元'), x_e, F(GX, '54.3%'), F(GX, '51.8%')], '自治区本级 expenditure 584.04 inside 全区 3095.01: progress 54.3% vs 51.8% on budgets not stated; a subset')
a = ALT(GX, 1, x_m, '2482.54亿元', '民生 expenditure 2428.54 → 2482.54')
S.rel('share', I, R(a, sh_x, x_m, '2482.54亿元'), 'altered: 2482.54/3095.01 = 80.2%, not 78.5% (breaks {B})')
a = ALT(GX, 2, x_ms, '75.8%', 'share 78.5% → 75.8%')
S.rel('share', I, R(a, sh_x, x_ms, '75.8%'), 'altered: 2428.54/3095.01 = 78.5%, not 75.8% (breaks {B})')

# ---- 湛江 (广东) 2022 government work report, five-year review (estimates)
z_g = F(ZJ, '29.3%'); z_gl = F(ZJ, '3500亿元'); z_r = F(ZJ, '42%'); z_rl = F(ZJ, '160.35亿元')
S.rel('growth', U, [z_g, z_gl], 'GDP “累计增长29.3%” to 3500亿: the 2017 level is not stated, and the cumulative rate is real (comparable prices) while 3500 is nominal')
S.rel('growth', U, [z_g, z_r], 'revenue +42% (nominal) vs GDP +29.3% (real): a share-of-GDP change cannot be derived')
S.rel('growth', U, [F(ZJ, '51.9%'), F(ZJ, '27200元')], 'income +51.9% to 27200元: the 2017 level is not stated (≈17900 implied)')

# ---- cross-document target traps
S.rel('growth', U, [a_inc, F(YY8, '7.76%')], 'cross-document: 2018 fishers’ income +7.76% on the 2017 level 18452.78 would be 19884.7元; the 2018 level is not in the passage, so nothing is checked')
S.rel('growth', U, [k_t, F(H22, '4316亿元')], '海南 key projects’ total investment 3772亿 (2020 list) vs 4316亿 (2022 list): other years and project lists; no rate is stated')
S.rel('target', U, [F(H226, '10%'), F(GY, '12.6%')], '海南 2022 investment-growth goal 10% vs 2024 H1 工业投资 +12.6%: another year and indicator')
S.rel('target', U, [h_d, h_pl, k_y], '海南 2018 result 666 vs 2018 plan 624 is keyed; the 2020 plan 677 is another year’s plan, not a target for 2018')
S.rel('target', U, [F(DJ, '109.5%'), h_dp], '大江镇 (广东) industrial investment 109.5% of task vs 海南 key projects 107% of plan: another place and indicator')
for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

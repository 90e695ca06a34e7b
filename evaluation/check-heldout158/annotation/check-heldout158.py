"""Check key, set check-heldout158. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout158.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout158'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

Q1='sc_kpq1_hant.txt'; K22='sc_kp2022m9.txt'; CD='cd_2022m10.txt'; YY='yy_2021.txt'; PS='ps_2016.txt'; QJ='qj_2014.txt'
WZ='wz_2020.txt'; CQ='cq_2016n.txt'; GY='gy_2013_hant.txt'; GD1='gd_2021.txt'; GD2='gd_2022r.txt'; MD='md_2023m9.txt'
XZ='xz_2018_hant.txt'; X12='xz_2012.txt'; C25='cq_2025h1.txt'

# ---- 四川 key projects, first quarter (traditional; the year is not stated in the excerpt)
q_lv = [F(Q1, '469.2億元'), F(Q1, '509.8億元'), F(Q1, '97.4億元'), F(Q1, '31.6億元')]; q_tot = F(Q1, '1108億元')
q_rt = [F(Q1, '21.5%'), F(Q1, '28.3%'), F(Q1, '23.1%'), F(Q1, '16.3%')]; q_all = F(Q1, '24.1%')
sum_q = q_lv + [q_tot]; rate_q = q_lv + q_rt + [q_all]; best_q = [q_rt[1], q_rt[0], q_rt[2], q_rt[3]]
S.rel('sum', C, sum_q, '四川 key projects by end of March: 469.2 + 509.8 + 97.4 + 31.6 = 1108億 (continuing projects, four fields)')
S.rel('rate', C, rate_q, 'completion 24.1% rebuilt from the four fields: plans = level / rate = 2182.3 + 1801.4 + 421.6 + 193.9 = 4599.2; 1108 / 4599.2 = 24.09% → 24.1%')
S.rel('growth', C, best_q, '“產業類重點項目進展最好”: industry 28.3% above 21.5, 23.1 and 16.3')
S.rel('share', U, [F(Q1, '84個(gè)', n=1), F(Q1, '37.5%')], '84 new starts = 開工率37.5%: the number of planned new starts (about 224) is not stated')
S.rel('target', CT, [q_all], 'annual investment plan 24.1% done by the end of March: the year is not over; cannot tell')

# ---- 四川 700 key projects, Jan–Sep 2022
k_700 = F(K22, '700个'); k_443 = F(K22, '443个'); k_257 = F(K22, '257个'); k_221 = F(K22, '221个'); k_86 = F(K22, '86%')
k_f = [F(K22, '269个'), F(K22, '334个'), F(K22, '73个'), F(K22, '24个')]
k_972 = F(K22, '97.2%'); k_222 = F(K22, '22.2个百分点'); k_1058 = F(K22, '105.8%'); k_86p = F(K22, '8.6个百分点'); k_101 = F(K22, '101%')
sum_k1 = [k_443, k_257, k_700]; sum_k2 = k_f + [k_700]; sh_k = [k_221, k_257, k_86]; gr_k1 = [k_972, k_222]; gr_k2 = [k_1058, k_972, k_86p]
S.rel('sum', C, sum_k1, '四川 2022: 443 continuing + 257 planned new projects = 700')
S.rel('sum', C, sum_k2, 'by field: 269 + 334 + 73 + 24 = 700 projects')
S.rel('share', C, sh_k, '221 of 257 planned new projects started: 85.99% → 开工率86%')
S.rel('growth', C, gr_k1, '97.2% “超时序进度22.2个百分点”: 97.2 − 22.2 = 75.0 = 9/12 of the year (Jan–Sep), the time pace')
S.rel('growth', C, gr_k2, 'cities 105.8% “高于全省平均水平8.6个百分点”: 105.8 − 97.2 = 8.6')
S.rel('target', CT, [k_972], 'annual investment plan 97.2% done by September: the year is not over; cannot tell')
S.rel('target', M, [k_1058], 'the 21 cities’ projects at 105.8% of the annual plan by September: cumulative investment is already above the full-year goal; met')
S.rel('target', M, [k_101], 'livelihood projects at 101% of the annual plan by September: met')
S.rel('growth', U, [k_972, F(K22, '3.1个百分点')], '“与去年同期相比提高3.1个百分点”: last year’s Jan–Sep rate is not stated; nothing to check')
S.rel('rate', U, [k_972, F(K22, '98.8%'), F(K22, '95.1%'), k_101, F(K22, '92%')], 'overall 97.2% against the four fields’ rates: only project counts are given, the annual plans (weights) are not stated')
S.rel('sum', U, [F(K22, '4412.5亿元'), F(K22, '6261.5亿元', n=1)], 'the 21 cities’ part 4412.5 of 6261.5: the rest (province-level and cross-city projects) is not stated; no split')
S.rel('restatement', U, [F(K22, '17个', post='项目'), F(K22, '17个', post='市(州)')], '17 projects put into use and 17 cities ahead of plan: same number, other indicators')

# ---- 成都 districts’ fiscal revenue, Jan–Oct 2022
c_tot = F(CD, '1353.6亿元'); c_g = F(CD, '-3.3%'); c_g2 = F(CD, '1.6%', pre='后增长')
c_gx = F(CD, '212.6亿'); c_tf = F(CD, '88.3亿'); c_wh = F(CD, '86.1亿'); c_qy = F(CD, '85.4亿'); c_jn = F(CD, '77.3亿'); c_sl = F(CD, '76.9亿'); c_jj = F(CD, '72.8亿')
c_r = [F(CD, '9.8%'), F(CD, '3.6%'), F(CD, '-1.6%'), F(CD, '6.4%')]
gr_c1 = [c_qy, c_wh, c_jn]; gr_c2 = [c_tf, c_gx, c_wh, c_qy, c_jn, c_sl, c_jj]
S.rel('growth', C, gr_c1, '青羊 85.4 “紧随武侯区之后”: below 武侯 86.1 and above the next district named (金牛 77.3)')
S.rel('growth', C, gr_c2, '“天府新区第二”: 88.3 below 高新 212.6 and above every other district named (86.1, 85.4, 77.3, 76.9, 72.8)')
S.rel('growth', C, c_r, '高新 +9.8% “同样位居全市第一”: above every other rate named (天府 3.6, 武侯 −1.6, 双流 6.4)')
S.rel('growth', U, [c_r[3], c_r[0]], '双流 6.4% “遥遥领先” among 金牛, 双流 and 锦江 only; 高新 9.8% is another scope; no contradiction')
S.rel('sum', U, [c_tot, c_gx, c_tf, c_wh, c_qy, c_jn, c_sl, c_jj], 'the districts named sum to 699.4, not 1353.6: the list is incomplete (cut) and city-level revenue is not split; no sum')
S.rel('growth', U, [c_g, c_g2], '−3.3% and +1.6% “扣除留抵退税因素后”: other basis; no contradiction')

# ---- 酉阳 2022 report: five-year review (trap-only)
S.rel('growth', U, [F(YY, '230亿元'), F(YY, '5.4%')], '酉阳 GDP 230亿 (预计) “年均增长5.4%”: the 2016 level is not stated and the rate is real; nothing to check')
S.rel('growth', U, [F(YY, '27.6亿元'), F(YY, '2倍')], 'trade 27.6亿 “是2016年的2倍”: the 2016 level is not stated')
S.rel('growth', U, [F(YY, '285亿元'), F(YY, '240亿元'), F(YY, '1.4倍'), F(YY, '2.4倍')], 'deposits 285 and loans 240 “分别是2016年的1.4倍、2.4倍”: the 2016 levels are not stated')

# ---- 彭水 2016
p_y = F(PS, '1286858万元'); p_p = [F(PS, '252467万元'), F(PS, '532296万元'), F(PS, '502095万元')]; p_s = [F(PS, '19.6'), F(PS, '41.4'), F(PS, '39.0')]
sum_p = p_p + [p_y]; sh_p = [[p_p[i], p_y, p_s[i]] for i in range(3)]
S.rel('sum', C, sum_p, '彭水 2016: 252467 + 532296 + 502095 = 1286858万元')
S.rel('sum', C, p_s, 'structure 19.6 + 41.4 + 39.0 = 100')
S.rel('share', C, sh_p[0], 'primary 252467 / 1286858 = 19.62% → 19.6')
S.rel('share', C, sh_p[1], 'secondary 532296 / 1286858 = 41.36% → 41.4')
S.rel('share', C, sh_p[2], 'tertiary 502095 / 1286858 = 39.02% → 39.0')
S.rel('growth', U, [F(PS, '222.28亿元'), F(PS, '30.67%'), p_y], '2019 GDP 222.28亿 “增长30.67%” is on 2018 (not stated); 128.69亿 (2016) → 222.28 spans three years; no relation')

# ---- 黔江 2014
rs_qj = [F(QJ, '2402平方公里'), F(QJ, '360.3万亩')]
S.rel('restatement', C, rs_qj, '黔江 area 2402 km² × 1500 亩/km² = 360.3万亩')
S.rel('restatement', U, [F(QJ, '45公里'), F(QJ, '90公里'), F(QJ, '2402平方公里')], '45 km × 90 km = 4050 km², not 2402: the east–west and north–south extents are not a rectangle; no relation')
S.rel('share', U, [F(QJ, '78.7亿元'), F(QJ, '200亿元')], 'industry above scale: value added 78.7 and gross output 200 (39%): no rate is stated; other indicators')

# ---- 万州 2020
w_260 = F(WZ, '260亿元'); w_330 = F(WZ, '330亿元'); w_79 = F(WZ, '79%'); w_769 = F(WZ, '76.9%')
sh_w = [w_260, w_330, w_79]; gr_w = [w_769, w_79]
S.rel('share', C, sh_w, '万州 2020: 经开区 260 of 330亿 industrial output = 78.8% → “比重由76.9%提高到79%”')
S.rel('growth', C, gr_w, 'share “由76.9%提高到79%”: 79 > 76.9')
S.rel('growth', C, [F(WZ, '68.7%'), F(WZ, '71.5%')], 'five industries’ share “68.7%提高到71.5%”: 71.5 > 68.7')
S.rel('sum', U, [F(WZ, '12.5亿元'), F(WZ, '10.5亿元')], 'manufacturing taxes 10.5 “其中” within industrial taxes 12.5: a part; no share stated')
S.rel('restatement', U, [F(WZ, '50万头', n=0), F(WZ, '50万头', n=1)], 'new pig capacity 50万头 and a 50万头 project that has only started: same number, not the same thing')
S.rel('restatement', U, [F(WZ, '46.5%', n=0), F(WZ, '46.5%', n=1)], 'land-transfer rate 46.5% and mechanisation rate 46.5%: same number, other indicators')
S.rel('sum', U, [F(WZ, '6万亩'), F(WZ, '86万亩')], 'new orchards 6万亩 and the total 86万亩: a flow within a stock; no split')

# ---- 重庆 2016 (news)
sh_cq = [F(CQ, '744127亿元'), F(CQ, '138271万人'), F(CQ, '53817元')]; gr_cq = [F(CQ, '57902元'), F(CQ, '53817元')]
S.rel('share', C, sh_cq, 'national per-capita GDP “按此计算”: 744127亿 / 138271万 = 53816.6 → 53817元')
S.rel('growth', C, gr_cq, '“重庆人均GDP水平要高于全国平均水平”: 57902 > 53817')
S.rel('growth', U, [F(CQ, '10.7%'), F(CQ, '9.6%')], 'per-capita +9.6% against GDP +10.7%: the population change is not stated')
S.rel('share', U, [F(PS, '1286858万元'), F(CQ, '17558.76亿元')], 'cross-document: 彭水 128.69亿 within 重庆 17558.76亿 (0.73%): no share is stated; nothing to check')
S.rel('restatement', U, [F(QJ, '10.7%'), F(CQ, '10.7%')], 'cross-document: 黔江 2014 GDP +10.7% and 重庆 2016 GDP +10.7%: same number, other place and year')

# ---- 贵阳 2013 (traditional)
rs_gy = [F(GY, '2000億元'), F(GY, '2085億元')]
S.rel('restatement', C, rs_gy, '贵阳 2013 GDP “突破2000億元,達2085億元”: 2085 > 2000')
S.rel('share', U, [F(GY, '2085億元'), F(GY, '26%')], '2085億 “占全省比重提高到26%”: the 贵州 total is not stated; nothing to check')
S.rel('sum', U, [F(GY, '563.8億元'), F(GY, '277.2億元')], 'budget revenue 277.2 within total fiscal revenue 563.8: a part; the rest is not split')
S.rel('growth', U, [F(GY, '2427.9億元'), F(GY, '2.1倍')], 'non-credit financing 2427.9 “是2012年的2.1倍”: the 2012 level is not stated')
S.rel('restatement', U, [F(GY, '第1位'), F(GY, '第一', pre='位列全省')], 'first in the provincial assessment and first in the science index: same rank, other indicators')

# ---- 官渡 2021 plan-execution report and 2022 government work report (same place, same congress)
g1_rev = F(GD1, '52.24亿元'); g2_rev = F(GD2, '52.24亿元'); g2_rev0 = F(GD2, '38.84亿元'); g2_61 = F(GD2, '6.1%')
g1_gdp = F(GD1, '1441.37亿元'); g2_gdp = F(GD2, '1420亿元'); g2_gdp0 = F(GD2, '1002.16亿元')
rs_g1 = [g1_rev, g2_rev]; gr_g = [g2_rev0, g2_rev, g2_61]; rs_g2 = [F(GD1, '第43位'), F(GD2, '43位')]
S.rel('restatement', C, rs_g1, 'cross-document: 官渡 2021 general-budget revenue 52.24亿 in the plan report and in the government work report')
S.rel('growth', C, gr_g, 'revenue 38.84 → 52.24 over five years (2016–2021) “年均增速6.1%”: (52.24 / 38.84)^(1/5) = 1.0611 → 6.1%')
S.rel('growth', U, [g2_gdp0, g2_gdp, F(GD2, '5.8%')], 'GDP 1002.16 → 1420 is 7.2% a year nominal; “年均增速5.8%” is at comparable prices: nominal vs real')
S.rel('restatement', U, [g2_gdp, g1_gdp], 'cross-document: GDP “预计的1420亿元” (report) and 1441.37亿 (plan report): an estimate against the reported figure; not a restatement')
S.rel('restatement', C, rs_g2, 'cross-document: 百强区 rank 43 in both (“位列中国百强区第43位”, “位次从52位晋升到43位”)')
S.rel('target', U, [F(GD2, '2000亿元', n=0), g1_gdp], 'cross-document: the goal “2026年地区生产总值突破2000亿元” against the 2021 level 1441.37: other period; unrelated')
S.rel('growth', U, [F(GD1, '5.2%'), g2_61], 'cross-document: revenue +5.2% in 2021 and 6.1% a year over 2017–2021: other periods; no contradiction')

# ---- 牟定 budget execution, Jan–Sep 2023
m_rev = F(MD, '37,730万元'); m_bud = F(MD, '46,908万元'); m_pct = F(MD, '80.43%'); m_prev = F(MD, '35,285万元'); m_inc = F(MD, '2,445万元'); m_g = F(MD, '6.9%')
m_tax = F(MD, '22,368万元'); m_taxb = F(MD, '32,972万元'); m_taxp = F(MD, '67.8%'); m_taxprev = F(MD, '22,019万元'); m_taxinc = F(MD, '349万元'); m_taxg = F(MD, '1.6%')
m_nt = F(MD, '15,362万元'); m_ntb = F(MD, '13,936万元'); m_ntp = F(MD, '110.2%'); m_ntprev = F(MD, '13,266万元'); m_ntinc = F(MD, '2,096万元'); m_ntg = F(MD, '15.8%')
m_f = F(MD, '6,222万元'); m_fb = F(MD, '15,653万元'); m_fp = F(MD, '39.8%'); m_fprev = F(MD, '8,958万元'); m_fdec = F(MD, '2,736万元'); m_fg = F(MD, '30.5%')
sh_m1 = [m_rev, m_bud, m_pct]; gr_m1 = [m_prev, m_rev, m_inc]; sh_m3 = [m_nt, m_ntb, m_ntp]; gr_m4 = [m_ntprev, m_nt, m_ntinc, m_ntg]
rate_m1 = [m_taxprev, m_taxg, m_ntprev, m_ntg, m_g]; rate_m2 = [m_taxb, m_taxp, m_ntb, m_ntp, m_pct]; gr_m5 = [m_fprev, m_f, m_fdec, m_fg]
S.rel('share', C, sh_m1, '牟定 Jan–Sep 2023: revenue 37730 / annual budget 46908 = 80.43%')
S.rel('growth', C, gr_m1, 'revenue 37730 − 35285 (same period 2022) = 增收2445')
S.rel('growth', C, [m_prev, m_rev, m_g], 'revenue growth 2445 / 35285 = 6.93% → 6.9%')
S.rel('sum', C, [m_tax, m_nt, m_rev], 'tax 22368 + non-tax 15362 = 37730')
S.rel('sum', C, [m_taxb, m_ntb, m_bud], 'budgets: tax 32972 + non-tax 13936 = 46908')
S.rel('sum', C, [m_taxprev, m_ntprev, m_prev], 'same period 2022: tax 22019 + non-tax 13266 = 35285')
S.rel('share', C, [m_tax, m_taxb, m_taxp], 'tax 22368 / 32972 = 67.84% → 67.8%')
S.rel('growth', C, [m_taxprev, m_tax, m_taxinc, m_taxg], 'tax 22368 − 22019 = 349 = 1.59% → 1.6%')
S.rel('share', C, sh_m3, 'non-tax 15362 / 13936 = 110.23% → 110.2%')
S.rel('growth', C, gr_m4, 'non-tax 15362 − 13266 = 2096 = 15.80% → 15.8%')
S.rel('rate', C, rate_m1, 'total growth rebuilt from the parts: (22019 × 1.016 + 13266 × 1.158) / 35285 = 1.0694 → 6.9%')
S.rel('rate', C, rate_m2, 'total completion rebuilt from the parts: (32972 × 0.678 + 13936 × 1.102) / 46908 = 80.40% (80.45 at the top of the rounding) → 80.43%')
S.rel('target', M, [m_ntp], 'non-tax revenue at 110.2% of the full-year budget by September: cumulative revenue already above the annual budget; met')
S.rel('target', CT, [m_pct], 'general-budget revenue 80.43% of the annual budget by September: the year is not over; cannot tell')
S.rel('target', CT, [m_taxp], 'tax revenue 67.8% of the annual budget by September: cannot tell')
S.rel('share', C, [m_f, m_fb, m_fp], 'fund revenue 6222 / 15653 = 39.750% (39.754 at the top of the rounding of the inputs) → 39.8%')
S.rel('growth', C, gr_m5, 'fund revenue 8958 − 6222 = 减收2736 = 30.54% → 下降30.5%')
S.rel('target', CT, [m_fp], 'fund revenue 39.8% of the annual budget by September: cannot tell')
S.rel('sum', U, [m_f, m_rev], 'fund revenue 6222 and general-budget revenue 37730: separate budgets, neither a part of the other')
S.rel('restatement', U, [m_taxg, c_g2], 'cross-document: 牟定 tax revenue +1.6% and 成都 revenue +1.6% net of VAT credit refunds: same number, other place and indicator')

# ---- 西藏 1959–2018 (white paper news, traditional)
x_t = F(XZ, '191倍', n=0); x_l = F(XZ, '191倍', n=1); x_b = F(XZ, '191倍', n=2); x_y = F(XZ, '1477.63億元')
rs_x = [x_t, x_l, x_b]; sum_x = [F(XZ, '8.8%'), F(XZ, '42.5%'), F(XZ, '48.7%')]
S.rel('restatement', C, rs_x, '西藏 GDP 2018 vs 1959 “約191倍” in the title, the lead and the body')
S.rel('growth', U, [F(XZ, '1.74億元'), x_y, x_b], '1.74 → 1477.63億 is 849 times nominal; “按可比價格計算…約191倍” is real: nominal vs real, no contradiction')
S.rel('sum', C, sum_x, '2018 structure 8.8 + 42.5 + 48.7 = 100')
S.rel('share', U, [F(XZ, '134.14億元'), x_y, F(XZ, '8.8%')], '農林牧漁業 134.14 / 1477.63 = 9.08% against the primary share 8.8%: 農林牧漁業 here includes farm services, 第一產業 does not; other scope')
S.rel('share', U, [F(XZ, '114.51億元'), x_y, F(XZ, '42.5%')], 'industry 114.51 (7.7% of GDP) against the secondary share 42.5%: industry is a part of the secondary sector (construction is the rest); no split')

# ---- 西藏 1951–2012 (white paper 2013, bilingual page)
S.rel('growth', U, [F(X12, '1.29亿元'), F(X12, '701亿元'), F(X12, '8.5%')], '1.29 → 701亿 over 61 years is 10.9% a year nominal; “年均增长8.5%” is at comparable prices: nominal vs real')
S.rel('share', U, [F(X12, '701亿元'), F(X12, '2.29万元')], 'per-capita 2.29万元 and GDP 701亿: the population (about 306万) is not stated')
S.rel('growth', U, [F(X12, '701亿元'), x_y], 'cross-document: 701亿 (2012) and 1477.63億 (2018): no rate is stated for 2012–2018; other years')
S.rel('restatement', U, [F(X12, '1.29亿元'), F(XZ, '1.74億元')], 'cross-document: GDP 1.29亿 (1951) and 1.74億 (1959): other years; no relation')

# ---- 重庆 districts, H1 2025
c25_all = F(C25, '5%', pre='我市GDP增速为'); c25_main = F(C25, '5.2%', pre='主城都市区GDP增速为'); c25_core = F(C25, '5.2%', pre='分别为')
S.rel('rate', U, [c25_all, c25_main, F(C25, '4.2%'), F(C25, '4%', pre='武陵山区增速为')], '重庆 H1 2025 GDP +5% against the three areas’ 5.2, 4.2 and 4: the areas’ weights are not stated')
S.rel('rate', U, [c25_main, c25_core, F(C25, '4.6%'), F(C25, '5.8%')], '主城都市区 +5.2% against its three parts 5.2, 4.6 and 5.8: weights not stated')
S.rel('restatement', U, [c25_main, c25_core], '主城都市区 +5.2% and 中心城区 +5.2%: same number, other scope')
S.rel('growth', U, [F(PS, '10.3%'), F(C25, '6%', pre='均在')], 'cross-document: 彭水 2016 +10.3% and 彭水 among “6%及以上” in H1 2025: other period')
S.rel('growth', U, [F(QJ, '10.7%'), F(C25, '5%', pre='的增速在')], 'cross-document: 黔江 2014 +10.7% and 黔江 among “5%及以上” in H1 2025: other period')

# ---- further cross-document traps
S.rel('growth', U, [q_all, k_972], 'cross-document: 四川 key projects 24.1% by March (year not stated) and 97.2% by September 2022: other periods; no relation')
S.rel('target', U, [k_1058, c_g], 'cross-document: 成都 among the cities that met the key-project investment goal early; 成都 fiscal revenue −3.3% is another indicator; unrelated')

# ---- 四川 2022 results (statistics bureau press conference news)
S22='sc_2022r.txt'
S.rel('growth', U, [F(S22, '11%'), F(S22, '17个百分点')], '四川 August 2022 industry −11%, “和7月相比回落了17个百分点”: the July rate (+6%) is not stated; nothing to check')
S.rel('growth', U, [F(S22, '4%', pre='不到'), F(S22, '8.4%')], 'infrastructure investment “不到4%” within all fixed investment +8.4%: a part; the weights and the other parts are not stated')
S.rel('growth', U, [F(S22, '24104.6亿元'), F(S22, '0.1%')], 'retail sales 24104.6亿, −0.1%: the 2021 level is not stated; nothing to check')
S.rel('growth', U, [F(S22, '8.4%'), k_972], 'cross-document: 四川 2022 fixed investment +8.4% and the key projects at 97.2% of their annual plan by September: other indicators; no relation')

# ======== altered copies
a = ALT(Q1, 1, q_lv[2], '92.4億元', 'livelihood projects 97.4 → 92.4')
S.rel('sum', I, R(a, sum_q, q_lv[2], '92.4億元'), 'altered: 469.2 + 509.8 + 92.4 + 31.6 = 1103, not 1108 (breaks {B})')
a = ALT(Q1, 2, q_rt[1], '22.3%', 'industry completion rate 28.3% → 22.3%')
S.rel('rate', I, R(a, rate_q, q_rt[1], '22.3%'), 'altered: plans 2182.3 + 2286.1 + 421.6 + 193.9 = 5083.9; 1108 / 5083.9 = 21.8%, not 24.1% (breaks {B})')
S.rel('growth', I, R(a, best_q, q_rt[1], '22.3%'), 'altered: industry 22.3% is below livelihood 23.1%, not “進展最好” (breaks {B})')
a = ALT(K22, 1, k_221, '227个', 'new projects started 221 → 227')
S.rel('share', I, R(a, sh_k, k_221, '227个'), 'altered: 227 / 257 = 88.3%, not 86% (breaks {B})')
a = ALT(K22, 2, k_86p, '8.1个百分点', 'cities’ lead 8.6 → 8.1 points')
S.rel('growth', I, R(a, gr_k2, k_86p, '8.1个百分点'), 'altered: 105.8 − 97.2 = 8.6, not 8.1 (breaks {B})')
a = ALT(K22, 3, k_f[1], '384个', 'industrial projects 334 → 384')
S.rel('sum', I, R(a, sum_k2, k_f[1], '384个'), 'altered: 269 + 384 + 73 + 24 = 750, not 700 (breaks {B})')
a = ALT(CD, 1, c_qy, '88.4亿', '青羊 85.4 → 88.4')
S.rel('growth', I, R(a, gr_c1, c_qy, '88.4亿'), 'altered: 青羊 88.4 is above 武侯 86.1, not “紧随武侯区之后” (breaks {B})')
S.rel('growth', I, R(a, gr_c2, c_qy, '88.4亿'), 'altered: 青羊 88.4 is above 天府 88.3, so 天府 is not “第二” (breaks {B})')
a = ALT(CD, 2, c_r[0], '5.8%', '高新 growth 9.8% → 5.8%')
S.rel('growth', I, R(a, c_r, c_r[0], '5.8%'), 'altered: 高新 +5.8% is below 双流 +6.4%, not “位居全市第一” (breaks {B})')
a = ALT(PS, 1, p_p[1], '582296万元', 'secondary industry 532296 → 582296')
S.rel('sum', I, R(a, sum_p, p_p[1], '582296万元'), 'altered: 252467 + 582296 + 502095 = 1336858, not 1286858 (breaks {B})')
S.rel('share', I, R(a, sh_p[1], p_p[1], '582296万元'), 'altered: 582296 / 1286858 = 45.2%, not 41.4 (breaks {B})')
a = ALT(PS, 2, p_s[2], '36.0', 'tertiary share 39.0 → 36.0')
S.rel('sum', I, R(a, p_s, p_s[2], '36.0'), 'altered: 19.6 + 41.4 + 36.0 = 97, not 100 (breaks {B})')
S.rel('share', I, R(a, sh_p[2], p_s[2], '36.0'), 'altered: 502095 / 1286858 = 39.0%, not 36.0 (breaks {B})')
a = ALT(QJ, 1, rs_qj[1], '380.3万亩', 'area in mu 360.3万 → 380.3万')
S.rel('restatement', I, R(a, rs_qj, rs_qj[1], '380.3万亩'), 'altered: 2402 km² = 360.3万亩, not 380.3万亩 (breaks {B})')
a = ALT(WZ, 1, w_260, '280亿元', '经开区 output 260 → 280')
S.rel('share', I, R(a, sh_w, w_260, '280亿元'), 'altered: 280 / 330 = 84.8%, not 79% (breaks {B})')
a = ALT(WZ, 2, w_79, '74%', '经开区 share 79% → 74%')
S.rel('share', I, R(a, sh_w, w_79, '74%'), 'altered: 260 / 330 = 78.8%, not 74% (breaks {B})')
S.rel('growth', I, R(a, gr_w, w_79, '74%'), 'altered: “由76.9%提高到74%” is a fall, not a rise (breaks {B})')
a = ALT(CQ, 1, sh_cq[2], '55817元', 'national per-capita GDP 53817 → 55817')
S.rel('share', I, R(a, sh_cq, sh_cq[2], '55817元'), 'altered: 744127亿 / 138271万 = 53817, not 55817 (breaks {B})')
a = ALT(CQ, 2, gr_cq[0], '52902元', '重庆 per-capita GDP 57902 → 52902')
S.rel('growth', I, R(a, gr_cq, gr_cq[0], '52902元'), 'altered: 52902 is below the national 53817, not “高于全国平均水平” (breaks {B})')
a = ALT(GY, 1, rs_gy[1], '1985億元', 'GDP 2085 → 1985')
S.rel('restatement', I, R(a, rs_gy, rs_gy[1], '1985億元'), 'altered: 1985 does not “突破2000億元” (breaks {B})')
a = ALT(GY, 2, rs_gy[0], '2100億元', 'threshold 2000 → 2100')
S.rel('restatement', I, R(a, rs_gy, rs_gy[0], '2100億元'), 'altered: 2085 does not “突破2100億元” (breaks {B})')
a = ALT(GD2, 1, g2_rev, '57.24亿元', 'revenue 2021 (report) 52.24 → 57.24')
S.rel('restatement', I, R(a, rs_g1, g2_rev, '57.24亿元'), 'altered: 57.24亿 in the report against 52.24亿 in the plan report (breaks {B})')
S.rel('growth', I, R(a, gr_g, g2_rev, '57.24亿元'), 'altered: (57.24 / 38.84)^(1/5) = 1.081 → 8.1% a year, not 6.1% (breaks {B})')
a = ALT(GD2, 2, g2_61, '6.8%', 'average revenue growth 6.1% → 6.8%')
S.rel('growth', I, R(a, gr_g, g2_61, '6.8%'), 'altered: (52.24 / 38.84)^(1/5) → 6.1%, not 6.8% (breaks {B})')
a = ALT(GD1, 1, rs_g2[0], '第48位', 'rank 43 → 48 (plan report)')
S.rel('restatement', I, R(a, rs_g2, rs_g2[0], '第48位'), 'altered: rank 48 in the plan report against 43 in the government work report (breaks {B})')
a = ALT(MD, 1, m_inc, '2,145万元', 'revenue increase 2445 → 2145')
S.rel('growth', I, R(a, gr_m1, m_inc, '2,145万元'), 'altered: 37730 − 35285 = 2445, not 2145 (breaks {B})')
a = ALT(MD, 2, m_ntp, '116.2%', 'non-tax completion 110.2% → 116.2%')
S.rel('share', I, R(a, sh_m3, m_ntp, '116.2%'), 'altered: 15362 / 13936 = 110.2%, not 116.2% (breaks {B})')
S.rel('rate', I, R(a, rate_m2, m_ntp, '116.2%'), 'altered: (32972 × 0.678 + 13936 × 1.162) / 46908 = 82.2%, not 80.43% (breaks {B})')
a = ALT(MD, 3, m_fg, '35.5%', 'fund revenue fall 30.5% → 35.5%')
S.rel('growth', I, R(a, gr_m5, m_fg, '35.5%'), 'altered: 2736 / 8958 = 30.5%, not 35.5% (breaks {B})')
a = ALT(XZ, 1, sum_x[2], '46.7%', 'tertiary share 48.7% → 46.7%')
S.rel('sum', I, R(a, sum_x, sum_x[2], '46.7%'), 'altered: 8.8 + 42.5 + 46.7 = 98, not 100 (breaks {B})')
a = ALT(XZ, 2, x_l, '197倍', 'multiple in the lead 191 → 197')
S.rel('restatement', I, R(a, rs_x, x_l, '197倍'), 'altered: “約197倍” in the lead against “約191倍” in the title and the body (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout119. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout119.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout119'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

HB='hb_2022q1.txt'; N8='nat_2008js.txt'; N9Y='nat_2009ys.txt'; N9J='nat_2009js.txt'; ER='erds_2016.txt'; GY='sx_gy70.txt'
BJ24='bj_2024h1.txt'; TJ='tj_2012q3.txt'; MY='my_2001.txt'; DT='dt_2019.txt'; YQ='yq_2022.txt'; BJ81='bj_1981_hant.txt'
CO='sx_coal2008_hant.txt'; NM='nm_2012_hant.txt'

# ---- 河北 Q1 2022
h_t = F(HB, '9559.8亿元'); h_p = [F(HB, '548.4亿元'), F(HB, '3892.2亿元'), F(HB, '5119.2亿元')]
sum_h = h_p + [h_t]
S.rel('sum', C, sum_h, '548.4 + 3892.2 + 5119.2 = 9559.8亿元')
S.rel('rate', U, [F(HB, '5.2%'), F(HB, '6.2%'), F(HB, '5.0%'), F(HB, '5.1%', n=0)], 'GDP +5.2% vs sectors +6.2/+5.0/+5.1: real growth aggregates with previous-year-price weights, which are not stated')
S.rel('rate', U, [F(HB, '5.8%'), F(HB, '7.0%'), F(HB, '5.1%', n=1), F(HB, '9.3%')], '规上工业 +5.8% vs mining +7.0, manufacturing +5.1, utilities +9.3: weights not stated')
S.rel('share', U, [F(HB, '1133.2亿元'), F(HB, '3224.7亿元')], '限额以上 retail 1133.2 within total retail 3224.7: a subset; no share is stated (and +16.1% vs +7.1% are rates of other scopes)')
S.rel('growth', U, [F(HB, '15.0%'), F(HB, '24.6%')], 'industrial investment +15.0% and its 技改 part +24.6%: a part’s rate, not a difference to check')
S.rel('growth', U, [F(HB, '47.2 %'), F(HB, '34.4%')], 'number of new-start projects +47.2%, of which 亿元以上 +34.4%: subset rate; no relation')
a = ALT(HB, 1, h_p[1], '3862.2亿元', 'secondary value added 3892.2 → 3862.2')
S.rel('sum', I, R(a, sum_h, h_p[1], '3862.2亿元'), 'altered: 548.4 + 3862.2 + 5119.2 = 9529.8, not 9559.8 (breaks {B})')
a = ALT(HB, 2, h_p[2], '5149.2亿元', 'tertiary value added 5119.2 → 5149.2')
S.rel('sum', I, R(a, sum_h, h_p[2], '5149.2亿元'), 'altered: 548.4 + 3892.2 + 5149.2 = 9589.8, not 9559.8 (breaks {B})')

# ---- national 2008 final accounts, Jan–May 2009 (June 2009) and the 2009 budget (March 2009): cross-document pair
n_r = F(N8, '61330.35亿元'); n_ri = F(N8, '10008.57亿元'); gr_n = [n_r, n_ri, F(N8, '19.5%')]
n_e = F(N8, '62592.66亿元'); c_r = F(N8, '33626.93亿元'); c_e = F(N8, '36334.93亿元'); c_tot = F(N8, '36526.93亿元'); c_def = F(N8, '1800亿元')
S.rel('growth', C, gr_n, 'national revenue 61330.35, +10008.57 on 51321.78 = +19.50% → 19.5')
S.rel('growth', C, [n_e, F(N8, '12811.31亿元'), F(N8, '25.7%')], 'national expenditure 62592.66, +12811.31 on 49781.35 = +25.74% → 25.7')
S.rel('growth', C, [c_r, F(N8, '5014.98亿元'), F(N8, '17.5%')], 'central revenue 33626.93, +5014.98 on 28611.95 = +17.53% → 17.5')
S.rel('growth', I, [c_e, F(N8, '6574.98亿元'), F(N8, '22.8%')], 'REAL ERROR in the original (judgement call): central expenditure 36334.93, +6574.98 on 29759.95 = +22.09%, not 22.8%; an increase of 6754.98 (base 29579.95) would give 22.84%, so the increment looks transposed')
S.rel('sum', C, [c_e, F(N8, '192亿元'), c_tot], 'central expenditure 36334.93 + stabilisation fund 192 = 36526.93 支出总量')
S.rel('sum', U, [c_tot, c_r, c_def], 'deficit 1800 vs 36526.93 − 33626.93 = 2900: the central budget also draws on the stabilisation fund and other resources not stated here; not a two-term sum')
S.rel('share', U, [c_e, n_e], 'central expenditure 36334.93 vs national 62592.66: central expenditure includes transfers to local governments, which are spent again as local expenditure; overlapping scopes, not a part of the whole')
S.rel('target', M, [n_r, F(N8, '104.9%')], '2008 national revenue 104.9% of the approved budget: met (the budget amount itself is not stated)')
jm_r = F(N8, '27108.67亿元'); jm_d = F(N8, '1955.7亿元', n=1); jm_p = F(N8, '40.9%'); jm_e = F(N8, '22496.98亿元'); jm_ep = F(N8, '29.5%')
S.rel('restatement', C, [F(N8, '1955.7亿元', n=0), jm_d], 'subheading “减少1955.7亿元” = body “减少1955.7亿元” (Jan–May 2009 revenue)')
S.rel('growth', C, [jm_r, jm_d, F(N8, '6.7%')], 'Jan–May revenue 27108.67, 1955.7 less than 29064.37 = −6.73% → 下降6.7%')
S.rel('growth', C, [jm_e, F(N8, '4887.17亿元'), F(N8, '27.8%')], 'Jan–May expenditure 22496.98, +4887.17 on 17609.81 = +27.75% → 27.8')
S.rel('target', CT, [jm_r, jm_p], 'Jan–May 2009 revenue 40.9% of the 2009 budget: the year is not over')
S.rel('target', CT, [jm_e, jm_ep], 'Jan–May 2009 expenditure 29.5% of the 2009 budget: the year is not over')
y_c = F(N9Y, '7500亿元'); y_up = F(N9Y, '5700亿元'); y_l = F(N9Y, '2000亿元'); y_n = F(N9Y, '9500亿元', n=0)
y_exp = F(N9Y, '76235亿元'); y_rev = F(N9Y, '66230亿'); y_gap = F(N9Y, '10005亿', n=0)
sh_jm = [jm_r, y_rev, jm_p]; sum_def = [c_def, y_up, y_c]; sum_gap = [y_exp, y_rev, y_gap]
S.rel('share', C, sh_jm, 'cross-document: Jan–May revenue 27108.67 / 2009 budget 66230 (March news) = 40.93% → 40.9')
S.rel('share', C, [jm_e, y_exp, jm_ep], 'cross-document: Jan–May expenditure 22496.98 / 2009 budget 76235 = 29.51% → 29.5')
S.rel('sum', C, sum_def, 'cross-document: 2008 central deficit 1800 (final accounts) + 5700 “比上年增加” = 2009 central deficit 7500')
S.rel('sum', C, [y_c, y_l, y_n], 'central deficit 7500 + local bonds 2000 = 全国财政赤字 9500')
S.rel('sum', C, sum_gap, '2009 budget expenditure 76235 − revenue 66230 = 收支差额 10005')
S.rel('sum', C, [F(N9Y, '10005亿元'), F(N9Y, '9500亿元', n=1), F(N9Y, '505亿元', n=0)], '10005 − 9500 = 505 (from the stabilisation fund)')
S.rel('growth', C, [y_exp, F(N9Y, '62427亿元'), F(N9Y, '14000亿元')], '76235 − 62427 = 13808: “多出近14000亿元” (近 = just under) holds')
S.rel('share', C, [y_n, F(N9Y, '1303亿元'), F(N9Y, '7倍')], '“今年安排的财政赤字超过去年的7倍”: 9500 / 1303 = 7.29 > 7 (judgement call: the article’s 财政赤字 is the 9500 total)')
S.rel('restatement', U, [F(N9Y, '1303亿元'), c_def], '“2008年的财政赤字为1303亿元” vs the 2008 central deficit 1800 (final accounts; also 7500 − 5700): the article does not say what 1303 covers; another measure, not the same figure')
S.rel('restatement', U, [F(N9Y, '62427亿元'), n_e], '2008 expenditure 62427 (March 2009 budget report, an estimate) vs 62592.66 (June 2009 final accounts): estimate vs final accounts, not a contradiction')
S.rel('target', CT, [y_rev, jm_r], 'cross-document: 2009 revenue budget 66230 vs Jan–May 27108.67: the year is not over')
a = ALT(N8, 1, n_ri, '10088.57亿元', 'increase of national revenue 10008.57 → 10088.57')
S.rel('growth', I, R(a, gr_n, n_ri, '10088.57亿元'), 'altered: 10088.57 / (61330.35 − 10088.57) = +19.69%, not 19.5 (breaks {B})')
a = ALT(N8, 2, jm_p, '46.9%', 'Jan–May revenue progress 40.9% → 46.9%')
S.rel('share', I, R(a, sh_jm, jm_p, '46.9%'), 'altered (cross-document): 27108.67 / 66230 = 40.9%, not 46.9% (breaks {B})')
a = ALT(N9Y, 1, y_up, '5200亿元', 'increase of the central deficit 5700 → 5200')
S.rel('sum', I, R(a, sum_def, y_up, '5200亿元'), 'altered (cross-document): 1800 + 5200 = 7000, not 7500 (breaks {B})')
a = ALT(N9Y, 2, y_rev, '66830亿', '2009 budget revenue 66230 → 66830')
S.rel('sum', I, R(a, sum_gap, y_rev, '66830亿'), 'altered: 76235 − 66830 = 9405, not 10005 (breaks {B})')
S.rel('share', I, R(a, sh_jm, y_rev, '66830亿'), 'altered (cross-document): 27108.67 / 66830 = 40.56%, not 40.9% (breaks {B})')

# ---- central 2009 final accounts (June 2010)
j_t = F(N9J, '43819.58亿元'); j_ti = F(N9J, '8431.02亿元'); j_c = F(N9J, '15255.79亿元'); j_ci = F(N9J, '1911.62亿元')
j_l = F(N9J, '28563.79亿元'); j_li = F(N9J, '6519.4亿元'); j_def = F(N9J, '7500亿元')
sum_j = [j_c, j_l, j_t]; sum_ji = [j_ci, j_li, j_ti]; gr_jc = [j_c, j_ci, F(N9J, '14.3%')]; gr_jl = [j_l, j_li, F(N9J, '29.6%')]
S.rel('sum', C, sum_j, '本级 15255.79 + transfers 28563.79 = 43819.58亿元')
S.rel('sum', C, sum_ji, 'increments 1911.62 + 6519.4 = 8431.02')
S.rel('growth', C, [j_t, j_ti, F(N9J, '23.8%')], '43819.58, +8431.02 on 35388.56 = +23.82% → 23.8')
S.rel('growth', C, gr_jc, '15255.79, +1911.62 on 13344.17 = +14.33% → 14.3')
S.rel('growth', C, gr_jl, '28563.79, +6519.4 on 22044.39 = +29.57% → 29.6')
S.rel('rate', C, [F(N9J, '99.9%'), j_c, F(N9J, '101.9%'), j_l, F(N9J, '98.9%'), j_t], 'budget completion of the total from its parts: implied budgets 15255.79/1.019 + 28563.79/0.989 = 14971.3 + 28881.5 = 43852.8; 43819.58 / 43852.8 = 99.92% (99.87–99.97 with half units) → 99.9')
S.rel('target', M, [F(N9J, '60237.68亿元'), F(N9J, '62708.35亿元')], 'year-end central debt 60237.68 within the approved ceiling 62708.35: met')
S.rel('target', MS, [j_l, F(N9J, '98.9%')], 'transfers to local governments 98.9% of the budgeted amount: short of the plan (judgement call: an expenditure plan read as a target)')
S.rel('target', M, [y_c, j_def], 'cross-document: 2009 central deficit budgeted at 7500 (March 2009) vs result 7500 “控制在…批准的数额之内”: met (≤ plan)')
S.rel('target', U, [y_n, j_def], 'cross-document: national deficit 9500 (central 7500 + local bonds 2000) vs central result 7500: other scope')
S.rel('growth', U, [j_t, j_ti, c_e], 'cross-document: the 2009 increase 8431.02 implies a 2008 base of 35388.56, not the 36334.93 of the 2008 final accounts: the 2009 report compares on a restated basis it does not explain; not checkable across the two')
a = ALT(N9J, 1, j_li, '6579.4亿元', 'increase of transfers 6519.4 → 6579.4')
S.rel('sum', I, R(a, sum_ji, j_li, '6579.4亿元'), 'altered: 1911.62 + 6579.4 = 8491.02, not 8431.02 (breaks {B})')
S.rel('growth', I, R(a, gr_jl, j_li, '6579.4亿元'), 'altered: 6579.4 / (28563.79 − 6579.4) = +29.93%, not 29.6 (breaks {B})')
a = ALT(N9J, 2, j_c, '15855.79亿元', 'central 本级 expenditure 15255.79 → 15855.79')
S.rel('sum', I, R(a, sum_j, j_c, '15855.79亿元'), 'altered: 15855.79 + 28563.79 = 44419.58, not 43819.58 (breaks {B})')
S.rel('growth', I, R(a, gr_jc, j_c, '15855.79亿元'), 'altered: 1911.62 / (15855.79 − 1911.62) = +13.71%, not 14.3 (breaks {B})')

# ---- 鄂尔多斯 2000–2016 (2017 write-up)
e_r = F(ER, '451亿元'); e_r0 = F(ER, '15.7亿元'); e_rx = F(ER, '27.7倍'); e_ra = F(ER, '23.3%')
gr_ex = [e_r, e_r0, e_rx]; gr_ea = [e_r, e_r0, e_ra]
S.rel('growth', I, [F(ER, '15.4倍'), F(ER, '18.6%')], 'REAL ERROR under the convention (judgement call): 2000→2016 is 16 years; 年均18.6% gives a ratio of 1.186^16 = 15.2–15.4 (i.e. 增长14.3倍), while “增长15.4倍” means ratio 16.4 (19.1% a year); the writer used 增长 for 是…的 (both at comparable prices)')
S.rel('growth', U, [F(ER, '4418亿元'), F(ER, '150亿元'), F(ER, '15.4倍')], 'nominal 4418 / 150 = 29.5 vs “15.4倍” at comparable prices: nominal vs real, not a contradiction')
S.rel('growth', C, gr_ex, 'revenue 451 / 15.7 = 28.73 (28.6–28.8 with half units): 增长27.7倍 = ratio 28.7')
S.rel('growth', C, gr_ea, 'revenue 16-year average: 28.73^(1/16) = 1.2335 (23.32–23.38 with half units) → 年均23.3% fits')
S.rel('share', U, [F(ER, '2100亿吨'), F(ER, '1/6')], 'coal reserves 2100亿吨 = 1/6 of the national total: the national figure is not stated')
S.rel('share', U, [F(ER, '4.95万亿立方米'), F(ER, '1/3')], 'gas reserves 4.95万亿 m³ ≈ 1/3 of the national total: not stated')
S.rel('share', U, [e_r, F(NM, '2497.3億元')], 'cross-document: 鄂尔多斯 budget revenue 451 (2016) vs 内蒙古 地方财政总收入 2497.3 (2012): other year and indicator; no share')
a = ALT(ER, 1, e_r0, '15.1亿元', '2000 revenue 15.7 → 15.1')
S.rel('growth', I, R(a, gr_ex, e_r0, '15.1亿元'), 'altered: 451 / 15.1 = 29.9 (增长28.9倍), not 增长27.7倍 (breaks {B})')
S.rel('growth', I, R(a, gr_ea, e_r0, '15.1亿元'), 'altered: 29.87^(1/16) = 1.2365 → 23.7%, not 23.3% (breaks {B})')
a = ALT(ER, 2, e_rx, '24.7倍', 'revenue ratio 27.7倍 → 24.7倍')
S.rel('growth', I, R(a, gr_ex, e_rx, '24.7倍'), 'altered: 451 / 15.7 = 28.7 (增长27.7倍), not 增长24.7倍 (breaks {B})')

# ---- 山西 industry 1952–1978 (2019 series)
g_r = [F(GY, '20.3倍'), F(GY, '12.3%')]
S.rel('growth', C, g_r, '1978 industry = 20.3 × 1952 (comparable prices); 26 years: 20.3^(1/26) = 1.1228 → 年均12.3%')
S.rel('share', U, [F(GY, '48.1亿元'), F(GY, '54.7%')], 'industry 48.1亿 = 54.7% of GDP: GDP is not stated')
S.rel('share', U, [F(GY, '18项'), F(GY, '156项')], '18 of the 156 national key projects in 山西: no share is stated')
a = ALT(GY, 1, g_r[1], '13.3%', 'yearly average 12.3% → 13.3%')
S.rel('growth', I, R(a, g_r, g_r[1], '13.3%'), 'altered: 20.3^(1/26) = 12.3%, not 13.3% (breaks {B})')

# ---- 北京 H1 2024 budget execution
b_g = [F(BJ24, '3.1%', n=0), F(BJ24, '3.1%', n=1)]
S.rel('restatement', C, b_g, 'lead “收入增长3.1%” = body “完成3481.6亿元,增长3.1%”')
S.rel('target', CT, [F(BJ24, '4555.3亿元'), F(BJ24, '56.8%')], 'H1 expenditure 56.8% of the annual budget: the year is not over')
S.rel('share', U, [F(BJ24, '3481.6亿元'), F(BJ24, '86.2%')], 'tax share 86.2% of 3481.6: the tax amount is not stated')
S.rel('share', U, [F(BJ24, '403.7亿元'), F(BJ24, '八成')], 'SME contracts 403.7 “近八成” of all procurement: the total is not stated')
a = ALT(BJ24, 1, b_g[1], '3.7%', 'body revenue growth 3.1% → 3.7%')
S.rel('restatement', I, R(a, b_g, b_g[1], '3.7%'), 'altered: lead says +3.1%, body +3.7% (breaks {B})')

# ---- 天津 Q1–Q3 2012
t_sh = [F(TJ, '3274.26亿元'), F(TJ, '6795.55亿元'), F(TJ, '48.2%')]; t_rs = [F(TJ, '25.2%', n=0), F(TJ, '25.2%', n=1)]
S.rel('share', C, t_sh, 'private investment 3274.26 / 6795.55 = 48.18% → 48.2')
S.rel('restatement', C, t_rs, 'lead investment +25.2% = body 6795.55亿元 +25.2%')
S.rel('restatement', C, [F(TJ, '17.3%', n=0), F(TJ, '17.3%', n=1)], 'lead trade +17.3% = body 878.66亿美元 +17.3%')
S.rel('sum', U, [F(TJ, '4964.52亿元'), F(TJ, '4114.42亿元'), F(TJ, '9188.45亿元')], 'secondary 4964.52 + tertiary 4114.42 = 9078.94 < 9188.45: primary industry (≈109.5) is not stated; not a full split')
S.rel('share', U, [F(TJ, '5227.26亿元'), F(TJ, '30.2%')], 'high-tech output 5227.26 = 30.2% of 规上 output: that total is not stated')
S.rel('share', U, [F(TJ, '90.8%'), F(TJ, '93.1%')], 'eight industries: 90.8% share of output vs 93.1% contribution to growth: a contribution is not a share')
S.rel('growth', U, [F(TJ, '1.26万家'), F(TJ, '3.36万家')], '1.26万 new tech SMEs, 3.36万 in all: the earlier stock is not stated (and exits are unknown)')
a = ALT(TJ, 1, t_sh[0], '3224.26亿元', 'private investment 3274.26 → 3224.26')
S.rel('share', I, R(a, t_sh, t_sh[0], '3224.26亿元'), 'altered: 3224.26 / 6795.55 = 47.4%, not 48.2% (breaks {B})')
a = ALT(TJ, 2, t_rs[1], '26.2%', 'body investment growth 25.2% → 26.2%')
S.rel('restatement', I, R(a, t_rs, t_rs[1], '26.2%'), 'altered: lead +25.2% vs body +26.2% (breaks {B})')

# ---- 密云县 2001 (2002 work report)
m_t = F(MY, '43.3亿元'); m_p = [F(MY, '7.8亿元'), F(MY, '20.6亿元'), F(MY, '14.9亿元')]
sum_m = m_p + [m_t]
S.rel('sum', C, sum_m, '7.8 + 20.6 + 14.9 = 43.3亿元')
S.rel('target', M, [m_t, F(MY, '105%')], 'GDP 43.3亿 = 105% of the year’s plan: met (the plan, ≈41.2, is not stated)')
S.rel('rate', U, [F(MY, '20.7%'), F(MY, '15.7%'), F(MY, '26.2%', n=0), F(MY, '16.3%')], 'GDP +20.7% vs sectors +15.7/+26.2/+16.3: real growth weights not stated (current weights happen to give ≈20.7)')
S.rel('restatement', U, [F(MY, '26.2%', n=0), F(MY, '26.2%', n=1)], 'secondary industry +26.2% and tax revenue +26.2%: same number, other indicator')
S.rel('share', U, [F(MY, '3.576亿元'), F(MY, '8.755亿元')], '财政收入 3.576 vs 税收总额 8.755 (taxes collected in the county, incl. central taxes): overlapping scopes, no share')
S.rel('share', U, [F(MY, '67.6亿元'), m_t], 'rural gross income 67.6 vs GDP 43.3: a gross income, not a part of GDP')
a = ALT(MY, 1, m_p[1], '20.8亿元', 'secondary value added 20.6 → 20.8')
S.rel('sum', I, R(a, sum_m, m_p[1], '20.8亿元'), 'altered: 7.8 + 20.8 + 14.9 = 43.5, not 43.3 (breaks {B})')
a = ALT(MY, 2, m_p[2], '14.3亿元', 'tertiary value added 14.9 → 14.3')
S.rel('sum', I, R(a, sum_m, m_p[2], '14.3亿元'), 'altered: 7.8 + 20.6 + 14.3 = 42.7, not 43.3 (breaks {B})')

# ---- 大同 2019 (2020 work report)
d_rk = [F(DT, '第1', n=0), F(DT, '第3', n=0), F(DT, '第3', n=1), F(DT, '第4'), F(DT, '第5'), F(DT, '第2', n=0), F(DT, '第2', n=1), F(DT, '7个'), F(DT, '5个'), F(DT, '前3')]
S.rel('sum', C, d_rk, 'seven indicators ranked 1, 3, 3, 4, 5, 2, 2: five of the seven are in the top three (“上述7个主要指标,有5个居全省前3位次”)')
S.rel('restatement', C, [F(DT, '第1', n=0), F(DT, '第一位')], 'GDP growth “增幅全省第1” = “GDP增速…取得第一位的名次”')
S.rel('restatement', U, [F(DT, '10.5%', n=0), F(DT, '10.5%', n=1)], 'investment +10.5% and rural income +10.5%: same number, other indicators')
a = ALT(DT, 1, d_rk[3], '第2', 'retail-sales growth rank 第4 → 第2')
S.rel('sum', I, R(a, d_rk, d_rk[3], '第2'), 'altered: ranks 1, 3, 3, 2, 5, 2, 2 put six of seven in the top three, not five (breaks {B})')

# ---- 延庆区 2022 (report of December 2022)
q_g = [F(YQ, '4%', n=1), F(YQ, '4%', n=0)]
S.rel('growth', C, q_g, 'farmers’ income +4% “与经济增长保持同步”: GDP +4%, the same rate')
S.rel('target', U, [F(YQ, '213亿元'), F(YQ, '4%', n=0)], 'GDP +4% “实现市政府调控目标”: the target is not stated')
S.rel('share', U, [F(YQ, '70亿元'), F(YQ, '100亿元')], '建安投资 70 within fixed investment 100: no share is stated')
S.rel('share', U, [F(YQ, '24.3亿元'), F(YQ, '43.1亿元')], '区级 revenue 24.3 within 地方级 revenue 43.1 (+8.8% vs +5.5%): a subset of another scope, not a split')
S.rel('share', U, [F(YQ, '120亿元'), F(YQ, '43.1亿元')], '全口径税费收入 over 120亿 vs 地方级一般公共预算收入 43.1: overlapping scopes')
a = ALT(YQ, 1, q_g[0], '6%', 'farmers’ income growth 4% → 6%')
S.rel('growth', I, R(a, q_g, q_g[0], '6%'), 'altered: farmers’ income +6% vs GDP +4%: not “保持同步” (breaks {B})')

# ---- 北京 1981 capital construction (京政發[1982]37號, traditional, Chinese numerals)
k_t = F(BJ81, '二十三億九千萬元'); k_a = F(BJ81, '十四億九千萬元'); k_b = F(BJ81, '九億元')
sum_k = [k_a, k_b, k_t]
rate_k = [F(BJ81, '百分之九點九'), k_t, k_a, F(BJ81, '百分之十六點五'), k_b, F(BJ81, '百分之三點四')]
S.rel('sum', C, sum_k, 'budget-funded 14.9亿 + loans and own funds 9亿 = 23.9亿 (二十三億九千萬)')
S.rel('rate', C, rate_k, 'total −9.9% from the parts: 1980 levels 14.9/0.835 + 9/1.034 = 17.84 + 8.70 = 26.55; 23.9/26.55 = −10.0% (−10.6 to −9.4 with half units): −9.9 fits (money amounts, no price weights needed)')
a = ALT(BJ81, 1, k_b, '八億元', 'loans and own funds 九億 → 八億')
S.rel('sum', I, R(a, sum_k, k_b, '八億元'), 'altered: 14.9 + 8 = 22.9, not 23.9 (breaks {B})')
S.rel('rate', I, R(a, rate_k, k_b, '八億元'), 'altered: 23.9 / (17.84 + 8/1.034) = −6.6% (−7.2 to −5.9), not −9.9 (breaks {B})')
a = ALT(BJ81, 2, k_a, '十四億三千萬元', 'budget-funded investment 十四億九千萬 → 十四億三千萬')
S.rel('sum', I, R(a, sum_k, k_a, '十四億三千萬元'), 'altered: 14.3 + 9 = 23.3, not 23.9 (breaks {B})')
S.rel('rate', I, R(a, rate_k, k_a, '十四億三千萬元'), 'altered: 23.9 / (14.3/0.835 + 8.70) = −7.5% (−8.1 to −6.8), not −9.9 (breaks {B})')

# ---- 山西 Jan–Aug 2008 coal (traditional)
o_p = F(CO, '44933萬噸'); o_p1 = F(CO, '22901萬噸'); o_p2 = F(CO, '22032萬噸'); o_s = F(CO, '44035萬噸'); o_s1 = F(CO, '21386萬噸'); o_s2 = F(CO, '22649萬噸')
sum_op = [o_p1, o_p2, o_p]; rate_op = [F(CO, '14.10%'), o_p1, F(CO, '10.90%'), o_p2, F(CO, '17.62%'), o_p]
g_os = [F(CO, '13.45%'), F(CO, '10.60%'), F(CO, '2.85個')]; rate_os = [F(CO, '12.05%'), o_s1, F(CO, '10.60%'), o_s2, F(CO, '13.45%'), o_s]
S.rel('sum', C, sum_op, 'production: key mines 22901 + others 22032 = 44933萬噸')
S.rel('sum', C, [o_s1, o_s2, o_s], 'sales: 21386 + 22649 = 44035萬噸')
S.rel('growth', C, [F(CO, '17.62%'), F(CO, '10.90%'), F(CO, '6.7個')], '17.62 − 10.90 = 6.72 → “低於…6.7個百分點”')
S.rel('growth', C, g_os, '13.45 − 10.60 = 2.85 points')
S.rel('rate', C, rate_op, 'production +14.10% from its parts (tonnes, no price weights): 22901/1.1090 + 22032/1.1762 = 39381.6; 44933 / 39381.6 = +14.10%')
S.rel('rate', C, rate_os, 'sales +12.05% from its parts: 21386/1.1060 + 22649/1.1345 = 39300.2; 44035 / 39300.2 = +12.05%')
S.rel('share', U, [F(CO, '37613萬噸'), o_s], 'coal shipped out of the province 37613 vs sales 44035: no share is stated (and the two are of other scopes)')
a = ALT(CO, 1, o_p2, '22632萬噸', 'non-key mines’ production 22032 → 22632')
S.rel('sum', I, R(a, sum_op, o_p2, '22632萬噸'), 'altered: 22901 + 22632 = 45533, not 44933 (breaks {B})')
S.rel('rate', I, R(a, rate_op, o_p2, '22632萬噸'), 'altered: 44933 / (20650.1 + 22632/1.1762) = +12.6%, not 14.10% (breaks {B})')
a = ALT(CO, 2, g_os[0], '18.45%', 'non-key mines’ sales growth 13.45% → 18.45%')
S.rel('growth', I, R(a, g_os, g_os[0], '18.45%'), 'altered: 18.45 − 10.60 = 7.85, not 2.85 points (breaks {B})')
S.rel('rate', I, R(a, rate_os, g_os[0], '18.45%'), 'altered: 44035 / (19336.3 + 22649/1.1845) = +14.5%, not 12.05% (breaks {B})')

# ---- 内蒙古 2007–2012 (2013 article, traditional)
n0 = F(NM, '6423.2億元'); n1 = F(NM, '1.6萬億元'); r0 = F(NM, '835.5億元'); r1 = F(NM, '2497.3億元'); i0 = F(NM, '4405億元'); i1 = F(NM, '1.3萬億元')
gr_ra = [r0, r1, F(NM, '24.5%')]; st07 = [F(NM, '11.9'), F(NM, '49.7'), F(NM, '38.4')]; gr_in = [F(NM, '3953元'), F(NM, '7611.3元'), F(NM, '14%')]
S.rel('growth', C, [n0, n1, F(NM, '近萬億元')], '1.6萬億 − 6423.2 = 9577 (9077–10077 with 1.6萬億 at its half unit): “增加近萬億元” holds')
S.rel('growth', U, [n0, n1, F(NM, '15.1%')], 'nominal (16000/6423.2)^(1/5) = +20% a year vs 年均15.1% at comparable prices: nominal vs real')
S.rel('growth', C, [r0, r1, F(NM, '2倍')], 'revenue 2497.3 / 835.5 = 2.99: “增長2倍” (ratio − 1 = 1.99 ≈ 2) holds')
S.rel('growth', C, gr_ra, 'revenue 5-year average: 2.989^(1/5) = 1.2448 → 24.5%')
S.rel('growth', C, [i0, i1, F(NM, '翻了一番多')], 'investment 1.3萬億 / 4405 = 2.95 (2.84–3.06): “翻了一番多” (more than doubled) holds')
S.rel('growth', C, [i0, i1, F(NM, '24.1%')], 'investment 5-year average: (13000/4405)^(1/5) = 1.2417; with 1.3萬億 at its half unit 23.2–25.1%: 24.1 fits')
S.rel('share', U, [F(NM, '4.6萬億元'), F(NM, '72%')], '4.6萬億 = 72% of all investment since 1947: that total is not stated')
S.rel('sum', C, st07, '2007 structure 11.9 + 49.7 + 38.4 = 100')
S.rel('sum', C, [F(NM, '9.1'), F(NM, '56.5'), F(NM, '34.4')], '2012 structure 9.1 + 56.5 + 34.4 = 100')
S.rel('share', U, [F(NM, '49.8%'), F(NM, '56.5')], 'industry 49.8% of GDP vs secondary industry 56.5%: industry is a part of the secondary sector; no relation to check')
S.rel('growth', C, gr_in, 'farmers’ income 3953 → 7611.3: (7611.3/3953)^(1/5) = 1.1400 → 年均14%')
S.rel('share', U, [F(NM, '7657億元'), F(NM, '63.4%')], '民生 spending 7657 = 63.4% of total spending: the total is not stated')
a = ALT(NM, 1, r0, '865.5億元', '2007 revenue 835.5 → 865.5')
S.rel('growth', I, R(a, gr_ra, r0, '865.5億元'), 'altered: (2497.3/865.5)^(1/5) = 1.2361 → 23.6%, not 24.5% (breaks {B})')
a = ALT(NM, 2, st07[1], '47.7', '2007 secondary share 49.7 → 47.7')
S.rel('sum', I, R(a, st07, st07[1], '47.7'), 'altered: 11.9 + 47.7 + 38.4 = 98.0, not 100 (breaks {B})')
a = ALT(NM, 3, gr_in[1], '7011.3元', '2012 farmers’ income 7611.3 → 7011.3')
S.rel('growth', I, R(a, gr_in, gr_in[1], '7011.3元'), 'altered: (7011.3/3953)^(1/5) = 1.1214 → 12.1%, not 14% (breaks {B})')

# ---- further traps (same number / other indicator, subsets, contributions, other years)
S.rel('restatement', U, [F(HB, '5.1%', n=0), F(HB, '5.1%', n=1)], 'tertiary industry +5.1% and manufacturing +5.1%: same number, other indicators')
S.rel('growth', U, [F(HB, '5.8%'), F(HB, '5.0%')], '规上工业增加值 +5.8% vs secondary industry +5.0%: other indicator (secondary includes construction and small firms)')
S.rel('share', U, [c_r, n_r], 'central revenue 33626.93 within national 61330.35: no share is stated')
S.rel('growth', U, [n_r, y_rev], 'cross-document: 2008 revenue 61330.35 vs 2009 budget 66230: a plan against last year’s result; no growth rate is stated')
S.rel('share', U, [F(ER, '19.9万'), F(ER, '204万')], 'Mongolian population 19.9万 of 204万: no share is stated')
S.rel('share', U, [F(ER, '75%'), F(ER, '26.7%')], 'vegetation cover 75% vs forest cover 26.7%: overlapping indicators, not parts of a whole')
S.rel('share', U, [F(TJ, '4591.54亿元'), F(TJ, '4964.52亿元')], 'industry 4591.54 within the secondary sector 4964.52: no share is stated')
S.rel('share', U, [F(TJ, '5227.26亿元'), F(TJ, '15736.83亿元')], 'high-tech output 5227.26 vs the eight industries 15736.83: overlapping groupings, not a split')
S.rel('growth', U, [F(TJ, '14.0个'), F(TJ, '93.1%'), F(TJ, '15.9%')], 'eight industries “拉动全市工业增长14.0个百分点, 贡献率93.1%”: 14.0/0.931 = 15.0, the growth of 规上 output, which is not stated; the 15.9% is industrial value added, another indicator')
S.rel('share', U, [F(MY, '45.3亿元'), m_t], 'fixed investment 45.3 exceeds GDP 43.3: investment is not a part of GDP by production; no relation')
S.rel('growth', U, [F(BJ24, '9.1%'), F(BJ24, '3.1%', n=1)], 'expenditure +9.1% vs revenue +3.1%: other indicators; no relation')
S.rel('share', U, [F(DT, '352.2亿元'), F(DT, '1318.8亿元')], '规上工业增加值 352.2 within GDP 1318.8: no share is stated')
S.rel('restatement', U, [F(NM, '49.8%'), F(NM, '49.7')], 'industry 49.8% of GDP (2012) vs secondary industry 49.7 (2007): close numbers, other indicator and year')
S.rel('share', U, [F(YQ, '24.3亿元'), F(BJ24, '3481.6亿元')], 'cross-document: 延庆 区级 revenue 24.3 (2022) vs 北京 H1 2024 revenue 3481.6: other year and period; no share')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

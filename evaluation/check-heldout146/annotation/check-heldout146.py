"""Check key, set check-heldout146. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout146.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout146'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

Y0='yp_2020.txt'; Y1='yp_2021.txt'; SH='sh_2012h1.txt'; SM='sh_m5.txt'; P2='sip_2012.txt'; P3='sip_2013h1.txt'; SZ7='sz_m7_hant.txt'
J9='jj_2019.txt'; JQ='jj_2024q1.txt'; JH='jj_2024h1.txt'; F7='fj_2017h1.txt'; F9='fj_2009_hant.txt'; LS='ls_2021.txt'; CA='ca_2018.txt'
SH7='szh_2017.txt'; QD='qd_2022q2.txt'; WX='wx_1986.txt'; QY='qy_2017_hant.txt'

# ---- 杨浦区 (上海) 2020 final accounts
y0_r = F(Y0, '1284499万元'); y0_t = F(Y0, '989641万元'); y0_in = F(Y0, '2848905万元', n=0)
y0_c = F(Y0, '332765万元'); y0_e = F(Y0, '2016969万元'); y0_e2 = F(Y0, '183085万元'); y0_out = F(Y0, '2848905万元', n=1)
sum_y0a = [y0_r, y0_t, y0_c, F(Y0, '242000万元'), y0_in]
sum_y0b = [y0_e, F(Y0, '76985万元'), y0_e2, F(Y0, '500231万元'), F(Y0, '71635万元'), y0_out]
S.rel('sum', C, sum_y0a, '杨浦 2020 final accounts: revenue 1284499 + transfers 989641 + carry-over etc. 332765 + bond transfer 242000 = 2848905万元 (收入总量)')
S.rel('sum', C, sum_y0b, 'spending 2016969 + 76985 + 183085 + 500231 + 71635 = 2848905万元 (支出总量)')
S.rel('sum', U, [F(Y0, '60000万元'), y0_t], 'special transfer 60000 is included (含) in the transfers 989641: a part, the rest is not split; nothing to check')
S.rel('growth', U, [y0_r, F(Y0, '1%', pre='增长')], 'revenue 1284499 “增长1%”: the 2019 revenue is not stated in the document')
S.rel('share', U, [y0_e, F(Y0, '92%')], 'spending 2016969 = 92% of the adjusted budget: the adjusted budget is not stated')
S.rel('target', M, [y0_r, F(Y0, '100%', pre='为调整预算的')], '2020 revenue “为调整预算的100%”: the year is over and the (adjusted) budget was reached: met')
S.rel('target', MS, [y0_e, F(Y0, '92%')], '2020 spending “完成调整预算的92%”: the year is over and spending fell short of the adjusted budget: missed (a budget is a plan; see judgement calls)')

# ---- 杨浦区 2021 budget execution (and cross-document with 2020)
y1_r = F(Y1, '1430068万元'); y1_t = F(Y1, '746675万元'); y1_in = F(Y1, '2457396万元', n=0)
y1_e = F(Y1, '2058028万元'); y1_e3 = F(Y1, '167678万元'); y1_out = F(Y1, '2457396万元', n=1)
sum_y1a = [y1_r, y1_t, F(Y1, '183653万元'), F(Y1, '97000万元'), y1_in]
sum_y1b = [y1_e, F(Y1, '77185万元'), F(Y1, '97497万元'), y1_e3, F(Y1, '57008万元'), y1_out]
gr_y1r = [y0_r, y1_r, F(Y1, '11.3%')]; gr_y1e = [y0_e, y1_e, F(Y1, '2.0%')]; rs_y1 = [y1_in, y1_out]
S.rel('sum', C, sum_y1a, '杨浦 2021: revenue 1430068 + transfers 746675 + 183653 + bond transfer 97000 = 2457396万元 (收入总量)')
S.rel('sum', C, sum_y1b, 'spending 2058028 + 77185 + 97497 + 167678 + 57008 = 2457396万元 (支出总量)')
S.rel('target', M, [y1_r, F(Y1, '100.3%')], '2021 revenue “为调整预算的100.3%”: the year is over: met')
S.rel('target', MS, [y1_e, F(Y1, '92.4%')], '2021 spending “完成调整预算的92.4%”: the year is over and spending fell short of the adjusted budget: missed')
S.rel('restatement', C, rs_y1, '收入总量 2457396 = 支出总量 2457396 (“收支执行平衡”)')
S.rel('growth', C, gr_y1r, 'cross-document: 1430068 (2021) / 1284499 (2020 final accounts) = +11.33% → “增长11.3%”')
S.rel('growth', C, gr_y1e, 'cross-document: spending 2058028 / 2016969 = +2.04% → “增长2.0%”')
S.rel('share', U, [F(Y0, '100%', pre='为调整预算的'), F(Y1, '100.3%')], 'cross-document: 100% (2020) and 100.3% (2021) of the adjusted budgets: different years’ budgets; no relation')
S.rel('growth', U, [y0_t, y1_t], 'cross-document: transfers 989641 (2020) → 746675 (2021): no rate is stated; nothing to check')

# ---- 上海 H1 2012
sh_t = F(SH, '9552.24亿元'); sh_p = [F(SH, '41.97亿元'), F(SH, '3744.57亿元'), F(SH, '5765.7亿元')]
sh_s3 = F(SH, '60.4%'); sh_re = F(SH, '421.25亿元'); sh_a = F(SH, '7.3%'); sh_b = F(SH, '4.4%'); sh_g = F(SH, '7.2%')
sum_sh = sh_p + [sh_t]; sh_sa = [sh_re, sh_p[2], sh_a]; sh_sb = [sh_re, sh_t, sh_b]; gr_sh = [sh_g, F(SH, '7%', pre='一季度的')]
S.rel('sum', C, sum_sh, '上海 H1 2012: 41.97 + 3744.57 + 5765.7 = 9552.24亿元')
S.rel('share', C, [sh_p[2], sh_t, sh_s3], 'tertiary 5765.7 / 9552.24 = 60.36% → 60.4%')
S.rel('restatement', C, [F(SH, '逾六成'), sh_s3], '“第三产业占全市生产总值逾六成” (a lower bound) fits 60.4%')
S.rel('share', C, sh_sa, 'real estate 421.25 / tertiary 5765.7 = 7.31% → 7.3%')
S.rel('share', C, sh_sb, 'real estate 421.25 / GDP 9552.24 = 4.41% → 4.4%')
S.rel('growth', C, gr_sh, 'H1 +7.2% “比一季度的7%有所加快”: 7.2 > 7')
S.rel('growth', U, [sh_s3, F(SH, '2.6个百分点')], 'tertiary share 60.4% “比去年同期提高2.6个百分点”: the H1 2011 levels are not stated')
S.rel('rate', U, [sh_g, F(SH, '3.2%'), F(SH, '3%', pre='增长', post=';第三'), F(SH, '10.3%')], 'GDP +7.2% from the sectors’ −3.2/+3/+10.3%: the previous-year weights are not stated')
S.rel('share', U, [F(SH, '82.6%'), sh_p[2], sh_t], 'tertiary contribution to growth 82.6% against its share of the level (60.4%): a contribution is not a share; the previous-year levels are not stated')
S.rel('growth', U, [F(SH, '9.2%'), sh_a], 'real estate share of the tertiary sector 9.2% last year → 7.3%: last year’s levels are not stated')
S.rel('restatement', U, [F(SH, '2.6%'), F(SH, '2.6个百分点')], 'above-scale industry +2.6% and the tertiary share +2.6 points: same number, other indicators')

# ---- 上海 May (year not named)
S.rel('growth', U, [F(SM, '17.4%'), F(SM, '2.4个百分点'), F(SM, '15.2%')], 'six industries’ output +17.4% “高出全市水平2.4个百分点” implies the city’s output +15.0%; the 15.2% in the text is value added, another indicator: no contradiction')
S.rel('share', U, [F(SM, '914.17亿元'), F(SM, '10.9个百分点'), F(SM, '17.4%')], 'pull 10.9 points at +17.4% implies a previous share of about 63%: the city’s output is not stated')
S.rel('growth', U, [F(SM, '15.2%'), F(SH, '2.6%')], 'cross-document: May value added +15.2% (year not named) and 2012 H1 +2.6%: other periods; no relation')

# ---- 苏州工业园区 2012 (市政府 site) and 2012 / H1 2013 (profile)
p_gdp = [F(P2, '1738亿元'), F(P3, '1738亿元')]; p_inv = [F(P2, '740.53亿元'), F(P3, '740亿元')]
p_tr = [F(P2, '795亿美元'), F(P3, '795亿美元')]; p_pop = [F(P2, '76.2万'), F(P3, '76.2万')]
S.rel('restatement', C, p_gdp, 'cross-document: 园区 2012 GDP 1738亿 in both')
S.rel('restatement', C, [F(P2, '185亿元'), F(P3, '185亿元')], 'cross-document: 2012 budget revenue 185亿 in both')
S.rel('restatement', C, p_inv, 'cross-document: investment 740.53亿 restated rounded as 740亿')
S.rel('restatement', C, p_tr, 'cross-document: trade 795亿美元 in both')
S.rel('restatement', C, p_pop, 'cross-document: resident population 76.2万 (约76.2万)')
S.rel('restatement', C, [F(P2, '288平方公里'), F(P3, '288平方公里')], 'cross-document: area 288 km² in both')
S.rel('sum', U, [F(P3, '80平方公里'), F(P3, '288平方公里')], '中新合作区 80 km² within 288 km²: a part; the rest is not split')
S.rel('share', U, [F(P3, '3.4%'), F(P3, '5.2%'), F(P3, '15%左右')], '3.4% of 苏州’s land, 5.2% of its people, about 15% of its output: 苏州’s totals are not stated')
S.rel('growth', U, [F(P3, '930亿元'), F(P3, '1738亿元')], 'H1 2013 GDP 930亿 (+10.3%) against the year 2012 1738亿: other period; H1 2012 is not stated')
S.rel('growth', U, [F(P3, '13.8亿美元'), F(P3, '19.6亿美元')], 'H1 2013 FDI 13.8亿美元 “同比略有增长” against the year 2012 19.6亿美元: other period; nothing to check')

# ---- 苏州 Jan-Jul (traditional)
sz_vs = [F(SZ7, '9.6%', n=0), F(SZ7, '9.6%', n=1)]; sz_c = F(SZ7, '62.5%')
sh_sz = [F(SZ7, '3.5個(gè)百分點(diǎn)'), F(SZ7, '5.6%'), sz_c]
S.rel('restatement', C, sz_vs, '苏州 Jan–Jul: above-scale industrial value added +9.6% in the lead and +9.6% in the body')
S.rel('share', C, sh_sz, 'top-100 firms’ contribution 62.5% = their pull 3.5 points / output growth 5.6% (61.1–64.0 with the half units)')
S.rel('growth', U, [F(SZ7, '10.0%'), F(SZ7, '5.6%'), F(SZ7, '1.4個(gè)百分點(diǎn)')], 'high-tech share up 1.4 points at +10.0% against +5.6%: needs a previous share of about 34%, not stated')
S.rel('growth', U, [F(SZ7, '10.8%'), F(SZ7, '3.5個(gè)百分點(diǎn)')], 'top-100 firms +10.8% pulling 3.5 points: their previous share (about 32%) is not stated')
S.rel('restatement', U, [sz_vs[0], F(SZ7, '5.6%')], 'value added +9.6% and gross output +5.6%: other indicators; no contradiction')

# ---- 晋江 2019
j9_p = [F(J9, '20.43亿元'), F(J9, '1586.89亿元'), F(J9, '938.86亿元')]; j9_t = F(J9, '2546.18亿元')
sum_j9 = j9_p + [j9_t]; j9_i = F(J9, '317.18亿元'); sum_j9i = [F(J9, '2229亿元'), j9_i, j9_t]
gr_j9 = [F(J9, '9.0%'), F(J9, '8.0%'), F(J9, '1个百分点')]
S.rel('sum', C, sum_j9, '晋江 2019: 20.43 + 1586.89 + 938.86 = 2546.18亿元')
S.rel('sum', C, sum_j9i, '2018 GDP 2229 + nominal increase 317.18 = 2546.18亿元')
S.rel('growth', C, gr_j9, 'growth 8.0% (2019) “比上年下降1个百分点”: 9.0 − 8.0 = 1')
S.rel('growth', U, [F(J9, '9.0%'), F(J9, '0.8个百分点')], '2018 +9.0% “比17年提升0.8个百分点”: the 2017 rate is not stated')
S.rel('growth', U, [F(J9, '247.5亿元'), F(J9, '2229亿元')], '2018 nominal increase 247.5: the 2017 level is not stated; nothing to check')
S.rel('growth', U, [j9_i, F(J9, '2229亿元'), F(J9, '8.0%')], 'nominal increase 317.18 / 2229 = +14.2% against real growth +8.0%: nominal vs comparable prices; no contradiction')
S.rel('restatement', U, [F(J9, '2.7%', n=0), F(J9, '2.7%', n=1)], 'investment +2.7% and trade −2.7%: same number, other indicators')
S.rel('rate', U, [F(J9, '8.0%'), F(J9, '1.9%'), F(J9, '8.3%'), F(J9, '7.7%')], 'GDP +8.0% from the sectors’ −1.9/+8.3/+7.7%: the weights are not stated')

# ---- 晋江 Q1 2024 and H1 2024
jq_t = F(JQ, '622.82亿元'); jq_p = [F(JQ, '3.43亿元'), F(JQ, '357.63亿元'), F(JQ, '261.76亿元')]
jq_s = [F(JQ, '0.6', post='∶'), F(JQ, '57.4'), F(JQ, '42.0')]
sum_jq = jq_p + [jq_t]; sh_jq2 = [jq_p[1], jq_t, jq_s[1]]; sh_jq3 = [jq_p[2], jq_t, jq_s[2]]
S.rel('sum', C, sum_jq, '晋江 Q1 2024: 3.43 + 357.63 + 261.76 = 622.82亿元')
S.rel('share', C, [jq_p[0], jq_t, jq_s[0]], 'primary 3.43 / 622.82 = 0.551% → 0.6 (at the edge: 0.55 rounds up)')
S.rel('share', C, sh_jq2, 'secondary 357.63 / 622.82 = 57.42% → 57.4')
S.rel('share', C, sh_jq3, 'tertiary 261.76 / 622.82 = 42.03% → 42.0')
S.rel('restatement', C, [F(JQ, '9.7%', n=0), F(JQ, '9.7%', n=2)], 'headline GDP +9.7% restates the body')
S.rel('restatement', C, [F(JQ, '9.7%', n=1), F(JQ, '9.7%', n=2)], 'lead “GDP同比增长9.7%” restates the body')
S.rel('restatement', U, [F(JQ, '10.1%', n=0), F(JQ, '10.1%', n=1)], 'secondary sector +10.1% and industry +10.1%: industry is a part of the secondary sector; equal rates, not one figure')
S.rel('restatement', U, [F(JQ, '3.5%', n=0), F(JQ, '3.5%', n=1)], 'primary value added +3.5% and 农林牧渔业总产值 (gross output) +3.5%: other indicators')
S.rel('sum', U, [F(JQ, '6.89亿元'), jq_p[0]], 'gross output 6.89 and primary value added 3.43: no relation stated')
S.rel('growth', U, [F(JQ, '9.7%', n=2), F(JH, '8.3%')], 'cross-document: Q1 +9.7% and H1 +8.3%: other periods; no contradiction')
S.rel('sum', U, [jq_t, F(JH, '1488.7亿元')], 'cross-document: Q1 622.82 within H1 1488.7: the second quarter is not stated; nothing to check')
S.rel('restatement', U, [F(J9, '8.3%'), F(JH, '8.3%')], 'cross-document: 2019 secondary sector +8.3% and H1 2024 GDP +8.3%: other period and indicator')

# ---- 福建 key projects H1 2017
f7_a = ['105.58亿元', '327.67亿元', '215.23亿元', '530.15亿元', '855.36亿元', '336.00亿元', '82.86亿元']
f7_a = [F(F7, x) for x in f7_a]; f7_s = [F(F7, '76.9%'), F(F7, '47.7%'), F(F7, '48.6%'), F(F7, '67.8%'), F(F7, '72%'), F(F7, '61.9%', n=0), F(F7, '61.9%', n=1)]
f7_t = F(F7, '2452.86亿元'); f7_p = F(F7, '62.7%')
sum_f7 = f7_a + [f7_t]; rt_f7 = [f7_t, f7_p] + [x for ab in zip(f7_a, f7_s) for x in ab]; gr_f7 = [f7_p, F(F7, '12.7%')]
S.rel('sum', C, sum_f7, '福建 H1 2017: sectors 105.58 + 327.67 + 215.23 + 530.15 + 855.36 + 336.00 + 82.86 = 2452.85, within the half units of 2452.86亿元')
S.rel('restatement', I, [F(F7, '2452亿元'), f7_t], 'REAL DISCREPANCY in the original (truncation): headline “2452亿元” for 2452.86亿, which rounds to 2453; the key treats truncation as an error (as check-heldout142 did for 99.5%)')
S.rel('rate', C, rt_f7, 'completion rate rebuilt from the sectors: plans = amount / share sum to 3913.7亿; 2452.86 / 3913.7 = 62.67% (62.50–62.84 with the half units) → 62.7%')
S.rel('growth', C, gr_f7, '“完成年度计划的62.7%,超序时进度12.7%”: half the year is 50% (序时进度), 62.7 − 50 = 12.7')
S.rel('target', CT, [f7_t, f7_p], '62.7% of the annual plan by the end of June: the year is not over; cannot tell')
S.rel('restatement', U, [f7_s[5], f7_s[6]], 'services 61.9% and social projects 61.9% of their plans: same number, other sectors')

# ---- 福建 key projects Jan-May 2009 (traditional)
f9_n = [F(F9, '49項', pre='工業項目'), F(F9, '34項'), F(F9, '37項'), F(F9, '29項'), F(F9, '149項')]
f9_i = [F(F9, '321.2億元'), F(F9, '29.8億元'), F(F9, '175.17億元'), F(F9, '696.22億元'), F(F9, '1222億元')]
f9_m = F(F9, '509億元', n=1); f9_q = F(F9, '291億元')
sh_f9a = [F(F9, '257億元'), f9_m, F(F9, '50%')]; sh_f9b = [F(F9, '106億元'), F(F9, '95億元'), F(F9, '45億元'), f9_q, F(F9, '85%')]
S.rel('sum', C, f9_n, '福建 2009 investment-promotion list: 49 + 34 + 37 + 29 = 149 projects')
S.rel('sum', C, f9_i, 'their investment 321.2 + 29.8 + 175.17 + 696.22 = 1222.39 → “約1222億元”')
S.rel('restatement', C, [F(F9, '509億元', n=0), f9_m], 'Jan–May key-project investment 509億 stated twice')
S.rel('share', C, sh_f9a, 'transport and energy 257 / 509 = 50.5% → “50%” (50.4–50.6 with the half units, within 49.5–50.5 at the edge)')
S.rel('share', C, sh_f9b, 'Q1: industry, transport, energy 106 + 95 + 45 = 246; 246 / 291 = 84.5% → 85% (84.2–84.9 with the half units)')
S.rel('share', C, [f9_m, F(F9, '34.6%'), f9_q, F(F9, '19.8%')], 'both completion rates imply one annual plan: 509 / 34.6% = 1471亿 and 291 / 19.8% = 1470亿 (ranges 1467.5–1474.7 and 1463.5–1476.0 overlap)')
S.rel('target', CT, [f9_m, F(F9, '34.6%')], '34.6% of the annual plan by the end of May: the year is not over; cannot tell')
S.rel('sum', U, [f9_q, F(F9, '130億元'), f9_m], '509 − 291 = 218 for April–May; May’s “近130億” leaves April about 88, which is not stated; nothing to check')
S.rel('growth', U, [F(F9, '34.6%'), F(F9, '1.1個百分點')], '34.6% “快于去年同期1.1個百分點”: last year’s rate is not stated')
S.rel('sum', U, [F(F9, '161億元'), F(F9, '106億元')], 'industry 161億 (Jan–May) and 106億 (Q1): other periods; no split')
S.rel('target', U, [F(F9, '34.6%'), f7_p], 'cross-document: 34.6% of the 2009 plan by May and 62.7% of the 2017 plan by June: other years’ plans; unrelated')

# ---- 丽水 2021 plan execution
ls_t = F(LS, '1710.03亿元'); ls_s = [F(LS, '6.3', post=':'), F(LS, '37.3'), F(LS, '56.4')]
ls_d = [F(LS, '1.3个百分点'), F(LS, '0.5', post='和'), F(LS, '0.7个百分点')]; ls_sv = F(LS, '964.92亿元')
sh_ls = [ls_sv, ls_t, ls_s[2]]
S.rel('sum', C, ls_s, '丽水 2021 structure 6.3 + 37.3 + 56.4 = 100')
S.rel('sum', C, ls_d, 'share changes +1.3 − 0.5 − 0.7 = +0.1; with the half units (−0.05 to +0.25) they can sum to 0, as shares must')
S.rel('share', C, sh_ls, 'services 964.92 / 1710.03 = 56.43% → 56.4')
S.rel('share', U, [F(LS, '109.12亿元'), ls_t, ls_s[0]], '农林牧渔业增加值 109.12 is 6.38% but the primary share is 6.3: the 农林牧渔业 figure includes the farm services (another scope), not the primary sector')
S.rel('share', U, [F(LS, '510.65亿元'), ls_t, ls_s[1]], 'industry 510.65 = 29.9% against the secondary share 37.3: the secondary sector also holds construction')
S.rel('sum', U, [F(LS, '109.12亿元'), F(LS, '510.65亿元'), ls_sv, ls_t], 'farming + industry + services = 1584.69, not 1710.03: construction is missing; not a split')
S.rel('growth', U, [F(LS, '8.3%'), F(LS, '0.2个百分点')], 'GDP +8.3% “高于全国0.2个百分点”: the national rate is not stated')
S.rel('target', M, [F(LS, '8429万美元'), F(LS, '40.5%')], 'FDI 8429万美元 “超任务数的40.5%”: the year is over and the task was exceeded: met (the task, about 6000万美元, is not stated)')
S.rel('sum', U, [F(LS, '364.20亿元'), F(LS, '510.65亿元')], 'above-scale industry 364.20 within industry 510.65 (其中): a part')
S.rel('share', U, [F(LS, '108.52亿元'), ls_t], 'development zone GDP 108.52 within the city’s 1710.03: no share stated')

# ---- 淳安 2018 (2017 results, 2018 targets)
S.rel('sum', U, [F(CA, '17.3亿元'), F(CA, '30.9亿元')], '淳安 2017: 地方财政收入 17.3 is a part (其中) of 财政总收入 30.9')
S.rel('target', U, [F(CA, '8.5%以上'), F(CA, '8.5%', post=';财政')], 'the 2018 target “生产总值增长8.5%以上” against the 2017 result +8.5%: other period; unrelated')
S.rel('growth', U, [F(CA, '13.3%'), F(CA, '8.6%'), F(CA, '30.9亿元'), F(CA, '17.3亿元')], '“分别增长13.3%、8.6%”: the 2016 levels are not stated')
S.rel('target', U, [F(CA, '13%以上'), F(CA, '13.3%')], 'the 2018 services target +13%以上 against 2017 fiscal revenue +13.3%: other indicator and period')

# ---- 嵊州 2017 (estimates)
rs_szh = [F(SH7, '60亿元'), F(SH7, '60.28亿元')]
S.rel('restatement', C, rs_szh, '嵊州 2017: 财政总收入 “突破60亿元,实现60.28亿元”: 60.28 is above the bound')
S.rel('sum', U, [F(SH7, '38.02亿元'), F(SH7, '60.28亿元')], '一般公共预算收入 38.02 is a part (其中) of 60.28')
S.rel('share', U, [F(SH7, '284.5亿元'), F(SH7, '530.5亿元')], 'retail sales 284.5 against GDP 530.5: no ratio stated')
S.rel('restatement', U, [F(SH7, '7.5%'), F(QY, '7.5%')], 'cross-document: 嵊州 2017 GDP +7.5% and 庆元 2017 GDP +7.5%: other place')
S.rel('target', U, [F(CA, '8.5%以上'), F(SH7, '7.5%')], 'cross-document: 淳安’s 2018 target against 嵊州’s 2017 estimate: other place and period; unrelated')

# ---- 青岛 Q2 2022 start-ups
sum_qd = [F(QD, '121个'), F(QD, '36个'), F(QD, '20个'), F(QD, '177个')]
S.rel('sum', C, sum_qd, '青岛 Q2 2022 batch: 121 industrial + 36 infrastructure + 20 social = 177 projects')
S.rel('target', CT, [F(QD, '1431亿元'), F(QD, '390亿元')], '390亿 of the annual plan 1431亿 (27%) by early April: the year is not over; cannot tell')
S.rel('sum', U, [F(QD, '177个'), F(QD, '357个')], 'the 177-project batch and the 357 city key projects: overlapping lists, not parts of one total')
S.rel('target', U, [F(QD, '248亿元'), F(QD, '390亿元')], 'the batch’s annual plan 248亿 against the city projects’ 390亿 completed: other scope; unrelated')

# ---- 无锡 township industry 1979-1986
S.rel('sum', I, [F(WX, '115.3万元'), F(WX, '亿元', pre='超'), F(WX, '42个')], 'REAL ERROR in the original: 42 townships each with over 1亿元 of industrial output make at least 42亿元, far more than the stated total 115.3万元 (a unit slip for 亿元, probably)')
S.rel('share', U, [F(WX, '42个'), F(WX, '34%')], '42 townships = 34% of all: the number of townships is not stated')
S.rel('growth', U, [F(WX, '39%'), F(WX, '115.3万元')], 'yearly average +39% over 1979–1986: the 1978 output is not stated')
S.rel('growth', U, [F(WX, '152元'), F(WX, '768元')], 'income per head 152元 (1978) → 768元 (1986): no rate or ratio is stated')
S.rel('share', U, [F(WX, '94万'), F(WX, '51%')], '94万 workers = 51% of the rural labour force: the total is not stated')
S.rel('sum', U, [F(WX, '48920万元'), F(WX, '42221万元')], 'taxes 48920 and profits 42221: no total stated')

# ---- 庆元 2017 (traditional)
sum_qy = [F(QY, '11.7', post='∶'), F(QY, '40.8'), F(QY, '47.5')]
S.rel('sum', C, sum_qy, '庆元 2017 structure 11.7 + 40.8 + 47.5 = 100')
S.rel('sum', U, [F(QY, '4.2億元'), F(QY, '7.11億元')], '一般公共預算收入 4.2 within 財政總收入 7.11: a part')
S.rel('restatement', U, [sum_qy[0], F(QY, '11.7%')], 'primary share 11.7 and retail sales +11.7%: same number, other indicators')
S.rel('share', U, [F(QY, '33805元'), F(QY, '15626元')], 'urban 33805 and rural 15626 income per head: no ratio stated')

# ---- altered copies
a = ALT(Y0, 1, y0_c, '332465万元', 'carry-over etc. 332765 → 332465')
S.rel('sum', I, R(a, sum_y0a, y0_c, '332465万元'), 'altered: 1284499 + 989641 + 332465 + 242000 = 2848605, not 2848905 (breaks {B})')
a = ALT(Y0, 2, y0_e2, '188085万元', 'debt repayment 183085 → 188085')
S.rel('sum', I, R(a, sum_y0b, y0_e2, '188085万元'), 'altered: spending items sum to 2853905, not 2848905 (breaks {B})')
a = ALT(Y0, 3, y0_e, '2016369万元', '2020 spending 2016969 → 2016369')
S.rel('sum', I, R(a, sum_y0b, y0_e, '2016369万元'), 'altered: spending items sum to 2848305, not 2848905 (breaks {B})')
S.rel('growth', I, R(a, gr_y1e, y0_e, '2016369万元'), 'altered, cross-document: 2058028 / 2016369 = +2.07% → 2.1, not 2.0 (breaks {B})')
a = ALT(Y1, 1, y1_r, '1436068万元', '2021 revenue 1430068 → 1436068')
S.rel('sum', I, R(a, sum_y1a, y1_r, '1436068万元'), 'altered: revenue items sum to 2463396, not 2457396 (breaks {B})')
S.rel('growth', I, R(a, gr_y1r, y1_r, '1436068万元'), 'altered, cross-document: 1436068 / 1284499 = +11.80%, not 11.3% (breaks {B})')
a = ALT(Y1, 2, y1_e3, '161678万元', 'budget-stabilisation fund 167678 → 161678')
S.rel('sum', I, R(a, sum_y1b, y1_e3, '161678万元'), 'altered: spending items sum to 2451396, not 2457396 (breaks {B})')
a = ALT(Y1, 3, y1_out, '2457896万元', 'spending total 2457396 → 2457896')
S.rel('sum', I, R(a, sum_y1b, y1_out, '2457896万元'), 'altered: spending items sum to 2457396, not 2457896 (breaks {B})')
S.rel('restatement', I, R(a, rs_y1, y1_out, '2457896万元'), 'altered: 收入总量 2457396 vs 支出总量 2457896 though “收支执行平衡” (breaks {B})')
a = ALT(SH, 1, sh_p[1], '3714.57亿元', 'secondary value added 3744.57 → 3714.57')
S.rel('sum', I, R(a, sum_sh, sh_p[1], '3714.57亿元'), 'altered: 41.97 + 3714.57 + 5765.7 = 9522.24, not 9552.24 (breaks {B})')
a = ALT(SH, 2, sh_re, '451.25亿元', 'real estate value added 421.25 → 451.25')
S.rel('share', I, R(a, sh_sa, sh_re, '451.25亿元'), 'altered: 451.25 / 5765.7 = 7.83%, not 7.3% (breaks {B})')
S.rel('share', I, R(a, sh_sb, sh_re, '451.25亿元'), 'altered: 451.25 / 9552.24 = 4.72%, not 4.4% (breaks {B})')
a = ALT(SH, 3, sh_g, '6.2%', 'H1 growth 7.2% → 6.2%')
S.rel('growth', I, R(a, gr_sh, sh_g, '6.2%'), 'altered: +6.2% is slower than Q1’s 7%, not “有所加快” (breaks {B})')
a = ALT(P2, 1, p_inv[0], '746.53亿元', '2012 investment 740.53 → 746.53')
S.rel('restatement', I, R(a, p_inv, p_inv[0], '746.53亿元'), 'altered, cross-document: 746.53亿 vs 740亿 in the profile (breaks {B})')
a = ALT(P2, 2, p_gdp[0], '1788亿元', '2012 GDP 1738 → 1788')
S.rel('restatement', I, R(a, p_gdp, p_gdp[0], '1788亿元'), 'altered, cross-document: 1788亿 vs 1738亿 in the profile (breaks {B})')
a = ALT(P3, 1, p_tr[1], '785亿美元', 'profile: 2012 trade 795 → 785亿美元')
S.rel('restatement', I, R(a, p_tr, p_tr[1], '785亿美元'), 'altered, cross-document: 795亿美元 (市政府 site) vs 785亿美元 (profile) (breaks {B})')
a = ALT(P3, 2, p_pop[1], '78.2万', 'profile: population 76.2万 → 78.2万')
S.rel('restatement', I, R(a, p_pop, p_pop[1], '78.2万'), 'altered, cross-document: 76.2万 vs 约78.2万 (breaks {B})')
a = ALT(SZ7, 1, sz_c, '68.5%', 'contribution 62.5% → 68.5%')
S.rel('share', I, R(a, sh_sz, sz_c, '68.5%'), 'altered: 3.5 / 5.6 = 62.5%, not 68.5% (breaks {B})')
a = ALT(SZ7, 2, sz_vs[1], '9.0%', 'body value-added growth 9.6% → 9.0%')
S.rel('restatement', I, R(a, sz_vs, sz_vs[1], '9.0%'), 'altered: lead +9.6% vs body +9.0% (breaks {B})')
a = ALT(J9, 1, j9_p[1], '1536.89亿元', 'secondary value added 1586.89 → 1536.89')
S.rel('sum', I, R(a, sum_j9, j9_p[1], '1536.89亿元'), 'altered: 20.43 + 1536.89 + 938.86 = 2496.18, not 2546.18 (breaks {B})')
a = ALT(J9, 2, j9_i, '347.18亿元', 'nominal increase 317.18 → 347.18')
S.rel('sum', I, R(a, sum_j9i, j9_i, '347.18亿元'), 'altered: 2229 + 347.18 = 2576.18, not 2546.18 (breaks {B})')
a = ALT(J9, 3, gr_j9[2], '2个百分点', 'slowdown 1 → 2 points')
S.rel('growth', I, R(a, gr_j9, gr_j9[2], '2个百分点'), 'altered: 9.0 − 8.0 = 1, not 2 points (breaks {B})')
a = ALT(JQ, 1, jq_p[1], '351.63亿元', 'Q1 secondary value added 357.63 → 351.63')
S.rel('sum', I, R(a, sum_jq, jq_p[1], '351.63亿元'), 'altered: 3.43 + 351.63 + 261.76 = 616.82, not 622.82 (breaks {B})')
S.rel('share', I, R(a, sh_jq2, jq_p[1], '351.63亿元'), 'altered: 351.63 / 622.82 = 56.46%, not 57.4 (breaks {B})')
a = ALT(JQ, 2, jq_s[2], '45.0', 'tertiary share 42.0 → 45.0')
S.rel('share', I, R(a, sh_jq3, jq_s[2], '45.0'), 'altered: 261.76 / 622.82 = 42.03%, not 45.0 (breaks {B})')
a = ALT(F7, 1, f7_a[3], '560.15亿元', 'urban construction 530.15 → 560.15')
S.rel('sum', I, R(a, sum_f7, f7_a[3], '560.15亿元'), 'altered: sectors sum to 2482.85, not 2452.86 (breaks {B})')
S.rel('rate', I, R(a, rt_f7, f7_a[3], '560.15亿元'), 'altered: plans sum to 3957.9亿, 2452.86 / 3957.9 = 61.97%, not 62.7% (breaks {B})')
a = ALT(F7, 2, f7_p, '67.7%', 'completion rate 62.7% → 67.7%')
S.rel('rate', I, R(a, rt_f7, f7_p, '67.7%'), 'altered: the sectors give 62.67%, not 67.7% (breaks {B})')
S.rel('growth', I, R(a, gr_f7, f7_p, '67.7%'), 'altered: 67.7 − 50 = 17.7, not “超序时进度12.7%” (breaks {B})')
a = ALT(F9, 1, f9_n[2], '39項', 'services projects 37 → 39')
S.rel('sum', I, R(a, f9_n, f9_n[2], '39項'), 'altered: 49 + 34 + 39 + 29 = 151, not 149 (breaks {B})')
a = ALT(F9, 2, sh_f9a[0], '287億元', 'transport and energy 257 → 287')
S.rel('share', I, R(a, sh_f9a, sh_f9a[0], '287億元'), 'altered: 287 / 509 = 56.4%, not 50% (breaks {B})')
a = ALT(F9, 3, sh_f9b[4], '88%', 'Q1 share of the three sectors 85% → 88%')
S.rel('share', I, R(a, sh_f9b, sh_f9b[4], '88%'), 'altered: 246 / 291 = 84.5%, not 88% (breaks {B})')
a = ALT(LS, 1, ls_sv, '924.92亿元', 'services value added 964.92 → 924.92')
S.rel('share', I, R(a, sh_ls, ls_sv, '924.92亿元'), 'altered: 924.92 / 1710.03 = 54.09%, not 56.4 (breaks {B})')
a = ALT(LS, 2, ls_d[1], '0.8', 'primary share change −0.5 → −0.8 points')
S.rel('sum', I, R(a, ls_d, ls_d[1], '0.8'), 'altered: +1.3 − 0.8 − 0.7 = −0.2; even with the half units (−0.35 to −0.05) the changes cannot sum to 0 (breaks {B})')
a = ALT(SH7, 1, rs_szh[1], '59.28亿元', 'fiscal revenue 60.28 → 59.28')
S.rel('restatement', I, R(a, rs_szh, rs_szh[1], '59.28亿元'), 'altered: 59.28亿 has not “突破60亿元” (breaks {B})')
a = ALT(QD, 1, sum_qd[1], '38个', 'infrastructure projects 36 → 38')
S.rel('sum', I, R(a, sum_qd, sum_qd[1], '38个'), 'altered: 121 + 38 + 20 = 179, not 177 (breaks {B})')
a = ALT(QD, 2, sum_qd[3], '171个', 'batch size 177 → 171')
S.rel('sum', I, R(a, sum_qd, sum_qd[3], '171个'), 'altered: 121 + 36 + 20 = 177, not 171 (breaks {B})')
a = ALT(QY, 1, sum_qy[1], '42.8', 'secondary share 40.8 → 42.8')
S.rel('sum', I, R(a, sum_qy, sum_qy[1], '42.8'), 'altered: 11.7 + 42.8 + 47.5 = 102.0, not 100 (breaks {B})')
a = ALT(QY, 2, sum_qy[2], '41.5', 'tertiary share 47.5 → 41.5')
S.rel('sum', I, R(a, sum_qy, sum_qy[2], '41.5'), 'altered: 11.7 + 40.8 + 41.5 = 94.0, not 100 (breaks {B})')


for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

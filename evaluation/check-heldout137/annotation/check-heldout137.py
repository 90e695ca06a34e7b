"""Check key, set check-heldout137. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout137.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout137'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

FX='fx_1990s.txt'; LT='lt_profile.txt'; FG='fg_2007.txt'; X15='xa_2015.txt'; XQ='xa_2019q1.txt'; XM='xa_2019m4.txt'; X20='xa_2020p_hant.txt'
XP='xa_2022p.txt'; XQ2='xa_2022q1.txt'; XM2='xa_2022m4.txt'; S15='sx_2015p.txt'; S18='sx_2018m7.txt'; XJ='xj_2021m11.txt'; AK='aks_2022m9.txt'
QH='qh_2012h1_hant.txt'; GT='gs_2023t.txt'; GG='gs_2023g.txt'; GI='gs_2023i.txt'

# ---- 富县 (延安, 陕西) profile, 1990s
fx_t = F(FX, '39129万元'); fx_i = F(FX, '9373万元'); fx_a = F(FX, '29757万元'); fx_l = F(FX, '27万亩'); fx_h = F(FX, '2.4亩'); fx_ag = F(FX, '11.3万人')
sum_fx = [fx_i, fx_a, fx_t]; sh_fx = [fx_l, fx_ag, fx_h]
S.rel('sum', C, sum_fx, '富县: 工业 (written “工农业”) 9373 + 农业 29757 = 39130 against 39129万元 (39129–39131 with the half units)')
S.rel('share', C, sh_fx, 'arable land 27万亩 / agricultural population 11.3万 = 2.39 → “农业人均2.4亩”')
S.rel('restatement', U, [F(FX, '43372万元'), fx_t], 'GDP 43372万 vs gross output of industry and agriculture 39129万: value added vs gross output, not the same measure')
S.rel('share', U, [F(FX, '84%'), F(FX, '387万亩'), F(FX, '4182平方公里')], '林草覆盖率84% covers grass too: forest 387万亩 / 4182 km² (627.3万亩) = 61.7% is another indicator')

# ---- 临潭县 (甘南, 甘肃) profile
lt_p = F(LT, '14.92万人'); lt_ag = F(LT, '13.7万人'); lt_s = F(LT, '92%'); lt_u = F(LT, '2083094.4亩'); lt_T = F(LT, '2160858.7亩')
sh_lt = [lt_ag, lt_p, lt_s]; sh_ltu = [lt_u, lt_T, F(LT, '96%')]
S.rel('share', C, sh_lt, '临潭: agricultural population 13.7 / 14.92 = 91.8% → “占总人口的92%”')
S.rel('share', C, sh_ltu, 'farm land 2083094.4 / 2160858.7亩 = 96.4% → 96%')
S.rel('share', U, [lt_p, F(LT, '26%')], 'minority share 26%: the minority count is not stated; nothing to check')
S.rel('restatement', U, [F(LT, '1557.68平方'), lt_T], '总面积1557.68 km² (= 233.7万亩) vs 总土地2160858.7亩 (= 1440.6 km²): different survey bases (administrative area vs land survey), not one figure restated')

# ---- 府谷县 (榆林, 陕西) Q&A page, 2007
fg_t = F(FG, '216815人'); fg_a = F(FG, '173651人'); fg_n = F(FG, '43164人'); fg_as = F(FG, '80.1%')
sum_fg = [fg_a, fg_n, fg_t]; sh_fg = [fg_a, fg_t, fg_as]
S.rel('sum', C, sum_fg, '府谷 2007: 173651 + 43164 = 216815')
S.rel('share', C, sh_fg, 'agricultural population 173651 / 216815 = 80.09% → 80.1%')
S.rel('share', C, [fg_n, fg_t, F(FG, '19.9%')], 'non-agricultural 43164 / 216815 = 19.91% → 19.9%')
S.rel('share', C, [F(FG, '约21万人'), F(FG, '3212平方千米'), F(FG, '65人/km')], 'density in the page header: 21万 / 3212 km² = 65.4 → 65人/km²')
S.rel('share', I, [fg_t, F(FG, '3212平方千米'), F(FG, '53人/平方公里')], 'REAL discrepancy in the original: 216815 / 3212 km² = 67.5 per km², not the stated 53 (the header’s 65 fits 21万; 53 would need 4091 km²)')
S.rel('share', U, [F(FG, '116亿元'), F(FG, '1.26亿元'), F(FG, '2.7%')], 'the 2007 shares (1.26 = 2.7%, 31.98 = 68.4% imply a 2007 GDP of about 46.7亿, not stated) are not shares of the 2008 GDP 116亿: other year')
S.rel('growth', U, [F(FG, '15.6‰'), F(FG, '10.25‰')], 'birth rate 15.6‰ and natural growth 10.25‰: the death rate is not stated; nothing to check')
S.rel('restatement', U, [F(FG, '约21万人'), fg_t], '约21万 (2004) vs 216815 (2007): other year')

# ---- 西安 2015 key projects (year over)
x15_i = F(X15, '2273亿元'); x15_r = F(X15, '120.2%'); x15_s = F(X15, '123.4%')
gr_x15 = [x15_s, x15_r, F(X15, '3.2个百分点')]
S.rel('target', M, [x15_i, x15_r], '西安 2015: 549 key projects invested 2273亿 = 120.2% of the year’s plan; the year is over: met')
S.rel('growth', C, [x15_r, F(X15, '20.2个百分点')], '120.2% is 20.2 points above the time schedule (100% at year end)')
S.rel('growth', C, gr_x15, '150 city-leader projects at 123.4%, 3.2 points above the city average 120.2%')
S.rel('target', M, [F(X15, '953亿元'), x15_s], '150 projects at 123.4% of their 2015 plan: met')
S.rel('target', M, [F(X15, '475亿元'), F(X15, '130.5%')], '44 provincial key projects at 130.5% of plan: met')
S.rel('target', M, [F(X15, '213.3亿元'), F(X15, '210%')], '5 province-assessed industrial projects at 210% of plan: met')
S.rel('sum', U, [F(X15, '953亿元'), F(X15, '475亿元'), F(X15, '213.3亿元'), x15_i], '953 + 475 + 213.3 are overlapping selections within the 549 projects, not a split of 2273')
S.rel('growth', U, [x15_i, F(X15, '55.5亿元')], '净增55.5亿 over 2014: the 2014 level is not stated; nothing to check')

# ---- 西安 Q1 2019
xq_i = F(XQ, '1060.35亿元'); xq_r = F(XQ, '26.51%'); xq_p = F(XQ, '4000亿元'); xq_o = F(XQ, '95个'); xq_s = F(XQ, '31.48%')
sh_xq = [xq_i, xq_p, xq_r]; sh_xqo = [xq_o, F(XQ, '198个'), F(XQ, '48%', pre='开工率达')]; gr_xq = [xq_s, xq_r, F(XQ, '4.97个百分点')]
rs_xq = [F(XQ, '1060亿元'), xq_i]
S.rel('share', C, sh_xq, '西安 Q1 2019: 1060.35 / 4000 = 26.51% of the year’s plan')
S.rel('share', C, sh_xqo, 'new projects started 95 / 198 = 47.98% → 48%')
S.rel('growth', C, gr_xq, 'services 31.48% is 4.97 points above the city average 26.51%')
S.rel('restatement', C, rs_xq, 'headline 1060亿 = 1060.35亿 rounded')
S.rel('target', CT, [xq_i, xq_p], 'Q1: 1060.35 of a 4000亿 year plan; the year is not over: cannot tell')
S.rel('share', U, [F(XQ, '2.18万亿元'), xq_p], 'total investment 2.18万亿 of the 772 projects vs the year’s plan 4000亿: a stock of total cost vs one year, not a share')
S.rel('growth', U, [xq_i, F(XQ, '221.6亿元')], '净增221.6亿 over Q1 2018: the 2018 level is not stated; nothing to check')

# ---- 西安 Jan-Apr 2019
xm_i = F(XM, '1491.26亿元'); xm_r = F(XM, '37.28%'); xm_s = F(XM, '43.15%')
xm_n = [F(XM, '342个'), F(XM, '108个'), F(XM, '10个'), F(XM, '148个'), F(XM, '107个'), F(XM, '57个'), F(XM, '772个', pre='\n\n昨日记者从西安市发改委获悉,截至4月底,')]
xm_v = [F(XM, '734.12亿元'), F(XM, '211.33亿元'), F(XM, '64.05亿元'), F(XM, '218.53亿元'), F(XM, '227.98亿元'), F(XM, '35.24亿元'), xm_i]
gr_xm = [xm_s, xm_r, F(XM, '5.87个百分点')]; sh_xmp = [xm_i, xq_p, xm_r]
S.rel('sum', C, xm_n, '西安 Jan–Apr 2019, by industry: 342 + 108 + 10 + 148 + 107 + 57 = 772 projects')
S.rel('sum', C, xm_v, 'by industry: 734.12 + 211.33 + 64.05 + 218.53 + 227.98 + 35.24 = 1491.25 → 1491.26亿')
S.rel('growth', C, gr_xm, 'services 43.15% is 5.87 points above the city average 37.28%')
S.rel('share', C, [F(XM, '103个'), F(XM, '198个'), F(XM, '52%')], 'new projects started 103 / 198 = 52.0%')
S.rel('share', C, sh_xmp, 'cross-document: 1491.26 / the 4000亿 year plan stated in the Q1 report = 37.28%')
S.rel('restatement', C, [F(XM, '1491亿元'), xm_i], 'headline 1491亿 = 1491.26亿 rounded')
S.rel('target', CT, [xm_i, xm_r], 'Jan–Apr: 37.28% of the year’s plan; the year is not over: cannot tell')
S.rel('sum', U, [F(XM, '427个'), F(XM, '272个'), F(XM, '66个'), F(XM, '772个', pre='\n\n昨日记者从西安市发改委获悉,截至4月底,')], 'by responsible body 427 + 272 + 66 = 765, not 772: the three groups do not cover all projects (not a split)')
S.rel('sum', U, [F(XM, '945.14亿元'), F(XM, '416.01亿元'), F(XM, '115.06亿元'), xm_i], 'by responsible body 945.14 + 416.01 + 115.06 = 1476.21 of 1491.26: the groups cover 765 of 772 projects (not a split)')
S.rel('growth', U, [xq_i, xm_i, F(XM, '286.33亿元')], 'cross-document: Q1 1060.35 and Jan–Apr 1491.26 are cumulative totals of different spans; 286.33 is the change over Jan–Apr 2018 (not stated)')

# ---- 西安 2020 plan (traditional)
x20_c = [F(X20, '183個'), F(X20, '86個'), F(X20, '99個'), F(X20, '368個')]
x20_n = [F(X20, '65個'), F(X20, '110個'), F(X20, '23個'), F(X20, '50個'), F(X20, '29個'), F(X20, '91個'), F(X20, '368個')]
x20_v = [F(X20, '489億元'), F(X20, '453億元'), F(X20, '137億元'), F(X20, '631億元'), F(X20, '175億元'), F(X20, '765億元'), F(X20, '2650億元')]
sh_x20 = [F(X20, '114個'), F(X20, '368個'), F(X20, '31%')]
gr_x20a = [F(X20, '9.85億元'), xq_p, F(XQ, '772个', pre='一季度西安市'), F(X20, '90%')]
gr_x20b = [F(X20, '36.4億元'), F(XQ, '2.18万亿元'), F(XQ, '772个', pre='一季度西安市'), F(X20, '29%')]
S.rel('sum', C, x20_c, '西安 2020 plan: 續建183 + 新開工86 + 前期儲備99 = 368 projects')
S.rel('sum', C, x20_n, 'by industry: 65 + 110 + 23 + 50 + 29 + 91 = 368 projects')
S.rel('sum', C, x20_v, 'year plans by industry: 489 + 453 + 137 + 631 + 175 + 765 = 2650億')
S.rel('share', C, sh_x20, 'projects over 30億 total: 114 / 368 = 31.0%')
S.rel('sum', C, [F(X20, '183個'), F(X20, '86個'), F(X20, '269個')], '續建183 + 新開工86 = 269 “重點續建和新開工項目”')
S.rel('share', C, [F(X20, '2650億元'), F(X20, '269個'), F(X20, '9.85億元')], 'average year investment 2650 / 269 = 9.851 → 9.85億 (the 99 preparatory projects carry no year investment)')
S.rel('growth', C, gr_x20a, 'cross-document: 2019 average year plan 4000 / 772 = 5.18億; 9.85 / 5.18 = 1.90 → “提高了90%”')
S.rel('growth', C, gr_x20b, 'cross-document: 2019 average total investment 2.18万亿 / 772 = 28.2億; 36.4 / 28.2 = 1.29 → “提高了29%” (1.284–1.294 with the half units)')
S.rel('growth', U, [F(X20, '4800億元'), F(X20, '12%'), xq_p], '4800億 “較上年增長12%” implies 4286 for 2019: that is the plan of all 全市 key projects (1611 in 2020), not the 4000億 of the 772 市級 projects: other scope')
S.rel('sum', U, [F(X20, '368個'), F(X20, '1611個')], '368 市級 projects are a selection within the 1611 全市 key projects; not a split')

# ---- 西安 2022 plan
xp_n = [F(XP, '640个'), F(XP, '172个'), F(XP, '56个'), F(XP, '29个'), F(XP, '897个', pre='初步安排市级重点项目', n=1)]
xp_v = [F(XP, '2023.3亿元'), F(XP, '1510.09亿元'), F(XP, '752.41亿元'), F(XP, '60.22亿元'), F(XP, '4346亿元')]
xp_T = [F(XP, '1.43万亿元'), F(XP, '5757.21亿元'), F(XP, '4574.78亿元'), F(XP, '350.17亿元'), F(XP, '2.5万亿元', pre='年西总投资')]
S.rel('sum', C, xp_n, '西安 2022 plan: 640 + 172 + 56 + 29 = 897 projects')
S.rel('sum', C, xp_v, 'year plans: 2023.3 + 1510.09 + 752.41 + 60.22 = 4346.02 → 4346亿')
S.rel('sum', C, xp_T, 'total investment: 1.43万亿 + 5757.21 + 4574.78 + 350.17 = 24982亿 → 2.5万亿')
S.rel('restatement', C, [F(XP, '897个', n=0), xp_n[-1]], 'headline 897 projects = body 897')
S.rel('sum', U, [F(XP, '209个'), xp_n[-1]], '209 projects over 30亿 are a selection within the 897; not a split')

# ---- 西安 Q1 2022
xq2_n = [F(XQ2, '200个'), F(XQ2, '126个'), F(XQ2, '48个'), F(XQ2, '41个'), F(XQ2, '19个'), F(XQ2, '119个'), F(XQ2, '553个', n=2)]
xq2_v = [F(XQ2, '255.19亿元'), F(XQ2, '186.69亿元'), F(XQ2, '70.82亿元'), F(XQ2, '155.71亿元'), F(XQ2, '17.54亿元'), F(XQ2, '458.63亿元'), F(XQ2, '1144.6亿元', n=2)]
sh_xq2m = [F(XQ2, '458.63亿元'), xp_v[1], F(XQ2, '30.37%')]
S.rel('sum', C, xq2_n, '西安 Q1 2022: 200 + 126 + 48 + 41 + 19 + 119 = 553 projects')
S.rel('sum', C, xq2_v, '255.19 + 186.69 + 70.82 + 155.71 + 17.54 + 458.63 = 1144.58 → 1144.6亿')
S.rel('restatement', C, [F(XQ2, '1144.6亿元', n=0), xq2_v[-1]], 'headline 1144.6亿 = body 1144.6亿')
S.rel('share', C, [xq2_v[-1], xp_v[-1], F(XQ2, '26%', post=',较上月', n=1)], 'cross-document: 1144.6 / the January plan 4346 = 26.3% → 26%')
S.rel('share', C, sh_xq2m, 'cross-document: 民生 458.63 / plan 1510.09 = 30.37%')
S.rel('share', C, [F(XQ2, '155.71亿元'), xp_v[2], F(XQ2, '20.7%')], 'cross-document: 城建 155.71 / plan 752.41 = 20.69% → 20.7%')
S.rel('share', C, [F(XQ2, '17.54亿元'), xp_v[3], F(XQ2, '29.12%')], 'cross-document: 生态 17.54 / plan 60.22 = 29.13% → 29.12 (29.04–29.21 with the half units)')
S.rel('target', CT, [xq2_v[-1], F(XQ2, '26%', post=',较上月', n=1)], 'Q1 2022 at 26% of the year plan; the year is not over: cannot tell')
S.rel('growth', U, [F(XQ2, '26%', post=',较上月', n=1), F(XQ2, '15个百分点', n=1)], '“较上月提高了15个百分点”: the end-February progress is not stated; nothing to check')
S.rel('sum', U, [F(XQ2, '119个'), F(XP, '172个')], 'cross-document: 119 民生 projects under construction vs 172 in the January list (which includes projects not yet started): other scope')

# ---- 西安 Jan-Apr 2022
xm2_n = [F(XM2, '200个'), F(XM2, '126个'), F(XM2, '48个'), F(XM2, '41个'), F(XM2, '19个'), F(XM2, '119个'), F(XM2, '553个', n=1)]
xm2_v = [F(XM2, '372.1亿元'), F(XM2, '299.94亿元'), F(XM2, '98.69亿元'), F(XM2, '251.94亿元'), F(XM2, '26.32亿元'), F(XM2, '624.78亿元'), F(XM2, '1673.8亿元', n=1)]
xm2_r = [F(XM2, '38.1%'), F(XM2, '38.55%'), F(XM2, '36.73%'), F(XM2, '33.48%'), F(XM2, '43.71%'), F(XM2, '41.37%'), F(XM2, '38.5%')]
rt_xm2 = xm2_v + xm2_r; sh_xm2m = [xm2_v[5], xp_v[1], xm2_r[5]]
S.rel('sum', C, xm2_n, '西安 Jan–Apr 2022: 200 + 126 + 48 + 41 + 19 + 119 = 553 projects')
S.rel('sum', C, xm2_v, '372.1 + 299.94 + 98.69 + 251.94 + 26.32 + 624.78 = 1673.77 → 1673.8亿')
S.rel('rate', C, rt_xm2, 'overall progress from the parts: the plans follow from the stated figures (372.1/0.381 + … + 624.78/0.4137 = 4346.3), 1673.8 / 4346.3 = 38.51% → 38.5%')
S.rel('restatement', C, [F(XM2, '1673.8亿元', n=0), xm2_v[-1]], 'headline 1673.8亿 = body')
S.rel('share', C, [xm2_v[-1], xp_v[-1], xm2_r[-1]], 'cross-document: 1673.8 / the January plan 4346 = 38.51% → 38.5%')
S.rel('share', C, sh_xm2m, 'cross-document: 民生 624.78 / plan 1510.09 = 41.37%')
S.rel('share', C, [xm2_v[3], xp_v[2], xm2_r[3]], 'cross-document: 城建 251.94 / plan 752.41 = 33.48%')
S.rel('share', C, [xm2_v[4], xp_v[3], xm2_r[4]], 'cross-document: 生态 26.32 / plan 60.22 = 43.71%')
S.rel('share', C, [F(XQ2, '124个'), F(XQ2, '64%'), F(XM2, '135个'), F(XM2, '69.6%')], 'cross-document: both start rates are over the same list of new projects: 124 / 0.64 = 193.8 (192.2–195.3) and 135 / 0.696 = 194.0 (193.8–194.1) overlap')
S.rel('target', CT, [xm2_v[-1], xm2_r[-1]], 'Jan–Apr 2022 at 38.5% of the year plan; the year is not over: cannot tell')
S.rel('sum', U, [xm2_n[-1], xp_n[-1]], 'cross-document: 553 projects under construction vs the 897 of the January list (which includes preparatory projects): other scope, not a restatement')
S.rel('share', U, [F(XM2, '98.69亿元'), F(XP, '2023.3亿元'), F(XM2, '36.73%')], 'cross-document: 文旅 36.73% is of the 文旅 plan (268.7), not of the whole 产业 plan 2023.3 (which also holds manufacturing and services)')

# ---- 陕西 2015 plan
S.rel('growth', U, [F(S15, '2652亿元'), F(S15, '2800亿元')], '陕西: 2014 result 2652亿 (380 projects) vs the 2015 plan 2800亿左右 (over 370 projects): no growth is stated; nothing to check')
S.rel('growth', U, [F(S15, '2.2万亿元'), F(S15, '20%')], 'fixed investment 2.2万亿 “增长20%左右”: the 2014 level is not stated; nothing to check')
S.rel('sum', U, [F(S15, '70个', pre='预计新开工项目'), F(S15, '370个'), F(S15, '559亿元'), F(S15, '2800亿元')], '70 new projects (559亿 this year) are a part of the 370 (2800亿); the other parts are not stated')

# ---- 陕西 2018 plan and Jan-Jul
s18_n = [F(S18, '207个'), F(S18, '96个'), F(S18, '133个'), F(S18, '164个'), F(S18, '600个')]
s18_T = [F(S18, '13976亿元'), F(S18, '6923亿元'), F(S18, '11683亿元'), F(S18, '8493亿元'), F(S18, '41075亿元')]
s18_y = [F(S18, '2727亿元'), F(S18, '875亿元'), F(S18, '1461亿元'), F(S18, '5063亿元')]
s18_c = [F(S18, '109个'), F(S18, '55个'), F(S18, '164个')]
S.rel('sum', C, s18_n, '陕西 2018: 续建207 + 新开工96 + 前期133 + 市级164 = 600 projects')
S.rel('sum', C, s18_T, 'total investment: 13976 + 6923 + 11683 + 8493 = 41075亿')
S.rel('sum', C, s18_y, 'year investment: 2727 + 875 + 1461 = 5063亿 (the 133 preparatory projects carry none)')
S.rel('sum', C, s18_c, 'city-level projects under provincial management: 109 + 55 = 164')
S.rel('target', CT, [F(S18, '5063亿元'), F(S18, '64.26%')], 'Jan–Jul 2018 at 64.26% of the year plan; the year is not over: cannot tell')
S.rel('rate', U, [F(S18, '64.26%'), F(S18, '73.34%'), F(S18, '60.21%'), F(S18, '67.09%')], 'overall 64.26% from the regions 陕南 73.34, 陕北 60.21, 关中 67.09: the regional plans (weights) are not stated')
S.rel('growth', U, [F(S18, '73.40%'), F(S18, '9.59个百分点')], 'equipment 73.40% “同比增加9.59个百分点”: the 2017 progress is not stated; nothing to check')
S.rel('sum', U, [F(S18, '571.98亿元'), F(S18, '355亿元'), F(S18, '327.02亿元'), F(S18, '793.92亿元')], 'the three largest industries and 工业 (793.92) overlap and are not a split of anything stated')

# ---- 新疆 Jan-Nov 2021
S.rel('target', M, [F(XJ, '2413.6亿元', n=1), F(XJ, '100.6%')], '新疆: 350 key projects at 100.6% of the 2021 plan by end-November; a cumulative amount already above the plan cannot fall back (“提前1个月完成全年目标任务”): met')
S.rel('target', M, [F(XJ, '76%'), F(XJ, '30%')], 'conversion of reserve projects 76% against the year’s target 30%: already above, met (“超额完成”)')
S.rel('restatement', C, [F(XJ, '2413.6亿元', n=0), F(XJ, '2413.6亿元', n=1)], 'headline 2413.6亿 = body')
S.rel('sum', U, [F(XJ, '2056亿元'), F(XJ, '2413.6亿元', n=1)], '4207 completed projects (2056亿, all levels) vs 350 regional key projects (2413.6亿): other scopes')
S.rel('sum', U, [F(XJ, '41个'), F(XJ, '89个'), F(XJ, '350个')], '41 completed and 89 newly started are selections within the 350; not a split')

# ---- 阿克苏 Jan-Sep 2022
ak_p = [F(AK, '193.85亿元'), F(AK, '513.56亿元'), F(AK, '515.14亿元'), F(AK, '1222.55亿元', n=2)]
ak_x = [F(AK, '5个'), F(AK, '6个'), F(AK, '11个', n=0)]
S.rel('sum', C, ak_p, '阿克苏 Jan–Sep 2022: 193.85 + 513.56 + 515.14 = 1222.55亿')
S.rel('restatement', C, [F(AK, '1222.55亿元', n=0), F(AK, '1222.55亿元', n=2)], 'headline 1222.55亿 = body')
S.rel('sum', C, ak_x, '阿瓦提: new 5 + continued 6 = 11 key projects')
S.rel('share', C, [F(AK, '11个', n=1), F(AK, '11个', n=0), F(AK, '100%')], '11 of 11 started: 开工率100%')
S.rel('rate', U, [F(AK, '7.2%'), F(AK, '4%'), F(AK, '13.2%'), F(AK, '4.0%')], 'GDP +7.2% from the sector rates 4 / 13.2 / 4.0: the weights (the 2021 structure) are not stated')
S.rel('rate', U, [F(AK, '13.2%'), F(AK, '26%'), F(AK, '8.8%')], 'secondary +13.2% from construction +26% and industry +8.8%: the weights are not stated')

# ---- 青海 H1 2012 livestock (traditional)
qh_m = [F(QH, '3.28萬噸'), F(QH, '1.65萬噸'), F(QH, '4.74萬噸'), F(QH, '9.67萬噸')]
rt_qh = [F(QH, '9.67萬噸'), F(QH, '11.28%'), F(QH, '3.28萬噸'), F(QH, '18.84%'), F(QH, '1.65萬噸'), F(QH, '2.48%'), F(QH, '4.74萬噸'), F(QH, '9.72%')]
rs_qh = [F(QH, '2554.90萬', n=0), F(QH, '2554.90萬', n=1)]; rs_qhm = [F(QH, '13.56萬噸', n=0), F(QH, '13.56萬噸', n=1)]
S.rel('sum', C, qh_m, '青海 H1 2012: beef 3.28 + mutton 1.65 + pork 4.74 = 9.67萬噸 (豬牛羊肉)')
S.rel('rate', C, rt_qh, 'meat +11.28% rebuilt from the parts: 9.67 / (3.28/1.1884 + 1.65/1.0248 + 4.74/1.0972) = 9.67 / 8.690 = +11.28%')
S.rel('restatement', C, rs_qh, 'herbivore stock 2554.90萬 in the summary = the body')
S.rel('restatement', C, rs_qhm, 'milk 13.56萬噸 in the summary = the dairy section')
S.rel('restatement', C, [F(QH, '0.82萬噸', n=0), F(QH, '0.82萬噸', n=1)], 'eggs 0.82萬噸 in the summary = the poultry section')
S.rel('sum', U, [F(QH, '494.13萬頭'), F(QH, '2022.6萬頭'), rs_qh[1]], 'cattle 494.13 + sheep 2022.6 = 2516.73 < 2554.90: herbivores also include horses, donkeys, camels; not a split')
S.rel('restatement', U, [F(QH, '0.36%', n=1), F(QH, '0.36%', n=2)], 'herbivore stock +0.36% and poultry slaughter +0.36%: the same number for different indicators')
S.rel('rate', U, [F(QH, '0.36%', n=1), F(QH, '0.9 %'), F(QH, '0.24 %')], 'herbivores +0.36% from cattle +0.9 and sheep +0.24: the other herbivores are not stated, so the weights are not known')

# ---- 甘肃 2023 targets and results
gt_g = F(GT, '1200万吨以上', n=1); gg_g = F(GG, '1272.9万吨'); gg_p = [F(GG, '343.6万吨'), F(GG, '929.3万吨'), gg_g]
gr_gg = [gg_g, F(GG, '7.9万吨'), F(GG, '0.6%')]; rt_gg = [gg_g, F(GG, '0.6%'), F(GG, '343.6万吨'), F(GG, '0.4%'), F(GG, '929.3万吨'), F(GG, '0.7%')]
gi_y = F(GI, '7.9%'); gi_a = F(GI, '5.9%')
S.rel('sum', C, gg_p, '甘肃 2023: summer 343.6 + autumn 929.3 = 1272.9万吨')
S.rel('growth', C, gr_gg, 'grain +7.9万吨 on 1265.0 = +0.62% → 0.6%')
S.rel('rate', C, rt_gg, 'grain +0.6% rebuilt from the parts: 1272.9 / (343.6/1.004 + 929.3/1.007) = +0.62%')
S.rel('restatement', C, [F(GG, '1200万吨以上'), gg_g], '“连续四年保持在1200万吨以上” holds for 1272.9 (a lower bound)')
S.rel('restatement', C, [F(GT, '1200万吨以上', n=0), gt_g], 'headline 1200万吨以上 = body target')
S.rel('target', M, [gt_g, gg_g], 'cross-document: 2023 grain target “保持在1200万吨以上” (April 2023) against the 2023 result 1272.9万吨: met')
S.rel('target', M, [F(GT, '5%以上'), gi_a], 'cross-document: 2023 target 一产增加值增长5%以上 against the result +5.9%: met')
S.rel('target', M, [F(GT, '5%', pre='收入增长'), gi_y], 'cross-document: 2023 target rural income +5% against the result +7.9%: met')
S.rel('growth', U, [F(GI, '25.8万元', n=1), F(GI, '125.7%')], 'village income 25.8万 “同比增长125.7%”: the 2022 level is not stated; nothing to check')
S.rel('growth', U, [F(GI, '13131元'), gi_y], 'rural income 13131元 +7.9%: the 2022 level is not stated; nothing to check')

# ---- cross-document traps
S.rel('target', U, [F(S15, '2800亿元'), x15_i], '陕西’s 2015 plan (2800亿左右 for about 370 provincial projects) against 西安’s 2015 result 2273亿 (549 city projects): other place and scope')
S.rel('target', U, [F(GT, '5%以上'), F(AK, '4%')], '甘肃’s 2023 target 一产 +5%以上 against 阿克苏’s Jan–Sep 2022 primary +4%: other place and period')
S.rel('target', U, [xq_p, xm2_v[-1]], '西安’s 2019 plan 4000亿 against the Jan–Apr 2022 amount 1673.8亿: other period')
S.rel('target', U, [F(S18, '5063亿元'), xm_i], '陕西’s 2018 provincial plan 5063亿 against 西安’s Jan–Apr 2019 city projects 1491.26亿: other place, scope and period')
S.rel('restatement', C, [F(XQ, '198个'), F(XM, '198个')], 'cross-document: the same list of 198 new 2019 projects in both reports')

# ---- more traps and cross-document checks (added after the first count)
S.rel('share', U, [F(FX, '4182平方公里'), F(FX, '111公里'), F(FX, '73.8公里')], '富县: 111 × 73.8 km = 8192 km² is the bounding box, not the area 4182 km²: nothing to check')
S.rel('share', U, [F(FX, '1786元'), fx_a, fx_ag], 'income per farmer 1786元 vs agricultural output per head 29757万 / 11.3万 = 2633元: income is not output')
S.rel('sum', U, [F(FX, '241个'), F(FX, '564个')], '241 villages and 564 village groups: groups sit inside villages, not a split of anything stated')
S.rel('sum', U, [F(LT, '123万亩'), F(LT, '26.6万亩'), lt_u], '临潭: grassland 123万亩 + arable 26.6万亩 = 149.6万亩 of 208.3万亩 farm land (forest and other farm land are not stated): not a split')
S.rel('share', U, [F(LT, '28.73万千瓦'), F(LT, '17.28万千瓦')], 'hydro potential 28.73 and its exploitable part 17.28: no share is stated; nothing to check')
S.rel('restatement', C, [F(FG, '约21万人'), F(FG, '21万人2')], '府谷: 约21万 in the header = 总人口21万 (2004) in the text')
S.rel('sum', U, [F(X15, '116个'), F(X15, '110个'), F(X15, '549个')], '西安 2015: 116 new projects started and 110 completed are overlapping selections within the 549; not a split')
S.rel('restatement', U, [F(X15, '549个'), F(XQ, '772个', pre='一季度西安市')], 'cross-document: 549 key projects in 2015 vs 772 in 2019: other year')
S.rel('growth', U, [x15_i, xq_p], 'cross-document: the 2015 result 2273亿 and the 2019 plan 4000亿: no growth is stated; result vs plan of other years')
S.rel('growth', U, [F(XQ, '221.6亿元'), F(XM, '286.33亿元')], 'cross-document: year-on-year increases of Q1 (221.6) and Jan–Apr (286.33) 2019: the 2018 levels are not stated; nothing to check')
S.rel('sum', U, [F(XM, '200亿元'), F(XM, '945.14亿元')], '高新区 and 西咸新区 “均达到200亿元以上” are two of the 8 development zones (945.14): a lower bound for parts, not a split')
S.rel('share', C, [F(XQ, '535.58亿元'), F(XQ, '31.48%'), F(XM, '734.12亿元'), xm_s], 'cross-document: both 2019 reports imply the same services plan: 535.58 / 0.3148 = 1701.3 and 734.12 / 0.4315 = 1701.3')
S.rel('share', U, [F(X20, '2650億元'), F(X20, '4800億元')], '西安 2020: 市級 plan 2650億 within the 全市 key-project plan 4800億: no share is stated; nothing to check')
S.rel('growth', U, [F(X20, '2650億元'), xq_p], 'cross-document: 2020 市級 plan 2650億 vs 2019 plan 4000億 (772 projects): the 2020 list was narrowed to 368 projects; no growth is stated')
S.rel('restatement', U, [F(XP, '209个'), F(X20, '114個')], 'cross-document: projects over 30亿: 209 (2022) vs 114 (2020): other year')
S.rel('sum', U, [F(XP, '55个'), F(XP, '172个')], '55 medical projects are a part of the 172 民生 projects; the other parts are not stated')
S.rel('growth', U, [xp_v[-1], F(X20, '2650億元')], 'cross-document: 2022 plan 4346亿 (897 projects) vs 2020 plan 2650億 (368): other year and list; no growth stated')
S.rel('share', C, [F(XQ2, '255.19亿元'), F(XQ2, '26.13%'), xm2_v[0], xm2_r[0]], 'cross-document: both 2022 reports imply the same manufacturing plan: 255.19 / 0.2613 = 976.6 and 372.1 / 0.381 = 976.6')
sh_wl = [F(XQ2, '70.82亿元'), F(XQ2, '26.36%'), xm2_v[2], xm2_r[2]]
S.rel('share', C, sh_wl, 'cross-document: the same 文旅 plan: 70.82 / 0.2636 = 268.7 and 98.69 / 0.3673 = 268.7')
S.rel('restatement', C, [F(XP, '116所'), F(XM2, '116所')], 'cross-document: the 116 schools to open in autumn 2022 in both reports')
S.rel('sum', U, [F(XM2, '13所'), F(XP, '55个')], 'cross-document: 13 hospital projects vs 55 medical projects (hospitals are a part): not a restatement')
S.rel('restatement', U, [F(S15, '2万亿元'), F(S15, '2.2万亿元')], '陕西 2015: key projects’ total cost “超过2万亿” vs the year’s fixed investment 2.2万亿: different indicators')
S.rel('share', U, [F(S15, '2800亿元'), F(S15, '2.2万亿元')], 'key projects’ year investment 2800亿 within fixed investment 2.2万亿: no share is stated; nothing to check')
S.rel('growth', U, [F(S15, '370个'), F(S18, '600个')], 'cross-document: 370 provincial key projects (2015) vs 600 (2018): other year; nothing to check')
S.rel('sum', U, [F(S18, '91.36亿元'), F(S18, '793.92亿元')], 'equipment projects (91.36) are a part of industrial projects (793.92); the other parts are not stated')
S.rel('growth', U, [F(S18, '98.64%'), F(S18, '26.64个百分点')], 'services 98.64% “同比增长较快 … 26.64个百分点”: the 2017 progress is not stated; nothing to check')
S.rel('sum', U, [F(XJ, '3355个'), F(XJ, '89个')], '新疆: 3355 new projects of all levels vs 89 regional key projects newly started: other scope')
S.rel('sum', U, [F(XJ, '4207个'), F(XJ, '3355个'), F(XJ, '3388个')], 'completed, newly started and reserve projects: overlapping categories, no total stated')
S.rel('rate', U, [F(AK, '4.0%'), F(AK, '9.2%'), F(AK, '8.8%'), F(AK, '6.2%')], '阿克苏: finance +9.2%, real estate +6.2% (and industry +8.8%, a secondary branch) against tertiary +4.0%: weights not stated, and industry is not tertiary')
S.rel('sum', U, [F(QH, '34.62萬頭'), F(QH, '494.13萬頭')], '青海: dairy cows 34.62 are a part of the cattle stock 494.13; the other parts are not stated')
S.rel('sum', U, [F(QH, '12.36萬頭'), F(QH, '130.21萬頭')], 'breeding sows 12.36 within the pig stock 130.21: a subset, nothing to check')
S.rel('sum', U, [F(QH, '0.26萬噸'), F(QH, '9.67萬噸')], 'poultry meat 0.26 is not part of 豬牛羊肉 9.67: other indicator')
S.rel('growth', U, [F(QH, '15.71%'), F(QH, '18.84%')], 'cattle slaughter +15.71% vs beef +18.84%: heads vs tonnes (weights per head differ); nothing to check')
S.rel('target', U, [F(GT, '4000万亩以上'), F(GI, '4436万亩')], '甘肃 2023: the target “粮食面积稳定在4000万亩以上” against 4436万亩 of 优势特色产业面积: other indicator (the 2023 grain area is not stated)')
S.rel('target', U, [F(XJ, '30%'), F(GI, '60%')], '新疆’s target conversion rate of reserve projects 30% against 甘肃’s farm-product processing rate 60%: other place and indicator')
S.rel('target', U, [F(S15, '20%'), F(X15, '20.2个百分点')], '陕西’s 2015 fixed-investment target “增长20%左右” against 西安’s “高于时序进度20.2个百分点”: other place and indicator')
S.rel('restatement', U, [F(GI, '25.8万元', n=1), F(GI, '13131元')], 'village collective income 25.8万 per village vs rural income 13131元 per head: different indicators')

S.rel('share', U, [F(S18, '5063亿元'), F(S18, '64.26%')], '陕西 Jan–Jul 2018: 64.26% of 5063亿 implies about 3253亿 done; that amount is not stated, nothing to check')
S.rel('share', U, [F(QH, '27.33萬頭'), F(QH, '3.28萬噸')], '青海: beef 3.28萬噸 over cattle slaughtered 27.33萬頭 = 120 kg a head: no yield is stated; nothing to check')
S.rel('sum', U, [F(X15, '475亿元'), F(X15, '213.3亿元')], '西安 2015: the 5 province-assessed projects (213.3) may sit inside the 44 provincial projects (475): overlapping, not a split')

# ---- altered copies
a = ALT(FX, 1, fx_a, '29457万元', 'agricultural output 29757 → 29457')
S.rel('sum', I, R(a, sum_fx, fx_a, '29457万元'), 'altered: 9373 + 29457 = 38830, not 39129 (breaks {B})')
a = ALT(FX, 2, fx_ag, '13.3万人', 'agricultural population 11.3万 → 13.3万')
S.rel('share', I, R(a, sh_fx, fx_ag, '13.3万人'), 'altered: 27万亩 / 13.3万 = 2.03, not 2.4 (breaks {B})')
a = ALT(LT, 1, lt_ag, '12.7万人', 'agricultural population 13.7万 → 12.7万')
S.rel('share', I, R(a, sh_lt, lt_ag, '12.7万人'), 'altered: 12.7 / 14.92 = 85.1%, not 92% (breaks {B})')
a = ALT(LT, 2, lt_u, '2033094.4亩', 'farm land 2083094.4 → 2033094.4亩')
S.rel('share', I, R(a, sh_ltu, lt_u, '2033094.4亩'), 'altered: 2033094.4 / 2160858.7 = 94.1%, not 96% (breaks {B})')
a = ALT(FG, 1, fg_a, '178651人', 'agricultural population 173651 → 178651')
S.rel('sum', I, R(a, sum_fg, fg_a, '178651人'), 'altered: 178651 + 43164 = 221815, not 216815 (breaks {B})')
S.rel('share', I, R(a, sh_fg, fg_a, '178651人'), 'altered: 178651 / 216815 = 82.4%, not 80.1% (breaks {B})')
a = ALT(X15, 1, x15_s, '128.4%', '150 projects’ completion 123.4% → 128.4%')
S.rel('growth', I, R(a, gr_x15, x15_s, '128.4%'), 'altered: 128.4 − 120.2 = 8.2 points, not 3.2 (breaks {B})')
a = ALT(XQ, 1, xq_r, '28.51%', 'Q1 completion 26.51% → 28.51%')
S.rel('share', I, R(a, sh_xq, xq_r, '28.51%'), 'altered: 1060.35 / 4000 = 26.51%, not 28.51% (breaks {B})')
S.rel('growth', I, R(a, gr_xq, xq_r, '28.51%'), 'altered: 31.48 − 28.51 = 2.97 points, not 4.97 (breaks {B})')
a = ALT(XQ, 2, xq_o, '97个', 'new projects started 95 → 97')
S.rel('share', I, R(a, sh_xqo, xq_o, '97个'), 'altered: 97 / 198 = 49.0%, not 48% (breaks {B})')
a = ALT(XM, 1, xm_v[1], '281.33亿元', 'manufacturing investment 211.33 → 281.33')
S.rel('sum', I, R(a, xm_v, xm_v[1], '281.33亿元'), 'altered: the industries add to 1561.25, not 1491.26 (breaks {B})')
a = ALT(XM, 2, xm_n[5], '51个', 'farm/forest/water projects 57 → 51')
S.rel('sum', I, R(a, xm_n, xm_n[5], '51个'), 'altered: the industries add to 766 projects, not 772 (breaks {B})')
a = ALT(XM, 3, xm_r, '37.88%', 'Jan–Apr completion 37.28% → 37.88%')
S.rel('share', I, R(a, sh_xmp, xm_r, '37.88%'), 'altered, cross-document: 1491.26 / 4000 = 37.28%, not 37.88% (breaks {B})')
S.rel('growth', I, R(a, gr_xm, xm_r, '37.88%'), 'altered: 43.15 − 37.88 = 5.27 points, not 5.87 (breaks {B})')
a = ALT(X20, 1, x20_c[1], '89個', 'new projects 86 → 89')
S.rel('sum', I, R(a, x20_c, x20_c[1], '89個'), 'altered: 183 + 89 + 99 = 371, not 368 (breaks {B})')
S.rel('sum', I, R(a, [F(X20, '183個'), F(X20, '86個'), F(X20, '269個')], x20_c[1], '89個'), 'altered: 183 + 89 = 272, not 269 (breaks {B})')
a = ALT(X20, 2, x20_v[3], '681億元', 'urban infrastructure year plan 631 → 681億')
S.rel('sum', I, R(a, x20_v, x20_v[3], '681億元'), 'altered: the industries add to 2700億, not 2650 (breaks {B})')
a = ALT(X20, 3, sh_x20[0], '124個', 'projects over 30億 114 → 124')
S.rel('share', I, R(a, sh_x20, sh_x20[0], '124個'), 'altered: 124 / 368 = 33.7%, not 31% (breaks {B})')
a = ALT(XP, 1, xp_v[1], '1540.09亿元', '民生 year plan 1510.09 → 1540.09')
S.rel('sum', I, R(a, xp_v, xp_v[1], '1540.09亿元'), 'altered: the year plans add to 4376.02, not 4346 (breaks {B})')
S.rel('share', I, R(a, sh_xq2m, xp_v[1], '1540.09亿元'), 'altered, cross-document: Q1 民生 458.63 / 1540.09 = 29.78%, not the stated 30.37% (breaks {B})')
S.rel('share', I, R(a, sh_xm2m, xp_v[1], '1540.09亿元'), 'altered, cross-document: Jan–Apr 民生 624.78 / 1540.09 = 40.57%, not the stated 41.37% (breaks {B})')
a = ALT(XP, 2, xp_n[1], '178个', '民生 projects 172 → 178')
S.rel('sum', I, R(a, xp_n, xp_n[1], '178个'), 'altered: 640 + 178 + 56 + 29 = 903, not 897 (breaks {B})')
a = ALT(XQ2, 1, xq2_v[2], '76.82亿元', '文旅 Q1 investment 70.82 → 76.82')
S.rel('sum', I, R(a, xq2_v, xq2_v[2], '76.82亿元'), 'altered: the parts add to 1150.58, not 1144.6 (breaks {B})')
S.rel('share', I, R(a, sh_wl, xq2_v[2], '76.82亿元'), 'altered, cross-document: 76.82 / 0.2636 = 291.4 vs 98.69 / 0.3673 = 268.7: the two reports no longer imply one 文旅 plan (breaks {B})')
a = ALT(XQ2, 2, xq2_v[5], '438.63亿元', '民生 Q1 investment 458.63 → 438.63')
S.rel('sum', I, R(a, xq2_v, xq2_v[5], '438.63亿元'), 'altered: the parts add to 1124.58, not 1144.6 (breaks {B})')
S.rel('share', I, R(a, sh_xq2m, xq2_v[5], '438.63亿元'), 'altered, cross-document: 438.63 / 1510.09 = 29.05%, not 30.37% (breaks {B})')
a = ALT(XM2, 1, xm2_v[1], '239.94亿元', 'services Jan–Apr investment 299.94 → 239.94')
S.rel('sum', I, R(a, xm2_v, xm2_v[1], '239.94亿元'), 'altered: the parts add to 1613.77, not 1673.8 (breaks {B})')
S.rel('rate', I, R(a, rt_xm2, xm2_v[1], '239.94亿元'), 'altered: the implied plans add to 4190.7, and 1673.8 / 4190.7 = 39.9%, not 38.5% (breaks {B})')
a = ALT(XM2, 2, xm2_n[5], '116个', '民生 projects 119 → 116')
S.rel('sum', I, R(a, xm2_n, xm2_n[5], '116个'), 'altered: the parts add to 550 projects, not 553 (breaks {B})')
a = ALT(XM2, 3, xm2_r[5], '44.37%', '民生 completion 41.37% → 44.37%')
S.rel('share', I, R(a, sh_xm2m, xm2_r[5], '44.37%'), 'altered, cross-document: 624.78 / 1510.09 = 41.37%, not 44.37% (breaks {B})')
S.rel('rate', I, R(a, rt_xm2, xm2_r[5], '44.37%'), 'altered: the implied plans add to 4244.2, and 1673.8 / 4244.2 = 39.4%, not 38.5% (breaks {B})')
a = ALT(S18, 1, s18_y[1], '825亿元', 'new projects’ year investment 875 → 825')
S.rel('sum', I, R(a, s18_y, s18_y[1], '825亿元'), 'altered: 2727 + 825 + 1461 = 5013, not 5063 (breaks {B})')
a = ALT(S18, 2, s18_T[2], '11883亿元', 'preparatory projects’ total investment 11683 → 11883')
S.rel('sum', I, R(a, s18_T, s18_T[2], '11883亿元'), 'altered: the totals add to 41275, not 41075 (breaks {B})')
a = ALT(S18, 3, s18_c[0], '106个', 'continued city-level projects 109 → 106')
S.rel('sum', I, R(a, s18_c, s18_c[0], '106个'), 'altered: 106 + 55 = 161, not 164 (breaks {B})')
a = ALT(AK, 1, ak_p[1], '518.56亿元', 'secondary value added 513.56 → 518.56')
S.rel('sum', I, R(a, ak_p, ak_p[1], '518.56亿元'), 'altered: 193.85 + 518.56 + 515.14 = 1227.55, not 1222.55 (breaks {B})')
a = ALT(AK, 2, ak_x[1], '8个', '阿瓦提 continued projects 6 → 8')
S.rel('sum', I, R(a, ak_x, ak_x[1], '8个'), 'altered: 5 + 8 = 13, not 11 (breaks {B})')
a = ALT(QH, 1, qh_m[1], '1.85萬噸', 'mutton 1.65 → 1.85萬噸')
S.rel('sum', I, R(a, qh_m, qh_m[1], '1.85萬噸'), 'altered: 3.28 + 1.85 + 4.74 = 9.87, not 9.67 (breaks {B})')
S.rel('rate', I, R(a, rt_qh, qh_m[1], '1.85萬噸'), 'altered: 9.67 / (3.28/1.1884 + 1.85/1.0248 + 4.74/1.0972) = +8.8%, not 11.28% (breaks {B})')
a = ALT(QH, 2, rs_qh[1], '2574.90萬', 'herbivore stock in the body 2554.90 → 2574.90')
S.rel('restatement', I, R(a, rs_qh, rs_qh[1], '2574.90萬'), 'altered: summary 2554.90萬 vs body 2574.90萬 (breaks {B})')
a = ALT(QH, 3, rs_qhm[1], '13.36萬噸', 'milk in the dairy section 13.56 → 13.36')
S.rel('restatement', I, R(a, rs_qhm, rs_qhm[1], '13.36萬噸'), 'altered: summary 13.56萬噸 vs dairy section 13.36萬噸 (breaks {B})')
a = ALT(GG, 1, gg_p[1], '923.3万吨', 'autumn grain 929.3 → 923.3')
S.rel('sum', I, R(a, gg_p, gg_p[1], '923.3万吨'), 'altered: 343.6 + 923.3 = 1266.9, not 1272.9 (breaks {B})')
S.rel('rate', I, R(a, rt_gg, gg_p[1], '923.3万吨'), 'altered: 1272.9 / (343.6/1.004 + 923.3/1.007) = +1.1%, not 0.6% (breaks {B})')
a = ALT(GG, 2, gr_gg[1], '9.9万吨', 'grain increase 7.9 → 9.9万吨')
S.rel('growth', I, R(a, gr_gg, gr_gg[1], '9.9万吨'), 'altered: 9.9 / 1263.0 = +0.78%, not 0.6% (breaks {B})')
a = ALT(GG, 3, gg_g, '1172.9万吨', 'grain total 1272.9 → 1172.9万吨')
S.rel('sum', I, R(a, gg_p, gg_g, '1172.9万吨'), 'altered: 343.6 + 929.3 = 1272.9, not 1172.9 (breaks {B})')
S.rel('growth', I, R(a, gr_gg, gg_g, '1172.9万吨'), 'altered: 7.9 / 1165.0 = +0.68% → 0.7, not 0.6% (breaks {B})')
S.rel('rate', I, R(a, rt_gg, gg_g, '1172.9万吨'), 'altered: 1172.9 / (343.6/1.004 + 929.3/1.007) = −7.3%, not +0.6% (breaks {B})')
S.rel('restatement', I, R(a, [F(GG, '1200万吨以上'), gg_g], gg_g, '1172.9万吨'), 'altered: 1172.9 is below “连续四年保持在1200万吨以上” (breaks {B})')
S.rel('target', MS, R(a, [gt_g, gg_g], gg_g, '1172.9万吨'), 'altered, cross-document: 1172.9万吨 is below the target “1200万吨以上”: missed (was met in {B})')
a = ALT(GI, 1, gi_y, '4.9%', 'rural income growth 7.9% → 4.9%')
S.rel('target', MS, R(a, [F(GT, '5%', pre='收入增长'), gi_y], gi_y, '4.9%'), 'altered, cross-document: +4.9% is below the target +5%: missed (was met in {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

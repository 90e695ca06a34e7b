"""Check key, set check-heldout102. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout102.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout102'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

GZ='gz_2009js.txt'; HI14='hi_2014q3_hant.txt'; FJ='fj_2013m5.txt'; BS23='bs_2023js.txt'; BS24='bs_2024sg.txt'; HIM8='hi_m8.txt'
MZ='mz_2016_hant.txt'; JJ='jj_2024.txt'; SM='sm_2020.txt'; KP4='gdkp_2024m4.txt'; KPP='gdkp_2024plan_hant.txt'
ZHS='zh_2019sj.txt'; ZHY='zh_2018ys.txt'; ZHB='zh_2019bg.txt'; GX16='gx_2016m4.txt'; GXQ='gx_q1.txt'; SZ='sz_1990.txt'

# ---- 广州 市本级 2009 决算 (news write-up of the final-accounts report, 信息时报)
g_in = [F(GZ, '315.6亿元'), F(GZ, '113.4亿元'), F(GZ, '50.9亿元'), F(GZ, '22.9亿元'), F(GZ, '92.2亿元'), F(GZ, '4.2亿元')]
g_tot = F(GZ, '599.2亿元'); g_ex = F(GZ, '318亿元'); g_ms = F(GZ, '236亿元'); g_msp = F(GZ, '74.2%')
g_items = [F(GZ, x) for x in ('30.9亿元', '20.9亿元', '41.8亿元', '22.1亿元', '21.3亿元', '4.4亿元', '32.7亿元', '3.3亿元')]
g_items += [F(GZ, '6亿元', pre='优惠'), F(GZ, '4.3亿元'), F(GZ, '1.3亿元', pre='改造'), F(GZ, '10.3亿元'), F(GZ, '7.7亿元'), F(GZ, '13.7亿元')]
sum_gz = g_in + [g_tot]
S.rel('sum', C, sum_gz, 'city-level revenue: 315.6 + 113.4 + 50.9 + 22.9 + 92.2 + 4.2 = 599.2')
S.rel('share', C, [g_ms, g_ex, g_msp], 'livelihood and public-service spending 236/318 = 74.21% → 约74.2')
S.rel('sum', U, g_items + [g_ms], 'the 14 items listed under 民生 add to 220.7, not 236: 其中/此外 list examples, not a split of the 236')
S.rel('growth', U, [F(GZ, '323.4亿元'), F(GZ, '86.3%')], 'land-transfer revenue 323.4, +86.3%: the 2008 level is not stated')
S.rel('share', U, [F(GZ, '405亿元'), F(GZ, '323.4亿元')], '全市 fund revenue 405 and land-transfer revenue 323.4 (79.8%): no share is stated; and 315.6/599.2 are 市本级, another scope')
a = ALT(GZ, 1, g_in[2], '56.9亿元', 'subsidy revenue 50.9 → 56.9')
S.rel('sum', I, R(a, sum_gz, g_in[2], '56.9亿元'), 'altered: parts add to 605.2, not 599.2 (breaks {B})')
a = ALT(GZ, 2, g_msp, '76.2%', 'livelihood share 74.2 → 76.2')
S.rel('share', I, [on(a, g_ms), on(a, g_ex), on(a, g_msp, '76.2%')], 'altered: 236/318 = 74.2%, not 76.2 (breaks {B})')

# ---- 海南 Q1–Q3 2014 (province, news of the finance department, traditional with inline glyph pairs)
hr = F(HI14, '424.8億元', n=0); hr2 = F(HI14, '424.8億元', n=1); hb = F(HI14, '552.8億元'); hrp = F(HI14, '76.8%')
he = F(HI14, '766.7億元'); heb = F(HI14, '1025.7億元'); hep = F(HI14, '74.7%', n=0); hep2 = F(HI14, '74.7%', n=1)
hg = F(HI14, '18.2%', n=0); hg2 = F(HI14, '18.2%', n=1); hinc = F(HI14, '65.3億元')
ht = F(HI14, '366.4億元'); htinc = F(HI14, '56.9億元'); htg = F(HI14, '18.4%'); htp = F(HI14, '86.3%'); htip = F(HI14, '87.2%')
hnat = F(HI14, '10.1%'); hgap = F(HI14, '8.1個'); hms = F(HI14, '541.5億元'); hmsp = F(HI14, '70.6%')
S.rel('share', C, [hr, hb, hrp], 'revenue 424.8 of the annual budget 552.8 = 76.85% → 76.8')
S.rel('share', C, [he, heb, hep], 'spending 766.7 of the annual budget 1025.7 = 74.75% → 74.7')
S.rel('restatement', C, [hep, hep2], 'spending progress 74.7% stated twice')
S.rel('restatement', C, [hr, hr2], 'Q1–Q3 revenue 424.8 stated twice')
S.rel('growth', C, [hr2, hinc, hg2], 'revenue +65.3 on 424.8 − 65.3 = 359.5: +18.16% → 18.2')
S.rel('growth', C, [ht, htinc, htg], 'tax +56.9 on 366.4 − 56.9 = 309.5: +18.38% → 18.4')
S.rel('share', C, [ht, hr2, htp], 'tax 366.4/424.8 = 86.25% → 86.3')
S.rel('share', C, [htinc, hinc, htip], 'tax increase 56.9 of the revenue increase 65.3 = 87.14%; with the inputs to 0.05 the range is 86.99–87.28, so 87.2 is inside (judgement call)')
S.rel('growth', C, [hg2, hnat, hgap], '18.2 − 10.1 = 8.1 points above the national local average')
S.rel('share', C, [hms, he, hmsp], 'livelihood 541.5/766.7 = 70.63% → 70.6')
S.rel('target', M, [F(HI14, '15%'), hg], '海南 Q1–Q3 2014 revenue growth goal 增幅超15% vs +18.2%: met')
S.rel('restatement', U, [F(HI14, '19%左右'), hg2], '"month-end cumulative growth around 19%" through the year vs 18.2% for Q1–Q3: different periods, not a restatement')
S.rel('growth', U, [htp, htip, F(HI14, '0.2', post='和1.1'), F(HI14, '1.1個')], 'shares up 0.2 and 1.1 points on Q1–Q3 2013: the 2013 shares are not stated')
S.rel('growth', U, [hep2, F(HI14, '7.2個')], 'spending progress 74.7%, 7.2 points faster than a year before: the 2013 progress is not stated')
S.rel('target', U, [F(HI14, '15%'), htg], 'the 15% goal is for total revenue; tax +18.4% is another indicator')
a = ALT(HI14, 1, hrp, '78.6%', 'revenue progress 76.8 → 78.6')
S.rel('share', I, [on(a, hr), on(a, hb), on(a, hrp, '78.6%')], 'altered: 424.8/552.8 = 76.8%, not 78.6 (breaks {B})')
a = ALT(HI14, 2, hgap, '6.1個', 'gap to the national average 8.1 → 6.1 points')
S.rel('growth', I, [on(a, hg2), on(a, hnat), on(a, hgap, '6.1個')], 'altered: 18.2 − 10.1 = 8.1, not 6.1 (breaks {B})')
a = ALT(HI14, 3, hms, '514.5億元', 'livelihood spending 541.5 → 514.5')
S.rel('share', I, [on(a, hms, '514.5億元'), on(a, he), on(a, hmsp)], 'altered: 514.5/766.7 = 67.1%, not 70.6 (breaks {B})')

# ---- 福建 Jan–May 2013 (province, 东南网 news of the finance department)
fe1 = F(FJ, '983.68亿元'); fe2 = F(FJ, '983.68亿', post=','); fms = F(FJ, '702.44亿元'); fmsp = F(FJ, '71.4%')
fg = F(FJ, '15.5%'); fcg = F(FJ, '21.4%'); fgap = F(FJ, '5.9个')
S.rel('restatement', C, [fe1, fe2], 'Jan–May spending 983.68亿 stated twice')
S.rel('share', C, [fms, fe2, fmsp], 'livelihood-related spending 702.44/983.68 = 71.41% → 71.4')
S.rel('growth', C, [fcg, fg, fgap], 'cities and counties +21.4% vs province +15.5%: 5.9 points')
S.rel('restatement', C, [F(FJ, '15.4%', n=0), F(FJ, '15.4%', n=1)], '厦门 spending growth 15.4% stated twice')
S.rel('growth', U, [fg, F(FJ, '1.9个')], '+15.5%, 1.9 points above the national local average: the national rate is not stated')
S.rel('share', U, [fe2, F(FJ, '40.6%')], '40.6% of the budget set at the start of the year: the budget is not stated')
S.rel('target', CT, [F(FJ, '68.55亿元'), F(FJ, '46.3%')], '21 practical projects: 68.55亿 allocated by May, 46.3% of the year’s task: a Jan–May progress figure; the year’s result is not stated')
S.rel('share', U, [F(FJ, '851.11亿元'), fe2], 'cities and counties 851.11 of 983.68 (86.5%): no share is stated; the province level is the remainder')
a = ALT(FJ, 1, fms, '762.44亿元', 'livelihood-related spending 702.44 → 762.44')
S.rel('share', I, [on(a, fms, '762.44亿元'), on(a, fe2), on(a, fmsp)], 'altered: 762.44/983.68 = 77.5%, not 71.4 (breaks {B})')
a = ALT(FJ, 2, fgap, '6.9个', 'gap of cities/counties 5.9 → 6.9 points')
S.rel('growth', I, [on(a, fcg), on(a, fg), on(a, fgap, '6.9个')], 'altered: 21.4 − 15.5 = 5.9, not 6.9 (breaks {B})')

# ---- 百色 (广西) 市本级 2023 final accounts (prefecture city)
b_gi = F(BS23, '164.47亿元'); b_gr = F(BS23, '31.52亿元'); b_gt = F(BS23, '132.95亿元')
b_ge = F(BS23, '153.81亿元'); b_gx = F(BS23, '87.62亿元'); b_gtx = F(BS23, '66.19亿元'); b_bal = F(BS23, '10.66亿元')
b_b1 = F(BS23, '0.93亿元'); b_b2 = F(BS23, '9.73亿元')
b_fi = F(BS23, '87.32亿元'); b_fr = F(BS23, '28.36亿元'); b_ft = F(BS23, '58.96亿元')
b_fe = F(BS23, '84.37亿元'); b_fx = [F(BS23, '29.32亿元'), F(BS23, '0.26亿元'), F(BS23, '30.47亿元'), F(BS23, '23.86亿元'), F(BS23, '0.46亿元')]
b_fb = F(BS23, '2.95亿元', pre='年终结余'); b_si = F(BS23, '65.17亿元'); b_se = F(BS23, '57.93亿元'); b_sb = F(BS23, '7.24亿元'); b_ss = F(BS23, '78.09亿元')
sum_b1 = [b_gr, b_gt, b_gi]; sum_b2 = [b_gx, b_gtx, b_ge]; sum_b3 = [b_ge, b_bal, b_gi]; sum_b4 = [b_b1, b_b2, b_bal]
sum_b5 = [b_fr, b_ft, b_fi]; sum_b6 = b_fx + [b_fe]; sum_b7 = [b_fe, b_fb, b_fi]; sum_b8 = [b_se, b_sb, b_si]
S.rel('sum', C, sum_b1, 'general budget total revenue: own revenue 31.52 + transfers 132.95 = 164.47')
S.rel('sum', C, sum_b2, 'general budget total spending: 87.62 + transfers out 66.19 = 153.81')
S.rel('sum', C, sum_b3, 'revenue 164.47 − spending 153.81 = year-end balance 10.66')
S.rel('sum', C, sum_b4, 'balance split: 0.93 (bond replacement) + 9.73 (earmarked) = 10.66')
S.rel('sum', C, sum_b5, 'fund budget revenue: 28.36 + 58.96 = 87.32')
S.rel('sum', C, sum_b6, 'fund budget spending: 29.32 + 0.26 + 30.47 + 23.86 + 0.46 = 84.37')
S.rel('sum', C, sum_b7, 'fund budget: 87.32 − 84.37 = 2.95 balance')
S.rel('sum', C, sum_b8, 'social-insurance funds: 65.17 − 57.93 = 7.24 surplus for the year')
S.rel('sum', U, [b_sb, b_ss], 'year surplus 7.24 vs accumulated balance 78.09: a flow and a stock; the opening balance is not stated')
S.rel('share', U, [b_gr, b_gi], 'own revenue 31.52 of total revenue 164.47 (19.2%): no share (自给率) is stated')
a = ALT(BS23, 1, b_gt, '132.59亿元', 'transfer revenue 132.95 → 132.59')
S.rel('sum', I, R(a, sum_b1, b_gt, '132.59亿元'), 'altered: 31.52 + 132.59 = 164.11, not 164.47 (breaks {B})')
a = ALT(BS23, 2, b_fx[3], '25.86亿元', 'on-lending spending 23.86 → 25.86')
S.rel('sum', I, R(a, sum_b6, b_fx[3], '25.86亿元'), 'altered: items add to 86.37, not 84.37 (breaks {B})')
a = ALT(BS23, 3, b_sb, '7.42亿元', 'social-insurance surplus 7.24 → 7.42')
S.rel('sum', I, R(a, sum_b8, b_sb, '7.42亿元'), 'altered: 65.17 − 57.93 = 7.24, not 7.42 (breaks {B})')

# ---- 百色 市本级 2024 三公 budget (prefecture city, budget note)
s_tot = F(BS24, '3923万元'); s_d = F(BS24, '332万元'); s_dp = F(BS24, '7.81%')
s_it = [F(BS24, '638万元'), F(BS24, '62万元'), F(BS24, '718万元'), F(BS24, '2505万元')]
s_ch = [F(BS24, '317万元'), F(BS24, '24万元'), F(BS24, '135万元'), F(BS24, '174万元')]
sum_s1 = s_it + [s_tot]; sum_s2 = s_ch + [s_d]
S.rel('sum', C, sum_s1, '三公 budget: 638 + 62 + 718 + 2505 = 3923')
S.rel('sum', C, sum_s2, 'changes on the 2023 budget: −317 + 24 + 135 − 174 = −332')
S.rel('growth', C, [s_tot, s_d, s_dp], '−332 on 3923 + 332 = 4255: −7.80%; with the inputs to 0.5 the range reaches 7.81 (332.5/4255), so the stated 7.81% is inside (judgement call)')
S.rel('target', U, [s_tot, b_ge], '百色 2024 三公 budget 3923万 vs 2023 市本级 spending 153.81亿: a budget for another year and another indicator')
a = ALT(BS24, 1, s_it[2], '748万元', 'vehicle purchase budget 718 → 748')
S.rel('sum', I, R(a, sum_s1, s_it[2], '748万元'), 'altered: items add to 3953, not 3923 (breaks {B})')
a = ALT(BS24, 2, s_ch[2], '165万元', 'vehicle purchase increase 135 → 165')
S.rel('sum', I, R(a, sum_s2, s_ch[2], '165万元'), 'altered: changes add to −302, not −332 (breaks {B})')

# ---- 海南 Jan–Aug (year not stated in the passage; commentary on the provincial release)
m_t = F(HIM8, '540.5亿元'); m_tax = F(HIM8, '401.3亿元'); m_nt = F(HIM8, '139.2亿元'); m_p = F(HIM8, '185.1亿元'); m_c = F(HIM8, '355.4亿元')
m_cities = [F(HIM8, x[3:], pre=x[:3]) if x[0] in '琼东' else F(HIM8, x) for x in ('138.18亿元', '59.87亿元', '44.19亿元', '38.98亿元', '13.43亿元', '10.97亿元', '8.76亿元', '8.54亿元',
                                 '琼海市8亿元', '东方市7亿元', '4.24亿元', '3.82亿元', '3.62亿元', '3.38亿元', '2.84亿元', '1.39亿元', '1.16亿元', '0.955亿元')]
sum_m1 = [m_tax, m_nt, m_t]; sum_m2 = [m_p, m_c, m_t]
S.rel('sum', C, sum_m1, 'tax 401.3 + non-tax 139.2 = 540.5')
S.rel('sum', C, sum_m2, 'province level 185.1 + city/county level 355.4 = 540.5')
S.rel('restatement', C, [m_cities[0], F(HIM8, '138.18亿元', n=1)], '海口 138.18亿 stated twice')
S.rel('restatement', C, [m_cities[1], F(HIM8, '59.87亿', n=1)], '三亚 59.87亿 stated twice')
S.rel('sum', U, m_cities + [m_c], 'the 18 cities and counties add to 359.3, not 355.4: 三沙 is missing and the city figures are not the 市县级 aggregate of the release (scope not stated); not a split')
S.rel('rate', U, [m_tax, F(HIM8, '9.9%'), m_nt, F(HIM8, '20.3%'), m_t, F(HIM8, '4.6%')], 'levels and 同口径 rates: backing out last year gives −3.7%, stated −4.6%; the 同口径 adjustment is not stated, so not a check')
S.rel('growth', U, [F(HIM8, '1.8%'), F(HIM8, '4.6%')], '海口 −1.8% vs province −4.6%: different places, no relation stated')
a = ALT(HIM8, 1, m_nt, '130.2亿元', 'non-tax revenue 139.2 → 130.2')
S.rel('sum', I, R(a, sum_m1, m_nt, '130.2亿元'), 'altered: 401.3 + 130.2 = 531.5, not 540.5 (breaks {B})')
a = ALT(HIM8, 2, m_p, '158.1亿元', 'province-level revenue 185.1 → 158.1')
S.rel('sum', I, R(a, sum_m2, m_p, '158.1亿元'), 'altered: 158.1 + 355.4 = 513.5, not 540.5 (breaks {B})')

# ---- 梅州 (广东) 2016 statistical bulletin (prefecture city, traditional)
zt = F(MZ, '1045.56億元'); z1 = F(MZ, '211.89億元'); z2 = F(MZ, '371.28億元'); z3 = F(MZ, '462.39億元')
zp = [F(MZ, '20.3', post=':'), F(MZ, '35.5'), F(MZ, '44.2')]; zp15 = [F(MZ, '19.6'), F(MZ, '36.7'), F(MZ, '43.7')]
zc = [F(MZ, '0.9個'), F(MZ, '2.3個'), F(MZ, '4.3個')]; zg = F(MZ, '7.5%', n=0)
zcty = F(MZ, '639.05億元'); zctyp = F(MZ, '61.1%')
sum_z = [z1, z2, z3, zt]
S.rel('sum', C, sum_z, '211.89 + 371.28 + 462.39 = 1045.56')
for x, p_, w in zip((z1, z2, z3), zp, ('211.89/1045.56 = 20.27% → 20.3', '371.28/1045.56 = 35.51% → 35.5', '462.39/1045.56 = 44.22% → 44.2')):
    S.rel('share', C, [x, zt, p_], 'structure 2016: ' + w)
S.rel('sum', C, zp, '20.3 + 35.5 + 44.2 = 100')
S.rel('sum', C, zp15, '2015 structure 19.6 + 36.7 + 43.7 = 100')
S.rel('sum', C, zc + [zg], 'contributions 0.9 + 2.3 + 4.3 = 7.5 points = GDP growth 7.5%')
S.rel('share', C, [zcty, zt, zctyp], 'county GDP 639.05/1045.56 = 61.12% → 61.1')
S.rel('growth', C, [F(MZ, '102.3%'), F(MZ, '2.3%', pre='上漲')], 'CPI index 102.3 ↔ +2.3%')
S.rel('growth', C, [F(MZ, '99.49%'), F(MZ, '0.51%')], 'PPI index 99.49 ↔ −0.51%')
S.rel('share', U, [zc[2], zg, zp[2]], 'tertiary contribution 4.3 of 7.5 points (57%) vs share 44.2%: contribution is not share')
S.rel('restatement', U, [zg, F(MZ, '7.5%', n=1)], 'county GDP +7.5% and city GDP +7.5%: same number, different scopes')
S.rel('growth', U, [F(MZ, '24031元'), F(MZ, '7.0%'), zg], 'per-capita GDP +7.0% vs GDP +7.5%: the population change is not stated')
S.rel('rate', U, [z1, F(MZ, '4.3%'), z2, F(MZ, '6.3%'), z3, F(MZ, '9.9%'), zt, zg], 'current-price levels and real sector rates; weighting the rates by the 2015 structure gives 7.48, but the bureau’s own contributions (0.9 for the primary sector, 19.6% × 4.3 = 0.84) show it weights otherwise: not a check')
S.rel('share', U, [F(MZ, '655.05億元'), zt], 'private economy 655.05 of 1045.56 (62.7%): no share is stated')
a = ALT(MZ, 1, z2, '377.28億元', 'secondary value added 371.28 → 377.28')
S.rel('sum', I, R(a, sum_z, z2, '377.28億元'), 'altered: parts add to 1051.56, not 1045.56 (breaks {B})')
S.rel('share', I, [on(a, z2, '377.28億元'), on(a, zt), on(a, zp[1])], 'altered: 377.28/1045.56 = 36.1%, not 35.5 (breaks {B})')
a = ALT(MZ, 2, zc[2], '4.8個', 'tertiary contribution 4.3 → 4.8 points')
S.rel('sum', I, [on(a, zc[0]), on(a, zc[1]), on(a, zc[2], '4.8個'), on(a, zg)], 'altered: 0.9 + 2.3 + 4.8 = 8.0, not 7.5 (breaks {B})')
a = ALT(MZ, 3, zctyp, '63.1%', 'county share 61.1 → 63.1')
S.rel('share', I, [on(a, zcty), on(a, zt), on(a, zctyp, '63.1%')], 'altered: 639.05/1045.56 = 61.1%, not 63.1 (breaks {B})')

# ---- 晋江 (泉州, 福建) 2024 budget execution (county-level city)
jt = F(JJ, '255亿元'); jr = F(JJ, '155亿元'); jup = F(JJ, '25.2亿元'); jret = F(JJ, '5.6亿元'); jfin = F(JJ, '135.4亿元')
jst = F(JJ, '7亿元'); jfu = F(JJ, '10亿元'); jbd = F(JJ, '1亿元'); jf2 = F(JJ, '151.4亿元')
jtr = F(JJ, '19.41亿元'); jdb = F(JJ, '2.68亿元'); jav = F(JJ, '173.49亿元')
sum_j1 = [jr, jup, jret, jfin]; sum_j2 = [jfin, jst, jfu, jbd, jf2]; sum_j3 = [jf2, jtr, jdb, jav]
S.rel('sum', C, sum_j1, 'revenue 155 − settlement paid up 25.2 + returned 5.6 = 135.4')
S.rel('sum', C, sum_j2, '135.4 + stabilisation fund 7 + fund budget 10 − bond principal 1 = 151.4')
S.rel('sum', C, sum_j3, '151.4 + transfers 19.41 + new general bonds 2.68 = 173.49')
S.rel('target', M, [jt, F(JJ, '100%', n=0)], '晋江 2024 total general-budget revenue 255亿 (estimate) = 100% of the budget: met')
S.rel('target', M, [jr, F(JJ, '100%', n=1)], '晋江 2024 general-budget revenue 155亿 (estimate) = 100% of the budget: met')
S.rel('growth', U, [F(JJ, '1.7%'), F(JJ, '8.4%')], '+1.7% as reported and +8.4% excluding deferred taxes: two bases, neither level of 2023 stated')
S.rel('share', U, [jr, jt], 'general-budget revenue 155 of total revenue 255: the rest is revenue passed to higher levels; no share is stated')
S.rel('growth', U, [jf2, F(JJ, '0.4%')], 'own financial resources 151.4, +0.4%: the 2023 level is not stated')
a = ALT(JJ, 1, jret, '5.9亿元', 'settlement return 5.6 → 5.9')
S.rel('sum', I, R(a, sum_j1, jret, '5.9亿元'), 'altered: 155 − 25.2 + 5.9 = 135.7, not 135.4 (breaks {B})')
a = ALT(JJ, 2, jtr, '19.71亿元', 'transfers 19.41 → 19.71')
S.rel('sum', I, R(a, sum_j3, jtr, '19.71亿元'), 'altered: 151.4 + 19.71 + 2.68 = 173.79, not 173.49 (breaks {B})')

# ---- 思明区 (厦门, 福建) 2020 budget execution (district)
mi = [F(SM, '602,580万元'), F(SM, '136,787万元'), F(SM, '2,844万元'), F(SM, '11,774万元'), F(SM, '91,300万元'), F(SM, '1,631万元'),
      F(SM, '50,000万元'), F(SM, '5,000万元'), F(SM, '1,805万元')]
mtot = F(SM, '890,111万元', n=0); mtot2 = F(SM, '890,111万元', n=1); msp = F(SM, '164,520万元'); mall = F(SM, '1,054,631万元')
sum_m = mi + [mtot]; sum_m2 = [mtot2, msp, mall]
S.rel('sum', C, sum_m, '602580 + 136787 + 2844 + 11774 + 91300 + 1631 + 50000 − 5000 − 1805 = 890111')
S.rel('sum', C, sum_m2, '890111 + 164520 = 1054631')
S.rel('restatement', C, [F(SM, '60.3亿元'), mi[0]], 'local revenue 60.3亿 = 602580万 rounded')
S.rel('restatement', C, [mtot, mtot2], 'resources 890111万 and spending arranged 890111万: balanced by construction')
vat = [F(SM, '156,000万元'), F(SM, '1,240万元'), F(SM, '0.8%')]
cit = [F(SM, '108,000万元'), F(SM, '8,066万元'), F(SM, '8.1%')]
pit = [F(SM, '155,260万元'), F(SM, '30,483万元'), F(SM, '24.4%')]
S.rel('growth', C, vat, 'VAT +1240 on 154760: +0.80% → 0.8')
S.rel('growth', C, cit, 'enterprise income tax +8066 on 99934: +8.07% → 8.1')
S.rel('growth', C, pit, 'individual income tax +30483 on 124777: +24.43% → 24.4')
S.rel('growth', U, [F(SM, '380亿元'), F(SM, '3.68%'), F(SM, '262.6亿元'), F(SM, '3.84%')], 'total revenue by the new scope 380亿 (+3.68%) and the old scope 262.6亿 (+3.84%): two scopes, no 2019 levels stated')
S.rel('share', U, [F(SM, '60.3亿元'), F(SM, '262.6亿元')], 'local revenue 60.3 of total revenue 262.6: no share stated; the remainder goes to higher levels')
a = ALT(SM, 1, mi[4], '97,300万元', 'transfer from the fund budget 91300 → 97300')
S.rel('sum', I, R(a, sum_m, mi[4], '97,300万元'), 'altered: items add to 896111, not 890111 (breaks {B})')
a = ALT(SM, 2, cit[1], '8,666万元', 'enterprise income tax increase 8066 → 8666')
S.rel('growth', I, [on(a, cit[0]), on(a, cit[1], '8,666万元'), on(a, cit[2])], 'altered: +8666 on 99334 is +8.7%, not 8.1 (breaks {B})')
a = ALT(SM, 3, msp, '164,250万元', 'higher-level earmarked spending 164520 → 164250')
S.rel('sum', I, R(a, sum_m2, msp, '164,250万元'), 'altered: 890111 + 164250 = 1054361, not 1054631 (breaks {B})')

# ---- 广东 provincial key projects 2024: plan (news, traditional) and Jan–Apr progress (发改委)
kn = F(KPP, '1508個'); kin = F(KPP, '1萬億元', pre='投資'); ks = [F(KPP, '537個'), F(KPP, '204個'), F(KPP, '767個')]
kv = [F(KPP, '5986億元'), F(KPP, '760億元'), F(KPP, '3254億元')]; kp = [F(KPP, '59.9%'), F(KPP, '7.6%'), F(KPP, '32.5%')]
sum_k1 = ks + [kn]; sum_k2 = kv + [kin]
S.rel('sum', C, sum_k1, 'projects by sector 537 + 204 + 767 = 1508')
S.rel('sum', C, sum_k2, 'annual plan by sector 5986 + 760 + 3254 = 10000亿 = 1萬億')
for v, p_, w in zip(kv, kp, ('5986/10000 = 59.86% → 59.9', '760/10000 = 7.6%', '3254/10000 = 32.54% → 32.5')):
    S.rel('share', C, [v, kin, p_], w)
S.rel('sum', C, kp, '59.9 + 7.6 + 32.5 = 100')
S.rel('sum', U, [F(KPP, '1247個'), F(KPP, '235個'), F(KPP, '261個'), kn], 'continuing 1247 + to-be-completed 235 + new 261 = 1743, not 1508: projects to be completed are among the continuing ones (overlapping categories), not a split')
S.rel('sum', U, [F(KPP, '205個'), F(KPP, '144個'), F(KPP, '691個'), kn], 'size classes 205 + 144 + 691 = 1040 of 1508: projects under 10亿 are not listed; a partial list')
S.rel('share', U, [F(KPP, '8.1萬億元'), kin], 'annual plan 1萬億 of total investment 8.1萬億 (12%): no share stated; multi-year totals')
k4n = F(KP4, '1508个'); k4i = F(KP4, '1万亿元'); k4d = F(KP4, '3386亿元'); k4p = F(KP4, '33.9%')
S.rel('share', C, [k4d, k4i, k4p], 'Jan–Apr 3386亿 of the annual plan 1万亿 = 33.86% → 33.9')
S.rel('restatement', C, [kn, k4n], '1508 provincial key projects in 2024, in both texts')
S.rel('restatement', C, [kin, k4i], 'annual plan 1万亿 in both texts')
S.rel('target', CT, [kin, k4d], '广东 2024 key-project plan 1萬億 vs Jan–Apr 3386亿: full-year result not stated')
a = ALT(KPP, 1, kv[1], '790億元', 'livelihood projects plan 760 → 790')
S.rel('sum', I, R(a, sum_k2, kv[1], '790億元'), 'altered: 5986 + 790 + 3254 = 10030, not 1萬億 (breaks {B})')
S.rel('share', I, [on(a, kv[1], '790億元'), on(a, kin), on(a, kp[1])], 'altered: 790/10000 = 7.9%, not 7.6 (breaks {B})')
a = ALT(KPP, 2, ks[1], '234個', 'livelihood projects 204 → 234')
S.rel('sum', I, R(a, sum_k1, ks[1], '234個'), 'altered: 537 + 234 + 767 = 1538, not 1508 (breaks {B})')
a = ALT(KP4, 1, k4p, '35.9%', 'Jan–Apr progress 33.9 → 35.9')
S.rel('share', I, [on(a, k4d), on(a, k4i), on(a, k4p, '35.9%')], 'altered: 3386/10000 = 33.9%, not 35.9 (breaks {B})')

# ---- 珠海 (广东): 2018 budget execution report (Jan 2019), 2019 work-report news (Jan 2019), 2019 audit work report (Jul 2020)
yr = F(ZHY, '331.47亿元'); ytx = F(ZHY, '260.28亿元'); ytxp = F(ZHY, '78.5%'); ynt = F(ZHY, '71.19亿元'); yntp = F(ZHY, '21.5%')
yrp = F(ZHY, '100.1%'); ye = F(ZHY, '572.61亿元'); yep = F(ZHY, '94.3%'); ytot = F(ZHY, '726.36亿元'); yetot = F(ZHY, '700.88亿元')
ycf = F(ZHY, '25.33亿元'); ycfp = F(ZHY, '4.4%'); y9 = F(ZHY, '9%', pre='财政部'); ygz = F(ZHY, '0.15亿元')
yf = F(ZHY, '386.39亿元'); yfp = F(ZHY, '74.1%'); yftot = F(ZHY, '524.15亿元'); yfe = F(ZHY, '334.21亿元'); yfep = F(ZHY, '64.1%')
yfout = F(ZHY, '157.97亿元'); yfetot = F(ZHY, '492.18亿元'); yfcf = F(ZHY, '31.97亿元'); y30 = F(ZHY, '30%')
sum_y1 = [ytx, ynt, yr]; sum_y2 = [yetot, ycf, ygz, ytot]; sum_y3 = [yfe, yfout, yfetot]; sum_y4 = [yfetot, yfcf, yftot]
S.rel('sum', C, sum_y1, 'tax 260.28 + non-tax 71.19 = 331.47')
S.rel('share', C, [ytx, yr, ytxp], 'tax share 260.28/331.47 = 78.52% → 78.5')
S.rel('share', C, [ynt, yr, yntp], 'non-tax share 71.19/331.47 = 21.48% → 21.5')
S.rel('sum', C, [ytxp, yntp], '78.5 + 21.5 = 100')
S.rel('share', C, [ycf, ye, ycfp], 'carry-over 25.33/572.61 = 4.42% → 4.4')
S.rel('sum', C, sum_y2, 'total revenue 726.36 − total spending 700.88 = 25.48 = carry-over 25.33 + bond on-lending balance 0.15')
S.rel('sum', C, sum_y3, 'fund spending 334.21 + transfer out 157.97 = 492.18')
S.rel('sum', C, sum_y4, 'fund: total revenue 524.15 − total spending 492.18 = carry-over 31.97')
S.rel('share', C, [yfcf, yf, y30], 'fund carry-over 31.97/386.39 = 8.3% of fund revenue, within the 30% limit')
S.rel('target', M, [yr, yrp], '珠海 2018 general-budget revenue 331.47亿 = 100.1% of the adjusted budget: met')
S.rel('target', MS, [ye, yep], '珠海 2018 general-budget spending 572.61亿 = 94.3% of the adjusted budget: below plan')
S.rel('target', MS, [yf, yfp], '珠海 2018 fund revenue 386.39亿 = 74.1% of the adjusted budget: missed')
S.rel('target', MS, [yfe, yfep], '珠海 2018 fund spending 334.21亿 = 64.1% of the adjusted budget: below plan')
S.rel('target', M, [ycfp, y9], 'carry-over 4.4% of spending against the Ministry of Finance ceiling of 9%: within the limit (met)')
S.rel('growth', U, [yr, F(ZHY, '5.4%')], 'revenue +5.4%: the 2017 level is not stated')
bms = F(ZHB, '399.93亿元'); bmsp = F(ZHB, '69.8%'); bgdp = F(ZHB, '2966亿元'); bg = F(ZHB, '8%', pre='增长'); bt = F(ZHB, '7.5%')
S.rel('share', C, [bms, ye, bmsp], '珠海 2018 livelihood spending 399.93 (work-report news) of general-budget spending 572.61 (budget report) = 69.84% → 69.8: a cross-document share')
S.rel('target', U, [bt, bg], '2019 GDP target +7.5% vs 2018 result +8%: another year')
S.rel('target', U, [bt, zg], '珠海 2019 GDP target 7.5% vs 梅州 2016 GDP +7.5%: another place and year')
S.rel('target', U, [F(ZHB, '576亿元'), kin], '珠海 2019 key-project plan 576亿 vs 广东 2024 provincial plan 1萬億: another place, scope and year')
S.rel('share', U, [F(ZHB, '1858.57亿'), bgdp], 'investment 1858.57 and GDP 2966: an investment/GDP ratio is not stated and is not a share')
sr = F(ZHS, '344.49亿元'); stx = F(ZHS, '284.01亿元'); stxp = F(ZHS, '82.4%'); sup = F(ZHS, '3.9%')
S.rel('share', C, [stx, sr, stxp], '2019 tax 284.01/344.49 = 82.44% → 82.4')
S.rel('growth', C, [ytxp, stxp, sup], 'tax share 78.5% in 2018 (budget report) → 82.4% in 2019 (audit report): +3.9 points, written "提高3.9%" (points written as %)')
S.rel('growth', U, [yr, sr], 'revenue 331.47 (2018) → 344.49 (2019) is +3.9%: no growth rate is stated; the 3.9 in the audit report is the change of the tax share, not revenue growth')
S.rel('restatement', U, [sup, F(ZHY, '5.4%')], '2019 tax share +3.9 vs 2018 revenue +5.4%: different indicators and years')
a = ALT(ZHY, 1, ynt, '77.19亿元', 'non-tax revenue 71.19 → 77.19')
S.rel('sum', I, R(a, sum_y1, ynt, '77.19亿元'), 'altered: 260.28 + 77.19 = 337.47, not 331.47 (breaks {B})')
S.rel('share', I, [on(a, ynt, '77.19亿元'), on(a, yr), on(a, yntp)], 'altered: 77.19/331.47 = 23.3%, not 21.5 (breaks {B})')
a = ALT(ZHY, 2, ycfp, '4.7%', 'carry-over share 4.4 → 4.7')
S.rel('share', I, [on(a, ycf), on(a, ye), on(a, ycfp, '4.7%')], 'altered: 25.33/572.61 = 4.4%, not 4.7 (breaks {B})')
a = ALT(ZHY, 3, yfcf, '37.91亿元', 'fund carry-over 31.97 → 37.91')
S.rel('sum', I, R(a, sum_y4, yfcf, '37.91亿元'), 'altered: 524.15 − 492.18 = 31.97, not 37.91 (breaks {B})')
a = ALT(ZHS, 1, stxp, '84.2%', 'tax share 82.4 → 84.2')
S.rel('share', I, [on(a, stx), on(a, sr), on(a, stxp, '84.2%')], 'altered: 284.01/344.49 = 82.4%, not 84.2 (breaks {B})')
S.rel('growth', I, [ytxp, on(a, stxp, '84.2%'), on(a, sup)], 'altered: 78.5 → 84.2 is +5.7 points, not 3.9 (breaks {B})')
a = ALT(ZHB, 1, bmsp, '67.8%', 'livelihood share 69.8 → 67.8')
S.rel('share', I, [on(a, bms), ye, on(a, bmsp, '67.8%')], 'altered: 399.93/572.61 = 69.8%, not 67.8 (breaks {B})')

# ---- 广西 Jan–Apr 2016 spending (region, news of the finance department)
xe = F(GX16, '1091.71亿元'); xms = F(GX16, '868.04亿元'); xmsp = F(GX16, '79.1%'); xg = F(GX16, '10.1%'); xinc = F(GX16, '100.45亿元')
S.rel('share', I, [xms, xe, xmsp], 'REAL ERROR in the original: livelihood 868.04/1091.71 = 79.51%, stated 79.1% (0.4 points off; likely a slip for 79.5)')
S.rel('growth', C, [xe, xinc, xg], 'spending +100.45 on 1091.71 − 100.45 = 991.26: +10.13% → 10.1')
S.rel('sum', U, [F(GX16, '213.35亿元'), F(GX16, '14.51亿元'), F(GX16, '141.12亿元'), F(GX16, '12.36亿元'), F(GX16, '29.41亿元'), xms],
      '"部分民生项目": five items add to 410.75 of 868.04; a partial list, not a split')
S.rel('growth', U, [F(GX16, '5.6%'), xg, xmsp], 'livelihood +5.6% vs total +10.1%: the 2015 share is not stated, so the share change cannot be checked')
S.rel('sum', U, [F(GX16, '14个'), F(GX16, '12个')], '14 cities: 柳州 and 河池 single-digit, the other 12 above the average: 2 + 12 = 14 (the 2 is named, not a number); counts of a ranking, nothing to check arithmetically')
a = ALT(GX16, 1, xinc, '106.45亿元', 'increase 100.45 → 106.45')
S.rel('growth', I, [on(a, xe), on(a, xinc, '106.45亿元'), on(a, xg)], 'altered: +106.45 on 985.26 is +10.8%, not 10.1 (breaks {B})')

# ---- 广西 Q1 (year not stated; between 2017 and 2020 from the text) fiscal release news (region)
qr = F(GXQ, '783.39亿元'); qri = F(GXQ, '69.83亿元'); qrg = F(GXQ, '9.8%', n=0)
qe = F(GXQ, '1251.47亿元'); qei = F(GXQ, '112.03亿元'); qeg = F(GXQ, '9.8%', n=1)
qmsg = F(GXQ, '11.4%'); qmsd = F(GXQ, '1.6个'); qmsp = F(GXQ, '82.1%'); qms = F(GXQ, '1000亿元')
qz = [F(GXQ, '9.5%'), F(GXQ, '10.2%'), F(GXQ, '10.9%')]; qzr = F(GXQ, '1.4个')
S.rel('growth', C, [qr, qri, qrg], 'revenue +69.83 on 783.39 − 69.83 = 713.56: +9.79% → 9.8')
S.rel('growth', C, [qe, qei, qeg], 'spending +112.03 on 1251.47 − 112.03 = 1139.44: +9.83% → 9.8')
S.rel('growth', C, [qmsg, qeg, qmsd], 'livelihood +11.4% vs spending +9.8%: 1.6 points')
S.rel('growth', C, qz + [qzr], 'range of the three regions’ growth: 10.9 − 9.5 = 1.4 points')
S.rel('share', C, [qmsp, qe, qms], 'livelihood 82.1% of 1251.47 = 1027.5亿, which is 突破1000亿')
S.rel('restatement', U, [qrg, qeg], 'revenue +9.8% and spending +9.8%: different indicators sharing a number')
S.rel('target', U, [qrg, F(GXQ, '4.8个')], 'Q1 revenue +9.8%, 4.8 points above the full-year expectation: the expectation (5%) is not stated, and a Q1 result is not the year')
S.rel('growth', U, [F(GXQ, '78.2%'), F(GXQ, '1.2个')], 'city/county share 78.2%, +1.2 points: last year’s share is not stated')
S.rel('growth', U, [F(GXQ, '1.4个'), F(GXQ, '6.2个')], 'range 1.4 points, 6.2 points narrower than a year before: last year’s regional rates are not stated')
S.rel('share', U, [F(GXQ, '6%'), F(GXQ, '3%', pre='6%、')], 'cuts of 6% and 3% to general spending and 三公: percentages of bases not stated')
S.rel('growth', U, [F(GXQ, '459.98亿元'), F(GXQ, '13%'), qr, qrg], 'general-budget revenue +13% within total revenue +9.8%: a subset, the rest is not stated')
a = ALT(GXQ, 1, qri, '60.83亿元', 'revenue increase 69.83 → 60.83')
S.rel('growth', I, [on(a, qr), on(a, qri, '60.83亿元'), on(a, qrg)], 'altered: +60.83 on 722.56 is +8.4%, not 9.8 (breaks {B})')
a = ALT(GXQ, 2, qzr, '1.9个', 'range of regional growth 1.4 → 1.9 points')
S.rel('growth', I, [on(a, qz[0]), on(a, qz[1]), on(a, qz[2]), on(a, qzr, '1.9个')], 'altered: 10.9 − 9.5 = 1.4, not 1.9 (breaks {B})')

# ---- 深圳 1990 budget report (old text, city; figures about 1979–1989)
z12 = F(SZ, '12.4亿元'); z112 = F(SZ, '11.2亿元'); z12b = F(SZ, '1.2亿元', pre='省财政')
S.rel('sum', C, [z112, z12b, z12], 'remitted 1981–1989: to the centre 11.2 + to the province 1.2 = 12.4')
S.rel('growth', U, [F(SZ, '97.8亿元'), F(SZ, '48.8倍')], 'GNP 97.8亿 in 1989, 增长48.8倍 on 1979 (ratio 49.8): the 1979 level is not stated')
S.rel('growth', U, [F(SZ, '48.8倍'), F(SZ, '108.1倍')], '"同步增长" of GNP (×49.8) and budget revenue (×109.1): a claim in words, not an arithmetic relation')
S.rel('share', U, [F(SZ, '72.2亿元'), F(SZ, '97.8亿元')], 'national income 72.2 and GNP 97.8: two aggregates, not part and whole of a stated share')
S.rel('sum', U, [F(SZ, '18.77亿元'), F(SZ, '17.3亿元')], 'budget revenue 18.77 and spending 17.3: no surplus is stated')
a = ALT(SZ, 1, z112, '11.7亿元', 'remitted to the centre 11.2 → 11.7')
S.rel('sum', I, [on(a, z112, '11.7亿元'), on(a, z12b), on(a, z12)], 'altered: 11.7 + 1.2 = 12.9, not 12.4 (breaks {B})')

# ---- further traps (numbers that look checkable but are not)
S.rel('share', U, [g_ex, F(GZ, '515.5亿元')], '广州: general-budget spending 318 within total spending 515.5 (61.7%): no share stated; 515.5 includes transfers and other outlays')
S.rel('sum', U, [g_tot, F(GZ, '515.5亿元')], '广州: revenue total 599.2 − spending total 515.5 = 83.7: no balance is stated (carry-overs not given)')
S.rel('restatement', U, [g_msp, bmsp], '广州 2009 市本级 livelihood share 74.2% vs 珠海 2018 全市 69.8%: same indicator, other place, scope and year')
S.rel('growth', U, [hmsp, F(HI14, '12.4%'), F(HI14, '12.7%')], '海南: livelihood +12.4% vs spending +12.7% with share 70.6% "basically unchanged": the Q1–Q3 2013 share is not stated')
S.rel('restatement', U, [F(FJ, '15.4%', n=0), fg], '厦门 spending +15.4% vs 福建 province +15.5%: another place, neighbouring number')
S.rel('growth', U, [F(MZ, '7.2%'), zg], '梅州 private economy +7.2% vs GDP +7.5%: a subset rate; its weight (share) is not stated')
S.rel('restatement', U, [F(MZ, '102.3%'), F(MZ, '100.2%')], 'CPI index 102.3 vs retail price index 100.2: different indices')
S.rel('growth', U, [jt, F(JJ, '1.7%'), jr, F(JJ, '1.3%')], '晋江 total revenue 255 (+1.7%) and general-budget revenue 155 (+1.3%): 2023 levels are not stated')
S.rel('restatement', U, [F(JJ, '8.4%'), F(JJ, '6.8%')], 'comparable growth 8.4% (total revenue) vs 6.8% (general-budget revenue): different indicators')
S.rel('sum', U, [vat[0], cit[0], pit[0], mi[0]], '思明: VAT 156000 + enterprise income tax 108000 + individual income tax 155260 = 419260 of 602580: "主要科目", a partial list')
S.rel('growth', U, [pit[2], F(SM, '3%', pre='同比增长')], '思明: individual income tax +24.4% within local revenue +3%: subset rate, weights of the other items not stated')
S.rel('share', U, [F(KP4, '104个'), F(KPP, '261個')], '广东 2024: 104 planned new projects started by April vs 261 new projects in the plan (39.8%): no share is stated')
S.rel('growth', U, [F(ZHB, '48007元'), F(ZHB, '9%'), bg], '珠海 2018 income +9% (nominal) vs GDP +8% (real, comparable prices): nominal vs real, not comparable')
S.rel('growth', U, [bms, F(ZHB, '12.9%'), ye, F(ZHY, '15.9%'), bmsp], '珠海 2018 livelihood +12.9% vs general spending +15.9%: the 2017 share is not stated')
S.rel('growth', U, [yf, F(ZHY, '0.7%')], '珠海 2018 fund revenue −0.7%: the 2017 level is not stated')
S.rel('restatement', U, [xmsp, qmsp], '广西 livelihood share 79.1% (Jan–Apr 2016) vs 82.1% (Q1 of a later year): another period')
S.rel('growth', U, [F(GXQ, '42.93亿元'), F(GXQ, '47.5%')], '广西 poverty-relief spending 42.93亿, +47.5%: last year’s level is not stated')
S.rel('target', U, [hb, m_t], '海南 2014 annual revenue budget 552.8 vs Jan–Aug revenue 540.5 of another (unstated) year: another period')

# ---- cross-document traps
S.rel('growth', U, [hr, m_t], '海南 revenue Q1–Q3 2014 424.8 vs Jan–Aug (year not stated) 540.5: different periods; no rate stated')
S.rel('restatement', U, [F(GX16, '10.1%'), hnat], '广西 Jan–Apr 2016 spending +10.1% vs national local tax average 10.1% (Q1–Q3 2014): same number, other place, period and indicator')
S.rel('target', U, [F(HI14, '15%'), F(FJ, '15.5%')], '海南 2014 revenue goal 增幅超15% vs 福建 Jan–May 2013 spending +15.5%: another place, year and indicator')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

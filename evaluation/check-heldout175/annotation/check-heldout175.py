"""Check key, set check-heldout175. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout175.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout175'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


HB20='hb_2020h1.txt'; HB21='hb_2021h1.txt'; NM14='naiman_2014_hant.txt'; TJ12='tj_2012m9.txt'; TJ18='tj_2018.txt'; ZJ81='zhongjie_1981.txt'
BH11='bh_2011.txt'; BH13='bh_2013.txt'; NM08='nm_2008_hant.txt'; TB11='nm_tb2011_hant.txt'; NM15='nm_2015.txt'; NM13='nm_2013.txt'
BJ24='bj_2024h1.txt'; CY14='cy_2014.txt'; LF02='lf_2002_hant.txt'; HB13='hb_2013m8_hant.txt'; CD12='cd_2012.txt'; GR21='nm_2021grass_hant.txt'

# ---- 河北省 H1 2020 farm release (summer grain) and H1 2021 farm conference
a20 = F(HB20, '2243.2千公顷'); y20 = F(HB20, '432.1公斤'); o20 = F(HB20, '1453.9万吨', n=1)
sh_y20 = [a20, y20, o20]
S.rel('share', C, sh_y20, 'summer grain 1453.9万吨 / (2243.2千公顷 × 15亩) = 432.09公斤 per 亩 → 亩产432.1公斤')
r20 = [F(HB20, '4.4%'), F(HB20, '3.0%'), F(HB20, '1.5%')]
S.rel('rate', C, r20, 'output change = area change × yield change: 0.956 × 1.030 − 1 = −1.53% → 下降1.5%')
S.rel('share', U, [F(HB20, '1517.0万吨'), F(HB20, '314.5万吨'), F(HB20, '71.4%')], 'the 71.4% is a share of output value (livestock, vegetables and fruit); the tonnages and the total farm output value are other measures, not stated as values (other indicator)')
o21 = F(HB21, '1482.7万吨'); d21 = F(HB21, '28.8万吨')
sum_o = [o20, o21, d21]
S.rel('sum', C, sum_o, 'across documents: 2020 summer grain 1453.9万吨 (2020 release) + 28.8万吨 = 1482.7万吨 (2021 summer grain, same statistics team)')
ar = [F(HB21, '6228.8万亩'), F(HB21, '10.4万亩'), F(HB21, '9635万亩'), F(HB21, '51.8万亩'), a20]
S.rel('sum', C, ar, 'across documents: 2021 summer area = 9635 − 6228.8 = 3406.2万亩; 2020 summer area = 2243.2千公顷 = 3364.8万亩; the rise 41.4 = 51.8 − 10.4 (full-year rise less autumn rise)')
yl = [F(HB21, '435.3公斤'), o21, F(HB21, '9635万亩'), F(HB21, '6228.8万亩')]
S.rel('share', C, yl, '2021 summer grain 1482.7万吨 / 435.3公斤 per 亩 = 3406.2万亩 = full-year area 9635 − autumn area 6228.8 (grain = summer + autumn crops)')
S.rel('growth', U, [d21, F(HB20, '1.5%')], '2021 summer grain +28.8万吨 on 2020; the 2020 release\'s 下降1.5% is 2020 on 2019: other period')
S.rel('growth', U, [F(HB21, '7%'), F(HB21, '5.5%')], 'gross farm output +7% against value added of the primary sector +5.5%: other indicator (gross output vs value added), no relation')

# ---- 奈曼旗 2014 (yearbook 2015)
gdp = F(NM14, '154.74億元'); p1 = F(NM14, '29.91億元'); p2 = F(NM14, '86.24億元'); p3 = F(NM14, '38.58億元')
sum_g = [gdp, p1, p2, p3]
S.rel('sum', C, sum_g, '29.91 + 86.24 + 38.58 = 154.73 ≈ 154.74億 (half-units)')
st = [F(NM14, '19.3'), F(NM14, '55.7'), F(NM14, '25', pre='∶')]
S.rel('sum', C, st, 'structure 19.3 : 55.7 : 25 adds to 100')
sh_n = [p1, gdp, st[0]]
S.rel('share', C, sh_n, 'primary 29.91 / 154.74 = 19.33% → 19.3')
tw = [F(NM14, '14個'), F(NM14, '8個', pre='建制鎮(zhèn)'), F(NM14, '4個', pre='蘇木'), F(NM14, '2個', pre='鄉(xiāng)')]
S.rel('sum', C, tw, '14 蘇木鄉鎮 = 8 建制鎮 + 4 蘇木 + 2 鄉 (each listed by name)')
S.rel('rate', U, [F(NM14, '8.3%'), F(NM14, '4.4%'), F(NM14, '9.8%'), F(NM14, '7.3%'), p1, p2, p3], 'real growth of GDP from real growth of the sectors needs last year\'s levels at comparable prices; rebuilt from current-price levels it gives about 8.1%, not a check (real rates, weights not stated)')
S.rel('sum', U, [F(NM14, '99.33億元'), F(NM14, '5.08億元')], '"其中地方財政收入5.08億" follows the non-public value added 99.33億 but is fiscal revenue, no part of it (other indicator)')
S.rel('share', U, [F(NM14, '68公里'), F(NM14, '140公里'), F(NM14, '8137.6平方公里')], '68 × 140 = 9520 ≠ 8137.6: the widths are extents of the banner, not sides of a rectangle (no relation)')

# ---- 天津市 Jan-Sep 2012 industry
tot = F(TJ12, '17332.3亿元')
sh_8 = [F(TJ12, '15736.8亿元'), tot, F(TJ12, '90.79%')]
S.rel('share', C, sh_8, 'eight pillar industries 15736.8 / 17332.3 = 90.795% → 90.79%')
sh_q = [F(TJ12, '5233.52亿元'), tot, F(TJ12, '30.2%')]
S.rel('share', C, sh_q, 'districts and counties 5233.52 / 17332.3 = 30.20%')
sh_j = [F(TJ12, '4974.6亿元'), tot, F(TJ12, '28.7%')]
S.rel('share', C, sh_j, 'city-owned groups 4974.6 / 17332.3 = 28.70%')
S.rel('share', I, [F(TJ12, '4720.88亿元'), tot, F(TJ12, '27.23%')], 'real (small) error: 滨海新区 4720.88 / 17332.3 = 27.2375% → 27.24%, not 27.23% (the half-units of both inputs keep it within 27.2374–27.2377%)')
S.rel('share', U, [F(TJ12, '20.79%'), F(TJ12, '30.2%'), F(TJ12, '7个百分点')], 'contribution (拉动 7 points) is last year\'s share × growth; last year\'s share is not stated; 30.2% × 20.79% = 6.3 is not the check (contribution vs share)')
S.rel('sum', U, [F(TJ12, '5233.52亿元'), F(TJ12, '4720.88亿元'), F(TJ12, '4974.6亿元'), tot], 'districts/counties, 滨海新区 and city-owned groups are overlapping groupings, not a split of 17332.3 (14929 ≠ 17332.3)')
S.rel('growth', U, [F(TJ12, '17.8%'), F(TJ12, '16.7%'), F(TJ12, '16.2%')], 'value added in Q1 and H1 against gross output in Q1-3: other indicator and period')

# ---- 天津市 2017-2018 (rating report)
sh_w = [F(TJ18, '1559.60万人'), F(TJ18, '499.01万人'), F(TJ18, '32.0%')]
S.rel('share', C, sh_w, 'migrants 499.01 / 1559.60 = 32.0%')
sh_l = [F(TJ18, '1559.60万人'), F(TJ18, '2.73万人'), F(TJ18, '1240.55万人'), F(TJ18, '79.68%')]
S.rel('share', C, sh_l, 'end-2017 population = 1559.60 − 2.73 = 1556.87; 1240.55 / 1556.87 = 79.68%')
S.rel('growth', U, [F(TJ18, '2.3%'), F(TJ18, '6.1个百分点')], '2017 industry +2.3%, 6.1 points below 2016, whose rate is not stated (unstated base)')
S.rel('share', U, [F(TJ18, '12.07万元'), F(TJ18, '1559.60万人')], 'GDP per head uses GDP and the average population, neither stated (unstated base)')

# ---- 河北 中捷农场 1976-78 vs 1979-81
g_f = [F(ZJ81, '2,811万斤'), F(ZJ81, '3,251万斤'), F(ZJ81, '15.7%')]
S.rel('growth', C, g_f, 'grain 3251 / 2811 = +15.65% → 15.7%')
g_o = [F(ZJ81, '59万斤'), F(ZJ81, '383万斤'), F(ZJ81, '549%')]
S.rel('growth', C, g_o, 'oil crops 383 / 59 = 6.49 → +549%')

# ---- 滨海新区 2011 and 2009-2013
S.rel('sum', U, [F(BH11, '1379.3亿元'), F(BH11, '917.3亿元')], 'local revenue 917.3 is 其中 of total fiscal revenue 1379.3; the rest is not stated (nested scopes, no split)')
S.rel('share', U, [F(BH11, '12732亿元'), F(BH11, '6206.9亿元')], 'gross industrial output 12732 exceeds GDP 6206.9: gross output is no part of value added (other indicator)')
S.rel('sum', U, [F(BH11, '917.3亿元'), F(BH13, '878亿元')], 'across documents: 2011 地方财政收入 917.3 against 2013 财政一般预算收入 878: other year and a narrower indicator; no decline can be read from them')
S.rel('growth', U, [F(BH11, '23.8%'), F(BH13, '21.6%')], 'across documents: 2011 growth 23.8% against the 2009-2013 yearly average 21.6%: other period (the other years are not stated)')
g_b = [F(BH13, '3810亿元'), F(BH13, '8000亿元以上'), F(BH13, '1.1倍')]
S.rel('growth', C, g_b, 'GDP 3810 → 8000以上: ratio ≥ 2.10, 增长1.1倍 (ratio 2.05-2.15) holds')
S.rel('growth', U, [F(BH13, '3810亿元'), F(BH13, '8000亿元以上'), F(BH13, '21.6%')], 'the yearly average 21.6% is real growth (comparable prices); the current-price levels give about 20.4% a year (nominal vs real); not a check')

# ---- 内蒙古 forests: 2008 inventory (2010 news), 天保 2011, 7th inventory (c. 2014), 十二五 (2016)
S.rel('share', C, [F(NM08, '10年'), F(NM08, '1.18億畝'), F(NM08, '1000多萬畝')], '1.18億畝 over 10 years = 1180萬畝 a year ≥ 年均1000多萬畝')
S.rel('share', U, [F(NM08, '3.55億畝'), F(NM08, '20%')], 'forest cover 20% needs the land area, not stated here (unstated base)')
rs_t = [F(TB11, '4616萬畝'), F(TB11, '4616萬畝', n=1)]
S.rel('restatement', C, rs_t, 'headline and text: 天保 forest area increase 4616萬畝 both times')
S.rel('share', U, [F(TB11, '4616萬畝', n=1), F(TB11, '30%')], '约占全国增加总量的30%: the national increase is not stated (unstated base)')
S.rel('share', U, [F(TB11, '3.5億畝'), F(TB11, '53.2%'), F(NM08, '6.6億畝')], 'across documents: 3.5 / 53.2% = 6.58億畝 looks like the 6.6億 forest land of end-2008, but the 天保 share is "截至目前" (2011): other date')
S.rel('share', U, [F(TB11, '2.1億畝'), F(TB11, '58.6%'), F(NM08, '3.55億畝')], 'across documents: 2.1 / 58.6% = 3.58億 against the end-2008 forest area 3.55億: the share is of 2011 (截至目前), other date')
f13 = [F(NM13, '3.73亿亩', n=1), F(NM13, '1823万亩'), F(NM08, '3.55億畝')]
S.rel('sum', C, f13, 'across documents: 3.73億 − 1823萬 = 3.548億 = the 2008 (6th inventory) forest area 3.55億畝')
v13 = [F(NM13, '14.84亿立方米'), F(NM13, '1.2亿立方米'), F(NM08, '13.6億立方米')]
S.rel('sum', C, v13, 'across documents: 14.84 − 1.2 = 13.64億 = the 2008 standing stock 13.6億立方米')
c13 = [F(NM13, '21.03%'), F(NM13, '1.03个百分点'), F(NM08, '20%')]
S.rel('sum', C, c13, 'across documents: 21.03 − 1.03 = 20.00 = the 2008 forest cover 20%')
rs_13 = [F(NM13, '3.73亿亩'), F(NM13, '3.73亿亩', n=1)]
S.rel('restatement', C, rs_13, 'lead and text: forest area 3.73亿亩 both times')
S.rel('restatement', U, [F(NM13, '1000万亩以上'), F(NM08, '1000多萬畝')], 'across documents: "平均每年…1000万亩以上" (recent years) and "10年間…年均1000多萬畝" (1999-2008): other period')
S.rel('restatement', U, [F(NM15, '1822万亩'), F(NM13, '1823万亩')], 'across documents: 1822万亩 "5年间" (十二五, 2011-2015) against 1823万亩 between the 2008 and the 7th inventory: the texts give other periods (evidently the same inventory change, one unit apart; not keyed as a conflict)')
S.rel('sum', U, [F(NM15, '2352万亩'), F(NM15, '904万亩'), F(NM15, '913万亩'), F(NM15, '241万亩'), F(NM15, '5415万亩')], 'the four national programmes (4410万亩) are some of the afforestation, not all of the 5415万亩 (parts leave something out)')
S.rel('share', U, [F(NM15, '1000万亩'), F(NM15, '5415万亩')], '"每年新增造林面积1000万亩" over 15 years against 5415万亩 in the five 十二五 years (1083 a year): other period and a round figure')

# ---- 北京市 H1 2024
q = [F(BJ24, '2.18万亿元'), F(BJ24, '1.12万亿元'), F(BJ24, '万亿元', pre='连续两个季度超')]
S.rel('sum', C, q, 'Q1 = H1 2.18 − Q2 1.12 = 1.06万亿 > 1万亿: "连续两个季度超万亿元" holds')
S.rel('growth', U, [F(BJ24, '5.4%'), F(BJ24, '0.4个百分点')], '"高于全国0.4个百分点": the national rate is not stated (unstated base)')
S.rel('growth', U, [F(BJ24, '7.1%'), F(BJ24, '6.5%'), F(BJ24, '1.9个百分点')], 'June +6.5%, 1.9 points above May (not stated); H1 +7.1%: other period')
S.rel('share', U, [F(BJ24, '9.0%'), F(BJ24, '12.9%'), F(BJ24, '4成'), F(BJ24, '7成')], 'contributions to industrial growth (超4成, 超7成) need the sectors\' weights, not stated; and the two groups overlap (contribution vs share)')
S.rel('growth', U, [F(BJ24, '10.4万辆'), F(BJ24, '3.5倍'), F(BJ24, '16.5%')], 'NEV output ×4.5 (增长3.5倍) against value added +16.5%: other indicator; last year\'s output not stated')

# ---- 北京市朝阳区 2014 budget execution (estimates)
S.rel('target', M, [F(CY14, '4118280万元'), F(CY14, '100.4%')], 'general budget revenue at 100.4% of the budget: met')
S.rel('target', MS, [F(CY14, '1010582万元'), F(CY14, '88.7%')], 'business tax at 88.7% of its budget: missed (the report gives the reason)')
S.rel('target', M, [F(CY14, '979584万元'), F(CY14, '119.5%')], 'enterprise income tax at 119.5% of its budget: met')
S.rel('target', U, [F(CY14, '9.4%'), F(CY14, '100.4%')], 'growth on last year (+9.4%) is no measure of the budget completion (100.4%): other base')
S.rel('share', U, [F(CY14, '1010582万元'), F(CY14, '979584万元'), F(CY14, '4118280万元'), F(CY14, '83.5%')], 'five main taxes 83.5%: only two of the five are given ((1010582 + 979584) / 4118280 = 48.3%) (parts leave something out)')
S.rel('share', U, [F(CY14, '91.5%'), F(CY14, '60%')], 'contribution rates of three zones (91.5%) and of CBD (60%): contributions to revenue, nested; no other zone is given')

# ---- 廊坊市 1980-2002 (traditional)
g_r = [F(LF02, '29.1倍'), F(LF02, '16.6%')]
S.rel('growth', C, g_r, 'revenue 29.1 times 1980 over 22 years: 29.1^(1/22) = 1.1656 → 年均遞增16.6%')
S.rel('growth', I, [F(LF02, '62.1倍'), F(LF02, '20.5%')], 'real error: investment 62.1 times 1980 over 22 years is 62.1^(1/22) = 1.2064, 20.6% a year (20.64-20.65% within the half-unit), not 20.5%')
st80 = [F(LF02, '42.0'), F(LF02, '38.9'), F(LF02, '19.1')]
S.rel('sum', C, st80, '1980 structure 42.0 : 38.9 : 19.1 adds to 100')
st02 = [F(LF02, '14.7'), F(LF02, '54.5'), F(LF02, '30.8')]
S.rel('sum', C, st02, '2002 structure 14.7 : 54.5 : 30.8 adds to 100')
na = [F(LF02, '85.3%'), F(LF02, '27.3'), F(LF02, '42.0')]
S.rel('sum', C, na, 'non-farm share 85.3% rose 27.3 points from 1980\'s 100 − 42.0 = 58.0: 58.0 + 27.3 = 85.3')
S.rel('sum', C, [F(LF02, '85.3%'), F(LF02, '14.7')], 'non-farm share 85.3% = 100 − primary 14.7')
S.rel('share', U, [F(LF02, '33.3%'), F(LF02, '14.7')], 'livestock 33.3% of farm output value against the primary sector\'s 14.7% of GDP: other bases')

# ---- 河北 tourism Jan-Aug 2013 (traditional)
rs_v = [F(HB13, '1.98億人次'), F(HB13, '1.98億人次', n=1)]
S.rel('restatement', C, rs_v, 'headline and text: 1.98億人次')
rs_r = [F(HB13, '17.16%'), F(HB13, '17.16%', n=1)]
S.rel('restatement', C, rs_r, 'headline and text: +17.16%')
rs_k = [F(HB13, '千萬人次'), F(HB13, '1250.66萬人次'), F(HB13, '1151.75萬人次'), F(HB13, '1108.56萬人次'), F(HB13, '1032.72萬人次')]
S.rel('restatement', C, rs_k, '"均超過千萬人次": 1250.66, 1151.75, 1108.56 and 1032.72萬 are each above 1000萬')
S.rel('sum', U, [F(HB13, '3978.82萬人次'), F(HB13, '3740萬人次'), F(HB13, '1.98億人次', n=1)], 'July and August are two of the eight months (other period, no split)')

S.rel('growth', U, [F(HB13, '24%'), F(HB13, '17.16%', n=1)], 'August alone (+24% and more) against January-August (+17.16%): other period')
S.rel('sum', U, [F(ZJ81, '34万亩'), F(ZJ81, '14.7万亩')], 'farmland in use 14.7万亩 is part of the land area 34万亩; the rest is not stated (nested, no split)')

# ---- 承德 October 2012 holiday week
rs_c = [F(CD12, '9.4万张'), F(CD12, '94121张')]
S.rel('restatement', C, rs_c, '避暑山庄 tickets "超过9.4万张" and 94121张')
S.rel('share', U, [F(CD12, '94121张'), F(CD12, '201.2万人次')], 'tickets of one site against visitors to the whole city: other indicator and scope')

# ---- 内蒙古 grass planting 2021 result, 2022 plan (traditional)
S.rel('target', M, [F(GR21, '1666.8萬畝'), F(GR21, '124.1%')], '2021 grass planting 1666.8萬畝 = 124.1% of the year\'s plan: met')
rs_g = [F(GR21, '1100萬畝以上'), F(GR21, '1100萬畝以上', n=1)]
S.rel('restatement', C, rs_g, 'lead and text: the 2022 plan 1100萬畝以上 both times')
S.rel('target', U, [F(GR21, '1100萬畝以上', n=1), F(GR21, '1666.8萬畝')], 'the 2022 plan against the 2021 result: other period')

# ---- altered copies
a = ALT(HB20, 1, y20, '452.1公斤', 'summer-grain yield 432.1 → 452.1公斤')
S.rel('share', I, R(a, sh_y20, y20, '452.1公斤'), 'altered: 1453.9万吨 / 3364.8万亩 = 432.1公斤, not 452.1 (breaks {B})')
a = ALT(HB20, 2, r20[1], '5.0%', 'yield growth 3.0% → 5.0%')
S.rel('rate', I, R(a, r20, r20[1], '5.0%'), 'altered: 0.956 × 1.050 − 1 = +0.4%, not 下降1.5% (breaks {B})')
a = ALT(HB21, 1, d21, '23.8万吨', 'summer-grain increase 28.8 → 23.8万吨')
S.rel('sum', I, R(a, sum_o, d21, '23.8万吨'), 'altered (across documents): 1453.9 + 23.8 = 1477.7, not 1482.7 (breaks {B})')
a = ALT(HB21, 2, yl[0], '455.3公斤', 'summer-grain yield 435.3 → 455.3公斤')
S.rel('share', I, R(a, yl, yl[0], '455.3公斤'), 'altered: 1482.7万吨 / 455.3公斤 = 3256.5万亩, not 9635 − 6228.8 = 3406.2 (breaks {B})')
a = ALT(NM14, 1, p3, '36.58億元', 'tertiary value added 38.58 → 36.58億')
S.rel('sum', I, R(a, sum_g, p3, '36.58億元'), 'altered: 29.91 + 86.24 + 36.58 = 152.73, not 154.74 (breaks {B})')
a = ALT(NM14, 2, st[1], '57.7', 'secondary share 55.7 → 57.7')
S.rel('sum', I, R(a, st, st[1], '57.7'), 'altered: 19.3 + 57.7 + 25 = 102 (breaks {B})')
a = ALT(NM14, 3, tw[1], '6個', 'towns 8 → 6')
S.rel('sum', I, R(a, tw, tw[1], '6個'), 'altered: 6 + 4 + 2 = 12, not 14 (breaks {B}; the list still names eight towns)')
a = ALT(TJ12, 1, sh_q[0], '5283.52亿元', 'district/county output 5233.52 → 5283.52亿')
S.rel('share', I, R(a, sh_q, sh_q[0], '5283.52亿元'), 'altered: 5283.52 / 17332.3 = 30.48%, not 30.2% (breaks {B})')
a = ALT(TJ12, 2, sh_j[0], '4774.6亿元', 'city-owned groups 4974.6 → 4774.6亿')
S.rel('share', I, R(a, sh_j, sh_j[0], '4774.6亿元'), 'altered: 4774.6 / 17332.3 = 27.55%, not 28.7% (breaks {B})')
a = ALT(TJ18, 1, sh_w[1], '459.01万人', 'migrants 499.01 → 459.01万')
S.rel('share', I, R(a, sh_w, sh_w[1], '459.01万人'), 'altered: 459.01 / 1559.60 = 29.4%, not 32.0% (breaks {B})')
a = ALT(TJ18, 2, sh_l[2], '1210.55万人', 'working-age people 1240.55 → 1210.55万')
S.rel('share', I, R(a, sh_l, sh_l[2], '1210.55万人'), 'altered: 1210.55 / 1556.87 = 77.76%, not 79.68% (breaks {B})')
a = ALT(ZJ81, 1, g_f[1], '3,551万斤', 'grain 3,251 → 3,551万斤')
S.rel('growth', I, R(a, g_f, g_f[1], '3,551万斤'), 'altered: 3551 / 2811 = +26.3%, not 15.7% (breaks {B})')
a = ALT(ZJ81, 2, g_o[1], '333万斤', 'oil crops 383 → 333万斤')
S.rel('growth', I, R(a, g_o, g_o[1], '333万斤'), 'altered: 333 / 59 = 5.64 → +464%, not 549% (breaks {B})')
a = ALT(BH13, 1, g_b[0], '3510亿元', '2009 GDP 3810 → 3510亿')
S.rel('growth', I, R(a, g_b, g_b[0], '3510亿元'), 'altered: 8000以上 / 3510 ≥ 2.28, 增长1.28倍 or more, not 1.1倍 (breaks {B})')
a = ALT(NM08, 1, F(NM08, '1000多萬畝'), '1500多萬畝', 'yearly average 1000多 → 1500多萬畝')
S.rel('share', I, R(a, [F(NM08, '10年'), F(NM08, '1.18億畝'), F(NM08, '1000多萬畝')], F(NM08, '1000多萬畝'), '1500多萬畝'), 'altered: 1.18億畝 / 10 = 1180萬, not 1500多萬 a year (breaks {B})')
a = ALT(TB11, 1, rs_t[1], '4816萬畝', 'forest increase in the text 4616 → 4816萬畝')
S.rel('restatement', I, R(a, rs_t, rs_t[1], '4816萬畝'), 'altered: 4616萬畝 in the headline, 4816萬畝 in the text (breaks {B})')
a = ALT(NM13, 1, f13[1], '1523万亩', 'forest increase since 2008 1823 → 1523万亩')
S.rel('sum', I, R(a, f13, f13[1], '1523万亩'), 'altered (across documents): 3.73億 − 1523萬 = 3.578億, not the 2008 3.55億 (breaks {B})')
a = ALT(NM13, 2, c13[0], '22.03%', 'forest cover 21.03% → 22.03%')
S.rel('sum', I, R(a, c13, c13[0], '22.03%'), 'altered (across documents): 22.03 − 1.03 = 21.0, not the 2008 20% (breaks {B})')
a = ALT(BJ24, 1, q[1], '1.22万亿元', 'Q2 GDP 1.12 → 1.22万亿')
S.rel('sum', I, R(a, q, q[1], '1.22万亿元'), 'altered: Q1 = 2.18 − 1.22 = 0.96万亿, not above 1万亿 as "连续两个季度超万亿元" says (breaks {B})')
a = ALT(LF02, 1, g_r[0], '24.1倍', 'revenue ratio 29.1 → 24.1倍')
S.rel('growth', I, R(a, g_r, g_r[0], '24.1倍'), 'altered: 24.1^(1/22) = 1.1556, 15.6% a year, not 16.6% (breaks {B})')
a = ALT(LF02, 2, st02[1], '56.5', '2002 secondary share 54.5 → 56.5')
S.rel('sum', I, R(a, st02, st02[1], '56.5'), 'altered: 14.7 + 56.5 + 30.8 = 102 (breaks {B})')
a = ALT(LF02, 3, na[1], '29.3', 'rise of the non-farm share 27.3 → 29.3 points')
S.rel('sum', I, R(a, na, na[1], '29.3'), 'altered: 58.0 + 29.3 = 87.3, not 85.3 (breaks {B})')
a = ALT(HB13, 1, rs_v[1], '1.88億人次', 'visitors in the text 1.98 → 1.88億')
S.rel('restatement', I, R(a, rs_v, rs_v[1], '1.88億人次'), 'altered: 1.98億 in the headline, 1.88億 in the text (breaks {B})')
a = ALT(HB13, 2, rs_r[0], '17.46%', 'headline growth 17.16% → 17.46%')
S.rel('restatement', I, R(a, rs_r, rs_r[0], '17.46%'), 'altered: +17.46% in the headline, +17.16% in the text (breaks {B})')
a = ALT(CD12, 1, rs_c[1], '91121张', 'tickets 94121 → 91121张')
S.rel('restatement', I, R(a, rs_c, rs_c[1], '91121张'), 'altered: 91121张 is not "超过9.4万张" (breaks {B})')
a = ALT(GR21, 1, rs_g[1], '1300萬畝以上', 'plan in the text 1100 → 1300萬畝以上')
S.rel('restatement', I, R(a, rs_g, rs_g[1], '1300萬畝以上'), 'altered: 1100萬畝以上 in the lead, 1300萬畝以上 in the text (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

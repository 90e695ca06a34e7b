"""Check key, set check-heldout188. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout188.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout188'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

NC='jx_nancheng_xz.txt'; PZ='jx_pengze_xz.txt'; XJ='jx_xinjian_2020.txt'; WJ='ah_wangjiang_1987.txt'
P19='ah_pop_2019.txt'; P21='ah_pop_2021_hant.txt'; CS='ah_census_hant.txt'; G21='ah_grain_2021_hant.txt'; G22='ah_grain_2022_hant.txt'
ES='hb_enshi_2018_hant.txt'; EZ='hb_enshizhou_2022h1.txt'; HR='hb_huarong_2024.txt'; HG='hn_grain_2020.txt'; HA='hn_agri_2009.txt'
XP='ha_xiping_2022.txt'; AC='ha_agcensus_2006.txt'; JZ='sx_jinzhong_hist.txt'

# ---- 江西 南城县志 耕地 (1655-1985)
s49 = [F(NC, '349736亩'), F(NC, '344357亩'), F(NC, '5379亩')]
S.rel('sum', C, s49, '建国前夕 耕地 349736 = 水田 344357 + 旱地 5379亩')
s57 = [F(NC, '450916亩'), F(NC, '434334亩'), F(NC, '16582亩')]
S.rel('sum', C, s57, '1957 耕地 450916 = 434334 + 16582亩')
s59 = [F(NC, '359981亩'), F(NC, '340264亩'), F(NC, '19717亩')]
S.rel('sum', C, s59, '1959 耕地 359981 = 340264 + 19717亩')
s67 = [F(NC, '299829亩'), F(NC, '281272亩'), F(NC, '18557亩')]
S.rel('sum', C, s67, '1967 耕地 299829 = 281272 + 18557亩')
s81 = [F(NC, '340000亩'), F(NC, '280000亩'), F(NC, '60000亩')]
S.rel('sum', C, s81, '1981 耕地 340000 = 280000 + 60000亩 (round figures of the 区划资料集)')
s85 = [F(NC, '286195亩'), F(NC, '257917亩'), F(NC, '28278亩')]
S.rel('sum', C, s85, '1985 耕地 286195 = 257917 + 28278亩')
sh07 = [F(NC, '2087亩'), F(NC, '286195亩'), F(NC, '0.7%')]
S.rel('share', C, sh07, '1985 decrease 2087 / 286195亩 = 0.73% (0.72% on the level before the decrease): 0.7%')
S.rel('restatement', U, [F(NC, '402749.5亩'), F(NC, '402749亩')], 'same number, other period and indicator: 1655 水田 402749.5亩 against the 1932 农地面积 402749亩 (a source copying one figure for another is possible, but the text states them as different things)')
S.rel('growth', U, [F(NC, '340000亩'), F(NC, '286195亩'), F(NC, '2087亩')], 'other period: 1981 → 1985 fell by 53805亩 over four years (and the 1981 figure is a rounded planning figure); the 2087亩 is the decrease within 1985 alone')

# ---- 江西 彭泽县志 (民国25年 households)
s_hh = [F(PZ, '13108户'), F(PZ, '1915户'), F(PZ, '3534户'), F(PZ, '7659户')]
S.rel('sum', C, s_hh, '彭泽 总户数 13108 = 自耕农 1915 + 半自耕农 3534 + 佃农 7659 (counts)')
sh146 = [F(PZ, '1915户'), F(PZ, '13108户'), F(PZ, '14.6%')]
S.rel('share', C, sh146, '1915 / 13108 = 14.61%: 14.6%')
sh27 = [F(PZ, '3534户'), F(PZ, '13108户'), F(PZ, '27%')]
S.rel('share', C, sh27, '3534 / 13108 = 26.96%: 27% (whole percent)')
sh584 = [F(PZ, '7659户'), F(PZ, '13108户'), F(PZ, '58.4%')]
S.rel('share', C, sh584, '7659 / 13108 = 58.43%: 58.4%')
S.rel('restatement', U, [F(PZ, '5元', pre='下等每亩'), F(PZ, '5元', pre='山地,上等每亩')], 'same number, other class: 旱地 下等 5元 against 山地 上等 5元 per 亩 (1933 price tiers)')
S.rel('share', U, [F(PZ, '236947亩'), F(PZ, '177711亩'), F(PZ, '58.4%')], 'other base and period: 地主 land 177711 / 236947亩 (1949) is 75.0%, a land share; 58.4% is the 民国25年 佃农 share of households')

# ---- 江西 南昌市新建区 2020 公报
s_xj = [F(XJ, '380.56亿元'), F(XJ, '69.40亿元'), F(XJ, '156.29亿元'), F(XJ, '154.86亿元')]
S.rel('sum', C, s_xj, 'GDP 380.56 = 69.40 + 156.29 + 154.86 = 380.55亿, within the half-units')
S.rel('sum', C, [F(XJ, '18.2', post=':41.1'), F(XJ, '41.1', pre='18.2:'), F(XJ, '40.7', pre='41.1:')], 'structure 18.2 + 41.1 + 40.7 = 100')
sh182 = [F(XJ, '69.40亿元'), F(XJ, '380.56亿元'), F(XJ, '18.2', post=':41.1')]
S.rel('share', C, sh182, '69.40 / 380.56 = 18.24%: 18.2')
s_xja = [F(XJ, '119.26亿元'), F(XJ, '42.35亿元'), F(XJ, '2.36亿元'), F(XJ, '45.96亿元'), F(XJ, '23.04亿元'), F(XJ, '5.55亿元')]
S.rel('sum', C, s_xja, '农林牧渔业 总产值 119.26 = 42.35 + 2.36 + 45.96 + 23.04 + 5.55亿')
S.rel('restatement', U, [F(XJ, '62.92亿元'), F(XJ, '83.77亿元')], 'one indicator in two scopes: 财政总收入 省口径 62.92亿 and 市口径 83.77亿; not a restatement, not a contradiction')
S.rel('sum', U, [F(XJ, '34.20亿元'), F(XJ, '8.39亿元'), F(XJ, '2.0亿元'), F(XJ, '0.92亿元'), F(XJ, '7.68亿元')], 'parts that leave something out: four taxes (18.99亿) of the 34.20亿 地方一般公共预算收入 ("从收入完成情况看…中")')
S.rel('sum', U, [F(XJ, '96.46亿元'), F(XJ, '3.96亿元'), F(XJ, '17.78亿元'), F(XJ, '7.33亿元'), F(XJ, '6.26亿元'), F(XJ, '13.34亿元')], 'parts that leave something out: five spending heads (48.67亿) of the 96.46亿 支出 ("其中")')
S.rel('growth', U, [F(XJ, '380.56亿元'), F(XJ, '2.1%'), F(XJ, '69.40亿元'), F(XJ, '2.5%', pre='69.40亿元,增长'), F(XJ, '156.29亿元'), F(XJ, '2.7%', pre='156.29亿元,增长'), F(XJ, '154.86亿元'), F(XJ, '1.0%')],
      '可比 (real) sector rates on current-price levels: the rebuild gives +1.97% against 2.1%, but constant-price weights are not stated (nominal vs real)')

# ---- 安徽 望江 (县志 overview, 1933-1987)
g154 = [F(WJ, '1.68亿斤'), F(WJ, '6610万斤'), F(WJ, '154%')]
S.rel('growth', C, g154, '1957 grain 1.68亿斤 against 民国22年 6610万斤: 16800/6610 = 2.542, +154.2% (1.675..1.685亿: 153.4..154.9%)')
g227 = [F(WJ, '360元'), F(WJ, '110元'), F(WJ, '2.27倍')]
S.rel('growth', C, g227, '农业人均收入 360元 against 1978 110元: 360/110 = 3.273, 增加2.27倍 = ratio − 1')
g1025 = [F(WJ, '360元'), F(WJ, '32元'), F(WJ, '10.25倍')]
S.rel('growth', C, g1025, '360元 against 1949 32元: 360/32 = 11.25, 增加10.25倍 = ratio − 1')
S.rel('growth', U, [F(WJ, '4.32亿斤'), F(WJ, '29426万斤'), F(WJ, '15.7%')], 'other base period: 1987 grain 4.32亿斤 is 46.8% above the 1968 29426万斤; the stated 15.7% is against 1978, whose level is not given')
S.rel('growth', U, [F(WJ, '2388万斤'), F(WJ, '86.4%'), F(WJ, '54.2倍')], 'unstated bases: 皮棉 1987 against 1978 (+86.4%) and 1949 (54.2倍); neither earlier level is stated')
S.rel('restatement', U, [F(WJ, '110斤'), F(WJ, '110元')], 'same number, other indicator: 1965 皮棉 亩产 110斤 against 1978 农业人均收入 110元')
S.rel('share', U, [F(WJ, '1.38亿元'), F(WJ, '36.9%'), F(WJ, '360元')], 'unstated base: 农村工商业 1.38亿元 is 36.9% of 农村社会总产值, which is not stated (≈3.74亿); per-head income is another indicator')

# ---- 安徽 2019 人口 (ahcaijing)
g067 = [F(P19, '6365.9万人'), F(P19, '42.3万人'), F(P19, '0.67%')]
S.rel('growth', C, g067, '42.3 / (6365.9 − 42.3) = 0.669%: 0.67%')
s4158 = [F(P19, '6365.9万人', n=1), F(P19, '5950.1万人'), F(P19, '415.8万人')]
S.rel('sum', C, s4158, '6365.9 − 5950.1 = 415.8万 since the 2010 census')
r462 = [F(P19, '415.8万人'), F(P19, '46.2万人')]
S.rel('rate', C, r462, '415.8万 over the 9 years 2010-11-01 → 2019-11-01 = 46.2万 a year')
g075 = [F(P19, '6365.9万人', n=1), F(P19, '5950.1万人'), F(P19, '0.75%')]
S.rel('growth', C, g075, '(6365.9 / 5950.1)^(1/9) − 1 = 0.753%: 0.75% a year')
s_ur = [F(P19, '6365.9万人'), F(P19, '3552.8万人'), F(P19, '2813.1万人')]
S.rel('sum', C, s_ur, '城镇 3552.8 + 乡村 2813.1 = 6365.9万')
sh5581 = [F(P19, '3552.8万人'), F(P19, '6365.9万人'), F(P19, '55.81%')]
S.rel('share', C, sh5581, '3552.8 / 6365.9 = 55.81%')
s_mf = [F(P19, '6365.9万人'), F(P19, '3197.6万人', n=1), F(P19, '3167.7万人', n=1)]
S.rel('sum', I, s_mf, 'REAL ERROR in the original: 男 3197.6 + 女 3167.7 = 6365.3, not 6365.9万 (0.6万 short, beyond the half-units); the sex ratio 100.96 fits 男 3198.2 (3198.2 + 3167.7 = 6365.9), so 3197.6 (printed twice) is the slip')
r_sex = [F(P19, '3197.6万人', n=1), F(P19, '3167.7万人', n=1), F(P19, '100.96')]
S.rel('rate', I, r_sex, 'REAL ERROR in the original, same slip: 3197.6 / 3167.7 = 100.944 (at most 100.947 with the half-units) against the stated 100.96 (≥ 100.955)')
sh502 = [F(P19, '3197.6万人', n=1), F(P19, '6365.9万人'), F(P19, '50.2%', n=1)]
S.rel('share', C, sh502, '3197.6 / 6365.9 = 50.23%: 50.2% (the share survives the slip at one decimal)')
s_age = [F(P19, '6365.9万人'), F(P19, '1203.8万人'), F(P19, '4275.3万人'), F(P19, '886.8万人')]
S.rel('sum', C, s_age, 'ages 0—14 1203.8 + 15—64 4275.3 + 65+ 886.8 = 6365.9万')
s_agep = [F(P19, '18.91%'), F(P19, '67.16%'), F(P19, '13.93%')]
S.rel('sum', C, s_agep, 'age shares 18.91 + 67.16 + 13.93 = 100')
s_age2 = [F(P19, '6365.9万人'), F(P19, '1203.8万人'), F(P19, '3990.1人'), F(P19, '1172.0万人')]
S.rel('sum', C, s_age2, 'ages 0—14 1203.8 + 15—59 3990.1 + 60+ 1172.0 = 6365.9万 (the text prints "3990.1人", 万 dropped; read as 万)')
S.rel('sum', U, [F(P19, '1172.0万人'), F(P19, '886.8万人'), F(P19, '4275.3万人'), F(P19, '1203.8万人')], 'overlapping scopes: 65岁及以上 886.8 lies inside 60岁及以上 1172.0, and 60—64 inside 15—64; 1203.8 + 4275.3 + 1172.0 double counts')
S.rel('growth', U, [F(P19, '55.81%'), F(P19, '1.12个百分点'), F(P19, '0.67%')], 'unstated base: the 2018 urban share (54.69) is not stated here; a change in points is not the population growth rate')

# ---- 安徽 2021 人口发展报告 (traditional)
g016 = [F(P21, '6113萬人', n=1), F(P21, '10萬人'), F(P21, '0.16%')]
S.rel('growth', C, g016, '10万 on 6103万 (2020 七普) = 0.164%: 0.16% (10 whole: 0.156..0.172)')
s21 = [F(P21, '6113萬人', n=1), F(P21, '3630.5萬人'), F(P21, '2482.5萬人')]
S.rel('sum', C, s21, '城鎮 3630.5 + 鄉村 2482.5 = 6113万')
sh5939 = [F(P21, '3630.5萬人'), F(P21, '6113萬人', n=1), F(P21, '59.39%')]
S.rel('share', C, sh5939, '3630.5 / 6113 = 59.39%')
s_d = [F(P21, '10萬人'), F(P21, '71萬人'), F(P21, '61萬人')]
S.rel('sum', C, s_d, 'change since 2020: 城鎮 +71 − 鄉村 61 = +10万')
s_cities = [F(P21, '16個市中'), F(P21, '6市'), F(P21, '10市')]
S.rel('sum', C, s_cities, '16 cities = 6 falling + 10 rising (six named)')
S.rel('sum', U, [F(P21, '10萬人'), F(P21, '9.5萬人')], 'parts that are not a split: 合肥 +9.5万 is one city of 16 whose changes have both signs (six fell); 9.5 of 10 is not a share of the rise')

# ---- 安徽 人口 series + 七普 (traditional, glossed)
s_c1 = [F(CS, '61027171人'), F(CS, '59500468人'), F(CS, '1526703人')]
S.rel('sum', C, s_c1, '61027171 − 59500468 = 1526703 (七普 against 六普)')
g257 = [F(CS, '1526703人'), F(CS, '59500468人'), F(CS, '2.57%')]
S.rel('growth', C, g257, '1526703 / 59500468 = 2.566%: 2.57%')
g025 = [F(CS, '61027171人'), F(CS, '59500468人'), F(CS, '0.25%')]
S.rel('growth', C, g025, '(61027171 / 59500468)^(1/10) − 1 = 0.254%: 0.25% a year')
s_c2 = [F(CS, '61027171人'), F(CS, '35595103人'), F(CS, '25432068人')]
S.rel('sum', C, s_c2, '城镇 35595103 + 乡村 25432068 = 61027171')
sh5833 = [F(CS, '35595103人'), F(CS, '61027171人'), F(CS, '58.33%')]
S.rel('share', C, sh5833, '35595103 / 61027171 = 58.33%')
s_c3 = [F(CS, '61027171人'), F(CS, '31103394人'), F(CS, '29923777人')]
S.rel('sum', C, s_c3, '男 31103394 + 女 29923777 = 61027171')
sh5097 = [F(CS, '31103394人'), F(CS, '61027171人'), F(CS, '50.97%', pre='占(zhan)')]
S.rel('share', C, sh5097, '31103394 / 61027171 = 50.97%')
s_c4 = [F(CS, '61027171人'), F(CS, '11742682人'), F(CS, '37815253人'), F(CS, '11469236人')]
S.rel('sum', C, s_c4, 'ages 0-14 + 15-59 + 60+ = 11742682 + 37815253 + 11469236 = 61027171')
sh1501 = [F(CS, '9159411人'), F(CS, '61027171人'), F(CS, '15.01%')]
S.rel('share', C, sh1501, '65+ 9159411 / 61027171 = 15.01%')
S.rel('sum', U, [F(CS, '11469236人'), F(CS, '9159411人')], 'nested scopes: 65歲及以上 9159411 lies inside 60歲及以上 11469236 ("其中")')
S.rel('restatement', C, [F(CS, '5957 |'), F(CS, '5956.7萬人')], '2010 常住人口: table 5957 = text 5956.7万 rounded')
S.rel('restatement', I, [F(CS, '6092 |'), F(CS, '6365.9萬人')], 'REAL INCONSISTENCY in the original: the table gives 2019 年末常住人口 6092万, the text says 2019 reached 6365.9万 (the peak); the table carries the series revised after the 2020 census, the text the unrevised figure, but the page prints both as the same indicator without saying so')
s1703 = [F(CS, '5956.7萬人'), F(CS, '6127萬人'), F(CS, '170.3萬人')]
S.rel('sum', C, s1703, '2010 → 2022: 6127 − 5956.7 = 170.3万')
r142 = [F(CS, '170.3萬人'), F(CS, '14.2萬人')]
S.rel('rate', C, r142, '170.3万 over the 12 years = 14.19万 a year: 14.2')
nat21 = [F(CS, '8.05 |'), F(CS, '8', pre='亡 率(‰) | ', post=' |'), F(CS, '0.05 |')]
S.rel('sum', C, nat21, '2021 natural growth 8.05 − 8 = 0.05‰')
S.rel('restatement', U, [F(CS, '6105 |'), F(CS, '61027171人')], 'other time point: 2020 年末 (6105万, table) against the census at 1 November 2020 (6102.7万); not the same figure')

# ---- 安徽 2021 粮食 (traditional)
S.rel('restatement', C, [F(G21, '4087.6萬(wàn)噸'), F(G21, '817.52億斤')], '4087.6万吨 = 817.52亿斤 (1 吨 = 2000 斤)')
r4019 = [F(G21, '4019萬(wàn)噸'), F(G21, '803.8億斤')]
S.rel('restatement', C, r4019, '4019万吨 = 803.8亿斤')
S.rel('sum', C, [F(G21, '4087.6萬(wàn)噸'), F(G21, '4019萬(wàn)噸'), F(G21, '68.6萬(wàn)噸')], '4087.6 − 4019 = 68.6万吨 ("增產超過68.6萬噸": the exact difference)')
s1372 = [F(G21, '817.52億斤'), F(G21, '803.8億斤'), F(G21, '13.72億斤')]
S.rel('sum', C, s1372, '817.52 − 803.8 = 13.72亿斤')
s_sq = [F(G21, '4087.6萬(wàn)噸'), F(G21, '1699.9萬(wàn)噸'), F(G21, '2387.7萬(wàn)噸')]
S.rel('sum', C, s_sq, '總產 4087.6 = 夏糧 1699.9 + 秋糧 2387.7万吨')
S.rel('restatement', C, [F(G21, '1699.9萬(wàn)噸'), F(G21, '339.97億斤')], '夏糧 1699.9万吨 = 339.98亿斤; 339.97 within the half-units')
S.rel('restatement', C, [F(G21, '10億斤以上'), F(G21, '13.72億斤')], '安徽 is one of five provinces that rose by 10億斤以上; its 13.72亿斤 ≥ 10 (lower bound)')
S.rel('share', U, [F(G21, '188億斤'), F(G21, '70.3%'), F(G21, '13.72億斤')], 'unstated base: 188亿斤 is 70.3% of the national increase, which is not stated in the text; 安徽 13.72 is another region')
S.rel('growth', U, [F(G21, '5.59億斤'), F(G21, '13.72億斤')], 'parts that are not a split: 夏糧 +5.59亿斤 is part of the 13.72 rise; the 秋糧 rise is not stated')

# ---- 安徽 这十年 2022 (traditional)
g888 = [F(G22, '3027億元'), F(G22, '1424億元'), F(G22, '88.8%')]
S.rel('growth', C, g888, '糧油加工業 3027亿, 較2012 +1424亿: 1424 / 1603 = 88.8%')
S.rel('share', U, [F(G22, '4.3%'), F(G22, '6%')], 'shares of national totals (耕地, 糧食) that are not stated; they do not check each other')
S.rel('share', U, [F(G22, '5510萬畝'), F(G22, '66.2%'), F(G22, '10964.4萬畝')], 'other indicator and unstated base: 高標準農田 5510万亩 is 66.2% of 耕地 (≈8323万亩, not stated); 10964.4万亩 is the 糧食播種面積, not 耕地')
S.rel('growth', U, [F(G22, '817.5億斤'), F(G22, '108.9億斤'), F(G22, '10964.4萬畝'), F(G22, '481.4萬畝')], 'unstated base: the 2012 levels are not stated; no rate to check')

# ---- cross-document: 安徽 population and grain
x1 = [F(P19, '6365.9万人'), F(CS, '6365.9萬人')]
S.rel('restatement', C, x1, '2019 常住人口 6365.9万 in the 2019 release = the 2022 text\'s 2019 peak 6365.9万')
x2 = [F(P21, '6113萬人', n=1), F(CS, '6113 |')]
S.rel('restatement', C, x2, '2021 常住人口 6113万 = table 2021 6113')
x3 = [F(P21, '59.39%'), F(CS, '59.39 |')]
S.rel('restatement', C, x3, '2021 城镇化率 59.39% = table 59.39')
x4 = [F(CS, '58.33%'), F(P21, '1.06個百分點'), F(P21, '59.39%')]
S.rel('growth', C, x4, '城鎮人口比重 58.33% (七普) + 1.06 points = 59.39% (2021)')
x5 = [F(CS, '61027171人'), F(P21, '10萬人'), F(P21, '6113萬人', n=1)]
S.rel('sum', C, x5, '七普 6102.7万 + 10万 = 6112.7 ≈ 6113万 (10 whole)')
S.rel('restatement', U, [F(P19, '6365.9万人'), F(CS, '6092 |')], 'revised series: the 2019 release\'s 6365.9万 against the census-revised table value 6092万 for 2019; the same indicator on two bases (see the in-text inconsistency keyed for the table)')
x6 = [F(G21, '817.52億斤'), F(G22, '817.5億斤')]
S.rel('restatement', C, x6, '2021 安徽 grain 817.52亿斤 (December 2021) = 817.5亿斤 (August 2022)')
x7 = [F(G21, '7309.6千公頃'), F(G22, '10964.4萬畝')]
S.rel('restatement', C, x7, '2021 播種面積 7309.6千公顷 × 15 = 10964.4万亩')
S.rel('restatement', U, [F(G22, '800億斤以上'), F(G21, '803.8億斤')], 'same threshold, other claim: "連續五年穩定在800億斤以上" against 2020 output 803.8亿斤 — consistent as a bound, but the 800 is a run-of-years claim, not a figure of 2020 (trap for a checker that pairs them as one figure)')

# ---- 湖北 恩施市 2018 (traditional)
s_es = [F(ES, '233.17億元'), F(ES, '29.42億元'), F(ES, '90.81億元'), F(ES, '112.95億元')]
S.rel('sum', C, s_es, 'GDP 233.17 = 29.42 + 90.81 + 112.95 = 233.18亿, within the half-units')
S.rel('sum', C, [F(ES, '12.6', post=':39.0'), F(ES, '39.0'), F(ES, '48.4')], 'structure 12.6 + 39.0 + 48.4 = 100')
sh126 = [F(ES, '29.42億元'), F(ES, '233.17億元'), F(ES, '12.6', post=':39.0')]
S.rel('share', C, sh126, '29.42 / 233.17 = 12.62%: 12.6')
sh484 = [F(ES, '112.95億元'), F(ES, '233.17億元'), F(ES, '48.4')]
S.rel('share', C, sh484, '112.95 / 233.17 = 48.44%: 48.4')
S.rel('growth', C, [F(ES, '13.7'), F(ES, '12.6', post=':39.0'), F(ES, '1.1個(gè)百分點(diǎn)')], 'primary share 13.7 → 12.6: down 1.1 points')
g21 = [F(ES, '46.3'), F(ES, '48.4'), F(ES, '2.1個(gè)百分點(diǎn)')]
S.rel('growth', C, g21, 'tertiary share 46.3 → 48.4: up 2.1 points')
s_esa = [F(ES, '53.31億元'), F(ES, '28.26億元'), F(ES, '4.04億元'), F(ES, '17.21億元'), F(ES, '0.24億元'), F(ES, '3.56億元')]
S.rel('sum', C, s_esa, '農林牧漁業 總產值 53.31 = 28.26 + 4.04 + 17.21 + 0.24 + 3.56億')
S.rel('growth', U, [F(ES, '29934元'), F(ES, '2686元'), F(ES, '7.8%')], 'nominal vs real: 2686 / 27248 = +9.9% at current prices; the 7.8% is 扣除價格因素')
S.rel('growth', U, [F(ES, '233.17億元'), F(ES, '8.5%'), F(ES, '29.42億元'), F(ES, '3.3%'), F(ES, '90.81億元'), F(ES, '7.4%'), F(ES, '112.95億元'), F(ES, '11.2%')],
      'real sector rates on current-price levels: the rebuild gives +8.65% against 8.5%; constant-price weights are not stated (nominal vs real)')

# ---- 湖北 恩施州 H1 2022
s_ez = [F(EZ, '616.5亿元'), F(EZ, '83.15亿元'), F(EZ, '178.88亿元'), F(EZ, '354.47亿元')]
S.rel('sum', C, s_ez, 'H1 GDP 616.5 = 83.15 + 178.88 + 354.47 = 616.50亿')
sh135 = [F(EZ, '83.15亿元'), F(EZ, '616.5亿元'), F(EZ, '13.5%')]
S.rel('share', C, sh135, '83.15 / 616.5 = 13.49%: 13.5%')
sh29 = [F(EZ, '178.88亿元'), F(EZ, '616.5亿元'), F(EZ, '29%')]
S.rel('share', C, sh29, '178.88 / 616.5 = 29.02%: 29% (whole percent)')
sh575 = [F(EZ, '354.47亿元'), F(EZ, '616.5亿元'), F(EZ, '57.5%')]
S.rel('share', C, sh575, '354.47 / 616.5 = 57.50%')
S.rel('share', U, [F(ES, '233.17億元'), F(EZ, '616.5亿元')], 'other scope and period: 恩施市 (a county-level city inside 恩施州) full-year 2018 GDP against 恩施州 H1 2022; no share can be formed')

# ---- 湖北 鄂州市华容区 2024 budget execution
s_hr1 = [F(HR, '75750万元'), F(HR, '61347万元'), F(HR, '14403万元')]
S.rel('sum', C, s_hr1, '1-11月 一般公共预算总收入 75750 = 税收 61347 + 非税 14403万')
sh87 = [F(HR, '75750万元'), F(HR, '87054万元'), F(HR, '87%')]
S.rel('share', C, sh87, '75750 / 87054 = 87.0%')
sh81 = [F(HR, '61347万元'), F(HR, '75750万元'), F(HR, '81%')]
S.rel('share', C, sh81, '税收 61347 / 75750 = 80.99%: 81%')
sh83 = [F(HR, '56088万元'), F(HR, '67210万元'), F(HR, '83%')]
S.rel('share', C, sh83, '56088 / 67210 = 83.45%: 83% (whole percent)')
sh74 = [F(HR, '41685万元'), F(HR, '56088万元'), F(HR, '74%')]
S.rel('share', C, sh74, '41685 / 56088 = 74.3%: 74%')
sh79 = [F(HR, '121292万元'), F(HR, '154359万元'), F(HR, '79%')]
S.rel('share', C, sh79, '121292 / 154359 = 78.6%: 79%')
exp = ['17853', '3862', '30220', '982', '915', '17749', '7261', '285', '4441', '15478', '4082', '2951', '819', '80', '6051', '1253', '1038', '5972']
s_exp = [F(HR, '121292万元')] + [F(HR, x + '万元', pre=('出' if x != '1038' else '救助')) for x in exp]
S.rel('sum', C, s_exp, '1-11月 支出 121292万 = the 18 listed heads (17853 + 3862 + … + 5972 = 121292)')
s_hr2 = [F(HR, '86660万元'), F(HR, '66840万元'), F(HR, '19820万元')]
S.rel('sum', C, s_hr2, '全年预计 86660 = 税收 66840 + 非税 19820万')
sh77 = [F(HR, '66840万元'), F(HR, '86660万元'), F(HR, '77%')]
S.rel('share', C, sh77, '66840 / 86660 = 77.1%: 77%')
S.rel('target', CT, [F(HR, '75750万元'), F(HR, '87054万元'), F(HR, '87%')], 'the year\'s adjusted budget against 1-11月: the year was not over at that cut; 87% says nothing about the year')
S.rel('target', MS, [F(HR, '86660万元'), F(HR, '87054万元')], '全年预计 86660万 against 调整预算 87054万: 99.5%, short of the budget (an estimate for the year just ended)')
S.rel('target', MS, [F(HR, '65110万元'), F(HR, '67210万元')], '地方一般公共预算收入 预计 65110万 against 调整预算 67210万: 96.9%')
S.rel('target', U, [F(HR, '86660万元'), F(HR, '67210万元')], 'target of another scope: 67210万 is the budget of 地方一般公共预算收入, not of the 一般公共预算总收入 86660万')
S.rel('restatement', U, [F(HR, '81%'), F(HR, '77%')], 'other period: 税收 share of 1-11月 (81%) against the full-year estimate (77%); no contradiction')
S.rel('restatement', U, [F(HR, '61347万元'), F(HR, '41685万元')], 'overlapping scopes: 税收 of the 一般公共预算总收入 (61347万) against 税收 of the 地方 part (41685万); not the same figure')

# ---- 湖南 2020 粮食 生猪
S.rel('restatement', C, [F(HG, '3015万吨'), F(HG, '603亿斤')], '3015万吨 = 603亿斤')
g14 = [F(HG, '3015万吨'), F(HG, '40万吨'), F(HG, '1.4%')]
S.rel('growth', C, g14, '40 / (3015 − 40) = 1.345%; with 40 whole (39.5..40.5) and 3015 ± 0.5 the rate reaches 1.362%, so 1.4% (≥ 1.35) fits — a close call')
s402 = [F(HG, '603亿斤'), F(HG, '594.96亿斤'), F(HG, '40万吨')]
S.rel('sum', C, s402, '603 − 594.96 = 8.04亿斤 = 40.2万吨: 增加40万吨')
g30 = [F(HG, '4755千公顷'), F(HG, '138千公顷'), F(HG, '3.0%')]
S.rel('growth', C, g30, '138 / (4755 − 138) = 2.99%: 3.0%')
S.rel('restatement', C, [F(HG, '七成以上'), F(HG, '76.2%')], '出栏 恢复到正常年份的七成以上: 76.2% of 2017 ≥ 70% (reading 正常年份 as 2017)')
S.rel('restatement', C, [F(HG, '九成以上'), F(HG, '94.1%')], '存栏 九成以上: 94.1% of 2017 ≥ 90%')
S.rel('share', U, [F(HG, '138千公顷'), F(HG, '19.7%')], 'contribution, unstated base: 138千公顷 is 19.7% of the national increase in area, which is not stated')
S.rel('growth', U, [F(HG, '3734.6万头'), F(HG, '38.4%'), F(HG, '94.1%')], 'two bases: +38.4% on 2019 year-end and 94.1% of 2017; neither earlier stock is stated, and they do not check each other')
S.rel('growth', U, [F(HG, '600亿斤', pre='连续5年超'), F(HG, '594.96亿斤')], 'other period: "2014年至2018年…连续5年超600亿斤" and the 2019 594.96亿斤; the 2019 fall does not contradict the run')

# ---- 湖南 2009 农业 (traps)
S.rel('growth', U, [F(HA, '4975元'), F(HA, '463元'), F(HA, '11%')], 'nominal vs real: 463 / 4512 = +10.3% at current prices; the 11% is 实际 (prices fell in 2009)')
S.rel('share', U, [F(HA, '43%'), F(HA, '463元')], 'contribution, not a share of the level: 工资性收入 contributes 43% of the rise; the wage income itself is not stated')
S.rel('sum', U, [F(HA, '2560亿元'), F(HA, '1500亿元')], 'parts that are not a split: 315 龙头企业 1500亿 inside the 农产品加工业 2560亿; no rest stated')

# ---- 河南 西平县 2022 work report (five-year review; traps)
S.rel('growth', U, [F(XP, '279亿元'), F(XP, '83.4亿元'), F(XP, '7.2%')], 'nominal vs real: 279 against 195.6亿 (2017) is +9.3% a year at current prices over four years; the 年均7.2% is at comparable prices')
S.rel('growth', U, [F(XP, '增长8%'), F(XP, '7.8%')], 'other period: 规上工业增加值 +8% in 2021 against 年均7.8% over the five years')
S.rel('growth', U, [F(XP, '15.3亿元'), F(XP, '16.5%')], 'unstated base: the 2016/2017 level of 一般公共预算收入 is not stated')
S.rel('restatement', U, [F(XP, '42.7%'), F(XP, '5.5个百分点')], 'unstated base: 城镇化率 42.7% up 5.5 points from 2017 (37.2%, not stated); no second figure to check')

# ---- 河南 第二次农业普查 2006
s_hh6 = [F(AC, '1854', pre='\n\n'), F(AC, '1760'), F(AC, '9', pre='林业\n\n', post='\n'), F(AC, '76', pre='\n\n'), F(AC, '1', pre='渔业\n\n', post='\n'), F(AC, '8', pre='服务业\n\n', post='\n')]
S.rel('sum', C, s_hh6, '农业生产经营户 1854 = 1760 + 9 + 76 + 1 + 8万户')
S.rel('sum', C, [F(AC, '94.9'), F(AC, '0.5', pre='\n\n', post='\n'), F(AC, '4.1'), F(AC, '0.1', pre='\n\n', post='\n'), F(AC, '0.4', pre='\n\n', post='\n')], 'household shares 94.9 + 0.5 + 4.1 + 0.1 + 0.4 = 100')
s_un = [F(AC, '16726', pre='\n\n'), F(AC, '2159'), F(AC, '1664'), F(AC, '6914'), F(AC, '558'), F(AC, '5431')]
S.rel('sum', C, s_un, '农业生产经营单位 16726 = 2159 + 1664 + 6914 + 558 + 5431个')
S.rel('sum', C, [F(AC, '12.9'), F(AC, '9.9'), F(AC, '41.3'), F(AC, '3.3', pre='\n\n', post='\n'), F(AC, '32.5')], 'unit shares 12.9 + 9.9 + 41.3 + 3.3 + 32.5 = 99.9 (rounding; within ± 0.25)')
sh413 = [F(AC, '6914'), F(AC, '16726', pre='\n\n'), F(AC, '41.3')]
S.rel('share', C, sh413, '畜牧业 units 6914 / 16726 = 41.3%')
S.rel('restatement', I, [F(AC, '16726万个'), F(AC, '16726', pre='\n\n')], 'REAL ERROR in the original: the text says 16726万个 农业生产经营单位, the table 16726个 (数量(个)); the shares (6914 / 16726 = 41.3%) and the scale (1854万 households) fit 16726 units, so 万 in the text is a slip')
s_age6 = [F(AC, '6.6%'), F(AC, '17.4%'), F(AC, '25.5%'), F(AC, '22.3%'), F(AC, '28.2%')]
S.rel('sum', C, s_age6, 'age shares 6.6 + 17.4 + 25.5 + 22.3 + 28.2 = 100')
S.rel('sum', C, [F(AC, '7.0%'), F(AC, '28.0%'), F(AC, '59.5%'), F(AC, '5.1%'), F(AC, '0.3%')], 'education shares 7.0 + 28.0 + 59.5 + 5.1 + 0.3 = 99.9 (rounding; within ± 0.25)')
S.rel('share', U, [F(AC, '1760'), F(AC, '12.9')], 'other population: 94.9% of households are 种植业, but 12.9% is the 种植业 share of units (2159 of 16726); 1760 is a household count')
S.rel('growth', U, [F(AC, '59.3%'), F(AC, '9.2个百分点'), F(AC, '9.6 %')], 'points vs rate, unstated base: the share fell 9.2 points (from 68.5, not stated); the 9.6% is the rise in households')

# ---- 山西 晋中 历代人口 (榆次 households)
g667 = [F(JZ, '9600户'), F(JZ, '3200户'), F(JZ, '66.7%')]
S.rel('growth', C, g667, '榆次 140年 3200户 against 西汉 9600户: −66.7%')
g328 = [F(JZ, '3200户'), F(JZ, '1.37万户'), F(JZ, '3.28倍')]
S.rel('growth', C, g328, '隋 1.37万户 against 3200户: 4.281, 增长3.28倍 = ratio − 1 (1.365..1.375万: 3.27..3.30)')
g124 = [F(JZ, '1.37万户'), F(JZ, '1.54万户'), F(JZ, '12.4%')]
S.rel('growth', C, g124, '唐 1.54万 against 隋 1.37万户: +12.4% (11.6..13.2 with the half-units)')
g238 = [F(JZ, '1.54万户'), F(JZ, '5.2万户'), F(JZ, '2.38倍')]
S.rel('growth', C, g238, '宋 5.2万 against 唐 1.54万户: 3.377, 增长2.38倍 = ratio − 1 (5.15..5.25: 2.33..2.42)')
g208 = [F(JZ, '9.6万'), F(JZ, '7.6万'), F(JZ, '20.8%')]
S.rel('growth', C, g208, '榆次 1607 9.6万 → 1628 7.6万: −20.8%')
S.rel('sum', U, [F(JZ, '39万'), F(JZ, '7.68万人'), F(JZ, '1.98万人'), F(JZ, '1.22万人'), F(JZ, '4.42万人'), F(JZ, '6.55万人')], 'parts that leave something out: five of the 晋中 counties (21.85万) against the 晋中 total 39万 ("其中")')
S.rel('growth', U, [F(JZ, '7万户'), F(JZ, '3200户'), F(JZ, '66.7%')], 'other scope: the −66.7% is 榆次 against 榆次 9600户; against the 晋中 7万户 the fall would be 95%')
S.rel('growth', U, [F(JZ, '51.3万人'), F(JZ, '53.3万人')], 'no rate stated: 明中叶 51.3万 and 万历 53.3万 are levels only ("增速减缓" is not a figure)')

# ---- further traps (and two relations found late), all documents
S.rel('restatement', U, [F(NC, '372000亩'), F(NC, '344357亩')], 'other period: 1945 水田 372000亩 against 建国前夕 水田 344357亩; two levels, no stated change to check')
S.rel('sum', U, [F(P19, '6365.9万人'), F(P19, '825.9万人'), F(P19, '818.9万人'), F(P19, '570.0万人')], 'parts that leave something out: the three largest of 16 cities (2214.7万) against the province')
S.rel('sum', U, [F(P19, '16.22 %'), F(P19, '16.48%'), F(P19, '60.98%'), F(P19, '5.06%')], 'other bases: the three education shares are of the population aged 15+, the 文盲率 5.06% of the total population; they need not add to 100')
S.rel('rate', U, [F(P19, '50.2%', n=1), F(P19, '49.8%', n=1), F(P19, '100.96')], 'rounded inputs: 50.2 / 49.8 = 100.80 from the one-decimal shares; the sex ratio is computed from the levels, so the shares cannot check it')
S.rel('share', U, [F(P19, '78.9万人'), F(P19, '6365.9万人')], 'sample, not a split: 78.9万 were enumerated in the sample survey; the sampling fraction is not a stated figure')
xg = [F(CS, '0.25%'), F(P21, '0.09個百分點'), F(P21, '0.16%')]
S.rel('growth', C, xg, 'across documents: the 2010-2020 average 0.25% a year (七普) less 0.09 points = 0.16%, the 2021 rate')
S.rel('sum', U, [F(P21, '10萬人'), F(P21, '9.7萬人')], 'parts that are not a split: net inflow 9.7万 against the rise of 10万; natural change is not stated')
S.rel('restatement', U, [F(P21, '84.04%'), F(P21, '59.39%')], 'other scope: 合肥 城镇化率 84.04% against the province 59.39%')
S.rel('restatement', U, [F(CS, '7119 |'), F(CS, '6092 |')], 'other indicator: 2019 戶籍人口 7119万 against 常住人口 6092万')
S.rel('restatement', U, [F(CS, '34.65 |'), F(CS, '57.02 |')], 'other base: 2019 urban share of the registered (34.65%) and of the resident population (57.02%)')
S.rel('restatement', U, [F(CS, '50.97 |'), F(CS, '50.97%', pre='占(zhan)')], 'same number, other indicator: 2015 城镇人口比重 50.97 against the male share 50.97% in the 2020 census')
S.rel('sum', U, [F(CS, '7119 |'), F(CS, '6092 |'), F(CS, '1061 |')], 'not a split: 戶籍 7119 − 常住 6092 = 1027万, but the 1061万 who left the province are offset by people moving in; the gap is not the outflow')
S.rel('growth', U, [F(P19, '6365.9万人', n=1), F(CS, '61027171人')], 'revision, not decline: the unrevised 2019 figure 6365.9万 against the 2020 census 6102.7万 would imply a fall of 263万 in a year; the series was revised after the census')
S.rel('share', U, [F(P19, '55.81%'), F(CS, '57.02 |')], 'revised series: 2019 urban share 55.81% (2019 release) against 57.02 (table, revised after the census)')
S.rel('share', U, [F(G21, '4269.95萬(wàn)畝'), F(G21, '7309.6千公頃')], 'parts that leave something out and other unit: 夏糧 area (万亩) inside the year\'s 播種面積 (千公顷); 秋糧 area not stated')
S.rel('restatement', U, [F(G22, '82.1%'), F(G22, '10個百分點')], 'unstated base: the national mechanisation rate (72.1%) is not stated')
S.rel('share', U, [F(ES, '53.31億元'), F(ES, '29.42億元')], 'output vs value added: 農林牧漁業 總產值 53.31亿 against 第一產業 增加值 29.42亿; not a part and a whole')
S.rel('rate', U, [F(ES, '233.17億元'), F(ES, '29934元')], 'unstated base: GDP per head uses the average resident population, which is not stated (≈77.9万 implied)')
S.rel('rate', U, [F(AC, '3178.6万人', n=0), F(AC, '1854万户')], 'unstated relation: 农业从业人员 per 经营户 (1.71) is not a stated figure; units also employ people')
shp = [F(AC, '1760'), F(AC, '1854', pre='\n\n'), F(AC, '94.9')]
S.rel('share', C, shp, '种植业 households 1760 / 1854 = 94.93%: 94.9')
S.rel('growth', U, [F(XP, '69.4亿元'), F(XP, '7.5%'), F(XP, '279亿元'), F(XP, '7.2%')], 'other indicator: 社会消费品零售总额 年均7.5% against GDP 年均7.2%; the bases (2017 levels) of either are not stated for 社零')
S.rel('restatement', U, [F(WJ, '6倍'), F(WJ, '7倍')], 'other indicator: grain 为1949年6倍 against oil crops 为1949年7倍; neither 1949 level is stated')
S.rel('growth', U, [F(HG, '4658.9万头'), F(HG, '3734.6万头')], 'other indicator: 出栏 (a flow over the year) against year-end 存栏 (a stock); no relation')

S.rel('growth', U, [F(NC, '450916亩'), F(NC, '359981亩')], 'no rate stated: 1957 → 1959 耕地 fell to 359981亩 (the reservoir); two levels only')
S.rel('growth', U, [F(XJ, '1.4%'), F(XJ, '2.2%')], 'part and whole: 地方一般公共预算收入 (+2.2%) inside 财政总收入 (+1.4%); a part may grow faster than its whole, nothing to check')
S.rel('restatement', U, [F(HR, '81%'), F(HR, '74%')], 'other scope: 税收 share of the 总收入 (81%) against the 税收 share of the 地方 part (74%)')
S.rel('target', CT, [F(HR, '121292万元'), F(HR, '154359万元'), F(HR, '79%')], 'spending against the year\'s adjusted budget at the end of November: the year was not over')
S.rel('growth', U, [F(EZ, '4.2%'), F(ES, '8.5%')], 'other scope and period: 恩施州 H1 2022 real growth against 恩施市 2018')
S.rel('rate', U, [F(HG, '3015万吨'), F(HG, '4755千公顷')], 'unstated figure: the yield (6.34吨/公顷) is not stated; nothing to check it against')
S.rel('restatement', U, [F(JZ, '7.68万人'), F(JZ, '7.6万')], 'other period: 榆次 1391 7.68万 against 榆次 1628 7.6万; near numbers, not one figure')
S.rel('rate', U, [F(WJ, '29426万斤'), F(WJ, '805斤')], 'unstated figure: 1968 grain / 亩产 implies 36.6万亩 sown, which is not stated')
S.rel('growth', U, [F(ES, '1個(gè)百分點(diǎn)', pre='比重下降'), F(ES, '7.4%')], 'points vs rate: the secondary share fell 1 point while secondary value added rose 7.4% (real); shares move with relative prices and the other sectors')
S.rel('share', U, [F(G21, '4269.95萬(wàn)畝'), F(G22, '10964.4萬畝')], 'across documents, part of another scope: 夏糧 area 2021 against the whole year\'s sown area; 秋糧 area not stated')
S.rel('growth', U, [F(P19, '0.06个百分点'), F(P19, '0.96个百分点')], 'unstated third part: the 15—64 share change (−1.02 points) is not stated; the two changes check nothing')

# ---- altered copies: one figure changed each; the broken relation(s) keyed inconsistent in the copy
a = ALT(NC, 1, s57[2], '16682亩', '1957 旱地 16582 → 16682亩')
S.rel('sum', I, R(a, s57, s57[2], '16682亩'), 'altered: 434334 + 16682 = 451016, not 450916亩 (breaks {B})')
a = ALT(NC, 2, s67[1], '281572亩', '1967 水田 281272 → 281572亩')
S.rel('sum', I, R(a, s67, s67[1], '281572亩'), 'altered: 281572 + 18557 = 300129, not 299829亩 (breaks {B})')
a = ALT(PZ, 1, sh27[2], '29%', '半自耕农 share 27 → 29%')
S.rel('share', I, R(a, sh27, sh27[2], '29%'), 'altered: 3534 / 13108 = 27.0%, not 29% (breaks {B})')
a = ALT(PZ, 2, s_hh[3], '7359户', '佃农 7659 → 7359户')
S.rel('sum', I, R(a, s_hh, s_hh[3], '7359户'), 'altered: 1915 + 3534 + 7359 = 12808, not 13108 (breaks {B})')
S.rel('share', I, R(a, sh584, sh584[0], '7359户'), 'altered: 7359 / 13108 = 56.1%, not 58.4% (breaks {B})')
a = ALT(XJ, 1, s_xj[2], '159.29亿元', 'secondary 156.29 → 159.29亿')
S.rel('sum', I, R(a, s_xj, s_xj[2], '159.29亿元'), 'altered: 69.40 + 159.29 + 154.86 = 383.55, not 380.56亿 (breaks {B})')
a = ALT(XJ, 2, s_xja[3], '48.96亿元', '牧业产值 45.96 → 48.96亿')
S.rel('sum', I, R(a, s_xja, s_xja[3], '48.96亿元'), 'altered: the five parts add to 122.26, not 119.26亿 (breaks {B})')
a = ALT(WJ, 1, g227[1], '120元', '1978 income 110 → 120元')
S.rel('growth', I, R(a, g227, g227[1], '120元'), 'altered: 360 / 120 = 3.0, 增加2倍, not 2.27倍 (breaks {B})')
a = ALT(WJ, 2, g154[1], '6910万斤', '民国22年 grain 6610 → 6910万斤')
S.rel('growth', I, R(a, g154, g154[1], '6910万斤'), 'altered: 16800 / 6910 = 2.431, +143%, not 154% (breaks {B})')
a = ALT(P19, 1, sh5581[2], '55.31%', 'urban share 55.81 → 55.31%')
S.rel('share', I, R(a, sh5581, sh5581[2], '55.31%'), 'altered: 3552.8 / 6365.9 = 55.81%, not 55.31% (breaks {B})')
a = ALT(P19, 2, s_age[3], '896.8万人', '65+ 886.8 → 896.8万')
S.rel('sum', I, R(a, s_age, s_age[3], '896.8万人'), 'altered: 1203.8 + 4275.3 + 896.8 = 6375.9, not 6365.9万 (breaks {B})')
a = ALT(P19, 3, g067[1], '47.3万人', 'increase 42.3 → 47.3万')
S.rel('growth', I, R(a, g067, g067[1], '47.3万人'), 'altered: 47.3 / 6318.6 = 0.75%, not 0.67% (breaks {B})')
a = ALT(P21, 1, s_d[1], '77萬人', 'urban increase 71 → 77万')
S.rel('sum', I, R(a, s_d, s_d[1], '77萬人'), 'altered: +77 − 61 = +16, not +10万 (breaks {B})')
a = ALT(P21, 2, g016[2], '0.19%', 'growth 0.16 → 0.19%')
S.rel('growth', I, R(a, g016, g016[2], '0.19%'), 'altered: 10 / 6103 = 0.16%, not 0.19% (breaks {B})')
a = ALT(CS, 1, s_c2[2], '25462068人', 'rural 25432068 → 25462068')
S.rel('sum', I, R(a, s_c2, s_c2[2], '25462068人'), 'altered: 35595103 + 25462068 = 61057171, not 61027171 (breaks {B})')
a = ALT(CS, 2, sh1501[0], '9759411人', '65+ 9159411 → 9759411')
S.rel('share', I, R(a, sh1501, sh1501[0], '9759411人'), 'altered: 9759411 / 61027171 = 15.99%, not 15.01% (breaks {B})')
a = ALT(CS, 3, r142[1], '14.8萬人', 'yearly rise 14.2 → 14.8万')
S.rel('rate', I, R(a, r142, r142[1], '14.8萬人'), 'altered: 170.3 / 12 = 14.2, not 14.8万 a year (breaks {B})')
a = ALT(G21, 1, s_sq[2], '2381.7萬(wàn)噸', '秋糧 2387.7 → 2381.7万吨')
S.rel('sum', I, R(a, s_sq, s_sq[2], '2381.7萬(wàn)噸'), 'altered: 1699.9 + 2381.7 = 4081.6, not 4087.6万吨 (breaks {B})')
a = ALT(G21, 2, s1372[2], '13.12億斤', 'increase 13.72 → 13.12亿斤')
S.rel('sum', I, R(a, s1372, s1372[2], '13.12億斤'), 'altered: 817.52 − 803.8 = 13.72, not 13.12亿斤 (breaks {B})')
a = ALT(G22, 1, g888[1], '1454億元', 'increase since 2012 1424 → 1454亿')
S.rel('growth', I, R(a, g888, g888[1], '1454億元'), 'altered: 1454 / 1573 = 92.4%, not 88.8% (breaks {B})')
a = ALT(G22, 2, x7[1], '10904.4萬畝', '2021 sown area 10964.4 → 10904.4万亩')
S.rel('restatement', I, R(a, x7, x7[1], '10904.4萬畝'), 'altered: 7309.6千公顷 = 10964.4万亩, not 10904.4 (breaks {B}, across documents)')
a = ALT(ES, 1, s_es[2], '96.81億元', 'secondary 90.81 → 96.81亿')
S.rel('sum', I, R(a, s_es, s_es[2], '96.81億元'), 'altered: 29.42 + 96.81 + 112.95 = 239.18, not 233.17亿 (breaks {B})')
a = ALT(ES, 2, g21[2], '2.7個(gè)百分點(diǎn)', 'tertiary share change 2.1 → 2.7 points')
S.rel('growth', I, R(a, g21, g21[2], '2.7個(gè)百分點(diǎn)'), 'altered: 46.3 → 48.4 is +2.1 points, not 2.7 (breaks {B})')
a = ALT(ES, 3, s_esa[3], '17.91億元', '牧業產值 17.21 → 17.91亿')
S.rel('sum', I, R(a, s_esa, s_esa[3], '17.91億元'), 'altered: the five parts add to 54.01, not 53.31亿 (breaks {B})')
a = ALT(EZ, 1, sh135[2], '15.5%', 'primary share 13.5 → 15.5%')
S.rel('share', I, R(a, sh135, sh135[2], '15.5%'), 'altered: 83.15 / 616.5 = 13.5%, not 15.5% (breaks {B})')
a = ALT(HR, 1, s_hr1[2], '14703万元', '非税 14403 → 14703万')
S.rel('sum', I, R(a, s_hr1, s_hr1[2], '14703万元'), 'altered: 61347 + 14703 = 76050, not 75750万 (breaks {B})')
a = ALT(HR, 2, s_exp[7], '7861万元', '卫生健康支出 7261 → 7861万')
S.rel('sum', I, R(a, s_exp, s_exp[7], '7861万元'), 'altered: the 18 heads add to 121892, not 121292万 (breaks {B})')
a = ALT(HR, 3, s_hr2[2], '19320万元', '非税 (year estimate) 19820 → 19320万')
S.rel('sum', I, R(a, s_hr2, s_hr2[2], '19320万元'), 'altered: 66840 + 19320 = 86160, not 86660万 (breaks {B})')
a = ALT(HG, 1, g30[1], '168千公顷', 'area increase 138 → 168千公顷')
S.rel('growth', I, R(a, g30, g30[1], '168千公顷'), 'altered: 168 / 4587 = 3.7%, not 3.0% (breaks {B})')
a = ALT(HG, 2, s402[1], '599.96亿斤', '2019 grain 594.96 → 599.96亿斤')
S.rel('sum', I, R(a, s402, s402[1], '599.96亿斤'), 'altered: 603 − 599.96 = 3.04亿斤 = 15.2万吨, not 40万吨 (breaks {B})')
a = ALT(AC, 1, s_un[3], '1604', '林业 units 1664 → 1604')
S.rel('sum', I, R(a, s_un, s_un[3], '1604'), 'altered: the five kinds add to 16666, not 16726 (breaks {B})')
a = ALT(AC, 2, s_hh6[3], '78', '畜牧业 households 76 → 78万')
S.rel('sum', I, R(a, s_hh6, s_hh6[3], '78'), 'altered: 1760 + 9 + 78 + 1 + 8 = 1856, not 1854万户 (breaks {B})')
a = ALT(AC, 3, s_age6[2], '27.5%', 'age 31-40 share 25.5 → 27.5%')
S.rel('sum', I, R(a, s_age6, s_age6[2], '27.5%'), 'altered: the age shares add to 102.0 (breaks {B})')
a = ALT(JZ, 1, g124[2], '17.4%', '唐 over 隋 12.4 → 17.4%')
S.rel('growth', I, R(a, g124, g124[2], '17.4%'), 'altered: 1.54 / 1.37 = +12.4% (at most +13.2%), not 17.4% (breaks {B})')
a = ALT(JZ, 2, g238[2], '2.88倍', '宋 over 唐 2.38 → 2.88倍')
S.rel('growth', I, R(a, g238, g238[2], '2.88倍'), 'altered: 5.2 / 1.54 = 3.38, 增长2.38倍, not 2.88 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

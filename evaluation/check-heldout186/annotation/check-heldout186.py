"""Check key, set check-heldout186. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout186.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout186'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

L0='gd_lufeng_2020.txt'; LC='gd_lufeng_congress_2021.txt'; L1='gd_lufeng_2021_hant.txt'; L2='gd_lufeng_2022.txt'
LH='gd_luhe_h1.txt'; L24='gd_luhe_2024.txt'; GZ='gd_guangzhou_2015.txt'
WZ='gx_wuzhou_2017_hant.txt'; W7='gx_wuzhou_m7.txt'; GP='gx_power_1984.txt'; SY='hi_sanya_2009h1_hant.txt'
H15='hk_pop_2015_hant.txt'; H05='hk_pop_2005_hant.txt'; MO='mo_gamingtax_2022_hant.txt'
TW='tw_pop_2013m8_hant.txt'; HL='tw_hualien_1968_hant.txt'; H26='tw_hualien_2026_hant.txt'

# ---- 陆丰 2015-2020 (five-year review), 2021 party congress, 2021 results (traditional), 2022 results
l0_gdp15 = F(L0, '218.9亿元'); l0_gdp20 = F(L0, '360.1亿元', pre='增加到2020年的'); l0_fin20 = F(L0, '8.68亿元'); l0_inv20 = F(L0, '240.1亿元')
l0_ind20 = F(L0, '53.07亿元')
g806 = [F(L0, '5.89亿元'), l0_fin20, F(L0, '8.06%')]
S.rel('growth', C, g806, '一般公共预算收入 5.89 (2015) → 8.68亿 (2020): (8.68/5.89)^(1/5) = +8.07% a year (8.03..8.09 within the half-units) → 年均增速8.06%')
g262 = [F(L0, '190.25亿元'), l0_inv20, F(L0, '26.2%')]
S.rel('growth', C, g262, '固定资产投资 190.25 → 240.1亿: ×1.262 (26.17..26.23) → 五年增幅26.2%')
S.rel('growth', U, [l0_gdp15, l0_gdp20, F(L0, '7.0%')], 'GDP 218.9 → 360.1亿 is ×1.645 in current prices (+10.5% a year); 年均增长7.0% is at comparable prices (nominal vs real)')
lc_3601a = F(LC, '360.1亿元', pre='2020年的'); lc_3601b = F(LC, '360.1亿元', pre='从'); lc_650t = F(LC, '650亿元以上', pre='达到'); lc_650b = F(LC, '650亿元以上', pre='360.1亿元到')
S.rel('restatement', C, [l0_gdp20, lc_3601a], '陆丰 2020 GDP 360.1亿 in the five-year review and in the party-congress report')
S.rel('restatement', C, [lc_3601a, lc_3601b], '2020 GDP 360.1亿 stated twice in the congress report')
g18 = [lc_3601b, lc_650b, F(LC, '1.8倍', pre='翻')]
S.rel('growth', C, g18, '650 / 360.1 = 1.805: "翻1.8倍" read as ×1.8 (the text uses it so; see judgement calls); 650以上 is a lower bound')
S.rel('growth', U, [F(LC, '248.1亿元'), lc_3601a, l0_gdp15, F(L0, '7.0%')], 'the congress report counts 过去5年 from 2016 (248.1亿), the review from 2015 (218.9亿, 年均7.0%): other base year, and no rate is stated for 2016-2020')
S.rel('growth', U, [F(LC, '1.8倍', pre='增长'), F(LC, '1.8倍', pre='翻')], '2004 GDP 比设市前一年增长1.8倍 (1994 base not stated) set beside the 翻1.8倍 still needed after 2020: no common base, and 增长1.8倍 would be ×2.8')
l1_gdp = F(L1, '418.52億元'); l1_inv = F(L1, '314.1億元'); l1_fin = F(L1, '10.17億元')
g308 = [l0_inv20, l1_inv, F(L1, '30.8%')]
S.rel('growth', C, g308, 'cross-document: 固定资产投资 240.1亿 (2020, review) → 314.1億 (2021): +30.82% (30.77..30.87) → 增長30.8%')
g172 = [l0_fin20, l1_fin, F(L1, '17.2%')]
S.rel('growth', C, g172, 'cross-document: 一般公共预算收入 8.68亿 (2020) → 10.17億 (2021): +17.17% (17.04..17.29) → 增長17.2%')
S.rel('growth', U, [l0_gdp20, l1_gdp, F(L1, '13.9%')], '360.1 → 418.52亿 is +16.2% in current prices; 增長13.9% is real (nominal vs real)')
S.rel('growth', U, [l0_ind20, F(L1, '80.58億元'), F(L1, '33.8%')], '规上工业增加值 53.07亿 (2020) → 80.58億 (2021) is +51.8% nominal against 增長33.8% at comparable prices (and a 规模以上 panel that changes every year)')
S.rel('target', M, [F(L1, '200.64億元'), F(L1, '153.92%')], '83个重点项目 completed 200.64億 = 153.92% of the year\'s planned investment (≈130.35億): met (超额超时序完成年度计划)')
S.rel('growth', U, [l1_inv, F(L1, '30.8%'), F(L1, '192.92億元'), F(L1, '41.62%')], '工业投资 192.92億 is a subset of 固定资产投资 314.1億; the remainder and its rate are not stated: subset, not a split')
S.rel('sum', U, [l1_gdp, F(L1, '80.58億元'), F(L1, '77.74億元')], '规上工业增加值 80.58 + 农业增加值 77.74 are not a split of GDP 418.52 (services and other industry left out)')
S.rel('share', U, [F(L1, '75.53億元'), l1_inv], '海洋工程基地(一期) 75.53億 is investment accumulated over several years; 固定资产投资 314.1億 is one year\'s: other period, not a part')
l2_gdp = F(L2, '412.24亿元')
S.rel('growth', U, [l1_gdp, F(L1, '13.9%'), l2_gdp, F(L2, '5.6%')], '2022 GDP 412.24亿 lies below the 418.52亿 reported for 2021 although 两年平均增长5.6%: the report says the figures were squeezed (拧挤经济发展水分) and the 2020 base of the two-year average is not stated; 2022\'s own rate is not stated')
S.rel('growth', U, [F(L1, '17.2%'), F(L2, '12.4%')], '一般公共预算收入 +17.2% (2021) and +12.4% (2022): same indicator, other years; no level for 2022')
S.rel('growth', U, [F(L1, '77.74億元'), F(L1, '9.3%'), F(L2, '7.3%')], '农业增加值 +9.3% (2021) and 农林牧渔业总产值 +7.3% (2022): other year and indicator')
S.rel('target', U, [lc_650t, l2_gdp], 'the congress goal (GDP ≥ 650亿 by 2025) against the 2022 result 412.24亿: another period (the goal year is 2025)')

# ---- 陆河 H1 (year not stated) and 2024
lh_fin = F(LH, '13897万元'); lh_tax = F(LH, '7097万元'); lh_511 = F(LH, '51.1', post=':'); lh_489 = F(LH, '48.9')
S.rel('share', C, [lh_fin, lh_tax, lh_511], '7097 / 13897 = 51.07% → 税费比51.1')
S.rel('sum', C, [lh_511, lh_489], '税费比 51.1 + 48.9 = 100')
sh5 = [lh_fin, F(LH, '30.5%'), lh_tax, F(LH, '45.28%'), lh_511, F(LH, '5个百分点')]
S.rel('share', C, sh5, 'last year: tax 7097/1.4528 = 4885, total 13897/1.305 = 10649, tax share 45.87%; 51.07 − 45.87 = +5.2 points → 提高了5个百分点')
S.rel('target', CT, [F(LH, '6.5亿元'), F(LH, '64.17%')], '农业总产值 at mid-year = 64.17% of the annual plan: the year is not over')
S.rel('target', CT, [F(LH, '62100万元'), F(LH, '55.5%')], '固定资产投资 at mid-year = 55.5% of the annual plan: the year is not over')
S.rel('target', CT, [lh_fin, F(LH, '53.45%')], '财政一般预算收入 at mid-year = 53.45% of the annual plan: the year is not over')
S.rel('growth', U, [F(LH, '6%', pre='分别比去年同期增长'), F(LH, '6%', pre='比去年同期增长', n=1)], '第一产业增加值 +6% and 农业总产值 +6%: same number, other indicators (value added vs gross output)')
S.rel('growth', U, [F(LH, '16.6亿元'), F(LH, '10.2%'), F(LH, '6%', pre='分别比去年同期增长'), F(LH, '15.9%'), F(LH, '9.4%')], 'GDP +10.2% cannot be rebuilt from the three sectors\' rates: their levels (weights) are not stated')
S.rel('growth', U, [F(LH, '6909万元'), F(LH, '24.6%'), F(LH, '15.9%')], '13家规上企业 增加值 +24.6% against 第二产业 +15.9%: subset of industry (and construction left out), not the sector')
S.rel('sum', U, [F(LH, '5亿元'), F(LH, '1.2亿元')], 'the cassava project\'s 总投资5亿 and its 首期投资1.2亿: a phase inside the total, the other phases not stated')
l24_gdp = F(L24, '148亿元'); l24_1 = F(L24, '19.5亿元'); l24_2 = F(L24, '44.26亿元'); l24_3 = F(L24, '84.24亿元')
S.rel('sum', C, [l24_gdp, l24_1, l24_2, l24_3], 'GDP 148 = 19.5 + 44.26 + 84.24 = 148.00亿')
S.rel('share', C, [l24_gdp, l24_1, F(L24, '13.2')], '19.5 / 148 = 13.18% → 13.2')
S.rel('share', C, [l24_gdp, l24_2, F(L24, '29.9')], '44.26 / 148 = 29.91% → 29.9')
sh569 = [l24_gdp, l24_3, F(L24, '56.9')]
S.rel('share', C, sh569, '84.24 / 148 = 56.92% → 56.9')
S.rel('growth', U, [l24_gdp, F(L24, '1.3%'), l24_1, F(L24, '5.4%'), l24_2, F(L24, '1.7%'), l24_3, F(L24, '1.6%')], 'current-price parts rebuilt with their real rates give +1.07%, not 1.3%: the real total is weighted at constant prices (weights not stated)')
S.rel('growth', U, [F(L24, '8.62亿元'), F(L24, '30.1%'), l24_2, F(L24, '1.7%')], '规上工业增加值 −30.1% inside 第二产业 −1.7%: subset (construction and small industry left out), not the sector')
S.rel('growth', U, [F(L24, '32.52亿元'), F(L24, '7.0%'), l24_1, F(L24, '5.4%')], '农林牧渔业总产值 +7.0% (gross output) against 第一产业增加值 +5.4% (value added): other indicator')
S.rel('growth', U, [F(L24, '41.62亿元'), F(L24, '2.7%'), l24_3, F(L24, '1.6%')], '社会消费品零售总额 +2.7% against 第三产业增加值 +1.6%: other indicator (retail sales are not value added)')
S.rel('sum', U, [lh_fin, F(L24, '5.33亿元')], 'cross-document: 陆河 一般预算收入 of a half-year (year not stated) and of 2024: same indicator, other periods')

# ---- 广州 2015 budget execution
gz_total = F(GZ, '1458.1亿元'); gz_gp = F(GZ, '609.7亿元', pre='一般公共预算收入'); gz_gp2 = F(GZ, '609.7亿元', pre='其中市本级收入')
s1458 = [gz_total, gz_gp, F(GZ, '729.4亿元'), F(GZ, '91.5亿元'), F(GZ, '27.5亿元')]
S.rel('sum', C, s1458, '市本级总收入 1458.1 = 609.7 + 729.4 + 91.5 + 27.5亿')
rs6097 = [gz_gp, gz_gp2]
S.rel('restatement', C, rs6097, '市本级一般公共预算收入 609.7亿 stated twice')
S.rel('growth', U, [F(GZ, '1349.1亿元'), F(GZ, '8.5%'), F(GZ, '9.1%')], '全市 revenue +8.5% as reported and +9.1% on a comparable basis (one-off cuts removed): the same revenue on two bases')
S.rel('sum', U, [F(GZ, '2546.6亿元'), gz_total], '全市财政总收入 2546.6亿 holds the 市本级 1458.1亿 and the districts\' revenue (not stated): subset, not a split')
S.rel('sum', U, [F(GZ, '2546.6亿元'), F(GZ, '1349.1亿元')], '全市财政总收入 2546.6亿 (all revenue collected, central taxes included) against 全市一般公共预算收入 1349.1亿: nested scopes, the rest not stated')
S.rel('growth', U, [F(GZ, '1349.1亿元'), F(GZ, '8.5%'), gz_gp2, F(GZ, '12%')], '全市 1349.1 (+8.5%) holds 市本级 609.7 (+12%); the district part is not stated, so no rebuild')

# ---- 梧州 2017 bulletin (traditional with glosses) and 1-7月 (year not stated)
wz_gdp = F(WZ, '1338.1億元'); wz1 = F(WZ, '136.4億元'); wz2 = F(WZ, '785.7億元'); wz3 = F(WZ, '416.0億元')
S.rel('sum', C, [wz_gdp, wz1, wz2, wz3], 'GDP 1338.1 = 136.4 + 785.7 + 416.0億')
S.rel('share', C, [wz_gdp, wz1, F(WZ, '10.2%')], '136.4 / 1338.1 = 10.19% → 10.2%')
sh587 = [wz_gdp, wz2, F(WZ, '58.7%')]
S.rel('share', C, sh587, '785.7 / 1338.1 = 58.72% → 58.7%')
S.rel('share', C, [wz_gdp, wz3, F(WZ, '31.1%')], '416.0 / 1338.1 = 31.09% → 31.1%')
s477 = [F(WZ, '7.2%'), F(WZ, '45.1%'), F(WZ, '47.7%')]
S.rel('sum', C, s477, 'contributions to growth 7.2 + 45.1 + 47.7 = 100%')
S.rel('share', U, [F(WZ, '7.2%'), F(WZ, '10.2%')], 'contribution to growth (7.2%) against share of GDP (10.2%): other measures')
S.rel('growth', U, [wz_gdp, F(WZ, '6.7%'), wz1, F(WZ, '4.4%'), wz2, F(WZ, '5.2%'), wz3, F(WZ, '10.4%')], 'real GDP growth from current-price sector levels and real sector rates: constant-price weights not stated (the rebuild happens to give 6.68%)')
S.rel('growth', U, [F(WZ, '44193元'), F(WZ, '6.0%'), F(WZ, '6.7%')], 'GDP per head +6.0% against GDP +6.7%: population change not stated')
sh559 = [F(W7, '34个'), F(W7, '19个'), F(W7, '55.9%')]
S.rel('share', C, sh559, '19 of 34 industry groups growing = 55.88% → 增长面55.9%')
S.rel('sum', U, [F(W7, '9.0%'), F(W7, '4.8个百分点'), F(W7, '1.6个百分点'), F(W7, '1.4个百分点'), F(W7, '1.0个百分点')], 'the four named industries pull 4.8 + 1.6 + 1.4 + 1.0 = 8.8 points of the 9.0%: the other 30 groups are left out')
S.rel('growth', U, [F(W7, '9.0%'), F(W7, '3.3%'), F(W7, '8.9%'), F(W7, '14.5%')], '采矿 +3.3%, 制造 +8.9%, 电力等 +14.5% against the total +9.0%: weights not stated')
S.rel('growth', U, [F(W7, '9.0%'), F(W7, '8.1%'), F(W7, '10.7%'), F(W7, '2.4%')], '国有控股 +8.1%, 股份制 +10.7%, 外商及港澳台商 +2.4% against +9.0%: overlapping ownership classes (国有控股 firms are mostly 股份制), not a split')
S.rel('growth', U, [F(W7, '4.2倍'), F(W7, '4.1倍')], '造纸和纸制品业 value added 增长4.2倍 and 机制纸及纸板 output 增长4.1倍: other indicators (value added vs product output)')
S.rel('growth', U, [wz2, F(WZ, '5.2%'), F(W7, '9.0%')], 'cross-document: 梧州 第二产业 +5.2% (2017) and 规上工业增加值 +9.0% (1-7月 of a later year): other period and indicator')

# ---- 广西 1983 (1984 article)
sh535 = [F(GP, '480元'), F(GP, '898元'), F(GP, '53.5%')]
S.rel('share', C, sh535, '480 / 898 = 53.45% (53.37..53.54 within the half-units) → 53.5%')

# ---- 三亚 H1 2009 (traditional with glosses)
sy_tot = F(SY, '340萬人次'); sy_d = F(SY, '322.81萬人次'); sy_f = F(SY, '17.24萬人次')
S.rel('sum', C, [sy_tot, sy_d, sy_f], 'overnight visitors 322.81 + 17.24 = 340.05 → 340萬 (whole)')
g93 = [sy_tot, F(SY, '9.3%'), sy_d, F(SY, '14.5%'), sy_f, F(SY, '40%')]
S.rel('growth', C, g93, 'last year 322.81/1.145 + 17.24/0.60 = 310.7; 340 / 310.7 = +9.4% (9.2..9.7 with 340 whole and 40% ± 0.5) → 9.3%')
S.rel('sum', U, [F(SY, '53.54億元'), F(SY, '46.55億元'), F(SY, '1.01億美元')], '53.54 against 46.55億 + 1.01億美元: the exchange rate is not stated (at 6.83 the parts give 53.45)')
S.rel('growth', U, [F(SY, '40%'), F(SY, '31.1%')], 'foreign visitors −40% and foreign-exchange revenue −31.1%: other indicators')
S.rel('growth', U, [F(SY, '53.54億元'), F(SY, '18.2%'), F(SY, '46.55億元'), F(SY, '1.01億美元'), F(SY, '31.1%')], 'total tourism revenue +18.2% cannot be rebuilt: the domestic part\'s rate and the exchange rate are not stated')
S.rel('growth', U, [sy_tot, F(SY, '9.3%'), F(SY, '53.54億元'), F(SY, '18.2%')], 'visitors +9.3% and revenue +18.2%: other indicators (spending per visitor not stated)')

# ---- 香港 mid-2015 and mid-2005 population (traditional)
h_now = F(H15, '729萬8600人'); h_prev = F(H15, '724萬1700人'); h_inc = F(H15, '5萬6900人'); h_nat = F(H15, '1萬8100人'); h_mig = F(H15, '3萬8800人')
S.rel('sum', C, [h_now, h_prev, h_inc], '7298600 − 7241700 = 56900')
S.rel('growth', C, [h_prev, h_inc, F(H15, '0.8%', pre='成長率為')], '56900 / 7241700 = 0.79% → 0.8%')
s181 = [h_nat, F(H15, '6萬2600人'), F(H15, '4萬4500人')]
S.rel('sum', C, s181, 'natural increase 62600 − 44500 = 18100')
S.rel('sum', C, [h_inc, h_nat, h_mig], '56900 = 18100 natural + 38800 net migration')
S.rel('sum', C, [h_mig, F(H15, '3萬7800人'), F(H15, '1100人')], '38800 − 37800 = 1000 against 1100: all figures are rounded to the hundred (1100 comes from unrounded counts), so within rounding (see judgement calls)')
s2153 = [h_now, F(H15, '708萬3300人'), F(H15, '21萬5300人')]
S.rel('sum', C, s2153, 'usual residents 7083300 + mobile residents 215300 = 7298600')
S.rel('sum', C, [F(H15, '726.65萬人'), F(H15, '703.62萬人'), F(H15, '23萬人')], 'end-2014 726.65 = 703.62 + 23萬 (whole: 22.5..23.5)')
S.rel('restatement', C, [F(H15, '729.8萬'), h_now], 'headline 729.8萬 = 729萬8600')
S.rel('growth', U, [F(H15, '726.65萬人'), F(H15, '0.6%')], 'end-2013 → end-2014 growth 0.6% on 726.65萬: the end-2013 base is not stated, and the mid-year rate 0.8% is another period')
S.rel('growth', U, [h_prev, F(H15, '703.62萬人'), F(H15, '708萬3300人')], 'usual residents 703.62萬 (end-2014) and 708萬3300 (mid-2015) against mid-2014 population: other dates, no stated rate')
e_now = F(H05, '6943600人'); e_inc = F(H05, '61000人', pre='增加'); e_inc2 = F(H05, '61000人', pre='整體人口增加'); e_nat = F(H05, '15200人', pre='自然增長人數爲'); e_mig = F(H05, '45800人')
S.rel('growth', C, [e_now, e_inc, F(H05, '0.9%')], '61000 / (6943600 − 61000) = 0.89% → 0.9%')
S.rel('sum', C, [F(H05, '53200人'), F(H05, '38000人', pre='死亡人數爲'), e_nat], '53200 − 38000 = 15200')
S.rel('sum', C, [e_inc2, F(H05, '15200人', pre='包括自然增長的'), e_mig], '61000 = 15200 + 45800')
sh64 = [e_inc2, F(H05, '38800人'), F(H05, '64%')]
S.rel('share', C, sh64, '38800 / 61000 = 63.6% → 64%')
S.rel('sum', C, [e_mig, F(H05, '38800人'), F(H05, '6900人')], '45800 − 38800 = 7000 against 6900: figures rounded to the hundred, within rounding (see judgement calls)')
S.rel('share', C, [e_inc2, F(H05, '6900人'), F(H05, '11%')], '6900 / 61000 = 11.3% → 11%')
S.rel('sum', C, [e_now, F(H05, '6733600人'), F(H05, '210000人')], 'usual 6733600 + mobile 210000 = 6943600')
s2209 = [F(H05, '6915700人'), F(H05, '6694800人'), F(H05, '220900人')]
S.rel('sum', C, s2209, 'end-2004 6915700 = 6694800 + 220900')
S.rel('sum', U, [e_now, F(H05, '330800人')], 'visitors (約330800) are excluded from the resident population (但不包括來港旅客): not a part')
S.rel('sum', U, [F(H05, '6733600人'), F(H05, '6694800人'), F(H05, '38800人')], 'usual residents 6733600 (mid-2005) − 6694800 (end-2004) = 38800, the same number as the one-way permit arrivals (mid-2004 → mid-2005): other period and indicator, a coincidence')
S.rel('growth', U, [F(H05, '6915700人'), e_now, e_inc], 'end-2004 6915700 → mid-2005 6943600 is +27900; the stated +61000 is mid-2004 → mid-2005: other period')
S.rel('growth', U, [e_now, F(H05, '0.9%'), h_prev, F(H15, '0.8%', pre='成長率為')], 'cross-document: mid-2005 6943600 and mid-2014 7241700 (+0.47% a year over nine years) against the single-year rates 0.9% and 0.8%: other periods')

# ---- 澳門 首四月 2022 gaming tax (traditional)
g184 = [F(MO, '102.06億元'), F(MO, '125.11億元'), F(MO, '18.4%')]
S.rel('growth', C, g184, '102.06 / 125.11 − 1 = −18.42% → 減少18.4%')
sh205 = [F(MO, '102.06億元'), F(MO, '497.58億元'), F(MO, '20.5%')]
S.rel('share', C, sh205, '102.06 / 497.58 = 20.51% → 執行率約20.5%')
S.rel('restatement', C, [F(MO, '18%'), F(MO, '102億'), F(MO, '18.4%'), F(MO, '102.06億元')], 'headline 減18%至102億 restates −18.4% and 102.06億 (rounded)')
S.rel('target', CT, [F(MO, '102.06億元'), F(MO, '497.58億元')], 'full-year budget 497.58億 against four months\' 102.06億: the year is not over')

# ---- 臺灣 人口 2013年8月 (traditional, 馬祖日報)
t_pop = F(TW, '23,354,061人'); t_inc = F(TW, '77,620人'); t_m = F(TW, '11,680,706人'); t_f = F(TW, '11,673,355人')
t_mi = F(TW, '21,807人'); t_fi = F(TW, '55,813人')
S.rel('growth', C, [t_pop, t_inc, F(TW, '千分之3.33')], '77620 / (23354061 − 77620) = 3.335‰ → 千分之3.33')
S.rel('share', C, [t_inc, F(TW, '213人')], '77620 / 365 days = 212.7 → 平均每天增加213人')
S.rel('sum', C, [t_pop, t_m, t_f], '11680706 + 11673355 = 23354061')
S.rel('sum', C, [t_inc, t_mi, t_fi], '21807 + 55813 = 77620')
S.rel('growth', C, [t_m, t_mi, F(TW, '0.19%')], '21807 / (11680706 − 21807) = 0.187% → 0.19%')
g048 = [t_f, t_fi, F(TW, '0.48%')]
S.rel('growth', C, g048, '55813 / (11673355 − 55813) = 0.480% → 0.48%')
S.rel('share', C, [t_m, t_f, F(TW, '100.06', pre='性比例為')], '11680706 / 11673355 × 100 = 100.063 → 100.06')
S.rel('share', C, [t_m, t_mi, t_f, t_fi, F(TW, '100.06', pre='性比例為'), F(TW, '0.30')], 'a year ago 11658899 / 11617542 × 100 = 100.36; 100.36 − 100.06 = 0.30 → 較上年同月減少0.30')
sh29 = [F(TW, '15,318人'), F(TW, '2.9分鐘')]
S.rel('share', C, sh29, '31 days × 1440 min / 15318 births = 2.91 → 每2.9分鐘')
S.rel('growth', C, [F(TW, '15,318人'), F(TW, '4,297人'), F(TW, '-21.91%')], '4297 / (15318 + 4297) = 21.91% → −21.91%')
S.rel('growth', C, [F(TW, '131,759人'), F(TW, '12,261人'), F(TW, '-8.51%')], '12261 / (131759 + 12261) = 8.51% → −8.51%')
S.rel('share', C, [F(TW, '12,063人'), F(TW, '3.7分鐘')], '44640 min / 12063 deaths = 3.70 → 每3.7分鐘')
S.rel('share', C, [t_pop, F(TW, '15,318人'), F(TW, '千分之7.72')], '15318 × 365/31 / 23354061 = 7.72‰ (on the month-end population) → 折合年粗出生率千分之7.72')
S.rel('sum', U, [F(TW, '千分之7.72'), F(TW, '千分之6.08'), F(TW, '千分之3.33')], 'births − deaths (7.72 − 6.08 = 1.64‰, one month annualised) against 人口增加率 3.33‰ (twelve months, migration included): other period, parts leave something out')
S.rel('sum', U, [F(TW, '4,337人'), F(TW, '15,318人'), F(TW, '12,063人')], 'month-on-month +4337 against births − deaths 15318 − 12063 = 3255: migration not stated')
S.rel('share', U, [F(TW, '213人'), F(TW, '4,337人')], '平均每天增加213人 is over twelve months; the month\'s +4337 is 140 a day: other period')
S.rel('growth', U, [F(TW, '-21.91%'), F(TW, '-8.51%')], 'August births −21.91% and January–August births −8.51%: other periods')
S.rel('sum', U, [F(TW, '131,759人'), F(TW, '15,318人')], 'January–August births 131759 hold August\'s 15318; the other months are not stated (and 8 × 15318 is not the cumulative)')

# ---- 花蓮 1968 grain target and 2026 budget (traditional)
r2618 = [F(HL, '63125噸'), F(HL, '24000公頃'), F(HL, '2618公斤')]
S.rel('rate', C, r2618, '24000 ha × 2618 kg = 62832 t against 63125 t (−0.46%): 24000 is a round area (63125/2618 = 24112 ha), so consistent within its rounding (see judgement calls)')
S.rel('sum', U, [F(HL, '63125噸'), F(HL, '128000噸'), F(HL, '9570噸'), F(HL, '2716噸'), F(HL, '4679噸')], 'the 稻穀 goal 63125噸 and the goals for 甘藷, 落花生, 大豆, 玉米: separate crops, no stated total')
hb_new = F(H26, '401億1200萬元'); hb_old = F(H26, '324億6211萬7000元'); hb_inc = F(H26, '76億4988 萬3,000 元')
s7650 = [hb_new, hb_old, hb_inc]
S.rel('sum', C, s7650, '401.12億 − 324.62117億 = 76.49883億 = 76億4988萬3000元')
g2357 = [hb_new, hb_old, F(H26, '23.57%')]
S.rel('growth', C, g2357, '401.12 / 324.62117 − 1 = 23.566% → 年增率23.57%')
S.rel('restatement', C, [F(H26, '401億餘元'), hb_new], 'lead 401億餘元 (lower bound) restates 401億1200萬元')
S.rel('restatement', C, [F(H26, '百餘億元'), F(H26, '148億多元')], '統籌分配稅增百餘億元 (more than 100億) restates 比去年增加148億多元')
S.rel('growth', U, [F(H26, '148億多元'), hb_inc], '統籌分配款 +148億 against the budget\'s +76.5億: other indicators (the grant is one revenue; the budget nets out cuts in other grants)')

# ---- altered copies
a = ALT(L0, 1, g806[2], '8.66%', 'revenue yearly average 8.06 → 8.66%')
S.rel('growth', I, R(a, g806, g806[2], '8.66%'), 'altered: (8.68/5.89)^(1/5) = +8.07% a year, not 8.66% (breaks {B})')
a = ALT(L0, 2, g262[2], '28.2%', 'investment five-year rise 26.2 → 28.2%')
S.rel('growth', I, R(a, g262, g262[2], '28.2%'), 'altered: 240.1 / 190.25 = +26.2%, not 28.2% (breaks {B})')
a = ALT(LC, 1, g18[1], '610亿元以上', 'GDP goal in the 翻1.8倍 sentence 650 → 610亿')
S.rel('growth', I, R(a, g18, g18[1], '610亿元以上'), 'altered: 610 / 360.1 = 1.69, not 翻1.8倍 (breaks {B})')
a = ALT(L1, 1, g308[2], '38.8%', 'investment growth 30.8 → 38.8%')
S.rel('growth', I, R(a, g308, g308[2], '38.8%'), 'altered: 240.1 (2020) → 314.1億 is +30.8%, not 38.8% (breaks {B})')
a = ALT(L1, 2, g172[2], '19.2%', 'revenue growth 17.2 → 19.2%')
S.rel('growth', I, R(a, g172, g172[2], '19.2%'), 'altered: 8.68 (2020) → 10.17億 is +17.2%, not 19.2% (breaks {B})')
s489 = [lh_511, lh_489]
a = ALT(LH, 1, lh_489, '46.9', '税费比 non-tax part 48.9 → 46.9')
S.rel('sum', I, R(a, s489, lh_489, '46.9'), 'altered: 51.1 + 46.9 = 98, not 100 (breaks {B})')
a = ALT(LH, 2, sh5[5], '8个百分点', 'tax-share rise 5 → 8 points')
S.rel('share', I, R(a, sh5, sh5[5], '8个百分点'), 'altered: the tax share rose 45.87 → 51.07% (+5.2 points), not 8 (breaks {B})')
a = ALT(L24, 1, sh569[2], '58.9', 'tertiary share 56.9 → 58.9')
S.rel('share', I, R(a, sh569, sh569[2], '58.9'), 'altered: 84.24 / 148 = 56.9%, not 58.9 (breaks {B})')
a = ALT(GZ, 1, s1458[3], '94.5亿元', 'state-capital revenue 91.5 → 94.5亿')
S.rel('sum', I, R(a, s1458, s1458[3], '94.5亿元'), 'altered: 609.7 + 729.4 + 94.5 + 27.5 = 1461.1, not 1458.1亿 (breaks {B})')
a = ALT(GZ, 2, rs6097[1], '603.7亿元', 'second mention of 市本级 general revenue 609.7 → 603.7亿')
S.rel('restatement', I, R(a, rs6097, rs6097[1], '603.7亿元'), 'altered: 609.7亿 in the first mention, 603.7亿 in the second (breaks {B})')
a = ALT(WZ, 1, s477[2], '49.7%', 'tertiary contribution 47.7 → 49.7%')
S.rel('sum', I, R(a, s477, s477[2], '49.7%'), 'altered: 7.2 + 45.1 + 49.7 = 102% (breaks {B})')
a = ALT(WZ, 2, sh587[2], '56.7%', 'secondary share 58.7 → 56.7%')
S.rel('share', I, R(a, sh587, sh587[2], '56.7%'), 'altered: 785.7 / 1338.1 = 58.7%, not 56.7% (breaks {B})')
a = ALT(W7, 1, sh559[2], '58.9%', 'share of growing groups 55.9 → 58.9%')
S.rel('share', I, R(a, sh559, sh559[2], '58.9%'), 'altered: 19 / 34 = 55.9%, not 58.9% (breaks {B})')
a = ALT(GP, 1, sh535[2], '55.5%', 'Guangxi per head as share of the national figure 53.5 → 55.5%')
S.rel('share', I, R(a, sh535, sh535[2], '55.5%'), 'altered: 480 / 898 = 53.5%, not 55.5% (breaks {B})')
a = ALT(SY, 1, g93[1], '7.3%', 'overnight visitors growth 9.3 → 7.3%')
S.rel('growth', I, R(a, g93, g93[1], '7.3%'), 'altered: the parts give +9.2..9.7%, not 7.3% (breaks {B})')
a = ALT(H15, 1, s181[2], '4萬7500人', 'deaths 44500 → 47500')
S.rel('sum', I, R(a, s181, s181[2], '4萬7500人'), 'altered: 62600 − 47500 = 15100, not 18100 (breaks {B})')
a = ALT(H15, 2, s2153[2], '24萬5300人', 'mobile residents 215300 → 245300')
S.rel('sum', I, R(a, s2153, s2153[2], '24萬5300人'), 'altered: 7083300 + 245300 = 7328600, not 7298600 (breaks {B})')
a = ALT(H05, 1, sh64[2], '69%', 'one-way permit share of growth 64 → 69%')
S.rel('share', I, R(a, sh64, sh64[2], '69%'), 'altered: 38800 / 61000 = 63.6%, not 69% (breaks {B})')
a = ALT(H05, 2, s2209[2], '226900人', 'end-2004 mobile residents 220900 → 226900')
S.rel('sum', I, R(a, s2209, s2209[2], '226900人'), 'altered: 6694800 + 226900 = 6921700, not 6915700 (breaks {B})')
a = ALT(MO, 1, sh205[2], '23.5%', 'execution rate 20.5 → 23.5%')
S.rel('share', I, R(a, sh205, sh205[2], '23.5%'), 'altered: 102.06 / 497.58 = 20.5%, not 23.5% (breaks {B})')
a = ALT(TW, 1, g048[2], '0.43%', 'female population growth 0.48 → 0.43%')
S.rel('growth', I, R(a, g048, g048[2], '0.43%'), 'altered: 55813 / 11617542 = 0.48%, not 0.43% (breaks {B})')
a = ALT(TW, 2, sh29[1], '3.9分鐘', 'minutes per birth 2.9 → 3.9')
S.rel('share', I, R(a, sh29, sh29[1], '3.9分鐘'), 'altered: 44640 / 15318 = 2.9 minutes, not 3.9 (breaks {B})')
a = ALT(HL, 1, r2618[2], '2518公斤', 'yield needed 2618 → 2518 kg/ha')
S.rel('rate', I, R(a, r2618, r2618[2], '2518公斤'), 'altered: 24000 × 2518 kg = 60432 t, short of 63125 t by 4.3% (breaks {B})')
a = ALT(H26, 1, g2357[2], '25.57%', 'budget growth 23.57 → 25.57%')
S.rel('growth', I, R(a, g2357, g2357[2], '25.57%'), 'altered: 401.12 / 324.62 = +23.57%, not 25.57% (breaks {B})')
a = ALT(H26, 2, s7650[2], '76億4388 萬3,000 元', 'budget increase 76億4988萬 → 76億4388萬')
S.rel('sum', I, R(a, s7650, s7650[2], '76億4388 萬3,000 元'), 'altered: 401.12 − 324.62117 = 76.49883億, not 76.44億 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

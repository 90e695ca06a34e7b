"""Check key, set check-heldout108. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout108.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout108'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

GY='gy_2015bg_hant.txt'; WZQ='wzq_2008_hant.txt'; XBQ='xbq_2008_hant.txt'; SZQ='szq_2021bg.txt'; CY20='cy_2020h1.txt'; CY21='cy_2021js.txt'
YC='yc_2022.txt'; BJ6='bj_2006m9.txt'; BJC='bj_2006cz.txt'; XT='xt_2020h1.txt'; JXB='jx_2015bg.txt'; JXN='jx_2016xw.txt'; TJ='tj_2003.txt'
B8='bj_2008ys.txt'; YB='yb_1958.txt'
ZH = '(zhǎng)'

# ---- 廣陽區 (廊坊, 河北) government work report of 2016-02-17, review of 2011-2015 (traditional, mojibake kept)
g_gdp = [F(GY, '109.5億元'), F(GY, '237.2億元'), F(GY, '9.1%')]
g_rev = [F(GY, '24.3億元'), F(GY, '49.2億元'), F(GY, '15.1%')]
g_pub = [F(GY, '6.9億元', pre='從'), F(GY, '16.9億元'), F(GY, '19.6%')]
g_ind = [F(GY, '15.1億元'), F(GY, '20.7億元'), F(GY, '5.3%')]
S.rel('growth', C, g_rev, '全部财政收入 24.3 → 49.2亿 over five years: (49.2/24.3)^(1/5) − 1 = 15.15% (range 15.08–15.22) → 年均 15.1')
S.rel('growth', C, g_pub, '公共财政预算收入 6.9 → 16.9亿: (16.9/6.9)^(1/5) − 1 = 19.62% (range 19.38–19.87) → 19.6')
S.rel('growth', U, g_gdp, 'GDP 109.5 → 237.2亿 is +16.7% a year at current prices; the stated 年均 9.1% is at comparable prices (nominal vs real), not a check')
S.rel('growth', U, g_ind, '规上工业增加值 15.1 → 20.7亿 is +6.5% a year at current prices; the stated 5.3% is a comparable-price rate (nominal vs real)')
a = ALT(GY, 1, g_rev[2], '16.1%', '全部财政收入 年均 15.1% → 16.1%')
S.rel('growth', I, R(a, g_rev, g_rev[2], '16.1%'), 'altered: 24.3 → 49.2 over five years is +15.15% a year, not 16.1 (breaks {B})')
a = ALT(GY, 2, g_pub[1], '18.9億元', '公共财政预算收入 16.9 → 18.9亿')
S.rel('growth', I, R(a, g_pub, g_pub[1], '18.9億元'), 'altered: 6.9 → 18.9 over five years is +22.3% a year, not 19.6 (breaks {B})')

# ---- 烏拉特中旗 (巴彥淖爾, 內蒙古) yearbook entry, 2009 volume (2008 figures), traditional, space-grouped digits
w_area = F(WZQ, '23 096平方公里'); w_ar = F(WZQ, '80 000公頃'); w_arp = F(WZQ, '3.5%'); w_gr = F(WZQ, '854 000公頃'); w_grp = F(WZQ, '80.3%'); w_otp = F(WZQ, '16.2%')
w_pop = F(WZQ, '141 844人'); w_ag = F(WZQ, '102 293人'); w_nag = F(WZQ, '39 551人'); w_urb = F(WZQ, '37 089人'); w_rur = F(WZQ, '104 755人')
w_mg = F(WZQ, '26 757人'); w_mgp = F(WZQ, '18.9%'); w_han = F(WZQ, '114 013人'); w_hp = F(WZQ, '80.4%'); w_oth = F(WZQ, '1 074人'); w_othp = F(WZQ, '0.7%')
sum_w2 = [w_urb, w_rur, w_pop]; sum_w3 = [w_mg, w_han, w_oth, w_pop]; share_w1 = [w_mg, w_pop, w_mgp]
S.rel('sum', C, [w_arp, w_grp, w_otp], 'land shares 3.5 + 80.3 + 16.2 = 100')
S.rel('share', C, [w_ar, w_area, w_arp], 'arable 80 000 ha of 23 096 km² (= 2 309 600 ha): 3.46% → 3.5 (unit conversion)')
S.rel('share', I, [w_gr, w_area, w_grp], 'REAL ERROR in the original: grassland 854 000 ha is 36.98% of 2 309 600 ha, not 80.3%; 80.3% fits 1 854 000 ha (the leading "1 " of the space-grouped figure is lost)')
S.rel('sum', C, [w_ag, w_nag, w_pop], 'agricultural 102 293 + non-agricultural 39 551 = 141 844')
S.rel('sum', C, sum_w2, 'urban 37 089 + rural 104 755 = 141 844')
S.rel('sum', C, sum_w3, 'Mongol 26 757 + Han 114 013 + other 1 074 = 141 844')
S.rel('share', C, share_w1, 'Mongol 26 757/141 844 = 18.86% → 18.9')
S.rel('share', C, [w_han, w_pop, w_hp], 'Han 114 013/141 844 = 80.38% → 80.4')
S.rel('share', I, [w_oth, w_pop, w_othp], 'other minorities 1 074/141 844 = 0.757% (0.7575 at the inputs’ edge), which rounds to 0.8, not 0.7: rounded down so the three shares add to 100 (judgement call)')
S.rel('sum', C, [w_mgp, w_hp, w_othp], 'ethnic shares 18.9 + 80.4 + 0.7 = 100')
S.rel('share', U, [F(WZQ, '203.8公里'), F(WZQ, '148.9公里'), w_area], 'length 203.8 × width 148.9 = 30 346 km² vs area 23 096 km²: the banner is an irregular quadrilateral (as the text says); not a check')
S.rel('growth', U, [F(WZQ, '3.4 9%'), w_pop], 'population +3.4 9% (sic): the previous year’s population is not stated')
a = ALT(WZQ, 1, w_urb, '37 689人', 'urban population 37 089 → 37 689')
S.rel('sum', I, R(a, sum_w2, w_urb, '37 689人'), 'altered: 37 689 + 104 755 = 142 444, not 141 844 (breaks {B})')
a = ALT(WZQ, 2, w_mg, '28 757人', 'Mongol population 26 757 → 28 757')
S.rel('sum', I, R(a, sum_w3, w_mg, '28 757人'), 'altered: the three groups add to 143 844, not 141 844 (breaks {B})')
S.rel('share', I, R(a, share_w1, w_mg, '28 757人'), 'altered: 28 757/141 844 = 20.3%, not 18.9 (breaks {B})')

# ---- 正鑲白旗 (錫林郭勒盟, 內蒙古) yearbook entry, 2008 figures (traditional)
x_pop = F(XBQ, '72 729人'); x_mg = F(XBQ, '21 359人'); x_han = F(XBQ, '50 579人'); x_oth = F(XBQ, '791人')
x_t = F(XBQ, '151 442萬(wàn)元'); x_1 = F(XBQ, '29 151萬(wàn)元'); x_2 = F(XBQ, '75 686萬(wàn)元'); x_in = F(XBQ, '62 840萬(wàn)元'); x_co = F(XBQ, '12 846萬(wàn)元'); x_3 = F(XBQ, '46 605萬(wàn)元')
x_p = [F(XBQ, '19.3'), F(XBQ, '50.0'), F(XBQ, '30.7')]
x_e = [F(XBQ, '33.3萬(wàn)畝'), F(XBQ, '25.9萬(wàn)畝'), F(XBQ, '9.63萬(wàn)畝'), F(XBQ, '27.8萬(wàn)畝'), F(XBQ, '96.63萬(wàn)畝')]
x_r = [F(XBQ, '11.3萬(wàn)畝'), F(XBQ, '12.3萬(wàn)畝'), F(XBQ, '4.2萬(wàn)畝'), F(XBQ, '27.8萬(wàn)畝')]
sum_x1 = [x_1, x_2, x_3, x_t]; sum_x2 = [x_in, x_co, x_2]; share_x1 = [x_1, x_t, x_p[0]]
S.rel('sum', C, sum_x1, 'GDP: 29 151 + 75 686 + 46 605 = 151 442万元')
S.rel('sum', C, sum_x2, 'secondary: industry 62 840 + construction 12 846 = 75 686')
S.rel('sum', C, [x_mg, x_han, x_oth, x_pop], 'population: Mongol 21 359 + Han 50 579 + other 791 = 72 729')
S.rel('share', C, share_x1, 'primary 29 151/151 442 = 19.25% → 19.3')
S.rel('share', C, [x_2, x_t, x_p[1]], 'secondary 75 686/151 442 = 49.98% → 50.0')
S.rel('share', I, [x_3, x_t, x_p[2]], 'tertiary 46 605/151 442 = 30.77% → 30.8, not 30.7: rounded down so the structure adds to 100 (judgement call)')
S.rel('sum', C, x_p, 'structure 19.3 + 50.0 + 30.7 = 100')
S.rel('sum', C, x_e, 'sand-source forestry: aerial seeding 33.3 + enclosure 25.9 + shelterbelts 9.63 + grain-for-green 27.8 = 96.63万亩')
S.rel('sum', C, x_r, 'grain-for-green 27.8 = 11.3 + 12.3 + 4.2万亩')
S.rel('share', U, [x_t, x_pop, F(XBQ, '20 831元')], 'per-capita GDP 20 831元 vs 151 442万/72 729 = 20 823: per-capita figures use the year’s average population, not stated')
S.rel('growth', U, [F(XBQ, '20 831元'), F(XBQ, '44.8%'), F(XBQ, '20.5%')], 'per-capita +44.8% (current prices) vs GDP +20.5% (comparable prices): the bases differ; last year’s levels are not in the document')
S.rel('growth', U, [F(XBQ, '108.6%'), F(XBQ, '3.0個(gè)百分點(diǎn)')], 'consumer price index 108.6%, 3.0 points above last year: last year’s index is not stated')
S.rel('rate', U, sum_x1[:3] + [F(XBQ, '11.1%'), F(XBQ, '33.1%'), F(XBQ, '15.0%'), x_t, F(XBQ, '20.5%')], 'current-price sector levels with comparable-price rates rebuild the total at +22.5%, stated +20.5%: the bases differ (real vs nominal), not a check')
a = ALT(XBQ, 1, x_co, '12 346萬(wàn)元', 'construction value added 12 846 → 12 346')
S.rel('sum', I, R(a, sum_x2, x_co, '12 346萬(wàn)元'), 'altered: 62 840 + 12 346 = 75 186, not 75 686 (breaks {B})')
a = ALT(XBQ, 2, x_1, '29 451萬(wàn)元', 'primary value added 29 151 → 29 451')
S.rel('sum', I, R(a, sum_x1, x_1, '29 451萬(wàn)元'), 'altered: the sectors add to 151 742, not 151 442 (breaks {B})')
S.rel('share', I, R(a, share_x1, x_1, '29 451萬(wàn)元'), 'altered: 29 451/151 442 = 19.45%, not 19.3 (breaks {B})')

# ---- 蘇尼特左旗 (錫林郭勒盟, 内蒙古) work report of 2022-01-06, review of four years (trap-only)
S.rel('growth', U, [F(SZQ, '109.7亿元'), F(SZQ, '3.8%')], 'GDP 累计 109.7亿 over four years with 年均 +3.8%: a four-year sum cannot check a yearly average rate (the yearly levels are not stated)')
S.rel('growth', U, [F(SZQ, '8.79亿元'), F(SZQ, '12.5%')], 'revenue 累计 8.79亿, 年均 +12.5%: same, a cumulative sum and an average rate')
S.rel('growth', U, [F(SZQ, '117亿元'), F(SZQ, '31%')], 'investment 累计 117亿, 年均 +31%: a cumulative sum and an average rate')
S.rel('growth', U, [F(SZQ, '44900元'), F(SZQ, '6.1%'), F(SZQ, '19800元'), F(SZQ, '9.3%')], 'incomes 44900 / 19800元 with 年均 +6.1% / +9.3%: the starting levels (2017) are not stated')

# ---- 朝陽區 (北京) H1 2020 budget-execution report (2020-08-20) and 2021 final accounts (2022-08)
c_exp = F(CY20, '5390000万元'); c_h1 = F(CY20, '2643400万元'); c_dec = F(CY20, '367937万元'); c_decp = F(CY20, '12.2%'); c_prog = F(CY20, '49%')
c_five = F(CY20, '2277745万元'); c_fivep = F(CY20, '86.2%')
g_c = [c_h1, c_dec, c_decp]; sh_c = [c_five, c_h1, c_fivep]
S.rel('growth', C, g_c, 'H1 revenue 2643400万, down 367937万: 367937/(2643400 + 367937) = 12.22% → 降低 12.2')
S.rel('share', C, [c_h1, c_exp, c_prog], '2643400/5390000 = 49.04% → 完成全年预期的 49%')
S.rel('share', C, sh_c, 'five main taxes 2277745/2643400 = 86.17% → 86.2')
S.rel('target', CT, [c_h1, c_exp], 'H1 2020 revenue at 49% of the full-year expectation 5390000万: the year is not over; cannot tell from this report (see the cross-document target below)')
S.rel('growth', U, [F(CY20, '0.5%左右'), c_decp], 'full-year expectation +0.5%左右 vs H1 −12.2%: other periods; the 2019 full-year level is not stated')
S.rel('sum', U, [F(CY20, '756540万元'), F(CY20, '724928万元'), F(CY20, '415838万元'), c_five], 'three of the five main taxes (1897306万) of 2277745万: the other two are not stated; a partial list')
S.rel('rate', U, [F(CY20, '55.6%'), F(CY20, '40.6%'), F(CY20, '40.2%'), c_prog], 'subject completion rates 55.6 / 40.6 / 40.2% vs overall 49%: the subjects’ budgets (weights) are not stated')
a = ALT(CY20, 1, c_dec, '361937万元', 'decline 367937 → 361937万')
S.rel('growth', I, R(a, g_c, c_dec, '361937万元'), 'altered: 361937/(2643400 + 361937) = 12.04%, not 12.2 (breaks {B})')
a = ALT(CY20, 2, c_fivep, '88.2%', 'five-tax share 86.2 → 88.2')
S.rel('share', I, R(a, sh_c, c_fivep, '88.2%'), 'altered: 2277745/2643400 = 86.2%, not 88.2 (breaks {B})')
d_rev = F(CY21, '5434078万元'); d_g = F(CY21, '6.4%')
S.rel('target', MS, [c_exp, d_rev, d_g], 'cross-document: 朝阳 2020 revenue expectation 5390000万 (H1 report) vs the 2020 result implied by the 2021 accounts, 5434078/1.064 = 5107216万 (5104817–5109617 with the rate’s half unit): below the expectation, missed (judgement call: the 2020 result is derived, not stated)')
S.rel('target', U, [F(CY21, '103.3%'), c_prog], '2021 completion 103.3% of the 2021 adjusted budget vs H1 2020 progress 49% of the 2020 expectation: other periods and bases')
S.rel('growth', U, [d_g, c_decp], '2021 +6.4% vs H1 2020 −12.2%: other periods; the 2020 full-year rate is not stated')
S.rel('share', U, [F(CY21, '4911027万元'), d_rev], '当年财力 4911027万 vs revenue 5434078万: 财力 = revenue − remittances + transfers …, items not in the document; not a share')
S.rel('share', U, [F(CY21, '90.2%'), c_fivep], 'six main taxes 90.2% (2021) vs five main taxes 86.2% (H1 2020): other lists and periods')

# ---- 翼城县 (临汾, 山西) 2022 statistical bulletin
y_t = F(YC, '106.3亿元'); y_s = [F(YC, '15.8亿元'), F(YC, '41.3亿元'), F(YC, '49.3亿元')]; y_p = [F(YC, '14.8%'), F(YC, '38.8%'), F(YC, '46.4%')]
y_pop = F(YC, '259158人'); y_urb = F(YC, '115223人'); y_urbp = F(YC, '44.46%'); y_br = F(YC, '6.2‰'); y_dr = F(YC, '7.79‰'); y_ng = F(YC, '-1.6‰')
y_u = F(YC, '2.4%'); y_ut = F(YC, '4.2%', post='的目标')
y_gt = F(YC, '187025吨'); y_su = F(YC, '105942吨'); y_au = F(YC, '81083吨')
y_crop = F(YC, '63.5万亩'); y_grain = F(YC, '60.2万亩'); y_econ = F(YC, '3.3万亩')
sh_y3 = [y_s[2], y_t, y_p[2]]; sum_yp = y_p; sh_yu = [y_urb, y_pop, y_urbp]; sum_yg = [y_su, y_au, y_gt]; tg_y = [y_u, y_ut]
S.rel('sum', C, y_s + [y_t], '15.8 + 41.3 + 49.3 = 106.4 vs 106.3: with each part to its half unit the parts can add to 106.25, inside 106.3’s range (judgement call, at the edge)')
S.rel('share', C, [y_s[0], y_t, y_p[0]], 'primary 15.8/106.3 = 14.86% (central); 15.75/106.35 = 14.81% reaches 14.8 (judgement call)')
S.rel('share', C, [y_s[1], y_t, y_p[1]], 'secondary 41.3/106.3 = 38.85% (central); 41.25/106.35 = 38.79% reaches 38.8 (judgement call)')
S.rel('share', C, sh_y3, 'tertiary 49.3/106.3 = 46.38% → 46.4')
S.rel('sum', C, sum_yp, 'structure 14.8 + 38.8 + 46.4 = 100')
S.rel('share', C, sh_yu, 'urbanisation 115223/259158 = 44.46%')
S.rel('sum', C, [y_br, y_dr, y_ng], 'natural growth = birth − death: 6.2 − 7.79 = −1.59 → −1.6‰')
S.rel('share', U, [F(YC, '2021人'), y_pop, y_dr], 'death rate 2021/259158 = 7.80‰ vs 7.79‰: vital rates use the year’s average population, not stated')
S.rel('share', U, [y_t, y_pop, F(YC, '40998元')], 'per-capita GDP 40998元 vs 106.3亿/259158 = 41017: per-capita figures use the average population, not stated')
S.rel('restatement', U, [F(YC, '40998元'), F(YC, '6096美元')], '40998元 = 6096美元 "按2022年平均汇率": the exchange rate (6.725 implied) is not stated')
S.rel('target', M, tg_y, '翼城 2022 registered unemployment 2.4% within the 4.2% ceiling: met')
S.rel('sum', C, [y_grain, y_econ, y_crop], 'sown area: grain 60.2 + cash crops 3.3 = 63.5万亩')
S.rel('sum', C, sum_yg, 'grain: summer 105942 + autumn 81083 = 187025吨')
S.rel('sum', U, [F(YC, '33.7万亩'), F(YC, '23.4万亩'), y_grain], 'wheat 33.7 + maize 23.4 = 57.1 of grain 60.2万亩: other grains not listed, not a split')
S.rel('sum', U, [F(YC, '2752亩'), F(YC, '10858亩'), y_econ], 'oilseeds 2752 + vegetables 10858 = 13610亩 of cash crops 3.3万亩: a partial list')
S.rel('rate', U, y_s + [F(YC, '4.2%', n=0), F(YC, '10.7%'), F(YC, '3.9%'), y_t, F(YC, '5.7%')], 'current-price sector levels with comparable-price rates rebuild GDP growth at +6.4%, stated +5.7% (不变价格): the bases differ, not a check')
a = ALT(YC, 1, y_au, '81683吨', 'autumn grain 81083 → 81683')
S.rel('sum', I, R(a, sum_yg, y_au, '81683吨'), 'altered: 105942 + 81683 = 187625, not 187025 (breaks {B})')
a = ALT(YC, 2, y_urbp, '44.16%', 'urbanisation 44.46 → 44.16')
S.rel('share', I, R(a, sh_yu, y_urbp, '44.16%'), 'altered: 115223/259158 = 44.46%, not 44.16 (breaks {B})')
a = ALT(YC, 3, y_p[2], '47.4%', 'tertiary share 46.4 → 47.4')
S.rel('share', I, R(a, sh_y3, y_p[2], '47.4%'), 'altered: 49.3/106.3 = 46.4%, not 47.4 (breaks {B})')
S.rel('sum', I, R(a, sum_yp, y_p[2], '47.4%'), 'altered: 14.8 + 38.8 + 47.4 = 101 (breaks {B})')
a = ALT(YC, 4, y_u, '4.4%', 'registered unemployment 2.4 → 4.4')
S.rel('target', MS, R(a, tg_y, y_u, '4.4%'), 'altered: 4.4% is above the 4.2% ceiling the text says was kept (breaks {B}); keyed missed')

# ---- 北京 Jan–Sep 2006 (chinagate news) and 2006 full-year revenue (news, 2007-01-01)
b6_r = F(BJ6, '836.1亿元'); b6_rg = F(BJ6, '22.3%'); bc_r = F(BJC, '1117.2亿元'); bc_g = F(BJC, '21.5%')
S.rel('target', CT, [F(BJ6, '2.09%'), F(BJ6, '2.5%')], 'end-September registered unemployment 2.09% under the full-year control target 2.5%: the year is not over; cannot tell')
S.rel('growth', U, [F(BJ6, '100.9%')], 'CPI 100.9% "低于全国平均水平": the national index is not stated')
S.rel('growth', U, [F(BJ6, '7420亿元'), F(BJ6, '20.7%'), F(BJ6, '1.6个')], '现代服务业 +20.7%, 1.6 points above the tertiary average: the tertiary rate and level are not stated (Jan–Aug)')
S.rel('share', U, [F(BJ6, '7420亿元'), F(BJ6, '44.8%')], '现代服务业 7420亿 = 44.8% of tertiary revenue: the tertiary total is not stated')
S.rel('restatement', U, [b6_r, F(BJ6, '836.8亿元')], 'local revenue 836.1亿 vs financial-sector taxes 836.8亿: near-equal numbers, other indicators')
S.rel('share', U, [b6_r, bc_r], 'cross-document: Jan–Sep revenue 836.1 of full-year 1117.2亿 (74.8%): no share stated, other periods')
S.rel('growth', U, [b6_rg, bc_g], 'cross-document: Jan–Sep +22.3% vs full-year +21.5%: other periods, not a restatement')

# ---- 邢台 (河北) H1 2020 (河北日报)
t_s = [F(XT, '115.36亿元'), F(XT, '424.30亿元'), F(XT, '462.67亿元'), F(XT, '1002.33亿元')]
S.rel('sum', C, t_s, '115.36 + 424.30 + 462.67 = 1002.33亿')
S.rel('growth', U, [F(XT, '358个'), F(XT, '31.8%')], '+358 projects = +31.8%: the base (≈1126) is not stated; nothing to check')
S.rel('growth', U, [F(XT, '192个'), F(XT, '1.5倍')], '+192 new projects = 增长1.5倍: the base (128) is not stated')
S.rel('share', U, [F(XT, '21个'), F(XT, '61.8%')], '21 industries "占比超过61.8%": the number of industries is not stated (34 would give 61.76%)')
S.rel('growth', U, [F(XT, '11.6%'), F(XT, '2.3个')], 'June +11.6%, 2.3 points above May: the May rate is not stated')
S.rel('sum', U, [F(XT, '226.6万吨'), F(XT, '227.2万吨')], 'winter wheat 226.6 within summer grain 227.2万吨: a part, not a split')
S.rel('growth', U, [F(XT, '1.92万公顷'), F(XT, '19.5%'), F(XT, '80.77万吨'), F(XT, '13.9%')], 'vegetable area +19.5% and output +13.9%: the yield change is not stated; nothing to reconcile')
a = ALT(XT, 1, t_s[1], '427.30亿元', 'secondary value added 424.30 → 427.30')
S.rel('sum', I, R(a, t_s, t_s[1], '427.30亿元'), 'altered: the sectors add to 1005.33, not 1002.33 (breaks {B})')
a = ALT(XT, 2, t_s[0], '115.86亿元', 'primary value added 115.36 → 115.86')
S.rel('sum', I, R(a, t_s, t_s[0], '115.86亿元'), 'altered: the sectors add to 1002.83, not 1002.33 (breaks {B})')

# ---- 蓟县 (天津) work report of January 2016 (review of 2011–2015) and a news page on the same report's 2016 targets
j_g = [F(JXB, '215亿元'), F(JXB, '409亿元'), F(JXB, '13.7%')]; j_r = [F(JXB, '10.9亿元'), F(JXB, '38.6亿元'), F(JXB, '28.8%')]; j_x = [j_r[0], j_r[1], F(JXB, '3.5倍')]
n_g0 = F(JXN, '215亿元'); n_g1 = F(JXN, '409亿元'); n_gt = F(JXN, '12%'); n_458 = F(JXN, '458亿元'); n_rt = F(JXN, '10%', pre='收入增长'); n_rb = F(JXN, '10%', pre='按照')
n_r = F(JXN, '38.6亿元'); n_425 = F(JXN, '42.5亿元')
g_n1 = [n_g1, n_gt, n_458]; g_n2 = [n_r, n_rb, n_425]; g_n3 = [n_g0, n_458]; rs_r = [n_r, j_r[1]]
S.rel('growth', C, j_g, 'GDP 215 → 409亿 over five years: (409/215)^(1/5) − 1 = 13.73% (13.64–13.81) → 年均 13.7')
S.rel('growth', C, j_r, 'revenue 10.9 → 38.6亿: (38.6/10.9)^(1/5) − 1 = 28.78% (28.62–28.93) → 28.8')
S.rel('growth', C, j_x, 'revenue 38.6 = 3.54 × 10.9 → "是‘十一五’末的3.5倍"')
S.rel('growth', U, [F(JXB, '2646亿元'), F(JXB, '19%'), F(JXB, '4.4倍')], 'investment 累计 2646亿, 年均 +19%, 4.4 × the 十一五 total: the 十一五 total and yearly levels are not stated')
S.rel('growth', C, g_n1, '2016 GDP if +12% on 409: 458.08 → 458亿')
S.rel('growth', C, g_n2, 'revenue +10% on 38.6: 42.46 → 42.5亿')
S.rel('growth', C, g_n3, '"比‘十二五’之初翻了一番多": 458/215 = 2.13 > 2')
S.rel('restatement', C, [n_rt, n_rb], 'revenue target +10% restated as "按照10%的速度"')
S.rel('restatement', C, [n_g0, j_g[0]], 'cross-document: the news page restates the report’s 2010 GDP 215亿')
S.rel('restatement', C, [n_g1, j_g[1]], 'cross-document: 2015 GDP 409亿 restated')
S.rel('restatement', C, rs_r, 'cross-document: 2015 revenue 38.6亿 restated')
S.rel('target', U, [n_gt, j_g[2]], '2016 GDP target +12% vs 2011–2015 年均 +13.7%: another period')
S.rel('target', U, [n_rt, j_r[2]], '2016 revenue target +10% vs 2011–2015 年均 +28.8%: another period')
a = ALT(JXB, 1, j_g[2], '15.7%', 'GDP 年均 13.7 → 15.7')
S.rel('growth', I, R(a, j_g, j_g[2], '15.7%'), 'altered: 215 → 409 over five years is +13.7% a year, not 15.7 (breaks {B})')
a = ALT(JXB, 2, j_r[1], '36.6亿元', '2015 revenue 38.6 → 36.6亿')
S.rel('growth', I, R(a, j_r, j_r[1], '36.6亿元'), 'altered: 10.9 → 36.6 is +27.4% a year, not 28.8 (breaks {B})')
S.rel('growth', I, R(a, j_x, j_r[1], '36.6亿元'), 'altered: 36.6/10.9 = 3.36, not 3.5 (breaks {B})')
S.rel('restatement', I, [n_r, on(a, j_r[1], '36.6亿元')], 'altered, cross-document: the news page’s 38.6亿 no longer matches the report’s 36.6亿 (breaks {B})')
a = ALT(JXN, 1, n_458, '428亿元', 'projected 2016 GDP 458 → 428亿')
S.rel('growth', I, R(a, g_n1, n_458, '428亿元'), 'altered: 409 × 1.12 = 458, not 428 (breaks {B})')
S.rel('growth', I, R(a, g_n3, n_458, '428亿元'), 'altered: 428/215 = 1.99, not "翻了一番多" (breaks {B})')
a = ALT(JXN, 2, n_425, '45.5亿元', 'projected 2016 revenue 42.5 → 45.5亿')
S.rel('growth', I, R(a, g_n2, n_425, '45.5亿元'), 'altered: 38.6 × 1.10 = 42.5, not 45.5 (breaks {B})')

# ---- 天津 2003 (yearbook-style overview on gov.cn)
k_t = F(TJ, '2386.94亿元'); k_s = [F(TJ, '89.7亿元'), F(TJ, '1212.34亿元'), F(TJ, '1084.9亿元')]; k_p = [F(TJ, '3.7%', pre='分别为'), F(TJ, '50.8%'), F(TJ, '45.5%')]
k_v = [F(TJ, '7.14‰'), F(TJ, '6.04‰'), F(TJ, '1.10‰')]; sum_k = k_s + [k_t]
S.rel('sum', C, sum_k, '89.7 + 1212.34 + 1084.9 = 2386.94亿')
S.rel('share', I, [k_s[0], k_t, k_p[0]], 'primary 89.7/2386.94 = 3.76% (3.756–3.760 with the inputs’ half units) rounds to 3.8, not 3.7: rounded down so the shares add to 100 (judgement call)')
S.rel('share', C, [k_s[1], k_t, k_p[1]], 'secondary 1212.34/2386.94 = 50.79% → 50.8')
S.rel('share', C, [k_s[2], k_t, k_p[2]], 'tertiary 1084.9/2386.94 = 45.45% → 45.5')
S.rel('sum', C, k_p, 'structure 3.7 + 50.8 + 45.5 = 100')
S.rel('sum', C, k_v, 'natural growth 7.14 − 6.04 = 1.10‰')
S.rel('restatement', U, [F(TJ, '25874元'), F(TJ, '3126美元')], '25874元 = 3126美元 "按当年汇率": the rate (8.277 implied) is not stated')
S.rel('growth', U, [F(TJ, '510.9万人'), F(TJ, '3.7%', pre='增长'), F(TJ, '299.95万人'), F(TJ, '1.4%')], 'urban employment +1.4% within total +3.7%: a subset rate; the rest is not stated')
S.rel('growth', U, [F(TJ, '1991.76亿元'), F(TJ, '114.66亿元')], 'savings: the net increase was 114.66亿 more than the year before; neither net increase is stated')
S.rel('growth', U, [F(TJ, '13.8%'), F(TJ, '14.5%')], 'per-capita +13.8% vs GDP +14.5%: the population change is not stated')
S.rel('growth', U, [F(TJ, '18.1万个'), F(TJ, '29.3%'), F(TJ, '12.1万人'), F(TJ, '34.4%')], '18.1万 new jobs vs 12.1万 re-employed laid-off workers: "新增就业人员数量大于新增下岗失业人员" compares with new lay-offs, which are not stated')
a = ALT(TJ, 1, k_s[2], '1086.9亿元', 'tertiary value added 1084.9 → 1086.9')
S.rel('sum', I, R(a, sum_k, k_s[2], '1086.9亿元'), 'altered: the sectors add to 2388.94, not 2386.94 (breaks {B})')
a = ALT(TJ, 2, k_v[0], '7.44‰', 'birth rate 7.14 → 7.44')
S.rel('sum', I, R(a, k_v, k_v[0], '7.44‰'), 'altered: 7.44 − 6.04 = 1.40, not 1.10 (breaks {B})')

# ---- 北京 2008 budget plan (新华网, 2008-01-18)
p_r = [F(B8, '982.7亿元'), F(B8, '733.8亿元'), F(B8, '1716.5亿元')]; p_s = [F(B8, '1012.0亿元'), F(B8, '774.4亿元'), F(B8, '1786.4亿元')]
p_rr = [p_r[0], F(B8, '16.0%'), p_r[1], F(B8, '13.7%'), p_r[2], F(B8, '15.0%')]
p_sr = [p_s[0], F(B8, '15.1%'), p_s[1], F(B8, '11.7%'), p_s[2], F(B8, '13.6%')]
S.rel('sum', C, p_r, 'planned revenue: city 982.7 + districts/counties 733.8 = 1716.5亿')
S.rel('sum', C, p_s, 'planned spending: 1012.0 + 774.4 = 1786.4亿')
S.rel('rate', C, p_rr, 'revenue growth from the parts: 1716.5/(982.7/1.160 + 733.8/1.137) = +15.01% → 15.0')
S.rel('rate', C, p_sr, 'spending growth from the parts: 1786.4/(1012.0/1.151 + 774.4/1.117) = +13.60% → 13.6')
S.rel('sum', U, [p_s[2], p_r[2]], 'spending 1786.4 vs revenue 1716.5 "收支基本平衡": the gap is met by transfers and balances not stated')
S.rel('target', U, [F(B8, '15.0%'), bc_g], '2008 revenue plan +15.0% vs 2006 result +21.5%: another year')
S.rel('growth', U, [bc_r, p_r[2], F(B8, '15.0%')], '2006 revenue 1117.2亿 and the 2008 plan 1716.5 (+15.0%, so 2007 ≈ 1492.6): 2007 growth (+33.6%) is stated nowhere; not a check')
a = ALT(B8, 1, p_r[1], '739.8亿元', 'district/county revenue plan 733.8 → 739.8')
S.rel('sum', I, R(a, p_r, p_r[1], '739.8亿元'), 'altered: 982.7 + 739.8 = 1722.5, not 1716.5 (breaks {B})')
S.rel('rate', I, R(a, p_rr, p_r[1], '739.8亿元'), 'altered: the parts no longer add to the total, so they cannot give it and its +15.0% (breaks {B})')
a = ALT(B8, 2, p_sr[3], '14.7%', 'district/county spending growth 11.7 → 14.7')
S.rel('rate', I, R(a, p_sr, p_sr[3], '14.7%'), 'altered: with +14.7% the parts give +14.9%, not 13.6 (breaks {B})')

# ---- 雁北 (山西) 1958 (人民日报 1958-11-18), figures in Chinese numerals
v_t = F(YB, '二十二亿多斤'); v_g = F(YB, '一点六四倍'); v_y = F(YB, '四百一十斤'); v_yg = F(YB, '三点七七倍'); v_10 = F(YB, '十亿斤')
v_100 = F(YB, '百斤', pre='亩产'); v_pop = F(YB, '二百万人口'); v_pc = F(YB, '千斤以上')
g_v1 = [v_t, v_g, v_10]; sh_v = [v_t, v_pop, v_pc]
S.rel('growth', C, g_v1, '1958 output 22亿多斤 = 1957 × 2.64 (增长1.64倍), so 1957 ≈ 8.3–8.7亿斤, below the 十亿斤 the text says was never reached')
S.rel('growth', C, [v_y, v_yg, v_100], '1958 yield 410斤 = 1957 × 4.77 (增长3.77倍), so 1957 ≈ 86斤, below the 百斤 once thought unreachable')
S.rel('share', C, sh_v, '22亿多斤 / 200万 people = 1100+ 斤 a head: "每人平均占有粮食千斤以上"')
S.rel('sum', C, [F(YB, '十三个'), F(YB, '十个')], '13 counties = 广灵, 灵丘, 大同市郊 (3) + the other 10')
S.rel('growth', U, [v_g, v_yg], 'output ×2.64 but yield ×4.77: the sown area (implied to fall by 45%) is not stated; not a check')
a = ALT(YB, 1, v_g, '一点一四倍', 'output growth 1.64 → 1.14 times')
S.rel('growth', I, R(a, g_v1, v_g, '一点一四倍'), 'altered: 22亿多/2.14 = 10.3亿 or more for 1957, above the 十亿斤 the text says was never reached (breaks {B})')
a = ALT(YB, 2, v_pop, '三百万人口', 'population 200万 → 300万')
S.rel('share', I, R(a, sh_v, v_pop, '三百万人口'), 'altered: 22亿多 / 300万 ≈ 733斤 a head, not 千斤以上 (breaks {B})')

# ---- cross-document target traps
S.rel('target', U, [y_ut, F(BJ6, '2.5%')], '翼城 2022 ceiling 4.2% vs 北京 2006 control target 2.5%: other place and year')
S.rel('target', U, [F(BJ6, '2.09%'), y_ut], '北京 Sept 2006 rate 2.09% vs 翼城 2022 ceiling 4.2%: other place and year')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

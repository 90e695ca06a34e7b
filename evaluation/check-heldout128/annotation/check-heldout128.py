"""Check key, set check-heldout128. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout128.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout128'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

DL21='dl_2021.txt'; DLT='dl_2022t.txt'; DL22='dl_2022.txt'; DL23='dl_2023.txt'; DLN='dl_2023n.txt'
XLT='xlt_1998.txt'; LC='lc_2023.txt'; YB='yb_2020_hant.txt'; CC='cc_2021_hant.txt'
H08='hrb_2008_hant.txt'; H21='hrb_2021_hant.txt'; PS='ps_2022.txt'; ML='ml_2022.txt'; ZY='zy_2020.txt'

# ---- 大连: 2022 targets (report of 2022-01-08) against 2022 results (report of January 2023)
t_gdp = F(DLT, '8%左右'); t_rev = F(DLT, '5%', pre='一般公共预算收入增长'); t_ind = F(DLT, '15%', pre='规模以上工业增加值增长')
t_inv = F(DLT, '12%以上'); t_tr = F(DLT, '8%', pre='外贸进出口总额增长'); t_fdi = F(DLT, '15%以上'); t_cpi = F(DLT, '3%左右')
r_gdp = F(DL22, '4.5%左右'); r_rev = F(DL22, '8%左右'); r_inv = F(DL22, '7.5%左右'); r_ind = F(DL22, '5%以上')
r_tr = F(DL22, '10%以上'); r_fdi = F(DL22, '15%', pre='实际利用外资增长'); r_cpi = F(DL22, '2.5%')
tg_fdi = [t_fdi, r_fdi]; tg_cpi = [t_cpi, r_cpi]
S.rel('target', MS, [t_gdp, r_gdp], 'cross-document: 大连 2022 GDP target “增长8%左右” (met at ≥ 7.5) → 2022 result “增长4.5%左右”: missed')
S.rel('target', MS, [t_inv, r_inv], 'cross-document: 2022 fixed-asset investment target “增长12%以上” → result “7.5%左右”: missed')
S.rel('target', CT, [t_ind, r_ind], 'cross-document: 2022 industry target +15% → result “增长5%以上”: only a lower bound below the target is stated: cannot tell')
S.rel('target', M, [t_tr, r_tr], 'cross-document: 2022 foreign-trade target +8% → result “增长10%以上”: met')
S.rel('target', M, tg_fdi, 'cross-document: 2022 FDI target “增长15%以上” (met at ≥ 15) → result +15%: met')
S.rel('target', M, tg_cpi, 'cross-document: 2022 CPI ceiling “涨幅控制在3%左右” (met at ≤ 3.5) → result +2.5%: met')
S.rel('target', U, [t_rev, r_rev], 'cross-document: revenue target +5% (budget caliber) vs result “扣除减税降费因素增长8%左右” (an adjusted caliber): not the same indicator')
S.rel('target', U, [t_gdp, F(DL21, '8%左右')], 'same report: the 2022 GDP target 8%左右 vs the 2021 result 8%左右: other year')
S.rel('target', U, [t_rev, F(DL21, '5%', pre='737.6亿元、增长')], 'same report: the 2022 revenue target +5% vs the 2021 result +5%: other year')
S.rel('target', U, [t_gdp, F(DL23, '6%以上')], 'cross-document: the 2022 GDP target vs the 2023 result “增长6%以上”: other year')
S.rel('growth', U, [F(DL21, '1000个'), F(DL21, '30%')], '亿元以上重大项目 “1000个以上、增长30%”: the 2020 count is not stated (and 1000 is a lower bound)')

# ---- 大连 2023: report and 辽宁日报
r23 = F(DL23, '6%以上'); n23 = F(DLN, '6%', pre='同比增长'); rs_dl23 = [r23, n23]
S.rel('restatement', C, rs_dl23, 'cross-document: 大连 2023 GDP “增长6%以上” (report, a lower bound) restated as “同比增长6%” (辽宁日报): 6 meets ≥ 6')
S.rel('growth', U, [n23, F(DLN, '0.8个百分点')], '“高于全国0.8个百分点”: the national rate is not stated')
S.rel('growth', U, [F(DLN, '1.36亿人次'), F(DLN, '148%')], 'visitors 1.36亿 “恢复至2019年的148%”: the 2019 level is not stated')
S.rel('growth', U, [F(DL21, '1423亿元'), F(DLN, '1885.6亿元'), F(DLN, '15.1%')], 'cross-document: 省外到位资金 1423亿 (2021) and 1885.6亿 (2023, +15.1%): the 2022 level is not stated (1885.6/1.151 = 1638 is implied only), so no two-year check')

# ---- 兴隆台区 1998 bulletin (万元)
x_t = F(XLT, '21796万元'); x_b = F(XLT, '16469万元'); x_g = F(XLT, '5327万元'); x_2 = F(XLT, '17596万元'); x_3 = F(XLT, '4200万元')
x_r = F(XLT, '11%', pre='下降')
sum_x1 = [x_b, x_g, x_t]; sum_x2 = [x_2, x_3, x_t]; sh_x2 = [x_2, x_t, F(XLT, '81%')]; sh_x3 = [x_3, x_t, F(XLT, '19%')]
rt_x1 = [x_r, x_b, F(XLT, '18%', pre='下降'), x_g, F(XLT, '20%', pre='增长'), x_t]
S.rel('sum', C, sum_x1, '兴隆台 1998 investment by type: 基本建设 16469 + 更新改造 5327 = 21796 万元')
S.rel('sum', C, sum_x2, 'investment by sector: secondary 17596 + tertiary 4200 = 21796 万元')
S.rel('share', C, sh_x2, 'secondary 17596 / 21796 = 80.7% → “占投资比重81%”')
S.rel('share', C, sh_x3, 'tertiary 4200 / 21796 = 19.3% → 19%')
S.rel('rate', C, rt_x1, 'investment −11% rebuilt from its parts (1997 levels follow from the stated levels and rates): 21796 / (16469/0.82 + 5327/1.20) − 1 = −11.1% (−11.6 to −10.6 with the half units) → −11%')
S.rel('rate', C, [x_r, x_2, F(XLT, '32%'), x_3, F(XLT, '62%'), x_t], 'the same −11% rebuilt from the sectors: 21796 / (17596/1.32 + 4200/0.38) − 1 = −10.6% (−11.3 to −9.9 with the half units) → −11% within the allowance')
S.rel('sum', U, [F(XLT, '48670万元'), F(XLT, '165114万元'), F(XLT, '212015万元')], '国有 48670 + 集体 165114 = 213784 > 212015 (国有和年销售收入500万元以上企业): other scopes (集体 includes small firms), not a split')
S.rel('sum', U, [F(XLT, '3917万元'), F(XLT, '14136万元'), F(XLT, '20209万元')], 'profits and taxes: 国有 3917 + 集体 14136 = 18053 vs 20209 of the 国有和500万元以上 group: other scopes')
S.rel('growth', U, [F(XLT, '35.6%'), F(XLT, '10个百分点')], '亏损面 “比上年增长10个百分点”: the 1997 rate is not stated')
S.rel('growth', U, [F(XLT, '92.8%'), F(XLT, '1个百分点')], 'sales rate “比上年提高1个百分点”: the 1997 rate is not stated')

# ---- 龙城区 2023 bulletin
l_t = F(LC, '93.1亿元'); l_p = [F(LC, '13.4亿元'), F(LC, '56.0亿元'), F(LC, '23.7亿元')]
sum_l = l_p + [l_t]; sh_l3 = [l_p[2], l_t, F(LC, '25.5%')]
l_f = [F(LC, '9.2亿元'), F(LC, '2.1亿元'), F(LC, '15.3亿元'), F(LC, '0.03亿元'), F(LC, '2694万元'), F(LC, '26.9亿元')]
S.rel('sum', C, sum_l, '龙城区 2023: 13.4 + 56.0 + 23.7 = 93.1')
S.rel('share', C, [l_p[0], l_t, F(LC, '14.4%')], 'primary 13.4 / 93.1 = 14.39% → 14.4%')
S.rel('share', C, [l_p[1], l_t, F(LC, '60.1%')], 'secondary 56.0 / 93.1 = 60.15%; 60.06–60.24 with the half units → 60.1% within the allowance')
S.rel('share', C, sh_l3, 'tertiary 23.7 / 93.1 = 25.46% → 25.5%')
S.rel('sum', C, l_f, 'farm output by branch: 9.2 + 2.1 + 15.3 + 0.03 + 0.2694 (2694万元) = 26.90 → 26.9亿元')
S.rel('rate', I, [F(LC, '26.9亿元'), F(LC, '7.2%'), F(LC, '6.3%'), F(LC, '59.8%'), F(LC, '0.3%'), F(LC, '6.2%'), F(LC, '1.2%')], 'real error in the original: with the 2022 levels implied by the branch levels and rates (9.2/0.937 + 2.1/1.598 + 15.3/0.997 + 0.03/1.062 + 0.2694/1.012 = 26.77) the total grows +0.5%, not 7.2%; farming (−6.3%) and animal husbandry (−0.3%) are 91% of the output, so no weighting reaches 7.2%')
S.rel('restatement', U, [F(LC, '16.1千公顷'), F(LC, '16.1公顷')], 'maize 16.1千公顷 and oil crops 16.1公顷: the same number for another crop and unit')
S.rel('sum', U, [F(LC, '16.1公顷'), F(LC, '782.9公顷'), F(LC, '945公顷')], 'economic crops 945公顷: oil 16.1 + vegetables 782.9 = 799.0; “其中” items, not a split')

# ---- 延边州 (traditional encyclopedia entry, 2020 bulletin figures)
y_t = F(YB, '726.86億元', n=0); y_p = [F(YB, '66.27億元'), F(YB, '241.68億元'), F(YB, '418.90億元')]
y_pop = F(YB, '1941700人', n=0)
sum_y = y_p + [y_t]; sh_y1 = [y_p[0], y_t, F(YB, '9.1%')]; sh_y3 = [y_p[2], y_t, F(YB, '57.6%')]
rs_ypop = [y_pop, F(YB, '1941700人', n=1)]
S.rel('sum', C, sum_y, '延边 2020: 66.27 + 241.68 + 418.90 = 726.85; with the half units 726.835–726.865, which reaches 726.86')
S.rel('share', C, sh_y1, 'primary 66.27 / 726.86 = 9.12% → 9.1%')
S.rel('share', C, [y_p[1], y_t, F(YB, '33.3%')], 'secondary 241.68 / 726.86 = 33.2499%; with the half units up to 33.2508, which reaches 33.25 → 33.3% within the allowance')
S.rel('share', C, sh_y3, 'tertiary 418.90 / 726.86 = 57.63% → 57.6%')
S.rel('restatement', C, [y_t, F(YB, '726.86億元', n=1)], 'body 726.86億元 restated in the infobox “地區生産總值:726.86億元(2020年)”')
S.rel('restatement', C, rs_ypop, 'census population 1941700 restated in the infobox')
S.rel('restatement', I, [F(YB, '4.27萬平方公裡'), F(YB, '43300')], 'real discrepancy in the original: the body gives 4.27萬平方公裡 (42700), the infobox “面積:43300” (unit not printed; 平方公里 in the entry’s source)')
S.rel('rate', U, [F(YB, '0.5%', n=0), F(YB, '2.2%'), F(YB, '0.5%', n=1), F(YB, '0.1%')], 'GDP +0.5% from the sector rates: the 2019 weights are not stated (this year’s shares give 0.4)')
S.rel('share', U, [y_t, y_pop, F(YB, '35296元')], 'per-capita GDP 35296 is “按戶籍人口計算”: the registered population is not stated (726.86億 / 1941700 residents = 37434)')
S.rel('restatement', U, [F(YB, '35296元'), F(YB, '33883元')], 'per-capita GDP 35296 (2020) vs 33883 (2018, infobox): other year')
S.rel('share', U, [F(YB, '4.27萬平方公裡'), F(YB, '四分之一')], '“約占吉林省總面積的四分之一”: the province’s area is not stated')

# ---- 长春 2021 GDP (traditional, readings kept)
c_t = F(CC, '7103.12億元'); c_p = [F(CC, '523.74億元'), F(CC, '2960.47億元'), F(CC, '3618.90億元')]
sum_c = c_p + [c_t]; gr_c = [F(CC, '6.2%'), F(CC, '4.8%'), F(CC, '3.5%')]
S.rel('sum', C, sum_c, '长春 2021: 523.74 + 2960.47 + 3618.90 = 7103.11; with the half units 7103.09–7103.13 → 7103.12')
S.rel('growth', C, gr_c, 'two-year average from 2021 +6.2% and 2020 +3.5% (stated in the note): √(1.062 × 1.035) − 1 = 4.84% (4.79–4.89) → 4.8%')
S.rel('growth', U, [F(CC, '5.5%'), F(CC, '1.5%')], 'primary +5.5% in 2021 and two-year average 1.5%: the 2020 primary rate is not stated (−2.3% implied only)')
S.rel('growth', U, [F(CC, '6601.59億元'), c_t, F(CC, '6.2%')], '6601.59 → 7103.12 is +7.6% at current prices; +6.2% is at comparable prices: nominal vs real')
S.rel('rate', U, [F(CC, '6.2%'), F(CC, '5.5%'), F(CC, '3.9%'), F(CC, '8.1%')], 'GDP +6.2% from the sector rates: the 2020 sector levels are not stated')

# ---- 哈尔滨 2008 (traditional) and 2012–2021 review (traditional)
h_g = F(H08, '13.2%'); rs_h = [h_g, F(H08, '13%以上')]
S.rel('restatement', C, rs_h, '哈尔滨 2008 GDP +13.2% fits “連續19個季度保持13%以上的增幅”')
S.rel('growth', U, [F(H08, '5355戶'), F(H08, '1.61倍')], '廉租住房 5355戶 “是前五年的1.61倍”: the previous five years’ total is not stated')
S.rel('restatement', U, [F(H08, '2%', pre='降低'), F(H08, '2%', pre='總量下降')], 'river pollution −2% and crime cases −2%: the same number for other indicators')
S.rel('restatement', U, [F(H08, '2800億元'), F(H21, '3186.6億元')], 'cross-document: 哈尔滨 GDP 2800億 (2008) vs 3186.6億 (2012): other year, no rate stated')
S.rel('share', U, [F(H21, '5351.7億元'), F(H21, '36%')], '首位度 36% is 哈尔滨’s share of 黑龙江’s GDP, which is not stated')

# ---- 盘山县 2022 results (report of 2023), 木兰县 2022 plan execution, 肇源县 2016–2020
S.rel('growth', U, [F(PS, '12%'), F(PS, '24个百分点')], 'GDP −12% “降幅较年初收窄24个百分点”: the early-year rate is not stated')
S.rel('growth', U, [F(PS, '12%'), F(PS, '15.4个百分点')], 'Q4 “当季同比增长15.4个百分点” against the year’s −12%: the quarterly levels are not stated')
S.rel('restatement', U, [F(ML, '4.3%', n=0), F(ML, '4.3%', n=1)], '木兰县 GDP +4.3% and urban income +4.3%: the same number for other indicators')
S.rel('sum', U, [F(ML, '50万亩'), F(ML, '192万亩')], 'the green rice base 50万亩 lies within the 192万亩 grain area: a subset, not a split')
S.rel('share', U, [F(ZY, '5.3万台'), F(ZY, '98%')], '肇源 mechanisation rate 98% is not a share of the 5.3万 machines')

# ---- altered copies
a = ALT(DLT, 1, t_fdi, '18%以上', 'FDI target 15%以上 → 18%以上')
S.rel('target', MS, R(a, tg_fdi, t_fdi, '18%以上'), 'altered, cross-document: FDI target 18%以上 → result +15%: missed (breaks {B})')
a = ALT(DL22, 1, r_cpi, '3.9%', 'CPI 2.5% → 3.9%')
S.rel('target', MS, R(a, tg_cpi, r_cpi, '3.9%'), 'altered, cross-document: CPI ceiling 3%左右 (≤ 3.5) → +3.9%: missed (breaks {B})')
a = ALT(DLN, 1, n23, '5%', 'GDP growth 6% → 5%')
S.rel('restatement', I, R(a, rs_dl23, n23, '5%'), 'altered, cross-document: report “6%以上” vs 辽宁日报 “同比增长5%” (breaks {B})')
a = ALT(XLT, 1, x_g, '5827万元', '更新改造 5327 → 5827')
S.rel('sum', I, R(a, sum_x1, x_g, '5827万元'), 'altered: 16469 + 5827 = 22296, not 21796 (breaks {B})')
S.rel('rate', I, R(a, rt_x1, x_g, '5827万元'), 'altered: 21796 / (16469/0.82 + 5827/1.20) − 1 = −12.6%, not −11% (breaks {B})')
a = ALT(XLT, 2, sh_x3[2], '14%', 'tertiary share 19% → 14%')
S.rel('share', I, R(a, sh_x3, sh_x3[2], '14%'), 'altered: 4200 / 21796 = 19.3%, not 14% (breaks {B})')
a = ALT(XLT, 3, x_2, '17896万元', 'secondary investment 17596 → 17896')
S.rel('sum', I, R(a, sum_x2, x_2, '17896万元'), 'altered: 17896 + 4200 = 22096, not 21796 (breaks {B})')
S.rel('share', I, R(a, sh_x2, x_2, '17896万元'), 'altered: 17896 / 21796 = 82.1%, not 81% (breaks {B})')
a = ALT(LC, 1, l_p[2], '28.7亿元', 'tertiary 23.7 → 28.7')
S.rel('sum', I, R(a, sum_l, l_p[2], '28.7亿元'), 'altered: 13.4 + 56.0 + 28.7 = 98.1, not 93.1 (breaks {B})')
S.rel('share', I, R(a, sh_l3, l_p[2], '28.7亿元'), 'altered: 28.7 / 93.1 = 30.8%, not 25.5% (breaks {B})')
a = ALT(LC, 2, l_f[1], '2.7亿元', 'forestry 2.1 → 2.7')
S.rel('sum', I, R(a, l_f, l_f[1], '2.7亿元'), 'altered: 9.2 + 2.7 + 15.3 + 0.03 + 0.2694 = 27.50, not 26.9 (breaks {B})')
a = ALT(YB, 1, y_p[2], '416.90億元', 'tertiary 418.90 → 416.90')
S.rel('sum', I, R(a, sum_y, y_p[2], '416.90億元'), 'altered: 66.27 + 241.68 + 416.90 = 724.85, not 726.86 (breaks {B})')
S.rel('share', I, R(a, sh_y3, y_p[2], '416.90億元'), 'altered: 416.90 / 726.86 = 57.36%, not 57.6% (breaks {B})')
a = ALT(YB, 2, sh_y1[2], '9.7%', 'primary share 9.1% → 9.7%')
S.rel('share', I, R(a, sh_y1, sh_y1[2], '9.7%'), 'altered: 66.27 / 726.86 = 9.12%, not 9.7% (breaks {B})')
a = ALT(YB, 3, y_pop, '1947700人', 'census population in the body 1941700 → 1947700')
S.rel('restatement', I, R(a, rs_ypop, y_pop, '1947700人'), 'altered: body 1947700 vs infobox 1941700 (breaks {B})')
a = ALT(CC, 1, c_p[1], '2966.47億元', 'secondary 2960.47 → 2966.47')
S.rel('sum', I, R(a, sum_c, c_p[1], '2966.47億元'), 'altered: 523.74 + 2966.47 + 3618.90 = 7109.11, not 7103.12 (breaks {B})')
a = ALT(CC, 2, gr_c[1], '4.3%', 'two-year average 4.8% → 4.3%')
S.rel('growth', I, R(a, gr_c, gr_c[1], '4.3%'), 'altered: √(1.062 × 1.035) − 1 = 4.84%, not 4.3% (breaks {B})')
a = ALT(H08, 1, h_g, '12.2%', 'GDP growth 13.2% → 12.2%')
S.rel('restatement', I, R(a, rs_h, h_g, '12.2%'), 'altered: 2008 +12.2% contradicts “連續19個季度保持13%以上的增幅” (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

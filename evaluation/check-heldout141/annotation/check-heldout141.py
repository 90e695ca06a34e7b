"""Check key, set check-heldout141. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout141.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout141'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

ZJ='zj_2023.txt'; JL='jl_2022_hant.txt'; MY='my_1990.txt'; HA='hc_2021.txt'; HB='hc_2022.txt'; KP='cq_2024q1kp.txt'
KM='cq_2022m7kp.txt'; WX='wx_1990.txt'; NM='nm_2023.txt'; LZ='lz_2023.txt'; XZ='xz_2023_hant.txt'; SN='sn_2023t.txt'
WC='wc_2022.txt'; QX='qxg_2021.txt'; YL='yl_1965.txt'; PE='pe_2022xl_hant.txt'

# ---- 中江县 2023 bulletin
zj_pu = F(ZJ, '42.1万人'); zj_pr = F(ZJ, '52.4万人'); zj_pt = F(ZJ, '94.5万人'); zj_ur = F(ZJ, '44.5%')
zj_t = F(ZJ, '466.14亿元'); zj_p = [F(ZJ, '102.72亿元'), F(ZJ, '176.31亿元'), F(ZJ, '187.12亿元')]
zj_s = [F(ZJ, '22.0'), F(ZJ, '37.8'), F(ZJ, '40.2')]
zj_g = [F(ZJ, '15.4万吨'), F(ZJ, '67.2万吨'), F(ZJ, '82.6万吨')]; zj_gr = [F(ZJ, '2.8%'), F(ZJ, '4.2%'), F(ZJ, '2.5%')]
sum_zj = zj_p + [zj_t]; sh_zj2 = [zj_p[1], zj_t, zj_s[1]]; sum_zjp = [zj_pu, zj_pr, zj_pt]; sh_zju = [zj_pu, zj_pt, zj_ur]
sum_zjg = list(zj_g); rt_zjg = [zj_gr[0], zj_g[0], zj_gr[1], zj_g[1], zj_gr[2], zj_g[2]]
S.rel('sum', C, sum_zjp, '中江 2023: urban 42.1 + rural 52.4 = resident population 94.5万人')
S.rel('share', C, sh_zju, 'urbanisation 42.1 / 94.5 = 44.55%; with the half units 44.47–44.63, so 44.5 fits')
S.rel('sum', C, [F(ZJ, '25.1万人'), F(ZJ, '109.2万人'), F(ZJ, '134.3万人')], 'registered population: urban 25.1 + rural 109.2 = 134.3万人')
S.rel('sum', C, sum_zj, '102.72 + 176.31 + 187.12 = 466.15, within the half units of 466.14亿元')
S.rel('share', C, [zj_p[0], zj_t, zj_s[0]], 'primary 102.72 / 466.14 = 22.04% → 22.0')
S.rel('share', C, sh_zj2, 'secondary 176.31 / 466.14 = 37.82% → 37.8')
S.rel('share', I, [zj_p[2], zj_t, zj_s[2]], 'REAL discrepancy in the original: tertiary 187.12 / 466.14 = 40.14% (at most 40.144 with the half units), which rounds to 40.1, not 40.2; the bulletin seems to have forced 22.0 + 37.8 + 40.2 to add to 100')
S.rel('share', C, [F(ZJ, '309.7亿元'), zj_t, F(ZJ, '66.4%')], 'private economy 309.7 / 466.14 = 66.44% → 66.4%')
S.rel('sum', C, [F(ZJ, '97.5亿元'), F(ZJ, '7.7亿元'), F(ZJ, '61.3亿元'), F(ZJ, '2.8亿元'), F(ZJ, '3.9亿元'), F(ZJ, '173.2亿元')], 'gross output: farming 97.5 + forestry 7.7 + husbandry 61.3 + fishery 2.8 + services 3.9 = 173.2亿元')
S.rel('sum', C, sum_zjg, 'grain: 小春 15.4 + 大春 67.2 = 82.6万吨')
S.rel('rate', C, rt_zjg, 'grain growth rebuilt from the two seasons (previous levels = level / (1 + rate)): 82.6 / (15.4/1.042 + 67.2/1.025) = +2.81% → 2.8%')
S.rel('rate', U, [F(ZJ, '6.1%'), F(ZJ, '4.1%', n=0), F(ZJ, '5.8%'), F(ZJ, '7.6%')], 'GDP +6.1% from the sector rates: the 2022 structure (the weights) is not stated; nothing to rebuild')
S.rel('rate', U, [F(ZJ, '4.1%', n=1), F(ZJ, '4.9%'), F(ZJ, '15.3%'), F(ZJ, '1.8%'), F(ZJ, '6.5%'), F(ZJ, '2.6%')], 'gross output +4.1% from the branches’ rates: deflating the current-price 2023 values gives 4.2%, but the rates are at comparable prices and the 2022 values at those prices are not stated')
S.rel('restatement', U, [F(ZJ, '4.1%', n=0), F(ZJ, '4.1%', n=1)], 'primary value added +4.1% and gross output of farming etc. +4.1%: value added is not gross output')
S.rel('growth', U, [zj_ur, F(ZJ, '0.9个百分点')], 'urbanisation 44.5% “比上年末提高0.9个百分点”: the 2022 rate is not stated in this document')
S.rel('growth', U, [F(ZJ, '66.4%'), F(ZJ, '0.2个百分点')], 'private share 66.4% “较上年提高0.2个百分点”: the 2022 share is not stated')
S.rel('growth', U, [F(ZJ, '134.3万人'), F(ZJ, '0.5%')], 'registered population −0.5%: the 2022 level is not stated; nothing to check')
S.rel('sum', U, [F(ZJ, '218.1万亩'), F(ZJ, '327.8万亩')], 'grain area 218.1 is a part of the crop area 327.8 (“其中”); the rest is not stated')

S.rel('share', U, [F(ZJ, '82.6万吨'), F(ZJ, '218.1万亩')], 'grain 82.6万吨 over the grain area 218.1万亩 (379 kg a mu): no yield is stated; nothing to check')
S.rel('growth', U, [zj_pt, F(ZJ, '0.4万人')], 'resident population 94.5 “比上年末减少0.4万人”: the 2022 level is not stated in this document; nothing to check')

# ---- 嘉陵区 2022 bulletin (traditional)
jl_t = F(JL, '236億元'); jl_p = [F(JL, '50.1億元'), F(JL, '101.3億元'), F(JL, '84.5億元')]
jl_r = [F(JL, '4.0%'), F(JL, '1.1%'), F(JL, '2.7%')]; jl_g = F(JL, '1.4%')
jl_c = [F(JL, '67.4%'), F(JL, '-35.5%'), F(JL, '68.1%')]; jl_pl = [F(JL, '0.9', post='、'), F(JL, '-0.5'), F(JL, '1.0', post='個')]
jl_o = [F(JL, '20.8'), F(JL, '45.1'), F(JL, '34.1')]; jl_s = [F(JL, '21.3'), F(JL, '42.9'), F(JL, '35.8')]
jl_pe = [F(JL, '13.9億元'), F(JL, '84.3億元'), F(JL, '40.3億元'), F(JL, '138.5億元')]
sum_jl = jl_p + [jl_t]; sh_jl2 = [jl_p[1], jl_t, jl_s[1]]; sum_jlc = list(jl_c); gr_jl3 = [jl_g, jl_c[2], jl_pl[2]]; sum_jlp = list(jl_pe)
S.rel('sum', C, sum_jl, '嘉陵 2022: 50.1 + 101.3 + 84.5 = 235.9, within the half unit of 236億元')
S.rel('sum', C, sum_jlc, 'contributions 67.4 − 35.5 + 68.1 = 100%')
S.rel('growth', C, jl_pl + [jl_g], 'pulls 0.9 − 0.5 + 1.0 = 1.4 points = GDP growth 1.4%')
S.rel('growth', C, [jl_g, jl_c[0], jl_pl[0]], 'primary pull = 67.4% × 1.4 = 0.94 → 0.9')
S.rel('growth', C, [jl_g, jl_c[1], jl_pl[1]], 'secondary pull = −35.5% × 1.4 = −0.50 → −0.5')
S.rel('growth', C, gr_jl3, 'tertiary pull = 68.1% × 1.4 = 0.953 → 1.0 (0.92–0.99 with the half units, against 0.95–1.05)')
S.rel('share', C, [jl_p[0], jl_t, jl_s[0]], 'primary 50.1 / 236 = 21.23% → 21.3 (21.1–21.4 with the half unit of 236)')
S.rel('share', C, sh_jl2, 'secondary 101.3 / 236 = 42.92% → 42.9')
S.rel('share', C, [jl_p[2], jl_t, jl_s[2]], 'tertiary 84.5 / 236 = 35.81% → 35.8')
S.rel('sum', C, sum_jlp, 'private economy: 13.9 + 84.3 + 40.3 = 138.5億元')
S.rel('share', C, [jl_pe[3], jl_t, F(JL, '58.7%')], 'private share 138.5 / 236 = 58.69% → 58.7%')
S.rel('growth', C, [jl_g, F(JL, '0.6%'), F(JL, '0.8個百分點')], 'private growth 0.6% is “比GDP增速低0.8個百分點”: 1.4 − 0.6 = 0.8')
S.rel('growth', C, [jl_g, F(JL, '27.1%'), F(JL, '0.4個百分點')], 'private pull = contribution 27.1% × 1.4 = 0.38 → 0.4 points')
S.rel('rate', I, [jl_g] + jl_r + jl_o, 'REAL discrepancy in the original: GDP growth rebuilt from the sector rates weighted by the stated 2021 structure 20.8:45.1:34.1 is 0.208×4.0 − 0.451×1.1 + 0.341×2.7 = 1.26% (at most 1.31 with the half units), not 1.4%; the stated contributions and pulls imply weights that add to about 1.04')
S.rel('rate', U, [F(JL, '0.6%'), F(JL, '0.8%', pre='增長'), F(JL, '0.3%'), F(JL, '2.6%')], 'private growth 0.6% from its sector rates: the 2021 private values (weights) are not stated')
S.rel('share', U, [F(JL, '27.1%'), F(JL, '58.7%')], 'private contribution 27.1% against its share 58.7%: the contribution needs the 2021 private value, which is not stated; nothing to check')

S.rel('restatement', U, [F(JL, '0.8個百分點'), F(JL, '0.8%', pre='增長')], 'private growth 0.8 points below GDP and primary private growth +0.8%: the same number for different indicators')

# ---- 绵阳市 1990 (gazetteer entry)
S.rel('share', U, [F(MY, '20 249平方公里'), F(MY, '3.55%'), F(MY, '3 469.47平方公里'), F(MY, '5.51%'), F(MY, '1 482.6平方公里'), F(MY, '4.62%', n=0)], '绵阳 area, farmland and paddy as shares of the province: the province’s totals are not stated; nothing to check')
S.rel('restatement', U, [F(MY, '4.62%', n=0), F(MY, '4.62%', n=1)], 'paddy 4.62% of the province and agricultural population 4.62% of the province: the same number for different indicators')
S.rel('share', U, [F(MY, '425.89万人'), F(MY, '491.81万人'), F(MY, '4.62%', n=1), F(MY, '4.55%')], 'agricultural population 425.89 of 491.81 (86.6%): no share of the total is stated, and the two province shares have different bases')
S.rel('share', U, [F(MY, '239.03万吨'), F(MY, '5.60%'), F(MY, '17.2亿元'), F(MY, '5.29%')], 'grain 5.60% and agricultural output 5.29% of the province: other indicators, other province totals (not stated)')

# ---- 合川区 budget reports 2021 and 2022
ha_r = [F(HA, '1232116万元'), F(HA, '409701万元'), F(HA, '366500万元'), F(HA, '21562万元'), F(HA, '13330万元'), F(HA, '2043209万元', n=0)]
ha_x = [F(HA, '1507310万元'), F(HA, '95026万元'), F(HA, '241500万元'), F(HA, '57448万元'), F(HA, '141925万元'), F(HA, '2043209万元', n=1)]
ha_i = [F(HA, '209570万元'), F(HA, '6.6%'), F(HA, '12944万元')]; ha_h = [F(HA, '94940万元'), F(HA, '3.8%'), F(HA, '3471万元')]
sum_har = list(ha_r); gr_hah = list(ha_h)
S.rel('sum', C, sum_har, '合川 2021: revenue 1232116 + transfers 409701 + bonds 366500 + balance 21562 + fund 13330 = 2043209万元')
S.rel('sum', C, ha_x, 'spending 1507310 + remitted 95026 + bonds 241500 + fund 57448 + balance 141925 = 2043209万元')
S.rel('target', MS, [ha_r[0], F(HA, '99.1%')], 'fiscal revenue “为预算的99.1%”: the year 2021 is over and the budget was not reached: missed')
S.rel('target', MS, [F(HA, '663287万元'), F(HA, '99.4%')], 'general budget revenue “为预算的99.4%”: missed')
S.rel('target', MS, [F(HA, '242658万元'), F(HA, '93.2%')], 'tax revenue “为预算的93.2%”: missed')
S.rel('target', U, [ha_x[0], F(HA, '91.4%')], 'spending “为预算的91.4%”: a spending budget is a ceiling, not a goal to reach; not a target relation')
S.rel('growth', C, ha_i, 'industry’s tax 209570, +12944: 12944 / 196626 = 6.58% → 6.6%')
S.rel('growth', C, gr_hah, '合川-level tax 94940, +3471: 3471 / 91469 = 3.79% → 3.8%')
S.rel('sum', U, [F(HA, '663287万元'), ha_r[0]], 'general budget revenue 663287 is a part of fiscal revenue 1232116; the rest is not stated')
S.rel('sum', U, [F(HA, '242658万元'), F(HA, '663287万元')], 'tax 242658 is a part of general budget revenue 663287 (“其中”); non-tax revenue is not stated')

hb_r = [F(HB, '990101万元'), F(HB, '478957万元'), F(HB, '328000万元'), F(HB, '148411万元'), F(HB, '57440万元'), F(HB, '2002909万元', n=0)]
hb_x = [F(HB, '1354436万元'), F(HB, '92722万元'), F(HB, '221990万元'), F(HB, '62638万元'), F(HB, '271123万元'), F(HB, '2002909万元', n=1)]
hb_b = F(HB, '531695万元'); hb_i = [F(HB, '163595万元'), F(HB, '21.9%'), F(HB, '45975万元')]; hb_h = [F(HB, '83929万元'), F(HB, '11.6%'), F(HB, '11011万元')]
gr_hbb = [F(HA, '663287万元'), hb_b, F(HB, '19.8%')]; sum_hbi = [hb_i[0], hb_i[2], ha_i[0]]; gr_hbi = list(hb_i)
S.rel('sum', C, hb_r, '合川 2022: revenue 990101 + transfers 478957 + bonds 328000 + balance 148411 + fund 57440 = 2002909万元')
S.rel('sum', C, hb_x, 'spending 1354436 + remitted 92722 + repayment 221990 + fund 62638 + balance 271123 = 2002909万元')
S.rel('target', M, [hb_r[0], F(HB, '100.1%')], 'fiscal revenue “为预算的100.1%”: the year 2022 is over: met')
S.rel('target', MS, [hb_b, F(HB, '97.9%')], 'general budget revenue “为预算的97.9%”: missed')
S.rel('target', MS, [F(HB, '185479万元'), F(HB, '82.4%')], 'tax revenue “为预算的82.4%”: missed')
S.rel('target', U, [hb_x[0], F(HB, '83.3%')], 'spending “为预算的83.3%”: a spending budget is a ceiling, not a goal to reach; not a target relation')
S.rel('growth', C, gr_hbb, 'cross-document: general budget revenue 663287 (2021 report) → 531695 (2022 report) = −19.84% → “下降19.8%”')
S.rel('growth', C, [ha_r[0], hb_r[0], F(HB, '19.6%')], 'cross-document: fiscal revenue 1232116 → 990101 = −19.64% → “下降19.6%”')
S.rel('growth', C, [F(HA, '242658万元'), F(HB, '185479万元'), F(HB, '23.6%')], 'cross-document: tax 242658 → 185479 = −23.56% → “下降23.6%”')
S.rel('growth', C, [ha_x[0], hb_x[0], F(HB, '10.1%')], 'cross-document: spending 1507310 → 1354436 = −10.14% → “下降10.1%”')
S.rel('growth', C, gr_hbi, 'industry’s tax 163595, −45975: 45975 / 209570 = 21.94% → 21.9%')
S.rel('growth', C, list(hb_h), '合川-level tax 83929, −11011: 11011 / 94940 = 11.60% → 11.6%')
S.rel('sum', C, sum_hbi, 'cross-document: 2022 industry tax 163595 + the decrease 45975 = 209570, the 2021 level in the 2021 report')
S.rel('sum', C, [hb_h[0], hb_h[2], ha_h[0]], 'cross-document: 2022 合川-level tax 83929 + the decrease 11011 = 94940, the 2021 level in the 2021 report')
S.rel('restatement', U, [ha_x[4], hb_r[3]], 'cross-document: the 2021 report’s year-end balance 141925 and the 2022 report’s “上年结余” 148411: the January figure is preliminary and the final accounts (决算) revise it; not the same figure')
S.rel('restatement', U, [ha_x[3], hb_r[4]], 'cross-document: 57448 put into the stabilisation fund (2021) and 57440 drawn from it (2022): different flows that happen to be close')
S.rel('growth', U, [F(HA, '17.5%'), F(HA, '57.4%')], 'fiscal revenue +17.5% and general budget revenue +57.4%: different scopes; the 2020 levels are not stated')

S.rel('restatement', U, [ha_r[5], hb_r[5]], 'cross-document: budget totals 2043209 (2021) and 2002909 (2022): other years; no relation stated')

# ---- 重庆 key projects Q1 2024
kp_t = F(KP, '996亿元', n=1); kp_a = [F(KP, '187.4亿元'), F(KP, '632.5亿元'), F(KP, '175.8亿元')]
kp_i = [F(KP, '201亿元'), F(KP, '15.2亿元'), F(KP, '47.3亿元'), F(KP, '10.1亿元'), F(KP, '273.6亿元')]
kp_f = [F(KP, '347.7亿元'), F(KP, '52.6亿元'), F(KP, '56.9亿元'), F(KP, '20.2亿元'), F(KP, '142.1亿元'), F(KP, '619.5亿元')]
sum_kpa = kp_a + [kp_t]; sum_kpi = list(kp_i); sum_kpf = list(kp_f)
S.rel('restatement', C, [F(KP, '996亿元', n=0), kp_t], 'headline 996亿元 restates the body')
S.rel('sum', C, sum_kpa, 'new 187.4 + continuing 632.5 + to-be-completed 175.8 = 995.7, within the half unit of 996亿元')
S.rel('sum', C, sum_kpi, 'industry: manufacturing 201 + technology 15.2 + services 47.3 + digital 10.1 = 273.6亿元')
S.rel('sum', C, sum_kpf, 'infrastructure: transport 347.7 + energy 52.6 + water 56.9 + environment 20.2 + urban renewal 142.1 = 619.5亿元')
S.rel('sum', U, [kp_i[4], kp_f[5], F(KP, '65.3亿元'), kp_t], 'industry 273.6 + infrastructure 619.5 + livelihood 65.3 = 958.4 of 996: other fields (乡村振兴 etc.) are not listed in this excerpt; not a split')
S.rel('sum', U, [F(KP, '1.4亿元'), F(KP, '27.4亿元'), F(KP, '27.8亿元'), F(KP, '65.3亿元')], 'employment 1.4 + education 27.4 + health 27.8 = 56.6 of the livelihood 65.3 (“其中”): a selection')
S.rel('restatement', U, [F(KP, '15.2%'), kp_i[1]], 'manufacturing +15.2% and technology projects 15.2亿元: the same number for different indicators')
S.rel('share', U, [F(KP, '342个'), F(KP, '98个')], '98 of 342 planned new projects started (28.7%): no rate is stated; nothing to check')
S.rel('target', CT, [kp_t, F(KP, '22%', pre='达', post='。')], '996亿元 in Q1 = 22% of the annual plan: the year is not over; cannot tell')

S.rel('restatement', U, [F(KP, '22%', pre='达', post='。'), F(KP, '22%', pre='达', post=',数实')], 'overall progress 22% and services projects’ progress 22%: the same number for different scopes')
S.rel('growth', U, [F(KP, '26.0%'), F(KP, '22%', pre='达', post='。')], 'industry progress 26.0% against the overall 22%: the industry plan (273.6 / 26.0% ≈ 1052) is not stated; no relation stated between the two rates')

# ---- 重庆 major projects Jan-Jul 2022
km_a = [F(KM, '745.5亿元'), F(KM, '555.6亿元'), F(KM, '74.5%')]; km_w = [F(KM, '118.8亿元'), F(KM, '85.8亿元'), F(KM, '72.2%')]
S.rel('restatement', C, [F(KM, '64.9%', n=0), F(KM, '64.9%', n=1)], 'headline 64.9% restates the body (主城都市区 progress)')
S.rel('share', C, km_a, 'industrial-upgrading projects: 555.6 / 745.5 = 74.53% → 74.5%')
S.rel('share', C, km_w, '万开云: 85.8 / 118.8 = 72.22% → 72.2%')
S.rel('growth', U, [km_a[2], F(KM, '64.9%', n=1), F(KM, '近10个百分点')], '74.5% is “较市级重大项目投资平均水平快了近10个百分点”: the city-wide average is not stated (64.9% is the 主城都市区 figure, which includes these projects)')
S.rel('growth', U, [km_w[2], F(KM, '9.3个百分点')], '72.2% “同比加快9.3个百分点”: the 2021 progress is not stated')
S.rel('target', CT, [km_a[0], km_a[1], km_a[2]], '555.6 of the 745.5亿元 annual plan by end-July: the year is not over; cannot tell')

S.rel('share', U, [F(KM, '64.9%', n=1), F(KM, '67.8%'), F(KM, '64.6%')], 'progress of the three regions: the municipal total is not stated and the regions’ plans (weights) are not given; no average to check')
S.rel('share', U, [F(KM, '10.5亿元'), F(KM, '80.7%')], '文旅 projects invested 10.5亿 and 7 projects at 80.7% progress: the plans are not stated; nothing to check')

# ---- 万县地区 1949-1990 (gazetteer entry)
wx_a = [F(WX, '116 588万元'), F(WX, '191 607万元'), F(WX, '4.23%')]; wx_s = [F(WX, '95 066万元'), F(WX, '18.1%'), F(WX, '62 571万元'), F(WX, '11.9%')]
sum_wxs = [wx_s[1], wx_s[3], F(WX, '30%', post='。')]
S.rel('growth', C, list(wx_a), '万县 agricultural output 116588 (1978) → 191607 (1990): (191607/116588)^(1/12) − 1 = 4.23% a year')
S.rel('sum', C, sum_wxs, 'rural industry 18.1% + tertiary 11.9% = 30%, “农村第二、三产业比重达30%”')
S.rel('share', C, list(wx_s), 'both shares are of the same 农村社会总产值: 95066 / 18.1% = 525200 and 62571 / 11.9% = 525800 (the bases overlap with the half units): consistent')
S.rel('growth', U, [F(WX, '6.3%'), F(WX, '10.6%'), F(WX, '12.4%')], 'yearly averages 6.3% (8 years), −10.6% (5 years), 12.4% (3 years): the levels at the ends of the periods are not stated; nothing to check')
S.rel('sum', U, [F(WX, '60%以下'), F(WX, '25%—30%')], 'crop farming “60%以下” and forestry etc. “25%—30%”: bounds and ranges of the agricultural output, not a split to add')
S.rel('growth', U, [F(WX, '86 438万元'), F(WX, '85 691万元')], '1965 → 1975 output fell from 86438 to 85691: no rate is stated; nothing to check')

# ---- 尼木县 2023 bulletin
nm_t = F(NM, '14.44亿元'); nm_p = [F(NM, '2.7亿元'), F(NM, '4.84亿元'), F(NM, '6.9亿元')]; nm_s = [F(NM, '19'), F(NM, '34'), F(NM, '47')]
sum_nm = nm_p + [nm_t]; sh_nm2 = [nm_p[1], nm_t, nm_s[1]]; sh_nm3 = [nm_p[2], nm_t, nm_s[2]]
S.rel('sum', C, sum_nm, '尼木 2023: 2.7 + 4.84 + 6.9 = 14.44亿元')
S.rel('share', C, [nm_p[0], nm_t, nm_s[0]], 'primary 2.7 / 14.44 = 18.7% → 19 (18.35–19.05 with the half unit of 2.7)')
S.rel('share', C, sh_nm2, 'secondary 4.84 / 14.44 = 33.52% → 34 at the edge (33.47–33.56, against 33.5–34.5)')
S.rel('share', C, sh_nm3, 'tertiary 6.9 / 14.44 = 47.78%, but with the half unit of 6.9 it is 47.42–48.15, which meets 47 ± 0.5 at 47.42–47.5: consistent at the edge (integer shares forced to add to 100)')
S.rel('rate', U, [F(NM, '9.5%'), F(NM, '8.5%'), F(NM, '12.5%'), F(NM, '7.7%')], 'GDP +9.5% from the sector rates: the 2022 structure is not stated')
S.rel('restatement', U, [F(NM, '42.94%'), F(NM, '42.39%')], 'revenue −42.94% and spending +42.39%: different indicators with swapped digits; no relation')
S.rel('sum', U, [F(NM, '4950万元'), F(NM, '23.43亿元')], 'the 6 援藏 projects (4950万) are a part of the 72 projects (23.43亿, “其中”); the rest is not stated')
S.rel('growth', U, [F(NM, '23.43亿元'), F(NM, '112.5%')], 'fixed investment +112.5% and the total investment 23.43亿 of projects started: a project’s total investment is not the year’s investment; no base stated')

S.rel('restatement', U, [F(NM, '7.7%'), F(XZ, '7.7%')], 'cross-document: 尼木 tertiary +7.7% and 西藏 secondary +7.7%: the same number for another place and indicator')

# ---- 林周县 2023 (press conference) and cross-document traps
S.rel('restatement', U, [F(LZ, '10.4%'), F(XZ, '9.5%')], 'cross-document: 林周 GDP +10.4% (Q1–Q3) and 西藏 GDP +9.5% (year): other place and period')
S.rel('growth', U, [F(LZ, '15.15亿元'), nm_t], 'cross-document: 林周 Q1–Q3 GDP 15.15亿 against 尼木 2023 GDP 14.44亿: other places and periods; no relation')
S.rel('restatement', U, [F(NM, '9.5%'), F(XZ, '9.5%')], 'cross-document: 尼木 GDP +9.5% and 西藏 GDP +9.5%: the same number for other places')

# ---- 西藏 2023 (traditional)
xz_t = F(XZ, '2392.67億元'); xz_p = [F(XZ, '215.01億元'), F(XZ, '882.97億元'), F(XZ, '1294.69億元')]
xz_r = [F(XZ, '879.8億元'), F(XZ, '716.67億元'), F(XZ, '163.14億元')]; xz_rg = [F(XZ, '21.1%'), F(XZ, '19.5%'), F(XZ, '28.8%')]
sum_xz = xz_p + [xz_t]; sum_xzr = [xz_r[1], xz_r[2], xz_r[0]]; rt_xzr = [xz_rg[0], xz_r[1], xz_rg[1], xz_r[2], xz_rg[2]]
S.rel('sum', C, sum_xz, '西藏 2023: 215.01 + 882.97 + 1294.69 = 2392.67億元')
S.rel('sum', C, sum_xzr, 'retail sales: urban 716.67 + rural 163.14 = 879.81 → 879.8億元')
S.rel('rate', C, rt_xzr, 'retail growth rebuilt from urban and rural (previous levels = level / (1 + rate)): 879.8 / (716.67/1.195 + 163.14/1.288) = +21.12% → 21.1%')
S.rel('rate', U, [F(XZ, '9.5%'), F(XZ, '14.9%'), F(XZ, '7.7%'), F(XZ, '9.9%')], 'GDP +9.5% from the sector rates: the 2022 structure is not stated')
S.rel('rate', U, [F(XZ, '8.7%'), F(XZ, '6.5%'), F(XZ, '9.4%')], 'all-residents income +8.7% from urban +6.5% and rural +9.4%: the population weights are not stated')
S.rel('growth', U, [F(XZ, '9.5%'), F(XZ, '8.3個百分點')], 'growth 9.5% is 8.3 points above 2022’s: the 2022 rate (1.2%) is not stated; nothing to check')

S.rel('share', U, [F(XZ, '5516.97萬人次'), F(XZ, '651.46億元')], 'tourism revenue 651.46億 over 5516.97萬 visitors (1181元 a head): no per-head figure is stated; nothing to check')
S.rel('share', U, [F(XZ, '28983元'), F(XZ, '51900元'), F(XZ, '19924元')], 'all-residents income 28983 lies between urban 51900 and rural 19924: the urban population share that would weight them is not stated')

# ---- 山南市 2023 targets
sn_g = F(SN, '8%左右', n=1); sn_gh = F(SN, '8%左右', n=0)
S.rel('restatement', C, [sn_gh, sn_g], 'headline “力争今年地区生产总值增长8%左右” restates the body (same target)')
S.rel('target', U, [sn_g, F(XZ, '9.5%')], 'cross-document: 山南’s 2023 GDP target against 西藏’s 2023 growth: other place')
S.rel('target', U, [F(SN, '10%'), F(SN, '12%左右'), F(XZ, '6.5%'), F(XZ, '9.4%')], 'cross-document: 山南’s income targets (10%, 12%左右) against 西藏’s urban and rural income growth: other place')
S.rel('target', U, [sn_g, F(LZ, '10.4%')], 'cross-document: 山南’s 2023 GDP target against 林周’s Q1–Q3 growth (a county of 拉萨): other place and period')

S.rel('sum', U, [F(SN, '2.63万吨'), F(SN, '0.9万吨'), F(SN, '7.8万吨')], 'meat, egg and milk targets 2.63 + 0.9 + 7.8: no total is stated; nothing to add up')
S.rel('share', U, [F(SN, '16.86万吨'), F(SN, '37万亩')], 'grain target 16.86万吨 and crop area 37万亩: the crop area is not the grain area and no yield is stated')

# ---- 务川自治县 2022 bulletin
wc_t = F(WC, '86.8亿元'); wc_p = [F(WC, '22.81亿元'), F(WC, '21.22亿元'), F(WC, '42.76亿元')]
wc_s = [F(WC, '26.3%'), F(WC, '24.5%'), F(WC, '49.3%')]; wc_d = [F(WC, '3.72个'), F(WC, '0.46个'), F(WC, '3.25个')]
wc_r = [F(WC, '1.3%'), F(WC, '2.9%'), F(WC, '10.2%'), F(WC, '0.2%')]
sum_wc = wc_p + [wc_t]; sh_wc2 = [wc_p[1], wc_t, wc_s[1]]; sum_wcd = list(wc_d)
S.rel('sum', C, sum_wc, '务川 2022: 22.81 + 21.22 + 42.76 = 86.79 → 86.8亿元')
S.rel('share', C, [wc_p[0], wc_t, wc_s[0]], 'primary 22.81 / 86.8 = 26.28% → 26.3%')
S.rel('share', C, sh_wc2, 'secondary 21.22 / 86.8 = 24.45% → 24.5% (24.43–24.47 with the half units, against 24.45–24.55)')
S.rel('share', C, [wc_p[2], wc_t, wc_s[2]], 'tertiary 42.76 / 86.8 = 49.26% → 49.3%')
S.rel('sum', C, sum_wcd, 'the share changes add to zero: −3.72 + 0.46 + 3.25 = −0.01, 0 within the half units')
S.rel('rate', I, wc_r + wc_s + wc_d, 'REAL discrepancy in the original: the 2021 structure follows from the stated shares and changes (30.02 : 24.04 : 46.05); weighting the sector rates by it gives 0.3002×2.9 − 0.2404×10.2 + 0.4605×0.2 = −1.49% (−1.43 at best with the half units), not −1.3%')
S.rel('sum', U, [F(WC, '19.13亿元'), wc_p[1]], 'industry 19.13 is a part of the secondary sector 21.22 (“其中”); construction is not stated')
S.rel('sum', U, [F(WC, '1.34亿元'), F(WC, '3.12亿元'), F(WC, '2.51亿元'), F(WC, '5.79亿元'), F(WC, '3.14亿元'), wc_p[2]], 'five listed services add to 15.9 of the tertiary 42.76: a selection, not a split')
S.rel('growth', U, [F(WC, '28231元'), F(WC, '4.7%'), wc_r[0]], 'GDP per head −4.7% against GDP −1.3%: the population change is not stated')

S.rel('growth', U, [F(WC, '8.1%'), wc_r[2]], 'industry +8.1% while the secondary sector fell 10.2%: construction (not stated) fell; no contradiction')
S.rel('growth', U, [F(WC, '14.03%'), wc_r[1]], 'gross output of farming etc. −14.03% (current prices) against primary value added +2.9% (comparable prices): other indicator, nominal vs real')

# ---- 七星关区 draft report (2021)
qx_n = F(QX, '556 亿元')
S.rel('restatement', C, [qx_n, F(QX, '500 亿元')], '七星关 GDP 556亿 fits “率先突破 500 亿元” (a lower bound)')
S.rel('growth', U, [F(QX, '290.58 亿元'), qx_n, F(QX, '10.5%')], '290.58 → 556 over five years is 13.9% a year at current prices against the stated 10.5% at comparable prices (and 556 is 预计): nominal vs real')

# ---- 宜良 1965 (People's Daily)
S.rel('growth', U, [F(YL, '一百来斤'), F(YL, '三百来斤', n=0)], 'broad-bean yield “一百来斤” → “三百来斤”: approximate levels; no rate or multiple is stated')
S.rel('sum', U, [F(YL, '七百六十多斤'), F(YL, '三百斤'), F(YL, '近一千斤')], 'paddy rice 760多斤 “加上小春…近一千斤”: the 小春 crop on a paddy mu is not stated (三百斤 is the beans of “一亩小春田” in the next point); not a stated sum')
S.rel('growth', U, [F(YL, '百分之一百五十'), F(YL, '百分之一百八十以上')], 'multiple-cropping index 150% → 180%以上: no rate is stated; nothing to check')

# ---- 普洱 2022 summer grain (traditional)
pe_a = [F(PE, '107.23萬畝'), F(PE, '2.1萬畝'), F(PE, '2%', post=',')]; pe_o = [F(PE, '15.35萬噸'), F(PE, '0.33萬噸'), F(PE, '2.2%')]
S.rel('growth', C, list(pe_a), '普洱 summer grain area 107.23, +2.1: 2.1 / 105.13 = 2.0% → 2%')
S.rel('growth', C, list(pe_o), 'output 15.35, +0.33: 0.33 / 15.02 = 2.20% → 2.2%')

S.rel('share', U, [pe_o[0], pe_a[0]], 'yield 15.35萬噸 / 107.23萬畝 = 143 kg a mu: no yield is stated; nothing to check')
S.rel('rate', U, [pe_o[2], pe_a[2]], 'output +2.2% and area +2%: the yield change (about +0.2%) is not stated; with the half unit of “2%” nothing can be rebuilt')

# ---- altered copies
a = ALT(ZJ, 1, zj_p[1], '179.31亿元', 'secondary value added 176.31 → 179.31')
S.rel('sum', I, R(a, sum_zj, zj_p[1], '179.31亿元'), 'altered: 102.72 + 179.31 + 187.12 = 469.15, not 466.14 (breaks {B})')
S.rel('share', I, R(a, sh_zj2, zj_p[1], '179.31亿元'), 'altered: 179.31 / 466.14 = 38.47%, not 37.8 (breaks {B})')
a = ALT(ZJ, 2, zj_g[0], '13.4万吨', '小春 grain 15.4 → 13.4')
S.rel('sum', I, R(a, sum_zjg, zj_g[0], '13.4万吨'), 'altered: 13.4 + 67.2 = 80.6, not 82.6 (breaks {B})')
S.rel('rate', I, R(a, rt_zjg, zj_g[0], '13.4万吨'), 'altered: 82.6 / (13.4/1.042 + 67.2/1.025) = +5.3%, not 2.8% (breaks {B})')
a = ALT(ZJ, 3, zj_pu, '41.1万人', 'urban population 42.1 → 41.1')
S.rel('sum', I, R(a, sum_zjp, zj_pu, '41.1万人'), 'altered: 41.1 + 52.4 = 93.5, not 94.5 (breaks {B})')
S.rel('share', I, R(a, sh_zju, zj_pu, '41.1万人'), 'altered: 41.1 / 94.5 = 43.49%, not 44.5% (breaks {B})')
a = ALT(JL, 1, jl_p[1], '104.3億元', 'secondary value added 101.3 → 104.3')
S.rel('sum', I, R(a, sum_jl, jl_p[1], '104.3億元'), 'altered: 50.1 + 104.3 + 84.5 = 238.9, not 236 (breaks {B})')
S.rel('share', I, R(a, sh_jl2, jl_p[1], '104.3億元'), 'altered: 104.3 / 236 = 44.19%, not 42.9 (breaks {B})')
a = ALT(JL, 2, jl_c[2], '63.1%', 'tertiary contribution 68.1% → 63.1%')
S.rel('sum', I, R(a, sum_jlc, jl_c[2], '63.1%'), 'altered: 67.4 − 35.5 + 63.1 = 95.0%, not 100 (breaks {B})')
S.rel('growth', I, R(a, gr_jl3, jl_c[2], '63.1%'), 'altered: 63.1% × 1.4 = 0.88 points, not 1.0 (breaks {B})')
a = ALT(JL, 3, jl_pe[0], '18.9億元', 'primary private value added 13.9 → 18.9')
S.rel('sum', I, R(a, sum_jlp, jl_pe[0], '18.9億元'), 'altered: 18.9 + 84.3 + 40.3 = 143.5, not 138.5 (breaks {B})')
a = ALT(WX, 1, wx_a[1], '197 607万元', '1990 agricultural output 191607 → 197607')
S.rel('growth', I, R(a, list(wx_a), wx_a[1], '197 607万元'), 'altered: (197607/116588)^(1/12) − 1 = 4.50% a year, not 4.23% (breaks {B})')
a = ALT(WX, 2, wx_s[3], '13.9%', 'tertiary share of rural output 11.9% → 13.9%')
S.rel('sum', I, R(a, sum_wxs, wx_s[3], '13.9%'), 'altered: 18.1 + 13.9 = 32%, not 30% (breaks {B})')
S.rel('share', I, R(a, list(wx_s), wx_s[3], '13.9%'), 'altered: 95066 / 18.1% = 525200 but 62571 / 13.9% = 450100: the two shares no longer have one base (breaks {B})')
a = ALT(HA, 1, ha_r[2], '368500万元', 'bond revenue 366500 → 368500')
S.rel('sum', I, R(a, sum_har, ha_r[2], '368500万元'), 'altered: the revenue items add to 2045209, not 2043209 (breaks {B})')
a = ALT(HA, 2, ha_h[2], '3971万元', '合川-level tax increase 3471 → 3971')
S.rel('growth', I, R(a, gr_hah, ha_h[2], '3971万元'), 'altered: 3971 / 90969 = 4.37%, not 3.8% (breaks {B})')
a = ALT(HB, 1, hb_b, '561695万元', '2022 general budget revenue 531695 → 561695')
S.rel('growth', I, R(a, gr_hbb, hb_b, '561695万元'), 'altered, cross-document: 663287 → 561695 = −15.3%, not −19.8% (breaks {B})')
a = ALT(HB, 2, hb_i[2], '43975万元', 'industry’s tax decrease 45975 → 43975')
S.rel('sum', I, R(a, sum_hbi, hb_i[2], '43975万元'), 'altered, cross-document: 163595 + 43975 = 207570, not the 2021 level 209570 (breaks {B})')
S.rel('growth', I, R(a, gr_hbi, hb_i[2], '43975万元'), 'altered: 43975 / 207570 = 21.19%, not 21.9% (breaks {B})')
a = ALT(KP, 1, kp_a[1], '682.5亿元', 'continuing projects 632.5 → 682.5')
S.rel('sum', I, R(a, sum_kpa, kp_a[1], '682.5亿元'), 'altered: 187.4 + 682.5 + 175.8 = 1045.7, not 996 (breaks {B})')
a = ALT(KP, 2, kp_f[2], '58.9亿元', 'water projects 56.9 → 58.9')
S.rel('sum', I, R(a, sum_kpf, kp_f[2], '58.9亿元'), 'altered: the infrastructure items add to 621.5, not 619.5 (breaks {B})')
a = ALT(KP, 3, kp_i[2], '41.3亿元', 'services projects 47.3 → 41.3')
S.rel('sum', I, R(a, sum_kpi, kp_i[2], '41.3亿元'), 'altered: 201 + 15.2 + 41.3 + 10.1 = 267.6, not 273.6 (breaks {B})')
a = ALT(KM, 1, km_a[1], '525.6亿元', 'industrial-upgrading investment 555.6 → 525.6')
S.rel('share', I, R(a, km_a, km_a[1], '525.6亿元'), 'altered: 525.6 / 745.5 = 70.5%, not 74.5% (breaks {B})')
a = ALT(KM, 2, km_w[1], '88.8亿元', '万开云 investment 85.8 → 88.8')
S.rel('share', I, R(a, km_w, km_w[1], '88.8亿元'), 'altered: 88.8 / 118.8 = 74.7%, not 72.2% (breaks {B})')
a = ALT(NM, 1, nm_p[1], '4.34亿元', 'secondary value added 4.84 → 4.34')
S.rel('sum', I, R(a, sum_nm, nm_p[1], '4.34亿元'), 'altered: 2.7 + 4.34 + 6.9 = 13.94, not 14.44 (breaks {B})')
S.rel('share', I, R(a, sh_nm2, nm_p[1], '4.34亿元'), 'altered: 4.34 / 14.44 = 30.1%, not 34 (breaks {B})')
a = ALT(NM, 2, nm_p[2], '6.4亿元', 'tertiary value added 6.9 → 6.4')
S.rel('sum', I, R(a, sum_nm, nm_p[2], '6.4亿元'), 'altered: 2.7 + 4.84 + 6.4 = 13.94, not 14.44 (breaks {B})')
S.rel('share', I, R(a, sh_nm3, nm_p[2], '6.4亿元'), 'altered: 6.4 / 14.44 = 44.3%, not 47 (breaks {B})')
a = ALT(XZ, 1, xz_r[2], '168.14億元', 'rural retail sales 163.14 → 168.14')
S.rel('sum', I, R(a, sum_xzr, xz_r[2], '168.14億元'), 'altered: 716.67 + 168.14 = 884.81, not 879.8 (breaks {B})')
S.rel('rate', I, R(a, rt_xzr, xz_r[2], '168.14億元'), 'altered: 879.8 / (716.67/1.195 + 168.14/1.288) = +20.5%, not 21.1% (breaks {B})')
a = ALT(XZ, 2, xz_p[1], '832.97億元', 'secondary value added 882.97 → 832.97')
S.rel('sum', I, R(a, sum_xz, xz_p[1], '832.97億元'), 'altered: 215.01 + 832.97 + 1294.69 = 2342.67, not 2392.67 (breaks {B})')
a = ALT(SN, 1, sn_gh, '9%左右', 'headline GDP target 8%左右 → 9%左右')
S.rel('restatement', I, R(a, [sn_gh, sn_g], sn_gh, '9%左右'), 'altered: headline target 9%左右 against 8%左右 in the body (breaks {B})')
a = ALT(WC, 1, wc_p[1], '24.22亿元', 'secondary value added 21.22 → 24.22')
S.rel('sum', I, R(a, sum_wc, wc_p[1], '24.22亿元'), 'altered: 22.81 + 24.22 + 42.76 = 89.79, not 86.8 (breaks {B})')
S.rel('share', I, R(a, sh_wc2, wc_p[1], '24.22亿元'), 'altered: 24.22 / 86.8 = 27.9%, not 24.5% (breaks {B})')
a = ALT(WC, 2, wc_d[2], '3.85个', 'tertiary share change 3.25 → 3.85')
S.rel('sum', I, R(a, sum_wcd, wc_d[2], '3.85个'), 'altered: −3.72 + 0.46 + 3.85 = +0.59: the share changes no longer add to zero (breaks {B})')
a = ALT(QX, 1, qx_n, '456 亿元', 'GDP 556 → 456')
S.rel('restatement', I, R(a, [qx_n, F(QX, '500 亿元')], qx_n, '456 亿元'), 'altered: 456亿 does not “突破 500 亿元” (breaks {B})')
a = ALT(PE, 1, pe_a[1], '3.1萬畝', 'summer area increase 2.1 → 3.1')
S.rel('growth', I, R(a, list(pe_a), pe_a[1], '3.1萬畝'), 'altered: 3.1 / 104.13 = 2.98% (2.93–3.03), not 2% (breaks {B})')
a = ALT(PE, 2, pe_o[1], '0.38萬噸', 'output increase 0.33 → 0.38')
S.rel('growth', I, R(a, list(pe_o), pe_o[1], '0.38萬噸'), 'altered: 0.38 / 14.97 = 2.54%, not 2.2% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

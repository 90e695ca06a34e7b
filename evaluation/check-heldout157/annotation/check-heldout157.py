"""Check key, set check-heldout157. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout157.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout157'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


C20='cz_2020.txt'; C21='cz_2021.txt'; C22='cz_2022.txt'; CP='cz_2023p.txt'; C23='cz_2023.txt'; HN='hn_2025h1.txt'; XZ='xz_2023.txt'
XC='xc_1993.txt'; YC='yc_2022.txt'; JZ='jz_2022_hant.txt'; HY='hy_2020_hant.txt'; YL='yl_2022.txt'; LC='lc_2024_hant.txt'
FC='fc_2025h1.txt'; AH='ah_2018.txt'; AQ='aq_h1.txt'

# ---- 长治 2021 report (十三五 review: 2015 and 2020 levels)
a_g15 = F(C20, '1195.1亿元'); a_g20 = F(C20, '1711.6亿元'); a_g6 = F(C20, '6%', pre='年均增长')
a_r15 = F(C20, '96.4亿元'); a_r20 = F(C20, '166.4亿元'); a_r115 = F(C20, '11.5%')
gr_a = [a_r15, a_r20, a_r115]; gr_ai = [F(C20, '6.4%'), F(C20, '8%', pre='、'), a_g6]
S.rel('growth', C, gr_a, '长治 general-budget revenue 96.4亿 (2015) → 166.4亿 (2020), “年均增长11.5%”: (166.4/96.4)^(1/5) = 1.1154 → 11.5%')
S.rel('growth', U, [a_g15, a_g20, a_g6], 'GDP 1195.1 → 1711.6亿 is 7.4% a year nominal; the “年均增长6%” is at comparable prices: nominal vs real, no contradiction')
S.rel('growth', C, gr_ai, 'urban and rural per-capita income “年均分别增长6.4%、8%,均高于GDP增速” (6% a year): 6.4 > 6 and 8 > 6')
S.rel('share', U, [F(C20, '95%'), F(C20, '53%'), F(C20, '50%')], 'LED, photovoltaic and pharmaceutical output at 95%, 53%, 50% of the province: shares of three different provincial totals; nothing to add or check')
S.rel('share', U, [F(C20, '31.1%'), F(C20, '5.6%')], 'manufacturing 31.1% and strategic emerging industries 5.6% of industrial value added: overlapping groups (emerging industries are partly manufacturing), levels not stated; no split')

# ---- 长治 2022 report (2021 results)
b_y = F(C21, '2311亿元'); b_r = F(C21, '224亿元'); b_rg = F(C21, '34.7%')
rs_b1 = [F(C21, '2000亿元'), b_y]; gr_b = [a_r20, b_r, b_rg]
S.rel('restatement', C, rs_b1, '2021 GDP “历史性突破2000亿元,达到2311亿元”: 2311 > 2000')
S.rel('restatement', C, [F(C21, '200亿元'), b_r], 'revenue “突破200亿元,达到224亿元”: 224 > 200')
S.rel('growth', C, gr_b, 'cross-document: revenue 166.4亿 (2020, 2021 report) → 224亿 (2021), “增长34.7%”: 224/166.4 = 1.3462; with the half-units 34.3–35.0%, 34.7 inside')
S.rel('growth', U, [a_g20, b_y, F(C21, '11%')], 'cross-document: GDP 1711.6 (2020) → 2311亿 (2021) is +35% nominal; the 11% is real growth: nominal vs real')
S.rel('growth', U, [F(C21, '892亿元'), F(C21, '10.3%')], 'fixed investment 892亿 +10.3%: the 2020 level is in no document here; nothing to check')

# ---- 长治 2023 report (2022 results)
c_y = F(C22, '2804.8亿元'); c_r = F(C22, '310.5亿元'); c_rg = F(C22, '38.6%')
rs_c = [F(C22, '300亿元'), c_r]; gr_c = [b_r, c_r, c_rg]
S.rel('restatement', C, rs_c, '2022 revenue “突破300亿元,达到310.5亿元”: 310.5 > 300')
S.rel('growth', C, gr_c, 'cross-document: revenue 224亿 (2021) → 310.5亿 (2022), “增长38.6%”: 310.5/224 = 1.3862 → 38.6%')
S.rel('growth', U, [b_y, c_y, F(C22, '7.2%')], 'cross-document: GDP 2311 → 2804.8亿 is +21.4% nominal; the 7.2% is real: nominal vs real')
S.rel('growth', I, [F(C22, '27.9%'), F(C22, '6.9万户'), F(C22, '32.6万户')], 'REAL DISCREPANCY in the original: “增长27.9%、净增6.9万户,总量达到32.6万户”: base 32.6 − 6.9 = 25.7, 6.9/25.7 = 26.8% (26.6–27.2% with the half-units), not 27.9%')
S.rel('share', U, [F(C22, '26.8%'), F(C22, '50.7%')], 'manufacturing 26.8% of industry and 50.7% of industrial growth: a share and a contribution; levels not stated, no check')
S.rel('share', U, [F(C22, '1.71亿吨'), F(C22, '13%')], 'coal 1.71亿吨 “占全省的13%”: the province’s output is not stated; nothing to check')
S.rel('growth', U, [F(C21, '1.56亿吨'), F(C22, '1.71亿吨'), F(C22, '8%', pre='、增长')], 'cross-document: coal 1.56亿吨 (2021, preliminary in the 2022 report) → 1.71亿吨 (2022) “增长8%”: 1.71/1.56 = +9.6%; the 8% implies a revised 2021 base of about 1.58亿吨; bases revised between reports, not keyed as an error (see judgement calls)')
S.rel('restatement', U, [F(C22, '26.8%'), F(C22, '27.9%')], 'manufacturing share 26.8% and market-entity growth 27.9%: near numbers, other indicators')

# ---- 长治 2023 plan (goals) and 2024 report (2023 results)
d_y = F(C23, '2806.2亿元'); d_g = F(C23, '5.6%'); d_r = F(C23, '315.08亿元'); d_rg = F(C23, '1.48%')
gr_d = [c_r, d_r, d_rg]; sum_d = [F(C22, '32.6万户'), F(C23, '1.8万户'), F(C23, '34.4万户')]
S.rel('growth', C, gr_d, 'cross-document: revenue 310.5亿 (2022) → 315.08亿 (2023), “增长1.48%”: 315.08/310.5 = 1.01475 → 1.48%')
S.rel('sum', C, sum_d, 'cross-document: market entities 32.6万户 at end-2022 + “净增1.8万户” in 2023 = 34.4万户')
S.rel('growth', U, [c_y, d_y, d_g], 'cross-document: GDP 2804.8 (2022) → 2806.2亿 (2023) is +0.05% nominal against +5.6% real: the 2022 level was revised by the fifth economic census and the rate is real; no check')
S.rel('sum', U, [F(C23, '1.3万户'), F(C23, '1.8万户')], 'enterprises “净增1.3万户” within market entities “净增1.8万户”: a part (individual businesses are the rest, not stated)')
S.rel('restatement', U, [F(C22, '1.71亿吨'), F(C23, '1.71亿吨')], 'cross-document: coal output 1.71亿吨 in 2022 and raw-coal output 1.71亿吨 in 2023: the same number for another year; no relation')
S.rel('growth', U, [F(C21, '892亿元'), F(C23, '963.5亿元')], 'cross-document: fixed investment 892亿 (2021) and 963.5亿 (2023): two years apart, the 2022 level is not stated; no rate to check')
S.rel('target', MS, [F(CP, '7%以上'), d_g], 'cross-document: 长治 2023 goal “地区生产总值增长7%以上”; 2023 result +5.6%: missed')
S.rel('target', MS, [F(CP, '6%', pre='一般公共预算收入增长'), d_rg], 'cross-document: 2023 goal revenue +6%; result +1.48%: missed')
S.rel('target', CT, [F(CP, '9.5%'), F(C23, '963.5亿元')], 'cross-document: 2023 goal fixed investment +9.5%; the 2024 report gives the level 963.5亿 but no rate, and the 2022 level is in no document: cannot tell')
S.rel('target', U, [F(CP, '7%以上'), F(C22, '7.2%')], 'cross-document: the 2023 GDP goal against the 2022 result 7.2%: other year; unrelated')
S.rel('target', U, [F(CP, '6%', pre='一般公共预算收入增长'), c_rg], 'cross-document: the 2023 revenue goal +6% against the 2022 revenue growth 38.6%: other year; unrelated')
S.rel('target', U, [F(CP, '8%', pre='零售总额增长'), F(C21, '15.2%')], 'cross-document: the 2023 retail-sales goal +8% against the 2021 retail growth 15.2%: other year; unrelated')

# ---- 河南 H1 2025, cities
h_p = F(HN, '5.7%', n=0); h_n = F(HN, '5.3%')
S.rel('growth', C, [h_p, h_n], '河南 H1 2025 GDP +5.7% “高于全国平均5.3%的水平”: 5.7 > 5.3')
cnt = [F(HN, '14地'), F(HN, '5.7%', n=1)] + [F(HN, r, pre=c + '(') for c, r in
       [('南阳', '6.3%'), ('漯河', '7.3%'), ('开封', '6.3%'), ('商丘', '7%'), ('周口', '6.7%'), ('焦作', '6.3%'), ('三门峡', '6.3%'), ('驻马店', '6.8%'),
        ('安阳', '6.3%'), ('鹤壁', '6.3%'), ('许昌', '6.6%'), ('信阳', '5.7%'), ('洛阳', '5.7%'), ('济源', '5.9%'), ('濮阳', '5.9%'), ('平顶山', '5.9%')]]
S.rel('sum', C, cnt, '“有14地GDP增速高于全省平均增速5.7%”: of the 16 listed rates, 14 exceed 5.7 (信阳 and 洛阳 equal it) — a count of the listed parts: 14')
S.rel('share', U, [F(HN, '25.2%'), F(HN, '50.7%')], '南阳 equipment manufacturing: 25.2% of industry above scale and 50.7% contribution to its growth: a share and a contribution; no check')
S.rel('share', U, [F(HN, '2389.83亿元'), F(HN, '780.67亿元')], '南阳 GDP 2389.83 and secondary industry 780.67 (32.7%): no share is stated; nothing to check')
S.rel('restatement', U, [F(HN, '6.3%', pre='780.67亿元,增长'), F(HN, '6.3%', pre='南阳(')], '南阳 secondary industry +6.3% and 南阳 GDP +6.3%: same number, other indicators')
S.rel('share', U, [F(HN, '31683.80亿元'), F(HN, '2389.83亿元')], '河南 H1 GDP 31683.80 and 南阳 2389.83 (7.5%): no share stated; and city GDPs are accounted separately')

# ---- 新郑 2023 (2024 report)
S.rel('share', U, [F(XZ, '427.1亿元'), F(XZ, '476.3亿元')], '257 key projects’ investment 427.1亿 and fixed investment 476.3亿 (89.7%): project investment is counted by project (also outside the city and outside the FAI scope); no share stated')
S.rel('sum', U, [F(XZ, '257个'), F(XZ, '124个'), F(XZ, '42个')], '124 projects started and 42 completed among 257 key projects: overlapping states, not a split')
S.rel('growth', U, [F(XZ, '4.8%'), F(XZ, '7.5%'), F(XZ, '5.1%')], 'urban income +4.8%, rural +7.5% (nominal) and GDP +5.1% (real): no relation is stated; nominal vs real')
S.rel('sum', U, [F(XZ, '89个'), F(XZ, '90个'), F(XZ, '73个'), F(XZ, '53个')], 'bond, central-investment, treasury-bond and 平急两用 project counts: no total stated (a project can be in several lists)')
S.rel('share', U, [F(XZ, '978.3亿元'), F(XZ, '784.6亿元')], 'deposits 978.3 and loans 784.6 (80.2%): no ratio stated')

# ---- 新蔡 1993 (yearbook entry)
S.rel('sum', U, [F(XC, '96.6万'), F(XC, '90.6万')], '新蔡 population 96.6万 “其中农业人口90.6万”: a part; the non-farm part and shares are not stated')
S.rel('growth', U, [F(XC, '14698吨'), F(XC, '77.3%')], 'oil crops 14698吨 +77.3%: the 1992 level is not stated (1992 was a flood year); nothing to check')
S.rel('growth', U, [F(XC, '54.9%'), F(XC, '77.3%')], 'grain +54.9% and oil crops +77.3%: other indicators; no relation')
S.rel('growth', U, [F(XC, '18748万元'), F(XC, '3.95')], 'livestock output 18748万元 “比上年增长3.95” (unit lost in the stored text): the 1992 level is not stated')

# ---- 宜城 2022 bulletin
e_y = F(YC, '465.63亿元'); e_p = [F(YC, '76.13亿元'), F(YC, '195.57亿元'), F(YC, '193.93亿元')]
e_s1 = F(YC, '16.3'); e_s2 = P(YC, '42.0', S.read(YC).index('42.041.7')); e_s3 = P(YC, '41.7', S.read(YC).index('42.041.7') + 4)
sum_e = e_p + [e_y]; sh_e1 = [e_p[0], e_y, e_s1]; sh_e3 = [e_p[2], e_y, e_s3]; sum_es = [e_s1, e_s2, e_s3]
S.rel('sum', C, sum_e, '宜城 2022: 76.13 + 195.57 + 193.93 = 465.63亿')
S.rel('share', C, sh_e1, 'primary 76.13 / 465.63 = 16.35% → 16.3')
S.rel('share', C, [e_p[1], e_y, e_s2], 'secondary 195.57 / 465.63 = 42.00% → 42.0 (stored as “42.041.7”, the separator lost)')
S.rel('share', C, sh_e3, 'tertiary 193.93 / 465.63 = 41.649%; with the half-units (193.935 / 465.625 = 41.651%) → 41.7, as printed (judgement call: at the edge)')
S.rel('sum', C, sum_es, '2022 structure 16.3 + 42.0 + 41.7 = 100')
S.rel('sum', C, [F(YC, '16.0'), F(YC, '40.7'), F(YC, '43.3')], '2021 structure 16.0 + 40.7 + 43.3 = 100')
S.rel('growth', U, [F(YC, '13.7%'), F(YC, '6.1%', pre='可比增长')], 'per-capita GDP +13.7% against GDP +6.1% (comparable): the per-capita rate is nominal or on a changed population; no check')
S.rel('rate', U, [F(YC, '6.1%', pre='可比增长'), F(YC, '4.3%'), F(YC, '10.5%'), F(YC, '2.7%', pre='可比增长')], 'GDP +6.1% from sector rates 4.3 / 10.5 / 2.7: weights (2021 levels at 2022 prices) not stated')
S.rel('restatement', U, [F(YC, '81.15亿元'), e_p[0]], 'farm, forestry, livestock and fishery value added 81.15 and primary industry 76.13: the first also holds farm services; other scope')
S.rel('restatement', U, [F(YC, '2.3%', n=0), F(YC, '2.3%', n=1)], 'food-and-tobacco prices +2.3% and clothing prices +2.3%: same number, other indicators')

# ---- 荆州 2022 bulletin (traditional)
j_y = F(JZ, '3008.61億元'); j_p = [F(JZ, '571.94億元'), F(JZ, '1072.79億元'), F(JZ, '1363.88億元')]
j_s = [F(JZ, '19.0'), F(JZ, '35.7'), F(JZ, '45.3')]
sum_j = j_p + [j_y]; sh_j2 = [j_p[1], j_y, j_s[1]]; sh_j3 = [j_p[2], j_y, j_s[2]]; sum_js = list(j_s)
S.rel('sum', C, sum_j, '荆州 2022: 571.94 + 1072.79 + 1363.88 = 3008.61億')
S.rel('share', C, [j_p[0], j_y, j_s[0]], 'primary 571.94 / 3008.61 = 19.01% → 19.0')
S.rel('share', C, sh_j2, 'secondary 1072.79 / 3008.61 = 35.66% → 35.7')
S.rel('share', C, sh_j3, 'tertiary 1363.88 / 3008.61 = 45.33% → 45.3')
S.rel('sum', C, sum_js, '2022 structure 19.0 + 35.7 + 45.3 = 100')
S.rel('sum', C, [F(JZ, '19.2'), F(JZ, '34.4'), F(JZ, '46.4')], '2021 structure 19.2 + 34.4 + 46.4 = 100')
S.rel('restatement', C, [F(JZ, '3000億元'), j_y], '“經濟總量突破3000億元” restated as 3008.61億 (> 3000)')
S.rel('growth', U, [F(JZ, '5.1%'), F(JZ, '8.5%')], '“比上年增長5.1%,兩年平均增長8.5%”: the 2021 rate (about 12.0%) is not stated; nothing to check')
S.rel('growth', U, [F(JZ, '10.4%'), F(JZ, '5.1%')], 'per-capita GDP +10.4% against GDP +5.1%: per-capita rate nominal or on a changed population; no check')
S.rel('rate', U, [F(JZ, '2.2%'), F(JZ, '1.4%'), F(JZ, '0.3%'), F(JZ, '7.6%'), F(JZ, '2.5%', pre='、'), F(JZ, '1.5%'), F(JZ, '0.5%')], 'tertiary +2.2% from six service rates: weights not stated')
S.rel('growth', U, [F(JZ, '3.7%'), F(JZ, '2.5個')], 'CPI +3.7%, “漲幅比上年上升2.5個百分點”: the 2021 CPI (1.2%) is not stated')

# ---- 衡阳 2020 (traditional with pinyin glosses)
k_y0 = F(HY, '3508.50億元'); k_y1 = F(HY, '3508.50億(yi)元'); k_p = [F(HY, '441.67億(yi)元'), F(HY, '1159.32億(yi)元'), F(HY, '1907.50億(yi)元')]
k_s = [F(HY, '12.6'), F(HY, '33.0'), F(HY, '54.4')]; k_c = [F(HY, '10.3%'), F(HY, '48.0%'), F(HY, '41.7%')]
rs_k = [k_y0, k_y1]; sum_k = k_p + [k_y1]; sh_k2 = [k_p[1], k_y1, k_s[1]]
S.rel('restatement', C, rs_k, '衡阳 2020 GDP 3508.50億 in the lead and in the bulletin paragraph')
S.rel('restatement', C, [F(HY, '4.0%', n=0), F(HY, '4.0%', n=1)], 'GDP growth 4.0% in both')
S.rel('sum', C, sum_k, '441.67 + 1159.32 + 1907.50 = 3508.49 → 3508.50億 (rounding)')
S.rel('share', C, [k_p[0], k_y1, k_s[0]], 'primary 441.67 / 3508.50 = 12.59% → 12.6')
S.rel('share', C, sh_k2, 'secondary 1159.32 / 3508.50 = 33.04% → 33.0')
S.rel('share', C, [k_p[2], k_y1, k_s[2]], 'tertiary 1907.50 / 3508.50 = 54.37% → 54.4')
S.rel('sum', C, k_c, 'contributions 10.3 + 48.0 + 41.7 = 100%')
S.rel('growth', C, [F(HY, '362.46億元'), F(HY, '271.49億元')], '衡阳县 362.46億 “GDP總冠軍” among the districts and counties: above 珠晖区 271.49, the largest district named')
S.rel('growth', C, [F(HY, '271.49億元'), F(HY, '264.04億元')], '珠晖区 271.49 “奪魁” among the main districts, 雁峰区 264.04 “緊隨其后”: 271.49 > 264.04')
S.rel('share', U, [F(HY, '23.8%'), k_s[1]], 'industry 23.8% of GDP within the secondary 33.0: a part (construction is the rest); the industry level is not stated')
S.rel('sum', U, [F(HY, '362.46億元'), F(HY, '271.49億元'), F(HY, '264.04億元'), F(HY, '256.83億元'), F(HY, '219.92億元'), k_y0], 'five of the 12 counties and districts: not a split of the city total (and county GDPs are accounted separately)')
S.rel('rate', U, [F(HY, '4.0%', n=1), F(HY, '3.9%'), F(HY, '5.1%'), F(HY, '3.3%')], 'GDP +4.0% from sector rates: the 2019 weights are not stated (the contributions imply them but are rounded)')

# ---- 岳麓区 2022 budget execution
l_r = F(YL, '71.97亿元', n=0); l_r1 = F(YL, '71.97亿元', n=1); l_tr = F(YL, '123.08亿元', n=0); l_te = F(YL, '123.08亿元', n=1)
sum_l1 = [F(YL, '41.70亿元'), F(YL, '17.50亿元'), F(YL, '12.77亿元'), l_r]
sum_l2 = [l_r1, F(YL, '30.60亿元'), F(YL, '14.73亿元'), F(YL, '0.87亿元'), F(YL, '4.91亿元', n=0), l_tr]
sum_l3 = [F(YL, '82.67亿元'), F(YL, '11.77亿元'), F(YL, '4.91亿元', n=1), F(YL, '23.73亿元'), l_te]
S.rel('sum', C, sum_l1, '岳麓 2022 revenue 71.97亿 = district taxes 41.70 + devolved provincial taxes 17.50 + non-tax 12.77')
S.rel('sum', C, sum_l2, 'total sources 123.08 = 71.97 + transfers 30.60 + funds brought in 14.73 + stabilisation fund 0.87 + on-lent bonds 4.91')
S.rel('sum', C, sum_l3, 'total uses 123.08 = spending 82.67 + special transfers 11.77 + bond repayment 4.91 + remittances 23.73')
S.rel('restatement', C, [l_r, l_r1], 'revenue 71.97亿 in both paragraphs')
S.rel('restatement', C, [l_tr, l_te], '“收入合计123.08亿元” = “支出合计123.08亿元”: “全年实现收支平衡”')
S.rel('restatement', U, [F(YL, '4.91亿元', n=0), F(YL, '4.91亿元', n=1)], 'bond on-lending received 4.91 and bond principal repaid 4.91: equal here, but no identity ties them (refinancing bonds need not equal repayments); no relation stated')
S.rel('growth', U, [l_r, F(YL, '6.7%')], 'revenue 71.97 +6.7%: the 2021 level is not stated')
S.rel('growth', U, [F(YL, '82.67亿元'), F(YL, '12.45%')], 'spending 82.67 +12.45%: the 2021 level is not stated')

# ---- 临川区 2024 (2025 report, traditional)
S.rel('restatement', C, [F(LC, '700億元'), F(LC, '711.1億元')], '临川 2024 GDP “突破700億元大關,完成711.1億元”: 711.1 > 700')
S.rel('growth', U, [F(LC, '9.8%'), F(LC, '4.3個')], 'fixed investment +9.8% “高於全市4.3個百分點”: the city rate (5.5%) is not stated')
S.rel('growth', U, [F(LC, '12.3%'), F(LC, '0.6個')], 'industry above scale +12.3% “高於全市0.6個百分點”: the city rate is not stated')
S.rel('growth', U, [F(LC, '4.7%'), F(LC, '6.6%'), F(LC, '5.9%')], 'urban +4.7% and rural +6.6% income (nominal) and GDP +5.9% (real): no relation stated')
S.rel('growth', U, [F(LC, '184.86億元'), F(LC, '6.1%')], 'retail sales 184.86 +6.1% “高於全市平均增速”: neither the 2023 level nor the city rate is stated')

# ---- 丰城 first half 2025
S.rel('growth', U, [F(FC, '6.1%'), F(FC, '0.1个')], '丰城 GDP +6.1% “高于宜春0.1个百分点”: 宜春’s rate (6.0%) is not stated in the document')
S.rel('growth', U, [F(FC, '10.0%'), F(FC, '2.9个')], 'industry +10.0% “高于宜春2.9个百分点”: 宜春’s rate is not stated')
S.rel('growth', U, [F(FC, '3.1%'), F(FC, '0.8个')], 'housing sales +3.1% “低于宜春0.8个百分点”: 宜春’s rate is not stated')
S.rel('growth', U, [F(FC, '29.9亿元'), F(FC, '6.7%')], 'revenue 29.9亿 −6.7%: the 2024 level is not stated')

# ---- 安徽 key projects to end-November 2018
m_i = F(AH, '14115亿元', n=2); m_p = F(AH, '115.2%'); m_m = F(AH, '1115.3亿元'); m_mp = F(AH, '9.1%')
m_s = F(AH, '95.1%'); m_c = F(AH, '99.2%'); m_sl = F(AH, '3.4个'); m_cl = F(AH, '7.5个')
sh_m = [m_i, m_p, m_m, m_mp]; gr_m = [m_s, m_sl, m_c, m_cl]
S.rel('restatement', C, [F(AH, '14115亿元', n=0), m_i], '安徽 key-project investment 14115亿 in the headline and the body (the lead paragraph is stored twice)')
S.rel('share', C, sh_m, 'the two plan shares imply the same annual plan: 14115 / 115.2% = 12253亿; November 1115.3 / 9.1% = 12256亿 (12189–12324 with the half-unit)')
S.rel('growth', C, gr_m, 'starts 95.1% “快于序时进度3.4个百分点” and completions 99.2% “快于序时进度7.5个百分点”: 95.1 − 3.4 = 99.2 − 7.5 = 91.7 = 11/12, the pace after eleven months')
S.rel('target', M, [m_p], 'investment 115.2% of the annual plan by end-November (“已超额完成年初计划”): cumulative investment cannot fall, so the annual plan is met')
S.rel('target', CT, [F(AH, '2390个', n=1), m_s], 'new starts 2390 = 95.1% of the annual plan by end-November: the year is not over; cannot tell')
S.rel('target', CT, [F(AH, '1252个'), m_c], 'completions 1252 = 99.2% of the annual plan by end-November: cannot tell')
S.rel('sum', U, [F(AH, '116个'), F(AH, '2390个', n=1)], '116 starts in November within the 2390 so far: a part; no split stated')

# ---- 安庆 farm, forestry and water key projects, first half
q_c = F(AQ, '31.14亿元', n=1); q_p = F(AQ, '51.35亿元'); q_cp = [F(AQ, '11.38亿元'), F(AQ, '18.56亿元'), F(AQ, '1.2亿元')]
q_pp = [F(AQ, '15.55亿元'), F(AQ, '32.8亿元'), F(AQ, '3亿元', pre='投资')]; q_tp = [F(AQ, '82.72亿元'), F(AQ, '232.56亿元'), F(AQ, '22.11亿元'), F(AQ, '337.39亿元')]
sum_q1 = q_cp + [q_c]; sum_q3 = list(q_tp); sh_q = [F(AQ, '31.14亿元', n=0), q_p, F(AQ, '60.6%')]; sh_q2 = [q_cp[1], q_pp[1], F(AQ, '56.6%')]
S.rel('sum', C, sum_q1, '安庆 H1: completed 11.38 + 18.56 + 1.2 = 31.14亿')
S.rel('sum', C, q_pp + [q_p], 'annual plans 15.55 + 32.8 + 3 = 51.35亿')
S.rel('sum', C, sum_q3, 'total investment 82.72 + 232.56 + 22.11 = 337.39亿')
S.rel('sum', C, [F(AQ, '28个'), F(AQ, '14个'), F(AQ, '2个'), F(AQ, '44个')], 'projects 28 + 14 + 2 = 44')
S.rel('share', C, sh_q, '31.14 / 51.35 = 60.64% → “完成年度计划的60.6%”')
S.rel('share', C, [q_cp[0], q_pp[0], F(AQ, '73.2%')], 'farm 11.38 / 15.55 = 73.18% → 73.2%')
S.rel('share', C, sh_q2, 'water 18.56 / 32.8 = 56.59% → 56.6%')
S.rel('share', C, [q_cp[2], q_pp[2], F(AQ, '40%')], 'forestry 1.2 / 3 = 40%')
S.rel('restatement', C, [F(AQ, '31.14亿元', n=0), q_c], 'completed investment 31.14亿 in the lead and the body')
S.rel('target', CT, [q_p, q_c], 'annual plan 51.35亿 against 31.14亿 by June: the year is not over; cannot tell')
S.rel('target', U, [F(AQ, '60.6%'), m_p], 'cross-document: 安庆 farm projects at 60.6% of their plan by June and 安徽 key projects at 115.2% by November: other scope, place, year and period; unrelated')

# ---- further cross-document traps
S.rel('target', U, [F(CP, '7%以上'), h_p], 'cross-document: 长治’s 2023 GDP goal against 河南’s H1 2025 growth 5.7%: other place and period; unrelated')
S.rel('restatement', U, [F(JZ, '5.1%'), F(XZ, '5.1%')], 'cross-document: 荆州 2022 GDP +5.1% and 新郑 2023 GDP +5.1%: same number, other place and year')
S.rel('growth', U, [j_y, k_y0], 'cross-document: 荆州 2022 GDP 3008.61億 and 衡阳 2020 GDP 3508.50億: other places and years; no relation')

# ======== altered copies
a = ALT(C20, 1, a_r115, '12.5%', 'revenue average growth 11.5% → 12.5%')
S.rel('growth', I, R(a, gr_a, a_r115, '12.5%'), 'altered: (166.4/96.4)^(1/5) = 1.1154 → 11.5% a year, not 12.5% (breaks {B})')
a = ALT(C20, 2, gr_ai[0], '5.4%', 'urban income average growth 6.4% → 5.4%')
S.rel('growth', I, R(a, gr_ai, gr_ai[0], '5.4%'), 'altered: urban income +5.4% a year is not “高于GDP增速” 6% (breaks {B})')
a = ALT(C20, 3, a_r15, '90.4亿元', '2015 revenue 96.4 → 90.4')
S.rel('growth', I, R(a, gr_a, a_r15, '90.4亿元'), 'altered: (166.4/90.4)^(1/5) = 1.130 → 13.0% a year, not 11.5% (breaks {B})')
a = ALT(C21, 1, b_rg, '31.7%', 'revenue growth 34.7% → 31.7%')
S.rel('growth', I, R(a, gr_b, b_rg, '31.7%'), 'altered: 224/166.4 = +34.6% (34.3–35.0), not 31.7% (breaks {B})')
a = ALT(C21, 2, rs_b1[0], '2500亿元', 'GDP threshold “突破2000亿元” → “突破2500亿元”')
S.rel('restatement', I, R(a, rs_b1, rs_b1[0], '2500亿元'), 'altered: 2311亿 does not “突破2500亿元” (breaks {B})')
a = ALT(C22, 1, c_r, '340.5亿元', '2022 revenue 310.5 → 340.5')
S.rel('growth', I, R(a, gr_c, c_r, '340.5亿元'), 'altered: 340.5/224 = +52.0%, not 38.6% (breaks {B})')
S.rel('growth', I, R(a, gr_d, c_r, '340.5亿元'), 'altered: 340.5 (2022) → 315.08 (2023) is −7.5%, not +1.48% (breaks {B})')
a = ALT(C22, 2, c_rg, '33.6%', 'revenue growth 38.6% → 33.6%')
S.rel('growth', I, R(a, gr_c, c_rg, '33.6%'), 'altered: 310.5/224 = +38.6%, not 33.6% (breaks {B})')
a = ALT(C23, 1, d_rg, '1.98%', 'revenue growth 1.48% → 1.98%')
S.rel('growth', I, R(a, gr_d, d_rg, '1.98%'), 'altered: 315.08/310.5 = +1.48%, not 1.98% (breaks {B})')
a = ALT(C23, 2, sum_d[2], '36.4万户', 'market entities 34.4 → 36.4万户')
S.rel('sum', I, R(a, sum_d, sum_d[2], '36.4万户'), 'altered: 32.6 + 1.8 = 34.4万户, not 36.4 (breaks {B})')
a = ALT(HN, 1, h_n, '5.8%', 'national H1 growth 5.3% → 5.8%')
S.rel('growth', I, R(a, [h_p, h_n], h_n, '5.8%'), 'altered: 5.7% is not “高于全国平均5.8%的水平” (breaks {B})')
a = ALT(HN, 2, cnt[13], '5.9%', '信阳 5.7% → 5.9%')
S.rel('sum', I, R(a, cnt, cnt[13], '5.9%'), 'altered: with 信阳 at 5.9%, 15 of the listed rates exceed 5.7, not 14 (breaks {B})')
a = ALT(YC, 1, e_p[2], '198.93亿元', 'tertiary 193.93 → 198.93')
S.rel('sum', I, R(a, sum_e, e_p[2], '198.93亿元'), 'altered: 76.13 + 195.57 + 198.93 = 470.63, not 465.63 (breaks {B})')
S.rel('share', I, R(a, sh_e3, e_p[2], '198.93亿元'), 'altered: 198.93 / 465.63 = 42.7%, not 41.7 (breaks {B})')
a = ALT(YC, 2, e_s1, '18.3', 'primary share 16.3 → 18.3')
S.rel('share', I, R(a, sh_e1, e_s1, '18.3'), 'altered: 76.13 / 465.63 = 16.35%, not 18.3 (breaks {B})')
S.rel('sum', I, R(a, sum_es, e_s1, '18.3'), 'altered: 18.3 + 42.0 + 41.7 = 102, not 100 (breaks {B})')
a = ALT(JZ, 1, j_p[1], '1078.79億元', 'secondary 1072.79 → 1078.79')
S.rel('sum', I, R(a, sum_j, j_p[1], '1078.79億元'), 'altered: 571.94 + 1078.79 + 1363.88 = 3014.61, not 3008.61 (breaks {B})')
S.rel('share', I, R(a, sh_j2, j_p[1], '1078.79億元'), 'altered: 1078.79 / 3008.61 = 35.86% → 35.9, not 35.7 (breaks {B})')
a = ALT(JZ, 2, j_s[2], '43.3', 'tertiary share 45.3 → 43.3')
S.rel('share', I, R(a, sh_j3, j_s[2], '43.3'), 'altered: 1363.88 / 3008.61 = 45.3%, not 43.3 (breaks {B})')
S.rel('sum', I, R(a, sum_js, j_s[2], '43.3'), 'altered: 19.0 + 35.7 + 43.3 = 98, not 100 (breaks {B})')
a = ALT(HY, 1, k_p[1], '1189.32億(yi)元', 'secondary 1159.32 → 1189.32')
S.rel('sum', I, R(a, sum_k, k_p[1], '1189.32億(yi)元'), 'altered: 441.67 + 1189.32 + 1907.50 = 3538.49, not 3508.50 (breaks {B})')
S.rel('share', I, R(a, sh_k2, k_p[1], '1189.32億(yi)元'), 'altered: 1189.32 / 3508.50 = 33.9%, not 33.0 (breaks {B})')
a = ALT(HY, 2, k_c[2], '44.7%', 'tertiary contribution 41.7% → 44.7%')
S.rel('sum', I, R(a, k_c, k_c[2], '44.7%'), 'altered: 10.3 + 48.0 + 44.7 = 103, not 100 (breaks {B})')
a = ALT(HY, 3, k_y0, '3568.50億元', 'GDP in the lead 3508.50 → 3568.50')
S.rel('restatement', I, R(a, rs_k, k_y0, '3568.50億元'), 'altered: GDP 3568.50億 in the lead, 3508.50億 in the bulletin paragraph (breaks {B})')
a = ALT(YL, 1, sum_l1[1], '17.80亿元', 'devolved provincial taxes 17.50 → 17.80')
S.rel('sum', I, R(a, sum_l1, sum_l1[1], '17.80亿元'), 'altered: 41.70 + 17.80 + 12.77 = 72.27, not 71.97 (breaks {B})')
a = ALT(YL, 2, sum_l3[3], '28.73亿元', 'remittances to higher levels 23.73 → 28.73')
S.rel('sum', I, R(a, sum_l3, sum_l3[3], '28.73亿元'), 'altered: 82.67 + 11.77 + 4.91 + 28.73 = 128.08, not 123.08 (breaks {B})')
lc_rs = [F(LC, '700億元'), F(LC, '711.1億元')]
a = ALT(LC, 1, lc_rs[0], '750億元', 'GDP threshold “突破700億元” → “突破750億元”')
S.rel('restatement', I, R(a, lc_rs, lc_rs[0], '750億元'), 'altered: 711.1億 does not “突破750億元” (breaks {B})')
a = ALT(AH, 1, m_s, '98.1%', 'starts 95.1% → 98.1% of plan')
S.rel('growth', I, R(a, gr_m, m_s, '98.1%'), 'altered: 98.1 − 3.4 = 94.7, but 99.2 − 7.5 = 91.7 (= 11/12): the two leads imply different paces (breaks {B})')
a = ALT(AH, 2, m_mp, '8.1%', 'November share of the annual plan 9.1% → 8.1%')
S.rel('share', I, R(a, sh_m, m_mp, '8.1%'), 'altered: 1115.3 / 8.1% = 13769亿, but 14115 / 115.2% = 12253亿: the two shares imply different annual plans (breaks {B})')
a = ALT(AQ, 1, q_cp[1], '18.96亿元', 'water projects completed 18.56 → 18.96')
S.rel('sum', I, R(a, sum_q1, q_cp[1], '18.96亿元'), 'altered: 11.38 + 18.96 + 1.2 = 31.54, not 31.14 (breaks {B})')
S.rel('share', I, R(a, sh_q2, q_cp[1], '18.96亿元'), 'altered: 18.96 / 32.8 = 57.8%, not 56.6% (breaks {B})')
a = ALT(AQ, 2, sh_q[2], '66.6%', 'completion 60.6% → 66.6%')
S.rel('share', I, R(a, sh_q, sh_q[2], '66.6%'), 'altered: 31.14 / 51.35 = 60.6%, not 66.6% (breaks {B})')
a = ALT(AQ, 3, q_tp[3], '339.39亿元', 'total investment 337.39 → 339.39')
S.rel('sum', I, R(a, sum_q3, q_tp[3], '339.39亿元'), 'altered: 82.72 + 232.56 + 22.11 = 337.39, not 339.39 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

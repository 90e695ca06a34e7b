"""Check key, set check-heldout150. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout150.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout150'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

DP='dx_2022plan.txt'; DX='dx_2022.txt'; DH='dx_2022h1.txt'; M0='mtg_2020.txt'; TB='tjbsq_2021q1.txt'; T12='tj_2012_hant.txt'; CN='cn_2000tab.txt'
ZD='zd_2016q3.txt'; L5='lf_2005_hant.txt'; L0='lf_2020.txt'; XT='xt_1957.txt'; CF='cfd_2010.txt'; LH='lh_2021.txt'; AL='als_2021m5.txt'
NM='nmg_2023kg.txt'; XL='xlgl_2016.txt'; ZG='zge_2022.txt'; N7='nmg_2017h1_hant.txt'

# ---- 大兴区 (北京) 2022 plan, 2022 results, Q1/H1 2022
dp_n = [F(DP, '12项'), F(DP, '9项'), F(DP, '21项')]
rs_dx21 = [F(DP, '21项'), F(DX, '21项')]
tg_inv = [F(DP, '800亿元'), F(DX, '922.3亿元')]
dx_g = F(DX, '3%', pre='同比增长'); dp_g = F(DP, '6%以上'); dp_i = F(DP, '6%', pre='规模以上工业总产值增长')
S.rel('sum', C, dp_n, '大兴 2022 plan: 12 expected (预期性) + 9 binding (约束性) indicators = “共安排21项指标”')
S.rel('restatement', C, rs_dx21, 'cross-document: the 2022 plan “共安排21项指标” and the 2022 results report “21项国民经济和社会发展计划指标”')
S.rel('target', M, tg_inv, 'cross-document: 2022 target “固定资产投资完成800亿元” against the 2022 result 922.3亿: the year is over and the target was exceeded: met')
S.rel('target', MS, [dp_g, dx_g], 'cross-document: 2022 target GDP “增长6%以上(扣除新冠疫苗影响)” against the result “扣除疫苗影响同比增长3%”: same basis, the year is over: missed (the report itself says 个别经济指标 fell short)')
S.rel('target', CT, [F(DP, '7%', pre='一般公共预算收入增长'), F(DX, '104.4亿元')], 'cross-document: target “一般公共预算收入增长7%” against the 2022 level 104.4亿: the 2021 level is stated in neither document; cannot tell')
S.rel('target', CT, [dp_i, F(DX, '1017.7亿元')], 'cross-document: target 规上工业总产值 +6% against the 2022 level 1017.7亿: the 2021 level is not stated; cannot tell')
S.rel('target', U, [F(DP, '350亿元'), F(DX, '922.3亿元')], 'cross-document: the 建安投资 target 350亿 against the result for all fixed-asset investment 922.3亿: 建安 is a part, its result is not stated; unrelated')
S.rel('sum', U, [F(DP, '350亿元'), F(DP, '800亿元')], '建安投资 350亿 is a part of 固定资产投资 800亿: the rest is not split')
S.rel('restatement', U, [dp_g, dp_i], 'GDP target “6%以上” and 规上工业总产值 target “6%”: same number, other indicators')
S.rel('target', U, [dp_g, F(DH, '5.2%')], 'cross-document: the annual target “6%以上” against Q1 2022 +5.2%: other period; unrelated')
S.rel('growth', U, [F(DH, '5.2%'), dx_g], 'cross-document: Q1 2022 GDP +5.2% and the year 2022 +3%: other periods; no contradiction')
S.rel('target', M, [F(DH, '5.2%'), F(DH, '10.2个百分点')], '大兴 Q1 2022 GDP +5.2% “高于市级下达指标任务10.2个百分点”: the quarter is over and the task (−5.0%, not stated) was exceeded by the text’s own account: met')
S.rel('growth', U, [F(DH, '5.2%'), F(DH, '0.4个百分点')], 'Q1 GDP +5.2% “高于全市地区生产总值0.4个百分点”: the city’s rate (4.8%) is not stated in the document')

# ---- 门头沟区 (北京) 2020 bulletin
mt_p = [F(M0, '2.2亿元'), F(M0, '66.8亿元'), F(M0, '182亿元')]; mt_t = F(M0, '251亿元')
mt_s = [F(M0, '0.9', post=':'), F(M0, '26.6'), F(M0, '72.5')]
sum_mt = mt_p + [mt_t]; sh_mt2 = [mt_p[1], mt_t, mt_s[1]]
mt_tax = F(M0, '24亿元'); mt_nt = F(M0, '8.1亿元'); mt_r = F(M0, '32.1亿元')
sum_mtf = [mt_tax, mt_nt, mt_r]; rt_mt = [mt_r, F(M0, '4.7%'), mt_tax, F(M0, '11%'), mt_nt, F(M0, '33%')]
S.rel('sum', C, sum_mt, '门头沟 2020: 2.2 + 66.8 + 182 = 251亿元')
S.rel('sum', C, mt_s, 'structure 0.9 + 26.6 + 72.5 = 100')
S.rel('share', C, [mt_p[0], mt_t, mt_s[0]], 'primary 2.2 / 251 = 0.88% → 0.9')
S.rel('share', C, sh_mt2, 'secondary 66.8 / 251 = 26.61% → 26.6')
S.rel('share', C, [mt_p[2], mt_t, mt_s[2]], 'tertiary 182 / 251 = 72.51% → 72.5')
S.rel('sum', C, sum_mtf, 'tax 24 + non-tax 8.1 = 32.1亿 (公共财政预算收入)')
S.rel('rate', C, rt_mt, 'revenue −4.7% rebuilt from tax +11% and non-tax −33%: 2019 = 24/1.11 + 8.1/0.67 = 33.71, 32.1/33.71 = −4.8%; with the half units (24 and 11 are whole numbers) −6.9 to −2.6 → −4.7 fits')
S.rel('sum', U, [F(M0, '8.7亿元'), F(M0, '3亿元'), mt_tax], '增值税 8.7 and 企业所得税 3 are parts (其中) of tax 24: the other taxes are not stated')
S.rel('sum', U, [F(M0, '13.7亿元', n=0), F(M0, '13.7亿元', n=1), F(M0, '18.8亿元'), F(M0, '13.9亿元'), F(M0, '4.2亿元'), F(M0, '106.9亿元')], 'five spending items (其中) sum to 64.3, not 106.9: a selection, not a split')
S.rel('restatement', U, [F(M0, '1.1%', n=0), F(M0, '1.1%', n=1)], 'secondary “下降1.1%” and tertiary “增长1.1%”: same number, other indicators and signs')
S.rel('rate', U, [F(M0, '0.2%'), F(M0, '27.6%'), F(M0, '1.1%', n=0), F(M0, '1.1%', n=1)], 'GDP +0.2% from the sectors’ −27.6/−1.1/+1.1%: the 2019 weights are not stated')
S.rel('restatement', U, [F(M0, '41.9亿元'), F(M0, '382.9%'), F(M0, '8.7亿元')], '区级政府性基金 41.9亿 “增长382.9%” implies a 2019 level of 8.68亿, by chance the same as 增值税 8.7亿: other indicator and year; no relation')

# ---- 天津港保税区 Q1 2021
rs_tb = [F(TB, '48.4%', n=0), F(TB, '48.4%', n=1)]; rs_tb2 = [F(TB, '超50%'), F(TB, '逾七成')]
S.rel('restatement', C, rs_tb, 'lead “规上工业产值增长48.4%” restates the body “359.2亿元、同比增长48.4%”')
S.rel('restatement', C, rs_tb2, '“新能源汽车、医疗设备、新材料等产业…产值增长均超50%。其中新能源汽车产值增长逾七成”: over 70% fits over 50%')
S.rel('growth', U, [F(TB, '48.4%', n=1), F(TB, '26.7%')], 'Q1 2021 output +48.4% on Q1 2020 and +26.7% on Q1 2019: fits any Q1 2020 level (implied −14.6%), which is not stated; nothing to check')
S.rel('sum', U, [F(TB, '94.8亿元'), F(TB, '359.2亿元')], '装备制造业 94.8 within 规上工业产值 359.2: a part; the rest is not split')
S.rel('sum', U, [F(TB, '46个'), F(TB, '34个')], 'key projects 46 and reserve projects 34: no total stated')
S.rel('growth', U, [F(TB, '221.4亿元'), F(TB, '96.4%')], '三新服务业 revenue 221.4亿 and 高技术服务业 revenue +96.4%: other scope; no base stated')

# ---- 天津 31 industrial parks to end-2012 (traditional)
rs_t12 = [F(T12, '2046個', n=0), F(T12, '2046個', n=1)]
S.rel('restatement', C, rs_t12, '2046 signed projects stated twice')
S.rel('share', I, [F(T12, '1251個'), F(T12, '443個'), rs_t12[1], F(T12, '82%')], 'REAL DISCREPANCY in the original (truncation): completed 1251 + under construction 443 = 1694; 1694 / 2046 = 82.8%, which rounds to 83%, not “82%” (truncation keyed inconsistent, as for 福建 2452 in check-heldout146)')
S.rel('sum', U, [F(T12, '680項'), F(T12, '220項'), F(T12, '18項')], 'projects over 1亿 (680), over 5亿 (220), over 50亿 (18): nested thresholds, not a split')
S.rel('share', U, [F(T12, '1709億元'), F(T12, '6080億元')], 'fixed assets 1709 against planned 6080億: no ratio stated')

# ---- 北京, 天津 ... 2000 (yearbook appendix table)
cn_bj = [F(CN, '72.9'), F(CN, '208.2'), F(CN, '338.2'), F(CN, '619.3')]
cn_tj = [F(CN, '49.3'), F(CN, '258.1'), F(CN, '179.5'), F(CN, '486.9')]
S.rel('sum', C, cn_bj, '北京 2000 employment by sector 72.9 + 208.2 + 338.2 = 619.3万')
S.rel('sum', C, cn_tj, '天津 2000 employment 49.3 + 258.1 + 179.5 = 486.9万')
S.rel('sum', C, [F(CN, '89.2'), F(CN, '367.0'), F(CN, '372.1'), F(CN, '828.4')], '上海 89.2 + 367.0 + 372.1 = 828.3, within the half units of 828.4')
S.rel('sum', C, [F(CN, '905.5'), F(CN, '293.7'), F(CN, '495.9'), F(CN, '1695.0')], '重庆 905.5 + 293.7 + 495.9 = 1695.1 ≈ 1695.0 (within the half units)')
S.rel('sum', C, [F(CN, '95.7'), F(CN, '202.1'), F(CN, '206.0'), F(CN, '503.7')], '广州 95.7 + 202.1 + 206.0 = 503.8 ≈ 503.7 (within the half units)')
S.rel('share', U, [F(CN, '695.5'), F(CN, '434.2'), F(CN, '15726.0')], '北京 wage bill 695.5亿 / year-end staff 434.2万 = 16018元, not 15726: the average wage is over the average headcount of the year, not the year-end one; no contradiction')
S.rel('share', U, [F(CN, '253.5'), F(CN, '201.8'), F(CN, '12414.0')], '天津 253.5亿 / 201.8万 = 12562元 against 12414: average vs year-end headcount, as for 北京')
S.rel('sum', U, [F(CN, '434.2'), F(CN, '20.2'), F(CN, '283.0'), F(CN, '619.3')], '北京 staff 434.2 (of which state-owned 283.0) and urban self-employed 20.2 are parts (#) of employment 619.3: not a split')
S.rel('restatement', U, [F(CN, '6.2', pre='Birth Rate(‰) | '), F(CN, '0.9', pre='Natural Growth Rate(‰) | '), F(CN, '5.3', pre='7.7 | ')], '北京 birth 6.2‰ − natural growth 0.9‰ gives a death rate of 5.3‰, the same number as 上海’s birth rate 5.3‰: other place and indicator')
S.rel('sum', U, [F(CN, '73.5'), F(CN, '820.2'), F(CN, '1639.4')], '天津 GDP 1639.4: primary 73.5 + secondary 820.2 = 893.7; the tertiary row is not in the excerpt; nothing to check')

# ---- 正定县 (石家庄) Q3 2016
rs_zd = [F(ZD, '4个', n=0), F(ZD, '4个', n=1)]
S.rel('restatement', C, rs_zd, 'headline “正定县4个项目集中开工” and body “高新区污水处理厂等4个项目正式开工”')
S.rel('target', M, [F(ZD, '15亿元'), F(ZD, '128%')], '5 provincial key projects: 15亿 = “占年计划的128%” by end-September: cumulative investment already exceeds the annual plan and cannot fall back: met (see judgement calls)')
S.rel('target', M, [F(ZD, '36.3亿元'), F(ZD, '112%')], '19 city key projects: 36.3亿 = 112% of the annual plan by end-September: met')
S.rel('target', CT, [F(ZD, '32亿元'), F(ZD, '76.4%')], '26 county key projects: 76.4% of the annual plan by end-September: the year is not over; cannot tell')
S.rel('sum', U, [F(ZD, '15亿元'), F(ZD, '36.3亿元'), F(ZD, '32亿元'), F(ZD, '233.09亿元')], 'key-project investment 15 + 36.3 + 32 = 83.3 within the county’s 233.09亿 fixed-asset investment: parts of another scope; not a split')
S.rel('growth', U, [F(ZD, '233.09亿元'), F(ZD, '22%')], 'investment 233.09亿 “同比增长22%”: the 2015 level is not stated')

# ---- 廊坊 2005 bulletin (traditional)
l5_t = F(L5, '632.9億元'); l5_p = [F(L5, '102.4億元'), F(L5, '346.5億元'), F(L5, '184.0億元')]
l5_s = [F(L5, '16.2', post=':'), F(L5, '54.7'), F(L5, '29.1', post='。')]; l5_s0 = [F(L5, '17.0'), F(L5, '53.8'), F(L5, '29.2')]
sum_l5 = l5_p + [l5_t]; sh_l52 = [l5_p[1], l5_t, l5_s[1]]; sh_l53 = [l5_p[2], l5_t, l5_s[2]]
S.rel('sum', C, sum_l5, '廊坊 2005: 102.4 + 346.5 + 184.0 = 632.9億元')
S.rel('share', C, [l5_p[0], l5_t, l5_s[0]], 'primary 102.4 / 632.9 = 16.18% → 16.2')
S.rel('share', C, sh_l52, 'secondary 346.5 / 632.9 = 54.75% → 54.7 (at the edge: 54.748)')
S.rel('share', C, sh_l53, 'tertiary 184.0 / 632.9 = 29.07% → 29.1')
S.rel('sum', C, l5_s, '2005 structure 16.2 + 54.7 + 29.1 = 100')
S.rel('sum', C, l5_s0, '2004 structure 17.0 + 53.8 + 29.2 = 100')
S.rel('growth', C, [l5_s0[1], l5_s[1]], '“第二產業在國民經濟中的比重有所上升”: 53.8 → 54.7, up')
S.rel('growth', U, [F(L5, '13.1%', n=0), F(L5, '0.6個(gè)百分點', n=0)], 'GDP +13.1% “增速比上年提高0.6個百分點”: the 2004 rate (12.5%) is not stated')
S.rel('growth', U, [F(L5, '15.2%'), F(L5, '1.7個(gè)百分點')], 'secondary +15.2% “增速比上年提高1.7個百分點”: the 2004 rate is not stated')
S.rel('rate', U, [F(L5, '13.1%', n=0), F(L5, '5.8%'), F(L5, '15.2%'), F(L5, '13.1%', n=1)] + l5_s0, 'GDP +13.1% from the sectors’ +5.8/+15.2/+13.1% weighted by the 2004 structure gives 12.99 (up to 13.06 with the half units): the GDP was recomputed (“由于計算方法變動”) and the shares are current-price ones; not a check (see judgement calls)')
S.rel('restatement', U, [F(L5, '13.1%', n=0), F(L5, '13.1%', n=1)], 'GDP +13.1% and tertiary +13.1%: same number, other indicators')
S.rel('growth', U, [F(L5, '16200元'), l5_t], 'GDP per head 16200元 and GDP 632.9億: the population is not stated')

# ---- 廊坊 2016-2020 review
gr_l0 = [F(L0, '22955元'), F(L0, '34358元'), F(L0, '8.4%')]
S.rel('growth', C, gr_l0, '廊坊 2015 → 2020: income per head 22955 → 34358元: (34358/22955)^(1/5) = +8.40% a year → “年均增长8.4%”')
S.rel('growth', U, [F(L0, '2411.2亿元'), F(L0, '3301.1亿元'), F(L0, '6.2%')], 'GDP 2411.2 → 3301.1亿 is +6.5% a year at current prices against “年均增长6.2%” at comparable prices: nominal vs real; no contradiction')
S.rel('target', U, [F(L0, '2411.2亿元'), F(L0, '3301.1亿元'), F(L0, '两个翻番')], '“圆满完成‘两个翻番’目标”: 3301.1/2411.2 = 1.37 is no doubling, but the doubling is counted from 2010, whose level is not stated; unrelated')
S.rel('restatement', U, [F(L0, '8.2%', n=0), F(L0, '8.2%', n=1)], 'fixed-asset investment and retail sales both “年均增长8.2%”: same number, other indicators')
S.rel('growth', U, [l5_t, F(L0, '2411.2亿元')], 'cross-document: 廊坊 GDP 632.9億 (2005) and 2411.2亿 (2015): no rate is stated for 2005–2015; nothing to check')

# ---- 邢台专区 1957 (人民日报)
gr_xt1 = [F(XT, '八十一亿斤'), F(XT, '九十五亿斤')]
gr_xt2 = [F(XT, '六十八万二千三百二十二亩'), F(XT, '一百零五万亩')]
gr_xt3 = [F(XT, '十三万七千二百九十一头'), F(XT, '二十三万多头')]
S.rel('growth', C, gr_xt1, '邢台专区 winter work “已经超过了1955年冬天”: manure 八十一亿斤 (1955) → 九十五亿斤 (1956), higher')
S.rel('growth', C, gr_xt2, 'wheat hoeing 682322亩 (1955) → 105万亩 (1956), higher')
S.rel('growth', C, gr_xt3, 'pigs 137291头 (1955) → 23万多头 (1956), higher')
S.rel('growth', U, [F(XT, '两万六千二百四十六亩多'), F(XT, '三万六千七百五十七亩'), F(XT, '六十六万八千二百三十株'), F(XT, '二百零三万多株')], 'afforested area +40% but trees planted ×3: area and tree counts are other indicators; no ratio is stated; nothing to check')
S.rel('sum', U, [F(XT, '五十万亩'), F(XT, '一百零五万亩')], 'top-dressing 50万亩 and hoeing 105万亩 (1956): both on wheat fields, overlapping; the wheat area is not stated')

# ---- 曹妃甸 2010
rs_cf = [F(CF, '1515亿元'), F(CF, '4亿多元')]
S.rel('restatement', C, rs_cf, '曹妃甸 2010 plan: 1515亿 / 365 days = 4.15亿 a day → “日均投资4亿多元”')
S.rel('growth', U, [F(CF, '1515亿元'), F(CF, '50%')], 'planned 1515亿 “同比增长50%”: the 2009 level is not stated')

# ---- 临河区 (巴彦淖尔) 2021
lh_tax = F(LH, '13.58亿元'); lh_nt = F(LH, '2.08亿元'); lh_r = F(LH, '15.66亿元')
sum_lh = [lh_tax, lh_nt, lh_r]; rt_lh = [lh_r, F(LH, '13.7%'), lh_tax, F(LH, '5.3%'), lh_nt, F(LH, '45.2%')]
lh_g = F(LH, '104.6万亩'); lh_c = F(LH, '103.5万亩'); lh_a = F(LH, '208.1万亩'); sum_lhc = [lh_g, lh_c, lh_a]
lh_l = [F(LH, '210.9万头'), F(LH, '19.9万头'), F(LH, '10.4%')]
S.rel('sum', C, [F(LH, '29.69万人'), F(LH, '29.17万人'), F(LH, '58.86万人')], '临河 2021: men 29.69 + women 29.17 = 58.86万')
S.rel('sum', C, [F(LH, '21.0'), F(LH, '28.4'), F(LH, '50.6')], 'structure 21.0 + 28.4 + 50.6 = 100')
S.rel('sum', C, sum_lh, 'tax 13.58 + non-tax 2.08 = 15.66亿')
S.rel('rate', C, rt_lh, 'revenue −13.7% rebuilt from tax −5.3% and non-tax −45.2%: 2020 = 13.58/0.947 + 2.08/0.548 = 18.14; 15.66/18.14 = −13.65% (−13.50 to −13.80 with the half units) → −13.7')
S.rel('sum', C, sum_lhc, 'sown area: grain 104.6 + cash crops 103.5 = 208.1万亩')
S.rel('growth', C, [lh_a, F(LH, '3.2万亩'), lh_g, F(LH, '3.1%', pre='同比增长'), lh_c], 'the increase 3.2万亩 is the grain increase: 104.6 − 104.6/1.031 = 3.15 (3.09–3.20), cash crops “与上年持平” → 3.2')
S.rel('growth', C, lh_l, 'livestock 210.9万 “增加19.9万”, “增长10.4%”: 19.9 / (210.9 − 19.9) = 10.42% → 10.4')
S.rel('growth', C, [F(LH, '10.3万吨'), F(LH, '1.0万吨'), F(LH, '11.2%')], 'meat 10.3万吨 “增加1.0万吨, 增长11.2%”: 1.0/9.3 = 10.8%; with the half units 10.1–11.4% → 11.2 fits (loose)')
S.rel('sum', U, [F(LH, '11.7万口'), F(LH, '3.9万头'), F(LH, '195.1万只'), F(LH, '210.9万头')], 'pigs 11.7 + cattle 3.9 + sheep 195.1 = 210.7 within livestock 210.9 (其中): horses, donkeys, camels are not listed; not a split')
S.rel('share', U, [F(LH, '116.3亿元'), F(LH, '320.03亿元'), F(LH, '21.0')], '农林牧渔业总产值 116.3 is gross output; the primary share 21.0 of GDP 320.03 means value added of about 67.2亿, which is not stated: other indicator; no check')
S.rel('growth', U, [F(LH, '63.96万吨'), F(LH, '1.2%'), F(LH, '3.1%', pre='同比增长')], 'grain output +1.2% with grain area +3.1%: the yield is not stated; no contradiction')

# ---- 阿拉善盟 key projects to end-May 2021
al_t = F(AL, '195亿元'); al_i = F(AL, '30.5亿元'); al_16 = F(AL, '16.4亿元'); al_14 = F(AL, '14.1亿元'); al_34 = F(AL, '34个')
sum_al = [al_14, al_16, al_i]; rt_al = [al_t, al_14, F(AL, '13.6%'), al_16, F(AL, '18%', pre='完成年计划的')]
al_pl = [F(AL, x) for x in ['7.2亿元', '135.7亿元', '31.4亿元', '2.8亿元', '7.4亿元', '10.5亿元']]; sum_alp = al_pl + [al_t]
sum_alk = [F(AL, '7个', pre='开工', n=0), al_34, F(AL, '5个', pre='开工', n=0), F(AL, '4个', pre='开工'), F(AL, '16个'), F(AL, '7个', pre='开工', n=1), F(AL, '73个')]
sh_al34 = [al_34, F(AL, '47个'), F(AL, '72%')]
S.rel('share', C, [F(AL, '100个'), F(AL, '73个'), F(AL, '73%')], '阿拉善 2021 to end-May: 73 of 100 projects started = 73%')
S.rel('share', C, [al_i, al_t, F(AL, '15.6%')], '30.5 / 195 = 15.64% → 15.6')
S.rel('sum', C, [F(AL, '52个'), F(AL, '48个'), F(AL, '100个')], '52 continuing + 48 new = 100 projects')
S.rel('sum', C, sum_al, 'continuing 14.1 + new 16.4 = 30.5亿')
S.rel('share', C, [F(AL, '45个'), F(AL, '52个'), F(AL, '87%')], '45 of 52 continuing projects resumed = 86.5% → 87%')
S.rel('rate', C, rt_al, 'annual plan rebuilt from the two groups: 14.1/13.6% + 16.4/18% = 103.7 + 91.1 = 194.8 (191.3–198.4 with the half units) → 195亿')
S.rel('sum', C, sum_alp, 'sector plans 7.2 + 135.7 + 31.4 + 2.8 + 7.4 + 10.5 = 195.0亿')
S.rel('sum', C, sum_alk, 'sector starts 7 + 34 + 5 + 4 + 16 + 7 = 73')
S.rel('sum', C, [F(AL, '1.9亿元'), F(AL, '20.3亿元'), F(AL, '3亿元', pre='完成投资'), F(AL, '0.9亿元'), F(AL, '2亿元', pre='完成投资'), F(AL, '2.4亿元'), al_i], 'sector investment 1.9 + 20.3 + 3 + 0.9 + 2 + 2.4 = 30.5亿')
S.rel('share', C, sh_al34, '重大产业: 34 of 47 started = 72.3% → 72%')
S.rel('share', C, [F(AL, '20.3亿元'), al_pl[1], F(AL, '15%', pre='完成年计划的')], '重大产业: 20.3 / 135.7 = 14.96% → 15%')
S.rel('growth', U, [F(AL, '73%'), F(AL, '6个百分点')], 'start rate 73% “较去年同期提高6个百分点”: last year’s rate is not stated')
S.rel('growth', U, [al_i, F(AL, '8.1亿元'), F(AL, '15.6%'), F(AL, '3.8个百分点')], '30.5亿 (15.6%) “较去年同期增加8.1亿元, 进度…提高3.8个百分点”: last year 22.4亿 at 11.8% implies a 2020 plan of about 190亿, which is not stated; nothing to check')
S.rel('restatement', U, [F(AL, '71%', n=0), F(AL, '71%', n=1)], '盟直 and 阿右旗 both “开工率71%”: same number, other places')
S.rel('sum', U, [F(AL, '6个', pre='打捆'), F(AL, '17个')], '盟直 17 projects “(打捆6个)”: 6 bundled projects within the 17; a part, not a split')
S.rel('target', CT, [al_i, F(AL, '15.6%')], '30.5亿 = 15.6% of the 2021 plan by end-May: the year is not over; cannot tell')

# ---- 内蒙古 2023 major-project start-up (呼和浩特, 包头, 鄂尔多斯)
nm_h = [F(NM, '430个'), F(NM, '89个'), F(NM, '519个')]; nm_b = [F(NM, '435个'), F(NM, '86个'), F(NM, '521个')]
sh_nmb = [F(NM, '435个'), F(NM, '521个'), F(NM, '83.5%')]
S.rel('sum', C, nm_h, '呼和浩特: 430 started + the other 89 in Q2 (“确保重大项目上半年100%开复工”) = 519 自治区级重大项目')
S.rel('share', C, [F(NM, '430个'), F(NM, '519个'), F(NM, '83%')], '430 / 519 = 82.9% → “开复工率83%”')
S.rel('sum', C, nm_b, '包头: 435 started + “其余的86个项目” = 521')
S.rel('share', C, sh_nmb, '435 / 521 = 83.49% → 83.5%')
S.rel('share', C, [F(NM, '305个'), F(NM, '66个'), F(NM, '82.2%')], '鄂尔多斯: 305 started and 66 more in Q2 make 100% (“实现重点项目100%开复工”): 305 / 371 = 82.2%')
S.rel('share', U, [F(NM, '472个'), F(NM, '305个'), F(NM, '82.2%')], '鄂尔多斯: 305 of the 472 planned projects is 64.6%, not 82.2%: the rate is over the projects due to start by mid-year (305 + 66 = 371), not over the 472; no contradiction')
S.rel('sum', U, [F(NM, '519个'), F(NM, '1100个以上')], '呼和浩特’s 519 自治区级 projects are a part (其中) of its 1100+ key projects: not a split')
S.rel('restatement', U, [F(NM, '82个'), F(NM, '82.2%')], '鄂尔多斯: 82 projects started that day and the start rate 82.2%: same digits, other indicators')
S.rel('restatement', U, [F(NM, '83%'), F(NM, '83.5%')], '呼和浩特 83% and 包头 83.5%: start rates of other places; no relation')
S.rel('growth', U, [F(NM, '77.2亿元'), F(NM, '354%')], '招商引资 77.2亿 “增长354%”: last year’s level is not stated')

# ---- 锡林郭勒盟 key projects to end-August 2016
sh_xl1 = [F(XL, '164项'), F(XL, '190个'), F(XL, '86%')]; sh_xl2 = [F(XL, '391.5亿元'), F(XL, '658亿元'), F(XL, '59.5%')]
S.rel('restatement', C, [F(XL, '190项'), F(XL, '190个')], '190 盟级重点项目 stated twice')
S.rel('share', C, sh_xl1, '164 / 190 = 86.3% → 86%')
S.rel('share', C, sh_xl2, '391.5 / 658 = 59.50% → 59.5%')
S.rel('restatement', C, [F(XL, '95亿元', n=0), F(XL, '95亿元', n=2)], 'headline “年内新增投资95亿元” restates the body')
S.rel('target', CT, [F(XL, '391.5亿元'), F(XL, '59.5%')], '59.5% of the 2016 plan by end-August: the year is not over; cannot tell')
S.rel('sum', U, [F(XL, '164项'), F(XL, '29个'), F(XL, '35个'), F(XL, '190个')], 'started 164 by August, 29 started since September, 35 ready by year-end: 228 > 190, so the later lists overlap or lie outside the 190; not a split')
S.rel('sum', U, [F(XL, '9个'), F(XL, '42个'), F(XL, '190个')], '9 built and 42 to be finished this year among the 190: no total of finished projects stated')
S.rel('restatement', U, [F(XL, '105亿元'), F(XL, '14亿元'), F(XL, '95亿元', n=2)], 'the 29 new projects (105亿, 14亿 this year) and the 35 ready ones (95亿 new investment this year): other lists; no relation')
S.rel('growth', U, [F(XL, '658亿元'), F(XL, '600亿元')], 'plan 658亿 (2016) and 600亿 (2017, 158 projects): no rate stated; other year')
S.rel('target', U, [F(XL, '59.5%'), F(AL, '15.6%')], 'cross-document: 锡林郭勒 59.5% of its 2016 plan by August and 阿拉善 15.6% of its 2021 plan by May: other places, years and plans; unrelated')

# ---- 准格尔旗 2022
sh_zg = [F(ZG, '50项'), F(ZG, '57项'), F(ZG, '87.7%')]
S.rel('share', C, sh_zg, '准格尔 2022: 50 of 57 city-level key projects started = 87.7%')
S.rel('sum', U, [F(ZG, '57项'), F(ZG, '193项'), F(ZG, '715.33亿元'), F(ZG, '752.93亿元')], '57 city-level projects (715.33亿) within (其中) the banner’s 193 (752.93亿): a part; the rest is not split')
S.rel('sum', U, [F(ZG, '45项'), F(ZG, '74个')], '45 priority projects among (中) the 74 started that day: a part')
S.rel('target', CT, [F(ZG, '53亿元'), F(ZG, '177.01亿元')], '53亿 of the 177.01亿 planned for 2022 (30%) by early April: the year is not over; cannot tell')
S.rel('sum', U, [F(ZG, '193项'), F(NM, '472个')], 'cross-document: 准格尔’s 193 key projects of 2022 and 鄂尔多斯’s 472 of 2023: other year and scope; not a part')

# ---- 内蒙古 H1 2017 (traditional)
n7_l = F(N7, '1.1%')
rt_n7 = [F(N7, '1.5%'), F(N7, '32.9萬噸'), F(N7, '1.9%'), F(N7, '14.3萬噸'), F(N7, '2.3%'), F(N7, '36.4萬噸'), n7_l, F(N7, '7.2萬噸'), F(N7, '0.4%')]
n7_pull = [F(N7, '3.3', pre='增長'), F(N7, '1.3', post='和'), F(N7, '1.2', post='個')]
S.rel('rate', C, rt_n7, 'meat +1.5% rebuilt from pork, beef, mutton and poultry (豬牛羊禽肉, all four listed): H1 2016 = 32.9/1.019 + 14.3/1.023 + 36.4/1.011 + 7.2/1.004 = 89.44; 90.8/89.44 = +1.52% (1.47–1.57) → 1.5')
S.rel('target', M, [F(N7, '1.26億畝'), F(N7, '9730萬畝')], 'sown area 1.26億畝 and grain 9730萬畝 “均超過預期目標”: the text states both exceeded the expected targets (not given as figures): met')
S.rel('sum', U, [F(N7, '9730萬畝'), F(N7, '1.26億畝')], 'grain 9730萬畝 is part of all crops 1.26億畝: not a split')
S.rel('share', U, [F(N7, '7.4%'), F(N7, '9.2%'), F(N7, '25.4%')] + n7_pull, 'pulls 3.3/1.3/1.2 points at +7.4/+9.2/+25.4% imply previous shares of 44.6/14.1/4.7% of industry, which are not stated; nothing to check')
S.rel('sum', U, n7_pull + [F(N7, '5.5%')], 'pulls 3.3 + 1.3 + 1.2 = 5.8 points exceed the industry’s +5.5%: the other industries pulled about −0.3; no contradiction')
S.rel('growth', U, [F(N7, '8465.7億元'), F(N7, '6.6%')], 'H1 GDP 8465.7億 +6.6%: H1 2016 is not stated')

# ---- altered copies
a = ALT(DP, 1, dp_n[0], '13项', 'expected indicators 12 → 13')
S.rel('sum', I, R(a, dp_n, dp_n[0], '13项'), 'altered: 13 + 9 = 22, not “共安排21项指标” (breaks {B})')
a = ALT(DP, 2, tg_inv[0], '960亿元', 'investment target 800 → 960亿')
S.rel('target', MS, R(a, tg_inv, tg_inv[0], '960亿元'), 'altered, cross-document: target 960亿 against the result 922.3亿: missed, not met (breaks {B}; a target flip, keyed missed rather than inconsistent)')
a = ALT(DX, 1, rs_dx21[1], '24项', 'results report: 21 → 24 indicators')
S.rel('restatement', I, R(a, rs_dx21, rs_dx21[1], '24项'), 'altered, cross-document: the plan has 21 indicators, the results report 24 (breaks {B})')
a = ALT(M0, 1, mt_p[1], '68.8亿元', 'secondary 66.8 → 68.8')
S.rel('sum', I, R(a, sum_mt, mt_p[1], '68.8亿元'), 'altered: 2.2 + 68.8 + 182 = 253, not 251 (breaks {B})')
S.rel('share', I, R(a, sh_mt2, mt_p[1], '68.8亿元'), 'altered: 68.8 / 251 = 27.4%, not 26.6 (breaks {B})')
a = ALT(M0, 2, mt_tax, '25亿元', 'tax revenue 24 → 25亿')
S.rel('sum', I, R(a, sum_mtf, mt_tax, '25亿元'), 'altered: 25 + 8.1 = 33.1, not 32.1 (breaks {B})')
S.rel('rate', I, R(a, rt_mt, mt_tax, '25亿元'), 'altered: 2019 = 25/1.11 + 8.1/0.67 = 34.61, 32.1/34.61 = −7.3% (−9.3 to −5.2), not −4.7% (breaks {B})')
a = ALT(TB, 1, rs_tb[1], '43.4%', 'body output growth 48.4% → 43.4%')
S.rel('restatement', I, R(a, rs_tb, rs_tb[1], '43.4%'), 'altered: lead +48.4% vs body +43.4% (breaks {B})')
a = ALT(TB, 2, rs_tb2[1], '近四成', 'new-energy vehicles “逾七成” → “近四成”')
S.rel('restatement', I, R(a, rs_tb2, rs_tb2[1], '近四成'), 'altered: “近四成” (under 40%) contradicts “均超50%” (breaks {B})')
a = ALT(T12, 1, rs_t12[1], '2049個', 'second mention 2046 → 2049')
S.rel('restatement', I, R(a, rs_t12, rs_t12[1], '2049個'), 'altered: 2046 signed projects, then 2049 (breaks {B})')
a = ALT(CN, 1, cn_bj[1], '203.2', '北京 secondary employment 208.2 → 203.2')
S.rel('sum', I, R(a, cn_bj, cn_bj[1], '203.2'), 'altered: 72.9 + 203.2 + 338.2 = 614.3, not 619.3 (breaks {B})')
a = ALT(CN, 2, cn_tj[2], '174.5', '天津 tertiary employment 179.5 → 174.5')
S.rel('sum', I, R(a, cn_tj, cn_tj[2], '174.5'), 'altered: 49.3 + 258.1 + 174.5 = 481.9, not 486.9 (breaks {B})')
a = ALT(ZD, 1, rs_zd[1], '6个', 'body: 4 → 6 projects started')
S.rel('restatement', I, R(a, rs_zd, rs_zd[1], '6个'), 'altered: headline 4 projects, body 6 (breaks {B})')
a = ALT(L5, 1, l5_p[1], '340.5億元', 'secondary value added 346.5 → 340.5')
S.rel('sum', I, R(a, sum_l5, l5_p[1], '340.5億元'), 'altered: 102.4 + 340.5 + 184.0 = 626.9, not 632.9 (breaks {B})')
S.rel('share', I, R(a, sh_l52, l5_p[1], '340.5億元'), 'altered: 340.5 / 632.9 = 53.8%, not 54.7 (breaks {B})')
a = ALT(L5, 2, l5_p[2], '189.0億元', 'tertiary value added 184.0 → 189.0')
S.rel('sum', I, R(a, sum_l5, l5_p[2], '189.0億元'), 'altered: 102.4 + 346.5 + 189.0 = 637.9, not 632.9 (breaks {B})')
S.rel('share', I, R(a, sh_l53, l5_p[2], '189.0億元'), 'altered: 189.0 / 632.9 = 29.9%, not 29.1 (breaks {B})')
a = ALT(L0, 1, gr_l0[1], '34858元', '2020 income per head 34358 → 34858')
S.rel('growth', I, R(a, gr_l0, gr_l0[1], '34858元'), 'altered: (34858/22955)^(1/5) = +8.71% a year, not 8.4% (breaks {B})')
a = ALT(L0, 2, gr_l0[0], '23955元', '2015 income per head 22955 → 23955')
S.rel('growth', I, R(a, gr_l0, gr_l0[0], '23955元'), 'altered: (34358/23955)^(1/5) = +7.48% a year, not 8.4% (breaks {B})')
a = ALT(XT, 1, gr_xt1[1], '七十五亿斤', '1956 manure 九十五 → 七十五亿斤')
S.rel('growth', I, R(a, gr_xt1, gr_xt1[1], '七十五亿斤'), 'altered: 七十五亿斤 is less than 1955’s 八十一亿斤, though the work “已经超过了1955年冬天” (breaks {B})')
a = ALT(XT, 2, gr_xt3[0], '三十万七千二百九十一头', '1955 pigs 十三万… → 三十万…')
S.rel('growth', I, R(a, gr_xt3, gr_xt3[0], '三十万七千二百九十一头'), 'altered: 1955 pigs 307291 exceed 1956’s 23万多, though the work surpassed 1955 (breaks {B})')
a = ALT(CF, 1, rs_cf[0], '1315亿元', 'planned investment 1515 → 1315亿')
S.rel('restatement', I, R(a, rs_cf, rs_cf[0], '1315亿元'), 'altered: 1315 / 365 = 3.6亿 a day, not “4亿多元” (breaks {B})')
a = ALT(LH, 1, lh_tax, '13.38亿元', 'tax revenue 13.58 → 13.38')
S.rel('sum', I, R(a, sum_lh, lh_tax, '13.38亿元'), 'altered: 13.38 + 2.08 = 15.46, not 15.66 (breaks {B})')
S.rel('rate', I, R(a, rt_lh, lh_tax, '13.38亿元'), 'altered: 2020 = 13.38/0.947 + 2.08/0.548 = 17.92, 15.66/17.92 = −12.6% (−12.5 to −12.8), not −13.7% (breaks {B})')
a = ALT(LH, 2, lh_g, '106.6万亩', 'grain area 104.6 → 106.6')
S.rel('sum', I, R(a, sum_lhc, lh_g, '106.6万亩'), 'altered: 106.6 + 103.5 = 210.1, not 208.1 (breaks {B})')
a = ALT(LH, 3, lh_l[1], '17.9万头', 'livestock increase 19.9 → 17.9万')
S.rel('growth', I, R(a, lh_l, lh_l[1], '17.9万头'), 'altered: 17.9 / (210.9 − 17.9) = 9.27%, not 10.4% (breaks {B})')
a = ALT(AL, 1, al_16, '18.4亿元', 'new projects’ investment 16.4 → 18.4亿')
S.rel('sum', I, R(a, sum_al, al_16, '18.4亿元'), 'altered: 14.1 + 18.4 = 32.5, not 30.5 (breaks {B})')
S.rel('rate', I, R(a, rt_al, al_16, '18.4亿元'), 'altered: 14.1/13.6% + 18.4/18% = 205.9 (202.1–209.9), not 195 (breaks {B})')
a = ALT(AL, 2, al_pl[1], '138.7亿元', '重大产业 plan 135.7 → 138.7亿')
S.rel('sum', I, R(a, sum_alp, al_pl[1], '138.7亿元'), 'altered: sector plans sum to 198.0, not 195 (breaks {B})')
a = ALT(AL, 3, al_34, '36个', '重大产业 starts 34 → 36')
S.rel('sum', I, R(a, sum_alk, al_34, '36个'), 'altered: 7 + 36 + 5 + 4 + 16 + 7 = 75, not 73 (breaks {B})')
S.rel('share', I, R(a, sh_al34, al_34, '36个'), 'altered: 36 / 47 = 76.6%, not 72% (breaks {B})')
a = ALT(NM, 1, nm_h[1], '84个', '呼和浩特 remaining projects 89 → 84')
S.rel('sum', I, R(a, nm_h, nm_h[1], '84个'), 'altered: 430 + 84 = 514, not the 519 to be 100% started (breaks {B})')
a = ALT(NM, 2, nm_b[0], '455个', '包头 started 435 → 455')
S.rel('sum', I, R(a, nm_b, nm_b[0], '455个'), 'altered: 455 + 86 = 541, not 521 (breaks {B})')
S.rel('share', I, R(a, sh_nmb, nm_b[0], '455个'), 'altered: 455 / 521 = 87.3%, not 83.5% (breaks {B})')
a = ALT(XL, 1, sh_xl1[0], '154项', 'started projects 164 → 154')
S.rel('share', I, R(a, sh_xl1, sh_xl1[0], '154项'), 'altered: 154 / 190 = 81.1%, not 86% (breaks {B})')
a = ALT(XL, 2, sh_xl2[0], '361.5亿元', 'investment to August 391.5 → 361.5亿')
S.rel('share', I, R(a, sh_xl2, sh_xl2[0], '361.5亿元'), 'altered: 361.5 / 658 = 54.9%, not 59.5% (breaks {B})')
a = ALT(ZG, 1, sh_zg[0], '52项', 'started city-level projects 50 → 52')
S.rel('share', I, R(a, sh_zg, sh_zg[0], '52项'), 'altered: 52 / 57 = 91.2%, not 87.7% (breaks {B})')
a = ALT(N7, 1, n7_l, '4.1%', 'mutton growth 1.1% → 4.1%')
S.rel('rate', I, R(a, rt_n7, n7_l, '4.1%'), 'altered: with mutton +4.1% the four meats give +2.7% (2.66–2.76), not 1.5% (breaks {B})')


for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

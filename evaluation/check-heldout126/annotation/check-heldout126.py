"""Check key, set check-heldout126. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout126.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout126'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

WEI='wei_2022.txt'; CDX='cdx_2020.txt'; LSX='lsx_2020.txt'; WLT='wlt_2006.txt'; BT='bt_2012.txt'; ORD='ord_2021m9.txt'
BQ='bj_2024q1.txt'; B18='bj_2018.txt'; B18E='bj_2018e_hant.txt'; B22D='bj_2022d.txt'
TKP='tj_kp2024_hant.txt'; TBH='tj_bh2006.txt'; T15='tj_2015.txt'; T09='tj_2009h1.txt'

# ---- 魏县 2022 plan execution: results stated against the plan targets of the same county, indicator and year
S.rel('target', MS, [F(WEI, '5%', pre='同比增长', post=','), F(WEI, '3.5个百分点')], '魏县 2022 GDP +5% “低于计划目标3.5个百分点” (target 8.5%): missed')
S.rel('target', M, [F(WEI, '29.9%'), F(WEI, '18.9个百分点')], '一般公共预算收入 +29.9% “高于计划目标18.9个百分点” (target 11%): met')
S.rel('target', MS, [F(WEI, '-6%'), F(WEI, '13个百分点')], '规上工业增加值 −6% “低于计划目标13个百分点” (target +7%): missed')
S.rel('target', M, [F(WEI, '37%'), F(WEI, '30.5个百分点')], '进出口 +37% “高于计划目标30.5个百分点” (target 6.5%): met')
S.rel('target', M, [F(WEI, '8.5%'), F(WEI, '1个百分点', pre='高于计划目标')], '固定资产投资 +8.5% “高于计划目标1个百分点” (target 7.5%): met')
S.rel('target', MS, [F(WEI, '6.5%'), F(WEI, '3个百分点', pre='低于计划目标')], '社零 +6.5% “低于计划目标3个百分点” (target 9.5%): missed')
S.rel('restatement', U, [F(WEI, '6.5%'), F(WEI, '30.5个百分点')], 'the retail growth 6.5% and the implied trade target (37 − 30.5 = 6.5%) are the same number for other indicators: not a restatement')

# ---- 承德县 2020 bulletin
cd_t = F(CDX, '131.1亿元'); cd_p = [F(CDX, '46.3亿元'), F(CDX, '28.5亿元'), F(CDX, '56.3亿元')]
cd_s = [F(CDX, '35.3'), F(CDX, '21.8'), F(CDX, '42.9')]
cd_m = F(CDX, '75.8亿元'); cd_ms = F(CDX, '57.85%'); cd_mp = [F(CDX, '5.8亿元', pre='第一产业增加值'), F(CDX, '37.3亿元'), F(CDX, '32.7亿元')]
sum_cdm = cd_mp + [cd_m]; sh_cdm = [cd_m, cd_t, cd_ms]
S.rel('sum', C, cd_p + [cd_t], '承德县 2020: 46.3 + 28.5 + 56.3 = 131.1')
S.rel('share', C, [cd_p[0], cd_t, cd_s[0]], 'primary 46.3 / 131.1 = 35.32% → 35.3')
S.rel('share', C, [cd_p[1], cd_t, cd_s[1]], 'secondary 28.5 / 131.1 = 21.74%; with the half units 21.69–21.79, which reaches 21.75 → 21.8')
S.rel('share', C, [cd_p[2], cd_t, cd_s[2]], 'tertiary 56.3 / 131.1 = 42.94% → 42.9')
S.rel('share', C, sh_cdm, 'private economy 75.8 / 131.1 = 57.82% (57.76–57.88 with the half units) → 57.85% within the allowance')
S.rel('sum', C, sum_cdm, 'private economy by sector: 5.8 + 37.3 + 32.7 = 75.8')
S.rel('rate', U, [F(CDX, '4.5%'), F(CDX, '6.6%'), F(CDX, '10.7%'), F(CDX, '1.4%'), F(CDX, '32.6'), F(CDX, '23.344.1')], 'GDP +4.5% from the sector rates: the 2019 structure is garbled in the text (“32.6:23.344.1”), so the weights are not cleanly stated (32.6/23.3/44.1 would give about 4.0)')
S.rel('sum', U, [cd_m, cd_t], 'private economy 75.8 within GDP 131.1: the rest (public economy) is not stated; not a split')

# ---- 灵寿县 2020 bulletin
ls_t = F(LSX, '109.1亿元'); ls_p = [F(LSX, '30.9亿元'), F(LSX, '17.2亿元'), F(LSX, '61.0亿元')]
ls_pop = [F(LSX, '101712人'), F(LSX, '248044人'), F(LSX, '349756人')]
ls_ag = [F(LSX, '23.07亿元'), F(LSX, '2.85亿元'), F(LSX, '18.16亿元'), F(LSX, '0.95亿元'), F(LSX, '1.28亿元'), F(LSX, '46.32亿元')]
ls_gr = [F(LSX, '5.5万吨'), F(LSX, '10.35万吨'), F(LSX, '15.85万吨')]
S.rel('sum', C, ls_p + [ls_t], '灵寿县 2020: 30.9 + 17.2 + 61.0 = 109.1')
S.rel('share', C, [ls_p[0], ls_t, F(LSX, '28.3%')], 'primary 30.9 / 109.1 = 28.32% → 28.3%')
S.rel('share', C, [ls_p[1], ls_t, F(LSX, '15.8%')], 'secondary 17.2 / 109.1 = 15.77% → 15.8%')
S.rel('share', C, [ls_p[2], ls_t, F(LSX, '55.9%')], 'tertiary 61.0 / 109.1 = 55.91% → 55.9%')
S.rel('share', C, [F(LSX, '56.9亿元'), ls_t, F(LSX, '52.15%')], 'private economy 56.9 / 109.1 = 52.154% → 52.15%')
S.rel('sum', C, ls_pop, 'urban 101712 + rural 248044 = 349756 year-end population')
S.rel('share', U, [F(LSX, '3504人'), ls_pop[2], F(LSX, '10.01‰')], 'birth rate: 3504 / 349756 (year-end) = 10.02‰, but rates are taken over the average population, which is not stated (the year-start figure 352903 is implied only): base not stated')
S.rel('share', U, [F(LSX, '6137人'), ls_pop[2], F(LSX, '17.55‰')], 'death rate over the year-end population happens to give 17.55‰, but the base of the rate (average population) is not stated')
S.rel('growth', U, [F(LSX, '10.01‰'), F(LSX, '0.37个千分点')], '“比上年增长0.37个千分点”: the 2019 birth rate is not stated')
S.rel('sum', C, ls_ag, 'farm output by branch: 23.07 + 2.85 + 18.16 + 0.95 + 1.28 = 46.31; with the half units 46.285–46.335, which reaches 46.32')
S.rel('growth', C, [F(LSX, '46.32万亩'), F(LSX, '0.66万亩'), F(LSX, '1.44%')], 'grain area +0.66 on 46.32 − 0.66 = 45.66: +1.45% (1.434–1.457 with the half units) → 1.44% within the allowance')
S.rel('sum', C, ls_gr, 'summer 5.5 + autumn 10.35 = 15.85 grain output')
S.rel('rate', C, [F(LSX, '3.06%'), ls_gr[0], F(LSX, '4.56%'), ls_gr[1], F(LSX, '2.27%')], 'grain +3.06% rebuilt from its parts (the previous-year levels follow from the stated levels and rates): 15.85 / (5.5/1.0456 + 10.35/1.0227) = +3.06% (3.04–3.06 with the half units)')
S.rel('restatement', U, [ls_ag[5], F(LSX, '46.32万亩')], '农林牧渔业总产值 46.32亿元 and grain area 46.32万亩: the same number for different indicators')

# ---- 乌拉特中旗 2006 bulletin (万元)
wl_t = F(WLT, '87685万元'); wl_p = [F(WLT, '46806万元'), F(WLT, '21273万元'), F(WLT, '19606万元')]
wl_s = [F(WLT, '53.4'), F(WLT, '24.3'), F(WLT, '22.4')]; wl_w = [F(WLT, '56.8'), F(WLT, '20.4'), F(WLT, '22.8')]
wl_g = F(WLT, '10.9%'); wl_r = [F(WLT, '3.4%'), F(WLT, '33.6%'), F(WLT, '9.1%')]
sh_wl2 = [wl_p[1], wl_t, wl_s[1]]; rt_wl = [wl_g] + wl_r + wl_w
S.rel('sum', C, wl_p + [wl_t], '乌拉特中旗 2006: 46806 + 21273 + 19606 = 87685 万元')
S.rel('share', C, [wl_p[0], wl_t, wl_s[0]], 'primary 46806 / 87685 = 53.38% → 53.4')
S.rel('share', C, sh_wl2, 'secondary 21273 / 87685 = 24.26% → 24.3')
S.rel('share', C, [wl_p[2], wl_t, wl_s[2]], 'tertiary 19606 / 87685 = 22.36% → 22.4')
S.rel('rate', C, rt_wl, 'GDP growth from the sector rates weighted by the stated 2005 structure: 0.568×3.4 + 0.204×33.6 + 0.228×9.1 = 10.86 (10.79–10.93 with the half units) → 10.9')
S.rel('rate', U, [F(WLT, '1.5%'), F(WLT, '2.5%', pre='食品类下降'), F(WLT, '2.4%'), F(WLT, '0.7%')], 'CPI −1.5% from the item indices: the basket weights are not stated')
S.rel('growth', U, [F(WLT, '23612万元'), F(WLT, '2倍')], '基本建设支出 “增长2倍” within spending 23612: neither the level nor the base of that item is stated')

# ---- 包头 2013 report (2008–2012 record): traps only
S.rel('growth', U, [F(BT, '3440亿元'), F(BT, '2.1倍')], 'GDP 3440 “是2007年的2.1倍”: the 2007 level is not stated (and the multiple may be at current prices)')
S.rel('restatement', U, [F(BT, '2.5倍', n=0), F(BT, '2.5倍', n=1)], '规上工业增加值 and 五大支柱产业 both “是2007年的2.5倍”: the same number for different indicators')
S.rel('growth', U, [F(BT, '9091亿元'), F(BT, '349亿元')], 'investment “五年累计9091亿元,年均增加349亿元”: the 2007 level is not stated, so the yearly increase cannot be rebuilt')
S.rel('growth', U, [F(BT, '960亿元'), F(BT, '17.6%')], 'retail 960 “年均增长17.6%”: the 2007 level is not stated')
S.rel('share', U, [F(BT, '1300亿元'), F(BT, '11.7%')], 'strategic new industries’ 产值 at 11.7% of 规上工业: an output share, not a share of the 1300 value added; no level stated')

# ---- 鄂尔多斯 industry Jan–Sep 2021
od_g = F(ORD, '7.8%'); od_nc = F(ORD, '9.5%'); od_n = F(ORD, '354户')
gr_odnc = [od_nc, od_g, F(ORD, '1.7个百分点')]; sh_odn = [od_n, F(ORD, '476户'), F(ORD, '74.4%')]
S.rel('growth', C, [F(ORD, '4.6%'), F(ORD, '2.3%')], 'two-year average: level 4.6% below Jan–Sep 2019 → √0.954 − 1 = −2.33% a year (−2.35 to −2.30) → “两年平均下降2.3%”')
S.rel('growth', C, [od_g, F(ORD, '79%'), F(ORD, '6.2个百分点')], 'energy industry pull = contribution 79% × total growth 7.8 = 6.16 (6.08–6.24) → 6.2 points')
S.rel('growth', C, gr_odnc, 'non-coal 9.5% − all industry 7.8% = 1.7 points')
S.rel('growth', C, [F(ORD, '30%'), od_g, F(ORD, '22.2个百分点')], 'raw-material manufacturing 30% − 7.8% = 22.2 points')
S.rel('growth', C, [F(ORD, '12.7%'), od_g, F(ORD, '4.9个百分点', n=0)], 'private firms 12.7% − 7.8% = 4.9 points')
S.rel('growth', C, [od_g, F(ORD, '62.4%'), F(ORD, '4.9个百分点', n=1)], 'private firms’ pull = contribution 62.4% × 7.8 = 4.87 → 4.9 points')
S.rel('share', C, sh_odn, '354 of 476 industrial firms = 74.37% → 74.4%')
S.rel('growth', U, [od_g, F(ORD, '0.4个百分点')], '“高于自治区增加值增速0.4个百分点”: the region’s rate is not stated')
S.rel('sum', U, [F(ORD, '83.4%'), F(ORD, '31.1%')], 'energy industry 83.4% and non-coal industry 31.1% of industrial value added add to more than 100: overlapping scopes (oil, gas and power are in both), not a split')
S.rel('growth', U, [F(ORD, '31.1%'), F(ORD, '2.7个百分点')], 'non-coal share “较上半年回落2.7个百分点”: the H1 share is not stated')
S.rel('rate', U, [od_g, F(ORD, '7.4%'), F(ORD, '9.4%'), F(ORD, '7.6%')], 'industry +7.8% from mining, manufacturing and utilities: the weights are not stated')
S.rel('share', U, [F(ORD, '45.9%'), F(ORD, '12.7%'), F(ORD, '4.9个百分点', n=1)], 'private share 45.9% × 12.7% = 5.8 ≠ pull 4.9: the pull uses the previous year’s share, which is not stated (a current share is not a weight)')

# ---- 北京 Q1 2024 finance
bq_h = F(BQ, '1789.2亿元', n=0); bq_r = F(BQ, '1789.2亿元', n=1); bq_tax = F(BQ, '1456.1亿元')
sh_bq = [bq_tax, bq_r, F(BQ, '81.4%')]; rs_bq = [bq_h, bq_r]
S.rel('share', C, sh_bq, 'local tax 1456.1 / revenue 1789.2 = 81.38% → 81.4%')
S.rel('restatement', C, rs_bq, 'headline 1789.2 restates the body 1789.2')
S.rel('sum', U, [F(BQ, '546.5亿元'), F(BQ, '395.0亿元'), F(BQ, '212.3亿元'), bq_tax], 'VAT 546.5 + corporate 395.0 + personal income tax 212.3 = 1153.8, not 1456.1: only the three main taxes are listed')
S.rel('sum', U, [F(BQ, '342.4亿元'), F(BQ, '272.9亿元'), F(BQ, '426.4亿元'), F(BQ, '378.1亿元'), F(BQ, '2710.1亿元')], 'four spending items 342.4 + 272.9 + 426.4 + 378.1 = 1419.8 of 2710.1: a selection, not a split')
S.rel('target', CT, [bq_r, F(BQ, '27.6%')], '27.6% of the 2024 revenue budget by end-March: the year is not over')
S.rel('target', CT, [F(BQ, '2710.1亿元'), F(BQ, '33.8%')], '33.8% of the 2024 spending budget by end-March: the year is not over')
S.rel('rate', U, [F(BQ, '3.1%', n=1), F(BQ, '1.6%'), F(BQ, '81.4%')], 'revenue +3.1% from tax +1.6%: the non-tax part’s growth is not stated (and 81.4% is this year’s share, not last year’s weight)')
S.rel('restatement', U, [F(BQ, '6.0%', n=0), F(BQ, '6.0%', n=1)], 'education and social-security spending both +6.0%: the same number for different items')

# ---- 北京 2018: outlook (Dec 2018, traditional) and results (Jan 2019)
b18_gh = F(B18, '6.6%左右', n=0); b18_g = F(B18, '6.6%左右', n=1); b18_r = F(B18, '6.5%', pre='收入增长')
e_gt = F(B18E, '6.5%左右', n=0); e_gt2 = F(B18E, '6.5%左右', n=1); e_rt = F(B18E, '6.5%左右', n=2)
tg_b18g = [e_gt, b18_g]; tg_b18r = [e_rt, b18_r]; rs_b18 = [b18_gh, b18_g]
S.rel('restatement', C, rs_b18, 'headline 6.6%左右 restates the body 6.6%左右')
S.rel('target', M, tg_b18g, 'cross-document: 北京 2018 GDP target “6.5%左右” (met at ≥ 6.0) → 2018 result 6.6%左右: met')
S.rel('target', M, tg_b18r, 'cross-document: 北京 2018 revenue target “增长6.5%左右” → 2018 result +6.5%: met')
S.rel('target', CT, [e_gt2, F(B18E, '6.7%', pre='三季度')], 'in December: GDP grew 6.7% to Q3 and the 6.5%左右 target is “预计能够实现”: the year is not over in this text')
S.rel('restatement', U, [F(B18E, '6.7%', pre='一季度增長'), F(B18E, '6.7%', pre='三季度')], 'Q1 6.7% and Q3 6.7%: the same number for other periods')
S.rel('restatement', U, [e_gt2, e_rt], 'GDP target 6.5%左右 and revenue target 6.5%左右: the same number for different indicators')
S.rel('growth', U, [F(B18E, '2.8萬億元'), F(B18E, '3萬億元'), e_gt], '2017 2.8万亿 → 2018 “超过3万亿” is +7% or more at current prices; the 6.5% target is real growth: nominal vs real (and a lower bound)')

# ---- 北京 2022 district results
S.rel('target', U, [e_gt, F(B22D, '4%', pre='预计增长')], 'cross-document: the 2018 city GDP target against 海淀’s 2022 +4%: other place and year')
S.rel('target', U, [e_gt, F(B22D, '5.5%左右')], 'cross-document: the 2018 city GDP target “6.5%左右” against 东城区’s 2022 5.5%左右: other place and year')
d_r = [F(B22D, '1%-3%', n=0), F(B22D, '1%-3%', n=1)]
S.rel('restatement', C, d_r, 'the other districts’ growth “普遍在1%-3%之间” stated twice')
S.rel('growth', C, [F(B22D, '5.5%左右'), F(B22D, '4%', pre='预计增长')], '东城 5.5%左右 “增速居城六区第一”; 海淀 (a 城六区 district) at 4% is below it')
S.rel('share', U, [F(B22D, '25%'), F(B22D, '4%', pre='预计增长')], '海淀 “全市占比25%”: the city’s GDP is not stated (海淀 only “突破万亿”)')

# ---- 天津 2024 key-project list (traditional)
k_new = F(TKP, '213個'); k_old = F(TKP, '594個'); k_n = F(TKP, '807個'); k_pn = F(TKP, '1073.65億元'); k_po = F(TKP, '1392.13億元'); k_p = F(TKP, '2465.78億元')
k_tn = F(TKP, '2726.1億元'); k_to = F(TKP, '1.35萬億元'); k_t = F(TKP, '1.62萬億元'); k_r = F(TKP, '253個'); k_rt = F(TKP, '3869.49億元')
k_all = F(TKP, '1060個', n=2); k_allh = F(TKP, '1060個', n=0); k_at = F(TKP, '2.01萬億元', n=2)
sum_kn = [k_new, k_old, k_n]; sum_kp = [k_pn, k_po, k_p]
S.rel('sum', C, sum_kn, '天津 2024: new starts 213 + continuing 594 = 807 construction projects')
S.rel('sum', C, sum_kp, 'annual planned investment 1073.65 + 1392.13 = 2465.78')
S.rel('sum', C, [k_tn, k_to, k_t], 'total investment 2726.1亿 + 1.35万亿 = 1.6226万亿 (1.6176–1.6276 with the half units) → 1.62万亿')
S.rel('sum', C, [k_n, k_r, k_all], '807 construction + 253 reserve = 1060 key projects')
S.rel('sum', C, [k_t, k_rt, k_at], '1.62万亿 + 3869.49亿 = 2.0069万亿 (2.0019–2.0119) → 2.01万亿')
S.rel('restatement', C, [k_allh, k_all], 'headline 1060 restates the body 1060')
S.rel('restatement', U, [k_t, k_at], '1.62万亿 (the 807 construction projects) vs 2.01万亿 (all 1060, with the reserve projects): other scope')

# ---- 天津 2006, 滨海新区
bh_t = F(TBH, '1018.85亿美元'); bh_i = F(TBH, '447.61亿美元'); bh_e = F(TBH, '571.24亿美元')
bh_rate = [F(TBH, '24.4%'), bh_i, F(TBH, '20.2%', n=1), bh_e, F(TBH, '27.8%'), bh_t]; sum_bh = [bh_i, bh_e, bh_t]
S.rel('sum', C, sum_bh, '天津 port trade 2006: imports 447.61 + exports 571.24 = 1018.85')
S.rel('rate', C, bh_rate, 'trade +24.4% from the parts: the 2005 levels follow from the stated levels and rates, 1018.85 / (447.61/1.202 + 571.24/1.278) = +24.35% (24.29–24.40 with the half units) → 24.4')
S.rel('restatement', U, [F(TBH, '20.2%', n=0), F(TBH, '20.2%', n=1)], '滨海 GDP +20.2% and port imports +20.2%: the same number for different indicators')
S.rel('growth', U, [F(TBH, '31.3%'), F(TBH, '6个百分点')], 'industrial output +31.3% “比全市平均水平高6个百分点”: the city rate is not stated')
S.rel('growth', U, [F(TBH, '24.0%'), F(TBH, '13.2个百分点')], 'FDI contracts +24.0% “比全市平均水平高13.2个百分点”: the city rate is not stated')
S.rel('share', U, [F(TBH, '61.8亿美元'), F(TBH, '76.2%')], '61.8 is 76.2% of the city’s FDI contracts: the city total is not stated')
S.rel('sum', U, [F(TBH, '218亿元'), F(TBH, '864.29亿元')], 'infrastructure 218 within fixed-asset investment 864.29: not a split')
S.rel('share', U, [F(TBH, '1960.5亿元'), F(TBH, '51.4%')], '贡献率 51.4% is a contribution to the city’s growth, not a share of the city’s GDP (not stated)')
S.rel('share', U, [F(TBH, '226.20亿美元'), F(TBH, '67.4%'), bh_e], '滨海 exports 226.20 = 67.4% of the city’s exports; the port’s exports 571.24 are another scope (226.20/571.24 = 39.6%)')

# ---- 天津 2015 (blog write-up of the bulletin)
t15_rev = F(T15, '2666.99亿元'); t15_tax = F(T15, '1577.94亿元'); t15_svc = F(T15, '1039.28亿元')
sh_t15a = [t15_tax, t15_rev, F(T15, '59.2%')]; sh_t15b = [t15_svc, t15_tax, F(T15, '65.9%')]
S.rel('share', C, sh_t15a, 'tax 1577.94 / revenue 2666.99 = 59.17% → 59.2%')
S.rel('share', C, sh_t15b, 'services tax 1039.28 / all tax 1577.94 = 65.86% → 65.9%')
S.rel('restatement', C, [F(T15, '52.0'), F(T15, '50%')], 'services share 52.0 restated as “首次超过50%” (lower bound)')
S.rel('restatement', U, [F(T15, '52.0'), F(T15, '65.9%')], 'services’ share of value added 52.0 vs services’ share of tax 65.9%: different indicators')
S.rel('rate', U, [F(T15, '11.6%'), F(T15, '6.1%'), F(T15, '59.2%')], 'revenue +11.6% from tax +6.1%: the non-tax part’s growth is not stated (and 59.2% is this year’s share, not last year’s weight)')

# ---- 天津 H1 2009: traps
S.rel('growth', U, [F(T09, '16.2%'), F(T09, '0.2个百分点')], '“增幅比一季度提高0.2个百分点”: the Q1 rate is not stated')
S.rel('growth', U, [F(T09, '31.2%'), F(T09, '13.3个百分点')], 'districts’ revenue “增幅比一季度提高了13.3个百分点”: the Q1 rate is not stated')
S.rel('share', U, [F(T09, '18个'), F(T09, '7个'), F(T09, '30%')], '7 of 18 districts grew more than 30%: nothing ties this to the average 31.2%')
S.rel('growth', U, [F(T09, '18.9%'), F(T09, '36%')], 'FDI of 12 districts +18.9% vs 中心六区 +36%: overlapping scopes (the six are among the twelve), not comparable rates')
S.rel('restatement', U, [F(T09, '16.2%'), F(TBH, '20.2%', n=0)], 'cross-document: 天津 H1 2009 GDP +16.2% vs 滨海新区 2006 +20.2%: other place and period')

# ---- altered copies
a = ALT(CDX, 1, cd_mp[2], '37.7亿元', 'private tertiary 32.7 → 37.7')
S.rel('sum', I, R(a, sum_cdm, cd_mp[2], '37.7亿元'), 'altered: 5.8 + 37.3 + 37.7 = 80.8, not 75.8 (breaks {B})')
a = ALT(CDX, 2, cd_ms, '51.85%', 'private share 57.85% → 51.85%')
S.rel('share', I, R(a, sh_cdm, cd_ms, '51.85%'), 'altered: 75.8 / 131.1 = 57.8%, not 51.85% (breaks {B})')
a = ALT(LSX, 1, ls_pop[1], '245044人', 'rural population 248044 → 245044')
S.rel('sum', I, R(a, ls_pop, ls_pop[1], '245044人'), 'altered: 101712 + 245044 = 346756, not 349756 (breaks {B})')
a = ALT(LSX, 2, ls_ag[4], '1.98亿元', 'farm-service output 1.28 → 1.98')
S.rel('sum', I, R(a, ls_ag, ls_ag[4], '1.98亿元'), 'altered: 23.07 + 2.85 + 18.16 + 0.95 + 1.98 = 47.01, not 46.32 (breaks {B})')
a = ALT(WLT, 1, wl_s[1], '27.3', 'secondary share 24.3 → 27.3')
S.rel('share', I, R(a, sh_wl2, wl_s[1], '27.3'), 'altered: 21273 / 87685 = 24.3%, not 27.3% (breaks {B})')
a = ALT(WLT, 2, wl_g, '16.9%', 'GDP growth 10.9% → 16.9%')
S.rel('rate', I, R(a, rt_wl, wl_g, '16.9%'), 'altered: the weighted sector rates give 10.9, not 16.9 (breaks {B})')
a = ALT(ORD, 1, od_nc, '9.9%', 'non-coal growth 9.5% → 9.9%')
S.rel('growth', I, R(a, gr_odnc, od_nc, '9.9%'), 'altered: 9.9 − 7.8 = 2.1 points, not 1.7 (breaks {B})')
a = ALT(ORD, 2, od_n, '364户', 'private firms 354 → 364')
S.rel('share', I, R(a, sh_odn, od_n, '364户'), 'altered: 364 / 476 = 76.5%, not 74.4% (breaks {B})')
a = ALT(BQ, 1, bq_tax, '1436.1亿元', 'local tax 1456.1 → 1436.1')
S.rel('share', I, R(a, sh_bq, bq_tax, '1436.1亿元'), 'altered: 1436.1 / 1789.2 = 80.3%, not 81.4% (breaks {B})')
a = ALT(BQ, 2, bq_h, '1769.2亿元', 'headline revenue 1789.2 → 1769.2')
S.rel('restatement', I, R(a, rs_bq, bq_h, '1769.2亿元'), 'altered: headline 1769.2 vs body 1789.2 (breaks {B})')
a = ALT(B18, 1, b18_g, '5.6%左右', 'GDP growth in the body 6.6%左右 → 5.6%左右')
S.rel('restatement', I, R(a, rs_b18, b18_g, '5.6%左右'), 'altered: headline 6.6%左右 vs body 5.6%左右 (breaks {B})')
S.rel('target', MS, R(a, tg_b18g, b18_g, '5.6%左右'), 'altered, cross-document: target 6.5%左右 (met at ≥ 6.0) → 5.6%左右: missed (breaks {B})')
a = ALT(B18, 2, b18_r, '5.5%', 'revenue growth 6.5% → 5.5%')
S.rel('target', MS, R(a, tg_b18r, b18_r, '5.5%'), 'altered, cross-document: revenue target 6.5%左右 → +5.5%: missed (breaks {B})')
a = ALT(B18E, 1, e_gt, '7.5%左右', 'first statement of the GDP target 6.5%左右 → 7.5%左右')
S.rel('target', MS, R(a, tg_b18g, e_gt, '7.5%左右'), 'altered, cross-document: target 7.5%左右 (met at ≥ 7.0) → 6.6%左右: missed (breaks {B})')
a = ALT(B22D, 1, d_r[1], '1%-5%', 'second statement 1%-3% → 1%-5%')
S.rel('restatement', I, R(a, d_r, d_r[1], '1%-5%'), 'altered: “1%-3%” in the lead vs “1%-5%” below (breaks {B})')
a = ALT(TKP, 1, k_old, '564個', 'continuing projects 594 → 564')
S.rel('sum', I, R(a, sum_kn, k_old, '564個'), 'altered: 213 + 564 = 777, not 807 (breaks {B})')
a = ALT(TKP, 2, k_po, '1397.13億元', 'continuing projects’ planned investment 1392.13 → 1397.13')
S.rel('sum', I, R(a, sum_kp, k_po, '1397.13億元'), 'altered: 1073.65 + 1397.13 = 2470.78, not 2465.78 (breaks {B})')
a = ALT(TBH, 1, bh_e, '577.24亿美元', 'exports 571.24 → 577.24')
S.rel('sum', I, R(a, sum_bh, bh_e, '577.24亿美元'), 'altered: 447.61 + 577.24 = 1024.85, not 1018.85 (breaks {B})')
S.rel('rate', I, R(a, bh_rate, bh_e, '577.24亿美元'), 'altered: 1018.85 / (447.61/1.202 + 577.24/1.278) = +23.6%, not 24.4% (breaks {B})')
a = ALT(TBH, 2, bh_rate[4], '21.8%', 'export growth 27.8% → 21.8%')
S.rel('rate', I, R(a, bh_rate, bh_rate[4], '21.8%'), 'altered: 1018.85 / (447.61/1.202 + 571.24/1.218) = +21.1%, not 24.4% (breaks {B})')
a = ALT(T15, 1, t15_rev, '2606.99亿元', 'revenue 2666.99 → 2606.99')
S.rel('share', I, R(a, sh_t15a, t15_rev, '2606.99亿元'), 'altered: 1577.94 / 2606.99 = 60.5%, not 59.2% (breaks {B})')
a = ALT(T15, 2, t15_svc, '1069.28亿元', 'services tax 1039.28 → 1069.28')
S.rel('share', I, R(a, sh_t15b, t15_svc, '1069.28亿元'), 'altered: 1069.28 / 1577.94 = 67.8%, not 65.9% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

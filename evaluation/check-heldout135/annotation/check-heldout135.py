"""Check key, set check-heldout135. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout135.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout135'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

GR='gw_2019r.txt'; NB='nb_2019.txt'; GT='gw_2016t.txt'; CS='cs_2020.txt'; C7='cs_2020n7_hant.txt'; CM='cs_2020m_hant.txt'; OP='nat_1982p.txt'
N5='nb_2005_hant.txt'; H8='hk_2008m5_hant.txt'; H6='hk_2006m6_hant.txt'; M23='mo_2023_hant.txt'; M16='mo_2016_hant.txt'
TB='tw_2026b_hant.txt'; T8='tw_8y_hant.txt'; T16='tw_2016_hant.txt'

# ---- 国务院 2019 targets and results (one document)
gr_gt = F(GR, '6%-6.5%'); gr_g = F(GR, '6.1%'); gr_l = F(GR, '990865亿元')
tg_gr_g = [gr_gt, gr_g]; tg_gr_j = [F(GR, '1100万人以上'), F(GR, '1352万人')]; gr_ut = F(GR, '4.5%以内'); tg_gr_u = [gr_ut, F(GR, '3.62%')]
gr_e3 = F(GR, '3%', pre='排放量下降'); gr_e2 = F(GR, '2%', pre='排放量下降'); tg_gr_nox = [gr_e3, F(GR, '3.5%')]
S.rel('target', M, tg_gr_g, '国务院 2019: GDP target 6%-6.5% → +6.1%: met (within the range)')
S.rel('target', M, tg_gr_j, 'new urban jobs target “1100万人以上” → 1352万: met')
S.rel('target', M, tg_gr_u, 'registered urban unemployment target “4.5%以内” → 3.62%: met (a ceiling)')
S.rel('target', M, [F(GR, '近2万亿元'), F(GR, '超过2.3万亿元')], 'tax and fee cuts “近2万亿元” → “超过2.3万亿元”: met')
S.rel('target', M, [F(GR, '13%', n=0), F(GR, '13%', n=1)], 'VAT rate for manufacturing to be cut from 16% to 13% → cut to 13%: met')
S.rel('target', M, [F(GR, '1000万以上'), F(GR, '1109万人')], 'rural poor to fall by “1000万以上” → 1109万: met')
S.rel('target', M, [F(GR, '20万公里'), F(GR, '29万公里')], 'rural roads built or rebuilt: target 20万公里 → 29万公里: met')
S.rel('target', M, [F(GR, '20%以上'), F(GR, '41%')], 'mobile data tariffs to fall “20%以上” → fell 41%: met')
S.rel('target', M, [gr_e3, F(GR, '4.4%')], 'SO2 emissions to fall 3% → fell 4.4%: met')
S.rel('target', M, tg_gr_nox, 'NOx emissions to fall 3% → fell 3.5%: met')
S.rel('target', M, [gr_e2, F(GR, '3.2%')], 'COD emissions to fall 2% → fell 3.2%: met')
S.rel('target', M, [gr_e2, F(GR, '3.3%')], 'ammonia-nitrogen emissions to fall 2% → fell 3.3%: met')
S.rel('restatement', U, [F(GR, '20万公里'), F(GR, '20%以上')], 'road target 20万公里 and tariff-cut target 20%: the same number for different indicators')
S.rel('target', U, [F(GR, '5%以上'), F(GR, '4.4%')], 'the target to cut central general spending “5%以上” has no stated result (“均已完成” only); the 4.4% is the SO2 result: other indicator')

# ---- 国家统计局 2019 bulletin (新华社 write-up)
nb_l = F(NB, '990865亿元'); nb_g = F(NB, '6.1%', n=0); nb_ph = F(NB, '70892元'); sh_nb = [nb_l, F(NB, '14.4万亿美元'), nb_ph, F(NB, '10276美元')]
S.rel('restatement', C, [nb_g, F(NB, '6.1%', n=1)], 'GDP growth 6.1% stated twice')
S.rel('share', C, sh_nb, 'both dollar figures use the same yearly average rate: 990865亿 / 14.4万亿美元 = 6.881 (6.857–6.905 with the half units) and 70892 / 10276 = 6.899: consistent')
S.rel('restatement', C, [F(NB, '10276美元'), F(NB, '1万美元', pre='突破')], 'per head 10276美元 “首次突破1万美元大关” (lower bound): consistent')
S.rel('growth', U, [nb_g, F(NB, '5.7%', n=0)], 'GDP +6.1% vs GDP per head +5.7%: the population change is not stated')
S.rel('restatement', U, [F(NB, '5.7%', n=0), F(NB, '5.7%', n=1)], 'GDP per head +5.7% and industry value added +5.7%: the same number for different indicators')
S.rel('share', U, [F(NB, '317109亿元'), nb_l], 'industry 317109 within GDP 990865: no share is stated (a part, not a split)')
S.rel('share', U, [F(NB, '3.5万公里'), F(NB, '2/3以上')], 'high-speed rail “占全球高铁里程2/3以上”: the world length is not stated')
S.rel('restatement', U, [F(NB, '1万亿美元'), F(NB, '14.4万亿美元')], '“经济总量1万亿美元以上的经济体” is a group threshold, not China’s GDP')
rs_gn = [gr_l, nb_l]; rs_gn2 = [gr_g, nb_g]
S.rel('restatement', C, rs_gn, 'cross-document: 2019 GDP 990865亿 in the target-results table and in the bulletin write-up')
S.rel('restatement', C, rs_gn2, 'cross-document: 2019 GDP growth 6.1% in both documents')
S.rel('target', M, [gr_gt, nb_g], 'cross-document: 2019 GDP target 6%-6.5% (国务院) → bulletin +6.1%: met')

# ---- 国务院 2016 targets
gt_g = [F(GT, '6.5%-7%', n=0), F(GT, '6.5%-7%', n=1)]
S.rel('restatement', C, gt_g, 'GDP target 6.5%-7% restated')
S.rel('restatement', C, [gt_g[0], F(GT, '6.5%-7%', n=2)], 'GDP target 6.5%-7% restated a third time')
S.rel('target', U, [gt_g[0], gr_g], 'cross-document: the 2016 GDP target against the 2019 result: other year')
S.rel('target', U, [F(GT, '1000万人以上'), F(GR, '1352万人')], 'cross-document: the 2016 jobs target against the 2019 result: other year')
S.rel('restatement', U, [F(GT, '4.5%以内'), gr_ut], 'cross-document: the 2016 and 2019 unemployment targets are both 4.5%以内: targets of different years, not one figure')
S.rel('target', U, [F(GT, '3%左右'), F(T16, '1.40%')], 'cross-document: the mainland’s 2016 CPI target 3%左右 against 臺灣’s 2016 CPI +1.40%: other place')

# ---- 第七次全国人口普查 main data
cs_t = F(CS, '141178万人'); cs_0 = F(CS, '133972万人'); cs_r = F(CS, '5.38%'); cs_a = F(CS, '0.53%')
cs_m = F(CS, '72334万人'); cs_f = F(CS, '68844万人'); cs_ms = F(CS, '48.76%')
cs_y = F(CS, '25338万人'); cs_ys = F(CS, '17.95%'); cs_u = F(CS, '90199万人'); cs_ru = F(CS, '50979万人'); cs_ud = F(CS, '23642万人'); cs_rd = F(CS, '16436万人')
sum_csg = [cs_m, cs_f, cs_t]; sh_csf = [cs_f, cs_t, cs_ms]; sh_csx = [cs_m, cs_f, F(CS, '105.07')]
sh_csy = [cs_y, cs_t, cs_ys]; sum_css = [cs_ys, F(CS, '63.35%'), F(CS, '18.70%')]
S.rel('growth', C, [cs_0, F(CS, '7206万人'), cs_t], 'census: 133972 + 7206 = 141178万')
S.rel('growth', C, [cs_0, cs_t, cs_r], '141178 / 133972 = +5.38%')
S.rel('growth', C, [cs_0, cs_t, cs_a], 'yearly average over the ten years 2010–2020: 1.05379^(1/10) = +0.525% → 0.53%')
S.rel('sum', C, [F(CS, '129281万人'), F(CS, '11897万人'), cs_t], 'family-household persons 129281 + collective-household persons 11897 = 141178万')
S.rel('share', C, [F(CS, '49416万户'), F(CS, '129281万人'), F(CS, '2.62人')], '129281 / 49416 = 2.616 → 2.62 persons per family household')
S.rel('growth', C, [F(CS, '3.10人'), F(CS, '2.62人'), F(CS, '0.48人')], '3.10 − 2.62 = 0.48')
S.rel('sum', U, [F(CS, '39.93%'), F(CS, '25.83%'), F(CS, '27.12%'), F(CS, '6.98%')], 'the four regions add to 99.86%: they cover the 31 provinces, while 全国人口 also counts 现役军人 (and persons of unassigned residence); not a full split of the total')
S.rel('sum', U, [F(CS, '2.15个百分点'), F(CS, '0.79个百分点'), F(CS, '0.22个百分点'), F(CS, '1.20个百分点')], 'regional share changes net +0.38 points, not 0: same reason (the regions are not the whole total)')
S.rel('sum', C, sum_csg, 'men 72334 + women 68844 = 141178万')
S.rel('share', C, [cs_m, cs_t, F(CS, '51.24%')], 'men 72334 / 141178 = 51.24%')
S.rel('share', C, sh_csf, 'women 68844 / 141178 = 48.76%')
S.rel('share', C, sh_csx, 'sex ratio 72334 / 68844 × 100 = 105.07')
S.rel('growth', U, [F(CS, '111.3'), F(CS, '6.8', pre='下降')], 'sex ratio at birth 111.3 “较2010年下降6.8”: the 2010 ratio is not stated')
S.rel('sum', C, [cs_y, F(CS, '89438万人'), F(CS, '26402万人'), cs_t], 'age groups 25338 + 89438 + 26402 = 141178万')
S.rel('share', C, sh_csy, '0–14: 25338 / 141178 = 17.95%')
S.rel('share', C, [F(CS, '26402万人'), cs_t, F(CS, '18.70%')], '60+: 26402 / 141178 = 18.70%')
S.rel('share', C, [F(CS, '19064万人'), cs_t, F(CS, '13.50%')], '65+: 19064 / 141178 = 13.50%')
S.rel('sum', C, sum_css, 'age shares 17.95 + 63.35 + 18.70 = 100%')
S.rel('sum', C, [F(CS, '1.35个百分点'), F(CS, '6.79个百分点'), F(CS, '5.44个百分点')], 'share changes of a full split net to zero: +1.35 − 6.79 + 5.44 = 0')
S.rel('sum', U, [F(CS, '19064万人'), F(CS, '26402万人')], '65+ (19064) is within 60+ (26402, “其中”): a subset, not a further group')
S.rel('sum', U, [sum_css[0], sum_css[1], sum_css[2], F(CS, '13.50%')], 'adding the 65+ share 13.50 to the three age shares counts it twice: overlapping scopes')
S.rel('share', C, [F(CS, '21836万人'), cs_t, F(CS, '15467人')], 'university-educated 21836 / 141178 × 100000 = 15467 per 10万')
S.rel('sum', C, [cs_u, cs_ru, cs_t], 'urban 90199 + rural 50979 = 141178万')
S.rel('share', C, [cs_u, cs_t, F(CS, '63.89%')], 'urban 90199 / 141178 = 63.89%')
gr_cs = [cs_u, cs_ud, cs_ru, cs_rd, cs_0]
S.rel('growth', C, gr_cs, '2010 levels from the changes: (90199 − 23642) + (50979 + 16436) = 66557 + 67415 = 133972, the stated 2010 total')
S.rel('growth', C, [cs_u, cs_ud, cs_0, F(CS, '63.89%'), F(CS, '14.21个百分点')], 'urban share change: 63.89 − 66557 / 133972 (49.68) = 14.21 points')
S.rel('rate', U, [F(CS, '0.57%'), cs_0], 'the 2000–2010 yearly average 0.57%: the 2000 population is not stated')

# ---- 第七次全国人口普查公报 第七号 (traditional)
c7_u = F(C7, '901991162人'); c7_r = F(C7, '509787562人'); c7_ud = F(C7, '236415856人'); c7_rd = F(C7, '164361984人'); c7_s = F(C7, '63.89%')
c7_h = F(C7, '492762506人'); c7_w = F(C7, '116945747人'); c7_f = F(C7, '375816759人'); c7_x = F(C7, '124837153人')
sum_c7x = [c7_x, F(C7, '250979606人'), c7_f]; gr_c7h = [c7_h, F(C7, '231376431人'), F(C7, '88.52%')]
S.rel('share', C, [c7_u, c7_r, c7_s], 'urban 901991162 / (901991162 + 509787562) = 63.89%')
S.rel('share', C, [c7_r, c7_u, F(C7, '36.11%')], 'rural 509787562 / 1411778724 = 36.11%')
S.rel('growth', C, [c7_u, c7_ud, c7_r, c7_rd, c7_s, F(C7, '14.21')], '2010 urban share (901991162 − 236415856) / (1411778724 − 236415856 + 164361984) = 49.68%; 63.89 − 49.68 = 14.21 points')
S.rel('share', U, [F(C7, '45.4%'), c7_s], '户籍人口城镇化率 45.4% vs the resident urban share 63.89%: different bases')
S.rel('sum', C, [c7_w, c7_f, c7_h], '人户分离 492762506 = 市辖区内 116945747 + 流动 375816759')
S.rel('sum', C, sum_c7x, '流动 375816759 = 跨省 124837153 + 省内 250979606')
S.rel('growth', C, gr_c7h, '人户分离 +231376431 on 261386075 = +88.52%')
S.rel('growth', C, [c7_w, F(C7, '76986324人'), F(C7, '192.66%')], '市辖区内 +76986324 on 39959423 = +192.66%')
S.rel('growth', C, [c7_f, F(C7, '154390107人'), F(C7, '69.73%')], '流动 +154390107 on 221426652 = +69.73%')
S.rel('sum', C, [F(C7, '76986324人'), F(C7, '154390107人'), F(C7, '231376431人')], 'the two increases add to the 人户分离 increase: 76986324 + 154390107 = 231376431')
S.rel('restatement', C, [cs_u, c7_u], 'cross-document: urban 90199万 (main data) = 901991162人 (communique No. 7)')
S.rel('restatement', C, [cs_ru, c7_r], 'cross-document: rural 50979万 = 509787562人')
rs_c7ud = [cs_ud, c7_ud]
S.rel('restatement', C, rs_c7ud, 'cross-document: urban increase 23642万 = 236415856人')
S.rel('restatement', C, [F(CS, '14.21个百分点'), F(C7, '14.21')], 'cross-document: urban share +14.21 points in both')

# ---- census write-up (traditional, 人民日报客户端)
cm_t = F(CM, '141178萬人'); cm_m = F(CM, '723339956人'); cm_f = F(CM, '688438768人'); cm_ms = F(CM, '51.24%'); cm_b = F(CM, '14.1178億人')
rs_cm = [cm_t, cm_b]; sh_cm = [cm_m, cm_t, cm_ms]
S.rel('restatement', C, rs_cm, '141178萬人 = 14.1178億人')
S.rel('sum', C, [cm_m, cm_f, cm_t], 'men 723339956 + women 688438768 = 1411778724 = 141178萬')
S.rel('share', C, [cm_m, cm_f, F(CM, '105.07')], 'sex ratio 723339956 / 688438768 × 100 = 105.07')
S.rel('share', C, sh_cm, 'men 723339956 / 1411778724 = 51.24%')
S.rel('restatement', C, [cs_m, cm_m], 'cross-document: men 72334万 = 723339956人')
S.rel('restatement', C, [cs_f, cm_f], 'cross-document: women 68844万 = 688438768人')
S.rel('restatement', C, [cs_t, cm_t], 'cross-document: population 141178万 in both')
S.rel('restatement', C, [cs_a, F(CM, '0.53%')], 'cross-document: yearly average growth 0.53% in both')

# ---- 1982 plan execution (1983 NPC): traps only
S.rel('sum', U, [F(OP, '52亿元'), F(OP, '37亿元'), F(OP, '110亿元')], '基本建设 above plan by 110亿, “主要是” self-raised 52 and bank loans 37 (= 89): the other sources are not stated; not a split')
S.rel('growth', U, [F(OP, '110亿元'), F(OP, '112亿元')], '110亿 above the plan and 112亿 above the previous year: different comparators, neither level stated')

# ---- 国家统计局 2005 bulletin, social insurance (traditional)
sum_n5 = [F(N5, '13082萬人'), F(N5, '4362萬人'), F(N5, '17444萬人')]; sum_n5m = [F(N5, '9959萬人'), F(N5, '3750萬人'), F(N5, '13709萬人')]
S.rel('sum', C, sum_n5, '2005 urban pension insurance: workers 13082 + retirees 4362 = 17444萬')
S.rel('sum', C, sum_n5m, 'urban medical insurance: workers 9959 + retirees 3750 = 13709萬')
S.rel('sum', U, [F(N5, '4002萬人'), F(N5, '4362萬人')], 'enterprise retirees 4002 within all insured retirees 4362: a subset, the rest is not stated')

# ---- 香港 accounts to May 2008
h8_m = [F(H8, '183億元'), F(H8, '108億元'), F(H8, '75億元')]; h8_y = [F(H8, '387億元'), F(H8, '330億元'), F(H8, '57億元', n=0)]
S.rel('sum', C, h8_m, '香港 May 2008: spending 183 − revenue 108 = deficit 75億')
S.rel('sum', C, h8_y, 'April–May: spending 387 − revenue 330 = deficit 57億 (the lead’s figure)')
S.rel('restatement', C, [F(H8, '57億元', n=0), F(H8, '57億元', pre='故錄得')], 'two-month deficit 57億 stated twice')
S.rel('sum', U, [F(H8, '183億元'), F(H8, '387億元')], 'May spending 183 within the two months’ 387: April is not stated')
S.rel('growth', U, [F(H8, '57億元', n=0), F(H8, '75億元')], 'two-month deficit 57 vs May deficit 75: April’s surplus of 18 follows but is not stated; nothing to check')
S.rel('growth', U, [F(H8, '57億元', n=0), F(H8, '4,872億元')], 'reserves fell to 4,872億: the level at the start of the year is not stated')

# ---- 香港 accounts to June 2006
h6_y = [F(H6, '548億元'), F(H6, '488億元'), F(H6, '60億元', n=1)]; h6_r = [F(H6, '3,122億元'), F(H6, '3,047億元', n=1), F(H6, '75億元', n=0)]
S.rel('sum', C, h6_y, '香港 April–June 2006: spending 548 − revenue 488 = deficit 60億')
S.rel('restatement', C, [F(H6, '60億元', n=0), F(H6, '60億元', n=1)], 'deficit 60億 in the lead and in the body')
S.rel('sum', C, h6_r, 'reserves 3,122 (end May) − 3,047 (end June) = the lead’s fall of 75億')
S.rel('restatement', C, [F(H6, '3,047億元', n=0), F(H6, '3,047億元', n=1)], 'reserves 3,047億 stated twice')
S.rel('restatement', C, [F(H6, '75億元', n=0), F(H6, '75億元', pre='3,122億元減少')], 'reserve fall 75億 stated twice')
S.rel('growth', U, [F(H6, '16億元'), F(H6, '60億元', n=1), F(H6, '75億元', pre='3,122億元減少')], 'from a 16億 surplus (end May) to a 60億 deficit implies a June deficit of 76, while reserves fell 75: the reserve change is not the accounts’ balance; nothing to check')
S.rel('restatement', U, [F(H6, '75億元', n=0), F(H8, '75億元')], 'cross-document: 2006’s reserve fall 75億 and May 2008’s deficit 75億: other period and indicator')

# ---- 澳門 2023 GDP (traditional): traps only
m23_g = F(M23, '80.5%', n=0)
S.rel('growth', U, [m23_g, F(M23, '80.5%', n=1), F(M23, '6.5%')], '澳門 2023: GDP per head “按年增長80.5%” equals the real GDP growth, but per head is a nominal level and the deflator rose 6.5% (nominal GDP about +92%); the population change is not stated: real vs nominal, not a restatement')
S.rel('rate', U, [m23_g, F(M23, '32.3%'), F(M23, '100.9%'), F(M23, '120.4%'), F(M23, '86.4%')], 'the year +80.5% from the four quarters: the 2022 quarterly weights are not stated')
S.rel('growth', U, [F(M23, '近4倍'), F(M23, '343.7%')], 'visitors “上升近4倍” vs gaming exports +343.7%: other indicators')
S.rel('growth', U, [F(M23, '21.4%'), m23_g], '2022 −21.4% and 2023 +80.5% against “回復至2019年逾八成水平”: the 2019–2021 path is not stated; nothing to compute')

# ---- 澳門 2016 GDP (traditional): traps only
S.rel('rate', U, [F(M16, '2.1%'), F(M16, '9.7%'), F(M16, '5.7%')], '澳門 2016: year −2.1% from H1 −9.7% and H2 +5.7%: the 2015 halves’ weights are not stated')
S.rel('growth', U, [F(M16, '2.1%'), F(M16, '21.5%')], '“較上年負增長21.5%明顯收窄”: two years’ rates, nothing to compute')
S.rel('share', U, [F(M16, '3582億澳門元'), F(M16, '55.4萬澳門元')], 'GDP / per head implies a population that is not stated')
S.rel('share', U, [F(M16, '55.4萬澳門元'), F(M16, '6.9萬美元')], 'per head in patacas and dollars: the exchange rate is not stated')
S.rel('rate', U, [F(M16, '5.8%'), F(M16, '1.3%'), F(M16, '13.3%')], 'domestic demand −5.8% from private consumption and investment: government consumption and the weights are not stated')

# ---- 臺灣 2026 central budget (traditional)
tb_d = F(TB, '1,727億元'); sum_tb = [F(TB, '2兆8,623億元'), F(TB, '3兆350億元'), tb_d]; sum_tb2 = [tb_d, F(TB, '1,265億元'), F(TB, '2,992億元')]
sum_tb3 = [F(TB, '7兆3,258億元'), F(TB, '7兆764億元'), F(TB, '2,494億元')]
S.rel('sum', C, sum_tb, '臺灣 2026 budget: expenditure 30350 − revenue 28623 = shortfall 1,727億')
S.rel('sum', C, sum_tb2, 'shortfall 1,727 + debt repayment 1,265 = financing 2,992億')
S.rel('sum', C, sum_tb3, 'funds: revenue 73258 − expenditure 70764 = surplus 2,494億')
S.rel('sum', C, [F(TB, '600億元'), F(TB, '5,500億元'), F(TB, '6,000億元')], 'two special budgets 600 + 5,500 = 6,100 “超過6,000億元” (lower bound)')
S.rel('sum', U, [F(TB, '2,494億元'), F(TB, '2,323億元')], '繳庫 2,323 is paid out of the surplus 2,494: a part, not a split')
S.rel('growth', U, [F(TB, '9.6%'), F(TB, '3,038億元')], 'revenue −9.6% (about −3,040) and the tax part −3,038: the 2025 level and the other revenue are not stated; a part is not the total')
S.rel('rate', U, [F(TB, '6.75%'), F(TB, '8.01%')], 'H1 +6.75% with Q2 +8.01%: Q1 and the weights are not stated')
S.rel('growth', U, [F(TB, '2,707億元'), F(TB, '54.7%')], 'current surplus 2,707 “減少54.7%”: this year’s level is not stated')

# ---- 臺灣 行政院 eight-year report (traditional)
t8_h = F(T8, '3.15%', n=0); rs_t8 = [t8_h, F(T8, '3.15%', n=1)]; rs_t8b = [t8_h, F(T8, '3.15%', n=2)]; rs_t8c = [F(T8, '110%', n=0), F(T8, '110%', n=1)]
S.rel('restatement', C, rs_t8, 'headline 3.15% restated in the body')
S.rel('restatement', C, rs_t8b, 'headline 3.15% restated in the report paragraph')
S.rel('restatement', C, rs_t8c, 'renewables +110% stated twice')
S.rel('growth', I, [F(T8, '49.5億元'), F(T8, '876億元'), F(T8, '超過17倍')], 'REAL discrepancy by the key’s convention: 876 / 49.5 = 17.7 times the old level, an increase of 16.7 times (增长N倍 = ratio − 1), not “成長超過17倍”; the text counts the ratio as the increase')
S.rel('growth', U, [F(T8, '154億元'), F(T8, '1201億元'), F(T8, '超過17倍')], '“成長超過17倍” belongs to 長照; childcare 154 → 1201 (7.8 times) has no stated growth: other item')
S.rel('rate', U, [F(T8, '3.15%', n=2), F(T8, '27兆元')], 'GDP up 27兆 in total with 3.15% average growth: the 2016 level is not stated')

# ---- 臺灣 2016 (民國105年) indicators (traditional)
gr_t16 = [F(T16, '1.50%'), F(T16, '0.72%'), F(T16, '0.78個百分點')]; t16_e = F(T16, '6萬9千人'); gr_t16e = [F(T16, '1,126萬7千人'), t16_e, F(T16, '0.62%')]
S.rel('growth', C, gr_t16, '105年 growth 1.50% vs 104年 0.72%: +0.78 points')
S.rel('growth', C, gr_t16e, 'employment +6萬9千 on 1,119萬8千 = +0.62%')
S.rel('growth', U, [F(T16, '58.75%'), F(T16, '0.10個百分點')], 'participation +0.10 points: the 104年 rate is not stated')
S.rel('growth', U, [F(T16, '3.92%'), F(T16, '0.14個百分點')], 'unemployment +0.14 points: the 104年 rate is not stated')
S.rel('rate', U, [F(T8, '3.15%', n=1), F(T16, '1.50%')], 'cross-document: the eight-year average 3.15% and one of its years (2016) at 1.50%: the other years are not stated')
S.rel('restatement', U, [F(NB, '5.7%', n=1), F(M16, '5.7%')], 'cross-document: 2019 mainland industry +5.7% and 澳門 H2 2016 +5.7%: other place, period and indicator')

# ---- more traps
S.rel('target', U, [F(GR, '3%左右'), F(GR, '3.2%')], 'the “三公”经费 cut target 3%左右 against the COD result −3.2%: other indicator')
S.rel('share', U, [F(NB, '30%左右'), nb_g], 'contribution to world growth “30%左右”: world growth and China’s weight are not stated')
S.rel('share', U, [F(CS, '8930人'), cs_0], '2010: 8930 per 10万 of 133972万 implies about 11964万 graduates, which is not stated; nothing to check')
S.rel('share', U, [F(CS, '2853万户'), F(CS, '11897万人')], 'persons per collective household (4.17) is not stated')
S.rel('growth', U, [F(CS, '4.08%'), F(CS, '2.67%')], 'illiteracy 4.08% → 2.67%: no change is stated, and the 2010 and 2020 bases differ')
S.rel('growth', U, [F(C7, '192.66%'), gr_c7h[2]], '市辖区内 +192.66% against all 人户分离 +88.52%: a part may grow faster than the whole; nothing to compute without the 流动 rate’s weight')
S.rel('share', U, [F(OP, '45.5%'), F(OP, '110亿元')], 'non-productive share 45.5% of all 基本建设 investment: the total is not stated (110亿 is the overrun)')
S.rel('growth', U, [F(N5, '1091萬人'), F(N5, '1305萬人'), F(N5, '64萬人'), F(N5, '1545萬人')], 'increases in pension, medical, unemployment and injury insurance: overlapping memberships, not parts of one total')
S.rel('sum', U, [F(N5, '10648萬人'), F(N5, '8390萬人'), F(N5, '17444萬人')], 'unemployment (10648) and injury (8390) insurance members are not parts of the pension membership (17444): overlapping scopes')
S.rel('growth', U, [F(H8, '4,872億元'), F(H6, '3,047億元', n=0)], 'cross-document: reserves 4,872億 (May 2008) and 3,047億 (June 2006): other periods, no change is stated')
S.rel('rate', U, [F(M23, '86.4%'), F(M23, '430.8%'), F(M23, '130.2%'), F(M23, '16.6%'), F(M23, '10.0%')], '澳門 Q4 2023 GDP +86.4% from its components: the weights (and imports) are not stated')
S.rel('growth', U, [F(M16, '7%'), F(M16, '5.7%')], 'Q4 +7% and H2 +5.7%: Q3 is not stated')
S.rel('growth', U, [F(TB, '0.9%'), F(TB, '3兆350億元')], 'expenditure +0.9%: this year’s budget is not stated')
S.rel('rate', U, [F(TB, '8.01%'), F(TB, '35.02%'), F(TB, '4.87%'), F(TB, '0.49%')], 'Q2 growth 8.01% from exports, investment and consumption: imports and the weights are not stated')
S.rel('restatement', U, [F(T16, '1.40%'), F(T16, '0.84%')], 'CPI +1.40% and core CPI +0.84%: different indicators')
S.rel('target', U, [gr_ut, F(T16, '3.92%')], 'cross-document: the mainland’s 2019 unemployment ceiling 4.5% against 臺灣’s 2016 rate 3.92%: other place and year')
S.rel('restatement', U, [F(GT, '3%左右'), F(GT, '3.4%以上')], 'CPI target 3%左右 and energy-intensity target “下降3.4%以上”: different indicators')

# ---- altered copies
a = ALT(GR, 1, tg_gr_j[1], '1052万人', 'new urban jobs 1352万 → 1052万')
S.rel('target', MS, R(a, tg_gr_j, tg_gr_j[1], '1052万人'), 'altered: jobs target 1100万以上 → 1052万: missed (the text still says 完成年度目标) (breaks {B})')
a = ALT(GR, 2, tg_gr_nox[1], '2.5%', 'NOx reduction 3.5% → 2.5%')
S.rel('target', MS, R(a, tg_gr_nox, tg_gr_nox[1], '2.5%'), 'altered: NOx to fall 3% → fell 2.5%: missed (breaks {B})')
a = ALT(GR, 3, gr_g, '5.1%', 'GDP growth 6.1% → 5.1%')
S.rel('target', MS, R(a, tg_gr_g, gr_g, '5.1%'), 'altered: GDP target 6%-6.5% → +5.1%: missed (breaks {B})')
S.rel('restatement', I, R(a, rs_gn2, gr_g, '5.1%'), 'altered, cross-document: +5.1% here vs the bulletin’s +6.1% (breaks {B})')
a = ALT(NB, 1, nb_ph, '76892元', 'GDP per head 70892 → 76892')
S.rel('share', I, R(a, sh_nb, nb_ph, '76892元'), 'altered: 76892 / 10276 = 7.48 yuan a dollar, but 990865亿 / 14.4万亿 = 6.88 (at most 6.91): the two conversions no longer share a rate (breaks {B})')
a = ALT(NB, 2, nb_l, '990365亿元', 'GDP 990865 → 990365')
S.rel('restatement', I, R(a, rs_gn, nb_l, '990365亿元'), 'altered, cross-document: 990365亿 here vs 990865亿 in the 国务院 table (breaks {B})')
a = ALT(GT, 1, gt_g[1], '6.5%-8%', 'second mention of the GDP target 6.5%-7% → 6.5%-8%')
S.rel('restatement', I, R(a, gt_g, gt_g[1], '6.5%-8%'), 'altered: target 6.5%-7% vs 6.5%-8% in the next paragraph (breaks {B})')
a = ALT(CS, 1, cs_f, '68944万人', 'women 68844 → 68944')
S.rel('sum', I, R(a, sum_csg, cs_f, '68944万人'), 'altered: 72334 + 68944 = 141278, not 141178 (breaks {B})')
S.rel('share', I, R(a, sh_csf, cs_f, '68944万人'), 'altered: 68944 / 141178 = 48.83%, not 48.76% (breaks {B})')
S.rel('share', I, R(a, sh_csx, cs_f, '68944万人'), 'altered: 72334 / 68944 = 104.92, not 105.07 (breaks {B})')
a = ALT(CS, 2, cs_ys, '17.85%', '0–14 share 17.95% → 17.85%')
S.rel('share', I, R(a, sh_csy, cs_ys, '17.85%'), 'altered: 25338 / 141178 = 17.95%, not 17.85% (breaks {B})')
S.rel('sum', I, R(a, sum_css, cs_ys, '17.85%'), 'altered: 17.85 + 63.35 + 18.70 = 99.90, not 100 (breaks {B})')
a = ALT(C7, 1, c7_x, '124337153人', 'inter-provincial migrants 124837153 → 124337153')
S.rel('sum', I, R(a, sum_c7x, c7_x, '124337153人'), 'altered: 124337153 + 250979606 = 375316759, not 375816759 (breaks {B})')
a = ALT(C7, 2, gr_c7h[2], '83.52%', '人户分离 growth 88.52% → 83.52%')
S.rel('growth', I, R(a, gr_c7h, gr_c7h[2], '83.52%'), 'altered: 231376431 / 261386075 = +88.52%, not 83.52% (breaks {B})')
a = ALT(CM, 1, cm_ms, '51.74%', 'male share 51.24% → 51.74%')
S.rel('share', I, R(a, sh_cm, cm_ms, '51.74%'), 'altered: 723339956 / 1411778724 = 51.24%, not 51.74% (breaks {B})')
a = ALT(CM, 2, cm_b, '14.1478億人', 'population in 億 14.1178 → 14.1478')
S.rel('restatement', I, R(a, rs_cm, cm_b, '14.1478億人'), 'altered: 141178萬 vs 14.1478億 (breaks {B})')
a = ALT(N5, 1, sum_n5[1], '4312萬人', 'insured retirees 4362 → 4312')
S.rel('sum', I, R(a, sum_n5, sum_n5[1], '4312萬人'), 'altered: 13082 + 4312 = 17394, not 17444 (breaks {B})')
a = ALT(N5, 2, sum_n5m[1], '3850萬人', 'insured retirees (medical) 3750 → 3850')
S.rel('sum', I, R(a, sum_n5m, sum_n5m[1], '3850萬人'), 'altered: 9959 + 3850 = 13809, not 13709 (breaks {B})')
a = ALT(H8, 1, h8_m[1], '128億元', 'May revenue 108 → 128')
S.rel('sum', I, R(a, h8_m, h8_m[1], '128億元'), 'altered: 183 − 128 = 55, not the stated deficit 75 (breaks {B})')
a = ALT(H8, 2, h8_y[1], '336億元', 'two-month revenue 330 → 336')
S.rel('sum', I, R(a, h8_y, h8_y[1], '336億元'), 'altered: 387 − 336 = 51, not 57 (breaks {B})')
a = ALT(H6, 1, h6_y[1], '438億元', 'revenue 488 → 438')
S.rel('sum', I, R(a, h6_y, h6_y[1], '438億元'), 'altered: 548 − 438 = 110, not the 60 deficit (breaks {B})')
a = ALT(H6, 2, h6_r[0], '3,172億元', 'end-May reserves 3,122 → 3,172')
S.rel('sum', I, R(a, h6_r, h6_r[0], '3,172億元'), 'altered: 3,172 − 3,047 = 125, not 75 (breaks {B})')
a = ALT(TB, 1, tb_d, '1,787億元', 'shortfall 1,727 → 1,787')
S.rel('sum', I, R(a, sum_tb, tb_d, '1,787億元'), 'altered: 30350 − 28623 = 1,727, not 1,787 (breaks {B})')
S.rel('sum', I, R(a, sum_tb2, tb_d, '1,787億元'), 'altered: 1,787 + 1,265 = 3,052, not 2,992 (breaks {B})')
a = ALT(TB, 2, sum_tb3[2], '2,454億元', 'funds’ surplus 2,494 → 2,454')
S.rel('sum', I, R(a, sum_tb3, sum_tb3[2], '2,454億元'), 'altered: 73258 − 70764 = 2,494, not 2,454 (breaks {B})')
a = ALT(T8, 1, t8_h, '3.45%', 'headline average growth 3.15% → 3.45%')
S.rel('restatement', I, R(a, rs_t8, t8_h, '3.45%'), 'altered: headline 3.45% vs body 3.15% (breaks {B})')
S.rel('restatement', I, R(a, rs_t8b, t8_h, '3.45%'), 'altered: headline 3.45% vs the report paragraph’s 3.15% (breaks {B})')
a = ALT(T8, 2, rs_t8c[1], '170%', 'second mention of renewables growth 110% → 170%')
S.rel('restatement', I, R(a, rs_t8c, rs_t8c[1], '170%'), 'altered: renewables +110% vs +170% (breaks {B})')
a = ALT(T16, 1, gr_t16[2], '0.73個百分點', 'growth change 0.78 → 0.73 points')
S.rel('growth', I, R(a, gr_t16, gr_t16[2], '0.73個百分點'), 'altered: 1.50 − 0.72 = 0.78, not 0.73 (breaks {B})')
a = ALT(T16, 2, t16_e, '8萬9千人', 'employment increase 6萬9千 → 8萬9千')
S.rel('growth', I, R(a, gr_t16e, t16_e, '8萬9千人'), 'altered: 8萬9千 / 1,117萬8千 = +0.80%, not 0.62% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

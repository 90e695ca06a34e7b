"""Check key, set check-heldout162. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout162.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout162'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

LC='lc_2024.txt'; L40='lc_40y.txt'; G58='gd_1958.txt'; WC='wc_1960.txt'; CY='cy_2015_hant.txt'; TW='tw_2012m1_hant.txt'
HK='hk_2014b.txt'; HN='hn_2005m8.txt'; SY='sy_2021m6.txt'; LZP='lz_2017p.txt'; LZH='lz_2017h1.txt'; ZQ='zq_2024.txt'
ZG='zq_2025g.txt'; GG='gd_2024g.txt'; GR='gd_2024r_hant.txt'; MO='mo_m10.txt'

# ---- 罗城仫佬族自治县 2024 bulletin, and the 40th-anniversary press conference (November 2024)
c_gdp = F(LC, '97.61亿元'); c_p1 = F(LC, '33.67亿元'); c_p2 = F(LC, '21.54亿元'); c_p3 = F(LC, '42.40亿元')
c_s1 = F(LC, '34.5%'); c_s2 = F(LC, '22.1%'); c_s3 = F(LC, '43.4%'); c_g = F(LC, '3.8%')
sum_c = [c_p1, c_p2, c_p3, c_gdp]; sh_c1 = [c_p1, c_gdp, c_s1]; sh_c2 = [c_p2, c_gdp, c_s2]; sh_c3 = [c_p3, c_gdp, c_s3]
S.rel('sum', C, sum_c, '罗城 2024: primary 33.67 + secondary 21.54 + tertiary 42.40 = GDP 97.61亿')
S.rel('share', C, sh_c1, 'primary 33.67 / 97.61 = 34.49% → 34.5%')
S.rel('share', C, sh_c2, 'secondary 21.54 / 97.61 = 22.07% → 22.1%')
S.rel('share', C, sh_c3, 'tertiary 42.40 / 97.61 = 43.44% → 43.4%')
S.rel('sum', C, [F(LC, '50.8%'), F(LC, '23.4%'), F(LC, '25.8%')], 'contributions to growth 50.8 + 23.4 + 25.8 = 100%')
c_pull1 = F(LC, '1.9', post='、0.9'); c_pull2 = F(LC, '0.9', pre='1.9、'); c_pull3 = F(LC, '1.0个百分点')
S.rel('sum', C, [c_pull1, c_pull2, c_pull3, c_g], 'pulls 1.9 + 0.9 + 1.0 = 3.8 points = GDP growth 3.8%')
S.rel('rate', C, [c_g, F(LC, '50.8%'), c_pull1], 'pull of the primary sector = growth × contribution: 3.8 × 50.8% = 1.93 → 1.9 points')
sh_c4 = [F(LC, '12.05万人'), F(LC, '38.32万人'), F(LC, '31.44%')]
S.rel('share', C, sh_c4, 'registered urban 12.05 / 38.32 = 31.45% (31.43–31.46 with half units) → 31.44%')
sh_c5 = [F(LC, '12.90万人'), F(LC, '26.44万人'), F(LC, '48.79%')]
S.rel('share', C, sh_c5, 'resident urban 12.90 / 26.44 = 48.79%')
S.rel('rate', U, [c_g, F(LC, '5.0%', n=0), F(LC, '5.6%'), F(LC, '2.1%'), c_s1, c_s2, c_s3],
      'rebuilding real GDP growth from the sector rates needs last year’s real levels as weights; weighting by this year’s nominal shares gives 3.87 → 3.9, not 3.8: weights not stated (the stated pulls are the right check)')
S.rel('restatement', U, [F(LC, '5.0%', n=0), F(LC, '5.0%', n=1)], 'primary value added +5.0% and gross output of farming/forestry/animal husbandry/fishery +5.0%: same number, other indicator')
S.rel('share', U, [F(LC, '31.44%'), F(LC, '48.79%')], 'registered-population and resident-population urbanisation rates: other bases (38.32 vs 26.44万), not comparable')
S.rel('growth', U, [F(L40, '84.13亿元'), c_gdp, c_g], 'cross-document: 2023 GDP 84.13 (press conference) → 2024 97.61 is +16.0% nominal (and 2023 may since have been revised); the bulletin’s +3.8% is at comparable prices')
S.rel('growth', U, [F(L40, '53.24亿元'), F(LC, '55.99亿元'), F(LC, '5.0%', n=1)], 'cross-document: farming gross output 53.24 (2023) → 55.99 (2024) is +5.17% at current prices; +5.0% is at comparable prices')
S.rel('restatement', U, [F(L40, '49.2%'), c_s3], 'cross-document: “第三产业占…比重…提高到2024年的49.2%” was said on 2024-11-07, before the year closed (a part-year or estimated share); the bulletin’s final 2024 structure says 43.4%. Different vintage; see judgement calls')
S.rel('growth', U, [F(L40, '84.13亿元'), F(L40, '102倍')], 'GDP 84.13 “是1984年的102倍”: the 1984 level is not stated (and the multiple may be at comparable prices)')
S.rel('growth', U, [F(L40, '5.68亿元'), F(L40, '178.6倍')], 'fiscal revenue 5.68 “是1984年的178.6倍”: the 1984 level is not stated')

# ---- 广东 iron, 1 November 1958 (人民日报)
g_day = F(G58, '八十七万七千六百十二吨'); g_task = F(G58, '五十万吨到六十万吨')
rs_g1 = [F(G58, '百分之九十九'), F(G58, '99%')]; rs_g2 = [g_day, F(G58, '八十七万多吨')]
S.rel('target', M, [g_task, g_day], 'the year’s pig-iron task 50–60万 t; one day (1 November) gave 877612 t ≥ 600000 t: “一天的产量就超额完成了全省今年的任务” → met')
S.rel('target', CT, [g_task, F(G58, '二万一千一百多吨'), F(G58, '五万九千八百六十五吨')], 'by the end of October 21100多 + 59865 ≈ 81000 t against the year’s 50–60万 t: part of the year only → cannot tell at that point')
S.rel('restatement', C, rs_g1, 'headline 百分之九十九 ↔ body 一二类铁占99%')
S.rel('restatement', C, rs_g2, '877612 t restated as “八十七万多吨” (lower bound 870000)')
S.rel('growth', U, [F(G58, '五千八百一十吨'), F(G58, '四倍多')], 'steel 5810 t “比过去全省钢的最高日产量增长了四倍多”: the earlier record is not stated')

# ---- 文昌县铺前人民公社 1957-1959 (人民日报 1960)
w_all = F(WC, '三万四千多亩'); w_irr = F(WC, '四千三百多亩'); w_88 = F(WC, '88%')
sh_w = [w_all, w_irr, w_88]
S.rel('share', C, sh_w, 'unirrigated share (34000多 − 4300多) / 34000多 = 87.1–87.7% (87.4 at the round numbers); “88%的耕地” (87.5–88.5) is reached at the edge → consistent (see judgement calls)')
S.rel('growth', U, [F(WC, '七百零五万斤'), F(WC, '30%以上')], '1957 grain 705万斤 “比解放前的常年总产量增产30%以上”: the pre-1949 total is not stated')
S.rel('growth', U, [F(WC, '七百零五万斤'), F(WC, '20%以上')], '1959 “比1958年还增产20%以上”: neither the 1959 nor the 1958 total is stated; 705万斤 is 1957')
S.rel('share', U, [w_irr, w_all, F(WC, '70%以上')], 'before the 1958–59 works 4300 of 34000 mu were irrigated (12.6%); “70%以上的农田得到了灌溉” is after them: other period')
S.rel('rate', U, [F(WC, '五、六十斤'), w_all, F(WC, '七百零五万斤')], 'yield 50–60 jin × 34000 mu ≈ 170–204万斤 is the old low-yield level, not 1957; and multiple cropping is not stated: not a check on 705万斤')

# ---- 嘉義縣 2016 budget (施政報告, November 2015)
y_b = F(CY, '230億'); y_o = F(CY, '228億'); y_i = F(CY, '2億', pre='僅增加'); y_p = F(CY, '0.88%')
sum_y = [y_o, y_i, y_b]; gr_y = [y_o, y_b, y_p]
S.rel('sum', C, sum_y, '嘉義縣 budget: 104年 228 + 2 = 105年 230億')
S.rel('growth', C, gr_y, '(230 − 228) / 228 = 0.877% → 0.88%')
S.rel('share', U, [F(CY, '1.5成'), F(CY, '22.8億元'), y_b], '“控管歲出預算1.5成經費不執行…彌補財政收支缺口22.8億元”: 15% of 230 = 34.5 ≠ 22.8, but the base of the 1.5成 (all appropriations or only the discretionary part) is not stated')
S.rel('share', U, [F(CY, '295公頃'), F(CY, '469公頃')], '295 ha of factory land within 469 ha of new industrial zones: a part, no share stated; nothing to check')

# ---- 台灣 retail sales, January 2012 (中央社 via 大紀元; real error)
t_a = F(TW, '4萬783部'); t_b = F(TW, '5萬3310部'); t_r = F(TW, '30.72%')
S.rel('growth', I, [t_a, t_b, t_r], 'REAL ERROR: registrations 40783 vs 53310 a year earlier is a fall of 12527 / 53310 = 23.50%, not 30.72% (30.72% = 12527 / 40783, the fall divided by the new level)')
rs_t = [F(TW, '3360億元', n=0), F(TW, '3360億元', n=1)]
S.rel('restatement', C, rs_t, 'January retail sales 3360億 in the lead and again in the body')
rt_t = [F(TW, '24.52%'), F(TW, '2.30%'), F(TW, '2.71%'), F(TW, '1成多')]
S.rel('rate', C, rt_t, 'total −2.30% = w × (−24.52%) + (1 − w) × 2.71% gives the car weight w = 18.4%, within “汽機車占零售業權重比1成多” (10–19%)')
S.rel('rate', U, [F(TW, '7.26%'), F(TW, '5.47%'), F(TW, '2.30%')], 'fuel −7.26% and building materials −5.47% against the total −2.30%: their weights are not stated; parts, not a split')
S.rel('growth', U, [F(TW, '7.09%'), F(TW, '1.9%')], 'February forecasts (retail +7.09%, catering −1.9%): forecasts for a month not yet reported; nothing to check')

# ---- 香港 2014-15 budget speech (paragraphs 151-154)
h_op = F(HK, '三千二百五十亿元'); h_rc = F(HK, '三千零七十四亿元')
gr_h1 = [h_op, F(HK, '一百三十八亿元'), F(HK, '百分之四点一')]; gr_h2 = [h_rc, F(HK, '二百二十三亿元'), F(HK, '百分之七点八')]
sh_h1 = [h_rc, h_op, F(HK, '百分之九十四')]
sh_h2 = [F(HK, '六百七十一亿元'), F(HK, '五百二十四亿元'), F(HK, '五百六十九亿元'), h_rc, F(HK, '六成')]
S.rel('growth', C, gr_h1, 'operating expenditure 3250, 138 below the revised 2013-14 estimate (3388): 138 / 3388 = 4.07% → 百分之四点一')
S.rel('growth', C, gr_h2, 'recurrent 3074, +223 on 2851: 223 / 2851 = 7.82% → 百分之七点八')
S.rel('share', C, sh_h1, 'recurrent 3074 / operating 3250 = 94.6%: “超过百分之九十四”')
S.rel('share', C, sh_h2, 'education 671 + health 524 + welfare 569 = 1764 / recurrent 3074 = 57.4%: “接近六成”')
S.rel('rate', U, [F(HK, '百分之五点三'), F(HK, '百分之五点二'), F(HK, '百分之九点七'), F(HK, '百分之七点八')], 'education +5.3%, health +5.2%, welfare +9.7% against all recurrent +7.8%: the three are 57% of it, the others’ growth is not stated; not a split')
S.rel('growth', U, [F(HK, '百分之四点一'), F(HK, '百分之七点八')], 'operating spending −4.1% while recurrent spending +7.8%: the non-recurrent part (one-off relief) falls; no contradiction and no stated level for it')

# ---- 海南 tourism table, August 2005
def hc(v, pre='', n=0): return F(HN, v, pre=pre, n=n, post=' |')
n_tot = F(HN, '121.56'); n_os = hc('3.87'); n_dm = hc('117.69'); n_ctot = F(HN, '989.88'); n_cos = hc('27.82'); n_cdm = hc('962.06')
S.rel('sum', C, [n_os, n_dm, n_tot], 'August: overseas 3.87 + domestic 117.69 = 121.56万人次')
S.rel('sum', C, [n_cos, n_cdm, n_ctot], 'Jan–Aug: 27.82 + 962.06 = 989.88')
sum_n3 = [hc('1.79'), hc('1.50'), hc('0.14'), hc('0.44'), n_os]
S.rel('sum', C, sum_n3, 'August overseas: foreigners 1.79 + 香港 1.50 + 澳门 0.14 + 台湾 0.44 = 3.87')
S.rel('sum', C, [hc('16.52'), hc('7.23'), hc('0.34'), hc('3.73'), n_cos], 'Jan–Aug overseas: 16.52 + 7.23 + 0.34 + 3.73 = 27.82')
sum_n5 = [hc('90.85'), hc('26.84'), n_dm]
S.rel('sum', C, sum_n5, 'August domestic: in tourist hotels 90.85 + in ordinary inns 26.84 = 117.69')
S.rel('sum', C, [hc('744.83'), hc('217.23'), n_cdm], 'Jan–Aug domestic: 744.83 + 217.23 = 962.06')
S.rel('sum', C, [hc('1.03'), hc('8.68'), hc('9.71')], 'August receipts: overseas 1.03 + domestic 8.68 = 9.71亿')
sum_n8 = [hc('6.56'), hc('74.69'), hc('81.25')]
S.rel('sum', C, sum_n8, 'Jan–Aug receipts: 6.56 + 74.69 = 81.25亿')
cities_m = ['28.01', '33.27', '1.14', '1.59', '5.23', '17.34', '1.15', '0.29', '0.26', '0.45', '3.03', '0.73', '0.18', '0.16', '0.62', '0.77', '0.50']
cities_c = ['222.22', '266.76', '9.82', '11.18', '46.47', '151.51', '9.70', '1.36', '1.78', '3.42', '23.86', '5.47', '1.64', '1.21', '5.02', '6.94', '4.29']
n_hm = F(HN, '94.73'); n_hc = F(HN, '772.68')
sum_n9 = [F(HN, v, pre='| ', post=' |') for v in cities_m] + [n_hm]
S.rel('sum', C, sum_n9, 'hotel guests by city/county, August: the 17 cells sum to 94.72 against the total 94.73 (within the cells’ half units)')
S.rel('sum', C, [F(HN, v, post=' |') for v in cities_c] + [n_hc], 'hotel guests by city/county, Jan–Aug: the 17 cells sum to 772.65 against 772.68 (within 17 × 0.005)')
rt_n1 = [hc('1.79'), hc('79.0'), hc('1.50'), hc('108.3'), hc('0.14'), hc('180.0'), hc('0.44'), hc('10.0'), n_os, hc('78.3')]
S.rel('rate', C, rt_n1, 'August overseas growth rebuilt from the four groups’ levels and rates: last year 1.000 + 0.720 + 0.050 + 0.400 = 2.170; 3.87 / 2.170 = +78.3%')
rt_n2 = [n_os, hc('78.3'), n_dm, hc('8.7'), n_tot, F(HN, '10.1')]
S.rel('rate', C, rt_n2, 'August total growth: last year 3.87/1.783 + 117.69/1.087 = 2.171 + 108.27 = 110.44; 121.56 / 110.44 = +10.07% → 10.1')
S.rel('rate', U, [hc('1.03'), hc('117.0'), hc('8.68'), hc('7.3'), hc('9.71'), hc('11.2')], 'receipts: rebuilding in yuan gives 9.71 / (1.03/2.17 + 8.68/1.073) = +13.4%, not 11.2%; the overseas (外汇) receipts’ growth is most likely measured in foreign currency, so the parts’ rates are on different bases: not checkable')
S.rel('restatement', U, [hc('90.85'), n_hm], '“#旅游饭店接待人数” 90.85 is domestic guests in tourist hotels; “四、旅游饭店接待人数” 94.73 includes overseas guests: other scope')

# ---- 三亚 tourism, June 2021
s_tot = F(SY, '165.99万人次'); s_dm = F(SY, '164.59万人次'); s_in = F(SY, '1.40万人次', n=0)
sum_s = [s_dm, s_in, s_tot]; rt_s = [s_tot, F(SY, '32.67%'), s_dm, F(SY, '32.33%'), s_in, F(SY, '91.38%', n=0)]
s_h = F(SY, '1303.34万人次'); sum_sh = [F(SY, '1296.11万人次'), F(SY, '7.23万人次'), s_h]
rt_sh = [s_h, F(SY, '130.14%'), F(SY, '1296.11万人次'), F(SY, '131.98%'), F(SY, '7.23万人次'), F(SY, '4.97%')]
S.rel('sum', C, sum_s, '三亚 June: domestic 164.59 + inbound 1.40 = 165.99万人次')
S.rel('rate', C, rt_s, 'June growth rebuilt: last year 164.59/1.3233 + 1.40/1.9138 = 124.38 + 0.73 = 125.11; 165.99 / 125.11 = +32.68% → 32.67%')
S.rel('sum', C, sum_sh, 'Jan–Jun: 1296.11 + 7.23 = 1303.34')
S.rel('rate', C, rt_sh, 'Jan–Jun growth rebuilt: 1296.11/2.3198 + 7.23/0.9503 = 558.72 + 7.61 = 566.33; 1303.34 / 566.33 = +130.14%')
s_l = F(SY, '163.80万人次')
S.rel('sum', C, [F(SY, '162.40万人次'), F(SY, '1.40万人次', n=1), s_l], 'lodging facilities, June: 162.40 + 1.40 = 163.80')
S.rel('rate', C, [s_l, F(SY, '33.71%'), F(SY, '162.40万人次'), F(SY, '33.37%'), F(SY, '1.40万人次', n=1), F(SY, '91.38%', n=1)], 'lodging growth rebuilt: 162.40/1.3337 + 1.40/1.9138 = 121.77 + 0.73 = 122.50; 163.80 / 122.50 = +33.71%')
S.rel('sum', U, [F(SY, '55.23亿元'), F(SY, '543.23万美元'), F(SY, '55.60亿元')], 'June receipts 55.60亿 = domestic 55.23亿 + 543.23万 US$: the exchange rate is not stated (0.37亿 implies 6.8 yuan/$, plausible but unstated)')
S.rel('sum', U, [F(SY, '433.72亿元'), F(SY, '2693.72万美元'), F(SY, '435.58亿元')], 'Jan–Jun receipts: yuan plus US$, exchange rate not stated')
S.rel('restatement', U, [s_l, s_tot], 'lodging facilities’ 163.80 is a subset of all overnight visitors 165.99: other scope')

# ---- 柳州 2017 plan and H1 progress
z_503 = F(LZP, '503项', n=0); z_199 = F(LZP, '199项'); z_143 = F(LZP, '143项')
sum_z1 = [F(LZP, '72项'), F(LZP, '94项'), F(LZP, '33项'), z_199]; sum_z2 = [F(LZP, '39项'), F(LZP, '60项'), F(LZP, '44项'), z_143]
S.rel('sum', C, sum_z1, 'infrastructure projects: 72 new + 94 continuing + 33 completing = 199')
S.rel('sum', C, sum_z2, 'industrial projects: 39 + 60 + 44 = 143')
S.rel('sum', U, [z_199, z_143, z_503], '199 + 143 = 342 of the 503 major projects: other categories (民生, 生态…) are not stated; not a split')
S.rel('restatement', C, [F(LZP, '1045个', n=0), F(LZP, '1045个', n=1)], 'headline 1045 urban-construction projects ↔ body')
zh_a = F(LZH, '384.43亿元'); zh_p = F(LZH, '50.37%'); rs_z = [z_503, F(LZH, '503项')]
sh_z = [zh_a, zh_p, F(LZH, '305亿元'), F(LZH, '40%', pre='总额的')]
S.rel('restatement', C, rs_z, 'cross-document: the plan’s 503 major projects ↔ “503项市级层面重大项目” in the H1 report')
S.rel('share', C, sh_z, 'both shares of the same annual plan: 384.43 / 50.37% = 763.2亿; 305 / 763.2 = 39.96% → 40%')
S.rel('target', M, [zh_a, zh_p], 'half-year goal “确保双过半” (over half of the annual target by June): 384.43亿 = 50.37% → met')
S.rel('target', M, [F(LZH, '61.58亿元'), F(LZH, '58.97%')], 'region-level projects: 58.97% of the annual plan by June, over half → met')
S.rel('share', U, [F(LZP, '72项'), F(LZP, '39项'), F(LZH, '90个项目'), F(LZH, '48.13%')], 'cross-document: 72 + 39 = 111 new starts in two categories; 90 / 111 = 81% ≠ 48.13%, because the 开工率 is over all planned new starts (≈187, not stated)')
S.rel('share', U, [F(LZP, '33项'), F(LZP, '44项'), F(LZH, '17个项目'), F(LZH, '16.67%')], 'cross-document: 33 + 44 = 77 completions in two categories; 17 / 77 = 22% ≠ 16.67%: the base (≈102 completion projects) is not stated')

# ---- 肇庆 2024 bulletin and the 2025 goals
q_g = F(ZQ, '2917.85亿元'); q_p1 = F(ZQ, '512.49亿元'); q_p2 = F(ZQ, '1114.27亿元'); q_p3 = F(ZQ, '1291.09亿元')
sum_q = [q_p1, q_p2, q_p3, q_g]
sh_q1 = [q_p1, q_g, F(ZQ, '17.6', post=':')]; sh_q2 = [q_p2, q_g, F(ZQ, '38.2', post=':')]; sh_q3 = [q_p3, q_g, F(ZQ, '44.2', pre=':')]
S.rel('sum', C, sum_q, '肇庆 2024: 512.49 + 1114.27 + 1291.09 = 2917.85亿')
S.rel('share', C, sh_q1, '512.49 / 2917.85 = 17.56% → 17.6')
S.rel('share', C, sh_q2, '1114.27 / 2917.85 = 38.19% → 38.2')
S.rel('share', C, sh_q3, '1291.09 / 2917.85 = 44.25% → 44.2')
q_pop = F(ZQ, '413.38万人'); sh_q4 = [F(ZQ, '222.02万人'), q_pop, F(ZQ, '53.71%')]
S.rel('share', C, sh_q4, 'urban 222.02 / 413.38 = 53.71%')
S.rel('sum', C, [F(ZQ, '222.02', pre='城镇 '), F(ZQ, '191.36'), F(ZQ, '413.38', pre='常住人口 ')], 'table: urban 222.02 + rural 191.36 = 413.38万')
sum_q2 = [F(ZQ, '7.11‰'), F(ZQ, '0.48‰'), F(ZQ, '7.59‰')]
S.rel('sum', C, sum_q2, 'death rate 7.11‰ + natural increase 0.48‰ = birth rate 7.59‰')
S.rel('share', C, [F(ZQ, '3.14万人'), q_pop, F(ZQ, '7.59‰')], 'births 3.14 / 413.38 = 7.596‰ (7.584–7.608 with the half unit of 3.14) → 7.59‰')
S.rel('rate', C, [q_g, q_pop, F(ZQ, '0.21万人'), F(ZQ, '70603元')], 'per-capita GDP: 2917.85亿 / average population (413.38 − 0.21/2 = 413.275万) = 70603元')
S.rel('rate', U, [F(ZQ, '2.2%'), F(ZQ, '3.1%', n=0), F(ZQ, '0.7%'), F(ZQ, '3.1%', n=1), F(ZQ, '17.6', post=':')], 'real GDP growth rebuilt with this year’s nominal shares gives 2.18 → 2.2, but the right weights (last year’s real levels) are not stated; a coincidence is not a check')
S.rel('share', U, [F(ZQ, '4.20万人'), F(ZQ, '120.5%'), F(ZG, '3.5万人以上')], 'cross-document: 4.20 / 3.5 = 120.0%, not 120.5%, but 3.5万 is the 2025 goal; the 2024 goal (≈3.49万 implied) is not stated')
S.rel('restatement', C, [q_g, F(ZG, '2917.85亿元')], 'cross-document: 2024 GDP 2917.85亿 in the bulletin and in the report news')
S.rel('restatement', C, [F(ZQ, '2.2%'), F(ZG, '2.2%')], 'cross-document: 2024 growth 2.2% ↔ 2.2%')
S.rel('growth', U, [F(ZG, '2917.85亿元'), F(ZG, '3000亿元', n=0), F(ZG, '5%左右', n=0)], '突破3000亿 needs only +2.8% in current prices; the 5% goal is real growth: the level goal and the growth goal are not tied (price change not stated)')
S.rel('target', U, [F(ZG, '3.5万人以上'), F(ZQ, '4.20万人')], '2025 goal (3.5万 new urban jobs) against the 2024 result: other period')
S.rel('target', U, [F(ZG, '5%左右', n=1), F(ZQ, '2.2%')], '2025 GDP goal against 2024 growth: other period')

# ---- 广东 2023 results and 2024 goal; 2024 results (traditional)
d_goal = F(GG, '5%', n=0); d_13a = F(GG, '13万亿元', n=0); d_13b = F(GG, '13万亿元', n=1)
sum_d = [F(GG, '4.1', post=':'), F(GG, '40.1'), F(GG, '55.8')]
sh_d = [F(GG, '约4600亿元'), d_13b, F(GG, '3.39%')]
S.rel('sum', C, sum_d, '2023 structure 4.1 : 40.1 : 55.8 sums to 100')
S.rel('restatement', C, [F(GG, '31.2%', n=0), F(GG, '31.2%', n=1)], '中欧班列 +31.2% in the subhead and in the body')
S.rel('restatement', C, [d_13a, d_13b], '“去年GDP突破13万亿元” ↔ “(GDP)突破13万亿元”')
S.rel('share', C, sh_d, 'R&D 4600亿 at 3.39% of GDP implies GDP 13.57万亿, consistent with “突破13万亿元”')
S.rel('share', U, [F(GG, '32.7%'), F(GG, '40.1')], 'manufacturing 32.7% of GDP lies within the secondary sector’s 40.1%: a part, not a split')
S.rel('target', U, [d_goal, F(GG, '4.8%')], '2024 goal +5% against the 2023 result +4.8%: other period')
r_g = F(GR, '3.5%', n=0)
S.rel('target', MS, [d_goal, r_g], 'cross-document: 广东 2024 GDP goal +5% (report of January 2024) → 2024 result +3.5% → missed')
rs_r1 = [F(GR, '141633.81億元'), F(GR, '14萬(wàn)億元')]
S.rel('restatement', C, rs_r1, '141633.81億 restated as “GDP突破14萬億元” (lower bound)')
S.rel('restatement', C, [F(GR, '3.68萬(wàn)億元'), F(GR, '3.10萬(wàn)億元'), F(GR, '3萬(wàn)億元')], '深圳 3.68 and 广州 3.10萬億 “均超3萬億元”')
gr_r = [F(GR, '3.6%'), r_g]
S.rel('growth', C, gr_r, 'the lowest of the nine cities listed as “增速高於全省水平”, 梅州 3.6%, is above the province’s 3.5%')
S.rel('sum', U, [F(GR, '21個(gè)市', n=1), F(GR, '9個(gè)城市'), F(GR, '9市')], '深圳 + 9 cities above + 汕頭 + 9 more below = 20, not 21: a city growing at exactly the provincial rate is in neither group; not a split')
S.rel('growth', U, [F(GR, '5.8%'), r_g], '深圳 5.8% “超全國平均水平”: the national rate is not stated here (and the province’s 3.5% is another place)')

# ---- 澳门 central accounts, January-October
o_cur = F(MO, '657.1亿澳门元'); o_tax = F(MO, '515.53亿元'); o_bud = F(MO, '508.5亿元')
sh_o = [o_tax, o_cur, F(MO, '78.5%')]; sum_o = [F(MO, '684.78亿元'), F(MO, '76.45亿元'), F(MO, '761.22亿元')]
S.rel('share', C, sh_o, 'gaming tax 515.53 / current revenue 657.1 = 78.45% → 78.5%')
S.rel('sum', C, sum_o, 'spending 684.78 + balance 76.45 = revenue 761.23 ≈ 761.22 (within half units)')
S.rel('share', C, [o_tax, o_bud, F(MO, '101.4%', n=1)], 'execution: 515.53 / budgeted 508.5 = 101.38% → 101.4%')
S.rel('restatement', C, [F(MO, '101.4%', n=0), F(MO, '101.4%', n=1)], 'execution rate 101.4% stated twice')
S.rel('target', M, [o_bud, o_tax], 'the year’s budgeted gaming tax 508.5亿 already exceeded after ten months (515.53) → met')
S.rel('growth', U, [F(MO, '57.82亿元'), F(MO, '13.1%')], 'October 57.82 “较9月份减少13.1%”: September is not stated')
S.rel('share', U, [o_tax, F(MO, '1,484.49亿元')], 'gaming tax 515.53 / gross gaming revenue 1484.49 = 34.7%: the tax rate is not stated in the text')
S.rel('growth', U, [F(MO, '1.24倍'), F(MO, '2.16倍')], 'current revenue +1.24倍 and gaming tax +2.16倍: last year’s levels are not stated')

# ---- further traps (same number, other place/period/indicator)
S.rel('restatement', U, [c_g, F(GR, '3.8%')], '罗城 GDP +3.8% (2024) and 清远 +3.8% (2024): same number, other place')
S.rel('target', U, [d_goal, F(ZQ, '2.2%')], '广东’s 2024 goal +5% against 肇庆’s 2024 growth +2.2%: other place')
S.rel('target', U, [d_goal, c_g], '广东’s 2024 goal against 罗城 (广西) 2024 growth: other place')
S.rel('growth', U, [c_g, F(LC, '36667元'), F(LC, '5.1%'), F(LC, '26.44万人'), F(LC, '0.36万人')], 'per-capita GDP +5.1% against GDP +3.8% and a resident population down 0.36万: with year-end populations 1.038 / (26.44/26.80) gives +5.2%; the official rate uses average population (not stated): not checkable to 0.1')
S.rel('restatement', U, [F(L40, '近30亿元'), c_p2], 'cross-document: gross industrial output “近30亿元” (2023) against secondary-sector value added 21.54亿 (2024): other indicator and year')
S.rel('sum', U, [F(HK, '五亿二千九百万元'), F(HK, '约四亿元'), F(HK, '四亿三千六百万元'), F(HK, '九亿六千五百万元'), F(HK, '六百七十一亿元'), F(HK, '百分之五点三')], 'the new education measures (5.29 + 4 + 4.36 + 9.65亿, the last one a multi-year sum) are part of the education increase (≈33.8亿), not a split of it')
S.rel('restatement', U, [F(HK, '一千个'), F(HK, '一千名')], '1000 publicly funded top-up places and up to 1000 students a cohort in the new self-financing scheme: same number, other programme')
S.rel('rate', U, [F(HN, v, pre='| ', post=' |') for v in ['28.01', '33.27', '5.23', '17.34']] + [n_hm, F(HN, '12.9')], 'hotel guests’ August growth rebuilt from the 17 cells’ levels and rates gives +12.6%, not 12.9% (Jan–Aug: 7.3 vs 7.2): last year’s county coverage may differ (白沙 is not listed) and bases may be revised; not keyed as an error')
S.rel('restatement', U, [hc('5.5', n=0), hc('5.5', n=1)], '5.5 is the Jan–Aug growth of domestic visitors and of 海口’s hotel guests: same number, other indicator')
S.rel('restatement', U, [F(HN, '5.8', pre='5.47 | '), F(HN, '5.8', post=' |\n乐')], '东方 +5.8 for August and for Jan–Aug: same number, other period')
S.rel('growth', U, [F(SY, '59.09%'), F(SY, '15.72个百分点'), F(SY, '65.13%'), F(SY, '32.14个百分点')], 'occupancy 59.09% (June, +15.72 points) and 65.13% (Jan–Jun, +32.14 points): other periods; last year’s rates are not stated')
S.rel('growth', U, [s_tot, F(SY, '21.56%')], 'June 165.99 “环比下降21.56%”: May is not stated')
S.rel('share', U, [F(LZH, '61.58亿元'), zh_a], 'region-level projects (56, 61.58亿) and city-level projects (503, 384.43亿) overlap; not parts of one total')
S.rel('growth', U, [F(ZQ, '70603元'), F(ZQ, '2.1%'), F(ZQ, '2.2%'), F(ZQ, '0.21万人')], 'per-capita +2.1% against GDP +2.2% and population +0.05%: consistent in direction, but the average-population growth is not stated; not checkable to 0.1')
S.rel('restatement', U, [F(ZQ, '3.1%', n=0), F(ZQ, '3.1%', n=1)], 'primary and tertiary sectors both +3.1%: same number, other indicator')
S.rel('restatement', U, [F(GG, '3万亿元', pre='广州经济总量突破'), F(GR, '3.10萬(wàn)億元')], 'cross-document: 广州 “经济总量突破3万亿元” (2023) and 3.10萬億 (2024): other year')
S.rel('share', U, [F(GG, '65%'), F(GG, '55.8')], 'modern services 65% of the services sector vs services 55.8% of GDP: other bases')
S.rel('restatement', U, [F(GR, '4.0%', n=0), F(GR, '4.0%', n=1)], '汕尾 and 云浮 both +4.0%: same number, other place')
S.rel('restatement', U, [F(GR, '3.7%', n=0), F(GR, '3.7%', n=1)], '中山 and 潮州 both +3.7%: same number, other place')
S.rel('growth', U, [F(MO, '17.74%'), F(MO, '13.6%'), F(MO, '76.45亿元')], 'revenue −17.74% and spending −13.6%: last year’s balance is not stated; nothing to check on 76.45')
S.rel('restatement', U, [F(TW, '24.52%'), F(TW, '30.72%')], 'car-dealer sales −24.52% (value) and new registrations −30.72% (count): other indicator')
S.rel('target', U, [d_goal, F(GR, '5.8%')], '广东’s 2024 goal +5% against 深圳’s +5.8%: other place')
S.rel('target', U, [F(ZG, '5%左右', n=1), F(GR, '3.6%')], '肇庆’s 2025 goal against 梅州’s 2024 growth: other place and year')

S.rel('target', CT, [F(LZH, '305亿元'), F(LZH, '40%', pre='总额的')], 'the year’s investment plan for all major projects (≈763亿, implied) against 40% reached by June: the annual result is not reported → cannot tell')
S.rel('target', CT, [F(CY, '1.5成'), F(CY, '22.8億元')], 'plan to leave 15% of appropriations unspent so as to close a 22.8億 gap in 2016: no result in the text → cannot tell')

# ======== altered copies
a = ALT(LC, 1, c_s3, '45.4%', 'tertiary share 43.4% → 45.4%')
S.rel('share', I, R(a, sh_c3, c_s3, '45.4%'), 'altered: 42.40 / 97.61 = 43.4%, not 45.4% (breaks {B})')
a = ALT(LC, 2, c_p2, '24.54亿元', 'secondary value added 21.54 → 24.54')
S.rel('sum', I, R(a, sum_c, c_p2, '24.54亿元'), 'altered: 33.67 + 24.54 + 42.40 = 100.61, not 97.61 (breaks {B})')
S.rel('share', I, R(a, sh_c2, c_p2, '24.54亿元'), 'altered: 24.54 / 97.61 = 25.1%, not 22.1% (breaks {B})')
a = ALT(LC, 3, sh_c5[0], '12.30万人', 'resident urban population 12.90 → 12.30')
S.rel('share', I, R(a, sh_c5, sh_c5[0], '12.30万人'), 'altered: 12.30 / 26.44 = 46.5%, not 48.79% (breaks {B})')
a = ALT(G58, 1, rs_g1[0], '百分之九十六', 'headline 百分之九十九 → 百分之九十六')
S.rel('restatement', I, R(a, rs_g1, rs_g1[0], '百分之九十六'), 'altered: headline 96% against the body’s 99% (breaks {B})')
a = ALT(G58, 2, rs_g2[1], '八十九万多吨', 'restated day output 八十七万多 → 八十九万多')
S.rel('restatement', I, R(a, rs_g2, rs_g2[1], '八十九万多吨'), 'altered: 877612 t is not “八十九万多吨” (≥ 890000) (breaks {B})')
a = ALT(WC, 1, w_irr, '六千三百多亩', 'irrigated land 4300多 → 6300多 mu')
S.rel('share', I, R(a, sh_w, w_irr, '六千三百多亩'), 'altered: (34000 − 6300) / 34000 = 81.5%, not 88% (breaks {B})')
a = ALT(WC, 2, w_88, '83%', 'drought-prone share 88% → 83%')
S.rel('share', I, R(a, sh_w, w_88, '83%'), 'altered: unirrigated share is 87.1–87.7%, not 83% (breaks {B})')
a = ALT(CY, 1, y_p, '0.83%', 'budget growth 0.88% → 0.83%')
S.rel('growth', I, R(a, gr_y, y_p, '0.83%'), 'altered: 2 / 228 = 0.88%, not 0.83% (breaks {B})')
a = ALT(CY, 2, y_o, '223億', '2015 budget 228 → 223億')
S.rel('sum', I, R(a, sum_y, y_o, '223億'), 'altered: 223 + 2 = 225, not 230 (breaks {B})')
S.rel('growth', I, R(a, gr_y, y_o, '223億'), 'altered: (230 − 223) / 223 = 3.1%, not 0.88% (breaks {B})')
a = ALT(TW, 1, rs_t[1], '3160億元', 'January retail sales in the body 3360 → 3160億')
S.rel('restatement', I, R(a, rs_t, rs_t[1], '3160億元'), 'altered: 3360億 in the lead, 3160億 in the body (breaks {B})')
a = ALT(TW, 2, rt_t[2], '8.71%', 'retail growth excluding cars 2.71% → 8.71%')
S.rel('rate', I, R(a, rt_t, rt_t[2], '8.71%'), 'altered: −2.30 = w(−24.52) + (1 − w)(8.71) gives w = 33%, not “1成多” (breaks {B})')
a = ALT(HK, 1, gr_h1[2], '百分之四点七', 'fall in operating expenditure 4.1% → 4.7%')
S.rel('growth', I, R(a, gr_h1, gr_h1[2], '百分之四点七'), 'altered: 138 / 3388 = 4.1%, not 4.7% (breaks {B})')
a = ALT(HK, 2, gr_h2[1], '二百六十三亿元', 'increase in recurrent expenditure 223 → 263亿')
S.rel('growth', I, R(a, gr_h2, gr_h2[1], '二百六十三亿元'), 'altered: 263 / (3074 − 263) = 9.4%, not 7.8% (breaks {B})')
a = ALT(HN, 1, sum_n5[1], '28.84', 'August domestic guests in ordinary inns 26.84 → 28.84')
S.rel('sum', I, R(a, sum_n5, sum_n5[1], '28.84'), 'altered: 90.85 + 28.84 = 119.69, not 117.69 (breaks {B})')
a = ALT(HN, 2, sum_n8[0], '6.86', 'Jan–Aug overseas receipts 6.56 → 6.86')
S.rel('sum', I, R(a, sum_n8, sum_n8[0], '6.86'), 'altered: 6.86 + 74.69 = 81.55, not 81.25 (breaks {B})')
a = ALT(HN, 3, sum_n9[1], '38.27', '三亚 August hotel guests 33.27 → 38.27')
S.rel('sum', I, R(a, sum_n9, sum_n9[1], '38.27'), 'altered: the 17 cells sum to 99.72, not 94.73 (breaks {B})')
a = ALT(SY, 1, rt_s[1], '37.67%', 'June growth 32.67% → 37.67%')
S.rel('rate', I, R(a, rt_s, rt_s[1], '37.67%'), 'altered: the parts’ levels and rates give +32.7%, not 37.67% (breaks {B})')
a = ALT(SY, 2, s_h, '1308.34万人次', 'Jan–Jun overnight visitors 1303.34 → 1308.34')
S.rel('sum', I, R(a, sum_sh, s_h, '1308.34万人次'), 'altered: 1296.11 + 7.23 = 1303.34, not 1308.34 (breaks {B})')
S.rel('rate', I, R(a, rt_sh, s_h, '1308.34万人次'), 'altered: 1308.34 / 566.33 = +131.0%, not 130.14% (breaks {B})')
a = ALT(LZP, 1, sum_z1[2], '38项', 'infrastructure completions 33 → 38')
S.rel('sum', I, R(a, sum_z1, sum_z1[2], '38项'), 'altered: 72 + 94 + 38 = 204, not 199 (breaks {B})')
a = ALT(LZP, 2, sum_z2[1], '66项', 'continuing industrial projects 60 → 66')
S.rel('sum', I, R(a, sum_z2, sum_z2[1], '66项'), 'altered: 39 + 66 + 44 = 149, not 143 (breaks {B})')
a = ALT(LZH, 1, zh_p, '56.37%', 'H1 completion 50.37% → 56.37%')
S.rel('share', I, R(a, sh_z, zh_p, '56.37%'), 'altered: 384.43 / 56.37% = 682.0; 305 / 682.0 = 44.7%, not 40% (breaks {B})')
a = ALT(LZH, 2, rs_z[1], '508项', 'city-level major projects 503 → 508')
S.rel('restatement', I, R(a, rs_z, rs_z[1], '508项'), 'altered: the plan says 503 major projects, the H1 report 508 (breaks {B})')
a = ALT(ZQ, 1, sh_q3[2], '46.2', 'tertiary share 44.2 → 46.2')
S.rel('share', I, R(a, sh_q3, sh_q3[2], '46.2'), 'altered: 1291.09 / 2917.85 = 44.2%, not 46.2 (breaks {B})')
a = ALT(ZQ, 2, sum_q2[1], '0.43‰', 'natural increase 0.48‰ → 0.43‰')
S.rel('sum', I, R(a, sum_q2, sum_q2[1], '0.43‰'), 'altered: 7.59 − 7.11 = 0.48‰, not 0.43‰ (breaks {B})')
a = ALT(ZG, 1, F(ZG, '2917.85亿元'), '2947.85亿元', '2024 GDP in the news 2917.85 → 2947.85')
S.rel('restatement', I, R(a, [q_g, F(ZG, '2917.85亿元')], F(ZG, '2917.85亿元'), '2947.85亿元'), 'altered: the bulletin says 2917.85亿, the news 2947.85亿 (breaks {B})')
a = ALT(GG, 1, sum_d[2], '58.8', 'tertiary share 55.8 → 58.8')
S.rel('sum', I, R(a, sum_d, sum_d[2], '58.8'), 'altered: 4.1 + 40.1 + 58.8 = 103.0, not 100 (breaks {B})')
a = ALT(GG, 2, sh_d[2], '3.89%', 'R&D share 3.39% → 3.89%')
S.rel('share', I, R(a, sh_d, sh_d[2], '3.89%'), 'altered: 4600 / 3.89% = 11.8万亿, below “突破13万亿元” (breaks {B})')
a = ALT(GR, 1, gr_r[0], '3.4%', '梅州 growth 3.6% → 3.4%')
S.rel('growth', I, R(a, gr_r, gr_r[0], '3.4%'), 'altered: 梅州 3.4% is listed among the cities above the province’s 3.5% (breaks {B})')
a = ALT(GR, 2, rs_r1[0], '131633.81億元', 'provincial GDP 141633.81 → 131633.81億')
S.rel('restatement', I, R(a, rs_r1, rs_r1[0], '131633.81億元'), 'altered: 131633.81億 is not “突破14萬億元” (breaks {B})')
a = ALT(MO, 1, sh_o[2], '73.5%', 'gaming tax share 78.5% → 73.5%')
S.rel('share', I, R(a, sh_o, sh_o[2], '73.5%'), 'altered: 515.53 / 657.1 = 78.5%, not 73.5% (breaks {B})')
a = ALT(MO, 2, sum_o[0], '689.78亿元', 'spending 684.78 → 689.78')
S.rel('sum', I, R(a, sum_o, sum_o[0], '689.78亿元'), 'altered: 689.78 + 76.45 = 766.23, not 761.22 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout133. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout133.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout133'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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
X05='xz_2005m10.txt'; X06='xz_2006h1.txt'; X12='xz_2012.txt'; X13='xz_2013.txt'; X14='xz_2014.txt'; KM='km_2020c_hant.txt'; YN='yn_1620.txt'
G16='gz_2016p.txt'; G18='gz_2018p.txt'; WL='wl_2018.txt'; JL='jlp_2018.txt'; CQ='cq_m10_hant.txt'; C19='cq_2019q3.txt'
S17='sc_2017t.txt'; S18='sc_2018t_hant.txt'; LS='ls_q1t.txt'

# ---- 西藏 tourism Jan–Oct 2005
x5_t = F(X05, '1712926人次'); x5_i = F(X05, '113396人次'); x5_d = F(X05, '1599530人次'); x5_g = F(X05, '46%', post=';')
x5_r = F(X05, '186669万元'); x5_h = F(X05, '18亿', post=' 旅游'); x5_b = F(X05, '170万多人次')
sum_x5 = [x5_i, x5_d, x5_t]; rt_x5 = [x5_g, x5_i, F(X05, '31.6%'), x5_d, F(X05, '47.1%'), x5_t]; rs_x5 = [x5_b, x5_t]
S.rel('sum', C, sum_x5, '西藏 Jan–Oct 2005: inbound 113396 + domestic 1599530 = 1712926 visitors')
S.rel('restatement', C, rs_x5, '“170万多人次” (more than 170万) vs 1712926')
S.rel('restatement', C, [x5_h, x5_r], 'headline “总收入超18亿” vs body 186669万元 = 18.67亿: above the lower bound')
S.rel('restatement', C, [F(X05, '18亿元'), x5_r], '“旅游总收入超过18亿元” vs 186669万元')
S.rel('rate', C, rt_x5, 'counts, so the previous levels follow from levels and rates: 1712926 / (113396/1.316 + 1599530/1.471) = +45.96% → 46%')
S.rel('rate', U, [F(X05, '156092万元'), F(X05, '48.7%'), F(X05, '3729万美元'), F(X05, '12.4%'), x5_r, F(X05, '35.1%')],
      'total revenue (元) from domestic revenue (元) and foreign-exchange revenue (美元): the exchange rates of the two years are not stated, nothing to rebuild')
S.rel('share', U, [F(X05, '1.5%'), F(X05, '6%', pre='2002年的')], 'tourism revenue as a share of GDP in 1990 and 2002: neither GDP nor revenue of those years is stated')

# ---- 西藏 tourism H1 2006
x6_v = F(X06, '59.12万人次')
S.rel('restatement', C, [F(X06, '近60万人次'), x6_v], 'headline “近60万” (just under 60万) vs 59.12万')
S.rel('sum', C, [x6_v, F(X06, '200万人次以上'), F(X06, '260万人次以上')], 'H1 59.12万 + H2 forecast “200万以上” vs year forecast “260万以上”: lower bounds, compatible (the year needs H2 ≥ 200.88万)')
S.rel('growth', U, [F(X06, '一倍'), F(X06, '9.2%')], '“与去年同期相比增加了一倍” is about the weeks since the railway opened (July), H1 grew 9.2%: other periods')
S.rel('growth', U, [F(X06, '46%'), F(X06, '9.2%')], '1–6 July +46% vs H1 +9.2%: other periods')
S.rel('target', CT, [F(X06, '260万人次以上'), x6_v], 'forecast for the year 2006 (“全年将达260万人次以上”) against 59.12万 at mid-year: the year is not over')
S.rel('growth', U, [x5_t, F(X06, '9.2%')], 'cross-document: H1 2006 +9.2% is over H1 2005, which is not stated; the 2005 figure is Jan–Oct')

# ---- 西藏 tourism 2012, 2013 (+ 2014 targets), 2014
x12_v = F(X12, '1058.4万人次'); x12_r = F(X12, '126.47亿元')
x13_h = F(X13, '1291万人次', n=0); x13_b = F(X13, '1291万人次', n=1); x13_g = F(X13, '22%')
x13_i = F(X13, '22.3万人次'); x13_d = F(X13, '1268.7万人次'); x13_r = F(X13, '165.18亿元'); x13_rg = F(X13, '30.6%')
x13_tv = F(X13, '1500万人次'); x13_tr = F(X13, '200亿元')
x14_v = F(X14, '1553万人次'); x14_r = F(X14, '200亿元'); x14_vg = F(X14, '20%'); x14_rg = F(X14, '23%')
sum_x13 = [x13_i, x13_d, x13_b]; rt_x13 = [x13_g, x13_i, F(X13, '14.5%'), x13_d, F(X13, '22.1%'), x13_b]
gr_x1213v = [x12_v, x13_b, x13_g]; gr_x1213r = [x12_r, x13_r, x13_rg]; gr_x1314v = [x13_b, x14_v, x14_vg]
tg_xv = [x13_tv, x14_v]; tg_xr = [x13_tr, x14_r]
S.rel('restatement', C, [x12_v, F(X12, '千万', pre='突破')], '1058.4万人次 “突破千万大关”')
S.rel('restatement', C, [x12_r, F(X12, '百亿元', pre='突破')], '126.47亿元 “突破百亿元大关”')
S.rel('restatement', C, [x13_h, x13_b], 'headline 1291万 vs body 1291万')
S.rel('sum', C, sum_x13, '西藏 2013: inbound 22.3万 + domestic 1268.7万 = 1291.0万')
S.rel('rate', C, rt_x13, 'counts: 1291 / (22.3/1.145 + 1268.7/1.221) = 1291 / 1058.5 = +21.96% → 22%')
S.rel('growth', C, gr_x1213v, 'cross-document: 2013 1291万 over 2012 1058.4万 = +21.98% → “增长22%”')
S.rel('growth', C, gr_x1213r, 'cross-document: 2013 revenue 165.18亿 over 2012 126.47亿 = +30.61% → 30.6%')
S.rel('growth', U, [F(X12, '21.7%'), x13_g], '2012 +21.7% (over 2011, not stated) and 2013 +22%: other years, nothing to compare')
S.rel('growth', C, gr_x1314v, 'cross-document: 2014 1553万 over 2013 1291万 = +20.29% → 20%')
S.rel('growth', I, [x13_r, x14_r, x14_rg], 'REAL discrepancy across the two reports: 200亿 over 165.18亿 = +21.1% (20.8–21.4 with the half units), not 23%; the round “累计200亿元” cannot carry +23% (that needs about 203亿)')
S.rel('target', M, tg_xv, 'cross-document: 西藏 2014 target 1500万 visitors (“力争…达到”) → 2014 result 1553万: met')
S.rel('target', M, tg_xr, 'cross-document: 西藏 2014 target 旅游总收入 200亿 → 2014 result “累计200亿元”: met (at the target)')
S.rel('target', U, [x13_tv, x13_b], 'the 2014 target 1500万 against the 2013 result 1291万: other year')
S.rel('target', U, [x13_tr, x5_r], 'the 2014 revenue target 200亿 against Jan–Oct 2005 revenue 18.67亿: other period')

# ---- 昆明 7th census (traditional)
km_t = F(KM, '8460088人'); km_o = F(KM, '6432212人'); km_d = F(KM, '2027876人')
km_h = [F(KM, '7238800人'), F(KM, '1221288人')]; km_hs = [km_h[0], F(KM, '3004398戶'), F(KM, '2.41人')]
km_z = [F(KM, '5343566人'), F(KM, '2016158人'), F(KM, '1100364人')]; km_zs = [F(KM, '63.16%'), F(KM, '23.83%'), F(KM, '13.01%')]
km_x = [F(KM, '4327987人'), F(KM, '4132101人')]; km_a = [F(KM, '1267713人'), F(KM, '5974188人'), F(KM, '1218187人')]
km_as = [F(KM, '14.98%'), F(KM, '70.62%'), F(KM, '14.40%')]; km_65 = F(KM, '887222人')
km_ch = [F(KM, '0.52個百分點'), F(KM, '1.79個百分點'), F(KM, '2.31個百分點')]
sum_km = [km_o, km_d, km_t]; sum_kmz = km_z + [km_t]; sh_kmz = [km_z[0], km_t, km_zs[0]]; sh_kma2 = [km_a[1], km_t, km_as[1]]
S.rel('sum', C, sum_km, '昆明: 6432212 (2010) + 2027876 = 8460088 (2020)')
S.rel('growth', C, [km_o, km_t, F(KM, '31.53%')], '8460088 / 6432212 = +31.53%')
S.rel('growth', C, [km_o, km_t, F(KM, '2.78%')], 'yearly average over the ten years between the censuses: 1.31527^(1/10) = +2.778% → 2.78%')
S.rel('sum', C, km_h + [km_t], 'household population 7238800 + collective 1221288 = 8460088')
S.rel('share', C, km_hs, 'persons per family household 7238800 / 3004398 = 2.409 → 2.41')
S.rel('sum', C, [F(KM, '14個'), F(KM, '2個'), F(KM, '3個', n=0), F(KM, '6個'), F(KM, '3個', n=1)], 'counties by size 2 + 3 + 6 + 3 = 14')
S.rel('sum', C, sum_kmz, 'three functional zones 5343566 + 2016158 + 1100364 = 8460088')
S.rel('share', C, sh_kmz, '5343566 / 8460088 = 63.16%')
S.rel('sum', C, km_x + [km_t], 'men 4327987 + women 4132101 = 8460088')
S.rel('share', C, [km_x[0], km_t, F(KM, '51.16%')], 'men 4327987 / 8460088 = 51.16%')
S.rel('sum', C, km_a + [km_t], 'ages 0–14, 15–59, 60+: 1267713 + 5974188 + 1218187 = 8460088')
S.rel('share', C, sh_kma2, '5974188 / 8460088 = 70.62%')
S.rel('share', C, [km_65, km_t, F(KM, '10.49%')], '887222 / 8460088 = 10.49%')
S.rel('sum', U, km_a + [km_65, km_t], '65歲及以上 887222 is inside 60歲及以上 (“其中”): adding it double-counts; not a split')
S.rel('sum', C, km_ch, 'the three age groups are a full split, so their share changes add to zero: −0.52 − 1.79 + 2.31 = 0')
S.rel('sum', U, km_ch + [F(KM, '2.12個百分點')], 'the 65+ change (2.12) is inside the 60+ change (2.31): overlapping groups, not a fourth part')
S.rel('growth', U, [km_as[0], km_ch[0]], '0–14 share “下降0.52個百分點”: the 2010 share is not stated')

# ---- 云南 13th five-year structure report
yn_s20 = [F(YN, '14.7'), F(YN, '33.8'), F(YN, '51.5')]; yn_s15 = [yn_s20[0], F(YN, '0.8个百分点'), yn_s20[1], F(YN, '2.9个百分点'), F(YN, '49.4%')]
yn_pc = F(YN, '43366元')
S.rel('growth', U, [F(YN, '1.6万亿元'), F(YN, '2.45万亿元'), F(YN, '7.8%')], '1.6 → 2.45万亿 over four years is +11.2% a year at current prices; 7.8% is at comparable prices: nominal vs real')
S.rel('restatement', C, [F(YN, '4万元'), yn_pc], '2018 per head “突破4万元, 达43366元”')
S.rel('restatement', C, [F(YN, '16302元'), F(YN, '1.5万元')], 'increase 16302元 “超过1.5万元”')
S.rel('growth', U, [F(YN, '47944元'), F(YN, '16302元'), F(YN, '8.2%')], 'the implied 2015 level 47944 − 16302 = 31642 gives +10.9% a year to 2019 at current prices; 8.2% is real and its span (“5年间”) is not clear')
S.rel('sum', C, [F(YN, '13.6'), F(YN, '35.1'), F(YN, '51.3')], '2016 structure 13.6 + 35.1 + 51.3 = 100')
S.rel('sum', C, yn_s20, '2020 structure 14.7 + 33.8 + 51.5 = 100')
S.rel('sum', C, yn_s15, 'the 2015 structure implied by the 2020 shares and the changes: (14.7 − 0.8) + (33.8 + 2.9) + 49.4 = 13.9 + 36.7 + 49.4 = 100.0')
S.rel('restatement', C, [yn_s20[2], F(YN, '50%', post=',成为')], 'tertiary 51.5 “超过50%”')
S.rel('restatement', C, [yn_s20[2], F(YN, '50%以上')], 'tertiary 2020 51.5 “提高到50%以上”')
S.rel('growth', U, [F(YN, '35.1'), yn_s20[1], yn_s15[3]], 'secondary “下降2.9个百分点” is against 2015 (“十二五”末), not 2016 (35.1 → 33.8 is −1.3): other base year')
S.rel('growth', U, [F(YN, '13.6'), yn_s20[0], yn_s15[1]], 'primary “上升0.8个百分点” is against 2015, not 2016 (13.6 → 14.7 is +1.1): other base year')

# ---- 贵州 2016 population
g_p = F(G16, '3555万人'); g_b = F(G16, '47.40万人'); g_d = F(G16, '24.46万人'); g_n = F(G16, '22.94万人')
g_x = [F(G16, '1833.45万人'), F(G16, '1721.55万人')]; g_a = [F(G16, '791.70万人'), F(G16, '2396.42万人'), F(G16, '366.88万人')]
g_nat = [F(G16, '0.48个千分点'), F(G16, '0.16个千分点'), F(G16, '0.64个千分点')]
sum_g16 = [g_b, g_d, g_n]; sum_gx = g_x + [g_p]; sum_ga = g_a + [g_p]; sh_ga3 = [g_a[2], g_p, F(G16, '10.3%')]
S.rel('growth', C, [g_p, F(G16, '25.5万人'), F(G16, '0.7%')], '贵州 2016: 25.5 / (3555 − 25.5) = +0.72% → 0.7%')
S.rel('share', U, [g_p, F(G16, '2.57%')], '“占全国总人口的2.57%”: the national population is not stated')
S.rel('growth', C, [F(G16, '4452.80万人'), F(G16, '57.47万人'), F(G16, '1.31%')], 'registered population: 57.47 / (4452.80 − 57.47) = +1.31%')
S.rel('sum', C, sum_g16, 'births 47.40 − deaths 24.46 = natural increase 22.94万')
S.rel('sum', C, [F(G16, '1.52万人'), F(G16, '0.95万人'), F(G16, '2.47万人')], 'births +1.52, deaths −0.95 → natural increase +2.47万')
S.rel('growth', C, [F(G16, '13.43‰'), F(G16, '6.93‰'), F(G16, '6.5‰')], 'natural growth rate 13.43 − 6.93 = 6.50 → 6.5‰')
S.rel('growth', C, [F(G16, '0.43个千分点'), F(G16, '0.27个千分点'), F(G16, '0.7个千分点')], 'birth rate +0.43, death rate −0.27 → natural growth rate +0.70 → 0.7')
S.rel('growth', C, g_nat, 'against the nation: birth rate 0.48 higher and death rate 0.16 lower → natural growth 0.48 + 0.16 = 0.64 higher')
S.rel('share', U, [g_b, F(G16, '13.43‰'), g_p], 'birth rate over the average population of the survey year (Nov–Oct), not stated: 47.40 / 3555 = 13.33‰')
S.rel('sum', C, sum_gx, 'men 1833.45 + women 1721.55 = 3555')
S.rel('share', C, [g_x[0], g_p, F(G16, '51.6%')], '1833.45 / 3555 = 51.57% → 51.6%')
S.rel('share', C, g_x + [F(G16, '106.5', post=',')], 'sex ratio 1833.45 / 1721.55 × 100 = 106.50 → 106.5')
S.rel('growth', U, [F(G16, '106.5', post=','), F(G16, '0.04')], 'sex ratio “比上年下降0.04”: the 2015 ratio is not stated')
S.rel('sum', C, sum_ga, 'ages 791.70 + 2396.42 + 366.88 = 3555.00')
S.rel('share', C, sh_ga3, '366.88 / 3555 = 10.32% → 10.3%')
S.rel('sum', C, [F(G16, '0.06个百分点'), F(G16, '0.2个百分点'), F(G16, '0.12个百分点')], 'age-share changes of a full split: +0.06 − 0.2 + 0.12 = −0.02, zero within the half unit of 0.2')
S.rel('sum', C, [F(G16, '8.8%'), F(G16, '10.9%'), F(G16, '35.9%'), F(G16, '34.7%'), F(G16, '9.7%')], 'education shares of the population aged 6+: 8.8 + 10.9 + 35.9 + 34.7 + 9.7 = 100.0')

# ---- 贵州 2018 / 2017 population (bulletin excerpts)
h_p = F(G18, '3600.00万人'); h_u = F(G18, '1710.72万人'); h_ur = F(G18, '47.52%')
h_17 = F(G18, '3580万人', n=1); h_17y = F(G18, '3580万人', n=0); h_25 = F(G18, '25万人', n=1); h_ur17 = F(G18, '46.02%', n=1)
sh_h18 = [h_u, h_p, h_ur]; sum_he = [F(G18, '925.29万人'), F(G18, '1113.21万人'), F(G18, '2038.50万人')]
S.rel('share', C, sh_h18, '贵州 2018: urban 1710.72 / 3600.00 = 47.52%')
S.rel('growth', C, [F(G18, '13.90‰'), F(G18, '6.85‰'), F(G18, '7.05‰')], '2018 natural growth 13.90 − 6.85 = 7.05‰')
S.rel('sum', C, sum_he, 'employed: urban 925.29 + rural 1113.21 = 2038.50万')
S.rel('sum', C, [h_17, F(G18, '20.00万人'), h_p], '2017 year-end 3580 + 20.00 = 3600.00 (2018)')
S.rel('growth', C, [h_ur, h_ur17, F(G18, '1.50个百分点')], 'urbanisation 47.52 − 46.02 = 1.50 points')
S.rel('share', C, [F(G18, '1647.52万人'), h_17, h_ur17], '2017: urban 1647.52 / 3580 = 46.02%')
S.rel('growth', C, [F(G18, '13.98‰'), F(G18, '6.88‰'), F(G18, '7.10‰')], '2017 natural growth 13.98 − 6.88 = 7.10‰')
S.rel('sum', C, [F(G18, '22.4%'), F(G18, '67.2%'), F(G18, '10.4%', n=1)], '2017 ages 22.4 + 67.2 + 10.4 = 100')
S.rel('restatement', C, [h_17y, h_17], '“2018年初常住人口规模为3580万人” = the 2017 year-end 3580万')
S.rel('growth', C, [F(G18, '10.94‰'), F(G18, '12.43‰'), F(G18, '1.49个千分点')], 'national birth rate 12.43 − 10.94 = 1.49')
S.rel('share', U, [F(G18, '49.90万人'), F(G18, '13.90‰'), h_p], 'the birth rate is over the average population (“与平均人口之比”), which is not stated')
S.rel('growth', U, [h_ur17, F(G18, '1.87个百分点')], '2017 urbanisation “提高1.87个百分点”: the 2016 rate is not stated')
S.rel('sum', C, [g_p, h_25, h_17], 'cross-document: 2016 year-end 3555 (贵州 2016 survey) + 2017 increase 25 = 3580')
S.rel('restatement', U, [F(G16, '25.5万人'), h_25], 'cross-document: 2016 increase 25.5万 and 2017 increase 25万: other years')

# ---- 武隆区 2018 bulletin
w_t = F(WL, '1816270万元'); w_p = [F(WL, '226881万元'), F(WL, '679907万元'), F(WL, '909482万元')]
w_s = [F(WL, '12.5'), F(WL, '37.4'), F(WL, '50.1')]; w_c = [F(WL, '9.1%'), F(WL, '36.3%'), F(WL, '54.6%')]
w_l = [F(WL, '0.6', post='、2.3'), F(WL, '2.3', pre='0.6、'), F(WL, '3.3', post='个百分点')]; w_g = F(WL, '6.2%', n=0)
sum_w = w_p + [w_t]; sh_w2 = [w_p[1], w_t, w_s[1]]; sum_wc = list(w_c); gr_w1 = [w_c[0], w_g, w_l[0]]
sum_wm = [F(WL, '1252人'), F(WL, '2662人'), F(WL, '1410人')]
S.rel('sum', C, sum_w, '武隆 2018: 226881 + 679907 + 909482 = 1816270万元')
S.rel('share', C, [w_p[0], w_t, w_s[0]], '226881 / 1816270 = 12.49% → 12.5')
S.rel('share', C, sh_w2, '679907 / 1816270 = 37.43% → 37.4')
S.rel('share', C, [w_p[2], w_t, w_s[2]], '909482 / 1816270 = 50.07% → 50.1')
S.rel('sum', C, sum_wc, 'contributions 9.1 + 36.3 + 54.6 = 100%')
S.rel('sum', C, w_l + [w_g], 'pulls 0.6 + 2.3 + 3.3 = 6.2 points = GDP growth')
S.rel('growth', C, gr_w1, 'pull = contribution × growth: 9.1% × 6.2 = 0.56 → 0.6')
S.rel('growth', C, [w_c[1], w_g, w_l[1]], '36.3% × 6.2 = 2.25 (2.23–2.27 with the half units) → 2.3')
S.rel('growth', I, [w_c[2], w_g, w_l[2]], 'REAL discrepancy in the original: 54.6% × 6.2 = 3.39 (3.35–3.42 with the half units), not 3.3; the pulls were forced to add to 6.2')
S.rel('rate', U, [w_g, F(WL, '4.7%'), F(WL, '6.0%'), F(WL, '6.7%')], 'GDP +6.2% from sector rates: the previous-year weights are not stated (real rates)')
S.rel('growth', U, [F(WL, '6.2%', n=1), w_g], 'GDP per head +6.2% and GDP +6.2%: same number, other indicator (population change not stated)')
S.rel('sum', C, [F(WL, '115924人'), F(WL, '295563人'), F(WL, '411487人')], 'registered population: urban 115924 + rural 295563 = 411487')
S.rel('growth', U, [F(WL, '3835人'), F(WL, '3664人'), F(WL, '411487人'), F(WL, '0.4‰')], 'natural growth rate over the average population, not stated (171 over the year-end 411487 gives 0.42‰)')
S.rel('sum', C, sum_wm, 'net out-migration 2662 − 1252 = 1410')
S.rel('share', C, [F(WL, '15.38万人'), F(WL, '34.82万人'), F(WL, '44.17%')], 'urbanisation 15.38 / 34.82 = 44.17%')
S.rel('growth', U, [F(WL, '44.17%'), F(WL, '1.49个百分点')], 'urbanisation “较上年提高1.49个百分点”: the 2017 rate is not stated')
S.rel('restatement', U, [F(WL, '373718万元'), F(WL, '5.7%'), F(WL, '4.5%')], 'farm output +5.7% nominal and +4.5% at comparable prices: not a contradiction')
S.rel('share', U, [w_p[0], F(WL, '373718万元')], 'primary value added 226881 vs gross farm output 373718: different indicators, no share stated')

# ---- 九龙坡区 2018 bulletin (some separators lost on the page, kept)
j_t = F(JL, '1211.25亿元'); j_p = [F(JL, '6.30亿元'), F(JL, '459.82亿元'), F(JL, '745.13亿元')]
j_s = [F(JL, '0.5%'), F(JL, '38.0%'), F(JL, '61.5%')]; j_c = [F(JL, '14.4%'), F(JL, '85.6%')]
j_l = [F(JL, '0.5', post='3.1个'), F(JL, '3.1', pre='0.5')]; j_g = F(JL, '3.6%')
sum_j = j_p + [j_t]; sh_j3 = [j_p[2], j_t, j_s[2]]; sh_ju = [F(JL, '114.55万人'), F(JL, '122.50万人'), F(JL, '93.51%')]
S.rel('sum', C, sum_j, '九龙坡 2018: 6.30 + 459.82 + 745.13 = 1211.25亿元')
S.rel('share', C, [j_p[0], j_t, j_s[0]], '6.30 / 1211.25 = 0.52% → 0.5')
S.rel('share', C, [j_p[1], j_t, j_s[1]], '459.82 / 1211.25 = 37.96% → 38.0')
S.rel('share', C, sh_j3, '745.13 / 1211.25 = 61.52% → 61.5')
S.rel('sum', C, j_c, 'contributions of secondary and tertiary 14.4 + 85.6 = 100 (the primary fell slightly; its contribution rounds to 0)')
S.rel('sum', C, j_l + [j_g], 'pulls 0.5 + 3.1 = 3.6 points = GDP growth')
S.rel('growth', C, [j_c[0], j_g, j_l[0]], '14.4% × 3.6 = 0.52 → 0.5')
S.rel('growth', C, [j_c[1], j_g, j_l[1]], '85.6% × 3.6 = 3.08 → 3.1')
S.rel('share', C, sh_ju, 'urbanisation 114.55 / 122.50 = 93.51%')
S.rel('rate', U, [j_g, F(JL, '0.2%'), F(JL, '1.4%'), F(JL, '5.0%')], 'GDP +3.6% from sector rates: previous-year weights not stated (real rates)')
S.rel('growth', U, [F(JL, '99279元'), F(JL, '2.6%'), j_g], 'per head +2.6% vs GDP +3.6%: the average population is not stated')
S.rel('sum', U, [F(JL, '95.02万人'), F(JL, '1.97万人'), F(JL, '80.11万人'), F(JL, '2.12万人')], 'city population +2.12万 within a registered total +1.97万: the non-city rest fell; a subset, nothing to add up')

# ---- 重庆 industry Jan–Oct (traditional with glyph pairs; year not stated)
c_t = F(CQ, '949.98億元'); c_g = F(CQ, '24.9%'); c_1 = F(CQ, '848.12億元'); c_2 = F(CQ, '101.86億元')
c_ne = F(CQ, '60.72億元'); c_se = F(CQ, '41.15億元'); c_1s = F(CQ, '89.3%')
sum_c = [c_1, c_2, c_t]; sum_c2 = [c_ne, c_se, c_2]; sh_c1 = [c_1, c_t, c_1s]
S.rel('sum', C, sum_c, '重庆 Jan–Oct: 1-hour circle 848.12 + two wings 101.86 = 949.98億')
S.rel('sum', C, sum_c2, 'two wings: 渝东北 60.72 + 渝东南 41.15 = 101.87 vs 101.86 (within the half units)')
S.rel('share', C, sh_c1, '848.12 / 949.98 = 89.28% → 89.3%')
S.rel('share', I, [F(CQ, '538.69億元'), c_t, F(CQ, '63.5%')], 'REAL discrepancy in the original: the nine core districts 538.69 / 949.98 = 56.7% of 规模以上工业增加值, not 63.5%; 63.5% is their share of the 1-hour circle (538.69 / 848.12 = 63.52%), so the text names the wrong base')
S.rel('share', I, [F(CQ, '17.21億元'), F(CQ, '105.12億元'), F(CQ, '16.0%')], 'REAL discrepancy in the original: October car value added 17.21 / October total 105.12 = 16.37% → 16.4, not 16.0 (the Jan–Oct share 155.68 / 949.98 = 16.39% is not 16.0 either)')
S.rel('rate', U, [c_g, c_1, F(CQ, '24.1%'), c_2, F(CQ, '32.3%'), c_t], 'value added: growth at comparable prices, levels at current prices; the previous-year weights do not follow from level / (1 + rate) (they happen to give 24.93)')
S.rel('growth', U, [F(CQ, '155.68億元'), F(CQ, '44.8%'), c_t, c_g, F(CQ, '6.0', post='個')], 'car pull 6.0 points: the previous-year share of cars at current prices is not stated (level / (1 + real rate) gives 6.3; not checkable)')
S.rel('growth', U, [c_g, F(CQ, '5.4個')], '“增幅比去年同期提高5.4個百分點”: last year’s rate is not stated')
S.rel('restatement', U, [F(CQ, '25.2%'), c_g], 'October +25.2% vs Jan–Oct +24.9%: other periods')

# ---- 重庆 Q1–Q3 2019 industry
q_g = F(C19, '5.4%')
S.rel('growth', C, [F(C19, '12.1%'), q_g, F(C19, '6.7', post='和')], 'high-tech manufacturing 12.1 − 5.4 = 6.7 points above all industry')
S.rel('growth', C, [F(C19, '11.2%'), q_g, F(C19, '5.8', post='个')], 'strategic emerging manufacturing 11.2 − 5.4 = 5.8 points above')
S.rel('sum', U, [F(C19, '35.7%'), F(C19, '43.5%')], 'contributions of high-tech and of strategic emerging manufacturing overlap (the groups share industries): not a split')
S.rel('share', U, [F(C19, '35.7%'), F(C19, '12.1%'), q_g], 'contribution 35.7% = previous-year share × 12.1 / 5.4 implies a share (15.9%) that is not stated: nothing to check')
S.rel('rate', U, [q_g, F(C19, '2.0%'), F(C19, '5.6%'), F(C19, '4.3%')], 'all industry from the three sections’ rates: weights not stated')

# ---- 四川 tourism 2017 and 2018 (traditional), 乐山 Q1
s7_t = F(S17, '8923.06亿元'); s8_t = F(S18, '10112.75億元')
gr_s_t = [s7_t, s8_t, F(S18, '13.3%')]; gr_s_i = [F(S17, '336.17万人次'), F(S18, '369.82萬人次'), F(S18, '10%')]
gr_s_f = [F(S17, '14.47亿美元'), F(S18, '15.12億美元'), F(S18, '4.5%')]; gr_s_d = [F(S17, '6.69亿人次'), F(S18, '7.02億人次'), F(S18, '4.9%')]
sh_s7 = [F(S17, '12.6万'), F(S17, '108.5万'), F(S17, '11.6%')]
S.rel('share', C, sh_s7, '四川 2017: 12.6万 of 108.5万 people lifted out of poverty = 11.61% → 11.6%')
S.rel('share', U, [F(S17, '86个县'), F(S17, '54%')], '86 counties = 54% of 有扶贫任务县, whose number is not stated')
S.rel('share', U, [F(S17, '14.47亿美元'), F(S17, '3.8%')], 'foreign-exchange revenue = 3.8% of exports: exports not stated')
S.rel('growth', C, gr_s_t, 'cross-document: 2018 10112.75億 over 2017 8923.06亿 = +13.33% → 13.3%')
S.rel('growth', C, gr_s_i, 'cross-document: inbound 369.82萬 over 336.17万 = +10.01% → 10%')
S.rel('growth', C, gr_s_f, 'cross-document: foreign-exchange revenue 15.12 over 14.47亿美元 = +4.49% → 4.5%')
S.rel('growth', C, gr_s_d, 'cross-document: domestic visitors 7.02 over 6.69亿 = +4.93% → 4.9%')
S.rel('sum', U, [F(S18, '10012.72億元'), F(S18, '15.12億美元'), s8_t], 'domestic revenue (元) + foreign-exchange revenue (美元) vs total (元): the exchange rate is not stated')
S.rel('rate', U, [F(S18, '13.3%'), F(S18, '13.5%'), F(S18, '4.5%')], 'total revenue growth from domestic (元) and foreign-exchange (美元) growth: exchange rates not stated')
S.rel('restatement', U, [F(S17, '13.3%'), F(S18, '13.3%')], 'rural tourism revenue 2017 +13.3% and total tourism revenue 2018 +13.3%: same number, other indicator and year')
S.rel('sum', U, [F(LS, '576.5万人次'), F(LS, '578.8万人次')], '乐山 domestic 576.5万 within total 578.8万: the inbound rest is not stated, nothing to add up')
S.rel('rate', U, [F(LS, '27.9%'), F(LS, '27. 7%')], 'total +27.9% vs domestic +27.7%: the inbound part and its rate are not stated')
S.rel('share', U, [F(LS, '103.65万人次'), F(LS, '578.8万人次')], '峨眉山乐山大佛 scenic area within the city’s visitors: no share stated (visits to several sites may overlap)')
S.rel('share', U, [F(LS, '8535.67万元'), F(LS, '5.19亿元')], 'ticket revenue within the scenic area’s comprehensive revenue: no share stated')
S.rel('share', U, [F(LS, '28.16万人次'), F(S18, '369.82萬人次')], 'cross-document: 四川 Q1 inbound 28.16万 (of an unstated year) vs the 2018 year 369.82萬: other periods, no share stated')

# ---- more traps (added to bring the trap share into range)
S.rel('sum', U, [F(X05, '156092万元'), F(X05, '3729万美元'), x5_r], 'domestic revenue 156092万元 + foreign-exchange 3729万美元 vs total 186669万元: the exchange rate is not stated')
S.rel('share', U, [F(X06, '5.16亿元'), x6_v], 'revenue per visitor (5.16亿 / 59.12万 = 873元) is not stated: nothing to check')
S.rel('restatement', U, [x5_g, F(X06, '46%')], 'cross-document: Jan–Oct 2005 visitors +46% and 1–6 July 2006 +46%: same number, other periods')
S.rel('share', U, [F(KM, '315728戶'), km_h[1]], 'persons per collective household (1221288 / 315728) is not stated: nothing to check')
S.rel('growth', U, [km_as[2], km_ch[2]], '60+ share “上升2.31個百分點”: the 2010 share is not stated')
S.rel('growth', U, [F(YN, '2.3万亿元'), F(YN, '2.45万亿元')], '2019 2.3万亿 → 2020 2.45万亿: no 2020 growth rate is stated (and the stated rates are real)')
S.rel('restatement', U, [F(YN, '2万亿元'), F(YN, '2.3万亿元')], '“2018年首次跃上2万亿元” and 2019 2.3万亿: other years')
S.rel('restatement', U, [F(YN, '5万元', pre='达到'), F(YN, '47944元')], 'per head “到“十三五”末…达到5万元” (2020) vs 2019 47944元: other year')
S.rel('growth', U, [F(G16, '53.15‰'), F(G16, '2.05个千分点')], 'general fertility rate “比上年上升2.05个千分点”: the 2015 rate is not stated')
S.rel('share', U, [F(G16, '3.5万人'), g_p], 'sample 3.5万 of 3555万: the sampling fraction is not stated and nothing is claimed')
S.rel('restatement', U, [F(G16, '0.7%'), F(G16, '0.7个千分点')], 'population +0.7% and natural growth rate +0.7 per mille points: same number, other indicator')
S.rel('growth', U, [F(G16, '0.2个百分点'), F(G16, '67.4%')], '15–64 share “下降0.2个百分点”: the 2015 share is not stated')
S.rel('sum', U, [F(G18, '77.71万人'), F(G18, '14.54万人'), F(G18, '7.79万人')], 're-employed 14.54万 and hard-to-employ 7.79万 are “其中” items of the new jobs 77.71万 (and may overlap): not a split')
S.rel('restatement', U, [F(G18, '106.89'), F(G18, '106.45', n=1)], 'sex ratio 2018 106.89 vs 2017 106.45: other years')
S.rel('restatement', U, [F(G18, '7.05‰'), F(G18, '7.1%')], '2018 natural growth 7.05‰ vs “全年自然增长率为7.1%”, which is about 2017 (7.10‰, printed with %): other year')
S.rel('growth', U, [F(G16, '13.43‰'), F(G18, '13.98‰'), F(G16, '0.43个千分点')], 'cross-document: +0.43 is 2016 over 2015; 2016 13.43‰ → 2017 13.98‰ is another change, not stated')
S.rel('share', U, [F(WL, '52237元'), w_t], 'GDP per head over the average resident population, which is not stated')
S.rel('share', U, [F(WL, '97.7%'), F(WL, '98.1%')], 'policy birth rates over resident and over registered population: different bases, no relation')
S.rel('share', U, [F(WL, '15.38万人'), F(WL, '115924人')], 'urban residents 15.38万 vs registered urban population 115924: different populations')
S.rel('growth', U, [F(JL, '0.51个百分点'), sh_ju[2]], 'urbanisation “提高0.51个百分点”: the 2017 urban population is not stated')
S.rel('sum', U, [F(JL, '0.99万人'), F(JL, '1.97万人')], 'resident population +0.99万 vs registered population +1.97万: different populations')
S.rel('rate', U, [F(CQ, '32.3%'), c_ne, F(CQ, '32.1%'), c_se, F(CQ, '32.7%'), c_2], 'two wings from their parts: value added at comparable-price rates, previous-year weights not stated')
S.rel('growth', U, [F(CQ, '55.73萬'), F(CQ, '35.5%'), F(CQ, '155.68億元'), F(CQ, '44.8%')], 'cars produced +35.5% and car value added +44.8%: different indicators')
S.rel('share', U, [F(CQ, '6.38萬'), F(CQ, '55.73萬')], 'October output within Jan–Oct output: no share stated')
S.rel('growth', U, [c_g, F(CQ, '0.1個')], '“比1-9月提高0.1個百分點”: the Jan–Sep rate is not stated')
S.rel('share', U, [F(S17, '2283亿元'), s7_t], 'rural tourism revenue within total tourism revenue: no share stated (and the scopes may overlap)')
S.rel('share', U, [F(S18, '170.48萬人次'), gr_s_i[1]], 'outbound travellers vs inbound visitors: different indicators')
S.rel('sum', U, [F(LS, '59. 4亿元'), F(LS, '59.7亿元')], '乐山 domestic revenue within total revenue: the inbound rest is not stated')
S.rel('rate', U, [F(LS, '36.5%'), F(LS, '36.3%')], 'total revenue +36.5% vs domestic +36.3%: the inbound part is not stated')

# ---- altered copies
a = ALT(X05, 1, x5_i, '118396人次', 'inbound visitors 113396 → 118396')
S.rel('sum', I, R(a, sum_x5, x5_i, '118396人次'), 'altered: 118396 + 1599530 = 1717926, not 1712926 (breaks {B})')
S.rel('rate', I, R(a, rt_x5, x5_i, '118396人次'), 'altered: 1712926 / (118396/1.316 + 1599530/1.471) = +45.5%, not 46% (breaks {B})')
a = ALT(X05, 2, x5_b, '190万多人次', 'rounded visitors 170万多 → 190万多')
S.rel('restatement', I, R(a, rs_x5, x5_b, '190万多人次'), 'altered: “190万多” vs 1712926 (breaks {B})')
a = ALT(X06, 1, x6_v, '69.12万人次', 'H1 visitors 59.12万 → 69.12万')
S.rel('restatement', I, R(a, [F(X06, '近60万人次'), x6_v], x6_v, '69.12万人次'), 'altered: headline “近60万” vs 69.12万 (breaks {B})')
a = ALT(X12, 1, x12_v, '1028.4万人次', '2012 visitors 1058.4万 → 1028.4万')
S.rel('growth', I, R(a, gr_x1213v, x12_v, '1028.4万人次'), 'altered, cross-document: 1291 / 1028.4 = +25.5%, not 22% (breaks {B})')
a = ALT(X12, 2, x12_r, '129.47亿元', '2012 revenue 126.47亿 → 129.47亿')
S.rel('growth', I, R(a, gr_x1213r, x12_r, '129.47亿元'), 'altered, cross-document: 165.18 / 129.47 = +27.6%, not 30.6% (breaks {B})')
a = ALT(X13, 1, x13_d, '1288.7万人次', 'domestic visitors 1268.7万 → 1288.7万')
S.rel('sum', I, R(a, sum_x13, x13_d, '1288.7万人次'), 'altered: 22.3 + 1288.7 = 1311.0, not 1291 (breaks {B})')
S.rel('rate', I, R(a, rt_x13, x13_d, '1288.7万人次'), 'altered: 1291 / (22.3/1.145 + 1288.7/1.221) = +20.1%, not 22% (breaks {B})')
a = ALT(X13, 2, x13_rg, '36.6%', 'revenue growth 30.6% → 36.6%')
S.rel('growth', I, R(a, gr_x1213r, x13_rg, '36.6%'), 'altered, cross-document: 165.18 / 126.47 = +30.6%, not 36.6% (breaks {B})')
a = ALT(X13, 3, x13_tv, '1600万人次', '2014 visitor target 1500万 → 1600万')
S.rel('target', MS, R(a, tg_xv, x13_tv, '1600万人次'), 'altered, cross-document: target 1600万 → 2014 result 1553万: missed (breaks {B})')
a = ALT(X14, 1, x14_v, '1453万人次', '2014 visitors 1553万 → 1453万')
S.rel('target', MS, R(a, tg_xv, x14_v, '1453万人次'), 'altered, cross-document: target 1500万 → 1453万: missed (breaks {B})')
S.rel('growth', I, R(a, gr_x1314v, x14_v, '1453万人次'), 'altered, cross-document: 1453 / 1291 = +12.5%, not 20% (breaks {B})')
a = ALT(KM, 1, km_d, '2021876人', 'ten-year increase 2027876 → 2021876')
S.rel('sum', I, R(a, sum_km, km_d, '2021876人'), 'altered: 6432212 + 2021876 = 8454088, not 8460088 (breaks {B})')
a = ALT(KM, 2, km_z[0], '5843566人', 'core-zone population 5343566 → 5843566')
S.rel('sum', I, R(a, sum_kmz, km_z[0], '5843566人'), 'altered: 5843566 + 2016158 + 1100364 = 8960088, not 8460088 (breaks {B})')
S.rel('share', I, R(a, sh_kmz, km_z[0], '5843566人'), 'altered: 5843566 / 8460088 = 69.07%, not 63.16% (breaks {B})')
a = ALT(KM, 3, km_as[1], '76.62%', 'share of ages 15–59 70.62% → 76.62%')
S.rel('share', I, R(a, sh_kma2, km_as[1], '76.62%'), 'altered: 5974188 / 8460088 = 70.62%, not 76.62% (breaks {B})')
a = ALT(YN, 1, yn_s15[4], '48.4%', '2015 tertiary share 49.4% → 48.4%')
S.rel('sum', I, R(a, yn_s15, yn_s15[4], '48.4%'), 'altered: 13.9 + 36.7 + 48.4 = 99.0, not 100 (breaks {B})')
a = ALT(YN, 2, yn_pc, '38366元', '2018 GDP per head 43366 → 38366')
S.rel('restatement', I, R(a, [F(YN, '4万元'), yn_pc], yn_pc, '38366元'), 'altered: “突破4万元” vs 38366元 (breaks {B})')
a = ALT(G16, 1, g_n, '22.64万人', 'natural increase 22.94万 → 22.64万')
S.rel('sum', I, R(a, sum_g16, g_n, '22.64万人'), 'altered: 47.40 − 24.46 = 22.94, not 22.64 (breaks {B})')
a = ALT(G16, 2, g_nat[2], '0.84个千分点', 'natural growth rate above the nation 0.64 → 0.84')
S.rel('growth', I, R(a, g_nat, g_nat[2], '0.84个千分点'), 'altered: 0.48 + 0.16 = 0.64, not 0.84 (breaks {B})')
a = ALT(G16, 3, g_a[2], '386.88万人', 'population 65+ 366.88 → 386.88')
S.rel('sum', I, R(a, sum_ga, g_a[2], '386.88万人'), 'altered: 791.70 + 2396.42 + 386.88 = 3575.00, not 3555 (breaks {B})')
S.rel('share', I, R(a, sh_ga3, g_a[2], '386.88万人'), 'altered: 386.88 / 3555 = 10.88%, not 10.3% (breaks {B})')
a = ALT(G18, 1, h_u, '1740.72万人', 'urban population 2018 1710.72 → 1740.72')
S.rel('share', I, R(a, sh_h18, h_u, '1740.72万人'), 'altered: 1740.72 / 3600 = 48.35%, not 47.52% (breaks {B})')
a = ALT(G18, 2, sum_he[1], '1118.21万人', 'rural employed 1113.21 → 1118.21')
S.rel('sum', I, R(a, sum_he, sum_he[1], '1118.21万人'), 'altered: 925.29 + 1118.21 = 2043.50, not 2038.50 (breaks {B})')
a = ALT(WL, 1, w_p[1], '676907万元', 'secondary value added 679907 → 676907')
S.rel('sum', I, R(a, sum_w, w_p[1], '676907万元'), 'altered: 226881 + 676907 + 909482 = 1813270, not 1816270 (breaks {B})')
S.rel('share', I, R(a, sh_w2, w_p[1], '676907万元'), 'altered: 676907 / 1816270 = 37.27% → 37.3, not 37.4 (breaks {B})')
a = ALT(WL, 2, w_c[0], '8.1%', 'primary contribution 9.1% → 8.1%')
S.rel('sum', I, R(a, sum_wc, w_c[0], '8.1%'), 'altered: 8.1 + 36.3 + 54.6 = 99%, not 100 (breaks {B})')
S.rel('growth', I, R(a, gr_w1, w_c[0], '8.1%'), 'altered: 8.1% × 6.2 = 0.50 → 0.5, not 0.6 (breaks {B})')
a = ALT(WL, 3, sum_wm[2], '1310人', 'net out-migration 1410 → 1310')
S.rel('sum', I, R(a, sum_wm, sum_wm[2], '1310人'), 'altered: 2662 − 1252 = 1410, not 1310 (breaks {B})')
a = ALT(JL, 1, j_p[2], '748.13亿元', 'tertiary value added 745.13 → 748.13')
S.rel('sum', I, R(a, sum_j, j_p[2], '748.13亿元'), 'altered: 6.30 + 459.82 + 748.13 = 1214.25, not 1211.25 (breaks {B})')
S.rel('share', I, R(a, sh_j3, j_p[2], '748.13亿元'), 'altered: 748.13 / 1211.25 = 61.77% → 61.8, not 61.5 (breaks {B})')
a = ALT(JL, 2, sh_ju[2], '95.51%', 'urbanisation 93.51% → 95.51%')
S.rel('share', I, R(a, sh_ju, sh_ju[2], '95.51%'), 'altered: 114.55 / 122.50 = 93.51%, not 95.51% (breaks {B})')
a = ALT(CQ, 1, c_ne, '66.72億元', '渝东北 value added 60.72 → 66.72')
S.rel('sum', I, R(a, sum_c2, c_ne, '66.72億元'), 'altered: 66.72 + 41.15 = 107.87, not 101.86 (breaks {B})')
a = ALT(CQ, 2, c_1s, '86.3%', 'share of the 1-hour circle 89.3% → 86.3%')
S.rel('share', I, R(a, sh_c1, c_1s, '86.3%'), 'altered: 848.12 / 949.98 = 89.3%, not 86.3% (breaks {B})')
q1 = [F(C19, '12.1%'), q_g, F(C19, '6.7', post='和')]
a = ALT(C19, 1, q1[2], '6.2', 'gap of high-tech manufacturing 6.7 → 6.2 points')
S.rel('growth', I, R(a, q1, q1[2], '6.2'), 'altered: 12.1 − 5.4 = 6.7, not 6.2 (breaks {B})')
q2 = [F(C19, '11.2%'), q_g, F(C19, '5.8', post='个')]
a = ALT(C19, 2, q2[0], '11.8%', 'strategic emerging manufacturing growth 11.2% → 11.8%')
S.rel('growth', I, R(a, q2, q2[0], '11.8%'), 'altered: 11.8 − 5.4 = 6.4, not 5.8 (breaks {B})')
a = ALT(S17, 1, s7_t, '8823.06亿元', '2017 tourism revenue 8923.06 → 8823.06')
S.rel('growth', I, R(a, gr_s_t, s7_t, '8823.06亿元'), 'altered, cross-document: 10112.75 / 8823.06 = +14.6%, not 13.3% (breaks {B})')
a = ALT(S17, 2, sh_s7[0], '13.6万', 'people lifted by tourism 12.6万 → 13.6万')
S.rel('share', I, R(a, sh_s7, sh_s7[0], '13.6万'), 'altered: 13.6 / 108.5 = 12.5%, not 11.6% (breaks {B})')
a = ALT(S18, 1, gr_s_i[1], '389.82萬人次', '2018 inbound visitors 369.82 → 389.82')
S.rel('growth', I, R(a, gr_s_i, gr_s_i[1], '389.82萬人次'), 'altered, cross-document: 389.82 / 336.17 = +16.0%, not 10% (breaks {B})')
a = ALT(S18, 2, gr_s_d[2], '5.9%', 'domestic visitor growth 4.9% → 5.9%')
S.rel('growth', I, R(a, gr_s_d, gr_s_d[2], '5.9%'), 'altered, cross-document: 7.02 / 6.69 = +4.9%, not 5.9% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

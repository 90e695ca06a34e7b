"""Check key, set check-heldout136. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout136.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout136'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

SL='sl_2012.txt'; KS='ks_1985.txt'; LQ='lq_2017_hant.txt'; YC='yc_2006.txt'; SY='sys_2019.txt'; MD='mdj_2025.txt'; T8='tl_2018_hant.txt'
T3='tl_2023.txt'; TR='tl_2023r.txt'; T4='tl_2024r.txt'; NM='nm_2017_hant.txt'; ZX='zxb_2006.txt'; BR='brq_2019.txt'; LS='ls_2019.txt'
JL='jl_2022p.txt'; FX='fx_2021.txt'

# ---- 松岭区 (林业局) 2012, yearbook
sl_t = F(SL, '4183万元'); sl_a = F(SL, '2166万元'); sl_b = F(SL, '2017万元')
sl_r = [F(SL, '60%', n=0), F(SL, '60%', n=1), F(SL, '61%')]; sl_c = [F(SL, '111%'), F(SL, '110%'), F(SL, '113%')]
sum_sl = [sl_a, sl_b, sl_t]; rt_sl = [sl_t, sl_r[0], sl_a, sl_r[1], sl_b, sl_r[2]]; rt_slc = [sl_t, sl_c[0], sl_a, sl_c[1], sl_b, sl_c[2]]
S.rel('sum', C, sum_sl, '松岭 2012: general budget revenue 2166 + revenue handed up 2017 = full-scope fiscal revenue 4183万元')
S.rel('rate', C, rt_sl, 'full-scope revenue growth rebuilt from its two parts (2011 levels = level / (1 + rate)): 4183 / (2166/1.60 + 2017/1.61) = +60.5%; with the half units 59.9–61.0, so 60% fits')
S.rel('rate', C, rt_slc, 'full-scope budget completion rebuilt from the parts’ budgets (budget = level / completion): 4183 / (2166/1.10 + 2017/1.13) = 111.4% → 111%')
S.rel('target', M, [sl_t, sl_c[0]], 'full-scope revenue 4183万 = 111% of the 2012 budget; the year is over: met')
S.rel('target', M, [sl_a, sl_c[1]], 'general budget revenue 2166万 = 110% of the 2012 budget: met')
S.rel('target', M, [sl_b, sl_c[2]], 'revenue handed up 2017万 = 113% of the 2012 budget: met')
S.rel('sum', U, [F(SL, '2.65亿元'), F(SL, '2.71亿元'), F(SL, '9641万元'), F(SL, '9559万元'), F(SL, '16亿元')], 'output of four listed industries (7.28亿) against 地区总产值 16亿: a selection of industries, and their output is gross output; not a split')
S.rel('share', U, [F(SL, '4.48亿元'), F(SL, '16亿元')], 'non-public value added 4.48亿 against 地区总产值 16亿 (28%): no share is stated; nothing to check')
S.rel('restatement', U, [sl_r[0], sl_r[1]], 'full-scope revenue +60% and general budget revenue +60%: the same number for the whole and one part; not a restatement')
S.rel('growth', U, [F(SL, '8183.5万元'), sl_t], 'spending 8183.5万 against revenue 4183万: the gap is covered by transfers that are not stated')
S.rel('growth', U, [F(SL, '13 634元'), F(SL, '18.3%')], 'urban income per head 13634, +18.3%: the 2011 level is not stated; nothing to check')

# ---- 克山县, county annals (1949-1985)
ks_49 = F(KS, '15万吨', n=0); ks_82 = F(KS, '20万吨', n=0); ks_85 = F(KS, '28.8万吨', n=0); ks_cg = F(KS, '15万吨', n=1)
ks_84 = F(KS, '34.3万吨'); ks_l = F(KS, '820.5公斤')
gr_ks85 = [ks_49, ks_85, F(KS, '92%')]; gr_ks84 = [ks_82, ks_84, F(KS, '71%')]; gr_ksl = [F(KS, '1 543.5公斤'), ks_l, F(KS, '47%')]
gr_ks82 = [ks_49, ks_82, F(KS, '33%')]; gr_ks138 = [F(KS, '6.3万吨'), ks_cg, F(KS, '138%')]
S.rel('growth', C, gr_ks82, '克山 grain 15万吨 (1949) → 20万吨 (1982): 20/15 = 1.333 → +33%')
S.rel('growth', C, gr_ks85, '15 → 28.8万吨 (1985): 28.8/15 = 1.92 → +92%')
S.rel('restatement', C, [ks_85, F(KS, '28.8万吨', n=1)], '1985 grain 28.8万吨 restated in the next paragraph')
S.rel('restatement', C, [ks_82, F(KS, '20万吨', n=1)], '1982 grain 20万吨 fits “总产在20万吨左右” for 1978–1982')
S.rel('restatement', C, [F(KS, '107公斤'), F(KS, '107—127公斤')], '1982 yield 107公斤 lies in the stated 1978–1982 range 107–127')
S.rel('growth', I, [F(KS, '7.2万吨'), F(KS, '6.3万吨'), F(KS, '19.5%')], 'REAL discrepancy in the original: commodity grain 7.2 → 6.3万吨 is −12.5% (−11.2 to −13.8 with the half units), not “减少19.5%”; 19.5% is the change of the next line (grain per labourer 3147.5 → 2533)')
S.rel('growth', I, [F(KS, '3 147.5公斤'), F(KS, '2 533公斤'), F(KS, '21%')], 'REAL discrepancy in the original: grain per labourer 3147.5 → 2533公斤 is −19.5%, not “减少21%” (the rates of the two lines look shifted by one)')
S.rel('growth', C, gr_ksl, 'commodity grain per labourer 1543.5 → 820.5公斤: −46.8% → 47%')
S.rel('growth', C, gr_ks84, '1982 20万吨 → 1984 34.3万吨: +71.5%; with the half units +67.1 to +76.2%, so 71% fits')
S.rel('growth', C, [F(KS, '5127'), F(KS, '26339万元'), F(KS, '4倍多')], 'agricultural output 5127万 (1949) → 26339万 (1985): ratio 5.14, i.e. 增长4.14倍 → “增长4倍多”')
S.rel('growth', C, [F(KS, '7.2万吨'), ks_cg, F(KS, '106%')], 'commodity grain 7.2 (1949) → 15万吨 (1985): +108%; with the half units (14.5/7.25 to 15.5/7.15) +100 to +117%, so 106% fits')
S.rel('growth', C, gr_ks138, 'commodity grain 6.3 (1982) → 15万吨: +138%')
S.rel('share', U, [F(KS, '252万亩'), F(KS, '68公斤'), ks_49], '1949: 15万吨 at 68公斤 a mu implies about 221万亩 of grain against 252万亩 cultivated: the grain area is not stated; nothing to check')
S.rel('share', U, [F(KS, '264万亩'), F(KS, '107公斤'), ks_82], '1982: 20万吨 at 107公斤 implies about 187万亩 of grain within 264万亩 sown: grain is a part of the sown area; nothing to check')
S.rel('share', U, [F(KS, '26339万元'), F(KS, '76%')], 'agricultural output 26339万 = 76% of 工农业总产值: the total is not stated')
S.rel('growth', U, [F(KS, '50多万亩'), ks_85], '1985 grain area “减少50多万亩” with output 28.8万吨: neither the 1984 area nor the yield is stated')

# ---- 林区 city, five-year review 2013-2017 (traditional)
lq_s = [F(LQ, '11.9億元'), F(LQ, '16.6億元'), F(LQ, '6.9%')]; lq_r = [F(LQ, '14.4億元'), F(LQ, '23.4億元'), F(LQ, '10.2%')]
lq_v = [F(LQ, '0.7億元'), F(LQ, '1.3億元'), F(LQ, '14.5%')]
S.rel('growth', U, [F(LQ, '34.9億元'), F(LQ, '40.2億元'), F(LQ, '5.9%')], 'GDP 34.9 → 40.2億 over 2012–2017 is +2.9% a year at current prices; the stated 5.9% is at comparable prices: nominal vs real')
S.rel('growth', C, lq_v, 'budget revenue 0.7 → 1.3億 over five years: +13.2% a year; with the half units (0.75→1.25 to 0.65→1.35) +10.8 to +15.7%, so 14.5% fits')
S.rel('growth', C, lq_s, 'budget spending 11.9 → 16.6億 over five years: (16.6/11.9)^(1/5) − 1 = 6.88% → 6.9%')
S.rel('growth', C, lq_r, 'retail sales 14.4 → 23.4億 over five years: +10.20% a year')
S.rel('growth', I, [F(LQ, '16870元'), F(LQ, '24833元'), F(LQ, '9%', pre='長(zhǎng)', post=';累計(jì)')], 'REAL discrepancy in the original: urban income per head 16870 → 24833 over five years is +8.0% a year (8.04%), not 9% (one fifth of the whole rise, 47.2%/5 = 9.4%, would give 9)')
S.rel('share', U, [F(LQ, '88億元'), F(LQ, '40.2億元')], 'five-year cumulative investment 88億 against one year’s GDP 40.2億: a five-year sum against a one-year flow; nothing to check')
S.rel('share', U, [F(LQ, '1.3億元'), F(LQ, '16.6億元')], 'own revenue 1.3億 against spending 16.6億: the transfers are not stated')

# ---- 伊春 11th plan goals (news 2006)
S.rel('growth', U, [F(YC, '10%'), F(YC, '187亿元')], '伊春 “十一五”: GDP 年均 +10%以上 to 187亿 in 2010: the 2005 level is not stated (and the rate is real, the level nominal)')
S.rel('growth', U, [F(YC, '15%'), F(YC, '59亿元')], 'investment 年均 +15%左右 to 59亿 in 2010: the 2005 level is not stated')
S.rel('growth', U, [F(YC, '2.26亿立方米'), F(YC, '2.61亿立方米')], 'forest stock 2.26 → 2.61亿立方米 (+15.5%): no rate is stated; nothing to check')

# ---- 双鸭山 70-year news (2019)
sy_h = F(SY, '7亿余吨', n=0); rs_sy = [sy_h, F(SY, '7亿多吨')]; rs_sy2 = [sy_h, F(SY, '7亿余吨', n=1)]
S.rel('restatement', C, rs_sy, 'headline “7亿余吨煤” restates the body’s “7亿多吨优质煤炭” (both lower bounds)')
S.rel('restatement', C, rs_sy2, 'the headline is repeated below the dateline (7亿余吨)')
S.rel('sum', U, [F(SY, '1100多亿斤'), F(SY, '140亿斤')], 'grain shipped to the state over 70 years (输送, 1100多亿斤) vs output over 140亿斤 a year for 14 years (at least 1960亿斤): shipments are not output; no contradiction')
S.rel('share', U, [F(SY, '1300多万亩'), F(SY, '6%')], 'farmland 1300多万亩 = 6% of the province’s: the province’s farmland is not stated')
S.rel('share', U, [F(SY, '140亿斤'), F(SY, '9%')], 'grain = 9% of the province’s: the province’s output is not stated (and “140亿斤以上” is a floor over fourteen years)')

# ---- 牡丹江 14th plan results (2025)
sh_md = [F(MD, '276.3万千瓦'), F(MD, '413.3万千瓦'), F(MD, '66.9%')]
S.rel('share', C, sh_md, '牡丹江 2024: renewables 276.3 / total capacity 413.3 = 66.85% → 66.9%')
S.rel('growth', U, [F(MD, '5亿元'), F(MD, '12.71%')], 'R&D spending “突破5亿元” with 年均 +12.71%: the 2020 level is not stated')
S.rel('growth', U, [F(MD, '39.05%'), F(MD, '47.3%')], 'visitors +39.05% and tourism revenue +47.3%: different indicators; spending per visitor is not stated; nothing to check')

# ---- 通辽 2018 grain news (traditional)
t8_a = F(T8, '1839.0萬畝'); t8_g = F(T8, '163.3億斤', n=1); t8_i = F(T8, '13.1億斤'); t8_ar = F(T8, '3.2%')
gr_t8a = [t8_a, F(T8, '61.6萬畝'), t8_ar]; gr_t8 = [t8_g, t8_i, F(T8, '8.7%')]
S.rel('growth', C, gr_t8a, '通遼 2018 grain area 1839.0, 減少61.6: 61.6 / 1900.6 = 3.24% → 下降3.2%')
S.rel('growth', C, gr_t8, 'grain 163.3, 增加13.1: 13.1 / 150.2 = 8.72% → 8.7%')
rs_t8 = [F(T8, '163.3億斤', n=0), t8_g]
S.rel('restatement', C, rs_t8, 'headline 163.3億斤 restates the body')
S.rel('restatement', C, [F(T8, '160億斤'), t8_g], '163.3億斤 fits “首次突破160億斤大關” (a lower bound; 2017 = 150.2 was below it)')
S.rel('share', U, [t8_g, t8_a], 'output 163.3億斤 over 1839.0萬畝 gives about 888斤 a mu: no yield is stated; nothing to check')

# ---- 通辽 2023 grain and the 2024 goal (news, January 2024)
t3_g = F(T3, '189亿斤', n=0); t3_g2 = F(T3, '189亿斤', n=1); t3_13 = F(T3, '132亿斤'); t3_goal = F(T3, '190亿斤')
gr_t3 = [t3_13, t3_g2, F(T3, '43%')]
S.rel('growth', C, gr_t3, '通辽 grain about 132 (2013) → 189亿斤 (2023): +43.2% → “增长约43%”')
rs_t3 = [t3_g, t3_g2]
S.rel('restatement', C, rs_t3, '2023 grain 189亿斤 restated')
S.rel('growth', U, [t3_g, F(T3, '2.25亿斤')], '2023 grain 189, 增加2.25亿斤: no rate is stated; nothing to check')
S.rel('target', U, [t3_goal, t3_g], 'the 2024 goal “突破190亿斤” against the 2023 result 189亿斤: other period')
S.rel('restatement', C, [F(T8, '120億斤'), t3_13], 'cross-document: “連續8年保持在120億斤以上” (2011–2018, 2019 news) holds for the 2013 output of about 132亿斤 given in the 2024 news')
S.rel('growth', U, [t8_g, t3_g], 'cross-document: 163.3億斤 (2018) and 189亿斤 (2023): no rate is stated across the five years; nothing to check')

# ---- 通辽 2023 review (May 2024) and 2024 review (March 2025)
t4_g = F(T4, '194.1亿斤'); t4_f = F(T4, '20%', post='以上'); t4_i = F(T4, '20.8%'); tr_i = F(TR, '24.3%')
tg_tl = [t3_goal, t4_g]; rs_t4 = [t4_i, t4_f]; rs_tr = [tr_i, t4_f]
S.rel('target', M, tg_tl, 'cross-document: the 2024 goal “力争粮食总产突破190亿斤” (2024 report, as quoted) against the 2024 result 194.1亿斤 (2025 review): met')
rs_t3r = [t3_g, F(TR, '189亿斤')]
S.rel('restatement', C, rs_t3r, 'cross-document: 2023 grain 189亿斤 in the January news and in the 2023 review')
S.rel('restatement', C, rs_t4, '2024 investment +20.8% lies within “连续3年保持20%以上”')
S.rel('restatement', C, rs_tr, 'cross-document: 2023 investment +24.3% (2023 review) lies within the 2025 review’s “连续3年保持20%以上” (2022–2024)')
S.rel('growth', U, [F(TR, '384.6亿元'), F(TR, '68.6%')], '到位资金 384.6亿, +68.6% “按可比口径”: on a comparable scope that is not stated; nothing to check')
S.rel('growth', U, [F(TR, '89.1亿元'), F(TR, '26.8%')], '上级项目资金 89.1亿, +26.8%: the 2022 level is not stated; nothing to check')
S.rel('growth', U, [F(TR, '1609亿元'), F(T4, '1686亿元')], 'cross-document: GDP 1609 (2023) → 1686亿 (2024) is +4.8% at current prices; the 2024 real rate is not stated in the review; nothing to check')
S.rel('sum', U, [F(TR, '591个'), F(T4, '609个')], 'cross-document: 591 signed projects (2023) and 609 (2024): different years; no change is stated')
S.rel('growth', U, [F(TR, '89.1亿元'), F(T4, '200亿元')], 'cross-document: 上级项目资金 89.1亿 (2023) vs 上级预算内项目资金和国债资金 “超200亿” (2024): different scopes; no rate is stated')
S.rel('growth', U, [F(TR, '9%', pre='增长', post=',迈上'), F(T4, '8.6%')], 'cross-document: budget revenue +9% (2023, “迈上百亿台阶”) and +8.6% (2024): the levels are not stated; nothing to check')

# ---- 内蒙古, 赤峰, 通辽 2017 population (traditional)
nm_t = F(NM, '2528.6萬(wàn)人'); nm_u = F(NM, '1568.2萬(wàn)人'); nm_r = F(NM, '960.4萬(wàn)人'); nm_n = F(NM, '3.73‰')
sum_nm = [nm_u, nm_r, nm_t]; gr_nm = [F(NM, '9.47‰'), F(NM, '5.74‰'), nm_n]
cf_t = F(NM, '431.5萬(wàn)人')
S.rel('sum', C, sum_nm, '內蒙古 2017: urban 1568.2 + rural 960.4 = 2528.6萬')
sh_nm = [nm_u, nm_t, F(NM, '62.0%')]; sum_nmx = [F(NM, '1305.2萬(wàn)人'), F(NM, '1223.4萬(wàn)人'), nm_t]
S.rel('share', C, sh_nm, 'urbanisation 1568.2 / 2528.6 = 62.02% → 62.0%')
S.rel('sum', C, sum_nmx, 'men 1305.2 + women 1223.4 = 2528.6萬')
S.rel('growth', C, gr_nm, 'natural growth = birth 9.47 − death 5.74 = 3.73‰')
S.rel('share', U, [F(NM, '23.9萬(wàn)人'), nm_t, F(NM, '9.47‰')], 'births 23.9萬 over the year-end 2528.6萬 give 9.45‰; the rate uses the average population, which is not stated')
S.rel('growth', U, [F(NM, '62.0%'), F(NM, '0.8個(gè)百分點(diǎn)')], 'urbanisation “提高0.8個百分點”: the 2016 rate is not stated')
S.rel('share', C, [F(NM, '213.1萬(wàn)人'), cf_t, F(NM, '49.38%')], '赤峰 2017: 213.1 / 431.5 = 49.386%; with the half units 49.37–49.40, so 49.38 fits (plain rounding gives 49.39)')
S.rel('growth', C, [F(NM, '10.5‰'), F(NM, '6.4‰'), F(NM, '4.2‰')], '赤峰 natural growth 10.5 − 6.4 = 4.1 against 4.2: with the half units (10.55 − 6.35) it reaches 4.2, so it fits at the edge')
S.rel('share', U, [F(NM, '49.38%'), F(NM, '30.87%')], '赤峰 常住 urbanisation 49.38% and 戶籍 urbanisation 30.87%: different concepts; neither is computed from the other')
S.rel('share', U, [F(NM, '4.5萬(wàn)人'), cf_t, F(NM, '10.5‰')], '赤峰 births 4.5萬 over 431.5萬 give 10.4‰; the average population behind the rate is not stated')
S.rel('share', U, [cf_t, nm_t], '赤峰 431.5萬 of 內蒙古’s 2528.6萬 (17.1%): no share is stated; one of twelve leagues and cities')

# ---- 正镶白旗 2006 bulletin, part 3
z_t = F(ZX, '71293人'); z_p = [F(ZX, '49557人'), F(ZX, '20978人'), F(ZX, '756人')]; z_g = [F(ZX, '1.3%'), F(ZX, '1.4%'), F(ZX, '1.0%'), F(ZX, '1.1%')]
z_b = F(ZX, '836人'); sh_zb = [z_b, z_t, F(ZX, '11.73‰')]; rt_z = [z_t, z_g[0], z_p[0], z_g[1], z_p[1], z_g[2], z_p[2], z_g[3]]
S.rel('sum', I, z_p + [z_t], 'REAL discrepancy in the original: 汉族 49557 + 蒙古族 20978 + 其他少数民族 756 = 71291, two persons short of the stated 71293 (exact counts)')
S.rel('rate', C, rt_z, 'total +1.3% rebuilt from the three groups (2005 levels = level / (1 + rate)): 71293 / (49557/1.014 + 20978/1.010 + 756/1.011) = +1.28% → 1.3%')
S.rel('share', C, sh_zb, 'birth rate 836 / 71293 = 11.73‰ (this bulletin divides by the year-end population)')
sh_zd = [F(ZX, '224人'), z_t, F(ZX, '3.14‰')]
S.rel('share', C, sh_zd, 'death rate 224 / 71293 = 3.14‰')
S.rel('growth', U, [F(ZX, '11.73‰'), F(ZX, '3.14‰'), F(ZX, '3.11‰')], 'birth 11.73 − death 3.14 = 8.59‰, but the stated natural growth rate 3.11‰ is, as the note says, the family-planning office’s figure (“人口自然增长率指标为计生部门数据”): another source, not checked against the other two')
S.rel('share', U, [F(ZX, '2064万元'), F(ZX, '4795人')], 'pensions 2064万 for 4795 persons (4305元 each): no amount per head is stated; nothing to check')
S.rel('sum', U, [F(ZX, '1045户'), F(ZX, '2331人')], '1045 households and 2331 persons: the same recipients counted two ways')

# ---- 巴林右旗 2019 (2020 report)
S.rel('growth', U, [F(BR, '2.55亿元'), F(BR, '8.1%')], '巴林右旗 2019 revenue 2.55亿 “剔除减税降费因素,同比下降8.1%”: the rate is on an adjusted basis and the 2018 level is not stated')
S.rel('sum', U, [F(BR, '574户'), F(BR, '1201人'), F(BR, '5959户'), F(BR, '13563人')], '574 households / 1201 persons lifted out of poverty and 5959 / 13563 whose gains were consolidated: different groups; not a split')
S.rel('share', U, [F(BR, '1201人'), F(BR, '0.07%')], 'poverty incidence 0.07%: the registered rural population (the base) is not stated')
S.rel('growth', U, [F(BR, '28498元'), F(BR, '11639元'), F(BR, '7.1%'), F(BR, '11.1%')], 'urban and rural income per head with their rates: no combined figure or gap is stated; nothing to check')

# ---- 梨树县 2019
S.rel('restatement', U, [F(LS, '3%', pre='增加值增长'), F(LS, '3%', pre='零售总额增长')], '梨树 2019: industry +3% and retail sales +3%: the same number for different indicators')
S.rel('growth', U, [F(LS, '23894元'), F(LS, '14620元'), F(LS, '3.3%')], 'incomes “与经济增长同步” with GDP +3.3%: the income growth rates are not stated; nothing to check')
S.rel('share', U, [F(LS, '64.8亿元'), F(LS, '32个')], 'total investment 64.8亿 of 32 projects (2.0亿 each): no average is stated; nothing to check')

# ---- 吉林省 2022 spring projects
jl_b = F(JL, '678个', n=1); jl_p = [F(JL, '447个'), F(JL, '119个'), F(JL, '139个')]; jl_s = [F(JL, '57.7%'), F(JL, '15.4%'), F(JL, '17.9%')]
rs_jl = [F(JL, '678个', n=0), jl_b]; rs_jli = [F(JL, '3700亿', n=0), F(JL, '3700亿', n=1)]
S.rel('restatement', C, rs_jl, 'headline 678 projects restates the body')
S.rel('restatement', C, rs_jli, 'headline 总投资约3700亿 restates the body')
S.rel('sum', I, jl_p + [jl_b], 'REAL discrepancy in the original: 产业类 447 + 基础设施 119 + 民生环保 139 = 705, more than the 678 projects they are said to be part of (“其中”)')
S.rel('share', I, [jl_p[0], jl_b, jl_s[0]], 'REAL discrepancy: 447 / 678 = 65.9%, not 57.7% (all three shares fit an unstated base of 775: 447/775 = 57.7, 119/775 = 15.4, 139/775 = 17.9)')
S.rel('share', I, [jl_p[1], jl_b, jl_s[1]], 'REAL discrepancy: 119 / 678 = 17.6%, not 15.4% (same cause)')
S.rel('share', I, [jl_p[2], jl_b, jl_s[2]], 'REAL discrepancy: 139 / 678 = 20.5%, not 17.9% (same cause)')

# ---- 阜新 2021
S.rel('sum', U, [F(FX, '120个'), F(FX, '1075个')], '阜新 2021: 120 jointly handled matters and 1075 high-frequency matters at the window: different lists; no total is stated')
S.rel('growth', U, [F(FX, '2.6万户'), F(FX, '9.6%')], 'new market entities 2.6万户, +9.6%: the 2020 number is not stated; nothing to check')
S.rel('sum', U, [F(FX, '653户'), F(FX, '35户'), F(FX, '2.6万户')], '个转企 653 and 小升规 35 are not parts of the 2.6万 new market entities; not a split')
S.rel('growth', U, [F(FX, '6.5%'), F(FX, '6.6%')], 'GDP +6.5% and budget revenue +6.6%: different indicators; no relation is stated')

# ---- cross-document traps
S.rel('target', U, [F(YC, '187亿元'), F(SL, '16亿元')], 'cross-document: 伊春’s 2010 GDP goal 187亿 against 松岭’s 2012 地区总产值 16亿 (大兴安岭): other place and year')
S.rel('target', U, [t3_goal, F(MD, '61.2亿斤')], 'cross-document: 通辽’s 2024 grain goal 190亿斤 against 牡丹江’s grain 61.2亿斤: other place')
S.rel('growth', U, [F(BR, '4.3%'), F(LS, '3.3%')], 'cross-document: 巴林右旗 GDP +4.3% and 梨树 GDP +3.3% (both 2019): other places')
S.rel('growth', U, [F(LS, '3.3%'), F(FX, '6.5%')], 'cross-document: 梨树 2019 GDP +3.3% and 阜新 2021 GDP +6.5%: other places and years')
S.rel('restatement', U, [F(SY, '140亿斤'), F(T8, '120億斤')], 'cross-document: 双鸭山 “140亿斤以上” for fourteen years and 通遼 “120億斤以上” for eight: two places’ floors, not one figure')
S.rel('growth', U, [lq_v[2], sl_r[0]], 'cross-document: the 林区 city’s revenue +14.5% a year (2013–2017) and 松岭’s full-scope revenue +60% (2012): other places and periods')

# ---- altered copies
a = ALT(SL, 1, sl_b, '2317万元', 'revenue handed up 2017 → 2317')
S.rel('sum', I, R(a, sum_sl, sl_b, '2317万元'), 'altered: 2166 + 2317 = 4483, not 4183 (breaks {B})')
S.rel('rate', I, R(a, rt_sl, sl_b, '2317万元'), 'altered: 4183 / (2166/1.60 + 2317/1.61) = +49.8%, not 60% (breaks {B})')
S.rel('rate', I, R(a, rt_slc, sl_b, '2317万元'), 'altered: 4183 / (2166/1.10 + 2317/1.13) = 104.1%, not 111% (breaks {B})')
a = ALT(SL, 2, sl_r[2], '81%', 'growth of the revenue handed up 61% → 81%')
S.rel('rate', I, R(a, rt_sl, sl_r[2], '81%'), 'altered: 4183 / (2166/1.60 + 2017/1.81) = +69.5%, not 60% (breaks {B})')
a = ALT(SL, 3, sl_c[1], '140%', 'completion of the general budget 110% → 140%')
S.rel('rate', I, R(a, rt_slc, sl_c[1], '140%'), 'altered: 4183 / (2166/1.40 + 2017/1.13) = 125.5%, not 111% (breaks {B})')
a = ALT(KS, 1, gr_ks85[2], '82%', '1949→1985 grain growth 92% → 82%')
S.rel('growth', I, R(a, gr_ks85, gr_ks85[2], '82%'), 'altered: 28.8/15 = 1.92, i.e. +92%, not 82% (+86 to +99% with the half units) (breaks {B})')
a = ALT(KS, 2, ks_l, '920.5公斤', 'commodity grain per labourer 820.5 → 920.5')
S.rel('growth', I, R(a, gr_ksl, ks_l, '920.5公斤'), 'altered: 1543.5 → 920.5 is −40.4%, not −47% (breaks {B})')
a = ALT(KS, 3, ks_84, '38.3万吨', '1984 grain 34.3 → 38.3')
S.rel('growth', I, R(a, gr_ks84, ks_84, '38.3万吨'), 'altered: 20 → 38.3万吨 is +91.5%, not 71% (breaks {B})')
a = ALT(LQ, 1, lq_r[1], '28.4億元', 'retail sales 2017 23.4 → 28.4')
S.rel('growth', I, R(a, lq_r, lq_r[1], '28.4億元'), 'altered: (28.4/14.4)^(1/5) − 1 = 14.5% a year, not 10.2% (breaks {B})')
a = ALT(LQ, 2, lq_s[1], '18.6億元', 'spending 2017 16.6 → 18.6')
S.rel('growth', I, R(a, lq_s, lq_s[1], '18.6億元'), 'altered: (18.6/11.9)^(1/5) − 1 = 9.3% a year, not 6.9% (breaks {B})')
a = ALT(LQ, 3, lq_v[0], '0.9億元', 'revenue 2012 0.7 → 0.9')
S.rel('growth', I, R(a, lq_v, lq_v[0], '0.9億元'), 'altered: (1.3/0.9)^(1/5) − 1 = 7.6% a year (5.6–9.7% with the half units), not 14.5% (breaks {B})')
a = ALT(SY, 1, sy_h, '8亿余吨', 'headline coal 7亿余吨 → 8亿余吨 (first headline only)')
S.rel('restatement', I, R(a, rs_sy, sy_h, '8亿余吨'), 'altered: headline “8亿余吨” vs body “7亿多吨” (breaks {B})')
S.rel('restatement', I, R(a, rs_sy2, sy_h, '8亿余吨'), 'altered: the two headlines now say 8亿余吨 and 7亿余吨 (breaks {B})')
a = ALT(MD, 1, sh_md[0], '246.3万千瓦', 'renewable capacity 276.3 → 246.3')
S.rel('share', I, R(a, sh_md, sh_md[0], '246.3万千瓦'), 'altered: 246.3 / 413.3 = 59.6%, not 66.9% (breaks {B})')
a = ALT(T8, 1, t8_i, '18.1億斤', 'grain increase 13.1 → 18.1')
S.rel('growth', I, R(a, gr_t8, t8_i, '18.1億斤'), 'altered: 18.1 / 145.2 = 12.5%, not 8.7% (breaks {B})')
a = ALT(T8, 2, t8_ar, '3.7%', 'grain-area fall 3.2% → 3.7%')
S.rel('growth', I, R(a, gr_t8a, t8_ar, '3.7%'), 'altered: 61.6 / 1900.6 = 3.24%, not 3.7% (breaks {B})')
a = ALT(T3, 1, t3_13, '137亿斤', '2013 grain 132 → 137')
S.rel('growth', I, R(a, gr_t3, t3_13, '137亿斤'), 'altered: 189 / 137 = +38%, not “约43%” (breaks {B})')
a = ALT(T4, 1, t4_g, '184.1亿斤', '2024 grain 194.1 → 184.1')
S.rel('target', MS, R(a, tg_tl, t4_g, '184.1亿斤'), 'altered, cross-document: 184.1亿斤 falls short of the 2024 goal “突破190亿斤”: missed (breaks {B})')
a = ALT(T4, 2, t4_i, '10.8%', '2024 investment growth 20.8% → 10.8%')
S.rel('restatement', I, R(a, rs_t4, t4_i, '10.8%'), 'altered: +10.8% contradicts “连续3年保持20%以上” (breaks {B})')
a = ALT(TR, 1, tr_i, '14.3%', '2023 investment growth 24.3% → 14.3%')
S.rel('restatement', I, R(a, rs_tr, tr_i, '14.3%'), 'altered, cross-document: 2023 +14.3% contradicts the 2025 review’s “连续3年保持20%以上” (breaks {B})')
a = ALT(NM, 1, nm_r, '990.4萬(wàn)人', 'rural population 960.4 → 990.4')
S.rel('sum', I, R(a, sum_nm, nm_r, '990.4萬(wàn)人'), 'altered: 1568.2 + 990.4 = 2558.6, not 2528.6 (breaks {B})')
a = ALT(NM, 2, nm_n, '3.23‰', 'natural growth 3.73‰ → 3.23‰')
S.rel('growth', I, R(a, gr_nm, nm_n, '3.23‰'), 'altered: 9.47 − 5.74 = 3.73‰, not 3.23 (breaks {B})')
a = ALT(ZX, 1, z_b, '886人', 'births 836 → 886')
S.rel('share', I, R(a, sh_zb, z_b, '886人'), 'altered: 886 / 71293 = 12.43‰, not 11.73 (breaks {B})')
a = ALT(ZX, 2, z_g[2], '4.0%', '蒙古族 growth 1.0% → 4.0%')
S.rel('rate', I, R(a, rt_z, z_g[2], '4.0%'), 'altered: 71293 / (49557/1.014 + 20978/1.040 + 756/1.011) = +2.15%, not 1.3% (breaks {B})')
a = ALT(JL, 1, rs_jl[0], '618个', 'headline project count 678 → 618')
S.rel('restatement', I, R(a, rs_jl, rs_jl[0], '618个'), 'altered: headline 618 vs body 678 (breaks {B})')
a = ALT(JL, 2, rs_jli[1], '3200亿', 'body investment 约3700亿 → 约3200亿')
S.rel('restatement', I, R(a, rs_jli, rs_jli[1], '3200亿'), 'altered: headline 约3700亿 vs body 约3200亿 (breaks {B})')

a = ALT(KS, 4, gr_ks82[2], '53%', '1949→1982 grain growth 33% → 53%')
S.rel('growth', I, R(a, gr_ks82, gr_ks82[2], '53%'), 'altered: 20/15 = +33% (+26 to +41% with the half units), not 53% (breaks {B})')
a = ALT(KS, 5, gr_ks138[2], '188%', 'commodity grain 1982→1985 growth 138% → 188%')
S.rel('growth', I, R(a, gr_ks138, gr_ks138[2], '188%'), 'altered: 15/6.3 = +138% (+128 to +148% with the half units), not 188% (breaks {B})')
a = ALT(MD, 2, sh_md[2], '69.9%', 'renewable share 66.9% → 69.9%')
S.rel('share', I, R(a, sh_md, sh_md[2], '69.9%'), 'altered: 276.3 / 413.3 = 66.85%, not 69.9% (breaks {B})')
a = ALT(T8, 3, rs_t8[0], '168.3億斤', 'headline grain 163.3 → 168.3')
S.rel('restatement', I, R(a, rs_t8, rs_t8[0], '168.3億斤'), 'altered: headline 168.3億斤 vs body 163.3 (breaks {B})')
a = ALT(T3, 2, t3_g, '199亿斤', 'first mention of 2023 grain 189 → 199')
S.rel('restatement', I, R(a, rs_t3, t3_g, '199亿斤'), 'altered: 2023 grain given as 199 and 189亿斤 in the same news (breaks {B})')
S.rel('restatement', I, R(a, rs_t3r, t3_g, '199亿斤'), 'altered, cross-document: 199亿斤 in the news vs 189亿斤 in the 2023 review (breaks {B})')
a = ALT(NM, 3, sum_nmx[1], '1283.4萬(wàn)人', 'women 1223.4 → 1283.4')
S.rel('sum', I, R(a, sum_nmx, sum_nmx[1], '1283.4萬(wàn)人'), 'altered: 1305.2 + 1283.4 = 2588.6, not 2528.6 (breaks {B})')
a = ALT(NM, 4, sh_nm[2], '65.0%', 'urbanisation 62.0% → 65.0%')
S.rel('share', I, R(a, sh_nm, sh_nm[2], '65.0%'), 'altered: 1568.2 / 2528.6 = 62.0%, not 65.0% (breaks {B})')
a = ALT(ZX, 3, sh_zd[0], '254人', 'deaths 224 → 254')
S.rel('share', I, R(a, sh_zd, sh_zd[0], '254人'), 'altered: 254 / 71293 = 3.56‰, not 3.14 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

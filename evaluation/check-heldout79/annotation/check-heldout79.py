"""Check key, set check-heldout79. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout79.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout79'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

BT1='bt_2015q1_hant.txt'; BT3='bt_2015q3.txt'; YC='yc_2021.txt'; HEN='hen_2012q1.txt'; YY21='yy_2021.txt'; YY19='yy_2019m7.txt'
ZJ='zj_2016_hant.txt'; XJ='xj_2013m7.txt'; WL='wlmq_2013m7.txt'; GR='grain_2014.txt'; JY='jy_2018.txt'; GS='gs_2020.txt'
LN='ln_2020.txt'; HB='hb_2019q1_hant.txt'; QI='qi_2017m7.txt'

# ---- 新疆生产建设兵团 Q1 2015 (traditional, inline pinyin)
b_ag = F(BT1, '45.61億'); b_an = F(BT1, '32.89億'); b_anp = F(BT1, '72%')
b_ind = F(BT1, '84.89億'); b_l = F(BT1, '28.70億'); b_h = F(BT1, '56.19億')
b_gdpg = F(BT1, '14.6%'); b_indg = F(BT1, '18.7%'); b_inv = F(BT1, '24.9%')
S.rel('share', C, [b_an, b_ag, b_anp], 'animal husbandry 32.89/45.61 = 72.1% → 72')
sum_bt = [b_l, b_h, b_ind]
S.rel('sum', C, sum_bt, 'light 28.70 + heavy 56.19 = 84.89 (industry above scale)')
S.rel('growth', U, [b_gdpg, F(BT1, '1.5%')], 'GDP +14.6%, "回落1.5%" against Q1 2014: the Q1 2014 rate is not stated (and the 1.5 is points written as %)')
S.rel('growth', U, [b_inv, F(BT1, '10.4%')], 'investment +24.9%, 10.4 below Q1 2014: the 2014 rate is not stated')
S.rel('rate', U, [b_l, F(BT1, '12.9%'), b_h, F(BT1, '21.8%'), b_ind, b_indg], 'current-price light/heavy levels deflated by real rates give about 18.6%: base weights not stated; not a check')
S.rel('restatement', U, [F(BT1, '32.6%'), F(BT1, '32.5%')], 'greenhouse vegetables +32.6% vs facility agriculture output +32.5%: neighbouring numbers, different indicators')
a = ALT(BT1, 1, b_an, '35.89億', 'animal husbandry output 32.89 → 35.89')
S.rel('share', I, [on(a, b_an, '35.89億'), on(a, b_ag), on(a, b_anp)], 'altered: 35.89/45.61 = 78.7%, not 72 (breaks {B})')
a = ALT(BT1, 2, b_h, '58.19億', 'heavy industry value added 56.19 → 58.19')
S.rel('sum', I, R(a, sum_bt, b_h, '58.19億'), 'altered: 28.70 + 58.19 = 86.89, not 84.89 (breaks {B})')

# ---- 兵团 Q1–Q3 2015 (news); pair with the Q1 release above
c_inv1 = F(BT3, '24.9%'); c_ind = F(BT3, '15.5%'); c_h1 = F(BT3, '3.2个')
S.rel('restatement', C, [b_inv, c_inv1], '兵团 Q1 2015 investment growth 24.9% in the Q1 release, restated in the Q1–Q3 release ("以一季度增长24.9%起步")')
S.rel('restatement', U, [b_indg, c_ind, c_h1], 'industry Q1 +18.7% (Q1 release); Q1–Q3 +15.5%, 3.2 points below H1: 15.5 + 3.2 = 18.7 is the H1 rate, not the Q1 rate; H1 is not stated anywhere')
S.rel('restatement', U, [b_gdpg, F(BT3, '12.1%')], 'GDP Q1 +14.6% vs Q1–Q3 +12.1%: same place and year, different spans')
S.rel('growth', U, [F(BT3, '12.1%'), F(BT3, '5.2个')], '+12.1%, 5.2 points above the nation: the national rate is not stated')
S.rel('growth', U, [F(BT3, '18.9%'), F(BT3, '18.2个'), F(BT3, '6.5个')], 'infrastructure +18.9%, 18.2 points above total investment (implied +0.7%, not stated), pulling total investment by 6.5 points: a contribution; the infrastructure share of the base is not stated')
S.rel('share', U, [F(BT3, '642.61亿元'), F(BT3, '46.4%'), F(BT3, '561.82亿元')], 'new projects 642.61 = 46.4% of total investment (total not stated; "三季度" may be the quarter or Q1–Q3) and infrastructure 561.82: overlapping subsets, no split')
S.rel('growth', U, [c_ind, F(BT3, '4.7个'), F(BT3, '9.3个')], 'industry +15.5%, 4.7 below last year and 9.3 above the nation: neither reference rate is stated')
a = ALT(BT3, 1, c_inv1, '21.9%', 'Q1 investment growth restated 24.9 → 21.9')
S.rel('restatement', I, [b_inv, on(a, c_inv1, '21.9%')], 'altered: the Q1 release says 24.9%, the copy restates 21.9% (breaks {B})')

# ---- 伊川县 (洛阳, 河南) 2021 budget execution (county)
y_rb = F(YC, '21.06亿元'); y_r = F(YC, '21.87亿元'); y_rp = F(YC, '103.8%')
y_eb0 = F(YC, '35.81亿元'); y_eb = F(YC, '45.12亿元'); y_e = F(YC, '36.96亿元')
y_fb = F(YC, '20.65亿元'); y_f = F(YC, '17.07亿元'); y_fp = F(YC, '82.6%')
y_feb = F(YC, '19.44亿元'); y_fe = F(YC, '15.17亿元'); y_fep = F(YC, '78%')
y_cb = F(YC, '17.36亿元'); y_c = F(YC, '17.18亿元'); y_cp = F(YC, '99%')
S.rel('share', C, [y_r, y_rb, y_rp], 'county revenue 21.87/21.06 = 103.85% → 103.8')
S.rel('share', C, [y_f, y_fb, y_fp], 'fund revenue 17.07/20.65 = 82.66% (rounds to 82.7); with the inputs to 0.005 it reaches 82.62: stated 82.6 keyed consistent (judgement call)')
S.rel('share', C, [y_fe, y_feb, y_fep], 'fund spending 15.17/19.44 = 78.0%')
S.rel('share', C, [y_c, y_cb, y_cp], 'county-level revenue 17.18/17.36 = 98.96% → 99')
S.rel('target', M, [y_rb, y_r], '伊川县 2021 general revenue budget 21.06亿, result 21.87亿 (103.8%): met')
S.rel('target', MS, [y_fb, y_f], '伊川县 2021 fund revenue budget 20.65亿, result 17.07亿 (82.6%): missed')
S.rel('target', MS, [y_cb, y_c], '伊川县 county-level 2021 revenue target 17.36亿, result 17.18亿 (99%): missed')
S.rel('target', MS, [y_eb, y_e], 'general spending: adjusted budget 45.12亿, executed 36.96亿 (81.9%): below plan')
S.rel('target', U, [y_eb0, y_e], 'spending budget first approved 35.81亿 vs 36.96亿 spent: the budget was raised to 45.12 during the year; spending above the superseded figure is not "met"')
S.rel('target', U, [y_rb, y_c], 'whole-county revenue budget 21.06 vs county-level (县本级) result 17.18: different scopes')
S.rel('growth', U, [y_r, F(YC, '11.9%')], 'revenue +11.9%: the 2020 level is not stated')
a = ALT(YC, 1, y_rp, '106.8%', 'revenue as % of budget 103.8 → 106.8')
S.rel('share', I, [on(a, y_r), on(a, y_rb), on(a, y_rp, '106.8%')], 'altered: 21.87/21.06 = 103.8%, not 106.8 (breaks {B})')
a = ALT(YC, 2, y_fep, '73%', 'fund spending as % of adjusted budget 78 → 73')
S.rel('share', I, [on(a, y_fe), on(a, y_feb), on(a, y_fep, '73%')], 'altered: 15.17/19.44 = 78%, not 73 (breaks {B})')
a = ALT(YC, 3, y_c, '17.78亿元', 'county-level revenue 17.18 → 17.78')
S.rel('share', I, [on(a, y_c, '17.78亿元'), on(a, y_cb), on(a, y_cp)], 'altered: 17.78/17.36 = 102.4%, not 99 (breaks {B})')

# ---- 河南 Q1 2012 fiscal figures (province, 河南日报)
h_e = F(HEN, '1045.4亿元', n=0); h_e2 = F(HEN, '1045.4亿元', n=1); h_m = F(HEN, '758.5亿元'); h_mp = F(HEN, '72.6%')
h_t = F(HEN, '823.3亿元'); h_tb = F(HEN, '3165亿元'); h_tp = F(HEN, '26%')
h_l = F(HEN, '493.9亿元'); h_lb = F(HEN, '1946亿元'); h_lp = F(HEN, '25.4%')
S.rel('share', C, [h_m, h_e, h_mp], 'livelihood spending 758.5/1045.4 = 72.56% → 72.6')
S.rel('share', C, [h_t, h_tb, h_tp], 'total revenue 823.3/3165 = 26.01% → 26')
S.rel('share', C, [h_l, h_lb, h_lp], 'local budget revenue 493.9/1946 = 25.38% → 25.4')
S.rel('restatement', C, [h_e, h_e2], 'Q1 spending 1045.4亿 stated twice')
S.rel('target', CT, [h_tb, h_t], '河南 2012 total revenue plan 3165亿 (full year); only Q1 (823.3亿, 26%) is reported: cannot tell')
S.rel('target', U, [h_tb, h_l], 'plan for total fiscal revenue (财政总收入) vs local budget revenue: different indicators (the local revenue has its own budget, 1946)')
S.rel('share', U, [h_l, h_t], 'local budget revenue 493.9 is part of total revenue 823.3 (60%): no share is stated')
S.rel('growth', U, [h_e2, F(HEN, '19.8%')], 'spending +19.8%: the Q1 2011 level is not stated')
a = ALT(HEN, 1, h_m, '788.5亿元', 'livelihood spending 758.5 → 788.5')
S.rel('share', I, [on(a, h_m, '788.5亿元'), on(a, h_e), on(a, h_mp)], 'altered: 788.5/1045.4 = 75.4%, not 72.6 (breaks {B})')
a = ALT(HEN, 2, h_lp, '23.4%', 'local revenue as % of budget 25.4 → 23.4')
S.rel('share', I, [on(a, h_l), on(a, h_lb), on(a, h_lp, '23.4%')], 'altered: 493.9/1946 = 25.4%, not 23.4 (breaks {B})')
a = ALT(HEN, 3, h_e2, '1048.4亿元', 'second statement of Q1 spending 1045.4 → 1048.4')
S.rel('restatement', I, [on(a, h_e), on(a, h_e2, '1048.4亿元')], 'altered: 1045.4 vs 1048.4 for the same Q1 spending (breaks {B})')

# ---- 2021 national fisheries bulletin (农业农村部)
ft = F(YY21, '29689.73亿元'); f1 = F(YY21, '15158.63亿元'); f2 = F(YY21, '6155.16亿元'); f3 = F(YY21, '8375.93亿元')
fp1 = F(YY21, '51.1'); fp2 = F(YY21, '20.7'); fp3 = F(YY21, '28.2')
fm1 = F(YY21, '2303.72亿元'); fm2 = F(YY21, '4301.70亿元'); fm3 = F(YY21, '336.56亿元'); fm4 = F(YY21, '7473.75亿元'); fm5 = F(YY21, '742.90亿元')
fsw = F(YY21, '45.8'); ffw = F(YY21, '54.2'); fac = F(YY21, '81.7'); fca = F(YY21, '18.3')
fi = F(YY21, '23442.13元'); fid = F(YY21, '1604.97元'); fig = F(YY21, '7.35%')
sum_f = [f1, f2, f3, ft]; sum_fp = [fp1, fp2, fp3]; sum_fm = [fm1, fm2, fm3, fm4, fm5, f1]
S.rel('sum', C, sum_f, '15158.63 + 6155.16 + 8375.93 = 29689.72, stated 29689.73 (inside the allowance of three inputs)')
S.rel('share', C, [f1, ft, fp1], '15158.63/29689.73 = 51.06% → 51.1')
S.rel('sum', C, sum_fp, '51.1 + 20.7 + 28.2 = 100')
S.rel('sum', C, sum_fm, 'fishery output: 2303.72 + 4301.70 + 336.56 + 7473.75 + 742.90 (seedlings) = 15158.63')
S.rel('share', C, [fm1, fm2, fm3, fm4, fsw], 'excluding seedlings: marine (2303.72 + 4301.70) / 14415.73 = 45.82% → 45.8')
S.rel('share', C, [fm2, fm4, fm1, fm3, fac], 'excluding seedlings: aquaculture (4301.70 + 7473.75) / 14415.73 = 81.68% → 81.7')
S.rel('growth', C, [fi, fid, fig], 'income +1604.97 on 21837.16 = 7.35%')
S.rel('growth', U, [F(YY21, '835.56亿元'), F(YY21, '1.19%')], 'leisure fishery 835.56, +1.19%: the 2020 level is not stated')
S.rel('growth', U, [F(YY21, '6690.29万吨'), F(YY21, '2.16%')], 'output 6690.29万吨, +2.16%: the 2020 level is not stated')
S.rel('rate', U, [F(YY21, '近1万户'), fi], 'income per head from a survey of about 10000 households: the sample is not the population; nothing to multiply')
a = ALT(YY21, 1, fp1, '53.1', 'primary share of fishery economy 51.1 → 53.1')
S.rel('share', I, [on(a, f1), on(a, ft), on(a, fp1, '53.1')], 'altered: 15158.63/29689.73 = 51.1%, not 53.1 (breaks {B})')
S.rel('sum', I, [on(a, fp1, '53.1'), on(a, fp2), on(a, fp3)], 'altered: 53.1 + 20.7 + 28.2 = 102 (breaks {B})')
a = ALT(YY21, 2, fid, '1804.97元', 'income increase 1604.97 → 1804.97')
S.rel('growth', I, [on(a, fi), on(a, fid, '1804.97元'), on(a, fig)], 'altered: +1804.97 on 21637.16 is 8.34%, not 7.35 (breaks {B})')
a = ALT(YY21, 3, fm4, '7478.75亿元', 'freshwater aquaculture output 7473.75 → 7478.75')
S.rel('sum', I, R(a, sum_fm, fm4, '7478.75亿元'), 'altered: the five parts add to 15163.63, not 15158.63 (breaks {B})')

# ---- national fisheries January–July 2019 (农业农村部 analysis; output from 20 provinces)
g_t = F(YY19, '2934.98万吨'); g1 = F(YY19, '407.36万吨'); g2 = F(YY19, '1042.17万吨'); g3 = F(YY19, '72.02万吨'); g4 = F(YY19, '1413.43万吨')
g_im = F(YY19, '87.19亿美元'); g_img = F(YY19, '30.89%'); g_ex = F(YY19, '100.84亿美元'); g_exg = F(YY19, '2.85%')
g_s = F(YY19, '13.65亿美元'); g_sg = F(YY19, '63.29%')
sum_g = [g1, g2, g3, g4, g_t]
S.rel('sum', C, sum_g, '407.36 + 1042.17 + 72.02 + 1413.43 = 2934.98')
S.rel('sum', C, [g_im, g_s, g_ex], 'trade surplus: exports 100.84 − imports 87.19 = 13.65亿美元')
S.rel('growth', C, [g_im, g_img, g_ex, g_exg, g_s, g_sg], 'last year: exports 100.84/0.9715 = 103.80, imports 87.19/1.3089 = 66.61, surplus 37.19; 13.65/37.19 − 1 = −63.29%')
S.rel('rate', U, [F(YY19, '23.55元'), F(YY19, '582.52万吨'), F(YY19, '1251.25亿元')], 'average price 23.55元/公斤 from 80 markets; 1251.25亿 / 582.52万吨 = 21.5元/公斤 from another sample of 47 markets: different samples, not a check')
S.rel('restatement', U, [g_t, F(YY21, '6690.29万吨')], '2934.98万吨 (20 provinces, January–July 2019) vs 6690.29万吨 (nation, 2021): other scope and period')
S.rel('growth', U, [g_t, F(YY19, '0.03%')], 'output −0.03%: last year’s level is not stated')
a = ALT(YY19, 1, g2, '1012.17万吨', 'mariculture output 1042.17 → 1012.17')
S.rel('sum', I, R(a, sum_g, g2, '1012.17万吨'), 'altered: parts add to 2904.98, not 2934.98 (breaks {B})')
a = ALT(YY19, 2, g_sg, '68.29%', 'fall of the trade surplus 63.29 → 68.29')
S.rel('growth', I, [on(a, g_im), on(a, g_img), on(a, g_ex), on(a, g_exg), on(a, g_s), on(a, g_sg, '68.29%')], 'altered: 13.65 on last year’s 37.19 is −63.3%, not −68.29 (breaks {B})')

# ---- 芷江侗族自治县 (怀化, 湖南) 2016 work report, review of 2013–2016 (traditional, glyph pairs)
z_r0 = F(ZJ, '5.05億元'); z_r1 = F(ZJ, '7.17億元'); z_l0 = F(ZJ, '3.57億元'); z_l1 = F(ZJ, '4.86億元')
z_rg = F(ZJ, '9.15%'); z_lg = F(ZJ, '5.78%')
S.rel('growth', C, [z_r0, z_r1, z_rg], 'budget revenue 5.05 → 7.17 over the four years 2012→2016: 1.4198^(1/4) − 1 = 9.16% (9.11–9.20 with the inputs to 0.005), stated 9.15')
S.rel('growth', I, [z_l0, z_l1, z_lg], 'REAL ERROR in the original: local revenue 3.57 → 4.86 over the same four years is 8.0% a year (7.95–8.08 with the allowance), not 5.78 (5.78% would need about 5.5 years)')
S.rel('growth', U, [F(ZJ, '99.3億元'), F(ZJ, '8.5%')], 'GDP 99.3亿, 8.5% a year: the 2012 level is not stated (and the rate is real)')
S.rel('growth', U, [F(ZJ, '200.35億元'), F(ZJ, '22.4%')], 'investment 200.35亿 is a four-year cumulative sum; its 22.4% yearly growth refers to yearly levels that are not stated')
S.rel('growth', U, [F(ZJ, '123.68億元'), F(ZJ, '12.5%')], 'retail sales 123.68亿 cumulative, 12.5% a year: yearly levels not stated')
a = ALT(ZJ, 1, z_rg, '9.75%', 'yearly growth of budget revenue 9.15 → 9.75')
S.rel('growth', I, [on(a, z_r0), on(a, z_r1), on(a, z_rg, '9.75%')], 'altered: 5.05 → 7.17 in four years is 9.16% a year, not 9.75 (breaks {B})')
a = ALT(ZJ, 2, z_r1, '7.77億元', 'budget revenue 2016 7.17 → 7.77')
S.rel('growth', I, [on(a, z_r0), on(a, z_r1, '7.77億元'), on(a, z_rg)], 'altered: 5.05 → 7.77 in four years is 11.4% a year, not 9.15 (breaks {B})')

# ---- 新疆 autonomous-region key projects, January–July 2013
x_t = F(XJ, '1835.94亿元'); x_tt = F(XJ, '逾1800亿元')
xp = [F(XJ, '832.67亿元'), F(XJ, '231.48亿元'), F(XJ, '743.77亿元'), F(XJ, '28.03亿元')]
xs = [F(XJ, '45.4%'), F(XJ, '12.6%'), F(XJ, '40.5%'), F(XJ, '1.5%')]
x_n = F(XJ, '198亿元'); x_np = F(XJ, '10.8%')
S.rel('sum', C, xp + [x_t], '832.67 + 231.48 + 743.77 + 28.03 = 1835.95, stated 1835.94 (inside the allowance)')
for p, s, w in zip(xp[:2], xs[:2], ('45.35% → 45.4', '12.61% → 12.6')):
    S.rel('share', C, [p, x_t, s], 'share of key-project investment: ' + w)
S.rel('sum', C, xs, '45.4 + 12.6 + 40.5 + 1.5 = 100')
S.rel('share', C, [x_n, x_t, x_np], 'new projects 198/1835.94 = 10.78% → 10.8')
S.rel('restatement', C, [x_tt, x_t], 'headline "逾1800亿元" restates 1835.94亿')
S.rel('share', U, [x_t, F(XJ, '三分之二'), F(XJ, '61.2%')], '61.2% of the annual target ("近三分之二"): the annual target is not stated, so neither figure can be checked; 61.2 < 66.7 fits "近"')
a = ALT(XJ, 1, xp[0], '862.67亿元', 'new-industrialisation investment 832.67 → 862.67')
S.rel('sum', I, R(a, xp + [x_t], xp[0], '862.67亿元'), 'altered: parts add to 1865.95, not 1835.94 (breaks {B})')
S.rel('share', I, [on(a, xp[0], '862.67亿元'), on(a, x_t), on(a, xs[0])], 'altered: 862.67/1835.94 = 47.0%, not 45.4 (breaks {B})')
a = ALT(XJ, 2, x_np, '16.8%', 'new projects’ share 10.8 → 16.8')
S.rel('share', I, [on(a, x_n), on(a, x_t), on(a, x_np, '16.8%')], 'altered: 198/1835.94 = 10.8%, not 16.8 (breaks {B})')

# ---- 乌鲁木齐 new and ongoing projects to July 2013 (prefecture city)
w_a = [F(WL, '10项'), F(WL, '9项'), F(WL, '90.0%')]
w_ap = [F(WL, '6.71亿元'), F(WL, '11.64亿元'), F(WL, '173.4%')]
w_b = [F(WL, '44项'), F(WL, '33项'), F(WL, '75.0%')]
w_bp = [F(WL, '141.46亿元'), F(WL, '44.1亿元'), F(WL, '31.2%')]
w_c = [F(WL, '45项'), F(WL, '41项'), F(WL, '91.1%')]
w_cp = [F(WL, '121.39亿元'), F(WL, '71.71亿元'), F(WL, '59.1%')]
S.rel('share', C, w_ap, '11.64/6.71 = 173.5%; with the inputs to 0.005 it reaches 173.3, so 173.4 is inside: consistent')
S.rel('share', C, w_b, 'road projects started 33 of 44 = 75.0%')
S.rel('share', C, w_bp, 'roads 44.1/141.46 = 31.17% → 31.2')
S.rel('share', C, w_cp, 'housing 71.71/121.39 = 59.07% → 59.1')
S.rel('target', M, [w_ap[0], w_ap[1]], '乌鲁木齐 2013 village/water projects: annual plan 6.71亿, 11.64亿 done by July (cumulative, 173.4%): the year’s plan is already met')
S.rel('target', CT, [w_bp[0], w_bp[1]], '乌鲁木齐 2013 road projects: annual plan 141.46亿, 44.1亿 by July (31.2%): the year is not over, cannot tell')
S.rel('share', U, [F(WL, '436项'), F(WL, '85.8%'), F(WL, '379项'), F(WL, '85.4%')], 'all projects 436 (开工率85.8%) and government projects "开工379项" (85.4%): whether 436 counts planned or started projects is not stated (379 started would exceed 85.8% of 436 = 374); bases unclear, not a check')
S.rel('share', U, [F(WL, '367.61亿元'), F(WL, '46.7%'), F(WL, '202.71亿元'), F(WL, '41.1%')], 'all projects 46.7% and government projects 41.1% of their annual plans: the plans are not stated; government projects are a subset, not a split')
S.rel('share', U, [F(WL, '367.61亿元'), x_t], '乌鲁木齐 projects 367.61亿 vs 新疆 key projects 1835.94亿 (both to July 2013): overlapping, differently defined scopes; no share is stated')
a = ALT(WL, 1, w_cp[2], '54.1%', 'housing completion rate 59.1 → 54.1')
S.rel('share', I, [on(a, w_cp[0]), on(a, w_cp[1]), on(a, w_cp[2], '54.1%')], 'altered: 71.71/121.39 = 59.1%, not 54.1 (breaks {B})')
a = ALT(WL, 2, w_b[0], '47项', 'road projects 44 → 47')
S.rel('share', I, [on(a, w_b[0], '47项'), on(a, w_b[1]), on(a, w_b[2])], 'altered: 33 of 47 = 70.2%, not 75.0 (breaks {B})')

# ---- 国家统计局 2014 grain output announcement (nation)
r_a = F(GR, '112738.3千公顷'); r_am = F(GR, '169107.4万亩'); r_ad = F(GR, '782.7千公顷'); r_adm = F(GR, '1174.1万亩'); r_ag = F(GR, '0.7%')
r_y = F(GR, '5385公斤'); r_ym = F(GR, '359公斤'); r_yd = F(GR, '8.4公斤'); r_yg = F(GR, '0.2%')
r_o = F(GR, '60709.9万吨'); r_oj = F(GR, '12142亿斤'); r_od = F(GR, '516万吨'); r_odj = F(GR, '103.2亿斤'); r_og = F(GR, '0.9%', n=1)
r_ca = F(GR, '94622.8千公顷'); r_cad = F(GR, '854.1千公顷'); r_cag = F(GR, '0.9%', n=0)
r_co = F(GR, '55726.9 万吨'); r_cod = F(GR, '457.7万吨'); r_cog = F(GR, '0.8%')
S.rel('restatement', C, [r_a, r_am], 'sown area 112738.3千公顷 × 1.5 = 169107.45万亩 → 169107.4')
S.rel('growth', C, [r_a, r_ad, r_ag], 'area +782.7 on 111955.6 = 0.70%')
S.rel('restatement', C, [r_y, r_ym], 'yield 5385 kg/ha ÷ 15 = 359 kg/亩')
S.rel('growth', C, [r_y, r_yd, r_yg], 'yield +8.4 on 5376.6 = 0.16% → 0.2')
S.rel('restatement', C, [r_o, r_oj], 'output 60709.9万吨 × 0.2 = 12141.98 → 12142亿斤')
S.rel('growth', C, [r_o, r_od, r_og], 'output +516 on 60193.9 = 0.86% → 0.9')
S.rel('restatement', C, [r_od, r_odj], 'increase 516万吨 = 103.2亿斤')
S.rel('rate', C, [r_y, r_a, r_o], 'yield × area: 5385 kg/ha × 112738.3千公顷 = 60709.6万吨, stated 60709.9 (inside the yield’s half-unit)')
S.rel('growth', C, [r_ag, r_yg, r_og], 'area +0.7% and yield +0.2% compound to +0.86% (1.0070 × 1.0016), output +0.9%: consistent')
S.rel('restatement', U, [r_cag, r_og], 'cereal area +0.9% and grain output +0.9%: different indicators sharing a number')
S.rel('share', U, [r_ca, r_a], 'cereal area 94622.8 of grain area 112738.3 (83.9%): no share is stated')
a = ALT(GR, 1, r_og, '0.6%', 'grain output growth 0.9 → 0.6')
S.rel('growth', I, [on(a, r_o), on(a, r_od), on(a, r_og, '0.6%')], 'altered: +516 on 60193.9 is 0.86%, not 0.6 (breaks {B})')
S.rel('growth', I, [on(a, r_ag), on(a, r_yg), on(a, r_og, '0.6%')], 'altered: area +0.7% and yield +0.2% compound to +0.86%, not 0.6 (breaks {B})')
a = ALT(GR, 2, r_am, '169187.4万亩', 'sown area in 亩 169107.4 → 169187.4')
S.rel('restatement', I, [on(a, r_a), on(a, r_am, '169187.4万亩')], 'altered: 112738.3千公顷 is 169107.45万亩, not 169187.4 (breaks {B})')
a = ALT(GR, 3, r_ym, '353公斤', 'yield per 亩 359 → 353')
S.rel('restatement', I, [on(a, r_y), on(a, r_ym, '353公斤')], 'altered: 5385 kg/ha is 359 kg/亩, not 353 (breaks {B})')

# ---- 泾源县 (固原, 宁夏) 2018 statistical bulletin (county)
j_t = F(JY, '184413万元'); j1 = F(JY, '29811万元'); j2 = F(JY, '62947万元'); j3 = F(JY, '91655万元')
js = [F(JY, '16.2', post=':'), F(JY, '34.1'), F(JY, '49.7')]; js0 = [F(JY, '17.1'), F(JY, '32.4'), F(JY, '50.5')]
jd = [F(JY, '0.9个'), F(JY, '1.7个'), F(JY, '0.8个')]
jtab = {k: F(JY, k, pre=' ', post=' ') for k in ('37554', '8848', '54099', '5232', '9100', '3907', '11082', '4257', '50335', '11285', '39050')}
j_tt = F(JY, '184413', pre='全县地区生产总值 ')
S.rel('sum', C, [j1, j2, j3, j_t], '29811 + 62947 + 91655 = 184413')
for x, s, w in zip((j1, j2, j3), js, ('16.17% → 16.2', '34.13% → 34.1', '49.70% → 49.7')):
    S.rel('share', C, [x, j_t, s], 'structure 2018: ' + w)
S.rel('sum', C, js, '16.2 + 34.1 + 49.7 = 100')
for a0, a1, d, w in zip(js0[1:], js[1:], jd[1:], ('34.1 − 32.4 = +1.7', '49.7 − 50.5 = −0.8')):
    S.rel('growth', C, [a0, a1, d], 'share change ' + w + ' points')
S.rel('sum', C, [jtab['8848'], jtab['54099'], j2], 'table: industry 8848 + construction 54099 = secondary 62947')
S.rel('sum', C, [jtab['11285'], jtab['39050'], jtab['50335']], 'table: market services 11285 + non-market 39050 = other services 50335')
S.rel('sum', C, [jtab[k] for k in ('37554', '8848', '54099', '5232', '9100', '3907', '11082', '4257', '50335')] + [j_tt], 'table: the nine sectors add to 184414 vs 184413 (inside the allowance of nine rounded inputs)')
S.rel('restatement', U, [jtab['37554'], j1], 'farming/forestry/animal/fishery 37554 vs primary industry 29811: the sector includes support services (7743) counted in the tertiary industry; different scopes')
S.rel('rate', U, [j_t, F(JY, '102408人'), F(JY, '18101元')], '184413万元 / 102408 year-end residents = 18008元 vs stated 18101: per-capita GDP uses the mean population, which is not stated')
S.rel('growth', U, [F(JY, '14.5%'), F(JY, '6.0%', n=0)], 'per-capita GDP +14.5% vs GDP +6.0%: only possible with a falling population that is not stated (or a census revision); not a check')
a = ALT(JY, 1, jd[1], '1.4个', 'rise of the secondary share 1.7 → 1.4 points')
S.rel('growth', I, [on(a, js0[1]), on(a, js[1]), on(a, jd[1], '1.4个')], 'altered: 34.1 − 32.4 = 1.7, not 1.4 (breaks {B})')
a = ALT(JY, 2, js[2], '48.7', 'tertiary share 49.7 → 48.7')
S.rel('share', I, [on(a, j3), on(a, j_t), on(a, js[2], '48.7')], 'altered: 91655/184413 = 49.7%, not 48.7 (breaks {B})')
S.rel('sum', I, [on(a, js[0]), on(a, js[1]), on(a, js[2], '48.7')], 'altered: 16.2 + 34.1 + 48.7 = 99 (breaks {B})')
S.rel('growth', I, [on(a, js0[2]), on(a, js[2], '48.7'), on(a, jd[2])], 'altered: 48.7 − 50.5 = −1.8, not −0.8 (breaks {B})')
a = ALT(JY, 3, jtab['11285'], '11785', 'market services 11285 → 11785 (table)')
S.rel('sum', I, [on(a, jtab['11285'], '11785'), on(a, jtab['39050']), on(a, jtab['50335'])], 'altered: 11785 + 39050 = 50835, not 50335 (breaks {B})')

# ---- a 甘肃 county, 2020 statistical bulletin
k_t = F(GS, '59.61亿元'); k1 = F(GS, '18.85亿元'); k2 = F(GS, '9.07亿元'); k3 = F(GS, '31.7亿元')
ks = [F(GS, '31.6'), F(GS, '15.2'), F(GS, '53.2')]; ks0 = [F(GS, '27.87'), F(GS, '19.14', post=':'), F(GS, '52.98')]
k_eco = F(GS, '10.12亿元'); k_ecop = F(GS, '17%')
k_ag = F(GS, '19.14', post=' |'); k_agx = F(GS, '0.29'); k_ind = F(GS, '6.9', post=' |'); k_m1 = F(GS, '0.03'); k_m2 = F(GS, '0.09'); k_con = F(GS, '2.29')
k_t2 = F(GS, '18.85', post=' |'); k_s2 = F(GS, '9.07', post=' |')
S.rel('sum', C, [k1, k2, k3, k_t], '18.85 + 9.07 + 31.7 = 59.62, stated 59.61 (31.7 carries ±0.05)')
for x, s, w in zip((k2,), ks[1:2], ('15.22% → 15.2',)):
    S.rel('share', C, [x, k_t, s], 'structure 2020: ' + w)
S.rel('sum', C, ks, '31.6 + 15.2 + 53.2 = 100')
S.rel('sum', C, ks0, '2019 structure 27.87 + 19.14 + 52.98 = 99.99 (inside the allowance of three inputs to 0.005)')
S.rel('share', C, [k_eco, k_t, k_ecop], 'ten eco-industries 10.12/59.61 = 16.98% → 17')
S.rel('sum', C, [k_agx, k_t2, k_ag], 'table: farming sector 19.14 = primary industry 18.85 + support services 0.29 (counted in the tertiary industry)')
S.rel('sum', C, [k_ind, k_m1, k_m2, k_con, k_s2], 'table: secondary 9.07 = industry 6.9 − mining support 0.03 − metal-product repair 0.09 + construction 2.29 (the two # items belong to the tertiary industry)')
S.rel('sum', U, [k_ind, k_con, k_s2], 'industry 6.9 + construction 2.29 = 9.19 ≠ 9.07: not a split of the secondary industry, the # items (0.12) are tertiary; no contradiction')
S.rel('restatement', U, [ks0[1], k_ag], '19.14 is the 2019 secondary share (%) and the 2020 farming sector (亿元): same digits, different things')
S.rel('growth', U, [k_ecop, F(GS, '0.58%')], 'eco-industry share 17%, up 0.58 (written %): last year’s share is not stated')
a = ALT(GS, 1, ks[1], '13.2', 'secondary share 15.2 → 13.2')
S.rel('share', I, [on(a, k2), on(a, k_t), on(a, ks[1], '13.2')], 'altered: 9.07/59.61 = 15.2%, not 13.2 (breaks {B})')
S.rel('sum', I, [on(a, ks[0]), on(a, ks[1], '13.2'), on(a, ks[2])], 'altered: 31.6 + 13.2 + 53.2 = 98 (breaks {B})')
a = ALT(GS, 2, k_eco, '11.12亿元', 'eco-industry value added 10.12 → 11.12')
S.rel('share', I, [on(a, k_eco, '11.12亿元'), on(a, k_t), on(a, k_ecop)], 'altered: 11.12/59.61 = 18.7%, not 17 (breaks {B})')
a = ALT(GS, 3, k_agx, '0.59', 'farming support services 0.29 → 0.59 (table)')
S.rel('sum', I, [on(a, k_agx, '0.59'), on(a, k_t2), on(a, k_ag)], 'altered: 18.85 + 0.59 = 19.44, not 19.14 (breaks {B})')

# ---- 洛南县 (商洛, 陕西) 2020 statistical bulletin (county)
l_t = F(LN, '118.54亿元'); l1 = F(LN, '22.93亿元'); l2 = F(LN, '43.19亿元'); l3 = F(LN, '52.42亿元')
ls = [F(LN, '19.3%'), F(LN, '36.4%'), F(LN, '44.2%')]
l_np = F(LN, '62.39亿元'); l_npp = F(LN, '52.63%')
l_g = F(LN, '124735吨'); l_s = F(LN, '31749吨'); l_a = F(LN, '92986吨')
S.rel('sum', C, [l1, l2, l3, l_t], '22.93 + 43.19 + 52.42 = 118.54')
for x, s, w in zip((l2, l3), ls[1:], ('36.43% → 36.4', '44.22% → 44.2')):
    S.rel('share', C, [x, l_t, s], 'share of GDP: ' + w)
S.rel('sum', C, ls, '19.3 + 36.4 + 44.2 = 99.9: rounding of three shares (±0.15), consistent with 100')
S.rel('share', C, [l_np, l_t, l_npp], 'non-public economy 62.39/118.54 = 52.63%')
S.rel('sum', C, [l_s, l_a, l_g], 'summer 31749 + autumn 92986 = 124735 t of grain')
S.rel('rate', U, [l1, F(LN, '2.9%', n=0), l2, F(LN, '35.8%'), l3, F(LN, '2.9%', n=1), l_t, F(LN, '18.7%')], 'current-price levels with real sector rates: 2019 weights not stated; not a check')
S.rel('share', U, [F(LN, '0.44亿元'), F(LN, '2亿元', pre='产值')], 'tobacco tax 0.44 on output 2亿 = 22%: the tax base and rate are not stated')
S.rel('restatement', U, [F(LN, '23.90亿元'), l1], 'farming-sector value added 23.90 vs primary industry 22.93: different scopes (support services)')
S.rel('restatement', U, [F(LN, '2.9%', n=0), F(LN, '2.9%', n=1)], 'primary +2.9% vs tertiary −2.9%: same digits, different indicators and signs')
a = ALT(LN, 1, ls[2], '46.2%', 'tertiary share 44.2 → 46.2')
S.rel('share', I, [on(a, l3), on(a, l_t), on(a, ls[2], '46.2%')], 'altered: 52.42/118.54 = 44.2%, not 46.2 (breaks {B})')
S.rel('sum', I, [on(a, ls[0]), on(a, ls[1]), on(a, ls[2], '46.2%')], 'altered: 19.3 + 36.4 + 46.2 = 101.9 (breaks {B})')
a = ALT(LN, 2, l_a, '92686吨', 'autumn grain 92986 → 92686')
S.rel('sum', I, [on(a, l_s), on(a, l_a, '92686吨'), on(a, l_g)], 'altered: 31749 + 92686 = 124435, not 124735 (breaks {B})')
a = ALT(LN, 3, l_npp, '58.63%', 'non-public share 52.63 → 58.63')
S.rel('share', I, [on(a, l_np), on(a, l_t), on(a, l_npp, '58.63%')], 'altered: 62.39/118.54 = 52.63%, not 58.63 (breaks {B})')

# ---- 湖北 Q1 2019 (province, news, traditional)
e_n = F(HB, '4311個'); e_nd = F(HB, '1792個'); e_ng = F(HB, '71.1%')
e_b = F(HB, '779個'); e_bd = F(HB, '439個'); e_bg = F(HB, '129.1%')
e_pull = F(HB, '5.0個'); e_ind = F(HB, '7.7%'); e_con = F(HB, '65.4%')
S.rel('growth', C, [e_n, e_nd, e_ng], 'new projects 4311, +1792 on 2519 = 71.1%')
S.rel('growth', C, [e_b, e_bd, e_bg], 'projects over 1亿 779, +439 on 340 = 129.1%')
S.rel('share', C, [e_pull, e_ind, e_con], 'five industries pull industry growth by 5.0 of 7.7 points: contribution 5.0/7.7 = 64.9% (63.9–66.0 with the allowance), stated 65.4')
S.rel('share', U, [F(HB, '33個'), F(HB, '41個')], '33 of 41 industries grew: no share is stated')
S.rel('share', U, [F(HB, '1984.14億元'), F(HB, '41.9%')], 'secondary-industry investment 1984.14 = 41.9% of investment: the total is not stated')
S.rel('growth', U, [F(HB, '9.1%'), F(HB, '13.3個')], 'exports +9.1%, 13.3 points above the nation: the national rate is not stated')
S.rel('restatement', U, [F(HB, '11.9%', n=0), F(HB, '11.9%', n=1)], 'chemicals +11.9% and building materials +11.9%: different industries sharing a number')
S.rel('restatement', U, [F(HB, '8.1%'), F(BT3, '12.1%')], '湖北 Q1 2019 GDP +8.1% vs 兵团 Q1–Q3 2015 +12.1%: different place and period')
a = ALT(HB, 1, e_nd, '1752個', 'increase in new projects 1792 → 1752')
S.rel('growth', I, [on(a, e_n), on(a, e_nd, '1752個'), on(a, e_ng)], 'altered: +1752 on 2559 = 68.5%, not 71.1 (breaks {B})')
a = ALT(HB, 2, e_con, '68.4%', 'contribution of five industries 65.4 → 68.4')
S.rel('share', I, [on(a, e_pull), on(a, e_ind), on(a, e_con, '68.4%')], 'altered: 5.0/7.7 = 64.9%, at most 66.0 with the allowance; not 68.4 (breaks {B})')

# ---- a 内蒙古 banner, January–July 2017 (progress against the year's targets)
q_g = F(QI, '73.95亿元'); q_gt = F(QI, '148.7亿元'); q_gp = F(QI, '50%', n=0)
q_r = F(QI, '3.39亿元'); q_rt = F(QI, '6.6亿元'); q_rp = F(QI, '51.3%')
q_s = F(QI, '17.64亿元'); q_st = F(QI, '35.36亿元'); q_sp = F(QI, '50%', n=1)
q_e = F(QI, '36522万千瓦时'); qe = [F(QI, '3302万'), F(QI, '24435万'), F(QI, '2136万'), F(QI, '6649万')]
q_ie = F(QI, '24432万'); q_iep = F(QI, '66.9%')
q_eg = F(QI, '7.0%'); q_e2g = F(QI, '10.6%'); q_e3g = F(QI, '25.2%'); q_d2 = F(QI, '3.6个'); q_d3 = F(QI, '18.2个')
q_ca = F(QI, '51.23万亩'); q_gr = F(QI, '82.75万亩'); q_cr = F(QI, '134万亩'); q_cad = F(QI, '1.73万亩'); q_cag = F(QI, '3.5%'); q_grd = F(QI, '0.04万亩'); q_grg = F(QI, '0.05%')
q_f = [F(QI, '3.03万亩'), F(QI, '2万亩'), F(QI, '0.7万亩'), F(QI, '5.73万亩')]
S.rel('share', C, [q_g, q_gt, q_gp], 'GDP 73.95 of the year’s 148.7 = 49.7% → 50%')
S.rel('share', C, [q_r, q_rt, q_rp], 'revenue 3.39/6.6 = 51.36% (50.9–51.8 with the allowance), stated 51.3')
S.rel('share', C, [q_s, q_st, q_sp], 'retail 17.64/35.36 = 49.9% → 50%')
S.rel('target', CT, [q_gt, q_g], 'banner 2017 GDP target 148.7亿; 73.95亿 by July: the year is not over, cannot tell')
S.rel('target', CT, [q_rt, q_r], 'banner 2017 revenue target 6.6亿; 3.39亿 by July: cannot tell')
S.rel('sum', C, qe + [q_e], 'electricity 3302 + 24435 + 2136 + 6649 = 36522万千瓦时')
S.rel('share', C, [q_ie, q_e, q_iep], 'industrial firms 24432/36522 = 66.9%')
S.rel('growth', C, [q_e2g, q_eg, q_d2], 'secondary use +10.6% − total +7.0% = 3.6 points')
S.rel('growth', C, [q_e3g, q_eg, q_d3], 'tertiary use +25.2% − 7.0% = 18.2 points')
S.rel('sum', C, [q_ca, q_gr, q_cr], 'cash crops 51.23 + grain 82.75 = 133.98 ≈ 134万亩')
S.rel('sum', U, [F(QI, '231.9万只'), F(QI, '10.8万头'), F(QI, '250.12万头')], 'sheep 231.9 + pigs 10.8 = 242.7 of 250.12 livestock: 其中 lists two kinds, not a split')
S.rel('share', U, [F(QI, '1.45亿千瓦时'), q_ie], 'one firm’s 1.45亿千瓦时 (14500万) of industrial use 24432万: no share is stated')
S.rel('growth', U, [F(QI, '54.23亿元'), F(QI, '63.13%')], 'investment 54.23亿 = 63.13% of a target that is not stated')
S.rel('target', U, [q_gt, j_t], 'the banner’s 2017 GDP target 148.7亿 vs 泾源县 2018 GDP 184413万元: other place and year')
a = ALT(QI, 1, qe[1], '24935万', 'secondary electricity use 24435 → 24935')
S.rel('sum', I, R(a, qe + [q_e], qe[1], '24935万'), 'altered: parts add to 37022, not 36522 (breaks {B})')
a = ALT(QI, 2, q_d3, '16.2个', 'tertiary gap 18.2 → 16.2 points')
S.rel('growth', I, [on(a, q_e3g), on(a, q_eg), on(a, q_d3, '16.2个')], 'altered: 25.2 − 7.0 = 18.2, not 16.2 (breaks {B})')
a = ALT(QI, 3, q_gr, '85.75万亩', 'grain area 82.75 → 85.75')
S.rel('sum', I, [on(a, q_ca), on(a, q_gr, '85.75万亩'), on(a, q_cr)], 'altered: 51.23 + 85.75 = 136.98, not 134 (breaks {B})')

# ---- further traps (added to bring the share of unrelated relations to about 35-40 %)
S.rel('sum', U, [b_an, F(BT1, '4.44億'), b_ag], 'animal husbandry 32.89 and facility agriculture 4.44 inside farming output 45.61: overlapping classifications, not a split')
S.rel('share', U, [F(BT3, '30.7%'), F(BT3, '32.7%'), F(BT3, '19.9%'), F(BT3, '超七成'), c_ind], 'three industries’ growth rates and their joint contribution "超七成": contribution is not share, and their weights are not stated')
S.rel('rate', U, [F(HEN, '23%'), F(HEN, '21.3%'), F(HEN, '42.8%'), F(HEN, '46%'), F(HEN, '27.8%'), F(HEN, '19.8%')], 'spending growth by function vs total +19.8%: the listed functions are a subset and their weights are not stated')
S.rel('share', U, [y_c, y_r], 'county-level revenue 17.18 inside whole-county revenue 21.87 (78.6%): no share is stated')
S.rel('growth', U, [y_f, F(YC, '9.5%')], 'fund revenue +9.5%: the 2020 level is not stated')
S.rel('restatement', U, [F(WL, '44.1亿元'), w_b[0]], '44.1亿元 (road investment) vs 44项 (road projects): same digits, different things')
S.rel('target', U, [F(XJ, '61.2%'), F(WL, '46.7%')], '新疆 key projects at 61.2% of their annual target vs 乌鲁木齐 projects at 46.7% of theirs: different places, programmes and targets')
S.rel('rate', U, [j1, F(JY, '4.0%', n=0), j2, F(JY, '4.1%'), j3, F(JY, '7.9%', n=0), j_t, F(JY, '6.0%', n=0)], 'current-price levels with real sector rates: 2017 weights not stated; not a check')
S.rel('restatement', U, [F(JY, '4.0%', n=0), F(JY, '4.0', pre='37554 ')], 'primary industry +4.0% vs farming sector +4.0 (table): different scopes that happen to share a rate')
S.rel('rate', U, [k1, F(GS, '4.5%'), k2, F(GS, '0.5%'), k3, F(GS, '2.0%'), k_t, F(GS, '2.3%')], 'current-price levels with real sector rates: 2019 weights not stated; not a check')
S.rel('growth', U, [F(LN, '42.77亿元'), F(LN, '2.8%'), F(LN, '23.90亿元'), F(LN, '3.0%')], 'farming gross output +2.8% vs farming value added +3.0%: different measures; intermediate inputs not stated')
S.rel('rate', U, [F(HB, '13.5%'), F(HB, '11.9%', n=0), F(HB, '9.4%'), F(HB, '11.9%', n=1), F(HB, '18.1%'), e_ind], 'five industries’ rates vs industry +7.7%: their weights are not stated; the industries are a subset')
S.rel('growth', U, [F(HB, '13.6%'), F(HB, '1984.14億元')], 'investment +13.6% and secondary-industry investment 1984.14: its own growth and last year’s level are not stated')
S.rel('share', U, [q_e2g, F(QI, '10.7%'), q_ie, qe[1]], 'industrial firms (24432, +10.7%) inside secondary use (24435, +10.6%): a subset, not a split; nothing to add')
S.rel('share', U, [F(QI, '63.13%'), q_gp], 'investment at 63.13% of its target vs GDP at 50%: different indicators and targets; the investment target is not stated')
S.rel('growth', U, [z_rg, F(ZJ, '8.5%')], 'revenue +9.15% a year (nominal) vs GDP +8.5% a year (real): different indicators, nominal vs real')
S.rel('restatement', U, [F(BT1, '7.0%'), q_eg], '兵团 Q1 2015 farming output +7.0% vs banner electricity Jan–Jul 2017 +7.0%: other place, period and indicator')
S.rel('restatement', U, [F(JY, '6.0%', n=0), F(GR, '0.7%')], 'unrelated documents: 泾源 GDP +6.0% (2018) vs national grain area +0.7% (2014)')
S.rel('share', U, [F(YY21, '835.56亿元'), f3], 'leisure fishery 835.56 inside services 8375.93 (10%): no share is stated')
S.rel('share', U, [F(YY19, '296.16万吨'), F(YY19, '206.31万吨')], 'import and export volumes 296.16 and 206.31万吨: no ratio or balance is stated')

# ---- cross-document traps
S.rel('target', U, [y_rb, h_l], '伊川县 2021 revenue budget vs 河南 Q1 2012 local revenue: other place, level and year')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

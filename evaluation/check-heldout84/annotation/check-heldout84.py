"""Check key, set check-heldout84. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout84.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout84'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

GD='gd_2003js.txt'; SC='sc_2006bud.txt'; LN='ln_2003.txt'; SD1='sd_2001.txt'; SD2='sd_2002_hant.txt'; SD3='sd_2003.txt'
JN='jn_2002.txt'; WH='wh_2006.txt'; NJ='nj_1999.txt'; XL='xl_2005bud.txt'; FT='ft_2002.txt'
SH7='sh_2007t_hant.txt'; SH8='sh_2008.txt'; SH9='sh_2009_hant.txt'; WZ='wz_1986.txt'

# ---- 广东 2003 provincial-level final accounts (report to the standing committee, 2004)
g_rev = F(GD, '413.48亿元'); g_bud = F(GD, '411.08亿元'); g_pct = F(GD, '100.58%'); g_over = F(GD, '2.4亿元')
g_kb = F(GD, '411.72亿元'); g_add = F(GD, '1.76亿元')
e_sp = F(GD, '411.15亿元'); e_bud = F(GD, '410.61亿元'); e_pct = F(GD, '100.13%'); e_over = F(GD, '0.54亿元')
S.rel('share', C, [g_rev, g_bud, g_pct], '413.48/411.08 = 100.584% → 100.58')
S.rel('sum', C, [g_bud, g_over, g_rev], 'budget 411.08 + 超收 2.4 = 413.48')
S.rel('sum', C, [g_kb, g_add, g_rev], 'flash figure 411.72 + 1.76 = final 413.48')
S.rel('share', C, [e_sp, e_bud, e_pct], '411.15/410.61 = 100.132% → 100.13')
S.rel('sum', C, [e_bud, e_over, e_sp], 'spending budget 410.61 + 超支 0.54 = 411.15')
S.rel('target', M, [g_bud, g_rev], '2003 provincial revenue: budget 411.08 vs final 413.48 (100.58%): met')
S.rel('target', U, [e_bud, e_sp], 'spending budget 410.61 vs 411.15 spent (超支): a spending budget is a plan/ceiling, overspending is not a goal met; not a target check')
S.rel('restatement', U, [g_kb, g_rev], 'flash figure 411.72 (Feb 2004) vs final accounts 413.48: same indicator, different status (快报 vs 决算), the gap is explained; not a restatement')
a = ALT(GD, 1, g_over, '2.7亿元', 'over-collection 2.4 → 2.7')
S.rel('sum', I, [on(a, g_bud), on(a, g_over, '2.7亿元'), on(a, g_rev)], 'altered: 411.08 + 2.7 = 413.78, not 413.48 (breaks {B})')
a = ALT(GD, 2, e_pct, '100.18%', 'spending as share of budget 100.13 → 100.18')
S.rel('share', I, [on(a, e_sp), on(a, e_bud), on(a, e_pct, '100.18%')], 'altered: 411.15/410.61 = 100.13%, not 100.18 (breaks {B})')

# ---- 四川 2006 budget execution (review report of the NPC finance committee, Jan 2007)
s_rev = F(SC, '607.2亿元'); s_rp = F(SC, '115.1%'); s_rg = F(SC, '26.6%'); s_sp = F(SC, '1347.5亿元'); s_spp = F(SC, '91.8%')
s_tot = F(SC, '1486.3亿元'); s_bal = F(SC, '5.6亿元')
p_rev = F(SC, '182.4亿元'); p_rp = F(SC, '112.7%'); p_rg = F(SC, '22.9%'); p_sp = F(SC, '225.5亿元'); p_spp = F(SC, '81.7%')
p_def = F(SC, '0.9亿元'); p_dd = F(SC, '0.4亿元')
S.rel('target', M, [s_rev, s_rp], '全省 general budget revenue 607.2 = 115.1% of the budget: met')
S.rel('target', MS, [s_sp, s_spp], '全省 general budget spending 1347.5 = 91.8% of the budget: below plan, missed')
S.rel('target', M, [p_rev, p_rp], '省级 revenue 182.4 = 112.7% of the budget: met')
S.rel('target', MS, [p_sp, p_spp], '省级 spending 225.5 = 81.7% of the budget: missed')
S.rel('sum', U, [s_rev, s_tot, s_sp, s_bal], 'total 1486.3 adds transfers and carry-over to 607.2; 1486.3 − 1347.5 = 138.8, not 5.6: remittances to the centre and carried-forward balances are not stated; not a check')
S.rel('share', U, [p_rev, s_rev], '省级 182.4 is part of 全省 607.2 (30.0%): no share is stated')
S.rel('growth', U, [p_def, p_dd], 'accumulated deficit 0.9, 0.4 less than in 2005: the 2005 deficit is implied (1.3), not stated')
S.rel('growth', U, [s_rg, p_rg], '全省 revenue +26.6% vs 省级 +22.9%: overlapping scopes, no relation between the rates')

# ---- 辽宁 2003 statistical bulletin (province)
l_t = F(LN, '6002.5亿元'); l1 = F(LN, '622.5亿元'); l2 = F(LN, '2852.6亿元'); l3 = F(LN, '2527.4亿元')
lp1 = F(LN, '10.4', post=':47.5'); lp2 = F(LN, '47.5'); lp3 = F(LN, '42.1'); lo = [F(LN, '10.8'), F(LN, '47.8'), F(LN, '41.4')]
lg = F(LN, '11.5%')
sum_ln = [l1, l2, l3, l_t]
S.rel('sum', C, sum_ln, '622.5 + 2852.6 + 2527.4 = 6002.5')
S.rel('share', C, [l1, l_t, lp1], '622.5/6002.5 = 10.37% → 10.4')
S.rel('share', C, [l2, l_t, lp2], '2852.6/6002.5 = 47.52% → 47.5')
S.rel('share', C, [l3, l_t, lp3], '2527.4/6002.5 = 42.11% → 42.1')
S.rel('sum', C, [lp1, lp2, lp3], '10.4 + 47.5 + 42.1 = 100')
S.rel('sum', C, lo, '2002 structure 10.8 + 47.8 + 41.4 = 100')
S.rel('restatement', U, [F(LN, '7.1%', n=0), F(LN, '7.1%', n=1)], 'primary value added +7.1% vs gross output of farming +7.1%: different indicators (value added vs gross output)')
S.rel('rate', U, [F(LN, '14258元'), l_t], 'per-capita 14258 implies about 4210万 residents: population not stated')
S.rel('growth', U, [F(LN, '1498.3万吨'), F(LN, '0.8%'), F(LN, '256.4万公顷'), F(LN, '3.6%')], 'grain −0.8% on area −3.6%: yield not stated, the two rates do not check each other')
S.rel('growth', U, [lg, F(LN, '11.3%')], 'GDP +11.5% vs per-capita GDP +11.3%: population growth not stated')
a = ALT(LN, 1, l2, '2882.6亿元', 'secondary value added 2852.6 → 2882.6')
S.rel('sum', I, R(a, sum_ln, l2, '2882.6亿元'), 'altered: parts add to 6032.5, not 6002.5 (breaks {B})')
S.rel('share', I, [on(a, l2, '2882.6亿元'), on(a, l_t), on(a, lp2)], 'altered: 2882.6/6002.5 = 48.0%, not 47.5 (breaks {B})')
a = ALT(LN, 2, lp3, '44.1', 'tertiary share 42.1 → 44.1')
S.rel('share', I, [on(a, l3), on(a, l_t), on(a, lp3, '44.1')], 'altered: 2527.4/6002.5 = 42.1%, not 44.1 (breaks {B})')
S.rel('sum', I, [on(a, lp1), on(a, lp2), on(a, lp3, '44.1')], 'altered: 10.4 + 47.5 + 44.1 = 102 (breaks {B})')

# ---- 山东 2001 statistical bulletin (province; hard line breaks as stored)
a_t = F(SD1, '9438.3亿元'); a1 = F(SD1, '1359.5亿元'); a2 = F(SD1, '4654.5亿元'); a3 = F(SD1, '3424.3亿元')
ao = [F(SD1, '14.9'), F(SD1, '49.6'), F(SD1, '35.5')]; ap1 = F(SD1, '14.4'); ap2 = F(SD1, '49.3'); ap3 = F(SD1, '36.3')
sum_sd1 = [a1, a2, a3, a_t]
S.rel('sum', C, sum_sd1, '1359.5 + 4654.5 + 3424.3 = 9438.3')
S.rel('share', C, [a1, a_t, ap1], '1359.5/9438.3 = 14.40% → 14.4')
S.rel('share', C, [a2, a_t, ap2], '4654.5/9438.3 = 49.32% → 49.3')
S.rel('share', C, [a3, a_t, ap3], '3424.3/9438.3 = 36.28% → 36.3')
S.rel('sum', C, ao, '2000 structure 14.9 + 49.6 + 35.5 = 100')
S.rel('sum', C, [ap1, ap2, ap3], '14.4 + 49.3 + 36.3 = 100')
S.rel('growth', U, [F(SD1, '10465元'), F(SD1, '910元'), F(SD1, '9.1%')], '10465 is 910 above 2000 (9555): +9.5% at current prices vs +9.1% at comparable prices: nominal vs real')
S.rel('growth', U, [F(SD1, '132.4'), F(SD1, '5.6个')], 'confidence index 132.4, 5.6 points above 2000: the 2000 value is not stated')
a = ALT(SD1, 1, a2, '4684.5亿元', 'secondary value added 4654.5 → 4684.5')
S.rel('sum', I, R(a, sum_sd1, a2, '4684.5亿元'), 'altered: parts add to 9468.3, not 9438.3 (breaks {B})')
S.rel('share', I, [on(a, a2, '4684.5亿元'), on(a, a_t), on(a, ap2)], 'altered: 4684.5/9438.3 = 49.6%, not 49.3 (breaks {B})')
a = ALT(SD1, 2, ap3, '38.3', 'tertiary share 36.3 → 38.3')
S.rel('share', I, [on(a, a3), on(a, a_t), on(a, ap3, '38.3')], 'altered: 3424.3/9438.3 = 36.3%, not 38.3 (breaks {B})')
S.rel('sum', I, [on(a, ap1), on(a, ap2), on(a, ap3, '38.3')], 'altered: 14.4 + 49.3 + 38.3 = 102 (breaks {B})')

# ---- 山东 2002 year-end news (中新社, traditional, Chinese-numeral figures) and 山东 2003 bulletin
b_g = F(SD2, '十一點五'); b_gdp = F(SD2, '一萬零五百億元')
c_t = F(SD3, '12430.0亿元'); c1 = F(SD3, '1\n505.0亿元'); c2 = F(SD3, '6650.0亿元'); c3 = F(SD3, '4275.0亿元'); cg = F(SD3, '13.7%')
cup = F(SD3, '2.1', pre='提高', post='个百分点,为')
c_d1 = F(SD3, '1.1', pre='下降', post='和'); c_d3 = F(SD3, '2.1', pre='1.1和'); c_d2 = F(SD3, '3.2', post='个百分点。')
co1 = F(SD3, '13.2'); co2 = F(SD3, '50.3'); co3 = F(SD3, '36.5'); cp1 = F(SD3, '12.1', post=':53.5'); cp2 = F(SD3, '53.5'); cp3 = F(SD3, '34.4')
sum_sd3 = [c1, c2, c3, c_t]
S.rel('sum', C, sum_sd3, '1505.0 + 6650.0 + 4275.0 = 12430.0 (the primary figure is broken across a line as stored: "1\\n505.0")')
S.rel('share', C, [c1, c_t, cp1], '1505.0/12430.0 = 12.11% → 12.1')
S.rel('share', C, [c2, c_t, cp2], '6650.0/12430.0 = 53.50% → 53.5')
S.rel('share', C, [c3, c_t, cp3], '4275.0/12430.0 = 34.39% → 34.4')
S.rel('sum', C, [cp1, cp2, cp3], '12.1 + 53.5 + 34.4 = 100')
S.rel('sum', C, [co1, co2, co3], '2002 structure 13.2 + 50.3 + 36.5 = 100')
S.rel('growth', C, [co1, cp1, c_d1], 'primary share 13.2 → 12.1: down 1.1 points')
S.rel('growth', C, [co3, cp3, c_d3], 'tertiary share 36.5 → 34.4: down 2.1 points')
S.rel('growth', C, [co2, cp2, c_d2], 'secondary share 50.3 → 53.5: up 3.2 points')
S.rel('restatement', U, [cup, c_d3], 'two 2.1-point figures: GDP growth faster than 2002 vs fall of the tertiary share: different quantities')
S.rel('growth', U, [F(SD3, '23.8%'), F(SD3, '1.1个百分点;')], 'high-tech industry +23.8%, 1.1 points above industry above scale: the industry rate is not stated')
S.rel('growth', U, [F(SD3, '2258家'), F(SD3, '96家')], '2258 high-tech firms, 96 more than 2002: the 2002 count is not stated')
S.rel('growth', C, [cg, b_g, cup], 'cross-document: 2003 growth 13.7% is 2.1 points above 2002; the December 2002 release put 2002 growth at 十一點五 (11.5): 13.7 − 11.5 = 2.2, but with each input\'s allowance 13.65 − 11.55 = 2.10 reaches the stated 2.1 (judgement call: 11.5 was an estimate)')
S.rel('growth', U, [a_t, b_gdp, b_g], '9438.3 (2001) → 一萬零五百億 (2002, estimate) is +11.2% at current prices; 11.5 is real growth: nominal vs real, and a rounded estimate')
S.rel('restatement', U, [ap1, co1], 'primary share 14.4 (2001, sd_2001) vs 13.2 (2002, as restated in sd_2003): different years, no restatement')
S.rel('restatement', U, [lg, b_g], '辽宁 2003 GDP +11.5% vs 山东 2002 十一點五: same number, different place and year')
S.rel('growth', U, [F(SD2, '三千五百億元'), F(SD2, '二成五以上')], 'investment 三千五百億, up more than 25%: the 2001 level is not stated')
a = ALT(SD2, 1, b_g, '十二點五', '2002 growth (estimate) 十一點五 → 十二點五')
S.rel('growth', I, [cg, on(a, b_g, '十二點五'), cup], 'altered: 13.7 − 12.5 = 1.2, not the 2.1 points stated in the 2003 bulletin (breaks {B})')
a = ALT(SD3, 1, c2, '6950.0亿元', 'secondary value added 6650.0 → 6950.0')
S.rel('sum', I, R(a, sum_sd3, c2, '6950.0亿元'), 'altered: parts add to 12730.0, not 12430.0 (breaks {B})')
S.rel('share', I, [on(a, c2, '6950.0亿元'), on(a, c_t), on(a, cp2)], 'altered: 6950.0/12430.0 = 55.9%, not 53.5 (breaks {B})')
a = ALT(SD3, 2, c_d2, '3.4', 'rise of the secondary share 3.2 → 3.4 points')
S.rel('growth', I, [on(a, co2), on(a, cp2), on(a, c_d2, '3.4')], 'altered: 53.5 − 50.3 = 3.2, not 3.4 (breaks {B})')

# ---- 济南 2002 statistical bulletin (prefecture city)
j_t = F(JN, '1200亿元'); j1 = F(JN, '98.7亿元'); j2 = F(JN, '501.6亿元'); j3 = F(JN, '599.7亿元')
jp1 = F(JN, '8.2', post=':41.8'); jp2 = F(JN, '41.8'); jp3 = F(JN, '50.0')
jnp = F(JN, '396亿元'); jnps = F(JN, '33%'); jpr = F(JN, '306亿元'); jprs = F(JN, '25.5%'); jpr0 = F(JN, '23.4%'); jprg = F(JN, '15.2%')
sum_jn = [j1, j2, j3, j_t]
S.rel('sum', C, sum_jn, '98.7 + 501.6 + 599.7 = 1200.0')
S.rel('share', C, [j1, j_t, jp1], '98.7/1200 = 8.225% → 8.2')
S.rel('share', C, [j2, j_t, jp2], '501.6/1200 = 41.80%')
S.rel('share', C, [j3, j_t, jp3], '599.7/1200 = 49.975% → 50.0')
S.rel('sum', C, [jp1, jp2, jp3], '8.2 + 41.8 + 50.0 = 100')
S.rel('share', C, [jnp, j_t, jnps], 'non-public economy 396/1200 = 33.0%')
S.rel('share', C, [jpr, j_t, jprs], 'individual and private economy 306/1200 = 25.5%')
S.rel('growth', U, [jpr, jprg, jpr0, jprs], 'private +15.2% and share 23.4 → 25.5 would imply a 2001 GDP of about 1135 (nominal +5.7%) against real +13.2%: 2001 levels are not stated and the rates are at comparable prices; not a check')
S.rel('sum', U, [jnp, jpr, j_t], '个体私营 306 is inside 非公有制 396 (其中): not additive')
S.rel('growth', U, [F(JN, '23.16%'), F(JN, '1.85个')], 'high-tech share 23.16%, up 1.85 points: the 2001 share is not stated')
S.rel('share', U, [j_t, b_gdp], '济南 1200 vs 山东 2002 estimate 一萬零五百億 (11.4%): no share is stated, and the Shandong figure is an estimate')
a = ALT(JN, 1, j2, '504.6亿元', 'secondary value added 501.6 → 504.6')
S.rel('sum', I, R(a, sum_jn, j2, '504.6亿元'), 'altered: parts add to 1203.0, not 1200 (breaks {B})')
S.rel('share', I, [on(a, j2, '504.6亿元'), on(a, j_t), on(a, jp2)], 'altered: 504.6/1200 = 42.05%, not 41.8 (breaks {B})')
a = ALT(JN, 2, jprs, '27.5%', 'private share of GDP 25.5 → 27.5')
S.rel('share', I, [on(a, jpr), on(a, j_t), on(a, jprs, '27.5%')], 'altered: 306/1200 = 25.5%, not 27.5 (breaks {B})')

# ---- 武汉 2007 government work report (review of 2003–2006; doubled %% as stored)
w_fr = F(WH, '502.36亿元'); w_frx = F(WH, '2.56倍'); w_frg = F(WH, '26.4%')
w_inv = F(WH, '1325.29亿元'); w_invx = F(WH, '2.32倍'); w_invg = F(WH, '22.1%'); w_cum = F(WH, '3847.77亿元')
w_ind = F(WH, '880.53亿元'); w_indx = F(WH, '2.35倍'); w_indg = F(WH, '21.6%'); w_gdp = F(WH, '2590亿元'); w_pp = F(WH, '8.5个')
fr_wh = [w_fr, w_frx, w_frg]
S.rel('growth', C, fr_wh, 'fiscal revenue 2.56 times 2002 over 4 years: 2.56^(1/4) = 1.2649 → 26.5%; with the allowance of 2.56 (2.555^(1/4) = 1.2643) the stated 26.4 is reached')
S.rel('growth', U, [w_inv, w_invx, w_invg], 'investment 2.32 times 2002 gives 23.4% a year, stated 22.1%: the multiple is at current prices, the yearly average presumably at comparable prices; not a check')
S.rel('growth', U, [w_ind, w_indx, w_indg], 'industrial value added 2.35 times 2002 gives 23.8% a year, stated 21.6%: current-price multiple vs comparable-price growth')
S.rel('share', U, [w_ind, w_gdp, w_pp], '880.53/2590 = 34.0% of GDP, up 8.5 points: the 2002 share is not stated')
S.rel('sum', U, [w_inv, w_cum], '2006 investment is one of the four years in the 3847.77 total: the other years are not stated')
S.rel('restatement', U, [F(WH, '6个', n=0), F(WH, '6个', n=1)], 'six industries and six firms with output over 10 billion: same number, different indicators')
a = ALT(WH, 1, w_frx, '2.86倍', 'fiscal revenue multiple 2.56 → 2.86')
S.rel('growth', I, [on(a, w_fr), on(a, w_frx, '2.86倍'), on(a, w_frg)], 'altered: 2.86^(1/4) = 30.0% a year, not 26.4 (breaks {B})')
a = ALT(WH, 2, w_frg, '28.4%', 'fiscal revenue yearly growth 26.4 → 28.4')
S.rel('growth', I, [on(a, w_fr), on(a, w_frx), on(a, w_frg, '28.4%')], 'altered: 2.56^(1/4) = 26.5% a year, not 28.4 (breaks {B})')

# ---- 南京 1999 statistical bulletin (prefecture city, 江苏)
n_t = F(NJ, '895.3亿元'); n1 = F(NJ, '51.8亿元'); n2 = F(NJ, '433.5亿元'); n_ind = F(NJ, '361.5亿元'); n3 = F(NJ, '410亿元')
no = [F(NJ, '6', post='∶49.8'), F(NJ, '49.8'), F(NJ, '44.2')]; np1 = F(NJ, '5.8', post='∶48.4'); np2 = F(NJ, '48.4'); np3 = F(NJ, '45.8')
nup = F(NJ, '1.6个'); nnp = F(NJ, '214.87亿元'); nnps = F(NJ, '24%')
sum_nj = [n1, n2, n3, n_t]
S.rel('sum', C, sum_nj, '51.8 + 433.5 + 410 = 895.3')
S.rel('share', C, [n1, n_t, np1], '51.8/895.3 = 5.79% → 5.8')
S.rel('share', C, [n2, n_t, np2], '433.5/895.3 = 48.42% → 48.4')
S.rel('share', C, [n3, n_t, np3], '410/895.3 = 45.795% → 45.8')
S.rel('sum', C, [np1, np2, np3], '5.8 + 48.4 + 45.8 = 100')
S.rel('sum', C, no, '1998 structure 6 + 49.8 + 44.2 = 100')
S.rel('growth', C, [no[2], np3, nup], 'tertiary share 44.2 → 45.8: up 1.6 points')
S.rel('share', C, [nnp, n_t, nnps], 'non-public economy 214.87/895.3 = 24.0%')
S.rel('sum', U, [n1, n2, n_ind, n3, n_t], 'industry 361.5 is inside secondary 433.5 (其中): adding it again overshoots 895.3')
S.rel('growth', U, [F(NJ, '10.4%'), F(NJ, '9.6%')], 'GDP +10.4% vs per-capita GDP +9.6%: population growth not stated')
S.rel('growth', U, [nnps, F(NJ, '3.3个')], 'non-public share 24%, about 3.3 points above 1998: the 1998 share is not stated')
a = ALT(NJ, 1, n2, '438.5亿元', 'secondary value added 433.5 → 438.5')
S.rel('sum', I, R(a, sum_nj, n2, '438.5亿元'), 'altered: parts add to 900.3, not 895.3 (breaks {B})')
S.rel('share', I, [on(a, n2, '438.5亿元'), on(a, n_t), on(a, np2)], 'altered: 438.5/895.3 = 49.0%, not 48.4 (breaks {B})')
a = ALT(NJ, 2, nup, '1.9个', 'rise of the tertiary share 1.6 → 1.9 points')
S.rel('growth', I, [on(a, no[2]), on(a, np3), on(a, nup, '1.9个')], 'altered: 45.8 − 44.2 = 1.6, not 1.9 (breaks {B})')

# ---- 新罗区 (龙岩, 福建) 2005 budget execution report (district)
x_rb = F(XL, '36180万元'); x_fin = F(XL, '37106万元'); x_carry = F(XL, '165万元'); x_fin2 = F(XL, '37271万元'); x_def = F(XL, '110万元')
x_spb = F(XL, '36996万元'); x_rev = F(XL, '41586万元'); x_pct = F(XL, '114.9%'); x_inc = F(XL, '7418万元'); x_g = F(XL, '21.7%')
x_cen = F(XL, '30891万元'); x_tot = F(XL, '72477万元'); x_tpct = F(XL, '124.0%'); x_tinc = F(XL, '18591万元'); x_tg = F(XL, '34.5%')
x_sub = F(XL, '7317万元'); x_up = F(XL, '5431万元'); x_tr = F(XL, '500万元'); x_fin3 = F(XL, '43972万元')
S.rel('sum', C, [x_fin, x_carry, x_fin2], '37106 + 165 carried over = 37271')
S.rel('sum', C, [x_fin, x_def, x_spb], 'budgeted spending 36996 = 37106 − 110 (arrears of townships)')
S.rel('share', C, [x_rev, x_rb, x_pct], '41586/36180 = 114.94% → 114.9')
S.rel('growth', C, [x_rev, x_inc, x_g], '7418/(41586 − 7418) = 21.71% → 21.7')
S.rel('sum', C, [x_rev, x_cen, x_tot], '41586 + 30891 = 72477')
S.rel('growth', C, [x_tot, x_tinc, x_tg], '18591/(72477 − 18591) = 34.50% → 34.5')
S.rel('sum', C, [x_rev, x_sub, x_up, x_tr, x_fin3], '41586 + 7317 − 5431 + 500 = 43972')
S.rel('target', M, [x_rb, x_rev], 'local-level revenue budget 36180 vs 41586 collected (114.9%): met')
S.rel('target', M, [x_tot, x_tpct], 'total revenue 72477 = 124.0% of the start-of-year budget (budget not stated): met')
S.rel('target', U, [x_rb, x_tot], 'local-level budget 36180 vs total revenue 72477 (includes the central share 30891): other indicator')
S.rel('sum', U, [x_fin2, x_def, x_spb], '37271 − 110 = 37161, not 36996: the 165 carry-over is not in the balance that funds the budgeted spending (the relation holds with 37106)')
a = ALT(XL, 1, x_cen, '30591万元', 'central-level revenue 30891 → 30591')
S.rel('sum', I, [on(a, x_rev), on(a, x_cen, '30591万元'), on(a, x_tot)], 'altered: 41586 + 30591 = 72177, not 72477 (breaks {B})')
a = ALT(XL, 2, x_g, '24.7%', 'local revenue growth 21.7 → 24.7')
S.rel('growth', I, [on(a, x_rev), on(a, x_inc), on(a, x_g, '24.7%')], 'altered: 7418/34168 = 21.7%, not 24.7 (breaks {B})')
a = ALT(XL, 3, x_fin3, '43672万元', 'total financial resources 43972 → 43672')
S.rel('sum', I, [on(a, x_rev), on(a, x_sub), on(a, x_up), on(a, x_tr), on(a, x_fin3, '43672万元')], 'altered: 41586 + 7317 − 5431 + 500 = 43972, not 43672 (breaks {B})')

# ---- a 深圳 district (华强北 → 福田区) 2003 work report, five-year review (trap-only passage)
f_g = F(FT, '517亿元'); f_x = F(FT, '1.9倍'); f_r = F(FT, '12.5%')
S.rel('growth', U, [f_g, f_x, f_r], '1.9 times 1998 over 4 years is 17.4% a year at current prices; 12.5% is at comparable prices: nominal vs real')
S.rel('share', U, [F(FT, '34亿元'), f_g], '区属 GDP 34 vs 辖区 GDP 517: different scopes, no share stated')
S.rel('share', U, [F(FT, '220.84亿元'), F(FT, '59.8%'), F(FT, '348.14亿元'), F(FT, '65.5%')], 'high-tech output and its share of industrial output: industrial output not stated')
S.rel('share', U, [F(FT, '58个'), F(FT, '98个'), F(FT, '27%')], '27% of the city: city totals not stated (and whether 27% covers both counts is unclear)')
S.rel('growth', U, [F(FT, '374亿元'), F(FT, '29%')], 'five-year cumulative tax 374 and yearly growth 29%: yearly levels not stated')
S.rel('restatement', U, [F(FT, '18.2%'), F(FT, '18%')], 'revenue +18.2% a year vs spending +18% a year: different indicators')

# ---- 上海 2007 targets (中新社, traditional), 2007 results/2008 targets (plan and budget reports), 2008 results/2009 targets (新华社, traditional)
h7t = F(SH7, '百分之九以上'); h6gdp = F(SH7, '一萬(wàn)零二百九十七億元'); h6g = F(SH7, '百分之十二')
h8g = F(SH8, '13.3%'); h8gdp = F(SH8, '1.2万亿元'); h8t = F(SH8, '10%左右'); h8ft = F(SH8, '12.5%'); h8fr = F(SH8, '2102.6亿元'); h8frg = F(SH8, '31.4%')
h9g = F(SH9, '10%'); h9fr = F(SH9, '2382億元'); h9frg = F(SH9, '13.3%'); h9t = F(SH9, '9%', pre='目標為'); h9ft = F(SH9, '6%', pre='目標為')
fr_sh = [h8fr, h9fr, h9frg]
S.rel('target', M, [h7t, h8g], '上海 2007 GDP target 9%以上 (Jan 2007) vs 2007 growth 13.3% (preliminary, Jan 2008): met')
S.rel('target', M, [h8t, h9g], '2008 GDP target 10%左右 vs 2008 growth 10% (预计, Jan 2009): met (≥ 9.5)')
S.rel('target', M, [h8ft, h9frg], '2008 local revenue growth target 12.5% vs 2008 result 13.3%: met')
S.rel('growth', C, fr_sh, 'cross-document: local revenue 2102.6 (2007) → 2382 (2008): +13.29% → 13.3')
S.rel('target', U, [h7t, h6g], '2007 target vs 2006 result (+12%): other period')
S.rel('target', U, [h9t, h9g], '2009 target 9% vs 2008 result 10%: other period')
S.rel('target', U, [h8ft, h8frg], '2008 revenue target 12.5% vs 2007 result 31.4%: other period')
S.rel('growth', U, [h6gdp, h8gdp, h8g], '一萬零二百九十七億 (2006) → 1.2万亿 (2007, rounded) is +16.5% at current prices; 13.3% is real: nominal vs real')
S.rel('restatement', U, [h8g, h9frg], '13.3% twice: 2007 GDP growth vs 2008 local revenue growth')
S.rel('growth', U, [F(SH8, '15.1%'), F(SH8, '11.7%'), h8g], 'tertiary +15.1% and secondary +11.7% vs GDP +13.3%: sector weights not stated')
S.rel('target', U, [h9ft, h8ft], '2009 revenue target 6% vs 2008 revenue target 12.5%: two targets of different years')
a = ALT(SH8, 1, h8fr, '2162.6亿元', '2007 local revenue 2102.6 → 2162.6')
S.rel('growth', I, [on(a, h8fr, '2162.6亿元'), h9fr, h9frg], 'altered: 2162.6 → 2382 is +10.1%, not the 13.3% stated in the 2009 report (breaks {B})')
a = ALT(SH9, 1, h9fr, '2482億元', '2008 local revenue 2382 → 2482')
S.rel('growth', I, [h8fr, on(a, h9fr, '2482億元'), on(a, h9frg)], 'altered: 2102.6 → 2482 is +18.0%, not 13.3 (breaks {B})')

# ---- 温州 1986 article (grain; national 1985 figures and the sixth five-year plan)
z_t = F(WZ, '37916.8万吨'); z_d = F(WZ, '2820.2万吨'); z_r = F(WZ, '6.9%'); z_plan = F(WZ, '36000万吨')
z82 = F(WZ, '309公斤'); z86 = F(WZ, '2.10公斤'); z_r2 = F(WZ, '22.3%')
S.rel('growth', C, [z_t, z_d, z_r], 'national grain 1985: 2820.2/(37916.8 + 2820.2) = 6.92% → 6.9')
S.rel('target', M, [z_plan, z_t], 'sixth five-year plan grain target 36000万吨 for 1985 vs 37916.8: met')
S.rel('growth', I, [z82, z86, z_r2], 'real error in the original: 309 → 2.10 kg is not a fall of 22.3% (that fits 309 → about 240 kg); the "2.10" is a slip in the source, keyed inconsistent as written')
S.rel('growth', U, [F(WZ, '8.2%'), F(WZ, '8.7%'), F(WZ, '152.79万吨')], '温州 −8.2% (1985) and −8.7% (1986) to 152.79: the 1984 and 1985 levels are not stated')
S.rel('growth', U, [z_t, F(WZ, '743.8万吨')], '1985 output 743.8 above 1978: the 1978 level is implied, not stated')
S.rel('target', U, [z_plan, F(WZ, '152.79万吨')], 'national plan target vs 温州 output: other place')
a = ALT(WZ, 1, z_d, '2520.2万吨', 'fall of national grain output 2820.2 → 2520.2')
S.rel('growth', I, [on(a, z_t), on(a, z_d, '2520.2万吨'), on(a, z_r)], 'altered: 2520.2/(37916.8 + 2520.2) = 6.2%, not 6.9 (breaks {B})')

# ---- further traps across documents
S.rel('target', U, [h7t, cg], '上海 2007 GDP target 9%以上 vs 山东 2003 growth 13.7%: other place and year')
S.rel('target', U, [x_rb, x_spb], '新罗区 revenue budget 36180 vs spending budget 36996: two plans of different indicators')
S.rel('growth', U, [s_sp, F(SC, '24.5%')], '四川 spending 1347.5, +24.5%: the 2005 level is not stated')

S.rel('restatement', C, [F(LN, '6000亿元', pre='GDP跃上'), l_t], '"GDP跃上6000亿元台阶" restates 6002.5 as a threshold passed')
S.rel('restatement', C, [F(SD2, '萬億元', post='大關'), b_gdp], '"突破萬億元大關" and the estimate 一萬零五百億: 10500 is above 10000')
S.rel('restatement', C, [F(JN, '2万元'), F(JN, '20979元')], '"人均国内生产总值突破2万元" restates 20979 as a threshold passed')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

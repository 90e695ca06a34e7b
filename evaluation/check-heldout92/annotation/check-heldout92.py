"""Check key, set check-heldout92. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout92.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout92'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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
def RX(a, figs, old, new):
    """cross-document: only figures of the altered source move to the altered copy"""
    src = old[0]
    return [(on(a, f, new) if f == old else on(a, f)) if f[0] == src else f for f in figs]

L10='lasa_2010.txt'; LTJ='lasa_2011_tjgb.txt'; L15='lasa_2015.txt'; L16='lasa_2016.txt'; ZT='zt_2011_hant.txt'; CQ='cq_2013h1.txt'
GZ='gz_2013mid_hant.txt'; SC7='sc_2007.txt'; SC8='sc_2008.txt'; S56='sc_1956.txt'; SG='sc_grain_1990.txt'; DL='dali_2012.txt'
LS='leishan_2011_hant.txt'; JN='jingning_2010.txt'

# ---- 拉萨 2010 (city report delivered Dec 2010; 预计 figures) and 2011 bulletin part 2
a10_gdp = F(L10, '182亿元'); a10_inv = F(L10, '170亿元'); a10_ret = F(L10, '88.81亿元'); a10_fis = F(L10, '15亿元'); a10_rur = F(L10, '5000元')
t_post = F(LTJ, '74791万元'); t_p1 = F(LTJ, '3367万元'); t_p2 = F(LTJ, '71424万元')
t_pg = F(LTJ, '5.2', post=',其中邮政'); t_pg1 = F(LTJ, '48', pre='增长', post=';电信'); t_pg2 = F(LTJ, '4.5', pre='增长', post='。年末')
t_tour = F(LTJ, '514.43万人次'); t_d = F(LTJ, '502.84万人次'); t_i = F(LTJ, '11.59万人次')
t_tg = F(LTJ, '24.4', pre='增长'); t_dg = F(LTJ, '26.0'); t_ig = F(LTJ, '19.5', pre='下降')
t_fis = F(LTJ, '23.43亿元'); t_fisg = F(LTJ, '56.0'); t_tot = F(LTJ, '29.60亿元'); t_totg = F(LTJ, '112.9')
sum_post = [t_p1, t_p2, t_post]; sum_tour = [t_d, t_i, t_tour]; gr_tour = [t_d, t_dg, t_i, t_ig, t_tour, t_tg]
cr_fis = [a10_fis, t_fis, t_fisg]
S.rel('sum', C, sum_post, 'postal 3367 + telecom 71424 = 74791 (万元)')
S.rel('sum', C, sum_tour, 'domestic 502.84 + inbound 11.59 = 514.43 (万人次)')
S.rel('growth', C, gr_tour, '2010 visitors implied by the parts: 502.84/1.260 + 11.59/0.805 = 413.5; 514.43/413.5 = +24.4%')
S.rel('growth', I, [t_p1, t_pg1, t_p2, t_pg2, t_post, t_pg], 'REAL ERROR in the original: 2010 volumes implied by the parts are 3367/1.48 + 71424/1.045 = 70623; 74791/70623 = +5.9% (5.8–6.0 with the allowances), not 5.2 (levels add up exactly, the tourist counts in the same bulletin do reconcile)')
S.rel('sum', U, [F(LTJ, '6.44亿元'), F(LTJ, '12.85亿元'), F(LTJ, '0.27亿元'), F(LTJ, '3.89亿元'), F(LTJ, '2.57亿元'), F(LTJ, '0.37亿元'), F(LTJ, '0.75亿元'), F(LTJ, '3.79亿元'), F(LTJ, '13.34亿元'), F(LTJ, '75.63亿元')], 'nine spending items (其中) add to 44.27 of 75.63: a selection, not a split')
S.rel('restatement', U, [F(LTJ, '23.6', n=0), F(LTJ, '23.6', n=1)], 'deposits +23.6 (本外币 1107.30) and +23.6 (人民币 1106.06): two scopes with the same rate, not one figure restated')
S.rel('growth', C, cr_fis, '拉萨 local general budget revenue 2010 15亿 (Dec-2010 estimate) → 2011 23.43亿: 23.43/1.56 = 15.02')
S.rel('growth', U, [a10_fis, t_tot, t_totg], '2011 total fiscal revenue 29.60 +112.9% (base 13.90) vs 2010 local general budget revenue 15: different indicators')
a = ALT(LTJ, 1, t_p1, '3867万元', 'postal volume 3367 → 3867')
S.rel('sum', I, R(a, sum_post, t_p1, '3867万元'), 'altered: 3867 + 71424 = 75291, not 74791 (breaks {B})')
S.rel('growth', I, R(a, [t_p1, t_pg1, t_p2, t_pg2, t_post, t_pg], t_p1, '3867万元'), 'altered copy of the real error {B}: with 3867 the parts imply 2010 = 70961 and +5.4%, still not 5.2')
a = ALT(LTJ, 2, t_i, '14.59万人次', 'inbound visitors 11.59 → 14.59')
S.rel('sum', I, R(a, sum_tour, t_i, '14.59万人次'), 'altered: 502.84 + 14.59 = 517.43, not 514.43 (breaks {B})')
S.rel('growth', I, R(a, gr_tour, t_i, '14.59万人次'), 'altered: parts imply +23.3% (on 517.43) and the total no longer reconciles (breaks {B})')
a = ALT(LTJ, 3, t_fis, '25.43亿元', 'general budget revenue 2011 23.43 → 25.43')
S.rel('growth', I, RX(a, cr_fis, t_fis, '25.43亿元'), 'altered: 25.43/1.56 = 16.3, not the 15亿 of 2010 (breaks {B})')
a = ALT(L10, 1, a10_fis, '18亿元', '2010 local general budget revenue 15 → 18')
S.rel('growth', I, RX(a, cr_fis, a10_fis, '18亿元'), 'altered: 23.43/1.56 = 15.0, not 18 (breaks {B})')
A10_1 = a

# ---- 拉萨 2015 (十二五 review in the 2016 report) against the 2010 estimates
l15_gdp = F(L15, '389.46亿元'); l15_gr = F(L15, '2.18倍'); l15_inv = F(L15, '538亿元'); l15_ir = F(L15, '3.05倍')
l15_ret = F(L15, '203.8亿元'); l15_rr = F(L15, '2.3倍'); l15_fis = F(L15, '82.42亿元'); l15_fr = F(L15, '5.49倍')
l15_rur = F(L15, '10736元'); l15_rur_r = F(L15, '2.15倍')
cr_ret = [a10_ret, l15_ret, l15_rr]; cr_f15 = [a10_fis, l15_fis, l15_fr]; cr_rur = [a10_rur, l15_rur, l15_rur_r]
S.rel('growth', C, cr_ret, 'retail sales 203.8 is 2.3 times 2010’s 88.81: 203.8/88.81 = 2.29')
S.rel('growth', C, cr_f15, 'public budget revenue 82.42 is 5.49 times 2010’s 15亿: 82.42/15 = 5.49')
S.rel('growth', I, RX(A10_1, cr_f15, a10_fis, '18亿元'), 'altered: 82.42/18 = 4.58, not 5.49 (breaks {B})')
S.rel('growth', C, cr_rur, 'rural income 10736 is 2.15 times 2010’s 5000: 2.147 (2010 figure is 纯收入, 2015 可支配收入: the report uses it as the base anyway)')
S.rel('growth', U, [a10_gdp, l15_gdp, l15_gr], 'GDP 389.46/182 = 2.14, stated 2.18: 182 was the Dec-2010 estimate (预计); the multiple is on the final 2010 level (≈178.6), not stated')
S.rel('growth', U, [a10_inv, l15_inv, l15_ir], 'investment 538/170 = 3.16, stated 3.05: 170 was the Dec-2010 estimate; the final 2010 level (≈176.4) is not stated')
a = ALT(L15, 1, l15_fr, '5.99倍', 'public budget revenue multiple 5.49 → 5.99')
S.rel('growth', I, RX(a, cr_f15, l15_fr, '5.99倍'), 'altered: 82.42/15 = 5.49, not 5.99 (breaks {B})')
a = ALT(L15, 2, l15_rur_r, '2.45倍', 'rural income multiple 2.15 → 2.45')
S.rel('growth', I, RX(a, cr_rur, l15_rur_r, '2.45倍'), 'altered: 10736/5000 = 2.15, not 2.45 (breaks {B})')
a = ALT(L10, 2, a10_ret, '98.81亿元', '2010 retail sales 88.81 → 98.81')
S.rel('growth', I, RX(a, cr_ret, a10_ret, '98.81亿元'), 'altered: 203.8/98.81 = 2.06, not 2.3 (breaks {B})')

# ---- 拉萨 2016 (news of the 2017 report) against the 2015 estimates
l16_inv = F(L16, '636亿元'); l16_ig = F(L16, '18%')
cr_inv = [l15_inv, l16_inv, l16_ig]
S.rel('growth', C, cr_inv, 'investment 538 (2015 estimate) → 636 in 2016: 636/538 = +18.2%, stated 18%')
S.rel('growth', U, [l15_gdp, F(L16, '422亿元'), F(L16, '12%', pre='增长')], 'GDP 389.46 → 422 is +8.4% at current prices; 12% is real growth: nominal vs real')
S.rel('growth', U, [l15_ret, F(L16, '233亿元'), F(L16, '13%')], 'retail 203.8 → 233 is +14.3%, stated 13%: 203.8 was a 预计 figure; the 2016 rate is on the final 2015 level, not stated')
S.rel('growth', U, [F(L15, '26096元'), F(L16, '29968元'), F(L16, '11.4%')], 'urban income 26096 → 29968 is +14.8%, stated 11.4%: the 2015 estimate was revised (base implied 26900), not stated')
S.rel('growth', U, [F(L15, '110.67亿元'), F(L16, '107.53亿元'), F(L16, '18.5%')], '财政收入 110.67 (2015) vs 107.53 (+18.5%) in 2016: the 2016 figure is a different caliber (it would be a fall on 110.67)')
a = ALT(L16, 1, l16_inv, '676亿元', '2016 investment 636 → 676')
S.rel('growth', I, RX(a, cr_inv, l16_inv, '676亿元'), 'altered: 676/538 = +25.7%, not 18% (breaks {B})')

# ---- 昭通 2006–2011 (city report 2012, traditional with glyph pairs)
zg = [F(ZT, '2.1倍'), F(ZT, '12.7%')]; zf = [F(ZT, '3.8倍'), F(ZT, '25.1%')]; ze = [F(ZT, '4.8倍'), F(ZT, '29.8%')]
zr = [F(ZT, '2.4倍'), F(ZT, '16.1%')]; zi = [F(ZT, '14073元'), F(ZT, '6504元'), F(ZT, '10.9%')]; zp = [F(ZT, '2倍'), F(ZT, '11.9%')]
S.rel('growth', C, zg, 'GDP 2.1 times 2005 over 6 years: 13.2% a year, 12.7% at 2.05 (inside the allowance; the rate is probably real)')
S.rel('growth', C, zp, 'per-capita GDP “2倍” over 6 years: 12.2% a year; with the whole-number allowance any rate 7–16.5% fits (weak check)')
S.rel('growth', C, zf, 'budget revenue 3.8 times over 6 years: 24.9% (24.6–25.2) vs 25.1%')
S.rel('growth', C, ze, 'budget spending 4.8 times over 6 years: 29.9% (29.7–30.1) vs 29.8%')
S.rel('growth', C, zr, 'retail 2.4 times over 6 years: 15.7% (15.3–16.1) vs 16.1% (at the edge of the allowance)')
S.rel('growth', C, zi, 'urban income 14073, up 6504 on 2005 (7569): (14073/7569)^(1/6) = +10.9% a year')
S.rel('growth', U, [F(ZT, '458.6億元'), zg[1], F(ZT, '8750元'), zp[1]], 'per-capita GDP 11.9% vs GDP 12.7% a year: population growth is not stated')
a = ALT(ZT, 1, zf[1], '28.1%', 'budget revenue yearly growth 25.1 → 28.1')
S.rel('growth', I, R(a, zf, zf[1], '28.1%'), 'altered: 3.8 times over 6 years is 24.9% a year, not 28.1% (breaks {B})')
a = ALT(ZT, 2, zi[1], '6804元', 'urban income increase 6504 → 6804')
S.rel('growth', I, R(a, zi, zi[1], '6804元'), 'altered: base 7269, 14073/7269 over 6 years = +11.6% a year, not 10.9 (breaks {B})')

# ---- 重庆 H1 2013 (plan execution report, news)
c21 = F(CQ, '21项'); c10a = F(CQ, '10项', n=0); c10b = F(CQ, '10项', n=1); c6 = F(CQ, '6项'); c5 = F(CQ, '5项')
cg1 = F(CQ, '12.4%', n=0); cg3 = F(CQ, '12.4%', n=2); ct1 = F(CQ, '20.4%', n=0); ct2 = F(CQ, '20.4%', n=1)
sum_cq = [c10b, c6, c5, c21]
S.rel('sum', C, sum_cq, '10 targets ahead + 6 behind + 5 not checkable at mid-year = 21')
S.rel('restatement', C, [c10a, c10b], '10 targets ahead of schedule, in the lead and in the body')
S.rel('restatement', C, [cg1, cg3], 'H1 GDP +12.4% in the lead and in the body')
S.rel('restatement', C, [ct1, ct2], 'foreign trade +20.4% in the summary and with the level 301.6亿美元')
S.rel('growth', U, [F(CQ, '0.38%'), F(CQ, '0.1个')], 'bad-loan ratio 0.38%, 0.1 points below the start of the year: the January ratio is not stated')
S.rel('share', U, [F(CQ, '3.2万亿元'), F(CQ, '1.1万亿元')], 'projects under construction 3.2万亿 (total cost) “support” the 1.1万亿 yearly plan: not a split or a share')
S.rel('restatement', U, [F(CQ, '10%', n=0), F(CQ, '10%', n=1)], 'events +10% and tourism revenue +10%: same number, different indicators')
a = ALT(CQ, 1, c6, '7项', 'targets behind schedule 6 → 7')
S.rel('sum', I, R(a, sum_cq, c6, '7项'), 'altered: 10 + 7 + 5 = 22, not 21 (breaks {B})')
a = ALT(CQ, 2, ct2, '26.4%', 'foreign trade growth (with the level) 20.4 → 26.4')
S.rel('restatement', I, [on(a, ct1), on(a, ct2, '26.4%')], 'altered: trade +20.4% in the summary vs +26.4% with the level (breaks {B})')

# ---- 贵州 十二五 mid-term evaluation (news, traditional with glyph pairs)
g45 = F(GZ, '45項'); g40 = F(GZ, '40項'); gsh = F(GZ, '88.9%')
gu1 = F(GZ, '10.8%'); gu2 = F(GZ, '10.4%'); gr1 = F(GZ, '14%'); gr2 = F(GZ, '11.5%'); gt = F(GZ, '10%以上')
sh_gz = [g40, g45, gsh]
S.rel('share', C, sh_gz, '40 of 45 targets on schedule = 88.9%')
S.rel('target', M, [gt, gu1, gu2], 'plan: urban income +10%以上 a year; 2011 +10.8%, 2012 +10.4% (average 10.6%): met')
S.rel('target', M, [gt, gr1, gr2], 'plan: rural income +10%以上 a year; 2011 +14%, 2012 +11.5%: met')
S.rel('growth', U, [F(GZ, '16495元'), F(GZ, '18700.5元'), gu2], 'urban income 16495 → 18700.5 is +13.4% nominal; the 10.4% is real growth: nominal vs real')
S.rel('growth', U, [F(GZ, '4145.4元'), F(GZ, '4753元'), gr2], 'rural income 4145.4 → 4753 is +14.7% nominal vs 11.5% real')
S.rel('growth', U, [F(GZ, '62.2%'), F(GZ, '25.5%'), F(GZ, '12.2'), F(GZ, '5.5個')], 'enrolment rates 62.2 and 25.5, 12.2 and 5.5 points above 2010: the 2010 rates are not stated')
S.rel('target', U, [gt, F(GZ, '14.1%')], 'the 10%以上 plan target is for incomes; services value added +14.1% a year is another indicator')
a = ALT(GZ, 1, g40, '41項', 'targets on schedule 40 → 41')
S.rel('share', I, R(a, sh_gz, g40, '41項'), 'altered: 41/45 = 91.1%, not 88.9 (breaks {B})')
a = ALT(GZ, 2, gsh, '86.9%', 'share of targets on schedule 88.9 → 86.9')
S.rel('share', I, R(a, sh_gz, gsh, '86.9%'), 'altered: 40/45 = 88.9%, not 86.9 (breaks {B})')

# ---- 四川 2007 (province report 2008) and 2008 (review graphic)
s7_gdp = F(SC7, '10505.3亿元'); s7_ui = F(SC7, '11098元'); s7_ri = F(SC7, '3546.7元'); s7_ind = F(SC7, '3580.7亿元')
s8_ui = F(SC8, '12633元'); s8_uig = F(SC8, '13.8%'); s8_ri = F(SC8, '4121元'); s8_rig = F(SC8, '16.2%')
cr_ui = [s7_ui, s8_ui, s8_uig]; cr_ri = [s7_ri, s8_ri, s8_rig]
S.rel('restatement', C, [F(SC7, '一万亿元'), s7_gdp], 'GDP “突破一万亿元”: 10505.3亿 is above 10000亿')
S.rel('share', U, [F(SC7, '1395.7亿元'), s7_gdp, F(SC7, '1.3个', n=0)], 'fiscal revenue 1395.7/10505.3 = 13.3% of GDP, 1.3 points up: the 2006 share is not stated')
S.rel('restatement', U, [F(SC7, '1.3个', n=0), F(SC7, '1.3个', n=1)], 'fiscal share +1.3 points and urbanisation +1.3 points: same number, different indicators')
S.rel('share', U, [F(SC7, '55.1%'), s7_ind, s7_gdp], 'industry’s contribution to growth 55.1% vs industry above scale 3580.7/10505.3 = 34.1% of GDP: contribution is not share')
S.rel('restatement', U, [F(SC7, '6.1%', n=0), F(SC7, '6.1%', n=1)], 'grain +6.1% and meat +6.1%: same number, different indicators')
S.rel('growth', C, cr_ui, 'urban income 11098 (2007) → 12633 (2008): +13.8%')
S.rel('growth', C, cr_ri, 'rural income 3546.7 (2007) → 4121 (2008): +16.2%')
S.rel('growth', U, [s7_gdp, F(SC8, '12506.3亿元'), F(SC8, '9.5%')], 'GDP 10505.3 → 12506.3 is +19.0% at current prices; 9.5% is real: nominal vs real')
S.rel('growth', U, [s7_ind, F(SC8, '4939.3亿元'), F(SC8, '17.9%')], 'industry above scale 3580.7 → 4939.3 is +37.9% nominal; 17.9% is real growth (and the set of firms changes yearly)')
S.rel('growth', U, [F(SC7, '1395.7亿元'), F(SC8, '1041.8亿元'), F(SC8, '18.9%')], '2007 财政一般预算总收入 1395.7 vs 2008 地方财政一般预算收入 1041.8 +18.9%: different indicators (总收入 includes the central share)')
S.rel('growth', U, [F(SC7, '646.9亿元'), F(SC8, '680亿元'), F(SC8, '12%')], 'industrial profit 646.9 → 680 is +5.1% on the stated level, stated +12%: the 2007 level was preliminary and the growth is on comparable firms; not a check')
S.rel('restatement', U, [F(SC7, '17.9%'), F(SC8, '17.9%')], '2007 labour-export income +17.9% vs 2008 industry +17.9%: same number, other indicator and year')
a = ALT(SC8, 1, s8_ui, '12933元', '2008 urban income 12633 → 12933')
S.rel('growth', I, RX(a, cr_ui, s8_ui, '12933元'), 'altered: 12933/11098 = +16.5%, not 13.8 (breaks {B})')
a = ALT(SC8, 2, s8_rig, '19.2%', '2008 rural income growth 16.2 → 19.2')
S.rel('growth', I, RX(a, cr_ri, s8_rig, '19.2%'), 'altered: 4121/3546.7 = +16.2%, not 19.2 (breaks {B})')

# ---- 四川 1956 (speech to the NPC, 1957) and grain 1949–1990 (encyclopedia entry from the gazetteer)
sg49 = F(SG, '1494.5万吨'); sg90 = F(SG, '4266.3万吨'); sgr = F(SG, '1.85倍'); sp49 = F(SG, '261公斤'); sp90 = F(SG, '394.6公斤'); spg = F(SG, '51.2%')
gr_sg = [sg49, sg90, sgr]; gr_sp = [sp49, sp90, spg]
S.rel('growth', C, gr_sg, 'grain 1494.5 → 4266.3万吨: ratio 2.855, “增长了1.85倍” = ratio − 1')
S.rel('growth', C, gr_sp, 'grain per head 261 → 394.6 kg: +51.2%')
S.rel('rate', C, [sg49, sg90, F(SG, '500万吨'), F(SG, '5.5个')], '(4266.3 − 1494.5)/500 = 5.54 steps of 500万吨: “5.5个台阶”')
S.rel('share', U, [F(S56, '百分之九十二点八'), F(S56, '百分之八十八点八')], '92.8% of co-ops raised output, 88.8% of members raised income: different bases, no relation')
S.rel('growth', U, [F(S56, '四百四十五亿斤'), sg49, sg90], '1956 grain 445亿斤 (2225万吨) vs the 1949 and 1990 levels: other years; the 1955 level behind “增长百分之十” is not stated')
a = ALT(SG, 1, sgr, '1.65倍', 'grain increase 1.85 → 1.65 times')
S.rel('growth', I, R(a, gr_sg, sgr, '1.65倍'), 'altered: 4266.3/1494.5 − 1 = 1.85, not 1.65 (breaks {B})')
a = ALT(SG, 2, spg, '57.2%', 'grain per head increase 51.2 → 57.2%')
S.rel('growth', I, R(a, gr_sp, spg, '57.2%'), 'altered: 394.6/261 = +51.2%, not 57.2 (breaks {B})')

# ---- 大理市 2012 (news of the city party plenum; forum copy with anti-copy noise)
d_f1 = F(DL, '32.7亿元', n=0); d_f2 = F(DL, '32.7亿元', n=1); d_r1 = F(DL, '8050元', n=0); d_r2 = F(DL, '8050元', n=1)
S.rel('restatement', C, [d_f1, d_f2], 'fiscal revenue 32.7亿 in the subhead and in the body')
S.rel('restatement', C, [d_r1, d_r2], 'rural income 8050元 in the subhead and in the body')
S.rel('growth', U, [F(DL, '14%'), F(DL, '296亿元'), F(DL, '255亿元')], '2013 target: GDP +14%以上 and 296亿; 296/255 = +16.1% at current prices, 14% is real: nominal vs real')
S.rel('target', U, [F(DL, '15%', n=1), F(DL, '25%')], '2013 target rural income +15%以上 vs the 2012 result +25%: other period')
a = ALT(DL, 1, d_f1, '37.7亿元', 'fiscal revenue in the subhead 32.7 → 37.7')
S.rel('restatement', I, [on(a, d_f1, '37.7亿元'), on(a, d_f2)], 'altered: 37.7 in the subhead vs 32.7 in the body (breaks {B})')
a = ALT(DL, 2, d_r2, '8650元', 'rural income in the body 8050 → 8650')
S.rel('restatement', I, [on(a, d_r1), on(a, d_r2, '8650元')], 'altered: 8050 in the subhead vs 8650 in the body (breaks {B})')

# ---- 雷山县 2006–2011 (county report news, traditional)
lf = [F(LS, '4.6倍'), F(LS, '35.6%')]; li = [F(LS, '8.9倍'), F(LS, '54.9%')]
ls06 = [F(LS, '28', post=':21'), F(LS, '21', pre=':', post=':51'), F(LS, '51', pre=':')]
ls11 = [F(LS, '24', post=':26'), F(LS, '26', pre=':', post=':50'), F(LS, '50', pre=':', post=',')]
S.rel('growth', C, lf, 'fiscal revenue 4.6 times 2006 over 5 years: 35.7% (35.4–36.0) vs 35.6%')
S.rel('growth', C, li, 'investment 8.9 times over 5 years: 54.8% (54.7–55.0) vs 54.9%')
S.rel('sum', C, ls06, 'structure 2006: 28 + 21 + 51 = 100')
S.rel('sum', C, ls11, 'structure 2011: 24 + 26 + 50 = 100')
S.rel('growth', U, [F(LS, '2.6倍'), F(LS, '14.2%')], 'GDP 2.6 times over 5 years is 21% a year at current prices; 14.2% is real: nominal vs real')
S.rel('growth', U, [F(LS, '2.1倍'), F(LS, '13%')], 'rural income 2.1 times over 5 years is 16.0% (15.4–16.5), stated 13%: real growth, or an average over 6 years (2.1^(1/6) = 13.2%); not a check as written')
a = ALT(LS, 1, lf[1], '38.6%', 'fiscal revenue yearly growth 35.6 → 38.6')
S.rel('growth', I, R(a, lf, lf[1], '38.6%'), 'altered: 4.6 times over 5 years is 35.7% a year, not 38.6 (breaks {B})')
a = ALT(LS, 2, ls11[1], '27', '2011 secondary share 26 → 27')
S.rel('sum', I, R(a, ls11, ls11[1], '27'), 'altered: 24 + 27 + 50 = 101 (breaks {B})')

# ---- 静宁县 十一五 (county report 2011)
jg = [F(JN, '12.8亿元'), F(JN, '19.2亿元'), F(JN, '8.4%')]; jf = [F(JN, '2600万元'), F(JN, '5300万元'), F(JN, '15.3%')]
je = [F(JN, '2.9亿元'), F(JN, '13.4亿元'), F(JN, '4.6倍')]
S.rel('growth', C, jg, 'GDP 12.8 → 19.2亿 over 5 years: 8.4% a year (as computed from the stated levels)')
S.rel('growth', C, jf, 'local fiscal revenue 2600 → 5300万 over 5 years: 15.3% a year')
S.rel('growth', C, je, 'spending 13.4/2.9 = 4.62: 4.6 times')
S.rel('share', U, [F(JN, '44万亩'), F(JN, '76万亩')], 'newly planted 44万亩 of 76万亩 orchards: no share is stated and the rest are older plantings')
a = ALT(JN, 1, jg[2], '9.4%', 'GDP yearly growth 8.4 → 9.4')
S.rel('growth', I, R(a, jg, jg[2], '9.4%'), 'altered: 12.8 → 19.2 over 5 years is 8.4% a year, not 9.4 (breaks {B})')
a = ALT(JN, 2, je[2], '4.8倍', 'spending multiple 4.6 → 4.8')
S.rel('growth', I, R(a, je, je[2], '4.8倍'), 'altered: 13.4/2.9 = 4.62, not 4.8 (breaks {B})')

# ---- cross-document traps
S.rel('target', U, [gt, F(CQ, '9%')], '贵州 plan target for incomes (10%以上 a year) vs 重庆 H1 2013 urban income +9%: other place and period')
S.rel('restatement', U, [F(L10, '25%'), F(DL, '25%')], '拉萨 2010 investment +25% vs 大理市 2012 rural income +25%: same number, other place, year and indicator')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

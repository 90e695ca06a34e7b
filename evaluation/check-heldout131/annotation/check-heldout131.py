"""Check key, set check-heldout131. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout131.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout131'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

M96='mof_1996.txt'; M17='mof_2017m5.txt'; M19='mof_2019m4.txt'; GR='nbs_grain2021_hant.txt'; PF='nbs_profit2024m5.txt'
FQ='mofcom_fdi2019q1.txt'; F8='mofcom_fdi2019m8.txt'; OD='mofcom_odi2013h1.txt'; EC='mofcom_ec2023h1.txt'; MA='moa_2019h1.txt'
Z16='zj_2016.txt'; ZT='zj_2017t.txt'; Z17='zj_2017.txt'; QY='qy_h1.txt'; PB='pb_2024.txt'; H15='hn_2015m9.txt'; H13='hn_2013f_hant.txt'

# ---- 财政部 1996 (report of March 1997); rates written in words
m96_r = F(M96, '7366.61亿元'); m96_ri = F(M96, '1124.41亿元'); m96_rg = F(M96, '百分之十八'); m96_e = F(M96, '7914.38亿元'); m96_d = F(M96, '547.77亿元')
gr_m96 = [m96_r, m96_ri, m96_rg]; sum_m96 = [m96_r, m96_e, m96_d]; tg_m96 = [m96_r, F(M96, '百分之一百零七点二')]
S.rel('growth', C, gr_m96, '1996 national revenue 7366.61, “比上年增加1124.41亿元”: 1124.41 / (7366.61 − 1124.41) = 18.01% → “百分之十八”')
S.rel('growth', C, [m96_e, F(M96, '1090.66亿元'), F(M96, '百分之十六')], 'spending 7914.38, +1090.66: 1090.66 / 6823.72 = 15.98% → “百分之十六”')
S.rel('sum', C, sum_m96, 'spending 7914.38 − revenue 7366.61 = 547.77 (“支出大于收入547.77亿元”)')
S.rel('target', M, tg_m96, '1996 revenue “完成预算的百分之一百零七点二” reported after the year: ≥ 100% of the budget, met')
S.rel('target', M, [m96_e, F(M96, '百分之一百零五点七')], '1996 spending “完成预算的百分之一百零五点七” (year over; the report counts completion of the budget): met')

# ---- 财政部 May 2017
m17_h = F(M17, '16073亿元', n=0); m17_b = F(M17, '16073亿元', n=1); m17_c = F(M17, '7951亿元'); m17_l = F(M17, '8122亿元'); m17_t = F(M17, '14102亿元'); m17_n = F(M17, '1971亿元')
m17_g = F(M17, '3.7%', n=1); m17_yt = F(M17, '77224亿元'); m17_yc = F(M17, '36323亿元'); m17_yl = F(M17, '40901亿元'); m17_ytx = F(M17, '66354亿元'); m17_yn = F(M17, '10870亿元'); m17_yg = F(M17, '10%', pre='同比增长')
sum_m17cl = [m17_c, m17_l, m17_b]; sum_m17tn = [m17_t, m17_n, m17_b]
S.rel('restatement', C, [m17_h, m17_b], 'lead 16073 restates the body 16073 (May revenue)')
S.rel('sum', C, sum_m17cl, 'May: central 7951 + local 8122 = 16073')
S.rel('sum', C, sum_m17tn, 'May: tax 14102 + non-tax 1971 = 16073')
S.rel('rate', C, [m17_g, m17_c, F(M17, '3.6%'), m17_l, F(M17, '12%')], 'May +3.7% rebuilt from central −3.6% and local +12% (previous-year levels = level / (1 + rate)): 3.45–3.94 with the half units (12% carries ±0.5) → 3.7 fits')
S.rel('rate', C, [m17_g, m17_t, F(M17, '6.4%'), m17_n, F(M17, '12.5%')], 'May +3.7% rebuilt from tax +6.4% and non-tax −12.5%: 16073 / (14102/1.064 + 1971/0.875) = +3.65% (3.60–3.71) → 3.7')
S.rel('sum', C, [m17_yc, m17_yl, m17_yt], 'Jan–May: central 36323 + local 40901 = 77224')
S.rel('sum', C, [m17_ytx, m17_yn, m17_yt], 'Jan–May: tax 66354 + non-tax 10870 = 77224')
S.rel('rate', C, [m17_yg, m17_yc, F(M17, '9.3%'), m17_yl, F(M17, '10.7%')], 'Jan–May +10% rebuilt from central +9.3% and local +10.7%: +10.04% (9.99–10.09) → 10')
S.rel('rate', C, [m17_yg, m17_ytx, F(M17, '10.6%'), m17_yn, F(M17, '6.6%')], 'Jan–May +10% rebuilt from tax +10.6% and non-tax +6.6%: +10.02% → 10')
S.rel('growth', U, [m17_b, m17_g, m17_yt, m17_yg], 'May 16073 (+3.7%) is inside Jan–May 77224 (+10%): Jan–Apr is not stated, so neither rate follows from the other (other period)')

# ---- 财政部 Jan–Apr 2019
m19_r = F(M19, '72651亿元'); m19_t = F(M19, '63692亿元'); m19_n = F(M19, '8959亿元'); m19_e = F(M19, '75667亿元'); m19_c = F(M19, '10300亿元'); m19_l = F(M19, '65367亿元')
m19_eg = F(M19, '15.2%', n=0)
sum_m19r = [m19_t, m19_n, m19_r]; sum_m19e = [m19_c, m19_l, m19_e]; rt_m19e = [m19_eg, m19_c, F(M19, '14.9%'), m19_l, F(M19, '15.2%', n=1)]
S.rel('sum', C, sum_m19r, 'Jan–Apr 2019: tax 63692 + non-tax 8959 = 72651')
S.rel('sum', C, sum_m19e, 'spending: central 10300 + local 65367 = 75667')
S.rel('rate', C, [F(M19, '5.3%'), m19_t, F(M19, '4.6%'), m19_n, F(M19, '10.3%')], 'revenue +5.3% rebuilt from tax +4.6% and non-tax +10.3%: +5.27% (5.22–5.32) → 5.3')
S.rel('rate', C, rt_m19e, 'spending +15.2% rebuilt from central +14.9% and local +15.2%: +15.16% (15.11–15.21) → 15.2')
S.rel('growth', U, [m19_eg, F(M19, '4.9个百分点')], '“增幅比去年同期加快4.9个百分点”: the Jan–Apr 2018 rate is not stated')
S.rel('restatement', U, [m19_eg, F(M19, '15.2%', n=1)], 'total spending +15.2% and local spending +15.2%: the same number for different scopes, not a restatement')
S.rel('restatement', U, [m17_yt, m19_r], 'cross-document: Jan–May 2017 revenue 77224 vs Jan–Apr 2019 72651: other period (no growth relation is stated between them)')

# ---- 国家统计局 2021 grain (traditional)
g_t = F(GR, '13657億斤'); g_ti = F(GR, '267億斤'); g_tg = F(GR, '2.0%')
g_a = F(GR, '17.64億畝'); g_ai = F(GR, '1295萬畝', n=1); g_ag = F(GR, '0.7%', n=1)
g_c = F(GR, '15.03億畝'); g_ci = F(GR, '3320萬畝'); g_cg = F(GR, '2.3%')
g_m = F(GR, '6.50億畝'); g_mi = F(GR, '3090萬畝'); g_mg = F(GR, '5.0%')
g_w = F(GR, '3.54億畝'); g_wi = F(GR, '283萬畝'); g_r = F(GR, '4.49億畝'); g_ri = F(GR, '231萬畝')
g_b = F(GR, '1.52億畝'); g_bi = F(GR, '2209萬畝'); g_s = F(GR, '1.26億畝'); g_si = F(GR, '2200萬畝'); g_p = F(GR, '1.10億畝'); g_pi = F(GR, '184萬畝')
gr_gt = [g_t, g_ti, g_tg]; gr_gm = [g_m, g_mi, g_mg]
S.rel('growth', C, gr_gt, '2021 grain 13657, +267: 267 / 13390 = 1.99% → 2.0%')
S.rel('growth', C, [F(GR, '10178億斤'), F(GR, '191億斤'), F(GR, '1.9%')], 'autumn grain 10178, +191: 191 / 9987 = 1.91% → 1.9%')
S.rel('restatement', C, [g_t, F(GR, '1.3萬億斤')], '13657 restated as “保持在1.3萬億斤以上” (lower bound)')
S.rel('restatement', C, [F(GR, '1295萬畝', n=0), g_ai], 'section heading “增加1295萬畝” restates the body +1295万亩')
S.rel('growth', C, [g_a, g_ai, g_ag], 'sown area 17.64亿亩, +1295万亩: 0.1295 / 17.5105 = 0.74% → 0.7%')
S.rel('growth', C, [g_c, g_ci, g_cg], 'cereals 15.03亿亩, +3320万亩: 0.332 / 14.698 = 2.26% → 2.3%')
S.rel('growth', C, gr_gm, 'maize 6.50亿亩, +3090万亩: 0.309 / 6.191 = 4.99% → 5.0%')
S.rel('growth', C, [g_w, g_wi, F(GR, '0.8%')], 'wheat 3.54亿亩, +283万亩: 0.0283 / 3.5117 = 0.81% → 0.8%')
S.rel('growth', C, [g_r, g_ri, F(GR, '0.5%')], 'rice 4.49亿亩, −231万亩: 0.0231 / 4.5131 = −0.51% → 下降0.5%')
S.rel('growth', C, [g_b, g_bi, F(GR, '12.7%')], 'beans 1.52亿亩, −2209万亩: 0.2209 / 1.7409 = −12.69% → 12.7%')
S.rel('growth', C, [g_s, g_si, F(GR, '14.8%')], 'soybean 1.26亿亩, −2200万亩: 0.22 / 1.48 = −14.86%; with the half unit of 1.26 (1.255–1.265) −14.81 to −14.92, which reaches 14.85 → 14.8 within the allowance')
S.rel('growth', C, [g_p, g_pi, F(GR, '1.7%')], 'tubers 1.10亿亩, +184万亩: 0.0184 / 1.0816 = 1.70% → 1.7%')
S.rel('sum', C, [g_c, g_b, g_p, g_a], 'cereals 15.03 + beans 1.52 + tubers 1.10 = 17.65亿亩; with the half units 17.635–17.665, which reaches 17.64')
sum_gi = [g_ci, g_bi, g_pi, g_ai]
S.rel('sum', C, sum_gi, 'changes by group: +3320 − 2209 + 184 = +1295万亩, the total change')
S.rel('sum', U, [g_m, g_w, g_r, g_c], 'maize 6.50 + wheat 3.54 + rice 4.49 = 14.53 < cereals 15.03: the other cereals are not listed (a selection, not a split)')
S.rel('sum', U, [g_mi, g_wi, g_ri, g_ci], 'maize +3090, wheat +283, rice −231 = +3142 ≠ cereals +3320: the other cereals are not listed')
S.rel('rate', U, [g_cg, g_mg, F(GR, '0.8%'), F(GR, '0.5%')], 'cereals +2.3% from the rates of three cereals: the remaining cereals are not stated, so the weights do not close')

# ---- 国家统计局 industrial profits Jan–May 2024
p_t = F(PF, '27543.8亿元'); p_m = F(PF, '5024.5亿元'); p_f = F(PF, '19285.7亿元'); p_u = F(PF, '3233.6亿元'); p_mg = F(PF, '5.19%')
sum_pf = [p_m, p_f, p_u, p_t]; sh_pf = [p_t, F(PF, '53.03万亿元'), p_mg]
S.rel('sum', C, sum_pf, 'profits by sector: 5024.5 + 19285.7 + 3233.6 = 27543.8')
S.rel('rate', C, [F(PF, '3.4%'), p_m, F(PF, '16.2%'), p_f, F(PF, '6.3%'), p_u, F(PF, '29.5%')], 'profits +3.4% rebuilt from the three sectors (previous-year levels = level / (1 + rate)): +3.41% (3.36–3.46) → 3.4')
S.rel('share', C, sh_pf, 'margin: 27543.8 / 53.03万亿 = 5.194% → 5.19%')
S.rel('sum', U, [F(PF, '9438.4亿元'), F(PF, '20510.5亿元'), F(PF, '6827.8亿元'), F(PF, '7329.3亿元'), p_t], 'ownership groups add to 44106 > 27543.8: 国有控股 and 股份制 overlap and other forms are left out (not a split)')
S.rel('rate', U, [F(PF, '3.4%'), F(PF, '2.4%'), F(PF, '1.0%'), F(PF, '12.6%'), F(PF, '7.6%')], 'profits +3.4% from the ownership groups’ rates: overlapping groups, no weights')
S.rel('growth', U, [p_mg, F(PF, '0.02个百分点')], 'margin “同比提高0.02个百分点”: last year’s margin is not stated')

# ---- 商务部 FDI Q1 and Jan–Aug 2019
q_t = F(FQ, '2422.8亿元'); q_hm = F(FQ, '259.7亿元'); q_hs = F(FQ, '406.7亿元'); q_sh = F(FQ, '27.5%')
sh_fq = [q_hm, q_hs, q_t, q_sh]
S.rel('share', C, sh_fq, 'high-tech = high-tech manufacturing 259.7 + high-tech services 406.7 = 666.4; 666.4 / 2422.8 = 27.50% → 27.5%')
S.rel('sum', U, [F(FQ, '753.6亿元'), F(FQ, '1629.1亿元'), q_t], 'manufacturing 753.6 + services 1629.1 = 2382.7 < 2422.8: agriculture and other sectors are not stated')
S.rel('share', U, [q_t, F(FQ, '10.3%')], 'free-trade zones “占比达到10.3%”: their level is not stated (nothing to check)')
e_t = F(F8, '6040.4亿元'); e_h = F(F8, '1748亿元'); e_hm = F(F8, '665.2亿元'); e_hs = F(F8, '1082.8亿元'); e_z = F(F8, '866亿元')
sum_f8 = [e_hm, e_hs, e_h]; sh_f8z = [e_z, e_t, F(F8, '14.3%')]
S.rel('sum', C, sum_f8, 'Jan–Aug: high-tech manufacturing 665.2 + high-tech services 1082.8 = 1748')
S.rel('share', C, [e_h, e_t, F(F8, '28.9%')], 'high-tech 1748 / 6040.4 = 28.94% → 28.9%')
S.rel('share', C, sh_f8z, 'free-trade zones 866 / 6040.4 = 14.34% → 14.3%')
S.rel('sum', U, [F(F8, '1707.2亿元'), F(F8, '4252.3亿元'), e_t], 'manufacturing 1707.2 + services 4252.3 = 5959.5 < 6040.4: other sectors not stated')
S.rel('restatement', U, [F(F8, '6.9%', n=0), F(F8, '6.9%', n=1)], 'national +6.9% and eastern region +6.9%: the same number for different scopes')
S.rel('rate', U, [F(F8, '6.9%', n=0), F(F8, '6.9%', n=1), F(F8, '15.8%')], 'national +6.9% from east +6.9% and west +15.8%: central region and weights not stated')
S.rel('restatement', U, [q_sh, F(F8, '28.9%')], 'cross-document: high-tech share 27.5% (Q1) vs 28.9% (Jan–Aug): other period')
S.rel('growth', U, [q_t, F(FQ, '6.5%'), e_t, F(F8, '6.9%', n=0)], 'cross-document: Q1 2422.8 (+6.5%) and Jan–Aug 6040.4 (+6.9%): cumulative figures of other periods; Apr–Aug is not stated')

# ---- 商务部 outward investment H1 2013
o_t = F(OD, '456亿美元'); o_7 = F(OD, '322亿美元'); o_l = F(OD, '141亿美元'); o_n = F(OD, '767亿美元')
sh_od7 = [o_7, o_t, F(OD, '71%')]; sum_odl = [F(OD, '13万人'), F(OD, '9.6万人'), F(OD, '22.6万人')]
S.rel('share', C, sh_od7, 'seven economies 322 / 456 = 70.6% → 71%')
S.rel('share', C, [o_l, o_t, F(OD, '31%')], 'local firms 141 / 456 = 30.9% → 31%')
S.rel('share', C, [F(OD, '602亿美元'), o_n, F(OD, '79%')], 'large contracts 602 / 767 = 78.49%; with the half units 78.37–78.60, which reaches 78.5 → 79% within the allowance')
S.rel('sum', C, sum_odl, 'labour sent: 13 under contracting + 9.6 under labour cooperation = 22.6万人')
S.rel('rate', U, [F(OD, '17%'), F(OD, '9.1%'), F(OD, '290%'), F(OD, '93%'), F(OD, '50%'), F(OD, '5%', pre='实现了')], 'seven economies +17% from the rates of five of them: levels/weights not stated (and 东盟, 俄罗斯 missing)')
S.rel('restatement', U, [F(OD, '15%', n=0), F(OD, '15%', n=1)], 'contract turnover +15% and new contracts +15%: the same number for different indicators')
S.rel('share', U, [o_n, F(OD, '10749亿美元')], 'new contracts 767 (H1) vs 累计签订合同额 10749 (all years to end-June): other period, no share stated')

# ---- 商务部 online retail H1 2023: traps only
S.rel('sum', U, [F(EC, '6.06万亿元'), F(EC, '7.16万亿元')], 'physical goods 6.06 within online retail 7.16: the services part is not stated (subset, not a split)')
S.rel('share', U, [F(EC, '6.06万亿元'), F(EC, '26.6%')], 'physical goods 26.6% of all retail sales: the retail total is not stated')
S.rel('rate', U, [F(EC, '13.1%', n=0), F(EC, '16.1%'), F(EC, '13%'), F(EC, '11.5%'), F(EC, '9.1%')], 'national +13.1% from the four regions’ rates: the regions’ weights are not stated')
S.rel('growth', U, [F(EC, '16.1%'), F(EC, '4.8')], 'regions “比一季度分别加快4.8…个百分点”: the Q1 rates are not stated')
S.rel('growth', U, [F(EC, '12.5%'), F(EC, '3.7个百分点')], 'rural online retail “比一季度加快3.7个百分点”: the Q1 rate is not stated')
S.rel('sum', U, [F(EC, '1.02万亿元'), F(EC, '1.12万亿元')], 'rural physical goods 1.02 within rural online retail 1.12: subset')
S.rel('restatement', U, [F(EC, '13.1%', n=0), F(EC, '13.1%', n=1)], 'online retail +13.1% and farm-product online retail +13.1%: the same number for different indicators')

# ---- 农业农村部 H1 2019
ma_s = F(MA, '58.6亿斤'); gr_ma = [F(MA, '2835亿斤'), ma_s, F(MA, '2.1%')]
S.rel('growth', C, gr_ma, 'summer grain 2835, +58.6: 58.6 / 2776.4 = 2.11% → 2.1%')
S.rel('growth', U, [F(MA, '33%'), F(MA, '3个百分点')], 'quality wheat share 33% “比去年提高3个百分点”: last year’s share is not stated')
S.rel('restatement', U, [F(MA, '6239.6亿元'), F(MA, '6.8万亿元')], 'headline trade 6239.6亿 (Jan–May) is not restated in the body; 6.8万亿 is processing revenue: different indicators')

# ---- 湛江 2016 plan report, 2017 targets, 2017 report
z16_g = F(Z16, '8.2%'); z16_f = F(Z16, '466.23亿元'); z16_i = F(Z16, '17928.9元'); z16_r = F(Z16, '112.97亿元')
z17_gdp = F(Z17, '2850亿元'); z17_g = F(Z17, '7.7%'); z17_f = F(Z17, '583.8亿元'); z17_fg = F(Z17, '25.2%'); z17_i = F(Z17, '19596元'); z17_ig = F(Z17, '9.3%')
z17_ret = F(Z17, '10.2%'); z17_tr = F(Z17, '10%', pre='增长', post='。实际'); z17_r = F(Z17, '135亿元'); z17_rg = F(Z17, '21%')
gr_zf = [z16_f, z17_f, z17_fg]; gr_zi = [z16_i, z17_i, z17_ig]
S.rel('growth', U, [z16_g, F(Z16, '0.8%'), F(Z16, '1.5%')], '湛江 2016 GDP +8.2% “比省增速高0.8%,比全国高1.5%”: the province’s and the nation’s rates are not stated')
S.rel('growth', C, gr_zf, 'cross-document: 来源于湛江财政总收入 466.23 (2016) → 583.8 (2017): +25.22% (25.21–25.23) → “增长25.2%”')
S.rel('growth', C, gr_zi, 'cross-document: resident income 17928.9 (2016) → 19596 (2017): +9.30% → “增长9.3%”')
S.rel('growth', U, [F(Z16, '2570亿元'), z17_gdp, z17_g], 'cross-document: GDP 2570 → 2850 is +10.9% at current prices; the 7.7% is real growth: nominal vs real')
S.rel('growth', U, [z16_r, z17_r, z17_rg], 'cross-document: 一般公共预算收入 112.97 → 135 is +19.1% to +19.9%, not 21%; the 2017 rate is not said to be on the same caliber (the 2017 plan speaks of 可比增长), so the levels do not check it')
S.rel('share', U, [z17_r, z17_f], '一般公共预算收入 135 and 来源于湛江财政总收入 583.8: different scopes (the latter includes central and provincial taxes), no share stated')
t_g = F(ZT, '9%左右'); t_ind = F(ZT, '11%'); t_inv = F(ZT, '12%'); t_ret = F(ZT, '10%', pre='社会消费品零售总额增长'); t_tr = F(ZT, '7%'); t_fdi = F(ZT, '3.5%'); t_rev = F(ZT, '10%', pre='可比增长'); t_inc = F(ZT, '9%', pre='居民人均可支配收入增长')
tg_zret = [t_ret, z17_ret]; tg_ztr = [t_tr, z17_tr]
S.rel('target', MS, [t_g, z17_g], 'cross-document: 湛江 2017 GDP target “9%左右” (met at ≥ 8.5) → 7.7%: missed')
S.rel('target', MS, [t_ind, F(Z17, '9%', pre='增长', post='。固定')], 'cross-document: industry target +11% → +9%: missed')
S.rel('target', MS, [t_inv, F(Z17, '7.2%')], 'cross-document: investment target +12% → +7.2%: missed')
S.rel('target', M, tg_zret, 'cross-document: retail target +10% → +10.2%: met')
S.rel('target', M, tg_ztr, 'cross-document: trade target +7% → +10%: met')
S.rel('target', M, [t_fdi, F(Z17, '32%')], 'cross-document: FDI target +3.5% → +32%: met')
S.rel('target', M, [t_inc, z17_ig], 'cross-document: resident income target +9% → +9.3%: met')
S.rel('target', CT, [t_rev, z17_rg], 'cross-document: revenue target “可比增长10%” vs the report’s “增长21%”: the report does not say the 21% is on the comparable basis (cannot tell, though the margin is large)')
S.rel('target', U, [t_g, z16_g], 'cross-document: the 2017 GDP target against the 2016 result 8.2%: other period')
S.rel('target', U, [t_inc, F(Z16, '7.8%')], 'cross-document: the 2017 income target +9% against the 2016 result +7.8%: other period')

# ---- 清远 H1
q_gdp = F(QY, '1068.55亿元'); q_p = [F(QY, '141.98亿元'), F(QY, '385.87亿元'), F(QY, '540.70亿元')]
q_tr = F(QY, '311.01亿元'); q_im = F(QY, '185.83亿元'); q_ex = F(QY, '125.18亿元'); q_img = F(QY, '16.0%')
sum_qy = q_p + [q_gdp]; sum_qyt = [q_im, q_ex, q_tr]; rt_qyt = [F(QY, '6.1%'), q_im, q_img, q_ex, F(QY, '5.8%')]
S.rel('sum', C, sum_qy, '清远 H1: 141.98 + 385.87 + 540.70 = 1068.55')
S.rel('sum', C, sum_qyt, 'trade: imports 185.83 + exports 125.18 = 311.01')
S.rel('rate', C, rt_qyt, 'trade +6.1% rebuilt from imports +16.0% and exports −5.8% (previous-year levels = level / (1 + rate)): +6.12% (6.06–6.17) → 6.1')
S.rel('rate', U, [F(QY, '4.8%'), q_p[0], F(QY, '5.3%', n=0), q_p[1], F(QY, '5.4%'), q_p[2], F(QY, '4.2%')], 'GDP +4.8% is real growth: the weights are last year’s structure at current prices, which is not stated (deflating this year’s current levels by real rates gives about 4.78, but that is not a check)')
S.rel('growth', U, [F(QY, '4.0%'), F(QY, '0.7个百分点')], 'industry “增速比一季度回落0.7个百分点”: the Q1 rate is not stated')
S.rel('growth', U, [F(QY, '7.0%'), F(QY, '2.6个百分点')], 'investment “降幅较一季度收窄2.6个百分点”: the Q1 rate is not stated')
S.rel('growth', U, [F(QY, '2.3%'), F(QY, '4.1个百分点')], 'retail “较一季度加快4.1个百分点”: the Q1 rate is not stated')
S.rel('rate', U, [F(QY, '7.4%'), F(QY, '3.0%')], 'revenue +7.4% with tax −3.0%: the non-tax part and the weights are not stated')

# ---- 浦北县 2024 bulletin
b_t = F(PB, '284.97亿元'); b_p = [F(PB, '97.33亿元'), F(PB, '63.59亿元'), F(PB, '124.05亿元')]
b_s = [F(PB, '34.2', pre='结构)'), F(PB, '22.3', pre='34.2:'), F(PB, '43.5', pre='22.3:')]
b_ts = [F(PB, '34.2', pre='服务业) | 5.5 | 4.7 | '), F(PB, '22.3', pre='| 1.5 | -5.4 | '), F(PB, '43.5', pre='| 4.3 | 7.2 | ')]
sum_pb = b_p + [b_t]; sh_pb3 = [b_p[2], b_t, b_s[2]]
sum_pbw = [F(PB, '1.7', pre='| -28.7 | 10.3 | '), F(PB, '7.4', pre='| 8.9 | 12.9 | '), F(PB, '9.1', pre='| -0.7 | 12 | ')]
S.rel('sum', C, sum_pb, '浦北 2024: 97.33 + 63.59 + 124.05 = 284.97')
S.rel('share', C, [b_p[0], b_t, b_s[0]], 'primary 97.33 / 284.97 = 34.15% → 34.2')
S.rel('share', C, [b_p[1], b_t, b_s[1]], 'secondary 63.59 / 284.97 = 22.31% → 22.3')
S.rel('share', C, sh_pb3, 'tertiary 124.05 / 284.97 = 43.53% → 43.5')
S.rel('restatement', C, [b_s[1], b_ts[1]], 'text structure 22.3 restated in the table (第二产业(不含工业服务业), 2024)')
S.rel('restatement', C, [F(PB, '4%', pre='增长'), F(PB, '4', pre='地区生产总值 | ')], 'GDP +4% restated in the table (地区生产总值 | 4)')
S.rel('sum', C, sum_pbw, 'table 2024 structure: 批发业 1.7 + 零售业 7.4 = 批发和零售业 9.1')
S.rel('sum', C, [F(PB, '0.1', pre='住宿业 | 3.6 | 3.4 | '), F(PB, '1.4', pre='| 5.0 | 24.5 | '), F(PB, '1.5', pre='| 4.9 | 21.2 | ')], 'table 2024: 住宿业 0.1 + 餐饮业 1.4 = 住宿和餐饮业 1.5')
S.rel('sum', C, [F(PB, '4.1', pre='| 10.3 | 1.7 | '), F(PB, '8.2', pre='| 7.4 | '), F(PB, '12.3', pre='| 9.1 | ')], 'table 2023 structure: 4.1 + 8.2 = 12.3')
S.rel('rate', C, [F(PB, '4', pre='地区生产总值 | '), F(PB, '5.5', pre='服务业) | '), F(PB, '1.5', pre='工业服务业) | '), F(PB, '4.3', pre='工服) | '), F(PB, '29.8'), F(PB, '18.8'), F(PB, '51.4')], 'GDP +4 from the three sectors weighted by the stated 2023 structure: 0.298×5.5 + 0.188×1.5 + 0.514×4.3 = 4.13 → 4 (3.5–4.5)')
S.rel('restatement', U, [F(PB, '34.9'), b_ts[0]], '农、林、牧、渔业 34.9 vs 第一产业(不含农林牧渔服务业) 34.2: different scopes (farm services belong to the tertiary sector here)')
S.rel('sum', U, [F(PB, '9.1', pre='| -0.7 | 12 | '), F(PB, '1.5', pre='| 4.9 | 21.2 | '), F(PB, '2.9'), F(PB, '6.8'), F(PB, '5.3', pre='| 19.3 | 12.4 | '), F(PB, '14.9'), b_ts[2]], 'the service rows listed add to 40.6 (with transport 0.1), not 43.5: other services (e.g. transport, IT) are not listed, and 43.5 includes farm and industrial services')

# ---- 海南 September 2015 finance
h_m = F(H15, '72.3亿元'); h_mc = F(H15, '26.9亿元'); h_ml = F(H15, '45.4亿元'); h_mp = F(H15, '12.9亿元'); h_mx = F(H15, '32.5亿元')
h_y = F(H15, '763.1亿元'); h_yc = F(H15, '289.2亿元'); h_yl = F(H15, '473.9亿元'); h_yp = F(H15, '158.5亿元'); h_yx = F(H15, '315.3亿元'); h_tx = F(H15, '386.8亿元'); h_nt = F(H15, '87.1亿元')
sum_h15a = [h_mp, h_mx, h_ml]; sum_h15b = [h_tx, h_nt, h_yl]
S.rel('sum', C, [h_mc, h_ml, h_m], 'September: central 26.9 + local 45.4 = 72.3')
S.rel('sum', C, sum_h15a, 'September local: province 12.9 + cities/counties 32.5 = 45.4')
S.rel('sum', C, [h_yc, h_yl, h_y], 'Jan–Sep: central 289.2 + local 473.9 = 763.1')
S.rel('sum', C, [h_yp, h_yx, h_yl], 'Jan–Sep local: 158.5 + 315.3 = 473.8; with the half units 473.7–473.9, which reaches 473.85 → 473.9')
S.rel('sum', C, sum_h15b, 'Jan–Sep local: tax 386.8 + non-tax 87.1 = 473.9')
S.rel('sum', U, [F(H15, '45.1亿元'), F(H15, '128.7亿元'), F(H15, '51.9亿元'), F(H15, '12.4亿元'), F(H15, '17.4亿元'), F(H15, '10.2亿元'), F(H15, '19.3亿元'), F(H15, '60.6亿元'), F(H15, '24.4亿元'), h_tx], 'the nine listed taxes add to 370.0, not 386.8: “主要项目” is a selection')
S.rel('sum', U, [F(H15, '26.6亿元'), F(H15, '45.1亿元')], '改征增值税 26.6 is part of VAT 45.1 (其中): a subset, not a split')
S.rel('rate', U, [F(H15, '19.9%'), h_mc, F(H15, '15.1%'), h_ml, F(H15, '22.9%')], 'September +19.9% from central +15.1% and local +22.9%: the local rate is on the “同口径” basis while the levels are as reported, so the weights do not follow (the rebuild happens to give 19.9)')
S.rel('target', CT, [h_yl, F(H15, '74.6%')], 'local revenue at 74.6% of the annual budget by end-September: the year is not over')
S.rel('target', CT, [F(H15, '829.1亿元'), F(H15, '69.5%')], 'spending at 69.5% of the annual budget by end-September: the year is not over')

# ---- 海南 2013 finance (traditional)
k_r = F(H13, '480.5億元'); k_ri = F(H13, '71.1億元'); k_rg = F(H13, '17.4%', n=0); k_e = F(H13, '1009.2億元'); k_ms = F(H13, '715.5億元'); k_sh = F(H13, '70.9%')
gr_h13 = [k_r, k_ri, k_rg]; sh_h13 = [k_ms, k_e, k_sh]; tg_h13 = [k_r, F(H13, '102.1%')]
S.rel('growth', C, gr_h13, '海南 2013 local revenue 480.5, +71.1: 71.1 / 409.4 = 17.37% → 17.4%')
S.rel('share', C, sh_h13, 'livelihood spending 715.5 / 1009.2 = 70.90% → 70.9%')
S.rel('restatement', C, [k_rg, F(H13, '17.4%', n=1)], 'the revenue growth 17.4% stated twice')
S.rel('restatement', C, [k_e, F(H13, '千億元')], 'spending 1009.2 restated as “首次突破千億元” (lower bound)')
S.rel('target', M, tg_h13, '2013 revenue “完成年度預算的102.1%”, reported after the year: met')
S.rel('target', M, [k_e, F(H13, '100.1%')], '2013 spending “完成年度預算100.1%”: met')
S.rel('target', M, [F(H13, '17.4%', n=1), F(H13, '2.4個百分點')], 'revenue growth 17.4% “超年度增長目標2.4個百分點” (implied target 15%): met')
S.rel('rate', U, [k_rg, F(H13, '16.9%'), F(H13, '25.1%'), F(H13, '23.6%')], 'province +17.4% from east/central/west +16.9/25.1/23.6: the regions’ weights are not stated, and the province-level revenue belongs to no region (all three being ≥ 16.9 yet the total 17.4 shows the regions are not a split)')
S.rel('growth', U, [k_r, h_yl], 'cross-document: 海南 2013 local revenue 480.5 vs Jan–Sep 2015 473.9: other period and scope')


# ---- further traps
S.rel('sum', U, [g_si, g_bi], 'soybean −2200万亩 within beans −2209万亩 (其中): a subset, not a split')
S.rel('restatement', U, [g_t, F(MA, '2835亿斤')], 'cross-document: 2021 grain 13657亿斤 vs 2019 summer grain 2835亿斤: other period and scope')
S.rel('restatement', U, [F(PF, '35.0%'), F(PF, '29.5%')], '电力、热力生产和供应业 +35.0% is a part of 电力、热力、燃气及水生产和供应业 (+29.5%): other scope, not a restatement')
S.rel('sum', U, [q_hm, F(FQ, '753.6亿元')], 'high-tech manufacturing 259.7 within manufacturing 753.6: a subset')
S.rel('restatement', U, [q_hs, e_hs], 'cross-document: high-tech services 406.7 (Q1) vs 1082.8 (Jan–Aug): other period')
S.rel('growth', U, [F(EC, '272.4%'), F(EC, '156.6')], 'online travel +272.4% “比一季度加快156.6个百分点”: the Q1 rate is not stated')
S.rel('target', U, [F(ZT, '3%左右'), F(Z17, '3.5%以内')], 'cross-document: the CPI target “3%左右” against the registered unemployment rate “控制在3.5%以内”: other indicator')
S.rel('restatement', U, [F(QY, '5.3%', n=0), F(QY, '5.3%', n=1)], 'primary sector +5.3% and FDI +5.3%: the same number for different indicators')
S.rel('growth', U, [F(H15, '33.2亿元'), F(H15, '16.6%'), h_tx, F(H15, '5.6%')], 'September tax 33.2 (+16.6%) is inside Jan–Sep 386.8 (+5.6%): Jan–Aug is not stated (other period)')
S.rel('restatement', U, [F(H13, '11.8%'), F(H13, '17.4%', n=1)], '“從年初增長11.8%逐步提高到17.4%”: the early-year cumulative rate and the full-year rate are the same indicator for other periods')
S.rel('rate', U, [F(OD, '29%'), o_l, F(OD, '27%')], 'ODI +29% with local firms +27% (31% of it): the central firms’ rate is not stated')
S.rel('growth', U, [F(FQ, '1629.1亿元'), F(FQ, '3.1%'), F(F8, '4252.3亿元'), F(F8, '11.2%')], 'cross-document: services FDI 1629.1 (Q1, +3.1%) and 4252.3 (Jan–Aug, +11.2%): cumulative figures of other periods')

# ---- altered copies
a = ALT(M96, 1, m96_ri, '1184.41亿元', 'revenue increase 1124.41 → 1184.41')
S.rel('growth', I, R(a, gr_m96, m96_ri, '1184.41亿元'), 'altered: 1184.41 / (7366.61 − 1184.41) = 19.2%, not “百分之十八” (breaks {B})')
a = ALT(M96, 2, m96_d, '541.77亿元', 'deficit 547.77 → 541.77')
S.rel('sum', I, R(a, sum_m96, m96_d, '541.77亿元'), 'altered: 7914.38 − 7366.61 = 547.77, not 541.77 (breaks {B})')
a = ALT(M17, 1, m17_l, '8182亿元', 'May local revenue 8122 → 8182')
S.rel('sum', I, R(a, sum_m17cl, m17_l, '8182亿元'), 'altered: 7951 + 8182 = 16133, not 16073 (breaks {B})')
a = ALT(M17, 2, m17_n, '1921亿元', 'May non-tax revenue 1971 → 1921')
S.rel('sum', I, R(a, sum_m17tn, m17_n, '1921亿元'), 'altered: 14102 + 1921 = 16023, not 16073 (breaks {B})')
a = ALT(M19, 1, m19_n, '8559亿元', 'non-tax revenue 8959 → 8559')
S.rel('sum', I, R(a, sum_m19r, m19_n, '8559亿元'), 'altered: 63692 + 8559 = 72251, not 72651 (breaks {B})')
a = ALT(M19, 2, rt_m19e[2], '19.9%', 'central spending growth 14.9% → 19.9%')
S.rel('rate', I, R(a, rt_m19e, rt_m19e[2], '19.9%'), 'altered: 75667 / (10300/1.199 + 65367/1.152) = +15.8%, not 15.2% (breaks {B})')
a = ALT(GR, 1, gr_gm[2], '3.0%', 'maize area growth 5.0% → 3.0%')
S.rel('growth', I, R(a, gr_gm, gr_gm[2], '3.0%'), 'altered: 0.309 / 6.191 = 5.0%, not 3.0% (breaks {B})')
a = ALT(GR, 2, g_ti, '207億斤', 'grain increase 267 → 207')
S.rel('growth', I, R(a, gr_gt, g_ti, '207億斤'), 'altered: 207 / (13657 − 207) = 1.54%, not 2.0% (breaks {B})')
a = ALT(PF, 1, p_f, '19235.7亿元', 'manufacturing profits 19285.7 → 19235.7')
S.rel('sum', I, R(a, sum_pf, p_f, '19235.7亿元'), 'altered: 5024.5 + 19235.7 + 3233.6 = 27493.8, not 27543.8 (breaks {B})')
a = ALT(PF, 2, p_mg, '5.79%', 'margin 5.19% → 5.79%')
S.rel('share', I, R(a, sh_pf, p_mg, '5.79%'), 'altered: 27543.8 / 53.03万亿 = 5.19%, not 5.79% (breaks {B})')
a = ALT(FQ, 1, q_hs, '456.7亿元', 'high-tech services 406.7 → 456.7')
S.rel('share', I, R(a, sh_fq, q_hs, '456.7亿元'), 'altered: (259.7 + 456.7) / 2422.8 = 29.6%, not 27.5% (breaks {B})')
a = ALT(F8, 1, e_hs, '1052.8亿元', 'high-tech services 1082.8 → 1052.8')
S.rel('sum', I, R(a, sum_f8, e_hs, '1052.8亿元'), 'altered: 665.2 + 1052.8 = 1718, not 1748 (breaks {B})')
a = ALT(F8, 2, e_z, '896亿元', 'free-trade zones 866 → 896')
S.rel('share', I, R(a, sh_f8z, e_z, '896亿元'), 'altered: 896 / 6040.4 = 14.8%, not 14.3% (breaks {B})')
a = ALT(OD, 1, o_7, '352亿美元', 'seven economies 322 → 352')
S.rel('share', I, R(a, sh_od7, o_7, '352亿美元'), 'altered: 352 / 456 = 77.2%, not 71% (breaks {B})')
a = ALT(OD, 2, sum_odl[1], '9.1万人', 'labour-cooperation workers 9.6 → 9.1')
S.rel('sum', I, R(a, sum_odl, sum_odl[1], '9.1万人'), 'altered: 13 + 9.1 = 22.1, not 22.6 (breaks {B})')
a = ALT(MA, 1, ma_s, '38.6亿斤', 'summer grain increase 58.6 → 38.6')
S.rel('growth', I, R(a, gr_ma, ma_s, '38.6亿斤'), 'altered: 38.6 / (2835 − 38.6) = 1.38%, not 2.1% (breaks {B})')
a = ALT(Z17, 1, z17_f, '588.8亿元', '来源于湛江财政总收入 583.8 → 588.8')
S.rel('growth', I, R(a, gr_zf, z17_f, '588.8亿元'), 'altered, cross-document: 466.23 → 588.8 is +26.3%, not 25.2% (breaks {B})')
a = ALT(Z17, 2, z17_i, '19396元', 'resident income 19596 → 19396')
S.rel('growth', I, R(a, gr_zi, z17_i, '19396元'), 'altered, cross-document: 17928.9 → 19396 is +8.2%, not 9.3% (breaks {B})')
a = ALT(ZT, 1, t_ret, '12%', 'retail target +10% → +12%')
S.rel('target', MS, R(a, tg_zret, t_ret, '12%'), 'altered, cross-document: retail target +12% → result +10.2%: missed (breaks {B})')
a = ALT(QY, 1, q_p[1], '335.87亿元', 'secondary sector 385.87 → 335.87')
S.rel('sum', I, R(a, sum_qy, q_p[1], '335.87亿元'), 'altered: 141.98 + 335.87 + 540.70 = 1018.55, not 1068.55 (breaks {B})')
a = ALT(QY, 2, q_img, '19.0%', 'import growth 16.0% → 19.0%')
S.rel('rate', I, R(a, rt_qyt, q_img, '19.0%'), 'altered: 311.01 / (185.83/1.19 + 125.18/0.942) = +7.6%, not 6.1% (breaks {B})')
a = ALT(PB, 1, sum_pbw[1], '7.9', 'table 零售业 2024 share 7.4 → 7.9')
S.rel('sum', I, R(a, sum_pbw, sum_pbw[1], '7.9'), 'altered: 1.7 + 7.9 = 9.6, not 9.1 (breaks {B})')
a = ALT(PB, 2, b_p[2], '124.65亿元', 'tertiary value added 124.05 → 124.65')
S.rel('sum', I, R(a, sum_pb, b_p[2], '124.65亿元'), 'altered: 97.33 + 63.59 + 124.65 = 285.57, not 284.97 (breaks {B})')
S.rel('share', I, R(a, sh_pb3, b_p[2], '124.65亿元'), 'altered: 124.65 / 284.97 = 43.7%, not 43.5 (breaks {B})')
a = ALT(H15, 1, h_mx, '37.5亿元', 'September cities/counties 32.5 → 37.5')
S.rel('sum', I, R(a, sum_h15a, h_mx, '37.5亿元'), 'altered: 12.9 + 37.5 = 50.4, not 45.4 (breaks {B})')
a = ALT(H15, 2, h_nt, '81.1亿元', 'non-tax revenue 87.1 → 81.1')
S.rel('sum', I, R(a, sum_h15b, h_nt, '81.1亿元'), 'altered: 386.8 + 81.1 = 467.9, not 473.9 (breaks {B})')
a = ALT(H13, 1, k_ri, '77.1億元', 'revenue increase 71.1 → 77.1')
S.rel('growth', I, R(a, gr_h13, k_ri, '77.1億元'), 'altered: 77.1 / (480.5 − 77.1) = 19.1%, not 17.4% (breaks {B})')

a = ALT(H13, 2, k_sh, '76.9%', 'livelihood share 70.9% → 76.9%')
S.rel('share', I, R(a, sh_h13, k_sh, '76.9%'), 'altered: 715.5 / 1009.2 = 70.9%, not 76.9% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

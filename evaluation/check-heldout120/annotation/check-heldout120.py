"""Check key, set check-heldout120. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout120.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout120'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

PS='ps_2018.txt'; L21='ln_2021q1.txt'; L23='ln_2023q1.txt'; H21='hlj_2021h1.txt'; HK='hlj_2022_hant.txt'; HG='hlj_2022.txt'
NE='ne_2023t.txt'; SY='sy_2023.txt'; S22='sy_2022.txt'; CC='cc_2023_hant.txt'; DL='dl_2011h1.txt'; LS='lsk_2012.txt'
QQ='qqhr_2012h1_hant.txt'; HB='hrb_2002.txt'; CY='cyx_2022.txt'; TL='tlx_2019.txt'

# ---- 磐石 2018 bulletin (population table, grain)
p_tot = F(PS, '506427', pre='全市总人口 |\n'); p_tot_t = F(PS, '506427人')
p_m = F(PS, '259078'); p_f = F(PS, '247349'); p_a = [F(PS, '68939'), F(PS, '325798'), F(PS, '111690')]
p_nf = F(PS, '180471')
p_sh = {k: F(PS, k, pre=' |\n') for k in ['35.6', '51.2', '48.8', '13.6', '64.3', '22.1']}
sum_ps1 = [p_m, p_f, p_tot]; sum_ps2 = p_a + [p_tot]
sh_pf = [p_f, p_tot, p_sh['48.8']]; sh_p60 = [p_a[2], p_tot, p_sh['22.1']]
S.rel('sum', C, sum_ps1, 'men 259078 + women 247349 = 506427 (table)')
S.rel('sum', C, sum_ps2, 'age groups 68939 + 325798 + 111690 = 506427')
S.rel('share', C, [p_nf, p_tot, p_sh['35.6']], 'non-agricultural 180471 / 506427 = 35.64% → 35.6')
S.rel('share', C, [p_m, p_tot, p_sh['51.2']], 'men 259078 / 506427 = 51.16% → 51.2')
S.rel('share', C, sh_pf, 'women 247349 / 506427 = 48.84% → 48.8')
S.rel('share', C, [p_a[0], p_tot, p_sh['13.6']], 'age 0–17: 68939 / 506427 = 13.61% → 13.6')
S.rel('share', C, [p_a[1], p_tot, p_sh['64.3']], 'age 18–59: 325798 / 506427 = 64.33% → 64.3')
S.rel('share', C, sh_p60, 'age 60+: 111690 / 506427 = 22.05% → 22.1')
S.rel('share', C, [F(PS, '2746人'), p_tot_t, F(PS, '5.42‰')], 'births 2746 / 506427 = 5.42‰ (judgement call: the bulletin divides by the year-end population, which is stated)')
S.rel('share', C, [F(PS, '1663人'), p_tot_t, F(PS, '3.28‰')], 'deaths 1663 / 506427 = 3.28‰')
S.rel('growth', C, [F(PS, '5.42‰'), F(PS, '3.28‰'), F(PS, '2.13‰')], 'natural growth 5.42 − 3.28 = 2.14‰; with the half units (5.415 − 3.285 = 2.13) it is inside, consistent')
S.rel('growth', C, [F(PS, '67.7万吨'), F(PS, '15万吨'), F(PS, '18.1%')], 'grain 67.7, 15 less than last year: 15 / 82.7 = 18.14% → 18.1')
S.rel('sum', U, [F(PS, '17520公顷'), F(PS, '91883公顷'), F(PS, '112647公顷')], 'rice 17520 + maize 91883 = 109403 of the grain area 112647: the other grains are not stated; not a split')
S.rel('sum', U, [F(PS, '2058公顷'), F(PS, '3413公顷'), F(PS, '5423公顷')], 'decreases of rice 2058 + maize 3413 = 5471 > the grain decrease 5423: other grains (not stated) rose; partial list')
S.rel('sum', U, [F(PS, '10.8万平方米'), F(PS, '11.1万平方米')], 'unsold housing 10.8 within all unsold floor space 11.1: a subset, the rest not stated')
S.rel('restatement', U, [F(PS, '18.1%'), F(PS, '18.0%')], 'grain −18.1% vs cereals −18.0%: other indicator (cereals are a part of grain)')

# ---- 辽宁 Q1 2021 new projects
cities21 = ['沈阳市200个', '大连市186个', '鞍山市90个', '抚顺市15个', '本溪市48个', '丹东市59个', '锦州市60个', '营口市80个', '阜新市52个',
            '辽阳市78个', '铁岭市31个', '朝阳市43个', '盘锦市93个', '葫芦岛市68个', '沈抚示范区15个', '省直23个']
def cityfig(doc, s):
    i = next(k for k, ch in enumerate(s) if ch.isdigit())
    return F(doc, s[i:], pre=s[:i])
l21_c = [cityfig(L21, s) for s in cities21]
l21_n = F(L21, '1141个', n=1); l21_nt = F(L21, '1141个', n=0)
sum_l21a = l21_c + [l21_n]; sum_l21b = [l21_n, F(L21, '3318个'), F(L21, '4459个')]
S.rel('sum', C, sum_l21a, '14 cities + 沈抚示范区 15 + 省直 23 = 1141 new projects')
S.rel('sum', C, sum_l21b, '1141 new + 3318 resumed = 4459 projects started or resumed in Q1')
S.rel('sum', C, [F(L21, '4459个'), F(L21, '3700个'), F(L21, '1700个'), F(L21, '9859个')], 'Q1 4459 + Q2 about 3700 + H2 about 1700 = 9859 projects in the year')
S.rel('sum', C, [F(L21, '2.6万亿元'), F(L21, '1.2万亿元'), F(L21, '1.3万亿元'), F(L21, '5.1万亿元')], 'total investment 2.6 + about 1.2 + about 1.3 = 5.1万亿')
S.rel('restatement', C, [l21_nt, l21_n], '1141 new projects in the headline and in the body')
S.rel('sum', U, [F(L21, '4676亿元'), F(L21, '2.6万亿元')], 'new projects’ total 4676亿 within all Q1 projects’ 2.6万亿: the resumed projects’ part is not stated; a subset')
S.rel('restatement', U, [l21_n, F(L21, '1142亿元')], '1141 projects vs an annual plan of 1142亿: a near-identical number of another indicator')
S.rel('share', U, [F(L21, '1142亿元'), F(L21, '8900亿元')], 'new projects’ annual plan 1142 within the whole year’s plan 8900: no share stated')

# ---- 辽宁 Q1 2023 new projects
l23_n = F(L23, '1816个'); l23_ind = F(L23, '1005个'); l23_inf = F(L23, '560个')
sum_l23a = [l23_ind, l23_inf, F(L23, '251个'), l23_n]
sum_l23i = [F(L23, '205个'), F(L23, '154个'), F(L23, '72个'), F(L23, '141个'), F(L23, '433个'), l23_ind]
sum_l23f = [F(L23, '42个'), F(L23, '46个'), F(L23, '151个'), F(L23, '321个'), l23_inf]
reg23 = ['沈阳市新开工项目267个', '大连256个', '鞍山143个', '抚顺104个', '本溪90个', '丹东97个', '锦州139个', '营口138个', '阜新90个', '辽阳96个',
         '铁岭88个', '朝阳115个', '盘锦85个', '葫芦岛83个', '沈抚示范区25个']
sum_l23r = [cityfig(L23, s) for s in reg23] + [l23_n]
S.rel('sum', C, sum_l23a, 'industrial 1005 + infrastructure 560 + environment/education 251 = 1816 projects')
S.rel('sum', C, [F(L23, '2587亿元'), F(L23, '1652亿元'), F(L23, '514亿元'), F(L23, '4700亿元')], '2587 + 1652 + 514 = 4753 ≥ “超过4700亿元”')
S.rel('sum', C, sum_l23i, 'industrial projects 205 + 154 + 72 + 141 + 433 = 1005')
S.rel('sum', C, sum_l23f, 'infrastructure projects 42 + 46 + 151 + 321 = 560')
S.rel('sum', C, sum_l23r, '14 cities + 沈抚示范区 25 = 1816 new projects')
S.rel('sum', U, [F(L23, '703个'), F(L23, '78个'), F(L23, '8个', pre='重大项目')], 'projects over 1亿 703, over 10亿 78, over 100亿 8: nested size classes, not a split')
S.rel('sum', U, [F(L23, '4422亿元'), F(L23, '2957亿元'), F(L23, '1655亿元'), F(L23, '4700亿元')], '4422 + 2957 + 1655 = 9034 > 4700: nested size classes, not parts of the total')

# ---- 黑龙江 H1 2021 finance
h_ms = F(H21, '2150.5亿元', n=1); h_ex = F(H21, '2477.2亿元'); h_r = F(H21, '86.8%', n=1)
sh_h = [h_ms, h_ex, h_r]; rs_h = [F(H21, '2150.5亿元', n=0), h_ms]
S.rel('share', C, sh_h, 'livelihood spending 2150.5 / general spending 2477.2 = 86.81% → 86.8')
S.rel('restatement', C, rs_h, 'livelihood spending 2150.5 in the headline and in the body')
S.rel('restatement', C, [F(H21, '86.8%', n=0), h_r], 'share 86.8% in the headline and in the body')
S.rel('growth', U, [F(H21, '25.6%'), F(H21, '12.1个')], 'revenue +25.6%, 12.1 points above Q1: the Q1 rate is not stated')
S.rel('growth', U, [F(H21, '0.4%'), F(H21, '2.6个')], 'spending +0.4%, 2.6 points above Q1: the Q1 rate is not stated')
S.rel('share', U, [F(H21, '398亿元'), F(H21, '78.6%')], 'funds 398亿 “到位率78.6%”: the amount that arrived is not stated (a rate over an unstated amount)')

# ---- 黑龙江 2022 bulletin (traditional) and the provincial web page (simplified)
k_g0 = F(HK, '15901.0億元', n=0); k_g = F(HK, '15901.0億元', n=1)
k_t = [F(HK, '3609.9億元'), F(HK, '4648.9億元'), F(HK, '7642.2億元'), k_g]
k_s = [F(HK, '22.7', post=':29.2'), F(HK, '29.2', pre='22.7:'), F(HK, '48.1', pre='29.2:')]
k_pop = F(HK, '3099萬人'); k_u = F(HK, '2052萬人'); k_r = F(HK, '1047萬人')
def kt(lab, k=0):  # k-th cell of a table row (the row label is the first cell)
    row = S.read(HK).split('\n' + lab + ' | ')[1].split('\n')[0]
    cells = [c.strip() for c in row.split('|')]
    return F(HK, cells[k], pre='\n' + lab + ' | ' + ''.join(c + ' | ' for c in cells[:k]))
k_T = kt('年末常住總人口'); k_m = kt('其中:男性'); k_f = kt('女性'); k_a = [kt('其中:0—14歲'), kt('15—64歲'), kt('65歲及以上')]
k_as = [kt('其中:0—14歲', 1), kt('15—64歲', 1), kt('65歲及以上', 1)]
sum_kt = k_t; sum_ka = k_a + [k_T]; sh_k0 = [k_a[0], k_T, k_as[0]]
S.rel('restatement', C, [k_g0, k_g], 'GDP 15901.0 in the lead and in 一、綜合')
S.rel('restatement', C, [F(HK, '2.7%', n=0), F(HK, '2.7%', n=1)], 'GDP growth 2.7% in the lead and in 一、綜合')
S.rel('sum', C, sum_kt, '3609.9 + 4648.9 + 7642.2 = 15901.0')
for i, (v, r) in enumerate([('3609.9', '22.70'), ('4648.9', '29.24'), ('7642.2', '48.06')]):
    S.rel('share', C, [k_t[i], k_g, k_s[i]], f'sector {i+1}: {v} / 15901.0 = {r}% → {k_s[i][1]}')
S.rel('growth', C, [F(HK, '3.34‰'), F(HK, '9.09‰'), F(HK, '-5.75‰')], 'natural growth 3.34 − 9.09 = −5.75‰')
S.rel('sum', C, [k_u, k_r, k_pop], 'urban 2052 + rural 1047 = 3099萬 (text)')
S.rel('share', C, [k_u, k_pop, F(HK, '66.2%')], 'urbanisation 2052 / 3099 = 66.21% → 66.2')
S.rel('sum', C, [k_m, k_f, k_T], 'table: men 1549 + women 1550 = 3099')
S.rel('sum', C, sum_ka, 'table: ages 287 + 2260 + 552 = 3099')
S.rel('share', C, sh_k0, 'table: age 0–14 287 / 3099 = 9.26% → 9.3')
S.rel('share', C, [k_a[1], k_T, k_as[1]], 'table: age 15–64 2260 / 3099 = 72.93% → 72.9')
S.rel('share', C, [k_a[2], k_T, k_as[2]], 'table: age 65+ 552 / 3099 = 17.81% → 17.8')
S.rel('restatement', C, [F(HK, '9.3%'), k_as[0]], 'age 0–14 share 9.3% in the text and 9.3 in the table')
S.rel('rate', C, [F(HK, '1.9%', n=0), F(HK, '1.9%', n=1), F(HK, '1.9%', n=2)], 'CPI: towns +1.9% and countryside +1.9%, so the whole rises 1.9% whatever the weights (inside the half units)')
S.rel('rate', U, [F(HK, '2.7%', n=1), F(HK, '2.4%'), F(HK, '0.9%'), F(HK, '3.8%')], 'GDP +2.7% rebuilt from the sectors’ real rates: weights (previous-year prices) not stated')
S.rel('rate', U, [F(HK, '-5.75‰'), F(HK, '26萬人')], 'natural decrease −5.75‰ of about 3110萬 ≈ −17.9萬 vs the fall of 26萬: net migration is not stated')
g_t = [F(HG, '3609.9亿元'), F(HG, '4648.9亿元'), F(HG, '7642.2亿元'), F(HG, '15901.0亿元')]
g_u = [F(HG, '20.2万人'), F(HG, '8.3万人'), F(HG, '29.1%')]
S.rel('sum', C, g_t, 'province page: 3609.9 + 4648.9 + 7642.2 = 15901.0')
S.rel('share', C, [g_t[2], g_t[3], F(HG, '48.1', pre='29.2:')], 'province page: services 7642.2 / 15901.0 = 48.06% → 48.1')
S.rel('restatement', C, [k_g, g_t[3]], 'cross-document: 黑龙江 2022 GDP 15901.0 in the bulletin (traditional copy) and on the province page')
S.rel('restatement', C, [F(HK, '1.9%', n=0), F(HG, '1.9%', n=0)], 'cross-document: CPI +1.9% in both')
S.rel('growth', C, g_u, 'registered unemployed 20.2, 8.3 fewer: 8.3 / 28.5 = 29.12% → 29.1')
S.rel('target', M, [F(HG, '37.4万人'), F(HG, '124.6%')], 'new urban jobs 37.4万 = 124.6% of the year plan: met (plan itself not stated)')
S.rel('target', M, [F(HG, '31.7万人'), F(HG, '186.2%')], 're-employment 31.7万 = 186.2% of the year plan: met')
S.rel('target', M, [F(HG, '10.0万人'), F(HG, '200.6%')], 'jobs for people with difficulties 10.0万 = 200.6% of the plan: met')
S.rel('sum', U, [F(HG, '31.7万人'), F(HG, '10.0万人'), F(HG, '37.4万人')], 're-employed 31.7 and hard-to-employ 10.0 vs new urban jobs 37.4: overlapping headings, not parts of one total')

# ---- 2023 targets (沈阳, 长春) and results; 沈阳 2022
n_sy = lambda s, **k: F(NE, s, **k)
t_sg = F(NE, '6%以上'); t_sr = F(NE, '6%', pre='一般公共预算收入增长'); t_si = F(NE, '10%以上'); t_ss = F(NE, '8%', pre='社会消费品零售总额增长', post=';')
t_sp = F(NE, '7%', pre='规模以上工业增加值增长')
t_cg = F(NE, '6.5%左右'); t_cp = F(NE, '7%以上'); t_cs = F(NE, '8%以上'); t_cr = F(NE, '20%左右'); t_ci = F(NE, '5%左右', pre='固定资产投资增长')
r_sg = F(SY, '6%左右'); r_sr = F(SY, '12.2%'); r_sp = F(SY, '7%左右'); r_si = F(SY, '3%左右'); r_ss = F(SY, '9%')
r_cg = F(CC, '6.5%以上', n=0); r_cr = F(CC, '25.4%'); r_cp = F(CC, '8.5%'); r_cs = F(CC, '12%')
S.rel('target', CT, [t_sg, r_sg], '沈阳 2023 GDP target “6%以上” vs the estimate “6%左右”: an estimate about 6 does not tell whether ≥ 6 was reached')
S.rel('target', M, [t_sr, r_sr], '沈阳 2023 general budget revenue target +6% → +12.2%: met')
S.rel('target', MS, [t_si, r_si], '沈阳 2023 fixed-asset investment target “10%以上” → “3%左右”: missed')
S.rel('target', M, [t_ss, r_ss], '沈阳 2023 retail sales target +8% → +9%: met')
S.rel('target', CT, [t_sp, r_sp], '沈阳 2023 industry target +7% vs the estimate “7%左右”: cannot tell')
S.rel('target', M, [t_cg, r_cg], '长春 2023 GDP target “6.5%左右” (met at ≥ 6.0) → “6.5%以上”: met')
S.rel('target', M, [t_cp, r_cp], '长春 2023 industrial output target “7%以上” → 规上工业总产值 +8.5%: met')
S.rel('target', M, [t_cs, r_cs], '长春 2023 retail sales target “8%以上” → +12%: met')
S.rel('target', M, [t_cr, r_cr], '长春 2023 地方级财政收入 target “20%左右” → 一般公共预算收入 +25.4%: met (judgement call: in 吉林 reports 地方级财政收入 is the local general budget revenue)')
S.rel('target', U, [t_cg, r_sg], '长春’s GDP target vs 沈阳’s result: other place')
S.rel('target', U, [F(CC, '6.5%以上', n=1), r_cg], '长春 2024 GDP target “6.5%以上” vs the 2023 result “6.5%以上”: same words, other period')
S.rel('target', U, [F(CC, '8%左右', n=1), r_cs], '长春 2024 retail target “8%左右” vs the 2023 result +12%: other period')
S.rel('target', U, [t_sr, F(S22, '1.3%')], '沈阳 2023 revenue target +6% vs the 2022 result +1.3%: other period')
S.rel('target', U, [t_ci, r_si], '长春’s investment target “5%左右” vs 沈阳’s result “3%左右”: other place')
S.rel('restatement', U, [F(SY, '12.1亿美元'), F(S22, '39.2亿美元')], '沈阳 foreign investment 12.1亿美元 (2023) vs 39.2亿美元 (2022): other period')
S.rel('growth', U, [F(S22, '4%左右', n=0), r_sg], '沈阳 GDP “4%左右” (2022) vs “6%左右” (2023): other period')
S.rel('growth', U, [F(S22, '3865亿元'), r_ss], '沈阳 retail sales 3865亿 in 2022 and +9% in 2023: the 2023 level is not stated')
S.rel('share', U, [F(CC, '3165億元'), F(CC, '7500億元')], '一汽 output 3165 vs all industrial output above designated size 7500: no share stated')
S.rel('restatement', U, [F(NE, '10%', pre='研发经费投入增长'), t_si], '沈阳 targets: R&D +10% and investment “10%以上”: same number, other indicator')

# ---- 大连 county-level cities H1 2011
S.rel('share', U, [F(DL, '1001.8亿元'), F(DL, '32.9%')], 'the 3 cities + 1 county’s GDP 1001.8 = 32.9% of the city: the city total is not stated')
S.rel('growth', U, [F(DL, '22.5%'), F(DL, '8.2个')], '+22.5%, 8.2 points above the city average: the average is not stated')
S.rel('growth', U, [F(DL, '18.8%'), F(DL, '11.9个')], 'investment +18.8%, 11.9 points below the city average: not stated')

# ---- 旅顺口区 2012
S.rel('share', U, [F(LS, '61亿元'), F(LS, '218亿元')], 'industrial value added 61 vs output 218: no ratio stated')
S.rel('growth', U, [F(LS, '25%'), F(LS, '17%')], 'output +25% vs value added +17%: other indicators')

# ---- 齐齐哈尔 H1 2012 (traditional)
S.rel('share', U, [F(QQ, '151個'), F(QQ, '207個'), F(QQ, '87.3%')], '151 / 207 = 72.9%, not 87.3%: the rate is over the projects due to start by June, an unstated base (judgement call)')
S.rel('growth', U, [F(QQ, '35個'), F(QQ, '25個')], '35 more projects and 25 points more than a year earlier: last year’s count and base are not stated')
S.rel('restatement', U, [F(QQ, '20%', pre='游客增長'), F(QQ, '20.3%')], 'visitors +20% vs tourism income +20.3%: other indicator')

# ---- 哈尔滨 2002 yearbook entry
hb_a = [F(HB, '21.5'), F(HB, '32.2'), F(HB, '46.3')]; hb_b = [F(HB, '16.2'), F(HB, '35.2'), F(HB, '48.6')]
S.rel('sum', C, hb_a, 'old structure 21.5 : 32.2 : 46.3 adds to 100')
S.rel('sum', C, hb_b, 'new structure 16.2 : 35.2 : 48.6 adds to 100')
S.rel('growth', U, [F(HB, '1 300亿元'), F(HB, '2倍')], 'five-year investment 1300亿 “是前5年的2倍”: the previous five years are not stated')
S.rel('growth', U, [F(HB, '1 232亿元'), F(HB, '11.5%')], 'GDP 1232 “年均增长11.5%”: no base stated, and the rate is real')
S.rel('sum', U, [F(HB, '1 660平方公里'), F(HB, '5.31万平方公里')], 'urban districts 1660 km² within 5.31万 km²: a subset')

# ---- 朝阳县 2022 and 铁岭县 2019
S.rel('growth', U, [F(CY, '13%'), F(CY, '3%', pre='增加值增速')], 'industrial output +13% vs value added +3%: other indicators')
S.rel('sum', U, [F(CY, '75个'), F(CY, '38个')], '75 signed, 38 landed: the landed projects are a subset, not a split')
S.rel('share', U, [F(TL, '36亿元'), F(TL, '129.97亿元')], 'industry above designated size 36 within GDP 129.97: no share stated')
S.rel('restatement', U, [F(TL, '7%', n=0), F(TL, '7%', n=1)], 'urban and rural income both +7%: same number, other indicator')

# ---- cross-document traps
S.rel('restatement', U, [l21_n, l23_n], '辽宁 Q1 new projects 1141 (2021) vs 1816 (2023): other year')
S.rel('restatement', U, [F(L21, '4676亿元'), F(L23, '4700亿元')], 'new projects’ total 4676亿 (2021) vs “超过4700亿元” (2023): other year')

# ======== altered copies
a = ALT(PS, 1, p_f, '247849', 'women 247349 → 247849')
S.rel('sum', I, R(a, sum_ps1, p_f, '247849'), 'altered: 259078 + 247849 = 506927, not 506427 (breaks {B})')
S.rel('share', I, R(a, sh_pf, p_f, '247849'), 'altered: 247849 / 506427 = 48.94%, not 48.8 (breaks {B})')
a = ALT(PS, 2, p_a[2], '117690', 'age 60+ 111690 → 117690')
S.rel('sum', I, R(a, sum_ps2, p_a[2], '117690'), 'altered: age groups add to 512427, not 506427 (breaks {B})')
S.rel('share', I, R(a, sh_p60, p_a[2], '117690'), 'altered: 117690 / 506427 = 23.24%, not 22.1 (breaks {B})')
a = ALT(L21, 1, l21_c[1], '180个', '大连 186 → 180 projects')
S.rel('sum', I, R(a, sum_l21a, l21_c[1], '180个'), 'altered: the regions add to 1135, not 1141 (breaks {B})')
a = ALT(L21, 2, sum_l21b[1], '3348个', 'resumed projects 3318 → 3348')
S.rel('sum', I, R(a, sum_l21b, sum_l21b[1], '3348个'), 'altered: 1141 + 3348 = 4489, not 4459 (breaks {B})')
a = ALT(L23, 1, sum_l23i[1], '159个', '冶金新材料 projects 154 → 159')
S.rel('sum', I, R(a, sum_l23i, sum_l23i[1], '159个'), 'altered: industrial projects add to 1010, not 1005 (breaks {B})')
a = ALT(L23, 2, sum_l23r[6], '134个', '锦州 139 → 134 projects')
S.rel('sum', I, R(a, sum_l23r, sum_l23r[6], '134个'), 'altered: the regions add to 1811, not 1816 (breaks {B})')
a = ALT(H21, 1, h_ex, '2417.2亿元', 'general spending 2477.2 → 2417.2')
S.rel('share', I, R(a, sh_h, h_ex, '2417.2亿元'), 'altered: 2150.5 / 2417.2 = 88.97%, not 86.8 (breaks {B})')
a = ALT(H21, 2, h_ms, '2156.5亿元', 'livelihood spending in the body 2150.5 → 2156.5')
S.rel('share', I, R(a, sh_h, h_ms, '2156.5亿元'), 'altered: 2156.5 / 2477.2 = 87.05%, not 86.8 (breaks {B})')
S.rel('restatement', I, R(a, rs_h, h_ms, '2156.5亿元'), 'altered: headline 2150.5 vs body 2156.5 (breaks {B})')
a = ALT(HK, 1, k_t[1], '4643.9億元', 'secondary value added 4648.9 → 4643.9')
S.rel('sum', I, R(a, sum_kt, k_t[1], '4643.9億元'), 'altered: parts add to 15896.0, not 15901.0 (breaks {B})')
a = ALT(HK, 2, k_a[0], '281', 'table: age 0–14 287 → 281')
S.rel('sum', I, R(a, sum_ka, k_a[0], '281'), 'altered: 281 + 2260 + 552 = 3093, not 3099 (breaks {B})')
S.rel('share', I, R(a, sh_k0, k_a[0], '281'), 'altered: 281 / 3099 = 9.07%, not 9.3 (breaks {B})')
a = ALT(HG, 1, g_u[1], '6.3万人', 'fall in registered unemployed 8.3 → 6.3万')
S.rel('growth', I, R(a, g_u, g_u[1], '6.3万人'), 'altered: 6.3 / 26.5 = 23.8%, not 29.1% (breaks {B})')
a = ALT(HG, 2, g_t[2], '7648.2亿元', 'services value added 7642.2 → 7648.2')
S.rel('sum', I, R(a, g_t, g_t[2], '7648.2亿元'), 'altered: parts add to 15907.0, not 15901.0 (breaks {B})')
a = ALT(HB, 1, hb_a[2], '45.3', 'old tertiary share 46.3 → 45.3')
S.rel('sum', I, R(a, hb_a, hb_a[2], '45.3'), 'altered: 21.5 + 32.2 + 45.3 = 99.0, not 100 (breaks {B})')
a = ALT(HB, 2, hb_b[1], '33.2', 'new secondary share 35.2 → 33.2')
S.rel('sum', I, R(a, hb_b, hb_b[1], '33.2'), 'altered: 16.2 + 33.2 + 48.6 = 98.0, not 100 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout121. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout121.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout121'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

X2='xa_2022.txt'; XT='xa_2023t.txt'; XH='xa_2023_hant.txt'; YL='yl_2019q1.txt'; E13='sx_edu2013.txt'; E70='sx_edu70.txt'
Q9='qy_2019.txt'; Q4='qy_2024.txt'; QH='qh_energy2021_hant.txt'; HD='hd_2022.txt'; NX='nx_2024h1.txt'
C1='xj_cotton2021.txt'; W='xj_2022wr.txt'; C2='xj_cotton2021b.txt'; GL='gl_2014.txt'; CJ='cj_2012_hant.txt'

# ---- 西安 2022 bulletin, 2023 targets (work report news) and 2023 results (traditional): a three-document group
x_g = F(X2, '11486.51亿元'); x_p = [F(X2, '323.58亿元'), F(X2, '4071.56亿元'), F(X2, '7091.37亿元')]
x_s = [F(X2, '2.82'), F(X2, '35.45'), F(X2, '61.74')]
x_pop = F(X2, '1299.59万人'); x_m = F(X2, '663.38万人'); x_f = F(X2, '636.21万人'); x_d = F(X2, '12.29万人')
sum_x = x_p + [x_g]; sh_x = [[x_p[i], x_g, x_s[i]] for i in range(3)]
sum_pop = [x_m, x_f, x_pop]; sh_m = [x_m, x_pop, F(X2, '51.05%')]; sh_sr = [x_m, x_f, F(X2, '104.27')]
sh_u = [F(X2, '1034.34万人'), x_pop, F(X2, '79.59%')]; gr_n = [F(X2, '8.32‰'), F(X2, '7.54‰'), F(X2, '0.78‰')]
sh_pc = [F(X2, '88806元'), x_g, x_pop, x_d]
S.rel('sum', C, sum_x, '323.58 + 4071.56 + 7091.37 = 11486.51')
for i, v in enumerate(['2.817', '35.446', '61.737']):
    S.rel('share', C, sh_x[i], f'structure: {x_p[i][1][:-2]} / 11486.51 = {v}% → {x_s[i][1]}')
S.rel('sum', C, sum_pop, 'men 663.38 + women 636.21 = 1299.59万')
S.rel('share', C, sh_m, 'men 663.38 / 1299.59 = 51.05%')
sh_f = [x_f, x_pop, F(X2, '48.95%')]
S.rel('share', C, sh_f, 'women 636.21 / 1299.59 = 48.95%')
S.rel('share', C, sh_sr, 'sex ratio 663.38 / 636.21 × 100 = 104.27')
S.rel('share', C, sh_u, 'urban 1034.34 / 1299.59 = 79.59%')
S.rel('growth', C, gr_n, 'natural growth = birth rate 8.32‰ − death rate 7.54‰ = 0.78‰')
S.rel('share', C, sh_pc, 'per-capita GDP on the mean population: year-start 1299.59 − 12.29 = 1287.30, mean 1293.445万; 11486.51亿 / 1293.445万 = 88806 (on the year-end population it would be 88384)')
S.rel('rate', U, [F(X2, '4.4%'), F(X2, '3.7%'), F(X2, '10.7%'), F(X2, '1.3%')], 'GDP +4.4% rebuilt from the sectors’ real rates: the 2021 weights are not stated')
S.rel('growth', U, [F(X2, '4.4%'), F(X2, '3.1%')], 'GDP +4.4% vs per-capita GDP +3.1%: the growth of the mean population (2021 mean) is not stated')
h_g = F(XH, '12010.76億元'); h_p = [F(XH, '325.20億元'), F(XH, '4146.92億元'), F(XH, '7538.64億元')]; h_r = F(XH, '5.2%')
h_i = F(XH, '9.0%'); sum_h = h_p + [h_g]
S.rel('sum', C, sum_h, '325.20 + 4146.92 + 7538.64 = 12010.76')
S.rel('growth', U, [h_i, F(XH, '4.4'), F(XH, '4.0個')], '規上工業 +9.0%, 4.4 and 4.0 points above the nation and the province: their rates are not stated')
S.rel('share', U, [F(XH, '98.38萬輛'), F(XH, '10.4%')], 'new-energy vehicles 98.38萬輛 = 10.4% of the national output: the national output is not stated')
S.rel('share', U, [F(XH, '5067.88萬千瓦'), F(XH, '9.4%')], 'solar cells 5067.88萬千瓦 = 9.4% of the nation: not stated')
S.rel('restatement', U, [F(XH, '6.2%', n=0), F(XH, '6.2%', n=1)], 'secondary value added +6.2% vs gross output of industry above designated size +6.2%: same number, other indicator')
S.rel('growth', U, [F(XH, '10.1%'), F(XH, '6.2%', n=1)], 'six pillar industries’ output +10.1% within all industry above designated size +6.2%: a subset, the rest is not stated')
S.rel('growth', U, [F(XH, '32.4%'), F(XH, '25.9%')], 'car-making output value +32.4% vs new-energy vehicle units +25.9%: other indicator')
S.rel('growth', U, [x_g, h_g, h_r], 'cross-document: 12010.76 / 11486.51 = +4.56% nominal vs +5.2% at constant prices: nominal vs real')
S.rel('growth', U, [x_p[1], h_p[1], F(XH, '6.2%', n=0)], 'cross-document: secondary 4071.56 → 4146.92 = +1.85% nominal vs +6.2% real')
gr_xr = [x_p[0], x_p[1], x_p[2], x_g, F(XH, '3.4%'), F(XH, '6.2%', n=0), F(XH, '4.7%'), h_r]
S.rel('rate', C, gr_xr, 'cross-document (judgement call): 2023 real GDP growth from the sectors, weighted by their 2022 current-price levels (= previous-year prices): (323.58×1.034 + 4071.56×1.062 + 7091.37×1.047) / 11486.51 = +5.19% → 5.2')
S.rel('growth', U, [F(X2, '4.4%'), h_r], 'cross-document: GDP +4.4% (2022) vs +5.2% (2023): other period')
t_g = F(XT, '7%左右'); t_i = F(XT, '10%以上', n=0)
S.rel('target', MS, [t_g, h_r], 'cross-document: 2023 target GDP “增长7%左右” (met at ≥ 6.5) → result +5.2%: missed')
S.rel('target', MS, [t_i, h_i], 'cross-document: 2023 target 规上工业增加值 “增长10%以上” → +9.0%: missed')
S.rel('target', U, [t_g, F(X2, '4.4%')], 'cross-document: 2023 GDP target 7% vs the 2022 result +4.4%: other period')
S.rel('target', U, [t_i, F(XH, '6.2%', n=1)], 'cross-document: target for 规上工业增加值 +10% vs 规上工业总产值 +6.2%: other indicator')
S.rel('restatement', U, [t_i, F(XT, '10%以上', n=1)], '规上工业增加值 “10%以上” and 社会消费品零售总额 “10%以上”: same number, other indicator')

# ---- 榆林 Q1 2019 coal
y_t = F(YL, '9109万吨'); y_a = F(YL, '7759万吨'); y_b = F(YL, '1351万吨'); y_r = F(YL, '15.8%', n=2)
sum_y = [y_a, y_b, y_t]; rt_y = [y_a, F(YL, '19.7%'), y_b, F(YL, '16.5%'), y_t, y_r]
S.rel('sum', C, sum_y, 'raw coal 7759 + washed coal 1351 = 9110 ≈ 9109 (inside the half units)')
S.rel('rate', C, rt_y, 'tonnages add: last year = 7759/0.803 + 1351/1.165 = 10822.2; 9109 / 10822.2 = −15.83% → −15.8')
S.rel('restatement', C, [F(YL, '15.8%', n=0), y_r], 'headline “下降15.8%” = the body figure')
S.rel('growth', U, [F(YL, '370.20亿元'), F(YL, '12.6%'), y_r], 'output value −12.6% vs tonnage −15.8%: other indicator (prices)')
S.rel('share', U, [F(YL, '370.20亿元'), F(YL, '38.6%')], 'coal output value 370.20 = 38.6% of all industry above designated size: that total is not stated')

# ---- 陕西 education 2013 (bulletin)
e_s = F(E13, '7356所'); e_sd = F(E13, '638所'); e_n = F(E13, '2273275人'); e_nd = F(E13, '72877人')
e_t = F(E13, '162841人'); e_td = F(E13, '3981人')
sh_e1 = [e_n, e_s, F(E13, '309人')]; gr_e1 = [e_n, e_nd, e_s, e_sd, F(E13, '293人')]
sh_e2 = [e_n, e_t, F(E13, '13.96')]; gr_e2 = [e_n, e_nd, e_t, e_td, F(E13, '14.06')]
S.rel('share', C, sh_e1, 'school size 2273275 / 7356 = 309.04 → 309')
S.rel('growth', C, gr_e1, 'last year’s school size = (2273275 + 72877) / (7356 + 638) = 293.49 → 293')
S.rel('share', C, sh_e2, 'pupil–teacher ratio 2273275 / 162841 = 13.96')
S.rel('growth', C, gr_e2, 'last year’s ratio = (2273275 + 72877) / (162841 + 3981) = 14.064 → 14.06')
S.rel('sum', U, [F(E13, '3188人'), F(E13, '150人'), F(E13, '614人'), F(E13, '373人')], 'special schools: last year 3338 + 614 enrolled − 373 graduated = 3579 ≠ 3188: transfers and leavers are not stated, the flows are not a closed account')
S.rel('sum', U, [e_n, e_nd, F(E13, '388081人'), F(E13, '400469人')], 'primary: last year 2346152 + 388081 − 400469 = 2333764 ≠ 2273275: not a closed account (other leavers not stated)')
S.rel('growth', U, [F(E13, '99.34%'), F(E13, '0.53个')], 'enrolment rate 99.34%, 0.53 points below last year: last year not stated')
S.rel('sum', U, [F(E13, '117.28万人'), F(E13, '1271034人')], '3–5-year-olds 117.28万 within all 1271034 children (pre-school classes included): a subset, the rest not stated')
S.rel('share', U, [F(E13, '96.31%'), F(E13, '455934人')], 'junior graduates’ progression rate 96.31%: the number progressing is not stated')
S.rel('growth', U, [F(E13, '89.60%'), F(E13, '2.6个')], 'teachers with college degree 89.60%, 2.6 points up: last year not stated')

# ---- 陕西 education 1949–2018
s_m18 = F(E70, '180.81万人'); s_m49 = F(E70, '3.94万人'); s_x = F(E70, '44.9倍')
s_470 = F(E70, '470人'); s_33 = F(E70, '33人'); s_14 = F(E70, '14.2倍'); s_690 = F(E70, '690人'); s_553 = F(E70, '553人'); s_138 = F(E70, '138人')
gr_s1 = [s_m49, s_m18, s_x]; gr_s2 = [s_33, s_470, s_14]; gr_s3 = [s_553, s_690, s_138]
S.rel('growth', C, gr_s1, 'secondary pupils 180.81万 vs 3.94万 in 1949: ratio 45.89, “增加44.9倍” = ratio − 1')
S.rel('growth', C, gr_s2, 'secondary pupils per 10000 people 470 vs 33: 14.24 → “14.2倍”')
S.rel('growth', C, gr_s3, 'primary pupils per 10000 people 690 − 553 = 137, stated 138: inside the half units (136–138) (judgement call)')
S.rel('share', C, [F(E70, '265.61万人'), s_m18, s_690, s_470], 'same population: 265.61 / 180.81 = 1.4690 and 690 / 470 = 1.468 (1.4655–1.4707 with the half units)')
S.rel('restatement', C, [F(E70, '4714所', n=0), F(E70, '4714所', n=1)], 'primary schools 4714 in the heading and in the text')
S.rel('growth', U, [F(E70, '72.27万人'), F(E70, '1.4倍')], 'senior-high pupils 72.27万 “为1978年的1.4倍”: the 1978 number is not stated')
S.rel('growth', U, [F(E70, '99.97%'), F(E70, '4.3个')], 'net enrolment 99.97%, 4.3 points above 1978: the 1978 rate is not stated')
S.rel('growth', U, [F(E70, '306人'), F(E70, '175倍')], 'university students per 10000 people 306 “是1949年的175倍”: the 1949 rate is not stated (only 2272 students, population not given)')
S.rel('share', U, [F(E70, '76.76万人'), s_33, s_553], '1949: 76.76万 pupils and 33 + 553 per 10000 people imply a population of about 1310万, which is not stated')

# ---- 庆阳 (two news items, 2019 and 2024)
S.rel('growth', U, [F(Q9, '708亿元'), F(Q9, '1200倍')], 'GDP 708亿 “是1949年的1200倍”: the 1949 level is not stated (and the price basis is not given)')
S.rel('growth', U, [F(Q9, '3.1万元'), F(Q9, '470倍')], 'per-capita GDP 3.1万 “是1949年的470倍”: the 1949 level is not stated')
S.rel('share', U, [F(Q9, '816万吨'), F(Q9, '96%')], 'crude oil 816万吨 = 96% of 甘肃’s output: the provincial output is not stated')
q_22a = F(Q4, '1022.26亿元', n=0); q_22b = F(Q4, '1022.26亿元', n=1); q_23a = F(Q4, '1100.37亿元', n=0); q_23b = F(Q4, '1100.37亿元', n=1)
rs_q1 = [q_22a, q_22b]; rs_q2 = [q_23a, q_23b]
S.rel('restatement', C, rs_q1, '2022 GDP 1022.26 in the editor’s note and in the report')
S.rel('restatement', C, rs_q2, '2023 GDP 1100.37 stated twice')
S.rel('restatement', C, [F(Q4, '8.5%', n=0), F(Q4, '8.5%', n=1)], '2023 growth 8.5% stated twice')
S.rel('restatement', C, [F(Q4, '1000亿元'), q_22b], '“首次突破1000亿元”: 1022.26 ≥ 1000')
S.rel('growth', U, [q_22a, q_23a, F(Q4, '8.5%', n=0)], '1100.37 / 1022.26 = +7.64% nominal vs +8.5% at comparable prices: nominal vs real')
S.rel('restatement', U, [F(Q9, '708亿元'), q_22a], 'cross-document: 庆阳 GDP 708 (2018) vs 1022.26 (2022): other year')

# ---- 青海 power capacity and clean power, ten years (traditional)
k_t = F(QH, '4286萬千瓦'); k_h = F(QH, '1263萬千瓦'); k_s = F(QH, '1677萬千瓦'); k_w = F(QH, '953萬千瓦')
k_c = F(QH, '3893萬千瓦'); k_n = F(QH, '2630萬千瓦')
sum_k = [k_h, k_s, k_w, k_c]; sum_ks = [F(QH, '1656萬千瓦'), F(QH, '21萬千瓦'), k_s]; sum_kn = [k_s, k_w, k_n]
sh_k = [[k_h, k_t, F(QH, '29.5%')], [k_s, k_t, F(QH, '39.1%')], [k_w, k_t, F(QH, '22.2%')]]
sh_kc = [k_c, k_t, F(QH, '90.8%')]; sh_kn = [k_n, k_t, F(QH, '61.4%')]
gr_k = [F(QH, '846億千瓦時'), F(QH, '90.7%'), F(QH, '11.4%')]
S.rel('sum', C, sum_k, 'clean capacity = hydro 1263 + solar 1677 + wind 953 = 3893')
S.rel('sum', C, sum_ks, 'solar = photovoltaic 1656 + solar thermal 21 = 1677')
S.rel('sum', C, sum_kn, 'new-energy capacity = solar 1677 + wind 953 = 2630')
for i, v in enumerate(['29.47', '39.13', '22.24']):
    S.rel('share', C, sh_k[i], f'{sh_k[i][0][1][:-3]} / 4286 = {v}% → {sh_k[i][2][1]}')
S.rel('share', C, sh_kc, 'clean 3893 / 4286 = 90.83% → 90.8')
S.rel('share', C, sh_kn, 'new energy 2630 / 4286 = 61.36% → 61.4')
S.rel('restatement', C, [F(QH, '過半'), F(QH, '61.4%')], '“新能源裝機過半”: 61.4% > 50%')
S.rel('growth', C, gr_k, 'clean generation 2015→2021 ×1.907 over 6 years = 11.36% a year → 11.4')
S.rel('restatement', C, [F(QH, '超八成'), F(QH, '85.5%')], '“占全省發電量的比重超八成”: 85.5% > 80%')
S.rel('growth', U, [F(QH, '85.5%'), F(QH, '7.2個')], 'share 85.5%, 7.2 points above 2015: the 2015 share is not stated')
S.rel('restatement', U, [F(QH, '21.9%'), F(QH, '11.4%')], 'new-energy industry value added +21.9% a year vs clean generation +11.4% a year: other indicator')

# ---- 海东 grain 2022
d_t = F(HD, '511912吨'); d_p = [F(HD, '302491吨'), F(HD, '21602吨'), F(HD, '187819吨')]; d_s = [F(HD, '59.1%'), F(HD, '4.2%'), F(HD, '36.7%')]
sum_d = d_p + [d_t]; sh_d = [[d_p[i], d_t, d_s[i]] for i in range(3)]
S.rel('sum', C, sum_d, 'cereals 302491 + pulses 21602 + tubers 187819 = 511912 t')
for i, v in enumerate(['59.09', '4.22', '36.69']):
    S.rel('share', C, sh_d[i], f'{d_p[i][1][:-1]} / 511912 = {v}% → {d_s[i][1]}')
S.rel('growth', C, [F(HD, '73.4千公顷'), F(HD, '1.74千公顷'), F(HD, '2.4%')], '互助 sown area 73.4, +1.74 on 71.66 = +2.43% → 2.4')
S.rel('restatement', C, [F(HD, '45万吨'), d_t], '“连续7年稳产45万吨以上”: 2022 output 511912 t = 51.19万吨 ≥ 45')
S.rel('share', U, [F(HD, '47.3%'), F(HD, '50.9%')], '海东’s share of the provincial grain output 2016–2021: the provincial (and 海东) tonnages of those years are not stated')
S.rel('restatement', U, [F(HD, '一半以上'), F(HD, '47.3%')], '“粮食生产占全省一半以上” (undated, measure not given) vs 47.3% in 2021: other period / measure (judgement call)')
S.rel('growth', U, [F(HD, '3932.9公斤'), F(HD, '398.1公斤')], 'yield 3932.9 kg/ha, 398.1 above the province: the provincial yield is not stated (nor 海东’s sown area)')

# ---- 宁夏 H1 2024 industry
n_r = F(NX, '12.8%'); n_nd = F(NX, '28%'); n_g = F(NX, '15.2个')
gr_nx = [n_nd, n_r, n_g]; n_c = [F(NX, '65%'), F(NX, '11.5%'), F(NX, '10%'), F(NX, '8%', pre='贡献率达'), F(NX, '7.4%'), F(NX, '100.9%')]
S.rel('growth', C, gr_nx, '宁东 +28% − region +12.8% = 15.2 points')
S.rel('sum', C, n_c, 'five industries’ contributions: “近65” + 11.5 + 10 + 8 + 7.4 = 100.9 → the chemical share is 64.0, “近65%”')
S.rel('growth', U, [n_r, F(NX, '5.6个')], '+12.8%, 5.6 points faster than a year earlier: last year not stated')
S.rel('target', CT, [n_r, F(NX, '4.8个')], '“高于年度目标4.8个百分点” (an 8% target for the year) after six months: the year is not over')
S.rel('growth', U, [n_r, F(NX, '6.8个')], '6.8 points above the nation: the national rate is not stated')
S.rel('rate', U, [n_r, F(NX, '16.8%'), F(NX, '14.9%'), F(NX, '10.6%'), F(NX, '9.6%'), F(NX, '5.2%')], 'region +12.8% from the five cities’ rates: weights not stated')
S.rel('restatement', U, [F(NX, '245亿元'), F(NX, '245个')], '27 firms “增加245亿元” vs 245 projects: same number, other indicator')
S.rel('growth', U, [F(NX, '13.2%'), F(NX, '0.6个')], 'industrial investment +13.2%, 0.6 points above the nation: not stated')
S.rel('share', U, [F(NX, '77.5%'), F(NX, '100.9%')], 'industry’s contribution to GDP growth 77.5% vs the five industries’ 100.9% of industrial growth: other base')
S.rel('restatement', U, [F(NX, '12.9%'), n_r], 'large and medium firms +12.9% vs all industry above designated size +12.8%: other scope')

# ---- cotton 2021: national bureau figures, 新疆 work report, 新疆 survey team
c_n = F(C1, '573.1万吨'); c_x = F(C1, '512.9万吨'); c_o = F(C1, '60.2万吨')
sum_c = [c_x, c_o, c_n]; gr_cn = [c_n, F(C1, '18.0万吨'), F(C1, '3.0%')]; gr_cx = [c_x, F(C1, '3.2万吨'), F(C1, '0.6%')]
gr_co = [c_o, F(C1, '14.7万吨'), F(C1, '19.6%')]; sum_cd = [F(C1, '3.2万吨'), F(C1, '14.7万吨'), F(C1, '18.0万吨')]
S.rel('sum', C, sum_c, '新疆 512.9 + other regions 60.2 = 573.1')
S.rel('growth', C, gr_cn, 'national −18.0 on 591.1 = −3.05% → −3.0')
S.rel('growth', C, gr_cx, '新疆 −3.2 on 516.1 = −0.62% → −0.6')
S.rel('growth', C, gr_co, 'others −14.7 on 74.9 = −19.63% → −19.6')
S.rel('sum', C, sum_cd, 'decreases 3.2 + 14.7 = 17.9 ≈ 18.0 (inside the half units)')
w_x = F(W, '512.9万吨'); w_s = F(W, '89.5%')
sh_w = [w_x, c_n, w_s]
S.rel('share', C, sh_w, 'cross-document: 新疆 512.9 / national 573.1 = 89.50% → 89.5')
S.rel('restatement', C, [F(W, '近九成', n=0), w_s], 'headline “占全国近九成” = 89.5%')
S.rel('restatement', C, [w_x, c_x], 'cross-document: 新疆 2021 cotton 512.9万吨 in both')
S.rel('target', U, [F(W, '500万吨以上'), w_x], '2022 goal “优质商品棉供给能力稳定在500万吨以上” vs the 2021 output 512.9: other year and indicator (supply of quality commercial cotton)')
S.rel('restatement', U, [F(W, '500万亩'), F(W, '500万吨以上')], 'new high-standard farmland 500万亩 vs cotton 500万吨: same number, other indicator')
S.rel('target', U, [F(W, '3400万亩'), F(C2, '2506.1千公顷')], 'cross-document: 2022 grain sown-area goal 3400万亩 vs the 2021 cotton area 2506.1千公顷: other crop and year')
v_a = F(C2, '2506.1千公顷'); v_y = F(C2, '2046.4公斤'); v_m = F(C2, '136.4公斤'); v_x = F(C2, '512.9万吨')
rt_v = [v_a, v_y, v_x]; rs_v = [v_y, v_m]
S.rel('rate', C, rt_v, 'output = area × yield: 2506.1千公顷 × 2046.4 kg/ha = 512.85万吨 → 512.9')
S.rel('restatement', C, rs_v, '2046.4 kg per hectare = 136.4 kg per mu (÷ 15)')
S.rel('restatement', C, [F(C2, '500万吨以上'), v_x], '“连续四年稳定在500万吨以上”: 512.9 ≥ 500')
S.rel('restatement', C, [v_x, c_x], 'cross-document: 512.9万吨 (survey team, December) = 512.9 (national bureau)')
S.rel('growth', U, [v_a, F(C2, '4.2千公顷')], 'area 2506.1, +4.2千公顷: last year not stated')

# ---- 巩留县 tourism
g_sum = [F(GL, '2家'), F(GL, '9家'), F(GL, '11家')]
S.rel('sum', C, g_sum, 'star farm-stays: four-star 2 + three-star 9 = 11')
S.rel('target', U, [F(GL, '125万人次'), F(GL, '25%以上', n=0), F(GL, '93.8万人次')], '2015 goal 125万 visitors “同比增长25%以上”: its base is the 2014 full year, not stated; 93.8万 is Jan–Sep 2014')
S.rel('target', U, [F(GL, '2.8亿元'), F(GL, '25%以上', n=1), F(GL, '1.84亿元')], '2015 goal 2.8亿 income (+25% or more) vs 1.84亿 in Jan–Sep 2014: other period, base not stated')
S.rel('growth', U, [F(GL, '29.5%'), F(GL, '46.8%')], 'visitors +29.5% vs income +46.8%: spending per visitor not stated')

# ---- 昌吉市 1983–2012 (traditional)
j_g = F(CJ, '260.36億元'); j_g0 = F(CJ, '1.78億元')
gr_j1 = [j_g0, j_g, F(CJ, '7.19番')]; gr_j2 = [j_g0, j_g, F(CJ, '18.76%')]; sh_j = [j_g, j_g0, F(CJ, '12.2倍')]
gr_j3 = [F(CJ, '830元'), F(CJ, '54017元'), F(CJ, '6.02番')]; gr_j4 = [F(CJ, '830元'), F(CJ, '54017元'), F(CJ, '15.5%')]
j_p = [F(CJ, '33.2億元'), F(CJ, '130.29億元'), F(CJ, '96.87億元')]; sum_j = j_p + [j_g]
j_s = [F(CJ, '12.7', post=':'), F(CJ, '50', pre=':', post=':'), F(CJ, '37.3')]
j_f = [F(CJ, '5.94番'), F(CJ, '7.6番'), F(CJ, '7.4番')]; j_r = [F(CJ, '15.3%'), F(CJ, '19.9%'), F(CJ, '19.4%')]
gr_j5 = [F(CJ, '0.52億元'), F(CJ, '40.7億元'), F(CJ, '6.29番')]; gr_j6 = [F(CJ, '0.52億元'), F(CJ, '40.7億元'), F(CJ, '16.2%')]
S.rel('growth', C, gr_j1, 'GDP 260.36 / 1.78 = 146.27 = 2^7.19: “翻了7.19番”')
S.rel('growth', C, gr_j2, '146.27 over 29 years (1983→2012) = 18.76% a year (current prices as stated)')
S.rel('share', C, sh_j, 'a month’s GDP 260.36 / 12 = 21.70 = 12.19 × the 1983 year 1.78 → 12.2倍')
S.rel('growth', C, gr_j3, 'per capita 54017 / 830 = 65.08 = 2^6.02')
S.rel('growth', C, gr_j4, '65.08 over 29 years = 15.49% a year → 15.5')
S.rel('sum', C, sum_j, '33.2 + 130.29 + 96.87 = 260.36')
S.rel('share', C, [j_p[0], j_g, j_s[0]], 'primary 33.2 / 260.36 = 12.75%; with the half unit of 33.2 (12.73–12.77) “12.7” is inside')
S.rel('share', C, [j_p[1], j_g, j_s[1]], 'secondary 130.29 / 260.36 = 50.04% → 50')
S.rel('share', I, [j_p[2], j_g, j_s[2]], 'REAL ERROR in the original: tertiary 96.87 / 260.36 = 37.21%, not 37.3 (the structure 12.7:50:37.3 is forced to add to 100)')
for i, (n, r) in enumerate([('5.94', '15.25'), ('7.6', '19.92'), ('7.4', '19.35')]):
    S.rel('growth', C, [j_f[i], j_r[i]], f'{["primary", "secondary", "tertiary"][i]}: 翻{n}番 in 29 years = 2^({n}/29) − 1 = {r}% a year → {j_r[i][1]}')
S.rel('growth', C, gr_j5, 'farm output 40.7 / 0.52 = 78.27 = 2^6.29')
S.rel('growth', C, gr_j6, '78.27 over 29 years = 16.22% a year → 16.2')
S.rel('restatement', U, [F(CJ, '40.7億元'), j_p[0]], 'gross farm output 40.7 vs primary value added 33.2: other indicator')
S.rel('growth', U, [F(CJ, '18.76%'), F(CJ, '15.5%')], 'GDP +18.76% a year vs per capita +15.5%: population growth not stated')

# ---- further traps and checks
S.rel('growth', U, [x_p[0], h_p[0], F(XH, '3.4%')], 'cross-document: primary 323.58 → 325.20 = +0.5% nominal vs +3.4% real')
S.rel('target', U, [F(XT, '11%以上'), F(XH, '10.1%')], 'cross-document: investment target “增长11%以上” vs six pillar industries’ output +10.1%: other indicator (no investment result in the set)')
S.rel('target', U, [F(XT, '10%以上', n=1), F(XH, '10.1%')], 'cross-document: retail-sales target “10%以上” vs pillar-industry output +10.1%: other indicator')
S.rel('rate', U, [F(XH, '6.2%', n=1), F(XH, '8.7%'), F(XH, '2.8%'), F(XH, '5.7%'), F(XH, '7.8%')], 'output +6.2% from the ownership groups’ rates: weights (and the groups’ overlap) not stated')
S.rel('growth', U, [F(E13, '99.14%'), F(E13, '0.7个')], 'junior net enrolment 99.14%, 0.7 points down: last year not stated')
S.rel('share', U, [F(E13, '400469人'), F(E13, '383740人')], 'primary graduates 400469 vs junior entrants 383740: no progression rate stated (entrants come from other cohorts and places too)')
S.rel('growth', U, [F(E70, '38%'), F(E70, '99.97%'), F(E70, '4.3个')], 'enrolment 38% (1949) and 99.97% (2018), “比1978年上升了4.3个百分点”: the gain is on 1978, not 1949 (1978 rate not stated)')
S.rel('growth', U, [F(E70, '30所'), F(E70, '65所')], '30 universities in 1978, “比1978年增加65所”: the current number is not stated in the passage')
S.rel('share', U, [F(Q9, '312万吨'), F(Q9, '816万吨')], 'crude processed 312万吨 vs crude produced 816万吨: processing is not a part of output (no share stated)')
S.rel('share', U, [F(Q9, '1.3亿立方米'), F(Q9, '3亿立方米')], 'gas output 1.3亿 m³ vs new capacity 3亿 m³ built this year: no utilisation stated, other measure')
S.rel('share', U, [F(QH, '846億千瓦時'), F(QH, '85.5%')], 'clean generation 846 = 85.5% of all generation: the total generation is not stated')
S.rel('rate', U, [F(NX, '12.9%'), F(NX, '73.4%'), n_r], 'large and medium firms +12.9% with a 73.4% weight vs all +12.8%: the other firms’ rate is not stated')
S.rel('share', U, [F(CJ, '54017元'), j_g], 'per-capita GDP 54017 and GDP 260.36億: the population is not stated')
S.rel('restatement', C, [F(C2, '80%'), w_s], 'cross-document: “占全国的比重连续五年超过80%” and the 2021 share 89.5%')

# ======== altered copies
a = ALT(X2, 1, x_p[0], '328.58亿元', 'primary value added 323.58 → 328.58')
S.rel('sum', I, R(a, sum_x, x_p[0], '328.58亿元'), 'altered: parts add to 11491.51, not 11486.51 (breaks {B})')
S.rel('share', I, R(a, sh_x[0], x_p[0], '328.58亿元'), 'altered: 328.58 / 11486.51 = 2.86%, not 2.82 (breaks {B}); the cross-document sector rate still gives 5.24% → 5.2')
a = ALT(X2, 2, x_f, '636.71万人', 'women 636.21 → 636.71')
S.rel('sum', I, R(a, sum_pop, x_f, '636.71万人'), 'altered: 663.38 + 636.71 = 1300.09, not 1299.59 (breaks {B})')
S.rel('share', I, R(a, sh_sr, x_f, '636.71万人'), 'altered: 663.38 / 636.71 = 104.19, not 104.27 (breaks {B})')
S.rel('share', I, R(a, sh_f, x_f, '636.71万人'), 'altered: 636.71 / 1299.59 = 48.99%, not 48.95 (breaks {B})')
a = ALT(XH, 1, h_p[2], '7538.04億元', 'tertiary value added 7538.64 → 7538.04')
S.rel('sum', I, R(a, sum_h, h_p[2], '7538.04億元'), 'altered: parts add to 12010.16, not 12010.76 (breaks {B})')
a = ALT(XH, 2, h_r, '6.8%', 'GDP growth 5.2% → 6.8%')
S.rel('rate', I, R(a, gr_xr, h_r, '6.8%'), 'altered (cross-document): the sectors weighted by 2022 levels give +5.19%, not 6.8% (breaks {B})')
S.rel('target', M, R(a, [t_g, h_r], h_r, '6.8%'), 'altered (cross-document): target “7%左右” → 6.8% ≥ 6.5: now met (the original relation was missed)')
a = ALT(YL, 1, y_b, '1381万吨', 'washed coal 1351 → 1381')
S.rel('sum', I, R(a, sum_y, y_b, '1381万吨'), 'altered: 7759 + 1381 = 9140, not 9109 (breaks {B})')
S.rel('rate', I, R(a, rt_y, y_b, '1381万吨'), 'altered: last year 7759/0.803 + 1381/1.165 = 10848; 9109 / 10848 = −16.0%, not −15.8 (breaks {B})')
a = ALT(YL, 2, F(YL, '19.7%'), '17.7%', 'raw-coal decline 19.7% → 17.7%')
S.rel('rate', I, R(a, rt_y, F(YL, '19.7%'), '17.7%'), 'altered: last year 7759/0.823 + 1351/1.165 = 10587; 9109 / 10587 = −14.0%, not −15.8 (breaks {B})')
a = ALT(E13, 1, e_t, '162341人', 'primary teachers 162841 → 162341')
S.rel('share', I, R(a, sh_e2, e_t, '162341人'), 'altered: 2273275 / 162341 = 14.00, not 13.96 (breaks {B})')
S.rel('growth', I, R(a, gr_e2, e_t, '162341人'), 'altered: (2273275 + 72877) / (162341 + 3981) = 14.11, not 14.06 (breaks {B})')
a = ALT(E13, 2, e_sd, '688所', 'schools closed 638 → 688')
S.rel('growth', I, R(a, gr_e1, e_sd, '688所'), 'altered: 2346152 / (7356 + 688) = 291.7, not 293 (breaks {B})')
a = ALT(E70, 1, s_x, '41.9倍', '“增加44.9倍” → 41.9倍')
S.rel('growth', I, R(a, gr_s1, s_x, '41.9倍'), 'altered: 180.81 / 3.94 − 1 = 44.9, not 41.9 (breaks {B})')
a = ALT(E70, 2, s_33, '38人', '1949 secondary pupils per 10000 people 33 → 38')
S.rel('growth', I, R(a, gr_s2, s_33, '38人'), 'altered: 470 / 38 = 12.4, not 14.2 (breaks {B})')
a = ALT(Q4, 1, q_23b, '1108.37亿元', '2023 GDP in the report 1100.37 → 1108.37')
S.rel('restatement', I, R(a, rs_q2, q_23b, '1108.37亿元'), 'altered: 1100.37 in the note vs 1108.37 in the report (breaks {B})')
a = ALT(Q4, 2, q_22a, '1028.26亿元', '2022 GDP in the note 1022.26 → 1028.26')
S.rel('restatement', I, R(a, rs_q1, q_22a, '1028.26亿元'), 'altered: 1028.26 in the note vs 1022.26 in the report (breaks {B})')
a = ALT(QH, 1, k_w, '958萬千瓦', 'wind capacity 953 → 958')
S.rel('sum', I, R(a, sum_k, k_w, '958萬千瓦'), 'altered: 1263 + 1677 + 958 = 3898, not 3893 (breaks {B})')
S.rel('sum', I, R(a, sum_kn, k_w, '958萬千瓦'), 'altered: 1677 + 958 = 2635, not 2630 (breaks {B})')
S.rel('share', I, R(a, sh_k[2], k_w, '958萬千瓦'), 'altered: 958 / 4286 = 22.35%, not 22.2 (breaks {B})')
a = ALT(QH, 2, k_h, '1293萬千瓦', 'hydro capacity 1263 → 1293')
S.rel('sum', I, R(a, sum_k, k_h, '1293萬千瓦'), 'altered: 1293 + 1677 + 953 = 3923, not 3893 (breaks {B})')
S.rel('share', I, R(a, sh_k[0], k_h, '1293萬千瓦'), 'altered: 1293 / 4286 = 30.17%, not 29.5 (breaks {B})')
a = ALT(HD, 1, d_p[1], '27602吨', 'pulses 21602 → 27602 t')
S.rel('sum', I, R(a, sum_d, d_p[1], '27602吨'), 'altered: parts add to 517912, not 511912 (breaks {B})')
S.rel('share', I, R(a, sh_d[1], d_p[1], '27602吨'), 'altered: 27602 / 511912 = 5.39%, not 4.2 (breaks {B})')
a = ALT(HD, 2, d_s[2], '38.7%', 'tuber share 36.7% → 38.7%')
S.rel('share', I, R(a, sh_d[2], d_s[2], '38.7%'), 'altered: 187819 / 511912 = 36.69%, not 38.7 (breaks {B})')
a = ALT(NX, 1, n_g, '13.2个', '宁东 gap to the region 15.2 → 13.2 points')
S.rel('growth', I, R(a, gr_nx, n_g, '13.2个'), 'altered: 28 − 12.8 = 15.2, not 13.2 (breaks {B})')
a = ALT(NX, 2, n_c[1], '16.5%', 'petrochemical contribution 11.5% → 16.5%')
S.rel('sum', I, R(a, n_c, n_c[1], '16.5%'), 'altered: 100.9 − 16.5 − 10 − 8 − 7.4 = 59.0 for the chemical industry, not “近65” (breaks {B})')
a = ALT(C1, 1, c_o, '66.2万吨', 'other regions’ output 60.2 → 66.2')
S.rel('sum', I, R(a, sum_c, c_o, '66.2万吨'), 'altered: 512.9 + 66.2 = 579.1, not 573.1 (breaks {B})')
S.rel('growth', I, R(a, gr_co, c_o, '66.2万吨'), 'altered: −14.7 on 80.9 = −18.2%, not −19.6 (breaks {B})')
a = ALT(C1, 2, F(C1, '3.0%'), '3.6%', 'national decline 3.0% → 3.6%')
S.rel('growth', I, R(a, gr_cn, F(C1, '3.0%'), '3.6%'), 'altered: 18.0 / 591.1 = 3.05%, not 3.6 (breaks {B})')
a = ALT(W, 1, w_s, '86.5%', '新疆 share of national cotton 89.5% → 86.5%')
S.rel('share', I, R(a, sh_w, w_s, '86.5%'), 'altered (cross-document): 512.9 / 573.1 = 89.5%, not 86.5 (breaks {B})')
a = ALT(W, 2, w_x, '518.9万吨', '新疆 2021 cotton output 512.9 → 518.9')
S.rel('share', I, R(a, sh_w, w_x, '518.9万吨'), 'altered (cross-document): 518.9 / 573.1 = 90.5%, not 89.5 (breaks {B})')
S.rel('restatement', I, R(a, [w_x, c_x], w_x, '518.9万吨'), 'altered (cross-document): 518.9 here vs 512.9 in the national bureau figures (breaks {B})')
a = ALT(C2, 1, v_y, '2016.4公斤', 'yield 2046.4 → 2016.4 kg/ha')
S.rel('rate', I, R(a, rt_v, v_y, '2016.4公斤'), 'altered: 2506.1 × 2016.4 = 505.3万吨, not 512.9 (breaks {B})')
S.rel('restatement', I, R(a, rs_v, v_y, '2016.4公斤'), 'altered: 2016.4 / 15 = 134.4 kg per mu, not 136.4 (breaks {B})')
a = ALT(C2, 2, v_m, '131.4公斤', 'yield per mu 136.4 → 131.4')
S.rel('restatement', I, R(a, rs_v, v_m, '131.4公斤'), 'altered: 2046.4 / 15 = 136.4, not 131.4 (breaks {B})')
a = ALT(GL, 1, g_sum[1], '7家', 'three-star farm-stays 9 → 7')
S.rel('sum', I, R(a, g_sum, g_sum[1], '7家'), 'altered: 2 + 7 = 9, not 11 (breaks {B})')
a = ALT(CJ, 1, F(CJ, '7.19番'), '7.49番', 'GDP doublings 7.19 → 7.49')
S.rel('growth', I, R(a, gr_j1, F(CJ, '7.19番'), '7.49番'), 'altered: log2(260.36 / 1.78) = 7.19, not 7.49 (breaks {B})')
a = ALT(CJ, 2, j_p[1], '136.29億元', 'secondary value added 130.29 → 136.29')
S.rel('sum', I, R(a, sum_j, j_p[1], '136.29億元'), 'altered: 33.2 + 136.29 + 96.87 = 266.36, not 260.36 (breaks {B})')
S.rel('share', I, R(a, [j_p[1], j_g, j_s[1]], j_p[1], '136.29億元'), 'altered: 136.29 / 260.36 = 52.3%, not 50 (breaks {B})')
for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

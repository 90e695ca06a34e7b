"""Check key, forty-seventh held-out set (check-heldout47). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout47.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout47'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


TT='tj_2019t.txt'; TR='tj_2019.txt'; ZY='zy_2021.txt'; XJ='xj_2024q1.txt'; BZ='bz_2022_hant.txt'; QH='qh_2025_hant.txt'
SD='sd_1957.txt'; HB='hb_2018.txt'; JZ='jz_2014.txt'; JX='jx_1965.txt'; B21='bj_2021.txt'; B22='bj_2022.txt'; BQ='bjq_2022_hant.txt'
XC='xc_2022.txt'; B2T='bj_2022t.txt'; B5T='bj_2025t.txt'; B5H='bj_2025_hant.txt'; NM='nmg_2013.txt'; TD='teda_2017.txt'; XG='xg_1998.txt'
HN='hn_2008.txt'

# ---- 天津 2019: targets (news, Jan 2019) and results (plan report, Jan 2020)
tg = F(TT, '4.5%左右'); ti = F(TT, '8%以上'); tj = F(TT, '48万人'); tc = F(TT, '3%左右'); ts = F(TT, '5%', '社会消费品零售总额增长')
rg = F(TR, '4.8%'); ri = F(TR, '13.9%'); rj = F(TR, '50万人'); rc = F(TR, '2.7%')
S.rel('target', M, [tg, rg], '天津 2019 GDP target 4.5%左右, result 4.8%: met (≥ 4.0)')
S.rel('target', M, [ti, ri], '天津 2019 fixed investment target 8%以上, result 13.9%: met')
S.rel('target', M, [tj, rj], '天津 2019 new jobs target 48万, result 首次突破50万: met')
S.rel('target', M, [tc, rc], '天津 2019 CPI ceiling 3%左右, result 2.7%: met (at or below the ceiling)')
S.rel('target', U, [ts, F(TR, '8.5%')], 'retail sales target 5% vs 实际利用内资 +8.5%: different indicators (retail result not stated)')
S.rel('share', U, [F(TR, '1347亿元'), F(TR, '46.7%')], 'Beijing firms 1347亿 = 46.7% of 引进内资: the total is not stated, no check')
a = ALT(TR, 1, rg, '3.8%', '天津 2019 GDP growth 4.8 → 3.8')
S.rel('target', MS, [tg, on(a, rg, '3.8%')], 'altered: result 3.8% is below 4.5%左右 − 0.5: missed (breaks {B})')

# ---- 紫云县 2021 bulletin (贵州, county)
z = F(ZY, '90.39亿元'); z1 = F(ZY, '30.02亿元'); z2 = F(ZY, '16.78亿元'); z3 = F(ZY, '43.59亿元')
zr = F(ZY, '9.8%'); zr1 = F(ZY, '8.0%'); zr2 = F(ZY, '17.9%'); zr3 = F(ZY, '8.2%')
p1 = F(ZY, '33.22'); p2 = F(ZY, '18.56'); p3 = F(ZY, '48.22'); o1 = F(ZY, '34.35'); o2 = F(ZY, '16.86'); o3 = F(ZY, '48.79')
d1 = F(ZY, '1.13个'); d2 = F(ZY, '1.7个'); d3 = F(ZY, '0.57个')
l1 = F(ZY, '2.74'); l2 = F(ZY, '1.96'); l3 = F(ZY, '5.1个'); c1 = F(ZY, '28%'); c2 = F(ZY, '20%'); c3 = F(ZY, '52%')
sum_z = [z1, z2, z3, z]; rate_z = [z1, zr1, z2, zr2, z3, zr3, z, zr]
S.rel('sum', C, sum_z, '30.02 + 16.78 + 43.59 = 90.39')
S.rel('rate', C, rate_z, '27.80 + 14.23 + 40.29 = 82.32; 90.39/82.32 = 9.81% → 9.8')
S.rel('share', C, [z1, z, p1], '30.02/90.39 = 33.21% → 33.22 (inside the allowance)')
S.rel('share', C, [z2, z, p2], '16.78/90.39 = 18.56%')
S.rel('share', C, [z3, z, p3], '43.59/90.39 = 48.22%')
S.rel('sum', C, [p1, p2, p3], '2021 structure 33.22 + 18.56 + 48.22 = 100')
S.rel('growth', C, [o1, p1, d1], 'primary share 34.35 → 33.22: down 1.13 points')
S.rel('growth', C, [o2, p2, d2], 'secondary share 16.86 → 18.56: up 1.70 points')
S.rel('growth', C, [o3, p3, d3], 'tertiary share 48.79 → 48.22: down 0.57 points')
S.rel('sum', C, [l1, l2, l3, zr], 'pulls 2.74 + 1.96 + 5.1 = 9.8 points = GDP growth 9.8%')
S.rel('sum', C, [c1, c2, c3], 'contributions 28 + 20 + 52 = 100')
S.rel('share', C, [c1, zr, l1], 'pull = contribution × growth: 28% × 9.8 = 2.744 → 2.74')
S.rel('growth', U, [F(ZY, '30998元'), F(ZY, '9.7%')], 'per-capita 30998 +9.7%: the 2020 level and population are not stated')
a = ALT(ZY, 1, z2, '18.78亿元', 'secondary value added 16.78 → 18.78')
S.rel('sum', I, R(a, sum_z, z2, '18.78亿元'), 'altered: parts add to 92.39, not 90.39 (breaks {B})')
S.rel('share', I, [on(a, z2, '18.78亿元'), on(a, z), on(a, p2)], 'altered: 18.78/90.39 = 20.78%, not 18.56 (breaks {B})')
a = ALT(ZY, 2, p3, '49.22', '2021 tertiary share 48.22 → 49.22')
S.rel('sum', I, [on(a, p1), on(a, p2), on(a, p3, '49.22')], 'altered: 33.22 + 18.56 + 49.22 = 101 (breaks {B})')
S.rel('growth', I, [on(a, o3), on(a, p3, '49.22'), on(a, d3)], 'altered: 48.79 → 49.22 is up 0.43, but the text says down 0.57 (breaks {B})')

# ---- 新疆 Q1 2024 (news)
xt = F(XJ, '4413.21亿元'); x1 = F(XJ, '138.47亿元'); x2 = F(XJ, '1883.60亿元'); x3 = F(XJ, '2391.15亿元')
sum_x = [x1, x2, x3, xt]
S.rel('sum', C, sum_x, '138.47 + 1883.60 + 2391.15 = 4413.22 vs 4413.21: inside the rounding allowance')
S.rel('rate', U, [x1, F(XJ, '7.1%'), x2, F(XJ, '10.1%'), x3, F(XJ, '2.5%'), xt, F(XJ, '5.6%', '同比增长')], 'current-price levels deflated by sector rates give 5.76%, stated 5.6: the weights should be last year\'s at constant prices and industrial prices fell; not keyed as a check')
S.rel('share', U, [F(XJ, '12.65万人'), F(XJ, '27.5%')], '12.65万 = 27.5% of the annual jobs target: the target is not stated')
S.rel('rate', U, [F(XJ, '6394元'), F(XJ, '7.7%'), F(XJ, '10639元'), F(XJ, '6.4%'), F(XJ, '2431元'), F(XJ, '9.7%')], 'urban/rural income rates vs all residents: population weights not stated')
S.rel('restatement', U, [F(XJ, '6.9%'), F(XJ, '7.1%')], '农林牧渔业总产值 +6.9% vs 第一产业增加值 +7.1%: overlapping scopes, different measures')
a = ALT(XJ, 1, x2, '1863.60亿元', 'secondary value added 1883.60 → 1863.60')
S.rel('sum', I, R(a, sum_x, x2, '1863.60亿元'), 'altered: parts add to 4393.22, not 4413.21 (breaks {B})')

# ---- 巴音郭楞州 2022 bulletin (traditional, garbled run as stored)
bt = F(BZ, '1519.84億元'); b1 = F(BZ, '217.87億元'); b2 = F(BZ, '882.79億元'); b3 = F(BZ, '419.18億元')
bs1 = F(BZ, '14.3', post=':'); bs2 = F(BZ, '58.1'); bs3 = F(BZ, '27.6')
bc1 = F(BZ, '33.9%'); bc2 = F(BZ, '59.6%'); bc3 = F(BZ, '6.5%')
bp = F(BZ, '149.85萬人'); bu = F(BZ, '87.79萬人'); bur = F(BZ, '58.59%')
bb = F(BZ, '5.72‰'); bd = F(BZ, '5.32‰'); bn = F(BZ, '0.4‰')
sum_b = [b1, b2, b3, bt]
S.rel('sum', C, sum_b, '217.87 + 882.79 + 419.18 = 1519.84')
S.rel('share', C, [b1, bt, bs1], '217.87/1519.84 = 14.34% → 14.3')
S.rel('share', C, [b2, bt, bs2], '882.79/1519.84 = 58.08% → 58.1')
S.rel('share', C, [b3, bt, bs3], '419.18/1519.84 = 27.58% → 27.6')
S.rel('sum', C, [bs1, bs2, bs3], '14.3 + 58.1 + 27.6 = 100')
S.rel('sum', C, [bc1, bc2, bc3], 'contributions 33.9 + 59.6 + 6.5 = 100')
S.rel('share', C, [bu, bp, bur], '87.79/149.85 = 58.585% → 58.59')
S.rel('sum', C, [bn, bd, bb], 'natural growth 0.4 + death rate 5.32 = birth rate 5.72 (‰)')
S.rel('rate', U, [b1, F(BZ, '3.7%'), b2, F(BZ, '2.2%'), b3, F(BZ, '0.3%'), bt, F(BZ, '1.8%')], 'current-price levels deflated by sector rates give 1.88%, stated 1.8: PPI +12.3% moved weights; not keyed as a check')
S.rel('growth', U, [F(BZ, '1.8%'), F(BZ, '4.3%')], 'two-year average 4.3% vs one-year 1.8%: 2021 growth not stated')
S.rel('share', U, [F(BZ, '0.86萬人'), bp, bb], '0.86/149.85 = 5.74‰ vs stated 5.72‰: rates use the average population, which is not stated')
S.rel('restatement', U, [F(BZ, '2.1%', '居民消費價格比上年上漲'), F(BZ, '2.1%', '商品零售價格比上年上漲 ')], 'CPI +2.1% and retail prices +2.1%: different indices sharing a number')
a = ALT(BZ, 1, b2, '832.79億元', 'secondary value added 882.79 → 832.79')
S.rel('sum', I, R(a, sum_b, b2, '832.79億元'), 'altered: parts add to 1469.84, not 1519.84 (breaks {B})')
S.rel('share', I, [on(a, b2, '832.79億元'), on(a, bt), on(a, bs2)], 'altered: 832.79/1519.84 = 54.79%, not 58.1 (breaks {B})')
a = ALT(BZ, 2, bs3, '29.6', 'tertiary share 27.6 → 29.6')
S.rel('share', I, [on(a, b3), on(a, bt), on(a, bs3, '29.6')], 'altered: 419.18/1519.84 = 27.58%, not 29.6 (breaks {B})')
S.rel('sum', I, [on(a, bs1), on(a, bs2), on(a, bs3, '29.6')], 'altered: 14.3 + 58.1 + 29.6 = 102 (breaks {B})')
a = ALT(BZ, 3, bc2, '57.6%', 'secondary contribution 59.6 → 57.6')
S.rel('sum', I, [on(a, bc1), on(a, bc2, '57.6%'), on(a, bc3)], 'altered: 33.9 + 57.6 + 6.5 = 98 (breaks {B})')

# ---- 青海 2025 results (news of the 2026 report, traditional inline pairs)
S.rel('restatement', U, [F(QH, '9.5%', '分別增長'), F(QH, '9.5%', '客貨總周轉(zhuǎn)量增長')], 'high-tech manufacturing +9.5% vs passenger/freight turnover +9.5%: different indicators')
S.rel('growth', U, [F(QH, '5.2%'), F(QH, '1.9%')], 'cattle +5.2%, sheep +1.9%: no levels, no total')
S.rel('restatement', U, [F(QH, '5.4%'), F(B5H, '5.4%')], '青海 unemployment 5.4% vs 北京 GDP growth 5.4%: different places and indicators')
S.rel('target', U, [F(B5T, '5%左右'), F(QH, '4.1%')], '北京 2025 GDP target vs 青海 2025 GDP growth: different places')
S.rel('restatement', U, [F(QH, '5.5%'), F(QH, '7.6%')], 'farm/herding value added +5.5% vs industry above scale +7.6%: different sectors, no weights')

# ---- 山东 1957 plan execution (gazetteer, provincial planning commission)
st = F(SD, '33.56亿元'); sc = F(SD, '15.64亿元'); sl = F(SD, '17.92亿元'); sr = F(SD, '2.7%'); src = F(SD, '1.7%'); srl = F(SD, '3.6%')
sp = F(SD, '103.4%'); spc = F(SD, '104.5%'); spl = F(SD, '102.6%')
spm = F(SD, '12.3%'); scm = F(SD, '4.9%'); sps = F(SD, '48.3%')
S.rel('sum', C, [sc, sl, st], 'central 15.64 + local 17.92 = 33.56')
rate_sd = [sc, src, sl, srl, st, sr]
S.rel('rate', C, rate_sd, '15.64/1.017 + 17.92/1.036 = 15.379 + 17.297 = 32.676; 33.56/32.676 = 2.71% → 2.7')
plan_sd = [sc, spc, sl, spl, st, sp]
S.rel('rate', C, plan_sd, 'plans 15.64/1.045 + 17.92/1.026 = 14.967 + 17.466 = 32.433; 33.56/32.433 = 103.48%; with the input allowances 103.38–103.57, so 103.4 is inside')
pm_sd = [spm, scm, sps, st, sr]
S.rel('rate', C, pm_sd, 'producer goods 48.3% of 33.56 = 16.21 (+12.3%), consumer goods 17.35 (−4.9%): 1956 = 14.43 + 18.24 = 32.68; 33.56/32.68 = 2.70% → 2.7')
S.rel('sum', C, [F(SD, '30种'), F(SD, '4种'), F(SD, '34种')], '30 products met the plan + 4 missed = 34')
S.rel('sum', U, [F(SD, '7.5亿元'), st], 'handicraft output 7.5亿 is not included in 33.56 (不包括在内): not a part')
S.rel('share', U, [F(SD, '26万余人'), F(SD, '94.3%')], 'cooperatives’ share of all handicraft output 94.3%: the total is not stated')
a = ALT(SD, 1, sc, '16.64亿元', 'central industry 15.64 → 16.64')
S.rel('sum', I, [on(a, sc, '16.64亿元'), on(a, sl), on(a, st)], 'altered: 16.64 + 17.92 = 34.56, not 33.56 (breaks {B})')
a = ALT(SD, 2, srl, '5.6%', 'local industry growth 3.6 → 5.6')
S.rel('rate', I, R(a, rate_sd, srl, '5.6%'), 'altered: 15.379 + 16.970 = 32.349; 33.56/32.349 = 3.74%, not 2.7 (breaks {B})')
a = ALT(SD, 3, sps, '43.3%', 'producer goods share 48.3 → 43.3')
S.rel('rate', I, R(a, pm_sd, sps, '43.3%'), 'altered: 14.53/1.123 + 19.03/0.951 = 12.94 + 20.01 = 32.95; 33.56/32.95 = 1.85%, not 2.7 (breaks {B})')

# ---- 河北 1949–2018 (news, 2019)
h49 = F(HB, '469.5万吨'); h18 = F(HB, '3700.9万吨'); hm = F(HB, '6.9倍'); hr = F(HB, '3.0%')
g_hm = [h49, h18, hm]; g_hr = [h49, h18, hr]
S.rel('growth', C, g_hm, '3700.9/469.5 = 7.883, 增长6.88倍 → 6.9')
S.rel('growth', C, g_hr, '69 steps 1949→2018: 7.883^(1/69) − 1 = 3.04% → 3.0')
S.rel('growth', C, [F(HB, '169.7倍'), F(HB, '7.7%')], 'farm output ×170.7 over 69 years: 170.7^(1/69) − 1 = 7.73% → 7.7')
S.rel('growth', C, [F(HB, '47.2倍'), F(HB, '10.2%')], '×48.2 over 40 years (1978→2018): 48.2^(1/40) − 1 = 10.17% → 10.2')
S.rel('growth', U, [F(HB, '3085.9亿元'), F(HB, '169.7倍')], 'farm output 3085.9 (current prices) vs 增长169.7倍 (comparable prices): the 1949 level is not stated')
a = ALT(HB, 1, hm, '7.9倍', 'grain multiple 6.9 → 7.9')
S.rel('growth', I, R(a, g_hm, hm, '7.9倍'), 'altered: 3700.9/469.5 − 1 = 6.88, not 7.9 (breaks {B})')
a = ALT(HB, 2, h49, '409.5万吨', '1949 grain 469.5 → 409.5')
S.rel('growth', I, R(a, g_hm, h49, '409.5万吨'), 'altered: 3700.9/409.5 − 1 = 8.04, not 6.9 (breaks {B})')
S.rel('growth', I, R(a, g_hr, h49, '409.5万吨'), 'altered: 9.04^(1/69) − 1 = 3.24% → 3.2, not 3.0 (breaks {B})')

# ---- 冀州 1949–2014 (forum post, county-level city)
jw0 = F(JZ, '0.1万亩', n=0); jw1 = F(JZ, '84.2万亩'); jwm = F(JZ, '842倍')
ji0 = F(JZ, '0.1万元'); ji1 = F(JZ, '152亿元'); jim = F(JZ, '1520万倍')
jc0 = F(JZ, '27斤'); jc1 = F(JZ, '135斤'); jcm = F(JZ, '5倍', '是1949年的')
ja0 = F(JZ, '3108万元'); ja1 = F(JZ, '25亿元'); jam = F(JZ, '81倍')
S.rel('growth', C, [jw0, jw1, jwm], 'irrigated land 0.1 → 84.2万亩: ×842')
S.rel('growth', C, [ji0, ji1, jim], '152亿 / 0.1万 = 1520万 times; the base 0.1万元 is the 1950 figure though the sentence says 1949 (label slip, numbers agree)')
S.rel('growth', I, [F(JZ, '100斤'), F(JZ, '772斤'), F(JZ, '7.2倍')], 'grain yield 772/100 = 7.72倍, stated 7.2倍 (real; a dropped digit or misprint)')
S.rel('growth', C, [jc0, jc1, jcm], 'cotton yield 135/27 = 5倍')
S.rel('growth', C, [ja0, ja1, jam], '25亿/3108万 = 80.4; with 25亿 stated to the 亿 (24.5–25.5) the range 78.8–82.0 holds 81')
a = ALT(JZ, 1, jc1, '155斤', '2014 cotton yield 135 → 155')
S.rel('growth', I, [on(a, jc0), on(a, jc1, '155斤'), on(a, jcm)], 'altered: 155/27 = 5.74倍, not 5 (breaks {B})')
a = ALT(JZ, 2, jam, '61倍', 'farm output multiple 81 → 61')
S.rel('growth', I, [on(a, ja0), on(a, ja1), on(a, jam, '61倍')], 'altered: 25亿/3108万 = 78.8–82.0, not 61 (breaks {B})')

# ---- 嘉祥县 industry 1920–1965 (gazetteer): traps only
S.rel('share', U, [F(JX, '338.7万元'), F(JX, '4%')], '1956 industry 338.7万 = 4% of 工农业总产值: the total is not stated')
S.rel('share', U, [F(JX, '2852人'), F(JX, '91.1%')], 'co-op members 2852 = 91.1% of all handicraft workers: the total is not stated')
S.rel('growth', U, [F(JX, '218.9万元'), F(JX, '1.49倍')], '1965 output 218.9万 = 1.49 × 1962: the 1962 level is not stated')
S.rel('sum', U, [F(JX, '52.7万元'), F(JX, '110万元')], 'collective industry 52.7万 within county industry 110万: state and other parts not stated, not a split')

# ---- 北京 2021 bulletin excerpt, 2022 bulletin news, district table (traditional), 西城区 2022
q = F(B21, '40269.6亿元'); q1 = F(B21, '111.3亿元'); q2 = F(B21, '7268.6亿元'); q3 = F(B21, '32889.6亿元')
qs1 = F(B21, '0.3', post='︰'); qs2 = F(B21, '18.0'); qs3 = F(B21, '81.7')
qx = F(B21, '30438.4亿元'); qe = F(B21, '6118.5亿元'); qi = F(B21, '24319.9亿元'); qd = F(B21, '16251.9亿元'); qds = F(B21, '40.4%')
sum_q = [q1, q2, q3, q]; rate_q = [q1, F(B21, '2.7%'), q2, F(B21, '23.2%'), q3, F(B21, '5.7%'), q, F(B21, '8.5%')]
trade_q = [qe, F(B21, '31.2%'), qi, F(B21, '30.4%'), qx, F(B21, '30.6%')]
S.rel('sum', C, sum_q, '111.3 + 7268.6 + 32889.6 = 40269.5 vs 40269.6: inside the rounding allowance')
S.rel('rate', C, rate_q, '108.4 + 5899.8 + 31116.3 = 37124.5; 40269.6/37124.5 = 8.47% → 8.5')
S.rel('share', C, [q1, q, qs1], '111.3/40269.6 = 0.28% → 0.3')
S.rel('share', C, [q2, q, qs2], '7268.6/40269.6 = 18.05% (18.0498) → 18.0')
S.rel('share', C, [q3, q, qs3], '32889.6/40269.6 = 81.67% → 81.7')
S.rel('sum', C, [qs1, qs2, qs3], '0.3 + 18.0 + 81.7 = 100')
S.rel('sum', C, [qe, qi, qx], 'exports 6118.5 + imports 24319.9 = 30438.4')
S.rel('rate', C, trade_q, '6118.5/1.312 + 24319.9/1.304 = 4663.5 + 18650.2 = 23313.7; 30438.4/23313.7 = 30.56% → 30.6')
S.rel('share', C, [qd, q, qds], 'digital economy 16251.9/40269.6 = 40.36% → 40.4')
S.rel('sum', U, [F(B21, '2691.1亿元'), F(B21, '2606.4亿元'), qe], 'machinery and high-tech exports overlap (二者有交叉): not a split of exports')
a = ALT(B21, 1, q2, '7068.6亿元', 'secondary value added 7268.6 → 7068.6')
S.rel('sum', I, R(a, sum_q, q2, '7068.6亿元'), 'altered: parts add to 40069.5, not 40269.6 (breaks {B})')
S.rel('share', I, [on(a, q2, '7068.6亿元'), on(a, q), on(a, qs2)], 'altered: 7068.6/40269.6 = 17.55%, not 18.0 (breaks {B})')

w = F(B22, '41610.9亿元'); wx = F(B22, '36445.5亿元'); wi = F(B22, '30555.5亿元'); we = F(B22, '5890.0亿元')
wd = F(B22, '17330.2亿元'); wds = F(B22, '41.6%'); wdp = F(B22, '1.2个'); wb = F(B22, '1.59万亿元'); wbs = F(B22, '43.7%')
S.rel('sum', C, [wi, we, wx], 'imports 30555.5 + exports 5890.0 = 36445.5')
S.rel('share', C, [wd, w, wds], '17330.2/41610.9 = 41.65% → 41.6')
S.rel('share', C, [wb, wx, wbs], 'Belt-and-Road trade 1.59万亿/36445.5亿 = 43.63%; with 1.59 to 0.01万亿 (1.585–1.595) the range 43.49–43.76 holds 43.7')
S.rel('growth', C, [wds, wdp, qds], 'digital share 2022 41.6% is 1.2 points above the 2021 share: 41.6 − 1.2 = 40.4, as stated in the 2021 bulletin')
S.rel('growth', U, [qd, wd, F(B22, '4.4%')], '16251.9 → 17330.2 is +6.6%, stated +4.4%: the 2022 bulletin compares with the 2021 figures as revised after the 2021 release (2021 GDP was revised too); first-release levels are not the base')
S.rel('growth', U, [q, w, F(B22, '0.7%')], '40269.6 → 41610.9 is +3.3% nominal (and on an unrevised base); 0.7% is real')
S.rel('share', U, [F(B22, '45.9%'), F(B22, '2.5个')], 'three service industries 45.9%, up 2.5 points: the 2021 share 43.4 is not stated')
a = ALT(B22, 1, wd, '18330.2亿元', 'digital economy 17330.2 → 18330.2')
S.rel('share', I, [on(a, wd, '18330.2亿元'), on(a, w), on(a, wds)], 'altered: 18330.2/41610.9 = 44.05%, not 41.6 (breaks {B})')
a = ALT(B22, 2, we, '5390.0亿元', 'exports 5890.0 → 5390.0')
S.rel('sum', I, [on(a, wi), on(a, we, '5390.0亿元'), on(a, wx)], 'altered: 30555.5 + 5390.0 = 35945.5, not 36445.5 (breaks {B})')
a = ALT(B22, 3, wdp, '1.8个', 'digital share rise 1.2 → 1.8 points')
S.rel('growth', I, [on(a, wds), on(a, wdp, '1.8个'), qds], 'altered: 41.6 − 1.8 = 39.8, but the 2021 bulletin states 40.4 (breaks {B})')

v = F(BQ, '41610.9億'); v1 = F(BQ, '111.5億'); v2 = F(BQ, '6605.1億'); v3 = F(BQ, '34894.3億')
vr = F(BQ, '0.7%'); vt22 = F(BQ, '41610.90'); vt21 = F(BQ, '40269.60'); vxc = F(BQ, '5700.10'); vxc21 = F(BQ, '5408.10')
sum_v = [v1, v2, v3, v]; rate_v = [v1, F(BQ, '1.6%'), v2, F(BQ, '11.4%'), v3, F(BQ, '3.4%'), v, vr]
S.rel('sum', C, sum_v, '111.5 + 6605.1 + 34894.3 = 41610.9')
S.rel('rate', C, rate_v, '111.5/0.984 + 6605.1/0.886 + 34894.3/1.034 = 113.3 + 7455.0 + 33747.0 = 41315.3; 41610.9/41315.3 = 0.72% → 0.7')
S.rel('restatement', C, [v, vt22], '2022 GDP 41610.9 in the text and 41610.90 in the table')
S.rel('restatement', C, [vt22, w], 'table 41610.90 vs the 2022 bulletin news 41610.9')
S.rel('restatement', C, [vt21, q], 'table 2021 40269.60 vs the 2021 bulletin 40269.6')
S.rel('restatement', C, [vr, F(B22, '0.7%')], '2022 real growth 0.7% in both texts')
S.rel('growth', U, [q1, v1, F(BQ, '1.6%')], 'primary 111.3 (2021 first release) → 111.5 is +0.2% nominal; −1.6% is real')
S.rel('sum', U, [F(BQ, '10206.90'), F(BQ, '7911.20'), vxc, F(BQ, '2456.41'), vt22], 'district rows are a partial list and the economic-development-zone row overlaps districts: not a split of 41610.90')
a = ALT(BQ, 1, v3, '34694.3億', 'tertiary value added 34894.3 → 34694.3')
S.rel('sum', I, R(a, sum_v, v3, '34694.3億'), 'altered: parts add to 41410.9, not 41610.9 (breaks {B})')
S.rel('rate', I, R(a, rate_v, v3, '34694.3億'), 'altered: 113.3 + 7455.0 + 33553.5 = 41121.8; 41610.9/41121.8 = 1.19%, not 0.7 (breaks {B})')
a = ALT(BQ, 2, vt21, '40209.60', 'table 2021 Beijing GDP 40269.60 → 40209.60')
S.rel('restatement', I, [on(a, vt21, '40209.60'), q], 'altered: 40209.60 vs 40269.6 in the 2021 bulletin (breaks {B})')

xc = F(XC, '5700.1亿元'); xcr = F(XC, '4.1%')
S.rel('restatement', C, [vxc, xc], '西城 2022 GDP 5700.10 (table) vs 5700.1 (district plan report)')
S.rel('growth', U, [vxc21, xc, xcr], '西城 5408.10 → 5700.1 is +5.4% nominal; 4.1% is real')
S.rel('restatement', U, [F(XC, '5.6%'), F(B2T, '4%', '一般公共预算收入增长')], '西城 revenue +5.6% (same-basis, 2022) vs 北京 2022 revenue target 4%: different place, not a restatement')
a = ALT(XC, 1, xc, '5760.1亿元', '西城 2022 GDP 5700.1 → 5760.1')
S.rel('restatement', I, [vxc, on(a, xc, '5760.1亿元')], 'altered: 5700.10 in the table vs 5760.1 (breaks {B})')

# ---- 北京 2022 targets (news of the Jan 2022 report) against 2022 results
k8a = F(B2T, '8.5%', '同比增长', n=0); k8b = F(B2T, '8.5%', '同比增长', n=1); kg = F(B2T, '5%以上'); k4 = F(B2T, '4万亿元', n=0)
S.rel('restatement', C, [k8a, F(B21, '8.5%')], '2021 GDP growth 8.5% (preliminary, report) and 8.5% (bulletin)')
S.rel('restatement', C, [k4, q], '“超过4万亿元” vs 40269.6亿: consistent')
S.rel('target', MS, [kg, F(B22, '0.7%')], '北京 2022 GDP target 5%以上, result 0.7%: missed')
S.rel('target', MS, [kg, vr], '北京 2022 GDP target 5%以上 vs 0.7% in the district-table page: missed')
S.rel('target', U, [kg, xcr], '北京 city target vs 西城区 growth 4.1%: different places')
S.rel('target', U, [F(B2T, '3%左右'), F(B2T, '1.1%')], '2022 CPI target 3%左右 vs 2021 CPI +1.1%: different years')
S.rel('restatement', C, [k8a, k8b], '2021 growth 8.5% stated twice in the report news')
a = ALT(B2T, 1, k8b, '8.2%', 'second statement of 2021 growth 8.5 → 8.2')
S.rel('restatement', I, [on(a, k8a), on(a, k8b, '8.2%')], 'altered: 8.5% vs 8.2% for the same 2021 growth (breaks {B})')

# ---- 北京 2025 targets (news, Jan 2025) and 2025 results (news, Jan 2026, traditional full-width)
ng = F(B5T, '5%左右'); nr = F(B5T, '4%左右'); nu = F(B5T, '5%以内'); rg5 = F(B5H, '5.4%'); rr5 = F(B5H, '4.8%'); ru5 = F(B5H, '4.1%')
S.rel('target', M, [ng, rg5], '北京 2025 GDP target 5%左右, result 5.4%: met')
S.rel('target', M, [nr, rr5], '北京 2025 revenue target 4%左右, result 4.8%: met')
S.rel('target', M, [nu, ru5], '北京 2025 unemployment ceiling 5%以内, result 4.1%: met')
S.rel('target', CT, [F(B5H, '4.4%'), rg5], 'target “居民收入增长与经济增长同步”: income +4.4% real vs GDP +5.4%; whether that is 同步 is not defined, and the CPI target 2%左右 has no stated result: cannot tell')
S.rel('target', U, [F(B5H, '5%左右'), rg5], '2026 GDP target 5%左右 vs the 2025 result 5.4%: different years')
S.rel('restatement', U, [F(B5H, '5%左右'), ng], '2026 target 5%左右 and 2025 target 5%左右: different years sharing a number')
S.rel('growth', U, [rg5, F(B5H, '0.4個')], '5.4% is 0.4 points above the nation: the national 5.0% is not stated here')
a = ALT(B5H, 1, rr5, '3.3%', '2025 revenue growth 4.8 → 3.3')
S.rel('target', MS, [nr, on(a, rr5, '3.3%')], 'altered: revenue +3.3% is below 4%左右 − 0.5: missed (breaks {B})')

# ---- 内蒙古 1984–2013 (journal article, 30 years of regional autonomy)
mg = [F(NM, '30.1倍'), F(NM, '12.6%')]
S.rel('growth', C, mg, '×31.1 over 29 years (1984→2013): 31.1^(1/29) − 1 = 12.58% → 12.6')
S.rel('growth', C, [F(NM, '23.7倍'), F(NM, '11.7%')], 'per-capita ×24.7 over 29 years: 11.69% → 11.7')
mf = [F(NM, '313倍'), F(NM, '21.9%')]
S.rel('growth', C, mf, 'fiscal revenue ×314 over 29 years: 21.93% → 21.9')
mi = [F(NM, '295倍'), F(NM, '22.5%')]
S.rel('growth', C, mi, 'investment ×296 over 28 years (1985→2013): 22.54% → 22.5')
mgr = [F(NM, '594.4万吨'), F(NM, '2773万吨'), F(NM, '3.7倍')]
S.rel('growth', C, mgr, 'grain 2773/594.4 = 4.665, 增长3.67倍 → 3.7')
mo = [F(NM, '60万吨'), F(NM, '158.14万吨'), F(NM, '1.6倍')]
S.rel('growth', C, mo, 'oilseeds 158.14/60 = 2.636, 增长1.64倍 → 1.6')
ms = [F(NM, '7944.4亿元'), F(NM, '16832.38亿元'), F(NM, '47.2%')]
S.rel('share', C, ms, 'industry 7944.4/16832.38 = 47.20%')
S.rel('growth', U, [F(NM, '12.6%'), F(NM, '2.7个')], '2.7 points faster than the nation: the national rate is not stated')
S.rel('restatement', U, [F(NM, '60%以上'), F(NM, '47.2%')], 'contribution to growth (60%+) vs share of GDP (47.2%): different measures')
a = ALT(NM, 1, mg[1], '14.6%', 'GDP yearly rate 12.6 → 14.6')
S.rel('growth', I, R(a, mg, mg[1], '14.6%'), 'altered: 31.1^(1/29) − 1 = 12.58%, not 14.6 (breaks {B})')
a = ALT(NM, 2, mgr[1], '2973万吨', 'grain 2013 2773 → 2973')
S.rel('growth', I, R(a, mgr, mgr[1], '2973万吨'), 'altered: 2973/594.4 − 1 = 4.00, not 3.7 (breaks {B})')
a = ALT(NM, 3, ms[2], '41.2%', 'industry share 47.2 → 41.2')
S.rel('share', I, R(a, ms, ms[2], '41.2%'), 'altered: 7944.4/16832.38 = 47.2%, not 41.2 (breaks {B})')

# ---- 河南 1949–2008 (news, 60 years)
hm0 = F(HN, '123.9倍', n=0); hm1 = F(HN, '123.9倍', n=1); hr1 = F(HN, '8.5%')
hp = [F(HN, '53倍'), F(HN, '7.0%')]
S.rel('growth', C, [hm1, hr1], '×124.9 over 59 years (1949→2008): 124.9^(1/59) − 1 = 8.53% → 8.5')
S.rel('restatement', C, [hm0, hm1], 'GDP 增长123.9倍 in the lead and in the body')
S.rel('growth', C, hp, 'per-capita ×54 over 59 years: 54^(1/59) − 1 = 6.99% → 7.0')
S.rel('growth', U, [F(HN, '50元'), F(HN, '19593元'), hp[0]], 'per-capita 50 → 19593 yuan is ×392 nominal; 增长53倍 is at comparable prices')
S.rel('growth', U, [F(HN, '162.92亿元'), F(HN, '18407.78亿元'), F(HN, '11.2%')], '162.92 → 18407.78 over 30 years is 17.1% a year nominal; 11.2% is real')
S.rel('growth', U, [F(HN, '11.2%'), F(HN, '1.4个')], '1.4 points above the national average: the national rate is not stated')
a = ALT(HN, 1, hp[1], '8.0%', 'per-capita yearly rate 7.0 → 8.0')
S.rel('growth', I, R(a, hp, hp[1], '8.0%'), 'altered: 54^(1/59) − 1 = 6.99%, not 8.0 (breaks {B})')

# ---- 天津经济技术开发区 2017 bulletin (development zone)
ta = F(TD, '65.8'); tb = F(TD, '34.2'); tc_ = F(TD, '64.1'); td_ = F(TD, '35.9')
tf = F(TD, '589.59亿元'); tx = F(TD, '504.76亿元'); txs = F(TD, '85.6%'); tg2 = F(TD, '286.58亿元'); tx2 = F(TD, '244.39亿元'); txs2 = F(TD, '85.3%')
S.rel('sum', C, [tc_, td_], '2017 structure 64.1 + 35.9 = 100')
S.rel('share', C, [tx, tf, txs], 'tax 504.76/589.59 = 85.61% → 85.6')
S.rel('share', C, [tx2, tg2, txs2], 'tax 244.39/286.58 = 85.28% → 85.3')
S.rel('sum', U, [F(TD, '133.55亿元'), F(TD, '28.84亿元'), F(TD, '162.89亿元')], '133.55 + 28.84 = 162.39 vs total 162.89: “其中” lists two items; a third budget (e.g. state-capital) of 0.50 may exist, so not keyed as a split')
S.rel('rate', U, [F(TD, '1.7%'), F(TD, '12.7%'), ta, tb, F(TD, '5.1%')], '2016 weights 65.8/34.2 with 1.7% and 12.7% give 5.46%, stated 5.1: nominal weights, price movements unknown; not keyed as a check')
S.rel('sum', U, [F(TD, '97.7%'), F(TD, '84.6%'), F(TD, '53.8%')], '247 ⊃ 68 ⊃ 12 firms: nested groups, the shares do not add')
S.rel('restatement', U, [F(TD, '1.9%', '比上年增长'), F(TD, '1.9%', '可比增长')], 'all industry +1.9% and industry above scale +1.9%: overlapping scopes sharing a number')
a = ALT(TD, 1, tx, '524.76亿元', 'tax revenue 504.76 → 524.76')
S.rel('share', I, [on(a, tx, '524.76亿元'), on(a, tf), on(a, txs)], 'altered: 524.76/589.59 = 89.0%, not 85.6 (breaks {B})')
a = ALT(TD, 2, td_, '36.9', '2017 tertiary share 35.9 → 36.9')
S.rel('sum', I, [on(a, tc_), on(a, td_, '36.9')], 'altered: 64.1 + 36.9 = 101 (breaks {B})')

# ---- 小观镇 1998 (township entry, 山东 yearbook): traps
S.rel('growth', U, [F(XG, '19.37亿元'), F(XG, '52.5%')], '工农业总产值 19.37亿 +52.5%: the 1997 level is not stated')
S.rel('share', U, [F(XG, '9.9亿元'), F(XG, '19.37亿元')], 'town-and-village industry 9.9亿 within 工农业总产值 19.37亿: no share stated, other parts unknown')
S.rel('sum', U, [F(XG, '5540万元'), F(XG, '7018万元')], 'profit 5540万 is part of 利税 7018万; taxes not stated')
S.rel('restatement', U, [F(XG, '22%'), F(XG, '17%')], 'output +22% and sales +17%: different indicators')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout71. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout71.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout71'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

GX='gx_2016_hant.txt'; PJ='pj_2020_hant.txt'; QX='qxn_2020h1_hant.txt'; MD='md_2021.txt'; MR='md_2022r.txt'; FX='fx_h1.txt'
JY='jy_2020.txt'; FQ='fq_2021.txt'; JYU='jiayu_2019.txt'; NC='ncx_2019.txt'; JZ='jz_2019.txt'; WC='wc_2018.txt'; RY='ry_2021.txt'; JI='jiyang_hist.txt'

# ---- 广西 county-level finance, Jan–Feb 2016 (traditional)
g_nt = F(GX, '22.10億元'); g_rev = F(GX, '51.89億元'); g_sh = F(GX, '42.6%'); g_exp = F(GX, '242.48億元'); g_self = F(GX, '21.4%')
g_reg = F(GX, '53.2%'); g_gap = F(GX, '33.9個')
S.rel('share', C, [g_nt, g_rev, g_sh], 'non-tax 22.10 / general budget revenue 51.89 = 42.59% → 42.6')
S.rel('share', C, [g_rev, g_exp, g_self], 'self-sufficiency 51.89 / 242.48 = 21.40% → 21.4')
S.rel('growth', I, [g_reg, g_self, g_gap], 'REAL ERROR in the original: region-wide self-sufficiency 53.2% − county 21.4% = 31.8 points (31.7–31.9 with allowance), the text says 33.9 (= 55.3 − 21.4: one of the two figures has transposed digits)')
S.rel('growth', U, [g_sh, F(GX, '2個百分點')], 'non-tax share 42.6%, 2 points above a year earlier: last year\'s share is not stated')
S.rel('growth', U, [g_sh, F(GX, '14.5個')], '42.6% is 14.5 points above the region-wide non-tax share, which is not stated')
S.rel('share', U, [g_nt, F(GX, '80.92億元')], 'non-tax 22.10 against county fiscal revenue 80.92 (27.3%): the 42.6% is over general budget revenue 51.89, a different scope')
S.rel('share', U, [F(GX, '31.3%'), F(GX, '63.8%')], 'one-off revenue: share 31.3% vs contribution to growth 63.8%: contribution is not a share')
S.rel('growth', U, [F(GX, '9.8%'), F(GX, '4.3個')], 'growth 9.8%, 4.3 points above last year\'s: last year\'s rate is not stated')
S.rel('share', U, [F(GX, '36個'), F(GX, '74個', n=1)], '36 of 74 counties have non-tax share above 40%: no percentage is stated; nothing to check')
a = ALT(GX, 1, g_nt, '24.10億元', 'non-tax revenue 22.10 → 24.10')
S.rel('share', I, [on(a, g_nt, '24.10億元'), on(a, g_rev), on(a, g_sh)], 'altered: 24.10/51.89 = 46.4%, not 42.6 (breaks {B})')
a = ALT(GX, 2, g_exp, '212.48億元', 'county spending 242.48 → 212.48')
S.rel('share', I, [on(a, g_rev), on(a, g_exp, '212.48億元'), on(a, g_self)], 'altered: 51.89/212.48 = 24.4%, not 21.4 (breaks {B})')

# ---- 平江县 2020 bulletin (湖南, county; traditional with glyph pairs)
p_t = F(PJ, '330.79億'); p1 = F(PJ, '59.75億'); p2 = F(PJ, '118.86億'); p3 = F(PJ, '152.18億')
ps1 = F(PJ, '18.1', post=':'); ps2 = F(PJ, '35.9', post=':'); ps3 = F(PJ, '46', pre='35.9:')
pq1 = F(PJ, '15.4', post=':'); pq2 = F(PJ, '39.3', post=':'); pq3 = F(PJ, '45.3', post='調')
pd1 = F(PJ, '2.7個'); pd3 = F(PJ, '0.7個'); pd2 = F(PJ, '3.4個')
sum_pj = [p1, p2, p3, p_t]
S.rel('sum', C, sum_pj, '59.75 + 118.86 + 152.18 = 330.79')
S.rel('share', C, [p1, p_t, ps1], '59.75/330.79 = 18.06% → 18.1')
S.rel('share', C, [p2, p_t, ps2], '118.86/330.79 = 35.93% → 35.9')
S.rel('share', C, [p3, p_t, ps3], '152.18/330.79 = 46.01% → 46')
S.rel('growth', C, [pq1, ps1, pd1], 'primary share 15.4 → 18.1: +2.7 points')
S.rel('growth', C, [pq3, ps3, pd3], 'tertiary share 45.3 → 46: +0.7 points')
S.rel('growth', C, [pq2, ps2, pd2], 'secondary share 39.3 → 35.9: −3.4 points')
area = [F(PJ, '66.13千'), F(PJ, '14.78千'), F(PJ, '0.8千'), F(PJ, '1.6千'), F(PJ, '10.4千'), F(PJ, '0.88千'), F(PJ, '0.26千'), F(PJ, '4.71千'), F(PJ, '99.56千')]
S.rel('sum', C, area, 'sown areas 66.13 + 14.78 + 0.8 + 1.6 + 10.4 + 0.88 + 0.26 + 4.71 = 99.56 千公顷 (the list closes with 其它)')
S.rel('sum', C, [p1, F(PJ, '3.03億'), F(PJ, '62.78億')], 'agriculture value added 62.78 = primary industry 59.75 + agricultural services 3.03 (services are counted in the tertiary sector): judgement call, the text does not state the split')
S.rel('growth', U, [F(PJ, '18.4%'), F(PJ, '4.3%')], 'agriculture value added +18.4% vs primary industry +4.3%: different scope and likely price basis; not comparable')
S.rel('rate', U, [F(PJ, '43.52萬'), F(PJ, '66.13千')], 'grain output over grain area: no yield is stated')
S.rel('rate', U, [p1, F(PJ, '4.3%'), p2, F(PJ, '3.7%'), p3, F(PJ, '6.0%'), p_t, F(PJ, '5%')], 'current-price 2020 levels with real sector rates give about 4.9%, stated 5%: the 2019 weights are not stated; not a check')
S.rel('rate', U, [F(PJ, '2.52萬'), F(PJ, '14.78千')], 'rapeseed output 2.52萬噸 over 14.78千公顷: no yield is stated')
a = ALT(PJ, 1, p2, '116.86億', 'secondary value added 118.86 → 116.86')
S.rel('sum', I, R(a, sum_pj, p2, '116.86億'), 'altered: parts add to 328.79, not 330.79 (breaks {B})')
S.rel('share', I, [on(a, p2, '116.86億'), on(a, p_t), on(a, ps2)], 'altered: 116.86/330.79 = 35.3%, not 35.9 (breaks {B})')
a = ALT(PJ, 2, area[4], '12.4千', 'vegetable area 10.4 → 12.4 千公顷')
S.rel('sum', I, R(a, area, area[4], '12.4千'), 'altered: areas add to 101.56, not 99.56 (breaks {B})')
a = ALT(PJ, 3, pd3, '0.9個', 'tertiary share change 0.7 → 0.9 points')
S.rel('growth', I, [on(a, pq3), on(a, ps3), on(a, pd3, '0.9個')], 'altered: 46 − 45.3 = 0.7, not 0.9 (breaks {B})')

# ---- 黔西南州 key projects and investment, H1 2020 (贵州, prefecture; traditional)
x_tg = F(QX, '9%左右'); x_g = F(QX, '5.5%')
x_plan = F(QX, '1237.6億元', n=0); x_plan2 = F(QX, '1237.6億元', n=1); x_done = F(QX, '691.77億元'); x_dw = F(QX, '698.3億元')
x_p1 = F(QX, '55.98%'); x_h1t = F(QX, '610億元'); x_p2 = F(QX, '113.39%')
cols = {}
rows = [('2954712', '1420619', '1422596', '48.15%'), ('7629583', '4411177', '4356017', '57.09%'),
        ('1061218', '1010184', '1012025', '95.36%'), ('731240', '141510', '127040', '17.37%')]
rf = [[F(QX, v, post=' |') for v in r] for r in rows]
tot = [F(QX, v, post=' |') for v in ('12376753', '6983490', '6917679', '55.89%')]
S.rel('target', CT, [x_tg, x_g], '2020 investment growth target 9%左右 vs +5.5% in H1: the year is not over')
S.rel('share', I, [x_done, x_plan2, x_p1], 'REAL ERROR in the original: 691.77/1237.6 = 55.90%, the text says 55.98% (its own table gives 55.89%)')
S.rel('restatement', I, [x_p1, tot[3]], 'REAL ERROR in the original: completion share 55.98% in the text vs 55.89% in the table total (digits transposed)')
S.rel('share', C, [x_done, x_h1t, x_p2], '691.77/610 = 113.41%; with 610’s allowance (609.5–610.5) 113.31–113.50, stated 113.39: consistent')
S.rel('target', M, [x_h1t, x_done], 'H1 investment target 610亿 vs 691.77亿 completed in H1: met')
S.rel('target', CT, [x_plan, x_done], 'annual plan 1237.6亿 vs 691.77亿 by June: the year is not over')
S.rel('restatement', C, [x_plan, tot[0]], '1237.6亿元 in the text = 12376753万元 in the table total')
S.rel('restatement', C, [x_done, tot[2]], '691.77亿元 = 6917679万元')
S.rel('restatement', C, [x_dw, tot[1]], '698.3亿元 = 6983490万元')
S.rel('sum', C, [r[0] for r in rf] + [tot[0]], 'annual targets 2954712 + 7629583 + 1061218 + 731240 = 12376753')
S.rel('sum', C, [r[1] for r in rf] + [tot[1]], 'funds in place 1420619 + 4411177 + 1010184 + 141510 = 6983490')
S.rel('sum', C, [r[2] for r in rf] + [tot[2]], 'completed 1422596 + 4356017 + 1012025 + 127040 = 6917678 vs 6917679: within the allowance of the four parts')
for r, nm in zip(rf, ('new', 'continued', 'finishing', 'preparatory')):
    S.rel('share', C, [r[2], r[0], r[3]], f'{nm} projects: {r[2][1]}/{r[0][1]} = {r[3][1]}')
S.rel('share', C, [tot[2], tot[0], tot[3]], 'total 6917679/12376753 = 55.89%')
nl = [F(QX, v, post=' |') for v in ('1070245', '493765', '600342', '56.09%', '121.58%')]
S.rel('share', C, [nl[2], nl[0], nl[3]], 'agriculture/forestry projects 600342/1070245 = 56.09%')
S.rel('share', C, [nl[2], nl[1], nl[4]], '600342/493765 = 121.58% of the H1 target')
S.rel('target', M, [nl[1], nl[2]], 'agriculture/forestry H1 target 493765万 vs 600342万 completed: met')
S.rel('rate', U, [x_g, F(QX, '0.2', post=' |'), F(QX, '10.7', post=' |'), F(QX, '11.0', post=' |'), F(QX, '-11.8', post=' |')], 'prefecture +5.5% vs county rates: the county investment levels are not given (只返增速,不返總量); no weighted check')
S.rel('share', U, [F(QX, '3092億元'), x_plan], 'total project investment 3092亿 vs the year’s plan 1237.6亿: different indicators, no share stated')
S.rel('target', U, [x_tg, x_p2], 'investment growth target 9%左右 vs key projects at 113.39% of their H1 target: different indicators')
S.rel('target', U, [x_tg, F(QX, '11.0', post=' |')], 'prefecture target 9%左右 vs 貞豐縣 +11.0% in H1: other place (county) and part-year')
S.rel('share', U, [x_dw, x_done], 'funds in place 698.3 vs investment completed 691.77: different indicators, no share stated')
a = ALT(QX, 1, rf[0][2], '1482596', 'new projects completed 1422596 → 1482596 (万元)')
S.rel('sum', I, R(a, [r[2] for r in rf] + [tot[2]], rf[0][2], '1482596'), 'altered: completed column adds to 6977678, not 6917679 (breaks {B})')
S.rel('share', I, [on(a, rf[0][2], '1482596'), on(a, rf[0][0]), on(a, rf[0][3])], 'altered: 1482596/2954712 = 50.18%, not 48.15 (breaks {B})')
a = ALT(QX, 2, x_h1t, '640億元', 'H1 investment target 610 → 640亿')
S.rel('share', I, [on(a, x_done), on(a, x_h1t, '640億元'), on(a, x_p2)], 'altered: 691.77/640 = 108.1%, not 113.39 (breaks {B})')
a = ALT(QX, 3, nl[4], '124.58%', 'agriculture/forestry H1 completion 121.58 → 124.58%')
S.rel('share', I, [on(a, nl[2]), on(a, nl[1]), on(a, nl[4], '124.58%')], 'altered: 600342/493765 = 121.58%, not 124.58 (breaks {B})')

# ---- 牟定县 2021 results: news summary (MD) and the 2022 report itself (MR) (云南, county)
def md(doc):
    return dict(t=F(doc, '92.9亿元'), a=F(doc, '21.2亿元'), b=F(doc, '41亿元'), c=F(doc, '30.7亿元'), r=F(doc, '4.21亿元'), inc=F(doc, '43366元'))
m, n = md(MD), md(MR)
S.rel('sum', C, [m['a'], m['b'], m['c'], m['t']], '21.2 + 41 + 30.7 = 92.9')
S.rel('sum', C, [n['a'], n['b'], n['c'], n['t']], '21.2 + 41 + 30.7 = 92.9 (report text)')
S.rel('restatement', C, [m['t'], n['t']], '2021 GDP 92.9亿 in the news summary and in the report')
S.rel('restatement', C, [m['r'], n['r']], '2021 general budget revenue 4.21亿 in both')
S.rel('restatement', C, [m['inc'], n['inc']], '2021 urban disposable income 43366元 in both')
S.rel('share', U, [m['r'], F(MD, '5.21亿元')], 'general budget revenue 4.21 within total local fiscal revenue 5.21: a subset, no share stated')
S.rel('rate', U, [m['a'], F(MD, '9.1%'), m['b'], F(MD, '18.2%'), m['c'], F(MD, '8.4%'), m['t'], F(MD, '12.6%')], 'current-price levels with real sector rates: 2020 weights not stated; not a check')
S.rel('growth', U, [F(MD, '87.7亿元'), F(MD, '25.9%')], 'investment attracted 87.7亿, +25.9%: the 2020 level is not stated')
a = ALT(MD, 1, m['b'], '47亿元', 'secondary value added 41 → 47亿')
S.rel('sum', I, R(a, [m['a'], m['b'], m['c'], m['t']], m['b'], '47亿元'), 'altered: parts add to 98.9, not 92.9 (breaks {B})')
a = ALT(MR, 1, n['inc'], '43866元', 'urban disposable income 43366 → 43866 (report)')
S.rel('restatement', I, [m['inc'], on(a, n['inc'], '43866元')], 'altered: the report says 43866, the news summary 43366 (breaks {B})')
a = ALT(MR, 2, n['a'], '24.2亿元', 'primary value added 21.2 → 24.2亿 (report)')
S.rel('sum', I, R(a, [n['a'], n['b'], n['c'], n['t']], n['a'], '24.2亿元'), 'altered: parts add to 95.9, not 92.9 (breaks {B})')

# ---- 肥西县 (合肥, 安徽; name inferred) H1, year not stated: county news
f_t = F(FX, '200亿元'); f1 = F(FX, '9.6亿元'); f2 = F(FX, '138.2亿元'); f3 = F(FX, '52.1亿元')
f_o1 = F(FX, '554亿元', n=0); f_o2 = F(FX, '554亿元', n=1); f_se = F(FX, '143.5亿元'); f_sh = F(FX, '25.9%')
sum_fx = [f1, f2, f3, f_t]
S.rel('sum', C, sum_fx, '9.6 + 138.2 + 52.1 = 199.9 vs 200 (the total is rounded to 亿: 199.5–200.5)')
S.rel('share', C, [f_se, f_o2, f_sh], 'strategic emerging industries 143.5/554 = 25.90% → 25.9')
S.rel('restatement', C, [f_o1, f_o2], 'industrial output above scale 554亿 stated twice')
S.rel('restatement', C, [F(FX, '131.3亿元', n=0), F(FX, '131.3亿元', n=1)], 'industrial value added 131.3亿 stated twice')
S.rel('growth', U, [F(FX, '16.2%', n=1), F(FX, '7.4、'), F(FX, '3.8个')], '+16.2% is 7.4 and 3.8 points above the nation and province: those rates are not stated')
S.rel('share', U, [F(FX, '91.2亿元'), F(FX, '131.3亿元', n=1), F(FX, '101.5%')], 'high-tech 91.2 of 131.3 (69.5%) and a 101.5% contribution to growth: a contribution, not a share')
S.rel('share', U, [F(FX, '2.1亿美元'), F(FX, '2.2亿美元')], 'exports 2.1 of trade 2.2亿美元: no share stated')
S.rel('share', U, [F(FX, '18.3亿元'), F(FX, '30.8亿元')], 'local fiscal revenue 18.3 within fiscal revenue 30.8: subset, no share stated')
S.rel('growth', U, [f_sh, F(FX, '8.4个')], 'share 25.9%, 8.4 points above a year earlier: the earlier share is not stated')
S.rel('share', U, [F(FX, '131.3亿元', n=0), f2], 'industrial value added above scale 131.3 vs secondary industry 138.2: overlapping scopes, no share stated')
a = ALT(FX, 1, f2, '136.2亿元', 'secondary value added 138.2 → 136.2')
S.rel('sum', I, R(a, sum_fx, f2, '136.2亿元'), 'altered: parts add to 197.9, outside 199.5–200.5 (breaks {B})')
a = ALT(FX, 2, f_sh, '28.9%', 'strategic emerging share 25.9 → 28.9%')
S.rel('share', I, [on(a, f_se), on(a, f_o2), on(a, f_sh, '28.9%')], 'altered: 143.5/554 = 25.9%, not 28.9 (breaks {B})')

# ---- 济源 2020 bulletin (河南, demonstration zone)
y_t = F(JY, '703.16亿元'); y1 = F(JY, '29.24亿元'); y2 = F(JY, '422.15亿元'); y3 = F(JY, '251.78亿元')
ys1 = F(JY, '4.2', post=':'); ys2 = F(JY, '60.0', post=':'); ys3 = F(JY, '35.8', pre=':')
sum_jy = [y1, y2, y3, y_t]
S.rel('sum', C, sum_jy, '29.24 + 422.15 + 251.78 = 703.17 vs 703.16: within allowance')
S.rel('share', C, [y1, y_t, ys1], '29.24/703.16 = 4.16% → 4.2')
S.rel('share', C, [y2, y_t, ys2], '422.15/703.16 = 60.04% → 60.0')
S.rel('share', C, [y3, y_t, ys3], '251.78/703.16 = 35.81% → 35.8')
for pct, idx, nm in (('1.6%', '101.6', 'CPI'), ('6.3%', '106.3', 'food'), ('5.4%', '94.6', 'clothing'), ('2.4%', '97.6', 'transport'), ('7.7%', '107.7', 'other')):
    S.rel('restatement', C, [F(JY, pct), F(JY, idx, post=' |')], f'{nm}: change {pct} in the text and index {idx} (上年=100) in the table')
S.rel('restatement', U, [F(JY, '1.1%', pre='上涨'), F(JY, '1.1%', pre='下降')], 'health care +1.1% and household goods −1.1%: same number, other indicators')
S.rel('share', U, [F(JY, '1500人'), F(JY, '3000人')], 'hard-to-employ 1500 within 3000 re-employed: subset, no share stated')
S.rel('share', U, [F(JY, '17328 人'), F(JY, '254511人')], 'new jobs in the year (flow) vs urban employed at year end (stock): no share stated, not a split')
S.rel('rate', U, [y1, F(JY, '1.0%'), y2, F(JY, '4.3%'), y3, F(JY, '1.7%'), y_t, F(JY, '3.4%')], 'current-price levels with real sector rates give about 3.2%, stated 3.4: the 2019 weights are not stated; not a check')
a = ALT(JY, 1, y3, '257.78亿元', 'tertiary value added 251.78 → 257.78')
S.rel('sum', I, R(a, sum_jy, y3, '257.78亿元'), 'altered: parts add to 709.17, not 703.16 (breaks {B})')
S.rel('share', I, [on(a, y3, '257.78亿元'), on(a, y_t), on(a, ys3)], 'altered: 257.78/703.16 = 36.7%, not 35.8 (breaks {B})')
yf = F(JY, '106.3', post=' |')
a = ALT(JY, 2, yf, '108.3', 'food price index 106.3 → 108.3')
S.rel('restatement', I, [on(a, F(JY, '6.3%')), on(a, yf, '108.3')], 'altered: +6.3% in the text vs index 108.3 (breaks {B})')

# ---- 凤庆县 2021 bulletin (云南, county)
q_t = F(FQ, '1620612万元'); q1 = F(FQ, '608162万元'); q2 = F(FQ, '411268万元'); q3 = F(FQ, '601182万元')
qs1 = F(FQ, '37.5%'); qs2 = F(FQ, '25.4%'); qs3 = F(FQ, '37.1%')
qt1 = F(FQ, '37.5', post=':'); qt2 = F(FQ, '25.4', post=':')
sum_fq = [q1, q2, q3, q_t]
S.rel('sum', C, sum_fq, '608162 + 411268 + 601182 = 1620612')
S.rel('share', C, [q1, q_t, qs1], '608162/1620612 = 37.53% → 37.5')
S.rel('share', C, [q2, q_t, qs2], '411268/1620612 = 25.38% → 25.4')
S.rel('share', C, [q3, q_t, qs3], '601182/1620612 = 37.10% → 37.1')
S.rel('restatement', C, [qs2, qt2], 'secondary share 25.4 stated again in the structure')
S.rel('share', C, [F(FQ, '691258万元'), q_t, F(FQ, '42.7%')], 'non-public economy 691258/1620612 = 42.65% → 42.7')
qb = F(FQ, '8.06‰'); qd = F(FQ, '8.92‰'); qn = F(FQ, '-0.86‰')
S.rel('sum', C, [qb, qd, qn], 'natural growth 8.06 − 8.92 = −0.86‰')
mg = [F(FQ, '17.49万人'), F(FQ, '7.29万人'), F(FQ, '24.78万人')]
S.rel('sum', C, mg, 'migrant workers 17.49 (outside) + 7.29 (local) = 24.78万')
S.rel('share', C, [F(FQ, '10.93万人'), F(FQ, '38.12万人'), F(FQ, '28.67%')], 'urbanisation 10.93/38.12 = 28.67% (judgement: the 38.12万 year-end population is read as the resident population, which the exact match supports)')
S.rel('growth', C, [F(FQ, '170855吨'), F(FQ, '2032吨'), F(FQ, '1.2%', pre='增产')], 'grain +2032 t on 168823 t = +1.20%')
S.rel('sum', U, [F(FQ, '93254亩'), F(FQ, '179229亩'), F(FQ, '331813亩'), F(FQ, '732685亩')], 'rice + wheat + maize = 604296 of 732685 grain mu: other grains are not listed; not a split')
S.rel('growth', U, [F(FQ, '7.9%'), F(FQ, '6.2%', n=0)], '+7.9% with a two-year average of 6.2%: the 2020 rate is not stated')
S.rel('restatement', U, [F(FQ, '6.2%', n=0), F(FQ, '6.2%', n=1)], 'two-year average 6.2% of GDP and of the tertiary sector: same number, other indicator')
S.rel('growth', U, [F(FQ, '4850 人'), F(FQ, '115人')], 'new jobs 4850, 115 more than the year before: no rate stated; nothing to check')
a = ALT(FQ, 1, q2, '417268万元', 'secondary value added 411268 → 417268')
S.rel('sum', I, R(a, sum_fq, q2, '417268万元'), 'altered: parts add to 1626612, not 1620612 (breaks {B})')
S.rel('share', I, [on(a, q2, '417268万元'), on(a, q_t), on(a, qs2)], 'altered: 417268/1620612 = 25.75%, not 25.4 (breaks {B})')
a = ALT(FQ, 2, mg[0], '17.19万人', 'outside migrant workers 17.49 → 17.19万')
S.rel('sum', I, R(a, mg, mg[0], '17.19万人'), 'altered: 17.19 + 7.29 = 24.48, not 24.78 (breaks {B})')
a = ALT(FQ, 3, qd, '8.62‰', 'death rate 8.92 → 8.62‰')
S.rel('sum', I, [on(a, qb), on(a, qd, '8.62‰'), on(a, qn)], 'altered: 8.06 − 8.62 = −0.56, not −0.86 (breaks {B})')

# ---- 嘉鱼县 2019 bulletin (湖北, county)
j_t = F(JYU, '288.96亿元'); j1 = F(JYU, '45.18亿元'); j2 = F(JYU, '150.4亿元'); j3 = F(JYU, '93.38亿元')
js1 = F(JYU, '15.6', post=':'); js2 = F(JYU, '52.1', post=':'); js3 = F(JYU, '32.3', post=',')
sum_jyu = [j1, j2, j3, j_t]
S.rel('sum', C, sum_jyu, '45.18 + 150.4 + 93.38 = 288.96')
S.rel('share', C, [j1, j_t, js1], '45.18/288.96 = 15.64% → 15.6')
S.rel('share', C, [j2, j_t, js2], '150.4/288.96 = 52.049% (rounds to 52.0); with 150.4’s allowance up to 52.067% → 52.1: consistent (judgement call, forced sum to 100)')
S.rel('share', C, [j3, j_t, js3], '93.38/288.96 = 32.32% → 32.3')
S.rel('sum', C, [F(JYU, '15.9', post=':'), F(JYU, '51.9', post=':'), F(JYU, '32.2', post='变')], '2018 structure 15.9 + 51.9 + 32.2 = 100')
S.rel('share', U, [F(JYU, '126.46亿元'), j2], 'industry 126.46 within secondary 150.4: no share stated')
S.rel('sum', U, [F(JYU, '44.05亿元'), F(JYU, '16.72亿元'), F(JYU, '82.82亿元')], 'vegetables 44.05 and aquatic 16.72 within 82.82: subsets (其中), not a split')
S.rel('growth', U, [F(JYU, '5.2%'), F(JYU, '-5.5', post='\n')], 'grain area −5.2% and output −5.5%: yield is not stated; not a check')
S.rel('growth', U, [F(JYU, '8.4%'), F(JYU, '6.1%')], 'pigs slaughtered −8.4% vs pork −6.1%: different indicators (carcass weight not stated)')
S.rel('rate', U, [j1, F(JYU, '3.3%'), j2, F(JYU, '9.2%'), j3, F(JYU, '7.9%'), j_t, F(JYU, '7.8%')], 'current-price levels with real sector rates: 2018 weights not stated; not a check')
a = ALT(JYU, 1, j3, '98.38亿元', 'tertiary value added 93.38 → 98.38')
S.rel('sum', I, R(a, sum_jyu, j3, '98.38亿元'), 'altered: parts add to 293.96, not 288.96 (breaks {B})')
S.rel('share', I, [on(a, j3, '98.38亿元'), on(a, j_t), on(a, js3)], 'altered: 98.38/288.96 = 34.0%, not 32.3 (breaks {B})')
a = ALT(JYU, 2, j1, '43.18亿元', 'primary value added 45.18 → 43.18')
S.rel('sum', I, R(a, sum_jyu, j1, '43.18亿元'), 'altered: parts add to 286.96, not 288.96 (breaks {B})')
S.rel('share', I, [on(a, j1, '43.18亿元'), on(a, j_t), on(a, js1)], 'altered: 43.18/288.96 = 14.9%, not 15.6 (breaks {B})')

# ---- 南昌县 2019 bulletin (江西, county)
n_parts = [F(NC, '33亿元'), F(NC, '0.3亿元'), F(NC, '19亿元'), F(NC, '11.6亿元'), F(NC, '2.1亿元'), F(NC, '66亿元')]
S.rel('sum', C, n_parts, 'crops 33 + forestry 0.3 + animal 19 + fishery 11.6 + services 2.1 = 66亿')
S.rel('sum', C, [F(NC, '6.2', post=':'), F(NC, '55.5', post=':'), F(NC, '38.3', post='。')], 'structure 6.2 + 55.5 + 38.3 = 100')
nv = [F(NC, '65.5万吨'), F(NC, '8025吨'), F(NC, '1.2%', pre='减产')]
S.rel('growth', C, nv, 'vegetables −8025 t on 663025 t = −1.21% → −1.2')
S.rel('growth', C, [F(NC, '1.3万吨'), F(NC, '21吨'), F(NC, '0.2%', pre='减产')], 'oil crops −21 t on about 13021 t = −0.16% → −0.2 (1.3万 read with its allowance 1.25–1.35万)')
S.rel('sum', U, [F(NC, '28.9万吨'), F(NC, '36.4万吨'), F(NC, '85.1万吨')], 'early + double-season late rice = 65.3 of 85.1万t: middle rice and other grain are not stated; not a split')
S.rel('sum', U, [F(NC, '6.3万吨'), F(NC, '3.4万吨'), F(NC, '9.8万吨')], 'pork + poultry = 9.7 of 9.8万t meat: beef, mutton etc. are not listed; not a split')
S.rel('share', U, [F(NC, '86.4%'), F(NC, '136.6亿元')], 'tax share 86.4% of 136.6亿: the tax amount is not stated')
S.rel('share', U, [F(NC, '74.5亿元'), F(NC, '136.6亿元')], 'local budget revenue 74.5 within total fiscal revenue 136.6: no share stated')
S.rel('restatement', U, [F(NC, '3.4%', n=0), F(NC, '3.4%', n=1)], 'agriculture gross output +3.4% and value added +3.4%: same number, other indicators')
S.rel('rate', U, [F(NC, '6.2', post=':'), F(NC, '3.2%'), F(NC, '55.5', post=':'), F(NC, '8.4%'), F(NC, '38.3', post='。'), F(NC, '8%', pre='第三产业增加值增长'), F(NC, '8%', pre='比上年增长')], 'GDP +8% against this year’s shares and sector rates (about 7.9%): growth weights are last year’s shares, which are not stated; not a check')
a = ALT(NC, 1, n_parts[2], '17亿元', 'animal husbandry value added 19 → 17亿')
S.rel('sum', I, R(a, n_parts, n_parts[2], '17亿元'), 'altered: parts add to 64, not 66 (breaks {B})')
a = ALT(NC, 2, nv[1], '8925吨', 'vegetable decrease 8025 → 8925 t')
S.rel('growth', I, [on(a, nv[0]), on(a, nv[1], '8925吨'), on(a, nv[2])], 'altered: 8925/663925 = 1.34% → 1.3, not 1.2 (breaks {B})')

# ---- 江州区 (崇左, 广西) 2019 bulletin (district)
z_t = F(JZ, '1975798万元'); z1 = F(JZ, '317910万元'); z2 = F(JZ, '572614万元'); z3 = F(JZ, '1085274万元')
zs = [F(JZ, '16.1%'), F(JZ, '29.0%'), F(JZ, '54.9%')]; zc = [F(JZ, '10.1%'), F(JZ, '44.3%'), F(JZ, '45.6%')]
S.rel('sum', C, [z1, z2, z3, z_t], '317910 + 572614 + 1085274 = 1975798')
for part, s, v in zip((z1, z2, z3), zs, ('16.09', '28.98', '54.93')):
    S.rel('share', C, [part, z_t, s], f'{part[1]}/1975798 = {v}% → {s[1]}')
S.rel('sum', C, zc, 'contributions 10.1 + 44.3 + 45.6 = 100')
zm = [F(JZ, '3755吨'), F(JZ, '1160吨'), F(JZ, '180吨'), F(JZ, '3473吨'), F(JZ, '8568吨')]
S.rel('sum', C, zm, 'pork 3755 + beef 1160 + mutton 180 + poultry 3473 = 8568 t')
S.rel('sum', I, [F(JZ, '83518亿元'), F(JZ, '93492万元')], 'REAL ERROR in the original (judgement call): tax revenue is part of fiscal revenue, but 83518亿元 exceeds 93492万元 by far; the unit must be 万元 (then 89.3%)')
S.rel('sum', U, [F(JZ, '10073.42公顷'), F(JZ, '1581.6公顷'), F(JZ, '75386.9公顷'), F(JZ, '3526.39公顷'), F(JZ, '1822.90公顷'), F(JZ, '1954公顷'), F(JZ, '94803.66公顷')], 'listed crops add to 94345.21 of 94803.66 ha: the list is not complete; not a split')
S.rel('share', U, [F(JZ, '45376万元'), F(JZ, '93492万元')], 'general budget revenue within fiscal revenue: no share stated')
S.rel('share', U, [zs[1], zc[1]], 'secondary share 29.0% vs contribution 44.3%: a contribution is not a share')
S.rel('rate', U, [z1, F(JZ, '5.4%'), z2, F(JZ, '14.5%'), z3, F(JZ, '7.4%'), z_t, F(JZ, '9.0%')], 'current-price levels with real sector rates: 2018 weights not stated; not a check')
S.rel('rate', U, [z_t, F(JZ, '56898元')], 'GDP per head 56898元: the resident population is not stated')
a = ALT(JZ, 1, zm[1], '1460吨', 'beef 1160 → 1460 t')
S.rel('sum', I, R(a, zm, zm[1], '1460吨'), 'altered: meats add to 8868, not 8568 (breaks {B})')
a = ALT(JZ, 2, zc[1], '46.3%', 'secondary contribution 44.3 → 46.3%')
S.rel('sum', I, R(a, zc, zc[1], '46.3%'), 'altered: contributions add to 102 (breaks {B})')

# ---- 武城县 (德州, 山东) 2018 bulletin (county)
w_t = F(WC, '203.9亿元'); w1 = F(WC, '14.22亿元'); w2 = F(WC, '109.55亿元'); w3 = F(WC, '80.13亿元')
wn = [F(WC, '7.0', post=':'), F(WC, '53.7', post=':'), F(WC, '39.3', post='。')]
wo = [F(WC, '7.3', post=':'), F(WC, '53.5', post=':'), F(WC, '39.2', post='调')]
sum_wc = [w1, w2, w3, w_t]
S.rel('sum', C, sum_wc, '14.22 + 109.55 + 80.13 = 203.9')
for part, s, v in zip((w1, w2, w3), wn, ('6.97', '53.73', '39.30')):
    S.rel('share', C, [part, w_t, s], f'{part[1]}/203.9 = {v}% → {s[1]}')
S.rel('sum', C, wo, 'previous structure 7.3 + 53.5 + 39.2 = 100')
S.rel('share', U, [F(WC, '0.6万户'), F(WC, '2.5万户')], 'private firms 0.6万 within private-economy units 2.5万: subset, no share stated')
S.rel('growth', U, [F(WC, '55.3%'), F(WC, '10.6个')], 'high-tech share 55.3%, 10.6 points above the start of the year: the earlier share is not stated')
S.rel('rate', U, [F(WC, '1198人'), F(WC, '2.75%')], 'registered unemployed 1198 and rate 2.75%: the labour-force base is not stated')
S.rel('restatement', U, [F(WC, '4.9%', n=0), F(WC, '4.9%', n=1)], 'GDP +4.9% and secondary +4.9%: same number, other indicator')
S.rel('rate', U, [w_t, F(WC, '52786元')], 'GDP per head 52786元: the population is not stated')
a = ALT(WC, 1, w2, '106.55亿元', 'secondary value added 109.55 → 106.55')
S.rel('sum', I, R(a, sum_wc, w2, '106.55亿元'), 'altered: parts add to 200.9, not 203.9 (breaks {B})')
S.rel('share', I, [on(a, w2, '106.55亿元'), on(a, w_t), on(a, wn[1])], 'altered: 106.55/203.9 = 52.3%, not 53.7 (breaks {B})')
a = ALT(WC, 2, wo[1], '55.5', 'previous secondary share 53.5 → 55.5')
S.rel('sum', I, R(a, wo, wo[1], '55.5'), 'altered: previous structure adds to 102 (breaks {B})')

# ---- 饶阳县 2022 report, review of 2021 (河北, county): traps only
S.rel('share', U, [F(RY, '58.82万剂次'), F(RY, '92.89%')], 'vaccine doses 58.82万 and coverage 92.89%: the population base and doses per person are not stated')
S.rel('rate', U, [F(RY, '33810元'), F(RY, '12403元'), F(RY, '10%'), F(RY, '14%')], 'urban and rural income with growth rates: 2020 levels are not stated; no ratio is stated')
S.rel('share', U, [F(RY, '4.5亿元'), F(RY, '102亿元')], 'budget revenue 4.5 vs GDP 102亿: no share stated')

# ---- 济阳县 gazetteer (山东, county; shares in agricultural output 1961–1984)
ji = [F(JI, '9个'), F(JI, '1个'), F(JI, '3个'), F(JI, '8.8个'), F(JI, '1.8个')]
S.rel('sum', C, ji, 'shares of a whole: changes −9 − 1 + 3 + 8.8 − 1.8 = 0 points (1961–1965)')
S.rel('growth', U, [F(JI, '64.0%'), F(JI, '12个')], 'crop share 64.0% in 1976, 12 points below 1966: the 1966 share is not stated')
S.rel('growth', U, [F(JI, '6%'), F(JI, '4个')], 'forestry 6% in 1976, +4 points on 1966: the 1966 share is not stated')
S.rel('restatement', U, [F(JI, '3个'), F(JI, '5个')], 'animal husbandry +3 points (1961–65) vs +5 points (1966–76): other periods')
S.rel('growth', U, [F(JI, '64.0%'), F(JI, '32.1个')], 'crop share 64.0% in 1976 and +32.1 points over 1979–1984: the 1979 share is not stated')
a = ALT(JI, 1, ji[3], '6.8个', 'sideline share change 8.8 → 6.8 points')
S.rel('sum', I, R(a, ji, ji[3], '6.8个'), 'altered: changes add to −2 points, not 0 (breaks {B})')

# ---- cross-document traps
S.rel('target', U, [x_tg, F(FX, '18.8%')], '黔西南 2020 investment growth target 9%左右 vs 肥西 H1 investment +18.8%: other place and period')
S.rel('target', U, [x_tg, F(RY, '7%')], '黔西南 2020 investment target vs 饶阳 2021 GDP +7%: other place, year and indicator')
S.rel('restatement', U, [F(MD, '12.6%'), F(RY, '7%')], '牟定 2021 GDP +12.6% vs 饶阳 2021 GDP +7%: same year and indicator, other place')

S.rel('restatement', U, [F(FQ, '7.9%'), F(JYU, '7.9%')], '凤庆 2021 GDP +7.9% vs 嘉鱼 2019 tertiary +7.9%: same number, other place, year and indicator')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

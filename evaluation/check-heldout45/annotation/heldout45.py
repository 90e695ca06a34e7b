"""Check key, forty-fifth held-out set (check-heldout45). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout45.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout45'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

SC='sc_2021q1.txt'; SX='sx_2015q1_hant.txt'; HH='hh_1992.txt'; NJ='nj_1992.txt'; N58='nat_1958.txt'; LN='ln_1952.txt'
NX='nx_2008_hant.txt'; SZS='szs_2022t.txt'; ZW='zw_2022.txt'; XL='xlgl_2008_hant.txt'; JH='jl_2023h1_hant.txt'; JS='jl_2023h1.txt'
YN='yn_1425.txt'; KM='km_2025h1_hant.txt'

# ---- 四川 Q1 2021 (press conference news)
st = F(SC, '11859.24亿元'); s1 = F(SC, '888.57亿元'); s2 = F(SC, '4153.76亿元'); s3 = F(SC, '6816.91亿元')
sr = F(SC, '15.8%'); sr1 = F(SC, '10.3%'); sr2 = F(SC, '14.1%'); sr3 = F(SC, '17.6%', n=0); sr3b = F(SC, '17.6%', n=1)
sum_sc = [s1, s2, s3, st]; rate_sc = [s1, sr1, s2, sr2, s3, sr3, st, sr]
S.rel('sum', C, sum_sc, '888.57 + 4153.76 + 6816.91 = 11859.24')
S.rel('rate', C, rate_sc, 'levels deflated by sector rates: 805.6 + 3640.4 + 5796.7 = 10242.7; 11859.24/10242.7 = 15.78% (range 15.73–15.83) → 15.8')
S.rel('restatement', C, [sr3, sr3b], 'tertiary growth 17.6% in the sector list and in the services paragraph')
S.rel('growth', U, [sr, F(SC, '6%', '两年平均增长')], 'two-year average 6% vs one-year 15.8%: the 2019 Q1 level is not stated, no check possible')
S.rel('growth', U, [F(SC, '15.5%'), F(SC, '7%', '两年平均增长')], 'industry +15.5% is on 2020 Q1; the two-year average 7% rests on the 2019 base (+14.5%): 15.5 and 7 do not check each other')
S.rel('growth', C, [F(SC, '14.5%'), F(SC, '7%', '两年平均增长')], 'industry +14.5% over two years → sqrt(1.145) − 1 = 7.00% → 7')
S.rel('restatement', U, [F(SC, '2.2%', '总播种面积同比增长'), F(SC, '2.2%', '牛出栏81.1万头,增长')], 'sown area +2.2% vs cattle +2.2%: different indicators sharing a number')
a = ALT(SC, 1, s2, '4183.76亿元', 'secondary value added 4153.76 → 4183.76')
S.rel('sum', I, R(a, sum_sc, s2, '4183.76亿元'), 'altered: parts add to 11889.24, not 11859.24 (breaks {B})')
a = ALT(SC, 2, sr, '13.8%', 'Q1 growth 15.8 → 13.8')
S.rel('rate', I, R(a, rate_sc, sr, '13.8%'), 'altered: weighted sector rates give 15.78%, stated 13.8 (breaks {B})')
a = ALT(SC, 3, sr3b, '16.6%', 'tertiary growth in the services paragraph 17.6 → 16.6')
S.rel('restatement', I, [on(a, sr3), on(a, sr3b, '16.6%')], 'altered: 17.6% vs 16.6% (breaks {B})')

# ---- 陕西 Q1 2015 (news, traditional mixed)
xt = F(SX, '3471.91億元'); x1 = F(SX, '138.53億元'); x2 = F(SX, '1829.23億元'); x3 = F(SX, '1504.15億元')
xr = F(SX, '6.9%'); xr1 = F(SX, '5%'); xr2 = F(SX, '6%', '增長'); xr3 = F(SX, '8.2%')
sum_sx = [x1, x2, x3, xt]; rate_sx = [x1, xr1, x2, xr2, x3, xr3, xt, xr]
S.rel('sum', C, sum_sx, '138.53 + 1829.23 + 1504.15 = 3471.91')
S.rel('rate', C, rate_sx, '131.93 + 1725.69 + 1390.16 = 3247.78; 3471.91/3247.78 = 6.90% → 6.9 (primary and secondary rates stated to the unit: range about 6.85–6.95 with ±0.05, wider with ±0.5)')
S.rel('share', U, [F(SX, '2108.98億元'), xt], 'investment 2108.98 vs GDP 3471.91: not a part of GDP (investment is not capital formation), no share stated')
S.rel('growth', U, [F(SX, '5.6%'), xr2], 'industry above scale +5.6% vs secondary +6%: overlapping scopes, not a restatement')
a = ALT(SX, 1, x3, '1594.15億元', 'tertiary value added 1504.15 → 1594.15')
S.rel('sum', I, R(a, sum_sx, x3, '1594.15億元'), 'altered: parts add to 3561.91, not 3471.91 (breaks {B})')
a = ALT(SX, 2, xr3, '5.2%', 'tertiary growth 8.2 → 5.2')
S.rel('rate', I, R(a, rate_sx, xr3, '5.2%'), 'altered: sector rates give 3471.91/(131.93 + 1725.69 + 1429.80) = 5.61%, stated 6.9 (breaks {B})')

# ---- 黑河 1992 (gazetteer entry)
ha = F(HH, '36427万元'); hag = F(HH, '18400万元'); hin = F(HH, '21091万元')
S.rel('sum', U, [hag, hin, ha], 'agriculture 18400 + factories 21091 = 39491 > 36427: the factory output is not stated at 1990 prices and the scopes (工厂总产值) differ; no split')
S.rel('growth', U, [hag, F(HH, '220.30%'), F(HH, '543.60%')], 'rates over 1983 and 1949 with unstated bases')
S.rel('restatement', U, [F(HH, '100%', '整地'), F(HH, '93%', '播种')], 'mechanisation rates of different operations')
S.rel('sum', U, [F(HH, '9765万元'), hin], '乡镇企业总产值 9765 and 工厂 21091: overlapping scopes, no total stated')
S.rel('growth', U, [F(HH, '5.16倍'), F(HH, '22.78倍')], 'multiples over 1978 and 1949: the 1978 and 1949 levels are not stated')

# ---- 嫩江 1992 vs 1949 (gazetteer entry)
def G(a, b, m, r=None, why='', v=C, doc=NJ):
    figs = [F(doc, a), F(doc, b), F(doc, m)] + ([F(doc, r)] if r else [])
    S.rel('growth', v, figs, why); return figs
g_gnp = G('1325万元', '73126万元', '54.2倍', '9.78%', 'GNP 1325 → 73126: ×55.19, 增长54.19倍 → 54.2; 43 years: 55.19^(1/43) − 1 = 9.78%')
g_ni = G('1250万元', '66439', '52.2倍', '9.68%', 'national income ×53.15 → 增长52.2倍; 9.68% a year over 43 years')
g_so = G('2886万元', '161464万元', '9.81%', None, 'social product 2886 → 161464: 55.95^(1/43) − 1 = 9.81%')
g_pc = G('283元', '1483元', '4.2倍', None, 'per-capita GNP 283 → 1483: ×5.24, 增长4.24倍 → 4.2')
g_ar = G('3.9万公顷', '35.9万公顷', '8.2倍', None, 'sown area ×9.21, 增长8.2倍')
g_gr = G('3.5万吨', '68.1万吨', '18.55倍', None, 'grain 68.1/3.5 = 19.46, 增长18.46倍; with the one-decimal inputs 68.05/3.55 − 1 = 18.17 to 68.15/3.45 − 1 = 18.75: 18.55 is inside, consistent')
g_ls = G('1.2万头', '6.6万头', '4.5倍', None, 'livestock ×5.5, 增长4.5倍')
g_ag = G('1885万元', '86970万元', '45.1倍', None, 'agricultural output ×46.14, 增长45.1倍')
S.rel('growth', I, [F(NJ, '1885万元'), F(NJ, '86970万元'), F(NJ, '9.32倍')], 'agriculture “平均每年递增9.32倍”: 46.14^(1/43) − 1 = 9.32%, so the number fits a percent but the stated unit 倍 is wrong (real; a unit slip)')
g_in = G('78万元', '44605万元', '570.9倍', '15.9%', 'industry ×571.86, 增长570.9倍; 571.86^(1/43) − 1 = 15.91% → 15.9')
S.rel('growth', U, [F(NJ, '84.6%'), F(NJ, '232.6倍')], 'drink +84.6% and flour 232.6倍: different products, no levels')
a = ALT(NJ, 1, g_gnp[3], '8.78%', 'GNP yearly rate 9.78 → 8.78')
S.rel('growth', I, R(a, g_gnp, g_gnp[3], '8.78%'), 'altered: 55.19^(1/43) − 1 = 9.78%, not 8.78 (breaks {B})')
a = ALT(NJ, 2, g_in[1], '41605万元', 'industrial output 1992 44605 → 41605')
S.rel('growth', I, R(a, g_in, g_in[1], '41605万元'), 'altered: 41605/78 = 533.4, 增长532倍, not 570.9 (breaks {B})')
a = ALT(NJ, 3, g_pc[1], '1983元', 'per-capita GNP 1992 1483 → 1983')
S.rel('growth', I, R(a, g_pc, g_pc[1], '1983元'), 'altered: 1983/283 = 7.01, 增长6.0倍, not 4.2 (breaks {B})')
a = ALT(NJ, 4, g_ls[0], '1.5万头', 'livestock 1949 1.2 → 1.5万头')
S.rel('growth', I, R(a, g_ls, g_ls[0], '1.5万头'), 'altered: 6.6/1.5 = 4.4, 增长3.4倍, not 4.5 (breaks {B})')

# ---- national 1958 (People’s Daily news, 1959-01-01)
S.rel('growth', U, [F(N58, '一千二百亿元左右'), F(N58, '60%以上')], 'the 1957 level is not stated; 1200 is 左右 and 60% 以上: no check')
S.rel('growth', U, [F(N58, '二百七十五亿度'), F(N58, '42%')], 'electricity 275亿度 +42%: 1957 level not stated')
S.rel('restatement', U, [F(N58, '42%'), F(N58, '54%')], 'electricity +42% and oil +54%: different products')
S.rel('growth', U, [F(N58, '一千一百万吨左右'), F(N58, '二亿七千万吨左右')], 'steel and coal both “翻了一番多”: levels of different products')

# ---- 辽宁 1949–1952 (journal article)
l49 = F(LN, '11.9亿元'); l52 = F(LN, '45.25亿元'); lm = F(LN, '2.8倍'); lr = F(LN, '56.1%')
S.rel('growth', C, [l49, l52, lm], '45.25/11.9 = 3.80, 增长2.80倍 → 2.8')
S.rel('growth', C, [l49, l52, lr], 'three steps 1949→1952: 3.80^(1/3) − 1 = 56.08% → 56.1 (the text says 四年间 but counts three annual steps)')
S.rel('share', C, [F(LN, '8.7亿元'), F(LN, '99948万元'), F(LN, '86.93%')], '8.7亿 / 9.9948亿 = 87.05%; with 8.7 stated to 0.1 (8.65–8.75) the range 86.55–87.55 holds 86.93: consistent')
S.rel('share', U, [l49, F(LN, '8.51%'), l52, F(LN, '12.7%')], 'shares of the national total: the national levels are not stated')
S.rel('growth', U, [F(LN, '90%以上'), F(LN, '20%', '只剩下日伪时期的')], 'unemployment 90% and capacity 20%: different indicators')
a = ALT(LN, 1, lr, '46.1%', 'yearly rate 56.1 → 46.1')
S.rel('growth', I, [on(a, l49), on(a, l52), on(a, lr, '46.1%')], 'altered: 3.80^(1/3) − 1 = 56.1%, not 46.1 (breaks {B})')
a = ALT(LN, 2, l52, '48.25亿元', '1952 industrial output 45.25 → 48.25')
S.rel('growth', I, [on(a, l49), on(a, l52, '48.25亿元'), on(a, lm)], 'altered: 48.25/11.9 = 4.05, 增长3.05倍, not 2.8 (breaks {B})')
S.rel('growth', I, [on(a, l49), on(a, l52, '48.25亿元'), on(a, lr)], 'altered: 4.05^(1/3) − 1 = 59.5%, not 56.1 (breaks {B})')

# ---- 宁夏 2008 government work report (results 2002–2007, traditional)
ng = F(NX, '830億元'); nd = F(NX, '453億元'); nr = F(NX, '11.9%')
S.rel('growth', U, [ng, nd, nr], '2002 level 830 − 453 = 377; 830/377 is 17.1% a year nominal; 11.9% is real (按可比價)')
S.rel('growth', C, [F(NX, '44.4億元'), F(NX, '144.4億元'), F(NX, '26.6%')], 'fiscal revenue 44.4 → 144.4 over five years: 3.252^(1/5) − 1 = 26.60% → 26.6')
S.rel('growth', C, [F(NX, '26.5億元'), F(NX, '80億元'), F(NX, '24.8%')], 'local revenue 26.5 → 80 (80 to the unit: 79.5–80.5): 24.58–24.90% a year; 24.8 inside, consistent')
S.rel('growth', U, [F(NX, '348億元'), F(NX, '1.2倍', '分別比2002年增長')], 'industry 348 增長1.2倍: the 2002 industry level is not stated')
S.rel('restatement', U, [F(NX, '1.2倍', '分別增長'), F(NX, '1.2倍', '分別比2002年增長')], 'deposits ×1.2 and industry ×1.2: different indicators sharing a number')
S.rel('growth', U, [F(NX, '232億元'), F(NX, '1.1倍')], 'retail 232 增長1.1倍 over an unstated base')
a = ALT(NX, 1, F(NX, '26.6%'), '22.6%', 'fiscal revenue yearly rate 26.6 → 22.6')
S.rel('growth', I, [on(a, F(NX, '44.4億元')), on(a, F(NX, '144.4億元')), on(a, F(NX, '26.6%'), '22.6%')], 'altered: 26.6% computed, stated 22.6 (breaks {B})')
a = ALT(NX, 2, F(NX, '26.5億元'), '29.5億元', 'local revenue 2002 26.5 → 29.5')
S.rel('growth', I, [on(a, F(NX, '26.5億元'), '29.5億元'), on(a, F(NX, '80億元')), on(a, F(NX, '24.8%'))], 'altered: 80/29.5 gives 22.1% a year, not 24.8 (breaks {B})')

# ---- 锡林郭勒盟 2008 bulletin (prefecture level, traditional mixed)
lt = F(XL, '3941500萬元'); l1 = F(XL, '470900萬元'); l2 = F(XL, '2505200萬元'); l3 = F(XL, '965400萬元')
lr_ = F(XL, '20.8%'); lr1 = F(XL, '8.8%'); lr2 = F(XL, '26.3%'); lr3 = F(XL, '16.2%')
c1 = F(XL, '5.7%'); c2 = F(XL, '70.0%'); c3 = F(XL, '24.3%')
p1 = F(XL, '11.9', post=':63.6'); p2 = F(XL, '63.6'); p3 = F(XL, '24.5', '63.6:')
q1 = F(XL, '14.0'); q2 = F(XL, '58.5'); q3 = F(XL, '27.5')
sum_xl = [l1, l2, l3, lt]
S.rel('sum', C, sum_xl, '470900 + 2505200 + 965400 = 3941500')
S.rel('share', C, [l1, lt, p1], '470900/3941500 = 11.95% → 11.9 (11.947)')
S.rel('share', C, [l2, lt, p2], '2505200/3941500 = 63.56% → 63.6')
S.rel('share', C, [l3, lt, p3], '965400/3941500 = 24.49% → 24.5')
S.rel('sum', C, [p1, p2, p3], '11.9 + 63.6 + 24.5 = 100')
S.rel('sum', C, [q1, q2, q3], '2007 structure 14.0 + 58.5 + 27.5 = 100')
S.rel('sum', C, [c1, c2, c3], 'contributions 5.7 + 70.0 + 24.3 = 100')
S.rel('rate', U, [l1, lr1, l2, lr2, l3, lr3, lt, lr_], 'weighted sector rates give 3941500/(432812 + 1983531 + 830809) = 21.4%, stated 20.8: 2007 weights should be used and the 2008 levels are nominal after a large price rise (PPI +18.4%); not keyed as a check')
S.rel('growth', U, [F(XL, '38379元'), F(XL, '19.6%')], 'per-capita 38379 +19.6%: the 2007 level and population are not stated')
S.rel('restatement', U, [F(XL, '18.4%'), F(XL, '8.1%')], 'PPI 18.4% and purchase prices 8.1%: different indices')
a = ALT(XL, 1, l3, '985400萬元', 'tertiary value added 965400 → 985400')
S.rel('sum', I, R(a, sum_xl, l3, '985400萬元'), 'altered: parts add to 3961500, not 3941500 (breaks {B})')
S.rel('share', I, [on(a, l3, '985400萬元'), on(a, lt), on(a, p3)], 'altered: 985400/3941500 = 25.00%, not 24.5 (breaks {B})')
a = ALT(XL, 2, c2, '72.0%', 'secondary contribution 70.0 → 72.0')
S.rel('sum', I, [on(a, c1), on(a, c2, '72.0%'), on(a, c3)], 'altered: 5.7 + 72.0 + 24.3 = 102 (breaks {B})')
a = ALT(XL, 3, p2, '62.6', 'secondary share 63.6 → 62.6')
S.rel('share', I, [on(a, l2), on(a, lt), on(a, p2, '62.6')], 'altered: 2505200/3941500 = 63.56%, not 62.6 (breaks {B})')
S.rel('sum', I, [on(a, p1), on(a, p2, '62.6'), on(a, p3)], 'altered: 11.9 + 62.6 + 24.5 = 99 (breaks {B})')
a = ALT(XL, 4, q3, '26.5', '2007 tertiary share 27.5 → 26.5')
S.rel('sum', I, [on(a, q1), on(a, q2), on(a, q3, '26.5')], 'altered: 14.0 + 58.5 + 26.5 = 99 (breaks {B})')

# ---- 吉林 H1 2023: two news texts (traditional Xinhua, simplified provincial paper)
jg_h = F(JH, '7.7%', '生產(chǎn)總值同比增長'); jg_s = F(JS, '7.7%', '同比增长'); jp_h = F(JH, '2.2個'); jp_s = F(JS, '2.2个')
ja_h = F(JH, '379.90億元'); ja_s = F(JS, '379.9亿元'); jar_h = F(JH, '4.7%'); jar_s = F(JS, '4.7%'); j08h = F(JH, '0.8個'); j08s = F(JS, '0.8个')
S.rel('restatement', C, [jg_h, jg_s], 'H1 2023 GDP growth 7.7% in both texts')
S.rel('restatement', C, [ja_h, ja_s], 'farm value added 379.90 vs 379.9: the same figure to different digits')
S.rel('restatement', C, [jar_h, jar_s], 'farm growth 4.7% in both texts')
S.rel('restatement', C, [jp_h, jp_s], '2.2 points above the national rate in both texts')
S.rel('restatement', C, [j08h, j08s], 'farm growth 0.8 points above the nation in both texts')
S.rel('restatement', U, [jar_h, F(JH, '4.6%')], 'farm (农林牧渔业) +4.7% vs primary +4.6%: overlapping scopes, not the same indicator')
S.rel('growth', U, [jg_s, jp_s], '7.7% is 2.2 points above the nation: the national 5.5% is not stated here')
S.rel('rate', U, [F(JH, '4.6%'), F(JH, '5.8%'), F(JH, '9.2%'), jg_h], 'sector rates without levels: weights not stated')
a = ALT(JS, 1, ja_s, '376.9亿元', 'farm value added 379.9 → 376.9 (simplified text)')
S.rel('restatement', I, [ja_h, on(a, ja_s, '376.9亿元')], 'altered: 379.90 vs 376.9 (breaks {B})')
a = ALT(JH, 1, jg_h, '7.1%', 'GDP growth 7.7 → 7.1 (traditional text)')
S.rel('restatement', I, [on(a, jg_h, '7.1%'), jg_s], 'altered: 7.1% vs 7.7% (breaks {B})')

# ---- 云南 2020–2025 (14th five-year review news)
y20 = F(YN, '9998亿元'); y25 = F(YN, '12786亿元'); yg = F(YN, '27.9%'); ya = F(YN, '5.0%', '增长27.9%,年均增长')
u20 = F(YN, '8572亿元'); u25 = F(YN, '10577亿元'); r20 = F(YN, '1426亿元'); r25 = F(YN, '2209亿元'); rg = F(YN, '55.0%')
S.rel('sum', C, [u20, r20, y20], '2020 retail: urban 8572 + rural 1426 = 9998')
S.rel('sum', C, [u25, r25, y25], '2025 retail: urban 10577 + rural 2209 = 12786')
S.rel('growth', C, [y20, y25, yg], '12786/9998 = 1.2789 → 27.9%')
S.rel('growth', C, [y20, y25, ya], '1.2789^(1/5) − 1 = 5.04% → 5.0')
S.rel('growth', C, [r20, r25, rg], '2209/1426 = 1.5491 → 54.9%; with the unit allowances (2209.5/1425.5 − 1 = 55.0%) the stated 55.0 is at the edge but inside: consistent')
S.rel('growth', U, [F(YN, '2.52万亿元'), F(YN, '3.28万亿元'), F(YN, '4.7%')], '2.52 → 3.28 is 5.4% a year nominal; 4.7% is real')
S.rel('growth', U, [F(YN, '5.34万元'), F(YN, '7.05万元'), F(YN, '5.0%', '年均增长')], 'per-capita 5.34 → 7.05 is 5.7% nominal; 5.0% is real')
S.rel('growth', C, [F(YN, '5.0%', '年均增长'), F(YN, '4.7%'), F(YN, '0.3个')], 'per-capita 5.0% is 0.3 points above GDP 4.7%: 5.0 − 4.7 = 0.3')
S.rel('share', U, [F(YN, '26.7%'), F(YN, '15.5%')], 'industrial investment 15.5% is part of industry investment 26.7% of total (2020): the total is not stated, no check')
S.rel('sum', U, [F(YN, '4.5%'), F(YN, '3.2%'), F(YN, '4.8%'), F(YN, '4.7%')], 'sector average rates without weights: not a sum')
a = ALT(YN, 1, u25, '10377亿元', '2025 urban retail 10577 → 10377')
S.rel('sum', I, [on(a, u25, '10377亿元'), on(a, r25), on(a, y25)], 'altered: 10377 + 2209 = 12586, not 12786 (breaks {B})')
a = ALT(YN, 2, yg, '29.7%', 'retail five-year growth 27.9 → 29.7')
S.rel('growth', I, [on(a, y20), on(a, y25), on(a, yg, '29.7%')], 'altered: 12786/9998 = +27.9%, not 29.7 (breaks {B})')
a = ALT(YN, 3, r20, '1526亿元', '2020 rural retail 1426 → 1526')
S.rel('sum', I, [on(a, u20), on(a, r20, '1526亿元'), on(a, y20)], 'altered: 8572 + 1526 = 10098, not 9998 (breaks {B})')
S.rel('growth', I, [on(a, r20, '1526亿元'), on(a, r25), on(a, rg)], 'altered: 2209/1526 = +44.8%, not 55.0 (breaks {B})')

# ---- 云南 cities H1 2025 forecast (news, traditional)
k24 = F(KM, '8275.22億元'); kd = F(KM, '410.46億元'); kr = F(KM, '5.2%', '名義增長率達到')
S.rel('growth', C, [k24, kd, kr], '2023 = 8275.22 − 410.46 = 7864.76; 410.46/7864.76 = 5.22% → 5.2')
S.rel('growth', C, [F(KM, '5.5%', '實際增長'), F(KM, '4.3%', '一季度實際增長'), F(KM, '1.2%')], '貴陽 5.5 − 昆明 4.3 = 1.2 (points, written with %)')
S.rel('growth', U, [kr, F(KM, '4%', '實際增長')], '昆明 2024 nominal 5.2 vs real 4: different measures')
S.rel('restatement', U, [F(KM, '4.3%', '昆明市?:名義增速5.11%,實際增速'), F(KM, '4.3%', '一季度實際增長')], '昆明 H1 forecast real 4.3 vs Q1 actual 4.3: different periods sharing a number')
S.rel('restatement', U, [F(KM, '5.5%', '臨滄市?:名義增速'), F(KM, '5.5%', '實際增長')], '臨滄 nominal 5.5 vs 貴陽 Q1 real 5.5: different places')
S.rel('growth', U, [F(KM, '4244.99億'), k24], 'H1 2025 forecast vs full-year 2024: different periods')
a = ALT(KM, 1, kd, '440.46億元', '昆明 2024 increase 410.46 → 440.46')
S.rel('growth', I, [on(a, k24), on(a, kd, '440.46億元'), on(a, kr)], 'altered: 440.46/7834.76 = 5.62%, not 5.2 (breaks {B})')

# ---- targets: 石嘴山 2022 targets; results of other places and years only
t7 = F(SZS, '7%', '地区生产总值增长'); ti = F(SZS, '8%以上'); tf = F(SZS, '7%左右'); tu = F(SZS, '7.5%'); tr = F(SZS, '8.5%')
S.rel('target', U, [t7, F(ZW, '7%左右')], '石嘴山 2022 GDP target 7% vs 中卫 2022 estimate 7%左右: different cities')
S.rel('target', U, [t7, F(JS, '7.7%', '同比增长')], '石嘴山 2022 target vs 吉林 H1 2023: different place and period')
S.rel('target', U, [tf, F(NX, '24.8%')], '石嘴山 2022 revenue target vs 宁夏 2002–2007 local revenue average: different place and period')
S.rel('target', U, [tu, F(YN, '5.0%', '年均增长')], '石嘴山 urban income target vs 云南 per-capita GDP average: different place, period and indicator')
S.rel('target', CT, [F(ZW, '7%左右'), F(ZW, '580亿元')], '中卫 2022: the report says the targets of the 2022 session were “较好完成”, but the 2022 targets themselves are not stated in the text: cannot tell')
S.rel('target', U, [ti, F(SC, '19.9%')], '石嘴山 investment target 8%以上 vs 四川 Q1 2021 investment: different place and period')
S.rel('target', U, [tr, F(XL, '8.8%')], '石嘴山 rural income target vs 锡林郭勒 2008 primary growth: different place, period and indicator')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

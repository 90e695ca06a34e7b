"""Check key, set check-heldout51. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout51.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout51'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

BT23='bt_2023_hant.txt'; BT23T='bt_2023t.txt'; BT20='bt_2020_hant.txt'; BT25T='bt_2025t.txt'; BT25H='bt_2025h1.txt'; QS='qs_2024_hant.txt'
XQ3='xz_2025q3.txt'; XH1='xz_2025h1.txt'; X26='xz_2026t.txt'; X60='xz_60_hant.txt'
N57='nat_1957.txt'; N53='nat_1953t.txt'; N57B='nat_1957b.txt'; AS='as_1957.txt'; HRB='hrb_1985.txt'; BQL='bql_1991.txt'
GZ='gz_2023q1.txt'; DQ='dq_2020.txt'

# ---- 包头 2023 bulletin (prefecture city, traditional with inline glyph pairs)
bt = F(BT23, '4263.9億元'); b1 = F(BT23, '135.2億元'); b2 = F(BT23, '2329.4億元'); b3 = F(BT23, '1799.3億元')
bp1 = F(BT23, '3.2%'); bp2 = F(BT23, '54.6%'); bp3 = F(BT23, '42.2%'); bc1 = F(BT23, '1.8%'); bc2 = F(BT23, '65.0%'); bc3 = F(BT23, '33.2%')
bpop = F(BT23, '276.17萬人'); bu = F(BT23, '241.82萬人'); br = F(BT23, '34.35萬人'); bm = F(BT23, '140.69萬人'); bf = F(BT23, '135.48萬人'); burb = F(BT23, '87.56%')
bg = F(BT23, '10.2%')
sum_bt = [b1, b2, b3, bt]
S.rel('sum', C, sum_bt, '135.2 + 2329.4 + 1799.3 = 4263.9')
S.rel('share', C, [b1, bt, bp1], '135.2/4263.9 = 3.17% → 3.2')
S.rel('share', C, [b2, bt, bp2], '2329.4/4263.9 = 54.63% → 54.6')
S.rel('share', C, [b3, bt, bp3], '1799.3/4263.9 = 42.20% → 42.2')
S.rel('sum', C, [bp1, bp2, bp3], '3.2 + 54.6 + 42.2 = 100')
S.rel('sum', C, [bc1, bc2, bc3], 'contributions 1.8 + 65.0 + 33.2 = 100')
S.rel('sum', C, [bu, br, bpop], 'urban 241.82 + rural 34.35 = 276.17')
S.rel('sum', C, [bm, bf, bpop], 'male 140.69 + female 135.48 = 276.17')
S.rel('share', C, [bu, bpop, burb], '241.82/276.17 = 87.56%')
S.rel('rate', U, [b1, F(BT23, '5.3%'), b2, F(BT23, '14.3%'), b3, F(BT23, '6.7%'), bt, bg], 'current-price 2023 levels deflated by real sector rates give 10.7%, stated 10.2: the weights must be 2022 levels at 2022 prices (not stated) and industrial prices fell; not a check')
S.rel('share', U, [bc2, bp2], 'secondary contribution to growth 65.0% vs its share of GDP 54.6%: different concepts, no relation')
S.rel('growth', U, [F(BT23, '155050元'), F(BT23, '9.4%'), bg], 'per-capita +9.4% vs GDP +10.2%: the 2022 per-capita level and average population are not stated')
a = ALT(BT23, 1, b2, '2359.4億元', 'secondary value added 2329.4 → 2359.4')
S.rel('sum', I, R(a, sum_bt, b2, '2359.4億元'), 'altered: parts add to 4293.9, not 4263.9 (breaks {B})')
S.rel('share', I, [on(a, b2, '2359.4億元'), on(a, bt), on(a, bp2)], 'altered: 2359.4/4263.9 = 55.33%, not 54.6 (breaks {B})')
a = ALT(BT23, 2, br, '36.35萬人', 'rural population 34.35 → 36.35')
S.rel('sum', I, [on(a, bu), on(a, br, '36.35萬人'), on(a, bpop)], 'altered: 241.82 + 36.35 = 278.17, not 276.17 (breaks {B})')
a = ALT(BT23, 3, bc2, '68.0%', 'secondary contribution 65.0 → 68.0')
S.rel('sum', I, [on(a, bc1), on(a, bc2, '68.0%'), on(a, bc3)], 'altered: 1.8 + 68.0 + 33.2 = 103 (breaks {B})')
a = ALT(BT23, 4, burb, '85.56%', 'urbanisation rate 87.56 → 85.56')
S.rel('share', I, [on(a, bu), on(a, bpop), on(a, burb, '85.56%')], 'altered: 241.82/276.17 = 87.56%, not 85.56 (breaks {B})')

# ---- 包头 2023 targets (government work report, 2023 section) → pair with the 2023 bulletin
t23 = F(BT23T, '7.5%左右')
S.rel('target', M, [t23, bg], '包头 2023: GDP target 7.5%左右, result 10.2% (bulletin): met')
S.rel('target', U, [F(BT23T, '12%以上'), F(BT23, '14.3%')], 'target for 规模以上工业增加值 vs result for 第二产业增加值: different indicators (overlapping scopes), no check')

# ---- 包头 2020 bulletin (traditional)
ct = F(BT20, '2787.4億元'); c1 = F(BT20, '105.2億元'); c2 = F(BT20, '1153.0億元'); c3 = F(BT20, '1529.2億元')
cp1 = F(BT20, '3.8%'); cp2 = F(BT20, '41.4%'); cp3 = F(BT20, '54.8%')
sum_bt20 = [c1, c2, c3, ct]
S.rel('sum', C, sum_bt20, '105.2 + 1153.0 + 1529.2 = 2787.4')
S.rel('share', C, [c1, ct, cp1], '105.2/2787.4 = 3.77% → 3.8')
S.rel('share', C, [c2, ct, cp2], '1153.0/2787.4 = 41.36% → 41.4')
S.rel('share', C, [c3, ct, cp3], '1529.2/2787.4 = 54.86%, which rounds to 54.9; the bureau wrote 54.8 so that 3.8 + 41.4 + 54.8 = 100 (forced-sum rounding, off by 0.01 from the interval): judgement call, keyed consistent')
S.rel('sum', C, [cp1, cp2, cp3], '3.8 + 41.4 + 54.8 = 100')
S.rel('rate', U, [c1, F(BT20, '2.0%'), c2, F(BT20, '9.8%'), c3, F(BT20, '1.8%'), ct, F(BT20, '3.0%')], 'current-price levels deflated by real rates give 2.8%, stated 3.0: 2019 weights not stated; not a check')
S.rel('sum', U, [F(BT20, '2.4萬(wàn)人'), F(BT20, '2.2\n人'), F(BT20, '4.6萬(wàn)人')], 'graduates 2.4 + re-employed 2.2 = 4.6 looks like a split of new urban jobs, but re-employment of the unemployed is a separate count: not a split')
a = ALT(BT20, 1, c2, '1183.0億元', 'secondary value added 1153.0 → 1183.0')
S.rel('sum', I, R(a, sum_bt20, c2, '1183.0億元'), 'altered: parts add to 2817.4, not 2787.4 (breaks {B})')
S.rel('share', I, [on(a, c2, '1183.0億元'), on(a, ct), on(a, cp2)], 'altered: 1183.0/2787.4 = 42.44%, not 41.4 (breaks {B})')
a = ALT(BT20, 2, cp3, '58.8%', 'tertiary share 54.8 → 58.8')
S.rel('share', I, [on(a, c3), on(a, ct), on(a, cp3, '58.8%')], 'altered: 1529.2/2787.4 = 54.86%, not 58.8 (breaks {B})')
S.rel('sum', I, [on(a, cp1), on(a, cp2), on(a, cp3, '58.8%')], 'altered: 3.8 + 41.4 + 58.8 = 104 (breaks {B})')
a = ALT(BT20, 3, c1, '155.2億元', 'primary value added 105.2 → 155.2')
S.rel('sum', I, R(a, sum_bt20, c1, '155.2億元'), 'altered: parts add to 2837.4, not 2787.4 (breaks {B})')

# ---- 包头 2025 plan (targets) and H1 2025 execution report; 青山区 2024 results
t25 = F(BT25T, '8%左右')
S.rel('target', CT, [t25, F(BT25H, '7%', '同比增长')], '包头 2025 GDP target 8%左右; only the H1 result (7%) is stated, the full-year result is not: cannot tell')
S.rel('target', U, [t25, F(QS, '8.4%')], '包头 city 2025 target vs 青山区 2024 result: different place and year')
S.rel('target', U, [F(BT25T, '18%以上'), F(QS, '21.8%')], '包头 2025 investment target vs 青山区 2024 investment: different place and year')
S.rel('target', U, [t23, F(BT25H, '7%', '同比增长')], '包头 2023 target vs H1 2025 result: different periods')
S.rel('target', U, [F(BT23T, '8%左右'), F(BT25H, '8.1%')], '包头 2023 retail target vs H1 2025 retail growth: different periods')
S.rel('share', U, [F(BT25H, '1536亿元'), F(BT25H, '60.5%'), F(BT25H, '49.4%')], '60.5% is of the projects’ annual plan (not stated) and 49.4% of all investment (not stated): no base, no check')
S.rel('growth', U, [F(BT25H, '426.1亿元'), F(BT25H, '8.1%')], 'retail 426.1 +8.1%: the H1 2024 level is not stated')

# ---- 西藏 Q1–Q3 2025 (statistics bureau release)
xt = F(XQ3, '2070.06亿元'); x1 = F(XQ3, '158.79亿元'); x2 = F(XQ3, '817.46亿元'); x3 = F(XQ3, '1093.81亿元')
sum_xq3 = [x1, x2, x3, xt]
S.rel('sum', C, sum_xq3, '158.79 + 817.46 + 1093.81 = 2070.06')
S.rel('rate', U, [x1, F(XQ3, '10.6%', '增加值158.79亿元,增长'), x2, F(XQ3, '8.4%'), x3, F(XQ3, '6.0%'), xt, F(XQ3, '7.1%')], 'current-price levels deflated by real rates give 7.3%, stated 7.1: base-period weights not stated; not a check')
S.rel('restatement', U, [F(XQ3, '10.6%', '增加值158.79亿元,增长'), F(XQ3, '10.6%', '按可比价计算,同比增长')], 'primary value added +10.6% vs gross output of 农林牧渔业 +10.6%: different indicators sharing a number')
S.rel('restatement', U, [F(XQ3, '10.6%', '增加值158.79亿元,增长'), F(XQ3, '10.6%', '产量53.95万吨,同比增长')], 'primary +10.6% vs meat/eggs/milk output +10.6%: different indicators')
S.rel('sum', U, [F(XQ3, '45434元'), F(XQ3, '14540元'), F(XQ3, '23357元')], 'urban and rural per-capita incomes are averages, not parts of the all-resident average; population weights not stated')
a = ALT(XQ3, 1, x2, '847.46亿元', 'secondary value added 817.46 → 847.46')
S.rel('sum', I, R(a, sum_xq3, x2, '847.46亿元'), 'altered: parts add to 2100.06, not 2070.06 (breaks {B})')
a = ALT(XQ3, 2, x3, '1063.81亿元', 'tertiary value added 1093.81 → 1063.81')
S.rel('sum', I, R(a, sum_xq3, x3, '1063.81亿元'), 'altered: parts add to 2040.06, not 2070.06 (breaks {B})')

# ---- 西藏 H1 2025 (news)
ht = F(XH1, '1382.72亿元'); h1 = F(XH1, '70.73亿元'); h2 = F(XH1, '529.79亿元'); h3 = F(XH1, '782.20亿元')
sum_xh1 = [h1, h2, h3, ht]
S.rel('sum', C, sum_xh1, '70.73 + 529.79 + 782.20 = 1382.72')
S.rel('rate', U, [h1, F(XH1, '12.5%'), h2, F(XH1, '7.0%'), h3, F(XH1, '6.9%'), ht, F(XH1, '7.2%')], 'current-price levels deflated by real rates: 7.21% vs stated 7.2 happens to fit, but base-period weights are not stated; not keyed as a check')
S.rel('restatement', U, [F(XH1, '7.6%', '全体居民人均可支配收入同比增长'), F(XH1, '7.6%', '增速达')], 'all residents +7.6% vs rural +7.6%: different groups sharing a number')
S.rel('growth', U, [F(XH1, '7.2%'), F(XH1, '1.9个')], '7.2% is 1.9 points above the nation: the national rate is not stated here')
S.rel('restatement', U, [F(XH1, '7.2%'), F(XQ3, '7.1%')], '西藏 GDP H1 7.2% vs Q1–Q3 7.1%: different periods, not a restatement')
S.rel('restatement', U, [F(XH1, '12.5%'), F(XQ3, '12.5%')], 'H1 primary +12.5% vs Q1–Q3 industry above scale +12.5%: different indicators and periods')
a = ALT(XH1, 1, h2, '559.79亿元', 'secondary value added 529.79 → 559.79')
S.rel('sum', I, R(a, sum_xh1, h2, '559.79亿元'), 'altered: parts add to 1412.72, not 1382.72 (breaks {B})')
a = ALT(XH1, 2, h1, '76.73亿元', 'primary value added 70.73 → 76.73')
S.rel('sum', I, R(a, sum_xh1, h1, '76.73亿元'), 'altered: parts add to 1388.72, not 1382.72 (breaks {B})')

# ---- 西藏 2026 targets / 2025 results (news)
r25 = F(X26, '7%', '同比增长')
S.rel('target', U, [F(X26, '7%以上'), r25], '2026 GDP target vs 2025 result: different years')
S.rel('target', CT, [r25, F(X26, '3031.89亿元')], 'the text says the 2025 targets were completed, but the 2025 targets themselves are not stated: cannot tell')
S.rel('target', U, [F(X26, '7%左右', '社会消费品零售总额增长'), F(XQ3, '4.5%')], '2026 retail target vs Q1–Q3 2025 retail growth: different periods')
S.rel('growth', U, [F(X26, '3031.89亿元'), F(X60, '2765億元'), r25], '2765 → 3031.89 is +9.7% nominal; 7% is real (不变价格); also 2765 is a rounded early figure')
S.rel('growth', U, [r25, F(X26, '6.3%')], '2025 +7% vs 2021–2025 average 6.3%: the other years are not stated')
S.rel('restatement', U, [F(QS, '8.4%'), F(XQ3, '8.4%')], '青山区 2024 GDP +8.4% vs 西藏 Q1–Q3 2025 secondary +8.4%: different places, periods and indicators')

# ---- 西藏 1965–2024 (60 years, traditional)
g1 = F(X60, '155倍'); g1r = F(X60, '8.9%'); g2 = F(X60, '1258倍'); g2r = F(X60, '12.9%')
S.rel('growth', C, [g1, g1r], 'GDP 155 times the 1965 level over 59 years: 155^(1/59) − 1 = 8.92% → 8.9')
S.rel('growth', C, [g2, g2r], 'local revenue 1258 times over 59 years: 1258^(1/59) − 1 = 12.86% → 12.9')
S.rel('growth', U, [F(X60, '2765億元'), g1], 'the 1965 level is not stated; 155倍 is at constant prices, 2765 at current prices')
a = ALT(X60, 1, g1r, '9.8%', 'GDP yearly rate 8.9 → 9.8')
S.rel('growth', I, [on(a, g1), on(a, g1r, '9.8%')], 'altered: 155^(1/59) − 1 = 8.9%, not 9.8 (breaks {B})')
a = ALT(X60, 2, g2r, '11.9%', 'revenue yearly rate 12.9 → 11.9')
S.rel('growth', I, [on(a, g2), on(a, g2r, '11.9%')], 'altered: 1258^(1/59) − 1 = 12.9%, not 11.9 (breaks {B})')
a = ALT(X60, 3, g1, '135倍', 'GDP multiple 155 → 135')
S.rel('growth', I, [on(a, g1, '135倍'), on(a, g1r)], 'altered: 135^(1/59) − 1 = 8.67% → 8.7, not 8.9 (breaks {B})')

# ---- national, first five-year plan: results (1999 news), targets (history note), results (lesson text), 鞍钢 1957
ng = F(N57, '百分之一百二十八点三'); nr = F(N57, '百分之十八')
S.rel('growth', C, [ng, nr], 'industry 1952→1957 +128.3%: 2.283^(1/5) − 1 = 17.95% → 18')
S.rel('target', U, [F(N57, '一千二百八十六亿五千万元'), F(N57, '一千一百三十二亿二千万元')], 'the 1956 result is set against the plan figure for 1957: a target of one year vs a result of another')
S.rel('share', U, [F(N57, '百分之四十一点五'), F(N57, '百分之五十六点五'), F(N57, '七百八十三点九亿元')], 'industry share of 1952 and 1957: the 工农业总产值 totals are not stated, no check')
a = ALT(N57, 1, nr, '百分之十五', 'yearly industrial growth 18 → 15')
S.rel('growth', I, [on(a, ng), on(a, nr, '百分之十五')], 'altered: 2.283^(1/5) − 1 = 18%, not 15 (breaks {B})')
a = ALT(N57, 2, ng, '百分之一百八十八点三', 'industrial growth 1952→1957 128.3 → 188.3')
S.rel('growth', I, [on(a, ng, '百分之一百八十八点三'), on(a, nr)], 'altered: 2.883^(1/5) − 1 = 23.6%, not 18 (breaks {B})')

ti = F(N53, '14.7%'); ta = F(N53, '4.3%'); tinv = F(N53, '427.4亿元'); tw = F(N53, '33%')
rinv = F(N57B, '493亿元'); rinvp = F(N57B, '15.3%'); ra = F(N57B, '25%', '比1952年增长'); rw = F(N57B, '43%')
S.rel('target', M, [ti, nr], 'national 1953–1957: industrial output target +14.7% a year, result +18% a year: met')
S.rel('target', M, [ta, ra], 'national 1953–1957: agricultural (and sideline) output target +4.3% a year; result 1957/1952 +25% = 4.56% a year: met')
S.rel('target', M, [tinv, rinv], 'national 1953–1957: capital construction investment plan 427.4亿, result 493亿: met')
S.rel('growth', C, [tinv, rinv, rinvp], '493/427.4 = 1.1535 → 超过原来计划的15.3% (range 15.23–15.47 with 493 to the unit)')
S.rel('target', M, [tw, rw], 'national 1953–1957: average wage target +33%, result +43% (1957 vs 1952): met')
S.rel('target', U, [F(N53, '近1倍'), F(N57B, '30%')], 'peasants’ purchasing power (target) vs peasants’ income (result): different indicators')
S.rel('growth', U, [F(N53, '498亿元'), F(N53, '80%左右')], 'retail 498 +80%: the 1952 level is not stated')
S.rel('restatement', U, [ra, F(N57B, '25%以上')], 'agricultural output +25% vs cotton +25%以上: different products')
S.rel('growth', U, [F(N57B, '接近4000亿斤'), F(N57B, '近20%')], 'grain near 4000亿斤, +近20%: the 1952 level is not stated, both approximate')
a = ALT(N53, 1, tinv, '477.4亿元', 'planned capital construction 427.4 → 477.4')
S.rel('growth', I, [on(a, tinv, '477.4亿元'), rinv, rinvp], 'altered: 493/477.4 = +3.3%, not 15.3 (breaks {B})')
a = ALT(N57B, 1, rinvp, '25.3%', 'over-plan percentage 15.3 → 25.3')
S.rel('growth', I, [tinv, on(a, rinv), on(a, rinvp, '25.3%')], 'altered: 493/427.4 = +15.3%, not 25.3 (breaks {B})')

pi_t = F(AS, '二百五十万吨'); pi_r = F(AS, '三百三十多万吨'); pi_d = F(AS, '八十多万吨')
S.rel('sum', C, [pi_t, pi_d, pi_r], '鞍钢 pig iron: planned 250 + 80多 = 330多 (approximate figures)')
S.rel('target', U, [F(AS, '三百二十二万吨'), F(AS, '二百九十万吨左右')], 'steel: the 322万吨 plan is for 1960, the 290万吨 result is 1957: different years')
S.rel('growth', U, [F(AS, '六十万吨左右'), F(AS, '二百一十万吨左右')], 'steel 1957 over the plan (60) and over 1952 (210): the plan figure and the 1952 level are not stated, nothing to check')
a = ALT(AS, 1, pi_d, '五十多万吨', 'pig iron excess over plan 八十 → 五十')
S.rel('sum', I, [on(a, pi_t), on(a, pi_d, '五十多万吨'), on(a, pi_r)], 'altered: 250 + 50多 = 300多, not 330多 (breaks {B})')

# ---- 哈尔滨 1985 (yearbook/gazetteer entry): real inconsistencies
S.rel('share', I, [F(HRB, '449万亩'), F(HRB, '54.2万亩'), F(HRB, '9.6%')], 'real: 54.2/449 = 12.07%, stated 9.6% (9.6% would need 565万亩 of land)')
S.rel('share', I, [F(HRB, '449万亩'), F(HRB, '226.7万亩'), F(HRB, '49.6%')], 'real: 226.7/449 = 50.49%, stated 49.6 (the base may be another year’s land area, but the text gives 449)')
S.rel('growth', I, [F(HRB, '15.4亿斤'), F(HRB, '8.67亿斤'), F(HRB, '44.7%')], 'real: (15.4 − 8.67)/15.4 = 43.7%, stated 减产44.7% (area × yield gives the same levels: 364.4×423 = 15.41, 371.1×234 = 8.68)')
hs1 = F(HRB, '5.4亿斤'); hs2 = F(HRB, '1.473亿斤'); hs3 = F(HRB, '近4亿斤')
S.rel('growth', C, [hs1, hs2, hs3], 'grain sold 5.4 → 1.473: 减少3.93亿斤 = 近4亿斤')
S.rel('share', U, [F(HRB, '47%'), F(HRB, '5:1:2.5')], 'three crops 47% of land and their ratio 5:1:2.5: no part is stated, nothing to check')
a = ALT(HRB, 1, hs2, '2.473亿斤', 'grain sold 1985 1.473 → 2.473')
S.rel('growth', I, [on(a, hs1), on(a, hs2, '2.473亿斤'), on(a, hs3)], 'altered: 5.4 − 2.473 = 2.93, not 近4亿斤 (breaks {B})')

# ---- 宝泉岭 管局 1991 (state-farm bureau yearbook)
qa = F(BQL, '392万亩'); qd = F(BQL, '373万亩'); qdp = F(BQL, '95%'); qz = F(BQL, '67.4万亩'); qzp = F(BQL, '17.2%')
qg = F(BQL, '10.95亿斤'); qgr = F(BQL, '19%'); qgd = F(BQL, '12.7万吨'); qs_ = F(BQL, '34.9万吨'); qsp = F(BQL, '63.8%')
S.rel('share', C, [qd, qa, qdp], 'disaster area 373/392 = 95.2% → 95')
S.rel('share', C, [qz, qa, qzp], 'total-loss area 67.4/392 = 17.19% → 17.2')
S.rel('growth', C, [qg, qgd, qgr], '12.7万吨 = 2.54亿斤; 1990 = 10.95 + 2.54 = 13.49; 2.54/13.49 = 18.8% → 19')
S.rel('share', C, [qs_, qg, qsp], '10.95亿斤 = 54.75万吨; 34.9/54.75 = 63.74% (range 63.62–63.87) → 63.8')
S.rel('target', MS, [qa, F(BQL, '99.3%')], 'sown area 392万亩 = 99.3% of the plan (about 394.8, not stated): the plan was just missed')
S.rel('share', U, [qg, qa, F(BQL, '148公斤')], 'yield 148 kg vs 54.75万吨/392万亩 = 139.7 kg: the yield is per grain area, which is not stated; not a check')
a = ALT(BQL, 1, qz, '57.4万亩', 'total-loss area 67.4 → 57.4')
S.rel('share', I, [on(a, qz, '57.4万亩'), on(a, qa), on(a, qzp)], 'altered: 57.4/392 = 14.6%, not 17.2 (breaks {B})')
a = ALT(BQL, 2, qgr, '14%', 'grain decrease 19 → 14')
S.rel('growth', I, [on(a, qg), on(a, qgd), on(a, qgr, '14%')], 'altered: 2.54/13.49 = 18.8%, not 14 (breaks {B})')
a = ALT(BQL, 3, qsp, '68.8%', 'commodity rate 63.8 → 68.8')
S.rel('share', I, [on(a, qs_), on(a, qg), on(a, qsp, '68.8%')], 'altered: 34.9/54.75 = 63.7%, not 68.8 (breaks {B})')
a = ALT(BQL, 4, qd, '353万亩', 'disaster area 373 → 353')
S.rel('share', I, [on(a, qd, '353万亩'), on(a, qa), on(a, qdp)], 'altered: 353/392 = 90.1%, not 95 (breaks {B})')

# ---- 贵州 Q1 2023 (news)
zt = F(GZ, '4939.77亿元'); z1 = F(GZ, '471.03亿元'); z2 = F(GZ, '1835.61亿元'); z3 = F(GZ, '2633.13亿元')
zg1 = F(GZ, '2.5%', '比上年同期增长'); zg2 = F(GZ, '2.5%', '地区生产总值同比增长')
zp1 = F(GZ, '3.5%', '增加值471.03亿元,增长'); zp2 = F(GZ, '3.5%', '第一产业增加值同比增长')
zt1 = F(GZ, '2.6%', '2633.13亿元,增长'); zt2 = F(GZ, '2.6%', '服务业增加值同比增长')
sum_gz = [z1, z2, z3, zt]
S.rel('sum', C, sum_gz, '471.03 + 1835.61 + 2633.13 = 4939.77')
S.rel('restatement', C, [zg1, zg2], 'Q1 GDP growth 2.5% stated twice')
S.rel('restatement', C, [zp1, zp2], 'primary growth 3.5% stated twice')
S.rel('restatement', C, [zt1, zt2], 'tertiary (服务业) growth 2.6% stated twice')
S.rel('restatement', C, [F(GZ, '1.3个', '比上年全年加快'), F(GZ, '1.3个', '增速比上年全年加快')], 'GDP 1.3 points faster than 2022, stated twice')
S.rel('rate', U, [z1, zp1, z2, F(GZ, '1.9%', '增长'), z3, zt1, zt, zg1], 'current-price levels deflated by real rates give 2.42%, stated 2.5: base-period weights are not stated; not a check')
S.rel('restatement', U, [F(GZ, '1.9%', '增长'), F(GZ, '1.9%', '城镇消费品零售额增长')], 'secondary +1.9% vs urban retail +1.9%: different indicators')
S.rel('restatement', U, [zp2, F(GZ, '3.5%', '乡村消费品零售额增长')], 'primary +3.5% vs rural retail +3.5%: different indicators')
S.rel('rate', U, [F(GZ, '2.1%'), F(GZ, '1.9%', '城镇消费品零售额增长'), F(GZ, '3.5%', '乡村消费品零售额增长')], 'retail +2.1% lies between urban +1.9 and rural +3.5, but the weights are not stated')
S.rel('growth', U, [F(GZ, '189.47亿元'), F(GZ, '58%'), F(GZ, '141.8亿元'), F(GZ, '92%')], 'imports (47.67) and their growth are not stated; no check of 58% from the export figures alone')
a = ALT(GZ, 1, z2, '1855.61亿元', 'secondary value added 1835.61 → 1855.61')
S.rel('sum', I, R(a, sum_gz, z2, '1855.61亿元'), 'altered: parts add to 4959.77, not 4939.77 (breaks {B})')
a = ALT(GZ, 2, zg2, '2.8%', 'GDP growth in the first point 2.5 → 2.8')
S.rel('restatement', I, [on(a, zg1), on(a, zg2, '2.8%')], 'altered: 2.5% vs 2.8% (breaks {B})')
a = ALT(GZ, 3, zt2, '2.9%', 'services growth 2.6 → 2.9')
S.rel('restatement', I, [on(a, zt1), on(a, zt2, '2.9%')], 'altered: 2.6% vs 2.9% (breaks {B})')
a = ALT(GZ, 4, z1, '421.03亿元', 'primary value added 471.03 → 421.03')
S.rel('sum', I, R(a, sum_gz, z1, '421.03亿元'), 'altered: parts add to 4889.77, not 4939.77 (breaks {B})')

# ---- 大庆 2020 (yearbook overview)
dt = F(DQ, '2301.1亿元'); d1 = F(DQ, '244.3亿元'); d2 = F(DQ, '1075.2亿元'); d3 = F(DQ, '981.6亿元')
dp1 = F(DQ, '10.6'); dp2 = F(DQ, '46.7'); dp3 = F(DQ, '42.7'); dq1 = F(DQ, '8.6'); dq2 = F(DQ, '52.6'); dq3 = F(DQ, '38.8')
dpop = F(DQ, '270.8万人'); dcity = F(DQ, '136.9万人'); dcty = F(DQ, '133.9万人'); durb = F(DQ, '143.1万人'); durp = F(DQ, '52.8%')
dr1 = F(DQ, '4.0%'); dr2 = F(DQ, '1.3%'); dr3 = F(DQ, '1%', '下降'); dr = F(DQ, '0.7%')
sum_dq = [d1, d2, d3, dt]
S.rel('sum', C, sum_dq, '244.3 + 1075.2 + 981.6 = 2301.1')
S.rel('share', C, [d1, dt, dp1], '244.3/2301.1 = 10.62% → 10.6')
S.rel('share', C, [d2, dt, dp2], '1075.2/2301.1 = 46.73% → 46.7')
S.rel('share', C, [d3, dt, dp3], '981.6/2301.1 = 42.66% → 42.7')
S.rel('sum', C, [dp1, dp2, dp3], '2020 structure 10.6 + 46.7 + 42.7 = 100')
S.rel('sum', C, [dq1, dq2, dq3], '2019 structure 8.6 + 52.6 + 38.8 = 100')
S.rel('sum', C, [dcity, dcty, dpop], 'districts 136.9 + counties 133.9 = 270.8')
S.rel('share', C, [durb, dpop, durp], '143.1/270.8 = 52.84% → 52.8')
S.rel('rate', C, [dq1, dr1, dq2, dr2, dq3, dr3, dr], 'weights = 2019 structure: 0.086×4.0 + 0.526×1.3 − 0.388×1 = 0.64%; with 下降1% stated to the unit (0.5–1.5) the range is about 0.45–0.83: 0.7 inside, consistent')
a = ALT(DQ, 1, d3, '931.6亿元', 'tertiary value added 981.6 → 931.6')
S.rel('sum', I, R(a, sum_dq, d3, '931.6亿元'), 'altered: parts add to 2251.1, not 2301.1 (breaks {B})')
S.rel('share', I, [on(a, d3, '931.6亿元'), on(a, dt), on(a, dp3)], 'altered: 931.6/2301.1 = 40.5%, not 42.7 (breaks {B})')
a = ALT(DQ, 2, dp2, '43.7', '2020 secondary share 46.7 → 43.7')
S.rel('share', I, [on(a, d2), on(a, dt), on(a, dp2, '43.7')], 'altered: 1075.2/2301.1 = 46.7%, not 43.7 (breaks {B})')
S.rel('sum', I, [on(a, dp1), on(a, dp2, '43.7'), on(a, dp3)], 'altered: 10.6 + 43.7 + 42.7 = 97 (breaks {B})')
a = ALT(DQ, 3, dcty, '138.9万人', 'county population 133.9 → 138.9')
S.rel('sum', I, [on(a, dcity), on(a, dcty, '138.9万人'), on(a, dpop)], 'altered: 136.9 + 138.9 = 275.8, not 270.8 (breaks {B})')
a = ALT(DQ, 4, durp, '55.8%', 'urbanisation 52.8 → 55.8')
S.rel('share', I, [on(a, durb), on(a, dpop), on(a, durp, '55.8%')], 'altered: 143.1/270.8 = 52.8%, not 55.8 (breaks {B})')
a = ALT(DQ, 5, dr, '2.7%', 'GDP growth 0.7 → 2.7')
S.rel('rate', I, [on(a, dq1), on(a, dr1), on(a, dq2), on(a, dr2), on(a, dq3), on(a, dr3), on(a, dr, '2.7%')], 'altered: weighted sector rates give about 0.64%, not 2.7 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

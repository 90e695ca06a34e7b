"""Check key, set check-heldout52. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout52.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout52'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

DYW='dyw_2024_hant.txt'; DYWT='dyw_2024t.txt'
CQ1='cq_2025q1_hant.txt'; CQH='cq_2025h1.txt'; CQR='cq_2025h1r.txt'; CQ3='cq_2025q3.txt'; CQT='cq_2025t.txt'
SD='sd_2008q1_hant.txt'; SH='sh_1956.txt'; JS58='js_1958.txt'; TZ='tz_cotton.txt'; TL='tl_1997.txt'; JY='jy_2008.txt'
FJT='fj_2025t.txt'; FJ='fj_2025.txt'; JSH='js_2023h1.txt'; JS23='js_2023t.txt'; JS24='js_2024t.txt'; SC='sc_2020h1_hant.txt'; JN='jn_2022.txt'

# ---- 大亚湾开发区 2024 (development zone, 惠州, traditional): economic analysis
yt = F(DYW, '1036.02億元'); y1 = F(DYW, '1.37億元'); y2 = F(DYW, '733.66億元'); y3 = F(DYW, '300.99億元')
yg = F(DYW, '7.0%'); yind = F(DYW, '14.4%')
yn = F(DYW, '27個'); yk = F(DYW, '15個'); ykp = F(DYW, '55.6%'); ye = F(DYW, '250家'); yp = F(DYW, '179家'); ypp = F(DYW, '71.6%')
sum_y = [y1, y2, y3, yt]
S.rel('sum', C, sum_y, '1.37 + 733.66 + 300.99 = 1036.02')
S.rel('share', C, [yk, yn, ykp], '15 of 27 industry groups grew: 15/27 = 55.56% → 55.6')
S.rel('share', C, [yp, ye, ypp], '179 of 250 firms profitable: 179/250 = 71.6%')
S.rel('rate', U, [y1, F(DYW, '4.0%'), y2, F(DYW, '9.7%'), y3, F(DYW, '0.4%'), yt, yg], 'current-price 2024 levels weighting real sector rates give 6.98%, stated 7.0: it fits, but the base-period weights are not stated; not a check')
S.rel('sum', U, [F(DYW, '87.3%'), F(DYW, '20.6%')], 'advanced manufacturing 87.3% and high-tech manufacturing 20.6% of industrial value added overlap (high-tech is largely inside advanced manufacturing): not a split, 107.9 > 100 is no error')
S.rel('sum', U, [F(DYW, '91億元'), F(DYW, '41億元'), F(DYW, '3670.9億元'), F(DYW, '9.2%')], 'new output from 24 + 25 projects (91 + 41 = 132) vs the rise of gross industrial output (about 309): the projects are a subset, and 9.2% is at comparable prices; no split')
S.rel('restatement', U, [yind, y2, F(DYW, '9.7%')], '规上工业增加值 +14.4% vs 第二产业增加值 +9.7%: overlapping but different scopes (construction is in the secondary sector), no restatement')
a = ALT(DYW, 1, y2, '783.66億元', 'secondary value added 733.66 → 783.66')
S.rel('sum', I, R(a, sum_y, y2, '783.66億元'), 'altered: parts add to 1086.02, not 1036.02 (breaks {B})')
a = ALT(DYW, 2, ypp, '76.1%', 'profitable share 71.6 → 76.1')
S.rel('share', I, [on(a, yp), on(a, ye), on(a, ypp, '76.1%')], 'altered: 179/250 = 71.6%, not 76.1 (breaks {B})')
a = ALT(DYW, 3, yk, '16個', 'growing industry groups 15 → 16')
S.rel('share', I, [on(a, yk, '16個'), on(a, yn), on(a, ykp)], 'altered: 16/27 = 59.3%, not 55.6 (breaks {B})')

# ---- 大亚湾开发区 2024 targets (work meeting news), 2023 results
dt_g = F(DYWT, '8%', '地区生产总值增长'); dt_i = F(DYWT, '10%', '规上工业增加值增长')
d23a = F(DYWT, '7.2%', '(GDP)增长', 0, ';'); d23b = F(DYWT, '7.2%', '(GDP)增长', 0, ','); d79a = F(DYWT, '7.9%', '财政收入增长', 0); d79b = F(DYWT, '7.9%', '财政收入增长', 1)
S.rel('target', MS, [dt_g, yg], '大亚湾 2024: GDP target +8%, result +7.0% (economic analysis): missed')
S.rel('target', M, [dt_i, yind], '大亚湾 2024: 规上工业增加值 target +10%, result +14.4%: met')
S.rel('target', U, [dt_g, d23a], '2024 GDP target vs 2023 result +7.2%: different years')
S.rel('target', U, [F(DYWT, '4%', '一般公共预算收入增长'), d79a], '2024 general budget revenue target +4% vs 2023 fiscal revenue +7.9%: different years and a wider revenue scope')
S.rel('restatement', C, [d23a, d23b], '2023 GDP +7.2% stated twice')
S.rel('restatement', C, [d79a, d79b], '2023 fiscal revenue +7.9% stated twice')
a = ALT(DYWT, 1, d23b, '7.7%', 'second mention of 2023 GDP growth 7.2 → 7.7')
S.rel('restatement', I, [on(a, d23a), on(a, d23b, '7.7%')], 'altered: 7.2% vs 7.7% for the same figure (breaks {B})')

# ---- 重庆 Q1 2025 (bureau release, traditional)
qt = F(CQ1, '7574.79億元'); q1 = F(CQ1, '321.78億元'); q2 = F(CQ1, '2496.63億元'); q3 = F(CQ1, '4756.38億元')
qind = F(CQ1, '3.6%', '規模以上工業增加值同比增長')
sum_q = [q1, q2, q3, qt]
S.rel('sum', C, sum_q, '321.78 + 2496.63 + 4756.38 = 7574.79')
S.rel('rate', U, [q1, F(CQ1, '2.2%'), q2, F(CQ1, '3.7%', '2496.63億元,同比增長'), q3, F(CQ1, '4.8%'), qt, F(CQ1, '4.3%')], 'current-price levels weighting real sector rates give 4.33%, stated 4.3: fits, but base-period weights are not stated; not a check')
S.rel('restatement', U, [F(CQ1, '10.0%', '裝備産業增長較快,分別增長34.0%、'), F(CQ1, '10.0%', '2.0%和')], 'equipment +10.0% vs pharmaceuticals −10.0%: different industries (and signs) sharing a number')
S.rel('restatement', U, [F(CQ1, '3.7%', '2496.63億元,同比增長'), F(CQ1, '3.7%', '6.6%、')], 'secondary sector +3.7% vs consumer-goods industry +3.7%: different indicators')

# ---- 重庆 H1 2025 (news) and the H1 plan-execution report; Q1–Q3 interpretation; 2025 targets
ht = F(CQH, '15929.58亿元'); h1 = F(CQH, '714.82亿元'); h2 = F(CQH, '5555.75亿元'); h3 = F(CQH, '9659.01亿元')
hg = F(CQH, '5.0%', '同比增长'); hind = F(CQH, '5.6%', '工业增加值同比增长'); hdiff = F(CQH, '2.0个')
rg = F(CQR, '5%', 'GDP同比(下同)增长'); rind = F(CQR, '5.6%')
g3 = F(CQ3, '5.3%'); g3d = F(CQ3, '0.3个')
sum_h = [h1, h2, h3, ht]
S.rel('sum', C, sum_h, '714.82 + 5555.75 + 9659.01 = 15929.58')
S.rel('rate', U, [h1, F(CQH, '3.1%', '714.82亿元,同比增长'), h2, F(CQH, '4.2%'), h3, F(CQH, '5.6%', '9659.01亿元,同比增长'), ht, hg], 'current-price levels weighting real sector rates give 5.00%, stated 5.0: fits, but not a check (base-period weights not stated)')
S.rel('restatement', C, [hg, rg], '重庆 H1 2025 GDP +5.0% (news) = +5% (plan-execution report)')
S.rel('restatement', C, [hind, rind], '重庆 H1 2025 规上工业增加值 +5.6% in both documents')
S.rel('growth', C, [qind, hind, hdiff], '规上工业: Q1 +3.6% (Q1 release), H1 +5.6%, "比一季度提高2.0个百分点": 5.6 − 3.6 = 2.0')
S.rel('growth', C, [hg, g3, g3d], 'GDP: H1 +5.0%, Q1–Q3 +5.3%, "比上半年提高0.3个百分点": 5.3 − 5.0 = 0.3')
S.rel('restatement', U, [F(CQH, '5.6%', '9659.01亿元,同比增长'), hind], 'tertiary +5.6% vs 规上工业 +5.6%: different indicators sharing a number')
S.rel('sum', U, [F(CQH, '884.5万头'), F(CQH, '345.6万头')], 'H1 pigs 884.5, of which Q2 345.6: Q1 (538.9) is not stated anywhere, nothing to check')
S.rel('growth', U, [F(CQH, '3.0%', '同比下降'), F(CQH, '2.2个')], 'pigs −3.0%, decline 2.2 points narrower than Q1: the Q1 pig figure is not in the Q1 passage')
S.rel('growth', U, [g3, F(CQ3, '0.1个')], '5.3% is 0.1 point above the nation: the national rate is not stated')
S.rel('share', U, [F(CQ3, '2.5个'), F(CQ3, '46.7%')], 'car industry pulls 2.5 points, contribution 46.7%: implies 规上工业 +5.35% for Q1–Q3, which is not stated; the H1 5.6% is another period')
S.rel('growth', U, [F(CQ3, '27.1%'), F(CQ3, '7.5和')], 'new-energy vehicles +27.1%, 7.5 points above H1: the H1 rate is not stated')
S.rel('target', CT, [F(CQT, '6%左右'), g3], '重庆 2025 GDP target 6%左右; only H1 (5.0) and Q1–Q3 (5.3) results are in the set: cannot tell for the year')
S.rel('target', CT, [F(CQT, '8%', '规上工业增加值增长'), rind], '重庆 2025 规上工业 target +8%; only the H1 result (5.6) is stated: cannot tell')
S.rel('target', U, [F(CQT, '1.55万亿元'), F(CQR, '4.5%')], '2025 retail level target 1.55万亿 vs H1 retail growth 4.5%: a level vs a rate, and a half year')
a = ALT(CQ1, 1, q2, '2466.63億元', 'secondary value added 2496.63 → 2466.63')
S.rel('sum', I, R(a, sum_q, q2, '2466.63億元'), 'altered: parts add to 7544.79, not 7574.79 (breaks {B})')
a = ALT(CQ1, 2, qind, '3.4%', 'Q1 规上工业 growth 3.6 → 3.4')
S.rel('growth', I, [on(a, qind, '3.4%'), hind, hdiff], 'altered: 5.6 − 3.4 = 2.2, not the stated 2.0 points (breaks {B})')
a = ALT(CQH, 1, h2, '5855.75亿元', 'secondary value added 5555.75 → 5855.75')
S.rel('sum', I, R(a, sum_h, h2, '5855.75亿元'), 'altered: parts add to 16229.58, not 15929.58 (breaks {B})')
a = ALT(CQH, 2, hg, '5.4%', 'H1 GDP growth 5.0 → 5.4')
S.rel('restatement', I, [on(a, hg, '5.4%'), rg], 'altered: news says +5.4%, the report +5% (breaks {B})')
S.rel('growth', I, [on(a, hg, '5.4%'), g3, g3d], 'altered: 5.3 − 5.4 = −0.1, not +0.3 (breaks {B})')
a = ALT(CQR, 1, rind, '5.9%', 'H1 规上工业 growth in the report 5.6 → 5.9')
S.rel('restatement', I, [hind, on(a, rind, '5.9%')], 'altered: 5.6% vs 5.9% (breaks {B})')
a = ALT(CQ3, 1, g3d, '0.8个', 'Q1–Q3 gain over H1 0.3 → 0.8 points')
S.rel('growth', I, [hg, on(a, g3), on(a, g3d, '0.8个')], 'altered: 5.3 − 5.0 = 0.3, not 0.8 (breaks {B})')

# ---- 山东 Q1 2008 (gov.cn, traditional)
s0 = [F(SD, '2.0'), F(SD, '65.4'), F(SD, '32.6')]; s1 = [F(SD, '3.0'), F(SD, '58.3'), F(SD, '38.7')]
S.rel('sum', C, s0, 'investment structure Q1 2007: 2.0 + 65.4 + 32.6 = 100')
S.rel('sum', C, s1, 'investment structure Q1 2008: 3.0 + 58.3 + 38.7 = 100')
S.rel('growth', U, [F(SD, '20.4%'), F(SD, '1.2個')], 'manufacturing +20.4%, 1.2 points above industry above scale: the 规上 rate (19.2) is not stated')
S.rel('growth', U, [F(SD, '25.3%'), F(SD, '5.1個')], 'exports +25.3%, 5.1 points below a year earlier: the Q1 2007 rate is not stated')
S.rel('share', U, [F(SD, '20.8%'), F(SD, '85.5%'), F(SD, '7.3%')], 'food prices +20.8% account for 85.5% of the CPI rise (7.3% in March): a contribution, the food weight is not stated; and 20.8 is cumulative, 7.3 a March rate')
S.rel('restatement', U, [F(SD, '7.3%'), F(JS24, '7.3%')], '山东 March 2008 CPI +7.3% vs 江苏 2023 budget revenue +7.3%: different places, years and indicators')
a = ALT(SD, 1, s0[1], '63.4', '2007 secondary share of investment 65.4 → 63.4')
S.rel('sum', I, R(a, s0, s0[1], '63.4'), 'altered: 2.0 + 63.4 + 32.6 = 98 (breaks {B})')
a = ALT(SD, 2, s1[2], '36.7', '2008 tertiary share of investment 38.7 → 36.7')
S.rel('sum', I, R(a, s1, s1[2], '36.7'), 'altered: 3.0 + 58.3 + 36.7 = 98 (breaks {B})')

# ---- 上海 1955–1956 (history text)
sg = F(SH, '34.3%'); sn = F(SH, '28.2%')
S.rel('growth', C, [sg, sn], '上海 1956 industry +34.3% is, as stated, higher than the national +28.2%')
S.rel('share', U, [F(SH, '5.6 亿元'), F(SH, '2.2%')], '5.6亿 = 2.2% of national industrial investment 1953–57: the national total is not stated')
S.rel('restatement', U, [F(SH, '5.6 亿元'), F(SH, '5.6%')], '上海 investment 5.6亿 (1953–57) vs national industrial growth 5.6% (1955): different indicators sharing a number')
S.rel('growth', U, [F(SH, '5.6%'), F(SH, '2.8%')], '1955: nation +5.6%, 上海 −2.8%: two places, no relation to check')
a = ALT(SH, 1, sg, '24.3%', '上海 1956 industrial growth 34.3 → 24.3')
S.rel('growth', I, [on(a, sg, '24.3%'), on(a, sn)], 'altered: 24.3% is not "高于全国增长28.2%" (breaks {B})')

# ---- 江苏 1958 early rice (People's Daily news, Chinese numerals)
ja = F(JS58, '二百六十万亩'); jo = F(JS58, '二十六亿三千六百四十万斤'); jy_ = F(JS58, '一千零一十四斤')
S.rel('rate', C, [ja, jy_, jo], '260万亩 × 1014斤 = 26.364亿斤 = 二十六亿三千六百四十万斤 (exact)')
S.rel('growth', U, [F(JS58, '一点四倍'), jy_, F(JS58, '三百五十多斤')], 'total early-rice output +1.4倍 vs last year; 350多斤 is last year’s average for all rice per mu: 1014/350 ≈ 2.9 is another indicator, the 1957 early-rice total is not stated')
S.rel('sum', U, [F(JS58, '七十六个'), F(JS58, '十四个乡'), F(JS58, '六个乡')], 'townships ≥1200 (76), ≥1500 (14), ≥1600 (6) are nested thresholds, not parts')
S.rel('sum', U, [F(JS58, '一百八十四个'), F(JS58, '二十九个')], 'co-ops ≥1600 (184) of which ≥2000 (29): a subset, nothing to add')
S.rel('target', U, [F(JS58, '翻一番'), jy_], '“水稻翻一番” is a slogan for all rice, not a stated quota for the early crop: no target check')
a = ALT(JS58, 1, jy_, '一千零四十四斤', 'early rice yield 1014 → 1044斤')
S.rel('rate', I, [on(a, ja), on(a, jy_, '一千零四十四斤'), on(a, jo)], 'altered: 260万亩 × 1044斤 = 27.144亿斤, not 26.364 (breaks {B})')
a = ALT(JS58, 2, jo, '二十九亿三千六百四十万斤', 'early rice total 26.364 → 29.364亿斤')
S.rel('rate', I, [on(a, ja), on(a, jy_), on(a, jo, '二十九亿三千六百四十万斤')], 'altered: 260 × 1014 = 26.364亿斤, not 29.364 (breaks {B})')

# ---- 台州 gazetteer, cotton (1935–1990)
t59a = F(TZ, '13.13万亩'); t59o = F(TZ, '3390吨'); t59y = F(TZ, '26公斤')
t49a = F(TZ, '6.07万亩'); t49o = F(TZ, '516吨'); t49y = F(TZ, '9公斤')
t65a = F(TZ, '11.22万亩'); t65y = F(TZ, '43公斤'); t65o = F(TZ, '4858吨')
t84a = F(TZ, '10.33万亩'); t84y = F(TZ, '76公斤'); t84o = F(TZ, '7862.1吨')
S.rel('rate', C, [t59a, t59o, t59y], '1959: 3390吨 / 13.13万亩 = 25.8 kg → 26')
S.rel('rate', C, [t49a, t49o, t49y], '1949: 516吨 / 6.07万亩 = 8.50 kg → 9 (just at the rounding edge)')
S.rel('rate', C, [t65a, t65y, t65o], '1965: 4858吨 / 11.22万亩 = 43.3 kg → 43')
S.rel('rate', C, [t84a, t84y, t84o], '1984: 7862.1吨 / 10.33万亩 = 76.1 kg → 76')
S.rel('growth', U, [F(TZ, '3.14万亩'), F(TZ, '250.4吨'), t49a, t49o], '1935 covers four counties, 1949 the whole prefecture: different scopes, no growth check')
S.rel('growth', U, [F(TZ, '4067吨'), F(TZ, '2108吨')], 'a yearly average after 1985 (approximate, span unstated) vs the 1990 total: no rate stated')
a = ALT(TZ, 1, t59o, '4390吨', '1959 lint output 3390 → 4390')
S.rel('rate', I, [on(a, t59a), on(a, t59o, '4390吨'), on(a, t59y)], 'altered: 4390/13.13万亩 = 33.4 kg, not 26 (breaks {B})')
a = ALT(TZ, 2, t65o, '5858吨', '1965 lint output 4858 → 5858')
S.rel('rate', I, [on(a, t65a), on(a, t65y), on(a, t65o, '5858吨')], 'altered: 5858/11.22万亩 = 52.2 kg, not 43 (breaks {B})')
a = ALT(TZ, 3, t84y, '67公斤', '1984 yield 76 → 67')
S.rel('rate', I, [on(a, t84a), on(a, t84y, '67公斤'), on(a, t84o)], 'altered: 7862.1/10.33万亩 = 76.1 kg, not 67 (breaks {B})')

# ---- 桐庐县 1997 statistical bulletin (county)
lt = F(TL, '39.5亿元'); l1 = F(TL, '6.1亿元'); l2 = F(TL, '22.25亿元'); l3 = F(TL, '11.15亿元'); l3p = F(TL, '28.3%')
lf = F(TL, '2536万元'); lfd = F(TL, '872万元'); lfr = F(TL, '52.4%')
sum_l = [l1, l2, l3, lt]
S.rel('sum', C, sum_l, '6.1 + 22.25 + 11.15 = 39.5')
S.rel('share', C, [l3, lt, l3p], '11.15/39.5 = 28.23%, which rounds to 28.2; with 39.5 stated to 0.1 (39.45) the share reaches 28.28 → 28.3: consistent within the allowance (judgement call)')
S.rel('growth', C, [lf, lfd, lfr], 'farm support 2536万, +872万: 872/(2536 − 872) = 52.40%')
S.rel('rate', U, [l1, F(TL, '8.2%'), l2, F(TL, '19.2%'), l3, F(TL, '20%'), lt, F(TL, '17.6%')], 'current-price levels weighting real sector rates give 17.7%, stated 17.6: base-period weights not stated; not a check')
S.rel('growth', U, [F(TL, '8.51亿元'), F(TL, '4.35亿元'), F(TL, '2.8%')], '8.51亿 at current prices and 4.35亿 at 1990 prices are the same output in two price bases, not a change; 2.8% is at comparable prices')
S.rel('growth', U, [l3p, F(TL, '0.7个')], 'tertiary share 28.3%, 0.7 points above 1996: the 1996 share is not stated')
S.rel('growth', U, [F(TL, '10029元'), lt], 'per-capita GDP 10029元 vs 39.5亿: population not stated')
S.rel('restatement', U, [F(TL, '4.27亿元'), F(JY, '4.27亿元')], '桐庐 1997 crop output 4.27亿 vs 缙云 2008 local budget revenue 4.27亿: different places, years and indicators')
a = ALT(TL, 1, l2, '22.75亿元', 'secondary value added 22.25 → 22.75')
S.rel('sum', I, R(a, sum_l, l2, '22.75亿元'), 'altered: parts add to 40.0, not 39.5 (breaks {B})')
a = ALT(TL, 2, lfr, '62.4%', 'farm support growth 52.4 → 62.4')
S.rel('growth', I, [on(a, lf), on(a, lfd), on(a, lfr, '62.4%')], 'altered: 872/1664 = 52.4%, not 62.4 (breaks {B})')
a = ALT(TL, 3, l3, '11.65亿元', 'tertiary value added 11.15 → 11.65')
S.rel('sum', I, R(a, sum_l, l3, '11.65亿元'), 'altered: parts add to 40.0, not 39.5 (breaks {B})')
S.rel('share', I, [on(a, l3, '11.65亿元'), on(a, lt), on(a, l3p)], 'altered: 11.65/39.5 = 29.5%, not 28.3 (breaks {B})')

# ---- 缙云县 2008 (county overview; 2005 agriculture)
kt = F(JY, '83.41亿元'); k1 = F(JY, '6.30亿元'); k2 = F(JY, '49.82亿元'); k3 = F(JY, '27.29亿元')
kp1 = F(JY, '7.6', '调整为'); kp2 = F(JY, '59.7'); kp3 = F(JY, '32.7')
ko = [F(JY, '8.3'), F(JY, '58.3'), F(JY, '33.4')]
gj0 = [F(JY, '54.9'), F(JY, '45.1')]; gj1 = [F(JY, '56.1'), F(JY, '43.9')]
sum_k = [k1, k2, k3, kt]
S.rel('sum', C, sum_k, '6.30 + 49.82 + 27.29 = 83.41')
S.rel('share', C, [k1, kt, kp1], '6.30/83.41 = 7.55% → 7.6')
S.rel('share', C, [k2, kt, kp2], '49.82/83.41 = 59.73% → 59.7')
S.rel('share', C, [k3, kt, kp3], '27.29/83.41 = 32.72% → 32.7')
S.rel('sum', C, [kp1, kp2, kp3], '2008 structure 7.6 + 59.7 + 32.7 = 100')
S.rel('sum', C, ko, '2007 structure 8.3 + 58.3 + 33.4 = 100')
S.rel('sum', C, gj0, '2004 grain : cash crops 54.9 + 45.1 = 100')
S.rel('sum', C, gj1, '2005 grain : cash crops 56.1 + 43.9 = 100')
S.rel('rate', U, [F(JY, '18766元'), F(JY, '2702美元')], 'per-capita 18766元 = 2702美元 implies 6.945元/美元 (the 2008 average), but the rate is not stated: no check')
S.rel('rate', U, [k1, F(JY, '4.7%'), k2, F(JY, '18.7%'), k3, F(JY, '10.3%'), kt, F(JY, '14.6%')], 'current-price levels weighting real sector rates give 14.9%, stated 14.6: base-period weights not stated; not a check')
S.rel('growth', U, [F(JY, '13.8%'), F(JY, '14.6%')], 'per-capita +13.8% vs GDP +14.6%: per-capita is by registered population, whose change is not stated')
S.rel('sum', U, [F(JY, '9.01亿元'), F(JY, '4.27亿元')], 'local budget revenue 4.27亿 is a part of the 9.01亿 total budget revenue, the rest (shared taxes) is not stated: no split')
S.rel('restatement', U, [F(JY, '8.41亿元'), k1], '2005 gross agricultural output 8.41亿 vs 2008 primary value added 6.30亿: different years, output vs value added')
a = ALT(JY, 1, k2, '48.82亿元', 'secondary value added 49.82 → 48.82')
S.rel('sum', I, R(a, sum_k, k2, '48.82亿元'), 'altered: parts add to 82.41, not 83.41 (breaks {B})')
S.rel('share', I, [on(a, k2, '48.82亿元'), on(a, kt), on(a, kp2)], 'altered: 48.82/83.41 = 58.5%, not 59.7 (breaks {B})')
a = ALT(JY, 2, kp3, '33.7', '2008 tertiary share 32.7 → 33.7')
S.rel('share', I, [on(a, k3), on(a, kt), on(a, kp3, '33.7')], 'altered: 27.29/83.41 = 32.7%, not 33.7 (breaks {B})')
S.rel('sum', I, [on(a, kp1), on(a, kp2), on(a, kp3, '33.7')], 'altered: 7.6 + 59.7 + 33.7 = 101 (breaks {B})')
a = ALT(JY, 3, gj1[1], '42.9', '2005 cash-crop share 43.9 → 42.9')
S.rel('sum', I, [on(a, gj1[0]), on(a, gj1[1], '42.9')], 'altered: 56.1 + 42.9 = 99 (breaks {B})')

# ---- 福建 2025: targets (news of the work report, Jan 2025) and results (news, Jan 2026)
ft = F(FJ, '60199.45亿元'); f1 = F(FJ, '3354.37亿元'); f2 = F(FJ, '25497.34亿元'); f3 = F(FJ, '31347.74亿元'); fg = F(FJ, '5.0%')
sum_f = [f1, f2, f3, ft]
S.rel('sum', C, sum_f, '3354.37 + 25497.34 + 31347.74 = 60199.45')
S.rel('target', M, [F(FJT, '5.0%—5.5%'), fg], '福建 2025: GDP target 5.0%—5.5%, result 5.0%: met (a range is met at its lower end)')
S.rel('rate', U, [f1, F(FJ, '3.6%'), f2, F(FJ, '5.1%', '25497.34亿元,增长'), f3, F(FJ, '5.1%', '31347.74亿元,增长'), ft, fg], 'current-price levels weighting real sector rates give 5.02%, stated 5.0: fits, but base weights not stated; not a check')
S.rel('share', U, [F(FJ, '14.6%'), F(FJ, '36.5%'), F(FJ, '6.5%')], 'high-tech +14.6%, contribution 36.5% of industrial growth 6.5%: implies a weight of about 16%, which is not stated; contribution is not a share')
S.rel('growth', U, [F(FJ, '12.0个'), F(FJ, '7.1个'), F(FJ, '2.9个')], 'rises over Q1, H1 and Q1–Q3 (12.0, 7.1, 2.9 points): the earlier rates are not stated, and it is unclear whether they refer to the growth rate or the contribution')
S.rel('sum', U, [F(FJT, '5955.6亿元'), F(FJT, '3614.6亿元')], 'local budget revenue 3614.6 is part of total budget revenue 5955.6; the central share is not stated: no split')
S.rel('restatement', U, [F(FJT, '4.5%左右'), F(FJT, '4.5%', '分别增长')], 'retail +4.5%左右 (estimate) vs urban income +4.5%: different indicators sharing a number')
S.rel('target', U, [F(FJT, '5.0%—5.5%'), g3], '福建 2025 target vs 重庆 Q1–Q3 2025 result: different place and period')
a = ALT(FJ, 1, f2, '25997.34亿元', 'secondary value added 25497.34 → 25997.34')
S.rel('sum', I, R(a, sum_f, f2, '25997.34亿元'), 'altered: parts add to 60699.45, not 60199.45 (breaks {B})')
a = ALT(FJ, 2, f1, '3854.37亿元', 'primary value added 3354.37 → 3854.37')
S.rel('sum', I, R(a, sum_f, f1, '3854.37亿元'), 'altered: parts add to 60699.45, not 60199.45 (breaks {B})')

# ---- 江苏 H1 2023 (news, 常州 government site)
jt = F(JSH, '60465.3亿元'); j1 = F(JSH, '1720.2亿元'); j2 = F(JSH, '26613.4亿元'); j3 = F(JSH, '32131.7亿元'); jg = F(JSH, '6.6%')
sum_j = [j1, j2, j3, jt]
S.rel('sum', C, sum_j, '1720.2 + 26613.4 + 32131.7 = 60465.3')
cities = [F(JSH, x) for x in ['11458.4亿元', '8316.92亿元', '7105.67亿元', '6032.4亿元', '4525.4亿元', '4009.09亿元', '3417.36亿元', '3413.41亿元', '3208.78亿元', '2635.11亿元', '2432.08亿元', '1955.9亿元', '1920.57亿元']]
S.rel('sum', U, cities + [jt], 'the 13 cities add to 60431.09, 34.2亿 short of the province’s 60465.3: city and province GDP are accounted separately and are not expected to add up; not keyed as an error')
S.rel('rate', U, [j1, F(JSH, '3.5%'), j2, F(JSH, '7.1%'), j3, F(JSH, '6.3%'), jt, jg], 'current-price levels weighting real sector rates give 6.57%, stated 6.6: fits, base weights not stated; not a check')
S.rel('growth', U, [jg, F(JSH, '1.9个')], 'H1 +6.6%, 1.9 points faster than Q1: the Q1 rate is not stated')
S.rel('target', U, [F(JS23, '5%左右', '江苏目标经济增长'), jg], '江苏 2023 full-year target vs the H1 result; the full-year result (5.8) is in js_2024t: different periods')
a = ALT(JSH, 1, j2, '26913.4亿元', 'secondary value added 26613.4 → 26913.4')
S.rel('sum', I, R(a, sum_j, j2, '26913.4亿元'), 'altered: parts add to 60765.3, not 60465.3 (breaks {B})')
a = ALT(JSH, 2, j1, '1920.2亿元', 'primary value added 1720.2 → 1920.2')
S.rel('sum', I, R(a, sum_j, j1, '1920.2亿元'), 'altered: parts add to 60665.3, not 60465.3 (breaks {B})')

# ---- 江苏 2023 targets (news, Jan 2023) and 2023 results / 2024 targets (news, Jan 2024)
e23a = F(JS23, '5%左右', '江苏目标经济增长'); e23b = F(JS23, '5%左右', '目标:经济增长')
er23 = F(JS23, '5.5%左右', '一般公共预算收入增长'); erev22 = F(JS23, '9258.9亿元')
p143a = F(JS23, '14.3万元左右', '', 0); p143b = F(JS23, '14.3万元左右', '', 1)
g58a = F(JS24, '5.8%', '', 0); g58b = F(JS24, '5.8%', '', 1); rev23 = F(JS24, '9930 亿元'); rev23r = F(JS24, '7.3%')
S.rel('restatement', C, [e23a, e23b], '江苏 2023 growth target 5%左右 stated twice')
S.rel('restatement', C, [p143a, p143b], '江苏 2022 per-capita GDP 14.3万元左右 stated twice')
S.rel('restatement', C, [g58a, g58b], '江苏 2023 GDP +5.8% stated twice')
S.rel('target', M, [e23b, g58b], '江苏 2023: growth target 5%左右, result 5.8% (2024 report): met')
S.rel('target', M, [er23, rev23r], '江苏 2023: general budget revenue target +5.5%左右, result +7.3%: met')
S.rel('growth', C, [erev22, rev23, rev23r], '9258.9 → 9930: 7.25% (9930 to the unit: 7.24–7.25), stated 7.3: consistent within the allowance (judgement call; 2022 was quoted 同口径, 2023 may be too)')
S.rel('growth', U, [F(JS23, '12万亿元', '', 0), F(JS24, '12.82 万亿元', '', 0), g58a], '突破12万亿 (approximate) → 12.82万亿 is about +6.8% nominal; 5.8% is real: no check')
S.rel('target', U, [F(JS24, '5% 以上'), g58a], '2024 GDP target vs 2023 result: different years')
S.rel('restatement', U, [F(JS23, '3%左右'), F(JS24, '3% 左右')], 'CPI target 3%左右 for 2023 and for 2024: two targets of different years sharing a number')
S.rel('target', U, [F(JS23, '120万人'), F(JS24, '120 万人以上')], '2023 and 2024 urban job targets: targets of different years, neither has a result here')
S.rel('restatement', U, [er23, F(JS24, '5.5% 左右')], '2023 revenue target 5.5%左右 vs 2024 retail target 5.5%左右: different indicators and years')
S.rel('growth', U, [F(JS23, '5.5%左右', '年均增长'), e23a], '2018–2022 average 5.5%左右 vs the 2023 target: different periods')
a = ALT(JS24, 1, g58b, '5.3%', 'second mention of 2023 GDP growth 5.8 → 5.3')
S.rel('restatement', I, [on(a, g58a), on(a, g58b, '5.3%')], 'altered: 5.8% vs 5.3% (breaks {B})')
a = ALT(JS24, 2, rev23, '9830 亿元', '2023 budget revenue 9930 → 9830')
S.rel('growth', I, [erev22, on(a, rev23, '9830 亿元'), on(a, rev23r)], 'altered: 9830/9258.9 = +6.2%, not 7.3 (breaks {B})')
a = ALT(JS23, 1, erev22, '9458.9亿元', '2022 budget revenue 9258.9 → 9458.9')
S.rel('growth', I, [on(a, erev22, '9458.9亿元'), rev23, rev23r], 'altered: 9930/9458.9 = +5.0%, not 7.3 (breaks {B})')
a = ALT(JS23, 2, p143b, '14.8万元左右', 'second mention of 2022 per-capita GDP 14.3 → 14.8')
S.rel('restatement', I, [on(a, p143a), on(a, p143b, '14.8万元左右')], 'altered: 14.3 vs 14.8万元 (breaks {B})')

# ---- 四川 H1 2020 (news, traditional with inline glyph pairs)
ct = F(SC, '22130.27億元'); c1 = F(SC, '1965.46億元'); c2 = F(SC, '8170.29億元'); c3 = F(SC, '11994.52億元')
sum_c = [c1, c2, c3, ct]
S.rel('sum', C, sum_c, '1965.46 + 8170.29 + 11994.52 = 22130.27')
S.rel('rate', U, [c1, F(SC, '1.3%'), c2, F(SC, '1.5%'), c3, F(SC, '0.4%', '同比下降'), ct, F(SC, '0.6%', '同比增長(zhǎng)')], 'current-price levels weighting real sector rates give 0.45%, stated 0.6: base-period weights not stated (and 2020 prices moved unevenly); not a check')
S.rel('growth', U, [F(SC, '12.4'), F(SC, '11.6個')], 'pig stock and slaughter declines narrowed by 12.4 and 11.6 points from Q1: neither the H1 nor the Q1 declines are stated')
S.rel('restatement', U, [F(SC, '0.6%', '同比增長(zhǎng)'), F(SC, '0.6%', '下降')], 'GDP +0.6% vs sheep slaughter −0.6%: different indicators (and signs)')
S.rel('restatement', U, [F(SC, '0.6%', '同比增長(zhǎng)'), F(SC, '0.6%', '133.8萬頭,增長(zhǎng)')], 'GDP +0.6% vs cattle slaughter +0.6%: different indicators')
a = ALT(SC, 1, c2, '8470.29億元', 'secondary value added 8170.29 → 8470.29')
S.rel('sum', I, R(a, sum_c, c2, '8470.29億元'), 'altered: parts add to 22430.27, not 22130.27 (breaks {B})')
a = ALT(SC, 2, c3, '11694.52億元', 'tertiary value added 11994.52 → 11694.52')
S.rel('sum', I, R(a, sum_c, c3, '11694.52億元'), 'altered: parts add to 21830.27, not 22130.27 (breaks {B})')

# ---- 建宁县 2022 (county government work report)
S.rel('target', CT, [F(JN, '4.5%'), F(JN, '164亿元')], '建宁 2022: GDP +4.5% and the claim that the targets set by the 十八届一次 congress were completed; the 2022 targets are not stated: cannot tell')
S.rel('share', U, [F(JN, '36亿元'), F(JN, '164亿元')], 'gross output of 农林牧渔业 (36亿) is not value added: no share of GDP can be derived')
S.rel('growth', U, [F(JN, '3.5亿元'), F(JN, '2%', '自然增幅'), F(JN, '3.67亿元'), F(JN, '6.1%')], 'local revenue 3.5亿 (+2% as reported) vs 3.67亿 (+6.1% on a comparable basis): two bases of the same indicator, 2022 base not stated; not a check')
S.rel('restatement', U, [F(JN, '3.5%', '46亿元,增长'), F(JN, '3.5亿元')], 'tertiary +3.5% vs local revenue 3.5亿: a rate and a level sharing a number')
S.rel('restatement', U, [F(JN, '4.5%'), F(CQR, '4.5%')], '建宁 2022 GDP +4.5% vs 重庆 H1 2025 retail +4.5%: different places, periods and indicators')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

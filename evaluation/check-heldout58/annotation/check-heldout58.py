"""Check key, set check-heldout58. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout58.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout58'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

N20='nat_2020q1.txt'; F22='nat_2022m2.txt'; F24='nat_2024m4_hant.txt'; M22='moa_2022.txt'; M22B='moa_2022b.txt'; M23='moa_2023.txt'
HT='hb_2023t.txt'; HR='hb_2024.txt'; L23='ln_2023.txt'; L24='ln_2024pc.txt'; TJ='tj_2020q3.txt'; JY='jy_2023_hant.txt'
SM='sm_2021.txt'; HM='hm_2022.txt'; JYN='jiyuan_2023_hant.txt'; WF='wf_2024.txt'; HN='hn_2023.txt'; B59='bj_1959.txt'; B56='bj_1956.txt'

# ---- national Q1 2020 (NBS release, news copy)
nt = F(N20, '206504亿元', '一季度国内生产总值'); n1 = F(N20, '10186亿元'); n2 = F(N20, '73638亿元'); n3 = F(N20, '122680亿元')
ntt = F(N20, '206504亿元', '第一季度GDP为'); ng = F(N20, '6.8%', '按可比价格计算,同比下降'); ngt = F(N20, '6.8%', '亿元 同比下降')
sum_n20 = [n1, n2, n3, nt]
S.rel('sum', C, sum_n20, '10186 + 73638 + 122680 = 206504')
S.rel('restatement', C, [ntt, nt], 'Q1 GDP 206504亿 in the headline and in the text')
S.rel('restatement', C, [ngt, ng], 'Q1 GDP 下降6.8% in the headline and in the text')
S.rel('rate', U, [n1, F(N20, '3.2%'), n2, F(N20, '9.6%'), n3, F(N20, '5.2%'), nt, ng], 'current-price Q1 2020 levels weighted with real sector rates give −6.67%, stated −6.8: the base-period (Q1 2019) weights are not stated; not a check')
S.rel('restatement', U, [F(N20, '3.5%', '增加值同比增长'), F(N20, '3.5%', '比上年四季度末增长')], 'crop value added +3.5% vs pig stock +3.5% (vs Q4 end): different indicators sharing a number')
S.rel('restatement', U, [F(N20, '3.5个'), F(N20, '3.5%', '比上年四季度末增长')], '3.5 percentage points (wheat seedling share) vs pig stock +3.5%: a point change and a rate, different indicators')
S.rel('share', U, [F(N20, '3381万头'), F(N20, '32120万头')], 'breeding sows 3381 are a part (其中) of the pig stock 32120, but no share is stated; 9.8% is their growth, not a share')
a = ALT(N20, 1, n2, '78638亿元', 'secondary value added 73638 → 78638')
S.rel('sum', I, R(a, sum_n20, n2, '78638亿元'), 'altered: parts add to 211504, not 206504 (breaks {B})')
a = ALT(N20, 2, ng, '8.6%', 'Q1 GDP decline in the text 6.8 → 8.6')
S.rel('restatement', I, [on(a, ngt), on(a, ng, '8.6%')], 'altered: headline 下降6.8% vs text 下降8.6% (breaks {B})')

# ---- 财政部, first two months 2022 (People's Daily)
f_t = F(F22, '46203亿元'); f_c = F(F22, '22771亿元'); f_l = F(F22, '23432亿元'); f_tax = F(F22, '40812亿元'); f_nt = F(F22, '5391亿元')
f_e = F(F22, '38227亿元'); f_ec = F(F22, '3896亿元'); f_el = F(F22, '34331亿元')
f_g = F(F22, '10.5%'); f_gc = F(F22, '11.3%'); f_gl = F(F22, '9.8%'); f_ge = F(F22, '7%', '同比增长', 0, '。'); f_gec = F(F22, '4.6%'); f_gel = F(F22, '7.3%')
s22a = [f_c, f_l, f_t]; s22b = [f_tax, f_nt, f_t]; s22c = [f_ec, f_el, f_e]
S.rel('sum', C, s22a, 'central 22771 + local 23432 = 46203')
S.rel('sum', C, s22b, 'tax 40812 + non-tax 5391 = 46203')
S.rel('sum', C, s22c, 'central 3896 + local 34331 = 38227 (expenditure)')
r22 = [f_c, f_gc, f_l, f_gl, f_t, f_g]
S.rel('rate', C, r22, 'prior-year levels 22771/1.113 + 23432/1.098 = 41800; 46203/41800 = +10.53% → 10.5 (both parts and their nominal rates are stated)')
S.rel('rate', C, [f_tax, F(F22, '10.1%'), f_nt, F(F22, '13.7%'), f_t, f_g], 'prior-year levels 40812/1.101 + 5391/1.137 = 41809; 46203/41809 = +10.51% → 10.5')
r22e = [f_ec, f_gec, f_el, f_gel, f_e, f_ge]
S.rel('rate', C, r22e, 'expenditure: 3896/1.046 + 34331/1.073 = 35720; 38227/35720 = +7.02% → 7')
S.rel('sum', U, [F(F22, '9.1%'), F(F22, '4.8%'), F(F22, '4%', '、', 0, '。'), f_ge], 'education, social security, health +9.1/+4.8/+4 are items of expenditure, not a split; their levels are not stated, so no check against +7%')
S.rel('restatement', U, [F(F22, '27.2%'), F(F22, '27.9%')], 'fund-budget revenue −27.2% vs fund-budget expenditure +27.9%: different indicators')
a = ALT(F22, 1, f_l, '25432亿元', 'local revenue 23432 → 25432')
S.rel('sum', I, R(a, s22a, f_l, '25432亿元'), 'altered: 22771 + 25432 = 48203, not 46203 (breaks {B})')
S.rel('rate', I, R(a, r22, f_l, '25432亿元'), 'altered: 22771/1.113 + 25432/1.098 = 43622, and 48203 would be needed; 46203/43622 = +5.9%, not 10.5 (breaks {B})')
a = ALT(F22, 2, f_nt, '5891亿元', 'non-tax revenue 5391 → 5891')
S.rel('sum', I, R(a, s22b, f_nt, '5891亿元'), 'altered: 40812 + 5891 = 46703, not 46203 (breaks {B})')
a = ALT(F22, 3, f_ge, '9%', 'expenditure growth 7 → 9')
S.rel('rate', I, R(a, r22e, f_ge, '9%'), 'altered: the parts give +7.0%, not 9 (breaks {B})')

# ---- 财政部, first four months 2024 (Xinhua, traditional)
g_t = F(F24, '80926億元'); g_c = F(F24, '35250億元'); g_l = F(F24, '45676億元'); g_tax = F(F24, '66938億元'); g_nt = F(F24, '13988億元')
g_e = F(F24, '89483億元'); g_ec = F(F24, '11268億元'); g_el = F(F24, '78215億元')
g_g = F(F24, '2.7%'); g_gc = F(F24, '6.2%'); g_gl = F(F24, '0.1%')
s24a = [g_c, g_l, g_t]; s24b = [g_tax, g_nt, g_t]; s24c = [g_ec, g_el, g_e]
S.rel('sum', C, s24a, 'central 35250 + local 45676 = 80926')
S.rel('sum', C, s24b, 'tax 66938 + non-tax 13988 = 80926')
S.rel('sum', C, s24c, 'central 11268 + local 78215 = 89483 (expenditure)')
r24 = [g_c, g_gc, g_l, g_gl, g_t, g_g]
S.rel('rate', C, r24, 'prior levels 35250/0.938 + 45676/1.001 = 83211; 80926/83211 = −2.75% → 下降2.7 (inside the input allowance)')
S.rel('rate', C, [g_ec, F(F24, '10.5%'), g_el, F(F24, '2.6%'), g_e, F(F24, '3.5%')], 'expenditure: 11268/1.105 + 78215/1.026 = 86430; 89483/86430 = +3.53% → 3.5')
S.rel('growth', U, [g_g, F(F24, '2%左右')], 'nominal 下降2.7% vs 可比增长2%左右 after removing special factors: different bases (nominal vs comparable), not a contradiction')
S.rel('growth', U, [F(F24, '4.9%'), F(F24, '0.5%左右')], 'tax 下降4.9% nominal vs 可比增长0.5%左右: different bases')
S.rel('sum', U, [F(F24, '13485億元'), F(F24, '2842億元'), F(F24, '1076億元'), F(F24, '15702億元'), F(F24, '6886億元'), F(F24, '6735億元'), g_e], 'six main expenditure items add to 46726, far below 89483: they are selected items, not a split')
S.rel('growth', U, [F(F22, '46203亿元'), g_t], '46203 (Jan–Feb 2022) vs 80926 (Jan–Apr 2024): different periods and spans; no growth is stated between them')
S.rel('restatement', U, [F(F24, '3.5%'), F(N20, '3.5%', '增加值同比增长')], 'national expenditure Jan–Apr 2024 +3.5% vs crop value added Q1 2020 +3.5%: different indicators and periods')
a = ALT(F24, 1, g_l, '48676億元', 'local revenue 45676 → 48676')
S.rel('sum', I, R(a, s24a, g_l, '48676億元'), 'altered: 35250 + 48676 = 83926, not 80926 (breaks {B})')
a = ALT(F24, 2, g_nt, '18988億元', 'non-tax revenue 13988 → 18988')
S.rel('sum', I, R(a, s24b, g_nt, '18988億元'), 'altered: 66938 + 18988 = 85926, not 80926 (breaks {B})')
a = ALT(F24, 3, g_el, '72215億元', 'local expenditure 78215 → 72215')
S.rel('sum', I, R(a, s24c, g_el, '72215億元'), 'altered: 11268 + 72215 = 83483, not 89483 (breaks {B})')

# ---- 农业农村部 2022 (two copies of the press conference) and 2023 grain
m_at = F(M22, '17.75亿亩', '粮食播种面积', 0, ' '); m_a = F(M22, '17.75亿亩', '粮食播种面积', 0, '、'); m_dt = F(M22, '1052万亩', '', 0, '\n'); m_d = F(M22, '1052万亩', '', 0, ',')
m_q = F(M22, '13731亿斤'); m_i = F(M22, '74亿斤'); mb_q = F(M22B, '13731亿斤'); mb_i = F(M22B, '74亿斤'); mb_a = F(M22B, '17.75亿亩')
t_q = F(M23, '13908.2亿斤'); t_i = F(M23, '177.6亿斤')
S.rel('restatement', C, [m_at, m_a], 'sown area 17.75亿亩 in the headline and the text')
S.rel('restatement', C, [m_dt, m_d], 'area increase 1052万亩 in the headline and the text')
S.rel('restatement', C, [m_q, mb_q], '2022 grain 13731亿斤 in two copies of the press conference')
S.rel('restatement', C, [m_i, mb_i], '2022 increase 74亿斤 in both copies')
S.rel('restatement', C, [m_a, mb_a], '2022 sown area 17.75亿亩 in both copies')
S.rel('growth', C, [m_q, t_q, t_i], '2023: 13908.2 − 177.6 = 13730.6, the 2022 level stated as 13731 (to the unit): consistent across documents')
S.rel('restatement', U, [m_q, t_q], '13731 (2022) vs 13908.2 (2023): different years, not a restatement')
S.rel('share', U, [F(M23, '389.7公斤'), F(M23, '2.9公斤'), t_i, F(M23, '58.7%')], 'yield contribution 58.7% of the increase: the 2023 sown area and the decomposition method are not stated (a yield-times-area split gives about 58%); contribution, not a share of a stated whole')
S.rel('restatement', U, [F(M22, '4.6%'), F(F22, '4.6%')], 'pork output 2022 +4.6% vs central expenditure Jan–Feb 2022 +4.6%: different indicators')
S.rel('growth', U, [F(M22, '2028万吨'), F(M22, '389万吨'), F(M22, '2743万亩'), F(M22, '1.54亿亩')], 'soybean area +2743万亩 to 1.54亿亩 and output +389 to 2028万吨: no rate is stated, nothing to check')
a = ALT(M22B, 1, mb_q, '13781亿斤', '2022 grain in the second copy 13731 → 13781')
S.rel('restatement', I, [m_q, on(a, mb_q, '13781亿斤')], 'altered: 13731 vs 13781 for the same figure (breaks {B})')
a = ALT(M23, 1, t_i, '147.6亿斤', '2023 increase 177.6 → 147.6')
S.rel('growth', I, [m_q, on(a, t_q), on(a, t_i, '147.6亿斤')], 'altered: 13908.2 − 147.6 = 13760.6, not the 2022 level 13731 (breaks {B})')
a = ALT(M22, 1, m_at, '17.25亿亩', 'headline sown area 17.75 → 17.25')
S.rel('restatement', I, [on(a, m_at, '17.25亿亩'), on(a, m_a)], 'altered: headline 17.25 vs text 17.75 (breaks {B})')

# ---- 河北: 2023 targets (report Jan 2023) vs 2023 results (report Jan 2024)
S.rel('target', M, [F(HT, '6%左右', '地区生产总值增长'), F(HR, '5.5%')], '河北 2023 GDP target 6%左右, result 5.5%: met at the ≥ X − 0.5 convention (boundary case)')
S.rel('target', M, [F(HT, '6%左右', '一般公共预算收入增长'), F(HR, '5.7%')], '河北 2023 budget revenue target 6%左右, result 5.7%: met (≥ 5.5)')
S.rel('target', M, [F(HT, '5.5%以上'), F(HR, '6.9%')], '河北 2023 规上工业 target 5.5%以上, result 6.9%: met')
S.rel('target', M, [F(HT, '6.5%左右'), F(HR, '6.3%')], '河北 2023 fixed investment target 6.5%左右, result 6.3%: met (≥ 6.0)')
S.rel('target', M, [F(HT, '6%以上'), F(HR, '9.6%')], '河北 2023 retail target 6%以上, result 9.6%: met')
S.rel('target', M, [F(HT, '5%', '进出口总值增长'), F(HR, '7.4%')], '河北 2023 foreign-trade target 5% (no qualifier, read as ≥ 5), result 7.4%: met')
S.rel('target', M, [F(HT, '6.5%', '可支配收入增长'), F(HR, '6.6%', '可支配收入增长')], '河北 2023 per-capita income target 6.5%, result 6.6%: met')
S.rel('target', U, [F(HT, '5.5%以上'), F(HR, '5.5%')], '规上工业 target 5.5%以上 vs GDP result 5.5%: same number, different indicators')
S.rel('target', U, [F(HT, '5%', '进出口总值增长'), F(HR, '9.3%')], 'target for 进出口总值 vs result for 出口总值 only: different indicators')
S.rel('target', U, [F(HT, '6.5%左右'), F(HR, '16%')], 'provincial investment target vs 雄安新区 investment +16%: different place')
S.rel('target', U, [F(HT, '3.8%左右'), F(HT, '6%左右', '地区生产总值增长')], '2022 estimate 3.8%左右 vs the 2023 target: different years, and an estimate is not a target')
S.rel('restatement', U, [F(HT, '6.6%'), F(HR, '6.6%', '可支配收入增长')], 'budget revenue 2022 +6.6% vs per-capita income 2023 +6.6%: different indicators and years')
S.rel('target', U, [F(HT, '6%左右', '地区生产总值增长'), F(L24, '5.3%')], '河北 2023 GDP target vs 辽宁 2023 GDP result: different places')

# ---- 辽宁: 2022 results (report Jan 2023), 2023 and Q1 2024 (press conference Apr 2024)
S.rel('restatement', U, [F(L23, '3.6%', '固定资产投资增长'), F(L23, '3.6%', '分别增长2.2%和')], 'fixed investment +3.6% vs rural income +3.6%: different indicators sharing a number')
S.rel('growth', U, [F(L23, '2%', '居民消费价格上涨'), F(L23, '2.2%')], 'urban income +2.2% nominal and CPI +2%: the real rate (about 0.2%) is not stated; no check')
S.rel('restatement', U, [F(L23, '2.1%'), F(L24, '5.3%')], '辽宁 GDP 2022 +2.1% vs 2023 +5.3%: different years')
q_h = F(L24, '5.4%', '生产总值增长', 0, '\n\n辽宁'); q_b = F(L24, '5.4%', '生产总值增长', 0, '。')
S.rel('restatement', C, [q_h, q_b], 'Q1 2024 GDP +5.4% in the headline and in the text')
S.rel('restatement', U, [F(L24, '5.3%'), q_b], '2023 +5.3% vs Q1 2024 +5.4%: different periods')
S.rel('growth', U, [F(L24, '5.3%'), F(L24, '3万亿')], '经济总量站上3万亿台阶 with +5.3%: the 2022 level is not stated, and 5.3 is real')
a = ALT(L24, 1, q_b, '5.7%', 'Q1 2024 GDP in the text 5.4 → 5.7')
S.rel('restatement', I, [on(a, q_h), on(a, q_b, '5.7%')], 'altered: headline 5.4% vs text 5.7% (breaks {B})')

# ---- 天津 Q1–Q3 2020 (city news summary of the statistics release)
jt = F(TJ, '10095.43亿元', '', 0, ',同比增长0%。\n·规模'); jt2 = F(TJ, '10095.43亿元', '我市地区生产总值为')
j1 = F(TJ, '128.90亿元'); j2 = F(TJ, '3353.82亿元'); j3 = F(TJ, '6612.71亿元'); jsh = F(TJ, '65.5%')
j3g = F(TJ, '0.1%', '第三产业增加值为6612.71亿元,同比增长'); jsg = F(TJ, '0.1%', '服务业增加值同比增长')
sum_tj = [j1, j2, j3, jt2]
S.rel('sum', C, sum_tj, '128.90 + 3353.82 + 6612.71 = 10095.43')
S.rel('share', C, [j3, jt2, jsh], 'services (tertiary) 6612.71/10095.43 = 65.50% → 65.5')
S.rel('restatement', C, [jt, jt2], 'Q1–Q3 GDP 10095.43亿 in the summary list and in the text')
S.rel('restatement', C, [jsg, j3g], '服务业增加值 +0.1% (list) = 第三产业增加值 +0.1% (text)')
S.rel('restatement', U, [j3g, F(TJ, '0.1%', '由降转增,同比增长')], 'tertiary +0.1% vs 规上工业 +0.1%: different indicators')
S.rel('restatement', U, [F(TJ, '1.3%', '(不含农户)增长'), F(TJ, '1.3%', '5453.78亿元,增长')], 'fixed investment +1.3% vs foreign trade +1.3%: different indicators')
S.rel('restatement', U, [F(TJ, '1.3个'), F(TJ, '1.3%', '(不含农户)增长')], '+1.3 points (services share) vs +1.3% (investment): different indicators and units')
S.rel('growth', U, [F(TJ, '34469元'), F(TJ, '2.5%'), F(TJ, '2.8%')], 'income +2.5% is nominal, CPI +2.8%: the real change is not stated; no check')
S.rel('restatement', U, [F(TJ, '0%', '同比增长', 0, '。\n·规模'), F(N20, '6.8%', '按可比价格计算,同比下降')], '天津 Q1–Q3 2020 0% vs national Q1 2020 −6.8%: different places and periods')
a = ALT(TJ, 1, j2, '3383.82亿元', 'secondary value added 3353.82 → 3383.82')
S.rel('sum', I, R(a, sum_tj, j2, '3383.82亿元'), 'altered: parts add to 10125.43, not 10095.43 (breaks {B})')
a = ALT(TJ, 2, jsh, '63.5%', 'services share 65.5 → 63.5')
S.rel('share', I, [on(a, j3), on(a, jt2), on(a, jsh, '63.5%')], 'altered: 6612.71/10095.43 = 65.5%, not 63.5 (breaks {B})')
a = ALT(TJ, 3, jt, '10095.48亿元', 'GDP in the summary list 10095.43 → 10095.48')
S.rel('restatement', I, [on(a, jt, '10095.48亿元'), on(a, jt2)], 'altered: 10095.48 vs 10095.43 (breaks {B})')

# ---- 缙云县 2023 bulletin (浙江, traditional)
yt = F(JY, '319.73億元'); y1 = F(JY, '13.05億元'); y2 = F(JY, '147.83億元'); y3 = F(JY, '158.86 億元')
yp1 = F(JY, '4.1'); yp2 = F(JY, '46.2'); yp3 = F(JY, '49.7')
ypop = F(JY, '46.46萬人'); yu = F(JY, '15.26萬人'); yr = F(JY, '31.20萬人'); ym = F(JY, '23.85萬人'); yf = F(JY, '22.61萬人'); ymp = F(JY, '51.3%'); yfp = F(JY, '48.7%')
yrev = F(JY, '23.52億元'); ytax = F(JY, '16.53億元'); ytp = F(JY, '70.3%'); yexp = F(JY, '80.09億元'); yms = F(JY, '61.14億元'); ymsp = F(JY, '76.3%')
sum_jy = [y1, y2, y3, yt]
S.rel('sum', C, sum_jy, '13.05 + 147.83 + 158.86 = 319.74 vs 319.73: inside the rounding allowance')
S.rel('share', C, [y1, yt, yp1], '13.05/319.73 = 4.08% → 4.1')
S.rel('share', C, [y2, yt, yp2], '147.83/319.73 = 46.24% → 46.2')
S.rel('share', C, [y3, yt, yp3], '158.86/319.73 = 49.69% → 49.7')
S.rel('sum', C, [yp1, yp2, yp3], '4.1 + 46.2 + 49.7 = 100')
S.rel('sum', C, [yu, yr, ypop], 'registered urban 15.26 + rural 31.20 = 46.46')
S.rel('sum', C, [ym, yf, ypop], 'male 23.85 + female 22.61 = 46.46')
S.rel('share', C, [ym, ypop, ymp], '23.85/46.46 = 51.33% → 51.3')
S.rel('share', C, [yf, ypop, yfp], '22.61/46.46 = 48.67% → 48.7')
S.rel('sum', C, [F(JY, '2457人'), F(JY, '3857人'), F(JY, '1400人')], 'births 2457 − deaths 3857 = −1400 (自然減少1400人)')
S.rel('share', C, [ytax, yrev, ytp], 'tax 16.53/23.52 = 70.28% → 70.3')
S.rel('share', C, [yms, yexp, ymsp], 'livelihood spending 61.14/80.09 = 76.34% → 76.3')
S.rel('rate', U, [F(JY, '2457人'), ypop, F(JY, '5.28‰')], 'birth rate: 2457/46.46万 = 5.29‰, stated 5.28: the rate is over the average population, which is not stated (year-end registered total is not the base)')
S.rel('rate', U, [F(JY, '3857人'), ypop, F(JY, '8.28‰')], 'death rate: 3857/46.46万 = 8.30‰ vs 8.28: average population not stated; not a check')
S.rel('share', U, [yu, ypop, F(JY, '60.4%')], 'urbanisation 60.4% is of the resident population (40.8萬), the 15.26萬 urban figure is registered (户籍): different scopes, 15.26/46.46 = 32.8% is not the rate')
S.rel('growth', U, [F(JY, '78655元'), F(JY, '11162美元')], '78655元 = 11162美元 needs the average exchange rate (7.047), which is not stated')
S.rel('growth', U, [F(JY, '8.0%'), F(JY, '7.8%')], 'GDP +8.0% (comparable prices) vs per-capita GDP +7.8%: the population change is not stated')
S.rel('share', U, [yrev, F(JY, '37.70億元')], '一般公共預算收入 23.52 is part of 財政總收入 37.70 (overlapping scopes); no share is stated')
a = ALT(JY, 1, y2, '144.83億元', 'secondary value added 147.83 → 144.83')
S.rel('sum', I, R(a, sum_jy, y2, '144.83億元'), 'altered: parts add to 316.74, not 319.73 (breaks {B})')
S.rel('share', I, [on(a, y2, '144.83億元'), on(a, yt), on(a, yp2)], 'altered: 144.83/319.73 = 45.3%, not 46.2 (breaks {B})')
a = ALT(JY, 2, yf, '24.61萬人', 'female population 22.61 → 24.61')
S.rel('sum', I, [on(a, ym), on(a, yf, '24.61萬人'), on(a, ypop)], 'altered: 23.85 + 24.61 = 48.46, not 46.46 (breaks {B})')
a = ALT(JY, 3, ytp, '73.3%', 'tax share 70.3 → 73.3')
S.rel('share', I, [on(a, ytax), on(a, yrev), on(a, ytp, '73.3%')], 'altered: 16.53/23.52 = 70.3%, not 73.3 (breaks {B})')
a = ALT(JY, 4, yms, '66.14億元', 'livelihood spending 61.14 → 66.14')
S.rel('share', I, [on(a, yms, '66.14億元'), on(a, yexp), on(a, ymsp)], 'altered: 66.14/80.09 = 82.6%, not 76.3 (breaks {B})')

# ---- 三门县 2021 final accounts (浙江, 县财政局 report)
s_rev = F(SM, '30.14亿元'); s_tr = F(SM, '51.04亿元'); s_tot = F(SM, '81.18亿元', '收入合计')
s_parts = [F(SM, '1.40 亿元'), F(SM, '19.49亿元'), F(SM, '4.94亿元'), F(SM, '7.9亿元'), F(SM, '10亿元'), F(SM, '3.81亿元'), F(SM, '3.5亿元', '使用结转资金')]
s_exp = F(SM, '54.82亿元'); s_te = F(SM, '26.35亿元'); s_etot = F(SM, '81.18亿元', '支出合计')
s_eparts = [F(SM, '3.72亿元'), F(SM, '6.11亿元'), F(SM, '12.94亿元'), F(SM, '3.5亿元', '结转下年支出'), F(SM, '820万元')]
S.rel('sum', C, s_parts + [s_tr], 'transfer income 1.40 + 19.49 + 4.94 + 7.9 + 10 + 3.81 + 3.5 = 51.04')
S.rel('sum', C, [s_rev, s_tr, s_tot], '30.14 + 51.04 = 81.18')
S.rel('sum', C, s_eparts + [s_te], 'transfer spending 3.72 + 6.11 + 12.94 + 3.5 + 0.082 = 26.352 → 26.35')
S.rel('sum', C, [s_exp, s_te, s_etot], '54.82 + 26.35 = 81.17 vs 81.18: inside the rounding allowance (three figures to 0.01)')
S.rel('restatement', C, [s_tot, s_etot], 'income total = spending total 81.18 (收支平衡)')
S.rel('restatement', U, [F(SM, '3.5亿元', '使用结转资金'), F(SM, '3.5亿元', '结转下年支出')], 'carry-over used from 2020 (3.5) vs carry-over to 2022 (3.5): different items that share a number')
S.rel('growth', U, [s_rev, F(SM, '86.5%')], 'revenue 30.14 +86.5%: the 2020 level is not stated')
a = ALT(SM, 1, s_parts[1], '17.49亿元', 'general transfers 19.49 → 17.49')
S.rel('sum', I, R(a, s_parts + [s_tr], s_parts[1], '17.49亿元'), 'altered: items add to 49.04, not 51.04 (breaks {B})')
a = ALT(SM, 2, s_eparts[2], '12.44亿元', 'budget stabilisation fund 12.94 → 12.44')
S.rel('sum', I, R(a, s_eparts + [s_te], s_eparts[2], '12.44亿元'), 'altered: items add to 25.85, not 26.35 (breaks {B})')
a = ALT(SM, 3, s_tot, '83.18亿元', 'income total 81.18 → 83.18')
S.rel('sum', I, [on(a, s_rev), on(a, s_tr), on(a, s_tot, '83.18亿元')], 'altered: 30.14 + 51.04 = 81.18, not 83.18 (breaks {B})')

# ---- 海门区 2022 plan-execution report (江苏): results against the year's targets, stated as gaps
S.rel('target', MS, [F(HM, '3.1%'), F(HM, '4.4个')], '海门 2022 GDP +3.1%, 低于预期4.4个百分点 (target about 7.5%): missed')
S.rel('target', MS, [F(HM, '7%', '工业投资增速'), F(HM, '11个')], '海门 2022 industrial investment +7%, 低于预期11个百分点 (target about 18%): missed')
S.rel('target', MS, [F(HM, '3%', '521亿元,增长'), F(HM, '7个')], '海门 2022 retail +3%, 低于预期7个百分点 (target about 10%): missed')
S.rel('share', U, [F(HM, '63亿元'), F(HM, '86亿元')], 'tax 63 of budget revenue 86 (73%): no share is stated, and 86 is 同口径; nothing to check')
S.rel('restatement', U, [F(HM, '7%', '工业投资增速'), F(HM, '7%', '5%、')], 'industrial investment +7% vs rural income +7%: different indicators')
S.rel('target', U, [F(HM, '3.1%'), F(HR, '5.5%')], '海门 2022 result vs 河北 2023 result: neither is the other’s target; different places and years')

# ---- 济源 2023 autumn grain (河南 示范区, traditional)
ja = F(JYN, '33.75萬畝'); jparts = [F(JYN, '308184畝'), F(JYN, '784畝'), F(JYN, '21264畝'), F(JYN, '7268畝')]
jq1 = F(JYN, '11.7萬噸', '秋糧總產量', 0, ',同比'); jq = F(JYN, '11.7萬噸', '秋糧總產量', 0, ',比上年'); jqd = F(JYN, '0.43萬噸')
jg1 = F(JYN, '3.74%', '', 0, '。這意味'); jg = F(JYN, '3.74%', '', 0, ';秋糧平均')
jy_ = F(JYN, '346.55公斤'); jyd = F(JYN, '12.21公斤'); jyg = F(JYN, '3.65%'); jad = F(JYN, '0.03萬畝'); jag = F(JYN, '0.09%')
fa = F(JYN, '66.6萬畝'); fad = F(JYN, '0.18萬畝'); fag = F(JYN, '0.27%'); fq = F(JYN, '24.31萬噸'); fy = F(JYN, '365.04公斤')
S.rel('sum', C, jparts + [ja], 'maize 308184 + other cereals 784 + beans 21264 + tubers 7268 = 337500亩 = 33.75万亩')
S.rel('growth', C, [ja, jad, jag], 'area +0.03 on 33.72 = +0.089% → 0.09')
S.rel('growth', C, [jy_, jyd, jyg], 'yield +12.21 on 334.34 = +3.65%')
S.rel('share', C, [jq, ja, jy_], 'yield 11.7万吨/33.75万亩 = 346.7 kg (range 345.2–348.1 with 11.7 to 0.1): 346.55 inside')
S.rel('restatement', C, [jq1, jq], 'autumn grain 11.7万吨 in the lead and in the data paragraph')
S.rel('restatement', C, [jg1, jg], 'autumn grain +3.74% stated twice')
S.rel('growth', I, [jq, jqd, jg], 'real: 0.43/(11.7 − 0.43) = 3.82% (range 3.75–3.88), stated 3.74%. Area × yield gives 2023 = 11.696 and 2022 = 334.34 × 33.72 = 11.274, an increase of 0.42 (3.74%): the 增加0.43万吨 looks like a rounding slip')
S.rel('growth', C, [fa, fad, fag], 'full-year area +0.18 on 66.42 = +0.27%')
S.rel('share', C, [fq, fa, fy], 'full-year yield 24.31万吨/66.6万亩 = 365.02 kg (range 364.7–365.4): 365.04 inside')
S.rel('share', U, [ja, fa], 'autumn area 33.75 is a part of the full-year 66.6; the summer area is not stated: a subset, not a split')
S.rel('growth', U, [jg, F(HN, '3.3%')], '济源 autumn grain +3.74% vs 河南 autumn grain +3.3%: 济源 is a part of 河南, different places')
a = ALT(JYN, 1, jparts[2], '24264畝', 'bean area 21264 → 24264')
S.rel('sum', I, R(a, jparts + [ja], jparts[2], '24264畝'), 'altered: parts add to 340500亩, not 33.75万亩 (breaks {B})')
a = ALT(JYN, 2, jag, '0.19%', 'autumn area growth 0.09 → 0.19')
S.rel('growth', I, [on(a, ja), on(a, jad), on(a, jag, '0.19%')], 'altered: 0.03/33.72 = 0.09%, not 0.19 (breaks {B})')
a = ALT(JYN, 3, fy, '385.04公斤', 'full-year yield 365.04 → 385.04')
S.rel('share', I, [on(a, fq), on(a, fa), on(a, fy, '385.04公斤')], 'altered: 24.31/66.6 = 365.0 kg, not 385.04 (breaks {B})')
a = ALT(JYN, 4, jyg, '3.95%', 'yield growth 3.65 → 3.95')
S.rel('growth', I, [on(a, jy_), on(a, jyd), on(a, jyg, '3.95%')], 'altered: 12.21/334.34 = 3.65%, not 3.95 (breaks {B})')

# ---- 潍坊 2024 grain (山东, survey-team release)
wa = F(WF, '1034万亩'); wad = F(WF, '3.53万亩'); wag = F(WF, '0.34%'); wq = F(WF, '90.34亿斤'); wqd = F(WF, '1.01亿斤'); wqg = F(WF, '1.13%')
wy = F(WF, '436.87公斤'); wyd = F(WF, '3.41公斤'); wyg = F(WF, '0.79%')
S.rel('growth', C, [wa, wad, wag], 'area +3.53 on 1030.47 = +0.343% → 0.34')
S.rel('growth', C, [wq, wqd, wqg], 'output +1.01 on 89.33 = +1.131% → 1.13')
S.rel('growth', C, [wy, wyd, wyg], 'yield +3.41 on 433.46 = +0.787% → 0.79')
S.rel('share', C, [wq, wa, wy], '90.34亿斤 / 1034万亩 = 873.7斤 = 436.85 kg (range 436.6–437.1): 436.87 inside')
a = ALT(WF, 1, wad, '5.53万亩', 'area increase 3.53 → 5.53')
S.rel('growth', I, [on(a, wa), on(a, wad, '5.53万亩'), on(a, wag)], 'altered: 5.53/1028.47 = 0.54%, not 0.34 (breaks {B})')
a = ALT(WF, 2, wqg, '1.43%', 'output growth 1.13 → 1.43')
S.rel('growth', I, [on(a, wq), on(a, wqd), on(a, wqg, '1.43%')], 'altered: 1.01/89.33 = 1.13%, not 1.43 (breaks {B})')
a = ALT(WF, 3, wy, '466.87公斤', 'yield 436.87 → 466.87')
S.rel('share', I, [on(a, wq), on(a, wa), on(a, wy, '466.87公斤')], 'altered: 90.34亿斤/1034万亩 = 436.8 kg, not 466.87 (breaks {B})')
S.rel('growth', I, [on(a, wy, '466.87公斤'), on(a, wyd), on(a, wyg)], 'altered: 3.41/463.46 = 0.74%, not 0.79 (breaks {B})')

# ---- 河南 2023 (provincial press conference)
S.rel('share', U, [F(HN, '8585万亩'), F(HN, '76%', '总面积的')], 'high-standard farmland 8585万亩 = 76% of cultivated land: the land area is not stated (approximate base)')
S.rel('share', U, [F(HN, '614.8亿斤'), F(HN, '1324.9亿斤', '粮食产量达到')], 'autumn grain 614.8 of 1324.9: no share is stated, and summer grain is not given')
S.rel('restatement', C, [F(HN, '1324.9亿斤', '粮食产量达'), F(HN, '1324.9亿斤', '粮食产量达到')], '2023 grain 1324.9亿斤 in the headline and the text')
S.rel('restatement', U, [F(HN, '3.1%'), F(HN, '3.3%')], 'pigs slaughtered +3.1% vs autumn grain +3.3%: different indicators (near-equal numbers)')

# ---- 北京 1959 (People's Daily: 万里 report) and 1956 (factories reaching the 1957 level early)
b_p = F(B59, '四十一万八千亩'); b_r = F(B59, '五十五万亩'); b_x = F(B59, '百分之三十二')
S.rel('growth', C, [b_p, b_r, b_x], '55/41.8 = 1.316: 超额31.6% → 百分之三十二 (range 30.4–32.8 with 五十五 to the unit)')
S.rel('target', M, [b_p, b_r], '北京 郊区 1959 autumn-vegetable sowing plan 41.8万亩, sown 55万亩: met')
S.rel('target', U, [F(B59, '百分之十五点二'), F(B59, '二千七百万元')], 'August output plan exceeded by 15.2%; the plan and the monthly value are not stated (2700万 is a daily average of late August): no check')
S.rel('rate', U, [F(B59, '百分之三十八左右'), F(B59, '百分之八', '生铁增长'), F(B59, '百分之八十七'), F(B59, '百分之四十二'), F(B59, '百分之十六')], 'total industrial output +38% and product rates: the product weights are not stated, no check')
a = ALT(B59, 1, b_x, '百分之五十二', 'over-fulfilment 三十二 → 五十二')
S.rel('growth', I, [on(a, b_p), on(a, b_r), on(a, b_x, '百分之五十二')], 'altered: 55/41.8 = +31.6%, not 52 (breaks {B})')
S.rel('target', M, [F(B56, '十七个月'), F(B56, '五月三十一日')], '北京第二机床厂: revised plan to reach the 1957 output level 17 months early (i.e. by the end of July 1956, counting back from the end of 1957); reached on 31 May 1956: met (judgement call on the reference date)')
S.rel('target', U, [F(B56, '十四个月'), F(B56, '十七个月')], 'original plan 14 months early vs revised plan 17 months early: two targets, not a target and a result')
S.rel('growth', U, [F(B56, '78%'), F(B56, '38.5%')], 'plywood daily output +78% and cost −38.5%: different indicators, no arithmetic link stated')
S.rel('sum', U, [F(B56, '二十九个'), F(B56, '二十三个', '天津市到五月底为止,已经有')], '北京 29 and 天津 23 factories: no total is stated (重庆 gives no count of its own), nothing to add')

S.rel('target', CT, [F(B56, '六十多个'), F(B56, '一年半')], '北京: 60-odd enterprises aim to reach the 1957 level half a year to a year and a half early; no result is given: cannot tell')
S.rel('target', CT, [F(HM, '1万人'), F(HM, '11项')], '海门 2022: 11 of 14 indicators met their targets and three misses are named, but the new-jobs target itself is not stated, and the 14 indicators are not listed one by one: cannot tell for 1万人')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

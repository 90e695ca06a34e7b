"""Check key, set check-heldout116. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout116.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout116'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

M4='sx_kp2021m4.txt'; H1='sx_kp2021h1.txt'; S18='sx_kp2018h1.txt'; XA='xa_kp2018h1.txt'; YL='yl_2022.txt'
G22='gs_kp2022m4_hant.txt'; G15='gs_kp2015.txt'; XN='xn_2023h1_hant.txt'; HX='hx_2025h1.txt'; YC='yc_2023q1.txt'; NX='nx_60y.txt'
J10='xj_jt2010.txt'; J11P='xj_jt2011p.txt'; J11='xj_jt2011.txt'; G20='xj_gl2020.txt'; J23='xj_jt2023.txt'; Q3='xj_jt2023q3.txt'; SY='sy_2020.txt'

# ---- 陕西 provincial key projects, Jan–Apr 2021 (page dated 2025) and H1 2021: cross-document pair

PY='py_2024m5.txt'; CD='cd_m5.txt'; NC='nc_2018m8.txt'; LX='lx_1998.txt'; YQ='ycq_2023_hant.txt'; BB='bb_2024_hant.txt'
AH='ah_2022h1_hant.txt'; AI='ah_2022h1ind.txt'; KP='hn_kp2023q1.txt'; LXN='lxn_2023.txt'; WH='wh_2022.txt'; SY='sy_2022.txt'
H22='hs_2022.txt'; H23='hs_2023.txt'

# ---- 濮阳 (河南) finance, May and Jan–May 2024
p_m = [F(PY, '41367万元'), F(PY, '23659万元'), F(PY, '65026万元')]
p_lv = [F(PY, '122378万元'), F(PY, '336417万元', n=0), F(PY, '458795万元')]
p_cx = [F(PY, '114437万元'), F(PY, '221980万元'), F(PY, '336417万元', n=0)]
p_ex = [F(PY, '340687万元'), F(PY, '927919万元'), F(PY, '1268606万元')]
p_ecx = [F(PY, '177596万元'), F(PY, '750323万元'), F(PY, '927919万元')]
p_g1 = [F(PY, '4.1%', pre='全省一般公共预算收入下降'), F(PY, '-5.2%', n=0), F(PY, '1.1个')]
p_g2 = [F(PY, '-6.7%'), F(PY, '-5.2%', n=1), F(PY, '1.5个', pre='低')]
p_g3 = [F(PY, '0.1%', pre='增长'), F(PY, '-1.4%', n=0), F(PY, '1.5个', pre='高')]
p_g4 = [F(PY, '-0.4%'), F(PY, '-1.4%', n=1), F(PY, '1.0个')]
S.rel('sum', C, p_m, 'May: tax 41367 + non-tax 23659 = 65026万元 (一般公共预算收入)')
S.rel('sum', C, p_lv, 'Jan–May by level: city 122378 + counties/districts 336417 = 458795万元')
S.rel('sum', C, p_cx, 'counties/districts: districts 114437 + counties 221980 = 336417万元')
S.rel('sum', C, p_ex, 'Jan–May spending: city 340687 + counties/districts 927919 = 1268606万元')
S.rel('sum', C, p_ecx, 'spending, counties/districts: districts 177596 + counties 750323 = 927919万元')
S.rel('growth', C, p_g1, 'province revenue −4.1% vs 濮阳 −5.2%: −4.1 − (−5.2) = 1.1 points higher')
S.rel('growth', C, p_g2, '豫北 five-city average −6.7% vs 濮阳 −5.2%: 1.5 points lower')
S.rel('growth', C, p_g3, 'province spending +0.1% vs 濮阳 −1.4%: 1.5 points higher')
S.rel('growth', C, p_g4, '豫北 average spending −0.4% vs 濮阳 −1.4%: 1.0 point higher')
S.rel('rate', U, [F(PY, '-6.7%'), F(PY, '-3.5%'), F(PY, '0.7%', pre='鹤壁'), F(PY, '-0.6%'), F(PY, '-25.2%'), F(PY, '-5.2%', n=1)], '豫北 “平均增幅” −6.7% vs the five cities’ rates (simple mean −6.76): the average of a group is its total’s growth, weighted by amounts that are not stated; not checkable')
S.rel('rate', U, [F(PY, '-0.4%'), F(PY, '8.0%'), F(PY, '4.5%'), F(PY, '-2.6%', pre='新乡'), F(PY, '-8.9%'), F(PY, '-1.4%', n=1)], '豫北 average spending −0.4% vs the cities’ rates (simple mean −0.08): weights (amounts) not stated')
S.rel('sum', U, [F(PY, '458795万元'), F(PY, '731197万元')], '一般公共预算收入 458795 within 财政总收入 731197: the other part (taxes shared upward) is not stated; not a split')
S.rel('growth', U, [F(PY, '11.7%'), F(PY, '0.7%', pre='增长', n=0)], 'May 财政总收入 +11.7% vs Jan–May +0.7%: other periods, no relation')
a = ALT(PY, 1, p_m[1], '23859万元', 'May non-tax revenue 23659 → 23859')
S.rel('sum', I, R(a, p_m, p_m[1], '23859万元'), 'altered: 41367 + 23859 = 65226, not 65026 (breaks {B})')
a = ALT(PY, 2, p_lv[0], '122878万元', 'city-level revenue 122378 → 122878')
S.rel('sum', I, R(a, p_lv, p_lv[0], '122878万元'), 'altered: 122878 + 336417 = 459295, not 458795 (breaks {B})')
a = ALT(PY, 3, p_g3[2], '1.3个', 'spending gap to the province 1.5 → 1.3 points')
S.rel('growth', I, R(a, p_g3, p_g3[2], '1.3个'), 'altered: 0.1 − (−1.4) = 1.5, not 1.3 (breaks {B})')

# ---- 常德 (湖南) finance, Jan–May (year not stated)
c_r = [F(CD, '80.18亿元'), F(CD, '37.78亿元'), F(CD, '8.09亿元'), F(CD, '126.05亿元')]
c_g = [F(CD, '126.05亿元'), F(CD, '2.25亿元'), F(CD, '1.82%')]
c_e = [F(CD, '44.11亿元'), F(CD, '49.5亿元'), F(CD, '133.92亿元'), F(CD, '227.53亿元')]
c_ge = [F(CD, '227.53亿元'), F(CD, '19.54亿元'), F(CD, '9.39%')]
c_gc = [F(CD, '44.11亿元'), F(CD, '4.37亿元'), F(CD, '11.01%')]
S.rel('sum', C, c_r, '地方 80.18 + 上划中央 37.78 + 上划省级 8.09 = 126.05亿元')
S.rel('growth', C, c_g, '126.05, +2.25 on 123.80: 2.25/123.80 = 1.817% → 1.82')
S.rel('growth', C, [F(CD, '80.18亿元'), F(CD, '2.79亿元'), F(CD, '3.6%')], '80.18, +2.79 on 77.39: 3.605% → 3.6')
S.rel('growth', C, [F(CD, '37.78亿元'), F(CD, '0.46亿元'), F(CD, '1.21%')], '37.78, −0.46 on 38.24: 1.203%; with the half units (0.465/38.24 = 1.216) 1.21 is within the allowance')
S.rel('growth', C, [F(CD, '8.09亿元'), F(CD, '766万元'), F(CD, '0.94%')], '8.09亿, −766万 on 8.1666亿: 0.938% → 0.94')
S.rel('sum', C, [F(CD, '2.79亿元'), F(CD, '0.46亿元'), F(CD, '766万元'), F(CD, '2.25亿元')], 'increments: 2.79 − 0.46 − 0.0766 = 2.2534 ≈ 2.25亿元')
S.rel('sum', C, c_e, 'spending: city 44.11 + districts 49.5 + directly-administered counties 133.92 = 227.53亿元')
S.rel('growth', C, c_ge, '227.53, +19.54 on 207.99: 9.395% → 9.39 (within the half units)')
S.rel('growth', C, c_gc, '44.11, +4.37 on 39.74: 10.996%; with the half units up to 11.012: 11.01 within the allowance')
S.rel('growth', C, [F(CD, '49.5亿元'), F(CD, '4.71亿元'), F(CD, '10.52%')], '49.5, +4.71 on 44.79: 10.516% → 10.52')
S.rel('growth', C, [F(CD, '133.92亿元'), F(CD, '10.45亿元'), F(CD, '8.47%')], '133.92, +10.45 on 123.47: 8.464%; half units give up to 8.468: 8.47 within the allowance (borderline)')
S.rel('sum', C, [F(CD, '4.37亿元'), F(CD, '4.71亿元'), F(CD, '10.45亿元'), F(CD, '19.54亿元')], 'spending increments 4.37 + 4.71 + 10.45 = 19.53 ≈ 19.54 (within the half units)')
a = ALT(CD, 1, c_r[1], '37.18亿元', '上划中央 37.78 → 37.18')
S.rel('sum', I, R(a, c_r, c_r[1], '37.18亿元'), 'altered: 80.18 + 37.18 + 8.09 = 125.45, not 126.05 (breaks {B})')
a = ALT(CD, 2, c_g[2], '1.52%', 'revenue growth 1.82% → 1.52%')
S.rel('growth', I, R(a, c_g, c_g[2], '1.52%'), 'altered: 2.25/123.80 = 1.82%, not 1.52% (breaks {B})')
a = ALT(CD, 3, c_e[1], '46.5亿元', 'district spending 49.5 → 46.5')
S.rel('sum', I, R(a, c_e, c_e[1], '46.5亿元'), 'altered: 44.11 + 46.5 + 133.92 = 224.53, not 227.53 (breaks {B})')

# ---- 南昌 (江西) Jan–Aug 2018 finance news
n_h = F(NC, '637.9亿元', n=0); n_b = F(NC, '637.9亿元', n=1)
S.rel('restatement', C, [n_h, n_b], 'headline 637.9亿 = body 637.9亿 (财政总收入 Jan–Aug 2018)')
S.rel('restatement', C, [F(NC, '637.9亿元', n=1), F(NC, '637.9亿元', n=2)], 'first and second paragraph both give 637.9亿 for 财政总收入')
S.rel('growth', U, [F(NC, '18.3%', post=','), F(NC, '6个')], 'spending +18.3%, 6 points above the provincial average: the province’s rate is not stated')
S.rel('share', U, [F(NC, '90.1%'), F(NC, '80.8%'), F(NC, '329.4亿元')], 'tax shares 90.1% / 80.8%: the tax amounts are not stated')
S.rel('restatement', U, [F(NC, '18.3%', post=','), F(NC, '18.9%')], 'total spending +18.3% vs education +18.9%: other indicator')
a = ALT(NC, 1, n_b, '687.9亿元', 'body 财政总收入 637.9 → 687.9 (first paragraph)')
S.rel('restatement', I, R(a, [n_h, n_b], n_b, '687.9亿元'), 'altered: headline 637.9 vs body 687.9 (breaks {B})')

# ---- 临湘市 (岳阳, 湖南) 1998 overview
l_a = [F(LX, '21.21千公顷'), F(LX, '7.97千公顷'), F(LX, '29.18千公顷')]
l_o = [F(LX, '27.2105亿元'), F(LX, '9.0389亿元'), F(LX, '36.2494亿元')]
S.rel('sum', C, l_a, '1998 farmland: paddy 21.21 + dry 7.97 = 29.18千公顷')
S.rel('sum', C, [F(LX, '21千公顷'), F(LX, '7.77千公顷'), F(LX, '28.77千公顷')], '1999 farmland: 21 + 7.77 = 28.77千公顷')
S.rel('sum', C, l_o, 'gross output: industry 27.2105 + agriculture 9.0389 = 36.2494亿元 (工农业总产值)')
S.rel('growth', U, [F(LX, '460835人'), F(LX, '46.2764万人'), F(LX, '5.9‰')], 'population 460835 → 462764 (+4.2‰) vs natural increase 5.9‰: migration is not stated; no contradiction')
S.rel('sum', U, [F(LX, '83.23亿元'), F(LX, '36.2494亿元')], '乡镇企业总产值 83.23亿 exceeds 工农业总产值 36.2494亿: overlapping scopes (乡镇企业 include construction, transport, trade); not a part')
S.rel('sum', U, [F(LX, '4881万元'), F(LX, '9.0389亿元')], 'forestry 4881万 at 1990 constant prices vs farm output 9.0389亿: other price basis; not a part to add')
S.rel('growth', U, [F(LX, '2.3亿元'), F(LX, '近1倍')], 'investment 2.3亿 “比上年增长近1倍”: the 1997 value is not stated')
S.rel('share', U, [F(LX, '185958万元'), F(LX, '36.2494亿元')], 'GDP 185958万 vs 工农业总产值 36.2494亿: value added vs gross output, different indicators')
a = ALT(LX, 1, l_a[1], '7.37千公顷', '1998 dry land 7.97 → 7.37')
S.rel('sum', I, R(a, l_a, l_a[1], '7.37千公顷'), 'altered: 21.21 + 7.37 = 28.58, not 29.18 (breaks {B})')
a = ALT(LX, 2, l_o[0], '27.8105亿元', 'industrial output 27.2105 → 27.8105')
S.rel('sum', I, R(a, l_o, l_o[0], '27.8105亿元'), 'altered: 27.8105 + 9.0389 = 36.8494, not 36.2494 (breaks {B})')

# ---- 驿城区 (驻马店, 河南) 2023 bulletin, traditional: a real error in the table
y_t = F(YQ, '613.52億元'); y_p = [F(YQ, '31.16億元'), F(YQ, '241.26億元'), F(YQ, '341.09億元')]
y_s = [F(YQ, '5.1', post=':'), F(YQ, '39.3'), F(YQ, '55.6')]
y_tt = F(YQ, '613.52', post=' |'); y_t2 = F(YQ, '241.26', post=' |')
sum_y = y_p + [y_t]; sh_y2 = [y_p[1], y_t, y_s[1]]; rs_y = [y_t, y_tt]
S.rel('sum', C, sum_y, '31.16 + 241.26 + 341.09 = 613.51 ≈ 613.52億元 (within the half units)')
S.rel('share', C, [y_p[0], y_t, y_s[0]], 'primary 31.16 / 613.52 = 5.08% → 5.1')
S.rel('share', C, sh_y2, 'secondary 241.26 / 613.52 = 39.32% → 39.3')
S.rel('share', C, [y_p[2], y_t, y_s[2]], 'tertiary 341.09 / 613.52 = 55.60% → 55.6')
S.rel('sum', C, y_s, 'structure 5.1 + 39.3 + 55.6 = 100')
S.rel('restatement', C, rs_y, 'text 613.52億元 = table 613.52')
S.rel('restatement', C, [y_p[1], y_t2], 'text 241.26億元 = table 241.26 (secondary industry)')
S.rel('sum', I, [F(YQ, '176.90'), F(YQ, '64.58'), y_t2], 'REAL ERROR in the original (table): 工業 176.90 + 建筑業 64.58 = 241.48, not the 241.26 given for 第二產業 (secondary industry is industry plus construction by definition); off by 0.22, far beyond rounding')
S.rel('growth', U, [F(YQ, '5175.61元'), F(YQ, '4.0%')], 'per-capita GDP 5175.61元 +4.0%: the population is not stated (613.52億 / 5175.61 would mean 11.9 million people; the figure looks like a slip for 51756.1, but that is not an arithmetic relation)')
S.rel('rate', U, [F(YQ, '4.7%'), F(YQ, '1.6%'), F(YQ, '4.2%'), F(YQ, '5.4%')], 'GDP +4.7% vs sectors +1.6/+4.2/+5.4: previous-year weights not stated')
S.rel('rate', U, [F(YQ, '4.2', post=' |'), F(YQ, '3.8', post=' |'), F(YQ, '4.8', post=' |')], 'secondary +4.2 vs industry +3.8 and construction +4.8: previous-year weights not stated')
a = ALT(YQ, 1, y_p[1], '247.26億元', 'secondary value added (text) 241.26 → 247.26')
S.rel('sum', I, R(a, sum_y, y_p[1], '247.26億元'), 'altered: 31.16 + 247.26 + 341.09 = 619.51, not 613.52 (breaks {B})')
S.rel('share', I, R(a, sh_y2, y_p[1], '247.26億元'), 'altered: 247.26 / 613.52 = 40.30%, not 39.3 (breaks {B})')
a = ALT(YQ, 2, y_tt, '618.52', 'table GDP 613.52 → 618.52')
S.rel('restatement', I, R(a, rs_y, y_tt, '618.52'), 'altered: text 613.52 vs table 618.52 (breaks {B})')

# ---- 蚌埠 (安徽) 2024 bulletin, traditional
b_t = F(BB, '2313億元'); b_p = [F(BB, '287億元'), F(BB, '714.1億元'), F(BB, '1311.9億元')]
b_s = [F(BB, '12.4'), F(BB, '30.9'), F(BB, '56.7')]; b_tt = F(BB, '2313.0')
sum_b = b_p + [b_t]; sh_b3 = [b_p[2], b_t, b_s[2]]; rs_b = [b_t, b_tt]
S.rel('sum', C, sum_b, '287 + 714.1 + 1311.9 = 2313億元')
S.rel('share', C, [b_p[0], b_t, b_s[0]], 'primary 287 / 2313 = 12.41% → 12.4')
S.rel('share', C, [b_p[1], b_t, b_s[1]], 'secondary 714.1 / 2313 = 30.87% → 30.9')
S.rel('share', C, sh_b3, 'tertiary 1311.9 / 2313 = 56.72% → 56.7')
S.rel('sum', C, b_s, 'structure 12.4 + 30.9 + 56.7 = 100')
S.rel('sum', C, [F(BB, '13.2'), F(BB, '32.3'), F(BB, '54.5')], '2023 structure 13.2 + 32.3 + 54.5 = 100')
S.rel('restatement', C, rs_b, 'text 2313億元 = table 2313.0')
S.rel('restatement', C, [b_p[1], F(BB, '714.1', post=' |')], 'text 714.1億元 = table 714.1')
S.rel('sum', U, [F(BB, '299.2'), F(BB, '287.0')], '農林牧漁業 299.2 exceeds 第一產業 287.0: the farm-services part is counted in the tertiary sector; overlapping groupings, not a part of primary')
S.rel('share', U, [F(BB, '70908元'), b_t], 'per-capita GDP 70908元: the (average) population is not stated')
S.rel('rate', U, [F(BB, '5.2%', n=0), F(BB, '2.2%'), F(BB, '6.2%'), F(BB, '5.2%', n=1)], 'GDP +5.2% vs sectors +2.2/+6.2/+5.2: weights not stated')
a = ALT(BB, 1, b_p[2], '1317.9億元', 'tertiary value added (text) 1311.9 → 1317.9')
S.rel('sum', I, R(a, sum_b, b_p[2], '1317.9億元'), 'altered: 287 + 714.1 + 1317.9 = 2319, not 2313 (breaks {B})')
S.rel('share', I, R(a, sh_b3, b_p[2], '1317.9億元'), 'altered: 1317.9 / 2313 = 56.98%, not 56.7 (breaks {B})')
a = ALT(BB, 2, b_s[1], '31.9', '2024 secondary share 30.9 → 31.9')
S.rel('share', I, R(a, [b_p[1], b_t, b_s[1]], b_s[1], '31.9'), 'altered: 714.1 / 2313 = 30.87%, not 31.9 (breaks {B})')
S.rel('sum', I, R(a, b_s, b_s[1], '31.9'), 'altered: 12.4 + 31.9 + 56.7 = 101, not 100 (breaks {B})')

# ---- 安徽 H1 2022: economy release (traditional) and industry news (cross-document)
h_t = F(AH, '21764億元'); h_p = [F(AH, '1278.8億元'), F(AH, '9392.8億元'), F(AH, '11092.4億元')]
h_gdp = F(AH, '3%', pre='增長(zhǎng)'); h_ind = F(AH, '5.6%'); h_svc = F(AH, '2.1%', n=0); h_svc2 = F(AH, '2.1%', n=1)
i_ind = F(AI, '5.6%'); i_gap = F(AI, '2.6个')
sum_h = h_p + [h_t]; x_gap = [i_ind, h_gdp, i_gap]; wuhu = [F(AI, '10.1%'), i_ind, F(AI, '4.5个')]
S.rel('sum', C, sum_h, '1278.8 + 9392.8 + 11092.4 = 21764億元')
S.rel('restatement', C, [h_svc, h_svc2], 'tertiary industry +2.1% = 服務業 +2.1% (the same aggregate)')
S.rel('restatement', C, [h_ind, i_ind], 'cross-document: H1 2022 規上工業 +5.6% in both releases')
S.rel('growth', C, x_gap, 'cross-document: industry +5.6% “高于GDP增速2.6个百分点”; GDP +3% (economy release): 5.6 − 3 = 2.6')
S.rel('growth', C, wuhu, '芜湖 +10.1%, “高于全省平均水平4.5个”: 10.1 − 5.6 = 4.5')
S.rel('growth', U, [F(AH, '6.6%'), F(AH, '1.4個')], 'June +6.6%, 1.4 points up on May: May’s rate is not stated')
S.rel('rate', U, [h_gdp, F(AH, '5%', pre='增長(zhǎng)'), F(AH, '3.8%'), h_svc], 'GDP +3% vs sectors +5/+3.8/+2.1: weights not stated')
S.rel('rate', U, [h_ind, F(AH, '5.8%'), F(AH, '4.8%'), F(AH, '15.1%')], 'industry +5.6% vs mining/manufacturing/utilities: weights not stated')
S.rel('growth', U, [i_ind, F(AI, '2.2个')], 'industry 2.2 points above national industry: the national rate is not stated')
S.rel('growth', U, [F(AI, '22.2%'), F(AI, '2.1个'), F(AI, '12.6个')], 'technical-renovation investment +22.2%, 2.1 / 12.6 points above industrial / total investment: neither rate is stated')
S.rel('growth', U, [i_ind, F(AI, '4.3个')], '滁州 4.3 points above the provincial average: 滁州’s rate is not stated')
S.rel('share', U, [F(AI, '48.1%'), F(AI, '15.4%')], 'contributions to industrial growth (three cities 48.1%, 合肥 15.4%): contributions, not shares; weights not stated')
S.rel('restatement', U, [F(AI, '4.5个'), F(AI, '4.5%')], '芜湖 “4.5个百分点” above average vs 合肥 +4.5%: same number, other indicator and place')
a = ALT(AH, 1, h_p[1], '9352.8億元', 'secondary value added 9392.8 → 9352.8')
S.rel('sum', I, R(a, sum_h, h_p[1], '9352.8億元'), 'altered: 1278.8 + 9352.8 + 11092.4 = 21724, not 21764 (breaks {B})')
a = ALT(AH, 2, h_gdp, '4%', 'GDP growth 3% → 4%')
S.rel('growth', I, R(a, x_gap, h_gdp, '4%'), 'altered (cross-document): 5.6 − 4 = 1.6, not “高于GDP增速2.6个百分点” (breaks {B})')
a = ALT(AI, 1, wuhu[2], '4.9个', '芜湖 gap to the provincial average 4.5 → 4.9')
S.rel('growth', I, R(a, wuhu, wuhu[2], '4.9个'), 'altered: 10.1 − 5.6 = 4.5, not 4.9 (breaks {B})')

# ---- 河南 provincial key projects, Q1 2023
k_h = F(KP, '38.1%', n=0); k_b = F(KP, '38.1%', n=1); k_done = F(KP, '7535亿元')
S.rel('restatement', C, [k_h, k_b], 'headline 38.1% = body 38.1% of the annual target')
S.rel('target', CT, [k_done, k_b], 'Q1 7535亿 = 38.1% of the 2023 annual investment target: the year is not over')
S.rel('target', CT, [F(KP, '874个'), F(KP, '69.3%')], 'Q1 starts 874 = 69.3% of the annual start target: the year is not over')
S.rel('share', U, [F(KP, '874个'), F(KP, '1260个'), F(KP, '69.3%')], '874 of the 1260 新建 projects would be 69.37% → 69.4, not 69.3: the start target is not stated to be the 1260 new projects (874/69.3% ≈ 1261); not checkable')
S.rel('growth', U, [k_b, F(KP, '4.4个')], 'progress 38.1%, 4.4 points ahead of last year: last year’s progress is not stated')
S.rel('growth', U, [F(KP, '69.3%'), F(KP, '15个')], 'start progress 69.3%, 15 points ahead of last year: last year’s rate is not stated')
a = ALT(KP, 1, k_b, '36.1%', 'body progress 38.1% → 36.1%')
S.rel('restatement', I, R(a, [k_h, k_b], k_b, '36.1%'), 'altered: headline 38.1% vs body 36.1% (breaks {B})')

# ---- 利辛县 (亳州, 安徽) 2023 bulletin
x_t = F(LXN, '414.9亿元'); x_p = [F(LXN, '60.8亿元'), F(LXN, '128.3亿元'), F(LXN, '225.7亿元')]
x_s = [F(LXN, '14.7'), F(LXN, '30.9'), F(LXN, '54.4')]; x_s0 = [F(LXN, '15.7'), F(LXN, '29.6'), F(LXN, '54.7')]
x_ic = [F(LXN, '82.2', post=' |'), F(LXN, '46.1', post=' |'), F(LXN, '128.3', post=' |')]
x_tt = F(LXN, '414.9', post=' |')
sum_x = x_p + [x_t]; sh_x1 = [x_p[0], x_t, x_s[0]]; gp_x = [x_s[1], x_s0[1], F(LXN, '1.3百分点')]
S.rel('sum', C, sum_x, '60.8 + 128.3 + 225.7 = 414.8 ≈ 414.9亿元 (within the half units)')
S.rel('share', C, sh_x1, 'primary 60.8 / 414.9 = 14.65% → 14.7')
S.rel('share', C, [x_p[1], x_t, x_s[1]], 'secondary 128.3 / 414.9 = 30.92% → 30.9')
S.rel('share', C, [x_p[2], x_t, x_s[2]], 'tertiary 225.7 / 414.9 = 54.40% → 54.4')
S.rel('sum', C, x_s0, '2022 structure 15.7 + 29.6 + 54.7 = 100')
S.rel('growth', C, gp_x, 'secondary share 30.9 vs 29.6 a year earlier: +1.3 points')
S.rel('sum', C, x_ic, 'table: industry 82.2 + construction 46.1 = secondary 128.3')
S.rel('share', C, [x_ic[0], x_t, F(LXN, '19.8%')], 'industry 82.2 / 414.9 = 19.81% → 19.8')
S.rel('share', C, [x_t, F(LXN, '115.06万人'), F(LXN, '36059元')], 'per-capita GDP 414.9亿 / 115.06万 = 36059元')
S.rel('restatement', C, [x_t, x_tt], 'text 414.9亿元 = table 414.9')
S.rel('sum', U, [F(LXN, '28.3', post=' |'), F(LXN, '41.0', post=' |'), F(LXN, '10.6', post=' |'), F(LXN, '23.0', post=' |'), F(LXN, '39.4', post=' |'), F(LXN, '34.1', post=' |'), F(LXN, '47.1', post=' |'), F(LXN, '225.7', post=' |')], 'tertiary by branch 28.3 + 41.0 + 10.6 + 23.0 + 39.4 + 34.1 + 47.1 = 223.5 < 225.7: farm services (counted in the tertiary sector) are not listed; not a full split')
S.rel('growth', U, [F(LXN, '7.4%'), F(LXN, '1.1个')], 'GDP +7.4%, 1.1 points above the city average: the city’s rate is not stated')
S.rel('rate', U, [F(LXN, '7.4%'), F(LXN, '3.9%'), F(LXN, '11.3%'), F(LXN, '6.2%')], 'GDP +7.4% vs sectors +3.9/+11.3/+6.2: previous-year weights not stated')
a = ALT(LXN, 1, x_p[0], '66.8亿元', 'primary value added (text) 60.8 → 66.8')
S.rel('sum', I, R(a, sum_x, x_p[0], '66.8亿元'), 'altered: 66.8 + 128.3 + 225.7 = 420.8, not 414.9 (breaks {B})')
S.rel('share', I, R(a, sh_x1, x_p[0], '66.8亿元'), 'altered: 66.8 / 414.9 = 16.10%, not 14.7 (breaks {B})')
a = ALT(LXN, 2, x_ic[1], '48.1', 'construction value added (table) 46.1 → 48.1')
S.rel('sum', I, R(a, x_ic, x_ic[1], '48.1'), 'altered: 82.2 + 48.1 = 130.3, not 128.3 (breaks {B})')
a = ALT(LXN, 3, gp_x[2], '1.8百分点', 'rise of the secondary share 1.3 → 1.8 points')
S.rel('growth', I, R(a, gp_x, gp_x[2], '1.8百分点'), 'altered: 30.9 − 29.6 = 1.3, not 1.8 (breaks {B})')

# ---- 武汉 (湖北) 2022 bulletin
w_t = F(WH, '18866.43亿元'); w_p = [F(WH, '475.79亿元'), F(WH, '6716.65亿元'), F(WH, '11673.99亿元')]
w_s = [F(WH, '2.5', n=1), F(WH, '35.6'), F(WH, '61.9')]; w_u = [F(WH, '1163.14万人'), F(WH, '1373.90万人'), F(WH, '84.66%')]
sum_w = w_p + [w_t]; sh_w2 = [w_p[1], w_t, w_s[1]]
S.rel('sum', C, sum_w, '475.79 + 6716.65 + 11673.99 = 18866.43亿元')
S.rel('share', C, [w_p[0], w_t, w_s[0]], 'primary 475.79 / 18866.43 = 2.52% → 2.5')
S.rel('share', C, sh_w2, 'secondary 6716.65 / 18866.43 = 35.60% → 35.6')
S.rel('share', C, [w_p[2], w_t, w_s[2]], 'tertiary 11673.99 / 18866.43 = 61.88% → 61.9')
S.rel('sum', C, w_s, 'structure 2.5 + 35.6 + 61.9 = 100')
S.rel('sum', C, [F(WH, '2.5', n=0), F(WH, '34.7'), F(WH, '62.8')], '2021 structure 2.5 + 34.7 + 62.8 = 100')
S.rel('share', C, w_u, 'urbanisation 1163.14 / 1373.90 = 84.66%')
S.rel('growth', U, [F(WH, '84.66%'), F(WH, '0.1个')], 'urbanisation 84.66%, +0.1 point: last year’s rate and urban population are not stated')
S.rel('share', U, [F(WH, '7.9万人'), F(WH, '944.42万人'), F(WH, '8.41‰')], 'birth rate 8.41‰: a rate over the average registered population, which is not stated (7.9 / 944.42 year-end = 8.36‰)')
S.rel('share', U, [F(WH, '6.4万人'), F(WH, '944.42万人'), F(WH, '6.82‰')], 'death rate 6.82‰: over the average registered population, not stated')
S.rel('growth', U, [F(WH, '137772元'), F(WH, '0.5%'), F(WH, '4.0%'), F(WH, '9.01万人')], 'per-capita GDP −0.5% while GDP +4.0% and the population grew only 9.01万 (+0.7%) looks contradictory, but per-capita growth uses average populations and 2021’s average (after a large 2021 jump) is not stated; not checkable')
S.rel('restatement', U, [F(WH, '2.3%', n=0), F(WH, '2.3%', n=1)], 'tertiary value added +2.3% vs CPI +2.3%: same number, other indicator')
S.rel('rate', U, [F(WH, '2.3%', n=1), F(WH, '4.8%'), F(WH, '2.7%'), F(WH, '2.6%'), F(WH, '2.3%', n=2), F(WH, '1.8%'), F(WH, '1.4%'), F(WH, '0.7%'), F(WH, '0.2%')], 'CPI +2.3% vs eight category rates: basket weights not stated')
S.rel('growth', U, [F(WH, '2.61%'), F(WH, '0.31个')], 'unemployment 2.61%, −0.31 points: last year’s rate is not stated')
a = ALT(WH, 1, w_p[1], '6776.65亿元', 'secondary value added 6716.65 → 6776.65')
S.rel('sum', I, R(a, sum_w, w_p[1], '6776.65亿元'), 'altered: 475.79 + 6776.65 + 11673.99 = 18926.43, not 18866.43 (breaks {B})')
S.rel('share', I, R(a, sh_w2, w_p[1], '6776.65亿元'), 'altered: 6776.65 / 18866.43 = 35.92%, not 35.6 (breaks {B})')
a = ALT(WH, 2, w_u[0], '1193.14万人', 'urban population 1163.14 → 1193.14')
S.rel('share', I, R(a, w_u, w_u[0], '1193.14万人'), 'altered: 1193.14 / 1373.90 = 86.84%, not 84.66% (breaks {B})')

# ---- 沙洋县 (荆门, 湖北) 2022 budget execution (estimates of 2022-12-18)
s_c = [F(SY, '34000万元'), F(SY, '30000万元'), F(SY, '64000万元', n=0)]
s_t = [F(SY, '64000万元', n=0), F(SY, '486923万元'), F(SY, '550923万元')]
S.rel('sum', C, s_c, 'county level: tax 34000 + non-tax 30000 = 64000万元')
S.rel('sum', C, s_t, '64000 + transfers 486923 = 550923万元 (收入总计)')
S.rel('target', CT, [F(SY, '81000万元'), F(SY, '100%', n=0)], '全县 revenue 81000 “预计” = 100% of the adjusted budget, stated on 2022-12-18: an estimate before the year is over; cannot tell')
S.rel('target', CT, [F(SY, '64000万元', n=0), F(SY, '100%', n=2)], 'county-level revenue 64000 “预计” = 100% of the adjusted budget (estimate before year end); cannot tell')
S.rel('sum', U, [F(SY, '64000万元', n=0), F(SY, '81000万元')], 'county-level 64000 within 全县 81000: the rest (towns) is not stated; not a split')
S.rel('growth', U, [F(SY, '6.8%'), F(SY, '16.7%')], '全县 −6.8% vs county level −16.7%: different scopes')
a = ALT(SY, 1, s_c[0], '36000万元', 'county tax revenue 34000 → 36000')
S.rel('sum', I, R(a, s_c, s_c[0], '36000万元'), 'altered: 36000 + 30000 = 66000, not 64000 (breaks {B})')
a = ALT(SY, 2, s_t[1], '488923万元', 'transfer income 486923 → 488923')
S.rel('sum', I, R(a, s_t, s_t[1], '488923万元'), 'altered: 64000 + 488923 = 552923, not 550923 (breaks {B})')

# ---- 霍山县 (六安, 安徽) work reports 2022 (2021 results) and 2023 (2022 results): consecutive reports, traps only
S.rel('sum', U, [F(H22, '49个'), F(H22, '8个')], '49 projects of 1亿+ and 8 of 5亿+: the 8 are inside the 49 (nested groupings), not parts to add')
S.rel('growth', U, [F(H22, '25%', n=0), F(H23, '27%')], 'cross-document: investment +25% (2021) vs +27% (2022): other years; no relation')
S.rel('restatement', U, [F(H22, '12.5%'), F(H23, '6.3%')], 'cross-document: GDP +12.5% (2021) vs +6.3% (2022): other years')
S.rel('growth', U, [F(H22, '97亿元'), F(H23, '27%')], 'cross-document: key projects 97亿 in 2021 vs total investment +27% in 2022: other indicator (key projects are a subset) and the 2022 key-project amount is not in the doc')
S.rel('sum', U, [F(H23, '9.02亿元'), F(H23, '12亿元')], 'special bonds 9.02亿 and policy funds “超12亿元”: overlapping, no stated total')

# ---- cross-document traps
S.rel('restatement', U, [F(BB, '30.9'), x_s[1]], '蚌埠 2024 secondary share 30.9 vs 利辛 2023 secondary share 30.9: same number, other place and year')
S.rel('share', U, [F(LXN, '414.9亿元'), F(BB, '2313億元')], '利辛 (亳州) 414.9 vs 蚌埠 2313: other city and year; no share relation')
S.rel('restatement', U, [F(AH, '5.6%'), F(H23, '5.6%')], '安徽 H1 2022 industry +5.6% vs 霍山 2022 retail +5.6%: same number, other place, period and indicator')

# ---- 长沙 (湖南) report news of 2022-12-28, traditional: 2022 results, 2023 targets
CS='cs_2022_hant.txt'
z_h = F(CS, '124%', n=0); z_b = F(CS, '124%', n=1)
S.rel('restatement', C, [z_h, z_b], 'headline 124% = body 124% (annual investment completion of the 1766 major projects)')
S.rel('target', M, [F(CS, '1766', n=1), z_b], '2022 annual investment plan of the 1766 major projects: completion 124% ≥ 100 as reported on 2022-12-28 (cumulative, so it cannot fall below the plan by year end): met')
a = ALT(CS, 1, z_b, '142%', 'body completion rate 124% → 142%')
S.rel('restatement', I, R(a, [z_h, z_b], z_b, '142%'), 'altered: headline 124% vs body 142% (breaks {B})')
S.rel('growth', U, [F(CS, '80個(gè)'), F(CS, '20.9%')], '80 “三类500强” projects, +20.9%: last year’s number is not stated')
S.rel('target', U, [F(CS, '7%左右'), F(CS, '4.8%')], '2023 GDP target “7%左右” vs 2022 GDP +4.8% (estimate): other year; no target relation')
S.rel('restatement', U, [F(CS, '7%', n=1), F(CS, '7%', n=3)], '2023 targets: retail +7% and local budget revenue +7%: same number, other indicators')
S.rel('target', U, [F(CS, '7%左右'), F(WH, '4.0%')], 'cross-document: 长沙 2023 GDP target 7%左右 vs 武汉 2022 GDP +4.0%: other place and year')

# ---- further traps
S.rel('sum', U, [F(NC, '12个'), F(NC, '6个'), F(NC, '20%')], '6 of the 12 counties/districts grew over 20%: a count, not a split of 637.9; no relation to the 13% total')
S.rel('growth', U, [F(WH, '29.97万人'), F(WH, '9.01万人')], 'new urban jobs 29.97万 vs population +9.01万: different indicators')
S.rel('growth', U, [F(CD, '1.82%'), F(CD, '9.39%')], 'revenue +1.82% vs spending +9.39%: different indicators, no relation')
S.rel('restatement', U, [F(KP, '2505个'), F(CS, '1766', n=1)], 'cross-document: 河南 2505 provincial key projects (2023) vs 长沙 1766 major projects (2022): other place, year and list')
S.rel('target', U, [F(KP, '38.1%', n=1), z_b], 'cross-document: 河南 Q1 2023 progress 38.1% vs 长沙 2022 completion 124%: other place, period and plan')
S.rel('growth', U, [F(YQ, '4.7%'), F(LXN, '7.4%')], 'cross-document: 驿城区 GDP +4.7% vs 利辛 GDP +7.4% (both 2023): other places; no relation')
S.rel('share', U, [F(LX, '92023人'), F(LX, '460835人')], '临湘 1998 non-farm population 92023 of 460835: no share is stated (19.97% would be a derived figure)')
S.rel('sum', U, [F(PY, '20078万元'), F(PY, '115329万元')], 'May fund revenue 20078 vs 财政总收入 115329: 财政总收入 excludes fund revenue; other indicator, not a part')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

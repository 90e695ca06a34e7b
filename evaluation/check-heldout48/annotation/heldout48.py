"""Check key, forty-eighth held-out set (check-heldout48). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout48.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout48'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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
    src = a.split('_alt')[0] + '.txt'
    return [on(a, f, new) if f == old else (on(a, f) if f[0] == src else f) for f in figs]

GD='gd_2022_hant.txt'; GB='gd_2022b_hant.txt'; HK='hk_2003q1_hant.txt'; FJ='fj_2018_hant.txt'; GX='gx_2018h1.txt'; JX='jx_2017.txt'
TZ='tz_1990.txt'; WX='wx_1988.txt'; LS='ls_hant.txt'; DJ='djg_2014.txt'; HT='hn_2023t.txt'; HN='hn_2023.txt'; HR='hn_2023r.txt'
ZT='hz_2019t.txt'; HZ='hz_2019.txt'; SCD='sc_2019.txt'; N55='nat_1955.txt'; N56='nat_1956.txt'

# ---- 广东 2022 grain (news, traditional mixed)
g_t = F(GD, '1291.5萬噸'); g_ti = F(GD, '11.7萬噸'); g_tr = F(GD, '0.9%')
g_a = F(GD, '3345.5萬畝'); g_ai = F(GD, '25.9萬畝'); g_ar = F(GD, '0.8%', '增長')
g_y = F(GD, '386.1公斤'); g_yi = F(GD, '0.5公斤'); g_yr = F(GD, '0.1%')
g_s = F(GD, '68.6萬噸'); g_sr = F(GD, '6.1%'); g_e = F(GD, '520.1萬噸'); g_er = F(GD, '0.8%', '下降'); g_f = F(GD, '702.9萬噸'); g_fr = F(GD, '1.7%')
g_r = F(GD, '1108.6萬噸'); g_ri = F(GD, '4.2萬噸'); g_rr = F(GD, '0.4%'); g_o = F(GD, '182.9萬噸'); g_oi = F(GD, '7.5萬噸'); g_or = F(GD, '4.2%')
g_sa = F(GD, '214.4萬畝'); g_ea = F(GD, '1296.3萬畝'); g_fa = F(GD, '1834.8萬畝'); g_sai = F(GD, '7.5萬畝'); g_eai = F(GD, '8.5萬畝'); g_fai = F(GD, '9.9萬畝')
g_sar = F(GD, '3.6%'); g_ear = F(GD, '0.7%'); g_far = F(GD, '0.5%', '、')
sum_gs = [g_s, g_e, g_f, g_t]; sum_ga = [g_sa, g_ea, g_fa, g_a]; sum_gai = [g_sai, g_eai, g_fai, g_ai]; gr_ga = [g_a, g_ai, g_ar]; gr_go = [g_o, g_oi, g_or]
S.rel('sum', C, sum_gs, 'seasons: 68.6 + 520.1 + 702.9 = 1291.6 vs 1291.5 (three one-decimal inputs, allowance ±0.15): consistent')
S.rel('sum', C, [g_r, g_o, g_t], 'rice 1108.6 + other grain 182.9 = 1291.5')
S.rel('sum', C, sum_ga, 'season areas 214.4 + 1296.3 + 1834.8 = 3345.5')
S.rel('sum', C, sum_gai, 'area increases 7.5 + 8.5 + 9.9 = 25.9')
S.rel('sum', C, [g_ri, g_oi, g_ti], 'output increases rice 4.2 + other 7.5 = 11.7')
S.rel('growth', C, [g_t, g_ti, g_tr], '11.7/(1291.5 − 11.7) = 0.91% → 0.9')
S.rel('growth', C, gr_ga, '25.9/(3345.5 − 25.9) = 0.78% → 0.8')
S.rel('growth', C, gr_go, '7.5/175.4 = 4.28%; with allowances 7.45/(182.95 − 7.45) = 4.245% → 4.2 inside: consistent (edge)')
S.rel('growth', C, [g_sa, g_sai, g_sar], '7.5/206.9 = 3.62% → 3.6')
S.rel('rate', C, [g_s, g_sr, g_e, g_er, g_f, g_fr, g_t, g_tr], 'quantities: 68.6/1.061 + 520.1/0.992 + 702.9/1.017 = 64.66 + 524.29 + 691.15 = 1280.10; 1291.5/1280.10 = +0.89% → 0.9')
S.rel('sum', U, [g_e, g_r], 'early rice 520.1 is a part of rice 1108.6 (the rest of rice is in autumn grain): overlapping scopes, no split')
a = ALT(GD, 1, g_f, '712.9萬噸', 'autumn grain output 702.9 → 712.9')
S.rel('sum', I, R(a, sum_gs, g_f, '712.9萬噸'), 'altered: 68.6 + 520.1 + 712.9 = 1301.6, not 1291.5 (breaks {B})')
a = ALT(GD, 2, g_ai, '28.9萬畝', 'area increase 25.9 → 28.9')
S.rel('sum', I, R(a, sum_gai, g_ai, '28.9萬畝'), 'altered: 7.5 + 8.5 + 9.9 = 25.9, not 28.9 (breaks {B})')
S.rel('growth', I, R(a, gr_ga, g_ai, '28.9萬畝'), 'altered: 28.9/3316.6 = 0.87% → 0.9, not 0.8 (breaks {B})')
a = ALT(GD, 3, g_or, '6.2%', 'other grain growth 4.2 → 6.2')
S.rel('growth', I, R(a, gr_go, g_or, '6.2%'), 'altered: 7.5/175.4 = 4.3%, not 6.2 (breaks {B})')

# ---- 广东 / national 2022 grain (Yangcheng Evening News, traditional)
b_t = F(GB, '1291.5萬噸'); b_ti = F(GB, '11.6萬噸'); b_ha = F(GB, '2230.3千公頃')
b_n = F(GB, '13731億斤'); b_nt = F(GB, '68653萬噸'); b_ni = F(GB, '73.6億斤'); b_nr = F(GB, '0.5%')
S.rel('restatement', C, [g_t, b_t], '广东 2022 grain output 1291.5万吨 in both texts')
S.rel('restatement', I, [g_ti, b_ti], 'real: the same 2022 increase is 11.7万吨 (provincial survey team) and 11.6万吨 (newspaper from NBS data); same place, period and indicator')
S.rel('restatement', C, [g_a, b_ha], 'sown area 2230.3千公顷 × 15 = 3345.45万亩 → 3345.5万亩')
S.rel('restatement', C, [b_n, b_nt], '13731亿斤 × 5万吨/亿斤 = 68655万吨; 13731 stated to 1亿斤 (±2.5万吨): 68653 inside')
S.rel('growth', C, [b_n, b_ni, b_nr], '73.6/(13731 − 73.6) = 0.54% → 0.5')
S.rel('sum', U, [F(GB, '7763.1萬噸'), F(GB, '6789.4萬噸'), b_nt], '黑龙江 and 河南 are two provinces named, not a split of the national total')
a = ALT(GB, 1, b_nt, '68953萬噸', 'national grain in tonnes 68653 → 68953')
S.rel('restatement', I, [on(a, b_n), on(a, b_nt, '68953萬噸')], 'altered: 13731亿斤 = 68655万吨, not 68953 (breaks {B})')

# ---- 香港 Q1 2003 (government news, traditional)
h_gnp = F(HK, '3,131億元'); h_gdp = F(HK, '2,972億元'); h_n = F(HK, '159億元', n=0); h_n2 = F(HK, '159億元', n=1)
h_ns = F(HK, '5.4%'); h_in = F(HK, '812億元'); h_ins = F(HK, '27.3%'); h_out = F(HK, '652億元'); h_outs = F(HK, '22%')
sum_h = [h_gdp, h_n, h_gnp]; sh_n = [h_n, h_gdp, h_ns]; sh_in = [h_in, h_gdp, h_ins]; sum_hf = [h_out, h_n2, h_in]
S.rel('sum', C, sum_h, 'GDP 2972 + net factor income 159 = GNP 3131')
S.rel('share', C, sh_n, '159/2972 = 5.35%; with 159 ±0.5: 5.33–5.37 → 5.4 (edge)')
S.rel('share', C, sh_in, '812/2972 = 27.32% → 27.3')
S.rel('share', C, [h_out, h_gdp, h_outs], '652/2972 = 21.94% → 22')
S.rel('sum', C, sum_hf, 'outflow 652 + net 159 = 811 vs inflow 812 (three figures to 1亿, allowance ±1.5): consistent')
S.rel('restatement', C, [h_n, h_n2], 'net factor income 159 stated twice')
S.rel('growth', U, [F(HK, '0.4%', '微跌', 1), F(HK, '4.5%')], 'GDP −0.4% is nominal, +4.5% is real: no contradiction')
S.rel('sum', U, [F(HK, '23.6%'), F(HK, '21.8%')], 'shares of the two largest destinations of outflow: no total, not a split')
a = ALT(HK, 1, h_n, '189億元', 'net factor income (first statement) 159 → 189')
S.rel('sum', I, R(a, sum_h, h_n, '189億元'), 'altered: 2972 + 189 = 3161, not 3131 (breaks {B})')
S.rel('share', I, R(a, sh_n, h_n, '189億元'), 'altered: 189/2972 = 6.36%, not 5.4 (breaks {B})')
a = ALT(HK, 2, h_in, '842億元', 'factor income inflow 812 → 842')
S.rel('share', I, R(a, sh_in, h_in, '842億元'), 'altered: 842/2972 = 28.33%, not 27.3 (breaks {B})')
S.rel('sum', I, R(a, sum_hf, h_in, '842億元'), 'altered: 652 + 159 = 811, not 842 (breaks {B})')
a = ALT(HK, 3, h_gnp, '3,151億元', 'GNP 3131 → 3151')
S.rel('sum', I, R(a, sum_h, h_gnp, '3,151億元'), 'altered: 2972 + 159 = 3131, not 3151 (breaks {B})')

# ---- 福建 2018 (site blurb quoting the bulletin, traditional mixed)
f_t = F(FJ, '35804.04億元'); f1 = F(FJ, '2379.82億元'); f2 = F(FJ, '17232.36億元'); f3 = F(FJ, '16191.86億元')
f_r = F(FJ, '8.3%'); f_r1 = F(FJ, '3.5%'); f_r2 = F(FJ, '8.5%'); f_r3 = F(FJ, '8.8%')
fp1 = F(FJ, '6.7%'); fp2 = F(FJ, '48.1%'); fp3 = F(FJ, '45.2%')
sum_f = [f1, f2, f3, f_t]; rate_f = [f1, f_r1, f2, f_r2, f3, f_r3, f_t, f_r]; sh_f2 = [f2, f_t, fp2]; sh_f3 = [f3, f_t, fp3]; sum_fp = [fp1, fp2, fp3]
S.rel('sum', C, sum_f, '2379.82 + 17232.36 + 16191.86 = 35804.04')
S.rel('share', C, sh_f2, '17232.36/35804.04 = 48.13% → 48.1')
S.rel('share', C, sh_f3, '16191.86/35804.04 = 45.22% → 45.2')
S.rel('sum', C, sum_fp, 'structure 6.7 + 48.1 + 45.2 = 100')
S.rel('rate', C, rate_f, '2299.34 + 15882.36 + 14882.22 = 33063.92; 35804.04/33063.92 = +8.29% → 8.3')
S.rel('growth', U, [F(FJ, '3941'), F(FJ, '91197元'), F(FJ, '7.4%')], 'per-capita 91197 is on the average population; 35804.04亿/3941万 (year-end) = 90850: different denominators; 7.4% is real, no earlier level')
a = ALT(FJ, 1, f3, '16491.86億元', 'tertiary value added 16191.86 → 16491.86')
S.rel('sum', I, R(a, sum_f, f3, '16491.86億元'), 'altered: parts add to 36104.04, not 35804.04 (breaks {B})')
S.rel('share', I, R(a, sh_f3, f3, '16491.86億元'), 'altered: 16491.86/35804.04 = 46.06%, not 45.2 (breaks {B})')
a = ALT(FJ, 2, f_r, '9.3%', 'GDP growth 8.3 → 9.3')
S.rel('rate', I, R(a, rate_f, f_r, '9.3%'), 'altered: sector rates give 8.29%, not 9.3 (breaks {B})')
a = ALT(FJ, 3, fp2, '46.1%', 'secondary share 48.1 → 46.1')
S.rel('share', I, R(a, sh_f2, fp2, '46.1%'), 'altered: 17232.36/35804.04 = 48.13%, not 46.1 (breaks {B})')
S.rel('sum', I, R(a, sum_fp, fp2, '46.1%'), 'altered: 6.7 + 46.1 + 45.2 = 98 (breaks {B})')

# ---- 广西 H1 2018 (news)
x_t = F(GX, '8762.63亿元'); x1 = F(GX, '786.40亿元'); x2 = F(GX, '4224.20亿元'); x3 = F(GX, '3752.03亿元')
x_r = F(GX, '6.2%'); x_r1 = F(GX, '4.6%'); x_r2 = F(GX, '3.3%'); x_r3 = F(GX, '10.2%', n=0); x_r3b = F(GX, '10.2%', n=1)
xp1 = F(GX, '9.0%'); xp2 = F(GX, '48.2%'); xp3 = F(GX, '42.8%', n=0); xp3b = F(GX, '42.8%', n=1)
x_ex = F(GX, '890.15亿元'); x_im = F(GX, '925.73亿元'); x_tr = F(GX, '1815.88亿元')
sum_x = [x1, x2, x3, x_t]; sh_x2 = [x2, x_t, xp2]; sh_x3 = [x3, x_t, xp3]; sum_xp = [xp1, xp2, xp3]; sum_xt = [x_ex, x_im, x_tr]
S.rel('sum', C, sum_x, '786.40 + 4224.20 + 3752.03 = 8762.63')
S.rel('share', C, [x1, x_t, xp1], '786.40/8762.63 = 8.97% → 9.0')
S.rel('share', C, sh_x2, '4224.20/8762.63 = 48.21% → 48.2')
S.rel('share', C, sh_x3, '3752.03/8762.63 = 42.82% → 42.8')
S.rel('sum', C, sum_xp, 'structure 9.0 + 48.2 + 42.8 = 100')
S.rel('rate', C, [x1, x_r1, x2, x_r2, x3, x_r3, x_t, x_r], 'point rates: 751.82 + 4089.25 + 3404.75 = 8245.82 → +6.27%; with the rates’ half-units (4.65, 3.35, 10.25) the total is 8249.7 → +6.22% → 6.2: consistent (edge)')
S.rel('restatement', C, [xp3, xp3b], 'tertiary share 42.8% stated twice')
S.rel('sum', C, sum_xt, 'exports 890.15 + imports 925.73 = 1815.88')
S.rel('sum', U, [F(GX, '598.71亿元'), F(GX, '293.99亿元'), F(GX, '1513.79亿元')], 'tax 598.71 + non-tax 293.99 = 892.70 is the general budget revenue; 财政收入 1513.79 includes revenue passed to the centre: different scopes')
S.rel('share', U, [x_r3b, xp3b, F(GX, '66.0%', n=1)], 'contribution 66.0% needs the 2017 H1 levels: not stated')
a = ALT(GX, 1, x2, '4284.20亿元', 'secondary value added 4224.20 → 4284.20')
S.rel('sum', I, R(a, sum_x, x2, '4284.20亿元'), 'altered: parts add to 8822.63, not 8762.63 (breaks {B})')
S.rel('share', I, R(a, sh_x2, x2, '4284.20亿元'), 'altered: 4284.20/8762.63 = 48.89%, not 48.2 (breaks {B})')
a = ALT(GX, 2, x_im, '945.73亿元', 'imports 925.73 → 945.73')
S.rel('sum', I, R(a, sum_xt, x_im, '945.73亿元'), 'altered: 890.15 + 945.73 = 1835.88, not 1815.88 (breaks {B})')
a = ALT(GX, 3, xp3, '43.8%', 'tertiary share (first statement) 42.8 → 43.8')
S.rel('share', I, R(a, sh_x3, xp3, '43.8%'), 'altered: 3752.03/8762.63 = 42.82%, not 43.8 (breaks {B})')
S.rel('restatement', I, [on(a, xp3, '43.8%'), on(a, xp3b)], 'altered: 43.8% vs 42.8% (breaks {B})')

# ---- 江西 2017 bulletin (the stored page holds the summary twice)
j_t = F(JX, '20818.5亿元'); j1 = F(JX, '1953.9亿元'); j2 = F(JX, '9972.1亿元', n=0); j3 = F(JX, '8892.6', n=0)
j_tb = F(JX, '20818.5 亿元'); j1b = F(JX, '1953.9亿元', ' '); j2b = F(JX, '9972.1亿元', n=1); j3b = F(JX, '8892.6', n=1)
j_r = F(JX, '8.9%'); j_r1 = F(JX, '4.4%'); j_r2 = F(JX, '8.3%', n=0); j_r3 = F(JX, '10.7%')
jp1 = F(JX, '9.4', '调整为', 0); jp2 = F(JX, '47.9', n=0); jp3 = F(JX, '42.7', n=0)
jq1 = F(JX, '10.3', '由上年的', 0); jq2 = F(JX, '47.7', n=0); jq3 = F(JX, '42.0', n=0)
sum_j = [j1, j2, j3, j_t]; sh_j2 = [j2, j_t, jp2]; sh_j3 = [j3, j_t, jp3]; sum_jp = [jp1, jp2, jp3]; rate_j = [j1, j_r1, j2, j_r2, j3, j_r3, j_t, j_r]
S.rel('sum', C, sum_j, '1953.9 + 9972.1 + 8892.6 = 20818.6 vs 20818.5 (allowance ±0.15)')
S.rel('share', C, [j1, j_t, jp1], '1953.9/20818.5 = 9.39% → 9.4')
S.rel('share', C, sh_j2, '9972.1/20818.5 = 47.90% → 47.9')
S.rel('share', C, sh_j3, '8892.6/20818.5 = 42.72% → 42.7')
S.rel('sum', C, sum_jp, '2017 structure 9.4 + 47.9 + 42.7 = 100')
S.rel('rate', C, rate_j, '1871.55 + 9207.85 + 8033.06 = 19112.46; 20818.5/19112.46 = +8.93% → 8.9 (primary rate taken as the 4.4% of the second copy; the first copy prints “4.4‰%”)')
S.rel('restatement', C, [j_t, j_tb], 'GDP 20818.5 in both copies')
S.rel('growth', U, [F(JX, '45187元'), F(JX, '8.2%')], 'per-capita 45187 +8.2%: real rate, no 2016 level')
a = ALT(JX, 1, j2, '9772.1亿元', 'secondary value added (first copy) 9972.1 → 9772.1')
S.rel('sum', I, R(a, sum_j, j2, '9772.1亿元'), 'altered: parts add to 20618.6, not 20818.5 (breaks {B})')
S.rel('share', I, R(a, sh_j2, j2, '9772.1亿元'), 'altered: 9772.1/20818.5 = 46.94%, not 47.9 (breaks {B})')
a = ALT(JX, 2, jp3, '43.7', '2017 tertiary share (first copy) 42.7 → 43.7')
S.rel('sum', I, R(a, sum_jp, jp3, '43.7'), 'altered: 9.4 + 47.9 + 43.7 = 101 (breaks {B})')
S.rel('share', I, R(a, sh_j3, jp3, '43.7'), 'altered: 8892.6/20818.5 = 42.72%, not 43.7 (breaks {B})')
a = ALT(JX, 3, j_r, '9.9%', 'GDP growth 8.9 → 9.9')
S.rel('rate', I, R(a, rate_j, j_r, '9.9%'), 'altered: sector rates give 8.93%, not 9.9 (breaks {B})')

# ---- 台州 1949–1990 agriculture (prefecture gazetteer, table at 1980 prices)
def row(year, vals):
    out, pos = [], S.read(TZ).index('\n' + year + '\n\n') + 1
    t = S.read(TZ)
    for v in vals:
        pos = t.index('\n' + v + '\n', pos) + 1
        out.append(P(TZ, v, pos, 1, 1))
    return out
r49 = row('1949', ['1268', '1091', '2', '102', '53', '20']); r52 = row('1952', ['2124', '1692', '3', '209', '97', '123'])
r57 = row('1957', ['3058', '1981', '9', '338', '116', '614']); r62 = row('1962', ['3234', '2104', '5', '446', '307', '372'])
r65 = row('1965', ['4807', '3182', '14', '787', '215', '609'])
for y, r in (('1949', r49), ('1957', r57), ('1965', r65)):
    S.rel('sum', C, r[1:] + r[:1], f'{y}: ' + ' + '.join(f[1] for f in r[1:]) + f' = {r[0][1]}')
t90 = F(TZ, '11535万元'); tm = F(TZ, '8倍'); tr = F(TZ, '5.53%')
S.rel('growth', C, [r49[0], t90, tm], '11535/1268 = 9.10, 增长8.10倍 → stated 8倍 (to the unit)')
S.rel('growth', C, [r49[0], t90, tr], '41 steps 1949→1990: 9.097^(1/41) − 1 = 5.53%')
S.rel('share', U, [F(TZ, '416.5万吨'), F(TZ, '40.23万亩')], 'cumulative grain 1949–1990 vs average yearly area: no stated ratio')
S.rel('growth', U, [r57[5], r62[5]], 'fishery 614 (1957) → 372 (1962): a fall, no rate stated; not a check')
a = ALT(TZ, 1, r57[5], '644', '1957 fishery 614 → 644')
S.rel('sum', I, [on(a, f) if f != r57[5] else on(a, f, '644') for f in r57[1:] + r57[:1]], 'altered: 1981 + 9 + 338 + 116 + 644 = 3088, not 3058 (breaks {B})')
a = ALT(TZ, 2, tr, '6.53%', 'yearly rate 5.53 → 6.53')
S.rel('growth', I, [on(a, r49[0]), on(a, t90), on(a, tr, '6.53%')], 'altered: 9.097^(1/41) − 1 = 5.53%, not 6.53 (breaks {B})')
a = ALT(TZ, 3, r65[3], '767', '1965 animal husbandry 787 → 767')
S.rel('sum', I, [on(a, f) if f != r65[3] else on(a, f, '767') for f in r65[1:] + r65[:1]], 'altered: 3182 + 14 + 767 + 215 + 609 = 4787, not 4807 (breaks {B})')

# ---- 无锡 1988 (dictionary entry, prefecture city)
w_i = F(WX, '328.11亿元'); w_v = F(WX, '201亿元'); w_s = F(WX, '61%')
S.rel('share', C, [w_v, w_i, w_s], '201/328.11 = 61.26% → 61')
S.rel('growth', U, [w_i, F(WX, '45倍')], 'industry 增长45倍 over 1949: the 1949 level is not stated')
S.rel('growth', U, [w_i, F(WX, '13%')], 'yearly rates “近年 13%以上”: period and base not stated')
a = ALT(WX, 1, w_v, '221亿元', 'rural industry output 201 → 221')
S.rel('share', I, [on(a, w_v, '221亿元'), on(a, w_i), on(a, w_s)], 'altered: 221/328.11 = 67.4%, not 61 (breaks {B})')
a = ALT(WX, 2, w_s, '64%', 'rural industry share 61 → 64')
S.rel('share', I, [on(a, w_v), on(a, w_i), on(a, w_s, '64%')], 'altered: 201/328.11 = 61.3%, not 64 (breaks {B})')

# ---- 鸾山镇 (攸县, township, traditional mixed; year not stated on the page)
l_f = F(LS, '20841畝'); l_p = F(LS, '16746畝'); l_d = F(LS, '4095畝')
S.rel('sum', C, [l_p, l_d, l_f], 'paddy 16746 + dry land 4095 = 20841')
S.rel('sum', U, [F(LS, '42家'), F(LS, '22家'), F(LS, '17家'), F(LS, '2家', '企業(yè)'), F(LS, '3家'), F(LS, '101家')], '其中 lists main kinds: 42 + 22 + 17 + 2 + 3 = 86 of 101, not a split')
S.rel('sum', U, [F(LS, '3.3億元'), F(LS, '4770萬元'), F(LS, '4.33億元')], 'gross outputs (工业/农业总产值) vs value added (国内生产总值): different measures')
S.rel('sum', U, [F(LS, '25668人'), F(LS, '3687人'), F(LS, '6794人')], 'total population printed with a lost digit (“?6794”); migrants are not a split of it')
a = ALT(LS, 1, l_d, '4395畝', 'dry land 4095 → 4395')
S.rel('sum', I, [on(a, l_p), on(a, l_d, '4395畝'), on(a, l_f)], 'altered: 16746 + 4395 = 21141, not 20841 (breaks {B})')

# ---- 大鲸港镇 (安乡县, township gazetteer page, two columns interleaved)
d_t = F(DJ, '31055 人'); d0 = F(DJ, '3581 人'); d1 = F(DJ, '24334 人'); d2 = F(DJ, '3140 人')
d_g = F(DJ, '49178'); d_i = F(DJ, '32154'); d_a = F(DJ, '17024')
sum_dp = [d0, d1, d2, d_t]; sum_dg = [d_i, d_a, d_g]
S.rel('sum', C, sum_dp, '2011 ages: 3581 + 24334 + 3140 = 31055')
S.rel('sum', C, sum_dg, '2014: industry 32154 + agriculture 17024 = 49178')
S.rel('share', I, [F(DJ, '7169 人'), d_t, F(DJ, '6.5%')], 'real: 7169/31055 = 23.1%, but the page states 城镇化率 6.5%')
S.rel('sum', I, [F(DJ, '2.06‰'), F(DJ, '4.605‰'), F(DJ, '8.837‰')], 'real: natural growth = birth − death, 8.837 − 2.06 = 6.777‰, but the page states 4.605‰')
S.rel('sum', U, [F(DJ, '648 万元'), F(DJ, '7912 万元'), F(DJ, '8797 万元')], '1995 社会总产值 also holds construction, transport and trade: 648 + 7912 = 8560 of 8797 is not a split')
a = ALT(DJ, 1, d1, '24634 人', 'working-age population 24334 → 24634')
S.rel('sum', I, R(a, sum_dp, d1, '24634 人'), 'altered: 3581 + 24634 + 3140 = 31355, not 31055 (breaks {B})')
a = ALT(DJ, 2, d_a, '17324', '2014 agriculture 17024 → 17324')
S.rel('sum', I, R(a, sum_dg, d_a, '17324'), 'altered: 32154 + 17324 = 49478, not 49178 (breaks {B})')

# ---- 海南: 2023 targets (news of the 2023 report) and 2023 results (two texts of the 2024 report)
t_g1 = F(HT, '9.5%左右', n=0); t_g = F(HT, '9.5%左右', n=1); t_rev = F(HT, '15%左右'); t_inv = F(HT, '12%左右'); t_ret = F(HT, '10%左右')
n_g = F(HN, '9.2%'); n_ind = F(HN, '18.5%'); n_srv = F(HN, '10.3%'); n_ret = F(HN, '10.7%'); n_gt = F(HN, '15.3%'); n_st = F(HN, '29.6%'); n_u = F(HN, '6.3%')
r_g = F(HR, '9.2%'); r_ind = F(HR, '18.5%'); r_srv = F(HR, '10.3%'); r_ret = F(HR, '10.7%'); r_gt = F(HR, '15.3%'); r_st = F(HR, '29.6%'); r_u = F(HR, '6.3%')
r_rev = F(HR, '8.2%'); r_inv = F(HR, 'Ll%')
S.rel('restatement', C, [t_g1, t_g], '2023 GDP target 9.5%左右 stated twice')
S.rel('target', M, [t_g, n_g], '海南 2023: GDP target 9.5%左右, result 9.2% (≥ 9.0): met')
S.rel('target', M, [t_ret, n_ret], '海南 2023: retail target 10%左右, result 10.7%: met')
S.rel('target', MS, [t_rev, r_rev], '海南 2023: local general budget revenue target 15%左右, result 8.2%: missed')
S.rel('target', CT, [t_inv, r_inv], '海南 2023: investment target 12%左右; the result is printed “Ll%” (garbled in the stored text): cannot tell')
for a_, b_, w in ((n_g, r_g, 'GDP 9.2%'), (n_srv, r_srv, 'services 10.3%'), (n_ret, r_ret, 'retail 10.7%')):
    S.rel('restatement', C, [a_, b_], f'海南 2023 {w} in both texts of the 2024 report')
S.rel('growth', U, [t_g, F(HT, '0.5个')], 'the target was raised 0.5 points from the 2022 target, which is not stated in the set')
S.rel('share', U, [F(HT, '33%'), F(HT, '5.2个')], 'industrial investment +33%, share up 5.2 points: the base share is not stated')
S.rel('target', U, [F(HN, '8%左右', n=0), n_g], '2024 GDP target 8%左右 vs 2023 result 9.2%: different years')
S.rel('target', U, [F(HN, '7%左右'), r_rev], '2024 revenue target 7%左右 vs 2023 result 8.2%: different years')
S.rel('target', U, [t_inv, F(HT, '33%')], '2023 investment target 12% vs 2022 industrial investment +33%: different year and scope')
a = ALT(HN, 1, n_g, '8.2%', '2023 GDP growth (news) 9.2 → 8.2')
S.rel('restatement', I, [on(a, n_g, '8.2%'), r_g], 'altered: 8.2% vs 9.2% in the report text (breaks {B})')
a = ALT(HN, 2, n_ret, '16.7%', '2023 retail growth (news) 10.7 → 16.7')
S.rel('restatement', I, [on(a, n_ret, '16.7%'), r_ret], 'altered: 16.7% vs 10.7% (breaks {B})')
a = ALT(HR, 1, r_srv, '13.3%', '2023 services growth (report) 10.3 → 13.3')
S.rel('restatement', I, [n_srv, on(a, r_srv, '13.3%')], 'altered: 10.3% vs 13.3% (breaks {B})')
a = ALT(HT, 1, t_g, '9.0%左右', '2023 GDP target (list) 9.5 → 9.0')
S.rel('restatement', I, [on(a, t_g1), on(a, t_g, '9.0%左右')], 'altered: 9.5%左右 vs 9.0%左右 (breaks {B})')

# ---- 杭州: 2019 target (news of the 2019 report) and 2019 results (plan report, 2020)
z_tt = F(ZT, '7%左右', n=0); z_t1 = F(ZT, '7%', '下调至', 1); z_t2 = F(ZT, '7%', '下调至', 2)
z_q = F(ZT, '1.35亿元'); z_l = F(ZT, '1.35万亿元', n=0); z_r = F(ZT, '7%左右', n=1)
z_fi = F(ZT, '1825.06亿元'); z_ft = F(ZT, '3457.46亿元')
h_tg = F(HZ, '7左右', n=0); h_rg = F(HZ, '6.8', n=0); h_tf = F(HZ, '7.5', n=0); h_rf = F(HZ, '7.7', n=0)
h_tu = F(HZ, '7左右', n=1); h_ru = F(HZ, '8.0', n=0); h_tr = F(HZ, '7.5左右'); h_rr = F(HZ, '9.2')
h_g = F(HZ, '15373亿元'); h_f = F(HZ, '1965.97亿元'); h_fr = F(HZ, '7.7%')
hp = [F(HZ, '2.1'), F(HZ, '31.7'), F(HZ, '66.2')]
gr_hf = [z_fi, h_f, h_fr]
S.rel('restatement', C, [z_t1, z_t2], '2019 GDP target 7% stated twice')
S.rel('restatement', I, [z_q, z_l], 'real: the quoted report line says 1.35亿元, the same report figure is 1.35万亿元 elsewhere (unit slip)')
S.rel('target', M, [z_tt, F(HZ, '6.8%')], '杭州 2019: GDP target 7%左右 (news of the 2019 report), result 6.8% (plan report 2020): met (≥ 6.5)')
S.rel('target', M, [h_tg, h_rg], '杭州 2019 table: GDP target 7左右, result 6.8: met')
S.rel('target', M, [h_tf, h_rf], '杭州 2019 table: general budget revenue target 7.5, result 7.7: met')
S.rel('target', M, [h_tu, h_ru], '杭州 2019 table: urban income target 7左右, result 8.0: met')
S.rel('target', M, [h_tr, h_rr], '杭州 2019 table: rural income target 7.5左右, result 9.2: met')
S.rel('growth', C, gr_hf, 'general budget revenue 2018 1825.06 (news) → 2019 1965.97: +7.72% → 7.7')
S.rel('sum', C, hp, '2019 structure 2.1 + 31.7 + 66.2 = 100')
S.rel('growth', U, [z_l, h_g, F(HZ, '6.8%')], '1.35万亿 (2018 estimate) → 15373 is +13.9% nominal; 6.8% is real')
S.rel('target', U, [z_r, z_t1], '2018 GDP result 7%左右 vs 2019 target 7%: different years sharing a number')
S.rel('rate', U, [F(HZ, '1.9%'), F(HZ, '5.0%'), F(HZ, '8.0%', '和'), F(HZ, '6.8%')] + hp, 'sector rates weighted with 2019 shares give about 6.9%, stated 6.8: the weights should be 2018 nominal levels, which are not stated')
S.rel('share', U, [z_fi, z_ft], 'general budget revenue is a part of 财政总收入: no share stated')
a = ALT(HZ, 1, h_f, '1995.97亿元', '2019 general budget revenue 1965.97 → 1995.97')
S.rel('growth', I, R(a, gr_hf, h_f, '1995.97亿元'), 'altered: 1995.97/1825.06 = +9.36%, not 7.7 (breaks {B})')
a = ALT(ZT, 1, z_fi, '1865.06亿元', '2018 general budget revenue 1825.06 → 1865.06')
S.rel('growth', I, R(a, gr_hf, z_fi, '1865.06亿元'), 'altered: 1965.97/1865.06 = +5.41%, not 7.7 (breaks {B})')
a = ALT(HZ, 2, hp[2], '68.2', 'tertiary share 66.2 → 68.2')
S.rel('sum', I, R(a, hp, hp[2], '68.2'), 'altered: 2.1 + 31.7 + 68.2 = 102 (breaks {B})')

# ---- 上城区 (杭州, district) 2019 plan report
S.rel('target', CT, [F(SCD, '6%'), F(SCD, '8%')], '上城区 2019: “较好完成年初确定的各项目标任务”, but the 2019 targets are not stated: cannot tell')
S.rel('sum', U, [F(SCD, '18. 08 亿元'), F(SCD, '4. 97 亿元'), F(SCD, '85 亿元')], 'revenue from two sectors: not a split of the district revenue')
S.rel('share', U, [F(SCD, '85 亿元'), F(SCD, '166 亿元')], 'general budget revenue within 财政总收入: no share stated')
S.rel('target', U, [F(SCD, '6%'), h_tg], '上城区 2019 GDP +6% vs 杭州 2019 target 7左右: different places')

# ---- national 1954–1955 (book chapter on the first five-year plan)
c54 = F(N55, '1050亿元'); c55 = F(N55, '1109亿元'); cr = F(N55, '5.6%')
S.rel('growth', C, [c54, c55, cr], '1109/1050 = +5.62% → 5.6')
S.rel('rate', U, [F(N55, '3.6%'), F(N55, '7.4%'), cr], 'industry +3.6% and agriculture +7.4%: their levels (weights) are not stated')
S.rel('restatement', U, [F(N55, '17%', '工业总产值比上年增长'), F(N55, '17%', '煤增长')], 'industry +17% (1954) vs coal +17% (1955): different indicators and years')
S.rel('growth', U, [F(N55, '84.3亿元'), F(N55, '20%', '比上年增长')], 'investment 84.3 +20%: the 1953 level is not stated')
a = ALT(N55, 1, c55, '1139亿元', '1955 output 1109 → 1139')
S.rel('growth', I, [on(a, c54), on(a, c55, '1139亿元'), on(a, cr)], 'altered: 1139/1050 = +8.48%, not 5.6 (breaks {B})')
a = ALT(N55, 2, cr, '6.6%', 'growth 5.6 → 6.6')
S.rel('growth', I, [on(a, c54), on(a, c55), on(a, cr, '6.6%')], 'altered: 1109/1050 = +5.62%, not 6.6 (breaks {B})')

# ---- national 1956 (report on the 1956 plan results, NPC 1957)
k_g = F(N56, '3,650亿斤'); k_i = F(N56, '154亿斤'); k_r = F(N56, '4.4%')
S.rel('growth', C, [k_g, k_i, k_r], '154/(3650 − 154) = 4.40% → 4.4')
S.rel('target', M, [F(N56, '18.6%'), F(N56, '26%')], '1956 industrial ministries: productivity plan +18.6%, result about +26%: met')
S.rel('target', MS, [F(N56, '8.4%'), F(N56, '7.9%')], '1956 industrial ministries: cost-cut plan 8.4%, result 7.9% (price effect removed): missed, as the text says')
S.rel('restatement', U, [F(N56, '10.7%'), F(N56, '7.9%')], 'cost fall 10.7% with price cuts vs 7.9% without: different measures')
S.rel('growth', U, [F(N56, '582.9亿元'), F(N56, '96%'), F(N56, '4.9%')], '582.9 is 96% of a plan that is not stated; +4.9% over a 1955 level not stated')
a = ALT(N56, 1, k_i, '184亿斤', 'grain increase 154 → 184')
S.rel('growth', I, [on(a, k_g), on(a, k_i, '184亿斤'), on(a, k_r)], 'altered: 184/3466 = 5.31%, not 4.4 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

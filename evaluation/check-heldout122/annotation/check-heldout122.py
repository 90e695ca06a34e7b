"""Check key, set check-heldout122. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout122.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout122'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

WX='wx_2021.txt'; HZ='huz_2021.txt'; HT='huz_2017t.txt'; H22='huz_2022.txt'; JY='jy_2022.txt'; SX='sx_2003.txt'; JH='jh_2003.txt'
WJ='wj_2021.txt'; WK='wj_kp2025_hant.txt'; SD='sd_2022h1.txt'; K21='sd_kp2021.txt'; K19='sd_kp2019.txt'; QD='qd_2021h1_hant.txt'
SH='sh_2014.txt'; JN='jn_xy.txt'

# ---- 吴兴区 2021: target table (人代会目标 vs 完成情况), same district, indicator and year
wx_gt = F(WX, '8%左右'); wx_g = F(WX, '9.7', pre='| '); wx_gdp = F(WX, '853.2亿元')
wx_urt = F(WX, '68%'); wx_ur = F(WX, '73.3')
wx_ft = F(WX, '8%以上', n=0); wx_f = F(WX, '16.2%'); wx_fv = F(WX, '96.2亿')
wx_lt = F(WX, '8%以上', n=1); wx_l = F(WX, '23.9%')
wx_it = F(WX, '11%'); wx_i = F(WX, '25.6%')
wx_pt = F(WX, '12%', n=0); wx_p = F(WX, '17.3%')
wx_mt = F(WX, '12%', n=1); wx_m = F(WX, '44.2%')
wx_tt = F(WX, '12%', n=2); wx_t = F(WX, '492.3%')
tg_wx_g = [wx_gt, wx_g]; tg_wx_p = [wx_pt, wx_p]
S.rel('target', M, tg_wx_g, '吴兴 2021 GDP target “8%左右” (met at ≥ 7.5) → result 9.7%: met')
S.rel('target', M, [wx_urt, wx_ur], '吴兴 2021 urbanisation target 68% → 73.3%: met')
S.rel('target', M, [wx_ft, wx_f], '吴兴 2021 财政总收入 growth target “8%以上” → 16.2%: met')
S.rel('target', M, [wx_lt, wx_l], '吴兴 2021 地方财政收入 growth target “8%以上” → 23.9%: met')
S.rel('target', M, [wx_it, wx_i], '吴兴 2021 fixed-asset investment growth target 11% → 25.6%: met')
S.rel('target', M, tg_wx_p, '吴兴 2021 private investment growth target 12% → 17.3%: met')
S.rel('target', M, [wx_mt, wx_m], '吴兴 2021 manufacturing investment growth target 12% → 44.2%: met')
S.rel('target', M, [wx_tt, wx_t], '吴兴 2021 transport investment growth target 12% → 492.3%: met')

# ---- 湖州 2021 bulletin
hz_t = F(HZ, '3644.9亿元'); hz_p = [F(HZ, '148.6亿元'), F(HZ, '1865.0亿元'), F(HZ, '1631.3亿元')]
hz_s1 = F(HZ, '4.1', post=':51.2'); hz_s2 = F(HZ, '51.2', pre='4.1:'); hz_s3 = F(HZ, '44.7', pre='51.2:')
hz_g = F(HZ, '9.5%'); hz_20 = F(HZ, '3203.9亿元'); hz_f = F(HZ, '683.8亿元'); hz_fg = F(HZ, '17.5%'); hz_b = F(HZ, '413.5亿元'); hz_bg = F(HZ, '22.9%')
sum_hz = hz_p + [hz_t]; sh_hz2 = [hz_p[1], hz_t, hz_s2]
S.rel('sum', C, sum_hz, '湖州 2021: 148.6 + 1865.0 + 1631.3 = 3644.9')
S.rel('share', C, [hz_p[0], hz_t, hz_s1], 'primary 148.6 / 3644.9 = 4.08% → 4.1')
S.rel('share', C, sh_hz2, 'secondary 1865.0 / 3644.9 = 51.17% → 51.2')
S.rel('share', I, [hz_p[2], hz_t, hz_s3], 'REAL ERROR in the original: tertiary 1631.3 / 3644.9 = 44.755% (44.754–44.757 with the half units) rounds to 44.8, not 44.7; the structure was forced to add to 100 (4.1 + 51.2 + 44.8 = 100.1)')
S.rel('growth', U, [hz_20, hz_t, hz_g], '3644.9 / 3203.9 = +13.8% is nominal (current prices); 9.5% is at comparable prices: nominal vs real')
S.rel('sum', U, [F(HZ, '124.9亿元'), F(HZ, '58.7亿元'), F(HZ, '26.6亿元'), F(HZ, '379.6亿元')], 'VAT 124.9 + corporate 58.7 + personal income tax 26.6 = 210.2, not 379.6: only the main taxes are listed (从主要税种看), not a split')
S.rel('sum', U, [hz_b, hz_f], '一般公共预算收入 413.5 is “其中” of 财政总收入 683.8; the remainder (upper-level taxes) is not stated: not a split')
S.rel('rate', U, [hz_g, F(HZ, '2.9%'), F(HZ, '10.6%'), F(HZ, '9.0%')], 'GDP +9.5% from the sectors’ real rates: the previous-year-price weights are not stated (the 2020 structure is given, but the 2020 parts are not and the 2021 structure is not the weight)')

# ---- 湖州 2017 report digest: five-year record and targets (2017–2021)
ht_11 = F(HT, '1520亿元'); ht_16 = F(HT, '2243.1亿元'); ht_g = F(HT, '8.6%')
ht_u = [F(HT, '28993元'), F(HT, '45794元'), F(HT, '9.6%')]; ht_r = [F(HT, '16367元'), F(HT, '26508元'), F(HT, '10.1%')]
ht_gdpT = F(HT, '3000亿元'); ht_finT = F(HT, '500亿元'); ht_svcT = F(HT, '50%'); ht_incT = F(HT, '5万元')
ht_g17 = F(HT, '7.5%以上'); ht_f17 = F(HT, '7%', pre='均增长')
S.rel('growth', C, ht_u, 'urban disposable income 28993 → 45794 over 2012–2016: (45794/28993)^(1/5) = +9.57% a year → 9.6')
S.rel('growth', C, ht_r, 'rural disposable income 16367 → 26508: (26508/16367)^(1/5) = +10.12% a year → 10.1')
S.rel('growth', U, [ht_11, ht_16, ht_g], 'GDP 1520 → 2243.1 is +8.1% a year at current prices; the stated 8.6% is at comparable prices: nominal vs real')
S.rel('target', M, [ht_gdpT, hz_t], 'cross-document: “今后五年” (the term 2017–2021) GDP “突破3000亿元” → 2021 GDP 3644.9: met')
S.rel('target', M, [ht_finT, hz_f], 'cross-document: 财政总收入 “突破500亿元” within the five years → 2021 683.8: met')
S.rel('target', MS, [ht_svcT, hz_s3], 'cross-document: services share of GDP “超过50%” within the five years → 2021 tertiary share 44.7% (1631.3/3644.9 = 44.8%): missed')
S.rel('target', U, [ht_g17, hz_g], '2017 GDP target “7.5%以上” against the 2021 result 9.5%: other year')
S.rel('target', U, [ht_f17, hz_fg], '2017 revenue target +7% against the 2021 result +17.5%: other year')

# ---- 湖州 2023 report digest (2022 review)
h2_gdp = F(H22, '3850亿元'); h2_g = F(H22, '3.3%'); h2_f = F(H22, '674.5亿元'); h2_fg = F(H22, '7.5%'); h2_b = F(H22, '387.3亿元'); h2_bg = F(H22, '1.4%')
h2_ratio = [F(H22, '71044元'), F(H22, '44112元'), F(H22, '1.61')]
S.rel('growth', C, h2_ratio, 'urban 71044 / rural 44112 = 1.611 → 收入倍差 1.61')
S.rel('growth', U, [h2_g, F(H22, '0.3', pre='全省'), F(H22, '0.2', pre='0.3和')], '“高于全国、全省0.3和0.2个百分点”: the national and provincial rates are not stated')
S.rel('growth', U, [hz_t, h2_gdp, h2_g], 'cross-document: 3850 / 3644.9 = +5.6% nominal vs +3.3% real: nominal vs real')
S.rel('growth', U, [hz_f, h2_f, h2_fg], 'cross-document: 674.5 / 683.8 = −1.4%, but the report says “同口径” +7.5%: the comparable-scope base is not stated')
S.rel('growth', U, [hz_b, h2_b, h2_bg], 'cross-document: 387.3 / 413.5 = −6.3% vs “同口径” +1.4%: comparable-scope base not stated (tax rebates)')
S.rel('target', U, [ht_finT, h2_f], 'cross-document: the five-year target (2017–2021) “突破500亿元” against the 2022 result 674.5: outside the target period')
S.rel('target', U, [ht_incT, h2_ratio[0]], 'cross-document: “居民人均可支配收入超过5万元” (all residents, by 2021) against the 2022 urban income 71044: other indicator and year')
S.rel('restatement', U, [wx_gdp, hz_t], 'cross-document: 吴兴 GDP 853.2 is one district of 湖州 3644.9 (other place, no share stated)')
S.rel('restatement', U, [wx_f, hz_fg], 'cross-document: 财政总收入 growth 吴兴 +16.2% vs 湖州 +17.5%: other place')
S.rel('target', U, [wx_gt, hz_g], 'cross-document: 吴兴’s GDP target “8%左右” against 湖州’s result 9.5%: other place')
S.rel('target', U, [wx_lt, hz_bg], 'cross-document: 吴兴’s 地方财政收入 target “8%以上” against 湖州’s 一般公共预算收入 +22.9%: other place')
S.rel('target', U, [ht_gdpT, h2_gdp], 'cross-document: the five-year target (2017–2021) GDP “突破3000亿元” against the 2022 result 3850: outside the target period')
S.rel('sum', U, [F(WX, '63.4亿'), wx_fv], '吴兴 地方财政收入 63.4 within 财政总收入 96.2: the other part is not stated')

# ---- 缙云 2022
jy_t = F(JY, '301.51亿元'); jy_p = [F(JY, '13.63亿元'), F(JY, '146.91亿元'), F(JY, '140.97亿元')]
jy_s = [F(JY, '4.5', post=':48.7'), F(JY, '48.7'), F(JY, '46.8')]
sum_jy = jy_p + [jy_t]
S.rel('sum', C, sum_jy, '缙云 2022: 13.63 + 146.91 + 140.97 = 301.51')
S.rel('share', C, [jy_p[0], jy_t, jy_s[0]], 'primary 13.63 / 301.51 = 4.52% → 4.5')
S.rel('share', C, [jy_p[1], jy_t, jy_s[1]], 'secondary 146.91 / 301.51 = 48.72% → 48.7')
S.rel('share', C, [jy_p[2], jy_t, jy_s[2]], 'tertiary 140.97 / 301.51 = 46.755% → 46.8')
S.rel('rate', U, [F(JY, '5.2%'), F(JY, '4.7%'), F(JY, '6.0%'), F(JY, '4.4%')], 'GDP +5.2% from the sector rates: the 2021 weights are not stated')

# ---- 绍兴 2003
sx_t = F(SX, '1088.39亿元'); sx_p = [F(SX, '83.26亿元'), F(SX, '644.40亿元'), F(SX, '360.73亿元')]
sx_s = [F(SX, '7.7', post='∶59.2'), F(SX, '59.2', pre='7.7∶'), F(SX, '33.1', pre='59.2∶')]
sx_w = [F(SX, '8.6', post='∶58.1'), F(SX, '58.1'), F(SX, '33.3')]
sx_g = F(SX, '15.0%'); sx_r = [F(SX, '4.0%'), F(SX, '17.1%'), F(SX, '14.0%')]
sum_sx = sx_p + [sx_t]
S.rel('sum', C, sum_sx, '绍兴 2003: 83.26 + 644.40 + 360.73 = 1088.39')
S.rel('share', C, [sx_p[0], sx_t, sx_s[0]], 'primary 83.26 / 1088.39 = 7.65% → 7.7')
S.rel('share', C, [sx_p[1], sx_t, sx_s[1]], 'secondary 644.40 / 1088.39 = 59.21% → 59.2')
S.rel('share', C, [sx_p[2], sx_t, sx_s[2]], 'tertiary 360.73 / 1088.39 = 33.14% → 33.1')
S.rel('rate', C, [sx_g] + sx_r + sx_w, 'GDP growth from the sectors’ real rates weighted by the stated 2002 structure (previous-year prices): 0.086×4.0 + 0.581×17.1 + 0.333×14.0 = 14.94 (14.88–15.00 with the half units) → 15.0')
S.rel('sum', U, [F(SX, '50.48亿元'), F(SX, '107.34亿元')], '地方财政收入 50.48 is “其中” of 财政总收入 107.34; the other part is not stated')
S.rel('restatement', U, [sx_g, F(SX, '18.1%')], 'GDP growth 15.0% (whole city) vs 18.1% (市区 only): overlapping scopes')

# ---- 金华 2003
jh_t = F(JH, '798.98亿元'); jh_p = [F(JH, '56.58亿元'), F(JH, '446.58亿元'), F(JH, '295.82亿元')]
sum_jh = jh_p + [jh_t]
S.rel('sum', C, sum_jh, '金华 2003: 56.58 + 446.58 + 295.82 = 798.98')
S.rel('rate', U, [F(JH, '15.5%'), F(JH, '4.7%'), F(JH, '16.9%'), F(JH, '15.6%', pre='295.82亿元,增长')], 'GDP +15.5% from sector rates: the 2002 weights are not stated')
S.rel('growth', U, [F(JH, '15.5%'), F(JH, '2.6个百分点')], '“增幅比上年提高2.6个百分点”: the 2002 rate is not stated')
S.rel('growth', U, [F(JH, '15.5%'), F(JH, '15.2%')], 'per-capita GDP +15.2% vs GDP +15.5%: population growth not stated')
S.rel('restatement', U, [F(JH, '4.7%'), F(JY, '4.7%')], 'cross-document: primary-sector growth 4.7% in 金华 2003 and in 缙云 2022: other place and year')

# ---- 吴江 2021 bulletin
wj_t = F(WJ, '2224.53亿元'); wj_p = [F(WJ, '37.34亿元'), F(WJ, '1160.01亿元'), F(WJ, '1027.18亿元')]; wj_ind = F(WJ, '1072.71亿元')
wj_s = [F(WJ, '1.7', post=':52.1'), F(WJ, '52.1'), F(WJ, '46.2')]
wj_rev = F(WJ, '258.06亿元'); wj_tax = F(WJ, '220.87亿元'); wj_tr = F(WJ, '85.6%'); wj_sp = F(WJ, '351.12亿元'); wj_ms = F(WJ, '282.77亿元'); wj_mr = F(WJ, '80.5%')
sum_wj = wj_p + [wj_t]; sh_wjt = [wj_tax, wj_rev, wj_tr]
S.rel('sum', C, sum_wj, '吴江 2021: 37.34 + 1160.01 + 1027.18 = 2224.53')
S.rel('share', C, [wj_p[0], wj_t, wj_s[0]], 'primary 37.34 / 2224.53 = 1.68% → 1.7')
S.rel('share', C, [wj_p[1], wj_t, wj_s[1]], 'secondary 1160.01 / 2224.53 = 52.15% → 52.1')
S.rel('share', C, [wj_p[2], wj_t, wj_s[2]], 'tertiary 1027.18 / 2224.53 = 46.18% → 46.2')
S.rel('share', C, sh_wjt, 'tax 220.87 / general budget revenue 258.06 = 85.59% → 85.6')
S.rel('share', C, [wj_ms, wj_sp, wj_mr], 'livelihood spending 282.77 / 351.12 = 80.53% → 80.5')
S.rel('sum', U, [wj_p[0], wj_ind, wj_p[2], wj_t], 'industry 1072.71 is part of the secondary sector (construction left out): 37.34 + 1072.71 + 1027.18 ≠ 2224.53 is not a split')
S.rel('sum', U, [F(WJ, '1.28万户'), F(WJ, '2.08万户'), F(WJ, '3.43万户')], 'new private firms 1.28 + individual businesses 2.08 = 3.36 of 3.43 new market entities: other kinds (other firms, co-operatives) not listed')
S.rel('sum', U, [F(WJ, '8.73万户'), F(WJ, '15.05万户'), F(WJ, '24.35万户')], 'private firms 8.73 + individual businesses 15.05 = 23.78 of 24.35: not a split')
S.rel('growth', U, [wj_s[1], F(WJ, '2.2个百分点')], '“第二产业占比较去年提升2.2个百分点”: the 2020 share is not stated')
S.rel('growth', U, [wj_mr, F(WJ, '1.9个百分点')], '“高于去年同期1.9个百分点”: the 2020 share is not stated')
S.rel('rate', U, [F(WJ, '8.0%'), F(WJ, '1.5%'), F(WJ, '10.8%'), F(WJ, '5.3%')], 'GDP +8.0% from sector rates: the 2020 weights are not stated')

# ---- 吴江 key projects Jan–Aug 2025 (traditional)
wk_d = F(WK, '487.68億元'); wk_p = F(WK, '629億元'); wk_r = F(WK, '77.53%'); wk_n = F(WK, '148個'); wk_s = F(WK, '95個'); wk_sr = F(WK, '64.19%')
sh_wk = [wk_d, wk_p, wk_r]; sh_wks = [wk_s, wk_n, wk_sr]
S.rel('share', C, sh_wk, '吴江 Jan–Aug 2025: 487.68 of the annual plan 629 = 77.53%')
S.rel('target', CT, [wk_d, wk_r], '77.53% of the 2025 plan by end-August: the year is not over')
S.rel('share', C, sh_wks, '95 of 148 planned new starts begun = 64.19%')
S.rel('restatement', U, [F(WK, '91.12%', n=0), F(WK, '91.12%', n=1)], '平望镇 and 七都镇 both 91.12%: the same number for two towns (other place), not a restatement')
S.rel('sum', U, [wk_n, F(WK, '323個')], '148 new-start projects within 323 key projects: the other groups are not stated')

# ---- 山东 H1 2022
sd_t = F(SD, '41717.4亿元'); sd_p = [F(SD, '2884.0亿元'), F(SD, '16643.0亿元'), F(SD, '22190.0亿元')]
sd_s = [F(SD, '6.9', post=':39.9'), F(SD, '39.9'), F(SD, '53.2')]
sd_g = F(SD, '3.6%'); qd22 = F(SD, '7070.4亿元'); qd22s = F(SD, '16.95%'); qd22g = F(SD, '3.7%'); yt_g = F(SD, '4.5%')
sh_qd = [qd22, sd_t, qd22s]; gr_qd = [qd22g, sd_g, F(SD, '0.1个')]; gr_yt = [yt_g, sd_g, F(SD, '0.9个')]
S.rel('sum', I, sd_p + [sd_t], 'REAL ERROR in the original: 2884.0 + 16643.0 + 22190.0 = 41717.0 (41716.85–41717.15 with the half units), not 41717.4; the three parts look rounded to whole 亿 and written with “.0”')
S.rel('share', C, [sd_p[0], sd_t, sd_s[0]], 'primary 2884.0 / 41717.4 = 6.91% → 6.9')
S.rel('share', C, [sd_p[1], sd_t, sd_s[1]], 'secondary 16643.0 / 41717.4 = 39.89% → 39.9')
S.rel('share', C, [sd_p[2], sd_t, sd_s[2]], 'tertiary 22190.0 / 41717.4 = 53.19% → 53.2')
S.rel('share', C, sh_qd, '青岛 7070.4 / 山东 41717.4 = 16.948% → 16.95%')
S.rel('growth', C, gr_qd, '青岛 3.7% − 山东 3.6% = 0.1 point')
S.rel('growth', C, gr_yt, '烟台 4.5% − 山东 3.6% = 0.9 point')
S.rel('growth', C, [F(SD, '2.7%'), sd_g], '济南 2.7% “低于全省增速” 3.6%')
S.rel('share', U, [F(SD, '14.6%'), sd_p[1]], '青岛’s secondary value added “占全省增加值的14.6%”: 青岛’s secondary level is not stated')
S.rel('restatement', U, [qd22, F(QD, '6539.21億元')], 'cross-document: 青岛 H1 GDP 7070.4 (2022) vs 6539.21 (2021): other period')
S.rel('growth', U, [F(QD, '6539.21億元'), qd22, qd22g], 'cross-document: 7070.4 / 6539.21 = +8.1% nominal vs +3.7% real')

# ---- 山东 major projects Jan–Jul 2021
k1_t = F(K21, '1735.6亿元'); k1_p = [F(K21, '987.8亿元'), F(K21, '232.7亿元'), F(K21, '205.7亿元'), F(K21, '309.4亿元')]
k1_n = F(K21, '385个'); k1_s = F(K21, '355个'); k1_sr = F(K21, '92.2%')
sum_k1 = k1_p + [k1_t]; sh_k1 = [k1_s, k1_n, k1_sr]
S.rel('sum', C, sum_k1, '实施类 projects by field: 987.8 + 232.7 + 205.7 + 309.4 = 1735.6')
S.rel('share', C, sh_k1, '355 of 385 实施类 projects started = 92.21% → 92.2%')
S.rel('target', CT, [k1_t, F(K21, '83.6%')], '83.6% of the 2021 plan by end-July: the year is not over')
S.rel('share', U, [F(K21, '83.6%'), F(K21, '93.0%'), F(K21, '93.9%'), F(K21, '84.0%'), F(K21, '60.1%')], 'field shares of unstated field plans: the plans they imply (about 1062 + 248 + 245 + 515 = 2070) fall short of the plan implied by 83.6% (about 2076), but no plan is stated, so nothing is checkable')
S.rel('sum', U, [k1_t, F(K21, '1854.2亿元', n=1)], '实施类 1735.6 within all 581 projects 1854.2: the preparatory projects’ 118.6 is not stated; not a split')
S.rel('share', U, [F(K21, '380个', n=1), F(K21, '581个', n=1), k1_sr], '380 of 581 started (65.4%) vs the stated 开工率 92.2%, which is over the 385 实施类 projects only: other base')

# ---- 山东 key projects Jan–May 2019
k9_h = F(K19, '442.6亿元', n=0); k9_t = F(K19, '442.6亿元', n=1); k9_a = F(K19, '405.8亿元'); k9_b = F(K19, '36.8亿元')
sum_k9 = [k9_a, k9_b, k9_t]; rs_k9 = [k9_h, k9_t]
S.rel('sum', C, sum_k9, '100 construction projects 405.8 + 20 preparatory 36.8 = 442.6')
S.rel('sum', C, [F(K19, '100个'), F(K19, '20个'), F(K19, '120个')], '100 + 20 = 120 provincial key projects')
S.rel('restatement', C, rs_k9, 'headline 442.6 restates the body total 442.6')
S.rel('target', CT, [k9_a, F(K19, '45.5%')], '45.5% of the 2019 plan by end-May: the year is not over')
S.rel('share', U, [F(K19, '247.7亿元'), k9_a, F(K19, '42.7%')], 'infrastructure 247.7 at 42.7% of its own plan, within the 405.8 at 45.5%: the plans are not stated, and 247.7/405.8 = 61% is no stated share')

# ---- 青岛 H1 2021 (traditional)
qd_t = F(QD, '6539.21億元'); qd_p = [F(QD, '213.96億元'), F(QD, '2244.94億元'), F(QD, '4080.31億元')]
qd_n = F(QD, '319種'); qd_k = F(QD, '243種'); qd_sr = F(QD, '超七成')
sum_qd = qd_p + [qd_t]; sh_qdp = [qd_k, qd_n, qd_sr]
S.rel('sum', C, sum_qd, '青岛 H1 2021: 213.96 + 2244.94 + 4080.31 = 6539.21')
S.rel('share', C, sh_qdp, '243 of 319 products grew = 76.2%: “增長面超七成” (≥ 70%)')
S.rel('restatement', U, [F(QD, '7.2%', n=0), F(QD, '7.2%', n=1)], '第一产业增加值 +7.2% vs 农林牧渔业增加值 +7.2%: other indicators (the latter includes farm services; their two-year averages differ, 3.8% vs 4.0%)')
S.rel('growth', U, [F(QD, '13.8%'), F(QD, '6.7%')], 'two-year average 6.7% from this year’s +13.8%: the H1 2020 rate is not stated')
S.rel('growth', U, [F(QD, '16.4%'), F(QD, '0.4個')], 'industry “比一季度加快0.4个百分点”: which rate (two-year average 7.3%?) and the Q1 figure are not stated')

# ---- 上海 2014 bulletin
sh_t = F(SH, '23560.94亿元'); sh_p = [F(SH, '124.26亿元'), F(SH, '8164.79亿元'), F(SH, '15271.89亿元')]; sh_s3 = F(SH, '64.8%')
sum_sh = sh_p + [sh_t]; sh_sh = [sh_p[2], sh_t, sh_s3]
S.rel('sum', C, sum_sh, '上海 2014: 124.26 + 8164.79 + 15271.89 = 23560.94')
S.rel('share', C, sh_sh, 'tertiary 15271.89 / 23560.94 = 64.82% → 64.8%')
S.rel('growth', U, [sh_s3, F(SH, '1.6个百分点')], '“比上年提高1.6个百分点”: the 2013 share is not stated')
S.rel('rate', U, [F(SH, '7.0%'), F(SH, '0.1%'), F(SH, '4.3%'), F(SH, '8.8%')], 'GDP +7.0% from sector rates: the 2013 weights are not stated')
S.rel('share', U, [sh_t, F(SH, '9.73万元')], 'per-capita GDP 9.73万 from 23560.94: the resident population is not stated')

# ---- 济宁 county economies, H1
jn_a = F(JN, '107个'); jn_b = F(JN, '89个'); jn_t = F(JN, '196个')
sum_jn = [jn_a, jn_b, jn_t]
S.rel('sum', C, sum_jn, 'first batch 107 + second batch 89 = the 196 projects of the “两次集中开工”')
S.rel('target', CT, [F(JN, '347.83亿元'), F(JN, '53.5%')], '53.5% of the annual target for outside capital by mid-year: the year is not over')
S.rel('target', CT, [F(JN, '131.9亿元'), F(JN, '55.4%')], 'first batch 131.9 = 55.4% of its annual plan by June: the year is not over (the plan is not stated)')
S.rel('restatement', U, [F(JN, '27个'), F(JN, '20个')], '“过10亿元以上项目达到27个” (of the 196 concentrated starts) vs “10亿元以上大项目20个” (of 415 new investment-promotion projects): other lists')
S.rel('growth', U, [F(JN, '13.2%'), F(JN, '1.2个百分点')], '社零 +13.2%, “较一季度提高1.2个百分点”: the Q1 rate is not stated')
S.rel('growth', U, [F(JN, '1728家'), F(JN, '65家')], '1728 firms, “比年初增加了65家”: the start-of-year count is not stated (1663 would be implied, but entries and exits are not)')

# ---- altered copies
a = ALT(WX, 1, wx_g, '7.2', 'GDP growth 9.7 → 7.2')
S.rel('target', MS, R(a, tg_wx_g, wx_g, '7.2'), 'altered: GDP target “8%左右” (met at ≥ 7.5) → 7.2%: missed, although the table still says 完成 (breaks {B})')
a = ALT(WX, 2, wx_p, '11.3%', 'private investment growth 17.3% → 11.3%')
S.rel('target', MS, R(a, tg_wx_p, wx_p, '11.3%'), 'altered: private investment target 12% → 11.3%: missed (breaks {B})')
a = ALT(HZ, 1, hz_p[2], '1681.3亿元', 'tertiary value added 1631.3 → 1681.3')
S.rel('sum', I, R(a, sum_hz, hz_p[2], '1681.3亿元'), 'altered: 148.6 + 1865.0 + 1681.3 = 3694.9, not 3644.9 (breaks {B})')
a = ALT(HZ, 2, hz_s2, '57.2', 'secondary share 51.2 → 57.2')
S.rel('share', I, R(a, sh_hz2, hz_s2, '57.2'), 'altered: 1865.0 / 3644.9 = 51.2%, not 57.2% (breaks {B})')
a = ALT(HT, 1, ht_u[1], '45294元', 'urban income 2016 45794 → 45294')
S.rel('growth', I, R(a, ht_u, ht_u[1], '45294元'), 'altered: (45294/28993)^(1/5) = +9.33% a year, not 9.6 (breaks {B})')
a = ALT(HT, 2, ht_r[1], '25508元', 'rural income 2016 26508 → 25508')
S.rel('growth', I, R(a, ht_r, ht_r[1], '25508元'), 'altered: (25508/16367)^(1/5) = +9.28% a year, not 10.1 (breaks {B})')
a = ALT(H22, 1, h2_ratio[1], '41112元', 'rural income 44112 → 41112')
S.rel('growth', I, R(a, h2_ratio, h2_ratio[1], '41112元'), 'altered: 71044 / 41112 = 1.73, not 1.61 (breaks {B})')
a = ALT(JY, 1, jy_p[1], '146.31亿元', 'secondary value added 146.91 → 146.31')
S.rel('sum', I, R(a, sum_jy, jy_p[1], '146.31亿元'), 'altered: 13.63 + 146.31 + 140.97 = 300.91, not 301.51 (breaks {B})')
a = ALT(JY, 2, jy_s[2], '43.8', 'tertiary share 46.8 → 43.8')
S.rel('share', I, R(a, [jy_p[2], jy_t, jy_s[2]], jy_s[2], '43.8'), 'altered: 140.97 / 301.51 = 46.8%, not 43.8% (breaks {B})')
a = ALT(SX, 1, sx_p[1], '649.40亿元', 'secondary value added 644.40 → 649.40')
S.rel('sum', I, R(a, sum_sx, sx_p[1], '649.40亿元'), 'altered: 83.26 + 649.40 + 360.73 = 1093.39, not 1088.39 (breaks {B})')
a = ALT(SX, 2, sx_s[0], '7.2', 'primary share 7.7 → 7.2')
S.rel('share', I, R(a, [sx_p[0], sx_t, sx_s[0]], sx_s[0], '7.2'), 'altered: 83.26 / 1088.39 = 7.65%, not 7.2% (breaks {B})')
a = ALT(JH, 1, jh_p[1], '440.58亿元', 'secondary value added 446.58 → 440.58')
S.rel('sum', I, R(a, sum_jh, jh_p[1], '440.58亿元'), 'altered: 56.58 + 440.58 + 295.82 = 792.98, not 798.98 (breaks {B})')
a = ALT(JH, 2, jh_p[2], '295.32亿元', 'tertiary value added 295.82 → 295.32')
S.rel('sum', I, R(a, sum_jh, jh_p[2], '295.32亿元'), 'altered: 56.58 + 446.58 + 295.32 = 798.48, not 798.98 (breaks {B})')
a = ALT(WJ, 1, wj_p[2], '1021.18亿元', 'tertiary value added 1027.18 → 1021.18')
S.rel('sum', I, R(a, sum_wj, wj_p[2], '1021.18亿元'), 'altered: 37.34 + 1160.01 + 1021.18 = 2218.53, not 2224.53 (breaks {B})')
a = ALT(WJ, 2, wj_tax, '226.87亿元', 'tax revenue 220.87 → 226.87')
S.rel('share', I, R(a, sh_wjt, wj_tax, '226.87亿元'), 'altered: 226.87 / 258.06 = 87.9%, not 85.6% (breaks {B})')
a = ALT(WK, 1, wk_d, '482.68億元', 'Jan–Aug investment 487.68 → 482.68')
S.rel('share', I, R(a, sh_wk, wk_d, '482.68億元'), 'altered: 482.68 / 629 = 76.74%, not 77.53% (breaks {B})')
a = ALT(WK, 2, wk_s, '93個', 'new starts begun 95 → 93')
S.rel('share', I, R(a, sh_wks, wk_s, '93個'), 'altered: 93 / 148 = 62.84%, not 64.19% (breaks {B})')
a = ALT(SD, 1, qd22, '7010.4亿元', '青岛 H1 GDP 7070.4 → 7010.4')
S.rel('share', I, R(a, sh_qd, qd22, '7010.4亿元'), 'altered: 7010.4 / 41717.4 = 16.80%, not 16.95% (breaks {B})')
a = ALT(SD, 2, yt_g, '4.8%', '烟台 growth 4.5% → 4.8%')
S.rel('growth', I, R(a, gr_yt, yt_g, '4.8%'), 'altered: 4.8 − 3.6 = 1.2 points, not 0.9 (breaks {B})')
a = ALT(K21, 1, k1_p[1], '238.7亿元', 'platform projects 232.7 → 238.7')
S.rel('sum', I, R(a, sum_k1, k1_p[1], '238.7亿元'), 'altered: 987.8 + 238.7 + 205.7 + 309.4 = 1741.6, not 1735.6 (breaks {B})')
a = ALT(K21, 2, k1_s, '335个', '实施类 projects started 355 → 335')
S.rel('share', I, R(a, sh_k1, k1_s, '335个'), 'altered: 335 / 385 = 87.0%, not 92.2% (breaks {B})')
a = ALT(K19, 1, k9_b, '39.8亿元', 'preparatory projects 36.8 → 39.8')
S.rel('sum', I, R(a, sum_k9, k9_b, '39.8亿元'), 'altered: 405.8 + 39.8 = 445.6, not 442.6 (breaks {B})')
a = ALT(K19, 2, k9_h, '448.6亿元', 'headline total 442.6 → 448.6')
S.rel('restatement', I, R(a, rs_k9, k9_h, '448.6亿元'), 'altered: headline 448.6 vs body 442.6 (breaks {B})')
a = ALT(QD, 1, qd_p[1], '2249.94億元', 'secondary value added 2244.94 → 2249.94')
S.rel('sum', I, R(a, sum_qd, qd_p[1], '2249.94億元'), 'altered: 213.96 + 2249.94 + 4080.31 = 6544.21, not 6539.21 (breaks {B})')
a = ALT(QD, 2, qd_k, '213種', 'products with growth 243 → 213')
S.rel('share', I, R(a, sh_qdp, qd_k, '213種'), 'altered: 213 / 319 = 66.8%, not “超七成” (breaks {B})')
a = ALT(SH, 1, sh_p[1], '8169.79亿元', 'secondary value added 8164.79 → 8169.79')
S.rel('sum', I, R(a, sum_sh, sh_p[1], '8169.79亿元'), 'altered: 124.26 + 8169.79 + 15271.89 = 23565.94, not 23560.94 (breaks {B})')
a = ALT(SH, 2, sh_s3, '63.8%', 'tertiary share 64.8% → 63.8%')
S.rel('share', I, R(a, sh_sh, sh_s3, '63.8%'), 'altered: 15271.89 / 23560.94 = 64.8%, not 63.8% (breaks {B})')
a = ALT(JN, 1, jn_b, '83个', 'second batch 89 → 83')
S.rel('sum', I, R(a, sum_jn, jn_b, '83个'), 'altered: 107 + 83 = 190, not 196 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

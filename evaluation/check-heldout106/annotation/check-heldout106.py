"""Check key, set check-heldout106. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout106.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout106'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

HZ='hz_ly2010.txt'; SX='sx_gq_hant.txt'; JT='jt_2019h1.txt'; CN='cn_2000.txt'; CA='ca_2000.txt'; TL='tl_2003.txt'
JD='jd_2021m10.txt'; JD3='jd_2003.txt'; YC='yc_2009jy.txt'; CZ='cz_2011jy.txt'; WZ='wz_2018m4.txt'
SH8='sh_2008jh_hant.txt'; SH10='sh_2010bg_hant.txt'; XS='xs_2007.txt'; WJ='wj_2018bg.txt'

# ---- 湖州 (浙江) 2010 tourism by district/county (yearbook table 7-39, 2011 yearbook)
h_tot = F(HZ, '2888.85'); h_c = [F(HZ, x) for x in ('504.83', '520.86', '610.04', '609.63', '643.49')]; h_city = F(HZ, '1025.69')
h_dom = F(HZ, '2855.68'); h_in = F(HZ, '331650'); h_ic = [F(HZ, x) for x in ('60960', '139390', '43616', '26325', '61359')]
h_rev = F(HZ, '214.16'); h_rc = [F(HZ, x) for x in ('37.37', '40.31', '44.78', '44.18', '47.52')]; h_rcity = F(HZ, '77.68')
h_fx = F(HZ, '12585'); h_fc = [F(HZ, x) for x in ('2145', '5611', '1721', '707', '2401')]; h_drev = F(HZ, '205.61')
sum_h1 = h_c + [h_tot]; sum_h2 = h_c[:2] + [h_city]; sum_h3 = [h_dom, h_in, h_tot]; sum_h4 = h_ic + [h_in]
sum_h5 = h_rc + [h_rev]; sum_h6 = h_rc[:2] + [h_rcity]; sum_h7 = h_fc + [h_fx]
S.rel('sum', C, sum_h1, 'visitors: 吴兴 504.83 + 南浔 520.86 + 德清 610.04 + 长兴 609.63 + 安吉 643.49 = 2888.85万人次')
S.rel('sum', C, sum_h2, '市区 = 吴兴 + 南浔: 504.83 + 520.86 = 1025.69')
S.rel('sum', C, sum_h3, 'domestic 2855.68万 + inbound 331650人次 (33.165万) = 2888.845 → 2888.85万人次 (unit conversion)')
S.rel('sum', C, sum_h4, 'inbound visitors: 60960 + 139390 + 43616 + 26325 + 61359 = 331650')
S.rel('sum', C, sum_h5, 'tourism revenue: 37.37 + 40.31 + 44.78 + 44.18 + 47.52 = 214.16亿')
S.rel('sum', C, sum_h6, '市区 revenue: 37.37 + 40.31 = 77.68')
S.rel('sum', C, sum_h7, 'foreign-exchange revenue: 2145 + 5611 + 1721 + 707 + 2401 = 12585万美元')
S.rel('sum', U, [h_drev, h_fx, h_rev], 'total revenue 214.16亿 − domestic 205.61亿 = 8.55亿 vs FX 12585万美元: the exchange rate (≈6.8) is not stated; not a check')
S.rel('sum', U, h_c + [h_city, h_tot], 'the △市区 column (1025.69) is 吴兴 + 南浔 again: adding it to the five districts/counties double counts (overlapping scopes)')
S.rel('share', U, [h_rcity, h_rev], '市区 revenue 77.68 of 214.16 (36.3%): no share is stated')
a = ALT(HZ, 1, h_c[2], '619.04', '德清 visitors 610.04 → 619.04')
S.rel('sum', I, R(a, sum_h1, h_c[2], '619.04'), 'altered: the five add to 2897.85, not 2888.85 (breaks {B})')
a = ALT(HZ, 2, h_fc[1], '5617', '南浔 FX revenue 5611 → 5617')
S.rel('sum', I, R(a, sum_h7, h_fc[1], '5617'), 'altered: FX revenue adds to 12591, not 12585 (breaks {B})')
a = ALT(HZ, 3, h_rc[1], '46.31', '南浔 tourism revenue 40.31 → 46.31')
S.rel('sum', I, R(a, sum_h5, h_rc[1], '46.31'), 'altered: revenue adds to 220.16, not 214.16 (breaks {B})')
S.rel('sum', I, R(a, sum_h6, h_rc[1], '46.31'), 'altered: 37.37 + 46.31 = 83.68, not 77.68 (breaks {B})')

# ---- 绍兴 (浙江) National-Day golden week, visitors by city district and county (news, traditional; year not stated)
x_tot = F(SX, '312.08萬'); x_g = F(SX, '22.39%'); x_p = [F(SX, '138.77萬'), F(SX, '76.11萬'), F(SX, '29.53萬'), F(SX, '20.32萬'), F(SX, '20.75萬'), F(SX, '26.6萬')]
x_pg = [F(SX, '22.81%'), F(SX, '22.25%'), F(SX, '21.57%'), F(SX, '40.14%'), F(SX, '15.03%'), F(SX, '16.21%')]
sum_x = x_p + [x_tot]; rate_x = x_p + x_pg + [x_tot, x_g]
S.rel('sum', C, sum_x, 'visitors: 市区 138.77 + 绍兴县 76.11 + 诸暨 29.53 + 上虞 20.32 + 嵊州 20.75 + 新昌 26.6 = 312.08万人次')
S.rel('rate', C, rate_x, 'total growth from the parts: last year = Σ level/(1+rate) = 254.97 → 312.08/254.97 = +22.40% (central); with each input to its half unit the range is 22.392–22.404, so the stated 22.39% is inside (judgement call)')
S.rel('share', U, [F(SX, '105943.42萬元'), F(SX, '227,961.55萬元')], '市区 revenue 105943.42万 of 227,961.55万 (46.5%): no share is stated')
S.rel('growth', U, [F(SX, '24.65%'), F(SX, '23.95%')], '市区 revenue +24.65% vs total revenue +23.95%: the counties’ revenue is not stated, so the rates cannot be reconciled')
a = ALT(SX, 1, x_p[1], '78.11萬', '绍兴县 visitors 76.11 → 78.11')
S.rel('sum', I, R(a, sum_x, x_p[1], '78.11萬'), 'altered: the parts add to 314.08, not 312.08 (breaks {B})')
S.rel('rate', I, R(a, rate_x, x_p[1], '78.11萬'), 'altered: the parts no longer reproduce the total and its growth (breaks {B})')
a = ALT(SX, 2, x_g, '23.39%', 'total visitor growth 22.39 → 23.39')
S.rel('rate', I, R(a, rate_x, x_g, '23.39%'), 'altered: the parts’ levels and rates give +22.40%, not 23.39 (breaks {B})')

# ---- 金坛区 (常州, 江苏) H1 2019 industrial invoiced sales (工信局 note)
j_s = F(JT, '683.72亿元'); j_g = F(JT, '11.50%'); j_i = F(JT, '70.51亿元'); j_ss = F(JT, '502.32亿元'); j_sg = F(JT, '5.87%'); j_si = F(JT, '27.84亿元')
S.rel('growth', C, [j_s, j_i, j_g], '+70.51 on 683.72 − 70.51 = 613.21: +11.498% → 11.50')
S.rel('growth', C, [j_ss, j_si, j_sg], '规模 firms +27.84 on 502.32 − 27.84 = 474.48: +5.867% → 5.87')
S.rel('growth', U, [j_g, F(JT, '5.12个')], '+11.50%, 5.12 points above the 常州 average: the city average is not stated')
S.rel('restatement', U, [F(JT, '683.69亿元'), j_s, F(JT, '11.60%'), j_g], '镇区 683.69 (+11.60%) vs 全区 683.72 (+11.50%): overlapping scopes with near-equal numbers, not a restatement')
S.rel('share', U, [j_ss, j_s], '462 规模 firms 502.32 of 683.72 (73.5%): no share is stated')
a = ALT(JT, 1, j_i, '76.51亿元', 'net increase 70.51 → 76.51')
S.rel('growth', I, [on(a, j_s), on(a, j_i, '76.51亿元'), on(a, j_g)], 'altered: +76.51 on 607.21 is +12.6%, not 11.50 (breaks {B})')
a = ALT(JT, 2, j_sg, '5.37%', '规模 growth 5.87 → 5.37')
S.rel('growth', I, [on(a, j_ss), on(a, j_si), on(a, j_sg, '5.37%')], 'altered: +27.84 on 474.48 is +5.87%, not 5.37 (breaks {B})')

# ---- 长宁区 (上海) 2000 statistical bulletin (district)
c_t = F(CN, '39.87亿元'); c_1 = F(CN, '0.07亿元'); c_2 = F(CN, '8.21亿元'); c_3 = F(CN, '31.59亿元')
c_p = [F(CN, '0.2%'), F(CN, '20.6%'), F(CN, '79.2%')]; c_d = [F(CN, '0.1个'), F(CN, '0.3个'), F(CN, '0.4个')]
c_inv = F(CN, '38.76亿元'); c_ig = F(CN, '5.1%'); c_h = F(CN, '31.88亿元'); c_hg = F(CN, '27.8%'); c_hp = F(CN, '82.3%'); c_hd = F(CN, '14.7个')
sum_c = [c_1, c_2, c_3, c_t]
S.rel('sum', C, sum_c, '0.07 + 8.21 + 31.59 = 39.87')
S.rel('share', C, [c_1, c_t, c_p[0]], 'primary 0.07/39.87 = 0.18% → 0.2')
S.rel('share', C, [c_2, c_t, c_p[1]], 'secondary 8.21/39.87 = 20.59% → 20.6')
S.rel('share', C, [c_3, c_t, c_p[2]], 'tertiary 31.59/39.87 = 79.23% → 79.2')
S.rel('sum', C, c_p, '0.2 + 20.6 + 79.2 = 100')
S.rel('sum', C, c_d, 'share changes −0.1 − 0.3 + 0.4 = 0, as shares adding to 100 in both years require')
S.rel('share', C, [c_h, c_inv, c_hp], 'commercial housing 31.88/38.76 = 82.25% → 82.3')
rel_c = [c_h, c_hg, c_inv, c_ig, c_hp, c_hd]
S.rel('growth', C, rel_c, 'share change from levels and rates: 1999 share = (31.88/1.278)/(38.76/1.051) = 67.64%, so +14.61 (central); with the inputs to their half units the 1999 share is 67.56–67.72 and 82.3 − 14.7 = 67.6 is inside (judgement call)')
S.rel('share', U, [F(CN, '13.74亿元'), F(CN, '17.64亿元')], '区级 revenue 13.74 of 17.64 (77.9%): no share is stated')
S.rel('growth', U, [F(CN, '12.0%'), F(CN, '7个')], '区级 revenue +12.0%, 7 points faster than a year before: the 1999 rate is not stated')
S.rel('sum', U, [F(CN, '3.19亿元'), c_h, c_inv], 'renovation 3.19 + commercial housing 31.88 = 35.07 of 38.76: two 其中 items, not a split')
a = ALT(CN, 1, c_2, '8.27亿元', 'secondary value added 8.21 → 8.27')
S.rel('sum', I, R(a, sum_c, c_2, '8.27亿元'), 'altered: parts add to 39.93, not 39.87 (breaks {B})')
S.rel('share', I, [on(a, c_2, '8.27亿元'), on(a, c_t), on(a, c_p[1])], 'altered: 8.27/39.87 = 20.7%, not 20.6 (breaks {B})')
a = ALT(CN, 2, c_hp, '85.3%', 'commercial-housing share 82.3 → 85.3')
S.rel('share', I, [on(a, c_h), on(a, c_inv), on(a, c_hp, '85.3%')], 'altered: 31.88/38.76 = 82.3%, not 85.3 (breaks {B})')
S.rel('growth', I, R(a, rel_c, c_hp, '85.3%'), 'altered: 85.3 − 14.7 = 70.6, but levels and rates give a 1999 share of 67.6 (breaks {B})')

# ---- 淳安县 (杭州, 浙江) 2000 statistical bulletin (county)
a_t = F(CA, '33.2亿元'); a_1 = F(CA, '8.7亿元'); a_3 = F(CA, '11.7亿元'); a_p = [F(CA, '26.4%'), F(CA, '38.3%'), F(CA, '35.3%')]
a_f = F(CA, '2588公顷'); a_fg = F(CA, '7.6%'); a_e = F(CA, '1883公顷'); a_eg = F(CA, '19.2%'); a_ep = F(CA, '72.8%'); a_ed = F(CA, '16.4个')
a_m = F(CA, '14884吨'); a_mg = F(CA, '7.9', pre='14884吨 '); a_pm = F(CA, '14133吨'); a_pmg = F(CA, '6.5', pre='14133吨 ')
a_pl = F(CA, '751吨'); a_plg = F(CA, '44.7', pre='751吨 ')
sum_a1 = a_p; share_a3 = [a_3, a_t, a_p[2]]; sum_a2 = [a_pm, a_pl, a_m]; rate_a = [a_pm, a_pmg, a_pl, a_plg, a_m, a_mg]
S.rel('sum', C, sum_a1, '26.4 + 38.3 + 35.3 = 100')
S.rel('share', C, [a_1, a_t, a_p[0]], 'primary 8.7/33.2 = 26.20% (central); with the inputs to their half units the range reaches 8.75/33.15 = 26.40%, so 26.4 is (just) inside (judgement call)')
S.rel('share', C, share_a3, 'tertiary 11.7/33.2 = 35.24% (central); range 35.03–35.45 holds 35.3 (judgement call)')
S.rel('share', C, [a_e, a_f, a_ep], 'economic forest 1883/2588 = 72.76% → 72.8')
S.rel('growth', C, [a_e, a_eg, a_f, a_fg, a_ep, a_ed], '1999 share = (1883/1.192)/(2588/0.924) = 56.40%, so 72.8 − 56.4 = +16.4 points')
S.rel('sum', C, sum_a2, 'meat: pork/beef/mutton 14133 + poultry 751 = 14884吨')
S.rel('rate', C, rate_a, 'meat growth from the parts: 14884/(14133/1.065 + 751/1.447) = +7.94% → 7.9')
S.rel('share', U, [F(CA, '9336万元'), F(CA, '15517万元')], 'local budget revenue 9336 of total fiscal revenue 15517 (60.2%): no share is stated')
S.rel('growth', U, [F(CA, '12.3%'), F(CA, '11.6%')], 'per-capita GDP +12.3% vs GDP +11.6%: the population change is not stated')
S.rel('share', U, [F(CA, '12.05亿元'), a_1], 'agricultural gross output 12.05 (current prices) and primary value added 8.7: output and value added, no ratio is stated')
a = ALT(CA, 1, a_pl, '757吨', 'poultry meat 751 → 757')
S.rel('sum', I, R(a, sum_a2, a_pl, '757吨'), 'altered: 14133 + 757 = 14890, not 14884 (breaks {B})')
S.rel('rate', I, R(a, rate_a, a_pl, '757吨'), 'altered: the parts add to 14890, so they cannot give the total 14884 and its +7.9% (breaks {B})')
a = ALT(CA, 2, a_p[2], '36.3%', 'tertiary share 35.3 → 36.3')
S.rel('sum', I, R(a, sum_a1, a_p[2], '36.3%'), 'altered: 26.4 + 38.3 + 36.3 = 101 (breaks {B})')
S.rel('share', I, R(a, share_a3, a_p[2], '36.3%'), 'altered: 11.7/33.2 = 35.2%, not 36.3 (outside any rounding of the inputs) (breaks {B})')

# ---- 桐庐县 (杭州, 浙江) 2003 statistical bulletin (county)
t_t = F(TL, '78.30亿元'); t_s = [F(TL, '8.95亿元'), F(TL, '48.92亿元'), F(TL, '20.43亿元')]
t_p = [F(TL, '11.4'), F(TL, '62.5'), F(TL, '26.1')]; t_p2 = [F(TL, '12.3'), F(TL, '60.3'), F(TL, '27.4')]
t_f = F(TL, '73796万元'); t_fc = F(TL, '37665万元'); t_fl = F(TL, '36131万元'); t_fg = F(TL, '34.1%'); t_fcg = F(TL, '25.6%'); t_flg = F(TL, '44.3%')
sum_t1 = t_s + [t_t]; sum_t3 = t_p; sum_t4 = [t_fc, t_fl, t_f]; rate_t = [t_fc, t_fcg, t_fl, t_flg, t_f, t_fg]; share_t2 = [t_s[1], t_t, t_p[1]]
S.rel('sum', C, sum_t1, '8.95 + 48.92 + 20.43 = 78.30')
S.rel('share', C, [t_s[0], t_t, t_p[0]], 'primary 8.95/78.30 = 11.43% → 11.4')
S.rel('share', C, share_t2, 'secondary 48.92/78.30 = 62.48% → 62.5')
S.rel('share', C, [t_s[2], t_t, t_p[2]], 'tertiary 20.43/78.30 = 26.09% → 26.1')
S.rel('sum', C, sum_t3, '2003 structure 11.4 + 62.5 + 26.1 = 100')
S.rel('sum', C, t_p2, '2002 structure 12.3 + 60.3 + 27.4 = 100')
S.rel('sum', C, sum_t4, 'fiscal revenue: remitted to the centre 37665 + local 36131 = 73796万元')
S.rel('rate', C, rate_t, 'fiscal growth from the parts (same scope): 73796/(37665/1.256 + 36131/1.443) = +34.11% → 34.1')
S.rel('growth', U, [F(TL, '14.5%'), F(TL, '0.5个')], 'GDP +14.5%, 0.5 points above the provincial average: the provincial rate is not stated')
S.rel('restatement', U, [F(TL, '19850元'), F(TL, '2400美元')], 'per-capita GDP 19850元 ≈ 2400美元 "按现行汇率": the rate is not stated (8.27 implied); not a check')
S.rel('growth', U, [F(TL, '14.8%'), F(TL, '14.5%')], 'per-capita GDP +14.8% vs GDP +14.5%: the population change is not stated')
S.rel('share', U, [F(TL, '46925万元'), t_fl], 'spending 46925 vs local revenue 36131: no ratio is stated, and spending is financed by transfers not given')
a = ALT(TL, 1, t_fl, '36181万元', 'local fiscal revenue 36131 → 36181')
S.rel('sum', I, R(a, sum_t4, t_fl, '36181万元'), 'altered: 37665 + 36181 = 73846, not 73796 (breaks {B})')
S.rel('rate', I, R(a, rate_t, t_fl, '36181万元'), 'altered: the parts add to 73846, so they cannot give the total 73796 (breaks {B})')
a = ALT(TL, 2, t_p[1], '65.2', 'secondary share 62.5 → 65.2')
S.rel('share', I, R(a, share_t2, t_p[1], '65.2'), 'altered: 48.92/78.30 = 62.5%, not 65.2 (breaks {B})')
S.rel('sum', I, R(a, sum_t3, t_p[1], '65.2'), 'altered: 11.4 + 65.2 + 26.1 = 102.7 (breaks {B})')

# ---- 嘉定区 (上海) Jan–Oct 2021 economic brief (district statistics bureau)
d_t = F(JD, '4317.1亿元'); d_car = F(JD, '2821.7亿元'); d_carp = F(JD, '65.4%'); d_pt = F(JD, '1584.8亿元'); d_ptp = F(JD, '36.7%')
d_sei = F(JD, '1038.0亿元'); d_seip = F(JD, '24.0%'); d_seig = F(JD, '14.0%'); d_seid = F(JD, '1.6个')
d_19 = F(JD, '10.8%'); d_2y = F(JD, '5.6%'); d_q19 = F(JD, '5.5%'); d_q2y = F(JD, '2.7%'); d_s19 = F(JD, '1.5%'); d_s2y = F(JD, '0.7%')
d_on = F(JD, '2784.9亿元'); d_onp = [F(JD, '57.6亿元'), F(JD, '2448.7亿元'), F(JD, '126.7亿元', n=1), F(JD, '151.9亿元')]
sum_d = d_onp + [d_on]
S.rel('share', C, [d_car, d_t, d_carp], 'automotive 2821.7/4317.1 = 65.36% → 65.4')
S.rel('share', C, [d_pt, d_t, d_ptp], 'auto parts 1584.8/4317.1 = 36.71% → 36.7')
S.rel('share', C, [d_sei, d_t, d_seip], 'strategic emerging industries 1038.0/4317.1 = 24.04% → 24.0')
S.rel('growth', C, [d_19, d_2y], 'two-year average from −10.8% on Jan–Oct 2019: √0.892 − 1 = −5.55% → −5.6')
S.rel('growth', C, [d_q19, d_q2y], '区属: √1.055 − 1 = +2.71% → 2.7')
S.rel('growth', C, [d_s19, d_s2y], 'commodity sales: √1.015 − 1 = +0.75% → 0.7')
S.rel('sum', C, sum_d, '在线新经济: 57.6 + 2448.7 + 126.7 + 151.9 = 2784.9')
S.rel('sum', U, [F(JD, '972.4亿元'), F(JD, '322.9亿元'), F(JD, '126.7亿元', n=0), F(JD, '1323.6亿元')], '“三个千亿级”: 972.4 + 322.9 + 126.7 = 1422.0, not 1323.6: the three industries overlap (汽车新四化 includes sensors), not a split')
S.rel('growth', U, [d_sei, d_seig, d_t, F(JD, '1.6%'), d_seip, d_seid], 'share +1.6 points: 可比 (comparable-price) growth 14.0% against the nominal total +1.6% gives +2.6 points; the bases differ, not a check')
S.rel('restatement', U, [F(JD, '126.7亿元', n=0), F(JD, '126.7亿元', n=1)], '126.7亿 for medical equipment and 126.7亿 for online entertainment: the same number for two indicators')
S.rel('share', U, [F(JD, '2421.0亿元'), d_t], '区属 2421.0 of 4317.1 (56.1%): no share is stated')
S.rel('growth', U, [d_seig, F(JD, '1.5个')], '+14.0%, 1.5 points below the city’s strategic emerging industries: the city rate is not stated')
S.rel('share', U, [d_pt, d_car], 'auto parts 1584.8 within the automotive industry 2821.7 (56.2%): no share of the industry is stated')
a = ALT(JD, 1, d_car, '2621.7亿元', 'automotive output 2821.7 → 2621.7')
S.rel('share', I, [on(a, d_car, '2621.7亿元'), on(a, d_t), on(a, d_carp)], 'altered: 2621.7/4317.1 = 60.7%, not 65.4 (breaks {B})')
a = ALT(JD, 2, d_onp[3], '157.9亿元', 'online services 151.9 → 157.9')
S.rel('sum', I, R(a, sum_d, d_onp[3], '157.9亿元'), 'altered: parts add to 2790.9, not 2784.9 (breaks {B})')
a = ALT(JD, 3, d_2y, '5.1%', 'two-year average fall 5.6 → 5.1')
S.rel('growth', I, [on(a, d_19), on(a, d_2y, '5.1%')], 'altered: −10.8% over two years is −5.6% a year, not −5.1 (breaks {B})')

# ---- 嘉定区 (上海) 2003 statistical bulletin, part 3 (district)
e_b = F(JD3, '197.4亿元'); e_i = F(JD3, '47.2亿元'); e_g = F(JD3, '31.4%')
S.rel('growth', C, [e_b, e_i, e_g], 'savings +47.2 on 197.4 − 47.2 = 150.2: +31.42% → 31.4')
S.rel('growth', U, [F(JD3, '10816.2万吨'), F(JD3, '15.7%'), F(JD3, '3642.6万吨'), F(JD3, '14.2%')], 'industrial water +14.2% within water sold +15.7%: a subset rate; the other uses are not stated')
a = ALT(JD3, 1, e_i, '41.2亿元', 'new savings 47.2 → 41.2')
S.rel('growth', I, [on(a, e_b), on(a, e_i, '41.2亿元'), on(a, e_g)], 'altered: +41.2 on 156.2 is +26.4%, not 31.4 (breaks {B})')

# ---- 盐城 (江苏) 2009 employment and social-insurance targets (city government notice, 2010-06)
y_r = F(YC, '2.55%'); y_c = F(YC, '4%以内')
S.rel('target', M, [F(YC, '9.94万人'), F(YC, '155.3%')], '盐城 2009 new urban jobs 9.94万 = 155.3% of the annual target: met')
S.rel('target', M, [F(YC, '3.57万人'), F(YC, '148.6%')], '盐城 2009 re-employment 3.57万 = 148.6% of the annual target: met')
S.rel('target', M, [F(YC, '0.93万名'), F(YC, '185.5%')], '盐城 2009 re-employment assistance 0.93万 = 185.5% of the annual target: met')
S.rel('target', M, [y_r, y_c], '盐城 2009 registered unemployment 2.55% against the 4% ceiling: met')
S.rel('rate', U, [F(YC, x) for x in ('180.00%', '167.43%', '163.87%', '162.00%', '155.80%', '148.35%', '144.50%', '144.10%', '139.42%', '130.48%')] + [F(YC, '148.6%')],
      'ten units’ re-employment completion rates vs the city’s 148.6%: the units’ targets (weights) are not stated, so no average can be checked')
S.rel('restatement', U, [F(YC, '155.3%'), F(YC, '155.80%')], 'city new jobs 155.3% vs 射阳 re-employment 155.80%: neighbouring numbers, other indicator and place')
a = ALT(YC, 1, y_r, '4.55%', 'registered unemployment 2.55 → 4.55')
S.rel('target', MS, [on(a, y_r, '4.55%'), on(a, y_c)], 'altered: 4.55% is above the 4% ceiling the text says was kept (breaks {B}); keyed missed')

# ---- 常州 (江苏) employment progress "到10月底" (news page dated 2011-06-12: the date and the period do not fit)
z_h = F(CZ, '106万个'); z_hp = F(CZ, '133', pre='目标的', post='\n'); z_j = F(CZ, '10.6万个'); z_jp = F(CZ, '133%')
S.rel('restatement', I, [z_h, z_j], 'REAL ERROR in the original: headline 106万个 vs body 10.6万个 new jobs; the headline dropped the decimal point')
S.rel('restatement', C, [z_hp, z_jp], 'headline “完成目标的133” = body 133% (percent sign dropped in the headline)')
S.rel('target', M, [z_j, z_jp], '常州 new jobs 10.6万 = 133% of the target by the end of October: met')
S.rel('target', M, [F(CZ, '8.05万人'), F(CZ, '134%')], '常州 new urban employment 8.05万 = 134% of the target: met')
S.rel('target', M, [F(CZ, '6043人'), F(CZ, '201%')], '常州 employment of disadvantaged groups 6043 = 201% of the target: met')
S.rel('target', CT, [F(CZ, '4%目标')], '常州 registered unemployment "控制在4%目标以内": the rate itself is not stated')
S.rel('share', U, [F(CZ, '40.2万人'), F(CZ, '75.8%')], '新农保 40.2万 enrolled, coverage 75.8%: the eligible population is not stated')
S.rel('sum', U, [F(CZ, '15508人'), F(CZ, '40894人'), F(CZ, '29539人')], 'net additions to three different insurances: no total is stated, and one person may join all three')
a = ALT(CZ, 1, z_jp, '138%', 'body completion 133% → 138%')
S.rel('restatement', I, [on(a, z_hp), on(a, z_jp, '138%')], 'altered: headline 133 vs body 138% (breaks {B})')

# ---- 吴中开发区 (苏州, 江苏) Jan–Apr 2018 (news, 苏州日报; year from the 25th anniversary)
S.rel('rate', U, [F(WZ, '14.5亿美元'), F(WZ, '6.5%'), F(WZ, '8.5亿美元'), F(WZ, '4.4%')], 'exports 8.5 (+4.4%) within trade 14.5 (+6.5%): imports (6.0, ≈+9.6%) are not stated; nothing to check')
S.rel('share', U, [F(WZ, '8.5亿美元'), F(WZ, '14.5亿美元')], 'exports 8.5 of 14.5 (58.6%): no share is stated')
S.rel('growth', U, [F(WZ, '111亿元'), F(WZ, '7.5%'), F(WZ, '124.7亿元'), F(WZ, '7.3%')], 'high-tech output 111 (+7.5%) vs GDP 124.7 (+7.3%): gross output vs value added, not part and whole')

# ---- 上海: 2008 plan-execution report (Jan 2009) and 2010 work-report news (Jan 2010), both traditional
s8r = F(SH8, '2382.3億元'); s8g = F(SH8, '13.3%'); s8gdp = F(SH8, '10%左右', n=0); s8t = F(SH8, '10%左右', n=1)
s9r = F(SH10, '二千五百四十點(diǎn)三億元'); s9rg = F(SH10, '百分之七點(diǎn)七'); s9g = F(SH10, '百分之八點(diǎn)二')
s10g = F(SH10, '百分之八以上'); s10r = F(SH10, '百分之八', post=','); s10u = F(SH10, '百分之四點(diǎn)五左右')
S.rel('growth', U, [s8r, s9r, s9rg], '上海 local revenue 2382.3亿 (2008, earlier report) → 2540.3亿 (2009) is +6.6%, stated +7.7%: the 2009 rate is on a revised base (口径 not stated); not a check across the two reports (judgement call)')
S.rel('target', U, [s10g, s9g], '上海 2010 GDP target 8%以上 vs 2009 result +8.2%: another year')
S.rel('target', U, [s10r, s9rg], '上海 2010 revenue target +8% vs 2009 result +7.7%: another year')
S.rel('restatement', U, [s10g, s10r], 'GDP target 8%以上 and revenue target 8%: same number, other indicators')
S.rel('growth', U, [s8gdp, s9g], '2008 GDP +10%左右 → 2009 +8.2%: "連續第二年減緩" also needs 2007, not in the set; a claim in words')
S.rel('restatement', U, [s8gdp, s8t], '2008 GDP +10%左右 and tertiary sector +10%左右: other indicators')
S.rel('growth', U, [F(SH10, '五千二百七十三點(diǎn)三億元'), F(SH10, '百分之九點(diǎn)二')], 'investment 5273.3亿, +9.2%: the 2008 level is not stated')

# ---- 萧山区 (杭州, 浙江) 2007 figures in a Q&A page answer
v_p = [F(XS, '4.4%'), F(XS, '64.88%'), F(XS, '30.72%')]
S.rel('sum', C, v_p, '4.4 + 64.88 + 30.72 = 100')
S.rel('restatement', U, [F(XS, '70829元'), F(XS, '9320美元')], 'per-capita GDP 70829元 = 9320美元 "按当年汇率": the rate is not stated (7.60 implied)')
S.rel('growth', U, [F(XS, '19.53%'), F(XS, '21.7%')], 'per-capita GDP +19.53% vs GDP +21.7% (current prices): the population change is not stated')
S.rel('growth', U, [F(XS, '15%'), F(XS, '21.7%')], '"年均超过15%" since the reform vs +21.7% in 2007: another period')
a = ALT(XS, 1, v_p[1], '64.38%', 'secondary share 64.88 → 64.38')
S.rel('sum', I, R(a, v_p, v_p[1], '64.38%'), 'altered: 4.4 + 64.38 + 30.72 = 99.5 (breaks {B})')

# ---- 吴江区 (苏州, 江苏) 2018 government work report, 2017 review (estimates)
w_io = F(WJ, '4270亿元'); w_iog = F(WJ, '9.5%', n=0); w_so = F(WJ, '3350亿元'); w_sog = F(WJ, '10%')
S.rel('share', U, [w_so, w_io], '规上 output 3350 of industrial output 4270 (78.5%): no share is stated')
S.rel('growth', U, [w_io, w_iog, w_so, w_sog], '规上 +10% within industrial output +9.5%: a subset rate; the rest is not stated')
S.rel('growth', U, [F(WJ, '2420亿元'), F(WJ, '9.5%', n=1)], 'deposits 2420, +9.5% on the start of the year: the opening level is not stated')
S.rel('restatement', U, [w_iog, F(WJ, '9.5%', n=1)], 'industrial output +9.5% and deposits +9.5%: same number, other indicators')
S.rel('sum', U, [F(WJ, '241亿元'), F(WJ, '473亿元')], '166 “555计划” projects 241亿 and 231 district key projects 473亿: overlapping lists, not a split or a total')

# ---- cross-document traps
S.rel('target', U, [y_c, F(CZ, '4%目标')], '盐城 2009 unemployment ceiling 4% vs 常州 (another year) ceiling 4%: another place and year, not the same target')
S.rel('target', U, [s10u, y_r], '上海 2010 unemployment target 4.5%左右 vs 盐城 2009 result 2.55%: another place and year')
S.rel('growth', U, [a_t, t_t], '淳安 2000 GDP 33.2亿 vs 桐庐 2003 GDP 78.30亿: neighbouring counties of 杭州, other place and year; no rate is stated')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

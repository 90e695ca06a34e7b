"""Check key, set check-heldout164. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout164.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout164'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


CZ19='cz_2019_hant.txt'; MH09='mh_2009_hant.txt'; MH06='mh_2006.txt'; MH13='mh_2013.txt'; LS08='ls_2008m5_hant.txt'; LS21='ls_2021m6_hant.txt'
GK10='gk_2010m4_hant.txt'; JY15='jy_2015.txt'; JS59='js_1959.txt'; GB25='gb_2025_hant.txt'; GZ25='gz_2025.txt'; SL04='sl_2004.txt'
WS21='ws_2021m3_hant.txt'; JT08='jt_2008.txt'; CZ93='cz_1993.txt'; CZ95='cz_1995_hant.txt'

# ---- 财政部 2019 budget execution (national and central general budgets)
z_rev = F(CZ19, '190382.23億元'); z_tax = F(CZ19, '157992.21億元'); z_non = F(CZ19, '32390.02億元')
z_in = F(CZ19, '22160.95億元'); z_tot = F(CZ19, '212543.18億元'); z_exp = F(CZ19, '238874.02億元')
z_f1 = F(CZ19, '1269.16億元', n=0); z_f2 = F(CZ19, '1269.16億元', n=1); z_f3 = F(CZ19, '1269.16億元', n=2)
z_etot = F(CZ19, '240143.18億元'); z_def = F(CZ19, '27600億元')
c_rev = F(CZ19, '89305.41億元'); c_in1 = F(CZ19, '2800億元'); c_in2 = F(CZ19, '394億元'); c_tot = F(CZ19, '92499.41億元')
c_exp = F(CZ19, '109530.25億元'); c_etot = F(CZ19, '110799.41億元'); c_def = F(CZ19, '18300億元')
sum_z1 = [z_tax, z_non, z_rev]
S.rel('sum', C, sum_z1, 'national revenue: taxes 157992.21 + non-tax 32390.02 = 190382.23億')
sum_z2 = [z_rev, z_in, z_tot]
S.rel('sum', C, sum_z2, 'revenue 190382.23 + transfers in and carry-overs 22160.95 = total 212543.18億')
sum_z3 = [z_exp, z_f1, z_etot]
S.rel('sum', C, sum_z3, 'spending 238874.02 + stabilisation-fund top-up 1269.16 = total 240143.18億')
sum_z4 = [z_etot, z_tot, z_def]
S.rel('sum', C, sum_z4, 'deficit = total spending 240143.18 − total revenue 212543.18 = 27600億')
sum_c1 = [c_rev, c_in1, c_in2, c_tot]
S.rel('sum', C, sum_c1, 'central: 89305.41 + 2800 + 394 = 92499.41億')
sum_c2 = [c_exp, z_f2, c_etot]
S.rel('sum', C, sum_c2, 'central: spending 109530.25 + top-up 1269.16 = 110799.41億')
sum_c3 = [c_etot, c_tot, c_def]
S.rel('sum', C, sum_c3, 'central deficit = 110799.41 − 92499.41 = 18300億')
S.rel('restatement', C, [z_f1, z_f2, z_f3], 'the same 1269.16億 top-up of the central stabilisation fund, in the national account, the central account and the central surplus')
rt_z = [z_tax, F(CZ19, '1%', pre='增長'), z_non, F(CZ19, '20.2%'), z_rev, F(CZ19, '3.8%')]
S.rel('rate', C, rt_z, 'last year = 157992.21/1.01 + 32390.02/1.202 = 183375.7; 190382.23 / 183375.7 = +3.82% → 3.8% (tax rate 1% carries a half-unit of 0.5 points)')
S.rel('sum', U, [F(CZ19, '500億元'), z_f3], 'the unspent reserve 500億 is a part of the 1269.16億 surplus ("其中"), not a split of it: the rest is not stated')
S.rel('sum', U, [z_f3, F(CZ19, '3000億元'), F(CZ19, '5272.49億元')], 'year-end fund balance 5272.49 ≠ 1269.16 + 3000: the opening balance and the 2800億 drawn are not combined in the text (unstated base)')
S.rel('target', MS, [z_rev, F(CZ19, '98.9%')], 'national revenue 190382.23億 = 98.9% of the budget (about 192500億): the revenue budget was missed')
S.rel('target', MS, [c_rev, F(CZ19, '99.4%')], 'central revenue 89305.41億 = 99.4% of the budget: missed')
S.rel('target', M, [z_def], 'national deficit 27600億 "與預算持平": at the budgeted deficit, so the ceiling was kept (met)')

# ---- 民航 2009 airports (traditional)
m9_p = [F(MH09, '44,900.9萬人次'), F(MH09, '3705.4萬人次'), F(MH09, '48,606.3萬人次')]
S.rel('sum', C, m9_p, 'passengers: domestic 44900.9 + international 3705.4 = 48606.3萬人次')
S.rel('sum', C, [F(MH09, '625.1萬噸'), F(MH09, '320.5萬噸'), F(MH09, '945.6萬噸')], 'cargo: 625.1 + 320.5 = 945.6萬噸')
S.rel('sum', C, [F(MH09, '447.4萬架次'), F(MH09, '36.7萬架次'), F(MH09, '484.1萬架次')], 'aircraft movements: 447.4 + 36.7 = 484.1萬架次')
sh_m9 = [F(MH09, '17.60%'), F(MH09, '6.04%'), F(MH09, '29.46%'), F(MH09, '25.68%'), F(MH09, '14.81%'), F(MH09, '4.72%'), F(MH09, '1.70%')]
S.rel('sum', C, sh_m9, 'seven regional shares of passenger throughput: 17.60 + 6.04 + 29.46 + 25.68 + 14.81 + 4.72 + 1.70 = 100.01% (100% within the half-units)')
rt_m9 = [m9_p[0], F(MH09, '22.02%'), m9_p[1], F(MH09, '1.92%'), m9_p[2], F(MH09, '19.79%')]
S.rel('rate', C, rt_m9, 'last year = 44900.9/1.2202 + 3705.4/0.9808 = 40575.8; 48606.3 / 40575.8 = +19.79%')
S.rel('rate', C, [F(MH09, '625.1萬噸'), F(MH09, '10.85%'), F(MH09, '320.5萬噸'), F(MH09, '0.32%'), F(MH09, '945.6萬噸'), F(MH09, '7.04%')],
      'cargo: last year = 625.1/1.1085 + 320.5/1.0032 = 883.4; 945.6 / 883.4 = +7.04%')
S.rel('rate', C, [F(MH09, '447.4萬架次'), F(MH09, '16.57%'), F(MH09, '36.7萬架次'), F(MH09, '5.41%'), F(MH09, '484.1萬架次'), F(MH09, '14.52%')],
      'movements: 447.4/1.1657 + 36.7/0.9459 = 422.6; 484.1 / 422.6 = +14.55%; with the half-units the range reaches 14.51%, so 14.52% stands (near edge)')
S.rel('sum', U, [F(MH09, '436.5萬架次'), F(MH09, '447.4萬架次'), F(MH09, '484.1萬架次')], 'transport movements 436.5 are a subset of all movements (484.1), not the domestic/international split')
S.rel('share', U, [F(MH09, '95.77%'), F(MH09, '64.71%'), F(MH09, '32.80%')], 'nested shares (≥100萬 airports ⊃ ≥1000萬 airports ⊃ three cities): they do not add up')
S.rel('sum', U, [F(MH09, '1166.0萬人次'), m9_p[0], m9_p[1]], 'the 1166.0萬 to 港澳台 are inside the domestic 44900.9 ("其中"), not a third part')

# ---- 民航 2006 airports
m6_p = [F(MH06, '29934.3万人次'), F(MH06, '3263.0万人次'), F(MH06, '33197.3万人次')]
S.rel('sum', C, m6_p, 'passengers: 29934.3 + 3263.0 = 33197.3万人次')
sum_m6b = [F(MH06, '504.2万吨'), F(MH06, '249万吨'), F(MH06, '753.2万吨')]
S.rel('sum', C, sum_m6b, 'cargo: 504.2 + 249 = 753.2万吨')
S.rel('sum', C, [F(MH06, '321.4万架次'), F(MH06, '27.2万架次'), F(MH06, '348.6万架次')], 'movements: 321.4 + 27.2 = 348.6万架次')
sh_m6 = [F(MH06, '17.5%'), F(MH06, '5.6%'), F(MH06, '30.7%'), F(MH06, '25%', pre='中南地区占'), F(MH06, '15.2%'), F(MH06, '6%', pre='西北地区占')]
S.rel('sum', C, sh_m6, 'six regional shares: 17.5 + 5.6 + 30.7 + 25 + 15.2 + 6 = 100.0%')
rt_m6 = [m6_p[0], F(MH06, '17%', pre='增长'), m6_p[1], F(MH06, '14.6%'), m6_p[2], F(MH06, '16.7%')]
S.rel('rate', C, rt_m6, 'last year = 29934.3/1.17 + 3263.0/1.146 = 28432; 33197.3 / 28432 = +16.76%; with 17% carrying ±0.5 the range is 16.3–17.2%, so 16.7% stands')
S.rel('rate', C, [sum_m6b[0], F(MH06, '16.8%'), sum_m6b[1], F(MH06, '23.6%'), sum_m6b[2], F(MH06, '19%', pre='增长')], 'cargo: 504.2/1.168 + 249/1.236 = 633.1; 753.2 / 633.1 = +18.96% → 19%')
S.rel('share', U, [F(MH06, '95%'), F(MH06, '51.3%'), F(MH06, '36.5%')], 'nested shares (≥100万, ≥1000万, three cities): not parts of one total')
S.rel('sum', U, [F(MH06, '314万架次'), F(MH06, '348.6万架次'), F(MH06, '27.2万架次')], 'transport movements 314 are a subset of all 348.6; with the 27.2 international movements they are no split')
S.rel('growth', U, [m6_p[2], F(MH09, '48,606.3萬人次'), F(MH09, '19.79%')], '2006 passengers 33197.3 against 2009 48606.3 and its +19.79%: the rate is on 2008, not on 2006 (other period)')

# ---- 民航 2013 bulletin (airports)
sum_m13a = [F(MH13, '4.24亿人次'), F(MH13, '0.47亿人次'), F(MH13, '0.74亿人次'), F(MH13, '2.09亿人次'), F(MH13, '7.54亿人次')]
S.rel('sum', C, sum_m13a, 'four regions: 4.24 + 0.47 + 0.74 + 2.09 = 7.54亿人次')
sum_m13b = [F(MH13, '962.94万吨'), F(MH13, '44.34万吨'), F(MH13, '65.52万吨'), F(MH13, '185.72万吨'), F(MH13, '1258.52万吨')]
S.rel('sum', C, sum_m13b, 'four regions: 962.94 + 44.34 + 65.52 + 185.72 = 1258.52万吨')
sum_m13c = [F(MH13, '24', pre='1000万人次以上 | '), F(MH13, '37', pre='100-1000万人次 | '), F(MH13, '61个')]
S.rel('sum', C, sum_m13c, 'airports with 100万+ passengers: 24 (1000万+) + 37 (100–1000万) = 61')
S.rel('restatement', C, [F(MH13, '50个'), F(MH13, '50', pre='10000吨以上 | ')], '50 airports with 1万吨+ cargo, in the text and in the table')
S.rel('share', U, [F(MH13, '76.80%'), F(MH13, '18.60%'), F(MH13, '29.0%')], 'the three cities (29.0%) are inside the 1000万+ group (76.80%); 76.80 + 18.60 = 95.4% is the 100万+ share, not stated (nested shares)')
S.rel('share', U, [F(MH13, '29.0%'), F(MH13, '51.8%')], 'three cities: passenger share 29.0% vs cargo share 51.8%: other indicators')
S.rel('growth', U, [F(MH13, '731.54万架次'), F(MH13, '10.8%'), F(MH13, '11.0%')], 'movements +10.8% and passengers +11.0%: other indicators, no relation')

# ---- 国家统计局 May 2008 retail (traditional with glosses)
l8 = [F(LS08, '5947億元'), F(LS08, '22.3%'), F(LS08, '2757億元'), F(LS08, '20.1%'), F(LS08, '8704億元'), F(LS08, '21.6%', pre='同比增長')]
S.rel('sum', C, [l8[0], l8[2], l8[4]], 'cities 5947 + counties and below 2757 = 8704億')
S.rel('rate', C, l8, 'last year = 5947/1.223 + 2757/1.201 = 7158.2; 8704 / 7158.2 = +21.59% → 21.6%')
S.rel('growth', U, [F(LS08, '21.6%', pre='同比增長'), F(LS08, '7%至8%')], 'nominal +21.6% against CPI 7–8%: real growth is not stated (nominal vs real)')
S.rel('growth', U, [F(LS08, '21.6%', pre='同比增長'), F(LS08, '21.1%')], 'May +21.6% vs Jan–May +21.1%: other period')
S.rel('rate', U, [F(LS08, '27.6%'), F(LS08, '32.0%'), F(LS08, '42.5%'), F(LS08, '21.6%', pre='同比增長')], 'category rates against the total: the categories are not a split and their weights are not stated')

# ---- 国家统计局 June 2021 retail (traditional)
l21_u = F(LS21, '32552億元'); l21_r = F(LS21, '5034億元'); l21_t = F(LS21, '37586億元')
S.rel('sum', C, [l21_u, l21_r, l21_t], 'June: urban 32552 + rural 5034 = 37586億')
S.rel('sum', C, [F(LS21, '33663億元'), F(LS21, '3923億元'), l21_t], 'June: goods 33663 + catering 3923 = 37586億')
S.rel('sum', C, [F(LS21, '184098億元'), F(LS21, '27807億元'), F(LS21, '211904億元')], 'Jan–Jun: 184098 + 27807 = 211905 vs 211904 (within the half-units)')
S.rel('sum', C, [F(LS21, '190192億元'), F(LS21, '21712億元'), F(LS21, '211904億元')], 'Jan–Jun: goods 190192 + catering 21712 = 211904億')
gr_l21 = [F(LS21, '10.0%', pre='比2019年6月份增長', n=1), F(LS21, '4.9%', pre='兩年平均增速為')]
S.rel('growth', C, gr_l21, 'June 2021 is +10.0% on June 2019: two-year average √1.100 − 1 = 4.88% → 4.9%')
rt_l21 = [l21_u, F(LS21, '12.0%'), l21_r, F(LS21, '12.5%'), l21_t, F(LS21, '12.1%', pre='同比增長')]
S.rel('rate', C, rt_l21, 'last June = 32552/1.12 + 5034/1.125 = 33539; 37586 / 33539 = +12.07% → 12.1%')
S.rel('rate', C, [F(LS21, '184098億元'), F(LS21, '23.3%'), F(LS21, '27807億元'), F(LS21, '21.4%'), F(LS21, '211904億元'), F(LS21, '23.0%')],
      'Jan–Jun: 184098/1.233 + 27807/1.214 = 172214; 211904 / 172214 = +23.05% → 23.0%')
S.rel('growth', U, [F(LS21, '9.8%'), F(LS21, '3.2%'), F(LS21, '4.9%', pre='兩年平均增速為')], 'real +9.8% and two-year real average 3.2% against the nominal 4.9%: the price index is not stated (nominal vs real)')
S.rel('growth', U, [F(LS21, '23.0%'), F(LS21, '4.4%', pre='兩年平均增速為')], 'Jan–Jun +23.0% and two-year average 4.4%: the 2020 fall is not stated, so the two cannot be tied (unstated base)')
S.rel('sum', U, [F(LS21, '33719億元'), l21_t], 'sales other than cars 33719 are a subset of 37586 (the car part is not stated)')

# ---- 交通运输部 ports Jan–Apr 2010 (traditional with glosses)
S.rel('sum', C, [F(GK10, '173198萬噸'), F(GK10, '74736萬噸'), F(GK10, '247934萬噸')], 'Jan–Apr cargo: coastal 173198 + inland 74736 = 247934萬噸')
sum_g2 = [F(GK10, '45221萬噸'), F(GK10, '20405萬噸'), F(GK10, '65626萬噸')]
S.rel('sum', C, sum_g2, 'April cargo: 45221 + 20405 = 65626萬噸')
g_p = [F(GK10, '2192萬人次'), F(GK10, '757萬人次'), F(GK10, '2950萬人次')]
S.rel('sum', C, g_p, 'Jan–Apr passengers: 2192 + 757 = 2949 vs 2950 (within the half-units)')
S.rel('sum', C, [F(GK10, '578萬人次'), F(GK10, '161萬人次'), F(GK10, '739萬人次')], 'April passengers: 578 + 161 = 739萬人次')
g_f = [F(GK10, '74023萬噸'), F(GK10, '6828萬噸'), F(GK10, '80851萬噸')]
S.rel('sum', C, g_f, 'Jan–Apr foreign trade: 74023 + 6828 = 80851萬噸')
S.rel('sum', C, [F(GK10, '18831萬噸'), F(GK10, '1822萬噸'), F(GK10, '20653萬噸')], 'April foreign trade: 18831 + 1822 = 20653萬噸')
sum_g7 = [F(GK10, '3941.96萬TEU'), F(GK10, '426.10萬TEU'), F(GK10, '4368.06萬TEU')]
S.rel('sum', C, sum_g7, 'Jan–Apr containers: 3941.96 + 426.10 = 4368.06萬TEU')
S.rel('sum', C, [F(GK10, '1048.28萬TEU'), F(GK10, '114.57萬TEU'), F(GK10, '1162.85萬TEU')], 'April containers: 1048.28 + 114.57 = 1162.85萬TEU')
S.rel('rate', C, [g_f[0], F(GK10, '27.8%'), g_f[1], F(GK10, '20.7%'), g_f[2], F(GK10, '27.2%')], 'last year = 74023/1.278 + 6828/1.207 = 63578; 80851 / 63578 = +27.17% → 27.2%')
S.rel('rate', C, [g_p[0], F(GK10, '13.6%'), g_p[1], F(GK10, '30%'), g_p[2], F(GK10, '18.5%')], 'last year = 2192/0.864 + 757/0.70 = 3618; 2950 / 3618 = −18.47% → 下降18.5%')
S.rel('sum', U, [F(GK10, '80851萬噸'), F(GK10, '247934萬噸')], 'foreign-trade cargo 80851 is a part of all cargo 247934; the domestic-trade part is not stated')
S.rel('sum', U, [F(GK10, '65626萬噸'), F(GK10, '247934萬噸')], 'April 65626 is inside Jan–Apr 247934; Jan–Mar is not stated')

# ---- 教育部 2015 bulletin
j_c = F(JY15, '2852所'); j_u = F(JY15, '2560所'); j_a = F(JY15, '292所')
S.rel('sum', C, [j_u, j_a, j_c], 'regular 2560 + adult 292 = 2852 institutions')
sum_j2 = [F(JY15, '1219所'), F(JY15, '1341所'), j_u]
S.rel('sum', C, sum_j2, 'undergraduate 1219 + vocational 1341 = 2560')
S.rel('sum', C, [F(JY15, '575个'), F(JY15, '217个'), F(JY15, '792个')], 'graduate-training bodies: universities 575 + institutes 217 = 792')
S.rel('sum', C, [F(JY15, '7.44万人'), F(JY15, '57.06万人'), F(JY15, '64.51万人')], 'graduate intake: 7.44 + 57.06 = 64.50 vs 64.51万 (within the half-units)')
sum_j5 = [F(JY15, '32.67万人'), F(JY15, '158.47万人'), F(JY15, '191.14万人')]
S.rel('sum', C, sum_j5, 'graduate students: 32.67 + 158.47 = 191.14万')
S.rel('sum', C, [F(JY15, '5.38万人'), F(JY15, '49.77万人'), F(JY15, '55.15万人')], 'graduates: 5.38 + 49.77 = 55.15万')
sum_j7 = [F(JY15, '31所'), F(JY15, '3所'), F(JY15, '28所')]
S.rel('sum', C, sum_j7, 'change: +31 regular − 3 adult = +28 institutions')
S.rel('sum', C, [F(JY15, '17所'), F(JY15, '14所'), F(JY15, '31所')], 'change of regular institutions: +17 undergraduate + 14 vocational = +31')
S.rel('restatement', C, [F(JY15, '3647万人', n=0), F(JY15, '3647万人', n=1)], 'total enrolment 3647万 stated twice')
S.rel('sum', U, [F(JY15, '275所'), j_u], '275 independent colleges are inside the 2560 ("含"), not a part to add')
S.rel('share', U, [F(JY15, '2625.30万人'), F(JY15, '157.26万人'), F(JY15, '17.73:1')], 'student–teacher ratio 17.73 ≠ 2625.30 / 157.26 = 16.69: the ratio uses converted (折合) students including graduates (unstated base)')
S.rel('share', U, [F(JY15, '2625.30万人'), j_u, F(JY15, '10197人')], 'average size 10197 ≠ 2625.30万 / 2560 = 10255: other student count (折合)')
S.rel('sum', U, [F(JY15, '2625.30万人'), F(JY15, '635.94万人'), F(JY15, '191.14万人'), F(JY15, '3647万人', n=1)], 'total enrolment 3647 ≠ 2625.30 + 635.94 + 191.14 = 3452.38: it also counts other forms of higher education (overlapping scopes)')

# ---- 1959 final accounts (old text)
gr_s = [F(JS59, '267亿元'), F(JS59, '214亿元'), F(JS59, '24.5%')]
S.rel('growth', C, gr_s, 'construction investment 214 → 267亿: +24.8%; with the half-units (266.5–267.5 over 213.5–214.5) 24.2–25.3%, so 24.5% stands')
sum_s = [F(JS59, '13.9亿元'), F(JS59, '17.7亿元'), F(JS59, '31.6亿元')]
S.rel('sum', C, sum_s, 'surplus 13.9 + carried-over 17.7 = 31.6亿')
S.rel('rate', C, [F(JS59, '671个'), F(JS59, '两个')], '671 large projects in a year: 671 / 365 = 1.8 a day, "差不多每天有两个"')
S.rel('rate', C, [F(JS59, '5.4万个'), F(JS59, '150个')], '5.4万 small projects: 54000 / 365 = 148 a day, "平均每天有150个" (150 read as a round figure)')
S.rel('share', U, [F(JS59, '267亿元'), F(JS59, '50.6%')], '267 = 50.6% of total spending: the total is not in the passage (unstated base)')
S.rel('share', U, [F(JS59, '671个'), F(JS59, '1341个'), F(JS59, '50.6%')], '671 / 1341 = 50.0%, not the 50.6% (that is investment in spending): same-looking number, other indicator')
S.rel('sum', U, [F(JS59, '267亿元'), F(JS59, '50亿元')], 'the 约50亿 of own funds are explicitly not included in 267: no sum is stated')
S.rel('growth', U, [F(JS59, '35%'), F(JS59, '33%'), F(JS59, '10%')], 'credit receipts +35%, payments +33%, currency +10%: other indicators')

# ---- 国家统计局 2025 bulletin (traditional) and 2025 government work report (goals, 2024 results)
b_g = F(GB25, '1401879億元'); b_1 = F(GB25, '93347億元'); b_2 = F(GB25, '499653億元'); b_3 = F(GB25, '808879億元')
sum_b1 = [b_1, b_2, b_3, b_g]
S.rel('sum', C, sum_b1, 'GDP by sector: 93347 + 499653 + 808879 = 1401879億')
S.rel('share', C, [b_1, b_g, F(GB25, '6.7%')], '93347 / 1401879 = 6.66% → 6.7%')
sh_b2 = [b_2, b_g, F(GB25, '35.6%')]
S.rel('share', C, sh_b2, '499653 / 1401879 = 35.64% → 35.6%')
sh_b3 = [b_3, b_g, F(GB25, '57.7%')]
S.rel('share', C, sh_b3, '808879 / 1401879 = 57.70% → 57.7%')
sum_b2 = [F(GB25, '2.6個百分點'), F(GB25, '0.8個百分點'), F(GB25, '1.6個百分點'), F(GB25, '5.0%', pre='比上年增長')]
S.rel('sum', C, sum_b2, 'demand pulls 2.6 + 0.8 + 1.6 = 5.0 points = GDP growth 5.0%')
S.rel('sum', C, [F(GB25, '6.7%'), F(GB25, '35.6%'), F(GB25, '57.7%')], 'sector shares 6.7 + 35.6 + 57.7 = 100.0%')
S.rel('rate', U, [b_1, F(GB25, '3.9%'), b_2, F(GB25, '4.5%', pre='增長'), b_3, F(GB25, '5.4%', pre='增長'), F(GB25, '5.0%', pre='比上年增長')],
      'real sector rates with current-price levels: the constant-price weights are not stated (the rebuilt 4.98% is not a check)')
S.rel('rate', U, [F(GB25, '5.4%', pre='同比增長'), F(GB25, '5.2%'), F(GB25, '4.8%'), F(GB25, '4.5%', pre='四季度增長'), F(GB25, '5.0%', pre='比上年增長')],
      'quarterly rates average 4.975%, but the year is weighted by quarterly levels, not stated')
S.rel('growth', U, [F(GB25, '5.1%', pre='99665元，比上年增長'), F(GB25, '5.0%', pre='比上年增長')], 'per-capita GDP +5.1% vs GDP +5.0%: population change not stated')
S.rel('target', M, [F(GZ25, '5%左右', pre='国内生产总值增长', n=0), F(GB25, '5.0%', pre='比上年增長')], '2025 goal GDP 增长5%左右 → 2025 result +5.0%: met (≥ 4.5)')
S.rel('target', U, [F(GZ25, '5%左右', pre='国内生产总值增长', n=0), F(GB25, '5.4%', pre='同比增長')], '2025 goal against the first-quarter rate 5.4%: other period (a quarter, not the year)')
S.rel('growth', U, [F(GZ25, '134.9万亿元'), b_g, F(GB25, '5.0%', pre='比上年增長')], '134.9万亿 (2024) → 1401879億 (2025) is +3.9% at current prices; 5.0% is real growth (nominal vs real)')
z1 = [F(GZ25, '5%左右', pre='国内生产总值增长', n=0), F(GZ25, '5%左右', pre='国内生产总值增长', n=1)]
S.rel('restatement', C, z1, '2025 GDP goal 5%左右 in the lead and in the list')
z2 = [F(GZ25, '1200万人以上', n=0), F(GZ25, '1200万人以上', n=1)]
S.rel('restatement', C, z2, '2025 jobs goal 1200万人以上 in the lead and in the list')
z3 = [F(GZ25, '1.4万亿斤左右', n=0), F(GZ25, '1.4万亿斤左右', n=1)]
S.rel('restatement', C, z3, '2025 grain goal 1.4万亿斤左右 in the lead and in the list')
S.rel('restatement', C, [F(GZ25, '5.5%左右', n=0), F(GZ25, '5.5%左右', n=1)], '2025 unemployment goal 5.5%左右 twice')
S.rel('restatement', I, [F(GZ25, '3%左右', pre='能耗降低'), F(GZ25, '2.5%左右')],
      'REAL ERROR in the original: the lead gives the 2025 energy-intensity goal as 降低3%左右, the list as 降低2.5%左右 (2.5% was the 2024 goal)')
S.rel('target', U, [F(GZ25, '1256万人'), F(GZ25, '1200万人以上', n=0)], '2024 result 1256万 against the 2025 goal 1200万以上: other period')
S.rel('target', U, [F(GZ25, '0.2%'), F(GZ25, '2%左右', n=0)], '2024 CPI +0.2% against the 2025 goal 2%左右: other period')

# ---- 水利部 2004
sum_w = [F(SL04, '83.55亿元'), F(SL04, '237.95亿元'), F(SL04, '321.5亿元')]
S.rel('sum', C, sum_w, 'central water investment: budget 83.55 + bonds 237.95 = 321.50亿')
sum_w2 = [F(SL04, '20%'), F(SL04, '30%'), F(SL04, '35%'), F(SL04, '25%')]
S.rel('sum', C, sum_w2, '"相应": the central share rises 10 points (20 → 30%) and the fund share falls 10 points (35 → 25%); 20 + 35 = 30 + 25 = 55%')
S.rel('sum', U, [F(SL04, '19项'), F(SL04, '3项')], '19 backbone projects by 2007 and 3 more by 2010: other periods, no total stated')

# ---- 卫生健康委 institutions end-March 2021 (traditional with glosses)
sum_h1 = [F(WS21, '76個'), F(WS21, '1246個'), F(WS21, '1170個')]
S.rel('sum', C, sum_h1, 'hospital change: public −76 + private +1246 = +1170')
sum_h2 = [F(WS21, '1.2萬個'), F(WS21, '2.4萬個'), F(WS21, '3.6萬個', pre='醫(yī)院')]
S.rel('sum', C, sum_h2, 'hospitals: public 1.2 + private 2.4 = 3.6萬')
S.rel('sum', U, [F(WS21, '1170個'), F(WS21, '17572個'), F(WS21, '1624個'), F(WS21, '17273個')], '+1170 + 17572 − 1624 = +17118 ≠ +17273: other institutions (not listed) changed too; the three are not a split')
S.rel('sum', U, [F(WS21, '3.5萬個'), F(WS21, '3.6萬個', pre='衛(wèi)生院'), F(WS21, '60.9萬個'), F(WS21, '26.3萬個'), F(WS21, '97.3萬個')], '3.5 + 3.6 + 60.9 + 26.3 = 94.3 ≠ 97.3萬: the four named kinds are not all grassroots institutions')
S.rel('sum', U, [F(WS21, '3.6萬個', pre='醫(yī)院'), F(WS21, '97.3萬個'), F(WS21, '1.4萬個'), F(WS21, '102.6萬個')], '3.6 + 97.3 + 1.4 = 102.3 ≠ 102.6萬: other institutions are not listed')
S.rel('restatement', U, [F(WS21, '3.6萬個', pre='醫(yī)院'), F(WS21, '3.6萬個', pre='衛(wèi)生院')], 'hospitals 3.6萬 and township health centres 3.6萬: same number, other indicator')
S.rel('sum', U, [F(WS21, '3387個'), F(WS21, '2936個'), F(WS21, '1.4萬個')], 'CDCs and supervision bodies (6323) are only two kinds inside the 1.4萬')

# ---- 国家统计局 60-year transport report
gr_t1 = [F(JT08, '209倍'), F(JT08, '9.5%')]
S.rel('growth', C, gr_t1, '1949 → 2008 passengers ×209 over 59 years: 209^(1/59) − 1 = 9.48% → 年均9.5%')
gr_t2 = [F(JT08, '161倍'), F(JT08, '9%')]
S.rel('growth', C, gr_t2, 'freight ×161 over 59 years: 161^(1/59) − 1 = 8.99% → 年均9%')
S.rel('sum', U, [F(JT08, '200.92万公里'), F(JT08, '7.97万公里'), F(JT08, '246.18万公里'), F(JT08, '473.18万公里')], '200.92 + 7.97 + 246.18 = 455.07 ≠ 473.18: waterways and pipelines are not listed and air routes are not network length in the same sense (not a split)')
S.rel('sum', U, [F(JT08, '8万公里'), F(JT08, '2.18万公里'), F(JT08, '1.13万公里'), F(JT08, '18.74万公里')], '1949: 8 + 2.18 + 1.13 = 11.31 ≠ 18.74: waterways not listed')
S.rel('share', U, [F(JT08, '1947万辆'), F(JT08, '1.5辆')], '1.5 private cars per 100 people: population not stated (unstated base)')
S.rel('sum', U, [F(JT08, '297条'), F(JT08, '1532条')], '297 international routes are inside the 1532 ("其中")')

# ---- 财政部 1993 budget execution (1994 news) and 1995 finance review (traditional with glosses)
q_r = F(CZ93, '5114.82亿元'); q_e = F(CZ93, '5319.82亿元'); q_d = F(CZ93, '205亿元', n=0); q_c = F(CZ93, '205亿元', n=1)
sum_q = [q_e, q_r, q_d]
S.rel('sum', C, sum_q, 'deficit = 5319.82 − 5114.82 = 205亿')
rs_q = [q_d, q_c]
S.rel('restatement', C, rs_q, 'total deficit 205 = central deficit 205 (local budgets balanced)')
S.rel('target', M, [q_r, F(CZ93, '113.1%')], 'revenue 5114.82 = 113.1% of the budget: met')
S.rel('target', CT, [q_r, F(CZ93, '113.1%'), q_e, F(CZ93, '112.5%'), q_d],
      '"未突破预算确定的数额": the budgeted deficit is not printed; rebuilt from the completion rates it is 202–210亿 (4728.7 − 4522.4 = 206.3), so the figures cannot tell whether 205 stayed within it')
S.rel('sum', U, [F(CZ93, '693.84亿元'), q_r, F(CZ93, '337.35亿元'), q_e], 'debt receipts and debt service are inside revenue and spending ("包括"): no split is stated')
S.rel('growth', U, [F(CZ93, '23.2%'), F(CZ93, '21.2%')], 'revenue +23.2% and spending +21.2%: last year not stated, other indicators')
f_p1 = F(CZ95, '0.3 個(gè)百分點(diǎn)'); f_p2 = F(CZ95, '0.3%')
S.rel('restatement', C, [f_p1, f_p2], 'the rise of the revenue-to-GDP ratio: 0.3 points, restated as "小小的0.3%"')
S.rel('growth', C, [F(CZ95, '1024.1億元'), F(CZ95, '1000 億元')], '"從這一年開始…每年增長均超過1000億元": the 1995 increase 1024.1 is above 1000')
S.rel('share', U, [F(CZ95, '6242.2億元'), F(CZ95, '10.7%')], 'revenue 6242.2 = 10.7% of GDP: GDP is not stated (unstated base)')
S.rel('growth', U, [F(CZ95, '1024.1億元'), F(CZ95, '20%')], '1995: 1024.1 on 5218.1 = +19.6%, but "年均增速高達20%" is an average from 1995 on (other span)')
S.rel('growth', U, [F(CZ93, '23.2%'), F(CZ95, '10% 左右')], '1993 +23.2% (revenue including debt receipts) against "分稅制前…年均增長率為10%左右": other scope and span')
S.rel('growth', U, [q_r, F(CZ95, '6242.2億元'), F(CZ95, '1024.1億元')], '1993 revenue 5114.82 includes 693.84 of debt; the 1995 6242.2 and its +1024.1 on 1994 exclude debt: other scope, 1994 not stated')


# ---- further traps
S.rel('rate', U, [c_rev, F(CZ19, '4.5%'), z_rev, F(CZ19, '3.8%')], 'central revenue +4.5% against national +3.8%: the local part and its rate are not in the passage, so nothing can be rebuilt (other scope)')
S.rel('restatement', U, [F(MH09, '4個', pre='增加', post=',完成旅客吞吐量佔全部機場旅客吞吐量的95.77%'), F(MH09, '4個', pre='增加', post=',完成旅客吞吐量佔全部機場旅客吞吐量的64.71%')], '+4 airports above 100萬 and +4 above 1000萬: same number, other groups (nested)')
S.rel('sum', U, [F(MH06, '1098.6万人次'), m6_p[0], m6_p[1]], 'the 1098.6万 to 港澳 are inside the domestic 29934.3 ("其中"), not a third part')
S.rel('share', U, [F(MH13, '98.50%'), F(MH13, '51.8%')], 'cargo shares: the three cities (51.8%) are inside the 1万吨+ airports (98.50%); nested, not parts')
S.rel('share', U, [F(MH06, '36.5%'), F(MH09, '32.80%'), F(MH13, '29.0%')], 'three-city passenger shares of 2006, 2009 and 2013: other periods, no relation stated')
S.rel('sum', U, [F(LS08, '8704億元'), F(LS08, '42401億元')], 'May 8704 is one month inside Jan–May 42401; Jan–Apr is not stated')
S.rel('growth', U, [F(LS21, '0.7%'), F(LS21, '12.1%', pre='同比增長')], 'month-on-month +0.7% against year-on-year +12.1%: other basis')
S.rel('sum', U, [F(GK10, '739萬人次'), F(GK10, '2950萬人次')], 'April passengers 739 are inside Jan–Apr 2950; Jan–Mar is not stated')
S.rel('sum', U, [F(JY15, '737.85万人'), F(JY15, '680.89万人'), F(JY15, '77.60万人')], 'enrolment rose 77.60万, but intake − graduates = 737.85 − 680.89 = 56.96万: the change of enrolment is not intake minus graduates (drop-outs, transfers, other flows)')
S.rel('sum', U, [F(JY15, '64.51万人'), F(JY15, '55.15万人'), F(JY15, '6.37万人')], 'graduate students rose 6.37万, intake − graduates = 9.36万: same trap, other flows')
S.rel('growth', U, [F(GB25, '1393700億元'), b_g], 'gross national income 1393700 against GDP 1401879: other indicator (net factor income not stated)')
S.rel('share', U, [b_g, F(GB25, '184413元/人')], 'labour productivity 184413元 = GDP / employment: employment is not stated (unstated base)')
S.rel('target', U, [F(GZ25, '5.1%'), F(GZ25, '5.5%左右', n=0)], '2024 unemployment 5.1% against the 2025 goal 5.5%左右: other period')
S.rel('sum', U, [F(JT08, '2438万辆'), F(JT08, '1947万辆'), F(JT08, '5099.61万辆')], 'cars 2438 with private 1947 inside, and all civil vehicles 5099.61: nested, not a split')
S.rel('growth', U, [F(JS59, '36%'), F(JS59, '16.4%')], 'purchases +36%以上 and retail +16.4%: other indicators')
S.rel('growth', U, [F(WS21, '17273個'), F(WS21, '102.6萬個')], '+17273 on a year: last March (about 100.9萬) is not stated; no rate given')

# ---- altered copies
a = ALT(CZ19, 1, z_tot, '212573.18億元', 'total revenue 212543.18 → 212573.18')
S.rel('sum', I, R(a, sum_z2, z_tot, '212573.18億元'), 'altered: 190382.23 + 22160.95 = 212543.18, not 212573.18 (breaks {B})')
S.rel('sum', I, R(a, sum_z4, z_tot, '212573.18億元'), 'altered: 240143.18 − 212573.18 = 27570, not 27600 (breaks {B})')
a = ALT(CZ19, 2, c_def, '18800億元', 'central deficit 18300 → 18800')
S.rel('sum', I, R(a, sum_c3, c_def, '18800億元'), 'altered: 110799.41 − 92499.41 = 18300, not 18800 (breaks {B})')
a = ALT(MH09, 1, m9_p[1], '3765.4萬人次', 'international passengers 3705.4 → 3765.4')
S.rel('sum', I, R(a, m9_p, m9_p[1], '3765.4萬人次'), 'altered: 44900.9 + 3765.4 = 48666.3, not 48606.3 (breaks {B})')
S.rel('rate', I, R(a, rt_m9, m9_p[1], '3765.4萬人次'), 'altered: 44900.9/1.2202 + 3765.4/0.9808 = 40637; 48606.3 / 40637 = +19.61%, not 19.79% (breaks {B})')
a = ALT(MH09, 2, sh_m9[4], '14.31%', 'south-west share 14.81% → 14.31%')
S.rel('sum', I, R(a, sh_m9, sh_m9[4], '14.31%'), 'altered: the seven shares add to 99.51%, not 100% (breaks {B})')
a = ALT(MH06, 1, m6_p[1], '3203.0万人次', 'international passengers 3263.0 → 3203.0')
S.rel('sum', I, R(a, m6_p, m6_p[1], '3203.0万人次'), 'altered: 29934.3 + 3203.0 = 33137.3, not 33197.3 (breaks {B})')
a = ALT(MH06, 2, sh_m6[4], '13.2%', 'south-west share 15.2% → 13.2%')
S.rel('sum', I, R(a, sh_m6, sh_m6[4], '13.2%'), 'altered: the six shares add to 98.0%, not 100% (breaks {B})')
a = ALT(MH13, 1, sum_m13a[2], '0.79亿人次', 'central-region passengers 0.74 → 0.79')
S.rel('sum', I, R(a, sum_m13a, sum_m13a[2], '0.79亿人次'), 'altered: 4.24 + 0.47 + 0.79 + 2.09 = 7.59, not 7.54 (breaks {B})')
a = ALT(MH13, 2, sum_m13c[1], '31', 'airports with 100–1000万 passengers 37 → 31')
S.rel('sum', I, R(a, sum_m13c, sum_m13c[1], '31'), 'altered: 24 + 31 = 55, not 61 (breaks {B})')
a = ALT(LS08, 1, l8[1], '24.3%', 'urban growth 22.3% → 24.3%')
S.rel('rate', I, R(a, l8, l8[1], '24.3%'), 'altered: 5947/1.243 + 2757/1.201 = 7080; 8704 / 7080 = +22.9%, not 21.6% (breaks {B})')
a = ALT(LS08, 2, l8[2], '2787億元', 'county retail 2757 → 2787')
S.rel('sum', I, R(a, [l8[0], l8[2], l8[4]], l8[2], '2787億元'), 'altered: 5947 + 2787 = 8734, not 8704 (breaks {B})')
S.rel('rate', I, R(a, l8, l8[2], '2787億元'), 'altered: 5947/1.223 + 2787/1.201 = 7183; 8704 / 7183 = +21.2%, not 21.6% (breaks {B})')
a = ALT(LS21, 1, l21_r, '5084億元', 'June rural retail 5034 → 5084')
S.rel('sum', I, R(a, [l21_u, l21_r, l21_t], l21_r, '5084億元'), 'altered: 32552 + 5084 = 37636, not 37586 (breaks {B})')
S.rel('rate', I, R(a, rt_l21, l21_r, '5084億元'), 'altered: 32552/1.12 + 5084/1.125 = 33583; 37586 / 33583 = +11.9%, not 12.1% (breaks {B})')
a = ALT(LS21, 2, gr_l21[1], '4.3%', 'two-year average 4.9% → 4.3%')
S.rel('growth', I, R(a, gr_l21, gr_l21[1], '4.3%'), 'altered: √1.100 − 1 = 4.9%, not 4.3% (breaks {B})')
a = ALT(GK10, 1, sum_g2[1], '20485萬噸', 'April inland cargo 20405 → 20485')
S.rel('sum', I, R(a, sum_g2, sum_g2[1], '20485萬噸'), 'altered: 45221 + 20485 = 65706, not 65626 (breaks {B})')
a = ALT(GK10, 2, sum_g7[1], '456.10萬TEU', 'Jan–Apr inland containers 426.10 → 456.10')
S.rel('sum', I, R(a, sum_g7, sum_g7[1], '456.10萬TEU'), 'altered: 3941.96 + 456.10 = 4398.06, not 4368.06 (breaks {B})')
a = ALT(JY15, 1, sum_j2[1], '1321所', 'vocational colleges 1341 → 1321')
S.rel('sum', I, R(a, sum_j2, sum_j2[1], '1321所'), 'altered: 1219 + 1321 = 2540, not 2560 (breaks {B})')
a = ALT(JY15, 2, sum_j5[1], '153.47万人', 'master students 158.47 → 153.47')
S.rel('sum', I, R(a, sum_j5, sum_j5[1], '153.47万人'), 'altered: 32.67 + 153.47 = 186.14, not 191.14 (breaks {B})')
a = ALT(JY15, 3, sum_j7[1], '8所', 'adult institutions change −3 → −8')
S.rel('sum', I, R(a, sum_j7, sum_j7[1], '8所'), 'altered: +31 − 8 = +23, not +28 (breaks {B})')
a = ALT(JS59, 1, sum_s[1], '14.7亿元', 'carried-over surplus 17.7 → 14.7')
S.rel('sum', I, R(a, sum_s, sum_s[1], '14.7亿元'), 'altered: 13.9 + 14.7 = 28.6, not 31.6 (breaks {B})')
a = ALT(JS59, 2, gr_s[2], '29.5%', 'investment growth 24.5% → 29.5%')
S.rel('growth', I, R(a, gr_s, gr_s[2], '29.5%'), 'altered: 267 / 214 = +24.8% (24.2–25.3%), not 29.5% (breaks {B})')
a = ALT(GB25, 1, b_2, '496653億元', 'secondary sector 499653 → 496653')
S.rel('sum', I, R(a, sum_b1, b_2, '496653億元'), 'altered: 93347 + 496653 + 808879 = 1398879, not 1401879 (breaks {B})')
S.rel('share', I, R(a, sh_b2, b_2, '496653億元'), 'altered: 496653 / 1401879 = 35.4%, not 35.6% (breaks {B})')
a = ALT(GB25, 2, sum_b2[1], '0.3個百分點', 'capital-formation pull 0.8 → 0.3 points')
S.rel('sum', I, R(a, sum_b2, sum_b2[1], '0.3個百分點'), 'altered: 2.6 + 0.3 + 1.6 = 4.5, not 5.0 (breaks {B})')
a = ALT(GZ25, 1, z2[1], '1300万人以上', 'jobs goal in the list 1200万 → 1300万')
S.rel('restatement', I, R(a, z2, z2[1], '1300万人以上'), 'altered: 1200万人以上 in the lead, 1300万人以上 in the list (breaks {B})')
a = ALT(GZ25, 2, z3[0], '1.3万亿斤左右', 'grain goal in the lead 1.4 → 1.3万亿斤')
S.rel('restatement', I, R(a, z3, z3[0], '1.3万亿斤左右'), 'altered: 1.3万亿斤左右 in the lead, 1.4万亿斤左右 in the list (breaks {B})')
a = ALT(SL04, 1, sum_w[0], '88.55亿元', 'budget funds 83.55 → 88.55')
S.rel('sum', I, R(a, sum_w, sum_w[0], '88.55亿元'), 'altered: 88.55 + 237.95 = 326.50, not 321.5 (breaks {B})')
a = ALT(WS21, 1, sum_h1[1], '1216個', 'private-hospital change +1246 → +1216')
S.rel('sum', I, R(a, sum_h1, sum_h1[1], '1216個'), 'altered: −76 + 1216 = +1140, not +1170 (breaks {B})')
a = ALT(WS21, 2, sum_h2[1], '2.9萬個', 'private hospitals 2.4萬 → 2.9萬')
S.rel('sum', I, R(a, sum_h2, sum_h2[1], '2.9萬個'), 'altered: 1.2 + 2.9 = 4.1, not 3.6萬 (breaks {B})')
a = ALT(JT08, 1, gr_t1[1], '8.5%', 'passenger yearly average 9.5% → 8.5%')
S.rel('growth', I, R(a, gr_t1, gr_t1[1], '8.5%'), 'altered: 209^(1/59) − 1 = 9.5%, not 8.5% (breaks {B})')
a = ALT(JT08, 2, gr_t2[0], '261倍', 'freight multiple 161 → 261')
S.rel('growth', I, R(a, gr_t2, gr_t2[0], '261倍'), 'altered: 261^(1/59) − 1 = 9.9%, outside 年均9% (8.5–9.5) (breaks {B})')
a = ALT(CZ93, 1, q_e, '5379.82亿元', 'total spending 5319.82 → 5379.82')
S.rel('sum', I, R(a, sum_q, q_e, '5379.82亿元'), 'altered: 5379.82 − 5114.82 = 265, not 205 (breaks {B})')
a = ALT(CZ93, 2, q_c, '285亿元', 'central deficit 205 → 285')
S.rel('restatement', I, R(a, rs_q, q_c, '285亿元'), 'altered: total deficit 205 with the local budgets balanced, but the central deficit 285 (breaks {B})')
a = ALT(CZ95, 1, f_p1, '0.8 個(gè)百分點(diǎn)', 'ratio rise 0.3 → 0.8 points')
S.rel('restatement', I, R(a, [f_p1, f_p2], f_p1, '0.8 個(gè)百分點(diǎn)'), 'altered: 提高了0.8個百分點, restated as "小小的0.3%" (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout172. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout172.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout172'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


ST='steel_1956.txt'; NBS='nbs_2002_hant.txt'; PC11='pc_2011h1_hant.txt'; CA15='caac_2015.txt'; RL15='rail_2015.txt'; RL16='rail_2016.txt'
CU15='cus_2015m11_hant.txt'; CU16='cus_2016m11.txt'; T19='tr_2019q1.txt'; T19M='tr_2019m5_hant.txt'; T21='tr_2021q1_hant.txt'; T21N='tr_2021m11_hant.txt'
PO='post_m7_hant.txt'; TO='tour_2022h1_hant.txt'; CA23H='caac_2023h1.txt'; CA23='caac_2023.txt'; FI19='fin_2019h1.txt'

# ---- 1956 steel industry: the first five-year plan's 1957 targets reached by November 1956 (old text)
S.rel('target', M, [F(ST, '467万多吨'), F(ST, '100%')], 'pig iron 467万多吨 by end-November 1956 = 100% of the plan\'s 1957 target: met (≥ 100%)')
S.rel('target', M, [F(ST, '415万吨'), F(ST, '100.7%')], 'steel 415万吨 = 100.7% of the 1957 target (≈ 412万吨): met')
S.rel('target', M, [F(ST, '323万吨'), F(ST, '106.1%')], 'rolled steel 323万吨 = 106.1% of the 1957 target: met')
S.rel('share', U, [F(ST, '415万吨'), F(ST, '323万吨')], 'rolled steel 323 against steel 415万吨: rolled steel is made from steel, not a part or share of it (other indicator)')

# ---- 国家统计局 report on 1978-2001 (traditional, figures in Chinese numerals)
n78 = F(NBS, '三千六百二十四億元'); n01 = F(NBS, '九萬五千九百三十三億元'); n94 = F(NBS, '百分之九點(diǎn)四')
S.rel('growth', U, [n78, n01, n94], 'nominal 3624 → 95933亿 over 23 years is 15.3% a year; 9.4% is real growth "按可比價格計算" (nominal vs real)')
S.rel('growth', U, [n94, F(NBS, '六點(diǎn)一個百分點(diǎn)')], '9.4% is 6.1 points above the world average, whose rate is not stated (unstated base)')

# ---- 国新办 press conference, H1 2011 (traditional)
p_s = [F(PC11, '15700億元'), F(PC11, '102178億元'), F(PC11, '86581億元'), F(PC11, '204459億元')]
S.rel('sum', C, p_s, 'value added by sector 15700 + 102178 + 86581 = 204459亿 = GDP')
p_g = [F(PC11, '12627萬噸'), F(PC11, '312萬噸'), F(PC11, '2.5%', pre='增長', post='。上半年')]
S.rel('growth', C, p_g, 'summer grain 12627万吨, 312 more: 312 / 12315 = +2.53% → 2.5%')
p_r = [F(PC11, '9.6%', pre='同比增長'), F(PC11, '9.7%'), F(PC11, '9.5%')]
S.rel('rate', C, p_r, 'H1 +9.6% lies between Q1 +9.7% and Q2 +9.5%, as any weighting of the two quarters must')
p_lh = [F(PC11, '14.3%'), F(PC11, '14.7%'), F(PC11, '13.1%')]
S.rel('rate', C, p_lh, 'industry +14.3% lies between heavy +14.7% and light +13.1% (a split of industry), as it must')
S.rel('rate', U, [F(PC11, '14.3%'), F(PC11, '10.7%'), F(PC11, '9.6%', pre='集體企業(yè)增長'), F(PC11, '16.1%'), F(PC11, '11.1%')],
      'rates by registration type: state-holding firms overlap with shareholding firms, private firms are missing and no weights are given (not a split)')
S.rel('sum', U, [F(PC11, '3722萬噸'), F(PC11, '2443萬噸')], 'pork 2443 is inside meat 3722万吨 ("其中"); the other meats are not stated (subset, no split)')
S.rel('growth', U, [F(PC11, '2.2%'), F(PC11, '9.5%')], 'Q2 +2.2% is quarter on quarter (環比), +9.5% is year on year: other basis')
S.rel('growth', U, [F(PC11, '14.3%'), F(PC11, '11.0%')], 'industry above designated size +14.3% against the secondary industry +11.0%: other indicator and scope')

# ---- 2015 civil aviation bulletin (news)
c_s = [F(CA15, '559.04亿吨公里'), F(CA15, '292.61亿吨公里'), F(CA15, '851.65亿吨公里')]
S.rel('sum', C, c_s, 'ton-km: domestic 559.04 + international 292.61 = 851.65')
c_r = [c_s[0], F(CA15, '10.0%'), c_s[1], F(CA15, '21.9%'), c_s[2], F(CA15, '13.8%')]
S.rel('rate', C, c_r, 'last year = 559.04/1.100 + 292.61/1.219 = 748.3; 851.65 / 748.3 = +13.8%')
S.rel('sum', U, [F(CA15, '16.22亿吨公里'), c_s[0]], 'Hong Kong/Macao/Taiwan routes 16.22 are inside domestic routes 559.04 ("其中"), not a further part of the total (nested)')
S.rel('sum', U, [c_s[2], F(CA15, '7282.55万人公里'), F(CA15, '208.07亿吨公里')], 'total ton-km 851.65 against passenger-km 7282.55 (printed with 万 for 亿) and cargo ton-km 208.07: passenger-km are no ton-km (other unit; the conversion factor is not stated)')

# ---- 2015 rail freight and the 2016 railway bulletin
r_pax = [F(RL16, '28.14亿人'), F(RL16, '2.79亿人', n=2), F(RL16, '11.0%', pre='比上年增加2.79亿人,增长', n=2)]
S.rel('growth', C, r_pax, 'passengers 28.14亿, 2.79 more: 2.79 / 25.35 = +11.0%')
S.rel('restatement', C, [F(RL16, '28.14亿', n=0), r_pax[0]], '2016 passengers 28.14亿 in the headline and in the passenger section')
S.rel('restatement', C, [F(RL16, '2.79亿', n=0), r_pax[1]], 'increase 2.79亿 in the headline and in the passenger section')
r_fr = [F(RL16, '33.32亿吨', n=1), F(RL16, '0.26 亿吨'), F(RL16, '0.8%', n=1)]
S.rel('growth', C, r_fr, 'freight 33.32亿吨, 0.26 less: 0.26 / 33.58 = −0.77% → −0.8%')
r_ct = [F(RL16, '36371.56亿吨公里', n=1), F(RL16, '656.65亿吨公里', n=1), F(RL16, '1.8%', n=1)]
S.rel('growth', C, r_ct, 'converted ton-km 36371.56, 656.65 more: 656.65 / 35714.91 = +1.84% → 1.8%')
r_pk = [F(RL16, '12579.29亿人公里'), F(RL16, '618.69亿人公里'), F(RL16, '5.2%', n=0)]
S.rel('growth', C, r_pk, 'passenger-km 12579.29, 618.69 more: 618.69 / 11960.60 = +5.17% → 5.2%')
r_fk = [F(RL16, '23792.26亿吨公里'), F(RL16, '37.95亿吨公里'), F(RL16, '0.2%')]
S.rel('growth', C, r_fk, 'freight ton-km 23792.26, 37.95 more: 37.95 / 23754.31 = +0.16% → 0.2%')
S.rel('sum', U, [F(RL16, '27.73亿人'), r_pax[0]], 'national railways 27.73 are part of all railways 28.14 ("其中"); the rest (local and joint-venture lines) is not stated (subset, no split)')
S.rel('rate', U, [F(RL16, '26.52亿吨'), F(RL16, '2.3%'), r_fr[0], r_fr[2]], 'national railways −2.3% within all railways −0.8%: the other lines\' level and rate are not stated (subset, no split)')
S.rel('rate', U, [F(RL16, '40%'), F(RL16, '53%'), F(RL16, '25%', pre='和 '), r_fr[2]], 'containers, vehicles and bulk express +40%, +53%, +25% against all freight −0.8%: their tonnage is not stated and they are not a split of freight')
rx1 = [r_fr[0], r_fr[1], F(RL15, '33.6亿吨')]
S.rel('sum', C, rx1, 'across documents: 2016 freight 33.32 + 0.26 = 33.58 = the 2015 level, printed as 33.6亿吨 in the 2015 release')
rx2 = [r_fk[0], r_fk[1], F(RL15, '23754亿吨公里')]
S.rel('sum', C, rx2, 'across documents: 2016 freight ton-km 23792.26 − 37.95 = 23754.31 = the 2015 level 23754亿吨公里')
S.rel('rate', U, [F(RL15, '11.9%'), F(RL15, '9.4%'), F(RL15, '10.8%'), F(RL15, '13.9%'), F(RL15, '13.4%')], 'year −11.9% against quarterly −9.4, −10.8, −13.9, −13.4%: the quarterly tonnages are not stated (the plain mean of the four is −11.9 only by chance)')
S.rel('rate', U, [F(RL15, '221.5亿人'), F(RL15, '0.5%', pre='221.5亿人,同比增长'), F(RL15, '10%'), F(RL15, '10.4%')], 'all passengers 221.5亿 +0.5% with rail +10% and aviation +10.4%: road and water are missing and no levels are given (not a split)')
S.rel('sum', U, [F(RL15, '450.2亿吨'), F(RL15, '33.6亿吨')], 'rail freight 33.6 is one mode inside all freight 450.2亿吨; the other modes are not stated (subset, no split)')

# ---- customs, Jan-Nov 2015 (traditional) and Jan-Nov 2016
k5 = [F(CU15, '12.71萬(wàn)億元'), F(CU15, '9.37萬(wàn)億元'), F(CU15, '22.08萬(wàn)億元'), F(CU15, '3.34萬(wàn)億元')]
S.rel('sum', C, [k5[0], k5[1], k5[2]], 'Jan-Nov 2015: exports 12.71 + imports 9.37 = 22.08万亿')
k5s = [k5[0], k5[1], k5[3]]
S.rel('sum', C, k5s, 'surplus: 12.71 − 9.37 = 3.34万亿')
k5r = [k5[0], F(CU15, '2.2%'), k5[1], F(CU15, '14.4%'), k5[2], F(CU15, '7.8%')]
S.rel('rate', C, k5r, 'last year = 12.71/0.978 + 9.37/0.856 = 23.94; 22.08 / 23.94 = −7.8%')
k5q = [k5[0], F(CU15, '2.2%'), k5[1], F(CU15, '14.4%'), k5[3], F(CU15, '63%')]
S.rel('rate', C, k5q, 'last year\'s surplus = 12.71/0.978 − 9.37/0.856 = 2.05; 3.34 / 2.05 = +63% (range 60.8–65.1% with the half-units)')
k5h = [F(CU15, '7.32萬(wàn)億元'), k5[0], F(CU15, '57.6%')]
S.rel('share', C, k5h, 'machinery and electronics 7.32 / exports 12.71 = 57.59% → 57.6%')
k5n = [F(CU15, '1.25萬(wàn)億元'), F(CU15, '9100億元'), F(CU15, '3431億元')]
S.rel('sum', C, k5n, 'November: exports 1.25万亿 − imports 9100亿 = 3400亿 vs 3431亿, within the half-unit of 1.25万亿 (±50亿)')
S.rel('sum', U, [F(CU15, '3.3萬(wàn)億元'), k5h[0]], 'electrical and electronic goods 3.3 are inside machinery and electronics 7.32 ("其中"), no split')
S.rel('growth', U, [F(CU15, '3.7%', pre='下降'), F(CU15, '0.1個(gè)百分點(diǎn)')], 'November exports −3.7%, a decline 0.1 point larger than in October, whose rate is not stated (unstated base)')
S.rel('rate', U, [F(CU15, '5%'), F(CU15, '3.7%', pre='5%和'), F(CU15, '3.9%'), F(CU15, '8.9%'), F(CU15, '2.2%')], 'exports to four partners (+5, +3.7, −3.9, −8.9%) against all exports −2.2%: other partners missing, no levels (not a split)')
k6 = [F(CU16, '12.47万亿元'), F(CU16, '9.36万亿元'), F(CU16, '21.83万亿元'), F(CU16, '3.11万亿元')]
S.rel('sum', C, [k6[0], k6[1], k6[2]], 'Jan-Nov 2016: exports 12.47 + imports 9.36 = 21.83万亿')
k6s = [k6[0], k6[1], k6[3]]
S.rel('sum', C, k6s, 'surplus: 12.47 − 9.36 = 3.11万亿')
S.rel('rate', C, [k6[0], F(CU16, '1.8%'), k6[1], F(CU16, '0.3%'), k6[2], F(CU16, '1.2%')], 'last year = 12.47/0.982 + 9.36/0.997 = 22.09; 21.83 / 22.09 = −1.2%')
k6q = [k6[0], F(CU16, '1.8%'), k6[1], F(CU16, '0.3%'), k6[3], F(CU16, '5.8%')]
S.rel('rate', C, k6q, 'last year\'s surplus = 12.47/0.982 − 9.36/0.997 = 3.31; 3.11 / 3.31 = −6.0% (range −6.8 to −5.3% with the half-units, so 5.8% stands)')
k6e = [F(CU16, '3.26万亿元'), k6[2], F(CU16, '14.9%')]
S.rel('share', C, k6e, 'EU 3.26 / 21.83 = 14.93% → 14.9%')
k6u = [F(CU16, '3.08万亿元'), k6[2], F(CU16, '14.1%')]
S.rel('share', C, k6u, 'US 3.08 / 21.83 = 14.11% → 14.1%')
k6a = [F(CU16, '2.66万亿元'), k6[2], F(CU16, '12.2%')]
S.rel('share', C, k6a, 'ASEAN 2.66 / 21.83 = 12.19% → 12.2%')
k6g = [F(CU16, '12.02万亿元'), k6[2], F(CU16, '55.1%')]
S.rel('share', C, k6g, 'general trade 12.02 / 21.83 = 55.06% → 55.1%')
k6p = [F(CU16, '6.57万亿元'), k6[2], F(CU16, '30.1%')]
S.rel('share', C, k6p, 'processing trade 6.57 / 21.83 = 30.10% → 30.1%')
S.rel('share', C, [k6g[0], F(CU16, '0.5%'), k6[0], F(CU16, '1.8%'), k6[1], F(CU16, '0.3%'), k6g[2], F(CU16, '0.9个百分点')],
      'last year\'s share of general trade = (12.02/1.005) / (12.47/0.982 + 9.36/0.997) = 54.15%; 55.06 − 54.15 = +0.9 point')
S.rel('share', C, [k6p[0], F(CU16, '5.7%'), k6[0], F(CU16, '1.8%'), k6[1], F(CU16, '0.3%'), k6p[2], F(CU16, '1.4个百分点')],
      'last year\'s share of processing trade = (6.57/0.943) / 22.09 = 31.54%; 30.10 − 31.54 = −1.4 points')
S.rel('sum', U, [k6e[0], k6u[0], k6a[0], k6[2]], 'the three largest partners 3.26 + 3.08 + 2.66 = 9.00 of 21.83: not a split of trade')
S.rel('sum', U, [k6g[0], k6p[0], k6[2]], 'general 12.02 + processing 6.57 = 18.59 ≠ 21.83: other trade modes (bonded logistics etc.) are not stated (not a split)')
S.rel('rate', U, [k6e[0], F(CU16, '3.1%'), k6u[0], F(CU16, '1.7%'), k6a[0], F(CU16, '0.8%'), k6[2], F(CU16, '1.2%')], 'three partners\' rates against the total −1.2%: the other partners are missing (not a split)')
S.rel('growth', C, [k6[2], k5[2], F(CU16, '1.2%')], 'across documents: 21.83 / 22.08 = −1.13% (−1.18 to −1.09 with the half-units) vs −1.2%: consistent at the edge')
S.rel('growth', C, [k6[0], k5[0], F(CU16, '1.8%')], 'across documents: exports 12.47 / 12.71 = −1.89% → −1.8% within the half-units')
S.rel('growth', U, [k6[1], k5[1], F(CU16, '0.3%')], 'across documents: imports 9.36 / 9.37 = −0.1%, not −0.3%: the 2016 rate is on the revised 2015 figure, not on the preliminary one printed in 2015 (other base)')
S.rel('growth', U, [k6[3], k5[3], F(CU16, '5.8%')], 'across documents: surplus 3.11 / 3.34 = −6.9%, not −5.8%: the 2016 rate is on the revised 2015 base (other base)')

# ---- 交通运输部, Q1 2019; Jan-May 2019 (traditional); Q1 2021 (traditional); Jan-Nov 2021 (traditional)
t_i = [F(T19, '1012亿元'), F(T19, '155亿元'), F(T19, '3722亿元'), F(T19, '4889亿元')]
S.rel('sum', C, t_i, 'investment: rail 1012 + aviation 155 + road and water 3722 = 4889亿')
t_ir = [t_i[0], F(T19, '10.0%'), t_i[1], F(T19, '10.7%'), t_i[2], F(T19, '3.3%'), t_i[3], F(T19, '4.8%', n=1)]
S.rel('rate', C, t_ir, 'last year = 1012/1.100 + 155/1.107 + 3722/1.033 = 4663; 4889 / 4663 = +4.8%')
t_p = [F(T19, '8.5亿人次'), F(T19, '1.6亿人次'), F(T19, '33.6亿人次'), F(T19, '0.6亿人次'), F(T19, '44.4亿人次')]
S.rel('sum', C, t_p, 'passengers: rail 8.5 + aviation 1.6 + road 33.6 + water 0.6 = 44.3 vs 44.4亿 (within the half-units)')
t_pr = [t_p[0], F(T19, '9.0%'), t_p[1], F(T19, '9.8%'), t_p[2], F(T19, '5.0%', pre='下降'), t_p[3], F(T19, '1.8%'), t_p[4], F(T19, '2.1%')]
S.rel('rate', C, t_pr, 'last year = 8.5/1.09 + 1.6/1.098 + 33.6/0.95 + 0.6/0.982 = 45.23; 44.4 / 45.23 = −1.8% (about −2.4 to −1.3 with the half-units; the parts\' sum 44.3 gives −2.1%), so −2.1% stands')
t_f = [F(T19, '10.1亿吨'), F(T19, '81.9亿吨'), F(T19, '16.4亿吨'), F(T19, '168万吨'), F(T19, '108.5亿吨')]
S.rel('sum', C, t_f, 'freight: rail 10.1 + road 81.9 + water 16.4 + aviation 0.0168 = 108.42 vs 108.5亿吨 (within the half-units)')
t_h = [F(T19, '10.4亿吨'), F(T19, '21.1亿吨'), F(T19, '31.5亿吨')]
S.rel('sum', C, t_h, 'ports: domestic 10.4 + foreign trade 21.1 = 31.5亿吨')
S.rel('rate', C, [t_h[0], F(T19, '3.1%'), t_h[1], F(T19, '5.0%', pre='和'), t_h[2], F(T19, '4.3%')], 'last year = 10.4/1.031 + 21.1/1.05 = 30.18; 31.5 / 30.18 = +4.4% (4.31–4.42 with the half-units), so 4.3% stands (near edge)')
S.rel('sum', U, [F(T19, '1915亿元'), F(T19, '113亿元'), t_i[2]], 'expressways 1915 and inland waterways 113 are inside road and water 3722 ("其中"); the rest is not stated (subset, no split)')
S.rel('growth', U, [F(T19, '4.8%', n=1), F(T19, '0.7%')], 'Q1 2019 +4.8% against the 2018 full-year rate 0.7%: other period')
S.rel('sum', U, [F(T19, '156.9亿人次'), t_p[4]], 'city public transport 156.9亿 against commercial passengers 44.4亿: other scope, not a part')
S.rel('target', CT, [F(T19, '8000亿元')], '2019 goal: rail investment 8000亿; the set has only Q1 (1012) and Jan-May (2244) rail investment, no full-year result (cannot tell)')
S.rel('target', U, [F(T19, '1.8万亿元'), t_i[2]], 'the 2019 goal of 1.8万亿 for road and water against the first quarter 3722亿: quarter progress, not the year\'s result (other period)')
m_i = [F(T19M, '7537億元'), F(T19M, '2244億元'), F(T19M, '357億元'), F(T19M, '10138億元')]
S.rel('sum', C, m_i, 'Jan-May 2019: road and water 7537 + rail 2244 + aviation 357 = 10138亿')
m_ir = [m_i[0], F(T19M, '4.8%'), m_i[1], F(T19M, '12.6%'), m_i[2], F(T19M, '39.5%'), m_i[3], F(T19M, '7.3%')]
S.rel('rate', C, m_ir, 'last year = 7537/1.048 + 2244/1.126 + 357/1.395 = 9441; 10138 / 9441 = +7.4% (7.34–7.44 with the half-units), so 7.3% stands (near edge)')
m_x = [F(T19M, '7.3%'), F(T19M, '6.6個(gè)百分點(diǎn)'), F(T19, '0.7%')]
S.rel('growth', C, m_x, 'across documents: Jan-May +7.3% is 6.6 points above the 2018 year, which the Q1 release gives as 0.7%: 7.3 − 0.7 = 6.6')
S.rel('target', U, [F(T19, '1.8万亿元'), m_i[0]], 'across documents: the 2019 goal 1.8万亿 against 7537亿 for January-May: progress, not the year\'s result (other period)')
S.rel('sum', U, [t_i[3], m_i[3]], 'across documents: Q1 4889 is inside Jan-May 10138; the April-May figure is not stated (other period, no split)')
S.rel('growth', U, [F(T19M, '199.9億噸'), F(T19M, '6.0%'), t_f[4], F(T19, '6.1%', pre='同比增长', n=0)], 'across documents: freight Jan-May 199.9 (+6.0%) against Q1 108.5 (+6.1%): other period')
S.rel('growth', U, [m_i[2], F(T19M, '39.5%'), t_i[1], F(T19, '10.7%')], 'across documents: aviation investment +39.5% in Jan-May against +10.7% in Q1: other period, no contradiction')
w_s = [F(T21, '4597億元'), F(T21, '1.8萬億元'), F(T21, '25.5%')]
S.rel('share', C, w_s, 'Q1 2021 road and water 4597 / 1.8万亿 goal = 25.54% → 25.5%')
w_i = [F(T21, '5792億元'), t_i[3], F(T21, '18.5%')]
S.rel('growth', C, w_i, 'across documents: 5792 / 4889 (Q1 2019) = +18.47% → 18.5%')
w_r = [w_s[0], t_i[2], F(T21, '23.5%')]
S.rel('growth', C, w_r, 'across documents: road and water 4597 / 3722 = +23.51% → 23.5%')
S.rel('growth', C, [F(T21, '19.9億人次'), t_p[4], F(T21, '55.1%')], 'across documents: passengers 19.9 / 44.4 = −55.2% (−55.3 to −55.0 with the half-units) vs −55.1%')
S.rel('growth', C, [F(T21, '35.7億噸'), t_h[2], F(T21, '13.4%')], 'across documents: ports 35.7 / 31.5 = +13.3% (13.0–13.7 with the half-units) vs 13.4%')
w_t = [F(T21, '6582萬標箱'), F(T19, '6033万标箱'), F(T21, '9.1%')]
S.rel('growth', C, w_t, 'across documents: containers 6582 / 6033 = +9.10% → 9.1%')
S.rel('growth', U, [F(T21, '111億噸'), t_f[4], F(T21, '15.8%')], 'across documents: freight 111 / 108.5 = +2.3%, not +15.8%: the 2019 freight figures were revised after 2019 (the road freight series was rebased), so the 2021 rate is on another base')
S.rel('growth', U, [F(T21, '122.2億人次'), F(T21, '22.1%'), F(T21, '19.9億人次'), F(T21, '55.1%')], 'city public transport −22.1% against commercial passengers −55.1% on 2019: other scope')
n_s = [F(T21N, '6401億元'), F(T21N, '2.53萬億元'), F(T21N, '1050億元'), F(T21N, '3.28萬億元')]
S.rel('sum', C, n_s, 'Jan-Nov 2021: rail 6401 + road and water 25300 + aviation 1050 = 32751亿 vs 3.28万亿 (within the half-unit of 2.53万亿)')
S.rel('restatement', C, [F(T21N, '3萬億元'), n_s[3]], 'headline "超3萬億元" (a lower bound) and 3.28万亿 in the text')
S.rel('target', M, [w_s[1], n_s[1]], 'across documents: 2021 goal for road and water 1.8万亿 (Q1 release) → 2.53万亿 already in January-November: met')

# ---- 国家邮政局, January-July (traditional)
q_v = [F(PO, '66.7億件'), F(PO, '332.2億件'), F(PO, '9.2億件'), F(PO, '408.2億件')]
S.rel('sum', C, q_v, 'express volume: intra-city 66.7 + inter-city 332.2 + international 9.2 = 408.1 vs 408.2亿件 (within the half-units)')
q_sh = [F(PO, '16.3%'), F(PO, '81.4%'), F(PO, '2.3%')]
S.rel('sum', C, q_sh, 'shares of volume 16.3 + 81.4 + 2.3 = 100')
S.rel('share', C, [q_v[0], q_v[3], q_sh[0]], 'intra-city 66.7 / 408.2 = 16.34% → 16.3%')
q_r = [q_v[0], F(PO, '11.4%'), q_v[1], F(PO, '26.5%'), q_v[2], F(PO, '22.7%'), q_v[3], F(PO, '23.7%')]
S.rel('rate', C, q_r, 'last year = 66.7/1.114 + 332.2/1.265 + 9.2/1.227 = 329.98; 408.1 / 329.98 = +23.7%')
q_c = [q_v[0], F(PO, '11.4%'), q_v[1], F(PO, '26.5%'), q_v[2], F(PO, '22.7%'), q_sh[0], F(PO, '1.8個百分點', n=0)]
S.rel('share', C, q_c, 'last year\'s intra-city share = (66.7/1.114) / 329.98 = 18.14%; 16.34 − 18.14 = −1.8 points')
q_reg = [F(PO, '80%', n=0), F(PO, '12.7%'), F(PO, '7.3%')]
S.rel('sum', C, q_reg, 'regional shares of volume 80 + 12.7 + 7.3 = 100')
S.rel('sum', C, [F(PO, '80%', n=1), F(PO, '11.5%'), F(PO, '8.5%')], 'regional shares of revenue 80 + 11.5 + 8.5 = 100')
S.rel('sum', C, [F(PO, '0.5個百分點'), F(PO, '0.4個百分點'), F(PO, '0.1個百分點', n=2)], 'changes of the regional revenue shares −0.5 + 0.4 + 0.1 = 0, as shares of one total must')
S.rel('sum', U, [F(PO, '9.4%'), F(PO, '51.1%'), F(PO, '12.1%')], 'revenue shares 9.4 + 51.1 + 12.1 = 72.6: the rest of express revenue (other services) is not stated, so these are not a full split')
S.rel('sum', U, [F(PO, '69.4億件'), q_v[3]], 'July 69.4 is inside January-July 408.2: other period, no split')
S.rel('sum', U, [F(PO, '4547.1億元'), F(PO, '5909.5億元')], 'express revenue 4547.1 against postal-industry revenue 5909.5: nested scopes, the rest is not stated (no split)')
S.rel('share', U, [F(PO, '5909.5億元'), F(PO, '10497.9億元')], 'business revenue 5909.5 against business volume 10497.9 (a volume index in money at fixed prices): other indicator')

# ---- 文化和旅游部, H1 2022 domestic tourism (traditional, mojibake as stored)
o_u = F(TO, '10.91億'); o_r = F(TO, '3.64億'); o_q1 = F(TO, '8.30億'); o_q2 = F(TO, '6.25億')
S.rel('sum', I, [o_u, o_r, F(TO, '4.55億', n=1)], 'real defect of the stored text: the total reads "總?cè)舜?4.55億" (mojibake swallowed "人次1"), while urban 10.91 + rural 3.64 = 14.55; as stored, 4.55 ≠ 14.55')
o_s = [o_u, o_r, o_q1, o_q2]
S.rel('sum', C, o_s, 'two splits of the same total: urban 10.91 + rural 3.64 = 14.55 = Q1 8.30 + Q2 6.25')
o_ur = [o_u, F(TO, '16.6%'), o_r, F(TO, '35.4%'), F(TO, '22.2%')]
S.rel('rate', C, o_ur, 'last year = 10.91/0.834 + 3.64/0.646 = 18.72; 14.55 / 18.72 = −22.3% (−22.32 to −22.20 with the half-units), so −22.2% stands (near edge)')
S.rel('rate', C, [o_q1, F(TO, '19.0%'), o_q2, F(TO, '26.2%'), F(TO, '22.2%')], 'by quarter: last year = 8.30/0.81 + 6.25/0.738 = 18.72; 14.55 / 18.72 = −22.3% (−22.31 to −22.21), so −22.2% stands (near edge)')
o_m = [F(TO, '0.94萬億元'), F(TO, '0.23萬億元'), F(TO, '1.17萬億元')]
S.rel('sum', C, o_m, 'spending: urban 0.94 + rural 0.23 = 1.17万亿')
o_mr = [o_m[0], F(TO, '26.7%'), o_m[1], F(TO, '33.8%'), o_m[2], F(TO, '28.2%')]
S.rel('rate', C, o_mr, 'last year = 0.94/0.733 + 0.23/0.662 = 1.630; 1.17 / 1.630 = −28.2%')
S.rel('restatement', U, [F(TO, '4.55億', n=0), F(TO, '4.55億', n=1)], 'headline and text print the same damaged total "?4.55億"; both lost the leading 1 (the same defect twice, no check on the real figure)')

# ---- 民航局: H1 2023 with the 2023 goals, and the 2023 results
g_r = F(CA23H, '976亿吨公里'); g_p = F(CA23H, '4.6亿人次'); g_c = F(CA23H, '617万吨'); g_75 = F(CA23H, '75%左右')
y_r = F(CA23, '1188.3亿吨公里'); y_p = F(CA23, '6.2亿人次'); y_c = F(CA23, '735.4万吨'); y_91 = F(CA23, '91.9%')
S.rel('target', M, [g_r, y_r], 'across documents: 2023 goal ton-km 976亿 → result 1188.3亿: met')
S.rel('target', M, [g_p, y_p], 'across documents: 2023 goal passengers 4.6亿 → 6.2亿: met')
S.rel('target', M, [g_c, y_c], 'across documents: 2023 goal cargo 617万吨 → 735.4万吨: met')
S.rel('target', M, [g_75, y_91], 'across documents: goal "恢复至疫情前75%左右" (met at ≥ 74.5) → ton-km at 91.9% of 2019: met')
S.rel('target', U, [g_r, F(CA23H, '531.3亿吨公里', n=0)], 'the year\'s goal 976 against the first half 531.3: half-year progress, not the result (other period)')
S.rel('target', U, [g_75, F(CA23H, '84.6%', n=0)], 'the year\'s goal of ≈75% of pre-pandemic against H1 at 84.6% of H1 2019: other period')
S.rel('sum', U, [F(CA23H, '2.84亿人次', n=0), y_p], 'across documents: H1 2.84亿 is inside the year 6.2亿; the second half is not stated (other period, no split)')
S.rel('share', U, [F(CA23H, '84.6%', n=0), y_91], 'across documents: 84.6% of H1 2019 and 91.9% of the 2019 year: other periods and bases')
S.rel('growth', U, [F(CA23, '77.9%'), F(CA23, '11.3')], 'load factor 77.9%, 11.3 points up: the 2022 rate (66.6%) is not printed (unstated base)')
S.rel('growth', U, [y_r, F(CA23, '98.3%'), y_91], 'ton-km +98.3% on 2022 and 91.9% of 2019: the 2022 and 2019 levels are not stated (unstated bases)')

# ---- 财政部, H1 2019
f_r = [F(FI19, '9.24兆元'), F(FI19, '0.9%'), F(FI19, '1.54兆元'), F(FI19, '21.4%'), F(FI19, '3.4%')]
S.rel('rate', C, f_r, 'last year = 9.24/1.009 + 1.54/1.214 = 10.43; 10.78 / 10.43 = +3.4% (headline "财政收入增长3.4%"; taxes and non-tax revenue make up the total)')
f_s = [F(FI19, '2.17兆元'), F(FI19, '3.08兆元'), F(FI19, '70.7%')]
S.rel('share', C, f_s, 'bonds 2.17 / quota 3.08 = 70.45%; with the half-units up to 70.73%, so 70.7% stands (near edge)')
S.rel('share', U, [f_s[0], F(FI19, '60%')], 'more than 60% of the new bonds go to investment projects: the amount so used is not stated (unstated base)')

# ---- further traps
S.rel('growth', U, [F(PC11, '3.2%'), F(PC11, '2.5%', pre='增長', post='。上半年')], 'primary industry value added +3.2% against summer grain output +2.5%: other indicator')
S.rel('sum', U, [F(RL16, '12527.88亿人公里'), r_pk[0]], 'national railways 12527.88 are inside all railways 12579.29 passenger-km ("其中"), no split')
S.rel('rate', U, [F(RL16, '21273.21亿吨公里'), F(RL16, '1.5%'), r_fk[0], r_fk[2]], 'national railways −1.5% inside all railways +0.2%: the other lines are not stated (subset, no split)')
S.rel('rate', U, [F(RL16, '33801.08亿吨公里'), F(RL16, '0.9%'), r_ct[0], r_ct[2]], 'national railways +0.9% inside all railways +1.8% converted ton-km: the other lines are not stated (subset, no split)')
S.rel('rate', U, [F(CA15, '15.0%'), F(CA15, '10.8%'), c_s[2], F(CA15, '13.8%')], 'passenger-km +15.0% and cargo ton-km +10.8% against total ton-km +13.8%: the passengers\' ton-km weight is not stated (no levels in one unit)')
S.rel('growth', U, [F(CU15, '9100億元'), F(CU15, '5.6%'), k5[1], F(CU15, '14.4%')], 'November imports −5.6% against January-November −14.4%: other period')
S.rel('growth', U, [F(CU16, '1873.01亿元'), F(CU16, '3.2%'), k6[0], F(CU16, '1.8%')], 'Canton Fair export deals 1873.01亿 +3.2% against customs exports −1.8%: other scope and indicator')
S.rel('sum', U, [F(T19, '3234亿元'), t_f[4]], 'postal business volume 3234亿元 is listed with freight but is money, not tonnage: not a part of 108.5亿吨 (other unit)')
S.rel('rate', U, [F(T19, '1915亿元'), F(T19, '12.6%'), F(T19, '113亿元'), F(T19, '9.3%'), t_i[2], F(T19, '3.3%')], 'expressways +12.6% and inland waterways +9.3% inside road and water +3.3%: the rest of road and water is not stated (subset, no split)')
S.rel('growth', U, [F(T21, '5792億元'), F(T21, '52.8%'), F(T21, '18.5%')], '5792 is +52.8% on Q1 2020 and +18.5% on Q1 2019: the 2020 level is in no document of the set (unstated base)')
S.rel('growth', U, [F(T19M, '55.0億噸'), F(T19M, '4.1%'), t_h[2], F(T19, '4.3%')], 'across documents: ports Jan-May 55.0 (+4.1%) against Q1 31.5 (+4.3%): other period')
S.rel('sum', U, [F(T21, '5792億元'), F(T21N, '3.28萬億元')], 'across documents: Q1 2021 5792 is inside January-November 3.28万亿: other period, no split')
S.rel('sum', U, [F(PO, '148.2億件'), F(PO, '408.2億件')], 'postal parcels and letters 148.2亿件 (郵政寄遞服務) against express firms 408.2亿件: other scope, not a part')
S.rel('growth', U, [F(CA23, '8.1小时'), F(CA23, '3.8个小时')], 'aircraft use 8.1 hours a day, 3.8 hours more: the 2022 level is not printed (unstated base)')
S.rel('share', U, [c_s[2], y_r, y_91], 'across documents: 2015 ton-km 851.65 against 2023 1188.3 at 91.9% of 2019: other years; the 2019 level is not in the set')

# ======== altered copies
a = ALT(PC11, 1, p_s[2], '86381億元', 'tertiary value added 86581 → 86381')
S.rel('sum', I, R(a, p_s, p_s[2], '86381億元'), 'altered: 15700 + 102178 + 86381 = 204259, not 204459 (breaks {B})')
a = ALT(PC11, 2, p_g[1], '372萬噸', 'summer grain increase 312 → 372万吨')
S.rel('growth', I, R(a, p_g, p_g[1], '372萬噸'), 'altered: 372 / 12255 = +3.0%, not 2.5% (breaks {B})')
a = ALT(CA15, 1, c_r[3], '24.9%', 'international ton-km growth 21.9% → 24.9%')
S.rel('rate', I, R(a, c_r, c_r[3], '24.9%'), 'altered: last year = 559.04/1.1 + 292.61/1.249 = 742.5; 851.65 / 742.5 = +14.7%, not 13.8% (breaks {B})')
a = ALT(CA15, 2, c_s[0], '552.04亿吨公里', 'domestic ton-km 559.04 → 552.04')
S.rel('sum', I, R(a, c_s, c_s[0], '552.04亿吨公里'), 'altered: 552.04 + 292.61 = 844.65, not 851.65 (breaks {B})')
a = ALT(RL16, 1, r_pax[1], '2.49亿人', 'passenger increase in the passenger section 2.79 → 2.49亿')
S.rel('growth', I, R(a, r_pax, r_pax[1], '2.49亿人'), 'altered: 2.49 / 25.65 = +9.7%, not 11.0% (breaks {B})')
S.rel('restatement', I, R(a, [F(RL16, '2.79亿', n=0), r_pax[1]], r_pax[1], '2.49亿人'), 'altered: headline increase 2.79亿, passenger section 2.49亿 (breaks {B})')
a = ALT(RL16, 2, r_fk[1], '97.95亿吨公里', 'freight ton-km increase 37.95 → 97.95')
S.rel('growth', I, R(a, r_fk, r_fk[1], '97.95亿吨公里'), 'altered: 97.95 / 23694.31 = +0.41%, not 0.2% (breaks {B})')
S.rel('sum', I, R(a, rx2, r_fk[1], '97.95亿吨公里'), 'altered (across documents): 23792.26 − 97.95 = 23694.31, not the 23754 of the 2015 release (breaks {B})')
a = ALT(RL15, 1, rx2[2], '23574亿吨公里', '2015 freight ton-km 23754 → 23574')
S.rel('sum', I, R(a, rx2, rx2[2], '23574亿吨公里'), 'altered (across documents): 23792.26 − 37.95 = 23754.31, not 23574 (breaks {B})')
a = ALT(CU15, 1, k5h[2], '51.6%', 'machinery share of exports 57.6% → 51.6%')
S.rel('share', I, R(a, k5h, k5h[2], '51.6%'), 'altered: 7.32 / 12.71 = 57.6%, not 51.6% (breaks {B})')
a = ALT(CU15, 2, k5[3], '3.84萬(wàn)億元', 'Jan-Nov surplus 3.34 → 3.84万亿')
S.rel('sum', I, R(a, k5s, k5[3], '3.84萬(wàn)億元'), 'altered: 12.71 − 9.37 = 3.34, not 3.84 (breaks {B})')
S.rel('rate', I, R(a, k5q, k5[3], '3.84萬(wàn)億元'), 'altered: 3.84 / 2.05 = +87%, not 63% (breaks {B})')
a = ALT(CU16, 1, k6a[2], '13.2%', 'ASEAN share 12.2% → 13.2%')
S.rel('share', I, R(a, k6a, k6a[2], '13.2%'), 'altered: 2.66 / 21.83 = 12.2%, not 13.2% (breaks {B})')
a = ALT(CU16, 2, k6[3], '3.41万亿元', 'surplus 3.11 → 3.41万亿')
S.rel('sum', I, R(a, k6s, k6[3], '3.41万亿元'), 'altered: 12.47 − 9.36 = 3.11, not 3.41 (breaks {B})')
S.rel('rate', I, R(a, k6q, k6[3], '3.41万亿元'), 'altered: 3.41 / 3.31 = +3.0%, not −5.8% (breaks {B})')
a = ALT(T19, 1, t_p[2], '38.6亿人次', 'road passengers 33.6 → 38.6亿')
S.rel('sum', I, R(a, t_p, t_p[2], '38.6亿人次'), 'altered: 8.5 + 1.6 + 38.6 + 0.6 = 49.3, not 44.4 (breaks {B})')
a = ALT(T19, 2, w_t[1], '6933万标箱', 'Q1 2019 containers 6033 → 6933万标箱')
S.rel('growth', I, R(a, w_t, w_t[1], '6933万标箱'), 'altered (across documents): 6582 / 6933 = −5.1%, not the +9.1% the 2021 release gives on Q1 2019 (breaks {B})')
a = ALT(T19M, 1, m_i[1], '2544億元', 'Jan-May rail investment 2244 → 2544')
S.rel('sum', I, R(a, m_i, m_i[1], '2544億元'), 'altered: 7537 + 2544 + 357 = 10438, not 10138 (breaks {B})')
a = ALT(T19M, 2, m_x[1], '6.1個(gè)百分點(diǎn)', 'margin over 2018 6.6 → 6.1 points')
S.rel('growth', I, R(a, m_x, m_x[1], '6.1個(gè)百分點(diǎn)'), 'altered (across documents): 7.3 − 0.7 = 6.6, not 6.1 (breaks {B})')
a = ALT(T21, 1, w_s[2], '28.5%', 'share of the year goal 25.5% → 28.5%')
S.rel('share', I, R(a, w_s, w_s[2], '28.5%'), 'altered: 4597 / 18000 = 25.5%, not 28.5% (breaks {B})')
a = ALT(T21, 2, w_i[2], '16.5%', 'growth on Q1 2019 18.5% → 16.5%')
S.rel('growth', I, R(a, w_i, w_i[2], '16.5%'), 'altered (across documents): 5792 / 4889 = +18.5%, not 16.5% (breaks {B})')
a = ALT(T21N, 1, n_s[0], '6901億元', 'Jan-Nov 2021 rail investment 6401 → 6901')
S.rel('sum', I, R(a, n_s, n_s[0], '6901億元'), 'altered: 6901 + 25300 + 1050 = 33251, not 3.28万亿 (breaks {B})')
a = ALT(PO, 1, q_reg[1], '14.7%', 'central region share of volume 12.7% → 14.7%')
S.rel('sum', I, R(a, q_reg, q_reg[1], '14.7%'), 'altered: 80 + 14.7 + 7.3 = 102, not 100 (breaks {B})')
a = ALT(PO, 2, q_r[3], '21.5%', 'inter-city growth 26.5% → 21.5%')
S.rel('rate', I, R(a, q_r, q_r[3], '21.5%'), 'altered: last year = 66.7/1.114 + 332.2/1.215 + 9.2/1.227 = 340.8; 408.1 / 340.8 = +19.8%, not 23.7% (breaks {B})')
S.rel('share', I, R(a, q_c, q_r[3], '21.5%'), 'altered: last year\'s intra-city share = 59.9 / 340.8 = 17.6%; 16.3 − 17.6 = −1.3, not −1.8 points (breaks {B})')
a = ALT(TO, 1, o_m[1], '0.28萬億元', 'rural spending 0.23 → 0.28万亿')
S.rel('sum', I, R(a, o_m, o_m[1], '0.28萬億元'), 'altered: 0.94 + 0.28 = 1.22, not 1.17 (breaks {B})')
a = ALT(TO, 2, o_q2, '6.85億', 'Q2 visits 6.25 → 6.85亿')
S.rel('sum', I, R(a, o_s, o_q2, '6.85億'), 'altered: Q1 8.30 + Q2 6.85 = 15.15, but urban + rural = 14.55 (breaks {B})')
a = ALT(FI19, 1, f_r[3], '27.4%', 'non-tax revenue growth 21.4% → 27.4%')
S.rel('rate', I, R(a, f_r, f_r[3], '27.4%'), 'altered: last year = 9.24/1.009 + 1.54/1.274 = 10.37; 10.78 / 10.37 = +4.0%, not 3.4% (breaks {B})')
a = ALT(FI19, 2, f_s[2], '76.7%', 'share of the bond quota 70.7% → 76.7%')
S.rel('share', I, R(a, f_s, f_s[2], '76.7%'), 'altered: 2.17 / 3.08 = 70.5%, not 76.7% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

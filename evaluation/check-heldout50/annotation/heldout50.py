"""Check key, fiftieth held-out set (check-heldout50). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout50.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout50'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


FJ='fj_2019_hant.txt'; H21='hi_2021q1.txt'; H10='hi_2010q1.txt'; H20='hi_2020p.txt'; GG='gg_2017_hant.txt'
ZT='zj_2024t.txt'; ZH='zj_2024_hant.txt'; ZP='zj_2024p.txt'
A19='ah_2019.txt'; A20T='ah_2020t_hant.txt'; A20='ah_2020.txt'; A21T='ah_2021t.txt'; A21='ah_2021.txt'; A22T='ah_2022t.txt'; A22Q='ah_2022q1.txt'
XG='xg_1957.txt'; HB='hb_1957.txt'; RG='rg_1952.txt'; LC='lc_2011.txt'; YC='yc_2008.txt'; YY='yy_2017t_hant.txt'

# ---- 福建 2019 statistical bulletin (province, traditional)
ft = F(FJ, '42395.00億元'); f1 = F(FJ, '2596.23億元'); f2 = F(FJ, '20581.74億元'); f3 = F(FJ, '19217.03億元')
fr = F(FJ, '7.6%'); fr1 = F(FJ, '3.5%', '增長'); fr2 = F(FJ, '8.3%'); fr3 = F(FJ, '7.3%')
fp1 = F(FJ, '6.1%', '第一産業為'); fp2 = F(FJ, '48.6%'); fp3 = F(FJ, '45.3%')
sum_fj = [f1, f2, f3, ft]; rate_fj = [f1, fr1, f2, fr2, f3, fr3, ft, fr]
S.rel('sum', C, sum_fj, '2596.23 + 20581.74 + 19217.03 = 42395.00')
S.rel('rate', C, rate_fj, 'levels deflated by sector rates: 2508.4 + 19004.4 + 17909.6 = 39422.4; 42395.00/39422.4 = 7.54%; with ±0.05 on each rate 7.49–7.59, which overlaps 7.6 (7.55–7.65): consistent at the edge')
S.rel('share', C, [f1, ft, fp1], '2596.23/42395.00 = 6.12% → 6.1')
S.rel('share', I, [f2, ft, fp2], 'REAL: 20581.74/42395.00 = 48.548% → 48.5, stated 48.6 (the bulletin rounds so that the three shares add to 100; at two-decimal inputs the maximum is 48.5483)')
S.rel('share', C, [f3, ft, fp3], '19217.03/42395.00 = 45.33% → 45.3')
S.rel('sum', C, [fp1, fp2, fp3], '6.1 + 48.6 + 45.3 = 100.0')
fpc = F(FJ, '107139元'); fpop = F(FJ, '3973萬人'); fpop_d = F(FJ, '32萬人')
S.rel('share', C, [ft, fpop, fpop_d, fpc], 'per-capita GDP over mean population: (3973 − 32 + 3973)/2 = 3957萬; 42395.00億/3957萬 = 107139.8元 → 107139 (107139–107140 with the stated digits)')
S.rel('growth', U, [fpc, F(FJ, '6.7%')], 'per-capita +6.7% is real; the 2018 per-capita level is not stated')
fb = F(FJ, '12.9‰'); fd = F(FJ, '6.1‰'); fn = F(FJ, '6.8‰')
S.rel('sum', C, [fb, fd, fn], 'natural growth rate = birth rate − death rate: 12.9 − 6.1 = 6.8')
S.rel('share', C, [F(FJ, '51萬人'), fpop, fpop_d, fb], 'births over mean population 3957萬: 51/3957 = 12.89‰ → 12.9 (over year-end 3973 it would be 12.84; the rate uses the mean)')
S.rel('share', C, [F(FJ, '24.1萬人'), fpop, fpop_d, fd], 'deaths 24.1/3957 = 6.09‰ → 6.1')
fu = F(FJ, '2642萬人'); fur = F(FJ, '66.5%', '城鎮化率)為')
S.rel('share', C, [fu, fpop, fur], '2642/3973 = 66.50% → 66.5')
S.rel('growth', U, [fur, F(FJ, '0.7個')], 'urbanisation up 0.7 points: the 2018 rate is not stated')
S.rel('restatement', U, [fpop, F(FJ, '3896.47萬人')], 'resident 3973 vs registered 3896.47: different population scopes')
tu = F(FJ, '2642', pre='\n', post=' |'); tr = F(FJ, '1331'); tt = F(FJ, '3973', pre='\n', post=' |')
tm = F(FJ, '2021', pre='\n', post=' |'); tf = F(FJ, '1952'); ta = F(FJ, '671'); tb = F(FJ, '2932'); tc = F(FJ, '370', pre='\n')
S.rel('restatement', C, [fu, tu], 'urban population 2642 in the text and in table 1')
S.rel('sum', C, [tu, tr, tt], 'table: 2642 + 1331 = 3973')
S.rel('sum', C, [tm, tf, tt], 'table: 2021 + 1952 = 3973')
S.rel('sum', C, [ta, tb, tc, tt], 'table: 671 + 2932 + 370 = 3973')
S.rel('share', C, [tf, tt, F(FJ, '49.1')], '1952/3973 = 49.13% → 49.1')
S.rel('share', C, [tc, tt, F(FJ, '9.3', pre='\n')], '370/3973 = 9.31% → 9.3')
S.rel('sum', C, [F(FJ, '16.9'), F(FJ, '73.8'), F(FJ, '9.3', pre='\n')], '16.9 + 73.8 + 9.3 = 100.0')
S.rel('restatement', U, [F(FJ, '3.5%', '失業率為'), fr1], 'unemployment rate 3.5% vs primary growth 3.5%: different indicators')
S.rel('growth', U, [F(FJ, '4589.2億元'), F(FJ, '1223.30億元')], 'online retail 4589.2 vs online sales of large traders 1223.30: a subset, no share stated')
a = ALT(FJ, 1, f2, '20531.74億元', 'secondary value added 20581.74 → 20531.74')
S.rel('sum', I, R(a, sum_fj, f2, '20531.74億元'), 'altered: parts add to 42345.00, not 42395.00 (breaks {B})')
a = ALT(FJ, 2, fp3, '43.3%', 'tertiary share 45.3 → 43.3')
S.rel('share', I, [on(a, f3), on(a, ft), on(a, fp3, '43.3%')], 'altered: 19217.03/42395.00 = 45.33%, not 43.3 (breaks {B})')
S.rel('sum', I, [on(a, fp1), on(a, fp2), on(a, fp3, '43.3%')], 'altered: 6.1 + 48.6 + 43.3 = 98.0 (breaks {B})')
a = ALT(FJ, 3, tu, '2672', 'table urban population 2642 → 2672')
S.rel('sum', I, [on(a, tu, '2672'), on(a, tr), on(a, tt)], 'altered: 2672 + 1331 = 4003, not 3973 (breaks {B})')
S.rel('restatement', I, [on(a, fu), on(a, tu, '2672')], 'altered: text 2642 vs table 2672 (breaks {B})')
a = ALT(FJ, 4, tf, '1932', 'table female population 1952 → 1932')
S.rel('sum', I, [on(a, tm), on(a, tf, '1932'), on(a, tt)], 'altered: 2021 + 1932 = 3953, not 3973 (breaks {B})')
S.rel('share', I, [on(a, tf, '1932'), on(a, tt), on(a, F(FJ, '49.1'))], 'altered: 1932/3973 = 48.63%, not 49.1 (breaks {B})')
a = ALT(FJ, 5, fn, '6.3‰', 'natural growth rate 6.8 → 6.3')
S.rel('sum', I, [on(a, fb), on(a, fd), on(a, fn, '6.3‰')], 'altered: 12.9 − 6.1 = 6.8, not 6.3 (breaks {B})')
a = ALT(FJ, 6, fpc, '101139元', 'per-capita GDP 107139 → 101139')
S.rel('share', I, [on(a, ft), on(a, fpop), on(a, fpop_d), on(a, fpc, '101139元')], 'altered: 42395.00億/3957萬 = 107140, not 101139 (breaks {B})')

# ---- 海南 Q1 2021 (news) and 海南 2020 (plan report, line-broken numbers)
ht = F(H21, '1395.99亿元', '全省地区生产总值为'); ht0 = F(H21, '1395.99亿元', '海南地区生产总值为')
h1 = F(H21, '305.91亿元'); h2 = F(H21, '218.13亿元'); h3 = F(H21, '871.95亿元')
hr = F(H21, '19.8%', '亿元,同比增长'); hr0 = F(H21, '19.8%', '亿元、同比增长'); hrt = F(H21, '19.8%', 'GDP同比增长')
hr1 = F(H21, '5.2%'); hr2 = F(H21, '18.8%'); hr3 = F(H21, '25.5%', '871.95亿元,同比增长'); hr3b = F(H21, '25.5%', '服务业增加值同比增长')
h2y = F(H21, '7.0%')
sum_hi = [h1, h2, h3, ht]
S.rel('sum', C, sum_hi, '305.91 + 218.13 + 871.95 = 1395.99')
S.rel('restatement', C, [ht0, ht], 'Q1 GDP 1395.99 stated twice')
S.rel('restatement', C, [hrt, hr0], 'Q1 growth 19.8% in the headline and the lead')
S.rel('restatement', C, [hr0, hr], 'Q1 growth 19.8% in the lead and the accounts paragraph')
S.rel('restatement', C, [hr3, hr3b], 'tertiary (第三产业) growth 25.5% = services (服务业) growth 25.5%: the same scope in Chinese accounts')
S.rel('rate', U, [h1, hr1, h2, hr2, h3, hr3, ht, hr], 'current levels deflated by sector rates give 19.35–19.45%, stated 19.8: the base (Q1 2020, a pandemic quarter) weights are not stated and sector deflators differ; not keyed as a check')
q20 = F(H20, '-4.5%'); y20 = F(H20, '3.5%', '\n', post='\n')
S.rel('growth', C, [q20, hr, h2y], 'cross-document: Q1 2020 −4.5% (海南 2020 plan report) and Q1 2021 +19.8%: sqrt(0.955 × 1.198) − 1 = 6.96% → 7.0 two-year average')
S.rel('growth', U, [hr1, F(H21, '2.8%')], 'primary +5.2% and two-year average 2.8%: the Q1 2020 primary rate is not stated')
S.rel('growth', U, [hr3, F(H21, '9.8%', '两年平均增长')], 'tertiary +25.5% and two-year average 9.8%: the Q1 2020 tertiary rate is not stated')
S.rel('share', U, [hr3b, F(H21, '78.9%')], 'services contribution 78.9% to growth: the real increments are not stated')
S.rel('growth', U, [F(H21, '518.4%'), F(H21, '533.8%')], 'freight turnover +518.4% and waterborne +533.8%: a subset, levels not stated')
S.rel('growth', U, [y20, q20], '海南 2020 full year +3.5% vs Q1 2020 −4.5%: different periods of one year')
S.rel('growth', U, [F(H20, '8%', '\n', post='\n'), F(H20, '9.6', '\n')], 'investment +8% is 9.6 points above Q1: the Q1 rate (−1.6) is not stated, no check')
S.rel('growth', U, [F(H20, '1.2%'), F(H20, '32.6')], 'retail +1.2% is 32.6 points above Q1: Q1 rate not stated')
a = ALT(H21, 1, h3, '891.95亿元', 'tertiary value added 871.95 → 891.95')
S.rel('sum', I, R(a, sum_hi, h3, '891.95亿元'), 'altered: parts add to 1415.99, not 1395.99 (breaks {B})')
a = ALT(H21, 2, hr3b, '23.5%', 'services growth 25.5 → 23.5 (services paragraph)')
S.rel('restatement', I, [on(a, hr3), on(a, hr3b, '23.5%')], 'altered: tertiary 25.5% vs services 23.5% (breaks {B})')
a = ALT(H21, 3, ht0, '1359.99亿元', 'Q1 GDP in the lead 1395.99 → 1359.99')
S.rel('restatement', I, [on(a, ht0, '1359.99亿元'), on(a, ht)], 'altered: 1359.99 vs 1395.99 (breaks {B})')
a = ALT(H21, 4, h2y, '9.0%', 'two-year average 7.0 → 9.0')
S.rel('growth', I, [q20, on(a, hr), on(a, h2y, '9.0%')], 'altered: sqrt(0.955 × 1.198) − 1 = 7.0%, not 9.0 (breaks {B})')
a = ALT(H20, 1, q20, '-6.5%', 'Q1 2020 growth −4.5 → −6.5')
S.rel('growth', I, [on(a, q20, '-6.5%'), hr, h2y], 'altered: sqrt(0.935 × 1.198) − 1 = 5.84%, not 7.0 (breaks {B})')

# ---- 海南 Q1 2010 (news): gaps to national rates
def GAP(a_, b_, d_, why):
    figs = [F(H10, a_[0], a_[1]), F(H10, b_[0], b_[1]), F(H10, d_[0], d_[1])]
    S.rel('growth', C, figs, why); return figs
g1 = GAP(('25.1%', ''), ('11.9%', ''), ('13.2个', ''), '25.1 − 11.9 = 13.2 points')
g2 = GAP(('7.3%', ''), ('3.8%', ''), ('3.5个', ''), '7.3 − 3.8 = 3.5 points')
g3 = GAP(('37.1%', ''), ('10.2%', ''), ('26.9个', ''), '37.1 − 10.2 = 26.9 points')
g4 = GAP(('79.6%', ''), ('25.6%', ''), ('54个', ''), '79.6 − 25.6 = 54 points')
g5 = GAP(('136.9%', ''), ('35.1%', ''), ('101.8个', ''), '136.9 − 35.1 = 101.8 points')
S.rel('sum', U, [F(H10, '106.16亿元'), F(H10, '269.02亿元'), F(H10, '479.67亿元')], 'agriculture 106.16 + services 269.02 = 375.18 ≠ 479.67: industry and construction are not stated; not a split')
S.rel('share', U, [F(H10, '97.82亿元'), F(H10, '244.76亿元')], 'real-estate investment is part of fixed investment; no share stated')
a = ALT(H10, 1, g1[2], '15.2个', 'GDP gap 13.2 → 15.2 points')
S.rel('growth', I, R(a, g1, g1[2], '15.2个'), 'altered: 25.1 − 11.9 = 13.2, not 15.2 (breaks {B})')
a = ALT(H10, 2, g3[0], '31.1%', 'services growth 37.1 → 31.1')
S.rel('growth', I, R(a, g3, g3[0], '31.1%'), 'altered: 31.1 − 10.2 = 20.9, not 26.9 (breaks {B})')
a = ALT(H10, 3, g4[1], '23.6%', 'national investment growth 25.6 → 23.6')
S.rel('growth', I, R(a, g4, g4[1], '23.6%'), 'altered: 79.6 − 23.6 = 56, not 54 (breaks {B})')

# ---- 贵港 2017 results (prefecture city, traditional)
s16 = [F(GG, '19.8'), F(GG, '41', '19.8︰'), F(GG, '39.2')]; s17 = [F(GG, '17.9'), F(GG, '43', '17.9︰'), F(GG, '39.1')]
S.rel('sum', C, s16, '2016 structure 19.8 + 41 + 39.2 = 100')
S.rel('sum', C, s17, '2017 structure 17.9 + 43 + 39.1 = 100')
gd = F(GG, '2個')
S.rel('growth', C, [s16[1], s17[1], gd], 'secondary share 41 → 43: up 2 points')
S.rel('sum', U, [F(GG, '1182.25億元'), F(GG, '1082.18億元')], 'gross industrial output 1182.25 > GDP 1082.18: gross output vs value added, not comparable')
S.rel('share', U, [F(GG, '360.7億元'), F(GG, '1082.18億元'), s17[1]], 'industry value added 360.7/1082.18 = 33.3% vs secondary share 43: secondary includes construction; no check')
S.rel('target', CT, [F(GG, '1082.18億元'), F(GG, '9%')], '贵港 2017: the report says the 2017 targets were “較好完成” but does not state them: cannot tell')
a = ALT(GG, 1, s16[2], '36.2', '2016 tertiary share 39.2 → 36.2')
S.rel('sum', I, R(a, s16, s16[2], '36.2'), 'altered: 19.8 + 41 + 36.2 = 97 (breaks {B})')
a = ALT(GG, 2, s17[1], '45', '2017 secondary share 43 → 45')
S.rel('sum', I, R(a, s17, s17[1], '45'), 'altered: 17.9 + 45 + 39.1 = 102 (breaks {B})')
S.rel('growth', I, [on(a, s16[1]), on(a, s17[1], '45'), on(a, gd)], 'altered: 41 → 45 is 4 points, not 2 (breaks {B})')

# ---- 浙江: 2023 results and 2024 targets (news); 2024 results and 2025 targets (traditional news); 2024 plan report
zt = F(ZT, '5.5%左右'); z23 = F(ZT, '6%'); z23l = F(ZT, '82553亿元')
zh24 = F(ZH, '5.5%左右', n=0); zh25 = F(ZH, '5.5%左右', n=1); zp = F(ZP, '5.5%', '增长'); zpl = F(ZP, '9.01万亿元')
S.rel('target', M, [zt, zp], '浙江 2024: target GDP +5.5%左右 (2024 report), result +5.5% (2025 plan report): met')
S.rel('target', M, [zt, zh24], '浙江 2024: target +5.5%左右, result “5.5%左右” (2025 report news): met')
S.rel('target', M, [F(ZT, '2500亿元以上'), F(ZH, '3000億元')], '浙江 2024: plan to cut business burdens by 2500亿 or more; 2024 result “減負超3000億元”: met')
S.rel('restatement', C, [zp, zh24], '浙江 2024 GDP growth 5.5% and 5.5%左右')
S.rel('target', U, [zh25, zh24], '浙江 2025 target 5.5%左右 vs 2024 result 5.5%左右 in the same text: different years')
S.rel('target', U, [zt, z23], '浙江 2024 target 5.5%左右 vs 2023 result 6%: different years')
S.rel('growth', U, [z23l, zpl, zp], '82553 → 90100 is +9.1% nominal; 5.5% is real')
S.rel('growth', U, [zp, F(ZP, '0.5个')], '5.5% is 0.5 points above the nation: the national 5.0% is not stated')
S.rel('rate', U, [F(ZP, '3.5%'), F(ZP, '6.1%'), F(ZP, '5.1%'), zp], 'sector rates without levels: weights not stated')
S.rel('restatement', U, [F(ZP, '6.1%'), F(ZH, '6.1%')], 'secondary +6.1% vs rural income +6.1%: different indicators')
S.rel('restatement', U, [F(ZT, '3300亿元以上'), F(ZH, '3000億元')], 'burden cuts 2023 (3300以上) vs 2024 (超3000): different years')
a = ALT(ZP, 1, zp, '6.5%', '2024 GDP growth 5.5 → 6.5 (plan report)')
S.rel('restatement', I, [on(a, zp, '6.5%'), zh24], 'altered: 6.5% vs 5.5%左右 (breaks {B})')

# ---- 安徽 2019–2022
a19 = F(A19, '7.5%以上'); a19t = F(A20T, '7.5%以上'); a20tg = F(A20T, '7.5%', '總值增長', post=';')
S.rel('restatement', C, [a19, a19t], '安徽 2019 GDP growth “7.5%以上” in the 2020 report and the 2020 plan report')
S.rel('target', CT, [a19, F(A19, '10.6%')], '安徽 2019: the report says the 2019 targets were “较好完成” but does not state them: cannot tell')
S.rel('target', U, [a20tg, a19], '安徽 2020 target 7.5% vs 2019 result 7.5%以上: different years sharing a number')
a20 = F(A20, '3.9%', '同比增长', post='。其中'); a20h = F(A20, '3.9%', '同比增长', post=',多项'); a20f = F(A20, '3.9%', '全年增长')
S.rel('target', MS, [a20tg, a20], '安徽 2020: target GDP +7.5% (2020 plan report), result +3.9% (2021 release): missed')
S.rel('target', CT, [F(A20T, '9.5%左右'), F(A20, '第3位')], '安徽 2020 retail target 9.5%左右: the result is given only as a rank, no rate: cannot tell')
S.rel('restatement', C, [a20h, a20], '2020 growth 3.9% in the headline and the text')
S.rel('restatement', C, [a20, a20f], '2020 growth 3.9% stated twice in the text')
S.rel('restatement', C, [F(A20, '38680.6亿元', '达'), F(A20, '38680.6亿元', '全省生产总值')], '38680.6 in the headline and the text')
at = F(A20, '38680.6亿元', '全省生产总值'); a1 = F(A20, '3184.7亿元'); a2 = F(A20, '15671.7亿元'); a3 = F(A20, '19824.2亿元')
sum_a20 = [a1, a2, a3, at]
S.rel('sum', C, sum_a20, '3184.7 + 15671.7 + 19824.2 = 38680.6')
S.rel('rate', U, [a1, F(A20, '2.2%'), a2, F(A20, '5.2%'), a3, F(A20, '2.8%'), at, a20], 'current levels deflated by sector rates give 3.66–3.76%, stated 3.9: base weights not stated (2020 price shifts); not keyed as a check')
S.rel('growth', U, [F(A20, '6.5%'), a20f], 'Q1 −6.5% and full year +3.9%: different periods')
a = ALT(A20, 1, a2, '15871.7亿元', 'secondary value added 15671.7 → 15871.7')
S.rel('sum', I, R(a, sum_a20, a2, '15871.7亿元'), 'altered: parts add to 38880.6, not 38680.6 (breaks {B})')
a = ALT(A20, 2, a20, '3.4%', '2020 growth in the text 3.9 → 3.4')
S.rel('restatement', I, [on(a, a20h), on(a, a20, '3.4%')], 'altered: headline 3.9% vs text 3.4% (breaks {B})')
a = ALT(A20T, 1, a19t, '6.5%以上', '2019 growth in the plan report 7.5 → 6.5')
S.rel('restatement', I, [a19, on(a, a19t, '6.5%以上')], 'altered: 7.5%以上 vs 6.5%以上 (breaks {B})')
# 2021
t21 = F(A21T, '8%'); t21i = F(A21T, '9%以上', '投资增长'); t21r = F(A21T, '9%以上', '零售总额增长')
r21 = F(A21, '8.3%'); r21b = F(A22T, '8.3%'); l21 = F(A21, '42959.2亿元'); l21b = F(A22T, '42959.2亿元')
S.rel('target', M, [t21, r21], '安徽 2021: target GDP +8% (2021 report), result +8.3% (2021 release): met')
S.rel('target', M, [t21, r21b], '安徽 2021: target +8%, result +8.3% (2022 exam material citing the press release): met')
S.rel('target', M, [t21i, F(A21, '9.4%')], '安徽 2021: investment target 9%以上, result +9.4%: met')
S.rel('target', CT, [F(A21T, '5%左右')], '安徽 2021 budget revenue target 5%左右: no 2021 revenue result in the set: cannot tell')
S.rel('target', U, [t21r, F(A19, '10.6%')], '2021 retail target 9%以上 vs 2019 retail +10.6%: different years')
S.rel('restatement', C, [l21, l21b], '安徽 2021 GDP 42959.2 in two texts')
S.rel('restatement', C, [r21, r21b], '安徽 2021 growth 8.3% in two texts')
b1 = F(A21, '3360.6亿元'); b2 = F(A21, '17613.2亿元'); b3 = F(A21, '21985.4亿元')
sum_a21 = [b1, b2, b3, l21]; rate_a21 = [b1, F(A21, '7.4%', '3360.6亿元,增长'), b2, F(A21, '7.9%'), b3, F(A21, '8.7%'), l21, r21]
S.rel('sum', C, sum_a21, '3360.6 + 17613.2 + 21985.4 = 42959.2')
S.rel('rate', C, rate_a21, 'levels deflated by sector rates: total 39673; 42959.2/39673 = 8.27% (8.22–8.32) → 8.3')
cu = F(A21, '3631万人'); cp = F(A21, '6113万人'); cs = F(A21, '59.4%')
S.rel('share', C, [cu, cp, cs], '3631/6113 = 59.40% → 59.4')
S.rel('growth', U, [F(A21, '10.0%'), F(A21, '9.0%')], 'income +10.0% nominal vs +9.0% real: different measures')
S.rel('restatement', U, [F(A21, '13.5%', '第二产业投资额增长'), F(A21, '13.5%', '工业投资额增长')], 'secondary-industry investment vs industrial investment: overlapping scopes, not the same indicator')
S.rel('share', U, [F(A21, '5976.8亿元'), F(A21, '7263.2亿元')], 'housing is part of real-estate investment; no share stated')
a = ALT(A21, 1, b3, '21085.4亿元', 'tertiary value added 21985.4 → 21085.4')
S.rel('sum', I, R(a, sum_a21, b3, '21085.4亿元'), 'altered: parts add to 42059.2, not 42959.2 (breaks {B})')
a = ALT(A21, 2, cu, '3361万人', 'urban population 3631 → 3361')
S.rel('share', I, [on(a, cu, '3361万人'), on(a, cp), on(a, cs)], 'altered: 3361/6113 = 55.0%, not 59.4 (breaks {B})')
a = ALT(A21, 3, r21, '6.3%', '2021 GDP growth 8.3 → 6.3')
S.rel('rate', I, R(a, rate_a21, r21, '6.3%'), 'altered: all three sector rates are 7.4% or more, so the total cannot be 6.3 (breaks {B})')
S.rel('restatement', I, [on(a, r21, '6.3%'), r21b], 'altered: 6.3% vs 8.3% (breaks {B})')
a = ALT(A22T, 1, l21b, '42659.2亿元', '2021 GDP in the exam material 42959.2 → 42659.2')
S.rel('restatement', I, [l21, on(a, l21b, '42659.2亿元')], 'altered: 42959.2 vs 42659.2 (breaks {B})')
# 2022
t22 = F(A22T, '7%以上')
S.rel('target', U, [t22, F(A22Q, '5.2%')], '安徽 2022 full-year target 7%以上 vs Q1 2022 +5.2%: a quarter is not the year')
S.rel('target', U, [t22, r21b], '安徽 2022 target 7%以上 vs 2021 result 8.3%: different years')
qt = F(A22Q, '10347.7亿元'); q1 = F(A22Q, '450.6亿元'); q2 = F(A22Q, '4215.8亿元'); q3 = F(A22Q, '5681.3亿元')
sum_q = [q1, q2, q3, qt]
S.rel('sum', C, sum_q, '450.6 + 4215.8 + 5681.3 = 10347.7')
S.rel('rate', C, [q1, F(A22Q, '9.2%'), q2, F(A22Q, '6.3%'), q3, F(A22Q, '4%', '增长'), qt, F(A22Q, '5.2%')], 'levels deflated by sector rates: 5.14%; with the allowances (4% stated to the unit) 4.84–5.45 holds 5.2')
S.rel('share', U, [F(A22Q, '858.6亿元'), q1], 'farm gross output 858.6 vs primary value added 450.6: gross output vs value added')
S.rel('share', U, [F(A22Q, '19.5万人'), F(A22Q, '30%')], '19.5万 is 30% of the annual job target: the target (about 65万) is not stated')
S.rel('growth', U, [F(A22Q, '7%', '名义增长'), F(A22Q, '5.6%')], 'income +7% nominal vs +5.6% real')
a = ALT(A22Q, 1, q1, '480.6亿元', 'primary value added 450.6 → 480.6')
S.rel('sum', I, R(a, sum_q, q1, '480.6亿元'), 'altered: parts add to 10377.7, not 10347.7 (breaks {B})')

# ---- 孝感县 1957 (county, article)
x52 = F(XG, '3.32亿斤'); x56 = F(XG, '7.46亿斤'); x57 = F(XG, '8.57亿斤'); xr1 = F(XG, '14.8%'); xr2 = F(XG, '157.6%')
S.rel('growth', C, [x56, x57, xr1], '8.57/7.46 = +14.88%; with two-decimal inputs 14.73–15.02, which holds 14.8: consistent')
S.rel('growth', C, [x52, x57, xr2], '8.57/3.32 = +158.1%; with the input allowance 157.6–158.7: 157.6 at the edge, consistent')
S.rel('share', U, [x52, F(XG, '78.4万亩'), F(XG, '380斤')], '3.32亿斤/78.4万亩 = 423斤, stated yield 380: the yield is over all grain land, the area is paddy only')
S.rel('share', U, [x57, F(XG, '808,979亩'), F(XG, '1,002斤')], 'paddy yield 1,002 on 808,979亩 gives 8.1亿斤 from paddy only; total 8.57 includes dry land')
S.rel('sum', U, [F(XG, '17.9万户'), F(XG, '16.9万户')], 'farm households are a subset of all households; no split stated')
a = ALT(XG, 1, xr1, '16.8%', 'growth over 1956 14.8 → 16.8')
S.rel('growth', I, [on(a, x56), on(a, x57), on(a, xr1, '16.8%')], 'altered: 8.57/7.46 = +14.9%, not 16.8 (breaks {B})')
a = ALT(XG, 2, x52, '3.02亿斤', '1952 grain 3.32 → 3.02')
S.rel('growth', I, [on(a, x52, '3.02亿斤'), on(a, x57), on(a, xr2)], 'altered: 8.57/3.02 = +183.8%, not 157.6 (breaks {B})')

# ---- 湖北 1953–1957 (history book page), 1952 region (journal abstract)
S.rel('rate', U, [F(HB, '11.8%'), F(HB, '7.2%'), F(HB, '20.1%')], 'gross output +11.8% a year from agriculture +7.2% and industry +20.1%: weights (the 1952 split) not stated')
S.rel('growth', U, [F(HB, '3%'), F(HB, '61%')], 'grain +3% a year vs irrigated area +61% over the plan: different indicators')
S.rel('share', U, [F(RG, '三百七十三亿斤'), F(RG, '百分之一○八点二')], 'grain 373亿斤 is 108.2% of plan: the plan level is not stated (about 344.7), no check')
S.rel('restatement', U, [F(RG, '百分之一○八点二'), F(RG, '百分之一○八点六')], 'grain 108.2% and cotton 108.6% of plan: different crops')
S.rel('growth', U, [F(RG, '百分之十一点五'), F(RG, '百分之九一点三')], 'grain +11.5% and cotton +91.3% over pre-war: different crops, pre-war levels not stated')

# ---- 鲤城区 2011 (district, plan report)
lg = F(LC, '13.5%'); lg5 = F(LC, '0.5个'); l3 = F(LC, '8%', '第三产业增加值增长'); l55 = F(LC, '5.5个')
S.rel('target', M, [lg, lg5], '鲤城 2011: GDP +13.5% “高于预期目标0.5个百分点” (target 13% implied in the text): met')
S.rel('target', MS, [l3, l55], '鲤城 2011: tertiary +8% “低于预期目标5.5个百分点” (target 13.5% implied): missed')
ls = [F(LC, '0.1', '结构为'), F(LC, '46.9'), F(LC, '53', ':')]
S.rel('sum', C, ls, '0.1 + 46.9 + 53 = 100')
S.rel('growth', U, [F(LC, '30%'), F(LC, '18.5%')], 'gross industrial output +30% (nominal) vs industrial value added +18.5% (real): different measures')
S.rel('share', U, [F(LC, '8.7亿元'), F(LC, '17.9亿元')], 'district revenue 8.7 is part of total revenue 17.9; no share stated')
a = ALT(LC, 1, ls[1], '44.9', 'secondary share 46.9 → 44.9')
S.rel('sum', I, R(a, ls, ls[1], '44.9'), 'altered: 0.1 + 44.9 + 53 = 98 (breaks {B})')

# ---- 宜春经济开发区 2008 (development zone)
yr = F(YC, '1.2亿元'); yp = F(YC, '7602万元'); yd = F(YC, '4398万元'); yg = F(YC, '58.9%')
S.rel('sum', C, [yp, yd, yr], '7602 + 4398 = 12000万 = 1.2亿')
S.rel('growth', I, [yp, yd, yg], 'REAL: 4398/7602 = 57.85% → 57.9, stated 58.9 (one point off; 12000/7602 − 1 = 57.9%)')
S.rel('growth', U, [F(YC, '20.6亿元'), F(YC, '82.7%')], 'output 20.6 +82.7%: the 2007 level is not stated')
S.rel('sum', U, [F(YC, '159家'), F(YC, '83家'), F(YC, '40家')], '83 operating + 40 under construction = 123 < 159: the rest (not started) is not stated; not a split')
S.rel('sum', U, [F(YC, '38家'), F(YC, '24家'), F(YC, '20家')], 'new entrants 38, new starts 24, new operations 20: overlapping stages, not parts')
a = ALT(YC, 1, yd, '4998万元', 'revenue increase 4398 → 4998')
S.rel('sum', I, [on(a, yp), on(a, yd, '4998万元'), on(a, yr)], 'altered: 7602 + 4998 = 12600万, outside 1.2亿 (1.15–1.25亿) (breaks {B})')

# ---- 岳阳 2017 targets (prefecture city, traditional): traps against 贵港 2017
S.rel('target', U, [F(YY, '9%左右'), F(GG, '9%')], '岳阳 2017 GDP target 9%左右 vs 贵港 2017 result 9%: different cities')
S.rel('target', U, [F(YY, '9%', '可支配收入增長'), F(GG, '8.6%')], '岳阳 2017 income target vs 贵港 2017 income: different cities')
S.rel('target', U, [F(YY, '8%'), F(GG, '12.2%')], '岳阳 industry target 8% vs 贵港 industry +12.2%: different cities')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

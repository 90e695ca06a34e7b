"""Check key, set check-heldout81. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout81.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout81'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

SC18H='sc_2018h1.txt'; SC18='sc_2018q3.txt'; SC20='sc_2020q3.txt'; CQ='cq_2023_hant.txt'; T23='t2023.txt'; HI='hi_2023.txt'
GXC='gx_county_2020.txt'; BS='bs_2023.txt'; GY='gy_2017.txt'; HK19='hk_2019b.txt'; HK05='hk_2005_hant.txt'; TW='tw_2025_hant.txt'
MOB='mo_2024b_hant.txt'; MOM='mo_2024m_hant.txt'; MO16='mo_2016.txt'; YN='yn_grain.txt'; GX55='gx_1955_hant.txt'

# ---- 四川 H1 2018 (province, release excerpt; starts at the sector breakdown)
hi_ind = F(SC18H, '8%', '同比增长'); hi_ht = F(SC18H, '11.1%'); hi_gap = F(SC18H, '3.1个')
h3a = F(SC18H, '9.9%', n=0); h3b = F(SC18H, '9.9%', n=1)
hinv = F(SC18H, '10.6%')
g_h = [hi_ht, hi_ind, hi_gap]
S.rel('growth', C, g_h, 'high-tech industry 11.1% − industry above scale 8% = 3.1 points')
S.rel('restatement', C, [h3a, h3b], 'tertiary value added +9.9% in the sector breakdown and again under 服务业较快增长')
S.rel('growth', U, [h3b, F(SC18H, '0.1个')], 'tertiary +9.9% is 0.1 points above H1 2017: the 2017 rate is not stated')
S.rel('growth', U, [hi_ind, F(SC18H, '1.3个')], 'industry +8% is 1.3 points above the national rate, which is not stated')
S.rel('growth', U, [F(SC18H, '21%'), F(SC18H, '9.3%'), F(SC18H, '10.5%'), hinv], 'investment by sector +21 / +9.3 / +10.5 vs total +10.6%: the sector weights are not stated, so the total is not a check')
a = ALT(SC18H, 1, hi_gap, '3.4个', 'high-tech gap over industry 3.1 → 3.4 points')
S.rel('growth', I, R(a, g_h, hi_gap, '3.4个'), 'altered: 11.1 − 8 = 3.1, not 3.4 (breaks {B})')
a = ALT(SC18H, 2, h3b, '9.6%', 'tertiary growth (second statement) 9.9 → 9.6')
S.rel('restatement', I, [on(a, h3a), on(a, h3b, '9.6%')], 'altered: tertiary +9.9% in the breakdown vs +9.6% under 服务业 (breaks {B})')

# ---- 四川 Q1–Q3 2018 (province, 四川日报), the next release after sc_2018h1
st = F(SC18, '30853.5亿元'); s1 = F(SC18, '3461.9亿元'); s2 = F(SC18, '11479.9亿元'); s3 = F(SC18, '15911.7亿元')
sind = F(SC18, '8.4%'); sht = F(SC18, '11.7%'); sgap = F(SC18, '3.3个')
s3a = F(SC18, '9.5%', n=0); s3b = F(SC18, '9.5%', n=1); sinv = F(SC18, '10.6%')
sum_sc = [s1, s2, s3, st]; g_s = [sht, sind, sgap]
S.rel('sum', C, sum_sc, '3461.9 + 11479.9 + 15911.7 = 30853.5')
S.rel('growth', C, g_s, 'high-tech industry 11.7% − industry above scale 8.4% = 3.3 points')
S.rel('restatement', C, [s3a, s3b], 'tertiary +9.5% in the sector breakdown and again under 服务业增长较快')
S.rel('growth', U, [F(SC18, '8.1%', n=1), F(SC18, '1.4个')], 'GDP +8.1% is 1.4 points above the national rate, which is not stated')
S.rel('growth', U, [F(SC18, '6.3%'), F(SC18, '8.7%'), F(SC18, '11.6%'), sinv], 'investment by sector vs total +10.6%: weights not stated')
S.rel('restatement', U, [hinv, sinv], 'investment +10.6% in H1 and +10.6% in Q1–Q3 2018: same number, different periods, not a restatement')
S.rel('sum', U, [F(SC18H, '1544.26亿元'), F(SC18H, '7636.99亿元'), F(SC18H, '9145.76亿元'), s1, s2, s3], 'H1 and Q1–Q3 sector levels are cumulative (H1 is inside Q1–Q3); Q3 alone is not stated, nothing to add up')
S.rel('growth', U, [h3a, s3a], 'tertiary +9.9% (H1) vs +9.5% (Q1–Q3): different periods; the Q3 rate is not stated')
a = ALT(SC18, 1, s2, '11429.9亿元', 'secondary value added 11479.9 → 11429.9')
S.rel('sum', I, R(a, sum_sc, s2, '11429.9亿元'), 'altered: parts add to 30803.5, not 30853.5 (breaks {B})')
a = ALT(SC18, 2, sgap, '3.8个', 'high-tech gap 3.3 → 3.8 points')
S.rel('growth', I, R(a, g_s, sgap, '3.8个'), 'altered: 11.7 − 8.4 = 3.3, not 3.8 (breaks {B})')

# ---- 四川 Q1–Q3 2020 (province, news of the release)
ct = F(SC20, '34905.0亿元'); c1 = F(SC20, '4301.8亿元'); c2 = F(SC20, '12446.2亿元'); c3 = F(SC20, '18157.0亿元')
tt = F(SC20, '5916.7亿元'); tx = F(SC20, '3374.6亿元'); tm = F(SC20, '2542.1亿元')
ttg = F(SC20, '22.7%'); txg = F(SC20, '23.1%'); tmg = F(SC20, '22.2%')
rt = F(SC20, '14916.3亿元'); rc = F(SC20, '1663.7亿元'); rg = F(SC20, '12955.6亿元')
rtg = F(SC20, '4.8%', '下降'); rcg = F(SC20, '15.2%'); rgg = F(SC20, '3.3%', '下降')
cind = F(SC20, '3.2%'); cht = F(SC20, '9.7%'); cgap = F(SC20, '6.5个')
c3a = F(SC20, '2.2%', n=0); c3b = F(SC20, '2.2%', n=1)
sum_c = [c1, c2, c3, ct]; sum_t = [tx, tm, tt]; gr_t = [tx, txg, tm, tmg, tt, ttg]; g_c = [cht, cind, cgap]
S.rel('sum', C, sum_c, '4301.8 + 12446.2 + 18157.0 = 34905.0')
S.rel('sum', C, sum_t, 'exports 3374.6 + imports 2542.1 = 5916.7')
S.rel('growth', C, gr_t, 'trade growth from the parts: 3374.6/1.231 + 2542.1/1.222 = 4821.6 a year earlier; 5916.7/4821.6 = +22.7%')
S.rel('sum', I, [rc, rg, rt], 'REAL ERROR in the original: catering 1663.7 + goods 12955.6 = 14619.3, but the total is printed 14916.3 (digits 6 and 9 swapped); 按消费形态分 is a full split')
S.rel('growth', C, [rc, rcg, rg, rgg, rtg], 'retail fall from the parts: 1663.7/0.848 + 12955.6/0.967 = 15359.6 a year earlier; (1663.7 + 12955.6)/15359.6 = −4.8%, so the parts and the −4.8% agree (the printed total 14916.3 is the odd one out)')
S.rel('growth', C, g_c, 'high-tech industry 9.7% − industry above scale 3.2% = 6.5 points')
S.rel('restatement', C, [c3a, c3b], 'tertiary +2.2% in the lead and again in the sector breakdown')
S.rel('growth', U, [cind, F(SC20, '2.0个'), F(SC20, '0.7个')], 'industry +3.2% is 2.0 points above the nation and 0.7 above H1: neither rate is stated')
S.rel('growth', U, [c3a, F(SC20, '0.4%')], 'tertiary from −0.4% (H1) to +2.2% (Q1–Q3): cumulative periods, Q3 alone not stated; no number to check')
S.rel('sum', U, [F(SC20, '856.0亿元'), rg], 'online retail 856.0 is a subset (其中) of goods retail 12955.6, not a split')
a = ALT(SC20, 1, c2, '12416.2亿元', 'secondary value added 12446.2 → 12416.2')
S.rel('sum', I, R(a, sum_c, c2, '12416.2亿元'), 'altered: parts add to 34875.0, not 34905.0 (breaks {B})')
a = ALT(SC20, 2, cgap, '6.9个', 'high-tech gap 6.5 → 6.9 points')
S.rel('growth', I, R(a, g_c, cgap, '6.9个'), 'altered: 9.7 − 3.2 = 6.5, not 6.9 (breaks {B})')
a = ALT(SC20, 3, tt, '5976.7亿元', 'trade total 5916.7 → 5976.7')
S.rel('sum', I, R(a, sum_t, tt, '5976.7亿元'), 'altered: 3374.6 + 2542.1 = 5916.7, not 5976.7 (breaks {B})')
S.rel('growth', I, R(a, gr_t, tt, '5976.7亿元'), 'altered: 5976.7/4821.6 = +24.0%, not +22.7% (breaks {B})')

# ---- 重庆 2023 (municipality, news of the statistics release; traditional with glyph pairs)
qt = F(CQ, '30145.79億元'); q1 = F(CQ, '2074.68億元'); q2 = F(CQ, '11699.14億元'); q3 = F(CQ, '16371.97億元'); qg = F(CQ, '6.1%')
sum_q = [q1, q2, q3, qt]
S.rel('sum', C, sum_q, '2074.68 + 11699.14 + 16371.97 = 30145.79')
S.rel('growth', U, [q1, F(CQ, '4.6%'), q2, F(CQ, '6.5%'), q3, F(CQ, '5.9%'), qg], 'real sector rates vs GDP +6.1%: the 2022 weights (constant prices) are not stated; not a check')
a = ALT(CQ, 1, q2, '11669.14億元', 'secondary value added 11699.14 → 11669.14')
S.rel('sum', I, R(a, sum_q, q2, '11669.14億元'), 'altered: parts add to 30115.79, not 30145.79 (breaks {B})')
a = ALT(CQ, 2, q3, '16371.27億元', 'tertiary value added 16371.97 → 16371.27')
S.rel('sum', I, R(a, sum_q, q3, '16371.27億元'), 'altered: parts add to 30145.09, not 30145.79 (breaks {B})')

# ---- 31 provinces' 2023 GDP targets (中新网, January 2023) and 海南 2023 results (海南日报)
tcq = F(T23, '6%以上', '重庆为'); thi = F(T23, '9.5%左右', n=0); thi2 = F(T23, '9.5%左右', n=1); thi22 = F(T23, '9%左右', '目标为')
tgx = F(T23, '5.5%左右', '广西为'); tsc = F(T23, '6%左右', '其余省份为')
S.rel('target', M, [tcq, qg], '重庆 2023 GDP target 6%以上 (T2023) vs result +6.1% (重庆 statistics release): met')
S.rel('restatement', C, [thi, thi2], '海南 2023 target 9.5%左右 stated twice')
ht = F(HI, '7551.18亿元'); hh1 = F(HI, '1507.40亿元'); hh2 = F(HI, '1448.45亿元'); hh3 = F(HI, '4595.33亿元')
hg1 = F(HI, '9.2%', n=0); hg2 = F(HI, '9.2%', n=1)
sum_h = [hh1, hh2, hh3, ht]
S.rel('target', M, [thi, hg1], '海南 2023 GDP target 9.5%左右 vs result +9.2%: met (≥ 9.0 under the 左右 convention)')
S.rel('target', U, [thi22, hg1], '海南 2022 target 9%左右 vs 2023 result +9.2%: different year')
S.rel('target', U, [tgx, F(GXC, '9.6%')], '广西 2023 target 5.5%左右 vs a 广西 county 2020 result +9.6%: different place level and year')
S.rel('target', U, [tsc, F(SC20, '2.4%')], 'the 2023 target 6%左右 (四川 among 其余省份) vs 四川 Q1–Q3 2020 +2.4%: different period')
S.rel('growth', U, [F(T23, '2000亿元'), F(T23, '35%')], '海南 2022 trade 2000亿 (突破, estimate) +35%: the 2021 level is not stated')
S.rel('sum', C, sum_h, '1507.40 + 1448.45 + 4595.33 = 7551.18')
S.rel('restatement', C, [hg1, hg2], '海南 2023 GDP +9.2% in the lead and again with the level')
S.rel('growth', U, [hg2, F(HI, '4个')], '+9.2% is 4 points above the national rate, which is not stated')
S.rel('growth', U, [F(HI, '6.8%'), F(HI, '8.6%'), F(HI, '9.5%'), hg1], 'Q1 6.8%, H1 8.6%, Q1–Q3 9.5% and the year 9.2% are cumulative rates; Q4 alone is not stated')
S.rel('share', U, [F(HI, '2410.33亿元'), hh1], 'gross output of farming 2410.33 vs primary value added 1507.40: different indicators (output vs value added)')
a = ALT(HI, 1, hh2, '1418.45亿元', 'secondary value added 1448.45 → 1418.45')
S.rel('sum', I, R(a, sum_h, hh2, '1418.45亿元'), 'altered: parts add to 7521.18, not 7551.18 (breaks {B})')
a = ALT(T23, 1, thi2, '8.5%左右', '海南 target (second statement) 9.5 → 8.5')
S.rel('restatement', I, [on(a, thi), on(a, thi2, '8.5%左右')], 'altered: 海南 target 9.5%左右 in the list vs 8.5%左右 in the paragraph (breaks {B})')
a = ALT(HI, 2, hg2, '9.7%', 'GDP growth (second statement) 9.2 → 9.7')
S.rel('restatement', I, [on(a, hg1), on(a, hg2, '9.7%')], 'altered: +9.2% in the lead vs +9.7% with the level (breaks {B})')

# ---- a 广西 county, 2020 statistical bulletin (county not named in the passage)
xt = F(GXC, '905743万元'); x1 = F(GXC, '276228万元'); x2 = F(GXC, '167348万元'); x3 = F(GXC, '462167万元'); xg = F(GXC, '9.6%')
xp1 = F(GXC, '30.5%'); xp2 = F(GXC, '18.5%'); xp3 = F(GXC, '51%')
xc1 = F(GXC, '12.8%'); xc2 = F(GXC, '50.3%'); xc3 = F(GXC, '36.9%'); xl1 = F(GXC, '1.2', post='、'); xl2 = F(GXC, '4.8', post='、'); xl3 = F(GXC, '3.5', post='个')
at = F(GXC, '444189万元'); a1 = F(GXC, '275152万元'); a2 = F(GXC, '20002万元'); a3 = F(GXC, '122633万元'); a4 = F(GXC, '24756万元'); a5 = F(GXC, '1646万元')
ap1 = F(GXC, '61.9%'); ap3 = F(GXC, '27.6%')
cropt = F(GXC, '79.52万亩'); crop1 = F(GXC, '52.08万亩'); crop2 = F(GXC, '27.45万亩')
gr = F(GXC, '166865吨'); grd = F(GXC, '4249吨'); grp = F(GXC, '2.48%')
sum_x = [x1, x2, x3, xt]; sum_c3 = [xc1, xc2, xc3]; sum_a = [a1, a2, a3, a4, a5, at]; sh_a3 = [a3, at, ap3]; g_gr = [gr, grd, grp]
S.rel('sum', C, sum_x, '276228 + 167348 + 462167 = 905743')
S.rel('share', C, [x1, xt, xp1], '276228/905743 = 30.50%')
S.rel('share', C, [x2, xt, xp2], '167348/905743 = 18.48% → 18.5')
S.rel('share', C, [x3, xt, xp3], '462167/905743 = 51.03% → 51')
S.rel('sum', C, [xp1, xp2, xp3], '30.5 + 18.5 + 51 = 100')
S.rel('sum', C, sum_c3, 'contribution shares 12.8 + 50.3 + 36.9 = 100')
S.rel('sum', C, [xl1, xl2, xl3, xg], 'pulls 1.2 + 4.8 + 3.5 = 9.5 vs GDP +9.6: inside the allowance of the three pulls (up to 9.65)')
S.rel('rate', C, [xc2, xg, xl2], 'secondary pull = contribution share × growth: 50.3% × 9.6 = 4.83 → 4.8')
S.rel('sum', C, sum_a, 'farm output 275152 + 20002 + 122633 + 24756 + 1646 = 444189')
S.rel('share', C, [a1, at, ap1], '275152/444189 = 61.94% → 61.9')
S.rel('share', C, sh_a3, '122633/444189 = 27.61% → 27.6')
S.rel('sum', C, [crop1, crop2, cropt], 'grain 52.08 + economic crops 27.45 = 79.53 vs sown area 79.52: inside the allowance')
S.rel('growth', C, g_gr, 'grain 166865 t, 4249 t less than 2019 (171114): −4249/171114 = −2.48%')
S.rel('sum', U, [F(GXC, '5.9万亩'), F(GXC, '6.74万亩'), F(GXC, '12.14万亩'), F(GXC, '0.32万亩'), crop2], 'oil crops, sugar cane, vegetables and cassava are some economic crops (25.1万亩), not a split of 27.45')
S.rel('growth', U, [F(GXC, '29.3%'), F(GXC, '3.3%'), F(GXC, '60.3%')], 'secondary +29.3% from industry −3.3% and construction +60.3%: the weights are not stated')
S.rel('growth', U, [xp1, F(GXC, '-1.8'), xp2, F(GXC, '3.4', post='、')], 'structure changes against 2019 (−1.8, +3.4 points): the 2019 structure is not stated')
a = ALT(GXC, 1, x2, '167848万元', 'secondary value added 167348 → 167848')
S.rel('sum', I, R(a, sum_x, x2, '167848万元'), 'altered: parts add to 906243, not 905743 (breaks {B})')
a = ALT(GXC, 2, xc1, '13.8%', 'primary contribution share 12.8 → 13.8')
S.rel('sum', I, R(a, sum_c3, xc1, '13.8%'), 'altered: contributions add to 101.0, not 100 (breaks {B})')
a = ALT(GXC, 3, a3, '122933万元', 'animal husbandry output 122633 → 122933')
S.rel('sum', I, R(a, sum_a, a3, '122933万元'), 'altered: parts add to 444489, not 444189 (breaks {B})')
S.rel('share', I, R(a, sh_a3, a3, '122933万元'), 'altered: 122933/444189 = 27.68% → 27.7, not 27.6 (breaks {B})')
a = ALT(GXC, 4, grd, '4349吨', 'grain decrease 4249 → 4349 t')
S.rel('growth', I, R(a, g_gr, grd, '4349吨'), 'altered: −4349/171214 = −2.54%, not −2.48% (breaks {B})')

# ---- 璧山区 (重庆) 2023 budget execution report (district)
bt = F(BS, '53.19亿元'); btx = F(BS, '29.09亿元'); bnt = F(BS, '24.1亿元'); btot = F(BS, '102.06亿元')
btr = F(BS, '29.71亿元'); bst = F(BS, '1.97亿元'); bdr = F(BS, '3.29亿元'); bdb = F(BS, '5.11亿元'); bcf = F(BS, '8.79亿元')
bx = F(BS, '75.80亿元'); bx1 = F(BS, '68.34亿元'); bx2 = F(BS, '4.39亿元'); bx3 = F(BS, '3.07亿元')
btg = F(BS, '22.1%'); btxg = F(BS, '46.2%'); bntg = F(BS, '1.9%')
sum_b1 = [btx, bnt, bt]; sum_b2 = [bt, btr, bst, bdr, bdb, bcf, btot]; sum_b3 = [bx1, bx2, bx3, bx]; g_b = [btx, btxg, bnt, bntg, btg]
S.rel('sum', C, sum_b1, 'tax 29.09 + non-tax 24.1 = 53.19')
S.rel('sum', C, sum_b2, '53.19 + 29.71 + 1.97 + 3.29 + 5.11 + 8.79 = 102.06')
S.rel('sum', C, sum_b3, 'district 68.34 + subdistricts 4.39 + towns 3.07 = 75.80')
S.rel('growth', C, g_b, 'revenue growth from the parts: 29.09/1.462 + 24.1/1.019 = 43.55 in 2022; 53.19/43.55 = +22.1%')
S.rel('growth', U, [btg, F(BS, '3.4%')], '+22.1% as reported vs +3.4% after restoring the VAT-refund base: two bases, neither 2022 base stated')
S.rel('growth', U, [btxg, F(BS, '4.7%')], 'tax +46.2% vs +4.7% on the restored base: different bases')
a = ALT(BS, 1, btr, '29.21亿元', 'transfers from the centre and city 29.71 → 29.21')
S.rel('sum', I, R(a, sum_b2, btr, '29.21亿元'), 'altered: items add to 101.56, not 102.06 (breaks {B})')
a = ALT(BS, 2, bx2, '4.89亿元', 'subdistrict spending 4.39 → 4.89')
S.rel('sum', I, R(a, sum_b3, bx2, '4.89亿元'), 'altered: 68.34 + 4.89 + 3.07 = 76.30, not 75.80 (breaks {B})')
a = ALT(BS, 3, btxg, '43.2%', 'tax revenue growth 46.2 → 43.2')
S.rel('growth', I, R(a, g_b, btxg, '43.2%'), 'altered: 29.09/1.432 + 24.1/1.019 = 43.97; 53.19/43.97 = +21.0%, not +22.1% (breaks {B})')

# ---- 贵阳 2017 government work report (prefecture city, news): 2016 result and 2017–2021 targets
gyl = F(GY, '3157.7亿元'); gyg = F(GY, '11.7%'); gyt = F(GY, '11%左右'); gy5 = F(GY, '5500亿元'); gyr = F(GY, '11%', '社会消费品零售总额年均增长')
S.rel('growth', U, [gyl, gyt, gy5], '3157.7 × 1.11^5 = 5321 < 5500: the 5500亿 target needs about 11.7% a year at current prices, the 11% is a real (constant-price) target; nominal vs real')
S.rel('target', U, [gyt, gyg], 'target of 11%左右 a year for 2017–2021 vs the 2016 result +11.7%: different period')
S.rel('restatement', U, [gyt, gyr], 'GDP and retail sales both 年均增长11%: same number, different indicators')

# ---- 香港 2019/20 budget speech (simplified edition), paragraphs 181–186
k_op = F(HK19, '五千零一十五亿元'); k_opg = F(HK19, '百分之十五点四'); k_opd = F(HK19, '六百六十九亿元')
k_rc = F(HK19, '四千四百一十亿元'); k_rcg = F(HK19, '百分之九'); k_rcd = F(HK19, '三百六十三亿元'); k_8 = F(HK19, '八成')
k_cs = F(HK19, '十九万一千八百一十六个'); k_csd = F(HK19, '三千四百八十一个'); k_csg = F(HK19, '百分之一点八')
g_k1 = [k_op, k_opg, k_opd]; g_k2 = [k_rc, k_rcg, k_rcd]; g_k3 = [k_cs, k_csd, k_csg]
S.rel('growth', C, g_k1, 'operating spending 5015亿, +669亿 = +15.4%: 669/(5015 − 669) = 15.39%')
S.rel('growth', C, g_k2, 'recurrent spending 4410亿, +363亿 = +9%: 363/4047 = 8.97%')
S.rel('share', C, [k_rc, k_op, k_8], 'recurrent 4410 of operating 5015 = 87.9%: 超过八成')
S.rel('growth', C, g_k3, 'civil-service posts 191816, +3481: 3481/188335 = 1.85% → 约1.8')
S.rel('share', U, [F(HK19, '一万一千七百八十四亿元'), F(HK19, '百分之三十九点四')], 'reserves 11784亿 = 39.4% of GDP: GDP is not stated')
S.rel('sum', U, [F(HK19, '二千三百五十九亿元'), F(HK19, '一千四百三十亿元'), F(HK19, '七百六十亿元'), F(HK19, '六千二百六十一亿元')], 'salaries/profits tax, land premium and stamp duty are selected items, not a split of total revenue 6261亿')
S.rel('growth', U, [F(HK19, '一千四百三十亿元'), F(HK19, '百分之二十三点三')], 'land premium +23.3% on the revised estimate of the year before, which is not stated')
S.rel('sum', U, [F(HK19, '六千二百六十一亿元'), k_op, F(HK19, '一百六十八亿元'), F(HK19, '二百一十二亿元')], 'revenue 6261 − operating spending 5015 = 1246 ≠ surplus 168: capital spending is not stated (and 212亿 comes from the housing reserve)')
a = ALT(HK19, 1, k_opd, '六百二十九亿元', 'operating spending increase 669 → 629亿')
S.rel('growth', I, R(a, g_k1, k_opd, '六百二十九亿元'), 'altered: 629/(5015 − 629) = 14.3%, not 15.4% (breaks {B})')
a = ALT(HK19, 2, k_csd, '三千九百八十一个', 'civil-service increase 3481 → 3981')
S.rel('growth', I, R(a, g_k3, k_csd, '三千九百八十一个'), 'altered: 3981/187835 = 2.1%, not about 1.8% (breaks {B})')
a = ALT(HK19, 3, k_rcd, '三百九十三亿元', 'recurrent spending increase 363 → 393亿')
S.rel('growth', I, R(a, g_k2, k_rcd, '三百九十三亿元'), 'altered: 393/4017 = 9.8%, not 9% (breaks {B})')

# ---- 香港 2005–06 budget (news.gov.hk, traditional)
p0 = F(HK05, '20.2%', n=0); p2 = F(HK05, '20.2%', n=1)
S.rel('restatement', C, [p0, p2], 'public spending 20.2% of GDP next year, in the chart note and again in the text')
S.rel('share', U, [F(HK05, '105億元'), F(HK05, '0.8%'), F(HK05, '256億元'), F(HK05, '1.5%')], '105億 = 0.8% of the 2005–06 GDP (about 13125億) and 256億 = 1.5% of the 2009–10 GDP (about 17067億): GDP of two different years, neither stated')
S.rel('rate', U, [F(HK05, '2,873億元'), F(HK05, '14個月'), F(HK05, '2,080億元')], 'reserves 2873億 = 14 months of government spending (about 2463億 a year) vs operating spending 2080億: total spending is not stated (operating is only part)')
S.rel('target', U, [F(HK05, '2,000億元'), F(HK05, '2,080億元')], 'target of 2000億 operating spending for 2008–09 vs the 2005–06 estimate 2080億: different year')
S.rel('target', U, [F(HK05, '20%'), p2], 'ceiling of 20% of GDP (target) vs 20.2% forecast for 2005–06: the target is not dated to next year')
S.rel('target', U, [F(HK05, '20%'), F(HK05, '16%')], 'ceiling of 20% vs the 16% forecast for 2009–10: a forecast, not a result')
a = ALT(HK05, 1, p2, '21.2%', 'public spending ratio next year (text) 20.2 → 21.2')
S.rel('restatement', I, [on(a, p0), on(a, p2, '21.2%')], 'altered: 20.2% in the chart note vs 21.2% in the text (breaks {B})')

# ---- 台湾 2025 Q4 advance GDP estimate (主計總處, udn, traditional)
w4 = F(TW, '百分之十二點六八', n=1); wf = F(TW, '百分之七點九一', n=1); wd = F(TW, '四點七七')
w4a = F(TW, '百分之十二點六八', n=0); wfa = F(TW, '百分之七點九一', n=0)
wx = F(TW, '一八八一億美元'); wxf = F(TW, '一七二三億美元'); wxd = F(TW, '一百五十八億美元')
wc = F(TW, '百分之三點四三'); wcf = F(TW, '百分之三點一四'); wcd = F(TW, '○點二九')
g_w = [w4, wf, wd]; s_w = [wxf, wxd, wx]; g_wc = [wc, wcf, wcd]
S.rel('growth', C, g_w, 'Q4 growth 12.68% − November forecast 7.91% = 4.77 points')
S.rel('restatement', C, [w4a, w4], 'Q4 growth 12.68% in the lead and again in the body')
S.rel('restatement', C, [wfa, wf], 'the November forecast 7.91% in the lead and again in the body')
S.rel('sum', C, s_w, 'Q4 goods exports: forecast 1723 + 158 = 1881億美元')
S.rel('growth', C, g_wc, 'private consumption 3.43% − forecast 3.14% = 0.29 points')
S.rel('growth', U, [w4a, F(TW, '百分之八點六三')], 'Q4 +12.68% vs the year +8.63%: Q1–Q3 rates are not stated here')
S.rel('growth', U, [F(TW, '百分之四點八'), F(TW, '百分之八點六三')], '2021–2025 average 4.8% vs 2025 +8.63%: the other years are not stated')
S.rel('growth', U, [wx, wxf, F(TW, '十二點五六個百分點')], 'exports 9.2% above the forecast level vs a 12.56-point revision of the year-on-year rate: the Q4 2024 base is not stated')
a = ALT(TW, 1, wd, '四點二七', 'Q4 revision 4.77 → 4.27 points')
S.rel('growth', I, R(a, g_w, wd, '四點二七'), 'altered: 12.68 − 7.91 = 4.77, not 4.27 (breaks {B})')
a = ALT(TW, 2, wxd, '一百三十八億美元', 'export excess over forecast 158 → 138億美元')
S.rel('sum', I, R(a, s_w, wxd, '一百三十八億美元'), 'altered: 1723 + 138 = 1861, not 1881 (breaks {B})')
a = ALT(TW, 3, wcd, '○點三九', 'consumption revision 0.29 → 0.39 points')
S.rel('growth', I, R(a, g_wc, wcd, '○點三九'), 'altered: 3.43 − 3.14 = 0.29, not 0.39 (breaks {B})')

# ---- 澳门 2024 budget (大纪元, Nov 2023) and the 2024 mid-year execution (澳门日报 column, Nov 2024): two releases on the 2024 budget
mr = F(MOB, '1,071億元'); me = F(MOB, '1,059億元'); ms = F(MOB, '12億')
s_mb = [mr, me, ms]
S.rel('sum', C, s_mb, '2024 budget: revenue 1071 − spending 1059 = surplus 12億')
S.rel('target', M, [F(MOB, '1,300億元'), F(MOB, '1,484.5億元')], '2023 gross gaming revenue: the budget assumed 1300億 for the year; 1484.5億 in the first 10 months already exceeds it: met')
S.rel('growth', U, [F(MOB, '1,484.5億元'), F(MOB, '315.6%')], '+315.6% on the first 10 months of 2022, which are not stated')
ggr = F(MOM, '二千四百億元'); ggr0 = F(MOM, '二千一百六十億元'); g10 = F(MOM, '一成')
br = F(MOM, '一千二百一十億八千八百九十六萬七千九百元'); be = F(MOM, '一千一百三十三億八千四百四十五萬四千六百元'); bb = F(MOM, '七十七億四百五十一萬三千三百元')
rv = F(MOM, '六千零二十四點七億元'); rvd = F(MOM, '二百二十億元'); rvg = F(MOM, '百分之三點八')
h1r = F(MOM, '五百七十二點二億元'); h1rp = F(MOM, '百分之五十三點四'); h1e = F(MOM, '四百六十三點二億元'); h1ep = F(MOM, '百分之四十三點七'); h1b = F(MOM, '一百零九億元')
sr = F(MOM, '一百八十九點八億元'); se = F(MOM, '八十四點三億元'); sb = F(MOM, '一百零五點五億元')
g_gg = [ggr0, ggr, g10]; s_b25 = [br, be, bb]; g_rv = [rv, rvd, rvg]; s_h1 = [h1r, h1e, h1b]; s_sp = [sr, se, sb]; sh_e = [h1e, me, h1ep]
S.rel('growth', C, g_gg, '2025 gaming revenue assumption 2400億 vs 2024 assumption 2160億: +11.1%, 增逾一成')
S.rel('sum', C, s_b25, '2025 budget: 121,088,967,900 − 113,384,454,600 = 7,704,513,300元 (77億0451萬3300)')
S.rel('growth', C, g_rv, 'reserves 6024.7億, +220億 since end-2023: 220/5804.7 = 3.79% → 3.8')
S.rel('sum', C, s_h1, 'H1 2024 revenue 572.2 − spending 463.2 = 109億')
S.rel('sum', C, s_sp, 'special bodies: 189.8 − 84.3 = 105.5億')
S.rel('share', C, [h1r, mr, h1rp], 'cross-document: H1 revenue 572.2 of the 2024 budget revenue 1071 (mo_2024b) = 53.43% → 53.4')
S.rel('share', C, sh_e, 'cross-document: H1 spending 463.2 of the 2024 budget spending 1059 (mo_2024b) = 43.74% → 43.7')
S.rel('restatement', C, [F(MOB, '2,160億元'), ggr0], 'the 2024 gaming revenue assumption 2160億 in both releases (大纪元 calls it 博彩淨收入, the later column 博彩毛收入; same budget figure)')
S.rel('target', CT, [mr, h1r], '2024 revenue budget 1071億 vs 572.2億 collected in H1: the full-year result is not stated')
S.rel('share', U, [sr, F(MOM, '百分之六十七點五')], 'special bodies revenue 189.8 = 67.5% of their budget: that budget is not stated in either release')
a = ALT(MOM, 1, bb, '七十七億四百八十一萬三千三百元', '2025 budget balance 77.04513 → 77.04813億')
S.rel('sum', I, R(a, s_b25, bb, '七十七億四百八十一萬三千三百元'), 'altered: the difference is 7,704,513,300, not 7,704,813,300 (breaks {B})')
a = ALT(MOM, 2, rvd, '二百五十億元', 'reserve increase 220 → 250億')
S.rel('growth', I, R(a, g_rv, rvd, '二百五十億元'), 'altered: 250/5774.7 = 4.3%, not 3.8% (breaks {B})')
a = ALT(MOM, 3, h1b, '一百零六億元', 'H1 balance 109 → 106億')
S.rel('sum', I, R(a, s_h1, h1b, '一百零六億元'), 'altered: 572.2 − 463.2 = 109, not 106 (breaks {B})')
a = ALT(MOB, 1, me, '1,029億元', '2024 budget spending 1059 → 1029')
S.rel('sum', I, R(a, s_mb, me, '1,029億元'), 'altered: 1071 − 1029 = 42, not 12 (breaks {B})')
S.rel('share', I, [on(MOM, h1e), on(a, me, '1,029億元'), on(MOM, h1ep)], 'altered (cross-document): 463.2/1029 = 45.0%, not 43.7% (breaks {B})')

# ---- 澳门 2016 budget execution (macauhub, simplified)
o_r = F(MO16, '1,105亿元'); o_rd = F(MO16, '56亿元'); o_rg = F(MO16, '4.8%')
o_e = F(MO16, '826亿元'); o_ed = F(MO16, '1.9亿元'); o_eg = F(MO16, '2.3%'); o_s = F(MO16, '279亿元'); o_s1 = F(MO16, '62亿元'); o_s2 = F(MO16, '217亿元')
g_o = [o_r, o_rd, o_rg]; s_o1 = [o_r, o_e, o_s]; s_o2 = [o_s1, o_s2, o_s]
S.rel('growth', C, g_o, 'revenue 1105亿, 56亿 less than 2015: 56/1161 = 4.82% → 4.8')
S.rel('growth', I, [o_e, o_ed, o_eg], 'REAL ERROR in the original: spending 826亿 up 1.9亿 is +0.23%, not +2.3% (probably 19亿: 19/807 = 2.35%)')
S.rel('sum', C, s_o1, 'revenue 1105 − spending 826 = surplus 279')
S.rel('sum', C, s_o2, 'surplus split 62 + 217 = 279')
S.rel('sum', U, [F(MO16, '1,289亿元'), F(MO16, '3,556亿元'), F(MO16, '5,052亿元')], 'basic 1289 + excess 3556 = 4845 (end October) vs 5052 said to be "目前": different dates, not a split')
S.rel('rate', U, [F(MO16, '5,052亿元'), F(MO16, '625亿美元')], '5052亿澳门元 ≈ 625亿美元: the exchange rate is not stated')
a = ALT(MO16, 1, o_s2, '247亿元', 'surplus to the general account 217 → 247亿')
S.rel('sum', I, R(a, s_o2, o_s2, '247亿元'), 'altered: 62 + 247 = 309, not 279 (breaks {B})')
a = ALT(MO16, 2, o_rd, '58亿元', 'revenue fall 56 → 58亿')
S.rel('growth', I, R(a, g_o, o_rd, '58亿元'), 'altered: 58/1163 = 4.99% → 5.0, not 4.8 (breaks {B})')

# ---- 云南 grain 1949–2023 (75-year review, 2024)
y49 = F(YN, '374万吨', n=0); y49b = F(YN, '374万吨', n=1); y57 = F(YN, '634.5万吨'); y57g = F(YN, '69.7%')
y23 = F(YN, '1974万吨'); y23r = F(YN, '5.3倍'); y23g = F(YN, '2.3%')
g_y1 = [y49, y57, y57g]; g_y2 = [y49b, y23, y23r]; g_y3 = [y49b, y23, y23g]
S.rel('growth', C, g_y1, '634.5/374 = 1.697: +69.7% (1949 → 1957)')
S.rel('growth', C, g_y2, '1974/374 = 5.28: 是…的5.3倍 (ratio)')
S.rel('growth', C, g_y3, '1949 → 2023 is 74 years: 5.278^(1/74) = 1.0227, 年均增长2.3%')
S.rel('restatement', C, [y49, y49b], 'the 1949 grain output 374万吨 stated twice')
S.rel('growth', U, [F(YN, '1146.5万吨'), F(YN, '1467.8万吨')], '1994 → 2000 with "每两年突破一个百万吨关口": a loose description, no stated rate to check')
a = ALT(YN, 1, y57g, '63.7%', '1949 → 1957 growth 69.7 → 63.7%')
S.rel('growth', I, R(a, g_y1, y57g, '63.7%'), 'altered: 634.5/374 = +69.7%, not +63.7% (breaks {B})')
a = ALT(YN, 2, y23r, '5.8倍', '2023 vs 1949 ratio 5.3 → 5.8')
S.rel('growth', I, R(a, g_y2, y23r, '5.8倍'), 'altered: 1974/374 = 5.28, not 5.8 (breaks {B})')

# ---- 广西省 1955 report on the first five-year plan (traditional, Chinese numerals)
xt55 = F(GX55, '十六億四千二 百四十一萬元'); xa55 = F(GX55, '十二億九千九百二十五萬元'); xi55 = F(GX55, '一億零二百四十四萬元'); xp55 = F(GX55, '百分之六點二四')
sh55 = [xi55, xt55, xp55]
S.rel('share', C, sh55, '1952 industry 1.0244億 of the gross output 16.4241億 = 6.237% → 6.24')
S.rel('sum', U, [xa55, xi55, xt55], 'agriculture 12.9925 + industry 1.0244 = 14.0169 ≠ 16.4241: the industry figure excludes handicrafts and rural side-line crafts (stated), so the two are not a split')
a = ALT(GX55, 1, xp55, '百分之六點八四', 'industry share 6.24 → 6.84%')
S.rel('share', I, R(a, sh55, xp55, '百分之六點八四'), 'altered: 1.0244/16.4241 = 6.24%, not 6.84% (breaks {B})')

# ---- further traps (cross-document and within documents)
S.rel('target', U, [F(T23, '6%', '甘肃、河南为'), qg], '甘肃/河南 target 6% vs 重庆 result +6.1%: different places (重庆 has its own 6%以上)')
S.rel('target', U, [thi, F(HI, '9.5%')], '海南 target for the year 9.5%左右 vs the Q1–Q3 result +9.5%: same number, different period (the year came in at 9.2)')
S.rel('growth', U, [st, ct, F(SC20, '2.4%')], '四川 Q1–Q3 2018 30853.5 → Q1–Q3 2020 34905.0 (+13.1% nominal over two years) vs +2.4% (real, on Q1–Q3 2019): different spans, nominal vs real')
S.rel('growth', U, [F(MO16, '5,052亿元'), rv, rvg], '澳门 reserves 5052亿 (late 2017) and 6024.7億 (mid-2024): the +3.8% is since end-2023, not since 2017')
S.rel('growth', U, [F(GXC, '3.94%'), F(GXC, '12.31%'), F(GXC, '8.82%'), F(GXC, '12.61 %'), F(GXC, '2.81%'), F(GXC, '7.19%')], 'farm output +3.94% vs the branch rates: the 2019 branch levels are not stated')
S.rel('sum', U, [btot, bx], 'revenue total 102.06 vs spending 75.80: the spending list (transfers up, debt repayment, carry-over) is cut off in the passage; the balance cannot be checked')
S.rel('rate', U, [y49, F(YN, '101.94千克/亩')], '1949 output 374万吨 and yield 101.94 kg/mu: the sown area is not stated')
S.rel('growth', U, [rt, rtg, F(SC20, '2.4个')], 'retail −4.8% is 2.4 points better than the nation, whose rate is not stated')
S.rel('share', U, [F(SC18H, '41个'), F(SC18H, '34个')], '34 of 41 industries grew in H1 2018: no share is stated')
S.rel('share', U, [F(SC18, '41个'), F(SC18, '37个'), F(SC18H, '34个')], '37 of 41 industries grew in Q1–Q3 vs 34 in H1: counts of different periods, no share stated')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

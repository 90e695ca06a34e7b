"""Check key, set check-heldout61. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout61.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout61'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

SC='sc_2022q1.txt'; CQ21='cq_2021q1_hant.txt'; CQ22='cq_2022q1.txt'; SD='sd_2006_hant.txt'; RM='rm_1956.txt'; NAT='nat_1958.txt'
GD12='gd_2012.txt'; BJ='bj_2016_hant.txt'; GZ='gz_2023h1.txt'; LPS='lps_2018.txt'; XW18='xw_2018.txt'; XW20='xw_2020.txt'
MH='mh_2015.txt'; CZ='cz_2023q3.txt'; GD18='gd_2018t.txt'; GD19='gd_2019.txt'

# ---- 四川 Q1 2022 (province, news of the quarterly release)
st = F(SC, '12739.24亿元'); s1 = F(SC, '808.42亿元'); s2 = F(SC, '4682.16亿元'); s3 = F(SC, '7248.66亿元')
sg = F(SC, '5.3%'); sr1 = F(SC, '4.3%'); sr2 = F(SC, '6.4%'); sr3 = F(SC, '4.8%')
sind = F(SC, '8.1%'); sht = F(SC, '17.5%'); sgap = F(SC, '9.4个')
s30h = F(SC, '30个', post='行业增长'); s30b = F(SC, '30个', pre='中有')
sum_sc = [s1, s2, s3, st]
S.rel('sum', C, sum_sc, '808.42 + 4682.16 + 7248.66 = 12739.24')
S.rel('growth', C, [sht, sind, sgap], 'high-tech industry +17.5% − all industry above scale +8.1% = 9.4 points')
S.rel('restatement', C, [s30h, s30b], 'heading "30个行业增长" restates the 30 of 41 industries that grew')
S.rel('rate', U, [s1, sr1, s2, sr2, s3, sr3, st, sg], 'current-price Q1 levels deflated by real sector rates: base-period weights not stated; not a check')
S.rel('growth', U, [sind, F(SC, '18.9%'), F(SC, '22.5%'), F(SC, '7.9%'), F(SC, '10.3%')], 'industry +8.1% against ownership groups (+18.9, −22.5, +7.9, +10.3): the groups’ weights are not stated, and they need not cover all industry')
S.rel('restatement', U, [F(SC, '23.6%', pre='汽车增长'), F(SC, '23.6%', pre='航空航天器及设备制造业增长')], 'same number 23.6% for car output and aerospace value added: different indicators')
a = ALT(SC, 1, s2, '4692.16亿元', 'secondary value added 4682.16 → 4692.16')
S.rel('sum', I, R(a, sum_sc, s2, '4692.16亿元'), 'altered: parts add to 12749.24, not 12739.24 (breaks {B})')
a = ALT(SC, 2, sgap, '9.6个', 'high-tech gap 9.4 → 9.6 points')
S.rel('growth', I, [on(a, sht), on(a, sind), on(a, sgap, '9.6个')], 'altered: 17.5 − 8.1 = 9.4, not 9.6 (breaks {B})')
a = ALT(SC, 3, s30b, '31个', 'industries that grew (body) 30 → 31')
S.rel('restatement', I, [on(a, s30h), on(a, s30b, '31个')], 'altered: heading says 30 industries grew, the body 31 (breaks {B})')

# ---- 重庆 Q1 2021 (municipality, HK newspaper write-up of the release, traditional)
ct = F(CQ21, '5995.25億元'); c1 = F(CQ21, '344.63億元'); c2 = F(CQ21, '2152.25億元'); c3 = F(CQ21, '3498.37億元')
cg = F(CQ21, '18.4%'); c2y = F(CQ21, '5.2%')
c3a = F(CQ21, '15.5%', pre='3498.37億元,同比增長'); c3b = F(CQ21, '15.5%', pre='第三產業增加值同比增長')
sum_cq = [c1, c2, c3, ct]
S.rel('sum', C, sum_cq, '344.63 + 2152.25 + 3498.37 = 5995.25')
S.rel('restatement', C, [c3a, c3b], 'tertiary growth +15.5% stated twice')
S.rel('growth', U, [cg, c2y], '+18.4% with a two-year average of 5.2% implies about −6.5% in Q1 2020, which is not stated: nothing to check')
S.rel('share', U, [F(CQ21, '35.4%'), F(CQ21, '55.3%')], 'motorcycles/cars "pull" industry most (+55.3% vs +35.4%): a contribution, the weight is not stated')
S.rel('growth', U, [F(CQ21, '57.13億元'), F(CQ21, '58.83億元'), F(CQ21, '27.23億元')], 'profit 57.13 is 58.83 and 27.23 above 2020 and 2019: the earlier levels (−1.70, 29.90) are implied, no rate is stated')
a = ALT(CQ21, 1, c3, '3478.37億元', 'tertiary value added 3498.37 → 3478.37')
S.rel('sum', I, R(a, sum_cq, c3, '3478.37億元'), 'altered: parts add to 5975.25, not 5995.25 (breaks {B})')
a = ALT(CQ21, 2, c3b, '16.5%', 'tertiary growth (second statement) 15.5 → 16.5')
S.rel('restatement', I, [on(a, c3a), on(a, c3b, '16.5%')], 'altered: tertiary growth 15.5% then 16.5% (breaks {B})')
a = ALT(CQ21, 3, c1, '374.63億元', 'primary value added 344.63 → 374.63')
S.rel('sum', I, R(a, sum_cq, c1, '374.63億元'), 'altered: parts add to 6025.25, not 5995.25 (breaks {B})')

# ---- 重庆 Q1 2022 (municipality, news of the release; the next year's Q1 after CQ21)
dh = F(CQ22, '6398亿元', pre='GDP '); dt = F(CQ22, '6398亿元', pre='(GDP)')
dgh = F(CQ22, '5.2%', pre='6398亿元,同比增长', n=0); dgb = F(CQ22, '5.2%', pre='(GDP)6398亿元,同比增长')
d1 = F(CQ22, '283.05亿元'); d2 = F(CQ22, '2403.95亿元'); d3 = F(CQ22, '3711亿元')
d29 = F(CQ22, '29个'); d39 = F(CQ22, '39个'); dsh = F(CQ22, '74.4%')
sum_d = [d1, d2, d3, dt]
S.rel('sum', C, sum_d, '283.05 + 2403.95 + 3711 = 6398.00')
S.rel('restatement', C, [dh, dt], 'GDP 6398亿元 in the headline and the body')
S.rel('restatement', C, [dgh, dgb], 'GDP growth +5.2% in the headline and the body')
S.rel('share', C, [d29, d39, dsh], '29 of 39 industries grew: 29/39 = 74.36% → 74.4%')
S.rel('share', U, [F(CQ22, '8.5%'), F(CQ22, '16.8%'), F(CQ22, '25.4%')], 'cars and electrical machinery "contributed most" (+16.8, +25.4) to industry +8.5%: contribution, weights not stated')
S.rel('rate', U, [F(CQ22, '336.1万亩'), F(CQ22, '665.2万吨'), F(CQ22, '3000公斤')], 'vegetables 665.2万吨 on 336.1万亩 is about 1979 kg/亩; the 3000公斤 is the yield of one mustard variety in two districts, not the average')
a = ALT(CQ22, 1, dsh, '76.4%', 'share of industries that grew 74.4 → 76.4')
S.rel('share', I, [on(a, d29), on(a, d39), on(a, dsh, '76.4%')], 'altered: 29/39 = 74.4%, not 76.4 (breaks {B})')
a = ALT(CQ22, 2, d2, '2408.95亿元', 'secondary value added 2403.95 → 2408.95')
S.rel('sum', I, R(a, sum_d, d2, '2408.95亿元'), 'altered: parts add to 6403.00, not 6398 (breaks {B})')
a = ALT(CQ22, 3, dgb, '5.7%', 'GDP growth in the body 5.2 → 5.7')
S.rel('restatement', I, [on(a, dgh), on(a, dgb, '5.7%')], 'altered: headline +5.2%, body +5.7% (breaks {B})')
# cross: 重庆 Q1 2021 -> Q1 2022
S.rel('growth', U, [ct, dt, dgb], 'Q1 2021 5995.25 → Q1 2022 6398 is +6.7% at current prices; the stated +5.2% is real: nominal vs real')
S.rel('growth', U, [c1, d1, F(CQ22, '5.0%')], 'primary value added 344.63 (Q1 2021) vs 283.05 (Q1 2022, +5.0%): the Q1 2021 level was revised or measured on another basis; not a check')
S.rel('restatement', U, [c2y, dgb], 'same number 5.2%: two-year average of Q1 2021 vs Q1 2022 growth')

# ---- 山东 2006 (province, 2007 government work report, traditional) -- traps only
S.rel('sum', U, [F(SD, '4110.2億元'), F(SD, '1355.3億元')], 'local revenue is a part (其中) of total revenue; the rest is not stated, and no share is given')
S.rel('growth', U, [F(SD, '952.9億美元'), F(SD, '586.5億美元'), F(SD, '23.9%'), F(SD, '26.8%')], 'trade and exports with their growth: imports and their growth are not stated; nothing to check')
S.rel('rate', U, [F(SD, '21846.7億元'), F(SD, '23546元')], 'GDP / per-capita GDP gives about 9278万 people: the population is not stated')

# ---- 1956 wheat (People's Daily 1956-06-04, 贵州/湖北/陕西)
rq = F(RM, '二成', pre='增产'); rp = F(RM, '24.52%')
S.rel('target', M, [rq, rp], '湖北 1956 wheat expected to exceed the planned output by 24.52%: met (an estimate in June; the plan level is not stated)')
S.rel('growth', U, [rq, rp], '+20% on last year vs 24.52% over the plan: different bases (last year’s output, the plan)')
S.rel('rate', U, [F(RM, '一千万斤'), F(RM, '四倍')], '兴义 10 million jin is four times last year: last year’s output is not stated')
S.rel('growth', U, [F(RM, '四成多'), F(RM, '两成以上')], '陕西 +40%+ on 1955 and +20%+ on 1954: neither base is stated')

# ---- 1958 early rice bulletin (Ministry of Agriculture, national)
na = F(NAT, '一亿四千六百多万亩'); ny = F(NAT, '五百九十六斤'); nt = F(NAT, '八百七十多亿斤')
n57 = F(NAT, '三百二十七斤'); ndy = F(NAT, '二百六十九斤'); np1 = F(NAT, '82%')
nt57 = F(NAT, '三百八十七亿斤'); ndt = F(NAT, '四百八十多亿斤'); np2 = F(NAT, '126%')
nc = [F(NAT, '一百一十五个'), F(NAT, '三十个', pre='湖北省'), F(NAT, '二十一个', pre='江苏省'), F(NAT, '二十个', pre='安徽省'), F(NAT, '十四个', pre='浙江省'),
      F(NAT, '十二个', pre='四川省'), F(NAT, '十一个', pre='云南省'), F(NAT, '四个', pre='湖南省'), F(NAT, '二个', pre='贵州省'), F(NAT, '一个', pre='广西省')]
nk = F(NAT, '一千五百多万亩'); nk10 = F(NAT, '10%以上')
S.rel('rate', C, [na, ny, nt], '14600–14699万亩 × 596斤 = 870–876亿斤: "八百七十多亿斤"')
S.rel('growth', C, [ny, n57, ndy], '596 − 327 = 269斤')
S.rel('growth', C, [ny, n57, np1], '596 / 327 − 1 = 82.3% → 82%')
S.rel('growth', C, [nt, nt57, ndt], '870多 − 387 = 480多亿斤')
S.rel('growth', C, [nt, nt57, np2], '(870…879)/387 − 1 = 124.8%–127.1%, contains 126%')
S.rel('sum', C, nc, '30 + 21 + 20 + 14 + 12 + 11 + 4 + 2 + 1 = 115 counties')
S.rel('share', C, [nk, na, nk10], '1500多万亩 of 14600多万亩 = 10.2%–10.3%: "10%以上"')
S.rel('sum', U, [F(NAT, '十四万亩'), F(NAT, '二万五千亩'), nk], 'fields of 3000–5000 and 5000–10000 jin are subsets of the 1500万亩, not a split')
S.rel('rate', U, [F(NAT, '一万六千四百五十亩'), F(NAT, '三千零八斤'), F(NAT, '五千一百零四斤')], '幸福乡 16450亩 × 3008斤 = 4948万斤, 5104斤 a head: the population is not stated')
a = ALT(NAT, 1, ndy, '二百四十九斤', 'yield increase 二百六十九 → 二百四十九斤')
S.rel('growth', I, [on(a, ny), on(a, n57), on(a, ndy, '二百四十九斤')], 'altered: 596 − 327 = 269, not 249 (breaks {B})')
a = ALT(NAT, 2, nc[0], '一百一十八个', 'counties with 1000+ jin 一百一十五 → 一百一十八')
S.rel('sum', I, R(a, nc, nc[0], '一百一十八个'), 'altered: provinces add to 115, not 118 (breaks {B})')
a = ALT(NAT, 3, np2, '136%', 'output growth 126% → 136%')
S.rel('growth', I, [on(a, nt), on(a, nt57), on(a, np2, '136%')], 'altered: (870…879)/387 − 1 = 125–127%, not 136 (breaks {B})')
a = ALT(NAT, 4, np1, '88%', 'yield growth 82% → 88%')
S.rel('growth', I, [on(a, ny), on(a, n57), on(a, np1, '88%')], 'altered: 596/327 − 1 = 82.3%, not 88 (breaks {B})')

# ---- 广东 2012 agriculture (province, development report chapter)
ga = F(GD12, '6944.4万亩'); gg = F(GD12, '3810.27万亩'); ge = F(GD12, '1063.74万亩'); go = F(GD12, '2070.39万亩')
gt = F(GD12, '1396.33万吨'); gy = F(GD12, '366.5公斤'); gdy = F(GD12, '7.9公斤')
gtg = F(GD12, '2.6%', pre='1396.33万吨,增长'); gag = F(GD12, '0.4%', pre='3810.27万亩,增长')
sum_g = [gg, ge, go, ga]
S.rel('sum', C, sum_g, 'grain 3810.27 + cash crops 1063.74 + other crops 2070.39 = 6944.40万亩')
S.rel('rate', C, [gt, gg, gy], '1396.33万吨 / 3810.27万亩 = 366.46 kg/亩 → 366.5')
S.rel('growth', C, [gtg, gag, gy, gdy], 'yield +7.9 on 358.6 = +2.20%; output +2.6% over area +0.4% gives 2.09–2.29%: consistent')
S.rel('sum', U, [F(GD12, '2924.07万亩'), F(GD12, '258.76万亩'), F(GD12, '495.81万亩'), F(GD12, '93.05万亩'), gg], 'four main grains add to 3771.69 of 3810.27: other grains not listed (主要…中), not a split')
S.rel('sum', U, [F(GD12, '248.16万亩'), F(GD12, '528.28万亩'), F(GD12, '23.52万亩'), F(GD12, '122.50万亩'), F(GD12, '35.90万亩'), ge], 'listed cash crops add to 958.36 of 1063.74: subsets (其中), not a split')
S.rel('growth', U, [F(GD12, '3.7%'), F(GD12, '3.9%', pre='分别增长3.7%和'), F(GD12, '0.2'), F(GD12, '0.3个')], '2012 growth 3.7/3.9 is 0.2/0.3 points below 2011: the 2011 rates are not stated')
S.rel('restatement', U, [gtg, F(GD12, '2.6%', pre='3.2%、')], 'same number 2.6%: grain output growth vs oil-crop area growth')
a = ALT(GD12, 1, go, '2078.39万亩', 'other crops area 2070.39 → 2078.39')
S.rel('sum', I, R(a, sum_g, go, '2078.39万亩'), 'altered: parts add to 6952.40, not 6944.4 (breaks {B})')
a = ALT(GD12, 2, gy, '368.5公斤', 'grain yield 366.5 → 368.5')
S.rel('rate', I, [on(a, gt), on(a, gg), on(a, gy, '368.5公斤')], 'altered: 1396.33/3810.27 = 366.5, not 368.5 (breaks {B})')
a = ALT(GD12, 3, gdy, '9.9公斤', 'yield increase 7.9 → 9.9 kg')
S.rel('growth', I, [on(a, gtg), on(a, gag), on(a, gy), on(a, gdy, '9.9公斤')], 'altered: +9.9 on 356.6 = +2.78%, output/area allow 2.09–2.29% (breaks {B})')

# ---- 北京 2012–2016 review (municipality, newspaper write-up, traditional)
bt = F(BJ, '24899.3億元'); b1 = F(BJ, '129.6億元'); b2 = F(BJ, '4774.4億元'); b3 = F(BJ, '19995.3億元')
b42 = F(BJ, '42%'); b73 = F(BJ, '7.3%'); b80h = F(BJ, '80%', pre='比重突破', n=0); b80b = F(BJ, '80%', pre='比重突破', n=1)
bg1 = F(BJ, '45.6%'); bg2 = F(BJ, '48.4%'); bgd = F(BJ, '2.8個')
bpm = F(BJ, '18.4%'); bpa = F(BJ, '6.6%', pre='年均下降', n=1); bph = F(BJ, '6.6%', pre='PM2.5年均下降')
sum_b = [b1, b2, b3, bt]
S.rel('sum', C, sum_b, '129.6 + 4774.4 + 19995.3 = 24899.3')
S.rel('growth', C, [b42, b73], '+42% over 2011→2016 (5 years): 1.42^(1/5) = 1.0726 → 7.3% a year')
S.rel('share', C, [b3, bt, b80b], 'tertiary 19995.3/24899.3 = 80.3%: "突破80%"')
S.rel('restatement', C, [b80h, b80b], 'tertiary share above 80% in the title and the lead')
S.rel('restatement', C, [F(BJ, '2.5萬億', n=0), bt], 'title "近2.5萬億" vs 24899.3億元: restated approximately')
S.rel('growth', C, [bg1, bg2, bgd], 'green cover 45.6% → 48.4%: 2.8 points')
S.rel('growth', C, [bpm, bpa], 'PM2.5 −18.4% over 2013→2016 (3 years): 0.816^(1/3) = 0.9345 → −6.6% a year')
S.rel('restatement', C, [bph, bpa], 'PM2.5 yearly decline 6.6% in the heading and the text')
S.rel('growth', U, [F(BJ, '8.2萬元'), F(BJ, '11.5萬元'), F(BJ, '5.4%')], 'per-capita GDP 8.2 → 11.5万 is +7.0% a year at current prices; 5.4% is real: nominal vs real')
S.rel('growth', U, [F(BJ, '10167.1億元'), F(BJ, '1.5倍'), F(BJ, '12.7%')], 'five-year total 1.5 times the previous five years vs a yearly growth rate: different measures, not a check')
S.rel('rate', U, [F(BJ, '2.9%'), F(BJ, '6.3%'), F(BJ, '7.6%'), b73], 'sector yearly rates −2.9/6.3/7.6 vs GDP 7.3: base-year weights not stated')
a = ALT(BJ, 1, b2, '4794.4億元', 'secondary value added 4774.4 → 4794.4')
S.rel('sum', I, R(a, sum_b, b2, '4794.4億元'), 'altered: parts add to 24919.3, not 24899.3 (breaks {B})')
a = ALT(BJ, 2, b73, '7.8%', 'GDP yearly growth 7.3 → 7.8')
S.rel('growth', I, [on(a, b42), on(a, b73, '7.8%')], 'altered: 1.42^(1/5) gives 7.3%, not 7.8 (breaks {B})')
a = ALT(BJ, 3, bgd, '2.6個', 'green cover gain 2.8 → 2.6 points')
S.rel('growth', I, [on(a, bg1), on(a, bg2), on(a, bgd, '2.6個')], 'altered: 48.4 − 45.6 = 2.8, not 2.6 (breaks {B})')
a = ALT(BJ, 4, b80b, '85%', 'tertiary share in the lead 突破80% → 突破85%')
S.rel('share', I, [on(a, b3), on(a, bt), on(a, b80b, '85%')], 'altered: 19995.3/24899.3 = 80.3%, not above 85 (breaks {B})')
S.rel('restatement', I, [on(a, b80h), on(a, b80b, '85%')], 'altered: title above 80%, lead above 85% (breaks {B})')

# ---- 贵州 H1 2023 (province, news of the press conference)
zt = F(GZ, '10218.75亿元'); z1 = F(GZ, '1126.10亿元'); z2 = F(GZ, '3833.61亿元'); z3 = F(GZ, '5259.03亿元')
zg = F(GZ, '4.4%', n=0); z3g = F(GZ, '4.4%', pre='5259.03亿元,增长')
sum_z = [z1, z2, z3, zt]
S.rel('sum', C, sum_z, '1126.10 + 3833.61 + 5259.03 = 10218.74, stated 10218.75: inside the rounding allowance')
S.rel('restatement', U, [zg, z3g, F(GZ, '4.4%', pre='6.6%、5.7%和')], 'same number 4.4% for GDP, the tertiary sector and wholesale/retail: different indicators')
S.rel('growth', U, [zg, F(GZ, '1.9个')], 'H1 +4.4% is 1.9 points above Q1: the Q1 rate is not stated')
S.rel('restatement', U, [F(GZ, '1.7%', n=0), F(GZ, '1.7%', n=1)], 'Q1 −1.7% for all meat and for pork: different indicators with the same number')
S.rel('rate', U, [z1, F(GZ, '3.1%'), z2, F(GZ, '4.7%'), z3, z3g, zt, zg], 'current-price levels deflated by real sector rates: weights not stated')
a = ALT(GZ, 1, z2, '3853.61亿元', 'secondary value added 3833.61 → 3853.61')
S.rel('sum', I, R(a, sum_z, z2, '3853.61亿元'), 'altered: parts add to 10238.74, not 10218.75 (breaks {B})')
a = ALT(GZ, 2, z3, '5289.03亿元', 'tertiary value added 5259.03 → 5289.03')
S.rel('sum', I, R(a, sum_z, z3, '5289.03亿元'), 'altered: parts add to 10248.74, not 10218.75 (breaks {B})')

# ---- 六盘水 2018 (prefecture city, 2019 government work report) -- traps only
lpc = F(LPS, '5.18万元')
S.rel('growth', U, [lpc, F(LPS, '1.18万元')], 'per-capita GDP 1.18万 above the province: the provincial figure (4.00) is implied, not stated')
S.rel('rate', U, [F(LPS, '1500亿元'), lpc], 'GDP "突破1500亿" / 5.18万 a head gives about 290万 people: population not stated')

# ---- 兴文县 2018 report and 2021 report (county, 四川 宜宾)
xg18 = F(XW18, '109亿元'); xb18 = F(XW18, '百亿元'); xs18 = F(XW18, '49.8亿元')
xb20 = F(XW20, '百亿元', pre='2018年突破')
S.rel('restatement', C, [xb18, xg18], '2018 GDP "突破百亿元" and 109亿元')
S.rel('share', U, [xs18, xg18], 'services 49.8 of GDP 109 (45.7%): no share is stated')
S.rel('restatement', C, [xb20, xg18], '2021 report: GDP crossed 100亿 in 2018; the 2018 report gave 109亿 (estimate)')
S.rel('restatement', U, [F(XW18, '20个'), F(XW20, '57个')], '20 poor villages exited in 2018 vs "2018年57个贫困村全部退出": the 57 are all poor villages, cumulative; not a restatement')
x16 = F(XW20, '1.6倍'); x98 = F(XW20, '9.8%')
S.rel('growth', C, [x16, x98], 'revenue 1.6 times 2015 over 5 years: 1.098^5 = 1.596 → 1.6')
S.rel('growth', U, [F(XW20, '144亿元'), F(XW20, '8.7%'), F(XW20, '两倍')], 'GDP twice 2015 (nominal) vs 8.7% a year (real; 1.087^5 = 1.52): nominal vs real')
S.rel('growth', U, [F(XW20, '469亿元'), F(XW20, '12.6%')], 'five-year investment total with a yearly growth rate: yearly levels not stated')
S.rel('growth', U, [F(XW18, '8.02亿元'), F(XW20, '10亿元'), x98], 'revenue 8.02亿 (2018) → 10亿+ (2020) is two years; 9.8% is the 2015–2020 average: different spans')
a = ALT(XW20, 1, x16, '1.8倍', 'revenue multiple 1.6 → 1.8')
S.rel('growth', I, [on(a, x16, '1.8倍'), on(a, x98)], 'altered: 1.098^5 = 1.60, not 1.8 (breaks {B})')
a = ALT(XW20, 2, x98, '7.8%', 'revenue yearly growth 9.8 → 7.8')
S.rel('growth', I, [on(a, x16), on(a, x98, '7.8%')], 'altered: 1.078^5 = 1.46, not 1.6 (breaks {B})')

# ---- 闵行区 2015 (Shanghai district, statistical bulletin)
mt = F(MH, '1964.71亿元'); m1 = F(MH, '1.27亿元'); m2 = F(MH, '1013.72亿元'); m3 = F(MH, '949.71亿元'); msh = F(MH, '48.3%')
sum_m = [m1, m2, m3, mt]
S.rel('sum', C, sum_m, '1.27 + 1013.72 + 949.71 = 1964.70, stated 1964.71: inside the allowance')
S.rel('share', C, [m3, mt, msh], '949.71/1964.71 = 48.34% → 48.3')
S.rel('growth', U, [msh, F(MH, '3.2个')], 'share up 3.2 points: last year’s share is not stated')
S.rel('sum', U, [F(MH, '627.85亿元'), F(MH, '214.40亿元')], 'district-level revenue is a part (其中) of total revenue; the rest is not stated')
S.rel('sum', U, [F(MH, '406个'), F(MH, '127个'), F(MH, '165个')], 'industrial and real-estate projects are subsets of 406 (其中), not a split')
S.rel('sum', U, [F(MH, '3.64亿元'), F(MH, '2.55亿元'), F(MH, '0.69亿元')], 'crop and livestock output are parts of 3.64; forestry, fishery, services not stated')
a = ALT(MH, 1, m2, '1018.72亿元', 'secondary value added 1013.72 → 1018.72')
S.rel('sum', I, R(a, sum_m, m2, '1018.72亿元'), 'altered: parts add to 1969.70, not 1964.71 (breaks {B})')
a = ALT(MH, 2, msh, '46.3%', 'tertiary share 48.3 → 46.3')
S.rel('share', I, [on(a, m3), on(a, mt), on(a, msh, '46.3%')], 'altered: 949.71/1964.71 = 48.3%, not 46.3 (breaks {B})')
a = ALT(MH, 3, m3, '979.71亿元', 'tertiary value added 949.71 → 979.71')
S.rel('sum', I, R(a, sum_m, m3, '979.71亿元'), 'altered: parts add to 1994.70, not 1964.71 (breaks {B})')
S.rel('share', I, [on(a, m3, '979.71亿元'), on(a, mt), on(a, msh)], 'altered: 979.71/1964.71 = 49.9%, not 48.3 (breaks {B})')

# ---- 池州 Q1–Q3 2023 (prefecture city, 安徽, news of the release)
wt = F(CZ, '843.2亿元'); w1 = F(CZ, '49.3亿元'); w2 = F(CZ, '397.8亿元'); w3 = F(CZ, '396.1亿元')
wga = F(CZ, '7.5%', n=0); wgb = F(CZ, '7.5%', n=1); wp = F(CZ, '6.1%'); wd = F(CZ, '1.4个')
sum_w = [w1, w2, w3, wt]
S.rel('sum', C, sum_w, '49.3 + 397.8 + 396.1 = 843.2')
S.rel('growth', C, [wgb, wp, wd], 'city +7.5% − province +6.1% = 1.4 points')
S.rel('restatement', C, [wga, wgb], 'GDP growth +7.5% stated twice')
S.rel('growth', U, [F(CZ, '15%'), F(CZ, '13.5%'), F(CZ, '10.6个'), F(CZ, '5个')], 'investment and revenue gaps to the province: provincial rates not stated')
S.rel('growth', U, [F(CZ, '12.2%'), F(CZ, '13个')], 'trade +12.2%, 13 points above the province: implies −0.8% for the province, not stated')
a = ALT(CZ, 1, w2, '395.8亿元', 'secondary value added 397.8 → 395.8')
S.rel('sum', I, R(a, sum_w, w2, '395.8亿元'), 'altered: parts add to 841.2, not 843.2 (breaks {B})')
a = ALT(CZ, 2, wd, '1.6个', 'gap to the province 1.4 → 1.6 points')
S.rel('growth', I, [on(a, wgb), on(a, wp), on(a, wd, '1.6个')], 'altered: 7.5 − 6.1 = 1.4, not 1.6 (breaks {B})')
a = ALT(CZ, 3, wga, '7.3%', 'GDP growth (first statement) 7.5 → 7.3')
S.rel('restatement', I, [on(a, wga, '7.3%'), on(a, wgb)], 'altered: +7.3% then +7.5% for the same GDP (breaks {B})')

# ---- 广东: 2019 targets (2019 report, news) and 2019 results with 2020 targets (2020 report, news)
e18 = F(GD18, '9.73万亿元'); e18g = F(GD18, '6.8%'); etg = F(GD18, '6%至6.5%'); et10 = F(GD18, '10万亿元')
e19 = F(GD19, '10.5万亿元以上'); e19g = F(GD19, '6.3%左右'); e20 = F(GD19, '6%左右'); er = F(GD19, '4.5%'); ert = F(GD19, '4%', pre='收入增长')
S.rel('target', M, [etg, e19g], '广东 2019 GDP growth target 6%–6.5% vs 2019 result (estimate) 6.3%左右: met')
S.rel('target', M, [et10, e19], '2019 target "总量将突破10万亿元" vs 2019 GDP 10.5万亿以上: met')
S.rel('restatement', C, [F(GD19, '10万亿元', pre='首破'), e19], 'headline: GDP first above 10万亿; body 10.5万亿以上')
S.rel('growth', U, [e18, e19, e19g], '9.73 → 10.5万亿 is +7.9% at current prices; 6.3% is real: nominal vs real')
S.rel('target', U, [e20, e19g], '2020 target 6%左右 vs the 2019 result: other period')
S.rel('target', U, [ert, er], '2020 revenue target +4% vs 2019 revenue +4.5%: other period')
S.rel('target', U, [etg, e18g], '2019 target 6%–6.5% vs 2018 result 6.8%: other period')
S.rel('growth', U, [F(GD19, '7.14万亿元'), F(GD19, '0.3%'), F(GD19, '4.34万亿元'), F(GD19, '1.6%')], 'trade −0.3% and exports +1.6%: imports (2.80万亿) and their change not stated')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

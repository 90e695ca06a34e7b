"""Check key, set check-heldout57. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout57.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout57'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


LQ='lq_2023.txt'; TD='td_2023.txt'; YZ='yz_2022.txt'; SJ='sj_2022.txt'; GL='gl_1996.txt'; SM='sm_2023.txt'; SD='sd_2020.txt'
WS='ws_2021.txt'; YB='yb_2023t.txt'; YN='yn_wiki.txt'; YM='ym_2022.txt'; YL='yl_2022.txt'; YX='yx_2023_hant.txt'; JJ='jj_2023.txt'
WX='wx_2022.txt'; QDN='qdn_2021.txt'; XX='xx_1980.txt'; GD='gd_2020q3_hant.txt'; HN='hn_2018h1.txt'; QG='qg_2023_hant.txt'

# ---- 良庆区 (南宁, 广西) 2023 bulletin
lt = F(LQ, '4207422万元'); l1 = F(LQ, '329593万元'); l2 = F(LQ, '914426万元'); l3 = F(LQ, '2963404万元')
lp1 = F(LQ, '7.83'); lp2 = F(LQ, '21.74'); lp3 = F(LQ, '70.43')
lpop = F(LQ, '414130人'); lu = F(LQ, '255423人'); lr = F(LQ, '158707人'); lus = F(LQ, '61.68%'); lrs = F(LQ, '38.32%')
ldp = F(LQ, '24259人'); ldu = F(LQ, '23691人'); lpp = F(LQ, '2.24个', '提高'); lcz = F(LQ, '61.55万人'); lcu = F(LQ, '52.94万人'); lczr = F(LQ, '86.01%')
sum_lq = [l1, l2, l3, lt]
S.rel('sum', C, sum_lq, '329593 + 914426 + 2963404 = 4207423; stated 4207422 is inside the rounding of three parts (±1.5万元)')
S.rel('share', C, [l1, lt, lp1], '329593/4207422 = 7.834% → 7.83')
S.rel('share', C, [l2, lt, lp2], '914426/4207422 = 21.734%, which rounds to 21.73; the bureau wrote 21.74 so that 7.83 + 21.74 + 70.43 = 100 (forced-sum rounding, off by 0.01): judgement call, keyed consistent as in the template')
S.rel('share', C, [l3, lt, lp3], '2963404/4207422 = 70.433% → 70.43')
S.rel('sum', C, [lp1, lp2, lp3], '7.83 + 21.74 + 70.43 = 100')
S.rel('sum', C, [lu, lr, lpop], 'registered population: urban 255423 + rural 158707 = 414130')
S.rel('share', C, [lu, lpop, lus], '255423/414130 = 61.677% → 61.68')
S.rel('share', C, [lr, lpop, lrs], '158707/414130 = 38.323% → 38.32')
S.rel('growth', C, [lu, ldu, lpop, ldp, lus, lpp], 'last year: urban 255423 − 23691 = 231732 of 414130 − 24259 = 389871 = 59.44%; 61.68 − 59.44 = 2.24 points')
S.rel('share', C, [lcu, lcz, lczr], 'resident population: 52.94/61.55 = 86.01%')
S.rel('share', U, [lus, lczr], 'registered-population urban share 61.68% vs resident urbanisation 86.01%: different populations (户籍 vs 常住), no relation')
S.rel('rate', U, [l1, F(LQ, '4.8%'), l2, F(LQ, '12.5%'), l3, F(LQ, '9.4%'), lt, F(LQ, '2.6%')], 'current-price levels deflated by real sector rates: base-period weights not stated; not a check')
a = ALT(LQ, 1, l2, '944426万元', 'secondary value added 914426 → 944426')
S.rel('sum', I, R(a, sum_lq, l2, '944426万元'), 'altered: parts add to 4237423, not 4207422 (breaks {B})')
S.rel('share', I, [on(a, l2, '944426万元'), on(a, lt), on(a, lp2)], 'altered: 944426/4207422 = 22.45%, not 21.74 (breaks {B})')
a = ALT(LQ, 2, lu, '265423人', 'urban registered population 255423 → 265423')
S.rel('sum', I, [on(a, lu, '265423人'), on(a, lr), on(a, lpop)], 'altered: 265423 + 158707 = 424130, not 414130 (breaks {B})')
S.rel('share', I, [on(a, lu, '265423人'), on(a, lpop), on(a, lus)], 'altered: 265423/414130 = 64.09%, not 61.68 (breaks {B})')
a = ALT(LQ, 3, lczr, '88.01%', 'urbanisation 86.01 → 88.01')
S.rel('share', I, [on(a, lcu), on(a, lcz), on(a, lczr, '88.01%')], 'altered: 52.94/61.55 = 86.01%, not 88.01 (breaks {B})')

# ---- 天等县 (崇左, 广西) 2023 bulletin
tt = F(TD, '84.72亿元'); t1 = F(TD, '18.06亿元'); t2 = F(TD, '17.10亿元'); t3 = F(TD, '49.56亿元')
tp1 = F(TD, '21.3%'); tp2 = F(TD, '20.2%'); tp3 = F(TD, '58.5%'); tc1 = F(TD, '27.8%'); tc2 = F(TD, '30.3%'); tc3 = F(TD, '41.9%')
tpop = F(TD, '27.36万人'); turb = F(TD, '9.32万人'); turp = F(TD, '34.06%'); tpc = F(TD, '30685元'); tdp = F(TD, '0.5万人')
sum_td = [t1, t2, t3, tt]
S.rel('sum', C, sum_td, '18.06 + 17.10 + 49.56 = 84.72')
S.rel('share', C, [t1, tt, tp1], '18.06/84.72 = 21.32% → 21.3')
S.rel('share', C, [t2, tt, tp2], '17.10/84.72 = 20.18% → 20.2')
S.rel('share', C, [t3, tt, tp3], '49.56/84.72 = 58.50% → 58.5')
S.rel('sum', C, [tc1, tc2, tc3], 'contributions 27.8 + 30.3 + 41.9 = 100')
S.rel('share', C, [turb, tpop, turp], '9.32/27.36 = 34.06%')
S.rel('rate', C, [tt, tpc, tpop, tdp], 'per-capita GDP on the average population: (27.36 + 0.5 + 27.36)/2 = 27.61万; 84.72亿/27.61万 = 30685元 (judgement: the average of the two year-ends is assumed)')
S.rel('share', U, [tc2, tp2], 'secondary contribution 30.3% vs its share 20.2%: contribution is not share')
S.rel('growth', U, [tpc, F(TD, '4.6%'), F(TD, '3.4%')], 'per-capita +4.6% vs GDP +3.4%: consistent with a falling population, but last year’s average population is not stated; not a check')
a = ALT(TD, 1, t2, '19.10亿元', 'secondary value added 17.10 → 19.10')
S.rel('sum', I, R(a, sum_td, t2, '19.10亿元'), 'altered: parts add to 86.72, not 84.72 (breaks {B})')
S.rel('share', I, [on(a, t2, '19.10亿元'), on(a, tt), on(a, tp2)], 'altered: 19.10/84.72 = 22.5%, not 20.2 (breaks {B})')
a = ALT(TD, 2, tc2, '36.3%', 'secondary contribution 30.3 → 36.3')
S.rel('sum', I, [on(a, tc1), on(a, tc2, '36.3%'), on(a, tc3)], 'altered: 27.8 + 36.3 + 41.9 = 106 (breaks {B})')
a = ALT(TD, 3, turp, '36.06%', 'urbanisation 34.06 → 36.06')
S.rel('share', I, [on(a, turb), on(a, tpop), on(a, turp, '36.06%')], 'altered: 9.32/27.36 = 34.06%, not 36.06 (breaks {B})')

# ---- 玉州区 (玉林, 广西) 2022 bulletin
yt = F(YZ, '565.01亿元'); y1 = F(YZ, '23.49亿元'); y2 = F(YZ, '155.11亿元'); y3 = F(YZ, '386.41亿元')
yp1 = F(YZ, '4.2%'); yp2 = F(YZ, '27.4%'); yp3 = F(YZ, '68.4%')
yrev = F(YZ, '7.02亿元'); ytax = F(YZ, '4.33亿元'); ytaxp = F(YZ, '61.7%'); yexp = F(YZ, '22.57亿元'); yms = F(YZ, '19.01亿元'); ymsp = F(YZ, '84.2%')
sum_yz = [y1, y2, y3, yt]
S.rel('sum', C, sum_yz, '23.49 + 155.11 + 386.41 = 565.01')
S.rel('share', C, [y1, yt, yp1], '23.49/565.01 = 4.16% → 4.2')
S.rel('share', C, [y2, yt, yp2], '155.11/565.01 = 27.45%, which rounds to 27.5; 27.4 makes 4.2 + 27.4 + 68.4 = 100 (forced-sum rounding): judgement call, keyed consistent')
S.rel('share', C, [y3, yt, yp3], '386.41/565.01 = 68.39% → 68.4')
S.rel('share', C, [F(YZ, '76.26万人'), F(YZ, '91.40万人'), F(YZ, '83.4%')], '76.26/91.40 = 83.44% → 83.4')
S.rel('share', C, [ytax, yrev, ytaxp], '4.33/7.02 = 61.68% → 61.7')
S.rel('share', C, [yms, yexp, ymsp], '19.01/22.57 = 84.23% → 84.2')
S.rel('growth', U, [yrev, F(YZ, '19.8%'), ytax, F(YZ, '33.6%')], 'revenue −19.8% is on the same-basis (留抵退税 restored) figure, tax −33.6% on the natural basis; 2021 levels not stated: no check')
S.rel('share', U, [yrev, yexp], '本级 revenue 7.02 vs 本级 expenditure 22.57: different sides of the budget, no share stated')
a = ALT(YZ, 1, y3, '366.41亿元', 'tertiary value added 386.41 → 366.41')
S.rel('sum', I, R(a, sum_yz, y3, '366.41亿元'), 'altered: parts add to 545.01, not 565.01 (breaks {B})')
S.rel('share', I, [on(a, y3, '366.41亿元'), on(a, yt), on(a, yp3)], 'altered: 366.41/565.01 = 64.85%, not 68.4 (breaks {B})')
a = ALT(YZ, 2, ytaxp, '67.1%', 'tax share 61.7 → 67.1')
S.rel('share', I, [on(a, ytax), on(a, yrev), on(a, ytaxp, '67.1%')], 'altered: 4.33/7.02 = 61.7%, not 67.1 (breaks {B})')

# ---- 三江侗族自治县 (柳州, 广西) 2022 budget execution report
sr = F(SJ, '19617万元'); sb = F(SJ, '17740万元'); sbp = F(SJ, '110.58%'); snt = F(SJ, '9630万元'); stx = F(SJ, '9987万元'); stxp = F(SJ, '50.9 %')
sgt = F(SJ, '266266万元'); sc1 = F(SJ, '248213万元'); sc2 = F(SJ, '18053万元'); sf1 = F(SJ, '121127万元'); sf2 = F(SJ, '145139万元')
S.rel('share', C, [sr, sb, sbp], '19617/17740 = 110.58%')
S.rel('target', M, [sb, sr], '三江 2022: adjusted revenue budget 17740万元, result 19617万元 (110.58%): met')
S.rel('sum', C, [snt, stx, sr], 'non-tax 9630 + tax 9987 = 19617')
S.rel('share', C, [stx, sr, stxp], '9987/19617 = 50.91% → 50.9')
S.rel('sum', C, [sc1, sc2, sgt], 'general transfers by source: 248213 + 18053 = 266266')
S.rel('sum', C, [sf1, sf2, sgt], 'general transfers by nature: 121127 + 145139 = 266266')
S.rel('sum', U, [F(SJ, '3844万元'), sgt, F(SJ, '298905万元')], '3844 + 266266 = 270110 is not 298905, but the third part (专项转移支付) is cut off in the passage: not a split')
S.rel('share', U, [F(SJ, '5000万元'), sf1], 'the 5000万 award is inside 121127 (其中); no share stated')
S.rel('growth', U, [sr, F(SJ, '24.74%'), F(SJ, '32.89%')], 'two declines (after 留抵退税 and natural basis) with no 2021 level stated: no check')
S.rel('growth', U, [stxp, F(SJ, '4.6个')], 'tax share 50.9%, 4.6 points lower than last year: last year’s share not stated')
a = ALT(SJ, 1, stx, '9087万元', 'tax revenue 9987 → 9087')
S.rel('sum', I, [on(a, snt), on(a, stx, '9087万元'), on(a, sr)], 'altered: 9630 + 9087 = 18717, not 19617 (breaks {B})')
S.rel('share', I, [on(a, stx, '9087万元'), on(a, sr), on(a, stxp)], 'altered: 9087/19617 = 46.3%, not 50.9 (breaks {B})')
a = ALT(SJ, 2, sbp, '118.58%', 'budget completion 110.58 → 118.58')
S.rel('share', I, [on(a, sr), on(a, sb), on(a, sbp, '118.58%')], 'altered: 19617/17740 = 110.58%, not 118.58 (breaks {B})')

# ---- 桂林地区 (广西) 1996 (journal abstract)
S.rel('target', M, [F(GL, '1.5%'), F(GL, '3.4%')], '桂林地区 1996: grain target 增产1.5%, result 增长3.4%: met')
S.rel('target', CT, [F(GL, '18%'), F(GL, '3.4%')], '桂林地区 1996: agricultural output target +18%; only grain (+3.4%, a part) is stated: cannot tell')
S.rel('target', U, [F(GL, '400元'), F(GL, '547.9公斤')], 'target for peasants’ net income (+400元) vs grain per head (547.9 kg): different indicators')
S.rel('growth', U, [F(GL, '5.58万吨'), F(GL, '3.4%')], '+5.58万吨 = +3.4% implies a 1995 level of 164万吨, which is not stated: no check')

# ---- 嵩明县 (昆明, 云南) 2023 bulletin
mt = F(SM, '174.99亿元'); m1 = F(SM, '27.22亿元'); m2 = F(SM, '43.18亿元'); m3 = F(SM, '104.59亿元'); mg = F(SM, '5.0%')
mp1 = F(SM, '15.5'); mp2 = F(SM, '24.7'); mp3 = F(SM, '59.8'); mc1 = F(SM, '13.4%'); mc2 = F(SM, '7.1%'); mc3 = F(SM, '79.5%')
ml1 = F(SM, '0.7', '分别拉动全县GDP增长'); ml2 = F(SM, '0.4', '0.7、'); ml3 = F(SM, '4.0个')
mpr = F(SM, '99.05亿元'); mprp = F(SM, '56.6%'); mrev = F(SM, '11.49亿元'); mtax = F(SM, '5.78亿元'); mtaxp = F(SM, '50.3%')
mexp = F(SM, '24.62亿元'); mms = F(SM, '19.18亿元'); mmsp = F(SM, '77.9%')
sum_sm = [m1, m2, m3, mt]
S.rel('sum', C, sum_sm, '27.22 + 43.18 + 104.59 = 174.99')
S.rel('share', C, [m1, mt, mp1], '27.22/174.99 = 15.555%, which rounds to 15.6; 15.5 makes 15.5 + 24.7 + 59.8 = 100 (forced-sum rounding): judgement call, keyed consistent')
S.rel('share', C, [m2, mt, mp2], '43.18/174.99 = 24.68% → 24.7')
S.rel('share', C, [m3, mt, mp3], '104.59/174.99 = 59.77% → 59.8')
S.rel('sum', C, [mc1, mc2, mc3], 'contributions 13.4 + 7.1 + 79.5 = 100')
S.rel('sum', C, [ml1, ml2, ml3, mg], 'pulls 0.7 + 0.4 + 4.0 = 5.1 against 5.0: each pull is stated to ±0.05, so the sum lies in 4.95–5.25 and 5.0 is inside')
S.rel('rate', C, [mc3, mg, ml3], 'tertiary pull = contribution × growth: 79.5% × 5.0 = 3.98 → 4.0')
S.rel('share', C, [mpr, mt, mprp], '99.05/174.99 = 56.60% → 56.6')
S.rel('share', C, [mtax, mrev, mtaxp], '5.78/11.49 = 50.30% → 50.3')
S.rel('share', C, [mms, mexp, mmsp], '19.18/24.62 = 77.90% → 77.9')
S.rel('sum', U, [F(SM, '6.20亿元'), F(SM, '4.07亿元'), F(SM, '2.09亿元'), F(SM, '0.99亿元'), mms], '教育 + 社保 + 卫生 + 节能环保 = 13.35, not 19.18: the list is 其中 (some items), not a split')
S.rel('sum', U, [F(SM, '2568户'), F(SM, '7275户'), F(SM, '9980户')], 'private firms 2568 + individual businesses 7275 = 9843, not 9980: other kinds of registrations exist, not a split')
S.rel('growth', U, [F(SM, '41527元'), F(SM, '2.5%'), mg], 'per-capita +2.5% vs GDP +5.0%: population change not stated; not a check')
S.rel('rate', U, [F(SM, '183.2%'), F(SM, '210.7%'), mrev, mtax], 'revenue +183.2% and tax +210.7%: 2022 levels not stated; the 2022 tax share (about 46%) is not stated either')
a = ALT(SM, 1, m2, '48.18亿元', 'secondary value added 43.18 → 48.18')
S.rel('sum', I, R(a, sum_sm, m2, '48.18亿元'), 'altered: parts add to 179.99, not 174.99 (breaks {B})')
S.rel('share', I, [on(a, m2, '48.18亿元'), on(a, mt), on(a, mp2)], 'altered: 48.18/174.99 = 27.5%, not 24.7 (breaks {B})')
a = ALT(SM, 2, mprp, '59.6%', 'private-economy share 56.6 → 59.6')
S.rel('share', I, [on(a, mpr), on(a, mt), on(a, mprp, '59.6%')], 'altered: 99.05/174.99 = 56.6%, not 59.6 (breaks {B})')
a = ALT(SM, 3, mc3, '76.5%', 'tertiary contribution 79.5 → 76.5')
S.rel('sum', I, [on(a, mc1), on(a, mc2), on(a, mc3, '76.5%')], 'altered: 13.4 + 7.1 + 76.5 = 97 (breaks {B})')

# ---- 施甸县 (保山, 云南) 2020 bulletin
dt = F(SD, '900820万元'); d1 = F(SD, '245816万元'); d2 = F(SD, '240034万元'); d3 = F(SD, '414970万元')
dind = F(SD, '183809万元'); dcon = F(SD, '56259万元'); dp1 = F(SD, '27.3'); dp2 = F(SD, '26.6'); dp3 = F(SD, '46.1')
dl1 = F(SD, '1.3', '分别拉动经济增长'); dl2 = F(SD, '-7.6'); dl3 = F(SD, '1.4个'); dg = F(SD, '4.9%'); dng = F(SD, '445937万元'); dngp = F(SD, '49.5%')
at = F(SD, '478934万元'); a1 = F(SD, '154441万元'); a2 = F(SD, '45052万元'); a3 = F(SD, '257433万元'); a4 = F(SD, '9992万元'); a5 = F(SD, '12016万元')
ap1 = F(SD, '32.2%'); ap2 = F(SD, '9.4%', '占总产值的比重为'); ap3 = F(SD, '53.8%'); ap4 = F(SD, '2.1%', '占总产值的比重为'); ap5 = F(SD, '2.5%')
gt = F(SD, '163600吨'); gd_ = F(SD, '3387吨'); gr = F(SD, '2.1%', '增加3387吨,增长'); g1 = F(SD, '42536吨'); g1d = F(SD, '151吨'); g1r = F(SD, '0.4%')
g2 = F(SD, '121064吨'); g2d = F(SD, '3236吨'); g2r = F(SD, '2.8%')
sum_sd = [d1, d2, d3, dt]; sum_agr = [a1, a2, a3, a4, a5, at]
S.rel('sum', C, sum_sd, '245816 + 240034 + 414970 = 900820')
S.rel('sum', I, [dind, dcon, d2], 'real: industry 183809 + construction 56259 = 240068, but secondary value added is 240034 (34万元 apart); industry and construction make up the secondary sector')
S.rel('share', C, [d1, dt, dp1], '245816/900820 = 27.29% → 27.3')
S.rel('share', C, [d2, dt, dp2], '240034/900820 = 26.65% → 26.6 (26.646)')
S.rel('share', C, [d3, dt, dp3], '414970/900820 = 46.07% → 46.1')
S.rel('sum', C, [dl1, dl2, dl3, dg], 'pulls 1.3 − 7.6 + 1.4 = −4.9 = 下降4.9%')
S.rel('share', C, [dng, dt, dngp], '445937/900820 = 49.50% → 49.5')
S.rel('sum', C, sum_agr, '154441 + 45052 + 257433 + 9992 + 12016 = 478934')
S.rel('share', C, [a1, at, ap1], '154441/478934 = 32.25% → 32.2')
S.rel('share', C, [a2, at, ap2], '45052/478934 = 9.41% → 9.4')
S.rel('share', C, [a3, at, ap3], '257433/478934 = 53.75% → 53.8')
S.rel('share', C, [a4, at, ap4], '9992/478934 = 2.09% → 2.1')
S.rel('share', C, [a5, at, ap5], '12016/478934 = 2.51% → 2.5')
S.rel('sum', C, [g1, g2, gt], 'grain: 小春 42536 + 大春 121064 = 163600')
S.rel('sum', C, [g1d, g2d, gd_], 'increases 151 + 3236 = 3387')
S.rel('growth', C, [gt, gd_, gr], '3387/(163600 − 3387) = 2.11% → 2.1')
S.rel('growth', C, [g1, g1d, g1r], '151/(42536 − 151) = 0.36% → 0.4')
S.rel('growth', I, [g2, g2d, g2r], 'real: 3236/(121064 − 3236) = 2.75%, which rounds to 2.7, stated 2.8 (outside the rounding of the inputs)')
S.rel('rate', C, [F(SD, '23.7万担'), F(SD, '35784万元'), F(SD, '30.2元')], 'tobacco: 1担 = 50 kg; 35784万元/(23.7万 × 50 kg) = 30.20元/kg')
S.rel('share', U, [dind, d2, F(SD, '0.4%', '工业增加值183809万元,增长')], 'industry +0.4% and construction −57.3% inside a secondary sector −20.7%: weights at last year’s prices not stated; not a check')
S.rel('restatement', U, [F(SD, '5.7%', '第一产业增加值245816万元,增长'), F(SD, '5.7%', '按可比口径计算(下同),增长')], 'primary value added +5.7% vs 农业总产值 +5.7%: value added vs gross output (overlapping scopes), same number by chance')
S.rel('share', U, [F(SD, '94.1%'), F(SD, '23.7万担')], '中上等烟比例 94.1%: the base (graded quantity) is a sample not stated; not a share of anything given')
a = ALT(SD, 1, d3, '444970万元', 'tertiary value added 414970 → 444970')
S.rel('sum', I, R(a, sum_sd, d3, '444970万元'), 'altered: parts add to 930820, not 900820 (breaks {B})')
S.rel('share', I, [on(a, d3, '444970万元'), on(a, dt), on(a, dp3)], 'altered: 444970/900820 = 49.4%, not 46.1 (breaks {B})')
a = ALT(SD, 2, a3, '237433万元', 'animal husbandry 257433 → 237433')
S.rel('sum', I, R(a, sum_agr, a3, '237433万元'), 'altered: parts add to 458934, not 478934 (breaks {B})')
S.rel('share', I, [on(a, a3, '237433万元'), on(a, at), on(a, ap3)], 'altered: 237433/478934 = 49.6%, not 53.8 (breaks {B})')
a = ALT(SD, 3, F(SD, '30.2元'), '36.2元', 'tobacco price 30.2 → 36.2')
S.rel('rate', I, [on(a, F(SD, '23.7万担')), on(a, F(SD, '35784万元')), on(a, F(SD, '30.2元'), '36.2元')], 'altered: 35784万元/1185万kg = 30.2元, not 36.2 (breaks {B})')

# ---- 巍山县 (大理, 云南) 2021 bulletin
wt = F(WS, '1017805万元'); w1 = F(WS, '343046万元'); w2 = F(WS, '241172万元'); w3 = F(WS, '433587万元')
wp1 = F(WS, '34', '调整为'); wp2 = F(WS, '24', '调整为34:'); wp3 = F(WS, '42', '调整为34:24:'); wng = F(WS, '537966万元'); wngp = F(WS, '52.9%')
vt = F(WS, '573707万元'); v1 = F(WS, '220663万元'); v2 = F(WS, '43163万元'); v3 = F(WS, '286206万元'); v4 = F(WS, '11355万元'); v5 = F(WS, '12320万元')
sum_ws = [w1, w2, w3, wt]; sum_wv = [v1, v2, v3, v4, v5, vt]
S.rel('sum', C, sum_ws, '343046 + 241172 + 433587 = 1017805')
S.rel('share', C, [w1, wt, wp1], '343046/1017805 = 33.70% → 34')
S.rel('share', C, [w2, wt, wp2], '241172/1017805 = 23.70% → 24')
S.rel('share', C, [w3, wt, wp3], '433587/1017805 = 42.60%, which rounds to 43; 42 makes 34 + 24 + 42 = 100 (forced-sum rounding to whole points): judgement call, keyed consistent')
S.rel('sum', C, [wp1, wp2, wp3], '34 + 24 + 42 = 100')
S.rel('sum', C, [F(WS, '35', '由上年的'), F(WS, '21', '由上年的35:'), F(WS, '44', '由上年的35:21:')], '2020 structure 35 + 21 + 44 = 100')
S.rel('share', C, [wng, wt, wngp], '537966/1017805 = 52.86% → 52.9')
S.rel('sum', C, sum_wv, '220663 + 43163 + 286206 + 11355 + 12320 = 573707')
S.rel('growth', U, [vt, F(WS, '8.76%'), wt, F(WS, '9.4%')], '农林牧渔 gross output +8.76% at current prices vs GDP +9.4% at 2020 constant prices: nominal vs real, different indicators')
S.rel('growth', I, [v1, F(WS, '27.99%'), v2, F(WS, '44.64%'), v3, F(WS, '5.83%'), v4, F(WS, '13.36%'), v5, F(WS, '12.6%'), vt, F(WS, '8.76%')], 'real (small): all at current prices; 2020 parts backed out from the stated rates sum to 527131, the 2020 total backed out from +8.76% is 527498 (573707/1.0876); the parts imply +8.84%, not 8.76 (perhaps a revised 2020 base)')
a = ALT(WS, 1, w2, '291172万元', 'secondary value added 241172 → 291172')
S.rel('sum', I, R(a, sum_ws, w2, '291172万元'), 'altered: parts add to 1067805, not 1017805 (breaks {B})')
a = ALT(WS, 2, v2, '48163万元', 'forestry output 43163 → 48163')
S.rel('sum', I, R(a, sum_wv, v2, '48163万元'), 'altered: parts add to 578707, not 573707 (breaks {B})')
a = ALT(WS, 3, wngp, '55.9%', 'non-public share 52.9 → 55.9')
S.rel('share', I, [on(a, wng), on(a, wt), on(a, wngp, '55.9%')], 'altered: 537966/1017805 = 52.9%, not 55.9 (breaks {B})')

# ---- 漾濞县 (大理, 云南) 2023 targets (government work report, page 4) — no 2023 result found
ybg = F(YB, '8%以上')
S.rel('target', U, [ybg, F(WS, '9.4%')], '漾濞 2023 GDP target vs 巍山 2021 result: other county (both in 大理州) and other year')
S.rel('target', U, [ybg, mg], '漾濞 2023 GDP target vs 嵩明 2023 result: same year, other county (嵩明 is in 昆明)')
S.rel('target', U, [F(YB, '15%以上'), F(YM, '13.4%')], '漾濞 2023 规上工业 target vs 元谋 2022 result: other county and year')

# ---- 云南 2022 市州 table (Wikipedia, from the 云南统计年鉴-2023)
kt = F(YN, '28,954.20'); cities = ['7,541.37', '3,802.20', '2,520.57', '1,262.44', '1,541.02', '620.10', '1,072.97', '1,000.24', '1,763.42', '2,863.08', '1,405.39', '721.39', '1,699.62', '587.12', '249.93', '303.36']
cf = [F(YN, c) for c in cities]
km = cf[0]; kms = F(YN, '26.05'); kmu = F(YN, '1,112.30'); ktu = F(YN, '4,270.53'); krate = F(YN, '6.78')
S.rel('sum', C, cf + [kt], 'the 16 市州 add to 28954.22 against 28954.20: within the rounding of 16 parts (±0.08); note 2 says the sum is not the province figure, and here the gap is only rounding')
S.rel('share', C, [km, kt, kms], '昆明 7541.37/28954.20 = 26.05% (the share column’s base, note 5, is cut off in the passage; with either base 26.05)')
S.rel('rate', C, [km, krate, kmu], '7541.37/6.78 = 1112.30 (6.78 is rounded: range 1111.5–1113.1)')
S.rel('rate', C, [kt, krate, ktu], '28954.20/6.78 = 4270.53')
S.rel('share', C, [F(YN, '88,193'), F(YN, '61,716'), F(YN, '143', '2 ')], '昆明 per-capita 88193 / 云南 61716 = 142.9 → 143 (云南省=100)')
S.rel('share', U, [F(YN, '721.39'), F(YN, '2.49')], '西双版纳 share 2.49: the base of the 比重 column is defined in note 5, which is cut off in the passage (the note says it is the sum of the 市州, not the province): base not stated here; not keyed as a check')
S.rel('share', U, [F(YM, '126.68亿元'), F(YN, '1,763.42')], '元谋 2022 GDP 126.68 and 楚雄州 2022 GDP 1763.42 side by side: no share of the 州 is stated (7.2% would be computed), and the two sources may differ in vintage; not a check')
S.rel('restatement', U, [F(SD, '900820万元'), F(YN, '1,262.44')], '施甸 2020 (a county of 保山) vs 保山市 2022: other place and year')
S.rel('share', U, [mt, km], '嵩明 2023 GDP 174.99 vs 昆明 2022 GDP 7541.37: a county and its city in different years; no share stated')
a = ALT(YN, 1, km, '7,841.37', '昆明 GDP 7541.37 → 7841.37')
S.rel('sum', I, R(a, cf + [kt], km, '7,841.37'), 'altered: the 市州 add to 29254.22, 300 more than 28954.20 (breaks {B})')
S.rel('rate', I, [on(a, km, '7,841.37'), on(a, krate), on(a, kmu)], 'altered: 7841.37/6.78 = 1156.5, not 1112.30 (breaks {B})')
a = ALT(YN, 2, ktu, '4,470.53', 'province USD GDP 4270.53 → 4470.53')
S.rel('rate', I, [on(a, kt), on(a, krate), on(a, ktu, '4,470.53')], 'altered: 28954.20/6.78 = 4270.5, not 4470.53 (breaks {B})')

# ---- 元谋县 (楚雄州, 云南) 2022 plan-execution report: results with gaps to the plan
S.rel('target', MS, [F(YM, '6.9%'), F(YM, '3.1个')], '元谋 2022 GDP: +6.9%, 差计划目标3.1个百分点 (plan 10%): missed')
S.rel('target', M, [F(YM, '18.7%'), F(YM, '6.7个')], '元谋 2022 fixed-asset investment +18.7%, 超计划目标6.7 points (plan 12%): met')
S.rel('target', MS, [F(YM, '10.1%'), F(YM, '0.9个')], '元谋 2022 retail +10.1%, 差计划目标0.9 points (plan 11%): missed')
S.rel('target', MS, [F(YM, '13.4%'), F(YM, '8.6个')], '元谋 2022 规上工业 +13.4%, 差计划目标8.6 points (plan 22%): missed')
S.rel('target', M, [F(YM, '23.9%'), F(YM, '20.9个')], '元谋 2022 local revenue +23.9%, 超计划目标20.9 points (plan 3%): met')
S.rel('target', MS, [F(YM, '0.2%'), F(YM, '3.2个')], '元谋 2022 expenditure −0.2%, 差计划目标3.2 points (plan +3%): missed')
S.rel('target', M, [F(YM, '6.9%'), F(YM, '0.2个')], '元谋 2022: target “增速不低于全州平均水平”; growth 0.2 points above the 州: met')
S.rel('growth', U, [F(YM, '6.9%'), F(YM, '0.2个')], 'county +6.9%, 0.2 points above 楚雄州: the 州 rate (6.7%) is implied, not stated; a county and its prefecture side by side')

# ---- 宜良县 (昆明, 云南) work report 2022: review of 2017–2021
yl1 = F(YL, '179.92亿元'); yl2 = F(YL, '245亿元'); yl3 = F(YL, '45853元'); yl4 = F(YL, '63653元')
yr1 = F(YL, '7.84亿元'); yr2 = F(YL, '9.37亿元'); yrr = F(YL, '4.5%'); yc1 = F(YL, '2013元'); yc2 = F(YL, '2433元'); ycr = F(YL, '4.8%')
yd1 = F(YL, '36084元'); yd2 = F(YL, '55266元'); ydr = F(YL, '11%')
S.rel('growth', C, [yr1, yr2, yrr], 'revenue 7.84 → 9.37 over the term: 4 yearly steps (2017 level → 2021) give 4.56% (range 4.53–4.59 from the inputs) against 4.5 (4.45–4.55): consistent; 5 steps would give 3.6 (judgement on the span, see ANNOTATION)')
S.rel('growth', C, [yc1, yc2, ycr], 'per-capita revenue 2013 → 2433: 4 steps give 4.85% (4.84–4.86) against 4.8: consistent')
S.rel('growth', C, [yd1, yd2, ydr], 'per-capita deposits 36084 → 55266: 4 steps give 11.25% against 11 (10.5–11.5): consistent')
S.rel('growth', U, [yl1, yl2, F(YL, '5%')], 'GDP 179.92 → 245 is +36% nominal (8.0% a year over 4 steps); 年均增长5% is at comparable prices: nominal vs real, no check')
S.rel('growth', U, [yl3, yl4, F(YL, '6%')], 'per-capita GDP 45853 → 63653 (8.5% a year nominal) vs 6% real: nominal vs real')
S.rel('growth', U, [F(YL, '538.08亿元'), F(YL, '1.25倍')], 'five-year investment 538.08 = 1.25 times the previous five years: the previous total is not stated')
a = ALT(YL, 1, yrr, '6.5%', 'revenue yearly growth 4.5 → 6.5')
S.rel('growth', I, [on(a, yr1), on(a, yr2), on(a, yrr, '6.5%')], 'altered: 7.84 → 9.37 gives 4.6% a year, not 6.5 (breaks {B})')
a = ALT(YL, 2, yd1, '30084元', 'per-capita deposits at the start 36084 → 30084')
S.rel('growth', I, [on(a, yd1, '30084元'), on(a, yd2), on(a, ydr)], 'altered: 30084 → 55266 gives 16.4% a year, not 11 (breaks {B})')

# ---- 越西县 (凉山, 四川) 2023 bulletin (traditional, glyph pairs)
xt = F(YX, '698824萬元'); x1 = F(YX, '186820萬元'); x2 = F(YX, '96962萬元'); x3 = F(YX, '415042萬元'); xr = F(YX, '643911萬元')
xp1 = F(YX, '26.7'); xp2 = F(YX, '13.9'); xp3 = F(YX, '59.4')
sum_yx = [x1, x2, x3, xt]
S.rel('sum', C, sum_yx, '186820 + 96962 + 415042 = 698824 (current prices)')
S.rel('share', C, [x1, xt, xp1], '186820/698824 = 26.73% → 26.7')
S.rel('share', C, [x2, xt, xp2], '96962/698824 = 13.88% → 13.9')
S.rel('share', C, [x3, xt, xp3], '415042/698824 = 59.39% → 59.4')
S.rel('sum', C, [xp1, xp2, xp3], '26.7 + 13.9 + 59.4 = 100')
S.rel('sum', I, [F(YX, '92990萬元'), F(YX, '4104萬元'), x2], 'real: industry 92990 + construction 4104 = 97094, but secondary value added is 96962 (132萬元 apart)')
S.rel('growth', I, [x1, F(YX, '4.52%'), x2, F(YX, '1.86%'), x3, F(YX, '10.26%'), xt, F(YX, '10.67%')], 'real: all at current prices; 2022 parts backed out (178737 + 98800 + 376421 = 653958) give total growth 6.86%, but +10.67% implies a 2022 total of 631448: the nominal rates do not agree (perhaps a revised base)')
S.rel('growth', U, [xt, xr, F(YX, '6.1%')], 'current-price 698824 vs comparable-price 643911 (a constant-price level of another base year) and real +6.1%: nominal vs real, not comparable')
S.rel('rate', U, [F(YX, '4.2%'), F(YX, '1.4%'), F(YX, '9%?'), F(YX, '6.1%')], 'real sector rates vs real total: base-period weights not stated')
S.rel('rate', U, [xt, F(YX, '22912元')], 'per-capita GDP 22912: the average resident population is not stated (698824萬/22912 = 30.5萬)')
a = ALT(YX, 1, x3, '445042萬元', 'tertiary value added 415042 → 445042')
S.rel('sum', I, R(a, sum_yx, x3, '445042萬元'), 'altered: parts add to 728824, not 698824 (breaks {B})')
S.rel('share', I, [on(a, x3, '445042萬元'), on(a, xt), on(a, xp3)], 'altered: 445042/698824 = 63.7%, not 59.4 (breaks {B})')

# ---- 江津区 (重庆) 2023 bulletin
jt = F(JJ, '1401.59亿元'); j1 = F(JJ, '139.37亿元'); j2 = F(JJ, '788.04亿元'); j3 = F(JJ, '474.18亿元')
jp1 = F(JJ, '9.9'); jp2 = F(JJ, '56.2'); jp3 = F(JJ, '33.9'); jc1 = F(JJ, '6.5%'); jc2 = F(JJ, '61.2%'); jc3 = F(JJ, '32.3%')
jpop = F(JJ, '133.45万人'); jurb = F(JJ, '83.99万人'); jurp = F(JJ, '62.94%')
sum_jj = [j1, j2, j3, jt]
S.rel('sum', C, sum_jj, '139.37 + 788.04 + 474.18 = 1401.59')
S.rel('share', C, [j3, jt, jp3], '474.18/1401.59 = 33.83%, which rounds to 33.8; 33.9 makes 9.9 + 56.2 + 33.9 = 100 (forced-sum rounding): judgement call, keyed consistent')
S.rel('share', C, [j2, jt, jp2], '788.04/1401.59 = 56.22% → 56.2')
S.rel('sum', C, [jc1, jc2, jc3], 'contributions 6.5 + 61.2 + 32.3 = 100')
S.rel('share', C, [jurb, jpop, jurp], '83.99/133.45 = 62.94%')
S.rel('sum', C, [F(JJ, '70.24万人'), F(JJ, '75.14万人'), F(JJ, '145.37万人')], 'registered: 70.24 + 75.14 = 145.38 against 145.37, within rounding')
S.rel('share', U, [F(JJ, '46.2%'), jc2], 'industry’s contribution 46.2% is inside the secondary 61.2%: a contribution, not a share of GDP')
S.rel('rate', U, [jt, F(JJ, '104274元'), jpop], '1401.59亿/104274 = 134.4万, more than the year-end 133.45万: per capita is on the average population, not stated')
a = ALT(JJ, 1, j2, '738.04亿元', 'secondary value added 788.04 → 738.04')
S.rel('sum', I, R(a, sum_jj, j2, '738.04亿元'), 'altered: parts add to 1351.59, not 1401.59 (breaks {B})')
a = ALT(JJ, 2, jurp, '65.94%', 'urbanisation 62.94 → 65.94')
S.rel('share', I, [on(a, jurb), on(a, jpop), on(a, jurp, '65.94%')], 'altered: 83.99/133.45 = 62.94%, not 65.94 (breaks {B})')
a = ALT(JJ, 3, jc2, '67.2%', 'secondary contribution 61.2 → 67.2')
S.rel('sum', I, [on(a, jc1), on(a, jc2, '67.2%'), on(a, jc3)], 'altered: 6.5 + 67.2 + 32.3 = 106 (breaks {B})')

# ---- 巫溪县 (重庆) 2022 budget execution note
wb0 = F(WX, '76138万元', '一般公共预算收入'); wbt0 = F(WX, '47008万元'); wbn0 = F(WX, '29130万元'); wadj = F(WX, '89138万元', '调整为'); wup = F(WX, '13000万元')
wbt = F(WX, '40500万元'); wbn = F(WX, '48638万元'); wrev = F(WX, '88435元'); wrevp = F(WX, '99.2 %'); wtax = F(WX, '39029元'); wnt = F(WX, '49406万元')
wsub = F(WX, '405490万元'); ws1 = F(WX, '2275万元'); ws2 = F(WX, '336747万元'); ws3 = F(WX, '66468万元')
S.rel('sum', C, [wbt0, wbn0, wb0], 'initial budget: tax 47008 + non-tax 29130 = 76138')
S.rel('sum', C, [wb0, wup, wadj], 'adjusted budget: 76138 + 13000 = 89138')
S.rel('sum', C, [wbt, wbn, wadj], 'adjusted: tax 40500 + non-tax 48638 = 89138')
S.rel('sum', C, [F(WX, '35000万元'), F(WX, '10000万元'), F(WX, '5000万元'), F(WX, '50000万元')], 'adjusted fund budget: 35000 + 10000 + 5000 = 50000')
S.rel('sum', C, [wtax, wnt, wrev], 'tax 39029 + non-tax 49406 = 88435 (the text writes 元 for 万元 at 88435 and 39029: a unit slip in the original; the numbers agree)')
S.rel('share', C, [wrev, wadj, wrevp], '88435/89138 = 99.21% → 99.2 (reading 88435元 as 万元, see the unit slip)')
S.rel('sum', C, [ws1, ws2, ws3, wsub], 'transfers 2275 + 336747 + 66468 = 405490')
S.rel('target', MS, [wadj, wrev], '巫溪 2022: adjusted revenue budget 89138万元, result 88435 (99.2%): missed')
S.rel('target', MS, [wbt, wtax], '巫溪 2022: adjusted tax budget 40500, result 39029 (96.4%): missed')
S.rel('target', M, [wbn, wnt], '巫溪 2022: adjusted non-tax budget 48638, result 49406 (101.6%): met')
S.rel('target', U, [wb0, wrev], 'the initial budget 76138 was superseded by the adjusted 89138; judging the result against it is not the binding target')
S.rel('growth', U, [wrev, F(WX, '19.7%'), wtax, F(WX, '12%')], 'revenue +19.7%, tax −12%: the 2021 levels are not stated')
a = ALT(WX, 1, wnt, '43406万元', 'non-tax revenue 49406 → 43406')
S.rel('sum', I, [on(a, wtax), on(a, wnt, '43406万元'), on(a, wrev)], 'altered: 39029 + 43406 = 82435, not 88435 (breaks {B})')
a = ALT(WX, 2, wbn, '43638万元', 'adjusted non-tax budget 48638 → 43638')
S.rel('sum', I, [on(a, wbt), on(a, wbn, '43638万元'), on(a, wadj)], 'altered: 40500 + 43638 = 84138, not 89138 (breaks {B})')
a = ALT(WX, 3, ws1, '2875万元', 'returned tax 2275 → 2875')
S.rel('sum', I, [on(a, ws1, '2875万元'), on(a, ws2), on(a, ws3), on(a, wsub)], 'altered: parts add to 406090, not 405490 (breaks {B})')

# ---- 黔东南州 (贵州) 2021 plan-execution report (estimates)
qt = F(QDN, '1269亿元'); q1 = F(QDN, '262亿元'); q2 = F(QDN, '283亿元'); q3 = F(QDN, '724亿元')
S.rel('sum', C, [q1, q2, q3, qt], '262 + 283 + 724 = 1269')
S.rel('rate', U, [q1, F(QDN, '7.3%'), q2, F(QDN, '3.7%'), q3, F(QDN, '4.6%'), qt, F(QDN, '5%左右')], 'sector rates vs 5%左右: weights not stated and the total is approximate')
S.rel('growth', U, [F(QDN, '37630元'), F(QDN, '9%'), F(QDN, '12190元'), F(QDN, '10%')], 'urban income +9% and rural +10%: the 2020 levels are not stated; the two are averages of different groups')
a = ALT(QDN, 1, q3, '754亿元', 'tertiary value added 724 → 754')
S.rel('sum', I, [on(a, q1), on(a, q2), on(a, q3, '754亿元'), on(a, qt)], 'altered: parts add to 1299, not 1269 (breaks {B})')

# ---- 湘西州 (湖南), early 1980s journal abstract (year not in the passage)
S.rel('rate', C, [F(XX, '21,000平方公里'), F(XX, '263万'), F(XX, '12亩')], '21000 km² = 3150万亩; 3150/263 = 11.98 → 12亩 a head')
S.rel('growth', U, [F(XX, '17.5倍'), F(XX, '11.5%')], '增长17.5倍 = 18.5 times since 1952; the end year (去年) is not given, so the number of steps is not stated (27 steps give 11.4, 26 give 11.9): not a check')
S.rel('growth', U, [F(XX, '2.1倍'), F(XX, '735斤')], 'grain ×3.1 since 1949 and 735斤 a head: neither level nor population of 1949 stated')
a = ALT(XX, 1, F(XX, '12亩'), '15亩', 'land per head 12 → 15亩')
S.rel('rate', I, [on(a, F(XX, '21,000平方公里')), on(a, F(XX, '263万')), on(a, F(XX, '12亩'), '15亩')], 'altered: 3150万亩/263万 = 12亩, not 15 (breaks {B})')

# ---- 广东 Q1–Q3 2020 (traditional; province and cities side by side)
gt_ = F(GD, '78397.07億元'); gg1 = F(GD, '3260.42億元'); gg2 = F(GD, '30656.50億元'); gg3 = F(GD, '44480.15億元')
sum_gd = [gg1, gg2, gg3, gt_]
S.rel('sum', C, sum_gd, '3260.42 + 30656.50 + 44480.15 = 78397.07')
S.rel('share', U, [F(GD, '19786.98億元'), gt_], '深圳 19786.98 beside 广东 78397.07: the city’s share is not stated; a city figure next to its province’s')
S.rel('growth', U, [F(GD, '2.0%'), F(GD, '0.7%')], '深圳 etc. “超2.0%” vs the province 0.7%: a floor for several cities, not a figure of 深圳')
S.rel('sum', U, [F(GD, '7城'), F(GD, '4.6%'), F(GD, '3.3%')], '“7城” above the provincial average: six are named (汕尾, 阳江, 深圳, 云浮, 韶关, 清远); the list is not declared complete')
S.rel('rate', U, [gg1, F(GD, '3.0%'), gg2, F(GD, '0.8%'), gg3, F(GD, '1.7%'), gt_, F(GD, '0.7%')], 'sector rates vs 0.7%: base-period weights not stated')
a = ALT(GD, 1, gg2, '30956.50億元', 'secondary value added 30656.50 → 30956.50')
S.rel('sum', I, R(a, sum_gd, gg2, '30956.50億元'), 'altered: parts add to 78697.07, not 78397.07 (breaks {B})')

# ---- 海南 H1 2018: 市县 table with regional groups (news)
def T(v, n=0): return F(HN, v, '\n\n', n, '\n\n')
hk_t = T('797.49'); hs = T('304.09'); hwc = T('122.07'); hqh = T('133.22'); hwn = T('107.28'); hls = T('78.35')
heast = T('1542.49'); hmid = T('150.22'); hwest = T('698.02')
hm = [T('13.58'), T('42.64'), T('31.25'), T('19.20'), T('23.24'), T('20.30')]
hdz = T('255.48'); hdzs = T('143.16'); hyp = T('112.33'); hdf = T('94.24'); hcm = T('134.64'); hlg = T('91.25'); hld = T('67.44'); hcj = T('54.96')
sum_east = [hk_t, hs, hwc, hqh, hwn, hls, heast]; sum_dz = [hdzs, hyp, hdz]
S.rel('sum', C, sum_east, '东部: 797.49 + 304.09 + 122.07 + 133.22 + 107.28 + 78.35 = 1542.50 against 1542.49, within rounding')
S.rel('sum', C, hm + [hmid], '中部: 13.58 + 42.64 + 31.25 + 19.20 + 23.24 + 20.30 = 150.21 against 150.22, within rounding')
S.rel('sum', C, [hdz, hdf, hcm, hlg, hld, hcj, hwest], '西部: 255.48 + 94.24 + 134.64 + 91.25 + 67.44 + 54.96 = 698.01 against 698.02, within rounding')
S.rel('sum', C, sum_dz, '儋州地区 = 儋州市 143.16 + 洋浦 112.33 = 255.49 against 255.48, within rounding')
S.rel('sum', C, [hk_t, hcm, hwc, T('1054.21')], '海澄文 = 海口 + 澄迈 + 文昌: 797.49 + 134.64 + 122.07 = 1054.20 against 1054.21, within rounding')
S.rel('sum', C, [hs, hls, hld, T('23.24'), T('473.11')], '大三亚 = 三亚 + 陵水 + 乐东 + 保亭: 304.09 + 78.35 + 67.44 + 23.24 = 473.12 against 473.11, within rounding')
S.rel('restatement', C, [F(HN, '797.49亿元', 'GDP达', 1), hk_t], '海口 H1 GDP 797.49 in the text and the table')
S.rel('restatement', C, [F(HN, '7.0%'), T('7.0')], '三亚 +7.0% in the text and the table')
S.rel('restatement', C, [F(HN, '-9.1%'), T('-9.1')], '洋浦 −9.1% in the text and the table')
S.rel('restatement', C, [F(HN, '0.3%'), T('0.3')], '保亭 +0.3% in the text and the table')
S.rel('rate', U, [heast, T('6.6'), hmid, T('4.0'), hwest, T('2.1')], 'regional rates: the province rate and last year’s weights are not stated; no provincial total is given in the passage')
S.rel('restatement', U, [T('-2.1'), F(HN, '-9.1%')], '儋州地区 −2.1% (儋州市 + 洋浦) vs 洋浦 −9.1%: a region and one of its parts, not the same figure')
a = ALT(HN, 1, hqh, '183.22', '琼海 H1 GDP 133.22 → 183.22')
S.rel('sum', I, R(a, sum_east, hqh, '183.22'), 'altered: 东部 parts add to 1592.50, not 1542.49 (breaks {B})')
a = ALT(HN, 2, hdzs, '148.16', '儋州市 H1 GDP 143.16 → 148.16')
S.rel('sum', I, R(a, sum_dz, hdzs, '148.16'), 'altered: 148.16 + 112.33 = 260.49, not 255.48 (breaks {B})')
a = ALT(HN, 3, F(HN, '7.0%'), '7.6%', '三亚 growth in the text 7.0 → 7.6')
S.rel('restatement', I, [on(a, F(HN, '7.0%'), '7.6%'), on(a, T('7.0'))], 'altered: text 7.6% vs table 7.0 (breaks {B})')

# ---- 泉港区 (泉州, 福建) 2023 final accounts (traditional, glyph pairs)
S.rel('target', M, [F(QG, '1011746萬元'), F(QG, '107.06%')], '泉港 2023: total general-budget revenue 107.06% of the budget: met (the budget, about 945027萬元, is not stated)')
S.rel('target', M, [F(QG, '243670萬元'), F(QG, '100.69%')], '泉港 2023: general-budget revenue 100.69% of the budget: met (budget not stated)')
S.rel('share', U, [F(QG, '243670萬元'), F(QG, '1011746萬元')], '一般公共預算收入 243670 is 其中 of 總收入 1011746 (24.1%), but no share is stated and the rest is transfers and debt, not a split')
S.rel('growth', U, [F(QG, '1011746萬元'), F(QG, '10.87%'), F(QG, '243670萬元'), F(QG, '9.99%')], 'growth over 2022 levels that are not stated')

# ---- cross-document traps (places and periods side by side)
S.rel('restatement', U, [F(LQ, '2.6%'), F(GD, '0.7%')], '良庆区 (广西) 2023 +2.6% vs 广东 Q1–Q3 2020 +0.7%: other place, period')
S.rel('share', U, [F(WS, '1017805万元'), F(YN, '1,699.62')], '巍山 2021 GDP (101.78亿) beside 大理州 2022 GDP 1699.62: a county and its prefecture in different years; no share stated')

# ---- a few more traps
S.rel('restatement', U, [lpop, lcz], '良庆 registered population 414130 (户籍) vs resident population 61.55万 (常住): different populations, not a restatement')
S.rel('share', U, [mc3, mp3], '嵩明 tertiary contribution 79.5% vs its share of GDP 59.8: contribution is not share')
S.rel('growth', U, [F(JJ, '8.1%'), F(JJ, '7.0%')], '江津 per-capita GDP +8.1% vs GDP +7.0%: the population change behind it is not stated')
S.rel('share', U, [yrev, yt], '玉州 本级 revenue 7.02 (不含玉东) vs 辖区 GDP 565.01 (含玉东): overlapping scopes, no ratio stated')

# ---- trim: one broken relation per altered copy; keep consistent relations that an altered copy breaks, plus a chosen few
KEEP = ('914426/4207422', 'last year: urban', 'per-capita GDP on the average population', '155.11/565.01', '27.22/174.99', 'pulls 0.7',
        'tertiary pull', '3387/(163600', '151/(42536', '433587/1017805', '474.18/1401.59', 'per-capita revenue 2013', '昆明 7541.37/28954.20',
        '昆明 per-capita 88193', '88435/89138', '海口 H1 GDP', '洋浦 −9.1% in the text')
seen, rels = set(), []
for r in S.rels:
    alt = [d for d in r['docs'] if '_alt' in d]
    if alt and r['verdict'] == I:
        if alt[0] in seen: continue
        seen.add(alt[0])
    rels.append(r)
def keyof(r): return sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
broken = [(r['kind'], keyof(r)) for r in rels if '{B}' in r['why']]
out = []
for r in rels:
    if r['verdict'] == C and not any(d for d in r['docs'] if '_alt' in d):
        mine = (r['kind'], sorted((f['doc'], f['start']) for f in r['figures']))
        if mine not in broken and not r['why'].startswith(KEEP): continue
    out.append(r)
for i, r in enumerate(out): r['id'] = f'{S.name}-{i+1:02d}'
S.rels = out

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

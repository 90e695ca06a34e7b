"""Check key, set check-heldout76. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout76.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout76'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

HLJ11='hlj_2011.txt'; XLM='xlm_2020.txt'; HB16='hb_2016h1.txt'; HB22='hb_2022m7.txt'; LC='lc_2013.txt'; BH='bh_2020.txt'
SNY='sny_2002.txt'; NMQ='nmq_2001_hant.txt'; LD='ldbd_1986.txt'; PY='py_2017.txt'; HB08='hb_2008h1_hant.txt'; HRB='hrb_2004.txt'
HLJ04='hlj_2004.txt'; HLJ94='hlj_1994.txt'; HB14T='hb_2014t_hant.txt'; HB14R='hb_2014r.txt'

# ---- 黑龙江 2011 grain (province, news of the statistics release)
ht0 = F(HLJ11, '1114.1亿斤', n=0); ht1 = F(HLJ11, '1114.1亿斤', n=1); ht2 = F(HLJ11, '1114.1亿斤', n=2); ht3 = F(HLJ11, '1114.1亿斤', n=3)
hi0 = F(HLJ11, '111.5亿斤', n=0); hi1 = F(HLJ11, '111.5亿斤', n=1); hg = F(HLJ11, '11.1%')
hr, hw, hc, ho, hs = [F(HLJ11, x) for x in ('412.4亿斤', '20.8亿斤', '535.2亿斤', '37.5亿斤', '108.3亿斤')]
dr, dw, dc, do, ds = [F(HLJ11, x, pre=p) for x, p in (('43.6亿斤', '增加'), ('2.3亿斤', '增加'), ('70.3亿斤', '增加'), ('4.1亿斤', '增加'), ('8.7亿斤', '减少'))]
gr, gw, gc, go, gs = [F(HLJ11, x) for x in ('11.8%', '12.2%', '15.1%', '12.4%', '7.5%')]
h07 = F(HLJ11, '692.6亿斤'); h609 = F(HLJ11, '60.9%'); h126 = F(HLJ11, '12.6%')
sum_h = [hr, hw, hc, ho, hs, ht2]
S.rel('sum', C, sum_h, '412.4 + 20.8 + 535.2 + 37.5 + 108.3 = 1114.2 vs 1114.1: inside the six half-units (±0.3)')
S.rel('growth', C, [hi1, ht2, hg], '111.5/(1114.1 − 111.5 = 1002.6) = 11.12% → 11.1')
S.rel('sum', C, [dr, dw, dc, do, ds, hi1], 'increments 43.6 + 2.3 + 70.3 + 4.1 − 8.7 = 111.6 vs 111.5: inside the allowance')
gro_c = [dc, hc, gc]
S.rel('growth', C, [dr, hr, gr], 'rice 43.6/(412.4 − 43.6) = 11.82% → 11.8')
S.rel('growth', C, gro_c, 'maize 70.3/(535.2 − 70.3) = 15.12% → 15.1')
S.rel('growth', C, [dw, hw, gw], 'wheat 2.3/(20.8 − 2.3) = 12.43%; with the half-units of 2.3 and 20.8 the range is 12.13–12.74%, so 12.2 holds')
S.rel('growth', C, [do, ho, go], 'other grain 4.1/(37.5 − 4.1) = 12.28%, range with half-units up to 12.44 → 12.4 holds')
S.rel('growth', C, [ds, hs, gs], 'soybean −8.7/(108.3 + 8.7) = −7.44%, range to −7.48 → 7.5 holds')
g07 = [h07, ht3, h609]
S.rel('growth', C, g07, '692.6 (2007) → 1114.1 (2011): ×1.6086 = +60.9%')
S.rel('growth', C, [h07, ht3, h126], '1.6086^(1/4) = 1.1262: 12.6% a year over four steps (2007→2011)')
S.rel('restatement', C, [ht0, ht1], 'total 1114.1亿斤 in the headline and the first paragraph')
S.rel('restatement', C, [hi0, hi1], 'increase 111.5亿斤 stated twice (增产量, 比上年增加)')
S.rel('share', U, [hi0, F(HLJ11, '22.5%')], '111.5 is 22.5% of the national increase: the national increase is not stated')
S.rel('share', U, [ht3, F(HLJ11, '9.8%')], 'share of national grain output 9.8%: the national total is not stated')
S.rel('growth', U, [F(HLJ11, '9.8%'), F(HLJ11, '1.0个'), F(HLJ11, '0.6个')], 'share rose 1.0 point in 2010 and 0.6 in 2011: the 2009 and 2010 shares are not stated')
S.rel('growth', U, [hg, h126], 'one-year growth 11.1% (2011) vs yearly average 12.6% (2007–2011): different spans, not a check')
a = ALT(HLJ11, 1, hc, '555.2亿斤', 'maize output 535.2 → 555.2')
S.rel('sum', I, R(a, sum_h, hc, '555.2亿斤'), 'altered: parts add to 1134.2, not 1114.1 (breaks {B})')
S.rel('growth', I, R(a, gro_c, hc, '555.2亿斤'), 'altered: 70.3/(555.2 − 70.3) = 14.5%, not 15.1 (breaks {B})')
a = ALT(HLJ11, 2, h609, '66.9%', 'growth 2007→2011 60.9% → 66.9%')
S.rel('growth', I, R(a, g07, h609, '66.9%'), 'altered: 1114.1/692.6 = +60.9%, not 66.9 (breaks {B})')

# ---- 锡林郭勒盟 2020 afforestation (prefecture-level 盟, forestry bureau news)
x95 = F(XLM, '95万亩'); x100 = F(XLM, '100%'); x80 = F(XLM, '80万亩'); x95b = F(XLM, '9.5万亩'); x32 = F(XLM, '32万亩')
x5 = F(XLM, '5万亩', pre='飞播造林'); x335 = F(XLM, '33.5万亩'); x15 = F(XLM, '15万亩')
sx1 = [x80, x15, x95]; sx2 = [x95b, x32, x5, x335, x80]
S.rel('sum', C, sx1, 'afforestation 80 + tending 15 = 95万亩 task')
S.rel('sum', C, sx2, '9.5 + 32 + 5 + 33.5 = 80万亩 afforestation')
S.rel('target', M, [x95, x100], '2020 task of 95万亩 completed (完成率100%) by the end of October: met')
a = ALT(XLM, 1, x32, '37万亩', 'enclosure afforestation 32 → 37万亩')
S.rel('sum', I, R(a, sx2, x32, '37万亩'), 'altered: 9.5 + 37 + 5 + 33.5 = 85, not 80 (breaks {B})')
a = ALT(XLM, 2, x15, '18万亩', 'forest tending 15 → 18万亩')
S.rel('sum', I, R(a, sx1, x15, '18万亩'), 'altered: 80 + 18 = 98, not 95 (breaks {B})')

# ---- 河北 H1 2016 budget execution (province, news)
b566 = F(HB16, '56.6%'); b66 = F(HB16, '6.6个'); b535 = F(HB16, '53.5%'); b35 = F(HB16, '3.5个'); brev = F(HB16, '1603.8亿元')
g16a = [b566, b66]; g16b = [b535, b35]
S.rel('growth', C, g16a, 'revenue at 56.6% of the year budget after half a year: 56.6 − 50 (time elapsed) = 6.6 points')
S.rel('growth', C, g16b, 'spending at 53.5% of budget: 53.5 − 50 = 3.5 points')
S.rel('target', CT, [brev, b566], 'H1 revenue is 56.6% of the year budget: the full-year result is not stated')
S.rel('growth', U, [F(HB16, '15.5%'), F(HB16, '2.5个'), F(HB16, '11.8个')], 'revenue +15.5%, 2.5 points above Q1 and 11.8 above H1 2015: those rates are not stated')
S.rel('growth', U, [F(HB16, '19.8%'), F(HB16, '11.4个')], 'spending +19.8%, 11.4 points above H1 2015: that rate is not stated')
S.rel('share', U, [F(HB16, '1363.3亿元'), F(HB16, '58.3%'), brev, b566], 'city-level revenue is 58.3% of the cities’ own budgets, not comparable with the province’s 56.6%; 1363.3/1603.8 is stated nowhere')
S.rel('share', U, [brev, F(HB16, '2397亿元')], 'general-budget revenue within total fiscal revenue 2397: no share stated, the other parts not stated')
S.rel('growth', U, [F(HB16, '12.8%'), F(HB16, '15.5%')], 'total fiscal revenue +12.8% vs general budget +15.5%: the remaining parts are not stated')
a = ALT(HB16, 1, b66, '8.6个', 'revenue ahead of time by 6.6 → 8.6 points')
S.rel('growth', I, R(a, g16a, b66, '8.6个'), 'altered: 56.6 − 50 = 6.6, not 8.6 (breaks {B})')
a = ALT(HB16, 2, b535, '58.5%', 'spending progress 53.5% → 58.5%')
S.rel('growth', I, R(a, g16b, b535, '58.5%'), 'altered: 58.5 − 50 = 8.5, not 3.5 (breaks {B})')

# ---- 河北 Jan–Jul 2022 budget execution (province, finance department report to the NPC standing committee)
kt = F(HB22, '2633.4亿元'); kp = F(HB22, '385.4亿元'); km = F(HB22, '2248亿元'); ktg = F(HB22, '6.3%', n=0); ktc = F(HB22, '6.3%', n=1)
kpg = F(HB22, '21.4%'); kmg = F(HB22, '3.1%')
et = F(HB22, '5394.4亿元'); ep = F(HB22, '749.4亿元'); em = F(HB22, '4644.9亿元'); eg = F(HB22, '4.5%'); epg = F(HB22, '2.9%'); emg = F(HB22, '6%', pre='4644.9亿元,增长')
ft = F(HB22, '1014.5亿元'); fp = F(HB22, '12.7亿元'); fm = F(HB22, '1001.8亿元'); fs = F(HB22, '2658.4亿元'); fsp = F(HB22, '36.4亿元'); fsm = F(HB22, '2622亿元')
s22 = [kp, km, kt]; g22 = [kp, kpg, km, kmg, kt, ktg]; sf = [fp, fm, ft]
S.rel('sum', C, s22, 'province level 385.4 + cities/counties 2248 = 2633.4')
S.rel('sum', C, [ep, em, et], 'spending 749.4 + 4644.9 = 5394.3 vs 5394.4: inside the allowance')
S.rel('sum', C, sf, 'fund revenue 12.7 + 1001.8 = 1014.5')
S.rel('sum', C, [fsp, fsm, fs], 'fund spending 36.4 + 2622 = 2658.4')
S.rel('growth', C, g22, 'last-year levels 385.4/0.786 = 490.3 and 2248/0.969 = 2319.9 add to 2810.2; 2633.4/2810.2 = −6.29% → 下降6.3%')
S.rel('restatement', U, [ktg, ktc], 'a fall of 6.3% and a comparable rise of 6.3% (留抵退税 excluded): same number, different measures')
S.rel('growth', U, [ep, epg, em, emg, et, eg], 'province-level spending growth is comparable (可比) and the city/county one nominal; combining them gives about +5.6%, not 4.5: different bases, not a check')
S.rel('target', CT, [kt, F(HB22, '59.3%')], 'Jan–Jul revenue 59.3% of the year budget: the full-year result is not stated')
S.rel('share', U, [ft, F(HB22, '32.8%')], 'fund revenue 32.8% of its budget: the budget is not stated')
S.rel('share', U, [F(HB22, '5%', pre='民生支出增长'), F(HB22, '80.5%'), eg], 'livelihood spending +5% and 80.5% of spending: last year’s share not stated')
a = ALT(HB22, 1, km, '2284亿元', 'city/county revenue 2248 → 2284')
S.rel('sum', I, R(a, s22, km, '2284亿元'), 'altered: 385.4 + 2284 = 2669.4, not 2633.4 (breaks {B})')
S.rel('growth', I, R(a, g22, km, '2284亿元'), 'altered: last-year levels 490.3 + 2357.1 = 2847.4; 2633.4/2847.4 = −7.5%, not −6.3 (breaks {B})')
a = ALT(HB22, 2, fm, '1007.8亿元', 'city/county fund revenue 1001.8 → 1007.8')
S.rel('sum', I, R(a, sf, fm, '1007.8亿元'), 'altered: 12.7 + 1007.8 = 1020.5, not 1014.5 (breaks {B})')

# ---- state forest farm 2013 (county level, place not named; spam mirror of a county page)
lp = F(LC, '8520亩'); l1 = F(LC, '3780亩'); l2 = F(LC, '4740亩'); la = F(LC, '8871亩'); lr = F(LC, '105%')
np_ = F(LC, '63亩'); na = F(LC, '80亩', pre='完成'); nr = F(LC, '120%')
yp = F(LC, '8万株', n=0); ya = F(LC, '8万株', n=1); yr = F(LC, '100%')
gp = F(LC, '1.56万株'); ga = F(LC, '5.8万株'); gq = F(LC, '372%')
slc = [l1, l2, lp]; shg = [ga, gp, gq]
S.rel('sum', C, slc, 'planned afforestation 3780 (三北) + 4740 (公益林) = 8520亩')
S.rel('share', I, [la, lp, lr], 'REAL ERROR in the original: 8871/8520 = 104.1% (104.12 ± 0.01), stated 105%')
S.rel('target', M, [lp, la], 'planned 8520亩, done 8871亩: met')
S.rel('share', I, [na, np_, nr], 'REAL ERROR in the original: 80/63 = 127.0%, stated 120%')
S.rel('target', M, [np_, na], 'nursery planned 63亩, done 80亩: met')
S.rel('share', C, [ya, yp, yr], 'voluntary planting 8万 of 8万 = 100%')
S.rel('target', M, [yp, ya], 'voluntary planting planned 8万株, done 8万株: met')
S.rel('share', C, shg, 'greening 5.8/1.56 = 371.8% → 372')
S.rel('target', M, [gp, ga], 'greening planned 1.56万株, done 5.8万株: met')
S.rel('sum', U, [l1, l2, la], '3780 + 4740 split the plan (8520), not the 8871 actually done; the split of the result is not stated')
a = ALT(LC, 1, l1, '3730亩', '三北 planned afforestation 3780 → 3730')
S.rel('sum', I, R(a, slc, l1, '3730亩'), 'altered: 3730 + 4740 = 8470, not 8520 (breaks {B})')
a = ALT(LC, 2, gq, '312%', 'greening completion 372% → 312%')
S.rel('share', I, R(a, shg, gq, '312%'), 'altered: 5.8/1.56 = 372%, not 312 (breaks {B})')

# ---- 滨海新区 (天津) 2020 final accounts (district, finance bureau report)
br = F(BH, '515.5亿元'); bt = F(BH, '452.8亿元'); bp = F(BH, '87.8%'); bs = F(BH, '806.6亿元')
tr = F(BH, '291.6亿元'); t1 = F(BH, '33.7亿元'); t2 = F(BH, '240.3亿元'); t3 = F(BH, '17.6亿元')
sbh = [bt, br, bp]; tbh = [t1, t2, t3, tr]
S.rel('share', C, sbh, 'tax 452.8/515.5 = 87.84% → 87.8')
S.rel('sum', C, tbh, 'transfers 33.7 + 240.3 + 17.6 = 291.6')
S.rel('target', M, [br, F(BH, '102%')], 'revenue 102% of the budget: met')
S.rel('target', MS, [bs, F(BH, '91.8%')], 'spending 91.8% of the budget: below plan, missed')
S.rel('sum', U, [br, tr, bs], '515.5 + 291.6 = 807.1 vs spending 806.6: close, but the balance also has carry-overs, bonds and remittances; not an identity')
S.rel('growth', U, [F(BH, '2.5%'), F(BH, '1.9%'), bp], 'tax growing slower than revenue lowers the tax share; last year’s share is not stated')
a = ALT(BH, 1, bt, '457.8亿元', 'tax revenue 452.8 → 457.8')
S.rel('share', I, R(a, sbh, bt, '457.8亿元'), 'altered: 457.8/515.5 = 88.8%, not 87.8 (breaks {B})')
a = ALT(BH, 2, t2, '246.3亿元', 'general transfers 240.3 → 246.3')
S.rel('sum', I, R(a, tbh, t2, '246.3亿元'), 'altered: 33.7 + 246.3 + 17.6 = 297.6, not 291.6 (breaks {B})')

# ---- 苏尼特右旗 (锡林郭勒, 内蒙古) 2002 statistical bulletin (banner)
st_ = F(SNY, '64417万元'); s1 = F(SNY, '7756万元'); s2 = F(SNY, '34807万元'); s3 = F(SNY, '21854万元')
sp1 = F(SNY, '12%'); sp2 = F(SNY, '54%'); sp3 = F(SNY, '34%')
ss = [s1, s2, s3, st_]
S.rel('sum', C, ss, '7756 + 34807 + 21854 = 64417')
S.rel('share', C, [s1, st_, sp1], '7756/64417 = 12.04% → 12')
S.rel('share', C, [s2, st_, sp2], '34807/64417 = 54.03% → 54')
S.rel('share', C, [s3, st_, sp3], '21854/64417 = 33.93% → 34')
S.rel('sum', C, [sp1, sp2, sp3], '12 + 54 + 34 = 100')
S.rel('rate', U, [s1, F(SNY, '27.5%'), s2, F(SNY, '24.1%'), s3, F(SNY, '12.3%'), st_, F(SNY, '6.4%')], 'current-price levels deflated by comparable-price rates give about +10.7%, stated +6.4% (按可比口径): not a check')
S.rel('growth', U, [F(SNY, '6.4%'), F(SNY, '4 %')], 'per-capita GDP +4% vs GDP +6.4%: population and its growth not stated')
stock = F(SNY, '609525'); stg = F(SNY, '27.8%'); out = F(SNY, '205487'); outr = F(SNY, '43.1 %')
rsn = [out, stock, stg, outr]
S.rel('rate', C, rsn, '出栏率 = 出栏 / stock at the start of the year: 609525/1.278 = 476937; 205487/476937 = 43.08% → 43.1 (range 43.07–43.10 with the half-unit of 27.8)')
S.rel('rate', U, [F(SNY, '182524'), F(SNY, '90 %')], 'survival rate 90% of young: the number born is not stated')
S.rel('sum', U, [F(SNY, '225647'), F(SNY, '171057'), out], '出售 225647 includes 出售肉畜 171057; 出栏 205487 is a different count: not a split')
S.rel('sum', U, [F(SNY, '1748'), F(SNY, '1435万元'), F(SNY, '4156万元')], '1748 + 1435 = 3183, not 4156: the fund revenue is excluded from 地方财政收入 and the upward-remitted part is not stated; not a split')
S.rel('growth', U, [F(SNY, '0.1%'), F(SNY, '1.1%'), F(SNY, '1.2%'), F(SNY, '4.5%'), F(SNY, '1.8%'), F(SNY, '2.3%', pre='上涨'), F(SNY, '0.9%'), F(SNY, '2.7%')], 'CPI −0.1% from its components: weights not stated')
a = ALT(SNY, 1, s2, '34907万元', 'secondary value added 34807 → 34907')
S.rel('sum', I, R(a, ss, s2, '34907万元'), 'altered: parts add to 64517, not 64417 (breaks {B})')
a = ALT(SNY, 2, outr, '48.1 %', 'off-take rate 43.1 → 48.1')
S.rel('rate', I, R(a, rsn, outr, '48.1 %'), 'altered: 205487/476937 = 43.1%, not 48.1 (breaks {B})')

# ---- a 内蒙古 banner, 2001 (yearbook entry, 2002卷; name not in the passage), traditional with glyph pairs
gt = F(NMQ, '30 315萬元'); g1 = F(NMQ, '10 610萬元'); g2 = F(NMQ, '6 722萬元'); g3 = F(NMQ, '12 983萬元')
gg = F(NMQ, '12.9%'); gg1 = F(NMQ, '6.3%'); gg2 = F(NMQ, '18.2%'); gg3 = F(NMQ, '16.0%')
fr = F(NMQ, '1 009萬元'); fl = F(NMQ, '844萬元'); fu = F(NMQ, '165萬元'); frg = F(NMQ, '31.0%'); flg = F(NMQ, '36.6%'); fug = F(NMQ, '25.0%')
veg = F(NMQ, '105.28萬畝'); v1 = F(NMQ, '12.5萬畝'); v2 = F(NMQ, '2.78萬畝'); v3 = F(NMQ, '90萬畝')
sg_ = [g1, g2, g3, gt]; gn = [g1, gg1, g2, gg2, g3, gg3, gt, gg]; sfr = [fl, fu, fr]; gfr = [fl, flg, fu, fug, fr, frg]; sveg = [v1, v2, v3, veg]
S.rel('sum', C, sg_, '10 610 + 6 722 + 12 983 = 30 315萬元')
S.rel('growth', C, gn, 'last-year parts 10610/1.063 + 6722/1.182 + 12983/1.16 = 26 861; 30315/26861 = +12.86% → 12.9 (the text does not say constant prices)')
S.rel('sum', C, sfr, 'local revenue 844 + upward-remitted 兩稅 165 = 1 009萬元')
S.rel('growth', C, gfr, '844/0.634 + 165/1.25 = 1331.2 + 132.0 = 1463.2 last year; 1009/1463.2 = −31.04% → 下降31.0%')
S.rel('sum', C, sveg, 'vegetation 12.5 + 2.78 + 90 = 105.28萬畝')
S.rel('growth', C, [F(NMQ, '930'), F(NMQ, '845 296'), F(NMQ, '0.1%')], '930/(845 296 − 930) = 0.11% → 0.1')
S.rel('rate', U, [F(NMQ, '323 441'), F(NMQ, '62.44%')], 'gross increase rate 62.44%: the base (stock at the start of the year) is not stated')
S.rel('growth', U, [F(NMQ, '77.61%'), F(NMQ, '21.58個'), F(NMQ, '31.6%')], 'off-take rate up 21.58 points: last year’s rate and base are not stated')
S.rel('rate', U, [F(NMQ, '4 306元'), gt], 'per-capita GDP: the population figure is corrupted in the text (?.03萬人); 30315/4306 = 7.04萬 cannot be compared')
S.rel('growth', U, [F(NMQ, '16.3%'), gg], 'per capita +16.3% vs GDP +12.9%: implies a falling population, not stated')
S.rel('growth', U, [F(NMQ, '12.1萬畝'), F(NMQ, '245.7%')], 'sand control +245.7%: last year’s area not stated')
a = ALT(NMQ, 1, g3, '12 883萬元', 'tertiary value added 12 983 → 12 883')
S.rel('sum', I, R(a, sg_, g3, '12 883萬元'), 'altered: parts add to 30 215, not 30 315 (breaks {B})')
S.rel('growth', I, R(a, gn, g3, '12 883萬元'), 'altered: 30315/(9981 + 5687 + 11106) = +13.2%, not 12.9 (breaks {B})')
a = ALT(NMQ, 2, v3, '98萬畝', 'grassland fencing 90 → 98萬畝')
S.rel('sum', I, R(a, sveg, v3, '98萬畝'), 'altered: 12.5 + 2.78 + 98 = 113.28, not 105.28 (breaks {B})')
a = ALT(NMQ, 3, fu, '185萬元', 'upward-remitted taxes 165 → 185')
S.rel('sum', I, R(a, sfr, fu, '185萬元'), 'altered: 844 + 185 = 1029, not 1009 (breaks {B})')
S.rel('growth', I, R(a, gfr, fu, '185萬元'), 'altered: 1009/(1331.2 + 148) = −31.8%, not −31.0 (breaks {B})')

# ---- 辽东半岛 open area, 1986 (periodical article; several prefecture cities of 辽宁)
c8 = F(LD, '8市'); c10 = F(LD, '10市')
S.rel('sum', C, [c8, c10], '8 cities + 抚顺 and 本溪 (two named cities) = 10市')
S.rel('sum', U, [F(LD, '17个县'), F(LD, '22个县')], '17 counties + 长海县 = 18; the counties of 抚顺 and 本溪 are not stated, so 22 cannot be checked')
S.rel('share', U, [F(LD, '2491万人'), F(LD, '66.9%'), F(LD, '1207.5万人'), F(LD, '89.2%')], 'shares of the province’s population and urban population: the province totals are not stated')
S.rel('share', U, [F(LD, '6万平方公里'), F(LD, '40%')], 'area 6万 km² = 40% of the province: the province area is not stated')
a = ALT(LD, 1, c10, '12市', 'open-area cities 10 → 12')
S.rel('sum', I, R(a, [c8, c10], c10, '12市'), 'altered: 8 + 2 named = 10, not 12 (breaks {B})')

# ---- 平遥县 (晋中, 山西) 2017 statistical bulletin (county)
pt = F(PY, '116.5亿元'); p1 = F(PY, '13.3亿元'); p2 = F(PY, '43.5亿元'); p3 = F(PY, '59.7亿元')
ps1 = F(PY, '11.4'); ps2 = F(PY, '37.3'); ps3 = F(PY, '51.2')
pg = F(PY, '4.6%'); pc1 = F(PY, '-1.6'); pc2 = F(PY, '8.0'); pc3 = F(PY, '93.6')
pl1 = F(PY, '-0.1'); pl2 = F(PY, '0.4', pre='-0.1:'); pl3 = F(PY, '4.3', post='个百分点')
pa = F(PY, '35.56千公顷'); pa1 = F(PY, '34.02千公顷'); pa2 = F(PY, '0.79千公顷'); pa3 = F(PY, '0.75千公顷')
spy = [p1, p2, p3, pt]; shp3 = [p3, pt, ps3]; spl = [pl1, pl2, pl3, pg]; rpl = [pg, pc3, pl3]; spa = [pa1, pa2, pa3, pa]
S.rel('sum', C, spy, '13.3 + 43.5 + 59.7 = 116.5')
S.rel('share', C, [p1, pt, ps1], '13.3/116.5 = 11.42% → 11.4')
S.rel('share', C, [p2, pt, ps2], '43.5/116.5 = 37.34% → 37.3')
S.rel('share', C, shp3, '59.7/116.5 = 51.24% → 51.2')
S.rel('sum', C, [pc1, pc2, pc3], 'contributions −1.6 + 8.0 + 93.6 = 100')
S.rel('sum', C, spl, 'pulls −0.1 + 0.4 + 4.3 = 4.6 points = GDP growth 4.6%')
S.rel('rate', C, rpl, 'tertiary pull = 4.6 × 93.6% = 4.31 → 4.3')
S.rel('rate', C, [pg, pc2, pl2], 'secondary pull = 4.6 × 8.0% = 0.37 → 0.4')
S.rel('sum', C, [F(PY, '239578.64吨'), F(PY, '1662.60吨'), F(PY, '4040.00吨'), F(PY, '24.5万吨')], 'cereals + pulses + tubers = 245281.24 t → 24.5万吨')
S.rel('sum', C, spa, 'grain area 34.02 + 0.79 + 0.75 = 35.56千公顷')
S.rel('sum', U, [F(PY, '333.3公顷'), F(PY, '3.2公顷'), F(PY, '431.8公顷'), F(PY, '3512.8公顷'), F(PY, '153.9公顷'), F(PY, '4436.1公顷')], 'listed cash crops add to 4435.0, not 4436.1: a 其中 list, the other crops are not stated; not a split')
S.rel('sum', U, [F(PY, '37.7亿元'), p2], 'industry 37.7 within secondary 43.5: construction is not stated')
S.rel('growth', U, [F(PY, '0.5%', pre='下降'), ps1, F(PY, '2.5个')], 'primary −0.5% (real) and its share down 2.5 points (current prices): last year’s shares are not stated')
S.rel('growth', U, [F(PY, '1.0%', pre='上涨'), F(PY, '0.9%')], 'CPI +1.0% with food −0.9%: weights not stated')
a = ALT(PY, 1, p3, '57.9亿元', 'tertiary value added 59.7 → 57.9')
S.rel('sum', I, R(a, spy, p3, '57.9亿元'), 'altered: parts add to 114.7, not 116.5 (breaks {B})')
S.rel('share', I, R(a, shp3, p3, '57.9亿元'), 'altered: 57.9/116.5 = 49.7%, not 51.2 (breaks {B})')
a = ALT(PY, 2, pa2, '0.97千公顷', 'pulse area 0.79 → 0.97千公顷')
S.rel('sum', I, R(a, spa, pa2, '0.97千公顷'), 'altered: 34.02 + 0.97 + 0.75 = 35.74, not 35.56 (breaks {B})')
a = ALT(PY, 3, pl3, '4.8', 'tertiary pull 4.3 → 4.8 points')
S.rel('sum', I, R(a, spl, pl3, '4.8'), 'altered: −0.1 + 0.4 + 4.8 = 5.1, not 4.6 (breaks {B})')
S.rel('rate', I, R(a, rpl, pl3, '4.8'), 'altered: 4.6 × 93.6% = 4.3, not 4.8 (breaks {B})')

# ---- 河北 H1 2008 (province, news of the release), traditional with glyph pairs
wt = F(HB08, '7375.8億元'); w1 = F(HB08, '850.3億元'); w2 = F(HB08, '4164.7億元'); w3 = F(HB08, '2360.8億元')
wsg = F(HB08, '1236.52萬噸'); wsi = F(HB08, '28.7萬噸'); wsr = F(HB08, '2.38%')
swt = [w1, w2, w3, wt]; gws = [wsi, wsg, wsr]
S.rel('sum', C, swt, '850.3 + 4164.7 + 2360.8 = 7375.8')
S.rel('growth', C, gws, 'summer grain 28.7/(1236.52 − 28.7) = 2.376% → 2.38')
S.rel('growth', C, [F(HB08, '1321.9億元'), F(HB08, '30.6%'), F(HB08, '3197.2億元'), F(HB08, '34.9%'), F(HB08, '13.1個')], 'pull of the big projects: (1321.9 − 1321.9/1.306) / (3197.2/1.349) = 309.7/2370.1 = 13.07 points → 13.1')
S.rel('rate', U, [wsr, F(HB08, '336.9公斤'), F(HB08, '2.2%')], 'output +2.38% with yield +2.2% implies area +0.18%: area not stated')
S.rel('growth', U, [F(HB08, '16.7%'), F(HB08, '18.5%'), F(HB08, '16.2%')], 'light +18.5%, heavy +16.2%, all +16.7%: weights not stated')
S.rel('growth', U, [F(HB08, '64.8%'), F(HB08, '3.7個')], 'share of key industries up 3.7 points: last year’s share not stated')
S.rel('sum', U, [F(HB08, '3806.8億元'), F(HB08, '3197.2億元')], 'urban investment is part of the total (其中); the rural part is not stated')
S.rel('rate', U, [wt, F(HB08, '11.8%'), w1, F(HB08, '4.3%'), w2, F(HB08, '13.2%'), w3, F(HB08, '11.9%')], 'current-price levels with real sector rates: base weights not stated; not a check')
a = ALT(HB08, 1, w2, '4146.7億元', 'secondary value added 4164.7 → 4146.7')
S.rel('sum', I, R(a, swt, w2, '4146.7億元'), 'altered: parts add to 7357.8, not 7375.8 (breaks {B})')
a = ALT(HB08, 2, wsr, '2.83%', 'summer grain growth 2.38% → 2.83%')
S.rel('growth', I, R(a, gws, wsr, '2.83%'), 'altered: 28.7/1207.82 = 2.38%, not 2.83 (breaks {B})')

# ---- 哈尔滨 2004 grain (prefecture city, yearbook entry)
ra = F(HRB, '148.7万公顷'); ras = [F(HRB, x) for x in ('60.1万公顷', '30.93万公顷', '52.1万公顷', '3.26万公顷', '2.32万公顷')]
ro = F(HRB, '88.15亿公斤'); ros = [F(HRB, x) for x in ('48.94亿公斤', '24.38亿公斤', '11.51亿公斤', '2.28亿公斤', '1.04亿公斤')]
rg = F(HRB, '27.3%'); rgs = [F(HRB, '27%', pre='48.94亿公斤,增长'), F(HRB, '28.7%'), F(HRB, '44.8%'), F(HRB, '20.6%'), F(HRB, '9.5%')]
sra = ras + [ra]; sro = ros + [ro]; grg = [x for pair in zip(ros, rgs) for x in pair] + [ro, rg]
S.rel('sum', C, sra, 'area 60.1 + 30.93 + 52.1 + 3.26 + 2.32 = 148.71 → 148.7万公顷')
S.rel('sum', C, sro, 'output 48.94 + 24.38 + 11.51 + 2.28 + 1.04 = 88.15亿公斤')
S.rel('growth', C, grg, 'last-year crops 48.94/1.27 + 24.38/1.287 + 11.51/1.448 + 2.28/0.794 + 1.04/1.095 = 69.25; 88.15/69.25 = +27.3% (27.0–27.6 with the half-unit of 27%)')
S.rel('growth', U, [F(HRB, '419.4毫米'), F(HRB, '16%')], 'rainfall 16% below the long-term mean: the mean is not stated')
S.rel('growth', U, [F(HRB, '16.9摄氏度'), F(HRB, '0.7度'), F(HRB, '1486.3小时'), F(HRB, '61.4小时')], 'temperature and sunshine against long-term means that are not stated')
S.rel('sum', U, [F(HRB, '9.4万公顷'), F(HRB, '8.66万公顷'), F(HRB, '14.69万公顷'), F(HRB, '0.84万公顷'), F(HRB, '0.57万公顷'), ra], 'crop area changes add to +32.48; the change of the total is not stated')
a = ALT(HRB, 1, ros[1], '24.83亿公斤', 'rice output 24.38 → 24.83')
S.rel('sum', I, R(a, sro, ros[1], '24.83亿公斤'), 'altered: crops add to 88.60, not 88.15 (breaks {B})')
S.rel('growth', I, R(a, grg, ros[1], '24.83亿公斤'), 'altered: 88.15/69.60 = +26.7% (26.4–26.9), not 27.3 (breaks {B})')
a = ALT(HRB, 2, ras[2], '57.1万公顷', 'soybean area 52.1 → 57.1')
S.rel('sum', I, R(a, sra, ras[2], '57.1万公顷'), 'altered: areas add to 153.7, not 148.7 (breaks {B})')

# ---- 黑龙江 2004 grain (province, 新华 news)
qo = [F(HLJ04, x) for x in ('112亿公斤', '105亿公斤', '67.5亿公斤', '8.3亿公斤', '20.7亿公斤')]
qg = [F(HLJ04, x) for x in ('32.9%', '26.4%', '20.3%', '1.1倍', '13%')]
qa = F(HLJ04, '24亿公斤'); qy = F(HLJ04, '38.5亿公斤')
gq4 = [x for pair in zip(qo, qg) for x in pair] + [qa, qy]
S.rel('growth', C, gq4, 'increase from the stated levels and rates: 27.73 + 21.93 + 11.39 + 4.35 − 3.09 = 62.3 (61.7–62.9 with the half-units) = area effect 24 + yield effect 38.5 = 62.5')
S.rel('rate', U, [F(HLJ04, '224.5公斤'), F(HLJ04, '101公斤'), F(HLJ04, '1.1倍')], 'wheat output ×2.1 vs yield 224.5/123.5 = ×1.82: the area change is not stated')
S.rel('rate', U, [F(HLJ04, '1.23亿亩'), F(HLJ04, '530万亩'), qa], 'area effect 24亿公斤 from 530万亩 (≈453 kg/亩, above the average yield) depends on which crops were added: not a check')
S.rel('growth', U, [F(HLJ04, '446公斤'), F(HLJ04, '12公斤'), F(HLJ04, '32.9%')], 'rice yield +12 kg (+2.8%) vs output +32.9%: area not stated')
a = ALT(HLJ04, 1, qy, '33.5亿公斤', 'yield effect 38.5 → 33.5亿公斤')
S.rel('growth', I, R(a, gq4, qy, '33.5亿公斤'), 'altered: 24 + 33.5 = 57.5, not the 62.3 implied by the crops (breaks {B})')
a = ALT(HLJ04, 2, qo[0], '142亿公斤', 'rice output 112 → 142亿公斤')
S.rel('growth', I, R(a, gq4, qo[0], '142亿公斤'), 'altered: the crops now imply an increase of 69.7, not 24 + 38.5 = 62.5 (breaks {B})')

# ---- 黑龙江 1982–1994 agriculture (statistics bureau history, written 1995; province)
q351 = F(HLJ94, '351公斤'); q702 = F(HLJ94, '702公斤'); q12 = F(HLJ94, '12年'); q1 = F(HLJ94, '一番')
g94 = [q351, q702, q12, q1]
S.rel('growth', C, g94, 'per-capita grain 351 (1982) → 702 (1994): ×2.00, doubled in 12 years')
S.rel('growth', U, [F(HLJ94, '7.6%'), q351, q702], 'grain output +7.6% a year vs per-capita grain doubling in 12 years (+5.9% a year): total vs per capita, population not stated')
S.rel('growth', U, [F(HLJ94, '6.3%'), F(HLJ94, '2.4个')], 'farm output +6.3% a year, 2.4 points above the pre-reform 33 years: that rate is not stated')
S.rel('growth', U, [F(HLJ94, '7.6%'), F(HLJ94, '5.5个')], 'grain +7.6% a year, 5.5 points above the pre-reform rate: not stated')
a = ALT(HLJ94, 1, q702, '762公斤', 'per-capita grain 1994 702 → 762')
S.rel('growth', I, R(a, g94, q702, '762公斤'), 'altered: 762/351 = 2.17, not a doubling (breaks {B})')

# ---- 河北 2014 targets (traditional) and the 2015 report's review of 2014 (simplified)
k8 = F(HB14T, '8%', pre='總值增長'); k13 = F(HB14T, '13%'); kport = F(HB14T, '9億噸')
S.rel('restatement', U, [F(HB14T, '5%', n=0), F(HB14T, '5%', n=1)], 'trade +5% and FDI +5% targets: same number, different indicators')
S.rel('target', U, [kport, F(HB14R, '9亿吨')], '2014 target: port capacity (通過能力) over 9亿吨; 2014 result: port throughput (吞吐量) over 9亿吨 — different indicators')
S.rel('target', U, [k13, F(HB14R, '27%')], 'retail sales target +13% vs tourism revenue +27%: different indicators')
S.rel('target', U, [k8, F(HB08, '11.8%')], '河北 GDP target 8% for 2014 vs H1 2008 growth 11.8%: different period')

# ---- other cross-document traps
S.rel('restatement', U, [F(HLJ94, '6.3%'), gg1], '6.3%: 黑龙江 farm output a year 1982–1994 vs a 内蒙古 banner’s primary industry 2001: other place, period and indicator')
S.rel('growth', U, [qo[1], hc], '黑龙江 maize 105亿公斤 (2004) vs 535.2亿斤 (2011): other year and unit (公斤 vs 斤); no growth is stated')
S.rel('share', U, [ros[0], qo[1]], '哈尔滨 maize 48.94 of 黑龙江 105亿公斤 (both 2004): no share stated')
S.rel('restatement', U, [rgs[2], qg[2]], 'soybean growth 44.8% (哈尔滨) vs 20.3% (黑龙江), 2004: city vs province, not a restatement')
S.rel('target', U, [x95, F(NMQ, '4.8萬畝')], '锡林郭勒盟 2020 task 95万亩 vs a banner’s 2001 afforestation 4.8萬畝: other place and year')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

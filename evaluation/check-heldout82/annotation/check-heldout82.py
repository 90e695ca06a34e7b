"""Check key, set check-heldout82. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout82.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout82'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

SD='sd_2022w.txt'; ZB15='zb_2015w.txt'; ZB11='zb_2011w_hant.txt'; JS='js_2019h_hant.txt'; ZQ1='zj_2023q1.txt'; ZH1='zj_2023h1.txt'
SH08='sh_2008h1t.txt'; SH05='sh_2005t.txt'; SH06='sh_2006t.txt'; FJ17='fj_2017p.txt'; FJ18='fj_2018p.txt'
JX22='jx_2022g_hant.txt'; JX23='jx_2023g.txt'; JXE='jx_2023er.txt'; JN='jn_2022b.txt'; HB='hb_1980.txt'; MH='mh_2011r.txt'

# ---- 山东 2022 water resources bulletin (province, news of the 水利厅 release)
r22 = F(SD, '878.0毫米'); r21 = F(SD, '979.9毫米'); rav = F(SD, '673.0毫米'); rd1 = F(SD, '10.4%'); rd2 = F(SD, '30.5%')
wt = F(SD, '508.94亿立方米'); ws = F(SD, '391.08亿立方米'); wg = F(SD, '225.38亿立方米'); wn = F(SD, '117.86亿立方米')
res1 = F(SD, '58.77亿立方米'); res0 = F(SD, '59.80亿立方米'); resd = F(SD, '1.03亿立方米')
sup = [F(SD, '33.5%'), F(SD, '26.6%'), F(SD, '31.9%'), F(SD, '8.0%')]
use = [F(SD, '56.5%'), F(SD, '15.3%'), F(SD, '19.0%'), F(SD, '9.2%')]
sum_sd = [ws, wn, wt]
S.rel('sum', C, sum_sd, 'surface 391.08 + groundwater not overlapping surface 117.86 = total 508.94')
S.rel('growth', C, [r22, r21, rd1], 'rainfall 878.0 vs 979.9 the year before: −10.40% → 偏少10.4%')
S.rel('growth', C, [r22, rav, rd2], 'rainfall 878.0 vs long-term mean 673.0: +30.46% → 偏多30.5%')
S.rel('sum', C, [res1, res0, resd], 'reservoir storage 59.80 − 58.77 = 1.03 decrease')
S.rel('sum', C, sup, 'supply shares 33.5 + 26.6 + 31.9 + 8.0 = 100')
S.rel('sum', C, use, 'use shares 56.5 + 15.3 + 19.0 + 9.2 = 100')
S.rel('restatement', C, [F(SD, '216.96亿立方米', n=0), F(SD, '216.96亿立方米', n=1)], 'total supply = total use = 216.96 (the bulletin balances supply and use)')
S.rel('sum', U, [ws, wg, wt], 'surface 391.08 + groundwater 225.38 = 616.46, not 508.94: the two overlap (107.52 counted twice); not a split of the total')
S.rel('sum', U, [F(SD, '62.44亿立方米'), F(SD, '216.96亿立方米', n=0)], 'sea water used directly (62.44) is outside the 216.96 supply total; not a part of it')
S.rel('restatement', U, [resd, F(SD, '0.97亿立方米')], 'reservoir storage −1.03 vs groundwater storage +0.97: different stores, no relation')
a = ALT(SD, 1, ws, '397.08亿立方米', 'surface water 391.08 → 397.08')
S.rel('sum', I, R(a, sum_sd, ws, '397.08亿立方米'), 'altered: 397.08 + 117.86 = 514.94, not 508.94 (breaks {B})')
a = ALT(SD, 2, resd, '1.08亿立方米', 'reservoir decrease 1.03 → 1.08')
S.rel('sum', I, [on(a, res1), on(a, res0), on(a, resd, '1.08亿立方米')], 'altered: 59.80 − 58.77 = 1.03, not 1.08 (breaks {B})')
a = ALT(SD, 3, use[1], '13.3%', 'industrial share of water use 15.3 → 13.3')
S.rel('sum', I, [on(a, use[0]), on(a, use[1], '13.3%'), on(a, use[2]), on(a, use[3])], 'altered: 56.5 + 13.3 + 19.0 + 9.2 = 98.0, not 100 (breaks {B})')

# ---- 淄博 2015 water resources bulletin (prefecture city, 山东)
zt = F(ZB15, '89409万m3', n=0); zs = F(ZB15, '28960万m3', n=0); zg = F(ZB15, '73410万m3', n=0); zo = F(ZB15, '12961万m3', n=0)
zm = [F(ZB15, '139.4mm'), F(ZB15, '350.1mm'), F(ZB15, '103.9mm'), F(ZB15, '593.4mm', n=1)]
zr0 = F(ZB15, '48.5mm'); zrmax = F(ZB15, '75.5mm'); zrmin = F(ZB15, '19.9mm'); zx1 = F(ZB15, '1.6倍'); zx2 = F(ZB15, '41.0%'); zx3 = F(ZB15, '3.8倍')
zk0 = F(ZB15, '9167万m3'); zk1 = F(ZB15, '6033万m3'); zkd = F(ZB15, '3134万m3')
zl0 = F(ZB15, '53.85米'); zl1 = F(ZB15, '39.22米'); zld = F(ZB15, '14.63米')
sum_zb = [zs, zg, zo, zt]
S.rel('sum', C, sum_zb, 'surface 28960 + groundwater 73410 − overlap 12961 = 89409')
S.rel('restatement', C, [zt, F(ZB15, '89409万m3', n=1)], 'total water resources 89409 in the summary and in section (四)')
S.rel('sum', C, zm, 'Jan–May 139.4 + Jun–Sep 350.1 + Oct–Dec 103.9 = 593.4 mm')
S.rel('share', C, [zrmax, zr0, zx1], '沂源 runoff 75.5 / city 48.5 = 1.56 → 1.6倍')
S.rel('share', C, [zrmin, zr0, zx2], '桓台 19.9 / 48.5 = 41.03% → 41.0')
S.rel('share', C, [zrmax, zrmin, zx3], 'max/min 75.5 / 19.9 = 3.79 → 3.8倍')
S.rel('sum', C, [zk0, zk1, zkd], 'reservoirs 9167 − 6033 = 3134')
S.rel('sum', C, [zl0, zl1, zld], 'groundwater level 53.85 − 39.22 = 14.63 m')
S.rel('restatement', C, [F(ZB15, '9.8%', n=0), F(ZB15, '9.8%', n=1)], 'rainfall 9.8% below normal, stated twice')
S.rel('restatement', I, [F(ZB15, '48.9%'), F(ZB15, '48.8%')], 'REAL ERROR in the original: the same 2015 rainfall (593.4 mm) is 较上年偏多48.9% in the summary and 较上年偏多48.8% in section (一); one of the two is wrong (2014 rainfall not stated)')
S.rel('sum', U, [F(ZB15, '31613万m3'), F(ZB15, '42885万m3'), F(ZB15, '73410万m3', n=1)], 'plain 31613 + mountain 42885 = 74498, not 73410: the overlap between the two (1088) is not stated here; not a split')
S.rel('growth', U, [zm[0], F(ZB15, '2倍')], 'Jan–May rainfall "是上年的2倍": the 2014 Jan–May level is not stated')
S.rel('rate', U, [F(ZB15, '593.4mm', n=0), F(ZB15, '35.3963亿m3')], 'rainfall depth × area = volume: the city area is not stated (implied about 5965 km2); not a check')
a = ALT(ZB15, 1, zo, '12691万m3', 'overlap of surface and groundwater 12961 → 12691 (first statement)')
S.rel('sum', I, R(a, sum_zb, zo, '12691万m3'), 'altered: 28960 + 73410 − 12691 = 89679, not 89409 (breaks {B})')
a = ALT(ZB15, 2, zx2, '44.0%', '桓台 runoff as % of city mean 41.0 → 44.0')
S.rel('share', I, [on(a, zrmin), on(a, zr0), on(a, zx2, '44.0%')], 'altered: 19.9/48.5 = 41.0%, not 44.0 (breaks {B})')
a = ALT(ZB15, 3, zkd, '3184万m3', 'reservoir decrease 3134 → 3184')
S.rel('sum', I, [on(a, zk0), on(a, zk1), on(a, zkd, '3184万m3')], 'altered: 9167 − 6033 = 3134, not 3184 (breaks {B})')

# ---- 淄博 2011 water resources bulletin (prefecture city, traditional)
yt = F(ZB11, '197389萬m3', n=0); ys = F(ZB11, '128837萬m3', n=0); yg = F(ZB11, '136424萬m3', n=0); yo = F(ZB11, '67872萬m3')
ym = [F(ZB11, '123.2mm'), F(ZB11, '575.4mm'), F(ZB11, '121.1mm')]; yr = F(ZB11, '819.7mm', n=1)
yp = [F(ZB11, '15.0%'), F(ZB11, '70.2%'), F(ZB11, '14.8%')]
yrm = F(ZB11, '216.0mm'); ymax = F(ZB11, '462.9mm'); ymin = F(ZB11, '53.3mm'); yx1 = F(ZB11, '2.14倍'); yx2 = F(ZB11, '24.7%'); yx3 = F(ZB11, '8.7倍')
ygp = F(ZB11, '41981萬m3'); ygm = F(ZB11, '96943萬m3'); ygo = F(ZB11, '2500萬m3'); yg2 = F(ZB11, '136424萬m3', n=1)
sum_y = [ys, yg, yo, yt]
S.rel('sum', C, sum_y, 'surface 128837 + groundwater 136424 − overlap 67872 = 197389')
S.rel('sum', C, [ygp, ygm, ygo, yg2], 'plain 41981 + mountain 96943 − overlap 2500 = 136424')
S.rel('sum', C, ym + [yr], 'Jan–May 123.2 + Jun–Sep 575.4 + Oct–Dec 121.1 = 819.7 mm')
S.rel('share', C, [ym[0], yr, yp[0]], '123.2/819.7 = 15.03% → 15.0')
S.rel('share', C, [ym[1], yr, yp[1]], '575.4/819.7 = 70.20% → 70.2')
S.rel('share', C, [ym[2], yr, yp[2]], '121.1/819.7 = 14.77% → 14.8')
S.rel('sum', C, yp, 'season shares 15.0 + 70.2 + 14.8 = 100')
S.rel('share', C, [ymax, yrm, yx1], '沂源 runoff 462.9 / city 216.0 = 2.143 → 2.14倍')
S.rel('share', C, [ymin, yrm, yx2], '桓臺 53.3 / 216.0 = 24.68% → 24.7')
S.rel('share', C, [ymax, ymin, yx3], 'max/min 462.9 / 53.3 = 8.68 → 8.7倍')
S.rel('growth', U, [F(ZB11, '59.6%'), F(ZB11, '52.6%'), F(ZB11, '43.6%'), F(ZB11, '92.9%')], 'city surface water 59.6% above normal vs three counties 52.6/43.6/92.9: county weights not stated; not a check')
S.rel('restatement', U, [F(ZB11, '24.6%', n=0), F(ZB15, '9.8%', n=0)], '淄博 2011 rainfall 819.7 is 24.6% above normal, 2015 rainfall 593.4 is 9.8% below normal: both imply a normal of about 657.9 mm, but the normal is not stated in either doc; nothing to check')
S.rel('growth', U, [yr, F(ZB11, '29.9%', n=1), F(ZB15, '593.4mm', n=1), F(ZB15, '48.9%')], '2011 819.7 (+29.9% on 2010) and 2015 593.4 (+48.9% on 2014): different years; no 2011→2015 relation stated')
a = ALT(ZB11, 1, yo, '67572萬m3', 'overlap 67872 → 67572')
S.rel('sum', I, R(a, sum_y, yo, '67572萬m3'), 'altered: 128837 + 136424 − 67572 = 197689, not 197389 (breaks {B})')
a = ALT(ZB11, 2, yp[1], '72.2%', 'Jun–Sep share 70.2 → 72.2')
S.rel('share', I, [on(a, ym[1]), on(a, yr), on(a, yp[1], '72.2%')], 'altered: 575.4/819.7 = 70.2%, not 72.2 (breaks {B})')
S.rel('sum', I, [on(a, yp[0]), on(a, yp[1], '72.2%'), on(a, yp[2])], 'altered: 15.0 + 72.2 + 14.8 = 102 (breaks {B})')
a = ALT(ZB11, 3, yx3, '8.2倍', 'max/min runoff ratio 8.7 → 8.2')
S.rel('share', I, [on(a, ymax), on(a, ymin), on(a, yx3, '8.2倍')], 'altered: 462.9/53.3 = 8.7, not 8.2 (breaks {B})')

# ---- 江苏 2019 health institutions (江蘇年鑒 2020 entry, province, traditional)
jt = F(JS, '34796個'); jh = F(JS, '1941個', n=0); jb = F(JS, '31821個'); jp = F(JS, '685個')
jm = F(JS, '34055個', n=0); jnp = F(JS, '24327個'); jpr = F(JS, '9728個'); jnpp = F(JS, '71.43%'); jprp = F(JS, '28.57%')
je = [F(JS, '3804個'), F(JS, '16860個'), F(JS, '592個'), F(JS, '10213個'), F(JS, '2586個')]
jep = [F(JS, '11.17%'), F(JS, '49.51%'), F(JS, '1.74%'), F(JS, '29.99%'), F(JS, '7.59%')]
jpub = F(JS, '20664個'); jnpub = F(JS, '13391個'); jpubp = F(JS, '60.68%'); jnpubp = F(JS, '39.32%')
jh2 = [F(JS, '458個'), F(JS, '1483個')]
jbed = [F(JS, '1150個'), F(JS, '323個'), F(JS, '244個'), F(JS, '98個'), F(JS, '126個')]
jst = F(JS, '786380人'); jsd = F(JS, '47086人'); jsg = F(JS, '6.37%')
sum_js = [jnp, jpr, jm]
sum_je = je + [jm]
S.rel('sum', C, sum_js, 'non-profit 24327 + for-profit 9728 = 34055 medical institutions')
S.rel('share', C, [jnp, jm, jnpp], '24327/34055 = 71.43%')
S.rel('share', C, [jpr, jm, jprp], '9728/34055 = 28.57%')
S.rel('sum', C, sum_je, 'by ownership 3804 + 16860 + 592 + 10213 + 2586 = 34055')
S.rel('share', C, [je[0], jm, jep[0]], 'state-owned 3804/34055 = 11.17%')
S.rel('share', C, [je[3], jm, jep[3]], 'private 10213/34055 = 29.99%')
S.rel('share', C, [je[4], jm, jep[4]], 'other 2586/34055 = 7.59%')
S.rel('sum', C, [jpub, jnpub, jm], 'public 20664 + non-public 13391 = 34055')
S.rel('share', C, [jpub, jm, jpubp], 'public 20664/34055 = 60.68%')
S.rel('sum', C, jh2 + [jh], 'public hospitals 458 + private 1483 = 1941 hospitals')
S.rel('sum', C, jbed + [jh], 'hospitals by beds 1150 + 323 + 244 + 98 + 126 = 1941')
S.rel('growth', C, [jsd, jst, jsg], 'health workers +47086 to 786380: 47086/739294 = 6.37%')
S.rel('sum', U, [jh, jb, jp, jt], 'hospitals 1941 + primary 31821 + public-health 685 = 34447, not 34796: the listed types (其中) are not all institutions (sanatoria and others are left out); not a split')
S.rel('sum', U, [F(JS, '2706個'), F(JS, '1028個'), F(JS, '2279個'), F(JS, '10626個'), F(JS, '15169個'), jb], 'listed primary institutions add to 31808 of 31821: the list is not exhaustive; not a split')
S.rel('sum', U, [F(JS, '88個'), F(JS, '1527個'), F(JS, '123個'), F(JS, '1543個')], 'changes +88 + 1527 − 123 = +1492 vs total +1543: other institution types changed too; not a split')
S.rel('sum', U, [F(JS, '184個'), F(JS, '465個'), F(JS, '721個'), jm], 'graded institutions 184 + 465 + 721 = 1370 of 34055: most are ungraded; not a split')
S.rel('growth', U, [F(JS, '220個'), F(JS, '1853個'), F(JS, '1543個')], 'public −220 and non-public +1853 (net +1633, medical institutions) vs +1543 (all health institutions): different scopes')
a = ALT(JS, 1, jpr, '9782個', 'for-profit institutions 9728 → 9782')
S.rel('sum', I, R(a, sum_js, jpr, '9782個'), 'altered: 24327 + 9782 = 34109, not 34055 (breaks {B})')
a = ALT(JS, 2, jep[3], '26.99%', 'private share 29.99 → 26.99')
S.rel('share', I, [on(a, je[3]), on(a, jm), on(a, jep[3], '26.99%')], 'altered: 10213/34055 = 29.99%, not 26.99 (breaks {B})')
a = ALT(JS, 3, jbed[2], '274個', 'hospitals with 200–499 beds 244 → 274')
S.rel('sum', I, R(a, jbed + [jh], jbed[2], '274個'), 'altered: 1150 + 323 + 274 + 98 + 126 = 1971, not 1941 (breaks {B})')

# ---- 浙江 Q1 2023 (province, news of the release) and H1 2023 (news)
qt = F(ZQ1, '18925亿元', n=1); q1 = F(ZQ1, '366亿元'); q2 = F(ZQ1, '7494亿元'); q3 = F(ZQ1, '11065亿元')
qg = F(ZQ1, '4.9%', n=1); q3g = F(ZQ1, '6.4%', n=0); qsg = F(ZQ1, '6.4%', n=1)
ht = F(ZH1, '38717亿元', n=1); hg = F(ZH1, '6.8%', n=1); hd = F(ZH1, '1.9个'); hr = F(ZH1, '3.87万亿元')
sum_q = [q1, q2, q3, qt]
S.rel('sum', C, sum_q, '366 + 7494 + 11065 = 18925')
S.rel('restatement', C, [F(ZQ1, '18925亿元', n=0), qt], 'Q1 GDP 18925 in the headline and the body')
S.rel('restatement', C, [q3g, qsg], 'tertiary value added +6.4% and 服务业增加值 +6.4% (the same aggregate)')
S.rel('growth', C, [hg, F(ZQ1, '4.9%', n=1), hd], 'H1 2023 +6.8% is 1.9 points above Q1 2023 +4.9% (stated in the Q1 release): 6.8 − 4.9 = 1.9')
S.rel('restatement', C, [ht, hr], 'H1 GDP 38717亿元 restated as 3.87万亿元')
S.rel('restatement', C, [F(ZH1, '6.8%', n=0), hg], 'H1 growth 6.8% in the headline and the body')
S.rel('growth', U, [qt, ht], 'Q1 18925 and H1 38717: H1 − Q1 = Q2 19792, not stated; no growth rate for Q2 given; nothing to check')
S.rel('growth', U, [F(ZQ1, '3.0%'), F(ZQ1, '2.5个')], 'industry +3.0%, 2.5 points faster than Q4 2022: the Q4 rate is not stated')
S.rel('share', U, [F(ZQ1, '33.0%'), F(ZQ1, '1.3个')], 'new-energy industry +33.0% "拉动" industry 1.3 points: a contribution, its weight (about 4%) is not stated; not a share check')
S.rel('growth', U, [hg, F(ZH1, '5.7%')], 'H1 2023 +6.8% vs the average H1 growth 2020–2023 of 5.7%: the other three H1 rates are not stated')
S.rel('growth', U, [F(ZQ1, '5.4%'), F(ZH1, '9.1%')], 'retail sales +5.4% (Q1, total 7502) vs 社会消费品零售额 +9.1% (H1): different spans; Q2 growth not stated')
S.rel('rate', U, [q1, F(ZQ1, '4.1%'), q2, F(ZQ1, '2.7%'), q3, q3g, qt, qg], 'current-price levels deflated by real sector rates: base-period weights not stated; not a check')
a = ALT(ZQ1, 1, q2, '7454亿元', 'secondary value added 7494 → 7454')
S.rel('sum', I, R(a, sum_q, q2, '7454亿元'), 'altered: 366 + 7454 + 11065 = 18885, not 18925 (breaks {B})')
a = ALT(ZH1, 1, hd, '1.6个', 'H1 vs Q1 growth gap 1.9 → 1.6 points')
S.rel('growth', I, [on(a, hg), F(ZQ1, '4.9%', n=1), on(a, hd, '1.6个')], 'altered: 6.8 − 4.9 = 1.9, not 1.6 (breaks {B})')
a = ALT(ZH1, 2, hr, '3.81万亿元', 'H1 GDP restated 3.87 → 3.81万亿')
S.rel('restatement', I, [on(a, ht), on(a, hr, '3.81万亿元')], 'altered: 38717亿 = 3.87万亿, not 3.81 (breaks {B})')

# ---- 上海 H1 2008 tourism (municipal statistics bureau)
e = [F(SH08, '261.7万人次'), F(SH08, '25.3万人次'), F(SH08, '38.83万人次'), F(SH08, '325.83万人次')]
o = [F(SH08, '222.25万人次'), F(SH08, '17.97万人次'), F(SH08, '21.43万人次'), F(SH08, '261.65万人次')]
x = [F(SH08, '6.39万人次'), F(SH08, '130.59万人次'), F(SH08, '136.98万人次')]
g = [F(SH08, '44.3万人次'), F(SH08, '337.5万人次'), F(SH08, '381.8万人次')]
S.rel('sum', C, e, 'arrivals: foreigners 261.7 + HK/Macao 25.3 + Taiwan 38.83 = 325.83')
S.rel('sum', C, o, 'overnight: 222.25 + 17.97 + 21.43 = 261.65')
S.rel('sum', C, x, 'outbound: official 6.39 + private 130.59 = 136.98')
S.rel('sum', C, g, 'travel agencies: foreign 44.3 + domestic 337.5 = 381.8')
S.rel('restatement', U, [e[0], o[3]], 'foreign arrivals 261.7 vs all overnight arrivals 261.65: nearly the same number for different indicators; not a restatement')
S.rel('share', U, [F(SH08, '35.2万人次'), x[2]], 'outbound trips organised by agencies 35.2 vs all outbound 136.98: overlapping counts from different sources; no share is stated')
S.rel('growth', U, [e[3], F(SH08, '0.4%')], 'arrivals +0.4% on H1 2007: the H1 2007 level is not stated')
S.rel('restatement', U, [e[3], F(SH05, '571.35万人次')], '上海 H1 2008 arrivals 325.83 vs full-year 2005 arrivals 571.35: other period; not comparable')
a = ALT(SH08, 1, e[1], '28.3万人次', 'HK/Macao arrivals 25.3 → 28.3')
S.rel('sum', I, R(a, e, e[1], '28.3万人次'), 'altered: 261.7 + 28.3 + 38.83 = 328.83, not 325.83 (breaks {B})')
a = ALT(SH08, 2, x[1], '133.59万人次', 'private outbound 130.59 → 133.59')
S.rel('sum', I, R(a, x, x[1], '133.59万人次'), 'altered: 6.39 + 133.59 = 139.98, not 136.98 (breaks {B})')
a = ALT(SH08, 3, g[1], '331.5万人次', 'domestic tourists received by agencies 337.5 → 331.5')
S.rel('sum', I, R(a, g, g[1], '331.5万人次'), 'altered: 44.3 + 331.5 = 375.8, not 381.8 (breaks {B})')

# ---- 上海 2005 tourism results and 2006 targets (news, 2006-03-04) and 2006 news (2006-12-31)
t670 = F(SH05, '670万人次', n=1); s571 = F(SH05, '571.35万人次')
v600 = F(SH06, '600万人次'); v150 = F(SH06, '150万人次', n=0); v2x = F(SH06, '翻了两番'); v200 = F(SH06, '200万人次', n=1); v400 = F(SH06, '400万名')
S.rel('restatement', C, [F(SH05, '670万人次', n=0), t670], '2006 arrivals expected 670万 in the headline and the body')
S.rel('target', CT, [t670, v600], '上海 2006 target 670万 入境旅游者; the only 2006 figure is the 600万th arrival on 30 December, counted as tour groups only ("600万指的仅仅是旅游团队客流"): the full-year figure on the target\'s scope is not stated; cannot tell')
S.rel('growth', C, [v150, v600, v2x], '1997 150万 → 2006 600万 = ×4 = 翻两番 (from the 1992 level of 100万 it would be ×6)')
S.rel('growth', C, [v200, v400, F(SH06, '翻倍')], '2001 200万 → 2004 400万 = ×2 = 翻倍')
S.rel('target', U, [F(SH06, '200万人次', n=0), v200], 'the 1992 goal of 200万 "十年后" (2002) vs 2001 突破200万: a goal for 2002 against a 2001 result (other period); the 2002 figure is not stated')
S.rel('target', U, [F(SH06, '1000万人次'), v600], '2010 goal 1000万 vs 2006 600万: other period')
S.rel('growth', U, [s571, F(SH05, '16.1%'), v400], '2005 571.35 (+16.1%) implies 2004 ≈ 492; the 2006 article\'s 2004 milestone is the 400万th arrival during 2004 (tour groups); different scope and not a year total')
S.rel('share', U, [F(SH05, '444.54万人次'), s571], 'overnight 444.54 of 571.35 arrivals (77.8%): no share stated; the growth rates 15.3/16.1 have unstated bases')
a = ALT(SH06, 1, v150, '180万人次', '1997 arrivals 150 → 180万')
S.rel('growth', I, [on(a, v150, '180万人次'), on(a, v600), on(a, v2x)], 'altered: 180 → 600 is ×3.3, not 翻两番 (×4) (breaks {B})')
a = ALT(SH06, 2, v400, '450万名', '2004 milestone 400 → 450万')
S.rel('growth', I, [on(a, v200), on(a, v400, '450万名'), on(a, F(SH06, '翻倍'))], 'altered: 200 → 450 is ×2.25, not 翻倍 (breaks {B})')

# ---- 福建 transport investment: 2017 plan (福建日报 2017-02-08) and 2017 result / 2018 plan (东南网 2018-01-10)
p = [F(FJ17, '320亿元'), F(FJ17, '420亿元'), F(FJ17, '105亿元'), F(FJ17, '55亿元'), F(FJ17, '900亿元', n=1)]
r917 = F(FJ18, '917亿元')
S.rel('sum', C, p, '2017 plan: expressways 320 + ordinary roads 420 + waterways 105 + hubs 55 = 900')
S.rel('restatement', C, [F(FJ17, '900亿元', n=0), p[4]], '2017 plan 900亿 in the headline and the body')
S.rel('target', M, [p[4], r917], '福建 2017 transport investment: plan 900亿 (raised in Feb 2017), result 917亿 (reported Jan 2018): met')
S.rel('restatement', C, [F(FJ18, '2885公里', n=0), F(FJ18, '2885公里', n=1)], '2018 plan: rural roads built or upgraded 2885 km, stated twice')
S.rel('restatement', C, [F(FJ18, '850亿元', n=0), F(FJ18, '850亿元', n=2)], '2018 plan 850亿 in the headline and the body')
S.rel('sum', U, [F(FJ18, '290亿'), F(FJ18, '410亿元'), F(FJ18, '100亿元'), F(FJ18, '850亿元', n=2)], '2018 plan parts 290 + 410 + 100 = 800 of 850: the 运输场站 amount is not stated; not a check')
S.rel('target', U, [F(FJ18, '850亿元', n=2), r917], '2018 plan 850亿 vs 2017 result 917亿: other period')
S.rel('restatement', U, [F(FJ18, '1500公里', n=0), F(FJ18, '1500公里', n=1)], 'rural roads completed 1500 km and safety works 1500 km: different indicators sharing a number')
S.rel('restatement', U, [F(FJ17, '1500公里'), F(FJ18, '1500公里', n=0)], '2017 plan rural roads 新改建 1500 km vs 2018 plan 建成 1500 km: other year and indicator')
a = ALT(FJ17, 1, p[1], '460亿元', 'ordinary-road plan 420 → 460')
S.rel('sum', I, R(a, p, p[1], '460亿元'), 'altered: 320 + 460 + 105 + 55 = 940, not 900 (breaks {B})')
a = ALT(FJ18, 1, F(FJ18, '2885公里', n=1), '2855公里', 'rural roads (second statement) 2885 → 2855 km')
S.rel('restatement', I, [on(a, F(FJ18, '2885公里', n=0)), on(a, F(FJ18, '2885公里', n=1), '2855公里')], 'altered: 2885 km vs 2855 km (breaks {B})')

# ---- 江西 grain: 2022 (news, traditional with inline pinyin), 2023 total (江西日报 repost), 2023 early rice (江西日报 repost)
g22 = F(JX22, '430.4億斤'); gs = F(JX22, '4.7億'); ge = F(JX22, '135.4億斤'); ga = F(JX22, '290.3億斤')
gm = F(JX22, '123.3億'); gl = F(JX22, '148.6億斤'); gz = F(JX22, '18.4億斤'); gt = F(JX22, '2152萬噸'); garea = F(JX22, '5664.5萬畝')
gd = [F(JX22, '3.7億斤'), F(JX22, '4.6億'), F(JX22, '0.8億斤', n=1), F(JX22, '9.1億斤')]
k23 = F(JX23, '439.7亿斤', n=1); kd = F(JX23, '9.3亿斤'); kg = F(JX23, '2.2%', n=0); karea = F(JX23, '5661.4万亩'); kad = F(JX23, '3.1万亩')
ky = F(JX23, '388.3公斤'); kyd = F(JX23, '8.4公斤'); kyg = F(JX23, '2.2%', pre='8.4公斤,增长')
er = F(JXE, '684.5万吨', n=1); erd = F(JXE, '7.3万吨'); erg = F(JXE, '1.1%'); ery = F(JXE, '379.6公斤'); eryd = F(JXE, '9.6公斤', pre='增加'); eryg = F(JXE, '2.6%')
sum_g = [gs, ge, ga, g22]
sum_a = [gm, gl, gz, ga]
S.rel('sum', C, sum_g, 'summer 4.7 + early rice 135.4 + autumn 290.3 = 430.4亿斤')
S.rel('sum', C, sum_a, 'autumn: middle/single late rice 123.3 + double late rice 148.6 + other autumn grain 18.4 = 290.3')
S.rel('sum', C, gd, 'autumn decrease 9.1 = 3.7 + 4.6 + 0.8 (the parts\' decreases)')
S.rel('rate', C, [g22, gt], '430.4亿斤 折合 2152万吨 (1斤 = 0.5 kg)')
S.rel('growth', C, [g22, k23, kd], '江西 2022 430.4 (2022 doc) + 9.3 = 439.7 (2023 doc)')
S.rel('growth', C, [kd, F(JX23, '439.7亿斤', n=1), kg], '9.3/(439.7 − 9.3) = 2.16% → 2.2')
S.rel('sum', C, [garea, karea, kad], 'sown area 5664.5 (2022 doc) − 3.1 = 5661.4万亩 (2023 doc)')
S.rel('rate', C, [k23, karea, ky], '439.7亿斤 / 5661.4万亩 = 388.3 kg per mu')
S.rel('rate', C, [gt, garea, ky, kyd], '2022 yield 2152万吨 / 5664.5万亩 = 379.9 kg (2022 doc) = 388.3 − 8.4 (2023 doc)')
S.rel('growth', C, [ky, kyd, kyg], 'yield +8.4 on 379.9 = 2.21% → 2.2')
S.rel('growth', C, [er, erd, erg], 'early rice +7.3 on 677.2 = 1.08% → 1.1')
S.rel('growth', C, [ery, eryd, eryg], 'early-rice yield +9.6 on 370.0 = 2.59% → 2.6')
S.rel('restatement', C, [ge, er, erd], '2022 early rice 135.4亿斤 (2022 doc) = 677.0万吨; 684.5 − 7.3 = 677.2万吨 (2023 early-rice doc): equal within the inputs\' allowance')
S.rel('share', C, [er, k23, F(JXE, '三成以上')], '2023 early rice 684.5万吨 = 136.9亿斤 = 31.1% of 439.7亿斤 (2023 total doc): 三成以上 holds for output')
S.rel('restatement', U, [kg, kyg], 'output +2.2% and yield +2.2%: different indicators (area fell 0.05%); the equal numbers are not a restatement')
S.rel('share', U, [F(JX22, '2.3%'), F(JX22, '3.25%')], '2.3% of national farmland and 3.25% of national grain: different bases (national totals not stated); no check')
S.rel('sum', U, [ge, gm, gl, F(JX22, '5104.5萬')], 'early + middle + late rice output vs rice sown area 5104.5万亩: output and area, no relation stated')
S.rel('restatement', U, [F(JX22, '0.8億斤', n=0), F(JX22, '0.8億斤', n=1)], 'early rice +0.8 and other autumn grain −0.8: different crops, opposite signs')
a = ALT(JX22, 1, ga, '296.3億斤', 'autumn grain 290.3 → 296.3')
S.rel('sum', I, R(a, sum_g, ga, '296.3億斤'), 'altered: 4.7 + 135.4 + 296.3 = 436.4, not 430.4 (breaks {B})')
S.rel('sum', I, R(a, sum_a, ga, '296.3億斤'), 'altered: 123.3 + 148.6 + 18.4 = 290.3, not 296.3 (breaks {B})')
a = ALT(JX22, 2, gd[1], '4.9億', 'double late rice decrease 4.6 → 4.9')
S.rel('sum', I, R(a, gd, gd[1], '4.9億'), 'altered: 3.7 + 4.9 + 0.8 = 9.4, not 9.1 (breaks {B})')
a = ALT(JX22, 3, gt, '2182萬噸', 'conversion of 430.4亿斤 2152 → 2182万吨')
S.rel('rate', I, [on(a, g22), on(a, gt, '2182萬噸')], 'altered: 430.4亿斤 = 2152万吨, not 2182 (breaks {B})')
a = ALT(JX23, 1, kd, '9.8亿斤', 'grain increase 9.3 → 9.8亿斤')
S.rel('growth', I, [g22, on(a, k23), on(a, kd, '9.8亿斤')], 'altered: 430.4 (2022 doc) + 9.8 = 440.2, not 439.7 (breaks {B})')
S.rel('growth', I, [on(a, kd, '9.8亿斤'), on(a, F(JX23, '439.7亿斤', n=1)), on(a, kg)], 'altered: 9.8/(439.7 − 9.8) = 2.28% → 2.3, not 2.2 (breaks {B})')
a = ALT(JX23, 2, kad, '3.6万亩', 'sown-area decrease 3.1 → 3.6万亩')
S.rel('sum', I, [garea, on(a, karea), on(a, kad, '3.6万亩')], 'altered: 5664.5 (2022 doc) − 3.6 = 5660.9, not 5661.4 (breaks {B})')
a = ALT(JXE, 1, erd, '9.3万吨', 'early-rice increase 7.3 → 9.3万吨')
S.rel('growth', I, [on(a, er), on(a, erd, '9.3万吨'), on(a, erg)], 'altered: 9.3 on 675.2 = 1.38%, not 1.1 (breaks {B})')
S.rel('restatement', I, [ge, on(a, er), on(a, erd, '9.3万吨')], 'altered: 684.5 − 9.3 = 675.2万吨 for 2022, but the 2022 doc gives 135.4亿斤 = 677.0万吨 (breaks {B})')
a = ALT(JXE, 2, eryd, '6.9公斤', 'early-rice yield increase 9.6 → 6.9 kg')
S.rel('growth', I, [on(a, ery), on(a, eryd, '6.9公斤'), on(a, eryg)], 'altered: 6.9 on 372.7 = 1.85%, not 2.6 (breaks {B})')

# ---- 江宁区 (南京, 江苏) 2022 final accounts (district)
nb0 = F(JN, '273.3亿元'); nb1 = F(JN, '200.12亿元'); nr = F(JN, '202.96亿元'); nrp = F(JN, '101.42%')
ntax = F(JN, '173.65亿元'); ntp = F(JN, '85.6%')
ns0 = F(JN, '219.78亿元'); ns1 = F(JN, '263.68亿元'); ns2 = F(JN, '261.25亿元'); ns = F(JN, '251.45亿元'); nsp = F(JN, '96.3%')
nl = F(JN, '189.5亿元'); nlp = F(JN, '75.4%')
S.rel('share', C, [nr, nb1, nrp], 'revenue 202.96 / adjusted budget 200.12 = 101.42%')
S.rel('share', C, [ntax, nr, ntp], 'tax 173.65 / 202.96 = 85.56% → 85.6')
S.rel('share', C, [ns, ns2, nsp], 'spending 251.45 / final budget total 261.25 = 96.249% (96.245–96.253 with the inputs\' allowance) → 96.3 at the edge; see judgement calls')
S.rel('share', C, [nl, ns, nlp], 'livelihood 189.5 / 251.45 = 75.36% → 75.4')
S.rel('target', M, [nb1, nr], '江宁区 2022 revenue: adjusted budget 200.12亿, result 202.96亿 (101.42%): met')
S.rel('target', MS, [nb0, nr], '江宁区 2022 revenue: budget first set at 273.3亿, result 202.96亿 (74.3%): missed (the budget was cut after the VAT refunds)')
S.rel('target', MS, [ns2, ns], '江宁区 2022 spending: budget total 261.25亿, spent 251.45亿 (96.3%): below plan')
S.rel('target', U, [ns0, ns], 'spending first planned from own resources 219.78 vs 251.45 spent: the budget was raised twice (263.68, then 261.25); spending above the first figure is not "met"')
S.rel('share', U, [ns, ns1, nsp], 'the 96.3% is against the final budget total 261.25, not the 263.68 approved by the standing committee (which would give 95.4%): different denominators')
S.rel('growth', U, [nr, F(JN, '23.5%')], 'revenue −23.5%: the 2021 level is not stated')
S.rel('sum', U, [nr, F(JN, '250.9亿元')], 'revenue with refunds added back 250.9 vs 202.96: the refund amount (47.94) is not stated; the −8.9% has an unstated base')
a = ALT(JN, 1, nrp, '104.42%', 'revenue as % of adjusted budget 101.42 → 104.42')
S.rel('share', I, [on(a, nr), on(a, nb1), on(a, nrp, '104.42%')], 'altered: 202.96/200.12 = 101.42%, not 104.42 (breaks {B})')
a = ALT(JN, 2, nlp, '72.4%', 'livelihood share 75.4 → 72.4')
S.rel('share', I, [on(a, nl), on(a, ns), on(a, nlp, '72.4%')], 'altered: 189.5/251.45 = 75.4%, not 72.4 (breaks {B})')
a = ALT(JN, 3, ntp, '83.6%', 'tax share 85.6 → 83.6')
S.rel('share', I, [on(a, ntax), on(a, nr), on(a, ntp, '83.6%')], 'altered: 173.65/202.96 = 85.6%, not 83.6 (breaks {B})')

# ---- 湖北 1979/80 cotton year (人民日报 1980-10-31, province)
S.rel('target', M, [F(HB, '40万担'), F(HB, '40.6万担')], '湖北 cotton allocation to 上海, cotton year Sep 1979–Aug 1980: plan 40万担, delivered 40.6万担: met')
S.rel('target', M, [F(HB, '26万担'), F(HB, '26.1万担')], '湖北 allocation to 北京, same year: plan 26万担, delivered 26.1万担: met')
S.rel('sum', U, [F(HB, '40.6万担'), F(HB, '26.1万担'), F(HB, '397万担')], '上海 40.6 + 北京 26.1 are two of 22 recipients of 397万担: subsets, not a split')
S.rel('share', U, [F(HB, '895万担'), F(HB, '891万担')], 'produced 895 and purchased 891万担: no share or relation stated')
S.rel('growth', U, [F(HB, '397万担'), F(HB, '20%')], '397万担, +20% on the previous year: the previous year\'s level is not stated')

# ---- 闵行区 (上海) 2012 government work report, review of 2007–2011 (district)
mg = F(MH, '11.9%'); mf = F(MH, '13.8%'); mq = F(MH, '15.3%'); m1 = F(MH, '1483亿元'); m2 = F(MH, '434亿元'); m3 = F(MH, '139亿元')
mx1 = F(MH, '1.75倍'); mx2 = F(MH, '1.91倍'); mx3 = F(MH, '2倍', pre='和')
m3i = F(MH, '542亿元'); m3p = F(MH, '36.5%')
S.rel('growth', C, [mg, mx1], 'GDP 11.9% a year over 2006→2011 (5 steps): 1.119^5 = 1.754 → 1.75倍')
S.rel('growth', C, [mf, mx2], 'total fiscal revenue 13.8% a year: 1.138^5 = 1.909 → 1.91倍')
S.rel('growth', C, [mq, mx3], 'district-level revenue 15.3% a year: 1.153^5 = 2.04 → 2倍')
S.rel('share', C, [m3i, m1, m3p], 'tertiary 542 / GDP 1483 = 36.55% → 36.5')
S.rel('share', U, [F(MH, '1134亿元'), F(MH, '28.3%')], 'high-tech output 1134 = 28.3% of industrial output: the industrial total (about 4007) is not stated')
S.rel('growth', U, [m3p, F(MH, '9.6个')], 'tertiary share 36.5, 9.6 points above 2006: the 2006 share is not stated')
S.rel('sum', U, [m2, m3, m1], 'total fiscal revenue 434 and district revenue 139 (a part of it) vs GDP 1483: different aggregates; no sum')
a = ALT(MH, 1, mx1, '1.57倍', 'GDP 2011/2006 ratio 1.75 → 1.57')
S.rel('growth', I, [on(a, mg), on(a, mx1, '1.57倍')], 'altered: 1.119^5 = 1.75, not 1.57 (breaks {B})')
a = ALT(MH, 2, m3p, '38.5%', 'tertiary share 36.5 → 38.5')
S.rel('share', I, [on(a, m3i), on(a, m1), on(a, m3p, '38.5%')], 'altered: 542/1483 = 36.5%, not 38.5 (breaks {B})')


# ---- further traps (and one cross-document count) added after the first pass
S.rel('share', U, [sup[0], sd216 := F(SD, '216.96亿立方米', n=0), ws], 'local surface supply 33.5% of 216.96 (≈72.7) vs surface water resources 391.08: supply and resources are different concepts; no share of one in the other is stated')
S.rel('restatement', U, [r22, F(ZB11, '819.7mm', n=0)], '山东 2022 provincial rainfall 878.0 mm vs 淄博 2011 city rainfall 819.7 mm: other place and year')
S.rel('growth', U, [zt, yt], '淄博 water resources 197389 (2011) vs 89409 (2015): four years apart, no rate stated; rainfall-driven levels, nothing to check')
S.rel('share', U, [F(ZB11, '1175.9mm'), F(ZB11, '819.7mm', n=0)], 'the wettest gauge (1175.9 mm) vs the city average 819.7: a point value, not a share of the average')
S.rel('growth', U, [F(ZB11, '8.3%'), F(ZB11, '40.4%'), F(ZB11, '24.6%', n=1)], 'county departures from normal (高青 −8.3%, others +3.9 to +40.4%) vs the city +24.6%: county weights not stated')
S.rel('growth', U, [jbed[4], F(JS, '8個', pre='較上年增加')], 'hospitals with 800+ beds 126, up 8: the 2018 count (118) is implied, not stated; nothing to check')
S.rel('sum', U, [F(JS, '118個'), F(JS, '105個'), jp], 'CDCs 118 + supervision agencies 105 = 223 of 685 public-health institutions: the list is not exhaustive; not a split')
S.rel('growth', U, [qsg, F(ZQ1, '3.6个')], 'services +6.4%, 3.6 points faster than 2022 as a whole: the 2022 rate is not stated')
S.rel('growth', U, [F(ZQ1, '11.6%'), F(ZQ1, '10.5个')], 'accommodation and catering +11.6%, 10.5 points faster than 2022: the 2022 rate is not stated')
S.rel('growth', U, [F(SH05, '36.08亿美元'), F(SH05, '16.8%')], 'tourism foreign-exchange income 36.08亿美元, +16.8%: the 2004 level is not stated')
S.rel('growth', U, [F(SH06, '100万人次', n=0), v600, v2x], '1992 100万 → 2006 600万 is ×6, not 翻两番: the article counts the 翻两番 from the 1997 level (150万); as a 1992 relation it is not what the text claims')
S.rel('sum', U, [F(FJ17, '209公里'), F(FJ17, '735公里'), F(FJ17, '395公里')], 'expressways to be completed 209 km, continued 735 km, started 395 km: stages of different projects, not parts of a total')
S.rel('restatement', U, [F(FJ18, '113公里'), F(FJ18, '225公里')], 'new expressway mileage opened 113 km vs 3 projects 225 km 建成 (one is the 天宝–蛟洋 widening, which adds no new mileage): different indicators')
S.rel('restatement', U, [p[0], F(FJ18, '290亿')], '2017 expressway plan 320亿 vs 2018 expressway plan 290亿: other year')
S.rel('share', U, [F(JX22, '5104.5萬'), garea], 'rice sown area 5104.5 of grain area 5664.5万亩 (90.1%): no share stated')
S.rel('restatement', U, [ery, ky], 'early-rice yield 379.6 kg vs all-grain yield 388.3 kg per mu (2023): different crops')
S.rel('rate', U, [er, ery], 'early-rice output 684.5万吨 / yield 379.6 kg = area ≈1803万亩: the area is not stated (only "稳中略降"); not a check')
S.rel('target', U, [nb1, ns], '江宁 adjusted revenue budget 200.12 vs spending 251.45: different indicators')
S.rel('sum', U, [F(HB, '5万担', pre='多调出'), F(HB, '1万担', pre='多调出')], 'grades 1–4 delivered 5万担 and grade 5 1万担 above plan, for all recipients: the plans are not stated, and the 上海/北京 overshoots (0.6 + 0.1) are of another scope; not a check')
S.rel('restatement', C, [F(JX22, '10年'), F(JX23, '11年', n=0)], '江西 grain at 430亿斤 or more: 连续10年 through 2022 (2022 doc), 连续11年 through 2023 (2023 doc, 439.7 ≥ 430)')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

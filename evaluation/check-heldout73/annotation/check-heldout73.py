"""Check key, set check-heldout73. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout73.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout73'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

QH18='qh_2018h1.txt'; QH20='qh_2020h1.txt'; JX21='jx_2021q1.txt'; JX23='jx_2023q1.txt'; SX='sx_2025q3_hant.txt'; ZY='zy_2019b.txt'
YN='yn_2022m7.txt'; YZ='yz_2020.txt'; NC='nc_2025m2.txt'; GD='gd_2012m7_hant.txt'; DX='dx_2020.txt'; XZI='xz_income_2021_hant.txt'
XZ21='xz_2021_hant.txt'; HI='hi_2018_trade.txt'; WC='wc_2019.txt'; SN='sn_2021.txt'; JS='js_2021.txt'; NN='nn_1992.txt'; LQ='lq_1985.txt'
FJ='fj_2021q1.txt'; TR='tr_2021h1_hant.txt'

# ---- 云南 Jan–Jul 2022 (province, monthly release, news): all traps, no altered copy
S.rel('growth', U, [F(YN, '8.4%'), F(YN, '0.2个')], 'Jan–Jul industry +8.4%, 0.2 points above H1: the H1 rate is not stated')
S.rel('growth', U, [F(YN, '9.4%'), F(YN, '5.9个')], 'July industry +9.4%, 5.9 points above June: the June rate is not stated')
S.rel('growth', U, [F(YN, '11.8%'), F(YN, '8.3%'), F(YN, '7.6%', pre='供应业增长'), F(YN, '8.4%')], 'mining/manufacturing/utilities rates vs all industry 8.4%: the weights are not stated; not a check')
S.rel('restatement', U, [F(YN, '20.6%'), F(YN, '20.6个')], 'electrolytic aluminium +20.6% vs tea growth 20.6 points faster than H1: same number, different indicators')
S.rel('growth', U, [F(YN, '7.4%'), F(YN, '0.6个', pre='回落')], 'investment +7.4%, 0.6 points below H1: the H1 rate is not stated')
S.rel('share', U, [F(YN, '785.11亿元'), F(YN, '1714.70亿元')], 'profits 785.11 inside 利税 1714.70: a subset; no share is stated')

# ---- 宜州区 2020 (district of 河池, 广西; statistical bulletin)
yt = F(YZ, '123.21亿元'); y1 = F(YZ, '48.07亿元'); y2 = F(YZ, '20.60亿元'); y3 = F(YZ, '54.54亿元')
ys1 = F(YZ, '39.0%'); ys2 = F(YZ, '16.7%'); ys3 = F(YZ, '44.3%')
yc1 = F(YZ, '75.3%'); yc2 = F(YZ, '-14.5%'); yc3 = F(YZ, '39.2%'); yg = F(YZ, '2.1%')
yp1 = F(YZ, '1.6', post='、-0.3'); yp2 = F(YZ, '-0.3'); yp3 = F(YZ, '0.8', post='个百分点。')
ypop = F(YZ, '67.04万人'); yurb = F(YZ, '14.48万人'); yur = F(YZ, '21.61%'); ym = F(YZ, '34.70万人'); yf = F(YZ, '32.34万人')
sum_yz = [y1, y2, y3, yt]
S.rel('sum', C, sum_yz, '48.07 + 20.60 + 54.54 = 123.21')
S.rel('share', C, [y1, yt, ys1], '48.07/123.21 = 39.01% → 39.0')
S.rel('share', C, [y2, yt, ys2], '20.60/123.21 = 16.72% → 16.7')
S.rel('share', C, [y3, yt, ys3], '54.54/123.21 = 44.27% → 44.3')
S.rel('sum', C, [yc1, yc2, yc3], 'contributions 75.3 − 14.5 + 39.2 = 100')
S.rel('sum', C, [yp1, yp2, yp3, yg], 'pulls 1.6 − 0.3 + 0.8 = 2.1 = GDP growth')
S.rel('rate', C, [yc1, yg, yp1], 'pull = contribution × growth: 75.3% × 2.1 = 1.58 → 1.6')
S.rel('sum', C, [ym, yf, ypop], 'male 34.70 + female 32.34 = 67.04')
S.rel('share', C, [yurb, ypop, yur], '14.48/67.04 = 21.599%; with the half-unit allowance (14.485/67.035 = 21.608) 21.61 is inside')
S.rel('share', C, [F(YZ, '9.40亿元'), yt, F(YZ, '7.63%')], 'fiscal revenue 9.40/123.21 = 7.63%')
S.rel('share', U, [yc1, ys1], 'primary contribution 75.3% vs primary share 39.0%: contribution is not share')
S.rel('growth', U, [F(YZ, '3.9%', n=1), F(YZ, '10.7%'), F(YZ, '2.9%'), F(YZ, '3.7%')], 'CPI +3.9% vs component changes: basket weights are not stated')
a = ALT(YZ, 1, y2, '20.80亿元', 'secondary value added 20.60 → 20.80')
S.rel('sum', I, R(a, sum_yz, y2, '20.80亿元'), 'altered: parts add to 123.41, not 123.21 (breaks {B})')
S.rel('share', I, [on(a, y2, '20.80亿元'), on(a, yt), on(a, ys2)], 'altered: 20.80/123.21 = 16.88% → 16.9, not 16.7 (breaks {B})')
a = ALT(YZ, 2, yur, '21.81%', 'urban share of registered population 21.61 → 21.81')
S.rel('share', I, [on(a, yurb), on(a, ypop), on(a, yur, '21.81%')], 'altered: 14.48/67.04 = 21.60%, not 21.81 (breaks {B})')

# ---- 南昌 Jan–Feb 2025 (prefecture city, 江西; statistics bureau monthly analysis)
nhi = F(NC, '26.0%'); nind = F(NC, '8.0%'); ngap = F(NC, '18.0个')
np1 = F(NC, '146种'); np2 = F(NC, '68种'); npp = F(NC, '46.6%')
S.rel('growth', C, [nhi, nind, ngap], 'high-tech and equipment industries +26.0% − all industry 8.0% = 18.0 points')
S.rel('share', C, [np2, np1, npp], '68 of 146 products = 46.58% → 46.6')
S.rel('share', U, [F(NC, '35个'), F(NC, '21个'), F(NC, '14个')], '21 of 35 industries grew and 14 grew at two digits: nested counts, not a split; no share stated')
S.rel('growth', U, [F(NC, '12.9%'), F(NC, '35.0%'), F(NC, '0.7%', pre='第三产业投资下降'), F(NC, '5.0%')], 'investment by sector vs total +5.0%: sector weights are not stated')
S.rel('growth', U, [F(NC, '5.7%'), F(NC, '21.7%'), F(NC, '23.8%'), F(NC, '5.0%')], 'state −5.7% and non-state +21.7% (private +23.8% inside it) vs total: weights not stated; private is a subset')
a = ALT(NC, 1, ngap, '19.0个', 'gap of high-tech over all industry 18.0 → 19.0 points')
S.rel('growth', I, [on(a, nhi), on(a, nind), on(a, ngap, '19.0个')], 'altered: 26.0 − 8.0 = 18.0, not 19.0 (breaks {B})')
a = ALT(NC, 2, npp, '48.6%', 'share of products growing 46.6 → 48.6')
S.rel('share', I, [on(a, np2), on(a, np1), on(a, npp, '48.6%')], 'altered: 68/146 = 46.6%, not 48.6 (breaks {B})')

# ---- 广东, a 珠三角 prefecture city with 7 county-level units (not named), Jan–Jul 2012 finance release
gt = F(GD, '1,392,476萬元'); gc = F(GD, '541,412萬元'); gx = F(GD, '851,064萬元')
gdt = F(GD, '249,885萬元'); gdc = F(GD, '72,266萬元'); gdx = F(GD, '177,619萬元')
grt = F(GD, '21.87%'); grc = F(GD, '15.40%'); grx = F(GD, '26.37%')
gm = F(GD, '170,024萬元'); gmd = F(GD, '41,823萬元'); gmr = F(GD, '32.62%')
S.rel('sum', C, [gc, gx, gt], 'city level 541,412 + counties 851,064 = 1,392,476')
S.rel('sum', C, [gdc, gdx, gdt], 'increases 72,266 + 177,619 = 249,885')
S.rel('growth', C, [gdt, gt, grt], '249,885/(1,392,476 − 249,885) = 21.87%')
S.rel('growth', C, [gdc, gc, grc], '72,266/(541,412 − 72,266) = 15.40%')
S.rel('growth', C, [gdx, gx, grx], '177,619/(851,064 − 177,619) = 26.37%')
S.rel('growth', C, [gmd, gm, gmr], 'July: 41,823/(170,024 − 41,823) = 32.62%')
S.rel('growth', C, [F(GD, '218,447萬元'), F(GD, '1,655,028萬元'), F(GD, '15.21%')], 'spending: 218,447/(1,655,028 − 218,447) = 15.21%')
S.rel('growth', C, [grt, F(GD, '15.97%'), F(GD, '6個')], '21.87 − 15.97 = 5.90 ≈ 6 points (whole number stated)')
S.rel('share', U, [gm, gt], 'July revenue 170,024 inside Jan–Jul 1,392,476: no share stated')
S.rel('restatement', U, [grc, F(GD, '15.97%')], 'city-level +15.40% vs provincial average +15.97%: different scopes')
a = ALT(GD, 1, gdx, '172,619萬元', 'county revenue increase 177,619 → 172,619')
S.rel('sum', I, [on(a, gdc), on(a, gdx, '172,619萬元'), on(a, gdt)], 'altered: 72,266 + 172,619 = 244,885, not 249,885 (breaks {B})')
S.rel('growth', I, [on(a, gdx, '172,619萬元'), on(a, gx), on(a, grx)], 'altered: 172,619/(851,064 − 172,619) = 25.44%, not 26.37 (breaks {B})')
a = ALT(GD, 2, gmr, '38.62%', 'July revenue growth 32.62 → 38.62')
S.rel('growth', I, [on(a, gmd), on(a, gm), on(a, gmr, '38.62%')], 'altered: 41,823/128,201 = 32.62%, not 38.62 (breaks {B})')

# ---- 当雄县 (拉萨, 西藏) 农业农村局 work summary 2020
dtot = F(DX, '53.8534万头'); dy = F(DX, '32.0156万头'); ds = F(DX, '15.7742万只'); dg = F(DX, '5.6147万只'); dh = F(DX, '4586匹')
do = F(DX, '3323'); do1 = F(DX, '2394头'); do2 = F(DX, '798只'); do3 = F(DX, '131只')
db = F(DX, '74818'); dl = F(DX, '74257'); dlr = F(DX, '99.25%')
S.rel('sum', I, [dy, ds, dg, dh, dtot], 'REAL ERROR in the original: yak 32.0156 + sheep 15.7742 + goats 5.6147 + horses 0.4586 = 53.8631万, more than the stated total 53.8534万 (97 head over); other kinds would only add')
sum_dxo = [do1, do2, do3, do]
S.rel('sum', C, sum_dxo, 'slaughter 2394 + 798 + 131 = 3323')
S.rel('share', C, [dl, db, dlr], 'survival 74257/74818 = 99.25%')
S.rel('share', U, [F(DX, '8214'), F(DX, '1.73%')], 'death rate 1.73%: the base is not stated (8214/538534 stock = 1.53%)')
S.rel('restatement', U, [F(DX, '10家', n=0), F(DX, '50万元', n=0), F(DX, '10家', n=1), F(DX, '50万元', n=1)], '10 co-ops/50万 (市级示范社 2017–2019) and 10 co-ops/50万 (两创百家 2019): two different awards, not the same figure restated')
a = ALT(DX, 1, do2, '793只', 'sheep slaughtered 798 → 793')
S.rel('sum', I, R(a, sum_dxo, do2, '793只'), 'altered: 2394 + 793 + 131 = 3318, not 3323 (breaks {B})')
a = ALT(DX, 2, dlr, '99.75%', 'survival rate 99.25 → 99.75')
S.rel('share', I, [on(a, dl), on(a, db), on(a, dlr, '99.75%')], 'altered: 74257/74818 = 99.25%, not 99.75 (breaks {B})')

# ---- 西藏 rural income, 70 years (Xinhua, 2021-05-24; traditional)
x65 = F(XZI, '108元'); x78 = F(XZI, '174元'); x93 = F(XZI, '703元'); x11 = F(XZI, '4885元')
xa1 = F(XZI, '3.7%'); xb = F(XZI, '3.0倍'); xa2 = F(XZI, '9.8%'); xc = F(XZI, '5.9倍'); xa3 = F(XZI, '11.4%')
x20 = F(XZI, '12.7%'); xtgt = F(XZI, '13%', pre='增收')
S.rel('growth', C, [x65, x78, xa1], '108 → 174 over 1965–1978 (13 steps): 3.74% a year → 3.7')
S.rel('growth', C, [x78, x93, xb], '703/174 = 4.04: 增长3.04倍 → 3.0倍')
S.rel('growth', C, [x78, x93, xa2], '174 → 703 over 1978–1993 (15 steps): 9.76% a year → 9.8')
S.rel('growth', C, [x93, x11, xc], '4885/703 = 6.95: 增长5.95倍 → 5.9倍 (5.9488 rounds down)')
S.rel('growth', C, [x93, x11, xa3], '703 → 4885 over 1993–2011 (18 steps): 11.37% a year → 11.4')
S.rel('target', CT, [xtgt, x20], '13% rural-income "hard indicator" vs 2020 result +12.7%: the passage does not say the 13% was the 2020 target (it is stated as standing policy in May 2021); cannot tell')
a = ALT(XZI, 1, xa1, '3.2%', 'yearly growth 1965–1978 3.7 → 3.2')
S.rel('growth', I, [on(a, x65), on(a, x78), on(a, xa1, '3.2%')], 'altered: 108 → 174 in 13 years is 3.7% a year, not 3.2 (breaks {B})')
a = ALT(XZI, 2, xc, '6.9倍', 'rise 1993–2011 5.9倍 → 6.9倍')
S.rel('growth', I, [on(a, x93), on(a, x11), on(a, xc, '6.9倍')], 'altered: 4885/703 = 6.95, i.e. 增长5.9倍, not 6.9倍 (breaks {B})')

# ---- 西藏 2021 economy release (news, 2022-01-28; traditional); cross-document with the income article
zr = F(XZ21, '16%'); zrd = F(XZ21, '3.3個', pre='增速比上年加快'); zu = F(XZ21, '13%'); zhb = F(XZ21, '3.3個', pre='湖北')
S.rel('growth', C, [zr, zrd, x20], 'rural income 2021 +16%, 3.3 points faster than 2020; the income article gives 2020 +12.7%: 16 − 12.7 = 3.3')
S.rel('target', M, [xtgt, zr], 'rural-income growth "13% hard indicator" (stated May 2021) vs 2021 result +16%: met')
S.rel('target', U, [xtgt, zu], 'the 13% target is for rural income; urban income +13% in 2021 is another indicator')
S.rel('growth', U, [F(XZ21, '6.7%'), F(XZ21, '7.2%')], 'GDP +6.7% with a two-year average 7.2%: the 2020 rate is not stated in the passage')
S.rel('growth', U, [zu, F(XZ21, '4.8個')], 'urban +13%, 4.8 points above the national average: the national rate is not stated')
S.rel('growth', U, [zr, F(XZ21, '5.5個')], 'rural +16%, 5.5 points above the national average: not stated')
S.rel('restatement', U, [zhb, zrd], '3.3 points (urban, ahead of 湖北) and 3.3 points (rural, faster than 2020): same number, different quantities')
S.rel('restatement', U, [x20, F(TR, '12.7%')], '西藏 rural income 2020 +12.7% vs national GDP H1 2021 12.7% (in the 铜仁 text): other place, period and indicator')
a = ALT(XZ21, 1, zrd, '3.8個', 'acceleration of rural income growth 3.3 → 3.8 points')
S.rel('growth', I, [on(a, zr), on(a, zrd, '3.8個'), x20], 'altered: 16 − 12.7 = 3.3, not 3.8 (breaks {B})')

# ---- 海南 2018 statistical bulletin, sections 4–5 (province; 中国经济网 copy)
ht = F(HI, '848.96亿元'); he = F(HI, '297.67亿元'); hm = F(HI, '551.29亿元'); hg = F(HI, '20.8%'); heg = F(HI, '0.7%'); hmg = F(HI, '35.4%')
hf = [F(HI, '167家'), F(HI, '52家'), F(HI, '109家'), F(HI, '3家', pre='股份制企业'), F(HI, '2家', pre='中外合作企业'), F(HI, '1家', pre='合作开发企业')]
sum_hi = [he, hm, ht]
S.rel('sum', C, sum_hi, 'exports 297.67 + imports 551.29 = 848.96')
S.rel('growth', C, [he, heg, hm, hmg, ht, hg], 'last year: 297.67/1.007 + 551.29/1.354 = 702.76; 848.96/702.76 = +20.8%')
S.rel('sum', C, [hf[1], hf[2], hf[3], hf[4], hf[5], hf[0]], 'new foreign-invested firms 52 + 109 + 3 + 2 + 1 = 167')
S.rel('sum', U, [F(HI, '38.57亿元'), F(HI, '14.76亿元'), F(HI, '12.70亿元'), F(HI, '16.75亿元'), F(HI, '17.36亿元'), F(HI, '104.11亿元'), he], 'exports to six destinations add to 204.25: a selection of markets, not a split of 297.67')
S.rel('sum', U, [F(HI, '74.20亿元'), F(HI, '75.73亿元'), he], 'general and processing trade 149.93 vs exports 297.67: other trade modes exist; not a split')
S.rel('sum', U, [F(HI, '35.34亿元'), F(HI, '15.99亿元'), F(HI, '33.46亿元'), F(HI, '122.48亿元'), he], 'export commodities overlap (high-tech inside 机电) and omit others: not a split')
a = ALT(HI, 1, hm, '557.29亿元', 'imports 551.29 → 557.29')
S.rel('sum', I, R(a, sum_hi, hm, '557.29亿元'), 'altered: 297.67 + 557.29 = 854.96, not 848.96 (breaks {B})')
S.rel('growth', I, [on(a, he), on(a, heg), on(a, hm, '557.29亿元'), on(a, hmg), on(a, ht), on(a, hg)], 'altered: with imports 557.29 (+35.4%) exports and imports add to 854.96, and 848.96 over last year’s 707.2 is +20.0%, not 20.8 (breaks {B})')
a = ALT(HI, 2, hf[1], '56家', 'Sino-foreign joint ventures 52 → 56')
S.rel('sum', I, [on(a, hf[1], '56家'), on(a, hf[2]), on(a, hf[3]), on(a, hf[4]), on(a, hf[5]), on(a, hf[0])], 'altered: 56 + 109 + 3 + 2 + 1 = 171, not 167 (breaks {B})')

# ---- 文昌 (county-level city, 海南) 2019: newspaper write-up of the 2020 work report
w19 = [F(WC, '34.1'), F(WC, '20.5'), F(WC, '45.4')]; w18 = [F(WC, '33.5'), F(WC, '21.6'), F(WC, '44.9')]
S.rel('sum', C, w18, '2018 structure 33.5 + 21.6 + 44.9 = 100')
S.rel('sum', C, w19, '2019 structure 34.1 + 20.5 + 45.4 = 100')
S.rel('growth', C, [w18[2], w19[2], F(WC, '0.5个', n=1)], 'tertiary share 44.9 → 45.4: +0.5 points')
S.rel('restatement', U, [F(WC, '5.8%', n=0), F(WC, '5.8%', n=1), F(WC, '5.8%', n=2)], '5.8% three times: investment, retail sales and tertiary value added — different indicators')
S.rel('growth', U, [F(WC, '5.8%', n=1), F(WC, '0.5个', n=0)], 'retail +5.8%, 0.5 points above the province: the provincial rate is not stated')
S.rel('growth', U, [F(WC, '8.3%'), F(WC, '8.4%'), F(WC, '0.3'), F(WC, '0.4个')], 'incomes 0.3 and 0.4 points above the province: provincial rates not stated')
S.rel('share', U, [F(WC, '60.9亿元'), F(WC, '83.8%')], 'livelihood spending 60.9 = 83.8% of spending: total spending is not stated (72.7 implied)')
S.rel('restatement', U, [F(WC, '0.5个', n=0), F(WC, '0.5个', n=1)], '0.5 points (retail vs province) and 0.5 points (tertiary share rise): different quantities')
a = ALT(WC, 1, w18[2], '43.9', '2018 tertiary share 44.9 → 43.9')
S.rel('sum', I, R(a, w18, w18[2], '43.9'), 'altered: 33.5 + 21.6 + 43.9 = 99.0, not 100 (breaks {B})')
S.rel('growth', I, [on(a, w18[2], '43.9'), on(a, w19[2]), on(a, F(WC, '0.5个', n=1))], 'altered: 43.9 → 45.4 is +1.5 points, not 0.5 (breaks {B})')
a = ALT(WC, 2, w19[1], '21.5', '2019 secondary share 20.5 → 21.5')
S.rel('sum', I, R(a, w19, w19[1], '21.5'), 'altered: 34.1 + 21.5 + 45.4 = 101.0, not 100 (breaks {B})')

# ---- 绥宁县 (邵阳, 湖南) 2021 final accounts report
st = F(SN, '32916万元'); sb = F(SN, '32125万元'); sr = F(SN, '102.46%'); sdi = F(SN, '4677万元'); sgr = F(SN, '16.56%')
sl = F(SN, '20920万元', n=0); sc = F(SN, '9491万元'); sp = F(SN, '2505万元'); slr = F(SN, '107.71%')
sin = [F(SN, '20920万元', n=1), F(SN, '234732万元'), F(SN, '52600万元'), F(SN, '7990万元'), F(SN, '780万元'), F(SN, '54995万元'), F(SN, '372017万元', n=0)]
sout = [F(SN, '320628万元'), F(SN, '4024万元'), F(SN, '39162万元'), F(SN, '8203万元'), F(SN, '372017万元', n=1)]
sld = F(SN, '3051万元'); slg = F(SN, '17.07%'); snt = F(SN, '6275万元'); snr = F(SN, '29.99%'); slim = F(SN, '30%')
sum_sn = [sl, sc, sp, st]
S.rel('sum', C, sum_sn, 'local 20920 + central 9491 + provincial 2505 = 32916')
S.rel('share', C, [st, sb, sr], '32916/32125 = 102.46%')
S.rel('target', M, [sb, st], 'adjusted budget 32125万元 vs revenue 32916万元: met (102.46%)')
S.rel('growth', C, [sdi, st, sgr], '4677/(32916 − 4677) = 16.56%')
S.rel('sum', C, sin, 'revenue side 20920 + 234732 + 52600 + 7990 + 780 + 54995 = 372017')
S.rel('sum', C, sout, 'spending side 320628 + 4024 + 39162 + 8203 = 372017')
S.rel('restatement', C, [sin[6], sout[4]], 'revenue total = spending total = 372017 (收支平衡)')
S.rel('restatement', C, [sl, sin[0], F(SN, '20920万元', n=2)], 'local revenue 20920 stated three times')
S.rel('growth', C, [sld, F(SN, '20920万元', n=2), slg], '3051/(20920 − 3051) = 17.07%')
S.rel('share', C, [snt, F(SN, '20920万元', n=2), snr], '6275/20920 = 29.995%: rounds to 30.00, but with the half-unit allowance (6274.5/20920.5 = 29.992) 29.99 is inside')
S.rel('target', M, [slim, snr], 'non-tax share limit "30%以内" (province rule) vs 29.99%: met')
S.rel('target', M, [sl, slr], 'local revenue 20920 = 107.71% of the adjusted local budget: met (budget not stated, 19422 implied)')
S.rel('target', U, [sb, sl], 'adjusted budget 32125 is for total revenue; local revenue 20920 is another indicator')
S.rel('growth', U, [sdi, sld], 'total increase 4677 and local increase 3051: nested scopes; the 1626 difference is not stated anywhere')
a = ALT(SN, 1, sc, '9421万元', 'revenue passed to the centre 9491 → 9421')
S.rel('sum', I, R(a, sum_sn, sc, '9421万元'), 'altered: 20920 + 9421 + 2505 = 32846, not 32916 (breaks {B})')
a = ALT(SN, 2, slg, '17.67%', 'local revenue growth 17.07 → 17.67')
S.rel('growth', I, [on(a, sld), on(a, F(SN, '20920万元', n=2)), on(a, slg, '17.67%')], 'altered: 3051/17869 = 17.07%, not 17.67 (breaks {B})')
a = ALT(SN, 3, sin[1], '234782万元', 'grants from above 234732 → 234782')
S.rel('sum', I, R(a, sin, sin[1], '234782万元'), 'altered: revenue side adds to 372067, not 372017 (breaks {B})')

# ---- 吉首市 (湘西州, 湖南) 2021 budget execution report
jl = F(JS, '113718万元', n=0); jlg = F(JS, '4.64%', n=0)
jin = [jl, F(JS, '205476万元'), F(JS, '40397万元'), F(JS, '10717万元'), F(JS, '39120万元'), F(JS, '24680万元'), F(JS, '434108万元', n=0)]
jout = [F(JS, '354949万元'), F(JS, '8395万元'), F(JS, '33062万元'), F(JS, '8215万元'), F(JS, '29487万元'), F(JS, '434108万元', n=1)]
j2y = F(JS, '9.56%'); jav = F(JS, '4.67%')
S.rel('sum', C, jin, 'revenue side 113718 + 205476 + 40397 + 10717 + 39120 + 24680 = 434108')
S.rel('sum', C, jout, 'spending side 354949 + 8395 + 33062 + 8215 + 29487 = 434108')
S.rel('restatement', C, [jin[6], jout[5]], 'revenue total = spending total = 434108')
S.rel('restatement', C, [jl, F(JS, '113718万元', n=1)], 'local revenue 113718 stated twice')
S.rel('restatement', C, [jlg, F(JS, '4.64%', n=1)], 'local revenue growth 4.64% stated twice')
S.rel('growth', C, [j2y, jav], 'two-year average of +9.56%: √1.0956 = 1.04671 → 4.67%')
S.rel('target', M, [jl, F(JS, '101.65%')], 'local revenue 113718 = 101.65% of budget: met')
S.rel('target', MS, [jout[0], F(JS, '92.33%')], 'spending 354949 = 92.33% of budget: below plan (missed), as keyed for spending in earlier sets')
S.rel('growth', U, [F(JS, '171357万元'), F(JS, '0.59%'), F(JS, '113718万元', n=1), F(JS, '4.64%', n=1)], 'total revenue +0.59% vs local revenue +4.64%: the upper-level share is not stated; nested scopes')
S.rel('restatement', U, [F(JS, '4.64%', n=1), jav], '4.64% (2021 over 2020) and 4.67% (two-year average over 2019): close but different quantities')
a = ALT(JS, 1, jin[2], '40897万元', 'debt on-lending revenue 40397 → 40897')
S.rel('sum', I, R(a, jin, jin[2], '40897万元'), 'altered: revenue side adds to 434608, not 434108 (breaks {B})')
a = ALT(JS, 2, jav, '4.87%', 'two-year average 4.67 → 4.87')
S.rel('growth', I, [on(a, j2y), on(a, jav, '4.87%')], 'altered: √1.0956 = 1.0467, i.e. 4.67%, not 4.87 (breaks {B})')

# ---- 南宁地区 (广西) 1992: description of the prefecture (1990s survey book)
nt = F(NN, '530.7万人'); nz = F(NN, '351.3万人'); nzr = F(NN, '66.2%'); na = F(NN, '479.25万人'); nar = F(NN, '90.3%')
nc1 = F(NN, '40.8万公顷'); nw = F(NN, '20.9万公顷'); nd = F(NN, '19.9万公顷')
S.rel('share', C, [nz, nt, nzr], 'Zhuang 351.3/530.7 = 66.20%')
S.rel('share', C, [na, nt, nar], 'agricultural population 479.25/530.7 = 90.31% → 90.3')
S.rel('sum', C, [nw, nd, nc1], 'paddy 20.9 + dry land 19.9 = 40.8万公顷 cultivated')
S.rel('rate', C, [nc1, F(NN, '247.91万人'), F(NN, '0.16公顷')], '40.8万公顷 / 247.91万 farm labourers = 0.165 → 0.16 公顷 each')
S.rel('sum', C, [F(NN, '48.65万公顷'), F(NN, '300公顷'), F(NN, '5 500公顷'), F(NN, '49.22万公顷')], '48.65 + 0.03 + 0.55 = 49.23; with the half-unit of 48.65 the sum can be 49.225, inside 49.22 (judgement call)')
S.rel('sum', U, [nzr, nar], 'Zhuang 66.2% and agricultural 90.3% overlap: not a split of the population')
S.rel('sum', U, [nc1, F(NN, '47.8万公顷'), F(NN, '49.22万公顷'), F(NN, '297.05万公顷')], 'cultivated + forest + wasteland vs total area: other land uses; not a split')
a = ALT(NN, 1, nz, '357.3万人', 'Zhuang population 351.3 → 357.3')
S.rel('share', I, [on(a, nz, '357.3万人'), on(a, nt), on(a, nzr)], 'altered: 357.3/530.7 = 67.3%, not 66.2 (breaks {B})')
a = ALT(NN, 2, nd, '18.9万公顷', 'dry land 19.9 → 18.9')
S.rel('sum', I, [on(a, nw), on(a, nd, '18.9万公顷'), on(a, nc1)], 'altered: 20.9 + 18.9 = 39.8, not 40.8 (breaks {B})')

# ---- 临泉县 (安徽) finance 1949–1985, county gazetteer
lt = F(LQ, '24424万元'); l1 = F(LQ, '11085万元'); l2 = F(LQ, '10813万元'); l3 = F(LQ, '2526万元')
lr1 = F(LQ, '45.39%'); lr2 = F(LQ, '44.27%'); lr3 = F(LQ, '10.34%')
ls = F(LQ, '36106万元'); l10 = F(LQ, '9117万元', n=0); l10b = F(LQ, '9117万元', n=1); l10s = F(LQ, '22607万元')
sum_lq = [l1, l2, l3, lt]
S.rel('sum', C, sum_lq, 'agricultural tax 11085 + industry-commerce tax 10813 + other 2526 = 24424')
S.rel('share', C, [l1, lt, lr1], '11085/24424 = 45.39%')
S.rel('share', C, [l2, lt, lr2], '10813/24424 = 44.27%')
S.rel('share', C, [l3, lt, lr3], '2526/24424 = 10.34%')
S.rel('share', C, [F(LQ, '15498万元'), ls, F(LQ, '42.92%')], '15498/36106 = 42.92%')
S.rel('share', C, [F(LQ, '5566万元'), ls, F(LQ, '15.42%')], '5566/36106 = 15.42%')
S.rel('rate', I, [lt, F(LQ, '36年'), F(LQ, '679.28万元')], 'REAL ERROR in the original: 24424/36 = 678.44, not 679.28 (spending in the same sentence gives 36106/36 = 1002.94 exactly)')
S.rel('rate', C, [ls, F(LQ, '36年'), F(LQ, '1002.94万元')], '36106/36 = 1002.94')
S.rel('rate', C, [l10, F(LQ, '911.7万元')], '9117 over 10 years = 911.7 a year')
S.rel('rate', C, [l10s, F(LQ, '2260.7万元')], '22607 over 10 years = 2260.7 a year')
S.rel('growth', I, [lt, l10, F(LQ, '911.7万元'), F(LQ, '54.89%')], 'REAL SLIP in the original: earlier 26 years (24424 − 9117)/26 = 588.73 a year; 911.7/588.73 = +54.86%, stated 54.89 (outside the allowance by 0.02)')
S.rel('rate', C, [l10s, l10b, F(LQ, '2.48倍')], '22607/9117 = 2.480 times')
S.rel('sum', U, [F(LQ, '15498万元'), F(LQ, '5566万元'), ls], 'education-health-welfare and administration are two items of spending, not a split of 36106')
S.rel('restatement', U, [F(LQ, '1754万元'), lt], '1975 spending 1754 "close to the first five-year plan revenue": that revenue is not stated')
a = ALT(LQ, 1, l2, '10843万元', 'industry-commerce tax 10813 → 10843')
S.rel('sum', I, R(a, sum_lq, l2, '10843万元'), 'altered: 11085 + 10843 + 2526 = 24454, not 24424 (breaks {B})')
S.rel('share', I, [on(a, l2, '10843万元'), on(a, lt), on(a, lr2)], 'altered: 10843/24424 = 44.39%, not 44.27 (breaks {B})')
a = ALT(LQ, 2, F(LQ, '2.48倍'), '2.46倍', 'spending/revenue ratio 1976–1985 2.48 → 2.46')
S.rel('rate', I, [on(a, l10s), on(a, l10b), on(a, F(LQ, '2.48倍'), '2.46倍')], 'altered: 22607/9117 = 2.48, not 2.46 (breaks {B})')

# ---- 福建 Q1 2021 (province; news of the quarterly press conference)
f19 = F(FJ, '11.8%'); fav = F(FJ, '5.7%', pre='两年平均增长'); fn19 = F(FJ, '1.5个'); fnav = F(FJ, '0.7个')
i19 = F(FJ, '8.4%'); iav = F(FJ, '4.1%'); in19 = F(FJ, '2.5个'); inav = F(FJ, '1.2个')
S.rel('growth', C, [f19, fav], 'GDP +11.8% over Q1 2019: √1.118 = 1.0574 → two-year average 5.7%')
S.rel('growth', C, [f19, fn19, fav, fnav], 'national implied: 11.8 − 1.5 = 10.3% over 2019 → √1.103 = 5.0% a year = 5.7 − 0.7')
S.rel('growth', C, [i19, iav], 'investment +8.4% over Q1 2019: √1.084 = 1.0412 → 4.1%')
S.rel('growth', C, [i19, in19, iav, inav], 'national implied: 8.4 − 2.5 = 5.9% → √1.059 = 2.9% = 4.1 − 1.2')
S.rel('restatement', U, [fav, F(FJ, '5.7%', pre='分别比2019年同期增长')], 'two-year average GDP 5.7% vs primary value added 5.7% over 2019 (two-year cumulative): different quantities')
S.rel('growth', U, [F(FJ, '5.7%', pre='分别比2019年同期增长'), F(FJ, '10.4%'), F(FJ, '14.2%'), f19], 'sector growth over 2019 vs GDP 11.8%: sector weights not stated')
S.rel('growth', U, [F(FJ, '17.9%', n=1), F(FJ, '0.4个')], 'GDP +17.9%, 0.4 points below the nation: the national rate is not stated')
S.rel('growth', U, [F(FJ, '12.8%'), F(FJ, '18.7%')], 'all residents +12.8% with rural +18.7%: urban not stated; rural is a subset')
S.rel('share', U, [F(FJ, '35.3%'), F(FJ, '29.3%'), F(FJ, '30.5%')], 'manufacturing contribution 29.3% to investment growth: a contribution, its weight is not stated')
a = ALT(FJ, 1, fav, '6.7%', 'two-year average GDP growth 5.7 → 6.7')
S.rel('growth', I, [on(a, f19), on(a, fav, '6.7%')], 'altered: √1.118 gives 5.7% a year, not 6.7 (breaks {B})')
S.rel('growth', I, [on(a, f19), on(a, fn19), on(a, fav, '6.7%'), on(a, fnav)], 'altered: the nation’s implied 5.0% would be 6.7 − 0.7 = 6.0 (breaks {B})')
a = ALT(FJ, 2, iav, '4.6%', 'two-year average investment growth 4.1 → 4.6')
S.rel('growth', I, [on(a, i19), on(a, iav, '4.6%')], 'altered: √1.084 gives 4.1% a year, not 4.6 (breaks {B})')
S.rel('growth', I, [on(a, i19), on(a, in19), on(a, iav, '4.6%'), on(a, inav)], 'altered: the nation’s implied 2.9% would be 4.6 − 1.2 = 3.4 (breaks {B})')

# ---- 铜仁 (probable; 贵州 prefecture city) H1 2021, news of the half-year work meeting (traditional)
tt = F(TR, '702.01億元'); t1 = F(TR, '110.49億元'); t2 = F(TR, '173.36億元'); t3 = F(TR, '420.88億元')
tp1 = F(TR, '15.35'); tp2 = F(TR, '24.70'); tp3 = F(TR, '59.95')
tg = F(TR, '13.4%'); tn = F(TR, '12.7%'); tnd = F(TR, '0.7個')
S.rel('sum', I, [t1, t2, t3, tt], 'REAL ERROR in the original: 110.49 + 173.36 + 420.88 = 704.73, not 702.01 (with the structure 15.35% the primary figure would be 107.77)')
S.rel('share', I, [t1, tt, tp1], 'REAL ERROR in the original: 110.49/702.01 = 15.74%, not 15.35')
S.rel('share', C, [t2, tt, tp2], '173.36/702.01 = 24.695%; with the allowance (173.365/702.005 = 24.696) 24.70 is inside')
S.rel('share', C, [t3, tt, tp3], '420.88/702.01 = 59.95%')
S.rel('sum', C, [F(TR, '16.58'), F(TR, '24.44'), F(TR, '58.98')], 'H1 2020 structure 16.58 + 24.44 + 58.98 = 100')
S.rel('sum', C, [tp1, tp2, tp3], 'H1 2021 structure 15.35 + 24.70 + 59.95 = 100')
S.rel('growth', C, [tg, tn, tnd], '13.4 − national 12.7 = 0.7 points')
S.rel('growth', C, [F(TR, '122.9%'), F(TR, '48.9%'), F(TR, '74個')], 'profits +122.9% − province 48.9% = 74 points')
S.rel('growth', C, [F(TR, '44.8%'), F(TR, '27.2%'), F(TR, '17.6個')], 'new materials +44.8% − province 27.2% = 17.6 points')
S.rel('growth', U, [tg, F(TR, '2.1%'), F(TR, '1.3個')], 'the provincial rate is garbled in the stored text (`?2.1%`, a lost leading digit): not checkable as written')
S.rel('growth', U, [F(TR, '97.56%'), F(TR, '1.8個')], 'sales ratio 97.56%, up 1.8 points: the earlier ratio is not stated')
S.rel('rate', U, [t1, F(TR, '7.3%'), t2, F(TR, '15.3%'), t3, F(TR, '14.4%'), tt, tg], 'current-price levels with real sector rates: H1 2020 weights not stated; not a check')
a = ALT(TR, 1, tnd, '0.9個', 'gap over national growth 0.7 → 0.9 points')
S.rel('growth', I, [on(a, tg), on(a, tn), on(a, tnd, '0.9個')], 'altered: 13.4 − 12.7 = 0.7, not 0.9 (breaks {B})')
a = ALT(TR, 2, t3, '428.88億元', 'tertiary value added 420.88 → 428.88')
S.rel('share', I, [on(a, t3, '428.88億元'), on(a, tt), on(a, tp3)], 'altered: 428.88/702.01 = 61.09%, not 59.95 (breaks {B})')
a = ALT(TR, 3, F(TR, '17.6個'), '12.6個', 'gap of new materials over the province 17.6 → 12.6 points')
S.rel('growth', I, [on(a, F(TR, '44.8%')), on(a, F(TR, '27.2%')), on(a, F(TR, '17.6個'), '12.6個')], 'altered: 44.8 − 27.2 = 17.6, not 12.6 (breaks {B})')

# ---- further traps (same docs)
S.rel('growth', U, [F(YN, '50.6%'), F(YN, '13.1个')], 'July car output +50.6%, 13.1 points above H1: the H1 rate is not stated')
S.rel('share', U, [F(YZ, '5.99亿元'), F(YZ, '9.40亿元')], 'budget revenue 5.99 inside fiscal revenue 9.40: a subset, no share stated')
S.rel('growth', U, [F(YZ, '2765人'), F(YZ, '641人')], 'new urban jobs 2765, 641 more than last year: no rate is stated to check')
S.rel('share', U, [F(NC, '6个'), F(NC, '35个')], '6 of the ten largest industries grew faster than average: the 6 is of 10, not of 35; no share stated')
S.rel('restatement', U, [F(GD, '7位'), F(GD, '7個')], 'rank 7th of 21 cities and 7 county-level units: same number, unrelated')
S.rel('share', U, [F(GD, '372,527萬元'), F(GD, '1,655,028萬元')], 'July spending inside Jan–Jul spending: no share stated')
S.rel('share', U, [F(DX, '9919户'), F(DX, '10172户'), F(DX, '49683人'), F(DX, '50474人')], 'herding households and persons inside the county totals: no share stated (97.5% and 98.4% by households and persons would differ)')
S.rel('growth', U, [x11, F(XZI, '14598元')], '4885 (2011) → 14598 (2020): no yearly rate is stated for that span (the "18 years of double-digit growth" is a claim over another span)')
S.rel('share', U, [F(XZ21, '80.12萬'), F(XZ21, '106.15萬')], 'highland barley 80.12 inside grain 106.15: no share stated')
S.rel('sum', U, [F(HI, '4家', pre='重点实验室'), F(HI, '2家', pre='工程技术研究中心'), F(HI, '106家')], '4 new labs and 2 new centres are inside the 106 total; the total before is not stated')
S.rel('sum', U, [F(HI, '12个'), F(HI, '271个')], '12 new service stations inside the 271 total: not a sum to check')
S.rel('restatement', U, [F(HI, '4家', pre='重点实验室'), F(HI, '4家', pre='认定')], '4 new labs and 4 new incubators: same number, other indicator')
S.rel('growth', U, [F(WC, '4.9%'), F(WC, '5.8%', n=2), F(WC, '5.2%'), w19[0], w19[2]], 'primary 4.9% and tertiary 5.8% vs GDP 5.2%: the secondary rate and last year’s weights are not stated')
S.rel('restatement', U, [F(NN, '530多公里'), nt], 'border 530多公里 vs population 530.7万: same digits, other indicator')
S.rel('growth', U, [F(FJ, '34.2%'), F(FJ, '29.4%')], 'trade +34.2% on Q1 2020 and +29.4% on Q1 2019: no two-year average is stated (the implied Q1 2020 change, −3.6%, is not in the text)')
S.rel('growth', U, [F(FJ, '29.2%'), F(FJ, '15.4%')], 'revenue +29.2% and +15.4% over 2019: nothing stated to check them against')
S.rel('share', U, [l10, lt], '10-year revenue 9117 inside the 36-year 24424: a subset; no share stated')

# ---- cross-document traps
S.rel('restatement', U, [yg, F(TR, '2.1%')], '宜州 GDP 2020 +2.1% vs the garbled 贵州 provincial rate `?2.1%` (H1 2021): other place and period')
S.rel('target', U, [xtgt, F(FJ, '18.7%')], '西藏 rural-income target 13% vs 福建 rural income Q1 2021 +18.7%: other place and period')
S.rel('target', U, [slim, F(WC, '83.8%')], '绥宁 non-tax share limit 30% vs 文昌 livelihood share of spending 83.8%: other place and indicator')
S.rel('target', U, [slim, F(JS, '101.65%')], '绥宁 non-tax share limit 30% vs 吉首 revenue completion 101.65%: other place and indicator')
S.rel('restatement', U, [F(GD, '15.40%'), F(JS, '4.64%', n=0)], '广东 city-level revenue growth (2012) vs 吉首 local revenue growth (2021): other place and year')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

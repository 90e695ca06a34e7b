"""Check key, set check-heldout78. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout78.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout78'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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
    return [on(a, f, new) if f == old else (on(a, f) if f[0] == old[0] else f) for f in figs]

NT='nt_2014.txt'; YZ='yz_2021.txt'; GZ='gz_2011.txt'; EDU='zj_2020_edu.txt'; Z18='zj_2018.txt'; Z19='zj_2019_hant.txt'
QJ='qj_2021.txt'; RD='js_2011_road.txt'; LW='lw_2020.txt'; XS='xs_2020.txt'; S18='sd_2018m11.txt'; Q3='sd_2020q3.txt'
M10='sd_2020m10.txt'; JX='jx_2019h1.txt'; Z62='zj_1962.txt'; A55='ah_1955.txt'; SM='sm_2017_hant.txt'

# ---- 南通 2014 water resources bulletin (prefecture city, 江苏)
nt = F(NT, '95.458亿立方米'); n1 = F(NT, '37.675亿立方米'); n2 = F(NT, '6.584亿立方米'); n3 = F(NT, '30.59亿立方米'); n4 = F(NT, '20.609亿立方米')
ut = F(NT, '39.65亿立方米'); u1 = F(NT, '22.29亿立方米'); u2 = F(NT, '14.18亿立方米'); u2s = F(NT, '3.35亿立方米')
u3 = F(NT, '0.6亿立方米'); u4 = F(NT, '2.47亿立方米'); u5 = F(NT, '0.11亿立方米')
sa = F(NT, '205个'); s2 = F(NT, '5个', '断面'); s3 = F(NT, '64个', '断面'); s4 = F(NT, '91个', '断面'); s5 = F(NT, '25个', '断面'); s6 = F(NT, '20个', '断面')
so = F(NT, '136个'); p3 = F(NT, '31.2%'); p4 = F(NT, '44.4%'); p6 = F(NT, '9.8%'); po = F(NT, '66.3%')
sum_n = [n1, n2, n3, n4, nt]; sum_u = [u1, u2, u3, u4, u5, ut]; sh4 = [s4, sa, p4]
S.rel('sum', C, sum_n, 'usable water by source: 37.675 + 6.584 + 30.59 + 20.609 = 95.458')
S.rel('sum', C, sum_u, 'use by sector: 22.29 + 14.18 + 0.6 + 2.47 + 0.11 = 39.65')
S.rel('sum', U, [u1, u2, u2s, u3, u4, u5, ut], 'general industry 3.35 is inside industry 14.18 (其中): adding it double-counts (42.99); not a split')
S.rel('sum', C, [s2, s3, s4, s5, s6, sa], 'sections by class: 5 + 64 + 91 + 25 + 20 = 205')
S.rel('share', C, sh4, 'class IV sections 91/205 = 44.39% → 44.4')
S.rel('share', C, [s6, sa, p6], 'worse than class V 20/205 = 9.76% → 9.8')
S.rel('sum', C, [s4, s5, s6, so], 'sections worse than class III: 91 + 25 + 20 = 136')
S.rel('share', C, [so, sa, po], '136/205 = 66.34% → 66.3')
S.rel('sum', I, [F(NT, '34.0%'), F(NT, '50.8%'), F(NT, '14.0%'), F(NT, '11.2%')],
      'REAL ERROR in the original: river shares by water class 34.0 + 50.8 + 14.0 + 11.2 = 110.0, not 100 (with 4.0 for class V they would add to 100.0)')
S.rel('growth', U, [F(NT, '110.9亿立方米'), F(NT, '15.2%')], 'precipitation 15.2% above the long-term mean: the mean is not stated')
S.rel('share', U, [F(NT, '14.0%'), s5, sa], 'rivers in class V 14.0% (share of rivers) vs class V sections 25 of 205 (12.2%): different units; not a check of either')
S.rel('rate', U, [ut, F(NT, '543立方米')], 'use per head 543 m³ implies a population (about 730万) the passage does not state')
S.rel('sum', U, [F(NT, '2.4%'), p3, F(NT, '34.0%')], 'sections at class III or better 2.4 + 31.2 = 33.6% of 205 sections vs rivers meeting class III 34.0% of rivers: different units, not a restatement')
S.rel('rate', U, [u1, F(NT, '373立方米')], 'irrigation 373 m³ per mu and agricultural use 22.29亿: the irrigated area is not stated, and agriculture includes other uses')
S.rel('share', U, [ut, nt], 'use 39.65 of usable 95.458 (41.5%): no share is stated, and the usable total counts Yangtze intake that is itself use')
a = ALT(NT, 1, n4, '20.809亿立方米', 'direct Yangtze intake 20.609 → 20.809')
S.rel('sum', I, R(a, sum_n, n4, '20.809亿立方米'), 'altered: sources add to 95.658, not 95.458 (breaks {B})')
a = ALT(NT, 2, u2, '14.78亿立方米', 'industrial use 14.18 → 14.78')
S.rel('sum', I, R(a, sum_u, u2, '14.78亿立方米'), 'altered: sectors add to 40.25, not 39.65 (breaks {B})')
a = ALT(NT, 3, p4, '49.4%', 'class IV share 44.4 → 49.4')
S.rel('share', I, R(a, sh4, p4, '49.4%'), 'altered: 91/205 = 44.4%, not 49.4 (breaks {B})')

# ---- 扬州 2021 water resources bulletin (prefecture city, 江苏)
wt = F(YZ, '26.59亿m³'); w1 = F(YZ, '24.09亿m³'); w2 = F(YZ, '8.32亿m³'); w3 = F(YZ, '5.82亿m³')
ysup = F(YZ, '36.10亿m3', n=0); yuse = F(YZ, '36.10亿m3', n=1)
ya1 = F(YZ, '21.67亿m3'); ya2 = F(YZ, '10.59亿m3'); ypw = F(YZ, '8.89亿m³'); ya3 = F(YZ, '0.32亿m³'); ya4 = F(YZ, '3.52亿m³')
sum_w = [w1, w2, w3, wt]; sum_ya = [ya1, ya2, ya3, ya4, yuse]
S.rel('sum', C, sum_w, 'surface 24.09 + shallow groundwater 8.32 − overlap 5.82 = 26.59')
S.rel('sum', C, [F(YZ, '35.62亿m³'), F(YZ, '0.09亿m³'), F(YZ, '0.39亿m³'), ysup], 'supply by source: 35.62 + 0.09 + 0.39 = 36.10')
S.rel('sum', C, sum_ya, 'use by sector: 21.67 + 10.59 + 0.32 + 3.52 = 36.10')
S.rel('restatement', C, [ysup, yuse], 'total supply 36.10 = total use 36.10 (the bulletin balances supply and use)')
S.rel('sum', U, [ya1, ya2, ypw, ya3, ya4, yuse], 'power plants 8.89 are inside industry 10.59 (其中): not a further part')
S.rel('rate', U, [F(YZ, '1114.8mm'), F(YZ, '73.5亿m³')], 'depth × area = volume: the area (about 6600 km²) is not stated')
S.rel('rate', U, [ya2, F(YZ, '39.8m3'), ypw, F(YZ, '6.4m³')], 'industrial water per 万元 value added with and without power plants: the value added is not stated')
S.rel('rate', U, [yuse, F(YZ, '53.9m3')], 'use per 万元 GDP 53.9 m³ implies a GDP (about 6700亿) that is not stated')
S.rel('growth', U, [F(YZ, '73.5亿m³'), F(YZ, '5.4%'), F(YZ, '8.7%')], 'precipitation −5.4% on 2020 and +8.7% on the long-term mean: neither base is stated')
a = ALT(YZ, 1, w2, '8.82亿m³', 'shallow groundwater 8.32 → 8.82')
S.rel('sum', I, R(a, sum_w, w2, '8.82亿m³'), 'altered: 24.09 + 8.82 − 5.82 = 27.09, not 26.59 (breaks {B})')
a = ALT(YZ, 2, ya2, '10.99亿m3', 'industrial use 10.59 → 10.99')
S.rel('sum', I, R(a, sum_ya, ya2, '10.99亿m3'), 'altered: sectors add to 36.50, not 36.10 (breaks {B})')

# ---- 赣州 2011 water resources bulletin (prefecture city, 江西)
gpr = F(GZ, '537.16 亿立方米'); gsw = F(GZ, '216.91亿立方米'); gswp = F(GZ, '40.4%')
gsup = F(GZ, '33.29亿立方米', n=0); guse = F(GZ, '33.29亿立方米', n=1); gs1 = F(GZ, '31.33亿立方米'); gs2 = F(GZ, '1.96 亿立方米')
gsp1 = F(GZ, '94.1%'); gsp2 = F(GZ, '5.9%')
gu = [F(GZ, '21.84亿立方米'), F(GZ, '4.03亿立方米'), F(GZ, '0.74亿立方米'), F(GZ, '1.94亿立方米'), F(GZ, '1.88亿'), F(GZ, '2.61亿立方米'), F(GZ, '0.25亿立方米')]
gg = [F(GZ, '16.0%'), F(GZ, '20.3%'), F(GZ, '15.6%'), F(GZ, '2.0%'), F(GZ, '1.6%'), F(GZ, '87.8%'), F(GZ, '4.2%')]
gug = F(GZ, '17.8%', n=1); gup1 = F(GZ, '65.6%')
sum_gs = [gs1, gs2, gsup]; sh_gs = [gs1, gsup, gsp1]; sh_gu1 = [gu[0], guse, gup1]
S.rel('share', C, [gsw, gpr, gswp], 'surface water 216.91 / precipitation 537.16 = 40.38% → 40.4')
S.rel('sum', C, [F(GZ, '181.90亿立方米'), F(GZ, '20.76亿立方米'), F(GZ, '202.66亿立方米')], 'outflow via 赣江 181.90 + via 珠江 20.76 = 202.66')
S.rel('sum', C, sum_gs, 'supply: surface 31.33 + ground 1.96 = 33.29')
S.rel('share', C, sh_gs, '31.33/33.29 = 94.11% → 94.1')
S.rel('restatement', C, [gsup, guse], 'total supply 33.29 = total use 33.29 (both +17.8%)')
S.rel('sum', C, gu + [guse], 'use by sector: 21.84 + 4.03 + 0.74 + 1.94 + 1.88 + 2.61 + 0.25 = 33.29')
S.rel('share', C, sh_gu1, 'irrigation 21.84/33.29 = 65.61% → 65.6')
S.rel('share', C, [gu[1], guse, F(GZ, '12.1%')], 'industry 4.03/33.29 = 12.11% → 12.1')
S.rel('growth', C, [x for pair in zip(gu, gg) for x in pair] + [guse, gug],
      'each sector deflated by its own rate gives a 2010 total of 28.28, so 33.29/28.28 = +17.7%; stated 17.8 is inside the input allowances (up to 17.9)')
S.rel('rate', U, [gsw, F(GZ, '2600立方米'), guse, F(GZ, '395立方米')],
      'water resources per head 2600 m³ is on total resources (not stated; surface 216.91 is only part), use per head 395 on 33.29: the implied populations differ because the bases differ')
S.rel('growth', U, [F(GZ, '395立方米'), F(GZ, '61立方'), guse, gug], 'use per head +61 m³ (334 → 395, +18.3%) vs total use +17.8%: the population change is not stated')
S.rel('rate', U, [guse, gug, F(GZ, '249立方米'), F(GZ, '3立方米')], 'use +17.8% while use per 万元 GDP fell from 252 to 249: implies GDP +19.2% at current prices, which the passage does not state')
S.rel('share', U, [gs1, gsw, F(GZ, '15.4%')], 'surface supply 31.33 / surface resources 216.91 = 14.4%, stated control-use rate 15.4%: its definition and base are not given; not a check')
S.rel('growth', U, [gsw, F(GZ, '49.2%'), gpr, F(GZ, '22.4%')], 'surface water −49.2% and precipitation −22.4%: different quantities; the 2010 levels are not stated')
S.rel('sum', U, [gsw, F(GZ, '69.37亿立方米')], 'surface 216.91 and groundwater 69.37 overlap; total water resources are not stated')
a = ALT(GZ, 1, gs1, '31.83亿立方米', 'surface-water supply 31.33 → 31.83')
S.rel('sum', I, R(a, sum_gs, gs1, '31.83亿立方米'), 'altered: 31.83 + 1.96 = 33.79, not 33.29 (breaks {B})')
S.rel('share', I, R(a, sh_gs, gs1, '31.83亿立方米'), 'altered: 31.83/33.29 = 95.6%, not 94.1 (breaks {B})')
a = ALT(GZ, 2, gup1, '62.6%', 'irrigation share 65.6 → 62.6')
S.rel('share', I, R(a, sh_gu1, gup1, '62.6%'), 'altered: 21.84/33.29 = 65.6%, not 62.6 (breaks {B})')

# ---- 浙江 2020 education statistics bulletin (province)
ets = F(EDU, '5056所'); eps = F(EDU, '3308所'); ems = F(EDU, '1748所')
eat = F(EDU, '7402.17万平方米'); eap = F(EDU, '3791.57万平方米'); eam = F(EDU, '3610.6万平方米')
eet = F(EDU, '215.65亿元'); eep = F(EDU, '124.07亿元'); eem = F(EDU, '91.58亿元')
ebt = F(EDU, '2.17亿册'); ebp = F(EDU, '12529万册'); ebm = F(EDU, '9124.65万册')
ett = F(EDU, '35.51万人'); etp = F(EDU, '22.19万人')
eatg = F(EDU, '5.2%', n=0); eapg = F(EDU, '4.4%'); eamg = F(EDU, '6%', '增长', post=';仪器')
eetg = F(EDU, '11.2%'); eepg = F(EDU, '11.8%'); eemg = F(EDU, '10.3%')
ebtg = F(EDU, '5.3%'); ebpg = F(EDU, '5.2%', n=1); ebmg = F(EDU, '5.5%')
epst = F(EDU, '372.73万人'); eratio = F(EDU, '16.8')
sum_ee = [eep, eem, eet]; g_ee = [eep, eepg, eem, eemg, eet, eetg]; r_pt = [epst, etp, eratio]
S.rel('sum', C, [eps, ems, ets], 'primary 3308 + junior 1748 = 5056 compulsory-education schools')
S.rel('sum', C, [F(EDU, '2所', '比上年减少'), F(EDU, '4所', '比上年增加'), F(EDU, '2所', '较上年增加')], 'school count change: −2 (primary) + 4 (junior) = +2')
S.rel('sum', C, [eap, eam, eat], 'floor area 3791.57 + 3610.6 = 7402.17')
S.rel('sum', C, sum_ee, 'equipment 124.07 + 91.58 = 215.65')
S.rel('sum', C, [ebp, ebm, ebt], 'books 12529 + 9124.65 = 21653.65万册 = 2.17亿')
S.rel('growth', C, [eap, eapg, eam, eamg, eat, eatg], 'floor area: 3791.57/1.044 + 3610.6/1.06 = 7038.0 a year before; 7402.17/7038.0 = +5.17% → 5.2')
S.rel('growth', C, g_ee, 'equipment: 124.07/1.118 + 91.58/1.103 = 194.0; 215.65/194.0 = +11.16% → 11.2')
S.rel('growth', C, [ebp, ebpg, ebm, ebmg, ebt, ebtg], 'books: 12529/1.052 + 9124.65/1.055 = 20558.7万; 21653.65/20558.7 = +5.33% → 5.3')
S.rel('growth', C, [F(EDU, '64.59万人'), F(EDU, '0.98万人'), F(EDU, '1.5%', n=0)], 'primary intake 64.59, down 0.98: 0.98/65.57 = 1.49% → 1.5')
S.rel('growth', C, [epst, F(EDU, '5.62万人'), F(EDU, '1.5%', n=1)], 'primary enrolment up 5.62 to 372.73: 5.62/367.11 = 1.53% → 1.5')
S.rel('growth', C, [F(EDU, '163.64万人'), F(EDU, '0.06万人'), F(EDU, '0.04%')], 'junior enrolment down 0.06 to 163.64: 0.06/163.70 = 0.037% → 0.04')
S.rel('rate', C, r_pt, 'pupils per teacher 372.73/22.19 = 16.80 → 16.8:1')
S.rel('growth', U, [ett, F(EDU, '2.4%'), etp, F(EDU, '0.58万人')], 'teachers 35.51 (+2.4%) and primary teachers 22.19 (+0.58): junior teachers fall after the cut; no check')
S.rel('share', U, [F(EDU, '99.6%'), F(EDU, '0.21个')], 'graduate-level teacher share 99.6, +0.21 points: last year’s share is not stated (and two decimals against one)')
S.rel('restatement', U, [F(EDU, '99.99%', n=0), F(EDU, '99.99%', n=1)], 'compulsory-education enrolment rate 99.99 and primary enrolment rate 99.99: different indicators, same number')
S.rel('restatement', U, [eatg, ebpg], 'floor area +5.2% (all schools) and primary books +5.2%: different indicators, same number')
S.rel('restatement', U, [F(EDU, '1.5%', n=0), F(EDU, '1.5%', n=1)], 'primary intake −1.5% and primary enrolment +1.5%: different indicators and directions')
a = ALT(EDU, 1, eratio, '16.3', 'pupil–teacher ratio 16.8 → 16.3')
S.rel('rate', I, R(a, r_pt, eratio, '16.3'), 'altered: 372.73/22.19 = 16.8, not 16.3 (breaks {B})')
a = ALT(EDU, 2, eet, '218.65亿元', 'equipment value 215.65 → 218.65')
S.rel('sum', I, R(a, sum_ee, eet, '218.65亿元'), 'altered: 124.07 + 91.58 = 215.65, not 218.65 (breaks {B})')
S.rel('growth', I, R(a, g_ee, eet, '218.65亿元'), 'altered: 218.65/194.0 = +12.7%, not 11.2 (breaks {B})')

# ---- 镇江 2018 results and 2019 targets (news of the 2019 report) / 2019 results (2020 report, traditional)
zg17 = F(Z18, '4105.36亿元'); zg18 = F(Z18, '4050亿元'); zr18 = F(Z18, '3%', '增长', post='。一般'); zrev18 = F(Z18, '301亿元')
ztg19 = F(Z18, '6.5%'); zyz = F(Z18, '7%', '增长', post='左右')
zg19 = F(Z19, '4200億元'); zr19 = F(Z19, '6.1%'); zrev19 = F(Z19, '306.9億元'); zrevg19 = F(Z19, '1.8%')
g_rev = [zrev18, zrev19, zrevg19]
S.rel('growth', U, [zg17, zg18, zr18], '2017 GDP 4105.36 → 2018 estimate 4050 is a nominal fall of 1.3% while real growth is +3%: the 2017 level was later revised and prices differ; levels and the real rate do not check each other')
S.rel('growth', U, [zrev18, F(Z18, '6%', '增长', post='。\n澎湃')], '2018 budget revenue 301, +6%: the 2017 level is not stated')
S.rel('target', U, [ztg19, zr18], '2019 target +6.5% vs the 2018 result +3%: different year')
S.rel('target', U, [ztg19, zyz], '镇江 2019 target 6.5% vs 扬州 2018 estimate 7%左右: other place and year')
S.rel('restatement', U, [F(Z18, '1.27万亿'), F(Z18, '8%', '增长', post='。扬州'), zg18, zr18], '南京 2018 (1.27万亿, +8%) vs 镇江 (4050, +3%): other place')
S.rel('target', MS, [ztg19, zr19], '镇江 2019 GDP target +6.5% (set in the 2019 report, zj_2018) vs the 2019 result +6.1% (2020 report): missed')
S.rel('growth', C, g_rev, 'budget revenue 301 (2018 estimate, zj_2018) → 306.9 in 2019 (zj_2019_hant): +1.96% on the rounded 301; 300.5–301.5 gives 1.77–2.1, so the stated +1.8% fits')
S.rel('growth', U, [zg18, zg19, zr19], 'GDP 4050 → 4200 (+3.7% nominal, both estimates) vs real +6.1%: nominal vs real')
S.rel('target', U, [ztg19, zrevg19], '2019 GDP target +6.5% vs 2019 budget-revenue growth +1.8%: other indicator')
S.rel('share', U, [F(Z19, '172個'), F(Z19, '85%')], 'manufacturing 85% of 172 new projects: the manufacturing count is not stated')
S.rel('growth', U, [F(Z19, '3.29億噸'), F(Z19, '114.8%')], 'port throughput +114.8%: the 2018 level is not stated')
a = ALT(Z19, 1, zrevg19, '1.3%', 'budget revenue growth 1.8 → 1.3')
S.rel('growth', I, [zrev18, on(a, zrev19), on(a, zrevg19, '1.3%')], 'altered: 301 → 306.9 is +1.8–2.1%, not +1.3% (breaks {B})')
a = ALT(Z18, 1, zrev18, '307亿元', '2018 budget revenue 301 → 307')
S.rel('growth', I, [on(a, zrev18, '307亿元'), zrev19, zrevg19], 'altered: 307 → 306.9 is a fall, not +1.8% (breaks {B})')

# ---- 全椒县 2021 government work report (county, 安徽)
q16 = F(QJ, '129.8亿元'); q21 = F(QJ, '325亿元'); qx = F(QJ, '2.5倍')
st21 = [F(QJ, '9.5', '调整为'), F(QJ, '47.9'), F(QJ, '42.6')]
g_q = [q16, q21, qx]
S.rel('growth', C, g_q, 'GDP 129.8 (2016) → 325 (2021): 325/129.8 = 2.50 (是…的2.5倍: ratio 2.5)')
S.rel('sum', C, [F(QJ, '19.6'), F(QJ, '40.9'), F(QJ, '39.5')], '2016 structure 19.6 + 40.9 + 39.5 = 100')
S.rel('sum', C, st21, '2021 structure 9.5 + 47.9 + 42.6 = 100')
S.rel('rate', U, [F(QJ, '81750元'), F(QJ, '9277元')], 'per-head GDP 9277 above the provincial average: the provincial figure is not stated')
S.rel('growth', U, [F(QJ, '32340元'), F(QJ, '81750元'), qx], 'per-head GDP 32340 → 81750 is ×2.53 while GDP is ×2.5: the population change is not stated; the 2.5 is about the total')
S.rel('growth', U, [F(QJ, '20亿元'), F(QJ, '30亿元'), F(QJ, '10.4%')], 'revenue "crossed 20亿 and 30亿" and grew 10.4% a year: thresholds are not levels; nothing to check')
S.rel('rate', U, [q21, F(QJ, '81750元')], 'GDP 325亿 / per-head GDP 81750 implies a resident population (about 39.8万) that is not stated')
a = ALT(QJ, 1, qx, '2.8倍', 'GDP multiple 2.5 → 2.8')
S.rel('growth', I, R(a, g_q, qx, '2.8倍'), 'altered: 325/129.8 = 2.5, not 2.8 (breaks {B})')
a = ALT(QJ, 2, st21[1], '41.9', '2021 secondary share 47.9 → 41.9')
S.rel('sum', I, R(a, st21, st21[1], '41.9'), 'altered: 9.5 + 41.9 + 42.6 = 94, not 100 (breaks {B})')

# ---- 江苏 roads at end-2011 (news of the provincial transport department)
rt = F(RD, '152247公里'); r2 = F(RD, '35850公里'); rp = F(RD, '23.55%')
sh_r = [r2, rt, rp]
S.rel('share', C, sh_r, 'class II and above 35850 / 152247 = 23.547% → 23.55')
S.rel('share', U, [F(RD, '98.96%'), rt, rp], '98.96% is of national and provincial trunk roads (length not stated), 23.55% of all roads: different bases')
S.rel('share', U, [F(RD, '94.66%'), F(RD, '89.36%'), rt], 'graded-road and paved shares: the lengths are not stated')
S.rel('share', U, [F(RD, '4122公里'), rt, rp], 'expressways 4122 km are part of class II and above; their own share (2.7%) is not stated')
S.rel('restatement', U, [r2, F(RD, '37211公里')], '江苏 35850 vs 山东 37211: same indicator, other place')
a = ALT(RD, 1, r2, '35650公里', 'class II+ length 35850 → 35650')
S.rel('share', I, R(a, sh_r, r2, '35650公里'), 'altered: 35650/152247 = 23.42%, not 23.55 (breaks {B})')

# ---- 龙湾区 (温州) 2020 budget execution (district, 浙江)
lr1 = F(LW, '33.00亿元', n=0); lr2 = F(LW, '33.00亿元', n=1); ltr = F(LW, '31.76亿元'); lin = F(LW, '64.76亿元', n=0); lout = F(LW, '64.76亿元', n=1)
lt = [F(LW, '0.95亿元'), F(LW, '9.21亿元'), F(LW, '8.00亿元'), F(LW, '7.68亿元'), F(LW, '4.6亿元'), F(LW, '0.22亿元'), F(LW, '1.10亿元')]
lex = F(LW, '46.75亿元', n=0); lex2 = F(LW, '46.75亿元', n=1); lto = F(LW, '18.01亿元'); lo = [F(LW, '12.75亿元'), F(LW, '0.26亿元'), F(LW, '5.00亿元')]
lg = F(LW, '3.5%')
sum_lt = lt + [ltr]; sum_lo = lo + [lto]
g_l = [lex, F(LW, '16.9%'), F(LW, '3亿元', '债券'), F(LW, '0.88亿元'), F(LW, '1.48亿元'), lg]
S.rel('sum', C, sum_lt, 'transfers in: 0.95 + 9.21 + 8.00 + 7.68 + 4.6 + 0.22 + 1.10 = 31.76')
S.rel('sum', C, [lr2, ltr, lin], '33.00 + 31.76 = 64.76')
S.rel('sum', C, sum_lo, 'transfers out: 12.75 + 0.26 + 5.00 = 18.01')
S.rel('sum', C, [lex2, lto, lout], '46.75 + 18.01 = 64.76')
S.rel('restatement', C, [lin, lout], 'revenue total 64.76 = spending total 64.76 (balanced)')
S.rel('restatement', C, [lex, lex2], 'spending 46.75 in the execution paragraph and in the balance')
S.rel('growth', C, g_l, '2019 spending = 46.75/1.169 = 39.99; without 3 + 0.88 + 1.48 = 5.36 the 2020 figure is 41.39, +3.5%')
S.rel('target', M, [lr1, F(LW, '100.0%', n=0)], 'budget revenue 33.00 = 100.0% of the adjusted budget: met')
S.rel('target', MS, [F(LW, '55.02亿元'), F(LW, '99.9%')], 'total fiscal revenue 55.02 = 99.9% of the adjusted budget: missed (by 0.1%)')
S.rel('growth', U, [F(LW, '55.02亿元'), F(LW, '1.9%'), lr1, F(LW, '2.6%')], 'total revenue +1.9% and budget revenue +2.6%: the 2019 levels are not stated')
S.rel('restatement', U, [F(LW, '100.0%', n=1), F(LW, '100.0%', n=2)], 'district spending 100.0% and the six streets’ spending 100.0%: each of its own adjusted budget')
a = ALT(LW, 1, lt[3], '7.88亿元', 'transfer from funds 7.68 → 7.88')
S.rel('sum', I, R(a, sum_lt, lt[3], '7.88亿元'), 'altered: transfers in add to 31.96, not 31.76 (breaks {B})')
a = ALT(LW, 2, lo[0], '12.15亿元', 'remittance to higher level 12.75 → 12.15')
S.rel('sum', I, R(a, sum_lo, lo[0], '12.15亿元'), 'altered: transfers out add to 17.41, not 18.01 (breaks {B})')
a = ALT(LW, 3, lg, '5.5%', 'comparable spending growth 3.5 → 5.5')
S.rel('growth', I, R(a, g_l, lg, '5.5%'), 'altered: comparable growth is +3.5%, not 5.5 (breaks {B})')

# ---- 萧山区 (杭州) 2020 final accounts (district, 浙江)
xb0 = F(XS, '3024600万元'); xb1 = F(XS, '2891000万元'); xr = F(XS, '3000273万元'); xp = F(XS, '103.78%')
xsb = F(XS, '2590000万元'); xc1 = F(XS, '110662万元'); xtot = F(XS, '2895809万元'); xsp = F(XS, '2756453万元'); xspp = F(XS, '95.19%')
sh_x = [xr, xb1, xp]; sum_x = [xsb, xc1, F(XS, '325452万元'), F(XS, '150000万元'), F(XS, '280305万元'), xtot]
S.rel('share', C, sh_x, '3000273/2891000 = 103.78%')
S.rel('target', M, [xb1, xr], 'budget revenue vs the adjusted budget 2891000: 103.78%, met')
S.rel('target', MS, [xb0, xr], 'budget revenue 3000273 vs the first-approved budget 3024600 (99.2%): missed; the budget was cut mid-year')
S.rel('sum', C, sum_x, 'spending authority: 2590000 + 110662 + 325452 + 150000 − 280305 (recalled at year end) = 2895809')
S.rel('share', C, [xsp, xtot, xspp], '2756453/2895809 = 95.19%')
S.rel('target', U, [F(XS, '2680000万元'), xsp], 'spending 2756453 is above the first spending budget 2680000 because transfers and bonds were added: overspending a budget is not "met"')
S.rel('growth', U, [xr, F(XS, '12.09%'), F(XS, '4610327万元'), F(XS, '7.11%')], 'growth of budget and total revenue: the 2019 levels are not stated')
S.rel('share', U, [xsp, xsb, xspp], 'the 95.19% is of the total spending authority 2895809, not of the adjusted spending budget 2590000 (against which 2756453 is 106.4%)')
S.rel('target', U, [xb1, xsb], 'adjusted revenue budget 2891000 vs adjusted spending budget 2590000: different indicators')
a = ALT(XS, 1, xc1, '116662万元', 'carry-over 110662 → 116662')
S.rel('sum', I, R(a, sum_x, xc1, '116662万元'), 'altered: the items give 2901809, not 2895809 (breaks {B})')
a = ALT(XS, 2, xp, '104.78%', 'revenue against adjusted budget 103.78 → 104.78')
S.rel('share', I, R(a, sh_x, xp, '104.78%'), 'altered: 3000273/2891000 = 103.78%, not 104.78 (breaks {B})')

# ---- 山东 foreign trade, January–November 2018 (customs news, 大众日报)
st_ = F(S18, '17483.7亿元'); sex = F(S18, '9594.1亿元'); sim = F(S18, '7889.6亿元'); stg = F(S18, '7.4%'); seg = F(S18, '6.6%'); sig = F(S18, '8.4%')
sgen = F(S18, '11793.6亿元'); sgenp = F(S18, '67.5%'); spro = F(S18, '3975.9亿元')
spri = F(S18, '10619.6亿元'); sprip = F(S18, '60.7%'); sfo = F(S18, '5182.5亿元')
sm_ = [F(S18, '2273.2亿元'), F(S18, '2162.7亿元'), F(S18, '1991亿元'), F(S18, '1894.8亿元'), F(S18, '1766.7亿元'), F(S18, '1590亿元')]
sh_gen = [sgen, st_, sgenp]; g_s18 = [sex, seg, sim, sig, st_, stg]
S.rel('sum', C, [sex, sim, st_], 'exports 9594.1 + imports 7889.6 = 17483.7')
S.rel('growth', C, g_s18, 'exports 9594.1/1.066 + imports 7889.6/1.084 = 16278.3 a year before; 17483.7/16278.3 = +7.40%')
S.rel('share', C, sh_gen, 'general trade 11793.6/17483.7 = 67.455% → 67.5')
S.rel('sum', U, [sgen, spro, F(S18, '1566.4亿元'), st_], 'general + processing + bonded = 17335.9, not 17483.7: other trade modes exist; not a split')
S.rel('share', C, [spri, st_, sprip], 'private firms 10619.6/17483.7 = 60.74% → 60.7')
S.rel('share', C, [sfo, st_, F(S18, '29.6%')], 'foreign-invested 5182.5/17483.7 = 29.64% → 29.6')
S.rel('sum', U, [spri, sfo, F(S18, '1673.5亿元'), st_], 'private + foreign + state = 17475.6, not 17483.7: other ownership types exist')
pt_s18 = [spri, F(S18, '10.6%'), st_, stg, sprip, F(S18, '1.8个')]
S.rel('share', C, pt_s18, 'private a year before 10619.6/1.106 = 9601.8 of 16278.3 = 58.99%; 60.74 − 58.99 = 1.75 → 1.8 points')
S.rel('share', C, sm_ + [st_, F(S18, '66.8%')], 'six markets add to 11678.4; 11678.4/17483.7 = 66.80% → 66.8')
S.rel('growth', U, [F(S18, '1793.7亿元'), F(S18, '14.4%'), st_, stg], 'November alone 1793.7 (+14.4%) vs January–November: the January–October figures are not stated')
S.rel('growth', U, [sgen, F(S18, '11.9%'), spro, F(S18, '8%', '下降'), F(S18, '1566.4亿元'), F(S18, '24.1%'), st_, stg], 'general, processing and bonded trade are not all trade (17335.9 of 17483.7): their rates cannot be combined into the 7.4%')
a = ALT(S18, 1, sgenp, '62.5%', 'general-trade share 67.5 → 62.5')
S.rel('share', I, R(a, sh_gen, sgenp, '62.5%'), 'altered: 11793.6/17483.7 = 67.5%, not 62.5 (breaks {B})')
a = ALT(S18, 2, stg, '7.9%', 'total trade growth 7.4 → 7.9')
S.rel('growth', I, R(a, g_s18, stg, '7.9%'), 'altered: exports +6.6% and imports +8.4% give +7.4%, not 7.9 (breaks {B})')
S.rel('share', I, R(a, pt_s18, stg, '7.9%'), 'altered: with total growth 7.9% the private share a year before is 59.3%, a rise of 1.5 points, not 1.8 (breaks {B})')

# ---- 山东 foreign trade, Q1–Q3 2020 (news of the provincial press conference)
qt0 = F(Q3, '1.56万亿元', n=0); qt = F(Q3, '1.56万亿元', n=1); qg0 = F(Q3, '4.2%', n=0); qg = F(Q3, '4.2%', n=1)
qex = F(Q3, '8923.6亿元'); qexg = F(Q3, '10%', '增长', post=';进口'); qim = F(Q3, '6639.7亿元'); qimg = F(Q3, '2.7%')
qp = F(Q3, '10683.3亿元'); qpg = F(Q3, '11.5%'); qpp = F(Q3, '68.6%'); qppt = F(Q3, '4.5个')
g_q3 = [qex, qexg, qim, qimg, qt, qg]; sh_q3 = [qp, qex, qim, qpp]; pt_q3 = [qp, qpg, qex, qexg, qim, qimg, qpp, qppt]; rs_q3 = [qg0, qg]
S.rel('restatement', C, [qt0, qt], 'Q1–Q3 trade 1.56万亿 in the lead and in the spokesman’s paragraph')
S.rel('restatement', C, rs_q3, 'growth +4.2% in the lead and in the spokesman’s paragraph')
S.rel('sum', C, [qex, qim, qt], 'exports 8923.6 + imports 6639.7 = 15563.3 → 1.56万亿')
S.rel('growth', C, g_q3, '8923.6/1.10 + 6639.7/0.973 = 14936.3 a year before; 15563.3/14936.3 = +4.20%')
S.rel('share', C, sh_q3, 'private 10683.3 / (8923.6 + 6639.7) = 68.64% → 68.6')
S.rel('share', C, pt_q3, 'private a year before 10683.3/1.115 = 9581.4 of 14936.3 = 64.15%; 68.64 − 64.15 = 4.49 → 4.5 points')
S.rel('sum', U, [qp, F(Q3, '3443亿元'), F(Q3, '1412.2亿元'), qt], 'private + foreign + state = 15538.5, not 15563.3: other ownership types exist')
S.rel('share', U, [qt, F(Q3, '6.7%', n=1)], 'share of national trade 6.7%: the national total is not stated')
S.rel('growth', U, [qp, qpg, F(Q3, '3443亿元'), F(Q3, '12.2%'), F(Q3, '1412.2亿元'), F(Q3, '0.5%'), qt, qg], 'private, foreign and state trade are not all trade: their rates do not combine into the 4.2%')
a = ALT(Q3, 1, qpp, '63.6%', 'private share 68.6 → 63.6')
S.rel('share', I, R(a, sh_q3, qpp, '63.6%'), 'altered: 10683.3/15563.3 = 68.6%, not 63.6 (breaks {B})')
S.rel('share', I, R(a, pt_q3, qpp, '63.6%'), 'altered: a share of 63.6 against 64.15 a year before is a fall, not +4.5 points (breaks {B})')
a = ALT(Q3, 2, qg, '4.7%', 'total growth (spokesman’s paragraph) 4.2 → 4.7')
S.rel('growth', I, R(a, g_q3, qg, '4.7%'), 'altered: the export and import rates give +4.2%, not 4.7 (breaks {B})')
S.rel('restatement', I, R(a, rs_q3, qg, '4.7%'), 'altered: +4.2% in the lead vs +4.7% in the body (breaks {B})')

# ---- 山东 foreign trade, January–October 2020 (news)
mt = F(M10, '1.76万亿元'); mex = F(M10, '1.02万亿元'); mim = F(M10, '7423.8亿元'); mq3 = F(M10, '1.56万亿元'); mtg = F(M10, '5.8%')
mo = F(M10, '2068.2亿元'); mog = F(M10, '19.2%'); moex = F(M10, '1284.1亿元'); moexg = F(M10, '43.6%'); moim = F(M10, '784.1亿元'); moimg = F(M10, '6.7%')
mp = F(M10, '1.21万亿元'); mpg = F(M10, '12.7%'); mpp = F(M10, '68.8%'); mppt = F(M10, '4.2个')
mf = F(M10, '3901亿元'); mfg = F(M10, '9.6%'); mfp = F(M10, '22.1%'); mfpt = F(M10, '3.8个'); ms = F(M10, '1580.4亿元'); msp = F(M10, '9%', '的', post=',')
sum_mo = [moex, moim, mo]; g_mo = [moex, moexg, moim, moimg, mo, mog]
S.rel('sum', C, [mex, mim, mt], 'exports 1.02万亿 + imports 7423.8 = 1.76万亿 (10150–10250 + 7423.8 reaches 17550–17650)')
S.rel('sum', C, sum_mo, 'October: exports 1284.1 + imports 784.1 = 2068.2')
S.rel('growth', C, g_mo, 'October: 1284.1/1.436 + 784.1/0.933 = 1734.6 a year before; 2068.2/1734.6 = +19.23%')
S.rel('sum', C, [mq3, mo, mt], 'Q1–Q3 1.56万亿 + October 2068.2 = about 1.76万亿 (inside the rounding of both)')
S.rel('sum', C, [qex, qim, mo, mt], 'cross-document: Q1–Q3 exports 8923.6 + imports 6639.7 (sd_2020q3) + October 2068.2 = 17631.5 → 1.76万亿')
S.rel('restatement', C, [qt, mq3], 'Q1–Q3 1.56万亿 (sd_2020q3) restated in the January–October news')
S.rel('share', C, [mp, mt, mpp], 'private 1.21万亿/1.76万亿 = 68.75% → 68.8')
S.rel('share', C, [mf, mt, mfp], 'foreign 3901/1.76万亿: 22.16% at 17600, 22.10–22.23 over the allowance; 22.1 fits (22.13 on the 17631.5 of the two reports)')
S.rel('share', C, [ms, mt, msp], 'state 1580.4/17600 = 8.98% → 9')
S.rel('share', C, [mp, mpg, mt, mtg, mpp, mppt], 'private a year before 12100/1.127 = 10736 of 17600/1.058 = 16635 (64.54%); 68.75 − 64.54 = 4.2 points')
S.rel('share', C, [mf, mfg, mt, mtg, mfp, mfpt], 'foreign a year before 3901/0.904 = 4315 of 16635 (25.94%); 22.16 − 25.94 = −3.8 points')
S.rel('share', C, [F(M10, '5120.8亿元'), mt, F(M10, '近三成')], '青岛 5120.8/17600 = 29.1%: just under three tenths (近三成)')
S.rel('growth', U, [F(M10, '5120.8亿元'), F(M10, '7.1%'), mt, mtg], '青岛 +7.1% vs the province +5.8%: a part against the whole; the rest is not stated')
S.rel('sum', U, [mp, mf, ms, mt], 'private + foreign + state shares add to 99.9, but other ownership types exist (see sd_2020q3): not a stated split')
S.rel('restatement', U, [qpp, mpp], 'private share 68.6 (Q1–Q3) vs 68.8 (January–October): different periods')
S.rel('restatement', U, [sprip, mpp], 'private share 60.7 (January–November 2018) vs 68.8 (January–October 2020): different years')
g_x = [qex, qexg, qim, qimg, mo, mog, mt, mtg]
S.rel('growth', C, g_x, 'cross-document: Q1–Q3 a year before 14936.3 (sd_2020q3) + October a year before 2068.2/1.192 = 1735.1 → 16671.4; 17631.5/16671.4 = +5.76% → 5.8')
S.rel('restatement', U, [F(Q3, '6.7%', n=1), moimg], 'Q1–Q3 share of national trade 6.7% vs October imports −6.7%: same number, different indicators')
S.rel('restatement', U, [mppt, qg], 'private share +4.2 points (January–October) vs trade growth +4.2% (Q1–Q3): same number, different indicators')
S.rel('growth', U, [st_, mt], 'January–November 2018 17483.7 vs January–October 2020 1.76万亿: different spans; no rate')
a = ALT(M10, 1, moim, '734.1亿元', 'October imports 784.1 → 734.1')
S.rel('sum', I, R(a, sum_mo, moim, '734.1亿元'), 'altered: 1284.1 + 734.1 = 2018.2, not 2068.2 (breaks {B})')
S.rel('growth', I, R(a, g_mo, moim, '734.1亿元'), 'altered: with imports 734.1 (−6.7%) October a year before is 1681.0, so 2068.2 would be +23.0%, not 19.2 (breaks {B})')
a = ALT(M10, 2, mog, '15.2%', 'October growth 19.2 → 15.2')
S.rel('growth', I, R(a, g_mo, mog, '15.2%'), 'altered: +43.6% exports and −6.7% imports give +19.2%, not 15.2 (breaks {B})')
S.rel('growth', I, R(a, g_x, mog, '15.2%'), 'altered: with October +15.2% the January–October growth would be +5.4%, not 5.8 (breaks {B})')

# ---- 江西 provincial key projects, January–June 2019 (release of the provincial DRC, reposted)
jt = F(JX, '936.31亿元'); j1 = F(JX, '305.13亿元'); j2 = F(JX, '524.66亿元'); j3 = F(JX, '106.52亿元'); jtp = F(JX, '45.7%')
jn1 = F(JX, '49个'); jn2 = F(JX, '79个'); jnp = F(JX, '62%')
sum_j = [j1, j2, j3, jt]; sh_jn = [jn1, jn2, jnp]; r_j = [F(JX, '192.42亿元'), F(JX, '9.4%'), jt, jtp]
S.rel('sum', C, sum_j, 'by group: 305.13 + 524.66 + 106.52 = 936.31')
S.rel('rate', C, r_j, 'annual plan = 936.31/45.7% = 2048.8; June 192.42/2048.8 = 9.39% → 9.4')
S.rel('share', C, [j1, F(JX, '55.5%'), j2, F(JX, '47.4%'), j3, F(JX, '27%'), jt, jtp],
      'group plans 305.13/55.5% + 524.66/47.4% + 106.52/27% = 2051; 936.31/2051 = 45.65%, and the allowance of 27% (26.5–27.5) reaches 45.7')
S.rel('share', C, sh_jn, '49 of 79 new projects started: 62.0%')
S.rel('rate', C, [F(JX, '66.33亿元'), F(JX, '7.7%'), F(JX, '326.24亿元'), F(JX, '38%')], 'infrastructure plan 326.24/38% = 858.5; June 66.33/858.5 = 7.73% → 7.7')
S.rel('share', C, [F(JX, '21个'), F(JX, '6个'), F(JX, '71.4%')], '21 planned new infrastructure projects, 6 started: 15/21 = 71.43% → 71.4 to start in H2')
S.rel('target', CT, [jt, jtp], 'January–June: 45.7% of the year’s plan; the year is not over: cannot tell')
S.rel('growth', U, [F(JX, '192.42亿元'), F(JX, '5.2%')], 'June +5.2% on May: May is not stated')
S.rel('share', U, [F(JX, '326.24亿元'), jt], 'infrastructure 326.24 of 936.31 (34.8%): no such share is stated; the 38% is of its own plan')
S.rel('rate', U, [F(JX, '14%'), F(JX, '13.7%'), F(JX, '12.7%'), F(JX, '9.4%')], 'sector monthly progress 14, 13.7, 12.7 vs the provincial 9.4%: sector plan weights are not stated')
S.rel('restatement', U, [F(JX, '9.8%', n=0), F(JX, '9.8%', n=1)], 'railway and water projects both 9.8%: different indicators, same number')
a = ALT(JX, 1, j3, '106.82亿元', 'new-start projects 106.52 → 106.82')
S.rel('sum', I, R(a, sum_j, j3, '106.82亿元'), 'altered: groups add to 936.61, not 936.31 (breaks {B})')
a = ALT(JX, 2, jnp, '68%', 'start rate 62 → 68')
S.rel('share', I, R(a, sh_jn, jnp, '68%'), 'altered: 49/79 = 62%, not 68 (breaks {B})')

# ---- 浙江 jute purchases 1962 (People's Daily, 1963-01-04)
zp = F(Z62, '百分之二点七')
S.rel('target', M, [zp], '1962 jute purchases exceed the state plan by 2.7%: met')
S.rel('target', M, [F(Z62, '九十万斤')], '余杭县 sold 90万斤 more after completing its delivery plan: met')
S.rel('target', M, [F(Z62, '二十三万斤')], '瓜沥区 delivered 23万斤 above its plan: met')
S.rel('share', U, [F(Z62, '百分之六十以上'), zp], '浙江 60%+ of national jute output vs 2.7% over the purchase plan: different bases, nothing to combine')
S.rel('growth', U, [zp, F(Z62, '一成')], '2.7% over the plan vs one tenth over the 1961 purchases: different bases')
S.rel('sum', U, [F(Z62, '九十万斤'), F(Z62, '二十三万斤'), zp], 'county and district excesses are not parts of a stated provincial excess (given only as a percentage)')

# ---- 安徽 tea purchases, May 1955 (People's Daily, 1955-05-30)
a81 = F(A55, '百分之八十一'); a50 = F(A55, '百分之五十')
S.rel('target', CT, [a81], 'export black tea: 81% of the year’s purchase plan by 20 May; the year is not over: cannot tell')
S.rel('target', CT, [a50], 'export green tea: 50% of plan by 20 May: cannot tell')
S.rel('target', U, [a81, a50], 'black-tea and green-tea progress: different indicators, not one target')
S.rel('growth', U, [F(A55, '百分之三十四'), a81], 'purchases +34% on the same period of 1954 vs 81% of plan: different bases')
S.rel('target', U, [zp, a81], '浙江 jute 1962 vs 安徽 tea 1955: other place, indicator and year')

# ---- 三明 2017 health statistics bulletin (prefecture city, 福建; traditional)
smt = F(SM, '2597所'); smtab = F(SM, '2597', '總 計 |\n'); smprev = F(SM, '2615'); smd = F(SM, '18所', '減少')
smh = F(SM, '46', '一.醫院 |\n'); smb = F(SM, '2496', '基層醫療衛生機構 |\n'); smp = F(SM, '42', '三.專業公共衛生機構 |\n')
smb5 = F(SM, '467'); smbprev = F(SM, '2518'); smbd = F(SM, '-22')
sum_smb = [F(SM, '68', '社區衛生服務中心(站) |\n'), F(SM, '123', '衛生院 |\n'), F(SM, '1819', '村衛生室 |\n'), F(SM, '19', '門診部 |\n'), smb5, smb]
g_smb = [smb, smbprev, smbd]
S.rel('growth', C, [smt, smprev, smd], 'institutions 2597 (2017) − 2615 (2016) = −18 (減少18所)')
S.rel('restatement', C, [smt, smtab], 'total 2597 in the text and in the table')
S.rel('sum', C, [F(SM, '27', '綜合醫院 |\n'), F(SM, '9', '中醫醫院 |\n'), F(SM, '1', '中西醫結合醫院 |\n'), F(SM, '9', '專科醫院 |\n'), smh], 'hospitals 27 + 9 + 1 + 9 = 46')
S.rel('sum', C, sum_smb, 'primary care 68 + 123 + 1819 + 19 + 467 = 2496')
S.rel('sum', C, [F(SM, '13', '疾病預防控制中心 |\n'), F(SM, '2', '專科疾病防治院(所、站) |\n'), F(SM, '12', '婦幼保健院(所、站) |\n'),
                 F(SM, '1', '采供血機構 |\n'), F(SM, '13', '衛生監督所(中心) |\n'), F(SM, '1', '計劃生育技術服務機構 |\n'), smp], 'public health 13 + 2 + 12 + 1 + 13 + 1 = 42')
S.rel('sum', U, [smh, smb, smp, smtab], 'hospitals 46 + primary care 2496 + public health 42 = 2584, not 2597: a fourth group (other institutions, 13) is not in the passage')
S.rel('growth', C, g_smb, 'primary care 2496 − 2518 = −22')
S.rel('sum', C, [F(SM, '4', post=' |\n社區衛生服務中心 |'), F(SM, '0', '123 |\n123 |\n'), F(SM, '7', '1819 |\n1812 |\n'), F(SM, '0', '門診部 |\n19 |\n19 |\n'), F(SM, '-33'), smbd],
      'changes within primary care 4 + 0 + 7 + 0 − 33 = −22')
S.rel('sum', C, [F(SM, '23所'), F(SM, '45所'), F(SM, '68所')], 'community health centres 23 + stations 45 = 68')
S.rel('growth', C, [F(SM, '1819所'), F(SM, '1812'), F(SM, '7所', '增加')], 'village clinics 1819 − 1812 = +7')
S.rel('restatement', C, [F(SM, '19所', '診所'), F(SM, '19', '門診部 |\n')], 'text 門診部和診所19所 vs table 門診部 19 (the text’s label leaves out the 467 clinics; see ANNOTATION.md)')
S.rel('sum', U, [F(SM, '4所', '46所,比上年增加'), F(SM, '4所', '),比上年增加'), F(SM, '7所', '增加'), F(SM, '1所', '比上年增加'), F(SM, '1所', '比上年減少'), smd],
      'changes named in the text (+4, +4, +7, +1, −1) add to +15, not −18: the text leaves out clinics (−33) and others; not a split')
S.rel('restatement', U, [F(SM, '42', '一.醫院 |\n46 |\n'), smp], 'hospitals in 2016 (42) and public-health institutions in 2017 (42): same number, different rows')
S.rel('growth', C, [smh, F(SM, '42', '一.醫院 |\n46 |\n'), F(SM, '4所', '46所,比上年增加')], 'hospitals 46 (2017) − 42 (2016) = +4, as the text says')
a = ALT(SM, 1, smb5, '487', 'clinics 467 → 487 (table)')
S.rel('sum', I, R(a, sum_smb, smb5, '487'), 'altered: primary care parts add to 2516, not 2496 (breaks {B})')
a = ALT(SM, 2, smbprev, '2548', 'primary care 2016 2518 → 2548 (table)')
S.rel('growth', I, R(a, g_smb, smbprev, '2548'), 'altered: 2496 − 2548 = −52, not −22 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout75. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout75.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout75'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

LJ='lj_2020.txt'; CY='cy_2016.txt'; WZ='wz_2024.txt'; YC='yc_2021.txt'; PD='pd_2021h1_hant.txt'; YD='yd_2018.txt'; DB='db_2020.txt'
SC='sc_2020q3.txt'; LY='ly_2016.txt'; NJ='nj_1959.txt'; HH='hh_1995_hant.txt'; RD='rd_2021_hant.txt'; TD='teda_2020h1.txt'; ZJ='zj_2019.txt'

# ---- 两江新区 (重庆) 2020 final accounts, filing review by the 市人大财经委 (people's congress budget review, development zone)
lr = [F(LJ, t) for t in ('126.01亿元', '86.66亿元', '1.56亿元', '108.73亿元', '4.67亿元')]; lrt = F(LJ, '327.63亿元', n=0)
le = [F(LJ, t) for t in ('249.70亿元', '6.27亿元', '3.60亿元', '48.82亿元')] + [F(LJ, '0.53亿元', n=0), F(LJ, '18.71亿元')]; let_ = F(LJ, '327.63亿元', n=1)
fr = [F(LJ, t) for t in ('424.94亿元', '15.49亿元', '7.00亿元', '50.00亿元')] + [F(LJ, '0.53亿元', n=1), F(LJ, '1.69亿元')]; frt = F(LJ, '499.65亿元', n=0)
fe = [F(LJ, t) for t in ('339.93亿元', '53.88亿元', '105.19亿元', '0.65亿元')]; fet = F(LJ, '499.65亿元', n=1)
sr = F(LJ, '9.73亿元', n=0); se = [F(LJ, t) for t in ('6.15亿元', '3.54亿元', '0.04亿元')]; set_ = F(LJ, '9.73亿元', n=1)
sum_lr = lr + [lrt]; sum_le = le + [let_]; sum_fe = fe + [fet]
S.rel('sum', C, sum_lr, 'general budget: 126.01 + 86.66 + 1.56 + 108.73 + 4.67 = 327.63 (收入总计)')
S.rel('sum', C, sum_le, 'general budget: 249.70 + 6.27 + 3.60 + 48.82 + 0.53 + 18.71 = 327.63 (支出总计)')
S.rel('sum', C, fr + [frt], 'fund budget: 424.94 + 15.49 + 7.00 + 50.00 + 0.53 + 1.69 = 499.65')
S.rel('sum', C, sum_fe, 'fund budget: 339.93 + 53.88 + 105.19 + 0.65 = 499.65')
S.rel('sum', C, se + [set_], 'state-capital budget: 6.15 + 3.54 + 0.04 = 9.73')
S.rel('restatement', C, [lrt, let_], 'general budget balances: 收入总计 327.63 = 支出总计 327.63')
S.rel('restatement', C, [frt, fet], 'fund budget balances: 499.65 = 499.65')
S.rel('restatement', C, [sr, set_], 'state-capital budget: revenue 9.73 = 支出总计 9.73')
S.rel('target', MS, [lr[0], F(LJ, '89.1%')], '两江新区 2020 general-budget revenue 126.01亿 = 89.1% of the budget: missed')
S.rel('target', M, [fr[0], F(LJ, '111.7%')], '2020 fund-budget revenue 424.94亿 = 111.7% of the budget: met')
S.rel('target', M, [sr, F(LJ, '100.0%')], '2020 state-capital revenue 9.73亿 = 100.0% of the budget: met (exactly)')
S.rel('target', MS, [le[0], F(LJ, '97.8%')], '2020 general-budget spending 249.70亿 = 97.8% of the budget: below plan (as check-heldout59 keyed 中原区 spending)')
S.rel('target', U, [F(LJ, '89.1%'), fr[0]], 'the 89.1% is the general budget\'s completion; the fund revenue 424.94 has its own (111.7%): other indicator')
S.rel('growth', U, [lr[0], F(LJ, '10.1%')], 'revenue −10.1%: the 2019 level is not stated')
S.rel('growth', U, [sr, F(LJ, '38.5%')], 'state-capital revenue −38.5%: the 2019 level is not stated')
S.rel('growth', U, [fe[0], F(LJ, '21.4%'), fr[0], F(LJ, '56.1%')], 'fund spending +21.4% and fund revenue +56.1%: different indicators, 2019 levels not stated; nothing to check')
a = ALT(LJ, 1, lr[3], '103.73亿元', 'transfers into the general budget 108.73 → 103.73')
S.rel('sum', I, R(a, sum_lr, lr[3], '103.73亿元'), 'altered: parts add to 322.63, not 327.63 (breaks {B})')
a = ALT(LJ, 2, fe[1], '58.88亿元', 'fund remittances to the higher level 53.88 → 58.88')
S.rel('sum', I, R(a, sum_fe, fe[1], '58.88亿元'), 'altered: parts add to 504.65, not 499.65 (breaks {B})')
a = ALT(LJ, 3, le[3], '43.82亿元', 'general budget stabilisation fund 48.82 → 43.82')
S.rel('sum', I, R(a, sum_le, le[3], '43.82亿元'), 'altered: parts add to 322.63, not 327.63 (breaks {B})')

# ---- 朝阳区 (北京) work report, 2016-12-20 (five-year review 2011→2016)
cg = F(CY, '4942亿元'); cg5 = F(CY, '1670亿元'); cgr = F(CY, '7.9%')
ci = F(CY, '59886元'); ci5 = F(CY, '20840元'); cir = F(CY, '8.9%')
cv = F(CY, '477.1亿元'); cv5 = F(CY, '164.3亿元'); cvr = F(CY, '8.8%')
S.rel('growth', C, [ci, ci5, cir], 'income 59886, five-year increase 20840 → 2011 level 39046; (59886/39046)^(1/5) − 1 = 8.93% → 8.9')
S.rel('growth', C, [cv, cv5, cvr], 'revenue 477.1, increase 164.3 → 312.8; (477.1/312.8)^(1/5) − 1 = 8.81% → 8.8')
S.rel('growth', U, [cg, cg5, cgr], 'GDP 3272 → 4942 is 8.6% a year at current prices; the 7.9% is at comparable prices: nominal vs real')
S.rel('restatement', U, [F(CY, '6.5%', n=0), F(CY, '6.5%', n=1)], 'GDP +6.5% and budget revenue +6.5%: different indicators sharing a number')
S.rel('growth', U, [ci, F(CY, '8%', '同比增长', post=',五年增加20840')], 'income +8% on 2015: the 2015 level is not stated (the five-year base is 2011)')
S.rel('growth', U, [cv, F(CY, '6.5%', n=1)], 'revenue +6.5% on 2015: the 2015 level is not stated')
a = ALT(CY, 1, ci5, '20240元', 'five-year income increase 20840 → 20240')
S.rel('growth', I, [on(a, ci), on(a, ci5, '20240元'), on(a, cir)], 'altered: base 39646 gives 8.6% a year, not 8.9 (breaks {B})')
a = ALT(CY, 2, cv5, '184.3亿元', 'five-year revenue increase 164.3 → 184.3')
S.rel('growth', I, [on(a, cv), on(a, cv5, '184.3亿元'), on(a, cvr)], 'altered: base 292.8 gives 10.3% a year, not 8.8 (breaks {B})')

# ---- 万州区 (重庆) 2024 plan execution report (target table)
wt = F(WZ, '7', '\n\n', post='\n\n6.8'); wr = F(WZ, '6.8')
S.rel('target', MS, [wt, wr], '万州 2024 GDP growth target 7 (%), result 6.8: missed')

# ---- 永川区 (重庆) work report 2022-01-08 (2016→2021)
S.rel('growth', U, [F(YC, '695.7亿元'), F(YC, '1144.2亿元'), F(YC, '8.7%')], '695.7 → 1144.2 is 10.5% a year at current prices; 8.7% is real growth: nominal vs real')
S.rel('growth', U, [F(YC, '742亿元'), F(YC, '1550.2亿元'), F(YC, '15.3%')], 'industrial output 742 → 1550.2 is 15.9% a year at current prices vs 15.3%: comparable-price growth, not a check (judgement call)')
S.rel('growth', U, [F(YC, '308.3亿元'), F(YC, '505.8亿元'), F(YC, '13.2%')], 'retail sales 308.3 → 505.8 is only 10.4% a year, yet 13.2% is stated: yearly rates are on revised (comparable-caliber) bases not given here; not checkable from the levels (judgement call)')
S.rel('rate', U, [F(YC, '2413.8亿元'), F(YC, '10.1%')], 'five-year cumulative investment 2413.8 and yearly growth 10.1%: the yearly levels are not stated')

# ---- 浦东新区 (上海) H1 2021 (traditional script)
pc = F(PD, '1520億元'); p3 = F(PD, '1070億元'); pp = F(PD, '70.4%'); pa = F(PD, '71.6%', n=0); pb = F(PD, '71.6%', n=1)
S.rel('share', C, [p3, pc, pp], 'three car makers 1070 of car manufacturing 1520 = 70.39% → 70.4')
S.rel('restatement', C, [pa, pb], 'car manufacturing output +71.6% stated twice')
S.rel('share', U, [F(PD, '35%'), F(PD, '1644億元'), F(PD, '7163億元')], 'industry contributes nearly 35% of GDP growth; its share of GDP is 1644/7163 = 23.0%: contribution vs share')
S.rel('growth', U, [F(PD, '13.7%'), F(PD, '6.5%')], '+13.7% with a two-year average of 6.5%: the H1 2020 rate is not stated')
S.rel('sum', U, [F(PD, '1644億元'), F(PD, '2275億元'), F(PD, '7163億元')], 'industry and finance are two sectors of GDP, not a split')
S.rel('sum', U, [F(PD, '400億元'), p3], 'two of the three makers each above 400: lower bounds of a subset; not checkable')
S.rel('growth', U, [F(PD, '5513億元'), F(PD, '19.1%'), F(PD, '1644億元'), F(PD, '21.6%')], 'gross output +19.1% vs value added +21.6%: different measures, no relation')
a = ALT(PD, 1, pp, '72.4%', 'share of the three makers 70.4 → 72.4')
S.rel('share', I, [on(a, p3), on(a, pc), on(a, pp, '72.4%')], 'altered: 1070/1520 = 70.4%, not 72.4 (breaks {B})')
a = ALT(PD, 2, pb, '74.6%', 'second statement of car output growth 71.6 → 74.6')
S.rel('restatement', I, [on(a, pa), on(a, pb, '74.6%')], 'altered: 71.6% vs 74.6% (breaks {B})')

# ---- 宜都市 (宜昌, 湖北; identified from the town names) civil affairs bureau, 2018 assistance summary
yh = [F(YD, '6195户'), F(YD, '7840户'), F(YD, '14035户')]
yp = [F(YD, '12533人'), F(YD, '13026人'), F(YD, '25559人')]
ym = [F(YD, '3277万元'), F(YD, '1444万元'), F(YD, '4721万元')]
S.rel('sum', C, yh, 'urban 6195 + rural 7840 = 14035 households')
S.rel('sum', C, yp, 'urban 12533 + rural 13026 = 25559 persons')
S.rel('sum', C, ym, 'urban 3277 + rural 1444 = 4721万元')
S.rel('sum', U, [F(YD, '2266人'), F(YD, '1674人'), yp[1]], 'rural entries 2266 and exits 1674 (net +592): the opening count is not stated')
S.rel('restatement', U, [F(YD, '25249人'), yp[2]], 'Spring Festival recipients 25249 vs the year\'s 25559 on 低保: different dates and sets')
S.rel('sum', U, [F(YD, '3500元'), F(YD, '2300元'), F(YD, '6240元')], 'allowances for concentrated (3500) and dispersed (2300) care are alternatives, not parts of the 6240 standard')
S.rel('rate', U, [ym[2], yp[2], F(YD, '2760元')], '4721万元 / 25559 persons = 1847元 a head vs the rural standard 2760元: 低保 pays the gap to the standard and people enter and leave during the year; not a check')
S.rel('sum', U, [F(YD, '462人'), F(YD, '714人'), yp[0]], 'urban entries 462 and exits 714: the opening count is not stated')
a = ALT(YD, 1, yh[1], '7340户', 'rural low-income households 7840 → 7340')
S.rel('sum', I, R(a, yh, yh[1], '7340户'), 'altered: 6195 + 7340 = 13535, not 14035 (breaks {B})')
a = ALT(YD, 2, ym[1], '1484万元', 'rural low-income payments 1444 → 1484')
S.rel('sum', I, R(a, ym, ym[1], '1484万元'), 'altered: 3277 + 1484 = 4761, not 4721 (breaks {B})')

# ---- 东宝区 (荆门, 湖北) 2020 statistical bulletin
dt = F(DB, '356.56亿元'); d1 = F(DB, '18.1亿元'); d2 = F(DB, '151.39亿元'); d3 = F(DB, '187.07亿元')
dp1 = F(DB, '5.1%'); dp2 = F(DB, '42.5%'); dp3 = F(DB, '52.4%')
ds1 = F(DB, '5.1', '调整为', post=':42.5'); ds2 = F(DB, '42.5', '5.1:', post=':52.4'); ds3 = F(DB, '52.4', '42.5:')
dq = F(DB, '2.25万吨'); dq1 = F(DB, '1.99万吨'); dq2 = F(DB, '990吨'); dqt = F(DB, '22540')
sum_db = [d1, d2, d3, dt]; sh2 = [d2, dt, dp2]; sh3 = [d3, dt, dp3]; aq = [dq1, dq2, dq]; rq = [dq, dqt]
S.rel('sum', C, sum_db, '18.1 + 151.39 + 187.07 = 356.56')
S.rel('share', C, [d1, dt, dp1], '18.1/356.56 = 5.08% → 5.1')
S.rel('share', C, sh2, '151.39/356.56 = 42.46% → 42.5')
S.rel('share', I, sh3, 'REAL ERROR: 187.07/356.56 = 52.47% → 52.5, stated 52.4 (forced so that the shares add to 100)')
S.rel('restatement', C, [dp3, ds3], 'tertiary share 52.4 stated as 比重 and in the structure (both carry the same error)')
S.rel('sum', C, [ds1, ds2, ds3], 'structure 5.1 + 42.5 + 52.4 = 100')
S.rel('sum', C, [F(DB, '4.6'), F(DB, '45.7'), F(DB, '49.7')], '2019 structure 4.6 + 45.7 + 49.7 = 100')
S.rel('restatement', C, [F(DB, '14.4万吨'), F(DB, '143972')], 'grain 14.4万吨 in the text = 143972 t in the table')
S.rel('restatement', C, [F(DB, '2.88万吨'), F(DB, '28762')], 'oilseed 2.88万吨 = 28762 t')
S.rel('restatement', C, rq, 'aquatic products 2.25万吨 = 22540 t')
S.rel('sum', I, aq, 'REAL ERROR: farmed 1.99万吨 + caught 990 t = 20890 t, not 2.25万吨 (22540 t)')
S.rel('sum', U, [F(DB, '118787'), F(DB, '11200'), F(DB, '143972')], 'rice + wheat are part of grain (other grains not listed): not a split')
S.rel('growth', U, [F(DB, '3.72%'), F(DB, '1.37个')], 'unemployment rate 3.72%, up 1.37 points: the 2019 rate is not stated')
S.rel('rate', U, [F(DB, '3863人'), F(DB, '3.72%')], '3863 registered unemployed at 3.72%: the labour-force base is not stated')
S.rel('sum', U, [F(DB, '3.48千公顷'), F(DB, '15.51千公顷'), F(DB, '22.46千公顷')], 'wheat + rice area are part of grain area: not a split')
S.rel('growth', U, [F(DB, '2.5%'), F(DB, '9.1%')], 'CPI +2.5% with food +9.1%: category weights not stated')
S.rel('rate', U, [d1, F(DB, '0.2 %'), d2, F(DB, '7.9%'), d3, F(DB, '0.8%'), dt, F(DB, '4.2%')], 'current-price 2020 levels with real sector rates give about −3.9% vs −4.2%: base weights not stated; not a check')
a = ALT(DB, 1, d2, '157.39亿元', 'secondary value added 151.39 → 157.39')
S.rel('sum', I, R(a, sum_db, d2, '157.39亿元'), 'altered: parts add to 362.56, not 356.56 (breaks {B})')
S.rel('share', I, R(a, sh2, d2, '157.39亿元'), 'altered: 157.39/356.56 = 44.1%, not 42.5 (breaks {B})')
S.rel('share', I, R(a, sh3, None, None), 'inherits the real error of {B}: 52.47% stated 52.4')
S.rel('sum', I, R(a, aq, None, None), 'inherits the real error of {B}: 1.99万 + 990 t ≠ 2.25万吨')
a = ALT(DB, 2, dq, '2.35万吨', 'aquatic products in the text 2.25 → 2.35万吨')
S.rel('restatement', I, R(a, rq, dq, '2.35万吨'), 'altered: 2.35万吨 vs 22540 t in the table (breaks {B})')
S.rel('sum', I, R(a, aq, dq, '2.35万吨'), 'inherits the real error of {B} (1.99万 + 990 t = 20890 t), now against 2.35万吨')
S.rel('share', I, R(a, sh3, None, None), 'inherits the real error of {B}: 52.47% stated 52.4')

# ---- 四川 transport department, Jan–Sep 2020 (sector department)
st_ = F(SC, '1383.54亿元'); sr_ = F(SC, '1275.34亿元'); s_w = F(SC, '34.61亿元'); s_m = F(SC, '73.59亿元')
sh = [F(SC, '679.62亿元'), F(SC, '426.91亿元'), F(SC, '153.3亿元'), F(SC, '15.51亿元')]
sg = [F(SC, '42.3%'), F(SC, '10.5%'), F(SC, '15.2%'), F(SC, '4.6%'), F(SC, '4.3%'), F(SC, '32.0%')]; stg = F(SC, '14.8%')
sum_sc = [sr_, s_w, s_m, st_]; sum_sr = sh + [sr_]
gr_sc = [sh[0], sg[0], sh[1], sg[1], sh[2], sg[2], sh[3], sg[3], s_w, sg[4], s_m, sg[5], st_, stg]
S.rel('sum', C, sum_sc, 'roads 1275.34 + waterways 34.61 + maintenance 73.59 = 1383.54')
S.rel('sum', C, sum_sr, '679.62 + 426.91 + 153.3 + 15.51 = 1275.34')
S.rel('growth', C, gr_sc, 'Jan–Sep 2019 bases from the six parts (477.6 + 386.3 + 180.8 + 16.3 + 36.2 + 108.2 = 1205.4); 1383.54/1205.4 = +14.8%')
S.rel('sum', U, [F(SC, '1327.76亿元'), st_, s_m], 'fixed-asset total 1327.76 excludes only the non-fixed part of maintenance (55.78 ≠ 73.59): a subset, not a check')
a = ALT(SC, 1, sr_, '1245.34亿元', 'road investment 1275.34 → 1245.34')
S.rel('sum', I, R(a, sum_sc, sr_, '1245.34亿元'), 'altered: 1245.34 + 34.61 + 73.59 = 1353.54, not 1383.54 (breaks {B})')
S.rel('sum', I, R(a, sum_sr, sr_, '1245.34亿元'), 'altered: road parts add to 1275.34, not 1245.34 (breaks {B})')
a = ALT(SC, 2, sg[0], '47.3%', 'expressway growth 42.3 → 47.3')
S.rel('growth', I, R(a, gr_sc, sg[0], '47.3%'), 'altered: bases then add to 1189.2 and 1383.54/1189.2 = +16.3%, not 14.8 (breaks {B})')

# ---- 辽源 (吉林) foreign trade 2016, news of the commerce bureau
lx = F(LY, '16454万美元'); lm = F(LY, '13414万美元'); lt = F(LY, '29868万美元'); lxr = F(LY, '8.6%'); lmr = F(LY, '9.2%'); ltr = F(LY, '8.9%')
sum_ly = [lx, lm, lt]; gr_ly = [lx, lxr, lm, lmr, lt, ltr]
S.rel('sum', C, sum_ly, 'exports 16454 + imports 13414 = 29868万美元')
S.rel('growth', C, gr_ly, '2015 bases 16454/1.086 + 13414/1.092 = 15151 + 12284 = 27435; 29868/27435 = +8.9%')
S.rel('growth', U, [ltr, F(LY, '11.2'), lxr, F(LY, '17.4'), lmr, F(LY, '9.4')], 'growth 11.2/17.4/9.4 points above the provincial averages: the provincial rates are not stated')
S.rel('growth', U, [F(LY, '35%'), ltr], '十二五 yearly average 35%: the 2010–2015 levels are not stated')
a = ALT(LY, 1, lm, '13914万美元', 'imports 13414 → 13914')
S.rel('sum', I, R(a, sum_ly, lm, '13914万美元'), 'altered: 16454 + 13914 = 30368, not 29868 (breaks {B})')
S.rel('growth', I, R(a, gr_ly, lm, '13914万美元'), 'altered: bases 15151 + 12742 = 27893; 29868/27893 = +7.1%, not 8.9 (breaks {B})')
a = ALT(LY, 2, lxr, '6.6%', 'export growth 8.6 → 6.6')
S.rel('growth', I, R(a, gr_ly, lxr, '6.6%'), 'altered: bases 15435 + 12284 = 27719; 29868/27719 = +7.8%, not 8.9 (breaks {B})')

# ---- 1959 results of the national agricultural programme (speech, 1960; national)
n1 = [F(NJ, '504个县'), F(NJ, '1786个县'), F(NJ, '28%')]
nc = [F(NJ, '45个县'), F(NJ, '55个县'), F(NJ, '104个县'), F(NJ, '204个县')]
na = [F(NJ, '761.3万亩'), F(NJ, '1044.8万亩'), F(NJ, '1842.3万亩'), F(NJ, '3648.4万亩')]
nx = [F(NJ, '3648.4万亩'), F(NJ, '8500万亩'), F(NJ, '42%')]
S.rel('share', C, n1, '504/1786 = 28.2% → 28')
S.rel('share', C, [F(NJ, '2.8677亿亩'), F(NJ, '12亿亩'), F(NJ, '24%')], '2.8677/12 = 23.9% → 24')
S.rel('sum', C, nc, 'cotton counties 45 + 55 + 104 = 204')
S.rel('sum', C, na, 'cotton fields 761.3 + 1044.8 + 1842.3 = 3648.4万亩')
S.rel('share', C, [nc[3], F(NJ, '1027个'), F(NJ, '20%')], '204/1027 = 19.9% → 20')
S.rel('share', I, nx, 'REAL ERROR (truncation): 3648.4/8500 = 42.9% → 43, stated 42')
S.rel('rate', C, [F(NJ, '1.8亿头'), F(NJ, '1.2亿农户'), F(NJ, '一头半')], '1.8亿 pigs in stock / 1.2亿 households = 1.5 (一头半)')
S.rel('rate', C, [F(NJ, '2.7亿头'), F(NJ, '1.2亿农户'), F(NJ, '两头以上')], '2.7亿 pigs raised / 1.2亿 households = 2.25 (两头以上)')
S.rel('target', CT, [F(NJ, '400斤'), n1[0]], 'grain-yield goal 400/500/800斤 is for the end of the 12 years (1967); 504 counties reaching it in 1959 says nothing about the goal\'s result')
S.rel('share', U, [n1[0], F(NJ, '1027个')], '504 grain counties vs 1027 cotton-growing counties: different sets; 504/1027 is no share the text states')
a = ALT(NJ, 1, na[1], '1014.8万亩', 'fields of the 80–99斤 group 1044.8 → 1014.8')
S.rel('sum', I, R(a, na, na[1], '1014.8万亩'), 'altered: 761.3 + 1014.8 + 1842.3 = 3618.4, not 3648.4 (breaks {B})')
S.rel('share', I, R(a, nx, None, None), 'inherits the real error of {B}: 42.9% stated 42')
a = ALT(NJ, 2, nc[1], '65个县', 'counties of the 80–99斤 group 55 → 65')
S.rel('sum', I, R(a, nc, nc[1], '65个县'), 'altered: 45 + 65 + 104 = 214, not 204 (breaks {B})')
S.rel('share', I, R(a, nx, None, None), 'inherits the real error of {B}: 42.9% stated 42')
a = ALT(NJ, 3, n1[2], '26%', 'share of counties meeting the grain goal 28 → 26')
S.rel('share', I, R(a, n1, n1[2], '26%'), 'altered: 504/1786 = 28.2%, not 26 (breaks {B})')
S.rel('share', I, R(a, nx, None, None), 'inherits the real error of {B}: 42.9% stated 42')

# ---- 呼和浩特 1995 statistical bulletin (traditional script; `15.0%億元` as stored)
ht = F(HH, '94.0億元'); h1 = F(HH, '15.0', post='%億元'); h2 = F(HH, '42.2億元'); h3 = F(HH, '36.8億元')
sum_hh = [h1, h2, h3, ht]
S.rel('sum', C, sum_hh, '15.0 + 42.2 + 36.8 = 94.0 (the primary figure is printed `15.0%億元`)')
S.rel('rate', U, [h1, F(HH, '7.2%'), h2, F(HH, '1.8%'), h3, F(HH, '9.7%'), ht, F(HH, '5.3%')], 'current-price levels with comparable-caliber rates give about 5.6% vs 5.3%; and the 1995 boundary change (two counties added) makes the base unstated: not a check')
S.rel('growth', U, [F(HH, '5165元'), F(HH, '5.2%'), F(HH, '5.3%')], 'per-capita +5.2% vs GDP +5.3%: population change not stated')
S.rel('sum', U, [F(HH, '6079平方公里'), F(HH, '12339平方公里')], 'area 6079 → 12339 after adding 和林格尔 and 清水河: their areas are not stated')
a = ALT(HH, 1, h2, '45.2億元', 'secondary value added 42.2 → 45.2')
S.rel('sum', I, R(a, sum_hh, h2, '45.2億元'), 'altered: parts add to 97.0, not 94.0 (breaks {B})')
a = ALT(HH, 2, h3, '38.8億元', 'tertiary value added 36.8 → 38.8')
S.rel('sum', I, R(a, sum_hh, h3, '38.8億元'), 'altered: parts add to 96.0, not 94.0 (breaks {B})')

# ---- 如东县 (南通, 江苏) 2021 statistical bulletin (traditional script)
rt_ = F(RD, '1272.24億元'); r1 = F(RD, '96.04億元'); r2 = F(RD, '632.78億元'); r3 = F(RD, '543.42億元')
rs1 = F(RD, '7.5', post=':49.7'); rs2 = F(RD, '49.7', '7.5:'); rs3 = F(RD, '42.7', '49.7:')
sum_rd = [r1, r2, r3, rt_]; shr2 = [r2, rt_, rs2]; shr3 = [r3, rt_, rs3]; str_ = [rs1, rs2, rs3]
S.rel('sum', C, sum_rd, '96.04 + 632.78 + 543.42 = 1272.24')
S.rel('share', C, [r1, rt_, rs1], '96.04/1272.24 = 7.55% → 7.5 (7.549)')
S.rel('share', C, shr2, '632.78/1272.24 = 49.74% → 49.7')
S.rel('share', C, shr3, '543.42/1272.24 = 42.71% → 42.7')
S.rel('sum', C, str_, 'structure 7.5 + 49.7 + 42.7 = 99.9: 100 within the three rounding allowances (up to 100.05)')
S.rel('growth', U, [F(RD, '8.9%'), F(RD, '7.4%')], '+8.9% with a two-year average of 7.4%: the 2020 rate is not stated')
S.rel('growth', U, [F(RD, '144597元'), F(RD, '10.5%'), F(RD, '8.9%')], 'per-capita +10.5% vs GDP +8.9%: population change not stated')
S.rel('rate', U, [r1, F(RD, '4.5%'), r2, F(RD, '9.6%'), r3, F(RD, '8.8%'), rt_, F(RD, '8.9%')], 'current-price 2021 levels deflated by real sector rates give about 8.9%, but base-year weights are not stated: not a check')
a = ALT(RD, 1, r2, '602.78億元', 'secondary value added 632.78 → 602.78')
S.rel('sum', I, R(a, sum_rd, r2, '602.78億元'), 'altered: parts add to 1242.24, not 1272.24 (breaks {B})')
S.rel('share', I, R(a, shr2, r2, '602.78億元'), 'altered: 602.78/1272.24 = 47.4%, not 49.7 (breaks {B})')
a = ALT(RD, 2, rs3, '44.7', 'tertiary share in the structure 42.7 → 44.7')
S.rel('share', I, R(a, shr3, rs3, '44.7'), 'altered: 543.42/1272.24 = 42.7%, not 44.7 (breaks {B})')
S.rel('sum', I, R(a, str_, rs3, '44.7'), 'altered: 7.5 + 49.7 + 44.7 = 101.9 (breaks {B})')

# ---- 天津经济技术开发区 (TEDA) H1 2020, news of the half-year work meeting
S.rel('growth', U, [F(TD, '20.8%'), F(TD, '61%')], 'foreign investment +20.8% on H1 2019 vs 61% of the year\'s task: different bases')
S.rel('growth', U, [F(TD, '18.7%'), F(TD, '58.5%')], 'domestic investment +18.7% vs 58.5% of the year\'s task: different bases')
S.rel('sum', U, [F(TD, '499亿元'), F(TD, '338.4亿元')], 'registered capital of 4021 new entities (499亿) vs capital added by 356 existing firms (338.4亿): different sets, neither part of the other')
S.rel('sum', U, [F(TD, '4021个'), F(TD, '356家')], '4021 new market entities vs 356 firms adding capital: different sets')

# ---- 浙江 2019 transport infrastructure (development and reform commission)
zt = F(ZJ, '3019.7亿元'); zp = [F(ZJ, t) for t in ('297.32亿元', '856.54亿元', '1579.23亿元', '202.67亿元', '83.94亿元')]
sum_zj = zp + [zt]
S.rel('sum', C, sum_zj, '297.32 + 856.54 + 1579.23 + 202.67 + 83.94 = 3019.70')
S.rel('target', M, [zt, F(ZJ, '121.7%')], '浙江 2019 transport investment 3019.7亿 = 121.7% of the year\'s plan: met')
S.rel('growth', U, [zt, F(ZJ, '19.37%')], 'investment +19.37%: the 2018 level is not stated (and the plan figure is not stated either)')
a = ALT(ZJ, 1, zp[2], '1549.23亿元', 'road investment 1579.23 → 1549.23')
S.rel('sum', I, R(a, sum_zj, zp[2], '1549.23亿元'), 'altered: parts add to 2989.70, not 3019.7 (breaks {B})')

# ---- 荆门 (湖北) 2019 plan execution report (prefecture city)
JM='jm_2019.txt'; ZW='zw_2020t.txt'
S.rel('target', M, [F(JM, '3个'), F(JM, '220.6%')], '3 major industrial projects supervised by the province: 220.6% of the year\'s investment plan: met')
S.rel('target', M, [F(JM, '29个'), F(JM, '171.4%')], '29 provincial key projects: 171.4% of the year\'s investment plan: met')
S.rel('target', M, [F(JM, '129个'), F(JM, '125.6%')], '129 city key projects: 125.6% of the year\'s investment plan: met')
S.rel('target', M, [F(JM, '501个'), F(JM, '51个')], '501 projects above 1亿 started, 51 over the year\'s plan (450): met')
S.rel('share', U, [F(JM, '71.1%'), F(JM, '53.1%'), F(JM, '43.6%')], 'private, industrial and tertiary investment shares 71.1 + 53.1 + 43.6 = 167.8: overlapping classifications, not a split of 100')
S.rel('growth', U, [F(JM, '13.2%'), F(JM, '12.2%'), F(JM, '16.2%'), F(JM, '12%', '固定资产投资同比增长')], 'overlapping sub-totals cannot be weighted into the total +12%')
S.rel('restatement', U, [F(JM, '12%', '固定资产投资同比增长'), F(JM, '12%', '865.11亿元,同比增长')], 'investment +12% and retail sales +12%: different indicators sharing a number')
S.rel('growth', U, [F(JM, '36805元'), F(JM, '8.96%'), F(JM, '20556元'), F(JM, '9.48%')], 'urban and rural income growth: 2018 levels not stated; no combined rate to check')

# ---- 张湾区 (十堰, 湖北) 2020 targets in the work report (no results in the passage)
zg = F(ZW, '7%以上'); zi = F(ZW, '10.5%以上')
S.rel('target', U, [zg, F(DB, '4.2%')], '张湾 2020 GDP target 7%以上 vs 东宝 2020 result −4.2%: another district of 湖北 (same year): unrelated')
S.rel('target', U, [zi, F(JM, '12%', '固定资产投资同比增长')], '张湾 2020 investment target 10.5%以上 vs 荆门 2019 investment +12%: other place and year')
S.rel('target', U, [F(ZW, '7%左右'), F(JM, '4.5%')], '张湾 2020 revenue target 7%左右 vs 荆门 2019 revenue +4.5%: other place and year')
S.rel('restatement', U, [F(ZW, '7.5%以上', n=0), F(ZW, '7.5%以上', n=1)], 'industrial output target 7.5%以上 and urban income target 7.5%以上: different indicators sharing a number')

# ---- cross-document traps
S.rel('target', U, [wt, F(YC, '8.7%')], '万州 2024 GDP target 7 vs 永川 2016–2021 yearly average 8.7%: other place and period')
S.rel('target', U, [F(ZJ, '121.7%'), st_], '浙江 2019 plan completion vs 四川 Jan–Sep 2020 investment: other province, period and scope')
S.rel('restatement', U, [F(CY, '6.5%', n=0), F(PD, '6.5%')], '朝阳 2016 GDP +6.5% vs 浦东 two-year average 6.5% (H1 2021): other place, period and measure')
S.rel('restatement', U, [ltr, cir], '辽源 2016 trade +8.9% vs 朝阳 2011–2016 income yearly average 8.9%: other place, period and indicator')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

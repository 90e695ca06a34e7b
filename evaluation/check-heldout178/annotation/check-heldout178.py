"""Check key, set check-heldout178. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout178.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout178'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


QB='qinbei_2024.txt'; QZ='qinzhou_1994_2023.txt'; TX='tengxian_2007_hant.txt'; ZH='zhuhai_2013_hant.txt'; M10='maoming_2010.txt'; M11='maoming_2011.txt'
M17='maoming_2017_hant.txt'; SZ22='shenzhen_2022h1.txt'; SZ85='shenzhen_1985.txt'; GZ='guangzhou_1949_1978.txt'; HN11='hainan_2011.txt'; HK07='haikou_2007.txt'
HB06='hk_budget_2006_hant.txt'; HB07='hk_budget_2007_hant.txt'; MO07='macau_2007m10_hant.txt'; TP25='taipei_2025_hant.txt'; TW06='taiwan_2006trade.txt'

# ---- 钦州市钦北区 2024 bulletin
gdp_qb = F(QB, '345.94亿元'); s1, s2, s3 = F(QB, '90.02亿元'), F(QB, '77.96亿元'), F(QB, '177.96亿元')
sum_qb = [gdp_qb, s1, s2, s3]
S.rel('sum', C, sum_qb, 'value added 90.02 + 77.96 + 177.96 = 345.94亿元 = GDP')
S.rel('share', C, [s1, gdp_qb, F(QB, '26.02%')], 'primary 90.02 / 345.94 = 26.02%')
S.rel('share', C, [s2, gdp_qb, F(QB, '22.54%')], 'secondary 77.96 / 345.94 = 22.54%')
sh3_qb = [s3, gdp_qb, F(QB, '51.44%')]
S.rel('share', C, sh3_qb, 'tertiary 177.96 / 345.94 = 51.44%')
pop_qb = F(QB, '72.78万人'); urb_qb = F(QB, '37.93万人')
S.rel('share', C, [pop_qb, urb_qb, F(QB, '52.11%')], 'urbanisation: urban 37.93 / resident 72.78万 = 52.12% → 52.11% within the half-units (37.925/72.785 = 52.105%)')
S.rel('share', U, [F(QB, '6261人'), pop_qb, F(QB, '8.65‰')], 'births 6261 / 72.78万 = 8.60‰, not 8.65‰: the birth rate is over the year\'s average population (not stated), not the year-end figure (rate over a base not stated)')
S.rel('share', U, [F(QB, '4544人'), pop_qb, F(QB, '6.27‰')], 'deaths 4544 / 72.78万 = 6.24‰ against 6.27‰: over the average population (not stated), same as the birth rate')
nat_qb = [F(QB, '8.65‰'), F(QB, '6.27‰'), F(QB, '2.38‰')]
S.rel('sum', C, nat_qb, 'natural growth rate = birth rate − death rate: 8.65 − 6.27 = 2.38‰')
S.rel('share', U, [gdp_qb, F(QB, '47652元'), pop_qb], 'GDP per head uses the average resident population (not stated): 345.94亿 / 72.78万 = 47532元, not 47652元; unrelated to the year-end population')
t883 = F(QB, '88.3', pre='| ', post=' |')
hk_qb = [t883, F(QB, '22.14'), F(QB, '66.16')]
S.rel('sum', C, hk_qb, 'registered population (table 1): urban 22.14 + rural 66.16 = 88.3万')
S.rel('sum', C, [t883, F(QB, '49.31'), F(QB, '38.99')], 'registered population (table 1): male 49.31 + female 38.99 = 88.3万')
S.rel('sum', C, [t883, F(QB, '22.52'), F(QB, '20.99'), F(QB, '30.64'), F(QB, '14.15')], 'age groups (table 1): 22.52 + 20.99 + 30.64 + 14.15 = 88.30万 (the third band is printed "35-39岁"; the four bands exhaust the total)')
S.rel('restatement', U, [urb_qb, F(QB, '22.14')], 'two urban populations: 37.93万 resident urban population (text) and 22.14万 registered urban population (table): other scope, not a restatement')

# ---- 钦州市 1994-2023 (30 years)
g_qz = [F(QZ, '70.12亿元'), F(QZ, '1961.29亿元'), F(QZ, '28倍')]
S.rel('growth', C, g_qz, '1961.29 / 70.12 = 27.97 → "相当于1994年的28倍" (是…的N倍 is the ratio)')
S.rel('growth', U, [F(QZ, '70.12亿元'), F(QZ, '1961.29亿元'), F(QZ, '9.9%')], '27.97 times over 29 years is 12.2% a year at current prices; 年均增长9.9% is at comparable prices (nominal vs real)')
g_qz2 = [F(QZ, '2368元'), F(QZ, '59125元'), F(QZ, '25倍')]
S.rel('growth', C, g_qz2, 'GDP per head 59125 / 2368 = 24.97 → 25倍')
S.rel('growth', U, [F(QZ, '2368元'), F(QZ, '59125元'), F(QZ, '9.7%', n=1)], '24.97 times over 29 years is 11.7% a year in current prices; the 9.7% is real (nominal vs real)')
S.rel('restatement', C, [F(QZ, '9.7%'), F(QZ, '9.7%', n=1)], 'lead and body: per-head GDP 年均增长9.7%')
st94 = [F(QZ, '53.8'), F(QZ, '21.4'), F(QZ, '24.8')]
S.rel('sum', C, st94, '1994 structure 53.8 + 21.4 + 24.8 = 100')
S.rel('sum', C, [F(QZ, '18', pre='优化为'), F(QZ, '32.9'), F(QZ, '49.1')], '2023 structure 18 + 32.9 + 49.1 = 100')

# ---- 藤县 2007
gdp_tx = F(TX, '69.00億元'); p1, p2, p3 = F(TX, '23.34億元'), F(TX, '29.37億元'), F(TX, '16.29億元')
sum_tx = [gdp_tx, p1, p2, p3]
S.rel('sum', C, sum_tx, 'value added 23.34 + 29.37 + 16.29 = 69.00億元')
S.rel('share', C, [p1, gdp_tx, F(TX, '33.8')], 'primary 23.34 / 69.00 = 33.83% → 33.8')
S.rel('share', C, [p2, gdp_tx, F(TX, '42.6')], 'secondary 29.37 / 69.00 = 42.57% → 42.6')
S.rel('share', U, [p2, gdp_tx, F(TX, '37.2')], 'the 37.2 is the secondary share of 2006 (三次產業結構由38.7:37.2:24.1…); 29.37 / 69.00 is the 2007 share (other period)')
st06_tx = [F(TX, '38.7'), F(TX, '37.2'), F(TX, '24.1')]
S.rel('sum', C, st06_tx, '2006 structure 38.7 + 37.2 + 24.1 = 100')
S.rel('sum', C, [F(TX, '33.8'), F(TX, '42.6'), F(TX, '23.6')], '2007 structure 33.8 + 42.6 + 23.6 = 100 (the ratio sign ∶ as stored)')
S.rel('rate', U, [F(TX, '19.4%'), F(TX, '3%', pre='增長'), F(TX, '33.6%'), F(TX, '24.9%')], 'GDP growth rebuilt from the sector rates with the sector levels gives about 19.6%, not 19.4%: the weights at comparable prices are not stated (weights not stated)')

# ---- 珠海市 2013 bulletin
gdp_zh = F(ZH, '1662.38億元'); z1, z2, z3 = F(ZH, '43.11億元'), F(ZH, '849.05億元'), F(ZH, '770.21億元')
sum_zh = [gdp_zh, z1, z2, z3]
S.rel('sum', C, sum_zh, 'value added 43.11 + 849.05 + 770.21 = 1662.37 ≈ 1662.38億元 (within the half-units)')
dist_zh = [gdp_zh, F(ZH, '1053.93億元'), F(ZH, '370.00億元'), F(ZH, '238.45億元')]
S.rel('sum', C, dist_zh, 'districts 香洲 1053.93 + 金灣 370.00 + 斗門 238.45 = 1662.38億元')
ctb_zh = [F(ZH, '1.2%'), F(ZH, '59.6%'), F(ZH, '39.2%')]
S.rel('sum', C, ctb_zh, 'contributions to growth 1.2 + 59.6 + 39.2 = 100%')
S.rel('sum', C, [F(ZH, '2.6', post=':51.6'), F(ZH, '51.6'), F(ZH, '45.8')], '2012 structure 2.6 + 51.6 + 45.8 = 100')
S.rel('sum', C, [F(ZH, '2.6', post=':51.1'), F(ZH, '51.1'), F(ZH, '46.3')], '2013 structure 2.6 + 51.1 + 46.3 = 100')
S.rel('share', C, [z2, gdp_zh, F(ZH, '51.1')], 'secondary 849.05 / 1662.38 = 51.07% → 51.1')
S.rel('share', C, [F(ZH, '441.64億元'), gdp_zh, F(ZH, '26.6%')], 'modern services 441.64 / 1662.38 = 26.57% → 26.6%')
S.rel('share', C, [F(ZH, '535.77億元'), gdp_zh, F(ZH, '32.2%')], 'private economy 535.77 / 1662.38 = 32.23% → 32.2%')
S.rel('share', U, [F(ZH, '59.6%'), F(ZH, '51.1')], 'the secondary sector\'s contribution to growth (59.6%) is not its share of GDP (51.1) (contributions vs shares)')
S.rel('rate', U, [F(ZH, '10.5%'), F(ZH, '5.4%'), F(ZH, '11.8%'), F(ZH, '9.2%')], 'GDP growth rebuilt from the sector rates with the sector levels gives about 10.4%, not 10.5%: weights at comparable prices are not stated (weights not stated)')
S.rel('restatement', U, [F(ZH, '10.5%'), F(ZH, '10.5%', n=1)], 'the city\'s GDP growth 10.5% and 斗門\'s 10.5%: same number of another place')
S.rel('growth', U, [F(ZH, '10.5%'), F(ZH, '9.7%')], 'GDP +10.5% and GDP per head +9.7%: the population change is not stated (unstated base)')
S.rel('share', U, [F(ZH, '10.48萬元'), F(ZH, '1.69萬美元')], 'GDP per head 10.48萬元 = 1.69萬美元 at the average exchange rate, which is not stated (6.20)')
S.rel('rate', U, [F(ZH, '2.3%'), F(ZH, '2.9%'), F(ZH, '4.7%'), F(ZH, '0.4%')], 'the CPI +2.3% is a weighted mean of the eight categories; the weights are not stated (weights not stated)')

# ---- 茂名市 2010 (news) and 2012 report (2011 results, 2012/2016 goals), 2018 report (2017 results)
rs_m10 = [F(M10, '1490亿元'), F(M10, '1490亿元', n=1)]
S.rel('restatement', C, rs_m10, 'headline and text: 2010 GDP 1490亿元')
S.rel('restatement', C, [F(M10, '50亿'), F(M10, '51.95亿元')], '"财政一般预算收入突破50亿大关,达51.95亿元": 51.95 > 50')
S.rel('growth', U, [F(M10, '13.2%'), F(M10, '0.4个百分点')], '13.2% is 0.4 points above the provincial rate, which is not stated (unstated base)')
S.rel('growth', U, [F(M10, '13.2%'), F(M10, '11.4%')], 'GDP +13.2% and GDP per head +11.4%: the population change is not stated (unstated base)')
rev_x = [F(M10, '51.95亿元'), F(M11, '66.12亿元'), F(M11, '27.3%')]
S.rel('growth', C, rev_x, 'across documents: 2010 revenue 51.95亿 (estimate) × 1.273 = 66.13 ≈ 2011 revenue 66.12亿元 "增长27.3%"')
S.rel('growth', U, [F(M10, '1490亿元', n=1), F(M11, '1625亿元'), F(M11, '10.0%')], 'across documents: 1625 / 1490 = +9.1% at current prices; the 2011 增长10.0% is at comparable prices (nominal vs real)')
S.rel('growth', U, [F(M10, '13.2%'), F(M11, '11.4%')], 'across documents: 2010 growth 13.2% against the 2007-2011 yearly average 11.4% (other period)')
rs_m11 = [F(M11, '2500亿'), F(M11, '2500亿元')]
S.rel('restatement', C, rs_m11, 'headline "5年后茂名GDP预破2500亿" and text "到2016年…预计突破2500亿元"')
g16 = [F(M11, '1625亿元'), F(M11, '2500亿元'), F(M11, '10%', pre='年均增长')]
S.rel('growth', C, g16, '2011 GDP 1625亿 growing 10% a year for five years gives 1625 × 1.1^5 = 2617亿 in 2016, above the stated 2500亿元 (a projection at comparable growth)')
S.rel('target', U, [F(M11, '10%', pre='预期增长目标为'), F(M11, '10.0%')], 'the 2012 goal (增长10%) against the 2011 result (10.0%): other period')
S.rel('growth', U, [F(M11, '907亿元'), F(M11, '31.6%')], 'five-year investment total 907亿 against the three-year average growth 31.6%: the yearly levels are not stated (unstated base)')
S.rel('target', U, [F(M11, '2500亿元'), F(M17, '2924.21億元')], 'across documents: the goal for 2016 (突破2500亿元, 2012 report) against the 2017 result 2924.21億 (2018 report): other period')
inc17 = [F(M17, '8.5%'), F(M17, '8.1%'), F(M17, '7.5%')]
S.rel('growth', C, inc17, 'urban and rural incomes +8.5% and +8.1% "均高於GDP增速" +7.5%: both above')
S.rel('restatement', U, [F(M17, '7.5%'), F(M17, '7.5%', n=1)], 'GDP +7.5% and budget revenue +7.5%: same number of another indicator')
S.rel('share', U, [F(M17, '787.63億元'), F(M17, '873.47億元'), F(M17, '90.3%')], '"占全市比重90.3%" does not say of what; against 規上工業增加值 873.47億 it would be 90.2% (unstated base)')
S.rel('growth', U, [F(M17, '14.0%'), F(M17, '46.7%'), F(M17, '1.3個百分點')], 'the loan-deposit ratio rise needs the deposit growth, which is not stated (unstated base)')

# ---- 深圳市 H1 2022
gdp_sz = F(SZ22, '15016.91亿元'); q1, q2, q3 = F(SZ22, '12.49亿元'), F(SZ22, '5366.97亿元'), F(SZ22, '9637.45亿元')
sum_sz = [gdp_sz, q1, q2, q3]
S.rel('sum', C, sum_sz, 'value added 12.49 + 5366.97 + 9637.45 = 15016.91亿元')
S.rel('restatement', C, [F(SZ22, '5.9%'), F(SZ22, '5.9%', n=1)], 'sub-heading and text: 规上工业增加值 +5.9%')
S.rel('restatement', C, [F(SZ22, '14.7%'), F(SZ22, '14.7%', n=1)], 'sub-heading and text: fixed investment +14.7%')
rs_sz = [F(SZ22, '4483亿元'), F(SZ22, '4483亿元', n=1)]
S.rel('restatement', C, rs_sz, 'sub-heading and text: retail sales 4483亿元')
S.rel('restatement', U, [F(SZ22, '50.8%'), F(SZ22, '50.8%', n=1)], 'industrial investment +50.8% and secondary-sector investment +50.8%: other indicator (same number)')
S.rel('growth', U, [F(SZ22, '5.9%', n=1), F(SZ22, '3.6个百分点'), F(SZ22, '2.3%')], 'Q1 industry growth 5.9 − 3.6 = 2.3% is not stated; the printed 2.3% is the tertiary sector\'s H1 growth (same number of another indicator)')
S.rel('rate', U, [F(SZ22, '3.0%'), F(SZ22, '2.4%'), F(SZ22, '4.3%'), F(SZ22, '2.3%')], 'GDP growth rebuilt from the sector rates needs weights at comparable prices, not stated (with the current levels it happens to give 3.0%) (weights not stated)')
S.rel('growth', U, [F(SZ22, '91.1%'), F(SZ22, '174%')], 'car-industry value added +91.1% against NEV output +174%: output volume vs value added (other indicator)')

# ---- 深圳经济特区 1985 abstract (Chinese and English as stored)
rs84 = [F(SZ85, '十八亿一千万元'), F(SZ85, '1.81 billion yuan')]
S.rel('restatement', C, rs84, 'Chinese and English: 1984 industrial output 十八亿一千万元 = 1.81 billion yuan')
S.rel('restatement', I, [F(SZ85, '二十六亿元'), F(SZ85, '2.2 billion yuan')], 'real error: the 1985 estimate is 二十六亿元 (2.6 billion) in the Chinese and "about 2.2 billion yuan" in the English version')
rs_ag = [F(SZ85, '二千二百一十八项'), F(SZ85, '2,218 agreements')]
S.rel('restatement', C, rs_ag, 'Chinese and English: 二千二百一十八项 = 2,218 agreements')
S.rel('restatement', C, [F(SZ85, '一百六十多亿港元'), F(SZ85, '16 billion Hong Kong dollars')], 'Chinese and English: 一百六十多亿港元 = more than 16 billion Hong Kong dollars')
S.rel('restatement', C, [F(SZ85, '六千万元'), F(SZ85, '60 million yuan')], 'Chinese and English: 六千万元 = 60 million yuan')
S.rel('share', U, [F(SZ85, '一百六十多亿港元'), F(SZ85, '四十一亿多港元'), F(SZ85, '1/7')], 'the 1/7 is of the national foreign investment (not stated); 41 / 160 = about 1/4 of the agreed amount is another ratio (unstated base)')

# ---- 广州 1949-1978 (book chapter)
S.rel('growth', I, [F(GZ, '2.97亿元'), F(GZ, '75.39亿元'), F(GZ, '25.38倍')], 'real error: 75.39 / 2.97 = 25.38 is the ratio (是…的25.38倍); "增长了25.38倍" would mean a ratio of 26.38 (增长N倍 is ratio − 1; within the half-units the growth is 24.34-24.43倍)')
lh49 = [F(GZ, '89.8%'), F(GZ, '10.2%')]
S.rel('sum', C, lh49, '1949 light 89.8% + heavy 10.2% = 100% of industrial output')

# ---- 海南省 2011
S.rel('target', MS, [F(HN11, '12.0%'), F(HN11, '13%')], '2011 GDP growth 12.0% against the year\'s goal 13% (未完成全年预期增长13%的目标): missed')
S.rel('target', CT, [F(HN11, '6.1%')], 'CPI +6.1% "超过全年预期调控目标": the goal\'s figure is not printed, so the miss cannot be checked from the text')
rs_hn = [F(HN11, '4000美元'), F(HN11, '4429美元')]
S.rel('restatement', C, rs_hn, '"人均地区生产总值突破4000美元大关" and 4429美元: 4429 > 4000')
S.rel('share', U, [F(HN11, '28797元'), F(HN11, '4429美元')], '28797元 = 4429美元 at the current rate (6.50), not stated (unstated base)')
S.rel('growth', U, [F(HN11, '12.0%'), F(HN11, '2.8个百分点')], '12.0% is 2.8 points above the national rate, which is not stated (unstated base)')
S.rel('share', U, [F(HN11, '2515.29亿元'), F(HN11, '28797元')], 'GDP 2515.29亿 / GDP per head 28797元 = 873万 people, a population the text does not state (unstated base)')

# ---- 海口市 2007 (yearbook)
gdp_hk = F(HK07, '396.4亿元'); h1, h2, h3 = F(HK07, '29.5亿元'), F(HK07, '111.1亿元'), F(HK07, '255.8亿元')
sum_hk = [gdp_hk, h1, h2, h3]
S.rel('sum', C, sum_hk, 'value added 29.5 + 111.1 + 255.8 = 396.4亿元')
S.rel('share', C, [h1, gdp_hk, F(HK07, '7.4', pre='转变为')], 'primary 29.5 / 396.4 = 7.44% → 7.4')
S.rel('share', I, [h2, gdp_hk, F(HK07, '28.1')], 'real error: secondary 111.1 / 396.4 = 28.03% (28.01-28.04% within the half-units), printed 28.1; the structure seems forced to add to 100 (7.4 + 28.0 + 64.5 = 99.9)')
S.rel('sum', C, [F(HK07, '7.4', pre='转变为'), F(HK07, '28.1'), F(HK07, '64.5')], '2007 structure 7.4 + 28.1 + 64.5 = 100')
st06_hk = [F(HK07, '7.4', pre='上年的'), F(HK07, '29.2'), F(HK07, '63.4')]
S.rel('sum', C, st06_hk, '2006 structure 7.4 + 29.2 + 63.4 = 100')
S.rel('sum', U, [F(HK07, '29.5亿元', n=1), F(HK07, '12.22亿元'), F(HK07, '11.1亿元', pre='畜牧业增加值'), F(HK07, '3.77亿元')], 'farm value added 29.5亿 "中" crops 12.22 + livestock 11.1 + fishery 3.77 = 27.09; forestry (1.78, cut off) and the rest are not all given (parts that leave something out)')
S.rel('restatement', U, [F(HK07, '8.0%'), F(HK07, '8.0%', n=1)], 'primary value added +8.0% and gross farm output +8.0%: other indicator (same number)')
S.rel('rate', U, [F(HK07, '12.6%'), F(HK07, '8.0%'), F(HK07, '11.7%'), F(HK07, '13.6%')], 'GDP growth rebuilt from sector rates needs weights at comparable prices, not stated (weights not stated)')
S.rel('share', U, [gdp_hk, F(HK07, '3049美元')], 'GDP per head 3049美元 needs the population and the exchange rate, neither stated (unstated base)')

# ---- 香港 budgets 2006-07 and 2007-08 (news)
nom06 = [F(HB06, '百分之四', pre='趨勢增長(cháng)預測為'), F(HB06, '百分之二', post='。'), F(HB06, '百分之六')]
S.rel('rate', C, nom06, 'nominal trend growth = real 4% and deflator 2%: 1.04 × 1.02 = 1.061 → 百分之六')
nom07 = [F(HB07, '百分之四點(diǎn)五', pre='每年平均增長(cháng)'), F(HB07, '百分之一點(diǎn)五', pre='則預測為'), F(HB07, '百分之六')]
S.rel('rate', C, nom07, 'nominal trend growth = real 4.5% and deflator 1.5%: 1.045 × 1.015 = 1.061 → 百分之六')
rs07 = [F(HB07, '百分之四點(diǎn)五至五點(diǎn)五'), F(HB07, '百分之四點(diǎn)五至五點(diǎn)五', n=1)]
S.rel('restatement', C, rs07, 'lead and body: 2007 GDP forecast +4.5% to 5.5%')
S.rel('target', U, [F(HB06, '百分之二點(diǎn)三'), F(HB07, '百分之二', pre='保持在')], 'across documents: the 2006 CPI forecast (+2.3%, 2006 budget) against the 2006 inflation (2%, 2007 budget): a forecast, not a goal')
S.rel('growth', U, [F(HB06, '百分之四', pre='趨勢增長(cháng)預測為'), F(HB07, '百分之四點(diǎn)五', pre='每年平均增長(cháng)')], 'across documents: real trend 4% for 2007-2010 against 4.5% for 2008-2011 (other period)')
S.rel('restatement', U, [F(HB06, '百分之六'), F(HB07, '百分之六')], 'across documents: nominal trend 6% for 2007-2010 and 6% for 2008-2011: same number, other period')
S.rel('growth', U, [F(HB07, '百分之三點(diǎn)五'), F(HB07, '百分之一點(diǎn)五', pre='回落至')], 'inflation averaging 3.5% in the four years after 2007 against 1.5% in 2007: other period')

# ---- 澳门 visitors Jan-Oct 2007 (news)
rs_mo = [F(MO07, '近百分之二十三'), F(MO07, '百分之二十二點(diǎn)六')]
S.rel('restatement', C, rs_mo, 'lead "近百分之二十三" and text "百分之二十二點(diǎn)六": 22.6 is near 23')
S.rel('growth', U, [F(MO07, '兩千一百九十三萬(wàn)'), F(MO07, '兩千兩百萬(wàn)'), F(MO07, '近百分之二十三')], 'Jan-Oct 2007 (2193萬) against the whole of 2006 (2200萬); the +23% is on Jan-Oct 2006 (2193 / 1.226 = 1789萬), other period')
S.rel('growth', U, [F(MO07, '百分之十七點(diǎn)六'), F(MO07, '百分之二十二點(diǎn)六')], '2006 on 2005 (+17.6%) against Jan-Oct 2007 (+22.6%): other period')
S.rel('sum', U, [F(MO07, '五成半'), F(MO07, '三成'), F(MO07, '半成')], 'the three main sources (55%, 30%, 5%) leave the other visitors out: not a split')

# ---- 台北市 2025 budget
g_exp = [F(TP25, '2,024.45億元'), F(TP25, '117.33億元'), F(TP25, '6.15%')]
S.rel('growth', C, g_exp, 'expenditure 2024.45, up 117.33: 117.33 / (2024.45 − 117.33) = 6.15%')
g_rev = [F(TP25, '2,044.12億元'), F(TP25, '123.64億'), F(TP25, '6.44%')]
S.rel('growth', C, g_rev, 'revenue 2044.12, up 123.64: 123.64 / 1920.48 = 6.44%')
rs_rev = [F(TP25, '123.64億'), F(TP25, '123.64億元')]
S.rel('restatement', C, rs_rev, 'revenue increase 123.64億 restated in the next paragraph')
S.rel('restatement', C, [F(TP25, '117.33億元'), F(TP25, '117.33億元', n=1)], 'expenditure increase 117.33億 restated')
S.rel('sum', U, [F(TP25, '123.64億元'), F(TP25, '117.13億元'), F(TP25, '12.58億元')], '"主要是…117.13億…12.58億元等": 117.13 + 12.58 = 129.71 > 123.64, other items fell (parts that are not a split)')
S.rel('sum', U, [F(TP25, '117.33億元', n=1), F(TP25, '42.47億元'), F(TP25, '27.64億元'), F(TP25, '16.64億元'), F(TP25, '5.40億元'), F(TP25, '5.89億元')], 'the named expenditure increases add to 98.04億, not 117.33: a selection, not a split (parts that leave something out)')
S.rel('restatement', U, [F(TP25, '17.71億'), F(TP25, '8.19億元')], 'the 3% pay rise: 17.71億 for the whole budget, 8.19億 in the education fund only (other scope)')

# ---- 台湾 2006 trade forecast
sur06 = [F(TW06, '2242.66亿美元'), F(TW06, '2054.96亿美元'), F(TW06, '187.7亿美元')]
S.rel('sum', C, sur06, 'surplus 2242.66 − 2054.96 = 187.70亿美元')
rs_sur = [F(TW06, '187.7亿美元'), F(TW06, '187.70亿美元')]
S.rel('restatement', C, rs_sur, 'lead and last paragraph: surplus 187.7 = 187.70亿美元')
q1_tw = [F(TW06, '499.85亿美元'), F(TW06, '467.54亿美元'), F(TW06, '32.31亿美元')]
S.rel('sum', C, q1_tw, 'Q1 surplus 499.85 − 467.54 = 32.31亿美元')
g05 = [F(TW06, '2242.66亿美元'), F(TW06, '13.02%'), F(TW06, '2054.96亿美元'), F(TW06, '12.53%'), F(TW06, '158.19亿')]
S.rel('growth', C, g05, '2005 surplus from the 2006 levels and growth rates: 2242.66 / 1.1302 − 2054.96 / 1.1253 = 158.16 (157.99-158.33 within the half-units) ≈ 158.19亿美元')
S.rel('restatement', U, [F(TW06, '77.88亿美元'), F(TW06, '158.19亿')], '2005 surplus without re-exports/re-imports (77.88) and with them (158.19): other definition')
S.rel('growth', U, [F(TW06, '11.45%'), F(TW06, '13.02%')], 'Q1 export growth +11.45% against the full-year forecast +13.02%: other period')

# ---- further traps
S.rel('share', U, [F(QB, '52.11%'), F(QB, '25', pre='| ', post=' |')], 'urbanisation 52.11% is of the resident population (72.78万); the 25% of table 1 is the urban share of the registered population (other scope)')
S.rel('share', U, [gdp_zh, F(ZH, '10.48萬元')], 'GDP per head 10.48萬元 needs the average population, which is not stated (1662.38億 / 10.48萬 = 158.6萬) (unstated base)')
S.rel('growth', U, [F(MO07, '兩百四十三萬(wàn)'), F(MO07, '百分之二十二', post='。'), F(MO07, '近百分之二十三')], 'October (243萬, +22%) is inside January-October (+近23%): a part, not another figure to add (subset that is not a split)')
S.rel('growth', U, [F(SZ22, '51.9%'), F(SZ22, '70%')], 'investment in high-tech manufacturing +51.9% "其中" electronics +70%: a subset\'s rate, no relation (subset that is not a split)')

# ---- altered copies: each changes one figure; the relation(s) it breaks are keyed inconsistent in the copy
a = ALT(QB, 1, sh3_qb[2], '54.44%', 'tertiary share 51.44% → 54.44%')
S.rel('share', I, R(a, sh3_qb, sh3_qb[2], '54.44%'), 'altered: 177.96 / 345.94 = 51.44%, not 54.44% (breaks {B})')
a = ALT(QB, 2, nat_qb[2], '2.88‰', 'natural growth rate 2.38‰ → 2.88‰')
S.rel('sum', I, R(a, nat_qb, nat_qb[2], '2.88‰'), 'altered: 8.65 − 6.27 = 2.38‰, not 2.88‰ (breaks {B})')
a = ALT(QB, 3, hk_qb[2], '68.16', 'registered rural population 66.16 → 68.16万')
S.rel('sum', I, R(a, hk_qb, hk_qb[2], '68.16'), 'altered: 22.14 + 68.16 = 90.30, not 88.3万 (breaks {B})')
a = ALT(QZ, 1, g_qz[2], '23倍', 'GDP ratio 28 → 23倍')
S.rel('growth', I, R(a, g_qz, g_qz[2], '23倍'), 'altered: 1961.29 / 70.12 = 27.97, not 23倍 (breaks {B})')
a = ALT(QZ, 2, st94[1], '24.4', '1994 secondary share 21.4 → 24.4')
S.rel('sum', I, R(a, st94, st94[1], '24.4'), 'altered: 53.8 + 24.4 + 24.8 = 103 (breaks {B})')
a = ALT(TX, 1, st06_tx[0], '36.7', '2006 primary share 38.7 → 36.7')
S.rel('sum', I, R(a, st06_tx, st06_tx[0], '36.7'), 'altered: 36.7 + 37.2 + 24.1 = 98 (breaks {B})')
a = ALT(TX, 2, sum_tx[3], '16.79億元', 'tertiary value added 16.29 → 16.79億')
S.rel('sum', I, R(a, sum_tx, sum_tx[3], '16.79億元'), 'altered: 23.34 + 29.37 + 16.79 = 69.50, not 69.00億元 (breaks {B})')
a = ALT(ZH, 1, sum_zh[3], '779.21億元', 'tertiary value added 770.21 → 779.21億')
S.rel('sum', I, R(a, sum_zh, sum_zh[3], '779.21億元'), 'altered: 43.11 + 849.05 + 779.21 = 1671.37, not 1662.38億元 (breaks {B})')
a = ALT(ZH, 2, dist_zh[2], '376.00億元', '金灣 GDP 370.00 → 376.00億')
S.rel('sum', I, R(a, dist_zh, dist_zh[2], '376.00億元'), 'altered: 1053.93 + 376.00 + 238.45 = 1668.38, not 1662.38億元 (breaks {B})')
a = ALT(ZH, 3, ctb_zh[1], '56.6%', 'secondary contribution 59.6% → 56.6%')
S.rel('sum', I, R(a, ctb_zh, ctb_zh[1], '56.6%'), 'altered: 1.2 + 56.6 + 39.2 = 97% (breaks {B})')
a = ALT(M10, 1, rs_m10[0], '1460亿元', 'headline GDP 1490 → 1460亿')
S.rel('restatement', I, R(a, rs_m10, rs_m10[0], '1460亿元'), 'altered: 1460亿元 in the headline, 1490亿元 in the text (breaks {B})')
a = ALT(M10, 2, rev_x[0], '57.95亿元', '2010 revenue 51.95 → 57.95亿')
S.rel('growth', I, R(a, rev_x, rev_x[0], '57.95亿元'), 'altered (across documents): 57.95 × 1.273 = 73.77, not the 2011 revenue 66.12亿元 (breaks {B})')
a = ALT(M11, 1, g16[0], '1525亿元', '2011 GDP 1625 → 1525亿')
S.rel('growth', I, R(a, g16, g16[0], '1525亿元'), 'altered: 1525 × 1.1^5 = 2456亿 in 2016, short of "突破2500亿元" (breaks {B})')
a = ALT(M11, 2, rs_m11[0], '2800亿', 'headline 2016 GDP 2500 → 2800亿')
S.rel('restatement', I, R(a, rs_m11, rs_m11[0], '2800亿'), 'altered: 2800亿 in the headline, 2500亿元 in the text (breaks {B})')
a = ALT(M17, 1, inc17[1], '7.1%', 'rural income growth 8.1% → 7.1%')
S.rel('growth', I, R(a, inc17, inc17[1], '7.1%'), 'altered: rural income +7.1% is not above GDP growth 7.5% as "均高於GDP增速" says (breaks {B})')
a = ALT(SZ22, 1, sum_sz[3], '9631.45亿元', 'tertiary value added 9637.45 → 9631.45亿')
S.rel('sum', I, R(a, sum_sz, sum_sz[3], '9631.45亿元'), 'altered: 12.49 + 5366.97 + 9631.45 = 15010.91, not 15016.91亿元 (breaks {B})')
a = ALT(SZ22, 2, rs_sz[0], '4488亿元', 'retail sales in the sub-heading 4483 → 4488亿')
S.rel('restatement', I, R(a, rs_sz, rs_sz[0], '4488亿元'), 'altered: 4488亿元 in the sub-heading, 4483亿元 in the text (breaks {B})')
a = ALT(SZ85, 1, rs84[1], '1.61 billion yuan', 'English 1984 output 1.81 → 1.61 billion')
S.rel('restatement', I, R(a, rs84, rs84[1], '1.61 billion yuan'), 'altered: 十八亿一千万元 in the Chinese, 1.61 billion yuan in the English (breaks {B})')
a = ALT(SZ85, 2, rs_ag[1], '2,818 agreements', 'English agreements 2,218 → 2,818')
S.rel('restatement', I, R(a, rs_ag, rs_ag[1], '2,818 agreements'), 'altered: 二千二百一十八项 in the Chinese, 2,818 agreements in the English (breaks {B})')
a = ALT(GZ, 1, lh49[1], '12.2%', '1949 heavy-industry share 10.2% → 12.2%')
S.rel('sum', I, R(a, lh49, lh49[1], '12.2%'), 'altered: 89.8 + 12.2 = 102% (breaks {B})')
a = ALT(HN11, 1, rs_hn[1], '3429美元', 'GDP per head 4429 → 3429美元')
S.rel('restatement', I, R(a, rs_hn, rs_hn[1], '3429美元'), 'altered: 3429美元 is not "突破4000美元大关" (breaks {B})')
a = ALT(HK07, 1, sum_hk[3], '258.8亿元', 'tertiary value added 255.8 → 258.8亿')
S.rel('sum', I, R(a, sum_hk, sum_hk[3], '258.8亿元'), 'altered: 29.5 + 111.1 + 258.8 = 399.4, not 396.4亿元 (breaks {B})')
a = ALT(HK07, 2, st06_hk[2], '65.4', '2006 tertiary share 63.4 → 65.4')
S.rel('sum', I, R(a, st06_hk, st06_hk[2], '65.4'), 'altered: 7.4 + 29.2 + 65.4 = 102 (breaks {B})')
a = ALT(HB06, 1, nom06[1], '百分之三', 'deflator trend 2% → 3%')
S.rel('rate', I, R(a, nom06, nom06[1], '百分之三'), 'altered: 1.04 × 1.03 = 1.071, about 7%, not the nominal 百分之六 (breaks {B})')
a = ALT(HB07, 1, rs07[1], '百分之三點(diǎn)五至五點(diǎn)五', 'forecast range in the body 4.5-5.5% → 3.5-5.5%')
S.rel('restatement', I, R(a, rs07, rs07[1], '百分之三點(diǎn)五至五點(diǎn)五'), 'altered: 4.5-5.5% in the lead, 3.5-5.5% in the body (breaks {B})')
a = ALT(HB07, 2, nom07[1], '百分之二點(diǎn)五', 'deflator trend 1.5% → 2.5%')
S.rel('rate', I, R(a, nom07, nom07[1], '百分之二點(diǎn)五'), 'altered: 1.045 × 1.025 = 1.071, about 7%, not the nominal 百分之六 (breaks {B})')
a = ALT(MO07, 1, rs_mo[1], '百分之二十七點(diǎn)六', 'Jan-Oct growth 22.6% → 27.6%')
S.rel('restatement', I, R(a, rs_mo, rs_mo[1], '百分之二十七點(diǎn)六'), 'altered: "近百分之二十三" in the lead, 27.6% in the text (breaks {B})')
a = ALT(TP25, 1, g_exp[2], '6.75%', 'expenditure growth 6.15% → 6.75%')
S.rel('growth', I, R(a, g_exp, g_exp[2], '6.75%'), 'altered: 117.33 / 1907.12 = 6.15%, not 6.75% (breaks {B})')
a = ALT(TP25, 2, rs_rev[1], '128.64億元', 'revenue increase in the second paragraph 123.64 → 128.64億')
S.rel('restatement', I, R(a, rs_rev, rs_rev[1], '128.64億元'), 'altered: revenue increase 123.64億 in the first paragraph, 128.64億元 in the second (breaks {B})')
a = ALT(TW06, 1, q1_tw[1], '461.54亿美元', 'Q1 imports 467.54 → 461.54亿美元')
S.rel('sum', I, R(a, q1_tw, q1_tw[1], '461.54亿美元'), 'altered: 499.85 − 461.54 = 38.31, not 32.31亿美元 (breaks {B})')
a = ALT(TW06, 2, g05[4], '168.19亿', '2005 surplus 158.19 → 168.19亿美元')
S.rel('growth', I, R(a, g05, g05[4], '168.19亿'), 'altered: the 2006 levels and growth rates give a 2005 surplus of 158.16, not 168.19亿美元 (breaks {B})')
a = ALT(TW06, 3, rs_sur[1], '184.70亿美元', 'surplus in the last paragraph 187.70 → 184.70亿美元')
S.rel('restatement', I, R(a, rs_sur, rs_sur[1], '184.70亿美元'), 'altered: surplus 187.7亿 in the lead, 184.70亿美元 at the end (breaks {B})')


for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout181. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout181.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout181'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


SH='hen_shihe_2010.txt'; EQ='hen_erqi_m4.txt'; FN='hen_fin_2019m1.txt'; YC='hub_yichang_2015.txt'; RP='hub_rape2013_hant.txt'; SM='hub_summer2008.txt'
X6='hun_xiangxi2016_hant.txt'; X7='hun_xiangxi2017.txt'; X9='hun_xiangxi2019_hant.txt'; ZM='hun_zhaimao2019_hant.txt'
YS='jx_yichun_2024h1.txt'; G7='jx_ganzhou_2017.txt'; G8='jx_ganzhou_2018.txt'; SR='jx_shangraoxian_2018.txt'
WW='ah_wuwei_2021.txt'; XC='ah_xuancheng_2008_hant.txt'; F1='sx_fruit_2021.txt'; F2='sx_fruitveg_2022.txt'; TL='sx_tunliu_1980.txt'

# ---- 浉河区 (信阳) 2009 and Jan-Apr 2010
sh91 = [F(SH, '10109万元'), F(SH, '11115万元'), F(SH, '91%')]
S.rel('share', C, sh91, 'tax 10109万 / 地方一般预算收入 11115万 = 90.95% → 占…比重达91%')
S.rel('target', CT, [F(SH, '11115万元'), F(SH, '34.8%')], 'Jan-Apr revenue is 34.8% of the full-year target (a target of 31940万 implied); the year is not over when the text was written (cannot_tell)')
S.rel('share', U, [F(SH, '34.9亿元'), F(SH, '127.5亿元')], 'Jan-Apr 2010 GDP against the 2009 full-year GDP: 27.4% is no stated share (other period)')
S.rel('growth', U, [F(SH, '2.77亿元'), F(SH, '11115万元'), F(SH, '66.3%')], '2.77亿 is 2009 full-year 财政预算收入; the +66.3% is Jan-Apr on Jan-Apr 2009 (about 6684万, not stated): other period')
S.rel('share', U, [F(SH, '43.77万亩'), F(SH, '21.7%')], 'the district\'s total land area (about 201.7万亩) is not stated (unstated base)')
S.rel('share', U, [F(SH, '330家'), F(SH, '35%')], '农民入社率35%: the number of farm households is not stated; 330 is a count of organisations (unstated base)')

# ---- 二七区 (郑州) Jan-Apr
g3 = [F(EQ, '10.9%'), F(EQ, '7.9%'), F(EQ, '3个百分点')]
S.rel('growth', C, g3, '10.9% − 7.9% (郑州市) = 3.0 → 高于…3个百分点')
s28 = [F(EQ, '28个'), F(EQ, '23个'), F(EQ, '5个')]
S.rel('sum', C, s28, '28 industrial projects = 23 manufacturing + 5 utilities')
s79 = [F(EQ, '7.9亿元'), F(EQ, '6.63亿元'), F(EQ, '1.29亿元')]
S.rel('sum', C, s79, 'investment 6.63 + 1.29 = 7.92 → 7.9亿元 (7.85-7.95)')
S.rel('restatement', U, [F(EQ, '7.9%'), F(EQ, '7.9亿元')], "郑州's average industrial growth 7.9% and the district's project investment 7.9亿元: the same number, another indicator")

# ---- 河南 finance, January 2019
rs688 = [F(FN, '688.2亿元'), F(FN, '688.2亿元', n=1)]
S.rel('restatement', C, rs688, 'headline 收入688.2亿元 and text 财政总收入688.2亿元')
S.rel('restatement', C, [F(FN, '77.9%'), F(FN, '77.9%', n=1)], 'headline 民生支出增长77.9% and text 民生支出…同比增长77.9%')
rs179 = [F(FN, '17.9%'), F(FN, '17.9%', n=1)]
S.rel('restatement', C, rs179, 'lead 一般公共预算收…增长17.9% and text 一般公共预算收入…同比增长17.9%')
S.rel('restatement', C, [F(FN, '70.7%'), F(FN, '70.7%', n=1)], 'lead 一般公共预算…支出 增长70.7% and text 一般公共预算支出…同比增长70.7%')
S.rel('sum', U, [rs688[1], F(FN, '428.2亿元'), F(FN, '255.3亿元')], '财政总收入 is 一般公共预算收入 plus taxes passed up; 政府性基金 is outside it: 428.2 + 255.3 = 683.5 is no split of 688.2 (overlapping scopes)')

# ---- 宜昌 2015 (2016 work report summary)
S.rel('growth', I, [F(YC, '76天'), F(YC, '20.8%')], 'real error (or points for per cent): a rise of 76 days that is 20.8% implies a 2014 base of 365.4 days (76 / 0.208), i.e. every day good in 2014 and 441 good days in 2015; 76 days are 20.8% of a year (76 / 365): the rise is in percentage points of the year, not 上升20.8%')
S.rel('restatement', U, [F(YC, '10%', pre='生产总值增长'), F(YC, '10%', pre='分别增长')], 'GDP growth 10% and urban income growth 10%: the same number, another indicator')

# ---- 湖北 rapeseed 2013 (traditional) and summer harvest 2008
g5 = [F(RP, '1839.12萬畝'), F(RP, '88萬畝'), F(RP, '5%')]
S.rel('growth', C, g5, 'area 1839.12萬畝, up 88萬畝 on 1751.12: 88 / 1751.12 = 5.03% → 增長5%')
rs250 = [F(RP, '250萬噸'), F(RP, '250.45萬噸')]
S.rel('restatement', C, rs250, 'lead 總産超過250萬噸 (lower bound) and text 總産250.45萬噸')
S.rel('growth', C, [F(RP, '1839.12萬畝'), F(RP, '1787.8萬畝')], '1839.12 > 1787.8: 超過了歷史最高年份2004年的1787.8萬畝')
y13 = [F(SM, '13年'), F(RP, '18年')]
S.rel('sum', C, y13, 'across documents: 2008 is the 13th year in a row at the top (连续13年), 2013 the 18th (連續18年): 13 + 5 = 18')
S.rel('growth', U, [F(SM, '1848万亩'), F(RP, '1787.8萬畝')], "across documents: the June-2008 farm-department figure of 1848万亩 (油菜面积, +15.5%) exceeds what the 2013 text calls the historic high (1787.8萬畝 in 2004): another source or measure (planted vs 夏收 area), not one series (other indicator)")
S.rel('growth', U, [F(SM, '227公斤'), F(SM, '5.6%'), F(SM, '78亿斤'), F(SM, '5.4%')], 'wheat yield +5.6% against summer-grain output +5.4%: another indicator (areas not stated)')
S.rel('share', U, [F(SM, '98元'), F(SM, '45.4亿斤')], 'a gain of 98元 a head from rapeseed: farm population and price not stated (unstated base)')

# ---- 湘西州 2016 (traditional), 2017 (2018 report), 2019 (traditional); 湖南 2019 county exits (traditional)
rs35 = [F(X6, '35萬人'), F(X6, '35.0445萬人')]
S.rel('restatement', C, rs35, 'headline 35萬人 (34.5-35.5) and lead 35.0445萬人')
rs3504 = [F(X6, '35.0445萬人'), F(X6, '35.0445萬人', n=1)]
S.rel('restatement', C, rs3504, 'lead "2016年, 全州累計減少貧困人口35.0445萬人" and text "2014年至今…35.0445萬人": the same cumulative count')
S.rel('restatement', C, [F(X6, '16.14%'), F(X6, '16.14%', n=1), F(X6, '16.14%', n=2)], 'headline, lead and text: 貧困發生率降至16.14% three times')
S.rel('share', U, [rs3504[1], F(X6, '74.5134萬'), F(X6, '16.14%', n=2)], '74.5134萬 registered less 35.0445萬 leaves 39.47萬; 16.14% is an incidence over the rural population, which is not stated (unstated base)')
g2226 = [F(X6, '88.04億元'), F(X7, '107.64亿元'), F(X7, '22.26%')]
S.rel('growth', C, g2226, 'across documents: 财政总收入 88.04億 (2016) → 107.64亿 (2017): 107.64 / 88.04 = 1.2226 → 增长22.26%')
g95 = [F(X6, '20810元'), F(X7, '22790元'), F(X7, '9.5%')]
S.rel('growth', C, g95, 'across documents: urban income 20810 (2016) → 22790元 (2017): +9.51% → 增长9.5%')
g12 = [F(X6, '7413元'), F(X7, '8300元'), F(X7, '12%')]
S.rel('growth', C, g12, 'across documents: rural income 7413 (2016) → 8300元 (2017): +11.97% → 增长12%')
S.rel('growth', U, [F(X6, '551.7億元'), F(X7, '585亿元'), F(X7, '8%', pre='585亿元,增长')], 'across documents: GDP 551.7億 → 585亿 is +6.0% at current prices; 增长8% is at comparable prices (nominal vs real; 585 is also 预计)')
S.rel('growth', U, [F(X6, '16.14%', n=2), F(X7, '10.52%'), F(X7, '15万')], 'across documents: 5.62 points fewer with 15万 fewer poor implies a rural population of about 267万, which is not stated (unstated base)')
S.rel('share', U, [F(X7, '65.23%'), F(X7, '297.51亿元')], '民生支出 is not stated (unstated base)')
v1110 = [F(X9, '1110個'), F(X9, '874個'), F(X9, '236個')]
S.rel('sum', C, v1110, 'poor villages: 874 out by end-2018 + 236 to leave in 2019 = 1110, all of them')
S.rel('sum', U, [F(X9, '66萬'), F(X9, '55.42萬'), F(X9, '9.03萬人')], '55.42 + 9.03 = 64.45 < 66: the 2019 plan is not the whole remainder (parts leave something out)')
S.rel('sum', U, [F(X9, '55.42萬'), rs3504[1], F(X7, '15万')], 'across documents: 35.04萬 (2014-2016) + 15万 (2017) = 50.04萬; the 2018 reduction is not stated, so 55.42萬 (2014-2018) cannot be checked (parts leave something out)')
S.rel('restatement', U, [F(X9, '1110個'), F(X6, '1200個')], 'across documents: 1110 poor villages (2019 text) vs 1200 registered (2016 text): another count (other period)')
S.rel('restatement', U, [F(X9, '66萬'), F(X6, '74.5134萬')], 'across documents: 66萬 poor (2019 text) vs 74.5134萬 registered (2016 text): another count (other period)')
s51 = [F(ZM, '51個'), F(ZM, '2個'), F(ZM, '12個'), F(ZM, '17個'), F(ZM, '20個', pre='2019年摘帽')]
S.rel('sum', C, s51, '51 poor counties = 2 (2016) + 12 (2017) + 17 (2018) + 20 (2019)')
S.rel('restatement', C, [F(ZM, '19.9萬'), F(ZM, '19.9萬', n=1)], '19.9萬 poor left at end-2019, twice')
S.rel('target', M, [F(X9, '7個'), F(ZM, '20個', pre='2019年摘帽')], "across documents: 湘西's 2019 plan (7 deep-poverty counties 摘帽) against the 2019 result: the 20 counties that left the list in 2019 include 瀘溪, 鳳凰, 花垣, 保靖, 古丈, 永順, 龍山, all seven → met")
S.rel('target', M, [F(X9, '236個'), F(ZM, '6923個')], "across documents: 湘西's 2019 plan (236 villages to leave) against the 2019 result: all 6923 poor villages of the province had left by end-2019 → met")
S.rel('target', CT, [F(X9, '9.03萬人'), F(ZM, '19.9萬')], "across documents: 湘西's 2019 plan (9.03萬 out of poverty) against the province's end-2019 remainder of 19.9萬: 湘西's own figure is not given (cannot_tell)")
S.rel('target', U, [F(X9, '236個'), F(X7, '229个')], "across documents: the 2019 plan of 236 villages against 2017's result of 229 villages: other period")
S.rel('target', U, [F(X9, '9.03萬人'), F(X7, '15万')], "across documents: the 2019 plan of 9.03萬 against 2017's result of 15万 fewer poor: other period")

# ---- 宜春 H1 2024
g14 = [F(YS, '14%'), F(YS, '12.6%'), F(YS, '1.4个百分点')]
S.rel('growth', C, g14, 'manufacturing 14% − all industry 12.6% = 1.4 points')
r986 = [F(YS, '12.6%'), F(YS, '98.6%'), F(YS, '12.4个百分点')]
S.rel('rate', C, r986, 'contribution 98.6% of 12.6% growth = 12.42 → 拉动…12.4个百分点')
S.rel('rate', C, [F(YS, '12.6%'), F(YS, '62.6%'), F(YS, '7.9个百分点')], 'new firms: 62.6% of 12.6% = 7.89 → 拉动…7.9个百分点')
s778 = [F(YS, '36个'), F(YS, '28个'), F(YS, '77.8%')]
S.rel('share', C, s778, '28 of 36 industries = 77.78% → 增长面77.8%')
S.rel('share', U, [F(YS, '77.8%'), F(YS, '16.7个百分点')], 'Q1 share (61.1%, 22 of 36) is not stated (unstated base)')
S.rel('rate', U, [F(YS, '9.8%'), F(YS, '8.9个百分点')], "the eight industries' weight (about 91%) is not stated (unstated base)")
S.rel('sum', U, [F(YS, '3.9个百分点'), F(YS, '7.9个百分点')], '宜春时代 is one of the 63 new firms: its 3.9 points lie inside their 7.9 (nested scopes)')
S.rel('growth', U, [F(YS, '12.6%'), F(YS, '4.6个百分点'), F(YS, '3.8个百分点')], 'the Q1 rate (8.0%) and the province rate (8.8%) are not stated: the gaps cannot be checked (unstated base)')

# ---- 赣州 navel oranges 2017 and 2018
sh248 = [F(G7, '62亿元'), F(G7, '25万'), F(G7, '2.48万元')]
S.rel('share', C, sh248, 'fresh-fruit income 62亿 / 25万 growing households = 2.48万元 a household')
sh8850 = [F(G7, '62亿元'), F(G7, '70万'), F(G7, '8850元')]
S.rel('share', C, sh8850, '62亿 / 70万 growers = 8857元 (8786-8929 within the half-unit of 62亿) → 8850元')
S.rel('share', U, [F(G7, '8850元'), F(G7, '85%')], "growers' total income per head (about 10412元) is not stated (unstated base)")
sh262 = [F(G8, '65.5亿元'), F(G8, '25万'), F(G8, '2.62万元')]
S.rel('share', C, sh262, '65.5亿 / 25万 households = 2.62万元')
sh9360 = [F(G8, '65.5亿元'), F(G8, '70万'), F(G8, '9360元')]
S.rel('share', C, sh9360, '65.5亿 / 70万 growers = 9357元 → 9360元')
S.rel('restatement', U, [F(G7, '25万'), F(G8, '25万')], 'across documents: 25万 households (2017) and 25万 (2018): counts of two years, not one figure restated (other period)')
S.rel('restatement', U, [F(G8, '100多万亩'), F(G8, '156万亩')], '100多万亩 coming to market in the 2019 season (bearing orchards) vs 156万亩 planted in 2018: other period and indicator')

# ---- 上饶县 2018
st1 = [F(SR, '8.4', post=':76.4'), F(SR, '76.4'), F(SR, '15.2')]
S.rel('sum', C, st1, 'old structure 8.4 : 76.4 : 15.2 adds to 100')
st2 = [F(SR, '8.1'), F(SR, '75.2'), F(SR, '16.7')]
S.rel('sum', C, st2, 'new structure 8.1 : 75.2 : 16.7 adds to 100')
S.rel('sum', U, [F(SR, '26.42亿元'), F(SR, '21.15亿元'), F(SR, '16.6亿元')], '财政收入 total 26.42, taxes 21.15, 一般公共预算收入 16.6: taxes sit in both; 21.15 + 16.6 = 37.75 is no split (overlapping scopes)')

# ---- 无为市 grain 2021
S.rel('growth', C, [F(WW, '55.58万吨'), F(WW, '2.66万吨'), F(WW, '5%', pre='增长', post=',创历年新高')], '2.66 / 52.92 = 5.03% → 增长5%')
S.rel('share', C, [F(WW, '85.24万亩'), F(WW, '124.97万亩'), F(WW, '65%')], 'rice 85.24 / 124.97 = 68.2% ≥ 65% (占…65%以上)')
S.rel('share', C, [F(WW, '43.94万吨'), F(WW, '55.58万吨'), F(WW, '75%')], 'rice 43.94 / 55.58 = 79.1% ≥ 75% (占…75%以上)')
g65 = [F(WW, '43.94万吨'), F(WW, '2.67万吨'), F(WW, '6.5%')]
S.rel('growth', C, g65, 'rice output +2.67 on 41.27 = 6.47% → 6.5%')
S.rel('rate', C, [F(WW, '43.94万吨'), F(WW, '85.24万亩'), F(WW, '515.50公斤')], '43.94万吨 / 85.24万亩 = 515.49公斤 → 515.50')
S.rel('growth', C, [F(WW, '515.50公斤'), F(WW, '31.70公斤'), F(WW, '6.6%')], '31.70 / 483.80 = 6.55% → 6.6%')
S.rel('rate', C, [F(WW, '85.24万亩'), F(WW, '0.06万亩'), F(WW, '515.50公斤'), F(WW, '31.70公斤'), F(WW, '43.94万吨'), F(WW, '2.67万吨')], 'last year: (85.24 + 0.06)万亩 × (515.50 − 31.70)公斤 = 41.27万吨 = 43.94 − 2.67')
S.rel('growth', C, [F(WW, '6.93万亩'), F(WW, '0.22万亩'), F(WW, '3.3%')], 'maize area +0.22 on 6.71 = 3.28% → 3.3%')
S.rel('growth', C, [F(WW, '2.90万吨'), F(WW, '0.12万吨'), F(WW, '4.3%')], 'maize output +0.12 on 2.78 = 4.32% → 4.3%')
g72 = [F(WW, '3.28万亩'), F(WW, '0.22万亩', n=1), F(WW, '7.2%')]
S.rel('growth', C, g72, 'soybean area +0.22 on 3.06 = 7.19% → 7.2%')
S.rel('growth', C, [F(WW, '27.90万亩'), F(WW, '0.26万亩'), F(WW, '0.92%')], 'wheat area −0.26 on 28.16 = −0.92%')
S.rel('growth', C, [F(WW, '8.07万吨'), F(WW, '0.12万吨', n=1), F(WW, '1.5%')], 'wheat output −0.12 on 8.19 = −1.47% → 下降1.5%')
S.rel('sum', U, [F(WW, '124.97万亩'), F(WW, '85.24万亩'), F(WW, '6.93万亩'), F(WW, '3.28万亩'), F(WW, '27.90万亩')], 'the four listed crops add to 123.35 < 124.97: 薯类 and others are not in the text (parts leave something out)')
S.rel('sum', U, [F(WW, '2.66万吨'), F(WW, '2.67万吨'), F(WW, '0.12万吨'), F(WW, '0.01万吨'), F(WW, '0.12万吨', n=1)], '2.67 + 0.12 + 0.01 − 0.12 = 2.68 is close to 2.66, but the 薯类 change is not in the text (parts leave something out)')

# ---- 宣城 wheat 2008 (traditional)
g32 = [F(XC, '82.4萬畝'), F(XC, '2.55萬畝'), F(XC, '3.2%')]
S.rel('growth', C, g32, 'wheat area +2.55 on 79.85 = 3.19% → 增幅為3.2%')
r1600 = [F(XC, '26.88萬噸'), F(XC, '0.06元/公斤'), F(XC, '1600萬元')]
S.rel('rate', C, r1600, '26.88萬噸 = 2.688億公斤 × 0.06元 = 1612.8萬元 → 1600萬元左右')

# ---- 山西 fruit 2021, fruit and vegetables 2022
t919 = F(F1, '919.9万吨', n=1)
S.rel('restatement', C, [F(F1, '919.9万吨'), t919], 'abstract and text: 园林水果总产量919.9万吨')
S.rel('restatement', C, [F(F1, '46.8%'), F(F1, '46.8%', n=1)], "abstract and text: apples' share 46.8%")
S.rel('growth', C, [t919, F(F1, '61.9万吨', n=1), F(F1, '7.2%', n=1)], '61.9 / 858.0 = 7.21% → 增长7.2%')
s919 = [t919, F(F1, '430.2万吨', n=1), F(F1, '181.5万吨'), F(F1, '113.2万吨'), F(F1, '77.2万吨'), F(F1, '117.8万吨')]
S.rel('sum', C, s919, '430.2 + 181.5 + 113.2 + 77.2 + 117.8 = 919.9')
S.rel('sum', C, [F(F1, '46.8%', n=1), F(F1, '19.7%'), F(F1, '12.3%'), F(F1, '8.4%'), F(F1, '12.8%')], 'shares 46.8 + 19.7 + 12.3 + 8.4 + 12.8 = 100')
S.rel('share', C, [F(F1, '430.2万吨', n=1), t919, F(F1, '46.8%', n=1)], '430.2 / 919.9 = 46.77% → 46.8%')
S.rel('share', C, [F(F1, '687.1万吨'), t919, F(F1, '74.7%')], '运城 687.1 / 919.9 = 74.69% → 74.7%')
sh692 = [F(F1, '636.8万吨'), t919, F(F1, '69.2%')]
S.rel('share', C, sh692, 'seven counties 636.8 / 919.9 = 69.22% → 69.2%')
S.rel('share', C, [F(F1, '277.1万吨'), F(F1, '95.0万吨'), F(F1, '78.0万吨'), t919, F(F1, '48.9%')], '(277.1 + 95.0 + 78.0) / 919.9 = 48.93% → 48.9%')
S.rel('sum', U, [F(F1, '636.8万吨'), F(F1, '277.1万吨'), F(F1, '95.0万吨'), F(F1, '78.0万吨')], 'three of the seven counties (450.1 of 636.8): parts leave something out')
veg = [F(F2, '324.6万吨'), F(F2, '166.5万吨'), F(F2, '110.8万吨'), F(F2, '87万吨'), F(F2, '321.4万吨')]
S.rel('share', C, [veg[0], F(F2, '32.1%')] + veg[1:], 'vegetable output is not printed; the five groups add to 1010.3: 324.6 / 1010.3 = 32.13% → 32.1%')
vsh = [F(F2, '32.1%'), F(F2, '16.5%'), F(F2, '11.0%'), F(F2, '8.6%'), F(F2, '31.8%')]
S.rel('sum', C, vsh, 'vegetable shares 32.1 + 16.5 + 11.0 + 8.6 + 31.8 = 100')
fr = [F(F2, '418.3万吨'), F(F2, '185.3万吨'), F(F2, '134.5万吨'), F(F2, '79.3万吨'), F(F2, '185.4万吨')]
S.rel('sum', C, [F(F2, '41.7%'), F(F2, '18.5%'), F(F2, '13.4%'), F(F2, '7.9%'), F(F2, '18.5%', n=1)], 'fruit shares 41.7 + 18.5 + 13.4 + 7.9 + 18.5 = 100')
S.rel('sum', C, [F(F2, '1000万吨'), F(F2, '1000万吨', n=1)] + fr, 'headline 突破1000万吨 and text 首次跨越1000万吨: the five fruit groups add to 1002.8万吨 (lower bound met)')
sh417 = [fr[0], F(F2, '41.7%')] + fr[1:]
S.rel('share', C, sh417, 'fruit output = the five groups, 1002.8: apples 418.3 / 1002.8 = 41.71% → 41.7%')
S.rel('growth', U, [F(F2, '2.9%'), F(F2, '1000万吨', n=1), t919], 'across documents: 2022 水果 (with 西瓜 and other melons) up 2.9%, against 2021 园林水果 919.9万吨 (1002.8 / 919.9 = +9.0%): another scope (水果 vs 园林水果)')
S.rel('restatement', U, [F(F1, '12.8%'), F(F2, '18.5%', n=1)], "across documents: 'other' fruit 12.8% (2021, 园林水果) vs 18.5% (2022, with 西瓜): another scope")

# ---- 屯留县 五里庄大队 1976-1980 (old text)
S.rel('growth', I, [F(TL, '两番'), F(TL, '326斤'), F(TL, '922斤'), F(TL, '91万斤'), F(TL, '257万斤')], 'real error (words): "4年翻了近两番" means nearly ×4, but yield 326 → 922斤 is ×2.83 and output 91 → 257万斤 ×2.82, i.e. 翻了一番半; a reader who reads 近两番 loosely would let it pass')
S.rel('rate', U, [F(TL, '326斤'), F(TL, '922斤'), F(TL, '91万斤'), F(TL, '257万斤')], 'output / yield gives about 2790亩 in both years (91万/326 = 2791, 257万/922 = 2787), but the area is not stated (unstated base)')
S.rel('growth', U, [F(TL, '8万斤'), F(TL, '120万斤'), F(TL, '91万斤'), F(TL, '257万斤')], 'commodity grain ×15 against output ×2.8: another indicator')

# ---- further traps
S.rel('rate', U, [F(SH, '40万亩'), F(SH, '1.5万吨'), F(SH, '23亿元')], 'tea: 综合产值 23亿 covers processing and more than the sale of 1.5万吨 of dry tea; no yield or price is stated (other indicator)')
S.rel('growth', U, [F(EQ, '10.11亿元'), F(EQ, '10.9%'), F(EQ, '7.9亿元'), F(EQ, '55.1%')], 'industrial value added and industrial project investment: other indicators, no relation stated')
S.rel('sum', U, [F(FN, '255.3亿元'), F(FN, '204.6亿元'), F(FN, '332.4亿元'), F(FN, '211.2亿元')], 'land-sale spending 211.2 exceeds land-sale revenue 204.6: revenue and spending are other indicators (and 204.6 lies inside 255.3, 211.2 inside 332.4)')
S.rel('growth', U, [F(FN, '325.3亿元'), F(FN, '17.4%'), F(FN, '428.2亿元'), F(FN, '17.9%', n=1)], 'taxes (+17.4%) lie inside budget revenue (+17.9%); the non-tax part is not stated (nested scopes)')
S.rel('growth', U, [F(RP, '250.45萬噸'), F(RP, '20.45萬噸'), F(RP, '5%')], 'output +20.45 on 230 is +8.9%; the 5% is the rise of the area (other indicator)')
S.rel('growth', U, [F(SM, '1800万亩'), F(SM, '16万亩'), F(SM, '1848万亩'), F(SM, '15.5%')], 'summer-grain area 1800万亩 (+16万亩, +0.9%) and rapeseed area 1848万亩 (+15.5%): rapeseed is no grain, so neither is a part of the other (other indicator)')
S.rel('rate', U, [F(YS, '7.3个百分点'), F(YS, '12.6%')], "the top ten industries' weight is not stated (unstated base)")
S.rel('growth', U, [F(YS, '0.6%'), F(YS, '13.6个百分点')], 'the Q1 mining rate (−13.0%) is not stated (unstated base)')
S.rel('share', U, [F(G7, '118亿元'), F(G7, '62亿元')], 'fresh-fruit income lies inside the cluster output (52.5%, no share stated): nested scopes')
S.rel('rate', U, [F(G8, '117万吨'), F(G8, '156万亩')], 'a yield of 750公斤/亩 is not stated, and the planted area includes young orchards (unstated base)')
S.rel('restatement', U, [F(G7, '85%'), F(G8, '85%')], "across documents: growers' income share 85% (2017) and the fruit's edible part 85% (2018 text): the same number, another indicator")
S.rel('growth', U, [F(SR, '26.42亿元'), F(SR, '12.1%'), F(SR, '16.6亿元'), F(SR, '7.4%')], '一般公共预算收入 lies inside 财政收入; the rest is not stated (nested scopes)')
S.rel('growth', U, [F(F1, '430.2万吨', n=1), F(F2, '418.3万吨'), F(F2, '2.9%')], 'across documents: apples 430.2 (2021) → 418.3万吨 (2022) is −2.8%; the 2.9% is all fruit (other indicator)')
S.rel('growth', U, [F(F2, '3.5%'), F(F2, '324.6万吨')], "the 2021 vegetable output is not stated (unstated base)")

# ---- altered copies
a = ALT(SH, 1, sh91[0], '10609万元', 'tax revenue 10109 → 10609万')
S.rel('share', I, R(a, sh91, sh91[0], '10609万元'), 'altered: 10609 / 11115 = 95.4%, not 91% (breaks {B})')
a = ALT(EQ, 1, s79[1], '6.93亿元', 'manufacturing investment 6.63 → 6.93亿')
S.rel('sum', I, R(a, s79, s79[1], '6.93亿元'), 'altered: 6.93 + 1.29 = 8.22, not 7.9亿 (breaks {B})')
a = ALT(EQ, 2, s28[1], '21个', 'manufacturing projects 23 → 21')
S.rel('sum', I, R(a, s28, s28[1], '21个'), 'altered: 21 + 5 = 26, not 28 (breaks {B})')
a = ALT(FN, 1, rs688[1], '658.2亿元', 'total revenue in the text 688.2 → 658.2亿')
S.rel('restatement', I, R(a, rs688, rs688[1], '658.2亿元'), 'altered: headline 688.2亿, text 658.2亿 (breaks {B})')
a = ALT(FN, 2, rs179[1], '19.9%', 'budget revenue growth in the text 17.9 → 19.9%')
S.rel('restatement', I, R(a, rs179, rs179[1], '19.9%'), 'altered: lead 17.9%, text 19.9% (breaks {B})')
a = ALT(RP, 1, g5[1], '98萬畝', 'area rise 88 → 98萬畝')
S.rel('growth', I, R(a, g5, g5[1], '98萬畝'), 'altered: 98 / 1741.12 = 5.6%, not 5% (breaks {B})')
a = ALT(RP, 2, rs250[0], '260萬噸', 'lead 超過250 → 超過260萬噸')
S.rel('restatement', I, R(a, rs250, rs250[0], '260萬噸'), 'altered: lead 超過260萬噸, text 250.45萬噸 (breaks {B})')
a = ALT(SM, 1, y13[0], '15年', 'years in a row 13 → 15')
S.rel('sum', I, R(a, y13, y13[0], '15年'), 'altered: 15 + 5 = 20, not 連續18年 (breaks {B})')
a = ALT(X6, 1, rs3504[1], '35.0455萬人', 'second count 35.0445 → 35.0455萬人')
S.rel('restatement', I, R(a, rs3504, rs3504[1], '35.0455萬人'), 'altered: 35.0445萬 in the lead, 35.0455萬 in the text (breaks {B})')
a = ALT(X7, 1, g2226[2], '22.56%', 'revenue growth 22.26 → 22.56%')
S.rel('growth', I, R(a, g2226, g2226[2], '22.56%'), 'altered: 107.64 / 88.04 = +22.26%, not 22.56% (breaks {B})')
a = ALT(X9, 1, v1110[1], '864個', 'villages out by 2018 874 → 864')
S.rel('sum', I, R(a, v1110, v1110[1], '864個'), 'altered: 864 + 236 = 1100, not 1110 (breaks {B})')
a = ALT(ZM, 1, s51[3], '19個', 'counties out in 2018 17 → 19')
S.rel('sum', I, R(a, s51, s51[3], '19個'), 'altered: 2 + 12 + 19 + 20 = 53, not 51 (breaks {B})')
a = ALT(YS, 1, r986[1], '93.6%', 'manufacturing contribution 98.6 → 93.6%')
S.rel('rate', I, R(a, r986, r986[1], '93.6%'), 'altered: 93.6% of 12.6% = 11.8, not 12.4 points (breaks {B})')
a = ALT(YS, 2, s778[1], '26个', 'growing industries 28 → 26')
S.rel('share', I, R(a, s778, s778[1], '26个'), 'altered: 26 / 36 = 72.2%, not 77.8% (breaks {B})')
a = ALT(G7, 1, sh8850[2], '8350元', 'income per grower 8850 → 8350元')
S.rel('share', I, R(a, sh8850, sh8850[2], '8350元'), 'altered: 62亿 / 70万 = 8857元, not 8350 (breaks {B})')
a = ALT(G8, 1, sh262[2], '2.82万元', 'income per household 2.62 → 2.82万元')
S.rel('share', I, R(a, sh262, sh262[2], '2.82万元'), 'altered: 65.5亿 / 25万 = 2.62万, not 2.82万 (breaks {B})')
a = ALT(SR, 1, st1[1], '74.4', 'old secondary share 76.4 → 74.4')
S.rel('sum', I, R(a, st1, st1[1], '74.4'), 'altered: 8.4 + 74.4 + 15.2 = 98 (breaks {B})')
a = ALT(SR, 2, st2[2], '18.7', 'new tertiary share 16.7 → 18.7')
S.rel('sum', I, R(a, st2, st2[2], '18.7'), 'altered: 8.1 + 75.2 + 18.7 = 102 (breaks {B})')
a = ALT(WW, 1, g65[2], '6.8%', 'rice output growth 6.5 → 6.8%')
S.rel('growth', I, R(a, g65, g65[2], '6.8%'), 'altered: 2.67 / 41.27 = 6.47%, not 6.8% (breaks {B})')
a = ALT(WW, 2, g72[2], '7.7%', 'soybean area growth 7.2 → 7.7%')
S.rel('growth', I, R(a, g72, g72[2], '7.7%'), 'altered: 0.22 / 3.06 = 7.19%, not 7.7% (breaks {B})')
a = ALT(XC, 1, g32[1], '2.95萬畝', 'wheat area rise 2.55 → 2.95萬畝')
S.rel('growth', I, R(a, g32, g32[1], '2.95萬畝'), 'altered: 2.95 / 79.45 = 3.7%, not 3.2% (breaks {B})')
a = ALT(XC, 2, r1600[1], '0.09元/公斤', 'price rise 0.06 → 0.09元/公斤')
S.rel('rate', I, R(a, r1600, r1600[1], '0.09元/公斤'), 'altered: 2.688億公斤 × 0.09 = 2419萬元, not about 1600萬 (breaks {B})')
a = ALT(F1, 1, s919[3], '118.2万吨', 'pear output 113.2 → 118.2万吨')
S.rel('sum', I, R(a, s919, s919[3], '118.2万吨'), 'altered: the parts add to 924.9, not 919.9 (breaks {B})')
a = ALT(F1, 2, sh692[2], '67.2%', 'seven counties share 69.2 → 67.2%')
S.rel('share', I, R(a, sh692, sh692[2], '67.2%'), 'altered: 636.8 / 919.9 = 69.2%, not 67.2% (breaks {B})')
a = ALT(F2, 1, vsh[1], '18.5%', 'melon-vegetable share 16.5 → 18.5%')
S.rel('sum', I, R(a, vsh, vsh[1], '18.5%'), 'altered: the vegetable shares add to 102 (breaks {B})')
a = ALT(F2, 2, sh417[0], '448.3万吨', 'apple output 418.3 → 448.3万吨')
S.rel('share', I, R(a, sh417, sh417[0], '448.3万吨'), 'altered: 448.3 / 1032.8 = 43.4%, not 41.7% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

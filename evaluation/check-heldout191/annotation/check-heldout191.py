"""Check key, set check-heldout191. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout191.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout191'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

N51='nat_budget_1951.txt'; N75='nat_report_1975.txt'; N96='nat_fiscal_1996_table.txt'; N04='nat_budget_2004.txt'
N05='nat_budget_2005_hant.txt'; N06='nat_budget_2006_hant.txt'; FA='nat_final_2005.txt'
LV='sx_lvliang_2007_hant.txt'; YX='sx_yuxian_2019.txt'; SC='sx_counties_2006.txt'; XT='hb_xingtaixian_2017.txt'; WC='hb_weichang_2016_2020.txt'
BL='nm_balinyou_1997_hant.txt'; EW='nm_ewenki_1997.txt'; AL='nm_alxazuo_1997.txt'; OR='nm_ordos_2019.txt'

# ---- 国家预算 1951 (report of 1952)
S.rel('target', M, [F(N51, '80.28%')], '1951 总收入 exceeded the original budget by 80.28% (180.28% of budget): met')
S.rel('growth', U, [F(N51, '80.28%'), F(N51, '117.71%'), F(N51, '101.59%'), F(N51, '11%', pre='农业税收超过')],
      'the total excess is a budget-weighted mean of the parts\' excesses; the parts\' budgets (weights) are not stated and the three listed parts need not exhaust receipts: nothing to check')
S.rel('sum', U, [F(N51, '80.28%'), F(N51, '46.97%')], 'receipts 80.28% and spending 46.97% above the original budget: the budget levels are not stated, so no balance (surplus or deficit) can be computed')

# ---- 1975 政府工作报告 (1974 against 1964; Chinese numerals)
S.rel('restatement', U, [F(N75, '三点三倍', pre='化肥增长'), F(N75, '三点三倍', pre='化学纤维增长')], 'same number, other indicator: 化肥 and 化学纤维 both 增长三点三倍 (ratio 4.3) 1964–1974')
S.rel('growth', U, [F(N75, '百分之六十'), F(N75, '一点四倍')], '全国解放以来 population +60% and grain 增产一点四倍 (ratio 2.4): grain per head (2.4 / 1.6 = 1.5) is stated nowhere, nor any base level')
S.rel('growth', U, [F(N75, '一点九倍'), F(N75, '一点二倍'), F(N75, '百分之九十一'), F(N75, '六点五倍'), F(N75, '两倍'), F(N75, '三点三倍', pre='化肥增长'),
                    F(N75, '五点二倍'), F(N75, '百分之八十五'), F(N75, '三点三倍', pre='化学纤维增长')],
      '工业总产值 增长一点九倍 against nine products\' growth: products are not a split of output and no values or weights are stated: nothing to check')

# ---- 国家财政收支平衡表 1996
r_rev = [F(N96, '7154.36'), F(N96, '6571.41'), F(N96, '-129.24'), F(N96, '11.09'), F(N96, '701.1')]
S.rel('sum', C, r_rev, '经常性收入合计 7154.36 = 6571.41 − 129.24 + 11.09 + 701.1 (the subsidy row is negative)')
S.rel('sum', U, [F(N96, '6014.96'), F(N96, '288.84'), F(N96, '2294.44'), F(N96, '1848.8'), F(N96, '453.91'), F(N96, '1096.77')],
      'the five current-expenditure rows add to 5982.76, 32.20 short of 经常性支出合计 6014.96; the total is confirmed by 节余 1139.4 and 支出总计 7937.55, so a row of the yearbook table is not on the page (parts leave something out); not keyed as an error')
S.rel('sum', C, [F(N96, '7154.36'), F(N96, '6014.96'), F(N96, '1139.4', n=0)], '经常性预算节余 1139.4 = 7154.36 − 6014.96')
S.rel('restatement', C, [F(N96, '1139.4', n=0), F(N96, '1139.4', n=1)], '经常性预算节余 1139.4 carried into 建设性收入 as 经常性预算结余 1139.4')
S.rel('sum', C, [F(N96, '1393.03'), F(N96, '1139.4', n=1), F(N96, '461.79'), F(N96, '-208.16')], '建设性收入合计 1393.03 = 1139.4 + 461.79 − 208.16')
r_jz = [F(N96, '1922.59'), F(N96, '618.6'), F(N96, '523.02'), F(N96, '258.77'), F(N96, '336.49'), F(N96, '185.71')]
S.rel('sum', C, r_jz, '建设性支出合计 1922.59 = 618.6 + 523.02 + 258.77 + 336.49 + 185.71')
S.rel('sum', C, [F(N96, '529.56'), F(N96, '1922.59'), F(N96, '1393.03')], '建设性预算收支差额 529.56 = 1922.59 − 1393.03')
S.rel('sum', C, [F(N96, '7407.99'), F(N96, '7154.36'), F(N96, '461.79'), F(N96, '-208.16')], '收入总计(扣除经常性结余) 7407.99 = 7154.36 + 461.79 − 208.16')
S.rel('sum', C, [F(N96, '7937.55'), F(N96, '6014.96'), F(N96, '1922.59')], '支出总计 7937.55 = 6014.96 + 1922.59')
S.rel('sum', C, [F(N96, '7937.55'), F(N96, '7407.99'), F(N96, '529.56')], 'overall gap 7937.55 − 7407.99 = 529.56, equal to the 建设性 gap (the current account is balanced into it)')
S.rel('sum', C, [F(N96, '1967.28'), F(N96, '608.84'), F(N96, '1238.93'), F(N96, '116.1'), F(N96, '3.41', n=0)], '债务收入 1967.28 = 608.84 + 1238.93 + 116.1 + 3.41')
r_jz2 = [F(N96, '43.12'), F(N96, '1238.93'), F(N96, '116.1'), F(N96, '3.41', n=0), F(N96, '1311.91'), F(N96, '3.41', n=1)]
S.rel('sum', C, r_jz2, '结转下年 43.12 = (1238.93 + 116.1 + 3.41) − (1311.91 + 3.41)')
S.rel('sum', U, [F(N96, '608.84'), F(N96, '529.56')], '608.84 is the central deficit financed by domestic debt, 529.56 the gap of the whole national budget (central and local): other scope, not equal by design')

# ---- 2004 全国财政 (中新社, Chinese numerals)
r_t1 = [F(N04, '26355亿'), F(N04, '两万六千三百五十五点八八亿元')]
S.rel('restatement', C, r_t1, 'headline 26355亿 = 两万六千三百五十五点八八亿元 (26355.88) truncated')
S.rel('restatement', C, [F(N04, '2004亿'), F(N04, '两千零四点九一亿元')], 'headline 2004亿 = 两千零四点九一亿元 (2004.91) truncated')
g04 = [F(N04, '两万六千三百五十五点八八亿元'), F(N04, '四千六百四十点六三亿元'), F(N04, '五千九百一十五点九五亿元'), F(N04, '百分之二十七点二')]
S.rel('growth', C, g04, '2003 = 26355.88 − 4640.63 = 21715.25; with the export-rebate arrears the rise is 5915.95: 5915.95 / 21715.25 = 27.24% → 百分之二十七点二')
S.rel('sum', C, [F(N04, '两千亿元'), F(N04, '七百到八百亿元'), F(N04, '一千亿元'), F(N04, '三百亿元')],
      'one-off factors: 七百到八百 + 近一千 + 近三百 ≈ 1900–2100亿 = 两千亿元左右 (all inputs approximate)')

# ---- 2005 预算执行 (traditional with glosses)
S.rel('restatement', C, [F(N05, '三萬億元'), F(N05, '31627.98億元')], '突破三萬億元 (lower bound) → 31627.98億元')
g05r = [F(N05, '31627.98億元'), F(N05, '5231.51億元'), F(N05, '19.8%')]
S.rel('growth', C, g05r, '2004 = 31627.98 − 5231.51 = 26396.47; 5231.51 / 26396.47 = 19.82% → 19.8%')
g05e = [F(N05, '33708.12億元'), F(N05, '5221.23億元'), F(N05, '18.3%')]
S.rel('growth', C, g05e, '2004 = 33708.12 − 5221.23 = 28486.89; 5221.23 / 28486.89 = 18.33% → 18.3%')
s05 = [F(N05, '2080.14億元'), F(N05, '33708.12億元'), F(N05, '31627.98億元')]
S.rel('sum', C, s05, '支出大于收入 2080.14 = 33708.12 − 31627.98')
S.rel('target', M, [F(N05, '31627.98億元'), F(N05, '108.1%')], '全国财政收入 2005: 108.1% of the budget: met')

# ---- 2006 预算草案 (traditional, Chinese numerals with glosses)
S.rel('restatement', C, [F(N06, '百分之十二', n=0), F(N06, '百分之十二', n=1)], 'revenue growth 百分之十二 in the lead and 增幅安排百分之十二 later')
g06r = [F(N05, '31627.98億元'), F(N06, '三萬五千四百二十三點(diǎn)三八億元'), F(N06, '百分之十二', n=0)]
S.rel('growth', C, g06r, 'cross-document: the 2006 revenue budget 35423.38 on the 2005 result 31627.98 (report of the same session) = +12.00%')
g06e = [F(N05, '33708.12億元'), F(N06, '三萬八千三百七十三點(diǎn)三八億元'), F(N06, '百分之十三點(diǎn)八')]
S.rel('growth', C, g06e, 'cross-document: the 2006 spending budget 38373.38 on the 2005 result 33708.12 = +13.84% → 百分之十三點八')
S.rel('share', U, [F(N06, '兩千九百五十億元'), F(N06, '百分之一點(diǎn)五')], '赤字 2950亿 = 1.5% of GDP: the GDP forecast (about 196700亿) is stated nowhere (unstated base)')

# ---- 2005 中央决算 and Jan-May 2006
sF = [F(FA, '2280.99亿元'), F(FA, '33930.28亿元'), F(FA, '31649.29亿元')]
S.rel('sum', C, sF, '支出大于收入 2280.99 = 33930.28 − 31649.29')
S.rel('sum', U, [F(FA, '17260.49亿元'), F(FA, '7931.35亿元'), F(FA, '1633.81亿元'), F(FA, '129.64亿元'), F(FA, '3204.03亿元'), F(FA, '1256.94亿元'),
                 F(FA, '5277.95亿元'), F(FA, '4048.94亿元'), F(FA, '583.26亿元'), F(FA, '65.3亿元'), F(FA, '508.88亿元')],
      'the listed central receipts (出口退税 netted) add to 16542.22, not 17260.49: 主要收入项目 only, the rest is not listed (parts leave something out)')
sG = [F(FA, '7022.87亿元'), F(FA, '6922.87亿元'), F(FA, '100亿元')]
S.rel('sum', C, sG, '国债 7022.87 = 中央财政债务收入 6922.87 + 代地方政府发行 100')
sH = [F(FA, '6922.87亿元'), F(FA, '3923.37亿元'), F(FA, '2999.5亿元')]
S.rel('sum', C, sH, '债务收入 6922.87 = 偿还本金 3923.37 + 弥补赤字 2999.5')
S.rel('target', MS, [F(FA, '65.3亿元'), F(FA, '76.8%')], '证券交易印花税 2005: 76.8% of its budget: missed')
S.rel('target', M, [F(FA, '508.88亿元'), F(FA, '140%')], '其他收入 2005: 140% of its budget: met')
S.rel('growth', U, [F(FA, '16630.96亿元'), F(FA, '22.8%'), F(FA, '31649.29亿元'), F(FA, '19.9%')], 'other period: Jan–May 2006 revenue and its rise against the full-year 2005 figures; Jan–May 2005 is stated nowhere')

# ---- national budget across documents (2004 result, 2005 execution, 2005 决算, 2006 budget)
S.rel('restatement', U, [F(N04, '两万六千三百五十五点八八亿元'), F(N05, '31627.98億元'), F(N05, '5231.51億元')],
      'other stage: the 2005 report\'s increase implies a 2004 base of 26396.47 (final accounts), not the preliminary 26355.88 reported a year earlier: a revision, not a contradiction')
S.rel('restatement', U, [F(N05, '31627.98億元'), F(FA, '31649.29亿元')], 'other stage: 2005 revenue in the March execution report (31627.98) and in the June 决算 (31649.29)')
S.rel('restatement', U, [F(N05, '2080.14億元'), F(FA, '2280.99亿元')], 'other stage: the execution report\'s gap 2080.14 against the 决算 gap 2280.99 (revenue and spending both revised)')
S.rel('growth', U, [F(N04, '两万六千三百五十五点八八亿元'), F(FA, '31649.29亿元'), F(FA, '19.9%')],
      'on the preliminary 2004 figure 26355.88 the 决算 revenue would be +20.1%; the 19.9% is on the final 2004 accounts (about 26396, other stage)')
S.rel('target', CT, [F(N06, '三萬五千四百二十三點(diǎn)三八億元'), F(FA, '16630.96亿元')], '2006 revenue budget 35423.38 against Jan–May 2006 revenue 16630.96 (47%): the year is not over')
S.rel('target', U, [F(N06, '三萬五千四百二十三點(diǎn)三八億元'), F(FA, '31649.29亿元')], 'target trap: the 2006 budget against the 2005 决算 revenue (other period)')

# ---- 吕梁 2007 bulletin (traditional)
sL = [F(LV, '5001443萬元'), F(LV, '257118萬元'), F(LV, '3438941萬元'), F(LV, '1305384萬元')]
S.rel('sum', C, sL, 'GDP 5001443 = 257118 + 3438941 + 1305384萬元 (exact)')
stN = [F(LV, '5', pre='今年的', post=':69'), F(LV, '69', pre='5:', post=':26'), F(LV, '26', pre=':69:')]
S.rel('sum', C, stN, 'structure this year 5 + 69 + 26 = 100')
S.rel('sum', C, [F(LV, '5', pre='上年的', post=':67'), F(LV, '67', pre='5:'), F(LV, '28', pre=':67:')], 'structure last year 5 + 67 + 28 = 100')
S.rel('share', C, [F(LV, '5001443萬元'), F(LV, '3438941萬元'), stN[1]], 'secondary share 3438941 / 5001443 = 68.76% → 69')
S.rel('growth', U, [F(LV, '5001443萬元'), F(LV, '16%', pre='同比增長'), F(LV, '257118萬元'), F(LV, '10.3%'), F(LV, '3438941萬元'), F(LV, '18.9%'), F(LV, '1305384萬元'), F(LV, '9.9%')],
      'comparable (real) sector rates on current-price levels: the rebuild gives +15.96% → 16, but constant-price weights are not stated (nominal vs real)')
S.rel('growth', U, [F(LV, '16%', pre='同比增長'), F(LV, '1.8個百分點')], 'the provincial rate (14.2%) is implied but stated nowhere: nothing to check')
S.rel('rate', U, [F(LV, '5001443萬元'), F(LV, '14028元'), F(LV, '2575元')], 'GDP per head 14028元 implies an average population of 356.5萬 and last year\'s 11453元, neither stated (unstated base)')
S.rel('restatement', U, [F(LV, '5.3%', pre='重工業上漲'), F(LV, '5.3%', pre='生產資料上漲')], 'same number, other indicator: 重工业 and 生产资料 ex-factory prices both +5.3%')
S.rel('sum', U, [F(LV, '5.1%', pre='上年上漲'), F(LV, '13.9%'), F(LV, '4.1%', pre='用品類上漲'), F(LV, '2.0%', pre='服務類上漲'), F(LV, '1.7%', pre='用品上漲'),
                 F(LV, '0.3%', pre='通信類上漲'), F(LV, '6.8%'), F(LV, '1.2%', pre='下降'), F(LV, '2.0%', pre='1.2%、')],
      'CPI +5.1% against the eight class rates: a weighted mean, weights not stated: nothing to check')

# ---- 盂县 (2018 population, 2019 GDP)
sY1 = [F(YX, '324245人'), F(YX, '163783人'), F(YX, '160462人')]
S.rel('sum', C, sY1, '常住人口 324245 = 男 163783 + 女 160462')
sY2 = [F(YX, '324245人'), F(YX, '142440人'), F(YX, '181805人')]
S.rel('sum', C, sY2, '常住人口 324245 = 城镇 142440 + 乡村 181805')
S.rel('restatement', C, [F(YX, '32万'), F(YX, '324245人')], 'headline 人口32万 = 324245 rounded')
S.rel('restatement', C, [F(YX, '129亿'), F(YX, '1298065万元')], 'headline GDP超129亿 (lower bound) = 1298065万元 = 129.8亿')
S.rel('share', U, [F(YX, '2514.4平方公里'), F(YX, '75公里'), F(YX, '63公里')], '东西长 75 × 南北宽 63 = 4725 km² is the bounding box, not the area 2514.4 km²')
S.rel('sum', U, [F(YX, '37亿吨'), F(YX, '1800万吨'), F(YX, '0.9亿吨', n=0), F(YX, '2.5亿吨'), F(YX, '9亿吨', pre='为')],
      '储藏量 37亿吨 against the 保有储量 of four worked seams (12.58亿吨): other indicator and seams not listed (parts leave something out)')

# ---- 山西 县域经济 2006 (provincial statistics bureau analysis)
rC = [F(SC, '96个'), F(SC, '2773.7亿元'), F(SC, '28.9亿元')]
S.rel('rate', C, rC, 'average county GDP 2773.7亿 / 96 = 28.89 → 28.9亿元')
S.rel('share', U, [F(SC, '14.11万平方公里'), F(SC, '90.3%')], '14.11万 km² = 90.3% of the province: the provincial area (about 15.6万) is not stated (unstated base)')
S.rel('share', U, [F(SC, '2449.81万人'), F(SC, '72.8%')], '2449.81万 = 72.8% of the provincial average population, which is not stated (unstated base)')
S.rel('growth', U, [F(SC, '2773.7亿元'), F(SC, '56.0%'), F(SC, '58.4%')], 'county share 56.0% → 58.4% (points); neither the 2005 county GDP nor the provincial totals are stated, so no growth rate can be checked')

# ---- 邢台县 2017
sX = [F(XT, '155.8亿元'), F(XT, '12.4亿元'), F(XT, '103.5亿元'), F(XT, '39.9亿元')]
S.rel('sum', C, sX, 'GDP 155.8 = 12.4 + 103.5 + 39.9')
stX = [F(XT, '8', pre='结构比为'), F(XT, '66.4'), F(XT, '25.6')]
S.rel('sum', C, stX, 'structure 8 + 66.4 + 25.6 = 100')
S.rel('share', C, [F(XT, '155.8亿元'), F(XT, '103.5亿元'), stX[1]], 'secondary 103.5 / 155.8 = 66.43% → 66.4 (66.38..66.48 with half-units)')
S.rel('rate', U, [F(XT, '155.8亿元'), F(XT, '33.6万')], 'GDP of 2017 against the 2019 population: no per-head figure is stated, and the periods differ')

# ---- 围场 2021 report (十三五 review)
S.rel('restatement', U, [F(WC, '8%', pre='全部财政收入年均增长'), F(WC, '8%', pre='人均可支配收入年均增长')], 'same number, other indicator: 财政收入 and urban income both 年均 +8%')
S.rel('rate', U, [F(WC, '169个'), F(WC, '14.2万名')], '14.2万 poor people and 169 poor villages: the poor were not all in those villages; no per-village figure is stated (subset, not split)')

# ---- 巴林右旗 1997 (yearbook, traditional)
shB = [F(BL, '173 828人'), F(BL, '79 722人'), F(BL, '46%')]
S.rel('share', C, shB, '蒙古族 79722 / 173828 = 45.86% → 46%')
S.rel('share', I, [F(BL, '150.5萬頭(只)'), F(BL, '135萬頭(只)'), F(BL, '93.9%')],
      'real error in the text: 良种及改良畜 135 / 大小畜存栏 150.5 = 89.7% (89.1..90.1 with half-units), not 93.9%; on 牛 + 绵羊 + 山羊 (144.8) it would be 93.2%, also not 93.9: one of the figures is misprinted')
S.rel('sum', U, [F(BL, '150.5萬頭(只)'), F(BL, '14.5萬頭'), F(BL, '43.3萬只'), F(BL, '87萬只')], '牛 + 绵羊 + 山羊 = 144.8 < 150.5: 马、驼、驴、骡 are 大小畜 too but not listed (parts leave something out)')
S.rel('restatement', U, [F(BL, '161.6萬頭(只)'), F(BL, '150.5萬頭(只)')], 'other indicator and date: 牲畜总头数 161.6 (牧业年度) against the year-end 大小畜存栏 150.5')
S.rel('sum', U, [F(BL, '10 256平方公里'), F(BL, '1 145.93萬畝'), F(BL, '59.76萬畝'), F(BL, '238.42萬畝', n=0)], '草场 + 耕地 + 林地 = 1444.11万亩 of 10256 km² (= 1538.4万亩): other land not listed (parts leave something out)')
S.rel('share', U, [F(BL, '10 256平方公里'), F(BL, '154公里'), F(BL, '139公里')], '东西长 154 × 南北宽 139 = 21406 km² is the bounding box, not the area 10256 km²')

# ---- 鄂温克族自治旗 1997 (yearbook)
sE = [F(EW, '18 726.85平方公里'), F(EW, '4 818.55平方公里'), F(EW, '12 894.38平方公里'), F(EW, '225.21平方公里'), F(EW, '90.62平方公里'), F(EW, '600.84平方公里'), F(EW, '34.34平方公里'), F(EW, '62.91平方公里')]
S.rel('sum', C, sE, 'land classes add exactly to the area: 4818.55 + 12894.38 + 225.21 + 90.62 + 600.84 + 34.34 + 62.91 = 18726.85 km²')
cE = [F(EW, '12个基层政权单位'), F(EW, '7个苏木'), F(EW, '1个民族乡'), F(EW, '1个矿区'), F(EW, '3个镇')]
S.rel('sum', C, cE, '12 units = 7 苏木 + 1 民族乡 + 1 矿区 + 3 镇')
S.rel('share', U, [F(EW, '18 726.85平方公里'), F(EW, '7.6%')], '7.6% of 呼伦贝尔盟: the 盟 area is not stated (unstated base)')
S.rel('share', U, [F(EW, '18 726.85平方公里'), F(EW, '173.25公里'), F(EW, '187.75公里')], 'width × length = 32528 km², a bounding box, not the area')
S.rel('growth', U, [F(EW, '12.4亿元'), F(EW, '14.5%'), F(EW, '12.1%'), F(EW, '18.4%'), F(EW, '7.5%', pre='第三产业增长')], 'GDP +14.5% against sector rates with no sector levels: weights not stated')

# ---- 阿拉善左旗 1997 (yearbook)
S.rel('restatement', C, [F(AL, '156.3万头(只)'), F(AL, '百万头(只)')], '牲畜总数超百万头(只) (lower bound): 156.3万 is above it')
S.rel('restatement', U, [F(AL, '156.3万头(只)'), F(AL, '116.3万头(只)')], 'other date: 6月末 牲畜总头数 156.3 against 12月末 存栏 116.3 (the difference is the year\'s offtake and losses)')
S.rel('share', U, [F(AL, '116.3万头(只)'), F(AL, '39.88%'), F(AL, '27.07%')], '出栏率 and 商品率 are on the opening stock (上年末存栏), not stated; neither 出栏 nor 商品 numbers are given')
S.rel('growth', U, [F(AL, '17.9万亩'), F(AL, '18.2%'), F(AL, '3.3万亩')], 'sown area +18.2% means +2.76万亩; 新增灌溉面积 3.3万亩 is another indicator')

# ---- 鄂尔多斯 2020 report (review of 2019)
S.rel('restatement', U, [F(OR, '4%', pre='地区生产总值增长'), F(OR, '4%', pre='、', post='和4.7%')], 'same number, other indicator: GDP +4% and 公路货运量 +4%')
S.rel('share', U, [F(OR, '294万吨'), F(OR, '21%')], '精细化学品 = 21% of the new chemical capacity 294万吨 (about 61.7万吨): the level is stated nowhere')

# ---- altered copies
a = ALT(N96, 1, r_rev[1], '6577.41', '各项税收 6571.41 → 6577.41')
S.rel('sum', I, R(a, r_rev, r_rev[1], '6577.41'), 'altered: 6577.41 − 129.24 + 11.09 + 701.1 = 7160.36, not 7154.36 (breaks {B})')
a = ALT(N96, 2, r_jz[1], '648.6', '生产性基本建设支出 618.6 → 648.6')
S.rel('sum', I, R(a, r_jz, r_jz[1], '648.6'), 'altered: the five rows add to 1952.59, not 1922.59 (breaks {B})')
a = ALT(N96, 3, r_jz2[4], '1317.91', '还本付息支出 1311.91 → 1317.91')
S.rel('sum', I, R(a, r_jz2, r_jz2[4], '1317.91'), 'altered: 1358.44 − 1321.32 = 37.12, not 43.12 (breaks {B})')
a = ALT(N04, 1, g04[2], '五千二百一十五点九五亿元', '增收 5915.95 → 5215.95亿 (九 → 二)')
S.rel('growth', I, R(a, g04, g04[2], '五千二百一十五点九五亿元'), 'altered: 5215.95 / 21715.25 = 24.0%, not 27.2% (breaks {B})')
a = ALT(N04, 2, r_t1[0], '26855亿', 'headline 26355 → 26855亿')
S.rel('restatement', I, R(a, r_t1, r_t1[0], '26855亿'), 'altered: headline 26855亿 against 两万六千三百五十五点八八亿元 in the text (breaks {B})')
a = ALT(N05, 1, g05r[1], '5931.51億元', '增加 5231.51 → 5931.51亿')
S.rel('growth', I, R(a, g05r, g05r[1], '5931.51億元'), 'altered: 5931.51 / (31627.98 − 5931.51) = 23.1%, not 19.8% (breaks {B})')
a = ALT(N05, 2, s05[0], '2050.14億元', '差额 2080.14 → 2050.14亿')
S.rel('sum', I, R(a, s05, s05[0], '2050.14億元'), 'altered: 33708.12 − 31627.98 = 2080.14, not 2050.14 (breaks {B})')
a = ALT(N06, 1, g06e[1], '三萬八千九百七十三點(diǎn)三八億元', '支出 38373.38 → 38973.38亿 (三 → 九)')
S.rel('growth', I, R(a, g06e, g06e[1], '三萬八千九百七十三點(diǎn)三八億元'), 'altered: 38973.38 / 33708.12 = +15.6%, not 13.8% (breaks {B})')
a = ALT(N06, 2, g06r[1], '三萬五千九百二十三點(diǎn)三八億元', '收入 35423.38 → 35923.38亿 (四 → 九)')
S.rel('growth', I, R(a, g06r, g06r[1], '三萬五千九百二十三點(diǎn)三八億元'), 'altered: 35923.38 / 31627.98 = +13.6%, not 12% (breaks {B})')
a = ALT(FA, 1, sF[0], '2230.99亿元', '差额 2280.99 → 2230.99亿')
S.rel('sum', I, R(a, sF, sF[0], '2230.99亿元'), 'altered: 33930.28 − 31649.29 = 2280.99, not 2230.99 (breaks {B})')
a = ALT(FA, 2, sH[1], '3928.37亿元', '偿还本金 3923.37 → 3928.37亿')
S.rel('sum', I, R(a, sH, sH[1], '3928.37亿元'), 'altered: 3928.37 + 2999.5 = 6927.87, not 6922.87 (breaks {B})')
a = ALT(FA, 3, sG[2], '400亿元', '代地方发行 100 → 400亿')
S.rel('sum', I, R(a, sG, sG[2], '400亿元'), 'altered: 6922.87 + 400 = 7322.87, not 7022.87 (breaks {B})')
a = ALT(LV, 1, sL[1], '252118萬元', 'primary 257118 → 252118萬元')
S.rel('sum', I, R(a, sL, sL[1], '252118萬元'), 'altered: 252118 + 3438941 + 1305384 = 4996443, not 5001443 (breaks {B})')
a = ALT(LV, 2, stN[2], '28', 'this year\'s tertiary share 26 → 28')
S.rel('sum', I, R(a, stN, stN[2], '28'), 'altered: 5 + 69 + 28 = 102 (breaks {B})')
a = ALT(YX, 1, sY1[1], '163283人', '男 163783 → 163283')
S.rel('sum', I, R(a, sY1, sY1[1], '163283人'), 'altered: 163283 + 160462 = 323745, not 324245 (breaks {B})')
a = ALT(YX, 2, sY2[2], '186805人', '乡村 181805 → 186805')
S.rel('sum', I, R(a, sY2, sY2[2], '186805人'), 'altered: 142440 + 186805 = 329245, not 324245 (breaks {B})')
a = ALT(SC, 1, rC[0], '86个', 'counties 96 → 86')
S.rel('rate', I, R(a, rC, rC[0], '86个'), 'altered: 2773.7 / 86 = 32.3亿, not 28.9 (breaks {B})')
a = ALT(SC, 2, rC[2], '23.9亿元', 'average 28.9 → 23.9亿')
S.rel('rate', I, R(a, rC, rC[2], '23.9亿元'), 'altered: 2773.7 / 96 = 28.9亿, not 23.9 (breaks {B})')
a = ALT(XT, 1, sX[3], '36.9亿元', 'tertiary 39.9 → 36.9亿')
S.rel('sum', I, R(a, sX, sX[3], '36.9亿元'), 'altered: 12.4 + 103.5 + 36.9 = 152.8, not 155.8 (breaks {B})')
a = ALT(XT, 2, stX[2], '28.6', 'tertiary share 25.6 → 28.6')
S.rel('sum', I, R(a, stX, stX[2], '28.6'), 'altered: 8 + 66.4 + 28.6 = 103 (breaks {B})')
a = ALT(BL, 1, shB[1], '89 722人', '蒙古族 79722 → 89722')
S.rel('share', I, R(a, shB, shB[1], '89 722人'), 'altered: 89722 / 173828 = 51.6%, not 46% (breaks {B})')
a = ALT(BL, 2, shB[2], '42%', 'share 46 → 42%')
S.rel('share', I, R(a, shB, shB[2], '42%'), 'altered: 79722 / 173828 = 45.9%, not 42% (breaks {B})')
a = ALT(EW, 1, sE[2], '12 694.38平方公里', '草场 12894.38 → 12694.38 km²')
S.rel('sum', I, R(a, sE, sE[2], '12 694.38平方公里'), 'altered: the land classes add to 18526.85, not 18726.85 km² (breaks {B})')
a = ALT(EW, 2, cE[4], '4个镇', '镇 3 → 4')
S.rel('sum', I, R(a, cE, cE[4], '4个镇'), 'altered: 7 + 1 + 1 + 4 = 13, not 12 units (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

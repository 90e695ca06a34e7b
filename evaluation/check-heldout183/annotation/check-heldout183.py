"""Check key, set check-heldout183. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout183.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout183'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

PO='nm_ports_2013.txt'; E0='nm_erlian_2010.txt'; E7='nm_erlian_2017_hant.txt'; NG='nm_grain_2018.txt'; DW='nm_dwq_2022.txt'
XC='bj_xicheng_2020m5.txt'; BP='bj_profile_1998.txt'; DX='bj_daxing_2014h1.txt'; SB='bj_suburb_1957_hant.txt'; B8='bj_2021m8.txt'
TI='tj_industry_2010_hant.txt'; BH='tj_binhai_2022.txt'; HP='tj_heping_2021.txt'
XT='hb_xingtai_2005.txt'; CO='hb_cotton_1996.txt'; S7='hb_sjz_2017_hant.txt'; S2='hb_sjz_2022h1_hant.txt'

# ---- 内蒙古 全区口岸 1-8月 2013
f3872 = F(PO, '3872.3万吨'); f2728 = F(PO, '2728.1万吨'); f543 = F(PO, '543.7万吨'); f600 = F(PO, '600.5万吨')
f2007 = F(PO, '2007.1万吨'); f1192 = F(PO, '1192.7万吨'); f213 = F(PO, '213.9万吨'); f1865 = F(PO, '1865.2万吨')
f1535 = F(PO, '1535.4万吨'); f329 = F(PO, '329.8万吨')
s_dir = [f3872, f2728, f543, f600]
S.rel('sum', C, s_dir, 'freight 3872.3 = 进境 2728.1 + 出境 543.7 + 转口 600.5万吨')
s_rm = [f3872, f2007, f1865]
S.rel('sum', C, s_rm, 'freight 3872.3 = 对俄 2007.1 + 对蒙 1865.2万吨')
s_m = [f1865, f1535, f329]
S.rel('sum', C, s_m, '对蒙 freight 1865.2 = 进境 1535.4 + 出境 329.8万吨')
s_in = [f2728, f1192, f1535]
S.rel('sum', C, s_in, '进境 freight 2728.1 = 对俄 1192.7 + 对蒙 1535.4万吨')
S.rel('sum', U, [f2007, f1192, f213], '对俄 进境 1192.7 + 出境 213.9 = 1406.6 < 2007.1万吨: the 对俄 total also holds transit (转口 600.5 is given for the whole region only), so the two listed parts leave something out')
g_dir = [f3872, F(PO, '3.5%'), f2728, F(PO, '9.6%'), f543, F(PO, '20.2%'), f600, F(PO, '10.4%')]
S.rel('growth', C, g_dir, 'the parts\' levels and rates give last year\'s total 2728.1/0.904 + 543.7/1.202 + 600.5/1.104 = 4014.1; 3872.3 / 4014.1 = -3.53% → 同比下降3.5% (-3.59..-3.48 within the half-units)')
S.rel('growth', U, [f2007, F(PO, '5.5%'), f1192, F(PO, '3.4%', pre='同比增长'), f213, F(PO, '4.7%')], '对俄 +5.5% cannot be rebuilt from 进境 +3.4% and 出境 +4.7%: the 对俄 transit part and its rate are not stated (parts leave something out)')
p303 = F(PO, '303.6万人次'); p1174 = F(PO, '117.4万人次'); p1862 = F(PO, '186.2万人次')
S.rel('sum', C, [p303, F(PO, '150.7万人次'), F(PO, '152.9万人次')], 'passengers 303.6 = 进境 150.7 + 出境 152.9万人次')
S.rel('sum', C, [p303, p1174, p1862], 'passengers 303.6 = 对俄 117.4 + 对蒙 186.2万人次')
S.rel('sum', C, [p1174, F(PO, '58.6万人次'), F(PO, '58.8万人次')], '对俄 passengers 117.4 = 58.6 + 58.8万人次')
s1862 = [p1862, F(PO, '92.1万人次'), F(PO, '94.1万人次')]
S.rel('sum', C, s1862, '对蒙 passengers 186.2 = 92.1 + 94.1万人次')
g_pax = [p303, F(PO, '3.4%', pre='客运量为303.6万人次,同比增长'), F(PO, '150.7万人次'), F(PO, '3.8%'), F(PO, '152.9万人次'), F(PO, '2.9%')]
S.rel('growth', C, g_pax, 'last year 150.7/1.038 + 152.9/1.029 = 293.8; 303.6 / 293.8 = +3.34% (3.24..3.45 within the half-units) → 同比增长3.4%')
S.rel('sum', C, [F(PO, '76.9万列辆架次'), F(PO, '19.3万列辆架次'), F(PO, '57.6万列辆架次')], 'vehicles 76.9 = 对俄 19.3 + 对蒙 57.6万列辆架次')
S.rel('sum', C, [F(PO, '76.9万列辆架次'), F(PO, '38.5万列辆架次'), F(PO, '38.2万列辆架次'), F(PO, '1854列次')], 'vehicles 38.5 + 38.2万 + 1854 transit = 76.885万 → 76.9万列辆架次')
S.rel('sum', U, [F(PO, '19.3万列辆架次'), F(PO, '9.7万列辆架次'), F(PO, '9.4万列辆架次')], '对俄 9.7 + 9.4 = 19.1 < 19.3万: the 对俄 total includes the transit trains (1854列次, given for the region only): parts leave something out')

# ---- 二连口岸 1-2月 2010 and 2017
s104 = [F(E0, '104万吨'), F(E0, '83.5万吨'), F(E0, '20.5万吨')]
S.rel('sum', C, s104, '二连 freight 104 = 进口 83.5 + 出口 20.5万吨')
g695 = [F(E0, '104万吨'), F(E0, '69.5%'), F(E0, '83.5万吨'), F(E0, '75.9%'), F(E0, '20.5万吨'), F(E0, '48.8%')]
S.rel('growth', C, g695, 'last year 83.5/1.759 + 20.5/1.488 = 61.2万吨; 104 / 61.2 = +69.8% (68.8..70.8 within the half-units, 104 being whole tonnes of 万) → 同比增长69.5%')
s2234 = [F(E7, '223.4萬人次'), F(E7, '112.1萬人次'), F(E7, '111.3萬人次')]
S.rel('sum', C, s2234, '二連 2017 people 223.4 = 進境 112.1 + 出境 111.3萬人次')
g6 = [F(E7, '223.4萬人次'), F(E7, '6%'), F(E7, '112.1萬人次'), F(E7, '6.4%'), F(E7, '111.3萬人次'), F(E7, '5.6%')]
S.rel('growth', C, g6, 'last year 112.1/1.064 + 111.3/1.056 = 210.8; 223.4 / 210.8 = +6.0% → 同比增長6%')
S.rel('growth', U, [F(E0, '19.5万人次'), F(E7, '223.4萬人次')], 'across documents: 二连 travellers of Jan-Feb 2010 (19.5万人次) against the whole year 2017 (223.4萬人次): other period; no rate joins them')
S.rel('share', U, [F(E7, '223.4萬人次'), p1862], 'across documents: 二連 2017 (a year, one port) against the region\'s 对蒙 passengers of Jan-Aug 2013 (186.2万人次, all Mongolian ports): other period and scope')
S.rel('share', U, [F(E0, '104万吨'), f1865], 'across documents: 二连 freight of Jan-Feb 2010 against the region\'s 对蒙 freight of Jan-Aug 2013: other period (no share can be taken)')

# ---- 内蒙古 grain 1978-2018
g96 = [F(NG, '12584元'), F(NG, '131元'), F(NG, '96倍')]
S.rel('growth', C, g96, '12584 / 131 = 96.1 → 是…的96倍 (as the text states it: 2017 可支配收入 against 1978 纯收入, two indicators the text puts side by side)')
rs13 = [F(NG, '13个', pre='成为中国'), F(NG, '13个', pre='成为全国')]
S.rel('restatement', C, rs13, '13个粮食主产省区 twice')
rs6 = [F(NG, '6个', pre='省区和'), F(NG, '6个', pre='成为全国')]
S.rel('restatement', C, rs6, '6个粮食净调出省区 twice')
S.rel('sum', U, [F(NG, '2000万吨'), F(NG, '1000万吨', n=1)], 'capacity 2000万吨 and 每年可调出 1000万吨: the region\'s own use is not stated (unstated base); 2000 − 1000 is not a stated figure')
S.rel('growth', U, [F(NG, '1000万吨'), F(NG, '2000万吨')], '1992 output 突破1000万吨 against 2008 capacity 突破2000万吨: output vs 综合生产能力, other indicator; no rate is stated')

# ---- 东乌旗 2022 report (2018-2021)
S.rel('growth', U, [F(DW, '232.75亿元'), F(DW, '3.56%')], 'GDP 累计232.75亿 over four years and 年均增长3.56%: the yearly levels and the base are not stated (unstated base)')
S.rel('share', U, [F(DW, '2.9万元'), F(DW, '7倍')], '人均年纯收入2.9万 高于全国脱贫标准7倍: the national standard is not stated (unstated base)')
S.rel('growth', U, [F(DW, '44846元'), F(DW, '4.9%'), F(DW, '37342元'), F(DW, '7.2%')], 'income levels with yearly rates: the 2017 levels are not stated (unstated base)')
S.rel('sum', U, [F(DW, '232.75亿元'), F(DW, '25.32亿元'), F(DW, '65.3亿元'), F(DW, '43.5亿元')], 'four cumulative totals of different indicators (GDP, budget revenue, investment, retail): not parts of anything (other indicators)')

# ---- 西城区 1-5月 2020
sh72 = [F(XC, '389.9亿元'), F(XC, '5391.9亿元'), F(XC, '7.2%')]
S.rel('share', C, sh72, '389.9 / 5391.9 = 7.23% → 占北京市的比重为7.2%')
s3899 = [F(XC, '389.9亿元'), F(XC, '345.0亿元'), F(XC, '44.9亿元')]
S.rel('sum', C, s3899, '商品零售 345.0 + 餐饮收入 44.9 = 389.9亿')
S.rel('share', C, [F(XC, '281.6亿元'), F(XC, '281.5亿元'), F(XC, '100.0%')], '产销率 281.6 / 281.5 = 100.04% → 100.0%')
g86 = [F(XC, '389.9亿元'), F(XC, '8.6%'), F(XC, '345.0亿元'), F(XC, '7.6%'), F(XC, '44.9亿元'), F(XC, '15.4%')]
S.rel('growth', C, g86, 'last year 345.0/0.924 + 44.9/0.846 = 426.5; 389.9 / 426.5 = -8.57% → 同比下降8.6%')
rs3899 = [F(XC, '389.9亿元'), F(XC, '389.9', pre='| 5391.9 | -7.7 | ')]
S.rel('restatement', C, rs3899, 'text and table: 西城 retail 389.9')
S.rel('restatement', C, [F(XC, '219.4亿元'), F(XC, '219.4', pre='| -5.0 | ')], 'text and table: 公共财政预算收入 219.4')
S.rel('share', U, [F(XC, '191.9亿元'), F(XC, '219.4亿元')], '区级各项税收 191.9 "其中" of 公共财政预算收入 219.4: non-tax revenue and any share are not stated; 87.5% is no figure of the text (nested scopes)')
S.rel('growth', U, [F(XC, '7.7%'), F(XC, '8.6%')], '北京市 retail -7.7% and 西城 -8.6%: another place\'s rate, no relation')

# ---- 北京概况 1998
S.rel('sum', C, [F(BP, '6 ‰'), F(BP, '5 . 3 ‰'), F(BP, '0 . 7 ‰')], '出生率 6‰ − 死亡率 5.3‰ = 自然增长率 0.7‰ (figures with spaces as stored)')
S.rel('growth', U, [F(BP, '13 ° C'), F(BP, '- 3 . 7 ° C'), F(BP, '25 . 2 ° C')], 'the yearly mean 13°C is not the midpoint of the January and July means (10.75°C): other indicator')
S.rel('share', U, [F(BP, '16808 平方公里'), F(BP, '1040 平方公里')], '市区面积 1040 inside 总面积 16808: no share is stated (nested scopes)')
S.rel('sum', U, [F(BP, '1091 . 5 万人'), F(BP, '300 万以上')], 'resident registered population and the daily floating population: overlapping scopes, not parts of a stated total')

# ---- 大兴 2014 H1 agriculture
rs313 = [F(DX, '31.3亿元'), F(DX, '31.3亿元', n=1)]
S.rel('restatement', C, rs313, 'lead and section: 农林牧渔(业)产值 31.3亿 (and 7.6% both times)')
g308 = [F(DX, '8.8万亩'), F(DX, '3.9万亩'), F(DX, '30.8%')]
S.rel('growth', C, g308, 'wheat 8.8万亩, 3.9万亩 less than 2013: 3.9 / 12.7 = 30.7% (30.3..31.1 within the half-units) → 下降30.8%')
S.rel('sum', U, [F(DX, '31.3亿元', n=1), F(DX, '10.2亿元'), F(DX, '10.5亿元'), F(DX, '10.2亿元', n=1)], '林业 10.2 + 农业 10.5 + 牧业 10.2 = 30.9 < 31.3: fishery and services are not given (parts leave something out)')
S.rel('restatement', U, [F(DX, '10.2亿元'), F(DX, '10.2亿元', n=1)], '林业产业 10.2亿 (+27.3%) and 牧业产值 10.2亿 (+4.6%): the same number for two indicators')
S.rel('growth', U, [F(DX, '30.8%'), F(DX, '四成')], 'wheat area -30.8% against grain output 减少四成: area vs output, wheat vs all grain (other indicator)')

# ---- 北京郊区 1949-1957 (traditional)
g577 = [F(SB, '204.7元'), F(SB, '129.8元'), F(SB, '57.7%')]
S.rel('growth', C, g577, '204.7 / 129.8 = 1.5770 → 增長了57.7%')
g664 = [F(SB, '340.55元'), F(SB, '204.7元'), F(SB, '66.4%')]
S.rel('growth', C, g664, '340.55 / 204.7 = 1.6637 → 增長了66.4% (as the text puts 1957 勞均純收入 against the 1952 勞均年收入)')
g107 = [F(SB, '340.55元'), F(SB, '204.7元'), F(SB, '10.7%')]
S.rel('growth', C, g107, '1952 → 1957 is 5 years: 1.6637^(1/5) = 1.1072 → 平均年增長10.7%')

# ---- 北京 1-8月 2021
rs393 = [F(B8, '39.3%'), F(B8, '39.3%', pre='28.6%。\n\n本报讯(记者 陈雪柠)市统计局、国家统计局北京调查总队日前发布数据显示,今年1至8月,全市规模以上工业增加值按可比价格计算,同比增长')]
S.rel('restatement', C, rs393, 'the lead paragraph is printed twice as stored: 39.3% both times')
S.rel('growth', U, [F(B8, '39.3%'), F(B8, '17.5%')], 'yoy +39.3% and 两年平均 +17.5% over 2019: the 2020 change (about -0.9%) is not stated (other period)')
S.rel('growth', U, [F(B8, '3.2倍'), F(B8, '1倍')], '医药 增长3.2倍 (×4.2) yoy and 两年平均增长1倍 (×2 a year, ×4 over two): they imply a 2020 fall of about 5%, not stated (other period)')
S.rel('growth', U, [F(B8, '5.3%'), F(B8, '5.3%', n=1)], '电力 +5.3% yoy and +5.3% two-year average: same number for two periods (2021 on 2020, and 2021 on 2019 averaged)')
S.rel('growth', U, [F(B8, '1.4倍'), F(B8, '59.1%')], '高技术制造业 增长1.4倍 (×2.4) yoy and 两年平均 +59.1% (×2.53 over two years): other period, the 2020 base is not stated')
S.rel('growth', U, [F(XC, '5391.9亿元'), F(B8, '18.5%')], 'across documents: 北京 retail of Jan-May 2020 against 市场总消费额 +18.5% of Jan-Aug 2021: other indicator and period')

# ---- 天津 industry 1949-2008 (traditional)
s100 = [F(TI, '16.3%'), F(TI, '83.7%')]
S.rel('sum', C, s100, '2008 light 16.3% + heavy 83.7% = 100% of 規模以上工業增加值')
S.rel('share', U, [F(TI, '87.5%'), F(TI, '16.3%')], '1949 light share of 工業總産值 (87.5%) against 2008 light share of 規模以上工業增加值 (16.3%): other indicator')
S.rel('growth', U, [F(TI, '7.29萬元'), F(TI, '157.90萬元'), F(TI, '12506.83億元')], '1949, 1978 and 2008 levels at current prices (and 1949/1978 printed in 萬元, evidently 億元): no rate is stated to check (nominal, units)')

# ---- 滨海新区 2022 决算
sh832 = [F(BH, '420.6亿元'), F(BH, '505.4亿元'), F(BH, '83.2%')]
S.rel('share', C, sh832, '税收 420.6 / 505.4 = 83.22% → 83.2%')
s2626 = [F(BH, '262.6亿元'), F(BH, '33.7亿元'), F(BH, '204亿元'), F(BH, '24.9亿元')]
S.rel('sum', C, s2626, '转移支付 262.6 = 33.7 + 204 + 24.9')
rs505 = [F(BH, '505.4亿元'), F(BH, '505.4亿元', n=1)]
S.rel('restatement', C, rs505, '一般公共预算收入 505.4亿 twice')
S.rel('restatement', C, [F(BH, '262.6亿元'), F(BH, '262.6亿元', n=1)], '转移支付 262.6亿 twice')
S.rel('target', MS, [F(BH, '89.8%')], 'revenue 完成预算89.8% (comparable basis): missed')
S.rel('target', MS, [F(BH, '684.6亿元'), F(BH, '81.6%')], 'spending 完成预算81.6%: missed')
S.rel('growth', U, [F(BH, '4.3%'), F(BH, '8.4%')], 'revenue -4.3% and 税收 -8.4% (comparable): non-tax revenue and its rate are not stated (nested scopes)')

# ---- 和平区 2021 财政收支
g1793 = [F(HP, '377841万元'), F(HP, '57452万元'), F(HP, '17.93%')]
S.rel('growth', C, g1793, '57452 / (377841 − 57452) = 57452 / 320389 = 17.93%')
sh10267 = [F(HP, '377841万元'), F(HP, '368000万元'), F(HP, '102.67%')]
S.rel('share', C, sh10267, '377841 / 368000 = 102.67%')
S.rel('target', M, [F(HP, '368000万元'), F(HP, '377841万元')], 'revenue: adjusted budget 368000万, actual 377841万 (102.67%): met')
S.rel('share', U, [F(HP, '355000万元'), F(HP, '102.67%')], '102.67% is of the adjusted budget 368000万; on the original 355000万 it would be 106.4% (other base)')
s377 = [F(HP, '377841万元'), F(HP, '322551万元'), F(HP, '55290万元')]
S.rel('sum', C, s377, '税收 322551 + 非税 55290 = 377841万')
s322 = [F(HP, '322551万元'), F(HP, '100103万元'), F(HP, '51749万元'), F(HP, '16630万元'), F(HP, '154069万元')]
S.rel('sum', C, s322, '增值税 100103 + 企业所得税 51749 + 个人所得税 16630 + 其他 154069 = 322551万')
s154 = [F(HP, '154069万元'), F(HP, '55483万元'), F(HP, '31873万元'), F(HP, '28318万元'), F(HP, '14666万元'), F(HP, '13959万元'),
        F(HP, '6204万元'), F(HP, '3356万元'), F(HP, '33万元'), F(HP, '7万元'), F(HP, '170万元')]
S.rel('sum', C, s154, 'the ten other taxes add to 154069万')
s552 = [F(HP, '55290万元'), F(HP, '26541万元'), F(HP, '2833万元'), F(HP, '6058万元'), F(HP, '593万元'), F(HP, '19265万元')]
S.rel('sum', C, s552, '非税 26541 + 2833 + 6058 + 593 + 19265 = 55290万')
g422 = [F(HP, '55290万元'), F(HP, '42.20%'), F(HP, '26541万元'), F(HP, '16.40%'), F(HP, '2833万元'), F(HP, '27.44%'), F(HP, '6058万元'),
        F(HP, '54.46%'), F(HP, '593万元'), F(HP, '42.71%'), F(HP, '19265万元'), F(HP, '116.46%')]
S.rel('growth', C, g422, '2020 non-tax from the parts: 26541/1.164 + 2833/1.2744 + 6058/1.5446 + 593/0.5729 + 19265/2.1646 = 38882; 55290 / 38882 = +42.20%')
g1793b = [F(HP, '17.93%'), F(HP, '322551万元'), F(HP, '14.58%'), F(HP, '55290万元'), F(HP, '42.20%')]
S.rel('growth', C, g1793b, '2020 total from tax and non-tax: 322551/1.1458 + 55290/1.4220 = 320390; +17.93% (17.93 within the half-units)')
S.rel('target', MS, [F(HP, '525000万元'), F(HP, '524652万元')], 'spending: adjusted budget 525000万, actual 524652万 (99.93%): missed, narrowly')
S.rel('target', U, [F(HP, '490000万元'), F(HP, '377841万元')], 'the spending budget 490000万 against the revenue result 377841万: other indicator')

# ---- 邢台 十五 (2000-2005)
g187 = [F(XT, '23.5%'), F(XT, '187%')]
S.rel('growth', C, g187, '全部财政收入 年均增长23.5% over 2000 → 2005: 1.235^5 = 2.873 → 比2000年增长187%')
g627 = [F(XT, '10.2%'), F(XT, '62.7%')]
S.rel('growth', C, g627, '地方一般预算收入 年均增长10.2%: 1.102^5 = 1.625 (1.621..1.629 within the half-unit of 10.2) → 增长62.7%')
g22 = [F(XT, '17.4%'), F(XT, '2.2倍')]
S.rel('growth', C, g22, '规上工业增加值 年均17.4%: 1.174^5 = 2.23 → 是2000年的2.2倍')
g31 = [F(XT, '25.3%'), F(XT, '3.1倍')]
S.rel('growth', C, g31, '利税 年均25.3%: 1.253^5 = 3.09 → 是2000年的3.1倍')
S.rel('growth', C, [F(XT, '11.7%'), F(XT, '翻了近一番')], 'GDP 年均增长11.7% over five years is ×1.74: "翻了近一番" (nearly doubled) in words, a loose but not false description')
S.rel('sum', U, [F(XT, '21.8亿元'), F(XT, '23.1亿元')], '"其中市本级财政收入23.1亿" exceeds 地方一般预算收入 21.8亿: 市本级 is of 全部财政收入 (60.1亿), another scope (overlapping scopes)')
S.rel('growth', U, [F(XT, '12%'), F(XT, '4.9%')], 'grain output +12% (2005) against 一产增加值 年均 +4.9% (2000-2005): other indicator and period')

# ---- 河北 cotton 1919-1996
r58 = [F(CO, '95.81万公顷'), F(CO, '309千克'), F(CO, '29.57万吨')]
S.rel('rate', C, r58, '1958: 95.81万公顷 × 309kg = 29.60万吨 (29.56..29.65 within the half-units) → 29.57万吨')
g34 = [F(CO, '2.2倍'), F(CO, '37.6%'), F(CO, '3.4倍')]
S.rel('growth', C, g34, 'on 1948: area ×3.2, yield ×1.376 → output ×4.40, 增长3.4倍')
r96 = [F(CO, '42.76万公顷'), F(CO, '604.2千克'), F(CO, '25.84万吨')]
S.rel('rate', C, r96, '1996: 42.76万公顷 × 604.2kg = 25.84万吨')
S.rel('rate', C, [F(CO, '53.33万多公顷'), F(CO, '210千克'), F(CO, '11万吨')], '1980: 53.33万多公顷 × 210kg = 11.2万吨 → 总产 11万吨')
S.rel('rate', C, [F(CO, '80多万公顷'), F(CO, '750千克左右'), F(CO, '60万吨左右')], '1991: 80多万公顷 × 约750kg ≈ 60万吨 (about)')
S.rel('growth', U, [F(CO, '114.71万公顷'), F(CO, '2.2倍')], 'the 2.2倍 rise is of the 1958 area 95.81万公顷, not of the 1956 peak 114.71万公顷 (other period)')
S.rel('rate', U, [F(CO, '39.33多万公顷'), F(CO, '15.7万吨'), F(CO, '309千克')], '1919 area and output (about 399kg/ha) against the 1958 yield: other period, no rate joins them')

# ---- 石家莊 2017 bulletin (traditional)
s6460 = [F(S7, '6460.9億元'), F(S7, '480.5億元'), F(S7, '2913.9億元'), F(S7, '3066.4億元')]
S.rel('sum', C, s6460, '480.5 + 2913.9 + 3066.4 = 6460.8 → 6460.9億')
st17 = [F(S7, '7.4%'), F(S7, '45.1%'), F(S7, '47.5%')]
S.rel('sum', C, st17, 'shares 7.4 + 45.1 + 47.5 = 100')
S.rel('share', C, [F(S7, '3066.4億元'), F(S7, '6460.9億元'), F(S7, '47.5%')], '3066.4 / 6460.9 = 47.46% → 47.5%')
n783 = [F(S7, '13.40‰'), F(S7, '5.57‰'), F(S7, '7.83‰')]
S.rel('sum', C, n783, '出生率 13.40 − 死亡率 5.57 = 自然增长率 7.83‰')
d151 = [F(S7, '0.78個'), F(S7, '0.73個'), F(S7, '1.51 個')]
S.rel('sum', C, d151, 'birth rate +0.78 and death rate −0.73 → natural growth +1.51 per mille points')
S.rel('share', C, [F(S7, '14.52萬'), F(S7, '1087.99萬'), F(S7, '9.53萬'), F(S7, '13.40‰')], '14.52萬 births on the average population (1087.99 − 9.53/2 = 1083.2萬) = 13.40‰; on the year-end 1087.99萬 it would be 13.35‰')
S.rel('share', C, [F(S7, '6460.9億元'), F(S7, '1087.99萬'), F(S7, '9.53萬'), F(S7, '59645元')], 'per head on the average population: 6460.9億 / 1083.2萬 = 59645元 (on the year-end 1087.99萬 it would be 59384)')
S.rel('sum', U, [F(S7, '9.53萬'), F(S7, '14.52萬'), F(S7, '6.03萬')], 'population +9.53萬 against natural increase 14.52 − 6.03 = 8.49萬: net migration is not stated (parts leave something out)')

# ---- 石家莊 2022 H1 (traditional)
s3511 = [F(S2, '3511億元'), F(S2, '213億元'), F(S2, '1094億元'), F(S2, '2204億元')]
S.rel('sum', C, s3511, '213 + 1094 + 2204 = 3511億')
sh842 = [F(S2, '38個'), F(S2, '32個'), F(S2, '84.2%')]
S.rel('share', C, sh842, '32 / 38 = 84.2%')
sh657 = [F(S2, '216種'), F(S2, '142種'), F(S2, '65.7%')]
S.rel('share', C, sh657, '142 / 216 = 65.7%')
S.rel('growth', U, [F(S2, '11.0%'), F(S2, '7.8%')], 'GDP +11.0% at current prices and +7.8% at constant prices (nominal vs real; the deflator is not stated)')
S.rel('growth', U, [F(S2, '7.8%'), F(S2, '213億元'), F(S2, '5.9%'), F(S2, '1094億元'), F(S2, '7.6%'), F(S2, '2204億元'), F(S2, '8.0%')], 'real growth of the total cannot be rebuilt from current-price sector levels (the constant-price bases are not stated; nominal vs real)')
S.rel('share', U, [F(S2, '324.4億元'), F(S2, '213億元')], '農林牧漁業總產值 324.4 (gross output) against 第一產業增加值 213 (value added): other indicator')
S.rel('share', U, [F(S2, '3511億元'), F(S7, '6460.9億元')], 'across documents: H1 2022 GDP against the year 2017: other period (no share, no rate)')
S.rel('growth', U, [F(S2, '7.8%'), F(S7, '7.3%')], 'across documents: H1 2022 +7.8% and 2017 +7.3%: other periods')

# ---- further traps and targets
S.rel('growth', U, [F(XC, '19.3%'), F(XC, '1.2%')], '建安投资 +1.2% is "其中" of 固定资产投资 +19.3%: its weight is not stated (nested scopes)')
S.rel('share', U, [F(XC, '219.4亿元'), F(XC, '2585.4')], '西城 revenue 219.4 against 北京 2585.4 (table): no share is stated, and the two are budgets of different levels (another place)')
S.rel('share', U, [F(BH, '505.4亿元'), F(BH, '89.8%')], '完成预算89.8% is "剔除留抵退税因素后,按可比口径": the budget and the comparable revenue are not stated, so 505.4 / 0.898 is no budget figure (unstated base)')
S.rel('growth', U, [F(HP, '11.74%'), F(HP, '17.93%')], 'spending +11.74% and revenue +17.93%: other indicator')
S.rel('growth', U, [F(XT, '116.5亿元'), F(XT, '12.1%'), F(XT, '730亿元'), F(XT, '11.7%')], '市区 GDP 116.5亿 (年均 +12.1%) inside 全市 730亿 (+11.7%): the 市区 weight in 2000 is not stated (nested scopes)')
S.rel('growth', U, [F(XT, '60.1亿元'), F(XT, '29.3%'), F(XT, '23.5%')], '全部财政收入 +29.3% in 2005 against 年均 +23.5% over 2000-2005: other period')
S.rel('growth', U, [F(S7, '7.3%'), F(S7, '2.4%'), F(S7, '3.7%'), F(S7, '11.6%')], 'real GDP growth from real sector growth needs last year\'s constant-price weights, not stated (current shares give about 7.4%; nominal vs real weights)')
S.rel('share', U, [F(S7, '61.64%'), F(S7, '45.8%')], '常住人口城镇化率 61.64% and 户籍人口城镇化率 45.8%: other indicator (other population base)')
S.rel('growth', U, [F(DX, '13.7个百分点'), F(DX, '22%')], 'milk output 下降了13.7个百分点 and its price +22%: output against price, and the value of milk is not stated (other indicator)')
S.rel('growth', U, [F(B8, '18.5%'), F(B8, '2.5%')], '市场总消费额 +18.5% yoy and 两年平均 +2.5%: the 2020 fall is not stated (other period)')
S.rel('growth', U, [F(SB, '129.8元'), F(SB, '340.55元')], '1949 勞均年收入 129.8 against 1957 勞均純收入 340.55: no rate is stated for 1949-1957, and the two indicators differ (other indicator)')
S.rel('share', U, [F(XC, '100.0%'), F(XC, '4.9%'), F(XC, '4.7%')], '产销率 100.0% this year; output +4.9% and sales +4.7% imply a 产销率 of about 100.2% a year earlier, not stated (other period)')
S.rel('target', CT, [F(DX, '65040亩'), F(DX, '99.4%')], '平原造林 65040亩 = 99.4% of the 2014 task at mid-2014: the year is not over (cannot tell)')

# ---- altered copies
a = ALT(PO, 1, s_m[2], '324.8万吨', '对蒙 outbound freight 329.8 → 324.8万吨')
S.rel('sum', I, R(a, s_m, s_m[2], '324.8万吨'), 'altered: 1535.4 + 324.8 = 1860.2, not 1865.2万吨 (breaks {B})')
a = ALT(PO, 2, s1862[2], '97.1万人次', '对蒙 outbound passengers 94.1 → 97.1万人次')
S.rel('sum', I, R(a, s1862, s1862[2], '97.1万人次'), 'altered: 92.1 + 97.1 = 189.2, not 186.2万人次 (breaks {B})')
a = ALT(E0, 1, g695[1], '64.5%', 'freight growth 69.5 → 64.5%')
S.rel('growth', I, R(a, g695, g695[1], '64.5%'), 'altered: the parts give +69.8% (68.8..70.8), not 64.5% (breaks {B})')
a = ALT(E7, 1, g6[3], '9.4%', 'inbound growth 6.4 → 9.4%')
S.rel('growth', I, R(a, g6, g6[3], '9.4%'), 'altered: 112.1/1.094 + 111.3/1.056 = 207.9; 223.4 / 207.9 = +7.5%, not 6% (breaks {B})')
a = ALT(NG, 1, g96[1], '181元', '1978 income 131 → 181元')
S.rel('growth', I, R(a, g96, g96[1], '181元'), 'altered: 12584 / 181 = 69.5, not 96倍 (breaks {B})')
a = ALT(XC, 1, sh72[2], '7.8%', '西城 share of 北京 retail 7.2 → 7.8%')
S.rel('share', I, R(a, sh72, sh72[2], '7.8%'), 'altered: 389.9 / 5391.9 = 7.23%, not 7.8% (breaks {B})')
a = ALT(XC, 2, rs3899[1], '381.9', 'table: 西城 retail 389.9 → 381.9')
S.rel('restatement', I, R(a, rs3899, rs3899[1], '381.9'), 'altered: text 389.9亿, table 381.9 (breaks {B})')
a = ALT(BP, 1, F(BP, '0 . 7 ‰'), '2 . 7 ‰', 'natural growth 0.7 → 2.7‰')
S.rel('sum', I, R(a, [F(BP, '6 ‰'), F(BP, '5 . 3 ‰'), F(BP, '0 . 7 ‰')], F(BP, '0 . 7 ‰'), '2 . 7 ‰'), 'altered: 6 − 5.3 = 0.7‰ (0.15..1.25 with the half-unit of 6), not 2.7‰ (breaks {B})')
a = ALT(DX, 1, g308[1], '2.9万亩', 'wheat area fall 3.9 → 2.9万亩')
S.rel('growth', I, R(a, g308, g308[1], '2.9万亩'), 'altered: 2.9 / 11.7 = 24.8%, not 30.8% (breaks {B})')
a = ALT(DX, 2, rs313[1], '34.3亿元', 'section output 31.3 → 34.3亿')
S.rel('restatement', I, R(a, rs313, rs313[1], '34.3亿元'), 'altered: lead 31.3亿, section 34.3亿 (breaks {B})')
a = ALT(SB, 1, g664[2], '68.4%', '1952-1957 rise 66.4 → 68.4%')
S.rel('growth', I, R(a, g664, g664[2], '68.4%'), 'altered: 340.55 / 204.7 = +66.4%, not 68.4% (breaks {B})')
a = ALT(SB, 2, g107[2], '11.7%', 'yearly average 10.7 → 11.7%')
S.rel('growth', I, R(a, g107, g107[2], '11.7%'), 'altered: 1.6637^(1/5) = +10.7% a year, not 11.7% (breaks {B})')
a = ALT(B8, 1, rs393[1], '38.3%', 'repeated lead: 39.3 → 38.3%')
S.rel('restatement', I, R(a, rs393, rs393[1], '38.3%'), 'altered: 39.3% in the first print of the lead, 38.3% in the second (breaks {B})')
a = ALT(TI, 1, s100[1], '88.7%', 'heavy industry share 83.7 → 88.7%')
S.rel('sum', I, R(a, s100, s100[1], '88.7%'), 'altered: 16.3 + 88.7 = 105% (breaks {B})')
a = ALT(BH, 1, s2626[3], '21.9亿元', 'special transfers 24.9 → 21.9亿')
S.rel('sum', I, R(a, s2626, s2626[3], '21.9亿元'), 'altered: 33.7 + 204 + 21.9 = 259.6, not 262.6亿 (breaks {B})')
a = ALT(BH, 2, sh832[2], '88.2%', 'tax share 83.2 → 88.2%')
S.rel('share', I, R(a, sh832, sh832[2], '88.2%'), 'altered: 420.6 / 505.4 = 83.2%, not 88.2% (breaks {B})')
a = ALT(HP, 1, g1793[1], '51452万元', 'revenue increase over 2020 57452 → 51452万')
S.rel('growth', I, R(a, g1793, g1793[1], '51452万元'), 'altered: 51452 / (377841 − 51452) = 15.76%, not 17.93% (breaks {B})')
a = ALT(HP, 2, s154[2], '31373万元', '契税 31873 → 31373万')
S.rel('sum', I, R(a, s154, s154[2], '31373万元'), 'altered: the ten other taxes add to 153569, not 154069万 (breaks {B})')
a = ALT(XT, 1, g627[1], '68.7%', 'local revenue rise on 2000 62.7 → 68.7%')
S.rel('growth', I, R(a, g627, g627[1], '68.7%'), 'altered: 1.102^5 = +62.5% (62.2..62.9), not 68.7% (breaks {B})')
a = ALT(XT, 2, g31[1], '3.6倍', 'profits and taxes 3.1 → 3.6倍')
S.rel('growth', I, R(a, g31, g31[1], '3.6倍'), 'altered: 1.253^5 = 3.09, not 3.6倍 (breaks {B})')
a = ALT(CO, 1, r58[2], '27.57万吨', '1958 output 29.57 → 27.57万吨')
S.rel('rate', I, R(a, r58, r58[2], '27.57万吨'), 'altered: 95.81 × 309kg = 29.60万吨, not 27.57 (breaks {B})')
a = ALT(CO, 2, r96[1], '644.2千克', '1996 yield 604.2 → 644.2kg')
S.rel('rate', I, R(a, r96, r96[1], '644.2千克'), 'altered: 42.76 × 644.2kg = 27.55万吨, not 25.84 (breaks {B})')
a = ALT(S7, 1, st17[1], '46.1%', 'secondary share 45.1 → 46.1%')
S.rel('sum', I, R(a, st17, st17[1], '46.1%'), 'altered: 7.4 + 46.1 + 47.5 = 101 (breaks {B})')
a = ALT(S7, 2, n783[2], '7.88‰', 'natural growth 7.83 → 7.88‰')
S.rel('sum', I, R(a, n783, n783[2], '7.88‰'), 'altered: 13.40 − 5.57 = 7.83, not 7.88‰ (breaks {B})')
a = ALT(S2, 1, sh842[2], '86.2%', 'share of growing industries 84.2 → 86.2%')
S.rel('share', I, R(a, sh842, sh842[2], '86.2%'), 'altered: 32 / 38 = 84.2%, not 86.2% (breaks {B})')
a = ALT(S2, 2, s3511[2], '1064億元', 'secondary value added 1094 → 1064億')
S.rel('sum', I, R(a, s3511, s3511[2], '1064億元'), 'altered: 213 + 1064 + 2204 = 3481, not 3511億 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

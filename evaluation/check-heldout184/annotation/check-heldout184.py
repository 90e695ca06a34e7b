"""Check key, set check-heldout184. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout184.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout184'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


LY='ln_liaoyang_2018.txt'; SQ='ln_shenyang_2021q3.txt'; SM='ln_shenyang_2018m5.txt'; LN='ln_2022m11.txt'; L12='ln_2012q1.txt'; L07='ln_2007_hant.txt'
CC='jl_changchun_2023.txt'; JG='jl_grain_2021_hant.txt'
DH='hlj_daqing_2023h1.txt'; DQ='hlj_daqing_2023q3.txt'; DY='hlj_daqing_2023_hant.txt'; D25='hlj_daqing_25yi_hant.txt'
KQ='hlj_kenqu_2009.txt'; DX='hlj_dxal_2003.txt'; SG='hlj_sengong_2001.txt'; FO='lnhlj_forest_2015.txt'; HB='hlj_harbin_1997.txt'; JB='hlj_jiangbin_farm.txt'

# ---- 辽阳 2018 bulletin
s869 = [F(LY, '869.7亿元'), F(LY, '75.8亿元'), F(LY, '440.8亿元'), F(LY, '353.1亿元')]
S.rel('sum', C, s869, 'GDP 869.7 = 75.8 + 440.8 + 353.1亿元')
s781 = [F(LY, '78.1亿元'), F(LY, '46.7亿元'), F(LY, '1.8亿元'), F(LY, '20.4亿元'), F(LY, '7.0亿元'), F(LY, '2.3亿元')]
S.rel('sum', C, s781, '农林牧渔业增加值 78.1 against 46.7 + 1.8 + 20.4 + 7.0 + 2.3 = 78.2亿: within the half-units (parts 77.95..78.45, total 78.05..78.15)')
S.rel('sum', U, [F(LY, '75.8亿元'), F(LY, '46.7亿元'), F(LY, '1.8亿元'), F(LY, '20.4亿元'), F(LY, '7.0亿元'), F(LY, '2.3亿元')], '第一产业 75.8亿 against the five parts of 农林牧渔业增加值 (78.2): other indicator (农林牧渔服务业 is counted in the tertiary sector)')
g31 = [F(LY, '103.7万吨'), F(LY, '3.1万吨'), F(LY, '3.1%', pre='增加3.1万吨,增长')]
S.rel('growth', C, g31, 'grain 103.7 with an increase of 3.1万吨: 3.1 / (103.7 − 3.1) = 3.08% (3.03..3.13) → 增长3.1%')
S.rel('sum', U, [F(LY, '135.5千公顷'), F(LY, '42.5千公顷'), F(LY, '86.7千公顷'), F(LY, '4.7千公顷')], 'grain area 135.5 against 稻谷 42.5 + 玉米 86.7 + 薯类 4.7 = 133.9千公顷: parts that leave something out (其中; beans and other grains not listed)')
S.rel('sum', U, [F(LY, '0.3千公顷', pre='增加'), F(LY, '0.6千公顷'), F(LY, '1.0千公顷'), F(LY, '1.4千公顷')], 'grain area +0.3 against the listed changes −0.6 − 1.0 + 1.4 = −0.2千公顷: the unlisted crops changed too (parts leave something out)')
S.rel('sum', U, [F(LY, '23.1千公顷'), F(LY, '17.6千公顷'), F(LY, '1.9千公顷')], '经济作物 23.1 against 蔬菜 17.6 + 油料 1.9 = 19.5千公顷: 其中, not a split')
S.rel('growth', U, [F(LY, '6.0%'), F(LY, '3.3%', pre='75.8亿元,增长'), F(LY, '7.3%'), F(LY, '5.6%')], 'real GDP growth 6.0% cannot be rebuilt from the sectors\' real rates with current-price weights (constant-price weights not stated)')
S.rel('share', U, [F(LY, '869.7亿元'), F(LY, '47422元')], 'GDP per head 47422元: the (average) population is not stated (unstated base)')

# ---- 沈阳 前三季度 2021
s5181 = [F(SQ, '5181.7亿元'), F(SQ, '187.4亿元'), F(SQ, '1801.8亿元'), F(SQ, '3192.5亿元')]
S.rel('sum', C, s5181, 'GDP 5181.7 = 187.4 + 1801.8 + 3192.5亿元')
S.rel('growth', U, [F(SQ, '8.0%'), F(SQ, '3.1%')], 'yoy +8.0% against 两年平均 +3.1%: other period (the 2020 change is not stated)')
S.rel('share', U, [F(SQ, '65.0%'), F(SQ, '17.2%'), F(SQ, '10.9个百分点')], '装备制造业 share 65.0% now, growth 17.2%, 上拉 10.9 points: a contribution rests on last year\'s share (not stated), not on 65.0% (contribution vs share)')
S.rel('sum', U, [F(SQ, '65.0%'), F(SQ, '48.7%')], '汽车 48.7% is inside 装备制造业 65.0% (其中), not a second part of a split')
S.rel('sum', U, [F(SQ, '401.7亿元'), F(SQ, '187.4亿元')], '农林牧渔业总产值 401.7 against 第一产业增加值 187.4: output vs value added (other indicator)')
S.rel('sum', U, [F(SQ, '1176.1亿元'), F(SQ, '1801.8亿元')], '规上工业增加值 1176.1 inside 第二产业 1801.8 (construction and small industry not stated): nested scopes')

# ---- 沈阳 1-5月 2018
sh806 = [F(SM, '36个'), F(SM, '29个'), F(SM, '80.6%')]
S.rel('share', C, sh806, '29 of 36 industries = 80.6% → 增长面达80.6%')
sh190 = [F(SM, '124.9亿元'), F(SM, '658.9亿元'), F(SM, '19.0%')]
S.rel('share', C, sh190, '基础设施 124.9 / 658.9 = 18.96% → 占沈阳市投资19.0%')
sh138 = [F(SM, '92.6亿元'), F(SM, '672.7亿元'), F(SM, '13.8%')]
S.rel('share', C, sh138, '网上 92.6 / 限上 672.7 = 13.77% → 13.8%')
S.rel('sum', U, [F(SM, '658.9亿元'), F(SM, '109.6亿元'), F(SM, '124.9亿元'), F(SM, '396.9亿元')], '工业 109.6 + 基础设施 124.9 + 房地产 396.9 = 631.4 < 658.9亿: three highlighted parts, not a split (other investment not stated)')
S.rel('growth', U, [F(SM, '33.9%'), F(SM, '9.9个百分点')], 'investment +33.9%, 比一季度提高9.9个百分点: the first-quarter rate is not stated')
S.rel('share', U, [F(SM, '13.8%'), F(SM, '5.0个百分点'), F(SM, '41.3%'), F(SM, '6.7%', pre='同比增长')], 'share 13.8%, 同比提高5.0 points: rebuilding last year from the levels and rates gives 65.5 / 630.5 = 10.4% (+3.4 points); the rates are on a comparable basis, last year\'s share is not stated (unstated base; see judgement calls)')

# ---- 辽宁 1-11月 2022
s185 = [F(LN, '1.0%', pre='同比下降'), F(LN, '17.5%'), F(LN, '18.5个百分点')]
S.rel('sum', C, s185, '高技术 +17.5% against 规上 −1.0%: 17.5 − (−1.0) = 18.5 points → 较规上工业增加值增速高18.5个百分点')
S.rel('growth', U, [F(LN, '4.0%', pre='同比增长'), F(LN, '7.1%'), F(LN, '2.6%')], 'investment +4.0% from 第二产业 +7.1% and 第三产业 +2.6%: the weights (and first-sector investment) are not stated')
S.rel('growth', U, [F(LN, '3.1倍'), F(LN, '21.7个百分点')], '新能源汽车零售额 增长3.1倍 (×4.1), 增速提高21.7个百分点: the earlier rate is not stated')

# ---- 辽宁 2012年一季度 and 2007 (two documents)
s4811 = [F(L12, '4811.7亿元'), F(L12, '218.5亿元'), F(L12, '2583.6亿元'), F(L12, '2009.6亿元')]
S.rel('sum', C, s4811, 'Q1 2012 GDP 4811.7 = 218.5 + 2583.6 + 2009.6亿元')
S.rel('growth', U, [F(L12, '10.2%'), F(L12, '2.1个百分点')], '+10.2%, 高于全国平均水平2.1个百分点: the national rate is not stated (unstated base)')
x2007 = [F(L12, '22025.9亿元'), F(L07, '10900億元')]
S.rel('growth', C, x2007, 'across documents: 2011 22025.9 against 2007 10900億 (the 2007 estimate) = ×2.02 → 比2007年翻了一番')
S.rel('restatement', C, [F(L12, '1万亿元', pre='首次突破'), F(L07, '10900億元')], 'across documents: 2007 GDP 首次突破1万亿 (a lower bound) and 達10900億元 (an estimate of January 2008): the same figure, consistent')
S.rel('growth', U, [F(L07, '10900億元'), F(L07, '14.5%')], '10900億 預計增長14.5%: real growth, the 2006 level is not stated (and a nominal ratio would not check it)')

rk8 = [F(L07, '7個'), F(L07, '第8')]
S.rel('sum', C, rk8, '7 provinces over 1萬億 in 2006 (seven named), 遼寧 next → 排名第8 (7 + 1)')
S.rel('restatement', C, [F(L12, '2万亿元', pre='首次突破'), F(L12, '22025.9亿元')], '2011 GDP 首次突破2万亿元, 达到22025.9亿元: the level restates the threshold (≥ 20000)')

# ---- 长春 2023 (report of 2024-01)
rs65 = [F(CC, '6.5%以上', n=0), F(CC, '6.5%以上', n=1), F(CC, '6.5%以上', n=2)]
S.rel('restatement', C, rs65, '地区生产总值增长6.5%以上 in the title, the 原标题 and the report text')
S.rel('sum', U, [F(CC, '1286个'), F(CC, '310个'), F(CC, '350个')], '1286 projects over 5000万元 against 310 超10亿 under construction and 350 超亿 in production: overlapping subsets of different stages, not a split')
S.rel('share', U, [F(CC, '7200亿元'), F(CC, '7500亿元')], 'GDP 7200亿 against 规上工业总产值 7500亿: gross output vs value added (other indicator)')
S.rel('growth', U, [F(CC, '576.5亿元'), F(CC, '25.4%')], 'revenue 576.5亿 +25.4%: the 2022 level is not stated (unstated base)')
S.rel('target', CT, [F(CC, '5000万人次'), F(CC, '1000亿元')], '新雪季 力争突破5000万人次, 冰雪旅游总收入达到1000亿: goals for a season not over at the report (January 2024); no result stated')

# ---- 吉林 2021 grain (traditional)
S.rel('target', CT, [F(JG, '760億斤'), F(JG, '800億斤', n=1)], '2021 goal 760億斤以上 (正常年景) against the vice-governor\'s October forecast 能突破800億斤: the year\'s result is not stated (a forecast, not a result)')
S.rel('share', U, [F(JG, '800億斤', n=2), F(JG, '600億斤'), F(JG, '90%')], '800億 of which 600億 玉米 (75%), 90% 一等: 90% is of the maize, not of the 800億; no share is stated for 600/800')
S.rel('growth', U, [F(JG, '700億斤'), F(JG, '10-15%')], '增幅10-15%左右 against 連續第八年700億斤以上: 700 is a floor, not the 2020 level (unstated base)')

# ---- 大庆 2023 (four documents)
S.rel('target', M, [F(DH, '1509.13万吨'), F(DY, '3000萬噸')], 'across documents: H1 1509.13万吨 against half of the 3000萬噸 line held for the year (1500): ≥ half → 实现全年目标"时间过半、产量过半" (met)')
S.rel('target', M, [F(DY, '3004.1萬噸'), F(DY, '3000萬噸')], '2023 output 3004.1萬噸 against the 3000萬噸 硬穩產 line: held (met)')
S.rel('restatement', C, [F(DH, '36%'), F(D25, '36%', n=0)], 'across documents: 累计 25亿吨 占全国陆上原油总产量的36% (July 2023) and 36% (March 2023)')
S.rel('restatement', C, [F(DH, '25亿吨'), F(D25, '25億噸', n=1)], 'across documents: 累计生产原油逾25亿吨 and 突破25億噸')
rs20 = [F(DH, '20年'), F(DQ, '20年')]
S.rel('restatement', C, rs20, 'across documents: 2003–2022 连续20年 4000万吨以上, in the H1 and the Q1–3 reports')
S.rel('restatement', C, [F(DH, '20年'), F(DY, '21年', pre='連續')], 'across documents: the same streak counted to 2022 (连续20年, 2003–2022, H1 report) and to 2023 (連續21年): one year more, consistent')
S.rel('restatement', C, [F(D25, '8年'), F(DY, '9年')], 'across documents: 3000萬噸 硬穩產 又連續8年 (2015–2022, said in March 2023) and 連續9年 (2015–2023, December 2023)')
rt179 = [F(D25, '25億噸', n=1), F(D25, '14億'), F(D25, '1.79噸')]
s20 = [F(D25, '12年'), F(D25, '8年'), F(DH, '20年')]
S.rel('sum', C, s20, 'across documents: crude 4000萬噸 連續12年 then 3000萬噸 連續8年 = 20 years from 2003 (March 2023 report) against 油气当量 4000万吨以上 2003–2022 连续20年: 12 + 8 = 20, the same span')
S.rel('rate', C, rt179, '25億噸 / 14億 people = 1.79噸 per head (1.79 within 1.786..1.79 for 突破25億)')
S.rel('growth', U, [F(DH, '1509.13万吨'), F(DQ, '2261.07万吨')], 'across documents: cumulative H1 and Q1–3 output: other periods (the third quarter alone, 751.94, is not stated)')
S.rel('growth', U, [F(DQ, '2261.07万吨'), F(DQ, '18.43万吨'), F(DY, '3004.1萬噸')], 'across documents: Q1–3 2261.07 (+18.43) against the year 3004.1: other period; no yearly change is stated')

# ---- 垦区 2009 plan
s38 = [F(KQ, '38亿斤'), F(KQ, '8亿斤'), F(KQ, '19亿斤'), F(KQ, '11亿斤')]
S.rel('sum', C, s38, '增产计划 38 = 8 (复垦) + 19 (水稻/玉米) + 11 (科技)亿斤')
S.rel('target', CT, [F(KQ, '30亿斤'), F(KQ, '38亿斤')], 'goal 新增粮食30亿斤 for 2009 backed by a 38亿斤 plan, seen in June 2009: the year is not over (cannot tell)')
S.rel('sum', U, [F(KQ, '4069万亩'), F(KQ, '3740万亩')], '总播种 4069 and 粮食作物 3740万亩 (其中): the other crops (329) are not stated; not a split')
S.rel('sum', U, [F(KQ, '100万亩', n=0), F(KQ, '100万亩', n=1), F(KQ, '200万亩'), F(KQ, '500万亩')], '扩大粮食面积100 + 水稻100 + 玉米200 = 400万亩 against 粮食面积 比上年增加近500万亩: new rice and maize area is partly switched from other grain, so the measures are not parts of the 500')

# ---- 大兴安岭 2003
S.rel('target', U, [F(DX, '214.4万立方米'), F(DX, '211.4万立方米')], 'the 十五限额 timber plan 214.4万m³ (木材产量, a cap) against 商品材 211.4万m³: other indicator, and a cap is not a goal to reach; not keyed met/missed')
S.rel('share', U, [F(DX, '8万'), F(DX, '13.8万立方米'), F(DX, '4.6'), F(DX, '7.8万立方米')], 'resource consumption per m³ of timber: 13.8/8 = 1.73 against 7.8/4.6 = 1.70: the coefficient is not stated; no relation')

# ---- 森工 2001
g458 = [F(SG, '618.4万公顷'), F(SG, '646.7万公顷'), F(SG, '4.58%')]
S.rel('growth', C, g458, 'forest area 618.4 → 646.7万公顷: 646.7 / 618.4 = +4.58% (4.56..4.59)')
S.rel('share', U, [F(SG, '618.4万公顷'), F(SG, '646.7万公顷'), F(SG, '2.3个百分点')], '+28.3万公顷 and 覆盖率 +2.3 points: the land area of the 森工 region is not stated (unstated base)')
S.rel('share', U, [F(SG, '112万立方米'), F(SG, '200万立方米')], '调减木材产量112万 and 减少资源消耗约200万立方米: the consumption coefficient is not stated')

# ---- 森林资源清查 2015
s1990 = [F(FO, '1990万公顷'), F(FO, '1747万公顷'), F(FO, '243万公顷')]
S.rel('sum', C, s1990, '黑龙江 森林面积 1990 = 天然林 1747 + 人工林 243万公顷')
s184 = [F(FO, '184704万立方米'), F(FO, '164338万立方米'), F(FO, '20366万立方米')]
S.rel('sum', C, s184, '黑龙江 森林蓄积 184704 = 天然林 164338 + 人工林 20366万m³')
s297 = [F(FO, '29749万立方米'), F(FO, '18263万立方米'), F(FO, '11486万立方米')]
S.rel('sum', C, s297, '辽宁 森林蓄积 29749 = 18263 + 11486万m³')
s129 = [F(FO, '12923万立方米'), F(FO, '8838万立方米'), F(FO, '4085万立方米')]
S.rel('sum', C, s129, '山西 森林蓄积 12923 = 8838 + 4085万m³')
S.rel('sum', U, [F(FO, '572万公顷'), F(FO, '220万公顷'), F(FO, '309万公顷')], '辽宁 天然林 220 + 人工林 309 = 529 < 森林面积 572万公顷: the forest area also holds 特灌林 etc. not split here (parts leave something out)')
S.rel('sum', U, [F(FO, '199999万立方米'), F(FO, '184704万立方米')], '活立木总蓄积 199999 contains 森林蓄积 184704 (trees outside forests make the rest): nested, no stated part')
S.rel('share', U, [F(FO, '1990万公顷'), F(FO, '43.78%')], '覆盖率 43.78% of a land area that is not stated (unstated base)')

# ---- 哈尔滨 1997 industry
s532 = [F(HB, '5 324 858万元'), F(HB, '2 414 046万元'), F(HB, '2 910 812万元')]
S.rel('sum', C, s532, 'gross output 5 324 858 = 轻 2 414 046 + 重 2 910 812万元')
sh547 = [F(HB, '2 910 812万元'), F(HB, '5 324 858万元'), F(HB, '54.7%')]
S.rel('share', C, sh547, '重工业 2 910 812 / 5 324 858 = 54.66% → 54.7%')
sh453 = [F(HB, '2 414 046万元'), F(HB, '5 324 858万元'), F(HB, '45.3%')]
S.rel('share', C, sh453, '轻工业 2 414 046 / 5 324 858 = 45.34% → 45.3%')
sh651 = [F(HB, '3 466 282万元'), F(HB, '5 324 858万元'), F(HB, '65.1%')]
S.rel('share', C, sh651, '非国有 3 466 282 / 5 324 858 = 65.10% → 65.1%')
g151 = [F(HB, '5 324 858万元'), F(HB, '15.1%'), F(HB, '2 414 046万元'), F(HB, '18.5%'), F(HB, '2 910 812万元'), F(HB, '12.4%')]
S.rel('growth', C, g151, 'last year 2 414 046/1.185 + 2 910 812/1.124 = 4 626 860; 5 324 858 / 4 626 860 = +15.09% → 比上年增长15.1%')
S.rel('share', U, [F(HB, '2.46亿美元'), F(HB, '50.3%'), F(HB, '1亿美元')], '机电 2.46亿美元 = 50.3% of 全市出口总额 (4.89, not stated); 工业企业自营出口 1亿美元 is another scope (unstated base)')
S.rel('share', U, [F(HB, '1 524 526万元'), F(HB, '5 324 858万元')], '增加值 1 524 526 of 独立核算 enterprises against 总产值 5 324 858 of all industry incl. village level: other indicator and scope')

g54 = [F(HB, '3 466 282万元'), F(HB, '25.6%'), F(HB, '65.1%'), F(HB, '5.4个百分点'), F(HB, '2 414 046万元'), F(HB, '18.5%'), F(HB, '2 910 812万元'), F(HB, '12.4%')]
S.rel('growth', C, g54, 'last year 非国有 3 466 282/1.256 = 2 759 779 of a total 4 626 860 (rebuilt from 轻/重 and their rates) = 59.65%; 65.10 − 59.65 = 5.45 → 比上年提高5.4个百分点 (within the half-units)')

# ---- 江滨农场
s397 = [F(JB, '40万亩'), F(JB, '39.7万亩'), F(JB, '万亩', pre='剩下不到')]
S.rel('sum', C, s397, '可垦地 40万亩 − 耕地 39.7万亩 = 0.3万亩 → 荒地剩下不到万亩')
S.rel('sum', U, [F(JB, '28万亩'), F(JB, '10万亩', pre='近'), F(JB, '39.7万亩')], '28 + 近10 = ~38 against 39.7万亩: clearing outside the three 高潮 (1967–68, after 1972) is not stated; not a split')
S.rel('sum', U, [F(JB, '5.6万亩'), F(JB, '10万多亩')], '1956 5.6万亩 is inside the four-year 10万多亩 (1956–1959): nested period, not a part-whole split with stated other parts')

# ---- cross-document traps (other place / period)
S.rel('growth', U, [F(SM, '658.9亿元'), F(SQ, '5181.7亿元')], 'across documents: 沈阳 investment of Jan–May 2018 against GDP of Jan–Sep 2021: other indicator and period')
S.rel('target', U, [F(JG, '760億斤'), F(KQ, '300亿斤')], 'across documents: 吉林 2021 grain goal against 黑龙江垦区 300亿斤 commodity-grain capacity goal of 2009: other place, indicator and period')

# ================= altered copies
a = ALT(LY, 1, s869[2], '446.8亿元', 'secondary value added 440.8 → 446.8亿')
S.rel('sum', I, R(a, s869, s869[2], '446.8亿元'), 'altered: 75.8 + 446.8 + 353.1 = 875.7, not 869.7亿 (breaks {B})')
a = ALT(LY, 2, s781[1], '49.7亿元', '农业 46.7 → 49.7亿')
S.rel('sum', I, R(a, s781, s781[1], '49.7亿元'), 'altered: 49.7 + 1.8 + 20.4 + 7.0 + 2.3 = 81.2, not 78.1亿 (breaks {B})')
a = ALT(SQ, 1, s5181[2], '1861.8亿元', 'secondary value added 1801.8 → 1861.8亿')
S.rel('sum', I, R(a, s5181, s5181[2], '1861.8亿元'), 'altered: 187.4 + 1861.8 + 3192.5 = 5241.7, not 5181.7亿 (breaks {B})')
a = ALT(SQ, 2, s5181[3], '3132.5亿元', 'tertiary value added 3192.5 → 3132.5亿')
S.rel('sum', I, R(a, s5181, s5181[3], '3132.5亿元'), 'altered: 187.4 + 1801.8 + 3132.5 = 5121.7, not 5181.7亿 (breaks {B})')
a = ALT(SM, 1, sh806[2], '86.6%', 'share of growing industries 80.6 → 86.6%')
S.rel('share', I, R(a, sh806, sh806[2], '86.6%'), 'altered: 29 / 36 = 80.6%, not 86.6% (breaks {B})')
a = ALT(SM, 2, sh190[2], '17.0%', 'infrastructure share 19.0 → 17.0%')
S.rel('share', I, R(a, sh190, sh190[2], '17.0%'), 'altered: 124.9 / 658.9 = 19.0%, not 17.0% (breaks {B})')
a = ALT(LN, 1, s185[2], '16.5个百分点', 'gap of 高技术 over 规上 18.5 → 16.5 points')
S.rel('sum', I, R(a, s185, s185[2], '16.5个百分点'), 'altered: 17.5 − (−1.0) = 18.5, not 16.5 points (breaks {B})')
a = ALT(L12, 1, s4811[2], '2588.6亿元', 'secondary value added 2583.6 → 2588.6亿')
S.rel('sum', I, R(a, s4811, s4811[2], '2588.6亿元'), 'altered: 218.5 + 2588.6 + 2009.6 = 4816.7, not 4811.7亿 (breaks {B})')
a = ALT(CC, 1, rs65[2], '6.8%以上', 'GDP growth in the report text 6.5 → 6.8%以上')
S.rel('restatement', I, R(a, rs65, rs65[2], '6.8%以上'), 'altered: title and 原标题 6.5%以上, text 6.8%以上 (breaks {B})')
a = ALT(DH, 1, F(DH, '36%'), '38%', 'share of national onshore crude 36 → 38%')
S.rel('restatement', I, R(a, [F(DH, '36%'), F(D25, '36%', n=0)], F(DH, '36%'), '38%'), 'altered: 38% in July against 36% in March for the same 25亿吨 (breaks {B})')
a = ALT(DQ, 1, rs20[1], '22年', 'streak 20 → 22 years')
S.rel('restatement', I, R(a, rs20, rs20[1], '22年'), 'altered: 2003–2022 is 连续20年 in the H1 report, 22年 here (breaks {B})')
a = ALT(DY, 1, F(DY, '9年'), '7年', 'crude 3000萬噸 streak 9 → 7 years')
S.rel('restatement', I, R(a, [F(D25, '8年'), F(DY, '9年')], F(DY, '9年'), '7年'), 'altered: 連續8年 to 2022 then 連續7年 to 2023 (breaks {B})')
a = ALT(D25, 1, rt179[2], '1.97噸', 'crude per head 1.79 → 1.97噸')
S.rel('rate', I, R(a, rt179, rt179[2], '1.97噸'), 'altered: 25億 / 14億 = 1.79, not 1.97噸 (breaks {B})')
a = ALT(KQ, 1, s38[2], '17亿斤', 'rice/maize increase 19 → 17亿斤')
S.rel('sum', I, R(a, s38, s38[2], '17亿斤'), 'altered: 8 + 17 + 11 = 36, not 38亿斤 (breaks {B})')
a = ALT(SG, 1, g458[2], '4.38%', 'forest area increase 4.58 → 4.38%')
S.rel('growth', I, R(a, g458, g458[2], '4.38%'), 'altered: 646.7 / 618.4 = +4.58%, not 4.38% (breaks {B})')
a = ALT(FO, 1, s184[1], '164838万立方米', '黑龙江 natural-forest volume 164338 → 164838')
S.rel('sum', I, R(a, s184, s184[1], '164838万立方米'), 'altered: 164838 + 20366 = 185204, not 184704万m³ (breaks {B})')
a = ALT(FO, 2, s297[1], '18863万立方米', '辽宁 natural-forest volume 18263 → 18863')
S.rel('sum', I, R(a, s297, s297[1], '18863万立方米'), 'altered: 18863 + 11486 = 30349, not 29749万m³ (breaks {B})')
a = ALT(HB, 1, sh547[2], '57.4%', 'heavy-industry share 54.7 → 57.4%')
S.rel('share', I, R(a, sh547, sh547[2], '57.4%'), 'altered: 2 910 812 / 5 324 858 = 54.7%, not 57.4% (breaks {B})')
a = ALT(HB, 2, sh453[2], '43.5%', 'light-industry share 45.3 → 43.5%')
S.rel('share', I, R(a, sh453, sh453[2], '43.5%'), 'altered: 2 414 046 / 5 324 858 = 45.3%, not 43.5% (breaks {B})')
a = ALT(HB, 3, g54[3], '3.4个百分点', 'rise of the non-state share 5.4 → 3.4 points')
S.rel('growth', I, R(a, g54, g54[3], '3.4个百分点'), 'altered: 65.10 − 59.65 = 5.45 points, not 3.4 (breaks {B})')
a = ALT(D25, 2, s20[0], '14年', 'crude 4000萬噸 streak 12 → 14 years')
S.rel('sum', I, R(a, s20, s20[0], '14年'), 'altered: 14 + 8 = 22 years from 2003, against 2003–2022 连续20年 (breaks {B})')
a = ALT(L07, 1, rk8[1], '第6', '遼寧 rank 8 → 6')
S.rel('sum', I, R(a, rk8, rk8[1], '第6'), 'altered: seven provinces named above 遼寧, so 第8, not 第6 (breaks {B})')
a = ALT(JB, 1, s397[1], '38.7万亩', 'cultivated area 39.7 → 38.7万亩')
S.rel('sum', I, R(a, s397, s397[1], '38.7万亩'), 'altered: 40 − 38.7 = 1.3万亩 left, not 不到万亩 (breaks {B})')
for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

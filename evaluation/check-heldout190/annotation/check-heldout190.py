"""Check key, set check-heldout190. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout190.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout190'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

ZX='sc_zhongxian_1959.txt'; RW='cn_rail_water_1979h1.txt'; RT='cn_retail_2005m0102_hant.txt'; J7='cn_jobs_2007.txt'; J8='cn_jobs_2008m10.txt'
RD='cn_roads_2008_hant.txt'; JQ='cn_jobs_2011h1.txt'; JY='cn_jobs_2011_hant.txt'; IV='cn_invest_2012h1_hant.txt'; PT='fj_putian_water_2012m07.txt'
SG='cn_summer_grain_2014.txt'; ND='cn_ndrc_2016m04_hant.txt'; XC='sn_xincheng_jobs_2016m10.txt'; TR='cn_trade_2017_hant.txt'
H1='cn_holiday_2021_hant.txt'; H2='cn_holiday_2022_hant.txt'; NC='jx_nanchang_projects_2023m04_hant.txt'; TP='cn_transport_2023q3_hant.txt'

# ---- 忠县 1959 (Chinese numerals; 16 两 = 1 斤)
r_zx = [F(ZX, '二万四千六百九十斤零十四两'), F(ZX, '五十亩六分'), F(ZX, '四百八十七斤十四两')]
S.rel('rate', C, r_zx, '24690斤14两 / 50.6亩 = 487.96斤 (487.48..488.44 with 50.6 ± 0.05亩) holds 487斤14两 = 487.875斤')
g_zx = [F(ZX, '四百八十七斤十四两'), F(ZX, '二百三十四斤'), F(ZX, '一倍多')]
S.rel('growth', C, g_zx, '487.875 / 234 = 2.08: an increase of 1.08 times, "增产一倍多" (≥ 1 times)')

# ---- 铁路/交通部 1979 H1 (Chinese numerals, lower bounds)
S.rel('rate', U, [F(RW, '三千九百多万吨'), F(RW, '一万九千九百多个列车')], '39多 million t "相当于" 19,900多 trains: the load per train (about 1,960 t) is not stated, nothing to check')
S.rel('growth', U, [F(RW, '一亿四千五百多万吨'), F(RW, '百分之十二', post='和')], '港口 145多 million t, +12%: last year\'s level is not stated')
S.rel('sum', U, [F(RW, '一亿四千五百多万吨'), F(RW, '六千六百多万吨')], '港口吞吐量 and 水运货运量 are two indicators of the 直属水运 system (one a port count, the other a carrier count), not parts of a total')
S.rel('share', U, [F(RW, '百分之九十五'), F(RW, '百分之九十以上')], '正点率 of May and June (95%, 90%以上): rates over train counts that are not stated; they neither add nor average to anything stated')

# ---- 国家统计局 1-2月 2005 (traditional, Chinese numerals)
s_rt1 = [F(RT, '一萬零三百一十三億元'), F(RT, '六千八百八十六億元'), F(RT, '三千四百二十七億元')]
S.rel('sum', C, s_rt1, '10313 = 城市 6886 + 县及县以下 3427亿')
s_rt2 = [F(RT, '一萬零三百一十三億元'), F(RT, '八千六百一十九億元'), F(RT, '一千四百一十四億元'), F(RT, '二百八十億元')]
S.rel('sum', C, s_rt2, '10313 = 批发零售 8619 + 餐饮 1414 + 其他 280亿')
g_rt = [F(RT, '一萬零三百一十三億元'), F(RT, '百分之十三點(diǎn)六'), F(RT, '六千八百八十六億元'), F(RT, '百分之十四點(diǎn)四'), F(RT, '三千四百二十七億元'), F(RT, '百分之十一點(diǎn)九')]
S.rel('growth', C, g_rt, 'last year\'s parts 6886/1.144 + 3427/1.119 = 9081.8亿; 10313/9081.8 = +13.56% (13.49..13.62) holds 13.6% (nominal levels and nominal rates)')
S.rel('growth', U, [F(RT, '百分之十三點(diǎn)六'), F(RT, '百分之十一點(diǎn)五'), F(RT, '百分之十五點(diǎn)八')], 'January 11.5% and February 15.8% against 13.6% for both: the monthly levels are not stated, so the weights are unknown')
S.rel('restatement', C, [F(RT, '二十點(diǎn)五', pre='十七點(diǎn)九、'), F(RT, '百分之二十點(diǎn)五', pre='紡織品類增長')], '限额以上 穿 class 20.5% restated as 服装鞋帽、针纺织品类 20.5% (the same class)')
S.rel('restatement', U, [F(RT, '百分之十九點(diǎn)三', pre='金銀珠寶類增長'), F(RT, '百分之十九點(diǎn)三', pre='通訊器材類增長')], 'same number, other indicator: 金银珠宝 +19.3% and 通讯器材 +19.3%')

# ---- 劳动保障部 2007
S.rel('target', M, [F(J7, '900万人', pre='预期目标是'), F(J7, '1105万人')], '2007 goal 900万 new urban jobs; 1105万 by November already exceeds it (a cumulative count): met')
S.rel('restatement', C, [F(J7, '900万人', pre='每年超过'), F(J7, '1184万人')], '"2003年以来每年超过900万", with 2006 at 1184万: consistent (a lower bound)')
S.rel('share', U, [F(J7, '86.1万户'), F(J7, '99.5%')], '86.1万 households = 99.5% of all 零就业家庭: the total is not stated (about 86.5万 implied), nothing to check')
S.rel('sum', U, [F(J7, '483万人'), F(J7, '146万人')], '就业困难人员 146万 is part of the 483万 再就业 (其中), not a split')
S.rel('growth', U, [F(J7, '4.0%'), F(J7, '0.1个百分点')], '4.0% at the end of Q3, 0.1 point below last year-end: last year\'s rate is not stated here')

# ---- 人社部 2008-11
J8a, J8b, J8c = F(J8, '1020万人'), F(J8, '1000万人'), F(J8, '102%')
sh_j8a = [J8a, J8b, J8c]; S.rel('share', C, sh_j8a, '1020 / 1000 = 102%')
sh_j8b = [F(J8, '450万人'), F(J8, '500万人'), F(J8, '90%')]; S.rel('share', C, sh_j8b, '450 / 500 = 90%')
sh_j8c = [F(J8, '129万人'), F(J8, '100万人'), F(J8, '129%')]; S.rel('share', C, sh_j8c, '129 / 100 = 129%')
S.rel('target', M, [J8a, J8b, J8c], 'year goal 1000万; 1020万 by October already exceeds it (cumulative count): met')
S.rel('target', CT, [F(J8, '450万人'), F(J8, '500万人'), F(J8, '90%')], 'year goal 500万 再就业; 450万 by October (90%): the year is not over, cannot tell')
S.rel('target', M, [F(J8, '129万人'), F(J8, '100万人'), F(J8, '129%')], 'year goal 100万 就业困难人员; 129万 by October: met')
S.rel('restatement', C, [F(J8, '4.0%', n=0), F(J8, '4.0%', pre='城镇登记失业率为')], 'title 4.0% = text 4.0% (Q3-end registered unemployment rate)')
# cross-document 2007 -> 2008
S.rel('target', M, [F(J7, '1000万人', pre='城镇新增就业'), J8a], '2008 goal set in Dec 2007 (城镇新增就业1000万) against 2008 Jan-Oct 1020万 (cumulative, already above the goal): met')
S.rel('target', CT, [F(J7, '500万人'), F(J8, '450万人')], '2008 goal 再就业500万 (set Dec 2007) against 450万 by October 2008: cannot tell')
S.rel('target', CT, [F(J7, '4.5%'), F(J8, '4.0%', pre='城镇登记失业率为')], '2008 ceiling 4.5%以内 for the year-end rate against 4.0% at the end of Q3 2008: the year-end rate is not known here, cannot tell')
S.rel('restatement', U, [F(J7, '4.0%'), F(J8, '4.0%', pre='城镇登记失业率为')], 'same number, other period: Q3-end 2007 4.0% (report of Dec 2007) against Q3-end 2008 4.0%')

# ---- 交通运输部 公路 2008 (traditional)
g_rd = [F(RD, '373.02萬公里', n=1), F(RD, '8萬公里', n=1), F(RD, '45倍', n=2)]
S.rel('growth', C, g_rd, '373.02 / 8 = 46.6: an increase of 45.6 times; with 8萬 whole (7.5..8.5) the increase is 42.9..48.7, holding "增长了45倍"')
S.rel('growth', C, [F(RD, '373.02萬公里', n=1), F(RD, '8.07萬公里'), F(RD, '46倍')], '"总里程是建国初期的46倍": 373.02 / 8.07 = 46.2 (ratio 46)')
S.rel('restatement', C, [F(RD, '45倍', n=2), F(RD, '46倍')], '"增长了45倍" and "是…的46倍" state the same ratio (growth = ratio − 1)')
S.rel('restatement', C, [F(RD, '45倍', n=0), F(RD, '45倍', n=2)], 'title "60年增长45倍" = text "增长了45倍"')
S.rel('restatement', C, [F(RD, '8萬公里', n=1), F(RD, '8.07萬公里')], '"初期的8万公里" = 8.07万公里 rounded')
sh_rd = [F(RD, '48896公里'), F(RD, '86601公里'), F(RD, '56.5%')]
S.rel('share', C, sh_rd, '48896 / 86601 = 56.46% = 56.5%')
S.rel('sum', U, [F(RD, '373.02萬公里', n=1), F(RD, '60302公里'), F(RD, '54216公里')], '高速 and 一级 are two classes 其中 of the 373.02万 km; the rest is not stated')
S.rel('share', U, [F(RD, '3萬公里'), F(RD, '8.07萬公里'), F(RD, '53.5%')], '有路面 3万 of 8.07万 km in 1949 (37%) against the 2008 路面铺装率 53.5%: other period and a narrower class (铺装 vs 有路面); no stated share to check')

# ---- 人社部 2011 Q2
sh_q1 = [F(JQ, '655万人', n=1), F(JQ, '900万人'), F(JQ, '73%')]; S.rel('share', C, sh_q1, '655 / 900 = 72.8% = 73%')
sh_q2 = [F(JQ, '290万人'), F(JQ, '500万人'), F(JQ, '58%')]; S.rel('share', C, sh_q2, '290 / 500 = 58%')
sh_q3 = [F(JQ, '93万人'), F(JQ, '100万人'), F(JQ, '93%')]; S.rel('share', C, sh_q3, '93 / 100 = 93%')
S.rel('target', CT, sh_q1, 'year goal 900万 new urban jobs; 655万 by June: cannot tell from this report')
S.rel('target', CT, sh_q2, 'year goal 500万 再就业; 290万 by June: cannot tell')
S.rel('target', CT, sh_q3, 'year goal 100万 就业困难人员; 93万 by June: cannot tell')
S.rel('restatement', C, [F(JQ, '655万人', n=0), F(JQ, '655万人', n=1)], 'lead 655万 = text 655万 (H1 new urban jobs)')
S.rel('restatement', C, [F(JQ, '908万人', n=0), F(JQ, '908万人', n=1)], 'lead 908万 = text 908万 (registered unemployed, end of Q2)')
S.rel('growth', U, [F(JQ, '908万人', n=1), F(JQ, '1万人')], '908万, 1万 fewer than at the end of Q1: the Q1 level (909万) is not stated')
# ---- 人社部 2011 公报 (traditional)
S.rel('sum', C, [F(JY, '34.8%'), F(JY, '29.5%'), F(JY, '35.7%')], 'employment by sector 34.8 + 29.5 + 35.7 = 100%')
S.rel('sum', U, [F(JY, '1.2億人'), F(JY, '2979.8萬人'), F(JY, '5550.4萬人'), F(JY, '2863.3萬人'), F(JY, '1048.6萬人')], 'four of the 人才 groups add to 12442万, inside the half-unit of "1.2亿" (1.15..1.25亿), but they are not a split: 党政人才 and 社会工作人才 are left out and the groups overlap (parts that are not a split)')
S.rel('share', U, [F(JY, '1.2億人'), F(JY, '11.1%')], '人才 1.2亿 = 11.1% of 人力资源总量, which is not stated')
S.rel('sum', U, [F(JY, '76420萬人'), F(JY, '35914萬人')], '城镇就业人员 is a subset (其中) of 76420万; the shares by sector are of the whole, not of the towns')
S.rel('target', M, [F(JQ, '900万人'), F(JY, '1221萬人')], '2011 goal 900万 new urban jobs (stated in the July 2011 briefing) against the 2011 result 1221万: met')
S.rel('target', M, [F(JQ, '500万人'), F(JY, '553萬')], '2011 goal 500万 再就业 against 553万: met')
S.rel('target', M, [F(JQ, '100万人'), F(JY, '180萬人')], '2011 goal 100万 就业困难人员 against 180万: met')
S.rel('restatement', U, [F(JQ, '908万人', n=1), F(JY, '922萬人')], 'same indicator, other date: registered unemployed 908万 at the end of Q2 2011 against 922万 at year-end 2011 (not a restatement, not an error)')

# ---- 国家统计局 2012 H1 investment (traditional)
s_iv1 = [F(IV, '150710億元'), F(IV, '3654億元'), F(IV, '67768億元'), F(IV, '79288億元')]
S.rel('sum', C, s_iv1, 'investment 150710 = 3654 + 67768 + 79288亿')
s_iv2 = [F(IV, '65897億元'), F(IV, '5014億元'), F(IV, '54019億元'), F(IV, '6864億元')]
S.rel('sum', C, s_iv2, '工业投资 65897 = 采矿 5014 + 制造 54019 + 电热燃水 6864亿')
g_iv1 = [F(IV, '150710億元'), F(IV, '20.4%'), F(IV, '3654億元'), F(IV, '28.6%'), F(IV, '67768億元'), F(IV, '23.7%'), F(IV, '79288億元'), F(IV, '17.4%')]
S.rel('growth', C, g_iv1, 'last year rebuilt from the industries\' levels and nominal rates: 150710 / 125162 = +20.41% (20.36..20.46): holds the nominal 20.4%')
g_iv2 = [F(IV, '65897億元'), F(IV, '23.8%'), F(IV, '5014億元'), F(IV, '20.9%'), F(IV, '54019億元'), F(IV, '24.5%'), F(IV, '6864億元'), F(IV, '20.5%')]
S.rel('growth', C, g_iv2, 'industry: 65897 / 53232 = +23.79% (23.74..23.85): holds 23.8%')
S.rel('restatement', U, [F(IV, '20.4%'), F(IV, '18.0%')], 'nominal 20.4% and real 18.0%: the investment price index is not stated (nominal vs real), nothing to check')
S.rel('growth', U, [F(IV, '20.4%'), F(IV, '19.3%'), F(IV, '25.3%'), F(IV, '23.9%')], 'east/central/west rates without levels: the weights are not stated')
S.rel('sum', U, [F(IV, '67768億元'), F(IV, '65897億元')], '工业投资 65897 is inside 第二产业 67768 (建筑业 makes the rest): nested scopes, not a restatement')
S.rel('growth', U, [F(IV, '180950億元'), F(IV, '17.0%'), F(IV, '26.7%'), F(IV, '5.8%'), F(IV, '22.9%')], '到位资金 +17.0% against the rates of its sources: the sources\' levels are not stated')
S.rel('sum', U, [F(IV, '150710億元'), F(IV, '48986億元'), F(IV, '21762億元')], '国有及国有控股 and 基础设施 are overlapping cuts of the total, not parts that add up')

# ---- 莆田 水利 1-7月 2012
sh_pt = [F(PT, '2.97亿元'), F(PT, '4.87亿元'), F(PT, '61%', pre='4.87亿元的')]
S.rel('share', C, sh_pt, '2.97 / 4.87 = 61.0%')
sh_pt1 = [F(PT, '12290万元'), F(PT, '2亿元'), F(PT, '61.5%')]; S.rel('share', C, sh_pt1, '12290万 / 2亿 = 61.45% = 61.5% (2亿 whole: 59.9..63.0)')
sh_pt2 = [F(PT, '2380万元'), F(PT, '4000万元'), F(PT, '59.5%')]; S.rel('share', C, sh_pt2, '2380 / 4000 = 59.5%')
sh_pt3 = [F(PT, '15000万元'), F(PT, '24742万元'), F(PT, '61%', pre='24742万元的')]; S.rel('share', C, sh_pt3, '15000 / 24742 = 60.6% = 61%')
S.rel('sum', C, [F(PT, '2.97亿元'), F(PT, '12290万元'), F(PT, '2380万元'), F(PT, '15000万元')], 'the three provincial projects: 12290 + 2380 + 15000 = 29670万 = 2.97亿')
S.rel('sum', C, [F(PT, '4.87亿元'), F(PT, '2亿元'), F(PT, '4000万元'), F(PT, '24742万元')], 'their year plans: 20000 + 4000 + 24742 = 48742万 = 4.87亿')
S.rel('target', CT, sh_pt, 'year plan 4.87亿, 2.97亿 (61%) by July: cannot tell')
S.rel('share', U, [F(PT, '33亿元'), F(PT, '2.97亿元')], '总投资 33亿 is the projects\' whole-life cost, not this year\'s plan: 2.97 / 33 is no stated share')

# ---- 国家统计局 夏粮 2014 (1 吨 = 2000 斤)
S.rel('restatement', C, [F(SG, '474.8万吨', n=0), F(SG, '474.8万吨', n=1)], 'title 474.8万吨 = text 474.8万吨')
S.rel('restatement', C, [F(SG, '13659.6万吨'), F(SG, '2731.9亿斤')], '13659.6万吨 × 2000 = 2731.92亿斤 = 2731.9')
S.rel('restatement', C, [F(SG, '474.8万吨', n=1), F(SG, '94.9亿斤')], '474.8万吨 = 94.96亿斤 (94.95..94.97 against 94.85..94.95): at the edge of the half-units, keyed consistent (see judgement calls)')
S.rel('restatement', C, [F(SG, '12580.9万吨'), F(SG, '2516.2亿斤')], '12580.9万吨 = 2516.18亿斤 = 2516.2')
S.rel('restatement', C, [F(SG, '438.8万吨'), F(SG, '87.8亿斤')], '438.8万吨 = 87.76亿斤 = 87.8')
S.rel('restatement', I, [F(SG, '11989.9万吨'), F(SG, '2397.9亿斤')], 'real error in the original: 11989.9万吨 = 2397.98亿斤 (2397.97..2397.99), which is 2398.0, not 2397.9 (the 斤 figure looks like 2397.9 = 2397.98 cut, or a difference of rounded figures)')
S.rel('restatement', I, [F(SG, '404.5万吨'), F(SG, '80.8亿斤')], 'real error in the original: 404.5万吨 = 80.90亿斤 (80.89..80.91), not 80.8 (80.8 = 2397.9 − 2317.1, a difference of rounded 斤 figures)')
g_sg1 = [F(SG, '13659.6万吨'), F(SG, '474.8万吨', n=1), F(SG, '3.6%', n=0)]; S.rel('growth', C, g_sg1, '474.8 / (13659.6 − 474.8) = 3.60%')
g_sg2 = [F(SG, '12580.9万吨'), F(SG, '438.8万吨'), F(SG, '3.6%', n=1)]; S.rel('growth', C, g_sg2, '438.8 / 12142.1 = 3.61%')
S.rel('growth', C, [F(SG, '11989.9万吨'), F(SG, '404.5万吨'), F(SG, '3.5%')], '404.5 / 11585.4 = 3.49% = 3.5%')
S.rel('sum', U, [F(SG, '13659.6万吨'), F(SG, '12580.9万吨'), F(SG, '11989.9万吨')], 'nested scopes: 冬小麦 inside 谷物 inside 夏粮, not parts that add up')
S.rel('restatement', U, [F(SG, '3.6%', n=0), F(SG, '3.6%', n=1)], 'same number, other indicator: 夏粮 +3.6% and 谷物 +3.6%')

# ---- 发改委 2016-04 (traditional, Taiwan)
S.rel('restatement', C, [F(ND, '1388億'), F(ND, '1,388億元')], 'title 1388亿 = text 1,388亿元')
s_nd1 = [F(ND, '13個'), F(ND, '3個', pre='水利專案'), F(ND, '4個', pre='交通基礎設施項目'), F(ND, '2個', pre='能源項目'), F(ND, '2個', pre='資訊化專案'), F(ND, '2個', pre='其他專案')]
S.rel('sum', C, s_nd1, '13 projects = 3 + 4 + 2 + 2 + 2')
s_nd2 = [F(ND, '1,388億元'), F(ND, '8億元'), F(ND, '1,288億元'), F(ND, '67億元'), F(ND, '4億元'), F(ND, '21億元')]
S.rel('sum', C, s_nd2, '1388 = 8 + 1288 + 67 + 4 + 21亿')
S.rel('growth', U, [F(ND, '5兆5,945億元'), F(ND, '1,336億元')], 'cumulative 55945亿 by March, 1336亿 more than at the end of February: no rate and no February level are stated, nothing to check')
S.rel('restatement', U, [F(ND, '3個', pre='水利專案'), F(ND, '3個項目')], 'same number, other indicator: 3 water projects approved in April against 3 more 重大工程 projects started since February')

# ---- 西安 新城区 人社局 1-10月 2016
sh_x1 = [F(XC, '12314人'), F(XC, '12500人'), F(XC, '98.5%')]; S.rel('share', C, sh_x1, '12314 / 12500 = 98.51%')
sh_x2 = [F(XC, '6650人'), F(XC, '6600人'), F(XC, '100.76%')]; S.rel('share', C, sh_x2, '6650 / 6600 = 100.76%')
sh_x3 = [F(XC, '2291人'), F(XC, '2200人'), F(XC, '104.1%')]; S.rel('share', C, sh_x3, '2291 / 2200 = 104.14%')
sh_x4 = [F(XC, '5331万元'), F(XC, '5700万元'), F(XC, '93.53%')]; S.rel('share', C, sh_x4, '5331 / 5700 = 93.53%')
d_x = [F(XC, '4%'), F(XC, '3.37%'), F(XC, '0.63个百分点')]; S.rel('sum', C, d_x, 'ceiling 4% − 3.37% = 0.63 points')
S.rel('target', CT, sh_x1, 'year goal 12500 new jobs, 12314 by October (98.5%): cannot tell')
S.rel('target', M, sh_x2, 'year goal 6600 再就业, 6650 by October (100.76%): met (cumulative count already above the goal)')
S.rel('target', M, sh_x3, 'year goal 2200 就业困难人员, 2291 by October: met')
S.rel('target', CT, sh_x4, 'year goal 5700万 loans, 5331万 by October (93.53%): cannot tell')
S.rel('target', CT, [F(XC, '4%'), F(XC, '3.37%')], 'ceiling 4% for the year, 3.37% at the end of October: the year-end rate is not known, cannot tell')

# ---- 海关总署 2017 (traditional)
S.rel('sum', C, [F(TR, '27.79萬億元'), F(TR, '15.33萬億元'), F(TR, '12.46萬億元')], 'trade 27.79 = exports 15.33 + imports 12.46万亿')
S.rel('sum', C, [F(TR, '2.87萬億元'), F(TR, '15.33萬億元'), F(TR, '12.46萬億元')], 'surplus 2.87 = 15.33 − 12.46万亿')
g_tr = [F(TR, '27.79萬億元'), F(TR, '14.2%', n=0), F(TR, '15.33萬億元'), F(TR, '10.8%'), F(TR, '12.46萬億元'), F(TR, '18.7%')]
S.rel('growth', C, g_tr, 'last year 15.33/1.108 + 12.46/1.187 = 24.33万亿; 27.79 / 24.33 = +14.21% (14.10..14.32)')
g_tr2 = [F(TR, '2.87萬億元'), F(TR, '14.2%', n=1), F(TR, '15.33萬億元'), F(TR, '10.8%'), F(TR, '12.46萬億元'), F(TR, '18.7%')]
S.rel('growth', C, g_tr2, 'last year\'s surplus 13.84 − 10.50 = 3.34万亿; 2.87 / 3.34 = −14.0% (−14.7..−13.4 with the half-units): holds 收窄14.2%')
S.rel('restatement', U, [F(TR, '14.2%', n=0), F(TR, '14.2%', n=1)], 'same number, other indicator: trade +14.2% and surplus −14.2%')
S.rel('share', U, [F(TR, '15.5%'), F(TR, '15.2%'), F(TR, '16.6%', n=0), F(TR, '40%以上')], 'EU, US and ASEAN rates and their joint share 40%以上: the partners\' levels are not stated')
S.rel('restatement', U, [F(TR, '16.6%', n=0), F(TR, '16.6%', n=1)], 'same number, other indicator: ASEAN trade +16.6% and computer exports +16.6%')

# ---- 文旅部 国庆 2021 / 2022 (traditional)
S.rel('restatement', C, [F(H1, '5.15億人次', n=0), F(H1, '5.15億人次', n=1)], 'title 5.15亿人次 = text 5.15亿人次')
S.rel('restatement', C, [F(H1, '60%'), F(H1, '59.9%')], 'title "收入恢复至疫前60%" = text 59.9% rounded')
S.rel('restatement', C, [F(H1, '3890.61億元', n=0), F(H1, '3890.61億元', n=1)], 'lead 3890.61亿 = text 3890.61亿')
sh_h1 = [F(H1, '3890.61億元', n=1), F(H1, '6497.1億元'), F(H1, '59.9%')]
S.rel('share', C, sh_h1, '3890.61 / 6497.1 = 59.88% = 59.9%')
S.rel('share', U, [F(H1, '5.15億人次', n=1), F(H1, '7.82億人次'), F(H1, '70.1%')], '5.15 / 7.82 = 65.9%, not 70.1%: the ministry\'s 70.1% is "按可比口径" (the 2022 release says so), a base the article does not give (unstated base, not an error)')
S.rel('share', U, [F(H1, '49.1%'), F(H1, '88.3%'), F(H1, '55.8%')], 'shares of surveyed travellers (sample not stated); overlapping answers, not a split')
g_h1 = [F(H1, '5.15億人次', n=1), F(H2, '4.22億人次'), F(H2, '18.2%')]
S.rel('growth', C, g_h1, '2022 4.22亿 against 2021 5.15亿: −18.06% (−18.23..−17.88): holds 同比减少18.2%')
g_h2 = [F(H1, '3890.61億元', n=1), F(H2, '2872.1億元'), F(H2, '26.2%')]
S.rel('growth', C, g_h2, '2872.1 / 3890.61 = −26.18%: holds −26.2%')
sh_h2 = [F(H1, '6497.1億元'), F(H2, '2872.1億元'), F(H2, '44.2%')]
S.rel('share', C, sh_h2, '2022 revenue 2872.1 / 2019 revenue 6497.1 (stated in the 2021 article) = 44.20%')
S.rel('share', U, [F(H1, '7.82億人次'), F(H2, '4.22億人次'), F(H2, '60.7%')], '4.22 / 7.82 = 54.0%, not 60.7%: the 2022 share is "按可比口径" (comparable basis), not on the raw 2019 count')
S.rel('share', U, [F(H2, '10801家'), F(H2, '75%')], '10801 A-level sites = 75% of all: the total is not stated')
S.rel('rate', U, [F(H2, '2.83億元'), F(H2, '154.1億元')], 'subsidies 2.83亿 "直接带动" 154.1亿 of spending: no ratio is stated, nothing to check')

# ---- 南昌 100个重点推进项目 1-4月 2023 (traditional)
s_nc1 = [F(NC, '100個', n=1), F(NC, '35個'), F(NC, '33個'), F(NC, '4個'), F(NC, '16個'), F(NC, '1個', pre='城市管理項目'), F(NC, '10個'), F(NC, '1個', pre='民生實事項目')]
S.rel('sum', C, s_nc1, '100 projects = 35 + 33 + 4 + 16 + 1 + 10 + 1')
s_nc2 = [F(NC, '413億元'), F(NC, '193.74億元'), F(NC, '115.14億元'), F(NC, '11.94億元'), F(NC, '48.89億元'), F(NC, '0.6億元'), F(NC, '39.69億元'), F(NC, '3億元', pre='累計完成投資')]
S.rel('sum', C, s_nc2, '413 = 193.74 + 115.14 + 11.94 + 48.89 + 0.6 + 39.69 + 3 = 413.00亿')
sh_nc = [F(NC, '413億元'), F(NC, '41.9%'), F(NC, '440.07億元'), F(NC, '246.35億元'), F(NC, '26.7億元'), F(NC, '172.98億元'), F(NC, '8億元'), F(NC, '84.49億元'), F(NC, '6億元')]
S.rel('share', C, sh_nc, 'year plans add to 984.59亿; 413 / 984.59 = 41.95% (41.90..42.00): holds 41.9%')
S.rel('sum', C, [F(NC, '41.9%'), F(NC, '8.6個百分點')], 'time progress for January–April is 4/12 = 33.3%; 41.9 − 33.3 = 8.6 points')
S.rel('target', CT, [F(NC, '413億元'), F(NC, '41.9%')], 'year plan (984.59亿) 41.9% done by April: cannot tell')
S.rel('sum', U, [F(NC, '1011個'), F(NC, '100個', n=1)], 'the 100 市重点推进项目 are picked from the 1011 重大重点项目: a subset, not a split')

# ---- 交通运输部 前三季度 2023 (traditional)
s_tp = [F(TP, '28775億元'), F(TP, '5089億元'), F(TP, '21447億元'), F(TP, '1441億元'), F(TP, '798億元')]
S.rel('sum', C, s_tp, '28775 = 5089 + 21447 + 1441 + 798亿')
S.rel('restatement', C, [F(TP, '3萬(wàn)億元'), F(TP, '28775億元')], 'lead "接近3万亿元" = 28775亿 (a bound from below)')
S.rel('growth', U, [F(TP, '28775億元'), F(TP, '5.6%'), F(TP, '5089億元'), F(TP, '7.1%'), F(TP, '21447億元'), F(TP, '4.3%'), F(TP, '1441億元'), F(TP, '28.2%'), F(TP, '798億元')], 'civil aviation\'s rate is only "基本持平" (no figure): with 0% the rebuild gives 5.59..5.71%, but the part\'s rate is not stated, so the total rate cannot be rebuilt (trap)')

# ---- further traps (unrelated)
S.rel('target', U, [F(RW, '四亿三千多万人次'), F(RW, '五亿四千多万吨')], '"时间过半,完成全年任务过半": the year\'s passenger and freight plans are not stated, so "过半" cannot be checked against the H1 counts')
S.rel('growth', U, [F(RT, '百分之十三點(diǎn)六'), F(RT, '百分之十七點(diǎn)九', n=0), F(RT, '二十點(diǎn)五', pre='十七點(diǎn)九、'), F(RT, '十五點(diǎn)七')], 'the 吃/穿/用 rates are for 限额以上 trade only, and their levels are not stated: they do not rebuild the all-trade 13.6%')
S.rel('growth', U, [F(J7, '1184万人'), F(J7, '1105万人')], '2006 full year 1184万 against 2007 January–November 1105万: other period and span, no rate is stated')
S.rel('growth', U, [F(J7, '1105万人'), F(J8, '1020万人')], '2007 Jan–Nov 1105万 against 2008 Jan–Oct 1020万: different spans (11 and 10 months), not a year-on-year change')
S.rel('target', U, [F(J7, '483万人'), F(J7, '500万人')], 'the 500万 再就业 goal is for 2008 (明年), the 483万 is 2007 Jan–Nov: a target of another period')
S.rel('target', U, [F(JQ, '900万人'), F(J8, '1020万人')], 'the 900万 goal is 2011\'s; 1020万 is 2008 Jan–Oct: other period')
S.rel('share', U, [F(RD, '60302公里'), F(RD, '86601公里'), F(RD, '56.5%')], 'all expressways 60302 km (2008) against the 国家高速公路网 plan 86601 km: 60302 / 86601 = 69.6%, not 56.5%, because the 56.5% counts only the network\'s own 48896 km (mid-2009): other scope')
S.rel('restatement', U, [F(JQ, '4.1%', n=1), F(JY, '4.1%')], 'same number, other date: 4.1% at the end of Q2 2011 and at year-end 2011')
S.rel('growth', U, [F(JY, '25278萬人'), F(JY, '1055萬人')], '农民工 25278万, 1055万 more than last year: last year\'s level is not stated and no rate is given')
S.rel('growth', U, [F(JY, '18.62萬人'), F(JY, '38.08%')], '18.62万 returnees, +38.08%: last year\'s level is not stated')
S.rel('growth', U, [F(IV, '174665個'), F(IV, '7518個'), F(IV, '138188億元'), F(IV, '23.2%')], '新开工 174665 projects, 7518 more: no rate, no last-year count; the 23.2% is for their planned investment, not the count')
S.rel('growth', U, [F(IV, '21762億元'), F(IV, '4.4%'), F(IV, '2.1%')], 'infrastructure +4.4% in H1 against −2.1% in Q1: Q2 alone is not stated, nothing to rebuild')
S.rel('share', U, [F(IV, '180950億元'), F(IV, '150710億元')], '到位资金 180950 exceeds the investment 150710: funds in place are a different flow (they include carried-over projects\' funds), not a part of investment')
S.rel('growth', U, [F(IV, '150710億元'), F(IV, '20.4%'), F(IV, '48986億元'), F(IV, '13.8%')], '国有 +13.8% against the total 20.4%: the non-state part is not stated')
S.rel('sum', U, [F(SG, '474.8万吨', n=1), F(SG, '438.8万吨'), F(SG, '404.5万吨')], 'nested increments (冬小麦 inside 谷物 inside 夏粮), not parts that add to 474.8')
S.rel('sum', U, [F(XC, '12314人'), F(XC, '6650人'), F(XC, '2291人')], '再就业 and 就业困难人员 overlap with the 新增就业 count and with each other: not a split')
S.rel('growth', U, [F(TR, '10.8%'), F(TR, '27.2%'), F(TR, '16.6%', n=1), F(TR, '11.3%')], 'car, computer and phone export rates against all exports +10.8%: their levels are not stated')
S.rel('growth', U, [F(H1, '5.15億人次', n=1), F(H1, '1.5%'), F(H1, '3890.61億元', n=1), F(H1, '4.7%')], '−1.5% and −4.7% against 2020, whose levels are not stated (and the 2020 holiday had 8 days)')
S.rel('growth', U, [F(H1, '70.1%'), F(H2, '60.7%'), F(H2, '18.2%')], 'recovery shares 70.1% (2021) and 60.7% (2022, 按可比口径) give 60.7/70.1 = −13.4%, not the −18.2% year-on-year: the recovery bases are comparable-basis figures, not the raw counts')
S.rel('rate', U, [F(H2, '13940場'), F(H2, '5927.48萬')], '5927.48万 participants at 13940 events: no per-event figure is stated')
S.rel('share', U, [F(H2, '4.22億人次'), F(H2, '1.4億人次')], '"参与人数超1.4亿人次" counts participants in consumption events, not travellers: no share of the 4.22亿 trips')
S.rel('growth', U, [F(TP, '456.6億人次')], 'cross-region flows 456.6亿人次 "超过疫情前同期水平": the pre-pandemic level is not stated')
S.rel('growth', U, [F(TP, '28775億元'), F(TP, '5.6%')], '"三季度规模与去年同期基本持平" with +5.6% for Q1–Q3: the Q3 and H1 levels are not stated')

S.rel('sum', U, [F(PT, '15个'), F(PT, '3个')], '3 provincial projects are part (其中) of the 15 key water projects; the 2.97亿 and 4.87亿 are the three\'s figures, not the fifteen\'s')
S.rel('sum', U, [F(ND, '48個專項'), F(ND, '377個項目')], '48 專項 and 377 projects started within the 11 categories: different units (programmes vs projects), neither a split nor a total')
S.rel('sum', U, [F(RW, '三十九个铁路分局')], '"呼和浩特、西安、济南铁路局和郑家屯、襄樊等三十九个铁路分局": 3 named 局 besides 39 分局, only two of which are named; no total to check')

# ---- altered copies: one figure each, breaking one keyed relation
a = ALT(ZX, 1, r_zx[0], '二万六千六百九十斤零十四两', 'harvest 24690 → 26690斤')
S.rel('rate', I, R(a, r_zx, r_zx[0], '二万六千六百九十斤零十四两'), 'altered: 26690.9斤 / 50.6亩 = 527.5斤, not 487斤14两 (breaks {B})')
a = ALT(ZX, 2, g_zx[1], '二百五十四斤', 'last year 234 → 254斤')
S.rel('growth', I, R(a, g_zx, g_zx[1], '二百五十四斤'), 'altered: 487.875 / 254 = 1.92, an increase of 0.92 times, not "一倍多" (breaks {B})')
a = ALT(RT, 1, s_rt2[3], '二百六十億元', '其他行业 280 → 260亿')
S.rel('sum', I, R(a, s_rt2, s_rt2[3], '二百六十億元'), 'altered: 8619 + 1414 + 260 = 10293, not 10313亿 (breaks {B})')
a = ALT(RT, 2, g_rt[3], '百分之十六點(diǎn)四', '城市 rate 14.4 → 16.4%')
S.rel('growth', I, R(a, g_rt, g_rt[3], '百分之十六點(diǎn)四'), 'altered: 6886/1.164 + 3427/1.119 = 8978.4; 10313 / 8978.4 = +14.9%, not 13.6% (breaks {B})')
a = ALT(J8, 1, sh_j8a[0], '1070万人', 'new jobs 1020 → 1070万')
S.rel('share', I, R(a, sh_j8a, sh_j8a[0], '1070万人'), 'altered: 1070 / 1000 = 107%, not 102% (breaks {B})')
a = ALT(J8, 2, sh_j8b[0], '480万人', '再就业 450 → 480万')
S.rel('share', I, R(a, sh_j8b, sh_j8b[0], '480万人'), 'altered: 480 / 500 = 96%, not 90% (breaks {B})')
a = ALT(RD, 1, sh_rd[0], '43896公里', 'built 48896 → 43896 km')
S.rel('share', I, R(a, sh_rd, sh_rd[0], '43896公里'), 'altered: 43896 / 86601 = 50.7%, not 56.5% (breaks {B})')
t45 = [F(RD, '45倍', n=0), F(RD, '45倍', n=2)]
a = ALT(RD, 2, t45[0], '55倍', 'title 45 → 55倍')
S.rel('restatement', I, R(a, t45, t45[0], '55倍'), 'altered: title "增长55倍" against text "增长了45倍" (breaks {B})')
a = ALT(JQ, 1, sh_q2[0], '320万人', '再就业 290 → 320万')
S.rel('share', I, R(a, sh_q2, sh_q2[0], '320万人'), 'altered: 320 / 500 = 64%, not 58% (breaks {B})')
a = ALT(JQ, 2, sh_q3[0], '98万人', '就业困难人员 93 → 98万')
S.rel('share', I, R(a, sh_q3, sh_q3[0], '98万人'), 'altered: 98 / 100 = 98%, not 93% (breaks {B})')
s_jy = [F(JY, '34.8%'), F(JY, '29.5%'), F(JY, '35.7%')]
a = ALT(JY, 1, s_jy[1], '27.5%', 'secondary share 29.5 → 27.5%')
S.rel('sum', I, R(a, s_jy, s_jy[1], '27.5%'), 'altered: 34.8 + 27.5 + 35.7 = 98.0%, not 100 (breaks {B})')
a = ALT(IV, 1, s_iv1[0], '150740億元', 'total 150710 → 150740亿')
S.rel('sum', I, R(a, s_iv1, s_iv1[0], '150740億元'), 'altered: 3654 + 67768 + 79288 = 150710, not 150740亿 (breaks {B}; the growth rebuild still holds, 20.38..20.49%)')
a = ALT(IV, 2, g_iv2[3], '26.9%', '采矿业 rate 20.9 → 26.9%')
S.rel('growth', I, R(a, g_iv2, g_iv2[3], '26.9%'), 'altered: 65897 / (5014/1.269 + 54019/1.245 + 6864/1.205) = +24.25%, not 23.8% (breaks {B})')
a = ALT(PT, 1, sh_pt2[2], '69.5%', 'dam share 59.5 → 69.5%')
S.rel('share', I, R(a, sh_pt2, sh_pt2[2], '69.5%'), 'altered: 2380 / 4000 = 59.5%, not 69.5% (breaks {B})')
a = ALT(PT, 2, sh_pt1[2], '65.5%', '荔涵段 share 61.5 → 65.5%')
S.rel('share', I, R(a, sh_pt1, sh_pt1[2], '65.5%'), 'altered: 12290 / 20000 = 61.45% (59.9..63.0), not 65.5% (breaks {B})')
r_sg = [F(SG, '13659.6万吨'), F(SG, '2731.9亿斤')]
a = ALT(SG, 1, r_sg[0], '13689.6万吨', '夏粮 13659.6 → 13689.6万吨')
S.rel('restatement', I, R(a, r_sg, r_sg[0], '13689.6万吨'), 'altered: 13689.6万吨 = 2737.9亿斤, not 2731.9 (breaks {B}; the growth 474.8 / 13214.8 = 3.59% still holds)')
a = ALT(SG, 2, g_sg2[2], '3.9%', '谷物 rate 3.6 → 3.9%')
S.rel('growth', I, R(a, g_sg2, g_sg2[2], '3.9%'), 'altered: 438.8 / 12142.1 = 3.61%, not 3.9% (breaks {B})')
a = ALT(ND, 1, s_nd2[2], '1,238億元', 'transport 1,288 → 1,238亿')
S.rel('sum', I, R(a, s_nd2, s_nd2[2], '1,238億元'), 'altered: 8 + 1238 + 67 + 4 + 21 = 1338, not 1388亿 (breaks {B})')
a = ALT(ND, 2, s_nd1[4], '5個', 'hi-tech projects 2 → 5')
S.rel('sum', I, R(a, s_nd1, s_nd1[4], '5個'), 'altered: 3 + 4 + 2 + 5 + 2 = 16, not 13 (breaks {B})')
a = ALT(XC, 1, sh_x1[2], '93.5%', 'completion 98.5 → 93.5%')
S.rel('share', I, R(a, sh_x1, sh_x1[2], '93.5%'), 'altered: 12314 / 12500 = 98.5%, not 93.5% (breaks {B})')
a = ALT(XC, 2, d_x[2], '0.68个百分点', 'gap 0.63 → 0.68 points')
S.rel('sum', I, R(a, d_x, d_x[2], '0.68个百分点'), 'altered: 4 − 3.37 = 0.63, not 0.68 points (breaks {B})')
a = ALT(TR, 1, g_tr2[1], '17.2%', 'surplus change −14.2 → −17.2%')
S.rel('growth', I, R(a, g_tr2, g_tr2[1], '17.2%'), 'altered: 2.87 / 3.34 = −14.0% (−14.7..−13.4), not −17.2% (breaks {B})')
a = ALT(TR, 2, g_tr[1], '11.2%', 'trade growth 14.2 → 11.2%')
S.rel('growth', I, R(a, g_tr, g_tr[1], '11.2%'), 'altered: 27.79 / (15.33/1.108 + 12.46/1.187) = +14.2% (14.10..14.32), not 11.2% (breaks {B})')
r_h1 = [F(H1, '5.15億人次', n=0), F(H1, '5.15億人次', n=1)]
a = ALT(H1, 1, r_h1[0], '5.45億人次', 'title 5.15 → 5.45亿人次')
S.rel('restatement', I, R(a, r_h1, r_h1[0], '5.45億人次'), 'altered: title 5.45亿 against text 5.15亿 (breaks {B})')
a = ALT(H2, 1, g_h1[2], '13.2%', 'trips change −18.2 → −13.2%')
S.rel('growth', I, R(a, g_h1, g_h1[2], '13.2%'), 'altered: 4.22 / 5.15 = −18.1% (2021 article), not −13.2% (breaks {B})')
a = ALT(H2, 2, sh_h2[2], '49.2%', 'recovery 44.2 → 49.2%')
S.rel('share', I, R(a, sh_h2, sh_h2[2], '49.2%'), 'altered: 2872.1 / 6497.1 = 44.2% (2019 revenue from the 2021 article), not 49.2% (breaks {B})')
a = ALT(NC, 1, s_nc2[2], '118.14億元', 'services 115.14 → 118.14亿')
S.rel('sum', I, R(a, s_nc2, s_nc2[2], '118.14億元'), 'altered: the parts add to 416.00, not 413亿 (breaks {B})')
a = ALT(NC, 2, sh_nc[5], '178.98億元', 'city-building plan 172.98 → 178.98亿')
S.rel('share', I, R(a, sh_nc, sh_nc[5], '178.98億元'), 'altered: plans add to 990.59; 413 / 990.59 = 41.7% (41.64..41.74), not 41.9% (breaks {B})')
a = ALT(TP, 1, s_tp[3], '1741億元', 'waterway 1441 → 1741亿')
S.rel('sum', I, R(a, s_tp, s_tp[3], '1741億元'), 'altered: 5089 + 21447 + 1741 + 798 = 29075, not 28775亿 (breaks {B})')
for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

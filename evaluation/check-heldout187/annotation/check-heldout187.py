"""Check key, set check-heldout187. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout187.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout187'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

RU='sx_rural_1957.txt'; WN='sx_weinan_gxq_h1.txt'; XA='sx_xian_2020h1.txt'; SN='sx_shangnan_2011_hant.txt'
LN='gs_longnan_2012.txt'; L7='gs_longnan_2007_hant.txt'; GN='gs_gannan_2007.txt'
Q7='qh_livestock_2007q1.txt'; Q9='qh_livestock_2019.txt'; YC='nx_yanchi_1995.txt'; NX='nx_gdp_2023.txt'
T0='xj_turpan_2010.txt'; T1='xj_turpan_2021.txt'; WQ='xj_wenquan_2021.txt'; B5='bt_50tuan_2008_hant.txt'; BP='bt_projects_2022_hant.txt'

# ---- 陕西 农村 1956 (人民日报 1957-01-09)
s_gj = [F(RU, '八个高级社'), F(RU, '一个社', pre='20%的'), F(RU, '一个社', pre='25%左右的'), F(RU, '六个社')]
S.rel('sum', C, s_gj, '行者乡 高级社: 8 = 1 (增产20%) + 1 (25%左右) + 6 (30%以上); counts, no allowance')
s_cj = [F(RU, '十八个初级社'), F(RU, '二个社'), F(RU, '三个社'), F(RU, '五个社'), F(RU, '八个社', pre='30%以上的')]
S.rel('sum', C, s_cj, '行者乡 初级社: 18 = 2 (10%以下) + 3 (10%—20%) + 5 (20%—30%) + 8 (30%以上)')
S.rel('restatement', U, [F(RU, '八个高级社'), F(RU, '八个社', pre='30%以上的')], 'same number, other set: 8 高级社 in the 乡 against the 8 初级社 that rose by 30%以上')
S.rel('growth', U, [F(RU, '一百一十五亿斤'), F(RU, '二十五亿斤')], '陕西 grain 1956 115亿斤, an increase of 25亿斤 over 1955: an absolute rise; neither the 1955 level nor a rate is stated (25/115 is not the growth rate; 25/90 = 27.8% would be)')

# ---- 渭南高新区 1-6月 (year not in the excerpt)
s_wn = [F(WN, '42.3亿元'), F(WN, '0.18亿元'), F(WN, '25.28亿元'), F(WN, '16.84亿元')]
S.rel('sum', C, s_wn, 'GDP 42.3 = 0.18 + 25.28 + 16.84 = 42.30亿')
S.rel('growth', U, [F(WN, '42.3亿元'), F(WN, '7.5%'), F(WN, '0.18亿元'), F(WN, '0.4%'), F(WN, '25.28亿元'), F(WN, '7.6%'), F(WN, '16.84亿元'), F(WN, '7.3%')],
      '可比 (real) rates against current-price levels: rebuilding last year from current levels gives +7.44%, but real growth is weighted at constant prices, which are not stated (nominal vs real)')
r13 = [F(WN, '13.0%'), F(WN, '13%', pre='同比增长', post=',较上月')]
S.rel('restatement', C, r13, '规上工业总产值 growth: lead 13.0% = section 13%')
r12 = [F(WN, '1.2%', pre='固定资产投资同比增长'), F(WN, '1.2%', pre='71.27亿元,同比增长')]
S.rel('restatement', C, r12, '固定资产投资 growth: lead 1.2% = section 1.2%')
S.rel('restatement', U, [F(WN, '1.2%', pre='71.27亿元,同比增长'), F(WN, '1.2%', pre='产销率达到94.4%,同比增长')], 'same number, other indicator: investment +1.2% against the 产销率 change (+1.2, points written as %)')
w3 = [F(WN, '84.82亿元'), F(WN, '30.79亿元'), F(WN, '47.21亿元'), F(WN, '39.64亿元')]
S.rel('sum', U, w3, 'the three 主导产业 add to 117.64亿, more than the 规上 total 84.82亿: the industries overlap or reach beyond 规上 (not a split of 84.82)')
S.rel('growth', U, [F(WN, '84.82亿元'), F(WN, '13%', pre='同比增长', post=',较上月'), F(WN, '30.79亿元'), F(WN, '7.9%'), F(WN, '47.21亿元'), F(WN, '28.1%'), F(WN, '39.64亿元'), F(WN, '38.8%')],
      'the three industries\' levels and rates give +25.2%, not 13%: they are not a split of 规上工业总产值')
S.rel('growth', U, [F(WN, '13%', pre='同比增长', post=',较上月'), F(WN, '2.1个百分点'), F(WN, '14.2个百分点'), F(WN, '10.2个百分点')], 'last month\'s, Q1\'s and last year\'s rates are implied (15.1, 27.2, 23.2%) but stated nowhere: nothing to check')
S.rel('sum', U, [F(WN, '71.27亿元'), F(WN, '27.75亿元'), F(WN, '5.59亿元')], '工业投资 and 房地产开发投资 are two listed parts of 71.27亿; the rest is not stated (parts leave something out)')

# ---- 西安 H1 2020
s_xa = [F(XA, '4575.09亿元'), F(XA, '105.77亿元'), F(XA, '1519.87亿元'), F(XA, '2949.45亿元')]
S.rel('sum', C, s_xa, 'GDP 4575.09 = 105.77 + 1519.87 + 2949.45')
r4575 = [F(XA, '4575亿元'), F(XA, '4575.09亿元')]
S.rel('restatement', C, r4575, 'title 4575亿元 = 4575.09亿元 rounded')
S.rel('restatement', C, [F(XA, '2.8%', n=0), F(XA, '2.8%', pre='4575.09亿元,同比增长')], 'growth 2.8% in the title and the text')
S.rel('growth', U, [F(XA, '4575.09亿元'), F(XA, '2.8%', pre='4575.09亿元,同比增长'), F(XA, '105.77亿元'), F(XA, '1.6%'), F(XA, '1519.87亿元'), F(XA, '5.5%'), F(XA, '2949.45亿元'), F(XA, '1.4%')],
      'sector rates are real, levels current: rebuilt +2.73% (would round to 2.7), but constant-price weights are not stated (nominal vs real)')
S.rel('growth', U, [F(XA, '6.2%'), F(XA, '23.9%'), F(XA, '23.0个百分点')], '23.9 − 23.0 = 0.9% is the growth of 规上工业总产值 (output), not of 规上工业增加值 (+6.2%): other indicator')
S.rel('growth', U, [F(XA, '6.2%'), F(XA, '8.3个百分点')], 'Q1 rate implied (−2.1%), not stated')
S.rel('growth', U, [F(XA, '12.8%'), F(XA, '12.3个百分点')], 'Q1 investment rate implied (+0.5%), not stated')

# ---- 商南县 重大项目 2011-08 (traditional)
S.rel('target', CT, [F(SN, '21.24億元'), F(SN, '54.3%')], '66 重大项目: 21.24亿 = 54.3% of the 2011 plan by early August; the year is not over')
S.rel('target', CT, [F(SN, '9.79億元'), F(SN, '76.97%')], '25 市级重点项目: 76.97% of the year\'s plan by August: cannot tell')
S.rel('target', U, [F(SN, '9.79億元'), F(SN, '54.3%')], 'target trap: 54.3% is the completion of all 66 projects, the 25 市级 projects stand at 76.97% (other scope)')
r20 = [F(SN, '20萬噸', pre='商南縣'), F(SN, '20萬噸', pre='年產(chǎn)')]
S.rel('restatement', C, r20, 'the 甲醇汽油 project: 20万吨 in the lead and 年产20万吨 later')
S.rel('sum', U, [F(SN, '60個'), F(SN, '3個'), F(SN, '25個')], '3 completed and 25 市级 projects are overlapping subsets of the 60 started, not a split')

# ---- 陇南 (2012 yearbook entry)
s_gd = [F(LN, '431.18万亩'), F(LN, '7.8万亩'), F(LN, '423.38万亩')]
S.rel('sum', C, s_gd, '耕地 431.18 = 水田 7.8 + 旱地 423.38万亩')
s_xz = [F(LN, '195个乡镇'), F(LN, '130个乡'), F(LN, '61个镇'), F(LN, '4个民族乡')]
S.rel('sum', C, s_xz, '195 乡镇 = 130 乡 + 61 镇 + 4 民族乡')
r_mu = [F(LN, '2.79万平方公里'), F(LN, '4187万亩')]
S.rel('restatement', C, r_mu, '2.79万 km² × 1500亩 = 4185万亩 (4177.5..4192.5 within the half-unit) → 合4187万亩')
S.rel('sum', U, [F(LN, '4187万亩'), F(LN, '431.18万亩'), F(LN, '45.27万亩'), F(LN, '424.61万亩'), F(LN, '213.77万亩'), F(LN, '0.89万亩')], 'the land classes listed add to 1115.72万亩 of 4187: unused and other land not listed (parts leave something out)')
S.rel('sum', U, [F(LN, '3201个村委会'), F(LN, '86个居委会')], '"3201个村委会,其中86个居委会": 居委会 are not a part of 村委会; no split to check')
S.rel('restatement', U, [F(LN, '4187万亩'), F(LN, '4187米')], 'same number, other indicator: area 4187万亩 and the highest altitude 4187米')

# ---- 陇南 2007 (targets for 2010, traditional)
S.rel('growth', U, [F(L7, '11.5%'), F(L7, '128億元')], 'GDP to 128亿 by 2010 at 年均11.5%以上: the 2005 base is not stated')
S.rel('growth', U, [F(L7, '25%'), F(L7, '22.8億元')], '财政收入 to 22.8亿 at 年均25%以上: base not stated')
S.rel('growth', U, [F(L7, '2000元'), F(L7, '8.1%')], '农民人均纯收入 2000元 at 年均8.1%: base not stated')
S.rel('growth', U, [F(L7, '9550元'), F(L7, '8.6%')], '城镇居民可支配收入 9550元 at 年均8.6%: base not stated')

# ---- 甘南 2007
sh809 = [F(GN, '55万'), F(GN, '68万'), F(GN, '80.9%')]
S.rel('share', C, sh809, '农牧业人口 55万 / 总人口 68万余 = 80.9% (55/68 = 80.88)')
sh54 = [F(GN, '36.7万'), F(GN, '68万'), F(GN, '54%')]
S.rel('share', C, sh54, '藏族 36.7万 / 68万余 = 53.97% → 54%')
S.rel('growth', U, [F(GN, '35.37亿元'), F(GN, '6.35倍'), F(GN, '3.47亿元'), F(GN, '31.7倍')], 'GDP 6.35倍 of 1978 at comparable prices, revenue 31.7倍 nominal; neither 1978 level is stated (nominal vs real, unstated bases)')
S.rel('share', U, [F(GN, '4.5万平方公里'), F(GN, '4084万亩')], '草场 4084万亩 within an area of 4.5万 km² (6750万亩): a part, no share stated')

# ---- 青海 畜牧业 Q1 (2007)
ri = []
for idx, pct in [('106.27', '6.27%'), ('108.42', '8.42%'), ('114.18', '14.18%'), ('123.3', '23.3%')]:
    figs = [F(Q7, idx), F(Q7, pct, pre='上涨')]
    ri.append(figs)
    S.rel('restatement', C, figs, f'price index {idx} (上年=100) = 上涨{pct}')
S.rel('sum', U, [F(Q7, '106.27'), F(Q7, '108.2'), F(Q7, '108.42'), F(Q7, '106.72'), F(Q7, '114.18'), F(Q7, '123.3')], 'all five listed component indices are above the overall 106.27: the index holds other products (wool, milk …) not listed (parts leave something out)')

# ---- 青海 牛羊 2019
sh757 = [F(Q9, '189.9亿元'), F(Q9, '250.81亿元'), F(Q9, '75.7%')]
S.rel('share', C, sh757, '牛羊 189.9 / 畜牧业 250.81 = 75.71%')
s_cow = [F(Q9, '494.61万头'), F(Q9, '475.49万头'), F(Q9, '19.12万头')]
S.rel('sum', C, s_cow, '牛 494.61 = 肉牛 475.49 + 奶牛 19.12万头')
g_cow = [F(Q9, '494.61万头'), F(Q9, '3.8%'), F(Q9, '475.49万头'), F(Q9, '4.0%'), F(Q9, '19.12万头'), F(Q9, '0.5%')]
S.rel('growth', C, g_cow, 'last year 475.49/0.960 + 19.12/1.005 = 514.3万; 494.61/514.3 = −3.83% → 减少3.8%')
s_clr = [F(Q9, '53.9%'), F(Q9, '60.2%'), F(Q9, '6.3个百分点')]
S.rel('sum', C, s_clr, '羊出栏率 53.9% + 6.3 points = 60.2%')
S.rel('share', C, [F(Q9, '804.43万头'), F(Q9, '1326.88万头'), F(Q9, '0.7%', pre='减少'), F(Q9, '60.2%')], '出栏率 on the opening stock: 上年末 1326.88/(1 − 0.7%) = 1336.2万; 804.43/1336.2 = 60.20% (on the year-end stock it would be 60.6%)')
S.rel('sum', U, [F(Q9, '1326.88万头'), F(Q9, '1164.2万头')], '羊 1326.88 includes 绵羊 1164.2 and 山羊 (not stated): parts leave something out')
S.rel('restatement', U, [F(Q9, '0.7%', pre='减少'), F(Q9, '0.7%', pre='增长')], 'same number, other indicator: 羊 −0.7% and 绵羊 +0.7%')
S.rel('share', U, [F(Q9, '250.81亿元'), F(Q9, '55.2%'), F(Q9, '1.99个百分点')], '农林牧渔业总产值 and last year\'s share are not stated: nothing to check')
S.rel('sum', U, [F(Q7, '2599.88万头(只)'), F(Q9, '494.61万头'), F(Q9, '1326.88万头')], 'other period: 牛、羊 stock at end-Q1 2007 against the 2019 year-end stocks')

# ---- 盐池 (1990s profile)
sh72 = [F(YC, '6万公顷'), F(YC, '12.5万人'), F(YC, '7.2亩')]
S.rel('share', C, sh72, '耕地 6万公顷 = 90万亩 / 农业人口 12.5万 = 7.2亩 (6.6..7.8 within the half-units); the 人均 is per agricultural person')
S.rel('share', U, [F(YC, '14.7万人'), F(YC, '6万公顷'), F(YC, '7.2亩')], 'per head of the total population 14.7万 it would be 6.1亩 (5.6..6.6): the 7.2亩 is not on the total population (other base)')
S.rel('sum', U, [F(YC, '75万只'), F(YC, '50万只')], '年饲养量 (throughput) and 存栏 (stock): not parts of one another, other indicator')

# ---- 宁夏 2023 commentary
S.rel('rate', C, [F(NX, '8000亿元'), F(NX, '10万元'), F(NX, '800万人')], '8000亿 / 人均10万元 = 800万人 (超10万 → 逼近800万)')
S.rel('share', C, [F(NX, '8000亿元'), F(NX, '一半以上'), F(NX, '4000亿元')], '银川 half of 8000亿 or more → 超过4000亿元')
S.rel('growth', U, [F(NX, '8000亿元'), F(NX, '6%左右'), F(NX, '5000亿元')], 'nominal vs real: from 5000亿+ to 8000亿 in five years is 9.9% a year nominal; the 6%左右 is a real rate')
S.rel('target', CT, [F(NX, '8000亿元'), F(NX, '5000亿元')], 'goal for 2027 (8000亿) against the level now (突破5000亿): the period is not over')

# ---- 吐鲁番地区 2010
s_pop = [F(T0, '62.28万人'), F(T0, '44.35万人'), F(T0, '17.92万人')]
S.rel('sum', C, s_pop, 'population 62.28 = 农业 44.35 + 非农业 17.92 = 62.27 (62.26..62.28 against 62.275..62.285)')
s_mz = [F(T0, '77.58%'), F(T0, '22.42%')]
S.rel('sum', C, s_mz, '少数民族 77.58% + 汉族 22.42% = 100%')
S.rel('sum', U, [F(T0, '77.58%'), F(T0, '71.0%'), F(T0, '6.27%')], '维吾尔 71.0 + 回 6.27 = 77.27 < 77.58: 哈萨克、满、蒙古族 etc. not listed (parts leave something out)')
s_ind = [F(T0, '18.9%'), F(T0, '38.7%'), F(T0, '42.4%')]
S.rel('sum', C, s_ind, 'structure 18.9 + 38.7 + 42.4 = 100')
S.rel('share', U, [F(T0, '4.818万hm2'), F(T0, '4.865万hm2')], '播种面积 above 耕地面积: multiple cropping, other indicator')
S.rel('share', U, [F(T0, '116.13亿元'), F(T0, '42.24亿元'), F(T0, '38.7%'), F(T0, '42.4%')], 'gross output (工业总产值, 第三产业总产值) against the value-added structure: other indicator')

# ---- 吐鲁番市 2021 bulletin
s_t1 = [F(T1, '433.35亿元'), F(T1, '68.25亿元'), F(T1, '201.51亿元'), F(T1, '163.59亿元')]
S.rel('sum', C, s_t1, 'GDP 433.35 = 68.25 + 201.51 + 163.59')
S.rel('growth', U, [F(T1, '433.35亿元'), F(T1, '6.3%'), F(T1, '68.25亿元'), F(T1, '8.7%'), F(T1, '201.51亿元'), F(T1, '4.5%'), F(T1, '163.59亿元'), F(T1, '7.3%')],
      'real sector rates on current levels give +6.19%, not 6.3%: constant-price weights not stated (nominal vs real)')
s_age = [F(T1, '70', pre='全市人口 '), F(T1, '16', pre='0-15岁 '), F(T1, '47', pre='59岁 '), F(T1, '7', pre='60周岁及以上 ')]
S.rel('sum', C, s_age, 'table: 70 = 16 + 47 + 7万')
s_agp = [F(T1, '100', pre='全市人口 70 '), F(T1, '22.9'), F(T1, '67.1'), F(T1, '10.0')]
S.rel('sum', C, s_agp, 'table shares 22.9 + 67.1 + 10.0 = 100')
S.rel('share', C, [F(T1, '70', pre='全市人口 '), F(T1, '16', pre='0-15岁 '), F(T1, '22.9')], '16/70 = 22.86 → 22.9% (16 and 70 being whole 万)')
S.rel('sum', U, [F(T1, '70', pre='全市人口 '), F(T1, '16', pre='0-15岁 '), F(T1, '47', pre='59岁 '), F(T1, '7', pre='60周岁及以上 '), F(T1, '5', pre='及以上 ', post=' 7.1')], '65岁及以上 5万 is inside 60岁及以上 7万 ("其中"): adding it gives 75 ≠ 70 (nested scope)')
sh_b = [F(T1, '0.42万人'), F(T1, '70万人'), F(T1, '5.94‰')]
S.rel('share', C, sh_b, 'birth rate 0.42万 / 70万 = 6.0‰ (5.89..6.12) → 5.94‰')
sh_d = [F(T1, '0.45万人'), F(T1, '70万人'), F(T1, '6.43‰')]
S.rel('share', C, sh_d, 'death rate 0.45万 / 70万 = 6.43‰')
S.rel('share', C, [F(T1, '433.35亿元'), F(T1, '62115元'), F(T1, '70万人')], '433.35亿 / 62115元 = 69.8万 average population, within 70万 (69.5..70.5)')
S.rel('growth', U, [F(T1, '62115元'), F(T1, '5.7%'), F(T1, '6.3%')], 'per-head growth 5.7% against GDP 6.3%: population growth not stated')
r_cpi = [F(T1, '1.2%'), F(T1, '1.2', pre='居民消费价格 ')]
S.rel('restatement', C, r_cpi, 'CPI +1.2% in the text and 1.2 in table 2')
r_food = [F(T1, '0.2%'), F(T1, '0.2', pre='\n食品 ')]
S.rel('restatement', C, r_food, '食品 +0.2% in the text and 0.2 in table 2')
S.rel('restatement', U, [F(T0, '62.28万人'), F(T1, '70万人')], 'other period and scope: 吐鲁番地区 2010 总人口 against 吐鲁番市 2021 常住人口')
S.rel('share', U, [F(T0, '18.9%'), F(T1, '68.25亿元'), F(T1, '433.35亿元')], 'other period: the 2010 primary share against 2021 levels (15.7%)')

# ---- 温泉县 2021 budget
s_wq = [F(WQ, '208852万元'), F(WQ, '20707万元'), F(WQ, '147757万元'), F(WQ, '37400万元'), F(WQ, '2594万元'), F(WQ, '394万元')]
S.rel('sum', C, s_wq, '总收入 208852 = 20707 + 147757 + 37400 + 2594 + 394万')
s_wq1 = [F(WQ, '20707万元'), F(WQ, '8059万元'), F(WQ, '12648万元')]
S.rel('sum', C, s_wq1, '一般预算收入 20707 = 税收 8059 + 非税 12648万')
s_wq2 = [F(WQ, '147757万元'), F(WQ, '527万元'), F(WQ, '122313万元'), F(WQ, '24917万元')]
S.rel('sum', C, s_wq2, '上级补助 147757 = 527 + 122313 + 24917万')
S.rel('sum', U, [F(WQ, '208852万元'), F(WQ, '20707万元'), F(WQ, '147757万元'), F(WQ, '37400万元')], 'three of the five parts (205864万): 调入稳定调节基金 and 上年结余 left out')
S.rel('target', M, [F(WQ, '20707万元'), F(WQ, '104.95%')], '一般预算收入 2021: 104.95% of the budget (the budget figure is not stated): met')
S.rel('growth', U, [F(WQ, '20707万元'), F(WQ, '20.68%')], '2020 level not stated')

# ---- 兵团 五十团 2008 (traditional)
s_land = [F(B5, '83.02萬畝'), F(B5, '15.63萬畝'), F(B5, '18萬畝'), F(B5, '1.76萬畝'), F(B5, '35.21萬畝'), F(B5, '12.45萬畝')]
S.rel('sum', C, s_land, '规划土地 83.02 against 15.63 + 18 + 1.76 + 35.21 + 12.45 = 83.05万亩 (18 whole: 82.55..83.56)')
sh38 = [F(B5, '2078人', pre='在冊職工人數(shù)'), F(B5, '1283人'), F(B5, '38%')]
S.rel('share', C, sh38, '离退休 1283 / (在册 2078 + 离退休 1283) = 38.2% → 38%')
S.rel('restatement', C, [F(B5, '2078人', pre='國有職工'), F(B5, '2078人', pre='在冊職工人數(shù)')], '国有职工 2078 = 在册职工 2078')
S.rel('sum', U, [F(B5, '5958人'), F(B5, '657名'), F(B5, '474名'), F(B5, '2078人', pre='國有職工')], '党员, 干部 and 国有职工 are overlapping subsets of 从业人员 5958, not a split')
S.rel('rate', U, [F(B5, '38公里'), F(B5, '25公里'), F(B5, '83.02萬畝')], '38 × 25 km = 950 km² = 142.5万亩 is the bounding box, not the area (83.02万亩)')

# ---- 兵团 一师/三师 projects 2022 (traditional)
s_n = [F(BP, '500個'), F(BP, '292個'), F(BP, '210個', n=0)]
S.rel('sum', C, s_n, '292 (三师) + 210 (一师) = 502 → 超过500个')
s_i = [F(BP, '1000多億元'), F(BP, '572億元'), F(BP, '545.9億元')]
S.rel('sum', C, s_i, '572 + 545.9 = 1117.9亿 → 1000多亿元')
S.rel('sum', U, [F(BP, '292個'), F(BP, '68個'), F(BP, '27個'), F(BP, '81個'), F(BP, '38個')], 'the four listed groups add to 214 of 292: industrial projects not in the list (parts leave something out)')
S.rel('restatement', U, [F(BP, '30億元以上'), F(BP, '30億元', pre='投資')], 'a 30亿 project against the class "30亿元以上": same number, other indicator')
S.rel('share', U, [F(BP, '572億元'), F(BP, '283億元')], '年度计划投资 against total investment: no share stated')

# ---- altered copies: one figure each; the relation it breaks is keyed inconsistent in the copy
a = ALT(RU, 1, s_gj[3], '五个社', '高级社 30%以上 6 → 5')
S.rel('sum', I, R(a, s_gj, s_gj[3], '五个社'), 'altered: 1 + 1 + 5 = 7, not 8 高级社 (breaks {B})')
a = ALT(RU, 2, s_cj[2], '四个社', '初级社 10%—20% 3 → 4')
S.rel('sum', I, R(a, s_cj, s_cj[2], '四个社'), 'altered: 2 + 4 + 5 + 8 = 19, not 18 初级社 (breaks {B})')
a = ALT(WN, 1, s_wn[2], '25.58亿元', 'secondary 25.28 → 25.58亿')
S.rel('sum', I, R(a, s_wn, s_wn[2], '25.58亿元'), 'altered: 0.18 + 25.58 + 16.84 = 42.60, not 42.3亿 (breaks {B})')
a = ALT(WN, 2, r13[1], '18%', '规上产值 growth in the section 13 → 18%')
S.rel('restatement', I, R(a, r13, r13[1], '18%'), 'altered: lead 13.0%, section 18% (breaks {B})')
a = ALT(XA, 1, s_xa[3], '2943.45亿元', 'tertiary 2949.45 → 2943.45亿')
S.rel('sum', I, R(a, s_xa, s_xa[3], '2943.45亿元'), 'altered: 105.77 + 1519.87 + 2943.45 = 4569.09, not 4575.09亿 (breaks {B})')
a = ALT(XA, 2, r4575[0], '4525亿元', 'title GDP 4575 → 4525亿')
S.rel('restatement', I, R(a, r4575, r4575[0], '4525亿元'), 'altered: title 4525亿 against 4575.09亿 in the text (breaks {B})')
a = ALT(SN, 1, r20[1], '30萬噸', 'methanol project 年产20 → 30万吨')
S.rel('restatement', I, R(a, r20, r20[1], '30萬噸'), 'altered: the same project is 20万吨 in the lead and 年产30万吨 later (breaks {B})')
a = ALT(LN, 1, s_gd[2], '428.38万亩', '旱地 423.38 → 428.38万亩')
S.rel('sum', I, R(a, s_gd, s_gd[2], '428.38万亩'), 'altered: 7.8 + 428.38 = 436.18, not 431.18万亩 (breaks {B})')
a = ALT(LN, 2, s_xz[2], '67个镇', '镇 61 → 67')
S.rel('sum', I, R(a, s_xz, s_xz[2], '67个镇'), 'altered: 130 + 67 + 4 = 201, not 195 乡镇 (breaks {B})')
a = ALT(GN, 1, sh809[2], '83.9%', 'farm population share 80.9 → 83.9%')
S.rel('share', I, R(a, sh809, sh809[2], '83.9%'), 'altered: 55/68 = 80.9%, not 83.9% (breaks {B})')
a = ALT(GN, 2, sh54[0], '38.7万', 'Tibetans 36.7 → 38.7万')
S.rel('share', I, R(a, sh54, sh54[0], '38.7万'), 'altered: 38.7/68 = 56.9%, not 54% (breaks {B})')
a = ALT(Q7, 1, ri[1][1], '8.72%', '活羊 上涨 8.42 → 8.72%')
S.rel('restatement', I, R(a, ri[1], ri[1][1], '8.72%'), 'altered: index 108.42 but 上涨8.72% (breaks {B})')
a = ALT(Q7, 2, ri[3][0], '128.3', '禽蛋 index 123.3 → 128.3')
S.rel('restatement', I, R(a, ri[3], ri[3][0], '128.3'), 'altered: index 128.3 but 上涨23.3% (breaks {B})')
a = ALT(Q9, 1, sh757[2], '78.7%', '牛羊 share of 畜牧业 75.7 → 78.7%')
S.rel('share', I, R(a, sh757, sh757[2], '78.7%'), 'altered: 189.9/250.81 = 75.7%, not 78.7% (breaks {B})')
a = ALT(Q9, 2, g_cow[3], '4.6%', '肉牛 change −4.0 → −4.6%')
S.rel('growth', I, R(a, g_cow, g_cow[3], '4.6%'), 'altered: last year 475.49/0.954 + 19.12/1.005 = 517.4万; 494.61/517.4 = −4.4%, not −3.8% (breaks {B})')
a = ALT(YC, 1, sh72[2], '8.2亩', '耕地 per head 7.2 → 8.2亩')
S.rel('share', I, R(a, sh72, sh72[2], '8.2亩'), 'altered: 90万亩 / 12.5万 = 7.2亩 (6.6..7.8), not 8.2 (breaks {B})')
r800 = [F(NX, '8000亿元'), F(NX, '10万元'), F(NX, '800万人')]
a = ALT(NX, 1, r800[1], '16万元', 'per-head GDP 10 → 16万元')
S.rel('rate', I, R(a, r800, r800[1], '16万元'), 'altered: 8000亿 / 16万元 = 500万人, not 800万 (breaks {B})')
a = ALT(T0, 1, s_pop[2], '17.32万人', '非农业人口 17.92 → 17.32万')
S.rel('sum', I, R(a, s_pop, s_pop[2], '17.32万人'), 'altered: 44.35 + 17.32 = 61.67, not 62.28万 (breaks {B})')
a = ALT(T0, 2, s_mz[1], '22.92%', '汉族 share 22.42 → 22.92%')
S.rel('sum', I, R(a, s_mz, s_mz[1], '22.92%'), 'altered: 77.58 + 22.92 = 100.5% (breaks {B})')
a = ALT(T1, 1, s_t1[2], '207.51亿元', 'secondary 201.51 → 207.51亿')
S.rel('sum', I, R(a, s_t1, s_t1[2], '207.51亿元'), 'altered: 68.25 + 207.51 + 163.59 = 439.35, not 433.35亿 (breaks {B})')
a = ALT(T1, 2, sh_d[2], '6.93‰', 'death rate 6.43 → 6.93‰')
S.rel('share', I, R(a, sh_d, sh_d[2], '6.93‰'), 'altered: 0.45万 / 70万 = 6.43‰ (6.35..6.52), not 6.93 (breaks {B})')
a = ALT(T1, 3, s_age[2], '41', 'age 16–59 47 → 41万')
S.rel('sum', I, R(a, s_age, s_age[2], '41'), 'altered: 16 + 41 + 7 = 64, not 70万 (breaks {B})')
a = ALT(WQ, 1, s_wq1[2], '12348万元', '非税收入 12648 → 12348万')
S.rel('sum', I, R(a, s_wq1, s_wq1[2], '12348万元'), 'altered: 8059 + 12348 = 20407, not 20707万 (breaks {B})')
a = ALT(WQ, 2, s_wq2[3], '24977万元', '专项转移支付 24917 → 24977万')
S.rel('sum', I, R(a, s_wq2, s_wq2[3], '24977万元'), 'altered: 527 + 122313 + 24977 = 147817, not 147757万 (breaks {B})')
a = ALT(B5, 1, s_land[4], '38.21萬畝', '可开垦耕地 35.21 → 38.21万亩')
S.rel('sum', I, R(a, s_land, s_land[4], '38.21萬畝'), 'altered: the parts add to 86.05 (85.55..86.56), not 83.02万亩 (breaks {B})')
a = ALT(B5, 2, sh38[1], '1883人', 'retired 1283 → 1883')
S.rel('share', I, R(a, sh38, sh38[1], '1883人'), 'altered: 1883 / (2078 + 1883) = 47.5%, not 38% (breaks {B})')
a = ALT(BP, 1, s_n[1], '282個', '三师 projects 292 → 282')
S.rel('sum', I, R(a, s_n, s_n[1], '282個'), 'altered: 282 + 210 = 492, not 超过500个 (breaks {B})')
a = ALT(BP, 2, s_i[2], '345.9億元', '一师 investment 545.9 → 345.9亿')
S.rel('sum', I, R(a, s_i, s_i[2], '345.9億元'), 'altered: 572 + 345.9 = 917.9亿, not 1000多亿元 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout179. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout179.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout179'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


X='xj_1952_2018.txt'; B='bt_2015.txt'; L='qh_lake2021_hant.txt'; A='qh_lake_abs.txt'; J='qh_sjy2014_hant.txt'; XJ='nx_xiji_hant.txt'
W1='nx_water2011.txt'; W2='nx_water2009.txt'; SW='nx_sow2016.txt'; Z='gs_zhangye_zone_hant.txt'; G='gs_zhangye_2025.txt'; DX='gs_dingxi_2021.txt'
Y1='sx_yimin2011_hant.txt'; Y3='sx_yimin2013_hant.txt'; Y5='sx_yimin2015.txt'; Y6='sx_yimin2016.txt'; GL='sx_gaoling_1995.txt'; XY='sx_xianyang_2017.txt'

# ---- 新疆 1952-2018 (人民日报 2019)
h200 = F(X, '200倍'); s200 = F(X, '200倍', n=1); t200 = F(X, '200倍', pre='扣除物价上涨因素,增长了')
rs200 = [h200, s200, t200]
S.rel('restatement', C, rs200, 'title, subtitle and text: 经济总量 增长了200倍 (at comparable prices) all three times')
S.rel('growth', I, [t200, F(X, '8.3%')], 'real error: 增长了200倍 from 1952 to 2018 is a ratio of 201 over 66 years: 201^(1/66) = 1.0837, 8.4% a year (8.36-8.37% within the half-unit of 200倍), not 8.3%; 8.3% a year for 66 years gives 193 times (增长192倍)')
g57 = [F(X, '37.7倍'), F(X, '5.7%')]
S.rel('growth', C, g57, 'GDP per head 增长了37.7倍 (ratio 38.7) over 66 years: 38.7^(1/66) = 1.0570 → 年均增长5.7%')
S.rel('growth', U, [F(X, '7.91亿元'), F(X, '1.2万亿元'), t200], 'current-price levels 7.91亿 → 1.2万亿 are a ratio of about 1517; 增长200倍 is "扣除物价上涨因素" (nominal vs real)')
S.rel('growth', U, [F(X, '166元'), F(X, '4.9万元'), g57[0]], 'per head 166元 → 4.9万元 is a ratio of about 295 at current prices; 增长37.7倍 is real (nominal vs real)')
S.rel('growth', U, [t200, g57[0]], 'GDP ×201 and GDP per head ×38.7 imply a population ratio of about 5.2; the population is not stated (unstated base)')
st52 = [F(X, '64.7'), F(X, '22', pre='64.7∶'), F(X, '13.3')]
S.rel('sum', C, st52, '1952 structure 64.7 : 22 : 13.3 adds to 100')
st18 = [F(X, '13.9'), F(X, '40.3'), F(X, '45.8')]
S.rel('sum', C, st18, '2018 structure 13.9 : 40.3 : 45.8 adds to 100')
S.rel('share', U, [F(X, '62.3%'), st18[2]], "the tertiary sector's contribution to growth (62.3%) against its share of GDP (45.8%): contribution vs share")
S.rel('growth', U, [F(X, '200亿美元'), F(X, '1481倍')], 'foreign trade 200亿美元 是1950年的1481倍: the 1950 level is not stated (unstated base)')

# ---- 兵团 2015 farm news
g_a = [F(B, '2032万亩'), F(B, '2.0%'), F(B, '1991.78万亩')]
S.rel('growth', C, g_a, 'sown area 2032万亩 (2015) on 1991.78万亩 (2014, same text): +2.02% → 同比增长2.0%')
S.rel('sum', U, [F(B, '269万吨'), F(B, '120万吨'), F(B, '118万吨')], '"其中" wheat 120 and maize 118万吨 are two of the grains (238 < 269); the others are not given (parts leave something out)')
S.rel('sum', U, [F(B, '2032万亩'), F(B, '949万亩'), F(B, '486万亩')], 'cotton 949 and grain 486万亩 are two of the crops (1435 < 2032); vegetables and fodder are not given (parts leave something out)')
S.rel('rate', U, [F(B, '120万吨'), F(B, '17%'), F(B, '3.1%')], 'wheat output +17% with yield +3.1% implies an area rise of about 13.5%, which is not stated (unstated base)')
S.rel('rate', U, [F(B, '486万亩'), F(B, '16.0%'), F(B, '21%')], 'grain area +16.0% and (forecast) output +21% imply a yield rise of about 4.3%, not stated; the grain yield of the text is given for wheat and maize only (unstated base)')

# ---- 青海湖裸鲤 2021 (traditional) and later abstract
rs10 = [F(L, '10萬噸'), F(L, '10.85萬噸')]
S.rel('restatement', C, rs10, 'headline "超10萬噸" (lower bound) and text 10.85萬噸')
g42 = [F(L, '10.85萬噸'), F(L, '42倍'), F(L, '2592噸')]
S.rel('growth', C, g42, '10.85萬噸 / 2592噸 (2002, the year before the lake was closed in 2003) = 41.9 → 是保護初期的42倍')
S.rel('share', U, [F(L, '10.85萬噸'), F(L, '33.9%')], '原始蘊藏量 is not stated in this text (unstated base)')
S.rel('sum', U, [F(L, '2085萬尾'), F(L, '1.76億尾')], "this year's 2085萬尾 is inside the cumulative 1.76億尾 released so far (nested scopes)")
S.rel('share', U, [F(L, '23%'), F(L, '1.76億尾')], 'the releases\' contribution to the recovery (超過23%) is a contribution, not a share of the stock that the release count gives (contribution vs share)')
g44 = [F(A, '11.41万吨'), F(A, '44倍'), F(L, '2592噸')]
S.rel('growth', C, g44, 'across documents: 11.41万吨 / 2592噸 (the 2002 level, 保護初期 in the 2021 text) = 44.0 → 是保护初期的44倍')
sh36 = [F(A, '11.41万吨'), F(A, '36%'), F(L, '10.85萬噸'), F(L, '33.9%')]
S.rel('share', C, sh36, 'across documents: 11.41 / 36% = 31.7万吨 (31.2-32.2 within the half-units) and 10.85 / 33.9% = 32.0万吨: both texts put the historic (original) stock at about 32万吨')
S.rel('sum', U, [F(A, '2亿余尾'), F(L, '1.76億尾')], 'across documents: "自…第6次封湖育鱼工作以来…累计…2亿余尾" and the 2021 "已累計實施…1.76億尾" count from other starting points (other period)')
S.rel('growth', U, [F(L, '0.81萬噸'), F(L, '10.85萬噸'), F(A, '11.41万吨')], 'across documents: the 2021 rise 0.81萬噸 is 2021 on 2020; 11.41 − 10.85 = 0.56万吨 is a later change (other period)')

# ---- 三江源 2014 (traditional)
rs28 = [F(J, '28.4億立方米'), F(J, '28.4億立方米', n=1)]
S.rel('restatement', C, rs28, 'lead and text: 水源涵養量增加28.4億立方米 both times')
S.rel('restatement', I, [F(J, '11.6%'), F(J, '11.6個百分點')], 'real (unit) error: the lead has 草原植被覆蓋度提高11.6%, the text 平均提高11.6個百分點; a rise of 11.6 points is a relative rise of 11.6% only if the old cover were 100%')
S.rel('restatement', U, [F(J, '84億立方米'), F(J, '28.4億立方米', n=1)], '水資源量 +84億 against 草原生態系統水源涵養量 +28.4億: other indicator')
S.rel('sum', U, [F(J, '38.5億元'), F(J, '75億元')], 'the 38.5億 grassland subsidy is another programme, no part of the 75億 phase-one investment (other indicator)')
S.rel('growth', U, [F(J, '20%'), F(J, '80%以上'), F(J, '11.6個百分點')], 'cover in the black-soil treatment areas 20% → 80%以上 (one sub-area) against the average rise of 11.6 points for all grassland (other scope)')
S.rel('share', U, [F(J, '38.5億元'), F(J, '2588元')], '38.5億 / 2588元 would be about 149萬 herders; the number of herders is not stated and the 增收 is not the subsidy per head (unstated base)')

# ---- 西吉县 profile (traditional)
S.rel('share', I, [F(XJ, '47.5萬人'), F(XJ, '28.4萬人'), F(XJ, '59.5%')], 'real error: 回族 28.4萬 / 總人口 47.5萬 = 59.79% (59.62-59.96% within the half-units), not 59.5%')
S.rel('sum', U, [F(XJ, '47.5萬人'), F(XJ, '40.4萬人'), F(XJ, '28.4萬人')], 'agricultural and Hui population overlap (40.4 + 28.4 > 47.5): not a split (overlapping groups)')

# ---- 宁夏 grain and water (monograph, two sections)
s70 = [F(W1, '7.0万t'), F(W1, '4.4万t'), F(W1, '2.6万t')]
S.rel('sum', C, s70, 'yearly rise of grain output 7.0万t = 引黄灌区 4.4 + 宁南山区 2.6')
w100 = [F(W1, '71.1%'), F(W1, '28.9%')]
S.rel('sum', C, w100, 'shares of water 71.1% + 28.9% = 100')
g100 = [F(W1, '68.1%'), F(W1, '31.9%')]
S.rel('sum', C, g100, 'shares of grain 68.1% + 31.9% = 100')
S.rel('growth', I, [F(W1, '2781m3'), F(W1, '1891m3'), F(W1, '89m3')], 'real error (or another count of years): 2002 → 2011 is 9 years; (2781 − 1891) / 9 = 98.9m3 a year, not 89 (89 is the fall divided by 10)')
S.rel('growth', I, [F(W1, '2902m3'), F(W1, '1898m3'), F(W1, '100m3')], 'real error (or another count of years): (2902 − 1898) / 9 = 111.6m3 a year, not 100 (100.4 is the fall divided by 10)')
gnn = [F(W1, '2540m3'), F(W1, '1646m3'), F(W1, '99m3')]
S.rel('growth', C, gnn, '宁南山区 2002 → 2011: (2540 − 1646) / 9 = 99.3 → 年均减少99m3')
S.rel('share', U, [w100[0], g100[0], F(W1, '1898m3'), F(W1, '1891m3')], '引黄灌区 uses 71.1% of the water for 68.1% of the grain (1996-2010 averages), 4% more water per tonne than the region over that span; the 2011 levels 1898 and 1891 are of another period')
s340 = [F(W2, '340.7万t'), F(W2, '230.5万t'), F(W2, '110.2万t')]
S.rel('sum', C, s340, '2009 grain 340.7万t = 引黄灌区 230.5 + 宁南山区 110.2')
S.rel('share', C, [F(W2, '1818m3'), F(W2, '0.55kg/m3')], 'water per tonne is the inverse of grain per m3: 1 / 0.55 = 1818m3 per tonne (全区)')
S.rel('share', C, [F(W2, '1556m3'), F(W2, '0.64kg/m3')], '宁南山区 1 / 0.64 = 1562.5m3 (1550-1575 within the half-unit of 0.64) ≈ 1556m3')
S.rel('share', I, [F(W2, '1818m3', n=1), F(W2, '0.52kg/m3')], 'real error: 引黄灌区 "齐平全区为1818m3", but its 0.52kg/m3 gives 1 / 0.52 = 1923m3 (1905-1942), and the text itself later puts its present level at 1934m3')
S.rel('share', C, [F(W2, '1934m3'), F(W2, '0.52kg/m3', n=1)], '引黄灌区 现状 1934m3 per tonne ↔ 0.52kg/m3: 1 / 0.52 = 1923 (1905-1942 within the half-unit)')
g577 = [F(W2, '0.52kg/m3', n=1), F(W2, '0.55kg/m3', n=1), F(W2, '5.77%')]
S.rel('growth', C, g577, 'efficiency 0.52 → 0.55kg/m3: +5.77%')
S.rel('growth', C, [F(W2, '0.52kg/m3'), F(W2, '0.64kg/m3'), F(W2, '23.1%')], '"较旱区差距低23.1%": (0.64 − 0.52) / 0.52 = 23.1% (the gap taken on the 引黄 figure; on the 旱区 figure it would be 18.8%)')
s245 = [F(W2, '230.5万t', n=1), F(W2, '245.0万t'), F(W2, '14.5万t')]
S.rel('sum', C, s245, '230.5 + 14.5 = 245.0万t')
S.rel('rate', C, [F(W2, '230.5万t', n=1), F(W2, '245.0万t'), F(W2, '1934m3'), F(W2, '1818m3', n=2)], 'same water, less water per tonne: 230.5 × 1934 / 1818 = 245.2 (245.02-245.39 within the half-units) ≈ 245.0万t')
S.rel('rate', I, [F(W2, '5.77%'), F(W2, '230.5万t', n=1), F(W2, '245.0万t')], 'real error: with area and water unchanged, output rises with the efficiency: 230.5 × 1.0577 = 243.8万t, not 245.0 (245.0 / 230.5 = +6.29%); the 245.0 follows from the water-per-tonne figures, the 5.77% from the rounded 0.52 and 0.55')
S.rel('share', U, [F(W2, '230.5万t'), F(W2, '340.7万t'), F(W1, '68.1%')], 'across documents: 引黄 230.5 / 340.7 = 67.7% in 2009 against the 1996-2010 average share 68.1%: other period')
S.rel('growth', U, [F(W2, '1818m3'), F(W1, '1891m3')], 'across documents: 全区 water per tonne 1818m3 (2009) against 1891m3 (2011): other year; the texts state no change between them')
S.rel('growth', U, [F(W1, '7.0万t'), F(W2, '340.7万t')], 'across documents: a yearly rise over 1996-2010 against one year\'s level; neither the 1996 nor the 2010 output is stated (unstated base)')

# ---- 宁夏 spring sowing 2016
rs20 = [F(SW, '20万亩'), F(SW, '20万亩', n=1)]
S.rel('restatement', C, rs20, 'lead and text: 比去年增加20万亩 both times')
sh_s = [F(SW, '75万亩'), F(SW, '76.5万亩'), F(SW, '102.4%')]
S.rel('share', C, sh_s, '76.5 / 75 = 102.0%; with the half-unit of the round plan (74.5-75.5) 101.3-102.8%, so 102.4% holds')
S.rel('target', M, [F(SW, '75万亩'), F(SW, '76.5万亩')], 'plan 75万亩, sown 76.5万亩 (完成计划面积的102.4%): met')
S.rel('target', M, [F(SW, '118.6%')], '石嘴山市 118.6% of its plan: met')
S.rel('target', U, [F(SW, '102.4%'), F(SW, '118.6%')], "the region's 102.4% against 石嘴山 118.6% and the others' 100%: the cities' plans (weights) are not stated, so the total cannot be rebuilt (unstated base)")

# ---- 张掖 farm zone (traditional)
s2400 = [F(Z, '2400畝'), F(Z, '1000畝', pre='甘州區完成'), F(Z, '800畝', pre='高台縣完成'), F(Z, '400畝', pre='臨澤縣完成'), F(Z, '200畝', pre='山丹縣完成')]
S.rel('sum', C, s2400, 'new solar greenhouses 2400畝 = 甘州 1000 + 高台 800 + 臨澤 400 + 山丹 200')
S.rel('sum', I, [F(Z, '82.72萬畝'), F(Z, '65.46萬畝'), F(Z, '17.36萬畝')], 'real error: 65.46 + 17.36 = 82.82萬畝, not 82.72; with the listed parts of the other crops (17.26, next relation) 65.46 + 17.26 = 82.72 holds, so 17.36 is the figure off')
parts = [F(Z, '17.36萬畝')] + [F(Z, v) for v in ('7.32萬畝', '1.1萬畝', '2.44萬畝', '0.42萬畝', '1.13萬畝', '2.14萬畝', '0.69萬畝', '0.41萬畝', '0.13萬畝', '1.48萬畝')]
S.rel('sum', I, parts, 'real error: the ten listed crops add to 7.32 + 1.1 + 2.44 + 0.42 + 1.13 + 2.14 + 0.69 + 0.41 + 0.13 + 1.48 = 17.26萬畝, not 17.36 (the same slip as in the total)')
s1964 = [F(Z, '19.64萬畝'), F(Z, '14.37萬畝'), F(Z, '5.27萬畝')]
S.rel('sum', C, s1964, 'rise of the seed area 19.64萬畝 = maize 14.37 + other crops 5.27')
S.rel('share', U, [F(Z, '5.41億元'), F(Z, '541元')], '5.41億元 / 541元 = 100萬 people, but the number of farmers is not stated (unstated base)')
S.rel('share', U, [F(Z, '5.41億元'), F(Z, '124602人')], "farmers' income 5.41億 / the zone's 124602 employees = 4342元, not the 541元 per head: other population (other scope)")
S.rel('sum', U, [F(Z, '33.87萬畝'), F(Z, '5.85萬畝'), F(Z, '15萬畝以上')], 'garlic (含) and processing vegetables (其中) are overlapping parts of the 33.87萬畝, not a split (nested scopes)')
S.rel('sum', U, [F(Z, '40萬畝'), F(Z, '33.87萬畝')], 'a 40萬畝 vegetable base against 33.87萬畝 sown to melons and vegetables: other indicator (base area vs sown area)')
S.rel('sum', U, [F(Z, '148897萬元'), F(Z, '51262萬元')], 'enterprise investment 51262萬 is part of the total 148897萬; the rest is not stated (nested, no split)')

# ---- 张掖 十四五 farming (2025)
g79 = [F(G, '35.6%'), F(G, '7.9%')]
S.rel('growth', C, g79, 'primary value added 2024 on 2020 +35.6% over 4 years: 1.356^(1/4) = 1.0791 → 年均增长7.9%')
g82 = [F(G, '37.1%'), F(G, '8.2%')]
S.rel('growth', C, g82, 'rural income 2024 on 2020 +37.1%: 1.371^(1/4) = 1.0821 → 年均增长8.2%')
S.rel('growth', U, [F(G, '178.69亿元'), F(G, '28.3%'), F(G, '174.47亿元'), F(G, '35.6%')], 'gross farm output 178.69亿 (+28.3% on 2020) against primary value added 174.47亿 (+35.6%): other indicator (output value vs value added)')
S.rel('share', U, [F(G, '356万亩'), F(G, '76%')], 'the basic farmland (永久基本农田) is not stated (unstated base)')
S.rel('sum', U, [F(G, '315万亩以上'), F(G, '356万亩')], 'grain sown area 315万亩以上 against 356万亩 of high-standard farmland: other indicator (sown area vs built farmland)')

# ---- 定西 2021
rs84 = [F(DX, '84.24万'), F(DX, '84.24万', n=1), F(DX, '84.24万', n=2)]
S.rel('restatement', C, rs84, '建档立卡 poor population 84.24万 three times (all out of poverty; the 2013 count; the 2021 check)')
S.rel('restatement', U, [F(DX, '1101个'), F(DX, '1101个', n=1)], 'the same number 1101 counts work teams and poor villages: other indicator (one team per village is not stated)')
S.rel('share', U, [F(DX, '170万'), F(DX, '78%'), F(DX, '84.24万', n=1), F(DX, '31.7%')], '1982 170万 at 78% and 2013 84.24万 at 31.7% rest on other bases (about 218万 and 266万 rural people), neither stated (unstated base, other period)')

# ---- 陕西 resettlement: 陕北 plan 2011, 陕南陕北 2013, 陕南 2015, 陕西 2016
rs196 = [F(Y1, '19.6萬人'), F(Y1, '19.6萬人', n=1)]
S.rel('restatement', C, rs196, 'lead and text: 19.6萬人 in 10 years both times')
sh235 = [F(Y1, '11.8萬人'), F(Y1, '2.35萬人')]
S.rel('share', C, sh235, '11.8萬人 over the five 十二五 years = 2.36萬 a year; within the half-unit of 11.8 (11.75 / 5 = 2.35), 平均每年2.35萬人 holds')
S.rel('share', U, [F(Y1, '19.6萬人', n=1), F(Y1, '2.35萬人')], '10 × 2.35 = 23.5 ≠ 19.6萬: the yearly average is of the 十二五 part (11.8萬) only (other period)')
s389 = [F(Y3, '389.3億元'), F(Y3, '326億元'), F(Y3, '63.3億元')]
S.rel('sum', C, s389, 'investment 389.3億 = 陝南 326 + 陝北 63.3')
S.rel('sum', C, [F(Y3, '5市'), F(Y3, '三市'), F(Y3, '兩市')], '5市 = 陝南三市 + 陝北兩市')
S.rel('share', U, [F(Y3, '17.47萬(wàn)套'), F(Y3, '45.7萬(wàn)人'), F(Y3, '68.7%')], 'the 入住率 rests on the households moved in, whose count is garbled in the stored text; people (45.7萬) and houses (17.47萬套) are other units (unstated base)')
S.rel('growth', U, [F(Y3, '2個'), F(Y3, '74.3%'), F(Y3, '85.9%')], '陝南 urbanisation rate +2 points and more against the 陝北 share of urban resettlement 74.3% → 85.9%: other place and indicator')
S.rel('target', U, [F(Y3, '63.3億元'), F(Y1, '101.8億元')], 'across documents: 陝北 investment so far (63.3億, 2011-2013, all of 陝北) against the 10-year 黃河沿岸 plan 101.8億 (one part of 陝北): other scope and period')
S.rel('sum', U, [F(Y3, '280萬(wàn)人'), F(Y5, '240万人'), F(Y1, '19.6萬人', n=1)], 'across documents: the 280萬 plan (陝南 and 陝北) against 陝南 240万 + 陝北黃河沿岸 19.6萬 = 259.6萬: 陝北 has other areas; parts leave something out')
S.rel('sum', U, [F(Y3, '326億元'), F(Y5, '595亿元')], 'across documents: 陝南 326億 to October 2013 against 595亿 for the whole 十二五: other period (no split)')
rs324 = [F(Y5, '32.4万户'), F(Y5, '32.4万户', n=1)]
S.rel('restatement', C, rs324, 'lead and text: 32.4万户 moved in the 十二五 years both times')
rs111 = [F(Y5, '111.89万人'), F(Y5, '111.89万人', n=1)]
S.rel('restatement', C, rs111, 'lead and text: 111.89万人 both times')
S.rel('target', CT, [F(Y5, '60万户'), F(Y5, '32.4万户', n=1)], 'the 10-year plan (2011-2020) of 60万户 against 32.4万户 after five years: the period is not over (cannot tell)')
S.rel('sum', U, [F(Y5, '4.6万户'), F(Y5, '20.48万户'), F(Y5, '35.36万户')], '4.6 (by 2016) + 20.48 (by 2019) = 25.08 ≠ 35.36万户, and 60 − 32.4 = 27.6 is yet another count: the stages listed are not all of the task (parts leave something out)')
S.rel('sum', U, [F(Y5, '595亿元'), F(Y5, '258.6亿元')], 'government funds 258.6亿 are 其中 of the 595亿; the rest is not stated (nested, no split)')
S.rel('sum', U, [F(Y5, '2252个'), F(Y3, '2386個')], 'across documents: 2252 安置点 of 30 households and more (2011-2015) against 2386 集中安置項目 in 陝南 (2011-2013): other definition and period; no fall can be read')
S.rel('target', U, [F(Y5, '4.6万户'), F(Y6, '12.5万套')], 'across documents: the goal of 4.6万户 moved by end-2016 (陕南) against 12.5万套 houses started in 陕南 in 2016: other indicator (houses started vs households moved)')
S.rel('restatement', I, [F(Y6, '286亿元'), F(Y6, '286.81亿元')], 'headline 286亿元 against text 286.81亿元: the headline truncates; 286.81 rounds to 287 and lies outside 285.5-286.5 (keyed by the half-unit rule; see ANNOTATION.md)')
s222 = [F(Y6, '22.2072万户'), F(Y6, '8万户'), F(Y6, '14.2072万户')]
S.rel('sum', C, s222, 'households: national task 8万 + added 14.2072万 = 22.2072万户')
S.rel('sum', C, [F(Y6, '74万人'), F(Y6, '28万人'), F(Y6, '46万人')], 'people: 28万 + 46万 = 74万人')
S.rel('sum', C, [F(Y6, '22.2072万户'), F(Y6, '18万户'), F(Y6, '4.2072万户', pre='同步搬迁任务')], 'households by kind: 易地扶贫 18万 + 同步 4.2072万 = 22.2072万户')
S.rel('sum', C, [F(Y6, '74万人'), F(Y6, '60万人'), F(Y6, '14万人')], 'people by kind: 60万 + 14万 = 74万人')
S.rel('sum', C, [F(Y6, '24.38万套'), F(Y6, '12.5万套'), F(Y6, '11.88万套')], 'houses started 24.38万套 = 陕南 12.5 + 关中、陕北 11.88')
sh10978 = [F(Y6, '24.38万套'), F(Y6, '22.2072万户'), F(Y6, '109.78%')]
S.rel('share', C, sh10978, "24.38万套 / the year's task 22.2072万户 = 109.78%")
S.rel('target', M, [F(Y6, '24.38万套'), F(Y6, '109.78%')], 'houses started at 109.78% of the provincial task: met')
S.rel('share', C, [F(Y6, '11.88万套'), F(Y6, '122.38%'), F(Y6, '22.2072万户'), F(Y6, '12.5万套'), F(Y6, '100%')], "关中、陕北 task = the year's task 22.2072 − 陕南's task (12.5万套 = 100% after the mid-year addition) = 9.7072万; 11.88 / 9.7072 = 122.38%")
S.rel('target', M, [F(Y6, '11.88万套'), F(Y6, '122.38%')], '关中、陕北 at 122.38% of the year\'s plan: met')
S.rel('target', M, [F(Y6, '19.12万套'), F(Y6, '238.93%')], '易地扶贫 houses at 238.93% of the national plan: met')
S.rel('share', U, [F(Y6, '19.12万套'), F(Y6, '238.93%'), F(Y6, '8万户')], '19.12 / 8 = 239.0% (238.94-239.06), not 238.93%; but the national plan for houses (套) is not the task of 8万户, and it is not stated (unstated base)')
S.rel('share', U, [F(Y6, '12.5万套'), F(Y6, '192.31%')], '陕南 年初计划 (12.5 / 192.31% = 6.5万) is not stated (unstated base)')

# ---- 高陵县 1995 (gazetteer)
sh914 = [F(GL, '224872人'), F(GL, '205542人'), F(GL, '91.4%')]
S.rel('share', C, sh914, 'agricultural population 205542 / 224872 = 91.40%')
den = [F(GL, '224872人'), F(GL, '294平方公里'), F(GL, '765人')]
S.rel('share', C, den, 'density 224872 / 294 = 764.9 → 765人 per km²')
S.rel('share', U, [F(GL, '20.55公里'), F(GL, '20.1公里'), F(GL, '294平方公里')], '20.55 × 20.1 = 413 ≠ 294: extents, not sides of a rectangle (no relation)')
S.rel('share', U, [F(GL, '1.24亩'), F(GL, '224872人')], 'cultivated land per head needs the cultivated area, not stated (unstated base)')

# ---- 咸阳 1978-2017
g679 = [F(XY, '552.6亿元'), F(XY, '8.14亿元'), F(XY, '67.9倍')]
S.rel('growth', C, g679, 'gross farm output 552.6 / 8.14 = 67.9 → 是1978年的67.9倍 (both at current prices)')
st17 = [F(XY, '84.2'), F(XY, '1', pre='84.2:'), F(XY, '10.2'), F(XY, '0.2', pre=':', post=':4.4'), F(XY, '4.4')]
S.rel('sum', C, st17, '2017 structure 84.2 : 1 : 10.2 : 0.2 : 4.4 adds to 100')
st78 = [F(XY, '88.9'), F(XY, '2.8'), F(XY, '6.5'), F(XY, '1.8', pre='6.5:')]
S.rel('sum', C, st78, '1978 structure 88.9 : 2.8 : 6.5 : 1.8 adds to 100')
S.rel('growth', I, [F(XY, '1.8', pre='6.5:'), F(XY, '0.2', pre=':', post=':4.4')], 'real error in words: "渔业产值…比重明显上升", but the fishery share fell from 1.8 (1978) to 0.2 (2017); the share that rose is livestock\'s (6.5 → 10.2)')
S.rel('growth', U, [F(XY, '9.58万吨'), F(XY, '958倍')], 'eggs 是1980年的958倍: the 1980 output is not stated (unstated base)')
S.rel('rate', U, [F(XY, '163.25万吨'), F(XY, '1.3倍'), F(XY, '302公斤'), F(XY, '2.4倍')], 'grain ×1.3 with wheat yield ×2.4: sown areas and crop mix are not stated; no rate relation (unstated base)')

# ---- altered copies
a = ALT(X, 1, g57[0], '39.7倍', 'GDP-per-head ratio 37.7 → 39.7倍')
S.rel('growth', I, R(a, g57, g57[0], '39.7倍'), 'altered: 40.7^(1/66) = 1.0578, 5.8% a year, not 5.7% (breaks {B})')
a = ALT(X, 2, st18[0], '15.9', '2018 primary share 13.9 → 15.9')
S.rel('sum', I, R(a, st18, st18[0], '15.9'), 'altered: 15.9 + 40.3 + 45.8 = 102 (breaks {B})')
a = ALT(B, 1, g_a[2], '1951.78万亩', '2014 sown area 1991.78 → 1951.78万亩')
S.rel('growth', I, R(a, g_a, g_a[2], '1951.78万亩'), 'altered: 2032 / 1951.78 = +4.1%, not 2.0% (breaks {B})')
a = ALT(L, 1, g42[2], '2892噸', '2002 stock 2592 → 2892噸')
S.rel('growth', I, R(a, g42, g42[2], '2892噸'), 'altered: 10.85萬 / 2892 = 37.5, not 42倍 (breaks {B})')
a = ALT(L, 2, rs10[0], '11萬噸', 'headline 超10 → 超11萬噸')
S.rel('restatement', I, R(a, rs10, rs10[0], '11萬噸'), 'altered: headline "超11萬噸" but the text gives 10.85萬噸 (breaks {B})')
a = ALT(A, 1, g44[1], '46倍', 'ratio to the start 44 → 46倍')
S.rel('growth', I, R(a, g44, g44[1], '46倍'), 'altered (across documents): 11.41万 / 2592 = 44.0, not 46倍 (breaks {B})')
a = ALT(J, 1, rs28[1], '23.4億立方米', 'water conservation in the text 28.4 → 23.4億立方米')
S.rel('restatement', I, R(a, rs28, rs28[1], '23.4億立方米'), 'altered: 28.4億 in the lead, 23.4億 in the text (breaks {B})')
a = ALT(W1, 1, s70[2], '2.9万t', '宁南 yearly rise 2.6 → 2.9万t')
S.rel('sum', I, R(a, s70, s70[2], '2.9万t'), 'altered: 4.4 + 2.9 = 7.3, not 7.0万t (breaks {B})')
a = ALT(W1, 2, w100[1], '26.9%', '宁南 water share 28.9 → 26.9%')
S.rel('sum', I, R(a, w100, w100[1], '26.9%'), 'altered: 71.1 + 26.9 = 98 (breaks {B})')
a = ALT(W2, 1, s340[2], '119.2万t', '宁南 grain 110.2 → 119.2万t')
S.rel('sum', I, R(a, s340, s340[2], '119.2万t'), 'altered: 230.5 + 119.2 = 349.7, not 340.7万t (breaks {B})')
a = ALT(W2, 2, s245[2], '16.5万t', 'added grain 14.5 → 16.5万t')
S.rel('sum', I, R(a, s245, s245[2], '16.5万t'), 'altered: 230.5 + 16.5 = 247.0, not 245.0万t (breaks {B})')
a = ALT(SW, 1, rs20[1], '25万亩', 'rise in the text 20 → 25万亩')
S.rel('restatement', I, R(a, rs20, rs20[1], '25万亩'), 'altered: +20万亩 in the lead, +25万亩 in the text (breaks {B})')
a = ALT(SW, 2, sh_s[2], '107.4%', 'completion 102.4 → 107.4%')
S.rel('share', I, R(a, sh_s, sh_s[2], '107.4%'), 'altered: 76.5 / 75 = 102.0% (at most 102.8%), not 107.4% (breaks {B})')
a = ALT(Z, 1, s2400[2], '600畝', '高台 greenhouses 800 → 600畝')
S.rel('sum', I, R(a, s2400, s2400[2], '600畝'), 'altered: 1000 + 600 + 400 + 200 = 2200, not 2400畝 (breaks {B})')
a = ALT(Z, 2, s1964[2], '5.57萬畝', 'rise of other seed crops 5.27 → 5.57萬畝')
S.rel('sum', I, R(a, s1964, s1964[2], '5.57萬畝'), 'altered: 14.37 + 5.57 = 19.94, not 19.64萬畝 (breaks {B})')
a = ALT(G, 1, g79[1], '8.9%', 'yearly growth of primary value added 7.9 → 8.9%')
S.rel('growth', I, R(a, g79, g79[1], '8.9%'), 'altered: 1.356^(1/4) = 1.0791, 7.9% a year, not 8.9% (breaks {B})')
a = ALT(DX, 1, rs84[2], '81.24万', 'poor population in the last paragraph 84.24 → 81.24万')
S.rel('restatement', I, R(a, rs84, rs84[2], '81.24万'), 'altered: 84.24万 twice, 81.24万 in the last paragraph (breaks {B})')
a = ALT(Y1, 1, sh235[1], '2.65萬人', 'yearly average 2.35 → 2.65萬人')
S.rel('share', I, R(a, sh235, sh235[1], '2.65萬人'), 'altered: 11.8萬 / 5 = 2.36萬 a year, not 2.65萬 (breaks {B})')
a = ALT(Y3, 1, s389[1], '356億元', '陝南 investment 326 → 356億')
S.rel('sum', I, R(a, s389, s389[1], '356億元'), 'altered: 356 + 63.3 = 419.3, not 389.3億 (breaks {B})')
a = ALT(Y5, 1, rs111[1], '117.89万人', 'people moved, in the text 111.89 → 117.89万人')
S.rel('restatement', I, R(a, rs111, rs111[1], '117.89万人'), 'altered: 111.89万人 in the lead, 117.89万人 in the text (breaks {B})')
a = ALT(Y6, 1, s222[2], '14.7072万户', 'added households 14.2072 → 14.7072万户')
S.rel('sum', I, R(a, s222, s222[2], '14.7072万户'), 'altered: 8 + 14.7072 = 22.7072, not 22.2072万户 (breaks {B})')
a = ALT(Y6, 2, sh10978[2], '109.18%', 'completion 109.78 → 109.18%')
S.rel('share', I, R(a, sh10978, sh10978[2], '109.18%'), 'altered: 24.38 / 22.2072 = 109.78%, not 109.18% (breaks {B})')
a = ALT(GL, 1, sh914[1], '203542人', 'agricultural population 205542 → 203542')
S.rel('share', I, R(a, sh914, sh914[1], '203542人'), 'altered: 203542 / 224872 = 90.5%, not 91.4% (breaks {B})')
a = ALT(GL, 2, den[2], '785人', 'density 765 → 785人')
S.rel('share', I, R(a, den, den[2], '785人'), 'altered: 224872 / 294 = 765, not 785人 per km² (breaks {B})')
a = ALT(XY, 1, g679[1], '8.64亿元', '1978 farm output 8.14 → 8.64亿')
S.rel('growth', I, R(a, g679, g679[1], '8.64亿元'), 'altered: 552.6 / 8.64 = 64.0, not 67.9倍 (breaks {B})')
a = ALT(XY, 2, st17[2], '12.2', '2017 livestock share 10.2 → 12.2')
S.rel('sum', I, R(a, st17, st17[2], '12.2'), 'altered: 84.2 + 1 + 12.2 + 0.2 + 4.4 = 102 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

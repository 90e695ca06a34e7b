"""Check key, set check-heldout177. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout177.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout177'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


ZZ='zhouzhuang.txt'; QZ='qzkfq_2013q1.txt'; XM='xm_2017_hant.txt'; XF='xm_fdi_hant.txt'; YC='yc_seed_2021.txt'; RZ='rz_2024m7.txt'
NB='nbzs_m10.txt'; N18='nbzs_2018h1.txt'; N19='nbzs_2019h1_hant.txt'; H15='hz_gw2015.txt'; H16='hz_gw2016_hant.txt'; WF='wf_2013.txt'
TF='teafarm_1974.txt'; TA='taian_1987.txt'; S20='sh_2020plan.txt'; S21='sh_2021_hant.txt'; DQ='deqing_zshg.txt'; ZS='zj_zshg2014_hant.txt'

# ---- 兴化市周庄镇 (town profile)
zg = [F(ZZ, '20.91亿元'), F(ZZ, '2.52亿元'), F(ZZ, '10.13亿元'), F(ZZ, '8.26亿元')]
S.rel('sum', C, zg, 'three sectors 2.52 + 10.13 + 8.26 = 20.91亿 = the town\'s 地区生产值')
S.rel('sum', U, [F(ZZ, '11600万元'), F(ZZ, '4400万元')], '一般预算收入 4400万 is the local part of 预算内财政收入 11600万 (the rest goes up to higher levels); no split or share is stated: subset, not a split')
S.rel('share', U, [F(ZZ, '58亿元'), zg[0]], '工业总产值 58亿 (gross output) exceeds the whole 地区生产值 20.91亿 (value added): other indicator, no relation')
S.rel('sum', U, [F(ZZ, '5亿元', pre='利税'), F(ZZ, '4400万元')], 'firms\' 利税 5亿 (profits and taxes, all levels) against the town\'s 一般预算收入 4400万: other indicator')

# ---- 泉州开发区 Q1 2013
qo = F(QZ, '96.7亿元'); q4 = F(QZ, '91亿元')
S.rel('share', I, [qo, q4, F(QZ, '97.7%')], 'real error: four pillar industries 91 / 96.7 = 94.1%, not 97.7% (97.7% of 96.7 would be 94.5亿; the half-units allow 93.6–94.6%)')
S.rel('sum', U, [F(QZ, '87.65亿元'), q4, qo], 'the 40 亿元企业 (87.65亿) and the four pillar industries (91亿) are overlapping groupings of the same firms (87.65 + 91 > 96.7): not parts of one split')
S.rel('share', U, [F(QZ, '23.63亿元'), qo], 'GDP (value added) 23.63亿 against gross industrial output 96.7亿: other indicator, no relation')

# ---- 厦门 2017 industry (traditional)
xt = F(XM, '1437.16億元')
x80 = [F(XM, '35個'), F(XM, '28個'), F(XM, '80%')]
S.rel('share', C, x80, '28 of 35 industries grew: 28 / 35 = 80.0%')
S.rel('share', I, [xt, F(XM, '707.44億元'), F(XM, '49.3%')], 'real error: the three largest industries 707.44 / 1437.16 = 49.22% (49.224–49.225% with half-units), printed 49.3%; the Jan–Nov release of the same year (642.6 / 1308.61 = 49.1%) is exact')
x68 = [xt, F(XM, '976.28億元'), F(XM, '67.9%')]
S.rel('share', C, x68, 'high-tech value added 976.28 / 1437.16 = 67.93% → 67.9%')
S.rel('share', U, [F(XM, '4241.38億元'), F(XM, '5914.97億元'), F(XM, '67.9%')], 'the 67.9% is a share of value added; the high-tech share of gross output (4241.38 / 5914.97 = 71.7%) is another indicator')

# ---- 厦门 FDI, first three quarters (traditional)
fc = F(XF, '64.1億美元'); fa = F(XF, '16.9億美元'); sc = F(XF, '58.7億美元'); sa = F(XF, '10.8億美元')
S.rel('share', C, [sc, fc, F(XF, '91.6%')], 'services\' contracted FDI 58.7 / 64.1 = 91.58% → 91.6%')
S.rel('share', C, [sa, fa, F(XF, '63.5%')], 'services\' actual FDI 10.8 / 16.9 = 63.9%; with half-units 10.75 / 16.95 = 63.4% … 10.85 / 16.85 = 64.4%, so 63.5% is within (borderline)')
fz = [F(XF, '975家'), F(XF, '676家'), F(XF, '69.3%')]
S.rel('share', C, fz, 'new foreign firms in the free-trade area 676 / 975 in the city = 69.33% → 69.3%')
fz2 = [fc, F(XF, '55.2億美元'), F(XF, '86.1%')]
S.rel('share', C, fz2, 'free-trade area contracted FDI 55.2 / 64.1 = 86.1%')
fr = [sc, fc, F(XF, '1.4倍'), F(XF, '90.1%'), F(XF, '91.6%'), F(XF, '20.2')]
S.rel('rate', C, fr, 'last year\'s services share rebuilt from the levels and rates: (58.7 / 2.4) / (64.1 / 1.901) = 72.5% (71.0–74.2% with half-units); 91.6 − 20.2 = 71.4 is within')
S.rel('rate', C, [sa, fa, F(XF, '5.1%'), F(XF, '3.5%'), F(XF, '63.5%'), F(XF, '0.9個百分點')], 'last year\'s services share of actual FDI: (10.8 / 1.051) / (16.9 / 1.035) = 62.9% (62.4–63.5% with half-units); 63.5 − 0.9 = 62.6 is within')
S.rel('share', U, [fc, fa, F(XF, '53.7%'), F(XF, '26.4%')], 'shares of the province: 福建\'s totals are not printed (unstated base)')
S.rel('growth', U, [F(XF, '975家'), F(XF, '113.4%'), F(XF, '676家')], 'the free-trade area\'s 676 new firms are part of the city\'s 975; the +113.4% is the city\'s and says nothing of the part (subset, no rate of its own)')

# ---- 盐城 hybrid-rice seed 2021
ya = F(YC, '16.4万亩'); yy = F(YC, '180公斤'); yq = F(YC, '2952万公斤'); yq0 = F(YC, '1414万公斤'); yp = F(YC, '18元'); yv = F(YC, '5.31亿元'); yv0 = F(YC, '2.35亿元')
S.rel('rate', C, [ya, yy, yq], 'area × yield: 16.4万亩 × 180公斤 (左右) = 2952万公斤')
yg = [yq, yq0, F(YC, '108.8%')]
S.rel('growth', C, yg, '2952 / 1414 = 2.0877 → +108.8%')
S.rel('rate', C, [yq, yp, yv], 'output × price: 2952万公斤 × 18元 = 5.314亿 → 5.31亿')
yvg = [yv, yv0, F(YC, '126%')]
S.rel('growth', C, yvg, '5.31 / 2.35 = 2.2596 → +126%')
yl = [ya, F(YC, '6.3万亩'), yy, F(YC, '40公斤'), yq0]
S.rel('rate', C, yl, 'last year: (16.4 − 6.3)万亩 × (180 − 40)公斤 = 10.1 × 140 = 1414万公斤')
S.rel('rate', U, [yq0, yp, yv0], 'last year\'s value 2.35亿 / 1414万公斤 = 16.6元 a kilo: valued at last year\'s price, not at the 当前 18元 (other period); 1414 × 18 = 2.55亿 is no check')
S.rel('share', U, [F(YC, '80%'), F(YC, '60%以上')], 'seed area 80% of the province, two-line hybrid seed 60%以上 of the nation: provincial and national totals not printed (unstated bases)')
S.rel('share', U, [F(YC, '0.18%'), F(YC, '0.64%'), F(YC, '1.1%')], 'shares of national land, farmland and grain output: bases not printed, no relation among them')

# ---- 日照 fiscal revenue Jan-Jul 2024
rt = F(RZ, '126.00亿元'); rx = F(RZ, '82.00亿元'); rn = F(RZ, '44.00亿元')
S.rel('sum', C, [rt, rx, rn], 'tax 82.00 + non-tax 44.00 = 126.00亿')
rr = [rt, F(RZ, '5.0%'), rx, F(RZ, '2.7%'), rn, F(RZ, '23.3%')]
S.rel('rate', C, rr, 'last year: 82 / 0.973 + 44 / 1.233 = 84.27 + 35.69 = 119.96亿; 126 / 119.96 = +5.03% → 5.0%')
d7 = [F(RZ, '31.89亿元', pre='东港区('), F(RZ, '27.60亿元', pre='岚山区('), F(RZ, '17.84亿元', pre='莒县('), F(RZ, '15.94亿元'), F(RZ, '10.18亿元', pre='五莲县('), F(RZ, '5.28亿元'), F(RZ, '2.65亿元')]
S.rel('sum', U, [rt] + d7, 'the seven districts add to 111.38亿, not 126亿: the city-level (市本级) revenue is in the total but in no district (parts leave something out)')
S.rel('sum', C, [F(RZ, '31.89亿元', pre='达到'), F(RZ, '27.60亿元', pre='岚山区以'), F(RZ, '4.29亿元', pre='差距为')], '东港 31.89 − 岚山 27.60 = 4.29亿')
rh = [F(RZ, '27.12亿元'), F(RZ, '24.46亿元'), F(RZ, '2.66亿元')]
S.rel('sum', C, rh, 'gap a month earlier (上个月 = the H1 figures): 27.12 − 24.46 = 2.66亿')
rj = [F(RZ, '14.90亿元'), F(RZ, '13.72亿元'), F(RZ, '1.18亿元')]
S.rel('sum', C, rj, '莒县 14.90 − 经开区 13.72 = 1.18亿 at the end of June')
S.rel('sum', C, [F(RZ, '17.84亿元', pre='实现'), F(RZ, '15.94亿元'), F(RZ, '1.9亿元')], '17.84 − 15.94 = 1.90 → 1.9亿')
S.rel('restatement', C, [F(RZ, '30亿元', pre='突破'), F(RZ, '31.89亿元', pre='达到')], '突破30亿元 ↔ 31.89亿')
S.rel('restatement', C, [F(RZ, '10亿元', pre='新晋'), F(RZ, '10.18亿元', pre='五莲县以')], '新晋10亿元关口 ↔ 五莲 10.18亿 (H1 8.34亿, below)')
S.rel('restatement', U, [F(RZ, '4.29亿元', pre='高新区('), F(RZ, '4.29亿元', pre='差距为')], '高新区\'s H1 revenue and the Jan–Jul gap between 东港 and 岚山 are the same number by chance: other indicators')
S.rel('growth', U, [F(RZ, '31.89亿元', pre='东港区('), F(RZ, '-2.2%'), F(RZ, '27.12亿元'), F(RZ, '0.1%', pre='27.12亿元 同比增长')], 'Jan–Jul −2.2% and H1 +0.1% are rates over different spans; July alone cannot be rebuilt without last year\'s July (unstated base)')

# ---- 宁波-舟山港 October and Jan-Oct
pa = [F(NB, '33.1万人'), F(NB, '15.6万人'), F(NB, '17.5万人')]
S.rel('sum', C, pa, 'passengers in October: 15.6 + 17.5 = 33.1万')
pr = pa + [F(NB, '28.6%'), F(NB, '22.4%'), F(NB, '33.4%')]
S.rel('rate', C, pr, 'last October 15.6 / 0.776 + 17.5 / 0.666 = 20.10 + 26.28 = 46.38万; 33.1 / 46.38 = −28.6%')
go = [F(NB, '6484.6万吨'), F(NB, '4061.5万吨'), F(NB, '2423.1万吨')]
S.rel('sum', C, go, 'cargo in October: 4061.5 + 2423.1 = 6484.6万吨')
S.rel('sum', C, [F(NB, '3066万吨'), F(NB, '2238.4万吨'), F(NB, '827.7万吨')], 'foreign-trade cargo: 2238.4 + 827.7 = 3066.1 ≈ 3066万吨')
co = [F(NB, '141.4万标箱'), F(NB, '135.4万标箱'), F(NB, '6万标箱')]
S.rel('sum', C, co, 'containers in October: 135.4 + 6 = 141.4万标箱')
S.rel('rate', I, co + [F(NB, '4.5%'), F(NB, '3.4%'), F(NB, '37.7%')], 'real error (sign): last October 135.4 / 1.034 + 6 / 1.377 = 135.3万; 141.4 / 135.3 = +4.5%, but the text says 同比减少4.5%; both ports grew')
S.rel('sum', I, [F(NB, '307.2万人'), F(NB, '139.2万人'), F(NB, '168人')], 'real error (unit): 139.2万 + 168人 ≠ 307.2万; 307.2 − 139.2 = 168 and the −19.5% rebuilds only with 168万人: the 万 is missing')
gc = [F(NB, '68783.8万吨'), F(NB, '41153.4万吨'), F(NB, '27630.4万吨')]
S.rel('sum', C, gc, 'cargo Jan–Oct: 41153.4 + 27630.4 = 68783.8万吨')
gcr = gc + [F(NB, '10.2%'), F(NB, '9.3%'), F(NB, '11.5%', n=0)]
S.rel('rate', C, gcr, 'last year 41153.4 / 1.093 + 27630.4 / 1.115 = 37651.8 + 24780.6 = 62432.4万吨; 68783.8 / 62432.4 = +10.2%')
cc = [F(NB, '1459.5万标箱'), F(NB, '1411.8万标箱'), F(NB, '47.7万标箱')]
S.rel('sum', C, cc, 'containers Jan–Oct: 1411.8 + 47.7 = 1459.5万标箱')
S.rel('sum', U, [F(NB, '3066万吨'), F(NB, '6484.6万吨')], 'foreign-trade cargo is part of all cargo (not a split; no share stated)')
S.rel('sum', U, [F(NB, '141.4万标箱'), F(NB, '1459.5万标箱')], 'October is inside Jan–Oct (nested periods); no relation stated')

# ---- 宁波舟山港 H1 2018 and H1 2019 (traditional)
c18 = F(N18, '1328.4万标准箱'); c19 = F(N19, '1391萬標準箱'); g19 = F(N19, '55796萬噸', pre='吐量(liang)')
cg = [c18, c19, F(N19, '4.7%')]
S.rel('growth', C, cg, 'across documents: H1 2018 1328.4万箱 × 1.047 = 1390.8 ≈ 1391万箱 (H1 2019)')
S.rel('growth', U, [F(N18, '5.5亿吨'), g19, F(N19, '5.5%')], 'across documents: 55796 / 1.055 = 52887万吨, not the 5.5亿吨 printed for H1 2018 (5.45–5.55亿 × 1.055 = 5.75–5.86亿): the 2019 rate is on another (revised or comparable-scope) base, unstated; see judgement calls')
rs19 = [F(N19, '55796萬噸', n=0), g19]
S.rel('restatement', C, rs19, 'headline 55796萬噸 = text 55796萬噸')
S.rel('share', U, [F(N18, '40万吨'), F(N18, '13艘次'), F(N18, '1274.7万吨')], '13 calls of 400,000-ton ships carry at most 520万吨; the 1274.7万吨 of ore also came on smaller ships: no product relation')
S.rel('share', U, [F(N19, '四成'), F(N19, '41%')], '一带一路 routes\' share 超四成 and the growth of South-East Asian routes 41%: same size, other indicators')
S.rel('growth', U, [F(NB, '1459.5万标箱'), F(NB, '7%', pre='同比增长'), c18], 'across documents: Jan–Oct of an unstated year (宁波-舟山港, the name before the 2015 merger) against H1 2018: other period')

# ---- 杭州 golden weeks 2015 and 2016 (traditional)
v15 = F(H15, '1305.74万人次'); r15 = F(H15, '98.39亿元')
S.rel('restatement', C, [F(H15, '近百亿'), r15], 'headline 近百亿 ↔ 98.39亿 (just under 100亿)')
S.rel('rate', C, [v15, F(H15, '1.58%'), F(H15, '600万人次'), F(H15, '7%', pre='实现')], 'the rest of the city: (1305.74 − ~600) against (1285.4 − 560.7) last year = −2.6% (−2.1% to −2.6% for a western figure of 560–600万): 市区景点 … 略有下降 fits')
S.rel('sum', U, [F(H15, '193.23万人次'), F(H15, '348.81万人次')], '上城区 streets are inside the city\'s 特色街区 total (subset, no share stated)')
rs16 = [F(H16, '1578萬人次'), F(H16, '1578.18萬人次', n=0)]
S.rel('restatement', C, rs16, 'headline 1578萬 ↔ 1578.18萬人次')
wl = [F(H16, '437.85萬人次'), F(H16, '354.37萬人次'), F(H16, '83.48萬人次')]
S.rel('sum', C, wl, '西湖 free sites 354.37 + paid sites 83.48 = 437.85万人次')
rg = [r15, F(H16, '114.85億元', n=1), F(H16, '16.73%')]
S.rel('growth', C, rg, 'across documents: 2015 revenue 98.39亿 × 1.1673 = 114.85亿 (2016)')
S.rel('growth', U, [v15, F(H16, '1578.18萬人次', n=1), F(H16, '11.82%')], 'across documents: 1578.18 / 1.1182 = 1411.4万, not the 1305.74万 printed for 2015: the 2016 count (各公园、景区和特色街区) is on a wider base (other scope)')
S.rel('growth', U, [F(H15, '378.02万人次'), F(H16, '437.85萬人次')], 'across documents: 西湖 2015 (公园景点 of the 风景名胜区) and 2016 (西湖景区 incl. free sites): other scope, no growth stated')

# ---- 潍坊 public finance 2013
w1 = F(WF, '383.9亿元', n=0); w2 = F(WF, '383.9亿元', n=1)
S.rel('restatement', C, [F(WF, '380亿元'), w1], 'headline 突破380亿元 ↔ 383.9亿')
wr = [w1, F(WF, '15.6%', n=0), w2, F(WF, '15.6%', n=1)]
S.rel('restatement', C, wr, 'lead and body: 383.9亿, +15.6% twice')
ws = [F(WF, '494亿元'), F(WF, '287.6亿元'), F(WF, '58.2%')]
S.rel('share', C, ws, '民生支出 287.6 / 494 = 58.22% → 58.2%')
S.rel('share', U, [F(WF, '494亿元'), F(WF, '16.1%'), F(WF, '58.2%'), F(WF, '2.1个百分点')], 'last year\'s 民生支出 is not printed: 58.2 − 2.1 = 56.1% cannot be checked (unstated base)')
S.rel('sum', U, [F(WF, '494亿元'), w2], 'spending 494亿 exceeds revenue 383.9亿; transfers and debt that fill the gap are not printed: no balance relation')

# ---- 浙东 tea farm 1965-1974
tg = [F(TF, '一百四十四斤半'), F(TF, '二百九十斤'), F(TF, '一倍多')]
S.rel('growth', C, tg, 'tea yield 290 / 144.5 = 2.007: 增加1.007倍, 一倍多')
S.rel('growth', I, [F(TF, '一千三百二十七担'), F(TF, '三千六百八十六担'), F(TF, '一点七倍')], 'real error (old text): 3686 / 1327 − 1 = 1.78, 增加1.8倍; 一点七倍 (1.65–1.75) is a cut-off, not a rounding')
S.rel('growth', I, [F(TF, '一千另六十三斤'), F(TF, '一千四百八十斤'), F(TF, '四成多')], 'real error (old text): 1480 / 1063 = 1.392, 增加39.2%, not 四成多 (over 40%)')
S.rel('sum', C, [F(TF, '四千六百三十二亩'), F(TF, '一千九百亩'), F(TF, '三百十二亩'), F(TF, '二千余亩')], '4632 − 1900 − 312 = 2420亩 ≥ 2000: 山林、杂地二千余亩 fits')
S.rel('rate', U, [F(TF, '一千九百亩'), F(TF, '二百九十斤'), F(TF, '三千六百八十六担')], '1900亩 × 290斤 = 5510担, not 3686担: the yield is per plucked 亩 and young plantations are not plucked; plucked area not stated')
S.rel('share', U, [F(TF, '四百二十四人'), F(TF, '二百七十三名'), F(TF, '70%')], '知识青年占70%: of the workers or of all people is not said, and no count is given (unstated base)')

# ---- 泰安 1987 yearbook
tag = [F(TA, '59.53亿元'), F(TA, '49.45亿元'), F(TA, '20.4%')]
S.rel('growth', C, tag, '工农业总产值 at 1980 prices 59.53 / 49.45 = 1.2038 → +20.4%')
tar = [F(TA, '9840.14平方公里'), F(TA, '1476.02万亩')]
S.rel('restatement', C, tar, '9840.14 km² × 1500亩 = 1476.02万亩')
S.rel('sum', U, [F(TA, '1476.02万亩'), F(TA, '487.91万亩'), F(TA, '447.48万亩'), F(TA, '56.17万亩'), F(TA, '44.92万亩')], 'mountains, hills, low land and water add to 1036.48万亩; the plains are not listed (parts leave something out)')
S.rel('growth', U, [F(TA, '82.5亿元'), F(TA, '13.9%'), F(TA, '20.4%')], '社会总产值 at current prices +13.9% against 工农业总产值 at 1980 prices +20.4%: other indicator and price basis')

# ---- 上海 2020 and 2021 work reports (news summaries; 2021 traditional)
t20 = F(S20, '6%左右'); gd20 = F(S21, '1.7%', n=0); in20 = F(S21, '4%', pre='增長了')
S.rel('target', MS, [t20, gd20], 'across documents: 2020 GDP goal 增长6%左右 (met at ≥ 5.5) against the 2020 result +1.7% reported in the 2021 report: missed')
S.rel('target', CT, [F(S20, '基本同步'), in20, gd20], 'across documents: 2020 goal "income growth 基本同步 with GDP"; result +4% against +1.7%: "basically in step" has no numeric band (the 2021 text calls it 快於): cannot tell')
S.rel('target', U, [F(S20, '6%以上'), t20], 'the 6%以上 is the 2019 result, the 6%左右 the 2020 goal: other period')
S.rel('target', U, [F(S21, '6%以上'), gd20], '2021 goal 6%以上 against the 2020 result: other period')
S.rel('target', U, [F(S21, '5%以內(nèi)'), F(S21, '4.4%以內(nèi)')], '2021 unemployment goal 5%以內 against the 2020 result 4.4%以內: other period')
S.rel('target', U, [F(S21, '2.5%左右'), F(S21, '1.7%', n=1)], '2021 CPI goal 2.5%左右 against 2020 CPI 1.7%: other period')
sf = [in20, gd20]
S.rel('restatement', C, sf, '2020 income +4% > GDP +1.7%: 繼續快於GDP增速')
S.rel('restatement', U, [gd20, F(S21, '1.7%', n=1)], 'GDP growth 1.7% and CPI 1.7%: same number, other indicators')
S.rel('growth', U, [F(S21, '6.7%'), gd20], 'Q1 −6.7% and the year +1.7%: the other quarters are not printed (no relation)')
S.rel('growth', U, [F(S20, '8.2%'), F(S20, '9.3%'), in20], 'across documents: urban and rural incomes +8.2% / +9.3% are 2019; the +4% is 2020 for all residents: other period and scope')

# ---- 德清县 浙商回归 (Jan-Nov, year not stated) and 浙江 浙商回归 2014 (traditional)
dn = [F(DQ, '26个'), F(DQ, '23个'), F(DQ, '1个'), F(DQ, '2个', pre='资本回归项目')]
S.rel('sum', C, dn, '26 projects = 23 new + 1 carried over + 2 capital returns')
dl = [F(DQ, '7亿元'), F(DQ, '82086万元'), F(DQ, '117.27%')]
S.rel('share', C, dl, '临杭工业区 82086万 / 7亿 = 117.27%')
S.rel('target', M, [F(DQ, '44.01亿元'), F(DQ, '137.5%')], 'out-of-province funds 137.5% of the year\'s goal by November (cumulative, cannot fall): met')
S.rel('target', M, [F(DQ, '13.37亿元'), F(DQ, '121.5%')], 'in-province funds 121.5% of the goal by November: met')
S.rel('target', M, [F(DQ, '116%')], '乾元镇 116% of its year\'s goal: met')
S.rel('share', U, [F(DQ, '20亿元'), F(DQ, '7亿元'), F(DQ, '82086万元')], '天马产业园\'s 约20亿 arrived over 近两年; the 7亿 goal and 82086万 are this year\'s: other period')
zt = F(ZS, '2235.7億元')
S.rel('target', M, [zt, F(ZS, '111.79%')], '2014 浙商回归 funds 2235.7億 = 111.79% of the year\'s goal: met')
zb = [zt, F(ZS, '1672.3億元'), F(ZS, '74.8%')]
S.rel('share', C, zb, 'major projects 1672.3 / 2235.7 = 74.80% → 74.8%')
S.rel('target', M, [F(ZS, '110%左右')], 'every city\'s completion about 110% (≥ 100): met')
S.rel('target', U, [F(ZS, '3千億'), zt], 'headline: the 2015 goal 3千億 against the 2014 result: other period')
S.rel('sum', U, [F(ZS, '7個'), F(ZS, '37個'), F(ZS, '194個')], '50億以上 ⊂ 20億以上 ⊂ 5億以上: nested classes, not a split')
S.rel('growth', U, [zt, F(ZS, '27.6%'), F(ZS, '74.8%'), F(ZS, '3個百分點')], 'last year\'s share of major projects (71.8%) and last year\'s levels are not printed: unstated base')
S.rel('target', U, [F(DQ, '137.5%'), F(ZS, '111.79%')], 'across documents: a county\'s completion (year not stated) against the province\'s 2014 completion: other place and period')

# ---- further traps
S.rel('share', U, [F(ZZ, '4.3亿元'), F(ZZ, '12亿元')], '双蝶集团\'s 销售 4.3亿 (all sales of one firm) against the town\'s 工业开票销售收入 12亿: other definition of sales, no share stated')
S.rel('rate', U, [qo, F(QZ, '16.2%'), F(QZ, '87.65亿元'), F(QZ, '17%')], 'the 40 亿元企业 (+17%) against the whole zone (+16.2%): the rest of industry is not printed, so no rate can be rebuilt (subset)')
S.rel('sum', U, [rt, F(RZ, '27.12亿元'), F(RZ, '24.46亿元'), F(RZ, '14.90亿元'), F(RZ, '13.72亿元'), F(RZ, '8.34亿元'), F(RZ, '4.29亿元', pre='高新区('), F(RZ, '2.41亿元')], 'the H1 district figures (95.24亿) are Jan–Jun, the 126亿 Jan–Jul and city-level: other period and scope')
S.rel('growth', U, [F(NB, '307.2万人'), F(NB, '19.5%'), F(NB, '33.1万人'), F(NB, '28.6%')], 'Jan–Oct −19.5% and October −28.6%: the earlier months are not printed separately (nested periods)')
S.rel('sum', U, [F(H15, '46.3万人次'), F(H15, '600万人次')], '桐庐 rural tourism is inside the western districts\' 接近600万 (subset, no share stated)')
S.rel('sum', U, [F(DQ, '44.01亿元'), F(DQ, '13.37亿元'), F(DQ, '82086万元')], '临杭工业区\'s 82086万 is part of the county\'s funds, but its split between out-of-province and in-province is not stated (subset, not a split)')
S.rel('share', U, [F(YC, '140亿斤'), F(YC, '1.1%')], 'grain capacity 140亿斤 and 1.1% of the nation\'s grain: the national total is not printed (unstated base; capacity is not a year\'s output)')
S.rel('rate', U, [F(TF, '一千三百二十七担'), F(TF, '一百四十四斤半'), F(TF, '一千九百亩')], '1965: 132700斤 / 144.5 = 918亩 plucked, against the 1900亩 of tea garden the text gives for now: other period, no relation')
S.rel('target', U, [F(S21, '6%以上'), t20], 'across documents: the 2021 goal 6%以上 against the 2020 goal 6%左右: other period')

# ---- altered copies (one figure each)
a = ALT(ZZ, 1, zg[2], '10.43亿元', 'secondary value added 10.13 → 10.43亿')
S.rel('sum', I, R(a, zg, zg[2], '10.43亿元'), 'altered: 2.52 + 10.43 + 8.26 = 21.21, not 20.91亿 (breaks {B})')
a = ALT(ZZ, 2, zg[0], '20.61亿元', 'town GDP 20.91 → 20.61亿')
S.rel('sum', I, R(a, zg, zg[0], '20.61亿元'), 'altered: the sectors add to 20.91, not 20.61亿 (breaks {B})')
a = ALT(XM, 1, x68[1], '926.28億元', 'high-tech value added 976.28 → 926.28億')
S.rel('share', I, R(a, x68, x68[1], '926.28億元'), 'altered: 926.28 / 1437.16 = 64.5%, not 67.9% (breaks {B})')
a = ALT(XM, 2, x80[1], '26個', 'growing industries 28 → 26')
S.rel('share', I, R(a, x80, x80[1], '26個'), 'altered: 26 / 35 = 74.3%, not 80% (breaks {B})')
a = ALT(XF, 1, fz2[1], '58.2億美元', 'free-trade-area contracted FDI 55.2 → 58.2億美元')
S.rel('share', I, R(a, fz2, fz2[1], '58.2億美元'), 'altered: 58.2 / 64.1 = 90.8%, not 86.1% (breaks {B})')
a = ALT(XF, 2, fz[1], '646家', 'free-trade-area new firms 676 → 646')
S.rel('share', I, R(a, fz, fz[1], '646家'), 'altered: 646 / 975 = 66.3%, not 69.3% (breaks {B})')
a = ALT(XF, 3, fr[5], '26.2', 'rise of the services share 20.2 → 26.2 points')
S.rel('rate', I, R(a, fr, fr[5], '26.2'), 'altered: 91.6 − 26.2 = 65.4%, outside the 71.0–74.2% rebuilt for last year (breaks {B})')
a = ALT(YC, 1, yg[2], '103.8%', 'seed output growth 108.8% → 103.8%')
S.rel('growth', I, R(a, yg, yg[2], '103.8%'), 'altered: 2952 / 1414 = +108.8%, not 103.8% (breaks {B})')
a = ALT(YC, 2, yvg[2], '136%', 'value growth 126% → 136%')
S.rel('growth', I, R(a, yvg, yvg[2], '136%'), 'altered: 5.31 / 2.35 = +126%, not 136% (breaks {B})')
a = ALT(YC, 3, yl[1], '6.8万亩', 'area increase 6.3 → 6.8万亩')
S.rel('rate', I, R(a, yl, yl[1], '6.8万亩'), 'altered: (16.4 − 6.8) × 140 = 1344万公斤, not 1414 (breaks {B})')
a = ALT(RZ, 1, rr[5], '28.3%', 'non-tax growth 23.3% → 28.3%')
S.rel('rate', I, R(a, rr, rr[5], '28.3%'), 'altered: 82 / 0.973 + 44 / 1.283 = 118.57; 126 / 118.57 = +6.3%, not 5.0% (breaks {B})')
a = ALT(RZ, 2, rj[1], '13.42亿元', 'H1 经开区 13.72 → 13.42亿')
S.rel('sum', I, R(a, rj, rj[1], '13.42亿元'), 'altered: 14.90 − 13.42 = 1.48, not 1.18亿 (breaks {B})')
a = ALT(RZ, 3, rh[2], '2.96亿元', 'H1 gap 2.66 → 2.96亿')
S.rel('sum', I, R(a, rh, rh[2], '2.96亿元'), 'altered: 27.12 − 24.46 = 2.66, not 2.96亿 (breaks {B})')
a = ALT(NB, 1, go[1], '4031.5万吨', '宁波 cargo in October 4061.5 → 4031.5万吨')
S.rel('sum', I, R(a, go, go[1], '4031.5万吨'), 'altered: 4031.5 + 2423.1 = 6454.6, not 6484.6万吨 (breaks {B})')
a = ALT(NB, 2, pr[5], '38.4%', '舟山 passenger fall 33.4% → 38.4%')
S.rel('rate', I, R(a, pr, pr[5], '38.4%'), 'altered: 15.6 / 0.776 + 17.5 / 0.616 = 48.51万; 33.1 / 48.51 = −31.8%, not −28.6% (breaks {B})')
a = ALT(NB, 3, cc[2], '44.7万标箱', '舟山 containers Jan–Oct 47.7 → 44.7万标箱')
S.rel('sum', I, R(a, cc, cc[2], '44.7万标箱'), 'altered: 1411.8 + 44.7 = 1456.5, not 1459.5万标箱 (breaks {B})')
a = ALT(NB, 4, gcr[4], '8.3%', '宁波 cargo growth Jan–Oct 9.3% → 8.3%')
S.rel('rate', I, R(a, gcr, gcr[4], '8.3%'), 'altered: 41153.4 / 1.083 + 27630.4 / 1.115 = 62779.6; 68783.8 / 62779.6 = +9.6%, not 10.2% (breaks {B})')
a = ALT(N18, 1, cg[0], '1368.4万标准箱', 'H1 2018 containers 1328.4 → 1368.4万箱')
S.rel('growth', I, R(a, cg, cg[0], '1368.4万标准箱'), 'altered (across documents): 1368.4 × 1.047 = 1432.7, not 1391万箱 (breaks {B})')
a = ALT(N19, 1, cg[1], '1351萬標準箱', 'H1 2019 containers 1391 → 1351萬箱')
S.rel('growth', I, R(a, cg, cg[1], '1351萬標準箱'), 'altered (across documents): 1328.4 × 1.047 = 1390.8, not 1351萬箱 (breaks {B})')
a = ALT(N19, 2, rs19[0], '55196萬噸', 'headline cargo 55796 → 55196萬噸')
S.rel('restatement', I, R(a, rs19, rs19[0], '55196萬噸'), 'altered: headline 55196萬噸, text 55796萬噸 (breaks {B})')
a = ALT(H15, 1, r15, '96.39亿元', '2015 revenue 98.39 → 96.39亿')
S.rel('growth', I, R(a, rg, r15, '96.39亿元'), 'altered (across documents): 96.39 × 1.1673 = 112.5, not 114.85亿 (breaks {B})')
a = ALT(H16, 1, wl[2], '88.48萬人次', 'paid 西湖 sites 83.48 → 88.48萬')
S.rel('sum', I, R(a, wl, wl[2], '88.48萬人次'), 'altered: 354.37 + 88.48 = 442.85, not 437.85萬 (breaks {B})')
a = ALT(H16, 2, rs16[0], '1538萬人次', 'headline visitors 1578 → 1538萬')
S.rel('restatement', I, R(a, rs16, rs16[0], '1538萬人次'), 'altered: headline 1538萬, text 1578.18萬人次 (breaks {B})')
a = ALT(WF, 1, ws[1], '257.6亿元', '民生支出 287.6 → 257.6亿')
S.rel('share', I, R(a, ws, ws[1], '257.6亿元'), 'altered: 257.6 / 494 = 52.1%, not 58.2% (breaks {B})')
a = ALT(WF, 2, wr[2], '388.9亿元', 'revenue in the body 383.9 → 388.9亿')
S.rel('restatement', I, R(a, wr, wr[2], '388.9亿元'), 'altered: 383.9亿 in the lead, 388.9亿 in the body (breaks {B})')
a = ALT(TF, 1, tg[1], '二百六十斤', '1974 tea yield 290 → 260斤')
S.rel('growth', I, R(a, tg, tg[1], '二百六十斤'), 'altered: 260 / 144.5 = 1.80, 增加0.8倍, not 一倍多 (breaks {B})')
a = ALT(TA, 1, tag[1], '49.15亿元', '1986 output 49.45 → 49.15亿')
S.rel('growth', I, R(a, tag, tag[1], '49.15亿元'), 'altered: 59.53 / 49.15 = +21.1%, not 20.4% (breaks {B})')
a = ALT(TA, 2, tar[1], '1478.02万亩', 'area in 亩 1476.02 → 1478.02万亩')
S.rel('restatement', I, R(a, tar, tar[1], '1478.02万亩'), 'altered: 9840.14 km² = 1476.02万亩, not 1478.02 (breaks {B})')
a = ALT(S21, 1, sf[0], '1%', '2020 income growth 4% → 1%')
S.rel('restatement', I, R(a, sf, sf[0], '1%'), 'altered: income +1% is not 快於 GDP +1.7% (breaks {B})')
a = ALT(DQ, 1, dn[1], '28个', 'new projects 23 → 28')
S.rel('sum', I, R(a, dn, dn[1], '28个'), 'altered: 28 + 1 + 2 = 31, not 26 (breaks {B})')
a = ALT(DQ, 2, dl[1], '88086万元', '临杭 funds 82086 → 88086万')
S.rel('share', I, R(a, dl, dl[1], '88086万元'), 'altered: 88086万 / 7亿 = 125.8%, not 117.27% (breaks {B})')
a = ALT(ZS, 1, zb[1], '1612.3億元', 'major-project funds 1672.3 → 1612.3億')
S.rel('share', I, R(a, zb, zb[1], '1612.3億元'), 'altered: 1612.3 / 2235.7 = 72.1%, not 74.8% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

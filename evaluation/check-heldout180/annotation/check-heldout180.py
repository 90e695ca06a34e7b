"""Check key, set check-heldout180. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout180.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout180'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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



ED='ed1958_grain.txt'; F55='fyp1955.txt'; F09='fyp2009.txt'; G07='grain2007_hant.txt'; G30='grain30y_hant.txt'; G08='grain2008_hant.txt'
FA2='final2002.txt'; NP3='npc2003.txt'; FA22='final2022.txt'; G19='grain2019_hant.txt'; GRW='grain2019_rw.txt'; HR='hrss2018.txt'
W14='water2014.txt'; W23='water2023_hant.txt'; GW5='gwr2025.txt'; GW6='gwr2026.txt'

# ---- 1958 harvest editorial (abstract)
e700 = F(ED, '七千多億斤'); e1b = F(ED, '一倍左右'); e625 = F(ED, '六百二十五億斤'); e5 = F(ED, '五倍多')
g58 = [e700, e1b, e625, e5]
S.rel('growth', C, g58, '七千多億斤 "比去年增產一倍左右": last year about half of it, so the increase is about 3500-4000億斤; 3500 / 625 = 5.6 → "等于…(六百二十五億斤)的五倍多"')
S.rel('growth', U, [e625, e700], '625億斤 is the sum of the yearly increments of 1953-1957, not last year\'s output: 7000 / 625 = 11.2 is no stated ratio (unstated base)')
S.rel('growth', U, [F(ED, '七千万担'), F(ED, '一倍以上'), e1b], 'cotton 七千万担 "比去年增加一倍以上": last year\'s cotton is not stated, and the grain 一倍左右 is another indicator (unstated base)')

# ---- first five-year plan: 1955 article and 2009 piece
r766 = [F(F55, '766億4千万元'), F(F09, '766.4亿元')]
S.rel('restatement', C, r766, '一五 total 766億4千万元 (1955 text, 支出總數 of economic and cultural construction) = 766.4亿元 (2009 text, which calls it 投资总额): the same plan figure')
r7 = [F(F55, '7万万兩以上'), F(F09, '7亿多两')]
S.rel('restatement', C, r7, 'gold equivalent 7万万兩以上 = 7亿多两 (万万 = 亿)')
S.rel('share', U, [r766[1], r7[1]], '766.4亿元 / 7亿两 ≈ 109元 per 两: the gold price behind the equivalence is not stated (unstated base)')

# ---- 2007 grain, 中新社 2008-01 (traditional, Chinese numerals)
c1 = F(G07, '50150萬噸'); c2 = F(G07, '五點零一五億噸'); c3 = F(G07, '五點零一五億噸', n=1)
rs07 = [c1, c2, c3]
S.rel('restatement', C, rs07, 'caption 50150萬噸 and text 五點零一五億噸 twice')
g07 = [c3, F(G07, '三百五十萬噸'), F(G07, '百分之零點七')]
S.rel('growth', C, g07, '350萬 / (50150 − 350) = 0.70% → 增長百分之零點七')
xia = F(G07, '一億一千五百三十四噸'); zao = F(G07, '三千一百九十六萬噸')
S.rel('sum', I, [c3, xia, zao, F(G07, '三點五四二億噸')], 'real error: 夏糧 "一億一千五百三十四噸" reads 1億1534噸 (≈ 1.0000億噸); with 3196萬 and 3.542億 the parts make 4.862億噸, not 5.015; with 萬 restored (1億1534萬噸) they add to 50150萬噸 exactly: the 萬 is missing')
S.rel('growth', U, [xia, F(G07, '一點三個百分點')], '夏糧 growth given in 百分點 with last year\'s output not stated (unstated base)')

# ---- NBS 30-year report, 中新網 2008-11 (traditional)
t65 = F(G30, '65%'); x65 = F(G30, '65%', n=1); o50 = F(G30, '50160萬噸'); d2 = F(G30, '近20000萬噸')
rs65 = [t65, x65]
S.rel('restatement', C, rs65, 'headline 增長65% and text 增長65%')
rsj = [o50, F(G30, '10032億斤')]
S.rel('restatement', C, rsj, '50160萬噸 = 5.016億噸 = 10032億斤 (1噸 = 2000斤)')
rsd = [d2, F(G30, '近4000億斤')]
S.rel('restatement', C, rsd, '近20000萬噸 = 近4000億斤')
g65 = [o50, d2, x65]
S.rel('growth', C, g65, '1978 = 50160 − (just under 20000) ≈ 30200-30700萬噸; 50160 / 30400 = 1.65 → 增長65% (an increase of 19760萬噸, "近20000")')
S.rel('growth', U, [F(G30, '381公斤'), F(G30, '19.4%'), x65], 'per-head grain +19.4% against total +65%: the population ratio (about 1.38) is not stated (unstated base)')
S.rel('growth', U, [F(G30, '762萬噸'), F(G30, '2.5倍')], 'cotton 762萬噸 增加了2.5倍: the 1978 output is not stated (unstated base)')
S.rel('restatement', U, [o50, c1], 'the 2007 output in two releases: 50150萬噸 (January 2008, preliminary) and 50160萬噸 (November 2008, NBS revised): another vintage, not a restatement')
S.rel('restatement', U, [F(G30, '3158萬噸'), F(G30, '6.2萬噸'), zao], '2008 early rice 3158萬噸 比上年略增6.2萬噸 puts 2007 at 3151.8萬噸 against the January figure 3196萬噸: revised data (another vintage)')
S.rel('growth', U, [F(G30, '12041萬噸'), F(G30, '2.6%'), xia], '2008 summer grain 12041萬噸 +2.6% puts 2007 at 11736萬噸 against the January 1億1534(萬)噸: revised data (another vintage)')

# ---- 中國日報 2008-11 (traditional)
g5015 = F(G08, '5.015億噸')
rs5015 = [g5015, c2]
S.rel('restatement', C, rs5015, '2007 output 5.015億噸 (中國日報, November 2008) = 五點零一五億噸 (中新社, January 2008)')
S.rel('restatement', U, [g5015, o50], 'the 中國日報 item keeps the January 5.015億噸 (50145-50155萬噸) while the NBS report of the same month gives the revised 50160萬噸: another vintage')
S.rel('growth', C, [F(G08, '3億噸'), o50, d2], 'across documents: 1978 output = 50160 − (just under 20000) ≈ 3.02-3.07億噸 → "1978年超過3億噸"')

# ---- 2002 national final accounts (June 2003)
a_r = F(FA2, '18903.64亿元'); a_e = F(FA2, '22053.15亿元'); a_d = F(FA2, '3149.51亿元')
s02 = [a_e, a_r, a_d]
S.rel('sum', C, s02, '全国 spending 22053.15 − revenue 18903.64 = 3149.51')
c_r = F(FA2, '11026.6亿元'); c_e = F(FA2, '14123.47亿元'); c_d = F(FA2, '3096.87亿元')
S.rel('sum', C, [c_e, c_r, c_d], '中央 spending 14123.47 − revenue 11026.6 = 3096.87')
ri = F(FA2, '380.72亿元'); ei = F(FA2, '379.44亿元')
S.rel('sum', C, [ri, ei, F(FA2, '1.28亿元')], 'revenue 380.72 and spending 379.44 above budget: the deficit is 1.28亿 below the approved figure')
S.rel('restatement', C, [ri, F(FA2, '381亿元')], '超收收入381亿元 = 380.72亿 rounded')
bond = F(FA2, '1500亿元')
sb = [bond, F(FA2, '1250亿元'), F(FA2, '250亿元', post='代地方')]
S.rel('sum', C, sb, 'bonds 1500 = 1250 (central budget) + 250 (for local governments)')
S.rel('sum', C, [F(FA2, '31%'), F(FA2, '29%'), F(FA2, '40%')], 'east 31 + centre 29 + west 40 = 100')
S.rel('target', M, [a_r, F(FA2, '104.9%')], '全国 revenue 18903.64亿, 完成预算的104.9%: met')
S.rel('target', M, [F(FA2, '1388亿元'), F(FA2, '161.4%')], '中央 social-security spending 1388亿, 完成预算的161.4%: met')
S.rel('share', U, [c_e, ei, F(FA2, '104.5%')], '全国 spending 完成预算的104.5%; 中央 spending 14123.47 was 379.44 above its budget (102.8%): 中央 vs 全国 (other scope)')
S.rel('share', U, [F(FA2, '91%'), bond], '91% of the total investment of bond projects under construction (cumulative), not a share of this year\'s 1500亿 (other scope)')
S.rel('growth', U, [F(FA2, '15.4%'), F(FA2, '104.9%')], 'revenue +15.4% on last year and 104.9% of budget: two different bases, neither level stated (unstated base)')
S.rel('share', U, [c_r, a_r], '中央财政总收入 11026.6亿 is not a part of the 全国 revenue 18903.64亿 in the same sense (the central total counts transfers up from local budgets and funds brought in): overlapping scopes, no share is stated')

# ---- 中国青年报 2003-03-07: figures of the 2003 plan and budget reports
n_r = F(NP3, '18914亿元'); n_e = F(NP3, '22012亿元'); n_d = F(NP3, '3098亿元')
s03 = [n_e, n_r, n_d]
S.rel('sum', C, s03, 'spending 22012 − revenue 18914 = 3098 (支出大于收入)')
S.rel('restatement', U, [n_r, a_r], '2002 revenue: 18914亿 in March 2003 (执行数 in the budget report) and 18903.64亿 in June 2003 (决算数): another stage of the figure, not a restatement')
S.rel('restatement', U, [n_d, a_d], '2002 deficit: 3098亿 (March, 执行数) and 3149.51亿 (June, 决算数): another stage')
S.rel('growth', U, [F(NP3, '16.4%'), F(FA2, '16.7%')], '2002 spending growth 16.4% (March, 执行数) and 16.7% (June, 决算数): another stage')
S.rel('restatement', C, [F(NP3, '1500亿元'), bond], '2002 长期建设国债 1500亿 in both documents')
S.rel('share', U, [F(NP3, '1500亿元'), F(NP3, '2个百分点'), F(NP3, '8%', pre='增长')], 'the bonds "带动经济增长2个百分点": a contribution to GDP growth (8%), not a share (contribution vs share)')
S.rel('restatement', U, [F(NP3, '15.4%', n=1), F(NP3, '15.4%')], '贷款余额增长15.4% and 财政收入增长15.4%: the same number for another indicator')
S.rel('target', U, [F(NP3, '7%左右'), F(NP3, '8%', pre='增长')], '2003 target 经济增长率7%左右 against the 2002 result 8%: target of another period')
S.rel('target', U, [F(NP3, '4.5%', pre='登记失业率'), F(NP3, '4%', pre='登记失业率')], '2003 target 城镇登记失业率4.5% against the 2002 year-end 4%: another period')
S.rel('target', U, [F(NP3, '7%', pre='进出口总额增长'), F(NP3, '21.8%')], '2003 target 外贸 +7% against the 2002 result +21.8%: another period')

# ---- 2022 central final accounts (machine-reworded news)
z_r = F(FA22, '94887.14亿元'); z_t = F(FA22, '89977.07亿元'); z_n = F(FA22, '4910.07亿元')
s22r = [z_r, z_t, z_n]
S.rel('sum', C, s22r, 'revenue 94887.14 = tax 89977.07 + non-tax 4910.07')
z_e = F(FA22, '132512.65亿元'); z_b = F(FA22, '35570.83亿元'); z_tr = F(FA22, '96941.82亿元')
S.rel('sum', C, [z_e, z_b, z_tr], 'spending 132512.65 = central own 35570.83 + transfers 96941.82')
s3g = [F(FA22, '28.24亿元'), F(FA22, '2.94亿元'), F(FA22, '24.72亿元'), F(FA22, '0.58亿元')]
S.rel('sum', C, s3g, '三公 28.24 = 2.94 + 24.72 + 0.58')
s3d = [F(FA22, '24.76亿元'), F(FA22, '3.7亿元'), F(FA22, '18.89亿元'), F(FA22, '2.17亿元')]
S.rel('sum', C, s3d, 'below budget: 24.76 = 3.7 + 18.89 + 2.17')
sinv = [F(FA22, '6399.28亿元'), F(FA22, '1466.78亿元'), F(FA22, '4932.5亿元')]
S.rel('sum', C, sinv, '中央预算内投资 6399.28 = 1466.78 + 4932.5')
p_r = F(FA22, '100%'); p_t = F(FA22, '96.7%'); p_n = F(FA22, '271.3%')
S.rel('share', C, [z_r, p_r, z_t, p_t, z_n, p_n], "the parts' budgets 89977.07 / 0.967 + 4910.07 / 2.713 = 94858 (94809-94906 within the half-units); 94887.14 / 94858 = 100.0% → 为预算的100%")
S.rel('growth', C, [z_r, F(FA22, '3.8%'), z_t, F(FA22, '1.2%'), z_n, F(FA22, '96.5%')], '2021 levels from the parts: 89977.07 / 1.012 + 4910.07 / 1.965 = 91409; 94887.14 / 91409 = +3.80% → 增长3.8%')
S.rel('growth', C, [z_e, F(FA22, '13.1%'), z_b, F(FA22, '3.9%'), z_tr, F(FA22, '16.9%')], '2021 levels from the parts: 35570.83 / 1.039 + 96941.82 / 1.169 = 117162; 132512.65 / 117162 = +13.1%')
p_e = F(FA22, '98.9%'); p_b = F(FA22, '100%', n=1); p_tr = F(FA22, '98.9%', n=1)
S.rel('share', U, [z_e, p_e, z_b, p_b, z_tr, p_tr], "the parts' budgets 35570.83 / 1.00 + 96941.82 / 0.989 = 133591 would make the total 99.2% of budget, not 98.9%: the total's budget (about 133987) holds items in neither part, such as the 中央预备费 (parts leave something out)")
S.rel('target', M, [z_r, p_r], 'revenue 为预算的100%: met')
S.rel('target', MS, [z_t, p_t], 'tax revenue 为预算的96.7%: missed')
S.rel('target', M, [z_n, p_n], 'non-tax revenue 为预算的271.3%: met')
S.rel('target', MS, [z_tr, p_tr], 'transfers to local governments 完成预算的98.9%: missed (below budget)')

# ---- NBS 2019 grain announcement (traditional, glosses)
a1 = F(G19, '116064千公頃'); dec = F(G19, '975千公頃')
rsa = [a1, F(G19, '174095萬(wàn)畝')]
S.rel('restatement', C, rsa, '116064千公頃 × 15 = 174096萬畝 (174095.3-174096.8 within the half-unit) → 174095萬畝')
rsdec = [dec, F(G19, '1462萬(wàn)畝')]
S.rel('restatement', C, rsdec, '975千公頃 × 15 = 1462.5萬畝 → 1462萬畝')
S.rel('growth', C, [a1, dec, F(G19, '0.8%')], '975 / (116064 + 975) = 0.83% → 下降0.8%')
c_a = F(G19, '97847千公頃'); c_d = F(G19, '1824千公頃'); c_p = F(G19, '1.8%')
S.rel('restatement', C, [c_a, F(G19, '146771萬(wàn)畝')], '97847 × 15 = 146770.5萬畝 → 146771萬畝')
S.rel('growth', C, [c_a, c_d, c_p], '谷物 1824 / (97847 + 1824) = 1.83% → 下降1.8%')
y = F(G19, '5720公斤/公頃'); yi = F(G19, '98.4公斤/公頃')
S.rel('restatement', C, [y, F(G19, '381公斤/畝')], '5720 / 15 = 381.3 → 381公斤/畝')
S.rel('restatement', C, [yi, F(G19, '6.6公斤/畝')], '6.6公斤/畝 × 15 = 99 (98.25-99.75) ↔ 98.4公斤/公頃')
S.rel('growth', C, [y, yi, F(G19, '1.8%', n=1)], '98.4 / (5720 − 98.4) = 1.75% → 增長1.8%')
o = F(G19, '66384萬(wàn)噸'); oi = F(G19, '594萬(wàn)噸')
S.rel('restatement', C, [o, F(G19, '13277億斤')], '66384萬噸 = 13276.8億斤 → 13277億斤')
rsoi = [oi, F(G19, '119億斤')]
S.rel('restatement', C, rsoi, '594萬噸 = 118.8億斤 → 119億斤')
S.rel('growth', C, [o, oi, F(G19, '0.9%')], '594 / (66384 − 594) = 0.90% → 增長0.9%')
S.rel('rate', C, [a1, y, o], 'area × yield: 116064千公頃 × 5720公斤/公頃 = 66389萬噸 (66383-66395 within the half-units) → 66384萬噸')
S.rel('rate', C, [c_p, F(G19, '2.5%'), F(G19, '0.6%')], '谷物: area −1.8% and yield +2.5% give output × 0.982 × 1.025 = 1.0066 (0.56-0.76% within the half-units) → 增長0.6%')
S.rel('sum', U, [dec, c_d], '谷物 area fell by 1824千公頃 while all grain fell by 975: 谷物 is a part of grain and the other grains rose (subset, not a split)')
S.rel('share', U, [F(G19, '61368萬(wàn)噸'), o], '谷物 61368 of 66384萬噸: no share is stated; 谷物 is a subset of grain (nested scopes)')
S.rel('sum', U, [oi, F(G19, '365萬(wàn)噸')], '谷物 output rose 365萬噸 inside the 594萬噸 rise of all grain; the other grains (beans, tubers) are not given: a subset, not a split')

# ---- machine rewrite of the same 2019 announcement
S.rel('restatement', I, [F(GRW, '11606.4万公顷'), F(GRW, '17409.5万亩')], 'real error (scale): 11606.4万公顷 × 15 = 174096万亩; the rewrite has 17409.5万亩, a tenth (NBS: 174095万亩)')
rw_d = [F(GRW, '97.5万公顷'), F(GRW, '1462万亩')]
S.rel('restatement', C, rw_d, '97.5万公顷 × 15 = 1462.5万亩 → 1462万亩')
S.rel('restatement', I, [F(GRW, '9784.7万公顷'), F(GRW, '1467.71万亩')], 'real error (scale): 9784.7万公顷 × 15 = 146770.5万亩 (NBS 146771万亩); 1467.71万亩 is a hundredth')
S.rel('restatement', I, [F(GRW, '182.4万公顷'), F(GRW, '273.6万亩')], 'real error (scale): 182.4万公顷 × 15 = 2736万亩 (NBS 2736万亩); 273.6万亩 is a tenth')
ro = F(GRW, '66384万吨')
S.rel('restatement', I, [ro, F(GRW, '13277亿公斤')], 'real error (unit): 66384万吨 = 6638.4亿公斤 = 13277亿斤; "13277亿公斤" would be twice the output')
S.rel('growth', C, [ro, F(GRW, '594万吨'), F(GRW, '0.9%')], '594 / (66384 − 594) = 0.90% → 增长0.9%')
S.rel('restatement', C, [ro, o], 'across documents: 2019 output 66384万吨 in the rewrite and in the announcement')
S.rel('restatement', U, [F(GRW, '6272公斤/公顷'), F(GRW, '5720公斤/公顷')], 'the second 单产 (6272) is 谷物\'s, labelled 粮食 in the rewrite: a subset, not a restatement of 5720')
S.rel('restatement', U, [F(GRW, '6.1368亿吨'), ro], '"粮食产量6.1368亿吨" is 谷物 (61368万吨), labelled 粮食 in the rewrite: a subset, not a restatement of 66384万吨')

# ---- 人社 2018 bulletin (人民日报 on HK01)
rs77 = [F(HR, '7.7亿人'), F(HR, '7.7亿人', n=1)]
S.rel('restatement', C, rs77, 'headline 7.7亿人 and text 约7.7亿人')
sh18 = [F(HR, '26.1%'), F(HR, '27.6%'), F(HR, '46.3%')]
S.rel('sum', C, sh18, 'employment by sector 26.1 + 27.6 + 46.3 = 100')
g175 = [F(HR, '5.7万亿元'), F(HR, '8千亿元'), F(HR, '17.5%')]
S.rel('growth', C, g175, 'three-fund income 5.7万亿, 比前一年增加8千亿: 0.8 / 4.9 = 16.3%, and within the half-units (5.65-5.75, 0.75-0.85) 15.0-17.7% → 17.5% fits')
g172 = [F(HR, '4.9万亿元'), F(HR, '7千亿元'), F(HR, '17.2%')]
S.rel('growth', C, g172, 'three-fund spending 4.9万亿, +7千亿: 0.7 / 4.2 = 16.7% (15.1-18.3% within the half-units) → 17.2% fits')
S.rel('share', U, [F(HR, '974万人'), F(HR, '3.80%'), F(HR, '4.3亿人')], 'registered unemployed 974万 at 3.80% implies a base of 2.56亿; the 4.3亿 urban employed is not that base (974 / 43974 = 2.2%): rate over a base not stated')
S.rel('sum', U, [F(HR, '5.5万亿元'), g175[0]], 'pension income 5.5万亿 is inside the three-fund income 5.7万亿 (nested scopes)')
S.rel('sum', U, [F(HR, '5.5万亿元'), F(HR, '4.7万亿元'), g175[1]], 'pension income − spending = 0.8万亿 and the three funds\' yearly rise of 8千亿: the same number for another indicator')
S.rel('share', U, [F(HR, '1.7亿人'), F(HR, '2.8亿人'), rs77[1]], '外出农民工 1.7亿 of 2.8亿 migrant workers (a share, about 61%, is not stated); migrant workers are not a part of the 7.7亿 employed split by sector (overlapping scopes)')

# ---- 水利部 news, early 2014
w_i = F(W14, '3644亿元'); w_4k = F(W14, '4000亿元'); w_s = F(W14, '91.1%')
sh911 = [w_i, w_4k, w_s]
S.rel('share', C, sh911, '2011-2013 yearly average 3644亿 / 4000亿 to be arranged a year = 91.1%')
S.rel('share', C, [F(W14, '4万亿元'), w_4k], '4万亿 over the ten years 2011-2020 = 4000亿 a year')
S.rel('target', CT, [w_4k, w_i], 'goal of 4000亿 a year on average over 2011-2020, seen after three years at 3644亿 a year (91.1%): the ten-year period is not over')
S.rel('growth', U, [w_4k, F(W14, '一倍')], '"比2010年高出一倍" makes 4000亿 twice the 2010 level, which is not stated (unstated base)')
S.rel('growth', U, [F(W14, '7000亿元'), F(W14, '1.93倍')], '十一五 7000亿 是十五的1.93倍: the 十五 total (about 3627亿) is not stated (unstated base)')
S.rel('sum', U, [F(W14, '25个'), F(W14, '9个')], 'the 9 provinces above 85% are inside the 25 above 60% (nested scopes)')

# ---- 水利 investment 2006-2022 (traditional)
S.rel('growth', I, [F(W23, '18.7%'), F(W23, '14倍')], 'real error or another series: 約14倍 (13.5-14.5) from 2006 to 2022 (16 steps) is 17.7-18.2% a year, not 18.7%; 18.7% a year for 16 years gives 15.5倍 (a 15-step count gives 19.2%)')
S.rel('growth', U, [F(W23, '870億元'), F(W23, '10893億元'), F(W23, '14倍')], '870億 is the 2006-2007 yearly average, not the 2006 level: 10893 / 870 = 12.5 is no stated ratio (unstated base)')
S.rel('sum', U, [F(W23, '4577億元'), F(W23, '10893億元')], 'the investment scale of the 47 major projects started (4577億) is not a part of the year\'s completed investment (other indicator)')
S.rel('growth', U, [F(W23, '44%'), F(W23, '10893億元')], '2022 +44%: the 2021 level is not stated (unstated base)')

# ---- government work reports 2025 (《祖国》 summary) and 2026 (人民日报 极简版)
t_gdp = F(GW5, '5%左右'); r_gdp = F(GW6, '5%', pre='国内生产总值增长')
S.rel('target', M, [t_gdp, r_gdp], 'across documents: 2025 target 国内生产总值增长5%左右 (2025 report) against 2025 growth 5% (2026 report): met')
t_job = F(GW5, '1200 万人以上'); r_job = F(GW6, '1267万人'); j24 = F(GW5, '1256 万人')
S.rel('target', M, [t_job, r_job], 'across documents: 2025 target 城镇新增就业1200万人以上 against 1267万人 in 2025: met')
S.rel('target', U, [t_job, j24], '2025 target 1200万人以上 against the 2024 result 1256万人: another period')
S.rel('target', U, [F(GW5, '5.5%左右'), F(GW5, '5.1%')], '2025 target 城镇调查失业率5.5%左右 against the 2024 average 5.1%: another period')
S.rel('restatement', U, [F(GW5, '5.1%'), F(GW5, '5.1%', n=1)], 'unemployment 5.1% and income growth 5.1%: the same number for another indicator')
S.rel('target', U, [F(GW6, '1.4万亿斤左右'), F(GW6, '1.43万亿斤')], '2026 target 1.4万亿斤左右 against the 2025 output 1.43万亿斤: another period')
S.rel('target', U, [F(GW6, '1.45万亿斤左右'), F(GW6, '1.43万亿斤')], '十五五 goal for grain production capacity (综合生产能力) against the 2025 output: another indicator and period')
S.rel('sum', U, [F(GW6, '6000万人'), r_job, j24], 'across documents: 城镇新增就业 over 2021-2025 (超过6000万) holds 2024 (1256万) and 2025 (1267万) and three years not stated (parts leave something out)')
S.rel('growth', U, [F(GW6, '5.4%'), r_gdp, F(GW5, '5%', pre='增长 ')], 'across documents: 年均5.4% covers 2021-2025; only 2024 (5%) and 2025 (5%) are stated (unstated base)')
S.rel('restatement', U, [F(GW6, '5.4%'), F(GW6, '5.4%', n=1)], 'GDP and per-head income both 年均增长5.4%: the same number for another indicator')
S.rel('share', U, [F(GW6, '4%左右'), F(GW6, '2300亿元')], 'deficit ratio 4%左右 and a deficit 2300亿 above last year\'s: GDP and last year\'s deficit are not stated (unstated base)')

# ---- altered copies (each breaks the original relation named in its why)
a = ALT(ED, 1, e625, '八百二十五億斤', 'sum of 一五 increments 625 → 825億斤')
S.rel('growth', I, R(a, g58, e625, '八百二十五億斤'), 'altered: an increase of about 3500-4000億斤 is 4.2-4.8 times 825億斤, not 五倍多 (breaks {B})')
a = ALT(F09, 1, r766[1], '776.4亿元', '一五 total in the 2009 text 766.4 → 776.4亿元')
S.rel('restatement', I, R(a, r766, r766[1], '776.4亿元'), 'altered (across documents): 766億4千万元 in 1955, 776.4亿元 in 2009 (breaks {B})')
a = ALT(F55, 1, r7[0], '8万万兩以上', 'gold equivalent 7 → 8万万兩以上')
S.rel('restatement', I, R(a, r7, r7[0], '8万万兩以上'), 'altered (across documents): 8万万兩以上 (over 8亿两) against 7亿多两 (breaks {B})')
a = ALT(G07, 1, g07[1], '三百八十萬噸', 'increase 三百五十 → 三百八十萬噸')
S.rel('growth', I, R(a, g07, g07[1], '三百八十萬噸'), 'altered: 380萬 / (50150 − 380) = 0.76% → 0.8, not 百分之零點七 (breaks {B})')
a = ALT(G07, 2, c1, '50750萬噸', 'caption 50150 → 50750萬噸')
S.rel('restatement', I, R(a, rs07, c1, '50750萬噸'), 'altered: caption 50750萬噸 against 五點零一五億噸 in the text (breaks {B})')
a = ALT(G30, 1, rsd[1], '近4600億斤', 'increase in 斤 近4000 → 近4600億斤')
S.rel('restatement', I, R(a, rsd, rsd[1], '近4600億斤'), 'altered: 近20000萬噸 is 近4000億斤, not 近4600億斤 (breaks {B})')
a = ALT(G30, 2, t65, '63%', 'headline 65% → 63%')
S.rel('restatement', I, R(a, rs65, t65, '63%'), 'altered: headline 增長63%, text 增長65% (breaks {B})')
a = ALT(G08, 1, g5015, '5.045億噸', '2007 output 5.015 → 5.045億噸')
S.rel('restatement', I, R(a, rs5015, g5015, '5.045億噸'), 'altered (across documents): 5.045億噸 against 五點零一五億噸 (breaks {B})')
a = ALT(FA2, 1, a_d, '3140.51亿元', '全国 deficit 3149.51 → 3140.51亿')
S.rel('sum', I, R(a, s02, a_d, '3140.51亿元'), 'altered: 22053.15 − 18903.64 = 3149.51, not 3140.51 (breaks {B})')
a = ALT(FA2, 2, sb[2], '280亿元', 'bonds for local governments 250 → 280亿')
S.rel('sum', I, R(a, sb, sb[2], '280亿元'), 'altered: 1250 + 280 = 1530, not 1500 (breaks {B})')
a = ALT(NP3, 1, s03[2], '3068亿元', 'deficit 3098 → 3068亿')
S.rel('sum', I, R(a, s03, s03[2], '3068亿元'), 'altered: 22012 − 18914 = 3098, not 3068 (breaks {B})')
a = ALT(FA22, 1, s22r[2], '4940.07亿元', 'non-tax revenue 4910.07 → 4940.07亿')
S.rel('sum', I, R(a, s22r, s22r[2], '4940.07亿元'), 'altered: 89977.07 + 4940.07 = 94917.14, not 94887.14 (breaks {B})')
a = ALT(FA22, 2, s3d[3], '2.47亿元', 'reception spending below budget 2.17 → 2.47亿')
S.rel('sum', I, R(a, s3d, s3d[3], '2.47亿元'), 'altered: 3.7 + 18.89 + 2.47 = 25.06, not 24.76 (breaks {B})')
a = ALT(FA22, 3, sinv[1], '1496.78亿元', 'central own investment 1466.78 → 1496.78亿')
S.rel('sum', I, R(a, sinv, sinv[1], '1496.78亿元'), 'altered: 1496.78 + 4932.5 = 6429.28, not 6399.28 (breaks {B})')
a = ALT(G19, 1, rsdec[1], '1432萬(wàn)畝', 'area decrease in 畝 1462 → 1432萬畝')
S.rel('restatement', I, R(a, rsdec, rsdec[1], '1432萬(wàn)畝'), 'altered: 975千公頃 = 1462.5萬畝, not 1432 (breaks {B})')
a = ALT(G19, 2, rsoi[1], '139億斤', 'output increase in 斤 119 → 139億斤')
S.rel('restatement', I, R(a, rsoi, rsoi[1], '139億斤'), 'altered: 594萬噸 = 118.8億斤, not 139 (breaks {B})')
a = ALT(GRW, 1, rw_d[1], '1482万亩', 'area decrease in 亩 1462 → 1482万亩')
S.rel('restatement', I, R(a, rw_d, rw_d[1], '1482万亩'), 'altered: 97.5万公顷 = 1462.5万亩, not 1482 (breaks {B})')
a = ALT(HR, 1, sh18[1], '29.6%', 'secondary-sector share 27.6 → 29.6%')
S.rel('sum', I, R(a, sh18, sh18[1], '29.6%'), 'altered: 26.1 + 29.6 + 46.3 = 102 (breaks {B})')
a = ALT(HR, 2, g172[2], '19.2%', 'spending growth 17.2 → 19.2%')
S.rel('growth', I, R(a, g172, g172[2], '19.2%'), 'altered: +7千亿 on 4.2万亿 is 16.7% (at most 18.3% within the half-units), not 19.2% (breaks {B})')
a = ALT(W14, 1, sh911[2], '97.1%', 'share of the yearly goal 91.1 → 97.1%')
S.rel('share', I, R(a, sh911, sh911[2], '97.1%'), 'altered: 3644 / 4000 = 91.1%, not 97.1% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

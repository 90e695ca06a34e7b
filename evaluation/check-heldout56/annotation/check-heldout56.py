"""Check key, set check-heldout56. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout56.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout56'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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
    return [on(a, f, new) if f == old else on(a, f) for f in figs]

HQ='hn_2024q1.txt'; HT='hn_2024t.txt'; LD='ld_2023.txt'; TD='td_2023.txt'; H11='hb_2011m11_hant.txt'
H25='hb_2025m8.txt'; G22='gz_2022q3.txt'; G21='gz_2021q3.txt'; NX='nx_2020h1.txt'; ZW='zw_2022h1.txt'; XY='xy_1965.txt'
NM='nmg_2023m10_hant.txt'; SD='sd_2023t.txt'; GD89='gd_1989.txt'; GD00='gd_2000.txt'

# ---- 海南 Q1 2024 (province, quarter press release, news)
qt = F(HQ, '1836.98亿元'); q1 = F(HQ, '373.85亿元'); q2 = F(HQ, '285.78亿元'); q3 = F(HQ, '1177.35亿元')
qg = F(HQ, '3.3%', '同比增长'); qr1 = F(HQ, '3.3%', '373.85亿元,增长'); qr2 = F(HQ, '5.0%'); qr3 = F(HQ, '3.0%'); qsv = F(HQ, '3%', '服务业增加值增长')
sum_hq = [q1, q2, q3, qt]
S.rel('sum', C, sum_hq, '373.85 + 285.78 + 1177.35 = 1836.98')
S.rel('rate', U, [q1, qr1, q2, qr2, q3, qr3, qt, qg], 'current-price Q1 2024 levels deflated by real sector rates give 3.37%, stated 3.3: base-period weights not stated; not a check')
S.rel('restatement', U, [qr1, qg], 'primary +3.3% vs GDP +3.3%: different indicators sharing a number')
S.rel('restatement', U, [qr1, F(HQ, '3.5%')], '第一产业 +3.3% vs 农林牧渔业增加值 +3.5%: overlapping but different scopes (the latter includes 专业及辅助性活动), no check')
S.rel('restatement', C, [qr3, qsv], '第三产业 +3.0% restated as 服务业增加值 +3%: same indicator, same period')
S.rel('growth', U, [qr2, F(HQ, '6.1%')], '第二产业 +5.0% vs 规上工业 +6.1%: overlapping scopes (industry above scale is a subset of the secondary sector, construction not in it), no check')
a = ALT(HQ, 1, q2, '255.78亿元', 'secondary value added 285.78 → 255.78')
S.rel('sum', I, R(a, sum_hq, q2, '255.78亿元'), 'altered: parts add to 1806.98, not 1836.98 (breaks {B})')

# ---- 海南 2024 targets (news on the work report)
ht0 = F(HT, '8%左右', '海南今年经济社会发展主要预期目标:地区生产总值增长'); ht1 = F(HT, '8%左右', '主要预期目标是:地区生产总值增长')
S.rel('restatement', C, [ht0, ht1], 'headline GDP target 8%左右 restated in the list of targets: same place, year, indicator')
S.rel('target', CT, [ht1, qg], '海南 2024 GDP target 8%左右; only the Q1 result (3.3%) is in the set, the full-year result is not: cannot tell')
S.rel('target', U, [ht1, F(G22, '2.8%')], '海南 2024 GDP target vs 贵州 Q1–Q3 2022 result: different place and period')
S.rel('target', U, [F(HT, '10%左右'), F(ZW, '12.4%', '固定资产投资增长')], '海南 2024 investment target vs 中卫 H1 2022 investment growth: different place and period')
S.rel('target', U, [F(HT, '8%左右', '社会消费品零售总额增长'), F(HQ, '33.7%')], '海南 2024 retail-sales target vs Q1 tourism revenue growth: different indicator (and only a quarter)')
a = ALT(HT, 1, ht0, '9%左右', 'headline GDP target 8 → 9')
S.rel('restatement', I, [on(a, ht0, '9%左右'), on(a, ht1)], 'altered: headline 9%左右 vs list 8%左右 for the same target (breaks {B})')

# ---- 禄劝县 2023 final accounts (云南 county, budget report)
lb = F(LD, '60,000万元'); lr = F(LD, '67,439万元'); ltx = F(LD, '41,393万元'); lnt = F(LD, '26,046万元'); lnp = F(LD, '38.62%'); lpc = F(LD, '112.4%')
lfb = F(LD, '49,148万元'); lfr = F(LD, '23,171万元'); lfp = F(LD, '47.15%'); lsb = F(LD, '200万元'); lsr = F(LD, '158万元'); lsp = F(LD, '79%')
leb = F(LD, '373,660万元'); ler = F(LD, '347,768万元'); lep = F(LD, '93.07%')
l3 = F(LD, '220,571万元'); l3a = F(LD, '164,401万元'); l3b = F(LD, '3,761万元'); l3c = F(LD, '52,409万元')
lfeb = F(LD, '25,050万元'); lfer = F(LD, '27,118万元'); lfep = F(LD, '108.26%'); lseb = F(LD, '19万元'); lser = F(LD, '6万元', '支出完成'); lsep = F(LD, '31.58%')
S.rel('sum', C, [ltx, lnt, lr], 'tax 41,393 + non-tax 26,046 = 67,439')
S.rel('share', C, [lnt, lr, lnp], '26,046/67,439 = 38.62%')
S.rel('share', C, [lr, lb, lpc], '67,439/60,000 = 112.40% (the stray 万元 after 112.4% is kept as stored)')
S.rel('target', M, [lb, lr], '禄劝 2023 budgeted general revenue 60,000万元, outturn 67,439万元: met')
S.rel('share', C, [ler, leb, lep], 'general expenditure 347,768/373,660 = 93.07%')
S.rel('sum', C, [l3a, l3b, l3c, l3], '三保: 164,401 + 3,761 + 52,409 = 220,571')
S.rel('growth', U, [lr, F(LD, '19.7%'), F(LD, '11,118万元')], '11,118/(67,439 − 11,118) = 19.74% happens to fit, but 19.7% is 剔除留抵退税后同口径: the adjusted 2022 base is not stated, so no check')
S.rel('share', U, [l3, ler, F(LD, '85%')], '民生支出 85% of expenditure is a different, wider aggregate than 三保 (220,571/347,768 = 63.4%); the 民生 amount is not stated: no check')
a = ALT(LD, 1, ltx, '44,393万元', 'tax revenue 41,393 → 44,393')
S.rel('sum', I, [on(a, ltx, '44,393万元'), on(a, lnt), on(a, lr)], 'altered: 44,393 + 26,046 = 70,439, not 67,439 (breaks {B})')
a = ALT(LD, 2, lep, '98.07%', 'expenditure completion 93.07 → 98.07')
S.rel('share', I, [on(a, ler), on(a, leb), on(a, lep, '98.07%')], 'altered: 347,768/373,660 = 93.07%, not 98.07 (breaks {B})')

# ---- 天等县 2023 final accounts (广西 county, budget report)
def G3(doc, lvl, chg, pct): return [F(doc, lvl), F(doc, chg), F(doc, pct)]
tg = G3(TD, '38941万元', '7796万元', '25.03%')
S.rel('growth', C, tg, '7796/(38941 − 7796) = 25.03%')
tcit = G3(TD, '1063万元', '531万元', '33.31%'); S.rel('growth', C, tcit, 'enterprise income tax 531/(1063 + 531) = 33.31% decline')
tpit = G3(TD, '326万元', '6524万元', '95.24%'); S.rel('growth', C, tpit, 'personal income tax 6524/(326 + 6524) = 95.24% decline')
S.rel('growth', C, [F(TD, '531万元', '房产税收入同比增收'), F(TD, '24万元', '同比减收'), F(TD, '4.32%')], 'real slip in the text: 房产税 reads 同比增收531万元, 同比减收24万元; read as level 531 and change −24: 24/(531 + 24) = 4.32%, consistent (judgement call, see ANNOTATION.md)')
tgo = G3(TD, '620万元', '491万元', '380.62%'); S.rel('growth', C, tgo, 'farmland occupation tax 491/(620 − 491) = 380.62%')
tqs = G3(TD, '804万元', '440万元', '35.37%'); S.rel('growth', C, tqs, 'deed tax 440/(804 + 440) = 35.37% decline')
S.rel('share', U, [F(TD, '38941万元'), F(TD, '107.47%')], '107.47% of the budget: the budget figure is not stated, no check')
S.rel('share', U, [F(TD, '277643万元'), F(TD, '321555万元'), F(TD, '137.13%')], '上级补助 277643 is 86.3% of transfer revenue, but 137.13% is of its own budget (not stated): no check')
a = ALT(TD, 1, tpit[0], '926万元', 'personal income tax level 326 → 926')
S.rel('growth', I, R(a, tpit, tpit[0], '926万元'), 'altered: 6524/(926 + 6524) = 87.57%, not 95.24 (breaks {B})')
a = ALT(TD, 2, tg[1], '7196万元', 'revenue increase 7796 → 7196')
S.rel('growth', I, R(a, tg, tg[1], '7196万元'), 'altered: 7196/(38941 − 7196) = 22.67%, not 25.03 (breaks {B})')

# ---- 河北 Jan–Nov 2011 fiscal revenue (province, month release, traditional)
wt = F(H11, '2775.5億元'); wc = F(H11, '1193.1億元'); wl = F(H11, '1582.4億元'); wp = F(H11, '334.1億元'); wx = F(H11, '1248.3億元')
wtax = F(H11, '1243.4億元'); wnt = F(H11, '339億元')
wgt = F(H11, '26%'); wgc = F(H11, '20.1%'); wgl = F(H11, '30.8%'); wgp = F(H11, '28.8%'); wgx = F(H11, '31.4%'); wgtax = F(H11, '24.9%'); wgnt = F(H11, '58.6%')
sum_w3 = [wc, wp, wx, wt]
S.rel('sum', C, sum_w3, 'central 1193.1 + provincial 334.1 + city/county 1248.3 = 2775.5')
S.rel('sum', C, [wc, wl, wt], 'central 1193.1 + local general budget 1582.4 = 2775.5')
S.rel('sum', C, [wp, wx, wl], 'provincial 334.1 + city/county 1248.3 = local general budget 1582.4')
S.rel('sum', C, [wtax, wnt, wl], 'tax 1243.4 + non-tax 339 = 1582.4')
S.rel('rate', C, [wc, wgc, wl, wgl, wt, wgt], 'nominal, no deflator: bases 1193.1/1.201 + 1582.4/1.308 = 2203.2; 2775.5/2203.2 = +25.98% → 26')
S.rel('rate', C, [wp, wgp, wx, wgx, wl, wgl], 'bases 334.1/1.288 + 1248.3/1.314 = 1209.4; 1582.4/1209.4 = +30.84% → 30.8')
S.rel('rate', C, [wtax, wgtax, wnt, wgnt, wl, wgl], 'bases 1243.4/1.249 + 339/1.586 = 1209.2; 1582.4/1209.2 = +30.86%; with 339 and the rates at their half-units the range is 30.76–30.95, so 30.8 is inside')
S.rel('target', M, [wt, F(H11, '100.9%')], '河北 2011 all fiscal revenue: 100.9% of the annual plan already by end-November: met (the plan itself is not stated)')
S.rel('target', M, [wl, F(H11, '102.6%')], '河北 2011 local general budget revenue: 102.6% of the annual budget by end-November: met')
S.rel('target', CT, [wc, F(H11, '98.7%')], 'central-level revenue at 98.7% of the annual plan after eleven months; December is not reported: cannot tell')
S.rel('target', CT, [wnt, F(H11, '89.5%')], 'non-tax revenue at 89.5% of the budget after eleven months: cannot tell')
a = ALT(H11, 1, wc, '1198.1億元', 'central-level revenue 1193.1 → 1198.1')
S.rel('sum', I, R(a, sum_w3, wc, '1198.1億元'), 'altered: parts add to 2780.5, not 2775.5 (breaks {B})')
S.rel('sum', I, [on(a, wc, '1198.1億元'), on(a, wl), on(a, wt)], 'altered: 1198.1 + 1582.4 = 2780.5, not 2775.5 (breaks {B})')
a = ALT(H11, 2, wgx, '34.4%', 'city/county revenue growth 31.4 → 34.4')
S.rel('rate', I, [on(a, wp), on(a, wgp), on(a, wx), on(a, wgx, '34.4%'), on(a, wl), on(a, wgl)], 'altered: bases 259.4 + 928.8 = 1188.2; 1582.4/1188.2 = +33.2%, not 30.8 (breaks {B})')

# ---- 河北 Jan–Aug 2025 city fiscal revenue (news)
h25 = [F(H25, '3112.2亿元'), F(H25, '54.5亿元'), F(H25, '1.8%')]
S.rel('growth', C, h25, '54.5/(3112.2 − 54.5) = 1.78% → 1.8')
S.rel('sum', U, [F(H25, '525.9亿元'), F(H25, '384.3亿元'), F(H25, '300.1亿元'), F(H25, '262.5亿元'), F(H25, '256.2亿元'), F(H25, '244.5亿元'), F(H25, '3112.2亿元')], 'six cities add to 1973.5 of 3112.2: a subset (five cities are only partly named and province-level revenue is not split out), not a split')
S.rel('sum', U, [F(H25, '384.3亿元'), F(H25, '300.1亿元')], '“接近百亿的差距”: 384.3 − 300.1 = 84.2; an approximate phrase, not a checkable figure')
S.rel('restatement', U, [F(H25, '3112.2亿元'), wl], '河北 general budget revenue Jan–Aug 2025 vs Jan–Nov 2011: different periods')
a = ALT(H25, 1, h25[1], '84.5亿元', 'increase 54.5 → 84.5')
S.rel('growth', I, R(a, h25, h25[1], '84.5亿元'), 'altered: 84.5/(3112.2 − 84.5) = 2.79%, not 1.8 (breaks {B})')

# ---- 贵州 Q1–Q3 2022 (province, quarter release, news)
gt = F(G22, '14755.92亿元'); g1 = F(G22, '2085.02亿元'); g2 = F(G22, '5307.79亿元'); g3 = F(G22, '7363.11亿元')
gg = F(G22, '2.8%'); gr1 = F(G22, '3.7%'); gr2 = F(G22, '4.8%'); gr3 = F(G22, '1.1%', '7363.11亿元,增长'); gsv = F(G22, '1.1%', '服务业增加值比上年同期增长')
sum_g22 = [g1, g2, g3, gt]
S.rel('sum', C, sum_g22, '2085.02 + 5307.79 + 7363.11 = 14755.92')
S.rel('rate', U, [g1, gr1, g2, gr2, g3, gr3, gt, gg], 'current-price levels deflated by real sector rates give 2.77% (fits 2.8), but base-period weights are not stated: not keyed as a check')
S.rel('restatement', C, [gr3, gsv], '第三产业 +1.1% restated as 服务业增加值 +1.1%: same indicator and period')
S.rel('restatement', U, [gr1, F(G22, '4.3%')], 'primary value added +3.7% vs 农林牧渔业总产值 +4.3%: value added vs gross output, different indicators')
S.rel('growth', U, [F(G21, '13985.53'), gt, gg], '贵州 Q1–Q3 2021 13985.53 → Q1–Q3 2022 14755.92 is +5.5% nominal; 2.8% is real (不变价格): nominal vs real, no check')
S.rel('growth', U, [F(G22, '5.5%'), F(G22, '6.6个')], '规上工业 +5.5% is 6.6 points below H1: the H1 rate (12.1) is not stated, no check')
a = ALT(G22, 1, gsv, '1.7%', 'services growth restated 1.1 → 1.7')
S.rel('restatement', I, [on(a, gr3), on(a, gsv, '1.7%')], 'altered: 第三产业 +1.1% vs 服务业 +1.7% for the same indicator (breaks {B})')

# ---- 贵州 Q1–Q3 2021 with prefectures (news)
ft = F(G21, '13985.53'); f1 = F(G21, '1993.65'); f2 = F(G21, '4833.84'); f3 = F(G21, '7158.04')
fgy = F(G21, '3102.44'); fzy = F(G21, '3037.87'); fgyp = F(G21, '22.2%'); fzyp = F(G21, '21.7%')
cities = [fgy, fzy, F(G21, '1585.86'), F(G21, '1310.35'), F(G21, '1098.90'), F(G21, '1081.33'), F(G21, '1050.40'), F(G21, '899.22'), F(G21, '819.17'), ft]
sum_g21 = [f1, f2, f3, ft]
S.rel('sum', C, sum_g21, '1993.65 + 4833.84 + 7158.04 = 13985.53')
S.rel('share', C, [fgy, ft, fgyp], '贵阳 3102.44/13985.53 = 22.18% → 22.2')
S.rel('share', C, [fzy, ft, fzyp], '遵义 3037.87/13985.53 = 21.72% → 21.7')
S.rel('sum', C, cities, 'nine prefectures add to 13985.54 against 13985.53: 0.01 apart, inside the rounding of nine inputs (±0.045)')
tq = F(G21, '5.7%', '黔东南地区生产总值同比增长'); bq = F(G21, '5.7%', '7.6%、')
S.rel('restatement', C, [tq, bq], 'headline 黔东南 +5.7% restated in the body list (毕节、黔东南、贵阳 7.6%、5.7%、4.8%)')
a = ALT(G21, 1, fzy, '3087.87', '遵义 GDP 3037.87 → 3087.87')
S.rel('share', I, [on(a, fzy, '3087.87'), on(a, ft), on(a, fzyp)], 'altered: 3087.87/13985.53 = 22.08%, not 21.7 (breaks {B})')
S.rel('sum', I, R(a, cities, fzy, '3087.87'), 'altered: nine prefectures add to 14035.54, not 13985.53 (breaks {B})')
a = ALT(G21, 2, tq, '6.7%', 'headline 黔东南 growth 5.7 → 6.7')
S.rel('restatement', I, [on(a, tq, '6.7%'), on(a, bq)], 'altered: headline 6.7% vs body 5.7% for 黔东南 (breaks {B})')

# ---- 宁夏 H1 2020 (region, half-year press conference, news)
nt = F(NX, '1763.86亿元'); n1 = F(NX, '73.45亿元'); n2 = F(NX, '741.10亿元'); n3 = F(NX, '949.31亿元')
sum_nx = [n1, n2, n3, nt]
S.rel('sum', C, sum_nx, '73.45 + 741.10 + 949.31 = 1763.86')
S.rel('rate', U, [n1, F(NX, '0.9%', '73.45亿元,增长'), n2, F(NX, '1.9%'), n3, F(NX, '0.8%'), nt, F(NX, '1.3%')], 'current-price levels deflated by real rates give 1.26%: weights not stated, not a check')
S.rel('restatement', U, [F(NX, '0.9%', '73.45亿元,增长'), F(NX, '0.9%', '169.93亿元,同比增长')], 'primary value added +0.9% vs 农林牧渔业总产值 +0.9%: different indicators sharing a number')
nrt = [F(NX, '9.8%'), F(NX, '-11.4%'), F(NX, '1.6个')]
S.rel('growth', C, nrt, 'retail −9.8% vs national −11.4%: the decline is 11.4 − 9.8 = 1.6 points smaller')
S.rel('growth', U, [F(NX, '1.3%'), F(NX, '2.9个')], 'GDP +1.3% is 2.9 points above the nation: the national rate is not stated')
a = ALT(NX, 1, nrt[2], '2.6个', 'retail gap to the nation 1.6 → 2.6')
S.rel('growth', I, R(a, nrt, nrt[2], '2.6个'), 'altered: 11.4 − 9.8 = 1.6, not 2.6 (breaks {B})')

# ---- 中卫 H1 2022 (prefecture city, half-year release, news)
zt = F(ZW, '257.13亿元'); z1 = F(ZW, '16.75亿元'); z2 = F(ZW, '127.12亿元'); z3 = F(ZW, '113.26亿元')
zp1 = F(ZW, '6.5', '结构为'); zp2 = F(ZW, '49.4'); zp3 = F(ZW, '44.1'); zc1 = F(ZW, '5.4%'); zc2 = F(ZW, '76.3%', '、'); zc3 = F(ZW, '18.3%'); zci = F(ZW, '76.3%', '贡献率达')
zg = F(ZW, '7.3%'); zpull = F(ZW, '5.5个')
sum_zw = [z1, z2, z3, zt]
S.rel('sum', C, sum_zw, '16.75 + 127.12 + 113.26 = 257.13')
S.rel('share', C, [z1, zt, zp1], '16.75/257.13 = 6.51% → 6.5')
S.rel('share', C, [z2, zt, zp2], '127.12/257.13 = 49.44% → 49.4')
S.rel('share', C, [z3, zt, zp3], '113.26/257.13 = 44.05% (44.048; with the inputs at their half-units up to 44.051): the bureau wrote 44.1 so that 6.5 + 49.4 + 44.1 = 100; judgement call, keyed consistent')
S.rel('sum', C, [zp1, zp2, zp3], '6.5 + 49.4 + 44.1 = 100')
S.rel('sum', C, [zc1, zc2, zc3], 'contributions 5.4 + 76.3 + 18.3 = 100')
S.rel('restatement', C, [zc2, zci], 'the second-sector (called 工业 here) contribution 76.3% restated')
S.rel('share', C, [zg, zci, zpull], 'pull = growth × contribution: 7.3 × 0.763 = 5.57; with 7.3 and 76.3 at their half-units the low end is 5.53, so 5.5 is inside')
zi1 = F(ZW, '12.4%', '固定资产投资增长'); zi2 = F(ZW, '12.4%', '固定资产投资同比增长')
S.rel('restatement', C, [zi1, zi2], 'investment +12.4% restated in the demand paragraph')
S.rel('growth', U, [zg, F(ZW, '2个', '高于全区增速')], '中卫 +7.3% is 2 points above 宁夏: the regional H1 2022 rate is not stated here')
a = ALT(ZW, 1, z2, '137.12亿元', 'second-sector value added 127.12 → 137.12')
S.rel('sum', I, R(a, sum_zw, z2, '137.12亿元'), 'altered: parts add to 267.13, not 257.13 (breaks {B})')
S.rel('share', I, [on(a, z2, '137.12亿元'), on(a, zt), on(a, zp2)], 'altered: 137.12/257.13 = 53.33%, not 49.4 (breaks {B})')
a = ALT(ZW, 2, zci, '78.3%', 'restated contribution 76.3 → 78.3')
S.rel('restatement', I, [on(a, zc2), on(a, zci, '78.3%')], 'altered: 76.3% vs 78.3% for the same contribution (breaks {B})')

# ---- 祥云县 1956–1965 (云南 county, history/gazetteer text)
xg = [F(XY, '7896万元'), F(XY, '9289万元'), F(XY, '17.64%')]
xa = [F(XY, '5900万元'), F(XY, '7984万元'), F(XY, '35.32%')]
xi = [F(XY, '30元'), F(XY, '35元'), F(XY, '16%')]
xr = [F(XY, '730万元'), F(XY, '1427万元'), F(XY, '95.47%')]
S.rel('growth', C, xg, '工农业总产值 7896 → 9289 (不变价): +17.64%')
S.rel('growth', C, xa, '农业总产值 5900 → 7984: +35.32%')
S.rel('growth', C, xi, '30 → 35元 is +16.7%; written 16%: with 30 and 35 at their half-units the range is 13.1–20.3%, so consistent by convention (judgement call)')
S.rel('growth', C, xr, '730 → 1427 is +95.48%; 95.47 lies within the half-unit range (95.3–95.7)')
S.rel('growth', U, [F(XY, '70900吨'), F(XY, '11920吨')], '粮食 70900 t is 11920 t more than 1964: the 1964 level (58980) is implied, no stated figure to check against')
S.rel('share', U, [xa[1], xg[1]], '农业 7984 of 工农业 9289 (86%): no share stated, and the 1965 agriculture figure may be at a different price basis (不变价 is said only for the total)')
a = ALT(XY, 1, xg[2], '19.64%', 'growth 17.64 → 19.64')
S.rel('growth', I, R(a, xg, xg[2], '19.64%'), 'altered: 9289/7896 = +17.64%, not 19.64 (breaks {B})')
a = ALT(XY, 2, xa[1], '7484万元', '1965 agricultural output 7984 → 7484')
S.rel('growth', I, R(a, xa, xa[1], '7484万元'), 'altered: 7484/5900 = +26.85%, not 35.32 (breaks {B})')

# ---- 内蒙古 Jan–Oct 2023 industry by league/city (region, month release, traditional with inline glyph pairs)
m1 = [F(NM, '7.4%', '同比增長(zhǎng)', 0), F(NM, '4.1%', '(', 0), F(NM, '3.3', '', 0)]
m2 = [F(NM, '7.4%', '同比增長(zhǎng)', 1), F(NM, '4.1%', '(', 1), F(NM, '3.3', '', 1)]
mp = [F(NM, '98.9%'), F(NM, '96.8%'), F(NM, '2.1個(gè)', '(96.8%)')]
S.rel('growth', C, m1, 'section 一: 7.4 − 4.1 = 3.3 points above the nation')
S.rel('growth', C, m2, 'section 二 restates: 7.4 − 4.1 = 3.3')
S.rel('restatement', C, [m1[0], m2[0]], '全區 Jan–Oct industry growth 7.4% stated in sections 一 and 二')
S.rel('growth', C, mp, 'sales ratio 98.9 − 96.8 = 2.1 points')
S.rel('growth', U, [F(NM, '23.1%'), F(NM, '15.1個(gè)')], '呼和浩特 +23.1% is 15.1 points above its annual target: the target (8%) is implied but not stated, and a Jan–Oct rate is set against a full-year target: no check')
S.rel('target', U, [F(SD, '5%以上', '地区生产总值增长'), F(NM, '6.9%')], '山东 2023 GDP target vs 山东 Jan–Oct 2023 industry above scale +6.9% (as reported in the 内蒙古 release): different indicator and period, no check')
S.rel('restatement', U, [F(NM, '10.7%', '('), F(NX, '1.3%')], '寧夏 Jan–Oct 2023 industry +10.7% vs 宁夏 H1 2020 GDP +1.3%: different period and indicator')
a = ALT(NM, 1, m1[2], '3.8', 'gap to the nation (section 一) 3.3 → 3.8')
S.rel('growth', I, R(a, m1, m1[2], '3.8'), 'altered: 7.4 − 4.1 = 3.3, not 3.8 (breaks {B})')
a = ALT(NM, 2, m2[0], '7.9%', 'section 二 regional growth 7.4 → 7.9')
S.rel('restatement', I, [on(a, m1[0]), on(a, m2[0], '7.9%')], 'altered: 7.4% in section 一 vs 7.9% in section 二 (breaks {B})')
S.rel('growth', I, R(a, m2, m2[0], '7.9%'), 'altered: 7.9 − 4.1 = 3.8, not 3.3 (breaks {B})')

# ---- 山东 2023 targets (news on the work report): only target traps, no 2023 result in the set
S.rel('restatement', U, [F(SD, '5%以上', '地区生产总值增长'), F(SD, '5%以上', '居民人均可支配收入增长')], 'GDP target 5%以上 vs income target 5%以上: different indicators sharing a number')
S.rel('restatement', U, [F(SD, '3%左右'), F(HT, '3%左右')], '山东 2023 CPI ceiling 3%左右 vs 海南 2024 CPI ceiling 3%左右: different place and year')
S.rel('target', U, [F(SD, '5%以上', '一般公共预算收入增长'), F(H25, '1.8%')], '山东 2023 revenue target vs 河北 Jan–Aug 2025 revenue growth: different place and period')
S.rel('target', U, [F(SD, '5%以上', '地区生产总值增长'), qg], '山东 2023 GDP target vs 海南 Q1 2024 GDP growth: different place and period')
S.rel('target', U, [ht1, F(G21, '8.7%')], '海南 2024 GDP target vs 贵州 Q1–Q3 2021 growth: different place and period')

# ---- 广东 1989 (province, review in a journal, 1990)
e_t = F(GD89, '1405亿元'); e_g = F(GD89, '13.2%'); e_i = F(GD89, '1000亿元'); e_ig = F(GD89, '14%')
S.rel('growth', U, [e_t, e_g, e_i, e_ig], '工农业总产值 +13.2% and 工业 (“突破1000亿元”) +14%: the industry level is only a bound, so agriculture’s level and growth cannot be derived; no check')
S.rel('restatement', U, [F(GD89, '704亿元'), F(GD89, '563亿元')], '国民生产总值 704 and 国民收入 563 are different aggregates (GNP vs net material product), neither is a part of the other')
S.rel('growth', U, [F(GD89, '7.5%'), F(GD89, '5%', '', 0, '。农业')], 'GNP +7.5% vs national income +5%: different aggregates (and comparable-price growth), no relation')

# ---- 广东 2000 (province, overview page, census figures)
pp = F(GD00, '8642万人'); pu = F(GD00, '4752万人'); pus = F(GD00, '55%'); pa = F(GD00, '17·8万平方公里'); pd = F(GD00, '486人')
S.rel('share', C, [pu, pp, pus], 'urban 4752/8642 = 54.99% → 55%')
S.rel('share', C, [pp, pa, pd], 'density 8642万/17.8万 km² = 485.5 → 486 per km²')
S.rel('share', U, [F(GD00, '1026万公顷'), pa, F(GD00, '57%')], 'forest land 1026万 ha is 57.6% of 17.8万 km², but 森林覆盖率 57% counts forest cover, not forest land: overlapping scopes, no check')
S.rel('share', U, [pp, F(GD00, '6·7%')], '8642万 is 6.7% of the national population: the national total is not stated')
a = ALT(GD00, 1, pu, '4152万人', 'urban population 4752 → 4152')
S.rel('share', I, [on(a, pu, '4152万人'), on(a, pp), on(a, pus)], 'altered: 4152/8642 = 48.0%, not 55 (breaks {B})')

# ---- cross-document target traps and restatement traps
S.rel('target', U, [F(HT, '7%左右'), F(LD, '19.7%')], '海南 2024 provincial revenue target vs 禄劝县 2023 revenue growth: different place and year')
S.rel('target', U, [F(HT, '8%左右', '城镇和农村居民人均可支配收入分别增长'), F(ZW, '7.3%')], '海南 2024 urban income target vs 中卫 H1 2022 GDP: different place, year and indicator')
S.rel('restatement', U, [F(G22, '2.8%'), F(HQ, '3.3%', '同比增长')], '贵州 Q1–Q3 2022 GDP vs 海南 Q1 2024 GDP: different place and period')

# sanity: figures are whole numbers (no digit, comma or dot glued before; no digit after)
for r in S.rels:
    for f in r['figures']:
        t = S.read(f['doc']); s, e = f['start'], f['end']
        if s > 0 and (t[s-1].isdigit() or (t[s-1] in ',.' and s > 1 and t[s-2].isdigit())): raise SystemExit(f"{r['id']}: figure {f['text']} glued before")
        if e < len(t) and t[e].isdigit(): raise SystemExit(f"{r['id']}: figure {f['text']} glued after")
for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

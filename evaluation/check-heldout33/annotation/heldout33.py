"""Check key, thirty-third held-out set (check-heldout33). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout33.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout33'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

def Cells(doc, lineno, sep=' '):
    """numeric cells of line lineno (0-based), in order"""
    t = S.read(doc); lines = t.split('\n'); s = sum(len(x) + 1 for x in lines[:lineno]); line = lines[lineno]
    out, p = [], 0
    for tok in line.split(sep):
        tok = tok.strip()
        if not tok: continue
        q = line.index(tok, p); p = q + len(tok)
        if tok[0].isdigit(): out.append(P(doc, tok, s + q))
    return out

def ALT(src, n, fig, new, what):
    doc, text, anc = fig
    return S.alt(src, n, anc, anc.replace(text, new), what)
def on(a, fig, new=None):
    doc, text, anc = fig
    st = S.read(doc).index(anc) + anc.index(text)
    return P(a, new if new is not None else text, st)


WH='wh_2009.txt'; WR='wh_2010r.txt'; HB='hb_2006_hant.txt'; KF='kfq_2007_hant.txt'; SX='sx_2017h1.txt'; A9='ah_2009.txt'
AT='ah_2023t.txt'; AN='ah_2023n_hant.txt'; A2='ah_2022_hant.txt'; AR='ah_2023r.txt'; SH='shx_2014.txt'; HN='hn_2004.txt'
HS='hs_2022_hant.txt'; XN='xn_2016.txt'

# ---- 武汉 2009 bulletin (city name replaced by spam text in the stored page) and the 2010 report
wg = F(WH, '4560.62亿元'); w1 = F(WH, '149.06亿元'); w2 = F(WH, '2142.14亿元'); w3 = F(WH, '2269.42亿元')
wgr = F(WH, '13.7%'); w1r = F(WH, '1.6%'); w2r = F(WH, '16.0%'); w3r = F(WH, '12.5%')
ws = [F(WH, '3.2', '比重'), F(WH, '47.0', '3.2:'), F(WH, '49.8', '47.0:')]
wc = [F(WH, '0.5个百分点'), F(WH, '0.9个百分点'), F(WH, '0.4个百分点')]
tg = F(WH, '4560.62', post='\n'); tgr = F(WH, '13.7', post='\n'); t1 = F(WH, '149.06', post='\n'); t2r = F(WH, '16.0', post='\n')
ti = F(WH, '1772.14'); tc = F(WH, '370.00'); t2 = F(WH, '2142.14', post='\n')
S.rel('sum', C, [w1, w2, w3, wg], '2009 GDP 149.06 + 2142.14 + 2269.42 = 4560.62')
S.rel('sum', C, ws, '2009 structure 3.2 + 47.0 + 49.8 = 100')
S.rel('share', I, [w1, wg, ws[0]], '149.06/4560.62 = 3.27% → 3.3, stated 3.2 (real: the structure appears forced to add to 100)')
S.rel('share', C, [w2, wg, ws[1]], '2142.14/4560.62 = 46.97% → 47.0')
S.rel('share', C, [w3, wg, ws[2]], '2269.42/4560.62 = 49.76% → 49.8')
S.rel('sum', C, wc, 'structure changes −0.5 + 0.9 − 0.4 = 0: share changes of a full split add to zero')
S.rel('rate', C, [w1, w1r, w2, w2r, w3, w3r, wg, wgr], '146.71 + 1846.67 + 2017.26 = 4010.65; 4560.62/4010.65 = 13.71% (range 13.66–13.76) → 13.7')
S.rel('restatement', C, [wg, tg], 'GDP 4560.62 in the text and in the table')
S.rel('restatement', C, [wgr, tgr], 'GDP growth 13.7 in the text and in the table')
S.rel('sum', C, [ti, tc, t2], 'table: industry 1772.14 + construction 370.00 = secondary 2142.14')
we = F(WR, '4500亿元以上'); wer = F(WR, '13%以上')
S.rel('restatement', C, [we, wg], '2010 report estimate “4500亿元以上” for 2009 GDP vs bulletin 4560.62: agrees')
S.rel('restatement', C, [wer, wgr], '2010 report estimate “13%以上” for 2009 growth vs bulletin 13.7%: agrees')
a = ALT(WH, 1, w2, '2147.14亿元', 'secondary value added in the text 2142.14 → 2147.14')
S.rel('sum', I, [on(a, w1), on(a, w2, '2147.14亿元'), on(a, w3), on(a, wg)], 'altered: parts add to 4565.62, not 4560.62')
S.rel('share', I, [on(a, w2, '2147.14亿元'), on(a, wg), on(a, ws[1])], 'altered: 2147.14/4560.62 = 47.08% → 47.1, not 47.0')
S.rel('restatement', I, [on(a, w2, '2147.14亿元'), on(a, t2)], 'altered: secondary 2147.14 in the text, 2142.14 in the table')
a = ALT(WH, 2, ws[2], '48.8', 'tertiary share 49.8 → 48.8')
S.rel('sum', I, [on(a, ws[0]), on(a, ws[1]), on(a, ws[2], '48.8')], 'altered: 3.2 + 47.0 + 48.8 = 99.0')
S.rel('share', I, [on(a, w3), on(a, wg), on(a, ws[2], '48.8')], 'altered: 2269.42/4560.62 = 49.76% → 49.8, stated 48.8')
a = ALT(WH, 3, tc, '376.00', 'table construction 370.00 → 376.00')
S.rel('sum', I, [on(a, ti), on(a, tc, '376.00'), on(a, t2)], 'altered: 1772.14 + 376.00 = 2148.14, not 2142.14')
a = ALT(WH, 4, wgr, '15.7%', 'GDP growth in the text 13.7 → 15.7')
S.rel('rate', I, [on(a, w1), on(a, w1r), on(a, w2), on(a, w2r), on(a, w3), on(a, w3r), on(a, wg), on(a, wgr, '15.7%')], 'altered: sector rates give 13.66–13.76, stated 15.7')
S.rel('restatement', I, [on(a, wgr, '15.7%'), on(a, tgr)], 'altered: 15.7% in the text, 13.7 in the table')

# ---- 湖北 2006 bulletin (traditional, mirror with stray commas)
hg = F(HB, '7497.17億元'); h1 = F(HB, '1140.41億元'); h2 = F(HB, '3363.76億元'); h3 = F(HB, '2993.00億元')
hgr = F(HB, '12.1%'); h1r = F(HB, '5.1%'); h2r = F(HB, '15.9%'); h3r = F(HB, '11.0%')
h5 = [F(HB, '16.6'), F(HB, '43.1'), F(HB, '40.3')]; h6 = [F(HB, '15.2'), F(HB, '44.9'), F(HB, '39.9')]
S.rel('sum', C, [h1, h2, h3, hg], '2006 GDP 1140.41 + 3363.76 + 2993.00 = 7497.17')
S.rel('sum', C, h6, '2006 structure 15.2 + 44.9 + 39.9 = 100')
S.rel('sum', C, h5, '2005 structure 16.6 + 43.1 + 40.3 = 100')
S.rel('share', C, [h3, hg, h6[2]], '2993.00/7497.17 = 39.92% → 39.9')
hcpi = F(HB, '101.6'); S.rel('rate', C, [hcpi, F(HB, '1.4%', '城市上漲'), F(HB, '1.9%')], 'CPI 101.6 (+1.6%) lies between urban +1.4% and rural +1.9%')
S.rel('growth', U, [F(HB, '8.4%'), F(HB, '12.3%'), F(HB, '10.7%'), F(HB, '7.3%'), F(HB, '12.4%'), h3r], 'tertiary branch rates vs tertiary 11.0: branch weights not stated')
S.rel('sum', U, [F(HB, '3564萬人'), F(HB, '1297萬人'), F(HB, '27萬人'), F(HB, '26萬人')], '其中 urban employment is a part of total employment, not a full split')
a = ALT(HB, 1, h3, '2983.00億元', 'tertiary 2993.00 → 2983.00')
S.rel('sum', I, [on(a, h1), on(a, h2), on(a, h3, '2983.00億元'), on(a, hg)], 'altered: parts add to 7487.17, not 7497.17')
S.rel('share', I, [on(a, h3, '2983.00億元'), on(a, hg), on(a, h6[2])], 'altered: 2983.00/7497.17 = 39.79% → 39.8, not 39.9')
a = ALT(HB, 2, h5[2], '41.3', '2005 tertiary share 40.3 → 41.3')
S.rel('sum', I, [on(a, h5[0]), on(a, h5[1]), on(a, h5[2], '41.3')], 'altered: 16.6 + 43.1 + 41.3 = 101.0')
a = ALT(HB, 3, hcpi, '102.6', 'CPI index 101.6 → 102.6')
S.rel('rate', I, [on(a, hcpi, '102.6'), on(a, F(HB, '1.4%', '城市上漲')), on(a, F(HB, '1.9%'))], 'altered: overall +2.6% is outside urban 1.4 – rural 1.9')

# ---- national development zones 2006 (news 2007, traditional)
k1 = F(KF, '15.4%'); k2 = F(KF, '15.40%')
S.rel('restatement', C, [k1, k2], 'export share 15.4% in the headline and 15.40% in the body')
S.rel('share', U, [F(KF, '7414.24億元'), F(KF, '73%')], 'industry 7414.24 = 73% of zone GDP: zone GDP not stated')
S.rel('sum', U, [F(KF, '2830.94億美元'), F(KF, '1492.33億美元')], '其中 exports only: imports not stated')
S.rel('growth', U, [F(KF, '25.69%'), F(KF, '31.14%')], 'trade +25.69% vs exports +31.14%: import growth and 2005 levels not stated')
a = ALT(KF, 1, k1, '16.4%', 'headline export share 15.4 → 16.4')
S.rel('restatement', I, [on(a, k1, '16.4%'), on(a, k2)], 'altered: 16.4% in the headline, 15.40% in the body')

# ---- 陕西 78 counties, H1 2017
sr1 = F(SX, '5164元', post='\n'); sr2 = F(SX, '5164元', post=','); s61a = F(SX, '61个县(市)', post='\n'); s61b = F(SX, '61个县(市)', '有')
S.rel('restatement', C, [sr1, sr2], 'rural income 5164 in the subheading and the body')
S.rel('restatement', C, [s61a, s61b], '61 counties in the subheading and the body')
S.rel('sum', U, [F(SX, '2284.67亿元'), F(SX, '1470.01亿元'), F(SX, '4248.92亿元')], 'industry + services 3754.68 < GDP 4248.92: agriculture and construction not listed (partial list)')
S.rel('growth', U, [F(SX, '8.6%'), F(SX, '8.5%'), F(SX, '9.5%')], 'GDP 8.6 vs industry 8.5 and services 9.5: partial list, weights not stated')
a = ALT(SX, 1, sr2, '5264元', 'body rural income 5164 → 5264')
S.rel('restatement', I, [on(a, sr1), on(a, sr2, '5264元')], 'altered: 5164 in the subheading, 5264 in the body')
a = ALT(SX, 2, s61b, '67个县(市)', 'body count 61 → 67 counties')
S.rel('restatement', I, [on(a, s61a), on(a, s61b, '67个县(市)')], 'altered: 61 in the subheading, 67 in the body')

# ---- 安徽 2009 NPC news
d1 = F(A9, '738人'); d2 = F(A9, '730人'); d3 = F(A9, '8人', '请假')
S.rel('sum', C, [d2, d3, d1], 'deputies present 730 + on leave 8 = 738 due')
S.rel('growth', U, [F(A9, '12%以上'), F(A9, '13%'), F(A9, '15%以上')], 'GDP 12%以上 vs income growth 13% / 15%以上: different indicators')
a = ALT(A9, 1, d3, '9人', 'deputies on leave 8 → 9')
S.rel('sum', I, [on(a, d2), on(a, d3, '9人'), on(a, d1)], 'altered: 730 + 9 = 739, not 738')
a = ALT(A9, 2, d2, '720人', 'deputies present 730 → 720')
S.rel('sum', I, [on(a, d2, '720人'), on(a, d3), on(a, d1)], 'altered: 720 + 8 = 728, not 738')

# ---- 安徽 2022–2023: targets (ah_2023t), NPC news (ah_2023n_hant), 2022 results (ah_2022_hant), 2023 results (ah_2023r)
tgdp = F(AT, '6.5%左右'); tfi = F(AT, '10%以上'); trs = F(AT, '9.5%', '总额增长'); tex = F(AT, '12%', '总额增长'); tfr = F(AT, '7%', '预算收入增长')
tX = F(AT, '17%'); t27 = F(AT, '7万亿元')
e22 = F(AT, '3.5%左右'); efi = F(AT, '9%左右'); eex = F(AT, '10%左右'); e45 = F(AT, '4.5万亿元左右')
rg = F(AR, '47050.6亿元'); rgr = F(AR, '5.8%', '比上年增长'); r1 = F(AR, '3496.6亿元'); r2 = F(AR, '18871.8亿元'); r3 = F(AR, '24682.2亿元')
r1r = F(AR, '3.9%'); r2r = F(AR, '6.1%'); r3r = F(AR, '5.8%', '24682.2亿元,增长')
r471 = F(AR, '4.71万亿元'); rgr2 = F(AR, '5.8%', '4.71万亿元,增长'); rfr = F(AR, '9.7%'); rrs = F(AR, '6.9%', '零售总额增长'); rfi = F(AR, '4%', '投资增长')
rex = F(AR, '7.8%'); rrs2 = F(AR, '6.9%', '比上年增长'); rrsh = F(AR, '7.3%'); rrs4 = F(AR, '6.9%', '和')
S.rel('target', MS, [tgdp, rgr], '2023 GDP target 6.5%左右, result 5.8%: below the ±0.5 band, missed')
S.rel('target', MS, [tfi, rfi], 'investment target 10%以上, result 4%: missed')
S.rel('target', MS, [trs, rrs], 'retail sales target 9.5%, result 6.9%: missed')
S.rel('target', MS, [tex, rex], 'trade target 12%, result 7.8%: missed')
S.rel('target', M, [tfr, rfr], 'general budget revenue target 7%, result 9.7%: met')
S.rel('target', CT, [trs, rrsh], 'retail sales target 9.5% vs the half-year cumulative 7.3%: a half-year rate cannot settle the annual target')
S.rel('target', CT, [t27, rg], '2027 target “7万亿元” vs 2023 GDP 47050.6: a multi-year target is not settled by one year')
S.rel('target', U, [tX, rex], 'export target 17% vs growth of total trade 7.8%: different indicators')
S.rel('target', U, [tgdp, F(A2, '3.5%', '同比增長')], '2023 target 6.5%左右 vs 2022 result 3.5%: target of one year, result of another')
S.rel('target', U, [tgdp, F(HS, '4.2%')], '安徽 2023 target vs 衡水 2022 growth 4.2%: different place and year')
g22 = F(A2, '3.5%', '同比增長'); fi22 = F(A2, '9%', '增長'); ex22 = F(A2, '8.9%'); n45a = F(AN, '4.5萬億元左右'); n45b = F(AN, '4.5萬億元左右', n=1)
n35 = F(AN, '3.5%左右'); n9 = F(AN, '9%左右'); l22 = F(A2, '45045億元')
S.rel('restatement', C, [e22, g22], '2022 growth: report estimate “3.5%左右” and final 3.5%')
S.rel('restatement', C, [efi, fi22], '2022 investment growth: estimate “9%左右” and final 9%')
S.rel('restatement', U, [eex, ex22], '2022 trade growth: report estimate “10%左右” vs final 8.9% of goods trade: estimate vs final (different status), not keyed as an error')
S.rel('restatement', C, [e45, n45b], '2022 GDP “4.5万亿元左右” in the 21世纪 report and the 中新网 news')
S.rel('restatement', C, [efi, n9], '2022 investment estimate 9%左右 in both news items')
S.rel('restatement', C, [n45a, n45b], '“4.5萬億元左右” in the lead and the body of the 中新网 news')
S.rel('restatement', C, [l22, n45b], '2022 GDP 45045 (final) vs “4.5萬億元左右”: agrees')
S.rel('restatement', C, [F(A2, '820億斤'), F(AN, '820.02億斤')], '2022 grain 820 (rounded) vs 820.02')
S.rel('restatement', C, [rg, r471], '2023 GDP 47050.6 and 4.71万亿元')
S.rel('restatement', C, [rgr, rgr2], '2023 growth 5.8% stated twice')
S.rel('restatement', C, [rrs, rrs2, rrs4], '2023 retail sales growth 6.9% stated three times')
S.rel('restatement', U, [r3r, rgr], 'tertiary growth 5.8% vs GDP growth 5.8%: different indicators sharing a number')
S.rel('restatement', U, [F(A2, '6.1%'), r2r], '2022 industrial value added (规上) 6.1% vs 2023 secondary industry 6.1%: different year and indicator')
a1 = F(A2, '3513.7億元'); a2_ = F(A2, '18588億元'); a3 = F(A2, '22943.3億元')
S.rel('sum', C, [r1, r2, r3, rg], '2023 GDP 3496.6 + 18871.8 + 24682.2 = 47050.6')
S.rel('sum', C, [a1, a2_, a3, l22], '2022 GDP 3513.7 + 18588 + 22943.3 = 45045')
S.rel('rate', C, [r1, r1r, r2, r2r, r3, r3r, rg, rgr], '2023: deflated parts add to 44482; 47050.6/44482 = 5.78% (range 5.73–5.83) → 5.8')
S.rel('rate', C, [a1, F(A2, '4%', '增長'), a2_, F(A2, '5.1%'), a3, F(A2, '2.2%'), l22, g22], '2022: 45045/Σ(level/(1+g)) = 3.52% (range 3.47–3.57) → 3.5')
S.rel('growth', U, [l22, rg, rgr], '45045 → 47050.6 is +4.45% nominal vs real growth 5.8%: current prices vs constant prices')
S.rel('growth', U, [F(AR, '6247.9亿元'), F(AR, '5822亿元'), F(AR, '4.4%'), F(AR, '4.2%')], '农林牧渔业总产值 vs 一产产值: overlapping groupings, the difference (services to agriculture) is not stated')
a = ALT(AR, 1, r2, '18877.8亿元', '2023 secondary 18871.8 → 18877.8')
S.rel('sum', I, [on(a, r1), on(a, r2, '18877.8亿元'), on(a, r3), on(a, rg)], 'altered: parts add to 47056.6, not 47050.6')
a = ALT(AR, 2, r471, '4.91万亿元', '2023 GDP in round figures 4.71 → 4.91万亿元')
S.rel('restatement', I, [on(a, rg), on(a, r471, '4.91万亿元')], 'altered: 47050.6亿元 vs 4.91万亿元')
a = ALT(AR, 3, rgr2, '6.8%', 'second statement of 2023 growth 5.8 → 6.8')
S.rel('restatement', I, [on(a, rgr), on(a, rgr2, '6.8%')], 'altered: 5.8% and 6.8% for the same 2023 growth')
a = ALT(AR, 4, rfr, '5.7%', 'general budget revenue growth 9.7 → 5.7')
S.rel('target', MS, [tfr, on(a, rfr, '5.7%')], 'altered: revenue target 7%, result 5.7%: missed')
a = ALT(AR, 5, rrs2, '6.3%', 'retail sales growth in the third paragraph 6.9 → 6.3')
S.rel('restatement', I, [on(a, rrs), on(a, rrs2, '6.3%'), on(a, rrs4)], 'altered: 6.9%, 6.3% and 6.9% for the same 2023 retail sales growth')
a = ALT(A2, 1, a3, '22948.3億元', '2022 tertiary 22943.3 → 22948.3')
S.rel('sum', I, [on(a, a1), on(a, a2_), on(a, a3, '22948.3億元'), on(a, l22)], 'altered: parts add to 45050, not 45045')
a = ALT(AT, 1, efi, '7%左右', '2022 investment estimate 9%左右 → 7%左右')
S.rel('restatement', I, [on(a, efi, '7%左右'), n9], 'altered: 7%左右 in the 21世纪 report, 9%左右 in the 中新网 news')
S.rel('restatement', I, [on(a, efi, '7%左右'), fi22], 'altered: estimate 7%左右 vs final 9% (outside the ±0.5 band)')
a = ALT(AT, 2, tgdp, '5.5%左右', '2023 GDP target 6.5%左右 → 5.5%左右')
S.rel('target', M, [on(a, tgdp, '5.5%左右'), rgr], 'altered: target 5.5%左右, result 5.8%: met')
a = ALT(AN, 1, n45b, '4.6萬億元左右', 'body 4.5 → 4.6萬億元左右')
S.rel('restatement', I, [on(a, n45a), on(a, n45b, '4.6萬億元左右')], 'altered: 4.5 in the lead, 4.6 in the body')

# ---- 山西 2014 comparison with neighbours (yearbook-style analysis)
def reg(name, g, p1, p2, p3, sh):
    G = F(SH, g); Pp = [F(SH, p1), F(SH, p2), F(SH, p3)]; Ss = [F(SH, x) for x in sh]
    return G, Pp, Ss
sxG, sxP, sxS = reg('山西', '12759.4亿元', '788.1亿元', '6343.3亿元', '5628.0亿元', ['6.2%', '49.7%', '44.1%'])
nmG, nmP, nmS = reg('内蒙古', '17769.5亿元', '1627.2亿元', '9219.8亿元', '6922.6亿元', ['9.1%', '51.9%', '39.0%'])
hbG, hbP, hbS = reg('河北', '29421.2亿元', '3447.5亿元', '15020.2亿元', '10953.5亿元', ['11.7%', '51.1%', '37.2%'])
snG, snP, snS = reg('陕西', '17689.9亿元', '1564.9亿元', '9689.8亿元', '6435.2亿元', ['8.8%', '54.8%', '36.4%'])
hnG, hnP, hnS = reg('河南', '34939.4亿元', '4160.8亿元', '17902.7亿元', '12875.9亿元', ['11.9%', '51.2%', '36.9%'])
S.rel('sum', C, sxP + [sxG], '山西 788.1 + 6343.3 + 5628.0 = 12759.4')
S.rel('sum', C, nmP + [nmG], '内蒙古 1627.2 + 9219.8 + 6922.6 = 17769.6 vs 17769.5: within the rounding allowance (0.15)')
S.rel('sum', C, hbP + [hbG], '河北 3447.5 + 15020.2 + 10953.5 = 29421.2')
S.rel('sum', C, snP + [snG], '陕西 1564.9 + 9689.8 + 6435.2 = 17689.9')
S.rel('sum', C, hnP + [hnG], '河南 4160.8 + 17902.7 + 12875.9 = 34939.4')
for nm, Ss in (('山西', sxS), ('河北', hbS), ('陕西', snS)):
    S.rel('sum', C, Ss, f'{nm} shares {" + ".join(x[1][:-1] for x in Ss)} = 100')
S.rel('share', C, [sxP[2], sxG, sxS[2]], '山西 5628.0/12759.4 = 44.11% → 44.1')
S.rel('share', I, [nmP[0], nmG, nmS[0]], '内蒙古 1627.2/17769.5 = 9.157% → 9.2, stated 9.1 (real; apparently forced so the shares add to 100)')
S.rel('share', C, [hbP[1], hbG, hbS[1]], '河北 15020.2/29421.2 = 51.05% → 51.1')
S.rel('share', C, [hnP[2], hnG, hnS[2]], '河南 12875.9/34939.4 = 36.85% → 36.9')
S.rel('rate', C, [hbP[0], F(SH, '3.7%', '增长为'), hbP[1], F(SH, '5.0%'), hbP[2], F(SH, '9.7%', '10953.5亿元,增长'), hbG, F(SH, '6.5%')], '河北: deflated parts 27613.7; 29421.2/27613.7 = 6.54% (range 6.49–6.59) → 6.5')
S.rel('growth', U, [F(SH, '4.5%'), F(SH, '4.9%')], '山西 per-capita growth 4.5 vs GDP growth 4.9: population change not stated')
S.rel('restatement', U, [F(SH, '3.7%', '增长为'), F(SH, '3.7%', '6343.3亿元,增长')], '河北 primary 3.7% vs 山西 secondary 3.7%: different place and indicator')
a = ALT(SH, 1, hbP[1], '15050.2亿元', '河北 secondary 15020.2 → 15050.2')
S.rel('sum', I, [on(a, x) for x in hbP[:1]] + [on(a, hbP[1], '15050.2亿元'), on(a, hbP[2]), on(a, hbG)], 'altered: 河北 parts add to 29451.2, not 29421.2')
S.rel('share', I, [on(a, hbP[1], '15050.2亿元'), on(a, hbG), on(a, hbS[1])], 'altered: 15050.2/29421.2 = 51.15% → 51.2, not 51.1')
a = ALT(SH, 2, snS[1], '55.8%', '陕西 secondary share 54.8 → 55.8')
S.rel('sum', I, [on(a, snS[0]), on(a, snS[1], '55.8%'), on(a, snS[2])], 'altered: 8.8 + 55.8 + 36.4 = 101.0')
a = ALT(SH, 3, hnG, '34989.4亿元', '河南 GDP 34939.4 → 34989.4')
S.rel('sum', I, [on(a, x) for x in hnP] + [on(a, hnG, '34989.4亿元')], 'altered: 河南 parts add to 34939.4, total stated 34989.4')
S.rel('share', I, [on(a, hnP[2]), on(a, hnG, '34989.4亿元'), on(a, hnS[2])], 'altered: 12875.9/34989.4 = 36.80% → 36.8, not 36.9')
a = ALT(SH, 4, sxS[2], '41.1%', '山西 tertiary share 44.1 → 41.1')
S.rel('sum', I, [on(a, sxS[0]), on(a, sxS[1]), on(a, sxS[2], '41.1%')], 'altered: 6.2 + 49.7 + 41.1 = 97.0')
S.rel('share', I, [on(a, sxP[2]), on(a, sxG), on(a, sxS[2], '41.1%')], 'altered: 5628.0/12759.4 = 44.11%, stated 41.1')

# ---- 湖南 2004 bulletin excerpt
hs4 = [F(HN, '55.2'), F(HN, '6.5', '∶'), F(HN, '31.9'), F(HN, '6.4', '∶', post=',')]
ha = F(HN, '5069.4千公顷'); hd = F(HN, '539.61千公顷'); hgr4 = F(HN, '11.9%')
c1 = F(HN, '142.1千公顷', post=',产量'); c2 = F(HN, '142.1千公顷', post=',增长')
S.rel('sum', C, hs4, '农林牧渔 ratio 55.2 + 6.5 + 31.9 + 6.4 = 100')
S.rel('growth', C, [ha, hd, hgr4], 'grain area 5069.4, +539.61: 539.61/4529.79 = 11.91% → 11.9')
S.rel('restatement', C, [c1, c2], 'cotton area 142.1 stated twice')
S.rel('share', U, [F(HN, '1915.7千公顷'), F(HN, '47.9%'), F(HN, '8.5个百分点')], 'high-quality rice share of rice area: rice area not stated')
S.rel('growth', U, [c2, F(HN, '2.3%'), F(HN, '26.4%')], 'cotton area +2.3% vs output +26.4%: yield not stated')
a = ALT(HN, 1, hs4[3], '7.4', 'fishery ratio 6.4 → 7.4')
S.rel('sum', I, [on(a, hs4[0]), on(a, hs4[1]), on(a, hs4[2]), on(a, hs4[3], '7.4')], 'altered: 55.2 + 6.5 + 31.9 + 7.4 = 101.0')
a = ALT(HN, 2, hgr4, '12.9%', 'grain area growth 11.9 → 12.9')
S.rel('growth', I, [on(a, ha), on(a, hd), on(a, hgr4, '12.9%')], 'altered: 539.61/4529.79 = 11.91%, stated 12.9')
a = ALT(HN, 3, c2, '143.1千公顷', 'second cotton area 142.1 → 143.1')
S.rel('restatement', I, [on(a, c1), on(a, c2, '143.1千公顷')], 'altered: cotton area 142.1 and 143.1')

# ---- 衡水 2022 bulletin (traditional)
sg = F(HS, '1800.5億元'); s1 = F(HS, '263.5億元'); s2 = F(HS, '622.1億元'); s3 = F(HS, '915.0億元')
ss = [F(HS, '14.6'), F(HS, '34.6'), F(HS, '50.8')]
S.rel('sum', C, [s1, s2, s3, sg], '263.5 + 622.1 + 915.0 = 1800.6 vs 1800.5: within the allowance (0.2)')
S.rel('sum', C, ss, 'structure 14.6 + 34.6 + 50.8 = 100')
S.rel('share', C, [s1, sg, ss[0]], '263.5/1800.5 = 14.63% → 14.6')
S.rel('share', C, [s3, sg, ss[2]], '915.0/1800.5 = 50.82% → 50.8')
S.rel('rate', C, [s1, F(HS, '5.2%'), s2, F(HS, '5.0%'), s3, F(HS, '3.4%'), sg, F(HS, '4.2%')], '1800.5/Σ(level/(1+g)) = 4.20% (range 4.15–4.25) → 4.2')
S.rel('growth', U, [F(HS, '43108元'), F(HS, '4.7%'), F(HS, '4.2%')], 'per-capita growth 4.7 vs GDP 4.2: population change not stated')
a = ALT(HS, 1, s3, '965.0億元', 'tertiary 915.0 → 965.0')
S.rel('sum', I, [on(a, s1), on(a, s2), on(a, s3, '965.0億元'), on(a, sg)], 'altered: parts add to 1850.6, not 1800.5')
S.rel('share', I, [on(a, s3, '965.0億元'), on(a, sg), on(a, ss[2])], 'altered: 965.0/1800.5 = 53.60%, stated 50.8')
a = ALT(HS, 2, ss[0], '15.6', 'primary share 14.6 → 15.6')
S.rel('sum', I, [on(a, ss[0], '15.6'), on(a, ss[1]), on(a, ss[2])], 'altered: 15.6 + 34.6 + 50.8 = 101.0')
S.rel('share', I, [on(a, s1), on(a, sg), on(a, ss[0], '15.6')], 'altered: 263.5/1800.5 = 14.63%, stated 15.6')

# ---- 西宁 2016 report
S.rel('growth', U, [F(XN, '13.7%'), F(XN, '1.8倍')], 'real average growth 13.7% (1.137^5 = 1.90) vs “是2010年的1.8倍” at current prices: different price bases')
S.rel('growth', U, [F(XN, '13.7%'), F(XN, '5.9'), F(XN, '2.9个百分点')], 'points above national and provincial averages: those averages are not stated')
S.rel('growth', U, [F(XN, '4626亿元'), F(XN, '3.7倍')], '5-year investment 3.7 times the 十一五 total: the earlier total is not stated')
S.rel('restatement', U, [F(XN, '13.7%'), wgr], '西宁 2011–2015 average 13.7% vs 武汉 2009 growth 13.7%: different place and period')
S.write()

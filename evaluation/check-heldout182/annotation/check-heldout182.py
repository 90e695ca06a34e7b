"""Check key, set check-heldout182. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout182.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout182'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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



GB='gz_budget2025.txt'; G8='gz_2008_hant.txt'; GG='gz_grain2012_hant.txt'; GH='gz_harvest_1960s.txt'
X0='xz_budget2020.txt'; X1='xz_budget2021.txt'; I6='xz_income2006_hant.txt'; I7='xz_income2007_hant.txt'; X78='xz_1978_2017_hant.txt'
C21='yn_cx2021.txt'; C25='yn_cx2025.txt'; Y6='yn_income2006_hant.txt'; ZX='yn_zx2017.txt'
A4='sc_aba2004.txt'; A7='sc_aba2017_hant.txt'; AX='sc_abaxian.txt'; SF='sc_fin2020.txt'; CQ='cq_2004.txt'

# ---- 贵州 2025 budget execution report (province)
s2223 = [F(GB, '2223.23亿元'), F(GB, '1260.51亿元'), F(GB, '962.72亿元')]
S.rel('sum', C, s2223, 'general-budget revenue 2223.23 = tax 1260.51 + non-tax 962.72亿 (exact)')
g25 = [F(GB, '2223.23亿元'), F(GB, '53.23亿元'), F(GB, '2.5%')]
S.rel('growth', C, g25, '增收53.23亿 on 2223.23 − 53.23 = 2170.00: +2.45% → 增长2.5%')
g16 = [F(GB, '3838.44亿元'), F(GB, '59.34亿元'), F(GB, '1.6%')]
sin = [F(GB, '8691.98亿元'), F(GB, '2223.23亿元'), F(GB, '3859.32亿元'), F(GB, '2609.43亿元')]
S.rel('sum', C, sin, '收入合计 8691.98 = 2223.23 + 3859.32 + 2609.43 (exact)')
sout = [F(GB, '8691.98亿元', n=1), F(GB, '6556.39亿元'), F(GB, '2135.59亿元')]
S.rel('growth', C, [F(GB, '6556.39亿元'), F(GB, '31.65亿元'), F(GB, '0.5%')], '增支31.65亿 on 6556.39 − 31.65 = 6524.74: +0.49% → 0.5%')
sh673 = [F(GB, '4410.75亿元'), F(GB, '6556.39亿元'), F(GB, '67.3%')]
S.rel('share', C, sh673, '民生类重点支出 4410.75 / 6556.39 = 67.27% → 67.3%')
S.rel('share', U, [F(GB, '69.1%'), F(GB, '1个百分点')], 'the share after removing the 增发国债 spending (69.1%, +1 point on last year): neither the spending removed nor last year\'s share is stated (unstated base)')
S.rel('growth', U, [F(GB, '0.5%'), F(GB, '3.2%')], '增长0.5% (as reported) and 同口径增长3.2% (excluding the 2024 国债 carry-over) are two scopes of the same spending, not two rates to reconcile (other scope)')
S.rel('sum', U, [F(GB, '3838.44亿元'), F(GB, '8691.98亿元')], '财政总收入 (3838.44, includes taxes passed up to the centre) and 收入合计 of the general budget (8691.98, with transfers and carry-overs) are different totals (other indicator)')
S.rel('sum', U, [F(GB, '2223.23亿元'), F(GB, '657.49亿元')], '省本级 revenue 657.49亿 is part of the province-wide 2223.23亿, not a split of it; the county and city parts are not given (nested scopes)')
S.rel('restatement', U, [F(GB, '0.5%'), F(GB, '0.5%', n=1)], '增长0.5% twice: province-wide spending and 省本级 revenue (3.06 / 654.43 = 0.47%): same number, other indicator and scope')

# ---- 贵州 2008 bulletin (traditional, glosses)
s3333 = [F(G8, '3333.40億元'), F(G8, '547.85億元'), F(G8, '1408.71億元'), F(G8, '1376.84億元')]
S.rel('sum', C, s3333, 'GDP 3333.40 = 547.85 + 1408.71 + 1376.84 (exact)')
S.rel('sum', C, [F(G8, '16.4%'), F(G8, '42.3%'), F(G8, '41.3%')], 'structure 16.4 + 42.3 + 41.3 = 100')
S.rel('sum', C, [F(G8, '0.1個'), F(G8, '0.4個'), F(G8, '0.5個')], 'share changes +0.1 + 0.4 − 0.5 = 0: both years\' structures add to 100')
rg = [F(G8, '291.96萬公頃'), F(G8, '4379.36萬畝')]
S.rel('restatement', C, rg, 'grain area in two units: 291.96萬公頃 × 15 = 4379.4萬畝 (4379.33-4379.48 within the half-unit)')
rt = [F(G8, '10.52萬公頃'), F(G8, '157.76萬畝')]
S.rel('share', U, [F(G8, '3333.40億元'), F(G8, '8824元')], 'GDP per head 8824元: the population (about 3778萬 implied) is not stated (unstated base)')
S.rel('sum', U, [F(G8, '304.70億元'), F(G8, '547.85億元')], '種植業 value added (304.70) is one part of 第一產業 (547.85) with forestry, husbandry and fishery not given (parts that leave something out)')
S.rel('rate', U, [F(G8, '3.5%'), F(G8, '5.2%')], 'grain area +3.5% and output +5.2% imply a yield rise of about 1.6%, which is not stated (unstated base)')
S.rel('growth', U, [F(G8, '6.5%'), F(G8, '6.2%')], '第一產業 +6.5% and its 種植業 part +6.2%: the other parts (forestry, husbandry, fishery) and their weights are not given (parts that leave something out)')

# ---- 贵州 2012 grain (traditional news)
g231 = [F(GG, '1079.5萬噸'), F(GG, '202.6萬噸'), F(GG, '23.1%')]
S.rel('growth', C, g231, '增加202.6萬噸 on 1079.5 − 202.6 = 876.9: +23.10%')
S.rel('sum', C, [F(GG, '1079.5萬噸'), F(GG, '222萬噸'), F(GG, '857.5萬噸')], 'summer 222 + autumn 857.5 = 1079.5萬噸 (exact)')
S.rel('growth', C, [F(GG, '857.5萬噸'), F(GG, '191萬噸'), F(GG, '28.7%')], 'autumn grain +191 on 857.5 − 191 = 666.5: +28.66% → 近28.7%')
r222 = [F(GG, '1485萬畝'), F(GG, '150公斤'), F(GG, '222萬噸')]
S.rel('rate', C, r222, 'summer area 近1485萬畝 × yield 近150公斤 = 222.75萬噸; both are 近 (just under), so the product is just under 222.75: the 222萬噸 harvested')
S.rel('rate', C, [F(GG, '1.8%'), F(GG, '3.7%'), F(GG, '5.5%')], 'summer area +1.8% and yield +3.7%: 1.018 × 1.037 = 1.0557; with the half-units 5.46-5.67%, which reaches 近5.5%')
S.rel('rate', U, [F(GG, '857.5萬噸'), F(GG, '277公斤')], 'autumn output and yield imply an area of about 3096萬畝; the autumn area itself is not stated (unstated base)')
S.rel('rate', U, [F(GG, '1.8%'), F(GG, '0.9%')], 'summer area +1.8% and autumn area −0.9%: the total sown area change needs the two areas, and the autumn area is not stated (unstated base)')

# ---- 贵州 harvest report (people's-commune era; Chinese numerals)
S.rel('share', I, [F(GH, '七百三十四亩'), F(GH, '三百三十三亩'), F(GH, '44%')], 'real error: 333 / 734 = 45.4%, not 44% (44% of 734 is 323亩)')
S.rel('share', U, [F(GH, '七十八万亩'), F(GH, '百之三十九点七')], '遵义 reports 78万亩 as 39.7% of the sown area; the sown area (about 196万亩) is not stated, and the text says half is really harvested: the 39.7% is the under-report, not a check (unstated base)')
S.rel('share', U, [F(GH, '三万五千六百多亩'), F(GH, '一万五千三百八十多亩'), F(GH, '70%')], '三都 harvested about 35600亩 and reported 15380 (43%); the 70% is the reported share of output at seven sample points in 兴仁, another county and indicator (rate over a sample)')
S.rel('rate', U, [F(GH, '每百斤要多十斤'), F(GH, '二十两为一斤')], 'two ways of cheating with the scale: a 110-jin hundredweight (10% more) and a 20-liang jin (25% more on the old 16-liang jin): different rates, not one (other indicator)')

# ---- 西藏 budget 2020 and 2021 (two consecutive reports)
s2554 = [F(X0, '2554.5亿元'), F(X0, '221亿元'), F(X0, '1866亿元'), F(X0, '81亿元'), F(X0, '210.6亿元'), F(X0, '25.2亿元'), F(X0, '150.7亿元')]
S.rel('sum', C, s2554, '收入总量 2554.5 = 221 + 1866 + 81 + 210.6 + 25.2 + 150.7 (exact)')
S.rel('target', M, [F(X0, '221亿元'), F(X0, '114.4%')], '地方收入 at 114.4% of the year-start budget: met')
S.rel('target', M, [F(X0, '2554.5亿元'), F(X0, '134.4%')], '收入总量 at 134.4% of the year-start budget: met')
S.rel('target', M, [F(X0, '2398.5亿元'), F(X0, '126.2%')], '支出总量 at 126.2% of the year-start budget: met')
S.rel('target', U, [F(X0, '134.4%'), F(X0, '126.2%')], 'revenue at 134.4% and spending at 126.2% of their year-start budgets: the two budgets (about 1900.7亿 each, implied) are not stated, and the rates measure different totals (unstated base)')
S.rel('restatement', C, [F(X1, '2657.5亿元'), F(X1, '2657.5亿元', n=1)], 'summary line and text: 自治区本级收入总量2657.5亿元 (为预算的147.6%) both times')
s2970 = [F(X1, '2970亿元'), F(X1, '213亿元'), F(X1, '2146.7亿元'), F(X1, '104.2  亿元'), F(X1, '506.1亿元')]
S.rel('sum', C, s2970, '全区收入总量 2970 = 213 + 2146.7 + 104.2 + 506.1 (exact)')
s2425 = [F(X1, '2425.6亿元'), F(X1, '2060.4亿元'), F(X1, '41.6亿元'), F(X1, '323.6亿元')]
S.rel('sum', C, s2425, '支出总量 2425.6 = 2060.4 + 41.6 + 323.6 (exact)')
S.rel('sum', C, [F(X1, '2970亿元'), F(X1, '2425.6亿元'), F(X1, '544.4亿元')], '收支相抵: 2970 − 2425.6 = 544.4 结转下年 (exact)')
S.rel('target', M, [F(X1, '213亿元'), F(X1, '104.7%')], '全区地方收入 at 104.7% of budget: met')
S.rel('target', M, [F(X1, '2425.6亿元'), F(X1, '115.4%')], '支出总量 at 115.4% of budget: met')
S.rel('target', M, [F(X1, '28.5亿元'), F(X1, '114%')], '区本级 地方收入 at 114% of budget: met')
gx213 = [F(X1, '213亿元'), F(X1, '3.6%'), F(X0, '221亿元')]
S.rel('growth', C, gx213, 'across documents: 地方收入 213亿 (2021), 下降3.6%, on the 221亿 of 2020 reported a year earlier: 213 / 221 = −3.62%')
S.rel('growth', U, [F(X1, '2060.4亿元'), F(X1, '6.8%'), F(X0, '2208.2亿元')], 'across documents: −6.8% puts the 2020 base at about 2211亿 (the 2020 决算数); the 2020 report\'s 2208.2亿 is the earlier execution figure (2060.4 / 2208.2 = −6.7%): a revised base, not a check (other period/status)')
S.rel('growth', U, [F(X1, '2146.7亿元'), F(X1, '8.7%'), F(X0, '1866亿元')], 'across documents: +8.7% puts the 2020 中央补助 at about 1975亿, against 中央补助收入 1866亿 in the 2020 report (+15.0%): different scope of the transfer line (other scope)')
S.rel('growth', U, [F(X1, '2970亿元'), F(X1, '11.5%'), F(X0, '2554.5亿元')], 'across documents: 收入总量 +11.5% puts the 2020 total at about 2664亿 (final accounts), against 2554.5亿 in the 2020 report (+16.3%): revised base (other period/status)')
S.rel('restatement', U, [F(X1, '81亿元'), F(X0, '81亿元')], 'across documents: 81亿元 is 政府性基金预算支出 in the 2021 summary and 一般债务收入 in 2020: same number, other indicator and year')
S.rel('growth', U, [F(X1, '0.9%'), F(X1, '6.8%')], '支出总量 +0.9% and 一般公共预算支出 −6.8%: the total includes debt repayment and the stabilisation fund, so the two rates differ by design (other scope)')
S.rel('target', U, [F(X1, '104.7%'), F(X0, '114.4%')], 'across documents: 地方收入 at 104.7% of the 2021 budget and at 114.4% of the 2020 budget: two years\' targets, not one (other period)')

# ---- 西藏 farmers and herders 2006 / 2007 (traditional news)
gtour = [F(I7, '34870人'), F(I7, '19.8%'), F(I6, '2.9萬名')]
S.rel('growth', C, gtour, 'across documents: 34870 people in tourism in 2007, +19.8%, gives 29107 in 2006: the 2.9萬 of the 2006 report')
S.rel('growth', I, [F(I7, '8383元'), F(I7, '20%'), F(I6, '5318元')], 'across documents (real discrepancy): 8383元 in 2007, +20%, gives about 6986元 for 2006, but the 2006 report gives 5318元 for the same group (the 2.9萬 in tourism; the head counts agree): the two income figures cannot both hold')
S.rel('growth', U, [F(I7, '2001元'), F(I7, '14.1%'), F(I7, '2788元')], 'Jan-Sep 2008 cash income (2001元, +14.1%) against 2007 annual net income (2788元): other period and indicator')
S.rel('sum', U, [F(I7, '43萬'), F(I7, '34870人')], '43萬 herders in the 特色産業 projects and 34870 in tourism: two programmes that may overlap; neither is a part of the other (overlapping scopes)')
S.rel('growth', U, [F(I6, '2350元'), F(I7, '2788元'), F(I7, '1267元')], 'across documents: 2350元 (2006) and 2788元 (2007) give +18.6%, and 2788 − 1267 = 1521元 for 2002; neither report states a growth to check against (no stated relation; unstated rate)')
S.rel('growth', U, [F(I6, '49%'), F(I6, '153%')], 'more herders in tourism (+49%) each earning more (+153%): the group\'s total income (×3.8) is implied but not stated, and the 2005 levels are not given (unstated base)')

# ---- 西藏 1978-2017 (traditional journal text)
S.rel('growth', I, [F(X78, '375元'), F(X78, '39259元'), F(X78, '105倍')], 'real error (growth vs ratio): 39259 / 375 = 104.7, so 增長103.7倍; "增長近105倍" gives the ratio as the growth')
S.rel('growth', C, [F(X78, '375元'), F(X78, '39259元'), F(X78, '12.7%')], '1978 → 2017 is 39 years: 104.69^(1/39) = 1.1267 → 年均12.7%')
S.rel('growth', C, [F(X78, '3.37億元'), F(X78, '122.8億元'), F(X78, '36倍')], '122.8 / 3.37 = 36.44, 增長35.4倍; with the half-units (122.85 / 3.365 = 36.51) 增長35.5 reaches the lower edge of 36 ± 0.5: consistent at the edge (see judgement calls)')
g97 = [F(X78, '3.37億元'), F(X78, '122.8億元'), F(X78, '9.7%')]
S.rel('growth', C, g97, '36.44^(1/39) = 1.0966 → 9.7% a year')
S.rel('growth', I, [F(X78, '1.49億元'), F(X78, '103.02億元'), F(X78, '69倍')], 'real error (growth vs ratio): 103.02 / 1.49 = 69.1, so 增長68.1倍 (67.9-68.4 with the half-unit of 1.49); "增長近69倍" is the ratio')
S.rel('growth', C, [F(X78, '1.44億元'), F(X78, '673.32億元'), F(X78, '467倍')], '673.32 / 1.44 = 467.6, 增長466.6倍 (465-468 with the half-unit of 1.44): 467倍 fits')
g171 = [F(X78, '1.44億元'), F(X78, '673.32億元'), F(X78, '17.1%')]
S.rel('growth', C, g171, '467.6^(1/39) = 1.1707 → 17.1% a year')
S.rel('growth', U, [F(X78, '1310.6億'), F(X78, '14.6%')], 'GDP 1310.6億 (2017) growing 14.6% a year since 1978: the 1978 level is not stated (unstated base)')
S.rel('growth', U, [F(X78, '14.6%'), F(X78, '12.7%')], 'GDP 14.6% a year and GDP per head 12.7% a year imply population growth of about 1.7% a year, which is not stated (unstated base)')
S.rel('sum', U, [F(X78, '1310.6億'), F(X78, '122.8億元'), F(X78, '103.02億元'), F(X78, '673.32億元')], 'gross output values of farming, industry and services (899億) against GDP 1310.6億 (value added; construction missing): not a split (other indicator)')

# ---- 楚雄 2021 (十四五 goals) and 2025 (十四五 results)
rk = [F(C21, '第11位'), F(C21, '第7位'), F(C21, '4个位次')]
S.rel('growth', C, rk, 'rank among the 30 autonomous prefectures: 11th → 7th is up 4 places')
S.rel('growth', U, [F(C21, '第7位'), F(C21, '第4位')], '7th among the 30 autonomous prefectures (GDP) and 4th in the province (GDP per head): rankings of other scope and indicator')
S.rel('growth', U, [F(C21, '2500亿元'), F(C21, '6000亿元')], 'the 十四五 goal (2500亿 by 2025) and the 2035 goal (6000亿) imply 9.1% a year, which is not stated (unstated rate)')
S.rel('growth', U, [F(C21, '23%'), F(C21, '70.01%'), F(C21, '60.3个百分点')], 'forest cover 23% → 70.01% is +47 points since 1956; the +60.3 points is the wetland protection rate since 2016 (74.3% now): other indicator')
sh38 = [F(C21, '523.95亿元'), F(C25, '1372亿元'), F(C21, '38%')]
S.rel('share', C, sh38, 'across documents: 三张牌 value added 523.95亿 (2020) is 38.2% of the 2020 GDP of 1372亿 given in the 2025 report: 占GDP比重达38%')
S.rel('target', CT, [F(C21, '2500亿元'), F(C25, '2019亿元')], 'across documents: the 十四五 goal of 2500亿元以上 (for 2025) against 2019亿 in 2024; the 2025 figure is not yet out (period not over: cannot tell)')
S.rel('target', U, [F(C21, '6000亿元'), F(C25, '2019亿元')], 'across documents: the 2035 goal against the 2024 level: other period')
r2000 = [F(C25, '两千亿元'), F(C25, '2019亿元'), F(C25, '两千亿元', n=1)]
S.rel('restatement', C, r2000, 'headline 突破两千亿元 and 迈上两千亿元新台阶 (lower bounds) against 2019亿元')
S.rel('share', U, [F(C25, '2019亿元'), F(C25, '6.4%'), F(C25, '10.3%')], 'shares of the province (6.4%) and of 滇中 (10.3%): neither base is stated (unstated base)')
S.rel('share', U, [F(C25, '2019亿元'), F(C25, '1万美元')], 'GDP per head above 1万美元: population and exchange rate are not stated (unstated base)')

# ---- 云南 rural income 2002-2006 (traditional news)
g399 = [F(Y6, '2250.5元'), F(Y6, '641.7元'), F(Y6, '39.9%')]
S.rel('growth', C, g399, '增加641.7 on 2250.5 − 641.7 = 1608.8: +39.89%')
S.rel('growth', C, [F(Y6, '2250.5元'), F(Y6, '641.7元'), F(Y6, '8.8%')], '2002 → 2006 is 4 years: 1.3989^(1/4) = 1.0875 → 年均8.8%')
g589 = [F(Y6, '1381元'), F(Y6, '2195元'), F(Y6, '58.9%')]
S.rel('growth', C, g589, 'living expenses 1381 → 2195元: +58.94%')
S.rel('share', U, [F(Y6, '155.6元'), F(Y6, '641.7元'), F(Y6, '44.8%')], 'wage income\'s contribution (44.8%) is to the increase of 全年 (2006 over 2005); over 2002-2006 wages give 155.6 / 641.7 = 24.2% of the increase: other period (contribution vs four-year share)')
S.rel('share', U, [F(Y6, '55.9%'), F(Y6, '48.8%'), F(Y6, '58.9%')], 'the Engel coefficient 55.9% → 48.8% with spending +58.9% implies food spending of about 772 → 1071元, which is not stated (unstated base)')

# ---- 镇雄县 resettlement sites 2017
r30 = [F(ZX, '30个'), F(ZX, '30个', n=1)]
s30 = [F(ZX, '30个', n=1), F(ZX, '18个'), F(ZX, '12个')]
S.rel('sum', C, s30, '30 sites = 18 started in 2016 + 12 new')
S.rel('share', U, [F(ZX, '1431户'), F(ZX, '5059人'), F(ZX, '30个', n=1)], '1431 households and 5059 people for 30 sites: no per-site or per-household figure is stated (no relation)')

# ---- 阿坝州 2004 yearbook (OCR), 2017 encyclopedia (traditional) and 阿坝县 profile
s848 = [F(A4, '848,174人'), F(A4, '680,445人'), F(A4, '167,729人')]
S.rel('sum', C, s848, 'population 848174 = agricultural 680445 + non-agricultural 167729 (exact)')
s1100 = [F(A4, '1100人'), F(A4, '1943'), F(A4, '3043人')]
S.rel('sum', C, s1100, 'the year\'s change +1100 = −1943 (agricultural) + 3043 (non-agricultural)')
S.rel('share', C, [F(A4, '456,258人'), F(A4, '848,174人'), F(A4, '53.79%')], 'Tibetan 456258 / 848174 = 53.79%')
S.rel('sum', C, [F(A4, '53.79%'), F(A4, '18.36%'), F(A4, '3.22%'), F(A4, '24.5%'), F(A4, '0.13%')], 'shares 53.79 + 18.36 + 3.22 + 24.5 + 0.13 = 100.00')
S.rel('sum', C, [F(A4, '848,174人'), F(A4, '456,258人'), F(A4, '155,720'), F(A4, '27,303'), F(A4, '207,832'), F(A4, '1061人')], 'groups 456258 + 155720 + 27303 + 207832 + 1061 = 848174 (exact)')
S.rel('rate', U, [F(A4, '1100人'), F(A4, '5.76')], 'natural increase 5.76 (per mille; the sign is lost in the OCR) against the total change of 1100 (1.3 per mille): migration and registration make the difference (other indicator)')
S.rel('sum', U, [F(A4, '195个乡'), F(A4, '2个')], '其中民族乡2个 is inside the 195 乡 (nested)')
s295 = [F(A7, '295.16億元'), F(A7, '46.44億元'), F(A7, '141.34億元'), F(A7, '107.38億元')]
S.rel('sum', C, s295, 'GDP 295.16 = 46.44 + 141.34 + 107.38 (exact)')
r9401 = [F(A7, '94.01萬人'), F(A7, '94.01萬人', n=1)]
S.rel('restatement', C, r9401, 'lead and infobox: 2017年常住人口94.01萬人')
S.rel('restatement', C, [F(A4, '84,242'), F(A7, '84242'), F(A7, '84242', n=1)], 'across documents: area 84242 km² in the 2004 yearbook and twice in the 2017 entry')
S.rel('share', U, [F(A7, '295.16億元', n=1), F(A7, '94.01萬人', n=1), F(A7, '31487元')], '295.16億 / 94.01萬 = 31397元, against 31487元: GDP per head is taken on the year\'s average population, which is not stated (unstated base)')
S.rel('growth', U, [F(A7, '4.0%'), F(A7, '3.2%'), F(A7, '6.6%'), F(A7, '0.8%')], 'the sector rates combine to the GDP rate with last year\'s weights at comparable prices, which are not given (unstated base)')
S.rel('restatement', U, [F(A4, '848,174人'), F(A7, '94.01萬人')], 'across documents: registered population at end-2004 against resident population in 2017: other indicator and period, no growth stated')
S.rel('restatement', I, [F(AX, '2镇'), F(AX, '3个镇')], 'real error: both sentences are 截至2018年末; one says 2镇, the other 3个镇 and lists three (阿坝镇、贾洛镇、麦尔玛镇)')
S.rel('restatement', C, [F(AX, '17乡'), F(AX, '17个乡')], '17乡 and 17个乡 agree (the list that follows names 16 乡: see judgement calls)')
rax = [F(AX, '10435', n=0), F(AX, '10435', n=1)]
S.rel('restatement', C, rax, 'data box and text: area 10435 km²')
S.rel('restatement', U, [F(AX, '7.73'), F(AX, '8.16万')], 'population 7.73万 (2019 data box) against 总人口8.16万 (end-2018): other year and definition (resident vs registered)')
S.rel('share', U, [F(AX, '94.1%'), F(A4, '53.79%')], 'across documents: Tibetans are 94.1% of 阿坝县 (2018) and 53.79% of 阿坝州 (2004): other scope and year')

# ---- 四川 2020 divisions and spending (tax forum)
s183 = [F(SF, '183个县级区划'), F(SF, '55个'), F(SF, '19个'), F(SF, '105个'), F(SF, '4个')]
S.rel('sum', C, s183, '183 county-level units = 55 + 19 + 105 + 4')
s3101 = [F(SF, '3101个'), F(SF, '459个'), F(SF, '2016个'), F(SF, '626个')]
S.rel('sum', C, s3101, '3101 township-level units = 459 + 2016 + 626')
S.rel('restatement', C, [F(SF, '183个县区'), F(SF, '183个县区', n=1), F(SF, '183个县级区划')], 'title, subtitle and text: 183')
S.rel('target', MS, [F(SF, '930.6亿元'), F(SF, '99.9%')], 'social-security spending at 99.9% of budget: missed (just)')
S.rel('target', MS, [F(SF, '45亿元'), F(SF, '76.4%')], 'health spending at 76.4% of budget: missed')
S.rel('sum', U, [F(SF, '11200.7亿元'), F(SF, '930.6亿元'), F(SF, '304.2亿元'), F(SF, '197.8亿元'), F(SF, '74.3亿元'), F(SF, '45亿元')], 'the five 其中 items (1551.9亿) are far below 11200.7亿 and education at 197.8亿 is far below the province\'s education spending: they look like 省本级 items under a province-wide total (overlapping scopes, not a split)')

# ---- 重庆 1996-2004 (市发改委)
g98 = [F(CQ, '2665亿元'), F(CQ, '2.1倍'), F(CQ, '9.8%')]
S.rel('growth', C, g98, '1996 → 2004 is 8 years: 1.098^8 = 2.11 (2.1倍); 2.05-2.15 gives 9.4-10.0% a year')
S.rel('rate', C, [F(CQ, '2665亿元'), F(CQ, '8.27元'), F(CQ, '322亿美元')], '2665 / 8.27 = 322.2亿美元')
S.rel('growth', I, [F(CQ, '15.7%'), F(CQ, '34.3%'), F(CQ, '13%'), F(CQ, '16.5%'), F(CQ, '22.3%', n=1), F(CQ, '24.2%'), F(CQ, '27.5%'), F(CQ, '26.8%'), F(CQ, '21.7%')], 'real error: the eight yearly rises compound to ×5.02 over 1997-2004, 22.4% a year, not 年均增长21.7% (21.7% a year gives ×4.83)')
g10 = [F(CQ, '445亿元'), F(CQ, '955亿元'), F(CQ, '10%', pre='年均增长')]
S.rel('growth', C, g10, '445 → 955 over 8 years: 2.146^(1/8) = 1.1002 → 10%')
S.rel('growth', U, [F(CQ, '7.7%'), F(CQ, '7.9%'), F(CQ, '8.7%'), F(CQ, '9.1%'), F(CQ, '9.5%'), F(CQ, '14.3%'), F(CQ, '10%', pre='年均增长')], 'the six rates 1999-2004 compound to 9.5% a year; 1997 and 1998 are missing from the 1996-2004 average (parts that leave something out)')
S.rel('sum', U, [F(CQ, '110%'), F(CQ, '50%')], 'investment contribution 110% (2003) and consumption about 50%: contributions to growth can exceed 100% together (net exports negative); not shares (contributions vs shares)')
S.rel('share', U, [F(CQ, '322亿美元'), F(CQ, '1161美元')], 'GDP per head 1161美元 (resident population): the population is not stated (unstated base)')
S.rel('growth', U, [F(CQ, '6763亿元'), F(CQ, '3.2倍')], 'eight-year investment 6763亿 = 3.2 × the 48 years before: the earlier total is not stated (unstated base)')
S.rel('restatement', U, [F(CQ, '22.3%'), F(CQ, '22.3%', n=1)], '22.3% is the 1999 investment contribution and the 2001 investment growth: same number, other indicator')

# ---- altered copies (one figure each)
a = ALT(GB, 1, s2223[2], '968.72亿元', 'non-tax revenue 962.72 → 968.72亿')
S.rel('sum', I, R(a, s2223, s2223[2], '968.72亿元'), 'altered: 1260.51 + 968.72 = 2229.23, not 2223.23亿 (breaks {B})')
a = ALT(GB, 2, sh673[0], '4610.75亿元', 'key livelihood spending 4410.75 → 4610.75亿')
S.rel('share', I, R(a, sh673, sh673[0], '4610.75亿元'), 'altered: 4610.75 / 6556.39 = 70.3%, not 67.3% (breaks {B})')
a = ALT(G8, 1, s3333[2], '1468.71億元', 'secondary value added 1408.71 → 1468.71億')
S.rel('sum', I, R(a, s3333, s3333[2], '1468.71億元'), 'altered: 547.85 + 1468.71 + 1376.84 = 3393.40, not 3333.40億 (breaks {B})')
a = ALT(G8, 2, rg[1], '4397.36萬畝', 'grain area in mu 4379.36 → 4397.36萬畝')
S.rel('restatement', I, R(a, rg, rg[1], '4397.36萬畝'), 'altered: 291.96萬公頃 × 15 = 4379.4萬畝, not 4397.36 (breaks {B})')
a = ALT(GG, 1, g231[2], '28.1%', 'grain growth 23.1 → 28.1%')
S.rel('growth', I, R(a, g231, g231[2], '28.1%'), 'altered: 202.6 / 876.9 = +23.1%, not 28.1% (breaks {B})')
a = ALT(GG, 2, r222[1], '180公斤', 'summer yield 近150 → 近180公斤')
S.rel('rate', I, R(a, r222, r222[1], '180公斤'), 'altered: 1485萬畝 × 180公斤 = 267萬噸, not 222萬噸 (breaks {B})')
a = ALT(X0, 1, s2554[3], '84亿元', 'general-debt revenue 81 → 84亿')
S.rel('sum', I, R(a, s2554, s2554[3], '84亿元'), 'altered: 221 + 1866 + 84 + 210.6 + 25.2 + 150.7 = 2557.5, not 2554.5亿 (breaks {B})')
a = ALT(X1, 1, s2970[4], '508.1亿元', 'funds and carry-over 506.1 → 508.1亿')
S.rel('sum', I, R(a, s2970, s2970[4], '508.1亿元'), 'altered: 213 + 2146.7 + 104.2 + 508.1 = 2972, not 2970亿 (breaks {B})')
a = ALT(X1, 2, s2425[3], '328.6亿元', 'stabilisation fund 323.6 → 328.6亿')
S.rel('sum', I, R(a, s2425, s2425[3], '328.6亿元'), 'altered: 2060.4 + 41.6 + 328.6 = 2430.6, not 2425.6亿 (breaks {B})')
a = ALT(I6, 1, gtour[2], '2.6萬名', 'herders in tourism 2006: 2.9 → 2.6萬')
S.rel('growth', I, R(a, gtour, gtour[2], '2.6萬名'), 'altered (across documents): 34870 / 1.198 = 29107 for 2006, not 2.6萬 (breaks {B})')
a = ALT(I7, 1, gtour[1], '15.8%', 'growth of herders in tourism 19.8 → 15.8%')
S.rel('growth', I, R(a, gtour, gtour[1], '15.8%'), 'altered (across documents): 34870 / 1.158 = 30112 for 2006, not the 2.9萬 of the 2006 report (breaks {B})')
a = ALT(X78, 1, g97[2], '9.1%', 'farm output yearly growth 9.7 → 9.1%')
S.rel('growth', I, R(a, g97, g97[2], '9.1%'), 'altered: 36.44^(1/39) = 1.0966, 9.7% a year, not 9.1% (breaks {B})')
a = ALT(X78, 2, g171[2], '17.8%', 'tertiary yearly growth 17.1 → 17.8%')
S.rel('growth', I, R(a, g171, g171[2], '17.8%'), 'altered: 467.6^(1/39) = 1.1707, 17.1% a year, not 17.8% (breaks {B})')
a = ALT(C21, 1, rk[2], '3个位次', 'rank gain 4 → 3 places')
S.rel('growth', I, R(a, rk, rk[2], '3个位次'), 'altered: 11th → 7th is 4 places, not 3 (breaks {B})')
a = ALT(C21, 2, sh38[0], '553.95亿元', '三张牌 value added 523.95 → 553.95亿')
S.rel('share', I, R(a, sh38, sh38[0], '553.95亿元'), 'altered (across documents): 553.95 / 1372 = 40.4%, not 38% (breaks {B})')
a = ALT(C25, 1, sh38[1], '1312亿元', '2020 GDP 1372 → 1312亿')
S.rel('share', I, R(a, sh38, sh38[1], '1312亿元'), 'altered (across documents): 523.95 / 1312 = 39.9%, not 38% (breaks {B})')
a = ALT(C25, 2, r2000[1], '1919亿元', '2024 GDP 2019 → 1919亿')
S.rel('restatement', I, R(a, r2000, r2000[1], '1919亿元'), 'altered: 1919亿 is below the 两千亿元 of the headline and text (breaks {B})')
a = ALT(Y6, 1, g399[2], '36.9%', 'income growth 2002-2006 39.9 → 36.9%')
S.rel('growth', I, R(a, g399, g399[2], '36.9%'), 'altered: 641.7 / 1608.8 = +39.9%, not 36.9% (breaks {B})')
a = ALT(Y6, 2, g589[0], '1331元', '2002 living expenses 1381 → 1331元')
S.rel('growth', I, R(a, g589, g589[0], '1331元'), 'altered: 2195 / 1331 = +64.9%, not 58.9% (breaks {B})')
a = ALT(ZX, 1, s30[2], '13个', 'new sites 12 → 13')
S.rel('sum', I, R(a, s30, s30[2], '13个'), 'altered: 18 + 13 = 31, not 30 sites (breaks {B})')
a = ALT(A4, 1, s848[2], '167,529人', 'non-agricultural population 167729 → 167529')
S.rel('sum', I, R(a, s848, s848[2], '167,529人'), 'altered: 680445 + 167529 = 847974, not 848174 (breaks {B})')
a = ALT(A4, 2, s1100[2], '3943人', 'rise of the non-agricultural population 3043 → 3943')
S.rel('sum', I, R(a, s1100, s1100[2], '3943人'), 'altered: 3943 − 1943 = 2000, not the +1100 of the total (breaks {B})')
a = ALT(A7, 1, s295[2], '147.34億元', 'secondary value added 141.34 → 147.34億')
S.rel('sum', I, R(a, s295, s295[2], '147.34億元'), 'altered: 46.44 + 147.34 + 107.38 = 301.16, not 295.16億 (breaks {B})')
a = ALT(A7, 2, r9401[0], '94.61萬人', 'population in the lead 94.01 → 94.61萬')
S.rel('restatement', I, R(a, r9401, r9401[0], '94.61萬人'), 'altered: 94.61萬人 in the lead, 94.01萬人 in the infobox (breaks {B})')
a = ALT(AX, 1, rax[1], '10485', 'area in the text 10435 → 10485')
S.rel('restatement', I, R(a, rax, rax[1], '10485'), 'altered: 10435 km² in the data box, 10485 in the text (breaks {B})')
a = ALT(SF, 1, s183[3], '107个', 'counties 105 → 107')
S.rel('sum', I, R(a, s183, s183[3], '107个'), 'altered: 55 + 19 + 107 + 4 = 185, not 183 (breaks {B})')
a = ALT(SF, 2, s3101[3], '656个', 'townships 626 → 656')
S.rel('sum', I, R(a, s3101, s3101[3], '656个'), 'altered: 459 + 2016 + 656 = 3131, not 3101 (breaks {B})')
a = ALT(CQ, 1, g98[2], '9.3%', 'GDP yearly growth 9.8 → 9.3%')
S.rel('growth', I, R(a, g98, g98[2], '9.3%'), 'altered: 1.093^8 = 2.04, below 2.1倍 (2.05-2.15) (breaks {B})')
a = ALT(CQ, 2, g10[0], '415亿元', '1996 retail sales 445 → 415亿')
S.rel('growth', I, R(a, g10, g10[0], '415亿元'), 'altered: (955 / 415)^(1/8) = 1.110, 11.0% a year, not 10% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

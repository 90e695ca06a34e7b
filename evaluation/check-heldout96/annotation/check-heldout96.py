"""Check key, set check-heldout96. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout96.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout96'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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
    src = a.split('_alt')[0] + '.txt'   # figures of other documents (cross-document relations) stay where they are
    return [on(a, f, new) if f == old else (on(a, f) if f[0] == src else f) for f in figs]

YK11='yk_2011n.txt'; YK12='yk_2012.txt'; SYT='sy_2006t.txt'; SY6='sy_2006_hant.txt'; SY5='sy_2005.txt'; HC='hc_2010.txt'
STZ='stz_2010_hant.txt'; CY='cy_2009.txt'; TL='tl_2008.txt'; HG='hg_2017.txt'; DX='dxal_2013q1.txt'; DQ91='dq_1991.txt'
DQ06='dq_2006n.txt'; DQ07='dq_2007_hant.txt'; DQ12='dq_2012.txt'

# ---- 营口 (辽宁, prefecture city): 2011 figures in a 2012 news feature (营口之窗) and 2012 results in the 2013 work report
y1gdp = F(YK11, '1224.7亿元'); y1ui = F(YK11, '20894元'); y1ri = F(YK11, '10662元'); y1port = F(YK11, '3亿吨')
y2gdp = F(YK12, '1390亿元'); y2g = F(YK12, '11%'); y2inv = F(YK12, '1100亿元')
y2ui = F(YK12, '24028元'); y2uig = F(YK12, '15%', pre='24028元,增长'); y2ri = F(YK12, '12475元'); y2rig = F(YK12, '17%')
y2port = F(YK12, '3亿吨'); y2portg = F(YK12, '15%', pre='3亿吨,增长')
g_ui = [y1ui, y2ui, y2uig]; g_ri = [y1ri, y2ri, y2rig]
S.rel('growth', C, g_ui, '营口 urban per-capita disposable income 2011 20894 × 1.15 = 24028.1 → 24028 (2012, +15%)')
S.rel('growth', C, g_ri, '营口 rural per-capita net income 2011 10662 × 1.17 = 12474.5 → 12475 (2012, +17%)')
S.rel('target', M, [y1port, y2port], '营口 port throughput: the October 2012 feature says 2012 "将实现3亿吨"; the 2013 report gives 2012 "完成3亿吨": met (same port, indicator and year)')
S.rel('growth', U, [y1gdp, y2gdp, y2g], '1224.7 (2011) → 1390 (2012, 预计) is +13.5% at current prices; the 11% is real growth: nominal vs real')
S.rel('share', U, [F(YK12, '147个'), F(YK12, '750个')], '147 projects of 亿元+ started in the development zone among 750 city-wide: a subset, no share stated')
S.rel('restatement', U, [y2portg, y2uig], 'port throughput +15% and urban income +15%: same number, different indicators')
S.rel('share', U, [y2inv, y2gdp], 'investment 1100 vs GDP 1390 (79%): an investment rate is not stated and the two are not part and whole')
a = ALT(YK12, 1, y2ui, '24928元', 'urban income 2012 24028 → 24928')
S.rel('growth', I, R(a, g_ui, y2ui, '24928元'), 'altered: 20894 × 1.15 = 24028, not 24928 (breaks {B})')
a = ALT(YK12, 2, y2rig, '14%', 'rural income growth 17% → 14%')
S.rel('growth', I, R(a, g_ri, y2rig, '14%'), 'altered: 10662 → 12475 is +17.0%, not 14% (breaks {B})')
a = ALT(YK11, 1, y1ri, '10862元', 'rural income 2011 10662 → 10862')
S.rel('growth', I, R(a, g_ri, y1ri, '10862元'), 'altered: 10862 × 1.17 = 12708.5, not 12475 (breaks {B})')

# ---- 沈阳 (辽宁, sub-provincial city): 2006 target (辽沈晚报 via sina), 2006 results (2007 report, traditional), 2005 vs 2000 (periodical)
tg = F(SYT, '14%', n=0); t13 = F(SYT, '13%')
s6gdp = F(SY6, '2482.5億元'); s6g = F(SY6, '16.5%'); s6inv = F(SY6, '1790.3億元'); s6invg = F(SY6, '31.3%')
s6np = F(SY6, '1539億元'); s6npp = F(SY6, '62%'); s6rev = F(SY6, '236.4億元'); s6revg = F(SY6, '30.3%'); s630 = F(SY6, '30%以上')
s5gdp = F(SY5, '2081亿元'); s5ind = F(SY5, '665.7亿元'); s5indx = F(SY5, '2.1倍'); s5indr = F(SY5, '25.1%')
s5inv = F(SY5, '1363.2亿元'); s5invx = F(SY5, '5.2倍'); s5invr = F(SY5, '39%'); s5rev = F(SY5, '181.5亿元'); s5revx = F(SY5, '2.8倍')
s5tx = F(SY5, '601亿元'); s5txx = F(SY5, '2.9倍'); s5txr = F(SY5, '31.3%'); s5fdi = F(SY5, '89.26亿美元'); s5fdix = F(SY5, '3.3倍')
sh_np = [s6np, s6gdp, s6npp]; g_inv = [s5inv, s6inv, s6invg]; g_rev = [s5rev, s6rev, s6revg]
g_ind = [s5ind, s5indx, s5indr]; g_inv5 = [s5inv, s5invx, s5invr]; g_tx = [s5tx, s5txx, s5txr]
S.rel('target', M, [tg, s6g], '沈阳 2006 GDP target +14% (2006 report) vs 2006 result +16.5% (预计, 2007 report): met')
S.rel('target', U, [t13, tg], '"十五" average of 13%+ (2001–2005) against the 2006 target of 14%: a past period, not the result for this target')
S.rel('share', C, sh_np, 'non-public sector 1539/2482.5 = 61.99% → 62')
S.rel('growth', C, g_inv, 'investment 2005 1363.2 → 2006 1790.3: ×1.3133 → +31.3% (cross-document)')
S.rel('growth', C, g_rev, 'local fiscal revenue 2005 181.5 → 2006 236.4: ×1.3025 (30.19–30.31% with the inputs to 0.05) vs +30.3%: consistent')
S.rel('growth', U, [s5gdp, s6gdp, s6g], '2081 → 2482.5 is +19.3% at current prices; 16.5% is real growth: nominal vs real')
S.rel('growth', C, g_ind, 'industry 2000→2005 "增长2.1倍" = ratio 3.1: 3.1^(1/5) = 1.254 (25.0–25.8 with 2.05–2.15倍) vs 25.1% a year')
S.rel('growth', C, g_inv5, 'investment "是2000年的5.2倍": 5.2^(1/5) = 1.3906 → 39% a year')
S.rel('growth', C, g_tx, '铁西 output "增长2.9倍" = ratio 3.9: 3.9^(1/5) = 1.3128 → 31.3% a year')
S.rel('growth', U, [s5rev, s5revx, s630], 'revenue ×3.8 over 2000–2005 (30.6% a year on average) vs "连续6年30%以上" (2001–2006, every year): an average does not show each year, and the spans differ')
S.rel('restatement', U, [s5txr, s6invg], '铁西 yearly output growth 31.3% (2000–2005) vs 沈阳 investment +31.3% (2006): same number, different things')
S.rel('growth', U, [s5fdi, s5fdix], 'FDI 2001–2005 cumulative 89.26亿美元 = 3.3 × the "九五" total: that total is not stated')
S.rel('growth', U, [s5fdi, F(SY6, '30.4億美元'), F(SY6, '43.4%')], 'cumulative FDI of five years (89.26) vs 2006 FDI 30.4 (+43.4% on 2005, not stated): cumulative vs annual')
a = ALT(SY6, 1, s6npp, '67%', 'non-public share 62% → 67%')
S.rel('share', I, R(a, sh_np, s6npp, '67%'), 'altered: 1539/2482.5 = 62.0%, not 67 (breaks {B})')
a = ALT(SY6, 2, s6inv, '1730.3億元', 'investment 2006 1790.3 → 1730.3')
S.rel('growth', I, R(a, g_inv, s6inv, '1730.3億元'), 'altered: 1363.2 → 1730.3 is +26.9%, not 31.3 (breaks {B})')
a = ALT(SY5, 1, s5indr, '28.1%', 'industry yearly growth 25.1 → 28.1')
S.rel('growth', I, R(a, g_ind, s5indr, '28.1%'), 'altered: ratio 3.1 over 5 years is 25.4% a year, not 28.1 (breaks {B})')
a = ALT(SY5, 2, s5invx, '5.8倍', 'investment ratio 5.2 → 5.8')
S.rel('growth', I, R(a, g_inv5, s5invx, '5.8倍'), 'altered: 5.8^(1/5) = 1.421, not 39% a year (breaks {B})')
a = ALT(SY5, 3, s5rev, '187.5亿元', 'revenue 2005 181.5 → 187.5')
S.rel('growth', I, R(a, g_rev, s5rev, '187.5亿元'), 'altered: 187.5 → 236.4 is +26.1%, not 30.3 (breaks {B})')

# ---- 海城市 (鞍山, 辽宁, county-level city): 十二五 plan, review of 2005–2010
hrev0 = F(HC, '6亿元', pre='2005年'); hrev = F(HC, '31亿元'); hrx = F(HC, '4.2倍'); hrr = F(HC, '38.9%')
hgdp = F(HC, '650亿元'); hgx = F(HC, '2.4倍'); hind = F(HC, '295亿元'); hindr = F(HC, '41.2%')
g_hx = [hrev0, hrev, hrx]; g_hr = [hrev0, hrev, hrr]
S.rel('growth', C, g_hx, 'budget revenue 6 → 31: 31/6 = 5.17, "增长了4.2倍" = ratio − 1 = 4.17 → 4.2')
S.rel('growth', C, g_hr, 'budget revenue 6 (2005) → 31 (2010): (31/6)^(1/5) = 1.3888 → 38.9% a year')
S.rel('growth', U, [F(HC, '1002家'), F(HC, '3倍')], '1002 firms, "比十五末期增加3倍": the 2005 count is not stated')
S.rel('growth', U, [hgdp, hgx, hind, hindr], 'GDP ×2.4 in five years (19.1% a year at current prices) vs industry value added +41.2% a year: the industry share in 2005 is not stated; not a check')
S.rel('sum', U, [F(HC, '290亿元'), F(HC, '283亿元'), F(HC, '150亿元'), F(HC, '100亿元')], 'three industries each over 100亿 (290, 283, 150): 突破100亿 is a threshold per industry, not a total')
a = ALT(HC, 1, hrx, '3.2倍', 'revenue increase 4.2 → 3.2 times')
S.rel('growth', I, R(a, g_hx, hrx, '3.2倍'), 'altered: 31/6 − 1 = 4.17, not 3.2 (breaks {B})')
a = ALT(HC, 2, hrr, '33.9%', 'revenue yearly growth 38.9 → 33.9')
S.rel('growth', I, R(a, g_hr, hrr, '33.9%'), 'altered: (31/6)^(1/5) is 38.9% a year, not 33.9 (breaks {B})')

# ---- 双台子区 (盘锦, 辽宁, district): 十二五 plan, review of 2005–2010 (traditional)
zg = F(STZ, '56億元'); z3 = F(STZ, '30億元'); z2 = F(STZ, '25.5億元'); z1 = F(STZ, '0.5億元')
zgx = F(STZ, '2.6倍'); zgr = F(STZ, '21.3%'); z3r = F(STZ, '17.7%'); z2r = F(STZ, '28.1%')
zrev = F(STZ, '4.1億元'); zrx = F(STZ, '2.4倍'); zrr = F(STZ, '28%')
pn = [F(STZ, '0.9', post=':45.5'), F(STZ, '45.5', pre='0.9:'), F(STZ, '53.6')]
sum_z = [z1, z2, z3, zg]; sh_z2 = [z2, zg, pn[1]]; sh_z3 = [z3, zg, pn[2]]; g_zr = [zrev, zrx, zrr]
S.rel('sum', C, sum_z, '0.5 + 25.5 + 30 = 56')
S.rel('share', C, [z1, zg, pn[0]], 'primary 0.5/56 = 0.89% → 0.9')
S.rel('share', C, sh_z2, 'secondary 25.5/56 = 45.54% → 45.5')
S.rel('share', C, sh_z3, 'tertiary 30/56 = 53.57% → 53.6')
S.rel('sum', C, pn, '2010 structure 0.9 + 45.5 + 53.6 = 100')
S.rel('growth', C, g_zr, 'budget revenue "比十五末期增长2.4倍" = ratio 3.4: 3.4^(1/5) = 1.277 (1.274–1.281 with 2.35–2.45倍) → 28% a year')
S.rel('growth', U, [zg, zgx, zgr], 'GDP "增长2.6倍" read as ratio 3.6 gives 29.2% a year, read as 是2.6倍 gives 21.1%; the 21.3% is most likely real growth while the ratio is of current-price levels: not checkable as written (judgement call)')
S.rel('rate', U, [z3, z3r, z2, z2r, zg, zgr], 'sector yearly averages 17.7 and 28.1 against the total 21.3: the 2005 sector levels are not stated (only the 2005 structure, rounded) and the primary rate is missing')
S.rel('growth', U, [F(STZ, '100億元'), F(STZ, '49 %')], 'five-year cumulative investment 100亿 with a yearly average growth of 49%: the yearly series is not stated')
a = ALT(STZ, 1, z2, '28.5億元', 'secondary value added 25.5 → 28.5')
S.rel('sum', I, R(a, sum_z, z2, '28.5億元'), 'altered: parts add to 59, not 56 (breaks {B})')
S.rel('share', I, R(a, sh_z2, z2, '28.5億元'), 'altered: 28.5/56 = 50.9%, not 45.5 (breaks {B})')
a = ALT(STZ, 2, pn[2], '55.6', 'tertiary share 53.6 → 55.6')
S.rel('share', I, R(a, sh_z3, pn[2], '55.6'), 'altered: 30/56 = 53.6%, not 55.6 (breaks {B})')
S.rel('sum', I, R(a, pn, pn[2], '55.6'), 'altered: 0.9 + 45.5 + 55.6 = 102 (breaks {B})')
a = ALT(STZ, 3, zrr, '23%', 'revenue yearly growth 28% → 23%')
S.rel('growth', I, R(a, g_zr, zrr, '23%'), 'altered: ratio 3.4 over five years is 27.7% a year, not 23 (breaks {B})')

# ---- 吉林市昌邑区 (吉林, district): 2009 work report
cg = F(CY, '179.1亿元'); c1 = F(CY, '7.7亿元'); c2 = F(CY, '52.4亿元'); c3 = F(CY, '119亿元')
sum_c = [c1, c2, c3, cg]
S.rel('sum', C, sum_c, '7.7 + 52.4 + 119 = 179.1')
S.rel('growth', U, [F(CY, '10.5亿元'), F(CY, '15.8%'), F(CY, '2.82亿元'), F(CY, '31.9%')], 'local-level revenue (其中, +31.9%) inside all-caliber revenue (+15.8%): the rest is not stated; not a check')
S.rel('share', U, [F(CY, '92.2亿元'), F(CY, '154亿元')], 'industrial investment 92.2 of 154 (59.9%): a 其中 part, no share stated')
S.rel('share', U, [F(CY, '41亿元'), F(CY, '71亿元')], 'industrial capital 41 of 71 attracted: a 其中 part, no share stated')
S.rel('restatement', U, [F(CY, '16.4%'), F(CY, '16.1%')], 'GDP +16.4% vs investment +16.1%: neighbouring numbers, different indicators')
a = ALT(CY, 1, c2, '55.4亿元', 'secondary value added 52.4 → 55.4')
S.rel('sum', I, R(a, sum_c, c2, '55.4亿元'), 'altered: parts add to 182.1, not 179.1 (breaks {B})')
a = ALT(CY, 2, c1, '4.7亿元', 'primary value added 7.7 → 4.7')
S.rel('sum', I, R(a, sum_c, c1, '4.7亿元'), 'altered: parts add to 176.1, not 179.1 (breaks {B})')

# ---- 通辽市 (内蒙古 east, bordering 吉林/辽宁; prefecture city): yearbook entry, 2008
tp = F(TL, '309.46万人'); tb = F(TL, '3.51万人'); tbr = F(TL, '11.35‰'); td = F(TL, '1.69万人'); tdr = F(TL, '5.46‰'); tnr = F(TL, '5.89‰')
tu = F(TL, '108万人'); tup = F(TL, '35%'); tr = F(TL, '201万人'); trp = F(TL, '65%')
th = F(TL, '316.2万人'); tag = F(TL, '197.53万人'); tnag = F(TL, '118.67万人'); tmg = F(TL, '147.67万人'); tmgp = F(TL, '46.7%')
tm = F(TL, '161.23万人'); tf = F(TL, '154.97万人'); tsr = F(TL, '1.04', post='∶1')
r_b = [tb, tp, tbr]; s_n = [tdr, tnr, tbr]; s_mf = [tm, tf, th]; r_sr = [tm, tf, tsr]; sh_mg = [tmg, th, tmgp]
S.rel('rate', C, r_b, 'births 3.51万 / 309.46万 = 11.34‰ (11.33–11.36 with the inputs to 0.005万) → 11.35‰')
S.rel('rate', C, [td, tp, tdr], 'deaths 1.69万 / 309.46万 = 5.46‰')
S.rel('sum', C, s_n, 'natural growth 11.35 − 5.46 = 5.89‰')
S.rel('sum', C, [tu, tr, tp], 'urban 108万 + rural 201万 = 309万 ≈ 309.46万 (within the 万 allowance of the parts)')
S.rel('share', C, [tu, tp, tup], 'urban 108/309.46 = 34.9% → 35')
S.rel('share', C, [tr, tp, trp], 'rural 201/309.46 = 64.95% → 65')
S.rel('sum', C, [tag, tnag, th], 'registered population: agricultural 197.53 + non-agricultural 118.67 = 316.2')
S.rel('sum', C, s_mf, 'registered population: men 161.23 + women 154.97 = 316.2')
S.rel('rate', C, r_sr, 'sex ratio 161.23/154.97 = 1.040 → 1.04∶1')
S.rel('share', C, sh_mg, 'Mongol 147.67 of the registered 316.2 = 46.70%')
S.rel('share', U, [tmg, tp, tmgp], '147.67 of the resident 309.46 would be 47.7%: the 46.7% is over the registered population 316.2, another base')
S.rel('growth', U, [tnr, F(TL, '0.6个千分点')], 'natural growth 5.89‰, 0.6 above 2007: the 2007 rate is not stated')
S.rel('growth', U, [F(TL, '18.9%'), F(TL, '1.1个百分点')], 'GDP +18.9%, 1.1 points below the 2007 rate: that rate is not stated')
S.rel('rate', U, [F(TL, '785.60亿元'), tp], 'GDP 785.60亿 over 309.46万 residents (≈25386 yuan): no per-capita figure is stated, and a year-end population is not the yearly average')
a = ALT(TL, 1, tf, '157.97万人', 'women 154.97 → 157.97')
S.rel('sum', I, R(a, s_mf, tf, '157.97万人'), 'altered: 161.23 + 157.97 = 319.2, not 316.2 (breaks {B})')
S.rel('rate', I, R(a, r_sr, tf, '157.97万人'), 'altered: 161.23/157.97 = 1.02, not 1.04 (breaks {B})')
a = ALT(TL, 2, tbr, '11.85‰', 'birth rate 11.35 → 11.85')
S.rel('rate', I, R(a, r_b, tbr, '11.85‰'), 'altered: 3.51/309.46 = 11.34‰, not 11.85 (breaks {B})')
S.rel('sum', I, R(a, s_n, tbr, '11.85‰'), 'altered: 11.85 − 5.46 = 6.39, not 5.89 (breaks {B})')
a = ALT(TL, 3, tmgp, '48.7%', 'Mongol share 46.7 → 48.7')
S.rel('share', I, R(a, sh_mg, tmgp, '48.7%'), 'altered: 147.67/316.2 = 46.7%, not 48.7 (breaks {B})')

# ---- 鹤岗市 (黑龙江, prefecture city): 2017
hgg = F(HG, '282.9亿元'); h1 = F(HG, '93亿元'); h2 = F(HG, '87.6亿元'); h3 = F(HG, '102.3亿元')
sum_hg = [h1, h2, h3, hgg]
S.rel('sum', C, sum_hg, '93 + 87.6 + 102.3 = 282.9')
S.rel('rate', U, [h1, F(HG, '5.2%'), h2, F(HG, '9.5%'), h3, F(HG, '7.5%'), hgg, F(HG, '7.3%')], 'current-price sector levels deflated by real sector rates (gives 7.3 here, but by chance): base-year weights are not stated; not a check')
S.rel('rate', U, [hgg, F(HG, '99.5万')], 'GDP 2017 over the 2018 resident population: no per-capita figure stated, and the years differ')
a = ALT(HG, 1, h2, '81.6亿元', 'secondary value added 87.6 → 81.6')
S.rel('sum', I, R(a, sum_hg, h2, '81.6亿元'), 'altered: parts add to 276.9, not 282.9 (breaks {B})')

# ---- 大兴安岭地区 (黑龙江, prefecture-level region): Q1 2013 fiscal revenue and spending (东北网)
xt = F(DX, '57122万元'); xtg = F(DX, '18.7%'); xup = F(DX, '25163万元'); xupg = F(DX, '6.1%'); xl = F(DX, '31959万元'); xlg = F(DX, '30.9%', n=0)
xdb = F(DX, '7234万元', n=0); xdbg = F(DX, '17.3%', n=0); xxj = F(DX, '24725万元'); xxjg = F(DX, '35.6%')
xs = F(DX, '98352万元'); xsg = F(DX, '2.1%'); xsdb = F(DX, '41364万元'); xsdbg = F(DX, '23.1%'); xsxj = F(DX, '56988万元'); xsxjg = F(DX, '22%')
xdb2 = F(DX, '7234万元', n=1); xdbg2 = F(DX, '17.3%', n=1)
xc = [F(DX, '9305万元'), F(DX, '2016万元'), F(DX, '3402万元'), F(DX, '10002万元')]; xcg = [F(DX, '43.5%'), F(DX, '15.5%'), F(DX, '11.8%'), F(DX, '43.6%')]
sum_xt = [xup, xl, xt]; g_xt = [xup, xupg, xl, xlg, xt, xtg]; sum_xc = xc + [xxj]; g_xc = [f for p in zip(xc, xcg) for f in p] + [xxj, xxjg]
sum_xs = [xsdb, xsxj, xs]; g_xs = [xsdb, xsdbg, xsxj, xsxjg, xs, xsg]
S.rel('sum', C, sum_xt, 'all-caliber revenue: to centre/province 25163 + local 31959 = 57122')
S.rel('sum', C, [xdb, xxj, xl], 'local revenue: prefecture level 7234 + county level 24725 = 31959')
S.rel('sum', C, sum_xc, 'county level: 加格达奇 9305 + 呼玛 2016 + 塔河 3402 + 漠河 10002 = 24725')
S.rel('sum', C, sum_xs, 'spending: prefecture level 41364 + county level 56988 = 98352')
S.rel('growth', C, g_xt, 'bases 25163/1.061 + 31959/1.309 = 48131 → 57122/48131 = +18.7%')
S.rel('growth', C, [xdb, xdbg, xxj, xxjg, xl, xlg], 'bases 7234/1.173 + 24725/1.356 = 24401 → +31.0% (30.92–31.02 with the rates to 0.05): 30.9 consistent at the edge')
S.rel('growth', C, g_xc, 'county bases 6484.3 + 1745.5 + 3042.9 + 6965.2 = 18238 → 24725/18238 = +35.6%')
S.rel('growth', C, g_xs, 'spending bases 41364/0.769 + 56988/1.22 = 100501 → 98352/100501 = −2.1%')
S.rel('restatement', C, [xdb, xdb2], 'prefecture-level revenue 7234万元 stated twice')
S.rel('restatement', C, [xdbg, xdbg2], 'prefecture-level revenue growth 17.3% stated twice')
S.rel('restatement', U, [xlg, F(DX, '30.9%', n=1)], 'Q1 +30.9% and "3月 30.9%": the text does not say whether the monthly figures are cumulative; not keyed as a restatement')
S.rel('share', U, [xl, xs], 'local revenue 31959 vs spending 98352 (32.5%): no self-sufficiency ratio is stated')
a = ALT(DX, 1, xup, '25763万元', 'revenue to centre/province 25163 → 25763')
S.rel('sum', I, R(a, sum_xt, xup, '25763万元'), 'altered: 25763 + 31959 = 57722, not 57122 (breaks {B})')
S.rel('growth', I, R(a, g_xt, xup, '25763万元'), 'altered: the part levels now imply +17.3%, not 18.7 (breaks {B})')
a = ALT(DX, 2, xc[3], '16002万元', '漠河 revenue 10002 → 16002')
S.rel('sum', I, R(a, sum_xc, xc[3], '16002万元'), 'altered: counties add to 30725, not 24725 (breaks {B})')
S.rel('growth', I, R(a, g_xc, xc[3], '16002万元'), 'altered: county bases now 22416, 24725/22416 = +10.3%, not 35.6 (breaks {B})')
a = ALT(DX, 3, xsxjg, '27%', 'county spending growth 22% → 27%')
S.rel('growth', I, R(a, g_xs, xsxjg, '27%'), 'altered: bases 53789 + 44872 → −0.3%, not −2.1 (breaks {B})')

# ---- 大庆 (黑龙江): 1991 review by the first vice-mayor (黑龙江年鉴)
dsp = F(DQ91, '254亿元'); dga = F(DQ91, '235.8亿元'); dgag = F(DQ91, '3.25%'); dsg = F(DQ91, '3.3%', n=0)
di = F(DQ91, '229.7亿元'); dig = F(DQ91, '3.3%', n=1); dh = F(DQ91, '222.4亿元'); dhg = F(DQ91, '3%', pre='增长', post=',轻')
dl = F(DQ91, '7.3亿元'); dlg = F(DQ91, '14.1%'); dgr = F(DQ91, '3.016亿公斤'); dg3 = F(DQ91, '3亿公斤'); dy = F(DQ91, '318公斤'); dy3 = F(DQ91, '300公斤')
sum_d = [dh, dl, di]; g_d = [dh, dhg, dl, dlg, di, dig]; r_y = [dy3, dy]
S.rel('sum', C, sum_d, 'industrial output: heavy 222.4 + light 7.3 = 229.7')
S.rel('growth', C, g_d, 'constant (1990) prices: bases 222.4/1.03 + 7.3/1.141 = 222.32 → 229.7/222.32 = +3.3%')
S.rel('target', M, [F(DQ91, '48.5亿元'), F(DQ91, '104.1%')], 'export supply 48.5亿 = 104.1% of the year plan (plan ≈ 46.6亿, not stated): met')
S.rel('target', M, [F(DQ91, '107.8%'), F(DQ91, '0.2个百分点')], 'retail price index 107.8%, 0.2 points below the ceiling set by the province (108%): the control target was met')
S.rel('restatement', C, [dg3, dgr], 'grain "首次突破3亿公斤" and 3.016亿公斤: consistent')
S.rel('restatement', C, r_y, 'yield "首次突破300公斤" and 318公斤: consistent')
S.rel('share', U, [dga, dsp], 'gross agricultural and industrial output 235.8 of gross social product 254: a 其中 part, no share stated')
S.rel('restatement', U, [dsg, dig], 'gross social product +3.3% and industrial output +3.3%: same number, different aggregates')
S.rel('growth', U, [dga, dgag, di, dig], 'agriculture + industry 235.8 (+3.25%) contains industry 229.7 (+3.3%): agriculture (6.1, implied) and its growth are not stated')
S.rel('rate', U, [dgr, dy], 'grain 3.016亿公斤 / 318公斤 per mu ≈ 948万亩: the sown area is not stated')
a = ALT(DQ91, 1, dl, '9.3亿元', 'light industry 7.3 → 9.3')
S.rel('sum', I, R(a, sum_d, dl, '9.3亿元'), 'altered: 222.4 + 9.3 = 231.7, not 229.7 (breaks {B})')
S.rel('growth', I, R(a, g_d, dl, '9.3亿元'), 'altered: bases 215.92 + 8.15 → +2.5%, not 3.3 (breaks {B})')
a = ALT(DQ91, 2, dy, '298公斤', 'grain yield 318 → 298')
S.rel('restatement', I, R(a, r_y, dy, '298公斤'), 'altered: "首次突破300公斤" but 298公斤 (breaks {B})')
a = ALT(DQ91, 3, dig, '5.3%', 'industrial output growth 3.3 → 5.3')
S.rel('growth', I, R(a, g_d, dig, '5.3%'), 'altered: heavy +3% and light +14.1% give +3.3%, not 5.3 (breaks {B})')

# ---- 大庆 2006 (东北网, January 2007), 2006 and the 2010 goal (86079.cn, June 2007, traditional), 2012 (大庆人大网, January 2013)
q6gdp = F(DQ06, '1618亿元'); q6avg = F(DQ06, '11.4%'); q6dq = F(DQ06, '72亿元'); q6prov = F(DQ06, '89亿元')
q7gdp = F(DQ07, '1620億元'); q7g = F(DQ07, '10.5%'); q7t = F(DQ07, '2000億元', n=0); q7tr = F(DQ07, '8%'); q7b = F(DQ07, '1610億')
q12g = F(DQ12, '4000亿元'); q12o = F(DQ12, '46', post=':54'); q12n = F(DQ12, '54', pre='46:')
S.rel('restatement', I, [q7gdp, q7b], 'REAL ERROR in the original: the same article gives 大庆 2006 GDP as 1620亿 and, three paragraphs on, "去年的1610亿"')
S.rel('target', CT, [q7t, q7tr], '大庆 2010 goal: GDP 2000亿, 8% a year: no 2010 result in the set')
S.rel('growth', U, [q7gdp, q7t, q7tr], '1620 → 2000 over 2006–2010 is 5.4% a year at current prices, not 8%: the 8% is a real rate (and may count from 2005); level target and rate are not comparable')
S.rel('target', U, [q7t, q12g], '2010 goal of 2000亿 vs 2012 result "突破4000亿": another year')
S.rel('restatement', U, [q6gdp, q7gdp], '2006 GDP 1618亿 (January 2007 estimate) vs 1620亿 (June 2007): different vintages of the same figure; not keyed as an error (judgement call)')
S.rel('share', U, [q6dq, q6prov, F(DQ07, '2/3')], '72 of the province-level revenue 89 (80.9%) vs "全省財政收入有2/3來自大慶": province level (省本级) and all-province revenue are different scopes')
S.rel('growth', U, [q6avg, q7g], 'GDP "年均增长11.4%" (span not stated) vs 2006 +10.5%')
S.rel('restatement', U, [F(DQ06, '400亿元'), F(DQ06, '400万平方米')], 'investment 400亿元 and floor space 400万平方米: same digits, different things')
S.rel('share', U, [F(DQ07, '394億元'), q7gdp], 'Q1 2007 394亿 vs the 2006 total 1620亿: another period; no share stated')
S.rel('sum', C, [q12o, q12n], 'oil : non-oil economy 46 : 54 = 100')
S.rel('share', U, [F(DQ12, '3150亿元'), q12g], 'industrial value added 3150 vs GDP "突破4000亿" (a lower bound): no share stated')
S.rel('growth', U, [F(DQ12, '10%', pre='3150亿元、增长'), F(DQ12, '20%', pre='地方工业增长')], 'local industry +20% is a part of industry +10%: its weight is not stated')
S.rel('growth', U, [F(DQ06, '84.4亿元'), F(DQ12, '263亿元'), F(DQ12, '24.8%')], '市财政收入 84.4 (2006) vs 地方财政收入 263 (2012, +24.8% on 2011): other years and caliber')
a = ALT(DQ12, 1, q12n, '56', 'non-oil share 54 → 56')
S.rel('sum', I, R(a, [q12o, q12n], q12n, '56'), 'altered: 46 + 56 = 102 (breaks {B})')

# ---- cross-document target and trap relations
S.rel('target', U, [tg, q7g], '沈阳 2006 target +14% vs 大庆 2006 result +10.5%: another place')
S.rel('target', U, [tg, y2g], '沈阳 2006 target +14% vs 营口 2012 result +11%: another place and year')
S.rel('growth', U, [F(SY6, '11651.4元'), y1ui], '沈阳 2006 urban income 11651.4 vs 营口 2011 20894: other place and year')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

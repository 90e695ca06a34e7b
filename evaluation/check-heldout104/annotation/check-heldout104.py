"""Check key, set check-heldout104. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout104.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout104'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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
    src = a.split('_alt')[0] + '.txt'   # figures of other documents stay where they are (cross-document relations)
    return [on(a, f, new) if f == old else (on(a, f) if f[0] == src else f) for f in figs]

WC='wc_1996.txt'; TL='tlx_2007_hant.txt'; KY='ky_2011_hant.txt'; AC='ac_2011.txt'
HB='hb_2014.txt'; SG8='sg_2008.txt'; SG8B='sg_2008b.txt'; SG7='sg_2007.txt'; SG2='sg_2002yb.txt'; SH='sh_2007.txt'
YBH='yb_2023h1.txt'; YB11='yb_2011.txt'; YB09='yb_2009bbs.txt'; JL='jl_2011q3_hant.txt'; HLX='hlx_2020_hant.txt'

# ---- 五常市 1996 (黑龙江 yearbook entry)
w_p = [F(WC, '19:6亿元'), F(WC, '8亿元', pre='、'), F(WC, '12.4亿元'), F(WC, '40亿元')]
S.rel('sum', C, w_p, 'GDP by sector: 19.6 + 8 + 12.4 = 40 (`19:6` is a typo for 19.6, judgement call)')
S.rel('rate', U, [F(WC, '13.3%'), F(WC, '16.3%'), F(WC, '12%'), F(WC, '9.3%')], 'sector rates vs GDP +13.3%: weights (1995 levels) not stated; weighting by the 1996 levels gives 13.27 only by chance')
S.rel('sum', U, [F(WC, '1.4504亿元'), F(WC, '1.3768亿元')], '"收支平衡": revenue 1.4504 and spending 1.3768; no balance is stated, a claim in words')
S.rel('growth', U, [F(WC, '1.4504亿元'), F(WC, '2503万元')], 'revenue up 2503万 (20.9% on 1.2001亿): no rate is stated')
S.rel('share', U, [F(WC, '14亿元'), w_p[0]], 'farm output 14亿 (1990 constant prices) below primary value added 19.6 (current prices): different price bases, not comparable')
a = ALT(WC, 1, w_p[2], '14.4亿元', 'tertiary value added 12.4 → 14.4')
S.rel('sum', I, R(a, w_p, w_p[2], '14.4亿元'), 'altered: 19.6 + 8 + 14.4 = 42, not 40 (breaks {B})')
a = ALT(WC, 2, w_p[1], '6亿元', 'secondary value added 8 → 6')
S.rel('sum', I, R(a, w_p, w_p[1], '6亿元'), 'altered: 19.6 + 6 + 12.4 = 38, not 40 (breaks {B})')

# ---- 铁岭县 2003–2007 (county work report of 2007-12-04, traditional with inline pinyin pairs)
t_p = [F(TL, '15.5億元'), F(TL, '53億元'), F(TL, '13.5億元')]; t_g = F(TL, '82億元')
t_s = [F(TL, '18.9', post=':64.6'), F(TL, '64.6'), F(TL, '16.5', pre='64.6:')]
t_02 = [F(TL, '50.6'), F(TL, '26.1'), F(TL, '23.3')]; t_pp = F(TL, '38.5個')
S.rel('sum', C, t_p + [t_g], '2007 GDP by sector: 15.5 + 53 + 13.5 = 82')
S.rel('share', C, [t_p[0], t_g, t_s[0]], 'primary share 15.5/82 = 18.90%')
S.rel('share', C, [t_p[1], t_g, t_s[1]], 'secondary share 53/82 = 64.63% → 64.6')
S.rel('share', C, [t_p[2], t_g, t_s[2]], 'tertiary share 13.5/82 = 16.46% → 16.5')
S.rel('sum', C, t_02, '2002 structure 50.6 + 26.1 + 23.3 = 100')
S.rel('sum', C, t_s, '2007 structure 18.9 + 64.6 + 16.5 = 100')
S.rel('growth', C, [t_02[1], t_s[1], t_pp], 'secondary share 26.1 → 64.6: up 38.5 points')
S.rel('growth', C, [t_g, F(TL, '345.7%'), F(TL, '34.8%')], 'GDP +345.7% over 2002–2007: 4.457^(1/5) = 1.348 → 34.8% a year')
S.rel('growth', C, [F(TL, '50億元'), F(TL, '8.3倍'), F(TL, '56.1%')], 'investment 增长8.3倍 = ratio 9.3: 9.3^(1/5) = 1.562 → 56.2; with 8.3 to 0.05 the range is 56.04–56.37, so 56.1 is inside')
S.rel('growth', C, [F(TL, '11.6億元'), F(TL, '132%'), F(TL, '18.3%')], 'retail sales +132%: 2.32^(1/5) → 18.3% a year')
t_r = [F(TL, '9億元'), F(TL, '599.1%'), F(TL, '47.5%')]
S.rel('growth', C, t_r, 'revenue +599.1%: 6.991^(1/5) → 47.5% a year')
S.rel('share', U, t_p + [F(TL, '59.8%'), F(TL, '1052%'), F(TL, '229.3%')] + t_02, 'backing 2002 sector levels out of the growth rates gives 9.70/4.60/4.10 (sum 18.40 = 82/4.457) and shares 52.7:25.0:22.3, not the stated 50.6:26.1:23.3: the rates are not on the nominal basis of the structure (comparable prices); no check (judgement call)')
S.rel('growth', U, [F(TL, '117.6億元'), F(TL, '6.7倍')], 'five-year investment 117.6 = 6.7 × the previous five years: the previous total is not stated')
a = ALT(TL, 1, t_pp, '36.5個', 'secondary share rise 38.5 → 36.5 points')
S.rel('growth', I, R(a, [t_02[1], t_s[1], t_pp], t_pp, '36.5個'), 'altered: 64.6 − 26.1 = 38.5, not 36.5 (breaks {B})')
a = ALT(TL, 2, t_r[1], '509.1%', 'revenue growth 2002–2007 599.1% → 509.1%')
S.rel('growth', I, R(a, t_r, t_r[1], '509.1%'), 'altered: 6.091^(1/5) → 43.5% a year, not 47.5 (breaks {B})')
a = ALT(TL, 3, t_p[0], '16.5億元', 'primary value added 15.5 → 16.5')
S.rel('sum', I, R(a, t_p + [t_g], t_p[0], '16.5億元'), 'altered: 16.5 + 53 + 13.5 = 83, not 82 (breaks {B})')
S.rel('share', I, R(a, [t_p[0], t_g, t_s[0]], t_p[0], '16.5億元'), 'altered: 16.5/82 = 20.1%, not 18.9 (breaks {B})')
t_rs = [F(TL, '11.6億元'), F(TL, '132%'), F(TL, '18.3%')]
a = ALT(TL, 4, t_rs[2], '13.3%', 'retail yearly growth 18.3 → 13.3')
S.rel('growth', I, R(a, t_rs, t_rs[2], '13.3%'), 'altered: 2.32^(1/5) → 18.3% a year, not 13.3 (breaks {B})')

# ---- 开原市 2011 (county-level city work report, traditional; only traps and a goal)
S.rel('target', CT, [F(KY, '50名'), F(KY, '76位')], 'goal 進入全國百強縣前50名 (one of three long-term 宏偉目標, no year stated) vs 2011 rank 76: the goal’s period is not stated')
S.rel('target', U, [F(KY, '50名'), F(KY, '10名')], 'the top-50 goal is about the 百強縣 ranking; 前10名 is the residents’ satisfaction ranking: another indicator')
S.rel('growth', U, [F(KY, '200億元'), F(KY, '46.3%')], 'investment +46.3% "按新統計口徑": new statistical scope; the 2010 level is not stated')
S.rel('growth', U, [F(KY, '410億元'), F(KY, '28.1%'), F(KY, '28億元'), F(KY, '34.8%')], 'GDP +28.1%, revenue +34.8%: 2010 levels not stated; GDP growth is real, revenue nominal')
S.rel('sum', U, [F(KY, '85個'), F(KY, '22個')], '22 projects over 500m are among the 85 over 100m: a subset')

# ---- 阿城区 2007–2011 (district work report, 哈尔滨; only traps)
S.rel('growth', U, [F(AC, '215.3亿元'), F(AC, '12.8%'), F(AC, '14.9%')], 'GDP +12.8% in 2011, 14.9% a year over five years: the 2006 level is not stated')
a_fr = [F(AC, '18.7亿元'), F(AC, '8.3亿元'), F(AC, '4.3亿元')]
S.rel('sum', U, a_fr, 'fiscal revenue 18.7 ⊃ 全口径一般预算 8.3 ⊃ 地方一般预算 4.3: nested scopes (其中), not a split')
S.rel('growth', U, [F(AC, '17.5%'), F(AC, '22.9%'), F(AC, '23.2%')], 'sub-scope rates above the total rate: weights of the remainder not stated')

# ---- 鹤北林业局 2014 (forestry bureau statistics note, 森工 合江管理局)
h_t0 = F(HB, '10.5亿元', n=0); h_t1 = F(HB, '10.5亿元', n=1); h_g0 = F(HB, '8.7%', n=0); h_g1 = F(HB, '8.7%', n=1)
h_p = [F(HB, '3.7亿元'), F(HB, '5.0亿元'), F(HB, '1.8亿元')]; h_s = [F(HB, '35%'), F(HB, '47%'), F(HB, '18%')]
S.rel('restatement', C, [h_t0, h_t1], '2014 forestry output 10.5亿 stated twice')
S.rel('restatement', C, [h_g0, h_g1], 'growth 8.7% stated twice')
S.rel('growth', C, [h_t1, F(HB, '0.8亿元'), h_g1], '+0.8 on 10.5 − 0.8 = 9.7 is 8.25%; with the inputs to 0.05 the range is 7.65–8.85, so 8.7 is inside (judgement call)')
S.rel('sum', C, h_p + [h_t1], 'by sector 3.7 + 5.0 + 1.8 = 10.5')
S.rel('share', C, [h_p[0], h_t1, h_s[0]], 'primary 3.7/10.5 = 35.2% → 35')
S.rel('share', C, [h_p[1], h_t1, h_s[1]], 'secondary 5.0/10.5 = 47.6% (rounds to 48); with the inputs to 0.05 the range 46.9–48.3 reaches 47 (judgement call: shares forced to add to 100)')
S.rel('share', C, [h_p[2], h_t1, h_s[2]], 'tertiary 1.8/10.5 = 17.1% (rounds to 17); with the inputs to 0.05 the range 16.6–17.7 rounds to 18 at the top (judgement call)')
S.rel('sum', C, h_s, 'shares 35 + 47 + 18 = 100')
S.rel('share', U, [F(HB, '2.8亿元'), h_t0], 'value added 2.8 of gross output 10.5: no ratio stated')
S.rel('rate', U, [F(HB, '5,028.6万元'), F(HB, '2.6万立方米')], 'sales revenue 5028.6万 and timber cut 2.6万 m³: no price is stated and revenue covers more than timber')
a = ALT(HB, 1, h_p[1], '5.6亿元', 'secondary output 5.0 → 5.6')
S.rel('sum', I, R(a, h_p + [h_t1], h_p[1], '5.6亿元'), 'altered: 3.7 + 5.6 + 1.8 = 11.1, not 10.5 (breaks {B})')
S.rel('share', I, R(a, [h_p[1], h_t1, h_s[1]], h_p[1], '5.6亿元'), 'altered: 5.6/10.5 = 53.3%, not 47 (breaks {B})')
a = ALT(HB, 2, h_s[0], '38%', 'primary share 35% → 38%')
S.rel('share', I, R(a, [h_p[0], h_t1, h_s[0]], h_s[0], '38%'), 'altered: 3.7/10.5 = 35.2%, not 38 (breaks {B})')
S.rel('sum', I, R(a, h_s, h_s[0], '38%'), 'altered: 38 + 47 + 18 = 103, not 100 (breaks {B})')
a = ALT(HB, 3, h_g1, '6.7%', 'output growth (second mention) 8.7 → 6.7')
S.rel('growth', I, R(a, [h_t1, F(HB, '0.8亿元'), h_g1], h_g1, '6.7%'), 'altered: 0.8/9.7 = 8.2% (7.65–8.85 with allowance), not 6.7 (breaks {B})')
S.rel('restatement', I, R(a, [h_g0, h_g1], h_g1, '6.7%'), 'altered: growth 8.7% and 6.7% for the same 2014 output (breaks {B})')

# ---- 黑龙江 森工 (forest industry system): 2007 (中国木材网), 2008 (东北网 ×2), about 2002 (yearbook)
s8_t = F(SG8, '244.8亿元'); s8_g = F(SG8, '13.3%'); s8b_t0 = F(SG8B, '245亿元', n=0); s8b_t1 = F(SG8B, '245亿元', n=1)
s7_t0 = F(SG7, '216亿元', n=0); s7_t1 = F(SG7, '216亿元', n=1)
s7_li = F(SG7, '48.4亿元'); s8b_li = F(SG8B, '52亿元'); s8b_lg = F(SG8B, '8%')
s8_w = F(SG8, '9.25亿元'); s8b_w = F(SG8B, '9.25亿元')
S.rel('restatement', C, [s8_t, s8b_t1], '2008 森工 output 244.8亿 (16 Feb) and 245亿 (26 Feb): the same figure rounded')
S.rel('restatement', C, [s8b_t0, s8b_t1], '245亿 in the headline and the body')
S.rel('restatement', C, [s8_w, s8b_w], 'back wages repaid 9.25亿 in both reports')
S.rel('restatement', C, [F(SG8, '23.4亿元'), F(SG8B, '23.4亿元')], 'investment attracted 23.4亿 in both reports')
S.rel('restatement', C, [F(SG8, '24个'), F(SG8B, '24个')], '24 projects in both reports')
S.rel('restatement', C, [s7_t0, s7_t1], '2007 output 216亿 stated twice')
S.rel('growth', C, [s7_t1, s8_t, s8_g], 'cross-document: 2007 output 216 (2008-03 report) → 2008 244.8: +13.33% → 13.3')
S.rel('growth', C, [s7_li, s8b_li, s8b_lg], 'cross-document: forest-products industry 48.4 (2007) → 52 (2008): +7.4%; with 52 to 0.5 the range is 6.3–8.6, so 8% is inside')
S.rel('growth', U, [F(SG7, '102.4亿元'), F(SG8B, '120亿元'), F(SG8B, '12.4 %')], 'cross-document: 多种经营 102.4 (2007) → 120 (2008) is +17.2%, but the 2008 report says +12.4% (implying a 2007 base of 106.8): the 2007 base was revised or scoped differently; no valid cross-year check (judgement call)')
S.rel('growth', U, [F(SG8B, '8亿元'), F(SG8B, '25%')], 'tourism "产值及收入" 8亿 +25%: the 2007 figure (7.8亿 产值 in the 2007 report, beyond its excerpt) is another measure; base not stated here')
S.rel('restatement', U, [F(SG8B, '34亿元'), F(SG7, '34.8亿元')], 'timber revenue 34亿 (2008) vs timber sales revenue 34.8亿 (2007): another year, not a restatement')
S.rel('restatement', U, [F(SG8B, '404万立方米'), F(SG2, '409万立方米')], 'timber produced 404万 m³ (2008) vs 409万 m³ (about 2002): another year')
s2_w = F(SG2, '409万立方米'); s2_p = F(SG2, '19万立方米')
S.rel('target', MS, [s2_w, s2_p], '森工 timber production 409万 m³, 19万 below plan (plan 428): missed')
S.rel('target', U, [s2_p, F(SG8B, '404万立方米')], 'the timber plan of about 2002 vs 2008 production 404万: another year')
S.rel('share', U, [F(SG2, '606.7万公顷'), F(SG2, '74.8%')], 'managed area 606.7万 ha = 74.8% of the forest area: the forest area is not stated')
S.rel('sum', U, [F(SG2, '16.1万人'), F(SG2, '14.1万人')], 'workers placed 16.1万, of which 14.1万 with a one-off payment: a subset')
S.rel('rate', U, [F(SG2, '47.75元'), F(SG2, '1.9亿元'), s2_w], '47.75 元/m³ × 409万 m³ = 1.95亿 (would round to 2.0): the increase is on the volume sold, which is not stated (judgement call)')
S.rel('sum', U, [F(SG2, '29.8亿元'), F(SG2, '58.8亿元'), F(SG2, '117.9亿元')], 'forest-products 29.8 + diversified 58.8 = 88.6 of 117.9: a partial list')
S.rel('share', U, [F(HB, '10.5亿元', n=0), s8_t], '鹤北 (one 森工 bureau) 2014 output 10.5 vs 森工 2008 output 244.8: another year; no share stated')
a = ALT(SG8, 1, s8_t, '248.4亿元', '2008 森工 output 244.8 → 248.4')
S.rel('restatement', I, R(a, [s8_t, s8b_t1], s8_t, '248.4亿元'), 'altered: 248.4 is not 245 rounded (breaks {B})')
S.rel('growth', I, R(a, [s7_t1, s8_t, s8_g], s8_t, '248.4亿元'), 'altered: 248.4/216 = +15.0%, not 13.3 (breaks {B})')
a = ALT(SG7, 1, s7_t1, '219亿元', '2007 output (second mention) 216 → 219')
S.rel('restatement', I, R(a, [s7_t0, s7_t1], s7_t1, '219亿元'), 'altered: 216 and 219 for the same 2007 output (breaks {B})')
S.rel('growth', I, R(a, [s7_t1, s8_t, s8_g], s7_t1, '219亿元'), 'altered: 244.8/219 = +11.8%, not 13.3 (breaks {B})')
a = ALT(SG8B, 1, s8b_li, '57亿元', 'forest-products output 2008 52 → 57')
S.rel('growth', I, R(a, [s7_li, s8b_li, s8b_lg], s8b_li, '57亿元'), 'altered: 57/48.4 = +17.8%, not 8 (breaks {B})')
a = ALT(SG8B, 2, s8b_w, '9.52亿元', 'back wages repaid 9.25 → 9.52')
S.rel('restatement', I, R(a, [s8_w, s8b_w], s8b_w, '9.52亿元'), 'altered: 9.52 vs 9.25 in the 16 Feb report (breaks {B})')

# ---- 绥化农垦分局 2007 (farm bureau of the 农垦总局, yearbook entry)
h_v = [F(SH, '9.3亿元'), F(SH, '3.17亿元'), F(SH, '5.93亿元')]; h_gdp = F(SH, '18.4亿元')
h_ec = [F(SH, '3.39万公顷'), F(SH, '8.35万公顷'), F(SH, '40.5%')]
S.rel('sum', C, h_v + [h_gdp], 'bureau GDP 9.3 + 3.17 + 5.93 = 18.4')
S.rel('rate', U, [F(SH, '19%', n=0), F(SH, '16.7%'), F(SH, '23.5%'), F(SH, '20.4%')], 'sector rates vs +19%: weights (2006 levels) not stated')
S.rel('share', C, h_ec, 'cash crops 3.39/8.35 = 40.60%; with the inputs to 0.005 the range reaches 40.51, so 40.5 is inside (judgement call)')
S.rel('share', U, [F(SH, '4.28亿元'), F(SH, '42%'), h_v[0]], 'livestock 4.28 = 42% of 大农业 (10.2) but 46% of primary value added 9.3: 大农业 is not stated to be the primary sector (judgement call)')
S.rel('rate', U, [F(SH, '32.6万吨'), F(SH, '388公斤'), h_ec[1]], 'yield 388 kg/亩 over a grain area not stated: 32.6万 t over all 8.35万 ha is 260 kg, over the non-cash-crop area 438 kg')
S.rel('restatement', U, [F(SH, '19%', n=0), F(SH, '19%', n=1)], 'GDP +19% and per-capita GDP +19%: different indicators, same number')
a = ALT(SH, 1, h_v[2], '6.93亿元', 'tertiary value added 5.93 → 6.93')
S.rel('sum', I, R(a, h_v + [h_gdp], h_v[2], '6.93亿元'), 'altered: 9.3 + 3.17 + 6.93 = 19.4, not 18.4 (breaks {B})')
a = ALT(SH, 2, h_ec[2], '46.5%', 'cash-crop share 40.5 → 46.5')
S.rel('share', I, R(a, h_ec, h_ec[2], '46.5%'), 'altered: 3.39/8.35 = 40.6%, not 46.5 (breaks {B})')
a = ALT(SH, 3, h_gdp, '19.4亿元', 'bureau GDP 18.4 → 19.4')
S.rel('sum', I, R(a, h_v + [h_gdp], h_gdp, '19.4亿元'), 'altered: 9.3 + 3.17 + 5.93 = 18.4, not 19.4 (breaks {B})')

# ---- 延边州 H1 2023 (half-year release, 吉林)
y_s = [F(YBH, '3.6'), F(YBH, '33.7'), F(YBH, '62.7')]
S.rel('sum', C, y_s, 'H1 structure 3.6 + 33.7 + 62.7 = 100')
S.rel('share', U, [F(YBH, '81.5%'), y_s[2]], 'services contribution to growth 81.5% vs services share 62.7: contribution is not share')
S.rel('growth', U, [F(YBH, '34.2%'), F(YBH, '12.3个')], 'private-investment share 34.2%, up 12.3 points on Q1: the Q1 share is not stated')
S.rel('growth', U, [F(YBH, '50.8%'), F(YBH, '9.6个')], 'revenue +50.8%, 9.6 points above the province: the provincial rate is not stated')
S.rel('growth', U, [F(YBH, '1.52万户'), F(YBH, '24.1%'), F(YBH, '20.4个')], 'new market entities +24.1%, 20.4 points faster than Q1: the Q1 rate is not stated')
S.rel('rate', U, [F(YBH, '9.1%'), F(YBH, '6%'), F(YBH, '19.2%'), F(YBH, '14.4%'), F(YBH, '5%', pre='增加值增长')], 'four of the five leading industries vs 规上工业 +5%: weights not stated, list partial')
a = ALT(YBH, 1, y_s[2], '65.7', 'tertiary share 62.7 → 65.7')
S.rel('sum', I, R(a, y_s, y_s[2], '65.7'), 'altered: 3.6 + 33.7 + 65.7 = 103, not 100 (breaks {B})')
a = ALT(YBH, 2, y_s[1], '38.7', 'secondary share 33.7 → 38.7')
S.rel('sum', I, R(a, y_s, y_s[1], '38.7'), 'altered: 3.6 + 38.7 + 62.7 = 105, not 100 (breaks {B})')

# ---- 延边州 2011 (国家民委 feature, 2012-10) and 2009 forum copy of an older profile
y_k = [F(YB11, '79.8万'), F(YB11, '218.6万'), F(YB11, '36.5%')]
y_t = [F(YB11, '9.3'), F(YB11, '50', pre='9.3:'), F(YB11, '40.7')]
S.rel('share', C, y_k, 'Korean population 79.8/218.6 = 36.50%')
S.rel('sum', C, y_t, '2011 structure 9.3 + 50 + 40.7 = 100')
S.rel('share', U, [F(YB11, '53.5亿元'), F(YB11, '112亿元')], 'local-level revenue 53.5 within total revenue 112 (47.8%): no share stated')
S.rel('share', U, [F(YB11, '1380亿元'), F(YB11, '34.8%')], 'private firms’ taxes = 34.8% of revenue: the tax amount is not stated (1380 is their business income)')
S.rel('share', U, [F(YB11, '192亿元'), F(YB11, '651.7亿元')], 'pillar industries’ value added 192 vs GDP 651.7 (29.5%): no share stated')
b_k = [F(YB09, '84万'), F(YB09, '218万'), F(YB09, '39%')]
S.rel('share', C, b_k, 'Korean population 84/218 = 38.5% → 39 (with the inputs to 0.5 the range is 38.2–38.9)')
S.rel('restatement', U, [b_k[1], y_k[1]], 'total population 218万 (older profile, posted 2009) vs 218.6万 (2012 feature): another date, not a restatement')
S.rel('restatement', U, [b_k[2], y_k[2]], 'Korean share 39% (older profile) vs 36.5% (2012): another date and count (84万 vs 79.8万)')
S.rel('growth', U, [F(YB09, '142.5亿元'), F(YB09, '18.3倍')], 'social product 2001 142.5, 增长18.3倍 on 1952: the 1952 level is not stated')
S.rel('rate', U, [F(YB09, '303'), F(YB09, '2.1倍')], '303 graduates per 10000 = 2.1 × the national average: the national figure is not stated')
a = ALT(YB11, 1, y_k[0], '76.8万', 'Korean population 79.8 → 76.8')
S.rel('share', I, R(a, y_k, y_k[0], '76.8万'), 'altered: 76.8/218.6 = 35.1%, not 36.5 (breaks {B})')
a = ALT(YB11, 2, y_t[2], '46.7', 'tertiary share 40.7 → 46.7')
S.rel('sum', I, R(a, y_t, y_t[2], '46.7'), 'altered: 9.3 + 50 + 46.7 = 106, not 100 (breaks {B})')
a = ALT(YB09, 1, b_k[0], '94万', 'Korean population 84 → 94')
S.rel('share', I, R(a, b_k, b_k[0], '94万'), 'altered: 94/218 = 43.1%, not 39 (breaks {B})')
a = ALT(YB09, 2, b_k[1], '248万', 'total population 218 → 248')
S.rel('share', I, R(a, b_k, b_k[1], '248万'), 'altered: 84/248 = 33.9%, not 39 (breaks {B})')

# ---- 吉林省 Q1–Q3 2011 (中国政府网 big5 copy, traditional)
j_p = [F(JL, '584.53億元'), F(JL, '3833.85億元'), F(JL, '2108.31億元'), F(JL, '6526.69億元')]
S.rel('sum', C, j_p, 'Q1–Q3 GDP by sector: 584.53 + 3833.85 + 2108.31 = 6526.69')
S.rel('rate', U, [F(JL, '14.4%'), F(JL, '3.8%'), F(JL, '18.3%'), F(JL, '10.3%')], 'sector rates vs GDP +14.4%: weights (2010 Q1–Q3 levels) not stated')
S.rel('growth', U, [F(JL, '14.4%'), F(JL, '1.7'), F(JL, '0.3個')], '+14.4%, 1.7 and 0.3 points above Q1 and H1: those rates are not stated')
S.rel('growth', U, [F(JL, '14.4%'), F(JL, '5個', post='百分點。')], '5 points above the national rate: the national rate is not stated')
j_iv = F(JL, '3370.2億元')
S.rel('target', CT, [j_iv, F(JL, '75.9%')], 'industrial value added 3370.2 = 75.9% of the year’s target by September: the year’s result is not stated')
S.rel('target', CT, [F(JL, '12682.4億元'), F(JL, '82.4%')], 'industrial output = 82.4% of the year’s target by September: cannot tell')
S.rel('target', M, [F(JL, '785.3億元'), F(JL, '25.3億元')], 'industrial profit 785.3 by September already 25.3 above the full-year target (760): met as stated (judgement call: Q4 could in principle lower the cumulative figure)')
S.rel('target', CT, [F(JL, '3156.8億元'), F(JL, '88.5%')], 'industrial investment = 88.5% of the year’s target by September: cannot tell')
S.rel('target', U, [F(JL, '75.9%'), F(YBH, '5%', pre='增加值增长')], '吉林省 2011 industrial target progress vs 延边州 H1 2023 规上工业 +5%: another place, year and measure')
a = ALT(JL, 1, j_p[1], '3883.85億元', 'secondary value added 3833.85 → 3883.85')
S.rel('sum', I, R(a, j_p, j_p[1], '3883.85億元'), 'altered: parts add to 6576.69, not 6526.69 (breaks {B})')
a = ALT(JL, 2, j_p[2], '2168.31億元', 'tertiary value added 2108.31 → 2168.31')
S.rel('sum', I, R(a, j_p, j_p[2], '2168.31億元'), 'altered: parts add to 6586.69, not 6526.69 (breaks {B})')

# ---- 黑龙江 county economies Q1–Q3 2020 (东北网 big5, traditional)
x_z = [F(HLX, '2個'), F(HLX, '1個', pre='邊合區'), F(HLX, '72個'), F(HLX, '75個')]
S.rel('sum', C, x_z, 'development zones: 2 national + 1 border + 72 provincial = 75')
S.rel('growth', U, [F(HLX, '0.4%'), F(HLX, '1.5個')], 'county GDP −0.4%, 1.5 points above the province: the provincial rate is not stated')
S.rel('share', U, [F(HLX, '89億元'), F(HLX, '162億元')], 'tax 89 within budget revenue 162 (54.9%): no share stated')
a = ALT(HLX, 1, x_z[2], '78個', 'provincial zones 72 → 78')
S.rel('sum', I, R(a, x_z, x_z[2], '78個'), 'altered: 2 + 1 + 78 = 81, not 75 (breaks {B})')
a = ALT(HLX, 2, x_z[0], '3個', 'national development zones 2 → 3')
S.rel('sum', I, R(a, x_z, x_z[0], '3個'), 'altered: 3 + 1 + 72 = 76, not 75 (breaks {B})')

# ---- cross-document traps
S.rel('restatement', U, [F(KY, '34.8%'), F(YB11, '34.8%')], '开原 2011 revenue +34.8% vs 延边 2011 tax share 34.8%: same number, another place and indicator')
S.rel('restatement', U, [s8_g, F(WC, '13.3%')], '森工 2008 output +13.3% vs 五常 1996 GDP +13.3%: same number, another body, year and indicator')
S.rel('restatement', U, [F(TL, '34.8%'), F(KY, '34.8%')], '铁岭县 2003–2007 GDP 34.8% a year vs 开原 2011 revenue +34.8%: same number, another place, period and indicator')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

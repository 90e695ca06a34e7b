"""Check key, set check-heldout161. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout161.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout161'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

HG='hz_2022g.txt'; HR='hz_2022r.txt'; GS='gs_2022.txt'; JH='jh_2023_hant.txt'; SY='sy_1997.txt'; HB='hp_2023b.txt'; HS='hp_2024s.txt'
SH='sh_2023h1.txt'; SP='sip_2016h1.txt'; YZ='yz_2023.txt'; SD='sd_2022h1.txt'; S56='sd_1956.txt'; QP='qd_2023p_hant.txt'; QM='qd_2023m5.txt'
XM='xm_h1.txt'; FJ='fj_2013m5_hant.txt'; CN='cn_2023fa.txt'

# ---- 杭州 2021 results / 2022 goals (hz_2022g) and 2022 results (hz_2022r)
g_gdp = F(HG, '6.5%以上'); g_inv = F(HG, '6%', pre='固定资产投资增长'); g_ret = F(HG, '7%', pre='社会消费品零售总额增长')
g_r21 = F(HG, '8.5%', pre='增长'); r_r21 = F(HR, '8.5%', pre='增速', post=';'); r_head = F(HR, '8.5%', n=0)
r_g = F(HR, '1.5%', pre='比上年增长'); r_g2 = F(HR, '1.5%', pre='降到了'); r_inv = F(HR, '6.0%'); r_ret = F(HR, '5.8%')
r_lv = F(HR, '18753亿元'); r_lv21 = F(HR, '18247亿元')
rs_hz = [g_r21, r_r21]; rs_hr = [r_g, r_g2]; sh_hr = [F(HR, '1180亿元'), F(HR, '4198亿元'), F(HR, '28.1%')]
S.rel('target', MS, [g_gdp, r_g], '杭州 2022 goal “全市生产总值增长6.5%以上” against the 2022 result +1.5% (统计局, January 2023): missed')
S.rel('target', M, [g_inv, r_inv], '杭州 2022 goal “固定资产投资增长6%” against +6.0%: met (≥ 6)')
S.rel('target', MS, [g_ret, r_ret], '杭州 2022 goal “社会消费品零售总额增长7%” against +5.8%: missed')
S.rel('restatement', C, rs_hz, '杭州 2021 GDP growth +8.5% in the 2022 report summary and in the January 2023 release: same figure')
S.rel('restatement', U, [F(HG, '18109亿元'), r_lv21], '2021 GDP 18109亿 (preliminary, January 2022) and 18247亿 (the final verified figure quoted in 2023): two vintages of the same year, not a restatement error')
S.rel('restatement', I, [r_head, r_g], 'real discrepancy: the headline “增速8.5%!杭州2022年经济运行情况公布” gives 8.5% for 2022, the body gives 2022 GDP +1.5% (8.5% is the 2021 rate)')
S.rel('restatement', C, rs_hr, '2022 GDP +1.5% stated twice in the body (“比上年增长1.5%”, “GDP增速降到了1.5%”)')
S.rel('share', C, sh_hr, 'digital-economy core manufacturing 1180 / industry above scale 4198 = 28.11% → 28.1%')
S.rel('growth', U, [r_lv21, r_lv, r_g], '18753 / 18247 = +2.8% at current prices against +1.5% at comparable prices: nominal vs real, nothing to check')
S.rel('growth', U, [r_ret, F(HR, '6.0', post='和1.5')], 'retail +5.8% “高于全国、全省6.0和1.5个百分点”: the national and provincial rates are not in the text; nothing to check')
S.rel('target', U, [g_gdp, F(GS, '1.5%', pre='同比增长')], '杭州 city goal (6.5%以上) against 拱墅区 GDP +1.5%: other place')
S.rel('target', U, [F(HG, '2.5万亿元'), r_lv], 'goal for 2026 (2.5万亿) against the 2022 level 18753亿: other period')
S.rel('target', U, [g_gdp, g_r21], '2022 goal against the 2021 growth 8.5%: other period')
S.rel('rate', U, [F(HR, '21.1%'), F(HR, '26.4%')], 'manufacturing investment +26.4% is part of industrial investment +21.1% (a part may grow faster than the whole); weights not stated')
S.rel('restatement', U, [r_g, F(HR, '1.5个百分点')], '1.5: GDP growth and the retail lead over 浙江 — same number, other indicator')

# ---- 拱墅区 2022 bulletin
s_gdp = F(GS, '2003.3亿元'); s_2 = F(GS, '193.4亿元'); s_3 = F(GS, '1810.0亿元'); s_c = F(GS, '970.4亿元'); s_s = F(GS, '303.4亿元'); s_f = F(GS, '667.0亿元')
sum_s = [s_2, s_3, s_gdp]; sh_s2 = [s_2, s_gdp, F(GS, '9.7', post=':90.3')]; sh_s21 = [F(GS, '1759.1亿元'), F(GS, '1949.8亿元'), F(GS, '90.2', post=')')]
sum_sc = [s_s, s_f, s_c]; sh_sd = [F(GS, '80.4亿元'), s_gdp, F(GS, '4.0%')]
S.rel('sum', C, sum_s, '拱墅 2022: secondary 193.4 + tertiary 1810.0 = 2003.4 ≈ 2003.3亿 (primary 0; within the inputs’ rounding)')
S.rel('share', C, sh_s2, 'secondary 193.4 / 2003.3 = 9.65% → structure 0:9.7:90.3')
S.rel('share', C, sh_s21, '2021 (revised): tertiary 1759.1 / 1949.8 = 90.22% → 0:9.8:90.2')
S.rel('sum', C, sum_sc, 'trade 303.4 + finance 667.0 = trade-and-finance 970.4亿')
S.rel('share', C, [s_c, s_gdp, F(GS, '48.4%')], 'trade-and-finance 970.4 / 2003.3 = 48.44% → 48.4%')
S.rel('share', C, [s_s, s_gdp, F(GS, '15.1%')], 'trade 303.4 / 2003.3 = 15.15% → 15.1%')
S.rel('share', C, [s_f, s_gdp, F(GS, '33.3%')], 'finance 667.0 / 2003.3 = 33.30% → 33.3%')
S.rel('share', C, sh_sd, 'digital-economy core 80.4 / 2003.3 = 4.01% → 4.0%')
S.rel('growth', U, [F(GS, '1949.8亿元'), s_gdp, F(GS, '1.5%', pre='同比增长')], '2003.3 / 1949.8 = +2.7% at current prices vs +1.5% at comparable prices: nominal vs real')
S.rel('growth', U, [F(GS, '33.3%'), F(GS, '1.5个百分点')], 'finance share 33.3% “较上年提高1.5个百分点”: last year’s finance level or share is not stated')
S.rel('restatement', U, [F(GS, '1.5%', pre='同比增长'), F(GS, '1.5%', pre='1810.0亿元,同比增长')], 'GDP +1.5% and tertiary +1.5%: same number, other indicator (tertiary is 90% of GDP, not all of it)')
S.rel('restatement', U, [F(GS, '1.5%', pre='同比增长'), r_g], 'cross-document: 拱墅区 GDP +1.5% and 杭州 GDP +1.5% (2022): same number, other place')

# ---- 金华 2023 bulletin (traditional)
j_gdp = F(JH, '6011.27億元'); j1 = F(JH, '156.41億元'); j2 = F(JH, '2367.41億元'); j3 = F(JH, '3487.45億元')
sum_j = [j1, j2, j3, j_gdp]; sh_j3 = [j3, j_gdp, F(JH, '58.0', post='。')]; ct_j = [F(JH, '1.6%'), F(JH, '29.9%'), F(JH, '68.5%')]
S.rel('sum', C, sum_j, '金华 2023: 156.41 + 2367.41 + 3487.45 = 6011.27億')
S.rel('share', C, [j1, j_gdp, F(JH, '2.6', post=':39.4')], 'primary 156.41 / 6011.27 = 2.60% → 2.6')
S.rel('share', C, [j2, j_gdp, F(JH, '39.4', post=':58.0')], 'secondary 2367.41 / 6011.27 = 39.38% → 39.4')
S.rel('share', C, sh_j3, 'tertiary 3487.45 / 6011.27 = 58.02% → 58.0')
S.rel('sum', C, ct_j, 'contributions to growth of the three industries: 1.6 + 29.9 + 68.5 = 100.0%')
S.rel('share', U, [F(JH, '68.5%'), F(JH, '58.0', post='。')], 'tertiary contribution to growth 68.5% vs tertiary share of GDP 58.0%: contribution is not a share')
S.rel('growth', U, [F(JH, '5592.02億元'), j_gdp, F(JH, '6.8%')], '6011.27 / 5592.02 = +7.5% at current prices vs +6.8% at comparable prices: nominal vs real')
S.rel('restatement', U, [F(JH, '84133元'), F(JH, '11939美元')], 'per-capita GDP in yuan and dollars: the average exchange rate (about 7.05) is not in the text')
S.rel('growth', U, [F(JH, '6.4%'), F(JH, '6.8%')], 'per-capita +6.4% vs GDP +6.8%: population growth is not stated')
S.rel('rate', U, [F(JH, '452.48億元'), F(JH, '10.3%'), F(JH, '189.53億元'), F(JH, '37.8%'), F(JH, '67.66億元'), F(JH, '3.3%'), F(JH, '22.80億元'), F(JH, '5.5%')],
      'three named taxes (280.0億) are not all of the taxes (452.48億); the tax growth cannot be rebuilt from them')

# ---- 松阳县 1997 / 2002
y_a = F(SY, '68466万元'); y_i = F(SY, '87471万元'); y_t = F(SY, '155937元')
sum_y = [y_a, y_i, y_t]; sum_y2 = [F(SY, '12.9898亿元'), F(SY, '8.3683亿元'), F(SY, '21.3581亿元')]
S.rel('sum', C, sum_y, '松阳 1997: agriculture 68466 + industry 87471 = 155937 (the total is written “155937元”; the unit slip does not change the sum)')
S.rel('sum', C, sum_y2, '2002: industry 12.9898 + agriculture 8.3683 = 21.3581亿')
S.rel('share', I, [y_a, y_t, F(SY, '43.90%')], 'real (rounding) discrepancy: 68466 / 155937 = 43.906% → 43.91, written 43.90% (the two shares were forced to add to 100.00)')
S.rel('share', I, [y_i, y_t, F(SY, '56.10%')], 'real (rounding) discrepancy: 87471 / 155937 = 56.094% → 56.09, written 56.10%')
S.rel('growth', U, [F(SY, '4840万千瓦时'), F(SY, '68.8%')], 'small hydro output 4840 +68.8%: last year’s output is not stated')
S.rel('growth', U, [y_t, F(SY, '21.3581亿元')], '1997 total at 1990 prices vs the 2002 total (price base not stated): no growth can be checked')
S.rel('rate', U, [F(SY, '98705万元'), F(SY, '4322元')], 'GDP per head: the population is not stated')

# ---- 黄浦区 2023 budget report and 2024 bulletin
b_rev = F(HB, '282.18亿元', n=0); b_rev2 = F(HB, '282.18亿元', n=1); b_tot = F(HB, '347.23亿元', n=0); b_tot2 = F(HB, '347.23亿元', n=1); b_exp = F(HB, '324.31亿元')
sum_b1 = [b_rev, F(HB, '60.24亿元'), F(HB, '2.46亿元'), F(HB, '2.35亿元'), b_tot]
sum_b2 = [b_exp, F(HB, '6.89亿元'), F(HB, '1.81亿元'), F(HB, '14.22亿元'), b_tot2]
b_items = [('71.77亿元', '1.5%'), ('52.89亿元', '18%'), ('32.51亿元', '4.3%'), ('9.98亿元', '11.3%'), ('18.43亿元', '25.2%'), ('24.17亿元', '20.4%'), ('39.01亿元', '156.3%'), ('33.42亿元', '0.6%')]
b_lv = [F(HB, a) for a, _ in b_items]; b_rt = [F(HB, r, pre=a + ',比2022年' + ('增长' if r in ('1.5%', '25.2%', '156.3%', '0.6%') else '下降')) for a, r in b_items]
S.rel('sum', C, sum_b1, '黄浦 2023 receipts: 282.18 + 60.24 + 2.46 + 2.35 = 347.23亿')
S.rel('sum', C, sum_b2, 'uses: 324.31 + 6.89 + 1.81 + 14.22 = 347.23亿')
S.rel('sum', C, b_lv + [b_rev2], 'eight revenue items 71.77 + 52.89 + 32.51 + 9.98 + 18.43 + 24.17 + 39.01 + 33.42 = 282.18亿')
S.rel('restatement', C, [b_rev, b_rev2], 'district revenue 282.18亿 stated twice (section 一 and 一(一))')
S.rel('rate', C, [x for p in zip(b_lv, b_rt) for x in p] + [b_rev2, F(HB, '3%', pre='同比增长')], 'last year’s items rebuilt from levels and rates sum to 273.96; 282.18 / 273.96 = +3.00% → “同比增长3%”')
S.rel('target', CT, [b_rev], '“完成年初人代会通过的预算目标”: the budgeted revenue is not stated; cannot tell')
S.rel('target', MS, [b_exp, F(HB, '96%')], 'spending 324.31亿 = 96% of the adjusted budget: below the budget (missed)')
h_rev = F(HS, '299.40亿元'); h_rt = F(HS, '6.1%', pre='同比增长'); h_tax = F(HS, '259.14亿元')
gr_h1 = [b_rev2, h_rev, h_rt]; gr_h2 = [b_lv[1], F(HS, '44.31', post='\n'), F(HS, '-16.2')]
S.rel('growth', C, gr_h1, 'cross-document: 区级 revenue 282.18 (2023) → 299.40 (2024): +6.10% → “同比增长6.1%”')
S.rel('growth', C, [b_lv[0], F(HS, '68.05', post='\n'), F(HS, '-5.2')], 'VAT 71.77 → 68.05: −5.18% → −5.2')
S.rel('growth', C, gr_h2, 'enterprise income tax 52.89 → 44.31: −16.22% → −16.2')
S.rel('growth', C, [b_lv[2], F(HS, '31.71', post='\n'), F(HS, '-2.5')], 'personal income tax 32.51 → 31.71: −2.46% → −2.5')
S.rel('growth', C, [b_lv[4], F(HS, '19.69', post='\n'), F(HS, '6.8', post='\n')], 'property tax 18.43 → 19.69: +6.84% → 6.8')
S.rel('growth', C, [b_rev2, b_lv[7], h_tax, F(HS, '4.2%')], '2023 taxes = 282.18 − non-tax 33.42 = 248.76; 259.14 / 248.76 = +4.17% → 4.2%')
S.rel('growth', C, [b_exp, F(HS, '335.64亿元'), F(HS, '3.5%')], 'district spending 324.31 → 335.64: +3.49% → 3.5%')
S.rel('growth', U, [b_rev2, F(HS, '786.02亿元'), F(HS, '2.2%')], '786.02 is all public-budget revenue raised in 黄浦 (city and central shares included), not the 区级 282.18 of 2023: other scope')
sum_h = [F(HS, '46.80亿元'), F(HS, '3297.61亿元'), F(HS, '3344.41亿元')]; sum_hc = [F(HS, '5875户'), F(HS, '21603户'), F(HS, '7594 户'), F(HS, '35072户')]
S.rel('sum', C, sum_h, '黄浦 2024: secondary 46.80 + tertiary 3297.61 = 3344.41亿')
S.rel('share', C, [F(HS, '3297.61亿元'), F(HS, '3344.41亿元'), F(HS, '98.6%')], 'tertiary 3297.61 / 3344.41 = 98.60%')
S.rel('share', C, [F(HS, '46.80亿元'), F(HS, '3344.41亿元'), F(HS, '1.4%')], 'secondary 46.80 / 3344.41 = 1.40%')
S.rel('sum', C, sum_hc, 'firms: public 5875 + private 21603 + foreign 7594 = 35072')
S.rel('sum', C, [F(HS, '9963.63亿元'), F(HS, '3677.86亿元'), F(HS, '3027.18亿元'), F(HS, '16668.67亿元')], 'registered capital 9963.63 + 3677.86 + 3027.18 = 16668.67亿')
S.rel('sum', U, [F(HS, '68.05', post='\n'), F(HS, '44.31', post='\n'), F(HS, '31.71', post='\n'), F(HS, '19.69', post='\n'), F(HS, '259.14', post='\n')], 'four listed taxes (163.76) within taxes 259.14: a selection (#), not a split')
S.rel('sum', U, [F(HS, '40.57'), F(HS, '10.63'), F(HS, '5.49'), F(HS, '19.11'), F(HS, '30.37'), F(HS, '335.64', post='\n')], 'five listed spending functions (106.17) within 335.64: a selection, not a split')
S.rel('restatement', C, [F(HS, '786.02亿元'), F(HS, '786.02', post='\n')], 'all revenue 786.02 in the text and in the table')
S.rel('restatement', C, [h_rev, F(HS, '299.40', post='\n')], '区级 revenue 299.40 in the text and in the table')
S.rel('rate', U, [F(HS, '46.80亿元'), F(HS, '29.7%'), F(HS, '3297.61亿元'), F(HS, '4.8%'), F(HS, '5.0%')], 'levels are at current prices (现价), rates comparable (可比): last year’s real levels cannot be rebuilt; nothing to check')

# ---- 上海 H1 2023
sum_sh = [F(SH, '35.12亿元'), F(SH, '5082.60亿元'), F(SH, '16272.45亿元'), F(SH, '21390.17亿元')]; gr_sh = [F(SH, '14.6%'), F(SH, '11.8%'), F(SH, '2.8个百分点')]
S.rel('sum', C, sum_sh, '上海 H1 2023: 35.12 + 5082.60 + 16272.45 = 21390.17亿')
S.rel('growth', C, gr_sh, 'strategic emerging industries’ output +14.6% “比规模以上工业总产值快2.8个百分点”: 14.6 − 11.8 = 2.8')
S.rel('share', C, [F(SH, '28个'), F(SH, '35个'), F(SH, '80%')], '28 of 35 industries growing = 80% → 增长面为80%')
S.rel('restatement', C, [F(SH, '8.2%', n=0), F(SH, '8.2%', pre='服务业增加值同比增长')], 'tertiary value added +8.2% = services value added +8.2%')
S.rel('growth', U, [F(SH, '14.2%'), F(SH, '11.8%')], 'value added +14.2% vs gross output +11.8%: other indicator')
S.rel('rate', U, [F(SH, '9.7%'), F(SH, '15.1%'), F(SH, '8.2%', n=0), F(SH, '5082.60亿元'), F(SH, '16272.45亿元')], 'GDP +9.7% against the sectors’ rates: last year’s (lockdown) levels are not stated; current-price levels cannot weight real rates')
S.rel('rate', U, [F(SH, '21.3%'), F(SH, '37.5%'), F(SH, '22.7%'), F(SH, '11.8%')], 'three fast-growing industries (levels not stated) within all industry +11.8%: not a split')

# ---- 苏州工业园区 H1 2016
S.rel('share', I, [F(SP, '434亿元'), F(SP, '1044.5亿元'), F(SP, '43.5%')], 'real discrepancy: services 434 / GDP 1044.5 = 41.55%, written 43.5%')
S.rel('share', U, [F(SP, '1138亿元'), F(SP, '1044.5亿元')], 'emerging-industry output (产值) 1138亿 exceeds GDP (增加值) 1044.5亿: gross output vs value added, not a part')

# ---- 扬州 2023 bulletin
sum_z = [F(YZ, '337.09亿元'), F(YZ, '3509.6亿元'), F(YZ, '3576.57亿元'), F(YZ, '7423.26亿元')]
sum_z2 = [F(YZ, '3.04万户'), F(YZ, '7.48万户'), F(YZ, '179户'), F(YZ, '10.54万户')]
sum_z3 = [F(YZ, '22.91万户'), F(YZ, '46.97万户'), F(YZ, '2275户'), F(YZ, '70.11万户')]
S.rel('sum', C, sum_z, '扬州 2023: 337.09 + 3509.6 + 3576.57 = 7423.26亿')
S.rel('sum', C, sum_z2, 'new entities: 3.04万 + 7.48万 + 179 = 10.5379万 → 10.54万户')
S.rel('sum', C, sum_z3, 'entities: 22.91万 + 46.97万 + 2275 = 70.1075万 → 70.11万户')
S.rel('sum', C, [F(YZ, '102.98万吨'), F(YZ, '186.3万吨'), F(YZ, '289.23万吨')], 'grain: summer 102.98 + autumn 186.3 = 289.28; 289.23 is within the half unit of 186.3 (±0.05): consistent at the edge')
S.rel('sum', C, [F(YZ, '6', post='涨2跌'), F(YZ, '2', pre='6涨', post='跌'), F(YZ, '八', post='大类')], '“6涨2跌”: 6 + 2 = 八大类 (and the list names six rises and two falls)')
S.rel('rate', C, [F(YZ, '22.91万户'), F(YZ, '6.1%'), F(YZ, '46.97万户'), F(YZ, '1.3%', pre='同比下降'), F(YZ, '2275户'), F(YZ, '0.7%', pre='2275户,同比增长'), F(YZ, '70.11万户'), F(YZ, '1%', pre='同比增长')],
      'last year’s entities 22.91/1.061 + 46.97/0.987 + 0.2275/1.007 = 69.41万; 70.11 / 69.41 = +1.01% → “同比增长1%”')
S.rel('rate', C, [F(YZ, '102.98万吨'), F(YZ, '0.5%', pre='102.98万吨,同比增长'), F(YZ, '186.3万吨'), F(YZ, '0.6%', pre='186.3万吨,同比增长'), F(YZ, '289.23万吨'), F(YZ, '0.6%', pre='289.23万吨,同比增长')],
      'last year’s grain 102.98/1.005 + 186.3/1.006 = 287.66; 289.23 / 287.66 = +0.55% → 0.6% (within the half units)')
S.rel('rate', U, [F(YZ, '0.4%', n=0), F(YZ, '0.7%', pre='食品价格上涨'), F(YZ, '0.4%', n=1)], 'CPI +0.4% from food +0.7% and non-food +0.4%: the weights are not stated (possible only with a small food weight); nothing to check')
S.rel('rate', U, [F(YZ, '6.0%'), F(YZ, '3.7%'), F(YZ, '6.6%'), F(YZ, '5.6%')], 'GDP +6.0% from sector rates: levels are at current prices and rates comparable; not a check')

# ---- 山东 H1 2022
gr_d1 = [F(SD, '15.5%'), F(SD, '4.8%'), F(SD, '10.7个百分点')]; gr_d2 = [F(SD, '14.9%'), F(SD, '7.5%'), F(SD, '7.4个百分点')]
S.rel('growth', C, gr_d1, '山东 H1 2022: high-tech manufacturing +15.5% “高于规上工业增加值10.7个百分点”: 15.5 − 4.8 = 10.7')
S.rel('growth', C, gr_d2, '“四新”经济 investment +14.9% “高于整体7.4个百分点”: 14.9 − 7.5 = 7.4')
S.rel('restatement', C, [F(SD, '41717亿元', n=0), F(SD, '41717亿元', n=1)], 'GDP 41717亿 stated twice')
S.rel('restatement', C, [F(SD, '3.6%', n=0), F(SD, '3.6%', n=1)], 'GDP +3.6% stated twice')
S.rel('growth', U, [F(SD, '15.5%'), F(SD, '1.8个百分点')], '“比一季度提高1.8个百分点”: the Q1 rate is not stated')
S.rel('share', U, [F(SD, '53.4%'), F(SD, '3.5个百分点')], 'share 53.4% “同比提高3.5个百分点”: last year’s share is not stated')
S.rel('growth', U, [F(SD, '3.6%', n=1), F(SD, '0.7个百分点')], 'lead over the national rate “比一季度扩大了0.7个百分点”: national and Q1 rates not stated')
S.rel('growth', U, [F(SD, '2万家'), F(SD, '43.7%'), F(SD, '1.4万家')], '“超过2万家、同比增长43.7%,比一季度增加近1.4万家”: last year’s and Q1 counts are not stated')
S.rel('target', U, [g_inv, F(SD, '7.5%')], '杭州’s 2022 investment goal (6%) against 山东’s H1 2022 investment growth: other place')

# ---- 山东 1956 (人民日报)
l_g = [F(S56, '20.9%'), F(S56, '33.8%')]
S.rel('growth', C, l_g, 'industry’s share of gross output value “由1949年的20.9%上升到1955年的33.8%”: a rise')
S.rel('growth', U, [F(S56, '275.6%'), F(S56, '20.9%'), F(S56, '33.8%')], 'industry +275.6% (1949–1955) against the shares: agriculture’s growth is not stated; nothing to check')

# ---- 青岛 2023 key projects (traditional, glossed)
sum_q1 = [F(QP, '363個', n=0), F(QP, '157個'), F(QP, '520個')]; sum_q2 = [F(QP, '9391億'), F(QP, '4391億'), F(QP, '1.38萬')]
sh_q1 = [F(QP, '297個'), F(QP, '363個', n=1), F(QP, '81.82%')]; sum_q3 = [F(QP, '318個'), F(QP, '45個'), F(QP, '363個', n=1)]
S.rel('sum', C, sum_q1, '青岛 2023: 363 construction + 157 preparation = 520 key projects')
S.rel('sum', C, sum_q2, 'investment 9391 + 4391 = 13782億 → 1.38萬億')
S.rel('share', C, sh_q1, 'industrial-chain projects 297 / 363 = 81.82%')
S.rel('sum', C, sum_q3, 'social 318 + government 45 = 363 construction projects')
S.rel('share', C, [F(QP, '7646.78億'), F(QP, '9391億'), F(QP, '81.43%')], 'social investment 7646.78 / 9391 = 81.43%')
S.rel('share', C, [F(QP, '1743.63億'), F(QP, '9391億'), F(QP, '18.57%')], 'government investment 1743.63 / 9391 = 18.57%')
S.rel('sum', I, [F(QP, '7646.78億'), F(QP, '1743.63億'), F(QP, '9391億')], 'real (small) discrepancy: 7646.78 + 1743.63 = 9390.41億, which rounds to 9390, not 9391 (0.59億 short)')
S.rel('growth', U, [F(QP, '520個'), F(QP, '104個'), F(QP, '1.38萬'), F(QP, '4518億')], '“同比上年增加104個 / 4518億”: last year’s list is not stated; no rate to check')
S.rel('sum', U, [F(QP, '66個'), F(QP, '24個', post='(ge)先進'), F(QP, '23個'), F(QP, '297個')], 'three named categories (113) within the 297 chain projects: “其中有”, not a split')

# ---- 青岛 marine projects, May 2023
sh_m1 = [F(QM, '17个'), F(QM, '59个'), F(QM, '90个'), F(QM, '84.44%')]; sh_m2 = [F(QM, '119.44亿元'), F(QM, '279.6亿元'), F(QM, '42.72%')]
S.rel('share', C, sh_m1, '(17 new + 59 continuing) / 90 = 84.44% → 开工在建率84.44%')
S.rel('share', C, sh_m2, '119.44 / 279.6 = 42.72%')
S.rel('restatement', C, [F(QM, '八成'), F(QM, '84.44%')], 'headline “开工在建率超八成” ↔ 84.44% (lower bound)')
S.rel('target', CT, [F(QM, '279.6亿元'), F(QM, '119.44亿元')], 'annual plan 279.6亿 against 119.44亿 by mid-May: cannot tell')
S.rel('sum', U, [F(QM, '2000亿元'), F(QM, '2021.88亿元')], 'the rolling library (“100个左右总投资2000亿元”) vs the current 90 projects (2021.88亿): other scope')
S.rel('sum', U, [F(QM, '2021.88亿元'), F(QP, '1.38萬')], 'cross-document: marine key projects (2021.88亿) and the city key-project list (1.38萬億): overlapping lists, neither a part nor a split')

# ---- 厦门 first half (year not in the excerpt)
sum_x = [F(XM, '10.09亿元'), F(XM, '671.80亿元'), F(XM, '591.30亿元'), F(XM, '1273.19亿元')]; rt_x1 = [F(XM, '11.3%'), F(XM, '57.0%'), F(XM, '6.4个百分点')]
sh_x5 = [F(XM, '1992.82亿元'), F(XM, '2253.28亿元'), F(XM, '88.4%')]; rt_x2 = [F(XM, '15.0%'), F(XM, '89.7%'), F(XM, '13.5个百分点')]
S.rel('sum', C, sum_x, '厦门 H1: 10.09 + 671.80 + 591.30 = 1273.19亿')
S.rel('share', C, [F(XM, '671.80亿元'), F(XM, '1273.19亿元'), F(XM, '52.8', post=':')], 'secondary 671.80 / 1273.19 = 52.77% → 0.8:52.8:46.4')
S.rel('rate', C, rt_x1, 'pull = growth × contribution: 11.3 × 57.0% = 6.44 → “拉动GDP增长6.4个百分点”')
S.rel('share', U, [F(XM, '555.16亿元'), F(XM, '1273.19亿元'), F(XM, '57.0%')], 'industry’s contribution to growth 57.0% is not its share of GDP (555.16 / 1273.19 = 43.6%)')
S.rel('share', C, [F(XM, '909.84亿元'), F(XM, '2253.28亿元'), F(XM, '40.4%')], 'electronics 909.84 / 2253.28 = 40.38% → 40.4%')
S.rel('share', C, [F(XM, '57家'), F(XM, '177家'), F(XM, '三成')], '57 / 177 = 32.2% → “占三成” (about)')
S.rel('share', C, [F(XM, '910.32亿元'), F(XM, '909.84亿元'), F(XM, '100.05%')], 'sales 910.32 / output 909.84 = 100.05% → 产销率')
S.rel('share', C, [F(XM, '589.47亿元'), F(XM, '909.84亿元'), F(XM, '64.8%')], 'export delivery 589.47 / 909.84 = 64.79% → 出口交货值率64.8%')
S.rel('share', C, [F(XM, '961.34亿元'), F(XM, '2253.28亿元'), F(XM, '42.7%')], 'high-tech 961.34 / 2253.28 = 42.66% → 42.7%')
S.rel('growth', C, [F(XM, '19.5%'), F(XM, '15.0%'), F(XM, '4.5个百分点')], 'high-tech +19.5% “比全市规上工业高4.5个百分点”: 19.5 − 15.0 = 4.5')
S.rel('share', C, sh_x5, 'key firms 1992.82 / 2253.28 = 88.44% → 88.4%')
S.rel('rate', C, rt_x2, 'pull = 15.0 × 89.7% = 13.46 → “拉动规上工业增长13.5个百分点”')
S.rel('sum', U, [F(XM, '86.7%'), F(XM, '69.8%'), F(XM, '89.7%')], 'contributions of electronics, high-tech and key firms add to far more than 100%: overlapping groups, not a split')
S.rel('growth', U, [F(XM, '100.05%'), F(XM, '0.8个百分点')], '产销率 “比全市平均水平高0.8个百分点”: the city rate is not stated')
S.rel('growth', U, [F(XM, '69.8%'), F(XM, '18.6个百分点')], 'contribution “比一季度提高18.6个百分点”: the Q1 contribution is not stated')
S.rel('share', U, [F(XM, '589.47亿元'), F(XM, '58.6%')], 'electronics 58.6% of the city’s export delivery: the city total is not stated')
S.rel('rate', U, [F(XM, '40.4%'), F(XM, '86.7%'), F(XM, '15.0%')], 'electronics’ share 40.4% and contribution 86.7% imply a growth rate (about 30%) that the text does not state')

# ---- 福建 projects Jan-May 2013 (traditional)
sum_f = [F(FJ, '339億元'), F(FJ, '739億元'), F(FJ, '93億元'), F(FJ, '1171億元')]
S.rel('sum', C, sum_f, '福建 Jan–May 2013: central SOE 339 + private 739 + foreign 93 = 1171億 completed this year')
S.rel('sum', U, [F(FJ, '1171億元'), F(FJ, '5601億元')], 'this year’s 1171 within the cumulative 5601: a part; earlier years are not split out')

# ---- 长宁区 2023 final accounts
sum_n1 = [F(CN, '168.53亿元'), F(CN, '31.64亿元'), F(CN, '1.79亿元'), F(CN, '0.56亿元'), F(CN, '35.05亿元'), F(CN, '10.60亿元'), F(CN, '248.17亿元', n=0)]
sum_n2 = [F(CN, '196.74亿元'), F(CN, '10.25亿元'), F(CN, '1.81亿元', n=0), F(CN, '39.37亿元'), F(CN, '248.17亿元', n=1)]
S.rel('sum', C, sum_n1, '长宁 2023 resources: 168.53 + 31.64 + 1.79 + 0.56 + 35.05 + 10.60 = 248.17亿')
S.rel('sum', C, sum_n2, 'uses: 196.74 + 10.25 + 1.81 + 39.37 = 248.17亿')
S.rel('sum', U, [F(CN, x) for x in ('53.5亿元', '38.41亿元', '25.53亿元', '8.03亿元', '12.45亿元', '4.86亿元', '5.18亿元', '6.22亿元', '5.01亿元')] + [F(CN, '1.81亿元', n=1), F(CN, '5.71亿元'), F(CN, '1.01亿元'), F(CN, '168.53亿元')],
      'the twelve “主要科目” sum to 167.72, not 168.53: main items only, not a split')
S.rel('target', M, [F(CN, '168.53亿元'), F(CN, '105.15%')], 'revenue 168.53亿 = 105.15% of the budget: met')
S.rel('target', MS, [F(CN, '196.74亿元'), F(CN, '94.74%')], 'spending 196.74亿 = 94.74% of the budget: below the budget (missed)')
S.rel('restatement', U, [F(CN, '1.81亿元', n=0), F(CN, '1.81亿元', n=1)], '1.81亿: carried-over grants and administrative fees — same number, other indicator')
S.rel('restatement', U, [F(YZ, '6.0%'), r_inv], 'cross-document: 扬州 GDP +6.0% (2023) and 杭州 investment +6.0% (2022): same number, other place, indicator and year')

# ---- further traps
S.rel('share', U, [F(HG, '2387亿元'), F(HG, '2234亿元')], '杭州 2021: taxes 2234 within revenue 2387 (93.6%); no share is stated, nothing to check')
S.rel('rate', U, [F(HR, '22.3%'), F(HR, '58.2%'), F(HR, '72.4%'), F(HR, '26.4%')], 'three named industries within manufacturing investment +26.4%: levels not stated, not a split')
S.rel('growth', U, [F(HR, '4.2%'), F(HR, '6.6%'), F(HR, '0.3%')], 'strategic emerging +4.2% and high-tech +6.6% against industry +0.3%: overlapping groups; no lead is stated here')
S.rel('share', U, [F(GS, '48.4%'), F(GS, '0.4个百分点')], 'share 48.4% “较上年提高0.4个百分点”: last year’s trade-and-finance level is not stated')
S.rel('restatement', U, [F(GS, '7.8%', n=0), F(GS, '7.8%', n=1)], '2021 GDP +7.8% and 2021 tertiary +7.8%: same number, other indicator')
S.rel('rate', U, [F(JH, '848.48億元'), F(JH, '2.2%'), F(JH, '11.5%'), F(JH, '5.7%'), F(JH, '12.2%'), F(JH, '9.6%')], 'four spending functions’ rates (levels not stated) against total spending +2.2%: not a split')
S.rel('share', U, [F(JH, '77.7%'), F(JH, '848.48億元')], '77.7% of spending “用于保障和改善民生”: the amount is not in the text; nothing to check')
S.rel('share', U, [F(HS, '299.40亿元'), F(HS, '786.02亿元')], '区级 revenue 299.40 within all revenue 786.02 (38.1%): no share stated')
S.rel('share', U, [F(SH, '8385.47亿元'), F(SH, '18797.92亿元')], 'strategic emerging output 8385.47 within industrial output 18797.92 (44.6%): no share stated')
S.rel('rate', U, [F(YZ, '0.4%', n=0), F(YZ, '1.0%'), F(YZ, '持平')], 'CPI +0.4% from services +1.0% and goods flat: the weights are not stated')
S.rel('growth', U, [F(XM, '13.3%'), F(XM, '15.0%')], 'industrial value added +13.3% vs gross output +15.0%: other indicator')
S.rel('share', U, [F(FJ, '1665項'), F(FJ, '2747個')], '1665 of the 2747 tracked projects started (60.6%): no share stated; nothing to check')
S.rel('growth', U, [F(CN, '168.53亿元'), F(CN, '8.31%')], 'revenue 168.53 +8.31%: last year’s revenue is not stated')
S.rel('growth', U, [F(SP, '152.9亿元'), F(SP, '12.3%')], 'budget revenue 152.9 +12.3%: last year’s first half is not stated')
S.rel('growth', U, [F(SD, '17%'), F(SD, '4.6个百分点')], 'trade +17% “好的幅度比一季度扩大4.6个百分点”: national and Q1 rates not stated')
S.rel('restatement', U, [F(SH, '1.5%'), F(GS, '1.5%', pre='同比增长')], 'cross-document: 上海 primary industry +1.5% (H1 2023) and 拱墅区 GDP +1.5% (2022): same number, other place, indicator and period')
S.rel('share', U, [F(HS, '3344.41亿元'), F(SH, '21390.17亿元')], 'cross-document: 黄浦 2024 GDP against 上海 H1 2023 GDP: other period; no share can be formed')

# ================= altered copies
a = ALT(HG, 1, g_r21, '8.0%', '2021 growth in the 2022 summary 8.5% → 8.0%')
S.rel('restatement', I, R(a, rs_hz, g_r21, '8.0%'), 'altered: 2021 growth 8.0% in the summary, 8.5% in the 2023 release (breaks {B})')
a = ALT(HR, 1, sh_hr[2], '23.1%', 'digital-core share 28.1% → 23.1%')
S.rel('share', I, R(a, sh_hr, sh_hr[2], '23.1%'), 'altered: 1180 / 4198 = 28.1%, not 23.1% (breaks {B})')
a = ALT(HR, 2, r_g2, '1.8%', 'restated GDP growth 1.5% → 1.8%')
S.rel('restatement', I, R(a, rs_hr, r_g2, '1.8%'), 'altered: +1.5% and then “降到了1.8%” for the same 2022 GDP (breaks {B})')
a = ALT(GS, 1, sh_sd[0], '86.4亿元', 'digital-economy core 80.4 → 86.4')
S.rel('share', I, R(a, sh_sd, sh_sd[0], '86.4亿元'), 'altered: 86.4 / 2003.3 = 4.31%, not 4.0% (breaks {B})')
a = ALT(GS, 2, sh_s21[2], '90.7', '2021 tertiary share 90.2 → 90.7')
S.rel('share', I, R(a, sh_s21, sh_s21[2], '90.7'), 'altered: 1759.1 / 1949.8 = 90.2%, not 90.7 (breaks {B})')
a = ALT(JH, 1, ct_j[1], '26.9%', 'secondary contribution 29.9% → 26.9%')
S.rel('sum', I, R(a, ct_j, ct_j[1], '26.9%'), 'altered: 1.6 + 26.9 + 68.5 = 97.0, not 100% (breaks {B})')
a = ALT(JH, 2, sh_j3[2], '53.0', 'tertiary share 58.0 → 53.0')
S.rel('share', I, R(a, sh_j3, sh_j3[2], '53.0'), 'altered: 3487.45 / 6011.27 = 58.0%, not 53.0 (breaks {B})')
a = ALT(JH, 3, j1, '156.91億元', 'primary value added 156.41 → 156.91')
S.rel('sum', I, R(a, sum_j, j1, '156.91億元'), 'altered: 156.91 + 2367.41 + 3487.45 = 6011.77, not 6011.27 (breaks {B})')
a = ALT(SY, 1, y_i, '87971万元', 'industry 87471 → 87971')
S.rel('sum', I, R(a, sum_y, y_i, '87971万元'), 'altered: 68466 + 87971 = 156437, not 155937 (breaks {B})')
a = ALT(SY, 2, sum_y2[0], '12.9398亿元', '2002 industry 12.9898 → 12.9398')
S.rel('sum', I, R(a, sum_y2, sum_y2[0], '12.9398亿元'), 'altered: 12.9398 + 8.3683 = 21.3081, not 21.3581 (breaks {B})')
a = ALT(HB, 1, sum_b1[1], '65.24亿元', 'city-district settlement 60.24 → 65.24')
S.rel('sum', I, R(a, sum_b1, sum_b1[1], '65.24亿元'), 'altered: 282.18 + 65.24 + 2.46 + 2.35 = 352.23, not 347.23 (breaks {B})')
a = ALT(HB, 2, sum_b2[3], '14.72亿元', 'stabilisation fund 14.22 → 14.72')
S.rel('sum', I, R(a, sum_b2, sum_b2[3], '14.72亿元'), 'altered: 324.31 + 6.89 + 1.81 + 14.72 = 347.73, not 347.23 (breaks {B})')
a = ALT(HS, 1, sum_h[0], '46.30亿元', 'secondary value added 46.80 → 46.30')
S.rel('sum', I, R(a, sum_h, sum_h[0], '46.30亿元'), 'altered: 46.30 + 3297.61 = 3343.91, not 3344.41 (breaks {B})')
a = ALT(HS, 2, sum_hc[2], '7694 户', 'foreign-invested firms 7594 → 7694')
S.rel('sum', I, R(a, sum_hc, sum_hc[2], '7694 户'), 'altered: 5875 + 21603 + 7694 = 35172, not 35072 (breaks {B})')
a = ALT(HS, 3, gr_h2[2], '-19.2', 'enterprise income tax growth −16.2 → −19.2')
S.rel('growth', I, R(a, gr_h2, gr_h2[2], '-19.2'), 'altered: 52.89 → 44.31 is −16.2%, not −19.2 (breaks {B})')
a = ALT(SH, 1, sum_sh[1], '5087.60亿元', 'secondary value added 5082.60 → 5087.60')
S.rel('sum', I, R(a, sum_sh, sum_sh[1], '5087.60亿元'), 'altered: 35.12 + 5087.60 + 16272.45 = 21395.17, not 21390.17 (breaks {B})')
a = ALT(SH, 2, gr_sh[2], '2.3个百分点', 'lead 2.8 → 2.3 points')
S.rel('growth', I, R(a, gr_sh, gr_sh[2], '2.3个百分点'), 'altered: 14.6 − 11.8 = 2.8, not 2.3 points (breaks {B})')
a = ALT(YZ, 1, sum_z[1], '3506.6亿元', 'secondary value added 3509.6 → 3506.6')
S.rel('sum', I, R(a, sum_z, sum_z[1], '3506.6亿元'), 'altered: 337.09 + 3506.6 + 3576.57 = 7420.26, not 7423.26 (breaks {B})')
a = ALT(YZ, 2, sum_z2[3], '10.34万户', 'new entities 10.54万 → 10.34万')
S.rel('sum', I, R(a, sum_z2, sum_z2[3], '10.34万户'), 'altered: 3.04 + 7.48 + 0.0179 = 10.54万, not 10.34万 (breaks {B})')
a = ALT(SD, 1, gr_d1[2], '11.7个百分点', 'lead 10.7 → 11.7 points')
S.rel('growth', I, R(a, gr_d1, gr_d1[2], '11.7个百分点'), 'altered: 15.5 − 4.8 = 10.7, not 11.7 (breaks {B})')
a = ALT(SD, 2, gr_d2[2], '7.9个百分点', 'lead 7.4 → 7.9 points')
S.rel('growth', I, R(a, gr_d2, gr_d2[2], '7.9个百分点'), 'altered: 14.9 − 7.5 = 7.4, not 7.9 (breaks {B})')
a = ALT(S56, 1, l_g[1], '13.8%', '1955 industry share 33.8% → 13.8%')
S.rel('growth', I, R(a, l_g, l_g[1], '13.8%'), 'altered: “由20.9%上升到13.8%” is a fall, not a rise (breaks {B})')
a = ALT(QP, 1, sum_q1[1], '167個', 'preparation projects 157 → 167')
S.rel('sum', I, R(a, sum_q1, sum_q1[1], '167個'), 'altered: 363 + 167 = 530, not 520 (breaks {B})')
a = ALT(QP, 2, sh_q1[0], '291個', 'chain projects 297 → 291')
S.rel('share', I, R(a, sh_q1, sh_q1[0], '291個'), 'altered: 291 / 363 = 80.17%, not 81.82% (breaks {B})')
a = ALT(QP, 3, sum_q2[1], '4891億', 'preparation investment 4391 → 4891')
S.rel('sum', I, R(a, sum_q2, sum_q2[1], '4891億'), 'altered: 9391 + 4891 = 14282 → 1.43萬億, not 1.38 (breaks {B})')
a = ALT(QM, 1, sh_m1[1], '54个', 'continuing projects 59 → 54')
S.rel('share', I, R(a, sh_m1, sh_m1[1], '54个'), 'altered: (17 + 54) / 90 = 78.9%, not 84.44% (breaks {B})')
a = ALT(QM, 2, sh_m2[0], '116.44亿元', 'completed 119.44 → 116.44')
S.rel('share', I, R(a, sh_m2, sh_m2[0], '116.44亿元'), 'altered: 116.44 / 279.6 = 41.65%, not 42.72% (breaks {B})')
a = ALT(XM, 1, sum_x[0], '16.09亿元', 'primary value added 10.09 → 16.09')
S.rel('sum', I, R(a, sum_x, sum_x[0], '16.09亿元'), 'altered: 16.09 + 671.80 + 591.30 = 1279.19, not 1273.19 (breaks {B})')
a = ALT(XM, 2, rt_x1[2], '5.4个百分点', 'pull 6.4 → 5.4 points')
S.rel('rate', I, R(a, rt_x1, rt_x1[2], '5.4个百分点'), 'altered: 11.3 × 57.0% = 6.4, not 5.4 points (breaks {B})')
a = ALT(XM, 3, sh_x5[2], '83.4%', 'key-firm share 88.4% → 83.4%')
S.rel('share', I, R(a, sh_x5, sh_x5[2], '83.4%'), 'altered: 1992.82 / 2253.28 = 88.4%, not 83.4% (breaks {B})')
a = ALT(FJ, 1, sum_f[1], '789億元', 'private-enterprise projects 739 → 789')
S.rel('sum', I, R(a, sum_f, sum_f[1], '789億元'), 'altered: 339 + 789 + 93 = 1221, not 1171 (breaks {B})')
a = ALT(FJ, 2, sum_f[2], '98億元', 'foreign-enterprise projects 93 → 98')
S.rel('sum', I, R(a, sum_f, sum_f[2], '98億元'), 'altered: 339 + 739 + 98 = 1176, not 1171 (breaks {B})')
a = ALT(CN, 1, sum_n1[1], '37.64亿元', 'net transfers 31.64 → 37.64')
S.rel('sum', I, R(a, sum_n1, sum_n1[1], '37.64亿元'), 'altered: the resources sum to 254.17, not 248.17 (breaks {B})')
a = ALT(CN, 2, sum_n2[3], '36.37亿元', 'stabilisation fund 39.37 → 36.37')
S.rel('sum', I, R(a, sum_n2, sum_n2[3], '36.37亿元'), 'altered: 196.74 + 10.25 + 1.81 + 36.37 = 245.17, not 248.17 (breaks {B})')
for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

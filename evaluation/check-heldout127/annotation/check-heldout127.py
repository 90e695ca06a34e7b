"""Check key, set check-heldout127. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout127.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout127'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

MW='mwr_2017m10_hant.txt'; MI='mo_ind_2024_hant.txt'; M7='mo_2007m04_hant.txt'; M13='mo_2013m05_hant.txt'; HK='hk_fin_hant.txt'
H12='hk_2012m01_hant.txt'; TWW='tw_ly_water_hant.txt'; TWD='tw_ly_dgbas_hant.txt'; MOF='mof_2022q1_hant.txt'; E16='edu_2016_hant.txt'
E17='edu_2017.txt'; E12='edu_2012.txt'; E20='edu_2020_hant.txt'; E98='edu_1998.txt'; ENR='moe_enrol.txt'; W08='mwr_2008.txt'; W09='mwr_2009.txt'

# ---- 水利部 central water-investment monthly, October 2017 (page 3)
mw_t = F(MW, '746.4 億元'); mw_c = F(MW, '447.5 億元'); mw_l = F(MW, '298.9 億元')
mw_r = F(MW, '62.4%'); mw_rc = F(MW, '74.6%'); mw_rl = F(MW, '50.1%')
mw_fd = F(MW, '625.7 億元'); mw_fp = [F(MW, '207.6 億元'), F(MW, '10.1 億元'), F(MW, '22.1 億'), F(MW, '6.1 億元'), F(MW, '218.0 億元'), F(MW, '25.6 億元'), F(MW, '136.2 億元')]
mw_pay = [F(MW, '620.7 億元'), F(MW, '117.4 億元'), F(MW, '738.1 億元')]; mw_done = [F(MW, '354.5 億元'), F(MW, '84.4 億元'), F(MW, '438.9 億元')]
sum_mw = [mw_c, mw_l, mw_t]; sum_mwf = mw_fp + [mw_fd]
S.rel('sum', C, sum_mw, '重大水利工程 completed investment: central 447.5 + local 298.9 = 746.4')
S.rel('rate', C, [mw_r, mw_t, mw_c, mw_rc, mw_l, mw_rl], 'completion rate of the whole from its parts: plans implied by the parts are 447.5/0.746 + 298.9/0.501 = 599.9 + 596.6 = 1196.5; 746.4/1196.5 = 62.38% (62.32–62.45 with the half units) → 62.4')
S.rel('target', CT, [mw_t, mw_r], '重大水利工程 62.4% of the 2017 central-plan investment completed by October: the year is not over')
S.rel('sum', C, sum_mwf, '2017 水利发展资金 split by localities: 207.6 + 10.1 + 22.1 + 6.1 + 218.0 + 25.6 + 136.2 = 625.7')
S.rel('sum', C, mw_pay, 'funds paid to project units: central 620.7 + local 117.4 = 738.1')
S.rel('sum', C, mw_done, 'funds used: central 354.5 + local 84.4 = 438.9')
S.rel('sum', U, [mw_fd, F(MW, '127.9 億元'), F(MW, '662.5 億元')], '625.7 (central funds split by localities) + 127.9 (local money arranged) = 753.6 is not the 662.5 arranged by the centre: the 127.9 is local money, not a part of 662.5')
S.rel('rate', U, [mw_rc] + [F(MW, x) for x in ['55.1%', '49.7%', '65.9%', '71.3%', '64.9%', '71.5%']], 'the six project-type completion rates against the overall 74.6%: the types’ central-plan sizes (weights) are not stated')
S.rel('restatement', U, [F(MW, '72.5%'), mw_rc], 'central completion 72.5% (all projects, sentence cut at the page start) vs 74.6% (重大水利工程 only): overlapping scopes, not the same figure')
S.rel('sum', U, [F(MW, '467.1 億元'), mw_l], 'local investment completed 467.1 (all projects) vs 298.9 (重大水利工程): the major works are a subset; the rest is not stated')
S.rel('restatement', U, [mw_pay[0], mw_fd], 'central funds arrived at project units 620.7 vs funds split by localities 625.7: other measure, not the same figure')
S.rel('restatement', U, [F(MW, '54.1%'), mw_rl], 'local completion 54.1% (all projects) vs 50.1% (重大水利工程): overlapping scopes')

# ---- 澳門 main indicators table (IPIM, 2024-05-07)
mi_q3 = F(MI, '980.1'); mi_q4 = F(MI, '1,077.1'); mi_gdp = F(MI, '3,795')
mi_t = F(MI, '1,547.9'); mi_tg = F(MI, '↑ 0.9%'); mi_im = F(MI, '1,414.4'); mi_img = F(MI, '↑ 1.2%'); mi_ex = F(MI, '133.4'); mi_exg = F(MI, '↓ 1.3%')
mi_fe = F(MI, '98.0'); mi_ma = F(MI, '125.5'); mi_fi = F(MI, '88.3'); mi_mi = F(MI, '113.4'); mi_fx = F(MI, '9.6', pre='| '); mi_mx = F(MI, '12.0')
mi_s3 = F(MI, '903.8'); mi_s4 = F(MI, '977.8'); mi_sg = F(MI, '↑ 8.2%')
gr_mi = [mi_q3, mi_q4, F(MI, '↑ 9.9%')]; sum_mi = [mi_im, mi_ex, mi_t]; gr_mis = [mi_s3, mi_s4, mi_sg]
S.rel('growth', C, gr_mi, '澳門 nominal GDP Q3 2023 980.1 → Q4 1,077.1: +9.90% → ↑ 9.9%')
S.rel('growth', C, [F(MI, '120.4%'), F(MI, '86.4%'), F(MI, '-34.0%')], 'real growth Q4 86.4% − Q3 120.4% = −34.0 (the change column gives points for a rate row)')
S.rel('growth', C, [F(MI, '1.46%'), F(MI, '1.09%'), F(MI, '-0.37%')], 'inflation Mar 1.09% − Feb 1.46% = −0.37 points')
S.rel('growth', C, [F(MI, '5,855.3'), F(MI, '5,923.7'), F(MI, '↑ 1.2%', n=1)], 'fiscal reserves Jan 5,855.3 → Feb 5,923.7: +1.17% → ↑ 1.2%')
S.rel('growth', C, [F(MI, '2,293.7'), F(MI, '2,262.1'), F(MI, '↓ 1.4%')], 'foreign-exchange reserves Feb 2,293.7 → Mar 2,262.1: −1.38% → ↓ 1.4%')
S.rel('sum', C, sum_mi, 'merchandise trade 2023: imports 1,414.4 + exports 133.4 = 1,547.8 (1,547.7–1,547.9 with the half units) → 1,547.9')
S.rel('rate', C, [mi_t, mi_tg, mi_im, mi_img, mi_ex, mi_exg], 'trade growth rebuilt from its parts: 2022 imports 1,414.4/1.012 = 1,397.6 and exports 133.4/0.987 = 135.2, total 1,532.8; 1,547.9/1,532.8 = +0.99% (+0.92 to +1.05 with the half units) → ↑ 0.9% reachable')
S.rel('sum', C, [mi_mi, mi_mx, mi_ma], 'March 2024 trade: 113.4 + 12.0 = 125.4 (125.3–125.5 with the half units) → 125.5')
S.rel('growth', C, [mi_fe, mi_ma, F(MI, '↑ 28.1%')], 'trade Feb 98.0 → Mar 125.5: +28.06% → ↑ 28.1%')
S.rel('growth', C, [mi_fi, mi_mi, F(MI, '↑ 28.5%')], 'imports Feb 88.3 → Mar 113.4: +28.43% (+28.30 to +28.56 with the half units) → ↑ 28.5% reachable')
S.rel('growth', C, gr_mis, 'trade in services Q3 903.8 → Q4 977.8: +8.19% → ↑ 8.2%')
S.rel('growth', U, [F(MI, '80.5%'), F(MI, '+101.9%')], 'real growth 80.5% “(+101.9%)”: the change in points against 2022, whose rate is not stated')
S.rel('growth', U, [mi_gdp, F(MI, '(↑92.3%)'), F(MI, '559,495'), F(MI, '(↑ 92.3%)')], 'per-capita GDP shows the same +92.3% as GDP: that needs an unchanged population, which is not stated')
S.rel('growth', U, [F(MI, '2,322.73'), F(MI, '↓ 6.0%'), F(MI, '342,586'), F(MI, '↓ 5.3%')], 'GNI −6.0% vs per-capita GNI −5.3%: population change not stated')
S.rel('sum', U, [mi_q3, mi_q4, mi_gdp], 'Q3 980.1 + Q4 1,077.1 against the year 3,795: Q1 and Q2 are not given; not a split')
S.rel('growth', U, [F(MI, '2,235.6'), F(MI, '(↑7.2%)'), F(MI, '2,293.7')], 'foreign-exchange reserves Dec 2023 2,235.6 “↑7.2%” is against Dec 2022 (not given); Feb 2,293.7 is another month')
S.rel('growth', U, [F(MI, '0.94%'), F(MI, '(-0.1%)')], 'inflation 0.94% “(-0.1%)”: the 2022 rate is not stated')
S.rel('sum', U, [F(MI, '3,476.0'), mi_s3, mi_s4], 'services trade: Q3 + Q4 against the year 3,476.0: Q1 and Q2 are not given')
S.rel('rate', U, [F(MI, '80.5%'), F(MI, '120.4%'), F(MI, '86.4%')], 'the year’s real growth 80.5% is not rebuilt from Q3 and Q4 alone: Q1, Q2 and the quarters’ weights are not given')

# ---- 澳門 public finances Jan–Apr 2007 (中新網, Chinese numerals)
m7_t = F(M7, '一百二十一億二千二百六十萬元'); m7_p = F(M7, '八十億八千四百五十萬元'); m7_g = F(M7, '百分之四十九點(diǎn)九')
m7_b = F(M7, '三百○八億九千二百多萬元'); m7_bs = F(M7, '百分之三十九點(diǎn)二'); m7_gm = F(M7, '八十九億五千七百六十萬元')
m7_rc = F(M7, '一百二十億七千五百多萬元'); m7_parts = [m7_gm, F(M7, '五億八千三百八十萬元'), F(M7, '六億四千○二十萬元'), F(M7, '十一億四千九百三十萬元'), F(M7, '七億四千四百六十萬元')]
m7_e = F(M7, '三十億八千二百六十萬元'); m7_s = F(M7, '九十億四千萬元')
gr_m7 = [m7_p, m7_t, m7_g]; sum_m7 = m7_parts + [m7_rc]
S.rel('growth', C, gr_m7, 'revenue Jan–Apr 80.8450億 → 121.2260億: +49.95% → 百分之四十九點九 (the numeral is split by the reading “(diǎn)”)')
S.rel('share', C, [m7_t, m7_b, m7_bs], '121.2260億 / the year’s budget 308.92億 (三百○八億九千二百多萬) = 39.24% → 百分之三十九點二')
S.rel('target', CT, [m7_b, m7_bs], '39.2% of the 2007 revenue budget after four months: the year is not over')
S.rel('restatement', C, [F(M7, '一百二十一億二千多萬元'), m7_t], 'lead “一百二十一億二千多萬元” restates 一百二十一億二千二百六十萬元')
S.rel('share', C, [m7_gm, m7_t, F(M7, '七成四', n=0)], 'gaming tax 89.5776億 / revenue 121.2260億 = 73.9% → “幾占總收入七成四”')
S.rel('restatement', C, [F(M7, '九十億元'), m7_gm], 'lead “賭稅接近九十億元” restates 八十九億五千七百六十萬元')
S.rel('sum', C, sum_m7, 'recurrent revenue: gaming 89.5776 + other direct taxes 5.8380 + indirect 6.4020 + property 11.4930 + other 7.4460 = 120.7566億 → 一百二十億七千五百多萬')
S.rel('sum', C, [m7_t, m7_e, m7_s], 'revenue 121.2260億 − expenditure 30.8260億 = 90.4000億 → 結余九十億四千萬')
S.rel('rate', U, [m7_g, F(M7, '百分之四十六點(diǎn)八'), F(M7, '百分之一百○一'), F(M7, '百分之七十七點(diǎn)二'), F(M7, '百分之一百○七點(diǎn)九'), F(M7, '百分之三十九點(diǎn)九')], 'revenue +49.9% from the parts’ rates: the 2006 parts (weights) are not stated')
S.rel('growth', U, [m7_gm, F(M7, '百分之四十六點(diǎn)八')], 'gaming tax +46.8%: the Jan–Apr 2006 gaming tax is not stated')
S.rel('target', U, [m7_b, F(M13, '六百一十一‧三億元')], 'cross-document: the 2007 revenue budget (三百○八億九千二百多萬) against revenue of Jan–May 2013 (611.3億): other year')
S.rel('share', U, [F(M7, '二十八億五千六百三十萬元'), F(M7, '二十二億八千五百五十萬')], 'April: gaming tax 22.8550億 within April revenue 28.5630億; no share is stated')

# ---- 澳門 public finances Jan–May 2013 (中新社)
m13_s = F(M13, '四百七十六‧六億元'); m13_r = F(M13, '六百一十一‧三億元'); m13_e = F(M13, '一百三十四‧六億元')
m13_sg = F(M13, '三十五‧五%'); m13_rg = F(M13, '二十‧七%'); m13_eg = F(M13, '十三%')
sum_m13 = [m13_r, m13_e, m13_s]; rt_m13 = [m13_s, m13_sg, m13_r, m13_rg, m13_e, m13_eg]
S.rel('sum', C, sum_m13, 'revenue 611.3 − expenditure 134.6 = 476.7 (476.6–476.8 with the half units) → surplus 476.6')
S.rel('rate', C, rt_m13, 'surplus growth from its parts: 2012 revenue 611.3/1.207 = 506.5, 2012 expenditure 134.6/0.87 = 154.7, 2012 surplus 351.7; 476.6/351.7 = +35.5% (+35.0 to +36.0 with the half units) → 三十五‧五%')
S.rel('growth', U, [F(M13, '十五‧四億元'), F(M13, '一‧二倍')], 'property income 15.4億 “增加一‧二倍” (ratio 2.2): the 2012 level is not stated')
S.rel('growth', U, [F(M13, '近五百O七億元'), F(M13, '一成半')], 'gaming tax “近五百O七億” “增幅一成半”: the 2012 level is not stated')
S.rel('target', CT, [m13_e, F(M13, '二成')], 'spending 134.6億 “佔全年預算不足二成” after five months: the budget is not stated and the year is not over')

# ---- 香港 government financial results 2017-18 to 2019-20 (百萬港元)
hk_r = [F(HK, '619,837'), F(HK, '599,774'), F(HK, '590,926')]; hk_e = [F(HK, '470,863'), F(HK, '531,825'), F(HK, '607,830')]
hk_s = [F(HK, '148,974', n=0), F(HK, '67,949', n=0), F(HK, '(16,904)')]; hk_s2 = [F(HK, '148,974', n=1), F(HK, '67,949', n=1), F(HK, '(10,575)')]
hk_res = [F(HK, '1,102,934'), F(HK, '1,170,883'), F(HK, '1,160,308')]
sum_hk2 = [hk_r[1], hk_e[1], hk_s[1]]; sum_hkr = [hk_res[1], hk_s2[2], hk_res[2]]
S.rel('sum', C, [hk_r[0], hk_e[0], hk_s[0]], '2017-18: revenue 619,837 − expenditure 470,863 = surplus 148,974')
S.rel('sum', C, sum_hk2, '2018-19: 599,774 − 531,825 = 67,949')
S.rel('sum', C, [hk_r[2], hk_e[2], hk_s[2]], '2019-20: 590,926 − 607,830 = −16,904 (shown as (16,904))')
S.rel('sum', C, [hk_s[2], F(HK, '7,829'), F(HK, '1,500'), hk_s2[2]], '2019-20 after bonds: −16,904 + 7,829 − 1,500 = −10,575')
S.rel('sum', C, [hk_res[0], hk_s2[1], hk_res[1]], 'reserves 31 Mar 2018 1,102,934 + 2018-19 result 67,949 = 1,170,883')
S.rel('sum', C, sum_hkr, 'reserves 1,170,883 + 2019-20 result −10,575 = 1,160,308')
S.rel('share', U, [hk_s2[0], F(HK, '5.6')], 'surplus 148,974 = 5.6% of GDP: GDP (calendar year) is not stated')
S.rel('growth', U, [hk_res[0], hk_res[1], F(HK, '41.5'), F(HK, '41.3')], 'reserves rise 1,102,934 → 1,170,883 while their ratio to GDP falls 41.5 → 41.3: GDP not stated, nothing to check')
S.rel('sum', U, [hk_res[0], hk_s2[0]], 'reserves at 31 March 2018 already include the 2017-18 surplus 148,974; the 2017 reserves are not stated, nothing to add')

# ---- 香港 first ten months of 2011-12 (文匯網)
h_e = F(H12, '2,932億元'); h_r = F(H12, '3,957億元'); h_s = F(H12, '1,025億元', n=1); sum_h12 = [h_r, h_e, h_s]
S.rel('sum', C, sum_h12, 'first ten months 2011-12: revenue 3,957 − expenditure 2,932 = surplus 1,025')
S.rel('sum', U, [F(H12, '430億港元'), F(H12, '1,025億元', n=0)], 'January surplus 430 within the ten-month 1,025: April–December is not stated')
S.rel('sum', U, [F(H12, '6,979億元'), F(H12, '1,025億元', n=0)], 'reserves 6,979 after a ten-month surplus of 1,025: the reserves at 31 March 2011 are not stated')
S.rel('restatement', U, [F(H12, '6,979億元'), hk_res[0]], 'cross-document: reserves 6,979億 at end-January 2012 vs 1,102,934 百萬 at 31 March 2018: other date (and unit)')
S.rel('restatement', U, [h_s, hk_s[0]], 'cross-document: 1,025億 (ten months to January 2012) vs 148,974 百萬 (2017-18): other period')

# ---- 立法院 預算中心: 前瞻 water-resource plans (budget vs final accounts)
tw_b = F(TWW, '113億7,400萬元'); tw_f = F(TWW, '111億4,587萬5千元'); tw_l = F(TWW, '2億2,812萬5千元')
tw_fp = [F(TWW, '97億1,291萬9千元'), F(TWW, '14億1,120萬8千元'), F(TWW, '2,174萬8千元')]
tw_in = F(TWW, '5億825萬元'); tw_out = [F(TWW, '1億5,435萬元'), F(TWW, '1億6,765萬元'), F(TWW, '2,825萬元'), F(TWW, '1億1,200萬元'), F(TWW, '4,600萬元')]
sum_twf = tw_fp + [tw_f]; sum_two = tw_out + [tw_in]
S.rel('sum', C, [tw_f, tw_l, tw_b], 'final accounts 111億4,587萬5千 + remainder 2億2,812萬5千 = budget 113億7,400萬')
S.rel('sum', C, sum_twf, 'final accounts = realised 97億1,291萬9千 + payable 14億1,120萬8千 + reserved 2,174萬8千 = 111億4,587萬5千')
S.rel('sum', C, sum_two, 'five donor plans 1億5,435萬 + 1億6,765萬 + 2,825萬 + 1億1,200萬 + 4,600萬 = 5億825萬 flowed into 烏溪鳥嘴潭')
S.rel('restatement', C, [F(TWW, '5.08億元'), tw_in], 'heading 5.08億 restates 5億825萬')
S.rel('share', C, [F(TWW, '1,204萬6千元'), F(TWW, '2,400萬元'), F(TWW, '5成', n=1)], 'remainder 1,204萬6千 / available budget 2,400萬 = 50.2% → “5成”')
S.rel('sum', U, [F(TWW, '6項', n=0), F(TWW, '2項'), F(TWW, '9項', n=0)], '6 plans with transfers and 2 with reduced scope are overlapping lists, not a split of the 9 plans')
S.rel('share', U, [F(TWW, '逾5成'), tw_out[3], tw_out[4]], 'outflows “占所編預算逾5成”: the two plans’ original budgets are not stated')
S.rel('share', U, [tw_out[4], F(TWW, '2,400萬元'), F(TWW, '逾5成')], '4,600 / (2,400 + 4,600) = 65.7% would fit “逾5成” only if the original budget were 7,000萬, which is not stated')

# ---- 立法院 預算中心: 108 作業基金 surpluses (主計總處 110 budget evaluation)
td_x = F(TWD, '296億892萬餘元'); td_t = F(TWD, '592億4,895萬餘元'); td_p = F(TWD, '49.97%'); td_c = [F(TWD, '75個'), F(TWD, '74個'), F(TWD, '149個')]
sh_td = [td_x, td_t, td_p]
S.rel('share', C, sh_td, '296億892萬 / 592億4,895萬 = 49.97%')
S.rel('restatement', C, [F(TWD, '5成', n=1), td_p], 'sub-heading “約占總賸餘之5成” restates 49.97%')
S.rel('sum', C, td_c, '149 funds = 75 附屬單位預算 + 74 分預算')
S.rel('sum', C, [F(TWD, '44個'), F(TWD, '10個'), F(TWD, '7個'), F(TWD, '47個')], 'funds: 44 with surplus above budget + 10 with surplus against a budgeted deficit − 7 that filled past deficits = 47')
S.rel('sum', U, [F(TWD, '295億388萬餘元'), F(TWD, '1億8,384萬餘元'), td_x], '295億388萬 + 1億8,384萬 = 296億8,772萬 ≠ 296億892萬: the 7 excluded funds’ amounts are not stated, so the 47-fund total cannot be rebuilt')
S.rel('sum', U, [F(TWD, '44個'), F(TWD, '10個'), td_c[2]], 'the 44 and 10 funds are a subset of the 149; the rest are not counted: not a split')

# ---- 財政部 Q1 2022 (人民日報 via mirror)
mf_r = F(MOF, '62037億元'); mf_e = F(MOF, '63587億元')
sum_mf1 = [F(MOF, '28949億元'), F(MOF, '33088億元'), mf_r]; sum_mf2 = [F(MOF, '52452億元'), F(MOF, '9585億元'), mf_r]
S.rel('sum', C, sum_mf1, 'revenue: central 28949 + local 33088 = 62037')
S.rel('sum', C, sum_mf2, 'revenue: tax 52452 + non-tax 9585 = 62037')
S.rel('sum', C, [F(MOF, '6804億元'), F(MOF, '56783億元'), mf_e], 'spending: central 6804 + local 56783 = 63587')
S.rel('rate', U, [F(MOF, '8.6%', n=1), F(MOF, '7.6%'), F(MOF, '9.5%')], 'revenue +8.6% from central +7.6% and local +9.5%: the Q1 2021 levels (weights) are not stated')
S.rel('rate', U, [F(MOF, '8.3%'), F(MOF, '4.5%'), F(MOF, '8.8%')], 'spending +8.3% from central +4.5% and local +8.8%: weights not stated')
S.rel('rate', U, [F(MOF, '8.6%', n=1), F(MOF, '7.7%'), F(MOF, '14.2%')], 'revenue +8.6% from tax +7.7% and non-tax +14.2%: weights not stated')
S.rel('sum', U, [mf_r, mf_e], 'revenue 62037 vs spending 63587: the 1550 gap is not a stated deficit (transfers and funds are not shown)')

# ---- education funding bulletins 2012, 2016, 2017, 2020
e16_t = F(E16, '38888.39億元'); e16_f = F(E16, '31396.25億元'); e16_r = F(E16, '4.22%'); e16_s = F(E16, '14.75%'); e16_s0 = F(E16, '14.70%')
e17_t0 = F(E17, '38888.39亿元', n=0); e17_t1 = F(E17, '38888.39亿元', n=1); e17_t = F(E17, '42562.01亿元', n=0)
e17_f0 = F(E17, '31396.25亿元', n=0); e17_f1 = F(E17, '31396.25亿元', n=1); e17_f = F(E17, '34207.75亿元', n=0); e17_r = F(E17, '4.14%', n=1)
e17_s = F(E17, '14.71%'); e17_s0 = F(E17, '14.75%')
e20_gt = F(E20, '“不低于4%”', n=0); e20_r = F(E20, '4.22%')
gr_e16 = [e16_s0, e16_s, F(E16, '0.05')]; gr_e17 = [e17_t0, e17_t, F(E17, '9.45%', n=0)]; gr_e17s = [e17_s0, e17_s, F(E17, '0.04')]
rs_e16f = [e16_f, e17_f1]
S.rel('growth', C, gr_e16, '2016: 14.75% − 14.70% = +0.05 points')
S.rel('restatement', C, [e16_f, F(E16, '3萬億元', n=1)], '31396.25億 “首次超過3萬億元”')
S.rel('restatement', C, [e16_t, e17_t1], 'cross-document: 2016 total 38888.39 restated by the 2017 bulletin (“比上年的38888.39亿元”)')
S.rel('restatement', C, rs_e16f, 'cross-document: 2016 public funding 31396.25 restated by the 2017 bulletin')
S.rel('restatement', C, [e16_s, e17_s0], 'cross-document: 2016 share of public spending 14.75% restated in 2017 (“比上年的14.75%”)')
S.rel('growth', C, gr_e17, '2017: 38888.39 → 42562.01 = +9.447% → 9.45%')
S.rel('growth', C, [e17_f0, e17_f, F(E17, '8.95%', n=0)], '2017: 31396.25 → 34207.75 = +8.955% → 8.95%')
S.rel('growth', C, gr_e17s, '2017: 14.71% − 14.75% = −0.04 points (降低了0.04)')
S.rel('restatement', C, [F(E17, '4%', pre='首次超过'), F(E12, '4.28%')], 'cross-document: “自2012年首次超过4%” (2017 bulletin) and the 2012 ratio 4.28%')
S.rel('share', U, [e16_f, e16_r], '31396.25 = 4.22% of GDP: 2016 GDP is not stated')
S.rel('share', U, [e16_s, F(E16, '187755.21億元')], '14.75% of public spending 187755.21: the education spending itself is not stated')
S.rel('restatement', U, [e16_r, e20_r], 'cross-document: 4.22% of GDP in 2016 and again in 2020: same number, other year')
S.rel('share', U, [e17_f, e17_r], '34207.75 = 4.14% of GDP: 2017 GDP is not stated')
S.rel('share', U, [e17_s, F(E17, '203330.03亿元')], '14.71% of public spending 203330.03: the education spending itself is not stated')
e12_f = F(E12, '22236.23亿元'); e12_g = F(E12, '518942.11亿元'); e12_r = F(E12, '4.28%'); e12_x = F(E12, '20314.17亿元'); e12_ps = F(E12, '125952.97亿元'); e12_xs = F(E12, '16.13%')
sh_e12 = [e12_f, e12_g, e12_r]; sh_e12x = [e12_x, e12_ps, e12_xs]
S.rel('share', C, sh_e12, '2012: 22236.23 / GDP 518942.11 = 4.285% → 4.28%')
S.rel('growth', C, [F(E12, '3.93%'), e12_r, F(E12, '0.35')], '4.28% − 3.93% = +0.35 points')
S.rel('share', C, sh_e12x, '2012: education spending 20314.17 / public spending 125952.97 = 16.128% → 16.13%')
S.rel('growth', C, [F(E12, '14.78%'), e12_xs, F(E12, '1.35')], '16.13% − 14.78% = +1.35 points')
S.rel('growth', U, [F(E12, '27695.97亿元'), F(E12, '16.03%'), e12_f, F(E12, '19.64%')], 'total +16.03% and its 其中 public part +19.64%: the 2011 levels are not stated')
S.rel('sum', U, [e12_x, e12_f], '公共财政教育支出 20314.17 and 国家财政性教育经费 22236.23 are overlapping scopes; the difference is not a stated item')
S.rel('restatement', U, [e12_r, e16_r], 'cross-document: 4.28% (2012) vs 4.22% (2016): other year')
e20_t = F(E20, '53033.87億元', n=1)
av = [('40.4%', '7.02%', C, '一般公共预算教育支出 2015→2020 +40.4%: 1.404^(1/5) = +7.02% a year'),
      ('76.48%', '12.3%', I, 'REAL ERROR in the original: 幼儿园 per-pupil funding 2015→2020 +76.48% gives 1.7648^(1/5) = +12.03% a year, not 12.3% (12.03 was probably meant)'),
      ('28.13%', '5.08%', C, '普通小学 +28.13% over five years: 1.2813^(1/5) = +5.08% a year'),
      ('32.64%', '5.81%', C, '普通初中 +32.64%: +5.81% a year'),
      ('49.99%', '8.45%', C, '普通高中 +49.99%: +8.45% a year'),
      ('15.33%', '2.89%', C, '普通高校 +15.33%: +2.89% a year')]
avg_e20 = {}
for tot, a, v, why in av:
    fig = [F(E20, a), F(E20, tot)]; avg_e20[tot] = fig
    S.rel('growth', v, fig, why)
S.rel('target', M, [e20_gt, e20_r], '“十三五” (2016–2020) target “不低于4%” → 2020 4.22%: met')
S.rel('target', M, [e20_gt, e16_r], 'cross-document: “十三五” target “不低于4%” → 2016 4.22%: met')
S.rel('target', M, [e20_gt, e17_r], 'cross-document: “十三五” target “不低于4%” → 2017 4.14%: met')
S.rel('target', U, [e20_gt, e12_r], 'cross-document: the “十三五” target against 2012 (4.28%): outside the target period')
S.rel('sum', U, [F(E20, '16.06萬億元'), F(E20, '36310.47億元')], 'five-year cumulative 16.06萬億 vs the 2020 level 36310.47: 2016–2019 are not stated')
S.rel('share', U, [F(E20, '42908.15億元'), e20_r], '42908.15 = 4.22% of GDP: 2020 GDP is not stated')
S.rel('growth', U, [e17_f, F(E20, '42908.15億元'), F(E20, '7.15%')], 'cross-document: 2017 34207.75 → 2020 42908.15; the 7.15% is 2019→2020 and 2019 is not stated')
S.rel('growth', U, [e17_t, F(E20, '53033.87億元', n=1), F(E20, '5.69%', n=1)], 'cross-document: 2017 42562.01 → 2020 53033.87; the 5.69% is 2019→2020 and 2019 is not stated')

# ---- 教育部 1998 statistics (primary and junior secondary)
e98_mb = F(E98, '80.29万人'); e98_tc = F(E98, '581.94万人'); e98_ms = F(E98, '13.8%'); e98_st = F(E98, '13953.80万人')
sh_e98 = [e98_mb, e98_tc, e98_ms]; r98_prev = [e98_st, F(E98, '41.57万人'), e98_tc, F(E98, '2.58万人'), F(E98, '24.16')]
sum_e98 = [F(E98, '1961.36万人'), F(E98, '34.89万人'), F(E98, '1996.25万人')]
S.rel('share', C, sh_e98, '民办 teachers 80.29 / 专任 581.94 = 13.80% → 13.8%')
S.rel('growth', C, [e98_mb, F(E98, '30.53万人'), e98_tc, F(E98, '2.58万人'), e98_ms, F(E98, '5.33个百分点')], '1997 share (80.29 + 30.53)/(581.94 − 2.58) = 19.13%; 19.13 − 13.80 = 5.33 points')
S.rel('share', C, [e98_st, e98_tc, F(E98, '24.0')], 'pupil–teacher ratio 13953.80 / 581.94 = 23.98 → 24.0:1')
S.rel('share', C, r98_prev, '1997 ratio (13953.80 + 41.57)/(581.94 − 2.58) = 24.157 → 24.16:1')
S.rel('growth', C, [F(E98, '99%', post='和'), F(E98, '98.86%'), F(E98, '0.14', post='个百分点。')], 'gender gap 99% − 98.86% = 0.14 points')
S.rel('sum', C, [F(E98, '6.39万所'), F(E98, '0.15万所'), F(E98, '6.54万所')], 'junior schools 6.39 + 0.15 = 6.54万所')
S.rel('sum', C, sum_e98, 'junior intake 1961.36 + 34.89 = 1996.25')
S.rel('sum', C, [F(E98, '5363.03万人'), F(E98, '86.70万人'), F(E98, '5449.73万人')], 'junior enrolment 5363.03 + 86.70 = 5449.73')
S.rel('sum', C, [F(E98, '1580.18万人'), F(E98, '22.92万人'), F(E98, '1603.1万人')], 'junior graduates 1580.18 + 22.92 = 1603.10 → 1603.1')
S.rel('growth', U, [F(E98, '98.93%'), F(E98, '0.01个百分点')], 'enrolment 98.93% “比上年提高0.01个百分点”: the 1997 rate is not stated')
S.rel('share', U, [F(E98, '90.50%'), F(E98, '91.07%')], 'girls’ five-year retention 91.07% above the total 90.50%: a subset’s rate, not a split (boys not stated)')
S.rel('sum', U, [F(E98, '644.56万人'), e98_tc], '专任教师 581.94 within 教职工 644.56: the other staff are not stated')
S.rel('sum', U, [F(E98, '2242个'), F(E98, '117个')], '2242 counties include 117 other county-level units: “含”, nothing to add')
S.rel('share', U, [F(E98, '87.3%'), F(E98, '5449.73万人')], 'gross junior enrolment 87.3%: the 12–14 age population is not stated')
S.rel('share', U, [F(E98, '50.7%'), F(E98, '1603.1万人')], 'progression rate 50.7% of 1603.1 graduates: the senior-secondary intake is not stated')

# ---- 教育部 table: primary net enrolment 1965–2009
en = {
    '1965': [F(ENR, '11603.2', pre='1965 '), F(ENR, '9829.1', pre='11603.2 '), F(ENR, '84.7', pre='9829.1 ')],
    '1980': [F(ENR, '12219.6', pre='1980 '), F(ENR, '11478.2', pre='12219.6 '), F(ENR, '93.0', pre='11478.2 ')],
    '1985': [F(ENR, '10362.3', pre='1985 '), F(ENR, '9942.8', pre='10362.3 '), F(ENR, '95.9', pre='9942.8 ')],
    '1990': [F(ENR, '9740.7', pre='1990 '), F(ENR, '9529.7', pre='9740.7 '), F(ENR, '97.8', pre='9529.7 ')],
    '2000': [F(ENR, '12445.3', pre='2000 '), F(ENR, '12333.9', pre='12445.3 '), F(ENR, '99.1', pre='12333.9 ')],
    '2001': [F(ENR, '11766.4', pre='2001 '), F(ENR, '11561.2', pre='11766.4 '), F(ENR, '99.1', pre='11561.2 ')],
    '2005': [F(ENR, '10207.0', pre='2005 '), F(ENR, '10120.3', pre='10207.0 '), F(ENR, '99.2', pre='10120.3 ')],
    '2009': [F(ENR, '9606.6', pre='2009 '), F(ENR, '9548.6', pre='9606.6 '), F(ENR, '99.4', pre='9548.6 ')],
}
S.rel('share', C, en['1965'], '1965: 9829.1 / 11603.2 = 84.71% → 84.7')
S.rel('share', I, en['1980'], 'REAL ERROR in the table: 1980 11478.2 / 12219.6 = 93.93%, not 93.0 (a dropped digit, or counts and rate from different sources)')
S.rel('share', I, en['1985'], 'REAL ERROR in the table: 1985 9942.8 / 10362.3 = 95.952% (95.951–95.953 with the half units) rounds to 96.0, not 95.9 (truncated?)')
S.rel('share', C, en['1990'], '1990: 9529.7 / 9740.7 = 97.83% → 97.8')
S.rel('share', C, en['2005'], '2005: 10120.3 / 10207.0 = 99.15% → 99.2')
S.rel('share', I, en['2001'], 'REAL ERROR in the table: 2001 11561.2 / 11766.4 = 98.26%, not 99.1')
S.rel('share', C, en['2009'], '2009: 9548.6 / 9606.6 = 99.40% → 99.4')
S.rel('restatement', U, [en['2000'][2], en['2001'][2]], '99.1 in 2000 and in 2001: same number, other year')
S.rel('restatement', U, [F(E98, '98.93%'), en['2000'][2]], 'cross-document: 1998 enrolment 98.93% (1998 bulletin) vs 2000 99.1 (table): other year')
S.rel('restatement', U, [e98_st, en['2000'][1]], 'cross-document: pupils in primary school 13953.80 (1998, all ages) vs enrolled school-age children 12333.9 (2000): other measure and year')

# ---- 水利部 on irrigation, 2008 and 2009
w8_i = F(W08, '212.6亿元'); w8_g = F(W08, '115亿公斤'); w8_ir = F(W08, '8.67亿亩'); w8_ar = F(W08, '18.26亿亩'); w8_434 = F(W08, '434处')
sh_w8 = [w8_i, w8_g, F(W08, '1.84元')]; sh_w8a = [w8_ir, w8_ar, F(W08, '47%')]
S.rel('share', C, sh_w8, '212.6亿元 / 115亿公斤 = 1.849元 a kg (1.840–1.857 with the half units) → “每投入1.84元新增1公斤” reachable')
S.rel('share', C, [F(W08, '125亿立方米'), w8_g, F(W08, '1.1立方米')], 'water saved per kg of grain capacity: 125 / 115 = 1.09 → 1.1立方米')
S.rel('share', C, sh_w8a, 'effective irrigated area 8.67 / arable land 18.26亿亩 = 47.5% → 47%')
S.rel('share', U, [F(W08, '500多公斤'), F(W08, '1.8倍')], 'irrigated yield “500多公斤” = 1.8× the national average yield: the national yield is not stated')
S.rel('share', U, [w8_434, F(W08, '1/8')], 'the 434 large districts’ irrigated area = 1/8 of arable land: that area is not stated')
w9_ir = F(W09, '8.67亿亩'); w9_434 = F(W09, '434处')
rs_w9 = [w9_ir, w8_ir]; rs_w9b = [w9_434, w8_434]
S.rel('restatement', C, rs_w9, 'cross-document: 农田灌溉面积 8.67亿亩 (2009) restates the 8.67亿亩 of 2008')
S.rel('restatement', C, rs_w9b, 'cross-document: 434 large irrigation districts in both texts')
S.rel('growth', I, [w9_ir, F(W09, '1.4亿亩'), F(W09, '2%')], 'REAL ERROR in the original: 8.67 − 1.4 = 7.27亿亩 before the reform; 8.67/7.27 over the ≥30 years since 1978 is +0.6% a year (even over 10 years only +1.8%), not “平均每年递增2%”')
S.rel('growth', U, [F(W09, '9545亿元'), F(W09, '17倍')], 'investment 9545亿 “是改革开放前的17倍”: the pre-reform total is not stated')
S.rel('sum', U, [F(W09, '347亿元'), F(W09, '187亿元')], 'central 187 within 347: the local part is not stated')
S.rel('restatement', U, [F(W09, '393处'), F(W08, '363个')], 'cross-document: 393 districts (1996–2008, 续建配套与节水改造) vs 363 (1996–2006, 节水改造): other span and programme, not a restatement')
S.rel('restatement', U, [F(W09, '92亿公斤'), w8_g], 'cross-document: yearly new grain capacity 92亿公斤 (393 districts) vs cumulative new capacity 115亿公斤 (363 districts): other measure and list')
S.rel('growth', U, [F(W09, '5800多处'), F(W09, '4.3亿亩'), F(W09, '10.5%'), F(W09, '41.9%')], 'growth since the early reform years: the base counts and areas are not stated')
S.rel('share', U, [F(W09, '75%'), F(W08, '75%')], 'cross-document: the same “75% of the grain” claim in both texts: a restated share of an unstated total, nothing to compute')
S.rel('growth', U, [F(W09, '4238亿元'), F(W09, '16倍')], 'central investment “是改革开放前的16倍”: the pre-reform amount is not stated')
S.rel('restatement', U, [F(W09, '227亿立方米'), F(W08, '125亿立方米')], 'cross-document: water saving 227亿m³ (434 districts, planned by 2020) vs 125亿m³ (363 districts, 1996–2006): other list and time')
S.rel('sum', U, [F(W09, '3000亿元'), F(W09, '9545亿元')], 'rural water investment since 1998 “近3000亿” within all investment since 1978 (9545亿): a subset, the rest is not stated')

# ======== altered copies
a = ALT(MW, 1, mw_fp[4], '213.0 億元', '農田水利建設 218.0 → 213.0')
S.rel('sum', I, R(a, sum_mwf, mw_fp[4], '213.0 億元'), 'altered: 207.6 + 10.1 + 22.1 + 6.1 + 213.0 + 25.6 + 136.2 = 620.7, not 625.7 (breaks {B})')
a = ALT(MW, 2, mw_done[1], '89.4 億元', 'local funds used 84.4 → 89.4')
S.rel('sum', I, R(a, mw_done, mw_done[1], '89.4 億元'), 'altered: 354.5 + 89.4 = 443.9, not 438.9 (breaks {B})')
a = ALT(MI, 1, mi_im, '1,474.4', 'imports 2023 1,414.4 → 1,474.4')
S.rel('sum', I, R(a, sum_mi, mi_im, '1,474.4'), 'altered: 1,474.4 + 133.4 = 1,607.8, not 1,547.9 (breaks {B})')
S.rel('rate', I, R(a, [mi_t, mi_tg, mi_im, mi_img, mi_ex, mi_exg], mi_im, '1,474.4'), 'altered: 2022 imports 1,474.4/1.012 = 1,456.9, total 1,592.1; 1,547.9/1,592.1 = −2.8%, not ↑ 0.9% (breaks {B})')
a = ALT(MI, 2, mi_s4, '971.8', 'services trade Q4 977.8 → 971.8')
S.rel('growth', I, R(a, gr_mis, mi_s4, '971.8'), 'altered: 903.8 → 971.8 is +7.52%, not ↑ 8.2% (breaks {B})')
a = ALT(M7, 1, m7_p, '八十億六千四百五十萬元', 'Jan–Apr 2006 revenue 八十億八千四百五十萬 → 八十億六千四百五十萬')
S.rel('growth', I, R(a, gr_m7, m7_p, '八十億六千四百五十萬元'), 'altered: 80.6450億 → 121.2260億 is +50.3%, not 49.9% (breaks {B})')
a = ALT(M7, 2, m7_parts[4], '七億九千四百六十萬元', 'other recurrent revenue 七億四千四百六十萬 → 七億九千四百六十萬')
S.rel('sum', I, R(a, sum_m7, m7_parts[4], '七億九千四百六十萬元'), 'altered: the parts add to 121.2566億, not 一百二十億七千五百多萬 (breaks {B})')
a = ALT(M13, 1, m13_r, '六百一十四‧三億元', 'revenue 611.3 → 614.3')
S.rel('sum', I, R(a, sum_m13, m13_r, '六百一十四‧三億元'), 'altered: 614.3 − 134.6 = 479.7, not 476.6 (breaks {B})')
S.rel('rate', I, R(a, rt_m13, m13_r, '六百一十四‧三億元'), 'altered: 2012 surplus 614.3/1.207 − 154.7 = 354.2; 476.6/354.2 = +34.5%, not 35.5% (breaks {B})')
a = ALT(M13, 2, m13_sg, '三十八‧五%', 'surplus growth 35.5% → 38.5%')
S.rel('rate', I, R(a, rt_m13, m13_sg, '三十八‧五%'), 'altered: the parts give +35.0 to +36.0%, not 38.5% (breaks {B})')
a = ALT(HK, 1, hk_r[1], '599,174', '2018-19 revenue 599,774 → 599,174')
S.rel('sum', I, R(a, sum_hk2, hk_r[1], '599,174'), 'altered: 599,174 − 531,825 = 67,349, not 67,949 (breaks {B})')
a = ALT(HK, 2, hk_res[2], '1,166,308', 'reserves 31 Mar 2020 1,160,308 → 1,166,308')
S.rel('sum', I, R(a, sum_hkr, hk_res[2], '1,166,308'), 'altered: 1,170,883 − 10,575 = 1,160,308, not 1,166,308 (breaks {B})')
a = ALT(H12, 1, h_e, '2,982億元', 'ten-month expenditure 2,932 → 2,982')
S.rel('sum', I, R(a, sum_h12, h_e, '2,982億元'), 'altered: 3,957 − 2,982 = 975, not 1,025 (breaks {B})')
a = ALT(TWW, 1, tw_out[1], '1億6,265萬元', '防災及備援水井 outflow 1億6,765萬 → 1億6,265萬')
S.rel('sum', I, R(a, sum_two, tw_out[1], '1億6,265萬元'), 'altered: the five outflows add to 5億325萬, not 5億825萬 (breaks {B})')
a = ALT(TWW, 2, tw_fp[1], '14億4,120萬8千元', 'payable 14億1,120萬8千 → 14億4,120萬8千')
S.rel('sum', I, R(a, sum_twf, tw_fp[1], '14億4,120萬8千元'), 'altered: 97億1,291萬9千 + 14億4,120萬8千 + 2,174萬8千 = 111億7,587萬5千, not 111億4,587萬5千 (breaks {B})')
a = ALT(TWD, 1, td_t, '598億4,895萬餘元', 'total surplus 592億4,895萬 → 598億4,895萬')
S.rel('share', I, R(a, sh_td, td_t, '598億4,895萬餘元'), 'altered: 296億892萬 / 598億4,895萬 = 49.47%, not 49.97% (breaks {B})')
a = ALT(TWD, 2, td_c[0], '73個', '附屬單位預算 funds 75 → 73')
S.rel('sum', I, R(a, td_c, td_c[0], '73個'), 'altered: 73 + 74 = 147, not 149 (breaks {B})')
a = ALT(MOF, 1, sum_mf1[1], '33038億元', 'local revenue 33088 → 33038')
S.rel('sum', I, R(a, sum_mf1, sum_mf1[1], '33038億元'), 'altered: 28949 + 33038 = 61987, not 62037 (breaks {B})')
a = ALT(MOF, 2, sum_mf2[1], '9535億元', 'non-tax revenue 9585 → 9535')
S.rel('sum', I, R(a, sum_mf2, sum_mf2[1], '9535億元'), 'altered: 52452 + 9535 = 61987, not 62037 (breaks {B})')
a = ALT(E16, 1, e16_s0, '14.20%', '2015 share 14.70% → 14.20%')
S.rel('growth', I, R(a, gr_e16, e16_s0, '14.20%'), 'altered: 14.75 − 14.20 = 0.55 points, not 0.05 (breaks {B})')
a = ALT(E16, 2, e16_f, '31896.25億元', '2016 public funding 31396.25 → 31896.25')
S.rel('restatement', I, R(a, rs_e16f, e16_f, '31896.25億元'), 'altered: 31896.25 here vs “比上年的31396.25” in the 2017 bulletin (breaks {B})')
a = ALT(E17, 1, e17_t0, '38388.39亿元', 'summary: 2016 total 38888.39 → 38388.39')
S.rel('growth', I, R(a, gr_e17, e17_t0, '38388.39亿元'), 'altered: 38388.39 → 42562.01 is +10.87%, not 9.45% (breaks {B})')
a = ALT(E17, 2, e17_s, '14.77%', '2017 share 14.71% → 14.77%')
S.rel('growth', I, R(a, gr_e17s, e17_s, '14.77%'), 'altered: 14.77 − 14.75 = +0.02 points, not “降低了0.04” (breaks {B})')
a = ALT(E12, 1, e12_f, '22286.23亿元', 'public funding 22236.23 → 22286.23')
S.rel('share', I, R(a, sh_e12, e12_f, '22286.23亿元'), 'altered: 22286.23 / 518942.11 = 4.29%, not 4.28% (breaks {B})')
a = ALT(E12, 2, e12_ps, '125352.97亿元', 'public spending 125952.97 → 125352.97')
S.rel('share', I, R(a, sh_e12x, e12_ps, '125352.97亿元'), 'altered: 20314.17 / 125352.97 = 16.21%, not 16.13% (breaks {B})')
a = ALT(E20, 1, avg_e20['28.13%'][1], '23.13%', '普通小学 five-year growth 28.13% → 23.13%')
S.rel('growth', I, R(a, avg_e20['28.13%'], avg_e20['28.13%'][1], '23.13%'), 'altered: 1.2313^(1/5) = +4.25% a year, not 5.08% (breaks {B})')
a = ALT(E20, 2, avg_e20['15.33%'][0], '2.39%', '普通高校 yearly average 2.89% → 2.39%')
S.rel('growth', I, R(a, avg_e20['15.33%'], avg_e20['15.33%'][0], '2.39%'), 'altered: +15.33% over five years is +2.89% a year, not 2.39% (breaks {B})')
a = ALT(E98, 1, sum_e98[0], '1961.86万人', '普通初中 intake 1961.36 → 1961.86')
S.rel('sum', I, R(a, sum_e98, sum_e98[0], '1961.86万人'), 'altered: 1961.86 + 34.89 = 1996.75, not 1996.25 (breaks {B})')
a = ALT(E98, 2, r98_prev[4], '24.46', '1997 pupil–teacher ratio 24.16 → 24.46')
S.rel('share', I, R(a, r98_prev, r98_prev[4], '24.46'), 'altered: (13953.80 + 41.57)/(581.94 − 2.58) = 24.16, not 24.46 (breaks {B})')
a = ALT(ENR, 1, en['1990'][1], '9589.7', '1990 enrolled 9529.7 → 9589.7')
S.rel('share', I, R(a, en['1990'], en['1990'][1], '9589.7'), 'altered: 9589.7 / 9740.7 = 98.45%, not 97.8 (breaks {B})')
a = ALT(ENR, 2, en['2005'][1], '10170.3', '2005 enrolled 10120.3 → 10170.3')
S.rel('share', I, R(a, en['2005'], en['2005'][1], '10170.3'), 'altered: 10170.3 / 10207.0 = 99.64%, not 99.2 (breaks {B})')
a = ALT(W08, 1, w8_g, '118亿公斤', 'new grain capacity 115 → 118亿公斤')
S.rel('share', I, R(a, sh_w8, w8_g, '118亿公斤'), 'altered: 212.6 / 118 = 1.80元 a kg, not 1.84 (breaks {B})')
a = ALT(W08, 2, w8_ar, '18.86亿亩', 'arable land 18.26 → 18.86亿亩')
S.rel('share', I, R(a, sh_w8a, w8_ar, '18.86亿亩'), 'altered: 8.67 / 18.86 = 46.0%, not 47% (breaks {B})')
a = ALT(W09, 1, w9_ir, '8.61亿亩', 'irrigated area 8.67 → 8.61亿亩')
S.rel('restatement', I, R(a, rs_w9, w9_ir, '8.61亿亩'), 'altered: 8.61亿亩 here vs 8.67亿亩 in the 2008 text (breaks {B})')
a = ALT(W09, 2, w9_434, '431处', 'large districts 434 → 431')
S.rel('restatement', I, R(a, rs_w9b, w9_434, '431处'), 'altered: 431 districts here vs 434 in the 2008 text (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout165. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout165.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout165'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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



HN='hn_2009grain.txt'; HL='hn_2022list.txt'; HQ='hn_2022q1.txt'; WH='wh_2017h1_hant.txt'; WJ='whjk_2023h1_hant.txt'; HUN='hun_2020fin.txt'
JX='jx_1998.txt'; AH='ah_1958.txt'; HF24='hf_2024r.txt'; HFG='hf_2025g_hant.txt'; HF23='hf_2023p.txt'; YH24='yh_2024p.txt'; YH25='yh_2025p.txt'
SXM='sx_2019may_hant.txt'; SXA='sx_2019aug.txt'; SX17='sx_2017h1_hant.txt'; SX13='sx_2013_hant.txt'; SX04='sx_2004_hant.txt'

# ---- 河南 grain 1949-2008 (news of 2009)
g08 = F(HN, '1073亿斤'); g49 = F(HN, '142.7亿斤'); g752 = F(HN, '7.52倍'); y110a = F(HN, '110斤', n=0); y110b = F(HN, '110斤', n=1)
gr_hn = [g08, g49, g752]
S.rel('growth', C, gr_hn, '2008 1073亿斤 / 1949 142.7亿斤 = 7.519 → 是1949年的7.52倍')
S.rel('growth', I, [F(HN, '七倍多'), g08, g49], 'real error in the original: the title says 60年“增七倍多” (增长N倍 = ratio − 1, so a ratio above 8), but 1073 / 142.7 = 7.52倍, an increase of 6.52倍')
S.rel('growth', U, [g08, F(HN, '2.56倍'), F(HN, '400亿斤')], '是1978年的2.56倍 rests on the exact 1978 output (about 419亿斤); “只有400亿斤” is a round narrative figure, not its base (1073/400 = 2.68)')
rs_hn = [y110a, y110b]
S.rel('restatement', C, rs_hn, '1949 亩产110斤 restated as “仍停留在110斤左右”')
S.rel('share', U, [g49, F(HN, '6.3%')], '1949 share of national output: the national total is not stated')
S.rel('share', U, [g49, F(HN, '342斤')], 'per-capita 342斤: the population is not stated')
S.rel('share', U, [y110b, F(HN, '60%左右')], '为全国平均粮食亩产的60%左右: the national yield is not stated')
S.rel('sum', U, [F(HN, '63.8亿斤'), g49], 'summer grain 63.8 is a part of 142.7; autumn grain not stated')

# ---- 河南 2022 key-project list and Q1 progress
l_n = F(HL, '1794个'); l_inv = F(HL, '1.3万亿元'); q_n = F(HQ, '1794个'); q_t = F(HQ, '1.3万亿元'); q_done = F(HQ, '4559亿元'); q_r = F(HQ, '33.7%')
sh_l = [F(HL, '845个', n=0), F(HL, '1241个', n=0), F(HL, '68%', n=0)]
S.rel('share', C, sh_l, '845 / 1241 = 68.09% → 占比68%')
S.rel('restatement', C, [F(HL, '68%', n=0), F(HL, '68%', n=1)], 'the sentence is printed twice: 845 of 1241, 68% both times')
S.rel('growth', U, [l_n, F(HL, '423个')], '项目总数增加423个: the 2021 count is not stated, so there is nothing to check the increase against')
S.rel('growth', U, [F(HL, '142个'), F(HL, '115%')], 'innovation projects +115%: the 2021 count is not stated')
S.rel('sum', U, [F(HL, '142个'), F(HL, '1241个', n=0), l_n], 'two of seven areas (142 innovation + 1241 industrial): not a split of 1794')
S.rel('restatement', U, [F(HL, '4.8万亿元'), l_inv], '总投资约4.8万亿 (all years) vs 年度计划投资超1.3万亿 (this year): other indicators')
S.rel('restatement', C, [l_n, q_n], '1794 provincial key projects in the March list and in the Q1 report')
S.rel('restatement', C, [l_inv, q_t], '年度计划投资超1.3万亿 (list) ↔ 年度总投资目标为1.3万亿 (Q1 report)')
S.rel('share', C, [q_done, q_r, l_inv], '4559 / 33.7% = 13528亿, which fits the list\'s “超1.3万亿” plan')
S.rel('target', CT, [l_inv, q_done], 'annual plan 超1.3万亿 against 4559亿 by the end of Q1: part year, cannot tell')
sh_q1 = [F(HQ, '255亿元'), F(HQ, '99亿元'), F(HQ, '39%')]; sh_q2 = [F(HQ, '8700亿元'), F(HQ, '3170亿元'), F(HQ, '36.4%')]
S.rel('share', C, sh_q1, 'energy 99 / 255 = 38.8% → 39%')
S.rel('share', C, sh_q2, 'industrial upgrading 3170 / 8700 = 36.44% → 36.4%')
S.rel('growth', U, [q_r, F(HQ, '1.2个百分点')], '较去年同期加快1.2个百分点: last year\'s Q1 share is not stated')
S.rel('share', U, [F(HQ, '404个'), F(HQ, '54.2%')], '开工率54.2%: the number of planned new starts is not stated')
S.rel('sum', U, [F(HQ, '255亿元'), F(HQ, '8700亿元'), q_t], 'two sectors\' plans: not a split of the 1.3万亿 plan')

# ---- 武汉 H1 2017
w_g0 = F(WH, '6019億元', n=0); w_g2 = F(WH, '6019億元', n=2); w_r0 = F(WH, '7.5%', n=0); w_r2 = F(WH, '7.5%', n=2); w_i = F(WH, '7.5%', n=3)
rs_w1 = [w_g0, w_g2]; rs_w2 = [w_r0, w_r2]
S.rel('restatement', C, rs_w1, 'H1 GDP 6019億元 in the lead and in the body')
S.rel('restatement', C, rs_w2, 'H1 GDP growth 7.5% in the lead and in the body')
S.rel('restatement', U, [w_r2, w_i], 'GDP +7.5% and 規上工業增加值 +7.5%: same number, other indicator')
S.rel('growth', U, [w_r2, F(WH, '0.6', post='個')], '比一季度上升0.6個百分點: the Q1 rate is not stated')
S.rel('growth', U, [F(WH, '1742億元'), w_i, F(WH, '3.2', post='個')], 'industry 提高3.2個百分點: last year\'s H1 rate is not stated')
S.rel('growth', U, [F(WH, '1546億元'), F(WH, '17.8%'), F(WH, '6.1', post='個')], 'revenue 提高6.1個百分點: last year\'s rate is not stated')
S.rel('growth', U, [F(WH, '3875億元'), F(WH, '11.5%'), F(WH, '8.1', post='個')], 'investment 提高8.1個百分點: last year\'s rate is not stated')
S.rel('share', U, [F(WH, '4518億元'), w_g0], '招商引資到位資金 4518 vs GDP 6019: other indicators, not a share')

# ---- 武汉经开区 H1 2023
S.rel('share', I, [F(WJ, '31個'), F(WJ, '22個'), F(WJ, '70.9%')], 'real error in the original: 22 / 31 = 70.97% → 71.0%; the printed 70.9% is truncated and lies outside its half unit (70.85–70.95)')
S.rel('growth', U, [F(WJ, '4.5%'), F(WJ, '2.2', post='個')], '增速比一季度加快2.2個百分點: the Q1 rate is not stated')
S.rel('growth', U, [F(WJ, '154.91億元'), F(WJ, '27.3%'), F(WJ, '5.3', post='個')], 'services 較一季度提高5.3: the Q1 rate is not stated')
S.rel('growth', U, [F(WJ, '27.3%'), F(WJ, '14', post='個')], '高出武漢市平均增速14個百分點: the city rate is not stated')
S.rel('growth', U, [F(WJ, '19.2%'), F(WJ, '12.5', post='個')], 'construction 高於全市平均增幅12.5: the city rate is not stated')
S.rel('share', U, [F(WJ, '60.9%'), F(WJ, '12.8', post='個')], '盈利面 擴大12.8個百分點: the Q1 share is not stated')
S.rel('restatement', U, [F(WJ, '五項'), F(WJ, '9項')], '5 indicators ranked first vs 9 ranked in the top three: other counts, not a restatement')

# ---- 湖南 2020 (finance yearbook)
n_g = F(HUN, '41781.5亿元'); n1 = F(HUN, '4240.4亿元'); n2 = F(HUN, '15937.7亿元'); n3 = F(HUN, '21603.4亿元')
sum_n = [n1, n2, n3, n_g]; sh_n2 = [n2, n_g, F(HUN, '38,1')]; ctr_n = [F(HUN, '8.1%'), F(HUN, '53.9%'), F(HUN, '38.0%')]
S.rel('sum', C, sum_n, '湖南 2020: 4240.4 + 15937.7 + 21603.4 = 41781.5亿')
S.rel('share', I, [n1, n_g, F(HUN, '10.2', post=':')], 'real discrepancy in the original: primary 4240.4 / 41781.5 = 10.149% → 10.1, not 10.2 (half units change nothing); the structure was forced to add up to 100 (10.2 + 38.1 + 51.7)')
S.rel('share', C, sh_n2, 'secondary 15937.7 / 41781.5 = 38.15% → 38.1 (printed “38,1”: an OCR comma for the decimal point)')
S.rel('share', C, [n3, n_g, F(HUN, '51.7', post=',')], 'tertiary 21603.4 / 41781.5 = 51.71% → 51.7')
S.rel('sum', C, ctr_n, 'contribution rates 8.1 + 53.9 + 38.0 = 100.0%')
S.rel('rate', U, [F(HUN, '3.8%'), F(HUN, '3.7%'), F(HUN, '4.7%'), F(HUN, '2.9%')], 'GDP +3.8% from sector rates needs last year\'s sector levels (not stated; current-price weights would not do)')
inc_n = [F(HUN, '3008.7亿元'), F(HUN, '4186.3亿元'), F(HUN, '1019.9亿元'), F(HUN, '237.5亿元'), F(HUN, '1005.2亿元'), F(HUN, '390.8亿元'), F(HUN, '9848.4亿元', n=0)]
out_n = [F(HUN, '8403.1亿元'), F(HUN, '58.3亿元'), F(HUN, '713.5亿元'), F(HUN, '261.3亿元'), F(HUN, '15亿元', pre='调出资金'), F(HUN, '397.2亿元'), F(HUN, '9848.4亿元', n=1)]
S.rel('sum', C, inc_n, 'income: 3008.7 + 4186.3 + 1019.9 + 237.5 + 1005.2 + 390.8 = 9848.4亿')
S.rel('sum', C, out_n, 'spending: 8403.1 + 58.3 + 713.5 + 261.3 + 15 + 397.2 = 9848.4亿')
S.rel('restatement', C, [inc_n[-1], out_n[-1]], 'income total = spending total 9848.4 (收支平衡)')
S.rel('sum', U, [F(HUN, '14374.7亿元'), F(HUN, '16258.1亿元')], '商品零售额 is a part of 社零; catering is not stated')
S.rel('rate', U, [F(HUN, '2.6%'), F(HUN, '1.6%')], '社零 −2.6% vs 商品零售 −1.6%: the catering part is not stated, so the total cannot be rebuilt')

# ---- 江西 1949 vs 1998
gr_jx = [F(JX, '2.16亿元'), F(JX, '1729.62亿元'), F(JX, '800倍')]
S.rel('growth', C, gr_jx, 'industrial output 2.16 (1949) → 1729.62 (1998): ratio 800.8, an increase of 799.8倍 → “增长800倍” (2.16\'s half unit gives 797.9–801.6)')
S.rel('share', U, [F(JX, '0.8亿元'), F(JX, '7元')], '1949 per-capita revenue: the population is not stated')
S.rel('share', U, [F(JX, '145.66亿元'), F(JX, '348元')], '1998 per-capita revenue: the population is not stated')
S.rel('sum', U, [F(JX, '2.16亿元'), F(JX, '12.2亿元')], '1949 industry 2.16 inside 工农业总产值 12.2: agriculture not stated')
S.rel('sum', U, [F(JX, '1729.62亿元'), F(JX, '2464.5亿元')], '1998 industry 1729.62 inside 工农业总产值 2464.5: agriculture not stated')

# ---- 安徽 1958 (old text)
S.rel('sum', I, [F(AH, '22.3'), F(AH, '77.4')], 'real error in the original: the 1957 工农业比例 22.3∶77.4 adds up to 99.7, not 100 (at most 99.8 with the half units)')
S.rel('restatement', U, [F(AH, '120万吨', n=0), F(AH, '120万吨', n=1)], '1958 iron target 120万吨 vs 1959 steel target 120万吨: same number, other indicator and year')

# ---- 合肥 (2023 results, 2024 results, 2025 goals) and 瑶海区 (2024, 2025)
S.rel('target', U, [F(HFG, '5.5%以上'), F(HF24, '5.8%左右')], '2025 GDP goal against the 2024 result: other period')
S.rel('target', U, [F(HFG, '10%左右'), F(HF24, '14.9%左右')], '2025 industrial goal against the 2024 result: other period')
S.rel('target', U, [F(HFG, '10%左右'), F(HF23, '10%以上')], '2025 industrial goal against the 2023 result: other period')
S.rel('target', U, [F(HFG, '3%以上'), F(HF23, '3%左右')], '2025 investment goal against 2023 investment growth: other period')
S.rel('restatement', U, [F(HF23, '5.8%'), F(HF24, '5.8%左右')], '合肥 GDP +5.8% in 2023 and +5.8%左右 in 2024: other periods')
S.rel('restatement', U, [F(HF24, '20%以上'), F(HF24, '20%', post='。')], '制造业贷款 20%以上 vs 小微企业贷款 20%: other indicators')
S.rel('growth', U, [F(HF24, '248户'), F(HF24, '翻两番')], '小巨人 248户 “三年翻两番”: the count three years ago is not stated')
S.rel('growth', U, [F(HF24, '1万户'), F(HF24, '翻一番')], '高新技术企业 1万户 “三年翻一番”: the count three years ago is not stated')
S.rel('share', U, [F(HF23, '371.56亿元'), F(HF23, '22%')], '专项债 371.56 占全省22%: the provincial total is not stated')
S.rel('growth', U, [F(HF23, '25%'), F(HF23, '5个百分点')], '投资占全省比重超25%、提升5个百分点: last year\'s share is not stated')
S.rel('target', U, [F(HFG, '2%左右'), F(YH24, '2%左右')], '合肥 2025 revenue goal against 瑶海区 2024 revenue growth: other place and period')
rs_y = [F(YH24, '16%以上', n=0), F(YH24, '16%以上', n=1)]
S.rel('restatement', C, rs_y, '瑶海 2024 investment growth 16%以上 in the summary and in section (一)')
S.rel('growth', I, [F(YH24, '19个'), F(YH25, '40个'), F(YH25, '110%')], 'real slip at the edge: new starts 19 (2024 report) → 40 (2025 report) is +110.5%; the stated “增加110%” is truncated and lies just outside its half unit (109.5–110.5)')
S.rel('growth', U, [F(YH24, '800亿元左右'), F(YH25, '840亿元'), F(YH25, '4%', pre='增长')], '800左右 → 840 is +5% at current prices; +4% is real growth, and 800 is approximate')
S.rel('restatement', U, [F(YH24, '4%', pre='增速'), F(YH25, '4%', pre='增长')], '瑶海 GDP +4% in 2024 and in 2025: other periods')
S.rel('growth', U, [F(YH25, '21.5亿元'), F(YH25, '3.3%'), F(YH24, '2%左右')], '2025 revenue 21.5 +3.3%: the 2024 level is not stated (the 2024 report gives only +2%左右)')
S.rel('sum', U, [F(YH25, '40个'), F(YH25, '47个'), F(YH25, '111个')], 'starts and completions are not a split of the 111 projects (continuing ones not stated)')
S.rel('restatement', U, [F(YH24, '26%左右'), F(YH25, '24%')], '其他营利性服务业 growth 26%左右 (2024) and 24% (2025): other periods')

# ---- 山西 key projects, Jan-May 2019 (traditional)
m_tot = F(SXM, '666.2億元', n=1); m_plan = F(SXM, '2088.3億元'); m_r = F(SXM, '31.9%'); m_fa = F(SXM, '6441億元')
m_p = F(SXM, '195項'); m_c = F(SXM, '803項'); m_all = F(SXM, '998項', n=1); m_pp = F(SXM, '716.9億元'); m_cp = F(SXM, '1371.4億元')
m_pd = F(SXM, '256.6億元', n=1); m_pr = F(SXM, '35.8%'); m_x = F(SXM, '28.3%')
S.rel('share', C, [m_tot, m_plan, m_r], '666.2 / 2088.3 = 31.90%')
S.rel('restatement', C, [F(SXM, '666.2億元', n=0), m_tot], '666.2億元 in the title and the lead')
sum_m1 = [m_p, m_c, m_all]; sum_m2 = [m_pp, m_cp, m_plan]
S.rel('sum', C, sum_m1, '195 provincial + 803 city construction projects = 998')
S.rel('sum', C, sum_m2, '716.9 + 1371.4 = 2088.3億 annual plan')
S.rel('share', C, [m_plan, m_fa, F(SXM, '32.4%')], '2088.3 / 6441 = 32.42%')
S.rel('share', C, [m_pp, m_fa, F(SXM, '11.1%')], '716.9 / 6441 = 11.13%')
S.rel('share', C, [m_cp, m_fa, F(SXM, '21.3%')], '1371.4 / 6441 = 21.29%')
S.rel('sum', C, [F(SXM, '11.1%'), F(SXM, '21.3%'), F(SXM, '32.4%')], 'shares 11.1 + 21.3 = 32.4')
S.rel('sum', C, [F(SXM, '71項'), F(SXM, '101項'), F(SXM, '172項')], 'preparatory projects 71 + 101 = 172')
S.rel('sum', C, [F(SXM, '2835.7億元'), F(SXM, '1377.2億元'), F(SXM, '4212.9億元')], '2835.7 + 1377.2 = 4212.9')
S.rel('share', C, [m_pd, m_pp, m_pr], 'provincial 256.6 / 716.9 = 35.79%')
S.rel('share', C, [F(SXM, '359億元'), F(SXM, '124.9億元'), F(SXM, '34.8%')], '124.9 / 359 = 34.79%')
sh_m3 = [F(SXM, '40.4億元'), F(SXM, '18.6億元'), F(SXM, '46.1%')]
S.rel('share', C, sh_m3, '18.6 / 40.4 = 46.04%')
S.rel('share', C, [F(SXM, '317.5億元'), F(SXM, '113億元'), F(SXM, '35.6%')], '113 / 317.5 = 35.59%')
sum_m3 = [F(SXM, '133項'), F(SXM, '15項'), F(SXM, '47項'), m_p]
S.rel('sum', C, sum_m3, '133 + 15 + 47 = 195 provincial construction projects')
S.rel('sum', C, [F(SXM, '359億元'), F(SXM, '40.4億元'), F(SXM, '317.5億元'), m_pp], '359 + 40.4 + 317.5 = 716.9')
S.rel('sum', C, [F(SXM, '124.9億元'), F(SXM, '18.6億元'), F(SXM, '113億元'), m_pd], '124.9 + 18.6 + 113 = 256.5 vs 256.6: within the half units (113 carries ±0.5)')
S.rel('share', C, [F(SXM, '139.2億元'), F(SXM, '39.4億元'), m_x], 'cross-city 39.4 / 139.2 = 28.30%')
S.rel('growth', C, [m_pr, m_x, F(SXM, '7.5', post='個')], '35.8 − 28.3 = 7.5 points (全省平均 = the provincial key projects\' 35.8%)')
S.rel('restatement', U, [m_r, m_pr], '31.9% (provincial and city projects) vs 35.8% (provincial only): other scopes')
S.rel('sum', U, [m_all, F(SXM, '172項')], '998 construction and 172 preparatory projects are separate lists; no total (1170) is stated')
S.rel('sum', U, [F(SXM, '18項'), m_p], '18 cross-city projects cut across the 133/15/47 split: a subset, not a part')

# ---- 山西 key projects, Jan-Aug 2019
a1317a = F(SXA, '1317项', n=1); a1317b = F(SXA, '1317项', n=2); a1099 = F(SXA, '1099项'); a218 = F(SXA, '218项')
a249a = F(SXA, '249项', n=0); a249b = F(SXA, '249项', n=1); a105a = F(SXA, '105项', n=0); a105b = F(SXA, '105项', n=1)
a_plan = F(SXA, '2306.8亿元'); a_p = F(SXA, '906.5亿元'); a_c = F(SXA, '1400.3亿元'); a_done = F(SXA, '1594.2亿元', n=1); a_x = F(SXA, '55.9%')
S.rel('restatement', C, [a1317a, a1317b], '1317 projects stated twice')
S.rel('sum', C, [a1099, a218, a1317b], '1099 construction + 218 preparatory = 1317')
S.rel('sum', C, [F(SXA, '54项'), F(SXA, '34项'), F(SXA, '88项')], 'second batch 54 + 34 = 88')
S.rel('sum', C, [a249a, a105a, F(SXA, '354项')], 'two batches: 249 + 105 = 354')
S.rel('sum', C, [a249b, F(SXA, '850项'), a1099], '249 provincial + 850 city = 1099')
sum_a1 = [a_p, a_c, a_plan]
S.rel('sum', C, sum_a1, '906.5 + 1400.3 = 2306.8')
S.rel('share', C, [a_plan, F(SXA, '6441亿元'), F(SXA, '35.8%')], '2306.8 / 6441 = 35.81%')
S.rel('sum', C, [a105b, F(SXA, '113项'), a218], '105 + 113 = 218 preparatory projects')
sum_a2 = [F(SXA, '4265.9亿元'), F(SXA, '1570.9亿元'), F(SXA, '5836.8亿元')]
S.rel('sum', C, sum_a2, '4265.9 + 1570.9 = 5836.8')
S.rel('share', C, [a_done, a_plan, F(SXA, '69.1%', n=1)], '1594.2 / 2306.8 = 69.11%')
S.rel('restatement', C, [F(SXA, '1594.2亿元', n=0), a_done], '1594.2亿元 stated twice')
S.rel('share', C, [F(SXA, '624.7亿元'), a_p, F(SXA, '68.9%')], '624.7 / 906.5 = 68.91%')
sh_a = [F(SXA, '218.8亿元'), F(SXA, '122.2亿元'), a_x]; gr_a = [F(SXA, '68.9%'), a_x, F(SXA, '13个')]
S.rel('share', C, sh_a, 'cross-city 122.2 / 218.8 = 55.85% → 55.9%')
S.rel('growth', C, gr_a, '68.9 − 55.9 = 13.0 points (全省平均 = the provincial key projects\' rate, as in May)')
S.rel('share', I, [F(SXA, '969.5亿元'), a_c, F(SXA, '6902%')], 'real error in the original: city projects 969.5 / 1400.3 = 69.2%; printed “完成率6902%” (a typo)')
S.rel('sum', C, [F(SXA, '74项'), F(SXA, '5项', pre='未按期开工'), F(SXA, '3项', pre='提前开工'), F(SXA, '72项')], 'new starts: 74 due − 5 late + 3 early = 72 started')
S.rel('sum', C, [F(SXA, '148项'), F(SXA, '4项', pre='未复工'), F(SXA, '152项')], 'continuing projects: 148 resumed + 4 not = 152')
S.rel('sum', C, [F(SXA, '97项'), F(SXA, '152项'), a249b], 'provincial construction projects: 97 new + 152 continuing = 249')
S.rel('growth', U, [F(SXA, '69.1%', n=0), F(SXA, '3.6个', n=0)], '高于去年同期3.6个百分点: last year\'s rate is not stated')
S.rel('restatement', C, [m_fa, F(SXA, '6441亿元')], 'the 2019 provincial fixed-asset investment plan 6441亿 in May and in August')
S.rel('sum', C, [m_p, F(SXA, '54项'), a249a], 'provincial construction projects: 195 (May) + 54 of the second batch = 249 (August)')
S.rel('sum', C, [F(SXM, '71項'), F(SXA, '34项'), a105a], 'provincial preparatory projects: 71 (May) + 34 of the second batch = 105 (August)')
S.rel('restatement', U, [m_r, F(SXA, '69.1%', n=0)], 'completion 31.9% (end of May) vs 69.1% (end of August): other periods')
S.rel('restatement', U, [m_pr, F(SXA, '35.8%')], 'May 35.8% (provincial completion) vs August 35.8% (key projects\' share of the investment plan): same number, other indicator')
S.rel('growth', U, [m_c, F(SXA, '850项')], 'city construction projects 803 → 850: no batch or change is stated')

# ---- 山西 H1 2017 (traditional)
s7_h = F(SX17, '1017.1億元'); s7_r = F(SX17, '32.4%'); s7_j = F(SX17, '494.4億元'); s7_jr = F(SX17, '15.8%')
sh_s7 = [s7_j, s7_h, F(SX17, '48.6%')]
S.rel('share', C, sh_s7, 'June 494.4 / H1 1017.1 = 48.61%')
S.rel('share', C, [s7_h, s7_r, s7_j, s7_jr], 'plan = 1017.1 / 32.4% = 3139億; June 494.4 / 3139 = 15.75% → 15.8%')
S.rel('sum', I, [F(SX17, '4.6%'), F(SX17, '6.9%'), F(SX17, '8.2%'), s7_jr, s7_r], 'real error in the original: monthly completion rates March–May 4.6 + 6.9 + 8.2 plus June 15.8 = 35.5% already exceed the half-year 32.4% (January–February cannot be negative)')
S.rel('share', U, [F(SX17, '58.9%'), F(SX17, '60.8%'), s7_r], '産業轉型 projects\' own completion rate (32.4 × 60.8 / 58.9 = 33.4%) is not stated')
S.rel('share', U, [F(SX17, '68.6%'), F(SX17, '58.9%')], 'share of project count vs share of planned investment: other bases')

# ---- 山西 industrial investment Jan-Aug 2013 (traditional)
sum_13 = [F(SX13, '1236.4億元'), F(SX13, '1245.6億元'), F(SX13, '2482億元')]
S.rel('sum', C, sum_13, 'traditional 1236.4 + new 1245.6 = 2482億')
S.rel('rate', I, [F(SX13, '2482億元'), F(SX13, '15.5%'), F(SX13, '1236.4億元'), F(SX13, '10%', pre='下降'), F(SX13, '1245.6億元'), F(SX13, '48.8%')], 'real error in the original: last year = 1236.4 / 0.90 + 1245.6 / 1.488 = 1373.8 + 837.1 = 2210.9; 2482 / 2210.9 = +12.3%, not +15.5% (the two parts make up the whole 2482)')
S.rel('target', M, [F(SX13, '30%'), F(SX13, '48.8%')], 'new-industry investment +48.8% against the 省委 assessment target of 30%: met')
S.rel('share', U, [F(SX13, '14628億元'), F(SX13, '3萬億元'), F(SX13, '48.8%')], '14628 / 3萬億 = 48.8%, the same number as the growth rate: a coincidence; no share is stated')
S.rel('sum', U, [F(SX13, '375項'), F(SX13, '1180個'), F(SX13, '4500個')], 'approved (375) and selected (1180) projects are overlapping subsets of the 4500 reserve')

# ---- 山西 key projects 2004 (news of 2005, traditional)
s4_p = F(SX04, '313.49億元'); s4_d = F(SX04, '313.4\n1億元'); s4_r0 = F(SX04, '99.98%', n=0); s4_r1 = F(SX04, '99.98%', n=1)
S.rel('share', C, [s4_d, s4_p, s4_r1], '313.41 / 313.49 = 99.974%; with the half units up to 99.978%, so 99.98% stands (the 313.41 is broken by a line break as stored)')
S.rel('restatement', C, [s4_r0, s4_r1], 'completion 99.98% in the lead and in the body')
sh_s4 = [F(SX04, '279.78億元'), s4_p, F(SX04, '89.25%')]
S.rel('share', C, sh_s4, '到位資金 279.78 / plan 313.49 = 89.25%')
S.rel('share', U, [s4_p, F(SX04, '23.61%')], 'share of total fixed-asset investment: the total is not stated')
S.rel('target', MS, [s4_p, s4_d], 'annual plan 313.49億 against 313.41億 completed (99.98%): missed by 0.08億, though the text says the year\'s targets were “順利完成”')
S.rel('target', M, [F(SX04, '10個')], '10 projects due to be completed: “全部完成”')
S.rel('target', M, [F(SX04, '5個')], '5 projects due to start: all started in the year')
S.rel('sum', U, [F(SX04, '41項'), F(SX04, '10個'), F(SX04, '5個')], 'completions (10) and new starts (5) are subsets of the 41; continuing projects are not stated')

# ---- altered copies
a = ALT(HN, 1, g49, '147.7亿斤', '1949 grain 142.7 → 147.7')
S.rel('growth', I, R(a, gr_hn, g49, '147.7亿斤'), 'altered: 1073 / 147.7 = 7.26, not 7.52倍 (breaks {B})')
a = ALT(HN, 2, y110a, '116斤', '1949 yield 110 → 116')
S.rel('restatement', I, R(a, rs_hn, y110a, '116斤'), 'altered: 亩产116斤, then “仍停留在110斤左右” (breaks {B})')
a = ALT(HQ, 1, sh_q1[1], '93亿元', 'energy completed 99 → 93')
S.rel('share', I, R(a, sh_q1, sh_q1[1], '93亿元'), 'altered: 93 / 255 = 36.5%, not 39% (breaks {B})')
a = ALT(HQ, 2, sh_q2[2], '38.4%', 'industrial upgrading share 36.4% → 38.4%')
S.rel('share', I, R(a, sh_q2, sh_q2[2], '38.4%'), 'altered: 3170 / 8700 = 36.4%, not 38.4% (breaks {B})')
a = ALT(WH, 1, w_g2, '6079億元', 'body GDP 6019 → 6079')
S.rel('restatement', I, R(a, rs_w1, w_g2, '6079億元'), 'altered: 6019 in the lead, 6079 in the body (breaks {B})')
a = ALT(WH, 2, w_r2, '7.8%', 'body GDP growth 7.5% → 7.8%')
S.rel('restatement', I, R(a, rs_w2, w_r2, '7.8%'), 'altered: +7.5% in the lead, +7.8% in the body (breaks {B})')
a = ALT(HUN, 1, n2, '15987.7亿元', 'secondary sector 15937.7 → 15987.7')
S.rel('sum', I, R(a, sum_n, n2, '15987.7亿元'), 'altered: 4240.4 + 15987.7 + 21603.4 = 41831.5, not 41781.5 (breaks {B})')
a = ALT(HUN, 2, inc_n[4], '1065.2亿元', 'transferred-in funds 1005.2 → 1065.2')
S.rel('sum', I, R(a, inc_n, inc_n[4], '1065.2亿元'), 'altered: the income items add up to 9908.4, not 9848.4 (breaks {B})')
a = ALT(HUN, 3, ctr_n[1], '58.9%', 'secondary contribution 53.9% → 58.9%')
S.rel('sum', I, R(a, ctr_n, ctr_n[1], '58.9%'), 'altered: 8.1 + 58.9 + 38.0 = 105.0, not 100 (breaks {B})')
a = ALT(JX, 1, gr_jx[0], '2.46亿元', '1949 industrial output 2.16 → 2.46')
S.rel('growth', I, R(a, gr_jx, gr_jx[0], '2.46亿元'), 'altered: 1729.62 / 2.46 = 703, an increase of about 702倍, not 800倍 (breaks {B})')
a = ALT(YH24, 1, rs_y[1], '18%以上', 'second mention of investment growth 16% → 18%')
S.rel('restatement', I, R(a, rs_y, rs_y[1], '18%以上'), 'altered: 16%以上 in the summary, 18%以上 in section (一) (breaks {B})')
a = ALT(SXM, 1, m_cp, '1374.4億元', 'city plan 1371.4 → 1374.4')
S.rel('sum', I, R(a, sum_m2, m_cp, '1374.4億元'), 'altered: 716.9 + 1374.4 = 2091.3, not 2088.3 (breaks {B})')
a = ALT(SXM, 2, sh_m3[2], '48.1%', 'traditional-industry completion 46.1% → 48.1%')
S.rel('share', I, R(a, sh_m3, sh_m3[2], '48.1%'), 'altered: 18.6 / 40.4 = 46.0%, not 48.1% (breaks {B})')
a = ALT(SXM, 3, sum_m3[0], '138項', 'industrial-transformation projects 133 → 138')
S.rel('sum', I, R(a, sum_m3, sum_m3[0], '138項'), 'altered: 138 + 15 + 47 = 200, not 195 (breaks {B})')
a = ALT(SXA, 1, a_c, '1460.3亿元', 'city plan 1400.3 → 1460.3')
S.rel('sum', I, R(a, sum_a1, a_c, '1460.3亿元'), 'altered: 906.5 + 1460.3 = 2366.8, not 2306.8 (breaks {B})')
a = ALT(SXA, 2, a_x, '59.9%', 'cross-city completion 55.9% → 59.9%')
S.rel('share', I, R(a, sh_a, a_x, '59.9%'), 'altered: 122.2 / 218.8 = 55.9%, not 59.9% (breaks {B})')
S.rel('growth', I, R(a, gr_a, a_x, '59.9%'), 'altered: 68.9 − 59.9 = 9.0, not 13 points (breaks {B})')
a = ALT(SXA, 3, sum_a2[2], '5856.8亿元', 'preparatory total 5836.8 → 5856.8')
S.rel('sum', I, R(a, sum_a2, sum_a2[2], '5856.8亿元'), 'altered: 4265.9 + 1570.9 = 5836.8, not 5856.8 (breaks {B})')
a = ALT(SX17, 1, sh_s7[2], '43.6%', 'June share of H1 48.6% → 43.6%')
S.rel('share', I, R(a, sh_s7, sh_s7[2], '43.6%'), 'altered: 494.4 / 1017.1 = 48.6%, not 43.6% (breaks {B})')
a = ALT(SX13, 1, sum_13[1], '1215.6億元', 'new-industry investment 1245.6 → 1215.6')
S.rel('sum', I, R(a, sum_13, sum_13[1], '1215.6億元'), 'altered: 1236.4 + 1215.6 = 2452, not 2482 (breaks {B})')
a = ALT(SX04, 1, sh_s4[0], '299.78億元', 'funds in place 279.78 → 299.78')
S.rel('share', I, R(a, sh_s4, sh_s4[0], '299.78億元'), 'altered: 299.78 / 313.49 = 95.6%, not 89.25% (breaks {B})')
a = ALT(SX04, 2, s4_r0, '99.78%', 'lead completion rate 99.98% → 99.78%')
S.rel('restatement', I, R(a, [s4_r0, s4_r1], s4_r0, '99.78%'), 'altered: 99.78% in the lead, 99.98% in the body (breaks {B})')
for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

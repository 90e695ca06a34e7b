"""Check key, set check-heldout143. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout143.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout143'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

GW='cn_1959_gwr_hant.txt'; B5='cn_1995_budget.txt'; T23='cn_2023_targets.txt'; R23='cn_2023_results.txt'; F24='cn_2024_final.txt'
HK='hk_2024fy_hant.txt'; P21='hk_pa2021.txt'; P22='hk_pa2022.txt'; M16='mo_2016b.txt'; M12='mo_2012b_hant.txt'; M04='mo_2004x_hant.txt'
M18='mo_2018b_hant.txt'; TA='tw_2021m01_hant.txt'; TB='tw_2022m01_hant.txt'; TC='tw_2023m04_hant.txt'; TD='tw_2025gdp_hant.txt'; TE='tw_2010gdp_hant.txt'

# ---- 国务院 1959 government work report (plan for 1959; traditional mirror, Chinese numerals)
gw_58 = F(GW, '二千零五十億元'); gw_r = F(GW, '百分之四十'); gw_t = F(GW, '二千八百七十億元')
gw_i = F(GW, '一千六百五十億元'); gw_a = F(GW, '一千二百二十億元')
gr_gw = [gw_58, gw_r, gw_t]; sum_gw = [gw_i, gw_a, gw_t]
S.rel('growth', C, gr_gw, '1959 plan: 二千零五十億 (1958) × 1.40 = 二千八百七十億元')
S.rel('sum', C, sum_gw, 'industry and handicrafts 一千六百五十 + agriculture 一千二百二十 = 二千八百七十億元')
S.rel('growth', U, [gw_58, gw_r, gw_i, gw_a], 'the 40% is for the total; the 1958 split of 二千零五十億 into industry and agriculture is not stated, so the parts’ growth cannot be checked')
S.rel('target', U, [F(GW, '一千八百萬噸'), F(GW, '一萬零五百億斤')], 'steel and grain indicators of the 1959 plan: no result for 1959 in the text (and the two are different indicators)')

# ---- 财政部 1995 central budget execution, current spending
b_t = F(B5, '3488.33亿元'); b_tr = F(B5, '103.1%'); b_c = F(B5, '1461.08亿元'); b_cr = F(B5, '102.6%')
b_s = F(B5, '2027.25亿元'); b_sr = F(B5, '103.4%'); b_so = F(B5, '67.57亿元')
b_o = F(B5, '216.73亿元'); b_or = F(B5, '166.1%'); b_oo = F(B5, '86.24亿元'); b_tax = F(B5, '124亿元')
b_sw = F(B5, '216.75亿元'); b_gz = F(B5, '776.24亿元')
sum_b = [b_c, b_s, b_t]; rt_b = [b_t, b_tr, b_c, b_cr, b_s, b_so]; sh_bs = [b_s, b_so, b_sr]; sh_bo = [b_o, b_oo, b_or]
S.rel('sum', C, sum_b, 'central own current spending 1461.08 + current transfers to local 2027.25 = 3488.33亿元')
S.rel('rate', C, rt_b, 'completion of the total from its parts: budgets 1461.08/1.026 = 1424.1 and 2027.25 − 67.57 = 1959.7 → 3488.33/3383.7 = 103.09% → 103.1')
S.rel('share', C, sh_bs, 'transfers: 2027.25 / (2027.25 − 67.57 overrun) = 103.45% → 103.4 (within the half unit)')
S.rel('share', C, sh_bo, 'other spending: 216.73 / (216.73 − 86.24) = 166.09% → 166.1')
S.rel('sum', C, [b_o, b_oo, b_tax], 'other spending without the 124亿 of tax-office costs = 92.73亿, below its budget 216.73 − 86.24 = 130.49: “扣除此项因素,其他支出是结余的”')
S.rel('sum', U, [F(B5, '121.12亿元'), b_sw, b_gz, F(B5, '101.24亿元'), b_o, F(B5, '21亿元', pre='预备费'), b_c], '“主要支出项目”: the listed items add to 1453.08, not 1461.08; the list is not said to be complete (and one label is garbled: 其生产性)')
S.rel('sum', U, [F(B5, '34.5亿元'), F(B5, '123.19亿元'), b_sw], 'agriculture/forestry/water and science/education fees are items within 216.75, not a split')
S.rel('sum', U, [F(B5, '13.1亿元'), F(B5, '632.7亿元'), b_gz], 'administration and defence are items within 776.24, not a split')
S.rel('share', U, [F(B5, '101.24亿元'), F(B5, '80.6%')], 'price subsidies 101.24 at 80.6% of budget: the budget is not stated; nothing else to check')

# ---- 国务院 2023 targets (APP news) and 国家统计局 2023 results (人民日报)
t_gh = F(T23, '5%左右', pre='为'); t_g = F(T23, '5%左右', pre='增长'); t_u = F(T23, '5.5%左右'); t_c = F(T23, '3%左右')
r_gdp = F(R23, '1260582亿元'); r_g = F(R23, '5.2%', n=0); r_q = [F(R23, '4.5%'), F(R23, '6.3%'), F(R23, '4.9%'), F(R23, '5.2%', n=1)]
r_inc = F(R23, '6万亿元'); r_126 = F(R23, '126万亿元'); r_u = F(R23, '0.4个百分点'); r_cpi = F(R23, '0.2%')
r_rd = F(R23, '33278.2亿元'); r_rdi = F(R23, '2.64%')
sh_rd = [r_rd, r_gdp, r_rdi]; gr_inc = [r_gdp, r_g, r_inc]; tg_g = [t_g, r_g]
S.rel('restatement', C, [t_gh, t_g], '2023 GDP target: headline 5%左右 = body 增长5%左右')
S.rel('restatement', C, [r_gdp, r_126], '1260582亿元 “超过126万亿元” (lower bound)')
S.rel('share', C, sh_rd, 'R&D intensity 33278.2 / 1260582 = 2.640% → 2.64%')
S.rel('growth', C, gr_inc, 'increment at comparable prices = 1260582 × 5.2/105.2 = 62310亿 (61740–62882 with the half unit): “超过6万亿元”')
S.rel('rate', U, [r_g] + r_q, 'annual 5.2% against the four quarterly rates: quarterly weights are not stated (the simple mean 5.225 is not a check)')
S.rel('restatement', U, [r_g, r_q[3]], 'annual growth 5.2% and Q4 growth 5.2%: the same number for another period')
S.rel('growth', U, [r_g, F(R23, '2.2个百分点')], '“增速比2022年加快2.2个百分点”: the 2022 rate is not stated')
S.rel('growth', U, [r_rdi, F(R23, '0.08个百分点')], 'R&D intensity +0.08 points: the 2022 intensity is not stated')
S.rel('share', U, [r_gdp, F(R23, '54.6%')], 'services 54.6% of GDP: services value added is not stated')
S.rel('growth', U, [F(R23, '82.5%'), F(R23, '43.1个百分点')], 'consumption contribution 82.5%, +43.1 points: the 2022 contribution is not stated')
S.rel('target', M, tg_g, 'cross-document: 2023 GDP +5.2% against the 2023 target “5%左右” (met at ≥ 4.5)')
S.rel('target', M, [t_c, r_cpi], 'cross-document: 2023 CPI +0.2% against “涨幅3%左右” (a ceiling; not exceeded)')
S.rel('target', CT, [t_u, r_u], 'cross-document: surveyed unemployment “下降0.4个百分点” against “5.5%左右”: the 2023 level is not stated in the results')
S.rel('target', U, [t_g, r_q[3]], 'cross-document: the annual GDP target against the Q4 rate 5.2%: another period')

# ---- 国务院 2024 central final accounts (南方都市报)
f_r = F(F24, '100462.06亿元'); f_rr = F(F24, '0.9%', pre='增长'); f_e = F(F24, '141055.9亿元'); f_flat = F(F24, '基本持平')
f_tx = F(F24, '91419.66亿元'); f_txr = F(F24, '4.6%', pre='下降'); f_nt = F(F24, '9042.4亿元'); f_ntr = F(F24, '142.3%')
f_c = F(F24, '40720.18亿元'); f_cr = F(F24, '6.5%', pre='增长'); f_tp = F(F24, '100335.72亿元'); f_tpr = F(F24, '2.4%', pre='下降')
sum_fr = [f_tx, f_nt, f_r]; sum_fe = [f_c, f_tp, f_e]; rt_fr = [f_r, f_rr, f_tx, f_txr, f_nt, f_ntr]
S.rel('sum', C, sum_fr, 'tax 91419.66 + non-tax 9042.4 = 100462.06亿元')
S.rel('sum', C, sum_fe, 'central own spending 40720.18 + transfers 100335.72 = 141055.9亿元')
S.rel('rate', C, rt_fr, 'revenue growth from its parts: 2023 = 91419.66/0.954 + 9042.4/2.423 = 99559.6 → +0.91% (0.85–0.96) → 0.9%')
S.rel('rate', C, [f_e, f_flat, f_c, f_cr, f_tp, f_tpr], 'spending from its parts: 2023 = 40720.18/1.065 + 100335.72/0.976 = 141037.9 → +0.01%: “与2023年基本持平”')
S.rel('restatement', U, [F(F24, '98.1%', n=0), F(F24, '98.1%', n=1)], 'revenue at 98.1% of budget and central own spending at 98.1% of budget: the same number for different indicators')
S.rel('restatement', U, [F(F24, '97.9%', n=0), F(F24, '97.9%', n=1)], 'total spending 97.9% and diplomacy 97.9% of budget: the same number for different items')
S.rel('sum', U, [F(F24, '33223.3亿元'), F(F24, '16532.15亿元'), F(F24, '21628.75亿元'), F(F24, '26436.02亿元'), F(F24, '8713.19亿元'), F(F24, '2430.14亿元'), F(F24, '19280.9亿元'), f_tx], 'the listed taxes less export rebates give 89682.65, not 91419.66: other taxes are not listed (“税收收入中” items)')
S.rel('sum', U, [F(F24, '595.19亿元'), F(F24, '16652.08亿元'), F(F24, '2262.56亿元'), F(F24, '1660.71亿元'), f_c], 'diplomacy, defence, public security, education: a selection “中央本级支出中”, not a split')
S.rel('rate', U, [f_r, F(F24, '98.1%', n=0), F(F24, '92.1%'), F(F24, '95.9%'), F(F24, '96.3%')], 'revenue completion from item completions: the item budgets of the unlisted revenues are not stated')

# ---- 香港 2024/25 monthly accounts (traditional; the page repeats its first block: first occurrences are keyed)
h9 = F(HK, '705億元'); h9e = F(HK, '5242億元'); h9r = F(HK, '3497億元'); h9b = F(HK, '1146億元'); h9p = F(HK, '106億元')
h12 = F(HK, '6641億元'); h10 = F(HK, '599億元'); h10b = F(HK, '1181億元'); h10p = F(HK, '219億元'); h10e = F(HK, '5972億元'); h10r = F(HK, '4411億元')
h01 = F(HK, '6747億元'); hfy = F(HK, '872億元'); h03 = F(HK, '6473億元')
sum_h9 = [h9e, h9r, h9b, h9p, h9]; sum_hres = [h12, h01, h9, h10]; sum_h03 = [h01, h10, hfy, h03]
S.rel('sum', C, sum_h9, 'first 9 months: spending 5242 − revenue 3497 − bond proceeds 1146 + repayments 106 = deficit 705億元')
S.rel('sum', C, [h10e, h10r, h10b, h10p, h10], 'first 10 months: 5972 − 4411 − 1181 + 219 = deficit 599億元')
S.rel('sum', C, sum_hres, 'reserves 6641 (end Dec) → 6747 (end Jan): +106 = the January surplus 705 − 599')
S.rel('sum', C, sum_h03, 'reserves at 31 March = 6747 + 599 (deficit to date) − 872 (full-year deficit) = 6474 ≈ 6473 (within the half units)')
S.rel('sum', U, [h10, hfy], '10-month deficit 599 and the full-year estimate 872: February–March not stated')
S.rel('growth', U, [h9b, h10b], 'bond proceeds 1146 (9 months) and 1181 (10 months): cumulative figures; nothing stated to check')
S.rel('restatement', U, [h9p, h12, h01], 'bond repayments 106 (9 months) and the reserve change 6641 → 6747 (+106, January): the same number for different things')

# ---- 香港 Policy Address 2021 and 2022 (housing)
p_sup = F(P21, '330 000个'); p_dem = F(P21, '301 000个'); p_965 = F(P21, '96 500个'); p_30 = F(P21, '30 000个')
p_30w = F(P21, '三十多万个'); p_3 = F(P21, '三分一')
q_158 = F(P22, '158 000个'); q_105 = F(P22, '105 000个'); q_30a = F(P22, '30 000个', n=0); q_30b = F(P22, '30 000个', n=1)
q_50 = F(P22, '五成')
tg_p = [p_dem, p_sup]; gr_q = [q_105, q_158, q_50]; rs_pq = [p_30w, p_3, q_105]
S.rel('target', M, tg_p, 'ten-year demand 301 000 public units against land found for 330 000 in the same decade (2022-23 to 2031-32): “足以满足”')
S.rel('growth', U, [p_965, p_30], '96 500 “较对上五年增加30 000个”: the previous five years’ output is not stated')
S.rel('growth', C, gr_q, '158 000 against 105 000: +50.5%, “大幅提高约五成”')
S.rel('restatement', C, [q_30a, q_30b], 'Light Public Housing: 约30 000 restated')
S.rel('share', U, [q_30a, F(P22, '四分之一'), q_158], '30 000 “增加约四分之一”: the base is not stated (23% of the 128 000 without it, 29% of 105 000)')
S.rel('sum', U, [F(P22, '12 000个'), q_158], '12 000 early-intake units are included in 158 000 (“当中包括”): a part, not a split')
S.rel('sum', U, [F(P22, '20 000个'), q_30b, q_158], 'transitional housing 20 000 is a separate programme, not part of the 158 000')
S.rel('restatement', C, rs_pq, 'cross-document: 2021 “三十多万个单位…只有三分一在首五年” (2022-23 to 2026-27) = 100 000–133 000; 2022 gives 约105 000 for that five-year period')
S.rel('growth', U, [p_965, q_105], 'cross-document: 96 500 (the 2017–2022 term) and 105 000 (2022-23 to 2026-27): different periods')
S.rel('restatement', U, [p_30, q_30a], 'cross-document: 30 000 more than the previous term (2021) and 30 000 Light Public Housing units (2022): the same number for different things')

# ---- 澳门 2016 budget law (figures and capital numerals)
m_r = F(M16, '103,251,523,000.00'); m_rc = F(M16, '壹仟零叁拾贰亿伍仟壹佰伍拾贰万叁仟圆')
m_e = F(M16, '85,038,040,400.00'); m_ec = F(M16, '捌佰伍拾 亿叁仟捌佰零肆万零肆佰圆')
m_s = F(M16, '3,469,317,900.00'); m_sc = F(M16, '叁拾肆亿陆仟玖佰叁拾壹万柒仟玖佰圆')
m_b = F(M16, '14,744,164,700.00'); m_bc = F(M16, '壹佰肆拾柒亿肆仟肆佰壹拾陆万肆仟柒佰圆')
rs_me = [m_e, m_ec]; rs_mb = [m_b, m_bc]; sum_m = [m_r, m_e, m_s, m_b]
S.rel('restatement', C, [m_r, m_rc], '103,251,523,000 = 壹仟零叁拾贰亿伍仟壹佰伍拾贰万叁仟')
S.rel('restatement', C, rs_me, '85,038,040,400 = 捌佰伍拾亿叁仟捌佰零肆万零肆佰 (a stray space kept)')
S.rel('restatement', C, [m_s, m_sc], '3,469,317,900 = 叁拾肆亿陆仟玖佰叁拾壹万柒仟玖佰')
S.rel('restatement', C, rs_mb, '14,744,164,700 = 壹佰肆拾柒亿肆仟肆佰壹拾陆万肆仟柒佰')
S.rel('sum', C, sum_m, 'revenue − expenditure = 103,251,523,000 − 85,038,040,400 = 18,213,482,600 = central surplus 3,469,317,900 + special bodies 14,744,164,700')

# ---- 澳門 2012 budget bill (news, mixed numerals)
n_rev = F(M12, '1千1百52億1千8百60萬1千6百元'); n_ri = F(M12, '3百56億零7百39萬9千元'); n_rr = F(M12, '44.73%')
n_e = F(M12, '773億5千6百22萬4千3百元'); n_eh = F(M12, '773億5千6百多萬'); n_e11 = F(M12, '612億6千9百47萬6千1百元')
n_ei = F(M12, '160億8千6百74萬8千2百元'); n_er = F(M12, '26.26%')
n_gh = F(M12, '276億元', n=0); n_gb = F(M12, '276億元', n=1); n_g1 = F(M12, '850億元', n=0); n_g2 = F(M12, '850億元', n=1)
gr_nr = [n_rev, n_ri, n_rr]; sum_ne = [n_e11, n_ei, n_e]; gr_ne = [n_e11, n_ei, n_er]; rs_ng = [n_gh, n_gb]
S.rel('growth', C, gr_nr, 'revenue 1152.186016億, +356.07399億 on 796.112億 = +44.727% → 44.73%')
S.rel('sum', C, sum_ne, '612億6千9百47萬6千1百 + 160億8千6百74萬8千2百 = 773億5千6百22萬4千3百 (exact)')
S.rel('growth', C, gr_ne, '160.867482 / 612.694761 = +26.256% → 26.26%')
S.rel('restatement', C, [n_eh, n_e], 'lead “773億5千6百多萬” = 773億5千6百22萬…')
S.rel('restatement', C, rs_ng, 'headline “增276億元” = body “較一一年預算增加276億元”')
S.rel('restatement', C, [n_g1, n_g2], 'special gaming tax 850億元 restated')
S.rel('sum', U, [n_g2, F(M12, '37億5千6百69萬3千元'), F(M12, '15億3千5百90萬7千3百元'), F(M12, '51億元'), n_rev], 'the items named (gaming tax, three taxes, land premiums, concession funds) are not all revenue; no split is stated')
S.rel('growth', U, [n_gb, n_ri], 'gaming tax +276 (against the 2011 budget) and total revenue +356 (against 2011 total revenue): different bases')
S.rel('sum', U, [F(M12, '5億元', pre='為'), F(M12, '32億9千9百萬零5千6百元'), n_e11], 'two supplements to the 2011 budget; the original 2011 budget is not stated')

# ---- 澳門 2004 budget execution report (Chinese and Portuguese)
o_s = F(M04, '6,160,533千元'); o_r = F(M04, '131.8%'); o_i = F(M04, '3,502,875千元')
o_sp = F(M04, '6 160 533'); o_rp = F(M04, '131,8%'); o_ip = F(M04, '3 502 875')
gr_o = [o_s, o_i, o_r]; rs_oi = [o_i, o_ip]; rs_or = [o_r, o_rp]
S.rel('growth', C, gr_o, 'surplus 6,160,533千, up 3,502,875千 on 2,657,658千 = +131.80%')
S.rel('restatement', C, [o_s, o_sp], 'Chinese 6,160,533 = Portuguese 6 160 533 milhares')
S.rel('restatement', C, rs_or, 'Chinese 131.8% = Portuguese 131,8%')
S.rel('restatement', C, rs_oi, 'Chinese 3,502,875 = Portuguese 3 502 875')

# ---- 澳門 2018 budget bill (東方日報, Chinese numerals)
k_h = F(M18, '805億'); k_b = F(M18, '八百零五億元'); k_rev = F(M18, '一千一百九十一點六億澳門元')
rs_k = [k_h, k_b]
S.rel('restatement', C, rs_k, 'headline 805億 = body 八百零五億元')
S.rel('restatement', C, [F(M18, '千億元'), F(M18, '一千零九十六億元')], 'heading “開支預算突破千億元”: 一千零九十六億 ≥ 1000億')
S.rel('growth', U, [k_rev, F(M18, '一成六')], 'revenue 1191.6 “較本年度最初預算增加接近一成六”: the 2017 initial budget is not stated')
S.rel('growth', U, [k_b, F(M18, '一百零五億元')], 'gaming tax 805 “較今年預算增加一百零五億”: the 2017 budget is not stated (the 700 it implies is not a check)')
S.rel('growth', U, [F(M18, '五十八點九億元'), F(M18, '二百一十一點四億元')], 'PIDDA +58.9 to 211.4: the 2017 level is not stated')
S.rel('share', U, [F(M18, '兩成二'), F(M18, '二百廿二億元')], 'staff costs 222 = 兩成二 of the general consolidated spending budget, which is not stated')
S.rel('growth', U, [F(M18, '百分之十四點五'), F(M18, '一百卅八點八億元'), F(M18, '一千零九十六億元')], '“公共開支則增加逾百分之十四點五,至一百卅八點八億元”: a level of another scope; read as the increase of the 1096 total it gives 138.8/957.2 = 14.50% (see judgement calls)')
S.rel('growth', U, [F(M18, '四點七億元'), F(M18, '八千二百零八萬元')], 'land premiums cut by 逾4.7億 to 0.82億: the 2017 level is not stated')
S.rel('growth', U, [m_r, k_rev], 'cross-document: 2016 budget revenue 1032.5億 and 2018 budget revenue 1191.6億: different years, no relation stated')

# ---- 臺灣 household registration: Jan 2021, Jan 2022, Apr 2023 (traditional)
a_h = F(TA, '8,938,484戶'); a_hi = F(TA, '103,203戶'); a_hir = F(TA, '1.17%'); a_hm = F(TA, '4,670戶'); a_hmr = F(TA, '0.05%', n=0)
a_hs = F(TA, '2.63人'); a_hsd = F(TA, '0.04人'); a_p = F(TA, '23,548,633人'); a_pd = F(TA, '55,632人'); a_pdr = F(TA, '0.24%')
a_pm = F(TA, '12,603人'); a_pmr = F(TA, '0.05%', n=1)
gr_ah = [a_h, a_hi, a_hir]; gr_ap = [a_p, a_pd, a_pdr]
S.rel('growth', C, gr_ah, 'households 8,938,484, +103,203 on 8,835,281 = +1.168% → 1.17%')
S.rel('growth', C, [a_h, a_hm, a_hmr], 'households +4,670 on 8,933,814 = +0.052% → 0.05%')
S.rel('share', C, [F(TA, '1,607,765戶'), a_h, F(TA, '17.99%')], '新北 1,607,765 / 8,938,484 = 17.987% → 17.99')
S.rel('share', C, [F(TA, '1,119,892戶'), a_h, F(TA, '12.53%')], '高雄 1,119,892 / 8,938,484 = 12.529% → 12.53')
S.rel('share', C, [F(TA, '1,060,504戶'), a_h, F(TA, '11.86%')], '臺北 1,060,504 / 8,938,484 = 11.864% → 11.86')
S.rel('share', C, [a_p, a_h, a_hs], 'persons per household 23,548,633 / 8,938,484 = 2.6345 → 2.63')
S.rel('growth', C, [a_p, a_pd, a_h, a_hi, a_hs, a_hsd], 'a year earlier 23,604,265 / 8,835,281 = 2.6716 → 2.67; 2.63 is 0.04 lower')
S.rel('growth', C, gr_ap, 'population −55,632 on 23,604,265 = −0.236% → 0.24%')
S.rel('growth', C, [a_p, a_pm, a_pmr], 'population −12,603 on 23,561,236 = −0.053% → 0.05%')
S.rel('restatement', U, [a_hmr, a_pmr], 'households +0.05% and population −0.05% on the month: the same number for different indicators')
S.rel('growth', U, [F(TA, '1.70%'), F(TA, '1.18%'), F(TA, '0.81%')], 'county population growth rates: the county levels are not stated')
S.rel('share', U, [F(TA, '3.92人'), F(TA, '3.36人'), F(TA, '3.19人')], 'county persons per household: county populations and households are not stated')

b_p0 = F(TB, '2334萬9666人', n=0); b_p = F(TB, '2334萬9666人', n=1); b_pd0 = F(TB, '19萬8967人', n=0); b_pd = F(TB, '19萬8967人', n=1)
b_pdr = F(TB, '0.84%', n=0); b_pm = F(TB, '2萬5648人'); b_pmr = F(TB, '0.11%')
b_b = F(TB, '1萬3137人', n=1); b_bi = F(TB, '3536人'); b_bir = F(TB, '36.83%'); b_bm = F(TB, '990人', n=1); b_bmr = F(TB, '7.01%')
b_d = F(TB, '1萬5954人', n=1); b_di = F(TB, '378人'); b_dir = F(TB, '2.31%'); b_dm = F(TB, '215人'); b_dmr = F(TB, '1.37%')
gr_bb = [b_b, b_bi, b_bir]; gr_bd = [b_d, b_di, b_dir]; rs_ab = [a_p, b_p, b_pd]; rs_bpd = [b_pd0, b_pd]
S.rel('growth', C, [b_p, b_pd, b_pdr], 'population −198,967 on 23,548,633 = −0.845% → 0.84 (within the half unit)')
S.rel('growth', C, [b_p, b_pm, b_pmr], 'population −25,648 on 23,375,314 = −0.110% → 0.11')
S.rel('growth', C, gr_bb, 'births +3,536 on 9,601 = +36.83%')
S.rel('growth', C, [b_b, b_bm, b_bmr], 'births −990 on 14,127 = −7.008% → 7.01')
S.rel('growth', C, gr_bd, 'deaths −378 on 16,332 = −2.314% → 2.31')
S.rel('growth', C, [b_d, b_dm, b_dmr], 'deaths +215 on 15,739 = +1.366% → 1.37')
S.rel('share', C, [b_b, F(TB, '3.4分鐘')], 'January: 31 × 1440 min / 13,137 births = 3.40 minutes a birth')
S.rel('restatement', C, rs_bpd, 'lead and body: −19萬8967人')
S.rel('restatement', C, rs_ab, 'cross-document: Jan 2022 population 23,349,666 + its yearly fall 198,967 = 23,548,633, the Jan 2021 population of the 2021 release')
S.rel('share', U, [b_b, F(TB, '千分之6.62')], 'crude birth rate 6.62‰ “折合年”: the population base and annualisation are not stated')
S.rel('sum', U, [b_b, b_d, b_pm], 'births − deaths = −2,817 against the monthly fall 25,648: migration is not stated')
S.rel('restatement', U, [b_pdr, F(TB, '0.84%', n=1)], 'national −0.84% and 新竹縣 +0.84%: the same number for another place')

c_b = F(TC, '9643人', n=1); c_d = F(TC, '1萬5572人'); c_in = F(TC, '8萬4312人'); c_out = F(TC, '6萬3938人')
c_net = F(TC, '2萬374人', n=1); c_soc = F(TC, '2萬374人', n=2); c_nat = F(TC, '負5929人', n=1); c_tot = F(TC, '1萬4445人', n=2)
c_d1 = F(TC, '3866對'); c_d2 = F(TC, '39對'); c_div = F(TC, '3905對'); c_pop = F(TC, '2334萬7374人', n=1)
sum_cn = [c_b, c_d, c_nat]; sum_cs = [c_in, c_out, c_net]; sum_cd = [c_d1, c_d2, c_div]
S.rel('sum', C, sum_cn, 'natural increase: births 9,643 − deaths 15,572 = −5,929')
S.rel('sum', C, sum_cs, 'net migration: in 84,312 − out 63,938 = 20,374')
S.rel('sum', C, [c_nat, c_soc, c_tot], '−5,929 + 20,374 = +14,445')
S.rel('sum', C, [F(TC, '6400對'), F(TC, '200對'), F(TC, '6600對')], 'marriages 6,400 + 200 = 6,600')
S.rel('sum', C, sum_cd, 'divorces 3,866 + 39 = 3,905')
S.rel('restatement', C, [F(TC, '1萬4445人', n=0), c_tot], 'lead and body: +1萬4445人')
S.rel('restatement', C, [F(TC, '2萬374人', n=0), c_net], 'lead “社會增加2萬374人” = body net migration 2萬374人')
S.rel('share', U, [c_b, F(TC, '千分之5.03')], 'crude birth rate 5.03‰: base and annualisation not stated')
S.rel('growth', U, [c_b, F(TC, '2863人', n=1), c_d, F(TC, '5000人')], 'births −2,863 and deaths −5,000 against March: the March levels are not stated')
S.rel('growth', U, [c_out, F(TC, '7萬886人')], 'out-migration −70,886 on a year earlier: that level is not stated')
S.rel('growth', U, [c_pop, F(TC, '13萬2359人'), b_p], 'cross-document: April 2023 less its yearly rise = 23,215,015 (April 2022), not the January 2022 23,349,666: another month')

# ---- 臺灣 主計總處 GDP forecasts: 2025-11 and 2010-05 (traditional)
d_old = F(TD, '4.45%'); d_new = F(TD, '7.37%', n=1); d_up = F(TD, '2.92個百分點', n=0); d_nold = F(TD, '2.81%'); d_nnew = F(TD, '3.54%', n=0)
d_nup = F(TD, '0.73個百分點', n=0); d_fw = F(TD, '7.37％')
gr_d = [d_old, d_new, d_up]; gr_dn = [d_nold, d_nnew, d_nup]
S.rel('growth', C, gr_d, '2025 forecast 4.45% → 7.37%: +2.92 points')
S.rel('growth', C, gr_dn, '2026 forecast 2.81% → 3.54%: +0.73 points')
S.rel('restatement', C, [F(TD, '7.37%', n=0), d_new], 'headline and body: 7.37%')
S.rel('restatement', C, [d_fw, d_new], 'the list restates “今年經濟成長7.37％”')
S.rel('rate', U, [d_fw, F(TD, '5.54％'), F(TD, '7.71％'), F(TD, '8.21％'), F(TD, '7.91％')], 'annual 7.37% against the quarterly rates: quarterly weights are not stated (the simple mean 7.34 is not a check)')
S.rel('growth', U, [F(TD, '8.21％'), F(TD, '0.57個百分點')], 'Q3 +0.57 points against the October advance estimate, which is not stated')
S.rel('growth', U, [F(TD, '7.91％'), F(TD, '6.19個百分點')], 'Q4 forecast raised 6.19 points: the earlier Q4 forecast is not stated')
S.rel('growth', U, [F(TD, '6249億美元'), F(TD, '357億美元')], 'exports 6249億美元, raised by 357: the earlier forecast is not stated')
S.rel('share', U, [F(TD, '3萬8748美元'), F(TD, '3萬9845美元')], 'GDP and GNI per head: different indicators, no relation stated')

e_old = F(TE, '4.72%'); e_new = F(TE, '6.14%'); e_up = F(TE, '1.42%')
gr_e = [e_old, e_new, e_up]
S.rel('growth', C, gr_e, '2010 forecast 4.72% → 6.14%: “大增1.42%” = +1.42 points')
S.rel('restatement', C, [F(TE, '13.27%', n=0), F(TE, '13.27%', n=1)], 'headline and body: Q1 +13.27%')
S.rel('growth', U, [F(TE, '13兆4325億元'), F(TE, '13兆6089億元'), e_up], 'real GDP forecast 134325 → 136089 億 is +1.31%, not 1.42: the 1.42 is the change of the growth rate, and the base year’s level is not stated')
S.rel('target', U, [t_c, F(TD, '1.67％')], 'cross-document: the mainland’s 2023 CPI target “3%左右” against 臺灣’s 2025 CPI forecast 1.67%: another place and year')
S.rel('restatement', U, [d_old, F(TE, '4.72%')], 'cross-document: nothing relates the 2025 forecast 4.45% to the 2010 forecast 4.72%; both are earlier forecasts revised upward, in different years')

# ---- further traps
S.rel('share', U, [F(B5, '21亿元', pre='预备费'), F(B5, '一半')], 'reserve fund 21亿, “其中一半” for flood relief: 10.5亿 is not stated; nothing to check')
S.rel('target', U, [t_c, F(R23, '0.7%')], 'cross-document: the CPI target “3%左右” against core CPI +0.7%: another indicator')
S.rel('growth', U, [F(F24, '19280.9亿元'), F(F24, '12.6%')], 'export rebates +12.6%: the 2023 level is not stated')
S.rel('share', U, [F(P21, '350公顷'), p_sup], '350 hectares for 330 000 units: no density is stated')
S.rel('target', U, [p_dem, q_158], 'cross-document: ten-year demand 301 000 (2022-23 to 2031-32) against five-year output 158 000 (2023-24 to 2027-28): another period')
S.rel('growth', U, [F(M12, '37億5千6百69萬3千元'), F(M12, '6億9千3百79萬3千元')], 'three taxes +6.94億 against the 2011 budget, which is not stated')
S.rel('growth', U, [F(M12, '15億3千5百90萬7千3百元'), F(M12, '4億2千9百52萬6千3百元')], 'land premiums +4.30億 against 2011, whose level is not stated')
S.rel('growth', U, [F(TB, '2.72%'), F(TB, '3.2%'), F(TB, '1.25%')], 'county population changes: county levels are not stated')
S.rel('share', U, [b_d, F(TB, '千分之8.04')], 'crude death rate 8.04‰: base and annualisation not stated')
S.rel('share', U, [F(TC, '6600對'), F(TC, '千分之3.44')], 'crude marriage rate 3.44‰: base and annualisation not stated')
S.rel('growth', U, [F(TD, '5.27％'), F(TD, '4.84％'), F(TD, '1.08％'), F(TD, '1.12％')], 'revised and earlier growth rates for 2024 and 2023: no revision size is stated')

# ---- altered copies
a = ALT(GW, 1, gw_r, '百分之三十', 'growth of 工農業總產值 百分之四十 → 百分之三十')
S.rel('growth', I, R(a, gr_gw, gw_r, '百分之三十'), 'altered: 二千零五十 × 1.30 = 二千六百六十五, not 二千八百七十 (breaks {B})')
a = ALT(GW, 2, gw_a, '一千二百七十億元', 'agriculture 一千二百二十 → 一千二百七十')
S.rel('sum', I, R(a, sum_gw, gw_a, '一千二百七十億元'), 'altered: 一千六百五十 + 一千二百七十 = 二千九百二十, not 二千八百七十 (breaks {B})')
a = ALT(B5, 1, b_so, '61.57亿元', 'transfer overrun 67.57 → 61.57')
S.rel('share', I, R(a, sh_bs, b_so, '61.57亿元'), 'altered: 2027.25 / 1965.68 = 103.13%, not 103.4 (breaks {B})')
S.rel('rate', I, R(a, rt_b, b_so, '61.57亿元'), 'altered: 3488.33 / (1424.1 + 1965.7) = 102.91%, not 103.1 (breaks {B})')
a = ALT(B5, 2, b_c, '1467.08亿元', 'central own current spending 1461.08 → 1467.08')
S.rel('sum', I, R(a, sum_b, b_c, '1467.08亿元'), 'altered: 1467.08 + 2027.25 = 3494.33, not 3488.33 (breaks {B})')
S.rel('rate', I, R(a, rt_b, b_c, '1467.08亿元'), 'altered: 3488.33 / (1467.08/1.026 + 1959.68) = 102.93%, not 103.1 (breaks {B})')
a = ALT(B5, 3, b_oo, '89.24亿元', 'other-spending overrun 86.24 → 89.24')
S.rel('share', I, R(a, sh_bo, b_oo, '89.24亿元'), 'altered: 216.73 / 127.49 = 170.0%, not 166.1 (breaks {B})')
a = ALT(R23, 1, r_rd, '33878.2亿元', 'R&D spending 33278.2 → 33878.2')
S.rel('share', I, R(a, sh_rd, r_rd, '33878.2亿元'), 'altered: 33878.2 / 1260582 = 2.69%, not 2.64 (breaks {B})')
a = ALT(R23, 2, r_g, '4.2%', '2023 GDP growth 5.2% → 4.2%')
S.rel('growth', I, R(a, gr_inc, r_g, '4.2%'), 'altered: 1260582 × 4.2/104.2 = 50810亿, not “超过6万亿元” (breaks {B})')
S.rel('target', MS, R(a, tg_g, r_g, '4.2%'), 'altered, cross-document: +4.2% against “5%左右” (< 4.5): now missed (the original {B} is met)')
a = ALT(F24, 1, f_nt, '9842.4亿元', 'non-tax revenue 9042.4 → 9842.4')
S.rel('sum', I, R(a, sum_fr, f_nt, '9842.4亿元'), 'altered: 91419.66 + 9842.4 = 101262.06, not 100462.06 (breaks {B})')
S.rel('rate', I, R(a, rt_fr, f_nt, '9842.4亿元'), 'altered: 100462.06 / (95827.7 + 4062.1) = +0.57%, not 0.9 (breaks {B})')
a = ALT(F24, 2, f_tp, '100385.72亿元', 'transfers 100335.72 → 100385.72')
S.rel('sum', I, R(a, sum_fe, f_tp, '100385.72亿元'), 'altered: 40720.18 + 100385.72 = 141105.9, not 141055.9 (breaks {B})')
a = ALT(HK, 1, h9r, '3457億元', '9-month revenue 3497 → 3457')
S.rel('sum', I, R(a, sum_h9, h9r, '3457億元'), 'altered: 5242 − 3457 − 1146 + 106 = 745, not 705 (breaks {B})')
a = ALT(HK, 2, h01, '6787億元', 'reserves at end January 6747 → 6787')
S.rel('sum', I, R(a, sum_hres, h01, '6787億元'), 'altered: 6787 − 6641 = 146, not the January surplus 705 − 599 = 106 (breaks {B})')
S.rel('sum', I, R(a, sum_h03, h01, '6787億元'), 'altered: 6787 + 599 − 872 = 6514, not 6473 (breaks {B})')
a = ALT(P21, 1, p_dem, '331 000个', 'ten-year demand 301 000 → 331 000')
S.rel('target', MS, R(a, tg_p, p_dem, '331 000个'), 'altered: land for 330 000 does not meet a demand of 331 000, though the text says “足以满足” (the original {B} is met)')
a = ALT(P22, 1, q_105, '135 000个', 'previous five-year output 105 000 → 135 000')
S.rel('growth', I, R(a, gr_q, q_105, '135 000个'), 'altered: 158 000 / 135 000 = +17%, not “约五成” (breaks {B})')
S.rel('restatement', I, R(a, rs_pq, q_105, '135 000个'), 'altered, cross-document: 135 000 is more than a third of “三十多万” (at most 133 000) (breaks {B})')
a = ALT(M16, 1, m_e, '85,038,070,400.00', 'expenditure 85,038,040,400 → 85,038,070,400')
S.rel('restatement', I, R(a, rs_me, m_e, '85,038,070,400.00'), 'altered: 85,038,070,400 ≠ 捌佰伍拾亿叁仟捌佰零肆万零肆佰 (breaks {B})')
S.rel('sum', I, R(a, sum_m, m_e, '85,038,070,400.00'), 'altered: 103,251,523,000 − 85,038,070,400 = 18,213,452,600 ≠ 18,213,482,600 (breaks {B})')
a = ALT(M16, 2, m_bc, '壹佰肆拾伍亿肆仟肆佰壹拾陆万肆仟柒佰圆', 'capital numeral 壹佰肆拾柒亿 → 壹佰肆拾伍亿')
S.rel('restatement', I, R(a, rs_mb, m_bc, '壹佰肆拾伍亿肆仟肆佰壹拾陆万肆仟柒佰圆'), 'altered: 壹佰肆拾伍亿… = 14,544,164,700 ≠ 14,744,164,700 (breaks {B})')
a = ALT(M12, 1, n_ri, '3百86億零7百39萬9千元', 'revenue increase 3百56億 → 3百86億')
S.rel('growth', I, R(a, gr_nr, n_ri, '3百86億零7百39萬9千元'), 'altered: 386.07 / 766.11 = +50.4%, not 44.73 (breaks {B})')
a = ALT(M12, 2, n_ei, '150億8千6百74萬8千2百元', 'spending increase 160億 → 150億')
S.rel('sum', I, R(a, sum_ne, n_ei, '150億8千6百74萬8千2百元'), 'altered: 612.69 + 150.87 = 763.56, not 773.56 (breaks {B})')
S.rel('growth', I, R(a, gr_ne, n_ei, '150億8千6百74萬8千2百元'), 'altered: 150.87 / 612.69 = +24.6%, not 26.26 (breaks {B})')
a = ALT(M12, 3, n_gh, '236億元', 'headline gaming-tax increase 276 → 236')
S.rel('restatement', I, R(a, rs_ng, n_gh, '236億元'), 'altered: headline +236億 against body +276億 (breaks {B})')
a = ALT(M04, 1, o_i, '3,582,875千元', 'surplus increase (Chinese) 3,502,875 → 3,582,875')
S.rel('growth', I, R(a, gr_o, o_i, '3,582,875千元'), 'altered: 3,582,875 / 2,577,658 = +139.0%, not 131.8 (breaks {B})')
S.rel('restatement', I, R(a, rs_oi, o_i, '3,582,875千元'), 'altered: Chinese 3,582,875 against Portuguese 3 502 875 (breaks {B})')
a = ALT(M04, 2, o_rp, '137,8%', 'Portuguese rate 131,8% → 137,8%')
S.rel('restatement', I, R(a, rs_or, o_rp, '137,8%'), 'altered: Chinese 131.8% against Portuguese 137,8% (breaks {B})')
a = ALT(M18, 1, k_h, '865億', 'headline gaming tax 805億 → 865億')
S.rel('restatement', I, R(a, rs_k, k_h, '865億'), 'altered: headline 865億 against body 八百零五億元 (breaks {B})')
a = ALT(TA, 1, a_hi, '108,203戶', 'households’ yearly increase 103,203 → 108,203')
S.rel('growth', I, R(a, gr_ah, a_hi, '108,203戶'), 'altered: 108,203 / 8,830,281 = +1.23%, not 1.17 (breaks {B})')
a = ALT(TA, 2, a_pd, '58,632人', 'population’s yearly fall 55,632 → 58,632')
S.rel('growth', I, R(a, gr_ap, a_pd, '58,632人'), 'altered: 58,632 / 23,607,265 = −0.248% → 0.25, not 0.24 (breaks {B})')
a = ALT(TA, 3, a_p, '23,518,633人', 'Jan 2021 population 23,548,633 → 23,518,633')
S.rel('restatement', I, R(a, rs_ab, a_p, '23,518,633人'), 'altered, cross-document: 23,349,666 + 198,967 = 23,548,633, not this release’s 23,518,633 (breaks {B})')
a = ALT(TB, 1, b_bi, '3836人', 'births’ yearly increase 3,536 → 3,836')
S.rel('growth', I, R(a, gr_bb, b_bi, '3836人'), 'altered: 3,836 / 9,301 = +41.2%, not 36.83 (breaks {B})')
a = ALT(TB, 2, b_pd, '19萬6967人', 'population’s yearly fall (body) 19萬8967 → 19萬6967')
S.rel('restatement', I, R(a, rs_ab, b_pd, '19萬6967人'), 'altered, cross-document: 23,349,666 + 196,967 = 23,546,633, not the 23,548,633 of the Jan 2021 release (breaks {B})')
S.rel('restatement', I, R(a, rs_bpd, b_pd, '19萬6967人'), 'altered: lead 19萬8967 against body 19萬6967 (breaks {B})')
a = ALT(TB, 3, b_di, '318人', 'deaths’ yearly fall 378 → 318')
S.rel('growth', I, R(a, gr_bd, b_di, '318人'), 'altered: 318 / 16,272 = −1.95%, not 2.31 (breaks {B})')
a = ALT(TC, 1, c_in, '8萬4912人', 'in-migration 84,312 → 84,912')
S.rel('sum', I, R(a, sum_cs, c_in, '8萬4912人'), 'altered: 84,912 − 63,938 = 20,974, not 20,374 (breaks {B})')
a = ALT(TC, 2, c_d1, '3816對', 'opposite-sex divorces 3,866 → 3,816')
S.rel('sum', I, R(a, sum_cd, c_d1, '3816對'), 'altered: 3,816 + 39 = 3,855, not 3,905 (breaks {B})')
a = ALT(TC, 3, c_d, '1萬5872人', 'deaths 15,572 → 15,872')
S.rel('sum', I, R(a, sum_cn, c_d, '1萬5872人'), 'altered: 9,643 − 15,872 = −6,229, not −5,929 (breaks {B})')
a = ALT(TD, 1, d_up, '2.62個百分點', 'upward revision (first mention) 2.92 → 2.62 points')
S.rel('growth', I, R(a, gr_d, d_up, '2.62個百分點'), 'altered: 7.37 − 4.45 = 2.92, not 2.62 points (breaks {B})')
a = ALT(TD, 2, d_nold, '2.61%', 'earlier 2026 forecast 2.81% → 2.61%')
S.rel('growth', I, R(a, gr_dn, d_nold, '2.61%'), 'altered: 3.54 − 2.61 = 0.93, not 0.73 points (breaks {B})')
a = ALT(TE, 1, e_old, '4.92%', 'earlier 2010 forecast 4.72% → 4.92%')
S.rel('growth', I, R(a, gr_e, e_old, '4.92%'), 'altered: 6.14 − 4.92 = 1.22, not the 1.42 stated (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

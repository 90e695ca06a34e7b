"""Check key, set check-heldout109. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout109.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout109'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

def F(doc, text, pre='', n=0, post=''):
    t = S.read(doc); key = pre + text + post
    pos = -1
    for _ in range(n + 1):
        pos = t.index(key, pos + 1)
    return P(doc, text, pos + len(pre), len(pre), len(post))

def cnt(t, x):  # overlapping occurrences (str.count misses overlapping ones, e.g. '\n\n1.07\n\n' in '\n\n1.07\n\n1.07\n\n')
    return sum(1 for i in range(len(t) - len(x) + 1) if t.startswith(x, i))

def P(doc, text, s, l=0, r=0):
    t = S.read(doc); assert t[s:s+len(text)] == text, (doc, text, s)
    a, b = s - l, s + len(text) + r
    while True:
        anc = t[a:b]
        if cnt(t, anc) == 1 and cnt(anc, text) == 1: return (doc, text, anc)
        if cnt(anc, text) > 1: raise SystemExit(f'{doc}: cannot anchor {text}')
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

ZJ='zj_2019js.txt'; BS='bs_2020js.txt'; BN='bn_2024js.txt'; XZ20='xz_2020.txt'; LS='ls_2022h1.txt'; GZ14='gz_2014fp_hant.txt'
GJH='gz_2019jh.txt'; GM11='gz_2019m11.txt'; GJG='gz_2019jg.txt'; TH='th_1998.txt'; GY='gy_2008.txt'; YY='yy_2022.txt'; SZ='sz_2022.txt'
CQ8='cq_2008_hant.txt'; NJ='cq_nj2010.txt'; XZ05='xz_2005_hant.txt'; XZ17='xz_2017.txt'; AB='ab_2020.txt'

# ---- 中江县 (德阳, 四川) 2019 final accounts (county finance bureau report to the county people's congress standing committee)
z_rev = F(ZJ, '107,150万元', n=0); z_rev2 = F(ZJ, '107,150万元', n=1); z_pct = F(ZJ, '100.14%')
z_in = [z_rev2] + [F(ZJ, x) for x in ('18,345万元', '338,029万元', '53,870万元', '57,922万元', '12,764万元', '20,289万元', '1,644万元')]
z_tin = F(ZJ, '610,013万元'); z_out = [F(ZJ, x) for x in ('559,594万元', '24,562万元', '10,940万元', '157万元', '546万元')]; z_tout = F(ZJ, '596,070万元')
z_bal = F(ZJ, '13,943万元'); z_ex = F(ZJ, '150万元', pre='超收'); z_td = F(ZJ, '6,020万元'); z_tg = F(ZJ, '11.36%')
sum_z1 = z_in + [z_tin]; sum_z3 = [z_tin, z_tout, z_bal]; gr_z1 = [z_rev, z_ex, z_pct]
S.rel('sum', C, sum_z1, 'revenue side: 107,150 + 18,345 + 338,029 + 53,870 + 57,922 + 12,764 + 20,289 + 1,644 = 610,013万元')
S.rel('sum', I, z_out + [z_tout], 'REAL DISCREPANCY in the original: the five listed spending items add to 595,799万元, not the stated 596,070 (271万 short: an item is missing from the list or one figure is wrong); the balance 610,013 − 596,070 = 13,943 uses the stated total')
S.rel('sum', C, sum_z3, 'revenue total 610,013 − spending total 596,070 = 13,943万元 carried forward')
S.rel('target', M, [z_rev, z_pct], '中江 2019 local general-budget revenue 107,150万 = 100.14% of the budget: met')
S.rel('growth', C, gr_z1, 'over-collection 150万 on a budget of 107,150 − 150 = 107,000: 107,150/107,000 = 100.140% → 100.14')
S.rel('growth', U, [z_td, z_tg], 'tax 6,020万 below budget, −11.36%: implies a tax budget of ≈53,000万, but neither the budget nor the result is in the passage; nothing to check')
S.rel('growth', U, [z_rev, F(ZJ, '0.9%')], 'revenue +0.9%: the 2018 level is not stated')
S.rel('sum', U, [z_ex, z_td], 'over-collection 150万 "mainly from non-tax revenue" with tax 6,020万 under budget: the non-tax budget and result are not stated, so the split cannot be checked')
S.rel('restatement', C, [z_rev, z_rev2], 'local general-budget revenue 107,150万 stated twice (headline and balance)')
a = ALT(ZJ, 1, z_in[2], '338,629万元', 'general transfer revenue 338,029 → 338,629')
S.rel('sum', I, R(a, sum_z1, z_in[2], '338,629万元'), 'altered: revenue items add to 610,613, not 610,013 (breaks {B})')
a = ALT(ZJ, 2, z_pct, '100.74%', 'budget completion 100.14% → 100.74%')
S.rel('growth', I, R(a, gr_z1, z_pct, '100.74%'), 'altered: 107,150 with 150 over budget is 100.14% of it, not 100.74% (breaks {B})')
S.rel('target', M, [on(a, z_rev), on(a, z_pct, '100.74%')], 'altered copy: the completion claim itself (100.74% ≥ 100) is still met; only the arithmetic with the 150万 over-collection breaks')
a = ALT(ZJ, 3, z_bal, '13,493万元', 'carried-forward balance 13,943 → 13,493')
S.rel('sum', I, R(a, sum_z3, z_bal, '13,493万元'), 'altered: 610,013 − 596,070 = 13,943, not 13,493 (breaks {B})')

# ---- 璧山区 (重庆) 2020 district-level final accounts (report and table, 亿元)
b_i0 = F(BS, '81.75亿元', n=0); b_own0 = F(BS, '44.86亿元'); b_tr0 = F(BS, '36.89亿元'); b_e0 = F(BS, '81.75亿元', n=1); b_oe0 = F(BS, '73.84亿元'); b_te0 = F(BS, '7.91亿元')
b_cut = F(BS, '2.13亿元'); b_adj = F(BS, '79.62亿元'); b_i = F(BS, '87.43亿元', n=0); b_own = F(BS, '43.83亿元'); b_tr = F(BS, '43.6亿元')
b_e = F(BS, '87.43亿元', n=1); b_oe = F(BS, '68.68亿元'); b_te = F(BS, '18.75亿元')
tb_own = [F(BS, '44.86', pre='一、本级收入\n\n'), F(BS, '43.63', pre='44.86\n\n'), F(BS, '43.83', pre='43.63\n\n')]
tb_tax = [F(BS, '27.67'), F(BS, '24.61'), F(BS, '24.66')]; tb_ntax = [F(BS, '17.19'), F(BS, '19.02'), F(BS, '19.17')]
tb_te = [F(BS, '7.91', pre='二、转移性支出\n\n'), F(BS, '9.49', pre='7.91\n\n'), F(BS, '18.75', pre='9.49\n\n')]
tb_sj = [F(BS, '2.7', pre='上解支出\n\n'), F(BS, '3.68', pre='2.7\n\n')]; tb_db = [F(BS, '1.07', pre='债务还本支出\n\n'), F(BS, '1.07', post='\n\n1.20')]
tb_bz = [F(BS, '4.14'), F(BS, '4.74')]; tb_ti = [F(BS, '36.89', pre='二、转移性收入\n\n'), F(BS, '35.99')]
tb_tip = [F(BS, '22.23'), F(BS, '6.00'), F(BS, '2.92')]
sum_b1 = [b_own0, b_tr0, b_i0]; sum_b5 = [tb_tax[2], tb_ntax[2], tb_own[2]]; sum_b7 = [tb_sj[1], tb_db[1], tb_bz[1], tb_te[1]]
S.rel('sum', C, sum_b1, 'year-start budget revenue: own 44.86 + transfers 36.89 = 81.75亿元')
S.rel('sum', C, [b_oe0, b_te0, b_e0], 'year-start budget spending: own 73.84 + transfers 7.91 = 81.75亿元')
S.rel('sum', C, [b_i0, b_cut, b_adj], 'adjusted budget: 81.75 − 2.13 = 79.62亿元')
S.rel('sum', C, [b_own, b_tr, b_i], 'final revenue: own 43.83 + transfers 43.6 = 87.43亿元')
S.rel('sum', C, [b_oe, b_te, b_e], 'final spending: own 68.68 + transfers 18.75 = 87.43亿元')
S.rel('sum', C, [tb_tax[0], tb_ntax[0], tb_own[0]], 'table, year-start column: tax 27.67 + non-tax 17.19 = own revenue 44.86')
S.rel('sum', C, [tb_tax[1], tb_ntax[1], tb_own[1]], 'table, adjusted column: 24.61 + 19.02 = 43.63')
S.rel('sum', C, sum_b5, 'table, final column: 24.66 + 19.17 = 43.83')
S.rel('sum', C, [tb_sj[0], tb_db[0], tb_bz[0], tb_te[0]], 'table, year-start transfer spending: remitted 2.7 + debt repayment 1.07 + grants to lower levels 4.14 = 7.91')
S.rel('sum', C, sum_b7, 'table, adjusted transfer spending: 3.68 + 1.07 + 4.74 = 9.49')
S.rel('sum', C, [tb_own[1], tb_ti[1], b_adj], 'adjusted budget revenue: own 43.63 + transfers 35.99 = 79.62')
S.rel('restatement', C, [b_tr0, tb_ti[0]], 'year-start transfer revenue 36.89 in the text and in the table')
S.rel('sum', U, tb_tip + [tb_ti[0]], 'transfer revenue rows 22.23 + 6.00 + 2.92 = 31.15 of 36.89: the table goes on below the cut (carry-over, debt rows); a partial list, not a split')
S.rel('sum', U, [tb_own[0], b_cut, tb_own[1]], '"收支各调减2.13亿元" applies to the totals (81.75 → 79.62); own revenue moved 44.86 → 43.63 (−1.23) because transfers were also re-estimated: not a check on own revenue')
S.rel('share', U, [b_own, tb_own[1]], 'final own revenue 43.83 against the adjusted budget 43.63 (100.5%): no completion rate is stated')
a = ALT(BS, 1, b_tr0, '36.39亿元', 'year-start transfer revenue (text) 36.89 → 36.39')
S.rel('sum', I, R(a, sum_b1, b_tr0, '36.39亿元'), 'altered: 44.86 + 36.39 = 81.25, not 81.75 (breaks {B})')
a = ALT(BS, 2, tb_ntax[2], '19.77', 'final non-tax revenue (table) 19.17 → 19.77')
S.rel('sum', I, R(a, sum_b5, tb_ntax[2], '19.77'), 'altered: 24.66 + 19.77 = 44.43, not 43.83 (breaks {B})')
a = ALT(BS, 3, tb_bz[1], '4.24', 'adjusted grants to lower levels 4.74 → 4.24')
S.rel('sum', I, R(a, sum_b7, tb_bz[1], '4.24'), 'altered: 3.68 + 1.07 + 4.24 = 8.99, not 9.49 (breaks {B})')

S.rel('share', U, [b_oe, b_e], 'own spending 68.68 of total spending 87.43 (78.6%): no share is stated')
S.rel('restatement', U, [tb_sj[1], F(BS, '3.68', post='\n\n二、转移性收入')], '上解支出 3.68 in the adjusted budget and 3.68 in the final accounts: budget and result happen to be equal, two different figures, not a restatement')
S.rel('restatement', U, [tb_db[0], tb_db[1]], 'debt repayment 1.07 in the year-start and in the adjusted budget: two budget versions with the same number')

# ---- 巴南区 (重庆) 2024 final accounts (district government report to the standing committee, 万元)
n_rev = F(BN, '390525万元'); n_tot = F(BN, '1117285万元', n=1); n_exp = F(BN, '892766万元')
n_te = F(BN, '892,766', post='\n\n税收收入'); n_tx = F(BN, '892,766', pre='一、支出合计\n\n'); n_tr = F(BN, '224,519', pre='9\n\n')
n_rt = F(BN, '390,525', post='\n\n一、支出合计'); n_tax = F(BN, '223,300', post='\n\n二、转移性支出')
sum_n = [n_te, n_tr, n_tot]
S.rel('sum', C, sum_n, 'spending side: 支出合计 892,766 + transfer spending 224,519 = 支出总量 1,117,285万元')
S.rel('restatement', C, [n_rev, n_rt], 'general-budget revenue 390525万元 in the text = 390,525 in the table (决算数)')
S.rel('restatement', C, [n_exp, n_te], 'spending 892766万元 in the text = 892,766 in the table (决算数)')
S.rel('restatement', C, [n_tx, n_te], 'spending: 执行数 892,766 = 决算数 892,766, as the report says (与执行数一致)')
S.rel('share', U, [n_tax, n_rt], 'tax 223,300 of own revenue 390,525 (57.2%): no share is stated')
S.rel('growth', U, [n_rev, F(BN, '9.6%'), n_exp, F(BN, '12.0%')], 'revenue −9.6% and spending +12.0%: the 2023 levels are not stated')
S.rel('sum', U, [n_rev, F(BN, '1117285万元', n=0)], 'revenue 390525 → 收入总量 1117285 "加上上级补助、债务转贷收入等": the added items are not listed, nothing to check')
a = ALT(BN, 1, n_tr, '224,579', 'transfer spending (决算数) 224,519 → 224,579')
S.rel('sum', I, R(a, sum_n, n_tr, '224,579'), 'altered: 892,766 + 224,579 = 1,117,345, not 1,117,285 (breaks {B})')
a = ALT(BN, 2, n_rev, '390625万元', 'general-budget revenue in the text 390525 → 390625')
S.rel('restatement', I, [on(a, n_rev, '390625万元'), on(a, n_rt)], 'altered: text 390625 vs table 390,525 (breaks {B})')

# ---- 西藏自治区 2020 statistical bulletin (opening)
x_t = F(XZ20, '1902.74亿元'); x_p = [F(XZ20, '150.65亿元'), F(XZ20, '798.25亿元'), F(XZ20, '953.84亿元')]; x_g = [F(XZ20, '7.7%'), F(XZ20, '18.3%'), F(XZ20, '1.4%')]
x_s = [F(XZ20, '7.9%'), F(XZ20, '42.0%'), F(XZ20, '50.1%')]; x_d = [F(XZ20, '0.3个'), F(XZ20, '4.6个'), F(XZ20, '4.3个')]
x_cpi = F(XZ20, '2.2%'); x_ci = F(XZ20, '102.2', pre='(上年=100) '); x_cu = F(XZ20, '102.2', post=' 102.1'); x_cr = F(XZ20, '102.1')
sum_x1 = x_p + [x_t]; sh_x2 = [x_p[1], x_t, x_s[1]]; sh_x3 = [x_p[2], x_t, x_s[2]]; sum_x2 = x_s; rs_x = [x_cpi, x_ci]
S.rel('sum', C, sum_x1, '150.65 + 798.25 + 953.84 = 1902.74亿元')
S.rel('share', C, [x_p[0], x_t, x_s[0]], 'primary 150.65/1902.74 = 7.92% → 7.9')
S.rel('share', C, sh_x2, 'secondary 798.25/1902.74 = 41.95% → 42.0')
S.rel('share', C, sh_x3, 'tertiary 953.84/1902.74 = 50.13% → 50.1')
S.rel('sum', C, sum_x2, '7.9 + 42.0 + 50.1 = 100')
S.rel('sum', C, x_d, 'share changes −0.3 + 4.6 − 4.3 = 0, as shares adding to 100 in both years require (2019: 8.2 + 37.4 + 54.4 = 100)')
S.rel('restatement', C, rs_x, 'CPI +2.2% in the text = index 102.2 (上年=100) for the whole region in table 1')
S.rel('rate', U, x_p + x_g + [x_t, F(XZ20, '7.8%')], 'GDP growth from the sectors: comparable-price rates on current-price levels give +8.4%, stated +7.8%; the bases differ (2019 levels at 2020 prices not stated), not a check')
S.rel('rate', U, [x_ci, x_cu, x_cr], 'CPI 102.2 for the region vs 102.2 urban and 102.1 rural: the urban/rural weights are not stated')
a = ALT(XZ20, 1, x_p[1], '793.25亿元', 'secondary value added 798.25 → 793.25')
S.rel('sum', I, R(a, sum_x1, x_p[1], '793.25亿元'), 'altered: the sectors add to 1897.74, not 1902.74 (breaks {B})')
S.rel('share', I, R(a, sh_x2, x_p[1], '793.25亿元'), 'altered: 793.25/1902.74 = 41.7%, not 42.0 (breaks {B})')
a = ALT(XZ20, 2, x_s[2], '51.1%', 'tertiary share 50.1 → 51.1')
S.rel('share', I, R(a, sh_x3, x_s[2], '51.1%'), 'altered: 953.84/1902.74 = 50.1%, not 51.1 (breaks {B})')
S.rel('sum', I, R(a, sum_x2, x_s[2], '51.1%'), 'altered: 7.9 + 42.0 + 51.1 = 101.0 (breaks {B})')
a = ALT(XZ20, 3, x_cpi, '2.7%', 'CPI rise in the text 2.2 → 2.7')
S.rel('restatement', I, R(a, rs_x, x_cpi, '2.7%'), 'altered: +2.7% in the text vs index 102.2 in the table (breaks {B})')

S.rel('growth', U, [x_p[1], x_g[1], x_d[1]], 'secondary sector +18.3% (comparable prices) and its share +4.6 points (current prices): the 2019 levels are not stated, and real growth does not give a nominal share change')
S.rel('restatement', U, [x_cpi, F(XZ20, '2.0%', pre='商品零售价格上涨')], 'consumer prices +2.2% vs retail prices +2.0%: two price indices, not a restatement')

# ---- 凉山州 (四川) H1 2022 (news, 红星新闻, figures of the prefecture statistics bureau)
l_t = F(LS, '961.42亿元'); l_p = [F(LS, '162.10亿元'), F(LS, '356.26亿元'), F(LS, '443.06亿元')]
l_3a = F(LS, '3.5%', n=0); l_3b = F(LS, '3.5%', n=1)
sum_l = l_p + [l_t]
S.rel('sum', C, sum_l, '162.10 + 356.26 + 443.06 = 961.42亿元 (primary sector without agricultural services, as the text says)')
S.rel('restatement', C, [l_3a, l_3b], 'tertiary growth +3.5% stated twice')
S.rel('growth', U, [l_3b, F(LS, '1.7个'), l_p[2], l_t], 'tertiary +3.5% "拉动GDP增长1.7个百分点": a contribution uses the H1 2021 weight, which is not stated (the current share gives 1.6); not a check')
S.rel('growth', U, [F(LS, '30.4%'), F(LS, '16.2个'), F(LS, '14.3%')], 'power +30.4% pulling 规上 industry by 16.2 points of +14.3%: the power sector’s weight is not stated')
S.rel('rate', U, [F(LS, '28.2%'), F(LS, '27.8%'), F(LS, '41.0%'), F(LS, '12.5%')], 'investment by sector −28.2%, −27.8%, +41.0% vs total +12.5%: the sectors’ levels are not stated')
S.rel('growth', U, [F(LS, '4.8%'), F(LS, '4.6%'), F(LS, '3.7%', pre='和'), F(LS, '2.8个'), l_3b], 'three service industries “共同拉动” 2.8 points of the tertiary +3.5%: their weights are not stated')
S.rel('growth', U, [F(LS, '67.5亿元'), F(LS, '13.1%'), F(LS, '14.3%')], 'profits Jan–May +13.1% vs 规上 value added H1 +14.3%: other period and indicator')
a = ALT(LS, 1, l_p[1], '356.86亿元', 'secondary value added 356.26 → 356.86')
S.rel('sum', I, R(a, sum_l, l_p[1], '356.86亿元'), 'altered: the sectors add to 962.02, not 961.42 (breaks {B})')
a = ALT(LS, 2, l_3b, '3.8%', 'second statement of tertiary growth 3.5 → 3.8')
S.rel('restatement', I, [on(a, l_3a), on(a, l_3b, '3.8%')], 'altered: tertiary growth +3.5% and then +3.8% (breaks {B})')

S.rel('share', U, [F(LS, '98.7%')], '规上 sales ratio 98.7%: output and sales are not stated')
S.rel('growth', U, [F(LS, '49%'), F(LS, '30.4%')], 'power generation +49% (volume) vs power-sector value added +30.4%: different measures, not a check')
S.rel('growth', U, [F(LS, '22.4%'), F(LS, '1.3%')], 'floor space under construction +22.4% vs real-estate investment −1.3%: different indicators')

# ---- 贵州 2014 poverty (中新网 news, traditional script)
g_11 = F(GZ14, '1149萬人'); g_14 = F(GZ14, '623萬人'); g_d = F(GZ14, '526萬人'); g_14b = F(GZ14, '623萬', n=1)
g_x1 = F(GZ14, '934個'); g_x2 = F(GZ14, '934個', pre='鄉鎮'); g_v1 = F(GZ14, '9000個貧困村'); g_v2 = F(GZ14, '9000個', pre='貧困村')
sum_g = [g_11, g_14, g_d]; rs_gv = [g_v1, g_v2]
S.rel('sum', C, sum_g, '1149万 (2011) − 623万 (2014) = 526万 fewer poor')
S.rel('restatement', C, [g_14, g_14b], '2014 rural poor 623万 stated twice')
S.rel('restatement', C, [g_x1, g_x2], '934 poor townships stated twice (934個貧困鄉 / 貧困鄉鎮934個)')
S.rel('restatement', C, rs_gv, '9000 poor villages stated twice')
S.rel('share', U, [g_14b, F(GZ14, '8.9%')], '623万 = 8.9% of the national total: the national number is not stated')
S.rel('share', U, [g_14b, F(GZ14, '18%')], 'incidence 18%: the rural population it is taken on is not stated')
S.rel('restatement', U, [g_14, F(GZ14, '745萬人')], '623万 poor (2014 statistical estimate) vs 745万 identified by 建档立卡: another measure and date, not a restatement')
S.rel('target', U, [F(GZ14, '213萬人'), g_14], '2020 goal of 213万 vs the 2014 level 623万: another period, not target and result')
S.rel('sum', U, [F(GZ14, '50個'), F(GZ14, '65個'), F(GZ14, '5個', pre='另有'), F(GZ14, '88個')], '50 key counties, 65 片區縣 + 5 天窗縣 among 88 counties: overlapping lists, no total or split stated')
a = ALT(GZ14, 1, g_d, '529萬人', 'reduction 526 → 529')
S.rel('sum', I, R(a, sum_g, g_d, '529萬人'), 'altered: 1149 − 623 = 526, not 529 (breaks {B})')
a = ALT(GZ14, 2, g_v2, '9600個', 'second statement of poor villages 9000 → 9600')
S.rel('restatement', I, R(a, rs_gv, g_v2, '9600個'), 'altered: 9000 poor villages, then 9600 (breaks {B})')

S.rel('share', U, [F(GZ14, '85.3%'), F(GZ14, '91.2%'), F(GZ14, '92.1%')], 'the 片區 cover 85.3% of the area, 91.2% of the poor, 92.1% of poor villages: the levels behind the shares are not stated')

# ---- 贵州 2019: plan (government work report news, 2019-01), mid-course (2019-11) and result (2020-01)
p_110 = F(GJH, '110万人', n=1); p_18 = F(GJH, '18个县'); p_17 = F(GJH, '17个县'); p_188 = F(GJH, '188万人'); p_43 = F(GJH, '4.3%'); p_148 = F(GJH, '148万人')
m_746 = F(GM11, '746万人'); m_155 = F(GM11, '155万人'); m_206 = F(GM11, '20.6%', n=1); m_43 = F(GM11, '4.3%', n=1); m_140 = F(GM11, '140万人以上'); m_24 = F(GM11, '24个贫困县')
m_15 = F(GM11, '15万左右')
r_120 = F(GJG, '120万人以上'); r_24 = F(GJG, '24个贫困县'); r_188 = F(GJG, '188万人')
S.rel('restatement', C, [F(GJH, '110万人', n=0), p_110], 'headline 110万人 = body 110万人 (2019 plan)')
S.rel('restatement', C, [F(GM11, '20.6%', n=0), m_206], 'headline 20.6% = body 20.6%')
S.rel('restatement', C, [F(GM11, '4.3%', n=0), m_43], 'headline 4.3% = body 4.3%')
S.rel('restatement', C, [p_43, m_43], '贵州 2018 poverty incidence 4.3% in the Jan-2019 report = 4.3% in the Nov-2019 release')
S.rel('sum', C, [m_155, m_140, m_15], '155万 poor at the end of 2018 − at least 140万 lifted in 2019 leaves “剩余的15万左右” (155 − 140 = 15)')
S.rel('target', M, [p_110, r_120], '贵州 2019 plan: reduce the rural poor by 110万; result 120万人以上: met (cross-document)')
S.rel('target', M, [p_17, r_24], '贵州 2019 plan: 17 counties reach the exit standard; result 24 counties: met (cross-document)')
S.rel('target', M, [p_188, r_188], '贵州 2019 plan: complete the relocation of 188万; result 全面完成188万人 relocation: met (cross-document)')
S.rel('target', M, [m_24, r_24], '贵州 2019 commitment (Nov): 24 poor counties exit; result 24 counties: met (cross-document)')
S.rel('target', CT, [m_140, r_120], '贵州 2019 commitment (Nov) 减少贫困人口140万人以上 vs result 120万人以上: the result is only a floor below the target; cannot tell (cross-document)')
S.rel('target', CT, [p_18], '贵州 2019 plan: 18 counties pass the exit inspection: no result for this indicator in the set')
S.rel('target', U, [p_110, m_140], 'plan 110万 (Jan) and commitment 140万以上 (Nov) for the same year: two targets, not target and result')
S.rel('restatement', U, [p_148, m_155], '2018: 148万 lifted out (a flow) vs 155万 still poor at the end of 2018 (a stock): other indicators')
S.rel('share', U, [m_746, m_206, m_155, m_43], '746万 at 20.6% (2013) and 155万 at 4.3% (2018): the rural population bases (≈3620万 and ≈3600万) are not stated; not a check')
a = ALT(GM11, 1, m_15, '19万左右', 'remaining poor 15万 → 19万')
S.rel('sum', I, [on(a, m_155), on(a, m_140), on(a, m_15, '19万左右')], 'altered: 155 − 140 = 15, not 19 (breaks {B})')
a = ALT(GJG, 1, r_24, '14个贫困县', 'counties reaching the exit standard 24 → 14')
S.rel('target', MS, [on(GJH, p_17), on(a, r_24, '14个贫困县')], 'altered: 14 counties against the plan of 17 (breaks {B}); keyed missed')
S.rel('target', MS, [on(GM11, m_24), on(a, r_24, '14个贫困县')], 'altered: 14 counties against the commitment of 24 (breaks {B}); keyed missed')
a = ALT(GJH, 1, p_43, '4.8%', '2018 poverty incidence in the Jan-2019 report 4.3 → 4.8')
S.rel('restatement', I, [on(a, p_43, '4.8%'), on(GM11, m_43)], 'altered: 4.8% in the Jan-2019 report vs 4.3% in the Nov-2019 release (breaks {B})')

S.rel('target', U, [F(GJH, '14个贫困县'), p_17], '2018: 14 poor counties exited vs the 2019 plan of 17 reaching the standard: another year')
S.rel('restatement', U, [F(GJH, '76.19万人'), p_188], '76.19万 relocated and moved in by the end of 2018 vs the 188万 relocation task: a cumulative part of a multi-year task, not a restatement or a split')
S.rel('share', U, [r_120, F(GJG, '1%以下')], 'poverty incidence "下降至1%以下" after 120万 lifted out: the rural population base is not stated')

# ---- 通海县 (玉溪, 云南) 1998 overview (travel-site county profile quoting the county's 1998 figures; old text)
h_s = [F(TH, '26.5%'), F(TH, '50.7%'), F(TH, '22.8%')]
S.rel('sum', C, h_s, '1998 structure 26.5 + 50.7 + 22.8 = 100')
S.rel('sum', I, [F(TH, '1.47%'), F(TH, '14.24%'), F(TH, '4.29%')], 'REAL ERROR in the original: the 1978 "structure" 1.47% + 14.24% + 4.29% = 20.0, not 100; these cannot be the three sectors’ shares (garbled figures)')
S.rel('growth', U, [F(TH, '141643万元'), F(TH, '45.1倍')], '1998 GNP 141643万 = 45.1 times 1978: the 1978 level is not stated')
S.rel('growth', U, [F(TH, '12536万元'), F(TH, '24.9倍')], 'revenue 12536万, 增24.9倍 on 1978 (ratio 25.9): the 1978 level is not stated')
S.rel('growth', U, [F(TH, '8584.64万公斤'), F(TH, '16.28%')], 'grain 8584.64万公斤 "比1878年增16.28%" (year misprinted): the base level is not stated')
S.rel('growth', U, [F(TH, '17.15万头'), F(TH, '4.08%倍')], 'hogs 17.15万头 "为1978年的4.08%倍" (garbled unit): the 1978 level is not stated')
S.rel('growth', U, [F(TH, '429万元'), F(TH, '47.76亿元')], 'township enterprises 429万 (1978) → 47.76亿 (1998): no ratio or rate is stated; nothing to check')
a = ALT(TH, 1, h_s[1], '56.7%', 'secondary share 50.7 → 56.7')
S.rel('sum', I, R(a, h_s, h_s[1], '56.7%'), 'altered: 26.5 + 56.7 + 22.8 = 106 (breaks {B})')

S.rel('share', U, [F(TH, '47.76亿元'), F(TH, '35.42亿元'), F(TH, '141643万元')], 'township-enterprise revenue 47.76亿 and private-business revenue 35.42亿 both exceed GNP 14.16亿: gross revenue vs value added, no relation is stated')

# ---- 广元市 (四川) 2008 bulletin, statistics bureau head's commentary (earthquake year)
y_t = F(GY, '233.56亿元'); y_p = [F(GY, '69.90亿元'), F(GY, '80.38亿元'), F(GY, '83.28亿元')]; y_g1 = F(GY, '3.3%', n=0); y_g2 = F(GY, '3.3%', n=1)
sum_y = y_p + [y_t]; rs_y = [y_g1, y_g2]
S.rel('sum', C, sum_y, '69.90 + 80.38 + 83.28 = 233.56亿元')
S.rel('restatement', C, rs_y, 'GDP growth +3.3% stated twice')
S.rel('rate', U, y_p + [F(GY, '1.0 %'), F(GY, '1.2 %'), F(GY, '9.4% '), y_t, y_g1], 'GDP growth from the sectors: comparable-price rates on current-price levels give +3.0%, stated +3.3%; bases differ, not a check')
S.rel('growth', U, [F(GY, '1.0 %'), F(GY, '4.2个'), F(GY, '1.2 %'), F(GY, '25.5个'), F(GY, '9.4% '), F(GY, '3.5个')], 'sector rates “比上年回落” 4.2, 25.5, 3.5 points: the 2007 rates are not stated')
S.rel('share', U, [F(GY, '1200多亿元'), y_t], 'earthquake losses "1200多亿元" against GDP 233.56亿: no ratio is stated (a stock of losses vs a year’s value added)')
S.rel('growth', U, [F(GY, '10%'), y_g2], '"连续5年高于10%" (2003–2007) vs 2008 +3.3%: other years')
a = ALT(GY, 1, y_p[1], '80.88亿元', 'secondary value added 80.38 → 80.88')
S.rel('sum', I, R(a, sum_y, y_p[1], '80.88亿元'), 'altered: the sectors add to 234.06, not 233.56 (breaks {B})')
a = ALT(GY, 2, y_g2, '3.8%', 'second statement of GDP growth 3.3 → 3.8')
S.rel('restatement', I, R(a, rs_y, y_g2, '3.8%'), 'altered: +3.3% and then +3.8% (breaks {B})')

# ---- 酉阳县 (重庆) 2022 statistical bulletin (county)
o_t = F(YY, '231.66亿元'); o_p = [F(YY, '42.87亿元'), F(YY, '33.80亿元'), F(YY, '154.99亿元')]
o_s = [F(YY, '18.5', post=':14.6'), F(YY, '14.6', pre='18.5:'), F(YY, '66.9', pre='14.6:')]
o_b = F(YY, '7.77‰'); o_d = F(YY, '6.32‰'); o_n = F(YY, '1.45‰'); o_pop = F(YY, '85.20万人')
sum_o = o_p + [o_t]; sh_o2 = [o_p[1], o_t, o_s[1]]; sum_o3 = [o_b, o_d, o_n]
S.rel('sum', C, sum_o, '42.87 + 33.80 + 154.99 = 231.66亿元')
S.rel('share', C, [o_p[0], o_t, o_s[0]], 'primary 42.87/231.66 = 18.51% → 18.5')
S.rel('share', C, sh_o2, 'secondary 33.80/231.66 = 14.59% → 14.6')
S.rel('share', C, [o_p[2], o_t, o_s[2]], 'tertiary 154.99/231.66 = 66.90% → 66.9')
S.rel('sum', C, o_s, '18.5 + 14.6 + 66.9 = 100')
S.rel('sum', C, [F(YY, '27.83万人'), F(YY, '57.37万人'), o_pop], 'registered population: urban 27.83 + rural 57.37 = 85.20万')
S.rel('share', C, [F(YY, '26.70万人'), F(YY, '60.67万人'), F(YY, '44.01%')], 'urbanisation 26.70/60.67 = 44.01%')
S.rel('sum', C, sum_o3, 'birth rate 7.77‰ − death rate 6.32‰ = natural growth 1.45‰')
S.rel('share', C, [F(YY, '6624'), o_pop, o_b], 'births 6624 on the registered population 85.20万 = 7.77‰ (judgement call: the base is not named, the year-end registered population reproduces the rate)')
S.rel('share', C, [F(YY, '5388人'), o_pop, o_d], 'deaths 5388 on 85.20万 = 6.32‰ (same base as the birth rate)')
S.rel('share', U, [F(YY, '38168元'), o_t, F(YY, '60.67万人')], 'per-capita GDP 38168: 231.66亿 on the year-end resident population 60.67万 gives 38184; per-capita GDP uses the average population, not stated')
S.rel('growth', U, [F(YY, '2.4%'), F(YY, '2.3%')], 'per-capita GDP +2.4% vs GDP +2.3%: the population change is not stated')
a = ALT(YY, 1, o_p[1], '38.80亿元', 'secondary value added 33.80 → 38.80')
S.rel('sum', I, R(a, sum_o, o_p[1], '38.80亿元'), 'altered: the sectors add to 236.66, not 231.66 (breaks {B})')
S.rel('share', I, R(a, sh_o2, o_p[1], '38.80亿元'), 'altered: 38.80/231.66 = 16.7%, not 14.6 (breaks {B})')
a = ALT(YY, 2, o_n, '1.95‰', 'natural growth rate 1.45 → 1.95')
S.rel('sum', I, R(a, sum_o3, o_n, '1.95‰'), 'altered: 7.77 − 6.32 = 1.45, not 1.95 (breaks {B})')

S.rel('share', U, [F(YY, '109.0')], 'sex ratio at birth 109.0: the numbers of boys and girls are not stated')
S.rel('growth', U, [F(YY, '44.01%'), F(YY, '0.6个')], 'urbanisation 44.01%, +0.6 points: the 2021 rate is not stated')

# ---- 石柱县 (重庆) 2022 statistical bulletin (county)
s_t = F(SZ, '209.07亿元'); s_p = [F(SZ, '37.52亿元'), F(SZ, '59.44亿元'), F(SZ, '112.11亿元')]
s_s = [F(SZ, '17.9', post=':28.4'), F(SZ, '28.4', pre='17.9:'), F(SZ, '53.7', pre='28.4:')]
s_tp = F(SZ, '544126'); s_r = F(SZ, '381432'); s_u = F(SZ, '162694'); s_rp = F(SZ, '70.1'); s_up = F(SZ, '29.9')
sum_s = s_p + [s_t]; sh_s2 = [s_p[1], s_t, s_s[1]]; sum_s2 = [s_r, s_u, s_tp]; sh_s4 = [s_u, s_tp, s_up]
S.rel('sum', C, sum_s, '37.52 + 59.44 + 112.11 = 209.07亿元')
S.rel('share', C, [s_p[0], s_t, s_s[0]], 'primary 37.52/209.07 = 17.95% → 17.9 (17.946)')
S.rel('share', C, sh_s2, 'secondary 59.44/209.07 = 28.43% → 28.4')
S.rel('share', I, [s_p[2], s_t, s_s[2]], 'REAL (minor) ERROR in the original: tertiary 112.11/209.07 = 53.62% (53.620–53.627 with the inputs’ half units) → 53.6, stated 53.7 — rounded up so that the structure adds to 100')
S.rel('sum', C, s_s, '17.9 + 28.4 + 53.7 = 100')
S.rel('share', C, [F(SZ, '115.78亿元'), s_t, F(SZ, '55.4%')], 'private economy 115.78/209.07 = 55.38% → 55.4')
S.rel('sum', C, [F(SZ, '28.11万人'), F(SZ, '26.30万人'), F(SZ, '54.41万人')], 'registered population: men 28.11 + women 26.30 = 54.41万')
S.rel('share', C, [F(SZ, '28.11万人'), F(SZ, '26.30万人'), F(SZ, '106.88')], 'sex ratio 28.11/26.30 × 100 = 106.88 (the 万 figures give 106.882)')
S.rel('share', C, [F(SZ, '22.85万人'), F(SZ, '38.69万人'), F(SZ, '59.06%')], 'urbanisation 22.85/38.69 = 59.06%')
S.rel('sum', C, [F(SZ, '6.63‰'), F(SZ, '7.09‰'), F(SZ, '-0.46‰')], 'birth rate 6.63‰ − death rate 7.09‰ = −0.46‰')
S.rel('sum', C, sum_s2, 'table: rural 381432 + urban 162694 = 544126')
S.rel('share', C, [s_r, s_tp, s_rp], 'table: rural 381432/544126 = 70.10% → 70.1')
S.rel('share', C, sh_s4, 'table: urban 162694/544126 = 29.90% → 29.9')
S.rel('restatement', C, [F(SZ, '54.41万人'), s_tp], 'registered population 54.41万人 in the text = 544126 in table 1')
S.rel('share', U, [F(SZ, '3616人'), F(SZ, '54.41万人'), F(SZ, '6.63‰')], 'births 3616 on the year-end 54.41万 give 6.65‰, stated 6.63‰: the rate is on the average population, not stated')
S.rel('share', U, [F(SZ, '53959元'), s_t, F(SZ, '38.69万人')], 'per-capita GDP 53959 vs 209.07亿/38.69万 = 54037: average resident population not stated')
S.rel('growth', U, [F(SZ, '4.3%'), F(SZ, '4.0%')], 'per-capita GDP +4.3% vs GDP +4.0%: the population change is not stated')
a = ALT(SZ, 1, s_u, '162094', 'urban registered population (table) 162694 → 162094')
S.rel('sum', I, R(a, sum_s2, s_u, '162094'), 'altered: 381432 + 162094 = 543526, not 544126 (breaks {B})')
S.rel('share', I, R(a, sh_s4, s_u, '162094'), 'altered: 162094/544126 = 29.79% → 29.8, not 29.9 (breaks {B})')
a = ALT(SZ, 2, s_p[1], '59.94亿元', 'secondary value added 59.44 → 59.94')
S.rel('sum', I, R(a, sum_s, s_p[1], '59.94亿元'), 'altered: the sectors add to 209.57, not 209.07 (breaks {B})')
S.rel('share', I, R(a, sh_s2, s_p[1], '59.94亿元'), 'altered: 59.94/209.07 = 28.67%, not 28.4 (breaks {B})')

S.rel('growth', U, [F(SZ, '59.06%'), F(SZ, '0.22个')], 'urbanisation 59.06%, +0.22 points: the 2021 rate is not stated')
S.rel('restatement', U, [F(SZ, '5.6%', n=0), F(SZ, '5.6%', n=1)], 'primary sector +5.6% and private economy +5.6%: the same number for two indicators')

# ---- 重庆市 2008 statistical bulletin (opening; traditional-script mirror)
q_t = F(CQ8, '5096.66億元'); q_p = [F(CQ8, '575.40億元'), F(CQ8, '2433.27億元'), F(CQ8, '2087.99億元')]; q_s = [F(CQ8, '11.3%'), F(CQ8, '47.7%'), F(CQ8, '41.0%')]
q_d = [F(CQ8, '0.4個'), F(CQ8, '1.8個'), F(CQ8, '1.4個')]; q_r = [F(CQ8, '3959.27億元'), F(CQ8, '856.99億元'), F(CQ8, '280.40億元')]; q_rs = [F(CQ8, '77.7%'), F(CQ8, '16.8%'), F(CQ8, '5.5%')]
sum_q = q_p + [q_t]; sh_q2 = [q_p[1], q_t, q_s[1]]; sh_qr2 = [q_r[1], q_t, q_rs[1]]; sum_qrs = q_rs
S.rel('sum', C, sum_q, '575.40 + 2433.27 + 2087.99 = 5096.66億元')
S.rel('share', C, [q_p[0], q_t, q_s[0]], 'primary 575.40/5096.66 = 11.29% → 11.3')
S.rel('share', C, sh_q2, 'secondary 2433.27/5096.66 = 47.74% → 47.7')
S.rel('share', C, [q_p[2], q_t, q_s[2]], 'tertiary 2087.99/5096.66 = 40.97% → 41.0')
S.rel('sum', C, q_d, 'share changes −0.4 + 1.8 − 1.4 = 0 (2007: 11.7 + 45.9 + 42.4 = 100)')
S.rel('sum', C, q_r + [q_t], 'regions: 一小時經濟圈 3959.27 + 渝東北翼 856.99 + 渝東南翼 280.40 = 5096.66')
S.rel('share', C, [q_r[0], q_t, q_rs[0]], '3959.27/5096.66 = 77.68% → 77.7')
S.rel('share', C, sh_qr2, '856.99/5096.66 = 16.81% → 16.8')
S.rel('share', C, [q_r[2], q_t, q_rs[2]], '280.40/5096.66 = 5.50% → 5.5')
S.rel('sum', C, sum_qrs, 'regional shares 77.7 + 16.8 + 5.5 = 100')
S.rel('growth', U, [q_r[1], q_r[2], q_t, F(CQ8, '0.36個')], 'the two wings’ share (22.32%) "較上年提高了0.36個百分點": the 2007 regional levels are not stated')
S.rel('growth', U, [F(CQ8, '18025元'), F(CQ8, '13.7%'), F(CQ8, '14.3%')], 'per-capita GDP +13.7% vs GDP +14.3%: the population change is not stated')
a = ALT(CQ8, 1, q_p[1], '2433.87億元', 'secondary value added 2433.27 → 2433.87')
S.rel('sum', I, R(a, sum_q, q_p[1], '2433.87億元'), 'altered: the sectors add to 5097.26, not 5096.66 (breaks {B})')
S.rel('share', I, R(a, sh_q2, q_p[1], '2433.87億元'), 'altered: 2433.87/5096.66 = 47.75% → 47.8 (47.754 even at the inputs’ half units), not 47.7 (breaks {B})')
a = ALT(CQ8, 2, q_rs[1], '18.8%', '渝東北翼 share 16.8 → 18.8')
S.rel('share', I, R(a, sh_qr2, q_rs[1], '18.8%'), 'altered: 856.99/5096.66 = 16.8%, not 18.8 (breaks {B})')
S.rel('sum', I, R(a, sum_qrs, q_rs[1], '18.8%'), 'altered: 77.7 + 18.8 + 5.5 = 102.0 (breaks {B})')

# ---- 重庆市 2011 statistical yearbook table 2-13: GDP by region 2009–2010 (亿元, index 上年=100)
k = {x: F(NJ, x) for x in ('6530.01', '7925.58', '5074.00', '6145.32', '1099.79', '1347.53', '356.22', '432.73', '2901.58', '3490.83', '1636.46',
                           '1984.65', '1991.97', '2450.10', '606.80', '685.38', '357.63', '184.69', '64.48', '403.17', '209.27', '72.94',
                           '3448.77', '4359.12', '2474.44', '2881.08', '117.1')}
sum_k2 = [k['6145.32'], k['1347.53'], k['432.73'], k['7925.58']]; sum_k5 = [k['606.80'], k['3448.77'], k['2474.44'], k['6530.01']]
S.rel('sum', C, [k['5074.00'], k['1099.79'], k['356.22'], k['6530.01']], '2009: 一小时经济圈 5074.00 + 渝东北翼 1099.79 + 渝东南翼 356.22 = 6530.01')
S.rel('sum', C, sum_k2, '2010: 6145.32 + 1347.53 + 432.73 = 7925.58')
S.rel('sum', C, [k['2901.58'], k['1636.46'], k['1991.97'], k['6530.01']], '2009, second split: 都市发达经济圈 2901.58 + 渝西经济走廊 1636.46 + 三峡库区 1991.97 = 6530.01')
S.rel('sum', C, [k['3490.83'], k['1984.65'], k['2450.10'], k['7925.58']], '2010, second split: 3490.83 + 1984.65 + 2450.10 = 7925.58')
S.rel('sum', C, sum_k5, '2009 sectors: 606.80 + 3448.77 + 2474.44 = 6530.01')
S.rel('sum', C, [k['685.38'], k['4359.12'], k['2881.08'], k['7925.58']], '2010 sectors: 685.38 + 4359.12 + 2881.08 = 7925.58')
S.rel('sum', C, [k['357.63'], k['184.69'], k['64.48'], k['606.80']], '2009 primary sector by wing: 357.63 + 184.69 + 64.48 = 606.80')
S.rel('sum', C, [k['403.17'], k['209.27'], k['72.94'], k['685.38']], '2010 primary sector by wing: 403.17 + 209.27 + 72.94 = 685.38')
S.rel('sum', U, [k['5074.00'], k['1099.79'], k['356.22'], k['2901.58'], k['6530.01']], '都市发达经济圈 (2901.58) lies inside 一小时经济圈 (5074.00): the two splits overlap, adding across them double counts')
S.rel('growth', U, [k['6530.01'], k['7925.58'], k['117.1']], '7925.58/6530.01 = +21.4% at current prices vs index 117.1 at comparable prices: nominal vs real')
S.rel('restatement', U, [F(NJ, '106.1', n=0), F(NJ, '106.1', n=1)], 'primary-sector index 106.1 for the city and 106.1 for 渝东南翼: the same number for two scopes')
a = ALT(NJ, 1, k['1347.53'], '1317.53', '渝东北翼 2010 GDP 1347.53 → 1317.53')
S.rel('sum', I, R(a, sum_k2, k['1347.53'], '1317.53'), 'altered: the wings add to 7895.58, not 7925.58 (breaks {B})')
a = ALT(NJ, 2, k['2474.44'], '2474.94', '2009 tertiary sector 2474.44 → 2474.94')
S.rel('sum', I, R(a, sum_k5, k['2474.44'], '2474.94'), 'altered: the sectors add to 6530.51, not 6530.01 (breaks {B})')

S.rel('restatement', U, [F(NJ, '117.0'), k['117.1']], '一小时经济圈 index 117.0 vs the city’s 117.1: a part’s index, not the total (the wings grew faster)')
S.rel('sum', U, [k['357.63'], F(NJ, '68.17'), F(NJ, '243.65'), F(NJ, '294.98'), k['606.80']], 'primary sector: 都市发达 68.17 + 渝西 243.65 + 三峡库区 294.98 = 606.80 is the second split; adding 一小时经济圈 357.63 to them double counts (overlapping scopes)')

# ---- 西藏 2005 farmers’ and herders’ income (新华社 via a government-portal mirror, traditional script with pinyin residue)
w_a = [F(XZ05, '71', post=':19:10'), F(XZ05, '19', pre='71:', post=':10'), F(XZ05, '10', pre='71:19:')]
w_b = [F(XZ05, '69', post=':20:11'), F(XZ05, '20', pre='69:', post=':11'), F(XZ05, '11', pre='69:20:')]
w_2000 = F(XZ05, '2000元'); w_inc = F(XZ05, '2075元'); rs_w = [w_2000, w_inc]
S.rel('sum', C, w_a, '2004 grain : cash crops : fodder 71 + 19 + 10 = 100')
S.rel('sum', C, w_b, '2005 grain : cash crops : fodder 69 + 20 + 11 = 100')
S.rel('restatement', C, rs_w, 'income "首次突破2000元大關,達到2075元": 2075 > 2000')
S.rel('growth', U, [w_inc, F(XZ05, '11.5%')], '2075元, +11.5%: the 2004 level is not stated')
S.rel('growth', U, [F(XZ05, '21.2萬噸'), F(XZ05, '27.4萬噸'), F(XZ05, '5%', pre='增長', post='和'), F(XZ05, '4%', pre='和')], 'meat 21.2万吨 and milk 27.4万吨, +5% and +4%: the 2004 levels are not stated')
a = ALT(XZ05, 1, w_b[1], '25', '2005 cash-crop part of the planting ratio 20 → 25')
S.rel('sum', I, R(a, w_b, w_b[1], '25'), 'altered: 69 + 25 + 11 = 105 (breaks {B})')
a = ALT(XZ05, 2, w_inc, '1975元', 'per-capita net income 2075 → 1975')
S.rel('restatement', I, R(a, rs_w, w_inc, '1975元'), 'altered: "首次突破2000元大關,達到1975元" — 1975 is below 2000 (breaks {B})')

S.rel('growth', U, [F(XZ05, '94.5萬噸'), F(XZ05, '2480萬只')], 'grain 94.5万吨 and livestock 2480万只: levels without rates or bases, nothing to check')

# ---- 西藏 2017 rural income (人民政协网 news of the regional people's congress, 2018-01)
v_h = F(XZ17, '十五年'); v_b = F(XZ17, '15年'); rs_v = [v_h, v_b]
S.rel('restatement', C, rs_v, 'headline "连续十五年" = body "已连续15年"')
S.rel('growth', U, [F(XZ17, '13.6%'), F(XZ17, '10%'), F(XZ17, '10年')], 'rural income +13.6% above GDP +10% in 2017, "已连续10年超过经济增幅": the earlier years are not in the text')
S.rel('growth', U, [F(XZ17, '10330元'), F(XZ17, '13.6%')], '10330元, +13.6%: the 2016 level is not stated')
a = ALT(XZ17, 1, v_b, '16年', 'streak in the body 15 → 16 years')
S.rel('restatement', I, R(a, rs_v, v_b, '16年'), 'altered: headline fifteen years, body 16 (breaks {B})')

# ---- 阿坝州 (四川) 2020 GDP (encyclopedia-style page quoting the prefecture figures)
e_t = F(AB, '411.75亿元', n=0); e_t2 = F(AB, '411.75亿元', n=1); e_p = [F(AB, '82.07亿元'), F(AB, '96.45亿元'), F(AB, '233.23亿元')]
sum_e = e_p + [e_t]; rs_e = [e_t, e_t2]
S.rel('sum', C, sum_e, '82.07 + 96.45 + 233.23 = 411.75亿元')
S.rel('restatement', C, [F(AB, '400亿元'), e_t], '"突破400亿元,达411.75亿元": 411.75 > 400')
S.rel('restatement', C, rs_e, 'GDP 411.75亿 in the text = 411.75亿元(2020年) in the infobox')
S.rel('restatement', C, [F(AB, '822587人', n=0), F(AB, '822587人', n=1)], 'resident population 822587 in the text = in the infobox')
S.rel('rate', U, e_p + [F(AB, '4.5%'), F(AB, '5.3%'), F(AB, '1.9%'), e_t, F(AB, '3.3%')], 'GDP growth from the sectors: comparable-price rates on current-price levels give +3.2%, stated +3.3%; bases differ, not a check')
a = ALT(AB, 1, e_p[1], '98.45亿元', 'secondary value added 96.45 → 98.45')
S.rel('sum', I, R(a, sum_e, e_p[1], '98.45亿元'), 'altered: the sectors add to 413.75, not 411.75 (breaks {B})')
a = ALT(AB, 2, e_t2, '417.75亿元', 'infobox GDP 411.75 → 417.75')
S.rel('restatement', I, R(a, rs_e, e_t2, '417.75亿元'), 'altered: text 411.75亿 vs infobox 417.75亿 (breaks {B})')

# ---- cross-document traps and checks
S.rel('growth', U, [F(SZ, '4.0%'), F(YY, '2.3%')], '石柱 +4.0% "增速排渝东南第1位" vs 酉阳 +2.3% (both 2022): a ranking claim about another county; no arithmetic relation between the two figures')
S.rel('restatement', U, [F(CQ8, '17.1%'), k['117.1']], '渝東北翼 2008 growth 17.1% (bulletin) vs 重庆 2010 GDP index 117.1 (yearbook): the same digits, other year, scope and form')
S.rel('growth', U, [q_r[0], k['5074.00']], '一小时经济圈 3959.27 (2008 bulletin) → 5074.00 (2009, 2011 yearbook): +28.2% at current prices; no 2009 rate is stated, and 2008 may have been revised after the economic census')
S.rel('restatement', C, [F(XZ05, '三年', n=1), F(XZ17, '15年')], '西藏 farm income: "連續三年" double-digit growth to 2005 (2003–2005) and "已连续15年" to 2017 (2003–2017): both streaks start in 2003 (cross-document, judgement call)')
S.rel('growth', U, [w_inc, F(XZ17, '10330元')], '西藏 2005 per-capita net income 2075 (纯收入) vs 2017 per-capita disposable income 10330 (可支配收入): indicator changed, not comparable')
S.rel('growth', U, [F(XZ17, '1310.6亿元'), x_t], '西藏 GDP 1310.6亿 (2017) → 1902.74亿 (2020): no rate over the three years is stated')
S.rel('restatement', U, [F(GZ14, '745萬人'), m_746], '贵州 745万 identified poor (建档立卡, 2014 news) vs 746万 poor in 2013 (Nov-2019 release): near-equal numbers of another measure and date')
S.rel('target', U, [F(GZ14, '213萬人'), m_155], '贵州 2020 goal 213万 (2014 news) vs 155万 poor at the end of 2018: another period, not target and result')
S.rel('restatement', U, [p_148, g_d], '贵州 148万 lifted out in 2018 (Jan-2019 report) vs 526万 fewer poor over 2011–2014 (2014 news): other periods')
S.rel('growth', U, [b_own, n_rev], '璧山 2020 own revenue 43.83亿 vs 巴南 2024 general-budget revenue 390525万: other district and year')
S.rel('growth', U, [q_t, k['6530.01']], '重庆 GDP 5096.66亿 (2008, bulletin) → 6530.01亿 (2009, 2011 yearbook): +28.1% at current prices; no 2009 rate in the set, and the 2008 level was later revised')
S.rel('growth', U, [F(AB, '3.3%'), F(XZ20, '7.8%')], '阿坝 2020 GDP +3.3% vs 西藏 2020 +7.8%: neighbouring Tibetan areas, other places')
for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

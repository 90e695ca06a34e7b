"""Check key, set check-heldout87. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout87.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout87'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

FS='fs_2022m4_hant.txt'; NG='ng_2022.txt'; SB='sb_2019.txt'; XN='xn_2019.txt'; KZ='kz_2019.txt'; ZJ='zj_2020.txt'; SG='sg_2019.txt'
LC='lc_2021.txt'; DH='dh_2022.txt'; JC='jc_2022_hant.txt'; CQ20='cq_2020.txt'; CQ21='cq_2021.txt'; CZ='cz_2021.txt'; DLT='dlt_2003.txt'; GZ='gz_2021q3.txt'

# ---- unnamed city, Jan-Apr 2022 fiscal release (traditional)
ft = F(FS, '191347萬元'); fti = F(FS, '25457萬元'); ftg = F(FS, '15.35%')
fl = F(FS, '100223萬元'); fli = F(FS, '2546萬元'); flg = F(FS, '2.61%')
fx = F(FS, '66342萬元'); fxi = F(FS, '10304萬元'); fxg = F(FS, '18.39%'); fxp = F(FS, '66.19%')
fe = F(FS, '372037萬元'); fei = F(FS, '32770萬元'); feg = F(FS, '9.66%')
S.rel('growth', C, [ft, fti, ftg], 'total fiscal revenue: increase 25457 on last year 165890 = 15.35%')
S.rel('growth', C, [fl, fli, flg], 'local revenue: 2546 on 97677 = 2.61%')
S.rel('growth', C, [fx, fxi, fxg], 'tax revenue: 10304 on 56038 = 18.39%')
S.rel('share', C, [fx, fl, fxp], 'tax 66342 of local revenue 100223 = 66.19%')
S.rel('growth', C, [fe, fei, feg], 'spending: 32770 on 339267 = 9.66%')
S.rel('share', U, [fx, ft, fxp], '66.19% is tax over LOCAL revenue (100223); over total fiscal revenue 191347 tax is 34.7%: wrong base, not a check')
S.rel('growth', U, [ftg, flg], 'total revenue +15.35% vs local +2.61%: the part passed up to higher levels (about +34%) is implied, not stated')
S.rel('growth', U, [fe, ft], 'spending 372037 vs revenue 191347: different indicators, no relation stated')
a = ALT(FS, 1, ftg, '15.85%', 'total revenue growth 15.35 -> 15.85')
S.rel('growth', I, [on(a, ft), on(a, fti), on(a, ftg, '15.85%')], 'altered: 25457/165890 = 15.35%, not 15.85 (breaks {B})')
a = ALT(FS, 2, fxp, '68.19%', 'tax share of local revenue 66.19 -> 68.19')
S.rel('share', I, [on(a, fx), on(a, fl), on(a, fxp, '68.19%')], 'altered: 66342/100223 = 66.19%, not 68.19 (breaks {B})')

# ---- 南宫市 (邢台, 河北) 2023 work report, 2022 review
n61 = F(NG, '6.1亿元'); n68 = F(NG, '6.8亿元'); n87 = F(NG, '8.7%')
S.rel('restatement', U, [n61, n68], 'revenue 6.1亿 as collected vs 6.8亿 with VAT-credit refunds added back: two scopes of one indicator, not a restatement')
S.rel('growth', U, [n68, n87], '"comparable" growth 8.7% on the refund-adjusted 6.8亿: the 2021 base is not stated')
S.rel('growth', U, [F(NG, '139亿元'), F(NG, '7.5%')], 'GDP estimate 139亿, real growth 7.5%: 2021 level not stated, real vs nominal')

# ---- 双柏县 (楚雄, 云南) 2020 work report, 2019 review
b1 = F(SB, '26', post=': 32.5'); b2 = F(SB, '32.5'); b3 = F(SB, '41.5')
S.rel('sum', C, [b1, b2, b3], 'industry structure 26 + 32.5 + 41.5 = 100')
S.rel('growth', U, [F(SB, '53.11亿元'), F(SB, '11.3%')], 'GDP 53.11亿 +11.3% (real): the 2018 level is not stated')
S.rel('share', U, [F(SB, '13.54亿元'), F(SB, '53.11亿元')], 'retail sales 13.54亿 vs GDP 53.11亿: retail sales are not a component of GDP; no ratio stated')
a = ALT(SB, 1, b3, '42.5', 'tertiary share in the structure 41.5 -> 42.5')
S.rel('sum', I, [on(a, b1), on(a, b2), on(a, b3, '42.5')], 'altered: 26 + 32.5 + 42.5 = 101 (breaks {B})')

# ---- 兴宁区 (南宁, 广西) 2019 budget execution report
xt = F(XN, '480235万元'); xi = F(XN, '35056万元'); xg = F(XN, '7.87%')
S.rel('growth', C, [xt, xi, xg], 'fiscal total revenue: 35056 on 445179 = 7.87%')
S.rel('share', U, [xi, xt], 'the increase is 7.3% of THIS year\'s 480235; the 7.87% is on last year (445179): wrong base, nothing stated to check')
a = ALT(XN, 1, xi, '38056万元', 'increase 35056 -> 38056')
S.rel('growth', I, [on(a, xt), on(a, xi, '38056万元'), on(a, xg)], 'altered: 38056 on 442179 = 8.61%, not 7.87 (breaks {B})')
a = ALT(XN, 2, xg, '7.27%', 'growth 7.87 -> 7.27')
S.rel('growth', I, [on(a, xt), on(a, xi), on(a, xg, '7.27%')], 'altered: 35056/445179 = 7.87%, not 7.27 (breaks {B})')

# ---- 开州区 (重庆) 2019 final accounts
k_r = F(KZ, '252617万元'); k_up = F(KZ, '584061万元'); k_db = F(KZ, '20000万元'); k_st = F(KZ, '7693万元'); k_ly = F(KZ, '38962万元'); k_in = F(KZ, '107531万元'); k_tot = F(KZ, '1010864万元')
k_e = F(KZ, '966582万元'); k_sj = F(KZ, '41462万元'); k_ws = F(KZ, '1531万元'); k_et = F(KZ, '1009575万元'); k_bal = F(KZ, '1289 万元')
kf_r = F(KZ, '160187万元'); kf_up = F(KZ, '87469万元'); kf_zh = F(KZ, '30700 万元'); kf_xz = F(KZ, '80000 万元'); kf_ly = F(KZ, '95682 万元'); kf_tot = F(KZ, '454038万元')
kf_e = F(KZ, '275049万元'); kf_sj = F(KZ, '122万元'); kf_hb = F(KZ, '30700万元'); kf_out = F(KZ, '67531万元'); kf_et = F(KZ, '373402万元'); kf_bal = F(KZ, '80636万元')
k_soe = F(KZ, '40000万元')
inc_kz = [k_r, k_up, k_db, k_st, k_ly, k_in, k_tot]; exp_kz = [k_e, k_sj, k_ws, k_et]; fexp_kz = [kf_e, kf_sj, kf_hb, kf_out, kf_et]; tr_kz = [kf_out, k_soe, k_in]
S.rel('sum', C, inc_kz, '252617 + 584061 + 20000 + 7693 + 38962 + 107531 = 1010864')
S.rel('sum', C, exp_kz, '966582 + 41462 + 1531 = 1009575')
S.rel('sum', C, [k_tot, k_et, k_bal], '1010864 - 1009575 = 1289 carried over')
S.rel('sum', C, [kf_r, kf_up, kf_zh, kf_xz, kf_ly, kf_tot], 'fund budget: 160187 + 87469 + 30700 + 80000 + 95682 = 454038')
S.rel('sum', C, fexp_kz, 'fund budget: 275049 + 122 + 30700 + 67531 = 373402')
S.rel('sum', C, [kf_tot, kf_et, kf_bal], 'fund budget: 454038 - 373402 = 80636 carried over')
S.rel('sum', C, tr_kz, 'transfers into the general budget 107531 = fund budget transferred out 67531 + state-capital revenue 40000 transferred in full')
S.rel('restatement', U, [kf_zh, kf_hb], 'refinancing bonds 30700 received and 30700 repaid: same number, income vs spending lines (a pass-through), not a restatement of one figure')
S.rel('sum', U, [k_r, kf_r, k_soe], 'general, fund and state-capital revenues: no all-budget total is stated (and 40000 is moved into the general budget, so they overlap)')
a = ALT(KZ, 1, k_up, '564061万元', 'transfers from above 584061 -> 564061')
S.rel('sum', I, R(a, inc_kz, k_up, '564061万元'), 'altered: parts add to 990864, not 1010864 (breaks {B})')
a = ALT(KZ, 2, k_bal, '1389 万元', 'year-end balance 1289 -> 1389')
S.rel('sum', I, [on(a, k_tot), on(a, k_et), on(a, k_bal, '1389 万元')], 'altered: 1010864 - 1009575 = 1289, not 1389 (breaks {B})')
a = ALT(KZ, 3, kf_out, '67631万元', 'fund budget transferred out 67531 -> 67631')
S.rel('sum', I, R(a, fexp_kz, kf_out, '67631万元'), 'altered: fund spending lines add to 373502, not 373402 (breaks {B})')
S.rel('sum', I, R(a, tr_kz, kf_out, '67631万元'), 'altered: 67631 + 40000 = 107631, not the 107531 transferred in (breaks {B})')

# ---- 湛江市 (广东) 2020 final accounts
z_r = F(ZJ, '137.78亿元'); z_tax = F(ZJ, '87.75亿元'); z_nt = F(ZJ, '50.03亿元'); z_tp = F(ZJ, '63.7%'); z_np = F(ZJ, '36.3%')
z_tg = F(ZJ, '4.7%'); z_ng = F(ZJ, '27.8%'); z_g = F(ZJ, '5%', '同比增长')
z_up = F(ZJ, '366.92亿元'); z_fh = F(ZJ, '18.20亿元'); z_yb = F(ZJ, '295.68亿元'); z_zx = F(ZJ, '53.03亿元')
z_zh = F(ZJ, '4364万元'); z_ly = F(ZJ, '55.84亿元'); z_dr = F(ZJ, '47.08亿元'); z_zd = F(ZJ, '39.68亿元'); z_wd = F(ZJ, '25.82亿元'); z_tot = F(ZJ, '673.56亿元')
z_bp = F(ZJ, '105.9%'); z_e = F(ZJ, '538.59亿元'); z_ep = F(ZJ, '107.8%'); z_eg = F(ZJ, '7.1%')
sum_zj = [z_tax, z_nt, z_r]; up_zj = [z_fh, z_yb, z_zx, z_up]; tot_zj = [z_r, z_up, z_zh, z_ly, z_dr, z_zd, z_wd, z_tot]
S.rel('sum', C, sum_zj, 'tax 87.75 + non-tax 50.03 = 137.78')
S.rel('share', C, [z_tax, z_r, z_tp], '87.75/137.78 = 63.69% -> 63.7')
S.rel('share', C, [z_nt, z_r, z_np], '50.03/137.78 = 36.31% -> 36.3')
S.rel('sum', C, up_zj, '18.20 + 295.68 + 53.03 = 366.91, stated 366.92: inside the allowance of three rounded parts')
S.rel('sum', C, tot_zj, '137.78 + 366.92 + 0.4364 (4364万) + 55.84 + 47.08 + 39.68 + 25.82 = 673.56')
S.rel('growth', C, [z_tax, z_tg, z_nt, z_ng, z_r, z_g], 'last year: tax 87.75/0.953 = 92.08, non-tax 50.03/1.278 = 39.15, total 131.23; 137.78/131.23 = +5.0%')
S.rel('target', M, [z_r, z_bp], 'revenue 137.78亿 = 105.9% of the annual budget: met')
S.rel('target', U, [z_e, z_ep], 'spending 107.8% of the annual budget: over-execution of a spending plan, not a goal met or missed')
S.rel('growth', U, [z_eg, z_g], 'spending +7.1% vs revenue +5%: different indicators')
a = ALT(ZJ, 1, z_nt, '56.03亿元', 'non-tax revenue 50.03 -> 56.03')
S.rel('sum', I, R(a, sum_zj, z_nt, '56.03亿元'), 'altered: 87.75 + 56.03 = 143.78, not 137.78 (breaks {B})')
S.rel('share', I, [on(a, z_nt, '56.03亿元'), on(a, z_r), on(a, z_np)], 'altered: 56.03/137.78 = 40.7%, not 36.3 (breaks {B})')
S.rel('growth', I, [on(a, z_tax), on(a, z_tg), on(a, z_nt, '56.03亿元'), on(a, z_ng), on(a, z_r), on(a, z_g)], 'altered: last year tax 92.08 + non-tax 56.03/1.278 = 43.84 gives 135.92; 137.78/135.92 = +1.4%, not 5% (breaks {B})')
a = ALT(ZJ, 2, z_tp, '65.7%', 'tax share 63.7 -> 65.7')
S.rel('share', I, [on(a, z_tax), on(a, z_r), on(a, z_tp, '65.7%')], 'altered: 87.75/137.78 = 63.7%, not 65.7 (breaks {B})')
a = ALT(ZJ, 3, z_yb, '296.68亿元', 'general transfers 295.68 -> 296.68')
S.rel('sum', I, R(a, up_zj, z_yb, '296.68亿元'), 'altered: 18.20 + 296.68 + 53.03 = 367.91, not 366.92 (breaks {B})')

# ---- 石鼓区 (衡阳, 湖南) 2019 final accounts
s_r = F(SG, '36125万元'); s_bp = F(SG, '102.99%'); s_i = F(SG, '2719万元'); s_g = F(SG, '8.14%')
s_tax = F(SG, '30751万元'); s_nt = F(SG, '5374万元'); s_tp = F(SG, '85.12%')
s_e = F(SG, '108847万元'); s_ep = F(SG, '104.04%')
S.rel('growth', C, [s_r, s_i, s_g], '2719 on 33406 = 8.14%')
S.rel('sum', C, [s_tax, s_nt, s_r], '30751 + 5374 = 36125')
S.rel('share', C, [s_tax, s_r, s_tp], '30751/36125 = 85.12%')
S.rel('target', M, [s_r, s_bp], 'revenue 102.99% of the annual budget: met')
S.rel('target', U, [s_e, s_ep], 'spending 104.04% of the adjusted budget (special transfers arrived after the adjustment): execution of a spending plan, not a goal')
S.rel('share', U, [s_i, s_r], 'the increase 2719 is 7.5% of this year\'s 36125; the stated 8.14% is on last year: wrong base, nothing to check')
a = ALT(SG, 1, s_tp, '83.12%', 'tax share 85.12 -> 83.12')
S.rel('share', I, [on(a, s_tax), on(a, s_r), on(a, s_tp, '83.12%')], 'altered: 30751/36125 = 85.12%, not 83.12 (breaks {B})')
a = ALT(SG, 2, s_i, '2119万元', 'revenue increase 2719 -> 2119')
S.rel('growth', I, [on(a, s_r), on(a, s_i, '2119万元'), on(a, s_g)], 'altered: 2119 on 34006 = 6.23%, not 8.14 (breaks {B})')

# ---- 潞城区 (长治, 山西) 2021 budget execution report
l_r = F(LC, '112991万元', n=0); l_r2 = F(LC, '112991万元', n=1)
inc_lc = [l_r, F(LC, '2333万元'), F(LC, '76059万元'), F(LC, '15652万元'), F(LC, '3071万元'), F(LC, '6180万元'), F(LC, '4031万元'), F(LC, '220317万元', n=0)]
exp_lc = [F(LC, '171557万元'), F(LC, '2706万元'), F(LC, '4189万元'), F(LC, '27483万元'), F(LC, '14382万元'), F(LC, '220317万元', n=1)]
S.rel('sum', C, inc_lc, '112991 + 2333 + 76059 + 15652 + 3071 + 6180 + 4031 = 220317')
S.rel('sum', C, exp_lc, '171557 + 2706 + 4189 + 27483 + 14382 = 220317')
S.rel('restatement', C, [inc_lc[-1], exp_lc[-1]], 'income total = spending total 220317 (收支平衡)')
S.rel('restatement', C, [l_r, l_r2], 'general budget revenue 112991 stated twice')
S.rel('target', M, [l_r2, F(LC, '131.55%')], 'revenue 131.55% of the budget set at the start of the year: met (the adjusted budget is not stated)')
S.rel('growth', U, [l_r2, F(LC, '38.13%')], 'revenue +38.13%: the 2020 level is not stated')
S.rel('sum', U, [inc_lc[1], inc_lc[2], inc_lc[3]], 'three kinds of transfers from above: no transfer total is stated')
a = ALT(LC, 1, inc_lc[2], '76359万元', 'general transfers 76059 -> 76359')
S.rel('sum', I, R(a, inc_lc, inc_lc[2], '76359万元'), 'altered: parts add to 220617, not 220317 (breaks {B})')
a = ALT(LC, 2, exp_lc[3], '27433万元', 'budget stabilisation fund set aside 27483 -> 27433')
S.rel('sum', I, R(a, exp_lc, exp_lc[3], '27433万元'), 'altered: parts add to 220267, not 220317 (breaks {B})')

# ---- 东湖区 (南昌, 江西) audit of 2022 district budget execution
d_b = F(DH, '15.39亿元', n=0); d_r = F(DH, '15.39亿元', n=1); d_ly = F(DH, '14.94亿元'); d_g = F(DH, '3.0%')
inc_dh = [d_r, F(DH, '13.36亿元'), F(DH, '2.05亿元'), F(DH, '0.05亿元'), F(DH, '0.87亿元'), F(DH, '0.67亿元'), F(DH, '32.39亿元')]
d_eb = F(DH, '26.93亿元'); d_e = F(DH, '24.98亿元'); d_ely = F(DH, '25.10亿元'); d_eg = F(DH, '0.5%')
exp_dh = [d_e, F(DH, '6.15亿元'), F(DH, '0.03亿元'), F(DH, '31.16亿元')]; d_bal = F(DH, '1.23亿元')
S.rel('sum', C, inc_dh, '15.39 + 13.36 + 2.05 + 0.05 + 0.87 + 0.67 = 32.39')
S.rel('sum', C, exp_dh, '24.98 + 6.15 + 0.03 = 31.16')
S.rel('sum', C, [inc_dh[-1], exp_dh[-1], d_bal], '32.39 - 31.16 = 1.23 carried over')
S.rel('growth', C, [d_r, d_ly, d_g], '15.39/14.94 = +3.0%')
S.rel('growth', C, [d_e, d_ely, d_eg], '24.98/25.10 = -0.48% -> 下降0.5%')
S.rel('target', M, [d_b, d_r], 'revenue budget 15.39亿, collected 15.39亿: met (100%)')
S.rel('target', MS, [d_eb, d_e], 'spending budget 26.93亿, spent 24.98亿 (92.8%): missed (below plan)')
S.rel('target', U, [d_eb, d_r], 'spending budget vs revenue collected: different indicators')
a = ALT(DH, 1, d_ly, '14.54亿元', 'last year revenue 14.94 -> 14.54')
S.rel('growth', I, [on(a, d_r), on(a, d_ly, '14.54亿元'), on(a, d_g)], 'altered: 15.39/14.54 = +5.8%, not 3.0 (breaks {B})')
a = ALT(DH, 2, exp_dh[1], '6.45亿元', 'payments to higher level 6.15 -> 6.45')
S.rel('sum', I, R(a, exp_dh, exp_dh[1], '6.45亿元'), 'altered: 24.98 + 6.45 + 0.03 = 31.46, not 31.16 (breaks {B})')
a = ALT(DH, 3, d_bal, '1.28亿元', 'carry-over 1.23 -> 1.28')
S.rel('sum', I, [on(a, inc_dh[-1]), on(a, exp_dh[-1]), on(a, d_bal, '1.28亿元')], 'altered: 32.39 - 31.16 = 1.23, not 1.28 (breaks {B})')

# ---- 蕉城区 (宁德, 福建) 2022 final accounts, spending notes (traditional)
j_e = F(JC, '459989萬元'); j_ei = F(JC, '42991萬元'); j_eg = F(JC, '10.3%'); j_ep = F(JC, '115.8%')
S.rel('growth', C, [j_e, j_ei, j_eg], '42991 on 416998 = 10.31%')
items = [('1087萬元', '204萬元', '23.1%', '204 on 883 = 23.10%'), ('805萬元', '187萬元', '30.3%', '187 on 618 = 30.26%'),
         ('18524萬元', '2484萬元', '11.8%', '2484 off 21008 = 11.82%'), ('2261萬元', '379萬元', '20.1%', '379 on 1882 = 20.14%'),
         ('2200萬元', '1100萬元', '33.3%', '1100 off 3300 = 33.33%'), ('95萬元', '4167萬元', '97.8%', '4167 off 4262 = 97.77%'),
         ('20萬元', '20萬元', '50%', '20 off 40 = 50%')]
jf = {}
for lv, ch, pc, why in items:
    if lv == '20萬元':
        f = [F(JC, lv, '海關事務'), F(JC, ch, '減支'), F(JC, pc, '下降')]
    else:
        f = [F(JC, lv), F(JC, ch), F(JC, pc)]
    jf[lv] = f
    S.rel('growth', C, f, why)
S.rel('growth', U, [F(JC, '?8639萬元'), F(JC, '5273萬元'), F(JC, '9.8%')], 'general public services: the level lost its leading digit in the stored text (?8639); not checkable as written (48639 would fit 9.8%)')
S.rel('target', U, [j_e, j_ep], 'spending 115.8% of the adjusted budget: over-execution of a spending plan, not a goal met')
S.rel('growth', U, [F(JC, '12萬元', n=0), F(JC, '12萬元', n=1)], 'Hong Kong/Macao/Taiwan affairs 12萬 with an increase of 12萬: no spending last year, no rate can be formed')
S.rel('restatement', U, [F(JC, '10萬元'), F(JC, '20萬元', '海關事務')], 'two small items (知識產權 10萬 持平, 海關 20萬): different indicators')
a = ALT(JC, 1, jf['1087萬元'][2], '28.1%', 'NPC affairs growth 23.1 -> 28.1')
S.rel('growth', I, [on(a, jf['1087萬元'][0]), on(a, jf['1087萬元'][1]), on(a, jf['1087萬元'][2], '28.1%')], 'altered: 204 on 883 = 23.1%, not 28.1 (breaks {B})')
a = ALT(JC, 2, jf['18524萬元'][1], '2434萬元', 'general office decrease 2484 -> 2434')
S.rel('growth', I, [on(a, jf['18524萬元'][0]), on(a, jf['18524萬元'][1], '2434萬元'), on(a, jf['18524萬元'][2])], 'altered: 2434 off 20958 = 11.6%, not 11.8 (breaks {B})')
a = ALT(JC, 3, j_ei, '42591萬元', 'spending increase 42991 -> 42591')
S.rel('growth', I, [on(a, j_e), on(a, j_ei, '42591萬元'), on(a, j_eg)], 'altered: 42591 on 417398 = 10.2%, not 10.3 (breaks {B})')

# ---- 重庆 2020 final accounts (municipality)
c_r = F(CQ20, '2095亿元'); c_tin = F(CQ20, '5895亿元', n=0); c_e = F(CQ20, '4894亿元'); c_tex = F(CQ20, '5895亿元', n=1)
c10 = F(CQ20, '10亿元'); c9 = F(CQ20, '9亿元'); c1 = F(CQ20, '1亿元', '增加'); c18 = F(CQ20, '18亿元'); c4 = F(CQ20, '4亿元', '增加')
c53 = F(CQ20, '53亿元'); c51 = F(CQ20, '51亿元'); c12 = F(CQ20, '12亿元')
t_ex = F(CQ20, '5885', '总计 | '); t_fin = F(CQ20, '5895', '总计 | 5885 | '); t_r = F(CQ20, '2095', post=' | 一、本级支出')
t_tax = F(CQ20, '1431', post=' | |||'); t_nt = F(CQ20, '664', post=' | |||'); t_tr = F(CQ20, '3800'); t_trx = F(CQ20, '3790')
rev20 = [c9, c1, c18, c10]; exp20 = [c53, c51, c12, c10]
S.rel('sum', C, rev20, 'income-side revisions: -9 + 1 + 18 = +10')
S.rel('sum', C, exp20, 'spending-side revisions: -53 + 51 + 12 = +10')
S.rel('sum', C, [t_ex, c10, t_fin], 'execution total 5885 + 10 = final 5895')
S.rel('sum', C, [t_tax, t_nt, t_r], 'table: tax 1431 + non-tax 664 = own revenue 2095')
S.rel('sum', C, [t_r, t_tr, t_fin], 'table: own revenue 2095 + transfers 3800 = 5895 (final)')
S.rel('sum', C, [F(CQ20, '2095', '本级收入 | '), t_trx, t_ex], 'table: 2095 + 3790 = 5885 (execution figures)')
S.rel('restatement', C, [c_tin, c_tex], 'income total = spending total 5895')
S.rel('restatement', C, [c_r, t_r], 'own revenue 2095 in the text and in the table')
S.rel('share', U, [c4, c18], 'city-level 4亿 is part of the 18亿 increase in transfers-in; no share is stated')
S.rel('growth', U, [c_r, F(CQ20, '1.9%')], 'revenue 2095 -1.9%: the 2019 level is not stated')
a = ALT(CQ20, 1, t_tr, '3860', 'table: transfers (final) 3800 -> 3860')
S.rel('sum', I, [F(a, '2095', post=' | 一、本级支出'), on(a, t_tr, '3860'), on(a, t_fin)], 'altered: 2095 + 3860 = 5955, not 5895 (breaks {B})')
a = ALT(CQ20, 2, c18, '16亿元', 'increase in transfers-in 18 -> 16')
S.rel('sum', I, R(a, rev20, c18, '16亿元'), 'altered: -9 + 1 + 16 = 8, not 10 (breaks {B})')
a = ALT(CQ20, 3, t_nt, '694', 'table: non-tax revenue (final) 664 -> 694')
S.rel('sum', I, [F(a, '1431', post=' | |||'), on(a, t_nt, '694'), F(a, '2095', post=' | 一、本级支出')], 'altered: 1431 + 694 = 2125, not 2095 (breaks {B})')

# ---- 重庆 2021 final accounts (the next year: restates the base)
q_r = F(CQ21, '2285亿元'); q_g = F(CQ21, '9.1%'); q_e = F(CQ21, '4835亿元'); q_eg = F(CQ21, '1.2%')
q27a = F(CQ21, '27亿元', n=0); q27b = F(CQ21, '27亿元', n=1); q5a = F(CQ21, '5亿元', '中央补助增加'); q17 = F(CQ21, '17亿元'); q5b = F(CQ21, '5亿元', '稳定调节基金增加')
rev21 = [q5a, q17, q5b, q27a]
S.rel('sum', C, rev21, 'income-side revisions: 5 + 17 + 5 = 27')
S.rel('restatement', C, [q27a, q27b], 'spending-side total revised by the same 27亿')
S.rel('restatement', C, [F(CQ21, '6297亿元', n=0), F(CQ21, '6297亿元', n=1)], 'income total = spending total 6297')
S.rel('growth', C, [c_r, q_r, q_g], '2020 final-accounts revenue 2095 -> 2021 2285 = +9.07% -> 9.1 (cross-document)')
S.rel('growth', C, [c_e, q_e, q_eg], '2020 spending 4894 -> 2021 4835 = -1.21% -> 下降1.2 (cross-document)')
S.rel('growth', U, [c_tin, F(CQ21, '6297亿元', n=0)], 'totals 5895 -> 6297 include transfers and debt; no rate is stated for them')
S.rel('growth', U, [F(CQ21, '2358亿元'), F(CQ21, '4.1%')], 'fund-budget revenue 2358 -4.1%: the 2020 fund revenue is in neither passage')
S.rel('restatement', U, [F(CQ20, '30%'), F(CQ21, '30%')], 'the 30% carry-over rule stated in both years: a rule, not a result')
a = ALT(CQ21, 1, q_r, '2235亿元', '2021 revenue 2285 -> 2235')
S.rel('growth', I, [c_r, on(a, q_r, '2235亿元'), on(a, q_g)], 'altered: 2095 -> 2235 is +6.7%, not 9.1 (breaks {B})')
a = ALT(CQ21, 2, q17, '19亿元', 'increase in transfers-in 17 -> 19')
S.rel('sum', I, R(a, rev21, q17, '19亿元'), 'altered: 5 + 19 + 5 = 29, not 27 (breaks {B})')
a = ALT(CQ21, 3, q_e, '4885亿元', '2021 spending 4835 -> 4885')
S.rel('growth', I, [c_e, on(a, q_e, '4885亿元'), on(a, q_eg)], 'altered: 4894 -> 4885 is -0.2%, not -1.2 (breaks {B})')

# ---- 沧州市 (河北) 2022 work report, 2021 review
z1 = F(CZ, '8', post=':41.5'); z2 = F(CZ, '41.5'); z3 = F(CZ, '50.5')
S.rel('sum', C, [z1, z2, z3], 'structure 8 + 41.5 + 50.5 = 100')
S.rel('share', U, [z3, F(CZ, '60%')], 'services 50.5% of GDP vs contribution to growth over 60%: contribution vs share')
S.rel('share', U, [F(CZ, '4家'), F(CZ, '122家')], 'four "little giant" firms are not a subset of the 122 new high-tech firms; no share stated')
S.rel('growth', U, [F(CZ, '7%', '增长'), F(CZ, '7.3%')], 'GDP +7% vs industry above scale +7.3%: different indicators')
S.rel('restatement', U, [b3, z2], '41.5: 双柏 tertiary share 2019 vs 沧州 secondary share 2021: other place, year and indicator')
S.rel('growth', U, [F(CZ, '7%', '增长'), F(NG, '7.5%')], '沧州 2021 GDP +7% vs 南宫 (a county-level city of 邢台) 2022 +7.5%: other place and year')
a = ALT(CZ, 1, z3, '51.5', 'tertiary share 50.5 -> 51.5')
S.rel('sum', I, [on(a, z1), on(a, z2), on(a, z3, '51.5')], 'altered: 8 + 41.5 + 51.5 = 101 (breaks {B})')

# ---- 达拉特旗 (鄂尔多斯, 内蒙古) 2003 statistical bulletin
g_t = F(DLT, '480710万元'); g1 = F(DLT, '98140万元'); g2 = F(DLT, '250748万元'); g3 = F(DLT, '131822万元')
gr = F(DLT, '12.5%'); gr1 = F(DLT, '4.9%'); gr2 = F(DLT, '15.1%'); gr3 = F(DLT, '13.3%')
p0 = [F(DLT, '21.4'), F(DLT, '52.9'), F(DLT, '25.7')]; p1 = [F(DLT, '20.4'), F(DLT, '52.2'), F(DLT, '27.4')]
sum_dlt = [g1, g2, g3, g_t]
S.rel('sum', C, sum_dlt, '98140 + 250748 + 131822 = 480710')
S.rel('share', C, [g1, g_t, p1[0]], '98140/480710 = 20.42% -> 20.4')
S.rel('share', C, [g2, g_t, p1[1]], '250748/480710 = 52.16% -> 52.2')
S.rel('share', C, [g3, g_t, p1[2]], '131822/480710 = 27.42% -> 27.4')
S.rel('sum', C, p0, 'last year structure 21.4 + 52.9 + 25.7 = 100')
S.rel('sum', C, p1, '2003 structure 20.4 + 52.2 + 27.4 = 100')
S.rel('rate', C, [p0[0], gr1, p0[1], gr2, p0[2], gr3, gr], 'real sector rates weighted by the stated 2002 structure: .214x4.9 + .529x15.1 + .257x13.3 = 12.45 -> 12.5 (judgement call, see ANNOTATION)')
S.rel('growth', C, [F(DLT, '14479元'), F(DLT, '1763元'), F(DLT, '13.9%')], 'per-capita GDP: 1763 on 12716 = 13.86% -> 13.9')
S.rel('growth', C, [F(DLT, '23700万公斤'), F(DLT, '1543万公斤'), F(DLT, '6.1%')], 'grain: 1543 off 25243 = 6.11%')
S.rel('sum', C, [F(DLT, '37', post=':30'), F(DLT, '30', post=':33'), F(DLT, '33', pre='30:')], 'crop structure 37 + 30 + 33 = 100')
S.rel('sum', U, [F(DLT, '1015万公斤'), F(DLT, '18075.5万公斤'), F(DLT, '23700万公斤')], 'wheat + maize = 19090.5 of 23700 grain: a subset (其中), not a split')
S.rel('sum', U, [F(DLT, '4万亩'), F(DLT, '30.7万亩'), F(DLT, '48万亩')], 'wheat + maize area 34.7 of 48万亩 grain: a subset, not a split')
S.rel('growth', U, [gr, F(DLT, '13.9%')], 'GDP +12.5% (real) vs per-capita +13.9% (nominal, from levels): different bases, population change not stated')
S.rel('growth', U, [F(DLT, '50.9%'), F(DLT, '57.4%')], 'wheat area -50.9% and output -57.4%: the yield change is implied, not stated')
a = ALT(DLT, 1, g2, '250148万元', 'secondary value added 250748 -> 250148')
S.rel('sum', I, R(a, sum_dlt, g2, '250148万元'), 'altered: parts add to 480110, not 480710 (breaks {B})')
S.rel('share', I, [on(a, g2, '250148万元'), on(a, g_t), on(a, p1[1])], 'altered: 250148/480710 = 52.04%, not 52.2 (breaks {B})')
a = ALT(DLT, 2, p1[2], '28.4', '2003 tertiary share 27.4 -> 28.4')
S.rel('share', I, [on(a, g3), on(a, g_t), on(a, p1[2], '28.4')], 'altered: 131822/480710 = 27.4%, not 28.4 (breaks {B})')
S.rel('sum', I, [on(a, p1[0]), on(a, p1[1]), on(a, p1[2], '28.4')], 'altered: 20.4 + 52.2 + 28.4 = 101 (breaks {B})')
a = ALT(DLT, 3, F(DLT, '1543万公斤'), '1343万公斤', 'grain decrease 1543 -> 1343')
S.rel('growth', I, [on(a, F(DLT, '23700万公斤')), on(a, F(DLT, '1543万公斤'), '1343万公斤'), on(a, F(DLT, '6.1%'))], 'altered: 1343 off 25043 = 5.4%, not 6.1 (breaks {B})')

# ---- 贵州 Q1-Q3 2021 fiscal revenue (news commentary, province)
y_t = F(GZ, '1398.99亿元', n=0); y_t2 = F(GZ, '1398.99亿元', n=1); y_ti = F(GZ, '136.12亿元'); y_tg = F(GZ, '10.8%', n=0); y_tg2 = F(GZ, '10.8%', n=1)
y_p = F(GZ, '434.9亿元', n=0); y_pi = F(GZ, '63.47亿元'); y_pg = F(GZ, '17.1%')
y_c = F(GZ, '964.09亿元'); y_ci = F(GZ, '72.64亿元'); y_cg = F(GZ, '8.1%')
sum_gz = [y_p, y_c, y_t]
S.rel('sum', C, sum_gz, 'province level 434.9 + cities/counties 964.09 = 1398.99')
S.rel('sum', C, [y_pi, y_ci, y_ti], '63.47 + 72.64 = 136.11, stated 136.12: inside the allowance')
S.rel('growth', C, [y_t, y_ti, y_tg], '136.12 on 1262.87 = 10.78% -> 10.8')
S.rel('growth', C, [y_p, y_pi, y_pg], '63.47 on 371.43 = 17.09% -> 17.1')
S.rel('growth', C, [y_c, y_ci, y_cg], '72.64 on 891.45 = 8.15% -> 8.1')
S.rel('restatement', C, [y_tg, y_tg2], 'provincial growth 10.8% stated twice')
S.rel('restatement', C, [y_p, F(GZ, '434.9亿元', n=1)], 'province-level revenue 434.9 stated twice')
S.rel('growth', U, [y_tg2, F(GZ, '15.63%')], '贵州 +10.8% vs national average +15.63%: other place; no gap is stated')
S.rel('sum', U, [F(GZ, '314.9亿元'), F(GZ, '203.06亿元'), y_c], '贵阳 and 遵义 are two of the cities and counties: not a split of 964.09')
S.rel('growth', U, [F(GZ, '9.9%'), y_cg], '贵阳 +9.9% vs all cities and counties +8.1%: a subset\'s rate, not a check')
a = ALT(GZ, 1, y_c, '968.09亿元', 'city/county revenue 964.09 -> 968.09')
S.rel('sum', I, R(a, sum_gz, y_c, '968.09亿元'), 'altered: 434.9 + 968.09 = 1402.99, not 1398.99 (breaks {B})')
a = ALT(GZ, 2, y_pg, '19.1%', 'province-level growth 17.1 -> 19.1')
S.rel('growth', I, [on(a, y_p), on(a, y_pi), on(a, y_pg, '19.1%')], 'altered: 63.47 on 371.43 = 17.1%, not 19.1 (breaks {B})')
a = ALT(GZ, 3, y_tg2, '10.3%', 'second statement of provincial growth 10.8 -> 10.3')
S.rel('restatement', I, [on(a, y_tg), on(a, y_tg2, '10.3%')], 'altered: 10.8% vs 10.3% (breaks {B})')

# ---- cross-document traps
S.rel('target', U, [d_b, l_r], '东湖区 2022 revenue budget 15.39亿 vs 潞城区 2021 revenue 112991万: other place and year')
S.rel('share', U, [fxp, z_tp], 'tax shares 66.19% (unnamed city, Jan-Apr 2022) and 63.7% (湛江 2020): other place and period')
S.rel('growth', U, [y_t, q_r], '贵州 Q1-Q3 2021 revenue vs 重庆 full-year 2021 revenue: other place and period')

# ---- further traps (added after a first count)
S.rel('growth', U, [fli, fxi], 'local revenue +2546 while tax +10304: non-tax fell by about 7758, implied, not stated')
S.rel('share', U, [k_e, k_et], 'spending 966582 is 95.7% of the spending total: no share is stated')
S.rel('growth', U, [k_ly, k_bal], 'balance brought forward 38962 vs balance carried to next year 1289: two different years\' balances, no change stated')
S.rel('restatement', U, [z_bp, z_ep], 'revenue 105.9% and spending 107.8% of budget: different indicators')
S.rel('share', U, [s_e, s_r], 'spending 108847 vs own revenue 36125: no ratio stated (the gap is financed by transfers)')
S.rel('share', U, [l_r2, inc_lc[-1]], 'own revenue is 51% of the income total: no share stated')
S.rel('target', U, [d_eb, exp_dh[-1]], 'spending budget 26.93 covers general-budget spending only; 31.16 adds payments up and debt repayment: other scope')
S.rel('sum', U, [jf['1087萬元'][0], jf['805萬元'][0], jf['18524萬元'][0], jf['2261萬元'][0], jf['2200萬元'][0], jf['95萬元'][0], jf['20萬元'][0], F(JC, '?8639萬元')], 'some sub-items of general public services vs a total whose leading digit is lost; the list also runs past the cut: not checkable')
S.rel('growth', U, [c_e, F(CQ20, '1%', '增长')], 'spending 4894 +1%: the 2019 level is not stated')
S.rel('growth', U, [F(CQ20, '1.9%'), q_g], '2020 revenue -1.9% and 2021 +9.1%: no two-year change is stated')
S.rel('growth', U, [F(CZ, '8.8%'), F(CZ, '5%', '8.8%、'), F(CZ, '6%', '5%、')], 'revenue +8.8%, investment +5%, retail sales +6%: three indicators listed together')
S.rel('rate', U, [F(DLT, '48万亩'), F(DLT, '23700万公斤')], 'grain yield (about 494 kg/亩) is not stated: nothing to check')
S.rel('growth', U, [p0[0], p1[0]], 'primary share 21.4 -> 20.4: the 1.0-point fall is not stated')
S.rel('share', U, [y_p, y_t], 'province-level revenue is 31.1% of the total: no share stated')
S.rel('growth', U, [F(SB, '3.35亿元'), F(SB, '5%', '增长')], 'revenue 3.35亿 +5%: the 2018 level is not stated')
S.rel('growth', U, [ftg, y_tg], 'revenue growth of an unnamed city (Jan-Apr 2022) vs 贵州 (Q1-Q3 2021): other place and period')
S.rel('restatement', U, [F(NG, '8.1%'), y_cg], '8.1%: 南宫 2022 investment vs 贵州 cities/counties 2021 revenue: other place, year and indicator')

# ---- 内蒙古 1959 (People's Daily 1959-05-15, 12 years of the autonomous region)
m12a = F('nmg_1959.txt', '十二年', post=' 工农牧业'); m12b = F('nmg_1959.txt', '十二年', post='来')
S.rel('restatement', C, [m12a, m12b], '"十二年" of autonomy in the headline and in the body (1947-05-01 to 1959-05-01)')
S.rel('growth', U, [F('nmg_1959.txt', '四倍以上'), F('nmg_1959.txt', '二点四倍')], 'industry+agriculture output "增加了四倍以上" (x5+) vs grain "增加了二点四倍" (x3.4): different indicators, 1947 levels not stated')
S.rel('growth', U, [F('nmg_1959.txt', '将近两倍'), F('nmg_1959.txt', '二千四百多万头')], 'livestock up nearly two-fold (x~3) to 24 million+: the 1947 herd is not stated (about 8 million would be implied)')
S.rel('restatement', U, [F('nmg_1959.txt', '八万多吨'), F('nmg_1959.txt', '一万多吨')], 'iron 8万多吨 vs steel 1万多吨 in 1958: different products')
a = ALT('nmg_1959.txt', 1, m12a, '十三年', 'headline: years of autonomy 十二 -> 十三')
S.rel('restatement', I, [on(a, m12a, '十三年'), on(a, m12b)], 'altered: 十三年 in the headline vs 十二年 in the body (breaks {B})')
for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

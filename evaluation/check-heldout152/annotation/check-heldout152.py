"""Check key, set check-heldout152. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout152.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout152'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


CH='tw_chw2026.txt'; ML='tw_mli2026.txt'; NA='tw_nt2026a.txt'; NB='tw_nt2026b.txt'; PH='tw_ph2023.txt'
KP='tw_ks2026p.txt'; KN='tw_ks2026n.txt'; KF='tw_ks2026f.txt'; T11='tw_2011t.txt'; TS='tw_2013s.txt'; TT='tw_2013t.txt'; T87='tw_1987.txt'
Y99='hk_yb1999.txt'; Y03='hk_yb2003.txt'; HB='hk_2004b.txt'; H10='hk_tr10.txt'; H11='hk_tr11.txt'; MX='mo_2020x.txt'; MT='mo_tr7.txt'

# ---- 彰化縣 2026 budget (自由時報); real error: 704.9 + 3.7 ≠ 707.9
ch_r = F(CH, '約656億元'); ch_e = F(CH, '707億元', pre='歲出'); ch_d = F(CH, '約51億元'); ch_rp = F(CH, '約85億元'); ch_f = F(CH, '約137億元')
ch_r2 = F(CH, '656.2億元'); ch_e2 = F(CH, '707.9億元'); ch_e0 = F(CH, '704.9億元'); ch_inc = F(CH, '3.7億元')
ch_g = F(CH, '約202億元'); ch_g2 = F(CH, '202億', pre='收入卻減少'); ch_t = F(CH, '172億元'); ch_t2 = F(CH, '174億')
sum_ch1 = [ch_r, ch_d, ch_e]; sum_ch2 = [ch_d, ch_rp, ch_f]; rs_chr = [ch_r, ch_r2]
S.rel('sum', C, sum_ch1, '彰化縣 2026: revenue 約656 + shortfall 約51 = spending 707億')
S.rel('sum', C, sum_ch2, 'shortfall 約51 + debt repayment 約85 = 136 → financing 約137億 (inside the allowances of three rounded figures; 707.9 − 656.2 = 51.7, + 85 = 136.7)')
S.rel('restatement', C, rs_chr, 'revenue 約656億 in the lead restated as 656.2億 in the body')
S.rel('sum', I, [ch_e0, ch_inc, ch_e2], 'real error: 704.9 + 3.7 = 708.6, not 707.9 (707.9 − 704.9 = 3.0, which fits the lead’s “約3億多元”); the 3.7 (or the 704.9) is wrong in the original')
S.rel('restatement', C, [ch_g, ch_g2], 'the cut in central grants 約202億 (budget office) restated as 202億 by a councillor')
S.rel('restatement', U, [ch_t, ch_t2], 'budgeted 統籌分配稅 +172億 (revenue line) and the councillor’s “統籌分配款增加174億”: two sources and scopes (budget line vs allocation); not the same figure')
S.rel('sum', U, [ch_g, ch_t, F(CH, '23.1億元')], 'grants −202 and 統籌分配稅 +172 give −30, not the revenue cut 23.1: other revenue items also change; not a split')
S.rel('restatement', C, [F(CH, '突破700億元'), ch_e2], 'spending “突破700億元” against 707.9億: a lower bound, consistent')
S.rel('share', U, [F(CH, '約40億元'), F(CH, '約3000元')], 'debt per resident 約3000元 from debt 約40億 needs the population, which the text does not state')
S.rel('growth', U, [F(CH, '500.9億元'), ch_e2], '2019 spending 500.9億 against 2026 707.9億: no rate or change stated; nothing to check')

# ---- 苗栗縣 2026 budget (中時); real errors: lead 24.85 for revenue; 128.94 + 115.34 ≠ 196.47
ml_r = F(ML, '304.42億元', n=1); ml_e = F(ML, '302.12億元', n=1); ml_ri_lead = F(ML, '24.85億元', n=0); ml_ei = F(ML, '24.85億元', n=1)
ml_e0 = F(ML, '277.27億元'); ml_r0 = F(ML, '279.61億元'); ml_ri = F(ML, '24.81億元'); ml_ge = F(ML, '8.96％'); ml_gr = F(ML, '8.87％')
ml_t = F(ML, '196.47億'); ml_t0 = F(ML, '128.94億元'); ml_ti = F(ML, '115.34億元')
ml_s = F(ML, '50.48億', pre='補助及協助收入編列'); ml_s1 = F(ML, '17.56億元'); ml_s2 = F(ML, '32.91億元'); ml_sh = F(ML, '16.58％')
ml_sl = F(ML, '50.48億元', n=0); ml_s0l = F(ML, '141.68億元', n=0); ml_dl = F(ML, '91.2億元', n=0); ml_d = F(ML, '91.2億元', n=1)
ml_b = F(ML, '84億7,000 萬元'); ml_rp = F(ML, '87 億元')
sum_mle = [ml_e0, ml_ei, ml_e]; gr_mle = [ml_ei, ml_e0, ml_ge]; sum_mlr = [ml_r0, ml_ri, ml_r]; gr_mlr = [ml_ri, ml_r0, ml_gr]
sum_mls = [ml_s1, ml_s2, ml_s]; sh_mls = [ml_s, ml_r, ml_sh]; sum_mll = [ml_sl, ml_dl, ml_s0l]; sum_mlb = [ml_r, ml_b, ml_e, ml_rp]
S.rel('restatement', I, [ml_ri_lead, ml_ri], 'real error: the lead says revenue rose 24.85億, the body 24.81億 (304.42 − 279.61 = 24.81); 24.85 is the spending increase')
S.rel('sum', C, sum_mle, 'spending: 277.27 + 24.85 = 302.12億')
S.rel('growth', C, gr_mle, 'spending +24.85 / 277.27 = +8.96%')
S.rel('sum', C, sum_mlr, 'revenue: 279.61 + 24.81 = 304.42億')
S.rel('growth', C, gr_mlr, 'revenue +24.81 / 279.61 = +8.87%')
S.rel('sum', I, [ml_t0, ml_ti, ml_t], 'real error: 統籌分配稅 128.94 + 115.34 = 244.28, not 196.47 (196.47 − 128.94 = 67.53)')
S.rel('sum', C, sum_mls, 'grants: general 17.56 + project 32.91 = 50.47 ≈ 50.48億 (inside the rounding)')
S.rel('share', C, sh_mls, 'grants 50.48 / revenue 304.42 = 16.58%')
S.rel('sum', C, sum_mll, 'lead: grants 50.48 + cut 91.2 = 141.68億 (last year)')
S.rel('restatement', C, [ml_dl, ml_d], 'the grant cut 91.2億 in the lead and in the body')
S.rel('sum', C, sum_mlb, 'budget identity: revenue 304.42 + borrowing 84.70 = 389.12 = spending 302.12 + repayment 87億')
S.rel('sum', U, [ml_t, ml_s, ml_r], '統籌分配稅 196.47 + grants 50.48 = 246.95 is not the revenue 304.42: taxes and other sources are not listed; not a split')
S.rel('sum', U, [ml_ti, ml_d, ml_ri], '“一來一往”: +115.34 − 91.2 = 24.14 is not the revenue increase 24.81: other items move too; not a split (and 115.34 is itself wrong)')

# ---- 南投縣 2026: September compilation (a) and October first reading (b); real errors in (b)
na_t = F(NA, '三五一億七八八四萬二千元'); na_ri = F(NA, '六億七百萬九千元'); na_ei = F(NA, '十八億九○七五萬五千元')
na_1 = F(NA, '二七九億元'); na_2 = F(NA, '二八九億元'); na_d = F(NA, '十億元', pre='增加'); na_17 = F(NA, '十七億元')
nb_cap = F(NB, '351.88億元'); nb_t1 = F(NB, '三五一．七八億餘元', n=0); nb_t = F(NB, '三五一．七八億餘元', n=1)
nb_ri = F(NB, '六．七億餘元'); nb_gr = F(NB, '一．七六％'); nb_ei = F(NB, '十八．九億餘元'); nb_ge = F(NB, '五．六八％'); nb_debt = F(NB, '十七．五億餘元')
sum_na = [na_1, na_d, na_2]; gr_nbe = [nb_ei, nb_t, nb_ge]; rs_nae = [na_ei, nb_ei]; gr_nx = [na_ri, na_t, nb_gr]
S.rel('sum', C, sum_na, '南投縣 transfers (統籌分配 and grants): 279 + 10 = 289億')
S.rel('sum', U, [na_17, na_1], '“114年度比113年度多十七億元”: the 113 total is not stated; nothing to check')
S.rel('restatement', I, [nb_cap, nb_t1], 'real error: the photo caption says 351.88億, the body 351.78億 (and the September report 351億7884萬)')
S.rel('growth', C, gr_nbe, 'spending +18.9 / (351.78 − 18.9 = 332.88) = +5.68%')
S.rel('growth', I, [nb_ri, nb_t, nb_gr], 'real error: +6.7 / (351.78 − 6.7) = +1.94%, not 1.76%; the September report’s increase is 6億0700萬 (6.07), which gives 1.76%')
S.rel('restatement', C, [na_t, nb_t1], 'cross-document: 351億7884萬2千元 (September) = 351.78億 (October)')
S.rel('restatement', I, [na_ri, nb_ri], 'real error (cross-document): “六億七百萬九千元” is 6.07億; the October report reads it as 6.7億')
S.rel('restatement', C, rs_nae, 'cross-document: spending increase 18億9075萬 = 18.9億')
S.rel('growth', C, gr_nx, 'cross-document: revenue +6.07009 / (351.78842 − 6.07009) = +1.756% → the October “1.76%”')
S.rel('restatement', U, [na_17, nb_debt], '十七億 (transfers 114 over 113) and 十七．五億 (debt repaid by October): other indicators; no relation')

# ---- 澎湖縣 2023 budget; real error: last year's spending printed 1271162,000 (a digit dropped)
ph_r = F(PH, '1089,0827,000元'); ph_r0 = F(PH, '1172,1955,000元'); ph_rd = F(PH, '83,1128,000元'); ph_rg = F(PH, '7.09%')
ph_e = F(PH, '1184,3693,000元'); ph_e0 = F(PH, '1271162,000元'); ph_ed = F(PH, '85,7469,000元'); ph_eg = F(PH, '6.75%'); ph_d = F(PH, '95,2866,000元')
sum_phr = [ph_r0, ph_rd, ph_r]; gr_phr = [ph_rd, ph_r0, ph_rg]; gr_phe = [ph_ed, ph_e, ph_eg]; sum_phd = [ph_r, ph_d, ph_e]
sum_phf1 = [F(PH, '18,4055,000元'), F(PH, '33,4337,000元'), F(PH, '15,0282,000元')]; sum_phf2 = [F(PH, '314,5876,000元'), F(PH, '318,6205,000元'), F(PH, '4,0329,000元')]
S.rel('sum', C, sum_phr, '澎湖縣 revenue: 117.21955億 − 8.31128億 = 108.90827億')
S.rel('growth', C, gr_phr, 'revenue cut 8.31128 / 117.21955 = 7.09%')
S.rel('sum', I, [ph_e0, ph_ed, ph_e], 'real error: last year’s spending is printed 1271162,000 (12.7億), below this year’s 118.4億 though spending “減少”; 1270,1162,000 − 85,7469,000 = 1184,3693,000 (a digit dropped)')
S.rel('growth', C, gr_phe, 'spending cut 8.57469 / (118.43693 + 8.57469) = 6.75%')
S.rel('sum', C, sum_phd, 'shortfall: 118.43693 − 108.90827 = 9.52866億')
S.rel('sum', C, sum_phf1, 'two enterprise funds: income 1.84055 − cost 3.34337 = −1.50282億')
S.rel('sum', C, sum_phf2, 'eight non-enterprise funds: income 31.45876 − spending 31.86205 = −0.40329億')
S.rel('sum', U, [F(PH, '15,0282,000元'), F(PH, '4,0329,000元'), ph_d], 'the funds’ shortfalls (attached budgets) are not part of the general budget’s shortfall 9.52866億; other accounts')

# ---- 高雄市 2026: proposal (自由時報), the mayor's report (NOWnews), budget as passed (Yahoo)
kp_r = F(KP, '1930.41億元', n=1); kp_e = F(KP, '1980.22億元', n=1); kp_d = F(KP, '49.81億元', n=1); kp_rp = F(KP, '62億元'); kp_b = F(KP, '111.81億元')
kp_n = F(KP, '49.81億元', n=2); kp_cap = F(KP, '21.03％'); kp_so = F(KP, '391.04億元'); kp_ec = F(KP, '351.56億元')
sum_kp1 = [kp_r, kp_d, kp_e]; sum_kp2 = [kp_rp, kp_n, kp_b]; sh_kps = [kp_so, kp_e, F(KP, '19.75％')]; sh_kpe = [kp_ec, kp_e, F(KP, '17.75％')]
S.rel('sum', C, sum_kp1, '高雄 2026 proposal: revenue 1930.41 + shortfall 49.81 = spending 1980.22億')
S.rel('sum', C, sum_kp2, 'repayment 62 + net borrowing 49.81 = borrowing 111.81億')
S.rel('restatement', C, [F(KP, '1930.41億元', n=0), kp_r], 'revenue 1930.41億 in the lead and the body')
S.rel('share', C, sh_kps, 'social welfare 391.04 / 1980.22 = 19.75%')
S.rel('share', C, sh_kpe, 'economic development 351.56 / 1980.22 = 17.75%')
S.rel('sum', U, [F(KP, '34.11％', n=1), F(KP, '19.75％'), F(KP, '17.75％')], 'the three largest functions (71.61%): the others are not listed; not meant to reach 100')
S.rel('growth', U, [F(KP, '201億元'), kp_n], 'restricted debt cut by 201億 from August 2020 to June 2025 against the 2026 net borrowing 49.81: other periods; no relation')
kn_e = F(KN, '1980.22億元'); kn_t = F(KN, '2042.22億'); kn_i = F(KN, '57.2億元'); kn_p = [F(KN, '136億'), F(KN, '193億'), F(KN, '103億')]; kn_432 = F(KN, '432億')
kn_258 = F(KN, '258億', n=1); kn_174 = F(KN, '174億', n=1)
sum_kn1 = [kn_e, F(KN, '62億'), kn_t]; gr_kn = [kn_i, kn_t, F(KN, '2.88%')]; sum_kn2 = kn_p + [kn_432]; sum_kn3 = [kn_432, kn_258, kn_174]
S.rel('sum', C, sum_kn1, 'NOWnews: spending 1980.22 + repayment 62 = 2042.22億')
S.rel('growth', C, gr_kn, '+57.2 / (2042.22 − 57.2 = 1985.02) = +2.88%')
S.rel('restatement', C, [F(KN, '2042億元'), kn_t], '“首度破2千億、達2042億元” = 2042.22億')
S.rel('sum', C, sum_kn2, 'losses: general grants 136 + project grants 193 + MRT 103 = 432億')
S.rel('sum', C, sum_kn3, '432 lost − 258 gained = 174億 net loss')
S.rel('growth', U, [F(KN, '21.03%'), F(KN, '1.23%')], 'capital share 21.03% “較去年增加了1.23%”: last year’s share is not stated (and the 1.23 are points); nothing to check')
S.rel('growth', U, [F(KN, '49.8億'), F(KN, '2.19億')], 'net borrowing 49.8 “較上年度減少了2.19億”: last year’s figure is not stated; nothing to check')
S.rel('restatement', C, [kp_n, F(KN, '49.8億')], 'cross-document: net borrowing 49.81億 (自由時報) = 49.8億 (NOWnews)')
S.rel('restatement', C, [kp_cap, F(KN, '21.03%')], 'cross-document: capital share 21.03% in both')
kf_r = F(KF, '1,929億6,554萬4千元'); kf_b = F(KF, '110億5,795萬8千元'); kf_e = F(KF, '1,978億2,350萬2千元'); kf_rp = F(KF, '62億元')
kf_cr = F(KF, '7,529萬7千元', n=1); kf_cb = F(KF, '1億2,337萬6千元', n=1); kf_ce = F(KF, '1億9,867萬3千元', n=1); kf_ce0 = F(KF, '1億9,867萬3千元', n=0)
sum_kf = [kf_r, kf_b, kf_e, kf_rp]; sum_kfc = [kf_cr, kf_cb, kf_ce]; rs_kfc = [kf_ce0, kf_ce]
x_kr = [kp_r, kf_cr, kf_r]; x_ke = [kp_e, kf_ce, kf_e]; x_kb = [kp_b, kf_cb, kf_b]
S.rel('sum', C, sum_kf, 'passed budget: revenue 1929.65544 + borrowing 110.57958 = 2040.23502 = spending 1978.23502 + repayment 62億')
S.rel('sum', C, sum_kfc, 'cuts balance: revenue −0.75297 + borrowing −1.23376 = spending −1.98673億')
S.rel('restatement', C, rs_kfc, 'spending cut 1億9,867萬3千 in the lead and the body')
S.rel('sum', U, [F(KF, '1億1,500萬元'), F(KF, '5,500萬元'), F(KF, '641萬5千元'), F(KF, '500萬元', pre='國家賠償準備'), F(KF, '268萬9千元'), F(KF, '250萬元'), kf_ce],
      'the six named spending cuts (1.866億) are the main ones (“等”), not the whole 1.98673億')
S.rel('sum', U, [F(KF, '6,000萬元'), F(KF, '3,382萬元'), F(KF, '701萬5千元'), F(KF, '2,292萬元'), F(KF, '500萬元', pre='使用費'), kf_cr],
      'named revenue cuts and additions (net 7,291.5萬) are the main items (“等”), not the whole net cut 7,529.7萬')
S.rel('restatement', U, [F(KF, '500萬元', pre='使用費'), F(KF, '500萬元', pre='國家賠償準備')], 'two 500萬 items: a revenue addition (duct fees) and a spending cut (state compensation); same number, other items')
S.rel('sum', C, x_kr, 'cross-document: proposed revenue 1930.41 − net cut 0.75297 = 1929.65544 (passed); 1929.65544 + 0.75297 = 1930.408 → 1930.41')
S.rel('sum', C, x_ke, 'cross-document: proposed spending 1980.22 − 1.98673 = 1978.23502 (passed)')
S.rel('sum', C, x_kb, 'cross-document: proposed borrowing 111.81 − 1.23376 = 110.57958 (passed)')
S.rel('sum', U, [kp_d, kf_r, kf_e], 'cross-document: the proposal’s shortfall 49.81 against the passed budget (1978.24 − 1929.66 = 48.57): other stage; the passed shortfall is not stated')
S.rel('restatement', C, [kp_rp, kf_rp], 'cross-document: debt repayment 62億 unchanged by the council')

# ---- 臺灣 national: 2011 targets (新頭殼), 主計總處 release of 2013-11-29, 2013 targets (MoneyDJ), 1987 abstract of the 1986-89 plan
t11_g = F(T11, '4.82%'); t11_u = F(T11, '4.9%'); t11_p = F(T11, '2%', pre='不超過')
ts_11 = F(TS, '4.19%'); ts_12 = F(TS, '1.48%'); ts_y = F(TS, '1.74%', n=1); ts_y14 = F(TS, '2.59%', n=1)
gr_ts1 = [ts_y, F(TS, '2.31%'), F(TS, '0.57個百分點')]; gr_ts2 = [ts_y14, F(TS, '3.37%'), F(TS, '0.78個百分點')]
rs_ts1 = [F(TS, '1.74%', n=0), ts_y]; rs_ts2 = [F(TS, '1.66%', n=0), F(TS, '1.66%', n=1)]
S.rel('growth', C, gr_ts1, '2013 forecast 1.74% = August 2.31% − 0.57 points')
S.rel('growth', C, gr_ts2, '2014 forecast 2.59% = August 3.37% − 0.78 points')
S.rel('restatement', C, rs_ts1, '2013 forecast 1.74% in the title and the body')
S.rel('restatement', C, rs_ts2, 'Q3 yoy 1.66% in the title and the body')
S.rel('rate', U, [F(TS, '1.44%'), F(TS, '2.69%'), F(TS, '1.66%', n=1), F(TS, '1.22%'), ts_y], 'the year’s 1.74% is not the mean of the quarters (1.75): quarterly weights are not stated; nothing to check')
S.rel('restatement', U, [F(TS, '1.66%', n=1), F(TS, '1.58%')], 'Q3 preliminary 1.66% against the October advance estimate 1.58%: a revision, not a restatement')
S.rel('restatement', U, [ts_11, F(TS, '4.07%')], '2011 revised 4.19% against the earlier 4.07%: a revision; no difference stated')
tt_g = F(TT, '3.8%', n=2); tt_f = F(TT, '3.15%', n=2)
S.rel('growth', C, [tt_g, tt_f, F(TT, '0.65個百分點')], '2013 goal 3.8% − forecast 3.15% = 0.65 points')
S.rel('restatement', C, [F(TT, '3.8%', n=0), F(TT, '3.8%', n=1)], '2013 growth goal 3.8% in the lead and the plan paragraph')
S.rel('restatement', U, [F(TT, '4.5%'), F(TT, '3.8%', n=1)], 'the 2013-2016 average goal 4.5% and the 2013 goal 3.8%: other periods')
S.rel('restatement', U, [F(TT, '4.1%'), F(TT, '3.9%')], 'unemployment goals 4.1% (2013) and 3.9% (2016): other years')
S.rel('rate', U, [F(T87, '1.3%'), F(T87, '6.1%'), F(T87, '7.5%'), F(T87, '6.5%')], '1987 abstract: sector goals 1.3 / 6.1 / 7.5% against the overall 6.5%: sector weights are not stated')
S.rel('growth', U, [F(T87, '6.7%'), F(T87, '9.5%'), F(T87, '6.5%')], 'growth of goods and services trade (6.7%, 9.5%) against GDP 6.5%: other indicators')
# targets
S.rel('target', MS, [t11_g, ts_11], 'cross-document: the 2011 goal 4.82% (國家建設計畫, December 2010) against the 2011 result 4.19% (revised, 主計總處 2013): missed')
S.rel('target', CT, [F(TT, '3.8%', n=1), ts_y], 'cross-document: the 2013 goal 3.8% against 1.74%, a forecast made in November 2013 (the year not over): cannot tell')
S.rel('target', CT, [F(TT, '2萬1,412美元'), F(TS, '2萬850美元')], 'cross-document: 2013 per-capita GDP goal 21,412 USD against the November forecast 20,850: the year not over; cannot tell')
S.rel('target', CT, [F(TT, '2.0%', n=0), F(TS, '0.94%')], 'cross-document: 2013 CPI “不超過2.0%” against the November forecast 0.94%: the year not over; cannot tell')
S.rel('target', U, [tt_g, tt_f], 'the goal 3.8% against 主計總處’s forecast 3.15%: a forecast is not a result')
S.rel('target', U, [t11_g, ts_12], 'cross-document: the 2011 goal against the 2012 growth 1.48%: other year')
S.rel('target', U, [F(TT, '3.8%', n=1), ts_y14], 'cross-document: the 2013 goal against the 2014 forecast 2.59%: other year')
S.rel('target', U, [t11_p, F(TS, '1.21%')], 'cross-document: the 2011 CPI goal (不超過2%) against the 2014 CPI forecast 1.21%: other year')
S.rel('target', U, [F(T87, '6.5%'), ts_11], 'cross-document: the 1986-89 plan’s 6.5% a year against 2011 growth 4.19%: other period')

# ---- 香港 yearbooks 1999 and 2003 (revenue tables) and the 2004-05 budget medium range forecast
def yb(doc, t, n=0, pre=''): return F(doc, t, pre=pre, n=n)
y99_op = [yb(Y99, '75,746'), yb(Y99, '7,698'), yb(Y99, '3,614'), yb(Y99, '23,404'), yb(Y99, '2,237'), yb(Y99, '1,286'), yb(Y99, '1,333'), yb(Y99, '8,335'),
          yb(Y99, '6,517'), yb(Y99, '1,087'), yb(Y99, '198'), yb(Y99, '2,415'), yb(Y99, '700'), yb(Y99, '10,565'), yb(Y99, '21,568'), yb(Y99, '10,080'), yb(Y99, '176,783')]
sum_y99 = y99_op
S.rel('sum', C, sum_y99, '香港 1998-99 operating revenue: the sixteen items (HK$ million) sum to 176,783')
tot = [(yb(Y99, '204,408'), yb(Y99, '76,818'), yb(Y99, '281,226')), (yb(Y99, '176,783'), yb(Y99, '39,332'), yb(Y99, '216,115')), (yb(Y99, '171,986'), yb(Y99, '57,336'), yb(Y99, '229,322'))]
sum_y99t = [list(x) for x in tot]
for yr, x in zip(['1997-98', '1998-99', '1999-2000'], sum_y99t):
    S.rel('sum', C, x, f'{yr}: operating + non-recurrent revenue = total government revenue')
S.rel('sum', U, [yb(Y99, '23', pre='的 士 牌 費 '), yb(Y99, '242'), yb(Y99, '17,864')], 'one-value rows (taxi licences 23, innovation fund 242, land transactions 17,864): their year is set by the column layout only; no relation among them')
y03_02 = [yb(Y03, t) for t in ['73,028', '6,620', '8,923', '19,464', '2,510', '1,726', '843', '8,015', '4,405', '225', '1,458', '385', '9,687', '2,766', '13,281', '153,336']]
y03_03 = [yb(Y03, t) for t in ['78,080', '6,539', '11,131', '22,595', '2,712', '1,654', '822', '7,708', '3,212', '207', '2,093', '550', '10,369', '5,886', '17,150', '170,708']]
S.rel('sum', C, y03_02, '2002-03 operating revenue: the fifteen items sum to 153,336')
S.rel('sum', C, y03_03, '2003-04 revised estimate: the fifteen items sum to 170,708')
rs_y1 = [yb(Y99, '176,783'), yb(Y03, '176,783')]; rs_y2 = [yb(Y99, '23,404'), yb(Y03, '23,404')]
S.rel('restatement', C, rs_y1, 'cross-document: 1998-99 operating revenue 176,783 in the 1999 and the 2003 yearbooks')
S.rel('restatement', C, rs_y2, 'cross-document: 1998-99 internal revenue 23,404 in both yearbooks')
S.rel('restatement', C, [yb(Y99, '75,746'), yb(Y03, '75,746')], 'cross-document: 1998-99 income and profits tax 75,746 in both')
S.rel('restatement', C, [yb(Y99, '21,568'), yb(Y03, '21,568')], 'cross-document: 1998-99 interest (1999: “利息”) = investment income of the general revenue account (2003) 21,568')
S.rel('restatement', U, [yb(Y99, '171,986'), yb(Y03, '170,708')], 'cross-document: operating revenue 171,986 (1999-2000 revised) and 170,708 (2003-04 revised): other years')
S.rel('restatement', U, [yb(Y99, '6,517'), yb(Y99, '6,258')], 'reimbursements 6,517 (1998-99) and rates 6,258 (1997-98): look alike, other rows and years')
b = lambda t, **k: F(HB, t, **k)
hb_or, hb_oe, hb_od = b('1,656'), b('2,122'), b('(466)'); hb_nr, hb_ne, hb_nd = b('379'), b('534'), b('(155)')
hb_nd2 = b('40', post=' 35'); hb_c1 = b('(621)'); hb_c2 = b('(426)'); hb_52 = b('(52)'); hb_112 = b('112'); hb_60 = b('60', pre='\n\n', post='\n\n \n\n0.4%')
hb_rv = [b('2,238'), b('1,874'), b('1,556'), b('1,524'), b('1,584')]; hb_cc = [b('(364)'), b('(318)'), b('(32)')]
sum_hb1 = [hb_or, hb_oe, hb_od]; sum_hb2 = [hb_nr, hb_ne, hb_nd]; sum_hb3 = [hb_nd, b('200', pre='\n\n', post='\n\n5'), b('5', pre='\n\n', post='\n\n \n\n-'), hb_nd2]
sum_hb4 = [hb_od, hb_nd, hb_c1]; sum_hb5 = [hb_od, hb_nd2, hb_c2]; sum_hb6 = [hb_52, hb_112, hb_60]
sum_hbr = [[hb_rv[0], hb_cc[0], hb_rv[1]], [hb_rv[1], hb_cc[1], hb_rv[2]], [hb_rv[2], hb_cc[2], hb_rv[3]], [hb_rv[3], hb_60, hb_rv[4]]]
S.rel('sum', C, sum_hb1, '香港 2004-05: operating revenue 1,656 − operating expenditure 2,122 = deficit 466億')
S.rel('sum', C, [b('1,948'), b('2,000'), hb_52], '2008-09: 1,948 − 2,000 = deficit 52億')
S.rel('sum', C, sum_hb2, '2004-05: non-operating revenue 379 − expenditure 534 = deficit 155')
S.rel('sum', C, [b('568'), b('523'), b('45', pre=') ')], '2005-06: non-operating 568 − 523 = surplus 45')
S.rel('sum', C, sum_hb3, '2004-05: non-operating −155 + bond proceeds 200 − interest 5 = +40 (including bonds)')
S.rel('sum', C, sum_hb4, '2004-05 consolidated excluding bonds: −466 − 155 = −621')
S.rel('sum', C, sum_hb5, '2004-05 consolidated including bonds: −466 + 40 = −426')
S.rel('sum', C, sum_hb6, '2008-09 consolidated including bonds: −52 + 112 = +60')
for (x, y) in zip(sum_hbr, ['2004-05 → 2005-06 (−364)', '2005-06 → 2006-07 (−318)', '2006-07 → 2007-08 (−32)', '2007-08 → 2008-09 (+60)']):
    S.rel('sum', C, x, f'reserves move with the consolidated balance including bonds: {y}')
S.rel('restatement', C, [hb_od, b('466亿元')], 'operating deficit 466 in the table and paragraph 100')
S.rel('restatement', C, [hb_52, b('52亿元')], '2008-09 operating deficit 52 in the table and paragraph 100')
S.rel('restatement', C, [hb_c2, b('426亿元')], 'consolidated deficit 426 in the table and paragraph 101')
S.rel('restatement', C, [b('3.4%'), b('百分之三点四')], '3.4% of GDP in the table and paragraph 101')
S.rel('share', C, [hb_rv[0], hb_oe, hb_ne, b('10', pre='2,238\n\n \n\n')], 'reserves 2,238 / ((2,122 + 534) / 12) = 10.1 months → 10 (government expenditure read as operating + non-operating)')
S.rel('share', C, [hb_rv[2], b('2,071'), b('459'), b('7', pre='1,556\n\n \n\n')], '2006-07: 1,556 / ((2,071 + 459) / 12) = 7.4 → 7 months')
S.rel('restatement', U, [b('(354)'), b('(364)')], '2005-06 consolidated deficit excluding bonds 354 and including bonds 364: two indicators, not a restatement')
S.rel('sum', U, [hb_oe, hb_ne, b('2,860')], 'government expenditure 2,122 + 534 = 2,656 is not public expenditure 2,860 (which adds trading funds and the Housing Authority): other scope')
S.rel('share', U, [b('2,860'), b('22.5%')], 'public expenditure as a share of GDP: GDP is not stated; nothing to check')
S.rel('restatement', U, [b('70', pre='\n\n', post='\n\n \n\n0.5%'), hb_60], '2008-09: surplus 70 excluding bonds and 60 including bonds (after interest 10): two indicators')

# ---- 香港 merchandise trade, October and November 2025 (香港01)
p_x = F(H10, '4,618億元'); p_m = F(H10, '5,017億元'); p_d = F(H10, '399億元')
sum_p = [p_x, p_d, p_m]; sh_p = [p_d, p_m, F(H10, '8%', pre='貨值的')]
S.rel('sum', C, sum_p, '香港 October: exports 4,618 − imports 5,017 = deficit 399億')
S.rel('share', C, sh_p, 'deficit 399 / imports 5,017 = 7.95% → 8%')
S.rel('restatement', C, [F(H10, '17.5%', n=0), F(H10, '17.5%', n=1)], 'export growth 17.5% in the lead and the body')
S.rel('restatement', C, [F(H10, '18.3%', n=0), F(H10, '18.3%', n=1)], 'import growth 18.3% in the lead and the body')
S.rel('rate', U, [F(H10, '15.6%'), F(H10, '40.5%'), F(H10, '17.5%', n=1)], 'exports to Asia +15.6% and to the US +40.5% against the total +17.5%: markets’ weights not stated, and not all markets listed')
S.rel('sum', U, [F(H10, '303億元'), F(H10, '176億元'), p_x], 'two commodity groups’ increases (303, 176) are named examples (“尤其是”), not a split of exports')
q_x = F(H11, '4,689億元'); q_m = F(H11, '5,174億元'); q_d = F(H11, '485億元')
sum_q = [q_x, q_d, q_m]; sh_q = [q_d, q_m, F(H11, '9.4%')]; rs_q = [F(H10, '17.5%', n=1), F(H11, '17.5%')]
S.rel('sum', C, sum_q, 'November: exports 4,689 − imports 5,174 = deficit 485億')
S.rel('share', C, sh_q, 'deficit 485 / imports 5,174 = 9.37% → 9.4%')
S.rel('restatement', C, rs_q, 'cross-document: October export growth 17.5% restated in the November report')
S.rel('restatement', C, [F(H10, '18.3%', n=1), F(H11, '18.3%')], 'cross-document: October import growth 18.3% restated in the November report')
S.rel('sum', U, [p_d, q_d, F(H11, '3,828億元')], 'cross-document: October 399 + November 485 is not the 11-month deficit 3,828: January–September not given; subset')
S.rel('share', U, [F(H11, '3,828億元'), F(H11, '7.5%', pre='貨值的')], '11-month deficit = 7.5% of imports: the 11-month imports are not stated; nothing to check')
S.rel('rate', U, [F(H11, '14.3%'), F(H10, '17.5%', n=1), F(H11, '18.8%', n=1)], 'cross-document: 11-month export growth 14.3% against the October and November rates: other periods (the other nine months are not given)')
S.rel('restatement', U, [F(H11, '18.1%', n=0), F(H10, '18.3%', n=1)], 'cross-document: November import growth 18.1% and October 18.3%: other months')

# ---- 澳門 2020 budget execution (澳門日報), Chinese numerals
mx_r0 = F(MX, '一千○一十六億七千萬元', n=0); mx_e0 = F(MX, '九百六十一億二千萬元'); mx_b0 = F(MX, '五十五億四千萬元')
mx_r = F(MX, '一千○一十六億七千萬元', n=1); mx_e = F(MX, '九百六十一億二千七百萬元'); mx_b = F(MX, '五十五億四千三百萬元')
mx_b19 = F(MX, '五百六十億元'); mx_rd = F(MX, '三百九十點六億元'); mx_ei = F(MX, '一百一十四億四千四百萬元')
mx_c = F(MX, '三十四億元'); mx_a = F(MX, '廿一億四千三百萬元'); mx_pa = F(MX, '一百一十五億九千七百萬元'); mx_pe = F(MX, '一百一十一億一千三百萬元')
mx_br = F(MX, '一千五百○八億六千七百萬元'); mx_xr = F(MX, '四千九百六十二億四千二百萬元'); mx_t = F(MX, '六千五百○四億元')
sum_mx0 = [mx_r0, mx_e0, mx_b0]; sum_mx1 = [mx_r, mx_e, mx_b]; gr_mxr = [mx_rd, mx_r, F(MX, '百分之廿七點八')]; gr_mxe = [mx_ei, mx_e, F(MX, '百分之十三點五')]
sh_mxp = [mx_pe, mx_pa, F(MX, '百分之九十五點八')]; sum_mxb = [mx_c, mx_a, mx_b]; sum_mx19 = [mx_b, mx_rd, mx_ei, mx_b19]
S.rel('sum', C, sum_mx0, '澳門 2020 (lead): revenue 1016.7 − spending 961.2 = 55.5 ≈ balance 55.4億 (inside the rounding; 961.27 in the body)')
S.rel('sum', C, sum_mx1, 'body: 1016.7 − 961.27 = 55.43億')
S.rel('restatement', C, [mx_b0, mx_b], 'balance 55.4億 (lead) = 55.43億 (body)')
S.rel('restatement', C, [F(MX, '五十五億', n=0), mx_b], 'headline “結餘五十五億” = 55.43億')
S.rel('sum', C, [mx_b19, mx_b0, F(MX, '約五百億元')], '2019 balance 560 − 2020 55.4 = 504.6 → “減少約五百億元”')
S.rel('growth', C, gr_mxr, 'revenue cut 390.6 / (1016.7 + 390.6) = 27.76% → 27.8%')
S.rel('restatement', C, [F(MX, '三成'), F(MX, '百分之廿七點八')], 'sub-head “收入減近三成” = 27.8%')
S.rel('growth', C, gr_mxe, 'spending increase 114.444 / (961.27 − 114.444) = 13.51% → 13.5%')
S.rel('share', C, sh_mxp, 'PIDDA 111.113 / 115.97 = 95.81% → 95.8%')
S.rel('sum', C, sum_mxb, 'balance 55.443 = central budget 34 + autonomous bodies 21.443億')
S.rel('sum', C, sum_mx19, 'derived: 2019 balance = 55.443 + 390.6 + 114.444 = 560.49 → 560億 (2019 revenue 1407.3 − 2019 spending 846.83)')
S.rel('sum', C, [mx_br, mx_xr, mx_c, F(MX, '百分之三'), mx_t], 'derived: reserves 1508.667 + 4962.42 + 34 × (1 − 3%) = 6504.07 → “約達六千五百○四億” after the central balance is injected')
S.rel('restatement', C, [F(MX, '逾六千五百億'), mx_t], 'headline “逾六千五百億” and 約6504億')
S.rel('sum', U, [mx_br, mx_xr, F(MX, '逾六千五百億')], 'basic 1508.7 + excess 4962.4 = 6471.1 (end-September) is below 6500: the headline is the total after the 2020 balance is injected; other date')
S.rel('share', U, [mx_pe, mx_e], 'PIDDA spending 111.1 within general spending 961.3: no share stated; nothing to check')

# ---- 澳門 merchandise trade, July and January-July
mt = lambda t, **k: F(MT, t, **k)
mt_x7, mt_m7, mt_d7 = mt('11.8億元'), mt('105.8億元'), mt('94.0億元'); mt_rx7, mt_dx7 = mt('10.5億元'), mt('1.3億元')
mt_t, mt_t0, mt_tg = mt('822.5億元'), mt('897.5億元'), mt('8.3%', pre='下跌'); mt_x, mt_m, mt_rx, mt_dx = mt('77.9億元'), mt('744.6億元'), mt('69.3億元'), mt('8.6億元')
mt_d, mt_d0, mt_dd = mt('666.7億元'), mt('750.2億元'), mt('83.5億元')
sum_mt1 = [mt_x7, mt_d7, mt_m7]; sum_mt2 = [mt_rx7, mt_dx7, mt_x7]; sum_mt3 = [mt_x, mt_m, mt_t]; gr_mt = [mt_t, mt_t0, mt_tg]; sum_mt4 = [mt_rx, mt_dx, mt_x]
sum_mt5 = [mt_m, mt_x, mt_d]; sum_mt6 = [mt_d0, mt_dd, mt_d]; sum_mt7 = [mt('8.9億元'), mt('69.0億元'), mt_x]
rate_mt = [mt_rx, mt('6.8%'), mt_dx, mt('1.7%', pre='減少'), mt_x, mt('5.8%')]
S.rel('sum', C, sum_mt1, '澳門 July: exports 11.8 − imports 105.8 = deficit 94.0億')
S.rel('sum', C, sum_mt2, 'July exports: re-exports 10.5 + domestic 1.3 = 11.8億')
S.rel('sum', C, sum_mt3, 'January–July: exports 77.9 + imports 744.6 = total trade 822.5億')
S.rel('growth', C, gr_mt, 'total trade 822.5 against 897.5: −8.36% → “下跌8.3%” (inside the allowances: 8.35 at the edge)')
S.rel('sum', C, sum_mt4, 'January–July exports: re-exports 69.3 + domestic 8.6 = 77.9億')
S.rel('sum', C, sum_mt5, 'deficit: imports 744.6 − exports 77.9 = 666.7億')
S.rel('sum', C, sum_mt6, 'deficit last year 750.2 − 83.5 = 666.7億')
S.rel('sum', C, sum_mt7, 'exports by kind: textiles 8.9 + non-textiles 69.0 = 77.9億')
S.rel('rate', C, rate_mt, 'exports rebuilt from parts with their levels: 69.3/1.068 + 8.6/0.983 = 73.65 last year; 77.9 / 73.65 = +5.8%')
S.rel('sum', U, [mt('5.0億元'), mt('1.4億元'), mt('4.5億元'), mt('54.2億元'), mt('1.7億元', pre='美國('), mt_x], 'exports by destination (66.8億) are a selection, not a split of 77.9')
S.rel('sum', U, [mt('223.7億元'), mt('216.8億元'), mt('171.7億元'), mt('38.8億元'), mt_m], 'imports by origin: a selection (the EU and 一帶一路 groups are listed side by side, others left out); not a split of 744.6')
S.rel('sum', U, [mt('584.1億元'), mt('120.7億元'), mt_m], 'imports by source: Hong Kong and the mainland only; not a split')
S.rel('sum', U, [mt('122.3億元'), mt('63.8億元'), mt('57.4億元'), mt('535.0億元')], 'consumer goods: three named groups within 535.0; a subset')
S.rel('restatement', U, [mt('1.7億元', pre='美國('), mt('1.7%', pre='減少')], 'exports to the US 1.7億 and the domestic-export fall 1.7%: same number, other indicators')
S.rel('growth', U, [mt('18.3%'), mt('5.8%')], 'July exports +18.3% against January–July +5.8%: other periods')

# ---- further traps (and two cross-document restatements of the yearbooks)
S.rel('sum', U, [F(CH, '約40億元'), ch_rp], 'long-term debt 約40億 (stock at end-September) against repayment 約85億 (budgeted flow, rolled over with new borrowing): other indicators')
S.rel('restatement', U, [F(KN, '2042億元'), kp_e], 'cross-document: “總預算…2042億” is spending plus debt repayment, not the spending 1980.22億: other scope')
S.rel('restatement', U, [F(TS, '1.07%', n=1), F(TS, '1.66%', n=1)], 'Q3: 1.07% (saar, against the previous quarter) and 1.66% (yoy): other measures')
S.rel('restatement', U, [F(TS, '2.96%'), F(TS, '1.22%')], 'Q4 forecast: 2.96% saar and 1.22% yoy: other measures')
S.rel('restatement', U, [F(TS, '2萬850美元'), F(TS, '2萬1,452美元')], 'per-capita GDP 20,850 and per-capita GNP 21,452 USD: other indicators')
S.rel('growth', U, [F(TS, '2萬850美元'), F(TS, '2萬1,360美元')], 'per-capita GDP 2013 → 2014 forecast: no rate stated; nothing to check')
S.rel('restatement', U, [F(TS, '0.94%'), F(TS, '1.21%')], 'CPI 0.94% (2013) and 1.21% (2014 forecast): other years')
S.rel('restatement', U, [F(TT, '1.1%'), F(TT, '1.0%')], 'employment growth goals 1.1% (2013) and 1.0% (2016): other years')
S.rel('restatement', U, [F(TT, '58.4%'), F(TT, '58.7%')], 'participation goals 58.4% (2013) and 58.7% (2016): other years')
S.rel('restatement', U, [F(TT, '3.15%', n=0), ts_y], 'cross-document: 主計總處’s 2013 forecast 3.15% (December 2012) and 1.74% (November 2013): a revised forecast, not a restatement')
S.rel('restatement', U, [F(TT, '2.0%', n=0), t11_p], 'cross-document: the CPI ceiling “不超過2%” for 2011 and “不超過2.0%” for 2013: same goal, other years')
S.rel('restatement', C, [yb(Y99, '1,087'), yb(Y03, '1,087')], 'cross-document: 1998-99 airport and air services 1,087 in both yearbooks')
S.rel('restatement', C, [yb(Y99, '10,080'), yb(Y03, '10,080')], 'cross-document: 1998-99 Land Fund investment income 10,080 in both yearbooks')
S.rel('restatement', U, [yb(Y03, '170,708'), b('1,707')], 'cross-document: 2003-04 operating revenue 170,708 (HK$ million, ≈ 1,707億) and the 2005-06 forecast 1,707億 in the 2004 budget: same size, other year')
S.rel('sum', U, [hb_or, hb_nr, b('2,035')], '2004-05 operating 1,656 + non-operating 379 = 2,035, but the 2,035 in the table is the 2007-08 operating expenditure; the 2004-05 total revenue is not stated')
S.rel('share', U, [hb_c1, b('4.9%')], 'deficit 621 = 4.9% of GDP: GDP is not stated; nothing to check')
S.rel('share', U, [hb_c2, b('3.4%')], 'deficit 426 = 3.4% of GDP: GDP is not stated; nothing to check')
S.rel('rate', U, [F(H10, '189.1%'), F(H10, '55.7%'), F(H10, '25.1%'), F(H10, '20.8%'), F(H10, '18.4%'), F(H10, '10.4%'), F(H10, '18.3%', n=1)], 'imports by supplier (named examples, no weights) against total imports +18.3%: nothing to check')
S.rel('restatement', U, [F(H10, '18.4%'), F(H10, '18.3%', n=1)], 'imports from the mainland +18.4% and all imports +18.3%: other scope')
S.rel('restatement', U, [F(H11, '14.3%'), F(H11, '14.1%')], '11-month exports +14.3% and imports +14.1%: other indicators')
S.rel('restatement', U, [F(H10, '18.3%', n=1), mt('18.3%')], 'cross-document: 香港’s October import growth 18.3% and 澳門’s July export growth 18.3%: same number, other place, month and indicator')
S.rel('growth', U, [mt('4.3%'), mt('9.6%')], 'imports: July −4.3% and January–July −9.6%: other periods')
S.rel('growth', U, [mt('23.2%'), mt('6.8%')], 're-exports: July +23.2% and January–July +6.8%: other periods')
S.rel('restatement', U, [mt('1.4億元'), mt('1.4倍')], 'exports to the EU 1.4億 and clothing re-exports “增加1.4倍”: same number, other indicators')
S.rel('sum', U, [mt('535.0億元'), mt('45.2億元'), mt('20.5億元'), mt('12.8億元'), mt_m], 'import groups (consumer goods, fuel, phones, building materials) are a selection, not a split of 744.6')
rate_mt2 = [mt_m, mt('9.6%'), mt_x, mt('5.8%'), mt_t, mt_tg]
S.rel('rate', C, rate_mt2, 'total trade rebuilt from its parts: 744.6/0.904 + 77.9/1.058 = 897.3 last year (stated 897.5); 822.5/897.3 = −8.3%')
S.rel('growth', U, [F(NA, '十七億元'), na_d], '“明年並未比今年好”: the rise of 10 (115 over 114) against 17 (114 over 113) is a comparison of two increases, not an arithmetic relation with a stated result')
S.rel('restatement', U, [F(PH, '7.09%'), F(PH, '6.75%')], 'revenue cut 7.09% and spending cut 6.75%: other indicators')

S.rel('share', U, [F(KP, '78.97％'), kp_e], 'current spending = 78.97% of spending: the current-spending level is not stated; nothing to check')
S.rel('restatement', U, [ml_ei, ml_ri], 'spending increase 24.85億 and revenue increase 24.81億: near-equal, other indicators')
S.rel('sum', U, [F(PH, '18,4055,000元'), F(PH, '314,5876,000元'), ph_r], 'the attached funds’ incomes are not part of the general budget revenue 108.9億: other accounts')
S.rel('restatement', U, [F(TS, '-2.38%'), F(TS, '1.44%')], 'Q1: −2.38% (saar) and 1.44% (yoy): other measures')
S.rel('growth', U, [yb(Y99, '91,524'), yb(Y99, '75,746')], 'income and profits tax 1997-98 → 1998-99: no change or rate stated; nothing to check')
S.rel('growth', U, [F(H10, '303億元'), F(H10, '16.1%')], 'electrical machinery exports +303億 (+16.1%): the level is not stated; nothing to check')
S.rel('growth', U, [p_x, q_x], 'cross-document: exports 4,618 (October) and 4,689 (November): no month-on-month change stated; the rates are year-on-year')
S.rel('target', U, [F(T87, '2.5%'), F(TS, '0.94%')], 'cross-document: the 1986-89 inflation ceiling 2.5% against 2013 CPI 0.94%: other period')
S.rel('target', U, [t11_u, F(TT, '4.1%')], 'cross-document: the 2011 unemployment goal 4.9% against the 2013 goal 4.1%: two goals, no result')

S.rel('restatement', U, [mx_b19, F(MX, '約五百億元')], '2019 balance 560億 and the fall “約五百億”: near-equal, other indicators')
S.rel('target', U, [F(TT, '2萬1,412美元'), F(TS, '2萬1,360美元')], 'cross-document: the 2013 per-capita GDP goal against the 2014 forecast 21,360: other year')
S.rel('share', U, [q_d, p_m, F(H11, '9.4%')], 'cross-document: November deficit 485 over October imports 5,017 = 9.67%: the 9.4% is over November imports; other month')
S.rel('sum', U, [mt_x7, mt_x], 'July exports 11.8 are one month of the January–July 77.9: a part, no split stated')
S.rel('growth', U, [ts_11, ts_12], '2011 growth 4.19% and 2012 growth 1.48%: two years’ rates, no relation stated')
S.rel('growth', U, [ch_r, F(CH, '23.1億元')], 'revenue 約656 “比今年減少23.1億”: this year’s revenue is not stated and no rate is given; nothing to check')

# ---- altered copies
a = ALT(CH, 1, ch_rp, '約95億元', 'debt repayment 約85 → 約95億')
S.rel('sum', I, R(a, sum_ch2, ch_rp, '約95億元'), 'altered: 51 + 95 = 146, not 約137 (breaks {B})')
a = ALT(CH, 2, ch_r2, '636.2億元', 'revenue (body) 656.2 → 636.2億')
S.rel('restatement', I, R(a, rs_chr, ch_r2, '636.2億元'), 'altered: 636.2億 in the body does not restate 約656億 in the lead (breaks {B})')
a = ALT(ML, 1, ml_s2, '32.31億元', 'project grants 32.91 → 32.31億')
S.rel('sum', I, R(a, sum_mls, ml_s2, '32.31億元'), 'altered: 17.56 + 32.31 = 49.87, not 50.48 (breaks {B})')
a = ALT(ML, 2, ml_ge, '8.66％', 'spending growth 8.96% → 8.66%')
S.rel('growth', I, R(a, gr_mle, ml_ge, '8.66％'), 'altered: 24.85 / 277.27 = 8.96%, not 8.66% (breaks {B})')
a = ALT(ML, 3, ml_b, '81億7,000 萬元', 'borrowing 84.7 → 81.7億')
S.rel('sum', I, R(a, sum_mlb, ml_b, '81億7,000 萬元'), 'altered: 304.42 + 81.70 = 386.12 ≠ 302.12 + 87 = 389.12 (breaks {B})')
a = ALT(NA, 1, na_2, '二九九億元', 'transfers 二八九 → 二九九億')
S.rel('sum', I, R(a, sum_na, na_2, '二九九億元'), 'altered: 279 + 10 = 289, not 299 (breaks {B})')
a = ALT(NA, 2, na_ei, '十六億九○七五萬五千元', 'spending increase 十八億九○七五萬 → 十六億九○七五萬')
S.rel('restatement', I, R(a, rs_nae, na_ei, '十六億九○七五萬五千元'), 'altered: 16億9075萬 does not restate the October 18.9億 (breaks {B})')
a = ALT(NB, 1, nb_ge, '五．八八％', 'spending growth 5.68% → 5.88%')
S.rel('growth', I, R(a, gr_nbe, nb_ge, '五．八八％'), 'altered: 18.9 / 332.88 = 5.68%, not 5.88% (breaks {B})')
a = ALT(NB, 2, nb_ei, '十六．九億餘元', 'spending increase 十八．九 → 十六．九億')
S.rel('growth', I, R(a, gr_nbe, nb_ei, '十六．九億餘元'), 'altered: 16.9 / (351.78 − 16.9) = 5.05%, not 5.68% (breaks {B})')
S.rel('restatement', I, R(a, rs_nae, nb_ei, '十六．九億餘元'), 'altered (cross-document): 16.9億 does not restate the September 18億9075萬 (breaks {B})')
a = ALT(PH, 1, ph_rd, '88,1128,000元', 'revenue cut 83,1128,000 → 88,1128,000')
S.rel('sum', I, R(a, sum_phr, ph_rd, '88,1128,000元'), 'altered: 117.21955 − 8.81128 = 108.40827, not 108.90827 (breaks {B})')
S.rel('growth', I, R(a, gr_phr, ph_rd, '88,1128,000元'), 'altered: 8.81128 / 117.21955 = 7.52%, not 7.09% (breaks {B})')
a = ALT(PH, 2, ph_d, '95,2366,000元', 'shortfall 95,2866,000 → 95,2366,000')
S.rel('sum', I, R(a, sum_phd, ph_d, '95,2366,000元'), 'altered: 118.43693 − 108.90827 = 9.52866, not 9.52366 (breaks {B})')
a = ALT(PH, 3, sum_phf1[1], '33,4387,000元', 'enterprise funds’ cost 33,4337,000 → 33,4387,000')
S.rel('sum', I, R(a, sum_phf1, sum_phf1[1], '33,4387,000元'), 'altered: 1.84055 − 3.34387 = −1.50332, not −1.50282 (breaks {B})')
a = ALT(KP, 1, kp_so, '397.04億元', 'social welfare 391.04 → 397.04億')
S.rel('share', I, R(a, sh_kps, kp_so, '397.04億元'), 'altered: 397.04 / 1980.22 = 20.05%, not 19.75% (breaks {B})')
a = ALT(KP, 2, kp_b, '117.81億元', 'borrowing 111.81 → 117.81億')
S.rel('sum', I, R(a, sum_kp2, kp_b, '117.81億元'), 'altered: 62 + 49.81 = 111.81, not 117.81 (breaks {B})')
S.rel('sum', I, R(a, x_kb, kp_b, '117.81億元'), 'altered (cross-document): 117.81 − 1.23376 = 116.58, not the passed 110.58 (breaks {B})')
a = ALT(KN, 1, kn_p[1], '198億', 'project grants cut 193 → 198億')
S.rel('sum', I, R(a, sum_kn2, kn_p[1], '198億'), 'altered: 136 + 198 + 103 = 437, not 432 (breaks {B})')
a = ALT(KN, 2, kn_i, '51.2億元', 'increase 57.2 → 51.2億')
S.rel('growth', I, R(a, gr_kn, kn_i, '51.2億元'), 'altered: 51.2 / (2042.22 − 51.2) = 2.57%, not 2.88% (breaks {B})')
a = ALT(KF, 1, kf_b, '110億5,195萬8千元', 'passed borrowing 110億5,795萬8千 → 110億5,195萬8千')
S.rel('sum', I, R(a, sum_kf, kf_b, '110億5,195萬8千元'), 'altered: 1929.65544 + 110.51958 = 2040.17502 ≠ 2040.23502 (breaks {B})')
S.rel('sum', I, R(a, x_kb, kf_b, '110億5,195萬8千元'), 'altered (cross-document): 111.81 − 1.23376 = 110.58, not 110.52 (breaks {B})')
a = ALT(KF, 2, kf_ce0, '1億9,367萬3千元', 'spending cut (lead) 1億9,867萬3千 → 1億9,367萬3千')
S.rel('restatement', I, R(a, rs_kfc, kf_ce0, '1億9,367萬3千元'), 'altered: the lead’s 1億9,367萬3千 against the body’s 1億9,867萬3千 (breaks {B})')
a = ALT(TS, 1, gr_ts1[2], '0.51個百分點', 'downward revision 0.57 → 0.51 points')
S.rel('growth', I, R(a, gr_ts1, gr_ts1[2], '0.51個百分點'), 'altered: 2.31 − 1.74 = 0.57, not 0.51 (breaks {B})')
a = ALT(TS, 2, rs_ts1[0], '1.79%', '2013 forecast in the title 1.74 → 1.79%')
S.rel('restatement', I, R(a, rs_ts1, rs_ts1[0], '1.79%'), 'altered: the title’s 1.79% against the body’s 1.74% (breaks {B})')
a = ALT(TT, 1, F(TT, '0.65個百分點'), '0.85個百分點', 'gap 0.65 → 0.85 points')
S.rel('growth', I, R(a, [tt_g, tt_f, F(TT, '0.65個百分點')], F(TT, '0.65個百分點'), '0.85個百分點'), 'altered: 3.8 − 3.15 = 0.65, not 0.85 (breaks {B})')
a = ALT(Y99, 1, rs_y2[0], '23,484', '1998-99 internal revenue 23,404 → 23,484 (1999 yearbook)')
S.rel('sum', I, R(a, sum_y99, rs_y2[0], '23,484'), 'altered: the 1998-99 items now sum to 176,863, not 176,783 (breaks {B})')
S.rel('restatement', I, R(a, rs_y2, rs_y2[0], '23,484'), 'altered (cross-document): 23,484 against the 2003 yearbook’s 23,404 for 1998-99 (breaks {B})')
a = ALT(Y99, 2, sum_y99t[2][1], '57,836', '1999-2000 non-recurrent revenue 57,336 → 57,836')
S.rel('sum', I, R(a, sum_y99t[2], sum_y99t[2][1], '57,836'), 'altered: 171,986 + 57,836 = 229,822, not 229,322 (breaks {B})')
a = ALT(Y03, 1, y03_02[12], '9,887', '2002-03 fees and charges 9,687 → 9,887')
S.rel('sum', I, R(a, y03_02, y03_02[12], '9,887'), 'altered: the 2002-03 items now sum to 153,536, not 153,336 (breaks {B})')
a = ALT(Y03, 2, rs_y1[1], '176,733', '1998-99 operating revenue (2003 yearbook) 176,783 → 176,733')
S.rel('restatement', I, R(a, rs_y1, rs_y1[1], '176,733'), 'altered (cross-document): 176,733 against the 1999 yearbook’s 176,783 (breaks {B})')
a = ALT(HB, 1, hb_ne, '584', '2004-05 non-operating expenditure 534 → 584')
S.rel('sum', I, R(a, sum_hb2, hb_ne, '584'), 'altered: 379 − 584 = −205, not −155 (breaks {B})')
a = ALT(HB, 2, hb_rv[1], '1,834', 'reserves 2005-06 1,874 → 1,834')
S.rel('sum', I, R(a, sum_hbr[0], hb_rv[1], '1,834'), 'altered: 2,238 − 364 = 1,874, not 1,834 (breaks {B})')
S.rel('sum', I, R(a, sum_hbr[1], hb_rv[1], '1,834'), 'altered: 1,834 − 318 = 1,516, not 1,556 (breaks {B})')
a = ALT(HB, 3, hb_c1, '(671)', 'consolidated deficit excluding bonds 621 → 671')
S.rel('sum', I, R(a, sum_hb4, hb_c1, '(671)'), 'altered: −466 − 155 = −621, not −671 (breaks {B})')
a = ALT(H10, 1, p_x, '4,648億元', 'October exports 4,618 → 4,648億')
S.rel('sum', I, R(a, sum_p, p_x, '4,648億元'), 'altered: 5,017 − 4,648 = 369, not 399 (breaks {B})')
a = ALT(H10, 2, sh_p[2], '6%', 'deficit share 8% → 6%')
S.rel('share', I, R(a, sh_p, sh_p[2], '6%'), 'altered: 399 / 5,017 = 7.95%, not 6% (breaks {B})')
a = ALT(H11, 1, q_m, '5,134億元', 'November imports 5,174 → 5,134億')
S.rel('sum', I, R(a, sum_q, q_m, '5,134億元'), 'altered: 5,134 − 4,689 = 445, not 485 (breaks {B})')
a = ALT(H11, 2, rs_q[1], '17.9%', 'October export growth as restated in November 17.5 → 17.9%')
S.rel('restatement', I, R(a, rs_q, rs_q[1], '17.9%'), 'altered (cross-document): 17.9% against the October report’s 17.5% (breaks {B})')
a = ALT(MX, 1, mx_a, '廿三億四千三百萬元', 'autonomous bodies’ balance 廿一億四千三百萬 → 廿三億四千三百萬')
S.rel('sum', I, R(a, sum_mxb, mx_a, '廿三億四千三百萬元'), 'altered: 34 + 23.443 = 57.443, not 55.443 (breaks {B})')
a = ALT(MX, 2, sh_mxp[2], '百分之九十三點八', 'PIDDA rate 95.8% → 93.8%')
S.rel('share', I, R(a, sh_mxp, sh_mxp[2], '百分之九十三點八'), 'altered: 111.113 / 115.97 = 95.8%, not 93.8% (breaks {B})')
a = ALT(MX, 3, mx_ei, '一百一十九億四千四百萬元', 'spending increase 114.444 → 119.444億')
S.rel('growth', I, R(a, gr_mxe, mx_ei, '一百一十九億四千四百萬元'), 'altered: 119.444 / (961.27 − 119.444) = 14.19%, not 13.5% (breaks {B})')
S.rel('sum', I, R(a, sum_mx19, mx_ei, '一百一十九億四千四百萬元'), 'altered: 55.443 + 390.6 + 119.444 = 565.49, not 560 (breaks {B})')
a = ALT(MT, 1, mt_d, '686.7億元', 'January–July deficit 666.7 → 686.7億')
S.rel('sum', I, R(a, sum_mt5, mt_d, '686.7億元'), 'altered: 744.6 − 77.9 = 666.7, not 686.7 (breaks {B})')
S.rel('sum', I, R(a, sum_mt6, mt_d, '686.7億元'), 'altered: 750.2 − 83.5 = 666.7, not 686.7 (breaks {B})')
a = ALT(MT, 2, mt_rx7, '16.5億元', 'July re-exports 10.5 → 16.5億')
S.rel('sum', I, R(a, sum_mt2, mt_rx7, '16.5億元'), 'altered: 16.5 + 1.3 = 17.8, not 11.8 (breaks {B})')
a = ALT(MT, 3, mt_tg, '8.9%', 'total trade change −8.3% → −8.9%')
S.rel('growth', I, R(a, gr_mt, mt_tg, '8.9%'), 'altered: 822.5 / 897.5 − 1 = −8.36%, not −8.9% (breaks {B})')
S.rel('rate', I, R(a, rate_mt2, mt_tg, '8.9%'), 'altered: total trade rebuilt from imports and exports falls 8.3%, not 8.9% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

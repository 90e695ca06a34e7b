"""Check key, set check-heldout151. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout151.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout151'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

L='tw_2026b_ltn.txt'; ET='tw_2026b_et.txt'; US='tw_2025s_udn.txt'; CD='tw_2022b_cdns.txt'; DG='tw_2000t.txt'; TP='tp_2014b.txt'
TQ='tw_2017q3.txt'; T76='tw_1976_hant.txt'; H7='hk_m7.txt'; H5='hk_2020m5.txt'; HB='hk_2023b.txt'; H99='hk_1999t.txt'; MO='mo_2015.txt'
CH='cn_2025h1_hant.txt'; CS='cn_2025h1.txt'; CU='cn_2025_udn.txt'; CG='cn_2025t_hant.txt'; C57='cn_1957.txt'

# ---- 臺灣 central government 2026 (115年) budget proposal, 自由時報
l_r = F(L, '2兆8623億元', n=2); l_e = F(L, '3兆350億元', n=2); l_r0 = F(L, '3兆1648億元'); l_e0 = F(L, '2兆9250億元'); l_inc = F(L, '1100億元')
l_g1 = F(L, '9.6％'); l_g2 = F(L, '3.8％')
l_so = F(L, '8318億元'); l_ed = F(L, '5566億元'); l_df = F(L, '5,488 億元'); l_md = F(L, '5614億元'); l_moe = F(L, '2659億元')
l_tx = F(L, '2兆4807億元'); l_op = F(L, '2580億元'); l_pr = F(L, '280億元'); l_fe = F(L, '956億元')
sum_l = [l_tx, l_op, l_pr, l_fe, l_r]; sum_le = [l_e0, l_inc, l_e]; gr_le = [l_inc, l_e0, l_g2]; sh_lso = [l_so, l_e, F(L, '27.4％')]
S.rel('growth', C, [l_r0, l_r, l_g1], '臺灣 2026 budget: revenue 28623 against the 2025 budget 31648: −9.56% → “約減 9.6％”')
S.rel('sum', C, sum_le, 'spending: 2025 budget 29250 + increase 1100 = 30350億 (2026)')
S.rel('growth', C, gr_le, 'spending increase 1100 / 29250 = +3.76% → “約增3.8％”')
S.rel('sum', C, sum_l, 'revenue by source: taxes 24807 + enterprise income 2580 + property 280 + fees and other 956 = 28623億')
S.rel('share', C, [l_tx, l_r, F(L, '86.7％')], 'taxes 24807 / 28623 = 86.67% → 86.7%')
S.rel('share', C, [l_op, l_r, F(L, '9％', pre='占')], 'enterprise income 2580 / 28623 = 9.01% → “占9％”')
S.rel('share', C, sh_lso, 'social welfare 8318 / spending 30350 = 27.41% → 27.4%')
S.rel('share', C, [l_md, l_e, F(L, '18.5％')], '國防部 (by agency) 5614 / 30350 = 18.497% → 18.5% (just inside the rounding)')
S.rel('restatement', U, [l_df, l_md], 'defence spending by function 5488 and 國防部 by agency 5614: two classifications of spending; no contradiction')
S.rel('sum', U, [F(L, '2883 億元'), F(L, '1665 億元'), l_e], 'public-construction 2883 and science-and-technology 1665 programmes cut across the functional classes: not a split of the 30350 spending')
S.rel('sum', U, [F(L, '27.4％'), F(L, '18.3％'), F(L, '18.1％'), F(L, '14.1％')], 'the four largest functions 27.4 + 18.3 + 18.1 + 14.1 = 77.9%: the other functions are not listed; not meant to sum to 100')

# ---- same budget, ETtoday (and cross-document with 自由時報 and 聯合報)
e_r = F(ET, '2兆8623億', n=0); e_e = F(ET, '3兆350億'); e_d = F(ET, '1727億', n=0); e_r2 = F(ET, '2兆8623億', n=1); e_e2 = F(ET, '3兆0350億')
e_d2 = F(ET, '1727億', n=1); e_rp = F(ET, '1265億'); e_f = F(ET, '2992億元'); e_sp = F(ET, '1008億'); e_tx = F(ET, '2兆4807億')
sum_e1 = [e_r, e_d, e_e]; rs_ed = [e_d, e_d2]; sum_e2 = [e_d2, e_rp, e_f]; sh_erp = [e_rp, e_tx, F(ET, '5.1％')]; sum_e3 = [e_f, e_sp, F(ET, '4000億')]
S.rel('sum', C, sum_e1, 'ETtoday: revenue 28623 + shortfall 1727 = spending 30350 (“兩者相抵差短1727億”)')
S.rel('restatement', C, [e_e, e_e2], 'spending written 3兆350億 and 3兆0350億: the same figure')
S.rel('restatement', C, rs_ed, 'shortfall 1727億 stated twice')
S.rel('sum', C, sum_e2, 'shortfall 1727 + debt repayment 1265 = financing need 2992億')
S.rel('share', C, sh_erp, 'debt repayment 1265 / tax revenue 24807 = 5.10% → 5.1%')
S.rel('share', C, [e_f, e_e2, F(ET, '9.9％')], 'financing need 2992 / spending 30350 = 9.86% → 9.9%')
S.rel('sum', C, sum_e3, 'financing need 2992 + special budgets 1008 = 4000億 to be borrowed')
S.rel('growth', C, [F(ET, '40.6％'), F(ET, '26.5％'), F(ET, '14.1個百分點')], 'legal ceiling 40.6% − projected debt ratio 26.5% = 14.1 points of room')
S.rel('sum', C, [l_r0, e_r2, F(ET, '3025億')], 'cross-document: 2025 revenue budget 31648 (自由時報) − 2026 revenue 28623 = 3025 (“較114年度減少3025億”)')
S.rel('restatement', C, [l_tx, e_tx], 'cross-document: tax revenue 2兆4807億 in both reports of the 2026 budget')
S.rel('restatement', C, [l_so, F(ET, '8318億')], 'cross-document: social welfare 8318億 in both reports')
S.rel('growth', C, [F(US, '27.0'), F(ET, '26.5％'), F(ET, '0.5個百分點')], 'cross-document: the end-2025 debt ratio 27.0 (聯合報, budget projection) − 26.5 (end-2026) = 0.5 point (“較114年度減少0.5個百分點”)')
S.rel('share', U, [F(ET, '約3.6兆元'), F(ET, '14.1個百分點')], '14.1 points “約3.6兆元” implies a three-year average GDP of about 25.5兆; that average is not stated; nothing to check')
S.rel('target', CT, [F(ET, '40.6％'), F(ET, '26.5％')], 'the legal debt ceiling 40.6% against a projection for the end of 2026 (budget not yet executed): cannot tell')

S.rel('restatement', U, [F(L, '27.4％'), F(L, '18.5％')], 'social welfare 27.4% and 國防部 18.5% are both “居首位”: first by function and first by agency, two classifications; no contradiction')
S.rel('sum', U, [F(ET, '6兆7503億'), F(ET, '4000億')], 'debt stock 67503 at the end of 2026 and borrowing 4000: the end-2025 stock and the repayments are not stated here; nothing to check')
# ---- 臺灣 2025 supplementary budget, 聯合報 (real error: 歲出2兆2,950)
u_p = [F(US, x) for x in ['24億元', '636億元', '133億元', '59億元', '11億元', '15億元']]; u_878 = F(US, '878億元', n=1)
u_r = F(US, '3兆1,648億元'); u_e = F(US, '2兆2,950億元'); u_s = F(US, '2,398億元'); u_rp0 = F(US, '1,415億元', n=0); u_rp1 = F(US, '1,415億元', n=1)
u_e2 = F(US, '3兆128億元'); u_s2 = F(US, '1,520億元'); u_b0 = F(US, '983億元'); u_b1 = F(US, '105億元')
sum_u1 = u_p + [u_878]; sum_u2 = [u_s, u_rp0, u_b0]; sum_u3 = [u_r, u_e2, u_s2]; sum_u4 = [u_s2, u_rp1, u_b1]; sum_u5 = [u_s, F(US, '878億元', n=2), u_s2]
S.rel('sum', C, sum_u1, '2025 supplementary budget: 24 + 636 + 133 + 59 + 11 + 15 = 878億')
S.rel('restatement', C, [F(US, '878億元', n=0), F(US, '878億元', n=2)], 'supplementary spending 878億 in the lead and in the 主計長 paragraph')
S.rel('sum', I, [u_r, u_e, u_s], 'REAL DISCREPANCY in the original: revenue 31648 − spending “2兆2,950” = 8698, not the stated surplus 2398; the spending figure is a slip for 2兆9,250 (31648 − 29250 = 2398; see 自由時報)')
S.rel('restatement', I, [l_e0, u_e], 'REAL DISCREPANCY across documents: the 2025 spending budget is 2兆9250億 in 自由時報 and “2兆2,950億” in 聯合報 (transposed digits)')
S.rel('sum', C, sum_u2, 'surplus 2398 − debt repayment 1415 = 983億')
S.rel('sum', C, sum_u3, 'after the supplement: revenue 31648 − spending 30128 = 1520億')
S.rel('sum', C, sum_u4, '1520 − debt repayment 1415 = 105億')
S.rel('sum', C, sum_u5, 'surplus 2398 − supplementary spending 878 = 1520億')
S.rel('restatement', C, [l_r0, u_r], 'cross-document: 2025 revenue budget 3兆1648億 (自由時報) = 3兆1,648億 (聯合報)')
S.rel('sum', C, [l_e0, F(US, '878億元', n=2), u_e2], 'cross-document: 2025 spending 29250 (自由時報) + supplement 878 = 30128億 (聯合報)')
S.rel('share', U, [F(US, '5兆8,379億元'), F(US, '24.3%')], 'debt 58379 = 24.3% of the three-year average GDP: that average is not stated')
S.rel('sum', U, [F(US, '5兆8,580億元'), F(US, '2,910億元'), F(US, '6兆4,768億元')], 'end-2024 debt 58580 + reserved financing 2910 + 2025 borrowing − repayments → 64768: borrowing and repayments are not stated; nothing to check')
S.rel('growth', U, [F(US, '24.3%'), F(US, '27.0')], 'end-July actual 24.3% and the end-2025 budget projection 27.0: other date and status; no relation stated')
S.rel('growth', U, [u_e2, l_e, l_g2], 'cross-document: 自由時報’s +3.8% for 2026 is against the original 2025 budget 29250, not the supplemented 30128 (30350 / 30128 = +0.7%); other base, no contradiction')

S.rel('restatement', U, [l_e0, u_e2], 'cross-document: 2025 spending 29250 (original budget) and 30128 (after the supplement): two budget stages of the same year; no contradiction')
S.rel('growth', U, [F(US, '24.3%'), F(ET, '26.5％')], 'cross-document: end-July 2025 actual 24.3% and the end-2026 projection 26.5%: other dates and status; no rate stated')
S.rel('restatement', U, [u_rp0, e_rp], 'cross-document: debt repayment 1415 (2025) and 1265 (2026): other years; no change stated')
# ---- 臺灣 2022 (111年) budget proposal, 中華日報 (Chinese numerals)
c_d = F(CD, '二百三十億元', pre='差短'); c_r1 = F(CD, '九百六十億元', n=1); c_f = F(CD, '一千一百九十億元'); c_b = F(CD, '六百九十億元'); c_s = F(CD, '五百億元')
sum_c1 = [c_d, c_r1, c_f]; sum_c2 = [c_b, c_s, c_f]
S.rel('sum', C, sum_c1, '臺灣 2022 budget: shortfall 230 + debt repayment 960 = financing 1190億')
S.rel('sum', C, sum_c2, 'financing 1190 = borrowing 690 + surplus carried over 500億')
S.rel('restatement', C, [F(CD, '九百六十億元', n=0), c_r1], 'debt repayment 九百六十億元 stated twice')
S.rel('restatement', C, [F(CD, '二百三十三億元', n=0), F(CD, '二百三十三億元', n=1)], 'defence increase 233億 stated twice')
S.rel('growth', U, [F(CD, '二百六十八億元', n=0), F(CD, '五成', n=0)], '少子女化 +268億 “成長五成”: the base (about 536億) is not stated')
S.rel('share', U, [c_r1, F(CD, '百分之五點一')], 'repayment 960 = 5.1% of tax revenue: tax revenue is not stated')
S.rel('growth', U, [F(CD, '百分之九'), F(CD, '百分之五點九'), c_d], 'revenue +9% and spending +5.9% with a 230 shortfall: the 2021 levels are not stated (only “突破二兆二千億”); nothing to check')
S.rel('restatement', U, [c_d, F(CD, '二百三十億元', pre='公共建設預算增加')], 'shortfall 230億 and public-construction increase 230億: same number, other indicators')
S.rel('growth', U, [F(CD, '二百九十三億元', n=0), F(CD, '九百三十九億元', n=0)], 'increase 293 over 2021 and 939 over 2016 (105年): other base years; no relation')
S.rel('restatement', U, [F(CD, '百分之五點一'), F(ET, '5.1％')], 'cross-document: repayment / tax revenue 5.1% in the 2022 and in the 2026 budget: same number, other years')

S.rel('growth', U, [c_r1, e_rp], 'cross-document: debt repayment 960 (2022 budget) and 1265 (2026 budget): other years; no rate stated')
S.rel('sum', U, [F(CD, '四百三十億元'), F(CD, '二百六十八億元', n=1)], '少子女化 +268 lies within social welfare +430: a part; the rest is not split')
# ---- 臺灣 all-level budgets 1999H2+2000 (主計處 table)
dg_rt = F(DG, '3,160,840'); dg_r = [F(DG, x) for x in ['2,053,747', '445,315', '173,311', '275,059', '213,408']]
dg_pt = F(DG, '2,503,949', n=0); dg_p = [F(DG, x) for x in ['1,400,279', '293,140', '100,342', '253,041', '123,669', '220,329', '113,149']]
dg_et = F(DG, '3,460,841'); dg_pe = F(DG, '2,503,949', n=1)
sum_dg1 = dg_r + [dg_rt]; sum_dg2 = dg_p + [dg_pt]; sum_dg3 = [dg_r[1], dg_p[1], F(DG, '152,175')]
sum_dg4 = [F(DG, '716,775'), F(DG, '450,020'), F(DG, '266,755')]
S.rel('sum', C, sum_dg1, '臺灣 all levels, 1999H2+2000 budget: 2,053,747 + 445,315 + 173,311 + 275,059 + 213,408 = 3,160,840 (NT$ million)')
S.rel('sum', C, sum_dg2, 'previous year: 1,400,279 + 293,140 + 100,342 + 253,041 + 123,669 + 220,329 + 113,149 = 2,503,949')
S.rel('sum', C, [dg_rt, dg_pt, F(DG, '656,891')], 'revenue difference 3,160,840 − 2,503,949 = 656,891')
S.rel('sum', C, sum_dg3, 'enterprise income difference 445,315 − 293,140 = 152,175')
S.rel('sum', C, [dg_et, dg_pe, F(DG, '956,892')], 'spending difference 3,460,841 − 2,503,949 = 956,892')
S.rel('sum', C, sum_dg4, 'education, science and culture 716,775 − 450,020 = 266,755')
S.rel('growth', U, [dg_rt, dg_pt, F(DG, '656,891')], 'the difference is not a yearly growth (+26%): the new budget covers 18 months (八十八年下半年及八十九年度) against 12 months before; no rate stated')
S.rel('sum', U, [F(DG, x) for x in ['502,893', '354,291', '716,775', '518,258', '480,500', '233,479', '272,283', '303,087']] + [dg_et], 'spending items 1–8 sum to 3,381,566, below 3,460,841: item 9 and after are cut off in the excerpt; not a complete split')
S.rel('sum', U, [dg_et, dg_rt], 'spending 3,460,841 exceeds revenue 3,160,840 by 300,001; the financing rows are “-” in the new column and the financing is not stated; nothing to check')

S.rel('growth', U, [F(DG, '2,053,747'), F(DG, '1,400,279')], 'taxes 2,053,747 against 1,400,279 (+46.7%): an 18-month budget against a 12-month one; no growth is stated')
# ---- 臺北市 2014 (103年) budget as passed
t_r0 = F(TP, '1599.84億元'); t_r = F(TP, '1608.47億元'); t_e0 = F(TP, '1726.42億元'); t_e = F(TP, '1712.31億元', n=1); t_d = F(TP, '103.84億元')
t_f = F(TP, '169.84億元'); t_c = F(TP, '69.84億元', pre='賸餘'); t_c0 = F(TP, '92.58億元')
sum_t1 = [t_r0, F(TP, '8.63億元'), t_r]; sum_t3 = [t_e, t_r, t_d]; sum_t5 = [t_c, F(TP, '100億元'), t_f]; sum_t6 = [t_c0, t_c, F(TP, '22.74億元')]
S.rel('sum', C, sum_t1, '臺北市 2014 budget: revenue 1599.84 + net increase 8.63 = 1608.47億')
S.rel('sum', C, [t_e0, F(TP, '14.11億元', n=1), t_e], 'spending 1726.42 − cut 14.11 = 1712.31億')
S.rel('growth', C, [F(TP, '14.11億元', n=0), t_e0, F(TP, '0.82%')], 'cut 14.11 / original 1726.42 = 0.817% → “約減0.82%”')
S.rel('restatement', C, [F(TP, '14.11億', n=0), F(TP, '14.11億元', n=0)], 'headline “刪減14.11億” restates the body')
S.rel('sum', C, sum_t3, 'shortfall: spending 1712.31 − revenue 1608.47 = 103.84億')
S.rel('sum', C, [t_d, F(TP, '66億元'), t_f], 'shortfall 103.84 + debt repayment 66 = financing 169.84億')
S.rel('sum', C, sum_t5, 'financing 169.84 = surplus carried over 69.84 + borrowing 100億')
S.rel('sum', C, sum_t6, 'carried-over surplus planned 92.58 − final 69.84 = 22.74億 less')
S.rel('growth', U, [t_r0, t_r, t_e0, t_e], 'revenue raised and spending cut by the council: no rate for revenue is stated; nothing further to check')

S.rel('sum', C, [t_e0, t_r0, F(TP, '66億元'), t_c0, F(TP, '100億元')], 'original budget: shortfall 1726.42 − 1599.84 = 126.58, + repayment 66 = 192.58 = planned carry-over 92.58 + borrowing 100 (derived)')
S.rel('sum', C, [F(TP, '14.11億元', n=1), F(TP, '8.63億元'), F(TP, '22.74億元')], 'the council’s cut 14.11 + revenue increase 8.63 = 22.74, the reduction in the carry-over (borrowing unchanged at 100) (derived)')
S.rel('growth', U, [F(TP, '8.63億元'), t_r0, F(TP, '0.82%')], 'the 0.82% is the spending cut (14.11 / 1726.42); the revenue increase is 8.63 / 1599.84 = 0.54%: other indicator')
# ---- 臺灣 Q3 2017 GDP
q_g = F(TQ, '3.11%', n=2); q_f = F(TQ, '1.89%'); q_a = F(TQ, '2.42%', n=1)
gr_q1 = [q_g, q_f, F(TQ, '1.22個百分點')]; gr_q2 = [F(TQ, '2.11%'), F(TQ, '0.31個百分點'), q_a]; rs_q = [F(TQ, '2.42%', n=0), q_a]
S.rel('growth', C, gr_q1, '臺灣 Q3 2017: 3.11 − August forecast 1.89 = 1.22 points')
S.rel('restatement', C, [F(TQ, '3.11%', n=0), q_g], 'headline 3.11% restates the body')
S.rel('growth', C, gr_q2, 'annual: August forecast 2.11 + 0.31 points = 2.42%')
S.rel('restatement', C, rs_q, 'annual 2.42% in the lead and at the end')
S.rel('growth', C, [F(TQ, '1.91%'), F(TQ, '1.74%')], 'private consumption 1.91% “也較8月預測值1.74%增加”: 1.91 > 1.74')
S.rel('rate', U, [q_a, q_g, F(TQ, '1.8%')], 'annual 2.42% from Q1–Q3 actuals and the Q4 forecast 1.8%: Q1 and Q2 and the quarterly weights are not stated')
S.rel('share', U, [F(TQ, '17.52%'), F(TQ, '14.99%')], 'electronic parts +14.99% within exports +17.52%: a part; its share is not stated; no contradiction')
S.rel('target', U, [q_f, q_g], 'the August figure 1.89% is a forecast, not a goal: not a target relation')

S.rel('rate', U, [q_g, F(TQ, '17.52%'), F(TQ, '1.91%')], 'GDP +3.11% from exports +17.52% (US$, nominal) and consumption +1.91%: weights, imports and investment not stated')
S.rel('target', U, [F(CG, '5%左右'), q_g], 'cross-document: the mainland’s 2025 goal 5%左右 against 臺灣’s Q3 2017 growth 3.11%: other place and period; unrelated')
# ---- 1976 report (蔣經國), Chinese numerals
S.rel('growth', U, [F(T76, '三萬五千四百三十九元'), F(T76, '五萬四千三百五十五元'), F(T76, '八萬六千零六十一元')], 'farm household income 1970 → 1973 → 1975: no rate is stated (and the figures are nominal); nothing to check')
S.rel('sum', U, [F(T76, '四十五億元'), F(T76, '六十五億元')], 'rural construction 45億 and the grain stabilisation fund 65億: the fund is not a part of the 45億; no split')

# ---- 香港 government accounts
h7_e = F(H7, '4676億元'); h7_d = F(H7, '2757億', n=1)
sum_h7 = [h7_e, F(H7, '1719億元'), F(H7, '200億元'), h7_d]; rs_h7 = [F(H7, '2757億', n=0), h7_d]
S.rel('sum', C, sum_h7, '香港, first 7 months: spending 4676 − revenue 1719 − green-bond proceeds 200 = deficit 2757億')
S.rel('restatement', C, rs_h7, 'headline deficit 2757億 restates the body')
h5_e = F(H5, '3601億元', n=1); h5_r = F(H5, '1275億元', n=1); h5_d = F(H5, '2326億', n=1)
sum_h5 = [h5_e, h5_r, h5_d]; rs_h5e = [F(H5, '3601億元', n=0), h5_e]; rs_h5r = [F(H5, '1275億元', n=0), h5_r]
S.rel('sum', C, sum_h5, '香港 2020/21, first 5 months: spending 3601 − revenue 1275 = deficit 2326億')
S.rel('restatement', C, rs_h5e, 'spending 3601億 in the sub-head and the body')
S.rel('restatement', C, rs_h5r, 'revenue 1275億 in the sub-head and the body')
S.rel('restatement', C, [F(H5, '2326億', n=0), h5_d], 'headline deficit 2326億 restates the body')
S.rel('growth', U, [F(H5, '9277億元'), F(H7, '6814億元')], 'cross-document: reserves 9277億 (end-Aug 2020) and 6814億 (end-Oct of a later year): other dates; no change is stated')
S.rel('sum', U, [h5_d, h7_d], 'cross-document: 5-month deficit 2326 (2020/21) and 7-month deficit 2757 (another year): other years; not cumulative')

# ---- 香港 2023/24 budget
hb_r = F(HB, '5602億元'); hb_l = F(HB, '3294億元'); hb_t = F(HB, '7610億元'); hb_res = F(HB, '7629億元')
sh_hb = [hb_l, hb_r, F(HB, '59%')]; sh_hbm = [hb_res, hb_t, F(HB, '十二個月')]
S.rel('share', C, sh_hb, '香港 2023/24: health, welfare and education 3294 / recurrent spending 5602 = 58.8% → 59%')
S.rel('share', C, sh_hbm, 'reserves 7629 “相等於十二個月政府開支”: 7629 / (7610 / 12) = 12.03 months')
S.rel('sum', U, [hb_r, F(HB, '693億元'), hb_t], 'recurrent 5602 + non-recurrent 693 = 6295, not 7610: total government spending also holds capital spending; not a split')
S.rel('sum', U, [hb_t, F(HB, '6424億元'), F(HB, '650億元'), F(HB, '544億元')], '7610 − 6424 − bonds 650 = 536, not 544: the deficit also carries items not stated (bond repayments and other accounts); nothing to check')
S.rel('restatement', U, [F(HB, '850億元', n=0), F(HB, '850億元', n=1)], 'land premium 850 and stamp duty 850: same number, other revenue heads')
S.rel('growth', U, [F(HB, '2637億元'), F(HB, '6.4%')], 'salaries and profits tax 2637 “較上年度修訂預算上升6.4%”: the revised estimate is not stated')
S.rel('share', U, [hb_t, F(HB, '25%')], 'spending 7610 = 25% of nominal GDP: GDP is not stated')

S.rel('growth', U, [F(HB, '850億元', n=0), F(HB, '20%'), F(HB, '850億元', n=1), F(HB, '27%')], 'land premium 850 (+約20%) and stamp duty 850 (+27%): same level, other revised bases (not stated); no contradiction')
S.rel('growth', U, [F(HB, '693億元'), F(HB, '53%')], 'non-recurrent spending down 53% to 693: the previous figure is not stated')
S.rel('growth', U, [hb_r, F(HB, '3.3%')], 'recurrent spending up 3.3% to 5602: the previous figure is not stated')
# ---- 香港 1999-2000 estimates table
h9_g1 = F(H99, '185,540', n=0); h9_g2 = F(H99, '185,540', n=1); h9_s = F(H99, '229,540', n=1); h9_p = F(H99, '290,130'); h9_y = F(H99, '1,374,275')
sum_h91 = [F(H99, '179,740', n=0), F(H99, '5,800', n=0), h9_g1]
sum_h92 = [h9_g2, F(H99, '33,110', n=1), F(H99, '10,890', n=1), h9_s]
sum_h93 = [h9_s, F(H99, '3,800'), F(H99, '1,270'), F(H99, '41,730'), F(H99, '8,620'), F(H99, '5,170'), h9_p]; sh_h9 = [h9_p, h9_y, F(H99, '21.1%')]
S.rel('sum', C, sum_h91, '香港 1999-2000: general revenue account 179,740 + 5,800 = 185,540 (HK$ million)')
S.rel('sum', C, sum_h92, '185,540 + capital works 33,110 + loan fund 10,890 = 229,540 (government expenditure)')
S.rel('sum', C, sum_h93, '229,540 + trading funds 3,800 + lotteries 1,270 + housing authority 41,730 + two councils 8,620 + 5,170 = 290,130 (public expenditure)')
S.rel('share', C, sh_h9, 'public expenditure 290,130 / GDP 1,374,275 = 21.11% → 21.1%')
S.rel('restatement', C, [h9_g1, h9_g2], '185,540 in the government and the public expenditure columns')
S.rel('share', U, [F(H99, '229,540', n=0), h9_y, F(H99, '21.1%')], 'government expenditure 229,540 is 16.7% of GDP; the 21.1% is public expenditure (290,130): other scope')

S.rel('sum', U, [F(H99, '179,740', n=0), F(H99, '33,110', n=0), F(H99, '10,890', n=0), F(H99, '229,540', n=0)], '179,740 + 33,110 + 10,890 = 223,740, not 229,540: the unnamed 5,800 row of the general revenue account is left out; the subtotal 185,540 holds it')
# ---- 澳門 2015 policy address: reserves
mo_x = F(MO, '2078亿元'); mo_x2 = F(MO, '2981亿元'); mo_t = F(MO, '4324亿元')
sum_mo1 = [mo_x, F(MO, '902.96亿元'), mo_x2]; sum_mo2 = [F(MO, '1343亿元'), mo_x2, mo_t]
S.rel('sum', C, sum_mo1, '澳門: excess reserve 2078 + 2014 budget surplus 902.96 = 2980.96 → 2981亿')
S.rel('sum', C, sum_mo2, 'basic reserve 1343 + excess reserve 2981 = 4324亿')
S.rel('sum', U, [F(MO, '3500亿元'), F(MO, '1900亿元')], 'gaming 3500 and non-gaming receipts “超过1900”: no total is stated; nothing to check')

S.rel('sum', U, [F(MO, '1343亿元'), mo_x, mo_t], 'end-January 1343 + 2078 = 3421, not 4324: the 4324 is after the 2014 surplus is settled into the excess reserve (other stage)')
# ---- national public finance H1 2025 (新華網 big5; 搜狐 summary)
ch_r = F(CH, '115566億元', n=2); ch_e = F(CH, '141271億元'); ch_c = F(CH, '48589億元'); ch_le = F(CH, '121357億元')
sum_ch1 = [ch_c, F(CH, '66977億元'), ch_r]; sum_ch2 = [F(CH, '19914億元'), ch_le, ch_e]
S.rel('sum', C, sum_ch1, 'H1 2025: central 48589 + local 66977 = 115566億')
S.rel('sum', C, sum_ch2, 'spending: central 19914 + local 121357 = 141271億')
S.rel('restatement', C, [F(CH, '115566億元', n=0), ch_r], 'page title 115566億 restates the body')
S.rel('sum', U, [F(CH, x) for x in ['21483億元', '4790億元', '1738億元', '24504億元', '11004億元', '2556億元']] + [ch_e], 'six main spending heads sum to 66075, not 141271: only the main heads (主要支出科目) are listed; not a split')
S.rel('restatement', U, [F(CH, '5.9%', n=0), F(CH, '5.9%', n=1)], 'education +5.9% and energy saving +5.9%: same number, other heads')
S.rel('rate', U, [F(CH, '0.3%'), F(CH, '2.8%'), F(CH, '1.6%')], 'total −0.3% from central −2.8% and local +1.6%: the H1 2024 levels (weights) are not stated')
cs_r = F(CS, '11.56万亿元'); cs_e = F(CS, '14.13万亿元'); cs_t = F(CS, '9.29万亿元'); cs_n = F(CS, '2.27万亿元')
sum_cs = [cs_t, cs_n, cs_r]; rs_cse = [cs_e, ch_e]
S.rel('sum', C, sum_cs, '搜狐 summary: taxes 9.29 + non-tax 2.27 = 11.56万亿')
S.rel('restatement', C, [cs_r, ch_r], 'cross-document: 11.56万亿 restates 115566億 (rounded)')
S.rel('restatement', C, rs_cse, 'cross-document: 14.13万亿 restates 141271億 (rounded)')
S.rel('restatement', C, [F(CS, '9.2%', pre='就业支出+'), F(CH, '9.2%')], 'cross-document: social security and employment spending +9.2% in both')
S.rel('growth', U, [F(CS, '0.3%'), F(CS, '0.8个百分点')], 'decline “比一季度收窄0.8个百分点”: the Q1 rate is not stated')
S.rel('rate', U, [F(CS, '1.2%'), F(CS, '1.9%'), F(CS, '0.6%'), F(CS, '1%', pre='6月+')], 'H1 taxes −1.2% with April–June gains: January–March and the monthly weights are not stated')
S.rel('restatement', U, [F(CS, '3.7%', n=0), F(CS, '3.7%', n=1)], 'non-tax revenue H1 +3.7% and June −3.7%: same number, other period and sign')
S.rel('growth', U, [F(CS, '1.27万亿元'), F(CS, '1322亿元')], 'export refunds 1.27万亿 “同比多退1322亿”: last year’s refunds are not stated (about 1.14万亿); nothing to check')
S.rel('restatement', U, [F(CS, '9.2%', pre='通信设备+'), F(CS, '9.2%', pre='就业支出+')], 'taxes from computer and communication equipment +9.2% and social-security spending +9.2%: same number, other indicators')

S.rel('growth', U, [F(CS, '1.6%'), F(CS, '5.7%')], 'north-east +5.7% within local revenue +1.6%: a part; weights not stated; no contradiction')
S.rel('rate', U, [cs_n, F(CS, '3.7%', n=0), F(CS, '4.8%'), F(CS, '1%', pre='收费+'), F(CS, '4.3%', pre='罚没收入-')], 'non-tax +3.7% from three heads (+4.8/+1/−4.3%): the heads’ shares and the other heads are not stated')
S.rel('growth', U, [F(CH, '19442億元'), F(CH, '2.4%')], 'fund revenue 19442 −2.4%: the H1 2024 level is not stated')
# ---- national 2025 GDP (聯合報) and 2025 targets (新華社 copy)
cu_y0 = F(CU, '140兆1879億元', n=0); cu_y = F(CU, '140兆1879億元', n=1); cu_g0 = F(CU, '5.0%', n=0); cu_g = F(CU, '5.0%', n=1)
cu_p = [F(CU, '9兆3347億元'), F(CU, '49兆9653億元'), F(CU, '80兆8879億元')]
sum_cu = cu_p + [cu_y]; rs_cu = [cu_y0, cu_y]
S.rel('sum', C, sum_cu, '2025 GDP: 9兆3347 + 49兆9653 + 80兆8879 = 140兆1879億 (93347 + 499653 + 808879 = 1401879)')
S.rel('restatement', C, rs_cu, 'GDP 140兆1879億 in the lead and the body')
S.rel('restatement', C, [F(CU, '4.5%', n=0), F(CU, '4.5%', n=2)], 'Q4 +4.5% in the lead and in the quarterly list')
S.rel('target', M, [cu_g0, F(CU, '5%左右')], 'the year is over: 5.0% against the “5%左右” goal (met at ≥ 4.5): met, as the text says (完成…設定目標)')
S.rel('target', M, [F(CG, '5%左右'), cu_g], 'cross-document: the 2025 government work report’s “國內生產總值增長5%左右” against the 2025 result 5.0%: met')
S.rel('rate', U, [cu_g, F(CU, '3.9%'), F(CU, '4.5%', n=1), F(CU, '5.4%', n=0)], 'GDP +5.0% from the sectors’ +3.9/+4.5/+5.4%: the 2024 weights are not stated')
S.rel('rate', U, [cu_g, F(CU, '5.4%', n=1), F(CU, '5.2%'), F(CU, '4.8%'), F(CU, '4.5%', n=2)], 'the year from the quarters’ 5.4/5.2/4.8/4.5%: quarterly weights are not stated (the simple mean 4.98 is no check)')
S.rel('restatement', U, [F(CU, '4.5%', n=1), F(CU, '4.5%', n=2)], 'secondary industry +4.5% and Q4 GDP +4.5%: same number, other indicator and period')
S.rel('restatement', U, [F(CU, '5.4%', n=0), F(CU, '5.4%', n=1)], 'tertiary industry +5.4% and Q1 GDP +5.4%: same number, other indicator and period')
S.rel('target', U, [F(CG, '5%左右'), F(CU, '4.5%', n=0)], 'cross-document: the annual goal 5%左右 against the fourth quarter’s 4.5%: other period (a quarter); unrelated')
S.rel('target', U, [F(CG, '5%左右'), F(CU, '4.5%', n=1)], 'cross-document: the GDP goal against secondary-industry growth 4.5%: other indicator; unrelated')

S.rel('growth', U, [cu_y, cu_g], 'nominal level 140兆1879 with real growth 5.0%: the 2024 level is not stated here, and a nominal change is no check of a real rate')
S.rel('target', U, [F(CG, '2%左右'), F(CS, '1.9%')], 'cross-document: the consumer-price goal 2%左右 against April taxes +1.9%: other indicator; unrelated')
# ---- 1957 capital construction
S.rel('target', CT, [F(C57, '59%')], '59% of the 1957 annual plan by the end of September: the year is not over; cannot tell')
S.rel('growth', U, [F(C57, '59%'), F(C57, '1.5%')], '59% “比去年同期超过1.5%”: last year’s rate by September is not stated')

# ---- altered copies
a = ALT(L, 1, l_so, '8818億元', 'social welfare 8318 → 8818')
S.rel('share', I, R(a, sh_lso, l_so, '8818億元'), 'altered: 8818 / 30350 = 29.05%, not 27.4% (breaks {B})')
a = ALT(L, 2, l_op, '2530億元', 'enterprise income 2580 → 2530')
S.rel('sum', I, R(a, sum_l, l_op, '2530億元'), 'altered: 24807 + 2530 + 280 + 956 = 28573, not 28623 (breaks {B})')
a = ALT(L, 3, l_inc, '1150億元', 'spending increase 1100 → 1150')
S.rel('sum', I, R(a, sum_le, l_inc, '1150億元'), 'altered: 29250 + 1150 = 30400, not 30350 (breaks {B})')
S.rel('growth', I, R(a, gr_le, l_inc, '1150億元'), 'altered: 1150 / 29250 = +3.93% → 3.9, not 3.8% (breaks {B})')
a = ALT(ET, 1, e_d, '1757億', 'shortfall (first mention) 1727 → 1757')
S.rel('sum', I, R(a, sum_e1, e_d, '1757億'), 'altered: 28623 + 1757 = 30380, not 30350 (breaks {B})')
S.rel('restatement', I, R(a, rs_ed, e_d, '1757億'), 'altered: the shortfall is 1757 in one place and 1727 in the other (breaks {B})')
a = ALT(ET, 2, e_sp, '1068億', 'special budgets 1008 → 1068')
S.rel('sum', I, R(a, sum_e3, e_sp, '1068億'), 'altered: 2992 + 1068 = 4060, not 4000 (breaks {B})')
a = ALT(US, 1, u_p[1], '686億元', 'general grants 636 → 686')
S.rel('sum', I, R(a, sum_u1, u_p[1], '686億元'), 'altered: 24 + 686 + 133 + 59 + 11 + 15 = 928, not 878 (breaks {B})')
a = ALT(US, 2, u_b1, '135億元', 'final surplus 105 → 135')
S.rel('sum', I, R(a, sum_u4, u_b1, '135億元'), 'altered: 1520 − 1415 = 105, not 135 (breaks {B})')
a = ALT(US, 3, u_b0, '953億元', 'original surplus 983 → 953')
S.rel('sum', I, R(a, sum_u2, u_b0, '953億元'), 'altered: 2398 − 1415 = 983, not 953 (breaks {B})')
a = ALT(CD, 1, c_s, '六百億元', 'carried-over surplus 五百 → 六百億元')
S.rel('sum', I, R(a, sum_c2, c_s, '六百億元'), 'altered: 690 + 600 = 1290, not 1190 (breaks {B})')
a = ALT(CD, 2, c_d, '二百五十億元', 'shortfall 二百三十 → 二百五十億元')
S.rel('sum', I, R(a, sum_c1, c_d, '二百五十億元'), 'altered: 250 + 960 = 1210, not 1190 (breaks {B})')
a = ALT(DG, 1, dg_r[1], '445,815', 'enterprise income (new) 445,315 → 445,815')
S.rel('sum', I, R(a, sum_dg1, dg_r[1], '445,815'), 'altered: the five revenue rows sum to 3,161,340, not 3,160,840 (breaks {B})')
S.rel('sum', I, R(a, sum_dg3, dg_r[1], '445,815'), 'altered: 445,815 − 293,140 = 152,675, not 152,175 (breaks {B})')
a = ALT(DG, 2, sum_dg4[2], '266,155', 'education difference 266,755 → 266,155')
S.rel('sum', I, R(a, sum_dg4, sum_dg4[2], '266,155'), 'altered: 716,775 − 450,020 = 266,755, not 266,155 (breaks {B})')
a = ALT(TP, 1, t_r, '1606.47億元', 'final revenue 1608.47 → 1606.47')
S.rel('sum', I, R(a, sum_t1, t_r, '1606.47億元'), 'altered: 1599.84 + 8.63 = 1608.47, not 1606.47 (breaks {B})')
S.rel('sum', I, R(a, sum_t3, t_r, '1606.47億元'), 'altered: 1712.31 − 1606.47 = 105.84, not 103.84 (breaks {B})')
a = ALT(TP, 2, t_c0, '92.38億元', 'planned carry-over 92.58 → 92.38')
S.rel('sum', I, R(a, sum_t6, t_c0, '92.38億元'), 'altered: 92.38 − 69.84 = 22.54, not 22.74 (breaks {B})')
a = ALT(TP, 3, t_c, '63.84億元', 'carry-over 69.84 → 63.84')
S.rel('sum', I, R(a, sum_t5, t_c, '63.84億元'), 'altered: 63.84 + 100 = 163.84, not 169.84 (breaks {B})')
S.rel('sum', I, R(a, sum_t6, t_c, '63.84億元'), 'altered: 92.58 − 63.84 = 28.74, not 22.74 (breaks {B})')
a = ALT(TQ, 1, gr_q1[2], '1.28個百分點', 'forecast gap 1.22 → 1.28 points')
S.rel('growth', I, R(a, gr_q1, gr_q1[2], '1.28個百分點'), 'altered: 3.11 − 1.89 = 1.22, not 1.28 points (breaks {B})')
a = ALT(TQ, 2, q_a, '2.47%', 'annual growth (second mention) 2.42 → 2.47')
S.rel('growth', I, R(a, gr_q2, q_a, '2.47%'), 'altered: 2.11 + 0.31 = 2.42, not 2.47 (breaks {B})')
S.rel('restatement', I, R(a, rs_q, q_a, '2.47%'), 'altered: annual growth 2.42% in the lead, 2.47% at the end (breaks {B})')
a = ALT(H7, 1, h7_e, '4616億元', 'spending 4676 → 4616')
S.rel('sum', I, R(a, sum_h7, h7_e, '4616億元'), 'altered: 4616 − 1719 − 200 = 2697, not 2757 (breaks {B})')
a = ALT(H7, 2, rs_h7[0], '2737億', 'headline deficit 2757 → 2737')
S.rel('restatement', I, R(a, rs_h7, rs_h7[0], '2737億'), 'altered: headline 2737億 against 2757億 in the body (breaks {B})')
a = ALT(H5, 1, h5_e, '3661億元', 'spending (body) 3601 → 3661')
S.rel('sum', I, R(a, sum_h5, h5_e, '3661億元'), 'altered: 3661 − 1275 = 2386, not 2326 (breaks {B})')
S.rel('restatement', I, R(a, rs_h5e, h5_e, '3661億元'), 'altered: spending 3601 in the sub-head, 3661 in the body (breaks {B})')
a = ALT(H5, 2, rs_h5r[0], '1245億元', 'revenue (sub-head) 1275 → 1245')
S.rel('restatement', I, R(a, rs_h5r, rs_h5r[0], '1245億元'), 'altered: revenue 1245 in the sub-head, 1275 in the body (breaks {B})')
a = ALT(HB, 1, hb_l, '3894億元', 'health, welfare and education 3294 → 3894')
S.rel('share', I, R(a, sh_hb, hb_l, '3894億元'), 'altered: 3894 / 5602 = 69.5%, not 59% (breaks {B})')
a = ALT(HB, 2, hb_res, '7029億元', 'reserves 7629 → 7029')
S.rel('share', I, R(a, sh_hbm, hb_res, '7029億元'), 'altered: 7029 / (7610 / 12) = 11.1 months, not twelve (breaks {B})')
a = ALT(H99, 1, sum_h92[2], '10,690', 'loan fund (public column) 10,890 → 10,690')
S.rel('sum', I, R(a, sum_h92, sum_h92[2], '10,690'), 'altered: 185,540 + 33,110 + 10,690 = 229,340, not 229,540 (breaks {B})')
a = ALT(H99, 2, sum_h93[3], '47,730', 'housing authority 41,730 → 47,730')
S.rel('sum', I, R(a, sum_h93, sum_h93[3], '47,730'), 'altered: the public-expenditure rows sum to 296,130, not 290,130 (breaks {B})')
a = ALT(H99, 3, sh_h9[2], '21.7%', 'public expenditure share 21.1% → 21.7%')
S.rel('share', I, R(a, sh_h9, sh_h9[2], '21.7%'), 'altered: 290,130 / 1,374,275 = 21.1%, not 21.7% (breaks {B})')
a = ALT(MO, 1, mo_x, '2018亿元', 'excess reserve 2078 → 2018')
S.rel('sum', I, R(a, sum_mo1, mo_x, '2018亿元'), 'altered: 2018 + 902.96 = 2920.96, not 2981 (breaks {B})')
a = ALT(MO, 2, mo_t, '4384亿元', 'total reserves 4324 → 4384')
S.rel('sum', I, R(a, sum_mo2, mo_t, '4384亿元'), 'altered: 1343 + 2981 = 4324, not 4384 (breaks {B})')
a = ALT(CH, 1, ch_c, '48389億元', 'central revenue 48589 → 48389')
S.rel('sum', I, R(a, sum_ch1, ch_c, '48389億元'), 'altered: 48389 + 66977 = 115366, not 115566 (breaks {B})')
a = ALT(CH, 2, ch_le, '121857億元', 'local spending 121357 → 121857')
S.rel('sum', I, R(a, sum_ch2, ch_le, '121857億元'), 'altered: 19914 + 121857 = 141771, not 141271 (breaks {B})')
a = ALT(CS, 1, cs_n, '2.21万亿元', 'non-tax revenue 2.27 → 2.21万亿')
S.rel('sum', I, R(a, sum_cs, cs_n, '2.21万亿元'), 'altered: 9.29 + 2.21 = 11.50, not 11.56万亿 (breaks {B})')
a = ALT(CS, 2, cs_e, '14.18万亿元', 'spending 14.13 → 14.18万亿')
S.rel('restatement', I, R(a, rs_cse, cs_e, '14.18万亿元'), 'altered: 14.18万亿 does not restate 141271億 (14.13) (breaks {B})')
a = ALT(CU, 1, cu_p[1], '49兆9853億元', 'secondary industry 49兆9653 → 49兆9853')
S.rel('sum', I, R(a, sum_cu, cu_p[1], '49兆9853億元'), 'altered: 93347 + 499853 + 808879 = 1402079, not 1401879 (breaks {B})')
a = ALT(CU, 2, cu_y0, '140兆1979億元', 'GDP in the lead 140兆1879 → 140兆1979')
S.rel('restatement', I, R(a, rs_cu, cu_y0, '140兆1979億元'), 'altered: 140兆1979億 in the lead, 140兆1879億 in the body (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

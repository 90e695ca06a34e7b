"""Check key, set check-heldout80. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout80.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout80'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

HP='hp_2024.txt'; BH25='bh_2025.txt'; BH24='bh_2024.txt'; HQ='hq_2022.txt'; JC='jc_2022_hant.txt'; LL='ll_2022_hant.txt'
ZJK='zjk_2018.txt'; ZT='zjk_tab.txt'; BL='blzq_2023_hant.txt'; H9T='hlj_2009t_hant.txt'; H9='hlj_2009.txt'; JBX='hlj_jbx.txt'
H6T='hlj_2006t.txt'; H6='hlj_2006_hant.txt'; TRY='try_2023t.txt'; XWQ='xwq_2021.txt'; ZLM='zlm_1961.txt'; P56='prov_1956.txt'

# ---- 和平区 (天津) 2024 budget execution report
pr = F(HP, '47.98亿元'); ptax = F(HP, '37.53亿元'); pnt = F(HP, '10.45亿元'); p101 = F(HP, '101%')
pin = [F(HP, '22.18亿元'), F(HP, '3.18亿元'), F(HP, '5.68亿元'), F(HP, '6.12亿元'), F(HP, '12.95亿元'), F(HP, '0.8亿元')]
pout = [F(HP, '9.9亿元'), F(HP, '14.4亿元')]; ptot = F(HP, '74.59亿元')
sum_hp1 = [ptax, pnt, pr]; sum_hp2 = [pr] + pin + pout + [ptot]
S.rel('sum', C, sum_hp1, 'tax 37.53 + non-tax 10.45 = 47.98')
S.rel('sum', C, sum_hp2, '47.98 + 22.18 + 3.18 + 5.68 + 6.12 + 12.95 + 0.8 − 9.9 − 14.4 = 74.59 (total general-budget resources)')
S.rel('target', M, [pr, p101], 'revenue 47.98亿 = 101% of the adjusted budget: met')
S.rel('growth', U, [pr, F(HP, '13.4%')], 'revenue +13.4% on 2023: the 2023 revenue is not stated (unstated base)')
a = ALT(HP, 1, pnt, '10.75亿元', 'non-tax revenue 10.45 → 10.75')
S.rel('sum', I, R(a, sum_hp1, pnt, '10.75亿元'), 'altered: 37.53 + 10.75 = 48.28, not 47.98 (breaks {B})')
a = ALT(HP, 2, pin[4], '12.35亿元', 'refinancing bond transfer 12.95 → 12.35')
S.rel('sum', I, R(a, sum_hp2, pin[4], '12.35亿元'), 'altered: the items give 73.99, not 74.59 (breaks {B})')

# ---- 滨海新区 (天津) 2025 budget execution and 2024 final accounts (two consecutive reports)
br = F(BH25, '633.8亿元'); bg = F(BH25, '6.3%'); b102 = F(BH25, '102.1%'); btax = F(BH25, '515.4亿元'); btg = F(BH25, '2%', '增长')
bsh = F(BH25, '81.3%'); bin = [F(BH25, '116.3亿元'), F(BH25, '57.5亿元'), F(BH25, '18.3亿元')]; bout = [F(BH25, '8亿元', '调出资金等'), F(BH25, '13.7亿元')]
btot = F(BH25, '804.2亿元'); bsp = F(BH25, '754.2亿元'); bspg = F(BH25, '8.5%'); bbal = F(BH25, '50亿元')
cr = F(BH24, '596.5亿元'); c995 = F(BH24, '99.5%'); ctax = F(BH24, '505.6亿元'); csh = F(BH24, '84.8%'); csp = F(BH24, '824.5亿元'); c961 = F(BH24, '96.1%')
ctr = F(BH24, '190亿元'); ctp = [F(BH24, '33.7亿元'), F(BH24, '128.6亿元'), F(BH24, '27.7亿元')]
sum_bh = [br] + bin + bout + [btot]; bal_bh = [btot, bsp, bbal]; sum_tr = ctp + [ctr]
S.rel('share', C, [btax, br, bsh], '515.4/633.8 = 81.32% → 81.3')
S.rel('sum', C, sum_bh, '633.8 + 116.3 + 57.5 + 18.3 − 8 − 13.7 = 804.2')
S.rel('sum', C, bal_bh, 'total resources 804.2 − spending 754.2 = balance 50')
S.rel('target', M, [br, b102], '2025 revenue 633.8亿 = 102.1% of budget: met')
S.rel('share', C, [ctax, cr, csh], '505.6/596.5 = 84.76% → 84.8')
S.rel('sum', C, sum_tr, 'transfers 33.7 + 128.6 + 27.7 = 190')
S.rel('target', MS, [cr, c995], '2024 revenue 596.5亿 = 99.5% of budget: missed (below budget)')
S.rel('target', MS, [csp, c961], '2024 spending 824.5亿 = 96.1% of budget: missed (below plan)')
S.rel('growth', C, [cr, br, bg], 'cross-document: 596.5 (2024 final accounts) → 633.8 (2025) = +6.25% → 6.3')
S.rel('growth', C, [ctax, btax, btg], 'cross-document: tax 505.6 → 515.4 = +1.94% → 2%')
S.rel('growth', C, [csp, bsp, bspg], 'cross-document: spending 824.5 → 754.2 = −8.53% → 8.5')
S.rel('restatement', U, [F(BH24, '2.1%'), btg], 'tax growth 2024 +2.1% vs 2025 +2%: same indicator, different years')
S.rel('restatement', U, [F(BH24, '5.5%'), bg], 'revenue growth 2024 +5.5% vs 2025 +6.3%: same indicator, different years')
S.rel('growth', U, [cr, F(BH24, '5.5%')], '2024 revenue +5.5% on 2023: the 2023 level is not stated')
a = ALT(BH25, 1, bsh, '84.3%', 'tax share 81.3 → 84.3')
S.rel('share', I, [on(a, btax), on(a, br), on(a, bsh, '84.3%')], 'altered: 515.4/633.8 = 81.3%, not 84.3 (breaks {B})')
a = ALT(BH25, 2, bin[1], '51.5亿元', 'carry-over 57.5 → 51.5')
S.rel('sum', I, R(a, sum_bh, bin[1], '51.5亿元'), 'altered: the items give 798.2, not 804.2 (breaks {B})')
a = ALT(BH25, 3, bsp, '757.2亿元', 'spending 754.2 → 757.2')
S.rel('sum', I, R(a, bal_bh, bsp, '757.2亿元'), 'altered: 804.2 − 757.2 = 47, not 50 (breaks {B})')
S.rel('growth', I, [csp, on(a, bsp, '757.2亿元'), on(a, bspg)], 'altered: 824.5 → 757.2 is −8.2%, not −8.5 (breaks {B})')
a = ALT(BH24, 1, csh, '86.8%', 'tax share 84.8 → 86.8')
S.rel('share', I, [on(a, ctax), on(a, cr), on(a, csh, '86.8%')], 'altered: 505.6/596.5 = 84.8%, not 86.8 (breaks {B})')
a = ALT(BH24, 2, ctp[1], '126.6亿元', 'general transfers 128.6 → 126.6')
S.rel('sum', I, R(a, sum_tr, ctp[1], '126.6亿元'), 'altered: 33.7 + 126.6 + 27.7 = 188, not 190 (breaks {B})')

a = ALT(HP, 3, ptax, '37.83亿元', 'tax revenue 37.53 → 37.83')
S.rel('sum', I, R(a, sum_hp1, ptax, '37.83亿元'), 'altered: 37.83 + 10.45 = 48.28, not 47.98 (breaks {B})')
S.rel('target', U, [br, c995], '滨海 2025 revenue vs the 2024 budget-completion rate 99.5%: other year')
S.rel('restatement', U, [p101, F(HQ, '100.3%')], '和平区 2024 101% vs 红桥区 2022 100.3% of adjusted budget: other place and year')
a = ALT(BH24, 3, cr, '598.5亿元', '2024 revenue 596.5 → 598.5')
S.rel('share', I, [on(a, ctax), on(a, cr, '598.5亿元'), on(a, csh)], 'altered: 505.6/598.5 = 84.5%, not 84.8 (breaks {B})')
S.rel('growth', I, [on(a, cr, '598.5亿元'), br, bg], 'altered: 598.5 → 633.8 is +5.9%, not 6.3 (breaks {B})')

# ---- 红桥区 (天津) 2022 budget execution report
qr = F(HQ, '157,500万元'); qt = F(HQ, '108,000万元'); qn = F(HQ, '49,500万元'); q70 = F(HQ, '70%')
sum_hq = [qt, qn, qr]
S.rel('sum', C, sum_hq, '108,000 + 49,500 = 157,500')
S.rel('share', C, [qt, qr, q70], 'tax 108,000/157,500 = 68.6%, stated as 接近70% (“close to 70%”): consistent as an approximate, less-than figure (judgement call)')
S.rel('target', M, [qr, F(HQ, '100.3%')], 'revenue 157,500万 = 100.3% of the adjusted budget: met')
S.rel('growth', U, [qt, qn, F(HQ, '36.1%'), qr, F(HQ, '16.8%')], 'tax flat on a comparable basis and non-tax −36.1% would give about −15.1% overall, not −16.8: the tax figure is comparable-basis, the non-tax rate natural-basis; mixed bases, not a check')
S.rel('growth', U, [q70, F(HQ, '10个')], 'tax share up 10 points: last year’s share is not stated')
a = ALT(HQ, 1, qn, '46,500万元', 'non-tax revenue 49,500 → 46,500')
S.rel('sum', I, R(a, sum_hq, qn, '46,500万元'), 'altered: 108,000 + 46,500 = 154,500, not 157,500 (breaks {B})')

a = ALT(HQ, 2, qt, '106,000万元', 'tax revenue 108,000 → 106,000')
S.rel('sum', I, R(a, sum_hq, qt, '106,000万元'), 'altered: 106,000 + 49,500 = 155,500, not 157,500 (breaks {B})')

# ---- 建昌县 (葫芦岛, 辽宁) 2022 statistical bulletin, traditional
jt = F(JC, '91.8億元'); j1 = F(JC, '30.5億元'); j2 = F(JC, '14.2億元'); j3 = F(JC, '47.1億元'); ji = F(JC, '12.5億元'); jb = F(JC, '1.7億元')
jp1 = F(JC, '33.3'); jp2 = F(JC, '15.4', post=':'); jp3 = F(JC, '51.3')
jat = F(JC, '59.24億元'); jap = [F(JC, '23.99億元'), F(JC, '3.28億元'), F(JC, '29.46億元'), F(JC, '0.45億元'), F(JC, '2.06億元')]
sum_jc = [j1, j2, j3, jt]; sum_j2 = [ji, jb, j2]; sum_ja = jap + [jat]
S.rel('sum', C, sum_jc, '30.5 + 14.2 + 47.1 = 91.8')
S.rel('sum', C, sum_j2, 'industry 12.5 + construction 1.7 = secondary 14.2')
S.rel('share', C, [j1, jt, jp1], '30.5/91.8 = 33.22%; with the inputs’ allowance up to 30.55/91.75 = 33.30 → 33.3 (judgement call: the bureau used unrounded values)')
S.rel('share', C, [j2, jt, jp2], '14.2/91.8 = 15.47%; with the allowance down to 14.15/91.85 = 15.41 → 15.4 (judgement call)')
S.rel('share', C, [j3, jt, jp3], '47.1/91.8 = 51.31% → 51.3')
S.rel('sum', C, [jp1, jp2, jp3], '33.3 + 15.4 + 51.3 = 100')
S.rel('sum', C, sum_ja, 'farming 23.99 + forestry 3.28 + animal husbandry 29.46 + fishery 0.45 + services 2.06 = 59.24')
S.rel('sum', U, [F(JC, '57009噸'), F(JC, '8595噸'), F(JC, '32690噸')], 'apples 8595 + pears 32690 = 41285 of fruit 57009: named subsets (其中), not a split')
S.rel('rate', U, [jt, F(JC, '20490元')], 'per-capita GDP 20490元: the mean population is not stated')
S.rel('rate', U, [j1, F(JC, '3.5%'), j2, F(JC, '12.6%'), j3, F(JC, '1.1%'), jt, F(JC, '1.4%')], 'current-price sector levels with real sector rates: base weights not stated, not a check of −1.4%')
a = ALT(JC, 1, j3, '44.1億元', 'tertiary value added 47.1 → 44.1')
S.rel('sum', I, R(a, sum_jc, j3, '44.1億元'), 'altered: 30.5 + 14.2 + 44.1 = 88.8, not 91.8 (breaks {B})')
S.rel('share', I, [on(a, j3, '44.1億元'), on(a, jt), on(a, jp3)], 'altered: 44.1/91.8 = 48.0%, not 51.3 (breaks {B})')
a = ALT(JC, 2, jap[2], '29.16億元', 'animal husbandry output 29.46 → 29.16')
S.rel('sum', I, R(a, sum_ja, jap[2], '29.16億元'), 'altered: the five parts give 58.94, not 59.24 (breaks {B})')
a = ALT(JC, 3, ji, '12.9億元', 'industry value added 12.5 → 12.9')
S.rel('sum', I, R(a, sum_j2, ji, '12.9億元'), 'altered: 12.9 + 1.7 = 14.6, not 14.2 (breaks {B})')

S.rel('sum', U, [F(JC, '90.8萬畝'), F(JC, '98.6萬畝')], 'maize 90.8 of grain area 98.6万亩: a subset, no share stated')
S.rel('restatement', U, [F(JC, '11.5%'), F(JC, '12.6%')], 'industry −11.5% vs secondary sector −12.6%: different indicators (construction −18.7% pulls the sector down)')

# ---- 柳林县 (吕梁, 山西) 2022 review in the 2023 work report, traditional
lg = F(LL, '417億元'); ld = F(LL, '110.8億元'); lr = F(LL, '9.4%')
S.rel('growth', U, [lg, ld, lr], '417 with a net increase of 110.8 is +36.2% at current prices; 9.4% is real growth: nominal vs real')
S.rel('growth', U, [F(LL, '53億元'), F(LL, '79.2%')], 'budget revenue 53亿 +79.2%: last year’s revenue is not stated')

S.rel('growth', U, [F(LL, '39098元'), F(LL, '4.7%')], 'urban income 39098 +4.7%: last year’s income is not stated')

# ---- 张家口 (河北) 2018, encyclopedia entry + data-site table
zt = F(ZJK, '1536.6亿元'); z1 = F(ZJK, '226.6亿元'); z2 = F(ZJK, '518.4亿元'); z3 = F(ZJK, '791.6亿元')
zp1 = F(ZJK, '14.8%'); zp2 = F(ZJK, '33.7%'); zp3 = F(ZJK, '51.5%'); t18 = F(ZT, '51.51'); t17 = F(ZT, '54.07')
sum_zjk = [z1, z2, z3, zt]
S.rel('sum', C, sum_zjk, '226.6 + 518.4 + 791.6 = 1536.6')
S.rel('share', C, [z1, zt, zp1], '226.6/1536.6 = 14.75% → 14.8')
S.rel('share', C, [z2, zt, zp2], '518.4/1536.6 = 33.74% → 33.7')
S.rel('share', C, [z3, zt, zp3], '791.6/1536.6 = 51.52% → 51.5')
S.rel('sum', C, [zp1, zp2, zp3], '14.8 + 33.7 + 51.5 = 100')
S.rel('restatement', C, [zp3, t18], 'cross-document: tertiary share 2018 51.5% (entry) and 51.51 (data-site table)')
S.rel('share', C, [z3, zt, t18], 'cross-document: 791.6/1536.6 = 51.516%; with the allowance down to 791.55/1536.65 = 51.511 → 51.51 (judgement call)')
S.rel('rate', U, [zt, F(ZJK, '443.4万人'), F(ZJK, '34661元')], '1536.6亿 / 443.4万 = 34655元, stated 34661: per-capita GDP is over the mean population, which is not stated (443.4万 is the 2018 resident count); not a check')
S.rel('restatement', U, [F(ZJK, '465.4万人'), F(ZJK, '443.4万人')], 'registered 465.4万 vs resident 443.4万: different indicators')
S.rel('restatement', U, [F(ZJK, '443.4万人'), F(ZT, '4118908人')], 'resident population 443.4万 (2018) vs 4118908 (census, 1 Nov 2020): other period')
S.rel('restatement', U, [zp3, t17], 'tertiary share 2018 51.5 vs 2017 54.07 in the table: same indicator, other year')
a = ALT(ZJK, 1, z2, '548.4亿元', 'secondary value added 518.4 → 548.4')
S.rel('sum', I, R(a, sum_zjk, z2, '548.4亿元'), 'altered: parts add to 1566.6, not 1536.6 (breaks {B})')
S.rel('share', I, [on(a, z2, '548.4亿元'), on(a, zt), on(a, zp2)], 'altered: 548.4/1536.6 = 35.7%, not 33.7 (breaks {B})')
a = ALT(ZJK, 2, zp3, '52.5%', 'tertiary share 51.5 → 52.5')
S.rel('share', I, [on(a, z3), on(a, zt), on(a, zp3, '52.5%')], 'altered: 791.6/1536.6 = 51.5%, not 52.5 (breaks {B})')
S.rel('sum', I, [on(a, zp1), on(a, zp2), on(a, zp3, '52.5%')], 'altered: 14.8 + 33.7 + 52.5 = 101 (breaks {B})')
S.rel('restatement', I, [on(a, zp3, '52.5%'), t18], 'altered: 52.5% in the entry vs 51.51 in the table (breaks {B})')
a = ALT(ZT, 1, t18, '54.51', '2018 tertiary share in the table 51.51 → 54.51')
S.rel('restatement', I, [zp3, on(a, t18, '54.51')], 'altered: 51.5% in the entry vs 54.51 in the table (breaks {B})')
S.rel('share', I, [z3, zt, on(a, t18, '54.51')], 'altered: 791.6/1536.6 = 51.52%, not 54.51 (breaks {B})')

# ---- 巴林左旗 (赤峰, 内蒙古) 2023 statistical bulletin, traditional
lt = F(BL, '161.8億元'); l1 = F(BL, '36.7億元'); l2 = F(BL, '58.0億元'); l3 = F(BL, '67.1億元'); lgdp = F(BL, '7.1%')
lp = [F(BL, '22.7'), F(BL, '35.8'), F(BL, '41.5', post='。')]
lc = [F(BL, '18.7%'), F(BL, '40.9%'), F(BL, '40.4%')]; lpull = [F(BL, '1.3', post='、'), F(BL, '2.9', post='和'), F(BL, '2.9', post='個')]
la = F(BL, '195.6萬畝'); lgr = F(BL, '154.1萬畝'); lec = F(BL, '41.5萬畝'); lce = [F(BL, '129.9萬畝'), F(BL, '23.9萬畝'), F(BL, '0.2萬畝')]
gt = F(BL, '612554.8噸'); gp = [F(BL, '618.4噸'), F(BL, '19142.7噸'), F(BL, '1209噸')]
sum_bl = [l1, l2, l3, lt]; sum_con = lc; sum_area = [lgr, lec, la]; sum_ga = lce + [lgr]
S.rel('sum', C, sum_bl, '36.7 + 58.0 + 67.1 = 161.8')
S.rel('share', C, [l1, lt, lp[0]], '36.7/161.8 = 22.68% → 22.7')
S.rel('share', C, [l2, lt, lp[1]], '58.0/161.8 = 35.85% → 35.8')
S.rel('share', C, [l3, lt, lp[2]], '67.1/161.8 = 41.47% → 41.5')
S.rel('sum', C, lp, '22.7 + 35.8 + 41.5 = 100')
S.rel('sum', C, sum_con, 'contributions 18.7 + 40.9 + 40.4 = 100')
S.rel('sum', C, lpull + [lgdp], 'pulls 1.3 + 2.9 + 2.9 = 7.1 points = GDP growth 7.1%')
S.rel('rate', C, [lgdp, lc[1], lpull[1]], 'secondary pull = 7.1 × 40.9% = 2.90 → 2.9')
S.rel('sum', C, sum_area, 'grain area 154.1 + cash-crop area 41.5 = 195.6')
S.rel('sum', C, sum_ga, 'cereals 129.9 + beans 23.9 + tubers 0.2 = 154.0, stated 154.1: inside the three inputs’ allowance (±0.15)')
S.rel('sum', I, gp + [gt], 'REAL ERROR in the original: cereals 618.4噸 + beans 19142.7 + tubers 1209 = 20970.1噸, but grain is 612554.8噸 (cereals should be about 592203噸); the cereal figure as printed is wrong (same text in other copies of this bulletin)')
S.rel('sum', U, [F(BL, '9.8萬畝'), F(BL, '0.6萬畝'), F(BL, '1.4萬畝'), lec], 'oilseeds + sugar beet + vegetables = 11.8 of 41.5: named subsets, not a split')
S.rel('sum', U, [F(BL, '1019人'), F(BL, '528人'), F(BL, '593人')], 'new urban jobs 1019 vs 528 + 593 = 1121: overlapping categories, not a split')
S.rel('share', U, [lc[0], lp[0]], 'primary contribution to growth 18.7% vs primary share of GDP 22.7: contribution is not share')
S.rel('share', U, [lc[2], lp[2]], 'tertiary contribution 40.4% vs tertiary share 41.5: contribution is not share')
S.rel('rate', U, [lt, F(BL, '58844元')], 'per-capita GDP 58844元: the mean resident population is not stated')
S.rel('growth', U, [lgdp, F(BL, '9.1%')], 'per-capita GDP +9.1% vs GDP +7.1%: population change not stated')
S.rel('restatement', U, [F(BL, '6.2%', n=0), F(BL, '6.2%', n=1)], 'primary +6.2% and tertiary +6.2%: same number, different indicators')
a = ALT(BL, 1, l2, '55.0億元', 'secondary value added 58.0 → 55.0')
S.rel('sum', I, R(a, sum_bl, l2, '55.0億元'), 'altered: parts add to 158.8, not 161.8 (breaks {B})')
S.rel('share', I, [on(a, l2, '55.0億元'), on(a, lt), on(a, lp[1])], 'altered: 55.0/161.8 = 34.0%, not 35.8 (breaks {B})')
a = ALT(BL, 2, lc[1], '42.9%', 'secondary contribution 40.9 → 42.9')
S.rel('sum', I, R(a, sum_con, lc[1], '42.9%'), 'altered: 18.7 + 42.9 + 40.4 = 102 (breaks {B})')
S.rel('rate', I, [on(a, lgdp), on(a, lc[1], '42.9%'), on(a, lpull[1])], 'altered: 7.1 × 42.9% = 3.05, not 2.9 (breaks {B})')
a = ALT(BL, 3, lce[1], '25.9萬畝', 'bean area 23.9 → 25.9')
S.rel('sum', I, R(a, sum_ga, lce[1], '25.9萬畝'), 'altered: 129.9 + 25.9 + 0.2 = 156.0, not 154.1 (breaks {B})')

# ---- 黑龙江 2009: targets (NPC delegation, traditional) and result (China Daily); 2008/09 article; 2006 targets and 2007 review
h9g = F(H9T, '11%'); h9r = F(H9, '11.1%'); h9d = F(H9, '0.1个'); h9grain = F(H9T, '850億斤')
h9inv = F(H9T, '5000億元'); h9p = [F(H9T, '236.7億元'), F(H9T, '700億元'), F(H9T, '420億元')]
jg = F(JBX, '870.6亿斤'); jk = F(JBX, '330亿斤'); j38 = F(JBX, '38%')
S.rel('target', M, [h9g, h9r], 'cross-document: 黑龙江 2009 GDP target “11%以上” vs 2009 result +11.1%: met')
S.rel('growth', C, [h9g, h9r, h9d], 'cross-document: 11.1 − 11 = 0.1 point above the target, as stated')
S.rel('growth', U, [h9r, F(H9, '2.4个')], '+11.1% is 2.4 points above the national rate: the national rate is not stated')
S.rel('sum', U, h9p + [h9inv], 'road 236.7 + rail 700 + power 420 = 1356.7 of the 5000亿 investment plan: named parts (其中), not a split')
S.rel('share', C, [jk, jg, j38], '垦区 grain 330/870.6 = 37.9% → 38%')
S.rel('target', CT, [h9grain, jg], 'grain target 850億斤以上 (2009) vs 870.6亿斤 “去年” in an undated article written during the 2008–2010 study campaign: the year of 870.6 cannot be fixed from the text (if 2009, met)')
h6g = F(H6T, '11.0%'); h6a = F(H6, '11.1%'); h6inv = F(H6T, '25.0%')
S.rel('target', U, [h6g, h6a], '2006 GDP target 11.0%以上 vs 年均 11.1% over the five years to 2006: a five-year average, not the 2006 rate')
S.rel('target', U, [h9g, h6a], '2009 GDP target vs the 2002–2006 average 11.1%: other period')
S.rel('restatement', U, [h6a, h9r], '11.1%: 2002–2006 yearly average vs 2009 growth; same number, different periods')
S.rel('restatement', U, [F(H6T, '6.0%'), F(H9T, '6%')], 'farmers’ income targets 6.0% (2006) and 6%以上 (2009): same number, other years')
S.rel('rate', U, [F(H6, '6216.8億元'), F(H6, '2049美元')], 'per-capita GDP 2049美元: population and exchange rate not stated')
S.rel('growth', U, [h6a, F(H6, '0.6個')], 'average 11.1% is 0.6 points above the nation: national rate not stated')
a = ALT(JBX, 1, j38, '33%', '垦区 grain share 38 → 33')
S.rel('share', I, [on(a, jk), on(a, jg), on(a, j38, '33%')], 'altered: 330/870.6 = 37.9%, not 33 (breaks {B})')
a = ALT(H9, 1, h9d, '0.3个', 'gap to the target 0.1 → 0.3 points')
S.rel('growth', I, [h9g, on(a, h9r), on(a, h9d, '0.3个')], 'altered: 11.1 − 11 = 0.1, not 0.3 (breaks {B})')

a = ALT(H9T, 1, h9g, '12%', 'GDP target 11% → 12%')
S.rel('growth', I, [on(a, h9g, '12%'), h9r, h9d], 'altered: the target becomes 12%, and 11.1 − 12 is not +0.1 (breaks {B})')
S.rel('target', MS, [on(a, h9g, '12%'), h9r], 'altered: target 12%以上 vs +11.1%: missed (was met, {B})')

# ---- 土右旗 (包头, 内蒙古) 2023 targets (news)
tg = F(TRY, '15%'); ti = F(TRY, '25%', n=0); tb = F(TRY, '25%', n=1)
S.rel('target', U, [tg, lgdp], '土右旗 2023 GDP target 15%以上 vs 巴林左旗 2023 GDP +7.1%: other place')
S.rel('restatement', U, [ti, tb], 'investment 25%以上 and budget revenue 25%以上: same number, different indicators')
S.rel('target', U, [ti, h6inv], '土右旗 2023 investment target vs 黑龙江 2006 investment target: two targets of other places and years')
S.rel('target', U, [tb, F(LL, '79.2%')], '土右旗 2023 budget-revenue target 25%以上 vs 柳林县 2022 +79.2%: other place and year')

# ---- 西乌珠穆沁旗 (锡林郭勒, 内蒙古) 2022 work report, review of 2018–2021
S.rel('growth', U, [F(XWQ, '111.8亿元'), F(XWQ, '160亿元'), F(XWQ, '545亿元')], 'GDP 111.8 (2017) → 160左右 (2021), cumulative 545: the cumulative sum is over the four report years, not 2017–2021; no rate stated, nothing to check')
S.rel('sum', U, [F(XWQ, '18.4亿元'), F(XWQ, '20.74亿元'), F(XWQ, '81.2亿元')], 'budget revenue 18.4 → 20.74, cumulative 81.2: the intermediate years are not stated')
S.rel('restatement', U, [F(XWQ, '44574元'), F(XWQ, '32668元')], 'urban 44574 vs herders 32668: different indicators')

# ---- 哲里木盟 (通辽, 内蒙古) 1961, notes of a briefing by the league party secretary
S.rel('rate', I, [F(ZLM, '45亿斤'), F(ZLM, '八年'), F(ZLM, '5.5亿斤')], 'REAL DISCREPANCY in the original: 45亿斤 over eight years (1953–1960) is 5.63亿斤 a year (5.56–5.69 with the allowance), stated 5.5 (judgement call: loose notes)')
S.rel('sum', U, [F(ZLM, '163万'), F(ZLM, '40万'), F(ZLM, '1万多人')], 'Mongols 40万 and other minorities 1万多 of 163万: subsets, the Han count is not stated')

# ---- province (name not in the passage) 1956 agriculture, journal abstract
S.rel('growth', U, [F(P56, '86.7亿斤'), F(P56, '16.35%'), F(P56, '0.35%')], 'grain 86.7亿斤, +16.35% on 1955 and 0.35% above 1953: neither base is stated')
S.rel('restatement', U, [F(P56, '86.7亿斤'), jg], '86.7亿斤 (a province, 1956) vs 黑龙江 870.6亿斤: other place and period')
S.rel('growth', U, [F(P56, '1.85亿斤'), F(P56, '10.86%')], 'cotton 1.85亿斤 +10.86% on 1955, “equal to 1954”: no base year level stated')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

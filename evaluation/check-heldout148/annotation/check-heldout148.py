"""Check key, set check-heldout148. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout148.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout148'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

J79='jx_1979.txt'; GZ='gz_70_hant.txt'; JQ='jx_2021q1_hant.txt'; JP='jx_2022plan.txt'; JF='jx_2022feb.txt'; J23='jx_2023.txt'
HB='hb_2017_hant.txt'; W19='wc_2019.txt'; W22='wc_2022.txt'; ZZ='zz_2019.txt'; KQ='kf_2019q1.txt'; K22='kf_2022.txt'
ZY='zy_2020.txt'; HS='hs_70.txt'; SX='sx_2019q3.txt'; FD='fd_2021.txt'; FY='fy_2021.txt'; HN='hn_2015h1.txt'

# ---- 江西 rice 1976-1979 (article c.1980)
j79_g = [F(J79, '259.3亿斤'), F(J79, '26.5%'), F(J79, '8.1%')]
S.rel('growth', C, j79_g, '江西 1979 grain +26.5% over 1976 “平均每年递增8.1%”: 1.265^(1/3) = 1.0815 (8.15%); with the half unit of 26.5 (26.45) 8.14% → 8.1; three years 1977–1979')
S.rel('sum', U, [F(J79, '247亿斤'), F(J79, '259.3亿斤')], 'rice 247 within grain 259.3 (以水稻为主): a part; the rest is not split')
S.rel('share', U, [F(J79, '259.3亿斤'), F(J79, '833斤')], 'yield 833斤 per mu against output 259.3亿斤: the sown area is not stated; nothing to check')

# ---- 赣州 agriculture 1949-2018 (traditional)
gz_t0 = F(GZ, '2.76 億元'); gz_t1 = F(GZ, '545.80 億元')
gz_p0 = [F(GZ, '2.19 億元'), F(GZ, '0.24億元'), F(GZ, '0.31億元'), F(GZ, '0.02 億元')]
gz_p1 = [F(GZ, '289.29 億元'), F(GZ, '57.16億元'), F(GZ, '124.07 億元'), F(GZ, '55.02億元'), F(GZ, '20.26億元')]
gz_s0 = [F(GZ, '79.3'), F(GZ, '8.7', post='∶11'), F(GZ, '11.2'), F(GZ, '0.8', post='∶0 ')]
gz_s1 = [F(GZ, '53.0'), F(GZ, '10.5'), F(GZ, '22.7'), F(GZ, '10.1'), F(GZ, '3.7', post=',')]
sum_gz0 = gz_p0 + [gz_t0]; sum_gz1 = gz_p1 + [gz_t1]
sh_gz1 = [gz_p1[0], gz_t1, gz_s1[0]]; sh_gz3 = [gz_p1[2], gz_t1, gz_s1[2]]
gr_gz_a = [gz_s0[0], gz_s1[0], F(GZ, '26.3個(gè)百分點(diǎn)')]; gr_gz_f = [gz_s0[1], gz_s1[1], F(GZ, '1.8個(gè)百分點(diǎn)')]
gz_gr = [F(GZ, '78.95 萬(wàn)t'), F(GZ, '267.95 萬(wàn)t'), F(GZ, '1.79%')]
S.rel('sum', C, sum_gz0, '赣州 1949 farm output: 2.19 + 0.24 + 0.31 + 0.02 = 2.76亿元')
S.rel('sum', C, sum_gz1, '2018: 289.29 + 57.16 + 124.07 + 55.02 + 20.26 = 545.80亿元')
S.rel('sum', C, gz_s0, '1949 structure 79.3 + 8.7 + 11.2 + 0.8 (+ 0 for farm services) = 100')
S.rel('sum', C, gz_s1, '2018 structure 53.0 + 10.5 + 22.7 + 10.1 + 3.7 = 100')
S.rel('share', C, sh_gz1, 'farming 289.29 / 545.80 = 53.00% → 53.0')
S.rel('growth', C, gr_gz_a, 'farming share 79.3 → 53.0 “下降26.3個百分點”: 79.3 − 53.0 = 26.3')
S.rel('growth', C, gr_gz_f, 'forestry share 8.7 → 10.5 “上升1.8個百分點”: 10.5 − 8.7 = 1.8')
S.rel('growth', C, [gz_t0, gz_t1, F(GZ, '7.97%')], 'yearly average over 1949–2018 (69 years) from 2.76 to 545.80: 7.961–7.966% with the half units; 7.97 needs ≥ 7.965: consistent at the edge')
S.rel('growth', I, [gz_t0, gz_t1, F(GZ, '198 倍')], 'REAL DISCREPANCY under the key’s convention: 545.80 / 2.76 = 197.8 (197.4–198.1), so the increase is 196.8倍 at most 197.1, not “累計增長198倍”; the text uses 增长 for the ratio (see judgement calls)')
S.rel('growth', C, gz_gr, 'grain 78.95 → 267.95萬t over 69 years: 3.394^(1/69) = 1.0179 → +1.79% a year')
S.rel('growth', U, [F(GZ, '3.25億元'), gz_p1[4]], 'farm services 3.25 (2003) → 20.26 (2018): no rate stated; other span than the 1949 base')

# ---- 江西 Q1 2021 (traditional)
jq_g = F(JQ, '29.7%'); jq_pv = F(JQ, '32.5%')
gr_jq2 = [jq_g, F(JQ, '24.1%'), F(JQ, '11.4%')]; gr_jqp = [jq_pv, jq_g, F(JQ, '2.8個百分點')]
sh_jqc = [F(JQ, '20.4個百分點'), jq_g, F(JQ, '68.6%')]
sh_jqi = [F(JQ, '34.9%'), jq_g, F(JQ, '50.2%'), F(JQ, '1.9個百分點')]
S.rel('growth', C, gr_jq2, '江西 Q1 2021 investment +24.1% over Q1 2019 “兩年平均增速為11.4%”: √1.241 = 1.1140 → 11.4 (the +29.7% over 2020 is another base)')
S.rel('growth', C, gr_jqp, 'private investment +32.5% “比全部投資增速高2.8個百分點”: 32.5 − 29.7 = 2.8')
S.rel('growth', C, [F(JQ, '32.8%'), jq_g, F(JQ, '3.1個百分點')], 'infrastructure +32.8% “高3.1個百分點”: 32.8 − 29.7 = 3.1')
S.rel('share', C, sh_jqc, 'contribution 68.6% = pull 20.4 / growth 29.7 = 68.7% (68.4–69.0 with the half units)')
S.rel('share', C, [jq_pv, jq_g, F(JQ, '64.1%'), F(JQ, '20.4個百分點')], 'pull = previous share × growth: previous share 64.1 × 1.297 / 1.325 = 62.75%, × 32.5% = 20.39 → 20.4')
S.rel('share', C, sh_jqi, 'industrial investment +34.9% with share 50.2%: previous share 50.2 × 1.297 / 1.349 = 48.27, so the share rose 1.93 → “提高1.9個百分點”')
S.rel('growth', U, [jq_g, F(JQ, '4.1個百分點')], '+29.7% “較全國平均水平高4.1個百分點”: the national rate is not stated')
S.rel('rate', U, [F(JQ, '39%'), F(JQ, '36.9%'), F(JQ, '39.5%'), F(JQ, '44.9%'), F(JQ, '22.2%')], 'funds +39% from the sources’ rates: the sources’ levels are not stated')
S.rel('sum', U, [F(JQ, '60%'), F(JQ, '51.6%')], 'health investment +60% within livelihood investment +51.6% (其中): a part, not a split')

# ---- 江西 2022 large and medium projects list (plan)
jp_n = F(JP, '3455个', n=2); jp_n0 = F(JP, '3455个', n=0); jp_tot = F(JP, '3.8万亿元', n=1); jp_pl = F(JP, '11801亿元', n=1)
jp_ln = [F(JP, '641个'), F(JP, '1853个'), F(JP, '823个'), F(JP, '138个')]
jp_lt = [F(JP, '9645亿元'), F(JP, '21335亿元'), F(JP, '6169亿元'), F(JP, '790亿元')]
jp_lp = [F(JP, '2087亿元'), F(JP, '7598亿元'), F(JP, '1824亿元'), F(JP, '292亿元')]
sum_jpn = jp_ln + [jp_n]; sum_jpp = jp_lp + [jp_pl]; sum_jpo = [F(JP, '1742个'), F(JP, '1713个'), jp_n]
sum_jpo2 = [F(JP, '6394亿元'), F(JP, '5407亿元'), jp_pl]
gr_jpn = [jp_n, F(JP, '388个', n=1), F(JP, '12.7%', n=1)]; gr_jpp = [jp_pl, F(JP, '2145亿元', n=1), F(JP, '22.2%', n=1)]
S.rel('sum', C, sum_jpn, '江西 2022 list by field: 641 + 1853 + 823 + 138 = 3455 projects')
S.rel('sum', C, jp_lt + [jp_tot], 'total investment by field 9645 + 21335 + 6169 + 790 = 37939亿 → “3.8万亿元”')
S.rel('sum', C, sum_jpp, '2022 planned investment by field 2087 + 7598 + 1824 + 292 = 11801亿元')
S.rel('sum', C, sum_jpo, 'ongoing 1742 + new 1713 = 3455 projects')
S.rel('sum', C, sum_jpo2, 'their plans 6394 + 5407 = 11801亿元')
S.rel('growth', C, gr_jpn, '3455 “比上年增加388个,增长12.7%”: 388 / 3067 = 12.65% → 12.7')
S.rel('growth', C, gr_jpp, 'plan 11801 “比上年增加2145亿元,增长22.2%”: 2145 / 9656 = 22.21%')
S.rel('growth', C, [jp_tot, F(JP, '4217亿元', n=1), F(JP, '12.5%', n=1)], 'total 3.8万亿 “比上年增加4217亿元,增长12.5%”: 4217 / 33783 = 12.48% (12.3–12.7 within the half unit of 3.8万亿)')
S.rel('restatement', C, [jp_n0, jp_n], 'headline 3455 projects restated in the body')
S.rel('sum', U, [F(JP, '112个'), jp_n], '112 projects of 50亿 and more within the 3455: a selection, not a split')
S.rel('sum', U, [F(JP, '1926亿元'), jp_pl], 'their plan 1926 within 11801: a part')

# ---- 江西 Q1 2021 <-> 2022 list (cross-document)
sum_x = [F(JQ, '3067個'), F(JP, '388个', n=1), jp_n]
S.rel('sum', C, sum_x, 'cross-document: the 2021 list had 3067 projects (Q1 2021 release); 3067 + 388 (“比上年增加388个”) = 3455 in 2022')

# ---- 江西 Jan-Feb 2022 key projects (first batch)
jf_n = [F(JF, '62项'), F(JF, '228项'), F(JF, '189项'), F(JF, '12项')]; jf_nt = F(JF, '491项', n=1)
jf_a = F(JF, '801.09亿元', n=2); jf_pl = F(JF, '4164.95亿元', n=1); jf_r = F(JF, '19.2%', n=1)
jf_p = [F(JF, '122.2亿元'), F(JF, '501.64亿元'), F(JF, '177.25亿元')]; jf_ps = [F(JF, '26.2%'), F(JF, '23.6%'), F(JF, '11.3%')]
sum_jfn = jf_n + [jf_nt]; sum_jfa = jf_p + [jf_a]; sh_jf = [jf_a, jf_pl, jf_r]
rt_jf = [jf_a, jf_pl, jf_r] + [x for ab in zip(jf_p, jf_ps) for x in ab]
sh_jfk = [F(JF, '89个', n=1), F(JF, '189个', n=1), F(JF, '47%', n=1)]
S.rel('sum', C, sum_jfn, '江西 2022 first batch: 62 + 228 + 189 + 12 = 491 projects')
S.rel('sum', C, sum_jfa, 'Jan–Feb: 122.2 + 501.64 + 177.25 = 801.09亿元')
S.rel('share', C, sh_jf, '801.09 / 4164.95 = 19.23% → 19.2')
S.rel('rate', C, rt_jf, 'plans rebuilt from the parts: 122.2/26.2% + 501.64/23.6% + 177.25/11.3% = 4160.6 (4148–4173 with the half units; 预备项目 have no amount), holding 4164.95; 801.09 over them = 19.20–19.31% → 19.2')
S.rel('share', C, sh_jfk, '89 of 189 new projects started: 47.1% → “开工率47%”')
S.rel('share', C, [F(JF, '15个'), F(JF, '33个'), F(JF, '45.5%')], '15 of 33 big new projects: 45.45% → 45.5')
S.rel('restatement', C, [F(JF, '801.09亿元', n=0), jf_a], 'headline 801.09亿 restated in the body')
S.rel('growth', U, [jf_r, F(JF, '8.9个百分点', n=1)], '19.2% “较2020年同期提高8.9个百分点”: the Jan–Feb 2020 rate is not stated (and 2020, not 2021, is the base)')
S.rel('rate', U, [F(JF, '344.37亿元'), F(JF, '18.1%'), F(JF, '23.2%'), F(JF, '21.8%'), F(JF, '10.5%')], 'big projects 18.1% from the 23.2/21.8/10.5% of their kinds: the kinds’ plans or amounts are not stated')
S.rel('sum', U, [F(JF, '108.78亿元'), jf_a], 'infrastructure 108.78 (by industry) within 801.09: another split, the other industries are cut off')

# ---- 江西 2023 release with 2022 results
j3_n = [F(J23, '854个'), F(J23, '1624个'), F(J23, '870个'), F(J23, '210个'), F(J23, '3558个', n=1)]
j3_a = F(J23, '1.48万亿元'); j3_r = F(J23, '125.6%'); j3_g = F(J23, '20.5%')
sh_j3 = [j3_a, jp_pl, j3_r]; gr_j3 = [jp_tot, F(J23, '4.57万亿元'), j3_g]
S.rel('sum', C, j3_n, '江西 2023 list: 854 + 1624 + 870 + 210 = 3558 projects')
S.rel('share', C, sh_j3, 'cross-document: 2022 result 1.48万亿 “占年计划的125.6%” against the 2022 plan 11801亿: 14800 / 11801 = 125.4% (124.98–125.84 with the half units)')
S.rel('target', M, [jp_pl, j3_a, j3_r], 'cross-document: the 2022 plan 11801亿 for the 3455 projects and its result 1.48万亿 (125.6%), the year over: met')
S.rel('growth', C, gr_j3, 'cross-document: 2023 total 4.57万亿 “同比增长20.5%” against 2022 3.8万亿: 20.3% (18.6–22.0 with the half units)')
S.rel('restatement', C, [F(J23, '3455个'), jp_n], 'cross-document: the 2022 list of 3455 projects named again in 2023')
S.rel('share', U, [F(J23, '5989亿元'), F(J23, '130%'), jf_pl], 'cross-document: 606 key projects (both batches) 5989亿 = 130% of their plan (4607); the 4164.95 plan is the first batch of 491 only: other scope')
S.rel('target', U, [jf_pl, F(J23, '5989亿元')], 'cross-document: first-batch plan 4164.95 against the result of all 606 key projects: other scope; unrelated')
S.rel('sum', U, [jf_nt, jp_n], 'cross-document: 491 key projects and 3455 large and medium projects: two lists, not parts of one total')
S.rel('target', U, [F(J23, '3558个', n=1), F(J23, '1.48万亿元')], '2023 list (plan for 2023) against the 2022 result: other period; unrelated')

# ---- 湖北 2017 population (traditional)
hb_p = F(HB, '5902萬人'); hb_b = F(HB, '74.26萬人'); hb_d = F(HB, '41.31萬人'); hb_n = F(HB, '32.95萬人')
hb_m = F(HB, '2996.76萬人'); hb_f = F(HB, '2905.24萬人')
sum_hb1 = [F(HB, '5885萬人'), F(HB, '17萬人'), hb_p]; sum_hbn = [hb_b, hb_d, hb_n]
sum_hbr = [F(HB, '12.6‰', n=1), F(HB, '7.01‰'), F(HB, '5.59‰')]; sum_hbs = [hb_m, hb_f, hb_p]; sh_hbr = [hb_m, hb_f, F(HB, '103.15')]
S.rel('sum', C, sum_hb1, '湖北 2017: 5885 + 17 = 5902萬 year-end population')
S.rel('sum', C, [F(HB, '5723.8萬人'), F(HB, '178.2萬人'), hb_p], '2010 5723.8 + 178.2 = 5902萬')
S.rel('sum', C, sum_hbn, 'births 74.26 − deaths 41.31 = natural increase 32.95萬')
S.rel('sum', C, sum_hbr, 'birth rate 12.6 − death rate 7.01 = natural growth rate 5.59‰')
S.rel('sum', C, [F(HB, '0.56個(gè)千分點(diǎn)'), F(HB, '0.04個(gè)千分點(diǎn)'), F(HB, '0.52個(gè)千分點(diǎn)')], 'changes: +0.56 − 0.04 = +0.52 per mille (the natural growth rate moves by the difference)')
S.rel('sum', C, sum_hbs, 'male 2996.76 + female 2905.24 = 5902萬')
S.rel('share', C, sh_hbr, 'sex ratio 2996.76 / 2905.24 × 100 = 103.15')
S.rel('share', C, [hb_b, F(HB, '5885萬人'), hb_p, F(HB, '12.6‰', n=1)], 'birth rate over the mean population: 74.26 / ((5902 + 5885) / 2) = 12.60‰')
S.rel('restatement', C, [F(HB, '12.6‰', n=0), F(HB, '12.6‰', n=1)], 'headline birth rate 12.6‰ restates the body')
S.rel('growth', U, [F(HB, '103.15'), F(HB, '0.64')], 'sex ratio 103.15 “比2016年下降0.64”: the 2016 ratio is not stated')

# ---- 武昌区 (武汉) 2019 and 2022 budget execution
w19_r = [F(W19, '1,351,100万元', n=0), F(W19, '1,351,100万元', n=1), F(W19, '100%', n=0)]
w19_e = [F(W19, '1,012,469万元', n=0), F(W19, '1,012,469万元', n=1), F(W19, '100%', n=1)]
S.rel('share', C, w19_r, '武昌 2019 revenue 1,351,100 = the adjusted budget 1,351,100: “为预算的100%”')
S.rel('share', C, w19_e, 'spending 1,012,469 = the adjusted budget: 100%')
S.rel('target', CT, [w19_r[0], w19_r[1], w19_r[2]], 'revenue “预计完成” 100% of the adjusted budget in a report of 24 December 2019: an estimate for a year not yet over; cannot tell')
S.rel('sum', U, [F(W19, '105,968万元'), F(W19, '633万元'), F(W19, '100,197万元'), F(W19, '313,090万元'), F(W19, '9,728万元'), F(W19, '4,929万元'), F(W19, '152,614万元'), w19_e[1]], 'items 1–7 sum to 687,159, not 1,012,469: the list goes on (item 8 and later are cut off); not a complete split')
S.rel('target', CT, [F(W19, '4%', pre='下降'), F(W19, '力争实现正增长')], 'revenue “同比下降4%,力争实现正增长”: a goal of positive growth against an estimate of −4%, a week before the year ends; cannot tell')
S.rel('growth', U, [w19_r[1], F(W19, '4%', pre='下降')], 'revenue “同比下降4%”: the 2018 revenue is not stated')
w22_r = [F(W22, '1,289,300万元', n=0), F(W22, '1,289,300万元', n=1), F(W22, '100%', n=0)]
w22_e = [F(W22, '1,150,000万元', n=0), F(W22, '1,150,000万元', n=1), F(W22, '100%', n=1)]
S.rel('share', C, w22_r, '武昌 2022 revenue 1,289,300 = the adjusted budget: 100%')
S.rel('share', C, w22_e, 'spending 1,150,000 = the adjusted budget: 100%')
S.rel('target', CT, [w22_e[0], w22_e[1], w22_e[2]], 'spending 100% of the adjusted budget in a report of 27 December 2022 (预计执行): year not over; cannot tell')
S.rel('growth', U, [w19_r[1], w22_r[1], F(W22, '8.0%')], 'cross-document: 2019 revenue 1,351,100 and 2022 revenue 1,289,300 “同比下降8.0%”: the base is 2021, not 2019 (1,289,300 / 1,351,100 = −4.6% over three years); other period')
S.rel('growth', U, [F(W22, '8.0%'), F(W22, '8.8%')], '−8.0% and +8.8% “扣除增值税留抵退税因素后”: the refunds are not stated; nothing to check')

# ---- 郑州 2019 key projects
zz_n = F(ZZ, '910个', n=0); zz_t = F(ZZ, '2.13万亿元', n=0); zz_p = F(ZZ, '4600亿元', n=0)
sum_zzn = [F(ZZ, '513个'), F(ZZ, '397个'), zz_n]; sum_zzp = [F(ZZ, '2800亿元'), F(ZZ, '1800亿元'), zz_p]
rs_zz = [zz_n, F(ZZ, '910个', n=2)]
S.rel('sum', C, sum_zzn, '郑州 2019 key projects: 513 provincial + 397 city = 910')
S.rel('sum', C, [F(ZZ, '1.32万亿元'), F(ZZ, '8106亿元'), zz_t], 'total investment 1.32万亿 + 8106亿 = 2.1306万亿 → 2.13万亿')
S.rel('sum', C, sum_zzp, 'annual plans 2800 + 1800 = 4600亿元')
S.rel('restatement', C, rs_zz, '910 projects restated in the closing box')
S.rel('sum', U, [F(ZZ, '64个'), F(ZZ, '266个')], 'the batch: 64 provincial/city key projects within 266 started (the rest are county projects): a part')
S.rel('sum', U, [F(ZZ, '266个'), zz_n], 'the 266-project start-up batch (three levels) and the 910 provincial/city key projects: overlapping lists')
S.rel('target', U, [F(ZZ, '920亿元'), zz_p], 'Q1 goal “超920亿元” against the annual plan 4600亿: other period; no share stated; unrelated')

# ---- 开封 Q1 2019 and 2022
kq_n = [F(KQ, '100个'), F(KQ, '32个'), F(KQ, '132个', n=1)]
S.rel('sum', C, kq_n, '开封 Q1 2019 batch: 100 key + 32 other = 132 projects')
k22 = [F(K22, '1430多亿元'), F(K22, '489.6亿元'), F(K22, '294.3亿元'), F(K22, '2220亿元')]
S.rel('sum', C, k22, '开封 “8121” Jan–Oct 2022: new “1430多” + completed 489.6 + ongoing 294.3 = 2213.9 to about 2224 (1430–1440) → 2220亿元')
S.rel('sum', U, [F(K22, '1154亿元'), F(K22, '2220亿元')], 'advanced manufacturing 1154 within 2220 (其中): another split')
S.rel('sum', U, [F(K22, '85个'), F(K22, '92个')], '85 due and completed, 92 completed early: no total stated')
S.rel('growth', U, [F(KQ, '473.8亿元'), F(K22, '2220亿元')], 'cross-document: a 2019 Q1 batch’s total investment and the 2022 programme’s Jan–Oct spending: other scope, period and indicator')

# ---- 左云县 2020 bulletin
zy_t = F(ZY, '1061209万元'); zy_p = [F(ZY, '29446万元'), F(ZY, '624771万元'), F(ZY, '406992万元')]
zy_s = [F(ZY, '2.8%'), F(ZY, '58.9%'), F(ZY, '38.4%')]
sum_zy = zy_p + [zy_t]; sh_zy2 = [zy_p[1], zy_t, zy_s[1]]; sh_zy3 = [zy_p[2], zy_t, zy_s[2]]
zy_a = [F(ZY, '23003.58公顷'), F(ZY, '5607.36公顷'), F(ZY, '28610.94公顷')]
zy_m = [F(ZY, '1632吨'), F(ZY, '652吨'), F(ZY, '1492吨'), F(ZY, '3776吨')]
S.rel('sum', C, sum_zy, '左云 2020: 29446 + 624771 + 406992 = 1061209万元')
S.rel('share', C, sh_zy2, 'secondary 624771 / 1061209 = 58.87% → 58.9')
S.rel('share', C, sh_zy3, 'tertiary 406992 / 1061209 = 38.35% → 38.4')
S.rel('sum', C, zy_s, 'shares 2.8 + 58.9 + 38.4 = 100.1: 100 within the half units')
S.rel('sum', C, [zy_a[0], zy_a[1], zy_a[2]], 'crop area = grain 23003.58 + oil crops 5607.36 = 28610.94公顷')
S.rel('sum', C, zy_m, 'meat: pork 1632 + beef 652 + mutton 1492 = 3776吨')
S.rel('rate', U, [F(ZY, '6%'), F(ZY, '0.7%'), F(ZY, '9.0%'), F(ZY, '2.3%')], 'GDP +6% from the sectors’ rates: real rates; the previous-year weights are not stated')
S.rel('growth', U, [zy_a[0], F(ZY, '3008.58公顷'), F(ZY, '22.6%')], 'grain area up 3008.58公顷 and grain output +22.6%: other indicators; the 2019 area is not stated')

# ---- 和顺县 70 years
hs_r = [F(HS, '588972万元'), F(HS, '2593万元', n=1), F(HS, '227倍')]
hs_pc = [F(HS, '214元'), F(HS, '39864元'), F(HS, '186倍')]
S.rel('growth', C, hs_r, '和顺 2018 GDP 588972万 “是1978年2593万元的227倍”: 227.14')
S.rel('growth', C, hs_pc, 'per-head GDP 214 → 39864 “增长了186倍”: ratio 186.28, increase 185.28; with the half units (213.5, 39864.5) the increase reaches 185.72 → 186: consistent at the edge')
S.rel('restatement', C, [F(HS, '2593万元', n=0), hs_r[1]], '1978 GDP 2593万 stated twice')
S.rel('growth', U, [hs_r[2], F(HS, '14.2%')], '227倍 at current prices against “按可比价格计算,年均增长14.2%”: nominal vs real (227^(1/40) = 14.5% nominal)')
S.rel('share', U, [F(HS, '613万元'), F(HS, '74元')], '1952 GDP 613万 and 74元 per head: the population is not stated')
S.rel('share', U, [F(HS, '23660吨'), F(HS, '69公斤'), F(HS, '28810吨'), F(HS, '101公斤')], 'grain 23660吨 at 69公斤 (1949) and 28810吨 at 101公斤 (1970): the sown areas are not stated')

# ---- 山西 Q1-Q3 2019 (rewritten copy)
sx_t = F(SX, '12688.4亿元'); sx_p = [F(SX, '519亿元'), F(SX, '5377.6亿元'), F(SX, '6791.8亿元')]
sx_r = F(SX, '5762亿元'); sx_cu = [F(SX, '4798.2亿元'), F(SX, '963.8亿元')]; sx_ty = [F(SX, '485亿元'), F(SX, '5277亿元')]
sum_sx = sx_p + [sx_t]; sum_sxr = sx_cu + [sx_r]; sum_sxt = sx_ty + [sx_r]
rt_sxr = [sx_r, F(SX, '7.8%'), sx_cu[0], F(SX, '7.7%', n=0), sx_cu[1], F(SX, '8.7%')]
gr_sxa = [F(SX, '0.9%', n=0), F(SX, '-0.9%'), F(SX, '1.8个百分点')]
S.rel('sum', C, sum_sx, '山西 Q1–Q3 2019: 519 + 5377.6 + 6791.8 = 12688.4亿元')
S.rel('sum', C, sum_sxr, 'retail sales: urban 4798.2 + rural 963.8 = 5762亿元')
S.rel('sum', C, sum_sxt, 'retail sales: catering 485 + goods 5277 = 5762亿元')
S.rel('rate', C, rt_sxr, 'retail +7.8% rebuilt from urban +7.7% and rural +8.7% (previous levels = level / (1 + rate)): 7.87%, 7.81–7.93 with the half units → 7.8 reachable')
S.rel('rate', C, [sx_r, F(SX, '7.8%'), sx_ty[0], F(SX, '8.8%'), sx_ty[1], F(SX, '7.7%', n=1)], 'retail +7.8% rebuilt from catering +8.8% and goods +7.7%: 7.79% → 7.8')
S.rel('growth', C, gr_sxa, 'farm value added +0.9% against H1 −0.9%: 0.9 − (−0.9) = 1.8 points')
S.rel('target', CT, [F(SX, '6.6%'), F(SX, '0.3个百分点')], 'Q1–Q3 +6.6% “超过全年目标0.3个百分点” (a target of 6.3%): the year is not over; cannot tell')
S.rel('rate', U, [F(SX, '6.6%')] + sx_p + [F(SX, '0.7%'), F(SX, '6.0%', n=0), F(SX, '7.5%', n=0)], 'GDP +6.6% from the sectors: real rates against current-price levels; the previous-year real weights are not stated')
S.rel('restatement', U, [F(SX, '0.4个百分点', n=0), F(SX, '0.4个百分点', n=1)], 'GDP and industry each “超过全国0.4个百分点”: same number, other indicators; the national rates are not stated')
S.rel('growth', U, [F(SX, '2.4%'), F(SX, '27.3个百分点')], 'primary investment −2.4%, “减少幅度比上半年窄27.3个百分点”: the H1 rate is not stated')

# ---- 肥东县 2021 bulletin
fd_t = F(FD, '811.41亿元'); fd_p = [F(FD, '82.21亿元'), F(FD, '272.37亿元'), F(FD, '456.83亿元')]
fd_s = [F(FD, '10.1', pre='为'), F(FD, '33.6'), F(FD, '56.3')]
fd_tb = [F(FD, '83.89'), F(FD, '132.66', n=1), F(FD, '139.86'), F(FD, '84.57'), F(FD, '51.97'), F(FD, '13.87'), F(FD, '30.56'), F(FD, '83.08'), F(FD, '100.95'), F(FD, '90.00')]
fd_tt = F(FD, '811.41', n=1)
sum_fd = fd_p + [fd_t]; sum_fdt = fd_tb + [fd_tt]; sh_fd3 = [fd_p[2], fd_t, fd_s[2]]
S.rel('sum', C, sum_fd, '肥东 2021: 82.21 + 272.37 + 456.83 = 811.41亿元')
S.rel('sum', C, sum_fdt, 'table by industry: 83.89 + 132.66 + 139.86 + 84.57 + 51.97 + 13.87 + 30.56 + 83.08 + 100.95 + 90.00 = 811.41')
S.rel('share', C, [fd_p[1], fd_t, fd_s[1]], 'secondary 272.37 / 811.41 = 33.57% → 33.6')
S.rel('share', C, sh_fd3, 'tertiary 456.83 / 811.41 = 56.30% → 56.3')
S.rel('sum', C, fd_s, 'structure 10.1 + 33.6 + 56.3 = 100')
S.rel('restatement', C, [fd_t, fd_tt], 'GDP 811.41 in the text and the table')
S.rel('sum', U, [F(FD, '132.66', n=1), F(FD, '139.86'), F(FD, '272.37', n=1)], 'industry 132.66 + construction 139.86 = 272.52, not 272.37: 工业 includes activities (mining services, repair of metal products and machinery) that the three-sector split puts in the tertiary sector; not a split')
S.rel('sum', U, [F(FD, '83.89'), F(FD, '82.21', n=1)], '农林牧渔业 83.89 against the primary sector 82.21: it includes farm services (tertiary); other scope')
S.rel('restatement', U, [F(FD, '10.1%'), fd_s[0]], 'GDP +10.1% and the primary share 10.1: same number, other indicators')
S.rel('growth', U, [F(FD, '90863元'), F(FD, '11378元'), F(FD, '10.1%')], 'per-head GDP up 11378 from 79485 (+14.3%, current prices, per head) against GDP +10.1% (real, total): no contradiction')
S.rel('share', U, [F(FD, '90863元'), F(FD, '14084美元')], '90863元 “折合14084美元”: the exchange rate is not stated')

# ---- 阜阳市 2021 bulletin
fy_t = F(FY, '3071.5亿元'); fy_p = [F(FY, '417.3亿元'), F(FY, '1151.2亿元'), F(FY, '1503.0亿元')]
fy_s1 = [F(FY, '13.6'), F(FY, '37.5'), F(FY, '48.9')]; fy_s0 = [F(FY, '14.6'), F(FY, '36.3'), F(FY, '49.1')]
sum_fy = fy_p + [fy_t]; sh_fy2 = [fy_p[1], fy_t, fy_s1[1]]
S.rel('sum', C, sum_fy, '阜阳 2021: 417.3 + 1151.2 + 1503.0 = 3071.5亿元')
S.rel('share', C, [fy_p[0], fy_t, fy_s1[0]], 'primary 417.3 / 3071.5 = 13.59% → 13.6')
S.rel('share', C, sh_fy2, 'secondary 1151.2 / 3071.5 = 37.48% → 37.5')
S.rel('sum', C, fy_s1, '2021 structure 13.6 + 37.5 + 48.9 = 100')
S.rel('sum', C, fy_s0, '2020 structure 14.6 + 36.3 + 49.1 = 100')
S.rel('growth', U, [F(FY, '9.0%'), F(FY, '6.1%')], '+9.0% in 2021 and “两年平均增长6.1%”: the 2020 rate (about 2.4%) is not stated; nothing to check')
S.rel('restatement', U, [F(FY, '8.1%'), F(FY, '18.8%'), F(FY, '10.7个百分点')], 'high-tech +18.8% “高于规上工业10.7个百分点” puts above-scale industry at +8.1%; the 8.1% in the text is the secondary sector: same number, other indicator')
S.rel('restatement', U, [fy_s1[0], F(FY, '27.7%'), F(FY, '14.1个百分点')], 'strategic industries 27.7 − 14.1 = 13.6 (above-scale output growth) and the primary share 13.6: same number, other indicators')
S.rel('share', U, [F(FY, '33.7%'), F(FY, '3.3个百分点'), F(FY, '18.8%')], 'high-tech share 33.7% up 3.3 points: real growth rates cannot rebuild a current-price share; the previous share is not stated')

# ---- 湖南 H1 2015 fiscal
hn_t = F(HN, '2123.35亿元'); hn_l = F(HN, '1340.41亿元'); hn_c = F(HN, '782.94亿元')
sum_hn = [hn_l, hn_c, hn_t]; rt_hn = [hn_t, F(HN, '10.04%'), hn_l, F(HN, '13.05%'), hn_c, F(HN, '5.25%')]
gr_hne = [F(HN, '2562.27亿元'), F(HN, '354.19亿元'), F(HN, '16.04%')]; sh_hn = [F(HN, '1757亿元'), F(HN, '2562.27亿元'), F(HN, '68.57%')]
S.rel('sum', C, sum_hn, '湖南 H1 2015: local 1340.41 + central 782.94 = 2123.35亿元')
S.rel('rate', C, rt_hn, 'total +10.04% rebuilt from local +13.05% and central +5.25%: previous 1185.68 + 743.89 = 1929.57; 2123.35 / 1929.57 = +10.04%')
S.rel('growth', C, gr_hne, 'spending 2562.27 “同比增加354.19亿元,增长16.04%”: 354.19 / 2208.08 = 16.04%')
S.rel('share', C, sh_hn, 'livelihood spending 1757 / 2562.27 = 68.57%')
S.rel('restatement', C, [F(HN, '53.67%'), F(HN, '任务过半')], '53.67% of the budget by June fits “任务过半” (more than half)')
S.rel('target', CT, [hn_t, F(HN, '53.67%')], '53.67% of the annual budget by June: the year is not over; cannot tell')
S.rel('growth', U, [F(HN, '13.05%'), F(HN, '4.76个百分点'), F(HN, '3.51个百分点')], 'local +13.05% above the national (4.76) and central-six (3.51) averages: those averages are not stated')
S.rel('share', U, [F(HN, '1553.98亿元'), hn_t], '全口径 tax 1553.98 against general budget revenue 2123.35: other scope (全口径 counts taxes outside the general budget split)')
S.rel('rate', U, [F(HN, '5.78%'), F(HN, '4.06%'), F(HN, '6.46%'), F(HN, '7.77%')], 'tax +5.78% against VAT, consumption tax, income tax rates: those taxes are a part and their levels are not stated')
S.rel('growth', U, [sh_hn[2], F(HN, '3.76个百分点')], 'livelihood share 68.57% “比去年同期提高3.76个百分点”: last year’s livelihood spending is not stated')


# ---- further traps (and one rate) added per document
S.rel('growth', U, [jq_g, F(JQ, '24.1%')], '江西 Q1 2021: +29.7% over 2020 and +24.1% over 2019 imply Q1 2020 −4.3%, which is not stated; nothing to contradict')
S.rel('sum', U, [F(JQ, '40.1%'), F(JQ, '24.7%')], 'projects under construction +40.1%, of them 亿元-plus +24.7%: a subset, not a split')
S.rel('rate', U, [jf_r, F(JF, '17.5%'), F(JF, '23%'), F(JF, '26.9%'), F(JF, '5.9%')], '江西 Jan–Feb 2022 19.2% against the cities’ and provincial units’ rates: their plans are not stated; no rebuild')
S.rel('growth', U, [F(JQ, '2970.6億元'), jp_pl], 'cross-document: Q1 2021 spending of the 3067-project list and the 2022 plan of the 3455 list: other period and indicator')
S.rel('sum', U, [F(J23, '1234个'), F(J23, '3558个', n=1)], '江西 2023: 1234 projects started in Q1 (亿元-plus, all levels) and the 3558-project list: overlapping lists')
S.rel('growth', U, [F(HB, '12.6‰', n=1), F(HB, '0.56個(gè)千分點(diǎn)')], '湖北 birth rate 12.6‰ up 0.56 from 2016: the 2016 births are not stated; nothing to check')
S.rel('growth', U, [w19_e[1], F(W19, '5.2%')], '武昌 2019 spending “同比增长5.2%”: the 2018 spending is not stated')
S.rel('growth', U, [w19_e[1], w22_e[1], F(W22, '3.8%')], 'cross-document: spending 1,012,469 (2019) and 1,150,000 (2022) “同比增长3.8%”: the base is 2021; other period')
S.rel('sum', U, [F(ZZ, '751亿元'), F(ZZ, '1457.7亿元')], '郑州 batch: the 64 key projects’ 751亿 within the batch’s 1457.7亿: a part')
S.rel('sum', U, [F(ZZ, '266个'), F(KQ, '132个', n=1)], 'cross-document: 郑州’s 266-project and 开封’s 132-project Q1 2019 batches: other places; no provincial total stated')
S.rel('growth', U, [F(ZY, '3008.58公顷'), F(ZY, '418.64公顷'), zy_a[2]], '左云 grain area +3008.58, oil crops −418.64: the 2019 crop area (26021) is not stated')
S.rel('rate', C, [zy_m[3], F(ZY, '3.4%'), zy_m[0], F(ZY, '4.9%'), zy_m[1], F(ZY, '32.5%'), zy_m[2], F(ZY, '6.98%')], 'meat +3.4% rebuilt from pork +4.9%, beef +32.5%, mutton −6.98%: previous 1555.8 + 492.1 + 1604.0 = 3651.9; 3776 / 3651.9 = +3.40%')
S.rel('growth', U, [F(SX, '6.2%'), F(SX, '0.8个百分点')], '山西 investment +6.2% “比全国提前0.8个百分点”: the national rate is not stated')
S.rel('rate', U, [F(SX, '6.2%'), F(SX, '2.4%'), F(SX, '1.8%'), F(SX, '12.2%')], 'investment +6.2% from the sectors’ −2.4/−1.8/+12.2%: the sectors’ levels are not stated')
S.rel('sum', U, [F(SX, '5.8%'), F(SX, '6.0%', n=2)], 'coal +5.8% within mining +6.0% (其中): a part, not a split')
S.rel('sum', U, [F(FD, '108.5万人'), F(FD, '0.1万人'), F(FD, '34.1万人'), F(FD, '1.7万人')], '肥东 registered population 108.5 (+0.1) of which urban 34.1 (+1.7): a part; the rural change is not stated')
S.rel('growth', U, [F(FD, '89.3万人'), F(FD, '71.82%'), F(FD, '3.84个百分点')], 'resident population 89.3 (+0.8) and urbanisation 71.82% (+3.84 points): the urban residents are not stated')
S.rel('growth', U, [F(FY, '817.1万人'), F(FY, '42.74%'), F(FY, '0.77个百分点')], '阜阳 residents 817.1 (−2.9) and urbanisation 42.74% (+0.77): the urban residents are not stated')
S.rel('rate', U, [F(FY, '0.7%', n=0), F(FY, '2.1%', n=0), F(FY, '0.5%', n=0)], 'CPI +0.7% from the groups’ changes: the weights are not stated')
S.rel('restatement', U, [F(FD, '8.1%'), F(FY, '8.1%')], 'cross-document: 肥东 and 阜阳 2021 secondary sector both +8.1%: same number, other places')
S.rel('growth', U, [hs_r[2], F(GZ, '198 倍')], 'cross-document: 和顺 GDP 227倍 (1978–2018) and 赣州 farm output 198倍 (1949–2018): other place, indicator and span')
S.rel('sum', U, [F(HN, '32.07%'), F(HN, '10.04%')], '湖南 自治州 revenue +32.07% within the province’s +10.04%: one part; the others’ levels are not stated')
S.rel('target', U, [F(ZZ, '40%以上'), F(JF, '47%', n=1)], 'cross-document: 郑州’s Q1 2019 start-rate goal “40%以上” against 江西’s Jan–Feb 2022 start rate 47%: other place and period; unrelated')
S.rel('target', U, [F(SX, '0.3个百分点'), F(ZY, '6%')], 'cross-document: 山西’s 2019 annual target (implied 6.3%) against 左云’s 2020 GDP +6%: other place and year; unrelated')
S.rel('target', U, [F(HN, '53.67%'), jf_r], 'cross-document: 湖南 53.67% of its 2015 budget by June and 江西 19.2% of its 2022 plan by February: other places, plans and periods; unrelated')
S.rel('growth', U, [F(KQ, '473.8亿元'), F(ZZ, '1457.7亿元')], 'cross-document: 开封 and 郑州 Q1 2019 batches’ total investment: other places; no ratio stated')
S.rel('share', U, [F(JP, '10551亿元'), jp_tot], '江西 2022: the 112 big projects’ 10551亿 within 3.8万亿: no share stated')
S.rel('sum', U, [F(JQ, '202%'), F(JQ, '176.9%')], 'new projects +202%, of them 亿元-plus +176.9%: a subset, not a split')
S.rel('growth', U, [F(HB, '5723.8萬人'), F(HB, '178.2萬人')], '湖北 2010–2017 increase 178.2萬: no rate stated; nothing to check')
S.rel('restatement', U, [F(W19, '1,351,100万元', n=1), F(W22, '1,289,300万元', n=1)], 'cross-document: 武昌 revenue 2019 and 2022, each equal to its own year’s adjusted budget: other years; no relation')
S.rel('growth', U, [F(HS, '2593万元', n=0), F(HS, '1亿元'), F(HS, '10亿元')], '和顺 GDP 2593万 (1978), “1989年突破1亿元”, “2005年突破10亿元”: lower bounds at other dates; no rate stated')
S.rel('restatement', U, [F(SX, '7.7%', n=0), F(SX, '7.7%', n=1)], '山西 urban retail +7.7% and goods retail +7.7%: same number, other splits of one total')
S.rel('sum', U, [F(FY, '33.7%'), F(FY, '40.0%')], '阜阳 high-tech 33.7% (value added) and strategic industries 40.0% (output) of above-scale industry: overlapping groups and other indicators, not a split')

# ---- altered copies
a = ALT(J79, 1, j79_g[2], '8.6%', 'yearly rate 8.1% → 8.6%')
S.rel('growth', I, R(a, j79_g, j79_g[2], '8.6%'), 'altered: +26.5% over three years is 8.1–8.2% a year, not 8.6% (breaks {B})')
a = ALT(GZ, 1, gz_p1[1], '51.16億元', 'forestry 2018 57.16 → 51.16')
S.rel('sum', I, R(a, sum_gz1, gz_p1[1], '51.16億元'), 'altered: 289.29 + 51.16 + 124.07 + 55.02 + 20.26 = 539.80, not 545.80 (breaks {B})')
a = ALT(GZ, 2, gr_gz_a[2], '28.3個(gè)百分點(diǎn)', 'farming share fall 26.3 → 28.3 points')
S.rel('growth', I, R(a, gr_gz_a, gr_gz_a[2], '28.3個(gè)百分點(diǎn)'), 'altered: 79.3 − 53.0 = 26.3, not 28.3 (breaks {B})')
a = ALT(GZ, 3, gz_gr[2], '1.99%', 'grain yearly growth 1.79% → 1.99%')
S.rel('growth', I, R(a, gz_gr, gz_gr[2], '1.99%'), 'altered: 78.95 → 267.95 over 69 years is 1.79% a year, not 1.99% (breaks {B})')
a = ALT(JQ, 1, gr_jq2[2], '11.9%', 'two-year average 11.4% → 11.9%')
S.rel('growth', I, R(a, gr_jq2, gr_jq2[2], '11.9%'), 'altered: √1.241 = 1.114, not 11.9% a year (breaks {B})')
a = ALT(JQ, 2, sh_jqc[2], '63.6%', 'contribution 68.6% → 63.6%')
S.rel('share', I, R(a, sh_jqc, sh_jqc[2], '63.6%'), 'altered: 20.4 / 29.7 = 68.7%, not 63.6% (breaks {B})')
a = ALT(JQ, 3, sum_x[0], '3061個', '2021 list 3067 → 3061 projects')
S.rel('sum', I, R(a, sum_x, sum_x[0], '3061個'), 'altered, cross-document: 3061 + 388 = 3449, not the 3455 of the 2022 list (breaks {B})')
a = ALT(JP, 1, jp_ln[1], '1858个', 'industrial-upgrading projects 1853 → 1858')
S.rel('sum', I, R(a, sum_jpn, jp_ln[1], '1858个'), 'altered: 641 + 1858 + 823 + 138 = 3460, not 3455 (breaks {B})')
a = ALT(JP, 2, jp_lp[0], '2687亿元', 'infrastructure 2022 plan 2087 → 2687')
S.rel('sum', I, R(a, sum_jpp, jp_lp[0], '2687亿元'), 'altered: 2687 + 7598 + 1824 + 292 = 12401, not 11801 (breaks {B})')
a = ALT(JP, 3, gr_jpn[2], '12.2%', 'project-count growth 12.7% → 12.2%')
S.rel('growth', I, R(a, gr_jpn, gr_jpn[2], '12.2%'), 'altered: 388 / 3067 = 12.65%, not 12.2% (breaks {B})')
a = ALT(JF, 1, jf_p[2], '171.25亿元', 'new projects Jan–Feb 177.25 → 171.25')
S.rel('sum', I, R(a, sum_jfa, jf_p[2], '171.25亿元'), 'altered: 122.2 + 501.64 + 171.25 = 795.09, not 801.09 (breaks {B})')
S.rel('rate', I, R(a, rt_jf, jf_p[2], '171.25亿元'), 'altered: plans rebuilt from the parts sum to 4095–4120, short of 4164.95 (breaks {B})')
a = ALT(JF, 2, jf_n[1], '226项', 'ongoing projects 228 → 226')
S.rel('sum', I, R(a, sum_jfn, jf_n[1], '226项'), 'altered: 62 + 226 + 189 + 12 = 489, not 491 (breaks {B})')
a = ALT(JF, 3, sh_jfk[2], '41%', 'start rate 47% → 41%')
S.rel('share', I, R(a, sh_jfk, sh_jfk[2], '41%'), 'altered: 89 / 189 = 47.1%, not 41% (breaks {B})')
a = ALT(J23, 1, j3_n[2], '876个', 'public-service projects 870 → 876')
S.rel('sum', I, R(a, j3_n, j3_n[2], '876个'), 'altered: 854 + 1624 + 876 + 210 = 3564, not 3558 (breaks {B})')
a = ALT(J23, 2, j3_r, '128.6%', '2022 completion 125.6% → 128.6%')
S.rel('share', I, R(a, sh_j3, j3_r, '128.6%'), 'altered, cross-document: 1.48万亿 / 11801 = 125.0–125.8%, not 128.6% (breaks {B})')
a = ALT(J23, 3, j3_g, '26.5%', '2023 total-investment growth 20.5% → 26.5%')
S.rel('growth', I, R(a, gr_j3, j3_g, '26.5%'), 'altered, cross-document: 4.57 / 3.8万亿 = +18.6 to +22.0%, not 26.5% (breaks {B})')
a = ALT(HB, 1, sum_hb1[1], '19萬人', 'population increase 17 → 19萬')
S.rel('sum', I, R(a, sum_hb1, sum_hb1[1], '19萬人'), 'altered: 5885 + 19 = 5904, not 5902 (breaks {B})')
a = ALT(HB, 2, hb_n, '32.65萬人', 'natural increase 32.95 → 32.65萬')
S.rel('sum', I, R(a, sum_hbn, hb_n, '32.65萬人'), 'altered: 74.26 − 41.31 = 32.95, not 32.65 (breaks {B})')
a = ALT(HB, 3, hb_f, '2908.24萬人', 'female population 2905.24 → 2908.24萬')
S.rel('sum', I, R(a, sum_hbs, hb_f, '2908.24萬人'), 'altered: 2996.76 + 2908.24 = 5905, not 5902 (breaks {B})')
S.rel('share', I, R(a, sh_hbr, hb_f, '2908.24萬人'), 'altered: 2996.76 / 2908.24 = 103.04, not 103.15 (breaks {B})')
a = ALT(W19, 1, w19_e[0], '1,042,469万元', 'adjusted spending budget 1,012,469 → 1,042,469')
S.rel('share', I, R(a, w19_e, w19_e[0], '1,042,469万元'), 'altered: spending 1,012,469 is 97.1% of an adjusted budget of 1,042,469, not “为预算的100%” (breaks {B})')
a = ALT(W22, 1, w22_r[0], '1,239,300万元', 'adjusted revenue budget 1,289,300 → 1,239,300')
S.rel('share', I, R(a, w22_r, w22_r[0], '1,239,300万元'), 'altered: revenue 1,289,300 is 104.0% of an adjusted budget of 1,239,300, not 100% (breaks {B})')
a = ALT(ZZ, 1, sum_zzn[1], '391个', 'city key projects 397 → 391')
S.rel('sum', I, R(a, sum_zzn, sum_zzn[1], '391个'), 'altered: 513 + 391 = 904, not 910 (breaks {B})')
a = ALT(ZZ, 2, sum_zzp[1], '1900亿元', 'city projects’ annual plan 1800 → 1900')
S.rel('sum', I, R(a, sum_zzp, sum_zzp[1], '1900亿元'), 'altered: 2800 + 1900 = 4700, not 4600 (breaks {B})')
a = ALT(ZZ, 3, rs_zz[1], '916个', 'closing box 910 → 916 projects')
S.rel('restatement', I, R(a, rs_zz, rs_zz[1], '916个'), 'altered: the box says 916 projects, the body 910 (breaks {B})')
a = ALT(KQ, 1, kq_n[1], '38个', 'other projects 32 → 38')
S.rel('sum', I, R(a, kq_n, kq_n[1], '38个'), 'altered: 100 + 38 = 138, not 132 (breaks {B})')
a = ALT(K22, 1, k22[1], '439.6亿元', 'completed-class projects 489.6 → 439.6')
S.rel('sum', I, R(a, k22, k22[1], '439.6亿元'), 'altered: 1430–1440 + 439.6 + 294.3 = 2163.9–2173.9, short of 2220 (breaks {B})')
a = ALT(ZY, 1, zy_p[1], '654771万元', 'secondary value added 624771 → 654771')
S.rel('sum', I, R(a, sum_zy, zy_p[1], '654771万元'), 'altered: 29446 + 654771 + 406992 = 1091209, not 1061209 (breaks {B})')
S.rel('share', I, R(a, sh_zy2, zy_p[1], '654771万元'), 'altered: 654771 / 1061209 = 61.70%, not 58.9 (breaks {B})')
a = ALT(ZY, 2, zy_m[1], '682吨', 'beef 652 → 682吨')
S.rel('sum', I, R(a, zy_m, zy_m[1], '682吨'), 'altered: 1632 + 682 + 1492 = 3806, not 3776 (breaks {B})')
a = ALT(ZY, 3, zy_a[1], '5807.36公顷', 'oil-crop area 5607.36 → 5807.36')
S.rel('sum', I, R(a, zy_a, zy_a[1], '5807.36公顷'), 'altered: 23003.58 + 5807.36 = 28810.94, not 28610.94 (breaks {B})')
a = ALT(HS, 1, hs_r[2], '221倍', 'GDP ratio 227 → 221')
S.rel('growth', I, R(a, hs_r, hs_r[2], '221倍'), 'altered: 588972 / 2593 = 227.1, not 221 (breaks {B})')
a = ALT(HS, 2, hs_pc[1], '39364元', '2018 per-head GDP 39864 → 39364')
S.rel('growth', I, R(a, hs_pc, hs_pc[1], '39364元'), 'altered: 39364 / 214 = 183.9, an increase of about 183, not 186 (breaks {B})')
a = ALT(SX, 1, sx_p[1], '5327.6亿元', 'secondary value added 5377.6 → 5327.6')
S.rel('sum', I, R(a, sum_sx, sx_p[1], '5327.6亿元'), 'altered: 519 + 5327.6 + 6791.8 = 12638.4, not 12688.4 (breaks {B})')
a = ALT(SX, 2, sx_cu[1], '968.8亿元', 'rural retail 963.8 → 968.8')
S.rel('sum', I, R(a, sum_sxr, sx_cu[1], '968.8亿元'), 'altered: 4798.2 + 968.8 = 5767, not 5762 (breaks {B}; the rate rebuild still gives 7.8%)')
a = ALT(SX, 3, gr_sxa[2], '1.3个百分点', 'farm turnaround 1.8 → 1.3 points')
S.rel('growth', I, R(a, gr_sxa, gr_sxa[2], '1.3个百分点'), 'altered: from −0.9% to +0.9% is 1.8 points, not 1.3 (breaks {B})')
a = ALT(FD, 1, fd_tb[2], '136.86', 'table: construction 139.86 → 136.86')
S.rel('sum', I, R(a, sum_fdt, fd_tb[2], '136.86'), 'altered: the industries sum to 808.41, not 811.41 (breaks {B})')
a = ALT(FD, 2, fd_s[2], '58.3', 'tertiary share 56.3 → 58.3')
S.rel('share', I, R(a, sh_fd3, fd_s[2], '58.3'), 'altered: 456.83 / 811.41 = 56.30%, not 58.3 (breaks {B})')
S.rel('sum', I, R(a, fd_s, fd_s[2], '58.3'), 'altered: 10.1 + 33.6 + 58.3 = 102.0, not 100 (breaks {B})')
a = ALT(FY, 1, fy_p[1], '1157.2亿元', 'secondary value added 1151.2 → 1157.2')
S.rel('sum', I, R(a, sum_fy, fy_p[1], '1157.2亿元'), 'altered: 417.3 + 1157.2 + 1503.0 = 3077.5, not 3071.5 (breaks {B})')
S.rel('share', I, R(a, sh_fy2, fy_p[1], '1157.2亿元'), 'altered: 1157.2 / 3071.5 = 37.68% → 37.7, not 37.5 (breaks {B})')
a = ALT(FY, 2, fy_s0[2], '48.1', '2020 tertiary share 49.1 → 48.1')
S.rel('sum', I, R(a, fy_s0, fy_s0[2], '48.1'), 'altered: 14.6 + 36.3 + 48.1 = 99.0, not 100 (breaks {B})')
a = ALT(HN, 1, hn_c, '788.94亿元', 'central revenue 782.94 → 788.94')
S.rel('sum', I, R(a, sum_hn, hn_c, '788.94亿元'), 'altered: 1340.41 + 788.94 = 2129.35, not 2123.35 (breaks {B})')
S.rel('rate', I, R(a, rt_hn, hn_c, '788.94亿元'), 'altered: previous 1185.68 + 749.59 = 1935.27; 2123.35 / 1935.27 = +9.72%, not 10.04% (breaks {B})')
a = ALT(HN, 2, gr_hne[1], '384.19亿元', 'spending increase 354.19 → 384.19')
S.rel('growth', I, R(a, gr_hne, gr_hne[1], '384.19亿元'), 'altered: 384.19 / 2178.08 = 17.64%, not 16.04% (breaks {B})')
a = ALT(HN, 3, sh_hn[2], '63.57%', 'livelihood share 68.57% → 63.57%')
S.rel('share', I, R(a, sh_hn, sh_hn[2], '63.57%'), 'altered: 1757 / 2562.27 = 68.57%, not 63.57% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout93. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout93.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout93'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

TJ12='tj_2012.txt'; MENG='meng_2018.txt'; AZQ='azq_2019.txt'; HD='hd_2019.txt'; KP='kp_2m_hant.txt'; QI='qi_coal.txt'
BJ='bj_2020h1_hant.txt'; N95='nmg_1995_hant.txt'; N60='nmg_1960.txt'; TJ23='tj_2023.txt'; BHT='bh_2024t.txt'; BH='bh_2024.txt'
WSQ='wsq_2022h1.txt'; KEQ='keq_2021.txt'; DLT='dlt_2022b.txt'; TY='ty_2006.txt'

# ---- 天津 2013 government work report, review of 2008–2012 (municipality)
t_gdp = F(TJ12, '12885亿元'); t_gx = F(TJ12, '2.5倍'); t_gr = F(TJ12, '16.1%')
t_rev = F(TJ12, '1760亿元'); t_rx = F(TJ12, '3.3倍'); t_rr = F(TJ12, '26.7%')
S.rel('growth', C, [t_rev, t_rx, t_rr], 'local revenue 3.3 times the 2007 level over 5 years (2007→2012): 3.3^(1/5) − 1 = 26.97% (26.6–27.4 with 3.25–3.35), stated 26.7')
S.rel('growth', U, [t_gdp, t_gx, t_gr], 'GDP 2.5 times 2007 is 20.1% a year at current prices; the 16.1% is real growth: nominal vs real')
S.rel('growth', U, [F(TJ12, '1156亿美元'), F(TJ12, '10.1%')], 'trade 1156亿美元, +10.1% a year: the 2007 level is not stated')
S.rel('rate', U, [t_gdp, F(TJ12, '1.48万美元')], 'per-capita GDP in US dollars: population and exchange rate are not stated')
a = ALT(TJ12, 1, t_rr, '29.7%', 'yearly revenue growth 26.7 → 29.7')
S.rel('growth', I, [on(a, t_rev), on(a, t_rx), on(a, t_rr, '29.7%')], 'altered: 3.3 times over 5 years is 27.0% a year, not 29.7 (breaks {B})')
a = ALT(TJ12, 2, t_rx, '3.8倍', 'revenue multiple 3.3 → 3.8')
S.rel('growth', I, [on(a, t_rev), on(a, t_rx, '3.8倍'), on(a, t_rr)], 'altered: 3.8 times over 5 years is 30.6% a year, not 26.7 (breaks {B})')

# ---- a 盟 of 内蒙古, 70 years 1949–2018 (statistics bureau article, 2019; place name replaced by spam in the stored page)
m49 = [F(MENG, '89.7'), F(MENG, '4.7', post=':5.6'), F(MENG, '5.6', pre='4.7:')]
m18 = [F(MENG, '13.8'), F(MENG, '45.6'), F(MENG, '40.6')]
md = [F(MENG, '75.9个'), F(MENG, '40.9'), F(MENG, '35.0个')]
S.rel('sum', C, m49, '1949 structure 89.7 + 4.7 + 5.6 = 100')
S.rel('sum', C, m18, '2018 structure 13.8 + 45.6 + 40.6 = 100')
S.rel('growth', C, [m49[0], m18[0], md[0]], 'primary share 89.7 → 13.8: down 75.9 points')
S.rel('growth', C, [m49[1], m18[1], md[1]], 'secondary share 4.7 → 45.6: up 40.9 points')
S.rel('growth', C, [m49[2], m18[2], md[2]], 'tertiary share 5.6 → 40.6: up 35.0 points')
S.rel('growth', U, [F(MENG, '3844倍'), F(MENG, '8.9%')], 'GDP ×3845 over 69 years is 12.7% a year at current prices; 8.9% is the comparable-price average (8.9% a year gives ×359): nominal vs real')
S.rel('growth', U, [F(MENG, '589倍'), F(MENG, '5.1%')], 'primary ×590 over 69 years is 9.7% a year nominal vs 5.1% real: nominal vs real')
S.rel('growth', U, [F(MENG, '2117万元'), F(MENG, '21579万元')], '2117万 (1949) vs 21579万 "after reform and opening": the year of the second level is not stated')
a = ALT(MENG, 1, md[0], '73.9个', 'fall of the primary share 75.9 → 73.9 points')
S.rel('growth', I, [on(a, m49[0]), on(a, m18[0]), on(a, md[0], '73.9个')], 'altered: 89.7 − 13.8 = 75.9, not 73.9 (breaks {B})')
a = ALT(MENG, 2, m18[1], '47.6', '2018 secondary share 45.6 → 47.6')
S.rel('sum', I, R(a, m18, m18[1], '47.6'), 'altered: 13.8 + 47.6 + 40.6 = 102 (breaks {B})')
S.rel('growth', I, [on(a, m49[1]), on(a, m18[1], '47.6'), on(a, md[1])], 'altered: 47.6 − 4.7 = 42.9, not 40.9 (breaks {B})')

# ---- 阿拉善左旗 (阿拉善盟, 内蒙古) 2019 bulletin (banner)
az_t = F(AZQ, '146041人'); az_u = F(AZQ, '90730人'); az_r = F(AZQ, '55311人'); az_m = F(AZQ, '72794人'); az_f = F(AZQ, '73247人')
az_mg = F(AZQ, '39913人'); az_mgp = F(AZQ, '27.3%')
az_b = F(AZQ, '1913人'); az_br = F(AZQ, '9.2‰'); az_d = F(AZQ, '900人'); az_dr = F(AZQ, '4.3‰'); az_n = F(AZQ, '1011人'); az_nr = F(AZQ, '4.9‰')
tb_t = F(AZQ, '146041', n=1); tb_u = F(AZQ, '90730', n=1); tb_up = F(AZQ, '62.1'); tb_r = F(AZQ, '55311', n=1)
tb_a = [F(AZQ, '22619'), F(AZQ, '32580'), F(AZQ, '65627'), F(AZQ, '25215')]
tb_ap = [F(AZQ, '15.5'), F(AZQ, '22.3'), F(AZQ, '44.9'), F(AZQ, '17.3')]
az_s = [F(AZQ, '4.1', post=':61.3'), F(AZQ, '61.3'), F(AZQ, '34.6')]; az_c = [F(AZQ, '1.6%'), F(AZQ, '82.4%'), F(AZQ, '16.0%')]
sum_az = [az_u, az_r, az_t]
S.rel('sum', C, sum_az, 'urban 90730 + rural 55311 = 146041')
S.rel('sum', C, [az_m, az_f, az_t], 'male 72794 + female 73247 = 146041')
S.rel('share', C, [az_mg, az_t, az_mgp], 'Mongol 39913/146041 = 27.33% → 27.3')
S.rel('sum', I, [az_n, az_d, az_b], 'REAL ERROR in the original: births 1913 − deaths 900 = 1013, but the natural increase is stated as 1011')
S.rel('growth', C, [az_br, az_dr, az_nr], 'natural growth rate 9.2 − 4.3 = 4.9‰')
S.rel('rate', U, [az_b, az_t, az_br], '1913 births over 146041 registered residents is 13.1‰, stated 9.2‰: the rates are over another population (about 208000, not stated)')
S.rel('restatement', C, [az_u, tb_u], 'urban registered population 90730 in the text and in table 1')
S.rel('restatement', C, [az_r, tb_r], 'rural registered population 55311 in the text and in table 1')
S.rel('share', C, [tb_u, tb_t, tb_up], 'table: urban 90730/146041 = 62.13% → 62.1')
S.rel('sum', C, tb_a + [tb_t], 'table: age groups 22619 + 32580 + 65627 + 25215 = 146041')
S.rel('sum', C, tb_ap + [F(AZQ, '100.0')], 'table: age shares 15.5 + 22.3 + 44.9 + 17.3 = 100.0')
S.rel('share', C, [tb_a[3], tb_t, tb_ap[3]], 'table: aged 60+ 25215/146041 = 17.27% → 17.3')
S.rel('sum', C, az_s, 'structure 4.1 + 61.3 + 34.6 = 100')
S.rel('sum', C, az_c, 'contributions 1.6 + 82.4 + 16.0 = 100')
S.rel('share', U, [az_c[1], az_s[1]], 'secondary contribution 82.4% vs share 61.3: contribution is not share')
S.rel('growth', U, [F(AZQ, '6.5%'), F(AZQ, '5.8%')], 'per-capita GDP +5.8% vs GDP +6.5%: the population change (resident) is not stated')
S.rel('share', U, [F(AZQ, '49933人'), az_mg, az_t], 'minorities 49933 of which Mongol 39913: the minorities’ share is not stated; nested counts, not a split')
a = ALT(AZQ, 1, az_r, '53311人', 'rural population (text) 55311 → 53311')
S.rel('sum', I, R(a, sum_az, az_r, '53311人'), 'altered: 90730 + 53311 = 144041, not 146041 (breaks {B})')
S.rel('restatement', I, [on(a, az_r, '53311人'), on(a, tb_r)], 'altered: 53311 in the text vs 55311 in table 1 (breaks {B})')
a = ALT(AZQ, 2, az_mgp, '29.3%', 'Mongol share 27.3 → 29.3')
S.rel('share', I, [on(a, az_mg), on(a, az_t), on(a, az_mgp, '29.3%')], 'altered: 39913/146041 = 27.3%, not 29.3 (breaks {B})')
a = ALT(AZQ, 3, tb_ap[2], '46.9', 'table share of ages 35–59 44.9 → 46.9')
S.rel('sum', I, [on(a, tb_ap[0]), on(a, tb_ap[1]), on(a, tb_ap[2], '46.9'), on(a, tb_ap[3]), on(a, F(AZQ, '100.0'))], 'altered: 15.5 + 22.3 + 46.9 + 17.3 = 102.0 (breaks {B})')

# ---- 洪洞县 (临汾, 山西) 2019 bulletin (county)
h_t = F(HD, '1514976万元'); h1 = F(HD, '99455.3万元'); h2 = F(HD, '693684万元'); h3 = F(HD, '721837万元')
hp = [F(HD, '6.6%'), F(HD, '45.8%'), F(HD, '47.6%')]
hs18 = [F(HD, '5.7', post=':49.3'), F(HD, '49.3'), F(HD, '45.0')]
hs19 = [F(HD, '6.6', pre='优化为'), F(HD, '45.8', post=':47.6'), F(HD, '47.6', post=',第三')]
hch = F(HD, '2.6个'); hpc = F(HD, '19763元'); husd = F(HD, '2865美元'); hpop = F(HD, '766579')
hinc = F(HD, '2028人'); hb = F(HD, '6556人'); hbr = F(HD, '8.56‰'); hdd = F(HD, '4528人'); hdr = F(HD, '5.91‰'); hnr = F(HD, '2.65‰')
sum_hd = [h1, h2, h3, h_t]
S.rel('sum', C, sum_hd, '99455.3 + 693684 + 721837 = 1514976.3 → 1514976')
S.rel('share', C, [h1, h_t, hp[0]], '99455.3/1514976 = 6.56% → 6.6')
S.rel('share', C, [h2, h_t, hp[1]], '693684/1514976 = 45.79% → 45.8')
S.rel('share', C, [h3, h_t, hp[2]], '721837/1514976 = 47.65% → 47.6')
for x, y in zip(hp, hs19):
    S.rel('restatement', C, [x, y], f'sector share {y[1]} stated as a percentage and again in the 2019 structure')
S.rel('sum', C, hs18, '2018 structure 5.7 + 49.3 + 45.0 = 100')
S.rel('sum', C, hs19, '2019 structure 6.6 + 45.8 + 47.6 = 100')
S.rel('growth', C, [hs18[2], hs19[2], hch], 'tertiary share 45.0 → 47.6: up 2.6 points')
S.rel('growth', C, [hbr, hdr, hnr], 'natural growth 8.56 − 5.91 = 2.65‰')
S.rel('sum', C, [hb, hdd, hinc], 'births 6556 − deaths 4528 = 2028 = the stated rise in the resident population (judgement call: implies no net migration)')
S.rel('rate', C, [h_t, hpop, hpc], 'GDP 1514976万元 / 766579 residents = 19762.8 → 19763元 (judgement call: divided by the year-end population)')
S.rel('rate', U, [hb, hpop, hbr], '6556/766579 = 8.55‰, stated 8.56: the rate is over the average population (not stated)')
S.rel('rate', U, [hpc, husd], '19763元 "按2018年平均汇率" = 2865美元 implies 6.898 yuan per dollar; the rate is not stated in the text (and 6.898 is the 2019 average, not 2018)')
S.rel('restatement', U, [F(HD, '2.7%', n=0), F(HD, '2.7%', n=1)], 'GDP +2.7% vs consumer prices +2.7%: different indicators sharing a number')
S.rel('rate', U, [h1, F(HD, '3.2%'), h2, F(HD, '3.3%'), h3, F(HD, '8.2%'), h_t, F(HD, '2.7%', n=0)], 'current-price levels deflated by real sector rates: base weights not stated; not a check')
a = ALT(HD, 1, h2, '698684万元', 'secondary value added 693684 → 698684')
S.rel('sum', I, R(a, sum_hd, h2, '698684万元'), 'altered: parts add to 1519976.3, not 1514976 (breaks {B})')
S.rel('share', I, [on(a, h2, '698684万元'), on(a, h_t), on(a, hp[1])], 'altered: 698684/1514976 = 46.1%, not 45.8 (breaks {B})')
a = ALT(HD, 2, hs19[2], '49.6', '2019 tertiary share in the structure 47.6 → 49.6')
S.rel('sum', I, R(a, hs19, hs19[2], '49.6'), 'altered: 6.6 + 45.8 + 49.6 = 102 (breaks {B})')
S.rel('restatement', I, [on(a, hp[2]), on(a, hs19[2], '49.6')], 'altered: tertiary share 47.6% vs 49.6 in the structure (breaks {B})')
S.rel('growth', I, [on(a, hs18[2]), on(a, hs19[2], '49.6'), on(a, hch)], 'altered: 49.6 − 45.0 = 4.6, not 2.6 points (breaks {B})')
a = ALT(HD, 3, hnr, '2.85‰', 'natural growth rate 2.65 → 2.85')
S.rel('growth', I, [on(a, hbr), on(a, hdr), on(a, hnr, '2.85‰')], 'altered: 8.56 − 5.91 = 2.65, not 2.85 (breaks {B})')

# ---- a district (區) Jan–Feb economic indicators and key projects (traditional; place not named; 宗 suggests 广东)
kn = F(KP, '100宗'); kn1 = F(KP, '14宗'); kn2 = F(KP, '7宗'); kn3 = F(KP, '79宗'); kt1 = F(KP, '39宗'); kt2 = F(KP, '49宗'); kt3 = F(KP, '12宗'); kc_n = F(KP, '21宗')
kd = F(KP, '17.41億元'); kdp = F(KP, '12.85%'); ks = F(KP, '16.67%'); kgap = F(KP, '3.82個')
kp1 = F(KP, '44.62億元'); kd1 = F(KP, '6.50億元'); kr1 = F(KP, '14.54%'); kg1 = F(KP, '2.13個')
kp2 = F(KP, '10.66億元'); kd2 = F(KP, '2.74億元'); kr2 = F(KP, '21.85%'); kg2 = F(KP, '9個'); kc = F(KP, '16.68%')
kp3 = F(KP, '80.18億元'); kd3 = F(KP, '8.19億元'); kr3 = F(KP, '10.20%')
ki = [F(KP, '57.82億元'), F(KP, '5.65億元'), F(KP, '9.78%')]; kin = [F(KP, '62.45億元'), F(KP, '10.13億元'), F(KP, '16.22%')]; kl = [F(KP, '13.84億元'), F(KP, '1.62億元'), F(KP, '11.74%')]
sum_kn = [kn1, kn2, kn3, kn]
S.rel('sum', C, sum_kn, 'provincial 14 + city 7 + district 79 = 100 projects')
S.rel('sum', C, [kt1, kt2, kt3, kn], 'infrastructure 39 + industry 49 + livelihood 12 = 100 projects')
S.rel('sum', C, [kn1, kn2, kc_n], 'provincial and city projects 14 + 7 = 21')
S.rel('sum', C, [kd1, kd2, kd3, kd], '6.50 + 2.74 + 8.19 = 17.43 vs 17.41: inside the allowance only at its edge (parts ≥ 17.415, total ≤ 17.415); judgement call, keyed consistent')
S.rel('sum', C, [ki[1], kin[1], kl[1], kd], '5.65 + 10.13 + 1.62 = 17.40 → 17.41 within allowance')
S.rel('share', C, [kd, kp1, kp2, kp3, kdp], '17.41 of the plans 44.62 + 10.66 + 80.18 = 135.46: 12.85%')
S.rel('growth', C, [ks, kdp, kgap], 'time progress 16.67 − 12.85 = 3.82 points')
S.rel('growth', C, [ks, kr1, kg1], '16.67 − 14.54 = 2.13 points')
S.rel('share', I, [kd1, kp1, kr1], 'REAL ERROR (small) in the original: 6.50/44.62 = 14.57% (14.555–14.580 with the allowance), stated 14.54')
S.rel('share', I, [kd2, kp2, kr2], 'REAL ERROR in the original: 2.74/10.66 = 25.70%, stated 21.85 (the "9 points above 16.67" also points to about 25.7)')
S.rel('growth', I, [kr2, ks, kg2], 'REAL ERROR in the original: 21.85 − 16.67 = 5.18, not the stated 9 points (25.7 − 16.67 = 9.0 would fit)')
S.rel('share', I, [kd1, kd2, kp1, kp2, kc], 'REAL ERROR (small) in the original: (6.50 + 2.74)/(44.62 + 10.66) = 16.71% (16.70–16.73), stated 16.68; same cause as the 14.54')
S.rel('share', I, [kd3, kp3, kr3], 'REAL ERROR (small) in the original: 8.19/80.18 = 10.21% (10.208–10.214), stated 10.20')
for x, w in ((ki, '5.65/57.82 = 9.77% (9.76–9.78), stated 9.78'), (kin, '10.13/62.45 = 16.22%'), (kl, '1.62/13.84 = 11.71% (11.67–11.75), stated 11.74')):
    S.rel('share', C, [x[1], x[0], x[2]], w)
S.rel('sum', I, [kp1, kp2, kp3, ki[0], kin[0], kl[0]], 'REAL ERROR in the original: the same 100 projects have annual plans 44.62 + 10.66 + 80.18 = 135.46 by level but 57.82 + 62.45 + 13.84 = 134.11 by type')
S.rel('sum', U, [F(KP, '18.6億元'), F(KP, '17.7億元'), F(KP, '6.46億元'), F(KP, '36.4億元'), F(KP, '43.6億元')], 'industrial, real-estate, infrastructure and construction-installation investment are overlapping breakdowns (其中), not a split of 43.6')
S.rel('restatement', U, [F(KP, '25.2%'), F(KP, '25.4%')], 'industrial investment +25.2% vs construction-installation +25.4%: neighbouring numbers, different indicators')
a = ALT(KP, 1, kn3, '76宗', 'district projects 79 → 76')
S.rel('sum', I, R(a, sum_kn, kn3, '76宗'), 'altered: 14 + 7 + 76 = 97, not 100 (breaks {B})')
a = ALT(KP, 2, kin[2], '18.22%', 'industry projects completion 16.22 → 18.22')
S.rel('share', I, [on(a, kin[1]), on(a, kin[0]), on(a, kin[2], '18.22%')], 'altered: 10.13/62.45 = 16.22%, not 18.22 (breaks {B})')
a = ALT(KP, 3, kgap, '3.62個', 'gap to time progress 3.82 → 3.62')
S.rel('growth', I, [on(a, ks), on(a, kdp), on(a, kgap, '3.62個')], 'altered: 16.67 − 12.85 = 3.82, not 3.62 (breaks {B})')

# ---- a coal banner of 内蒙古 (鄂尔多斯 area by the output), bulletin extract (county level; year and name not in the excerpt)
qa = F(QI, '60.58万头'); qa1 = F(QI, '5.55万头'); qa2 = F(QI, '52.92万只'); qa3 = F(QI, '2.1万头')
qar = F(QI, '1.8%'); qr1 = F(QI, '7.8%'); qr2 = F(QI, '0.8%'); qr3 = F(QI, '14.8%')
qga = F(QI, '2.56万公顷'); qg = F(QI, '11.5万吨'); qy = F(QI, '300.7公斤'); qgar = F(QI, '0.6%'); qgr = F(QI, '3.5%'); qyr = F(QI, '2.9%')
qrev = F(QI, '1478.9亿元'); qprof = F(QI, '512.9亿元'); qm = F(QI, '34.6%'); qmd = F(QI, '10.4个')
sum_qi = [qa1, qa2, qa3, qa]; gr_qi = [qa1, qr1, qa2, qr2, qa3, qr3, qa, qar]
S.rel('sum', C, sum_qi, 'pigs 5.55 + sheep 52.92 + large animals 2.1 = 60.57 → 60.58 within allowance')
S.rel('growth', C, gr_qi, 'last year: 5.55/1.078 + 52.92/1.008 + 2.1/1.148 = 59.48; 60.58/59.48 = +1.85% → 1.8 (head counts, no price weights)')
S.rel('rate', C, [qg, qga, qy], '11.5万吨 / (2.56万公顷 × 15亩) = 299.5 kg/亩 (297.6–301.4 with the allowance), stated 300.7')
S.rel('growth', C, [qgar, qgr, qyr], 'yield growth = output/area: 1.035/1.006 = +2.9%')
S.rel('share', I, [qprof, qrev, qm], 'REAL ERROR (small) in the original: profit 512.9/revenue 1478.9 = 34.68% → 34.7, stated 34.6 (truncated?)')
S.rel('growth', U, [qm, qmd, F(QI, '16.4%'), F(QI, '35.3%')], 'margin down 10.4 points: last year’s margin derived from the growth rates gives about 44.8 (down 10.1); growth rates of firms above scale are on a comparable-firm basis, not a check')
S.rel('sum', U, [F(QI, '761.8亿元'), qprof], 'profits and taxes 761.8 include profit 512.9; the tax part is not stated: nothing to check')
a = ALT(QI, 1, qa2, '55.92万只', 'sheep 52.92 → 55.92')
S.rel('sum', I, R(a, sum_qi, qa2, '55.92万只'), 'altered: 5.55 + 55.92 + 2.1 = 63.57, not 60.58 (breaks {B})')
S.rel('growth', I, R(a, gr_qi, qa2, '55.92万只'), 'altered: parts give last year 62.45 and growth −3.0%, not +1.8 (breaks {B})')
a = ALT(QI, 2, qy, '320.7公斤', 'grain yield 300.7 → 320.7')
S.rel('rate', I, [on(a, qg), on(a, qga), on(a, qy, '320.7公斤')], 'altered: 11.5万吨 over 2.56万公顷 is about 299.5 kg/亩, not 320.7 (breaks {B})')

# ---- 北京 H1 2020 (municipality, news of the release, traditional with glyph pairs)
bt = F(BJ, '16205.6億元'); b1 = F(BJ, '40.4億元'); b2 = F(BJ, '2404.8億元'); b3 = F(BJ, '13760.4億元')
sum_bj = [b1, b2, b3, bt]
S.rel('sum', C, sum_bj, '40.4 + 2404.8 + 13760.4 = 16205.6')
S.rel('growth', U, [F(BJ, '3.2%'), F(BJ, '3.4個')], 'H1 −3.2%, 3.4 points better than Q1: the Q1 rate is not stated')
S.rel('rate', U, [b1, F(BJ, '20.8%'), b2, F(BJ, '4.2%'), b3, F(BJ, '3.0%'), bt, F(BJ, '3.2%')], 'current-price levels and real sector rates: base weights not stated; not a check')
a = ALT(BJ, 1, b2, '2464.8億元', 'secondary value added 2404.8 → 2464.8')
S.rel('sum', I, R(a, sum_bj, b2, '2464.8億元'), 'altered: parts add to 16265.6, not 16205.6 (breaks {B})')

# ---- 内蒙古 animal husbandry 1995 (region; gazetteer text, traditional)
n_g = F(N95, '7880.5萬公頃'); n_u = F(N95, '6359.1萬公頃'); n_up = F(N95, '80.7%'); n_y = F(N95, '643.2公斤'); n_hay = F(N95, '409億公斤')
n_st = F(N95, '4795.04萬頭')
S.rel('share', C, [n_u, n_g, n_up], 'usable grassland 6359.1/7880.5 = 80.69% → 80.7')
S.rel('rate', C, [n_y, n_u, n_hay], '643.2 kg/ha × 6359.1万 ha = 409.0亿 kg, 约409亿公斤 (per usable hectare)')
S.rel('share', U, [n_g, F(N95, '66.6%')], 'grassland 66.6% of the land area: the land area is not stated in the passage')
S.rel('restatement', U, [n_st, F(N95, '6065.7萬頭')], 'year-end stock 4795.04万 vs pastoral-year count 6065.7万: different counting dates, not one figure restated')
S.rel('share', U, [F(N95, '3114噸'), F(N95, '36.7%')], 'cashmere 3114 t = 36.7% of the national output: the national total is not stated')
S.rel('share', U, [F(N95, '76.08億元'), F(N95, '36.52%')], 'husbandry 76.08亿 = 36.52% of farm output: the total is not stated')
a = ALT(N95, 1, n_up, '83.7%', 'usable share of grassland 80.7 → 83.7')
S.rel('share', I, [on(a, n_u), on(a, n_g), on(a, n_up, '83.7%')], 'altered: 6359.1/7880.5 = 80.7%, not 83.7 (breaks {B})')
a = ALT(N95, 2, n_y, '683.2公斤', 'hay yield 643.2 → 683.2 kg/ha')
S.rel('rate', I, [on(a, n_y, '683.2公斤'), on(a, n_u), on(a, n_hay)], 'altered: 683.2 × 6359.1万 = 434.4亿 kg, not 约409亿 (breaks {B})')

# ---- 内蒙古 livestock 1947–1960 (journal abstract, early 1960s, Chinese numerals)
nl = [F(N60, '八百多万头'), F(N60, '三千万头'), F(N60, '二点六倍')]
S.rel('growth', C, nl, '八百多万 (800–899万) → 3000万: ratio 3.34–3.75, an increase of 2.34–2.75 times; 增长二点六倍 fits')
S.rel('restatement', U, [nl[1], n_st], '3000万 head in 1960 vs 4795.04万 in 1995: different years')
a = ALT(N60, 1, nl[2], '三点六倍', 'increase 二点六倍 → 三点六倍')
S.rel('growth', I, [on(a, nl[0]), on(a, nl[1]), on(a, nl[2], '三点六倍')], 'altered: 800–899万 → 3000万 is an increase of 2.3–2.8 times, not 3.6 (breaks {B})')

# ---- 天津 2023 plan execution report (municipality, 天津日报 print of the 发改委 report)
tjg = F(TJ23, '4.3%'); tjt = F(TJ23, '0.3个'); ts = [F(TJ23, '1.6', post=':35.7'), F(TJ23, '35.7'), F(TJ23, '62.7')]
S.rel('target', M, [tjg, tjt], '天津 2023 GDP +4.3%, 0.3 points above the target set by the municipal congress (4%, not stated here): met')
S.rel('sum', C, ts, 'structure 1.6 + 35.7 + 62.7 = 100')
S.rel('growth', U, [t_gdp, F(TJ23, '1.67万亿元')], '天津 GDP 12885亿 (2012) → 1.67万亿 (2023): no rate for the span is stated; current prices')
a = ALT(TJ23, 1, ts[1], '37.7', 'secondary share 35.7 → 37.7')
S.rel('sum', I, R(a, ts, ts[1], '37.7'), 'altered: 1.6 + 37.7 + 62.7 = 102 (breaks {B})')

# ---- 滨海新区 (天津): 2024 targets (plan) and 2024 results (plan execution report of 2025)
bt1 = F(BHT, '4.8%左右'); bt2 = F(BHT, '6%'); bt3 = F(BHT, '持平')
br1 = F(BH, '5.5%', n=0); binv = F(BH, '3.7%'); br2 = F(BH, '5.5%', n=1)
S.rel('target', M, [bt1, br1], '滨海新区 2024 GDP target 4.8%左右, result +5.5%: met')
S.rel('target', MS, [bt2, br2], '滨海新区 2024 budget revenue target +6%, result +5.5%: missed')
S.rel('target', M, [bt3, binv], '滨海新区 2024 fixed-asset investment target 持平 (0%), result +3.7%: met')
S.rel('target', U, [bt1, tjg], '滨海新区 2024 target vs 天津 city 2023 result: other place and year')
S.rel('restatement', U, [br1, br2], 'GDP +5.5% vs budget revenue +5.5%: different indicators sharing a number')
S.rel('share', U, [F(BH, '5800余家'), F(BH, '20%')], 'firms from Beijing over 20% of 5800余: their number is not stated; nothing to check')

# ---- 乌审旗 (鄂尔多斯, 内蒙古) H1 2022 budget execution (banner)
w_b = F(WSQ, '35.6亿元'); w_h = F(WSQ, '19.8亿元'); w_hg = F(WSQ, '18.9%'); w_hp = F(WSQ, '55.6%')
w_tx = F(WSQ, '18.96亿元'); w_txg = F(WSQ, '36.3%'); w_f = F(WSQ, '8428万元'); w_fg = F(WSQ, '69.3%')
w_bd = F(WSQ, '1.9亿元'); w_b1 = F(WSQ, '1.6亿元'); w_b2 = F(WSQ, '0.3亿元')
w_e = F(WSQ, '54.89亿元'); w_eh = F(WSQ, '29.48亿元'); w_eg = F(WSQ, '14.3%'); w_e1 = F(WSQ, '24.56亿元'); w_e1g = F(WSQ, '26.3%'); w_e2 = F(WSQ, '4.92亿元'); w_e2g = F(WSQ, '22.6%')
sum_we = [w_e1, w_e2, w_eh]; gr_we = [w_e1, w_e1g, w_e2, w_e2g, w_eh, w_eg]
S.rel('share', C, [w_h, w_b, w_hp], 'H1 revenue 19.8/35.6 = 55.62% → 55.6 of the year’s target')
S.rel('sum', C, [w_tx, w_f, w_h], 'tax bureau 18.96亿 + finance bureau 8428万 = 19.80亿')
S.rel('growth', C, [w_tx, w_txg, w_f, w_fg, w_h, w_hg], 'last year 18.96/1.363 + 0.8428/0.307 = 16.66; 19.8/16.66 = +18.9%')
S.rel('sum', C, [w_b1, w_b2, w_bd], 'bonds 1.6 + 0.3 = 1.9')
S.rel('sum', C, sum_we, 'spending 24.56 + 4.92 = 29.48')
S.rel('growth', C, gr_we, 'last year 24.56/1.263 + 4.92/0.774 = 25.80; 29.48/25.80 = +14.3%')
S.rel('target', CT, [w_b, w_h], '乌审旗 2022 revenue budget 35.6亿 vs H1 19.8亿 (55.6%): the year is not over, cannot tell')
S.rel('target', CT, [w_e, w_eh], '乌审旗 2022 spending budget 54.89亿 vs H1 29.48亿: the year is not over, cannot tell')
S.rel('growth', U, [w_b, F(WSQ, '3.5%'), w_hg], 'budget +3.5% for the year vs +18.9% in H1: different periods; the 2021 level is not stated')
S.rel('sum', U, [F(WSQ, '2890万元'), w_tx, w_f], '苏里格开发区 2890万 is included in 19.8 (by area); it is not a third part beside the tax and finance bureau split')
a = ALT(WSQ, 1, w_hp, '58.6%', 'H1 share of the year’s revenue target 55.6 → 58.6')
S.rel('share', I, [on(a, w_h), on(a, w_b), on(a, w_hp, '58.6%')], 'altered: 19.8/35.6 = 55.6%, not 58.6 (breaks {B})')
a = ALT(WSQ, 2, w_e2, '4.62亿元', 'town and zone spending 4.92 → 4.62')
S.rel('sum', I, R(a, sum_we, w_e2, '4.62亿元'), 'altered: 24.56 + 4.62 = 29.18, not 29.48 (breaks {B})')
S.rel('growth', I, R(a, gr_we, w_e2, '4.62亿元'), 'altered: parts give last year 25.41 and +16.0%, not 14.3 (breaks {B})')

# ---- 科尔沁区 (通辽, 内蒙古) 2021 budget execution report (district)
k_in = F(KEQ, '510,687万元'); k_gp = F(KEQ, '171,697万元'); k_up = F(KEQ, '71,238万元'); k_own = F(KEQ, '100,459万元')
k_sub = F(KEQ, '330,173万元'); k_nb = F(KEQ, '15,900万元'); k_rb = F(KEQ, '53,550万元'); k_fund = F(KEQ, '10,000万元'); k_carry = F(KEQ, '605万元')
k_out = F(KEQ, '510,677万元'); k_sp = F(KEQ, '450,513万元'); k_debt = F(KEQ, '56,862万元'); k_upl = F(KEQ, '3,302万元'); k_bal = F(KEQ, '10万元', pre='年末结余')
sum_kin = [k_own, k_sub, k_nb, k_rb, k_fund, k_carry, k_in]; sum_kout = [k_sp, k_debt, k_upl, k_out]
S.rel('sum', C, [k_up, k_own, k_gp], 'revenue 171697 less 71238 passed up to the city = 100459')
S.rel('sum', C, sum_kin, '100459 + 330173 + 15900 + 53550 + 10000 + 605 = 510687')
S.rel('sum', C, sum_kout, '450513 + 56862 + 3302 = 510677')
S.rel('sum', C, [k_out, k_bal, k_in], 'spending total 510677 + year-end balance 10 = revenue total 510687')
S.rel('sum', U, [k_sp, k_debt, k_upl, k_bal, k_out], 'the balance 10 is listed under 其中 but is not spending: with it the items make 510687, not 510677; not a split')
S.rel('sum', U, [k_gp, k_sub, k_nb, k_rb, k_fund, k_carry, k_in], 'with the gross 171697 (including revenue passed up to the city) the items make 581925: the gross figure is not part of the district total')
a = ALT(KEQ, 1, k_sub, '333,173万元', 'transfers from above 330173 → 333173')
S.rel('sum', I, R(a, sum_kin, k_sub, '333,173万元'), 'altered: items add to 513687, not 510687 (breaks {B})')
a = ALT(KEQ, 2, k_debt, '58,862万元', 'debt repayment 56862 → 58862')
S.rel('sum', I, R(a, sum_kout, k_debt, '58,862万元'), 'altered: 450513 + 58862 + 3302 = 512677, not 510677 (breaks {B})')

# ---- 达拉特旗 (鄂尔多斯, 内蒙古) 2022 budget adjustment report (banner)
d_t = F(DLT, '290000万元', n=0); d_q = F(DLT, '257800万元'); d_k = F(DLT, '32200万元'); d_inc = F(DLT, '60000万元'); d_q1 = F(DLT, '58800万元'); d_k1 = F(DLT, '1200万元'); d_g = F(DLT, '26.1%')
d_f = F(DLT, '45000万元', n=0); d_fq = F(DLT, '35900万元'); d_fk = F(DLT, '9100万元'); d_fd = F(DLT, '25000万元'); d_fq1 = F(DLT, '29100万元'); d_fk1 = F(DLT, '4100万元'); d_fg = F(DLT, '35.7%')
d_all = F(DLT, '335000万元'); d_t2 = F(DLT, '290000万元', n=1); d_f2 = F(DLT, '45000万元', n=1); d_inc2 = F(DLT, '35000万元', pre='增加'); d_g2 = F(DLT, '11.7%'); d_dec = F(DLT, '37632万元'); d_g3 = F(DLT, '10.1%')
d_f8 = F(DLT, '8%', pre='下降')
sum_dq = [d_q1, d_k1, d_inc]; gr_dt = [d_t, d_inc, d_g]; gr_da = [d_all, d_inc2, d_g2]
S.rel('sum', C, [d_q, d_k, d_t], 'banner level 257800 + development zone 32200 = 290000')
S.rel('sum', C, sum_dq, 'increase: banner 58800 + zone 1200 = 60000')
S.rel('growth', C, gr_dt, '60000 over the congress budget 290000 − 60000 = 230000: +26.09% → 26.1')
S.rel('sum', C, [d_fq, d_fk, d_f], 'fund revenue 35900 + 9100 = 45000')
S.rel('sum', C, [d_fq1, d_fk1, d_fd], 'change: −29100 + 4100 = −25000')
S.rel('growth', C, [d_f, d_fd, d_fg], '−25000 from 45000 + 25000 = 70000: −35.71% → 35.7')
S.rel('sum', C, [d_t2, d_f2, d_all], '290000 + 45000 = 335000')
S.rel('sum', C, [d_inc, d_fd, d_inc2], '+60000 − 25000 = +35000')
S.rel('growth', C, gr_da, '35000 over 335000 − 35000 = 300000: +11.67% → 11.7')
S.rel('growth', C, [d_all, d_dec, d_g3], '−37632 from 335000 + 37632 = 372632 (2021 actual): −10.10% → 10.1')
S.rel('restatement', C, [d_t, d_t2], 'general budget revenue 290000 stated twice')
S.rel('restatement', C, [d_f, d_f2], 'fund revenue 45000 stated twice')
S.rel('growth', U, [d_fq, d_fq1, d_f8], 'banner-level fund revenue 35900: −8% is against the 2021 actual, −29100 against the congress budget (35900 + 29100 = 65000); different bases')
S.rel('growth', U, [d_fk, F(DLT, '2.8%')], 'zone fund revenue 9100, −2.8%: the 2021 level is not stated')
a = ALT(DLT, 1, d_q1, '55800万元', 'banner-level increase 58800 → 55800')
S.rel('sum', I, R(a, sum_dq, d_q1, '55800万元'), 'altered: 55800 + 1200 = 57000, not 60000 (breaks {B})')
a = ALT(DLT, 2, d_g, '28.1%', 'growth of general budget revenue 26.1 → 28.1')
S.rel('growth', I, R(a, gr_dt, d_g, '28.1%'), 'altered: 60000/230000 = 26.1%, not 28.1 (breaks {B})')
a = ALT(DLT, 3, d_g2, '13.7%', 'growth of total revenue 11.7 → 13.7')
S.rel('growth', I, R(a, gr_da, d_g2, '13.7%'), 'altered: 35000/300000 = 11.7%, not 13.7 (breaks {B})')
S.rel('target', U, [w_b, d_t], '乌审旗 2022 revenue budget 35.6亿 vs 达拉特旗 2022 adjusted budget 290000万: other banner')

# ---- 太原 (山西) 2006 bulletin (prefecture city)
y_t = F(TY, '1013.38亿元'); y1 = F(TY, '19.41亿元'); y2 = F(TY, '475.56亿元'); y3 = F(TY, '518.41亿元')
yc = [F(TY, '-0.8%'), F(TY, '42.8%'), F(TY, '58.0%')]; ys = [F(TY, '1.9', post=' :'), F(TY, '46.9'), F(TY, '51.2')]
ych = [F(TY, '0.4个'), F(TY, '0.1个'), F(TY, '0.3个')]
sum_ty = [y1, y2, y3, y_t]
S.rel('sum', C, sum_ty, '19.41 + 475.56 + 518.41 = 1013.38')
for x, s, w in zip((y1, y2, y3), ys, ('19.41/1013.38 = 1.92% → 1.9', '475.56/1013.38 = 46.93% → 46.9', '518.41/1013.38 = 51.16% → 51.2')):
    S.rel('share', C, [x, y_t, s], w)
S.rel('sum', C, ys, 'structure 1.9 + 46.9 + 51.2 = 100')
S.rel('sum', C, yc, 'contributions −0.8 + 42.8 + 58.0 = 100')
S.rel('sum', C, ych, 'share changes −0.4 + 0.1 + 0.3 = 0')
S.rel('rate', U, [F(TY, '29497元'), F(TY, '3782美元')], 'per-capita 29497元 = 3782美元 "at the 2006 average rate" implies 7.80 yuan per dollar; the rate is not stated (the 2006 average was about 7.97)')
S.rel('growth', U, [F(TY, '11.1%'), F(TY, '11.5%')], 'per-capita GDP +11.1% vs GDP +11.5%: the population change is not stated')
S.rel('rate', U, [y1, F(TY, '4.0%'), y2, F(TY, '10.5%'), y3, F(TY, '13.2%'), y_t, F(TY, '11.5%')], 'current-price levels and real sector rates: base weights not stated; not a check')
S.rel('share', U, [F(TY, '37.4%'), ys[1]], 'industry 37.4% of GDP inside the secondary 46.9: industry value added is not stated')
a = ALT(TY, 1, y2, '445.56亿元', 'secondary value added 475.56 → 445.56')
S.rel('sum', I, R(a, sum_ty, y2, '445.56亿元'), 'altered: parts add to 983.38, not 1013.38 (breaks {B})')
S.rel('share', I, [on(a, y2, '445.56亿元'), on(a, y_t), on(a, ys[1])], 'altered: 445.56/1013.38 = 44.0%, not 46.9 (breaks {B})')
a = ALT(TY, 2, yc[2], '56.0%', 'tertiary contribution 58.0 → 56.0')
S.rel('sum', I, R(a, yc, yc[2], '56.0%'), 'altered: −0.8 + 42.8 + 56.0 = 98 (breaks {B})')
a = ALT(TY, 3, ys[2], '53.2', 'tertiary share 51.2 → 53.2')
S.rel('sum', I, R(a, ys, ys[2], '53.2'), 'altered: 1.9 + 46.9 + 53.2 = 102 (breaks {B})')
S.rel('share', I, [on(a, y3), on(a, y_t), on(a, ys[2], '53.2')], 'altered: 518.41/1013.38 = 51.2%, not 53.2 (breaks {B})')

# ---- more traps (unrelated), per document, and across documents
S.rel('growth', U, [F(TJ12, '8871亿元'), F(TJ12, '34%')], 'investment 8871亿, +34% a year: the 2007 level is not stated')
S.rel('growth', U, [F(TJ12, '3921亿元'), F(TJ12, '19.6%')], 'retail sales 3921亿, +19.6% a year: the 2007 level is not stated')
S.rel('share', U, [t_rev, t_gdp], 'local revenue 1760 vs GDP 12885 (13.7%): no ratio is stated, and revenue is not a part of GDP')
S.rel('growth', U, [F(MENG, '3.8万倍'), F(MENG, '13.7%')], 'secondary ×38001 over 69 years is 16.5% a year nominal vs 13.7% real: nominal vs real')
S.rel('growth', U, [F(MENG, '2.8万倍'), F(MENG, '12.8%')], 'tertiary ×28001 over 69 years is 16.0% a year nominal vs 12.8% real: nominal vs real')
S.rel('rate', U, [F(AZQ, '2.5%'), F(AZQ, '8.9%'), F(AZQ, '2.9%'), az_s[0], az_s[1], az_s[2], F(AZQ, '6.5%')], 'sector rates weighted by the 2019 shares give 6.56 vs 6.5: the weights should be 2018 constant-price shares, not stated; not a check')
S.rel('restatement', U, [F(AZQ, '8.9%'), F(MENG, '8.9%')], '阿左旗 2019 secondary +8.9% vs the 盟’s 1949–2018 yearly GDP growth 8.9%: other place, period and indicator')
S.rel('share', U, [F(HD, '0.57%'), F(HD, '5394人')], 'registered unemployment 0.57%: the labour force is not stated; the new jobs are a flow, not its base')
S.rel('growth', U, [F(KP, '226.4億元'), F(KP, '5.4%'), F(KP, '54.8億元'), F(KP, '10.4%')], 'industrial output +5.4% (current prices) vs value added +10.4% (comparable prices): different measures; the value-added ratio 24.2% is not stated')
S.rel('growth', U, [F(QI, '20325.6万吨'), F(QI, '9.6%')], 'coal 20325.6万吨, −9.6%: last year’s output is not stated')
S.rel('share', U, [F(QI, '1.6亿千瓦时'), F(QI, '91.5亿千瓦小时')], 'solar 1.6 of 91.5亿 kWh (1.7%): no share is stated')
S.rel('rate', U, [F(QI, '43.28万亩'), qga], 'machine-ploughed 43.28万亩 exceeds the grain area 2.56万公顷 = 38.4万亩: it covers all crops; not comparable')
S.rel('restatement', U, [qgr, F(WSQ, '3.5%')], 'grain output +3.5% (a coal banner) vs 乌审旗 revenue budget +3.5%: other place and indicator')
S.rel('share', U, [b3, bt], 'tertiary 13760.4 of 16205.6 (84.9%): no share is stated')
S.rel('target', U, [bt1, binv], '滨海新区 GDP target 4.8%左右 vs investment result +3.7%: other indicator')
S.rel('target', U, [bt2, br1], '滨海新区 revenue target +6% vs GDP result +5.5%: other indicator')
S.rel('sum', U, [F(WSQ, '10.4亿元'), w_bd, w_h], 'transfers 10.4亿 and bond proceeds 1.9亿 are not parts of the banner’s own revenue 19.8亿')
S.rel('share', U, [F(WSQ, '2.23亿元'), w_eh], 'special funds paid 2.23亿 within spending 29.48亿: no share stated')
S.rel('restatement', U, [k_bal, k_fund], '结余10万元 vs 调入10,000万元: same digits, different scale and item')
S.rel('rate', U, [ys[1], F(TY, '10.5%'), F(TY, '11.5%', n=0), yc[1]], 'secondary contribution ≈ previous share × 10.5/11.5 = 46.8 × 0.913 = 42.7 vs 42.8: contributions use constant-price weights that are not stated; not a check')

S.rel('share', U, [F(KP, '10.7億元'), F(KP, '26.8億元')], 'tax total 26.8億 exceeds budget revenue 10.7億: the tax total counts taxes of all levels; neither is a part of the other')
S.rel('restatement', U, [F(KP, '5.2%', n=0), F(KP, '5.2%', n=1)], 'investment +5.2% vs infrastructure investment −5.2%: same number, opposite sign, different indicators')
S.rel('restatement', U, [ys[0], F(TY, '1.9%')], 'primary share 1.9 vs health-care prices +1.9%: same digits, different things')
S.rel('growth', U, [F(TY, '0.9个'), F(TY, '37.4%')], 'industry share 37.4%, up 0.9 points: the 2005 share is not stated')
S.rel('growth', U, [F(TY, '1.6%'), F(TY, '0.6%')], 'consumer prices +1.6% vs retail prices +0.6%: different indices')
S.rel('rate', U, [F(N95, '409億公斤'), F(N95, '6000多萬羊單位')], 'hay 409亿 kg feeds 6000多万 sheep units: the ration per unit is not stated')
S.rel('rate', U, [F(AZQ, '64933'), az_t], 'households 64933 and persons 146041 (2.25 a household): no household size is stated')
S.rel('share', U, [F(KEQ, '42,830万元'), k_sp], 'general public services 42830 of 450513 (9.5%): no share is stated; the 20 items are not all listed')
S.rel('rate', U, [F(MENG, '2117万元'), F(MENG, '103元')], '1949 GDP 2117万 and 103元 a head imply about 20.6万 people: the population is not stated')
S.rel('growth', U, [b1, F(BJ, '20.8%')], 'primary 40.4亿, −20.8%: last year’s H1 level is not stated (and the rate is real, the level nominal)')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

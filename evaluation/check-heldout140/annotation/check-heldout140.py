"""Check key, set check-heldout140. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout140.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout140'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

SC='sc_2022_hant.txt'; PY='py_m3.txt'; MC='mc_2023.txt'; HB='hb_2013kp.txt'; YZ='yz_2023_hant.txt'; GZ='gz_2023.txt'
SP='sp_2023.txt'; AH='ah_2021h1.txt'; HN='hn_2003.txt'; LX='lx_2023_hant.txt'; JT='jx_2012t.txt'; JR='jx_2012_hant.txt'
JI='jx_2016i.txt'; YX='yx_2020.txt'; YW='yx_2020w.txt'; A9='ah_1991.txt'; CZ='cz_gz.txt'

# ---- 商城县 2022 bulletin (traditional, pinyin readings, mojibake)
sc_t = F(SC, '2693488萬'); sc_p = [F(SC, '556612萬'), F(SC, '1067385萬'), F(SC, '1069491萬')]
sc_s = [F(SC, '20.7'), F(SC, '39.6'), F(SC, '39.7')]; sc_c = [F(SC, '22.1%'), F(SC, '64.2%'), F(SC, '13.7%')]
sc_pl = [F(SC, '0.92'), F(SC, '2.67'), F(SC, '0.57')]; sc_g = F(SC, '4.2%', n=0); sc_g1 = F(SC, '4.2%', n=1)
sc_r = [F(SC, '7.0%'), F(SC, '1.4%')]
sc_pop = [F(SC, '422529人'), F(SC, '369717人'), F(SC, '138617人'), F(SC, '653629人')]; sc_bad = F(SC, '92246人')
sum_sc = sc_p + [sc_t]; sum_scc = list(sc_c); gr_scp2 = [sc_g, sc_c[1], sc_pl[1]]; sum_scpop = list(sc_pop)
S.rel('sum', C, sum_sc, '商城 2022: 556612 + 1067385 + 1069491 = 2693488萬元')
S.rel('share', C, [sc_p[0], sc_t, sc_s[0]], 'primary 556612 / 2693488 = 20.67% → 20.7')
S.rel('share', C, [sc_p[1], sc_t, sc_s[1]], 'secondary 1067385 / 2693488 = 39.63% → 39.6')
S.rel('share', C, [sc_p[2], sc_t, sc_s[2]], 'tertiary 1069491 / 2693488 = 39.71% → 39.7')
S.rel('sum', C, sum_scc, 'contributions 22.1 + 64.2 + 13.7 = 100%')
S.rel('growth', C, sc_pl + [sc_g], 'pulls 0.92 + 2.67 + 0.57 = 4.16 points → GDP growth 4.2%')
S.rel('growth', C, gr_scp2, 'secondary pull = 64.2% × 4.2 = 2.70 (2.66–2.71 with the half units) vs 2.67: consistent')
S.rel('sum', C, sum_scpop, 'registered population split two ways: men 422529 + women 369717 = 792246 = urban 138617 + rural 653629')
S.rel('sum', I, [sc_pop[0], sc_pop[1], sc_bad], 'REAL ERROR in the stored copy: the total 戶籍總人口 reads “?92246人” (a leading digit lost in mojibake); men + women = 792246, not 92246')
S.rel('rate', U, [sc_g, sc_g1] + sc_r, 'GDP +4.2% from the sector rates 4.2 / 7.0 / 1.4: the previous-year weights are not stated (the current shares happen to give 4.2)')
S.rel('restatement', U, [sc_g, sc_g1], 'GDP +4.2% and primary +4.2%: the same number for different indicators')
S.rel('share', U, [sc_c[1], sc_s[1]], 'secondary contribution 64.2% vs secondary share 39.6%: a contribution to growth is not a share of the level')
S.rel('rate', U, sc_c + [sc_g, sc_g1] + sc_r + sc_s, 'contributions 22.1 / 64.2 / 13.7 from the sector rates: the previous-year comparable-price weights are not stated (current shares × rate / GDP rate give 20.7 / 66.0 / 13.2)')

# ---- 濮阳市 budget, March (year not stated)
def row(v, post=' |'): return F(PY, v, pre='| ', post=post)
py_tm = F(PY, '73795', pre='濮阳市 | '); py_mb = row('14070'); py_xq = row('59725'); py_qj = row('24867'); py_xj = row('34858')
py_xm = [row('11330'), row('5324'), row('7933'), row('6088'), row('4183')]
py_tc = F(PY, '234267', pre='73795 | '); py_cb = row('54065'); py_cx = row('180202'); py_cq = row('70978'); py_cj = row('109224')
py_cd = [row('36567'), row('19420'), row('4331'), row('10660')]; py_cc = [row('39387'), row('20424'), row('17960'), row('20229'), row('11224')]
py_st = F(PY, '744234', pre='380990 | '); py_sb = row('129558'); py_sx = row('614676'); py_sq = row('100375'); py_sj = row('514301')
py_sd = [row('32062'), row('56469'), row('6648'), row('5196')]
py_smt = F(PY, '380990', pre='| '); py_smb = row('59373'); py_smx = row('321617')
py_x0 = F(PY, '70.9', pre='| -10.9 | '); py_x1 = F(PY, '61.4', n=0); py_x2 = row('73.8'); py_x3 = row('85.9'); py_x4 = row('65.9')
py_g0 = F(PY, '-10.9', n=0); py_g1 = row('-22.8'); py_g2 = row('-6.6'); py_g5 = F(PY, '-10.9', n=1)
py_h0 = F(PY, '-4.1', pre='| '); py_h1 = row('-27.6'); py_h2 = F(PY, '3.0', pre='| ', post=' |\n区')
sum_pym = [py_mb, py_xq, py_tm]; sum_pyxm = py_xm + [py_xj]; sum_pyc = [py_cb, py_cx, py_tc]; sum_pycq = py_cd + [py_cq]
sum_pycj = py_cc + [py_cj]; sum_pys = [py_sb, py_sx, py_st]; sum_pysq = py_sd + [py_sq]; sum_pysm = [py_smb, py_smx, py_smt]
rt_pyx = [py_x0, py_x1, py_cb, py_x2, py_cx, py_tc]; rt_pyx2 = [py_x2, py_x3, py_cq, py_x4, py_cj, py_cx]
rt_pyg = [py_g0, py_g1, py_cb, py_g2, py_cx, py_tc]; rt_pyh = [py_h0, py_h1, py_sb, py_h2, py_sx, py_st]
S.rel('sum', C, sum_pym, '濮阳 March revenue: 市本级 14070 + 县区级 59725 = 73795万元')
S.rel('sum', C, sum_pyxm, 'March revenue of the five counties 11330 + 5324 + 7933 + 6088 + 4183 = 34858 (县级)')
S.rel('sum', C, sum_pyc, 'revenue Jan–Mar: 54065 + 180202 = 234267万元')
S.rel('sum', C, sum_pycq, 'revenue Jan–Mar of the four district units 36567 + 19420 + 4331 + 10660 = 70978 (区级)')
S.rel('sum', C, sum_pycj, 'revenue Jan–Mar of the five counties 39387 + 20424 + 17960 + 20229 + 11224 = 109224 (县级)')
S.rel('sum', C, sum_pys, 'spending Jan–Mar: 129558 + 614676 = 744234万元')
S.rel('rate', C, rt_pyx, 'tax share of the city 70.9% = (61.4% × 54065 + 73.8% × 180202) / 234267 = 70.94%')
S.rel('rate', C, rt_pyx2, 'tax share of 县区级 73.8% = (85.9% × 70978 + 65.9% × 109224) / 180202 = 73.78%')
S.rel('rate', C, rt_pyg, 'revenue growth −10.9% rebuilt from 市本级 −22.8% and 县区级 −6.6% (previous levels = level / (1 + rate)): 234267 / (70032 + 192936) − 1 = −10.9%')
S.rel('rate', C, rt_pyh, 'spending growth −4.1% rebuilt from 市本级 −27.6% and 县区级 +3.0%: 744234 / (178948 + 596773) − 1 = −4.06%')
S.rel('restatement', C, [F(PY, '234267万元'), py_tc], 'text 累计完成234267万元 = table 234267')
S.rel('growth', U, [F(PY, '10.9%'), F(PY, '3.7个百分点')], 'revenue −10.9% “高于省辖市平均增幅3.7个百分点”: the average of the prefecture cities is not stated')
S.rel('growth', U, [py_h0, F(PY, '3.3个百分点')], 'spending −4.1% “高于省辖市平均增幅3.3个百分点”: the average is not stated')
S.rel('restatement', U, [py_g0, py_g5], 'city −10.9% and 县级 −10.9%: the same number for different scopes')
S.rel('restatement', U, [py_x1, F(PY, '61.4', n=1)], '市本级 tax share 61.4 and 濮阳县 61.4: the same number for different units')
S.rel('rate', U, [F(PY, '73795万元'), F(PY, '12.7%'), F(PY, '234267万元'), F(PY, '10.9%')], 'March −12.7% and Jan–Mar −10.9%: the Jan–Feb level and rate are not stated; nothing to rebuild')
S.rel('rate', U, [F(PY, '380990万元'), F(PY, '15.8%'), F(PY, '744234万元'), F(PY, '4.1%')], 'March spending +15.8% and Jan–Mar −4.1%: the Jan–Feb figures are not stated; different periods')

# ---- 麻城市 2023 bulletin
mc_t = F(MC, '465.19亿元'); mc_p = [F(MC, '79.62亿元'), F(MC, '180.02亿元'), F(MC, '205.55亿元')]
mc_s = [F(MC, '17.1'), F(MC, '38.7'), F(MC, '44.2')]; mc_o = [F(MC, '17.6'), F(MC, '40.0'), F(MC, '42.4')]
mc_g = F(MC, '4.8%'); mc_r = [F(MC, '4.3%'), F(MC, '3.5%', n=0), F(MC, '6.2%')]
sum_mc = mc_p + [mc_t]; sh_mc2 = [mc_p[1], mc_t, mc_s[1]]; rt_mc = [mc_g] + mc_r + mc_o
S.rel('sum', C, sum_mc, '麻城 2023: 79.62 + 180.02 + 205.55 = 465.19亿元')
S.rel('share', C, [mc_p[0], mc_t, mc_s[0]], 'primary 79.62 / 465.19 = 17.12% → 17.1')
S.rel('share', C, sh_mc2, 'secondary 180.02 / 465.19 = 38.70% → 38.7')
S.rel('share', C, [mc_p[2], mc_t, mc_s[2]], 'tertiary 205.55 / 465.19 = 44.19% → 44.2')
S.rel('rate', C, rt_mc, 'GDP growth from the sector rates weighted by the stated 2022 structure 17.6:40.0:42.4: 0.176×4.3 + 0.400×3.5 + 0.424×6.2 = 4.79 → 4.8%')
S.rel('rate', U, [F(MC, '0.4%', n=0), F(MC, '0.4%', n=1), F(MC, '0.6%', n=0), F(MC, '1.3%'), F(MC, '1.6%'), F(MC, '0.6%', n=1), F(MC, '2%'), F(MC, '1.2%'), F(MC, '0.9%')], 'CPI −0.4% from the eight categories: the basket weights are not stated')
S.rel('restatement', U, [F(MC, '0.4%', n=0), F(MC, '0.4%', n=1)], 'CPI −0.4% and food −0.4%: the same number for different indices')
S.rel('sum', U, [F(MC, '111736户'), F(MC, '15383户'), F(MC, '94023户')], 'market entities 111736 “其中” firms 15383 and individual businesses 94023 (sum 109406): cooperatives etc. are not listed; not a split')
S.rel('growth', U, [F(MC, '1.59万人'), F(MC, '38.8%')], 'new urban jobs 1.59万 +38.8%: the 2022 number is not stated')
S.rel('sum', U, [F(MC, '1.59万人'), F(MC, '6027人'), F(MC, '4869人')], 'new urban jobs 1.59万, re-employed 6027 and hard-to-employ re-employed 4869: different (overlapping) categories, not parts of one total')
S.rel('rate', U, [F(MC, '146.68亿元'), F(MC, '4.4%'), F(MC, '3.3%'), F(MC, '12.1%'), F(MC, '4.6%'), F(MC, '3.5%', n=1)], 'gross farm output +4.4% from the four branch rates: branch levels are not stated and the service activities are left out')
S.rel('growth', U, [mc_p[0], mc_r[0], F(MC, '146.68亿元'), F(MC, '4.4%')], 'primary value added 79.62 (+4.3%) vs gross farm output 146.68 (+4.4%): value added is not gross output')

# ---- 湖北 key projects Jan–Jul 2013
hb_t = F(HB, '1800.5亿元'); hb_sv = F(HB, '470.3亿元'); hb_svr = F(HB, '81.7%'); hb_tr = F(HB, '68.4%')
hb_sh = F(HB, '26.1%'); hb_d = F(HB, '13.3个百分点')
S.rel('share', C, [hb_sv, hb_t, hb_sh], 'services projects 470.3 / 1800.5 = 26.12% → 26.1% “占总额的”')
S.rel('growth', C, [hb_svr, hb_tr, hb_d], 'services 81.7% of plan “高于全省13.3个百分点”: 81.7 − 68.4 = 13.3')
S.rel('restatement', C, [F(HB, '91%', n=0), F(HB, '91%', n=2)], 'headline 开工率91% = body 项目开工率91%')
S.rel('sum', U, [F(HB, '678.9亿元'), hb_sv, F(HB, '584.1亿元'), hb_t], 'manufacturing 678.9 + services 470.3 + infrastructure 584.1 = 1733.3 of 1800.5: other project groups are not listed; not a split')
S.rel('sum', U, [F(HB, '30.6亿元'), F(HB, '11.8亿元'), F(HB, '231.6亿元'), F(HB, '584.1亿元')], 'airports, shipping, city roads and rail 274.0 within infrastructure 584.1: a selection')
S.rel('growth', U, [F(HB, '91%', n=2), F(HB, '15个百分点')], '开工率91% “同比提高15个百分点”: last year’s rate is not stated')
S.rel('growth', U, [hb_sh, F(HB, '1.6个百分点')], 'services’ share 26.1% “比去年同期提高1.6个百分点”: last year’s share is not stated')
S.rel('share', U, [F(HB, '68.3%'), F(HB, '127个'), F(HB, '80%', n=0)], '127 manufacturing projects above 80% of plan vs the group’s 68.3%: a subset, not comparable')
S.rel('sum', U, [F(HB, '11个地区'), F(HB, '90%', n=0)], '“武汉、襄阳……恩施等11个地区”: eight are named; “等” does not claim a full list')
S.rel('rate', U, [F(HB, '30.6亿元'), F(HB, '111.8%'), F(HB, '11.8亿元'), F(HB, '82.6%'), F(HB, '231.6亿元'), F(HB, '74.1%'), F(HB, '584.1亿元')], 'three infrastructure groups’ completion rates: the infrastructure plan and its other groups are not stated; nothing to rebuild')
S.rel('share', U, [F(HB, '53个项目'), F(HB, '80%', n=1), hb_svr], '53 services projects above 80% of plan vs the group’s 81.7%: a subset, not comparable')
S.rel('rate', U, [F(HB, '91%', n=2), F(HB, '90%', n=0), F(HB, '100%')], 'province 开工率91% vs 11 regions above 90% and six at 100%: the regions’ project counts are not stated')
S.rel('target', CT, [hb_t, hb_tr], '1800.5亿 = 68.4% of the 2013 plan by the end of July: the year is not over; whether the annual plan is met cannot be told')

# ---- 宜章县 2023 bulletin (traditional)
yz_t = F(YZ, '276.29億元'); yz_p = [F(YZ, '33.26億元'), F(YZ, '96.21億元'), F(YZ, '146.82億元')]
yz_o = [F(YZ, '12.3'), F(YZ, '35.4'), F(YZ, '52.3')]; yz_s = [F(YZ, '12.1'), F(YZ, '34.8'), F(YZ, '53.1')]
yz_d = [F(YZ, '0.2個'), F(YZ, '0.6個'), F(YZ, '0.8個')]; yz_g = F(YZ, '5.1%'); yz_r = [F(YZ, '4.0%'), F(YZ, '7.9%'), F(YZ, '3.5%')]
yz_a = [F(YZ, '55.2億元'), F(YZ, '30.6億元'), F(YZ, '1.56億元'), F(YZ, '20.1億元'), F(YZ, '10.6億元'), F(YZ, '18.5億元')]
sum_yz = yz_p + [yz_t]; sh_yz2 = [yz_p[1], yz_t, yz_s[1]]; gr_yz3 = [yz_o[2], yz_s[2], yz_d[2]]
S.rel('sum', C, sum_yz, '宜章 2023: 33.26 + 96.21 + 146.82 = 276.29億元')
S.rel('share', I, [yz_p[0], yz_t, yz_s[0]], 'REAL DISCREPANCY: primary 33.26 / 276.29 = 12.04% (12.036–12.040 with the half units), stated 12.1 (the three shares are made to add to 100)')
S.rel('share', C, sh_yz2, 'secondary 96.21 / 276.29 = 34.82% → 34.8')
S.rel('share', C, [yz_p[2], yz_t, yz_s[2]], 'tertiary 146.82 / 276.29 = 53.14% → 53.1')
S.rel('growth', C, [yz_o[0], yz_s[0], yz_d[0]], 'primary share 12.3 → 12.1: −0.2 points (下降)')
S.rel('growth', C, [yz_o[1], yz_s[1], yz_d[1]], 'secondary share 35.4 → 34.8: −0.6 points (下降)')
S.rel('growth', C, gr_yz3, 'tertiary share 52.3 → 53.1: +0.8 points')
S.rel('rate', C, [yz_g] + yz_r + yz_o, 'GDP growth from the sector rates weighted by the stated 2022 structure 12.3:35.4:52.3: 0.123×4.0 + 0.354×7.9 + 0.523×3.5 = 5.12 → 5.1%')
S.rel('sum', I, yz_a, 'REAL ERROR: farm branches 30.6 + 1.56 + 20.1 + 10.6 + 18.5 = 81.36億 (62.86 without services) exceed the stated total 55.2億')
S.rel('growth', U, [yz_r[1], yz_g, yz_o[1], yz_s[1]], 'secondary grew fastest (+7.9% vs GDP +5.1%) yet its share fell 35.4 → 34.8: shares are in current prices, rates in comparable prices; no contradiction')
S.rel('growth', U, [yz_r[2], yz_g, yz_o[2], yz_s[2]], 'tertiary grew slowest (+3.5%) yet its share rose 52.3 → 53.1: current-price shares vs comparable-price rates')
S.rel('growth', U, [F(YZ, '0.7%'), F(YZ, '1.65個百分點')], 'unemployment 0.7% “比上年下降1.65個百分點”: the 2022 rate is not stated')
S.rel('sum', U, [F(YZ, '98家'), F(YZ, '8家'), F(YZ, '30家')], '98 leading firms “其中” provincial 8 and city 30: county-level ones are not listed; not a split')
S.rel('growth', U, [F(YZ, '5688人'), F(YZ, '9%')], 'new urban jobs 5688 +9%: the 2022 number is not stated')
S.rel('share', U, [F(YZ, '7.91萬人'), F(YZ, '59.06億元')], '59.06億 earned by 7.91萬 migrant workers: income per worker is not stated; nothing to check')
S.rel('growth', U, [F(YZ, '13.3千公頃'), F(YZ, '0.4%'), F(YZ, '47.6萬噸'), F(YZ, '3.2%')], 'vegetables: area +0.4%, output +3.2%: the yield is not stated')

# ---- 古丈县 2023 bulletin
gz_t = F(GZ, '35.2521亿元'); gz_p = [F(GZ, '8.7585亿元'), F(GZ, '7.5032亿元'), F(GZ, '18.9904亿元')]
gz_s = [F(GZ, '24.8', post=':'), F(GZ, '21.3'), F(GZ, '53.4')]; gz_q = [F(GZ, '24.85%'), F(GZ, '21.28%'), F(GZ, '53.87%')]
gz_c = [F(GZ, '7.3%'), F(GZ, '-54.1%'), F(GZ, '146.8%')]
gz_a = [F(GZ, '107912.06万元'), F(GZ, '6939.91万元'), F(GZ, '32561.99万元'), F(GZ, '2179.66万元'), F(GZ, '3101.18万元'), F(GZ, '152694.8059万元')]
gz_ar = [F(GZ, '12.495万亩'), F(GZ, '10.296万亩'), F(GZ, '1.263万亩'), F(GZ, '0.9315万亩')]
sum_gz = gz_p + [gz_t]; sh_gzq2 = [gz_p[1], gz_t, gz_q[1]]; sh_gzs2 = [gz_p[1], gz_t, gz_s[1]]; sum_gzc = list(gz_c); sum_gza = list(gz_a)
S.rel('sum', C, sum_gz, '古丈 2023: 8.7585 + 7.5032 + 18.9904 = 35.2521亿元')
S.rel('share', C, [gz_p[0], gz_t, gz_q[0]], 'primary 8.7585 / 35.2521 = 24.845% → 24.85%')
S.rel('share', C, sh_gzq2, 'secondary 7.5032 / 35.2521 = 21.284% → 21.28%')
S.rel('share', C, [gz_p[2], gz_t, gz_q[2]], 'tertiary 18.9904 / 35.2521 = 53.870% → 53.87%')
S.rel('share', C, sh_gzs2, 'structure: secondary 21.28% → 21.3')
S.rel('share', I, [gz_p[2], gz_t, gz_s[2]], 'REAL ERROR: the structure gives tertiary 53.4, but 18.9904 / 35.2521 = 53.87% (53.9; the doc itself states 53.87%); 24.8 + 21.3 + 53.4 = 99.5')
S.rel('sum', C, sum_gzc, 'contributions 7.3 − 54.1 + 146.8 = 100%')
S.rel('sum', C, sum_gza, 'farm branches 107912.06 + 6939.91 + 32561.99 + 2179.66 + 3101.18 = 152694.80 = 152694.8059万元 (within the half units)')
S.rel('sum', I, gz_ar, 'REAL (small) DISCREPANCY: grain area 谷物 10.296 + 豆类 1.263 + 薯类 0.9315 = 12.4905万亩, stated 12.495 (off by 45亩, beyond the half units of 0.0016)')
S.rel('share', U, [gz_c[2], gz_q[2]], 'tertiary contribution 146.8% vs tertiary share 53.87%: a contribution is not a share')
S.rel('restatement', U, [F(GZ, '1.8%', n=0), F(GZ, '1.8%', n=1)], 'GDP +1.8% for the year and “四季度增长1.8%”: the same number for different periods')
S.rel('share', U, [F(GZ, '32884元'), gz_t, F(GZ, '1.6%')], 'GDP per head 32884元 +1.6%: the population is not stated')
S.rel('rate', U, [F(GZ, '2.2%', n=0), F(GZ, '0.8%', n=0), F(GZ, '0.8%', n=1), F(GZ, '1.8%', n=1), F(GZ, '1.8%', n=0)], 'quarterly rates 2.2 / 0.8 / 0.8 / 1.8 vs the year 1.8: quarterly weights are not stated (and 四季度 may be cumulative)')
S.rel('rate', U, [F(GZ, '1.8%', n=0), F(GZ, '3.4%'), F(GZ, '-6.2%'), F(GZ, '4.4%')] + gz_c, 'contributions vs rates: the previous-year levels at comparable prices are not stated (current-price levels deflated by the rates give 49 / −84 / 135%, not the stated 7.3 / −54.1 / 146.8)')

# ---- 双牌县 2023 bulletin
sp_t = F(SP, '93.44亿元'); sp_p = [F(SP, '21.46亿元'), F(SP, '35.27亿元'), F(SP, '36.71亿元')]
sp_o = [F(SP, '23.3'), F(SP, '38.1'), F(SP, '38.6')]; sp_s = [F(SP, '23', pre='调整为'), F(SP, '37.7'), F(SP, '39.3')]
sp_g = F(SP, '3.8%'); sp_r = [F(SP, '3.4%'), F(SP, '2.5%'), F(SP, '5.3%')]; sp_d = F(SP, '0.7个')
sp_b = F(SP, '6.6亿元'); sp_tx = F(SP, '4.69亿元'); sp_nt = F(SP, '1.9亿元')
sum_sp = sp_p + [sp_t]; sh_sp3 = [sp_p[2], sp_t, sp_s[2]]; gr_sp3 = [sp_o[2], sp_s[2], sp_d]; sum_spb = [sp_tx, sp_nt, sp_b]
rt_spb = [sp_b, F(SP, '5.06%'), sp_tx, F(SP, '4.04%'), sp_nt, F(SP, '7.68%')]
S.rel('sum', C, sum_sp, '双牌 2023: 21.46 + 35.27 + 36.71 = 93.44亿元')
S.rel('share', C, [sp_p[0], sp_t, sp_s[0]], 'primary 21.46 / 93.44 = 22.97% → 23')
S.rel('share', C, [sp_p[1], sp_t, sp_s[1]], 'secondary 35.27 / 93.44 = 37.75% → 37.7 (37.746)')
S.rel('share', C, sh_sp3, 'tertiary 36.71 / 93.44 = 39.29% → 39.3')
S.rel('growth', C, gr_sp3, 'tertiary share 38.6 → 39.3: +0.7 points (升高0.7个百分点)')
S.rel('rate', C, [sp_g] + sp_r + sp_o, 'GDP growth from the sector rates weighted by the stated 2022 structure 23.3:38.1:38.6: 0.233×3.4 + 0.381×2.5 + 0.386×5.3 = 3.79 → 3.8%')
S.rel('sum', C, sum_spb, 'local budget revenue: tax 4.69 + non-tax 1.9 = 6.59 → 6.6亿元')
S.rel('rate', C, rt_spb, 'budget revenue growth rebuilt from tax +4.04% and non-tax +7.68% (previous levels 4.508 + 1.764): 6.59 / 6.272 − 1 = 5.06%')
S.rel('sum', U, [F(SP, '10.30亿元'), sp_b, F(SP, '2.78亿元'), F(SP, '0.18亿元')], '财政总收入 10.30 vs local 6.6 + 上划 2.78 (+ 0.18): other 上划 items are not listed, and whether 0.18 is inside 2.78 is not said; not a split')
S.rel('sum', U, [F(SP, '21.69亿元'), F(SP, '2.86亿元'), F(SP, '3.01亿元'), F(SP, '2.63亿元'), F(SP, '3.28亿元'), F(SP, '4.86亿元'), F(SP, '0.36亿元'), F(SP, '1.04亿元'), F(SP, '1.66亿元'), F(SP, '0.75亿元'), F(SP, '0.26亿元'), F(SP, '1.01亿元')], 'eleven spending items add to 21.72, close to the 21.69 total, but 民生支出 overlaps social security, education and health: overlapping scopes, not a split')
S.rel('restatement', U, [F(SP, '6.51%', n=0), F(SP, '6.51%', n=1)], 'total spending +6.51% and general public services +6.51%: the same number for different items')
S.rel('rate', U, [F(SP, '10.30亿元'), F(SP, '9.74%'), sp_b, F(SP, '5.06%'), F(SP, '2.78亿元'), F(SP, '25.21%')], '财政总收入 +9.74% from local +5.06% and 上划两税 +25.21%: the other 上划 items are not stated; nothing to rebuild')

# ---- 安化县 H1 2021 farm output
ah_h = F(AH, '8%', n=0); ah_b = F(AH, '8%', n=1); ah_av = F(AH, '5.1%')
rs_ah = [ah_h, ah_b]; gr_ah = [ah_b, F(AH, '5.9个百分点'), ah_av]
S.rel('restatement', C, rs_ah, 'headline 总产值增长8% = body 同比增长8%')
S.rel('growth', C, gr_ah, 'two-year average: H1 2021 +8%, H1 2020 = 8 − 5.9 = 2.1%; √(1.08 × 1.021) − 1 = 5.0% (4.5–5.5 with the whole-number 8%): consistent with 5.1%')
S.rel('growth', U, [F(AH, '43.72万头'), F(AH, '31.6%')], 'pigs 43.72万 +31.6%: last year’s number is not stated')
S.rel('growth', U, [F(AH, '12.03万亩'), F(AH, '1.7%'), F(AH, '23.21万吨'), F(AH, '1.9%')], 'vegetables: area +1.7%, output +1.9%: the yield is not stated')
S.rel('growth', U, [F(AH, '0.79万吨'), F(AH, '97.5%')], 'eggs 0.79万吨 +97.5%: last year’s output is not stated')

# ---- 湖南 farmers' income Jan–Sep 2003 (People's Daily)
hn_inc = F(HN, '118.67元', n=0); hn_l = F(HN, '1879.24元'); hn_g = F(HN, '6.7%')
hn_pt = [F(HN, '52.56元'), F(HN, '73.45元'), F(HN, '7.93元'), F(HN, '15.27元'), F(HN, '118.67元', n=1)]
sum_hn = list(hn_pt); gr_hn = [hn_l, hn_inc, hn_g]
S.rel('sum', C, sum_hn, '湖南 Jan–Sep 2003 cash income increase: farming 52.56 + wages 73.45 + 二三产业 7.93 − 财务性和转移性 15.27 = 118.67元')
S.rel('growth', C, gr_hn, 'growth 118.67 / (1879.24 − 118.67) = 6.74% → 6.7%')
S.rel('growth', U, [F(HN, '73.45元'), F(HN, '11.9%')], 'wage income +73.45元 “同比增加11.9%”: the level is not stated')
S.rel('growth', U, [F(HN, '700万人'), F(HN, '50万人')], 'migrant workers 700万, “比去年年末增加约50万人”: no rate is stated, and 约 marks an approximation')

# ---- 濂溪区 2023 bulletin (traditional)
lx_t = F(LX, '3780871萬元'); lx_p = [F(LX, '60666萬元'), F(LX, '1576133萬元'), F(LX, '2144072萬元')]
lx_s = [F(LX, '1.6', post=':'), F(LX, '41.7'), F(LX, '56.7')]; lx_o = [F(LX, '1.7', post=':'), F(LX, '43.8'), F(LX, '54.5')]
lx_c = [F(LX, '3.2%', n=1), F(LX, '22.3%'), F(LX, '74.6%')]; lx_pl = [F(LX, '0.07'), F(LX, '0.53'), F(LX, '1.76')]
lx_g = F(LX, '2.4%'); lx_pop = F(LX, '398239人'); lx_inc = F(LX, '5938人'); lx_u = F(LX, '330725人'); lx_ur = F(LX, '83.05%')
lx_b = [F(LX, '1312人'), F(LX, '3.32‰')]; lx_d = [F(LX, '1926人'), F(LX, '4.87‰')]
sum_lx = lx_p + [lx_t]; sh_lx2 = [lx_p[1], lx_t, lx_s[1]]; gr_lxpl = lx_pl + [lx_g]; gr_lx3 = [lx_g, lx_c[2], lx_pl[2]]; sh_lxu = [lx_u, lx_pop, lx_ur]
S.rel('sum', C, sum_lx, '濂溪 2023: 60666 + 1576133 + 2144072 = 3780871萬元')
S.rel('share', C, [lx_p[0], lx_t, lx_s[0]], 'primary 60666 / 3780871 = 1.60% → 1.6')
S.rel('share', C, sh_lx2, 'secondary 1576133 / 3780871 = 41.69% → 41.7')
S.rel('share', C, [lx_p[2], lx_t, lx_s[2]], 'tertiary 2144072 / 3780871 = 56.71% → 56.7')
S.rel('sum', C, list(lx_c), 'contributions 3.2 + 22.3 + 74.6 = 100.1 → 100% (within the half units)')
S.rel('growth', C, gr_lxpl, 'pulls 0.07 + 0.53 + 1.76 = 2.36 points → GDP growth 2.4%')
S.rel('growth', C, gr_lx3, 'tertiary pull = 74.6% × 2.4 = 1.79; with the half units 74.55% × 2.35 = 1.752 reaches 1.76: consistent only through the half units')
S.rel('share', C, sh_lxu, 'urbanisation 330725 / 398239 = 83.05%')
S.rel('share', C, [lx_b[0], lx_pop, lx_inc, lx_b[1]], 'birth rate over the mean population: year-start 398239 − 5938 = 392301, mean 395270; 1312 / 395270 = 3.32‰')
S.rel('growth', C, [lx_b[1], lx_d[1], F(LX, '-1.55‰')], 'natural growth = 3.32 − 4.87 = −1.55‰')
S.rel('share', U, [lx_b[0], F(LX, '258311人'), lx_b[1]], 'births 1312 over the registered population 258311 give 5.08‰: the rate is over the resident population, not 戶籍')
S.rel('growth', U, [F(LX, '75.8%'), F(LX, '6個百分點')], 'registered urbanisation 75.8% “比上年末上升6個百分點”: last year’s rate is not stated')
S.rel('growth', U, [lx_ur, F(LX, '0.82個百分點')], 'urbanisation 83.05% “比2022年增加0.82個百分點”: the 2022 rate is not stated')
S.rel('growth', U, [F(LX, '3.9%'), lx_g, lx_o[0], lx_s[0]], 'primary grew faster than GDP (+3.9% vs +2.4%) yet its share fell 1.7 → 1.6: current-price shares (and a revised 2022 series) vs comparable-price rates')
S.rel('restatement', U, [F(LX, '3.2%', n=0), lx_c[0]], 'tertiary growth 3.2% and primary contribution 3.2%: the same number for different indicators')
S.rel('share', U, [lx_c[2], lx_s[2]], 'tertiary contribution 74.6% vs tertiary share 56.7%: a contribution is not a share')
S.rel('restatement', U, [lx_pop, F(LX, '258311人')], 'resident population 398239 vs registered 258311: different indicators')

# ---- 江西 2012: targets (news on the 2012 report) -> results (2013 report, traditional; income news 2017)
jt_g = F(JT, '10%', n=0); jt_i = F(JT, '12%'); jt_p = F(JT, '4%左右')
jr_g = F(JR, '11%'); jr_p = F(JR, '2.7%'); ji_u = F(JI, '13.5%'); ji_r = F(JI, '13.6%')
tg_jxg = [jt_g, jr_g]; tg_jxp = [jt_p, jr_p]; tg_jxu = [jt_i, ji_u]
S.rel('target', M, tg_jxg, 'cross-document: 2012 GDP target 增长10% (report of Jan 2012) vs result +11% (report of Jan 2013): met')
S.rel('target', M, tg_jxp, 'cross-document: CPI “控制在4%左右” (a cap; met at ≤ 4.5) vs 2012 CPI +2.7%: met')
S.rel('target', M, tg_jxu, 'cross-document: urban disposable income target +12% vs 2012 城镇居民收入增速 13.5% (江西 survey team, 2017): met')
S.rel('target', U, [jt_i, ji_r], 'rural target is 农民人均纯收入 (net income, old survey); the 13.6% for 2012 is 农村居民人均可支配收入 of the integrated survey: another indicator')
S.rel('restatement', U, [F(JT, '1万亿元'), F(JR, '12948.5億元')], '“去年…首次突破1万亿元” is 2011’s GDP; 12948.5億 is 2012’s: another period')
S.rel('sum', U, [F(JR, '1371.9億元'), F(JR, '2046億元')], 'budget revenue 1371.9 is a part (其中) of 財政總收入 2046; the rest is not stated')
S.rel('growth', U, [F(JR, '1個百分點'), F(JR, '12948.5億元')], 'services’ share of GDP “提高1個百分點”: neither share is stated')
S.rel('share', U, [F(JR, '71%'), F(JR, '11388.9億元')], '民間資本對投資增長的貢獻率 71%: a contribution to growth, not private capital’s share of the 11388.9億 investment')
S.rel('restatement', U, [F(JR, '1400億元'), F(JR, '1403億元')], 'culture-industry revenue 1400億 and tourism revenue 1403億: near-equal numbers for different indicators')
S.rel('target', U, [jt_g, F(JR, '11.8%')], 'GDP target +10% vs non-public value added +11.8%: another indicator')

# ---- 江西 incomes 2012–2016 (信息日报)
ji_a = F(JI, '20110元'); ji_a0 = F(JI, '13567元'); ji_ad = F(JI, '6543元', n=1)
ji_c = F(JI, '28673元'); ji_c0 = F(JI, '20085元'); ji_cd = F(JI, '8588元'); ji_cx = F(JI, '1.43倍')
ji_v = F(JI, '12138元'); ji_v0 = F(JI, '8103元'); ji_vd = F(JI, '4035元'); ji_vx = F(JI, '1.50倍')
ji_ur = [F(JI, '10.1%', n=0), F(JI, '9.9%'), F(JI, '9.0%', n=0), F(JI, '8.2%')]
gr_jic = [ji_c0, ji_c, ji_cd]; sh_jiv = [ji_v, ji_v0, ji_vx]; sh_ji16 = [ji_c, ji_v, F(JI, '2.36')]; rt_jiu = [ji_c0, ji_c] + ji_ur
S.rel('growth', C, [ji_a0, ji_a, ji_ad], 'all residents: 20110 − 13567 = 6543元')
S.rel('growth', C, [ji_a, ji_a0, F(JI, '10.3%')], 'yearly average 2013–2016: (20110 / 13567)^(1/4) − 1 = 10.34% → 10.3%')
S.rel('growth', C, gr_jic, 'urban: 28673 − 20085 = 8588元')
S.rel('share', C, [ji_c, ji_c0, ji_cx], 'urban: 28673 / 20085 = 1.428 → 1.43倍')
S.rel('growth', C, [ji_v0, ji_v, ji_vd], 'rural: 12138 − 8103 = 4035元')
S.rel('share', C, sh_jiv, 'rural: 12138 / 8103 = 1.498 → 1.50倍')
S.rel('share', C, [ji_c0, ji_v0, F(JI, '2.48')], '2012 urban/rural ratio 20085 / 8103 = 2.479 → 2.48')
S.rel('share', C, sh_ji16, '2016 urban/rural ratio 28673 / 12138 = 2.362 → 2.36')
S.rel('rate', C, rt_jiu, 'urban 2013–2016 rates compounded: 1.101 × 1.099 × 1.090 × 1.082 = 1.427 = 28673 / 20085 (1.428)')
S.rel('rate', U, [ji_c0, ji_c, ji_u] + ji_ur, 'the five urban rates “2012-2016年” start with 2012’s own growth (13.5%, from 2011): compounding all five (1.62) is not 2012→2016; another period')
S.rel('growth', U, [F(JI, '10.3%'), F(JI, '8.1%')], 'nominal yearly average 10.3% vs real 8.1%: the price index is not stated')
S.rel('rate', U, [ji_a, ji_c, ji_v], 'all residents 20110 between urban 28673 and rural 12138: the population weights are not stated')

# ---- 岳西县 2020 bulletin and a content-farm copy
yx_t = F(YX, '1244033.6万元'); yx_p = [F(YX, '174463.3万元'), F(YX, '456538万元'), F(YX, '613032.3万元')]
yx_s = [F(YX, '14', post=':'), F(YX, '36.7'), F(YX, '49.3')]
yx_tb = F(YX, '1244033.6', pre='地区生产总值 '); yx_2b = F(YX, '456538.0')
yx_br = [F(YX, '176161.0'), F(YX, '375773.9'), F(YX, '81080.3'), F(YX, '109349.7'), F(YX, '20992.8'), F(YX, '40745.3'), F(YX, '44561.6'), F(YX, '107835.7'), F(YX, '287533.3')]
sum_yx = yx_p + [yx_t]; sh_yx2 = [yx_p[1], yx_t, yx_s[1]]; sh_yx3 = [yx_p[2], yx_t, yx_s[2]]; rs_yx2 = [yx_p[1], yx_2b]; sum_yxb = yx_br + [yx_tb]
S.rel('sum', C, sum_yx, '岳西 2020: 174463.3 + 456538 + 613032.3 = 1244033.6万元')
S.rel('share', C, [yx_p[0], yx_t, yx_s[0]], 'primary 174463.3 / 1244033.6 = 14.02% → 14')
S.rel('share', C, sh_yx2, 'secondary 456538 / 1244033.6 = 36.70% → 36.7')
S.rel('share', C, sh_yx3, 'tertiary 613032.3 / 1244033.6 = 49.28% → 49.3')
S.rel('restatement', C, rs_yx2, 'text 第二产业增加值456538万元 = table 第二产业 456538.0')
S.rel('sum', C, sum_yxb, 'table branches: 农林牧渔业 176161.0 + 工业 375773.9 + 建筑业 81080.3 + six service rows 611018.4 = 1244033.6 = GDP')
S.rel('sum', C, [F(YX, '80237.0'), F(YX, '207296.4'), yx_br[8]], '其他服务业 287533.3 = 营利性 80237.0 + 非营利性 207296.4 = 287533.4 (within the half units)')
S.rel('sum', U, [yx_br[1], yx_br[2], yx_2b], 'industry 375773.9 + construction 81080.3 = 456854.2 ≠ 第二产业 456538.0: the branch rows include auxiliary activities that the sector figures count in the tertiary sector; different scopes')
S.rel('sum', U, yx_br[3:] + [F(YX, '613032.3', pre='第三产业 ')], 'six service rows 611018.4 ≠ 第三产业 613032.3: the farm-service and other auxiliary activities sit in other rows; not a split')
S.rel('rate', U, [F(YX, '0.2%'), F(YX, '2.2%', n=0), F(YX, '-3.3%'), F(YX, '3.1%')], 'GDP +0.2% from the sector rates: the previous-year weights are not stated')
S.rel('rate', U, [F(YX, '2.7%'), F(YX, '8.4%'), F(YX, '2.5%'), F(YX, '0.2 %'), F(YX, '0.6%'), F(YX, '4.2%'), F(YX, '1.0%'), F(YX, '1.2 %'), F(YX, '3.5%')], 'CPI +2.7% is “全市” (安庆市), not the county, and the basket weights are not stated')
S.rel('restatement', U, [F(YX, '2.2%', n=0), F(YX, '2.2', pre='176161.0 ')], 'primary value added +2.2% and 农林牧渔业 +2.2%: the same rate for different scopes (the row includes farm services)')
S.rel('restatement', U, [F(YX, '2.4', pre='107835.7 '), F(YX, '2.4%')], 'real estate +2.4 and retail prices +2.4%: the same number for different indicators')
yw_t = F(YW, '1244036万元'); yw_p = [F(YW, '174463万元'), F(YW, '456538万元'), F(YW, '613033万元')]
yw_r = [F(YW, '2%', pre='增长'), F(YW, '-3%'), F(YW, '1%', pre='增长')]; yw_s = [F(YW, '37', pre=':'), F(YW, '43', pre=':')]
rs_yw1 = [yx_p[0], yw_p[0]]; rs_yw1r = [F(YX, '2.2%', n=0), yw_r[0]]
S.rel('restatement', I, [yx_t, yw_t], 'REAL ERROR in the copy: GDP 1244036万 vs the bulletin’s 1244033.6万 (off by 2.4万, beyond rounding)')
S.rel('restatement', C, rs_yw1, 'copy: primary 174463万 = bulletin 174463.3万 rounded')
S.rel('restatement', C, [yx_p[2], yw_p[2]], 'copy: tertiary 613033万 = bulletin 613032.3万 rounded')
S.rel('restatement', C, rs_yw1r, 'copy: primary +2% = bulletin +2.2% rounded')
S.rel('restatement', I, [F(YX, '3.1%'), yw_r[2]], 'REAL ERROR in the copy: tertiary +1% vs the bulletin’s +3.1%')
S.rel('restatement', C, [yx_s[1], yw_s[0]], 'copy: secondary share 37 = bulletin 36.7 rounded')
S.rel('restatement', I, [yx_s[2], yw_s[1]], 'REAL ERROR in the copy: tertiary share 43 vs the bulletin’s 49.3')
S.rel('share', I, [yw_p[2], yw_t, yw_s[1]], 'REAL ERROR in the copy itself: 613033 / 1244036 = 49.3%, stated 43 (and 14 + 37 + 43 = 94)')
S.rel('restatement', U, [F(YW, '323837人'), F(YX, '413610人')], 'census resident population 323837 (1 Nov 2020) vs registered population 413610 (year-end): different indicators')

# ---- 安徽 industry 1991 (encyclopedia)
a9_m = F(A9, '12.14'); a9_b = F(A9, '8.81'); a9_n = F(A9, '3.33')
sh_a9 = [F(A9, '435个'), F(A9, '539个'), F(A9, '80.7%')]; sum_a9 = [a9_b, a9_n, a9_m]
S.rel('share', C, [F(A9, '194个'), F(A9, '212个'), F(A9, '91.5%')], '安徽 1991: 194 / 212 = 91.51% → 91.5% of the middle classes')
S.rel('share', C, sh_a9, '435 / 539 = 80.71% → 80.7% of the small classes')
S.rel('sum', C, sum_a9, '冶金 12.14 = 黑色冶金 8.81 + 有色金属 3.33')
S.rel('sum', U, [F(A9, '18.50'), F(A9, '15.00'), F(A9, '14.25'), a9_m, F(A9, '11.61'), F(A9, '8.37'), F(A9, '8.07'), F(A9, '3.48'), F(A9, '2.84'), F(A9, '2.20'), F(A9, '2.12')], 'the eleven “主要工业行业” add to 98.58%, not 100: other industries exist; a selection, not a split')
S.rel('sum', U, [F(A9, '2.36'), F(A9, '11.61')], '石油工业 2.36 is inside 石化 11.61 (其中): adding it double-counts')

# ---- 滁县地区 industry 1949–1957 (gazetteer)
cz_a = F(CZ, '2422万元'); cz_b = F(CZ, '5446万元'); cz_g = F(CZ, '125%')
gr_cz = [cz_a, cz_b, cz_g]
S.rel('growth', C, gr_cz, '滁县地区 gross industrial output 1949 2422万 → 1957 5446万: +124.9% → 125% (both at current prices)')
S.rel('restatement', U, [cz_b, F(CZ, '1亿元')], '1957 5446万 vs “直到1970年…才突破1亿元”: another year; a lower bound of 1970, nothing to check against 1957')
S.rel('sum', U, [F(CZ, '325个'), F(CZ, '800多家'), F(CZ, '1360家')], '325 enterprises (1957) + “800多家” new in the 1970s vs 1360 (1970s): the 1958–1969 changes and closures are not stated; other periods')

# ---- cross-document traps (same numbers, other places)
S.rel('restatement', U, [sp_r[0], F(GZ, '3.4%')], '双牌 primary +3.4% and 古丈 primary +3.4% (both 湖南 2023): the same number for other places')
S.rel('restatement', U, [mc_r[1], yz_r[2]], '麻城 secondary +3.5% and 宜章 tertiary +3.5% (2023): the same number for other places and sectors')
S.rel('restatement', U, [yz_g, ah_av], '宜章 GDP +5.1% (2023) and 安化 farm output two-year average 5.1% (H1 2021): another place, period and indicator')
S.rel('restatement', U, [jr_p, F(YX, '2.7%')], '江西 CPI +2.7% (2012) and 安庆 CPI +2.7% (2020, in 岳西’s bulletin): the same number for another place and year')

# ================= altered copies
a = ALT(SC, 1, sc_p[1], '1067885萬', 'secondary value added 1067385 → 1067885')
S.rel('sum', I, R(a, sum_sc, sc_p[1], '1067885萬'), 'altered: 556612 + 1067885 + 1069491 = 2693988, not 2693488 (breaks {B})')
a = ALT(SC, 2, sc_c[1], '61.2%', 'secondary contribution 64.2% → 61.2%')
S.rel('sum', I, R(a, sum_scc, sc_c[1], '61.2%'), 'altered: 22.1 + 61.2 + 13.7 = 97.0, not 100 (breaks {B})')
S.rel('growth', I, R(a, gr_scp2, sc_c[1], '61.2%'), 'altered: 61.2% × 4.2 = 2.57, not 2.67 (breaks {B})')
a = ALT(SC, 3, sc_pop[2], '136617人', 'urban registered population 138617 → 136617')
S.rel('sum', I, R(a, sum_scpop, sc_pop[2], '136617人'), 'altered: urban 136617 + rural 653629 = 790246 ≠ men + women 792246 (breaks {B})')
a = ALT(PY, 1, py_cd[0], '38567', '华龙区 revenue Jan–Mar 36567 → 38567')
S.rel('sum', I, R(a, sum_pycq, py_cd[0], '38567'), 'altered: 38567 + 19420 + 4331 + 10660 = 72978, not 70978 (breaks {B})')
a = ALT(PY, 2, py_sb, '123558', '市本级 spending Jan–Mar 129558 → 123558')
S.rel('sum', I, R(a, sum_pys, py_sb, '123558'), 'altered: 123558 + 614676 = 738234, not 744234 (breaks {B})')
S.rel('rate', I, R(a, rt_pyh, py_sb, '123558'), 'altered: 744234 / (123558 / 0.724 + 614676 / 1.03) − 1 = −3.1%, not −4.1 (breaks {B})')
a = ALT(PY, 3, py_x4, '68.9', '县级 tax share 65.9 → 68.9')
S.rel('rate', I, R(a, rt_pyx2, py_x4, '68.9'), 'altered: (85.9% × 70978 + 68.9% × 109224) / 180202 = 75.6%, not 73.8 (breaks {B})')
a = ALT(MC, 1, mc_p[1], '186.02亿元', 'secondary value added 180.02 → 186.02')
S.rel('sum', I, R(a, sum_mc, mc_p[1], '186.02亿元'), 'altered: 79.62 + 186.02 + 205.55 = 471.19, not 465.19 (breaks {B})')
S.rel('share', I, R(a, sh_mc2, mc_p[1], '186.02亿元'), 'altered: 186.02 / 465.19 = 39.99%, not 38.7 (breaks {B})')
a = ALT(MC, 2, mc_r[2], '8.2%', 'tertiary growth 6.2% → 8.2%')
S.rel('rate', I, R(a, rt_mc, mc_r[2], '8.2%'), 'altered: 0.176×4.3 + 0.400×3.5 + 0.424×8.2 = 5.63, not 4.8 (breaks {B})')
a = ALT(HB, 1, hb_sv, '476.3亿元', 'services projects 470.3 → 476.3')
S.rel('share', I, R(a, [hb_sv, hb_t, hb_sh], hb_sv, '476.3亿元'), 'altered: 476.3 / 1800.5 = 26.45%, not 26.1 (breaks {B})')
a = ALT(HB, 2, hb_svr, '84.7%', 'services completion 81.7% → 84.7%')
S.rel('growth', I, R(a, [hb_svr, hb_tr, hb_d], hb_svr, '84.7%'), 'altered: 84.7 − 68.4 = 16.3, not “高于全省13.3个百分点” (breaks {B})')
a = ALT(YZ, 1, yz_p[1], '98.21億元', 'secondary value added 96.21 → 98.21')
S.rel('sum', I, R(a, sum_yz, yz_p[1], '98.21億元'), 'altered: 33.26 + 98.21 + 146.82 = 278.29, not 276.29 (breaks {B})')
S.rel('share', I, R(a, sh_yz2, yz_p[1], '98.21億元'), 'altered: 98.21 / 276.29 = 35.55%, not 34.8 (breaks {B})')
a = ALT(YZ, 2, yz_d[2], '0.6個', 'tertiary share change 0.8 → 0.6 points')
S.rel('growth', I, R(a, gr_yz3, yz_d[2], '0.6個'), 'altered: 52.3 → 53.1 is +0.8 points, not 0.6 (breaks {B})')
a = ALT(GZ, 1, gz_p[1], '7.5632亿元', 'secondary value added 7.5032 → 7.5632')
S.rel('sum', I, R(a, sum_gz, gz_p[1], '7.5632亿元'), 'altered: 8.7585 + 7.5632 + 18.9904 = 35.3121, not 35.2521 (breaks {B})')
S.rel('share', I, R(a, sh_gzq2, gz_p[1], '7.5632亿元'), 'altered: 7.5632 / 35.2521 = 21.455%, not 21.28 (breaks {B})')
S.rel('share', I, R(a, sh_gzs2, gz_p[1], '7.5632亿元'), 'altered: 7.5632 / 35.2521 = 21.5%, not 21.3 (breaks {B})')
a = ALT(GZ, 2, gz_c[2], '140.8%', 'tertiary contribution 146.8% → 140.8%')
S.rel('sum', I, R(a, sum_gzc, gz_c[2], '140.8%'), 'altered: 7.3 − 54.1 + 140.8 = 94.0, not 100 (breaks {B})')
a = ALT(SP, 1, sp_p[2], '38.71亿元', 'tertiary value added 36.71 → 38.71')
S.rel('sum', I, R(a, sum_sp, sp_p[2], '38.71亿元'), 'altered: 21.46 + 35.27 + 38.71 = 95.44, not 93.44 (breaks {B})')
S.rel('share', I, R(a, sh_sp3, sp_p[2], '38.71亿元'), 'altered: 38.71 / 93.44 = 41.43%, not 39.3 (breaks {B})')
a = ALT(SP, 2, sp_tx, '4.99亿元', 'tax revenue 4.69 → 4.99')
S.rel('sum', I, R(a, sum_spb, sp_tx, '4.99亿元'), 'altered: 4.99 + 1.9 = 6.89, not 6.6 (breaks {B})')
S.rel('rate', I, R(a, rt_spb, sp_tx, '4.99亿元'), 'altered: previous levels 4.99 / 1.0404 + 1.9 / 1.0768 = 6.56, but 6.6 / 1.0506 = 6.28: the parts no longer rebuild the total’s +5.06% (breaks {B})')
a = ALT(SP, 3, sp_d, '0.9个', 'tertiary share change 0.7 → 0.9 points')
S.rel('growth', I, R(a, gr_sp3, sp_d, '0.9个'), 'altered: 38.6 → 39.3 is +0.7 points, not 0.9 (breaks {B})')
a = ALT(AH, 1, ah_av, '6.1%', 'two-year average 5.1% → 6.1%')
S.rel('growth', I, R(a, gr_ah, ah_av, '6.1%'), 'altered: √(1.08 × 1.021) − 1 = 5.0% (at most 5.5 with the half units), not 6.1 (breaks {B})')
a = ALT(AH, 2, ah_h, '9%', 'headline growth 8% → 9%')
S.rel('restatement', I, R(a, rs_ah, ah_h, '9%'), 'altered: headline +9% vs body +8% (breaks {B})')
a = ALT(HN, 1, hn_pt[1], '75.45元', 'wage income increase 73.45 → 75.45')
S.rel('sum', I, R(a, sum_hn, hn_pt[1], '75.45元'), 'altered: 52.56 + 75.45 + 7.93 − 15.27 = 120.67, not 118.67 (breaks {B})')
a = ALT(HN, 2, hn_g, '6.1%', 'income growth 6.7% → 6.1%')
S.rel('growth', I, R(a, gr_hn, hn_g, '6.1%'), 'altered: 118.67 / 1760.57 = 6.74%, not 6.1 (breaks {B})')
a = ALT(LX, 1, lx_p[1], '1516133萬元', 'secondary value added 1576133 → 1516133')
S.rel('sum', I, R(a, sum_lx, lx_p[1], '1516133萬元'), 'altered: 60666 + 1516133 + 2144072 = 3720871, not 3780871 (breaks {B})')
S.rel('share', I, R(a, sh_lx2, lx_p[1], '1516133萬元'), 'altered: 1516133 / 3780871 = 40.10%, not 41.7 (breaks {B})')
a = ALT(LX, 2, lx_pl[2], '1.96', 'tertiary pull 1.76 → 1.96')
S.rel('growth', I, R(a, gr_lxpl, lx_pl[2], '1.96'), 'altered: 0.07 + 0.53 + 1.96 = 2.56, not 2.4 (breaks {B})')
S.rel('growth', I, R(a, gr_lx3, lx_pl[2], '1.96'), 'altered: 74.6% × 2.4 = 1.79 (at most 1.83), not 1.96 (breaks {B})')
a = ALT(JR, 1, jr_p, '4.7%', '2012 CPI 2.7% → 4.7%')
S.rel('target', MS, R(a, tg_jxp, jr_p, '4.7%'), 'altered, cross-document: CPI +4.7% against “控制在4%左右” (met at ≤ 4.5): now missed (the original {B} is met)')
a = ALT(JI, 1, ji_cd, '8388元', 'urban income increase 8588 → 8388')
S.rel('growth', I, R(a, gr_jic, ji_cd, '8388元'), 'altered: 28673 − 20085 = 8588, not 8388 (breaks {B})')
a = ALT(JI, 2, ji_vx, '1.56倍', 'rural multiple 1.50 → 1.56')
S.rel('share', I, R(a, sh_jiv, ji_vx, '1.56倍'), 'altered: 12138 / 8103 = 1.498, not 1.56 (breaks {B})')
a = ALT(JI, 3, ji_u, '11.5%', '2012 urban income growth 13.5% → 11.5%')
S.rel('target', MS, R(a, tg_jxu, ji_u, '11.5%'), 'altered, cross-document: 2012 urban income +11.5% against the +12% target: now missed (the original {B} is met)')
a = ALT(YX, 1, yx_p[1], '459538万元', 'secondary value added in the text 456538 → 459538')
S.rel('sum', I, R(a, sum_yx, yx_p[1], '459538万元'), 'altered: 174463.3 + 459538 + 613032.3 = 1247033.6, not 1244033.6 (breaks {B})')
S.rel('share', I, R(a, sh_yx2, yx_p[1], '459538万元'), 'altered: 459538 / 1244033.6 = 36.94%, not 36.7 (breaks {B})')
S.rel('restatement', I, R(a, rs_yx2, yx_p[1], '459538万元'), 'altered: text 459538万 vs table 456538.0 (breaks {B})')
a = ALT(YX, 2, yx_br[6], '44861.6', 'finance row 44561.6 → 44861.6')
S.rel('sum', I, R(a, sum_yxb, yx_br[6], '44861.6'), 'altered: the table branches add to 1244333.6, not 1244033.6 (breaks {B})')
a = ALT(YW, 1, yw_p[0], '174763万元', 'copy: primary 174463 → 174763')
S.rel('restatement', I, R(a, rs_yw1, yw_p[0], '174763万元'), 'altered, cross-document: copy 174763万 vs bulletin 174463.3万 (breaks {B})')
a = ALT(YW, 2, yw_r[0], '5%', 'copy: primary growth 2% → 5%')
S.rel('restatement', I, R(a, rs_yw1r, yw_r[0], '5%'), 'altered, cross-document: copy +5% vs bulletin +2.2% (breaks {B})')
a = ALT(A9, 1, a9_n, '3.83', 'non-ferrous share 3.33 → 3.83')
S.rel('sum', I, R(a, sum_a9, a9_n, '3.83'), 'altered: 8.81 + 3.83 = 12.64, not 12.14 (breaks {B})')
a = ALT(A9, 2, sh_a9[0], '485个', 'small classes present 435 → 485')
S.rel('share', I, R(a, sh_a9, sh_a9[0], '485个'), 'altered: 485 / 539 = 89.98%, not 80.7 (breaks {B})')
a = ALT(CZ, 1, cz_b, '5146万元', '1957 output 5446 → 5146')
S.rel('growth', I, R(a, gr_cz, cz_b, '5146万元'), 'altered: 5146 / 2422 − 1 = 112.5%, not 125% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout124. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout124.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout124'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

QN='qn_2020.txt'; YF='yf_2020.txt'; XX='xtx_2022.txt'; XP='xt_2022p.txt'; XR='xt_2023r.txt'; SY='sy_2020.txt'; NC='nc_kp2023.txt'
JK='jx_kp2020_hant.txt'; GZ='gz_kp2020.txt'; JX='jx_2021_hant.txt'; WH='wh_2023_hant.txt'; WT='wh_2023t.txt'; AQ='aq_fin2021.txt'
HN='hn_2020h1.txt'; SXF='sx_fin2023.txt'

# ---- 全南县 (赣州) 2020 bulletin
qn_t = F(QN, '86.96亿元'); qn_p = [F(QN, '15.80亿元'), F(QN, '33.67亿元'), F(QN, '37.49亿元')]
qn_s = [F(QN, '18.2', post=':38.7'), F(QN, '38.7', pre='18.2:'), F(QN, '43.1', pre='38.7:')]
qn_pop = [F(QN, '66502人'), F(QN, '128042人'), F(QN, '194544人')]
qn_emp = [F(QN, '3.20万人'), F(QN, '10.60万人'), F(QN, '30.2%')]
sum_qn = qn_p + [qn_t]
S.rel('sum', C, sum_qn, '全南 2020: 15.80 + 33.67 + 37.49 = 86.96')
S.rel('share', C, [qn_p[0], qn_t, qn_s[0]], 'primary 15.80 / 86.96 = 18.17% → 18.2')
S.rel('share', C, [qn_p[1], qn_t, qn_s[1]], 'secondary 33.67 / 86.96 = 38.72% → 38.7')
S.rel('share', C, [qn_p[2], qn_t, qn_s[2]], 'tertiary 37.49 / 86.96 = 43.11% → 43.1')
S.rel('rate', U, [F(QN, '4.1%'), F(QN, '2.4%'), F(QN, '6.0%'), F(QN, '2.3%')], 'GDP +4.1% from the sector rates: the 2019 weights are not stated')
S.rel('share', U, [qn_p[1], qn_t, F(QN, '69.9%')], 'the secondary sector’s contribution to growth 69.9% is not its share of GDP (38.7%): contribution vs share')
S.rel('growth', U, [qn_s[0], qn_s[1], qn_s[2]], 'structure “调整为” 18.2:38.7:43.1: the 2019 structure is not stated, so the change is not checkable')
S.rel('sum', C, qn_pop, 'urban 66502 + rural 128042 = 194544 registered population')
S.rel('share', C, [F(QN, '2195人'), qn_pop[2], F(QN, '11.3‰')], 'births 2195 / 194544 = 11.28‰ → 11.3‰ (year-end registered population as base)')
S.rel('share', C, [F(QN, '2123人'), qn_pop[2], F(QN, '10.9‰')], 'deaths 2123 / 194544 = 10.91‰ → 10.9‰')
S.rel('share', C, qn_emp, 'urban employed 3.20 / 10.60 = 30.19% → 30.2%')
S.rel('target', M, [F(QN, '3.8%'), F(QN, '4.5%')], 'registered urban unemployment 3.8% within the 2020 ceiling of 4.5%: met')
S.rel('target', M, [F(QN, '2339人'), F(QN, '101.7%')], 'new urban jobs 2339 = 101.7% of the 2020 target (year over): met')
S.rel('target', M, [F(QN, '3343人'), F(QN, '139.3%')], 'new rural labour transfer 3343 = 139.3% of the 2020 target: met')
S.rel('target', M, [F(QN, '12700人'), F(QN, '100%')], 'unemployment-insurance enrolment 12700 = 100% of the 2020 target: met (exactly)')
S.rel('sum', U, [F(QN, '2243人'), F(QN, '3343人')], 'in-province transfer 2243 is “其中” of all 3343 transferred; the out-of-province part is not stated: not a split')

# ---- 永丰县 (吉安) 2020 bulletin
yf_t = F(YF, '190.90亿元'); yf_p = [F(YF, '23.18亿元'), F(YF, '83.29亿元'), F(YF, '84.43亿元')]
yf_s = [F(YF, '12.2', post=':43.6'), F(YF, '43.6', pre='12.2:'), F(YF, '44.2', pre='43.6:')]
yf_g = F(YF, '4.7%'); yf_c = [F(YF, '7.0%'), F(YF, '50.9%'), F(YF, '42.1%')]; yf_l = [F(YF, '0.3', pre='拉动经济增长'), F(YF, '2.4', pre='0.3、'), F(YF, '2.0', pre='2.4和')]
yf_br = F(YF, '10.30‰'); yf_dr = F(YF, '2.41‰'); yf_ng = F(YF, '7.89‰')
sum_yf = yf_p + [yf_t]; sum_yfn = [yf_br, yf_dr, yf_ng]
S.rel('sum', C, sum_yf, '永丰 2020: 23.18 + 83.29 + 84.43 = 190.90')
S.rel('share', I, [yf_p[0], yf_t, yf_s[0]], 'REAL ERROR in the original: primary 23.18 / 190.90 = 12.14% (12.140–12.145 with the half units) rounds to 12.1, not 12.2; the structure was forced to add to 100 (12.1 + 43.6 + 44.2 = 99.9)')
S.rel('share', C, [yf_p[1], yf_t, yf_s[1]], 'secondary 83.29 / 190.90 = 43.63% → 43.6')
S.rel('share', C, [yf_p[2], yf_t, yf_s[2]], 'tertiary 84.43 / 190.90 = 44.23% → 44.2')
S.rel('sum', C, yf_l + [yf_g], 'pulls 0.3 + 2.4 + 2.0 = 4.7 points = GDP growth 4.7%')
S.rel('share', C, [yf_c[0], yf_g, yf_l[0]], 'primary pull = contribution 7.0% × 4.7 = 0.33 → 0.3 point')
S.rel('share', C, [yf_c[1], yf_g, yf_l[1]], 'secondary pull = 50.9% × 4.7 = 2.39 → 2.4 points')
S.rel('share', C, [yf_c[2], yf_g, yf_l[2]], 'tertiary pull = 42.1% × 4.7 = 1.98 → 2.0 points')
S.rel('share', I, [F(YF, '22.04亿元'), yf_t, F(YF, '11.6%')], 'REAL ERROR in the original: 财政总收入 22.04 / GDP 190.90 = 11.55% (11.542–11.548 with the half units) rounds to 11.5, not 11.6')
S.rel('sum', U, [yf_p[0], F(YF, '68.52亿元'), yf_p[2], yf_t], 'industry 68.52 is “其中” of the secondary sector 83.29 (construction left out): 23.18 + 68.52 + 84.43 ≠ 190.90 is not a split')
S.rel('sum', U, [F(YF, '13.01亿元'), F(YF, '22.04亿元')], '一般公共预算收入 13.01 within 财政总收入 22.04: the upper-level part is not stated')
S.rel('sum', U, [F(YF, '8.30亿元'), F(YF, '4.37亿元'), F(YF, '2.16亿元'), F(YF, '5.25亿元'), F(YF, '42.42亿元')], 'four spending items (20.08) of 42.42: a partial list (其中), not a split')
S.rel('sum', C, sum_yfn, 'natural growth = births − deaths: 10.30 − 2.41 = 7.89‰')
S.rel('growth', C, [F(YF, '1.73个'), F(YF, '2.39个'), F(YF, '0.66个')], 'change of natural growth = −1.73 − (−2.39) = +0.66 point: “提升0.66个千分点”')
S.rel('share', U, [F(YF, '5314人'), F(YF, '388514人'), yf_br], 'births 5314 / 388514 = 13.7‰ (over the registered 494259: 10.75‰), not 10.30‰: the rate’s base (an average population) is not stated')
S.rel('share', U, [F(YF, '1244人'), F(YF, '388514人'), yf_dr], 'deaths 1244 / 388514 = 3.20‰ (2.52‰ over 494259), not 2.41‰: base not stated')
S.rel('restatement', U, [F(YF, '48.40%'), F(YF, '48.74%')], 'registered-population urbanisation 48.40% vs resident-population urbanisation 48.74%: other indicators (other bases)')
S.rel('growth', U, [F(YF, '48.74%'), F(YF, '1.18个')], '“比上年提高1.18个百分点”: the 2019 rate is not stated')
S.rel('growth', U, [F(YF, '494259人'), F(YF, '933人')], 'registered population 494259, “比上年减少933人”: the 2019 level is not stated (495192 would be implied, nothing to check)')

# ---- 湘潭县 2022 bulletin
xx_t = F(XX, '572.6亿元'); xx_p = [F(XX, '74.2亿元'), F(XX, '308.1亿元'), F(XX, '190.3亿元')]
xx_s = [F(XX, '13', post=':53.8'), F(XX, '53.8', pre='13:'), F(XX, '33.6', pre='53.8:')]
sum_xx = xx_p + [xx_t]
S.rel('sum', C, sum_xx, '湘潭县 2022: 74.2 + 308.1 + 190.3 = 572.6')
S.rel('share', C, [xx_p[0], xx_t, xx_s[0]], 'primary 74.2 / 572.6 = 12.96% → “13” (stated to the unit)')
S.rel('share', C, [xx_p[1], xx_t, xx_s[1]], 'secondary 308.1 / 572.6 = 53.81% → 53.8')
S.rel('share', I, [xx_p[2], xx_t, xx_s[2]], 'REAL ERROR in the original: tertiary 190.3 / 572.6 = 33.23% (33.22–33.25 with the half units), not 33.6; the stated structure adds to 100.4')
S.rel('rate', U, [F(XX, '4.4%'), F(XX, '3.6%', n=0), F(XX, '5.1%'), F(XX, '3.6%', n=1)], 'GDP +4.4% from the sector rates: the 2021 weights are not stated')
S.rel('restatement', U, [F(XX, '3.6%', n=0), F(XX, '3.6%', n=1)], 'primary and tertiary both +3.6%: the same number for two sectors, not a restatement')
S.rel('growth', U, [F(XX, '73397元'), F(XX, '5.2%'), F(XX, '4.4%')], 'per-capita GDP +5.2% vs GDP +4.4%: the population change is not stated')
S.rel('growth', U, [xx_s[1], F(XX, '0.8个')], '“比上年下降0.8个百分点”: the 2021 share is not stated')
S.rel('growth', U, [F(XX, '55.6%'), F(XX, '4.8个')], 'industry’s contribution 55.6%, “较上年提升4.8个百分点”: the 2021 contribution is not stated')
S.rel('sum', U, [F(XX, '59.1亿元'), F(XX, '5.27亿元'), F(XX, '57.2亿元'), F(XX, '9.2亿元'), F(XX, '138.5亿元')], 'farming 59.1 + forestry 5.27 + animal husbandry 57.2 + fishery 9.2 = 130.77 of 138.5: the farm-service output is not listed')

# ---- 湘潭市 2022: plan-execution report (final) and the 2023 work report (estimates)
xp_g = F(XP, '4.6%'); xp_i = F(XP, '7.3%'); xp_r = F(XP, '2.5%')
xr_g = F(XR, '5%左右'); xr_i = F(XR, '7.5%左右'); xr_r = F(XR, '2.5%左右')
rs_xg = [xr_g, xp_g]; rs_xr = [xr_r, xp_r]
S.rel('restatement', C, rs_xg, 'cross-document: 湘潭市 2022 GDP growth, the report’s estimate “5%左右” (≥ 4.5) and the final 4.6%: consistent')
S.rel('restatement', C, [xr_i, xp_i], 'cross-document: 规模工业增加值 “7.5%左右” (estimate) and the final 7.3%: consistent')
S.rel('restatement', C, rs_xr, 'cross-document: 社会消费品零售总额 “2.5%左右” (estimate) and the final 2.5%: consistent')
S.rel('target', M, [F(XP, '252.5亿元'), F(XP, '103.72%')], '2022 funds obtained 252.5 = 103.72% of the year’s target (year over): met')
S.rel('target', M, [F(XP, '47.67亿元'), F(XP, '136.2%')], '7 provincial industrial projects 47.67 = 136.2% of the 2022 plan: met')
S.rel('target', M, [F(XP, '145', post='、739'), F(XP, '117%')], '25 provincial key projects 145 = 117% of the 2022 plan: met')
S.rel('restatement', U, [F(XP, '59家', n=0), F(XP, '59家', n=1)], '59 new “小巨人” firms and 59 new above-scale service firms: the same number for two indicators')
S.rel('restatement', U, [F(XX, '4.4%'), xp_g], 'cross-document: 湘潭县 GDP +4.4% vs 湘潭市 +4.6%: other place (the county is part of the city)')

# ---- 邵阳市 2020 bulletin
sy_t = F(SY, '2250.8亿元'); sy_p = [F(SY, '399.8亿元'), F(SY, '698.6亿元'), F(SY, '1152.4亿元')]
sy_s = [F(SY, '17.8', post=':31.0'), F(SY, '31.0', pre='17.8:'), F(SY, '51.2', pre='31.0:')]
sy_pv = [F(SY, '1658.7亿元'), sy_t, F(SY, '73.7%')]
sy_tot = F(SY, '169.3亿元'); sy_loc = F(SY, '105.3亿元'); sy_tax = F(SY, '66.0亿元'); sy_nt = F(SY, '39.3亿元'); sy_c = F(SY, '52.3亿元'); sy_pr = F(SY, '11.7亿元')
sum_sy = sy_p + [sy_t]; sum_syl = [sy_tax, sy_nt, sy_loc]; sum_syt = [sy_loc, sy_c, sy_pr, sy_tot]
S.rel('sum', C, sum_sy, '邵阳 2020: 399.8 + 698.6 + 1152.4 = 2250.8')
S.rel('share', C, [sy_p[0], sy_t, sy_s[0]], 'primary 399.8 / 2250.8 = 17.76% → 17.8')
S.rel('share', C, [sy_p[1], sy_t, sy_s[1]], 'secondary 698.6 / 2250.8 = 31.04% → 31.0')
S.rel('share', C, [sy_p[2], sy_t, sy_s[2]], 'tertiary 1152.4 / 2250.8 = 51.20% → 51.2')
S.rel('share', C, sy_pv, 'private-sector value added 1658.7 / 2250.8 = 73.69% → 73.7%')
S.rel('sum', C, sum_syl, 'tax 66.0 + non-tax 39.3 = 105.3 (地方一般公共预算收入)')
S.rel('sum', C, sum_syt, 'local 105.3 + upper-level central 52.3 + provincial 11.7 = 169.3 (一般公共预算收入)')
S.rel('rate', C, [sy_tot, F(SY, '0.25%'), sy_loc, F(SY, '2.3%'), sy_c, F(SY, '4.0%', pre='下降'), sy_pr, F(SY, '1.6%')], 'total growth from the parts’ levels and rates: 2019 = 105.3/1.023 + 52.3/0.960 + 11.7/1.016 = 168.93; 169.3 / 168.93 = +0.22% (0.05–0.39 with the half units) → 0.25%')
S.rel('rate', C, [sy_loc, F(SY, '2.3%'), sy_tax, F(SY, '4.1%', pre='税收收入66.0亿元,增长'), sy_nt, F(SY, '0.5%')], 'local revenue growth from tax (+4.1%) and non-tax (−0.5%) levels: 2019 = 63.40 + 39.50 = 102.90; 105.3 / 102.90 = +2.33% (2.14–2.53) → 2.3%')
S.rel('sum', U, [F(SY, '53.6亿元'), sy_tot], '市本级 53.6 is “其中” of the city-wide 169.3; the county parts are not stated')
S.rel('sum', U, [F(SY, '69.3亿元', pre='一般公共服务支出'), F(SY, '110.8亿元'), F(SY, '7.2亿元'), F(SY, '68.2亿元'), F(SY, '14.7亿元'), F(SY, '584.9亿元')], 'five spending items (270.2) of 584.9: a partial list, not a split')
S.rel('sum', U, [F(SY, '40.5亿千瓦时'), F(SY, '42.2亿千瓦时'), F(SY, '103.1亿千瓦时')], 'industrial 40.5 + household 42.2 = 82.7 of 103.1 kWh: other users (services, farming) not listed')
S.rel('sum', U, [sy_pv[0], F(SY, '912.2亿元'), sy_t], 'private sector 1658.7 and small and medium firms 912.2 overlap (most SMEs are private): neither a split nor additive')
S.rel('rate', U, [F(SY, '3.9%'), F(SY, '4.1%', pre='399.8亿元,增长'), F(SY, '3.2%'), F(SY, '4.3%')], 'GDP +3.9% from the sector rates: the 2019 weights are not stated')

# ---- 南昌 100 key projects, Jan–Oct 2023
nc_pl = F(NC, '984.59亿元'); nc_d = F(NC, '1015.19亿元', n=1)
nc_cnt = [F(NC, '35个'), F(NC, '33个'), F(NC, '4个', pre='生态建设项目'), F(NC, '16个'), F(NC, '1个', pre='城市管理项目'), F(NC, '10个'), F(NC, '1个', pre='民生实事项目'), F(NC, '100个', n=1)]
nc_pls = [F(NC, '440.07亿元'), F(NC, '246.35亿元'), F(NC, '26.7亿元'), F(NC, '172.98亿元'), F(NC, '8亿元', pre='城市管理项目1个,年度计划投资'), F(NC, '84.49亿元'), F(NC, '6亿元', pre='民生实事项目1个,年度计划投资'), nc_pl]
nc_ds = [F(NC, '469.13亿元'), F(NC, '265.03亿元'), F(NC, '24.89亿元'), F(NC, '155.72亿元'), F(NC, '4.61亿元'), F(NC, '89.81亿元'), F(NC, '6亿元', pre='前10月累计完成投资'), nc_d]
sh_nc = [F(NC, '21个'), F(NC, '24个'), F(NC, '87.5%')]
S.rel('sum', C, nc_cnt, 'projects by sector: 35 + 33 + 4 + 16 + 1 + 10 + 1 = 100')
S.rel('sum', C, nc_pls, 'annual plans by sector: 440.07 + 246.35 + 26.7 + 172.98 + 8 + 84.49 + 6 = 984.59')
S.rel('sum', C, nc_ds, 'Jan–Oct investment by sector: 469.13 + 265.03 + 24.89 + 155.72 + 4.61 + 89.81 + 6 = 1015.19')
S.rel('share', C, sh_nc, '21 of 24 planned new starts begun = 87.5%')
S.rel('share', C, [F(NC, '4个', pre='已开工'), F(NC, '5个', pre='等'), F(NC, '80%')], 'services: 4 of 5 new starts begun = 80%')
S.rel('share', C, [F(NC, '2个', pre='已开工'), F(NC, '3个', pre='改造工程'), F(NC, '66.7%')], 'urban construction: 2 of 3 begun = 66.7%')
S.rel('target', M, [nc_d, nc_pl], 'the 2023 annual plan 984.59 is already exceeded by end-October (1015.19 = 103.1%), and cumulative investment cannot fall: met (see the judgement calls)')
S.rel('target', CT, [F(NC, '4.61亿元'), F(NC, '8亿元', pre='城市管理项目1个,年度计划投资')], 'urban-management project 4.61 of its 2023 plan 8 by end-October: the year is not over')
S.rel('sum', U, [F(NC, '12个'), F(NC, '5个', pre='等'), F(NC, '3个', pre='改造工程'), F(NC, '2个', pre='南昌中学建设项目'), F(NC, '24个')], 'planned new starts named by sector 12 + 5 + 3 + 2 = 22 of 24: the farm/ecology and livelihood groups do not say whether they have any, so this is no split')

# ---- 江西 provincial key projects Jan–Jul 2020 (traditional)
jk_t = F(JK, '1691.03億元', n=1); jk_p = [F(JK, '398.21億元'), F(JK, '991.96億元'), F(JK, '300.86億元')]
jk_r = F(JK, '70.7%'); jk_n = F(JK, '88個'); jk_s = F(JK, '65個'); jk_sr = F(JK, '73.9%')
sum_jk = jk_p + [jk_t]; sh_jk = [jk_s, jk_n, jk_sr]
S.rel('sum', C, sum_jk, '江西 Jan–Jul 2020: completing 398.21 + continuing 991.96 + new 300.86 = 1691.03')
S.rel('share', C, sh_jk, '65 of 88 new projects started = 73.86% → 73.9%')
S.rel('share', C, [F(JK, '6個'), F(JK, '67個'), F(JK, '9%', pre='建成率為')], '6 of 67 completed = 8.96% → 9%')
S.rel('share', C, [F(JK, '17個'), F(JK, '25個'), F(JK, '68%')], '17 of 25 large new projects started = 68%')
S.rel('share', C, [F(JK, '253.55億元'), F(JK, '10.6%'), jk_t, jk_r], 'both shares are of the same annual plan: 253.55 / 10.6% = 2392 (2381–2403) and 1691.03 / 70.7% = 2392 (2390–2394): consistent')
S.rel('target', CT, [jk_t, jk_r], '70.7% of the 2020 plan by end-July: the year is not over')
S.rel('restatement', U, [F(JK, '16.7%'), F(JK, '16.7個')], 'the headline “同比增長16.7%” vs the body “占年計劃70.7%,同比提高16.7個百分點”: the body’s 16.7 is a rise in the plan-progress share (points), not a growth rate of investment; the headline misreads it, and neither is checkable')
S.rel('sum', U, [F(JK, '883.41億元'), jk_t], 'projects over 5 bn (883.41) are a subset of all key projects 1691.03; the rest is not stated')
S.rel('share', U, [F(JK, '79.9%'), F(JK, '78.8%')], 'progress 79.9% of the 8 large completing projects vs 78.8% of all completing projects: other lists, other plans')

# ---- 赣州 Jan–Apr 2020
gz_s = [F(GZ, '180个'), F(GZ, '48个', pre='以下'), F(GZ, '228个')]
S.rel('sum', C, gz_s, 'new projects in the database: 180 (≥ 50 million) + 48 (< 50 million) = 228')
S.rel('target', CT, [F(GZ, '448.14亿元'), F(GZ, '37.2%')], '210 key projects: 448.14 = 37.2% of the 2020 plan by end-April: the year is not over')
S.rel('target', CT, [F(GZ, '85.36亿元'), F(GZ, '35%')], '36 provincial key projects: 35% of the 2020 plan by end-April: the year is not over')
S.rel('sum', U, [F(GZ, '36个'), F(GZ, '210个')], 'the 36 provincial projects are “其中” of the 210; the others are not stated')
S.rel('growth', U, [F(GZ, '13.6%'), F(GZ, '9.9个')], 'infrastructure +13.6%, 9.9 points above all investment: the total’s rate (3.7% implied) is not stated')
S.rel('growth', U, [gz_s[2], F(GZ, '54个')], '228, “比上年同期增加54个”: the 2019 count is not stated')
S.rel('growth', U, [F(GZ, '131个'), F(GZ, '48个', pre='增加')], '131 new starts, “比上年同期增加48个”: the 2019 count is not stated')

# ---- 江西 2021 bulletin (traditional)
jx_t0 = F(JX, '29619.7億元', n=0); jx_t = F(JX, '29619.7億元', n=1)
jx_p = [F(JX, '2334.3億元', n=1), F(JX, '13183.2億元', n=1), F(JX, '14102.2億元', n=1)]
jx_s = [F(JX, '7.9', post=':44.5', n=1), F(JX, '44.5', pre='7.9:', n=1), F(JX, '47.6', pre='44.5:', n=1)]
jx_u = [F(JX, '2776.4萬人'), F(JX, '4517.4萬人'), F(JX, '61.46%')]
sum_jx = jx_p + [jx_t]; rs_jx = [jx_t0, jx_t]
S.rel('sum', C, sum_jx, '江西 2021: 2334.3 + 13183.2 + 14102.2 = 29619.7')
S.rel('share', C, [jx_p[0], jx_t, jx_s[0]], 'primary 2334.3 / 29619.7 = 7.88% → 7.9')
S.rel('share', C, [jx_p[1], jx_t, jx_s[1]], 'secondary 13183.2 / 29619.7 = 44.51% → 44.5')
S.rel('share', C, [jx_p[2], jx_t, jx_s[2]], 'tertiary 14102.2 / 29619.7 = 47.61% → 47.6')
S.rel('restatement', C, rs_jx, 'the lead paragraph’s 29619.7 restates the bulletin’s 29619.7 in section 一')
S.rel('share', C, jx_u, 'urban residents 2776.4 / 4517.4 = 61.46%')
S.rel('sum', C, [F(JX, '8.34‰'), F(JX, '6.71‰'), F(JX, '1.63‰')], 'natural growth = 8.34 − 6.71 = 1.63‰')
S.rel('growth', C, [F(JX, '1.14個'), F(JX, '0.10個'), F(JX, '1.24個')], 'change of natural growth = −1.14 − 0.10 = −1.24 points: “下降1.24個千分點”')
S.rel('share', U, [jx_p[2], jx_t, F(JX, '52.3%', n=1)], 'the tertiary contribution to growth 52.3% is not its share of GDP 47.6%: contribution vs share')
S.rel('growth', U, [jx_u[2], F(JX, '1.02個')], '“比2020年提高1.02個百分點”: the 2020 rate is not stated')
S.rel('share', U, [F(JX, '65560元'), F(JX, '10162美元')], 'per-capita GDP 65560 yuan = 10162 dollars: the average exchange rate is not stated')
S.rel('rate', U, [F(JX, '8.8%', n=2), F(JX, '7.3%', n=2), F(JX, '8.2%', n=1), F(JX, '9.5%', n=1)], 'GDP +8.8% from the sector rates: the 2020 weights are not stated (the contributions are given, but they are outputs, not weights)')

# ---- 武汉 2023 bulletin (traditional) and the 2023 targets (武汉, 郑州, 长沙)
wh_t = F(WH, '20011.65'); wh_p = [F(WH, '474.38'), F(WH, '6800.91'), F(WH, '12736.36')]
wh_s = [F(WH, '2.4', post='∶34.0'), F(WH, '34.0', pre='2.4∶'), F(WH, '63.6', pre='34.0∶')]
wh_w = [F(WH, '2.5', post='∶35.6'), F(WH, '35.6'), F(WH, '61.9')]
wh_g = F(WH, '5.7%'); wh_r = [F(WH, '4.2%'), F(WH, '5.1%'), F(WH, '6.2%')]
sum_wh = wh_p + [wh_t]; sh_wh3 = [wh_p[2], wh_t, wh_s[2]]
S.rel('sum', C, sum_wh, '武汉 2023: 474.38 + 6800.91 + 12736.36 = 20011.65')
S.rel('share', C, [wh_p[0], wh_t, wh_s[0]], 'primary 474.38 / 20011.65 = 2.37% → 2.4')
S.rel('share', C, [wh_p[1], wh_t, wh_s[1]], 'secondary 6800.91 / 20011.65 = 33.98% → 34.0')
S.rel('share', C, sh_wh3, 'tertiary 12736.36 / 20011.65 = 63.64% → 63.6')
S.rel('rate', C, [wh_g] + wh_r + wh_w, 'GDP growth from the sectors’ real rates weighted by the stated 2022 structure (previous-year prices): 0.025×4.2 + 0.356×5.1 + 0.619×6.2 = 5.76 (5.71–5.81 with the half units), which reaches the stated 5.7 (5.65–5.75)')
S.rel('restatement', U, [F(WH, '511.82'), wh_p[0]], '农林牧渔及服务业增加值 511.82 vs 第一产业增加值 474.38: other indicators (the former includes farm services)')
S.rel('growth', U, [F(WH, '145471'), F(WH, '5.3%'), wh_g], 'per-capita GDP +5.3% vs GDP +5.7%: the population change is not stated')
S.rel('target', MS, [F(WT, '6.5%以上'), wh_g], 'cross-document: 武汉’s 2023 GDP target “6.5%以上” → result 5.7%: missed')
S.rel('target', U, [F(WT, '7%', pre='目标是生产总值增长'), wh_g], 'cross-document: 郑州’s 2023 GDP target 7% against 武汉’s result 5.7%: other place')
S.rel('target', U, [F(WT, '7%左右'), wh_g], 'cross-document: 长沙’s 2023 GDP target “7%左右” against 武汉’s result: other place')
S.rel('target', U, [F(WT, '8%以上', n=0), F(WH, '4.6%')], 'cross-document: 郑州’s 规上工业 target “8%以上” against 武汉’s 规上工业 +4.6%: other place')
S.rel('growth', U, [F(WT, '1.9万亿元'), wh_t, wh_g], 'cross-document: 2022 “1.9万亿元左右” (an estimate, rounded) → 20011.65 is about +5.3% at current prices vs +5.7% real: nominal vs real, and the base is approximate')

# ---- 安庆 2021 fiscal
aq = [F(AQ, '411.6亿元', n=1), F(AQ, '483亿元', n=1), F(AQ, '85.2%')]
aq_h = F(AQ, '411.6亿元', n=0); rs_aq = [aq_h, aq[0]]
S.rel('share', C, aq, 'livelihood spending 411.6 / 483 = 85.22% → 85.2%')
S.rel('restatement', C, rs_aq, 'the headline’s 411.6 restates the body’s 411.6')
S.rel('sum', U, [F(AQ, '114.6亿元'), F(AQ, '156.1亿元')], 'local tax revenue 114.6 within general budget revenue 156.1: the non-tax part is not stated and no share is given')

# ---- 湖南 H1 2020
hn_t = F(HN, '19026.4亿元'); hn_p = [F(HN, '1492.6亿元'), F(HN, '7070.3亿元'), F(HN, '10463.5亿元')]
gr_hn = [F(HN, '2.4%'), F(HN, '1.9%'), F(HN, '0.5个')]; sum_hn = hn_p + [hn_t]
S.rel('sum', C, sum_hn, '湖南 H1 2020: 1492.6 + 7070.3 + 10463.5 = 19026.4')
S.rel('growth', C, gr_hn, 'state-owned firms 2.4% − all above-scale industry 1.9% = 0.5 point')
S.rel('rate', U, [F(HN, '1.3%'), F(HN, '2%'), F(HN, '1.6%'), F(HN, '0.9%')], 'GDP +1.3% from the sector rates: the H1 2019 weights are not stated')
S.rel('growth', U, [F(HN, '1.3%'), F(HN, '3.2个')], '“比一季度回升3.2个百分点”: the Q1 rate is not stated')
S.rel('growth', U, [F(HN, '1.9%'), F(HN, '4个百分点')], 'industry “比一季度回升4个百分点”: the Q1 rate is not stated')
S.rel('restatement', U, [F(HN, '9.4%'), F(HN, '9.4个')], 'industrial investment +9.4% and a rise of 9.4 points on Q1: the same number for a rate and a change of rate (Q1 would be 0.0), not a restatement')

# ---- 山西 Jan–Feb 2023 fiscal revenue
sx_t = F(SXF, '686亿元'); sx_tx = F(SXF, '555.4亿元'); sx_nt = F(SXF, '130.6亿元')
sum_sx = [sx_tx, sx_nt, sx_t]; rt_sx = [sx_t, F(SXF, '0.7%'), sx_tx, F(SXF, '6.8%'), sx_nt, F(SXF, '37.3%')]
sum_jc = [F(SXF, '26.8亿'), F(SXF, '20.8亿'), F(SXF, '47.6亿')]
S.rel('sum', C, sum_sx, '山西 Jan–Feb 2023: tax 555.4 + non-tax 130.6 = 686')
S.rel('growth', C, [sx_nt, F(SXF, '35.4亿元'), F(SXF, '37.3%')], 'non-tax growth from the increment: 35.4 / (130.6 − 35.4) = 37.18% (37.09–37.28 with the half units), which reaches 37.3 (37.25–37.35) at the edge')
S.rel('rate', C, rt_sx, 'total growth from the parts’ levels and rates: 2022 = 555.4/0.932 + 130.6/1.373 = 691.0; 686 / 691.0 = −0.73% (−0.87 to −0.59) → −0.7%')
S.rel('sum', C, [F(SXF, '71.45亿元'), F(SXF, '21.72亿元'), F(SXF, '93.18亿')], '太原: 71.45 + 21.72 = 93.17, and 93.16–93.18 with the half units reaches 93.18: consistent (at the edge)')
S.rel('sum', C, sum_jc, '晋城: tax 26.8 + non-tax 20.8 = 47.6')
S.rel('sum', U, [F(SXF, '17.96亿'), F(SXF, '61.35亿')], '长治: February alone 17.96 within Jan–Feb 61.35; January is not stated')
S.rel('restatement', U, [F(SXF, '10.74%'), F(SXF, '95.84%')], '长治 +10.74% (Jan–Feb 2023) vs +95.84% (2022): other period')
S.rel('sum', U, [F(SXF, '93.18亿'), F(SXF, '71.4亿'), F(SXF, '61.35亿'), sum_jc[2], sx_t], 'four of eleven cities (273.5) against the province’s 686: a partial list; the province also keeps its own revenue')

# ---- added relations
S.rel('rate', C, [F(SXF, '93.18亿'), F(SXF, '5.6%'), F(SXF, '71.45亿元'), F(SXF, '5.3%'), F(SXF, '21.72亿元'), F(SXF, '69.9%')], '太原 growth from the parts’ levels and rates: 2022 = 71.45/0.947 + 21.72/1.699 = 88.23; 93.18 / 88.23 = +5.61% (5.54–5.68) → 5.6%')
S.rel('rate', U, [sum_jc[2], F(SXF, '4.2%'), sum_jc[1], F(SXF, '10.1%')], '晋城 +4.2% with non-tax +10.1%: the tax rate is not stated, so the total cannot be rebuilt')
S.rel('restatement', C, [F(NC, '1015.19亿元', n=0), nc_d], 'the headline’s 1015.19 restates the body’s 1015.19')
S.rel('restatement', C, [F(JK, '1691.03億元', n=0), jk_t], 'the headline’s 1691.03 restates the body’s 1691.03')
S.rel('restatement', U, [F(NC, '4223.87亿元'), nc_pl], 'total investment of the 100 projects 4223.87 vs this year’s plan 984.59: other indicators')
S.rel('growth', U, [F(JX, '8.8%', n=2), F(JX, '6.2%', n=1)], 'two-year average 6.2% from this year’s +8.8%: the 2020 rate is not stated')
S.rel('growth', U, [F(HN, '5.2%'), F(HN, '9.7个')], 'infrastructure investment +5.2%, “比一季度回升9.7个百分点”: the Q1 rate is not stated')
S.rel('restatement', U, [F(WT, '4.5%左右'), wh_g], 'cross-document: 武汉 GDP growth “4.5%左右” (2022, an estimate) vs 5.7% (2023): other period')
S.rel('restatement', U, [F(WH, '13654.29'), wh_p[1]], '建筑业总产值 13654.29 (gross output of construction firms) vs 第二产业增加值 6800.91 (value added): other indicators, no part-whole relation')
S.rel('restatement', U, [F(SY, '3.9%'), F(HN, '1.3%')], 'cross-document: 邵阳 GDP +3.9% (2020) vs 湖南 +1.3% (H1 2020): other place and period')

# ---- cross-document, other place
S.rel('restatement', U, [F(QN, '2.4%'), F(YF, '2.4%', pre='增加值23.18亿元,增长')], 'cross-document: primary-sector growth 2.4% in 全南 and in 永丰 (2020): other place')

# ---- altered copies
a = ALT(QN, 1, qn_p[1], '33.62亿元', 'secondary value added 33.67 → 33.62')
S.rel('sum', I, R(a, sum_qn, qn_p[1], '33.62亿元'), 'altered: 15.80 + 33.62 + 37.49 = 86.91 (86.895–86.925), not 86.96 (breaks {B}; the share 38.7 still holds)')
a = ALT(QN, 2, qn_emp[0], '3.26万人', 'urban employed 3.20 → 3.26')
S.rel('share', I, R(a, qn_emp, qn_emp[0], '3.26万人'), 'altered: 3.26 / 10.60 = 30.75%, not 30.2% (breaks {B})')
a = ALT(YF, 1, yf_p[1], '83.26亿元', 'secondary value added 83.29 → 83.26')
S.rel('sum', I, R(a, sum_yf, yf_p[1], '83.26亿元'), 'altered: 23.18 + 83.26 + 84.43 = 190.87 (190.855–190.885), not 190.90 (breaks {B})')
a = ALT(YF, 2, yf_ng, '7.39‰', 'natural growth 7.89‰ → 7.39‰')
S.rel('sum', I, R(a, sum_yfn, yf_ng, '7.39‰'), 'altered: 10.30 − 2.41 = 7.89, not 7.39‰ (breaks {B})')
a = ALT(XX, 1, xx_p[0], '74.5亿元', 'primary value added 74.2 → 74.5')
S.rel('sum', I, R(a, sum_xx, xx_p[0], '74.5亿元'), 'altered: 74.5 + 308.1 + 190.3 = 572.9, not 572.6 (breaks {B})')
a = ALT(XX, 2, xx_s[1], '55.8', 'secondary share 53.8 → 55.8')
S.rel('share', I, R(a, [xx_p[1], xx_t, xx_s[1]], xx_s[1], '55.8'), 'altered: 308.1 / 572.6 = 53.8%, not 55.8% (breaks {B})')
a = ALT(XP, 1, xp_g, '4.1%', 'GDP growth 4.6% → 4.1%')
S.rel('restatement', I, R(a, rs_xg, xp_g, '4.1%'), 'altered: the final 4.1% falls below the estimate “5%左右” (≥ 4.5) (breaks {B})')
a = ALT(XP, 2, xp_r, '3.5%', 'retail sales growth 2.5% → 3.5%')
S.rel('restatement', I, R(a, rs_xr, xp_r, '3.5%'), 'altered: the final 3.5% is outside the estimate “2.5%左右” (breaks {B})')
a = ALT(SY, 1, sy_p[2], '1152.1亿元', 'tertiary value added 1152.4 → 1152.1')
S.rel('sum', I, R(a, sum_sy, sy_p[2], '1152.1亿元'), 'altered: 399.8 + 698.6 + 1152.1 = 2250.5, not 2250.8 (breaks {B})')
a = ALT(SY, 2, sy_pv[2], '78.7%', 'private-sector share 73.7% → 78.7%')
S.rel('share', I, R(a, sy_pv, sy_pv[2], '78.7%'), 'altered: 1658.7 / 2250.8 = 73.7%, not 78.7% (breaks {B})')
a = ALT(NC, 1, nc_ds[1], '265.93亿元', 'services Jan–Oct investment 265.03 → 265.93')
S.rel('sum', I, R(a, nc_ds, nc_ds[1], '265.93亿元'), 'altered: the sectors add to 1016.09, not 1015.19 (breaks {B})')
a = ALT(NC, 2, sh_nc[2], '82.5%', 'start rate 87.5% → 82.5%')
S.rel('share', I, R(a, sh_nc, sh_nc[2], '82.5%'), 'altered: 21 / 24 = 87.5%, not 82.5% (breaks {B})')
a = ALT(JK, 1, jk_p[1], '996.96億元', 'continuing projects 991.96 → 996.96')
S.rel('sum', I, R(a, sum_jk, jk_p[1], '996.96億元'), 'altered: 398.21 + 996.96 + 300.86 = 1696.03, not 1691.03 (breaks {B})')
a = ALT(JK, 2, jk_s, '62個', 'new projects started 65 → 62')
S.rel('share', I, R(a, sh_jk, jk_s, '62個'), 'altered: 62 / 88 = 70.5%, not 73.9% (breaks {B})')
a = ALT(GZ, 1, gz_s[1], '43个', 'projects under 50 million 48 → 43')
S.rel('sum', I, R(a, gz_s, gz_s[1], '43个'), 'altered: 180 + 43 = 223, not 228 (breaks {B})')
a = ALT(JX, 1, jx_t0, '29679.7億元', 'GDP in the lead paragraph 29619.7 → 29679.7')
S.rel('restatement', I, R(a, rs_jx, jx_t0, '29679.7億元'), 'altered: the lead paragraph says 29679.7, section 一 says 29619.7 (breaks {B}; the lead paragraph’s own parts, not keyed, no longer add up either)')
a = ALT(JX, 2, jx_u[0], '2716.4萬人', 'urban residents 2776.4 → 2716.4')
S.rel('share', I, R(a, jx_u, jx_u[0], '2716.4萬人'), 'altered: 2716.4 / 4517.4 = 60.13%, not 61.46% (breaks {B})')
a = ALT(WH, 1, wh_p[1], '6806.91', 'secondary value added 6800.91 → 6806.91')
S.rel('sum', I, R(a, sum_wh, wh_p[1], '6806.91'), 'altered: 474.38 + 6806.91 + 12736.36 = 20017.65, not 20011.65 (breaks {B})')
a = ALT(WH, 2, wh_s[2], '65.6', 'tertiary share 63.6 → 65.6')
S.rel('share', I, R(a, sh_wh3, wh_s[2], '65.6'), 'altered: 12736.36 / 20011.65 = 63.6%, not 65.6% (breaks {B})')
a = ALT(AQ, 1, aq[2], '86.2%', 'livelihood share 85.2% → 86.2%')
S.rel('share', I, R(a, aq, aq[2], '86.2%'), 'altered: 411.6 / 483 = 85.2%, not 86.2% (breaks {B})')
a = ALT(AQ, 2, aq_h, '417.6亿元', 'livelihood spending in the headline 411.6 → 417.6')
S.rel('restatement', I, R(a, rs_aq, aq_h, '417.6亿元'), 'altered: the headline says 417.6, the body 411.6 (breaks {B})')
a = ALT(HN, 1, hn_p[1], '7076.3亿元', 'secondary value added 7070.3 → 7076.3')
S.rel('sum', I, R(a, sum_hn, hn_p[1], '7076.3亿元'), 'altered: 1492.6 + 7076.3 + 10463.5 = 19032.4, not 19026.4 (breaks {B})')
a = ALT(HN, 2, gr_hn[0], '2.7%', 'state-owned firms growth 2.4% → 2.7%')
S.rel('growth', I, R(a, gr_hn, gr_hn[0], '2.7%'), 'altered: 2.7 − 1.9 = 0.8 point, not 0.5 (breaks {B})')
a = ALT(SXF, 1, rt_sx[3], '8.8%', 'tax revenue growth −6.8% → −8.8%')
S.rel('rate', I, R(a, rt_sx, rt_sx[3], '8.8%'), 'altered: 555.4/0.912 + 95.2 = 704.2; 686 / 704.2 = −2.6%, not −0.7% (breaks {B})')
a = ALT(SXF, 2, sum_jc[0], '28.8亿', '晋城 tax revenue 26.8 → 28.8')
S.rel('sum', I, R(a, sum_jc, sum_jc[0], '28.8亿'), 'altered: 28.8 + 20.8 = 49.6, not 47.6 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

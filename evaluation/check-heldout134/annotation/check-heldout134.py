"""Check key, set check-heldout134. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout134.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout134'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

BT='bj_2024t_hant.txt'; BR='bj_2024r_hant.txt'; B3='bj_2023r.txt'; BH='bj_2024h1.txt'; K8='bj_kp2018.txt'; K1='bj_kp2021h1.txt'
XC='xc_2011m10.txt'; T9='tj_2009_hant.txt'; TP='tj_2010p.txt'; BN='bh_2015.txt'; HB='hb_2019h1.txt'; SJ='sjz_2020.txt'
HH='hh_2024h1.txt'; NH='nm_2014ls_hant.txt'; NS='nm_2014ls.txt'; KS='kskt_2013.txt'; CY='cyhq_2022.txt'

# ---- 北京 2024 targets, 2023 results (traditional, Taiwan site)
bt_h = F(BT, '5%', pre='今年定'); bt_g0 = F(BT, '5%左右', pre='定爲'); bt_g = F(BT, '5%左右', pre='GDP增長')
bt_r = F(BT, '5%', pre='收入增長'); bt_u = F(BT, '5%以內', pre='控制在', n=1); bt_c = F(BT, '3%左右')
bt_23a = F(BT, '5.2%', post='的成長'); bt_23 = F(BT, '5.2%', pre='GDP增加'); bt_23r = F(BT, '8.2%'); bt_23u = F(BT, '4.4%')
bt_23l = F(BT, '4.4兆元'); bt_23t = F(BT, '6,000億元'); bt_nat = F(BT, '5.2%', post=',比前一年')
rs_bt1 = [bt_h, bt_g0]; rs_bt2 = [bt_g0, bt_g]; rs_bt3 = [bt_23a, bt_23]
S.rel('restatement', C, rs_bt1, 'headline “今年定5%” restates the 2024 GDP target “5%左右” in the body')
S.rel('restatement', C, rs_bt2, '2024 GDP target 5%左右 stated twice (lead and the list of targets)')
S.rel('restatement', C, rs_bt3, '2023 GDP growth 5.2% stated twice')
S.rel('restatement', U, [bt_23, bt_nat], '北京’s 2023 GDP growth 5.2% and the national surveyed unemployment rate 5.2%: the same number for another place and indicator')
S.rel('growth', U, [bt_nat, F(BT, '0.4個百分點')], 'national unemployment 5.2% “比前一年下降0.4個百分點”: the 2022 rate is not stated here')
S.rel('target', U, [F(BT, '5%以內', n=0), bt_23u], '2024 unemployment target “控制在5%以內” against the 2023 result 4.4%: other period')
S.rel('restatement', U, [bt_r, bt_g], 'revenue target 5% and GDP target 5%左右: the same number for different indicators')
S.rel('sum', U, [F(BT, '26萬人'), F(BT, '12萬')], 'at least 26万 new urban jobs and 12万 hard-to-place people helped into work: overlapping groups, not parts of one total')

# ---- 北京 2024 results (estimates) and 2025 targets (traditional, Hong Kong site)
br_h = F(BR, '5%左右', pre='目標為'); br_g25 = F(BR, '5%左右', pre='總值增長'); br_r25 = F(BR, '4%左右')
br_g = F(BR, '5.2%左右'); br_r = F(BR, '3.1%'); br_u = F(BR, '4.1%左右'); br_c = F(BR, '0.1%')
rs_br = [br_h, br_g25]
S.rel('restatement', C, rs_br, 'headline 2025 GDP target 5%左右 restates the body')
tg_g = [bt_g, br_g]
S.rel('target', M, tg_g, 'cross-document: 北京 2024 GDP target 5%左右 (met at ≥ 4.5) → 2024 estimate 5.2%左右: met')
S.rel('target', MS, [bt_r, br_r], 'cross-document: 2024 general budget revenue target +5% → +3.1%: missed')
S.rel('target', M, [bt_u, br_u], 'cross-document: 2024 surveyed unemployment “控制在5%以內” → 4.1%左右: met (a ceiling)')
S.rel('target', M, [bt_c, br_c], 'cross-document: 2024 CPI “漲幅3%左右” is a ceiling (a control target) → +0.1%: met')
S.rel('target', U, [br_r25, br_r], '2025 revenue target 4%左右 against the 2024 result 3.1%: other period')
S.rel('target', U, [br_g25, br_g], '2025 GDP target 5%左右 against the 2024 estimate 5.2%左右: other period')
S.rel('restatement', U, [br_g, bt_23], 'cross-document: 2024 GDP 5.2%左右 and 2023 GDP 5.2%: the same number for another year')
S.rel('rate', U, [F(BR, '2.8%'), F(BR, '1.3個百分點'), F(BR, '逾一成')], 'retail Jan–Nov −2.8%, 1.3 points deeper than Jan–Oct (so −1.5%): November alone “逾一成” follows only with month weights, which are not stated (equal months give about −16%)')

# ---- 北京 2023 results (simplified)
b3_g = F(B3, '5.2%'); b3_r = F(B3, '8.2%'); b3_l = F(B3, '4.4万亿元'); b3_u = F(B3, '4.4%'); b3_t = F(B3, '6000亿元')
rs_b3g = [bt_23, b3_g]; rs_b3r = [bt_23r, b3_r]
S.rel('restatement', C, rs_b3g, 'cross-document: 北京 2023 GDP +5.2% in both reports of the 2024 work report')
S.rel('restatement', C, rs_b3r, 'cross-document: 2023 general budget revenue +8.2% in both')
S.rel('restatement', C, [bt_23l, b3_l], 'cross-document: 2023 GDP “約4.4兆元” (兆 = 万亿 in Taiwan usage) = “约4.4万亿元”')
S.rel('restatement', C, [bt_23u, b3_u], 'cross-document: 2023 surveyed unemployment 4.4% in both')
S.rel('restatement', C, [bt_23t, b3_t], 'cross-document: 2023 revenue “突破6,000億元” = “突破6000亿元” (lower bound in both)')
S.rel('restatement', U, [b3_l, b3_u], 'GDP 4.4万亿 and unemployment 4.4%: the same digits for different indicators')
S.rel('share', U, [F(B3, '93%'), F(B3, '96%')], '93% of villages and 96% of households heated cleanly: shares of different bases, nothing to combine')
S.rel('target', U, [b3_r, bt_r], 'cross-document: 2023 revenue +8.2% against the 2024 target +5%: other period')

# ---- 北京 H1 2024
bh_t = F(BH, '21791.3亿元'); bh_p = [F(BH, '41.1亿元'), F(BH, '3038.2亿元'), F(BH, '18712.1亿元')]
bh_g = F(BH, '5.4%', n=0); bh_3 = F(BH, '5.4%', n=1)
sum_bh = bh_p + [bh_t]
S.rel('sum', C, sum_bh, '北京 H1 2024: 41.1 + 3038.2 + 18712.1 = 21791.4 ≈ 21791.3 (within the half units)')
S.rel('sum', U, [F(BH, '46.2亿元'), F(BH, '19.3亿元'), F(BH, '97.4亿元')], 'crop 46.2 and livestock 19.3 within farm output 97.4 (“其中”): forestry and fishery are not stated; not a split')
S.rel('rate', U, [bh_g, F(BH, '0.1%'), F(BH, '5.7%'), bh_3], 'GDP +5.4% from the sector rates: the weights (H1 2023 structure) are not stated')
S.rel('restatement', U, [bh_g, bh_3], 'GDP +5.4% and tertiary +5.4%: the same number for different indicators')
S.rel('growth', U, [F(BH, '14.1%'), F(BH, '20.0%')], 'summer grain area +14.1% and output +20.0% imply a yield of about +5.2%, which is not stated: nothing to check')
S.rel('target', CT, [bt_g, bh_g], 'cross-document: 2024 GDP target 5%左右 against H1 2024 +5.4%: a half-year rate, the year is not over')

# ---- 北京 市重点工程 Jan–Nov 2018
k8_n = F(K8, '276项', n=1); k8_v = F(K8, '1184亿元', n=1); k8_p = F(K8, '1200亿元'); k8_s = F(K8, '97.8%')
k8_c = [F(K8, '88个', post='、'), F(K8, '57个'), F(K8, '78个'), F(K8, '53个'), F(K8, '276项', n=3)]
S.rel('share', I, [k8_v, k8_p, k8_s], 'REAL discrepancy in the original: 1184 / 1200 = 98.7% (98.6–98.7 with the half units), not the stated 97.8% (97.8% would need a plan of about 1211亿)')
S.rel('sum', C, k8_c, '276 projects = 京津冀 88 + 公共服务 57 + 城市治理 78 + 高精尖 53')
S.rel('restatement', C, [F(K8, '1184亿元', n=0), k8_v], 'headline 1184亿 restates the body')
S.rel('restatement', C, [F(K8, '276项', n=0), k8_n], 'headline 276 projects restates the body')
S.rel('restatement', C, [k8_c[0], F(K8, '88个', post='项目')], '京津冀 projects: 88 stated twice')
S.rel('target', CT, [k8_p, k8_v], '1184 of the year’s 1200亿 by the end of November (“预计全年将超额完成”): the year is not over')
S.rel('sum', U, [F(K8, '418亿元'), k8_v], 'the 88 京津冀 projects’ 418亿 within 1184亿: a part, no share stated')

# ---- 北京 “3个100” H1 2021
k1_100 = [F(K1, '100个', pre='推进'), F(K1, '100个', pre='、', n=0), F(K1, '100个', pre='和')]
k1_new = F(K1, '120个', pre='新建项目'); k1_old = F(K1, '180个', pre='续建项目'); k1_old0 = F(K1, '180个', post='续建')
k1_48 = [F(K1, '48个', pre='1349亿', n=0), F(K1, '48个', pre='开工达'), F(K1, '48个', pre='中,')]
sum_k1 = k1_100 + [k1_new, k1_old]
S.rel('sum', C, sum_k1, '100 + 100 + 100 = 300 = 新建 120 + 续建 180')
S.rel('restatement', C, [k1_old0, k1_old], '180 continuing projects stated twice')
S.rel('restatement', C, [k1_new, F(K1, '120个', post='新建')], '120 new projects stated twice')
rs_k1 = [k1_48[1], k1_48[2]]
S.rel('restatement', C, rs_k1, '48 new projects started, stated in the lead and in the quote')
S.rel('restatement', C, [F(K1, '1349亿', n=0), F(K1, '1349亿元')], 'headline 1349亿 restates the body “约1349亿元”')
S.rel('restatement', C, [F(K1, '5个', n=0), F(K1, '5个', n=1)], '5 projects started early, stated twice; the quote names five (东升科技园三期, 氢能燃料电池, 栖湖组团, 河东资源循环利用中心, 沃森疫苗产业园)')
S.rel('share', U, [F(K1, '37%'), F(K1, '1349亿元')], '“占全市投资比重超过了37%”: the city’s investment is not stated (and 37% is a share of the year, 1349 is H1)')
S.rel('share', U, [F(K1, '7条'), F(K1, '15条')], '7 of the 15 metro lines under construction to open by year-end: a plan, no share stated')
S.rel('share', U, [F(K1, '1.3万亿元'), F(K1, '1349亿元')], 'total project investment 超1.3万亿 (all years) against 1349亿 done in H1 2021: different concepts, no share stated')

# ---- 西城区 Jan–Oct 2011: traps only
S.rel('sum', U, [F(XC, '79.5亿元'), F(XC, '132.7亿元')], 'real-estate investment 79.5 within total investment 132.7 (“其中”): a part, the rest is not stated')
S.rel('sum', U, [F(XC, '46.8万平方米'), F(XC, '64.3万平方米')], 'real-estate completions 46.8 within all completions 64.3: a part')
S.rel('sum', U, [F(XC, '244.5亿元'), F(XC, '252.7亿元')], '区级各项税收 244.5 within 财政收入 252.7: a part, not a split')
S.rel('rate', U, [F(XC, '37.9亿元'), F(XC, '1.5%'), F(XC, '252.7亿元'), F(XC, '27.1%')], 'October revenue −1.5% and Jan–Oct +27.1%: they imply Jan–Sep about +34%, which is not stated; nothing to check')
S.rel('rate', U, [F(XC, '48.8亿元'), F(XC, '4.2%'), F(XC, '584.8亿元'), F(XC, '8.5%')], 'October industry +4.2% and Jan–Oct +8.5%: Jan–Sep is not stated')

# ---- 天津 2009 bulletin (traditional)
t9_t = F(T9, '7500.80億元'); t9_p = [F(T9, '131.01億元'), F(T9, '4110.54億元'), F(T9, '3259.25億元')]
t9_s = [F(T9, '1.7', post=':'), F(T9, '54.8'), F(T9, '43.5')]; t9_g = F(T9, '16.5%')
t9_f = [F(T9, '1805億元'), F(T9, '315億元'), F(T9, '21.1%')]
sum_t9 = t9_p + [t9_t]; sh_t9 = [t9_p[1], t9_t, t9_s[1]]
S.rel('sum', C, sum_t9, '天津 2009: 131.01 + 4110.54 + 3259.25 = 7500.80')
S.rel('share', C, [t9_p[0], t9_t, t9_s[0]], 'primary 131.01 / 7500.80 = 1.75% → 1.7 (1.747)')
S.rel('share', C, sh_t9, 'secondary 4110.54 / 7500.80 = 54.80%')
S.rel('share', C, [t9_p[2], t9_t, t9_s[2]], 'tertiary 3259.25 / 7500.80 = 43.45% → 43.5')
S.rel('growth', C, t9_f, 'revenue 1805亿, up 315亿: 315 / (1805 − 315) = 21.14% → 21.1%')
S.rel('restatement', C, [F(T9, '7500億元'), t9_t], '“超過7500億元” (lower bound) fits 7500.80')
S.rel('share', U, [F(T9, '62403元'), F(T9, '9136美元')], 'GDP per head in yuan and dollars: the exchange rate (≈6.83) is not stated')
S.rel('sum', U, [F(T9, '821.38億元'), t9_f[0]], 'local general budget revenue 821.38 within 財政收入 1805 (“其中”): a part')
S.rel('growth', U, [F(T9, '11.1%'), t9_g], 'GDP per head +11.1% against GDP +16.5%: population growth is not stated')
S.rel('growth', U, [F(T9, '21.6%'), t9_f[2]], 'local general budget revenue +21.6% within all revenue +21.1%: a part may grow faster; the rest is not stated')
S.rel('rate', U, [t9_g, F(T9, '3.4%'), F(T9, '18.2%'), F(T9, '15.1%')], 'GDP +16.5% from the sector rates: the 2008 weights are not stated')

# ---- 天津 2010 plan: 2009 execution restated
tp_t = F(TP, '7500.8亿元'); tp_g = F(TP, '16.5%'); tp_f = F(TP, '1805亿元'); tp_r = F(TP, '21.1%')
rs_tp1 = [t9_t, tp_t]; rs_tp2 = [t9_f[2], tp_r]
S.rel('restatement', C, rs_tp1, 'cross-document: 天津 2009 GDP 7500.80亿 (bulletin) = 7500.8亿 (2010 plan)')
S.rel('restatement', C, [t9_g, tp_g], 'cross-document: 2009 GDP growth 16.5% in both')
S.rel('restatement', C, [t9_f[0], tp_f], 'cross-document: 2009 財政收入 1805亿 in both')
S.rel('restatement', C, rs_tp2, 'cross-document: 2009 財政收入 growth 21.1% in both')

# ---- 滨海新区 2016 work report (12th five-year review)
bn_r = [F(BN, '22%'), F(BN, '2.7倍')]
S.rel('growth', C, bn_r, 'revenue +22% a year over 2011–2015: 1.22^5 = 2.70 (2.65–2.76 with the half unit) → 2.7倍')
S.rel('growth', U, [F(BN, '17.9%'), F(BN, '1.9倍')], 'GDP +17.9% a year is at comparable prices (1.179^5 = 2.28), “是2010年的1.9倍” compares current-price levels: nominal against real (see ANNOTATION.md: the gap runs the wrong way for a deflator)')
S.rel('growth', U, [F(BN, '2.5万亿元'), F(BN, '2.6倍')], 'investment 2.5万亿 “是十一五时期的2.6倍”: the 11th-plan total is not stated; nothing to check')

# ---- 河北 H1 2019
hb_l = [F(HB, '6134.6亿元'), F(HB, '1893.9亿元'), F(HB, '8028.5亿元')]
hb_rt = [F(HB, '8.9%'), hb_l[0], F(HB, '8.8%'), hb_l[1], F(HB, '9.4%')]
hb_gr = [F(HB, '15.3%'), F(HB, '8.1%'), F(HB, '7.2个百分点')]
S.rel('sum', C, hb_l, '河北 H1 2019 retail: urban 6134.6 + rural 1893.9 = 8028.5')
S.rel('rate', C, hb_rt, 'retail growth rebuilt from its two parts (previous levels = level / (1 + rate)): 8028.5 / (6134.6/1.088 + 1893.9/1.094) = +8.94% (8.89–8.99) → 8.9%')
S.rel('growth', C, hb_gr, 'strategic emerging industries +15.3% “高于规模以上工业增加值增速7.2个百分点”: 15.3 − 8.1 = 7.2')
S.rel('growth', U, [F(HB, '1.9个百分点'), F(HB, '2.3个百分点')], 'services share “提高1.9个百分点, 高于第二产业2.3个百分点”: neither share is stated')
S.rel('restatement', U, [F(HB, '0.6个百分点', n=0), F(HB, '0.6个百分点', n=1)], 'GDP “增速同比加快0.6” and investment “比一季度加快0.6”: the same number for different comparisons')
S.rel('restatement', U, [F(HB, '7.2%'), hb_gr[2]], 'exports +7.2% and the 7.2-point gap of emerging industries: the same number for different indicators')
S.rel('growth', U, [hb_gr[1], F(HB, '4.9个百分点')], 'industry +8.1% “同比加快4.9个百分点”: H1 2018 is not stated')
S.rel('rate', U, [F(HB, '5.3%'), F(HB, '7.2%')], 'trade +5.3% with exports +7.2%: imports and the weights are not stated')

# ---- 石家庄 2021 work report (13th five-year review)
sj_20 = [F(SJ, '8.4'), F(SJ, '29.4'), F(SJ, '62.2')]; sj_15 = [F(SJ, '9.0'), F(SJ, '35.7'), F(SJ, '55.3')]
S.rel('sum', C, sj_20, '2020 structure 8.4 + 29.4 + 62.2 = 100.0')
S.rel('sum', C, sj_15, '2015 structure 9.0 + 35.7 + 55.3 = 100.0')
S.rel('share', I, [F(SJ, '10.8%', n=0), F(SJ, '242亿元'), F(SJ, '10.2%'), F(SJ, '2275.3亿元'), F(SJ, '41.3%')],
      'REAL discrepancy in the original (two shares of one unstated GDP): revenue grew 10.8% a year and by 242亿 over five years, so the 2020 revenue is 242 × 1.67/0.67 ≈ 603亿 (600–607), and at 10.2% of GDP that gives a GDP of 5850–5980亿; the “4+4” industries 2275.3亿 at 41.3% give 5503–5516亿. One of the shares is not of the same GDP (see ANNOTATION.md)')
S.rel('restatement', U, [F(SJ, '10.8%', n=0), F(SJ, '10.8%', n=1)], 'revenue +10.8% a year and foreign trade +10.8% a year: the same number for different indicators')

# ---- 呼和浩特 H1 2024 plan execution
hh_c = [F(HH, '两个', post='第1位'), F(HH, '两个', post='第2位'), F(HH, '4项')]
S.rel('sum', C, hh_c, '4 indicators ranked among 27 capitals: two 1st places + two 2nd places = 4')
S.rel('share', U, [F(HH, '560.1亿元'), F(HH, '1869.2亿元')], 'retail 560.1 against GDP 1869.2: different aggregates, no share stated')
S.rel('growth', U, [F(HH, '6.2%'), F(HH, '27个'), hh_c[0]], 'GDP +6.2% ranked first among 27 capitals: the other capitals’ rates are not stated; the rank cannot be checked')
S.rel('target', U, [bt_g, F(HH, '6.2%')], 'cross-document: 北京’s 2024 GDP target 5%左右 against 呼和浩特’s H1 2024 +6.2%: another place')

# ---- 内蒙古 livestock, end-June 2014 (traditional)
nh_t = F(NH, '1.29億頭只'); nh_b = F(NH, '1.14億頭只'); nh_s = F(NH, '1.01億隻'); nh_m = F(NH, '7716.8萬隻'); nh_go = F(NH, '2374.3萬隻')
nh_p = F(NH, '1516.3萬口'); nh_c = F(NH, '1078.5萬頭')
sum_nh1 = [nh_m, nh_go, nh_s]; rt_nh1 = [F(NH, '11.82%'), nh_m, F(NH, '15.72%'), nh_go, F(NH, '0.77%')]
sum_nh2 = [nh_b, nh_p, nh_t]; rt_nh2 = [F(NH, '9.27%'), nh_b, F(NH, '10.77%'), nh_p, F(NH, '0.8%')]
S.rel('sum', C, sum_nh1, 'sheep 7716.8万 + goats 2374.3万 = 10091.1万 = 1.01億 (1.005–1.015億)')
S.rel('rate', C, rt_nh1, 'sheep-and-goat growth rebuilt from its parts: 10091.1 / (7716.8/1.1572 + 2374.3/1.0077) = +11.82% (11.81–11.82)')
S.rel('sum', C, sum_nh2, '大小畜 1.14億 + pigs 1516.3萬 = 1.29億 (12866–12966萬 against 12850–12950萬)')
S.rel('rate', C, rt_nh2, 'total growth rebuilt from 大小畜 +10.77% and pigs −0.8%: 9.1% (8.3–10.0 with the half units of the two-digit 億 figures) fits 9.27%')
S.rel('sum', U, [nh_s, nh_c, nh_b], 'sheep 1.01億 + cattle 1078.5萬 = 1.118億 of 大小畜 1.14億: horses, donkeys, mules and camels are not stated; not a split')
S.rel('sum', U, [F(NH, '195.7萬頭'), F(NH, '298.4萬頭'), nh_c], 'Holstein dairy cows 195.7 within improved dairy cows 298.4 within cattle 1078.5: nested groups, not a split')

# ---- 内蒙古 sheep (新农网, simplified)
ns_a = F(NS, '10091.03万只', n=0); ns_ga = F(NS, '11.8%', n=0)
ns_pre = '  据内蒙古自治区统计局农产量调查队普查结果显示,截至6月末,内蒙古羊存栏首次突破1亿大关,达到'
ns_b = F(NS, '10091.03万只', pre=ns_pre); ns_gb = F(NS, '11.8%', pre=ns_pre + '10091.03万只,与上年相比增幅达到')
rs_ns1 = [ns_a, ns_b]; rs_ns2 = [ns_ga, ns_gb]; rs_ns3 = [nh_s, ns_a]; sum_ns = [nh_m, nh_go, ns_a]
S.rel('restatement', C, rs_ns1, 'sheep 10091.03万 stated in the abstract and the body')
S.rel('restatement', C, rs_ns2, 'growth 11.8% stated in the abstract and the body')
S.rel('restatement', C, rs_ns3, 'cross-document: 1.01億 (央视) restates 10091.03万 (新农网)')
S.rel('restatement', C, [F(NH, '11.82%'), ns_ga], 'cross-document: +11.82% and +11.8% (rounded)')
S.rel('sum', C, sum_ns, 'cross-document: sheep 7716.8 + goats 2374.3 = 10091.1万, the 新农网 total 10091.03万 within the half units')

# ---- 克什克腾旗 2013: traps and a target whose level is not stated
S.rel('growth', U, [F(KS, '1.04个百分点'), F(KS, '33.14%')], 'forest cover “提高1.04个百分点,达到33.14%”: the 2012 level follows but is not stated elsewhere; nothing to check')
S.rel('growth', U, [F(KS, '0.75个百分点'), F(KS, '48.75%')], 'grass cover “提高0.75个百分点,达到48.75%”: nothing to check')
S.rel('rate', U, [F(KS, '9.6%'), F(KS, '13.6%')], 'GDP +9.6% against industry +13.6%: the other sectors and the weights are not stated')
S.rel('target', CT, [F(KS, '133.8亿元'), F(KS, '9.6%')], '“年度经济增长预期目标圆满完成”: the adjusted target is not stated, so 9.6% cannot be compared')
S.rel('share', U, [F(KS, '79.3亿元'), F(KS, '133.8亿元')], 'industry value added 79.3 against GDP 133.8: no share stated')
S.rel('sum', U, [F(KS, '38万亩'), F(KS, '220万亩'), F(KS, '687.3万亩')], 'afforestation 38, wetland protection 220 and public-benefit forest 687.3万亩: different measures of different land, no total stated')

# ---- 察右后旗 2022: traps
S.rel('share', U, [F(CY, '75%'), F(CY, '26个')], 'projects of four sectors “拉动投资份额达到75%”: the investment base is not stated')
S.rel('sum', U, [F(CY, '12个'), F(CY, '26个')], '12 key industrial projects (≥3000万) and 26 major projects: overlapping lists, not parts of one total')
S.rel('restatement', U, [F(CY, '6.1%'), F(CY, '8.05%')], 'urban income +6.1% and rural +8.05%: different indicators; the combined rate is not stated')
S.rel('share', U, [F(CY, '118%'), F(CY, '26个')], '26 major projects “完成年度投资任务的118%”: neither the task nor the investment is stated; nothing to check')

# ================= altered copies
a = ALT(BT, 1, bt_g0, '7%左右', 'GDP target in the lead 5%左右 → 7%左右')
S.rel('restatement', I, R(a, rs_bt1, bt_g0, '7%左右'), 'altered: headline 5% vs lead 7%左右 (breaks {B})')
S.rel('restatement', I, R(a, rs_bt2, bt_g0, '7%左右'), 'altered: lead 7%左右 vs target list 5%左右 (breaks {B})')
a = ALT(BT, 2, bt_23, '5.7%', '2023 GDP growth (second mention) 5.2% → 5.7%')
S.rel('restatement', I, R(a, rs_bt3, bt_23, '5.7%'), 'altered: 5.2% vs 5.7% (breaks {B})')
S.rel('restatement', I, R(a, rs_b3g, bt_23, '5.7%'), 'altered: 5.7% vs 北京 2023r 5.2% (breaks {B})')
a = ALT(BR, 1, br_g, '4.2%左右', '2024 GDP estimate 5.2%左右 → 4.2%左右')
S.rel('target', MS, R(a, tg_g, br_g, '4.2%左右'), 'altered: 2024 GDP target 5%左右 (met at ≥ 4.5) → 4.2%左右: missed (breaks {B})')
a = ALT(BR, 2, br_h, '7%左右', 'headline 2025 GDP target 5%左右 → 7%左右')
S.rel('restatement', I, R(a, rs_br, br_h, '7%左右'), 'altered: headline 7%左右 vs body 5%左右 (breaks {B})')
a = ALT(B3, 1, b3_r, '8.7%', '2023 revenue growth 8.2% → 8.7%')
S.rel('restatement', I, R(a, rs_b3r, b3_r, '8.7%'), 'altered: 8.2% (bj_2024t_hant) vs 8.7% (breaks {B})')
a = ALT(BH, 1, bh_p[1], '3088.2亿元', 'secondary value added 3038.2 → 3088.2')
S.rel('sum', I, R(a, sum_bh, bh_p[1], '3088.2亿元'), 'altered: 41.1 + 3088.2 + 18712.1 = 21841.4, not 21791.3 (breaks {B})')
a = ALT(BH, 2, bh_p[2], '18742.1亿元', 'tertiary value added 18712.1 → 18742.1')
S.rel('sum', I, R(a, sum_bh, bh_p[2], '18742.1亿元'), 'altered: 41.1 + 3038.2 + 18742.1 = 21821.4, not 21791.3 (breaks {B})')
a = ALT(K8, 1, k8_c[1], '67个', 'public-service projects 57 → 67')
S.rel('sum', I, R(a, k8_c, k8_c[1], '67个'), 'altered: 88 + 67 + 78 + 53 = 286, not 276 (breaks {B})')
a = ALT(K8, 2, F(K8, '1184亿元', n=0), '1134亿元', 'headline investment 1184 → 1134')
S.rel('restatement', I, [P(a, '1134亿元', S.read(K8).index('1184亿元')), on(a, k8_v)], 'altered: headline 1134亿 vs body 1184亿 (breaks {B})')
a = ALT(K1, 1, k1_old, '190个', 'continuing projects in the plan paragraph 180 → 190')
S.rel('sum', I, R(a, sum_k1, k1_old, '190个'), 'altered: 120 + 190 = 310, not 100 + 100 + 100 = 300 (breaks {B})')
S.rel('restatement', I, R(a, [k1_old0, k1_old], k1_old, '190个'), 'altered: 180 continuing projects in the lead vs 190 (breaks {B})')
a = ALT(K1, 2, k1_48[2], '43个', 'new projects started (in the quote) 48 → 43')
S.rel('restatement', I, R(a, rs_k1, k1_48[2], '43个'), 'altered: 48 started (lead) vs 43 (quote) (breaks {B})')
a = ALT(T9, 1, t9_p[1], '4170.54億元', 'secondary value added 4110.54 → 4170.54')
S.rel('sum', I, R(a, sum_t9, t9_p[1], '4170.54億元'), 'altered: 131.01 + 4170.54 + 3259.25 = 7560.80, not 7500.80 (breaks {B})')
S.rel('share', I, R(a, sh_t9, t9_p[1], '4170.54億元'), 'altered: 4170.54 / 7500.80 = 55.60%, not 54.8 (breaks {B})')
a = ALT(T9, 2, t9_f[1], '345億元', 'revenue increase 315 → 345')
S.rel('growth', I, R(a, t9_f, t9_f[1], '345億元'), 'altered: 345 / (1805 − 345) = 23.6%, not 21.1% (breaks {B})')
a = ALT(TP, 1, tp_t, '7560.8亿元', '2009 GDP in the plan 7500.8 → 7560.8')
S.rel('restatement', I, R(a, rs_tp1, tp_t, '7560.8亿元'), 'altered: bulletin 7500.80 vs plan 7560.8 (breaks {B})')
a = ALT(TP, 2, tp_r, '24.1%', '2009 revenue growth in the plan 21.1% → 24.1%')
S.rel('restatement', I, R(a, rs_tp2, tp_r, '24.1%'), 'altered: bulletin 21.1% vs plan 24.1% (breaks {B})')
a = ALT(BN, 1, bn_r[1], '2.2倍', 'revenue multiple 2.7 → 2.2')
S.rel('growth', I, R(a, bn_r, bn_r[1], '2.2倍'), 'altered: 22% a year for five years gives 2.70, not 2.2倍 (breaks {B})')
a = ALT(HB, 1, hb_l[1], '1898.9亿元', 'rural retail 1893.9 → 1898.9')
S.rel('sum', I, R(a, hb_l, hb_l[1], '1898.9亿元'), 'altered: 6134.6 + 1898.9 = 8033.5, not 8028.5 (breaks {B}; the rebuilt rate, 8.87%, still rounds to 8.9)')
a = ALT(HB, 2, hb_gr[0], '15.8%', 'emerging industries growth 15.3% → 15.8%')
S.rel('growth', I, R(a, hb_gr, hb_gr[0], '15.8%'), 'altered: 15.8 − 8.1 = 7.7, not 7.2 points (breaks {B})')
a = ALT(HB, 3, hb_rt[4], '9.9%', 'rural retail growth 9.4% → 9.9%')
S.rel('rate', I, R(a, hb_rt, hb_rt[4], '9.9%'), 'altered: 8028.5 / (6134.6/1.088 + 1893.9/1.099) = +9.06%, not 8.9% (breaks {B})')
a = ALT(SJ, 1, sj_20[2], '63.2', '2020 tertiary share 62.2 → 63.2')
S.rel('sum', I, R(a, sj_20, sj_20[2], '63.2'), 'altered: 8.4 + 29.4 + 63.2 = 101.0 (breaks {B})')
a = ALT(SJ, 2, sj_15[1], '36.7', '2015 secondary share 35.7 → 36.7')
S.rel('sum', I, R(a, sj_15, sj_15[1], '36.7'), 'altered: 9.0 + 36.7 + 55.3 = 101.0 (breaks {B})')
a = ALT(HH, 1, hh_c[1], '三个', 'second places 两个 → 三个')
S.rel('sum', I, R(a, hh_c, hh_c[1], '三个'), 'altered: two 1st + three 2nd places = 5, not 4 indicators (breaks {B})')
a = ALT(NH, 1, nh_go, '2874.3萬隻', 'goats 2374.3 → 2874.3')
S.rel('sum', I, R(a, sum_nh1, nh_go, '2874.3萬隻'), 'altered: 7716.8 + 2874.3 = 10591.1万 = 1.06億, not 1.01億 (breaks {B})')
S.rel('rate', I, R(a, rt_nh1, nh_go, '2874.3萬隻'), 'altered: the parts’ growth now gives 10591.1 / (6668.5 + 2852.3) = +11.24%, not 11.82% (breaks {B})')
S.rel('sum', I, R(a, sum_ns, nh_go, '2874.3萬隻'), 'altered: 7716.8 + 2874.3 = 10591.1万, not the 新农网 10091.03万 (breaks {B})')
a = ALT(NH, 2, nh_t, '1.26億頭只', 'total livestock 1.29億 → 1.26億')
S.rel('sum', I, R(a, sum_nh2, nh_t, '1.26億頭只'), 'altered: 1.14億 + 1516.3萬 = 1.29億, not 1.26億 (12866–12966萬 against 12550–12650萬) (breaks {B})')
S.rel('rate', I, R(a, rt_nh2, nh_t, '1.26億頭只'), 'altered: 1.26億 against the rebuilt previous total (about 1.18億) is +5.6–7.3%, not 9.27% (breaks {B})')
a = ALT(NS, 1, ns_a, '10691.03万只', 'sheep in the abstract 10091.03 → 10691.03')
S.rel('restatement', I, R(a, rs_ns1, ns_a, '10691.03万只'), 'altered: abstract 10691.03万 vs body 10091.03万 (breaks {B})')
S.rel('restatement', I, R(a, rs_ns3, ns_a, '10691.03万只'), 'altered: 1.01億 (央视) vs 10691.03万 (breaks {B})')
S.rel('sum', I, R(a, sum_ns, ns_a, '10691.03万只'), 'altered: 7716.8 + 2374.3 = 10091.1万, not 10691.03万 (breaks {B})')
a = ALT(NS, 2, ns_gb, '11.3%', 'growth in the body 11.8% → 11.3%')
S.rel('restatement', I, R(a, rs_ns2, ns_gb, '11.3%'), 'altered: abstract 11.8% vs body 11.3% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout167. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout167.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout167'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

B50='bj_1950.txt'; B60='bj_1960hist.txt'; B00='bj_2000_hant.txt'; KP='bj_2014kp.txt'; H17='bj_2017h1.txt'
XC='xc_2018h1.txt'; G16='zjk_2016g.txt'; Z18='zjk_2018r.txt'; ZD='zd_1983.txt'; HG='hg_2003.txt'; TJ='tj_2022_hant.txt'; KF='tjkfq_m7.txt'
XB='xbe_1984.txt'; AB='abg_2021_hant.txt'; H20='hh_2020q1.txt'; H23='hh_2023_hant.txt'; EE='eeds_2019q3.txt'; YJ='yjhl_2017q3.txt'; NM='nmg_2023p.txt'

# ---- 北京 1950 (人民日报, 张友渔)
r_new = F(B50, '十万零八千一百二十三平方公尺'); r_old = F(B50, '九万零六百二十平方公尺'); r_d = F(B50, '一万七千五百零三平方公尺')
sum_b50 = [r_old, r_d, r_new]
S.rel('sum', C, sum_b50, '北京 1949 roads: 108123 m² in one year exceed the 90620 m² of the old regime’s 3 years 3 months by 17503: 90620 + 17503 = 108123')
S.rel('sum', U, [F(B50, '三十三万九千一百四十二吨'), F(B50, '二十余万吨')], '339142 t of refuse cleared in the year include the 二十余万吨 backlog from before liberation: a part, not a second amount')
S.rel('growth', U, [r_new, F(B50, '三年又三个月', n=0), r_old], 'one year’s 108123 m² against 90620 m² over 39 months: the yearly pace (about 3.9 times) is implied, not stated; nothing to check')

# ---- 北京 industry 1949-1960 (国史网 article)
g57a = F(B60, '23亿多元'); g49 = F(B60, '1.7亿元'); g60 = F(B60, '93亿元'); g57b = F(B60, '21亿元')
gr_b60b = [g60, g57b, F(B60, '3.4倍')]
S.rel('growth', C, [g57a, g49, F(B60, '12倍')], '1957 “23亿多” over 1949 1.7亿: ratio − 1 ≥ 23/1.7 − 1 = 12.5; with the half units (1.65–1.75, 23–24) 12.1–13.5, so “增长12倍” (11.5–12.5) stands')
S.rel('growth', C, gr_b60b, '1960 93亿 over 1957 21亿: 93/21 − 1 = 3.43 → 增加3.4倍')
S.rel('restatement', U, [g57a, g57b], '1957 industrial output “23亿多” (quote [1]) and “21亿” (source [3]): two sources, price bases not stated; not keyed as an error (see judgement calls)')
S.rel('share', U, [F(B60, '74.3%'), g57a], '现代工业 74.3% of the 1957 output: the modern-industry amount is not stated; nothing to check')

# ---- 北京 2000 / 九五 (traditional)
b_g = F(B00, '2460.5億元'); b_pc = F(B00, '2.2萬(wàn)元')
S.rel('restatement', C, [F(B00, '萬(wàn)元', pre='首次突破'), F(B00, '10349.7元')], 'income “首次突破萬元” and 10349.7元: ≥ 10000, the same figure')
S.rel('share', U, [b_g, b_pc], 'per-capita GDP 2.2万 from 2460.5亿: the population (about 1118万 implied) is not stated')
S.rel('share', U, [b_pc, F(B00, '2700美元')], '2.2万元 “折合2700美元”: the exchange rate is not stated')
S.rel('sum', U, [F(B00, '一萬(wàn)億元'), b_g], '九五 five-year total “超過一萬億” contains 2000’s 2460.5亿: the other four years are not stated')
S.rel('growth', U, [F(B00, '216.2億元'), F(B00, '1.9倍')], 'education spending 216.2亿 “比八五期間增加1.9倍”: the 八五 amount is not stated')
S.rel('growth', U, [F(B00, '11%'), F(B00, '10%')], '2000 GDP +11% and 九五 average +10%: one year against a five-year average; nothing to check')

# ---- 北京 key projects 2014/2015
kp_t200 = F(KP, '200项', n=0); kp_200 = F(KP, '200项', post='重点工程中'); kp_n15 = F(KP, '90项', n=0); kp_n14 = F(KP, '90项', n=1)
kp_inv = F(KP, '1996亿元'); kp_pl = F(KP, '2217亿元'); kp_c = F(KP, '23项'); kp_cp = F(KP, '30项', pre='竣工')
sum_kp1 = [F(KP, '110项'), kp_n15, kp_200]; sh_kp1 = [F(KP, '46项'), kp_n14, F(KP, '51%')]; sh_kp2 = [kp_c, kp_cp, F(KP, '77%')]; sh_kp3 = [kp_inv, kp_pl, F(KP, '90%')]
S.rel('restatement', C, [kp_t200, F(KP, '200项', n=1)], '2015 key projects: 200 in the headline and in the body')
S.rel('restatement', C, [F(KP, '2500亿元', n=0), F(KP, '2500亿元', n=1)], '2015 planned investment 2500亿 in the headline and in the body')
S.rel('sum', C, sum_kp1, '2015: 续建110 + 新开90 = 200 projects')
S.rel('sum', C, [F(KP, '130项'), kp_n14, F(KP, '220项')], '2014: 续建130 + 新开90 = 220 projects')
S.rel('sum', C, [kp_200, F(KP, '20项'), F(KP, '220项')], '“项目数减少了20项”: 220 − 20 = 200')
S.rel('share', C, sh_kp1, '2014 new starts 46 of the 90 planned = 51.1% → 51%')
S.rel('share', C, sh_kp2, '2014 completions 23 of the 30 planned = 76.7% → 77%')
S.rel('share', C, sh_kp3, '2014 investment 1996 of the 2217亿 planned = 90.0%')
S.rel('target', MS, [kp_n14, F(KP, '46项')], '2014 plan: 90 new starts → 46 started (missed)')
S.rel('target', MS, [kp_cp, kp_c], '2014 plan: 30 completions → 23 completed (missed)')
S.rel('target', MS, [kp_pl, kp_inv], '2014 plan: investment 2217亿 → 1996亿 (missed)')
S.rel('growth', U, [kp_n15, kp_n14, F(KP, '51项'), kp_cp], '“新开项目和竣工的数量都有所增加”: against the 2014 plan (90 = 90 new starts) the claim fails, against the 2014 outcome (46, 23) it holds; the basis is not stated (see judgement calls)')
S.rel('target', U, [F(KP, '2500亿元', n=1), kp_inv], '2015 planned 2500亿 against the 2014 result 1996亿: other period')

# ---- 北京 H1 2017 plan execution
h_i = F(H17, '6.2%'); h_re = F(H17, '6.4%'); h_s = F(H17, '43.8%'); h_d = F(H17, '5.9个百分点')
sh_h17 = [h_i, h_re, h_s, h_d]; rt_h17 = [F(H17, '9.3%', n=0), F(H17, '12.7%', n=0), F(H17, '70.5%'), F(H17, '5.6%')]
S.rel('share', C, sh_h17, 'real-estate share: last year 43.8 + 5.9 = 49.7%; 49.7 × (1 − 0.064) / 1.062 = 43.80% ✓')
S.rel('rate', C, rt_h17, 'consumption +9.3% from services +12.7% and goods +5.6%: services’ weight (9.3 − 5.6)/(12.7 − 5.6) = 0.521, contribution 0.521 × 12.7 / 9.3 = 71.2%; with the half units 69.9–72.4%, so 70.5% stands')
S.rel('target', CT, [F(H17, '6.8%'), F(H17, '0.3个百分点')], 'H1 GDP +6.8%, “高于年初预期目标0.3个百分点” (a 6.5% goal implied): half a year against the annual goal; cannot tell')
S.rel('target', CT, [F(H17, '72.3%')], '经营性土地供应 72.3% of the annual plan by mid-year: cannot tell')
S.rel('rate', U, [F(H17, '7.4%'), F(H17, '10%'), F(H17, '9.3%', n=1), F(H17, '49.7%')], 'finance, tech and IT contribute 49.7% together: their weights and the GDP rate they refer to are not combined in the text; nothing to check')
S.rel('restatement', U, [F(H17, '12.7%', n=0), F(H17, '12.7%', n=1)], '12.7%: services consumption and strategic emerging industries; same number, other indicator')
S.rel('restatement', U, [F(H17, '9.3%', n=0), F(H17, '9.3%', n=1)], '9.3%: total consumption and IT services value added; same number, other indicator')
S.rel('growth', U, [F(H17, '26.9%')], 'Jan–May trade +26.9% “增速连续5个月高于全国”: the national rates are not stated')

# ---- 西城区 H1 2018
x_r = F(XC, '501.5亿元'); x_w = F(XC, '31.6亿元'); x_l = F(XC, '418.7亿元'); x_h = F(XC, '8.3亿元'); x_c = F(XC, '42.9亿元')
sum_xc = [x_w, x_l, x_h, x_c, x_r]; sh_xc = [x_l, x_r, F(XC, '83.5%')]
rt_xc = [x_w, F(XC, '9.5%'), x_l, F(XC, '3.3%'), x_h, F(XC, '5.3%'), x_c, F(XC, '6.6%'), x_r, F(XC, '4.0%')]
S.rel('sum', C, sum_xc, 'retail sales 501.5 = 31.6 + 418.7 + 8.3 + 42.9')
S.rel('share', C, sh_xc, 'retail trade 418.7 / 501.5 = 83.49% → 83.5%')
S.rel('share', C, [F(XC, '604.9亿元'), F(XC, '605.3亿元'), F(XC, '99.9%')], '产销率 604.9 / 605.3 = 99.93% → 99.9%')
S.rel('rate', C, rt_xc, 'total +4.0% from the four trades: last year 28.86 + 405.32 + 7.88 + 40.24 = 482.31; 501.5 / 482.31 = +3.98% → 4.0%')
S.rel('sum', U, [F(XC, '14.3亿元'), F(XC, '16.9亿元'), F(XC, '42.5亿元')], '房地产 14.3 (按领域) and 建安 16.9 (按构成) of investment 42.5: two overlapping classifications, not a split')
S.rel('share', U, [F(XC, '561.9亿元'), F(XC, '605.3亿元')], 'six energy firms among the top ten: 561.9 of 605.3; no share is stated')
S.rel('rate', U, [F(XC, '220.2亿元'), F(XC, '4.1.%'), F(XC, '212.0亿元'), F(XC, '3.2%')], 'revenue +4.1% (printed “4.1.%”) and 区级税收 212.0 +3.2%: the rest and its rate are not stated')
S.rel('sum', U, [F(XC, '105.8万平方米'), F(XC, '1.4万平方米'), F(XC, '7.7万平方米')], 'floor space under construction 105.8 includes the 1.4 newly started; the 7.7 completed is another measure: not a split')

# ---- 张家口 十三五 goals (2016) and 2018 results
S.rel('target', U, [F(G16, '8%左右'), F(Z18, '7.6%')], 'cross-document: 十三五 goal “年均增长8%左右” (2016–2020) against the single year 2018 +7.6%: other period; the five-year average cannot be judged from one year')
S.rel('growth', U, [F(Z18, '18.5%'), F(Z18, '300亿元')], '全部财政收入 +18.5%, “首次突破300亿”: last year’s level is not stated')
S.rel('rate', U, [F(Z18, '18.5%'), F(Z18, '15.5%')], '全部财政收入 +18.5% contains 一般公共预算收入 +15.5%: the levels (weights) are not stated')
S.rel('share', U, [F(Z18, '76个'), F(Z18, '65个')], '65 of 76 venues started: no share is stated; nothing to check')
S.rel('restatement', U, [F(Z18, '7.3%'), F(Z18, '7.4%')], 'FDI +7.3% and investment +7.4%: neighbouring numbers, other indicators')

# ---- 正定 1983 (old text)
S.rel('restatement', C, [F(ZD, '千斤', pre='超'), F(ZD, '1000斤')], 'grain yield “亩产过‘长江’,超千斤” and “一亩地就是1000斤粮食”: the same yield, ≥ 1000斤')
S.rel('rate', U, [F(ZD, '27000万元'), F(ZD, '56%'), F(ZD, '55.3%')], '工农业 +56% with industry +55.3%: agriculture’s rate and the weights are not stated')
S.rel('growth', U, [F(ZD, '373元'), F(ZD, '75%')], 'income 373元, +75% on 1981: the 1981 level is not stated')

# ---- 汉沽区 2003 (real errors)
hg_t = F(HG, '88.8 亿元'); hg_1 = F(HG, '59.5 亿元'); hg_2 = F(HG, '7.03 亿元'); hg_3 = F(HG, '5.7 亿元'); hg_4 = F(HG, '13.7 亿元')
S.rel('sum', I, [hg_1, hg_2, hg_3, hg_4, hg_t], 'real error: 59.5 + 7.03 + 5.7 + 13.7 = 85.93, not the 88.8亿 社会总产值 (off by 2.9, far beyond rounding)')
S.rel('sum', C, [F(HG, '69.8%'), F(HG, '9.7%'), F(HG, '4.7%'), F(HG, '15.8%')], 'the printed shares add up: 69.8 + 9.7 + 4.7 + 15.8 = 100.0')
S.rel('share', I, [hg_1, hg_t, F(HG, '69.8%')], 'real error: industry 59.5 / 88.8 = 67.0%, not 69.8%')
S.rel('share', I, [hg_2, hg_t, F(HG, '9.7%')], 'real error: agriculture 7.03 / 88.8 = 7.9%, not 9.7%')
S.rel('share', I, [hg_3, hg_t, F(HG, '4.7%')], 'real error: construction 5.7 / 88.8 = 6.4%, not 4.7%')
S.rel('share', I, [hg_4, hg_t, F(HG, '15.8%')], 'real error: services 13.7 / 88.8 = 15.4%, not 15.8% (13.65–13.75 over 88.75–88.85: 15.4–15.5%)')
S.rel('share', U, [F(HG, '80%'), F(HG, '69.8%')], 'industry 80% of 国民收入 vs 69.8% of 社会总产值: other indicator')

# ---- 天津 2022 (traditional with glosses)
t_g0 = F(TJ, '16311.34', n=0); t_g = F(TJ, '16311.34', n=1); t_1 = F(TJ, '273.15'); t_2 = F(TJ, '6038.93'); t_3 = F(TJ, '9999.26')
sum_tj = [t_1, t_2, t_3, t_g]; sh_tj2 = [t_2, t_g, F(TJ, '37.0')]
S.rel('sum', C, sum_tj, '天津 2022: 273.15 + 6038.93 + 9999.26 = 16311.34亿')
S.rel('share', C, [t_1, t_g, F(TJ, '1.7', post=':')], '273.15 / 16311.34 = 1.67% → 1.7')
S.rel('share', C, sh_tj2, '6038.93 / 16311.34 = 37.02% → 37.0')
S.rel('share', C, [t_3, t_g, F(TJ, '61.3')], '9999.26 / 16311.34 = 61.30% → 61.3')
S.rel('restatement', C, [t_g0, t_g], 'GDP 16311.34亿 in the listicle’s lead and in the bulletin quote')
S.rel('restatement', C, [F(TJ, '6.9', post='千'), F(TJ, '6981.86')], '滨海 “突破6.9千億” and 6981.86亿: ≥ 6900, the same figure')
S.rel('sum', I, [F(TJ, '6981.86'), F(TJ, '11929.62'), F(TJ, '946.61'), F(TJ, '180.77'), t_g0], 'real error: four named districts already give 6981.86 + 11929.62 + 946.61 + 180.77 = 20038.86 > the city’s 16311.34; 河西 11929.62 “位居第二” behind 滨海 6981.86 cannot be right (a misplaced digit, about 1193亿?)')
S.rel('restatement', U, [F(TJ, '2.9%', n=0), F(TJ, '2.9%', n=1)], '2.9%: primary-sector value added and 農林牧漁業總產值; same number, other indicator (value added vs gross output)')
S.rel('rate', U, [F(TJ, '1.0%', n=1), F(TJ, '2.9%', n=0), F(TJ, '0.5%'), F(TJ, '1.7%')], 'GDP +1.0% from the sectors’ real rates: last year’s (constant-price) weights are not stated')
S.rel('share', U, [F(TJ, '119235元'), t_g], 'per-capita GDP 119235元: the (average) population is not stated')
S.rel('share', U, [F(TJ, '521.43'), t_1], '農林牧漁業總產值 521.43 vs primary value added 273.15: gross output and value added; no ratio to check')

# ---- 天津经开区 Jan-Jul
kf_a = F(KF, '13.2%', n=0); kf_b = F(KF, '13.2%', n=1)
rs_kf = [kf_a, kf_b]
S.rel('restatement', C, rs_kf, 'Jan–Jul investment +13.2% in the 内容提要 and in the body')
S.rel('rate', I, [F(KF, '13.9%'), F(KF, '14.4个百分点')], 'real error: projects over 5000万 grow 13.9% yet “拉动全区投资增长14.4个百分点”; a pull is weight × rate, so the weight would be 14.4/13.9 = 104% of the zone’s whole investment, impossible for a part')
S.rel('rate', U, [kf_b, F(KF, '9.1%'), F(KF, '3.9%'), F(KF, '29.5%'), F(KF, '2.6倍')], 'total +13.2% against industry, real estate, infrastructure and other services: the weights are not stated')
S.rel('growth', U, [kf_b, F(KF, '1.7个百分点', n=1), F(KF, '5.0个百分点', n=1)], '13.2% “较上半年提高1.7、较1-5月份提高5.0个百分点”: the H1 and Jan–May rates are not stated')
S.rel('growth', U, [F(KF, '250个'), F(KF, '21个')], '250 projects, 21 more than a year ago: no rate stated; nothing to check')

# ---- 新巴尔虎左旗 (1984 article)
sh_xb = [F(XB, '600,000余头'), F(XB, '181,367头'), F(XB, '30%')]
S.rel('share', I, [F(XB, '17,819平方公里'), F(XB, '20,082平方公里'), F(XB, '88.8%')], 'real error (small): pasture 17819 / 20082 = 88.73% → 88.7%, not 88.8%')
S.rel('share', C, sh_xb, 'private livestock 181367 of “600,000余” head (600000–610000): 29.7–30.2% → 30%')
S.rel('share', U, [F(XB, '16,164人'), F(XB, '37,466人')], 'pastoral population 16164 of 37466: no share is stated; nothing to check')
S.rel('growth', U, [F(XB, '289元'), F(XB, '419元'), F(XB, '466元')], 'herders’ income 289 → 419 → 466元: no rates are stated; nothing to check')

# ---- 阿巴嘎旗 2021 (traditional)
a_p = F(AB, '3.96萬(wàn)人'); a_u = F(AB, '2.38萬(wàn)人'); sh_ab = [a_u, a_p, F(AB, '60.10%')]
S.rel('share', C, sh_ab, 'urbanisation 2.38 / 3.96 = 60.10%')
S.rel('sum', C, [F(AB, '26', post='∶'), F(AB, '38', post='∶'), F(AB, '36', pre='∶')], 'sector shares 26 + 38 + 36 = 100')
S.rel('share', U, [F(AB, '43.3億元'), a_p, F(AB, '11.10萬(wàn)元')], 'per-capita GDP 11.10万: 43.3亿 / 3.96万 = 10.93万 on the year-end population; per-capita GDP uses the average population, which is not stated')
S.rel('growth', U, [F(AB, '9.8%'), F(AB, '9.7%')], 'GDP +9.8% and per-capita +9.7%: the population change is not stated')
S.rel('sum', U, [F(AB, '260千米'), F(AB, '110千米'), F(AB, '27495平方千米')], '“南北長約260、東西寬約110千米”: an extent, not a rectangle; 260 × 110 = 28600 ≠ 27495 is no error')
S.rel('share', U, [F(AB, '26985平方千米'), F(AB, '27495平方千米')], 'pasture 26985 of 27495 km²: no share is stated')

# ---- 呼和浩特 Q1 2020 industrial projects
h_pl = F(H20, '58项'); h_st = F(H20, '29项'); h_r = F(H20, '50%', pre='开复工率达', post=',')
sum_h20a = [F(H20, '31项'), F(H20, '27项'), h_pl]; sh_h20 = [h_st, h_pl, h_r]
cnt = [F(H20, '5项', pre='开发区已开复工'), F(H20, '2项', pre='土左旗已开复工'), F(H20, '8项', pre='托县已开复工'), F(H20, '2项', pre='和林县已开复工'), F(H20, '3项', pre='清水河县已开复工'),
       F(H20, '5项', pre='武川县已开复工'), F(H20, '1项', pre='玉泉区已开复工'), F(H20, '3项', pre='赛罕区已开复工'), h_st]
S.rel('sum', C, sum_h20a, '58 industrial key projects = 续建31 + 新建27')
S.rel('share', C, sh_h20, 'start rate 29 / 58 = 50%')
S.rel('sum', C, cnt, 'Q1 starts by area: 5 + 2 + 8 + 2 + 3 + 5 + 1 + 3 = 29')
S.rel('restatement', C, [F(H20, '50%', n=0), h_r], 'start rate 50% in the headline and in the body')
S.rel('target', CT, [h_pl, h_st], '58 projects planned for 2020, 29 started by end-March: the year is not over; cannot tell')
S.rel('growth', U, [h_r, F(H20, '4个百分点')], '50%, “高于去年同期4个百分点”: last year’s rate is not stated')
S.rel('share', U, [F(H20, '5项', pre='开发区已开复工'), F(H20, '8项', pre='托县已开复工'), F(H20, '5项', pre='武川县已开复工'), F(H20, '1项', pre='玉泉区已开复工'), F(H20, '50%以上')], 'four areas “开复工率已达50%以上”: their planned counts are not stated')

# ---- 呼和浩特 2023 (traditional, re-worded mirror)
S.rel('sum', U, [F(H23, '519個(gè)'), F(H23, '30個(gè)'), F(H23, '154個(gè)'), F(H23, '1100個(gè)')], 'projects over 50亿 (30) sit inside those over 10亿 (154), both inside the region-level 519 and the 1100: nested, not a split')
S.rel('sum', U, [F(H23, '1040億元'), F(H23, '337億元'), F(H23, '672億元')], 'annual plans 337 (≥50亿) and 672 (≥10亿) are nested, and both are parts of 1040: no sum to check')
S.rel('target', U, [F(H23, '10%以上'), F(H23, '20%左右')], 'investment goals: +10%以上 for the year and +20%左右 for Q1: other period; one does not check the other')
S.rel('growth', U, [F(H23, '80億元以上'), F(H23, '20%左右')], 'Q1 goal 80亿以上, +20%左右: last year’s Q1 level (about 66.7亿) is not stated')
S.rel('target', U, [F(H20, '58项'), F(H23, '1100個(gè)')], 'cross-document: 58 industrial projects (2020) and 1100 key projects (2023): other year and scope')

# ---- 鄂尔多斯 Jan-Sep 2019
e_pl = F(EE, '106项'); e_st = F(EE, '84项')
sum_ee1 = [F(EE, '43项', n=0), F(EE, '63项'), e_pl]; sum_ee2 = [F(EE, '33项'), F(EE, '51项'), e_st]; sh_ee1 = [e_st, e_pl, F(EE, '79.2%')]
S.rel('sum', C, sum_ee1, '鄂尔多斯 106 industrial key projects = 新建43 + 续建63')
S.rel('sum', C, sum_ee2, '84 started = 新建33 + 续建51')
S.rel('share', C, sh_ee1, 'start rate 84 / 106 = 79.25% → 79.2%')
S.rel('share', I, [F(EE, '207.88亿元'), F(EE, '437.68亿元'), F(EE, '47.6%')], 'real error (small): 207.88 / 437.68 = 47.50%, not 47.6%')
bq = ['东胜区', '达拉特旗', '准格尔旗', '伊金霍洛旗', '乌审旗', '杭锦旗', '鄂托克旗', '鄂托克前旗', '高新技术产业园区', '空港物流园区']
pl = [F(EE, f'{n}项', pre=f'{q}实施亿元以上重点工业项目') for q, n in zip(bq, [10, 10, 27, 9, 12, 5, 14, 11, 6, 2])]
S.rel('sum', C, pl + [e_pl], 'by banner and district: 10 + 10 + 27 + 9 + 12 + 5 + 14 + 11 + 6 + 2 = 106')
e_zg = [F(EE, '15项', pre='开复工'), pl[2], F(EE, '55.6%')]
S.rel('share', C, e_zg, '准格尔旗 15 / 27 = 55.6%')
S.rel('share', C, [F(EE, '8项', pre='开复工', post='(新建1项'), pl[3], F(EE, '88.9%')], '伊金霍洛旗 8 / 9 = 88.9%')
S.rel('share', C, [F(EE, '10项', pre='开复工', post='(新建4项目'), pl[6], F(EE, '71.4%')], '鄂托克旗 10 / 14 = 71.4%')
S.rel('sum', C, [F(EE, '13项'), F(EE, '14项', pre='续建'), pl[2]], '准格尔旗 27 = 新建13 + 续建14')
S.rel('target', CT, [F(EE, '437.68亿元'), F(EE, '207.88亿元')], 'annual plan 437.68亿, 207.88亿 done by September: the year is not over; cannot tell')
S.rel('share', U, [F(EE, '2757.05亿元'), F(EE, '437.68亿元')], 'total investment 2757.05 and this year’s plan 437.68: no rate is stated; nothing to check')

# ---- 伊金霍洛旗 to 2017-09-30
y_all = F(YJ, '204项'); y_40 = F(YJ, '40项', n=0); y_55 = F(YJ, '55项', n=0); y_109 = F(YJ, '109项', n=0)
sum_yj1 = [y_40, y_55, y_109, y_all]
sum_yj2 = [F(YJ, '1174.74亿元'), F(YJ, '313.086亿元'), F(YJ, '33.528亿元'), F(YJ, '1521.354亿元')]
sum_yj3 = [F(YJ, '137.65亿元'), F(YJ, '66.645亿元'), F(YJ, '22.423亿元'), F(YJ, '226.72亿元')]
sum_yj4 = [F(YJ, '93.63亿元'), F(YJ, '12.777亿元'), F(YJ, '16.688亿元'), F(YJ, '123.095亿元')]
sh_yj1 = [F(YJ, '123.095亿元'), F(YJ, '226.72亿元'), F(YJ, '54.3%')]; sh_yj2 = [F(YJ, '12.777亿元'), F(YJ, '66.645亿元'), F(YJ, '19.17%')]
sh_yj3 = [F(YJ, '81项'), F(YJ, '109项', n=1), F(YJ, '74.31%')]
S.rel('sum', C, sum_yj1, '伊金霍洛旗 2017: 40 + 55 + 109 = 204 projects')
S.rel('sum', C, [y_40, y_55, F(YJ, '95项')], 'projects over 1亿: 市级 40 + 旗级 55 = 95')
S.rel('sum', C, sum_yj2, 'total investment 1174.74 + 313.086 + 33.528 = 1521.354亿')
S.rel('sum', C, [F(YJ, '1174.74亿元'), F(YJ, '313.086亿元'), F(YJ, '1487.83亿元')], 'over 1亿: 1174.74 + 313.086 = 1487.826 → 1487.83亿')
S.rel('sum', C, sum_yj3, 'this year’s plan 137.65 + 66.645 + 22.423 = 226.718 → 226.72亿')
S.rel('sum', C, [F(YJ, '137.65亿元'), F(YJ, '66.645亿元'), F(YJ, '204.3亿元')], 'plan over 1亿: 137.65 + 66.645 = 204.295 → 204.3亿')
S.rel('sum', C, sum_yj4, 'done by September 93.63 + 12.777 + 16.688 = 123.095亿')
S.rel('sum', C, [F(YJ, '38项'), F(YJ, '28项', n=0), F(YJ, '81项'), F(YJ, '147项')], 'started 38 + 28 + 81 = 147')
S.rel('share', C, sh_yj1, '123.095 / 226.72 = 54.29% → 54.3%')
S.rel('share', C, [F(YJ, '147项'), y_all, F(YJ, '72.1%')], '147 / 204 = 72.06% → 72.1%')
S.rel('share', C, [F(YJ, '38项'), F(YJ, '40项', n=1), F(YJ, '95%')], '市级 38 / 40 = 95%')
S.rel('share', C, [F(YJ, '93.63亿元'), F(YJ, '137.65亿元'), F(YJ, '68%')], '市级 93.63 / 137.65 = 68.0%')
S.rel('share', C, [F(YJ, '28项', n=0), F(YJ, '55项', n=1), F(YJ, '50.9%')], '旗级 28 / 55 = 50.9%')
S.rel('share', C, sh_yj2, '旗级 12.777 / 66.645 = 19.17%')
S.rel('share', C, sh_yj3, 'small projects 81 / 109 = 74.31%')
S.rel('share', C, [F(YJ, '16.688亿元'), F(YJ, '22.423亿元'), F(YJ, '74.42%')], 'small projects 16.688 / 22.423 = 74.42%')
S.rel('sum', C, [F(YJ, '28项', n=0), F(YJ, '27项'), F(YJ, '55项', n=1)], '旗级: 28 started + 27 not started = 55')
S.rel('sum', C, [F(YJ, '22项'), F(YJ, '18项'), F(YJ, '40项', n=1)], '市级: 新建22 + 续建18 = 40')
S.rel('target', CT, [F(YJ, '226.72亿元'), F(YJ, '123.095亿元')], 'annual plan 226.72亿, 123.095亿 (54.3%) by end-September: cannot tell')
S.rel('growth', U, [F(YJ, '1174.74亿元'), F(YJ, '309.937亿元'), F(YJ, '137.65亿元')], 'total 1174.74, 309.937 done by 2016, 137.65 planned this year: a remaining amount, no rate or check stated')
S.rel('restatement', U, [pl[3], F(YJ, '204项')], 'cross-document: 伊金霍洛旗 9 industrial key projects in 鄂尔多斯’s 2019 list vs 204 projects of all kinds in 2017: other year and scope')

# ---- 内蒙古 2023 plan
n_all = F(NM, '3168个', n=2); n_pl = F(NM, '7739亿元', n=1); n_d = F(NM, '1403亿元', n=1)
sum_nm1 = [F(NM, '1077个'), F(NM, '2091个'), n_all]; sum_nm2 = [F(NM, '1364亿元'), F(NM, '6375亿元'), n_pl]
sum_nm3 = [F(NM, '1592个', n=0), F(NM, '1576个'), n_all]; sum_nm4 = [F(NM, '4118亿元'), F(NM, '3621亿元'), F(NM, '7739亿元', n=1)]
sum_nm5 = [F(NM, '166亿元'), F(NM, '1237亿元'), n_d]; sum_nm6 = [F(NM, '875亿元'), F(NM, '528亿元'), F(NM, '1403亿元', n=1)]
sh_nm = [F(NM, '972个'), F(NM, '1592个', n=1), F(NM, '61%')]
S.rel('sum', C, sum_nm1, '内蒙古 2023: government 1077 + enterprise 2091 = 3168 projects')
S.rel('sum', C, sum_nm2, 'annual plan by type: 1364 + 6375 = 7739亿')
S.rel('sum', C, sum_nm3, 'by nature: new 1592 + continuing 1576 = 3168')
S.rel('sum', C, sum_nm4, 'annual plan by nature: 4118 + 3621 = 7739亿')
S.rel('sum', C, sum_nm5, 'increase on last year by type: 166 + 1237 = 1403亿')
S.rel('sum', C, sum_nm6, 'increase by nature: 875 + 528 = 1403亿')
S.rel('share', C, sh_nm, '972 of 1592 new projects cleared = 61.06% → 61%')
S.rel('restatement', C, [F(NM, '3168个', n=0), n_all], '3168 projects in the headline and in the body')
S.rel('restatement', C, [F(NM, '7739亿元', n=0), n_pl], '7739亿 annual plan in the lead and in the body')
S.rel('sum', U, [F(NM, '52个'), F(NM, '98个'), n_all], 'projects of 100亿+ (52) and 50–100亿 (98) are size bands, a part of the 3168; no split to check')
S.rel('growth', U, [F(NM, '52个'), F(NM, '11个'), F(NM, '98个'), F(NM, '45个')], '52 (+11) and 98 (+45) on last year: no rates are stated; nothing to check')
S.rel('growth', U, [F(NM, '61%'), F(NM, '31个百分点')], 'clearance 61%, “较去年同期提高了31个百分点”: last year’s rate is not stated')
S.rel('target', CT, [n_pl, F(NM, '234.8亿元')], '7739亿 planned for 2023, 234.8亿 done by end-January: cannot tell')
S.rel('target', U, [F(EE, '437.68亿元'), n_pl], 'cross-document: 鄂尔多斯 2019 industrial plan 437.68亿 against 内蒙古 2023 plan 7739亿: other place and year')

# ---- further traps
S.rel('growth', U, [F(YJ, '313.086亿元'), F(YJ, '138.441亿元'), F(YJ, '66.645亿元')], '旗级 total 313.086, 138.441 done by 2016, 66.645 planned this year: a remaining amount, nothing stated to check it against')
S.rel('share', U, [F(NM, '3.2万亿元', n=1), n_pl], 'total investment 3.2万亿 and this year’s plan 7739亿: no rate is stated')
S.rel('restatement', U, [F(H17, '70%'), F(H17, '72.3%')], '70% of government investment released and 72.3% of the land-supply plan: other indicators, both part-year')
S.rel('rate', U, [F(H17, '4.1%'), h_i], 'private investment +4.1% inside total investment +6.2%: the weights are not stated')
S.rel('growth', U, [F(XC, '13.5%'), F(XC, '13.1%'), F(XC, '99.9%')], 'output +13.5% and sales +13.1% imply last year’s 产销率 (about 100.3%), which is not stated; nothing to check')
S.rel('share', U, [F(TJ, '6981.86'), t_g0], '滨海 6981.86 of the city’s 16311.34: no share is stated')
S.rel('share', U, [F(AB, '2.97億元'), F(AB, '13.23億元')], 'revenue 2.97亿 against spending 13.23亿: no ratio is stated')
S.rel('sum', U, [F(ZD, '3万多个'), F(ZD, '3000多个')], '专业户 “3万多” and 联合体 “3000多”: other units of organisation, no total stated')
S.rel('growth', U, [F(KF, '9.1%'), F(KF, '5.3个百分点')], 'industrial investment +9.1%, 5.3 points above H1: the H1 rate is not stated')
S.rel('restatement', U, [F(EE, '88.9%'), F(YJ, '72.1%')], 'cross-document: 伊金霍洛旗 88.9% (industrial projects, Sept 2019) vs 72.1% (all key projects, Sept 2017): other year and scope')
S.rel('rate', U, [F(B00, '10349.7元'), F(B00, '8.9%'), F(B00, '4687元'), F(B00, '7.3%')], '城乡居民 10349.7 (+8.9% real) and 农民 4687 (+7.3% real): the first is the urban figure, the rural weight is not stated; no combined rate to check')
S.rel('target', U, [F(G16, '翻一番'), F(G16, '8%左右')], 'goals: GDP “比2010年翻一番” by 2020 needs about 7.2% a year over ten years; the 2011–2015 growth is not stated, so the 8%左右 for 2016–2020 cannot be checked against it')

# ---- altered copies (each breaks the relation(s) named in its why)
a = ALT(B50, 1, r_d, '一万七千九百零三平方公尺', 'road surplus 17503 → 17903 m²')
S.rel('sum', I, R(a, sum_b50, r_d, '一万七千九百零三平方公尺'), 'altered: 90620 + 17903 = 108523, not 108123 (breaks {B})')
a = ALT(B60, 1, gr_b60b[2], '3.9倍', '1960 over 1957 增加3.4倍 → 3.9倍')
S.rel('growth', I, R(a, gr_b60b, gr_b60b[2], '3.9倍'), 'altered: 93/21 − 1 = 3.43, not 3.9 (breaks {B})')
a = ALT(KP, 1, sum_kp1[0], '140项', '2015 continuing projects 110 → 140')
S.rel('sum', I, R(a, sum_kp1, sum_kp1[0], '140项'), 'altered: 140 + 90 = 230, not 200 (breaks {B})')
a = ALT(KP, 2, kp_inv, '1916亿元', '2014 investment 1996 → 1916亿')
S.rel('share', I, R(a, sh_kp3, kp_inv, '1916亿元'), 'altered: 1916 / 2217 = 86.4%, not 90% (breaks {B})')
a = ALT(KP, 3, kp_c, '28项', '2014 completions 23 → 28')
S.rel('share', I, R(a, sh_kp2, kp_c, '28项'), 'altered: 28 / 30 = 93.3%, not 77% (breaks {B})')
a = ALT(H17, 1, h_d, '3.9个百分点', 'real-estate share fall 5.9 → 3.9 points')
S.rel('share', I, R(a, sh_h17, h_d, '3.9个百分点'), 'altered: last year 43.8 + 3.9 = 47.7%; 47.7 × 0.936 / 1.062 = 42.0%, not 43.8% (breaks {B})')
a = ALT(H17, 2, rt_h17[2], '75.5%', 'services’ contribution 70.5% → 75.5%')
S.rel('rate', I, R(a, rt_h17, rt_h17[2], '75.5%'), 'altered: the rates imply a contribution of 69.9–72.4%, not 75.5% (breaks {B})')
a = ALT(XC, 1, sh_xc[2], '88.5%', 'retail-trade share 83.5% → 88.5%')
S.rel('share', I, R(a, sh_xc, sh_xc[2], '88.5%'), 'altered: 418.7 / 501.5 = 83.5%, not 88.5% (breaks {B})')
a = ALT(XC, 2, x_w, '36.6亿元', 'wholesalers’ retail sales 31.6 → 36.6亿')
S.rel('sum', I, R(a, sum_xc, x_w, '36.6亿元'), 'altered: 36.6 + 418.7 + 8.3 + 42.9 = 506.5, not 501.5 (breaks {B})')
S.rel('rate', I, R(a, rt_xc, x_w, '36.6亿元'), 'altered: last year 33.42 + 405.32 + 7.88 + 40.24 = 486.87; 501.5 / 486.87 = +3.0%, not 4.0% (breaks {B})')
a = ALT(TJ, 1, sh_tj2[2], '37.6', 'secondary share 37.0 → 37.6')
S.rel('share', I, R(a, sh_tj2, sh_tj2[2], '37.6'), 'altered: 6038.93 / 16311.34 = 37.0%, not 37.6 (breaks {B})')
a = ALT(TJ, 2, t_1, '278.15', 'primary value added 273.15 → 278.15')
S.rel('sum', I, R(a, sum_tj, t_1, '278.15'), 'altered: 278.15 + 6038.93 + 9999.26 = 16316.34, not 16311.34 (breaks {B})')
a = ALT(KF, 1, kf_b, '13.7%', 'Jan–Jul investment growth in the body 13.2% → 13.7%')
S.rel('restatement', I, R(a, rs_kf, kf_b, '13.7%'), 'altered: 13.2% in the 内容提要, 13.7% in the body (breaks {B})')
a = ALT(XB, 1, sh_xb[1], '191,367头', 'private livestock 181367 → 191367')
S.rel('share', I, R(a, sh_xb, sh_xb[1], '191,367头'), 'altered: 191367 / 600000余 (600000–610000) = 31.4–31.9%, not 30% (breaks {B})')
a = ALT(AB, 1, a_u, '2.88萬(wàn)人', 'urban population 2.38 → 2.88万')
S.rel('share', I, R(a, sh_ab, a_u, '2.88萬(wàn)人'), 'altered: 2.88 / 3.96 = 72.7%, not 60.10% (breaks {B})')
a = ALT(H20, 1, cnt[2], '6项', '托县 starts 8 → 6')
S.rel('sum', I, R(a, cnt, cnt[2], '6项'), 'altered: 5 + 2 + 6 + 2 + 3 + 5 + 1 + 3 = 27, not 29 (breaks {B})')
a = ALT(H20, 2, sum_h20a[0], '34项', 'continuing projects 31 → 34')
S.rel('sum', I, R(a, sum_h20a, sum_h20a[0], '34项'), 'altered: 34 + 27 = 61, not 58 (breaks {B})')
a = ALT(EE, 1, sum_ee1[1], '68项', 'continuing projects 63 → 68')
S.rel('sum', I, R(a, sum_ee1, sum_ee1[1], '68项'), 'altered: 43 + 68 = 111, not 106 (breaks {B})')
a = ALT(EE, 2, e_zg[2], '58.6%', '准格尔旗 start rate 55.6% → 58.6%')
S.rel('share', I, R(a, e_zg, e_zg[2], '58.6%'), 'altered: 15 / 27 = 55.6%, not 58.6% (breaks {B})')
a = ALT(YJ, 1, sh_yj2[0], '12.177亿元', '旗级 projects done 12.777 → 12.177亿')
S.rel('sum', I, R(a, sum_yj4, sh_yj2[0], '12.177亿元'), 'altered: 93.63 + 12.177 + 16.688 = 122.495, not 123.095 (breaks {B})')
S.rel('share', I, R(a, sh_yj2, sh_yj2[0], '12.177亿元'), 'altered: 12.177 / 66.645 = 18.27%, not 19.17% (breaks {B})')
a = ALT(YJ, 2, sh_yj3[2], '79.31%', 'small projects’ start rate 74.31% → 79.31%')
S.rel('share', I, R(a, sh_yj3, sh_yj3[2], '79.31%'), 'altered: 81 / 109 = 74.31%, not 79.31% (breaks {B})')
a = ALT(NM, 1, sum_nm1[1], '2097个', 'enterprise projects 2091 → 2097')
S.rel('sum', I, R(a, sum_nm1, sum_nm1[1], '2097个'), 'altered: 1077 + 2097 = 3174, not 3168 (breaks {B})')
a = ALT(NM, 2, sum_nm6[0], '825亿元', 'new projects’ increase 875 → 825亿')
S.rel('sum', I, R(a, sum_nm6, sum_nm6[0], '825亿元'), 'altered: 825 + 528 = 1353, not 1403 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

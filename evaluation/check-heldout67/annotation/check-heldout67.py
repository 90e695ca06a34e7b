"""Check key, set check-heldout67. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout67.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout67'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

HRB='hrb_2020.txt'; SB='sb_2023.txt'; HH='hh_2020.txt'; G20='hlj_2020g.txt'; G21='hlj_2021g.txt'; H57='hlj_1957.txt'; JL='jl_2025h1.txt'
LN='ln_2016.txt'; DL='dl_2023_hant.txt'; HNG='hn_grain.txt'; HY='hy_2013.txt'; H09='hn_2009.txt'; YC='yc_2024_hant.txt'; SX='sx_2022.txt'
QXT='qx_2022t.txt'; QX='qx_2023_hant.txt'; WX='wx_2022.txt'

# ---- 哈尔滨 2020 statistical bulletin (prefecture city, 黑龙江)
rt = F(HRB, '5183.8亿元'); r1 = F(HRB, '615.8亿元'); r2 = F(HRB, '1144.5亿元'); r3 = F(HRB, '3423.5亿元')
rp1 = F(HRB, '11.9'); rp2 = F(HRB, '22.1'); rp3 = F(HRB, '66.0')
rq = [F(HRB, '11.1'), F(HRB, '22.0'), F(HRB, '66.9')]
rmy = F(HRB, '2137.4亿元'); rmyp = F(HRB, '41.2%'); rcty = F(HRB, '1174.6亿元'); rctyp = F(HRB, '22.7%')
rpop = F(HRB, '948.5万人'); rurb = F(HRB, '528.4万人'); rurbp = F(HRB, '55.7%')
sum_hrb = [r1, r2, r3, rt]
S.rel('sum', C, sum_hrb, '615.8 + 1144.5 + 3423.5 = 5183.8')
S.rel('share', C, [r1, rt, rp1], '615.8/5183.8 = 11.88% → 11.9')
S.rel('share', C, [r2, rt, rp2], '1144.5/5183.8 = 22.08% → 22.1')
S.rel('share', C, [r3, rt, rp3], '3423.5/5183.8 = 66.04% → 66.0')
S.rel('sum', C, [rp1, rp2, rp3], '2020 structure 11.9 + 22.1 + 66.0 = 100')
S.rel('sum', C, rq, '2019 structure 11.1 + 22.0 + 66.9 = 100')
S.rel('share', C, [rmy, rt, rmyp], 'private economy 2137.4/5183.8 = 41.23% → 41.2')
S.rel('share', C, [rcty, rt, rctyp], 'counties 1174.6/5183.8 = 22.66% → 22.7')
S.rel('share', C, [rurb, rpop, rurbp], 'registered urban population 528.4/948.5 = 55.71% → 55.7')
S.rel('rate', U, [r1, F(HRB, '2.1%'), r2, F(HRB, '2.3%'), r3, F(HRB, '0.4%'), rt, F(HRB, '0.6%')], 'sector real rates weighted by the stated 2019 structure give about 0.47%, stated 0.6%: weights of the chain-linked, revised 2019 accounts are not stated; not a check')
S.rel('growth', U, [rurbp, F(HRB, '5.9个')], 'urbanisation 55.7%, 5.9 points above the end of 2019: the 2019 rate is not stated')
S.rel('growth', U, [F(HRB, '54570元'), F(HRB, '0.7%'), F(HRB, '0.6%')], 'per-capita GDP (registered population) +0.7% vs GDP +0.6%: population change not stated')
S.rel('restatement', U, [rp2, rctyp], 'secondary share 22.1 vs county share 22.7 (and 2019 secondary 22.0): neighbouring shares of different things')
a = ALT(HRB, 1, r2, '1141.5亿元', 'secondary value added 1144.5 → 1141.5')
S.rel('sum', I, R(a, sum_hrb, r2, '1141.5亿元'), 'altered: parts add to 5180.8, not 5183.8 (breaks {B})')
S.rel('share', I, [on(a, r2, '1141.5亿元'), on(a, rt), on(a, rp2)], 'altered: 1141.5/5183.8 = 22.02% → 22.0, not 22.1 (breaks {B})')
a = ALT(HRB, 2, rmyp, '44.2%', 'private economy share 41.2 → 44.2')
S.rel('share', I, [on(a, rmy), on(a, rt), on(a, rmyp, '44.2%')], 'altered: 2137.4/5183.8 = 41.2%, not 44.2 (breaks {B})')
a = ALT(HRB, 3, rurbp, '57.5%', 'urbanisation 55.7 → 57.5')
S.rel('share', I, [on(a, rurb), on(a, rpop), on(a, rurbp, '57.5%')], 'altered: 528.4/948.5 = 55.7%, not 57.5 (breaks {B})')

# ---- 松北区 (哈尔滨) 2023 bulletin (district)
bt = F(SB, '600.1亿元'); b1 = F(SB, '8.2亿元'); b2 = F(SB, '218.1亿元'); b3 = F(SB, '373.8亿元')
bp1 = F(SB, '1.4', post=':'); bp2 = F(SB, '36.3'); bp3 = F(SB, '62.3')
bpop = F(SB, '36.6万人'); burb = F(SB, '23.2万人'); burbp = F(SB, '63.4%')
sum_sb = [b1, b2, b3, bt]
S.rel('sum', C, sum_sb, '8.2 + 218.1 + 373.8 = 600.1')
S.rel('share', C, [b1, bt, bp1], '8.2/600.1 = 1.37% → 1.4')
S.rel('share', C, [b2, bt, bp2], '218.1/600.1 = 36.34% → 36.3')
S.rel('share', C, [b3, bt, bp3], '373.8/600.1 = 62.29% → 62.3')
S.rel('sum', C, [bp1, bp2, bp3], '1.4 + 36.3 + 62.3 = 100')
S.rel('share', C, [burb, bpop, burbp], 'registered urban 23.2/36.6 = 63.39% → 63.4')
S.rel('sum', U, [F(SB, '6.5亿元'), F(SB, '6.8亿元'), F(SB, '0.03亿元'), F(SB, '1.3亿元'), F(SB, '14.6亿元')], 'farming + animal + fishery + services = 14.63 against 14.6: forestry is not listed (其中), so the list is not stated to be a split; not a check')
S.rel('sum', U, [F(SB, '2.1万亩'), F(SB, '34万亩'), F(SB, '3.2万亩'), F(SB, '39.4万亩')], 'rice + maize + soy = 39.3 of 39.4万亩: partial list (其中), other grain crops not stated')
S.rel('growth', U, [F(SB, '2598人'), F(SB, '14.9%')], 'new urban jobs 2598, +14.9%: the 2022 count is not stated')
S.rel('sum', U, [F(SB, '1326人'), F(SB, '778人')], 'registered unemployed 1326 and 778 card renewals: different populations, not parts')
S.rel('share', U, [bt, rt], '松北区 2023 GDP 600.1 vs 哈尔滨 2020 GDP 5183.8: the district is part of the city, but the years differ and no share is stated')
a = ALT(SB, 1, b2, '213.1亿元', 'secondary value added 218.1 → 213.1')
S.rel('sum', I, R(a, sum_sb, b2, '213.1亿元'), 'altered: parts add to 595.1, not 600.1 (breaks {B})')
S.rel('share', I, [on(a, b2, '213.1亿元'), on(a, bt), on(a, bp2)], 'altered: 213.1/600.1 = 35.5%, not 36.3 (breaks {B})')
a = ALT(SB, 2, burbp, '68.4%', 'urbanisation 63.4 → 68.4')
S.rel('share', I, [on(a, burb), on(a, bpop), on(a, burbp, '68.4%')], 'altered: 23.2/36.6 = 63.4%, not 68.4 (breaks {B})')

# ---- 黑河 2020 agriculture (prefecture city, 黑河日报 write-up of the bureau's year)
ha = F(HH, '1977.8万亩'); had = F(HH, '38.3万亩'); hag = F(HH, '2%', post='。')
S.rel('growth', C, [ha, had, hag], 'sown area 1977.8, +38.3 on 1939.5 = +1.97% → 2%')
S.rel('target', M, [F(HH, '64.42万头'), F(HH, '121.5%')], '黑河 2020 pigs in stock 64.42万头 = 121.5% of the year task: met')
S.rel('target', M, [F(HH, '94.54万头'), F(HH, '118.2%')], '黑河 2020 pigs slaughtered 94.54万头 = 118.2% of task: met')
S.rel('target', M, [F(HH, '6.94万头'), F(HH, '138.8%')], '黑河 2020 breeding sows 6.94万头 = 138.8% of task: met')
S.rel('target', M, [F(HH, '346个'), F(HH, '110%')], '黑河 2020 green/organic labels 346 = 110% of the year target: met')
S.rel('target', M, [F(HH, '655万亩'), F(HH, '100.7%')], '黑河 2020 certified area 655万亩 = 100.7% of the year target: met')
S.rel('sum', U, [F(HH, '1957.8万亩'), F(HH, '18.2万亩'), ha], 'grain 1957.8 + herbs 18.2 = 1976.0 vs all crops 1977.8: the two are not a split of all crops (other crops not stated)')
S.rel('growth', U, [had, F(HH, '51.4万亩')], 'all crops +38.3 while grain +51.4: other crops fell, by an amount not stated; not a contradiction')
S.rel('target', U, [F(HH, '4%以上'), F(HH, '9.5%')], 'expected farm output growth 4%以上 vs expected farmer income growth 9.5%: different indicators, both estimates')
a = ALT(HH, 1, had, '68.3万亩', 'sown-area increase 38.3 → 68.3')
S.rel('growth', I, [on(a, ha), on(a, had, '68.3万亩'), on(a, hag)], 'altered: +68.3 on 1909.5 = +3.6%, not 2% (breaks {B})')

# ---- 黑龙江 2020 and 2021 grain (province; consecutive news reports that restate the 2020 harvest)
g20 = F(G20, '7541万吨'); g19 = F(G20, '7503万吨'); gd = F(G20, '近40万吨'); g19j = F(G20, '1500.6亿斤'); ga20 = F(G20, '2.155亿亩以上')
g21 = F(G21, '1573.54亿斤'); g21d = F(G21, '65.34亿斤'); ga21 = F(G21, '21826.95万亩'); ga21d = F(G21, '169.35万亩')
S.rel('growth', C, [g20, g19, gd], '7541 − 7503 = 38万吨: 近40万吨')
S.rel('restatement', C, [g19, g19j], '2019 harvest 7503万吨 = 1500.6亿斤 (1亿斤 = 5万吨)')
S.rel('growth', C, [g20, g21, g21d], '2020 harvest 7541万吨 = 1508.2亿斤 (2020 report) and 1573.54 − 65.34 = 1508.20亿斤 (2021 report): the two reports agree')
S.rel('growth', C, [ga20, ga21, ga21d], '2020 area "2.155亿亩以上" (2020 report) and 21826.95 − 169.35 = 21657.6万亩 ≥ 21550 (2021 report): consistent')
S.rel('share', U, [g20, F(G20, '十分之一')], 'about one tenth of the national harvest: the national total is not stated')
S.rel('share', U, [g21, F(G21, '11.5%')], '1573.54亿斤 = 11.5% of the national harvest: the national total is not stated')
S.rel('share', U, [ga21d, F(G21, '13.07%'), g21d, F(G21, '24.47%')], 'shares of the national increases (area 13.07%, output 24.47%): national increases not stated')
S.rel('share', U, [ga21, F(G21, '12.37%'), g21, F(G21, '11.5%')], 'area share 12.37% vs output share 11.5%: different indicators; national totals not stated')
S.rel('growth', U, [F(G20, '78万亩'), ga20, ga21d], '2020 area +78万亩 and 2021 area +169.35万亩: increases of different years')
a = ALT(G20, 1, g19j, '1530.6亿斤', '2019 harvest in 亿斤 1500.6 → 1530.6')
S.rel('restatement', I, [on(a, g19), on(a, g19j, '1530.6亿斤')], 'altered: 1530.6亿斤 = 7653万吨, not 7503 (breaks {B})')
a = ALT(G20, 2, g20, '7641万吨', '2020 harvest 7541 → 7641')
S.rel('growth', I, [on(a, g20, '7641万吨'), on(a, g19), on(a, gd)], 'altered: 7641 − 7503 = 138万吨, not 近40 (breaks {B})')
S.rel('growth', I, [on(a, g20, '7641万吨'), g21, g21d], 'altered: 7641万吨 = 1528.2亿斤, but the 2021 report implies 1508.2 (breaks {B})')
a = ALT(G21, 1, g21d, '63.34亿斤', '2021 output increase 65.34 → 63.34')
S.rel('growth', I, [g20, on(a, g21), on(a, g21d, '63.34亿斤')], 'altered: 1573.54 − 63.34 = 1510.2亿斤, not the 1508.2 (7541万吨) of the 2020 report (breaks {B})')
a = ALT(G21, 2, ga21d, '469.35万亩', '2021 area increase 169.35 → 469.35')
S.rel('growth', I, [ga20, on(a, ga21), on(a, ga21d, '469.35万亩')], 'altered: 21826.95 − 469.35 = 21357.6万亩, below the 2.155亿亩以上 of the 2020 report (breaks {B})')

# ---- 黑龙江 1957 events (old text: 1956-1957 figures, written by the provincial gazetteer office, 2012)
k87 = F(H57, '87座'); k40 = F(H57, '40座'); k24 = F(H57, '24座'); k23 = F(H57, '23个')
S.rel('sum', C, [k40, k24, k23, k87], '87 plants of the first five-year plan: 40 in production by end-1956 + 24 finishing in 1957 + 23 continued in the second plan = 87')
S.rel('target', M, [F(H57, '101.8%')], '黑龙江 1956 industrial output = 101.8% of the year plan: met')
S.rel('target', CT, [F(H57, '9.5亿元'), F(H57, '2.95%')], '黑龙江 1957 local-industry output target 9.5亿元 (+2.95%): no 1957 result in the passage')
S.rel('share', U, [k40, k87, F(H57, '73%以上')], '40 of 87 plants (46%) in production vs 73%以上 of the plan investment: share of investment, not of plant count')
S.rel('growth', U, [F(H57, '21.7%'), F(H57, '2.95%')], '1956 industry +21.7% vs 1957 local-industry target +2.95%: different scope (地方工业) and year')
S.rel('growth', U, [F(H57, '101.8%'), F(H57, '21.7%')], '101.8% of plan and +21.7% on 1955: the plan and the 1955 level are not stated')
S.rel('share', U, [F(H57, '99.1%'), F(H57, '96.7%')], 'peasant households in advanced co-ops 99.1% vs handicraftsmen in co-operatives 96.7%: different populations')
a = ALT(H57, 1, k23, '28个', 'plants continued into the second plan 23 → 28')
S.rel('sum', I, [on(a, k40), on(a, k24), on(a, k23, '28个'), on(a, k87)], 'altered: 40 + 24 + 28 = 92, not 87 (breaks {B})')
a = ALT(H57, 2, k24, '21座', 'plants finishing in 1957 24 → 21')
S.rel('sum', I, [on(a, k40), on(a, k24, '21座'), on(a, k23), on(a, k87)], 'altered: 40 + 21 + 23 = 84, not 87 (breaks {B})')

# ---- 吉林市 H1 2025 (prefecture city, 吉林日报 write-up): traps only
S.rel('rate', U, [F(JL, '780 亿元'), F(JL, '6.4%'), F(JL, '4.7%'), F(JL, '7.8%'), F(JL, '6%')], 'GDP +6.4% from sector rates 4.7/7.8/6: sector levels not stated; not a check')
S.rel('share', U, [F(JL, '204 个'), F(JL, '75%')], '204 projects under way = 75% start rate: the number of planned projects (about 272) is not stated')
S.rel('growth', U, [F(JL, '484.2 万吨'), F(JL, '近 17万吨')], 'refinery throughput 484.2万吨, up nearly 17万吨: no rate stated, nothing to check')
S.rel('sum', U, [F(JL, '16 户'), F(JL, '20 户'), F(JL, '16 个'), F(JL, '13 户')], 'firms revived, firms at full output, projects started, firms upgraded: separate counts, no total')

# ---- 辽宁 2016 cities (province + 14 cities; list of GDP levels and nominal changes)
lt = F(LN, '27235'); ldl = F(LN, '8234.2'); ldg = F(LN, '+6.5%'); ltg = F(LN, '-5%', post='\n')
ls15 = F(LN, '26.8%'); ls16 = F(LN, '30.2%'); lsd = F(LN, '3.4%')
cities = [F(LN, x) for x in ('6782', '2120', '1300', '1260', '1050.1', '1000', '968.9', '955.4', '890', '780', '721', '560', '450')]
S.rel('share', C, [ldl, lt, ls16], '大连 8234.2/27235 = 30.23% → 30.2')
S.rel('growth', C, [ls16, ls15, lsd], 'share 26.8% → 30.2%: +3.4 (points, written "3.4%")')
S.rel('growth', C, [ls15, ldg, ltg, ls16], '26.8% × 1.065/0.95 = 30.04%; with the half-units of the rates (−5% is whole-percent) 29.8–30.3: contains 30.2')
S.rel('sum', U, [ldl] + cities + [lt], 'the 14 cities add to 27071.6, not 27235: city accounts are not a split of the provincial account')
S.rel('growth', U, [F(LN, '-6.74%'), F(LN, '-5.07%')], '沈阳 −6.74% vs 锦州 −5.07%: other places')
a = ALT(LN, 1, ldl, '8284.2', '大连 GDP 8234.2 → 8284.2')
S.rel('share', I, [on(a, ldl, '8284.2'), on(a, lt), on(a, ls16)], 'altered: 8284.2/27235 = 30.4%, not 30.2 (breaks {B})')
a = ALT(LN, 2, lsd, '3.9%', 'share gain 3.4 → 3.9')
S.rel('growth', I, [on(a, ls16), on(a, ls15), on(a, lsd, '3.9%')], 'altered: 30.2 − 26.8 = 3.4, not 3.9 (breaks {B})')

# ---- 大连 2023 bulletin (sub-provincial city, 辽宁; traditional script)
dt = F(DL, '8752.9億元'); d1 = F(DL, '595.9億元'); d2 = F(DL, '3715.3億元'); d3 = F(DL, '4441.7億元')
dms = F(DL, '855.6億元'); dex = F(DL, '1013.5億元'); dmsp = F(DL, '84.4%')
dpop = F(DL, '608.8萬人'); dbn = F(DL, '2.9萬人'); dbr = F(DL, '4.82‰'); ddn = F(DL, '7.3萬人'); ddr = F(DL, '11.99‰'); dnr = F(DL, '-7.17‰')
sum_dl = [d1, d2, d3, dt]
S.rel('sum', C, sum_dl, '595.9 + 3715.3 + 4441.7 = 8752.9')
S.rel('share', C, [dms, dex, dmsp], 'livelihood spending 855.6/1013.5 = 84.42% → 84.4')
S.rel('growth', C, [dbr, ddr, dnr], 'natural growth 4.82 − 11.99 = −7.17‰')
S.rel('rate', C, [ddn, dpop, ddr], 'deaths 7.3万/608.8万 = 11.99‰ (registered population)')
S.rel('rate', C, [dbn, dpop, dbr], 'births 2.9万/608.8万 = 4.76‰; with the half-unit of 2.9万 (2.85–2.95) 4.68–4.85‰: contains 4.82')
S.rel('sum', U, [F(DL, '4.97萬戶'), F(DL, '8.87萬戶'), F(DL, '13.89萬戶')], 'firms 4.97 + sole traders 8.87 = 13.84 of 13.89: other entity types (co-operatives) not stated; not a split')
S.rel('sum', U, [F(DL, '12.2億元'), F(DL, '213.8億元'), F(DL, '39.7億元'), dms], 'environment + social security + farm/water spending listed under 其中 after the livelihood total: not parts of 855.6 (environment is not a livelihood item)')
S.rel('growth', U, [F(DL, '116557元'), F(DL, '5.6%'), F(DL, '6.0%')], 'per-capita GDP +5.6% vs GDP +6.0%: resident population change not stated')
S.rel('rate', U, [F(DL, '13.89萬戶'), F(DL, '16.68%'), F(DL, '10.57%'), F(DL, '20.05%')], 'total registrations +16.68% from firms +10.57% and sole traders +20.05%: 2022 levels not stated, other types missing')
S.rel('growth', U, [ldl, dt, F(DL, '6.0%')], '大连 2016 8234.2 (辽宁 list) → 2023 8752.9: seven years, current prices and a revised base; 6.0% is the 2023 real rate')
a = ALT(DL, 1, d2, '3745.3億元', 'secondary value added 3715.3 → 3745.3')
S.rel('sum', I, R(a, sum_dl, d2, '3745.3億元'), 'altered: parts add to 8782.9, not 8752.9 (breaks {B})')
a = ALT(DL, 2, dmsp, '81.4%', 'livelihood share 84.4 → 81.4')
S.rel('share', I, [on(a, dms), on(a, dex), on(a, dmsp, '81.4%')], 'altered: 855.6/1013.5 = 84.4%, not 81.4 (breaks {B})')
a = ALT(DL, 3, dnr, '-7.71‰', 'natural growth −7.17 → −7.71')
S.rel('growth', I, [on(a, dbr), on(a, ddr), on(a, dnr, '-7.71‰')], 'altered: 4.82 − 11.99 = −7.17, not −7.71 (breaks {B})')

# ---- 湖南 grain 1949-1982 (news feature, 农伞网 2021; old figures)
n49g = F(HNG, '76.80%'); n53 = F(HNG, '1034.1万吨'); n53g = F(HNG, '61.39%'); n57 = F(HNG, '1132.4万吨')
n66 = F(HNG, '1263.3万吨'); n79 = F(HNG, '2218.2万吨'); n79g = F(HNG, '75.59%')
S.rel('growth', C, [n66, n79, n79g], '1263.3 → 2218.2: ×1.75588, +75.59%')
S.rel('growth', I, [n53, n53g, n57, n49g], 'REAL ERROR in the original: 1953 = 1034.1 = 1949 × 1.6139 gives 1949 = 640.75万吨; 1132.4/640.75 = +76.73% (76.72–76.75 with the half-units), not 76.80%')
S.rel('growth', U, [F(HNG, '2439.80万吨'), F(HNG, '10.8%')], '1982 2439.80, +10.8%: the 1981 level is not stated')
S.rel('growth', U, [n57, F(HNG, '803.40万吨')], '1957 1132.4 → 1961 803.40: no rate stated for the fall')
a = ALT(HNG, 1, n79, '2248.2万吨', '1979 grain 2218.2 → 2248.2')
S.rel('growth', I, [on(a, n66), on(a, n79, '2248.2万吨'), on(a, n79g)], 'altered: 2248.2/1263.3 = +77.96%, not 75.59 (breaks {B})')
a = ALT(HNG, 2, n66, '1236.3万吨', '1966 grain 1263.3 → 1236.3')
S.rel('growth', I, [on(a, n66, '1236.3万吨'), on(a, n79), on(a, n79g)], 'altered: 2218.2/1236.3 = +79.42%, not 75.59 (breaks {B})')

# ---- 衡阳 2013 (prefecture city, 湖南; web write-up of the bulletin)
yt = F(HY, '2169.44亿元'); y1 = F(HY, '338.41亿元'); y2 = F(HY, '1039.42亿元'); y3 = F(HY, '791.61亿元')
yp1 = F(HY, '15.6'); yp2 = F(HY, '47.9'); yp3 = F(HY, '36.5')
sum_hy = [y1, y2, y3, yt]
S.rel('sum', C, sum_hy, '338.41 + 1039.42 + 791.61 = 2169.44')
S.rel('share', C, [y1, yt, yp1], '338.41/2169.44 = 15.60% → 15.6')
S.rel('share', C, [y2, yt, yp2], '1039.42/2169.44 = 47.91% → 47.9')
S.rel('share', C, [y3, yt, yp3], '791.61/2169.44 = 36.49% → 36.5')
S.rel('sum', C, [yp1, yp2, yp3], '15.6 + 47.9 + 36.5 = 100')
S.rel('growth', C, [F(HY, '10.2%'), F(HY, '10.1%')], '衡阳 +10.2% "高于全省10.1%": 10.2 > 10.1 as stated')
S.rel('share', U, [F(HY, '913.63亿元'), yt, F(HY, '46.1%')], 'industry 913.63 is 42.1% of GDP; 46.1% is its contribution to growth: contribution is not share')
S.rel('share', U, [yt, F(HY, '43.2%')], 'share of the three 湘南 cities 43.2%: 郴州 and 永州 not stated')
S.rel('growth', U, [F(HY, '翻番'), F(HY, '13%')], 'GDP doubled since 2008 (nominal, ≈14.9% a year over 5 years) vs 13% a year (real): nominal vs real, the 2008 level not stated')
S.rel('growth', U, [F(H09, '1168.01', n=1), yt, F(HY, '13%')], '衡阳 2009 1168.01 (湖南 2009 table) → 2013 2169.44 is +16.7% a year nominal over 4 years; 13% is real and from 2008')
a = ALT(HY, 1, y2, '1069.42亿元', 'secondary value added 1039.42 → 1069.42')
S.rel('sum', I, R(a, sum_hy, y2, '1069.42亿元'), 'altered: parts add to 2199.44, not 2169.44 (breaks {B})')
S.rel('share', I, [on(a, y2, '1069.42亿元'), on(a, yt), on(a, yp2)], 'altered: 1069.42/2169.44 = 49.3%, not 47.9 (breaks {B})')
a = ALT(HY, 2, yp3, '38.5', 'tertiary share 36.5 → 38.5')
S.rel('share', I, [on(a, y3), on(a, yt), on(a, yp3, '38.5')], 'altered: 791.61/2169.44 = 36.5%, not 38.5 (breaks {B})')
S.rel('sum', I, [on(a, yp1), on(a, yp2), on(a, yp3, '38.5')], 'altered: 15.6 + 47.9 + 38.5 = 102 (breaks {B})')

# ---- 湖南 2009 cities table (web table: 14 prefectures, GDP and three sectors)
def row(city):
    t = S.read(H09); s = t.index('| ' + city + ' | ')
    line = t[s:t.index('\n', s)]
    vals = [v.strip() for v in line.split('|')[2:6]]
    out = []
    for v in vals:
        p = t.index(v, s)
        out.append(P(H09, v, p))
    return out
rows = {c: row(c) for c in ('长沙', '岳阳', '常德', '衡阳', '株洲', '郴州', '湘潭', '益阳', '张家界')}
for c, w in (('长沙', '179.37 + 1893.73 + 1671.66 = 3744.76'), ('岳阳', '190.19 + 648.80 + 433.17 = 1272.16 (1272.15 inside the half-units)'),
             ('常德', '257.39 + 531.01 + 450.83 = 1239.23'), ('衡阳', '240.49 + 500.38 + 427.14 = 1168.01'), ('张家界', '26.89 + 47.06 + 129.15 = 203.10')):
    g = rows[c]; S.rel('sum', C, g[1:] + g[:1], c + ' 2009: ' + w)
for c, w in (('郴州', '108.78 + 419.84 + 314.52 = 843.14, not 843.23 (off by 0.09)'), ('湘潭', '89.32 + 387.73 + 262.26 = 739.31, not 739.38 (off by 0.07)'),
             ('益阳', '142.88 + 223.28 + 225.41 = 591.57, not 591.62 (off by 0.05)')):
    g = rows[c]; S.rel('sum', I, g[1:] + g[:1], 'REAL ERROR in the original table: ' + c + ' 2009 ' + w + '; beyond the half-units (0.02)')
S.rel('restatement', C, [F(H09, '3744.76', n=0), rows['长沙'][0]], '长沙 2009 GDP 3744.76 in the prose and in the table')
S.rel('restatement', C, [F(H09, '1168.01', n=0), rows['衡阳'][0]], '衡阳 2009 GDP 1168.01 in the prose and in the table')
S.rel('restatement', U, [F(H09, '3744.76人民币'), F(HY, '2169.44亿元')], '长沙 2009 vs 衡阳 2013: different places and years')
a = ALT(H09, 1, rows['岳阳'][2], '643.80', '岳阳 secondary 648.80 → 643.80')
g = rows['岳阳']; S.rel('sum', I, [on(a, g[1]), on(a, g[2], '643.80'), on(a, g[3]), on(a, g[0])], 'altered: 190.19 + 643.80 + 433.17 = 1267.16, not 1272.15 (breaks {B})')
a = ALT(H09, 2, rows['常德'][3], '480.83', '常德 tertiary 450.83 → 480.83')
g = rows['常德']; S.rel('sum', I, [on(a, g[1]), on(a, g[2]), on(a, g[3], '480.83'), on(a, g[0])], 'altered: 257.39 + 531.01 + 480.83 = 1269.23, not 1239.23 (breaks {B})')
a = ALT(H09, 3, F(H09, '3744.76', n=0), '3714.76', '长沙 GDP in the prose 3744.76 → 3714.76')
S.rel('restatement', I, [on(a, F(H09, '3744.76', n=0), '3714.76'), on(a, rows['长沙'][0])], 'altered: prose 3714.76 vs table 3744.76 (breaks {B})')

# ---- 宜春 2024 bulletin (prefecture city, 江西; traditional with inline glyph pairs)
ct_ = F(YC, '3711.05億元'); c1 = F(YC, '378.40億元'); c2 = F(YC, '1463.68億元'); c3 = F(YC, '1868.98億元')
cp1 = F(YC, '10.2', post=':'); cp2 = F(YC, '39.4'); cp3 = F(YC, '50.4')
cc = [F(YC, '7.5%'), F(YC, '48.1%'), F(YC, '44.4%')]
cnp = F(YC, '2457.27億元'); cnpp = F(YC, '66.2%')
cga = F(YC, '922.06萬(wàn)畝'); cgad = F(YC, '0.31萬(wàn)畝'); cgap = F(YC, '0.03%')
cgo = F(YC, '75.14億斤'); cgod = F(YC, '0.16億斤'); cgop = F(YC, '0.2%', pre='下降')
sum_yc = [c1, c2, c3, ct_]
S.rel('sum', C, sum_yc, '378.40 + 1463.68 + 1868.98 = 3711.06; 3711.05 inside the half-units (±0.015)')
S.rel('share', C, [c1, ct_, cp1], '378.40/3711.05 = 10.20% → 10.2')
S.rel('share', C, [c2, ct_, cp2], '1463.68/3711.05 = 39.44% → 39.4')
S.rel('share', C, [c3, ct_, cp3], '1868.98/3711.05 = 50.36% → 50.4')
S.rel('sum', C, [cp1, cp2, cp3], '10.2 + 39.4 + 50.4 = 100')
S.rel('sum', C, cc, 'contributions 7.5 + 48.1 + 44.4 = 100')
S.rel('share', C, [cnp, ct_, cnpp], 'non-public economy 2457.27/3711.05 = 66.21% → 66.2')
S.rel('growth', C, [cga, cgad, cgap], 'grain area +0.31 on 921.75 = +0.034% → 0.03')
S.rel('growth', C, [cgo, cgod, cgop], 'grain output −0.16 on 75.30 = −0.21% → −0.2')
S.rel('share', U, [cc[1], cp2], 'secondary contribution 48.1% vs share 39.4%: contribution is not share')
S.rel('restatement', U, [F(YC, '4.1%'), F(YC, '4.4%', pre='增長(zhǎng)')], 'primary value added +4.1% vs farm gross output +4.4%: value added and gross output are different indicators')
S.rel('growth', U, [F(YC, '75404元'), F(YC, '6.8%'), F(YC, '6.1%')], 'per-capita GDP +6.8% vs GDP +6.1%: population change not stated')
S.rel('restatement', U, [cc[2], F(YC, '4.4%', pre='增長(zhǎng)')], 'tertiary contribution 44.4% vs farm output +4.4%: unrelated numbers sharing digits')
a = ALT(YC, 1, c2, '1493.68億元', 'secondary value added 1463.68 → 1493.68')
S.rel('sum', I, R(a, sum_yc, c2, '1493.68億元'), 'altered: parts add to 3741.06, not 3711.05 (breaks {B})')
S.rel('share', I, [on(a, c2, '1493.68億元'), on(a, ct_), on(a, cp2)], 'altered: 1493.68/3711.05 = 40.2%, not 39.4 (breaks {B})')
a = ALT(YC, 2, cnpp, '62.2%', 'non-public share 66.2 → 62.2')
S.rel('share', I, [on(a, cnp), on(a, ct_), on(a, cnpp, '62.2%')], 'altered: 2457.27/3711.05 = 66.2%, not 62.2 (breaks {B})')
a = ALT(YC, 3, cgod, '0.46億斤', 'grain output fall 0.16 → 0.46')
S.rel('growth', I, [on(a, cgo), on(a, cgod, '0.46億斤'), on(a, cgop)], 'altered: −0.46 on 75.60 = −0.6%, not −0.2 (breaks {B})')

# ---- 山西 2022 bulletin (province)
xt = F(SX, '25642.59亿元'); x1 = F(SX, '1340.40亿元'); x2 = F(SX, '13840.85亿元'); x3 = F(SX, '10461.34亿元')
xp1 = F(SX, '5.2%', post=';'); xp2 = F(SX, '54.0%'); xp3 = F(SX, '40.8%')
xpop = F(SX, '3481.35万人'); xurb = F(SX, '2226.50万人'); xurbp = F(SX, '63.96%')
xbn = F(SX, '23.51万人'); xbr = F(SX, '6.75‰'); xdn = F(SX, '26.91万人'); xdr = F(SX, '7.73‰'); xnr = F(SX, '-0.98‰')
sum_sx = [x1, x2, x3, xt]
S.rel('sum', C, sum_sx, '1340.40 + 13840.85 + 10461.34 = 25642.59')
S.rel('share', C, [x1, xt, xp1], '1340.40/25642.59 = 5.23% → 5.2')
S.rel('share', C, [x2, xt, xp2], '13840.85/25642.59 = 53.98% → 54.0')
S.rel('share', C, [x3, xt, xp3], '10461.34/25642.59 = 40.80% → 40.8')
S.rel('share', C, [xurb, xpop, xurbp], '2226.50/3481.35 = 63.955% → 63.96')
S.rel('growth', C, [xbr, xdr, xnr], 'natural growth 6.75 − 7.73 = −0.98‰')
S.rel('rate', C, [xbn, xpop, xbr], 'births 23.51万/3481.35万 = 6.75‰')
S.rel('rate', C, [xdn, xpop, xdr], 'deaths 26.91万/3481.35万 = 7.73‰')
S.rel('growth', U, [F(SX, '0.88万人'), xbn, xdn], 'population +0.88万 while births − deaths = −3.40万: migration is not stated; not a contradiction')
S.rel('rate', U, [F(SX, '73675元'), F(SX, '10954美元')], 'per-capita GDP 73675 yuan = 10954 US dollars: the 2022 average exchange rate is not stated')
S.rel('rate', U, [x1, F(SX, '5.1%'), x2, F(SX, '6.2%'), x3, F(SX, '2.7%'), xt, F(SX, '4.4%')], 'current-price levels with real sector rates: base weights not stated; not a check')
S.rel('growth', U, [xurbp, F(SX, '0.54个')], 'urbanisation +0.54 points: the 2021 rate is not stated')
a = ALT(SX, 1, x2, '13810.85亿元', 'secondary value added 13840.85 → 13810.85')
S.rel('sum', I, R(a, sum_sx, x2, '13810.85亿元'), 'altered: parts add to 25612.59, not 25642.59 (breaks {B})')
S.rel('share', I, [on(a, x2, '13810.85亿元'), on(a, xt), on(a, xp2)], 'altered: 13810.85/25642.59 = 53.86% → 53.9, not 54.0 (breaks {B})')
a = ALT(SX, 2, xbr, '6.57‰', 'birth rate 6.75 → 6.57')
S.rel('growth', I, [on(a, xbr, '6.57‰'), on(a, xdr), on(a, xnr)], 'altered: 6.57 − 7.73 = −1.16, not −0.98 (breaks {B})')
S.rel('rate', I, [on(a, xbn), on(a, xpop), on(a, xbr, '6.57‰')], 'altered: 23.51万/3481.35万 = 6.75‰, not 6.57 (breaks {B})')
a = ALT(SX, 3, xurbp, '65.96%', 'urbanisation 63.96 → 65.96')
S.rel('share', I, [on(a, xurb), on(a, xpop), on(a, xurbp, '65.96%')], 'altered: 2226.50/3481.35 = 63.96%, not 65.96 (breaks {B})')

# ---- 清徐县 (太原, 山西): 2022 targets (work report summary) and the 2023 bulletin (traditional)
qg = F(QXT, '8.5%', pre='地区生产总值增长'); qsv = F(QXT, '6%'); qrin = F(QXT, '8.5%', pre='8%和')
qt = F(QX, '353.0億元'); q1 = F(QX, '16.2億元'); q2 = F(QX, '243.1億元'); q3 = F(QX, '93.7億元')
qs = [F(QX, x) for x in ('26.3億元', '22.3億元', '1.8億元', '2.9億元', '12.6億元', '26.8億元')]
q22 = [F(QX, '4.3'), F(QX, '71.4'), F(QX, '24.3')]; q23 = [F(QX, '4.5'), F(QX, '68.9'), F(QX, '26.6')]
sum_qx = [q1, q2, q3, qt]
S.rel('sum', C, sum_qx, '16.2 + 243.1 + 93.7 = 353.0')
S.rel('sum', I, qs + [q3], 'REAL ERROR in the original: the six tertiary branches (the standard breakdown, 其他服务业 being the rest) add to 92.7, not 93.7')
S.rel('share', I, [q1, qt, q23[0]], 'REAL ERROR in the original: 16.2/353.0 = 4.59% (4.57–4.60 with the half-units) → 4.6, not 4.5; the rounded shares 4.6 + 68.9 + 26.5 already make 100, so this is not forced-sum rounding')
S.rel('share', C, [q2, qt, q23[1]], '243.1/353.0 = 68.87% → 68.9')
S.rel('share', C, [q3, qt, q23[2]], '93.7/353.0 = 26.54%; with the half-units up to 93.75/352.95 = 26.56% → 26.6: consistent only at the edge of the allowance (judgement call)')
S.rel('sum', C, q23, '2023 structure 4.5 + 68.9 + 26.6 = 100')
S.rel('sum', C, q22, '2022 structure 4.3 + 71.4 + 24.3 = 100')
S.rel('rate', U, [q1, F(QX, '5.2%'), q2, F(QX, '0.2%'), q3, F(QX, '5.6%'), qt, F(QX, '1.9%')], 'sector real rates → GDP +1.9%: 2022 weights not stated (the 2022 structure is stated, but only in shares of a revised account); not a check')
S.rel('target', U, [qg, F(QX, '1.9%')], '清徐 2022 GDP target 8.5% vs the 2023 result +1.9%: other period (the 2022 result is not in either passage)')
S.rel('target', U, [qsv, F(QX, '5.6%')], '清徐 2022 services target 6% vs 2023 tertiary +5.6%: other period')
S.rel('target', U, [qg, F(SX, '4.4%')], '清徐 2022 GDP target 8.5% vs 山西 2022 GDP +4.4%: other place')
S.rel('restatement', U, [qg, qrin], 'GDP target 8.5% and rural income target 8.5%: different indicators sharing a number')
S.rel('restatement', U, [q22[1], xp2], '清徐 2022 secondary share 71.4 vs 山西 2022 secondary share 54.0: county and province, different scopes')
a = ALT(QX, 1, q2, '248.1億元', 'secondary value added 243.1 → 248.1')
S.rel('sum', I, R(a, sum_qx, q2, '248.1億元'), 'altered: parts add to 358.0, not 353.0 (breaks {B})')
S.rel('share', I, [on(a, q2, '248.1億元'), on(a, qt), on(a, q23[1])], 'altered: 248.1/353.0 = 70.3%, not 68.9 (breaks {B})')
a = ALT(QX, 2, q22[1], '71.9', '2022 secondary share 71.4 → 71.9')
S.rel('sum', I, [on(a, q22[0]), on(a, q22[1], '71.9'), on(a, q22[2])], 'altered: 4.3 + 71.9 + 24.3 = 100.5 (breaks {B})')

# ---- 闻喜县 (运城, 山西) 2022 bulletin (county; forum copy with BBCode markup)
wt = F(WX, '2252248万元'); w1 = F(WX, '261497万元'); w2 = F(WX, '1221623万元'); w3 = F(WX, '769128万元')
wp1 = F(WX, '11.6'); wp2 = F(WX, '54.3'); wp3 = F(WX, '34.1')
sum_wx = [w1, w2, w3, wt]
S.rel('sum', C, sum_wx, '261497 + 1221623 + 769128 = 2252248')
S.rel('share', C, [w1, wt, wp1], '261497/2252248 = 11.61% → 11.6')
S.rel('share', C, [w2, wt, wp2], '1221623/2252248 = 54.24%, which rounds to 54.2; the bureau wrote 54.3 so that 11.6 + 54.3 + 34.1 = 100 (forced-sum rounding; 11.6 + 54.2 + 34.1 = 99.9): judgement call, keyed consistent as check-heldout59 did')
S.rel('share', C, [w3, wt, wp3], '769128/2252248 = 34.15% → 34.1')
S.rel('sum', C, [wp1, wp2, wp3], '11.6 + 54.3 + 34.1 = 100')
S.rel('rate', U, [w1, F(WX, '5.1%'), w2, F(WX, '8.2%'), w3, F(WX, '4.7%'), wt, F(WX, '6.4%')], 'current-price levels with real sector rates: base weights not stated; not a check')
S.rel('restatement', U, [wp2, xp2], '闻喜 secondary share 54.3 vs 山西 54.0 (same year): county and province')
S.rel('restatement', U, [F(WX, '100.8%'), F(SX, '2.1%')], '闻喜 CPI index 100.8 (+0.8%) vs 山西 CPI +2.1%: other place')
a = ALT(WX, 1, w2, '1227623万元', 'secondary value added 1221623 → 1227623')
S.rel('sum', I, R(a, sum_wx, w2, '1227623万元'), 'altered: parts add to 2258248, not 2252248 (breaks {B})')
S.rel('share', I, [on(a, w2, '1227623万元'), on(a, wt), on(a, wp2)], 'altered: 1227623/2252248 = 54.51% → 54.5, not 54.3 (breaks {B})')
a = ALT(WX, 2, wp1, '12.6', 'primary share 11.6 → 12.6')
S.rel('share', I, [on(a, w1), on(a, wt), on(a, wp1, '12.6')], 'altered: 261497/2252248 = 11.6%, not 12.6 (breaks {B})')
S.rel('sum', I, [on(a, wp1, '12.6'), on(a, wp2), on(a, wp3)], 'altered: 12.6 + 54.3 + 34.1 = 101 (breaks {B})')

# ---- further traps (within and across documents)
S.rel('share', U, [F(HRB, '553.5万人'), rpop], 'nine districts 553.5万 of 948.5万 (58.4%): no share is stated')
S.rel('rate', U, [rmy, F(HRB, '0.1%'), rcty, F(HRB, '1.6%'), rt, F(HRB, '0.6%')], 'private economy (+0.1%) and counties (+1.6%) are overlapping subsets of the city, not a split; no weighting gives a check')
S.rel('rate', U, [F(SB, '14.6亿元'), F(SB, '1.6%'), F(SB, '6.1%'), F(SB, '3.2%')], 'farm output −1.6% from farming −6.1% and animal +3.2%: real rates with base-year weights not stated')
S.rel('restatement', U, [F(SB, '1.8%', n=0), F(SB, '1.8%', n=1)], 'grain area +1.8% and maize area +1.8%: different indicators sharing a number')
S.rel('share', U, [F(HH, '103.5亿斤'), g20], '黑河 2020 grain 103.5亿斤 vs 黑龙江 2020 7541万吨 (1508.2亿斤): about 6.9%, but no share is stated')
S.rel('growth', U, [F(HH, '103.5亿斤'), F(HH, '0.1亿斤')], '黑河 grain 103.5亿斤, +0.1亿斤: no rate stated, nothing to check')
S.rel('target', U, [F(H57, '101.8%'), F(H57, '9.5亿元')], '1956 plan completion 101.8% vs the 1957 local-industry target: other year and scope')
S.rel('growth', U, [F(DL, '492.7億元'), F(DL, '18.4%'), F(DL, '750.2億元'), F(DL, '12.0%')], 'tax +18.4% within revenue +12.0%: the 2022 levels are not stated; a subset growing faster is no contradiction')
S.rel('growth', U, [F(DL, '0.1萬人'), dnr], 'registered population +0.1万 while natural growth is −7.17‰ (about −4.4万): migration is not stated')
S.rel('share', U, [F(DL, '753.9萬人'), F(DL, '82.93%')], 'urbanisation 82.93% of 753.9万 residents: the urban count is not stated')
S.rel('growth', U, [n49g, n79g], '1949–1957 +76.80% vs 1966–1979 +75.59%: different spans')
S.rel('growth', C, [F(HY, '12.8%'), F(HY, '10.2%')], 'tertiary +12.8% "高于整体经济增速" 10.2%: as stated')
S.rel('rate', U, [F(YC, '0.1%'), F(YC, '5.7%'), F(YC, '1.9%')], 'CPI +0.1% from eight categories (−1.9 … +5.7): category weights not stated')
S.rel('sum', U, [F(SX, '46.3万人'), F(SX, '48.6万人')], 'new urban jobs 46.3万 and rural labour transferred 48.6万: different measures, not parts of one total')
S.rel('restatement', U, [F(WX, '5.1%'), F(SX, '5.1%')], '闻喜 primary +5.1% vs 山西 primary +5.1% (2022): same indicator and year, other place')
S.rel('restatement', U, [F(QX, '1.9%'), F(JL, '6.4%')], '清徐 2023 GDP +1.9% vs 吉林市 H1 2025 +6.4%: other place and period')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

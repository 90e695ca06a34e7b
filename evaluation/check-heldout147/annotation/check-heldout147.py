"""Check key, set check-heldout147. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout147.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout147'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

YJ='yj_2023.txt'; ZQ='zh_2023q3_hant.txt'; ZC='zh_2023_hant.txt'; ZD='zh_2024.txt'; ZE='zh_2024b.txt'; GD='gd_2021h1.txt'
GK='gd_kp_2021.txt'; GX='gd_xian_2022_hant.txt'; GH='gx_2018_hant.txt'; GJ='gx_2018.txt'; GY='gx_2025h1.txt'; GS='gx_sugar_1978.txt'
GR='gx_1979.txt'; CZ='cz_2021.txt'; HN='hn_2018.txt'; HT='hn_2008_hant.txt'; CN='cn_2019.txt'

# ---- 阳江 (广东) 2023 bulletin
yj_pop = F(YJ, '262.47万人'); yj_pg = F(YJ, '0.1%', pre='上年增长'); yj_g = F(YJ, '1581.79亿元'); yj_gr = F(YJ, '3.8%')
yj_p = [F(YJ, '255.85亿元'), F(YJ, '602.01亿元'), F(YJ, '723.93亿元')]
yj_n = [F(YJ, '1.68万人'), F(YJ, '1.54万人'), F(YJ, '0.14万人')]; yj_nr = [F(YJ, '6.67‰'), F(YJ, '6.11‰'), F(YJ, '0.55‰')]
yj_ph = F(YJ, '60294元'); yj_phr = F(YJ, '3.7%')
sum_yj = yj_p + [yj_g]; gr_yjph = [yj_gr, yj_pg, yj_phr]
S.rel('sum', C, sum_yj, '阳江 2023: 255.85 + 602.01 + 723.93 = 1581.79亿元')
S.rel('sum', C, yj_n, 'births 1.68万 − deaths 1.54万 = natural increase 0.14万')
S.rel('growth', C, yj_nr, 'birth rate 6.67‰ − death rate 6.11‰ = 0.56, stated 0.55‰: fits with the half units (0.550–0.570 against 0.545–0.555), at the edge')
S.rel('share', C, [yj_g, yj_ph, yj_pop, yj_pg], 'GDP 1581.79亿 / 60294元 per head = 262.35万 people: between the previous year-end (262.47 / 1.001 ≈ 262.21万) and 262.47万, i.e. the average population; with the year-end 262.47万 the per-head value would be 60266 (0.05% off)')
S.rel('growth', C, gr_yjph, 'GDP per head +3.7% from GDP +3.8% and population +0.1%: 1.038 / 1.001 − 1 = 3.70% (3.59–3.80% with the half units)')
S.rel('rate', U, [yj_gr, F(YJ, '3.2%'), F(YJ, '3.0%'), F(YJ, '4.5%')], 'GDP +3.8% against the sectors’ +3.2/3.0/4.5% (comparable prices): previous-year weights are not stated; nothing to rebuild')
S.rel('growth', U, [F(YJ, '5.1%'), yj_g], '“年均增长5.1%” over 2019–2023 (a chart caption): the 2019 level is not stated; nothing to check')
S.rel('rate', U, [F(YJ, '0.8%'), F(YJ, '0.4%', n=0), F(YJ, '1.4%')], 'CPI −0.8% from services +0.4% and goods −1.4%: the weights are not stated')
S.rel('growth', U, [yj_pg, yj_nr[2]], 'resident population +0.1% against natural growth 0.55‰: migration is not stated; no relation')
S.rel('restatement', U, [F(YJ, '56.99%'), F(YJ, '40.53%')], 'urbanisation 56.99% (resident population) and 40.53% (registered population): two rates on different populations, not one figure')
S.rel('target', M, [F(YJ, '1.8万人'), F(YJ, '121.2%')], 'new urban jobs 1.8万 = 121.2% of the provincial task for 2023 (the year is over): met')
S.rel('target', M, [F(YJ, '0.18万人'), F(YJ, '115.5 %')], 'jobs for people with difficulties 0.18万 = 115.5% of the task: met')
S.rel('share', U, [F(YJ, '1.00万人'), F(YJ, '125.0%')], 're-employment 1.00万 = 125.0% of a task that is not stated (0.8万 implied): nothing to check beyond the verdict')
S.rel('sum', U, [F(YJ, '1.8万人'), F(YJ, '0.18万人')], 'jobs for people with difficulties 0.18万 and new urban jobs 1.8万: overlapping groups, not a split')

# ---- 珠海 Q1-Q3 2023 (traditional)
zq_g = F(ZQ, '3004.90億元'); zq_p = [F(ZQ, '40.56億元'), F(ZQ, '1335.99億元'), F(ZQ, '1628.35億元')]; zq_gr = F(ZQ, '3.6%')
sum_zq = zq_p + [zq_g]
S.rel('sum', C, sum_zq, '珠海 Q1–Q3 2023: 40.56 + 1335.99 + 1628.35 = 3004.90億元')
S.rel('rate', U, [zq_gr, F(ZQ, '5.3%'), F(ZQ, '5.1%', n=0), F(ZQ, '2.5%')], 'GDP +3.6% from the sectors’ +5.3/5.1/2.5%: previous-period weights not stated')
S.rel('restatement', U, [F(ZQ, '5.1%', n=0), F(ZQ, '5.1%', n=1)], 'secondary sector +5.1% and aquatic output +5.1%: same number, other indicator')
S.rel('rate', U, [F(ZQ, '5.4%'), F(ZQ, '6.5%')], 'farm output +5.4% against fishery +6.5%: a part; the other parts are not given')
S.rel('target', M, [F(ZQ, '8.98萬畝')], 'grain area 8.98萬畝 “超額完成省下達的播種任務”: the task is not stated; keyed met on the text’s word')

# ---- 珠海 2023 results and 2024 targets (report news, traditional) / 2024 results (2025 report)
zc_g = [F(ZC, '4,233.2億元', n=0), F(ZC, '4,233.2億元', n=1)]; zc_r = [F(ZC, '482.4億元', n=0), F(ZC, '482.4億元', n=1)]
zc_gr = [F(ZC, '3.8%', n=0), F(ZC, '3.8%', n=1)]; zc_pp = [F(ZC, '1.64億人次', n=0), F(ZC, '1.64億人次', n=1)]
zc_tg = F(ZC, '6%', pre='GDP增長'); zc_ti = F(ZC, '8%', pre='工業增加值增長'); zc_tf = F(ZC, '4%', pre='固定資產投資增長'); zc_tt = F(ZC, '2%', pre='進出口總額增長')
zc_108 = [F(ZC, '49家'), F(ZC, '59家'), F(ZC, '108家')]
zd_g = F(ZD, '4479.1亿元'); zd_gr = F(ZD, '3.5%'); zd_i = F(ZD, '9%', pre='增长'); zd_f = F(ZD, '18.2%'); zd_t = F(ZD, '9.4%')
zd_r = F(ZD, '475.2亿元'); zd_rr = F(ZD, '1.5%')
gr_zr = [zc_r[1], zd_r, zd_rr]
S.rel('restatement', C, zc_g, '珠海 2023 GDP 4,233.2億 in the lead and in the body')
S.rel('restatement', C, zc_r, 'budget revenue 482.4億 in the lead and in the body')
S.rel('restatement', C, zc_gr, 'GDP +3.8% in the lead and in the body')
S.rel('restatement', C, zc_pp, 'port crossings 1.64億人次 in the subheading and in the body')
S.rel('share', C, [zc_pp[1], F(ZC, '44萬人次')], '1.64億 crossings / 365 days = 44.9萬 a day: fits “日均超44萬” (a lower bound)')
S.rel('sum', C, zc_108, 'listed 49 + 新三板 59 = 108 companies')
S.rel('sum', U, [F(ZC, '一億人次'), zc_pp[1]], '拱北 “超一億人次” within the 1.64億 of all ports: the other ports are not stated')
S.rel('restatement', U, [F(ZC, '5.8%', n=0), F(ZC, '5.8%', n=1)], 'industrial value added +5.8% and market entities +5.8%: same number, other indicator')
S.rel('growth', U, [F(ZC, '5.7%', n=1), F(ZC, '5.8%', n=0)], 'industrial gross output +5.7% and industrial value added +5.8%: different indicators; nothing to check')
S.rel('target', U, [zc_tg, zc_gr[1]], 'the 2024 GDP goal +6% against the 2023 result +3.8%: other period; unrelated')
S.rel('target', MS, [zc_tg, zd_gr], 'cross-document: 2024 GDP goal +6% (January 2024 report) against the 2024 result +3.5% (February 2025 report): missed')
S.rel('target', M, [zc_ti, zd_i], 'cross-document: industrial value added goal +8% against +9%: met')
S.rel('target', MS, [zc_tf, zd_f], 'cross-document: fixed investment goal +4% against −18.2%: missed')
S.rel('target', M, [zc_tt, zd_t], 'cross-document: foreign trade goal +2% against +9.4%: met')
S.rel('growth', C, gr_zr, 'cross-document: budget revenue 482.4億 (2023) → 475.2亿 (2024): 475.2 / 482.4 − 1 = −1.49% → “下降1.5%”')
S.rel('growth', U, [zc_g[1], zd_g, zd_gr], 'cross-document: GDP 4233.2 → 4479.1 is +5.8% at current prices; the stated +3.5% is at comparable prices (nominal vs real); no check')
S.rel('growth', U, [F(ZC, '3.2%'), F(ZD, '3.6%')], 'cross-document: income per head +3.2% (2023) and +3.6% (2024): two years; nothing relates them')
S.rel('restatement', U, [zq_g, zc_g[1]], 'cross-document: Q1–Q3 GDP 3004.90 against the year’s 4233.2: other period')
S.rel('restatement', U, [zq_gr, zc_gr[1]], 'cross-document: Q1–Q3 growth +3.6% against the year’s +3.8%: other period')
S.rel('target', U, [zc_tg, zq_gr], 'cross-document: the 2024 goal +6% against Q1–Q3 2023 growth +3.6%: other period; unrelated')

# ---- 珠海 2024 overview (health site)
ze_g = F(ZE, '4479.1亿元'); ze_p = [F(ZE, '73.61亿元'), F(ZE, '1904.93亿元'), F(ZE, '2500.52亿元')]; ze_gr = F(ZE, '3.5%', n=0)
sum_ze = ze_p + [ze_g]; rs_zg = [zd_g, ze_g]
S.rel('sum', C, sum_ze, '珠海 2024: 73.61 + 1904.93 + 2500.52 = 4479.06 → 4479.1亿元')
S.rel('restatement', C, rs_zg, 'cross-document: 2024 GDP 4479.1亿 in the 2025 report and in the overview')
S.rel('restatement', C, [zd_gr, ze_gr], 'cross-document: 2024 GDP growth +3.5% in both')
S.rel('restatement', U, [ze_gr, F(ZE, '3.5%', n=1)], 'GDP +3.5% and primary sector +3.5%: same number, other indicator')
S.rel('rate', U, [ze_gr, F(ZE, '3.5%', n=1), F(ZE, '4.9%'), F(ZE, '2.4%')], 'GDP +3.5% from the sectors’ rates: weights not stated')
S.rel('growth', U, [F(ZE, '79.5%'), F(ZE, '3.2个百分点')], '“4+3” industries 79.5% of industrial value added, “提升3.2个百分点”: the previous share is not stated')
S.rel('rate', U, [zd_i, F(ZE, '35.2%'), F(ZE, '21.4%'), F(ZE, '15.9%'), F(ZE, '12.8%'), F(ZE, '7.2%')], 'cross-document: industrial value added +9% against five industries’ rates: a selection with no weights')
S.rel('growth', U, [zd_i, F(ZE, '4.9%')], 'cross-document: industrial value added above scale +9% against the secondary sector +4.9%: different scopes (above-scale industry vs industry + construction)')

# ---- 广东 H1 2021 budget execution
gd_ss = [F(GD, '4351.41亿元'), F(GD, '3297.05亿元'), F(GD, '1054.36亿元')]; gd_sp = [F(GD, '2377.72亿元'), F(GD, '1716.8亿元'), F(GD, '660.92亿元')]
gd_17 = [F(GD, '17.6%', n=0), F(GD, '17.6%', n=1), F(GD, '17.6%', n=2)]; gd_53 = [F(GD, '5.3%', n=0), F(GD, '5.3%', n=1)]
gd_119 = [F(GD, '11.9%', n=0), F(GD, '11.9%', n=1)]
S.rel('sum', C, gd_ss, '广东 H1 2021 social insurance funds: income 4351.41 − spending 3297.05 = 当期结余 1054.36亿元')
S.rel('sum', C, gd_sp, 'province-level funds: 2377.72 − 1716.8 = 660.92亿元')
S.rel('restatement', C, gd_17[:2], 'budget revenue +17.6% in the lead and in the figures')
S.rel('restatement', C, [gd_17[2], gd_17[1]], 'budget revenue +17.6% restated in the summary')
S.rel('restatement', C, gd_53, '“两年平均增长5.3%” stated twice')
S.rel('restatement', C, gd_119, 'budget spending +11.9% stated twice')
S.rel('growth', U, [gd_17[0], gd_53[0]], '+17.6% this year and a two-year average of +5.3%: the 2020 change (about −5.7%) is not stated; nothing to check')
S.rel('growth', U, [gd_53[1], F(GD, '5%', pre='增幅(')], 'revenue two-year average +5.3% “相匹配” with GDP’s +5%: different indicators, no arithmetic relation')
S.rel('sum', U, [F(GD, '1953.97亿元'), F(GD, '7599.57亿元')], 'province-level revenue 1953.97 within the whole province’s 7599.57: the city and county part is not stated')
S.rel('rate', U, [gd_17[1], F(GD, '15%', pre='增长')], 'province-level revenue +15% against the whole +17.6%: the lower levels are not stated; nothing to rebuild')
S.rel('sum', U, [F(GD, '18211.31亿元'), gd_ss[2]], 'accumulated balance 18211.31 against the half-year balance 1054.36: a stock and a flow; the opening balance is not stated')
S.rel('sum', U, [gd_sp[2], gd_ss[2]], 'province-level balance 660.92 within the whole 1054.36: the lower levels are not stated')
S.rel('target', CT, [F(GD, '9218.62亿元'), F(GD, '51.7%')], 'spending 9218.62 = 51.7% of the annual budget by June: the year is not over; cannot tell')

# ---- 广东 key projects Jan-Sep 2021
gk_s = [F(GK, '7493亿元'), F(GK, '8000亿元'), F(GK, '93.7%')]
S.rel('share', C, gk_s, '广东 key projects 2021: 7493 / 8000 = 93.66% → 93.7% (“约7493”)')
S.rel('target', CT, [F(GK, '8000亿元'), F(GK, '93.7%')], '93.7% of the annual plan by September: the year is not over; cannot tell')
S.rel('growth', U, [F(GK, '93.7%'), F(GK, '0.1个'), F(GK, '5.8个百分点')], '“分别比2020年、2019年同期高0.1个、5.8个百分点”: the earlier rates are not stated')
S.rel('sum', U, [F(GK, '183个'), F(GK, '1395个')], '183 new starts among the 1395 key projects: a subset, not a split')

# ---- a county in 广东, key projects Jan-Aug 2022 (traditional)
gx_n = [F(GX, '5宗'), F(GX, '28宗'), F(GX, '39宗'), F(GX, '72宗')]; gx_m = [F(GX, '29宗'), F(GX, '43宗'), F(GX, '72宗')]
gx_a = [F(GX, '105.66億元'), F(GX, '29.2億元'), F(GX, '134.9億元')]; gx_s = [F(GX, '134.9億元'), F(GX, '190.7億元'), F(GX, '70.78%')]
gx_rt = [F(GX, '105.66億元'), F(GX, '82.2%'), F(GX, '29.2億元'), F(GX, '47.1%'), F(GX, '190.7億元')]
gx_gr = [F(GX, '82.2%'), F(GX, '2.2個百分點'), F(GX, '47.1%'), F(GX, '32.9個百分點')]
S.rel('sum', C, gx_n, 'county key projects 2022: 5 + 28 + 39 = 72宗')
S.rel('sum', C, gx_m, '29 provincial/city + 43 county projects = 72宗')
S.rel('sum', C, gx_a, '105.66 + 29.2 = 134.86 → 134.9億元')
S.rel('share', C, gx_s, '134.9 / 190.7 = 70.74%; with the half units up to 70.78%, so the stated 70.78% fits at the edge')
S.rel('rate', C, gx_rt, 'plans rebuilt from the groups’ rates: 105.66 / 0.822 + 29.2 / 0.471 = 128.5 + 62.0 = 190.5 (190.3–190.8 with the half units) against 190.7億')
S.rel('growth', C, gx_gr, 'both gaps imply the same schedule: 82.2 − 2.2 = 80.0 = 47.1 + 32.9 (序时进度 80%)')
S.rel('target', CT, [F(GX, '190.7億元'), F(GX, '70.78%')], '70.78% of the annual plan by August: the year is not over; cannot tell')
S.rel('target', U, [F(GX, '60%'), F(GX, '120%'), F(GX, '82.2%')], 'the province’s goals for its continuing key projects (60% by June, 120% for the year) against the county’s provincial/city group at 82.2% by August: other scope and a part of the year; unrelated')
S.rel('share', U, [F(GX, '2499億元'), F(GX, '190.7億元')], 'total investment 2499億 against this year’s plan 190.7億: no share stated')
S.rel('share', U, [F(GK, '93.7%'), F(GX, '70.78%')], 'cross-document: the province 2021 (to September) against a county 2022 (to August): other place and period')

# ---- 广西 60 years (traditional spam copy, and a car-site news item)
gh_g58 = F(GH, '24.52億元'); gh_g17 = F(GH, '20396.25億元'); gh_832 = F(GH, '832倍')
gh_ph = [F(GH, '113元'), F(GH, '41955元'), F(GH, '371倍')]; gh_f = [F(GH, '4.66億元'), F(GH, '2604.32億元'), F(GH, '558倍')]
sh_gh = [gh_g17, gh_g58, gh_832]
gj_2w = F(GJ, '2万亿'); gj_832 = F(GJ, '832倍'); gj_466 = F(GJ, '4.66亿元'); gj_2600 = F(GJ, '2600亿元'); gj_113 = F(GJ, '11.3%')
gr_gj = [gj_466, gj_2600, gj_113]; rs_gf = [gh_f[1], gj_2600]
S.rel('share', C, sh_gh, '广西 GDP 2017 20396.25 / 1958 24.52 = 831.8 → “是1958年的832倍”')
S.rel('share', C, gh_ph, 'GDP per head 41955 / 113 = 371.3 → 371倍')
S.rel('growth', C, gh_f, 'fiscal revenue 2604.32 / 4.66 − 1 = 557.9 → “增長了558倍” (增长N倍 = ratio − 1)')
S.rel('sum', C, [F(GH, '51.8'), F(GH, '27.7'), F(GH, '20.5')], '1958 structure 51.8 + 27.7 + 20.5 = 100')
S.rel('sum', C, [F(GH, '14.2'), F(GH, '45.6'), F(GH, '40.2')], '2017 structure 14.2 + 45.6 + 40.2 = 100')
S.rel('growth', C, gr_gj, 'fiscal revenue 4.66亿 (1958) → 2600亿 (2017), 59 years: 557.9^(1/59) − 1 = 11.3%')
S.rel('growth', U, [F(GJ, '2万多亿元'), F(GJ, '12.5番')], 'investment “2万多亿元 … 比1958年翻了12.5番”: the 1958 level is not stated')
S.rel('restatement', U, [gj_2w, F(GJ, '2万多亿元')], 'GDP “2万亿” and investment “2万多亿元”: similar numbers, other indicators')
S.rel('restatement', C, [gh_832, gj_832], 'cross-document: “832倍” in both 60-year write-ups')
S.rel('restatement', C, [gh_f[0], gj_466], 'cross-document: 1958 fiscal revenue 4.66亿 in both')
S.rel('restatement', C, rs_gf, 'cross-document: 2017 fiscal revenue 2604.32亿 restated as the round “2600亿元” (judgement call: a round number, read to the hundred)')
S.rel('restatement', C, [gh_g17, gj_2w], 'cross-document: 2017 GDP 20396.25亿 restated as “2万亿”')

# ---- 广西 H1 2025
gy_r = [F(GY, '5.5%', n=0), F(GY, '5.5%', n=1)]
S.rel('restatement', C, gy_r, '广西 H1 2025: headline +5.5% restates the body')
S.rel('target', CT, [F(GY, '4900亿元'), F(GY, '60%')], 'new signed projects 4900亿 = 60% of the annual goal by June: cannot tell')
S.rel('target', CT, [F(GY, '1800亿元'), F(GY, '54%')], 'investment in landed projects 1800亿 = 54% of the annual goal by June: cannot tell')
S.rel('share', U, [F(GY, '4900亿元'), F(GY, '60%')], 'the annual goal behind 60% (about 8200亿) is not stated; nothing to check beyond the verdict')
S.rel('growth', U, [F(GY, '5.9%'), F(GY, '0.5个百分点')], 'income +5.9% “高于全国0.5个百分点”: the national rate is not stated')

# ---- 广西 sugar 1978 (gazetteer) and 1979 light industry (People's Daily 1980)
gs_g = [F(GS, '373.57万吨'), F(GS, '126.44万吨'), F(GS, '51.16%')]
S.rel('growth', C, gs_g, '1978 cane 373.57万吨, +126.44万吨: 373.57 / 247.13 − 1 = 51.16%')
S.rel('growth', U, [F(GS, '36.56万吨'), F(GS, '92.82%')], 'machine-made sugar 36.56万吨 +92.82%: the previous season is not stated')
S.rel('sum', U, [F(GS, '298.96万吨'), F(GS, '373.57万吨')], 'cane delivered to mills in the 1978/79 season against the 1978 cane output: other scope and period, not a part of a stated split')
S.rel('rate', U, [F(GR, '百分之九点七'), F(GR, '百分之二十四'), F(GR, '百分之二十', pre='和')], '1979 light industry +9.7% against beverage alcohol +24% and starch +20%: parts, weights not stated')
S.rel('sum', U, [F(GR, '十个'), F(GS, '71间')], 'cross-document: ten mills built in 1979 and 71 mills running in the 1978/79 season: not a split, other period')

# ---- 长洲区 (梧州) 2021 budget
cz_r = [F(CZ, '47.3%', n=0), F(CZ, '47.3%', n=1)]
S.rel('restatement', C, cz_r, '长洲 2021 fiscal revenue growth 47.3% stated twice')
S.rel('target', M, [cz_r[0], F(CZ, '37.58个百分点')], 'fiscal revenue +47.3% “超出年初预期目标37.58个百分点” (goal about 9.72%): met')
S.rel('sum', U, [F(CZ, '71531万元'), F(CZ, '166541万元')], 'budget revenue 71531 within fiscal revenue 166541 (其中): the rest is not stated')
S.rel('rate', U, [F(CZ, '47.1%'), F(CZ, '41.5%'), F(CZ, '83.9%')], 'budget revenue +47.1% from tax +41.5% and non-tax +83.9%: the levels are not stated')
S.rel('restatement', U, [F(CZ, '47.1%'), cz_r[0]], 'budget revenue +47.1% and fiscal revenue +47.3%: other indicators')

# ---- 海南 1987-2017 (2018 text) and 1988-2007 (2008 captions, traditional)
hn_g87 = F(HN, '57.28亿元'); hn_f87 = F(HN, '不到3个亿'); hn_g17 = F(HN, '4462.5亿元'); hn_f17 = F(HN, '674亿元')
hn_x = [F(HN, '21.8倍'), F(HN, '14.3倍'), F(HN, '226.8倍')]
ht_57 = F(HT, '57億元'); ht_296 = F(HT, '2.96億元')
gr_hn = [hn_f87, hn_f17, hn_x[2]]; rs_hn = [hn_g87, ht_57]; gr_ht = [ht_296, hn_f17, hn_x[2]]
S.rel('growth', U, [hn_g87, hn_g17, hn_x[0]], '海南 GDP 57.28 → 4462.5 is 77.9 times at current prices; “增长21.8倍” is at comparable prices: nominal vs real, no check')
S.rel('growth', C, gr_hn, 'local revenue 674亿 “增长226.8倍” gives a 1987 base of 674 / 227.8 = 2.96亿: fits “不到3个亿”')
S.rel('growth', U, [F(HN, '7179美元'), hn_x[1]], 'GDP per head 7179美元, “增长14.3倍”: the 1987 level is not stated (and the rate is real)')
S.rel('restatement', C, rs_hn, 'cross-document: 1987 GDP 57.28亿 restated as “建省初期的57億元”')
S.rel('growth', C, gr_ht, 'cross-document: 674 / 2.96 − 1 = 226.7 → “增长226.8倍” (226.2–227.3 with the half units)')
S.rel('restatement', C, [ht_296, hn_f87], 'cross-document: 2.96億 fits “不到3个亿”')
S.rel('restatement', U, [F(HT, '1200多億元'), hn_g17], 'cross-document: GDP “1200多億” (2007) against 4462.5亿 (2017): other year')
S.rel('restatement', U, [F(HT, '150多億元'), hn_f17], 'cross-document: local revenue “150多億” (2007) against 674亿 (2017): other year')

# ---- 国家统计局 70 years (人民网 2019)
cn_48 = [F(CN, '4.8倍', n=0), F(CN, '4.8倍', n=1)]; cn_g = F(CN, '13158亿斤'); cn_26 = F(CN, '2.6%')
gr_cn = [cn_48[1], cn_26]; cn_m = [F(CN, '339万吨'), F(CN, '6523万吨')]
gr_cnm = cn_m + [F(CN, '18.3倍')]; gr_cnm2 = cn_m + [F(CN, '4.6%')]; gr_cne = [F(CN, '10.1倍'), F(CN, '6.9%')]
S.rel('restatement', C, cn_48, 'headline “增长4.8倍” restates the body')
S.rel('growth', C, gr_cn, 'grain ×5.8 over 1949–2018 (69 years): 5.8^(1/69) − 1 = 2.58% → 2.6%')
S.rel('growth', C, [cn_g, cn_48[1], F(CN, '2000多亿斤')], '1949 level implied by 13158 / 5.8 = 2269亿斤: fits “2000多亿斤”')
S.rel('restatement', C, [F(CN, '13000亿斤'), cn_g], '“突破13000亿斤…之后的几年一直保持在这个水平”: 2018’s 13158 is above 13000')
S.rel('growth', U, [F(CN, '610万吨'), F(CN, '3433万吨'), F(CN, '11937万吨'), F(CN, '12.7倍'), F(CN, '12.4倍'), F(CN, '41.1倍')], 'cotton, oil crops, sugar crops “比1949年增长了12.7倍、12.4倍和41.1倍”: the 1949 levels are not stated')
S.rel('growth', C, [F(CN, '6.1倍'), F(CN, '3.0%')], 'timber ×7.1 over 1952–2018 (66 years): 7.1^(1/66) − 1 = 3.01%')
S.rel('growth', C, [F(CN, '9.6倍'), F(CN, '3.6%')], 'camellia seed ×10.6 over 66 years: 3.64% → 3.6%')
S.rel('growth', C, gr_cnm, 'meat 339 → 6523万吨: 19.24 times, “增长18.3倍” = 18.24; with the half units up to 18.27, so 18.3 fits at the edge')
S.rel('growth', C, gr_cnm2, 'meat 339 → 6523 over 66 years: 19.24^(1/66) − 1 = 4.58% → 4.6%')
S.rel('growth', C, gr_cne, 'eggs ×11.1 over 1982–2018 (36 years): 6.91% → 6.9%')
S.rel('growth', C, [F(CN, '25.9倍'), F(CN, '9.1%')], 'milk ×26.9 over 1980–2018 (38 years): 9.05% (9.045–9.055 with the half units) → 9.1 at the edge')
S.rel('growth', U, [F(CN, '8811万立方米'), F(CN, '263万吨')], 'timber 8811万m³ and camellia seed 263万吨: different products, no relation (the 1952 levels are not stated)')

S.rel('growth', U, [F(YJ, '0.03%'), yj_pg], '阳江 registered population +0.03% and resident population +0.1%: different populations; no relation')
S.rel('sum', U, [F(GD, '3631.5亿元'), F(GD, '3973.09亿元')], 'government-fund income 3631.5 and spending 3973.09: no balance is stated; a difference nobody states is not a check')
S.rel('growth', U, [F(GY, '4900亿元'), F(GY, '24.6%')], 'new signed investment 超4900亿 +24.6%: last year’s level is not stated')
S.rel('sum', U, [F(HN, '350万平方公里')], 'the South China Sea 350万km² “比其余三大海域面积总和还要广阔”: the other seas’ areas are not stated; nothing to check')
S.rel('growth', U, [F(CZ, '2%', pre='2020年的'), cz_r[1]], 'fiscal revenue growth “由2020年的2%转为2021年的47.3%”: two years’ rates, no levels; nothing to check')

# ---- altered copies
a = ALT(YJ, 1, yj_p[1], '632.01亿元', 'secondary value added 602.01 → 632.01')
S.rel('sum', I, R(a, sum_yj, yj_p[1], '632.01亿元'), 'altered: 255.85 + 632.01 + 723.93 = 1611.79, not 1581.79 (breaks {B})')
a = ALT(YJ, 2, yj_n[2], '0.19万人', 'natural increase 0.14万 → 0.19万')
S.rel('sum', I, R(a, yj_n, yj_n[2], '0.19万人'), 'altered: 1.68 − 1.54 = 0.14万, not 0.19万 (breaks {B})')
a = ALT(YJ, 3, yj_phr, '3.2%', 'GDP per head growth 3.7% → 3.2%')
S.rel('growth', I, R(a, gr_yjph, yj_phr, '3.2%'), 'altered: 1.038 / 1.001 − 1 = 3.7%, not 3.2% (breaks {B})')
a = ALT(ZQ, 1, zq_p[1], '1385.99億元', 'secondary value added 1335.99 → 1385.99')
S.rel('sum', I, R(a, sum_zq, zq_p[1], '1385.99億元'), 'altered: 40.56 + 1385.99 + 1628.35 = 3054.90, not 3004.90 (breaks {B})')
a = ALT(ZC, 1, zc_r[1], '487.4億元', 'body budget revenue 482.4 → 487.4')
S.rel('restatement', I, R(a, zc_r, zc_r[1], '487.4億元'), 'altered: lead 482.4億 against body 487.4億 (breaks {B})')
S.rel('growth', I, R(a, gr_zr, zc_r[1], '487.4億元'), 'altered, cross-document: 475.2 / 487.4 − 1 = −2.5%, not −1.5% (breaks {B})')
a = ALT(ZC, 2, zc_108[0], '46家', 'listed companies 49 → 46')
S.rel('sum', I, R(a, zc_108, zc_108[0], '46家'), 'altered: 46 + 59 = 105, not 108 (breaks {B})')
a = ALT(ZD, 1, zd_r, '478.2亿元', '2024 budget revenue 475.2 → 478.2')
S.rel('growth', I, R(a, gr_zr, zd_r, '478.2亿元'), 'altered, cross-document: 478.2 / 482.4 − 1 = −0.9%, not −1.5% (breaks {B})')
a = ALT(ZD, 2, zd_g, '4419.1亿元', '2024 GDP 4479.1 → 4419.1')
S.rel('restatement', I, R(a, rs_zg, zd_g, '4419.1亿元'), 'altered, cross-document: 4419.1亿 in the report against 4479.1亿 in the overview (breaks {B})')
a = ALT(ZE, 1, ze_p[1], '1934.93亿元', 'secondary value added 1904.93 → 1934.93')
S.rel('sum', I, R(a, sum_ze, ze_p[1], '1934.93亿元'), 'altered: 73.61 + 1934.93 + 2500.52 = 4509.06, not 4479.1 (breaks {B})')
a = ALT(GD, 1, gd_ss[2], '1084.36亿元', 'social insurance balance 1054.36 → 1084.36')
S.rel('sum', I, R(a, gd_ss, gd_ss[2], '1084.36亿元'), 'altered: 4351.41 − 3297.05 = 1054.36, not 1084.36 (breaks {B})')
a = ALT(GD, 2, gd_sp[2], '690.92亿元', 'province-level balance 660.92 → 690.92')
S.rel('sum', I, R(a, gd_sp, gd_sp[2], '690.92亿元'), 'altered: 2377.72 − 1716.8 = 660.92, not 690.92 (breaks {B})')
a = ALT(GD, 3, gd_119[1], '11.6%', 'spending growth in the summary 11.9% → 11.6%')
S.rel('restatement', I, R(a, gd_119, gd_119[1], '11.6%'), 'altered: spending +11.9% in the figures, +11.6% in the summary (breaks {B})')
a = ALT(GK, 1, gk_s[0], '7423亿元', 'investment to September 7493 → 7423')
S.rel('share', I, R(a, gk_s, gk_s[0], '7423亿元'), 'altered: 7423 / 8000 = 92.8%, not 93.7% (breaks {B})')
a = ALT(GX, 1, gx_n[2], '36宗', 'new-start projects 39 → 36')
S.rel('sum', I, R(a, gx_n, gx_n[2], '36宗'), 'altered: 5 + 28 + 36 = 69, not 72 (breaks {B})')
a = ALT(GX, 2, gx_a[1], '24.2億元', 'county projects’ investment 29.2 → 24.2')
S.rel('sum', I, R(a, gx_a, gx_a[1], '24.2億元'), 'altered: 105.66 + 24.2 = 129.86, not 134.9 (breaks {B})')
S.rel('rate', I, R(a, gx_rt, gx_a[1], '24.2億元'), 'altered: plans 105.66 / 0.822 + 24.2 / 0.471 = 179.9, not 190.7 (breaks {B})')
a = ALT(GX, 3, gx_gr[3], '38.9個百分點', 'county group gap 32.9 → 38.9 points')
S.rel('growth', I, R(a, gx_gr, gx_gr[3], '38.9個百分點'), 'altered: 82.2 − 2.2 = 80.0 but 47.1 + 38.9 = 86.0: the two gaps no longer give one schedule (breaks {B})')
a = ALT(GH, 1, gh_g58, '29.52億元', '1958 GDP 24.52 → 29.52')
S.rel('share', I, R(a, sh_gh, gh_g58, '29.52億元'), 'altered: 20396.25 / 29.52 = 691, not 832 (breaks {B})')
a = ALT(GH, 2, gh_f[1], '2804.32億元', '2017 fiscal revenue 2604.32 → 2804.32')
S.rel('growth', I, R(a, gh_f, gh_f[1], '2804.32億元'), 'altered: 2804.32 / 4.66 − 1 = 600.8, not 558 (breaks {B})')
S.rel('restatement', I, R(a, rs_gf, gh_f[1], '2804.32億元'), 'altered, cross-document: 2804.32亿 against the round 2600亿 (breaks {B})')
a = ALT(GJ, 1, gj_113, '13.3%', 'fiscal revenue average growth 11.3% → 13.3%')
S.rel('growth', I, R(a, gr_gj, gj_113, '13.3%'), 'altered: 4.66 → 2600 over 59 years is 11.3% a year, not 13.3% (breaks {B})')
a = ALT(GY, 1, gy_r[1], '5.8%', 'body GDP growth 5.5% → 5.8%')
S.rel('restatement', I, R(a, gy_r, gy_r[1], '5.8%'), 'altered: headline +5.5% against body +5.8% (breaks {B})')
a = ALT(GS, 1, gs_g[1], '136.44万吨', 'increase in cane output 126.44 → 136.44')
S.rel('growth', I, R(a, gs_g, gs_g[1], '136.44万吨'), 'altered: 373.57 / (373.57 − 136.44) − 1 = 57.5%, not 51.16% (breaks {B})')
a = ALT(CZ, 1, cz_r[1], '41.3%', 'second statement of fiscal revenue growth 47.3% → 41.3%')
S.rel('restatement', I, R(a, cz_r, cz_r[1], '41.3%'), 'altered: fiscal revenue +47.3%, later +41.3% (breaks {B})')
a = ALT(HN, 1, hn_f17, '874亿元', '2017 local revenue 674 → 874')
S.rel('growth', I, R(a, gr_hn, hn_f17, '874亿元'), 'altered: 874 / 227.8 = 3.84亿 base, not “不到3个亿” (breaks {B})')
S.rel('growth', I, R(a, gr_ht, hn_f17, '874亿元'), 'altered, cross-document: 874 / 2.96 − 1 = 294, not 226.8倍 (breaks {B})')
a = ALT(HN, 2, hn_g87, '51.28亿元', '1987 GDP 57.28 → 51.28')
S.rel('restatement', I, R(a, rs_hn, hn_g87, '51.28亿元'), 'altered, cross-document: 51.28亿 against “建省初期的57億元” (breaks {B})')
a = ALT(HT, 1, ht_296, '2.36億元', 'revenue at the founding 2.96 → 2.36')
S.rel('growth', I, R(a, gr_ht, ht_296, '2.36億元'), 'altered, cross-document: 674 / 2.36 − 1 = 284.6, not 226.8倍 (breaks {B})')
a = ALT(CN, 1, cn_26, '2.9%', 'grain average growth 2.6% → 2.9%')
S.rel('growth', I, R(a, gr_cn, cn_26, '2.9%'), 'altered: 5.8^(1/69) − 1 = 2.6%, not 2.9% (breaks {B})')
a = ALT(CN, 2, cn_m[1], '7523万吨', '2018 meat output 6523 → 7523')
S.rel('growth', I, R(a, gr_cnm, cn_m[1], '7523万吨'), 'altered: 7523 / 339 − 1 = 21.2, not 18.3倍 (breaks {B})')
S.rel('growth', I, R(a, gr_cnm2, cn_m[1], '7523万吨'), 'altered: 22.19^(1/66) − 1 = 4.8%, not 4.6% (breaks {B})')
a = ALT(CN, 3, gr_cne[1], '6.3%', 'egg average growth 6.9% → 6.3%')
S.rel('growth', I, R(a, gr_cne, gr_cne[1], '6.3%'), 'altered: 11.1^(1/36) − 1 = 6.9%, not 6.3% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout130. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout130.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout130'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

MH='mh_2012.txt'; YP='yp_2012.txt'; YH='yp_2012h1.txt'; SH='sh_2011.txt'; TK='tk_2021.txt'; SQ='sq_2021h1.txt'; WJ='wj_2023m4.txt'
JQ='js_2023q3_hant.txt'; JK='js_kp_h1.txt'; YC='yc_2020.txt'; LS='ls_2018.txt'; LT='ls_2020t_hant.txt'; SD='sd_2024q1.txt'
LC='lc_2019.txt'; WF='wf_yb.txt'; FH='fj_2020h1_hant.txt'; FJ='fj_2021h1.txt'

# ---- 闵行区 2012 (work report)
mh_t = F(MH, '1594 亿元'); mh_3 = F(MH, '618 亿元'); mh_s = F(MH, '38.8%')
mh_h = [F(MH, '1130 亿元'), F(MH, '29.3%'), F(MH, '2038 亿元'), F(MH, '52.8%')]
sh_mh = [mh_3, mh_t, mh_s]
S.rel('share', C, sh_mh, '闵行 2012: tertiary 618 / GDP 1594 = 38.77% → 38.8%')
S.rel('share', C, mh_h, 'two shares of the same unstated base (全区工业总产值) agree: 1130 / 29.3% = 3857 (3848–3865 with the half units) and 2038 / 52.8% = 3860 (3855–3864)')
S.rel('growth', U, [mh_s, F(MH, '2.3 个百分点')], 'tertiary share “比上年提高2.3个百分点”: the 2011 share is not stated')
S.rel('sum', U, [F(MH, '148.8 亿元'), F(MH, '487.1 亿元')], '区级财政收入 148.8 within 财政总收入 487.1 (“其中”): a part, the rest is not stated; not a split')
S.rel('share', U, [F(MH, '68.8%'), mh_s], 'services’ 贡献率 68.8% (contribution to growth) vs the tertiary share of GDP 38.8%: a contribution is not a share')
S.rel('rate', U, [F(MH, '7.5%'), F(MH, '14%')], 'GDP +7.5% vs tertiary +14%: the other sectors’ growth and the weights are not stated')

# ---- 杨浦区 2012 bulletin
yp_inv = [F(YP, '48.10亿元'), F(YP, '117.02亿元'), F(YP, '13.92亿元'), F(YP, '179.04亿元', n=1)]
yp_sh = [F(YP, '158.49亿元'), F(YP, '1201.11亿元'), F(YP, '37.4', post='(不含'), F(YP, '35.3%')]
yp_r = F(YP, '10.0%'); yp_ls = F(YP, '13.1%')
S.rel('sum', C, yp_inv, '杨浦 2012 investment: 基本建设 48.10 + 房地产 117.02 + 更新改造 13.92 = 179.04')
S.rel('restatement', C, [F(YP, '179.04亿元', n=0), yp_inv[3]], 'investment 179.04 stated in the summary and again in (二)')
S.rel('restatement', C, [F(YP, '12.0%', n=0), F(YP, '12.0%', n=1)], 'investment growth 12.0% stated twice')
S.rel('rate', I, [F(YP, '12.0%', n=1), yp_inv[0], F(YP, '1.4%'), yp_inv[1], F(YP, '15.0%', n=0), yp_inv[2], F(YP, '15.0%', n=1)],
      'REAL discrepancy in the original: the three parts are a full split (they add to 179.04) and their 2011 levels follow from the stated rates: 179.04 / (48.10/0.986 + 117.02/1.15 + 13.92/1.15) = +10.1% (10.0–10.2 with the half units), not 12.0% (perhaps rates on a comparable basis, but the text does not say so)')
S.rel('sum', C, [F(YP, '11项'), F(YP, '14项'), F(YP, '19项'), F(YP, '44项')], '重大工程 44 = 竣工 11 + 新开工 14 + 有序推进 19')
S.rel('share', C, yp_sh, '知识型现代服务业 158.49 / (GDP 1201.11 × tertiary share 37.4%) = 158.49 / 449.2 = 35.28% (35.23–35.33) → 35.3%')
S.rel('sum', U, [F(YP, '62.1'), F(YP, '37.4', post='(不含')], 'secondary 62.1 + tertiary 37.4 = 99.5: only two sectors are given, the remainder (primary or rounding) is not stated; not a complete split')
S.rel('growth', U, [F(YP, '77.5'), F(YP, '0.4个百分点')], 'tertiary share (without tobacco) “提高0.4个百分点”: the 2011 share is not stated')
S.rel('sum', U, [yp_sh[0], F(YP, '35.01亿元'), F(YP, '674.46亿元'), F(YP, '128.16亿元'), yp_sh[1]], 'four thematic groups 158.49 + 35.01 + 674.46 + 128.16 = 996.12 of GDP 1201.11: overlapping themed groupings, not a split')
S.rel('share', U, [F(YP, '70.97亿元'), F(YP, '744.85亿元')], '区级财政收入 70.97 vs 全区税收收入 744.85: the district keeps only a part of the taxes raised in it; no share is stated and the scopes differ')

# ---- 杨浦区 H1 2012 plan table (targets of 2012; the column head says “2011年年初预期目标”, see ANNOTATION.md)
yh_pt = F(YH, '2800'); yh_pd = F(YH, '1536'); yh_ps = F(YH, '54.9')
yh_et = F(YH, '180'); yh_ed = F(YH, '134'); yh_es = F(YH, '74.4')
yh_rt = F(YH, '10%', pre='\n\n'); yh_lt = F(YH, '13%')
sh_yh1 = [yh_pt, yh_pd, yh_ps]; sh_yh2 = [yh_et, yh_ed, yh_es]; tg_yhl = [yh_lt, yp_ls]
S.rel('share', C, sh_yh1, 'patents 1536 of the year’s 2800 = 54.86% → 完成进度 54.9')
S.rel('share', C, [F(YH, '200', post='\n\n148'), F(YH, '148'), F(YH, '74', pre='148\n\n', post='\n')], 'student start-ups 148 of 200 = 74%')
S.rel('share', C, sh_yh2, 'new firms with ≥10m capital 134 of 180 = 74.44% → 74.4')
S.rel('share', C, [F(YH, '35.6'), F(YH, '35.1'), F(YH, '98.6')], 'broadband households 35.1 of 35.6 = 98.60% → 98.6')
S.rel('share', U, [yh_rt, F(YH, '2.3%'), F(YH, '57.5')], '完成进度 57.5 is not 2.3/10 (= 23%): the progress is of the revenue level against a plan level that is not stated')
S.rel('share', U, [yh_lt, F(YH, '14.4%'), F(YH, '50.2')], '完成进度 50.2 is not 14.4/13 (= 111%): the progress is of the retail level, whose plan is not stated')
S.rel('target', M, [F(YH, '40', pre='亿元\n\n'), F(YH, '40', post='\n\n100')], 'venture capital: the year’s target of 40亿 new funds under management is already reached at mid-year (40); a cumulative “新增数” cannot fall: met')
S.rel('target', M, [F(YH, '50', post='\n\n184'), F(YH, '184')], 'SO2 reduction: 184 against the year’s 50 by mid-year; a cumulative reduction: met')
S.rel('target', CT, [F(YH, '4.23'), F(YH, '4.22')], 'public green space per person 4.22 at mid-year against 4.23: a level at mid-year, the year is not over')
S.rel('target', M, [yh_rt, yp_r], 'cross-document: 杨浦 2012 target 区级财政收入增长率 10% → 2012 result +10.0%: met')
S.rel('target', M, tg_yhl, 'cross-document: 杨浦 2012 target 社会消费品零售总额增长率 13% → 2012 result +13.1%: met')
S.rel('target', M, [F(YH, '35左右'), yp_sh[3]], 'cross-document: 杨浦 2012 target 知识型现代服务业占第三产业增加值比重 “35左右” (met at ≥ 34.5) → 2012 result 35.3%: met')

# ---- 上海 2011 plan execution
sh_s = [F(SH, '1.1万亿元'), F(SH, '1.9万亿元'), F(SH, '57.9%')]
S.rel('share', C, sh_s, '上海 2011: tertiary 1.1万亿 / GDP 1.9万亿 = 57.9% (53.8–62.2 with the half units of two-digit figures) → 57.9%')
S.rel('growth', U, [F(SH, '9.5%'), F(SH, '2个百分点')], 'tertiary +9.5% “快于工业2个百分点”: the industry rate is not stated')
S.rel('growth', U, [sh_s[2], F(SH, '0.6个百分点')], 'share “比上年提高0.6个百分点”: the 2010 share is not stated')
S.rel('share', U, [F(SH, '3429.8亿元'), F(SH, '76.8%')], 'tertiary fiscal revenue is 76.8% of 3429.8: its level is not stated, nothing to check')
S.rel('restatement', U, [F(SH, '8.5%'), F(SH, '8.2%')], 'Q1 +8.5% and the year +8.2%: other periods, not restatements')

# ---- 亭湖区 2021 bulletin
tk_t = F(TK, '623.66亿元'); tk_p = [F(TK, '37.26亿元'), F(TK, '225.25亿元'), F(TK, '361.15亿元')]
tk_s = [F(TK, '6.0', post=':36.1'), F(TK, '36.1'), F(TK, '57.9')]
tk_f = [F(TK, '33.60亿元'), F(TK, '0.41亿元'), F(TK, '15.00亿元'), F(TK, '11.12亿元'), F(TK, '5.76亿元'), F(TK, '65.89亿元')]
tk_rate = [F(TK, '9.2%'), F(TK, '1.5%', n=0), F(TK, '14.1%'), F(TK, '7.2%'), F(TK, '6.5'), F(TK, '34.0'), F(TK, '59.5')]
sum_tk = tk_p + [tk_t]; sh_tk2 = [tk_p[1], tk_t, tk_s[1]]
S.rel('sum', C, sum_tk, '亭湖 2021: 37.26 + 225.25 + 361.15 = 623.66')
S.rel('share', C, [tk_p[0], tk_t, tk_s[0]], 'primary 37.26 / 623.66 = 5.97% → 6.0')
S.rel('share', C, sh_tk2, 'secondary 225.25 / 623.66 = 36.12% → 36.1')
S.rel('share', C, [tk_p[2], tk_t, tk_s[2]], 'tertiary 361.15 / 623.66 = 57.91% → 57.9')
S.rel('sum', C, [tk_s[1], tk_s[2], F(TK, '94.0%')], 'secondary + tertiary 36.1 + 57.9 = 94.0%')
S.rel('growth', C, [tk_rate[5], tk_rate[6], F(TK, '94.0%'), F(TK, '0.5个百分点')], 'non-farm share 94.0 against 2020’s 34.0 + 59.5 = 93.5: +0.5 points')
S.rel('rate', C, tk_rate, 'GDP growth from the sector rates weighted by the stated 2020 structure: 0.065×1.5 + 0.340×14.1 + 0.595×7.2 = 9.18 (9.11–9.24 with the half units) → 9.2%')
S.rel('sum', C, tk_f, 'farm output by branch 33.60 + 0.41 + 15.00 + 11.12 + 5.76 = 65.89')
S.rel('share', C, [F(TK, '25.4242万吨'), F(TK, '53.38万亩'), F(TK, '476.29公斤')], 'grain yield 254242 t / 533800 亩 = 476.29 kg per 亩')
S.rel('sum', U, [F(TK, '13.4526万吨'), F(TK, '7.1915万吨'), F(TK, '25.4242万吨')], 'rice 13.4526 + wheat 7.1915 = 20.64 of grain 25.42: other grains are not listed; not a split')
S.rel('restatement', U, [tk_rate[1], F(TK, '1.5%', n=1)], 'primary value added +1.5% and farm output +1.5% (可比价): the same number for different indicators')

# ---- 宿迁 H1 2021 industry: traps and targets whose year is not over
S.rel('target', CT, [F(SQ, '26.8%'), F(SQ, '13.8')], 'H1 value-added growth 26.8% “超过年度目标13.8个百分点” (implied target 13%): a half-year rate against the year’s target; the year is not over')
S.rel('target', CT, [F(SQ, '43.3%'), F(SQ, '23.3个百分点')], 'H1 invoiced sales +43.3% “超过年度目标23.3个百分点” (implied 20%): the year is not over')
S.rel('growth', U, [F(SQ, '26.8%'), F(SQ, '5.3')], '“高于全省5.3个百分点”: the province’s rate is not stated')
S.rel('growth', U, [F(SQ, '31.9%'), F(SQ, '10.7个百分点'), F(SQ, '8.1个百分点')], 'electricity +31.9%, 10.7 above the province and 8.1 below 淮安: neither comparator is stated')
S.rel('sum', U, [F(SQ, '1932亿元'), F(SQ, '456.8亿元'), F(SQ, '19.6亿元')], 'sales 1932 “超过淮安456.8亿元、连云港19.6亿元”: the other cities’ levels are not stated')
S.rel('growth', U, [F(SQ, '45.6%'), F(SQ, '23.6%')], 'output +45.6% with a two-year average of 23.6% implies 2020 H1 at about +4.9%, which is not stated: nothing to check')

# ---- 武进区 Jan–Apr 2023 projects
wj_n = F(WJ, '7个'); wj_a = F(WJ, '2个'); wj_s = F(WJ, '4个'); sum_wj = [wj_a, F(WJ, '5个', pre='超10亿项目'), wj_n]; sh_wj = [wj_s, F(WJ, '5个', pre='新建项目'), F(WJ, '80%')]
S.rel('sum', C, sum_wj, '武进: 7 projects over 10亿 = 2 over 30亿 + 5 over 10亿')
S.rel('share', C, sh_wj, '4 of 5 new provincial projects started: 开工率 80%')
S.rel('target', CT, [wj_n, F(WJ, '87.5%')], '7 projects = 87.5% of the year’s target by April: the year is not over')
S.rel('target', CT, [F(WJ, '74.7亿元'), F(WJ, '41%')], '市重点 investment 74.7亿 = 41% of the year’s target by April: the year is not over')
S.rel('target', CT, [F(WJ, '109.4亿元'), F(WJ, '30.4%')], '区重点 investment 109.4亿 = 30.4% of the year’s target by April: the year is not over')
S.rel('restatement', U, [F(WJ, '17个', n=0), F(WJ, '17个', n=1)], '17 new 市重点 projects and 17 new starts: the same number for different indicators (68% and 53.1% of different targets)')
S.rel('sum', U, [F(WJ, '74.7亿元'), F(WJ, '109.4亿元'), F(WJ, '12亿元')], 'provincial, city and district project lists overlap; their investments are not parts of one total')

# ---- 江苏 Jan–Sep 2023 (traditional)
jq_h = F(JQ, '5.8%', n=0); jq_b = F(JQ, '5.8%', n=1); jq_sv = F(JQ, '8.3%'); rs_jq = [jq_h, jq_b]; rs_jq2 = [jq_sv, F(JQ, '8%以上')]
S.rel('restatement', C, rs_jq, 'headline 5.8% restates the body 5.8%')
S.rel('restatement', C, rs_jq2, 'services revenue +8.3% (Jan–Aug) fits “年內始終保持8%以上” (lower bound)')
S.rel('growth', U, [jq_b, F(JQ, '4%', pre='年平均增長')], 'GDP +5.8% with a two-year average of 4% implies 2022 Q1–Q3 at about +2.2%, which is not stated here')
S.rel('growth', U, [F(JQ, '8.9%'), F(JQ, '4個')], 'September +8.9% “比8月份加快4個百分點”: the August rate is not stated')
S.rel('growth', U, [F(JQ, '0.8%'), F(JQ, '0.9個')], 'September retail +0.8% “比8月份回升0.9個百分點”: the August rate is not stated')
S.rel('growth', U, [F(JQ, '5.7%'), F(JQ, '0.2個')], 'investment +5.7% “比上半年加快0.2個百分點”: the H1 rate is not stated')
S.rel('restatement', U, [F(JQ, '4%', pre='年平均增長'), F(JQ, '4%', pre='可比增長')], 'two-year average GDP growth 4% and farm output +4%: the same number for different indicators')

# ---- 江苏 provincial key projects at mid-year
jk_d = F(JK, '74个'); sh_jk = [jk_d, F(JK, '109个'), F(JK, '68%')]
S.rel('share', C, [F(JK, '2700亿元'), F(JK, '5330亿元'), F(JK, '50.7%')], '“超过2700亿元” of the 5330 plan: 2700/5330 = 50.66%, a lower bound that fits 50.7%')
S.rel('share', C, sh_jk, '74 of 109 planned new starts = 67.9% → 开工率 68%')
S.rel('growth', U, [F(JK, '68%'), F(JK, '8个百分点')], '“比去年同期高出8个百分点”: last year’s rate is not stated')

# ---- 越城区 2020 (targets of the 13th plan against 2020 estimates)
yc_g = [F(YC, '1000', post=' 1008.5'), F(YC, '1008.5')]; yc_p = [F(YC, '130000'), F(YC, '130913')]
S.rel('target', M, yc_g, '越城 2020 GDP target 1000亿 → 2020 estimate 1008.5亿: met')
S.rel('target', M, yc_p, 'GDP per head target 130000元 → 130913元: met')
S.rel('target', M, [F(YC, '72.69', n=0), F(YC, '72.69', n=1)], 'public budget revenue target 72.69亿 → 72.69亿: met (equal)')
S.rel('growth', U, [F(YC, '16%'), F(YC, '20%'), F(YC, '25%')], 'crime alerts, accident rate and deaths “年均下降16%、20%、25%”: no levels stated')

# ---- 丽水 2018 bulletin
ls_t = F(LS, '1394.67亿元'); ls_p = [F(LS, '94.16亿元'), F(LS, '577.79亿元'), F(LS, '722.72亿元')]
ls_pop = F(LS, '270.19万人'); ls_m = F(LS, '138.82万人'); ls_f = F(LS, '131.37万人')
sum_ls = ls_p + [ls_t]; sum_lsg = [ls_m, ls_f, ls_pop]
S.rel('sum', C, sum_ls, '丽水 2018: 94.16 + 577.79 + 722.72 = 1394.67')
S.rel('share', C, [ls_p[0], ls_t, F(LS, '6.8', post=':41.4')], 'primary 94.16 / 1394.67 = 6.75% → 6.8')
sh_ls2 = [ls_p[1], ls_t, F(LS, '41.4')]
S.rel('share', C, sh_ls2, 'secondary 577.79 / 1394.67 = 41.43% → 41.4')
S.rel('share', C, [ls_p[2], ls_t, F(LS, '51.8')], 'tertiary 722.72 / 1394.67 = 51.82% → 51.8')
S.rel('sum', C, [F(LS, '2.7%'), F(LS, '50.1%'), F(LS, '47.2%')], 'contributions 2.7 + 50.1 + 47.2 = 100%')
S.rel('sum', C, [F(LS, '82.45万人'), F(LS, '187.74万人'), ls_pop], 'urban 82.45 + rural 187.74 = 270.19万 (户籍)')
S.rel('sum', C, sum_lsg, 'men 138.82 + women 131.37 = 270.19万')
S.rel('share', C, [ls_m, ls_pop, F(LS, '51.4%')], 'men 138.82 / 270.19 = 51.38% → 51.4%')
S.rel('growth', C, [F(LS, '12.24‰'), F(LS, '6.85‰'), F(LS, '5.39‰')], 'natural growth = birth rate 12.24 − death rate 6.85 = 5.39‰')
S.rel('share', U, [F(LS, '33002人'), ls_pop, F(LS, '12.24‰')], 'births 33002 over the year-end 户籍 population give 12.21‰; the rate uses the average population, which is not stated')
S.rel('share', U, [F(LS, '63611元'), F(LS, '9613美元')], 'GDP per head in yuan and dollars: the exchange rate (≈6.62) is not stated')
S.rel('rate', U, [F(LS, '8.2%'), F(LS, '3.1%'), F(LS, '9.0%'), F(LS, '8.1%')], 'GDP +8.2% from the sector rates: the 2017 weights are not stated (the 2018 structure is not a weight)')

# ---- 丽水 2020 plan (traditional): targets only
lt_g = F(LT, '7.5%左右')
S.rel('target', U, [lt_g, F(LS, '8.2%')], 'cross-document: 丽水’s 2020 GDP target 7.5%左右 against its 2018 result +8.2%: other year')
S.rel('restatement', U, [lt_g, F(LT, '7.5%', pre='收入增長')], 'GDP target 7.5%左右 and revenue target 7.5%: the same number for different indicators')
S.rel('restatement', U, [F(LT, '8%以上'), F(LT, '8%', pre='服務業增加值增長')], 'industry target 8%以上 and services target 8%: different indicators')
S.rel('restatement', U, [F(LT, '15%', n=0), F(LT, '15%', n=1)], 'online retail +15% and digital core industries +15%: different indicators')
S.rel('growth', U, [F(LT, '10%以上'), F(LT, '12%以上')], 'investment target “10%以上” with sub-items “均增長12%以上”: parts may grow faster than the whole; no contradiction and nothing to compute')

# ---- 山东 Q1 2024
sd_t = F(SD, '21652亿元', n=1); sum_sd = [F(SD, '767亿元'), F(SD, '8289亿元'), F(SD, '12596亿元'), sd_t]
sd_gh = F(SD, '6.0%', n=0); rs_sd = [sd_gh, F(SD, '6.0%', n=1)]
S.rel('sum', C, sum_sd, '山东 Q1 2024: 767 + 8289 + 12596 = 21652')
S.rel('restatement', C, [F(SD, '21652亿元', n=0), sd_t], 'headline 21652亿 restates the body')
S.rel('restatement', C, rs_sd, 'headline +6.0% restates the body +6.0%')
S.rel('rate', U, [F(SD, '6.0%', n=1), F(SD, '3.9%', n=0), F(SD, '7.6%'), F(SD, '5.2%', n=0)], 'GDP +6.0% from the sector rates: the weights (last year’s Q1 structure) are not stated; this year’s shares give 6.07')
S.rel('restatement', U, [F(SD, '3.9%', n=0), F(SD, '3.9%', n=1)], 'primary value added +3.9% and farm output +3.9%: different indicators')
S.rel('restatement', U, [F(SD, '5.2%', n=0), F(SD, '5.2%', n=1)], 'tertiary +5.2% and fixed-asset investment +5.2%: different indicators')

# ---- 李沧区 2019 bulletin
lc_t = F(LC, '518.03亿元'); lc_2 = F(LC, '153.05亿元'); lc_3 = F(LC, '364.98亿元'); lc_g = F(LC, '8%', pre='比上年增长')
lc_c = [F(LC, '51.7%'), F(LC, '48.3%')]; lc_pl = [F(LC, '4.1个百分点'), F(LC, '3.9个百分点')]
lc_e = [F(LC, '1.12万户'), F(LC, '1.47万户'), F(LC, '2.59万户')]; lc_r = [F(LC, '5.12万户'), F(LC, '7.18万户'), F(LC, '12.3万户')]
lc_rows = [F(LC, '103.43'), F(LC, '50.08'), F(LC, '69.80'), F(LC, '12.56'), F(LC, '13.59'), F(LC, '34.39'), F(LC, '85.93'), F(LC, '148.25'), F(LC, '518.03', pre='\n\n')]
sum_lc = [lc_2, lc_3, lc_t]; sum_lcc = lc_c; gr_lc1 = [lc_g, lc_c[0], lc_pl[0]]
S.rel('sum', C, sum_lc, '李沧 2019: secondary 153.05 + tertiary 364.98 = 518.03')
S.rel('share', C, [lc_2, lc_t, F(LC, '29.5')], 'secondary 153.05 / 518.03 = 29.54% → 29.5')
sh_lc3 = [lc_3, lc_t, F(LC, '70.5')]
S.rel('share', C, sh_lc3, 'tertiary 364.98 / 518.03 = 70.46% → 70.5')
S.rel('sum', C, sum_lcc, 'contributions 51.7 + 48.3 = 100%')
S.rel('growth', C, lc_pl + [lc_g], 'pulls 4.1 + 3.9 = 8.0 = GDP growth 8%')
S.rel('growth', C, gr_lc1, 'secondary pull = contribution 51.7% × growth 8 = 4.14 → 4.1 points')
S.rel('growth', C, [lc_g, lc_c[1], lc_pl[1]], 'tertiary pull = 48.3% × 8 = 3.86 → 3.9 points')
S.rel('restatement', C, [lc_t, lc_rows[8]], 'GDP 518.03 in the text and in table 1')
S.rel('sum', C, lc_rows, 'table 1 rows 103.43 + 50.08 + 69.80 + 12.56 + 13.59 + 34.39 + 85.93 + 148.25 = 518.03')
S.rel('sum', I, [lc_rows[0], lc_rows[1], lc_2], 'REAL discrepancy in the original: industry 103.43 + construction 50.08 = 153.51 (table 1), but the text gives the secondary sector as 153.05 (and the tertiary rows give 364.52, not 364.98); both versions add to 518.03')
S.rel('sum', C, lc_e, 'new market entities: firms 1.12 + individual businesses 1.47 = 2.59万')
S.rel('sum', C, lc_r, 'registered entities: 5.12 + 7.18 = 12.3万')
S.rel('rate', C, [F(LC, '24.64%')] + [lc_e[0], F(LC, '32.05%'), lc_e[1], F(LC, '19.49%')], 'new entities +24.64% from the parts: 2.59 / (1.12/1.3205 + 1.47/1.1949) = +24.6% (23.9–25.3 with the half units)')
rt_lc = [F(LC, '26.8%'), lc_r[0], F(LC, '28.13%'), lc_r[1], F(LC, '25.65%')]
S.rel('rate', C, rt_lc, 'registered entities +26.8% from the parts: 12.3 / (5.12/1.2813 + 7.18/1.2565) = +26.7% (26.1–27.3 with the half units) → fits 26.8')
S.rel('share', U, [lc_pl[0], F(LC, '13.5%'), F(LC, '29.5')], 'pull 4.1 / growth 13.5% implies a 2018 secondary share of about 30.4%, which is not stated; the 2019 share 29.5 is not the weight')

# ---- 潍坊 yearbook entry (year not stated)
wf_t = F(WF, '3541.85亿元'); wf_p = [F(WF, '359.28亿元'), F(WF, '1961.40亿元'), F(WF, '1221.17亿元')]
sum_wf = wf_p + [wf_t]; gr_wf = [F(WF, '9.38‰'), F(WF, '5.82‰'), F(WF, '3.56‰')]
S.rel('sum', C, sum_wf, '潍坊: 359.28 + 1961.40 + 1221.17 = 3541.85')
S.rel('share', C, [wf_p[0], wf_t, F(WF, '10.14')], 'primary 359.28 / 3541.85 = 10.14%')
sh_wf2 = [wf_p[1], wf_t, F(WF, '55.38')]
S.rel('share', C, sh_wf2, 'secondary 1961.40 / 3541.85 = 55.38%')
S.rel('share', C, [wf_p[2], wf_t, F(WF, '34.48')], 'tertiary 1221.17 / 3541.85 = 34.48%')
S.rel('growth', C, gr_wf, 'natural growth = birth 9.38 − death 5.82 = 3.56‰')
S.rel('sum', U, [F(WF, '2081.8亿元'), F(WF, '3748.9亿元')], 'savings deposits 2081.8 within all deposits 3748.9 (“其中”): not a split')
S.rel('sum', U, [F(WF, '253.9亿元'), F(WF, '466.8亿元')], '地方财政一般预算收入 253.9 is a part of 财政总收入 466.8: not a split')
S.rel('growth', U, [F(WF, '22.5%'), F(WF, '25.4%')], '财政总收入 +22.5% and its part 地方财政一般预算收入 +25.4%: the other part’s growth is not stated; nothing to rebuild')
S.rel('rate', U, [F(WF, '11%'), F(WF, '4.2%', n=0), F(WF, '12.3%'), F(WF, '11.0%')], 'GDP +11% from the sector rates: the previous year’s structure is not stated')

# ---- 福建 H1 2020 (traditional)
fh_l = [F(FH, '19901.39億元', n=0), F(FH, '19901.39億元', n=1)]; fh_g = [F(FH, '0.5%', n=0), F(FH, '0.5%', n=1)]
S.rel('restatement', C, fh_l, 'headline GDP 19901.39億 restates the body')
S.rel('restatement', C, fh_g, 'headline +0.5% restates the body +0.5%')
S.rel('target', CT, [F(FH, '29.05萬人'), F(FH, '58.1%')], 'new urban jobs 29.05萬 = 58.1% of the year’s target by June (target ≈ 50萬): the year is not over')
S.rel('growth', U, [F(FH, '9.1%'), F(FH, '12.4個')], 'imports +9.1% “好于全國12.4個百分點”: the national rate is not stated')
S.rel('growth', U, [F(FH, '2.2%'), F(FH, '1.1個')], 'income +2.2% “比一季度加快1.1個百分點”: the Q1 rate is not stated')
S.rel('growth', U, [F(FH, '12%'), F(FH, '2.7個')], 'online retail share “比上年同期提高2.7個百分點”: neither share is stated (12% is a growth rate)')

# ---- 福建 industry H1 2021
fj_i = F(FJ, '321种'); fj_n = F(FJ, '34个'); sh_fj1 = [fj_i, F(FJ, '429种'), F(FJ, '74.8%')]; sh_fj2 = [fj_n, F(FJ, '38个'), F(FJ, '89.5%')]
S.rel('share', C, sh_fj2, '34 of 38 industries above the 2019 level = 89.47% → 89.5%')
S.rel('share', C, sh_fj1, '321 of 429 products growing = 74.83% → 74.8%')
S.rel('growth', U, [F(FJ, '89.5%'), F(FJ, '2.7个百分点')], '“比一季度扩大2.7个百分点”: the Q1 share is not stated')
S.rel('growth', U, [F(FJ, '7.1%'), F(FJ, '0.2个百分点'), F(FJ, '0.1个百分点')], 'two-year average 7.1% “比一季度提高0.2…比全国高0.1”: neither comparator is stated')
S.rel('restatement', U, [F(FJ, '14.6%', n=0), F(FJ, '14.6%', n=1)], 'all industry +14.6% and manufacturing +14.6%: the same number for different scopes')
S.rel('rate', U, [F(FJ, '14.6%', n=0), F(FJ, '20.0%'), F(FJ, '14.6%', n=1), F(FJ, '2.7%')], 'industry growth from the three 门类: the weights are not stated')

# ---- cross-document traps
S.rel('restatement', U, [sh_s[2], tk_s[2]], 'cross-document: 上海’s 2011 tertiary share 57.9% and 亭湖’s 2021 tertiary share 57.9: other place and year')
S.rel('target', U, [yh_lt, F(SD, '5.5%')], 'cross-document: 杨浦’s 2012 retail growth target 13% against 山东’s Q1 2024 trade growth: other place, period and indicator')

S.rel('restatement', U, [F(YP, '15.0%', n=0), F(YP, '15.0%', n=1)], 'real-estate and renewal investment both +15.0%: the same number for different items')
S.rel('target', U, [yh_rt, F(MH, '7%')], 'cross-document: 杨浦’s 2012 target for 区级财政收入 growth (10%) against 闵行’s 2012 result (+7%): other place')
S.rel('sum', U, [mh_h[0], mh_h[2]], 'high-tech output 1130 and the five parks’ output 2038 overlap (high-tech firms sit in the parks): not parts of one total')
S.rel('growth', U, [F(SD, '9.0%'), F(SD, '8.3%')], 'industry +9.0% in Q1 and +8.3% in March: the monthly weights are not stated')
S.rel('restatement', U, [F(LC, '51.8'), lc_c[0]], 'construction growth 51.8% and the secondary contribution 51.7%: different indicators that happen to be close')
S.rel('restatement', U, [F(FH, '13%'), F(FH, '12.8%')], 'industrial electricity +13% within all electricity +12.8%: a part, not a restatement')
S.rel('growth', U, [F(LS, '7.3%'), F(LS, '8.2%')], 'GDP per head +7.3% vs GDP +8.2%: the population change behind the gap is not stated')
S.rel('growth', U, [F(FH, '5.6%'), F(FJ, '7.1%'), F(FJ, '14.6%', n=0)], 'cross-document: Q2 2020 industry +5.6% is not the H1 2020 base behind the 2021 two-year average (H1 2020 is not stated): other period')
S.rel('sum', U, [F(JK, '220个'), F(JK, '240个')], '220 projects under way of the 240 listed: the other 20 are not described; nothing to add up')
S.rel('sum', U, [F(SQ, '82.4亿千瓦时'), F(SQ, '12.4亿千万时'), F(SQ, '19.8亿千瓦时')], 'electricity 82.4 “超过淮安12.4、连云港19.8”: the other cities’ levels are not stated (the text misprints 千瓦时 as 千万时)')

# ---- altered copies
a = ALT(MH, 1, mh_3, '648 亿元', 'tertiary value added 618 → 648')
S.rel('share', I, R(a, sh_mh, mh_3, '648 亿元'), 'altered: 648 / 1594 = 40.7%, not 38.8% (breaks {B})')
a = ALT(MH, 2, mh_h[3], '57.8%', 'parks’ share of industrial output 52.8% → 57.8%')
S.rel('share', I, R(a, mh_h, mh_h[3], '57.8%'), 'altered: 2038 / 57.8% = 3526, but 1130 / 29.3% = 3857: the two shares no longer fit one total (breaks {B})')
a = ALT(YP, 1, yp_inv[2], '18.92亿元', 'technical-renewal investment 13.92 → 18.92')
S.rel('sum', I, R(a, yp_inv, yp_inv[2], '18.92亿元'), 'altered: 48.10 + 117.02 + 18.92 = 184.04, not 179.04 (breaks {B})')
a = ALT(YP, 2, yp_sh[3], '38.3%', 'knowledge services’ share of tertiary 35.3% → 38.3%')
S.rel('share', I, R(a, yp_sh, yp_sh[3], '38.3%'), 'altered: 158.49 / (1201.11 × 37.4%) = 35.3%, not 38.3% (breaks {B})')
a = ALT(YP, 3, yp_ls, '12.1%', 'retail growth 13.1% → 12.1%')
S.rel('target', MS, R(a, tg_yhl, yp_ls, '12.1%'), 'altered, cross-document: retail target 13% → +12.1%: missed (breaks {B})')
a = ALT(YH, 1, yh_pd, '1636', 'patents granted 1536 → 1636')
S.rel('share', I, R(a, sh_yh1, yh_pd, '1636'), 'altered: 1636 / 2800 = 58.4%, not 54.9 (breaks {B})')
a = ALT(YH, 2, yh_ed, '139', 'new firms 134 → 139')
S.rel('share', I, R(a, sh_yh2, yh_ed, '139'), 'altered: 139 / 180 = 77.2%, not 74.4 (breaks {B})')
a = ALT(SH, 1, sh_s[2], '67.9%', 'tertiary share 57.9% → 67.9%')
S.rel('share', I, R(a, sh_s, sh_s[2], '67.9%'), 'altered: 1.1 / 1.9 = 57.9% (at most 62.2 with the half units), not 67.9% (breaks {B})')
a = ALT(TK, 1, tk_p[1], '226.25亿元', 'secondary value added 225.25 → 226.25')
S.rel('sum', I, R(a, sum_tk, tk_p[1], '226.25亿元'), 'altered: 37.26 + 226.25 + 361.15 = 624.66, not 623.66 (breaks {B})')
S.rel('share', I, R(a, sh_tk2, tk_p[1], '226.25亿元'), 'altered: 226.25 / 623.66 = 36.28% → 36.3, not 36.1 (breaks {B})')
a = ALT(TK, 2, tk_f[3], '17.12亿元', 'fishery output 11.12 → 17.12')
S.rel('sum', I, R(a, tk_f, tk_f[3], '17.12亿元'), 'altered: branches add to 71.89, not 65.89 (breaks {B})')
a = ALT(TK, 3, tk_rate[2], '17.1%', 'secondary growth 14.1% → 17.1%')
S.rel('rate', I, R(a, tk_rate, tk_rate[2], '17.1%'), 'altered: 0.065×1.5 + 0.340×17.1 + 0.595×7.2 = 10.2, not 9.2 (breaks {B})')
a = ALT(WJ, 1, wj_s, '3个', 'projects started 4 → 3')
S.rel('share', I, R(a, sh_wj, wj_s, '3个'), 'altered: 3 of 5 = 60%, not 80% (breaks {B})')
a = ALT(WJ, 2, wj_a, '3个', 'projects over 30亿 2 → 3')
S.rel('sum', I, R(a, sum_wj, wj_a, '3个'), 'altered: 3 + 5 = 8, not 7 (breaks {B})')
a = ALT(JQ, 1, jq_b, '5.3%', 'GDP growth in the body 5.8% → 5.3%')
S.rel('restatement', I, R(a, rs_jq, jq_b, '5.3%'), 'altered: headline 5.8% vs body 5.3% (breaks {B})')
a = ALT(JQ, 2, jq_sv, '7.3%', 'services revenue growth 8.3% → 7.3%')
S.rel('restatement', I, R(a, rs_jq2, jq_sv, '7.3%'), 'altered: +7.3% contradicts “年內始終保持8%以上” (breaks {B})')
a = ALT(JK, 1, jk_d, '79个', 'projects started 74 → 79')
S.rel('share', I, R(a, sh_jk, jk_d, '79个'), 'altered: 79 / 109 = 72.5%, not 68% (breaks {B})')
a = ALT(YC, 1, yc_g[0], '1080', 'GDP target 1000 → 1080')
S.rel('target', MS, R(a, yc_g, yc_g[0], '1080'), 'altered: GDP target 1080亿 → 1008.5亿: missed (the table still says 完成) (breaks {B})')
a = ALT(YC, 2, yc_p[1], '120913', 'GDP per head 130913 → 120913')
S.rel('target', MS, R(a, yc_p, yc_p[1], '120913'), 'altered: target 130000元 → 120913元: missed (breaks {B})')
a = ALT(LS, 1, ls_p[1], '571.79亿元', 'secondary value added 577.79 → 571.79')
S.rel('sum', I, R(a, sum_ls, ls_p[1], '571.79亿元'), 'altered: 94.16 + 571.79 + 722.72 = 1388.67, not 1394.67 (breaks {B})')
S.rel('share', I, R(a, sh_ls2, ls_p[1], '571.79亿元'), 'altered: 571.79 / 1394.67 = 41.00%, not 41.4 (breaks {B})')
a = ALT(LS, 2, ls_f, '137.37万人', 'women 131.37 → 137.37')
S.rel('sum', I, R(a, sum_lsg, ls_f, '137.37万人'), 'altered: 138.82 + 137.37 = 276.19, not 270.19 (breaks {B})')
a = ALT(SD, 1, sum_sd[1], '8239亿元', 'secondary value added 8289 → 8239')
S.rel('sum', I, R(a, sum_sd, sum_sd[1], '8239亿元'), 'altered: 767 + 8239 + 12596 = 21602, not 21652 (breaks {B})')
a = ALT(SD, 2, sd_gh, '6.6%', 'headline growth 6.0% → 6.6%')
S.rel('restatement', I, R(a, rs_sd, sd_gh, '6.6%'), 'altered: headline +6.6% vs body +6.0% (breaks {B})')
a = ALT(LC, 1, lc_3, '364.38亿元', 'tertiary value added 364.98 → 364.38')
S.rel('sum', I, R(a, sum_lc, lc_3, '364.38亿元'), 'altered: 153.05 + 364.38 = 517.43, not 518.03 (breaks {B})')
S.rel('share', I, R(a, sh_lc3, lc_3, '364.38亿元'), 'altered: 364.38 / 518.03 = 70.34% → 70.3, not 70.5 (breaks {B})')
a = ALT(LC, 2, lc_c[0], '57.7%', 'secondary contribution 51.7% → 57.7%')
S.rel('sum', I, R(a, sum_lcc, lc_c[0], '57.7%'), 'altered: contributions 57.7 + 48.3 = 106%, not 100 (breaks {B})')
S.rel('growth', I, R(a, gr_lc1, lc_c[0], '57.7%'), 'altered: 57.7% × 8 = 4.6 points, not 4.1 (breaks {B})')
a = ALT(LC, 3, lc_r[1], '7.78万户', 'registered individual businesses 7.18 → 7.78')
S.rel('sum', I, R(a, lc_r, lc_r[1], '7.78万户'), 'altered: 5.12 + 7.78 = 12.9万, not 12.3万 (breaks {B})')
S.rel('rate', I, R(a, rt_lc, lc_r[1], '7.78万户'), 'altered: 12.3 / (5.12/1.2813 + 7.78/1.2565) = +20.7%, not 26.8% (breaks {B})')
a = ALT(WF, 1, wf_p[1], '1967.40亿元', 'secondary value added 1961.40 → 1967.40')
S.rel('sum', I, R(a, sum_wf, wf_p[1], '1967.40亿元'), 'altered: 359.28 + 1967.40 + 1221.17 = 3547.85, not 3541.85 (breaks {B})')
S.rel('share', I, R(a, sh_wf2, wf_p[1], '1967.40亿元'), 'altered: 1967.40 / 3541.85 = 55.55%, not 55.38 (breaks {B})')
a = ALT(WF, 2, gr_wf[2], '3.36‰', 'natural growth rate 3.56‰ → 3.36‰')
S.rel('growth', I, R(a, gr_wf, gr_wf[2], '3.36‰'), 'altered: 9.38 − 5.82 = 3.56‰, not 3.36‰ (breaks {B})')
a = ALT(FH, 1, fh_l[1], '19907.39億元', 'GDP in the body 19901.39 → 19907.39')
S.rel('restatement', I, R(a, fh_l, fh_l[1], '19907.39億元'), 'altered: headline 19901.39億 vs body 19907.39億 (breaks {B})')
a = ALT(FH, 2, fh_g[1], '0.8%', 'GDP growth in the body 0.5% → 0.8%')
S.rel('restatement', I, R(a, fh_g, fh_g[1], '0.8%'), 'altered: headline +0.5% vs body +0.8% (breaks {B})')
a = ALT(FJ, 1, fj_i, '351种', 'growing products 321 → 351')
S.rel('share', I, R(a, sh_fj1, fj_i, '351种'), 'altered: 351 / 429 = 81.8%, not 74.8% (breaks {B})')
a = ALT(FJ, 2, fj_n, '31个', 'industries above 2019 34 → 31')
S.rel('share', I, R(a, sh_fj2, fj_n, '31个'), 'altered: 31 / 38 = 81.6%, not 89.5% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

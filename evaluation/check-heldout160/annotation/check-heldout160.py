"""Check key, set check-heldout160. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout160.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout160'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


YK='yk_2024.txt'; CY='cy_2025q1.txt'; DD='dd_2022.txt'; SH1='sh_2021p.txt'; SH3='sh_2023p.txt'; SY4='sy_2024p.txt'; SYG='sy_2025g.txt'
SYR='sy_2025r_hant.txt'; DH='dh_2023_hant.txt'; JL13='jl_2013inv_hant.txt'; JL24='jl_2024q1.txt'; HJ='hlj_2022h1.txt'; HA='hlj_2022aug.txt'
JG='jgdq_2017.txt'; JD='jd_1987.txt'; HC='hlj_1991coal.txt'

# ---- 营口 2024 final accounts
y_in = [F(YK, '536.7亿元', n=0), F(YK, '140.6亿元'), F(YK, '121.5亿元'), F(YK, '51.9亿元'), F(YK, '49.5亿元'), F(YK, '102.8亿元'), F(YK, '36.1亿元'), F(YK, '34.3亿元')]
y_out = [F(YK, '536.7亿元', n=1), F(YK, '250.4亿元'), F(YK, '38.1亿元'), F(YK, '147.9亿元'), F(YK, '46.0亿元'), F(YK, '1亿', pre='结余'), F(YK, '2.2亿'), F(YK, '51.1亿元')]
sum_y1 = y_in[1:] + y_in[:1]; sum_y2 = y_out[1:] + y_out[:1]
S.rel('sum', C, sum_y1, '营口 2024 total income: 140.6 + 121.5 + 51.9 + 49.5 + 102.8 + 36.1 + 34.3 = 536.7亿')
S.rel('sum', C, sum_y2, 'total spending and carry-over: 250.4 + 38.1 + 147.9 + 46.0 + 1 + 2.2 + 51.1 = 536.7亿 (= total income)')
S.rel('restatement', C, [y_in[0], y_out[0]], 'total income 536.7 = total spending incl. carry-over 536.7 (a balanced account)')
gz = [F(YK, '13.2亿元'), F(YK, '8.4亿元', pre='减收'), F(YK, '38.9%')]
gr_y1 = [F(YK, '25.9亿元'), F(YK, '18.5亿元'), F(YK, '250%')]
S.rel('growth', C, gr_y1, '市本级 25.9, 增收18.5 (last year 7.4): 18.5 / 7.4 = 250%')
S.rel('growth', C, gz, '盖州 13.2, 减收8.4 (last year 21.6): 8.4 / 21.6 = 38.89% → 下降38.9%')
S.rel('growth', C, [F(YK, '20.3亿元'), F(YK, '2.5亿元', pre='增收'), F(YK, '14.0%')], '大石桥 20.3, 增收2.5: 2.5 / 17.8 = 14.04%')
S.rel('growth', C, [F(YK, '13.9亿元'), F(YK, '1.2亿元'), F(YK, '7.9%', pre='下降')], '老边区 13.9, 减收1.2: 1.2 / 15.1 = 7.95% → 7.9% (within rounding)')
S.rel('growth', C, [F(YK, '18.2亿元'), F(YK, '1.5亿元', pre='减收'), F(YK, '7.6%')], '站前区 18.2, 减收1.5: 1.5 / 19.7 = 7.61%')
y_xs = F(YK, '18.4亿元'); y_xd = F(YK, '3.8亿元'); y_h = F(YK, '7.9亿元', pre='沿海产业基地一般公共预算收入'); y_hd = F(YK, '3.4亿元')
S.rel('growth', C, [y_xs, y_xd, F(YK, '17.1%')], '西市区 18.4, 减收3.8: 3.8 / 22.2 = 17.12%')
S.rel('growth', C, [y_h, y_hd, F(YK, '30.1%')], '沿海产业基地 7.9, 减收3.4: 3.4 / 11.3 = 30.09%')
S.rel('growth', C, [F(YK, '7.3亿元'), F(YK, '0.9亿元', n=1), F(YK, '10.9%')], '自贸区 7.3, 减收0.9: 0.9 / 8.2 = 10.98%; with the half units (0.85–0.95 over 8.10–8.30) 10.2–11.7%, so 10.9% stands')
S.rel('growth', C, [F(YK, '30.6亿元'), F(YK, '2.6亿元'), F(YK, '7.8%')], '经开区 30.6, 减收2.6: 2.6 / 33.2 = 7.83%')
sum_y3 = [F(YK, '11.4亿元'), F(YK, '2.5亿元', pre='开发区一般公共预算收入'), F(YK, '13.9亿元')]
S.rel('sum', C, sum_y3, '老边区 = 区本级 11.4 + 辽河经济开发区 2.5 = 13.9')
sum_y4 = [F(YK, '3.2亿元', pre='西市区本级一般公共预算收入'), y_h, F(YK, '7.3亿元'), y_xs]
S.rel('sum', C, sum_y4, '西市区 = 区本级 3.2 + 沿海产业基地 7.9 + 自贸区 7.3 = 18.4')
sum_y5 = [F(YK, '0.5亿元'), y_hd, F(YK, '0.9亿元', n=1), y_xd]
S.rel('sum', C, sum_y5, '西市区 change: +0.5 − 3.4 − 0.9 = −3.8 (减收3.8)')
S.rel('sum', C, [F(YK, '25.9亿元'), F(YK, '13.2亿元'), F(YK, '20.3亿元'), F(YK, '13.9亿元'), F(YK, '18.2亿元'), y_xs, F(YK, '30.6亿元'), y_in[1]],
      'seven levels: 25.9 + 13.2 + 20.3 + 13.9 + 18.2 + 18.4 + 30.6 = 140.5 vs 140.6: within the seven half-units (±0.35)')
S.rel('restatement', U, [F(YK, '18.5亿元'), F(YK, '18.5%')], '市本级 增收18.5亿元 and 西市区本级 增长18.5%: same number, other place and indicator (amount vs rate)')
S.rel('growth', U, [F(YK, '212.3%'), F(YK, '250%')], '市本级 212.3% of the budget vs 250% growth: budget completion and growth have other bases (the budget is not stated)')
S.rel('restatement', U, [F(YK, '100.0%', n=0), F(YK, '100.0%', n=1)], '辽河经济开发区 and 西市区本级 both 100.0% of their budgets: same number, other place')

# ---- 朝阳 Q1 2025
c_g = F(CY, '242.0亿元'); c_1 = F(CY, '27.5亿元'); c_2 = F(CY, '75.4亿元'); c_3 = F(CY, '139.1亿元'); c_r = F(CY, '5.5%', pre='增长')
S.rel('sum', C, [c_1, c_2, c_3, c_g], '朝阳 Q1 2025: 27.5 + 75.4 + 139.1 = 242.0亿')
gr_c1 = [c_r, F(CY, '5.4%'), F(CY, '0.1', post='和')]; gr_c2 = [c_r, F(CY, '5.2%'), F(CY, '0.3个百分点')]
S.rel('growth', C, gr_c1, 'GDP +5.5% vs national 5.4%: 0.1 point above')
S.rel('growth', C, gr_c2, 'GDP +5.5% vs provincial 5.2%: 0.3 point above')
sh_c1 = [c_1, c_g, F(CY, '11.4', post=':')]; sh_c2 = [c_2, c_g, F(CY, '31.2', post=':')]; sh_c3 = [c_3, c_g, F(CY, '57.5', post='。')]
S.rel('share', C, sh_c1, '27.5 / 242.0 = 11.36% → 11.4')
S.rel('share', C, sh_c2, '75.4 / 242.0 = 31.16% → 31.2')
S.rel('share', C, sh_c3, '139.1 / 242.0 = 57.48% → 57.5')
c_p1 = F(CY, '0.5个百分点', n=0); c_p2 = F(CY, '2.5个百分点', n=0); c_p3 = F(CY, '2.5个百分点', n=1)
sum_c2 = [c_p1, c_p2, c_p3, c_r]
S.rel('sum', C, sum_c2, 'contributions 0.5 + 2.5 + 2.5 = 5.5 points = GDP growth 5.5%')
sh_c4 = [c_p1, c_r, F(CY, '9.1%')]
S.rel('share', C, sh_c4, '贡献率 of the primary sector: 0.5 / 5.5 = 9.1%')
S.rel('share', C, [c_p2, c_r, F(CY, '46.0%')], '贡献率 of the secondary sector: 2.5 / 5.5 = 45.5%; with the half units (2.45–2.55 over 5.45–5.55) 44.1–46.8%, so 46.0% stands')
S.rel('sum', C, [F(CY, '9.1%'), F(CY, '46.0%'), F(CY, '44.9%')], 'contribution shares 9.1 + 46.0 + 44.9 = 100.0%')
sum_c3 = [F(CY, '2.0个百分点'), F(CY, '0.5个百分点', pre='建筑业增加值同比增长10.8%,拉动经济增长'), c_p2]
S.rel('sum', C, sum_c3, 'industry 拉动2.0 + construction 拉动0.5 = secondary sector 2.5 points')
S.rel('sum', C, [F(CY, '1.5个百分点'), F(CY, '3.0个百分点')], 'share changes: primary −1.5 and secondary −1.5 (“均下降1.5”) against tertiary +3.0: the shares still add up')
S.rel('growth', U, [F(CY, '8.5%'), F(CY, '2.6', post='和'), F(CY, '3.1个百分点')], 'secondary +8.5% “高于国、省2.6和3.1个百分点”: the national and provincial secondary rates are not stated')
S.rel('rate', U, [F(CY, '8.0%'), F(CY, '2.0个百分点'), F(CY, '26.2%')], 'industry +8.0% pulls 2.0 points: last year’s industry share (the weight) is not stated; 26.2% is this year’s share')
S.rel('share', U, [F(CY, '13.6%'), F(CY, '2.5个百分点', n=2)], 'manufacturing share 13.6%, “占比上升2.5个百分点”: last year’s share is not stated')

# ---- 大东区 2022
d_g = F(DD, '982.3亿元'); d_2 = F(DD, '715.2亿元'); d_3 = F(DD, '267.1亿元'); d_rv = F(DD, '112.3亿元'); d_t = F(DD, '109.6亿元'); d_n = F(DD, '2.7亿元')
sum_d1 = [d_2, d_3, d_g]; sh_d1 = [d_2, d_g, F(DD, '72.8')]; sh_d2 = [d_3, d_g, F(DD, '27.2')]
sum_d2 = [d_t, d_n, d_rv]; sh_d3 = [d_t, d_rv, F(DD, '97.6%')]; sh_d4 = [d_n, d_rv, F(DD, '2.4%')]
sum_d3 = [F(DD, '295980人'), F(DD, '316946人'), F(DD, '612926人')]
S.rel('sum', C, sum_d1, '大东 2022: secondary 715.2 + tertiary 267.1 = 982.3亿 (no primary sector)')
S.rel('share', C, sh_d1, '715.2 / 982.3 = 72.81% → 72.8')
S.rel('share', C, sh_d2, '267.1 / 982.3 = 27.19% → 27.2')
S.rel('sum', C, sum_d2, 'taxes 109.6 + non-tax 2.7 = revenue 112.3亿')
S.rel('share', C, sh_d3, 'taxes 109.6 / 112.3 = 97.60%')
S.rel('share', C, sh_d4, 'non-tax 2.7 / 112.3 = 2.40%')
S.rel('rate', C, [d_t, F(DD, '15.6%'), d_n, F(DD, '11.1%', n=0), d_rv, F(DD, '15.5%')], 'revenue rate from its two parts: last year 109.6/1.156 + 2.7/1.111 = 97.24; 112.3 / 97.24 = +15.49% → 15.5%')
S.rel('sum', C, sum_d3, 'men 295980 + women 316946 = 612926 registered population')
S.rel('sum', U, [F(DD, '41.7亿元'), F(DD, '44.0亿元'), F(DD, '2.1亿元'), F(DD, '0.8亿元'), d_t], '“在各项税收中”: four named taxes (88.6) are a selection, not a split of 109.6')
S.rel('growth', U, [F(DD, '2257人'), F(DD, '8326人'), F(DD, '1.19%')], 'births − deaths = −6069, but the −1.19% change (about −7381) also includes migration, which is not stated')
S.rel('rate', U, [F(DD, '4.8%'), F(DD, '6.5%'), F(DD, '1.2%', n=0)], 'GDP +4.8% from the sectors’ real rates: last year’s (constant-price) weights are not stated')
S.rel('restatement', U, [F(DD, '11.1%', n=0), F(DD, '11.1%', n=1)], '11.1%: non-tax revenue and public spending, same number, other indicator')

# ---- 沈河区 2021 and 2023 (plan-execution reports)
s1_g = F(SH1, '1062亿元'); s3_g = F(SH3, '1142亿元')
S.rel('rate', U, [F(SH1, '6%'), F(SH1, '7%'), F(SH1, '1.4%')], '沈河 2021 GDP +6% against services +7% and industrial gross output +1.4%: gross output is not value added and the weights are not stated')
S.rel('share', U, [F(SH1, '941亿元'), s1_g], 'services 941 within GDP 1062: no share is stated (88.6% would be implied); nothing to check')
S.rel('growth', U, [s1_g, s3_g, F(SH3, '6.5%')], 'cross-document: 1062 (2021 estimate) to 1142 (2023) over two years at current prices; +6.5% is the 2023 real rate over 2022, whose level is not in these texts')
S.rel('growth', U, [F(SH1, '151.6亿元'), F(SH3, '191.5亿元'), F(SH3, '10%')], 'cross-document: investment 151.6 (2021) and 191.5 (2023, +10% over 2022): the 2022 level is not stated')
S.rel('rate', U, [F(SH3, '93.1亿元'), F(SH3, '67.8%'), F(SH3, '87.2亿元'), F(SH3, '66.2%')], 'revenue +67.8% and taxes +66.2%: non-tax revenue (5.9) and its rate are not stated; nothing to check')
S.rel('restatement', U, [F(SH3, '3%'), F(SH1, '7%')], 'cross-document noise: retail +3% (2023) vs services +7% (2021): other indicator and year')

# ---- 沈阳 2024 results, 2025 goals, 2025 results
g4a = F(SY4, '5.2%左右', n=0); g4b = F(SY4, '5.2%左右', n=1)
S.rel('restatement', C, [g4a, g4b], '沈阳 2024 GDP “增长5.2%左右” in the summary and again under 经济“实力”')
S.rel('restatement', U, [F(SY4, '4%', pre='可比增长'), F(SY4, '4%左右', n=1)], 'revenue +4% (comparable) and investment +4%左右: same number, other indicator')
t_gdp = F(SYG, '5.5%以上', n=0); t_ret = F(SYG, '5.5%以上', n=1); t_pr = F(SYG, '3000个以上'); t_cl = F(SYG, '1.1万亿元')
S.rel('target', U, [t_gdp, g4a], '2025 GDP goal 5.5%以上 against the 2024 result 5.2%左右: other period')
S.rel('target', U, [t_ret, F(SY4, '4%左右', n=0)], '2025 retail goal 5.5%以上 against 2024 retail +4%左右: other period')
S.rel('restatement', U, [t_gdp, t_ret], 'GDP and retail goals both 5.5%以上: same number, other indicator')
S.rel('target', M, [t_pr, F(SYR, '3000個項目')], '2025 goal “全年开复工重点项目3000个以上” → 2025 “推動…3000個項目開復工”: 3000 ≥ 3000 (以上 met at ≥ X)')
S.rel('target', MS, [t_cl, F(SYR, '1.1萬億元')], '2025 goal “重点产业集群总规模达到1.1万亿元” → “「10+1」重點產業集群規模總量逼近1.1萬億元”: approaching, i.e. below 1.1万亿, even with the eleventh cluster')
S.rel('target', U, [F(SYG, '6%'), F(SYR, '12.2%')], '2025 investment goal +6% against 工業技改投資 +12.2%: other indicator (a part of investment)')
S.rel('target', U, [F(SYG, '65个'), F(SYR, '334個')], '65 new cooperation projects (goal) against 334 industrial projects put into production: other indicator')
S.rel('sum', U, [F(SYR, '34億元'), F(SYR, '332.5億元'), F(SYR, '3.6億元'), F(SYR, '136億元')], 'subsidies 34 and 3.6 “撬動/拉動” consumption 332.5 and 136: leverage claims, no stated ratio or total to check')

# ---- 敦化 2023 (traditional)
S.rel('sum', U, [F(DH, '70個'), F(DH, '3個'), F(DH, '54個')], '70 projects over 5000万, “其中10億元以上3個、億元以上54個”: nested thresholds (the 3 are inside the 54), not a split of 70')
S.rel('rate', U, [F(DH, '25.5億元'), F(DH, '9.5億元'), F(DH, '61.06%'), F(DH, '35.12%')], '全口徑 25.5 (+61.06%) contains 地方級 9.5 (+35.12%): the upper-level part and last year’s levels are not stated')
S.rel('growth', U, [F(DH, '86.5億元'), F(DH, '692萬'), F(DH, '80%')], 'tourism income 86.5 and 692万 visitors “同比增長均超80%”: last year’s levels are not stated')

# ---- 吉林 2013 investment (traditional)
j_t = F(JL13, '9880.00億元'); j_1 = F(JL13, '246.38億元'); j_2 = F(JL13, '5446.85億元'); j_3 = F(JL13, '4186.77億元'); j_r = F(JL13, '20.0%')
sum_j = [j_1, j_2, j_3, j_t]; gr_j = [j_r, F(JL13, '6.9%'), F(JL13, '13.1個百分點')]
S.rel('sum', C, sum_j, '吉林 investment: 246.38 + 5446.85 + 4186.77 = 9880.00億')
S.rel('rate', C, [j_1, F(JL13, '62.1%'), j_2, F(JL13, '19.7%'), j_3, F(JL13, '18.7%'), j_r], 'total rate from the three sectors: last year 151.99 + 4550.42 + 3527.18 = 8229.59; 9880 / 8229.59 = +20.05% → 20.0%')
S.rel('growth', C, gr_j, 'energy-intensive investment +6.9%, “低于全部投資增速13.1個百分點”: 20.0 − 6.9 = 13.1')
S.rel('growth', U, [j_r, F(JL13, '0.4個百分點')], '“高于當期全國平均增速0.4個百分點”: the national rate is not stated')
S.rel('restatement', U, [F(JL13, '1.09倍'), F(JL13, '1.21倍')], 'finance +1.09倍 and resident services +1.21倍: other industries; nothing to check')
S.rel('restatement', U, [F(JL13, '32.5%'), F(JL13, '32.6%')], 'automobile manufacturing +32.5% and transport +32.6%: neighbouring numbers, other industries')

# ---- 吉林 Q1 2024
S.rel('rate', U, [F(JL24, '6.5%'), F(JL24, '3.0%', n=0), F(JL24, '9.5%', n=0), F(JL24, '5.7%')], 'GDP +6.5% from the three sectors’ rates: the sector weights are not stated')
S.rel('restatement', U, [F(JL24, '3.0%', n=0), F(JL24, '3.0%', n=1)], 'primary value added +3.0% and 农林牧渔业总产值 +3.0%: same number, other indicator (value added vs gross output)')
S.rel('rate', U, [F(JL24, '3.0%', n=1), F(JL24, '9.5%', n=1), F(JL24, '2.4%'), F(JL24, '17.5%'), F(JL24, '19.2%')], 'gross output +3.0% from crops, livestock, forestry, fisheries: weights not stated (livestock dominates in Q1)')
S.rel('restatement', U, [F(JL24, '9.5%', n=0), F(JL24, '9.5%', n=1)], 'secondary value added +9.5% and crop output +9.5%: same number, other indicator')
S.rel('restatement', U, [F(JL24, '10.4%'), F(JL13, '20.0%')], 'cross-document: 吉林 industry +10.4% (Q1 2024) and investment +20.0% (2013): other indicator and period')

# ---- 黑龙江 key projects, H1 and August 2022
h_all = F(HJ, '3114个', n=0); h_p = F(HJ, '500个', n=0); h_po = F(HJ, '450个'); h_c = F(HJ, '2664个')
sum_h = [h_po, h_c, h_all]; sh_h1 = [h_po, h_p, F(HJ, '90%')]
sh_h2 = [F(HJ, '2063个'), F(HJ, '3114个', n=1), F(HJ, '66.2%')]; sh_h3 = [F(HJ, '318个'), F(HJ, '500个', n=1), F(HJ, '63.6%')]
sh_h4 = [F(HJ, '300个'), F(HJ, '500个', n=2), F(HJ, '60%')]; sh_h5 = [F(HJ, '135个'), F(HJ, '300个'), F(HJ, '45%')]
rt_h = [h_po, h_p, h_c, F(HJ, '87.5%'), F(HJ, '87.8%')]
S.rel('sum', C, sum_h, '黑龙江 H1: provincial 450 + city 2664 = 3114 key projects started')
S.rel('share', C, sh_h1, 'provincial start rate 450 / 500 = 90%')
S.rel('rate', C, rt_h, 'overall start rate: city projects planned 2664 / 0.875 = 3044.6; (450 + 2664) / (500 + 3044.6) = 87.85% → 87.8%')
S.rel('share', C, sh_h2, 'new starts 2063 / 3114 = 66.25% → 66.2%')
S.rel('share', C, sh_h3, 'provincial new starts 318 / 500 = 63.6%')
S.rel('share', C, sh_h4, 'industrial projects 300 / 500 = 60%')
S.rel('share', C, sh_h5, '发展新引擎 projects 135 / 300 = 45%')
S.rel('growth', U, [F(HJ, '6.9%'), F(HJ, '0.8个百分点')], 'investment +6.9% “高于全国0.8个百分点”: the national rate is not stated')
S.rel('growth', U, [F(HJ, '13.1亿元'), F(HJ, '2倍')], '日均13.1亿 “是会战前的2倍”: the pre-campaign daily amount is not stated')
S.rel('sum', U, [F(HJ, '13.5%'), F(HJ, '28.4%')], 'projects under construction +13.5% and new starts +28.4%: rates of counts whose levels are not stated; no sum')
a_p = F(HA, '500个'); a_i = F(HA, '60%'); a_n = F(HA, '189个'); a_s = F(HA, '63%')
sh_a = [a_n, a_p, a_i, a_s]
S.rel('share', C, sh_a, '非凡十年 (August): 189 high-tech projects “占产业项目的63%”, industrial projects = 60% of the 500 = 300; 189 / 300 = 63%')
rs_a1 = [F(HJ, '500个', n=0), a_p]; rs_a2 = [F(HJ, '60%'), a_i]
S.rel('restatement', C, rs_a1, 'cross-document: the 500 provincial key projects of 2022 in the H1 text and the August press conference')
S.rel('restatement', C, rs_a2, 'cross-document: industrial projects 占比60% (H1) ↔ “提高到今年的60%” (August)')
S.rel('restatement', U, [h_po, F(HA, '465个')], 'cross-document: 450 provincial projects started by end of June vs 465 by mid-August: other date')
S.rel('share', U, [F(HJ, '135个'), F(HJ, '45%'), a_n, a_s], 'cross-document: 135 “发展新引擎” projects (45%) vs 189 high-tech projects (63%) of the same 300: other categories (189 adds 创意设计 and the rest), not a restatement')
S.rel('growth', U, [F(HA, '1273亿元'), F(HA, '405亿元'), F(HA, '61.8%'), F(HA, '16.5个百分点')], '1273亿 (+405) at 61.8% of plan, 16.5 points above last year: neither year’s annual plan is stated, so the completion rates cannot be rebuilt')
S.rel('target', CT, [F(HA, '1273亿元'), F(HA, '61.8%')], 'provincial key projects: 1273亿 = 61.8% of the annual investment plan by mid-August; the year is not over: cannot tell whether the plan is met')
S.rel('restatement', U, [F(HA, '6.3%', n=0), F(HA, '6.3%', n=1)], '6.3%: the 2019 pull on investment and the Jan–Jul 2022 investment growth; same number, other period and indicator')
S.rel('growth', U, [F(HJ, '6.9%'), F(HA, '6.3%', n=1)], 'cross-document: investment +6.9% (Jan–Jun) and +6.3% (Jan–Jul): other periods; July alone is not stated')
S.rel('sum', U, [F(HA, '1340个'), a_p], '1340 provincial projects over three-plus years vs 500 this year: 500 is a part, the other years are not stated')

# ---- 加格达奇区 2017
q_g = F(JG, '336316万元'); q_p = F(JG, '140369人')
sum_q = [F(JG, '34396万元'), F(JG, '54044万元'), F(JG, '247876万元'), q_g]; sum_q2 = [F(JG, '9个'), F(JG, '2个', pre='续建项目'), F(JG, '11个')]
S.rel('sum', C, sum_q, '加格达奇 2017: 34396 + 54044 + 247876 = 336316万元')
S.rel('share', C, [q_g, q_p, F(JG, '23959元')], 'per-capita GDP: 336316万元 / 140369 registered residents = 23959.4元')
S.rel('sum', C, sum_q2, '11 industrial projects = 9 new + 2 continuing')
S.rel('sum', U, [F(JG, '2个', pre='省重点项目'), F(JG, '9个'), F(JG, '11个')], 'the 2 provincial key projects are a subset of the 11 (not a third group): 2 + 9 ≠ 11 is no error')
S.rel('share', U, [F(JG, '21979万元'), F(JG, '54044万元')], 'industry 21979 within the secondary sector 54044: a part; no share is stated')
S.rel('share', U, [F(JG, '124143人'), q_p], 'urban 124143 of 140369: no urbanisation rate is stated')

# ---- 鸡东煤矿 1986–1987 (old text)
S.rel('target', M, [F(JD, '50万吨'), F(JD, '503 313吨')], '1986 plan 50万吨 → 503313吨 produced: met')
S.rel('target', M, [F(JD, '18万吨'), F(JD, '520 167吨')], '1987 plan “18万吨” (as printed; probably 48万吨) → 520167吨: met under either reading')
S.rel('growth', U, [F(JD, '521 304吨'), F(JD, '503 313吨'), F(JD, '520 167吨')], 'both years stay below the record 521304吨; the text says “再创历史好水平” (a good level), not a new record: no claim to check')

# ---- 黑龙江 统配 coal 1991 (old text)
S.rel('target', M, [F(HC, '千万吨矿务局奋斗目标'), F(HC, '1000万吨大关')], '七台河 “突破1000万吨大关,提前九年实现千万吨矿务局奋斗目标”: the goal (for 2000) reached in 1991: met')
S.rel('share', U, [F(HC, '5900多万吨'), F(HC, '12.3%'), F(HC, '42.7%')], '5900多万吨 = 12.3% of national 统配 output and 42.7% of 东煤公司: neither total is stated')
S.rel('share', U, [F(HC, '88.17%'), F(HC, '32.29%')], '综采 32.29% within mechanisation 88.17%: a part, not a split')
S.rel('growth', U, [F(HC, '88.17%'), F(HC, '2.06%')], '“比1990年提高2.06%” (points of a rate): the 1990 rate is not stated')
S.rel('sum', U, [F(HC, '2000万吨'), F(HC, '1000万吨大关'), F(HC, '5900多万吨')], '鸡西 2000 + 七台河 1000 of 5900多: the other two bureaus are not given (only “千万吨级”); not a split')

# ---- altered copies (each changes one figure; every keyed relation it breaks is keyed inconsistent)
a = ALT(YK, 1, sum_y1[2], '57.9亿元', 'transferred-in funds 51.9 → 57.9')
S.rel('sum', I, R(a, sum_y1, sum_y1[2], '57.9亿元'), 'altered: the seven income items sum to 542.7, not 536.7 (breaks {B})')
a = ALT(YK, 2, gz[2], '33.9%', '盖州 decline 38.9% → 33.9%')
S.rel('growth', I, R(a, gz, gz[2], '33.9%'), 'altered: 8.4 / 21.6 = 38.9%, not 33.9% (breaks {B})')
a = ALT(YK, 3, y_h, '7.4亿元', '沿海产业基地 7.9 → 7.4')
S.rel('sum', I, R(a, sum_y4, y_h, '7.4亿元'), 'altered: 3.2 + 7.4 + 7.3 = 17.9, not 18.4 (breaks {B})')
S.rel('growth', I, R(a, [y_h, y_hd, F(YK, '30.1%')], y_h, '7.4亿元'), 'altered: 3.4 / (7.4 + 3.4) = 31.5%, not 30.1% (breaks {B})')
a = ALT(CY, 1, gr_c2[2], '0.8个百分点', 'lead over the province 0.3 → 0.8 points')
S.rel('growth', I, R(a, gr_c2, gr_c2[2], '0.8个百分点'), 'altered: 5.5 − 5.2 = 0.3, not 0.8 points (breaks {B})')
c_91 = sh_c4[2]
a = ALT(CY, 2, c_91, '6.1%', 'primary contribution share 9.1% → 6.1%')
S.rel('share', I, R(a, sh_c4, c_91, '6.1%'), 'altered: 0.5 / 5.5 = 9.1%, not 6.1% (breaks {B})')
S.rel('sum', I, R(a, [F(CY, '9.1%'), F(CY, '46.0%'), F(CY, '44.9%')], c_91, '6.1%'), 'altered: 6.1 + 46.0 + 44.9 = 97.0, not 100% (breaks {B})')
a = ALT(DD, 1, sum_d3[0], '295680人', 'men 295980 → 295680')
S.rel('sum', I, R(a, sum_d3, sum_d3[0], '295680人'), 'altered: 295680 + 316946 = 612626, not 612926 (breaks {B})')
a = ALT(DD, 2, sh_d3[2], '92.6%', 'tax share 97.6% → 92.6%')
S.rel('share', I, R(a, sh_d3, sh_d3[2], '92.6%'), 'altered: 109.6 / 112.3 = 97.6%, not 92.6% (breaks {B})')
a = ALT(SY4, 1, g4b, '5.7%左右', 'second mention of 2024 GDP growth 5.2% → 5.7%')
S.rel('restatement', I, R(a, [g4a, g4b], g4b, '5.7%左右'), 'altered: 5.2%左右 in the summary, 5.7%左右 under 经济“实力” (breaks {B})')
a = ALT(JL13, 1, gr_j[2], '18.1個百分點', 'gap to all investment 13.1 → 18.1 points')
S.rel('growth', I, R(a, gr_j, gr_j[2], '18.1個百分點'), 'altered: 20.0 − 6.9 = 13.1, not 18.1 points (breaks {B})')
a = ALT(JL13, 2, sum_j[0], '216.38億元', 'primary-sector investment 246.38 → 216.38')
S.rel('sum', I, R(a, sum_j, sum_j[0], '216.38億元'), 'altered: 216.38 + 5446.85 + 4186.77 = 9850.00, not 9880.00 (breaks {B})')
a = ALT(HJ, 1, sh_h3[0], '348个', 'provincial new starts 318 → 348')
S.rel('share', I, R(a, sh_h3, sh_h3[0], '348个'), 'altered: 348 / 500 = 69.6%, not 63.6% (breaks {B})')
a = ALT(HJ, 2, sh_h2[2], '68.2%', 'new-start share 66.2% → 68.2%')
S.rel('share', I, R(a, sh_h2, sh_h2[2], '68.2%'), 'altered: 2063 / 3114 = 66.2%, not 68.2% (breaks {B})')
a = ALT(HJ, 3, h_c, '2694个', 'city projects started 2664 → 2694')
S.rel('sum', I, R(a, sum_h, h_c, '2694个'), 'altered: 450 + 2694 = 3144, not 3114 (breaks {B})')
S.rel('rate', I, R(a, rt_h, h_c, '2694个'), 'altered: (450 + 2694) / (500 + 2694/0.875) = 88.0%, not 87.8% (breaks {B})')
a = ALT(HA, 1, a_s, '68%', 'high-tech share of industrial projects 63% → 68%')
S.rel('share', I, R(a, sh_a, a_s, '68%'), 'altered: 189 / (500 × 60%) = 63%, not 68% (breaks {B})')
a = ALT(JG, 1, sum_q[0], '38396万元', 'primary sector 34396 → 38396')
S.rel('sum', I, R(a, sum_q, sum_q[0], '38396万元'), 'altered: 38396 + 54044 + 247876 = 340316, not 336316 (breaks {B})')
a = ALT(JG, 2, sum_q2[1], '4个', 'continuing projects 2 → 4')
S.rel('sum', I, R(a, sum_q2, sum_q2[1], '4个'), 'altered: 9 new + 4 continuing = 13, not 11 (breaks {B})')
a = ALT(JG, 3, F(JG, '23959元'), '28959元', 'per-capita GDP 23959 → 28959')
S.rel('share', I, R(a, [q_g, q_p, F(JG, '23959元')], F(JG, '23959元'), '28959元'), 'altered: 336316万 / 140369 = 23959, not 28959元 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

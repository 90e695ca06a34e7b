"""Check key, set check-heldout155. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout155.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout155'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

Z='sz_2022.txt'; ZN='sz_2022_news.txt'; ZT='sz_2022t_hant.txt'; ZR='sz_2023r.txt'; YX='yx_2018h1.txt'; GZ='gz_2018h1.txt'
YQ='yx_2023q3_hant.txt'; SD='sd_2026.txt'; G8='gz_1988.txt'; GD='gd_2023h1_hant.txt'; G49='gd_1949.txt'; JM='jm_1956.txt'
GH='gx_2025h1.txt'; GC='gx_2025c.txt'; QB='qb_2020.txt'; HN='hn_2021h1.txt'; DZ='dz_2018.txt'

# ---- 深圳 2022 bulletin
z_y = F(Z, '32387.68亿元'); z_g = F(Z, '3.3%'); z_p = [F(Z, '25.64亿元'), F(Z, '12405.88亿元'), F(Z, '19956.16亿元')]
z_s1 = F(Z, '0.1%'); z_s2 = F(Z, '38.3%'); z_s3 = F(Z, '61.6%')
sum_z = z_p + [z_y]; sh_z1 = [z_p[0], z_y, z_s1]; sh_z3 = [z_p[2], z_y, z_s3]; sh_z2 = [z_p[1], z_y, z_s2]
S.rel('sum', C, sum_z, '深圳 2022: primary 25.64 + secondary 12405.88 + tertiary 19956.16 = 32387.68亿')
S.rel('share', C, sh_z1, 'primary 25.64 / 32387.68 = 0.079% → 0.1%')
S.rel('share', C, sh_z2, 'secondary 12405.88 / 32387.68 = 38.30% → 38.3%')
S.rel('share', C, sh_z3, 'tertiary 19956.16 / 32387.68 = 61.62% → 61.6%')
S.rel('rate', U, [z_g, F(Z, '0.8%'), F(Z, '4.8%'), F(Z, '2.4%')], 'GDP +3.3% from sector rates 0.8 / 4.8 / 2.4: the weights are the 2021 levels at 2022 prices, not stated; no check')
S.rel('growth', U, [z_g, F(Z, '3.2%')], 'per-capita GDP +3.2% against GDP +3.3%: the population change is not stated; nothing to check')
S.rel('share', U, [F(Z, '183274元'), F(Z, '27248美元')], '183274元 “按年平均汇率折算为27248美元”: the exchange rate (about 6.73) is not stated')

# ---- 深圳 2022, 羊城晚报 (and cross-document with the bulletin)
n_y = F(ZN, '32387.68亿元'); n_p = [F(ZN, '25.64亿元'), F(ZN, '12405.88亿元'), F(ZN, '19956.16亿元')]; n_se = F(ZN, '13324.02亿元')
sum_n = n_p + [n_y]; sh_n = [n_se, n_y, F(ZN, '41.1%')]; gr_n = [F(ZN, '6.9%'), F(ZN, '3.3%'), F(ZN, '3.6个百分点')]
S.rel('sum', C, sum_n, '羊城晚报: 25.64 + 12405.88 + 19956.16 = 32387.68亿')
S.rel('restatement', C, [n_y, z_y], 'cross-document: 2022 GDP 32387.68亿 in the January news and in the May bulletin')
S.rel('restatement', C, [F(ZN, '3.3%'), z_g], 'cross-document: GDP growth 3.3% in both')
S.rel('restatement', C, [n_p[1], z_p[1]], 'cross-document: secondary industry 12405.88亿 in both')
S.rel('share', C, sh_n, 'strategic emerging industries 13324.02 / GDP 32387.68 = 41.14% → 41.1%')
S.rel('growth', C, gr_n, 'strategic emerging industries +6.9% “高于GDP增速3.6个百分点”: 6.9 − 3.3 = 3.6')
S.rel('restatement', C, [F(ZN, '1.3万亿元'), n_se], '“攀上1.3万亿元台阶” restated as 13324.02亿 (≥ 13000)')
S.rel('restatement', U, [F(ZN, '4.8%', n=1), F(ZN, '4.8%', n=2)], 'industry above scale +4.8% and special equipment +4.8%: same number, other indicators')
S.rel('restatement', U, [n_p[1], F(ZN, '11357.09亿元')], 'secondary industry 12405.88 and all-industry value added 11357.09: secondary also holds construction; other scope, no split stated')
S.rel('sum', U, [F(ZN, '1万亿元'), F(ZN, '11357.09亿元')], 'industry above scale “突破1万亿” within all industry 11357.09: a part; the rest is not stated')
S.rel('growth', U, [F(ZN, '19.2%'), F(ZN, '15.4%')], 'manufacturing investment +15.4% within industrial investment +19.2%: a part; weights not stated')

# ---- 深圳 2022 targets (香港商報, traditional) and 2021 results
t_y = F(ZT, '3.07萬億元', n=0); t_y2 = F(ZT, '3.07萬億元', n=1); t_gd = F(ZT, '12.4萬億元')
sh_t = [t_y2, t_gd, F(ZT, '1/4')]; rs_t = [t_y, t_y2]
S.rel('share', C, sh_t, '深圳 2021 GDP 3.07 / 广东 12.4萬億 = 24.8%: “佔比接近1/4”')
S.rel('restatement', C, rs_t, '2021 GDP 3.07萬億 in the lead and the next paragraph')
S.rel('growth', U, [t_y, z_y, z_g], 'cross-document: 3.07萬億 (2021) → 32387.68億 (2022) is +5.5% nominal; the 3.3% is real growth: nominal vs real, no contradiction')
S.rel('growth', U, [F(ZT, '16.2%'), F(ZT, '13.5%')], 'exports +13.5% within trade +16.2%: a part; weights not stated')
S.rel('target', MS, [F(ZT, '6%左右'), z_g], 'cross-document: 深圳 2022 goal “GDP增長6%左右”; 2022 result +3.3% (bulletin) < 5.5: missed')
S.rel('target', MS, [F(ZT, '5%', pre='工業增加值增長'), F(ZN, '4.8%', n=1)], 'cross-document: 2022 goal industry above scale +5%; result +4.8% (羊城晚报) < 5: missed')
S.rel('target', M, [F(ZT, '5%', pre='固定資產投資額增長'), F(ZN, '8.4%')], 'cross-document: 2022 goal fixed investment +5%; result +8.4%: met')
S.rel('target', U, [F(ZT, '6%左右'), F(ZR, '6.0%')], 'cross-document: the 2022 goal 6%左右 against the 2023 result 6.0%: other year; unrelated')
S.rel('target', U, [F(ZT, '6%', pre='零售總額增長'), F(ZR, '7.8%')], 'cross-document: the 2022 retail-sales goal +6% against 2023 retail sales +7.8%: other year; unrelated')

# ---- 深圳 government work report of January 2024 (2023 results)
S.rel('growth', U, [F(ZR, '3.46 万亿元'), z_y, F(ZR, '6.0%')], 'cross-document: 3.46万亿 (2023) / 32387.68億 (2022) = +6.8% nominal; the 6.0% is real: nominal vs real')
S.rel('growth', C, [F(ZN, '41.1%'), F(ZR, '41.9%')], 'cross-document: strategic emerging industries’ share “提高到 41.9%” in 2023 from 41.1% in 2022: 41.9 > 41.1')
S.rel('restatement', U, [F(ZR, '6.2%', n=0), F(ZR, '6.2%', n=1)], 'industry above scale +6.2% and modern services +6.2%: same number, other indicators')
S.rel('growth', U, [F(ZR, '5.9%'), F(ZR, '12.5%')], 'exports +12.5% within trade +5.9%: a part; imports not stated')
S.rel('growth', U, [F(ZR, '4112.8 亿元'), F(ZR, '2.5%')], 'general-budget revenue 4112.8 +2.5%: the 2022 level is in no document here; nothing to check')
S.rel('share', U, [F(ZR, '76.3%'), F(ZR, '3.46 万亿元')], 'modern services = 76.3% of services value added: neither level is stated')

# ---- 广州市越秀区 H1 2018 plan execution
yx = {k: (F(YX, k, n=0), F(YX, k, n=1)) for k in ['1696.74亿元', '4.4%', '29.02亿元', '11.2%', '656.62亿元', '6.3%', '1.23‰', '6.0%']}
for k, w in [('1696.74亿元', 'GDP 1696.74亿'), ('4.4%', 'GDP growth 4.4%'), ('29.02亿元', 'general-budget revenue 29.02亿'), ('11.2%', 'revenue growth 11.2%'),
             ('656.62亿元', 'retail sales 656.62亿'), ('6.3%', 'retail-sales growth 6.3%'), ('1.23‰', 'natural population growth 1.23‰'), ('6.0%', 'urban income growth 6.0%')]:
    S.rel('restatement', C, list(yx[k]), f'越秀 H1 2018: {w} in the text and in the table')
S.rel('target', CT, [F(YX, '增长6%左右', n=0), yx['4.4%'][1]], '越秀 2018 GDP goal 6%左右 against the H1 growth 4.4%: the year is not over; cannot tell')
S.rel('target', CT, [F(YX, '5%(可比口径)'), yx['11.2%'][1]], 'revenue goal +5% (comparable) against H1 +11.2%: the year is not over; cannot tell')
S.rel('target', CT, [F(YX, '7‰以内'), yx['1.23‰'][1]], 'natural population growth “7‰以内” against 1.23‰ for the half-year: a rate for part of the year; cannot tell')
S.rel('target', U, [F(YX, '增长6%左右', n=0), F(GZ, '6.2%')], 'cross-document: 越秀’s GDP goal against 广州’s H1 growth 6.2%: other place; unrelated')
S.rel('share', U, [yx['1696.74亿元'][0], F(GZ, '10652.98亿元')], 'cross-document: 越秀 H1 GDP 1696.74 and 广州 H1 GDP 10652.98 (15.9%): no share is stated; nothing to check')

# ---- 广州 H1 2018 report
S.rel('restatement', U, [F(GZ, '2.3%', n=0), F(GZ, '2.3%', n=1)], 'CPI +2.3% and registered unemployment 2.3%: same number, other indicators')
S.rel('sum', U, [F(GZ, '3429亿元'), F(GZ, '866.7亿元'), F(GZ, '352.7亿元')], 'fiscal revenue from 广州 3429 “其中” local revenue 866.7 and state-enterprise profits 352.7: profits are not a part of fiscal revenue and the rest is not split; no sum')
S.rel('growth', U, [F(GZ, '8.1%'), F(GZ, '8%', pre='、增长')], 'total fiscal revenue +8.1% and local general-budget revenue +8%: a part; the other parts are not stated')

# ---- 越秀 first three quarters of 2023 (traditional)
q_y0 = F(YQ, '2809.61億元', n=0); q_y1 = F(YQ, '2809.61億元', n=1); q_2 = F(YQ, '88.44億元'); q_3 = F(YQ, '2721.17億元')
sum_q = [q_2, q_3, q_y1]; sh_q2 = [q_2, q_y1, F(YQ, '3.15')]; sh_q3 = [q_3, q_y1, F(YQ, '96.85')]
S.rel('restatement', C, [q_y0, q_y1], '越秀 Q1–Q3 2023: GDP 2809.61億 in the list and the body')
S.rel('restatement', C, [F(YQ, '4.3%', n=0), F(YQ, '4.3%', n=1)], 'GDP growth 4.3% in the list and the body')
S.rel('sum', C, sum_q, 'secondary 88.44 + tertiary 2721.17 = 2809.61億 (no primary sector)')
S.rel('share', C, sh_q2, 'secondary 88.44 / 2809.61 = 3.148% → “3.15”')
S.rel('share', C, sh_q3, 'tertiary 2721.17 / 2809.61 = 96.85%')
S.rel('restatement', U, [F(YQ, '386.74億元'), F(YQ, '41.82億元')], 'tax revenue 386.74 “含省、市三分局征收數” and general-budget revenue 41.82: other scope (taxes collected in the district for all levels vs district revenue); no relation')
S.rel('growth', U, [F(YQ, '4.6%'), F(YQ, '2.0個')], 'industry above scale +4.6%, “比上半年回落2.0個百分點”: the H1 rate is not stated here')
S.rel('growth', U, [F(YQ, '4.6%'), F(YQ, '8.4%')], 'industry above scale +4.6% and secondary industry +8.4%: other indicators (secondary holds construction); no contradiction')
S.rel('rate', U, [F(YQ, '4.3%', n=1), F(YQ, '8.4%'), F(YQ, '4.1%')], 'GDP +4.3% from secondary +8.4% and tertiary +4.1%: the base-period weights are not stated')
S.rel('growth', U, [yx['1696.74亿元'][0], q_y0], 'cross-document: 越秀 GDP 1696.74 (H1 2018) and 2809.61 (Q1–Q3 2023): other periods; no rate stated')

# ---- 顺德 2026
S.rel('growth', U, [F(SD, '4469亿元'), F(SD, '24.3%')], '顺德 GDP 4469亿, “较‘十三五’末增长24.3%”: the 2020 level (about 3595) is not stated; nominal or real not said')
S.rel('target', U, [F(SD, '4.5%左右'), F(YQ, '4.3%', n=1)], 'cross-document: 顺德’s 2026 GDP goal 4.5%左右 against 越秀’s Q1–Q3 2023 growth 4.3%: other place and period; unrelated')

# ---- 广州 1980–1988 (periodical abstract, c. 1989)
S.rel('growth', U, [F(G8, '13.75%'), F(G8, '2.55')], '广州 social output +13.75% a year, 2.55 points above the national average: the national rate is not stated; nothing to check')
S.rel('restatement', U, [F(G8, '13.75%'), F(G8, '13.71%')], 'social output 13.75% and industrial-agricultural output 13.71%: near numbers, other indicators')
S.rel('growth', U, [F(G8, '16.9%'), F(G8, '20.7%')], 'wage bill +16.9% (nominal) and retail sales +20.7% (“剔除物价上涨因素”, real): nominal vs real, no relation')
S.rel('growth', U, [F(G8, '12.66%'), F(G8, '约4个百分点', n=0)], 'growth “比亚洲‘四小龙’也高出约4个百分点”: the dragons’ rate is not stated')

# ---- 广东 key projects H1 2023 (traditional)
d_p = F(GD, '1萬(wàn)億元'); d_c = F(GD, '5841億元'); sh_d = [d_c, d_p, F(GD, '58.4%')]
S.rel('share', C, sh_d, '广东 key projects H1 2023: 5841 / annual plan 1萬億 = 58.41% → 58.4%')
S.rel('target', CT, [d_p, d_c], 'annual plan 1萬億 against 5841億 by June: the year is not over; cannot tell')
S.rel('share', U, [F(GD, '137個(gè)'), F(GD, '55%')], '137 new starts = 開工率55%: the number of planned new starts (about 249) is not stated')
S.rel('sum', U, [F(GD, '1530個(gè)'), F(GD, '137個(gè)')], '137 new starts among 1530 key projects: a part; no split stated')

# ---- 广东 1949–2018 (南方杂志)
gr_g = [F(G49, '600倍'), F(G49, '9.7%')]
S.rel('growth', C, gr_g, '广东 GDP 1949 → 2018 “是1949年的600倍” at comparable prices, “年均增长9.7%”: 600^(1/69) = 1.0971 → 9.7%')
S.rel('growth', U, [F(G49, '20.27亿元'), F(G49, '9.73万亿元'), F(G49, '600倍')], '20.27亿 → 9.73万亿 is 4800 times nominal; the 600倍 is at comparable prices: nominal vs real')
S.rel('share', U, [F(G49, '4.3%'), F(G49, '10.8%')], 'share of national GDP 4.3% (1952) → 10.8% (2018): national levels not stated; nothing to check')
S.rel('restatement', U, [F(G49, '9.73万亿元'), t_gd], 'cross-document: 广东 GDP 9.73万亿 (2018) and 12.4萬億 (2021): other years; no rate stated')

# ---- 江门 1956 report on 1955 (quoted)
S.rel('target', M, [F(JM, '111.53%')], '江门 1955: local state and joint enterprises completed 111.53% of the output plan: met')
S.rel('target', M, [F(JM, '124.97%')], 'local state enterprises 124.97% of plan: met')
S.rel('target', MS, [F(JM, '92.25%')], 'joint state-private enterprises 92.25% of plan: missed')
S.rel('target', MS, [F(JM, '90.92%')], 'labour productivity of joint enterprises 90.92% of plan: missed')
S.rel('target', M, [F(JM, '110.20%')], 'grain output 110.20% of plan: met')
S.rel('rate', U, [F(JM, '111.53%'), F(JM, '124.97%'), F(JM, '92.25%')], 'overall 111.53% from 124.97% and 92.25%: the two plans (weights) are not stated')
S.rel('rate', U, [F(JM, '100.70%'), F(JM, '106%'), F(JM, '110.20%')], 'area 100.70% × yield 106% = 106.7%, output 110.20%: the three plans were set separately and are not stated; no identity to check')
S.rel('growth', U, [F(JM, '19.25%'), F(JM, '111.53%')], 'output +19.25% over 1954 and 111.53% of plan: the 1954 level and the plan are not stated')

# ---- 广西 public finance H1 2025
h_r = F(GH, '51%'); h_e = F(GH, '53.1%'); gr_h = [h_r, F(GH, '1个'), h_e, F(GH, '3.1个百分点')]
S.rel('growth', C, gr_h, '广西 H1 2025: revenue 51% and spending 53.1% of the budget, “分别超过序时进度1个、3.1个百分点”: 51 − 1 = 53.1 − 3.1 = 50, the half-year pace')
S.rel('target', CT, [h_r, F(GH, '964.55亿元')], 'revenue 964.55 = 51% of the annual budget by June: the year is not over; cannot tell')
S.rel('target', CT, [h_e, F(GH, '3359.72亿元')], 'spending 3359.72 = 53.1% of the annual budget by June: cannot tell')
S.rel('sum', U, [F(GH, '120亿元'), F(GH, '31.43亿元'), F(GH, '150亿元'), F(GH, '72.5亿元'), F(GH, '81.68亿元')], 'support items 120, 31.43, 超150, 72.5, 81.68: no total is stated (and 150 is a lower bound)')
S.rel('restatement', U, [F(GH, '964.55亿元'), F(GC, '1922亿元')], 'cross-document: H1 general-budget revenue 964.55 and full-year 财政收入 1922: other period and other indicator (财政收入 is wider); no relation')
S.rel('growth', U, [F(GH, '3.2%'), F(GC, '4.6%')], 'cross-document: H1 general-budget revenue +3.2% and full-year 财政收入 +4.6%: other period and indicator')

# ---- 广西 14 cities' revenue 2025
c_gl = F(GC, '150.65亿元'); c_inc = F(GC, '23.59亿元'); gr_c = [c_gl, c_inc, F(GC, '18.6%')]; gr_lz = [F(GC, '167亿元'), F(GC, '165.18亿元')]
rs_c = [F(GC, '1900亿元'), F(GC, '1922亿元')]
S.rel('growth', C, gr_c, '桂林 2025: 150.65, increase 23.59: 23.59 / (150.65 − 23.59) = 18.57% → 18.6%')
S.rel('growth', C, gr_lz, '柳州 167亿 “反超165.18亿元的百色”: 167 > 165.18')
S.rel('restatement', C, rs_c, '广西 revenue “首次突破1900亿元” restated as 1922亿 (> 1900)')
S.rel('restatement', C, [F(GC, '101.64亿元'), F(GC, '百亿')], '钦州 101.64亿 “首次突破百亿”: 101.64 > 100')
S.rel('rate', U, [F(GC, '4.6%'), F(GC, '3%以上'), F(GC, '10.4%')], 'annual +4.6% from “前九个月 3%以上” and Q4 +10.4%: quarterly weights not stated')
S.rel('growth', U, [F(GC, '62.39亿元'), F(GC, '24.9%')], '崇左 62.39 +24.9%: the 2024 level (about 49.95) is not stated')
S.rel('growth', U, [F(GC, '12%'), F(GC, '6.1%')], '柳州 +12% and 百色 +6.1%: other places; the ranking change needs the 2024 levels, not stated')

# ---- 钦北区 2020 bulletin (real errors in the pulls)
b_y = F(QB, '330.6亿元'); b_p = [F(QB, '62.1亿元'), F(QB, '95.2亿元'), F(QB, '173.3亿元')]
sum_b = b_p + [b_y]; sh_b1 = [b_p[0], b_y, F(QB, '19%')]; sh_b2 = [b_p[1], b_y, F(QB, '29%')]; sh_b3 = [b_p[2], b_y, F(QB, '52%')]
b_c = [F(QB, '165.6%'), F(QB, '-1084.2%'), F(QB, '1018.6%')]; b_l = [F(QB, '2.4', pre='分别拉动经济增长'), F(QB, '-7.1'), F(QB, '4.8', pre='和')]
S.rel('sum', C, sum_b, '钦北 2020: 62.1 + 95.2 + 173.3 = 330.6亿')
S.rel('share', C, sh_b1, 'primary 62.1 / 330.6 = 18.8% → “19%”')
S.rel('share', C, sh_b2, 'secondary 95.2 / 330.6 = 28.8% → “29%”')
S.rel('share', C, sh_b3, 'tertiary 173.3 / 330.6 = 52.4% → “52%”')
S.rel('sum', C, b_c, 'contributions 165.6 − 1084.2 + 1018.6 = 100%')
S.rel('sum', I, b_l + [F(QB, '0.5%')], 'REAL ERROR in the original: the pulls 2.4 − 7.1 + 4.8 = 0.1 points (at most 0.25 with rounding), not the GDP growth 0.5%')
S.rel('share', I, [b_l[0], F(QB, '0.5%'), b_c[0]], 'REAL ERROR in the original: pull = contribution × growth: 165.6% × 0.5 = 0.83 points, not 2.4 (2.4 / 0.5 = 480%)')
b_t1 = F(QB, '18.8'); b_t2 = F(QB, '28.8'); b_t3 = F(QB, '52.4')
S.rel('restatement', C, [F(QB, '19%'), b_t1], 'primary share “19%” in the text, 18.8 in the table: rounding')
S.rel('restatement', C, [F(QB, '15%'), F(QB, '14.7')], 'industry share “15%” in the text, 14.7 in the table: rounding')
S.rel('sum', C, [b_t1, b_t2, b_t3, F(QB, '100', pre='8.1 ')], 'table 2020: 18.8 + 28.8 + 52.4 = 100')
sum_b2 = [F(QB, '14.7'), F(QB, '14.1', pre='10.7 '), b_t2]; sum_b4 = [F(QB, '11.4', pre='18.7 '), F(QB, '10.9'), F(QB, '22.3')]
S.rel('sum', C, sum_b2, 'table 2020: industry 14.7 + construction 14.1 = secondary 28.8')
S.rel('sum', C, [F(QB, '17.5'), F(QB, '16.5'), F(QB, '34', pre='28.8 ')], 'table 2019: industry 17.5 + construction 16.5 = secondary 34')
S.rel('sum', C, [F(QB, '8.1', pre='19.2 '), F(QB, '4.8', pre='6.5 '), F(QB, '12.9')], 'table 2020: wholesale 8.1 + retail 4.8 = 12.9')
S.rel('sum', C, sum_b4, 'table 2020: for-profit 11.4 + non-profit 10.9 = other services 22.3')
S.rel('sum', C, [F(QB, '7.9'), F(QB, '10.7', pre='10.9 '), F(QB, '18.7', pre='22.3 ')], 'table 2019: 7.9 + 10.7 = 18.6 → 18.7 within the rounding of three inputs')
S.rel('sum', C, [F(QB, '1.6', pre='0.3 '), F(QB, '3.5'), F(QB, '5.1', pre='2.6 ')], 'table 2020: real-estate development 1.6 + own-account 3.5 = real estate 5.1 (other activities blank)')
S.rel('sum', U, [F(QB, '12.9'), F(QB, '6', pre='4.9 '), F(QB, '1.1', pre='13.7 '), F(QB, '4.5', pre='6.1 '), F(QB, '5.1', pre='2.6 '), F(QB, '22.3'), b_t3], 'the listed service rows sum to 51.9, not the tertiary 52.4: farm services (农林牧渔业 19.3 − 第一产业 18.8 = 0.5) are tertiary but sit under 农林牧渔业; not a split')
S.rel('restatement', U, [F(QB, '19.3'), b_t1], '农林牧渔业 19.3 and 第一产业 18.8: other scope (farm services); no contradiction')
S.rel('restatement', U, [F(QB, '0.5', pre='地区生产总值 '), F(QB, '0.5', pre='邮政业 ')], 'GDP +0.5 and transport +0.5: same number, other indicators')

# ---- 海南 H1 2021 public finance (graphic)
n_l = F(HN, '666.1亿元'); sh_hn = [n_l, F(HN, '949.49亿元'), F(HN, '70.2%')]
S.rel('share', C, sh_hn, '海南 H1 2021: livelihood spending 666.1 / spending 949.49 = 70.15% → 70.2%')
S.rel('target', CT, [F(HN, '57.1%'), F(HN, '479.89亿元')], 'revenue 479.89 = 57.1% of the annual budget by June: the year is not over; cannot tell')
S.rel('share', U, [F(HN, '66.4%'), F(HN, '80.5%'), F(HN, '479.89亿元')], 'taxes +66.4% and 80.5% of revenue (about 386.3): the tax level and last year’s are not stated; nothing to check')
S.rel('growth', U, [F(HN, '45.8%'), F(HN, '12.9%')], 'revenue +45.8%, spending +12.9%: the 2020 levels are not stated')

# ---- 儋州 1988–2018
sum_d1 = [F(DZ, '60.9'), F(DZ, '11.7'), F(DZ, '27.4')]; sum_d2 = [F(DZ, '38.3'), F(DZ, '13.1'), F(DZ, '48.6')]
S.rel('sum', C, sum_d1, '儋州 1988 structure 60.9 + 11.7 + 27.4 = 100')
S.rel('sum', C, sum_d2, '2018 structure 38.3 + 13.1 + 48.6 = 100')
S.rel('growth', U, [F(DZ, '6.41亿元'), F(DZ, '322.97亿元'), F(DZ, '20倍')], 'GDP 6.41 → 322.97 is 50 times nominal; “综合测算…增长约20倍” is at comparable prices, not stated: nominal vs real')
S.rel('growth', I, [F(DZ, '606元'), F(DZ, '14465元'), F(DZ, '30倍')], 'REAL DISCREPANCY: 606 → 14465 is 23.9 times (增长22.9倍), not “约30倍” under either reading (and a price-adjusted figure would be lower); the two ends are also different indicators (纯收入 vs 可支配收入)')

# ---- further traps and one lower-bound restatement
S.rel('restatement', U, [F(Z, '4.8%'), F(ZN, '4.8%', n=1)], 'cross-document: secondary industry +4.8% (bulletin) and industry above scale +4.8% (羊城晚报): same number, other indicators')
S.rel('restatement', C, [t_y2, F(ZT, '3萬億元', pre='突破')], '2021 GDP 3.07萬億 “突破3萬億元”: 3.07 > 3')
S.rel('target', U, [F(ZT, '5%', pre='預算收入增長'), F(ZR, '2.5%')], 'cross-document: the 2022 revenue goal +5% against the 2023 revenue growth +2.5%: other year; unrelated')
S.rel('target', U, [h_r, F(HN, '57.1%')], 'cross-document: 广西 revenue at 51% of its 2025 budget and 海南 at 57.1% of its 2021 budget by June: other place and year; unrelated')
S.rel('restatement', U, [F(QB, '14.1', pre='10.7 '), F(QB, '14.1', pre='批发业 ')], 'construction share 14.1 and wholesale growth 14.1: same number, other indicators')
S.rel('sum', U, [F(SD, '4469亿元'), F(SD, '万亿元')], '顺德 GDP 4469亿 and industrial output “突破万亿元”: gross output is not value added; no relation')

# ======== altered copies
a = ALT(Z, 1, z_p[0], '28.64亿元', 'primary industry 25.64 → 28.64')
S.rel('sum', I, R(a, sum_z, z_p[0], '28.64亿元'), 'altered: 28.64 + 12405.88 + 19956.16 = 32390.68, not 32387.68 (breaks {B})')
a = ALT(Z, 2, z_s3, '61.9%', 'tertiary share 61.6% → 61.9%')
S.rel('share', I, R(a, sh_z3, z_s3, '61.9%'), 'altered: 19956.16 / 32387.68 = 61.6%, not 61.9% (breaks {B})')
a = ALT(Z, 3, z_s2, '36.3%', 'secondary share 38.3% → 36.3%')
S.rel('share', I, R(a, sh_z2, z_s2, '36.3%'), 'altered: 12405.88 / 32387.68 = 38.3%, not 36.3% (breaks {B})')
a = ALT(ZN, 1, n_se, '13924.02亿元', 'strategic emerging industries 13324.02 → 13924.02')
S.rel('share', I, R(a, sh_n, n_se, '13924.02亿元'), 'altered: 13924.02 / 32387.68 = 43.0%, not 41.1% (breaks {B})')
a = ALT(ZN, 2, gr_n[2], '3.8个百分点', 'gap 3.6 → 3.8 points')
S.rel('growth', I, R(a, gr_n, gr_n[2], '3.8个百分点'), 'altered: 6.9 − 3.3 = 3.6, not 3.8 points (breaks {B})')
a = ALT(ZT, 1, t_gd, '15.4萬億元', '广东 GDP 12.4 → 15.4萬億')
S.rel('share', I, R(a, sh_t, t_gd, '15.4萬億元'), 'altered: 3.07 / 15.4 = 19.9%, not “接近1/4” (breaks {B})')
a = ALT(ZT, 2, t_y2, '3.04萬億元', '2021 GDP (second mention) 3.07 → 3.04萬億')
S.rel('restatement', I, R(a, rs_t, t_y2, '3.04萬億元'), 'altered: 3.07萬億 in the lead, 3.04萬億 in the next paragraph (breaks {B})')
a = ALT(ZR, 1, F(ZR, '41.9%'), '40.9%', 'strategic emerging industries’ share 41.9% → 40.9%')
S.rel('growth', I, R(a, [F(ZN, '41.1%'), F(ZR, '41.9%')], F(ZR, '41.9%'), '40.9%'), 'altered: “提高到 40.9%” is below the 2022 share 41.1% (breaks {B})')
a = ALT(YX, 1, yx['1696.74亿元'][0], '1698.74亿元', 'GDP in the text 1696.74 → 1698.74')
S.rel('restatement', I, R(a, list(yx['1696.74亿元']), yx['1696.74亿元'][0], '1698.74亿元'), 'altered: GDP 1698.74 in the text, 1696.74 in the table (breaks {B})')
a = ALT(YX, 2, yx['11.2%'][1], '11.7%', 'revenue growth in the table 11.2% → 11.7%')
S.rel('restatement', I, R(a, list(yx['11.2%']), yx['11.2%'][1], '11.7%'), 'altered: revenue growth 11.2% in the text, 11.7% in the table (breaks {B})')
a = ALT(YQ, 1, q_2, '88.94億元', 'secondary industry 88.44 → 88.94')
S.rel('sum', I, R(a, sum_q, q_2, '88.94億元'), 'altered: 88.94 + 2721.17 = 2810.11, not 2809.61 (breaks {B})')
S.rel('share', I, R(a, sh_q2, q_2, '88.94億元'), 'altered: 88.94 / 2809.61 = 3.166%, not 3.15 (breaks {B})')
a = ALT(YQ, 2, sh_q3[2], '96.35', 'tertiary share 96.85 → 96.35')
S.rel('share', I, R(a, sh_q3, sh_q3[2], '96.35'), 'altered: 2721.17 / 2809.61 = 96.85%, not 96.35 (breaks {B})')
a = ALT(GD, 1, d_c, '5941億元', 'completed investment 5841 → 5941')
S.rel('share', I, R(a, sh_d, d_c, '5941億元'), 'altered: 5941 / 10000 = 59.4%, not 58.4% (breaks {B})')
a = ALT(GD, 2, sh_d[2], '53.4%', 'progress 58.4% → 53.4%')
S.rel('share', I, R(a, sh_d, sh_d[2], '53.4%'), 'altered: 5841 / 10000 = 58.4%, not 53.4% (breaks {B})')
a = ALT(G49, 1, gr_g[1], '9.2%', 'average growth 9.7% → 9.2%')
S.rel('growth', I, R(a, gr_g, gr_g[1], '9.2%'), 'altered: 600^(1/69) = 1.097, not 9.2% a year (breaks {B})')
a = ALT(G49, 2, gr_g[0], '800倍', 'multiple 600 → 800')
S.rel('growth', I, R(a, gr_g, gr_g[0], '800倍'), 'altered: 800^(1/69) = 1.102 → 10.2% a year, not 9.7% (breaks {B})')
a = ALT(GH, 1, gr_h[3], '3.6个百分点', 'spending lead over the pace 3.1 → 3.6 points')
S.rel('growth', I, R(a, gr_h, gr_h[3], '3.6个百分点'), 'altered: 53.1 − 3.6 = 49.5 but 51 − 1 = 50: the two leads imply different paces (breaks {B})')
a = ALT(GH, 2, h_r, '57%', 'revenue progress 51% → 57%')
S.rel('growth', I, R(a, gr_h, h_r, '57%'), 'altered: 57 − 1 = 56, not the half-year pace 50 that 53.1 − 3.1 gives (breaks {B})')
a = ALT(GC, 1, c_inc, '28.59亿元', '桂林 increase 23.59 → 28.59')
S.rel('growth', I, R(a, gr_c, c_inc, '28.59亿元'), 'altered: 28.59 / (150.65 − 28.59) = 23.4%, not 18.6% (breaks {B})')
a = ALT(GC, 2, gr_lz[1], '168.18亿元', '百色 165.18 → 168.18')
S.rel('growth', I, R(a, gr_lz, gr_lz[1], '168.18亿元'), 'altered: 柳州 167 does not “反超” 百色 168.18 (breaks {B})')
a = ALT(GC, 3, rs_c[1], '1892亿元', '广西 revenue 1922 → 1892')
S.rel('restatement', I, R(a, rs_c, rs_c[1], '1892亿元'), 'altered: 1892 is not “首次突破1900亿元” (breaks {B})')
a = ALT(QB, 1, b_p[2], '178.3亿元', 'tertiary 173.3 → 178.3')
S.rel('sum', I, R(a, sum_b, b_p[2], '178.3亿元'), 'altered: 62.1 + 95.2 + 178.3 = 335.6, not 330.6 (breaks {B})')
S.rel('share', I, R(a, sh_b3, b_p[2], '178.3亿元'), 'altered: 178.3 / 330.6 = 53.9%, not “52%” (breaks {B})')
a = ALT(QB, 2, sum_b4[0], '11.9', 'for-profit services share 11.4 → 11.9')
S.rel('sum', I, R(a, sum_b4, sum_b4[0], '11.9'), 'altered: 11.9 + 10.9 = 22.8, not 22.3 (breaks {B})')
a = ALT(HN, 1, n_l, '696.1亿元', 'livelihood spending 666.1 → 696.1')
S.rel('share', I, R(a, sh_hn, n_l, '696.1亿元'), 'altered: 696.1 / 949.49 = 73.3%, not 70.2% (breaks {B})')
a = ALT(HN, 2, sh_hn[2], '72.2%', 'livelihood share 70.2% → 72.2%')
S.rel('share', I, R(a, sh_hn, sh_hn[2], '72.2%'), 'altered: 666.1 / 949.49 = 70.2%, not 72.2% (breaks {B})')
a = ALT(DZ, 1, sum_d1[2], '24.4', '1988 tertiary share 27.4 → 24.4')
S.rel('sum', I, R(a, sum_d1, sum_d1[2], '24.4'), 'altered: 60.9 + 11.7 + 24.4 = 97, not 100 (breaks {B})')
a = ALT(DZ, 2, sum_d2[2], '46.8', '2018 tertiary share 48.6 → 46.8')
S.rel('sum', I, R(a, sum_d2, sum_d2[2], '46.8'), 'altered: 38.3 + 13.1 + 46.8 = 98.2, not 100 (breaks {B})')


a = ALT(YX, 3, yx['1.23‰'][1], '1.28‰', 'natural population growth in the table 1.23‰ → 1.28‰')
S.rel('restatement', I, R(a, list(yx['1.23‰']), yx['1.23‰'][1], '1.28‰'), 'altered: 1.23‰ in the text, 1.28‰ in the table (breaks {B})')
a = ALT(ZN, 3, n_p[1], '12495.88亿元', 'secondary industry (羊城晚报) 12405.88 → 12495.88')
S.rel('sum', I, R(a, sum_n, n_p[1], '12495.88亿元'), 'altered: 25.64 + 12495.88 + 19956.16 = 32477.68, not 32387.68 (breaks {B})')
S.rel('restatement', I, R(a, [n_p[1], z_p[1]], n_p[1], '12495.88亿元'), 'altered: secondary industry 12495.88 in the news against 12405.88 in the bulletin (breaks {B})')
a = ALT(QB, 3, b_c[0], '163.6%', 'primary contribution 165.6% → 163.6%')
S.rel('sum', I, R(a, b_c, b_c[0], '163.6%'), 'altered: 163.6 − 1084.2 + 1018.6 = 98, not 100 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

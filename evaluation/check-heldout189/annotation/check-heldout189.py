"""Check key, set check-heldout189. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout189.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout189'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

GZ='gz_changshun_2020.txt'; FD='cq_fengdu_2021.txt'; P1='cq_pengshui_2021.txt'; P2='cq_pengshui_2022.txt'; DL='tj_dongli_2022.txt'
BT='nm_baotou_2022.txt'; N4='nm_1949_1965.txt'; N6='nm_2002_2006.txt'; S8='sc_2018h1.txt'; S5='sc_2025h1.txt'; YN='yn_2018m7.txt'
CQ='cq_1996_2001.txt'; TL='cq_tongliang_2001_hant.txt'; SC='sc_city_h1_hant.txt'; SQ='cq_shuangqiao_2005.txt'

# ---- 贵州 长顺县 2020 budget execution
s_cs = [F(GZ, '34,264万元'), F(GZ, '17,924万元'), F(GZ, '16,340万元')]
S.rel('sum', C, s_cs, '一般公共预算收入 34,264 = 税收 17,924 + 非税 16,340万元')
d_cs = [F(GZ, '61万元'), F(GZ, '3,017万元'), F(GZ, '2,956万元')]
S.rel('sum', C, d_cs, 'change of the total = change of the parts: +61 = +3,017 (非税) − 2,956 (税收)万元')
S.rel('growth', C, [F(GZ, '34,264万元'), F(GZ, '61万元'), F(GZ, '0.2%')], '61 / (34,264 − 61) = 0.18% → 0.2%')
S.rel('growth', C, [F(GZ, '17,924万元'), F(GZ, '2,956万元'), F(GZ, '14.2%')], '税收 −2,956 / (17,924 + 2,956) = −14.16% → −14.2%')
g_nt = [F(GZ, '16,340万元'), F(GZ, '3,017万元'), F(GZ, '22.6%')]
S.rel('growth', C, g_nt, '非税 +3,017 / (16,340 − 3,017) = +22.65% → 22.6%')
S.rel('share', C, [F(GZ, '47.69%'), F(GZ, '16,340万元'), F(GZ, '34,264万元')], '非税 share 16,340 / 34,264 = 47.69%')
S.rel('share', C, [F(GZ, '8.74个百分点'), F(GZ, '47.69%'), F(GZ, '16,340万元'), F(GZ, '3,017万元'), F(GZ, '34,264万元'), F(GZ, '61万元')],
      'last year\'s 非税 share (16,340 − 3,017) / (34,264 − 61) = 13,323 / 34,203 = 38.95%; 47.69 − 38.95 = 8.74 points')
sh_bud = [F(GZ, '98.21%'), F(GZ, '34,264万元'), F(GZ, '34,888万元')]
S.rel('share', C, sh_bud, 'completion 34,264 / 34,888 (年初计划) = 98.21%')
S.rel('target', MS, [F(GZ, '34,888万元'), F(GZ, '34,264万元')], '2020 plan 34,888万元 against the result 34,264万元 (98.21%): missed')
S.rel('growth', U, [F(GZ, '34,888万元'), F(GZ, '34,264万元'), F(GZ, '61万元')], 'other base: 34,888 is the year\'s plan, not last year\'s level; the +61万元 is against 2019 (34,203), not the plan (−624)')
S.rel('share', U, [F(GZ, '17,924万元'), F(GZ, '34,264万元'), F(GZ, '47.69%')], 'other indicator: 47.69% is the 非税 share; 税收 17,924 / 34,264 = 52.31%')

# ---- 重庆 丰都县 2021 final accounts
s_in = [F(FD, '929393万元', pre='收入总计'), F(FD, '238965万元'), F(FD, '4550万元'), F(FD, '318586万元'), F(FD, '268000万元'), F(FD, '98065万元'), F(FD, '1227万元')]
S.rel('sum', C, s_in, '收入总计 929393 = 238965 + 4550 + 318586 + 268000 + 98065 + 1227万元')
s_out = [F(FD, '929393万元', pre='支出总计'), F(FD, '623396万元'), F(FD, '33067万元'), F(FD, '268007万元'), F(FD, '365万元', pre='安排预算稳定调节基金'), F(FD, '4558万元')]
S.rel('sum', C, s_out, '支出总计 929393 = 623396 + 33067 + 268007 + 365 + 4558万元')
s_ci = [F(FD, '3627万元'), F(FD, '365万元', pre='本级收入增加'), F(FD, '3262万元')]
S.rel('sum', C, s_ci, '决算 against 执行数: 收入增加 3627 = 本级收入 365 + 上级补助 3262万元')
S.rel('sum', C, [F(FD, '365万元', pre='本级收入增加'), F(FD, '146万元'), F(FD, '219万元')], '本级收入增加 365 = 税收 146 + 非税 219万元')
s_co = [F(FD, '3627万元'), F(FD, '1050万元'), F(FD, '1万元', pre='因收舍原因增加'), F(FD, '2162万元'), F(FD, '365万元', pre='增加安排稳定调节基金'), F(FD, '49万元')]
S.rel('sum', C, s_co, 'the expenditure side changes by the same 3627 = 1050 + 1 + 2162 + 365 + 49万元 (balanced accounts)')
S.rel('restatement', U, [F(FD, '365万元', pre='本级收入增加'), F(FD, '365万元', pre='安排预算稳定调节基金')], 'same number, other indicator: 本级收入 +365 against 执行数 and the 365 put into the 预算稳定调节基金')
S.rel('growth', U, [F(FD, '238965万元'), F(FD, '3.98%'), F(FD, '365万元', pre='本级收入增加')], 'other base: +3.98% is against 2020; the +365万元 is against the 2021 执行数 (0.15%)')
S.rel('growth', U, [F(FD, '623396万元'), F(FD, '11.44%'), F(FD, '1050万元')], 'other base: −11.44% is against 2020; +1050万元 is against the 执行数')
S.rel('sum', U, [F(FD, '4558万元'), F(FD, '791万元')], 'subset, not a split: 本级 791 within 年终结余 4558; the 镇 part is not stated')

# ---- 重庆 彭水县 2021
s_a1 = [F(P1, '660464', pre='执行数 |\n总计 |\n'), F(P1, '136156'), F(P1, '524308')]
S.rel('sum', C, s_a1, 'table: 收入总计 660464 = 本级收入 136156 + 转移性收入 524308')
S.rel('sum', C, [F(P1, '136156'), F(P1, '85286'), F(P1, '50870')], 'table: 136156 = 税收 85286 + 非税 50870')
s_a3 = [F(P1, '524308'), F(P1, '389991'), F(P1, '78929'), F(P1, '461'), F(P1, '41489'), F(P1, '13438')]
S.rel('sum', C, s_a3, 'table: 转移性收入 524308 = 389991 + 78929 + 461 + 41489 + 13438')
S.rel('sum', C, [F(P1, '660464', post=' |\n一、本级收入'), F(P1, '596885'), F(P1, '63579')], 'table: 支出总计 660464 = 本级支出 596885 + 转移性支出 63579')
s_a5 = [F(P1, '63579'), F(P1, '14000'), F(P1, '7956'), F(P1, '2156'), F(P1, '34839'), F(P1, '4628')]
S.rel('sum', C, s_a5, 'table: 转移性支出 63579 = 14000 + 7956 + 2156 + 34839 + 4628')
S.rel('sum', C, [F(P1, '13.62亿元'), F(P1, '8.53亿元'), F(P1, '5.09亿元')], 'text: 13.62 = 8.53 + 5.09亿')
S.rel('sum', C, [F(P1, '66.05亿元', pre='收入总计'), F(P1, '13.62亿元'), F(P1, '39亿元'), F(P1, '4.15亿元'), F(P1, '0.05亿元'), F(P1, '7.89亿元'), F(P1, '1.34亿元')], 'text: 收入总计 66.05 = 13.62 + 39 + 4.15 + 0.05 + 7.89 + 1.34亿')
S.rel('sum', I, [F(P1, '66.05亿元', pre='支出总计'), F(P1, '59.69亿元'), F(P1, '1.4亿元'), F(P1, '0.46亿元'), F(P1, '0.8亿元'), F(P1, '3.48亿元')],
      'REAL ERROR in the original: the listed items add to 59.69 + 1.4 + 0.46 + 0.8 + 3.48 = 65.83, not 66.05亿; the sentence leaves out 安排预算稳定调节基金 (2156万 in the table)')
S.rel('restatement', C, [F(P1, '13.62亿元'), F(P1, '136156')], 'text 13.62亿 = table 136156万')
g_p1 = [F(P1, '13.62亿元'), F(P1, '3.8%'), F(P1, '8.53亿元'), F(P1, '9.4%'), F(P1, '5.09亿元'), F(P1, '7.5%')]
S.rel('growth', C, g_p1, 'last year 8.53/0.906 + 5.09/1.075 = 14.15亿; 13.62/14.15 = −3.7% (−3.9..−3.6 with the half-units) holds −3.8%')

# ---- 重庆 彭水县 2022 (and against 2021)
S.rel('sum', C, [F(P2, '846531', pre='执行数\n\n总   计\n\n'), F(P2, '167500'), F(P2, '679031')], 'table: 收入总计 846531 = 167500 + 679031')
S.rel('sum', C, [F(P2, '167500'), F(P2, '83660'), F(P2, '83840')], 'table: 167500 = 税收 83660 + 非税 83840')
s_b3 = [F(P2, '679031'), F(P2, '455354'), F(P2, '69100'), F(P2, '2157'), F(P2, '117254'), F(P2, '35166')]
S.rel('sum', C, s_b3, 'table: 转移性收入 679031 = 455354 + 69100 + 2157 + 117254 + 35166')
S.rel('sum', C, [F(P2, '846531', post='\n\n一、本级收入'), F(P2, '701553'), F(P2, '144978')], 'table: 支出总计 846531 = 701553 + 144978')
s_b5 = [F(P2, '144978'), F(P2, '11336'), F(P2, '68100'), F(P2, '22500'), F(P2, '43042')]
S.rel('sum', C, s_b5, 'table: 转移性支出 144978 = 11336 + 68100 + 22500 + 43042')
S.rel('sum', C, [F(P2, '16.75亿元'), F(P2, '8.37亿元'), F(P2, '8.38亿元')], 'text: 16.75 = 8.37 + 8.38亿')
S.rel('sum', C, [F(P2, '84.65亿元', pre='收入总计'), F(P2, '16.75亿元'), F(P2, '45.54亿元'), F(P2, '11.73亿元'), F(P2, '0.22亿元'), F(P2, '6.91亿元'), F(P2, '3.52亿元')],
      'text: 16.75 + 45.54 + 11.73 + 0.22 + 6.91 + 3.52 = 84.67 (84.635..84.705) against 84.65 (84.645..84.655): rounding, holds')
S.rel('sum', I, [F(P2, '84.65亿元', pre='支出总计'), F(P2, '70.16亿元'), F(P2, '1.13亿元'), F(P2, '6.81亿元'), F(P2, '4.3亿元')],
      'REAL ERROR in the original: 70.16 + 1.13 + 6.81 + 4.3 = 82.40, not 84.65亿; the sentence leaves out 安排预算稳定调节基金 (22500万 in the table), as the 2021 report does')
S.rel('growth', C, [F(P2, '16.75亿元'), F(P2, '23%'), F(P2, '8.37亿元'), F(P2, '1.9 %'), F(P2, '8.38亿元'), F(P2, '64.8%')], 'last year 8.37/0.981 + 8.38/1.648 = 13.62亿; 16.75/13.62 = +23.0%')
S.rel('growth', C, [F(P2, '16.75亿元'), F(P2, '23%'), F(P1, '13.62亿元')], 'across the two reports: 16.75 / 13.62 = +23.0%')
S.rel('growth', C, [F(P2, '83840'), F(P2, '64.8%'), F(P1, '50870')], 'across the two reports: 非税 83840 / 50870 = +64.8%')
x_sp = [F(P2, '70.16亿元'), F(P2, '17.5%'), F(P1, '59.69亿元')]
S.rel('growth', C, x_sp, 'across the two reports: 本级支出 70.16 / 59.69 = +17.5%')
S.rel('restatement', U, [F(P2, '35166'), F(P1, '34839')], 'not a restatement: 2022 上年结转 35166 against 2021 结转下年支出 34839 (执行数); the carry-over is settled in the 决算, which is not in either text')
S.rel('restatement', U, [F(P2, '2157'), F(P1, '2156')], 'near-equal numbers, other flows: 2022 动用 the fund 2157 against 2021 安排 into it 2156')
S.rel('restatement', U, [F(P2, '8.37亿元'), F(P2, '8.38亿元')], 'near-equal numbers, other indicators: 税收 8.37 and 非税 8.38亿')

# ---- 天津 东丽区 2022
S.rel('sum', C, [F(DL, '50.3亿元'), F(DL, '35.5亿元'), F(DL, '14.8亿元')], '一般公共收入 50.3 = 税收 35.5 + 非税 14.8亿')
S.rel('growth', C, [F(DL, '50.3亿元'), F(DL, '14.1%'), F(DL, '35.5亿元'), F(DL, '15.1%'), F(DL, '14.8亿元'), F(DL, '11.5%')], 'nominal: last year 35.5/0.849 + 14.8/0.885 = 58.54亿; 50.3/58.54 = −14.07% → −14.1%')
g_cmp = [F(DL, '50.3亿元'), F(DL, '14.1%'), F(DL, '10.1%'), F(DL, '35.5亿元'), F(DL, '15.1%'), F(DL, '9.5%'), F(DL, '14.8亿元')]
S.rel('growth', C, g_cmp, 'comparable (留抵退税 added back, 非税 has none): refunds R = 0.905 × 41.81 − 35.5 = 2.34亿; (50.3 + 2.34) / 58.54 = −10.07% → −10.1%')
S.rel('target', MS, [F(DL, '50.3亿元'), F(DL, '81.2%')], '2022 revenue, estimated in late December: 81.2% of the budget: missed')
S.rel('target', M, [F(DL, '64.6亿元'), F(DL, '100%')], '2022 expenditure: 100% of the adjusted budget: met')
S.rel('target', U, [F(DL, '50.3亿元'), F(DL, '100%')], 'target trap: the 100% is the expenditure side against its adjusted budget; revenue stands at 81.2% of its budget')

# ---- 内蒙古 包头市 2022 debt
s_l = [F(BT, '1,105.3亿元'), F(BT, '725.3亿元'), F(BT, '380亿元')]
S.rel('sum', C, s_l, '法定债务限额 1,105.3 = 一般 725.3 + 专项 380亿')
s_y = [F(BT, '1,071.65亿元'), F(BT, '699.47亿元'), F(BT, '372.18亿元')]
S.rel('sum', C, s_y, '债务余额 1,071.65 = 一般 699.47 + 专项 372.18亿')
S.rel('sum', C, [F(BT, '636.16亿元'), F(BT, '351.38亿元'), F(BT, '284.78亿')], '市本级 限额 636.16 = 351.38 + 284.78亿 (the excerpt stops at "亿")')
S.rel('restatement', U, [F(BT, '725.3亿元'), F(BT, '699.47亿元')], 'other indicator: 一般债务 limit 725.3 against balance 699.47亿')
S.rel('sum', U, [F(BT, '1,105.3亿元'), F(BT, '636.16亿元')], 'subset, not a split: 市本级 limit within the city total; the 旗县区 part is not stated')

# ---- 内蒙古 1949-1965
g_grain = [F(N4, '212.50万吨'), F(N4, '325.50万吨'), F(N4, '53%')]
S.rel('growth', C, g_grain, '1962 grain 325.50 / 1949 212.50 = 1.532 → 高53%')
g_cat = [F(N4, '304.30万头'), F(N4, '550.50万头'), F(N4, '81%')]
S.rel('growth', C, g_cat, '1961 大牲畜 550.50 / 1949 304.30 = 1.809 → 多81%')
S.rel('rate', C, [F(N4, '1.63亿元'), F(N4, '1353个'), F(N4, '12万元')], '1952: 1.63亿 / 1353 = 12.05万 → 12万元 per enterprise')
r57 = [F(N4, '6.33亿元'), F(N4, '2110个'), F(N4, '30万元')]
S.rel('rate', C, r57, '1957: 6.33亿 / 2110 = 30.0万元')
S.rel('rate', C, [F(N4, '26.79亿元'), F(N4, '2490个'), F(N4, '108万元')], '1965: 26.79亿 / 2490 = 107.6 → 108万元')
S.rel('restatement', C, [F(N4, '50%左右'), F(N4, '53%')], 'the lead\'s 增长50%左右 (lowest year against 1949) restated as 高53%: about')
S.rel('growth', U, [F(N4, '550.50万头'), F(N4, '3万头')], 'unstated base: the 1960 level is not given (553.5 implied); nothing to check')
S.rel('rate', U, [F(N4, '765个'), F(N4, '1.63亿元')], 'other period: 765 enterprises are of 1949 (no output recorded); 1.63亿 is the 1952 output of 1353 enterprises')

# ---- 内蒙古 2002-2006
S.rel('growth', U, [F(N6, '1734亿元'), F(N6, '4790亿元'), F(N6, '16%')], 'nominal vs real: 1734 → 4790 is +28.9% a year at current prices; "年增速均超过16%" is the real (comparable-price) rate')
S.rel('growth', U, [F(N6, '509.7亿元'), F(N6, '1667.2亿元'), F(N6, '30%')], 'nominal vs real: 509.7 → 1667.2 over 2003–2006 is +48% a year nominal; the 30% is real growth of 规上工业增加值')

# ---- 四川 2018 H1
r82 = [F(S8, '8.2%', post='\n\n四川'), F(S8, '8.2%', pre='全省地区生产总值增长')]
S.rel('restatement', C, r82, 'GDP growth: title 8.2% = text 8.2%')
S.rel('target', CT, [F(S8, '10.6%'), F(S8, '0.6个百分点')], 'H1 investment +10.6%, 0.6 points above the year\'s 预期 (10%): the year is not over')
S.rel('target', CT, [F(S8, '11.7%'), F(S8, '1.7个百分点')], 'H1 retail sales +11.7%, 1.7 points above the year\'s 预期 (10%): cannot tell')
S.rel('target', CT, [F(S8, '9.9%'), F(S8, '0.9个百分点')], 'H1 tertiary +9.9%, 0.9 points above the 预期 (9%): cannot tell')
S.rel('target', U, [F(S8, '11.5%'), F(S8, '0.6个百分点')], 'target trap: 0.6 points is 全社会投资 against its 预期; 民间投资 +11.5% has no stated target')
S.rel('growth', U, [F(S8, '11.5%'), F(S8, '3.7个百分点')], 'unstated base: last year\'s H1 民间投资 rate (7.8% implied) is not given')
S.rel('sum', U, [F(S8, '7.3%'), F(S8, '8%', pre='规模以上工业增加值增长')], 'subset, not a split: 规上工业 (+8%) is part of the secondary sector (+7.3%); a part may grow faster')

# ---- 四川 2025 H1
S.rel('target', CT, [F(S5, '5.7%'), F(S5, '6%', pre='基本符合')], '十四五 average, 预计 5.7%左右 in August 2025 against the planned 6%: the period is not over (the text says 基本符合)')
S.rel('target', CT, [F(S5, '320个'), F(S5, '57.3%')], '320 川渝 projects, 57.3% of the year\'s investment by June: cannot tell')
S.rel('target', CT, [F(S5, '810个'), F(S5, '63.4%')], '810 省重点项目, 63.4% of the year\'s investment by June: cannot tell ("2.7%810个": separator lost as stored)')
S.rel('growth', U, [F(S5, '5.6%'), F(S5, '0.3个百分点')], 'other place: the national H1 rate (5.3% implied) is not stated')
S.rel('restatement', U, [F(S5, '5.6%'), F(S5, '5.7%')], 'other period: H1 2025 growth against the 2021–2025 yearly average')
S.rel('restatement', U, [F(S5, '57.3%'), F(S5, '63.4%')], 'other scope: completion of the 320 川渝 projects against the 810 省重点 projects')

# ---- 云南 1-7月 2018
S.rel('restatement', U, [F(YN, '9.3%'), F(YN, '9.2%')], 'other period: Q1 against H1 GDP growth')
S.rel('growth', U, [F(YN, '10.8%'), F(YN, '12.7%'), F(YN, '22.4%')], 'overlapping scopes: 工业, 民间 and 制造业 investment overlap and no total is stated')
S.rel('target', CT, [F(YN, '42个'), F(YN, '347万吨')], '"超额完成年度目标任务": the year\'s coal-closure target is not stated, so the claim cannot be checked')
S.rel('sum', U, [F(YN, '8项'), F(YN, '3项')], 'parts leave something out: 8 indicators on schedule, 固定资产投资 behind, 3 yearly ones; no total stated')

# ---- 重庆 1996-2001
g_gdp = [F(CQ, '1179亿元'), F(CQ, '1750亿元'), F(CQ, '8.2%')]
S.rel('growth', C, g_gdp, '1996→2001 (5 years): (1750/1179)^(1/5) = +8.22% a year (at current prices, as the text computes)')
g_rev = [F(CQ, '54.9亿元'), F(CQ, '126.4亿元'), F(CQ, '18.13%')]
S.rel('growth', C, g_rev, '(126.4/54.9)^(1/5) = +18.15% (18.12..18.18 with the half-units) holds 18.13%')
S.rel('growth', I, [F(CQ, '79.4亿元'), F(CQ, '255.6亿元'), F(CQ, '26.37%')],
      'REAL ERROR (small) in the original: (255.6/79.4)^(1/5) = +26.34% a year, 26.32..26.36 with the half-units, not 26.37% (26.365..26.375)')
S.rel('share', U, [F(CQ, '54.9亿元'), F(CQ, '1179亿元'), F(CQ, '9.3%')], 'other indicator: 9.3% is 辖区内财政收入 (with central taxes); 地方财政收入 54.9 / 1179 = 4.7%')
S.rel('share', U, [F(CQ, '126.4亿元'), F(CQ, '1750亿元'), F(CQ, '12.5%')], 'other indicator: 126.4 / 1750 = 7.2%; 12.5% is the 辖区内 revenue ratio')

# ---- 重庆 铜梁县 2001 (traditional)
s01 = [F(TL, '22.1'), F(TL, '41.2'), F(TL, '36.7')]
S.rel('sum', C, s01, '2001 structure 22.1 + 41.2 + 36.7 = 100')
S.rel('sum', C, [F(TL, '24.3'), F(TL, '39.7'), F(TL, '36', pre='39.7:')], '2000 structure 24.3 + 39.7 + 36 = 100')
sh_fu = [F(TL, '89.76元'), F(TL, '47.43元'), F(TL, '47.16%')]
S.rel('share', C, sh_fu, '农民负担 (89.76 − 47.43) / 89.76 = 47.16% 减负')
S.rel('sum', C, [F(TL, '62', post=':38'), F(TL, '38', pre='62:')], '糧經 62 : 38 = 100')
S.rel('growth', C, [F(TL, '11.7%'), F(TL, '24.3'), F(TL, '39.7'), F(TL, '36', pre='39.7:'), F(TL, '1.5%'), F(TL, '15.8%'), F(TL, '14%')],
      'comparable-price growth weighted by the 2000 structure: 0.243×1.5 + 0.397×15.8 + 0.36×14 = 11.68 → 11.7%')
S.rel('growth', U, [F(TL, '11.7%'), F(TL, '2.7個')], 'other place: 全市 (重庆) growth (9.0% implied) is not stated')
S.rel('share', U, [F(TL, '447759萬元'), F(TL, '22.1'), F(TL, '152890萬元')], 'other indicator: 農林牧漁業總產值 (gross output) 152890 against primary value added 22.1% × 447759 = 98955萬')
S.rel('restatement', U, [F(TL, '47.43元'), F(TL, '47.16%')], 'near-equal numbers, other indicators: burden per head 47.43元 against the cut 47.16%')

# ---- a city's H1 (traditional, city not named)
S.rel('restatement', U, [F(SC, '15.63億元'), F(SC, '15.63 %')], 'same number, other indicator: revenue 15.63億元 and its growth 15.63%')
S.rel('share', U, [F(SC, '260億元'), F(SC, '248.24億元')], 'other indicator: investment (260億) is no part of GDP (248.24億) and may exceed it')

# ---- 重庆 双桥区 2005
s_sq = [F(SQ, '90449万元'), F(SQ, '2385万元'), F(SQ, '63266万元'), F(SQ, '24798万元')]
S.rel('sum', C, s_sq, 'GDP 90449 = 2385 + 63266 + 24798万元')
st_sq = [F(SQ, '2.6'), F(SQ, '70.0'), F(SQ, '27.4')]
S.rel('sum', C, st_sq, 'structure 2.6 + 70.0 + 27.4 = 100')
S.rel('share', C, [F(SQ, '70.0'), F(SQ, '63266万元'), F(SQ, '90449万元')], 'secondary share 63266 / 90449 = 69.95% → 70.0')
S.rel('share', C, [F(SQ, '27.4'), F(SQ, '24798万元'), F(SQ, '90449万元')], 'tertiary share 24798 / 90449 = 27.42% → 27.4')
S.rel('growth', U, [F(SQ, '90449万元'), F(SQ, '10.4%'), F(SQ, '2385万元'), F(SQ, '2.3%'), F(SQ, '63266万元'), F(SQ, '10.6%', pre='63266万元,同比增长'), F(SQ, '24798万元'), F(SQ, '10.6%', pre='24798万元,同比增长')],
      '不变价 (real) rates on current-price levels: the rebuild lands on 10.36%, but constant-price weights are not stated (nominal vs real)')
S.rel('growth', U, [F(SQ, '10.4%'), F(SQ, '11.1%')], 'other indicator: GDP per head (+11.1%) against GDP (+10.4%); the population change is not stated')
S.rel('rate', U, [F(SQ, '19537元'), F(SQ, '90449万元')], 'unstated base: 常住人口 (46.3万 implied) is not given')

# ---- further traps (same number, other flows, scopes, periods and places)
S.rel('restatement', U, [F(FD, '268000万元'), F(FD, '268007万元')], 'near-equal numbers, other flows: 债券转贷收入 268000 (borrowing) against 债务还本支出 268007 (repayment)')
S.rel('restatement', U, [F(P1, '1.34亿元'), F(P1, '3.48亿元')], 'other period: carry-over into 2021 (上年结转 1.34) against carry-over out of 2021 (结转下年 3.48亿)')
S.rel('growth', U, [F(P2, '45.54亿元'), F(P2, '23%'), F(P1, '39亿元')], 'other indicator: +23% is 本级收入; 上级补助 45.54 / 39 = +16.8%, no rate stated for it')
S.rel('restatement', U, [F(BT, '380亿元'), F(BT, '372.18亿元')], 'other indicator: 专项债务 limit 380 against balance 372.18亿')
S.rel('rate', U, [F(N4, '6.33亿元'), F(N4, '1353个')], 'other period: 1957 output against the 1952 count of enterprises (the 1957 count is 2110)')
S.rel('restatement', U, [F(S8, '8.3%'), F(S8, '8.2%', pre='全省地区生产总值增长')], 'near-equal numbers, other indicators: 城镇居民收入 +8.3% against GDP +8.2%')
S.rel('growth', U, [F(S8, '8.2%', pre='全省地区生产总值增长'), F(S8, '9.9%'), F(S8, '7.3%'), F(S8, '3.6%')], 'unstated base: GDP growth from the sector rates needs the sector weights, not given')
S.rel('target', U, [F(S5, '6%', pre='基本符合'), F(S5, '5.6%')], 'target trap, other period: the 6% is the 2021–2025 yearly target; 5.6% is H1 2025')
S.rel('share', U, [F(TL, '1.3萬畝'), F(TL, '30萬畝')], 'subset, no ratio stated: 1.3万亩 built this year of a 30万亩 programme')
S.rel('growth', U, [F(TL, '152890萬元'), F(TL, '1.98%'), F(TL, '1.5%')], 'other indicator: 農林牧漁業總產值 (gross output) +1.98% against primary value added +1.5%')
S.rel('growth', U, [F(TL, '11.7%'), F(TL, '22.1'), F(TL, '41.2'), F(TL, '36.7'), F(TL, '1.5%'), F(TL, '15.8%'), F(TL, '14%')], 'wrong weights: the 2001 structure gives 0.221×1.5 + 0.412×15.8 + 0.367×14 = 12.0, not 11.7; the base-year (2000) structure is the one that weights comparable-price growth')
S.rel('restatement', U, [F(SQ, '10.6%', pre='63266万元,同比增长'), F(SQ, '10.6%', pre='24798万元,同比增长')], 'same number, other sector: secondary and tertiary both +10.6%')
S.rel('share', U, [F(TL, '447759萬元'), F(CQ, '1750亿元')], 'other scope, across documents: 铜梁 2001 GDP within 重庆\'s 1750亿 (2.6%); no share is stated')
S.rel('growth', U, [F(TL, '11.7%'), F(TL, '2.7個'), F(CQ, '8.2%')], 'other period, across documents: 铜梁 is 2.7 points above 全市 in 2001 (9.0% implied); 重庆\'s 8.2% is the 1996–2001 yearly average at current prices')

# ---- altered copies (one figure each; the relation it breaks becomes inconsistent)
a = ALT(GZ, 1, g_nt[2], '25.6%', '非税 growth 22.6 → 25.6%')
S.rel('growth', I, R(a, g_nt, g_nt[2], '25.6%'), 'altered: 3,017 / 13,323 = +22.6%, not 25.6% (breaks {B})')
a = ALT(GZ, 2, sh_bud[0], '96.21%', 'completion 98.21 → 96.21%')
S.rel('share', I, R(a, sh_bud, sh_bud[0], '96.21%'), 'altered: 34,264 / 34,888 = 98.21%, not 96.21% (breaks {B})')
a = ALT(FD, 1, s_in[6], '1277万元', '动用预算稳定调节基金 1227 → 1277万')
S.rel('sum', I, R(a, s_in, s_in[6], '1277万元'), 'altered: the parts add to 929443, not 929393万 (breaks {B})')
a = ALT(FD, 2, s_co[3], '2182万元', '上解支出 change 2162 → 2182万')
S.rel('sum', I, R(a, s_co, s_co[3], '2182万元'), 'altered: 1050 + 1 + 2182 + 365 + 49 = 3647, not 3627万 (breaks {B})')
a = ALT(P1, 1, s_a3[4], '41789', '地方政府债务收入 41489 → 41789')
S.rel('sum', I, R(a, s_a3, s_a3[4], '41789'), 'altered: the parts add to 524608, not 524308 (breaks {B})')
a = ALT(P1, 2, g_p1[5], '9.5%', '非税 growth 7.5 → 9.5%')
S.rel('growth', I, R(a, g_p1, g_p1[5], '9.5%'), 'altered: last year 8.53/0.906 + 5.09/1.095 = 14.06亿; 13.62/14.06 = −3.1%, not −3.8% (breaks {B})')
a = ALT(P2, 1, s_b3[4], '117854', '地方政府债务收入 117254 → 117854')
S.rel('sum', I, R(a, s_b3, s_b3[4], '117854'), 'altered: the parts add to 679631, not 679031 (breaks {B})')
a = ALT(P2, 2, x_sp[1], '12.5%', '本级支出 growth 17.5 → 12.5%')
S.rel('growth', I, R(a, x_sp, x_sp[1], '12.5%'), 'altered: 70.16 / 59.69 (2021 report) = +17.5%, not 12.5% (breaks {B})')
a = ALT(DL, 1, g_cmp[5], '6.5%', '税收 comparable change −9.5 → −6.5%')
S.rel('growth', I, R(a, g_cmp, g_cmp[5], '6.5%'), 'altered: refunds 0.935 × 41.81 − 35.5 = 3.60亿; (50.3 + 3.60) / 58.54 = −7.9%, not −10.1% (breaks {B})')
a = ALT(BT, 1, s_l[2], '390亿元', '专项债务限额 380 → 390亿')
S.rel('sum', I, R(a, s_l, s_l[2], '390亿元'), 'altered: 725.3 + 390 = 1,115.3, not 1,105.3亿 (breaks {B})')
a = ALT(BT, 2, s_y[1], '696.47亿元', '一般债务余额 699.47 → 696.47亿')
S.rel('sum', I, R(a, s_y, s_y[1], '696.47亿元'), 'altered: 696.47 + 372.18 = 1,068.65, not 1,071.65亿 (breaks {B})')
a = ALT(N4, 1, g_cat[2], '87%', '大牲畜 rise 81 → 87%')
S.rel('growth', I, R(a, g_cat, g_cat[2], '87%'), 'altered: 550.50 / 304.30 = 1.809, i.e. 多81%, not 87% (breaks {B})')
a = ALT(N4, 2, r57[2], '36万元', '1957 output per enterprise 30 → 36万元')
S.rel('rate', I, R(a, r57, r57[2], '36万元'), 'altered: 6.33亿 / 2110 = 30.0万, not 36万元 (breaks {B})')
a = ALT(CQ, 1, g_gdp[2], '9.2%', 'GDP yearly growth 8.2 → 9.2%')
S.rel('growth', I, R(a, g_gdp, g_gdp[2], '9.2%'), 'altered: (1750/1179)^(1/5) = +8.2% a year, not 9.2% (breaks {B})')
a = ALT(CQ, 2, g_rev[2], '16.13%', 'revenue yearly growth 18.13 → 16.13%')
S.rel('growth', I, R(a, g_rev, g_rev[2], '16.13%'), 'altered: (126.4/54.9)^(1/5) = +18.15% a year, not 16.13% (breaks {B})')
a = ALT(TL, 1, sh_fu[2], '41.16%', '减负 47.16 → 41.16%')
S.rel('share', I, R(a, sh_fu, sh_fu[2], '41.16%'), 'altered: (89.76 − 47.43) / 89.76 = 47.16%, not 41.16% (breaks {B})')
a = ALT(TL, 2, s01[1], '44.2', 'secondary share 2001 41.2 → 44.2')
S.rel('sum', I, R(a, s01, s01[1], '44.2'), 'altered: 22.1 + 44.2 + 36.7 = 103.0, not 100 (breaks {B})')
a = ALT(SQ, 1, s_sq[1], '2885万元', 'primary value added 2385 → 2885万')
S.rel('sum', I, R(a, s_sq, s_sq[1], '2885万元'), 'altered: 2885 + 63266 + 24798 = 90949, not 90449万 (breaks {B})')
a = ALT(SQ, 2, st_sq[0], '3.6', 'primary share 2.6 → 3.6')
S.rel('sum', I, R(a, st_sq, st_sq[0], '3.6'), 'altered: 3.6 + 70.0 + 27.4 = 101.0, not 100 (breaks {B})')
a = ALT(S8, 1, r82[1], '8.7%', 'GDP growth in the text 8.2 → 8.7%')
S.rel('restatement', I, R(a, r82, r82[1], '8.7%'), 'altered: the title says 8.2%, the text now 8.7% (breaks {B})')


for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

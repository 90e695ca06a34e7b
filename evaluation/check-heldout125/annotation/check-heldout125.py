"""Check key, set check-heldout125. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout125.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout125'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

WX='wx_2021.txt'; HZ='huz_2021.txt'; HT='huz_2017t.txt'; H22='huz_2022.txt'; JY='jy_2022.txt'; SX='sx_2003.txt'; JH='jh_2003.txt'
TL='tl_2024b.txt'; CF='cq_fin8.txt'; CQ='cq_2020q3.txt'; NJ='cq_nj2008.txt'; C5='cq_2005.txt'; SC='sc_2017h1.txt'; S56='sc_1956.txt'
Y15='yn_pov2015.txt'; Y16='yn_pov2016.txt'; Y20='yn_pov2020.txt'; CX='cx_2019.txt'; X21='xz_grain2021.txt'; X22='xz_grain2022_hant.txt'
XD='xz_dairy2016.txt'; GG='gz_grain2020.txt'; GT='gz_tour2021.txt'; YT='yn_tour2017_hant.txt'; QX='qxn_2019q1_hant.txt'

# ---- 铜梁区 2024 budget execution: table and prose
tl_tax = F(TL, '16.48', n=0); tl_ntax = F(TL, '33.9', n=0); tl_own = F(TL, '50.38', n=0); tl_tot = F(TL, '113.38', n=0); tl_etot = F(TL, '113.38', n=1)
tl_sub = F(TL, '28.92', n=0); tl_debt = F(TL, '9.73', n=0); tl_fund = F(TL, '3.4', pre='动用预算稳定调节基金 |\n'); tl_cf = F(TL, '5.02'); tl_in = F(TL, '15.93')
tl_tr = F(TL, '63', pre='二、转移性收入 |\n'); tl_exp = F(TL, '99.97', n=0); tl_trx = F(TL, '13.41'); tl_up = F(TL, '4.42'); tl_rep = F(TL, '8.59'); tl_set = F(TL, '0.4', pre='安排预算稳定调节基金 |\n')
tl_ptax = F(TL, '16.48亿元'); tl_pntax = F(TL, '33.9亿元'); tl_pown = F(TL, '50.38亿元'); tl_psub = F(TL, '28.92亿元'); tl_pdebt = F(TL, '9.73亿元'); tl_oth = F(TL, '24.35亿元'); tl_ptot = F(TL, '113.38亿元')
sum_tlx = [tl_up, tl_rep, tl_set, tl_trx]; sum_tlp = [tl_pown, tl_psub, tl_pdebt, tl_oth, tl_ptot]
S.rel('sum', C, [tl_tax, tl_ntax, tl_own], '铜梁 2024 table: tax 16.48 + non-tax 33.9 = 本级收入 50.38')
S.rel('sum', C, [tl_sub, tl_debt, tl_fund, tl_cf, tl_in, tl_tr], 'table: 28.92 + 9.73 + 3.4 + 5.02 + 15.93 = 转移性收入 63.00')
S.rel('sum', C, [tl_own, tl_tr, tl_tot], 'table: 本级收入 50.38 + 转移性收入 63 = 收入总计 113.38')
S.rel('sum', C, [tl_exp, tl_trx, tl_etot], 'table: 本级支出 99.97 + 转移性支出 13.41 = 支出总计 113.38')
S.rel('sum', C, sum_tlx, 'table: 上解 4.42 + 还本 8.59 + 安排稳定调节基金 0.4 = 转移性支出 13.41 (结转下年 left blank)')
S.rel('sum', C, [tl_ptax, tl_pntax, tl_pown], 'prose: 16.48 + 33.9 = 50.38')
S.rel('sum', C, [tl_fund, tl_cf, tl_in, tl_oth], '“动用预算稳定调节基金、上年结转、调入资金等24.35亿元”: table rows 3.4 + 5.02 + 15.93 = 24.35')
S.rel('sum', C, sum_tlp, 'prose: 50.38 + 28.92 + 9.73 + 24.35 = 收入总量 113.38')
S.rel('rate', C, [tl_pown, F(TL, '7.7%'), tl_ptax, F(TL, '6.5%'), tl_pntax, F(TL, '16.3%')], 'the 2023 bases follow from the levels and rates: 16.48/0.935 + 33.9/1.163 = 17.63 + 29.15 = 46.77; 50.38/46.77 = +7.7% (7.65–7.77 with the half units)')
S.rel('target', M, [tl_pown, F(TL, '100%')], '一般公共预算收入 “完成预算的100%” for the finished year 2024: met (budget reached)')
S.rel('sum', U, [tl_psub, tl_pdebt, tl_tr], '上级补助 28.92 + 债务转贷 9.73 = 38.65 is not 转移性收入 63: the other transfer items (稳定调节基金, 结转, 调入) are in the 24.35; not a split')

# ---- 重庆 Jan-Aug finance (year not stated)
cf_t = F(CF, '1129.9亿元'); cf_ts = F(CF, '65.8%'); cf_ns = F(CF, '34.2%'); cf_ti = F(CF, '94亿元'); cf_ni = F(CF, '46.2亿元'); cf_tg = F(CF, '14.5%'); cf_ng = F(CF, '13.6%')
gr_cft = [cf_t, cf_ts, cf_ti, cf_tg]; gr_cfn = [cf_t, cf_ns, cf_ni, cf_ng]
S.rel('sum', C, [cf_ts, cf_ns], 'tax share 65.8% + non-tax share 34.2% = 100%')
S.rel('growth', C, gr_cft, 'tax revenue = 65.8% × 1129.9 = 743.5; increase 94 → base 649.5; 94/649.5 = +14.47% (14.37–14.57 with the half units) → 14.5%')
S.rel('growth', C, gr_cfn, 'non-tax = 34.2% × 1129.9 = 386.4; increase 46.2 → base 340.2; 46.2/340.2 = +13.58% → 13.6%')
S.rel('growth', C, [cf_t, cf_ti, cf_ni, F(CF, '14.2%')], 'total increase 94 + 46.2 = 140.2 over a base of 1129.9 − 140.2 = 989.7: +14.17% → 14.2%')
S.rel('sum', U, [F(CF, '227亿元'), F(CF, '145.7亿元'), F(CF, '400.8亿元'), F(CF, '156.2亿元'), F(CF, '161.5亿元'), F(CF, '109.7亿元'), F(CF, '1908.7亿元')], 'six spending items add to 1200.9 of 1908.7: a partial list, not a split')
S.rel('rate', U, [F(CF, '15%'), F(CF, '11.4%'), F(CF, '25.5%'), F(CF, '40.2%'), F(CF, '42.1%'), F(CF, '26.2%'), F(CF, '9.6%')], 'spending +15% from the listed items’ rates: the items are a partial list and their bases are not stated')

# ---- 重庆 Q1-Q3 2020
cq_t = F(CQ, '17707.1亿元'); cq_p = [F(CQ, '1216.91亿元'), F(CQ, '7008.62亿元'), F(CQ, '9481.57亿元')]; cq_g0 = F(CQ, '2.6%', n=0); cq_g1 = F(CQ, '2.6%', n=1)
sum_cq = cq_p + [cq_t]; rs_cq = [cq_g0, cq_g1]
S.rel('sum', C, sum_cq, '重庆 Q1–Q3 2020: 1216.91 + 7008.62 + 9481.57 = 17707.10')
S.rel('restatement', C, rs_cq, 'headline growth 2.6% restates the body’s 2.6%')
S.rel('rate', U, [cq_g1, F(CQ, '3.9%', n=0), F(CQ, '3.9%', n=1), F(CQ, '1.2%')], 'GDP +2.6% from the sector rates: the 2019 Q1–Q3 weights are not stated')
S.rel('growth', U, [F(CQ, '11.3%', n=0), F(CQ, '6.9个百分点')], 'high-tech manufacturing 11.3% “高于…规模以上工业增速6.9个百分点”: the 规上工业 rate (4.4%) is not stated')
S.rel('growth', U, [F(CQ, '106.47'), F(CQ, '7.08')], '景气指数 106.47, “较二季度提高7.08”: the Q2 index is not stated')
S.rel('sum', U, [F(CQ, '3.37万个'), F(CQ, '4.4万个')], '3.37万 5G stations opened this year within 4.4万 cumulative: the earlier stock is not stated')
S.rel('restatement', U, [F(CQ, '11.3%', n=0), F(CQ, '11.3%', n=1)], 'high-tech manufacturing value added +11.3% (Jan–Sep) vs industrial profits +11.3% (Jan–Aug): same number, other indicator and period')

# ---- 重庆 yearbook 2008, table 1-5 (indices: 2007 as % of earlier years; average growth over the spans)
nj_fr = [F(NJ, '59.29'), F(NJ, '56.62'), F(NJ, '81.68'), F(NJ, '175.89')]; nj_fri = F(NJ, '296.7')
nj_lp = [F(NJ, '13546'), F(NJ, '127993'), F(NJ, '944.9')]; nj_ls = [F(NJ, '48.04'), F(NJ, '502.56'), F(NJ, '23.8')]
gr_njf = [nj_fr[0], nj_fr[3], nj_fri]
S.rel('growth', C, gr_njf, 'fruit: 175.89 / 59.29 = 296.66% → index 296.7 (2007 as % of 1995)')
S.rel('growth', C, [nj_fr[0], nj_fr[2], F(NJ, '6.6', pre='120.7 ')], 'fruit 1996–2000 average: (81.68/59.29)^(1/5) = +6.62% a year → 6.6')
S.rel('growth', C, [nj_fr[1], nj_fr[3], F(NJ, '10.9')], 'fruit 1997–2007 average: (175.89/56.62)^(1/11) = +10.85% a year → 10.9')
S.rel('growth', C, [F(NJ, '1.71'), F(NJ, '1.89'), F(NJ, '110.5')], 'tea: 1.89 / 1.71 = 110.5% (2007 as % of 2006)')
S.rel('growth', C, [F(NJ, '1.75'), F(NJ, '1.45'), F(NJ, '-3.7')], 'tea 1996–2000 average: (1.45/1.75)^(1/5) = −3.69% a year → −3.7')
S.rel('growth', C, [F(NJ, '176.85'), F(NJ, '178.54'), F(NJ, '101.0')], 'meat: 178.54 / 176.85 = 100.96% → 101.0')
S.rel('growth', C, [F(NJ, '14.07'), F(NJ, '25.54'), F(NJ, '5.6', pre='4.6 ')], 'aquatic products 1997–2007 average: (25.54/14.07)^(1/11) = +5.57% a year → 5.6')
S.rel('growth', C, nj_lp, 'labour productivity: 127993 / 13546 = 944.9% (2007 as % of 1996)')
S.rel('growth', C, nj_ls, 'profits and taxes 1997–2007 average: (502.56/48.04)^(1/11) = +23.79% a year → 23.8')
S.rel('growth', U, [F(NJ, '845.38'), F(NJ, '1234.06'), F(NJ, '125.1')], 'industrial value added: 1234.06 / 845.38 = 146.0% at current prices; the index 125.1 is at comparable prices: nominal vs real')
S.rel('growth', U, [F(NJ, '199.72'), F(NJ, '1234.06'), F(NJ, '16.4', pre='19.5 ')], 'industrial value added 1997–2007: (1234.06/199.72)^(1/11) = +18.0% nominal vs the stated 16.4% real')
S.rel('growth', U, [F(NJ, '2172.19'), F(NJ, '2711.65'), F(NJ, '113.2')], 'coal (规模以上): 2711.65 / 2172.19 = 124.8% vs index 113.2: the 规模以上 index is on a same-enterprise (同口径) basis and the 2006 level is not on it; not checkable from the table')
S.rel('growth', U, [nj_fr[2], F(NJ, '13.6', pre='6.6 ')], 'fruit 2001–2005 average 13.6%: the 2005 level is not in the table')
S.rel('sum', U, [F(NJ, '142.41'), F(NJ, '178.54')], 'pork (#猪, 其中) 142.41 within meat 178.54: the other meats are not listed; not a split')

# ---- 重庆 2005 write-up (traps only)
S.rel('growth', U, [F(C5, '3000亿元'), F(C5, '11%'), F(C5, '翻一番')], '“年均增长11%” (real) for 2000–2005 gives ×1.69; “接近翻一番” is nominal, and the 2000 level is not stated: nominal vs real')
S.rel('share', U, [F(C5, '851.38亿元'), F(C5, '37.8%')], '民营经济 851.38 = 37.8% of “去年” GDP: that GDP (about 2252) is not stated')
S.rel('restatement', U, [F(C5, '851.38亿元'), F(C5, '760.7亿元')], '851.38 (last full year) vs 760.7 (2005 Q1–Q3): other period')
S.rel('sum', U, [F(C5, '851.38亿元'), F(C5, '689亿元')], '中小企业 689 and 民营经济 851.38 overlap (most SMEs are private); neither is a part of the other as stated')
S.rel('growth', U, [F(C5, '2700元'), F(C5, '43%以上')], 'rural income 2700, “比2000年增长43%以上”: the 2000 level is not stated')

# ---- 四川 H1 2017
sc_t = F(SC, '16080.3亿元', n=2); sc_h = F(SC, '16080.3亿元', n=0); sc_p = [F(SC, '1496.9亿元'), F(SC, '7288.2亿元'), F(SC, '7295.2亿元')]
sc_n = F(SC, '41个'); sc_k = F(SC, '36个'); sc_r = F(SC, '87.8%')
sum_sc = sc_p + [sc_t]; sh_sc = [sc_k, sc_n, sc_r]
S.rel('sum', C, sum_sc, '四川 H1 2017: 1496.9 + 7288.2 + 7295.2 = 16080.3')
S.rel('restatement', C, [sc_h, sc_t], 'headline 16080.3 restates the body 16080.3')
S.rel('share', C, sh_sc, '36 of 41 industries grew = 87.80% → 行业增长面 87.8%')
S.rel('growth', U, [F(SC, '8.2%', n=1), F(SC, '1.3个百分点')], '“增速比全国平均水平高1.3个百分点”: the national rate is not stated')
S.rel('growth', U, [F(SC, '2.6%'), F(SC, '8.1个百分点')], 'real-estate investment +2.6%, “回落8.1个百分点”: last year’s rate is not stated')
S.rel('sum', U, [F(SC, '15769.3亿元'), F(SC, '16271.5亿元')], 'investment excluding farm households 15769.3 within 16271.5: the farm part is not stated')
S.rel('rate', U, [F(SC, '8.2%', n=1), F(SC, '3.4%'), F(SC, '7.8%'), F(SC, '9.8%')], 'GDP +8.2% from the sector rates: the H1 2016 weights are not stated')
S.rel('growth', U, [F(SC, '8.6%'), F(SC, '1.7个百分点')], 'industry +8.6%, “高1.7个百分点”: the national rate is not stated')

# ---- 四川 1956 (人民日报 1956-01-06)
s56_now = F(S56, '16万个'); s56_16 = F(S56, '16万多个'); s56_57 = F(S56, '5.7万多个'); s56_new = F(S56, '十多万个')
sum_s56 = [s56_57, s56_16, s56_new]
S.rel('restatement', C, [s56_now, s56_16], '“现在的16万个” restates “发展到16万多个” (as of 1955-12-25)')
S.rel('sum', C, sum_s56, '5.7万多 in autumn → 16万多 by 25 December: about 10.3万 new co-operatives, “新建的十多万个新社”')
S.rel('target', CT, [s56_now, F(S56, '21万个')], 'plan: 16万 → 21万 co-operatives by February 1956; the report is of 6 January: not over')
S.rel('target', CT, [F(S56, '50%以上'), F(S56, '70%')], 'plan: member households from “50%以上” to 70% of all by February: not over')
S.rel('share', U, [F(S56, '六百万户'), F(S56, '50%以上')], '600万 member households “占总农户的50%以上”: the total number of households is not stated')

# ---- 云南 poverty 2011-2014 (2015-08-25)
y15_11 = F(Y15, '2014万人'); y15_14 = F(Y15, '574万人', n=0); y15_20 = F(Y15, '574万', n=1); y15_h = F(Y15, '15.49%', n=0); y15_b = F(Y15, '15.49%', n=1)
y15_inc = F(Y15, '10000元以上'); y15_88 = F(Y15, '88个贫困县')
rs_y15 = [y15_h, y15_b]; rs_y15b = [y15_14, y15_20]
S.rel('sum', I, [y15_11, y15_14, F(Y15, '440万')], 'REAL ERROR in the text: 2014 − 574 = 1440, not 440. The incidence ratio 27.1/15.49 with a stable rural base puts the 2011 figure near 574 × 1.75 ≈ 1004, so “2014万” is a slip for about 1014万 (1014 − 574 = 440)')
S.rel('restatement', C, rs_y15, 'headline 15.49% restates the body 15.49%')
S.rel('restatement', C, rs_y15b, 'the 574万 poor at end-2014 are the 574万 to lift out of poverty by 2020')
S.rel('share', U, [F(Y15, '30%'), F(Y15, '183.18亿元')], 'provincial funds “不低于中央财政投入的30%”: the central funds are not stated, and 183.18 is the four-year total of all special funds')

# ---- 云南 poverty 2015 (2016-02-23)
y16_14 = F(Y16, '574万人'); y16_15a = F(Y16, '471万人', n=0); y16_15b = F(Y16, '471万人', n=1); y16_r = F(Y16, '103万人', n=2)
y16_10 = F(Y16, '1468万人'); y16_c = F(Y16, '997万人'); y16_cr = F(Y16, '67.9%'); y16_p10 = F(Y16, '39.6%'); y16_p15 = F(Y16, '12.7%', n=1); y16_pd = F(Y16, '26.9个百分点'); y16_pa = F(Y16, '5.4个百分点')
sh_y16c = [y16_c, y16_10, y16_cr]; gr_y16 = [y16_pd, y16_pa]
S.rel('sum', C, [y16_14, y16_15a, y16_r], '574 − 471 = 103万 lifted out of poverty in 2015')
S.rel('share', C, [y16_r, y16_14, F(Y16, '17.9%', n=1)], '减贫率 103 / 574 = 17.94% → 17.9%')
S.rel('sum', C, [y16_10, y16_15b, y16_c], '1468 − 471 = 997万 over 2011–2015')
S.rel('share', C, sh_y16c, '累计减贫率 997 / 1468 = 67.92% → 67.9%')
S.rel('sum', C, [y16_p10, y16_p15, y16_pd], 'incidence 39.6% − 12.7% = 26.9 points')
S.rel('growth', C, gr_y16, '26.9 points over the five years 2011–2015 = 5.38 a year → 5.4')
S.rel('growth', C, [y15_b, F(Y16, '12.7%', n=0), F(Y16, '2.8个百分点')], 'cross-document: end-2014 incidence 15.49% (2015 release) − 12.7% = 2.79 → “比上年下降2.8个百分点”')
S.rel('restatement', C, [y15_14, y16_14], 'cross-document: 2014 poor population 574万 in both releases')
S.rel('target', CT, [F(Y16, '12个贫困县', n=1), F(Y16, '120万贫困人口', n=1)], '2016 goals (12 counties, 120万 people), stated in February 2016: not over')
S.rel('target', U, [F(Y16, '120万'), F(Y16, '103万人', n=0)], 'the 2016 goal 120万 against the 2015 result 103万: other year')
S.rel('share', U, [y16_15a, F(Y16, '12.7%', n=0)], '471万 at 12.7% incidence: the rural population (about 3700万) is not stated')

# ---- 云南 poverty 2012-2020 (2022-07-15)
y20_12 = F(Y20, '4749元'); y20_20 = F(Y20, '11740元'); y20_g = F(Y20, '12%'); y20_w = F(Y20, '3994元'); y20_ws = F(Y20, '34%'); y20_b = F(Y20, '5364元'); y20_bs = F(Y20, '45.7%')
y20_bg = F(Y20, '8%'); y20_tg = F(Y20, '16.4%'); y20_ts = F(Y20, '19.5%')
gr_y20 = [y20_12, y20_20, y20_g]; gr_y20b = [y20_12, y20_b, y20_bg, y20_bs, F(Y20, '15.4个百分点')]
S.rel('growth', C, gr_y20, '4749 → 11740 over 2012–2020: (11740/4749)^(1/8) = +11.98% a year → 12%')
S.rel('share', C, [y20_w, y20_20, y20_ws], 'wage income 3994 / 11740 = 34.02% → 34%')
S.rel('share', C, [y20_b, y20_20, y20_bs], 'household business income 5364 / 11740 = 45.69% → 45.7%')
S.rel('growth', C, gr_y20b, '2012 business share = 45.7 + 15.4 = 61.1% of 4749 = 2901.6; (5364/2901.6)^(1/8) = +7.98% a year → 8%')
S.rel('growth', C, [y20_12, y20_20, y20_tg, y20_ts, F(Y20, '5.2个百分点')], 'transfer income: 2020 = 19.5% × 11740 = 2289; 2012 = (19.5 − 5.2)% × 4749 = 679; (2289/679)^(1/8) = +16.4% a year (16.3–16.5 with the half units)')
S.rel('sum', U, [y20_ws, y20_bs, y20_ts], 'shares 34 + 45.7 + 19.5 = 99.2: the property-income share is not stated; not a complete split')
S.rel('growth', U, [y20_g, F(Y20, '1.9个百分点')], '“年均增速比全省农村高1.9个百分点”: the province’s rural rate is not stated')
S.rel('growth', U, [F(Y20, '91.4%'), F(Y20, '11.3个百分点')], '91.4% of the province’s rural income, up 11.3 points: the province’s rural incomes are not stated')
S.rel('sum', U, [F(Y20, '804万人'), F(Y20, '744万人')], 'poor areas’ 744万 within the province’s 804万: the rest is not stated; a subset, not a split')
S.rel('share', U, [F(Y20, '804万人'), F(Y20, '8.1%')], '贡献率 8.1% of the national reduction: the national figure is not stated')
S.rel('target', M, [y15_inc, y20_20], 'cross-document: 2015 goal “贫困县农村常住居民人均可支配收入…到2020年达到10000元以上” → 2020 poor areas’ (the 88 counties’) rural income 11740: met')
S.rel('target', M, [y15_88, F(Y20, '88个贫困县')], 'cross-document: goal “88个贫困县…全部摘帽” by 2020 → “全省88个贫困县全部摘帽” by end-2020: met')
S.rel('target', U, [F(Y15, '4277个贫困村'), F(Y20, '8502个贫困村')], 'cross-document: the 2015 goal of 4277 poor villages vs the 8502 villages that left the list by 2020: other list (the 建档立卡 identification of 2015–2016 set a new base)')
S.rel('target', U, [y15_20, F(Y20, '804万人')], 'cross-document: “574万农村贫困人口全部脱贫” (stock at end-2014) vs 804万 cumulative reduction 2013–2020: other base and span')
S.rel('restatement', U, [F(Y20, '21.7个百分点'), y16_pd], 'cross-document: incidence down 21.7 points (2012–2020, whole province) vs 26.9 points (2010–2015): other span')

# ---- 楚雄州 2019 news
cx_r = F(CX, '29.86万人'); cx_a = F(CX, '34.36万人'); cx_b = F(CX, '4.5万人'); cx_g = [F(CX, '2.04亿元'), F(CX, '1024.33亿元'), F(CX, '502倍')]
sum_cx = [cx_a, cx_b, cx_r]
S.rel('sum', C, sum_cx, '楚雄: 34.36 − 4.5 = 29.86万 (headline “五年减贫29.86万人”)')
S.rel('growth', C, cx_g, '“增长502倍” is ratio − 1: 1024.33 / 2.04 − 1 = 501.1 (499.9–502.4 with the half unit of 2.04), which reaches 502')
S.rel('share', U, [cx_a, F(CX, '12.25%'), cx_b, F(CX, '2.5%')], 'incidence 12.25% → 2.5%: the denominators are not stated (34.36/12.25% ≈ 280万 but 4.5/2.5% = 180万, so the base changed or the rates are rounded); not checkable')

# ---- 西藏 grain 2021 (澎湃号)
x21_t = F(X21, '106.15万吨'); x21_11 = F(X21, '93.73万吨'); x21_d = F(X21, '12.42万吨'); x21_g = F(X21, '13.25%')
x21_c = F(X21, '103.88万吨'); x21_cs = F(X21, '97.86%'); x21_q = F(X21, '80.09万吨')
gr_x21 = [x21_11, x21_d, x21_g]; sh_x21 = [x21_c, x21_t, x21_cs]
S.rel('sum', C, [x21_11, x21_t, x21_d], '西藏 grain 106.15 − 93.73 = 12.42万吨 (2011 → 2021)')
S.rel('growth', C, gr_x21, '12.42 / 93.73 = +13.25%')
S.rel('sum', C, [x21_c, F(X21, '1.85万吨'), F(X21, '0.42万吨'), x21_t], 'cereals 103.88 + pulses 1.85 + tubers 0.42 = 106.15')
S.rel('share', C, sh_x21, 'cereals 103.88 / 106.15 = 97.86%')
S.rel('share', C, [F(X21, '1.85万吨'), x21_t, F(X21, '1.74%')], 'pulses 1.85 / 106.15 = 1.74%')
S.rel('share', C, [F(X21, '0.42万吨'), x21_t, F(X21, '0.40%')], 'tubers 0.42 / 106.15 = 0.396% → 0.40%')
S.rel('share', C, [x21_q, x21_c, F(X21, '77.1%')], '青稞 80.09 / cereals 103.88 = 77.10% → 77.1%')
S.rel('growth', U, [x21_11, F(X21, '2%左右')], '“2011年至2017年间…2%左右的增速”: the 2017 level is not stated')

# ---- 西藏 grain 2022 (traditional, pinyin readings kept)
x22_t0 = F(X22, '107.3萬噸', n=0); x22_t1 = F(X22, '107.3萬噸', n=1); x22_10 = F(X22, '91.2萬噸'); x22_d = F(X22, '16.1萬噸'); x22_g = F(X22, '17.65%')
x22_inc = F(X22, '1.15萬噸'); gr_x22 = [x22_10, x22_d, x22_g]; gr_xx = [x22_t0, x22_inc, x21_t]
S.rel('sum', C, [x22_10, x22_t1, x22_d], '91.2 → 107.3: +16.1萬噸 (2010 → 2022)')
S.rel('growth', C, gr_x22, '16.1 / 91.2 = +17.65% (17.59–17.72 with the half units)')
S.rel('restatement', C, [x22_t0, x22_t1], '2022 grain 107.3 stated twice')
S.rel('target', M, [F(X22, '288.9萬'), F(X22, '8.1萬')], 'sown area 288.9萬畝 “超出國家下達任務8.1萬畝”: the 2022 task is exceeded: met')
S.rel('growth', C, gr_xx, 'cross-document: 2022 107.3 “比上年增加1.15萬噸” → 2021 = 106.15, as in the 澎湃 article')
S.rel('growth', U, [F(X22, '83.23萬噸'), F(X22, '3.11萬噸'), x21_q], 'cross-document: 83.23 − 3.11 = 80.12 vs 80.09 (澎湃, NBS data): two sources, the 2021 figure as first reported vs as revised; not the same release, so not keyed as a contradiction')
S.rel('restatement', C, [F(X21, '第7年'), F(X22, '連續8年')], 'cross-document: 2021 is “突破百万吨的第7年” → 2022 “連續8年穩定在100萬噸以上”')
S.rel('restatement', U, [F(X22, '370萬畝'), F(X22, '288.9萬')], '“糧食作物播種面積常年穩定在370萬畝左右” (background claim, no year or source) vs the 2022 statistic 288.9萬畝: not the same measurement as stated')
S.rel('sum', U, [F(X22, '357.18萬'), F(X22, '288.9萬')], 'cultivated land 357.18 vs grain sown area 288.9: different indicators, neither a part of the other as stated')

# ---- 西藏 animal husbandry 2016 (traps only)
S.rel('share', U, [F(XD, '158.87亿元'), F(XD, '80.03亿元'), F(XD, '半壁江山')], 'livestock gross OUTPUT 80.03 against primary-sector VALUE ADDED 158.87 (“半壁江山”): different measures')
S.rel('share', U, [F(XD, '36.17万吨'), F(XD, '109.4公斤')], 'milk per head 109.4 kg from 36.17万吨: the population used is not stated')
S.rel('share', U, [F(XD, '109.4公斤'), F(XD, '4倍')], '“是全国平均水平的4倍”: the national figure is not stated')
S.rel('share', U, [F(XD, '450万头'), F(XD, '1/4')], 'yaks 450万 “约占全国总量的1/4”: the national stock is not stated')

# ---- 贵州 grain 2020
gg_ha = F(GG, '2754.14千公顷'); gg_mu = F(GG, '4131.20万亩'); rs_gg = [gg_ha, gg_mu]
S.rel('restatement', C, rs_gg, '2754.14千公顷 × 15 = 41312.1千亩 = 4131.21万亩 (4131.20 with the half units)')
S.rel('growth', U, [F(GG, '1.65%'), F(GG, '1.05个百分点')], '“高于全国增幅1.05个百分点”: the national rate is not stated')
S.rel('sum', U, [F(GG, '251.67万吨'), F(GG, '1058万吨')], 'summer grain 251.67 within 1058: the autumn harvest is not stated')

# ---- 贵州 tourism 2021
S.rel('target', CT, [F(GT, '995.2亿元'), F(GT, '99.52%')], '99.52% of the 2021 target by end-November: the year is not over')
S.rel('growth', U, [F(GT, '5.96亿人次'), F(GT, '6076.08亿元'), F(GT, '8.65%'), F(GT, '19.58%')], 'Jan–Nov visitors and revenue with rates: the 2020 levels are not stated')
S.rel('share', U, [F(GT, '866.37亿元'), F(GT, '6.19%')], 'tourism value added 866.37 = 6.19% of Q1–Q3 GDP: GDP is not stated')
S.rel('sum', U, [F(GT, '134个'), F(GT, '323个')], '134 new (third batch) within 323 key villages at provincial level or above: the earlier batches are not stated')
S.rel('restatement', U, [F(GT, '995个'), F(GT, '995.2亿元')], '995 projects vs 995.2亿 invested: same digits, other indicator')
S.rel('restatement', U, [F(GT, '995.2亿元'), F(GT, '970.94亿元')], 'investment done by tourism projects 995.2 vs 到位资金 970.94 of 1198 signed projects: other list')

# ---- 云南 tourism 2013-2017 (traditional)
yt_f = [F(YT, '533.5萬'), F(YT, '600.38萬'), F(YT, '4.0%')]; yt_d = [F(YT, '23972.35萬'), F(YT, '42519.33萬'), F(YT, '21.0%')]
yt_r = [F(YT, '2111.24億元'), F(YT, '4726.25億元'), F(YT, '30.8%')]
yt_r17 = [yt_r[0], F(YT, '6700億元'), F(YT, '33.5%')]
S.rel('growth', C, yt_f, 'overseas visitors 533.5 → 600.38 over three years: (600.38/533.5)^(1/3) = +4.02% → 4.0%')
S.rel('growth', C, yt_d, 'domestic visitors: (42519.33/23972.35)^(1/3) = +21.05% → 21.0%')
S.rel('growth', C, yt_r, 'revenue: (4726.25/2111.24)^(1/3) = +30.82% → 30.8%')
S.rel('growth', C, [yt_f[0], F(YT, '650萬'), F(YT, '5.1%')], '2017 estimate: (650/533.5)^(1/4) = +5.06% → 5.1%')
S.rel('growth', C, [yt_d[0], F(YT, '5.6億'), F(YT, '23.6%')], '2017 estimate: (56000/23972.35)^(1/4) = +23.63% → 23.6%')
S.rel('growth', C, yt_r17, '2017 estimate: (6700/2111.24)^(1/4) = +33.47% → 33.5%')
S.rel('restatement', C, [F(YT, '三成'), yt_r17[2]], 'headline “年均增長達三成” (five years 2013–2017) restates the 33.5% (≥ 30%)')
S.rel('share', U, [yt_r[1], F(YT, '7.1%')], 'tourism direct value added = 7.1% of GDP: neither is stated (4726.25 is revenue, not value added)')
S.rel('share', U, [F(YT, '11%'), F(YT, '9%'), F(YT, '22%')], 'shares of the three sectors’ value added: the levels are not stated')
S.rel('sum', U, [F(YT, '1.34億人次'), yt_d[1]], 'rural-tourism visitors 1.34億 within (or overlapping) the 4.25億 domestic visitors: overlapping scopes')
S.rel('sum', U, [F(YT, '45.34萬人'), F(YT, '80.61萬人')], 'direct 45.34 and indirect 80.61 employment: no total stated')

# ---- 黔西南 tourism Q1 2019 (traditional, readings kept)
qx_vh = F(QX, '1616.87萬', n=0); qx_vb = F(QX, '1616.87萬', n=1); qx_rh = F(QX, '130.98億', n=0); qx_rb = F(QX, '130.98億', n=1)
rs_qxv = [qx_vh, qx_vb]; rs_qxr = [qx_rh, qx_rb]
S.rel('restatement', C, rs_qxv, 'headline 1616.87萬 visitors restates the body')
S.rel('restatement', C, rs_qxr, 'headline 130.98億 revenue restates the body')
S.rel('sum', U, [F(QX, '860.28萬'), F(QX, '146.08萬'), F(QX, '152.75萬'), F(QX, '182.58萬'), F(QX, '49.1萬'), F(QX, '78.3萬'), F(QX, '49.25萬'), F(QX, '97.81萬'), qx_vb], 'eight counties add to 1616.15 of 1616.87: 義龍新區 is not listed; not a complete split')
S.rel('sum', U, [F(QX, '87.70億元'), F(QX, '10.33億元'), F(QX, '6.51億元'), F(QX, '11.3億元'), F(QX, '3.82億元'), F(QX, '4.11億元'), F(QX, '3.98億元'), F(QX, '3.65億元'), F(QX, '130.98億元')], 'county revenues add to 131.40, above the prefecture’s 130.98 even without 義龍: county tourism figures double-count multi-county trips and are not additive to the prefecture’s total; overlapping scopes')
S.rel('rate', U, [F(QX, '31.18%'), F(QX, '31.12%'), F(QX, '32.49%'), F(QX, '31.15%'), F(QX, '30.63%'), F(QX, '30.62%'), F(QX, '30.17%'), F(QX, '34.09%'), F(QX, '30.52%')], 'prefecture visitor growth from county rates: last year’s county levels are not stated and one unit is missing')

# ---- cross-document traps
S.rel('restatement', U, [F(SC, '8.2%', n=1), F(CQ, '8.2%')], 'cross-document: 四川 GDP +8.2% (H1 2017) vs 重庆 car industry +8.2% (Jan–Sep 2020): other place, indicator and period')

# ---- altered copies
a = ALT(TL, 1, tl_pdebt, '9.13亿元', 'prose debt transfer 9.73 → 9.13')
S.rel('sum', I, R(a, sum_tlp, tl_pdebt, '9.13亿元'), 'altered: 50.38 + 28.92 + 9.13 + 24.35 = 112.78, not 113.38 (breaks {B})')
a = ALT(TL, 2, tl_rep, '8.99', 'table debt repayment 8.59 → 8.99')
S.rel('sum', I, R(a, sum_tlx, tl_rep, '8.99'), 'altered: 4.42 + 8.99 + 0.4 = 13.81, not 13.41 (breaks {B})')
a = ALT(CF, 1, cf_ng, '18.6%', 'non-tax growth 13.6% → 18.6%')
S.rel('growth', I, R(a, gr_cfn, cf_ng, '18.6%'), 'altered: 46.2 / (386.4 − 46.2) = +13.6%, not 18.6% (breaks {B})')
a = ALT(CF, 2, cf_tg, '17.5%', 'tax growth 14.5% → 17.5%')
S.rel('growth', I, R(a, gr_cft, cf_tg, '17.5%'), 'altered: 94 / (743.5 − 94) = +14.5%, not 17.5% (breaks {B})')
a = ALT(CQ, 1, cq_p[1], '7068.62亿元', 'secondary value added 7008.62 → 7068.62')
S.rel('sum', I, R(a, sum_cq, cq_p[1], '7068.62亿元'), 'altered: 1216.91 + 7068.62 + 9481.57 = 17767.10, not 17707.1 (breaks {B})')
a = ALT(CQ, 2, cq_g0, '2.8%', 'headline growth 2.6% → 2.8%')
S.rel('restatement', I, R(a, rs_cq, cq_g0, '2.8%'), 'altered: headline 2.8% vs body 2.6% (breaks {B})')
a = ALT(NJ, 1, nj_fri, '290.7', 'fruit index 296.7 → 290.7')
S.rel('growth', I, R(a, gr_njf, nj_fri, '290.7'), 'altered: 175.89 / 59.29 = 296.7%, not 290.7 (breaks {B})')
a = ALT(NJ, 2, nj_ls[2], '28.8', 'profits-and-taxes average growth 23.8 → 28.8')
S.rel('growth', I, R(a, nj_ls, nj_ls[2], '28.8'), 'altered: (502.56/48.04)^(1/11) = +23.8% a year, not 28.8 (breaks {B})')
a = ALT(SC, 1, sc_p[2], '7235.2亿元', 'tertiary value added 7295.2 → 7235.2')
S.rel('sum', I, R(a, sum_sc, sc_p[2], '7235.2亿元'), 'altered: 1496.9 + 7288.2 + 7235.2 = 16020.3, not 16080.3 (breaks {B})')
a = ALT(SC, 2, sc_k, '34个', 'industries with growth 36 → 34')
S.rel('share', I, R(a, sh_sc, sc_k, '34个'), 'altered: 34 / 41 = 82.9%, not 87.8% (breaks {B})')
a = ALT(S56, 1, s56_57, '8.7万多个', 'autumn co-operatives 5.7万 → 8.7万')
S.rel('sum', I, R(a, sum_s56, s56_57, '8.7万多个'), 'altered: 16万多 − 8.7万多 ≈ 7万, not “十多万个” new co-operatives (breaks {B})')
a = ALT(Y15, 1, y15_b, '15.79%', 'body incidence 15.49% → 15.79%')
S.rel('restatement', I, R(a, rs_y15, y15_b, '15.79%'), 'altered: headline 15.49% vs body 15.79% (breaks {B})')
a = ALT(Y15, 2, y15_20, '594万', '2020 task 574万 → 594万')
S.rel('restatement', I, R(a, rs_y15b, y15_20, '594万'), 'altered: 574万 poor at end-2014 vs 594万 to lift out by 2020 (breaks {B})')
a = ALT(Y15, 3, y15_inc, '12000元以上', 'income goal 10000 → 12000')
S.rel('target', MS, R(a, [y15_inc, y20_20], y15_inc, '12000元以上'), 'altered: goal “12000元以上” by 2020 → 11740: missed (breaks {B})')
a = ALT(Y16, 1, y16_cr, '61.9%', 'cumulative reduction rate 67.9% → 61.9%')
S.rel('share', I, R(a, sh_y16c, y16_cr, '61.9%'), 'altered: 997 / 1468 = 67.9%, not 61.9% (breaks {B})')
a = ALT(Y16, 2, y16_pa, '5.9个百分点', 'yearly fall 5.4 → 5.9 points')
S.rel('growth', I, R(a, gr_y16, y16_pa, '5.9个百分点'), 'altered: 26.9 / 5 = 5.38 a year, not 5.9 (breaks {B})')
a = ALT(Y20, 1, y20_bg, '6%', 'business-income yearly growth 8% → 6%')
S.rel('growth', I, R(a, gr_y20b, y20_bg, '6%'), 'altered: (5364/2901.6)^(1/8) = +8.0% a year, not 6% (breaks {B})')
a = ALT(Y20, 2, y20_g, '15%', 'income yearly growth 12% → 15%')
S.rel('growth', I, R(a, gr_y20, y20_g, '15%'), 'altered: (11740/4749)^(1/8) = +12.0% a year, not 15% (breaks {B})')
a = ALT(CX, 1, cx_b, '4.8万人', 'poor at end-2018 4.5万 → 4.8万')
S.rel('sum', I, R(a, sum_cx, cx_b, '4.8万人'), 'altered: 34.36 − 4.8 = 29.56, not 29.86 (breaks {B})')
a = ALT(CX, 2, cx_g[2], '562倍', '增长502倍 → 562倍')
S.rel('growth', I, R(a, cx_g, cx_g[2], '562倍'), 'altered: 1024.33 / 2.04 − 1 = 501 (at most 502.4), not 562 (breaks {B})')
a = ALT(X21, 1, x21_g, '13.85%', 'growth 13.25% → 13.85%')
S.rel('growth', I, R(a, gr_x21, x21_g, '13.85%'), 'altered: 12.42 / 93.73 = 13.25%, not 13.85% (breaks {B})')
a = ALT(X21, 2, x21_cs, '97.36%', 'cereal share 97.86% → 97.36%')
S.rel('share', I, R(a, sh_x21, x21_cs, '97.36%'), 'altered: 103.88 / 106.15 = 97.86%, not 97.36% (breaks {B})')
a = ALT(X22, 1, x22_g, '17.15%', 'growth 17.65% → 17.15%')
S.rel('growth', I, R(a, gr_x22, x22_g, '17.15%'), 'altered: 16.1 / 91.2 = 17.65%, not 17.15% (breaks {B})')
a = ALT(X22, 2, x22_inc, '1.45萬噸', 'increase over 2021 1.15 → 1.45')
S.rel('growth', I, R(a, gr_xx, x22_inc, '1.45萬噸'), 'altered: 107.3 − 1.45 = 105.85, not the 106.15 of 2021 (breaks {B})')
a = ALT(GG, 1, gg_mu, '4137.20万亩', 'sown area in mu 4131.20 → 4137.20')
S.rel('restatement', I, R(a, rs_gg, gg_mu, '4137.20万亩'), 'altered: 2754.14千公顷 = 4131.21万亩, not 4137.20 (breaks {B})')
a = ALT(YT, 1, yt_f[2], '4.6%', 'overseas visitors yearly growth 4.0% → 4.6%')
S.rel('growth', I, R(a, yt_f, yt_f[2], '4.6%'), 'altered: (600.38/533.5)^(1/3) = +4.0% a year, not 4.6% (breaks {B})')
a = ALT(YT, 2, yt_r17[1], '6200億元', '2017 revenue estimate 6700 → 6200')
S.rel('growth', I, R(a, yt_r17, yt_r17[1], '6200億元'), 'altered: (6200/2111.24)^(1/4) = +30.9% a year, not 33.5% (breaks {B})')
a = ALT(QX, 1, qx_vb, '1618.87萬', 'body visitors 1616.87 → 1618.87')
S.rel('restatement', I, R(a, rs_qxv, qx_vb, '1618.87萬'), 'altered: headline 1616.87萬 vs body 1618.87萬 (breaks {B})')
a = ALT(QX, 2, qx_rb, '136.98億', 'body revenue 130.98 → 136.98')
S.rel('restatement', I, R(a, rs_qxr, qx_rb, '136.98億'), 'altered: headline 130.98億 vs body 136.98億 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

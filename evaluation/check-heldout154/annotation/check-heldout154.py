"""Check key, set check-heldout154. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout154.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout154'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

DB='sn_db_2023q4.txt'; YL='sn_yl_2022q4.txt'; SM='sn_sm_2024.txt'; S86='sn_1986.txt'; LZ='gs_lz_2015h1_hant.txt'; ZN='gs_zn_2023b_hant.txt'
HD='qh_hd_h1.txt'; YC='nx_yc_2022p.txt'; NX='nx_2025p.txt'; HSB='nx_hsb_2025q1.txt'; N98='nx_1998.txt'; WP='xj_2015wp.txt'; CRI='xj_2015cri.txt'
HC='ln_hc_2020.txt'; LH='ln_hist.txt'; AS='ln_as_2021q3_hant.txt'; MDJ='hl_mdj_2023.txt'; JL='jl_2023h1.txt'

# ---- 定边县 Q4 2023 key projects
db_h = F(DB, '50.1亿元', n=0); db_b = F(DB, '50.1亿元', n=1); db_n = F(DB, '12个')
sum_db = [F(DB, '2个', pre='工业及能源类项目'), F(DB, '5个', pre='市政建设类'), F(DB, '5个', pre='社会事业及民生类项目'), db_n]
sh_db1 = [F(DB, '15个'), F(DB, '16个'), F(DB, '93.8%')]; sh_db2 = [F(DB, '94个'), F(DB, '117个'), F(DB, '80.3%')]
db_888 = F(DB, '88.8亿元'); db_1175 = F(DB, '117.5亿元'); sh_db3 = [db_888, db_1175, F(DB, '75.6%')]
S.rel('restatement', C, [db_h, db_b], '定边县 Q4 2023 batch: headline total investment 50.1亿元 restates the body')
S.rel('sum', C, sum_db, '12 projects started = 2 industry/energy + 5 infrastructure/municipal + 5 social/livelihood')
S.rel('share', C, sh_db1, 'city-level key projects: 15 of 16 started = 93.75% → 93.8%')
S.rel('share', C, sh_db2, 'county-level key projects: 94 of 117 started = 80.34% → 80.3%')
S.rel('share', C, sh_db3, 'county-level projects: 88.8 of the annual plan 117.5亿 = 75.57% → 75.6%')
S.rel('share', U, [F(DB, '74.5亿元'), F(DB, '80.5%')], 'city-level projects: 74.5亿 = 80.5% of the annual task; the task (about 92.5亿) is not stated; nothing to check')
S.rel('target', CT, [db_888, db_1175], 'county-level projects: 88.8 of the annual plan 117.5亿 by early October: the year is not over; cannot tell')
S.rel('sum', U, [F(DB, '20.8亿元'), db_b], 'annual planned investment 20.8 of the 12 new projects’ total 50.1亿: this year’s part of a multi-year total; no share stated')

# ---- 榆林市 Q4 2022 project start
yl_h134 = F(YL, '134个', n=0); yl_b134 = F(YL, '134个', n=1); rs_yl2 = [F(YL, '372.5亿元', n=0), F(YL, '372.5亿元', n=1)]
sh_yl = [F(YL, '109个'), yl_b134, F(YL, '81%')]
S.rel('restatement', C, [yl_h134, yl_b134], '榆林 Q4 2022: headline 134 projects restates the body')
S.rel('restatement', C, rs_yl2, 'headline total investment 372.5亿元 restates the body')
S.rel('share', C, sh_yl, '109 of 134 projects with a one-year build = 81.3% → 81%')
S.rel('share', U, [F(YL, '54%'), yl_b134], 'livelihood projects = 54% of 134 (about 72): the count is not stated; nothing to check')
S.rel('share', U, [F(YL, '41%'), F(YL, '68.7亿元')], 'livelihood projects’ share 41% of the annual planned investment 68.7亿: the amount is not stated')
S.rel('sum', U, [F(YL, '30个'), F(YL, '54%'), yl_b134], 'industry 30 + livelihood ≈72 ≈ 102 < 134: the batch also has ecology and other projects (“产业、民生、生态环境等”); not a split')
S.rel('sum', U, [yl_b134, db_n], 'cross-document: 榆林’s Q4 2022 batch (134) and 定边’s Q4 2023 batch (12): 定边 is in 榆林 but the batches are of other years; no relation')

# ---- 神木市 2024
sm_gdp = F(SM, '2502.61 亿元'); sm_1 = F(SM, '29.57 亿元'); sm_2 = F(SM, '2093.14 亿元'); sm_3 = F(SM, '379.90 亿元')
s1 = F(SM, '1.18'); s2 = F(SM, '83.64'); s3 = F(SM, '15.18')
sum_sm = [sm_1, sm_2, sm_3, sm_gdp]; sh_sm2 = [sm_2, sm_gdp, s2]; sh_sm3 = [sm_3, sm_gdp, s3]; sum_sms = [s1, s2, s3]
S.rel('sum', C, sum_sm, '神木 2024 GDP: 29.57 + 2093.14 + 379.90 = 2502.61亿')
S.rel('share', C, [sm_1, sm_gdp, s1], 'primary 29.57 / 2502.61 = 1.18%')
S.rel('share', C, sh_sm2, 'secondary 2093.14 / 2502.61 = 83.64%')
S.rel('share', C, sh_sm3, 'tertiary 379.90 / 2502.61 = 15.18%')
S.rel('sum', C, sum_sms, 'structure 1.18 : 83.64 : 15.18 sums to 100.00')
S.rel('share', U, [F(SM, '430039 元'), sm_gdp, F(SM, '58.41 万人')], 'per-capita GDP 430039 vs 2502.61亿 / 58.41万 (year-end) = 428456: per-capita GDP uses the average population, not stated; no contradiction')
S.rel('target', U, [F(SM, '600 亿元'), sm_gdp], 'the ranking’s GDP threshold (≥ 600亿) is an entry condition, not a goal of 神木; not a target relation')
S.rel('share', U, [F(SM, '71.97%'), F(SM, '58.41 万人')], 'urbanisation 71.97% of 58.41万: the urban population is not stated; nothing to check')

# ---- 陕西 1986 geography text
s_pop = F(S86, '3043 万人'); s_area = F(S86, '20.56 万平方公里'); sh_s86 = [s_pop, s_area, F(S86, '148 人')]
S.rel('share', C, sh_s86, '陕西 1986: 3043万 people / 20.56万 km² = 148.0 per km² → 148')
S.rel('share', U, [s_pop, F(S86, '2.9%')], 'population = 2.9% of the national total: the national population is not stated')
S.rel('share', U, [s_area, F(S86, '2.1%')], 'area = 2.1% of the national area: the national area is not stated')
S.rel('restatement', U, [F(S86, '22.7 倍'), F(S86, '22.7%')], 'gross output “增长了22.7倍” since 1949 and forest cover 22.7%: same number, other indicators')
S.rel('growth', U, [F(S86, '22.7 倍'), F(S86, '14 倍')], 'gross output of industry and agriculture ×23.7 and national income ×15 since 1949: other indicators, levels not stated; nothing to check')

# ---- 兰州市 H1 2015 (traditional)
lz_g = F(LZ, '926.18億元'); lz_1 = F(LZ, '18.26億元'); lz_2 = F(LZ, '356.32億元'); lz_3 = F(LZ, '551.6億元')
sum_lz = [lz_1, lz_2, lz_3, lz_g]; sh_lz = [F(LZ, '91個'), F(LZ, '5億元'), F(LZ, '500萬元')]
S.rel('sum', C, sum_lz, '蘭州 H1 2015 GDP: 18.26 + 356.32 + 551.6 = 926.18億')
S.rel('share', C, sh_lz, 'poverty funds 5億 over 91 villages = 549萬 per village ≥ “村均超過500萬元”')
S.rel('rate', U, [lz_1, F(LZ, '5.3%'), lz_2, F(LZ, '6.4%'), lz_3, F(LZ, '10.5%'), F(LZ, '8.6%')], 'GDP +8.6% rebuilt from the sectors’ real rates and current nominal levels gives +8.8%: the weights (last year’s real levels) are not stated; no check')
S.rel('share', U, [F(LZ, '327億元'), F(LZ, '98億元')], 'e-commerce turnover 327 and online retail 98億: a subset, no share stated')

# ---- 卓尼县 2023 bond allocation (traditional)
zn_a = F(ZN, '7144萬元', n=0); zn_b = F(ZN, '7144萬元', n=1); zn_c = F(ZN, '7144萬元', n=2); zn_d = F(ZN, '7144萬元', n=3)
zn_p1 = F(ZN, '100萬元', n=0); zn_p2 = F(ZN, '7044萬元', n=0); zn_k1 = F(ZN, '100萬元', n=1); zn_k2 = F(ZN, '7044萬元', n=1)
sum_zn1 = [zn_p1, zn_p2, zn_b]; sum_zn2 = [zn_k1, zn_k2, zn_d]; rs_zn1 = [zn_a, zn_b]; rs_zn3 = [zn_p2, zn_k2]
S.rel('sum', C, sum_zn1, '卓尼 2023 new general bonds: project 1 100萬 + project 2 7044萬 = 7144萬')
S.rel('sum', C, sum_zn2, 'budget adjustment: head 2120303 100萬 + head 2140104 7044萬 = spending increase 7144萬')
S.rel('restatement', C, rs_zn1, 'quota allocated by the province 7144萬 = bond funds to be used 7144萬')
S.rel('restatement', C, [zn_c, zn_d], 'budget adjustment: transfer revenue +7144萬 = spending +7144萬')
S.rel('restatement', C, rs_zn3, 'road project 7044萬 = the 公路建設 head 7044萬')

# ---- 海东市 H1 (2018 by context)
hd_s = [F(HD, '5.8%'), F(HD, '20.3%'), F(HD, '73.9%')]
S.rel('sum', C, hd_s, '海东 H1 investment by industry: 5.8 + 20.3 + 73.9 = 100.0%')
S.rel('rate', U, [F(HD, '7.2%'), F(HD, '5%', pre='一产同比增长'), F(HD, '8.2%'), F(HD, '6.1%')], 'GDP +7.2% from the industries’ rates: weights not stated; no check')
S.rel('growth', U, [F(HD, '32.3%'), F(HD, '104.4%'), F(HD, '30个百分点')], 'investment −32.3% while the investment rate fell only 30 points to 104.4% (from ≈134): would need GDP to fall ≈13%; the investment rate and the growth rate are on different bases (levels not stated); no check')
S.rel('growth', U, [F(HD, '7.2%'), F(HD, '2个百分点')], 'GDP +7.2%, 2 points below a year earlier: last year’s rate (9.2) is not stated; nothing to check')

# ---- 银川 2022 first batch (traps) and 宁夏 2025
S.rel('sum', U, [F(YC, '648个'), F(YC, '455个'), F(YC, '766个')], '银川 2022: Q1 starts (455) lie within the first batch (648) within the year’s plan (766): nested, not a split')
S.rel('sum', U, [F(YC, '3033亿元'), F(YC, '2599亿元'), F(YC, '3223亿元')], 'total investment of the nested lists 3223 ⊃ 3033 ⊃ 2599亿: not a split')
S.rel('share', U, [F(YC, '160亿元'), F(YC, '347亿元')], '宝丰 project: 2022 plan 160 of a 347亿 total: no share stated')
S.rel('growth', U, [F(YC, '1007亿元'), F(NX, '1121亿元')], 'cross-document: 银川’s 2022 annual planned investment (766 projects) 1007亿 and the 2025 reserve of 1241 projects 1121亿: other years and lists; no rate stated')
S.rel('sum', U, [F(NX, '254个'), F(NX, '547个')], '石嘴山 2025: 254 projects to implement are a subset of the 547 in reserve; no split')
S.rel('sum', U, [F(NX, '251亿元'), F(NX, '487亿元')], 'annual planned investment 251 (implementation list) within 487亿 (reserve): subset')
S.rel('sum', U, [F(NX, '24个'), F(NX, '254个')], '24 projects of 10亿 or more within the 254: a subset')
S.rel('target', U, [F(NX, '10%以上', n=0), F(NX, '10%以上', n=1)], '银川’s goal for the 523 Q1 projects (+10%以上) and 石嘴山’s annual investment goal (+10%以上): same number, other place, scope and period')

# ---- 红寺堡区 Q1 2025
h_85a = F(HSB, '85个', n=0); h_85b = F(HSB, '85个', n=1); h_142 = F(HSB, '142个')
sh_h1 = [h_85a, h_142, F(HSB, '60%')]; h_572 = F(HSB, '57.2亿元'); sh_h2 = [h_572, F(HSB, '163.4亿元'), F(HSB, '35%')]
sh_h3 = [F(HSB, '8个', pre='已开工'), F(HSB, '14个'), F(HSB, '57%')]; h_43 = F(HSB, '43个'); sh_h4 = [h_43, F(HSB, '63个'), F(HSB, '68%')]
h_57 = F(HSB, '57个'); sum_h = [h_57, h_85b, h_142]
S.rel('share', C, sh_h1, '红寺堡 2025: 85 of 142 projects started = 59.9% → 60%')
S.rel('share', C, sh_h2, 'investment done 57.2 of the annual plan 163.4亿 = 35.0% → 35%')
S.rel('share', C, sh_h3, 'city-level key projects: 8 of 14 started = 57.1% → 57%')
S.rel('share', C, sh_h4, 'district key projects: 43 of 63 started = 68.3% → 68%')
S.rel('sum', C, sum_h, '57 projects not started + 85 under way = 142 planned')
S.rel('restatement', C, [h_85a, h_85b], '85 started (开工) and 85 under way (在建): the same count')
S.rel('target', M, [F(HSB, '16.3%'), F(HSB, '4.3个百分点')], 'Q1 2025 fixed investment +16.3%, “高于预期目标4.3个百分点” (goal 12.0): met')
S.rel('target', CT, [F(HSB, '65亿元'), F(HSB, '25.36亿元')], 'H1 goal 65亿 against Q1 25.36亿: the half-year is not over; cannot tell')
S.rel('target', U, [F(HSB, '12%以上'), F(HSB, '16.3%')], 'the H1 growth goal “12%以上” against the Q1 rate 16.3%: other period; not a target relation')
S.rel('sum', U, [F(HSB, '3个', pre='复合发电等'), F(HSB, '64个'), F(HSB, '14个'), F(HSB, '63个'), h_142], 'lists 3 + 64 + 14 + 63 = 144 ≠ 142: the Q1 list cuts across the others; overlapping lists, not a split')
S.rel('growth', U, [F(HSB, '16.3%'), F(HSB, '1.4个百分点')], '1.4 points above 吴忠市: 吴忠’s rate is not stated; nothing to check')
S.rel('growth', U, [F(HSB, '16.3%'), F(HSB, '7.3个百分点')], '7.3 points above a year earlier: last year’s Q1 rate (9.0) is not stated')
S.rel('target', U, [F(HSB, '12%以上'), F(NX, '10%以上', n=1)], 'cross-document: 红寺堡’s H1 goal (12%以上) and 石嘴山’s annual goal (10%以上): other places and periods')

# ---- 宁夏 1998 anniversary text (traps)
S.rel('growth', U, [F(N98, '210亿元'), F(N98, '28.9倍')], '宁夏 1997 GNP 210亿 “比1957年增长28.9倍”: the 1957 level is not stated (and real vs current prices unknown); nothing to check')
S.rel('share', U, [F(N98, '28.9倍'), F(N98, '10.1倍')], 'GNP 增长28.9倍 (×29.9) and per-capita GNP 是…10.1倍 (×10.1) imply population ×2.96 since 1957; the population is not stated; no check (mind the 增长 / 是 forms)')
S.rel('growth', U, [F(N98, '13.7亿元'), F(N98, '38倍')], 'revenue 13.7亿 “是1957年的38倍”: the 1957 level is not stated')

# ---- 新疆 2015 white paper and the CRI news of the same day
w_g = F(WP, '9273.46亿元'); w_a = F(WP, '8.3%'); w_r = F(WP, '115.6倍'); w_pc = F(WP, '40648元'); w_pr = F(WP, '23.8倍'); w_pa = F(WP, '5.6%')
w_111 = F(WP, '11.1%'); w_25 = F(WP, '2.5个百分点'); w_4 = F(WP, '第4位')
gr_wp = [w_pr, w_pa]
S.rel('growth', I, [w_r, w_a], 'REAL DISCREPANCY in the original: “比1955年增长115.6倍” is ×116.6 over 59 years (1955–2014) = 8.40% a year, not “年均增长8.3%” (the per-capita figures of the same paragraph use the same 59 years and agree)')
S.rel('growth', C, gr_wp, 'per-capita GDP “增长23.8倍” (×24.8) over 59 years = 5.59% a year → 5.6%')
S.rel('growth', U, [F(WP, '241元'), w_pc, w_pr], 'per-capita GDP 241 → 40648 is ×168.7 at current prices; 23.8倍 is after price changes (扣除价格因素): nominal vs real, no contradiction')
S.rel('growth', U, [F(WP, '12亿元'), w_g, w_r], 'GDP 12 → 9273.46亿 is ×773 at current prices; 115.6倍 is real: nominal vs real')
S.rel('growth', U, [w_a, F(WP, '0.2个百分点')], '8.3% “比同期全国增速快0.2个百分点”: the national rate is not stated')
S.rel('sum', U, [F(WP, '1282.6亿元'), F(WP, '4540.8亿元')], '2014 revenue 1282.6 within the 2010–2014 total 4540.8亿: the other years are not stated; nothing to check')
c_h = F(CRI, '11.1%', n=0); c_111a = F(CRI, '11.1%', n=1); c_111b = F(CRI, '11.1%', n=2)
c_g1 = F(CRI, '9273.46亿元', n=0); c_g2 = F(CRI, '9273.46亿元', n=1); c_x1 = F(CRI, '1.15倍', n=0); c_x2 = F(CRI, '1.15倍', n=1)
c_25 = F(CRI, '2.5个百分点'); c_4 = F(CRI, '第4位'); rs_cx = [c_x1, c_x2]; rs_w1 = [w_g, c_g1]; rs_w3 = [w_25, c_25]
S.rel('restatement', C, [c_h, c_111a], 'CRI: headline 平均增长11.1% restates the body')
S.rel('restatement', C, [c_g1, c_g2], '2014 GDP 9273.46亿 stated twice')
S.rel('restatement', C, rs_cx, '“比2009年增长了1.15倍” stated twice')
S.rel('restatement', C, rs_w1, 'cross-document: 2014 GDP 9273.46亿 in the white paper and in the press-conference news')
S.rel('restatement', C, [w_111, c_111b], 'cross-document: 2010–2014 average growth 11.1% in both')
S.rel('restatement', C, rs_w3, 'cross-document: 2.5 points above the national average in both')
S.rel('restatement', C, [w_4, c_4], 'cross-document: growth rank 4th in 2014 in both')
S.rel('growth', U, [c_x2, c_111b], 'GDP ×2.15 since 2009 (current prices) = 16.5% a year vs the real average 11.1%: nominal vs real; no contradiction')
S.rel('growth', U, [F(CRI, '21881元'), F(CRI, '1.9倍')], 'urban income 21881 “比2009年增长了1.9倍”: the 2009 level is not stated; nothing to check')
S.rel('growth', I, [F(CRI, '8114元'), F(CRI, '2.2倍'), F(CRI, '1000元')], 'REAL DISCREPANCY under the key’s convention: “增长了2.2倍” puts 2009 at 8114 / 3.2 = 2536, a rise of 5578 in five years = 1116 a year, not “近1000元” (< 1000); read loosely as ×2.2 it would be 885 a year (see judgement calls)')

# ---- 海城市 2020 bulletin
hc_tot = F(HC, '1056955', n=0); hc_tt = F(HC, '1056955', n=1); hc_u = F(HC, '306243', n=0); hc_ut = F(HC, '306243', n=1); hc_r = F(HC, '750712')
hc_m = F(HC, '536125'); hc_f = F(HC, '520830'); hc_a1 = F(HC, '150986'); hc_a2 = F(HC, '643537'); hc_a3 = F(HC, '262432')
sum_hc1 = [hc_ut, hc_r, hc_tt]; sum_hc2 = [hc_m, hc_f, hc_tt]; sum_hc3 = [hc_a1, hc_a2, hc_a3, hc_tt]; sh_hc3 = [hc_a3, hc_tt, F(HC, '24.8')]
g_gdp = F(HC, '547.9亿元'); g1 = F(HC, '43.5亿元'); g2 = F(HC, '195.1亿元'); g3 = F(HC, '309.3亿元')
sum_hc4 = [g1, g2, g3, g_gdp]; sh_hc7 = [g2, g_gdp, F(HC, '35.6%')]
S.rel('restatement', C, [hc_tot, hc_tt], '海城 year-end 2020 population 1056955 in the text and in table 1')
S.rel('sum', C, sum_hc1, 'urban 306243 + rural 750712 = 1056955')
S.rel('sum', C, sum_hc2, 'male 536125 + female 520830 = 1056955')
S.rel('sum', C, sum_hc3, 'ages 150986 + 643537 + 262432 = 1056955')
S.rel('share', C, [hc_u, hc_tot, F(HC, '29%')], 'urban 306243 / 1056955 = 28.97% → “29%”')
S.rel('share', C, [hc_m, hc_tt, F(HC, '50.7')], 'male 536125 / 1056955 = 50.72% → 50.7')
S.rel('share', C, [hc_a1, hc_tt, F(HC, '14.3')], 'ages 0–17 150986 / 1056955 = 14.28% → 14.3')
S.rel('share', C, [hc_a2, hc_tt, F(HC, '60.9')], 'ages 18–59 643537 / 1056955 = 60.89% → 60.9')
S.rel('share', C, sh_hc3, 'ages 60+ 262432 / 1056955 = 24.83% → 24.8')
S.rel('growth', C, [F(HC, '4.91‰'), F(HC, '6.88‰'), F(HC, '-1.97‰')], 'birth rate 4.91‰ − death rate 6.88‰ = −1.97‰')
S.rel('share', I, [F(HC, '6676人'), F(HC, '12672人'), hc_tot, F(HC, '-1.97‰')], 'REAL DISCREPANCY in the original: births 6676 − deaths 12672 = −5996 over ≈1.06 million people = −5.67‰, not −1.97‰; the counts and the rates cannot share one population (6676/12672 = 0.53, 4.91/6.88 = 0.71)')
S.rel('sum', C, sum_hc4, 'GDP 43.5 + 195.1 + 309.3 = 547.9亿')
S.rel('share', C, [g1, g_gdp, F(HC, '7.9%')], 'primary 43.5 / 547.9 = 7.94% → 7.9%')
S.rel('share', C, sh_hc7, 'secondary 195.1 / 547.9 = 35.61% → 35.6%')
S.rel('share', C, [g3, g_gdp, F(HC, '56.5%')], 'tertiary 309.3 / 547.9 = 56.45% → 56.5% (within rounding)')
S.rel('sum', C, [F(HC, '7.9%'), F(HC, '35.6%'), F(HC, '56.5%')], 'shares 7.9 + 35.6 + 56.5 = 100.0')
S.rel('sum', C, [F(HC, '34.2亿元'), F(HC, '9.9亿元'), F(HC, '44.1亿元')], 'local fiscal revenue 44.1 = general budget 34.2 + fund budget 9.9亿 (not stated as a split, but it is the definition and holds exactly)')
S.rel('rate', U, [g1, F(HC, '2.9%'), g2, F(HC, '3.2%'), g3, F(HC, '2.6%'), g_gdp], 'GDP “与上年持平” from the sectors’ real rates: weights (last year’s real levels) not stated; rebuilding from current levels gives −0.2%; no check')
S.rel('restatement', U, [F(HC, '15.4%', n=0), F(HC, '15.4%', n=1)], 'fiscal revenue −15.4% and tax revenue −15.4%: same number, other indicators')
S.rel('sum', U, [F(HC, '66.0亿元'), F(HC, '78.3亿元')], 'general-budget spending 66.0 is “其中” of local spending 78.3亿: the rest is not split')

# ---- 辽宁 1952-2017 (article of 2020)
l_g0 = F(LH, '41.4亿元'); l_g1 = F(LH, '27077.7亿元'); l_na = F(LH, '10.5%'); l_idx = F(LH, '20201.9'); l_ra = F(LH, '8.5%')
gr_l1 = [l_g0, l_g1, l_na]; gr_l2 = [l_idx, l_ra]
S.rel('growth', C, gr_l1, '辽宁 GDP 41.4 (1952) → 27077.7亿 (2017) at current prices: ×654 over 65 years = 10.49% a year → 10.5%')
S.rel('growth', C, gr_l2, 'GDP index 20201.9 (1952 = 100): ×202.0 over 65 years = 8.51% a year → 8.5%')
S.rel('growth', I, [l_idx, F(LH, '202倍')], 'REAL DISCREPANCY under the key’s convention: index 20201.9 (1952 = 100) is ×202.0, i.e. 增长201倍, not “增长了202倍” (the writer used 增长 for the ratio)')
S.rel('growth', U, [l_na, l_ra], 'nominal 10.5% and real 8.5% a year: the same GDP at current and at constant prices; no contradiction')
S.rel('growth', U, [F(LH, '11.9亿元'), F(LH, '22948.8亿元')], 'gross industrial output 11.9 (1949) → 22948.8亿 (2017): no rate stated; nothing to check')

# ---- 鞍山市 Q1-Q3 2021 (traditional)
sh_as = [F(AS, '24個'), F(AS, '34個'), F(AS, '70.6%')]; gr_as = [F(AS, '23.6%'), F(AS, '10%', pre='規模以上工業增加值同比增長'), F(AS, '13.6個百分點')]
S.rel('share', C, sh_as, '鞍山: 24 of 34 industrial branches growing = 70.59% → 70.6%')
S.rel('growth', C, gr_as, 'high-tech manufacturing +23.6% − industry +10% = 13.6 points')
S.rel('rate', U, [F(AS, '10.9%'), F(AS, '26.3%'), F(AS, '3.3%', pre='26.3%和'), F(AS, '4.8', post='、3和'), F(AS, '10%', pre='規模以上工業增加值同比增長')], 'contributions 4.8 + 3 + 0.2 = 8.0 of the +10%: the other branches are not listed and weights are not stated; no check')
S.rel('growth', U, [F(AS, '7%', pre='同比增長'), F(AS, '2.7%')], 'GDP +7% and the two-year average 2.7% imply 2020 −1.4%; not stated; nothing to check')
S.rel('growth', U, [F(AS, '10%', pre='規模以上工業增加值同比增長'), F(AS, '11.2個百分點')], 'industry 11.2 points above a year earlier: last year’s rate is not stated')
S.rel('sum', U, [F(HC, '547.9亿元'), F(AS, '1385億元')], 'cross-document: 海城 (under 鞍山) 2020 GDP 547.9 and 鞍山 Q1–Q3 2021 1385億: other periods; no share stated')

# ---- 牡丹江 ports Jan-Jul 2023
m_t = F(MDJ, '571.2万吨'); m_in = F(MDJ, '510.3万吨'); m_out = F(MDJ, '60.9万吨'); r_t = F(MDJ, '499.1万吨'); r_in = F(MDJ, '488.8万吨'); r_out = F(MDJ, '10.3万吨', pre='出口货物量为')
sum_m1 = [m_in, m_out, m_t]; rate_m1 = [m_in, F(MDJ, '4.9%'), m_out, F(MDJ, '33.4%'), m_t, F(MDJ, '7.4%')]
sum_m2 = [r_in, r_out, r_t]; rate_m2 = [r_in, F(MDJ, '1.8%'), r_out, F(MDJ, '16.2%'), r_t, F(MDJ, '2.0%')]
S.rel('sum', C, sum_m1, '牡丹江 ports Jan–Jul: inbound 510.3 + outbound 60.9 = 571.2万吨')
S.rel('rate', C, rate_m1, 'total growth rebuilt from the parts: 510.3/1.049 + 60.9/1.334 = 532.1 a year earlier; 571.2 / 532.1 = +7.35% → 7.4%')
S.rel('sum', C, sum_m2, '绥芬河 railway: imports 488.8 + exports 10.3 = 499.1万吨')
S.rel('rate', C, rate_m2, 'railway growth rebuilt: 488.8/1.018 + 10.3/1.162 = 489.0; 499.1 / 489.0 = +2.06% → 2.0% (within the allowances)')
S.rel('sum', U, [r_t, F(MDJ, '37.9万吨'), F(MDJ, '34.1万吨'), m_t], 'the three named ports 499.1 + 37.9 + 34.1 = 571.1 ≈ 571.2, but the text does not call them all (“从具体口岸情况看”); rebuilding their rates gives +8.0%, not 7.4%, so the total holds other ports too; not a stated split')

# ---- 吉林 H1 2023 (traps)
S.rel('growth', U, [F(JL, '7.7%'), F(JL, '2.2个百分点')], '吉林 H1 GDP +7.7%, 2.2 points above the national rate: the national rate is not stated')
S.rel('sum', U, [F(JL, '1922个'), F(JL, '1391个'), F(JL, '233个')], 'projects over 5000万 (1922) ⊃ over 1亿 (1391) ⊃ over 10亿 (233): nested tiers, not a split')
S.rel('rate', U, [F(JL, '8.7%'), F(JL, '9.6%'), F(JL, '23.7%')], 'investment growth of nested tiers: no levels, no weights; no check')
S.rel('growth', U, [F(JL, '12.9%'), F(JL, '3.1个百分点')], '一汽 sales +12.9%, 3.1 points above the national average: the national rate is not stated')
S.rel('restatement', U, [F(JL, '13', pre='第二产业增速全国'), F(JL, '第13')], 'secondary industry ranks 13th and industrial value added ranks 13th: same rank, other indicators')

# ---- further traps
S.rel('growth', U, [F(HC, '10219人'), hc_tot], '海城 population down 10219 to 1056955 while births − deaths = −5996: migration is not stated; nothing to check')
S.rel('share', U, [F(WP, '3317.8亿元'), F(WP, '1282.6亿元')], '新疆 2014 spending 3317.8 against revenue 1282.6亿: the gap is met by central transfers, not stated; nothing to check')
S.rel('share', U, [F(AS, '69%'), F(AS, '7.3%', pre='同比增長'), F(AS, '7.1%')], '鞍山 private investment = 69% of the total, +7.3% against the total +7.1%: no levels; nothing to check')
S.rel('growth', U, [F(CRI, '10%', n=0), c_111a], '2014 growth 10% and the 2010–2014 average 11.1%: other periods; the other years are not stated')

# ---- altered copies
a = ALT(DB, 1, sh_db1[0], '14个', 'city-level projects started 15 → 14')
S.rel('share', I, R(a, sh_db1, sh_db1[0], '14个'), 'altered: 14 / 16 = 87.5%, not 93.8% (breaks {B})')
a = ALT(DB, 2, db_888, '86.8亿元', 'county-level investment 88.8 → 86.8')
S.rel('share', I, R(a, sh_db3, db_888, '86.8亿元'), 'altered: 86.8 / 117.5 = 73.9%, not 75.6% (breaks {B})')
a = ALT(YL, 1, sh_yl[0], '103个', 'one-year projects 109 → 103')
S.rel('share', I, R(a, sh_yl, sh_yl[0], '103个'), 'altered: 103 / 134 = 76.9%, not 81% (breaks {B})')
a = ALT(YL, 2, rs_yl2[1], '378.5亿元', 'total investment (body) 372.5 → 378.5')
S.rel('restatement', I, R(a, rs_yl2, rs_yl2[1], '378.5亿元'), 'altered: headline 372.5亿 but body 378.5亿 (breaks {B})')
a = ALT(SM, 1, sm_3, '373.90 亿元', 'tertiary 379.90 → 373.90')
S.rel('sum', I, R(a, sum_sm, sm_3, '373.90 亿元'), 'altered: 29.57 + 2093.14 + 373.90 = 2496.61, not 2502.61 (breaks {B})')
S.rel('share', I, R(a, sh_sm3, sm_3, '373.90 亿元'), 'altered: 373.90 / 2502.61 = 14.94%, not 15.18% (breaks {B})')
a = ALT(SM, 2, s2, '83.04', 'secondary share 83.64 → 83.04')
S.rel('share', I, R(a, sh_sm2, s2, '83.04'), 'altered: 2093.14 / 2502.61 = 83.64%, not 83.04% (breaks {B})')
S.rel('sum', I, R(a, sum_sms, s2, '83.04'), 'altered: 1.18 + 83.04 + 15.18 = 99.40, not 100 (breaks {B})')
a = ALT(S86, 1, sh_s86[2], '168 人', 'density 148 → 168')
S.rel('share', I, R(a, sh_s86, sh_s86[2], '168 人'), 'altered: 3043万 / 20.56万 km² = 148, not 168 per km² (breaks {B})')
a = ALT(LZ, 1, lz_2, '358.32億元', 'secondary 356.32 → 358.32')
S.rel('sum', I, R(a, sum_lz, lz_2, '358.32億元'), 'altered: 18.26 + 358.32 + 551.6 = 928.18, not 926.18 (breaks {B})')
a = ALT(LZ, 2, sh_lz[1], '4億元', 'poverty funds 5億 → 4億')
S.rel('share', I, R(a, sh_lz, sh_lz[1], '4億元'), 'altered: 4億 / 91 = 440萬 per village, not “超過500萬元” (breaks {B})')
a = ALT(ZN, 1, zn_p2, '7014萬元', 'road project 7044 → 7014')
S.rel('sum', I, R(a, sum_zn1, zn_p2, '7014萬元'), 'altered: 100 + 7014 = 7114, not 7144萬 (breaks {B})')
S.rel('restatement', I, R(a, rs_zn3, zn_p2, '7014萬元'), 'altered: road project 7014萬 but the 公路建設 head 7044萬 (breaks {B})')
a = ALT(ZN, 2, zn_k1, '700萬元', 'head 2120303 100 → 700萬')
S.rel('sum', I, R(a, sum_zn2, zn_k1, '700萬元'), 'altered: 700 + 7044 = 7744, not 7144萬 (breaks {B})')
a = ALT(ZN, 3, zn_a, '7164萬元', 'provincial quota 7144 → 7164')
S.rel('restatement', I, R(a, rs_zn1, zn_a, '7164萬元'), 'altered: quota 7164萬 but bond funds used 7144萬 (breaks {B})')
a = ALT(HD, 1, hd_s[2], '78.9%', 'tertiary investment share 73.9 → 78.9')
S.rel('sum', I, R(a, hd_s, hd_s[2], '78.9%'), 'altered: 5.8 + 20.3 + 78.9 = 105.0, not 100 (breaks {B})')
a = ALT(HD, 2, hd_s[1], '26.3%', 'secondary investment share 20.3 → 26.3')
S.rel('sum', I, R(a, hd_s, hd_s[1], '26.3%'), 'altered: 5.8 + 26.3 + 73.9 = 106.0, not 100 (breaks {B})')
a = ALT(HSB, 1, h_572, '51.2亿元', 'investment done 57.2 → 51.2')
S.rel('share', I, R(a, sh_h2, h_572, '51.2亿元'), 'altered: 51.2 / 163.4 = 31.3%, not 35% (breaks {B})')
a = ALT(HSB, 2, h_57, '51个', 'projects not started 57 → 51')
S.rel('sum', I, R(a, sum_h, h_57, '51个'), 'altered: 51 + 85 = 136, not 142 (breaks {B})')
a = ALT(HSB, 3, h_43, '48个', 'district projects started 43 → 48')
S.rel('share', I, R(a, sh_h4, h_43, '48个'), 'altered: 48 / 63 = 76.2%, not 68% (breaks {B})')
a = ALT(WP, 1, w_pa, '5.9%', 'per-capita average growth 5.6 → 5.9')
S.rel('growth', I, R(a, gr_wp, w_pa, '5.9%'), 'altered: ×24.8 over 59 years = 5.6% a year, not 5.9% (breaks {B})')
a = ALT(WP, 2, w_g, '9237.46亿元', '2014 GDP 9273.46 → 9237.46')
S.rel('restatement', I, R(a, rs_w1, w_g, '9237.46亿元'), 'altered: 9237.46亿 in the white paper, 9273.46亿 in the news of the same day (breaks {B})')
a = ALT(CRI, 1, c_x2, '1.45倍', 'second “增长了1.15倍” → 1.45倍')
S.rel('restatement', I, R(a, rs_cx, c_x2, '1.45倍'), 'altered: 1.15倍 in the first paragraph, 1.45倍 in the second (breaks {B})')
a = ALT(CRI, 2, c_25, '2.8个百分点', 'points above the national average 2.5 → 2.8')
S.rel('restatement', I, R(a, rs_w3, c_25, '2.8个百分点'), 'altered: 2.8 points in the news, 2.5 in the white paper (breaks {B})')
a = ALT(HC, 1, hc_r, '756712', 'rural population 750712 → 756712')
S.rel('sum', I, R(a, sum_hc1, hc_r, '756712'), 'altered: 306243 + 756712 = 1062955, not 1056955 (breaks {B})')
a = ALT(HC, 2, g2, '193.1亿元', 'secondary industry 195.1 → 193.1')
S.rel('sum', I, R(a, sum_hc4, g2, '193.1亿元'), 'altered: 43.5 + 193.1 + 309.3 = 545.9, not 547.9 (breaks {B})')
S.rel('share', I, R(a, sh_hc7, g2, '193.1亿元'), 'altered: 193.1 / 547.9 = 35.2%, not 35.6% (breaks {B})')
a = ALT(HC, 3, hc_a3, '262932', 'ages 60+ 262432 → 262932')
S.rel('sum', I, R(a, sum_hc3, hc_a3, '262932'), 'altered: the age groups sum to 1057455, not 1056955 (breaks {B})')
S.rel('share', I, R(a, sh_hc3, hc_a3, '262932'), 'altered: 262932 / 1056955 = 24.88% → 24.9, not 24.8 (breaks {B})')
a = ALT(LH, 1, l_na, '10.8%', 'nominal average growth 10.5 → 10.8')
S.rel('growth', I, R(a, gr_l1, l_na, '10.8%'), 'altered: ×654 over 65 years = 10.5% a year, not 10.8% (breaks {B})')
a = ALT(LH, 2, l_ra, '8.9%', 'real average growth 8.5 → 8.9')
S.rel('growth', I, R(a, gr_l2, l_ra, '8.9%'), 'altered: ×202 over 65 years = 8.5% a year, not 8.9% (breaks {B})')
a = ALT(AS, 1, sh_as[0], '26個', 'branches growing 24 → 26')
S.rel('share', I, R(a, sh_as, sh_as[0], '26個'), 'altered: 26 / 34 = 76.5%, not 70.6% (breaks {B})')
a = ALT(AS, 2, gr_as[0], '25.6%', 'high-tech manufacturing 23.6 → 25.6')
S.rel('growth', I, R(a, gr_as, gr_as[0], '25.6%'), 'altered: 25.6 − 10 = 15.6, not 13.6 points (breaks {B})')
a = ALT(MDJ, 1, m_out, '66.9万吨', 'outbound 60.9 → 66.9')
S.rel('sum', I, R(a, sum_m1, m_out, '66.9万吨'), 'altered: 510.3 + 66.9 = 577.2, not 571.2万吨 (breaks {B})')
S.rel('rate', I, R(a, rate_m1, m_out, '66.9万吨'), 'altered: 571.2 / (486.5 + 66.9/1.334) = +6.4%, not 7.4% (breaks {B})')
a = ALT(MDJ, 2, r_in, '483.8万吨', 'railway imports 488.8 → 483.8')
S.rel('sum', I, R(a, sum_m2, r_in, '483.8万吨'), 'altered: 483.8 + 10.3 = 494.1, not 499.1万吨 (breaks {B})')
S.rel('rate', I, R(a, rate_m2, r_in, '483.8万吨'), 'altered: 499.1 / (483.8/1.018 + 8.9) = +3.1%, not 2.0% (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout139. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout139.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout139'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

ZJ='zj_2018.txt'; ZN='zj_2018n_hant.txt'; MZ='mz_2005.txt'; MX='mx_2015.txt'; GZ='gz_1983.txt'; BH='bh_2022.txt'; BQ='bh_2015q1.txt'
GB='gb_2022_hant.txt'; HA='hn_2022_hant.txt'; HB='hn_2023.txt'; HK='hk_2018m3.txt'; L3='ly_2003m5.txt'; L7='ly_2017m8.txt'
CB='cz_2007b.txt'; CN='cz_2007m11.txt'; JY='jy_2019.txt'; HP='hn_plan2016.txt'

# ---- 湛江 2018 bulletin
zj_t = F(ZJ, '3008.39亿元'); zj_p = [F(ZJ, '533.61亿元'), F(ZJ, '1086.61亿元'), F(ZJ, '1388.16亿元')]
zj_s = [F(ZJ, '17.7', post=':36.1'), F(ZJ, '36.1', pre='17.7:'), F(ZJ, '46.1', pre='36.1:')]
zj_b, zj_d, zj_n = F(ZJ, '11.44万人'), F(ZJ, '4.05万人'), F(ZJ, '7.39万人')
zj_br, zj_dr = F(ZJ, '15.63‰'), F(ZJ, '5.54‰')
sum_zj = zj_p + [zj_t]; sh_zj = [[zj_p[i], zj_t, zj_s[i]] for i in range(3)]
gr_zjn = [zj_b, zj_d, zj_n]; gr_zjr = [zj_br, zj_dr, F(ZJ, '10.1‰')]
S.rel('sum', C, sum_zj, '湛江 2018: 533.61 + 1086.61 + 1388.16 = 3008.38 → 3008.39亿元 (within the half units)')
S.rel('share', C, sh_zj[0], 'primary 533.61 / 3008.39 = 17.74% → 17.7')
S.rel('share', C, sh_zj[1], 'secondary 1086.61 / 3008.39 = 36.12% → 36.1')
S.rel('share', C, sh_zj[2], 'tertiary 1388.16 / 3008.39 = 46.14% → 46.1')
S.rel('share', C, [F(ZJ, '315.35万人'), F(ZJ, '733.2万人'), F(ZJ, '43.01%')], 'urban 315.35 / 733.2 = 43.01%')
S.rel('growth', C, gr_zjn, 'natural increase: births 11.44 − deaths 4.05 = 7.39万人')
S.rel('growth', C, gr_zjr, 'natural growth rate: 15.63 − 5.54 = 10.09 → 10.1‰')
S.rel('share', U, [zj_b, F(ZJ, '733.2万人'), zj_br], 'births 11.44 over the year-end population 733.2 give 15.60‰, not 15.63: the rate uses the average population, which is not stated')
S.rel('growth', U, [F(ZJ, '43.01%'), F(ZJ, '0.92个百分点')], 'urbanisation +0.92 points: the 2017 rate is not stated; nothing to check')
S.rel('growth', U, [zj_s[2], F(ZJ, '1.3个百分点')], 'tertiary share +1.3 points: the 2017 structure is not stated')
S.rel('share', U, [F(ZJ, '53.7%'), zj_s[2]], 'tertiary contribution to growth 53.7% vs tertiary share 46.1: a contribution is not a share')
S.rel('rate', U, [F(ZJ, '6.0%'), F(ZJ, '4.5%'), F(ZJ, '5.2%'), F(ZJ, '7.2%')], 'GDP +6.0% from the sector rates: the weights (2017 structure at comparable prices) are not stated')
S.rel('sum', U, [F(ZJ, '700.56亿元'), F(ZJ, '534.45亿元'), zj_p[2]], '现代服务业 700.56 and 生产性服务业 534.45 overlap and are both within the tertiary sector; not a split of 1388.16')
S.rel('rate', U, [F(ZJ, '7.2%'), F(ZJ, '5.1%'), F(ZJ, '3.1%'), F(ZJ, '6.7%'), F(ZJ, '2.0%')], 'tertiary +7.2% vs four branches (5.1, 3.1, 6.7, 2.0): a partial list of branches, weights not stated (7.2 above every listed branch is possible)')
S.rel('growth', U, [F(ZJ, '2.7万人'), zj_n], 'population +2.7万 vs natural increase 7.39万: the difference is net migration, which is not stated; not a contradiction')

# ---- 湛江 news of 25 Dec 2018 (traditional) against the bulletin
zn_tg = F(ZN, '3000億元', n=0); zn_ex = F(ZN, '3000億元', n=1)
tg_zn = [zn_tg, zj_t]; rs_zn = [zn_ex, zj_t]
S.rel('target', M, tg_zn, 'cross-document: the 2018 goal 確保今年GDP突破3000億元 (湛江, 25 Dec 2018) against the 2018 bulletin: 3008.39亿元 ≥ 3000: met')
S.rel('restatement', C, rs_zn, 'cross-document: 全市GDP有望突破3000億元 (a lower bound, Dec 2018) and the bulletin’s 3008.39亿元')

# ---- 梅州 2006 report (2001-2005)
mz_x = [F(MZ, '1.37倍'), F(MZ, '18.8%')]
S.rel('growth', C, mz_x, '梅州 budget revenue 比2000年增长1.37倍 = ratio 2.37 over five years: 2.37^(1/5) = 1.1884 → 18.8% a year')
S.rel('restatement', C, [F(MZ, '314.04亿元'), F(MZ, '300亿元')], 'GDP 314.04亿 “首次突破300亿元”: lower bound holds')
S.rel('growth', U, [F(MZ, '314.04亿元'), F(MZ, '9.9%')], 'GDP 年均 +9.9% over 2001–2005: the 2000 level is not stated')
S.rel('restatement', U, [F(MZ, '7.8%'), F(MZ, '9.9%'), F(MZ, '2.1个百分点')], '2005 growth 7.8% and the 九五 average implied by 9.9 − 2.1 = 7.8: the same number for different periods; no relation')
S.rel('growth', U, [F(MZ, '18.8%'), F(MZ, '12.2个百分点')], 'revenue 年均 18.8%, 12.2 points above 九五: the 九五 average is not stated')
S.rel('target', U, [zn_tg, F(MZ, '300亿元')], '湛江’s 2018 goal 突破3000億元 against 梅州’s 2005 “首次突破300亿元”: another place, year and level; no target relation')

# ---- 梅县区 2016 report (12th five-year review)
mx_i = [F(MX, '3.8倍'), F(MX, '30.6%')]; mx_r = [F(MX, '21.5亿元'), F(MX, '20亿元')]
S.rel('growth', C, mx_i, '梅县区 fixed investment 是十一五末的3.8倍 (ratio 3.8) over five years: 3.8^(1/5) = 1.306 → 30.6% a year')
S.rel('restatement', C, mx_r, 'budget revenue “突破20亿元大关, 达21.5亿元”: lower bound holds')
S.rel('growth', U, [F(MX, '2.84倍'), F(MX, '10亿元')], 'revenue 21.5 = 2.84 × the 2010 level (7.57) and “2011年突破10亿元”: a 2011 level is no check on a 2010–2015 ratio')
S.rel('share', U, [F(MX, '31.47亿元'), F(MX, '21.5亿元')], 'tax 31.47亿 exceeds budget revenue 21.5亿: tax collected in the district (all levels) vs local budget revenue; not a part of it')
S.rel('growth', U, [F(MX, '40%'), F(MX, '10.5%')], 'GDP per head +40% over five years vs GDP 年均 +10.5%: per head, nominal vs comparable prices; no relation')
S.rel('share', U, [F(MX, '169.65亿元'), F(MZ, '314.04亿元')], 'cross-document: 梅县区 GDP 2015 (169.65) against 梅州 GDP 2005 (314.04): a district of another year; no share')

# ---- 广州 1983 bulletin, population (old)
gz_g = [F(GZ, '683.94万人'), F(GZ, '9.52万人'), F(GZ, '1.41%')]
S.rel('growth', C, gz_g, '常住户口 683.94, +9.52: 9.52 / 674.42 = 1.41%')
S.rel('growth', U, [F(GZ, '687.22万人'), F(GZ, '9.52万人'), F(GZ, '1.41%')], 'the increase and rate belong to 常住户口 (683.94), not to 总人口 687.22 (9.52 / 677.70 = 1.40)')
# ---- 北海 2022 bulletin
bh_t = F(BH, '1674.21亿元'); bh_p = [F(BH, '239.55亿元'), F(BH, '761.53亿元'), F(BH, '673.14亿元')]
bh_s = [F(BH, '14.3', post=':45.5'), F(BH, '45.5', pre='14.3:'), F(BH, '40.2', pre='45.5:')]
sum_bh = bh_p + [bh_t]; sh_bh = [[bh_p[i], bh_t, bh_s[i]] for i in range(3)]
bh_u = [F(BH, '111.67万人'), F(BH, '76.43万人'), F(BH, '188.10万人')]
gr_bh = [F(BH, '8.58‰'), F(BH, '6.34‰'), F(BH, '2.24‰')]
rs_bh = [[F(BH, '1.8%'), F(BH, '101.8')], [F(BH, '2.8%', pre='食品烟酒同比增长'), F(BH, '102.8')], [F(BH, '1.6%'), F(BH, '98.4')], [F(BH, '5.7%'), F(BH, '105.7')]]
S.rel('sum', C, sum_bh, '北海 2022: 239.55 + 761.53 + 673.14 = 1674.22 → 1674.21亿元 (within the half units)')
S.rel('share', C, sh_bh[0], 'primary 239.55 / 1674.21 = 14.31% → 14.3')
S.rel('share', C, sh_bh[1], 'secondary 761.53 / 1674.21 = 45.49% → 45.5')
S.rel('share', C, sh_bh[2], 'tertiary 673.14 / 1674.21 = 40.21% → 40.2')
S.rel('sum', C, bh_u, 'urban 111.67 + rural 76.43 = 188.10万人')
S.rel('share', C, [bh_u[0], bh_u[2], F(BH, '59.37%')], 'urbanisation 111.67 / 188.10 = 59.37%')
S.rel('growth', C, gr_bh, 'natural growth 8.58 − 6.34 = 2.24‰')
S.rel('restatement', C, rs_bh[0], 'CPI +1.8% in the text = index 101.8 in table 1')
S.rel('restatement', C, rs_bh[1], '食品烟酒 +2.8% = 102.8')
S.rel('restatement', C, rs_bh[2], '居住 下降1.6% = 98.4')
S.rel('restatement', C, rs_bh[3], '交通通信 +5.7% = 105.7 (交通和通信)')
S.rel('restatement', I, [F(BH, '五涨三跌'), F(BH, '2.8%', pre='食品烟酒同比增长'), F(BH, '5.7%'), F(BH, '4.5%'), F(BH, '0.4%', n=0), F(BH, '1.6%'), F(BH, '0.3%', n=1), F(BH, '0.3%', n=2), F(BH, '0.4%', n=1)],
      'REAL discrepancy in the original: “八大类…呈五涨三跌”, but the eight listed changes are three rises (2.8, 5.7, 4.5) and five falls (衣着, 居住, 生活用品, 医疗保健, 其他); the table agrees with the list (3 above 100, 5 below): three up, five down')
S.rel('share', U, [F(BH, '76.7%'), bh_s[1]], 'secondary contribution 76.7% vs secondary share 45.5: a contribution to growth is not a share')
S.rel('rate', U, [F(BH, '3.5%'), F(BH, '4.1%'), F(BH, '6.9%'), F(BH, '0.3%', pre='增长'), bh_s[0], bh_s[1], bh_s[2]], 'GDP +3.5% vs the sector rates weighted by the 2022 structure (0.143×4.1 + 0.455×6.9 + 0.402×0.3 = 3.85): the right weights are the 2021 structure at comparable prices, not stated')
S.rel('share', U, [F(BH, '89211元'), bh_u[2], bh_t], 'GDP per head 89211 × year-end 188.10万 = 1678亿 vs 1674.21: per head uses the average population, not stated')
S.rel('growth', U, [F(BH, '2.8%', pre='比上年增长'), F(BH, '3.5%')], 'GDP per head +2.8% vs GDP +3.5%: the gap is population growth, which is not stated')
S.rel('rate', U, [F(BH, '1.8%'), F(BH, '2.8%', pre='食品烟酒同比增长'), F(BH, '5.7%'), F(BH, '4.5%')], 'CPI +1.8% from the category changes: the basket weights are not stated')
S.rel('restatement', U, [F(BH, '0.3%', n=1), F(BH, '0.3%', n=2)], '生活用品及服务 −0.3% and 医疗保健 −0.3%: the same number for two categories')

# ---- 北海 Q1 2015 fiscal news
bq_g = [F(BQ, '33.5亿元'), F(BQ, '6.36亿元'), F(BQ, '23.45%')]
S.rel('growth', C, bq_g, '北海 Q1 2015 revenue 33.5亿, +6.36: 6.36 / 27.14 = 23.43% (23.37–23.50 with the half units) → 23.45%')
S.rel('growth', U, [F(BQ, '33.5亿元'), F(BQ, '29.35%')], '财政收入 “连续6年平均增长29.35%” concerns whole years; a quarter’s 33.5亿 (and the unstated 2009 total it “equals”) cannot test it')
S.rel('growth', U, [F(BQ, '16.8%'), F(BH, '3.5%')], 'cross-document: 北海 GDP 6-year average 16.8% (to 2014) vs 2022 growth 3.5%: other period')

# ---- 港北区 2022 bulletin (traditional)
gb_t = F(GB, '363.29億元'); gb_p = [F(GB, '30.08億元'), F(GB, '114.62億元'), F(GB, '218.59億元')]
gb_s = [F(GB, '8.3%'), F(GB, '31.5%'), F(GB, '60.2%')]
sum_gb = gb_p + [gb_t]; sh_gb = [[gb_p[i], gb_t, gb_s[i]] for i in range(3)]
gb_T = F(GB, '76.86', pre='|\n'); gb_tab = {k: F(GB, k) for k in ['39.75', '37.11', '39.24', '37.62', '20.55', '18.52', '27.76', '10.03']}
gb_sh = {k: F(GB, v, pre=k + ' |\n') for k, v in [('39.75', '51.7'), ('39.24', '51.1'), ('20.55', '26.6'), ('18.52', '21.3'), ('27.76', '36.1'), ('10.03', '13.0')]}
sum_gba = [gb_tab[k] for k in ['20.55', '18.52', '27.76', '10.03']] + [gb_T]
sh_gb35 = [gb_tab['27.76'], gb_T, gb_sh['27.76']]
gr_gb = [F(GB, '9.937‰'), F(GB, '3.9‰'), F(GB, '6.038‰')]
S.rel('sum', C, sum_gb, '港北 2022: 30.08 + 114.62 + 218.59 = 363.29億元')
S.rel('share', C, sh_gb[0], 'primary 30.08 / 363.29 = 8.28% → 8.3')
S.rel('share', C, sh_gb[1], 'secondary 114.62 / 363.29 = 31.551%; with the half units 31.549–31.552, so 31.5 holds only within them')
S.rel('share', C, sh_gb[2], 'tertiary 218.59 / 363.29 = 60.17% → 60.2')
S.rel('sum', C, [gb_tab['39.75'], gb_tab['37.11'], gb_T], 'table: 城鎮 39.75 + 鄉村 37.11 = 76.86萬 (户籍)')
S.rel('sum', C, [gb_tab['39.24'], gb_tab['37.62'], gb_T], 'table: men 39.24 + women 37.62 = 76.86')
S.rel('sum', C, sum_gba, 'table: ages 20.55 + 18.52 + 27.76 + 10.03 = 76.86')
S.rel('share', C, [gb_tab['39.75'], gb_T, gb_sh['39.75']], '城鎮 39.75 / 76.86 = 51.72% → 51.7')
S.rel('share', C, [gb_tab['39.24'], gb_T, gb_sh['39.24']], 'men 39.24 / 76.86 = 51.05% → 51.1')
S.rel('share', C, sh_gb35, '35–59 27.76 / 76.86 = 36.12% → 36.1')
S.rel('share', C, [gb_tab['10.03'], gb_T, gb_sh['10.03']], '60+ 10.03 / 76.86 = 13.05% (13.04–13.06) → 13.0 within the half units')
S.rel('share', I, [gb_tab['20.55'], gb_T, gb_sh['20.55']], 'REAL discrepancy in the original: 0–17 20.55 / 76.86 = 26.74%, table says 26.6')
S.rel('share', I, [gb_tab['18.52'], gb_T, gb_sh['18.52']], 'REAL discrepancy in the original: 18–34 18.52 / 76.86 = 24.10%, table says 21.3 (the four age shares add to 97.0)')
S.rel('growth', C, gr_gb, 'natural growth 9.937 − 3.9 = 6.037 → 6.038‰ (3.9 has a half unit of 0.05)')
S.rel('share', C, [F(GB, '18.2萬人'), F(GB, '33.47萬人'), F(GB, '54.4%')], 'urban employment 18.2 / 33.47 = 54.38% → 54.4')
S.rel('share', U, [F(GB, '7585人'), F(GB, '76.86萬人'), gr_gb[0]], 'births 7585 over the 户籍 population 76.86萬 give 9.87‰, not 9.937: the rate’s base (常住 / average population) is not stated')
S.rel('share', U, [F(GB, '53.66萬人'), F(GB, '76.86萬人'), F(GB, '69.6%')], '城鎮常住 53.66 over 户籍 76.86 = 69.8% vs 城鎮化率 69.6%: 常住 over 户籍 mixes bases; the 常住 total is not stated')
S.rel('restatement', U, [gb_sh['39.75'], F(GB, '69.6%')], '户籍 urban share 51.7% vs 常住 urbanisation 69.6%: two different indicators')
S.rel('rate', U, [F(GB, '1.7%'), F(GB, '5.7%'), F(GB, '0.7%'), F(GB, '2.2%')], 'GDP +1.7% from the sector rates: the 2021 structure is not stated')
S.rel('growth', U, [F(GB, '1.07萬人'), F(GB, '7585人'), F(GB, '2976人')], '户籍 +1.07萬 vs births − deaths = 4609: registrations and migration make the gap; not a contradiction')
# ---- 海南 2022 population news (traditional)
ha_T, ha_P = F(HA, '1027.02萬(wàn)人'), F(HA, '1020.46萬(wàn)人')
ha_inc = F(HA, '6.56萬(wàn)人', n=2)
gr_ha = [ha_T, ha_P, ha_inc]; gr_hap = [ha_T, ha_P, F(HA, '0.64%')]
ha_a = {k: F(HA, k + '萬(wàn)人') for k in ['195.25', '715.53', '655.44', '162.60', '116.24']}
ha_s = {k: F(HA, v) for k, v in [('195.25', '19.01%'), ('715.53', '69.67%'), ('655.44', '63.82%'), ('162.60', '15.83%'), ('116.24', '11.32%')]}
sum_ha = [ha_a['195.25'], ha_a['715.53'], ha_a['116.24'], ha_T]; sh_ha15 = [ha_a['715.53'], ha_T, ha_s['715.53']]
ha_b, ha_br, ha_d, ha_dr = F(HA, '8.81萬(wàn)人'), F(HA, '8.60‰'), F(HA, '6.31萬(wàn)人'), F(HA, '6.16‰')
S.rel('restatement', C, [F(HA, '6.56萬(wàn)人', n=0), ha_inc], 'headline 增加6.56萬 = body 增加6.56萬')
S.rel('growth', C, gr_ha, '海南 year-end population 1027.02 − 1020.46 = 6.56萬')
S.rel('growth', C, gr_hap, '1027.02 / 1020.46 = +0.64%')
S.rel('growth', C, [ha_br, F(HA, '6.77‰'), F(HA, '1.83個(gè)千分點(diǎn)')], 'birth rate 8.60 − national 6.77 = 1.83 points')
S.rel('growth', I, [F(HA, '7.37‰'), ha_dr, F(HA, '1.17個(gè)千分點(diǎn)')], 'REAL discrepancy in the original: national death rate 7.37 − 海南 6.16 = 1.21 points, the text says 低1.17')
S.rel('sum', C, sum_ha, 'ages 0–14 195.25 + 15–64 715.53 + 65+ 116.24 = 1027.02萬')
S.rel('share', C, [ha_a['195.25'], ha_T, ha_s['195.25']], '0–14 195.25 / 1027.02 = 19.01%')
S.rel('share', C, sh_ha15, '15–64 715.53 / 1027.02 = 69.67%')
S.rel('share', C, [ha_a['162.60'], ha_T, ha_s['162.60']], '60+ 162.60 / 1027.02 = 15.83%')
S.rel('share', C, [ha_a['116.24'], ha_T, ha_s['116.24']], '65+ 116.24 / 1027.02 = 11.32%')
S.rel('share', U, [ha_T, F(HA, '0.73%'), F(HA, '0.01個(gè)百分點(diǎn)')], 'share of the national population 0.73% (+0.01): the national population is not stated')
S.rel('sum', U, [ha_a['195.25'], ha_a['655.44'], ha_a['162.60'], ha_T], '0–14 + 16–59 + 60+ = 1013.29, not 1027.02: the groups leave out age 15; not a split')
S.rel('share', U, [ha_b, ha_T, ha_P, ha_br], 'births 8.81 over the mean of the two year-ends (1023.74) give 8.61 (8.60 within the half units): the rate’s base, the average population, is not stated; no check keyed')
S.rel('growth', U, [F(HA, '1.14個(gè)千分點(diǎn)'), F(HA, '0.52個(gè)千分點(diǎn)')], 'birth rate −1.14 points, a fall 0.52 points larger than the year before: the 2021 and 2020 rates are not stated')
S.rel('sum', U, [ha_a['655.44'], ha_a['715.53']], '16–59 (655.44) is within 15–64 (715.53): a subset, not a part of a split')

# ---- 海南 2023 population news (mirror with scrambled words) and across the two years
hb_T = F(HB, '1043.21万人'); hb_u, hb_r = F(HB, '651.59万人'), F(HB, '391.62万人')
hb_du, hb_dr, hb_dT = F(HB, '20.11万人'), F(HB, '3.92万人'), F(HB, '16.19万人')
sum_hb = [hb_u, hb_r, hb_T]; gr_hbd = [hb_du, hb_dr, hb_dT]; gr_hbu = [hb_u, hb_du, hb_T, hb_dT, F(HB, '62.46%'), F(HB, '0.97个百分点')]
S.rel('sum', C, sum_hb, '海南 2023: urban 651.59 + rural 391.62 = 1043.21万')
S.rel('share', C, [hb_u, hb_T, F(HB, '62.46%')], 'urbanisation 651.59 / 1043.21 = 62.46%')
S.rel('growth', C, gr_hbd, 'urban +20.11 and rural −3.92 make +16.19万')
S.rel('growth', C, gr_hbu, 'urbanisation change: 2022 = (651.59 − 20.11) / (1043.21 − 16.19) = 61.49%, so 62.46 − 61.49 = +0.97 points')
S.rel('growth', U, [F(HB, '62.46%'), F(HB, '3.7个百分点')], '3.7 points below the national rate: the national rate is not stated')
S.rel('sum', U, [F(HB, '293.97万人'), F(HB, '300.16万人'), hb_dT], '海口 +6.19万 within the province’s +16.19: one city of nineteen; not a split')
xg = [(ha_T, hb_dT, hb_T, '2022 year-end 1027.02 + 16.19 = 1043.21万'),
      (ha_br, F(HB, '0.68个千分点'), F(HB, '9.28‰'), 'birth rate 8.60 (2022) + 0.68 = 9.28‰'),
      (ha_b, F(HB, '0.79万人'), F(HB, '9.60万人'), 'births 8.81 (2022) + 0.79 = 9.60万'),
      (ha_d, F(HB, '0.39万人'), F(HB, '6.70万人'), 'deaths 6.31 (2022) + 0.39 = 6.70万'),
      (ha_dr, F(HB, '0.31个千分点'), F(HB, '6.47‰'), 'death rate 6.16 (2022) + 0.31 = 6.47‰')]
gr_x = []
for a, b, c, w in xg:
    gr_x.append([a, b, c]); S.rel('growth', C, [a, b, c], 'cross-document: ' + w)

# ---- 海口 March 2018 fiscal release
hk_p = [F(HK, '10.8亿元'), F(HK, '6.3亿元'), F(HK, '12.5亿元')]; hk_t = F(HK, '29.6亿元')
sum_hk = hk_p + [hk_t]; rt_hk = [hk_t, F(HK, '27.1%'), hk_p[0], F(HK, '45.4%'), hk_p[1], F(HK, '33.3%'), hk_p[2], F(HK, '12.3%')]
hk_f1, hk_f2 = F(HK, '11.6亿元', n=0), F(HK, '11.6亿元', n=2)
gr_hks = [F(HK, '5.2亿元'), F(HK, '4.2亿元'), F(HK, '428.9%')]
S.rel('sum', C, sum_hk, '海口 March: central 10.8 + provincial 6.3 + municipal 12.5 = 29.6亿元 (revenue from 海口)')
S.rel('rate', C, rt_hk, 'total +27.1% rebuilt from the parts (同口径): last year = 10.8/1.454 + 6.3/1.333 + 12.5/1.123 = 23.29, 29.6 / 23.29 = +27.1%')
S.rel('growth', C, gr_hks, '社保 spending 5.2, 增支4.2: 4.2 / 1.0 = 420% (377–472% with the half units) vs 428.9%')
S.rel('restatement', C, [hk_f1, hk_f2], 'fund revenue 11.6亿 in part (一) and 11.6亿 in point 2')
S.rel('restatement', U, [hk_f1, F(HK, '11.6亿元', n=1)], 'fund revenue 11.6 and its part, land sales 11.6 (+303.1% vs +464.2%): a part equal to the whole after rounding; other fund items fell; no contradiction')
S.rel('growth', U, [F(HK, '1亿元', pre='增收'), F(HK, '2%', pre='税收收入增长', post=';'), F(HK, '1亿元', pre='增收', n=1), F(HK, '6.9%')], 'pulls: 个税 and 增值税 each 增收1亿 but pull 2% and 6.9%: the pulls are on the local-level tax, and the local shares of these shared taxes are not stated')
S.rel('growth', U, [F(HK, '303.1%', n=1), F(HK, '86.3个百分点')], '86.3 points above the province: the province’s rate is not stated')
S.rel('restatement', U, [F(HK, '28.1%'), F(HK, '27.1%')], 'Q1 revenue +28.1% vs March revenue +27.1%: other period')
S.rel('sum', U, [F(HK, '0.8亿元'), F(HK, '1亿元', pre='四个区'), F(HK, '750万元'), F(HK, '4.2亿元')], 'one-off pension items 0.8 + 1 + 0.075 within the increase 4.2: a partial explanation, not a split')
# ---- 海南 tourism table, May 2003 (SARS month)
l3 = lambda v, n=0: F(L3, v + ' |', n=n)
def l3f(v, n=0):
    doc, text, anc = l3(v, n)
    return P(L3, v, S.read(L3).index(anc) + anc.index(v + ' |'))
a3 = {k: l3f(k) for k in ['33.42', '492.69', '12.08', '480.61', '5.75', '3.75', '1.22', '1.36', '16.14', '17.04', '359.56', '121.05', '2.74', '37.96', '2.73', '35.23', '371.64', '16.38']}
a3['0.24'] = l3f('0.24'); a3['33.18'] = l3f('33.18'); a3['0.07'] = l3f('0.07'); a3['2.67'] = l3f('2.67')
r3 = {k: P(L3, k, S.read(L3).index('\n' + k + ' |') + 1) for k in ['-65.9', '-91.3', '-65.1', '-7.5', '-29.3', '-6.8', '-67.5', '-87.1', '-66.3']}
sum_l3c = [a3['12.08'], a3['480.61'], a3['492.69']]; sum_l3d = [a3['359.56'], a3['121.05'], a3['480.61']]
sum_l3i = [a3['0.07'], a3['2.67'], a3['2.74']]
rt_l3c = [a3['492.69'], r3['-7.5'], a3['12.08'], r3['-29.3'], a3['480.61'], r3['-6.8']]
rt_l3i = [a3['2.74'], r3['-67.5'], a3['0.07'], r3['-87.1'], a3['2.67'], r3['-66.3']]
S.rel('sum', C, [a3['0.24'], a3['33.18'], a3['33.42']], '海南 May 2003 overnight visitors: overseas 0.24 + domestic 33.18 = 33.42万人次')
S.rel('sum', C, sum_l3c, 'Jan–May: overseas 12.08 + domestic 480.61 = 492.69')
S.rel('sum', C, [a3['5.75'], a3['3.75'], a3['1.22'], a3['1.36'], a3['12.08']], 'Jan–May overseas: foreigners 5.75 + 香港 3.75 + 澳门 1.22 + 台湾 1.36 = 12.08')
S.rel('sum', C, [a3['16.14'], a3['17.04'], a3['33.18']], 'May domestic: hotels 16.14 + other lodgings 17.04 = 33.18')
S.rel('sum', C, sum_l3d, 'Jan–May domestic: 359.56 + 121.05 = 480.61')
S.rel('sum', C, sum_l3i, 'May revenue: overseas 0.07 + domestic 2.67 = 2.74亿元')
S.rel('sum', C, [a3['2.73'], a3['35.23'], a3['37.96']], 'Jan–May revenue: 2.73 + 35.23 = 37.96亿元')
S.rel('rate', C, [a3['33.42'], r3['-65.9'], a3['0.24'], r3['-91.3'], a3['33.18'], r3['-65.1']], 'May total −65.9% rebuilt from the parts: last May = 0.24/0.087 + 33.18/0.349 = 97.83, 33.42 / 97.83 = −65.8% (−65.92 to −65.76 with the half units)')
S.rel('rate', C, rt_l3c, 'Jan–May total −7.5% from overseas −29.3% and domestic −6.8%: 492.69 / (12.08/0.707 + 480.61/0.932) = −7.52%')
S.rel('rate', C, rt_l3i, 'May revenue −67.5% from −87.1% and −66.3%: 2.74 / (0.07/0.129 + 2.67/0.337) = −67.6% (−67.9 to −67.3)')
S.rel('sum', U, [l3f('108.61'), l3f('113.26'), l3f('80.58'), a3['371.64']], 'hotel guests by city and county (16 listed) add to 369.93, not 371.64: the list leaves out 澄迈 and 白沙; not a split')
S.rel('restatement', U, [a3['16.38'], a3['16.14']], 'hotel guests 16.38 (all) vs 16.14 (domestic hotel guests): different scopes, overseas guests make the gap')
S.rel('restatement', U, [P(L3, '-10.1', S.read(L3).index('\n-10.1 |') + 1), P(L3, '-10.1', S.read(L3).index('\n-10.1 |', S.read(L3).index('\n-10.1 |') + 1) + 1)], '海口 and 三亚 both −10.1% (Jan–May): the same number for two cities')

# ---- 海南 tourism table, August 2017
l7 = lambda v, n=0: F(L7, v, pre='| ', post=' |', n=n)
b7 = {k: l7(k) for k in ['505.23', '4114.33', '446.68', '3463.97', '436.66', '3392.61', '294.74', '141.92', '10.02', '6.70', '1.71', '0.20', '1.40',
                         '58.55', '650.37', '61.56', '57.32', '457.91', '55.13', '433.70', '2.19', '24.21', '6387.02', '12.5', '13.2', '7.9', '12.2', '15.3', '18.6', '13.8', '158.6', '78.9']}
sum_l7d = [b7['294.74'], b7['141.92'], b7['436.66']]; rt_l7d = [b7['436.66'], b7['12.2'], b7['294.74'], l7('10.8'), b7['141.92'], b7['15.3']]
sum_l7i = [b7['433.70'], b7['24.21'], b7['457.91']]
S.rel('sum', C, [b7['446.68'], b7['58.55'], b7['505.23']], '海南 Aug 2017 visitors: overnight 446.68 + day 58.55 = 505.23万人次')
S.rel('sum', C, [b7['3463.97'], b7['650.37'], b7['4114.33']], 'Jan–Aug: 3463.97 + 650.37 = 4114.34 → 4114.33 (within the half units)')
S.rel('sum', C, [b7['436.66'], b7['10.02'], b7['446.68']], 'Aug overnight: domestic 436.66 + inbound 10.02 = 446.68')
S.rel('sum', C, sum_l7d, 'Aug domestic overnight: hotels 294.74 + other lodgings 141.92 = 436.66')
S.rel('sum', C, [b7['6.70'], b7['1.71'], b7['0.20'], b7['1.40'], b7['10.02']], 'Aug inbound: 6.70 + 1.71 + 0.20 + 1.40 = 10.01 → 10.02 (within the half units)')
S.rel('sum', C, [b7['55.13'], b7['2.19'], b7['57.32']], 'Aug domestic revenue: overnight 55.13 + day 2.19 = 57.32亿元')
S.rel('sum', C, sum_l7i, 'Jan–Aug domestic revenue: 433.70 + 24.21 = 457.91亿元')
S.rel('rate', C, rt_l7d, 'Aug domestic overnight +12.2% from hotels +10.8% and others +15.3%: 436.66 / (294.74/1.108 + 141.92/1.153) = +12.2%')
S.rel('rate', C, [b7['505.23'], b7['12.5'], b7['446.68'], b7['13.2'], b7['58.55'], b7['7.9']], 'Aug total +12.5% from overnight +13.2% and day +7.9%: 505.23 / (446.68/1.132 + 58.55/1.079) = +12.56% (12.51–12.61 with the half units; 12.5 holds only at the edge)')
S.rel('sum', U, [b7['57.32'], b7['6387.02'], b7['61.56']], 'total revenue 61.56亿元 = domestic 57.32亿元 + international 6387.02万美元 only at an exchange rate, which is not stated')
S.rel('rate', U, [b7['18.6'], b7['13.8'], b7['158.6']], 'total revenue +18.6% from domestic +13.8% and international +158.6%: the dollar amounts need exchange rates; not checkable')
S.rel('restatement', U, [l7('10.8', n=0), l7('10.8', n=1)], 'hotel guests +10.8% in August and +10.8% Jan–Aug: the same number for two periods')
S.rel('rate', U, [b7['158.6'], b7['78.9']], 'international revenue +158.6% vs inbound overnight visitors +78.9%: money vs persons; no relation')
# ---- 2007 national budget (NPC review, March) and January–November results (December)
cb_r, cb_e = F(CB, '44064亿元'), F(CB, '46514亿元')
cn_r, cn_e = F(CN, '48177.12亿元'), F(CN, '37084.77亿元')
df_cb = [F(CB, '26871亿元'), F(CB, '24421亿元'), F(CB, '2450亿元')]
sh_cx = [cn_r, cb_r, F(CN, '109.3%')]; sh_cxe = [cn_e, cb_e, F(CN, '79.7%')]
sum_cn = [F(CN, '26854.74亿元'), F(CN, '21322.38亿元'), cn_r]; sum_cne = [F(CN, '8860.84亿元'), F(CN, '28223.93亿元'), cn_e]
rt_cn = [cn_r, F(CN, '33.5%'), F(CN, '26854.74亿元'), F(CN, '37%'), F(CN, '21322.38亿元'), F(CN, '29.4%')]
rt_cne = [cn_e, F(CN, '25.2%'), F(CN, '8860.84亿元'), F(CN, '16.2%'), F(CN, '28223.93亿元'), F(CN, '28.4%')]
S.rel('sum', C, df_cb, '2007 central budget: spending 26871 − revenue 24421 = deficit 2450亿元')
S.rel('share', C, sh_cx, 'cross-document: Jan–Nov revenue 48177.12 / the 2007 budget 44064 = 109.33% → “完成预算的109.3%”')
S.rel('share', C, sh_cxe, 'cross-document: Jan–Nov spending 37084.77 / the 2007 budget 46514 = 79.73% → 79.7%')
S.rel('target', M, [cb_r, cn_r], 'cross-document: 2007 revenue budget 44064亿 against 48177.12亿 by November: the year’s budget is already exceeded (cumulative revenue), so met before the year ends')
S.rel('target', CT, [cb_e, cn_e], 'cross-document: 2007 spending budget 46514亿 against 37084.77亿 (79.7%) by November: December is still to come; cannot tell')
S.rel('share', U, [F(CB, '24421亿元'), F(CN, '26854.74亿元')], 'cross-document: 中央财政总收入 24421 (budget) vs 中央财政本级收入 26854.74 (Jan–Nov): 总收入 and 本级收入 are different scopes; no share')
S.rel('growth', U, [F(CB, '13.8%'), F(CN, '33.5%')], 'cross-document: the budget’s +13.8% is against the 2006 outturn, the +33.5% is Jan–Nov year on year: different bases; no relation')
S.rel('sum', C, sum_cn, 'Jan–Nov 2007 revenue: central 26854.74 + local 21322.38 = 48177.12亿元')
S.rel('sum', C, sum_cne, 'Jan–Nov spending: central 8860.84 + local 28223.93 = 37084.77亿元')
S.rel('rate', C, rt_cn, 'revenue +33.5% rebuilt from central +37% and local +29.4%: 48177.12 / (26854.74/1.37 + 21322.38/1.294) = +33.5%')
S.rel('rate', C, rt_cne, 'spending +25.2% rebuilt from +16.2% and +28.4%: 37084.77 / (8860.84/1.162 + 28223.93/1.284) = +25.26% (25.21–25.31 with the half units)')
S.rel('target', M, [cn_r, F(CN, '109.3%')], 'Jan–Nov revenue at 109.3% of the year’s budget: already above 100% of the annual budget; met (see judgement calls)')
S.rel('target', CT, [cn_e, F(CN, '79.7%')], 'Jan–Nov spending at 79.7% of the year’s budget, one month to go: cannot tell')
S.rel('growth', U, [F(CN, '17万亿元'), F(CN, '10万亿元'), F(CN, '22%')], '2003–2007 cumulative revenue about 17万亿, 10万亿 more than 1998–2002, 年均 +22%: annual levels are not stated; not checkable')
S.rel('sum', U, [F(CN, '1418.85亿元'), F(CN, '4128.46亿元'), F(CN, '1173.93亿元'), cn_e], 'three key spending items within total spending 37084.77: a selection, not a split')

# ---- 教育部 2019 bulletin (mirror with injected markers)
jy = lambda v, w: F(JY, v, post=w)
gj = [(jy('53.01万所', ''), F(JY, '1.13万所'), F(JY, '2.17%'), 'schools 53.01万, +1.13: 1.13 / 51.88 = 2.178% (2.168–2.188) → 2.17'),
      (F(JY, '2.82亿人'), F(JY, '660.62万人'), F(JY, '2.40%'), 'students 2.82亿, +660.62万: 660.62 / 27539 = 2.40%'),
      (F(JY, '1732.03万人'), F(JY, '59.18万人'), F(JY, '3.54%'), 'full-time teachers 1732.03, +59.18: 59.18 / 1672.85 = 3.54%'),
      (F(JY, '28.12万所'), F(JY, '1.45万所'), F(JY, '5.44%'), 'kindergartens 28.12, +1.45: 1.45 / 26.67 = 5.44%'),
      (F(JY, '4713.88万人'), F(JY, '57.46万人'), F(JY, '1.23%'), 'children in kindergarten 4713.88, +57.46: 57.46 / 4656.42 = 1.23%'),
      (F(JY, '491.57万人'), F(JY, '38.43万人'), F(JY, '8.48%'), 'kindergarten staff 491.57, +38.43: 38.43 / 453.14 = 8.48%'),
      (F(JY, '276.31万人'), F(JY, '18.17万人'), F(JY, '7.04%'), 'kindergarten teachers 276.31, +18.17: 18.17 / 258.14 = 7.04%'),
      (F(JY, '16.01万所'), F(JY, '0.17万所'), F(JY, '1.03%'), 'primary schools 16.01, −0.17: 0.17 / 16.18 = 1.05% (1.02–1.08 with the half units) → 下降1.03 holds within them')]
gr_jy = []
for a, b, c, w in gj:
    gr_jy.append([a, b, c]); S.rel('growth', C, [a, b, c], w)
S.rel('growth', U, [F(JY, '83.4%'), F(JY, '1.7个百分点')], 'gross enrolment 83.4%, +1.7 points: the 2018 rate is not stated')
S.rel('sum', U, [F(JY, '1001.65万人'), F(JY, '276.31万人'), F(JY, '1732.03万人')], 'compulsory-education teachers 1001.65 and kindergarten teachers 276.31 within all 1732.03: secondary and higher education are not listed; not a split')
S.rel('share', U, [F(JY, '1.54亿人'), F(JY, '2.82亿人')], 'compulsory-education students 1.54亿 within all students 2.82亿: no share is stated; nothing to check')

# ---- 海南 population plan 2016-2030, review of 2011-2015
hp_m = [F(HP, '48.32万'), F(HP, '66.68万人'), F(HP, '115万')]
S.rel('sum', C, hp_m, '海南 2015 “候鸟” population: resident 48.32 + moving 66.68 = 115万')
S.rel('sum', U, [F(HP, '619万'), F(HP, '8.13%'), F(HP, '910.82万人')], '15–59 619万 and 65+ 8.13% of 910.82: 0–14 and 60–64 are not stated; not a split')
S.rel('growth', U, [F(HP, '49.81%'), F(HP, '55.12%')], 'urbanisation 49.81% (2010) → 55.12% (2015): no change or yearly rate is stated; nothing to check')
S.rel('growth', U, [F(HP, '910.82万人'), F(HP, '8.7‰')], 'natural growth 8.7‰ a year over 2011–2015 with the 2015 population: the 2010 population and migration are not stated')
S.rel('sum', U, [F(HP, '200万'), F(HP, '115万')], 'floating population over 200万 vs 候鸟 115万: overlapping categories; no sum')
S.rel('growth', U, [F(HP, '910.82万人'), ha_P], 'cross-document: 910.82万 (2015) and 1020.46万 (2021): no growth is stated between them; nothing to check')
# ---- further traps (numbers that look checkable but are not)
S.rel('rate', U, [F(ZJ, '8.1%'), F(ZJ, '7.2%')], '现代服务业 +8.1% within a tertiary sector growing +7.2%: a subset may grow faster; no relation')
S.rel('share', U, [zj_n, F(ZJ, '10.1‰'), F(ZJ, '733.2万人')], 'natural increase 7.39万 vs 10.1‰ × year-end 733.2万 = 7.41万: the rate uses the average population; no check keyed')
S.rel('growth', U, [F(MZ, '15.18亿元'), F(MZ, '17.5%')], 'budget revenue 15.18亿, +17.5%: the 2004 level is not stated; nothing to check')
S.rel('growth', U, [F(MX, '2.19倍'), F(MX, '2.84倍')], 'tax 2.19倍 and budget revenue 2.84倍 of 2010: two indicators with unstated 2010 levels')
S.rel('restatement', U, [F(BH, '0.4%', n=0), F(BH, '0.4%', n=1)], '衣着 −0.4% and 其他用品及服务 −0.4%: the same number for two categories')
S.rel('share', U, [F(BH, '18.7%'), bh_s[0]], 'primary contribution 18.7% vs primary share 14.3: a contribution is not a share')
S.rel('growth', U, [F(BQ, '16.8%'), F(BQ, '29.35%')], 'GDP 6-year average 16.8% and revenue average 29.35%: two indicators, no levels stated')
S.rel('growth', U, [F(GB, '69.6%'), F(GB, '0.3個百分點')], 'urbanisation +0.3 points: the 2021 rate is not stated')
S.rel('share', U, [F(GB, '2976人'), F(GB, '76.86萬人'), gr_gb[1]], 'deaths 2976 over the 户籍 population give 3.87‰ ≈ 3.9, while births over the same base miss 9.937: the rates’ base is not stated; no check keyed')
S.rel('growth', U, [F(HA, '0.20萬(wàn)人'), F(HA, '0.15個(gè)千分點(diǎn)')], 'deaths +0.20萬 and death rate +0.15 points: the 2021 levels are not stated')
S.rel('share', U, [ha_d, ha_T, ha_P, ha_dr], 'deaths 6.31 over the mean of the two year-ends give 6.16: the average population is not stated; no check keyed')
S.rel('rate', U, [F(HK, '2%', pre='税收收入增长', post=';'), F(HK, '6.9%'), F(HK, '1.8%'), F(HK, '1.6%'), F(HK, '12.3%')], 'the four pulls add to 12.3, the same number as the municipal revenue growth 12.3%: four taxes are not all tax, and tax is not all revenue; a coincidence')
S.rel('restatement', U, [F(HK, '8.7亿元'), hk_f1], 'fund spending 8.7 (−9.2%) vs fund revenue 11.6: spending and revenue; no relation')
S.rel('share', U, [gr_hks[0], F(HK, '22.9亿元')], '社保 spending 5.2 within municipal spending 22.9: no share is stated; nothing to check')
S.rel('restatement', U, [F(HK, '28.1%'), F(HK, '21.8%')], 'Q1: revenue from the whole city +28.1% vs municipal revenue +21.8%: different scopes')
S.rel('restatement', U, [P(L3, '21.9', S.read(L3).index('\n21.9 |') + 1), P(L3, '54.7', S.read(L3).index('\n54.7 |') + 1)], 'hotel occupancy 21.9% (May) vs 54.7% (Jan–May): rates of different periods, not parts of a sum')
S.rel('rate', U, [r3['-65.1'], r3['-66.3']], 'domestic visitors −65.1% vs domestic revenue −66.3%: persons vs money; no relation')
S.rel('rate', U, [b7['13.8'], b7['12.2']], 'domestic revenue +13.8% vs domestic overnight visitors +12.2%: money vs persons; no relation')
S.rel('restatement', U, [F(CN, '三成'), F(CN, '33.5%')], 'headline “增收三成” vs +33.5%: a round word; no check keyed')
S.rel('growth', U, [F(CN, '17.4万亿元'), F(CN, '9.3万亿元'), F(CN, '16.1%')], 'spending: cumulative 17.4万亿, 9.3万亿 more than 1998–2002, 年均 +16.1%: annual levels are not stated')
S.rel('growth', U, [cb_r, F(CB, '13.8%')], '2007 revenue budget 44064, +13.8% on 2006: the 2006 outturn is not stated; nothing to check')
S.rel('restatement', U, [F(CB, '37865亿元'), F(CB, '2450亿元')], 'debt ceiling 37865 (a stock at year end) vs deficit 2450 (the year’s flow): no sum is implied without the 2006 balance')
S.rel('growth', U, [F(CB, '2450亿元'), F(CB, '15.0%'), F(CB, '14.4%')], 'central revenue +15.0% and spending +14.4% imply a 2006 deficit of about 2253亿, which the text does not state; nothing to check')
S.rel('target', U, [cb_r, F(CN, '26854.74亿元')], 'the national revenue budget 44064 against central 本级 revenue 26854.74 by November: another scope; no target relation')
S.rel('share', U, [F(JY, '1688.23万人'), F(JY, '4713.88万人')], 'new entrants 1688.23万 vs children enrolled 4713.88万: no share is stated')
S.rel('share', U, [F(HB, '293.97万人'), ha_T], 'cross-document: 海口 2022 (293.97万) against the province 2022 (1027.02万): no share is stated; nothing to check')
S.rel('restatement', U, [F(GZ, '687.22万人'), F(GZ, '683.94万人')], '总人口 687.22 vs 常住户口 683.94: two population counts, not one figure restated')
S.rel('growth', U, [F(JY, '8.48%'), F(JY, '7.04%')], 'kindergarten staff +8.48% vs kindergarten teachers +7.04%: the teachers are within the staff; no relation')

# ---- altered copies: each changes one figure; every keyed relation the change breaks becomes inconsistent there
a = ALT(ZJ, 1, zj_p[1], '1036.61亿元', 'secondary value added 1086.61 → 1036.61')
S.rel('sum', I, R(a, sum_zj, zj_p[1], '1036.61亿元'), 'altered: 533.61 + 1036.61 + 1388.16 = 2958.38, not 3008.39 (breaks {B})')
S.rel('share', I, R(a, sh_zj[1], zj_p[1], '1036.61亿元'), 'altered: 1036.61 / 3008.39 = 34.46%, not 36.1 (breaks {B})')
a = ALT(ZJ, 2, zj_d, '4.85万人', 'deaths 4.05万 → 4.85万')
S.rel('growth', I, R(a, gr_zjn, zj_d, '4.85万人'), 'altered: 11.44 − 4.85 = 6.59, not 7.39 (breaks {B})')
a = ALT(ZJ, 3, zj_t, '2998.39亿元', 'GDP 3008.39 → 2998.39')
S.rel('sum', I, R(a, sum_zj, zj_t, '2998.39亿元'), 'altered: the parts make 3008.38, not 2998.39 (breaks {B})')
S.rel('share', I, R(a, sh_zj[0], zj_t, '2998.39亿元'), 'altered: 533.61 / 2998.39 = 17.80%, not 17.7 (breaks {B})')
S.rel('share', I, R(a, sh_zj[1], zj_t, '2998.39亿元'), 'altered: 1086.61 / 2998.39 = 36.24%, not 36.1 (breaks {B})')
S.rel('share', I, R(a, sh_zj[2], zj_t, '2998.39亿元'), 'altered: 1388.16 / 2998.39 = 46.30%, not 46.1 (breaks {B})')
S.rel('target', MS, R(a, tg_zn, zj_t, '2998.39亿元'), 'altered: GDP 2998.39 < the goal 突破3000億元: missed (changes {B} from met)')
S.rel('restatement', I, R(a, rs_zn, zj_t, '2998.39亿元'), 'altered: 有望突破3000億元 but 2998.39 (breaks {B})')
a = ALT(ZN, 1, zn_tg, '3100億元', 'the 2018 goal 突破3000億元 → 突破3100億元')
S.rel('target', MS, R(a, tg_zn, zn_tg, '3100億元'), 'altered: goal 3100 against the result 3008.39: missed (changes {B} from met)')
a = ALT(MZ, 1, mz_x[0], '1.57倍', 'revenue 比2000年增长1.37倍 → 1.57倍')
S.rel('growth', I, R(a, mz_x, mz_x[0], '1.57倍'), 'altered: 2.57^(1/5) = +20.8% a year, not 18.8 (breaks {B})')
a = ALT(MX, 1, mx_i[0], '3.3倍', 'fixed investment 3.8倍 → 3.3倍')
S.rel('growth', I, R(a, mx_i, mx_i[0], '3.3倍'), 'altered: 3.3^(1/5) = +27.0% a year, not 30.6 (breaks {B})')
a = ALT(MX, 2, mx_r[0], '19.5亿元', 'budget revenue 21.5 → 19.5')
S.rel('restatement', I, R(a, mx_r, mx_r[0], '19.5亿元'), 'altered: “突破20亿元大关” but 19.5亿 (breaks {B})')
a = ALT(GZ, 1, gz_g[1], '9.82万人', '常住户口 increase 9.52 → 9.82')
S.rel('growth', I, R(a, gz_g, gz_g[1], '9.82万人'), 'altered: 9.82 / 674.12 = 1.46%, not 1.41 (breaks {B})')
a = ALT(BH, 1, bh_p[1], '791.53亿元', 'secondary value added 761.53 → 791.53')
S.rel('sum', I, R(a, sum_bh, bh_p[1], '791.53亿元'), 'altered: parts make 1704.22, not 1674.21 (breaks {B})')
S.rel('share', I, R(a, sh_bh[1], bh_p[1], '791.53亿元'), 'altered: 791.53 / 1674.21 = 47.28%, not 45.5 (breaks {B})')
a = ALT(BH, 2, gr_bh[0], '8.88‰', 'birth rate 8.58 → 8.88')
S.rel('growth', I, R(a, gr_bh, gr_bh[0], '8.88‰'), 'altered: 8.88 − 6.34 = 2.54, not 2.24 (breaks {B})')
a = ALT(BH, 3, rs_bh[1][1], '102.3', 'CPI table 食品烟酒 102.8 → 102.3')
S.rel('restatement', I, R(a, rs_bh[1], rs_bh[1][1], '102.3'), 'altered: text +2.8% vs table 102.3 (breaks {B})')
a = ALT(BQ, 1, bq_g[1], '6.96亿元', 'Q1 increase 6.36 → 6.96')
S.rel('growth', I, R(a, bq_g, bq_g[1], '6.96亿元'), 'altered: 6.96 / 26.54 = 26.2%, not 23.45 (breaks {B})')
a = ALT(GB, 1, gb_p[1], '119.62億元', 'secondary value added 114.62 → 119.62')
S.rel('sum', I, R(a, sum_gb, gb_p[1], '119.62億元'), 'altered: parts make 368.29, not 363.29 (breaks {B})')
S.rel('share', I, R(a, sh_gb[1], gb_p[1], '119.62億元'), 'altered: 119.62 / 363.29 = 32.93%, not 31.5 (breaks {B})')
a = ALT(GB, 2, gb_tab['27.76'], '27.16', 'table, aged 35–59 27.76 → 27.16')
S.rel('sum', I, R(a, sum_gba, gb_tab['27.76'], '27.16'), 'altered: ages add to 76.26, not 76.86 (breaks {B})')
S.rel('share', I, R(a, sh_gb35, gb_tab['27.76'], '27.16'), 'altered: 27.16 / 76.86 = 35.34%, not 36.1 (breaks {B})')
a = ALT(GB, 3, gr_gb[1], '3.6‰', 'death rate 3.9 → 3.6')
S.rel('growth', I, R(a, gr_gb, gr_gb[1], '3.6‰'), 'altered: 9.937 − 3.6 = 6.337, not 6.038 (breaks {B})')
a = ALT(HA, 1, ha_P, '1022.46萬(wàn)人', '2021 year-end population 1020.46 → 1022.46')
S.rel('growth', I, R(a, gr_ha, ha_P, '1022.46萬(wàn)人'), 'altered: 1027.02 − 1022.46 = 4.56, not 6.56 (breaks {B})')
S.rel('growth', I, R(a, gr_hap, ha_P, '1022.46萬(wàn)人'), 'altered: 1027.02 / 1022.46 = +0.45%, not 0.64 (breaks {B})')
a = ALT(HA, 2, ha_a['715.53'], '718.53萬(wàn)人', 'aged 15–64 715.53 → 718.53')
S.rel('sum', I, R(a, sum_ha, ha_a['715.53'], '718.53萬(wàn)人'), 'altered: 195.25 + 718.53 + 116.24 = 1030.02, not 1027.02 (breaks {B})')
S.rel('share', I, R(a, sh_ha15, ha_a['715.53'], '718.53萬(wàn)人'), 'altered: 718.53 / 1027.02 = 69.96%, not 69.67 (breaks {B})')
a = ALT(HA, 3, ha_b, '8.31萬(wàn)人', '2022 births 8.81 → 8.31')
S.rel('growth', I, R(a, gr_x[2], ha_b, '8.31萬(wàn)人'), 'altered, cross-document: 8.31 + 0.79 = 9.10, not the 9.60 of 2023 (breaks {B})')
a = ALT(HB, 1, hb_r, '397.62万人', 'rural population 391.62 → 397.62')
S.rel('sum', I, R(a, sum_hb, hb_r, '397.62万人'), 'altered: 651.59 + 397.62 = 1049.21, not 1043.21 (breaks {B})')
a = ALT(HB, 2, xg[1][1], '0.58个千分点', 'birth-rate change +0.68 → +0.58')
S.rel('growth', I, R(a, gr_x[1], xg[1][1], '0.58个千分点'), 'altered, cross-document: 8.60 + 0.58 = 9.18, not 9.28 (breaks {B})')
a = ALT(HB, 3, hb_du, '26.11万人', 'urban increase 20.11 → 26.11')
S.rel('growth', I, R(a, gr_hbd, hb_du, '26.11万人'), 'altered: 26.11 − 3.92 = 22.19, not 16.19 (breaks {B})')
S.rel('growth', I, R(a, gr_hbu, hb_du, '26.11万人'), 'altered: 2022 urbanisation becomes 60.90%, a rise of 1.56 points, not 0.97 (breaks {B})')
a = ALT(HK, 1, hk_p[2], '12.0亿元', 'municipal revenue 12.5 → 12.0')
S.rel('sum', I, R(a, sum_hk, hk_p[2], '12.0亿元'), 'altered: 10.8 + 6.3 + 12.0 = 29.1, not 29.6 (breaks {B})')
S.rel('rate', I, R(a, rt_hk, hk_p[2], '12.0亿元'), 'altered: last year = 22.85, 29.6 / 22.85 = +29.6%, not 27.1 (breaks {B})')
a = ALT(HK, 2, hk_f2, '11.9亿元', 'fund revenue in point 2: 11.6 → 11.9')
S.rel('restatement', I, R(a, [hk_f1, hk_f2], hk_f2, '11.9亿元'), 'altered: 11.6 in part (一) vs 11.9 in point 2 (breaks {B})')
a = ALT(HK, 3, gr_hks[2], '128.9%', '社保 spending growth 428.9% → 128.9%')
S.rel('growth', I, R(a, gr_hks, gr_hks[2], '128.9%'), 'altered: 4.2 / 1.0 = 420% (377–472%), not 128.9% (breaks {B})')
a = ALT(L3, 1, a3['480.61'], '488.61', 'Jan–May domestic visitors 480.61 → 488.61')
S.rel('sum', I, R(a, sum_l3c, a3['480.61'], '488.61'), 'altered: 12.08 + 488.61 = 500.69, not 492.69 (breaks {B})')
S.rel('sum', I, R(a, sum_l3d, a3['480.61'], '488.61'), 'altered: 359.56 + 121.05 = 480.61, not 488.61 (breaks {B})')
S.rel('rate', I, R(a, rt_l3c, a3['480.61'], '488.61'), 'altered: rebuilt rate −9.0%, not −7.5 (breaks {B})')
a = ALT(L3, 2, a3['2.67'], '2.87', 'May domestic revenue 2.67 → 2.87')
S.rel('sum', I, R(a, sum_l3i, a3['2.67'], '2.87'), 'altered: 0.07 + 2.87 = 2.94, not 2.74 (breaks {B})')
S.rel('rate', I, R(a, rt_l3i, a3['2.67'], '2.87'), 'altered: rebuilt rate −69.8%, not −67.5 (breaks {B})')
a = ALT(L7, 1, b7['141.92'], '147.92', 'Aug other-lodging guests 141.92 → 147.92')
S.rel('sum', I, R(a, sum_l7d, b7['141.92'], '147.92'), 'altered: 294.74 + 147.92 = 442.66, not 436.66 (breaks {B})')
S.rel('rate', I, R(a, rt_l7d, b7['141.92'], '147.92'), 'altered: rebuilt rate +10.7%, not +12.2 (breaks {B})')
a = ALT(L7, 2, b7['24.21'], '29.21', 'Jan–Aug day-visitor revenue 24.21 → 29.21')
S.rel('sum', I, R(a, sum_l7i, b7['24.21'], '29.21'), 'altered: 433.70 + 29.21 = 462.91, not 457.91 (breaks {B})')
a = ALT(CB, 1, cb_r, '44964亿元', '2007 revenue budget 44064 → 44964')
S.rel('share', I, R(a, sh_cx, cb_r, '44964亿元'), 'altered, cross-document: 48177.12 / 44964 = 107.1%, not 109.3 (breaks {B})')
a = ALT(CB, 2, df_cb[0], '26371亿元', 'central spending 26871 → 26371')
S.rel('sum', I, R(a, df_cb, df_cb[0], '26371亿元'), 'altered: 26371 − 24421 = 1950, not the deficit 2450 (breaks {B})')
a = ALT(CN, 1, sum_cn[1], '21822.38亿元', 'local revenue 21322.38 → 21822.38')
S.rel('sum', I, R(a, sum_cn, sum_cn[1], '21822.38亿元'), 'altered: 26854.74 + 21822.38 = 48677.12, not 48177.12 (breaks {B})')
S.rel('rate', I, R(a, rt_cn, sum_cn[1], '21822.38亿元'), 'altered: rebuilt rate +32.1%, not 33.5 (breaks {B})')
a = ALT(CN, 2, sh_cxe[2], '74.7%', 'spending at 79.7% of budget → 74.7%')
S.rel('share', I, R(a, sh_cxe, sh_cxe[2], '74.7%'), 'altered, cross-document: 37084.77 / 46514 = 79.7%, not 74.7 (breaks {B})')
a = ALT(JY, 1, gr_jy[2][1], '69.18万人', 'teachers’ increase 59.18 → 69.18')
S.rel('growth', I, R(a, gr_jy[2], gr_jy[2][1], '69.18万人'), 'altered: 69.18 / 1662.85 = 4.16%, not 3.54 (breaks {B})')
a = ALT(JY, 2, gr_jy[5][0], '497.57万人', 'kindergarten staff 491.57 → 497.57')
S.rel('growth', I, R(a, gr_jy[5], gr_jy[5][0], '497.57万人'), 'altered: 38.43 / 459.14 = 8.37%, not 8.48 (breaks {B})')
a = ALT(HP, 1, hp_m[1], '61.68万人', 'moving 候鸟 66.68 → 61.68')
S.rel('sum', I, R(a, hp_m, hp_m[1], '61.68万人'), 'altered: 48.32 + 61.68 = 110, not 115万 (breaks {B})')
for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

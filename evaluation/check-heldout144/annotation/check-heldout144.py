"""Check key, set check-heldout144. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout144.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout144'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

BD='bdh_2023_hant.txt'; BQ='bdh_2023q3_hant.txt'; HL='hlj_2023.txt'; J3='jl_2023.txt'; J2='jl_2012.txt'; J5='jl_2025.txt'
YK='ykx_2013.txt'; YB='ybs_2020.txt'; MZ='mzl_2022.txt'; M9='mzl_2019.txt'; LY='lyx_2019.txt'; LN='ln_2008q3.txt'
H1='hrb_2011q3_hant.txt'; H2='hrb_2021q3.txt'; SH='shj_1995.txt'; SG='hlj_1988.txt'; PJ='pj_2022.txt'

# ---- 北大荒集团 2023 (traditional) and Oct 2023 (traditional)
bd_p = F(BD, '455.89億斤'); bd_d = F(BD, '4.56億斤'); bd_g = F(BD, '1.01%'); bd_y = F(BD, '981.16斤'); bd_a = F(BD, '4646.49萬畝')
bd_ad = F(BD, '79.65萬畝'); bd_ag = F(BD, '1.74%'); bd_lb = F(BD, '400億斤以上'); bd_13 = F(BD, '13年')
gr_bd = [bd_p, bd_d, bd_g]; sh_bd = [bd_a, bd_y, bd_p]; gr_bda = [bd_a, bd_ad, bd_ag]
bq_22 = F(BQ, '451.3億斤'); bq_450 = F(BQ, '450億斤以上'); bq_12 = F(BQ, '12年'); bq_lb = F(BQ, '400億斤以上'); bq_46 = F(BQ, '4600多萬畝')
sum_bdx = [bq_22, bd_d, bd_p]
S.rel('growth', C, gr_bd, '北大荒 2023: +4.56 on 455.89 − 4.56 = 451.33億斤 is +1.010% → 1.01%')
S.rel('share', C, sh_bd, 'output = area × yield: 4646.49萬畝 × 981.16斤 = 455.895億斤; with the half units 455.892–455.898, so 455.89 fits')
S.rel('growth', C, gr_bda, 'sown area +79.65 on 4646.49 − 79.65 = 4566.84萬畝 is +1.744% → 1.74%')
S.rel('sum', U, [F(BD, '264.37億斤'), F(BD, '139.51億斤'), F(BD, '48.82億斤'), F(BD, '0.72億斤'), bd_p], 'rice, maize, soy and tubers (453.42) against the total 455.89: wheat and other grains are not listed; a selection, not a split')
S.rel('restatement', C, [bd_lb, bd_p], '455.89億斤 fits “連續13年穩定在400億斤以上” (a lower bound)')
S.rel('target', M, [F(BD, '1379.21萬畝')], 'soy area 1379.21萬畝 “圓滿完成黑龍江省下達的目標任務”: the target is not stated; met by the text’s own verdict for a year that is over')
S.rel('share', U, [F(BD, '433億斤'), bd_p], 'marketable grain “預計…433億斤左右” against output 455.89: an estimate of another indicator; no share is stated')
S.rel('sum', C, sum_bdx, 'cross-document: 2022 output 451.3億斤 (October report) + the 2023 increase 4.56 = 455.86; with the half units 455.81–455.92, so 455.89 fits')
S.rel('restatement', C, [bq_450, bd_p], 'cross-document: the October estimate “預計糧食總產將在450億斤以上” and the final 455.89億斤 (a lower bound that holds)')
S.rel('restatement', C, [bq_12, bd_13], 'cross-document: “連續12年穩定在400億斤以上” through 2022, then 455.89 in 2023 makes “連續13年”')
S.rel('restatement', C, [bq_46, bd_a], 'cross-document: “4600多萬畝” harvested and the sown area 4646.49萬畝 (多 = a little more than)')
S.rel('restatement', C, [bq_lb, bq_22], 'October report: 2022’s 451.3億斤 fits “連續12年穩定在400億斤以上”')
S.rel('share', U, [F(BQ, '320萬畝'), bq_46], 'the best day’s harvest 320萬畝 against the 4600多萬畝: no share or duration is stated')
S.rel('target', CT, [F(BQ, '100%')], '“力爭在11月5日前100%完成‘黑色越冬’”: a goal for a date after the report; no result is stated: cannot tell')
S.rel('sum', U, [F(BQ, '185.3萬畝'), bq_46], '185.3萬畝 harvested for local farms under trusteeship (outside the group) and the group’s own 4600多萬畝: other scopes; no sum')

S.rel('share', U, [F(BD, '113個'), bd_a], '113 farms and 4646.49萬畝: no area per farm is stated; nothing to check')
S.rel('growth', U, [bd_ag, bd_g], 'area +1.74% and output +1.01%: the yield must have fallen about 0.7%, but no yield change is stated; not a relation of the text')
# ---- 黑龙江 2023 grain (中新网) and 吉林 2023 / 2012 / 2025 grain
hl_p = [F(HL, '1557.64亿斤', n=0), F(HL, '1557.64亿斤', n=1), F(HL, '1557.64亿斤', n=2)]
hl_22 = F(HL, '1552.6亿斤'); hl_d = F(HL, '5.04亿斤'); hl_s = F(HL, '11.2%'); hl_a = F(HL, '22114.65万亩'); hl_as = F(HL, '12.4%')
j3_nt = F(J3, '69541万吨'); j3_nj = F(J3, '13908亿斤'); j3_na = F(J3, '118969千公顷'); j3_nm = F(J3, '178453万亩')
j3_a = F(J3, '5825.6千公顷'); j3_p = F(J3, '4186.5万吨'); j3_y = F(J3, '7186.4公斤'); j3_3 = F(J3, '800亿斤')
sum_hl = [hl_22, hl_d, hl_p[2]]; sh_hl = [hl_p[2], j3_nj, hl_s]; sh_hla = [hl_a, j3_nm, hl_as]; sh_bdh = [bd_p, hl_p[2], F(BD, '29.27%')]
sh_bdn = [bd_p, j3_nj, F(BD, '3.28%')]; sh_j3 = [j3_a, j3_y, j3_p]; rs_j3 = [j3_nt, j3_nj]
S.rel('sum', C, sum_hl, '黑龙江: 2022 output 1552.6 + 5.04 = 1557.64亿斤')
S.rel('restatement', C, [hl_p[0], hl_p[1]], 'headline 1557.64亿斤 restates the body')
S.rel('restatement', C, [hl_p[1], hl_p[2]], 'the body states 1557.64亿斤 twice')
S.rel('restatement', C, [F(HL, '14年', n=0), F(HL, '14年', n=1)], 'headline “连续14年位居中国第一” restates the body’s “连续14年位居我国第一”')
S.rel('share', C, sh_hl, 'cross-document: 1557.64 / the national 13908亿斤 (国家统计局 figures in the 吉林 2023 item) = 11.20% → 11.2%')
S.rel('share', C, sh_hla, 'cross-document: sown area 22114.65 / the national 178453万亩 = 12.39% → 12.4%')
S.rel('share', C, sh_bdh, 'cross-document: 北大荒 455.89 / 黑龙江 1557.64亿斤 = 29.268% → 29.27% (both 2023)')
S.rel('share', C, sh_bdn, 'cross-document: 北大荒 455.89 / the national 13908亿斤 = 3.278% → 3.28%')
S.rel('sum', U, [bd_d, hl_d], 'cross-document: 北大荒 +4.56 and 黑龙江 +5.04亿斤: the farms are inside the province but the rest of the province’s change is not stated; no relation')
S.rel('growth', U, [hl_a, F(HL, '89.85万亩')], 'area 22114.65万亩 “同比增加89.85万亩”: no rate is stated; nothing to check')
S.rel('share', C, sh_j3, '吉林 2023: 5825.6千公顷 × 7186.4 kg/公顷 = 4186.5万吨')
S.rel('restatement', C, rs_j3, 'national output 69541万吨 = 13908亿斤 (× 2 / 10 = 13908.2)')
S.rel('restatement', C, [j3_na, j3_nm], 'national area 118969千公顷 = 178453万亩 (× 15 / 10 = 178453.5; with the half unit 178452.8–178454.3)')
S.rel('restatement', C, [j3_p, j3_3], '4186.5万吨 = 837.3亿斤 fits “连续三年超过800亿斤”')
S.rel('share', U, [j3_p, j3_nt], '吉林 4186.5 of the national 69541万吨 (6.0%): no share is stated; “全国第四” is a rank, not checkable here')
j2_p = F(J2, '668.6亿斤'); j2_parts = [F(J2, '512亿斤'), F(J2, '124亿斤'), F(J2, '10亿斤'), F(J2, '23亿斤')]
j2_y = F(J2, '966.8斤'); j2_d = F(J2, '36.6斤'); j2_g = F(J2, '3.9%'); j2_n = F(J2, '706.5斤'); j2_h = F(J2, '260.3斤')
sum_j2 = j2_parts + [j2_p]; gr_j2 = [j2_y, j2_d, j2_g]; sum_j2h = [j2_y, j2_n, j2_h]
S.rel('sum', C, sum_j2, '吉林 2012: maize 512 + rice 124 + soy 10 + other 23 = 669; with the half units 667–671, so 668.6亿斤 fits')
S.rel('sum', C, [F(J2, '490亿斤'), F(J2, '80亿斤'), F(J2, '30亿斤'), F(J2, '600亿斤以上')], 'marketable grain: 490 + 80 + 30 = 600, which fits “600亿斤以上” (up to 601.5 with the half units)')
S.rel('growth', C, gr_j2, 'yield +36.6 on 966.8 − 36.6 = 930.2斤 is +3.93% → 3.9%')
S.rel('sum', C, sum_j2h, 'yield 966.8 − the national 706.5 = 260.3斤/亩 (高出260.3斤)')
S.rel('restatement', C, [j2_parts[0], j2_p, F(J2, '70%以上')], 'maize 512 / 668.6 = 76.6%, which fits “玉米产量占全省粮食产量的70%以上”')
S.rel('sum', U, [F(J2, '7800万亩以上'), F(J2, '5800万亩'), F(J2, '1200万亩')], '2013 plan: area “7800万亩以上”, of which maize 5800 and rice 1200 (7000): other crops are not listed; a selection, not a split')
S.rel('share', U, [j2_p, j2_y], '668.6亿斤 / 966.8斤 = 6916万亩 implied: the 2012 area is not stated; nothing to check')
S.rel('target', U, [F(J2, '7800万亩以上'), j3_a], 'cross-document: the 2013 area plan “7800万亩以上” against the 2023 area 5825.6千公顷 (8738万亩): another year; unrelated')
j5_p = F(J5, '871.6亿斤'); j5_a = F(J5, '8796.9万亩'); j5_y = F(J5, '990.8斤'); j5_lb = F(J5, '800亿斤以上')
sh_j5 = [j5_a, j5_y, j5_p]
S.rel('share', C, sh_j5, '吉林 2025: 8796.9万亩 × 990.8斤 = 871.60亿斤')
S.rel('restatement', C, [j5_lb, j5_p], '871.6亿斤 fits “连续5年稳定在800亿斤以上”')
S.rel('restatement', C, [j3_3, j5_lb], 'cross-document: “连续三年超过800亿斤” (2021–2023) and “连续5年稳定在800亿斤以上” (2021–2025) agree; 2023’s 837.3亿斤 is inside both')
S.rel('restatement', C, [j3_a, j5_a], 'cross-document: area 5825.6千公顷 = 8738.4万亩 in 2023, below 8796.9万亩 in 2025, as “播种面积实现二十连增” requires')
S.rel('growth', U, [j3_p, j5_p, F(J5, '18.4亿斤')], 'cross-document: 2023 837.3亿斤, 2025 871.6亿斤 “同比增加18.4亿斤”: the increase is over 2024 (853.2, not stated); nothing checks against 2023')
S.rel('restatement', U, [F(J5, '18.4亿斤'), F(J5, '2.5亿斤')], '吉林’s +18.4亿斤 and the “粮食产量增量同比增加2.5亿斤” of the nine provinces: other scope and indicator; no relation')

S.rel('share', U, [hl_a, hl_p[2]], '黑龙江 1557.64亿斤 on 22114.65万亩 (704斤 a mu implied): no yield is stated')
S.rel('share', U, [j2_parts[0], F(J2, '15%左右')], '吉林 maize 512亿斤 “占全国玉米总产的15%左右”: the national maize output is not stated')
S.rel('growth', U, [j2_y, j5_y], 'cross-document: yield 966.8斤 (2012) and 990.8斤 (2025): no change over the span is stated')
# ---- 牙克石 2013
yk_t = F(YK, '212.0亿元'); yk_p = [F(YK, '37.4亿元'), F(YK, '104.8亿元'), F(YK, '69.8亿元')]
yk_s = [F(YK, '17.7', post=':'), F(YK, '49.4'), F(YK, '32.9')]
sum_yk = yk_p + [yk_t]; sh_yk2 = [yk_p[1], yk_t, yk_s[1]]
yk_f = F(YK, '9.17亿元'); yk_fp = [F(YK, '1.75亿元'), F(YK, '4.88亿元'), F(YK, '2.54亿元')]; sum_ykf = yk_fp + [yk_f]
rt_ykf = [yk_f, F(YK, '17.68%'), yk_fp[0], F(YK, '30.38%'), yk_fp[1], F(YK, '11.83%'), yk_fp[2], F(YK, '40.75%')]
yk_pop = F(YK, '350 775人'); sum_ykr = [F(YK, '145 818人'), F(YK, '204 957人'), yk_pop]
S.rel('sum', C, sum_yk, '牙克石 2013: 37.4 + 104.8 + 69.8 = 212.0亿元')
S.rel('share', C, [yk_p[0], yk_t, yk_s[0]], 'primary 37.4 / 212.0 = 17.64%; with the half units up to 17.67, so 17.7 fits at the edge')
S.rel('share', C, sh_yk2, 'secondary 104.8 / 212.0 = 49.43% → 49.4')
S.rel('share', C, [yk_p[2], yk_t, yk_s[2]], 'tertiary 69.8 / 212.0 = 32.92% → 32.9')
S.rel('sum', C, sum_ykf, 'local fiscal revenue: 国税 1.75 + 地税 4.88 + 非税 2.54 = 9.17亿元')
S.rel('rate', C, rt_ykf, 'the total’s −17.68% rebuilt from the three parts: previous 1.75/0.6962 + 4.88/1.1183 + 2.54/0.5925 = 11.164, 9.17/11.164 = −17.86%; with the half units −18.06 to −17.67, so −17.68 fits at the edge')
S.rel('sum', U, [F(YK, '5.23亿元'), yk_f], '地方财政一般预算收入 5.23 is a part of 9.17 (其中); the rest is not stated')
S.rel('rate', U, [F(YK, '10.4%'), F(YK, '5.8%'), F(YK, '15.4%'), F(YK, '5.7%')], 'GDP +10.4% from the sectors’ comparable-price rates: the previous-year weights are not stated')
S.rel('sum', C, [F(YK, '10 691人'), F(YK, '340 084人'), yk_pop], 'agricultural 10691 + non-agricultural 340084 = 350775')
S.rel('sum', C, sum_ykr, 'urban 145818 + township 204957 = 350775')
S.rel('sum', C, [F(YK, '176 713人'), F(YK, '174 062人'), yk_pop], 'men 176713 + women 174062 = 350775')
S.rel('share', C, [F(YK, '176 713人'), F(YK, '174 062人'), F(YK, '101.5')], 'sex ratio 176713 / 174062 × 100 = 101.52 → 101.5')
S.rel('sum', C, [F(YK, '17 910人'), F(YK, '5 794人'), F(YK, '421人'), F(YK, '99人'), F(YK, '15 203人'), F(YK, '39 427人')], 'minorities: 17910 + 5794 + 421 + 99 + 15203 = 39427')
S.rel('growth', C, [F(YK, '4.2‰'), F(YK, '8.2‰'), F(YK, '-4.0‰')], 'natural growth = 4.2 − 8.2 = −4.0‰')
S.rel('share', U, [F(YK, '1 456人'), yk_pop, F(YK, '4.2‰')], 'birth rate: births over the average population, which is not stated (over the year-end 350775 it is 4.15‰)')
S.rel('share', U, [F(YK, '2 852人'), yk_pop, F(YK, '8.2‰')], 'death rate: over the average population, not stated (over the year-end 350775 it is 8.13‰, over a start-to-end average about 8.09); not keyed as an error')
S.rel('sum', I, [F(YK, '27 590平方公里'), F(YK, '18 544平方公里'), F(YK, '720平方公里'), F(YK, '8 568 642公顷'), F(YK, '80 234公顷')], 'REAL ERROR in the original: of the area 27590 km², 草场 8568642公顷 = 85686 km² alone is three times the whole (parts 105753 km²); the grassland figure cannot be in 公顷')
S.rel('growth', U, [F(YK, '0.2个千分点'), F(YK, '6.2个千分点')], 'birth rate −0.2 and death rate −6.2 per mille points: the 2012 rates are not stated')

S.rel('growth', U, [F(YK, '21 612元'), F(YK, '10.2%')], 'urban income 21612元 “增长 10.2%”: the 2012 level is not stated')
S.rel('sum', U, [F(YK, '2 296人'), F(YK, '4 358人'), F(YK, '1 456人'), F(YK, '2 852人'), yk_pop], 'migration (−2062) and natural change (−1396): the 2012 population is not stated, so the year-end 350775 cannot be rebuilt')
# ---- 元宝山 2020
yb_t = F(YB, '165.7亿元'); yb_p = [F(YB, '21.8亿元'), F(YB, '78.5亿元'), F(YB, '65.4亿元')]
yb_s = [F(YB, '13.1'), F(YB, '47.4'), F(YB, '39.5')]; sum_yb = yb_p + [yb_t]; sh_yb2 = [yb_p[1], yb_t, yb_s[1]]
yb_g = F(YB, '18.2万吨'); yb_gt = F(YB, '181818'); yb_c = F(YB, '15.1万吨'); yb_ct = F(YB, '150704')
rs_ybc = [yb_c, yb_ct]
S.rel('sum', C, sum_yb, '元宝山 2020: 21.8 + 78.5 + 65.4 = 165.7亿元')
S.rel('share', C, [yb_p[0], yb_t, yb_s[0]], 'primary 21.8 / 165.7 = 13.16%; with the half units down to 13.12, so 13.1 fits at the edge')
S.rel('share', C, sh_yb2, 'secondary 78.5 / 165.7 = 47.37% → 47.4')
S.rel('share', C, [yb_p[2], yb_t, yb_s[2]], 'tertiary 65.4 / 165.7 = 39.47% → 39.5')
S.rel('restatement', C, [yb_g, yb_gt], 'table 181818吨 restates grain output 18.2万吨')
S.rel('restatement', C, rs_ybc, 'table 150704吨 restates maize 15.1万吨')
S.rel('restatement', C, [F(YB, '0.3%'), F(YB, '-0.3', post=' |')], 'table −0.3 restates grain “下降0.3%”')
S.rel('restatement', C, [F(YB, '5.6%'), F(YB, '-5.6', post=' |')], 'table −5.6 restates maize “下降5.6%”')
S.rel('sum', U, [F(YB, '149', post=' |'), yb_ct, F(YB, '18983'), F(YB, '3580'), F(YB, '2179'), F(YB, '6109'), yb_gt], 'table crops add to 181704, 114 t short of 181818: the table lists a selection (“其中”); other grains are not shown')
S.rel('sum', U, [F(YB, '3148人'), F(YB, '952人'), F(YB, '1901人')], 'new urban jobs 3148, hard-to-employ 952, re-employed 1901: overlapping groups, not a split')
S.rel('sum', U, [F(YB, '61.5亿元'), yb_p[1]], 'industry 61.5 within the secondary sector 78.5: construction is not stated')
S.rel('rate', U, [F(YB, '2.6%'), F(YB, '0.0%'), F(YB, '3.6%'), F(YB, '2.3%')], 'GDP −2.6% from the sectors’ rates: the previous-year weights are not stated')
S.rel('share', U, [F(YB, '14315公顷'), F(YB, '23834公顷')], 'maize 14315 of the grain area 23834公顷: no share is stated')

S.rel('rate', U, [F(YB, '23834公顷'), F(YB, '1.9%'), F(YB, '14315公顷'), F(YB, '5.5%')], 'grain area +1.9% while maize area −5.5%: the other crops’ areas are not stated; nothing to rebuild')
# ---- 满洲里 2022 bulletin and 2019 yearbook
mz_t = F(MZ, '174.3亿元'); mz_p = [F(MZ, '4.3亿元'), F(MZ, '60.9亿元'), F(MZ, '109.1亿元')]
mz_s = [F(MZ, '2.5', post=':'), F(MZ, '34.9'), F(MZ, '62.6')]; sum_mz = mz_p + [mz_t]
mz_q = F(MZ, '1618万吨'); mz_qi = F(MZ, '1350万吨'); mz_qe = F(MZ, '268万吨'); sum_mzq = [mz_qi, mz_qe, mz_q]
rt_mzq = [mz_q, F(MZ, '13.5%'), mz_qi, F(MZ, '7.4%'), mz_qe, F(MZ, '35.2%')]
mz_x = F(MZ, '551.2亿元'); mz_xi = F(MZ, '319亿元'); mz_xe = F(MZ, '232.2亿元'); sum_mzx = [mz_xi, mz_xe, mz_x]
rt_mzx = [mz_x, F(MZ, '34.4%'), mz_xi, F(MZ, '35.6%'), mz_xe, F(MZ, '32.8%')]
S.rel('sum', C, sum_mz, '满洲里 2022: 4.3 + 60.9 + 109.1 = 174.3亿元')
S.rel('share', C, [mz_p[0], mz_t, mz_s[0]], 'primary 4.3 / 174.3 = 2.47% → 2.5')
S.rel('share', C, [mz_p[1], mz_t, mz_s[1]], 'secondary 60.9 / 174.3 = 34.94% → 34.9')
S.rel('share', C, [mz_p[2], mz_t, mz_s[2]], 'tertiary 109.1 / 174.3 = 62.59% → 62.6')
S.rel('share', C, [F(MZ, '24.4亿元'), F(MZ, '48.8亿元'), F(MZ, '50.03%')], 'livelihood spending 24.4 / 48.8 = 50.0%; with the half units 49.85–50.15, so 50.03% fits')
S.rel('sum', C, sum_mzq, 'port freight: imports 1350 + exports 268 = 1618万吨')
S.rel('rate', C, rt_mzq, 'freight −13.5% rebuilt from the parts: 1618 / (1350/0.926 + 268/0.648) = −13.54% → −13.5%')
S.rel('sum', C, sum_mzx, 'customs-district trade: imports 319 + exports 232.2 = 551.2亿元')
S.rel('rate', C, rt_mzx, 'trade +34.4% rebuilt: 551.2 / (319/1.356 + 232.2/1.328) = +34.41% → 34.4%')
S.rel('sum', U, [F(MZ, '7.9亿元'), F(MZ, '10.6亿元')], 'tax 7.9 within budget revenue 10.6 (其中): non-tax revenue is not stated')
S.rel('sum', U, [F(MZ, '5亿元'), F(MZ, '6.6亿元'), F(MZ, '8.1亿元'), F(MZ, '48.8亿元')], 'education, health and social-security spending (19.7) within 48.8: a selection, not a split')
S.rel('restatement', U, [mz_x, F(MZ, '117.7亿元')], 'customs-district trade 551.2 and the city’s own trade 117.7: overlapping scopes, not the same figure')
S.rel('rate', U, [F(MZ, '1%', pre='累计上涨'), F(MZ, '3.8%'), F(MZ, '2.5%')], 'CPI +1% against the categories’ changes: the weights are not stated')
S.rel('growth', U, [F(MZ, '10.6亿元'), F(MZ, '7.5%'), F(MZ, '8.4%')], 'revenue −7.5% while tax +8.4%: non-tax revenue must have fallen, but its level is not stated; nothing to check')
S.rel('growth', U, [F(MZ, '37.6%'), F(MZ, '38.6%')], '中欧班列 trains +37.6% and containers +38.6%: different indicators, no relation')
S.rel('share', U, [F(MZ, '43.1亿元'), F(MZ, '10.6亿元')], 'customs duties 43.1亿 (central revenue) and the city’s budget revenue 10.6亿: other scopes; no share')
m9_t = F(M9, '148.6亿元'); m9_p = [F(M9, '3.7亿元'), F(M9, '37.7亿元'), F(M9, '107.2亿元')]; sum_m9 = m9_p + [m9_t]
m9_pop = F(M9, '172770人'); sum_m9s = [F(M9, '84863人'), F(M9, '87907人'), m9_pop]
S.rel('sum', C, sum_m9, '满洲里 2019: 3.7 + 37.7 + 107.2 = 148.6亿元')
S.rel('sum', C, sum_m9s, 'registered population: men 84863 + women 87907 = 172770')
S.rel('sum', C, [F(M9, '566人'), F(M9, '559人'), F(M9, '1125人')], 'births: boys 566 + girls 559 = 1125')
S.rel('share', U, [F(M9, '742人'), m9_pop, F(M9, '4.2‰')], 'death rate 4.2‰: over the year-end 172770 it is 4.29‰; rates are taken over the average population, which is not stated; not keyed as an error')
S.rel('sum', U, [F(M9, '84909人'), m9_pop], '扎赉诺尔区 84909 within 172770 (其中): the rest is not stated as a figure')
S.rel('share', U, [m9_t, F(M9, '65568元')], 'GDP per head 65568元: the resident population (about 22.7万) is not stated; nothing to check')
S.rel('growth', U, [m9_t, mz_t], 'cross-document: 148.6亿 (2019) and 174.3亿 (2022): no growth over the span is stated')
S.rel('restatement', U, [F(M9, '3.9%'), F(M9, '3.6%')], 'GDP +3.9% and GDP per head +3.6%: other indicators; the population change is not stated')

# ---- 辽阳县 2019 report
S.rel('share', U, [F(LY, '24亿元'), F(LY, '34.2亿元')], '22 projects invested 24亿 and fixed-asset investment 34.2亿: overlapping scopes, no share stated')
S.rel('growth', U, [F(LY, '34.2亿元'), F(LY, '50%')], 'investment 34.2亿 “增长50%”: the 2018 level is not stated')
S.rel('restatement', U, [F(LY, '50亿元'), F(LY, '36亿元')], 'a 50亿 project signed and 36亿 of outside funds arrived: different indicators')
S.rel('restatement', U, [F(LY, '7 %'), F(LY, '7.2%')], 'GDP +7% and rural income +7.2%: different indicators')

S.rel('target', M, [F(LY, '22个'), F(LY, '100%')], '22 projects of 100 million yuan and more, “开复工率100%” in a report at the end of the year: all started: met')
# ---- 辽宁 county economy Q1-Q3 2008
ln_t = F(LN, '3611亿元'); ln_n = F(LN, '44个'); ln_a = F(LN, '82亿元'); sh_ln = [ln_t, ln_n, ln_a]
S.rel('share', C, sh_ln, '辽宁 Q1–Q3 2008: 3611亿 / 44 counties = 82.07 → “县均规模82亿元”')
S.rel('restatement', C, [F(LN, '100亿元'), F(LN, '111亿元')], 'the smallest of the eight listed, 凤城 111亿, is above “超过100亿元”')
S.rel('sum', U, [F(LN, '305亿元'), F(LN, '304亿元'), F(LN, '247亿元'), F(LN, '210亿元'), F(LN, '191亿元'), F(LN, '160亿元'), F(LN, '125亿元'), F(LN, '111亿元'), ln_t], 'the eight largest counties (1653亿) of the 44 (3611): a selection, not a split')
S.rel('growth', U, [ln_t, F(LN, '30.6%')], '3611亿 “同比增长30.6%”: the 2007 level is not stated')

# ---- 哈尔滨 key projects Jan-Sep 2011 (traditional)
h1_n = F(H1, '339個'); h1_i = F(H1, '828.7億元'); h1_s = F(H1, '307個'); h1_r = F(H1, '90.6%')
h1_gn = [F(H1, '172個'), F(H1, '77個'), F(H1, '90個')]; h1_gi = [F(H1, '319.6億元'), F(H1, '79億元'), F(H1, '430.1億元')]
h1_gs = [F(H1, '152個'), F(H1, '75個'), F(H1, '80個')]; h1_gr = [F(H1, '83.9%'), F(H1, '81.7%'), F(H1, '104.2%')]
sum_h1n = h1_gn + [h1_n]; sum_h1i = h1_gi + [h1_i]; sum_h1s = h1_gs + [h1_s]; sh_h1 = [h1_s, h1_n, h1_r]
rt_h1 = [h1_i, F(H1, '95.3%'), h1_gi[0], h1_gr[0], h1_gi[1], h1_gr[1], h1_gi[2], h1_gr[2]]
S.rel('restatement', C, [F(H1, '800億元'), h1_i], 'headline “投資超800億元” and the body 828.7億元 (a lower bound)')
S.rel('share', C, sh_h1, '哈尔滨 2011: 307 started of 339 = 90.56% → 90.6%')
S.rel('sum', C, sum_h1n, 'projects: districts 172 + counties 77 + city departments 90 = 339')
S.rel('sum', C, sum_h1i, 'investment: 319.6 + 79 + 430.1 = 828.7億元')
S.rel('sum', C, sum_h1s, 'started: 152 + 75 + 80 = 307')
S.rel('rate', I, rt_h1, 'REAL DISCREPANCY in the original: the plans follow from the groups (319.6/0.839 + 79/0.817 + 430.1/1.042 = 890.4億), and 828.7 / 890.4 = 93.1% (93.0–93.1 with the half units), not the 95.3% stated for the total')
S.rel('target', CT, [h1_i, F(H1, '95.3%')], '95.3% of the annual plan by September: the year is not over; cannot tell')
S.rel('target', M, [h1_gi[2], h1_gr[2]], 'city departments: 430.1億 = 104.2% of their annual plan by September; the amount is cumulative, so the plan is already exceeded: met')
S.rel('target', CT, [h1_gi[1], h1_gr[1]], 'counties: 81.7% of the annual plan by September: cannot tell')
S.rel('growth', U, [F(H1, '95.3%'), F(H1, '17.5個百分點'), F(H1, '4.2個百分點')], '95.3% “環比提高17.5個百分點,同比提高4.2個百分點”: the earlier rates are not stated')
S.rel('sum', U, [F(H1, '62個'), h1_gs[0], h1_gn[0]], '62 projects of three district bodies all started, 152 of the districts’ 172 started: a subset, not a split')
S.rel('share', U, [F(H1, '197.6%'), F(H1, '125%'), F(H1, '105.3%'), h1_gr[0]], 'the top three districts’ completion rates against the districts’ 83.9%: their plans are not stated')

S.rel('share', U, [F(H1, '107.1%'), F(H1, '102.1%'), F(H1, '97.1%'), h1_gr[1]], 'the top three counties’ rates against the counties’ 81.7%: their plans are not stated')
S.rel('target', U, [F(PJ, '101.5%'), h1_r], 'cross-document: 盘锦’s 2022 开复工率 101.5% and 哈尔滨’s 2011 90.6%: other place and year; unrelated')
# ---- 哈尔滨 industrial investment Jan-Sep 2021
h2_r = F(H2, '96.3%'); sh_h2 = [F(H2, '160个'), F(H2, '166个'), h2_r]
gr_h2 = [F(H2, '20.7%'), F(H2, '17.8%', n=1), F(H2, '2.9个百分点')]
gr_h2s = [F(H2, '59.9%'), F(H2, '20.7%'), F(H2, '17.8%', n=1), F(H2, '1.5个百分点')]
gr_h2p = [F(H2, '81.7%'), F(H2, '17.7%'), F(H2, '17.8%', n=1), F(H2, '14.5个百分点')]
S.rel('restatement', C, [F(H2, '17.8%', n=0), F(H2, '17.8%', n=1)], 'headline “同比增长17.8%” restates the body')
S.rel('share', I, sh_h2, 'REAL DISCREPANCY in the original: 160 / 166 = 96.39%, which rounds to 96.4, not 96.3 (counts have no half unit; the text truncates)')
S.rel('growth', C, gr_h2, 'districts +20.7% “高于全市工业投资增幅2.9个百分点”: 20.7 − 17.8 = 2.9')
S.rel('growth', C, gr_h2s, 'districts’ share change rebuilt: last year’s share = 59.9 × 1.178 / 1.207 = 58.46%, so +1.44 points; with the half units +1.39 to +1.49, and 1.5 (≥ 1.45) fits at the edge')
S.rel('growth', C, gr_h2p, 'contribution rebuilt: last year’s share of the 亿元 projects = 81.7 × 1.178 / 1.177 = 81.77%, × 17.7% = 14.47 → “拉动…14.5个百分点”')
S.rel('sum', U, [F(H2, '59.9%'), F(H2, '39.9%')], '9 districts 59.9% + 9 counties 39.9% = 99.8%: the 0.2% left is not explained (city-level or cross-area projects); not a stated split of 100')
S.rel('growth', U, [F(H2, '17.8%', n=1), F(H2, '12.1个百分点')], '+17.8% “高于全省…12.1个百分点”: the province’s rate is not stated')
S.rel('growth', U, [F(H2, '17.8%', n=1), F(H2, '8.6个百分点')], '+17.8% “高于全市固定资产投资增幅8.6个百分点”: the city’s total rate is not stated')
S.rel('target', CT, [F(H2, '62%')], '“年度投资完成率62%” by September: the year is not over; cannot tell')
S.rel('restatement', U, [F(H2, '17.7%'), F(H2, '17.8%', n=1)], '亿元 projects +17.7% and all industrial investment +17.8%: close numbers for different scopes, not a restatement')
S.rel('restatement', U, [F(H1, '90.6%'), h2_r], 'cross-document: 开复工率 90.6% (all key projects, 2011) and 96.3% (industrial projects, 2021): other year and scope')

# ---- 松花江地区 1995 (yearbook)
S.rel('growth', U, [F(SH, '20.9%'), F(SH, '20.2%')], 'GDP +20.9% and GDP per head +20.2%: the population change (about +0.6%) is not stated')
S.rel('growth', U, [F(SH, '442公斤'), F(SH, '179.7公斤')], 'yield 442公斤 “高出全省179.7公斤”: the province’s yield (262.3) is not stated')
S.rel('share', U, [F(SH, '45.5亿公斤'), F(SH, '442公斤'), F(SH, '654万亩'), F(SH, '67.8%')], 'output / yield = 1029万亩 of grain, while 654万亩 = 67.8% gives a sown area of 965万亩: the bases (grain area, 播种面积) are not stated; not checkable, see the judgement calls')
S.rel('restatement', U, [F(SH, '23%'), F(SH, '23.8%')], '多种经营 income +23% and per head +23.8%: other indicators; the population base is not stated')
S.rel('target', M, [F(SH, '91.4亿元'), F(SH, '70亿元')], '“全区主要经济指标均提前1~2年完成‘八五’计划”: the 八五 targets are not stated; met by the text’s verdict')

S.rel('rate', U, [F(SH, '20.9%'), F(SH, '36%'), F(SH, '13%')], 'GDP +20.9% against gross industrial (+36%) and agricultural (+13%) output: gross output, not value added, and no weights; nothing to rebuild')
S.rel('restatement', U, [F(SH, '2191元'), F(SH, '2497元')], 'farmers’ income per head 2191元 and GDP per head 2497元: different indicators')
# ---- 黑龙江 森林工业 1983-1988 (yearbook)
S.rel('growth', U, [F(SG, '240万亩'), F(SG, '30%')], '1988 reforestation 240万亩 “比1983年提高30%”: the 1983 level is not stated')
S.rel('growth', U, [F(SG, '32万立方米'), F(SG, '翻了一番')], 'board capacity 32万m³ “比1983年翻了一番”: the 1983 capacity is not stated')
S.rel('restatement', U, [F(SG, '翻了一番'), F(SG, '2倍多')], '“翻了一番” (ratio 2, boards) and “增长2倍多” (ratio > 3, sideline output): other indicators; no relation')

# ---- 盘锦 2022 projects
pj_t = F(PJ, '609个'); pj_n = F(PJ, '344个'); pj_c = F(PJ, '265个'); sum_pj = [pj_n, pj_c, pj_t]
S.rel('sum', C, sum_pj, '盘锦 2022: 344 new + 265 continuing = 609 started')
S.rel('target', M, [pj_t, F(PJ, '101.5%')], '开复工率 101.5% for a year that is over: more than planned started: met')
S.rel('share', U, [pj_t, F(PJ, '101.5%')], '609 = 101.5% of a plan of 600 implied; the plan is not stated; nothing to check beyond the verdict')
S.rel('sum', U, [F(PJ, '245个'), pj_t], '245 completed and 609 started: overlapping sets, not parts of one total')

# ---- altered copies
a = ALT(BD, 1, bd_d, '4.86億斤', 'increase over 2022 4.56 → 4.86')
S.rel('growth', I, R(a, gr_bd, bd_d, '4.86億斤'), 'altered: +4.86 on 451.03 is +1.08%, not 1.01% (breaks {B})')
S.rel('sum', I, R(a, sum_bdx, bd_d, '4.86億斤'), 'altered, cross-document: 451.3 + 4.86 = 456.16, not 455.89 (breaks {B})')
a = ALT(BD, 2, bd_y, '987.16斤', 'yield 981.16 → 987.16')
S.rel('share', I, R(a, sh_bd, bd_y, '987.16斤'), 'altered: 4646.49 × 987.16 = 458.68億斤, not 455.89 (breaks {B})')
a = ALT(BQ, 1, bq_22, '457.3億斤', '2022 output 451.3 → 457.3')
S.rel('sum', I, R(a, sum_bdx, bq_22, '457.3億斤'), 'altered, cross-document: 457.3 + 4.56 = 461.86, not 455.89 (breaks {B})')
a = ALT(HL, 1, hl_22, '1532.6亿斤', '2022 output 1552.6 → 1532.6')
S.rel('sum', I, R(a, sum_hl, hl_22, '1532.6亿斤'), 'altered: 1532.6 + 5.04 = 1537.64, not 1557.64 (breaks {B})')
a = ALT(HL, 2, hl_as, '12.9%', 'share of the national area 12.4% → 12.9%')
S.rel('share', I, R(a, sh_hla, hl_as, '12.9%'), 'altered, cross-document: 22114.65 / 178453 = 12.39%, not 12.9% (breaks {B})')
a = ALT(J3, 1, j3_y, '7486.4公斤', '吉林 yield 7186.4 → 7486.4')
S.rel('share', I, R(a, sh_j3, j3_y, '7486.4公斤'), 'altered: 5825.6 × 7486.4 = 4361.2万吨, not 4186.5 (breaks {B})')
a = ALT(J3, 2, j3_nj, '13708亿斤', 'national output in 亿斤 13908 → 13708')
S.rel('restatement', I, R(a, rs_j3, j3_nj, '13708亿斤'), 'altered: 69541万吨 = 13908亿斤, not 13708 (breaks {B})')
S.rel('share', I, R(a, sh_hl, j3_nj, '13708亿斤'), 'altered, cross-document: 1557.64 / 13708 = 11.36%, not 11.2% (breaks {B})')
S.rel('share', I, R(a, sh_bdn, j3_nj, '13708亿斤'), 'altered, cross-document: 455.89 / 13708 = 3.326%, not 3.28% (breaks {B})')
a = ALT(J2, 1, j2_d, '38.6斤', 'yield increase 36.6 → 38.6')
S.rel('growth', I, R(a, gr_j2, j2_d, '38.6斤'), 'altered: +38.6 on 928.2 is +4.16%, not 3.9% (breaks {B})')
a = ALT(J2, 2, j2_h, '250.3斤', 'lead over the national yield 260.3 → 250.3')
S.rel('sum', I, R(a, sum_j2h, j2_h, '250.3斤'), 'altered: 966.8 − 706.5 = 260.3, not 250.3 (breaks {B})')
a = ALT(J5, 1, j5_y, '960.8斤', 'yield 990.8 → 960.8')
S.rel('share', I, R(a, sh_j5, j5_y, '960.8斤'), 'altered: 8796.9 × 960.8 = 845.2亿斤, not 871.6 (breaks {B})')
a = ALT(YK, 1, yk_p[1], '107.8亿元', 'secondary value added 104.8 → 107.8')
S.rel('sum', I, R(a, sum_yk, yk_p[1], '107.8亿元'), 'altered: 37.4 + 107.8 + 69.8 = 215.0, not 212.0 (breaks {B})')
S.rel('share', I, R(a, sh_yk2, yk_p[1], '107.8亿元'), 'altered: 107.8 / 212.0 = 50.85%, not 49.4 (breaks {B})')
a = ALT(YK, 2, sum_ykr[1], '204 557人', 'township population 204957 → 204557')
S.rel('sum', I, R(a, sum_ykr, sum_ykr[1], '204 557人'), 'altered: 145818 + 204557 = 350375, not 350775 (breaks {B})')
a = ALT(YK, 3, yk_fp[1], '4.58亿元', '地税 4.88 → 4.58')
S.rel('sum', I, R(a, sum_ykf, yk_fp[1], '4.58亿元'), 'altered: 1.75 + 4.58 + 2.54 = 8.87, not 9.17 (breaks {B})')
S.rel('rate', I, R(a, rt_ykf, yk_fp[1], '4.58亿元'), 'altered: 9.17 / (1.75/0.6962 + 4.58/1.1183 + 2.54/0.5925) = −15.7%, not −17.68% (breaks {B})')
a = ALT(YB, 1, yb_p[1], '75.5亿元', 'secondary value added 78.5 → 75.5')
S.rel('sum', I, R(a, sum_yb, yb_p[1], '75.5亿元'), 'altered: 21.8 + 75.5 + 65.4 = 162.7, not 165.7 (breaks {B})')
S.rel('share', I, R(a, sh_yb2, yb_p[1], '75.5亿元'), 'altered: 75.5 / 165.7 = 45.56%, not 47.4 (breaks {B})')
a = ALT(YB, 2, yb_ct, '156704', 'table maize output 150704 → 156704')
S.rel('restatement', I, R(a, rs_ybc, yb_ct, '156704'), 'altered: the table’s 156704吨 is 15.7万吨, not the text’s 15.1万吨 (breaks {B})')
a = ALT(MZ, 1, mz_qe, '298万吨', 'port exports 268 → 298')
S.rel('sum', I, R(a, sum_mzq, mz_qe, '298万吨'), 'altered: 1350 + 298 = 1648, not 1618 (breaks {B})')
S.rel('rate', I, R(a, rt_mzq, mz_qe, '298万吨'), 'altered: 1618 / (1350/0.926 + 298/0.648) = −15.6%, not −13.5% (breaks {B})')
a = ALT(MZ, 2, mz_xe, '252.2亿元', 'customs-district exports 232.2 → 252.2')
S.rel('sum', I, R(a, sum_mzx, mz_xe, '252.2亿元'), 'altered: 319 + 252.2 = 571.2, not 551.2 (breaks {B})')
S.rel('rate', I, R(a, rt_mzx, mz_xe, '252.2亿元'), 'altered: 551.2 / (319/1.356 + 252.2/1.328) = +29.6%, not +34.4% (breaks {B})')
a = ALT(M9, 1, sum_m9s[1], '86907人', 'women 87907 → 86907')
S.rel('sum', I, R(a, sum_m9s, sum_m9s[1], '86907人'), 'altered: 84863 + 86907 = 171770, not 172770 (breaks {B})')
a = ALT(M9, 2, m9_p[1], '34.7亿元', 'secondary value added 37.7 → 34.7')
S.rel('sum', I, R(a, sum_m9, m9_p[1], '34.7亿元'), 'altered: 3.7 + 34.7 + 107.2 = 145.6, not 148.6 (breaks {B})')
a = ALT(LN, 1, ln_t, '3811亿元', 'county GDP total 3611 → 3811')
S.rel('share', I, R(a, sh_ln, ln_t, '3811亿元'), 'altered: 3811 / 44 = 86.6, not “县均规模82亿元” (breaks {B})')
a = ALT(H1, 1, h1_gn[0], '178個', 'district projects 172 → 178')
S.rel('sum', I, R(a, sum_h1n, h1_gn[0], '178個'), 'altered: 178 + 77 + 90 = 345, not 339 (breaks {B})')
a = ALT(H1, 2, h1_r, '92.6%', 'start rate 90.6% → 92.6%')
S.rel('share', I, R(a, sh_h1, h1_r, '92.6%'), 'altered: 307 / 339 = 90.56%, not 92.6% (breaks {B})')
a = ALT(H2, 1, gr_h2[0], '21.7%', 'districts’ growth 20.7% → 21.7%')
S.rel('growth', I, R(a, gr_h2, gr_h2[0], '21.7%'), 'altered: 21.7 − 17.8 = 3.9, not 2.9 points (breaks {B})')
S.rel('growth', I, R(a, gr_h2s, gr_h2[0], '21.7%'), 'altered: 59.9 × 1.178 / 1.217 = 57.98%, so +1.9 points, not 1.5 (breaks {B})')
a = ALT(H2, 2, gr_h2p[3], '16.5个百分点', 'pull of the 亿元 projects 14.5 → 16.5 points')
S.rel('growth', I, R(a, gr_h2p, gr_h2p[3], '16.5个百分点'), 'altered: 81.77% × 17.7% = 14.5 points, not 16.5 (breaks {B})')
a = ALT(PJ, 1, pj_c, '285个', 'continuing projects 265 → 285')
S.rel('sum', I, R(a, sum_pj, pj_c, '285个'), 'altered: 344 + 285 = 629, not 609 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

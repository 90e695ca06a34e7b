"""Check key, set check-heldout138. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout138.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout138'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

YX='yx_2017_hant.txt'; CN='ct_2020.txt'; SH='shh_2024.txt'; JS='js_hant.txt'; ZL='zl_1984.txt'; SJ='sj_1956.txt'
KA='ks_2023n.txt'; KB='ks_2024n.txt'; CA='cs_2022.txt'; CB='cs_2023t.txt'; CC='cs_2023.txt'; SG='sg_2022.txt'
QY='qy_2022.txt'; YH='yh_2022.txt'; ZJ='zjj_2023.txt'; TA='ta_2022h1.txt'; WF='wf_2023_hant.txt'; SD='sd_2023xl.txt'

# ---- 尤溪县 2017 bulletin (traditional)
yx_t = F(YX, '231.4億元'); yx_p = [F(YX, '52.5億元'), F(YX, '99.0億元'), F(YX, '79.9億元')]
yx_s = [F(YX, '22.7', pre='調整為'), F(YX, '42.8'), F(YX, '34.5', pre='42.8∶')]
yx_o = [F(YX, '24.8'), F(YX, '41.7'), F(YX, '33.5')]
yx_d = [F(YX, '2.1個百分點'), F(YX, '1.1個', post='和1.0'), F(YX, '1.0個百分點', pre='和')]
yx_c = [F(YX, '11.9%'), F(YX, '35.1%'), F(YX, '53.0%')]; yx_pl = [F(YX, '0.9個'), F(YX, '2.7個'), F(YX, '4.1個')]
yx_g = F(YX, '7.7%'); yx_r = [F(YX, '3.8%'), F(YX, '6.3%'), F(YX, '12.4%')]
yx_pov = [F(YX, '2030人'), F(YX, '1115人'), F(YX, '3145人')]
sum_yx = yx_p + [yx_t]; sh_yx2 = [yx_p[1], yx_t, yx_s[1]]; sum_yxc = list(yx_c); gr_yx2 = [yx_g, yx_c[1], yx_pl[1]]
S.rel('sum', C, sum_yx, '尤溪 2017: 52.5 + 99.0 + 79.9 = 231.4億元')
S.rel('share', C, [yx_p[0], yx_t, yx_s[0]], 'primary 52.5 / 231.4 = 22.69% → 22.7')
S.rel('share', C, sh_yx2, 'secondary 99.0 / 231.4 = 42.78% → 42.8')
S.rel('share', C, [yx_p[2], yx_t, yx_s[2]], 'tertiary 79.9 / 231.4 = 34.53% → 34.5')
S.rel('growth', C, [yx_o[0], yx_s[0], yx_d[0]], 'primary share 24.8 → 22.7: −2.1 points (下降)')
S.rel('growth', C, [yx_o[1], yx_s[1], yx_d[1]], 'secondary share 41.7 → 42.8: +1.1 points')
S.rel('growth', C, [yx_o[2], yx_s[2], yx_d[2]], 'tertiary share 33.5 → 34.5: +1.0 points')
S.rel('sum', C, sum_yxc, 'contributions 11.9 + 35.1 + 53.0 = 100%')
S.rel('growth', C, yx_pl + [yx_g], 'pulls 0.9 + 2.7 + 4.1 = 7.7 points = GDP growth 7.7%')
S.rel('growth', C, [yx_g, yx_c[0], yx_pl[0]], 'primary pull = 11.9% × 7.7 = 0.92 → 0.9 points')
S.rel('growth', C, gr_yx2, 'secondary pull = 35.1% × 7.7 = 2.70 → 2.7 points')
S.rel('growth', C, [yx_g, yx_c[2], yx_pl[2]], 'tertiary pull = 53.0% × 7.7 = 4.08 → 4.1 points')
S.rel('rate', C, [yx_g] + yx_r + yx_o, 'GDP growth from the sector rates weighted by the stated 2016 structure 24.8:41.7:33.5: 0.248×3.8 + 0.417×6.3 + 0.335×12.4 = 7.72 → 7.7%')
S.rel('sum', C, yx_pov, 'people out of poverty: 2030 (national standard) + 1115 (provincial standard) = 3145')
S.rel('rate', U, [F(YX, '0.5%'), F(YX, '1.4%', n=0)], 'CPI +0.5% with consumer goods flat (持平) and services +1.4%: the goods/services weights are not stated')
S.rel('rate', U, [F(YX, '0.5%'), F(YX, '1.6%'), F(YX, '1.4%', n=1), F(YX, '0.8%'), F(YX, '1.0%', n=0), F(YX, '1.3%'), F(YX, '1.0%', n=1), F(YX, '2.1%'), F(YX, '8.0%')], 'CPI +0.5% from the eight categories: the basket weights are not stated')
S.rel('restatement', U, [F(YX, '1.4%', n=0), F(YX, '1.4%', n=1)], 'services prices +1.4% and clothing +1.4%: the same number for different indices')
S.rel('growth', U, [F(YX, '3224人'), F(YX, '1786人'), F(YX, '0.7%'), F(YX, '6.0%')], 'labour transfer 3224 and training 1786 with their growth rates: the 2016 levels are not stated; nothing to check')
S.rel('share', U, [yx_t, F(YX, '6.4萬元')], 'GDP per head 6.4萬 “按常住人口計算”: the resident population is not stated')
S.rel('growth', U, [F(YX, '2.41%'), F(YX, '0.01個百分點')], 'unemployment 2.41% “比上年下降0.01個百分點”: the 2016 rate is not stated')
S.rel('restatement', U, [yx_d[2], F(YX, '1.0%', n=0)], 'tertiary share +1.0 points and household goods prices +1.0%: the same number for different indicators')
S.rel('sum', U, [F(YX, '3224人'), F(YX, '1612人')], 'rural labour transferred (3224) and new urban jobs (1612, exactly half of it): different categories; the ratio means nothing and nothing is stated about it')

# ---- 长汀县 2020 bulletin
ct_t = F(CN, '309.77亿元'); ct_p = [F(CN, '41.38亿元'), F(CN, '137.15亿元'), F(CN, '131.24亿元')]
ct_s = [F(CN, '13.4%'), F(CN, '44.3%'), F(CN, '42.4%')]; ct_d = F(CN, '5.68‰'); gr_ct = [F(CN, '14.8‰'), ct_d, F(CN, '9.12‰')]
sum_ct = ct_p + [ct_t]; sh_ct2 = [ct_p[1], ct_t, ct_s[1]]; sh_ct3 = [ct_p[2], ct_t, ct_s[2]]
S.rel('sum', C, sum_ct, '长汀 2020: 41.38 + 137.15 + 131.24 = 309.77亿元')
S.rel('share', C, [ct_p[0], ct_t, ct_s[0]], 'primary 41.38 / 309.77 = 13.36% → 13.4%')
S.rel('share', C, sh_ct2, 'secondary 137.15 / 309.77 = 44.27% → 44.3%')
S.rel('share', C, sh_ct3, 'tertiary 131.24 / 309.77 = 42.37% → 42.4%')
S.rel('growth', C, gr_ct, 'natural growth = birth rate 14.8 − death rate 5.68 = 9.12‰')
S.rel('share', U, [F(CN, '8101人'), F(CN, '54.76万人'), F(CN, '14.8‰')], 'births 8101 over the year-end 总人口 54.76万 give 14.79‰, but the rate uses the average population, which is not stated (and 总人口 may be 户籍, not 常住)')
S.rel('share', U, [F(CN, '3110人'), F(CN, '54.76万人'), ct_d], 'deaths 3110 over 54.76万 give 5.68‰: the base behind the rate is not stated (same reason)')
S.rel('sum', U, [F(CN, '25.12亿元'), F(CN, '8.76亿元'), F(CN, '36.17亿元'), F(CN, '2.08亿元'), F(CN, '73.70亿元')], 'farming, forestry, animal husbandry and fishery add to 72.13 of 73.70: the service activities are not listed; not a split')
S.rel('sum', U, [F(CN, '9.80亿元'), F(CN, '14.71亿元')], 'local general budget revenue 9.80 is a part of 公共财政总收入 14.71 (“其中”); the rest is not stated')
S.rel('sum', U, [F(CN, '3.04亿元'), F(CN, '8.97亿元'), F(CN, '5.61亿元'), F(CN, '1.49亿元'), F(CN, '39.11亿元')], 'four spending items (19.11) of the budget spending 39.11: a selection, not a split')
S.rel('growth', U, [F(CN, '3.8%'), F(CN, '1.1个百分点')], 'unemployment 3.8% “比上年末提高1.1个百分点”: the 2019 rate is not stated')
S.rel('restatement', U, [F(CN, '4.9%', n=0), F(CN, '4.9%', n=1)], 'GDP +4.9% and tertiary +4.9%: the same number for different indicators')
S.rel('restatement', U, [F(CN, '3.1%', n=0), F(CN, '3.1%', n=1)], 'primary value added +3.1% and gross output of farming etc. +3.1%: value added is not gross output')
S.rel('sum', U, [F(CN, '15.24万吨'), F(CN, '17.12万吨')], 'rice 15.24 is a part of grain 17.12 (“其中”); the other grains are not stated')
S.rel('growth', U, [F(CN, '38.17万亩'), F(CN, '2.2%'), F(CN, '32.6万亩'), F(CN, '0.55万亩')], 'grain area +2.2% with the rice area +0.55万亩: the other grain areas are not stated; nothing to rebuild')

# ---- 上杭县 2024 bulletin
sh_t = F(SH, '556.8亿元'); sh_p = [F(SH, '60.9亿元'), F(SH, '218.3亿元'), F(SH, '277.6亿元')]
sh_aq = [F(SH, '8618吨'), F(SH, '1204吨'), F(SH, '9822吨')]
sum_sh = sh_p + [sh_t]; sh_sh3 = [sh_p[2], sh_t, F(SH, '49.9%')]
sum_shq = list(sh_aq); rt_shq = [F(SH, '4.53%'), sh_aq[0], F(SH, '4.25%'), sh_aq[1], F(SH, '6.64%')]
S.rel('sum', C, sum_sh, '上杭 2024: 60.9 + 218.3 + 277.6 = 556.8亿元')
sh_sh1 = [sh_p[0], sh_t, F(SH, '10.9%')]
S.rel('share', C, sh_sh1, 'primary 60.9 / 556.8 = 10.94% → 10.9%')
S.rel('share', C, [sh_p[1], sh_t, F(SH, '39.2%')], 'secondary 218.3 / 556.8 = 39.21% → 39.2%')
S.rel('share', C, sh_sh3, 'tertiary 277.6 / 556.8 = 49.86% → 49.9%')
S.rel('sum', C, [F(SH, '35.37亿元'), F(SH, '9.72亿元'), F(SH, '54.35亿元'), F(SH, '2.03亿元'), F(SH, '1.48 亿元'), F(SH, '102.96亿元')], 'gross output: 35.37 + 9.72 + 54.35 + 2.03 + 1.48 = 102.95, within the half units of 102.96亿元')
S.rel('sum', C, sum_shq, 'aquatic products: farmed 8618 + river catch 1204 = 9822吨')
S.rel('rate', C, rt_shq, 'aquatic growth rebuilt from the parts: 9822 / (8618/1.0425 + 1204/1.0664) = +4.54% (4.53–4.54 with the half units) → 4.53%')
S.rel('sum', C, [F(SH, '16.8万吨'), F(SH, '6440吨'), F(SH, '351.56吨'), F(SH, '17.47万吨')], 'meat 16.8万 + eggs 6440吨 + milk 351.56吨 = 17.48万 (17.43–17.53 with the half unit of 16.8) → 17.47万吨')
S.rel('rate', U, [F(SH, '2.6%', n=1), F(SH, '3.2%'), F(SH, '4.1 %'), F(SH, '1.69%'), F(SH, '4.51%'), F(SH, '2.6%', n=2)], 'gross output +2.6% from the branches’ rates: deflating current-price 2024 values gives 2.5%, but the rates are at comparable prices and the 2023 values at those prices are not stated; nothing to rebuild')
S.rel('sum', U, [F(SH, '6.18万吨'), F(SH, '1927.79吨'), F(SH, '876.21吨'), F(SH, '9.2万吨'), F(SH, '16.8万吨')], 'pork, beef, mutton and poultry add to 15.66 of the meat 16.8万吨: other meats (rabbit etc.) are not listed; not a split')
S.rel('sum', U, [F(SH, '14.88万吨'), F(SH, '16.11万吨')], 'rice 14.88 is a part of grain 16.11 (“其中”); the rest is not stated')
S.rel('growth', U, [F(SH, '151522元'), F(SH, '6.2%'), F(SH, '5.3%')], 'GDP per head +6.2% vs GDP +5.3%: the population change behind the gap is not stated')
S.rel('restatement', U, [F(SH, '2.6%', n=0), F(SH, '2.6%', n=1)], 'primary value added +2.6% and gross output of farming etc. +2.6%: value added is not gross output')

# ---- 金山区 (上海), year masked as 20* (traditional)
js_t = F(JS, '305.6億元'); js_p = [F(JS, '9.2億元'), F(JS, '196.9億元'), F(JS, '99.5億元')]
js_n = [F(JS, '20.1%'), F(JS, '8.2%'), F(JS, '18.8%'), F(JS, '24.1%')]; js_q = [F(JS, '18.2%'), F(JS, '1.0%'), F(JS, '17.4%'), F(JS, '21.7%')]
js_f = [F(JS, '39.8億元'), F(JS, '12.7億元'), F(JS, '22.8億元'), F(JS, '75.3億元')]
js_fr = [F(JS, '13.0%'), F(JS, '18.6%'), F(JS, '11.1%'), F(JS, '5.5%')]; js_c2 = F(JS, '60.9%')
sum_js = js_p + [js_t]; sh_js2 = [js_p[1], js_t, F(JS, '64.4%')]
rt_jsn = [js_t, js_n[0]] + js_p + js_n[1:]
rt_jsq = [js_q[0]] + js_p + js_n[1:] + js_q[1:]
sum_jsf = list(js_f); rt_jsf = [js_fr[0]] + js_f[:3] + js_fr[1:]; gr_js2 = [js_q[0], js_c2, F(JS, '11.1個百分點')]
S.rel('sum', C, sum_js, '金山: 9.2 + 196.9 + 99.5 = 305.6億元')
S.rel('share', C, [js_p[0], js_t, F(JS, '3.0%')], 'primary 9.2 / 305.6 = 3.01% → 3.0%')
S.rel('share', C, sh_js2, 'secondary 196.9 / 305.6 = 64.43% → 64.4%')
S.rel('share', C, [js_p[2], js_t, F(JS, '32.6%')], 'tertiary 99.5 / 305.6 = 32.56% → 32.6%')
S.rel('rate', C, rt_jsn, 'nominal GDP growth from the sectors’ nominal rates (previous levels = level / (1 + rate)): 305.6 / (9.2/1.082 + 196.9/1.188 + 99.5/1.241) = +20.1%')
S.rel('rate', C, rt_jsq, 'real GDP growth from the sectors’ comparable rates weighted by the previous-year values (level / (1 + nominal rate)): +18.2% (18.15–18.26)')
S.rel('sum', C, sum_jsf, 'fiscal revenue: central 39.8 + city 12.7 + district 22.8 = 75.3億元')
S.rel('rate', C, rt_jsf, 'fiscal growth rebuilt from the parts: 75.3 / (39.8/1.186 + 12.7/1.111 + 22.8/1.055) = +13.06% → 13.0% (13.00–13.12 with the half units)')
S.rel('growth', C, gr_js2, 'secondary pull = contribution 60.9% × comparable growth 18.2 = 11.08 → 11.1 points')
S.rel('growth', C, [js_q[0], F(JS, '37.8%'), F(JS, '6.9個百分點')], 'tertiary pull = 37.8% × 18.2 = 6.88 → 6.9 points')
S.rel('growth', U, [js_n[0], js_c2, F(JS, '11.1個百分點')], 'the pull is contribution × the comparable-price growth (18.2%), not × the nominal 20.1% (which would give 12.2): nominal vs real')
S.rel('sum', U, [F(JS, '184.5億元'), js_p[1]], 'industry 184.5 is a part of the secondary sector 196.9 (“其中”); construction is not stated')
S.rel('growth', U, [F(JS, '1031.4億元'), F(JS, '23.5%')], 'gross industrial and agricultural output 1031.4億 +23.5%: the previous level is not stated; nothing to check (and gross output is not GDP)')
S.rel('sum', U, [js_c2, F(JS, '37.8%')], 'contributions 60.9 + 37.8 = 98.7%: the primary sector’s contribution is not stated; not a complete split')
S.rel('restatement', U, [js_fr[2], F(JS, '11.1個百分點')], 'city fiscal revenue +11.1% and the secondary pull 11.1 points: the same number for different indicators')

# ---- 柘林乡 (奉贤, 上海) 1983-1984
zl_i = F(ZL, '2369.24万元'); zl_w = F(ZL, '4763人'); zl_s = F(ZL, '45.30万元')
sh_zli = [zl_i, F(ZL, '2979.24万元'), F(ZL, '79.52%')]; sh_zlw = [zl_w, F(ZL, '8455人'), F(ZL, '56.34%')]; sh_zlx = [F(ZL, '1040万元'), zl_s, F(ZL, '22.96倍')]
sh_zlp = [F(ZL, '1738万元'), F(ZL, '14431人'), F(ZL, '1204元')]
S.rel('sum', C, [F(ZL, '20.48%'), F(ZL, '79.52%')], '柘林 1984: agriculture 20.48% + industry 79.52% of 工农业总产值 = 100%')
S.rel('share', C, sh_zli, 'industry 2369.24 / 工农业总产值 2979.24 = 79.525% → 79.52 (at the edge of the half unit)')
S.rel('share', C, sh_zlp, 'GNP per head: 1738万 / 14431 = 1204.4 → 1204元')
S.rel('share', C, sh_zlw, 'workers in industry 4763 / labour force 8455 = 56.33%; with the half units 56.32–56.34, so 56.34 fits at the edge')
S.rel('share', C, sh_zlx, '1983: industrial output 1040万 = 22.96 × salt output 45.30万 (1040 / 45.30 = 22.958)')
S.rel('share', C, [F(ZL, '111750公斤'), F(ZL, '2400亩'), F(ZL, '46.55公斤')], '1983 shrimp yield 111750 kg / 2400亩 = 46.56; with the half units 46.553–46.573, so 46.55 fits at the edge')
S.rel('share', U, [F(ZL, '1738万元'), F(ZL, '8455人'), F(ZL, '2230元')], '劳均产值 2230: GNP / labour force gives 2056 and 工农业总产值 / labour force gives 3524; which output and which (average?) labour count the entry uses is not stated')
S.rel('growth', U, [F(ZL, '1040万元'), zl_i], 'industrial output 1040万 (1983) and 2369.24万 (1984): no rate is stated (the 1984 township was newly formed from other units); nothing to check')
S.rel('share', U, [F(ZL, '10万公斤'), F(ZL, '111750公斤')], 'exports 10万 kg of the 111750 kg catch: no share is stated; nothing to check')
S.rel('growth', U, [F(ZL, '221.26万元'), F(ZL, '342.89万元')], 'profit 221.26万 (1983) and 342.89万 (1984): no rate is stated; nothing to check')
S.rel('share', U, [F(ZL, '153.60万元'), F(ZL, '12.2万元')], 'shrimp revenue 153.60万 and net profit 12.2万: no margin is stated; nothing to check')

# ---- 松江地区 1956 (People's Daily)
sum_sj = [F(SJ, '二万元'), F(SJ, '八千元', pre='尚缺'), F(SJ, '二万八千元')]
S.rel('sum', C, sum_sj, '黄浦一社: income left 二万元 + shortfall 八千元 = grain tax due 二万八千元')
S.rel('share', U, [F(SJ, '60%—70%'), F(SJ, '90%以上')], '60–70% of the co-operatives will not get 90% of their members a higher income: shares of different bases (co-ops vs members)')
S.rel('share', U, [F(SJ, '50%的社员'), F(SJ, '60%—70%')], 'one co-op with 50% of members overspent vs the 60–70% of co-ops: other units; no relation')

# ---- 昆山 2023 (news) and 昆山 2024 (news)
ka_t = F(KA, '5140.60亿元'); ka_p = [F(KA, '30.84亿元'), F(KA, '2633.92亿元'), F(KA, '2475.84亿元')]
ka_x = F(KA, '7610.6亿元'); sum_ka = ka_p + [ka_t]; sh_ka2 = [ka_p[1], ka_t, F(KA, '51.2')]
rs_kax = [F(KA, '7000亿元'), ka_x]; kb_g = F(KB, '10.3%'); rs_kbg = [F(KA, '10.3%'), kb_g]
S.rel('sum', C, sum_ka, '昆山 2023: 30.84 + 2633.92 + 2475.84 = 5140.60亿元')
S.rel('share', C, [ka_p[0], ka_t, F(KA, '0.6', post=':51.2')], 'primary 30.84 / 5140.60 = 0.60%')
S.rel('share', C, sh_ka2, 'secondary 2633.92 / 5140.60 = 51.24% → 51.2')
S.rel('share', C, [ka_p[2], ka_t, F(KA, '48.2')], 'tertiary 2475.84 / 5140.60 = 48.16% → 48.2')
S.rel('restatement', C, rs_kax, 'foreign trade 7610.6亿 fits “首次突破7000亿元” (a lower bound)')
S.rel('restatement', C, [F(KA, '5000亿', pre='跨上'), F(KA, '5006亿元')], '2022 GDP 5006亿 fits “跨上5000亿台阶” (a lower bound)')
S.rel('sum', C, [ka_t, F(KA, '1000亿元'), F(KA, '6000亿元')], 'the three-year goal is internally consistent: 5140.60 + 新增1000 = 6140.6, which “迈上6000亿元”')
S.rel('target', M, [F(KA, '16.6亿美元'), F(KA, '151%')], 'utilised foreign capital 16.6亿美元 = 151% of the 2023 target; the year is over: met')
S.rel('growth', U, [F(KA, '5006亿元'), ka_t, F(KA, '5.0%')], '5006 → 5140.60 is +2.7% at current prices against the stated +5.0% at comparable prices: nominal vs real, no contradiction')
S.rel('growth', U, [F(KA, '48.2'), F(KA, '1.0个百分点')], 'tertiary share 48.2 “较上年提升1.0个百分点”: the 2022 tertiary value added is not stated')
S.rel('share', U, [ka_x, F(KA, '1/7')], 'foreign trade 7610.6亿 = 1/7 of the province: the province’s total is not stated')
S.rel('restatement', C, [F(KA, '5.0%'), F(KB, '5%')], 'cross-document: 2023 GDP growth +5.0% (news) restated as “实现5%的增长”')
S.rel('restatement', C, rs_kbg, 'cross-document: foreign trade +10.3% in both reports')
S.rel('restatement', C, [F(KA, '1/7'), F(KB, '1/7')], 'cross-document: share of the province 1/7 in both reports')
S.rel('restatement', C, [F(KB, '5000亿元'), ka_t], 'cross-document: 2023 GDP 5140.60 fits “在突破5000亿元的基础上” (a lower bound)')
S.rel('sum', C, [F(KB, '11433亿元'), F(KA, '2000亿元'), F(KA, '1.3万亿元')], 'cross-document: 2023 industrial output 11433亿 + 新增2000亿 = 13433, which is “超1.3万亿元”: the goal is consistent with the level')
S.rel('restatement', U, [F(KA, '1/7'), F(KB, '14.1%')], '2023 share of the province 1/7 (14.3%) vs Jan–Feb 2024 share 14.1%: other periods')
S.rel('growth', U, [F(KB, '1197.2亿元'), F(KB, '16.9%')], 'Jan–Feb 2024 trade 1197.2亿 +16.9%: the 2023 Jan–Feb level is not stated; nothing to check')
S.rel('target', U, [F(KA, '4000家'), F(KB, '3000家')], 'cross-document: the three-year goal of 4000 high-tech firms (2024–2026) against the 2023 count “突破3000家”: other period')

# ---- 常熟 2022 report, 2023 targets news, 2023 report
ca_g = F(CA, '2780亿元'); ca_b = F(CA, '250.4亿元'); cb_b = F(CB, '250.4亿元'); cc_b = F(CC, '7.9%')
rs_csb = [ca_b, cb_b]; tg_csb = [F(CB, '6%', pre='一般公共预算收入增长'), cc_b]
rs_csg = [ca_g, F(CB, '2780亿元')]
S.rel('restatement', C, rs_csg, 'cross-document: 常熟 2022 GDP 2780亿 in the report and in the news')
S.rel('restatement', C, [F(CA, '2%以上'), F(CB, '2%以上')], 'cross-document: 2022 GDP growth “2%以上” in both')
S.rel('restatement', C, rs_csb, 'cross-document: 2022 general budget revenue (同口径) 250.4亿 in both')
S.rel('restatement', C, [F(CA, '4.4%'), F(CB, '4.4%')], 'cross-document: its growth 4.4% in both')
S.rel('target', MS, [F(CB, '5%以上'), F(CC, '4%', pre='增长')], 'cross-document: 2023 target GDP “增长5%以上” (2023 news) against the 2023 result +4% (2024 report): missed')
S.rel('target', M, tg_csb, 'cross-document: 2023 target budget revenue +6% against the result +7.9%: met')
S.rel('target', MS, [F(CB, '700亿元以上'), F(CC, '625亿元')], 'cross-document: 2023 target fixed investment “700亿元以上” against 625亿: missed')
S.rel('target', CT, [F(CB, '6%以上'), F(CC, '4732亿元')], 'cross-document: 2023 target industrial output “增长6%以上” against the level 4732亿: the 2022 level and the rate are not stated; cannot tell')
S.rel('growth', U, [ca_b, F(CC, '237.4亿元'), cc_b], 'cross-document: 250.4 (2022, 同口径) → 237.4 would be −5.2%, but the 2023 report says +7.9% (on a base of 220): the 2022 figure is on another scope (同口径); not comparable')
S.rel('growth', U, [ca_g, F(CC, '2870亿元'), F(CC, '4%', pre='增长')], 'cross-document: 2780 → 2870 is +3.2% at current prices against +4% at comparable prices (and both are 预计): nominal vs real')
S.rel('growth', U, [F(CC, '51%'), F(CC, '1个')], 'share of strategic emerging industries 51% “提高1个百分点”: the 2022 share is not stated')
S.rel('growth', U, [F(CC, '45%'), F(CC, '2.8个')], 'share of high-tech industries 45% “提高2.8个百分点”: the 2022 share is not stated')
S.rel('target', U, [F(CB, '5%以上'), F(KA, '5.0%')], 'cross-document: 常熟’s 2023 GDP target against 昆山’s 2023 growth +5.0%: other place')
S.rel('growth', U, [F(CA, '715亿元'), F(CA, '1.5%'), F(CC, '625亿元')], 'cross-document: fixed investment 715亿 (2022) and 625亿 (2023) with no 2023 rate: the 2023 report states none; nothing to check')

# ---- 寿光 2022 (plan execution in the 2023 plan)
S.rel('restatement', C, [F(SG, '千亿元'), F(SG, '1002.1亿元')], '寿光 2022 GDP 1002.1亿 fits “首次突破千亿元大关” (a lower bound)')
S.rel('target', M, [F(SG, '58个'), F(SG, '180亿元')], '58 key projects invested 180亿 “超额完成年度计划”: the year 2022 is over and the text says the plan was exceeded: met (the plan figure is not stated)')
S.rel('sum', U, [F(SG, '34个'), F(SG, '58个')], '34 projects on the provincial/city lists and 58 key projects: overlapping lists, not parts of one total')
S.rel('sum', U, [F(SG, '17家'), F(SG, '52家')], 'champion firms 52, of which 17 at provincial level or above: a subset; the rest is not a stated part')
S.rel('share', U, [F(SG, '180亿元'), F(SG, '22.7%')], 'key-project investment 180亿 and fixed investment +22.7%: the total fixed investment is not stated')
S.rel('sum', U, [F(SG, '16个'), F(SG, '58个')], '16 projects completed: not stated to be among the 58, nor a split of them')

# ---- 庆元 2022 (yearbook)
S.rel('restatement', U, [F(QY, '5.9%'), F(QY, '5.9亿元')], '庆元: GDP +5.9% and budget revenue 5.9亿: the same number for different indicators')
S.rel('sum', U, [F(QY, '5.9亿元'), F(QY, '8.6亿元')], 'general budget revenue 5.9 is a part of 财政总收入 8.6 (“其中”); the rest is not stated')
S.rel('share', U, [F(QY, '8.3亿元'), F(QY, '92.7亿元')], 'value added of farming etc. 8.3 against GDP 92.7 (9.0%): no share is stated; nothing to check')
S.rel('share', U, [F(QY, '49433元'), F(QY, '23759元')], 'urban 49433 and rural 23759 income per head (ratio 2.08): no ratio is stated; nothing to check')

# ---- 云和 农业农村局 2022
S.rel('share', U, [F(YH, '21分'), F(YH, '21%')], '7 indicators worth 21 points “占比21%”: the total score is not stated (100 is implied, not given)')
S.rel('growth', U, [F(YH, '2.026'), F(YH, '0.055')], 'income ratio 2.026 “缩小幅度0.055”: the 2021 ratio is not stated')
S.rel('sum', U, [F(YH, '4744.99万元'), F(YH, '3556.49万元')], 'collective income of 88 villages/communities (4744.99) and of the 71 administrative villages (3556.49): overlapping scopes, the 71 are within the 88')
S.rel('sum', U, [F(YH, '3163.89万元'), F(YH, '4744.99万元')], 'operating income 3163.89 is a part of the collective income 4744.99; the rest is not stated')
S.rel('share', U, [F(YH, '43684元'), F(YH, '26078元')], 'all residents 43684 vs rural 26078: the urban income and the population shares are not stated')

# ---- 朱家尖街道 2023
S.rel('growth', U, [F(ZJ, '91.32万人'), F(ZJ, '54.76%')], 'visitors 91.32万 “较去年增加54.76%”: the 2022 figure is not stated; nothing to check')
S.rel('share', U, [F(ZJ, '7470.25万元'), F(ZJ, '91.32万人')], 'tourism revenue 7470.25万 over 91.32万 visitors (81.8元 a head): no per-head figure is stated; nothing to check')
S.rel('sum', U, [F(ZJ, '3.3亿元'), F(ZJ, '0.83亿元'), F(ZJ, '2.9亿元'), F(ZJ, '0.31亿元')], 'above-quota lodging, catering, wholesale and retail turnover: no total is stated, and wholesale sales are not retail; not a split')
S.rel('target', CT, [F(ZJ, '82%')], 'road upgrade “完成工程量82%” at the end of 2023: the project’s schedule is not stated; cannot tell')

# ---- 泰安高新区 H1 2022
ta_n = F(TA, '11个'); sh_ta = [F(TA, '22个'), ta_n, F(TA, '50%')]
S.rel('share', C, sh_ta, '泰安高新区: 11 of 22 industry groups grew: 11 / 22 = 50% (增长面)')
S.rel('growth', U, [F(TA, '4.4%'), F(TA, '0.8个')], 'GDP +4.4% “高于全市平均0.8个百分点”: the city average (3.6%) is not stated')
S.rel('growth', U, [F(TA, '40.7%'), F(TA, '0.71个')], 'industry share 40.7% “同比提高0.71个百分点”: the H1 2021 share is not stated')
S.rel('rate', U, [F(TA, '12.6%'), F(TA, '13.5%'), F(TA, '3.7%')], 'above-scale industry +12.6% from manufacturing +13.5% and utilities +3.7%: the weights are not stated (and mining is not listed)')
S.rel('share', U, [F(TA, '208.2亿元'), F(TA, '222.8亿元')], 'gross output 208.2 and operating revenue 222.8: different indicators; revenue above output is no contradiction')
S.rel('growth', U, [F(TA, '12.6%'), F(TA, '4个'), F(TA, '11.5%'), F(TA, '7个')], 'above-scale +12.6% (4 points above the city) and below-scale +11.5% (7 points above): the city averages are not stated; nothing to check')

# ---- 潍坊 2023 grain (traditional)
wf_p = [F(WF, '42.6億斤'), F(WF, '46.74億斤'), F(WF, '89.33億斤')]; wf_i = [F(WF, '0.39億斤'), F(WF, '1.55億斤'), F(WF, '1.94億斤')]
wf_a = [F(WF, '495.64萬畝'), F(WF, '534.83萬畝'), F(WF, '1030.46萬畝')]; wf_ai = [F(WF, '0.46萬畝'), F(WF, '0.81萬畝'), F(WF, '1.27萬畝')]
wf_y = [F(WF, '429.71公斤'), F(WF, '436.92公斤'), F(WF, '433.46公斤')]; wf_yi = [F(WF, '3.53公斤'), F(WF, '13.89公斤'), F(WF, '8.91公斤')]
wf_pg = [F(WF, '0.92%'), F(WF, '3.44%'), F(WF, '2.22%', n=1)]; wf_ag = [F(WF, '0.09%'), F(WF, '0.15%'), F(WF, '0.12%', n=1)]
wf_yg = [F(WF, '0.83%'), F(WF, '3.28%'), F(WF, '2.1%', n=1)]
sum_wfp = list(wf_p); sum_wfa = list(wf_ai); gr_wfa1 = [wf_a[0], wf_ai[0], wf_ag[0]]; gr_wfp2 = [wf_p[1], wf_i[1], wf_pg[1]]
sh_wfy2 = [wf_p[1], wf_a[1], wf_y[1]]; gr_wfy = [wf_y[2], wf_yi[2], wf_yg[2]]
S.rel('sum', C, sum_wfp, '潍坊 2023: summer 42.6 + autumn 46.74 = 89.34, within the half units of 89.33億斤')
S.rel('sum', C, list(wf_i), 'increases: 0.39 + 1.55 = 1.94億斤')
S.rel('sum', C, list(wf_a), 'area: 495.64 + 534.83 = 1030.47, within the half units of 1030.46萬畝')
S.rel('sum', C, sum_wfa, 'area increases: 0.46 + 0.81 = 1.27萬畝')
S.rel('growth', C, [wf_p[2], wf_i[2], wf_pg[2]], 'grain 89.33, +1.94: 1.94 / 87.39 = 2.22%')
S.rel('growth', C, [wf_p[0], wf_i[0], wf_pg[0]], 'summer 42.6, +0.39: 0.39 / 42.21 = 0.92%')
S.rel('growth', C, gr_wfp2, 'autumn 46.74, +1.55: 1.55 / 45.19 = 3.43%; with the half units 3.418–3.442, so 3.44 fits at the edge')
S.rel('growth', C, [wf_a[2], wf_ai[2], wf_ag[2]], 'area 1030.46, +1.27: 1.27 / 1029.19 = 0.12%')
S.rel('growth', C, gr_wfa1, 'summer area 495.64, +0.46: 0.46 / 495.18 = 0.09%')
S.rel('growth', C, [wf_a[1], wf_ai[1], wf_ag[1]], 'autumn area 534.83, +0.81: 0.81 / 534.02 = 0.15%')
S.rel('share', C, [wf_p[2], wf_a[2], wf_y[2]], 'yield = 89.33億斤 / 1030.46萬畝 = 866.9斤 = 433.45 kg a mu → 433.46 (433.42–433.47 with the half units)')
S.rel('share', C, [wf_p[0], wf_a[0], wf_y[0]], 'summer yield = 42.6億斤 / 495.64萬畝 / 2 = 429.75 kg (429.24–430.26 with the half unit of 42.6) → 429.71')
S.rel('share', C, sh_wfy2, 'autumn yield = 46.74億斤 / 534.83萬畝 / 2 = 436.96 kg (436.91–437.01) → 436.92')
S.rel('growth', C, gr_wfy, 'yield 433.46, +8.91: 8.91 / 424.55 = 2.10%')
S.rel('growth', C, [wf_y[0], wf_yi[0], wf_yg[0]], 'summer yield 429.71, +3.53: 3.53 / 426.18 = 0.83%')
S.rel('growth', C, [wf_y[1], wf_yi[1], wf_yg[1]], 'autumn yield 436.92, +13.89: 13.89 / 423.03 = 3.28%')
S.rel('rate', C, [wf_pg[2], wf_ag[2], wf_yg[2]], 'output growth = (1 + area growth)(1 + yield growth) − 1 = 1.0012 × 1.021 − 1 = 2.22%')
S.rel('restatement', C, [F(WF, '2.22%', n=0), wf_pg[2]], 'the lead’s “總產…增長2.22%” restates the body')
S.rel('restatement', C, [F(WF, '0.12%', n=0), wf_ag[2]], 'the lead’s area +0.12% restates the body')
S.rel('restatement', C, [F(WF, '2.1%', n=0), wf_yg[2]], 'the lead’s yield +2.1% restates the body')
S.rel('sum', U, list(wf_yi), 'yield increases do not add: summer +3.53 and autumn +13.89 against the whole +8.91 kg are increases of averages (the whole is an area-weighted mean); not a split')

# ---- 山东 2023 summer grain
sd_a = F(SD, '6014.85万亩'); sd_y = F(SD, '444.6公斤'); sd_p = F(SD, '534.8亿斤', n=2); sd_pi = F(SD, '6.5亿斤')
gr_sdp = [sd_p, sd_pi, F(SD, '1.2%', n=1)]; gr_sdy = [sd_y, F(SD, '4.83公斤'), F(SD, '1.1%')]; sh_sdy = [sd_p, sd_a, sd_y]
S.rel('growth', C, [sd_a, F(SD, '7.8万亩'), F(SD, '0.1%')], '山东 summer grain area 6014.85, +7.8: 7.8 / 6007.05 = 0.13% → 0.1%')
S.rel('growth', C, gr_sdy, 'yield 444.6, +4.83: 4.83 / 439.77 = 1.10% → 1.1%')
S.rel('growth', C, gr_sdp, 'output 534.8, +6.5: 6.5 / 528.3 = 1.23% → 1.2%')
S.rel('share', C, sh_sdy, 'yield = 534.8亿斤 / 6014.85万亩 / 2 = 444.57 kg → 444.6')
S.rel('restatement', C, [F(SD, '534.8亿斤', n=0), sd_p], 'headline 534.8亿斤 restates the body')
S.rel('restatement', C, [F(SD, '1.2%', n=0), F(SD, '1.2%', n=1)], 'sub-headline “同比增长1.2%” restates the body')
S.rel('share', U, [sd_a, F(SD, '15.1%')], 'area = 15.1% of the national summer grain area: the national area is not stated')
S.rel('share', U, [sd_p, F(SD, '18.3%')], 'output = 18.3% of the national summer grain: the national output is not stated')
S.rel('growth', U, [sd_y, F(SD, '21%')], 'yield “比全国平均单产高21%”: the national yield is not stated')
S.rel('share', U, [wf_p[0], sd_p], 'cross-document: 潍坊 summer grain 42.6億斤 against 山东 534.8亿斤 (8.0%): no share is stated; nothing to check')
S.rel('growth', U, [wf_y[0], sd_y], 'cross-document: 潍坊 summer yield 429.71 vs 山东 444.6: other place; no relation stated')
S.rel('restatement', U, [F(SD, '1.1%'), F(CN, '1.1个百分点')], 'cross-document: 山东 yield +1.1% and 长汀 unemployment +1.1 points: other place, year and indicator')

# ---- altered copies
a = ALT(YX, 1, yx_p[1], '96.0億元', 'secondary value added 99.0 → 96.0')
S.rel('sum', I, R(a, sum_yx, yx_p[1], '96.0億元'), 'altered: 52.5 + 96.0 + 79.9 = 228.4, not 231.4 (breaks {B})')
S.rel('share', I, R(a, sh_yx2, yx_p[1], '96.0億元'), 'altered: 96.0 / 231.4 = 41.49%, not 42.8 (breaks {B})')
a = ALT(YX, 2, yx_c[1], '38.1%', 'secondary contribution 35.1% → 38.1%')
S.rel('sum', I, R(a, sum_yxc, yx_c[1], '38.1%'), 'altered: 11.9 + 38.1 + 53.0 = 103%, not 100 (breaks {B})')
S.rel('growth', I, R(a, gr_yx2, yx_c[1], '38.1%'), 'altered: 38.1% × 7.7 = 2.93 points, not 2.7 (breaks {B})')
a = ALT(YX, 3, yx_pov[0], '2080人', 'national-standard poor 2030 → 2080')
S.rel('sum', I, R(a, yx_pov, yx_pov[0], '2080人'), 'altered: 2080 + 1115 = 3195, not 3145 (breaks {B})')
a = ALT(CN, 1, ct_p[1], '131.15亿元', 'secondary value added 137.15 → 131.15')
S.rel('sum', I, R(a, sum_ct, ct_p[1], '131.15亿元'), 'altered: 41.38 + 131.15 + 131.24 = 303.77, not 309.77 (breaks {B})')
S.rel('share', I, R(a, sh_ct2, ct_p[1], '131.15亿元'), 'altered: 131.15 / 309.77 = 42.34%, not 44.3% (breaks {B})')
a = ALT(CN, 2, ct_d, '5.18‰', 'death rate 5.68‰ → 5.18‰')
S.rel('growth', I, R(a, gr_ct, ct_d, '5.18‰'), 'altered: 14.8 − 5.18 = 9.62‰, not 9.12 (breaks {B})')
a = ALT(CN, 3, ct_s[2], '43.4%', 'tertiary share 42.4% → 43.4%')
S.rel('share', I, R(a, sh_ct3, ct_s[2], '43.4%'), 'altered: 131.24 / 309.77 = 42.37%, not 43.4% (breaks {B})')
a = ALT(SH, 3, sh_sh1[2], '11.9%', 'primary share 10.9% → 11.9%')
S.rel('share', I, R(a, sh_sh1, sh_sh1[2], '11.9%'), 'altered: 60.9 / 556.8 = 10.94%, not 11.9% (breaks {B})')
a = ALT(CA, 1, ca_g, '2730亿元', '2022 GDP in the report 2780 → 2730')
S.rel('restatement', I, R(a, rs_csg, ca_g, '2730亿元'), 'altered, cross-document: report 2730亿 vs news 2780亿 for 2022 GDP (breaks {B})')
a = ALT(SH, 1, sh_p[2], '271.6亿元', 'tertiary value added 277.6 → 271.6')
S.rel('sum', I, R(a, sum_sh, sh_p[2], '271.6亿元'), 'altered: 60.9 + 218.3 + 271.6 = 550.8, not 556.8 (breaks {B})')
S.rel('share', I, R(a, sh_sh3, sh_p[2], '271.6亿元'), 'altered: 271.6 / 556.8 = 48.78%, not 49.9% (breaks {B})')
a = ALT(SH, 2, sh_aq[1], '1284吨', 'river catch 1204 → 1284')
S.rel('sum', I, R(a, sum_shq, sh_aq[1], '1284吨'), 'altered: 8618 + 1284 = 9902, not 9822 (breaks {B})')
S.rel('rate', I, R(a, rt_shq, sh_aq[1], '1284吨'), 'altered: 9822 / (8618/1.0425 + 1284/1.0664) = +3.71%, not 4.53% (breaks {B})')
a = ALT(JS, 1, js_p[1], '199.9億元', 'secondary value added 196.9 → 199.9')
S.rel('sum', I, R(a, sum_js, js_p[1], '199.9億元'), 'altered: 9.2 + 199.9 + 99.5 = 308.6, not 305.6 (breaks {B})')
S.rel('share', I, R(a, sh_js2, js_p[1], '199.9億元'), 'altered: 199.9 / 305.6 = 65.41%, not 64.4% (breaks {B})')
a = ALT(JS, 2, js_f[2], '27.8億元', 'district fiscal revenue 22.8 → 27.8')
S.rel('sum', I, R(a, sum_jsf, js_f[2], '27.8億元'), 'altered: 39.8 + 12.7 + 27.8 = 80.3, not 75.3 (breaks {B})')
S.rel('rate', I, R(a, rt_jsf, js_f[2], '27.8億元'), 'altered: 75.3 / (39.8/1.186 + 12.7/1.111 + 27.8/1.055) = +5.6%, not 13.0% (breaks {B})')
a = ALT(JS, 3, js_c2, '66.9%', 'secondary contribution 60.9% → 66.9%')
S.rel('growth', I, R(a, gr_js2, js_c2, '66.9%'), 'altered: 66.9% × 18.2 = 12.18 points, not 11.1 (breaks {B})')
a = ALT(ZL, 1, zl_i, '2396.24万元', '1984 industrial output 2369.24 → 2396.24')
S.rel('share', I, R(a, sh_zli, zl_i, '2396.24万元'), 'altered: 2396.24 / 2979.24 = 80.43%, not 79.52 (breaks {B})')
a = ALT(ZL, 2, zl_s, '43.30万元', '1983 salt output 45.30 → 43.30')
S.rel('share', I, R(a, sh_zlx, zl_s, '43.30万元'), 'altered: 1040 / 43.30 = 24.02, not 22.96 times (breaks {B})')
a = ALT(ZL, 3, zl_w, '4863人', 'workers in industry 4763 → 4863')
S.rel('share', I, R(a, sh_zlw, zl_w, '4863人'), 'altered: 4863 / 8455 = 57.52%, not 56.34% (breaks {B})')
a = ALT(SJ, 1, sum_sj[1], '六千元', 'shortfall 八千元 → 六千元')
S.rel('sum', I, R(a, sum_sj, sum_sj[1], '六千元'), 'altered: 二万 + 六千 = 二万六千, not the 二万八千 due (breaks {B})')
a = ALT(KA, 1, ka_p[1], '2663.92亿元', 'secondary value added 2633.92 → 2663.92')
S.rel('sum', I, R(a, sum_ka, ka_p[1], '2663.92亿元'), 'altered: 30.84 + 2663.92 + 2475.84 = 5170.60, not 5140.60 (breaks {B})')
S.rel('share', I, R(a, sh_ka2, ka_p[1], '2663.92亿元'), 'altered: 2663.92 / 5140.60 = 51.82%, not 51.2 (breaks {B})')
a = ALT(KA, 2, ka_x, '6610.6亿元', 'foreign trade 7610.6 → 6610.6')
S.rel('restatement', I, R(a, rs_kax, ka_x, '6610.6亿元'), 'altered: 6610.6亿 does not “突破7000亿元” (breaks {B})')
a = ALT(KB, 1, kb_g, '16.3%', 'foreign-trade growth 10.3% → 16.3%')
S.rel('restatement', I, R(a, rs_kbg, kb_g, '16.3%'), 'altered, cross-document: +10.3% (news) vs +16.3% (this report) for 2023 foreign trade (breaks {B})')
a = ALT(CB, 1, cb_b, '258.4亿元', '2022 budget revenue in the news 250.4 → 258.4')
S.rel('restatement', I, R(a, rs_csb, cb_b, '258.4亿元'), 'altered, cross-document: report 250.4亿 vs news 258.4亿 for 2022 budget revenue (breaks {B})')
a = ALT(CC, 1, cc_b, '5.9%', '2023 budget revenue growth 7.9% → 5.9%')
S.rel('target', MS, R(a, tg_csb, cc_b, '5.9%'), 'altered, cross-document: result +5.9% against the 2023 target +6%: now missed (the original {B} is met)')
a = ALT(TA, 1, ta_n, '12个', 'industry groups with growth 11 → 12')
S.rel('share', I, R(a, sh_ta, ta_n, '12个'), 'altered: 12 / 22 = 54.5%, not 50% (breaks {B})')
a = ALT(WF, 1, wf_p[1], '46.24億斤', 'autumn grain 46.74 → 46.24')
S.rel('sum', I, R(a, sum_wfp, wf_p[1], '46.24億斤'), 'altered: 42.6 + 46.24 = 88.84, not 89.33 (breaks {B})')
S.rel('growth', I, R(a, gr_wfp2, wf_p[1], '46.24億斤'), 'altered: 1.55 / 44.69 = 3.47%, not 3.44 (breaks {B})')
S.rel('share', I, R(a, sh_wfy2, wf_p[1], '46.24億斤'), 'altered: 46.24億斤 / 534.83萬畝 / 2 = 432.3 kg, not 436.92 (breaks {B})')
a = ALT(WF, 2, wf_ai[0], '0.66萬畝', 'summer area increase 0.46 → 0.66')
S.rel('sum', I, R(a, sum_wfa, wf_ai[0], '0.66萬畝'), 'altered: 0.66 + 0.81 = 1.47, not 1.27 (breaks {B})')
S.rel('growth', I, R(a, gr_wfa1, wf_ai[0], '0.66萬畝'), 'altered: 0.66 / 494.98 = 0.13%, not 0.09 (breaks {B})')
a = ALT(WF, 3, wf_yi[2], '8.31公斤', 'yield increase 8.91 → 8.31')
S.rel('growth', I, R(a, gr_wfy, wf_yi[2], '8.31公斤'), 'altered: 8.31 / 425.15 = 1.95%, not 2.1 (breaks {B})')
a = ALT(SD, 1, sd_pi, '8.5亿斤', 'summer output increase 6.5 → 8.5')
S.rel('growth', I, R(a, gr_sdp, sd_pi, '8.5亿斤'), 'altered: 8.5 / 526.3 = 1.62%, not 1.2 (breaks {B})')
a = ALT(SD, 2, sd_y, '448.6公斤', 'summer yield 444.6 → 448.6')
S.rel('share', I, R(a, sh_sdy, sd_y, '448.6公斤'), 'altered: 534.8亿斤 / 6014.85万亩 / 2 = 444.57 kg, not 448.6 (breaks {B})')

for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

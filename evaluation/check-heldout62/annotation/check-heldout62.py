"""Check key, set check-heldout62. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout62.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout62'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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
    return [on(a, f, new) if f == old else on(a, f) for f in figs]
def B(a, figs, old, new, why, kind):
    S.rel(kind, I, R(a, figs, old, new), 'altered: ' + why + ' (breaks {B})')

ALM='alm_2020_hant.txt'; HJQ='hjq_2020.txt'; SY='sy_counties_2023q3.txt'; LY='ly_2017.txt'; SH='sh_2020_hant.txt'; SX='sx_2017h1.txt'
HK='hk_2021m9.txt'; SYA='sya_2020.txt'; MSH='ms_2020.txt'; HNP='hn_2022plan.txt'; HNR='hn_2022review.txt'; LS='ls_2023.txt'; HR='hr_2021.txt'
PZ='pz_2022.txt'; JXI='jinxi_2022_hant.txt'; SC='sc_2022.txt'; RM='rmrb_1958.txt'

# ---- 阿拉善盟 (内蒙古) 2020 fiscal accounts, news (league level, traditional)
W = '萬元'
at = F(ALM, '310682'+W); ai = F(ALM, '23188'+W); ag = F(ALM, '8.1%'); ae = F(ALM, '1107315'+W); aed = F(ALM, '13724'+W); aeg = F(ALM, '1.2%')
am = F(ALM, '33648'+W); ami = F(ALM, '15412'+W); amg = F(ALM, '84.5%'); aq = F(ALM, '277034'+W); aqi = F(ALM, '7776'+W); aqg = F(ALM, '2.9%')
atx = F(ALM, '213251'+W); atp = F(ALM, '68.6%'); ant = F(ALM, '97431'+W); anp = F(ALM, '31.4%')
ame = F(ALM, '287998'+W); amed = F(ALM, '99832'+W); ameg = F(ALM, '25.7%'); aqe = F(ALM, '819317'+W); aqei = F(ALM, '86108'+W); aqeg = F(ALM, '11.7%')
ams = F(ALM, '797546'+W); amsp = F(ALM, '72.0%')
sum_alm = [am, aq, at]; sh_alm = [atx, at, atp]; gr_alm = [am, ami, amg]
S.rel('sum', C, sum_alm, 'league level 33648 + banner level 277034 = 310682')
S.rel('sum', C, [atx, ant, at], 'tax 213251 + non-tax 97431 = 310682')
S.rel('share', C, sh_alm, 'tax 213251/310682 = 68.64% → 68.6')
S.rel('sum', C, [ame, aqe, ae], 'spending: league 287998 + banners 819317 = 1107315')
S.rel('share', C, [ams, ae, amsp], 'livelihood 797546/1107315 = 72.03% → 72.0')
S.rel('growth', C, [at, ai, ag], 'revenue +23188 on 310682 − 23188 = 287494: +8.07% → 8.1')
S.rel('growth', C, [ae, aed, aeg], 'spending −13724 on 1107315 + 13724 = 1121039: −1.22% → 1.2')
S.rel('growth', C, gr_alm, 'league-level revenue +15412 on 33648 − 15412 = 18236: +84.51% → 84.5')
S.rel('sum', C, [ami, aqi, ai], 'increases 15412 + 7776 = 23188')
S.rel('sum', C, [amed, aqei, aed], 'spending changes −99832 + 86108 = −13724')
S.rel('sum', U, [F(ALM, '101568'+W), F(ALM, '87945'+W), F(ALM, '105297'+W), F(ALM, '76621'+W), F(ALM, '36448'+W), ams], 'five spending items listed (分項目看) add to 407879: a selection of categories, not a split of livelihood spending 797546')
S.rel('growth', U, [F(ALM, '36448'+W), F(ALM, '12.5%')], 'culture/tourism spending +12.5%: the 2019 level is not stated')
a = ALT(ALM, 1, aq, '272034'+W, 'banner-level revenue 277034 → 272034')
B(a, sum_alm, aq, '272034'+W, '33648 + 272034 = 305682, not 310682', 'sum')
a = ALT(ALM, 2, atp, '66.6%', 'tax share 68.6 → 66.6')
B(a, sh_alm, atp, '66.6%', '213251/310682 = 68.6%, not 66.6', 'share')
a = ALT(ALM, 3, amg, '64.5%', 'league-level revenue growth 84.5 → 64.5')
B(a, gr_alm, amg, '64.5%', '15412 on 18236 is +84.5%, not 64.5', 'growth')

# ---- 杭锦旗 (鄂尔多斯, 内蒙古) 2020 budget execution report (banner)
ht = F(HJQ, '62339万元'); hb1 = F(HJQ, '52031万元'); hb2 = F(HJQ, '10308万元'); hi = F(HJQ, '9437万元'); hg = F(HJQ, '17.84%')
htx = F(HJQ, '41013万元'); hnt = F(HJQ, '21326万元'); htx2 = F(HJQ, '41013万元', n=1)
hit = [F(HJQ, x + '万元', pre=p) for p, x in [('增值税','6544'),('企业所得税','3250'),('个人所得税','2212'),('资源税','1241'),('城市维护建设税','1671'),('房产税','3261'),('印花税','4434'),('城镇土地使用税','6394'),('土地增值税','89'),('车船税','1215'),('耕地占用税','8692'),('契税','1554'),('环境保护税','454'),('其他税收收入','2')]]
sum_hi = hit + [htx2]; sum_hb = [hb1, hb2, ht]; gr_h = [ht, hi, hg]
S.rel('sum', C, sum_hb, 'banner 52031 + industrial park 10308 = 62339')
S.rel('sum', C, [htx, hnt, ht], 'tax 41013 + non-tax 21326 = 62339')
S.rel('growth', C, gr_h, '+9437 on 62339 − 9437 = 52902: +17.84%')
S.rel('sum', C, sum_hi, 'fourteen taxes add to 41013')
S.rel('restatement', C, [htx, htx2], 'tax revenue 41013 stated twice')
S.rel('growth', U, [hb2, hi], 'industrial-park revenue 10308 vs the year’s increase 9437: the increase is not attributed to the park; no relation')
S.rel('sum', U, [hb1, at], '杭锦旗 (鄂尔多斯) revenue is not part of 阿拉善盟’s banner-level revenue 277034: other league, no sum')
a = ALT(HJQ, 1, hit[10], '8892万元', 'farmland occupation tax 8692 → 8892')
B(a, sum_hi, hit[10], '8892万元', 'the fourteen taxes add to 41213, not 41013', 'sum')
a = ALT(HJQ, 2, hb2, '10508万元', 'industrial-park revenue 10308 → 10508')
B(a, sum_hb, hb2, '10508万元', '52031 + 10508 = 62539, not 62339', 'sum')
a = ALT(HJQ, 3, hg, '17.48%', 'revenue growth 17.84 → 17.48')
B(a, gr_h, hg, '17.48%', '9437 on 52902 is +17.84%, not 17.48', 'growth')

# ---- 沈阳 county area (康平, 法库, 新民; 辽宁) Q1–Q3 2023, statistics bureau analysis
yt = F(SY, '443.9亿元'); yk = F(SY, '87.4亿元'); yf = F(SY, '144.7亿元'); yx = F(SY, '211.8亿元')
y1 = F(SY, '103.9亿元'); y2 = F(SY, '108.4亿元'); y3 = F(SY, '231.6亿元'); ys1 = F(SY, '23.4')
ykg = F(SY, '1.3%'); ykd = F(SY, '4.7个'); yfg = F(SY, '1.9%'); yfd = F(SY, '4.1个'); yxg = F(SY, '6.0%')
sum_y = [yk, yf, yx, yt]; gr_y = [ykg, ykd, yfg, yfd, yxg]
S.rel('sum', C, sum_y, '康平 87.4 + 法库 144.7 + 新民 211.8 = 443.9')
S.rel('sum', C, [y1, y2, y3, yt], '103.9 + 108.4 + 231.6 = 443.9')
S.rel('share', C, [y1, yt, ys1], 'primary 103.9/443.9 = 23.41% → 23.4')
S.rel('growth', C, gr_y, 'city rate implied twice: 1.3 + 4.7 = 6.0 and 1.9 + 4.1 = 6.0, equal to 新民’s 6.0% (持平)')
S.rel('share', U, [yt, F(SY, '7.6%')], 'county area = 7.6% of the city: the city total is not stated')
S.rel('growth', U, [F(SY, '3.7%'), F(SY, '1.8个')], 'gap to the city narrowed by 1.8 points since H1: the H1 rates are not stated')
S.rel('growth', U, [F(SY, '4.5%'), F(SY, '0.3个')], 'agricultural output +4.5%, 0.3 points above the city: the city rate is not stated')
S.rel('restatement', U, [yfd, F(SY, '4.1%')], '法库 4.1 points below the city vs tertiary +4.1%: same number, other indicators')
S.rel('rate', U, [yk, ykg, yf, yfg, yx, yxg, yt, F(SY, '3.7%')], 'current-price levels weighted by real county rates give about 3.7: base weights are not stated; not a check')
a = ALT(SY, 1, yx, '217.8亿元', '新民 GDP 211.8 → 217.8')
B(a, sum_y, yx, '217.8亿元', 'counties add to 449.9, not 443.9', 'sum')
a = ALT(SY, 2, yfd, '4.4个', '法库 gap 4.1 → 4.4 points')
B(a, gr_y, yfd, '4.4个', '1.9 + 4.4 = 6.3, but 1.3 + 4.7 = 6.0 and 新民 (= city) 6.0', 'growth')

# ---- 辽阳 (辽宁) 2017 statistical bulletin (prefecture city)
lt = F(LY, '763.6亿元'); l1 = F(LY, '76.2亿元'); l2 = F(LY, '346.9亿元'); l3 = F(LY, '340.5亿元')
la = F(LY, '78.4亿元'); las = [F(LY, x) for x in ['42.5亿元', '1.5亿元', '22.9亿元', '9.2亿元', '2.2亿元']]
lgr = F(LY, '100.3万吨'); lgi = F(LY, '2.6万吨'); lgg = F(LY, '2.7%')
lm = F(LY, '11.4万吨'); lms = [F(LY, x) for x in ['6.2万吨', '0.5万吨', '0.2万吨', '4.6万吨']]
sum_l = [l1, l2, l3, lt]; gr_l = [lgr, lgi, lgg]; sum_lm = lms + [lm]
S.rel('sum', C, sum_l, '76.2 + 346.9 + 340.5 = 763.6')
S.rel('sum', C, las + [la], 'farming 42.5 + forestry 1.5 + husbandry 22.9 + fishery 9.2 + services 2.2 = 78.3, stated 78.4 (inside the allowance of five inputs, ±0.25)')
S.rel('growth', C, gr_l, 'grain +2.6 on 100.3 − 2.6 = 97.7: +2.66% → 2.7')
S.rel('sum', C, sum_lm, 'pork 6.2 + beef 0.5 + mutton 0.2 + poultry 4.6 = 11.5, stated 11.4 (inside the allowance, ±0.2)')
S.rel('sum', U, [F(LY, '47.7千公顷'), F(LY, '84.8千公顷'), F(LY, '135.7千公顷')], 'rice and maize (其中) are part of the grain area, not a split: 132.5 ≠ 135.7')
S.rel('sum', U, [F(LY, '39.1万吨'), F(LY, '59.2万吨'), lgr], 'rice + maize = 98.3 of 100.3: other grains omitted, not a split')
S.rel('restatement', U, [l1, la], 'primary industry 76.2 vs 农林牧渔业增加值 78.4 (includes agricultural services): different scopes, not the same figure')
S.rel('restatement', U, [F(LY, '3.5%', n=0), F(LY, '3.5%', n=1)], 'primary industry +3.5% and 农林牧渔业 +3.5%: different indicators that share a rate')
S.rel('growth', U, [F(LY, '4.1%'), F(LY, '4.3%')], 'per-capita GDP +4.3% vs GDP +4.1%: the population change is not stated')
a = ALT(LY, 1, l2, '364.9亿元', 'secondary value added 346.9 → 364.9')
B(a, sum_l, l2, '364.9亿元', 'parts add to 781.6, not 763.6', 'sum')
a = ALT(LY, 2, lgi, '2.9万吨', 'grain increase 2.6 → 2.9')
B(a, gr_l, lgi, '2.9万吨', '+2.9 on 97.4 is +3.0%, not 2.7', 'growth')
a = ALT(LY, 3, lms[3], '4.9万吨', 'poultry meat 4.6 → 4.9')
B(a, sum_lm, lms[3], '4.9万吨', 'meats add to 11.8, not 11.4', 'sum')

# ---- 三河市 (廊坊, 河北) 2020 statistical bulletin (county-level city, traditional)
Y = '億元'
st = F(SH, '531.6'+Y); s1 = F(SH, '19.3'+Y); s2 = F(SH, '145.2'+Y); s3 = F(SH, '367.1'+Y)
sp = [F(SH, '3.6', post=':27.3'), F(SH, '27.3'), F(SH, '69.1', n=0)]
sc_ = [F(SH, '-0.7%'), F(SH, '31.6%'), F(SH, '69.1%')]
sg = F(SH, '4.5%', n=0); sg4 = F(SH, '4.5%', n=1)
spl2 = F(SH, '1.4', post='和'); spl3 = F(SH, '3.1個')
sa = F(SH, '32.1'+Y); sas = [F(SH, '17.3'+Y), F(SH, '0.3'+Y), F(SH, '12.4'+Y), F(SH, '0.9'+Y), F(SH, '1.3'+Y)]
sum_s = [s1, s2, s3, st]; sum_sc = sc_; r_s2 = [sc_[1], sg, spl2]; sum_sa = sas + [sa]
S.rel('sum', C, sum_s, '19.3 + 145.2 + 367.1 = 531.6')
S.rel('sum', C, sp, 'structure 3.6 + 27.3 + 69.1 = 100')
S.rel('share', C, [s2, st, sp[1]], 'secondary 145.2/531.6 = 27.31% → 27.3')
S.rel('sum', C, sum_sc, 'contributions −0.7 + 31.6 + 69.1 = 100')
S.rel('rate', C, r_s2, 'secondary pull = 31.6% × 4.5 = 1.42 → 1.4 points')
S.rel('rate', C, [sc_[2], sg, spl3], 'tertiary pull = 69.1% × 4.5 = 3.11 → 3.1 points')
S.rel('restatement', C, [sg, sg4], 'full-year GDP +4.5% stated again in the quarterly series')
S.rel('sum', C, sum_sa, 'farming 17.3 + forestry 0.3 + husbandry 12.4 + fishery 0.9 + services 1.3 = 32.2, stated 32.1 (inside the allowance, ±0.25)')
S.rel('restatement', U, [sp[2], sc_[2]], 'tertiary share of GDP 69.1 vs tertiary contribution to growth 69.1%: contribution vs share, same number')
S.rel('growth', U, [sg, F(SH, '0.6個')], '4.5%, 0.6 points above the province: the provincial rate is not stated')
S.rel('sum', U, [F(SH, '1.7', pre='分別拉動經(jīng)濟增長'), F(SH, '1.2', pre='1.7、'), F(SH, '0.7', pre='1.2、'), F(SH, '0.7', pre='和', post='個百分點。'), sg4], 'four industries pull 4.3 of 4.5 points: a selection, not a split')
a = ALT(SH, 1, s3, '361.7'+Y, 'tertiary value added 367.1 → 361.7')
B(a, sum_s, s3, '361.7'+Y, 'parts add to 526.2, not 531.6', 'sum')
a = ALT(SH, 2, sc_[1], '34.6%', 'secondary contribution 31.6 → 34.6')
B(a, sum_sc, sc_[1], '34.6%', 'contributions add to 103, not 100', 'sum')
B(a, r_s2, sc_[1], '34.6%', '34.6% × 4.5 = 1.56, not 1.4 points', 'rate')
a = ALT(SH, 3, sas[2], '14.2'+Y, 'husbandry output 12.4 → 14.2')
B(a, sum_sa, sas[2], '14.2'+Y, 'parts add to 34.0, not 32.1', 'sum')

# ---- 山西 H1 2017 (province, news of the release)
xt = F(SX, '6577.91亿元'); x1 = F(SX, '320亿元'); x2 = F(SX, '2715.78亿元'); x3 = F(SX, '3542.13亿元')
xg = F(SX, '6.9%', n=1); xgt = F(SX, '6.9%', n=0); xpl = F(SX, '3.8个'); xct = F(SX, '55.5%')
sum_x = [x1, x2, x3, xt]; r_x = [xpl, xg, xct]
S.rel('sum', C, sum_x, '320 + 2715.78 + 3542.13 = 6577.91')
S.rel('rate', C, r_x, 'services pull 3.8 of 6.9 points = 55.1%; with the allowance (3.75–3.85 of 6.85–6.95) 54.0–56.2, stated 55.5')
S.rel('restatement', C, [xgt, xg], 'H1 GDP +6.9% in the headline and the body')
S.rel('growth', U, [F(SX, '8.1%', n=0), F(SX, '2.3个'), F(SX, '7个')], 'industry +8.1%, 2.3 and 7 points faster than Q1 and 2016: those rates are not stated')
S.rel('restatement', U, [F(SX, '8.1%', n=0), F(SX, '8.1%', n=1)], 'all industry above scale +8.1% and energy industry +8.1%: different indicators')
S.rel('growth', U, [F(SX, '9.7%'), F(SX, '3.6个')], 'non-coal +9.7%, 3.6 points faster than coal: the coal rate is not stated')
S.rel('growth', U, [F(SX, '10.3%'), F(SX, '6.8个')], 'electricity use +10.3%, 6.8 points faster than 2016: the 2016 rate is not stated')
S.rel('rate', U, [x1, F(SX, '3.0%'), x2, F(SX, '7.2%'), x3, F(SX, '7.1%', n=0), xt, xg], 'current-price levels weighted by real sector rates: base weights not stated; not a check')
a = ALT(SX, 1, x2, '2751.78亿元', 'secondary value added 2715.78 → 2751.78')
B(a, sum_x, x2, '2751.78亿元', 'parts add to 6613.91, not 6577.91', 'sum')
a = ALT(SX, 2, xct, '58.5%', 'services contribution 55.5 → 58.5')
B(a, r_x, xct, '58.5%', '3.8/6.9 is at most 56.2%, not 58.5', 'rate')
a = ALT(SX, 3, xgt, '6.6%', 'headline GDP growth 6.9 → 6.6')
B(a, [xgt, xg], xgt, '6.6%', 'headline 6.6% vs body 6.9%', 'restatement')

# ---- 海口 (海南) fiscal revenue and spending, September 2021 (city, monthly finance release)
km = F(HK, '25.2亿元'); kmc = F(HK, '5亿元', pre='中央级一般公共预算收入当月完成'); kmp = F(HK, '7.1亿元'); kml = F(HK, '13.1亿元')
kc = F(HK, '427.4亿元'); kcc = F(HK, '188亿元'); kcp = F(HK, '80.6亿元'); kcl = F(HK, '158.9亿元')
ktx = F(HK, '137.4亿元'); knt = F(HK, '21.4亿元'); ktp = F(HK, '86.5%'); knp = F(HK, '13.5%')
sum_km = [kmc, kmp, kml, km]; sum_kc = [kcc, kcp, kcl, kc]; sum_kl = [ktx, knt, kcl]; sh_kn = [knt, kcl, knp]
S.rel('sum', C, sum_km, 'September: central 5 + provincial 7.1 + city 13.1 = 25.2 (5 carries ±0.5)')
S.rel('sum', C, sum_kc, 'Jan–Sep: 188 + 80.6 + 158.9 = 427.5, stated 427.4 (188 carries ±0.5)')
S.rel('sum', C, sum_kl, 'tax 137.4 + non-tax 21.4 = 158.8, stated 158.9 (inside the allowance)')
S.rel('sum', C, [F(HK, '11.1亿元'), F(HK, '2.1亿元'), kml], 'September tax 11.1 + non-tax 2.1 = 13.2, stated 13.1 (edge of the allowance, 13.1–13.3 vs 13.05–13.15)')
S.rel('share', C, [ktx, kcl, ktp], 'tax 137.4/158.9 = 86.47% → 86.5')
S.rel('share', C, sh_kn, 'non-tax 21.4/158.9 = 13.47% → 13.5')
S.rel('share', C, [F(HK, '138.3亿元'), F(HK, '210亿元'), F(HK, '65.8%')], 'livelihood 138.3/210 = 65.86%; 210 is written to the 亿 (±0.5), so 65.7–66.0: 65.8 fits')
S.rel('target', CT, [kcl, F(HK, '82.7%')], 'city revenue at 82.7% of the annual budget after nine months: the full-year result is not in the text')
S.rel('target', CT, [F(HK, '60.4亿元'), F(HK, '17.1%')], 'fund revenue at 17.1% of the annual budget after nine months: cannot tell')
S.rel('restatement', U, [ktp, F(HK, '86.6%')], 'tax share of revenue 86.5% vs tax at 86.6% of its budget: different indicators')
S.rel('growth', U, [km, F(HK, '43.8%'), kc, F(HK, '34.6%')], 'September −43.8% vs Jan–Sep +34.6%: bases not stated; month and cumulative are not comparable')
S.rel('sum', U, [F(HK, '50.8亿元'), F(HK, '60.4亿元')], 'land-sale revenue is part (其中) of fund revenue: no split stated')
a = ALT(HK, 1, kcp, '86.0亿元', 'provincial revenue Jan–Sep 80.6 → 86.0')
B(a, sum_kc, kcp, '86.0亿元', 'parts add to 432.9, not 427.4', 'sum')
a = ALT(HK, 2, knt, '24.1亿元', 'non-tax revenue 21.4 → 24.1')
B(a, sum_kl, knt, '24.1亿元', '137.4 + 24.1 = 161.5, not 158.9', 'sum')
B(a, sh_kn, knt, '24.1亿元', '24.1/158.9 = 15.2%, not 13.5', 'share')
a = ALT(HK, 3, kmp, '7.9亿元', 'provincial revenue in September 7.1 → 7.9')
B(a, sum_km, kmp, '7.9亿元', '5 + 7.9 + 13.1 = 26.0 (at least 25.4 with 5 read as 4.5–5.5), not 25.2', 'sum')

# ---- 三亚 (海南) 2020 final accounts, report to the city congress standing committee
gr_ = F(SYA, '1,104,102万元'); gsub = F(SYA, '891,734万元'); gdb = F(SYA, '276,000万元'); gst = F(SYA, '377,183万元'); gtr = F(SYA, '37,319万元')
gtot = F(SYA, '2,686,338万元', n=0); ge = F(SYA, '1,996,786万元'); gup = F(SYA, '98,524万元'); grp = F(SYA, '195,664万元'); gout = F(SYA, '10,239万元', n=0)
gsx = F(SYA, '385,123万元'); getot = F(SYA, '2,686,338万元', n=1)
fr = F(SYA, '1,102,055万元'); fsub = F(SYA, '234,533万元'); fdb = F(SYA, '704,000万元'); ftr = F(SYA, '10,241万元'); fpv = F(SYA, '33,630万元'); ftot = F(SYA, '2,084,459万元')
fe = F(SYA, '1,896,800万元'); fout = F(SYA, '36,469万元'); frp = F(SYA, '93,505万元'); fetot = F(SYA, '2,026,774万元'); fbal = F(SYA, '57,685万元')
sum_gr = [gr_, gsub, gdb, gst, gtr, gtot]; sum_fe = [fe, fout, frp, fetot]; sum_fb = [fetot, fbal, ftot]
S.rel('sum', C, sum_gr, 'general budget: 1104102 + 891734 + 276000 + 377183 + 37319 = 2686338')
S.rel('sum', I, [ge, gup, grp, gout, gsx, getot], 'REAL ERROR in the original: 1996786 + 98524 + 195664 + 10239 + 385123 = 2686336, stated 2686338 (2 short); with the fund’s transfer-in 10,241 in place of 10,239 the sum closes')
S.rel('restatement', C, [gtot, getot], 'total revenue = total spending 2686338 (收支相抵,年终无结余)')
S.rel('sum', C, [fr, fsub, fdb, ftr, fpv, ftot], 'fund budget: 1102055 + 234533 + 704000 + 10241 + 33630 = 2084459')
S.rel('sum', C, sum_fe, 'fund spending 1896800 + 36469 + 93505 = 2026774')
S.rel('sum', C, sum_fb, 'fund balance 2084459 − 2026774 = 57685')
S.rel('target', MS, [gr_, F(SYA, '95.0%')], '三亚 2020 general revenue at 95.0% of budget: missed')
S.rel('target', MS, [ge, F(SYA, '87.7%')], '三亚 2020 general spending at 87.7% of budget: below plan')
S.rel('target', MS, [fr, F(SYA, '85.3%')], '三亚 2020 fund revenue at 85.3% of budget: missed')
S.rel('restatement', U, [gout, ftr], 'general budget 调出资金 10,239 vs fund 调入资金 10,241: close but different items as written (the fund may receive from other sources); not keyed as a restatement')
S.rel('growth', U, [gsub, F(SYA, '37,721万元')], 'transfers 37,721 higher than the figure reported in January: that figure is not stated')
S.rel('sum', U, [F(SYA, '285,941万元'), ge], 'accrual items 285,941 are included (含) in spending 1,996,786: part, not a split')
a = ALT(SYA, 1, gsub, '891,754万元', 'transfers from above 891,734 → 891,754')
B(a, sum_gr, gsub, '891,754万元', 'parts add to 2686358, not 2686338', 'sum')
a = ALT(SYA, 2, fbal, '51,685万元', 'fund balance 57,685 → 51,685')
B(a, sum_fb, fbal, '51,685万元', '2084459 − 2026774 = 57685, not 51685', 'sum')
a = ALT(SYA, 3, frp, '98,505万元', 'fund debt repayment 93,505 → 98,505')
B(a, sum_fe, frp, '98,505万元', 'parts add to 2031774, not 2026774', 'sum')

# ---- 马山县 (南宁, 广西) 2020, commentary on the county work report
S.rel('restatement', C, [F(MSH, '12.7个', n=0), F(MSH, '12.7个', n=1)], 'investment 12.7 points above the city average, stated twice')
S.rel('growth', U, [F(MSH, '3.0%'), F(MSH, '0.7个')], 'GDP +3.0%, 0.7 points above the nation: the national rate is not stated')
S.rel('growth', U, [F(MSH, '10.2%'), F(MSH, '12.7个', n=0)], 'investment +10.2%, 12.7 points above the city: the city rate (implied −2.5%) is not stated')
S.rel('sum', U, [F(MSH, '1000万元'), F(MSH, '3000万元')], 'two separate awards; no total is stated')
S.rel('growth', U, [F(MSH, '3.2%'), F(MSH, '8.5%')], 'urban +3.2% and rural +8.5% incomes: no all-resident rate or weights stated')
m12 = F(MSH, '12.7个', n=1)
a = ALT(MSH, 1, m12, '17.2个', 'second statement of the investment gap 12.7 → 17.2')
S.rel('restatement', I, [on(a, F(MSH, '12.7个', n=0)), on(a, m12, '17.2个')], 'altered: 12.7 vs 17.2 points for the same gap (breaks {B})')

# ---- 湖南 2022: plan (2021 results, 2022 targets) and the 2022 review (results) — a pair
ptg = F(HNP, '6.5%以上'); pti = F(HNP, '7.2%'); pg21 = F(HNP, '46063.09亿元')
rind = F(HNR, '7.2%左右'); rinv = F(HNR, '6.6%左右'); rrev = F(HNR, '6.6%', n=0); rgdp = F(HNR, '近5万亿元')
rgr = F(HNR, '603.6亿斤'); rgr0 = F(HNR, '600亿斤')
S.rel('target', M, [pti, rind], '湖南 2022 规模工业增加值: target +7.2% (plan), result about +7.2% (review): met')
S.rel('target', CT, [ptg, rgdp], '湖南 2022 GDP target +6.5%以上; the review gives only the level (近5万亿元), no growth rate: cannot tell')
S.rel('growth', U, [pg21, rgdp], '2021 GDP 46063.09亿 vs 2022 近5万亿: current prices and an approximate level; no rate stated for the span')
S.rel('target', U, [F(HNP, '8.4%'), rind], '2021 result (+8.4%) vs 2022 result: different years, neither is the other’s target')
S.rel('restatement', U, [rrev, rinv], 'revenue +6.6% vs investment +6.6%左右: different indicators sharing a number')
S.rel('restatement', U, [F(HNP, '8%', pre='全社会固定资产投资增长'), F(HNP, '8%', pre='地方一般公共预算收入增长')], '2021 investment +8% vs revenue +8%: different indicators')
S.rel('restatement', C, [rgr, rgr0], 'grain 603.6亿斤 in 2022, consistent with “连续三年保持总产600亿斤以上”')
S.rel('restatement', U, [F(HNR, '10.4%'), F(HNR, '9.6%')], 'accidents −10.4% and deaths −9.6%: different measures')
a = ALT(HNR, 1, rgr, '593.6亿斤', 'grain output 603.6 → 593.6')
S.rel('restatement', I, [on(a, rgr, '593.6亿斤'), on(a, rgr0)], 'altered: 593.6亿斤 is below the 600亿斤 the same line says was held for three years (breaks {B})')

# ---- 蓝山县 (永州, 湖南) 2023 final accounts (county)
nt_ = F(LS, '109489万元'); ntx = F(LS, '77864万元'); nnt = F(LS, '31625万元'); ntp = F(LS, '71.1%')
nb = F(LS, '100%'); nbt = F(LS, '101.6%'); nbn = F(LS, '96.3%')
sum_n = [ntx, nnt, nt_]; sh_n = [ntx, nt_, ntp]
S.rel('sum', C, sum_n, 'tax 77864 + non-tax 31625 = 109489')
S.rel('share', C, sh_n, 'tax 77864/109489 = 71.12% → 71.1')
S.rel('share', C, [ntx, nbt, nnt, nbn, nt_, nb], 'implied budgets 77864/1.016 + 31625/0.963 = 76638 + 32840 = 109478 ≈ 109489/1.00 (inside the allowance of the percentages)')
S.rel('target', M, [nt_, nb], '蓝山 2023 revenue at 100% of the adjusted budget: met')
S.rel('target', M, [ntx, nbt], '蓝山 2023 tax revenue at 101.6% of budget: met')
S.rel('target', MS, [nnt, nbn], '蓝山 2023 non-tax revenue at 96.3% of budget: missed')
S.rel('growth', U, [nt_, F(LS, '3%')], 'revenue +3%: the 2022 level is not stated')
a = ALT(LS, 1, nnt, '34625万元', 'non-tax revenue 31625 → 34625')
B(a, sum_n, nnt, '34625万元', '77864 + 34625 = 112489, not 109489', 'sum')
a = ALT(LS, 2, ntp, '77.1%', 'tax share 71.1 → 77.1')
B(a, sh_n, ntp, '77.1%', '77864/109489 = 71.1%, not 77.1', 'share')

# ---- 华容县 (岳阳, 湖南) 2021 final accounts (county)
rt = F(HR, '112853万元'); rp = F(HR, '100500万元'); rtp = F(HR, '112.29%')
rc = F(HR, '36400万元'); rcp = F(HR, '34300万元'); rcr = F(HR, '106.12%')
rs = F(HR, '8777万元'); rsp = F(HR, '7855万元'); rsr = F(HR, '111.74%')
rl = F(HR, '67676万元'); rlp = F(HR, '58345万元'); rlr = F(HR, '115.99%')
sum_r = [rc, rs, rl, rt]; sum_rp = [rcp, rsp, rlp, rp]; sh_rs = [rs, rsp, rsr]; sh_rl = [rl, rlp, rlr]; sh_rc = [rc, rcp, rcr]
S.rel('sum', C, sum_r, 'central share 36400 + provincial 8777 + local 67676 = 112853')
S.rel('sum', C, sum_rp, 'plans 34300 + 7855 + 58345 = 100500')
S.rel('share', C, [rt, rp, rtp], '112853/100500 = 112.29%')
S.rel('share', C, sh_rc, '36400/34300 = 106.12%')
S.rel('share', C, sh_rs, '8777/7855 = 111.74%')
S.rel('share', C, sh_rl, '67676/58345 = 115.99%')
S.rel('target', M, [rp, rt], '华容 2021 revenue: plan 100500, result 112853: met')
S.rel('target', M, [rlp, rl], '华容 2021 local revenue: plan 58345, result 67676: met')
S.rel('rate', U, [F(HR, '21.41%'), F(HR, '21.73%'), F(HR, '74.95%'), F(HR, '16.61%')], 'component growth rates vs the total’s 21.41%: 2020 bases not stated')
S.rel('target', U, [rp, nt_], '华容 2021 revenue plan vs 蓝山 2023 revenue: other place and year')
a = ALT(HR, 1, rs, '8177万元', 'provincial share 8777 → 8177')
B(a, sum_r, rs, '8177万元', 'parts add to 112253, not 112853', 'sum')
B(a, sh_rs, rs, '8177万元', '8177/7855 = 104.10%, not 111.74', 'share')
a = ALT(HR, 2, rlr, '113.99%', 'local revenue completion 115.99 → 113.99')
B(a, sh_rl, rlr, '113.99%', '67676/58345 = 115.99%, not 113.99', 'share')
a = ALT(HR, 3, rcp, '34800万元', 'central-share plan 34300 → 34800')
B(a, sum_rp, rcp, '34800万元', 'plans add to 101000, not 100500', 'sum')
B(a, sh_rc, rcp, '34800万元', '36400/34800 = 104.60%, not 106.12', 'share')

# ---- 彭泽县 (九江, 江西) 2022 statistical bulletin (county)
zt = F(PZ, '215.3亿元'); z1 = F(PZ, '29.5亿元'); z2 = F(PZ, '103.4亿元'); z3 = F(PZ, '82.4亿元')
zs = [F(PZ, '13.7'), F(PZ, '48.0'), F(PZ, '38.3')]
zf = F(PZ, '32.8亿元'); ztax = F(PZ, '23.3亿元')
zc = [F(PZ, '6.06万亩'), F(PZ, '2.2万亩'), F(PZ, '57.0%')]
sum_z = [z1, z2, z3, zt]
S.rel('sum', C, sum_z, '29.5 + 103.4 + 82.4 = 215.3')
S.rel('sum', C, zs, 'structure 13.7 + 48.0 + 38.3 = 100')
S.rel('share', C, [z2, zt, zs[1]], 'secondary 103.4/215.3 = 48.03% → 48.0')
S.rel('share', C, [zf, zt, F(PZ, '15.3%')], 'fiscal revenue 32.8/215.3 = 15.23%; with the allowance up to 15.26, so 15.3 fits (edge)')
S.rel('share', C, [ztax, zf, F(PZ, '70.8%')], 'tax 23.3/32.8 = 71.04%; with the allowance 70.78–71.30, so 70.8 fits')
S.rel('growth', C, zc, 'cotton area +2.2 on 6.06 − 2.2 = 3.86: +57.0%')
S.rel('growth', C, [F(PZ, '22.66万亩'), F(PZ, '1.39万亩'), F(PZ, '6.5%')], 'oil crops +1.39 on 21.27: +6.5%')
S.rel('growth', C, [F(PZ, '7.65万亩'), F(PZ, '0.5万亩'), F(PZ, '6.1%')], 'vegetables −0.5 on 8.15: −6.1%')
S.rel('sum', U, [F(PZ, '34.34万亩'), zc[0], F(PZ, '22.66万亩'), F(PZ, '7.65万亩'), F(PZ, '85.1万亩')], 'grain, cotton, oil and vegetables (其中) add to 70.71 of 85.1: a selection, not a split')
S.rel('sum', U, [F(PZ, '18.6亿元'), ztax, zf], 'general budget revenue 18.6 and tax revenue 23.3 overlap inside fiscal revenue 32.8: not a split')
S.rel('restatement', U, [z1, F(PZ, '51.86亿元')], 'primary value added 29.5 vs 农林牧渔业增加值 51.86: not the same figure (51.86 exceeds the primary sector; likely gross output or another scope); not checkable')
S.rel('growth', U, [F(PZ, '70.8%'), F(PZ, '10.5个')], 'tax share 70.8%, 10.5 points below 2021: the 2021 share is not stated')
a = ALT(PZ, 1, z3, '84.2亿元', 'tertiary value added 82.4 → 84.2')
B(a, sum_z, z3, '84.2亿元', 'parts add to 217.1, not 215.3', 'sum')
a = ALT(PZ, 2, zc[2], '51.0%', 'cotton area growth 57.0 → 51.0')
B(a, zc, zc[2], '51.0%', '2.2 on 3.86 is +57.0%, not 51.0', 'growth')
a = ALT(PZ, 3, zs[1], '46.0', 'secondary share 48.0 → 46.0')
B(a, zs, zs[1], '46.0', '13.7 + 46.0 + 38.3 = 98', 'sum')

# ---- 金溪县 (抚州, 江西) 2022 statistical bulletin (county, traditional)
jt = F(JXI, '115.77'+Y); j1 = F(JXI, '15.17'+Y); j2 = F(JXI, '40.86'+Y); j3 = F(JXI, '59.74'+Y)
js = [F(JXI, '13.1'), F(JXI, '35.3'), F(JXI, '51.6')]; jc = [F(JXI, '8.7%'), F(JXI, '48.2%'), F(JXI, '43.1%')]
ja = F(JXI, '28.53'+Y); jas = [F(JXI, x + Y) for x in ['18.24', '1.50', '4.79', '2.37', '1.63']]
sum_j = [j1, j2, j3, jt]; sum_ja = jas + [ja]
S.rel('sum', C, sum_j, '15.17 + 40.86 + 59.74 = 115.77')
S.rel('share', C, [j2, jt, js[1]], 'secondary 40.86/115.77 = 35.29% → 35.3')
S.rel('sum', C, js, 'structure 13.1 + 35.3 + 51.6 = 100')
S.rel('sum', C, jc, 'contributions 8.7 + 48.2 + 43.1 = 100')
S.rel('sum', C, sum_ja, '18.24 + 1.50 + 4.79 + 2.37 + 1.63 = 28.53')
S.rel('restatement', C, [F(JXI, '110'+Y), jt], '“突破110億元” and 115.77億元')
S.rel('growth', U, [F(JXI, '4.8%'), F(JXI, '0.1個')], '+4.8%, 0.1 points above the province: the provincial rate is not stated')
S.rel('share', U, [F(JXI, '32.79'+Y), F(JXI, '38.3%'), j2, jc[1]], 'industry (part of the secondary sector) contributes 38.3 of its 48.2: nested, not a split; nothing to check')
S.rel('restatement', U, [F(JXI, '100'+Y), jt], '“2021年突破100億元” is the 2021 level: another year')
S.rel('sum', U, [F(JXI, '1.15萬噸'), F(JXI, '1.61萬噸')], 'pork 1.15 is part of meat 1.61; the rest is not stated')
a = ALT(JXI, 1, j2, '40.68'+Y, 'secondary value added 40.86 → 40.68')
B(a, sum_j, j2, '40.68'+Y, 'parts add to 115.59, not 115.77', 'sum')
a = ALT(JXI, 2, jc[2], '45.1%', 'tertiary contribution 43.1 → 45.1')
B(a, jc, jc[2], '45.1%', 'contributions add to 102', 'sum')
a = ALT(JXI, 3, jas[2], '4.97'+Y, 'husbandry output 4.79 → 4.97')
B(a, sum_ja, jas[2], '4.97'+Y, 'parts add to 28.71, not 28.53', 'sum')

# ---- 石城县 (赣州, 江西) 2022 statistical bulletin (county)
W2 = '万元'
ct = F(SC, '1042331'+W2); c1 = F(SC, '196262'+W2); c2 = F(SC, '316312'+W2); c3 = F(SC, '529757'+W2)
cs = [F(SC, '18.8'), F(SC, '30.4'), F(SC, '50.8')]; cs0 = [F(SC, '19.7'), F(SC, '29.6'), F(SC, '50.7')]
cf = F(SC, '135613'+W2); ctx = F(SC, '104606'+W2); ctp = F(SC, '77.1%')
ctb = F(SC, '104606', n=1); ctb1 = F(SC, '195', pre='\n\n', post='\n'); ctb2 = F(SC, '58737'); ctb3 = F(SC, '45674')
sum_c = [c1, c2, c3, ct]; sum_ct = [ctb1, ctb2, ctb3, ctb]; sh_ct = [ctx, cf, ctp]
S.rel('sum', C, sum_c, '196262 + 316312 + 529757 = 1042331')
S.rel('share', C, [c1, ct, cs[0]], 'primary 196262/1042331 = 18.83% → 18.8')
S.rel('share', C, [c2, ct, cs[1]], 'secondary 316312/1042331 = 30.347%, which rounds to 30.3; stated 30.4 so that 18.8 + 30.4 + 50.8 = 100 (forced-sum rounding; judgement call, keyed consistent)')
S.rel('sum', C, cs, 'structure 18.8 + 30.4 + 50.8 = 100')
S.rel('sum', C, cs0, '2021 structure 19.7 + 29.6 + 50.7 = 100')
S.rel('share', C, [F(SC, '572567'+W2), ct, F(SC, '54.9%')], 'non-public economy 572567/1042331 = 54.93% → 54.9')
S.rel('share', C, sh_ct, 'tax 104606/135613 = 77.14% → 77.1')
S.rel('sum', C, sum_ct, 'tax by sector 195 + 58737 + 45674 = 104606')
S.rel('restatement', C, [ctx, ctb], 'tax 104606 in the text and the table')
S.rel('sum', U, [F(SC, '77523'+W2), ctx, cf], 'general budget revenue and tax revenue overlap inside fiscal revenue: 77523 + 104606 ≠ 135613 and should not')
S.rel('growth', U, [F(SC, '58174'), F(SC, '17.7'), ctb2, F(SC, '1.7', pre='\n\n', post='\n')], 'industry (#, part of the secondary sector) +17.7% vs secondary +1.7%: nested, weights of the rest not stated; not a contradiction')
a = ALT(SC, 1, c2, '316812'+W2, 'secondary value added 316312 → 316812')
B(a, sum_c, c2, '316812'+W2, 'parts add to 1042831, not 1042331', 'sum')
a = ALT(SC, 2, ctb3, '45974', 'tertiary-sector tax 45674 → 45974')
B(a, sum_ct, ctb3, '45974', 'table parts add to 104906, not 104606', 'sum')
a = ALT(SC, 3, ctp, '71.1%', 'tax share of fiscal revenue 77.1 → 71.1')
B(a, sh_ct, ctp, '71.1%', '104606/135613 = 77.1%, not 71.1', 'share')

# ---- People's Daily 1958-12-22: national steel output 1958 (Chinese numerals)
g1073 = F(RM, '一千零七十三万吨', n=0); g1073b = F(RM, '一千零七十三万吨', n=1); g535 = F(RM, '五百三十五万吨', n=0)
g2x = F(RM, '一倍挂零'); gtt = F(RM, '1070万吨'); gtb = F(RM, '一千零七十万吨'); gfan = F(RM, '翻一番')
g317 = F(RM, '31.7%'); g400 = F(RM, '四百万吨')
gr_r = [g535, g1073, g2x]; db_r = [g535, gfan, gtb]; fy_r = [g317, g400, F(RM, '五百三十五万吨', n=1)]
S.rel('growth', C, gr_r, '1073/535 = 2.006: an increase of 100.6%, “一倍挂零”')
S.rel('restatement', C, [g1073, g1073b], '1073万吨 stated twice')
S.rel('restatement', C, [gtt, gtb], 'the 1958 goal 1070万吨 in the headline and the body')
S.rel('growth', C, db_r, 'doubling 535 gives 1070: the goal is “翻一番”')
S.rel('target', M, [gtb, g1073], '1958 national steel goal 1070万吨, output 1073万吨 by 19 December: met')
S.rel('growth', C, fy_r, 'first five-year plan: 1957 535, five-year increase 四百万 → 1952 about 135; (535/135)^(1/5) = 1.317: 31.7% a year (四百万 is round: with ±50万 the range is 23.7–44.5%)')
S.rel('target', U, [F(RM, '1800万吨'), g1073], '1800万吨 is the 1959 goal: another year')
S.rel('growth', U, [F(RM, '七百六十万吨'), g1073], '760万吨 is output summed over 1890–1949, not a level: no growth relation')
S.rel('restatement', U, [F(RM, '一千一百万吨左右'), g1073], 'full-year estimate 1100万吨左右 vs output to 19 December 1073万吨: different periods')
a = ALT(RM, 1, g535, '五百五十三万吨', '1957 output (first statement) 535 → 553')
B(a, gr_r, g535, '五百五十三万吨', '1073/553 = 1.94: not “增加了一倍挂零”', 'growth')
B(a, db_r, g535, '五百五十三万吨', 'doubling 553 gives 1106, not 1070', 'growth')
a = ALT(RM, 2, g317, '13.7%', 'first-plan yearly growth 31.7 → 13.7')
B(a, fy_r, g317, '13.7%', '535 − 四百万 (350–450) gives a 1952 level of 85–185, i.e. 23.7–44.5% a year: 13.7 is outside', 'growth')
a = ALT(RM, 3, gtb, '一千零九十万吨', 'the goal in the body 1070 → 1090')
B(a, [gtt, gtb], gtb, '一千零九十万吨', 'headline goal 1070万吨 vs body 1090万吨', 'restatement')


# ---- further traps (within documents and across them)
S.rel('share', U, [aq, aqe], '阿拉善 banner-level revenue 277034 vs banner-level spending 819317: no ratio is stated')
S.rel('growth', U, [ht, hg, hb1], '杭锦旗: +17.84% is the whole banner’s growth; the growth of the banner-level part 52031 is not stated')
S.rel('restatement', U, [F(SY, '4.6%'), F(SY, '4.5%')], '沈阳 counties: primary value added +4.6% vs agricultural gross output +4.5%: different indicators')
S.rel('growth', U, [F(LY, '25.6万吨'), F(LY, '30.3%')], '辽阳 fruit +30.3%: the 2016 level is not stated')
S.rel('growth', U, [F(SH, '-9.9%'), F(SH, '0.5%'), F(SH, '3.5%', pre='、'), sg4], '三河 cumulative quarterly rates −9.9, 0.5, 3.5, 4.5: quarterly levels are not stated; no check')
S.rel('growth', U, [xg, F(SX, '0.8个')], '山西 H1 +6.9%, 0.8 points above Q1: the Q1 rate is not stated')
S.rel('restatement', U, [F(HK, '86.6%', n=0), F(HK, '86.6%', n=1)], '海口 tax at 86.6% of its budget vs land-sale revenue in September +86.6%: different indicators sharing a number')
S.rel('growth', U, [gr_, F(SYA, '1.2%'), fr, F(SYA, '8.0%')], '三亚 revenue +1.2% and fund revenue +8.0%: 2019 levels not stated')
S.rel('rate', U, [F(HNP, '7.7%'), F(HNP, '7.9%'), F(HNP, '8.4%')], '湖南 2021 GDP +7.7% with services +7.9% and industry +8.4%: sector weights not stated')
S.rel('target', U, [ptg, F(HNP, '7.7%')], '2022 GDP target +6.5%以上 vs the 2021 result +7.7%: another year')
S.rel('growth', U, [F(HNR, '20%'), F(HNR, '1000亿美元')], '湖南 2022 trade +20%, above 1000亿美元: the 2021 level is not stated')
S.rel('rate', U, [F(PZ, '11.3%'), F(PZ, '5.5%'), F(PZ, '2.6%'), F(PZ, '5.1%'), F(PZ, '2.4%'), F(PZ, '0.2%'), F(PZ, '5.8%'), F(PZ, '4.7%')], '彭泽 tertiary branch rates vs tertiary +4.7%: branch weights not stated')
S.rel('share', U, [F(JXI, '6.36億斤'), F(JXI, '74.1萬畝')], '金溪 grain output and area: no yield is stated; nothing to check')
S.rel('growth', U, [F(SC, '4.7%'), F(SC, '5.4%')], '石城 non-public economy +5.4% vs GDP +4.7%: nested; the rest is not stated')
S.rel('restatement', U, [F(RM, '五百多万吨'), F(RM, '一千万吨以上'), g535, g1073], '“从五百多万吨增加到一千万吨以上” is the range for other countries’ histories, not a restatement of 535 and 1073')
S.rel('growth', U, [F(RM, '九十二万吨'), g535], '92万吨 in 1943 vs 535万吨 in 1957: no rate stated; not a check')
# across documents
S.rel('restatement', U, [F(PZ, '4.6%', n=0), F(SY, '4.6%')], '彭泽 2022 GDP +4.6% vs 沈阳 counties’ primary sector Q1–Q3 2023 +4.6%: other place, period and indicator')
S.rel('restatement', U, [sg, F(SY, '4.5%')], '三河 2020 GDP +4.5% vs 沈阳 counties’ agricultural output +4.5% (2023): other place, period and indicator')
S.rel('restatement', U, [ag, F(SX, '8.1%', n=0)], '阿拉善 2020 revenue +8.1% vs 山西 H1 2017 industry +8.1%: other place, period and indicator')
S.rel('growth', U, [nt_, rt], '蓝山 2023 revenue 109489 vs 华容 2021 revenue 112853: other counties and years; no growth relation')
S.rel('target', U, [F(SYA, '95.0%'), F(HK, '82.7%')], '三亚 2020 budget completion 95.0% vs 海口 Jan–Sep 2021 82.7%: other cities and periods')
S.rel('share', U, [nt_, F(HNR, '3101.8亿元')], '蓝山 2023 revenue vs 湖南 2022 revenue: a county’s share of its province would need the same year; not stated')
S.rel('growth', U, [F(JXI, '4.8%'), F(JXI, '0.1個'), F(SC, '4.7%')], '金溪 +4.8%, 0.1 points above the province (江西 2022): 石城’s +4.7% is another county’s rate, not the provincial rate, although the numbers coincide')
S.rel('target', U, [ptg, F(PZ, '4.6%', n=0)], '湖南 2022 GDP target (6.5%以上) vs 彭泽 (江西) 2022 GDP +4.6%: other place')

# fill {B}: the id of the original relation an altered copy breaks
orig = {}
for r in S.rels:
    if not any('_alt' in d for d in r['docs']):
        orig[tuple((f['text'], f['start']) for f in r['figures'])] = r['id']
for r in S.rels:
    if '{B}' in r['why']:
        src = [d for d in r['docs'] if '_alt' in d][0]
        alt = [x for x in S.alts if x['doc'] == src][0]
        def same(t, ft):
            return t == ft or alt['original'].replace(t, ft) == alt['altered']
        cands = [oid for k, oid in orig.items() if len(k) == len(r['figures']) and all(s == f['start'] and same(t, f['text']) for (t, s), f in zip(k, r['figures']))]
        assert len(cands) == 1, (r['id'], cands)
        r['why'] = r['why'].replace('{B}', cands[0])
S.write()

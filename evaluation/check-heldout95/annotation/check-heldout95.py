"""Check key, set check-heldout95. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout95.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout95'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

MS13='ms_2013.txt'; SF15='sf_2015.txt'; SN15='sf_2015_news.txt'; WJ='wj_2021_hant.txt'; JY10='jy_2010.txt'; JY22='jy_2022_hant.txt'
JT22='jt_2022.txt'; JT16='jt_2016.txt'; SL='sl_2023.txt'; JTM='jt_2019m11.txt'; JTT='jt_2019t.txt'; JTP='jt_2019p.txt'; JTR='jt_2019r_hant.txt'
XHQ='xhq_2020.txt'; XB='xb_1957.txt'; TXQ='txq_m11.txt'; CS='cs_2020.txt'

# ---- 民政部 2013 社会服务发展统计公报 (national ministry bulletin, extract)
mb = F(MS13, '526.7万张'); mbt = F(MS13, '526.7', pre='449.3\n\n'); mb12 = F(MS13, '449.3'); mbg = F(MS13, '17.2%')
mk = F(MS13, '3.9张'); mkg = F(MS13, '17.3%'); mk12 = F(MS13, '3.32'); mk13 = F(MS13, '3.87')
mj = F(MS13, '261个'); mj1 = F(MS13, '155个'); mj2 = F(MS13, '106个')
mc = F(MS13, '803个'); mc1 = F(MS13, '529个'); mc2 = F(MS13, '274个'); mcb = F(MS13, '9.8万张'); mcb1 = F(MS13, '8.7万张'); mcb2 = F(MS13, '1.1万张')
S.rel('growth', C, [mb12, mb, mbg], 'beds 449.3 (2012, table) → 526.7: +17.23% → 17.2')
S.rel('restatement', C, [mb, mbt], 'beds 526.7万张 in the text and 526.7 in table 3 (2013 column)')
S.rel('restatement', C, [mk, mk13], 'beds per 1000 people 3.9 in the text, 3.87 in the table: same figure rounded')
S.rel('growth', I, [mk12, mk13, mkg], 'REAL ERROR in the original: beds per 1000 people 3.32 (2012) → 3.87 (2013) is +16.6% (at most +16.9% with the half-units), the text says +17.3%')
S.rel('sum', C, [mj1, mj2, mj], 'mental-health institutions 155 + 106 = 261')
sum_mc = [mc1, mc2, mc]
S.rel('sum', C, sum_mc, 'child institutions 529 + 274 = 803')
S.rel('sum', C, [mcb1, mcb2, mcb], 'child-institution beds 8.7 + 1.1 = 9.8万张')
S.rel('growth', U, [F(MS13, '493.7万张'), F(MS13, '18.9%'), mb12], 'elderly-care beds 493.7 +18.9%: their 2012 level is not stated; 449.3 is all social-service beds (another scope)')
S.rel('rate', U, [F(MS13, '24.4张'), mk], '24.4 elderly-care beds per 1000 elderly vs 3.9 beds per 1000 people: different numerators and denominators')
S.rel('sum', U, [F(MS13, '1.3万个'), F(MS13, '4.6万个')], '1.3万 registered as public institutions is one subset (其中) of 4.6万, the rest is not split')
a = ALT(MS13, 1, mc2, '284个', 'juvenile protection centres 274 → 284')
S.rel('sum', I, R(a, sum_mc, mc2, '284个'), 'altered: 529 + 284 = 813, not 803 (breaks {B})')
a = ALT(MS13, 2, mb12, '419.3', '2012 beds in table 3 449.3 → 419.3')
S.rel('growth', I, [on(a, mb12, '419.3'), on(a, mb), on(a, mbg)], 'altered: 419.3 → 526.7 is +25.6%, not 17.2 (breaks {B})')

# ---- 民政部 2015 社会服务发展统计公报 (bulletin text on a document site) and a news write-up of it
sw = F(SF15, '20.6万人'); sw1 = F(SF15, '5.2万人'); sw2 = F(SF15, '15.4万人')
se = F(SF15, '4926.4亿元'); sc = F(SF15, '2270.3亿元'); scp = F(SF15, '46.1%')
sy = F(SF15, '11.6万个'); sy1 = F(SF15, '2.8万个'); sy2 = F(SF15, '2.6万个'); sy3 = F(SF15, '6.2万个')
syb = F(SF15, '672.7万张'); syk = F(SF15, '30.3张'); sybg = F(SF15, '16.4%')
sum_sy = [sy1, sy2, sy3, sy]
S.rel('sum', C, [sw1, sw2, sw], 'social workers 5.2 + 15.4 = 20.6万')
S.rel('share', C, [sc, se, scp], 'central transfers 2270.3/4926.4 = 46.08% → 46.1')
S.rel('sum', C, sum_sy, 'elderly-care institutions and facilities 2.8 + 2.6 + 6.2 = 11.6万')
S.rel('share', U, [se, F(SF15, '2.8%')], 'spending 4926.4亿 is 2.8% of national fiscal spending, which is not stated')
S.rel('share', U, [F(SF15, '298.1万张'), syb], 'community day-care beds 298.1 are a subset (其中) of 672.7; no share is stated')
nb = F(SN15, '672.7万张'); nk = F(SN15, '30.3张'); ny = F(SN15, '11.6万个'); nbg = F(SN15, '16.4%')
no = F(SN15, '50.2万人'); no1 = F(SN15, '9.2万人'); no2 = F(SN15, '41万人')
nd = F(SN15, '654.5亿元'); nd1 = F(SN15, '44.2亿元'); nd2 = F(SN15, '610.3亿元')
S.rel('restatement', C, [syb, nb], '2015 elderly-care beds 672.7万张 in the bulletin text and in the news write-up')
S.rel('restatement', C, [syk, nk], '30.3 beds per 1000 elderly in both documents')
S.rel('restatement', C, [sy, ny], '11.6万 elderly-care institutions and facilities in both documents')
S.rel('restatement', C, [sybg, nbg], 'beds +16.4% in both documents')
sum_no = [no1, no2, no]
S.rel('sum', C, sum_no, 'orphans 9.2 + 41 = 50.2万 (集中供养 + 社会散居)')
sum_nd = [nd1, nd2, nd]
S.rel('sum', C, sum_nd, 'donations 44.2 + 610.3 = 654.5亿')
S.rel('sum', U, [F(SN15, '22200万人'), F(SN15, '14386万人'), F(SN15, '16.1%'), F(SN15, '10.5%')], 'people 65+ (14386万, 10.5%) are inside people 60+ (22200万, 16.1%): nested, not additive; the total population is not stated')
S.rel('restatement', C, [F(SN15, '654亿'), nd], 'headline 654亿 (653.5–654.5) restates 654.5亿元 (654.45–654.55): the ranges meet; the headline truncates')
S.rel('growth', U, [F(MS13, '493.7万张'), nb, nbg], '2013 elderly-care beds 493.7 → 2015 672.7: the +16.4% is 2015 over 2014 (2014 level not stated), not over the two years; also the 2013 count used another scope (changed in 2014)')
a = ALT(SF15, 1, sy3, '6.8万个', 'mutual-aid facilities 6.2 → 6.8万')
S.rel('sum', I, R(a, sum_sy, sy3, '6.8万个'), 'altered: 2.8 + 2.6 + 6.8 = 12.2, not 11.6 (breaks {B})')
a = ALT(SF15, 2, scp, '48.1%', 'central-transfer share 46.1 → 48.1')
S.rel('share', I, [on(a, sc), on(a, se), on(a, scp, '48.1%')], 'altered: 2270.3/4926.4 = 46.1%, not 48.1 (breaks {B})')
a = ALT(SN15, 1, nd2, '619.3亿元', 'donations via social organisations 610.3 → 619.3')
S.rel('sum', I, R(a, sum_nd, nd2, '619.3亿元'), 'altered: 44.2 + 619.3 = 663.5, not 654.5 (breaks {B})')
a = ALT(SN15, 2, nb, '632.7万张', 'elderly-care beds in the news 672.7 → 632.7')
S.rel('restatement', I, [syb, on(a, nb, '632.7万张')], 'altered: the bulletin says 672.7万张, the news 632.7 (breaks {B})')

# ---- 国家卫生健康委 2021 统计公报, news write-up (traditional)
wt = F(WJ, '75593.6億元'); w1 = F(WJ, '20718.5億元'); w2 = F(WJ, '33920.3億元'); w3 = F(WJ, '20954.8億元')
wp1 = F(WJ, '27.4%'); wp2 = F(WJ, '44.9%'); wp3 = F(WJ, '27.7%')
wr = F(WJ, '1398.3萬人'); wrd = F(WJ, '50.8萬人'); wrg = F(WJ, '3.8%')
wtch = F(WJ, '1124.2萬人'); wtd = F(WJ, '56.4萬人'); wtg = F(WJ, '5.3%')
wv = F(WJ, '84.7億'); wvd = F(WJ, '7.3億人次'); wvg = F(WJ, '9.4%')
wv1 = F(WJ, '38.8億人次'); wv2 = F(WJ, '42.5億人次'); wv3 = F(WJ, '3.4億人次'); wq1 = F(WJ, '45.8%'); wq2 = F(WJ, '50.2%'); wq3 = F(WJ, '4.0%')
sum_w = [w1, w2, w3, wt]
S.rel('sum', C, sum_w, 'health spending 20718.5 + 33920.3 + 20954.8 = 75593.6')
S.rel('share', C, [w1, wt, wp1], 'government 20718.5/75593.6 = 27.41% → 27.4')
S.rel('share', C, [w2, wt, wp2], 'social 33920.3/75593.6 = 44.87% → 44.9')
S.rel('share', C, [w3, wt, wp3], 'personal 20954.8/75593.6 = 27.72% → 27.7')
S.rel('sum', C, [wp1, wp2, wp3], '27.4 + 44.9 + 27.7 = 100')
S.rel('growth', C, [wr, wrd, wrg], 'health workers +50.8 on 1347.5 = +3.77% → 3.8')
S.rel('growth', C, [wtch, wtd, wtg], 'health technicians +56.4 on 1067.8 = +5.28% → 5.3')
S.rel('growth', C, [wv, wvd, wvg], 'visits +7.3 on 77.4 = +9.43% → 9.4')
sum_wv = [wv1, wv2, wv3, wv]
S.rel('sum', C, sum_wv, 'visits 38.8 + 42.5 + 3.4 = 84.7億')
S.rel('share', C, [wv1, wv, wq1], 'hospitals 38.8/84.7 = 45.81% → 45.8')
S.rel('share', C, [wv2, wv, wq2], 'primary care 42.5/84.7 = 50.18% → 50.2')
S.rel('share', C, [wv3, wv, wq3], 'other 3.4/84.7 = 4.01% → 4.0')
sum_wq = [wq1, wq2, wq3]
S.rel('sum', C, sum_wq, '45.8 + 50.2 + 4.0 = 100')
S.rel('sum', U, [F(WJ, '8013個'), F(WJ, '1176個'), F(WJ, '7754個')], 'hospitals +1176 and primary care +7754 add to 8930, more than the net +8013: other institution types fell; the increments are not a split')
S.rel('sum', U, [F(WJ, '428.7萬人'), F(WJ, '501.8萬人'), wtch], 'doctors 428.7 + nurses 501.8 = 930.5 of 1124.2 technicians: subsets (pharmacists, technicians … not listed)')
S.rel('share', U, [wt, F(WJ, '6.5%')], 'spending 6.5% of GDP: GDP is not stated')
S.rel('rate', U, [wv, F(WJ, '6.0次')], '6.0 visits per resident: the population is not stated')
a = ALT(WJ, 1, w3, '20854.8億元', 'personal health spending 20954.8 → 20854.8')
S.rel('sum', I, R(a, sum_w, w3, '20854.8億元'), 'altered: parts add to 75493.6, not 75593.6 (breaks {B})')
S.rel('share', I, [on(a, w3, '20854.8億元'), on(a, wt), on(a, wp3)], 'altered: 20854.8/75593.6 = 27.59% → 27.6, not 27.7 (breaks {B})')
a = ALT(WJ, 2, wq2, '52.2%', 'primary-care share of visits 50.2 → 52.2')
S.rel('share', I, [on(a, wv2), on(a, wv), on(a, wq2, '52.2%')], 'altered: 42.5/84.7 = 50.2%, not 52.2 (breaks {B})')
S.rel('sum', I, R(a, sum_wq, wq2, '52.2%'), 'altered: 45.8 + 52.2 + 4.0 = 102 (breaks {B})')
a = ALT(WJ, 3, wrg, '3.3%', 'health-worker growth 3.8 → 3.3')
S.rel('growth', I, [on(a, wr), on(a, wrd), on(a, wrg, '3.3%')], 'altered: +50.8 on 1347.5 is +3.8%, not 3.3 (breaks {B})')

# ---- 教育部 2010 全国教育事业发展统计公报, higher-education section (simplified)
e_all = F(JY10, '2723所'); e_pt = F(JY10, '2358所'); e_cr = F(JY10, '365所'); e_bk = F(JY10, '1112所'); e_zk = F(JY10, '1246所')
e_u = F(JY10, '797个'); e_u1 = F(JY10, '481个'); e_u2 = F(JY10, '316个')
g_in = F(JY10, '53.82万人'); g_in1 = F(JY10, '6.38万人'); g_in2 = F(JY10, '47.44万人'); g_ind = F(JY10, '2.72万人'); g_ing = F(JY10, '5.33%')
g_st = F(JY10, '153.84万人'); g_st1 = F(JY10, '25.89万人'); g_st2 = F(JY10, '127.95万人'); g_std = F(JY10, '13.35万人'); g_stg = F(JY10, '9.50%')
g_gr = F(JY10, '38.36万人'); g_gr1 = F(JY10, '4.90万人'); g_gr2 = F(JY10, '33.46万人'); g_grd = F(JY10, '1.23万人'); g_grg = F(JY10, '3.31%')
u_gr = F(JY10, '575.42万人'); u_grd = F(JY10, '44.32万人'); u_grg = F(JY10, '8.34%')
S.rel('sum', C, [e_pt, e_cr, e_all], 'regular 2358 + adult 365 = 2723 institutions')
S.rel('sum', C, [e_bk, e_zk, e_pt], 'undergraduate 1112 + vocational 1246 = 2358 regular institutions')
S.rel('sum', C, [F(JY10, '53所'), F(JY10, '19所'), F(JY10, '34所')], 'change: +53 regular − 19 adult = +34')
S.rel('sum', C, [F(JY10, '22所'), F(JY10, '31所'), F(JY10, '53所')], 'change: +22 undergraduate + 31 vocational = +53 regular')
S.rel('sum', C, [e_u1, e_u2, e_u], 'graduate-training units 481 + 316 = 797')
sum_gin = [g_in1, g_in2, g_in]
S.rel('sum', C, sum_gin, 'graduate entrants 6.38 + 47.44 = 53.82万')
S.rel('sum', C, [g_st1, g_st2, g_st], 'graduate students 25.89 + 127.95 = 153.84万')
S.rel('sum', C, [g_gr1, g_gr2, g_gr], 'graduates 4.90 + 33.46 = 38.36万')
S.rel('growth', C, [g_in, g_ind, g_ing], 'entrants +2.72 on 51.10 = +5.32%; with the half-units 5.32–5.33: stated 5.33, consistent')
S.rel('growth', C, [g_st, g_std, g_stg], '+13.35 on 140.49 = +9.50%')
S.rel('growth', C, [g_gr, g_grd, g_grg], '+1.23 on 37.13 = +3.31%')
S.rel('growth', C, [F(JY10, '661.76万人'), F(JY10, '22.27万人'), F(JY10, '3.48%')], 'undergraduate entrants +22.27 on 639.49 = +3.48%')
S.rel('growth', C, [F(JY10, '2231.79万人'), F(JY10, '87.13万人'), F(JY10, '4.06%')], 'enrolment +87.13 on 2144.66 = +4.06%')
S.rel('growth', C, [u_gr, u_grd, u_grg], 'graduates +44.32 on 531.10 = +8.34%')
S.rel('rate', U, [F(JY10, '2231.79万人'), F(JY10, '134.31万人'), F(JY10, '17.33∶1')], '2231.79/134.31 = 16.6, the stated ratio 17.33:1 uses full-time-equivalent students (折合在校生), not stated')
S.rel('share', U, [F(JY10, '323所'), e_pt], '323 independent colleges are included (含) in 2358; no share stated')
S.rel('sum', U, [F(JY10, '3105万人'), F(JY10, '2231.79万人'), F(JY10, '536.04万人'), g_st], 'total higher-education scale 3105万 is not the sum of the listed enrolments (self-study, other forms, FTE conversion)')
a = ALT(JY10, 1, g_in2, '47.94万人', 'master entrants 47.44 → 47.94')
S.rel('sum', I, R(a, sum_gin, g_in2, '47.94万人'), 'altered: 6.38 + 47.94 = 54.32, not 53.82 (breaks {B})')
a = ALT(JY10, 2, g_ing, '5.83%', 'growth of graduate entrants 5.33 → 5.83')
S.rel('growth', I, [on(a, g_in), on(a, g_ind), on(a, g_ing, '5.83%')], 'altered: +2.72 on 51.10 is 5.3%, not 5.83 (breaks {B})')
a = ALT(JY10, 3, u_grg, '8.84%', 'growth of undergraduate graduates 8.34 → 8.84')
S.rel('growth', I, [on(a, u_gr), on(a, u_grd), on(a, u_grg, '8.84%')], 'altered: +44.32 on 531.10 is 8.34%, not 8.84 (breaks {B})')

# ---- 教育部 2022 figures, news (中評社, traditional)
k_all = F(JY22, '3013所'); k1 = F(JY22, '1239所'); k2 = F(JY22, '32所'); k3 = F(JY22, '1489所'); k4 = F(JY22, '253所')
k_in = F(JY22, '124.25萬人', n=1); k_in1 = F(JY22, '13.90萬人'); k_in2 = F(JY22, '110.35萬人')
k_st = F(JY22, '365.36萬人'); k_st1 = F(JY22, '55.61萬人'); k_st2 = F(JY22, '309.75萬人')
k_t = F(JY22, '197.78萬人'); k_t1 = F(JY22, '131.58萬人'); k_t2 = F(JY22, '2.78萬人'); k_t3 = F(JY22, '61.95萬人'); k_t4 = F(JY22, '1.47萬人')
sum_kt = [k_t1, k_t2, k_t3, k_t4, k_t]
S.rel('sum', C, [k1, k2, k3, k4, k_all], '1239 + 32 + 1489 + 253 = 3013 institutions')
S.rel('sum', C, [k_in1, k_in2, k_in], 'graduate entrants 13.90 + 110.35 = 124.25萬')
S.rel('sum', C, [k_st1, k_st2, k_st], 'graduate students 55.61 + 309.75 = 365.36萬')
S.rel('sum', C, sum_kt, 'teachers 131.58 + 2.78 + 61.95 + 1.47 = 197.78萬')
S.rel('sum', C, [F(JY22, '467.94萬人'), F(JY22, '7.63萬人'), F(JY22, '538.98萬人'), F(JY22, '1014.54萬人')], '467.94 + 7.63 + 538.98 = 1014.55 vs 1014.54: within the half-units (the 54.29 five-year transfers are 另有, outside)')
S.rel('restatement', C, [F(JY22, '124.25萬人', n=0), k_in], 'graduate entrants 124.25萬 in the lead and in the body')
S.rel('restatement', C, [F(JY22, '5.61%', n=0), F(JY22, '5.61%', n=1)], '+5.61% in the lead and in the body')
S.rel('share', U, [F(JY22, '164所'), k1], '164 independent colleges are included (含) in the 1239 undergraduate schools; no share stated')
S.rel('growth', U, [F(JY22, '7.63萬人'), F(JY22, '84.39%')], 'vocational-undergraduate entrants +84.39%: the 2021 level is not stated')
S.rel('growth', U, [g_in, k_in], 'graduate entrants 53.82万 (2010) → 124.25萬 (2022): no rate for the span is stated; 5.61% is 2022 over 2021')
S.rel('restatement', U, [e_pt, k1], '2358 regular institutions (2010) vs 1239 undergraduate schools (2022): other year and other scope')
a = ALT(JY22, 1, k_in2, '116.35萬人', 'master entrants 110.35 → 116.35')
S.rel('sum', I, [on(a, k_in1), on(a, k_in2, '116.35萬人'), on(a, k_in)], 'altered: 13.90 + 116.35 = 130.25, not 124.25 (breaks {B})')
a = ALT(JY22, 2, k_t3, '69.95萬人', 'vocational-college teachers 61.95 → 69.95')
S.rel('sum', I, R(a, sum_kt, k_t3, '69.95萬人'), 'altered: parts add to 205.78, not 197.78 (breaks {B})')

# ---- 交通运输部 2022 统计公报, news extract
t_all = F(JT22, '38545亿元'); t_gs = F(JT22, '30205亿元'); t_rw = F(JT22, '7109亿元'); t_hw = F(JT22, '28527亿元', n=0); t_ww = F(JT22, '1679亿元'); t_ca = F(JT22, '1231亿元')
sum_t = [t_rw, t_gs, t_ca, t_all]; sum_gs = [t_hw, t_ww, t_gs]
S.rel('sum', C, sum_t, 'rail 7109 + road-and-water 30205 + aviation 1231 = 38545')
S.rel('sum', C, sum_gs, 'road 28527 + water 1679 = 30206 vs 30205: within the half-units')
S.rel('sum', U, [F(JT22, '16262亿元'), F(JT22, '5973亿元'), F(JT22, '4733亿元'), t_hw], 'expressways, national/provincial roads and rural roads (其中) add to 26968 of 28527: other road investment is not listed; not a split')
S.rel('sum', U, [F(JT22, '867亿元'), F(JT22, '794亿元'), t_ww], 'inland 867 + coastal 794 = 1661 of 1679: support systems etc. not listed; not a split')
S.rel('share', U, [F(JT22, '8273亿元'), t_hw], '832 poverty-relieved counties 8273亿: a regional subset of 28527, no share stated')
a = ALT(JT22, 1, t_rw, '7409亿元', 'rail investment 7109 → 7409')
S.rel('sum', I, R(a, sum_t, t_rw, '7409亿元'), 'altered: parts add to 38845, not 38545 (breaks {B})')
a = ALT(JT22, 2, t_gs, '30605亿元', 'road-and-water investment 30205 → 30605')
S.rel('sum', I, R(a, sum_t, t_gs, '30605亿元'), 'altered: 7109 + 30605 + 1231 = 38945, not 38545 (breaks {B})')
S.rel('sum', I, R(a, sum_gs, t_gs, '30605亿元'), 'altered: 28527 + 1679 = 30206, not 30605 (breaks {B})')

# ---- 交通运输部 2016 investment, news (中新社)
u_all = F(JT16, '2.85万亿元', n=1); u_rw = F(JT16, '8015亿元'); u_hw = F(JT16, '17787亿元'); u_ww = F(JT16, '1894亿元'); u_ca = F(JT16, '770亿元')
u_hw2 = F(JT16, '1.78万亿元')
sum_u = [u_rw, u_hw, u_ww, u_ca, u_all]
S.rel('sum', C, sum_u, '8015 + 17787 + 1894 + 770 = 28466 ≈ 2.85万亿 (28450–28550)')
S.rel('restatement', C, [F(JT16, '2.85万亿元', n=0), u_all], 'headline and body 2.85万亿元')
S.rel('restatement', C, [u_hw, u_hw2], 'road investment 17787亿元 and again as 1.78万亿元')
S.rel('share', U, [F(JT16, '28.1亿人次'), F(JT16, '14.7%')], 'rail share of passenger volume 14.7%: the total is not stated (the four modes given add to 192.0亿; 28.1/192.0 = 14.6)')
S.rel('growth', U, [F(JT16, '14.7%'), F(JT16, '1.6个'), F(JT16, '2.5%'), F(JT16, '0.3个')], 'shares up 1.6 and 0.3 points on 2015: the 2015 shares are not stated')
S.rel('growth', U, [F(JT16, '3.2%'), F(JT16, '1.3个')], 'port throughput +3.2%, 1.3 points above 2015: the 2015 rate is not stated')
S.rel('growth', U, [u_hw, t_hw], 'road investment 17787 (2016) vs 28527 (2022): different years, no rate stated for the span')
a = ALT(JT16, 1, u_ww, '1394亿元', 'water and other investment 1894 → 1394')
S.rel('sum', I, R(a, sum_u, u_ww, '1394亿元'), 'altered: parts add to 27966, below 2.85万亿 (28450–28550) (breaks {B})')
a = ALT(JT16, 2, u_hw2, '1.73万亿元', 'road investment restated 1.78 → 1.73万亿')
S.rel('restatement', I, [on(a, u_hw), on(a, u_hw2, '1.73万亿元')], 'altered: 17787亿 is 1.78万亿, not 1.73 (breaks {B})')

# ---- 水利部 2023 (Jan–Nov) investment, news (中新网)
l_all = F(SL, '10938亿'); l1 = F(SL, '5148亿元', n=0); l2 = F(SL, '2938亿元'); l3 = F(SL, '1921亿元'); l4 = F(SL, '931亿元')
sum_l = [l1, l2, l3, l4, l_all]
S.rel('sum', C, sum_l, 'four fields 5148 + 2938 + 1921 + 931 = 10938')
S.rel('restatement', C, [l1, F(SL, '5148亿元', n=1)], 'water-network investment 5148亿元 stated twice')
S.rel('growth', U, [l_all, F(SL, '854亿元'), F(SL, '10893亿元')], '10938 is 854 above Jan–Nov 2022 (10084, not stated); 10893 is the full year 2022, another period')
S.rel('share', U, [F(SL, '61%'), l_all], 'the 11 provinces above 500亿 make 61%: their sum is not stated')
a = ALT(SL, 1, l3, '1971亿元', 'river-and-lake ecology investment 1921 → 1971')
S.rel('sum', I, R(a, sum_l, l3, '1971亿元'), 'altered: parts add to 10988, not 10938 (breaks {B})')

# ---- 交通运输部 2019: targets (Jan 2019), Jan–Nov result (Dec 2019), estimate (Dec 2019), final (May 2020, traditional)
m_all = F(JTM, '2940.3亿元'); m_gs = F(JTM, '21595亿元'); m_t19 = F(JTM, '1.8万亿元', n=0); m_p = F(JTM, '120.0%'); m_hw = F(JTM, '20242亿元')
m_t20 = F(JTM, '1.8万亿元', n=1); m_rw20 = F(JTM, '8000亿元'); m_ca20 = F(JTM, '900亿元')
S.rel('sum', I, [m_gs, m_all], 'REAL ERROR in the original: road-and-water investment 21595亿 (a part) is larger than all transport investment "2940.3亿元" (Jan–Nov); the total was evidently 29403亿 with the decimal point misplaced')
S.rel('share', C, [m_gs, m_t19, m_p], '21595/18000 = 119.97% → 120.0')
S.rel('target', M, [m_t19, m_gs], '2019 road-and-water target 1.8万亿元; Jan–Nov already 21595亿 (120.0%): met')
S.rel('restatement', U, [m_t19, m_t20], '1.8万亿元 twice: the 2019 target (全年) and the 2020 target (明年): same number, other period')
S.rel('target', U, [m_t20, m_gs], '2020 target 1.8万亿 vs the 2019 Jan–Nov result 21595: other period')
S.rel('share', U, [m_hw, m_gs], 'road 20242 of road-and-water 21595 (其中): no share stated')
tt19 = F(JTT, '1.8万亿元'); tt_h = F(JTT, '1.8万亿', n=0, post='!'); t18 = F(JTT, '3.2万亿元'); t18r = F(JTT, '8000多亿元'); t18g = F(JTT, '2.3万亿元'); t18c = F(JTT, '800多亿元')
S.rel('restatement', C, [tt_h, tt19], 'headline 1.8万亿 restates the 2019 road-and-water target')
S.rel('sum', C, [t18r, t18g, t18c, t18], '2018: rail 8000多 + road-and-water 约2.3万亿 + aviation 800多 = 31800–32900 (31300–33400 with the half-unit of 2.3), overlapping 约3.2万亿 (31500–32499)')
S.rel('target', U, [tt19, t18g], '2019 target 1.8万亿 vs 2018 result 约2.3万亿: other year')
p_all = F(JTP, '32135亿元'); p_rw = F(JTP, '8000亿元', n=1); p_gs = F(JTP, '23185亿元'); p_ca = F(JTP, '950亿元')
p_rw20 = F(JTP, '8000亿元', n=0); p_gs20 = F(JTP, '1.8万亿元'); p_ca20 = F(JTP, '900亿元'); p_h = F(JTP, '3.2万亿元')
sum_p = [p_rw, p_gs, p_ca, p_all]
S.rel('sum', C, sum_p, '2019 estimate: 8000 + 23185 + 950 = 32135')
S.rel('restatement', C, [p_h, p_all], 'subheading 3.2万亿元 restates the estimate 32135亿元')
S.rel('restatement', C, [m_rw20, p_rw20], '2020 rail target 8000亿元 in both December 2019 reports')
S.rel('restatement', C, [m_t20, p_gs20], '2020 road-and-water target 1.8万亿元 in both December 2019 reports')
S.rel('restatement', C, [m_ca20, p_ca20], '2020 aviation target 900亿元 in both December 2019 reports')
S.rel('restatement', U, [p_rw20, p_rw], '8000亿元 twice: the 2020 rail target and the 2019 rail estimate')
S.rel('target', M, [tt19, p_gs], '2019 road-and-water target 1.8万亿元左右 (Jan 2019) vs the December estimate 23185亿: met (an estimate)')
r_all = F(JTR, '32451億元', n=0); r_rw = F(JTR, '8029億元', n=0); r_gs = F(JTR, '23452億元', n=0); r_ca = F(JTR, '969億元', n=0)
r_t20 = F(JTR, '1.8萬億元')
sum_r = [r_rw, r_gs, r_ca, r_all]
S.rel('sum', C, sum_r, '2019 final: 8029 + 23452 + 969 = 32450 vs 32451: within the half-units')
S.rel('restatement', C, [r_all, F(JTR, '32451億元', n=1)], 'the paragraph is repeated: 32451億元 twice')
S.rel('restatement', C, [r_gs, F(JTR, '23452億元', n=1)], 'repeated paragraph: 23452億元 twice')
S.rel('target', M, [tt19, r_gs], '2019 road-and-water target 1.8万亿元左右 (Jan 2019) vs the 2019 result 23452億: met')
S.rel('target', M, [m_t19, r_gs], '2019 target 1.8万亿 named in the Jan–Nov report vs the full-year 23452億: met')
S.rel('restatement', C, [p_gs20, r_t20], '2020 road-and-water target 1.8万亿 (Dec 2019) restated in May 2020 as 约1.8萬億元')
S.rel('restatement', U, [p_all, r_all], '2019 estimate 32135 (Dec 2019) vs final 32451 (May 2020): estimate vs result, not a restatement')
S.rel('restatement', U, [p_rw, r_rw], 'rail 2019: estimate 8000 vs final 8029')
S.rel('target', U, [p_gs20, r_gs], '2020 target 1.8万亿 vs the 2019 result 23452: other year')
S.rel('restatement', U, [u_rw, r_rw], 'rail 8015 (2016) vs 8029 (2019): other years')
a = ALT(JTM, 1, m_p, '126.0%', 'share of the 2019 target reached 120.0 → 126.0')
S.rel('share', I, [on(a, m_gs), on(a, m_t19), on(a, m_p, '126.0%')], 'altered: 21595/18000 = 120.0%, not 126.0 (breaks {B})')
a = ALT(JTM, 2, m_ca20, '800亿元', '2020 aviation target 900 → 800')
S.rel('restatement', I, [on(a, m_ca20, '800亿元'), p_ca20], 'altered: 800亿 here vs 900亿 in the other December report (breaks {B})')
a = ALT(JTP, 1, p_gs, '23785亿元', '2019 estimated road-and-water investment 23185 → 23785')
S.rel('sum', I, R(a, sum_p, p_gs, '23785亿元'), 'altered: parts add to 32735, not 32135 (breaks {B})')
a = ALT(JTR, 1, r_gs, '23752億元', '2019 road-and-water investment (first statement) 23452 → 23752')
S.rel('sum', I, R(a, sum_r, r_gs, '23752億元'), 'altered: parts add to 32750, not 32451 (breaks {B})')
S.rel('restatement', I, [on(a, r_gs, '23752億元'), on(a, F(JTR, '23452億元', n=1))], 'altered: 23752 in the first paragraph vs 23452 in the repeat (breaks {B})')

# ---- 镶黄旗 2021 government work report (banner, 锡林郭勒, 内蒙古): 2020 and the 十三五 review
x1 = F(XHQ, '20.9'); x2 = F(XHQ, '38.7'); x3 = F(XHQ, '40.4')
S.rel('sum', C, [x1, x2, x3], 'structure 20.9 + 38.7 + 40.4 = 100')
S.rel('growth', U, [F(XHQ, '21.3亿元'), F(XHQ, '2.4%')], 'GDP 21.3亿 in 2020, 年均 +2.4% over 2016–2020: the 2015 level is not stated (and 2.4 may be real growth)')
S.rel('growth', U, [F(XHQ, '41661元'), F(XHQ, '6.3%'), F(XHQ, '17441元'), F(XHQ, '9.2%')], 'incomes 41661 and 17441 with yearly averages: 2015 levels are not stated')
S.rel('target', U, [F(XHQ, '94%'), F(XHQ, '99.1%')], '十三五 indicators 94% completed and the 小康 monitoring index 99.1%: composite indices, no stated target to check')
a = ALT(XHQ, 1, x2, '36.7', 'secondary share 38.7 → 36.7')
S.rel('sum', I, [on(a, x1), on(a, x2, '36.7'), on(a, x3)], 'altered: 20.9 + 36.7 + 40.4 = 98 (breaks {B})')

# ---- 人民日报 1957-06-26: 建筑工程部西北工程管理总局 (old text)
S.rel('target', CT, [F(XB, '33.18%')], 'Jan–May output 33.18% of the 1957 annual plan: the year is not over (time share 41.7%); cannot tell')
S.rel('target', MS, [F(XB, '95%')], 'April output 95% of the monthly plan: missed')
S.rel('target', MS, [F(XB, '89.1%')], 'May output 89.1% of the monthly plan: missed')
S.rel('target', MS, [F(XB, '6%'), F(XB, '一百六十七万多元')], 'Jan–Apr: planned cost cut 6%, instead a loss of 167万多元: missed')
S.rel('share', U, [F(XB, '一百六十七万多元'), F(XB, '5.85%')], 'loss 167万 = 5.85% of the work done: the work volume (about 2855万) is not stated')
S.rel('share', U, [F(XB, '60%左右'), F(XB, '33.18%')], 'this year\'s task about 60% of last year\'s work vs 33.18% of this year\'s plan: different bases, neither stated')

# ---- 屯溪区 (黄山, 安徽) Jan–Nov revenue release (year not stated in the passage)
y = F(TXQ, '99552万元'); yb = F(TXQ, '109466万元'); yp = F(TXQ, '90.9%'); yg = F(TXQ, '9.1%'); yd = F(TXQ, '8300万元')
y1 = F(TXQ, '49018万元'); y1p = F(TXQ, '96.3%'); y2 = F(TXQ, '50534万元'); y2p = F(TXQ, '86.3%')
sum_y = [y1, y2, y]
S.rel('share', C, [y, yb, yp], '99552/109466 = 90.94% → 90.9')
S.rel('sum', C, sum_y, 'tax bureau 49018 + finance bureau 50534 = 99552')
S.rel('growth', C, [y, yd, yg], '+8300 on 91252 = +9.10% → 9.1')
S.rel('rate', C, [y1, y1p, y2, y2p, yb], 'tasks implied: 49018/0.963 + 50534/0.863 = 50901 + 58556 = 109458 (109397–109518 with the half-units), the annual budget 109466')
S.rel('share', U, [F(TXQ, '46.8%'), y1, y], 'tax revenue 46.8% of revenue vs tax-bureau collections 49018/99552 = 49.2%: tax-bureau collections are not tax revenue; tax revenue is not stated')
S.rel('target', CT, [yb, y], 'annual budget 109466 vs Jan–Nov 99552 (90.9%): the year is not over; cannot tell')
grow_y = [y1, F(TXQ, '19.1%'), y2, F(TXQ, '0.9%', pre='同比增长'), y, yd]
S.rel('growth', C, grow_y, 'last year implied by the parts: 49018/1.191 + 50534/1.009 = 41157 + 50083 = 91240 vs 99552 − 8300 = 91252: within the half-units of the two rates')
rate_y = [y1, y1p, y2, y2p, yb]
a = ALT(TXQ, 1, y2, '50834万元', 'finance-bureau collections 50534 → 50834')
S.rel('sum', I, R(a, sum_y, y2, '50834万元'), 'altered: 49018 + 50834 = 99852, not 99552 (breaks {B})')
S.rel('rate', I, R(a, rate_y, y2, '50834万元'), 'altered: implied tasks 50901 + 50834/0.863 = 109805, above 109466 and outside the allowance (breaks {B})')
S.rel('growth', I, R(a, grow_y, y2, '50834万元'), 'altered: implied last year 41157 + 50381 = 91538 vs 91252 (breaks {B})')
a = ALT(TXQ, 2, yp, '92.9%', 'share of the annual budget 90.9 → 92.9')
S.rel('share', I, [on(a, y), on(a, yb), on(a, yp, '92.9%')], 'altered: 99552/109466 = 90.9%, not 92.9 (breaks {B})')

# ---- 仓山区 (福州, 福建) 2020 final accounts (决算)
c_loc = F(CS, '271630万元'); c_in = [c_loc, F(CS, '120846万元'), F(CS, '42690万元'), F(CS, '16714万元'), F(CS, '44421万元'), F(CS, '18300万元', n=0), F(CS, '514601万元')]
c_out = [F(CS, '361315万元'), F(CS, '52441万元'), F(CS, '6751万元'), F(CS, '28478万元'), F(CS, '448985万元')]
c_bal = [F(CS, '514601万元'), F(CS, '448985万元'), F(CS, '65616万元')]
f_in = [F(CS, '0万元', pre='基金收入'), F(CS, '39930万元'), F(CS, '113566万元'), F(CS, '39000万元'), F(CS, '192496万元')]
f_out = [F(CS, '83173万元'), F(CS, '18300万元', n=1), F(CS, '315万元', pre='还本支出'), F(CS, '101788万元')]
f_bal = [F(CS, '192496万元'), F(CS, '101788万元'), F(CS, '90708万元')]
g_bal = [F(CS, '1493万元'), F(CS, '44万元'), F(CS, '140万元'), F(CS, '1459万元'), F(CS, '218万元')]
s_bal = [F(CS, '11867万元'), F(CS, '6038万元'), F(CS, '9380万元'), F(CS, '8525万元')]
S.rel('sum', C, c_in, 'general budget resources 271630 + 120846 + 42690 + 16714 + 44421 + 18300 = 514601')
S.rel('sum', C, c_out, 'uses 361315 + 52441 + 6751 + 28478 = 448985')
S.rel('sum', C, c_bal, 'balance 514601 − 448985 = 65616')
S.rel('sum', C, f_in, 'fund resources 0 + 39930 + 113566 + 39000 = 192496')
S.rel('sum', C, f_out, 'fund uses 83173 + 18300 + 315 = 101788')
S.rel('sum', C, f_bal, 'fund balance 192496 − 101788 = 90708')
S.rel('sum', C, g_bal, 'state capital 1493 + 44 + 140 − 1459 = 218')
S.rel('sum', C, s_bal, 'social insurance 11867 + 6038 − 9380 = 8525')
S.rel('restatement', C, [F(CS, '18300万元', n=0), F(CS, '18300万元', n=1)], 'the 18300 transferred out of the fund budget (调出资金) is the 18300 transferred into the general budget (调入资金)')
S.rel('target', MS, [F(CS, '410338万元'), F(CS, '97.3%')], 'total general-budget revenue 410338 = 97.3% of the adjusted budget (about 421700, not stated): missed')
S.rel('target', MS, [c_loc, F(CS, '99.2%')], 'local general-budget revenue 271630 = 99.2% of the adjusted budget: missed (narrowly)')
S.rel('sum', U, [F(CS, '410338万元'), c_loc, F(CS, '514601万元')], 'total revenue 410338 includes revenue passed up to higher levels; only the local 271630 enters the resources total 514601')
S.rel('sum', U, [F(CS, '28478万元'), F(CS, '43429万元')], 'stabilisation fund: 28478 set aside this year vs a stock of 43429: flow vs stock')
S.rel('share', U, [F(CS, '7691万元'), F(CS, '113566万元')], 'anti-epidemic bonds 7691 are inside (其中) the 113566 transfers; no share stated')
a = ALT(CS, 1, c_in[2], '42890万元', 'carried-over revenue 42690 → 42890')
S.rel('sum', I, R(a, c_in, c_in[2], '42890万元'), 'altered: resources add to 514801, not 514601 (breaks {B})')
a = ALT(CS, 2, f_out[0], '83473万元', 'fund spending 83173 → 83473')
S.rel('sum', I, R(a, f_out, f_out[0], '83473万元'), 'altered: fund uses add to 102088, not 101788 (breaks {B})')
a = ALT(CS, 3, s_bal[3], '8825万元', 'social-insurance balance 8525 → 8825')
S.rel('sum', I, R(a, s_bal, s_bal[3], '8825万元'), 'altered: 11867 + 6038 − 9380 = 8525, not 8825 (breaks {B})')


# ---- more traps (unrelated)
S.rel('share', U, [F(MS13, '42475个'), F(MS13, '4.6万个')], '42475 elderly-care institutions within 4.6万 accommodation institutions: a subset, no share stated')
S.rel('restatement', U, [mb, syb], 'all social-service beds 526.7万 (2013) vs elderly-care beds 672.7万 (2015): other year, other scope')
S.rel('growth', U, [F(MS13, '24.4张'), nk, F(SN15, '11.4%')], 'beds per 1000 elderly 24.4 (2013) → 30.3 (2015): +11.4% is 2015 over 2014, not the two-year change')
S.rel('sum', U, [F(SF15, '1.8万个'), F(SF15, '1.2万个'), F(SF15, '3.1万个')], 'public institutions 1.8 + private non-enterprise 1.2 = 3.0 vs 3.1: the two types are 其中 items, not stated to exhaust the 3.1万; not a check')
S.rel('rate', U, [F(SN15, '1701.1万人'), F(SN15, '451.1元'), F(SN15, '719.3亿元')], '1701.1万 × 451.1元 × 12 = 920.8亿 ≠ 719.3亿: the standard is a threshold, benefits are top-ups; not a check')
S.rel('sum', U, [F(SN15, '2155.1万人'), F(SN15, '26.5万人'), F(SN15, '257.9万人')], 'three subsidy schemes for the elderly: recipients overlap and no total is stated')
S.rel('rate', U, [F(WJ, '3.04人'), F(WJ, '428.7萬人')], 'doctors per 1000 people: the population is not stated')
S.rel('restatement', U, [F(WJ, '3.04人'), F(WJ, '3.08人')], '3.04 doctors per 1000 people vs 3.08 general practitioners per 10000: different indicators with near-equal numbers')
S.rel('rate', U, [F(WJ, '5348.1元'), wt], 'per-capita spending 5348.1元: the population is not stated')
S.rel('sum', U, [F(JY10, '215.66万人'), F(JY10, '4.51万人'), F(JY10, '134.31万人'), F(JY10, '4.79万人')], 'teachers +4.79万 within staff +4.51万: the subset grew more than the whole (other staff fell); not a split of the change')
S.rel('rate', U, [F(JY10, '9298人'), F(JY10, '13100人'), F(JY10, '5904人')], 'average school size 9298 vs 13100 and 5904: the weights (numbers of schools of each type counted) are not stated; not a check')
S.rel('sum', U, [F(JY22, '400.02萬人'), F(JY22, '280.89萬人'), F(JY22, '1014.54萬人')], 'adult and online entrants are other modes, outside the 1014.54萬 regular/vocational entrants')
S.rel('restatement', U, [m_rw20, r_rw], '2020 rail target 8000亿 vs 2019 rail result 8029億: other year and status')
S.rel('restatement', U, [t18r, p_rw], 'rail 8000多亿 (2018 result) vs 8000亿 (2019 estimate): other years')
S.rel('restatement', U, [tt19, r_t20], '约1.8万亿 twice: the 2019 target (Jan 2019) and the 2020 expectation (May 2020): other year')
S.rel('growth', U, [F(XHQ, '1.93亿元'), F(XHQ, '4.3%')], 'budget revenue 1.93亿 with a 十三五 yearly average of 4.3%: the 2015 level is not stated')
S.rel('restatement', U, [F(CS, '44421万元'), F(CS, '28478万元')], 'stabilisation fund: 44421 drawn in vs 28478 set aside: opposite flows, not the same figure')
S.rel('growth', U, [F(CS, '6.4%'), F(CS, '0.9%')], 'revenue −6.4% as reported vs −0.9% like-for-like (tax cuts removed): different bases')
for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

"""Check key, set check-heldout70. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout70.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout70'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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

NAT81='nat_1981_hant.txt'; NT18='nat_toll_2018_hant.txt'; NT16='nat_tr_2016_hant.txt'; NMG='nmg_2002.txt'; TS='ts_2021.txt'
LT='lt_2012.txt'; LX='lx_2020h1.txt'; YY='yy_2020.txt'; YL='yl_2017.txt'; FX='fx_2021.txt'; LN='ln_2021q1.txt'
QIY='qiy_2019.txt'; YLU='ylu_2019.txt'; JX='jx_2023.txt'; JXR='jx_2022r.txt'; GZ='gz_2021.txt'

# ---- national, 1981 plan execution (State Council report to the NPC Standing Committee, 1982; traditional)
np_ = F(NAT81, '一千六百九十億元'); npg = F(NAT81, '4%'); na = F(NAT81, '一千七百二十億元'); nag = F(NAT81, '5.7%'); n80 = F(NAT81, '二千三百一十二億元')
ngl = F(NAT81, '三億二千五百零二萬噸'); ngd = F(NAT81, '四百五十萬噸'); ngr = F(NAT81, '1.4%')
g81 = [np_, npg, na, nag]
S.rel('growth', C, g81, 'plan 1690 at +4% and result 1720 at +5.7% imply the same 1980 base: 1690/1.04 = 1625, 1720/1.057 = 1627 (ranges 1617–1633 and 1626–1629 overlap)')
S.rel('growth', C, [ngd, ngl, ngr], 'grain +450 on 32502 − 450 = 32052: +1.40% → 1.4')
S.rel('target', M, [np_, na], '1981 agricultural output (1970 prices): plan 1690亿, result 1720亿: met')
S.rel('target', M, [npg, nag], '1981 agricultural output growth: plan +4%, result +5.7%: met')
S.rel('restatement', U, [na, n80], '1720亿 at 1970 prices and 2312亿 at 1980 prices are the same 1981 output on two price bases: not a contradiction')
S.rel('target', U, [np_, n80], 'plan 1690亿 at 1970 prices vs 2312亿 at 1980 prices: other price base; not the comparison for the target')
a = ALT(NAT81, 1, na, '一千七百五十億元', 'agricultural output 1981 一千七百二十 → 一千七百五十 (1720 → 1750)')
S.rel('growth', I, R(a, g81, na, '一千七百五十億元'), 'altered: 1750/1.057 = 1656, no longer the base implied by the plan (1690/1.04 = 1625) (breaks {B})')
a = ALT(NAT81, 2, ngr, '1.9%', 'grain growth 1.4% → 1.9%')
S.rel('growth', I, [on(a, ngd), on(a, ngl), on(a, ngr, '1.9%')], 'altered: 450/32052 = 1.4%, not 1.9% (breaks {B})')

# ---- national, 2018 toll-road bulletin (Ministry of Transport), news copy in traditional script
tr_all = F(NT18, '484.65萬公里'); tr_all2 = F(NT18, '484.65萬公里', n=1); t5x = F(NT18, '5.2倍'); thw = F(NT18, '14.26萬公里', n=1)
tt = F(NT18, '16.81萬公里'); t1 = F(NT18, '13.79萬公里'); t2 = F(NT18, '1.96萬公里'); t3 = F(NT18, '0.97萬公里'); t4 = F(NT18, '951公里')
tp = F(NT18, '3.5%'); s1 = F(NT18, '82.0%'); s2 = F(NT18, '11.7%'); s3 = F(NT18, '5.7%'); s4 = F(NT18, '0.6%')
a17, a18, ad, ar = F(NT18, '163737公里'), F(NT18, '168071公里'), F(NT18, '4335公里'), F(NT18, '2.6%')
h17, h18, hd, hr = F(NT18, '132638公里'), F(NT18, '137877 公里'), F(NT18, '5239公里'), F(NT18, '3.9%')
f17, f18, fd, fr = F(NT18, '20667公里'), F(NT18, '19592公里'), F(NT18, '1074公里'), F(NT18, '5.2%')
e17, e18, ed, er = F(NT18, '9550公里'), F(NT18, '9651公里'), F(NT18, '101公里'), F(NT18, '1.1%')
b17, b18, bd, br = F(NT18, '883公里'), F(NT18, '951公里', n=1), F(NT18, '69公里'), F(NT18, '7.8%')
sum_t = [t1, t2, t3, t4, tt]; sh_s = [s1, s2, s3, s4]; g_h = [h17, h18, hd, hr]; sum_18 = [h18, f18, e18, b18, a18]
S.rel('sum', C, sum_t, 'toll roads 13.79 + 1.96 + 0.97 万 + 951 km (0.0951万) = 16.815 → 16.81万 km')
S.rel('share', C, [tt, tr_all2, tp], '16.81/484.65 = 3.47% → 3.5')
S.rel('share', C, [t2, tt, s2], 'first-class roads 1.96/16.81 = 11.66% → 11.7')
S.rel('sum', C, sh_s, 'shares 82.0 + 11.7 + 5.7 + 0.6 = 100')
S.rel('growth', C, [a17, a18, ad, ar], '168071 − 163737 = 4334 (4335 within the allowance of two rounded km figures); 4335/163737 = 2.65% → 2.6')
S.rel('growth', C, g_h, '137877 − 132638 = 5239; 5239/132638 = 3.9498% → 3.9')
S.rel('sum', C, sum_18, 'end-2018 toll roads by class 137877 + 19592 + 9651 + 951 = 168071')
S.rel('restatement', C, [t1, h18], 'toll expressways 13.79万 km = 137877 km')
S.rel('growth', U, [tr_all, t5x], 'all roads 484.65万 km are 5.2 times the 1984 length: the 1984 length is not stated')
S.rel('restatement', U, [thw, t1], 'expressways 14.26万 km (all) vs 13.79万 km (toll expressways): two 其中-figures of nested scopes, not one figure restated')
S.rel('restatement', U, [t5x, fr], '5.2倍 (road network against 1984) vs −5.2% (first-class toll roads): same digits, other quantities')
S.rel('growth', U, [ad, ar, tr_all], 'the +2.6% is toll-road length growth; the whole network (484.65万 km) growth is not stated: overlapping scopes')
a = ALT(NT18, 1, h18, '137677 公里', 'toll expressways end-2018 137877 → 137677 km')
S.rel('growth', I, R(a, g_h, h18, '137677 公里'), 'altered: 137677 − 132638 = 5039, not 5239 (breaks {B})')
S.rel('sum', I, R(a, sum_18, h18, '137677 公里'), 'altered: classes add to 167871, not 168071 (breaks {B})')
S.rel('restatement', I, [on(a, t1), on(a, h18, '137677 公里')], 'altered: 13.79万 km vs 137677 km (13.77万) (breaks {B})')
a = ALT(NT18, 2, s2, '13.7%', 'first-class share 11.7% → 13.7%')
S.rel('share', I, [on(a, t2), on(a, tt), on(a, s2, '13.7%')], 'altered: 1.96/16.81 = 11.7%, not 13.7 (breaks {B})')
S.rel('sum', I, R(a, sh_s, s2, '13.7%'), 'altered: 82.0 + 13.7 + 5.7 + 0.6 = 102 (breaks {B})')
a = ALT(NT18, 3, tp, '3.8%', 'toll share of all roads 3.5% → 3.8%')
S.rel('share', I, [on(a, tt), on(a, tr_all2), on(a, tp, '3.8%')], 'altered: 16.81/484.65 = 3.5%, not 3.8 (breaks {B})')

# ---- national, 2016 transport bulletin (Ministry of Transport), extract in traditional script
rl = F(NT16, '469.63 萬km'); rd = F(NT16, '11.90萬km'); den = F(NT16, '48.92'); dd = F(NT16, '1.24')
mt = F(NT16, '459.00萬km'); mtp = F(NT16, '97.7%')
g4 = F(NT16, '422.65萬km'); g4d = F(NT16, '18.03萬km'); g4p = F(NT16, '90.0%'); g4pp = F(NT16, '1.6', post='百分點')
g2 = F(NT16, '60.12萬km'); g2d = F(NT16, '2.63萬km'); g2p = F(NT16, '12.8%'); g2pp = F(NT16, '0.2', post='百分點')
rw = F(NT16, '129.2'); rwd = F(NT16, '3.2', post=' km/萬km2'); rwr = F(NT16, '2.5%')
sh_g2 = [g2, rl, g2p]; gr_g4 = [g4, g4d, rl, rd, g4p, g4pp]
S.rel('share', C, [mt, rl, mtp], 'maintained roads 459.00/469.63 = 97.74% → 97.7')
S.rel('share', C, sh_g2, 'class II and above 60.12/469.63 = 12.80% → 12.8')
S.rel('growth', C, gr_g4, 'end-2015 share (422.65 − 18.03)/(469.63 − 11.90) = 88.40%; 90.0 − 88.4 = 1.6 points')
S.rel('growth', C, [rl, rd, den, dd], 'density moves with length (same land area): 48.92 × 11.90/469.63 = 1.24')
S.rel('restatement', U, [F(NT16, '0.74萬km'), F(NT16, '1.96萬km')], 'national expressways +1.96万 km while all expressways +0.74万 km: the national network is a designation (roads re-designated into it), not a subset that must grow less; not a contradiction')
S.rel('sum', U, [F(NT16, '8 015億元'), F(NT16, '17 975.81億元'), F(NT16, '27 902.63億元')], 'rail + road investment 25990.8 of 27902.63: waterways are in the total but not stated')
S.rel('sum', U, [F(NT16, '815處'), F(NT16, '3 520處'), F(NT16, '15 181處')], 'extra-long + long tunnels (其中) are a subset of all tunnels, not a split')
S.rel('sum', U, [F(NT16, '6.8萬km'), F(NT16, '8.0萬km'), F(NT16, '12.4萬km')], 'double-track 6.8 and electrified 8.0 add to 14.8 > 12.4: overlapping attributes, not a split')
S.rel('share', U, [F(NT16, '57.95萬km'), F(NT16, '13.10萬km')], 'expressway lane-km 57.95 vs length 13.10 (about 4.4 lanes): no ratio is stated; different units')
a = ALT(NT16, 1, mtp, '95.7%', 'maintained share 97.7% → 95.7%')
S.rel('share', I, [on(a, mt), on(a, rl), on(a, mtp, '95.7%')], 'altered: 459.00/469.63 = 97.7%, not 95.7 (breaks {B})')
a = ALT(NT16, 2, g4pp, '1.9', 'rise in graded-road share 1.6 → 1.9 points')
S.rel('growth', I, R(a, gr_g4, g4pp, '1.9'), 'altered: 90.0 − 88.4 = 1.6, not 1.9 points (breaks {B})')
a = ALT(NT16, 3, g2, '66.12萬km', 'class II and above 60.12 → 66.12万 km')
S.rel('share', I, R(a, sh_g2, g2, '66.12萬km'), 'altered: 66.12/469.63 = 14.1%, not 12.8 (breaks {B})')

# ---- 内蒙古 (region), 2003 work report reviewing 1998–2002; the report's date line reads "2024年" and so does the GDP year (scrape corruption)
m59 = F(NMG, '59.2%'); m98 = F(NMG, '9.8%'); mf = F(NMG, '201亿元'); mfd = F(NMG, '89.7亿元'); mfr = F(NMG, '12.5%')
mo = [F(NMG, '29.3'), F(NMG, '38.8'), F(NMG, '31.9')]; mn = [F(NMG, '21.5'), F(NMG, '42.1'), F(NMG, '36.4')]
g_mf = [mf, mfd, mfr]
S.rel('growth', C, [m59, m98], '+59.2% over 1997 in five years (the term 1998–2002): 1.592^(1/5) = 1.09746; 9.8 is reached inside the allowance of 59.2 (1.5925^(1/5) = 1.09753). Judgement: the passage dates the level "2024年" (corrupted); read literally (27 years) 9.8 would be wrong')
S.rel('growth', C, g_mf, 'revenue 201 after +89.7 (base 111.3) over five years: (201/111.3)^(1/5) = 1.1255 → 12.5')
S.rel('sum', C, mo, '1997 structure 29.3 + 38.8 + 31.9 = 100')
S.rel('sum', C, mn, '2002 structure 21.5 + 42.1 + 36.4 = 100')
S.rel('growth', U, [F(NMG, '2375亿元'), F(NMG, '17.6%')], 'five-year cumulative investment 2375 with yearly growth 17.6%: the yearly amounts are not stated')
S.rel('growth', U, [F(NMG, '1720亿元'), F(NMG, '103.6%'), F(NMG, '1645亿元'), F(NMG, '40.4%')], 'deposits +103.6% and loans +40.4% (since 1997): the 1997 balances are not stated')
S.rel('growth', U, [F(NMG, '601亿元'), F(NMG, '10.3%')], 'retail sales 601 with yearly growth 10.3%: the 1997 level is not stated')
S.rel('restatement', U, [F(NMG, '1720亿元'), F(NMG, '1732亿元')], 'deposits 1720 vs GDP 1732: neighbouring numbers, other indicators')
a = ALT(NMG, 1, mfr, '14.5%', 'yearly revenue growth 12.5% → 14.5%')
S.rel('growth', I, R(a, g_mf, mfr, '14.5%'), 'altered: (201/111.3)^(1/5) = 1.1255, not 14.5% a year (breaks {B})')
a = ALT(NMG, 2, mn[2], '38.4', 'tertiary share 2002 36.4 → 38.4')
S.rel('sum', I, R(a, mn, mn[2], '38.4'), 'altered: 21.5 + 42.1 + 38.4 = 102 (breaks {B})')

# ---- 天水 (甘肃, prefecture city) 2021 bulletin
tst = F(TS, '750.33亿元'); ts1 = F(TS, '141.14亿元'); ts2 = F(TS, '195.68亿元'); ts3 = F(TS, '413.51亿元')
tsp = [F(TS, '18.8'), F(TS, '26.1'), F(TS, '55.1')]
tpop = F(TS, '295.65', pre='| '); tu = F(TS, '138.01万人'); tut = F(TS, '138.01', pre='| '); tr_ = F(TS, '157.64')
tup = F(TS, '46.68%'); tupt = F(TS, '46.68', pre='| '); tpopw = F(TS, '295.65万人')
tb, td, tn = F(TS, '9.78‰'), F(TS, '8.81‰'), F(TS, '0.97‰')
sum_ts = [ts1, ts2, ts3, tst]; sh_ts2 = [ts2, tst, tsp[1]]; sh_tu = [tu, tpopw, tup]; re_tu = [tup, tupt]; nat_ts = [tb, td, tn]
S.rel('sum', C, sum_ts, '141.14 + 195.68 + 413.51 = 750.33')
S.rel('share', C, sh_ts2, '195.68/750.33 = 26.08% → 26.1')
S.rel('share', C, sh_tu, '138.01/295.65 = 46.68%')
S.rel('restatement', C, re_tu, 'urbanisation 46.68% in the text and in the table')
S.rel('sum', C, nat_ts, 'birth rate 9.78 − death rate 8.81 = 0.97‰')
S.rel('growth', U, [tup, F(TS, '1.11个')], 'urbanisation up 1.11 points: the 2020 rate is not stated')
S.rel('growth', U, [F(TS, '25279元'), F(TS, '8.3%'), F(TS, '7.3%')], 'per-capita GDP +8.3% vs GDP +7.3%: the average population of the two years is not stated; not a check')
S.rel('rate', U, [ts1, F(TS, '10.3%'), ts2, F(TS, '5.4%'), ts3, F(TS, '7%'), tst, F(TS, '7.3%')], 'current-price weights give 7.2% vs the stated 7.3%: base-year weights are not stated; not a check')
a = ALT(TS, 1, ts2, '198.68亿元', 'secondary value added 195.68 → 198.68')
S.rel('sum', I, R(a, sum_ts, ts2, '198.68亿元'), 'altered: parts add to 753.33, not 750.33 (breaks {B})')
S.rel('share', I, R(a, sh_ts2, ts2, '198.68亿元'), 'altered: 198.68/750.33 = 26.5%, not 26.1 (breaks {B})')
a = ALT(TS, 2, tup, '48.68%', 'urbanisation (text) 46.68% → 48.68%')
S.rel('share', I, R(a, sh_tu, tup, '48.68%'), 'altered: 138.01/295.65 = 46.68%, not 48.68 (breaks {B})')
S.rel('restatement', I, R(a, re_tu, tup, '48.68%'), 'altered: text 48.68% vs table 46.68 (breaks {B})')
a = ALT(TS, 3, tn, '0.67‰', 'natural growth 0.97‰ → 0.67‰')
S.rel('sum', I, R(a, nat_ts, tn, '0.67‰'), 'altered: 9.78 − 8.81 = 0.97, not 0.67‰ (breaks {B})')

# ---- 临潭县 (甘南, 甘肃, county) Jan–Aug 2012 investment, newspaper
lt_ = F(LT, '11.68亿元'); lg = F(LT, '48.25%'); lu = F(LT, '59832万元'); lr = F(LT, '56945万元')
lb1 = F(LT, '52043万元'); lb2 = F(LT, '28768万元'); lb3 = F(LT, '35966万元')
lur = F(LT, '-1.7%'); lrr = F(LT, '218.04%'); lb1r = F(LT, '-22.73%'); lb2r = F(LT, '497.59%'); lb3r = F(LT, '4.98倍')
sum_lt1 = [lu, lr, lt_]; sum_lt2 = [lb1, lb2, lb3, lt_]; gr_lt = [lu, lur, lr, lrr, lt_, lg]
S.rel('sum', C, sum_lt1, 'urban 59832 + rural 56945 = 116777万 = 11.68亿')
S.rel('sum', C, sum_lt2, 'building 52043 + installation 28768 + equipment 35966 = 116777万 = 11.68亿')
S.rel('growth', C, gr_lt, 'urban 59832/0.983 = 60867 and rural 56945/3.1804 = 17905 a year earlier: 116777/78772 = +48.25%')
S.rel('growth', I, [lb1, lb1r, lb2, lb2r, lb3, lb3r, lt_, lg], 'REAL ERROR in the original: the prior-year parts 52043/0.7727 + 28768/5.9759 + 35966/5.98 = 78181 give +49.4%, not +48.25% (and 增长4.98倍 read as ratio 4.98 gives +47.1%); the urban/rural split gives 48.25% exactly, so one of the construction rates is off')
S.rel('target', CT, [lt_, F(LT, '71%')], 'Jan–Aug investment is 71% of the 2012 plan: the full-year result is not stated; cannot tell')
S.rel('restatement', U, [lb2r, lb3r], 'installation +497.59% vs equipment 增长4.98倍 (+498%): near-equal rates of two indicators, not one figure')
S.rel('growth', U, [F(LT, '65个'), F(LT, '27.45%'), F(LT, '43个'), F(LT, '79.17%')], 'projects under way 65 (+27.45%) and new projects 43 (+79.17%): nested counts, the prior-year counts are not stated')
lt_err = [lb1, lb1r, lb2, lb2r, lb3, lb3r, lt_, lg]
a = ALT(LT, 1, lr, '58945万元', 'rural investment 56945 → 58945万元')
S.rel('growth', I, [on(a, f) for f in lt_err], 'unchanged real error, as {B} in the original: the construction parts give +49.4%, not 48.25%')
S.rel('sum', I, R(a, sum_lt1, lr, '58945万元'), 'altered: 59832 + 58945 = 118777万, not 11.68亿 (breaks {B})')
S.rel('growth', I, R(a, gr_lt, lr, '58945万元'), 'altered: 118777 on a prior 79401 is +49.6%, not 48.25% (breaks {B})')
a = ALT(LT, 2, lb2, '28168万元', 'installation investment 28768 → 28168万元')
S.rel('sum', I, R(a, sum_lt2, lb2, '28168万元'), 'altered: parts add to 116177万 = 11.62亿, not 11.68 (breaks {B})')
S.rel('growth', I, R(a, lt_err, lb2, '28168万元'), 'still inconsistent, as {B} in the original (real error); with installation 28168 the parts give +49.6%')

# ---- 临夏州 (甘肃, prefecture) H1 2020, Xinhua news
x478 = F(LX, '478个'); x419 = F(LX, '419个'); x198 = F(LX, '198个'); x280 = F(LX, '280个'); x221 = F(LX, '221个'); xp = F(LX, '78.93%')
sum_x2 = [x198, x221, x419]; sh_x = [x221, x280, xp]
S.rel('sum', C, [x198, x280, x478], '198 continuing + 280 new = 478 projects planned')
S.rel('sum', C, sum_x2, '198 continuing (all resumed) + 221 new started = 419 started or resumed')
S.rel('share', C, sh_x, '221/280 = 78.93%')
S.rel('target', CT, [x478, x419], '478 projects planned for 2020, 419 under way by July: the year is not over; cannot tell')
S.rel('growth', U, [F(LX, '121.9亿元'), F(LX, '35.8%')], 'key-project investment to date 121.9亿 vs total fixed investment +35.8% in H1: other scope, no level for the total')
a = ALT(LX, 1, x221, '227个', 'new projects started 221 → 227')
S.rel('sum', I, R(a, sum_x2, x221, '227个'), 'altered: 198 + 227 = 425, not 419 (breaks {B})')
S.rel('share', I, R(a, sh_x, x221, '227个'), 'altered: 227/280 = 81.1%, not 78.93 (breaks {B})')
a = ALT(LX, 2, xp, '76.93%', 'start rate 78.93% → 76.93%')
S.rel('share', I, R(a, sh_x, xp, '76.93%'), 'altered: 221/280 = 78.93%, not 76.93 (breaks {B})')

# ---- 陕西 district (榆林 area, the name is not in the passage) 2020 bulletin
yt = F(YY, '1001.02亿元'); y1 = F(YY, '45.80亿元'); y2 = F(YY, '578.46亿元'); y3 = F(YY, '376.76亿元')
yp = [F(YY, '4.6', post=':'), F(YY, '57.8'), F(YY, '37.6')]
ya = [F(YY, '35.87亿元'), F(YY, '2.60亿元'), F(YY, '40.89亿元'), F(YY, '0.97亿元'), F(YY, '1.76亿元'), F(YY, '82.09亿元')]
ys = [F(YY, '115.49万亩'), F(YY, '2.42万亩'), F(YY, '1.71万亩'), F(YY, '7.17万亩'), F(YY, '3.92万亩'), F(YY, '18万亩'), F(YY, '148.71万亩')]
yf = [F(YY, '7.6万亩'), F(YY, '2.8万亩'), F(YY, '5.2万亩'), F(YY, '0.2万亩'), F(YY, '1.5万亩'), F(YY, '3.7万亩'), F(YY, '21万亩')]
sum_yy = [y1, y2, y3, yt]; sh_y2 = [y2, yt, yp[1]]
S.rel('sum', C, sum_yy, '45.80 + 578.46 + 376.76 = 1001.02')
S.rel('share', C, sh_y2, '578.46/1001.02 = 57.79% → 57.8')
S.rel('share', C, [F(YY, '496.90亿元'), yt, F(YY, '49.6%')], 'non-public economy 496.90/1001.02 = 49.64% → 49.6')
S.rel('sum', C, ya, 'farming 35.87 + forestry 2.60 + animal 40.89 + fishery 0.97 + services 1.76 = 82.09')
S.rel('sum', C, ys, 'sown area 115.49 + 2.42 + 1.71 + 7.17 + 3.92 + other 18 = 148.71')
S.rel('sum', C, yf, 'afforestation 7.6 + 2.8 + 5.2 + 0.2 + 1.5 + shrub stumping 3.7 = 21.0; judgement: 灌木平茬 is read as part of the 21万亩 (it closes the total exactly)')
S.rel('rate', U, [y1, F(YY, '3.2%'), y2, F(YY, '15.5%'), y3, F(YY, '1.3%'), yt, F(YY, '8.8%')], 'current-price weights give 9.6% vs the stated 8.8%: base-year weights are not stated; not a check')
S.rel('rate', U, [ya[0], F(YY, '4.3%'), ya[2], F(YY, '1.6%'), ya[5], F(YY, '3.0%')], 'current-price weights of the five branches give 2.9% vs 3.0%: base weights not stated; not a check')
a = ALT(YY, 1, y2, '576.46亿元', 'secondary value added 578.46 → 576.46')
S.rel('sum', I, R(a, sum_yy, y2, '576.46亿元'), 'altered: parts add to 999.02, not 1001.02 (breaks {B})')
S.rel('share', I, R(a, sh_y2, y2, '576.46亿元'), 'altered: 576.46/1001.02 = 57.6%, not 57.8 (breaks {B})')
a = ALT(YY, 2, ya[2], '46.89亿元', 'animal husbandry 40.89 → 46.89')
S.rel('sum', I, R(a, ya, ya[2], '46.89亿元'), 'altered: branches add to 88.09, not 82.09 (breaks {B})')
a = ALT(YY, 3, ys[3], '7.77万亩', 'vegetable area 7.17 → 7.77万亩')
S.rel('sum', I, R(a, ys, ys[3], '7.77万亩'), 'altered: areas add to 149.31, not 148.71 (breaks {B})')

# ---- 榆林 (陕西, prefecture city) 1978–2017, 半月谈 write-up
y927a = F(YL, '927倍', n=0); y927 = F(YL, '927倍', n=1); yfan = F(YL, '9.9番'); y86 = F(YL, '86倍'); y121 = F(YL, '12.1%')
fan = [y927, yfan]; avg = [y86, y121]
S.rel('growth', C, fan, '927 times = 2^9.86: 翻了9.9番')
S.rel('growth', C, avg, 'farm output 86 times 1978 over 39 years: 86^(1/39) = 1.1210 → 12.1% a year')
S.rel('growth', U, [F(YL, '3318.39亿元'), y927, F(YL, '97811元'), F(YL, '619倍')], 'GDP ×927 and per-capita GDP ×619 imply population ×1.5: population is not stated; no check')
S.rel('growth', U, [F(YL, '575倍'), F(YL, '6053倍')], 'farm investment ×575 vs industrial investment ×6053: different scopes and bases')
a = ALT(YL, 1, yfan, '9.4番', 'doublings 9.9 → 9.4')
S.rel('growth', I, R(a, fan, yfan, '9.4番'), 'altered: 927 times is 9.86 doublings, not 9.4 (breaks {B})')
a = ALT(YL, 2, y121, '13.1%', 'yearly farm-output growth 12.1% → 13.1%')
S.rel('growth', I, R(a, avg, y121, '13.1%'), 'altered: 86^(1/39) = 1.121, not 13.1% a year (breaks {B})')

# ---- 汾西县 (临汾, 山西, county) 2021 bulletin
xt = F(FX, '280806万元'); x1 = F(FX, '45902万元'); x2 = F(FX, '74427万元'); x3 = F(FX, '160477万元')
xp1 = F(FX, '16.35%'); xp2 = F(FX, '26.5%'); xp3 = F(FX, '57.15%')
xpop = F(FX, '98509人'); xu = F(FX, '48443人'); xm = F(FX, '51034人'); xf = F(FX, '47475人'); xmp = F(FX, '51.81%')
xsr = F(FX, '107.50'); xsr0 = F(FX, '106.36'); xsd = F(FX, '1.14')
sum_fx = [x1, x2, x3, xt]; sh_fx2 = [x2, xt, xp2]; sh_xm = [xm, xpop, xmp]; gsr = [xsr, xsr0, xsd]
S.rel('sum', C, sum_fx, '45902 + 74427 + 160477 = 280806')
S.rel('share', C, sh_fx2, '74427/280806 = 26.50%')
S.rel('share', C, sh_xm, 'males 51034/98509 = 51.81%')
S.rel('growth', C, gsr, '107.50 − 106.36 = 1.14')
S.rel('rate', U, [F(FX, '542人'), F(FX, '5.20‰'), xpop, F(FX, '5647人')], 'births 542 on the mean population (98509 + 104156)/2 give 5.35‰, on the year-start population 5.20‰: the base is not stated; not a check')
S.rel('rate', U, [F(FX, '27711元'), F(FX, '4295美元')], 'per-capita GDP in US dollars: the exchange rate is not stated')
S.rel('growth', U, [F(FX, '6.6%'), F(FX, '5.9%')], 'two-year average 5.9% with +6.6% in 2021 implies 2020 growth 5.2%, not stated; nothing to check against')
S.rel('growth', U, [xpop, F(FX, '5647人'), F(FX, '-4.34‰')], 'population −5647 (−5.4%) vs natural growth −4.34‰: migration is not stated; not a contradiction')
a = ALT(FX, 1, x2, '77427万元', 'secondary value added 74427 → 77427')
S.rel('sum', I, R(a, sum_fx, x2, '77427万元'), 'altered: parts add to 283806, not 280806 (breaks {B})')
S.rel('share', I, R(a, sh_fx2, x2, '77427万元'), 'altered: 77427/280806 = 27.6%, not 26.5 (breaks {B})')
a = ALT(FX, 2, xmp, '52.81%', 'male share 51.81% → 52.81%')
S.rel('share', I, R(a, sh_xm, xmp, '52.81%'), 'altered: 51034/98509 = 51.81%, not 52.81 (breaks {B})')
a = ALT(FX, 3, xsd, '1.44', 'rise in sex ratio 1.14 → 1.44')
S.rel('growth', I, R(a, gsr, xsd, '1.44'), 'altered: 107.50 − 106.36 = 1.14, not 1.44 (breaks {B})')

# ---- 辽宁 100 counties and districts, Q1 2021 (provincial finance release, 中新网)
nt = F(LN, '503.7亿元'); nd = F(LN, '85.8亿元'); ngt = F(LN, '20.6%', n=1); ngh = F(LN, '20.6%', n=0); nprov = F(LN, '17.9%'); ngap = F(LN, '2.7个')
cy = F(LN, '151亿元'); cyd = F(LN, '21亿元'); cyr = F(LN, '16.2%'); ctax = F(LN, '95.1亿元'); ctr = F(LN, '19.9%'); cnt = F(LN, '55.9亿元'); cnr = F(LN, '10.4%')
ctp = F(LN, '63%'); cnp = F(LN, '37%')
dy = F(LN, '352.7亿元'); dyd = F(LN, '64.8亿元'); dyr = F(LN, '22.5%'); dtax = F(LN, '299.5亿元'); dtr = F(LN, '15%'); dnt = F(LN, '53.2亿元'); dnr = F(LN, '93.7%')
ex = F(LN, '634.5亿元'); exd = F(LN, '107.8亿元'); exr = F(LN, '20.5%'); cx = F(LN, '306.5亿元'); cxd = F(LN, '32.6亿元'); dx = F(LN, '328亿元'); dxd = F(LN, '75.2亿元')
sum_c = [ctax, cnt, cy]; sh_cn = [cnt, cy, cnp]; spl_c = [ctax, ctr, cnt, cnr, cy, cyd]; g_d = [dy, dyd, dyr]; sum_xd = [cxd, dxd, exd]; g_ex = [ex, exd, exr]
S.rel('growth', C, [nt, nd, ngt], '85.8 on 503.7 − 85.8 = 417.9: +20.53% → 20.6 inside the allowance of 85.8 (85.85/417.85 = 20.55)')
S.rel('sum', C, sum_c, 'county tax 95.1 + non-tax 55.9 = 151')
S.rel('share', C, sh_cn, 'non-tax 55.9/151 = 37.0%')
S.rel('growth', C, spl_c, 'prior-year parts 95.1/1.199 + 55.9/1.104 = 79.3 + 50.6 = 130.0 = 151 − 21')
S.rel('growth', C, g_d, 'districts 64.8 on 352.7 − 64.8 = 287.9: +22.51% → 22.5')
S.rel('growth', C, [dtax, dtr, dnt, dnr, dy, dyd], 'prior-year parts 299.5/1.15 + 53.2/1.937 = 260.4 + 27.5 = 287.9 = 352.7 − 64.8')
S.rel('sum', C, sum_xd, 'spending increments 32.6 + 75.2 = 107.8')
S.rel('growth', C, g_ex, 'spending 107.8 on 634.5 − 107.8 = 526.7: +20.47% → 20.5')
S.rel('growth', U, [F(LN, '238.4亿元'), F(LN, '10.1%'), cx, F(LN, '11.9%')], 'livelihood share a year earlier is not stated; the two growth rates give no check by themselves')
S.rel('restatement', U, [exr, ngt], 'spending +20.5% vs revenue +20.6%: neighbouring numbers, other indicators')
S.rel('growth', U, [nt, nprov], 'the provincial average +17.9% covers province-level revenue too, whose level is not stated: overlapping scopes; no check against 503.7')
a = ALT(LN, 1, cnt, '58.9亿元', 'county non-tax revenue 55.9 → 58.9')
S.rel('sum', I, R(a, sum_c, cnt, '58.9亿元'), 'altered: 95.1 + 58.9 = 154, not 151 (breaks {B})')
S.rel('share', I, R(a, sh_cn, cnt, '58.9亿元'), 'altered: 58.9/151 = 39.0%, not 37 (breaks {B})')
S.rel('growth', I, R(a, spl_c, cnt, '58.9亿元'), 'altered: prior-year parts 95.1/1.199 + 58.9/1.104 = 132.7, not 151 − 21 = 130 (breaks {B})')
a = ALT(LN, 2, dyr, '25.5%', 'district revenue growth 22.5% → 25.5%')
S.rel('growth', I, R(a, g_d, dyr, '25.5%'), 'altered: 64.8/287.9 = 22.5%, not 25.5 (breaks {B})')
a = ALT(LN, 3, exd, '101.8亿元', 'spending increment 107.8 → 101.8')
S.rel('sum', I, R(a, sum_xd, exd, '101.8亿元'), 'altered: 32.6 + 75.2 = 107.8, not 101.8 (breaks {B})')
S.rel('growth', I, R(a, g_ex, exd, '101.8亿元'), 'altered: 101.8 on 532.7 is +19.1%, not 20.5 (breaks {B})')

# ---- 祁阳县 (永州, 湖南, county) 2019 final accounts report
qt = F(QIY, '23.19亿元'); qtd = F(QIY, '2.32亿元'); qtr = F(QIY, '11.1%'); qtp = F(QIY, '99.2%')
ql = F(QIY, '14.67亿元'); qld = F(QIY, '2.17亿元'); qlr = F(QIY, '17.3%'); qlp = F(QIY, '108.7%'); qlx = F(QIY, '1.17亿元')
qc = F(QIY, '6.79亿元'); qcd = F(QIY, '1348万元'); qcr = F(QIY, '2%', pre='增长'); qcp = F(QIY, '86.3%')
qs = F(QIY, '1.73亿元'); qsd = F(QIY, '223万元'); qsr = F(QIY, '1.3%'); qsp = F(QIY, '86.1%')
sum_q = [ql, qc, qs, qt]; g_qc = [qc, qcd, qcr]; sh_ql = [ql, qlx, qlp]; sh_qt = [qt, qtp, ql, qlx, qc, qcp, qs, qsp]
S.rel('sum', C, sum_q, 'local 14.67 + central share 6.79 + provincial share 1.73 = 23.19')
S.rel('growth', C, [ql, qld, qlr], '2.17 on 12.50 = +17.36% (17.4 on the stated figures); inside the allowance of 2.17 (2.165/12.51 = 17.31): judgement, consistent')
S.rel('growth', C, g_qc, '1348万 on 6.6552亿: +2.03% → 2')
S.rel('share', C, sh_ql, 'budget = 14.67 − 1.17 = 13.50; 14.67/13.50 = 108.67% → 108.7')
S.rel('share', C, sh_qt, 'budgets 13.50 + 6.79/0.863 + 1.73/0.861 = 23.377; 23.19/23.377 = 99.20%')
S.rel('target', M, [ql, qlp], '祁阳县 2019 local revenue: 108.7% of the budget (超收1.17亿): met')
S.rel('target', MS, [qt, qtp], '祁阳县 2019 general budget revenue: 99.2% of the budget: missed')
S.rel('target', MS, [qc, qcp], '祁阳县 2019 revenue shared to the centre: 86.3% of the budget: missed')
a = ALT(QIY, 1, qc, '6.49亿元', 'central share 6.79 → 6.49亿')
S.rel('sum', I, R(a, sum_q, qc, '6.49亿元'), 'altered: 14.67 + 6.49 + 1.73 = 22.89, not 23.19 (breaks {B})')
S.rel('share', I, R(a, sh_qt, qc, '6.49亿元'), 'altered: budgets 13.50 + 6.49/0.863 + 1.73/0.861 = 23.03; 23.19 would be 100.7% of it, not 99.2 (breaks {B}); the +2% on +1348万 still rounds right (2.1%) and is not keyed')
a = ALT(QIY, 2, qlp, '106.7%', 'local revenue as % of budget 108.7 → 106.7')
S.rel('share', I, R(a, sh_ql, qlp, '106.7%'), 'altered: 14.67/(14.67 − 1.17) = 108.7%, not 106.7 (breaks {B})')
a = ALT(QIY, 3, qtp, '97.2%', 'total revenue as % of budget 99.2 → 97.2')
S.rel('share', I, R(a, sh_qt, qtp, '97.2%'), 'altered: 23.19 of the component budgets 23.377 is 99.2%, not 97.2 (breaks {B})')

# ---- 岳麓区 (长沙, 湖南, district) 2019 final accounts
lb0 = F(YLU, '357000万元'); lb1_ = F(YLU, '379800万元'); lr_ = F(YLU, '392695万元')
sum_lu = [F(YLU, '309920万元'), F(YLU, '82775万元'), lr_]
S.rel('sum', C, sum_lu, 'tax 309920 + non-tax 82775 = 392695')
S.rel('target', M, [lb0, lr_], '岳麓区 2019 revenue: budget approved by the congress 357000万, result 392695万: met')
S.rel('target', M, [lb1_, lr_], '岳麓区 2019 revenue: adjusted budget 379800万, result 392695万 (103.4%): met')
S.rel('growth', U, [lr_, F(YLU, '15.57%')], 'revenue +15.57%: the 2018 level is not stated')
S.rel('restatement', U, [lb0, lb1_], 'original and adjusted revenue budgets of the same year: two stages, not one figure restated')
a = ALT(YLU, 1, sum_lu[1], '82175万元', 'non-tax revenue 82775 → 82175万')
S.rel('sum', I, R(a, sum_lu, sum_lu[1], '82175万元'), 'altered: 309920 + 82175 = 392095, not 392695 (breaks {B})')

# ---- 进贤县 (南昌, 江西, county) 2023 bulletin
jt = F(JX, '363.92亿元'); j1 = F(JX, '75.21亿元'); j2 = F(JX, '164.99亿元'); j3 = F(JX, '123.72亿元')
jp = [F(JX, '20.67'), F(JX, '45.34'), F(JX, '33.99')]
jtax = F(JX, '10.4亿元'); jtr = F(JX, '7.62%'); jnt = F(JX, '12.85亿元'); jnr = F(JX, '28.63%'); jb = F(JX, '23.25亿元'); jbr = F(JX, '9.44%')
jag = [F(JX, '45.88亿元'), F(JX, '1.56亿元'), F(JX, '38.69亿元'), F(JX, '33.88亿元'), F(JX, '6.38亿元'), F(JX, '126.39亿元')]
sum_j = [j1, j2, j3, jt]; sh_j2 = [j2, jt, jp[1]]; sum_jb = [jtax, jnt, jb]; spl_j = [jtax, jtr, jnt, jnr, jb, jbr]
S.rel('sum', C, sum_j, '75.21 + 164.99 + 123.72 = 363.92')
S.rel('share', C, sh_j2, '164.99/363.92 = 45.34%')
S.rel('share', C, [F(JX, '47.36亿元'), jt, F(JX, '13%', pre='比重为')], 'total fiscal revenue 47.36/363.92 = 13.0%')
S.rel('sum', C, sum_jb, 'tax 10.4 + non-tax 12.85 = 23.25 (general budget revenue)')
S.rel('growth', C, spl_j, 'prior-year parts 10.4/0.9238 + 12.85/1.2863 = 11.258 + 9.990 = 21.248; 23.25/1.0944 = 21.245')
S.rel('sum', C, jag, 'farming 45.88 + forestry 1.56 + animal 38.69 + fishery 33.88 + services 6.38 = 126.39')
S.rel('sum', U, [F(JX, '12.67亿元'), F(JX, '3.34亿元'), F(JX, '11.54亿元'), F(JX, '8.04亿元'), F(JX, '59.59亿元')], 'four spending items (其中) add to 35.59 of 59.59: a partial list')
S.rel('restatement', U, [F(JX, '77.49亿元'), j1], 'farm value added 77.49 (current prices, incl. services) vs primary industry 75.21 (accounts): other scopes, not one figure')
S.rel('rate', U, [j1, F(JX, '3.8%'), j2, F(JX, '3.0%'), j3, F(JX, '4.2%'), jt, F(JX, '3.5%')], 'current-price weights give 3.6% vs the stated 3.5%: base weights not stated; not a check')
S.rel('growth', U, [F(JX, '47.36亿元'), F(JX, '15.48%'), jb, jbr], 'total fiscal revenue also holds revenue passed up to higher levels, whose growth is not stated: no check')
a = ALT(JX, 1, j2, '167.99亿元', 'secondary value added 164.99 → 167.99')
S.rel('sum', I, R(a, sum_j, j2, '167.99亿元'), 'altered: parts add to 366.92, not 363.92 (breaks {B})')
S.rel('share', I, R(a, sh_j2, j2, '167.99亿元'), 'altered: 167.99/363.92 = 46.16%, not 45.34 (breaks {B})')
a = ALT(JX, 2, jnt, '12.35亿元', 'non-tax revenue 12.85 → 12.35')
S.rel('sum', I, R(a, sum_jb, jnt, '12.35亿元'), 'altered: 10.4 + 12.35 = 22.75, not 23.25 (breaks {B})')
S.rel('growth', I, R(a, spl_j, jnt, '12.35亿元'), 'altered: parts 10.4 + 12.35 no longer make 23.25 and their prior-year sum 20.86 ≠ 21.245 (breaks {B})')
a = ALT(JX, 3, jag[2], '36.69亿元', 'animal husbandry 38.69 → 36.69')
S.rel('sum', I, R(a, jag, jag[2], '36.69亿元'), 'altered: branches add to 124.39, not 126.39 (breaks {B})')

# ---- 进贤县 2023 work report (review of 2022): restated figures against the 2023 bulletin
S.rel('growth', U, [F(JXR, '375亿元'), jt, F(JX, '3.5%')], '2022 GDP estimate 375亿 (January 2023) vs 2023 GDP 363.92亿 at +3.5% real: the 2022 estimate predates the revised base; nominal level vs real rate; not a check')
S.rel('restatement', U, [F(JXR, '13.3%'), jbr], 'budget revenue +13.3% (Jan–Nov 2022) vs +9.44% (2023): other periods')
S.rel('growth', U, [F(JXR, '26家'), F(JXR, '415家')], '26 new "五上" firms, total 415: exits are not stated; no check')

# ---- 赣州 county (江西; the name is not in the passage) 2021 bulletin
gt = F(GZ, '1263304万元'); g1 = F(GZ, '146709万元'); g2_ = F(GZ, '539570万元'); g3 = F(GZ, '577025万元')
gp = [F(GZ, '11.6'), F(GZ, '42.7'), F(GZ, '45.7')]; gp0 = [F(GZ, '12.8'), F(GZ, '41.2'), F(GZ, '46', post='调整为')]
gnp = F(GZ, '941266万元'); gnpp = F(GZ, '74.5%'); ga = [F(GZ, '237300亩'), F(GZ, '149269亩'), F(GZ, '386569亩')]
sum_g = [g1, g2_, g3, gt]; sh_g2 = [g2_, gt, gp[1]]; sh_gn = [gnp, gt, gnpp]
S.rel('sum', C, sum_g, '146709 + 539570 + 577025 = 1263304')
S.rel('share', C, sh_g2, '539570/1263304 = 42.71% → 42.7')
S.rel('sum', C, gp0, '2020 structure 12.8 + 41.2 + 46 = 100')
S.rel('share', C, sh_gn, 'non-public economy 941266/1263304 = 74.51% → 74.5')
S.rel('sum', C, ga, 'grain 237300 + cash crops 149269 = 386569 mu')
S.rel('growth', U, [gnpp, F(GZ, '3.1个')], 'non-public share up 3.1 points: the 2020 share is not stated')
S.rel('sum', U, [F(GZ, '21780亩'), F(GZ, '89859亩'), F(GZ, '399亩'), ga[1]], 'peanuts + vegetables + melons = 112038 of 149269 cash-crop mu: a partial list')
S.rel('sum', U, [F(GZ, '69950万元'), F(GZ, '29699万元'), F(GZ, '22640.5万元'), F(GZ, '36241万元'), F(GZ, '301588万元')], 'spending items (其中) are a partial list of 301588')
S.rel('share', U, [F(GZ, '92477万元'), F(GZ, '51.0%')], '小税比 51.0%: the tax part of the budget revenue is not stated (the sentence is garbled)')
S.rel('growth', U, [F(GZ, '47688元'), F(GZ, '9.6%'), F(GZ, '9.0%')], 'per-capita GDP +9.6% vs GDP +9.0%: population change not stated')
a = ALT(GZ, 1, g2_, '536570万元', 'secondary value added 539570 → 536570')
S.rel('sum', I, R(a, sum_g, g2_, '536570万元'), 'altered: parts add to 1260304, not 1263304 (breaks {B})')
S.rel('share', I, R(a, sh_g2, g2_, '536570万元'), 'altered: 536570/1263304 = 42.47% → 42.5, not 42.7 (breaks {B})')
a = ALT(GZ, 2, gnpp, '77.5%', 'non-public share 74.5% → 77.5%')
S.rel('share', I, R(a, sh_gn, gnpp, '77.5%'), 'altered: 941266/1263304 = 74.5%, not 77.5 (breaks {B})')
a = ALT(GZ, 3, ga[1], '148269亩', 'cash-crop area 149269 → 148269 mu')
S.rel('sum', I, R(a, ga, ga[1], '148269亩'), 'altered: 237300 + 148269 = 385569, not 386569 (breaks {B})')

# ---- further traps
S.rel('growth', U, [ngl, ngr, nag], 'grain +1.4% vs agricultural output +5.7%: a product against the whole branch; no check')
S.rel('growth', U, [hd, hr, thw], 'toll expressways +5239 km (+3.9%) vs all expressways 14.26万 km: the growth of all expressways is not stated')
S.rel('share', U, [F(NT16, '2.2萬km'), F(NT16, '12.4萬km')], 'high-speed rail 超过2.2万 km within 12.4万 km: no share is stated')
S.rel('growth', U, [F(NT16, '8 235.32億元'), F(NT16, '3.6%'), F(NT16, '17 975.81億元'), F(NT16, '8.9%')], 'expressway investment (其中) +3.6% within road investment +8.9%: the rest of road investment is not stated; no check')
S.rel('sum', U, [F(NT16, '4 257座'), F(NT16, '86 178座'), F(NT16, '80.53萬座')], 'extra-large + large bridges (其中) are a subset of 80.53万 bridges, not a split')
S.rel('share', U, [mn[0], F(NMG, '1732亿元')], 'primary share 21.5% of 1732: the primary value added is not in the passage (the sentence with it is cut); no check')
S.rel('growth', U, [tpopw, F(TS, '2.35万人'), tn], 'population −2.35万 while natural growth is +0.97‰: migration is not stated; not a contradiction')
S.rel('share', U, [F(TS, '14636人'), F(TS, '47632人')], 're-employed 14636 within 47632 new urban jobs: a subset, no share stated')
S.rel('share', U, [sum_lu[0], lr_], 'tax 309920 of revenue 392695 (78.9%): no share is stated; nothing to check')
S.rel('restatement', U, [yp[0], F(YY, '4.6%')], 'primary share 4.6 vs fishery growth +4.6%: same digits, other indicators')
S.rel('growth', U, [F(YL, '165.89万吨'), F(YL, '2.7倍')], 'grain 165.89万吨 is 2.7 times 1978: the 1978 level is not stated')
S.rel('rate', U, [x1, F(FX, '6.0%'), x2, F(FX, '7.50%'), x3, F(FX, '6.5 %'), xt, F(FX, '6.6%')], 'current-price weights give 6.7% vs the stated 6.6%: base weights not stated; not a check')
S.rel('restatement', U, [dtr, F(LN, '15.1%')], 'district tax +15% vs non-tax share 15.1%: neighbouring numbers, other indicators')
S.rel('restatement', U, [qcp, qsp], 'central share 86.3% and provincial share 86.1% of their budgets: two indicators with near-equal rates')
S.rel('rate', U, [jt, F(JX, '56046元')], 'GDP per head 56046 on 363.92亿: the average population is not stated')
S.rel('rate', U, [g1, F(GZ, '7.3%'), g2_, F(GZ, '8.0%'), g3, F(GZ, '10.4%'), gt, F(GZ, '9.0%')], 'current-price weights happen to give 9.0%: base weights not stated; a match is not a check either')

S.rel('restatement', U, [F(JXR, '4.5%'), F(JXR, '4.7%')], '2022 GDP +4.5% vs industry above scale +4.7%: neighbouring numbers, other indicators')
S.rel('growth', U, [F(JXR, '6万户'), F(JXR, '27.1%')], 'market entities "over 60000", net +27.1%: the 2021 count is not stated')
S.rel('growth', U, [F(GZ, '137905万元'), F(GZ, '3.7%'), F(GZ, '92477万元'), F(GZ, '3.8%')], 'total fiscal revenue +3.7% while budget revenue −3.8%: the part passed up to higher levels is not stated; not a contradiction')
S.rel('share', U, [qld, qtd], 'local revenue gives 2.17 of the 2.32 increase (93.5%): no share is stated')

# ---- cross-document traps
S.rel('share', U, [F(YL, '3318.39亿元'), yt], '榆林 GDP 2017 vs a district of 榆林 in 2020: other year; no share stated')
S.rel('growth', U, [rl, tr_all], 'road network 469.63万 km (end-2016) vs 484.65万 km (end-2018): no growth rate is stated for the two years')
S.rel('restatement', U, [F(NT16, '13.10萬km'), t1], 'all expressways 13.10万 km (2016) vs toll expressways 13.79万 km (2018): other year and scope')
S.rel('target', U, [lb1_, ql], '岳麓区 adjusted revenue budget vs 祁阳县 local revenue: other place')
S.rel('restatement', U, [tn, ya[3]], '天水 natural growth 0.97‰ vs the 陕西 district fishery 0.97亿: same digits, other place and indicator')
for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

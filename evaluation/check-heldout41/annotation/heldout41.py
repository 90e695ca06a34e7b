"""Check key, forty-first held-out set (check-heldout41). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout41.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout41'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'
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

def Cells(doc, lineno, sep=' '):
    """numeric cells of line lineno (0-based), in order"""
    t = S.read(doc); lines = t.split('\n'); s = sum(len(x) + 1 for x in lines[:lineno]); line = lines[lineno]
    out, p = [], 0
    for tok in line.split(sep):
        tok = tok.strip()
        if not tok: continue
        q = line.index(tok, p); p = q + len(tok)
        if tok[0].isdigit(): out.append(P(doc, tok, s + q))
    return out

def ALT(src, n, fig, new, what):
    doc, text, anc = fig
    return S.alt(src, n, anc, anc.replace(text, new), what)
def on(a, fig, new=None):
    doc, text, anc = fig
    st = S.read(doc).index(anc) + anc.index(text)
    return P(a, new if new is not None else text, st)

F1='fj_2022t.txt'; F2='fj_2022t_hant.txt'; F3='fj_2022r.txt'; H1='hn_2021.txt'; H2='hn_2019_hant.txt'
M1='nm_2016.txt'; M2='nm_2016b.txt'; B='nm_bt_2023_hant.txt'; X1='xz_2006r_hant.txt'; X2='xz_2006e_hant.txt'; X3='xz_2006e2_hant.txt'
Q='qh_2006.txt'; G='gz_qxn_2003.txt'; L='sd_ly_2010.txt'; Z='sd_fz_1989.txt'; N='nat_2015h1.txt'

# ---- 福建 2022 NPC news (targets 2022, results 2021), traditional mirror, 2022 results + 2023 targets
f1g0 = F(F1, '48810亿元'); f1g1 = F(F1, '48810亿元', n=1); f1r0 = F(F1, '8.0%'); f1r1 = F(F1, '8.0%', n=1)
f1t0 = F(F1, '6.5%', '预期增长'); f1t1 = F(F1, '6.5%', '全省地区生产总值增长'); f1inc = F(F1, '51140元')
f1rev = F(F1, '5%', '一般公共预算总收入增长'); f1loc = F(F1, '5%', '地方一般公共预算收入增长'); f1u = F(F1, '7%', '分别增长'); f1grain = F(F1, '507万吨')
f2g0 = F(F2, '48810億元'); f2g1 = F(F2, '48810億元', n=1); f2t = F(F2, '6.5%', '預(yù)期增長'); f2inc = F(F2, '51140元')
f3g = F(F3, '53109.85亿元'); f3r = F(F3, '4.7%'); f31 = F(F3, '3076.20亿元'); f32 = F(F3, '25078.20亿元'); f33 = F(F3, '24955.45亿元')
f31r = F(F3, '3.7%'); f32r = F(F3, '5.4%'); f33r = F(F3, '4.0%'); f3t = F(F3, '6%左右', '生产总值增长'); f3u = F(F3, '7%', '分别增长'); f3grain = F(F3, '507万吨以上')
S.rel('restatement', C, [f1g0, f1g1], '2021 GDP 48810 in the lead and again in the body')
S.rel('restatement', C, [f1r0, f1r1], '2021 GDP growth 8.0% in the lead and again in the body')
S.rel('restatement', C, [f1t0, f1t1], '2022 GDP target 6.5% in the lead and in the list of targets')
S.rel('restatement', C, [f1g1, f2g1], '2021 GDP 48810: simplified news vs traditional mirror')
S.rel('restatement', C, [f1t1, f2t], '2022 GDP target 6.5%: simplified news vs traditional mirror')
S.rel('restatement', C, [f1inc, f2inc], '2021 urban per-capita disposable income 51140: simplified vs traditional')
S.rel('restatement', C, [f2g0, f2g1], 'traditional mirror: 2021 GDP 48810 in the lead and in the body')
S.rel('target', MS, [f1t1, f3r], '2022 target “增长6.5%” vs 2022 result 4.7%: missed')
S.rel('target', U, [f1t1, f1r1], '2022 target 6.5% vs 2021 result 8.0%: target of one year, result of another')
S.rel('target', U, [f3t, f3r], '2023 target 6%左右 vs 2022 result 4.7%: different years')
S.rel('restatement', U, [f1rev, f1loc], '2022 targets 5% for total budget revenue and 5% for local budget revenue: different indicators')
S.rel('restatement', U, [f1u, f3u], 'urban income growth target 7% for 2022 vs 7% for 2023: different years')
S.rel('restatement', U, [f1grain, f3grain], 'grain target 507万吨 for 2022 vs 507万吨以上 for 2023: different years')
S.rel('sum', C, [f31, f32, f33, f3g], '2022 GDP 3076.20 + 25078.20 + 24955.45 = 53109.85')
S.rel('rate', C, [f31, f31r, f32, f32r, f33, f33r, f3g, f3r], '2966.44 + 23793.36 + 23995.63 = 50755.43; 53109.85/50755.43 = 4.64% (range 4.59–4.69) → 4.7 within the allowance (see Unsure)')
a = ALT(F1, 1, f1g1, '48310亿元', 'body 2021 GDP 48810 → 48310')
S.rel('restatement', I, [on(a, f1g0), on(a, f1g1, '48310亿元')], 'altered: lead 48810 vs body 48310')
a = ALT(F1, 2, f1t1, '7.5%', 'target list GDP growth 6.5 → 7.5')
S.rel('restatement', I, [on(a, f1t0), on(a, f1t1, '7.5%')], 'altered: lead target 6.5% vs target list 7.5%')
a = ALT(F2, 1, f2g1, '48610億元', 'traditional body 2021 GDP 48810 → 48610')
S.rel('restatement', I, [f1g1, on(a, f2g1, '48610億元')], 'altered: simplified 48810 vs traditional 48610')
S.rel('restatement', I, [on(a, f2g0), on(a, f2g1, '48610億元')], 'altered: lead 48810 vs body 48610 in the same text')
a = ALT(F3, 1, f3r, '6.7%', '2022 GDP growth 4.7 → 6.7')
S.rel('target', M, [f1t1, on(a, f3r, '6.7%')], 'altered: 2022 target 6.5% vs result 6.7%: met')
S.rel('rate', I, [on(a, f31), on(a, f31r), on(a, f32), on(a, f32r), on(a, f33), on(a, f33r), on(a, f3g), on(a, f3r, '6.7%')], 'altered: sector rates give 4.64%, stated 6.7')
a = ALT(F3, 2, f32, '25378.20亿元', 'secondary value added 25078.20 → 25378.20')
S.rel('sum', I, [on(a, f31), on(a, f32, '25378.20亿元'), on(a, f33), on(a, f3g)], 'altered: parts add to 53409.85, not 53109.85')

# ---- 河南 2021 (report news, 郑州晚报)
h1a = F(H1, '6.5%', '预计生产总值增长'); h1b = F(H1, '6.5%左右'); h1e0 = F(H1, '160.7万人次'); h1e1 = F(H1, '160.7万人次', n=1)
h1m0 = F(H1, '2.58万亩'); h1m1 = F(H1, '2.58万亩', n=1); h1p0 = F(H1, '255项'); h1p1 = F(H1, '255项', n=1)
S.rel('restatement', C, [h1a, h1b], '2021 GDP growth 6.5% in the headline and 6.5%左右 in the summary')
S.rel('restatement', C, [h1e0, h1e1], 'emergency evacuation 160.7万人次 in the sub-heading and the body')
S.rel('restatement', C, [h1m0, h1m1], 'restored mine land 2.58万亩 in the sub-heading and the body')
S.rel('restatement', C, [h1p0, h1p1], 'powers devolved 255项 in the sub-heading and the body')
S.rel('restatement', U, [h1e1, F(H1, '224万人次')], 'evacuated 160.7万人次 vs resettled 224万人次: different indicators')
S.rel('restatement', U, [h1b, f1t1], '河南 2021 growth 6.5% vs 福建 2022 target 6.5%: different places, years and status')
S.rel('growth', U, [F(H1, '13.5%'), F(H1, '256天')], 'PM2.5 down 13.5% and 256 good days: last year levels not stated')
a = ALT(H1, 1, h1e1, '180.7万人次', 'body evacuation 160.7 → 180.7')
S.rel('restatement', I, [on(a, h1e0), on(a, h1e1, '180.7万人次')], 'altered: sub-heading 160.7 vs body 180.7')
a = ALT(H1, 2, h1m1, '2.88万亩', 'body restored mine land 2.58 → 2.88')
S.rel('restatement', I, [on(a, h1m0), on(a, h1m1, '2.88万亩')], 'altered: sub-heading 2.58 vs body 2.88')

# ---- 河南 2019 (traditional news)
h2p0 = F(H2, '68.7萬'); h2p1 = F(H2, '68.7萬', n=1)
S.rel('restatement', C, [h2p0, h2p1], 'people lifted from poverty 68.7萬 in the sub-heading and the body')
S.rel('restatement', U, [F(H2, '23%左右'), F(H2, '8%左右')], 'investment in listed fields +23% vs total fixed investment +8%: a sub-group against the total')
S.rel('growth', U, [F(H2, '4041.6億元'), F(H2, '7.3%')], 'budget revenue 4041.6 up 7.3%: the 2018 level is not stated')
a = ALT(H2, 1, h2p1, '63.7萬', 'body 68.7 → 63.7')
S.rel('restatement', I, [on(a, h2p0), on(a, h2p1, '63.7萬')], 'altered: sub-heading 68.7萬 vs body 63.7萬')

# ---- 内蒙古 2016 (two news texts)
m1t = F(M1, '1.86万亿元'); m1b = F(M1, '1.86万亿元', '达到'); m1s = [F(M1, '8.8'), F(M1, '48.7'), F(M1, '42.5')]; m1p = F(M1, '74069元')
m2g = F(M2, '18632.6亿元'); m2p = F(M2, '74069元')
S.rel('restatement', C, [m1t, m1b], '2016 GDP 1.86万亿 in the title and the body')
S.rel('sum', C, m1s, 'structure 8.8 + 48.7 + 42.5 = 100')
S.rel('restatement', C, [m1p, m2p], '2016 per-capita GDP 74069 in both texts')
S.rel('restatement', C, [m1b, m2g], '2016 GDP 18632.6亿 = 1.86万亿 rounded')
S.rel('growth', U, [F(M1, '301元'), F(M1, '32975元')], 'urban income 301 (1978) → 32975 (2016): no rate stated, nothing to check')
S.rel('growth', U, [F(M2, '7.2%'), F(M2, '0.5个百分点')], '7.2% is 0.5 points above the national rate, which is not stated here')
S.rel('restatement', U, [F(M2, '8.0%'), f1r1], '兴安盟 2016 growth 8.0% vs 福建 2021 growth 8.0%: different places and years')
a = ALT(M1, 1, m1s[1], '49.7', 'secondary share 48.7 → 49.7')
S.rel('sum', I, [on(a, m1s[0]), on(a, m1s[1], '49.7'), on(a, m1s[2])], 'altered: 8.8 + 49.7 + 42.5 = 101.0')
a = ALT(M1, 2, m1p, '74669元', 'per-capita GDP 74069 → 74669')
S.rel('restatement', I, [on(a, m1p, '74669元'), m2p], 'altered: 74669 vs 74069 in the other text')
a = ALT(M2, 1, m2g, '19632.6亿元', 'GDP 18632.6 → 19632.6')
S.rel('restatement', I, [m1b, on(a, m2g, '19632.6亿元')], 'altered: 19632.6亿 is 1.96万亿, not 1.86')

# ---- 包头 2023 (traditional, pinyin glosses)
bg = F(B, '4263.9'); b1 = F(B, '135.2'); b2 = F(B, '2329.4'); b3 = F(B, '1799.3'); bc = [F(B, '1.8%'), F(B, '65.0%'), F(B, '33.2%')]
S.rel('sum', C, [b1, b2, b3, bg], '135.2 + 2329.4 + 1799.3 = 4263.9')
S.rel('sum', C, bc, 'contribution rates 1.8 + 65.0 + 33.2 = 100')
S.rel('restatement', C, [F(B, '73.4%'), F(B, '73.4%', n=1)], 'contribution of the three engine sectors 73.4% stated twice')
S.rel('growth', U, [F(B, '14.7%'), F(B, '14.3%')], 'industry +14.7% vs secondary industry +14.3%: overlapping groupings, construction weight not stated')
a = ALT(B, 1, b2, '2369.4', 'secondary value added 2329.4 → 2369.4')
S.rel('sum', I, [on(a, b1), on(a, b2, '2369.4'), on(a, b3), on(a, bg)], 'altered: parts add to 4303.9, not 4263.9')
a = ALT(B, 2, bc[2], '35.2%', 'tertiary contribution 33.2 → 35.2')
S.rel('sum', I, [on(a, bc[0]), on(a, bc[1]), on(a, bc[2], '35.2%')], 'altered: 1.8 + 65.0 + 35.2 = 102.0')

# ---- 西藏 2006: release (final), estimate news (gov.cn), estimate news (中新网)
xg = F(X1, '290.05'); x1 = F(X1, '51.04'); x2 = F(X1, '80.03'); x3 = F(X1, '158.98'); xr = F(X1, '13.4%')
x1r = F(X1, '6.2%'); x2r = F(X1, '22.9%'); x3r = F(X1, '11.7%')
eg = F(X2, '290.3億元'); er = F(X2, '13.2%'); ei = F(X2, '231.1億元'); et = F(X2, '245萬人次'); e39 = F(X2, '39.5%'); e36 = F(X2, '36.1%')
gg = F(X3, '290.3億元'); gr = F(X3, '13.2%'); gi = F(X3, '231.1億元'); gt = F(X3, '245萬人'); g39 = F(X3, '39.5%'); g36 = F(X3, '36.1%')
S.rel('sum', C, [x1, x2, x3, xg], '51.04 + 80.03 + 158.98 = 290.05')
S.rel('restatement', U, [eg, xg], 'GDP 290.3 (estimate, December) vs 290.05 (statistical release): different status')
S.rel('restatement', U, [er, xr], 'growth 13.2% (estimate) vs 13.4% (release): different status')
S.rel('restatement', C, [eg, gg], 'estimated 2006 GDP 290.3 in both news items')
S.rel('restatement', C, [er, gr], 'estimated 2006 growth 13.2% in both news items')
S.rel('restatement', C, [ei, gi], 'estimated fixed investment 231.1 in both news items')
S.rel('restatement', C, [et, gt], 'tourist arrivals 245萬人次 in both news items')
S.rel('restatement', C, [e39, g39], 'tourism revenue growth 39.5% in both news items')
S.rel('restatement', C, [e36, g36], 'tourist arrivals growth 36.1% in both news items')
S.rel('target', U, [et, F(X2, '400萬人次')], '245萬人次 in 2006 vs capacity aim 400萬人次 from 2007: not a target for 2006')
S.rel('growth', U, [F(X3, '28.1億元'), F(X3, '50億元')], 'private investment 28.1 in three quarters of 2006 vs 50 over the whole 十五 period: different periods and scopes')
S.rel('restatement', U, [F(X2, '17.8%'), F(X2, '20.5%')], 'investment +17.8% and revenue +20.5%: different indicators, nothing to reconcile')
a = ALT(X1, 1, x2, '86.03', 'secondary value added 80.03 → 86.03')
S.rel('sum', I, [on(a, x1), on(a, x2, '86.03'), on(a, x3), on(a, xg)], 'altered: parts add to 296.05, not 290.05')
S.rel('rate', I, [on(a, x1), on(a, x1r), on(a, x2, '86.03'), on(a, x2r), on(a, x3), on(a, x3r), on(a, xg), on(a, xr)], 'altered: with 86.03 the deflated parts give 11.4% (11.34–11.44), not 13.4')
a = ALT(X3, 1, gi, '281.1億元', 'fixed investment 231.1 → 281.1')
S.rel('restatement', I, [ei, on(a, gi, '281.1億元')], 'altered: 231.1 (gov.cn) vs 281.1')
a = ALT(X2, 1, e39, '33.5%', 'tourism revenue growth 39.5 → 33.5')
S.rel('restatement', I, [on(a, e39, '33.5%'), g39], 'altered: 33.5% vs 39.5% in the other news item')

# ---- 青海 2006 bulletin
qg = F(Q, '641.05亿元'); q1 = F(Q, '69.60亿元'); q2 = F(Q, '330.82亿元'); q3 = F(Q, '240.63亿元')
qr = F(Q, '12.2%'); q1r = F(Q, '3.5%', '增长'); q2r = F(Q, '15.7%'); q3r = F(Q, '10.5%')
qs0 = [F(Q, '12.0'), F(Q, '48.7'), F(Q, '39.3')]; qs = [F(Q, '10.9'), F(Q, '51.6'), F(Q, '37.5')]; qc = [F(Q, '3.5%', '分别为'), F(Q, '62.7%'), F(Q, '33.8%')]
S.rel('sum', C, [q1, q2, q3, qg], '69.60 + 330.82 + 240.63 = 641.05')
S.rel('sum', C, qs, '2006 structure 10.9 + 51.6 + 37.5 = 100')
S.rel('sum', C, qs0, '2005 structure 12.0 + 48.7 + 39.3 = 100')
S.rel('sum', C, qc, 'contribution rates 3.5 + 62.7 + 33.8 = 100')
S.rel('share', C, [q1, qg, qs[0]], '69.60/641.05 = 10.86% → 10.9')
S.rel('share', C, [q2, qg, qs[1]], '330.82/641.05 = 51.61% → 51.6')
S.rel('share', C, [q3, qg, qs[2]], '240.63/641.05 = 37.54% → 37.5')
S.rel('rate', C, [q1, q1r, q2, q2r, q3, q3r, qg, qr], '67.25 + 285.93 + 217.77 = 570.95; 641.05/570.95 = 12.28% (range 12.23–12.33) → 12.2 within the allowance')
S.rel('growth', U, [F(Q, '11.3%'), qr], 'per-capita GDP +11.3% vs GDP +12.2%: population growth not stated')
S.rel('sum', U, [F(Q, '27.17万吨'), F(Q, '7.70万吨'), F(Q, '9.57万吨')], 'meat 27.17 vs beef 7.70 + mutton 9.57: partial list (pork and others missing)')
S.rel('restatement', U, [q1r, qc[0]], 'primary growth 3.5% vs primary contribution rate 3.5%: different indicators')
S.rel('restatement', U, [F(N, '3.5%'), q1r], 'national H1 2015 primary growth 3.5% vs 青海 2006 primary growth 3.5%: different places and periods')
a = ALT(Q, 1, q2, '336.82亿元', 'secondary value added 330.82 → 336.82')
S.rel('sum', I, [on(a, q1), on(a, q2, '336.82亿元'), on(a, q3), on(a, qg)], 'altered: parts add to 647.05, not 641.05')
S.rel('share', I, [on(a, q2, '336.82亿元'), on(a, qg), on(a, qs[1])], 'altered: 336.82/641.05 = 52.54% → 52.5, not 51.6')
a = ALT(Q, 2, qs[2], '38.5', '2006 tertiary share 37.5 → 38.5')
S.rel('sum', I, [on(a, qs[0]), on(a, qs[1]), on(a, qs[2], '38.5')], 'altered: 10.9 + 51.6 + 38.5 = 101.0')
S.rel('share', I, [on(a, q3), on(a, qg), on(a, qs[2], '38.5')], 'altered: 240.63/641.05 = 37.54%, stated 38.5')
a = ALT(Q, 3, qc[1], '64.7%', 'secondary contribution 62.7 → 64.7')
S.rel('sum', I, [on(a, qc[0]), on(a, qc[1], '64.7%'), on(a, qc[2])], 'altered: 3.5 + 64.7 + 33.8 = 102.0')
a = ALT(Q, 4, qs0[2], '38.3', '2005 tertiary share 39.3 → 38.3')
S.rel('sum', I, [on(a, qs0[0]), on(a, qs0[1]), on(a, qs0[2], '38.3')], 'altered: 12.0 + 48.7 + 38.3 = 99.0')

# ---- 黔西南州 2003 bulletin
gg3 = F(G, '85.65亿元'); g1 = F(G, '26.94亿元'); g2 = F(G, '30.51亿元'); g3 = F(G, '28.21亿元')
ggr = F(G, '11.0%'); g1r = F(G, '8.2%'); g2r = F(G, '11.3%'); g3r = F(G, '13.4%')
S.rel('sum', C, [g1, g2, g3, gg3], '26.94 + 30.51 + 28.21 = 85.66 vs 85.65: within the rounding allowance (±0.02)')
S.rel('rate', C, [g1, g1r, g2, g2r, g3, g3r, gg3, ggr], '24.90 + 27.41 + 24.88 = 77.19; 85.65/77.19 = 10.96% (range 10.91–11.01) → 11.0')
S.rel('growth', U, [F(G, '2813元'), F(G, '294元')], 'per-capita GDP 2813, up 294 yuan: no rate stated')
S.rel('restatement', U, [g3r, xr], '黔西南 2003 tertiary growth 13.4% vs 西藏 2006 GDP growth 13.4%: different places, years and indicators')
a = ALT(G, 1, g3, '26.21亿元', 'tertiary value added 28.21 → 26.21')
S.rel('sum', I, [on(a, g1), on(a, g2), on(a, g3, '26.21亿元'), on(a, gg3)], 'altered: parts add to 83.66, not 85.65')
a = ALT(G, 2, gg3, '88.65亿元', 'GDP 85.65 → 88.65')
S.rel('sum', I, [on(a, g1), on(a, g2), on(a, g3), on(a, gg3, '88.65亿元')], 'altered: parts add to 85.66, total stated 88.65')
S.rel('rate', I, [on(a, g1), on(a, g1r), on(a, g2), on(a, g2r), on(a, g3), on(a, g3r), on(a, gg3, '88.65亿元'), on(a, ggr)], 'altered: 88.65/77.19 = 14.8%, not 11.0')

# ---- 临沂经济技术开发区 2010 (zone news)
S.rel('growth', I, [F(L, '5.2倍'), F(L, '38%')], 'real: 5.2-fold in five years is 5.2^(1/5) = 1.391 → 39.1% a year (range 38.8–39.3), stated 38 (see Unsure)')
S.rel('growth', I, [F(L, '21倍'), F(L, '86%')], 'real: 21-fold in five years is 21^(1/5) = 1.838 → 83.8% a year (range 83.0–84.7), stated 86 (see Unsure)')
S.rel('share', U, [F(L, '47.5%'), F(L, '12个百分点')], 'high-tech share 47.5%, up 12 points on 2005: the 2005 share and the levels are not stated')
S.rel('restatement', U, [F(L, '15亿元'), F(L, '160亿元')], 'fiscal revenue 15 vs outside capital 160: different indicators')

# ---- 坊子 1949 (district chronicle)
za = F(Z, '97%'); zb = F(Z, '3%', '仅占')
S.rel('sum', C, [za, zb], '1949 agriculture and handicraft 97% + modern industry 3% = 100')
S.rel('growth', U, [F(Z, '2260万元'), F(Z, '20%'), F(Z, '18.5%')], 'output 2260万 down 20% and grain down 18.5% on 1936: the 1936 levels are not stated')
a = ALT(Z, 1, za, '96%', 'agriculture and handicraft share 97 → 96')
S.rel('sum', I, [on(a, za, '96%'), on(a, zb)], 'altered: 96 + 3 = 99')

# ---- national H1 2015 (news)
n1 = F(N, '20255亿元'); n2 = F(N, '129648亿元'); n3 = F(N, '146965亿元'); nr = F(N, '7%'); n1r = F(N, '3.5%'); n2r = F(N, '6.1%'); n3r = F(N, '8.4%')
S.rel('rate', C, [n1, n1r, n2, n2r, n3, n3r, nr], 'total not stated: 20255 + 129648 + 146965 = 296868; deflated 19570.0 + 122194.2 + 135576.5 = 277340.7; 296868/277340.7 = 7.04% (6.99–7.09) → 7')
S.rel('growth', U, [F(N, '1.7%'), nr], 'Q2 quarter-on-quarter 1.7% vs H1 year-on-year 7%: different bases')
a = ALT(N, 1, n3r, '5.4%', 'tertiary H1 growth 8.4 → 5.4')
S.rel('rate', I, [on(a, n1), on(a, n1r), on(a, n2), on(a, n2r), on(a, n3), on(a, n3r, '5.4%'), on(a, nr)], 'altered: with 5.4% the weighted rate is 5.57% (5.52–5.62), not 7')

S.write()

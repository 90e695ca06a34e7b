"""Check key, thirty-first held-out set (check-heldout31). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout31.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout31'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

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


NAT='nat_1994.txt'; QH='qh_1990.txt'; B13='bj_2013_hant.txt'; BJT='bj_2022t_hant.txt'; BJR='bj_2022r.txt'; BJB='bj_2022b.txt'
B24='bj_2024q3.txt'; CY='cy_2024h1.txt'; YN='yn_2009_hant.txt'; XZ='xz_2021.txt'; XQ='xz_2016q1_hant.txt'; G22='gs_2022.txt'
G23='gs_2023.txt'; AH='ah_wj_2017q3_hant.txt'; CC='cc_2002.txt'

# ---- national bulletin 1994 (published 1995)
ng = F(NAT, '43800亿元'); n1 = F(NAT, '8231亿元'); n2 = F(NAT, '21259亿元'); n3 = F(NAT, '14310亿元')
S.rel('sum', C, [n1, n2, n3, ng], '1994 GDP 8231 + 21259 + 14310 = 43800')
S.rel('sum', U, [F(NAT, '964', '花生 '), F(NAT, '746', '油菜籽 '), F(NAT, '1984', '油料 ')], 'oilseeds 1984: 其中 only 花生; 花生 + 油菜籽 = 1710 is a partial list')
S.rel('share', U, [F(NAT, '39397', '谷物 '), F(NAT, '44450', '粮食 ')], '谷物 is part of 粮食; no share stated')
a = ALT(NAT, 1, n2, '21859亿元', 'secondary value added 21259 → 21859')
S.rel('sum', I, [on(a, n1), on(a, n2, '21859亿元'), on(a, n3), on(a, ng)], 'altered: 8231 + 21859 + 14310 = 44400, not 43800')
a = ALT(NAT, 2, ng, '43600亿元', 'GDP 43800 → 43600')
S.rel('sum', I, [on(a, n1), on(a, n2), on(a, n3), on(a, ng, '43600亿元')], 'altered: parts add to 43800, total stated 43600')

# ---- 青海 1990 bulletin
qg = F(QH, '62亿元'); qn = F(QH, '47亿元'); qa = F(QH, '46.26亿元')
S.rel('share', U, [qn, qg], 'national income 47 vs gross social product 62: different aggregates, no share stated')
S.rel('sum', U, [qa, qn, qg], 'gross agricultural+industrial output and national income overlap; not parts of 62')

# ---- 北京 2013 (traditional, mixed pinyin marks)
bg = F(B13, '19500.6億元'); b1 = F(B13, '161.8億元'); b2 = F(B13, '4352.3億元'); b3 = F(B13, '14986.5億元')
bi = F(B13, '3536.9億元'); bc = F(B13, '815.4億元'); s12 = [F(B13, '0.8', '上年的'), F(B13, '22.7'), F(B13, '76.5')]
s2 = F(B13, '22.3'); s3 = F(B13, '76.9'); u1 = F(B13, '15052美元', n=0); u2 = F(B13, '15052美元', n=1)
S.rel('sum', C, [b1, b2, b3, bg], '161.8 + 4352.3 + 14986.5 = 19500.6')
S.rel('sum', C, [bi, bc, b2], 'industry 3536.9 + construction 815.4 = secondary 4352.3')
S.rel('sum', C, s12, '2012 structure 0.8 + 22.7 + 76.5 = 100')
S.rel('share', C, [b2, bg, s2], '4352.3/19500.6 = 22.32% → 22.3')
S.rel('share', C, [b3, bg, s3], '14986.5/19500.6 = 76.85% → 76.9')
S.rel('rate', C, [b1, F(B13, '3%', '增長(zhǎng)'), b2, F(B13, '8.1%'), b3, F(B13, '7.6%'), bg, F(B13, '7.7%', '比上年增長(zhǎng)')], 'sector levels deflated by their rates: 157.1 + 4026.2 + 13927.9 = 18111.2; 19500.6/18111.2 = 7.67% (range 7.62–7.72) → 7.7')
S.rel('restatement', C, [u1, u2], 'per-capita GDP 15052 US$ stated in the lead and in the body')
S.rel('restatement', U, [F(B13, '7.7%', '比上年增長(zhǎng)'), F(B13, '7.7%', '上半年增長(zhǎng)')], 'annual 7.7% vs first-half 7.7%: different periods')
S.rel('growth', U, [F(B13, '93213元'), u2], '93213 yuan = 15052 US$: exchange rate (6.19) not stated')
a = ALT(B13, 1, b3, '14936.5億元', 'tertiary value added 14986.5 → 14936.5')
S.rel('sum', I, [on(a, b1), on(a, b2), on(a, b3, '14936.5億元'), on(a, bg)], 'altered: parts add to 19450.6, not 19500.6')
S.rel('share', I, [on(a, b3, '14936.5億元'), on(a, bg), on(a, s3)], 'altered: 14936.5/19500.6 = 76.59% → 76.6, not 76.9')
a = ALT(B13, 2, bc, '845.4億元', 'construction 815.4 → 845.4')
S.rel('sum', I, [on(a, bi), on(a, bc, '845.4億元'), on(a, b2)], 'altered: 3536.9 + 845.4 = 4382.3, not 4352.3')
a = ALT(B13, 3, s12[2], '75.5', '2012 tertiary share 76.5 → 75.5')
S.rel('sum', I, [on(a, s12[0]), on(a, s12[1]), on(a, s12[2], '75.5')], 'altered: 0.8 + 22.7 + 75.5 = 99.0')
a = ALT(B13, 4, u2, '15952美元', 'second per-capita US$ figure 15052 → 15952')
S.rel('restatement', I, [on(a, u1), on(a, u2, '15952美元')], 'altered: 15052 vs 15952 for the same figure')

# ---- 北京 2022: targets (NPC news, traditional), results (news), bulletin news
tg = F(BJT, '5%以上'); tr = F(BJT, '4%'); tu = F(BJT, '5%以內'); tc = F(BJT, '3%左右')
rg = F(BJR, '41610.9亿元'); rgr = F(BJR, '0.7%', '比上年增长'); r1 = F(BJR, '111.5亿元'); r2 = F(BJR, '6605.1亿元'); r3 = F(BJR, '34894.3亿元')
rs = F(BJR, '13794.2亿元'); rsg = F(BJR, '12832.6亿元'); rsc = F(BJR, '961.6亿元'); rc = F(BJR, '1.8%', '比上年上涨'); rcd = F(BJR, '1.8%', '同比上涨')
ru = F(BJR, '4.7%'); rut = F(BJR, '5.0%', '运行在'); ri0 = F(BJR, '77415元')
rig0 = F(BJR, '3.2%')
S.rel('target', MS, [tg, rgr], '2022 GDP target “5%以上”; result 0.7%: missed')
S.rel('target', M, [tc, rc], 'CPI “3%左右” is a ceiling; result 1.8%: met')
S.rel('target', CT, [tc, rcd], 'CPI “3%左右” (annual) against the December year-on-year rate 1.8%: one month cannot settle an annual target')
S.rel('target', M, [tu, ru], 'surveyed unemployment “5%以內”; result 4.7%: met')
S.rel('restatement', C, [tu, rut], 'the 2022 unemployment target 5% stated in the NPC news and in the results news')
S.rel('rate', C, [r1, F(BJR, '1.6%'), r2, F(BJR, '11.4%'), r3, F(BJR, '3.4%'), rg, rgr], '113.3 + 7455.0 + 33746.9 = 41315.2; 41610.9/41315.2 = 0.72% (range 0.67–0.77) → 0.7')
S.rel('sum', C, [r1, r2, r3, rg], '111.5 + 6605.1 + 34894.3 = 41610.9')
S.rel('sum', C, [rsg, rsc, rs], 'goods 12832.6 + catering 961.6 = retail 13794.2')
S.rel('restatement', U, [rc, rcd], 'annual CPI 1.8% vs December y/y 1.8%: different periods')
S.rel('target', U, [tr, rig0], 'revenue target 4% vs income growth 3.2%: different indicators (no revenue result stated)')
bb = F(BJB, '41610.9亿元'); bbh = F(BJB, '41610.09亿元'); bb2 = F(BJB, '6605.1亿元'); bst = [F(BJB, '0.3', '构成为'), F(BJB, '15.9'), F(BJB, '83.8')]
bp = F(BJB, '2184.3万人'); bu = F(BJB, '1912.8万人'); bus = F(BJB, '87.6%'); bm = F(BJB, '825.1万人'); bms = F(BJB, '37.8%')
bbr = F(BJB, '5.67‰'); bdr = F(BJB, '5.72‰'); bnr = F(BJB, '-0.05‰'); bpc0 = F(BJB, '19.0万元', n=0); bpc1 = F(BJB, '19.0万元', n=1)
S.rel('restatement', I, [bbh, bb], 'heading 41610.09亿元 vs text 41610.9亿元 for 2022 GDP (real discrepancy in the stored page)')
S.rel('sum', C, bst, 'structure 0.3 + 15.9 + 83.8 = 100')
S.rel('share', C, [bu, bp, bus], '1912.8/2184.3 = 87.57% → 87.6')
S.rel('share', C, [bm, bp, bms], '825.1/2184.3 = 37.77% → 37.8')
S.rel('sum', C, [bbr, bdr, bnr], 'birth 5.67‰ − death 5.72‰ = natural growth −0.05‰')
S.rel('share', C, [bb2, bb, bst[1]], '6605.1/41610.9 = 15.87% → 15.9')
S.rel('restatement', C, [bpc0, bpc1], 'per-capita GDP 19.0万元 in heading and text')
S.rel('restatement', C, [F(BJB, '19万元'), bpc1], '19万元 and 19.0万元: same figure')
S.rel('restatement', C, [F(BJB, '4.3万', '减少', post='!'), F(BJB, '4.3万人')], 'population decrease 4.3万 in heading and text')
S.rel('restatement', C, [F(BJB, '7.74万元'), ri0], '7.74万元 (bulletin news heading) = 77415 yuan rounded')
S.rel('restatement', C, [bb, rg], '2022 GDP 41610.9 in the bulletin news and the results news')
S.rel('restatement', C, [F(BJB, '13794.2亿元'), rs], 'retail 13794.2 in both texts')
S.rel('restatement', C, [F(BJB, '4.7%'), ru], 'unemployment 4.7% in both texts')
S.rel('restatement', C, [F(BJB, '1.8%'), rc], 'CPI 1.8% in both texts')
S.rel('restatement', C, [F(BJB, '34894.3亿元'), r3], 'tertiary 34894.3 in both texts')
a = ALT(BJR, 1, r2, '6685.1亿元', 'secondary value added 6605.1 → 6685.1')
S.rel('sum', I, [on(a, r1), on(a, r2, '6685.1亿元'), on(a, r3), on(a, rg)], 'altered: parts add to 41690.9, not 41610.9')
S.rel('restatement', I, [on(a, r2, '6685.1亿元'), bb2], 'altered: 6685.1 vs 6605.1 in the bulletin news')
a = ALT(BJR, 2, rsc, '991.6亿元', 'catering 961.6 → 991.6')
S.rel('sum', I, [on(a, rsg), on(a, rsc, '991.6亿元'), on(a, rs)], 'altered: 12832.6 + 991.6 = 13824.2, not 13794.2')
a = ALT(BJR, 3, rgr, '5.7%', 'GDP growth 0.7 → 5.7')
S.rel('target', M, [tg, on(a, rgr, '5.7%')], 'altered: 5.7% against “5%以上”: met (the change flips heldout31 GDP target verdict)')
S.rel('restatement', I, [on(a, rgr, '5.7%'), F(BJB, '0.7%', '比上年增长')], 'altered: 5.7% vs 0.7% in the bulletin news')
a = ALT(BJR, 4, rc, '3.8%', 'annual CPI 1.8 → 3.8')
S.rel('target', MS, [tc, on(a, rc, '3.8%')], 'altered: CPI 3.8% over the “3%左右” ceiling: missed')
a = ALT(BJB, 1, bus, '81.6%', 'urban population share 87.6 → 81.6')
S.rel('share', I, [on(a, bu), on(a, bp), on(a, bus, '81.6%')], 'altered: 1912.8/2184.3 = 87.6%, not 81.6')
a = ALT(BJB, 2, bdr, '5.92‰', 'death rate 5.72 → 5.92')
S.rel('sum', I, [on(a, bbr), on(a, bdr, '5.92‰'), on(a, bnr)], 'altered: 5.67 − 5.92 = −0.25, not −0.05')
a = ALT(BJB, 3, bst[1], '16.9', 'secondary share 15.9 → 16.9')
S.rel('sum', I, [on(a, bst[0]), on(a, bst[1], '16.9'), on(a, bst[2])], 'altered: 0.3 + 16.9 + 83.8 = 101.0')
S.rel('share', I, [on(a, bb2), on(a, bb), on(a, bst[1], '16.9')], 'altered: 6605.1/41610.9 = 15.9%, not 16.9')

# ---- 北京 Q1–Q3 2024
kg = F(B24, '38415.9亿元'); k1 = F(B24, '77.9亿元'); k2 = F(B24, '5055.9亿元'); k3 = F(B24, '33282.0亿元')
ks = F(B24, '20223.5亿元'); kd = F(B24, '18634.6亿元'); ke = F(B24, '1588.9亿元'); kh = F(B24, '5.5%'); kq = F(B24, '5.6%'); kp = F(B24, '0.1个百分点', '加快')
S.rel('sum', C, [k1, k2, k3, kg], '77.9 + 5055.9 + 33282.0 = 38415.8 vs 38415.9: within rounding (±0.15)')
S.rel('sum', C, [kd, ke, ks], 'domestic 18634.6 + export 1588.9 = 20223.5')
S.rel('sum', C, [kh, kq, kp], 'Q1–Q3 5.6% is 0.1 point above H1 5.5%')
S.rel('target', U, [tg, kq], '2022 GDP target vs Q1–Q3 2024 growth: different years')
a = ALT(B24, 1, ke, '1688.9亿元', 'export delivery value 1588.9 → 1688.9')
S.rel('sum', I, [on(a, kd), on(a, ke, '1688.9亿元'), on(a, ks)], 'altered: 18634.6 + 1688.9 = 20323.5, not 20223.5')
a = ALT(B24, 2, kp, '0.3个百分点', 'acceleration 0.1 → 0.3 point')
S.rel('sum', I, [on(a, kh), on(a, kq), on(a, kp, '0.3个百分点')], 'altered: 5.6 − 5.5 = 0.1, not 0.3')

# ---- 成渝 H1 2024 (重庆日报)
c0 = F(CY, '40365.7亿元', n=0); c1 = F(CY, '40365.7亿元', n=1); cq = F(CY, '14098.2亿元'); cs = F(CY, '26267.5亿元')
S.rel('sum', C, [cq, cs, c1], '重庆 14098.2 + 四川 26267.5 = 40365.7')
S.rel('restatement', C, [c0, c1], 'H1 total 40365.7 in headline and text')
S.rel('share', U, [c1, F(CY, '6.5%', n=0)], 'share of national total: national H1 GDP not stated')
S.rel('share', U, [F(CY, '2453.4亿元'), F(CY, '56.2%')], 'annual plan investment not stated')
S.rel('restatement', U, [F(CY, '6.5%', n=0), F(CY, '6.5%', n=1)], 'share 6.5% vs manufacturing growth 6.5%')
S.rel('restatement', U, [F(CY, '5.6%'), kq], '四川 part H1 2024 growth vs 北京 Q1–Q3 2024 growth')
a = ALT(CY, 1, cs, '26567.5亿元', '四川 part 26267.5 → 26567.5')
S.rel('sum', I, [on(a, cq), on(a, cs, '26567.5亿元'), on(a, c1)], 'altered: 14098.2 + 26567.5 = 40665.7, not 40365.7')
a = ALT(CY, 2, c0, '40865.7亿元', 'headline total 40365.7 → 40865.7')
S.rel('restatement', I, [on(a, c0, '40865.7亿元'), on(a, c1)], 'altered: 40865.7 vs 40365.7')

# ---- 云南 2009 bulletin (traditional)
yg = F(YN, '6168.23億元'); y1 = F(YN, '1063.96億元'); y2 = F(YN, '2580.34億元'); y3 = F(YN, '2523.93億元')
y09 = [F(YN, '17.3'), F(YN, '41.8'), F(YN, '40.9')]; y08 = [F(YN, '17.9'), F(YN, '43.1'), F(YN, '39.0')]
yn = F(YN, '2412億元'); yns = F(YN, '39.1%')
S.rel('sum', C, [y1, y2, y3, yg], '1063.96 + 2580.34 + 2523.93 = 6168.23')
S.rel('sum', C, y09, '2009 structure 17.3 + 41.8 + 40.9 = 100')
S.rel('sum', C, y08, '2008 structure 17.9 + 43.1 + 39.0 = 100')
S.rel('share', C, [y1, yg, y09[0]], '1063.96/6168.23 = 17.25% → 17.3')
S.rel('share', C, [y2, yg, y09[1]], '2580.34/6168.23 = 41.83% → 41.8')
S.rel('share', C, [y3, yg, y09[2]], '2523.93/6168.23 = 40.92% → 40.9')
S.rel('share', C, [yn, yg, yns], 'non-public 2412/6168.23 = 39.10% → 39.1')
S.rel('growth', U, [F(YN, '13539元'), F(YN, '1983美元')], 'year-end exchange rate not stated')
S.rel('sum', U, [F(YN, '97.53億元'), F(YN, '175.79億元'), F(YN, '65.29億元'), F(YN, '698.26億元')], '其中 lists three taxes only (338.61 of 698.26)')
S.rel('growth', U, [F(YN, '12.1%'), F(YN, '3.4個百分點')], 'national rate (8.7) not stated in the text')
a = ALT(YN, 1, y3, '2528.93億元', 'tertiary 2523.93 → 2528.93')
S.rel('sum', I, [on(a, y1), on(a, y2), on(a, y3, '2528.93億元'), on(a, yg)], 'altered: parts add to 6173.23, not 6168.23')
S.rel('share', I, [on(a, y3, '2528.93億元'), on(a, yg), on(a, y09[2])], 'altered: 2528.93/6168.23 = 41.00% → 41.0, not 40.9')
a = ALT(YN, 2, y09[1], '47.8', '2009 secondary share 41.8 → 47.8')
S.rel('sum', I, [on(a, y09[0]), on(a, y09[1], '47.8'), on(a, y09[2])], 'altered: 17.3 + 47.8 + 40.9 = 106.0')
S.rel('share', I, [on(a, y2), on(a, yg), on(a, y09[1], '47.8')], 'altered: 2580.34/6168.23 = 41.8%, not 47.8')
a = ALT(YN, 3, yn, '2812億元', 'non-public value added 2412 → 2812')
S.rel('share', I, [on(a, yn, '2812億元'), on(a, yg), on(a, yns)], 'altered: 2812/6168.23 = 45.6%, not 39.1')
a = ALT(YN, 4, y08[1], '42.1', '2008 secondary share 43.1 → 42.1')
S.rel('sum', I, [on(a, y08[0]), on(a, y08[1], '42.1'), on(a, y08[2])], 'altered: 17.9 + 42.1 + 39.0 = 99.0')

# ---- 西藏 ten years (2012–2021)
xa = F(XZ, '8568元'); xb = F(XZ, '24950元'); xd = F(XZ, '16382元'); xr = F(XZ, '12.6%'); xt = F(XZ, '2.26倍'); xgr = F(XZ, '9.5%')
xp = F(XZ, '92.8%'); xpr = F(XZ, '7.6%'); xs0 = F(XZ, '57.2%'); xs1 = F(XZ, '70.2%'); xsd = F(XZ, '13个百分点')
S.rel('sum', C, [xa, xd, xb], '8568 + 16382 = 24950')
S.rel('growth', C, [xa, xb, xr], '(24950/8568)^(1/9) = 1.1261 → 12.6%')
S.rel('growth', C, [xt, xgr], '2.26^(1/9) = 1.0948 → 9.5%')
S.rel('growth', C, [xp, xpr], '1.928^(1/9) = 1.0757 → 7.6%')
S.rel('sum', C, [xs0, xs1, xsd], '70.2 − 57.2 = 13 points')
S.rel('growth', U, [F(XZ, '710.16亿元'), F(XZ, '2080.17亿元'), xt], 'current prices give 2.93 times; 2.26 is at constant prices')
S.rel('share', U, [F(XZ, '0.18%'), F(XZ, '2080.17亿元')], 'national GDP not stated')
a = ALT(XZ, 1, xd, '16582元', 'increase 16382 → 16582')
S.rel('sum', I, [on(a, xa), on(a, xd, '16582元'), on(a, xb)], 'altered: 8568 + 16582 = 25150, not 24950')
a = ALT(XZ, 2, xr, '13.6%', 'income average growth 12.6 → 13.6')
S.rel('growth', I, [on(a, xa), on(a, xb), on(a, xr, '13.6%')], 'altered: (24950/8568)^(1/9) = 12.6%, not 13.6')
a = ALT(XZ, 3, xt, '2.46倍', 'GDP index 2.26 → 2.46 times')
S.rel('growth', I, [on(a, xt, '2.46倍'), on(a, xgr)], 'altered: 2.46^(1/9) = 10.5%, not 9.5')
a = ALT(XZ, 4, xs1, '72.2%', 'relative per-capita GDP 70.2 → 72.2')
S.rel('sum', I, [on(a, xs0), on(a, xs1, '72.2%'), on(a, xsd)], 'altered: 72.2 − 57.2 = 15, not 13 points')

# ---- 西藏 Q1 2016 (traditional)
S.rel('share', U, [F(XQ, '300億元'), F(XQ, '60%左右')], 'annual plan not stated')
S.rel('growth', U, [F(XQ, '238.54億元'), F(XQ, '10.7%')], 'Q1 2015 level not stated')
S.rel('restatement', U, [F(XQ, '12.5%'), F(XZ, '12.6%')], '西藏 Q1 2016 retail growth vs 2012–2021 income growth: different indicators and periods')

# ---- 甘肃 2022 plan execution report (targets and results in one text); 甘肃 2023 results
gt = F(G22, '6.5%'); gr = F(G22, '4.2%'); gd = F(G22, '2.3个百分点'); it = F(G22, '9%'); ir = F(G22, '10%'); idf = F(G22, '1个百分点')
S.rel('target', MS, [gt, gr], '2022 GDP target 6.5%, result 4.2%: missed')
S.rel('target', M, [it, ir], 'investment target 9%, result 10%: met')
S.rel('sum', C, [gt, gr, gd], '6.5 − 4.2 = 2.3 points')
S.rel('sum', C, [it, ir, idf], '10 − 9 = 1 point')
S.rel('target', U, [gt, F(G23, '6.4%')], '2022 target vs 2023 result: different years')
S.rel('growth', U, [F(G23, '11863.8亿元'), F(G23, '6.4%')], '2022 level not stated')
S.rel('share', U, [F(G23, '3569.5亿元'), F(G23, '79%')], 'total expenditure not stated')
a = ALT(G22, 1, gr, '4.7%', 'GDP result 4.2 → 4.7')
S.rel('sum', I, [on(a, gt), on(a, gr, '4.7%'), on(a, gd)], 'altered: 6.5 − 4.7 = 1.8, not 2.3')
S.rel('target', MS, [on(a, gt), on(a, gr, '4.7%')], 'altered: 4.7% still below 6.5%: missed')
a = ALT(G22, 2, ir, '19%', 'investment result 10 → 19')
S.rel('sum', I, [on(a, it), on(a, ir, '19%'), on(a, idf)], 'altered: 19 − 9 = 10, not 1 point')
a = ALT(G22, 3, gt, '5.5%', 'GDP target 6.5 → 5.5')
S.rel('sum', I, [on(a, gt, '5.5%'), on(a, gr), on(a, gd)], 'altered: 5.5 − 4.2 = 1.3, not 2.3')

# ---- 皖江示范区 Q1–Q3 2017 (traditional)
w0 = [F(AH, '5.8'), F(AH, '53.9'), F(AH, '40.3')]; w1 = [P(AH, '5', S.read(AH).index('調整為5:') + 3, 1, 1), F(AH, '54', ':', post=':41'), F(AH, '41', '54:')]
S.rel('sum', C, w0, '2016 Q1–Q3 structure 5.8 + 53.9 + 40.3 = 100')
S.rel('sum', C, w1, '2017 Q1–Q3 structure 5 + 54 + 41 = 100')
S.rel('share', U, [F(AH, '341.8億美元'), F(AH, '87.9%')], 'province trade total not stated')
S.rel('share', U, [F(AH, '3077.2億元'), F(AH, '6852.4億元')], 'bases are a part of the zone output; no share stated')
S.rel('growth', U, [F(AH, '8.4%'), F(AH, '1.3個百分點')], 'province FDI growth not stated')
a = ALT(AH, 1, w0[1], '58.9', '2016 secondary share 53.9 → 58.9')
S.rel('sum', I, [on(a, w0[0]), on(a, w0[1], '58.9'), on(a, w0[2])], 'altered: 5.8 + 58.9 + 40.3 = 105.0')
a = ALT(AH, 2, w0[2], '41.3', '2016 tertiary share 40.3 → 41.3')
S.rel('sum', I, [on(a, w0[0]), on(a, w0[1]), on(a, w0[2], '41.3')], 'altered: 5.8 + 53.9 + 41.3 = 101.0')

# ---- 长春 1998–2002 (article)
S.rel('growth', U, [F(CC, '13.1%'), F(CC, '13%')], 'GDP average vs savings average: different indicators')
S.rel('growth', U, [F(CC, '46.7%'), F(CC, '38%')], 'five-year income increases; levels not stated')
S.rel('restatement', U, [F(CC, '12.1%'), F(YN, '12.1%')], '长春 spending share vs 云南 2009 GDP growth')
a = ALT(BJR, 5, F(BJR, '11.4%'), '17.4%', 'secondary growth −11.4 → −17.4')
S.rel('rate', I, [on(a, r1), on(a, F(BJR, '1.6%')), on(a, r2), on(a, F(BJR, '11.4%'), '17.4%'), on(a, r3), on(a, F(BJR, '3.4%')), on(a, rg), on(a, rgr)], 'altered: with −17.4% the weighted rate is −0.6%, not 0.7')
S.write()

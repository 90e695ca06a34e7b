"""Check key, twenty-eighth held-out set (check-heldout28). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout28.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout28'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'
X3='xz_2023_hant.txt'; X2='xz_2022.txt'; XP='xz_2022_plan.txt'; TJ='tj_2021q1.txt'; CQ='cq_table_2007.txt'; XA='xa_1995.txt'
LY='liaoyuan_dz_2018.txt'; DB='dongbao_2019.txt'; H1='nat_2023h1_hant.txt'; NT='nat_2025_npc_hant.txt'; CNA='nat_2025_cna_hant.txt'
HK='nat_2025_hk01_hant.txt'; BN='nat_2025_bulletin_news_hant.txt'

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

def Row(doc, prefix):
    """cells of the one line that starts with prefix + ' ' (space-separated table row)"""
    t = S.read(doc); lines = [i for i in range(len(t)) if (i == 0 or t[i-1] == '\n') and t.startswith(prefix + ' ', i)]
    assert len(lines) == 1, (doc, prefix); s = lines[0]; line = t[s:t.index('\n', s)]
    out, p = [], 0
    for tok in line.split(' '):
        if tok: out.append(P(doc, tok, s + line.index(tok, p), 0, 0)); p = line.index(tok, p) + len(tok)
    return out

def Col(doc, label, k, sep):
    """label followed by k cells, each after sep (one cell per line tables); returns [label, cells...]"""
    t = S.read(doc); key = label + sep; assert t.count(key) == 1, (doc, label); s = t.index(key)
    out = [P(doc, label, s)]; p = s + len(key)
    for _ in range(k):
        e = t.find(sep, p); e = e if e >= 0 else len(t.rstrip('\n')); out.append(P(doc, t[p:e], p)); p = e + len(sep)
    return out

def ALT(src, n, fig, new, what):
    doc, text, anc = fig
    return S.alt(src, n, anc, anc.replace(text, new), what)
def on(a, fig, new=None):
    doc, text, anc = fig
    st = S.read(doc).index(anc) + anc.index(text)
    return P(a, new if new is not None else text, st)

# ---- 西藏 2023 bulletin (traditional)
g=F(X3,'2392.67億元'); p1=F(X3,'215.01億元'); p2=F(X3,'882.97億元'); p3=F(X3,'1294.69億元')
s1=F(X3,'9.0%'); s2=F(X3,'36.9%'); s3=F(X3,'54.1%')
d1=F(X3,'0.3個','第一產業比重提高'); d2=F(X3,'0.3個','第二產業提高'); d3=F(X3,'0.6個')
pop=F(X3,'365萬人'); up=F(X3,'141.92萬人'); rp=F(X3,'223.08萬人'); us=F(X3,'38.88%'); rs=F(X3,'61.12%')
br=F(X3,'13.72‰'); dr=F(X3,'5.76‰'); nr=F(X3,'7.96‰')
S.rel('sum', C, [g,p1,p2,p3], '215.01 + 882.97 + 1294.69 = 2392.67 (2023)')
S.rel('sum', C, [s1,s2,s3], 'structure 9.0 + 36.9 + 54.1 = 100')
S.rel('share', C, [g,p1,s1], '215.01/2392.67 = 8.99% = 9.0%')
S.rel('share', C, [g,p2,s2], '882.97/2392.67 = 36.90%')
S.rel('share', C, [g,p3,s3], '1294.69/2392.67 = 54.11% = 54.1%')
S.rel('sum', C, [d1,d2,d3], 'changes of the shares +0.3 + 0.3 − 0.6 = 0')
S.rel('sum', C, [pop,up,rp], 'urban 141.92 + rural 223.08 = 365万')
S.rel('sum', C, [us,rs], '38.88 + 61.12 = 100')
S.rel('share', C, [pop,up,us], '141.92/365 = 38.88%')
S.rel('share', C, [pop,rp,rs], '223.08/365 = 61.12%')
S.rel('rate', C, [br,dr,nr], '13.72 − 5.76 = 7.96‰')
S.rel('growth', U, [F(X3,'14.9%'),F(X3,'7.7%'),F(X3,'9.9%'),F(X3,'9.5%')], 'sector growth rates vs GDP growth: previous-year weights not stated')
S.rel('restatement', U, [F(X3,'9.5%'),F(X3,'9.7%')], 'GDP growth 9.5% vs per-capita GDP growth 9.7%: different indicators')
a=ALT(X3,1,p2,'887.97億元','secondary industry 882.97 → 887.97')
S.rel('sum', I, [on(a,g),on(a,p1),on(a,p2,'887.97億元'),on(a,p3)], 'altered: parts 2397.67 ≠ 2392.67')
S.rel('share', I, [on(a,g),on(a,p2,'887.97億元'),on(a,s2)], 'altered: 887.97/2392.67 = 37.11%, not 36.9%')
a=ALT(X3,2,dr,'5.16‰','death rate 5.76 → 5.16')
S.rel('rate', I, [on(a,br),on(a,dr,'5.16‰'),on(a,nr)], 'altered: 13.72 − 5.16 = 8.56 ≠ 7.96')
a=ALT(X3,3,rs,'64.12%','rural share 61.12 → 64.12')
S.rel('sum', I, [on(a,us),on(a,rs,'64.12%')], 'altered: 38.88 + 64.12 = 103.00')
S.rel('share', I, [on(a,pop),on(a,rp),on(a,rs,'64.12%')], 'altered: 223.08/365 = 61.12%, not 64.12%')
a=ALT(X3,4,up,'147.92萬人','urban population 141.92 → 147.92')
S.rel('sum', I, [on(a,pop),on(a,up,'147.92萬人'),on(a,rp)], 'altered: 147.92 + 223.08 = 371 ≠ 365')
S.rel('share', I, [on(a,pop),on(a,up,'147.92萬人'),on(a,us)], 'altered: 147.92/365 = 40.53%, not 38.88%')
a=ALT(X3,5,s3,'51.1%','tertiary share 54.1 → 51.1')
S.rel('sum', I, [on(a,s1),on(a,s2),on(a,s3,'51.1%')], 'altered: 9.0 + 36.9 + 51.1 = 97.0')

# ---- 西藏 2022 bulletin
g2=F(X2,'2132.64亿元'); q1=F(X2,'180.16亿元'); q2=F(X2,'804.67亿元'); q3=F(X2,'1147.81亿元')
t1=F(X2,'8.5%'); t2=F(X2,'37.7%'); t3=F(X2,'53.8%')
e1=F(X2,'0.6个'); e2=F(X2,'1.3个'); e3=F(X2,'1.9个')
pp=F(X2,'364万人'); uu=F(X2,'136万人'); rr=F(X2,'228万人'); uus=F(X2,'37.36%'); rrs=F(X2,'62.64%')
b2=F(X2,'14.24‰'); d2_=F(X2,'5.48‰'); n2=F(X2,'8.76‰')
S.rel('sum', C, [g2,q1,q2,q3], '180.16 + 804.67 + 1147.81 = 2132.64 (2022)')
S.rel('sum', C, [t1,t2,t3], '8.5 + 37.7 + 53.8 = 100')
S.rel('share', C, [g2,q2,t2], '804.67/2132.64 = 37.73% = 37.7%')
S.rel('share', C, [g2,q3,t3], '1147.81/2132.64 = 53.82% = 53.8%')
S.rel('sum', C, [e1,e2,e3], 'changes of the shares +0.6 + 1.3 − 1.9 = 0')
S.rel('sum', C, [pp,uu,rr], '136 + 228 = 364万')
S.rel('sum', C, [uus,rrs], '37.36 + 62.64 = 100')
S.rel('share', C, [pp,uu,uus], '136/364 = 37.36%')
S.rel('rate', C, [b2,d2_,n2], '14.24 − 5.48 = 8.76‰')
S.rel('share', U, [g2,F(X2,'58438元'),pp], 'per-capita GDP uses the average population, not stated (2132.64亿/364万 = 58589)')
a=ALT(X2,1,q2,'809.67亿元','secondary industry 804.67 → 809.67')
S.rel('sum', I, [on(a,g2),on(a,q1),on(a,q2,'809.67亿元'),on(a,q3)], 'altered: parts 2137.64 ≠ 2132.64')
S.rel('share', I, [on(a,g2),on(a,q2,'809.67亿元'),on(a,t2)], 'altered: 809.67/2132.64 = 37.97% = 38.0%, not 37.7%')
a=ALT(X2,2,b2,'14.64‰','birth rate 14.24 → 14.64')
S.rel('rate', I, [on(a,b2,'14.64‰'),on(a,d2_),on(a,n2)], 'altered: 14.64 − 5.48 = 9.16 ≠ 8.76')
a=ALT(X2,3,uus,'37.86%','urban share 37.36 → 37.86')
S.rel('sum', I, [on(a,uus,'37.86%'),on(a,rrs)], 'altered: 37.86 + 62.64 = 100.50')
S.rel('share', I, [on(a,pp),on(a,uu),on(a,uus,'37.86%')], 'altered: 136/364 = 37.36%, not 37.86%')
a=ALT(X2,4,e2,'1.8个','change of the secondary share 1.3 → 1.8')
S.rel('sum', I, [on(a,e1),on(a,e2,'1.8个'),on(a,e3)], 'altered: +0.6 + 1.8 − 1.9 = 0.5 ≠ 0')

# ---- 西藏 across texts (2022 bulletin, 2023 bulletin, 2022 plan report)
S.rel('growth', U, [g2,g,F(X3,'9.5%')], 'current-price levels 2132.64 → 2392.67 (+12.2%) vs real growth 9.5%: deflator not stated')
S.rel('growth', U, [t1,s1,d1], '2022 share 8.5 (preliminary) and 2023 share 9.0 differ by 0.5, but the 2023 text says +0.3: the 2022 base was revised (final accounting), no check')
S.rel('growth', U, [t2,s2,d2], '37.7 → 36.9 is −0.8, the 2023 text says +0.3 on the revised 2022 base: no check')
S.rel('growth', U, [pp,pop,nr], 'year-end 364 → 365万 vs natural growth 7.96‰ (≈2.9万): migration and rounding to 万, no check')
S.rel('restatement', U, [F(XP,'3%左右'),F(X2,'1.1%')], '2022 GDP growth “预计3%左右” (plan report, before the year ended) vs bulletin 1.1%: an estimate, different status')
S.rel('restatement', U, [F(XP,'3%以内'),F(X2,'1.5%','比上年上涨')], 'CPI “涨幅在3%以内” (estimated bound) vs bulletin +1.5%: a bound, not the same figure')
S.rel('growth', U, [F(XP,'217亿元'),F(XP,'2.9%'),F(XP,'179.6亿元'),F(XP,'16.7%')], 'same-scope 217亿 (−2.9%) and natural-scope 179.6亿 (−16.7%): different scopes, previous-year bases differ (223.5 vs 215.6), no check')
S.rel('restatement', U, [F(XP,'8%左右'),F(X2,'8.5%')], 'urban income growth estimate 8% vs primary-industry share 8.5%: different indicators')

# ---- 天津 Q1 2021 (provincial, quarterly)
tg1=F(TJ,'3404亿元'); tg2=F(TJ,'3404.04亿元'); tr1=F(TJ,'15.9%',n=0); tr2=F(TJ,'15.9%',n=1); t19=F(TJ,'4.9%'); tav=F(TJ,'2.4%')
S.rel('restatement', C, [tg1,tg2], 'title “超3404亿元” and body 3404.04亿 (Q1 2021 GDP)')
S.rel('restatement', C, [tr1,tr2], 'Q1 2021 growth 15.9% in the title and in the body')
S.rel('growth', C, [t19,tav], 'two-year average: sqrt(1.049) = 1.0242 → 2.4%')
S.rel('growth', U, [F(TJ,'30.3%'),F(TJ,'4.6%')], 'industry +30.3% yoy and 4.6% two-year average: the 2019 comparison is not stated')
S.rel('share', U, [tg2,F(TJ,'66.7%')], 'service share 66.7%: service value added not stated')
S.rel('growth', U, [F(TJ,'29.0%'),F(TJ,'2.9%'),F(TJ,'95.1%'),F(TJ,'3.2%')], 'real estate and sales yoy and two-year averages: the 2019 comparisons not stated')
S.rel('growth', U, [tr2,t19], '15.9% yoy vs 4.9% over Q1 2019: the 2020 fall (1.049/1.159 = −9.5%) is not stated in the text')
a=ALT(TJ,1,t19,'5.9%','growth over Q1 2019 4.9 → 5.9')
S.rel('growth', I, [on(a,t19,'5.9%'),on(a,tav)], 'altered: sqrt(1.059) = 1.029 → 2.9%, not 2.4%')
a=ALT(TJ,2,tr2,'16.9%','body Q1 growth 15.9 → 16.9')
S.rel('restatement', I, [on(a,tr1),on(a,tr2,'16.9%')], 'altered: title 15.9% vs body 16.9%')

# ---- 重庆 yearbook 2008 table 1-5 (provincial; 1995–2007)
def cells(doc, label):
    t=S.read(doc); s=t.index(label); e=t.index('\n',s); line=t[s:e]
    toks=[]; p=0
    for tok in line.split(' '):
        if tok:
            i=line.index(tok,p); toks.append(P(doc,tok,s+i)) if any(ch.isdigit() for ch in tok) and tok.replace('.','').replace('-','').isdigit() else None; p=i+len(tok)
    return toks
tot=cells(CQ,'年末常住人口'); urb=cells(CQ,'#城镇人口'); rur=cells(CQ,'    乡村人口'); mal=cells(CQ,'#男性人口'); fem=cells(CQ,'    女性人口')
emp=cells(CQ,'就业人员数'); stf=cells(CQ,'#职工人数'); gdp=cells(CQ,'本市生产总值(亿元)'); pri=cells(CQ,'  第一产业'); sec=cells(CQ,'  第二产业')
assert tot[0][1]=='2875.30' and urb[0][1]=='848.21' and emp[0][1]=='1709.26' and gdp[0][1]=='1016.25', (tot[0],emp[0],gdp[0])
for k in range(4):
    S.rel('sum', C, [tot[k],urb[k],rur[k]], f'column {k+1}: urban {urb[k][1]} + rural {rur[k][1]} = {tot[k][1]}')
for k in range(3):
    S.rel('sum', C, [tot[k+1],mal[k],fem[k]], f'male {mal[k][1]} + female {fem[k][1]} = {tot[k+1][1]}')
S.rel('growth', C, [tot[2],tot[3],tot[6]], '2816.00/2808.00 = 100.28 → index 100.3')
S.rel('growth', C, [urb[2],urb[3],urb[6]], '1361.35/1311.29 = 103.82 → 103.8')
S.rel('growth', C, [rur[2],rur[3],rur[6]], '1454.65/1496.71 = 97.19 → 97.2')
S.rel('growth', C, [emp[3],emp[4],emp[8]], 'employment 1620.86/1605.45 = 100.96 → 101.0 (2007/2006)')
S.rel('growth', C, [emp[0],emp[4],emp[5]], '1620.86/1709.26 = 94.83 → 94.8 (2007/1995)')
S.rel('growth', C, [emp[1],emp[4],emp[11]], 'average 1997–2007: (1620.86/1719.43)^(1/11) = 0.99465 → −0.5% a year')
S.rel('growth', C, [stf[3],stf[4],stf[8]], 'staff 220.84/212.97 = 103.70 → 103.7')
S.rel('growth', C, [stf[0],stf[4],stf[5]], '220.84/294.25 = 75.05 → 75.1')
S.rel('sum', U, [gdp[4],pri[4],sec[4]], 'primary + secondary of 2007 GDP: tertiary row not in the excerpt, partial list')
S.rel('growth', U, [gdp[3],gdp[4],gdp[8]], 'current-price 4122.51/3452.14 = 119.4 vs real index 115.6: deflator not stated')
a=ALT(CQ,1,rur[1],'1854.94','rural population (column 2) 1834.94 → 1854.94')
S.rel('sum', I, [on(a,tot[1]),on(a,urb[1]),on(a,rur[1],'1854.94')], 'altered: 1013.88 + 1854.94 = 2868.82 ≠ 2848.82')
a=ALT(CQ,2,fem[2],'1398.62','female population 2007 1390.62 → 1398.62')
S.rel('sum', I, [on(a,tot[3]),on(a,mal[2]),on(a,fem[2],'1398.62')], 'altered: 1425.38 + 1398.62 = 2824.00 ≠ 2816.00')
a=ALT(CQ,3,emp[3],'1655.45','employment 2006 1605.45 → 1655.45')
S.rel('growth', I, [on(a,emp[3],'1655.45'),on(a,emp[4]),on(a,emp[8])], 'altered: 1620.86/1655.45 = 97.9, not 101.0')
a=ALT(CQ,4,stf[3],'217.97','staff 2006 212.97 → 217.97')
S.rel('growth', I, [on(a,stf[3],'217.97'),on(a,stf[4]),on(a,stf[8])], 'altered: 220.84/217.97 = 101.3, not 103.7')

# ---- 西安 1995 ratios (prefecture city)
xb=F(XA,'11.95'); xd=F(XA,'4.98'); xn=F(XA,'6.97')
S.rel('rate', C, [xb,xd,xn], '11.95 − 4.98 = 6.97‰ (1995)')
S.rel('share', U, [F(XA,'71.50'),F(XA,'326.88'),F(XA,'2698'),F(XA,'12404')], 'value-added ratio = employment ratio × productivity ratio gives 328.7, not 326.88: employment (year-end) and the productivity base (average) differ, no check')
S.rel('share', U, [F(XA,'8963'),F(XA,'2698'),F(XA,'12404'),F(XA,'14488'),F(XA,'71.41')], 'overall productivity from sector figures and year-end employment ratios (9021) vs 8963: weights not stated')
a=ALT(XA,1,xd,'4.68','death rate 4.98 → 4.68')
S.rel('rate', I, [on(a,xb),on(a,xd,'4.68'),on(a,xn)], 'altered: 11.95 − 4.68 = 7.27 ≠ 6.97')
a=ALT(XA,2,xn,'6.27','natural growth 6.97 → 6.27')
S.rel('rate', I, [on(a,xb),on(a,xd),on(a,xn,'6.27')], 'altered: 11.95 − 4.98 = 6.97 ≠ 6.27')

# ---- 辽源经济开发区 2018 (development zone) and 东宝区 2019 (district)
S.rel('restatement', U, [F(LY,'5.5%'),F(LY,'5.6%')], 'GDP +5.5% vs gross industrial output +5.6%: different indicators')
S.rel('share', U, [F(LY,'113.4亿元'),F(LY,'167.57亿元')], 'gross industrial output 167.57 exceeds GDP 113.4: gross output vs value added, no relation')
S.rel('growth', U, [F(LY,'1.3亿美元'),F(LY,'32%')], 'level and growth only; previous-year value not stated')
S.rel('share', U, [F(DB,'369'),F(DB,'316')], 'investment 316 vs GDP 369: no ratio stated')
S.rel('restatement', U, [F(DB,'8%','分别增长 '),F(DB,'8.5%')], 'urban +8% vs rural +8.5% income growth: different subjects')
S.rel('restatement', U, [F(DB,'11.8%'),F(DB,'11.4%')], 'investment +11.8% vs retail +11.4%: different indicators')

# ---- national H1 2023 (traditional)
hg=F(H1,'593034億元'); h1=F(H1,'30416億元'); h2=F(H1,'230682億元'); h3=F(H1,'331937億元'); hr=F(H1,'5.5%')
hq1=F(H1,'4.5%'); hq2=F(H1,'6.3%'); hac=F(H1,'1.0個')
S.rel('sum', C, [hg,h1,h2,h3], '30416 + 230682 + 331937 = 593035 vs 593034 (three parts, within 1.5)')
S.rel('growth', C, [hr,hq1,hac], 'H1 5.5% is 1.0 point above Q1 4.5%')
S.rel('growth', U, [hq1,hq2,hr], 'Q1 4.5 and Q2 6.3 vs H1 5.5: quarterly weights not stated')
S.rel('growth', U, [h1,F(H1,'3.7%'),h2,F(H1,'4.3%'),h3,F(H1,'6.4%'),hr], 'sector growth with current-year levels gives 5.44, but previous-year weights are not stated')
S.rel('growth', U, [hq2,F(H1,'0.8%')], 'Q2 6.3% yoy vs 0.8% quarter on quarter: different bases')
a=ALT(H1,1,h2,'236682億元','H1 secondary industry 230682 → 236682')
S.rel('sum', I, [on(a,hg),on(a,h1),on(a,h2,'236682億元'),on(a,h3)], 'altered: parts 599035 ≠ 593034')
a=ALT(H1,2,hq1,'4.9%','Q1 growth 4.5 → 4.9')
S.rel('growth', I, [on(a,hr),on(a,hq1,'4.9%'),on(a,hac)], 'altered: 5.5 − 4.9 = 0.6, not the stated 1.0 point')

# ---- national 2025: targets (NPC news) and results (CNA, HK01, bulletin news), all traditional
tg=F(NT,'5%左右',n=0); tu=F(NT,'5.5%左右',n=0); tj=F(NT,'1200萬人以上'); tc=F(NT,'2%左右',n=0)
hkg=F(HK,'1401879億元'); hkr=F(HK,'5.0%'); hku=F(HK,'5.2%'); bnr=F(BN,'5.0%',n=0); bnj=F(BN,'1267萬人'); bn140=F(BN,'140萬億元',n=0)
cu=F(CNA,'5.2％'); cu12=F(CNA,'5.1％'); ccpi=F(CNA,'持平')
S.rel('target', M, [tg,hkr], '2025 GDP target “5%左右”; result +5.0% (HK01)')
S.rel('target', M, [tg,bnr], '2025 GDP target “5%左右”; result +5.0% (bulletin news)')
S.rel('target', M, [tu,cu], 'surveyed unemployment target about 5.5%; result average 5.2% (lower is better)')
S.rel('target', M, [tj,bnj], 'new urban jobs target “1200萬人以上”; result 1267万')
S.rel('target', MS, [tc,ccpi], 'CPI increase target “2%左右”; CPI flat on 2024 (0%): clearly below the target')
S.rel('target', U, [tu,cu12], 'unemployment target (year average) vs December rate 5.1%: different period')
S.rel('target', U, [tg,F(CNA,'5%','實際增長')], 'GDP target 5% vs real income growth 5%: different indicators')
S.rel('restatement', C, [hkr,bnr], '2025 GDP growth 5.0% in HK01 and in the bulletin news')
S.rel('restatement', C, [hku,cu], '2025 average surveyed unemployment 5.2% in HK01 and CNA')
S.rel('restatement', C, [hkg,bn140], 'GDP 1401879亿 and “首次突破140萬億元”: the exact level is above the stated threshold')
S.rel('growth', U, [bnr,F(BN,'5萬億元')], '“增量超过5萬億元” needs the 2024 level, not stated')
S.rel('share', U, [hkg,F(BN,'13953美元')], 'per-capita GDP in dollars: exchange rate and population not stated in the text')
cp=F(CNA,'14億489萬人'); cdec=F(CNA,'339萬人'); cbn=F(CNA,'792萬人'); cdn=F(CNA,'1131萬人'); cbr=F(CNA,'5.63‰'); cdr=F(CNA,'8.04‰'); cnr=F(CNA,'-2.41‰')
S.rel('rate', C, [cbr,cdr,cnr], '5.63 − 8.04 = −2.41‰')
S.rel('sum', C, [cbn,cdn,cdec], 'births 792 − deaths 1131 = −339万 = the stated decrease (national population, no net migration term)')
S.rel('rate', C, [cbn,cp,cdec,cbr], '792 / average population ((140489 + 140828)/2 = 140658.5) = 5.631‰ → 5.63')
S.rel('rate', C, [cdn,cp,cdec,cdr], '1131 / 140658.5 = 8.041‰ → 8.04')
S.rel('growth', U, [F(CNA,'4.3%'),F(CNA,'4.2％'),F(CNA,'5.8%'),F(CNA,'6%','實際增長')], 'urban and rural nominal vs real income growth: separate urban/rural price indices not stated')
S.rel('share', U, [F(CNA,'4萬3377元'),F(CNA,'5萬6502元'),F(CNA,'2萬4456元'),F(CNA,'67.89%')], 'income average from urban/rural incomes with the year-end urbanisation rate gives 46212, not 43377: survey weights differ, no check')
a=ALT(HK,1,hkr,'4.0%','2025 GDP growth (HK01) 5.0 → 4.0')
S.rel('target', MS, [tg,on(a,hkr,'4.0%')], 'altered: 4.0% is clearly below the target of about 5%')
S.rel('restatement', I, [on(a,hkr,'4.0%'),bnr], 'altered: 4.0% (HK01) vs 5.0% (bulletin news)')
a=ALT(CNA,1,cdr,'8.64‰','death rate 8.04 → 8.64')
S.rel('rate', I, [on(a,cbr),on(a,cdr,'8.64‰'),on(a,cnr)], 'altered: 5.63 − 8.64 = −3.01 ≠ −2.41')
S.rel('rate', I, [on(a,cdn),on(a,cp),on(a,cdec),on(a,cdr,'8.64‰')], 'altered: 1131/140658.5 = 8.04‰, not 8.64')
a=ALT(CNA,2,cu,'5.9％','average unemployment 5.2 → 5.9')
S.rel('target', MS, [tu,on(a,cu,'5.9％')], 'altered: 5.9% is above the target of about 5.5%')
S.rel('restatement', I, [hku,on(a,cu,'5.9％')], 'altered: 5.2% (HK01) vs 5.9% (CNA)')
a=ALT(CNA,3,cdn,'1181萬人','deaths 1131 → 1181')
S.rel('sum', I, [on(a,cbn),on(a,cdn,'1181萬人'),on(a,cdec)], 'altered: 792 − 1181 = −389 ≠ −339')
a=ALT(BN,1,bnj,'1167萬人','new urban jobs 1267 → 1167')
S.rel('target', MS, [tj,on(a,bnj,'1167萬人')], 'altered: 1167万 is below the target of 1200万以上')
a=ALT(H1,3,hr,'6.5%','H1 2023 growth 5.5 → 6.5')
S.rel('growth', I, [on(a,hr,'6.5%'),on(a,hq1),on(a,hac)], 'altered: 6.5 − 4.5 = 2.0, not the stated 1.0 point')
S.rel('target', U, [tg,hr], '2025 GDP target vs H1 2023 growth: different years')
S.rel('target', CT, [tc,F(CNA,'0.8%','年增')], 'CPI target for the year 2025 vs December 2025 CPI +0.8% year on year: a single month cannot settle the annual target')
S.write()

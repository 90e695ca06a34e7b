"""Check key, twenty-seventh held-out set (check-heldout27). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout27.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Table cells are found by row (Row) or by label and cell separator (Col). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout27'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'
NP='nat_1990_pop.txt'; QD='qingdao_1991_pop.txt'; ZY='zunyi_1998_tjgb.txt'; N7T='nat_2007_npc_hant.txt'; N7F='nat_2007_final_hant.txt'
GD='guangdong_2008_npc.txt'; H1='nat_2018h1.txt'; NN='nat_2018_news.txt'; NB='nat_2018_blog.txt'; CQ='chongqing_2014_npc.txt'
WH='weihai_2017_entry.txt'; SX='shanxi_2021_pop_hant.txt'; JS='jiangsu_pop_table.txt'; FJ='fujian_pop_table.txt'
N97='nat_1997_regions.txt'; HB='hebei_gdp_table.txt'

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

# ---- national 1990 population (人民日报 1991)
nb=F(NP,'21.06个'); nd=F(NP,'6.67个'); nn=F(NP,'14.39‰','上升到')
S.rel('rate', C, [nb,nd,nn], 'birth 21.06‰ − death 6.67‰ = 14.39‰ natural growth (1990)')
S.rel('growth', U, [F(NP,'14.33‰'),nn,F(NP,'1600多万')], 'net increase 1600多万 from 14.39‰ needs the population, not stated; 14.33 → 14.39 is only a change of rate')
a=ALT(NP,1,nd,'6.97个','death rate 6.67 → 6.97')
S.rel('rate', I, [on(a,nb),on(a,nd,'6.97个'),on(a,nn)], 'altered: 21.06 − 6.97 = 14.09 ≠ 14.39')

# ---- 青岛(probably; the excerpt names no city) 1991 population, 山东 chorography
qt=F(QD,'670.93万人'); qc=F(QD,'207.22万人'); qf=F(QD,'463.71万人'); qi=F(QD,'4.28万人'); qg=F(QD,'0.64%')
qcg=F(QD,'0.70%'); qfg=F(QD,'0.62%'); qb=F(QD,'11.93‰'); qd=F(QD,'6.21‰'); qn=F(QD,'5.72‰')
S.rel('sum', C, [qt,qc,qf], '市区 207.22 + 五市 463.71 = 670.93')
S.rel('growth', C, [qt,qi,qg], '4.28/(670.93 − 4.28) = 0.642% = 0.64%')
S.rel('growth', C, [qt,qi,qc,qcg,qf,qfg], 'previous-year parts 207.22/1.0070 + 463.71/1.0062 = 205.78 + 460.85 = 666.63 ≈ 670.93 − 4.28 = 666.65 (within the rounding of the two rates)')
S.rel('rate', C, [qb,qd,qn], '11.93 − 6.21 = 5.72‰')
S.rel('rate', U, [F(QD,'9.93‰'),qn], 'last year\'s natural growth 9.93‰ vs this year\'s 5.72‰: different years, no check')
a=ALT(QD,1,qf,'468.71万人','五市 population 463.71 → 468.71')
S.rel('sum', I, [on(a,qt),on(a,qc),on(a,qf,'468.71万人')], 'altered: 207.22 + 468.71 = 675.93 ≠ 670.93')
a=ALT(QD,2,qd,'6.51‰','death rate 6.21 → 6.51')
S.rel('rate', I, [on(a,qb),on(a,qd,'6.51‰'),on(a,qn)], 'altered: 11.93 − 6.51 = 5.42 ≠ 5.72')

# ---- 遵义 1998 bulletin (prefecture city, 贵州)
zt=F(ZY,'120.52亿元'); z1=F(ZY,'75.24亿元'); z2=F(ZY,'3.59亿元'); z3=F(ZY,'40.62亿元'); z4=F(ZY,'1.07亿元')
S.rel('sum', C, [zt,z1,z2,z3,z4], 'farming 75.24 + forestry 3.59 + animal husbandry 40.62 + fishery 1.07 = 120.52')
S.rel('sum', U, [F(ZY,'308.12万吨'),F(ZY,'32.45万吨'),F(ZY,'78.29万吨'),F(ZY,'134.54万吨')], '其中 wheat, maize, rice (245.28) of grain 308.12: partial list')
S.rel('restatement', U, [F(ZY,'3.4','32.45万吨 '),F(ZY,'3.4','134.54万吨 ')], 'wheat +3.4% vs rice +3.4%: different crops')
a=ALT(ZY,1,z3,'45.62亿元','animal husbandry 40.62 → 45.62')
S.rel('sum', I, [on(a,zt),on(a,z1),on(a,z2),on(a,z3,'45.62亿元'),on(a,z4)], 'altered: parts 125.52 ≠ 120.52')
a=ALT(ZY,2,z2,'8.59亿元','forestry 3.59 → 8.59')
S.rel('sum', I, [on(a,zt),on(a,z1),on(a,z2,'8.59亿元'),on(a,z3),on(a,z4)], 'altered: parts 125.52 ≠ 120.52')

# ---- national 2007: target (NPC news, traditional) and final verified result (traditional)
t07=F(N7T,'百分之八'); r07=F(N7F,'13.0%'); s1=F(N7F,'11.1%'); s2=F(N7F,'48.5%'); s3=F(N7F,'40.4%')
S.rel('target', M, [t07,r07], '2007 GDP target 8% 左右; final verified result +13.0%')
S.rel('target', U, [t07,F(N7F,'3.7%')], '2007 GDP target vs primary-industry growth 3.7%: different indicators')
S.rel('sum', C, [s1,s2,s3], 'shares 11.1 + 48.5 + 40.4 = 100')
S.rel('growth', U, [F(N7F,'3.7%'),F(N7F,'14.7%'),F(N7F,'13.8%'),r07,s1,s2,s3], 'sector growth with this year\'s shares: the weights (previous-year levels) are not stated')
S.rel('growth', U, [r07,F(N7F,'1.1個')], 'final 13.0% is 1.1 points above the preliminary verified rate, which is not stated in the text')
a=ALT(N7F,1,r07,'-3.0%','final GDP growth 13.0 → -3.0')
S.rel('target', MS, [t07,on(a,r07,'-3.0%')], 'altered: -3.0% is below the 2007 target of about 8%')
a=ALT(N7F,2,s2,'45.5%','secondary share 48.5 → 45.5')
S.rel('sum', I, [on(a,s1),on(a,s2,'45.5%'),on(a,s3)], 'altered: 11.1 + 45.5 + 40.4 = 97.0')

# ---- 广东 NPC 2008 news (provincial; 2002–2007)
g1=F(GD,'1201亿元'); g2=F(GD,'2710亿元'); gr=F(GD,'17.7%')
S.rel('growth', C, [g1,g2,gr], '(2710/1201)^(1/5) = 1.1768: 17.7% a year over five years')
S.rel('growth', U, [F(GD,'2800亿元'),F(GD,'7000亿元'),F(GD,'22.7%')], '“突破7000” is a lower bound (≥ 20.1% a year only): no check')
S.rel('growth', U, [F(GD,'13502亿元'),F(GD,'3万亿元'),F(GD,'14.5%')], 'current-price levels vs comparable-price average growth; 3万亿 is a lower bound')
S.rel('restatement', U, [F(GD,'14.5%'),F(GD,'14.3%')], 'five-year average 14.5% vs 2007 growth 14.3%: different periods')
a=ALT(GD,1,gr,'19.7%','average growth of local budget revenue 17.7 → 19.7')
S.rel('growth', I, [on(a,g1),on(a,g2),on(a,gr,'19.7%')], 'altered: 1201 → 2710 in five years is 17.7% a year, not 19.7%')
a=ALT(GD,2,g2,'2910亿元','2007 local budget revenue 2710 → 2910')
S.rel('growth', I, [on(a,g1),on(a,g2,'2910亿元'),on(a,gr)], 'altered: (2910/1201)^(1/5) = 19.4% a year, not 17.7%')

# ---- national H1 2018, 2018 year news, blog
hl1=F(H1,'418961亿元',n=0); hl2=F(H1,'418961亿元',n=1); hp1=F(H1,'22087亿元'); hp2=F(H1,'169299亿元'); hp3=F(H1,'227576亿元')
hr1=F(H1,'6.8%','同比增长',0); hr2=F(H1,'6.8%','按可比价格计算,同比增长'); hq1=F(H1,'6.8%','一季度同比增长'); hq2=F(H1,'6.7%','二季度增长')
S.rel('sum', C, [hl2,hp1,hp2,hp3], '22087 + 169299 + 227576 = 418962 vs 418961 (three parts, within 1.5)')
S.rel('restatement', C, [hl1,hl2], 'H1 2018 GDP 418961亿 in the lead and in the body')
S.rel('restatement', C, [hr1,hr2], 'H1 2018 growth 6.8% in the lead and in the body')
S.rel('growth', U, [hq1,hq2,hr2], 'Q1 6.8 and Q2 6.7 vs H1 6.8: no quarterly weights stated')
S.rel('growth', U, [hp1,F(H1,'3.2%'),hp2,F(H1,'6.1%'),hp3,F(H1,'7.6%'),hl2,hr2], 'current-price levels with real growth rates: previous-year weights at current prices would give 6.7%, but deflators are not stated')
nq1=F(NN,'6.8%','一季度同比增长'); nq2=F(NN,'6.7%','二季度增长'); ng=F(NN,'6.6%'); nt=F(NN,'6.5%','实现了'); nl=F(NN,'900309亿元')
S.rel('restatement', C, [hq1,nq1], '2018 Q1 growth 6.8% in the H1 release and in the year news')
S.rel('restatement', C, [hq2,nq2], '2018 Q2 growth 6.7% in the H1 release and in the year news')
S.rel('target', M, [nt,ng], '2018 target “6.5%左右” (as restated in the news) vs result 6.6%')
S.rel('growth', U, [nq1,nq2,F(NN,'6.5%','三季度增长'),F(NN,'6.4%'),ng], 'quarterly rates and the year: no quarterly weights stated')
ni=F(NN,'28228元'); nin=F(NN,'8.7%'); nir=F(NN,'6.5%','实际增长')
S.rel('restatement', U, [nt,nir], 'GDP target 6.5% vs real income growth 6.5%: different indicators')
S.rel('growth', U, [ni,nin,nir], 'nominal 8.7% vs real 6.5%: the price index is not stated')
S.rel('restatement', U, [F(NN,'6.2%','实际增长',0),F(NN,'6.2%','实际增长',1)], 'industrial value added +6.2% vs real consumption +6.2%: different indicators')
S.rel('restatement', U, [hr2,ng], 'H1 2018 growth 6.8% vs year 2018 growth 6.6%: different periods')
bl=F(NB,'900309亿元'); bp=F(NB,'139538万人'); bpc=F(NB,'64520.7元'); bi=F(NB,'28228元'); bin_=F(NB,'8.7%'); bir=F(NB,'6.5%')
S.rel('restatement', C, [nl,bl], '2018 GDP 900309亿 in the NBS news and in the blog')
S.rel('restatement', C, [ni,bi], '2018 per-capita disposable income 28228 in both')
S.rel('restatement', C, [nin,bin_], 'nominal income growth 8.7% in both')
S.rel('restatement', C, [nir,bir], 'real income growth 6.5% in both')
S.rel('share', C, [bl,bp,bpc], 'per-capita GDP as stated by the blog: 900309亿/139538万 = 64520.70 (year-end population, as the text says)')
a=ALT(NN,1,ng,'5.6%','2018 GDP growth 6.6 → 5.6')
S.rel('target', MS, [on(a,nt),on(a,ng,'5.6%')], 'altered: 5.6% is below the target of about 6.5%')
a=ALT(NN,2,nq2,'6.2%','Q2 growth in the year news 6.7 → 6.2')
S.rel('restatement', I, [hq2,on(a,nq2,'6.2%')], 'altered: Q2 6.7% in the H1 release vs 6.2% in the year news')
a=ALT(NB,1,bpc,'68520.7元','per-capita GDP 64520.7 → 68520.7')
S.rel('share', I, [on(a,bl),on(a,bp),on(a,bpc,'68520.7元')], 'altered: 900309亿/139538万 = 64520.7, not 68520.7')
a=ALT(NB,2,bi,'28828元','income 28228 → 28828')
S.rel('restatement', I, [ni,on(a,bi,'28828元')], 'altered: 28228 in the NBS news vs 28828 in the blog')
a=ALT(H1,1,hp2,'162299亿元','H1 secondary industry 169299 → 162299')
S.rel('sum', I, [on(a,hl2),on(a,hp1),on(a,hp2,'162299亿元'),on(a,hp3)], 'altered: parts 411962 ≠ 418961')
a=ALT(H1,2,hl2,'413961亿元','H1 GDP in the body 418961 → 413961')
S.rel('restatement', I, [on(a,hl1),on(a,hl2,'413961亿元')], 'altered: lead 418961 vs body 413961')
S.rel('sum', I, [on(a,hl2,'413961亿元'),on(a,hp1),on(a,hp2),on(a,hp3)], 'altered: parts 418962 ≠ 413961')

# ---- 重庆 NPC 2014 (2013 results)
c0=[F(CQ,'8.2'),F(CQ,'52.4'),F(CQ,'39.4')]; c1=[F(CQ,'7.9'),F(CQ,'50.5'),F(CQ,'41.6')]
S.rel('sum', C, c0, '2012 structure 8.2 + 52.4 + 39.4 = 100')
S.rel('sum', C, c1, '2013 structure 7.9 + 50.5 + 41.6 = 100')
S.rel('restatement', U, [F(CQ,'12.3%'),F(CQ,'13.6%')], 'GDP growth 12.3% vs industrial value-added growth 13.6%: different indicators')
a=ALT(CQ,1,c1[2],'44.6','2013 tertiary share 41.6 → 44.6')
S.rel('sum', I, [on(a,c1[0]),on(a,c1[1]),on(a,c1[2],'44.6')], 'altered: 7.9 + 50.5 + 44.6 = 103.0')
a=ALT(CQ,2,c0[1],'55.4','2012 secondary share 52.4 → 55.4')
S.rel('sum', I, [on(a,c0[0]),on(a,c0[1],'55.4'),on(a,c0[2])], 'altered: 8.2 + 55.4 + 39.4 = 103.0')

# ---- 威海 2017 yearbook entry (prefecture city, 山东)
wt=F(WH,'3480.1亿元'); w1=F(WH,'235.48亿元'); w2=F(WH,'1580.49亿元'); w3=F(WH,'1664.13亿元')
S.rel('sum', C, [wt,w1,w2,w3], '235.48 + 1580.49 + 1664.13 = 3480.10')
S.rel('sum', U, [F(WH,'3380.16亿元'),F(WH,'1800.68亿元')], '其中 household deposits of all deposits: partial')
S.rel('restatement', U, [F(WH,'8.1%','比上年增长'),F(WH,'8.1%','实现增加值比上年增长')], 'GDP +8.1% vs industrial value added +8.1%: different indicators')
S.rel('sum', U, [w2,F(WH,'190.11亿元')], 'construction 190.11 of secondary industry 1580.49; industry not stated: partial')
a=ALT(WH,1,w2,'1880.49亿元','secondary industry 1580.49 → 1880.49')
S.rel('sum', I, [on(a,wt),on(a,w1),on(a,w2,'1880.49亿元'),on(a,w3)], 'altered: parts 3780.10 ≠ 3480.1')
a=ALT(WH,2,w1,'255.48亿元','primary industry 235.48 → 255.48')
S.rel('sum', I, [on(a,wt),on(a,w1,'255.48亿元'),on(a,w2),on(a,w3)], 'altered: parts 3500.10 ≠ 3480.1')

# ---- 山西 2021 population survey (provincial, traditional)
xp=F(SX,'3480.48萬人'); xdec=F(SX,'10.02萬人'); xg=F(SX,'0.29%'); xb=F(SX,'7.06‰'); xd=F(SX,'7.32‰'); xn=F(SX,'-0.26‰')
xbc=F(SX,'1.20個'); xdc=F(SX,'0.30個'); xnc=F(SX,'1.50個')
cities=[F(SX,v) for v in ['539.10萬人','309.87萬人','131.10萬人','315.17萬人','218.86萬人','159.03萬人','339.00萬人','473.32萬人','266.32萬人','391.24萬人','337.47萬人']]
S.rel('rate', C, [xb,xd,xn], '7.06 − 7.32 = −0.26‰')
S.rel('growth', C, [xp,xdec,xg], '10.02/(3480.48 + 10.02) = 0.287% = 0.29% decrease')
S.rel('sum', C, [xp]+cities, 'eleven cities add up to 3480.48')
S.rel('growth', C, [xb,xbc,xd,xdc,xn,xnc], 'last year: (7.06 + 1.20) − (7.32 − 0.30) = 1.24 = −0.26 + 1.50')
S.rel('rate', U, [F(SX,'24.64萬人'),F(SX,'25.54萬人'),xn], 'births − deaths = −0.90万 over an average population that is not stated')
S.rel('growth', U, [F(SX,'24.64萬人'),F(SX,'4.16萬人'),xbc], 'fall in births vs fall in birth rate: last year\'s population not stated')
a=ALT(SX,1,xd,'7.02‰','death rate 7.32 → 7.02')
S.rel('rate', I, [on(a,xb),on(a,xd,'7.02‰'),on(a,xn)], 'altered: 7.06 − 7.02 = 0.04 ≠ −0.26')
S.rel('growth', I, [on(a,xb),on(a,xbc),on(a,xd,'7.02‰'),on(a,xdc),on(a,xn),on(a,xnc)], 'altered: last year 8.26 − 6.72 = 1.54 ≠ −0.26 + 1.50 = 1.24')
a=ALT(SX,2,cities[7],'478.32萬人','运城 473.32 → 478.32')
S.rel('sum', I, [on(a,xp)]+[on(a,c) if c is not cities[7] else on(a,c,'478.32萬人') for c in cities], 'altered: cities add up to 3485.48 ≠ 3480.48')
a=ALT(SX,3,xg,'0.59%','population decrease 0.29% → 0.59%')
S.rel('growth', I, [on(a,xp),on(a,xdec),on(a,xg,'0.59%')], 'altered: 10.02/3490.50 = 0.29%, not 0.59%')

# ---- 江苏 yearbook table 3-3 (provincial), 福建 yearbook table 3-1 (provincial), national yearbook 1997 table
J={y: Row(JS, str(y)) for y in (1980, 1985, 1990, 1997, 1998)}   # [year, births, birth rate, deaths, death rate, natural, natural rate]
S.rel('rate', C, [J[1980][2],J[1980][4],J[1980][6]], '江苏 1980: 14.69 − 6.57 = 8.12‰')
S.rel('sum', C, [J[1980][1],J[1980][3],J[1980][5]], '江苏 1980: births 86.90 − deaths 38.87 = 48.03万')
S.rel('rate', C, [J[1985][2],J[1985][4],J[1985][6]], '江苏 1985: 10.84 − 5.87 = 4.97‰')
S.rel('rate', C, [J[1990][2],J[1990][4],J[1990][6]], '江苏 1990: 20.54 − 6.53 = 14.01‰')
S.rel('sum', C, [J[1990][1],J[1990][3],J[1990][5]], '江苏 1990: 137.96 − 43.86 = 94.10万')
S.rel('rate', C, [J[1997][2],J[1997][4],J[1997][6]], '江苏 1997: 11.43 − 6.84 = 4.59‰')
NJ=Col(N97,'江苏',4,'\n\n'); NF=Col(N97,'福建',4,'\n\n'); NA=Col(N97,'全国',4,'\n\n'); NS=Col(N97,'上海',4,'\n\n')
NL=Col(N97,'吉林',4,'\n\n'); ND=Col(N97,'山东',4,'\n\n')
S.rel('restatement', C, [J[1997][2],NJ[2]], '江苏 1997 birth rate 11.43‰ in the provincial and the national yearbook')
S.rel('restatement', C, [J[1997][4],NJ[3]], '江苏 1997 death rate 6.84‰ in both yearbooks')
S.rel('restatement', C, [J[1997][6],NJ[4]], '江苏 1997 natural growth 4.59‰ in both yearbooks')
S.rel('restatement', U, [J[1990][2],nb], '江苏 1990 birth rate 20.54 vs national 21.06: different regions')
S.rel('restatement', U, [J[1997][4],J[1998][4]], '江苏 death rate 6.84 in 1997 and in 1998: different years')
a=ALT(JS,1,J[1985][4],'5.37','江苏 1985 death rate 5.87 → 5.37')
S.rel('rate', I, [on(a,J[1985][2]),on(a,J[1985][4],'5.37'),on(a,J[1985][6])], 'altered: 10.84 − 5.37 = 5.47 ≠ 4.97')
a=ALT(JS,2,J[1990][5],'97.10','江苏 1990 natural increase 94.10 → 97.10')
S.rel('sum', I, [on(a,J[1990][1]),on(a,J[1990][3]),on(a,J[1990][5],'97.10')], 'altered: 137.96 − 43.86 = 94.10 ≠ 97.10')
a=ALT(JS,3,J[1997][2],'11.93','江苏 1997 birth rate 11.43 → 11.93')
S.rel('rate', I, [on(a,J[1997][2],'11.93'),on(a,J[1997][4]),on(a,J[1997][6])], 'altered: 11.93 − 6.84 = 5.09 ≠ 4.59')
S.rel('restatement', I, [on(a,J[1997][2],'11.93'),NJ[2]], 'altered: 11.93 in the provincial table vs 11.43 in the national table')

Fj={y: Col(FJ,str(y),5,'\n') for y in (1980, 1985, 1990, 1997)}   # [year, population, birth, death, natural, density]
S.rel('rate', C, [Fj[1980][2],Fj[1980][3],Fj[1980][4]], '福建 1980: 18.68 − 6.27 = 12.41‰')
S.rel('rate', C, [Fj[1985][2],Fj[1985][3],Fj[1985][4]], '福建 1985: 23.88 − 6.18 = 17.70‰')
S.rel('rate', C, [Fj[1990][2],Fj[1990][3],Fj[1990][4]], '福建 1990: 24.44 − 6.71 = 17.73‰')
S.rel('rate', C, [Fj[1997][2],Fj[1997][3],Fj[1997][4]], '福建 1997: 12.41 − 6.09 = 6.32‰')
S.rel('restatement', C, [Fj[1997][1],NF[1]], '福建 1997 population 3282万 in the provincial and the national yearbook')
S.rel('restatement', C, [Fj[1997][4],NF[4]], '福建 1997 natural growth 6.32‰ in both yearbooks')
S.rel('restatement', U, [Fj[1980][4],Fj[1997][2]], '福建 natural growth 1980 = 12.41 and birth rate 1997 = 12.41: different indicators and years')
S.rel('rate', U, [Fj[1990][4],nn], '福建 1990 natural growth 17.73 vs national 14.39: different regions')
a=ALT(FJ,1,Fj[1990][3],'6.21','福建 1990 death rate 6.71 → 6.21')
S.rel('rate', I, [on(a,Fj[1990][2]),on(a,Fj[1990][3],'6.21'),on(a,Fj[1990][4])], 'altered: 24.44 − 6.21 = 18.23 ≠ 17.73')
a=ALT(FJ,2,Fj[1997][1],'3232','福建 1997 population 3282 → 3232')
S.rel('restatement', I, [on(a,Fj[1997][1],'3232'),NF[1]], 'altered: 3232 in the provincial table vs 3282 in the national table')

S.rel('rate', C, [NA[2],NA[3],NA[4]], 'national 1997: 16.57 − 6.51 = 10.06‰')
S.rel('rate', C, [NS[2],NS[3],NS[4]], '上海 1997: 5.50 − 6.80 = −1.30‰')
S.rel('rate', C, [NL[2],NL[3],NL[4]], '吉林 1997: 12.22 − 5.42 = 6.80‰')
S.rel('rate', C, [ND[2],ND[3],ND[4]], '山东 1997: 11.28 − 6.65 = 4.63‰')
S.rel('sum', U, [NA[1],NJ[1],NF[1],NS[1],ND[1]], 'national population vs some provinces: partial list (and the national figure includes the army)')
S.rel('restatement', U, [NS[3],NL[4]], '上海 death rate 6.80 vs 吉林 natural growth 6.80: different regions and indicators')
S.rel('rate', U, [NA[4],nn], 'national natural growth 1997 (10.06) vs 1990 (14.39): different years')
a=ALT(N97,1,NS[2],'5.80','上海 birth rate 5.50 → 5.80')
S.rel('rate', I, [on(a,NS[2],'5.80'),on(a,NS[3]),on(a,NS[4])], 'altered: 5.80 − 6.80 = −1.00 ≠ −1.30')
a=ALT(N97,2,NA[3],'6.81','national death rate 6.51 → 6.81')
S.rel('rate', I, [on(a,NA[2]),on(a,NA[3],'6.81'),on(a,NA[4])], 'altered: 16.57 − 6.81 = 9.76 ≠ 10.06')

# ---- 河北 yearbook GDP table (provincial; hetj.gov.cn)   [year, GNI, GDP, primary, secondary, industry, construction, tertiary, per capita]
H={y: Row(HB, str(y)) for y in (1980, 1985, 1987, 1988, 1990)}
S.rel('sum', C, [H[1980][2],H[1980][3],H[1980][4],H[1980][7]], '河北 1980: 68.09 + 105.88 + 45.27 = 219.24')
S.rel('sum', C, [H[1985][2],H[1985][3],H[1985][4],H[1985][7]], '河北 1985: 120.34 + 184.26 + 92.15 = 396.75')
S.rel('sum', C, [H[1985][4],H[1985][5],H[1985][6]], '河北 1985 secondary: industry 164.27 + construction 19.99 = 184.26')
S.rel('sum', C, [H[1988][2],H[1988][3],H[1988][4],H[1988][7]], '河北 1988: 162.31 + 323.40 + 215.62 = 701.33')
S.rel('sum', C, [H[1990][2],H[1990][3],H[1990][4],H[1990][7]], '河北 1990: 227.89 + 387.52 + 280.92 = 896.33')
S.rel('sum', C, [H[1990][4],H[1990][5],H[1990][6]], '河北 1990 secondary: 354.26 + 33.26 = 387.52')
S.rel('restatement', U, [H[1987][1],H[1987][2]], '河北 1987 national income 521.98 vs GDP 521.92: different indicators')
a=ALT(HB,1,H[1990][7],'250.92','河北 1990 tertiary 280.92 → 250.92')
S.rel('sum', I, [on(a,H[1990][2]),on(a,H[1990][3]),on(a,H[1990][4]),on(a,H[1990][7],'250.92')], 'altered: parts 866.33 ≠ 896.33')
a=ALT(HB,2,H[1985][6],'29.99','河北 1985 construction 19.99 → 29.99')
S.rel('sum', I, [on(a,H[1985][4]),on(a,H[1985][5]),on(a,H[1985][6],'29.99')], 'altered: 164.27 + 29.99 = 194.26 ≠ 184.26')
a=ALT(HB,3,H[1988][3],'192.31','河北 1988 primary 162.31 → 192.31')
S.rel('sum', I, [on(a,H[1988][2]),on(a,H[1988][3],'192.31'),on(a,H[1988][4]),on(a,H[1988][7])], 'altered: parts 731.33 ≠ 701.33')
S.write()

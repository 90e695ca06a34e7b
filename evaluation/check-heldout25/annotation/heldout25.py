"""Check key, twenty-fifth held-out set (check-heldout25). Built blind; run: rm -f ../docs/*_alt*.txt && python3 heldout25.py && python3 verify.py
Figures are given as (doc, text, pre): the n-th occurrence of pre+text; the anchor is the shortest window around it that is unique
in the document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout25'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'
N79='nat_1979_bulletin.txt'; N23='nat_2023_targets.txt'; N24='nat_2024_targets_hant.txt'; N25='nat_2025_npc_hant.txt'; NG='nat_2024_gdp_hant.txt'
MOE='moe_2003_regions.txt'; FJ6='fujian_2004_yb_ratios.txt'; FJ8='fujian_2008_yb_contrib.txt'; CQ='chongqing_2008_yb.txt'; BJ='beijing_2024_tjgb.txt'
HN='henan_2022h1.txt'; HC='henan_city_2024h1_hant.txt'; HB='hebei_2022h1.txt'; SD='shandong_2025h1.txt'; NM='neimenggu_wiki.txt'
GZN='guangzhou_2018_npc.txt'; GZR='guangzhou_2018_result.txt'; TS='tianshui_2006_hant.txt'; QHD='qinhuangdao_dz_2005_hant.txt'
QD='qingdao_dz_2010_hant.txt'; SDG='shangdang_2020_summary.txt'

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
    return S.alt(src, n, anc, anc.replace(text, new), what)
def on(a, fig, new=None):
    """the same figure in altered copy a (same offsets: alterations keep the length); new text if it is the changed one"""
    doc, text, anc = fig
    st = S.read(doc).index(anc) + anc.index(text)
    return P(a, new if new is not None else text, st)

# ---- national 1979 bulletin (simplified, published 1980)
ind=F(N79,'4,591亿元','工业总产值达到'); lt=F(N79,'1,980亿元'); hv=F(N79,'2,611亿元')
g_ind=F(N79,'8.5%','100.6%,比上年增长'); g_lt=F(N79,'9.6%'); g_hv=F(N79,'7.7%')
S.rel('sum', C, [ind,lt,hv], 'light 1980 + heavy 2611 = industry 4591')
S.rel('growth', C, [ind,lt,g_lt,hv,g_hv,g_ind], 'previous-year levels 1980/1.096 + 2611/1.077 = 4230.9; 4591/4230.9 = +8.51% = 8.5%')
p62=F(N79,'62%'); p38=F(N79,'38%')
S.rel('sum', C, [p62,p38], 'shares of the new output: productivity 62% + new staff 38% = 100%')
a=ALT(N79,1,hv,'2,911亿元','heavy industry 2,611 → 2,911')
S.rel('sum', I, [on(a,ind),on(a,lt),on(a,hv,'2,911亿元')], 'altered: 1980 + 2911 = 4891 ≠ 4591')
S.rel('growth', I, [on(a,ind),on(a,lt),on(a,g_lt),on(a,hv,'2,911亿元'),on(a,g_hv),on(a,g_ind)], 'altered: base 1806.6 + 2702.9 = 4509.5; 4591/4509.5 = +1.8%, not 8.5%')
a=ALT(N79,2,p62,'66%','productivity share 62% → 66%')
S.rel('sum', I, [on(a,p62,'66%'),on(a,p38)], 'altered: 66% + 38% = 104%')
S.rel('restatement', U, [F(N79,'8.5%','完成计划101.5%,比上年增长'),g_ind], 'gross output of industry and agriculture 8.5% vs industry 8.5%: different indicators')

# ---- national work reports / NPC news and results
t_gdp24=F(N24,'5%','增長'); t_job24=F(N24,'1200萬人'); t_un24=F(N24,'5.5%'); t_cpi24=F(N24,'3%','漲幅'); t_gr24=F(N24,'1.3萬億斤')
r_gdp=F(N25,'5%','增長(zhǎng)',0,',增速'); r_job=F(N25,'1256萬(wàn)人'); r_un=F(N25,'5.1%','平均為'); r_cpi=F(N25,'0.2%')
g_gdp=F(NG,'5.0%','比上年增長'); g_lvl=F(NG,'1349084億元'); g_gr=F(NG,'14130億斤'); g_cpi=F(NG,'0.2%'); n_lvl=F(N25,'134.9萬(wàn)億元')
S.rel('target', M, [t_gdp24,r_gdp], '2024 target GDP about 5%; result (2025 report) 5%')
S.rel('target', M, [t_gdp24,g_gdp], '2024 target GDP about 5%; result (NBS) 5.0%')
S.rel('target', M, [t_job24,r_job], '2024 target 12 million+ new urban jobs; result 12.56 million')
S.rel('target', M, [t_un24,r_un], '2024 target surveyed unemployment about 5.5%; result average 5.1%')
S.rel('target', M, [t_cpi24,r_cpi], '2024 CPI target (ceiling) about 3%; result 0.2%')
S.rel('target', M, [t_gr24,g_gr], '2024 grain target 1.3 trillion jin or more; result 14130亿斤 = 1.413 trillion')
S.rel('restatement', C, [n_lvl,g_lvl], '2024 GDP 134.9万亿 = 1349084亿 rounded')
S.rel('restatement', C, [r_gdp,g_gdp], '2024 GDP growth 5% and 5.0%')
S.rel('restatement', C, [r_cpi,g_cpi], '2024 CPI +0.2% in both')
S.rel('target', M, [F(N23,'3%','涨幅'),g_cpi,F(NG,'漲幅與上年持平','')], '2023 CPI target about 3%; NBS: 2024 CPI 0.2% "level with the previous year", so 2023 = 0.2%')
S.rel('restatement', U, [g_gdp,F(NG,'5.0%','服務業(yè)增加值比上年增長')], 'GDP 5.0% vs services 5.0%: different indicators')
S.rel('target', U, [F(N25,'5%','增長(zhǎng)',0,'左右'),r_gdp], '2025 target about 5% vs 2024 result 5%: different years')
S.rel('target', U, [F(N25,'1.4萬(wàn)億斤','產(chǎn)量'),g_gr], '2025 grain target about 1.4 trillion jin vs 2024 result: different years')
a=ALT(N25,1,r_job,'1156萬(wàn)人','2024 new urban jobs 1256 → 1156')
S.rel('target', MS, [t_job24,on(a,r_job,'1156萬(wàn)人')], 'altered: 11.56 million < 12 million+ target')
a=ALT(N25,2,n_lvl,'131.9萬(wàn)億元','2024 GDP 134.9 → 131.9 trillion')
S.rel('restatement', I, [on(a,n_lvl,'131.9萬(wàn)億元'),g_lvl], 'altered: 131.9万亿 vs 1349084亿')
a=ALT(NG,1,g_cpi,'0.7%','2024 CPI 0.2 → 0.7')
S.rel('restatement', I, [r_cpi,on(a,g_cpi,'0.7%')], 'altered: CPI 0.2 vs 0.7')
a=ALT(N24,1,t_job24,'1300萬人','2024 jobs target 1200 → 1300 (10k)')
S.rel('target', MS, [on(a,t_job24,'1300萬人'),r_job], 'altered: result 12.56 million < 13 million+')

# ---- national yearbook table, GDP by region 2003
def row(name):
    t = S.read(MOE); line = [l for l in t.split('\n') if l.startswith(name + ' ')][0]
    vals = line.split(' ')[-8:]
    out = []
    for i, v in enumerate(vals):
        prev = ' '.join(line.split(' ')[:-8 + i]) + ' '
        out.append(F(MOE, v, prev))
    return out
for nm, w in [('北京','95.64 + 1311.86 + 2255.60 = 3663.10'),('内蒙古','420.10 + 973.94 + 756.38 = 2150.42 vs 2150.41 (within 0.01 allowance)'),('浙江','728.00 + 4941.00 + 3726.00 = 9395.00'),('福建','692.94 + 2492.73 + 2046.50 = 5232.17')]:
    r = row(nm); S.rel('sum', C, [r[0],r[1],r[2],r[5]], f'{nm} 2003: {w}')
bjr=row('北京'); S.rel('sum', C, [bjr[2],bjr[3],bjr[4]], '北京: industry 1032.03 + construction 279.83 = 1311.86')
hbr=row('河北'); S.rel('sum', C, [hbr[0],hbr[1],hbr[2],hbr[5]], '河北: 1064.33 + 3657.19 + 2377.04 = 7098.56')
S.rel('sum', C, [hbr[2],hbr[3],hbr[4]], '河北: 3212.96 + 444.23 = 3657.19')
lnr=row('辽宁'); S.rel('sum', C, [lnr[0],lnr[1],lnr[2],lnr[5]], '辽宁: 615.80 + 2898.89 + 2487.85 = 6002.54')
a=ALT(MOE,1,hbr[2],'3687.19','河北 secondary 3657.19 → 3687.19')
S.rel('sum', I, [on(a,hbr[0]),on(a,hbr[1]),on(a,hbr[2],'3687.19'),on(a,hbr[5])], 'altered: parts 7128.56 ≠ 7098.56')
S.rel('sum', I, [on(a,hbr[2],'3687.19'),on(a,hbr[3]),on(a,hbr[4])], 'altered: 3212.96 + 444.23 = 3657.19 ≠ 3687.19')
a=ALT(MOE,2,lnr[5],'2437.85','辽宁 tertiary 2487.85 → 2437.85')
S.rel('sum', I, [on(a,lnr[0]),on(a,lnr[1]),on(a,lnr[2]),on(a,lnr[5],'2437.85')], 'altered: parts 5952.54 ≠ 6002.54')
S.rel('sum', U, [bjr[5],bjr[6]], 'education etc. 242.66 is one branch of tertiary 2255.60: partial list')
# cross-text: Fujian 2003 levels (national yearbook) vs Fujian structure (provincial yearbook 2004)
fjr=row('福建')
S.rel('share', C, [fjr[0],fjr[2],F(FJ6,'47.6')], '2492.73/5232.17 = 47.64% = 47.6 (Fujian yearbook 2003 structure)')
S.rel('share', C, [fjr[0],fjr[5],F(FJ6,'39.1')], '2046.50/5232.17 = 39.11% = 39.1')

# ---- Fujian yearbook 2004, table 1-6 (ratios)
def col(vals): return [F(FJ6, v, '\n  ', 0, '  |') for v in vals]
for y, vs in [('1995',['21.7','42.4','35.9']),('2001',['15.3','44.8','39.9']),('2003',['13.3','47.6','39.1'])]:
    S.rel('sum', C, col(vs), f'{y} structure ' + ' + '.join(vs) + ' = 100')
ag95=col(['21.9','78.1']); S.rel('sum', C, ag95, '1995 farming 21.9 + industry 78.1 = 100 (gross output of industry and farming)')
S.rel('sum', U, col(['71.9','28.9']), '1990 consumption 71.9 + capital formation 28.9 = 100.8: net exports are not listed (expenditure parts not a full split)')
a=ALT(FJ6,1,col(['44.8'])[0],'41.8','2001 secondary share 44.8 → 41.8')
S.rel('sum', I, [on(a,x) if x[1]!='44.8' else on(a,x,'41.8') for x in col(['15.3','44.8','39.9'])], 'altered: 15.3 + 41.8 + 39.9 = 97.0')
a=ALT(FJ6,2,ag95[0],'27.9','1995 farming share of gross output 21.9 → 27.9')
S.rel('sum', I, [on(a,ag95[0],'27.9'),on(a,ag95[1])], 'altered: 27.9 + 78.1 = 106')

# ---- Fujian yearbook 2008, table 2-8 (contribution to growth)
def c8(label, i):
    t=S.read(FJ8); line=[l for l in t.split('\n') if label in l][0]; v=line.split(' ')[-5+i]
    return F(FJ8, v, line[:len(line)-len(' '.join(line.split(' ')[-5+i:]))])
for i,y in [(0,'2000'),(2,'2005')]:
    S.rel('sum', C, [c8('第一产业',i),c8('第二产业',i),c8('第三产业',i)], f'{y} contributions sum to 100')
for i,y,w in [(0,'2000','59.4 + 0.2 = 59.6'),(1,'2004','54.2 + 5.1 = 59.3 vs 59.2 (within 0.1)'),(3,'2006','49.6 + 6.6 = 56.2')]:
    S.rel('sum', C, [c8('第二产业',i),c8('  工业',i),c8('建筑业',i)], f'{y} industry + construction: {w}')
S.rel('sum', U, [c8('第三产业',4),c8('#交通运输',4),c8('批发和零售业',4)], '# transport and trade are two branches of tertiary: partial list')
x=c8('建筑业',3); a=ALT(FJ8,1,x,'8.6','2006 construction contribution 6.6 → 8.6')
S.rel('sum', I, [on(a,c8('第二产业',3)),on(a,c8('  工业',3)),on(a,x,'8.6')], 'altered: 49.6 + 8.6 = 58.2 ≠ 56.2')
x=c8('第三产业',2); a=ALT(FJ8,2,x,'47.4','2005 tertiary contribution 41.4 → 47.4')
S.rel('sum', I, [on(a,c8('第一产业',2)),on(a,c8('第二产业',2)),on(a,x,'47.4')], 'altered: 4.6 + 54.0 + 47.4 = 106')

# ---- Chongqing yearbook 2008, table 1-6 (structures)
def cq(label, i, k=0):
    t=S.read(CQ); line=[l for l in t.split('\n') if label in l][k]; parts=line.split(' '); nv=len([p for p in parts if p.replace('.','').isdigit()])
    v=[p for p in parts if p.replace('.','').isdigit()][i]
    idx=[j for j,p in enumerate(parts) if p.replace('.','').isdigit()][i]
    return F(CQ, v, ' '.join(parts[:idx])+' ')
S.rel('sum', C, [cq('第一产业',0,1),cq('第二产业',0,1),cq('第三产业',0,1)], 'GDP structure 1995: 26.0 + 40.6 + 33.4 = 100')
S.rel('sum', C, [cq('第一产业',4,1),cq('第二产业',4,1),cq('第三产业',4,1)], 'GDP structure 2007: 11.7 + 45.9 + 42.4 = 100')
reg=[cq('国有经济',3),cq('集体经济',3),cq('私营和个体',3),cq('其他经济',3)]
S.rel('sum', C, reg, 'registration structure (last column): 7.1 + 52.0 + 34.5 + 6.4 = 100')
S.rel('sum', C, [cq('城 镇',0),cq('建设与改造',0),cq('房地产开发',0)], 'urban investment: 53.9 + 17.4 = 71.3')
S.rel('sum', U, [cq('第二产业',0,1),cq('#工',0)], '# industry 35.4 is part of secondary 40.6 (construction not listed)')
x=cq('第三产业',4,1); a=ALT(CQ,1,x,'47.4','GDP structure 2007 tertiary 42.4 → 47.4')
S.rel('sum', I, [on(a,cq('第一产业',4,1)),on(a,cq('第二产业',4,1)),on(a,x,'47.4')], 'altered: 11.7 + 45.9 + 47.4 = 105')
a=ALT(CQ,2,reg[2],'31.5','registration private 34.5 → 31.5')
S.rel('sum', I, [on(a,reg[0]),on(a,reg[1]),on(a,reg[2],'31.5'),on(a,reg[3])], 'altered: 7.1 + 52.0 + 31.5 + 6.4 = 97')

# ---- Beijing 2024 bulletin
bj=[F(BJ,'49843.1亿元'),F(BJ,'116.4亿元'),F(BJ,'7226.8亿元'),F(BJ,'42499.9亿元')]
bs=[F(BJ,'0.2','构成为'),F(BJ,'14.5','︰'),F(BJ,'85.3','︰')]
S.rel('sum', C, bj, '116.4 + 7226.8 + 42499.9 = 49843.1')
S.rel('sum', C, bs, '0.2 + 14.5 + 85.3 = 100')
for i,w in [(1,'14.50'),(2,'85.27')]: S.rel('share', C, [bj[0],bj[i+1],bs[i]], f'{w}% of 49843.1')
S.rel('share', C, [F(BJ,'2183.2万人'),F(BJ,'1926.0万人'),F(BJ,'88.2%')], '1926.0/2183.2 = 88.22%')
S.rel('rate', C, [F(BJ,'6.09‰'),F(BJ,'6.08‰'),F(BJ,'0.01‰')], 'natural growth 6.09 − 6.08 = 0.01‰')
S.rel('share', U, [bj[0],F(BJ,'2183.2万人'),F(BJ,'22.8万元')], 'per capita uses average resident population; year-end 2183.2 is another denominator')
a=ALT(BJ,1,bj[3],'42449.9亿元','tertiary 42499.9 → 42449.9')
S.rel('sum', I, [on(a,bj[0]),on(a,bj[1]),on(a,bj[2]),on(a,bj[3],'42449.9亿元')], 'altered: parts 49793.1 ≠ 49843.1')
S.rel('share', I, [on(a,bj[0]),on(a,bj[3],'42449.9亿元'),on(a,bs[2])], 'altered: 42449.9/49843.1 = 85.17% = 85.2, not 85.3')
a=ALT(BJ,2,bs[1],'14.9','structure secondary 14.5 → 14.9')
S.rel('sum', I, [on(a,bs[0]),on(a,bs[1],'14.9'),on(a,bs[2])], 'altered: 0.2 + 14.9 + 85.3 = 100.4')

# ---- Henan H1 2022, Hebei H1 2022, Shandong H1 2025
inc=[F(HN,'13322元'),F(HN,'587元'),F(HN,'4.6%')]; sp=[F(HN,'9412元'),F(HN,'325元'),F(HN,'3.6%')]
S.rel('growth', C, inc, '587/(13322 − 587) = 4.61% = 4.6%')
S.rel('growth', C, sp, '325/(9412 − 325) = 3.58% = 3.6%')
S.rel('restatement', C, [F(HN,'3.1%','GDP增长'),F(HN,'3.1%','同比增长')], 'H1 GDP growth in headline and body')
hn6=F(HN,'0.6个'); hb9=F(HB,'0.9个','同比增长3.4%,高于全国')
S.rel('growth', C, [F(HN,'3.1%','同比增长'),hn6,F(HB,'3.4%','同比增长'),hb9], 'implied national H1 2022 growth: 3.1 − 0.6 = 2.5 = 3.4 − 0.9')
S.rel('growth', U, [F(HN,'3.1%','同比增长'),F(HN,'1.7%')], 'H1 3.1 vs Q2 1.7: Q1 rate and weights not stated')
S.rel('restatement', U, [F(HN,'1.3个','1.7%,高于全国'),F(HN,'1.3个','5.2%,高于全国')], 'both 高于全国1.3: Q2 GDP vs June industry, different indicators')
a=ALT(HN,1,inc[1],'537元','income increase 587 → 537')
S.rel('growth', I, [on(a,inc[0]),on(a,inc[1],'537元'),on(a,inc[2])], 'altered: 537/12785 = 4.2%, not 4.6%')
a=ALT(HN,2,hn6,'0.8个','gap to national 0.6 → 0.8')
S.rel('growth', I, [on(a,F(HN,'3.1%','同比增长')),on(a,hn6,'0.8个'),F(HB,'3.4%','同比增长'),hb9], 'altered: 3.1 − 0.8 = 2.3 ≠ 3.4 − 0.9 = 2.5')
hb=[F(HB,'19823.7亿元'),F(HB,'1484.0亿元'),F(HB,'7942.5亿元'),F(HB,'10397.3亿元')]
S.rel('sum', C, hb, '1484.0 + 7942.5 + 10397.3 = 19823.8 vs 19823.7 (within 0.1 for three rounded parts)')
tert=F(HB,'2.8%','10397.3亿元,增长'); hh9=F(HB,'0.9个','3.4% 高于全国')
S.rel('restatement', C, [F(HB,'3.4%','同比增长',0,' '),F(HB,'3.4%','同比增长',0,',')], 'H1 growth 3.4 in headline and body')
S.rel('restatement', C, [hh9,hb9], 'gap to national 0.9 point in headline and body')
S.rel('sum', U, [F(HB,'240.5万吨'),F(HB,'148.9万吨')], '其中 pork only: partial list of meat')
S.rel('restatement', U, [F(HB,'6.9%','大型企业增加值增长'),F(HB,'6.9%','中型企业增长')], 'large and medium enterprises both 6.9%: different groups')
a=ALT(HB,1,hb[2],'7992.5亿元','secondary 7942.5 → 7992.5')
S.rel('sum', I, [on(a,hb[0]),on(a,hb[1]),on(a,hb[2],'7992.5亿元'),on(a,hb[3])], 'altered: parts 19873.8 ≠ 19823.7')
a=ALT(HB,2,hb9,'0.7个','body gap to national 0.9 → 0.7')
S.rel('restatement', I, [on(a,hh9),on(a,hb9,'0.7个')], 'altered: headline 0.9 vs body 0.7')
S.rel('growth', I, [F(HN,'3.1%','同比增长'),hn6,on(a,F(HB,'3.4%','同比增长',0,',')),on(a,hb9,'0.7个')], 'altered: implied national rate 3.4 − 0.7 = 2.7 ≠ 3.1 − 0.6 = 2.5')
sd=[F(SD,'50046亿元'),F(SD,'3015.4亿元'),F(SD,'19799.1亿元'),F(SD,'27231.5亿元')]
S.rel('sum', C, sd, '3015.4 + 19799.1 + 27231.5 = 50046.0')
S.rel('restatement', U, [F(SD,'5.6%','计算,增长'),F(SD,'5.6%','19799.1亿元,增长')], 'GDP 5.6 vs secondary 5.6: different indicators')
a=ALT(SD,1,sd[1],'3045.4亿元','primary 3015.4 → 3045.4')
S.rel('sum', I, [on(a,sd[0]),on(a,sd[1],'3045.4亿元'),on(a,sd[2]),on(a,sd[3])], 'altered: parts 50076.0 ≠ 50046')

# ---- a prefecture city of Henan, H1 2024 (traditional)
t58=F(HC,'5.8%','第三產業增加值同比增長'); s58=F(HC,'5.8%','服務業(第三產業)增加值同比增長')
S.rel('restatement', C, [t58,s58], 'tertiary growth 5.8 stated twice')
sh=[F(HC,'七成以上'),F(HC,'32個'),F(HC,'24個')]
S.rel('share', C, sh, '24/32 = 75% of industry groups grew: "more than 70%"')
S.rel('rate', U, [F(HC,'42.4%'),F(HC,'6.2%'),F(HC,'2.6個')], '42.4% × 6.2 = 2.63 ≈ 2.6, but contribution is computed on unstated increments (convention of heldout24: not keyed as a check)')
S.rel('growth', U, [F(HC,'1.3個'),F(HC,'1.5個')], '高于全省 1.3 (GDP) vs 1.5 (industry): different provincial bases, not stated')
a=ALT(HC,1,s58,'5.3%','services growth 5.8 → 5.3')
S.rel('restatement', I, [on(a,t58),on(a,s58,'5.3%')], 'altered: 5.8 vs 5.3')
a=ALT(HC,2,sh[2],'21個','growing industry groups 24 → 21')
S.rel('share', I, [on(a,sh[0]),on(a,sh[1]),on(a,sh[2],'21個')], 'altered: 21/32 = 65.6%, not "more than 70%"')

# ---- Inner Mongolia (encyclopedia entry, 2017 and 2020)
m17=[F(NM,'16,103.2亿元'),F(NM,'1,647.2亿元'),F(NM,'6,408.6亿元'),F(NM,'8,047.4亿元')]; s17=[F(NM,'10.2',':'[:0]+'比例为'),F(NM,'39.8'),F(NM,'50.0')]
m20=[F(NM,'17359.8亿元'),F(NM,'2025.1亿元'),F(NM,'6868.0亿元'),F(NM,'8466.7亿元')]; s20=[F(NM,'11.7'),F(NM,'39.6'),F(NM,'48.8')]
cb=[F(NM,'10.3%'),F(NM,'14.8%'),F(NM,'74.9%')]
S.rel('sum', C, m17, '1647.2 + 6408.6 + 8047.4 = 16103.2')
S.rel('sum', C, s17, '10.2 + 39.8 + 50.0 = 100')
S.rel('sum', C, cb, 'contributions 10.3 + 14.8 + 74.9 = 100')
S.rel('share', C, [m17[0],m17[3],s17[2]], '2017: 8047.4/16103.2 = 49.97% = 50.0')
S.rel('restatement', C, [F(NM,'4.0%','较上年增长'),F(NM,'4.0%','下调至')], '2017 growth 4.0 stated twice')
S.rel('sum', C, m20, '2025.1 + 6868.0 + 8466.7 = 17359.8')
S.rel('sum', C, s20, '11.7 + 39.6 + 48.8 = 100.1 (within 0.1)')
S.rel('share', C, [m20[0],m20[2],s20[1]], '2020: 6868.0/17359.8 = 39.56% = 39.6')
S.rel('growth', U, [F(NM,'4.0%','较上年增长'),F(NM,'3.6%')], 'GDP 4.0 vs per capita 3.6: population growth not stated')
a=ALT(NM,1,m20[2],'6886.0亿元','2020 secondary 6868.0 → 6886.0')
S.rel('sum', I, [on(a,m20[0]),on(a,m20[1]),on(a,m20[2],'6886.0亿元'),on(a,m20[3])], 'altered: parts 17377.8 ≠ 17359.8')
S.rel('share', I, [on(a,m20[0]),on(a,m20[2],'6886.0亿元'),on(a,s20[1])], 'altered: 6886.0/17359.8 = 39.67% = 39.7, not 39.6')
a=ALT(NM,2,cb[2],'71.9%','tertiary contribution 74.9 → 71.9')
S.rel('sum', I, [on(a,cb[0]),on(a,cb[1]),on(a,cb[2],'71.9%')], 'altered: 10.3 + 14.8 + 71.9 = 97')

# ---- Guangzhou 2018: NPC news (targets) and result
tg=F(GZN,'7.5%','地区生产总值增长'); rg=F(GZR,'6.2%'); lv=F(GZR,'22859.35亿元')
S.rel('target', MS, [tg,rg], '2018 GDP target about 7.5%; result 6.2%')
S.rel('target', MS, [F(GZN,'7.5%','预期增长'),rg], 'headline 2018 target 7.5%; result 6.2%')
S.rel('share', C, [lv,F(GZR,'9.73万亿元'),F(GZR,'五分之一')], '22859.35/97300 = 23.5% > one fifth')
S.rel('target', U, [F(GZN,'7%','比上年增长'),rg], '2017 estimate "7% or more" vs 2018 result: different years')
S.rel('restatement', U, [tg,F(GZN,'7.5%','零售总额增长')], 'GDP target 7.5 vs retail target 7.5: different indicators')
a=ALT(GZR,1,rg,'7.6%','2018 growth 6.2 → 7.6')
S.rel('target', M, [tg,on(a,rg,'7.6%')], 'altered: 7.6% meets a target of about 7.5%')
a=ALT(GZR,2,lv,'12859.35亿元','2018 GDP 22859.35 → 12859.35')
S.rel('share', I, [on(a,lv,'12859.35亿元'),on(a,F(GZR,'9.73万亿元')),on(a,F(GZR,'五分之一'))], 'altered: 12859.35/97300 = 13.2%, not more than one fifth')

# ---- Tianshui 2006 NPC news (traditional)
ts=[F(TS,'146.2億元'),F(TS,'68.1%'),F(TS,'10.9%')]
S.rel('growth', C, ts, '1.681^(1/5) = 1.1095: +10.9% a year over 2001–2005')
S.rel('growth', U, [F(TS,'1.5倍'),F(TS,'1.2倍')], '1.5倍 (five-year total vs previous plan) and 1.2倍 (2005 vs 2000): different bases')
a=ALT(TS,1,ts[2],'12.9%','average growth 10.9 → 12.9')
S.rel('growth', I, [on(a,ts[0]),on(a,ts[1]),on(a,ts[2],'12.9%')], 'altered: 1.129^5 = 1.835, not +68.1%')

# ---- Qinhuangdao development zone 2005 (traditional) and Qingdao ETDZ 2010 (traditional with marks)
q14a=F(QHD,'14個','外資項目'); q14b=F(QHD,'14個','已批準的')
S.rel('restatement', C, [q14a,q14b], '14 approved foreign projects stated twice')
S.rel('sum', U, [q14b,F(QHD,'2個','以上的項目'),F(QHD,'4個','以上的項目')], '2 and 4 large projects are a partial list of the 14')
S.rel('share', U, [F(QHD,'9.72億元'),F(QHD,'9.76%')], 'share of above-scale sales: base not stated')
a=ALT(QHD,1,q14b,'16個','second statement of approved projects 14 → 16')
S.rel('restatement', I, [on(a,q14a),on(a,q14b,'16個')], 'altered: 14 vs 16')
q27a=F(QD,'27個','外商投資項目'); q27b=F(QD,'27個','外資項目')
S.rel('restatement', C, [q27a,q27b], 'new foreign-invested projects 27 stated twice')
S.rel('growth', U, [F(QD,'38%'),F(QD,'27%')], 'auto industry 38% vs one firm (SGMW) 27%: partial')
a=ALT(QD,1,q27b,'29個','second statement of new projects 27 → 29')
S.rel('restatement', I, [on(a,q27a),on(a,q27b,'29個')], 'altered: 27 vs 29')

# ---- Shangdang district statistics bureau work summary 2020
S.rel('restatement', U, [F(SDG,'第12位','增速3.1%,全市排名'),F(SDG,'第12位','增速-4.7%,全市排名')], 'rank 12 for GDP growth and for investment growth: different indicators')
S.rel('growth', U, [F(SDG,'3.1%'),F(HN,'3.1%','同比增长')], '上党 2020 GDP growth vs 河南 H1 2022: different place and period')
S.write()

from build import Split
S = Split('heldout24'); C,I,U,CT='consistent','inconsistent','unrelated','cannot_tell'
N12='nat_2012h1_news.txt'; N20='nat_2020h1_hant.txt'; CT6='nat_cities_2006_hant.txt'; DZ='dezhou_q1_news.txt'
PC='prefcity_2022q3_hant.txt'; CY='city_2011_gdp_table.txt'; HN23='hainan_2023h1_hant.txt'; HN10='hainan_2010q3_hant.txt'
SX='shaanxi_1998_tjgb.txt'; HLJ='heilongjiang_2017_wiki_hant.txt'; TJ23='tianjin_2023q1_hant.txt'; TJ24='tianjin_2024q1.txt'
XZ='xizang_2020q3.txt'; JX='jiangxi_2025h1.txt'; JXP='jiangxi_parks_2017.txt'
def on(doc, figs): return [(doc,)+f[1:] for f in figs]
def alt_sum(src, n, figs, i, new, what, why, kind='sum'):
    old=figs[i]; a=S.alt(src, n, old[2], old[2].replace(old[1], new), what)
    f=on(a, figs); f[i]=(a, new, old[2].replace(old[1], new)); S.rel(kind, I, f, why); return a

# ---- national H1 2012
n12=[(N12,'227098亿元','国内生产总值为227098亿元'),(N12,'17471亿元','第一产业增加值为17471亿元'),(N12,'110950亿元','第二产业增加值110950亿元'),(N12,'98677亿元','第三产业增加值98677亿元')]
S.rel('sum', C, n12, '17471 + 110950 + 98677 = 227098')
alt_sum(N12,1,n12,2,'119950亿元','secondary 110950 → 119950','altered: 17471 + 119950 + 98677 = 236098 ≠ 227098')
sg=[(N12,'12995万吨','夏粮总产量为12995万吨'),(N12,'356万吨','比上年增加356万吨'),(N12,'2.8%','增长2.8%。上半年')]
S.rel('growth', C, sg, 'summer grain 12995, +356 on 12639: 2.82% = 2.8%')
alt_sum(N12,2,sg,1,'386万吨','summer grain increase 356 → 386','altered: 386 / 12609 = 3.06%, not 2.8%', kind='growth')
S.rel('sum', U, [(N12,'3925万吨','猪牛羊禽肉产量3925万吨'),(N12,'2588万吨','猪肉产量2588万吨')], '其中 pork only: partial list of meat output')
S.rel('growth', U, [(N12,'7.8%','同比增长7.8%'),(N12,'7.6%','二季度增长7.6%')], 'H1 7.8 vs Q2 7.6: Q1 rate and weights not stated')

# ---- national H1 2020 (traditional)
n20=[(N20,'456614億元','國內生產總值456614億元'),(N20,'26053億元','第一產業增加值26053億元'),(N20,'172759億元','第二產業增加值172759億元'),(N20,'257802億元','第三產業增加值257802億元')]
S.rel('sum', C, n20, '26053 + 172759 + 257802 = 456614')
tr=[(N20,'142379億元','進出口總額142379億元'),(N20,'77134億元','出口77134億元'),(N20,'65245億元','進口65245億元')]
S.rel('sum', C, tr, 'exports 77134 + imports 65245 = 142379')
sp=[(N20,'77134億元','出口77134億元'),(N20,'65245億元','進口65245億元'),(N20,'11889億元','貿易順差11889億元')]
S.rel('sum', C, sp, 'surplus 77134 − 65245 = 11889')
a=S.alt(N20,1,'出口77134億元','出口77734億元','exports 77134 → 77734')
S.rel('sum', I, [(a,)+tr[0][1:],(a,'77734億元','出口77734億元'),(a,)+tr[2][1:]], 'altered: 77734 + 65245 = 142979 ≠ 142379')
S.rel('sum', I, [(a,'77734億元','出口77734億元'),(a,)+sp[1][1:],(a,)+sp[2][1:]], 'altered: 77734 − 65245 = 12489 ≠ 11889')
alt_sum(N20,2,n20,3,'257302億元','tertiary 257802 → 257302','altered: parts 456114 ≠ 456614')
S.rel('restatement', U, [(N20,'1.6%','同比下降1.6%。'),(N20,'1.6%','下降1.6%。從環比')], 'GDP −1.6 vs tertiary −1.6: different indicators')
S.rel('growth', U, [(N20,'1.6%','同比下降1.6%。'),(N20,'6.8%','一季度同比下降6.8%'),(N20,'3.2%','二季度增長3.2%')], 'H1 from Q1 and Q2 needs quarterly weights (not stated)')

# ---- national: prefecture-level cities 2006 (traditional)
ct=[(CT6,'4582億元','分別為4582億元'),(CT6,'67088億元','67088億元和'),(CT6,'60601億元','和60601億元')]
cs=[(CT6,'3.5','結構比重為3.5:'),(CT6,'50.7','3.5:50.7:'),(CT6,'45.8','50.7:45.8')]
S.rel('sum', C, cs, 'structure 3.5 + 50.7 + 45.8 = 100')
for i,w in enumerate(['3.46','50.72','45.82']):
    S.rel('share', C, ct+[cs[i]], f'share of sector {i+1} in 132271 = {w}% (base: the three sectors)')
a=S.alt(CT6,1,'和60601億元','和66601億元','tertiary 60601 → 66601')
S.rel('share', I, on(a,ct[:2])+[(a,'66601億元','和66601億元'),(a,)+cs[2][1:]], 'altered: 66601/138271 = 48.2%, not 45.8')
S.rel('share', I, on(a,ct[:2])+[(a,'66601億元','和66601億元'),(a,)+cs[1][1:]], 'altered: 67088/138271 = 48.5%, not 50.7')
S.rel('restatement', U, [(CT6,'1.1倍','1.1倍和'),(CT6,'1.1倍','和1.1倍。')], 'secondary and tertiary growth since 2002 both 1.1倍: different sectors')
S.rel('share', U, [cs[0],(CT6,'1.4','下降1.4個')], '2002 structure not stated: change in share cannot be checked')

# ---- 德州 (prefecture city, 山东) Q1
dz=[(DZ,'545.0亿元','地区生产总值545.0亿元'),(DZ,'41.99亿元','增加值41.99亿元'),(DZ,'313.14亿元','增加值313.14亿元'),(DZ,'189.87亿元','增加值189.87亿元')]
ds=[(DZ,'7.7','结构为7.7:'),(DZ,'57.5','7.7:57.5:'),(DZ,'34.8',':34.8。')]
S.rel('sum', C, dz, '41.99 + 313.14 + 189.87 = 545.00')
S.rel('sum', C, ds, '7.7 + 57.5 + 34.8 = 100')
for i,w in enumerate(['7.70','57.46','34.84']):
    S.rel('share', C, [dz[0],dz[i+1],ds[i]], f'{w}% of 545.0')
alt_sum(DZ,1,dz,2,'318.14亿元','secondary 313.14 → 318.14','altered: parts 550.00 ≠ 545.0')
a=S.alt(DZ,2,'7.7:57.5:','7.7:52.5:','structure secondary 57.5 → 52.5')
S.rel('sum', I, [(a,)+ds[0][1:],(a,'52.5','7.7:52.5:'),(a,)+ds[2][1:]], 'altered: 7.7 + 52.5 + 34.8 = 95')
S.rel('share', I, [(a,)+dz[0][1:],(a,)+dz[2][1:],(a,'52.5','7.7:52.5:')], 'altered: 313.14/545.0 = 57.5%, not 52.5')
S.rel('share', U, [dz[0],(DZ,'9.7%','比重为9.7%')], 'tax revenue (the part) not stated')
S.rel('share', U, [(DZ,'33.5%','贡献率达到为33.5%'),(DZ,'3.4','拉动GDP增长3.4')], 'contribution 33.5% × 10.2 = 3.42 ≈ 3.4 but contribution is computed on unstated real increments; not keyed as a check')

# ---- prefecture city (unnamed) Q1-Q3 2022 (traditional with marks)
pc=[(PC,'3216.1億元','實現(xiàn)3216.1億元'),(PC,'217.3億元','增加值實現(xiàn)217.3億元'),(PC,'1288.7億元','增加值實現(xiàn)1288.7億元'),(PC,'1710.1億元','增加值實現(xiàn)1710.1億元')]
S.rel('sum', C, pc, '217.3 + 1288.7 + 1710.1 = 3216.1')
S.rel('share', C, [pc[0],pc[1],(PC,'6.8%','分別為6.8%')], '217.3/3216.1 = 6.76%')
S.rel('share', C, [pc[0],pc[2],(PC,'40.1%','6.8%、40.1%')], '1288.7/3216.1 = 40.07%')
alt_sum(PC,1,pc,2,'1238.7億元','secondary 1288.7 → 1238.7','altered: parts 3166.1 ≠ 3216.1')
g42=(PC,'4.2%','同比增長4.2%'); p47=(PC,'4.7%','同比增長4.7%;'); p47b=(PC,'4.7%','同比增長4.7%,高于')
S.rel('restatement', C, [p47, p47b], 'primary-sector growth 4.7 stated twice')
S.rel('restatement', C, [(PC,'5.0%','同比增長5.0%;'),(PC,'5.0%','同比增長5.0%,成為')], 'secondary growth 5.0 stated twice')
S.rel('growth', C, [p47b,g42,(PC,'0.5個','高于全市經(jīng)濟增長0.5個')], '4.7 − 4.2 = 0.5 points')
S.rel('growth', C, [(PC,'5.3%','同比增長5.3%'),g42,(PC,'1.1個','高于GDP增速1.1個')], 'industry 5.3 − 4.2 = 1.1 points')
a=S.alt(PC,2,'同比增長4.7%,高于','同比增長4.9%,高于','second statement of primary growth 4.7 → 4.9')
S.rel('restatement', I, [(a,)+p47[1:],(a,'4.9%','同比增長4.9%,高于')], 'altered: 4.7 vs 4.9')
S.rel('growth', I, [(a,'4.9%','同比增長4.9%,高于'),(a,)+g42[1:],(a,'0.5個','高于全市經(jīng)濟增長0.5個')], 'altered: 4.9 − 4.2 = 0.7, not 0.5')
S.rel('growth', U, [pc[0],(PC,'181.2億元','增加181.2億元'),g42], 'nominal +181.2 on 3034.9 = 6.0% vs real 4.2%: price effect, different measures')
S.rel('sum', U, [pc[2],(PC,'1207.7億元','工業(yè)增加值實現(xiàn)1207.7億元')], 'industry only (construction missing): partial 其中')

# ---- a city's 2011 GDP table (unnamed)
cy=[(CY,'6145.52','地区生产总值6145.52'),(CY,'164.27','第一产业164.27'),(CY,'2760.84','第二产业2760.84'),(CY,'3220.41','第三产业3220.41')]
S.rel('sum', C, cy, '164.27 + 2760.84 + 3220.41 = 6145.52')
ci=[cy[2],(CY,'2390.51','工业2390.51'),(CY,'370.33','建筑业370.33')]
S.rel('sum', C, ci, 'industry 2390.51 + construction 370.33 = 2760.84')
ct3=[cy[3],(CY,'345.41','邮政业345.41'),(CY,'657.74','零售业657.74'),(CY,'112.32','餐饮业112.32'),(CY,'552.35','金融业552.35'),(CY,'393.58','房地产业393.58'),(CY,'1159.01','其他服务业1159.01')]
S.rel('sum', C, ct3, 'six service branches sum to 3220.41')
for nm,anc,pct,w in [('164.27','第一产业164.27104.12.7','2.7','2.67'),('2760.84','第二产业2760.84112.344.9','44.9','44.93'),('3220.41','第三产业3220.41112.352.4','52.4','52.40'),('2390.51','工业2390.51112.938.9','38.9','38.90')]:
    S.rel('share', C, [cy[0],(CY,nm,anc),(CY,pct,anc[:-len(pct)-1]+anc[-len(pct)-1:])], f'{nm}/6145.52 = {w}%')
alt_sum(CY,1,ct3,4,'557.35','finance 552.35 → 557.35','altered: branches 3225.41 ≠ 3220.41')
alt_sum(CY,2,ci,1,'2360.51','industry 2390.51 → 2360.51','altered: 2360.51 + 370.33 = 2730.84 ≠ 2760.84')
S.rel('restatement', U, [(CY,'96872','(元)96872'),(CY,'76263','(元)76263')], 'per-capita GDP on registered vs resident population: different denominators')

# ---- 海南 H1 2023 (traditional) and Q1-Q3 2010 (traditional with marks)
h23=[(HN23,'3458.79億元','地區生産總值3458.79億元'),(HN23,'802.01億元','增加值802.01億元'),(HN23,'601.63億元','增加值601.63億元'),(HN23,'2055.15億元','增加值2055.15億元')]
S.rel('sum', C, h23, '802.01 + 601.63 + 2055.15 = 3458.79')
alt_sum(HN23,1,h23,3,'2065.15億元','tertiary 2055.15 → 2065.15','altered: parts 3468.79 ≠ 3458.79')
S.rel('restatement', C, [(HN23,'9.6%','增長9.6%。\n\n具體'),(HN23,'9.6%','服務業增加值同比增長9.6%')], 'tertiary (services) growth H1 2023 stated twice')
S.rel('restatement', C, [(HN23,'8.6%','海南GDP同比增長8.6%'),(HN23,'8.6%','計算,同比增長8.6%')], 'H1 GDP growth in headline and body')
a=S.alt(HN23,2,'服務業增加值同比增長9.6%','服務業增加值同比增長9.1%','services growth 9.6 → 9.1')
S.rel('restatement', I, [(a,'9.6%','增長9.6%。\n\n具體'),(a,'9.1%','服務業增加值同比增長9.1%')], 'altered: 9.6 vs 9.1')
S.rel('restatement', U, [(HN23,'15.2%','增加值增長15.2%'),(HN10,'15.3%','增長值達(dá)15.3%')], 'near-equal numbers: 2023 high-tech manufacturing vs 2010 vegetables, unrelated')
h10=[(HN10,'1500.42億元','總值1500.42億元'),(HN10,'378.59億元','增加值378.59億元'),(HN10,'405.48億元','增加值405.48億元'),(HN10,'716.35億元','增加值716.35億元')]
S.rel('sum', C, h10, '378.59 + 405.48 + 716.35 = 1500.42')
hs=[(HN10,'25.2%','分別為25.2%'),(HN10,'27%','25.2%,27%'),(HN10,'47.8%','27%,47.8%')]
S.rel('sum', C, hs, '25.2 + 27 + 47.8 = 100')
S.rel('share', C, [h10[0],h10[1],hs[0]], '378.59/1500.42 = 25.23%')
S.rel('share', C, [h10[0],h10[2],hs[1]], '405.48/1500.42 = 27.02%')
alt_sum(HN10,1,h10,1,'373.59億元','primary 378.59 → 373.59','altered: parts 1495.42 ≠ 1500.42')
S.rel('share', I, [(HN10+'x',)] if False else [( 'hainan_2010q3_hant_alt1.txt',)+h10[0][1:],('hainan_2010q3_hant_alt1.txt','373.59億元','增加值373.59億元'),('hainan_2010q3_hant_alt1.txt',)+hs[0][1:]], 'altered: 373.59/1500.42 = 24.9%, not 25.2')
S.rel('growth', U, [(HN10,'17.6%','增長17.6%'),(HN23,'8.6%','計算,同比增長8.6%')], 'Q1-Q3 2010 vs H1 2023: different periods')

# ---- 陕西 1998 bulletin
sx=[(SX,'1410亿元','国内生产总值1410亿元'),(SX,'281亿元','增加值281亿元'),(SX,'592亿元','增加值592亿元'),(SX,'537亿元','增加值537亿元')]
S.rel('sum', C, sx, '281 + 592 + 537 = 1410')
alt_sum(SX,1,sx,2,'552亿元','secondary 592 → 552','altered: parts 1370 ≠ 1410')
S.rel('growth', U, [(SX,'9.3%','增长9.3%'),(SX,'8.5%','增长8.5%。')], 'GDP 9.3 vs per-capita 8.5: population growth not stated')
S.rel('restatement', U, [(SX,'8%','增长8%;第二'),(SX,'8%','增长8%。人均')], 'primary and tertiary both 8%: different sectors')

# ---- 黑龙江 2017 (encyclopedia entry, traditional)
hl=[(HLJ,'16199.9億元','(GDP)16199.9億元'),(HLJ,'2968.8億元','增加值2968.8億元'),(HLJ,'4289.7億元','增加值4289.7億元'),(HLJ,'8941.4億元','增加值8941.4億元')]
hls=[(HLJ,'18.3','結構為18.3:'),(HLJ,'26.5','18.3:26.5:'),(HLJ,'55.2','26.5:55.2')]
S.rel('sum', C, hl, '2968.8 + 4289.7 + 8941.4 = 16199.9')
S.rel('sum', C, hls, '18.3 + 26.5 + 55.2 = 100')
for i,w in enumerate(['18.33','26.48','55.19']): S.rel('share', C, [hl[0],hl[i+1],hls[i]], f'{w}% of 16199.9')
a=alt_sum(HLJ,1,hl,3,'8641.4億元','tertiary 8941.4 → 8641.4','altered: parts 15899.9 ≠ 16199.9')
S.rel('share', I, [(a,)+hl[0][1:],(a,'8641.4億元','增加值8641.4億元'),(a,)+hls[2][1:]], 'altered: 8641.4/16199.9 = 53.3%, not 55.2')
S.rel('share', U, [hl[0],(HLJ,'3788.7萬人','常住總人口為3788.7萬人'),(HLJ,'42699元','實現42699元')], 'per capita uses average population; year-end 3788.7 gives 42758: different denominator')

# ---- 天津 Q1 2023 (traditional with marks) and Q1 2024
t23=[(TJ23,'3715.38億元','總值為3715.38億元'),(TJ23,'26.62億元','增加值26.62億元'),(TJ23,'1232.56億元','增加值1232.56億元'),(TJ23,'2456.2億元','增加值2456.2億元')]
S.rel('sum', C, t23, '26.62 + 1232.56 + 2456.2 = 3715.38')
alt_sum(TJ23,1,t23,1,'29.62億元','primary 26.62 → 29.62','altered: parts 3718.38 ≠ 3715.38')
S.rel('sum', U, [(TJ23,'14524元','可支配收入14524元'),(TJ23,'15737元','可支配收入15737元'),(TJ23,'8638元','可支配收入8638元')], 'all-resident income is a population-weighted mean of urban and rural: weights not stated')
S.rel('growth', U, [(TJ23,'5.5%','同比增長5.5%'),(TJ24,'5.3%','同比增长5.3%')], 'Q1 2023 vs Q1 2024 growth: different years')
S.rel('growth', U, [(TJ23,'4.5個','加快4.5個'),(TJ24,'1.0个','全年加快1.0个')], 'implied 2022 (1.0) and 2023 (4.3) full-year rates: different years, not a restatement')
t24=[(TJ24,'3890.08亿元','总值为3890.08亿元'),(TJ24,'27.28亿元','增加值27.28亿元'),(TJ24,'1298.79亿元','增加值1298.79亿元'),(TJ24,'2564.01亿元','增加值2564.01亿元')]
S.rel('sum', C, t24, '27.28 + 1298.79 + 2564.01 = 3890.08')
alt_sum(TJ24,1,t24,3,'2584.01亿元','tertiary 2564.01 → 2584.01','altered: parts 3910.08 ≠ 3890.08')
ind=(TJ24,'5.8%','规模以上工业增加值同比增长5.8%')
S.rel('growth', C, [(TJ24,'8.6%','增加值增长8.6%'),ind,(TJ24,'2.8个','快于规模以上工业2.8个')], '8.6 − 5.8 = 2.8')
S.rel('growth', C, [(TJ24,'7.5%','增加值增长7.5%'),ind,(TJ24,'1.7个','分别快于规模以上工业1.7个')], 'private 7.5 − 5.8 = 1.7')
S.rel('growth', C, [(TJ24,'8.5%','企业增长8.5%'),ind,(TJ24,'2.7个','1.7个、2.7个')], 'foreign 8.5 − 5.8 = 2.7')
a=S.alt(TJ24,2,'增加值增长8.6%','增加值增长8.9%','high-tech growth 8.6 → 8.9')
S.rel('growth', I, [(a,'8.9%','增加值增长8.9%'),(a,)+ind[1:],(a,'2.8个','快于规模以上工业2.8个')], 'altered: 8.9 − 5.8 = 3.1, not 2.8')
S.rel('restatement', U, [(TJ24,'5.8%','增加值1298.79亿元,增长5.8%'),ind], 'secondary-sector growth vs above-scale industry growth: different indicators')

# ---- 西藏 Q1-Q3 2020
xz=[(XZ,'1308.32亿元','全区生产总值实现1308.32亿元'),(XZ,'90.85亿元','增加值90.85亿元'),(XZ,'498.98亿元','增加值498.98亿元'),(XZ,'718.49亿元','增加值718.49亿元')]
S.rel('sum', C, xz, '90.85 + 498.98 + 718.49 = 1308.32')
S.rel('restatement', C, [(XZ,'1308.32亿元','1308.32亿元 同比增长6.3%\n\n来源'),xz[0]], 'headline and body GDP')
alt_sum(XZ,1,xz,2,'493.98亿元','secondary 498.98 → 493.98','altered: parts 1303.32 ≠ 1308.32')
inc=[(XZ,'9.8%','同比增长9.8%'),(XZ,'12.2%','同比增长12.2%'),(XZ,'2.4个','快于城镇居民2.4个')]
S.rel('growth', C, inc, 'rural 12.2 − urban 9.8 = 2.4 points')
alt_sum(XZ,2,inc,1,'12.8%','rural income growth 12.2 → 12.8','altered: 12.8 − 9.8 = 3.0, not 2.4', kind='growth')
S.rel('growth', U, [(XZ,'7.0个','高于全国7.0个'),(XZ,'6.4个','高于全国6.4个')], 'national rates (2.8 urban, 5.8 rural) implied only; nothing to check them against')
S.rel('restatement', U, [(XZ,'2.5%','同期上涨2.5%'),(XZ,'2.5%','城市上涨2.5%')], 'all-region CPI vs urban CPI: different coverage')

# ---- 江西 H1 2025 and industrial parks Jan–Feb 2017 (development zones)
jx=[(JX,'16719.6亿元','地区生产总值16719.6亿元'),(JX,'794.3亿元','增加值794.3亿元'),(JX,'6668.0亿元','增加值6668.0亿元'),(JX,'9257.3亿元','增加值9257.3亿元')]
S.rel('sum', C, jx, '794.3 + 6668.0 + 9257.3 = 16719.6')
alt_sum(JX,1,jx,2,'6968.0亿元','secondary 6668.0 → 6968.0','altered: parts 17019.6 ≠ 16719.6')
S.rel('share', U, [jx[1],(JX,'1458.8亿元','总产值1458.8亿元')], 'value added vs gross output: not a part/whole pair')
S.rel('growth', U, [(JX,'3.6%','增长3.6%;'),(JX,'3.8%','同比增长3.8%')], 'primary VA growth vs gross output growth: different indicators')
pv=(JXP,'979.60亿元','工业增加值979.60亿元')
S.rel('share', C, [pv,(JXP,'386.75亿元','增加值386.75亿元'),(JXP,'39.5%','比重达39.5%')], '386.75/979.60 = 39.48%')
iv=(JXP,'82.21亿元','完成投入82.21亿元')
pb=[iv,(JXP,'40.49亿元','投入40.49亿元'),(JXP,'49.3%','占49.3%')]
S.rel('share', C, pb, '40.49/82.21 = 49.25%')
S.rel('share', C, [iv,(JXP,'24.83亿元','投入24.83亿元'),(JXP,'30.2%','占30.2%')], '24.83/82.21 = 30.20%')
alt_sum(JXP,1,pb,1,'45.49亿元','鄱阳湖 parks investment 40.49 → 45.49','altered: 45.49/82.21 = 55.3%, not 49.3', kind='share')
sm=[(JXP,'10.6%','同比增长10.6%'),(JXP,'1.7个','高1.7个'),(JXP,'8.9%','增长8.9%')]
S.rel('growth', C, sm, 'small firms 10.6 − 1.7 = 8.9 = park value-added growth')
alt_sum(JXP,2,sm,0,'10.9%','small-firm growth 10.6 → 10.9','altered: 10.9 − 1.7 = 9.2 ≠ 8.9', kind='growth')
S.rel('share', U, [(JXP,'333.91亿元','资金333.91亿元'),(JXP,'806.02亿元','资金806.02亿元'),(JXP,'41.2%','到位率为41.2%')], '333.91/806.02 = 41.4 vs 41.2: 到位率 base (signed funds of which period) not stated')
S.rel('sum', U, [iv,(JXP,'49.3%','占49.3%'),(JXP,'30.2%','占30.2%')], '鄱阳湖 zone parks and national zones overlap: shares do not add')
S.write()

from build import Split
S = Split('heldout19'); C,I,U,CT='consistent','inconsistent','unrelated','cannot_tell'; MET,MISS='met','missed'
N86='national_1986_tjgb_hant.txt'; JL86='jilin_1986_tjgb_hant.txt'; PJ86='panjin_1986_tjgb.txt'; SC09='sichuan_2009h1_hant.txt'
SC24='sichuan_2024h1_news.txt'; NX17='ningxia_2017_tjgb_hant.txt'; GD24='guangdong_2024h1_hant.txt'; LW18='liwan_2018_district_hant.txt'
GX17='gaoxinqu_2017_zone_hant.txt'; JT18='jintan_zone_2018_news.txt'; SD22='shandong_2022_targets_news.txt'; SD18='shandong_2018_report_news.txt'
GZ24='guizhou_2024_report_news_hant.txt'; NR23='national_2023_report_sinqi.txt'; NT23='national_2023_targets_hant.txt'
LN25='liaoning_2025_targets_plan.txt'; LN24='liaoning_2024_plan_report.txt'; LN26='liaoning_2026_report_news.txt'; LNN='liaoning_2026_npc_news.txt'
def sub(figs, doc, old, new):
    return [(doc, t.replace(old, new), a.replace(old, new)) for _, t, a in figs]

# ---- 国家 1986 bulletin (traditional)
S.rel('target', MET, [(N86,'增長3%','超過計劃規定增長3%的要求'),(N86,'增長3.5%','1986年農業總産值3947億元,比上年增長3.5%')], '1986 plan: agricultural output +3%; result +3.5% ≥ 3 (the text itself says 超過)')
S.rel('sum', U, [(N86,'18774億元','全年社會總産值①18774億元'),(N86,'15104億元','其中工農業總産值15104億元')], '工農業總産值 is only part of 社會總産值 (construction, transport, commerce missing): 其中 is not a full split')
S.rel('sum', U, [(N86,'9380億元','國民生産總值②9380億元'),(N86,'7790億元','國民收入7790億元')], 'GNP and national income are different aggregates (MPS vs SNA); no sum or share relation')
S.rel('share', U, [(N86,'37%','林牧漁副業比重由上年的37%'),(N86,'37.6%','上升到37.6%'),(N86,'3947億元','1986年農業總産值3947億元')], 'share of forestry etc. in agricultural output, with no level of those branches stated; the 1985 share has no 1985 base')
na = S.alt(N86,1,'比上年增長3.5%,超過','比上年增長2.5%,超過','1986 agricultural output growth 3.5 → 2.5')
S.rel('target', MISS, [(na,'增長3%','超過計劃規定增長3%的要求'),(na,'增長2.5%','1986年農業總産值3947億元,比上年增長2.5%')], 'altered: result +2.5% < plan +3% (the copy still says 超過)')

# ---- 吉林 1986 bulletin (traditional; letter O for zero in 229.O, 8.O, 77.O)
S.rel('sum', U, [(JL86,'1397.7萬噸','糧 食 1397.7萬噸'),(JL86,'174.3萬噸','水稻 174.3萬噸'),(JL86,'1016.4萬噸','玉米 1016.4萬噸'),(JL86,'83.7萬噸','大豆 83.7萬噸')], 'rice + maize + soybean = 1274.4 < grain 1397.7: 其中 lists only some crops (wheat, millet, sorghum, tubers missing)')
S.rel('sum', U, [(JL86,'38.8萬噸','油料 38.8萬噸'),(JL86,'31.1萬噸','葵花籽 31.1萬噸')], 'sunflower seed is one part of oil crops; partial list')
S.rel('share', U, [(JL86,'77.O億元','全年農業總產值為77.O億元'),(JL86,'321.9億元','工農業總產值為321.9億元')], 'agricultural output inside 工農業總產值; no share stated; 77.O with letter O')
S.rel('restatement', U, [(JL86,'8.O%','比上年增長8.O%'),(PJ86,'8.0%','全市国内生产总值达20亿元,比上年增长8.0%')], '吉林 province GDP +8.0 (written 8.O) and 盘锦 city GDP +8.0 in 1986: different subjects, equal numbers')
S.rel('restatement', U, [(JL86,'7.2%','比上年增長7.2%'),(N86,'增長9.3%','其中工農業總産值15104億元,增長9.3%')], '吉林 vs national gross industrial and agricultural output growth 1986: different regions')
# ---- 盘锦 1986
S.rel('restatement', U, [(PJ86,'8.0%','全市国内生产总值达20亿元,比上年增长8.0%'),(PJ86,'8.0%','运输业增长8.0%')], 'GDP +8.0 and rural transport +8.0: different indicators')
S.rel('growth', U, [(PJ86,'21.5 %','比上年增长21.5 %'),(PJ86,'25.2%','农业增长25.2%'),(PJ86,'35.7%','农村工业增长35.7%'),(PJ86,'8.0%','运输业增长8.0%'),(PJ86,'0.8%','建筑业增长0.8%'),(PJ86,'4.6%','商业、饮食业增长4.6%')], 'branch growths of rural gross output with no branch levels: the weights are unstated, nothing to check')
S.rel('sum', U, [(PJ86,'41亿元','全市社会总产值为41亿元'),(PJ86,'24.14亿元','工农业总产值为24.14亿元'),(PJ86,'16.5亿元','国民收入为16.5亿元')], 'overlapping aggregates (national income is net value within 社会总产值); no additive relation')

# ---- 四川 H1 2009 (gov.cn big5)
sc9 = '四川第一産業增加值861億元,增長3.2%;第二産業增加值3057.9億元,增長18.3%;第三産業增加值2096.1億元,增長10.6%'
sc9s = [(SC09,'6015億元','地區生産總值達6015億元'),(SC09,'861億元',sc9),(SC09,'3057.9億元',sc9),(SC09,'2096.1億元',sc9)]
S.rel('sum', C, sc9s, '861 + 3057.9 + 2096.1 = 6015.0')
S.rel('sum', U, [(SC09,'100多億美元','外貿進出口總額100多億美元'),(SC09,'61億美元','出口61億美元')], 'exports are part of trade; the total is only 100多: no check')
S.rel('sum', U, [(SC09,'22960億元','人民幣各項存款餘額22960億元'),(SC09,'10968億元','城鄉居民儲蓄存款餘額10968億元')], 'savings deposits are one part of all deposits (其中); partial')
S.rel('restatement', U, [(SC09,'9.5%','增長速度從9.5%'),(SC09,'4個百分點','增速比去年全年增幅提高4個百分點'),(SC09,'13.5%','同比增長13.5%')], '9.5% is the 2008 Q4 rate of the quarterly sequence; 13.5 − 4 = 9.5 is the 2008 full-year rate: different periods with an equal number')
S.rel('share', U, [(SC09,'2871.4億元','實現工業增加值2871.4億元'),(SC09,'3057.9億元',sc9)], 'industry above designated size (規模以上) vs secondary industry (incl. construction): overlapping groupings, no share stated')
s9a = S.alt(SC09,1,'第二産業增加值3057.9億元','第二産業增加值3075.9億元','H1 2009 secondary 3057.9 → 3075.9')
S.rel('sum', I, sub(sc9s, s9a, '3057.9', '3075.9'), '861 + 3075.9 + 2096.1 = 6033.0 ≠ 6015')

# ---- 四川 H1 2024
sc4 = '第一产业增加值为2142.8亿元,增长2.8%;第二产业增加值为10546.7亿元,增长5.4%;第三产业增加值为16773.8亿元,增长5.8%'
sc4s = [(SC24,'29463.3亿元','上半年四川地区生产总值为29463.3亿元'),(SC24,'2142.8亿元',sc4),(SC24,'10546.7亿元',sc4),(SC24,'16773.8亿元',sc4)]
S.rel('sum', C, sc4s, '2142.8 + 10546.7 + 16773.8 = 29463.3')
sc4g = sc4s + [(SC24,'增长5.4%','同比增长5.4%。其中'),(SC24,'增长2.8%','2142.8亿元,增长2.8%'),(SC24,'增长5.4%','10546.7亿元,增长5.4%'),(SC24,'增长5.8%','16773.8亿元,增长5.8%')]
S.rel('growth', C, sc4g, 'weighted: 2142.8/1.028 + 10546.7/1.054 + 16773.8/1.058 = 27945.1; 29463.3/27945.1 = +5.43% ⇒ 5.4')
sc4r = [(SC24,'增长5.8%','16773.8亿元,增长5.8%'),(SC24,'增长5.8%','第三产业增加值同比增长5.8%')]
S.rel('restatement', C, sc4r, 'H1 tertiary growth 5.8% stated in the lead and in section 三')
S.rel('restatement', U, [(SC24,'增长6.9%','股份制企业增长6.9%'),(SC24,'增长6.9%','高技术产业增加值同比增长6.9%')], 'joint-stock firms +6.9 and high-tech +6.9: different groupings, equal rates')
S.rel('growth', U, [(SC24,'增长6.2%','规模以上工业增加值同比增长6.2%'),(SC24,'下降2.9%','国有企业增加值同比下降2.9%'),(SC24,'下降10.7%','集体企业下降10.7%'),(SC24,'增长6.9%','股份制企业增长6.9%'),(SC24,'增长0.9%','外商及港澳台商投资企业增长0.9%')], 'growth by ownership type without weights (and the types overlap: state-owned firms may be joint-stock): nothing to check')
s4a = S.alt(SC24,1,'第三产业增加值为16773.8亿元','第三产业增加值为16737.8亿元','H1 2024 tertiary 16773.8 → 16737.8')
S.rel('sum', I, sub(sc4s, s4a, '16773.8', '16737.8'), '2142.8 + 10546.7 + 16737.8 = 29427.3 ≠ 29463.3')
s4b = S.alt(SC24,2,'10546.7亿元,增长5.4%','10546.7亿元,增长6.4%','H1 2024 secondary growth 5.4 → 6.4')
O,N='10546.7亿元,增长5.4%','10546.7亿元,增长6.4%'
S.rel('growth', I, [(s4b, '增长6.4%' if a==O else t, a.replace(O,N)) for _,t,a in sc4g], 'weighted with secondary +6.4: 29463.3/27851.0 = +5.79% ≠ 5.4')
s4c = S.alt(SC24,3,'第三产业增加值同比增长5.8%','第三产业增加值同比增长6.8%','H1 2024 tertiary growth in section 三 5.8 → 6.8')
S.rel('restatement', I, [(s4c,'增长5.8%','16773.8亿元,增长5.8%'),(s4c,'增长6.8%','第三产业增加值同比增长6.8%')], 'the same H1 tertiary growth stated as 5.8 and 6.8')

# ---- 宁夏 2017 bulletin (traditional)
nx = '其中,第一產業增加值261.07億元,增長4.3%;第二產業增加值1580.53億元,增長7.0%;第三產業增加值1612.33億元,增長9.2%'
nxg = ('3453.93億元','全年全區實現生產總值[2]3453.93億元'); nxsh='第一產業增加值占地區生產總值的比重為7.6%,第二產業增加值比重為45.8%,第三產業增加值比重為46.6%'
nxs = [(NX17,)+nxg,(NX17,'261.07億元',nx),(NX17,'1580.53億元',nx),(NX17,'1612.33億元',nx)]
S.rel('sum', C, nxs, '261.07 + 1580.53 + 1612.33 = 3453.93')
S.rel('sum', C, [(NX17,'7.6%',nxsh),(NX17,'45.8%',nxsh),(NX17,'46.6%',nxsh)], 'shares 7.6 + 45.8 + 46.6 = 100')
S.rel('share', C, [(NX17,'261.07億元',nx),(NX17,)+nxg,(NX17,'7.6%',nxsh)], '261.07/3453.93 = 7.56% ⇒ 7.6')
S.rel('share', C, [(NX17,'1580.53億元',nx),(NX17,)+nxg,(NX17,'45.8%',nxsh)], '1580.53/3453.93 = 45.76% ⇒ 45.8')
nxgr = [(NX17,)+nxg,(NX17,'增長7.8%','比上年增長7.8%'),(NX17,'261.07億元',nx),(NX17,'增長4.3%','261.07億元,增長4.3%'),(NX17,'1580.53億元',nx),(NX17,'增長7.0%','1580.53億元,增長7.0%'),(NX17,'1612.33億元',nx),(NX17,'增長9.2%','1612.33億元,增長9.2%')]
S.rel('growth', C, nxgr, 'weighted: 261.07/1.043 + 1580.53/1.070 + 1612.33/1.092 = 3203.9; 3453.93/3203.9 = +7.80% ⇒ 7.8')
tab = '農林牧漁業\n276.64\n4.3\n工業\n1096.30\n8.4\n建筑業\n484.36\n3.7\n批發和零售業\n160.92\n8.7\n交通運輸、倉儲和郵政業\n199.31\n-0.9\n住宿和餐飲業\n58.66\n6.5\n金融業\n314.69\n6.8\n房地產業\n120.84\n3.6\n其他服務業\n742.21\n15.2'
tabs = [(NX17,'3453.93','全區生產總值\n3453.93')] + [(NX17,v,tab) for v in ['276.64','1096.30','484.36','160.92','199.31','58.66','314.69','120.84','742.21']]
S.rel('sum', C, tabs, 'the nine industry rows of table 1 add to 3453.93')
S.rel('sum', U, [(NX17,'1580.53','第二產業\n1580.53'),(NX17,'1096.30',tab),(NX17,'484.36',tab)], 'industry + construction = 1580.66 ≠ secondary 1580.53: since 2012 some activities counted in 工業 (mining support, repair) are tertiary; different groupings')
S.rel('restatement', U, [(NX17,'276.64',tab),(NX17,'261.07','第一產業\n261.07')], '農林牧漁業 (incl. its services) vs 第一產業: different groupings, not a restatement')
S.rel('growth', U, [(NX17,'46.6%',nxsh),(NX17,'1.2個百分點','比上年提高1.2個百分點')], 'tertiary share +1.2 points: the 2016 share is not stated')
S.rel('growth', U, [(NX17,'50917元','全區人均生產總值50917元'),(NX17,'增長6.7%','50917元,增長6.7%'),(NX17,'增長7.8%','比上年增長7.8%')], 'per-capita growth below GDP growth needs the population growth, not stated here (population in the stored text is after the cut)')
nxa = S.alt(NX17,1,'第二產業增加值1580.53億元','第二產業增加值1508.53億元','2017 secondary 1580.53 → 1508.53')
S.rel('sum', I, sub(nxs, nxa, '1580.53', '1508.53'), '261.07 + 1508.53 + 1612.33 = 3381.93 ≠ 3453.93')
S.rel('share', I, [(nxa,'1508.53億元',nx.replace('1580.53','1508.53')),(nxa,)+nxg,(nxa,'45.8%',nxsh)], '1508.53/3453.93 = 43.7% ≠ 45.8')
nxb = S.alt(NX17,2,'比重為7.6%','比重為7.9%','2017 primary share 7.6 → 7.9')
nxsh2 = nxsh.replace('7.6%','7.9%')
S.rel('sum', I, [(nxb,'7.9%',nxsh2),(nxb,'45.8%',nxsh2),(nxb,'46.6%',nxsh2)], '7.9 + 45.8 + 46.6 = 100.3 ≠ 100')
S.rel('share', I, [(nxb,'261.07億元',nx),(nxb,)+nxg,(nxb,'7.9%',nxsh2)], '261.07/3453.93 = 7.56% ≠ 7.9')
nxc = S.alt(NX17,3,'建筑業\n484.36','建筑業\n448.36','table: construction 484.36 → 448.36')
S.rel('sum', I, [(nxc,'3453.93','全區生產總值\n3453.93')] + [(nxc,v,tab.replace('484.36','448.36')) for v in ['276.64','1096.30','448.36','160.92','199.31','58.66','314.69','120.84','742.21']], 'rows add to 3417.93 ≠ 3453.93')

# ---- 广东 H1 2024 (traditional)
gd = '第一產(chǎn)業(yè)增加值2357.49億元,增長(zhǎng)3.1%;第二產(chǎn)業(yè)增加值26106.10億元,增長(zhǎng)5.7%;第三產(chǎn)業(yè)增加值36778.91億元,增長(zhǎng)2.7%'
gds = [(GD24,'65242.50億元','地區(qū)生產(chǎn)總值65242.50億元'),(GD24,'2357.49億元',gd),(GD24,'26106.10億元',gd),(GD24,'36778.91億元',gd)]
S.rel('sum', C, gds, '2357.49 + 26106.10 + 36778.91 = 65242.50')
gdg = gds + [(GD24,'3.9%','同比增長(zhǎng)3.9%'),(GD24,'3.1%',gd),(GD24,'5.7%',gd),(GD24,'2.7%',gd)]
S.rel('growth', C, gdg, 'weighted: 2357.49/1.031 + 26106.10/1.057 + 36778.91/1.027 = 62796.9; 65242.50/62796.9 = +3.89% ⇒ 3.9')
S.rel('restatement', U, [(GD24,'3.9%','同比增長(zhǎng)3.9%'),(SC24,'增长5.4%','同比增长5.4%。其中')], '广东 vs 四川 H1 2024 GDP growth: different regions (not a restatement, no relation)')
ga = S.alt(GD24,1,'65242.50','65422.50','H1 2024 GDP 65242.50 → 65422.50')
S.rel('sum', I, sub(gds, ga, '65242.50', '65422.50'), 'parts add to 65242.50 ≠ 65422.50')
gb = S.alt(GD24,2,'36778.91億元,增長(zhǎng)2.7%','36778.91億元,增長(zhǎng)3.7%','H1 2024 tertiary growth 2.7 → 3.7')
S.rel('growth', I, [(gb,t.replace('2.7%','3.7%'),a.replace('增長(zhǎng)2.7%','增長(zhǎng)3.7%')) for _,t,a in gdg], 'weighted with tertiary +3.7: 65242.50/62451.5 = +4.47% ≠ 3.9')

# ---- 荔湾区 (广州) 2018 (traditional)
lw = '批發(fā)零售業(yè)零售額532.46億元,同比增長8.4%;住宿餐飲業(yè)零售額99.72億元'
lws = [(LW18,'632.18億元','社會消費品零售總額632.18億元'),(LW18,'532.46億元',lw),(LW18,'99.72億元',lw)]
S.rel('sum', C, lws, 'wholesale/retail + hotels/catering = retail sales: 532.46 + 99.72 = 632.18')
lwsh = [(LW18,'111.72億元','營業(yè)收入合計111.72億元'),(LW18,'113.26億元','營業(yè)收入113.26億元'),(LW18,'98.6%','占比重為98.6%')]
S.rel('share', C, lwsh, '111.72/113.26 = 98.64% ⇒ 98.6')
S.rel('sum', C, [(LW18,'0.4','0.4:20.9:77.7'),(LW18,'20.9','0.4:20.9:77.7'),(LW18,'77.7','0.4:20.9:77.7')], 'structure 0.4 + 20.9 + 77.7 = 100')
lwg = [(LW18,'8.0%','632.18億元,同比增長8.0%'),(LW18,'8.4%','532.46億元,同比增長8.4%'),(LW18,'6.0%','99.72億元,同比增長6.0%')]
S.rel('growth', C, lws+lwg, 'weighted: 532.46/1.084 + 99.72/1.060 = 585.27; 632.18/585.27 = +8.02% ⇒ 8.0')
S.rel('sum', U, [(LW18,'38.8%','同比增長38.8%'),(LW18,'48.6%','增長48.6%'),(LW18,'79.6%','增長79.6%')], 'real-estate and infrastructure investment are parts (其中) of investment, no levels: no check')
S.rel('growth', U, [(LW18,'4.8%','1223億元,同比增長4.8%'),(LW18,'4.9%','48.60億元,同比增長4.9%')], 'GDP +4.8 vs budget revenue +4.9: different indicators, close numbers')
la = S.alt(LW18,1,'零售額532.46億元','零售額523.46億元','2018 wholesale/retail 532.46 → 523.46')
S.rel('sum', I, sub(lws, la, '532.46', '523.46'), '523.46 + 99.72 = 623.18 ≠ 632.18')
lb = S.alt(LW18,2,'占比重為98.6%','占比重為96.8%','2018 two-trade share 98.6 → 96.8')
S.rel('share', I, sub(lwsh, lb, '98.6%', '96.8%'), '111.72/113.26 = 98.6% ≠ 96.8')
lc = S.alt(LW18,3,'0.4:20.9:77.7','0.4:21.9:77.7','2018 structure 20.9 → 21.9')
S.rel('sum', I, [(lc,'0.4','0.4:21.9:77.7'),(lc,'21.9','0.4:21.9:77.7'),(lc,'77.7','0.4:21.9:77.7')], '0.4 + 21.9 + 77.7 = 101.0 ≠ 100')

# ---- a 高新区 2017 (traditional)
gx = [('1931.3','高技術(shù)領(lǐng)域營(yíng)業(yè)收入 1931.3 億元,占全部營(yíng)業(yè)收入的90.9%','90.9%'),
      ('1439.6','新材料領(lǐng)域?qū)崿F(xiàn)營(yíng)業(yè)收入 1439.6 億元,占全部營(yíng)業(yè)收入的 67.8%','67.8%'),
      ('182.5','生物、醫(yī)藥技術(shù)領(lǐng)域?qū)崿F(xiàn)營(yíng)業(yè)收入 182.5 億元,占全部營(yíng)業(yè)收入的 8.6%','8.6%'),
      ('56.7','光機(jī)電一體化領(lǐng)域?qū)崿F(xiàn)營(yíng)業(yè)收入 56.7 億元,占全部營(yíng)業(yè)收入的 2.7%','2.7%'),
      ('41.4','電子與信息領(lǐng)域?qū)崿F(xiàn)營(yíng)業(yè)收入 41.4 億元,占全部營(yíng)業(yè)收入的 1.9%','1.9%')]
gxt = (GX17,'2124.3','營(yíng)業(yè)收入 2124.3 億元')
for v,a,p in gx:
    S.rel('share', C, [(GX17,v,a),gxt,(GX17,p,a)], f'{v}/2124.3 = {float(v)/2124.3*100:.2f}% ⇒ {p}')
S.rel('sum', U, [(GX17,'1931.3',gx[0][1])]+[(GX17,v,a) for v,a,_ in gx[1:]], 'four fields add to 1720.2 < 1931.3: the 分領(lǐng)域 list is partial (other high-tech fields not listed)')
S.rel('share', U, [(GX17,'762','GDP762 億元'),gxt], 'GDP (value added) vs operating revenue: different indicators, no share')
ga1 = S.alt(GX17,1,'營(yíng)業(yè)收入 1439.6 億元','營(yíng)業(yè)收入 1493.6 億元','2017 new-materials revenue 1439.6 → 1493.6')
S.rel('share', I, [(ga1,'1493.6',gx[1][1].replace('1439.6','1493.6')),(ga1,)+gxt[1:],(ga1,'67.8%',gx[1][1].replace('1439.6','1493.6'))], '1493.6/2124.3 = 70.3% ≠ 67.8')
ga2 = S.alt(GX17,2,'占全部營(yíng)業(yè)收入的90.9%','占全部營(yíng)業(yè)收入的95.9%','2017 high-tech share 90.9 → 95.9')
S.rel('share', I, [(ga2,'1931.3',gx[0][1].replace('90.9%','95.9%')),(ga2,)+gxt[1:],(ga2,'95.9%',gx[0][1].replace('90.9%','95.9%'))], '1931.3/2124.3 = 90.9% ≠ 95.9')

# ---- 金坛 development zone (江苏) 2016–2018
jt = '分别完成国内生产总值236.3亿元、314.5亿元、365亿元,预计年均增长24.5%'
S.rel('growth', U, [(JT18,'236.3亿元',jt),(JT18,'365亿元',jt),(JT18,'24.5%',jt)], '(365/236.3)^(1/2) − 1 = 24.3%; the 年均 base year (2015, not stated) is unknown and figures are 预计: not checkable')
jt2 = '分别完成工业开票销售506亿元、639.4亿元、785亿元,预计年均增长27.9%'
S.rel('growth', U, [(JT18,'506亿元',jt2),(JT18,'785亿元',jt2),(JT18,'27.9%',jt2)], '506→785 over two years = 24.6%/yr ≠ 27.9: the average refers to an unstated base (three years from 2015); trap')
jt3 = '分别完成工业实际投入70.3亿元、93.8亿元、106亿元,预计年均增长17.4%'
S.rel('growth', U, [(JT18,'70.3亿元',jt3),(JT18,'106亿元',jt3),(JT18,'17.4%',jt3)], '70.3→106 = 22.8%/yr over two years ≠ 17.4; base year unstated; trap')

# ---- 山东 2022 report news (2021 results, 2022 targets)
sd = '第一产业增加值6029.03亿元,同比增长7.5%,两年平均增长5.1%;第二产业增加值33187.16亿元,同比增长7.2%,两年平均增长5.2%;第三产业增加值43878.71亿元,同比增长9.2%'
sds = [(SD22,'83095.9亿元','2021年山东生产总值为83095.9亿元'),(SD22,'6029.03亿元',sd),(SD22,'33187.16亿元',sd),(SD22,'43878.71亿元',sd)]
S.rel('sum', I, sds, 'as stored: 6029.03 + 33187.16 + 43878.71 = 83094.90 ≠ 83095.9 (off by 1.0, beyond rounding; the official tertiary figure is 43879.7, a slip in the news)')
sdg = sds + [(SD22,'增长8.3%','比上年增长8.3%'),(SD22,'增长7.5%','6029.03亿元,同比增长7.5%'),(SD22,'增长7.2%','33187.16亿元,同比增长7.2%'),(SD22,'增长9.2%','43878.71亿元,同比增长9.2%')]
S.rel('growth', C, sdg, 'weighted: 6029.03/1.075 + 33187.16/1.072 + 43878.71/1.092 = 76748.5; 83095.9/76748.5 = +8.27% ⇒ 8.3')
S.rel('growth', U, [(SD22,'增长8.3%','比上年增长8.3%'),(SD22,'5.9%','两年平均增长5.9%')], 'two-year average needs the 2020 rate, not stated (implied 3.5%): not checkable')
S.rel('target', U, [(SD22,'5.5%以上','地区生产总值增长5.5%以上'),(SD22,'增长8.3%','比上年增长8.3%')], 'target for 2022 vs result of 2021: different years')
S.rel('restatement', U, [(SD22,'5.2%','两年平均增长5.2%'),(SD18,'增长5.2%','规模以上工业增加值增长5.2%')], 'secondary two-year average 2020–21 vs industry growth 2018: different indicators and years')
sa = S.alt(SD22,1,'43878.71亿元','43879.71亿元','2021 tertiary 43878.71 → 43879.71')
S.rel('sum', C, sub(sds, sa, '43878.71', '43879.71'), 'altered copy: 6029.03 + 33187.16 + 43879.71 = 83095.90 = 83095.9 (the change repairs the stored slip)')
sb = S.alt(SD22,2,'同比增长9.2%','同比增长6.2%','2021 tertiary growth 9.2 → 6.2')
S.rel('growth', I, [(sb,t.replace('9.2%','6.2%'),a.replace('同比增长9.2%','同比增长6.2%')) for _,t,a in sdg], 'weighted with tertiary +6.2: 83095.9/77883.7 = +6.69% ≠ 8.3')
# ---- 山东 2018 result news
S.rel('growth', U, [(SD18,'75.5%','税收占比75.5%'),(SD18,'3个百分点','提高3个百分点')], 'tax share 75.5, up 3 points: the 2017 share is not stated')
S.rel('restatement', U, [(SD18,'增长7.7%','1.93万亿元,增长7.7%'),(NR23,'增长7.7%','货物进出口总额增长7.7%')], '山东 2018 trade +7.7 vs national 2022 goods trade +7.7: different regions and years')
S.rel('sum', U, [(SD18,'7.5%','分别增长7.5%和7.8%'),(SD18,'7.8%','分别增长7.5%和7.8%'),(SD18,'增长6.4%','比上年增长6.4%')], 'urban and rural income growth (both above GDP growth) with no all-resident rate or weights: nothing to check')

# ---- 贵州 2024 report news (2023 results)
gz1 = (GZ24,'4.9%','貴州去年GDP增長4.9%'); gz2=(GZ24,'4.9%','2023年貴州省地區生產總值增長4.9%'); gz3=(GZ24,'4.9%','全年地區生產總值增長4.9%')
S.rel('restatement', C, [gz1,gz2,gz3], '2023 GDP growth 4.9% in title, lead and report section')
gi1=(GZ24,'5.9%','規模以上工業增加值增長5.9%。省長'); gi2=(GZ24,'5.9%','規模以上工業增加值增長5.9%,工業經濟')
S.rel('restatement', C, [gi1,gi2], '2023 industry growth 5.9% stated twice')
S.rel('restatement', U, [gi2,(GZ24,'5.9%','社會消費品零售總額增長5.9%')], 'industry +5.9 and retail sales +5.9: different indicators')
S.rel('target', U, [(GZ24,'5.5%左右','預計全省地區生產總值增長5.5%左右'),gz3], '2024 target vs 2023 result: different years')
S.rel('target', U, [(GZ24,'45%以上','數字經濟占比達到45%以上'),(GZ24,'42%左右','數字經濟占比達42%左右')], 'digital-economy share target for 2024 (or later) vs 2023 result: target of one year vs result of another')
S.rel('sum', U, [(GZ24,'113%','分別恢復到2019年的113%、119%和105%'),(GZ24,'119%','分別恢復到2019年的113%、119%和105%'),(GZ24,'105%','分別恢復到2019年的113%、119%和105%')], 'recovery ratios (visits, revenue, spending per visitor) of one list are not parts of a whole: no sum; (119/113 = 105.3 ⇒ 105 is an identity of definitions, not keyed)')
gza = S.alt(GZ24,1,'全年地區生產總值增長4.9%','全年地區生產總值增長4.7%','report section GDP growth 4.9 → 4.7')
S.rel('restatement', I, [(gza,)+gz1[1:],(gza,'4.7%','全年地區生產總值增長4.7%')], '2023 GDP growth 4.9 in the title vs 4.7 in the report section')
gzb = S.alt(GZ24,2,'規模以上工業增加值增長5.9%,工業經濟','規模以上工業增加值增長6.9%,工業經濟','industry growth 5.9 → 6.9 (second statement)')
S.rel('restatement', I, [(gzb,)+gi1[1:],(gzb,'6.9%','規模以上工業增加值增長6.9%,工業經濟')], 'industry growth 5.9 vs 6.9 for the same year')

# ---- 国家 2022 results / 2023 targets
n3a = (NR23,'增长3%','全年国内生产总值增长3%'); n3b=(NT23,'增長3%','全年國內生產總值增長3%')
S.rel('restatement', C, [n3a,n3b], '2022 GDP growth 3% in the 实录 and in the 新华社 digest')
S.rel('restatement', C, [(NR23,'1.37万亿斤','粮食产量1.37万亿斤'),(NT23,'1.3萬億斤','糧食產量連年穩定在1.3萬億斤以上')], 'grain 1.37万亿斤 in 2022 is consistent with 连年 above 1.3万亿斤')
S.rel('target', U, [(NT23,'5%左右','國內生產總值增長5%左右\n\n城鎮'),n3b], '2023 target vs 2022 result: different years')
S.rel('growth', U, [(NT23,'121萬億元','國內生產總值增加到121萬億元'),(NT23,'5.2%','五年年均增長5.2%')], 'five-year average real growth needs the 2017 level at constant prices, not stated')
S.rel('restatement', U, [(NR23,'1206万人','城镇新增就业1206万人'),(NT23,'1200萬人左右','城鎮新增就業1200萬人左右')], '2022 result 1206万 vs 2023 target 1200万左右: different years')
S.rel('restatement', U, [(NR23,'5.5%','失业率降到5.5%'),(SD22,'5.5%以上','地区生产总值增长5.5%以上')], 'unemployment rate 5.5% vs 山东 growth target 5.5%: unrelated equal numbers')
nta = S.alt(NT23,1,'全年國內生產總值增長3%','全年國內生產總值增長4%','digest 2022 GDP growth 3 → 4')
S.rel('restatement', I, [n3a,(nta,'增長4%','全年國內生產總值增長4%')], '2022 GDP growth 3% (实录) vs 4% (altered digest)')

# ---- 辽宁: 2025 targets, 2024 and 2025 results, 2026 targets
lt = '对地区生产总值增长5%以上、规模以上工业增加值增长4.5%以上、固定资产投资增长8%左右、社会消费品零售总额增长5%以上'
lr = (LN26,'增长3.7%','地区生产总值增长3.7%')
S.rel('target', MISS, [(LN25,'增长5%以上','对地区生产总值增长5%以上'),lr], '2025 target GDP +5%以上; 2025 result +3.7%: missed')
S.rel('target', MISS, [(LN25,'增长5%以上','社会消费品零售总额增长5%以上'),(LNN,'增长1.4%','社会消费品零售总额增长1.4%')], '2025 target retail sales +5%以上; 2025 result +1.4%: missed')
S.rel('target', MET, [(LN25,'47万人左右','城镇新增就业47万人左右'),(LN26,'48万人','城镇新增就业48万人,城镇和')], '2025 target 47万 new urban jobs; result 48万: met')
S.rel('target', CT, [(LN25,'居民人均可支配收入增长与经济增长基本同步','居民人均可支配收入增长与经济增长基本同步、粮食'),(LN26,'4.3%','分别增长4.3%、5.3%'),(LN26,'5.3%','分别增长4.3%、5.3%'),lr], 'income target “in step with growth”: urban 4.3 and rural 5.3 vs GDP 3.7, but the all-resident rate is not stated and “基本同步” has no threshold: cannot_tell')
S.rel('target', MET, [(LN25,'500亿斤左右','粮食产量500亿斤左右'),(LNN,'515.6亿斤','粮食产量515.6亿斤')], '2025 grain target about 50.0 bn jin; result 51.56: met (reached)')
S.rel('target', U, [(LN25,'增长5%以上','对地区生产总值增长5%以上'),(LN24,'增长5.1%','同比增长5.1%。生产')], '2025 target vs 2024 result: different years')
S.rel('target', U, [(LN25,'500亿斤左右','粮食产量500亿斤左右'),(LN24,'500.1亿斤','粮食总产量500.1亿斤')], '2025 grain target vs 2024 grain result: different years')
S.rel('restatement', C, [(LN26,'48万人','城镇新增就业48万人,城镇和'),(LNN,'48万人','城镇新增就业48万人\n\n城镇和')], '2025 new urban jobs 48万 in both news items')
S.rel('restatement', C, [(LN26,'4.3%','分别增长4.3%、5.3%,社会'),(LNN,'4.3%','分别增长4.3%、5.3%\n')], '2025 urban income growth 4.3% in both')
S.rel('restatement', C, [(LN26,'5.3%','分别增长4.3%、5.3%,社会'),(LNN,'5.3%','分别增长4.3%、5.3%\n')], '2025 rural income growth 5.3% in both')
S.rel('restatement', C, [(LN26,'4.5%左右','今年经济社会发展的主要预期目标是:地区生产总值增长4.5%左右'),(LNN,'4.5%左右','地区生产总值增长4.5%左右,')], '2026 GDP target 4.5%左右 in both')
S.rel('target', U, [(LNN,'4.5%左右','地区生产总值增长4.5%左右,'),lr], '2026 target vs 2025 result: different years')
S.rel('restatement', U, [(LN25,'增长4%','一般公共预算收入增长4%'),(LNN,'2.5%左右','一般公共预算收入增长2.5%左右')], 'budget revenue targets for 2025 and 2026: different years')
S.rel('sum', U, [(LN24,'下降0.5%','进出口总额同比下降0.5%'),(LN24,'增长6.8%','其中出口同比增长6.8%')], 'trade −0.5 with exports +6.8: imports not stated, no levels; nothing to check')
S.rel('restatement', U, [(LN24,'增长4%','社会消费品零售总额同比增长4%'),(LN25,'增长4%','一般公共预算收入增长4%')], '2024 retail result +4 vs 2025 budget revenue target +4: different indicators and years')
lna = S.alt(LN25,1,'对地区生产总值增长5%以上','对地区生产总值增长3%以上','2025 GDP target 5%以上 → 3%以上')
S.rel('target', MET, [(lna,'增长3%以上','对地区生产总值增长3%以上'),lr], 'altered: target +3%以上, result +3.7: met')
lnb = S.alt(LN26,1,'地区生产总值增长3.7%','地区生产总值增长5.7%','2025 GDP growth 3.7 → 5.7')
S.rel('target', MET, [(LN25,'增长5%以上','对地区生产总值增长5%以上'),(lnb,'增长5.7%','地区生产总值增长5.7%')], 'altered: result 5.7 ≥ 5: met')
lnc = S.alt(LNN,1,'社会消费品零售总额增长1.4%','社会消费品零售总额增长5.4%','2025 retail growth 1.4 → 5.4')
S.rel('target', MET, [(LN25,'增长5%以上','社会消费品零售总额增长5%以上'),(lnc,'增长5.4%','社会消费品零售总额增长5.4%')], 'altered: retail +5.4 ≥ 5: met')
lnd = S.alt(LNN,2,'城镇新增就业48万人\n\n城镇和','城镇新增就业46万人\n\n城镇和','2025 new urban jobs 48 → 46 (辽宁日报 item)')
S.rel('restatement', I, [(LN26,'48万人','城镇新增就业48万人,城镇和'),(lnd,'46万人','城镇新增就业46万人\n\n城镇和')], '2025 new urban jobs 48万 vs 46万')
lne = S.alt(LNN,3,'粮食产量515.6亿斤','粮食产量495.6亿斤','2025 grain 515.6 → 495.6')
S.rel('target', MISS, [(LN25,'500亿斤左右','粮食产量500亿斤左右'),(lne,'495.6亿斤','粮食产量495.6亿斤')], 'altered: 495.6 < 500 (a level target about 500; below it by 0.9%): missed on the ≥ reading')
S.write()

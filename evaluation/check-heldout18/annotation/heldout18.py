from build import Split
S = Split('heldout18'); C,I,U,CT='consistent','inconsistent','unrelated','cannot_tell'; MET,MISS='met','missed'
HN='henan_2022_tjgb_news.txt'; HH='huaihua_county_2023_tjgb_hant.txt'; HLJ='heilongjiang_2022q1_news.txt'; DD='dedu_county_chronicle.txt'
GS='gansu_city_1998_tjgb_hant.txt'; DS='dangshan_1999_tjgb.txt'; CQ19='chongqing_2019h1_news.txt'; CQ21='chongqing_2021h1_news.txt'
YN12='yunnan_2012_report_news_hant.txt'; YN13='yunnan_2012_result_news.txt'; YN19='yunnan_2019_report_news.txt'; YN21='yunnan_2021_report_news.txt'
ZZT='zhengzhou_2023_targets_news.txt'; ZZR='zhengzhou_2023_results_page.txt'
JX15='jiangxi_2015_news.txt'; JX16='jiangxi_2016_plan_hant.txt'; JX19='jiangxi_2019_news.txt'; JX20R='jiangxi_2020_report_hant.txt'; JX20='jiangxi_2020_tjgb.txt'
SH='shanghai_2022h1_table_hant.txt'; HB='hebei_counties_2023h1_hant.txt'; DYW='dayawan_2020_zone.txt'; KFQ='kaifaqu_2004h1_news.txt'

def sub(figs, doc, old, new):
    """the same figures on an altered copy: text and anchor with old→new"""
    return [(doc, t.replace(old, new), a.replace(old, new)) for _, t, a in figs]

# ---------------- 河南 2022 bulletin (news)
hn_sec = '第一产业增加值5817.78亿元,增长4.8%;第二产业增加值25465.04亿元,增长4.1%;第三产业增加值30062.23亿元,增长2.0%'
hn_gdp = ('61345.05亿元','全年全省地区生产总值61345.05亿元'); hn_st = '三次产业结构为9.5∶41.5∶49.0'
hn_s = [(HN,)+hn_gdp,(HN,'5817.78亿元',hn_sec),(HN,'25465.04亿元',hn_sec),(HN,'30062.23亿元',hn_sec)]
S.rel('sum', C, hn_s, '5817.78 + 25465.04 + 30062.23 = 61345.05')
S.rel('sum', C, [(HN,'9.5',hn_st),(HN,'41.5',hn_st),(HN,'49.0',hn_st)], 'structure 9.5 + 41.5 + 49.0 = 100')
S.rel('share', C, [(HN,'25465.04亿元',hn_sec),(HN,)+hn_gdp,(HN,'41.5',hn_st)], '25465.04/61345.05 = 41.51% ⇒ 41.5')
hn_g = [(HN,)+hn_gdp,(HN,'增长3.1%','比上年增长3.1%'),(HN,'5817.78亿元',hn_sec),(HN,'增长4.8%','5817.78亿元,增长4.8%'),(HN,'25465.04亿元',hn_sec),(HN,'增长4.1%','25465.04亿元,增长4.1%'),(HN,'30062.23亿元',hn_sec),(HN,'增长2.0%','30062.23亿元,增长2.0%')]
S.rel('growth', C, hn_g, 'weighted: 5817.78/1.048 + 25465.04/1.041 + 30062.23/1.020 = 59486.4; 61345.05/59486.4 = +3.12% ⇒ 3.1')
hn_gr = [(HN,'6789.37万吨','粮食产量6789.37万吨'),(HN,'3813.05万吨','夏粮产量3813.05万吨'),(HN,'2976.32万吨','秋粮产量2976.32万吨')]
S.rel('sum', C, hn_gr, 'summer + autumn grain = grain: 3813.05 + 2976.32 = 6789.37')
S.rel('growth', C, [(HN,'6789.37万吨','粮食产量6789.37万吨'),(HN,'245.17万吨','比上年增加245.17万吨'),(HN,'增产3.7%','245.17万吨,增产3.7%')], '245.17/(6789.37 − 245.17) = 3.75% ⇒ 3.7 (3.746)')
S.rel('rate', C, [(HN,'38484元','城镇居民人均可支配收入38484元'),(HN,'18697元','农村居民人均可支配收入18697元'),(HN,'2.06','比值为2.06')], 'urban/rural income ratio 38484/18697 = 2.058 ⇒ 2.06')
S.rel('sum', U, [(HN,'10778.35千公顷','粮食种植面积10778.35千公顷'),(HN,'5682.45千公顷','小麦种植面积5682.45千公顷'),(HN,'3857.52千公顷','玉米种植面积3857.52千公顷')], 'wheat + maize (9539.97) < grain area 10778.35: rice, beans, tubers are not listed; a partial list')
S.rel('sum', U, [(HN,'28222元','居民人均可支配收入28222元'),(HN,'38484元','城镇居民人均可支配收入38484元'),(HN,'18697元','农村居民人均可支配收入18697元')], 'the all-resident average lies between urban and rural; the population weights are not stated: nothing to check')
S.rel('restatement', U, [(HN,'增产0.3%','夏粮产量3813.05万吨,增产0.3%'),(HN,'增产0.3%','小麦产量3812.71万吨,增产0.3%')], 'summer grain +0.3% and wheat +0.3%: different indicators (3813.05 vs 3812.71) with equal rates')
hna = S.alt(HN,1,'第二产业增加值25465.04亿元','第二产业增加值25456.04亿元','2022 secondary 25465.04 → 25456.04')
S.rel('sum', I, sub(hn_s, hna, '25465.04', '25456.04'), '5817.78 + 25456.04 + 30062.23 = 61336.05 ≠ 61345.05')
hnb = S.alt(HN,2,'三次产业结构为9.5∶41.5∶49.0','三次产业结构为9.5∶42.5∶49.0','2022 secondary share 41.5 → 42.5')
S.rel('sum', I, [(hnb,'9.5',hn_st.replace('41.5','42.5')),(hnb,'42.5',hn_st.replace('41.5','42.5')),(hnb,'49.0',hn_st.replace('41.5','42.5'))], '9.5 + 42.5 + 49.0 = 101 ≠ 100')
S.rel('share', I, [(hnb,'25465.04亿元',hn_sec),(hnb,)+hn_gdp,(hnb,'42.5',hn_st.replace('41.5','42.5'))], '25465.04/61345.05 = 41.5% ≠ 42.5')
hnc = S.alt(HN,3,'比值为2.06','比值为2.60','2022 income ratio 2.06 → 2.60')
S.rel('rate', I, [(hnc,'38484元','城镇居民人均可支配收入38484元'),(hnc,'18697元','农村居民人均可支配收入18697元'),(hnc,'2.60','比值为2.60')], '38484/18697 = 2.06 ≠ 2.60')

# ---------------- 怀化 county 2023 bulletin (traditional)
hh_sec = '第一產(chǎn)業(yè)實(shí)現(xiàn)增加值47.24億元,增長(zhǎng)2.8%;第二產(chǎn)業(yè)實(shí)現(xiàn)增加值61.77億元,增長(zhǎng)5.2%;第三產(chǎn)業(yè)實(shí)現(xiàn)增加值112.22億元,增長(zhǎng)5.8%'
hh_gdp = ('221.23億元','(GDP)221.23億元'); hh_st = '調(diào)整為21.35%、27.92%和50.73%'; hh_st0 = '由上年的22.26%、28.63%和49.11%'
hh_s = [(HH,)+hh_gdp,(HH,'47.24億元',hh_sec),(HH,'61.77億元',hh_sec),(HH,'112.22億元',hh_sec)]
S.rel('sum', C, hh_s, '47.24 + 61.77 + 112.22 = 221.23')
S.rel('sum', C, [(HH,'21.35%',hh_st),(HH,'27.92%',hh_st),(HH,'50.73%',hh_st)], '2023 structure 21.35 + 27.92 + 50.73 = 100')
S.rel('share', C, [(HH,'112.22億元',hh_sec),(HH,)+hh_gdp,(HH,'50.73%',hh_st)], '112.22/221.23 = 50.725% ⇒ 50.73 (within the rounding of the levels)')
S.rel('growth', C, [(HH,)+hh_gdp,(HH,'增長(zhǎng)5.0%','比上年同期增長(zhǎng)5.0%'),(HH,'47.24億元',hh_sec),(HH,'增長(zhǎng)2.8%',hh_sec),(HH,'61.77億元',hh_sec),(HH,'增長(zhǎng)5.2%',hh_sec),(HH,'112.22億元',hh_sec),(HH,'增長(zhǎng)5.8%',hh_sec)],
      'weighted: 47.24/1.028 + 61.77/1.052 + 112.22/1.058 = 210.74; 221.23/210.74 = +4.98% ⇒ 5.0')
hh_ag = [(HH,'81.10億元','農(nóng)林牧漁業(yè)總產(chǎn)值81.10億元'),(HH,'45.36億元','農(nóng)業(yè)產(chǎn)值45.36億元'),(HH,'5.04億元','林業(yè)產(chǎn)值5.04億元'),(HH,'26.47億元','畜牧業(yè)產(chǎn)值26.47億元'),(HH,'2.09億元','漁業(yè)產(chǎn)值2.09億元'),(HH,'2.15億元','農(nóng)業(yè)服務(wù)業(yè)產(chǎn)值2.15億元')]
S.rel('sum', C, hh_ag, 'the five branches add to 81.11 ≈ 81.10 (rounding of the terms)')
S.rel('rate', U, [(HH,)+hh_gdp,(HH,'29883.8元','人均GDP為29883.8元')], 'per-capita GDP needs the (average) population, not stated: nothing to check')
hha = S.alt(HH,1,'第三產(chǎn)業(yè)實(shí)現(xiàn)增加值112.22億元','第三產(chǎn)業(yè)實(shí)現(xiàn)增加值121.22億元','2023 tertiary 112.22 → 121.22')
hha_sec = hh_sec.replace('112.22','121.22')
S.rel('sum', I, [(hha,)+hh_gdp,(hha,'47.24億元',hha_sec),(hha,'61.77億元',hha_sec),(hha,'121.22億元',hha_sec)], '47.24 + 61.77 + 121.22 = 230.23 ≠ 221.23')
S.rel('share', I, [(hha,'121.22億元',hha_sec),(hha,)+hh_gdp,(hha,'50.73%',hh_st)], '121.22/221.23 = 54.79% ≠ 50.73')

# ---------------- 黑龙江 2022 Q1 news
hl_sec = '第一产业增加值124亿元,增长6.3%,高于全国0.3个百分点,第二产业增加值1101.9亿元,增长6.1%,高于全国0.3个百分点,第三产业增加值1750.7亿元,增长5.0%'
hl_gdp = ('2976.6亿元','地区生产总值为2976.6亿元')
S.rel('sum', C, [(HLJ,)+hl_gdp,(HLJ,'124亿元',hl_sec),(HLJ,'1101.9亿元',hl_sec),(HLJ,'1750.7亿元',hl_sec)], 'Q1 2022: 124 + 1101.9 + 1750.7 = 2976.6')
S.rel('growth', C, [(HLJ,)+hl_gdp,(HLJ,'增长5.4%','2976.6亿元,同比增长5.4%'),(HLJ,'124亿元',hl_sec),(HLJ,'增长6.3%',hl_sec),(HLJ,'1101.9亿元',hl_sec),(HLJ,'增长6.1%',hl_sec),(HLJ,'1750.7亿元',hl_sec),(HLJ,'增长5.0%',hl_sec)],
      'weighted: 124/1.063 + 1101.9/1.061 + 1750.7/1.050 = 2822.5; 2976.6/2822.5 = +5.46% vs 5.4 (within the allowance)')
S.rel('restatement', U, [(HLJ,'0.3个百分点','增长6.3%,高于全国0.3个百分点'),(HLJ,'0.3个百分点','增长6.1%,高于全国0.3个百分点')], 'primary and secondary industry both 0.3 points above their national rates: different indicators, equal gaps')
hla = S.alt(HLJ,1,'第二产业增加值1101.9亿元','第二产业增加值1110.9亿元','Q1 2022 secondary 1101.9 → 1110.9')
hla_sec = hl_sec.replace('1101.9','1110.9')
S.rel('sum', I, [(hla,)+hl_gdp,(hla,'124亿元',hla_sec),(hla,'1110.9亿元',hla_sec),(hla,'1750.7亿元',hla_sec)], '124 + 1110.9 + 1750.7 = 2985.6 ≠ 2976.6')

# ---------------- 德都县 (五大连池) chronicle: national income 1987–2000
dd1 = [(DD,'16267万元','由16267万元增长到20328万元'),(DD,'20328万元','由16267万元增长到20328万元'),(DD,'4061万元','增加了4061万元')]
S.rel('sum', C, dd1, '16267 + 4061 = 20328 (1987 → 1990)')
S.rel('growth', C, [(DD,'16267万元','由16267万元增长到20328万元'),(DD,'4061万元','增加了4061万元'),(DD,'24.96%','增长了24.96%')], '4061/16267 = 24.965% ⇒ 24.96 (truncated; within the rounding of the levels)')
S.rel('growth', C, [(DD,'625元','由每人625元增至802元'),(DD,'802元','由每人625元增至802元'),(DD,'177元','增加了177元'),(DD,'28.3%','增长了28.3%')], 'per capita 625 → 802: +177, 177/625 = 28.3%')
S.rel('growth', C, [(DD,'37196万元','由37196万元增至38848万元'),(DD,'38848万元','由37196万元增至38848万元'),(DD,'1652万元','增加1652万元'),(DD,'4.44%','增长了4.44%')], '1991 → 1995: 38848 − 37196 = 1652; 1652/37196 = 4.44%')
S.rel('sum', C, [(DD,'43523万元','为43523万元'),(DD,'667万元','下降667万元'),(DD,'40392万元','下降到40392万元'),(DD,'2464万元','下降了2464万元')], '1998 43523 − 667 = 42856 (1999); 42856 − 2464 = 40392 (2000)')
S.rel('growth', C, [(DD,'43523万元','为43523万元'),(DD,'667万元','下降667万元'),(DD,'2464万元','下降了2464万元'),(DD,'下降了5.75%','下降了5.75%')], '2464/42856 (1999 = 43523 − 667) = 5.75%')
S.rel('growth', C, [(DD,'2226元','1996年的2226元'),(DD,'2867元','2000年的2867元'),(DD,'641元','增加了641元'),(DD,'28.79%','增长了28.79%')], '2226 → 2867: +641; 641/2226 = 28.796% (stated 28.79: within the rounding of the levels)')
S.rel('growth', U, [(DD,'20328万元','由16267万元增长到20328万元'),(DD,'37196万元','由37196万元增至38848万元')], '1990 (20328, at 1980 prices per the heading) and 1991 (37196, at 1990 prices): a change of price base, not growth')
dda = S.alt(DD,1,'增加了4061万元','增加了4601万元','1987–1990 increment 4061 → 4601')
S.rel('sum', I, sub(dd1, dda, '4061万元', '4601万元'), '16267 + 4601 = 20868 ≠ 20328')
S.rel('growth', I, [(dda,'16267万元','由16267万元增长到20328万元'),(dda,'4601万元','增加了4601万元'),(dda,'24.96%','增长了24.96%')], '4601/16267 = 28.3% ≠ 24.96')
ddb = S.alt(DD,2,'下降了5.75%','下降了5.57%','2000 decline 5.75 → 5.57')
S.rel('growth', I, [(ddb,'43523万元','为43523万元'),(ddb,'667万元','下降667万元'),(ddb,'2464万元','下降了2464万元'),(ddb,'下降了5.57%','下降了5.57%')], '2464/42856 = 5.75% ≠ 5.57')

# ---------------- 甘肃 city 1998 bulletin (traditional)
gs_sec = '第一產(chǎn)業(yè)增加值5.06億元,增長(zhǎng)3.98%;第二產(chǎn)業(yè)增加值20.24億元,下降5.71%;第三產(chǎn)業(yè)增加值4.81億元'
gs_gdp = ('30.11億元','國(guó)內(nèi)生產(chǎn)總值30.11億元')
S.rel('sum', C, [(GS,)+gs_gdp,(GS,'5.06億元',gs_sec),(GS,'20.24億元',gs_sec),(GS,'4.81億元',gs_sec)], '1998: 5.06 + 20.24 + 4.81 = 30.11')
S.rel('growth', U, [(GS,'21.4萬噸','糧食總產(chǎn)量達(dá)21.4萬噸'),(GS,'7196噸','比上年增加7196噸')], 'an increment with no stated rate; 21.4万吨 is rounded to 1000 t, so the prior level (about 20.68万吨) is not checkable against anything stated')
gsa = S.alt(GS,1,'第二產(chǎn)業(yè)增加值20.24億元','第二產(chǎn)業(yè)增加值22.04億元','1998 secondary 20.24 → 22.04')
gsa_sec = gs_sec.replace('20.24','22.04')
S.rel('sum', I, [(gsa,)+gs_gdp,(gsa,'5.06億元',gsa_sec),(gsa,'22.04億元',gsa_sec),(gsa,'4.81億元',gsa_sec)], '5.06 + 22.04 + 4.81 = 31.91 ≠ 30.11')

# ---------------- 砀山县 1999 bulletin
ds_sec = '第一产业增加值13.4亿元,增长14.6%;第二产业增加值7.7亿元,下降11.3%;第三产业增加值8.2亿元'
ds_gdp = ('29.3亿元','全年国内生产总值29.3亿元'); ds_st = '三次产业结构调整为45.8:26.4:27.8'
S.rel('sum', C, [(DS,)+ds_gdp,(DS,'13.4亿元',ds_sec),(DS,'7.7亿元',ds_sec),(DS,'8.2亿元',ds_sec)], '13.4 + 7.7 + 8.2 = 29.3')
S.rel('sum', C, [(DS,'45.8',ds_st),(DS,'26.4',ds_st),(DS,'27.8',ds_st)], '45.8 + 26.4 + 27.8 = 100')
S.rel('share', C, [(DS,'13.4亿元',ds_sec),(DS,)+ds_gdp,(DS,'45.8',ds_st)], '13.4/29.3 = 45.7%; with levels rounded to 0.1亿 the share lies in 45.5–46.0: 45.8 fits')
S.rel('sum', U, [(DS,'7.7亿元',ds_sec),(DS,'5.8亿元','全部工业完成增加值5.8亿元')], 'industry 5.8 is part of the secondary industry 7.7; construction is not stated: nothing to add up')
dsa = S.alt(DS,1,'三次产业结构调整为45.8:26.4:27.8','三次产业结构调整为45.8:24.6:27.8','1999 secondary share 26.4 → 24.6')
dsa_st = ds_st.replace('26.4','24.6')
S.rel('sum', I, [(dsa,'45.8',dsa_st),(dsa,'24.6',dsa_st),(dsa,'27.8',dsa_st)], '45.8 + 24.6 + 27.8 = 98.2 ≠ 100')

# ---------------- 重庆 2019 H1 news
c19_sec = '第一产业实现增加值509.59亿元,增长4.1%;第二产业实现增加值4105.10亿元,增长6.5%;第三产业实现增加值5720.07亿元,增长6.1%'
c19_gdp = ('10334.76亿元','地区生产总值10334.76亿元')
S.rel('sum', C, [(CQ19,)+c19_gdp,(CQ19,'509.59亿元',c19_sec),(CQ19,'4105.10亿元',c19_sec),(CQ19,'5720.07亿元',c19_sec)], 'H1 2019: 509.59 + 4105.10 + 5720.07 = 10334.76')
S.rel('growth', C, [(CQ19,)+c19_gdp,(CQ19,'增长6.2%','按可比价格计算,同比增长6.2%'),(CQ19,'509.59亿元',c19_sec),(CQ19,'增长4.1%',c19_sec),(CQ19,'4105.10亿元',c19_sec),(CQ19,'增长6.5%',c19_sec),(CQ19,'5720.07亿元',c19_sec),(CQ19,'增长6.1%',c19_sec)],
      'weighted: 509.59/1.041 + 4105.10/1.065 + 5720.07/1.061 = 9735.3; 10334.76/9735.3 = +6.16% ⇒ 6.2')
S.rel('restatement', C, [(CQ19,'增长6.2%','重庆地区生产总值同比增长6.2%'),(CQ19,'增长6.2%','按可比价格计算,同比增长6.2%')], 'H1 GDP growth 6.2% in the headline and the body')
c19_ind = [(CQ19,'增长12.8%','工业战略性新兴产业增加值同比增长12.8%'),(CQ19,'7.8个百分点','增速高出全市规上工业7.8个百分点'),(CQ19,'增长5.0%','规上工业增加值增长5.0%')]
S.rel('growth', C, c19_ind, 'strategic emerging industries 12.8% = above-scale industry 5.0% + 7.8 points')
S.rel('rate', U, [(CQ19,'52.1%','贡献达52.1%'),(CQ19,'增长12.8%','工业战略性新兴产业增加值同比增长12.8%'),(CQ19,'增长5.0%','规上工业增加值增长5.0%')], 'a contribution of 52.1% needs the prior-year weight of the emerging industries, not stated')
c19a = S.alt(CQ19,1,'第三产业实现增加值5720.07亿元','第三产业实现增加值5702.07亿元','H1 2019 tertiary 5720.07 → 5702.07')
c19a_sec = c19_sec.replace('5720.07','5702.07')
S.rel('sum', I, [(c19a,)+c19_gdp,(c19a,'509.59亿元',c19a_sec),(c19a,'4105.10亿元',c19a_sec),(c19a,'5702.07亿元',c19a_sec)], '509.59 + 4105.10 + 5702.07 = 10316.76 ≠ 10334.76')
c19b = S.alt(CQ19,2,'增速高出全市规上工业7.8个百分点','增速高出全市规上工业8.7个百分点','emerging-industry gap 7.8 → 8.7 points')
S.rel('growth', I, sub(c19_ind, c19b, '7.8个百分点', '8.7个百分点'), '5.0 + 8.7 = 13.7 ≠ 12.8')

# ---------------- 重庆 2021 H1 news
c21_sec1 = '第一产业实现增加值684.53亿元,同比增长8.9%,两年平均增长5.6%'
c21_sec2 = '第二产业实现增加值5090.49亿元,同比增长13.2%,两年平均增长6.9%'
c21_sec3 = '第三产业实现增加值7128.39亿元,同比增长12.9%,两年平均增长6.5%'
c21_gdp = ('12903.41亿元','地区生产总值12903.41亿元')
S.rel('sum', C, [(CQ21,)+c21_gdp,(CQ21,'684.53亿元',c21_sec1),(CQ21,'5090.49亿元',c21_sec2),(CQ21,'7128.39亿元',c21_sec3)], 'H1 2021: 684.53 + 5090.49 + 7128.39 = 12903.41')
S.rel('growth', C, [(CQ21,)+c21_gdp,(CQ21,'增长12.8%','12903.41亿元,同比增长12.8%'),(CQ21,'684.53亿元',c21_sec1),(CQ21,'增长8.9%',c21_sec1),(CQ21,'5090.49亿元',c21_sec2),(CQ21,'增长13.2%',c21_sec2),(CQ21,'7128.39亿元',c21_sec3),(CQ21,'增长12.9%',c21_sec3)],
      'weighted: 684.53/1.089 + 5090.49/1.132 + 7128.39/1.129 = 11439.4; 12903.41/11439.4 = +12.80%')
S.rel('growth', C, [(CQ21,)+c21_gdp,(CQ21,'增长6.6%','两年平均增长6.6%,两年平均增速'),(CQ21,'684.53亿元',c21_sec1),(CQ21,'增长5.6%',c21_sec1),(CQ21,'5090.49亿元',c21_sec2),(CQ21,'增长6.9%',c21_sec2),(CQ21,'7128.39亿元',c21_sec3),(CQ21,'增长6.5%',c21_sec3)],
      'two-year averages: 2019 H1 base = 684.53/1.056² + 5090.49/1.069² + 7128.39/1.065² = 11353.2; (12903.41/11353.2)^½ = 1.0661 ⇒ 6.6% a year')
c21_ht = [(CQ21,'31.9%','分别增长31.9%和30.1%'),(CQ21,'12.9','高于全市规上工业12.9和11.1个百分点'),(CQ21,'增长19.0%','规模以上工业增加值同比增长19.0%')]
S.rel('growth', C, c21_ht, 'high-tech manufacturing 31.9% = above-scale industry 19.0% + 12.9 points')
S.rel('sum', U, [(CQ21,'19.4%','分别占规上工业增加值的19.4%和28.9%'),(CQ21,'28.9%','分别占规上工业增加值的19.4%和28.9%')], 'high-tech manufacturing and strategic emerging manufacturing overlap: their shares are not parts of one split')
S.rel('growth', U, [(CQ21,'增长12.8%','12903.41亿元,同比增长12.8%'),(CQ21,'增长6.6%','两年平均增长6.6%,两年平均增速')], '12.8% (2021 H1 on 2020 H1) and 6.6% (two-year average on 2019 H1): checking one against the other needs the 2020 H1 growth, not stated')
c21b = S.alt(CQ21,1,'分别增长31.9%和30.1%','分别增长33.9%和30.1%','high-tech manufacturing growth 31.9 → 33.9')
S.rel('growth', I, sub(c21_ht, c21b, '31.9%', '33.9%'), '19.0 + 12.9 = 31.9 ≠ 33.9')

# ---------------- 云南 2012 target (traditional news), 2012 result, 2018/2019 report news, 2020 result news
yn12_t = ('增長12%以上','全年生產總值增長12%以上'); yn13_r = ('增长13.0%','比上年增长13.0%')
S.rel('target', MET, [(YN12,)+yn12_t,(YN13,)+yn13_r], '2012 GDP target 12%以上, result 13.0%')
S.rel('target', MET, [(YN12,'一萬億元','力爭GDP首次突破一萬億元'),(YN13,'10309.8亿元','达10309.8亿元')], '2012 target: GDP over 1万亿 (力争); result 10309.8亿')
S.rel('restatement', C, [(YN13,'13%','云南2012年GDP增速13%居全国第四 GDP'),(YN13,'增长13.0%','比上年增长13.0%')], '2012 growth 13% (headline) and 13.0% (body)')
S.rel('growth', U, [(YN12,'8750.95億元','生產總值8750.95億元'),(YN13,'10309.8亿元','达10309.8亿元'),(YN13,'增长13.0%','比上年增长13.0%')], '8750.95 → 10309.8 is +17.8% at current prices; 13.0% is real growth: nothing to check')
S.rel('restatement', U, [(YN12,'增長13.7%','同比增長13.7%'),(YN13,'增长13.0%','比上年增长13.0%')], '13.7% is the 2011 growth, 13.0% the 2012 growth: different years')
yn12a = S.alt(YN12,1,'全年生產總值增長12%以上','全年生產總值增長14%以上','2012 GDP target 12%以上 → 14%以上')
S.rel('target', MISS, [(yn12a,'增長14%以上','全年生產總值增長14%以上'),(YN13,)+yn13_r], 'altered target 14%以上, result 13.0%: missed')
yn13a = S.alt(YN13,1,'比上年增长13.0%','比上年增长11.0%','2012 growth in the body 13.0 → 11.0')
S.rel('target', MISS, [(YN12,)+yn12_t,(yn13a,'增长11.0%','比上年增长11.0%')], 'target 12%以上, altered result 11.0%: missed')
S.rel('restatement', I, [(yn13a,'13%','云南2012年GDP增速13%居全国第四 GDP'),(yn13a,'增长11.0%','比上年增长11.0%')], 'headline 13% vs altered body 11.0%')
yn18_t = ('增长8.5%','提出的当年地区生产总值增长8.5%的目标')
S.rel('target', MET, [(YN19,)+yn18_t,(YN19,'增长8.9%','云南省2018年地区生产总值增长8.9%')], '2018 GDP target 8.5%, result 8.9% (the text itself says 实现并超过)')
S.rel('restatement', C, [(YN19,'增长8.9%','云南省2018年地区生产总值增长8.9%'),(YN19,'增长8.9%','实现地区生产总值增长8.9%'),(YN19,'增长8.9%','会议透露,2018年云南省地区生产总值增长8.9%')], '2018 GDP growth 8.9% stated three times')
S.rel('target', U, [(YN19,'增长8.5%左右','地区生产总值增长8.5%左右'),(YN21,'增长4%','2.45万亿元、增长4%')], '8.5%左右 is the 2019 target, 4% the 2020 result: a target of one year against the result of another')
S.rel('target', U, [(YN19,'增长12%左右','固定资产投资增长12%左右'),(YN21,'增长7.7%','固定资产投资增长7.7%')], '2019 investment target vs 2020 investment result: different years')
S.rel('restatement', U, [(YN19,'增长8.5%','提出的当年地区生产总值增长8.5%的目标'),(YN19,'增长8.5%左右','地区生产总值增长8.5%左右')], '8.5% is the 2018 target, 8.5%左右 the 2019 target: different years')
yn19a = S.alt(YN19,1,'当年地区生产总值增长8.5%的目标','当年地区生产总值增长9.5%的目标','2018 GDP target 8.5 → 9.5')
S.rel('target', MISS, [(yn19a,'增长9.5%','提出的当年地区生产总值增长9.5%的目标'),(yn19a,'增长8.9%','云南省2018年地区生产总值增长8.9%')], 'altered 2018 target 9.5%, result 8.9%: missed (the copy still says 实现并超过)')

# ---------------- 郑州 2023 target news and results page
zz_t = ('增长7%','主要预期目标是:生产总值增长7%')
S.rel('restatement', C, [(ZZT,'7%','GDP增速目标便是7%'),(ZZT,)+zz_t], '郑州 2023 GDP target 7% in the lead and in the target list')
S.rel('target', MET, [(ZZT,)+zz_t,(ZZR,'增长7.4%','同比增长7.4%')], '郑州 2023 GDP target 7%, result 7.4%')
S.rel('target', U, [(ZZT,'6.5%','增速目标明确为6.5%'),(ZZR,'增长7.4%','同比增长7.4%')], '6.5% is 安阳’s 2023 target, 7.4% 郑州’s result: different cities')
S.rel('sum', C, [(ZZR,'1.4','结构为1.4:40.0:58.6'),(ZZR,'40.0','结构为1.4:40.0:58.6'),(ZZR,'58.6','结构为1.4:40.0:58.6')], '1.4 + 40.0 + 58.6 = 100')
S.rel('target', U, [(ZZT,'7.5%','较上年7.5%的目标'),(ZZR,'增长7.4%','同比增长7.4%')], '7.5% is 安阳’s 2022 target; 7.4% is 郑州’s 2023 result: different city and year')
zza = S.alt(ZZT,1,'主要预期目标是:生产总值增长7%','主要预期目标是:生产总值增长8%','郑州 2023 GDP target 7 → 8')
S.rel('target', MISS, [(zza,'增长8%','主要预期目标是:生产总值增长8%'),(ZZR,'增长7.4%','同比增长7.4%')], 'altered target 8%, result 7.4%: missed')
S.rel('restatement', I, [(zza,'7%','GDP增速目标便是7%'),(zza,'增长8%','主要预期目标是:生产总值增长8%')], 'lead 7% vs altered list 8%')

# ---------------- 江西 2015 news, 十三五 plan (traditional), 2019 news, 2020 report (traditional), 2020 bulletin
j15_st0 = '由上年的10.7∶52.5∶36.8'; j15_st = '调整为10.6∶50.8∶38.6'
S.rel('sum', C, [(JX15,'10.7',j15_st0),(JX15,'52.5',j15_st0),(JX15,'36.8',j15_st0)], '2014 structure 10.7 + 52.5 + 36.8 = 100')
S.rel('sum', C, [(JX15,'10.6',j15_st),(JX15,'50.8',j15_st),(JX15,'38.6',j15_st)], '2015 structure 10.6 + 50.8 + 38.6 = 100')
S.rel('share', C, [(JX15,'6463.5亿元','服务业增加值6463.5亿元'),(JX15,'16723.8亿元','生产总值16723.8亿元'),(JX15,'38.6',j15_st)], 'services 6463.5/16723.8 = 38.65% ⇒ 38.6')
S.rel('sum', C, [(JX15,'36.8',j15_st0),(JX15,'38.6',j15_st),(JX15,'1.8个百分点','GDP占比较上年提高1.8个百分点')], 'services share up 38.6 − 36.8 = 1.8 points')
j15a = S.alt(JX15,1,'调整为10.6∶50.8∶38.6','调整为10.6∶50.8∶36.8','2015 tertiary share 38.6 → 36.8')
j15a_st = j15_st.replace('38.6','36.8')
S.rel('sum', I, [(j15a,'10.6',j15a_st),(j15a,'50.8',j15a_st),(j15a,'36.8',j15a_st)], '10.6 + 50.8 + 36.8 = 98.2 ≠ 100')
S.rel('share', I, [(j15a,'6463.5亿元','服务业增加值6463.5亿元'),(j15a,'16723.8亿元','生产总值16723.8亿元'),(j15a,'36.8',j15a_st)], '6463.5/16723.8 = 38.6% ≠ 36.8')
S.rel('sum', I, [(j15a,'36.8',j15_st0),(j15a,'36.8',j15a_st),(j15a,'1.8个百分点','GDP占比较上年提高1.8个百分点')], '36.8 − 36.8 = 0 ≠ +1.8 points')
j16_t = ('2.6萬億元','到2020年將達到2.6萬億元')
S.rel('target', MISS, [(JX16,)+j16_t,(JX20,'25691.5 亿元','地区生产总值 25691.5 亿元')], '十三五 target: GDP 2.6万亿 in 2020; result 25691.5亿 (2.57万亿)')
S.rel('target', CT, [(JX16,'年均增長8.5%左右','設(shè)定為年均增長8.5%左右'),(JX20,'增长 3.8%','增长 3.8%。其中')], 'the 2016–2020 average-growth target needs the growth of each year; only 2020 (3.8%) is stated here: cannot tell')
S.rel('growth', U, [(JX15,'16723.8亿元','生产总值16723.8亿元'),(JX16,'年均增長8.5%左右','設(shè)定為年均增長8.5%左右'),(JX16,)+j16_t], '16723.8 × 1.085^5 = 25147 ≠ 2.6万亿, but 8.5% is real growth and 2.6万亿 a current-price level: nothing to check')
j16a = S.alt(JX16,1,'到2020年將達到2.6萬億元','到2020年將達到2.5萬億元','十三五 GDP level target 2.6 → 2.5万亿')
S.rel('target', MET, [(j16a,'2.5萬億元','到2020年將達到2.5萬億元'),(JX20,'25691.5 亿元','地区生产总值 25691.5 亿元')], 'altered target 2.5万亿, result 25691.5亿: met')
j19_sec = '第一产业增加值2057.6亿元,增长3.0%;第二产业增加值10939.8亿元,增长8.0%;第三产业增加值11760.1亿元,增长9.0%;三次产业结构为8.3:44.2:47.5'
j19_gdp = ('24757.5亿元','2019年江西省GDP为24757.5亿元')
j19_s = [(JX19,)+j19_gdp,(JX19,'2057.6亿元',j19_sec),(JX19,'10939.8亿元',j19_sec),(JX19,'11760.1亿元',j19_sec)]
S.rel('sum', C, j19_s, '2057.6 + 10939.8 + 11760.1 = 24757.5')
S.rel('sum', C, [(JX19,'8.3',j19_sec),(JX19,'44.2',j19_sec),(JX19,'47.5',j19_sec)], '8.3 + 44.2 + 47.5 = 100')
S.rel('growth', C, [(JX19,)+j19_gdp,(JX19,'增长8.0%','比上年增长8.0%'),(JX19,'2057.6亿元',j19_sec),(JX19,'增长3.0%',j19_sec),(JX19,'10939.8亿元',j19_sec),(JX19,'增长8.0%','10939.8亿元,增长8.0%'),(JX19,'11760.1亿元',j19_sec),(JX19,'增长9.0%',j19_sec)],
      'weighted: 2057.6/1.03 + 10939.8/1.08 + 11760.1/1.09 = 22916.2; 24757.5/22916.2 = +8.04% ⇒ 8.0')
S.rel('restatement', C, [(JX19,'增长8.0%','比上年增长8.0%'),(JX20R,'增長 8.0%','地區生產總值增長 8.0%')], '2019 GDP growth 8.0% in the 2019 summary and in the 2020 work report')
S.rel('restatement', U, [(JX19,'增长8.0%','比上年增长8.0%'),(JX19,'增长8.0%','10939.8亿元,增长8.0%')], 'GDP +8.0% and secondary industry +8.0%: different indicators, equal values')
S.rel('growth', U, [(JX19,)+j19_gdp,(JX20,'25691.5 亿元','地区生产总值 25691.5 亿元'),(JX20,'增长 3.8%','增长 3.8%。其中')], '24757.5 → 25691.5 is +3.77% at current prices; 3.8% is real growth: the near match is a coincidence, nothing to check')
j19a = S.alt(JX19,1,'第二产业增加值10939.8亿元','第二产业增加值10993.8亿元','2019 secondary 10939.8 → 10993.8')
S.rel('sum', I, sub(j19_s, j19a, '10939.8', '10993.8'), '2057.6 + 10993.8 + 11760.1 = 24811.5 ≠ 24757.5')
j20ra = S.alt(JX20R,1,'地區生產總值增長 8.0%','地區生產總值增長 8.6%','2019 GDP growth in the 2020 report 8.0 → 8.6')
S.rel('restatement', I, [(JX19,'增长8.0%','比上年增长8.0%'),(j20ra,'增長 8.6%','地區生產總值增長 8.6%')], '8.0% vs altered 8.6%')
j20_sec = '第一产业增加值 2241.6 亿元,增长 2.2%;第二产业增加 值 11084.8 亿元,增长 4.0%;第三产业增加值 12365.1 亿元,增长 4.0%'
j20_gdp = ('25691.5 亿元','地区生产总值 25691.5 亿元')
j20_s = [(JX20,)+j20_gdp,(JX20,'2241.6 亿元',j20_sec),(JX20,'11084.8 亿元',j20_sec),(JX20,'12365.1 亿元',j20_sec)]
S.rel('sum', C, j20_s, '2241.6 + 11084.8 + 12365.1 = 25691.5')
S.rel('growth', C, [(JX20,)+j20_gdp,(JX20,'增长 3.8%','增长 3.8%。其中'),(JX20,'2241.6 亿元',j20_sec),(JX20,'增长 2.2%',j20_sec),(JX20,'11084.8 亿元',j20_sec),(JX20,'增长 4.0%','11084.8 亿元,增长 4.0%'),(JX20,'12365.1 亿元',j20_sec),(JX20,'增长 4.0%','12365.1 亿元,增长 4.0%')],
      'weighted: 2241.6/1.022 + 11084.8/1.040 + 12365.1/1.040 = 24741.3; 25691.5/24741.3 = +3.84% ⇒ 3.8')
j20_c = '贡献率分别为 5.0%、 52.1%和 43.0%'
S.rel('sum', C, [(JX20,'5.0%',j20_c),(JX20,'52.1%',j20_c),(JX20,'43.0%',j20_c)], 'contributions 5.0 + 52.1 + 43.0 = 100.1 ≈ 100 (rounding)')
j20a = S.alt(JX20,1,'第三产业增加值 12365.1 亿元','第三产业增加值 12635.1 亿元','2020 tertiary 12365.1 → 12635.1')
S.rel('sum', I, sub(j20_s, j20a, '12365.1', '12635.1'), '2241.6 + 11084.8 + 12635.1 = 25961.5 ≠ 25691.5')

# ---------------- 上海 2022 H1 table (traditional)
sh_rows = lambda d: [(d,'19349.31','地區(qū)生產(chǎn)總值\n\n19349.31'),(d,'34.52','第一產(chǎn)業(yè)\n\n34.52'),(d,'4452.78','第二產(chǎn)業(yè)\n\n4452.78'),(d,'14862.01','第三產(chǎn)業(yè)\n\n14862.01')]
S.rel('sum', C, sh_rows(SH), 'H1 2022: 34.52 + 4452.78 + 14862.01 = 19349.31')
S.rel('growth', C, [(SH,'19349.31','地區(qū)生產(chǎn)總值\n\n19349.31'),(SH,'-5.7','19349.31\n\n-5.7'),(SH,'34.52','第一產(chǎn)業(yè)\n\n34.52'),(SH,'1.7','34.52\n\n1.7'),(SH,'4452.78','第二產(chǎn)業(yè)\n\n4452.78'),(SH,'-13.7','4452.78\n\n-13.7'),(SH,'14862.01','第三產(chǎn)業(yè)\n\n14862.01'),(SH,'-3.1','14862.01\n\n-3.1')],
      'weighted: 34.52/1.017 + 4452.78/0.863 + 14862.01/0.969 = 20531.1; 19349.31/20531.1 = −5.76% vs −5.7 (within the allowance)')
S.rel('sum', U, [(SH,'4452.78','第二產(chǎn)業(yè)\n\n4452.78'),(SH,'4217.11','4217.11'),(SH,'261.97','261.97')], 'industry (by trade) + construction = 4479.08 > secondary industry 4452.78: the industrial trades include activities (mining support services, metal and machinery repair) that the three-sector split puts in the tertiary industry; different groupings')
S.rel('sum', U, [(SH,'14862.01','第三產(chǎn)業(yè)\n\n14862.01'),(SH,'2187.82','2187.82'),(SH,'697.17','697.17'),(SH,'128.78','128.78'),(SH,'1819.13','1819.13'),(SH,'4125.33','4125.33'),(SH,'1662.30','1662.30'),(SH,'1273.20','1273.20')], 'the seven listed service trades add to 11893.73 < 14862.01: other services are not listed; a partial list')
sha = S.alt(SH,1,'第二產(chǎn)業(yè)\n\n4452.78','第二產(chǎn)業(yè)\n\n4425.78','H1 2022 secondary 4452.78 → 4425.78')
S.rel('sum', I, sub(sh_rows(sha), sha, '4452.78', '4425.78'), '34.52 + 4425.78 + 14862.01 = 19322.31 ≠ 19349.31')

# ---------------- 河北 118 counties 2023 H1 (traditional)
hb_tot = ('11268.4億元','全省118個縣(市)實現(xiàn)生產(chǎn)總值11268.4億元,同比')
hb_st = '比重占比為11.0∶39.0∶50.0'
hb_s = [(HB,)+hb_tot,(HB,'1238.2億元','第一產(chǎn)業(yè)增加值1238.2億元'),(HB,'4398.0億元','第二產(chǎn)業(yè)增加值4398.0億元'),(HB,'5632.2億元','第三產(chǎn)業(yè)增加值5632.2億元')]
S.rel('sum', C, hb_s, 'H1 2023, 118 counties: 1238.2 + 4398.0 + 5632.2 = 11268.4')
S.rel('sum', C, [(HB,'11.0',hb_st),(HB,'39.0',hb_st),(HB,'50.0',hb_st)], '11.0 + 39.0 + 50.0 = 100')
S.rel('share', C, [(HB,'4398.0億元','第二產(chǎn)業(yè)增加值4398.0億元'),(HB,)+hb_tot,(HB,'39.0',hb_st)], '4398.0/11268.4 = 39.03% ⇒ 39.0')
S.rel('growth', C, [(HB,)+hb_tot,(HB,'增長6.3%','同比增長6.3%'),(HB,'1238.2億元','第一產(chǎn)業(yè)增加值1238.2億元'),(HB,'增長4.3%','同比增長4.3%'),(HB,'4398.0億元','第二產(chǎn)業(yè)增加值4398.0億元'),(HB,'增長6.9%','同比增長6.9%'),(HB,'5632.2億元','第三產(chǎn)業(yè)增加值5632.2億元'),(HB,'增長6.4%','同比增長6.4%')],
      'weighted: 1238.2/1.043 + 4398.0/1.069 + 5632.2/1.064 = 10594.7; 11268.4/10594.7 = +6.36% vs 6.3 (within the allowance)')
S.rel('share', U, [(HB,)+hb_tot,(HB,'54.2%','比重為54.2%')], 'share of the provincial GDP: the provincial total is not stated here; nothing to check')
S.rel('restatement', U, [(HB,'0.5個百分點(diǎn)','4.3%,比全省平均水平快0.5個百分點(diǎn)'),(HB,'0.5個百分點(diǎn)','6.4%,比全省平均水平快0.5個百分點(diǎn)')], 'primary and tertiary both 0.5 points above the province: different indicators, equal gaps')
hbb = S.alt(HB,1,'比重占比為11.0∶39.0∶50.0','比重占比為11.0∶37.0∶50.0','county secondary share 39.0 → 37.0')
hbb_st = hb_st.replace('39.0','37.0')
S.rel('sum', I, [(hbb,'11.0',hbb_st),(hbb,'37.0',hbb_st),(hbb,'50.0',hbb_st)], '11.0 + 37.0 + 50.0 = 98 ≠ 100')
S.rel('share', I, [(hbb,'4398.0億元','第二產(chǎn)業(yè)增加值4398.0億元'),(hbb,)+hb_tot,(hbb,'37.0',hbb_st)], '4398.0/11268.4 = 39.0% ≠ 37.0')

# ---------------- 大亚湾 (economic and technological development zone) 2020
dy_sec = '第一产业增加值1.53亿元,增长10.7%;第二产业增加值473.8亿元,增长0.7%;第三产业增加值227.7亿元,增长6.9%'
dy_gdp = ('703.1亿元','全区生产总值703.1亿元'); dy_st = '比重分别为0.2:67.4:32.4'
dy_s = [(DYW,)+dy_gdp,(DYW,'1.53亿元',dy_sec),(DYW,'473.8亿元',dy_sec),(DYW,'227.7亿元',dy_sec)]
S.rel('sum', C, dy_s, '1.53 + 473.8 + 227.7 = 703.03 ≈ 703.1 (rounding of the terms)')
S.rel('sum', C, [(DYW,'0.2',dy_st),(DYW,'67.4',dy_st),(DYW,'32.4',dy_st)], '0.2 + 67.4 + 32.4 = 100')
S.rel('share', C, [(DYW,'473.8亿元',dy_sec),(DYW,)+dy_gdp,(DYW,'67.4',dy_st)], '473.8/703.1 = 67.39% ⇒ 67.4')
S.rel('restatement', U, [(DYW,'227.7亿元',dy_sec),(DYW,'227.7亿元','石化产业实现工业增加值227.7亿元')], 'tertiary value added 227.7 and petrochemical industrial value added 227.7: different indicators, equal values')
S.rel('sum', U, [(DYW,'441.0亿元','规模以上工业增加值441.0亿元'),(DYW,'227.7亿元','石化产业实现工业增加值227.7亿元'),(DYW,'129.6亿元','电子信息产业实现工业增加值129.6亿元'),(DYW,'43.5亿元','汽车零部件产业实现工业增加值43.5亿元')], 'the three pillar industries add to 400.8 < 441.0: other industries are not listed; a partial list')
S.rel('rate', U, [(DYW,'150.8%','贡献率为150.8%'),(DYW,'增长11.5%','129.6亿元,增长11.5%'),(DYW,'增长1.6%','441.0亿元,增长1.6%')], 'a contribution above 100% needs the prior-year levels of the industries (others fell), not stated')
dya = S.alt(DYW,1,'第二产业增加值473.8亿元','第二产业增加值437.8亿元','2020 secondary 473.8 → 437.8')
dya_sec = dy_sec.replace('473.8','437.8')
S.rel('sum', I, [(dya,)+dy_gdp,(dya,'1.53亿元',dya_sec),(dya,'437.8亿元',dya_sec),(dya,'227.7亿元',dya_sec)], '1.53 + 437.8 + 227.7 = 667.03 ≠ 703.1')
S.rel('share', I, [(dya,'437.8亿元',dya_sec),(dya,)+dy_gdp,(dya,'67.4',dy_st)], '437.8/703.1 = 62.3% ≠ 67.4')

# ---------------- 49 national development zones, H1 2004 (news)
kq_c = [(KFQ,'78.94亿美元','合同外资金额78.94亿美元'),(KFQ,'16.5%','61.7%、16.5%和48.5%'),(KFQ,'72.57亿美元','合同外资金额72.57亿美元'),(KFQ,'26.3%','62.6%、26.3%和50.6%'),(KFQ,'下降38.15%','同比下降38.15%')]
S.rel('growth', C, kq_c, 'contracted FDI: 49 zones 78.94 (+16.5%), eastern 33 zones 72.57 (+26.3%) ⇒ the other 16: 6.37 against 78.94/1.165 − 72.57/1.263 = 10.30 a year earlier: −38.2% ⇒ −38.15')
S.rel('sum', C, [(KFQ,'49个','中国49个国家级经济技术开发区'),(KFQ,'33家','东部沿海33家'),(KFQ,'16个','中西部16个')], 'zones: 33 eastern + 16 central and western = 49')
S.rel('growth', C, [(KFQ,'43.1%','同比依次增长43.1%'),(KFQ,'42.4%','6084.6亿元,工业增加值1664.55亿元,税收收入315.32亿元,出口247.13亿美元,进口259.65亿美元,合同外资金额72.57亿美元,外商实际投资50.32亿美元,同比分别增长42.4%'),(KFQ,'0.74','0.74和19.33个百分点')], 'industrial output: central/western 43.1% − eastern 42.4% = 0.7 ≈ 0.74 (gap from unrounded rates)')
S.rel('growth', C, [(KFQ,'35.5%','33.9%、35.5%'),(KFQ,'16.2%','37.1%、16.2%'),(KFQ,'19.33','0.74和19.33个百分点')], 'tax revenue: 35.5% − 16.2% = 19.3 ≈ 19.33')
S.rel('sum', U, [(KFQ,'6692.63亿元','工业总产值6692.63亿元'),(KFQ,'6084.6亿元','工业总产值6084.6亿元'),(KFQ,'1609.31亿元','工业总产值1609.31亿元')], 'the five zones with national-zone policy (苏州工业园区 …) are not among the 49: 6084.6 + 1609.31 > 6692.63 is no error')
S.rel('restatement', U, [(KFQ,'42.4%','分别比上年同期增长42.4%'),(KFQ,'42.4%','同比分别增长42.4%')], 'industrial output growth 42.4% of all 49 zones and of the 33 eastern zones: different subjects, equal values')
kqa = S.alt(KFQ,1,'同比下降38.15%','同比下降18.35%','central/western contracted FDI −38.15 → −18.35')
S.rel('growth', I, sub(kq_c, kqa, '下降38.15%', '下降18.35%'), 'implied −38.2% ≠ −18.35')
S.write()

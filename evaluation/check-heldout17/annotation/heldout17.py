from build import Split
S = Split('heldout17'); C,I,U,CT='consistent','inconsistent','unrelated','cannot_tell'; MET,MISS='met','missed'
NJ='nanjing_1988_tjgb.txt'; LY='longyou_2004_tjgb.txt'; LN8='liaoning_2008_tjgb.txt'; LN11='liaoning_2011_report.txt'
KH='kaifaqu_2006_hant.txt'; KN='kaifaqu_2006_news.txt'; HN10='hainan_2010_tjgb.txt'; HN14='hainan_2014h1_news.txt'; HN15='hainan_2015_tjgb.txt'
ALS='alashan_2020_tjgb_hant.txt'; GY='guyuan_2021_tjgb.txt'; GA='guangan_2021_hant.txt'; HB='hubei_county_2022_tjgb.txt'
SXD='shaanxi_district_2021_tjgb.txt'; SXN='shaanxi_2021_npc_news_hant.txt'
GD23='guangdong_2023_targets.txt'; GD24='guangdong_2024_report_news.txt'; GD25='guangdong_2025_report_hant.txt'; FJ='fujian_2022h1_news.txt'

def rep(figs, doc, old, new):
    """same figures on an altered copy: anchors with old→new"""
    return [(doc, t.replace(old, new) if t == old else t, a.replace(old, new)) for _, t, a in figs]

# ---------------- 南京 1988 bulletin
nj_h = ('119.3亿元','全年重工业总产值119.3亿元'); nj_l = ('55.7亿元','全年轻工业总产值55.7亿元')
nj_tot = ('175亿元','不包括村及村以下工业总产值为175亿元')
nj_sum = [(NJ,)+nj_tot,(NJ,)+nj_h,(NJ,)+nj_l]
S.rel('sum', C, nj_sum, 'heavy + light industry = output excluding village-level industry: 119.3 + 55.7 = 175.0 (the 68.2% share is on this 175 base)')
S.rel('share', C, [(NJ,)+nj_h,(NJ,)+nj_tot,(NJ,'68.2%','比重已上升到68.2%')], '119.3/175 = 68.17% ⇒ 68.2')
nj_gr = [(NJ,)+nj_tot,(NJ,'增长19.4%','175亿元,比上年增长19.4%'),(NJ,)+nj_h,(NJ,'增长23.6%','119.3亿元,比上年增长23.6%'),(NJ,)+nj_l,(NJ,'增长 11.4%','55.7亿元,比上年增长 11.4%')]
S.rel('growth', C, nj_gr, 'weighted: 119.3/1.236 + 55.7/1.114 = 146.52; 175/146.52 = +19.4%')
S.rel('sum', U, [(NJ,'190.4亿元','全市工业总产值190.4亿元'),(NJ,)+nj_h,(NJ,)+nj_l], '190.4 includes village-level industry; the heavy/light split is of the 175 scope: 119.3+55.7 ≠ 190.4 is no error')
S.rel('sum', U, [(NJ,'300亿元','全年完成社会总产值300亿元'),(NJ,'190.4亿元','全市工业总产值190.4亿元'),(NJ,'13.30亿元','农业总产值13.30亿元')], '社会总产值 also covers construction, transport and commerce: industry + agriculture (203.7) is a partial list of it; nothing to check')
nja = S.alt(NJ,1,'全年轻工业总产值55.7亿元','全年轻工业总产值65.7亿元','1988 light industry 55.7 → 65.7')
S.rel('sum', I, [(nja,)+nj_tot,(nja,)+nj_h,(nja,'65.7亿元','全年轻工业总产值65.7亿元')], '119.3 + 65.7 = 185.0 ≠ 175')
S.rel('growth', I, rep(nj_gr, nja, '55.7亿元', '65.7亿元') [:4] + [(nja,'65.7亿元','全年轻工业总产值65.7亿元'),(nja,'增长 11.4%','65.7亿元,比上年增长 11.4%')], 'weighted: 119.3/1.236 + 65.7/1.114 = 155.50; 175/155.50 = +12.5% ≠ 19.4')

# ---------------- 龙游县 2004 bulletin
ly_sec = '一产增加值6.60亿元,按可比价格计算,比上年增长5.7%;二产增加值21.62亿元,增长19.1%,其中,工业增加值17.33亿元,增长19.0%;三产增加值13.92亿元,增长15.8%'
ly_gdp = ('42.14亿元','全县实现生产总值42.14亿元')
ly_st = '调整为15.7:51.3:33.0'
S.rel('sum', C, [(LY,)+ly_gdp,(LY,'6.60亿元',ly_sec),(LY,'21.62亿元',ly_sec),(LY,'13.92亿元',ly_sec)], '6.60 + 21.62 + 13.92 = 42.14')
S.rel('sum', C, [(LY,'15.7',ly_st),(LY,'51.3',ly_st),(LY,'33.0',ly_st)], '2004 structure 15.7 + 51.3 + 33.0 = 100')
S.rel('sum', C, [(LY,'51.3',ly_st),(LY,'33.0',ly_st),(LY,'84.3%','提高到84.3%')], 'non-agricultural share = secondary + tertiary: 51.3 + 33.0 = 84.3')
S.rel('growth', C, [(LY,)+ly_gdp,(LY,'增长15.6%','按可比价格计算增长15.6%'),(LY,'6.60亿元',ly_sec),(LY,'增长5.7%','比上年增长5.7%'),(LY,'21.62亿元',ly_sec),(LY,'增长19.1%','21.62亿元,增长19.1%'),(LY,'13.92亿元',ly_sec),(LY,'增长15.8%','13.92亿元,增长15.8%')],
      'weighted: 6.60/1.057 + 21.62/1.191 + 13.92/1.158 = 36.42; 42.14/36.42 = +15.7% vs stated 15.6 (within the allowance for current-price weights)')
S.rel('growth', U, [(LY,)+ly_gdp,(LY,'7.04亿元','年增量7.04亿元'),(LY,'增长15.6%','按可比价格计算增长15.6%')], 'the increment 7.04 is at current prices (42.14/35.10 = +20.1%); 15.6% is at comparable prices: nothing to check')
S.rel('restatement', U, [(LY,'33.0',ly_st),(LY,'33.0%','分别达60.4%和33.0%')], 'tertiary share of GDP 33.0 and tertiary contribution to growth 33.0%: different indicators with equal values')
lya = S.alt(LY,1,'三产增加值13.92亿元','三产增加值13.29亿元','2004 tertiary 13.92 → 13.29')
S.rel('sum', I, [(lya,)+ly_gdp,(lya,'6.60亿元',ly_sec.replace('13.92','13.29')),(lya,'21.62亿元',ly_sec.replace('13.92','13.29')),(lya,'13.29亿元',ly_sec.replace('13.92','13.29'))], '6.60 + 21.62 + 13.29 = 41.51 ≠ 42.14')
lyb = S.alt(LY,2,'调整为15.7:51.3:33.0','调整为15.7:53.1:33.0','2004 secondary share 51.3 → 53.1')
lyb_st = '调整为15.7:53.1:33.0'
S.rel('sum', I, [(lyb,'15.7',lyb_st),(lyb,'53.1',lyb_st),(lyb,'33.0',lyb_st)], '15.7 + 53.1 + 33.0 = 101.8 ≠ 100')
S.rel('sum', I, [(lyb,'53.1',lyb_st),(lyb,'33.0',lyb_st),(lyb,'84.3%','提高到84.3%')], '53.1 + 33.0 = 86.1 ≠ 84.3 (non-agricultural share)')

# ---------------- 辽宁 2008 bulletin
ln_sec = '第一产业增加值1302.0亿元,增长6.3%;第二产业增加值7512.1亿元,增长15.5%;第三产业增加值4647.5亿元,增长11.2%'
ln_gdp = ('13461.6亿元','全年完成生产总值13461.6亿元')
S.rel('sum', C, [(LN8,)+ln_gdp,(LN8,'1302.0亿元',ln_sec),(LN8,'7512.1亿元',ln_sec),(LN8,'4647.5亿元',ln_sec)], '1302.0 + 7512.1 + 4647.5 = 13461.6')
ln_ag = [(LN8,'535.9亿元','全年农业增加值535.9亿元'),(LN8,'40.7亿元','林业增加值40.7亿元'),(LN8,'428.4亿元','牧业增加值428.4亿元'),(LN8,'247.3亿元','渔业增加值247.3亿元'),(LN8,'49.7亿元','农林牧渔服务业增加值49.7亿元')]
S.rel('sum', C, [(LN8,'1302.0亿元',ln_sec)] + ln_ag, 'farming + forestry + animal husbandry + fishery + services = primary industry: 535.9+40.7+428.4+247.3+49.7 = 1302.0')
S.rel('growth', C, [(LN8,)+ln_gdp,(LN8,'增长13.1%','比上年增长13.1%'),(LN8,'1302.0亿元',ln_sec),(LN8,'增长6.3%','1302.0亿元,增长6.3%'),(LN8,'7512.1亿元',ln_sec),(LN8,'增长15.5%','7512.1亿元,增长15.5%'),(LN8,'4647.5亿元',ln_sec),(LN8,'增长11.2%','4647.5亿元,增长11.2%')],
      'weighted: 1302.0/1.063 + 7512.1/1.155 + 4647.5/1.112 = 11908; 13461.6/11908 = +13.0% vs 13.1 (allowance)')
S.rel('sum', U, [(LN8,'376.0万吨','肉类总产量376.0万吨'),(LN8,'204.2万吨','猪肉产量204.2万吨'),(LN8,'40.5万吨','牛肉产量40.5万吨'),(LN8,'7.8万吨','羊肉产量7.8万吨'),(LN8,'116.3万吨','禽肉产量116.3万吨')], '其中 list: pork+beef+mutton+poultry = 368.8 < 376.0 (other meats not listed); not a full split')
ln8a = S.alt(LN8,1,'第二产业增加值7512.1亿元','第二产业增加值7521.1亿元','2008 secondary 7512.1 → 7521.1')
S.rel('sum', I, [(ln8a,)+ln_gdp,(ln8a,'1302.0亿元',ln_sec.replace('7512.1','7521.1')),(ln8a,'7521.1亿元',ln_sec.replace('7512.1','7521.1')),(ln8a,'4647.5亿元',ln_sec.replace('7512.1','7521.1'))], '1302.0 + 7521.1 + 4647.5 = 13470.6 ≠ 13461.6')
ln8b = S.alt(LN8,2,'牧业增加值428.4亿元','牧业增加值482.4亿元','2008 animal husbandry 428.4 → 482.4')
S.rel('sum', I, [(ln8b,'1302.0亿元',ln_sec)] + [(ln8b,t.replace('428.4','482.4'),a.replace('428.4','482.4')) for _,t,a in ln_ag], '535.9+40.7+482.4+247.3+49.7 = 1356.0 ≠ 1302.0')

# ---------------- 辽宁 2011 work report (十一五 review)
ln11_rev = ('2004.8亿元','去年达到2004.8亿元'); ln11_rg = ('年均增长24.3%','地方财政一般预算收入年均增长24.3%')
S.rel('growth', C, [(LN11,)+ln11_rg,(LN11,)+ln11_rev,(LN11,'3倍','是2005年的3倍')], 'local budget revenue: 1.243^5 = 2.97 ≈ 3倍 (2005 → 2010)')
S.rel('growth', U, [(LN11,'年均增长14%','全省地区生产总值年均增长14%'),(LN11,'18278亿元','去年达到18278亿元'),(LN11,'翻了一番多','比2005年翻了一番多')], '14% a year is real growth (1.14^5 = 1.93); 翻了一番多 compares current-price levels: nothing to check')
S.rel('growth', U, [(LN11,'年均增长30.5%','全社会固定资产投资年均增长30.5%'),(LN11,'5.1万亿元','累计达到5.1万亿元'),(LN11,'4.2倍','是“十五”的4.2倍')], 'cumulative five-year investment against the 十五 total: the yearly levels are not stated, 30.5% cannot be checked against 4.2倍')
S.rel('growth', U, [(LN8,'增长13.1%','比上年增长13.1%'),(LN11,'年均增长14%','全省地区生产总值年均增长14%')], 'the 2006–2010 average needs the growth of 2006, 2007, 2009 and 2010; one year (2008, 13.1%) says nothing')
S.rel('growth', U, [(LN8,)+ln_gdp,(LN11,'18278亿元','去年达到18278亿元'),(LN11,'年均增长14%','全省地区生产总值年均增长14%')], '13461.6 (2008) → 18278 (2010) is +35.8% at current prices over two years; real growth of 2009–2010 is in no text here')
ln11a = S.alt(LN11,1,'地方财政一般预算收入年均增长24.3%','地方财政一般预算收入年均增长14.3%','十一五 revenue average 24.3 → 14.3')
S.rel('growth', I, [(ln11a,'年均增长14.3%','地方财政一般预算收入年均增长14.3%'),(ln11a,)+ln11_rev,(ln11a,'3倍','是2005年的3倍')], '1.143^5 = 1.95 ≠ 3倍')

# ---------------- 国家级开发区 2006 (traditional) and news (simplified)
kh_tr = '進(jìn)出口總額2830.96億美元,同比增長25.69%'
kh_ex = '其中出口1492.33億美元,同比增長31.14%'
kh_im = '進(jìn)口1338.63億美元,同比增長20.13%'
kh_trade = [(KH,'2830.96億美元',kh_tr),(KH,'1492.33億美元',kh_ex),(KH,'1338.63億美元',kh_im)]
S.rel('sum', C, kh_trade, 'exports + imports = trade: 1492.33 + 1338.63 = 2830.96')
kh_g = [(KH,'2830.96億美元',kh_tr),(KH,'增長25.69%',kh_tr),(KH,'1492.33億美元',kh_ex),(KH,'增長31.14%',kh_ex),(KH,'1338.63億美元',kh_im),(KH,'增長20.13%',kh_im)]
S.rel('growth', C, kh_g, 'weighted: 1492.33/1.3114 + 1338.63/1.2013 = 2252.3; 2830.96/2252.3 = +25.69%')
S.rel('restatement', C, [(KH,'10136.90億元','GDP10136.90億元'),(KN,'10137亿元','gdp10137亿元')], '2006 GDP of the 54 zones: 10136.90 and 10137 (rounded)')
S.rel('restatement', C, [(KH,'1492.33億美元',kh_ex),(KN,'1492亿美元','出口1492亿美元')], 'exports 1492.33 and 1492 (rounded)')
S.rel('restatement', C, [(KH,'1338.63億美元',kh_im),(KN,'1339亿美元','进口1339亿美元')], 'imports 1338.63 and 1339 (rounded)')
S.rel('restatement', C, [(KH,'1570.02億元','稅收收入1570.02億元'),(KN,'1570亿元','税收收入1570亿元')], 'tax revenue 1570.02 and 1570')
S.rel('restatement', C, [(KH,'23.35%','比重為23.35%'),(KN,'23.3%','吸收了外商投资的23.3%')], 'share of national FDI 23.35% and 23.3% (within the rounding of a value near 23.35)')
S.rel('share', U, [(KN,'30219亿元','工业总产值30219亿元'),(KN,'7414亿元','工业增加值7414亿元'),(KH,'7414.24億元','工業(yè)增加值7414.24億元')], 'industrial gross output vs industrial value added: no share is stated between them (7414/30219 = 24.5% is a value-added rate, stated nowhere)')
kha = S.alt(KH,1,'進(jìn)口1338.63億美元','進(jìn)口1383.63億美元','2006 zone imports 1338.63 → 1383.63')
kha_im = kh_im.replace('1338.63','1383.63')
S.rel('sum', I, [(kha,'2830.96億美元',kh_tr),(kha,'1492.33億美元',kh_ex),(kha,'1383.63億美元',kha_im)], '1492.33 + 1383.63 = 2875.96 ≠ 2830.96')
S.rel('restatement', I, [(kha,'1383.63億美元',kha_im),(KN,'1339亿美元','进口1339亿美元')], 'imports 1383.63 (altered) vs 1339 in the news')
S.rel('growth', I, [(kha,'2830.96億美元',kh_tr),(kha,'增長25.69%',kh_tr),(kha,'1492.33億美元',kh_ex),(kha,'增長31.14%',kh_ex),(kha,'1383.63億美元',kha_im),(kha,'增長20.13%',kha_im)], 'weighted: 1492.33/1.3114 + 1383.63/1.2013 = 2289.8; 2830.96/2289.8 = +23.6% ≠ 25.69')
kna = S.alt(KN,1,'gdp10137亿元','gdp10173亿元','2006 zone GDP in the news 10137 → 10173')
S.rel('restatement', I, [(KH,'10136.90億元','GDP10136.90億元'),(kna,'10173亿元','gdp10173亿元')], '10136.90 vs 10173 (altered news)')

# ---------------- 海南 2010 bulletin
hn_sec = '第一产业增加值539.32亿元,增长6.3%;第二产业增加值566.55亿元,增长19.2%;第三产业增加值946.25亿元,增长19.6%'
hn_gdp = ('2052.12亿元','达到2052.12亿元')
S.rel('sum', C, [(HN10,)+hn_gdp,(HN10,'539.32亿元',hn_sec),(HN10,'566.55亿元',hn_sec),(HN10,'946.25亿元',hn_sec)], '539.32 + 566.55 + 946.25 = 2052.12')
hn_g = [(HN10,)+hn_gdp,(HN10,'增长15.8%','比上年增长15.8%'),(HN10,'539.32亿元',hn_sec),(HN10,'增长6.3%','539.32亿元,增长6.3%'),(HN10,'566.55亿元',hn_sec),(HN10,'增长19.2%','566.55亿元,增长19.2%'),(HN10,'946.25亿元',hn_sec),(HN10,'增长19.6%','946.25亿元,增长19.6%')]
S.rel('growth', C, hn_g, 'weighted: 539.32/1.063 + 566.55/1.192 + 946.25/1.196 = 1773.8; 2052.12/1773.8 = +15.7% vs 15.8 (allowance)')
S.rel('rate', U, [(HN10,'23644元','人均生产总值23644元'),(HN10,'3505美元','折算为3505美元')], '23644 元 = 3505 美元 implies 6.746 yuan per dollar; the text states no rate: nothing to check')
S.rel('growth', U, [(HN10,)+hn_gdp,(HN15,'3702.8亿元','(GDP)3702.8亿元'),(HN15,'增长7.8%','3702.8亿元,比上年增长7.8%')], '2052.12 (2010) → 3702.8 (2015) is a current-price rise over five years; 7.8% is the real growth of 2015 alone')
hna = S.alt(HN10,1,'第三产业增加值946.25亿元','第三产业增加值964.25亿元','2010 tertiary 946.25 → 964.25')
hna_sec = hn_sec.replace('946.25','964.25')
S.rel('sum', I, [(hna,)+hn_gdp,(hna,'539.32亿元',hna_sec),(hna,'566.55亿元',hna_sec),(hna,'964.25亿元',hna_sec)], '539.32 + 566.55 + 964.25 = 2070.12 ≠ 2052.12')
S.rel('growth', I, [(hna,)+hn_gdp,(hna,'增长15.8%','比上年增长15.8%'),(hna,'539.32亿元',hna_sec),(hna,'增长6.3%','539.32亿元,增长6.3%'),(hna,'566.55亿元',hna_sec),(hna,'增长19.2%','566.55亿元,增长19.2%'),(hna,'964.25亿元',hna_sec),(hna,'增长19.6%','964.25亿元,增长19.6%')],
      'weighted: 539.32/1.063 + 566.55/1.192 + 964.25/1.196 = 1788.9; 2052.12/1788.9 = +14.7% ≠ 15.8')

# ---------------- 海南 2014 H1 news
h14_sec = '第一产业增加值423.49亿元,增长5.0%;第二产业增加值445.81亿元,增长10.4%;第三产业增加值806.27亿元,增长8.0%'
S.rel('sum', C, [(HN14,'1675.57亿元','海南地区生产总值1675.57亿元'),(HN14,'423.49亿元',h14_sec),(HN14,'445.81亿元',h14_sec),(HN14,'806.27亿元',h14_sec)], 'H1 2014: 423.49 + 445.81 + 806.27 = 1675.57')
h14_inc = '全省常住居民人均可支配收入9055元,同比增长10.4%,扣除价格因素实际增长7.6%'
S.rel('growth', C, [(HN14,'增长10.4%',h14_inc),(HN14,'实际增长7.6%',h14_inc),(HN14,'上涨2.6%','居民消费价格同比上涨2.6%')], 'real = nominal deflated by CPI: 1.104/1.026 = 1.076 ⇒ 7.6%')
S.rel('restatement', U, [(HN14,'增长10.4%',h14_inc),(HN14,'增长10.4%','445.81亿元,增长10.4%')], 'per-capita disposable income +10.4% and secondary industry +10.4%: different indicators, equal values')
S.rel('sum', U, [(HN14,'9055元',h14_inc),(HN14,'12320元','城镇常住居民人均可支配收入12320元'),(HN14,'5612元','农村常住居民人均可支配收入5612元')], 'the all-resident average lies between urban and rural; the population weights are not stated: nothing to check')
h14a = S.alt(HN14,1,'第二产业增加值445.81亿元','第二产业增加值454.81亿元','H1 2014 secondary 445.81 → 454.81')
S.rel('sum', I, [(h14a,'1675.57亿元','海南地区生产总值1675.57亿元'),(h14a,'423.49亿元',h14_sec.replace('445.81','454.81')),(h14a,'454.81亿元',h14_sec.replace('445.81','454.81')),(h14a,'806.27亿元',h14_sec.replace('445.81','454.81'))], '423.49 + 454.81 + 806.27 = 1684.57 ≠ 1675.57')
h14b = S.alt(HN14,2,'扣除价格因素实际增长7.6%','扣除价格因素实际增长7.9%','H1 2014 real income growth 7.6 → 7.9')
S.rel('growth', I, [(h14b,'增长10.4%',h14_inc.replace('7.6%','7.9%')),(h14b,'实际增长7.9%',h14_inc.replace('7.6%','7.9%')),(h14b,'上涨2.6%','居民消费价格同比上涨2.6%')], '1.104/1.079 = 1.023: a price rise of 2.3% ≠ CPI 2.6%')

# ---------------- 海南 2015 bulletin
h15_sec = '第一产业增加值855.82亿元,增长5.3%;第二产业增加值875.13亿元,增长6.5%;第三产业增加值1971.81亿元,增长9.6%'
h15_gdp = ('3702.8亿元','(GDP)3702.8亿元'); h15_st = '比重分别为23.1:23.6:53.3'
S.rel('sum', C, [(HN15,)+h15_gdp,(HN15,'855.82亿元',h15_sec),(HN15,'875.13亿元',h15_sec),(HN15,'1971.81亿元',h15_sec)], '855.82 + 875.13 + 1971.81 = 3702.76 ≈ 3702.8')
S.rel('growth', C, [(HN15,)+h15_gdp,(HN15,'增长7.8%','3702.8亿元,比上年增长7.8%'),(HN15,'855.82亿元',h15_sec),(HN15,'增长5.3%','855.82亿元,增长5.3%'),(HN15,'875.13亿元',h15_sec),(HN15,'增长6.5%','875.13亿元,增长6.5%'),(HN15,'1971.81亿元',h15_sec),(HN15,'增长9.6%','1971.81亿元,增长9.6%')],
      'weighted: 855.82/1.053 + 875.13/1.065 + 1971.81/1.096 = 3433.6; 3702.8/3433.6 = +7.8%')
h15_inv = '第一产业投资51.72亿元,增长21.2%;第二产业投资322.84亿元,下降28.1%;第三产业投资2980.84亿元,增长17.0%'
S.rel('sum', C, [(HN15,'3355.4亿元','全年全省固定资产投资3355.4亿元'),(HN15,'51.72亿元',h15_inv),(HN15,'322.84亿元',h15_inv),(HN15,'2980.84亿元',h15_inv)], 'investment by sector: 51.72 + 322.84 + 2980.84 = 3355.40')
h15_exp = '其中,教育支出206.39亿元'
S.rel('sum', U, [(HN15,'1241.49亿元','全年地方一般公共预算支出1241.49亿元'),(HN15,'206.39亿元',h15_exp),(HN15,'175.63亿元','社会保障和就业支出175.63亿元'),(HN15,'162.87亿元','农林水支出162.87亿元'),(HN15,'48.11亿元','住房保障支出48.11亿元')], 'the nine listed items add to 936.27 < 1241.49 (general services, public security etc. are not listed): a partial 其中 list')
S.rel('sum', U, [(HN15,'3355.4亿元','全年全省固定资产投资3355.4亿元'),(HN15,'1704.00亿元','房地产开发投资1704.00亿元'),(HN15,'2980.84亿元',h15_inv)], 'real-estate investment is inside tertiary investment (overlapping groupings): 1704.00 + 2980.84 > 3355.4 is no error')
h15a = S.alt(HN15,1,'比重分别为23.1:23.6:53.3','比重分别为23.1:23.6:55.3','2015 tertiary share 53.3 → 55.3')
h15a_st = '比重分别为23.1:23.6:55.3'
S.rel('sum', I, [(h15a,'23.1',h15a_st),(h15a,'23.6',h15a_st),(h15a,'55.3',h15a_st)], '23.1 + 23.6 + 55.3 = 102 ≠ 100')
S.rel('share', I, [(h15a,'1971.81亿元',h15_sec),(h15a,)+h15_gdp,(h15a,'55.3',h15a_st)], '1971.81/3702.8 = 53.3% ≠ 55.3')
h15b = S.alt(HN15,2,'第二产业投资322.84亿元','第二产业投资332.84亿元','2015 secondary investment 322.84 → 332.84')
S.rel('sum', I, [(h15b,'3355.4亿元','全年全省固定资产投资3355.4亿元'),(h15b,'51.72亿元',h15_inv.replace('322.84','332.84')),(h15b,'332.84亿元',h15_inv.replace('322.84','332.84')),(h15b,'2980.84亿元',h15_inv.replace('322.84','332.84'))], '51.72 + 332.84 + 2980.84 = 3365.40 ≠ 3355.4')

# ---------------- 阿拉善盟 2020 bulletin (traditional)
als_sec = '第一產(chǎn)業(yè)增加值17.7億元,增長9.5%;第二產(chǎn)業(yè)增加值173.6億元,增長8.0%;第三產(chǎn)業(yè)增加值113.5億元,下降3.0%'
als_gdp = ('304.8億元','完成304.8億元'); als_st = '比例為5.8:57.0:37.2'
S.rel('sum', C, [(ALS,)+als_gdp,(ALS,'17.7億元',als_sec),(ALS,'173.6億元',als_sec),(ALS,'113.5億元',als_sec)], '17.7 + 173.6 + 113.5 = 304.8')
S.rel('share', C, [(ALS,'113.5億元',als_sec),(ALS,)+als_gdp,(ALS,'37.2',als_st)], '113.5/304.8 = 37.24% ⇒ 37.2')
S.rel('growth', C, [(ALS,)+als_gdp,(ALS,'增長3.8%','比上年增長3.8%'),(ALS,'17.7億元',als_sec),(ALS,'增長9.5%',als_sec),(ALS,'173.6億元',als_sec),(ALS,'增長8.0%',als_sec),(ALS,'113.5億元',als_sec),(ALS,'下降3.0%',als_sec)],
      'weighted: 17.7/1.095 + 173.6/1.080 + 113.5/0.970 = 293.9; 304.8/293.9 = +3.7% vs 3.8 (allowance)')
alsa = S.alt(ALS,1,'第二產(chǎn)業(yè)增加值173.6億元','第二產(chǎn)業(yè)增加值137.6億元','2020 secondary 173.6 → 137.6')
alsa_sec = als_sec.replace('173.6','137.6')
S.rel('sum', I, [(alsa,)+als_gdp,(alsa,'17.7億元',alsa_sec),(alsa,'137.6億元',alsa_sec),(alsa,'113.5億元',alsa_sec)], '17.7 + 137.6 + 113.5 = 268.8 ≠ 304.8')
S.rel('share', I, [(alsa,'137.6億元',alsa_sec),(alsa,)+als_gdp,(alsa,'57.0',als_st)], '137.6/304.8 = 45.1% ≠ 57.0')

# ---------------- 固原市 2021 bulletin
gy_sec = '第一产业增加值64.21亿元,增长1.6%;第二产业增加值80.65亿元,增长3.5%;第三产业增加值230.27亿元,增长8.4%'
gy_gdp = ('375.13亿元','地区生产总值375.13亿元')
gy_sh = '第一产业增加值占地区生产总值的比重为17.1%,第二产业增加值比重为21.5%,第三产业增加值比重为61.4%'
S.rel('sum', C, [(GY,)+gy_gdp,(GY,'64.21亿元',gy_sec),(GY,'80.65亿元',gy_sec),(GY,'230.27亿元',gy_sec)], '64.21 + 80.65 + 230.27 = 375.13')
S.rel('share', C, [(GY,'230.27亿元',gy_sec),(GY,)+gy_gdp,(GY,'61.4%',gy_sh)], '230.27/375.13 = 61.38% ⇒ 61.4')
S.rel('growth', C, [(GY,)+gy_gdp,(GY,'增长6.1%','比上年增长6.1%'),(GY,'64.21亿元',gy_sec),(GY,'增长1.6%',gy_sec),(GY,'80.65亿元',gy_sec),(GY,'增长3.5%',gy_sec),(GY,'230.27亿元',gy_sec),(GY,'增长8.4%',gy_sec)], 'weighted: 64.21/1.016 + 80.65/1.035 + 230.27/1.084 = 353.55; 375.13/353.55 = +6.1%')
S.rel('growth', U, [(GY,'增长6.1%','比上年增长6.1%'),(GY,'5.8%','两年平均增长5.8%')], 'the two-year average needs the 2020 growth (about 5.5% implied), which the text does not state')
gya = S.alt(GY,1,'第三产业增加值比重为61.4%','第三产业增加值比重为64.1%','2021 tertiary share 61.4 → 64.1')
gya_sh = gy_sh.replace('61.4%','64.1%')
S.rel('sum', I, [(gya,'17.1%',gya_sh),(gya,'21.5%',gya_sh),(gya,'64.1%',gya_sh)], '17.1 + 21.5 + 64.1 = 102.7 ≠ 100')
S.rel('share', I, [(gya,'230.27亿元',gy_sec),(gya,)+gy_gdp,(gya,'64.1%',gya_sh)], '230.27/375.13 = 61.4% ≠ 64.1')

# ---------------- 广安区 2021 (traditional)
ga_sec = '一、二、三產(chǎn)業(yè)增加值分別為41.0億元、38.6億元和170.4億元,分別增長(zhǎng)6.9%、8.6%和8.3%'
ga_ct = '貢獻(xiàn)率分別為14.2%、15.7%和70.1%'
ga_st = '調(diào)整為16.4:15.4:68.2'
ga_gdp = ('250.0億元','(GDP)250.0億元')
S.rel('sum', C, [(GA,)+ga_gdp,(GA,'41.0億元',ga_sec),(GA,'38.6億元',ga_sec),(GA,'170.4億元',ga_sec)], '轄區: 41.0 + 38.6 + 170.4 = 250.0')
S.rel('share', C, [(GA,'170.4億元',ga_sec),(GA,)+ga_gdp,(GA,'68.2',ga_st)], '170.4/250.0 = 68.16% ⇒ 68.2')
S.rel('growth', C, [(GA,)+ga_gdp,(GA,'增長(zhǎng)8.1%','250.0億元,增長(zhǎng)8.1%'),(GA,'41.0億元',ga_sec),(GA,'6.9%',ga_sec),(GA,'38.6億元',ga_sec),(GA,'8.6%',ga_sec),(GA,'170.4億元',ga_sec),(GA,'8.3%',ga_sec)], 'weighted: 41.0/1.069 + 38.6/1.086 + 170.4/1.083 = 231.2; 250.0/231.2 = +8.1%')
ga_bj = '分別為34.1億元、32.4億元和137.8億元'
S.rel('sum', C, [(GA,'204.3億元','(GDP)204.3億元'),(GA,'34.1億元',ga_bj),(GA,'32.4億元',ga_bj),(GA,'137.8億元',ga_bj)], '區本級: 34.1 + 32.4 + 137.8 = 204.3')
ga_bp = '分別拉動(dòng)GDP增長(zhǎng)1.2、1.3和5.8個(gè)百分點(diǎn)'
S.rel('sum', C, [(GA,'增長(zhǎng)8.3%','204.3億元,增長(zhǎng)8.3%'),(GA,'1.2',ga_bp),(GA,'1.3',ga_bp),(GA,'5.8',ga_bp)], '區本級: pulls 1.2 + 1.3 + 5.8 = 8.3 = GDP growth')
S.rel('restatement', U, [(GA,'增長(zhǎng)8.1%','250.0億元,增長(zhǎng)8.1%'),(GA,'增長(zhǎng)8.3%','204.3億元,增長(zhǎng)8.3%')], 'GDP growth of the whole 轄區 (8.1) and of the 區本級 (8.3, a part of it): different scopes, not two statements of one figure')
gaa = S.alt(GA,1,'38.6億元和170.4億元','38.6億元和176.4億元','2021 tertiary 170.4 → 176.4')
gaa_sec = ga_sec.replace('170.4','176.4')
S.rel('sum', I, [(gaa,)+ga_gdp,(gaa,'41.0億元',gaa_sec),(gaa,'38.6億元',gaa_sec),(gaa,'176.4億元',gaa_sec)], '41.0 + 38.6 + 176.4 = 256.0 ≠ 250.0')
S.rel('share', I, [(gaa,'176.4億元',gaa_sec),(gaa,)+ga_gdp,(gaa,'68.2',ga_st)], '176.4/250.0 = 70.6% ≠ 68.2')

# ---------------- 湖北 county 2022 bulletin
hb_gdp = ('110.04亿元','(现价)110.04亿元'); hb_st = '三次产业结构为26.6:27.3:46.1'
hb_sec = '第一产业完成29.23亿元,增长3.8%;第二产业完成30.07亿元,增长12.0%;第三产业完成50.74亿元,增长3.1%'
S.rel('sum', C, [(HB,)+hb_gdp,(HB,'29.23亿元',hb_sec),(HB,'30.07亿元',hb_sec),(HB,'50.74亿元',hb_sec)], '29.23 + 30.07 + 50.74 = 110.04')
S.rel('growth', C, [(HB,)+hb_gdp,(HB,'增长5.5%','按不变价计算增长5.5%'),(HB,'29.23亿元',hb_sec),(HB,'增长3.8%',hb_sec),(HB,'30.07亿元',hb_sec),(HB,'增长12.0%',hb_sec),(HB,'50.74亿元',hb_sec),(HB,'增长3.1%',hb_sec)], 'weighted: 29.23/1.038 + 30.07/1.120 + 50.74/1.031 = 104.2; 110.04/104.2 = +5.6% vs 5.5 (allowance)')
hb_me = [(HB,'21131户','各类市场主体21131户'),(HB,'2700户','其中企业2700户'),(HB,'17727户','个体工商户17727户'),(HB,'704户','专业合作社704户')]
S.rel('sum', C, hb_me, 'market entities: 2700 + 17727 + 704 = 21131 (a full split)')
S.rel('growth', C, [(HB,'21131户','各类市场主体21131户'),(HB,'增长23.1%','比上年增长23.1%'),(HB,'增加395户','比上年增加395户'),(HB,'增加3564户','比上年增加3564户'),(HB,'增加12户','比上年增加12户')], 'increase 395 + 3564 + 12 = 3971; 21131/(21131 − 3971) = 1.231 ⇒ +23.1%')
S.rel('rate', C, [(HB,'74.70亿元','工业总产值74.70亿元'),(HB,'68.96亿元','销售总产值68.96亿元'),(HB,'92.3%','产销率达到92.3%')], 'sales ratio 68.96/74.70 = 92.32% ⇒ 92.3')
S.rel('sum', U, [(HB,'9.34万吨','全年粮食产量9.34万吨'),(HB,'3.22万吨','马铃薯产量3.22万吨'),(HB,'5.14万吨','玉米产量5.14万吨')], 'potatoes + maize = 8.36 < grain 9.34 (rice, wheat, beans not listed): not a full split')
hba = S.alt(HB,1,'个体工商户17727户','个体工商户17277户','2022 individual businesses 17727 → 17277')
S.rel('sum', I, [(hba,'21131户','各类市场主体21131户'),(hba,'2700户','其中企业2700户'),(hba,'17277户','个体工商户17277户'),(hba,'704户','专业合作社704户')], '2700 + 17277 + 704 = 20681 ≠ 21131')
hbb = S.alt(HB,2,'实现销售总产值68.96亿元','实现销售总产值69.86亿元','2022 industrial sales 68.96 → 69.86')
S.rel('rate', I, [(hbb,'74.70亿元','工业总产值74.70亿元'),(hbb,'69.86亿元','销售总产值69.86亿元'),(hbb,'92.3%','产销率达到92.3%')], '69.86/74.70 = 93.5% ≠ 92.3')

# ---------------- 陕西 district 2021 bulletin
sx_gdp = ('416.47亿元','(GDP)416.47亿元')
S.rel('sum', C, [(SXD,)+sx_gdp,(SXD,'22.57亿元','第一产业增加值完成22.57亿元'),(SXD,'168.72亿元','第二产业增加值完成168.72亿元'),(SXD,'225.19亿元','第三产业完成225.19亿元')], '22.57 + 168.72 + 225.19 = 416.48 ≈ 416.47')
S.rel('sum', C, [(SXD,'增长7.0%','同比增长7.0%'),(SXD,'0.4个百分点','拉动经济增长0.4个百分点'),(SXD,'2.0个百分点','拉动经济增长2.0个百分点'),(SXD,'4.6个百分点','拉动经济增长4.6个百分点')], 'pulls 0.4 + 2.0 + 4.6 = 7.0 = GDP growth')
S.rel('share', C, [(SXD,'175.50亿元','非公有制经济增加值175.50亿元'),(SXD,)+sx_gdp,(SXD,'42.1%','比重为42.1%')], '175.50/416.47 = 42.14% ⇒ 42.1')
sx_ag = [(SXD,'37.42亿元','全年农林牧渔业总产值37.42亿元'),(SXD,'32.23亿元','农业产值32.23亿元'),(SXD,'0.29亿元','林业产值0.29亿元'),(SXD,'3.98亿元','牧业产值3.98亿元'),(SXD,'0.13亿元','渔业产值0.13亿元'),(SXD,'0.79亿元','服务业产值0.79亿元')]
S.rel('sum', C, sx_ag, 'gross agricultural output: 32.23 + 0.29 + 3.98 + 0.13 + 0.79 = 37.42')
S.rel('target', U, [(SXN,'6.5%','生產(chǎn)總值增長(zhǎng)6.5%左右'),(SXD,'增长7.0%','同比增长7.0%')], 'the 2021 target 6.5%左右 is the province’s; 7.0% is one district’s 2021 growth: different region')
sxa = S.alt(SXD,1,'林业产值0.29亿元','林业产值0.92亿元','2021 forestry output 0.29 → 0.92')
S.rel('sum', I, [(sxa,'37.42亿元','全年农林牧渔业总产值37.42亿元'),(sxa,'32.23亿元','农业产值32.23亿元'),(sxa,'0.92亿元','林业产值0.92亿元'),(sxa,'3.98亿元','牧业产值3.98亿元'),(sxa,'0.13亿元','渔业产值0.13亿元'),(sxa,'0.79亿元','服务业产值0.79亿元')], '32.23 + 0.92 + 3.98 + 0.13 + 0.79 = 38.05 ≠ 37.42')

# ---------------- 陕西 2021 NPC news (traditional)
S.rel('target', U, [(SXN,'43.2萬(wàn)人','城鎮(zhèn)新增就業(yè)43.2萬(wàn)人'),(SXN,'40萬(wàn)人','城鎮(zhèn)新增就業(yè)40萬(wàn)人')], '43.2万 is the 2020 result, 40万 the 2021 target: a target of one year against the result of another')
S.rel('restatement', U, [(SXN,'8%','分別增長(zhǎng)4.9%和8%'),(SXN,'8%左右','6.5%和8%左右')], 'rural income growth 8% (2020 result) and 8%左右 (2021 target): different years and statuses')
S.rel('growth', U, [(SXN,'2.2%','2.62萬(wàn)億元,增長(zhǎng)2.2%'),(SXN,'6.3%','生產(chǎn)總值年均增長(zhǎng)6.3%')], 'the 2016–2020 average needs 2016–2019 growth, not in the text')

# ---------------- 广东 2023 targets, 2024 report news, 2025 report news (traditional)
gd23 = '广东省经济社会发展的主要预期目标是:地区生产总值增长5%以上;固定资产投资增长8%,社会消费品零售总额增长6%,进出口总额增长3%;规模以上工业增加值增长5.5%以上;地方一般公共预算收入增长5%'
S.rel('restatement', C, [(GD23,'增长5%以上','预期目标为增长5%以上'),(GD23,'增长5%以上','地区生产总值增长5%以上;')], '2023 GDP target 5%以上 in the lead and in the target list')
S.rel('target', MISS, [(GD23,'增长5%以上','地区生产总值增长5%以上;'),(GD24,'增长4.8%','13.57万亿元、增长4.8%')], '2023 GDP target 5%以上, result 4.8%')
S.rel('target', MISS, [(GD23,'增长6%','社会消费品零售总额增长6%'),(GD24,'增长5.8%','4.7万亿元、增长5.8%')], '2023 retail sales target 6%, result 5.8%')
S.rel('target', MISS, [(GD23,'增长5.5%以上','规模以上工业增加值增长5.5%以上'),(GD24,'增长4.4%','突破4万亿元、增长4.4%')], '2023 above-scale industry target 5.5%以上, result 4.4%')
S.rel('target', MISS, [(GD23,'增长5%','地方一般公共预算收入增长5%'),(GD24,'增长4.3%','1.39万亿元、增长4.3%')], '2023 local budget revenue target 5%, result 4.3%')
S.rel('target', CT, [(GD23,'增长3%','进出口总额增长3%'),(GD24,'正增长','逆势实现正增长')], '2023 trade target 3%; the result is only “正增长”: cannot tell')
S.rel('target', MET, [(GD24,'增长1%','进出口总额增长1%'),(GD25,'增長9.8%','突破9萬億元、增長9.8%')], '2024 trade target 1%, result 9.8%')
S.rel('target', MISS, [(GD24,'增长5%','规模以上工业增加值增长5%'),(GD25,'增長4.2%','工業(yè)增加值增長4.2%')], '2024 above-scale industry target 5%, result 4.2%')
S.rel('target', MET, [(GD24,'110万人以上','城镇新增就业人数110万人以上'),(GD25,'超143萬人','城鎮(zhèn)新增就業(yè)超143萬人')], '2024 new urban jobs target 110万以上, result over 143万')
S.rel('target', CT, [(GD24,'增长5%','◆地区生产总值增长5%'),(GD24,'13.57万亿元','达到13.57万亿元'),(GD25,'14萬億元','GDP邁上14萬億元')], '2024 GDP target 5% (real); the 2025 news gives only a nominal level (14万亿, 预计) and no growth rate: cannot tell')
S.rel('restatement', U, [(GD23,'增长6%','社会消费品零售总额增长6%'),(GD24,'增长6%','社会消费品零售总额增长6%')], 'retail-sales targets of 2023 and of 2024 are both 6%: different years')
S.rel('target', U, [(GD24,'增长5%','规模以上工业增加值增长5%'),(GD24,'增长4.4%','突破4万亿元、增长4.4%')], '5% is the 2024 target, 4.4% the 2023 result: a target of one year against the result of another')
gd23a = S.alt(GD23,1,'地方一般公共预算收入增长5%','地方一般公共预算收入增长4%','2023 local budget revenue target 5 → 4')
S.rel('target', MET, [(gd23a,'增长4%','地方一般公共预算收入增长4%'),(GD24,'增长4.3%','1.39万亿元、增长4.3%')], 'altered target 4%, result 4.3%: met')
gd24a = S.alt(GD24,1,'突破4万亿元、增长4.4%','突破4万亿元、增长5.8%','2023 above-scale industry growth 4.4 → 5.8')
S.rel('target', MET, [(GD23,'增长5.5%以上','规模以上工业增加值增长5.5%以上'),(gd24a,'增长5.8%','突破4万亿元、增长5.8%')], 'target 5.5%以上, altered result 5.8%: met')
gd25a = S.alt(GD25,1,'城鎮(zhèn)新增就業(yè)超143萬人','城鎮(zhèn)新增就業(yè)超103萬人','2024 new urban jobs 143万 → 103万')
S.rel('target', MISS, [(GD24,'110万人以上','城镇新增就业人数110万人以上'),(gd25a,'超103萬人','城鎮(zhèn)新增就業(yè)超103萬人')], 'target 110万以上, altered result 超103万 (the copy still says 超額完成…110萬人): missed')

# ---------------- 福建 2022 H1 news
fj_sec = '第一产业增加值为1143.30亿元,增长4.8%;第二产业增加值为11771.43亿元,增长5.4%;第三产业增加值为11690.63亿元,增长3.8%'
fj_gdp = ('24605.36亿元','上半年全省生产总值24605.36亿元')
S.rel('sum', C, [(FJ,)+fj_gdp,(FJ,'1143.30亿元',fj_sec),(FJ,'11771.43亿元',fj_sec),(FJ,'11690.63亿元',fj_sec)], 'H1 2022: 1143.30 + 11771.43 + 11690.63 = 24605.36')
S.rel('growth', C, [(FJ,)+fj_gdp,(FJ,'增长4.6%','同比增长4.6%,高于全国2.1个百分点'),(FJ,'1143.30亿元',fj_sec),(FJ,'增长4.8%',fj_sec),(FJ,'11771.43亿元',fj_sec),(FJ,'增长5.4%',fj_sec),(FJ,'11690.63亿元',fj_sec),(FJ,'增长3.8%',fj_sec)], 'weighted: 1143.30/1.048 + 11771.43/1.054 + 11690.63/1.038 = 23521.9; 24605.36/23521.9 = +4.6%')
S.rel('restatement', C, [(FJ,'增长4.6%','上半年福建GDP增长4.6%'),(FJ,'增长4.6%','同比增长4.6%,高于全国2.1个百分点')], 'H1 GDP growth 4.6% in the headline and in the body')
S.rel('rate', C, [(FJ,'447种','列入统计的447种'),(FJ,'219种','219种产品产量'),(FJ,'49.0%','增长面为49.0%')], '219/447 = 48.99% ⇒ 49.0')
S.rel('sum', U, [(FJ,'2081.83亿元','农林牧渔业总产值2081.83亿元'),(FJ,'562.55亿元','农业产值562.55亿元'),(FJ,'147.32亿元','林业产值147.32亿元'),(FJ,'432.93亿元','牧业产值432.93亿元'),(FJ,'854.05亿元','渔业产值854.05亿元')], 'the four branches add to 1996.85 < 2081.83: the service branch is not listed; not a full split')
fja = S.alt(FJ,1,'第二产业增加值为11771.43亿元','第二产业增加值为11717.43亿元','H1 2022 secondary 11771.43 → 11717.43')
S.rel('sum', I, [(fja,)+fj_gdp,(fja,'1143.30亿元',fj_sec.replace('11771.43','11717.43')),(fja,'11717.43亿元',fj_sec.replace('11771.43','11717.43')),(fja,'11690.63亿元',fj_sec.replace('11771.43','11717.43'))], '1143.30 + 11717.43 + 11690.63 = 24551.36 ≠ 24605.36')
fjb = S.alt(FJ,2,'219种产品产量','291种产品产量','H1 2022 products with growth 219 → 291')
S.rel('rate', I, [(fjb,'447种','列入统计的447种'),(fjb,'291种','291种产品产量'),(fjb,'49.0%','增长面为49.0%')], '291/447 = 65.1% ≠ 49.0')
fjc = S.alt(FJ,3,'上半年福建GDP增长4.6%','上半年福建GDP增长6.4%','H1 2022 headline growth 4.6 → 6.4')
S.rel('restatement', I, [(fjc,'增长6.4%','上半年福建GDP增长6.4%'),(fjc,'增长4.6%','同比增长4.6%,高于全国2.1个百分点')], 'headline 6.4% vs body 4.6%')
S.write()

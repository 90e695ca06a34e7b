from build import Split
S = Split('heldout16'); C,I,U,CT='consistent','inconsistent','unrelated','cannot_tell'; MET,MISS='met','missed'
XZ05='xizang_2005_news.txt'; XZ07='xizang_2007_tjgb_hant.txt'; XZ07N='xizang_2007_results_news.txt'
QH21='qinghai_2021_tjgb.txt'; QH22='qinghai_2022_report.txt'; JL06='jilin_2006_targets.txt'; JL09='jilin_2009_news_hant.txt'
YX='yixian_2017_report_hant.txt'; ZB='zibo_1987_tjgb.txt'; SX15='shanxi_2016_npc_news_hant.txt'; SX16='shanxi_2017_report_news_hant.txt'
SX17T='shanxi_2017_targets.txt'; SX17R='shanxi_2018_results_news.txt'; JZ='jinzhong_2017_tjgb.txt'; GX='gaoxin_2016_tjgb_hant.txt'
AY='anyuan_2010_tjgb.txt'; N90='national_1990_tjgb.txt'; XJ='xinjiang_1998_tjgb_invest.txt'; TJ='tianjin_2000h1_hant.txt'

# ---------------- 西藏 2005 (新京报 on 新浪, 2006-01-14)
xz05_sec = '第一产业实现增加值48.1亿元,比上年增长5%,第二产业实现增加值59.8亿元,比上年增长14.2%,第三产业实现增加值142.5亿元,比上年增长14.2%'
xz05_gdp = '全区国内生产总值达到250.4亿元'
S.rel('sum', C, [(XZ05,'250.4亿元',xz05_gdp),(XZ05,'48.1亿元',xz05_sec),(XZ05,'59.8亿元',xz05_sec),(XZ05,'142.5亿元',xz05_sec)], '西藏 2005: 48.1+59.8+142.5 = 250.4')
S.rel('growth', C, [(XZ05,'250.4亿元',xz05_gdp),(XZ05,'48.1亿元',xz05_sec),(XZ05,'增长5%','48.1亿元,比上年增长5%'),(XZ05,'59.8亿元',xz05_sec),(XZ05,'增长14.2%','59.8亿元,比上年增长14.2%'),(XZ05,'142.5亿元',xz05_sec),(XZ05,'增长14.2%','142.5亿元,比上年增长14.2%'),(XZ05,'超过12%','经济增速连续5年超过12%')],
      'weighted: 2004 bases 48.1/1.05 + 59.8/1.142 + 142.5/1.142 = 222.95; 250.4/222.95 = +12.3%, consistent with 2005 growth 超过12%')
S.rel('restatement', U, [(XZ05,'增长14.2%','59.8亿元,比上年增长14.2%'),(XZ05,'增长14.2%','142.5亿元,比上年增长14.2%')], 'secondary and tertiary growth both 14.2%: different sectors, equal values say nothing')
xz05a = S.alt(XZ05,1,'第三产业实现增加值142.5亿元','第三产业实现增加值124.5亿元','2005 tertiary 142.5 → 124.5')
S.rel('sum', I, [(xz05a,'250.4亿元',xz05_gdp),(xz05a,'48.1亿元',xz05_sec.replace('142.5','124.5')),(xz05a,'59.8亿元',xz05_sec.replace('142.5','124.5')),(xz05a,'124.5亿元',xz05_sec.replace('142.5','124.5'))], '48.1+59.8+124.5 = 232.4 ≠ 250.4')

# ---------------- 西藏 2007 bulletin (traditional with inline marks) and 新华社 2008-02-12
xz07_sec = '第一產(chǎn)業(yè)增加值55.33億元,增長4.3%;第二產(chǎn)業(yè)增加值96.57億元,增長15.9%;第三產(chǎn)業(yè)增加值190.29億元,增長16.2%'
xz07_gdp = '生產(chǎn)總值(GDP)342.19億元'
xz07_sh = '比重分別為16.2%、28.2%、55.6%'
xz07_pp = '第一產(chǎn)業(yè)所占比重比上年下降1.3個百分點,第二產(chǎn)業(yè)提高0.7個百分點,第三產(chǎn)業(yè)提高0.6個百分點'
S.rel('sum', C, [(XZ07,'342.19億元',xz07_gdp),(XZ07,'55.33億元',xz07_sec),(XZ07,'96.57億元',xz07_sec),(XZ07,'190.29億元',xz07_sec)], '西藏 2007: 55.33+96.57+190.29 = 342.19')
S.rel('share', C, [(XZ07,'96.57億元',xz07_sec),(XZ07,'342.19億元',xz07_gdp),(XZ07,'28.2%',xz07_sh)], '96.57/342.19 = 28.22% ⇒ 28.2')
S.rel('share', C, [(XZ07,'190.29億元',xz07_sec),(XZ07,'342.19億元',xz07_gdp),(XZ07,'55.6%',xz07_sh)], '190.29/342.19 = 55.61% ⇒ 55.6')
S.rel('sum', C, [(XZ07,'16.2%',xz07_sh),(XZ07,'28.2%',xz07_sh),(XZ07,'55.6%',xz07_sh)], 'structure 16.2+28.2+55.6 = 100')
S.rel('sum', C, [(XZ07,'下降1.3個百分點',xz07_pp),(XZ07,'提高0.7個百分點',xz07_pp),(XZ07,'提高0.6個百分點',xz07_pp)], 'changes of shares that add to 100 must cancel: −1.3+0.7+0.6 = 0')
S.rel('growth', C, [(XZ07,'342.19億元',xz07_gdp),(XZ07,'增長14.0%','比上年增長14.0%'),(XZ07,'55.33億元',xz07_sec),(XZ07,'增長4.3%','55.33億元,增長4.3%'),(XZ07,'96.57億元',xz07_sec),(XZ07,'增長15.9%','96.57億元,增長15.9%'),(XZ07,'190.29億元',xz07_sec),(XZ07,'增長16.2%','190.29億元,增長16.2%')],
      'weighted: 2006 bases 55.33/1.043 + 96.57/1.159 + 190.29/1.162 = 300.13; 342.19/300.13 = +14.0%')
S.rel('restatement', C, [(XZ07,'342.19億元',xz07_gdp),(XZ07N,'342亿元','西藏去年生产总值达到342亿元')], '2007 GDP 342.19 (bulletin) and 342亿 (新华社, rounded)')
S.rel('restatement', C, [(XZ07,'上漲3.4%','消費價格總水平比上年上漲3.4%'),(XZ07N,'3.4%以内','涨幅控制在3.4%以内')], '2007 CPI 3.4% in the bulletin; “控制在3.4%以内” in the news')
S.rel('restatement', C, [(XZ07,'12109元','人均GDP達到12109元'),(XZ07N,'1.2万元','人均GDP超过1.2万元')], 'per-capita GDP 12109 元: 超过1.2万元')
S.rel('growth', U, [(XZ05,'250.4亿元',xz05_gdp),(XZ07,'342.19億元',xz07_gdp),(XZ07,'增長14.0%','比上年增長14.0%')], '250.4 → 342.19 is +36.7% at current prices over two years; 14.0% is 2007 real growth and 2006 growth is in no text: nothing to check')
S.rel('growth', U, [(XZ07N,'12.7%','年均增长12.7%'),(XZ07,'增長14.0%','比上年增長14.0%'),(XZ05,'超过12%','经济增速连续5年超过12%')], '2003–2007 average 12.7% needs the growth of 2003, 2004 and 2006, which no text gives: nothing to check')
S.rel('growth', U, [(XZ07N,'1.2万元','人均GDP超过1.2万元'),(XZ07N,'翻了近一番','比2002年翻了近一番'),(XZ07,'增長12.6%','12109元,增長12.6%')], 'the 2002 per-capita level is not stated: “翻了近一番” cannot be checked')
xz07a = S.alt(XZ07,1,'第二產(chǎn)業(yè)增加值96.57億元','第二產(chǎn)業(yè)增加值98.57億元','2007 secondary 96.57 → 98.57')
xz07a_sec = xz07_sec.replace('96.57','98.57')
S.rel('sum', I, [(xz07a,'342.19億元',xz07_gdp),(xz07a,'55.33億元',xz07a_sec),(xz07a,'98.57億元',xz07a_sec),(xz07a,'190.29億元',xz07a_sec)], '55.33+98.57+190.29 = 344.19 ≠ 342.19')
S.rel('share', I, [(xz07a,'98.57億元',xz07a_sec),(xz07a,'342.19億元',xz07_gdp),(xz07a,'28.2%',xz07_sh)], '98.57/342.19 = 28.81% ≠ 28.2')
xz07na = S.alt(XZ07N,1,'西藏去年生产总值达到342亿元','西藏去年生产总值达到324亿元','2007 GDP in the news 342 → 324')
S.rel('restatement', I, [(XZ07,'342.19億元',xz07_gdp),(xz07na,'324亿元','西藏去年生产总值达到324亿元')], '(altered) 324亿 vs 342.19 in the bulletin (and the news itself says 突破300亿; 324 would still fit that, the bulletin does not)')

# ---------------- 青海 2021 bulletin (digits lost as stored) and 2022 work report
qh_rates = '全年人口出生率11.22‰,比上年低0.21个千分点;人口死亡率6.91‰,比上年高0.26个千分点;人口自然增长率4.31‰,比上年低0.47个千分点'
qh_sh = '第一产业增加值占生产总值的比重为10.5%,第二产业增加值比重为39.8%,第三产业增加值比重为49.7%'
qh_mw = '农民工94.9万人,比上年增加0.7万人,其中外出农民工66.6万人,本地农民工28.3万人'
S.rel('sum', C, [(QH21,'10.5%',qh_sh),(QH21,'39.8%',qh_sh),(QH21,'49.7%',qh_sh)], '青海 2021 structure: 10.5+39.8+49.7 = 100')
S.rel('sum', C, [(QH21,'11.22‰',qh_rates),(QH21,'6.91‰',qh_rates),(QH21,'4.31‰',qh_rates)], 'birth − death: 11.22 − 6.91 = 4.31‰')
S.rel('sum', C, [(QH21,'低0.21个千分点',qh_rates),(QH21,'高0.26个千分点',qh_rates),(QH21,'低0.47个千分点',qh_rates)], 'changes: natural rate change = birth change − death change: −0.21 − 0.26 = −0.47')
S.rel('sum', C, [(QH21,'94.9万人',qh_mw),(QH21,'66.6万人',qh_mw),(QH21,'28.3万人',qh_mw)], 'migrant workers: 66.6 + 28.3 = 94.9')
S.rel('restatement', C, [(QH21,'增长5.7%','比上年增长5.7%'),(QH22,'增长5.7%','地区生产总值增长5.7%')], '青海 2021 GDP growth 5.7% in the bulletin and in the 2022 work report')
S.rel('growth', U, [(QH21,'增长5.7%','比上年增长5.7%'),(QH21,'3.6%','两年平均增长3.6%')], 'the two-year average 3.6% needs 2020 growth, which is in neither text: nothing to check')
qh_lv = '生产总值^[^2^].63亿元'
qh_lv2 = '第一产业增加值.65亿元,同比增长4.5%,两年平均增长4.5%;第二产业增加值.61亿元,同比增长6.5%,两年平均增长4.5%;第三产业增加值.37亿元'
S.rel('sum', U, [(QH21,'.63亿元',qh_lv),(QH21,'.65亿元',qh_lv2),(QH21,'.61亿元',qh_lv2),(QH21,'.37亿元',qh_lv2)], 'the levels lost their leading digits in the stored text (footnote marks ^[^2^]): “.65亿元” etc. are not amounts; no sum can be checked')
qha = S.alt(QH21,1,'人口死亡率6.91‰','人口死亡率6.71‰','2021 death rate 6.91 → 6.71')
S.rel('sum', I, [(qha,'11.22‰',qh_rates.replace('6.91','6.71')),(qha,'6.71‰',qh_rates.replace('6.91','6.71')),(qha,'4.31‰',qh_rates.replace('6.91','6.71'))], '11.22 − 6.71 = 4.51 ≠ 4.31')
qh22a = S.alt(QH22,1,'全省地区生产总值增长5.7%','全省地区生产总值增长5.9%','2021 GDP growth in the 2022 report 5.7 → 5.9')
S.rel('restatement', I, [(QH21,'增长5.7%','比上年增长5.7%'),(qh22a,'增长5.9%','地区生产总值增长5.9%')], '(altered) 5.9% in the report vs 5.7% in the bulletin, same indicator and year')

# ---------------- 吉林 2006 targets (work report 2006) → 2009 press conference (traditional)
S.rel('target', MET, [(JL06,'增长12%','地区生产总值预期增长12%'),(JL09,'超過15%','2006、2007、2008年超過15%')], '2006 GDP target +12%; 2006 growth “超過15%”: met')
S.rel('target', U, [(JL06,'增长15%','外贸进出口总额增长15%'),(JL09,'超過15%','2006、2007、2008年超過15%')], 'the 15% target is for foreign trade; 超過15% is GDP growth: different indicators, no verdict')
S.rel('growth', U, [(JL09,'30.1億美元','實際利用外資30.1億美元'),(JL09,'5倍','是2003年的5倍')], 'the 2003 level of utilised foreign capital is not stated: “5倍” cannot be checked')
jla = S.alt(JL06,1,'地区生产总值预期增长12%','地区生产总值预期增长17%','2006 GDP target 12 → 17')
S.rel('target', CT, [(jla,'增长17%','地区生产总值预期增长17%'),(JL09,'超過15%','2006、2007、2008年超過15%')], '(altered) target +17%; the result is only “超過15%”, which may or may not reach 17: cannot tell')

# ---------------- 黟县 (安徽) 2017 work report (traditional with inline marks): 2011 → 2016
yx_t = '游客接待量由767.1萬人次提高到1441萬人次,旅游總收入由56.8億元提高到109億元,年均分別增長9.2%、9.8%'
S.rel('growth', C, [(YX,'2.3億元','財政收入由2.3億元'),(YX,'4.3億元','提高到4.3億元'),(YX,'13.2%','年均增長13.2%')], 'revenue 2.3 → 4.3 over 2011–2016: 13.3%/yr; within the rounding of the two levels (12.6–14.1) ⇒ 13.2 consistent')
S.rel('growth', C, [(YX,'20.1億元','由20.1億元'),(YX,'41.6億元','提高到41.6億元'),(YX,'15.6%','年均增長15.6%')], 'investment 20.1 → 41.6: 15.66%/yr (15.57–15.74 with rounding) ⇒ 15.6')
S.rel('growth', I, [(YX,'767.1萬人次',yx_t),(YX,'1441萬人次',yx_t),(YX,'9.2%',yx_t)], 'ORIGINAL text: tourists 767.1万 → 1441万 over five years is 13.4%/yr, not 9.2% (1.092^5 = 1.55 ≠ 1.88); see Unsure')
S.rel('growth', I, [(YX,'56.8億元',yx_t),(YX,'109億元',yx_t),(YX,'9.8%',yx_t)], 'ORIGINAL text: tourism revenue 56.8 → 109 over five years is 13.9%/yr, not 9.8%; see Unsure')
S.rel('growth', C, [(YX,'5.4億元','由5.4億元'),(YX,'11.8億元','提高到11.8億元'),(YX,'16.9%','年均增長16.9%')], 'retail sales 5.4 → 11.8: 16.92%/yr ⇒ 16.9')
S.rel('growth', C, [(YX,'17459元','由17459元'),(YX,'25174元','提高到25174元'),(YX,'7.6%','年均增長7.6%')], 'urban income 17459 → 25174: 7.59%/yr ⇒ 7.6')
yx_str = '由16.5∶48.5∶35調整為13.1∶42∶44.9'
S.rel('sum', C, [(YX,'13.1',yx_str),(YX,'42',yx_str),(YX,'44.9',yx_str)], '2016 structure 13.1+42+44.9 = 100')
yxa = S.alt(YX,1,'由5.4億元提高到11.8億元,年均增長16.9%','由5.4億元提高到11.8億元,年均增長19.6%','2011–2016 retail average growth 16.9 → 19.6')
S.rel('growth', I, [(yxa,'5.4億元','由5.4億元'),(yxa,'11.8億元','提高到11.8億元'),(yxa,'19.6%','年均增長19.6%')], '5.4 → 11.8 is 16.9%/yr, not 19.6% (1.196^5 = 2.45 ≠ 2.19)')
yxb = S.alt(YX,2,'調整為13.1∶42∶44.9','調整為13.1∶42∶46.9','2016 tertiary share 44.9 → 46.9')
S.rel('sum', I, [(yxb,'13.1','13.1∶42∶46.9'),(yxb,'42','13.1∶42∶46.9'),(yxb,'46.9','13.1∶42∶46.9')], '13.1+42+46.9 = 102 ≠ 100')

# ---------------- 淄博 1987 bulletin (line breaks inside figures as stored)
zb_l = '其中林、牧、副、渔业产值2.6亿\n元,比上年增长10.8%,在农业总产值中所占比重由上年的34.8%,上升为37.0%'
S.rel('share', C, [(ZB,'2.6亿\n元',zb_l),(ZB,'7.1亿元','全市农业总产值完成7.1亿元'),(ZB,'37.0%',zb_l)], 'forestry, husbandry, sideline and fishery 2.6 of 7.1 = 36.6%; with the rounding of both levels (35.7–37.6) 37.0 is consistent')
S.rel('growth', C, [(ZB,'34.8%',zb_l),(ZB,'37.0%',zb_l),(ZB,'增长10.8%',zb_l),(ZB,'增长4.0%','7.1亿元,比上年增长4.0%')], 'share 34.8% × 1.108/1.040 = 37.1% ≈ 37.0: the rise of the share matches the two growth rates')
S.rel('growth', U, [(ZB,'122亿元','社会总产值达到122亿元'),(ZB,'增长20%','122亿元,比上年增长20%'),(ZB,'91.8亿元','工农业总产值91.8亿元'),(ZB,'增长24%','比上年增长24%'),(ZB,'48亿元','国民收入48亿元'),(ZB,'增长13%','比上年增长13%')], '社会总产值, 工农业总产值 and 国民收入 are different aggregates (gross output vs net material product): their growth rates need not agree')
zba = S.alt(ZB,1,'上升为37.0%','上升为39.0%','1987 share of forestry etc. 37.0 → 39.0')
zba_l = zb_l.replace('37.0%','39.0%')
S.rel('share', I, [(zba,'2.6亿\n元',zba_l),(zba,'7.1亿元','全市农业总产值完成7.1亿元'),(zba,'39.0%',zba_l)], '2.6/7.1 = 36.6% (at most 37.6 with rounding) ≠ 39.0')
S.rel('growth', I, [(zba,'34.8%',zba_l),(zba,'39.0%',zba_l),(zba,'增长10.8%',zba_l),(zba,'增长4.0%','7.1亿元,比上年增长4.0%')], '34.8 × 1.108/1.040 = 37.1 ≠ 39.0')

# ---------------- 山西: 2016 NPC news (2015 results, 2016 revenue forecast), 2017 report news (2016 results vs targets),
#                  2017 targets (report page), 2017 results news (2018-01-24), 晋中 2017 bulletin
S.rel('restatement', C, [(SX15,'增長3.1%','全年GDP增長3.1%'),(SX16,'3.1%','2015年,山西經濟增速為3.1%')], '山西 2015 GDP growth 3.1% in both texts')
S.rel('restatement', C, [(SX15,'下降7%','預計全年財政收入將下降7%'),(SX16,'下降7%','好于下降7%的預期')], 'the 2016 revenue expectation: a fall of 7% in both texts')
S.rel('target', MET, [(SX15,'下降7%','預計全年財政收入將下降7%'),(SX16,'下降5.2%','一般公共預算收入下降5.2%')], '2016 budget revenue expected −7%; result −5.2%, better than expected: met')
S.rel('target', MET, [(SX16,'4.2%','控制在預期4.2%以內'),(SX16,'3.52%','城鎮登記失業率3.52%')], '2016 unemployment ceiling 4.2%; result 3.52%: met')
S.rel('target', MET, [(SX16,'3%','控制在預期3%以內'),(SX16,'1.1%','居民消費價格漲幅 1.1%')], '2016 CPI ceiling 3%; result 1.1%: met')
S.rel('growth', U, [(SX16,'增長4.5%左右','地區生產總值增長4.5%左右,低于預期'),(SX16,'1.5個百分點','低于預期1.5個百分點')], 'the 2016 GDP target itself is in none of the texts: the 1.5-point shortfall cannot be checked')
S.rel('target', MET, [(SX17T,'增长5.5%左右','地区生产总值增长5.5%左右'),(SX17R,'增长7%','全年增长7%,比全国')], '2017 GDP target 5.5%左右; result 7%: met')
S.rel('target', U, [(SX17T,'增长5.5%左右','地区生产总值增长5.5%左右'),(SX16,'4.5%左右','全年分別增長3%、3.4%、4%、4.5%左右')], '5.5% is the 2017 target; 4.5% is 2016 growth: different years, no verdict')
S.rel('target', U, [(SX17T,'3%左右','涨幅控制在3%左右'),(SX16,'1.1%','居民消費價格漲幅 1.1%')], 'the 2017 CPI target vs the 2016 CPI: different years, no verdict')
sx_gr = '粮食总产量130亿公斤,比上年下降1.4%,为历史上第四个高产年;其中,夏粮27.9亿公斤,增产1.4%;秋粮102.1亿公斤,减产2.2%'
S.rel('sum', C, [(SX17R,'130亿公斤',sx_gr),(SX17R,'27.9亿公斤',sx_gr),(SX17R,'102.1亿公斤',sx_gr)], 'summer + autumn grain: 27.9 + 102.1 = 130')
S.rel('growth', C, [(SX17R,'130亿公斤',sx_gr),(SX17R,'下降1.4%',sx_gr),(SX17R,'27.9亿公斤',sx_gr),(SX17R,'增产1.4%',sx_gr),(SX17R,'102.1亿公斤',sx_gr),(SX17R,'减产2.2%',sx_gr)], 'weighted: 2016 = 27.9/1.014 + 102.1/0.978 = 131.91; 130/131.91 = −1.45% ⇒ −1.4')
S.rel('restatement', U, [(SX17R,'增长7%','全年增长7%,比全国'),(SX17R,'增长7%','全年增长7%,较2016年')], 'GDP and industry above designated size both +7% in 2017: different indicators')
S.rel('growth', U, [(SX17R,'增长7%','全年增长7%,比全国'),(SX17R,'0.1个百分点','比全国快0.1个百分点')], 'national 2017 growth is not stated: the 0.1-point lead cannot be checked')
S.rel('restatement', U, [(JZ,'增长6.0%','1284.9亿元,比上年增长6.0%'),(SX17R,'增长7%','全年增长7%,比全国')], '晋中 (a city, 6.0%) and 山西 province (7%) in 2017: different regions, no restatement')
sx16a = S.alt(SX16,1,'城鎮登記失業率3.52%','城鎮登記失業率4.52%','2016 unemployment 3.52 → 4.52')
S.rel('target', MISS, [(sx16a,'4.2%','控制在預期4.2%以內'),(sx16a,'4.52%','城鎮登記失業率4.52%')], '(altered) 4.52% > ceiling 4.2%: missed (the copy still says 控制在…以內)')
sx16b = S.alt(SX16,2,'居民消費價格漲幅 1.1%','居民消費價格漲幅 3.1%','2016 CPI 1.1 → 3.1')
S.rel('target', MISS, [(sx16b,'3%','控制在預期3%以內'),(sx16b,'3.1%','居民消費價格漲幅 3.1%')], '(altered) CPI 3.1% > ceiling 3%: missed')
sx15a = S.alt(SX15,1,'預計全年財政收入將下降7%','預計全年財政收入將下降4%','2016 revenue expectation −7 → −4')
S.rel('target', MISS, [(sx15a,'下降4%','預計全年財政收入將下降4%'),(SX16,'下降5.2%','一般公共預算收入下降5.2%')], '(altered) expected −4%; result −5.2% is worse: missed')
S.rel('restatement', I, [(sx15a,'下降4%','預計全年財政收入將下降4%'),(SX16,'下降7%','好于下降7%的預期')], '(altered) the 2016 revenue expectation: −4% vs −7% in the 2017 report news')
sx17a = S.alt(SX17R,1,'全年增长7%,比全国','全年增长5%,比全国','2017 GDP growth in the body 7 → 5 (the headline keeps 7%)')
S.rel('target', MISS, [(SX17T,'增长5.5%左右','地区生产总值增长5.5%左右'),(sx17a,'增长5%','全年增长5%,比全国')], '(altered) 5% < target 5.5%左右: missed')
S.rel('restatement', I, [(sx17a,'7%','GDP增速达到7%'),(sx17a,'增长5%','全年增长5%,比全国')], '(altered) headline 7% vs body 5% for the same 2017 GDP growth')
sx17b = S.alt(SX17R,2,'夏粮27.9亿公斤','夏粮29.7亿公斤','2017 summer grain 27.9 → 29.7')
S.rel('sum', I, [(sx17b,'130亿公斤',sx_gr.replace('27.9','29.7')),(sx17b,'29.7亿公斤',sx_gr.replace('27.9','29.7')),(sx17b,'102.1亿公斤',sx_gr.replace('27.9','29.7'))], '29.7 + 102.1 = 131.8 ≠ 130')

# ---------------- 晋中 2017 bulletin
jz_pop = '年末全市常住人口3365597人,比上年末增加16859人。全年全市出生人口36569人,人口出生率10.89‰;死亡人口19710人,死亡率5.87‰;自然增长率5.02‰'
jz_gdp = '全年全市地区生产总值1284.9亿元'
jz_sec = '第一产业增加值111.4亿元,增长2.9%,占生产总值的比重8.7%;第二产业增加值595.2亿元,增长4.4%,占生产总值的比重46.3%;第三产业增加值578.3亿元,增长8.1%,占生产总值的比重45.0%'
S.rel('sum', C, [(JZ,'3365597','全市常住人口 |\n3365597 |'),(JZ,'1821990','城镇 |\n1821990 |'),(JZ,'1543607','乡村 |\n1543607 |')], '晋中 2017: urban + rural 1821990 + 1543607 = 3365597 (table)')
S.rel('share', C, [(JZ,'1821990','城镇 |\n1821990 |'),(JZ,'3365597','全市常住人口 |\n3365597 |'),(JZ,'54.14','1821990 |\n54.14 |')], '1821990/3365597 = 54.14%')
S.rel('sum', C, [(JZ,'36569人',jz_pop),(JZ,'19710人',jz_pop),(JZ,'16859人',jz_pop)], 'births − deaths = 36569 − 19710 = 16859 = the stated population increase (no net migration)')
S.rel('sum', C, [(JZ,'10.89‰',jz_pop),(JZ,'5.87‰',jz_pop),(JZ,'5.02‰',jz_pop)], '10.89 − 5.87 = 5.02‰')
S.rel('rate', C, [(JZ,'36569人',jz_pop),(JZ,'3365597人',jz_pop),(JZ,'16859人',jz_pop),(JZ,'10.89‰',jz_pop)], 'birth rate on the mean population 3365597 − 16859/2 = 3357168: 36569/3357168 = 10.89‰')
S.rel('sum', C, [(JZ,'1284.9亿元',jz_gdp),(JZ,'111.4亿元',jz_sec),(JZ,'595.2亿元',jz_sec),(JZ,'578.3亿元',jz_sec)], '111.4+595.2+578.3 = 1284.9')
S.rel('share', C, [(JZ,'595.2亿元',jz_sec),(JZ,'1284.9亿元',jz_gdp),(JZ,'46.3%',jz_sec)], '595.2/1284.9 = 46.32% ⇒ 46.3')
S.rel('share', C, [(JZ,'231.0亿元','用于民生的支出231.0亿元'),(JZ,'278.9亿元','一般公共预算支出278.9亿元'),(JZ,'82.8%','占一般公共预算支出的82.8%')], '231.0/278.9 = 82.83% ⇒ 82.8')
S.rel('rate', U, [(JZ,'38274元','人均地区生产总值38274元'),(JZ,'5682美元','计算为5682美元')], 'the exchange rate is not stated: the dollar figure cannot be checked (it implies 6.736 yuan per dollar)')
jza = S.alt(JZ,1,'第二产业增加值595.2亿元','第二产业增加值559.2亿元','2017 secondary 595.2 → 559.2')
jza_sec = jz_sec.replace('595.2','559.2')
S.rel('sum', I, [(jza,'1284.9亿元',jz_gdp),(jza,'111.4亿元',jza_sec),(jza,'559.2亿元',jza_sec),(jza,'578.3亿元',jza_sec)], '111.4+559.2+578.3 = 1248.9 ≠ 1284.9')
S.rel('share', I, [(jza,'559.2亿元',jza_sec),(jza,'1284.9亿元',jz_gdp),(jza,'46.3%',jza_sec)], '559.2/1284.9 = 43.52% ≠ 46.3')
jzb = S.alt(JZ,2,'死亡人口19710人','死亡人口17910人','2017 deaths 19710 → 17910')
jzb_pop = jz_pop.replace('19710','17910')
S.rel('sum', I, [(jzb,'36569人',jzb_pop),(jzb,'17910人',jzb_pop),(jzb,'16859人',jzb_pop)], '36569 − 17910 = 18659, not the stated increase 16859 (possible only with net emigration, which the text does not mention; and see the death rate)')
S.rel('rate', I, [(jzb,'17910人',jzb_pop),(jzb,'3365597人',jzb_pop),(jzb,'16859人',jzb_pop),(jzb,'5.87‰',jzb_pop)], '17910/3357168 = 5.33‰ ≠ 5.87')

# ---------------- 高新区 2016 bulletin (traditional with inline marks; zone not named beyond 高新区)
gx_sec = '第一產(chǎn)業(yè)增加值0.4億元,下降15.8%;第二產(chǎn)業(yè)增加值10.6億元,增長11.1%;第三產(chǎn)業(yè)增加值10.1億元'
S.rel('sum', C, [(GX,'21.1億元','生產(chǎn)總值21.1億元'),(GX,'0.4億元',gx_sec),(GX,'10.6億元',gx_sec),(GX,'10.1億元',gx_sec)], '0.4+10.6+10.1 = 21.1')
S.rel('growth', C, [(GX,'340噸','蔬菜產(chǎn)量340噸'),(GX,'35噸','減少35噸'),(GX,'9.3%','比上年下降9.3%')], 'vegetables 340, down 35 from 375: 35/375 = 9.33% ⇒ −9.3')
S.rel('restatement', U, [(GX,'下降15.8%','0.4億元,下降15.8%'),(GX,'下降15.6%','比上年下降15.6%')], '第一产业 (−15.8%) and 农林牧渔业 (−15.6%, includes farm services) are different aggregates, both shown as 0.4亿: no contradiction')
S.rel('restatement', U, [(GX,'增長9.5%','8.9億元,比上年增長9.5%'),(GX,'增長10.4%','規(guī)模以上工業(yè)增加值增長10.4%')], 'all industry (9.5%) vs industry above designated size (10.4%): different scopes')
gxa = S.alt(GX,1,'蔬菜產(chǎn)量340噸,減少35噸','蔬菜產(chǎn)量340噸,減少53噸','2016 vegetable decrease 35 → 53 t')
S.rel('growth', I, [(gxa,'340噸','蔬菜產(chǎn)量340噸'),(gxa,'53噸','減少53噸'),(gxa,'9.3%','比上年下降9.3%')], '53/393 = 13.5% ≠ 9.3')

# ---------------- 安源区 (萍乡) 2010 bulletin (stray spaces as stored)
ay_sec = '第一产业增加值30352 万元,增长6.7%;第二产业增加值847144万元,增长15.1%;第三产业增加值624201万元'
ay_str = '三次产业结构调整为 2.0:56.4:41.6'
S.rel('sum', C, [(AY,'1501696万元','生产总值1501696万元'),(AY,'30352 万元',ay_sec),(AY,'847144万元',ay_sec),(AY,'624201万元',ay_sec)], '30352+847144+624201 = 1501697 ≈ 1501696 (rounding)')
S.rel('share', C, [(AY,'847144万元',ay_sec),(AY,'1501696万元','生产总值1501696万元'),(AY,'56.4',ay_str)], '847144/1501696 = 56.41% ⇒ 56.4')
S.rel('restatement', C, [(AY,'11055吨','全年肉类总产量11055吨'),(AY,'11055','肉类 11055 5')], 'meat 11055 t: text and table agree')
S.rel('sum', U, [(AY,'178625万元','财政总收入178625万元'),(AY,'123307万元','地方一般预算收入123307万元'),(AY,'104717万元','税收总收入104717万元')], '地方一般预算收入 and 税收总收入 overlap (most taxes are in both): they are not parts of 财政总收入 that add up; nothing to check')
aya = S.alt(AY,1,'第二产业增加值847144万元','第二产业增加值874144万元','2010 secondary 847144 → 874144')
aya_sec = ay_sec.replace('847144','874144')
S.rel('sum', I, [(aya,'1501696万元','生产总值1501696万元'),(aya,'30352 万元',aya_sec),(aya,'874144万元',aya_sec),(aya,'624201万元',aya_sec)], '30352+874144+624201 = 1528697 ≠ 1501696')
S.rel('share', I, [(aya,'874144万元',aya_sec),(aya,'1501696万元','生产总值1501696万元'),(aya,'56.4',ay_str)], '874144/1501696 = 58.21% ≠ 56.4')
ayb = S.alt(AY,2,'肉类 11055 5','肉类 11505 5','meat in the table 11055 → 11505')
S.rel('restatement', I, [(ayb,'11055吨','全年肉类总产量11055吨'),(ayb,'11505','肉类 11505 5')], '(altered) meat 11055 t in the text vs 11505 in the table')

# ---------------- national 1990 bulletin
S.rel('restatement', U, [(N90,'17400亿元','国民生产总值17400亿元'),(N90,'增长5%','比上年增长5%;'),(N90,'14300亿元','国民收入14300亿元'),(N90,'增长4.8%','比上年增长4.8%')], 'GNP and national income (MPS, material sectors only) are different aggregates: levels and growth need not agree')
S.rel('restatement', U, [(N90,'增长6.9%','7382亿元,比上年增长6.9%'),(N90,'增长6.7%','粮食总产量43500万吨,比上年增长6.7%')], 'gross agricultural output value (+6.9%) and grain tonnage (+6.7%): different indicators')

# ---------------- 新疆 1998 bulletin, investment section
xj_lc = '地方项目完成投资258亿元,增长22.9%;中央项目完成投资262亿元,增长9.2%'
xj_sec = '用于第一产业(农林牧渔业)投资42亿元,与上年持平。用于第二产业投资190亿元,增长4.5%,占全部投资的比重由40.4%下降为36.5%'
S.rel('sum', C, [(XJ,'520亿元','全社会固定资产投资520亿元'),(XJ,'258亿元',xj_lc),(XJ,'262亿元',xj_lc)], 'local + central projects: 258 + 262 = 520')
S.rel('growth', C, [(XJ,'520亿元','全社会固定资产投资520亿元'),(XJ,'增长15.6%','比上年增长15.6%'),(XJ,'258亿元',xj_lc),(XJ,'增长22.9%',xj_lc),(XJ,'262亿元',xj_lc),(XJ,'增长9.2%',xj_lc)], 'weighted: 1997 = 258/1.229 + 262/1.092 = 449.86; 520/449.86 = +15.6%')
S.rel('sum', C, [(XJ,'520亿元','全社会固定资产投资520亿元'),(XJ,'42亿元',xj_sec),(XJ,'190亿元',xj_sec),(XJ,'288亿元','用于第三产业投资288亿元')], 'by sector: 42 + 190 + 288 = 520')
S.rel('share', C, [(XJ,'190亿元',xj_sec),(XJ,'520亿元','全社会固定资产投资520亿元'),(XJ,'36.5%',xj_sec)], '190/520 = 36.54% ⇒ 36.5')
S.rel('growth', C, [(XJ,'190亿元',xj_sec),(XJ,'增长4.5%',xj_sec),(XJ,'520亿元','全社会固定资产投资520亿元'),(XJ,'增长15.6%','比上年增长15.6%'),(XJ,'40.4%',xj_sec)], '1997 share: (190/1.045)/(520/1.156) = 181.8/449.8 = 40.4%')
S.rel('sum', U, [(XJ,'520亿元','全社会固定资产投资520亿元'),(XJ,'323亿元','基本建设投资完成323亿元'),(XJ,'81亿元','更新改造投资完成81亿元')], 'capital construction + renovation = 404 < 520: the other kinds of investment (real estate, rural private…) are not listed; nothing to check')
S.rel('sum', U, [(XJ,'160亿元','能源工业投资160亿元'),(XJ,'134亿元','石油工业投资134亿元'),(XJ,'1亿元','煤炭工业投资1亿元'),(XJ,'29.8亿元','供应业投资29.8亿元')], '134 + 1 + 29.8 = 164.8 > 160: the 电力、煤气及水 sector includes water, outside energy industry; the items are not a partition of 160')
xja = S.alt(XJ,1,'中央项目完成投资262亿元','中央项目完成投资226亿元','1998 central-project investment 262 → 226')
xja_lc = xj_lc.replace('262','226')
S.rel('sum', I, [(xja,'520亿元','全社会固定资产投资520亿元'),(xja,'258亿元',xja_lc),(xja,'226亿元',xja_lc)], '258 + 226 = 484 ≠ 520')
xjb = S.alt(XJ,2,'下降为36.5%','下降为38.5%','1998 secondary share 36.5 → 38.5')
S.rel('share', I, [(xjb,'190亿元',xj_sec.replace('36.5%','38.5%')),(xjb,'520亿元','全社会固定资产投资520亿元'),(xjb,'38.5%',xj_sec.replace('36.5%','38.5%'))], '190/520 = 36.5% ≠ 38.5')

# ---------------- 天津 H1 (北方网 big5; year not in the text, 2000 inferred)
tj_ind = '其中工業增加值完成386.09億元,增長12.7%'
S.rel('sum', C, [(TJ,'835.97億元','國內生產總值835.97億元'),(TJ,'31.55億元','第一產業完成增加值31.55億元'),(TJ,'430.13億元','第二產業完成增加值430.13億元'),(TJ,'374.29億元','第三產業增加值完成374.29億元')], 'H1: 31.55+430.13+374.29 = 835.97')
S.rel('sum', C, [(TJ,'430.13億元','第二產業完成增加值430.13億元'),(TJ,'386.09億元',tj_ind),(TJ,'44.04億元','上半年完成增加值44.04億元')], 'secondary = industry + construction: 386.09 + 44.04 = 430.13')
S.rel('share', C, [(TJ,'374.29億元','第三產業增加值完成374.29億元'),(TJ,'835.97億元','國內生產總值835.97億元'),(TJ,'44.8%','比重爲44.8%')], '374.29/835.97 = 44.77% ⇒ 44.8')
S.rel('growth', C, [(TJ,'430.13億元','第二產業完成增加值430.13億元'),(TJ,'增長13.4%','比去年同期增長13.4%'),(TJ,'386.09億元',tj_ind),(TJ,'增長12.7%',tj_ind),(TJ,'44.04億元','上半年完成增加值44.04億元'),(TJ,'增長19.9%','44.04億元,增長19.9%')], 'weighted: 386.09/1.127 + 44.04/1.199 = 379.31; 430.13/379.31 = +13.4%')
S.rel('growth', C, [(TJ,'835.97億元','國內生產總值835.97億元'),(TJ,'增長12%','比去年同期增長12%'),(TJ,'31.55億元','第一產業完成增加值31.55億元'),(TJ,'增長5.8%','比去年同期增長5.8%'),(TJ,'430.13億元','第二產業完成增加值430.13億元'),(TJ,'增長13.4%','比去年同期增長13.4%'),(TJ,'374.29億元','第三產業增加值完成374.29億元'),(TJ,'增長10.9%','比去年同期增長10.9%')], 'weighted: 31.55/1.058 + 430.13/1.134 + 374.29/1.109 = 746.6; 835.97/746.6 = +12.0%')
S.rel('sum', U, [(TJ,'374.29億元','第三產業增加值完成374.29億元'),(TJ,'34.45億元','房地產業實現增加值34.45億元'),(TJ,'81.32億元','批發零售貿易業完成增加值81.32億元'),(TJ,'123.74億元','其它服務業完成增加值123.74億元')], '34.45+81.32+123.74 = 239.51 < 374.29: transport, finance etc. are not listed (其中); nothing to check')
S.rel('sum', U, [(TJ,'49.9%','貢獻率達49.9%'),(TJ,'40.1%','貢獻率爲40.1%')], 'industry (49.9%) and tertiary (40.1%) contributions leave out agriculture and construction: they need not add to 100')
tja = S.alt(TJ,1,'其中工業增加值完成386.09億元','其中工業增加值完成368.09億元','H1 industry 386.09 → 368.09')
tja_ind = tj_ind.replace('386.09','368.09')
S.rel('sum', I, [(tja,'430.13億元','第二產業完成增加值430.13億元'),(tja,'368.09億元',tja_ind),(tja,'44.04億元','上半年完成增加值44.04億元')], '368.09 + 44.04 = 412.13 ≠ 430.13')
tjb = S.alt(TJ,2,'比重爲44.8%','比重爲46.8%','H1 tertiary share 44.8 → 46.8')
S.rel('share', I, [(tjb,'374.29億元','第三產業增加值完成374.29億元'),(tjb,'835.97億元','國內生產總值835.97億元'),(tjb,'46.8%','比重爲46.8%')], '374.29/835.97 = 44.8% ≠ 46.8')
S.write()

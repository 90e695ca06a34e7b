from build import Split
S = Split('heldout15'); C,I,U,CT='consistent','inconsistent','unrelated','cannot_tell'; MET,MISS='met','missed'
N86='national_1986_tjgb_hant.txt'; JX='jixi_1987_yearbook.txt'; N92='national_1992_tjgb_industry.txt'
GZR='guangzhou_2006_report_news.txt'; GZE='guangzhou_2006_estimate_news.txt'; NB='ningbo_2006_report.txt'
T07='national_2007_targets_news_hant.txt'; R07='national_2007_results_news_hant.txt'; P07='national_2007_cpi_news.txt'
GY='guiyang_county_2016_report.txt'; GZ16='guizhou_2016_tjgb_news.txt'; LN='liaoning_district_2018_tjgb.txt'
M21='nmg_2021_tjgb_hant.txt'; M23='nmg_2023_release.txt'; M23N='nmg_2023_news.txt'; M24='nmg_2024_report.txt'
M24T='nmg_2024_targets_news.txt'; M25='nmg_2025_report_hant.txt'; FL='fuling_2025q3_news.txt'

# ---------------- national 1986 bulletin (traditional mirror)
n86_agr = '1986年農業總産值3947億元,比上年增長3.5%,超過計劃規定增長3%的要求'
S.rel('target', MET, [(N86,'增長3%',n86_agr),(N86,'增長3.5%',n86_agr)], '1986 plan: agricultural output +3%; result +3.5% ≥ 3: met (the text itself says 超過)')
S.rel('growth', C, [(N86,'39109萬噸','糧食總産量39109萬噸'),(N86,'1199萬噸','比上年增産1199萬噸'),(N86,'3.2','39109 萬噸      3.2')], 'grain 39109, +1199 ⇒ 1985 = 37910; 1199/37910 = 3.16% ⇒ 3.2 (table)')
S.rel('restatement', U, [(N86,'7790億元','國民收入7790億元'),(N86,'9380億元','國民生産總值②9380億元'),(N86,'增長7.4%','7790億元,比上年增長7.4%'),(N86,'增長7.8%','9380億元,比上年增長7.8%')], 'national income (MPS, material sectors) and GNP are different aggregates: neither level nor growth should agree')
n86a = S.alt(N86,1,'比上年增産1199萬噸','比上年增産1919萬噸','1986 grain increase 1199 → 1919')
S.rel('growth', I, [(n86a,'39109萬噸','糧食總産量39109萬噸'),(n86a,'1919萬噸','比上年增産1919萬噸'),(n86a,'3.2','39109 萬噸      3.2')], '1919/(39109−1919) = 5.16% ≠ 3.2')
n86b = S.alt(N86,2,'3947億元,比上年增長3.5%','3947億元,比上年增長2.5%','1986 agricultural output growth 3.5 → 2.5')
S.rel('target', MISS, [(n86b,'增長3%',n86_agr.replace('3.5%','2.5%')),(n86b,'增長2.5%',n86_agr.replace('3.5%','2.5%'))], '(altered) +2.5% < planned +3%: missed (the copy still says 超過, contradicting itself)')

# ---------------- 鸡西 1986/1987 yearbook entry (spaced thousands, typos as stored)
S.rel('sum', C, [(JX,'116 093万元','国民生产总值为 116 093万元'),(JX,'64 618万元','劳动者收入为64 618万元'),(JX,'5 484万元','福利基金为5 484万元'),(JX,'20 715万元','利息为20 715万元'),(JX,'6 380万元','其他为6 380万元'),(JX,'18 896万元','折旧为18 896万元')], '1986 GNP by income component: 64618+5484+20715+6380+18896 = 116093')
S.rel('share', C, [(JX,'64 618万元','劳动者收入为64 618万元'),(JX,'116 093万元','国民生产总值为 116 093万元'),(JX,'55.66%','占国民生产总值的55.66%')], '64618/116093 = 55.66%')
S.rel('growth', C, [(JX,'116 093万元','国民生产总值为 116 093万元'),(JX,'126 489万元','上升到126 489万元'),(JX,'8.95%','增长 8.95%')], '126489/116093 = 1.0895 ⇒ +8.95% (computed from the two levels as stated)')
S.rel('sum', I, [(JX,'126 489万元','上升到126 489万元'),(JX,'69 537万元','劳动者收入为69 537万元'),(JX,'5 753万元','福利基金为5 753万元'),(JX,'24 411万元','利息为24 411万元'),(JX,'8 250万元','其他8 250万元'),(JX,'21 538万元','折旧为21 538万元')], 'ORIGINAL text: 69537+5753+24411+8250+21538 = 129489 ≠ 126489 (21411 would fit, see Unsure)')
S.rel('share', I, [(JX,'24 411万元','利息为24 411万元'),(JX,'126 489万元','上升到126 489万元'),(JX,'16.93%','占16.93%')], 'ORIGINAL text: 24411/126489 = 19.30% ≠ 16.93 (16.93% fits 21411)')
jx_sec86 = '1986年笫一产业总值为166 32万元'
S.rel('sum', C, [(JX,'116 093万元','国民生产总值为 116 093万元'),(JX,'166 32万元',jx_sec86),(JX,'76 870万元','1986年的76 870万元'),(JX,'22 591万元','1986年22 591万元')], '1986 by sector: 16632 (written 166 32) + 76870 + 22591 = 116093')
S.rel('growth', C, [(JX,'166 32万元',jx_sec86),(JX,'15 910万元','下降到15 910万元'),(JX,'4.34%','降低4.34%')], 'primary 16632 → 15910: −4.34%')
S.rel('share', C, [(JX,'76 870万元','1986年的76 870万元'),(JX,'116 093万元','国民生产总值为 116 093万元'),(JX,'66.21%','由1986年的66.21%')], 'secondary 76870/116093 = 66.21%')
S.rel('growth', C, [(JX,'22 591万元','1986年22 591万元'),(JX,'26 247万元','1987年为 26 247万元'),(JX,'16.18%','增长16.18%')], 'tertiary (labelled 第二产业 as stored) 22591 → 26247: +16.18%')
jxa = S.alt(JX,1,'1986年的76 870万元','1986年的79 870万元','1986 secondary 76870 → 79870')
S.rel('sum', I, [(jxa,'116 093万元','国民生产总值为 116 093万元'),(jxa,'166 32万元',jx_sec86),(jxa,'79 870万元','1986年的79 870万元'),(jxa,'22 591万元','1986年22 591万元')], '16632+79870+22591 = 119093 ≠ 116093')
S.rel('share', I, [(jxa,'79 870万元','1986年的79 870万元'),(jxa,'116 093万元','国民生产总值为 116 093万元'),(jxa,'66.21%','由1986年的66.21%')], '79870/116093 = 68.80% ≠ 66.21')

# ---------------- national 1992 bulletin, industry section
S.rel('sum', C, [(N92,'10116亿元','工业增加值10116亿元'),(N92,'5047亿元','轻工业增加值5047亿元'),(N92,'5069亿元','重工业增加值5069亿元')], 'light + heavy industry: 5047+5069 = 10116')
S.rel('growth', C, [(N92,'增长20.8%','10116亿元,比上年增长20.8%'),(N92,'5047亿元','轻工业增加值5047亿元'),(N92,'增长20.9%','5047亿元,比上年增长20.9%'),(N92,'5069亿元','重工业增加值5069亿元'),(N92,'增长20.7%','5069亿元,增长20.7%')], 'weighted: 1991 bases 5047/1.209 + 5069/1.207 = 8374.2; 10116/8374.2 = +20.8%')
S.rel('share', U, [(N92,'10116亿元','工业增加值10116亿元'),(N92,'42.3%','占国内生产总值的42.3%')], 'GDP is not stated in the text: the 42.3% share cannot be checked')
S.rel('share', U, [(N92,'61%','新增工业增加值的61%'),(N92,'60%','新增工业增加值的60%')], 'non-state industry (61%) and seven coastal provinces (60%) are overlapping groupings of the same increment, not parts of a whole: nothing to check')
n92a = S.alt(N92,1,'轻工业增加值5047亿元','轻工业增加值5407亿元','1992 light industry 5047 → 5407')
S.rel('sum', I, [(n92a,'10116亿元','工业增加值10116亿元'),(n92a,'5407亿元','轻工业增加值5407亿元'),(n92a,'5069亿元','重工业增加值5069亿元')], '5407+5069 = 10476 ≠ 10116')

# ---------------- 广州 2006: report news (2005 results, 2006 target) and year-end estimate news
S.rel('target', MET, [(GZR,'增长12%','预期目标,地区生产总值增长12%'),(GZE,'增长14.4%','预计地区生产总值增长14.4%')], '2006 target +12%; estimated result +14.4%: met')
S.rel('growth', C, [(GZR,'增长13%','5115.75亿元,比上年增长13%'),(GZE,'增长14.4%','预计地区生产总值增长14.4%'),(GZE,'1.5个百分点','比上年快1.5个百分点')], '2005 growth 13% (rounded) → 14.4−1.5 = 12.9 ≈ 13: consistent within the rounding of 13%')
S.rel('growth', C, [(GZR,'增长91.2%','比2000年增长91.2%'),(GZE,'增长14.4%','预计地区生产总值增长14.4%'),(GZE,'0.6个百分点','平均增速0.6个百分点')], '十五 (2001–2005) average: 1.912^(1/5) = 13.8%/yr; 14.4 − 0.6 = 13.8')
S.rel('growth', U, [(GZR,'5115.75亿元','实现生产总值5115.75亿元'),(GZE,'6000亿元','预计广州地区生产总值超过6000亿元'),(GZE,'增长14.4%','预计地区生产总值增长14.4%')], '5115.75 → 6000+ is a current-price rise (>17%); 14.4% is real growth: nothing to check')
S.rel('growth', U, [(GZE,'0.7个百分点','快于“九五”时期0.7个百分点'),(GZR,'增长91.2%','比2000年增长91.2%')], 'the 九五 (1996–2000) average is not stated: the 0.7 pp gap cannot be checked')
gzea = S.alt(GZE,1,'平均增速0.6个百分点','平均增速0.9个百分点','2006 growth above the 十五 average 0.6 → 0.9 pp')
S.rel('growth', I, [(GZR,'增长91.2%','比2000年增长91.2%'),(gzea,'增长14.4%','预计地区生产总值增长14.4%'),(gzea,'0.9个百分点','平均增速0.9个百分点')], '十五 average 1.912^(1/5) = 13.8%; 14.4 − 0.9 = 13.5 ≠ 13.8')
gzra = S.alt(GZR,1,'预期目标,地区生产总值增长12%','预期目标,地区生产总值增长15%','2006 GDP target 12 → 15 (second mention)')
S.rel('target', MISS, [(gzra,'增长15%','预期目标,地区生产总值增长15%'),(GZE,'增长14.4%','预计地区生产总值增长14.4%')], '(altered) target +15%; estimated result +14.4% < 15: missed (the copy also keeps 预期增长12% earlier)')

# ---------------- 宁波 2006 report: 十五 review
S.rel('growth', U, [(NB,'1175.8亿元','从1175.8亿元'),(NB,'2446.4亿元','增加到2446.4亿元'),(NB,'年均增长13.8%','年均增长13.8%')], '1175.8 → 2446.4 is 15.8%/yr at current prices; 13.8% is real growth: nothing to check')
S.rel('growth', U, [(NB,'22025元','从22025元'),(NB,'38733元','增加到38733元'),(NB,'年均增长9.5%','年均增长9.5%')], 'per-capita GDP 22025 → 38733 is 12.0%/yr at current prices; 9.5% is real: nothing to check')
S.rel('growth', C, [(NB,'143.2亿元','从143.2亿元'),(NB,'466.5亿元','增加到466.5亿元'),(NB,'26.7%','年均分别增长26.7%')], 'budget revenue (nominal) 143.2 → 466.5: 3.2577^(1/5) = 26.64%; within the rounding of the two levels (up to 26.655) ⇒ 26.7 (see Unsure)')
S.rel('growth', C, [(NB,'64.4亿元','从64.4亿元'),(NB,'212.4亿元','增加到212.4亿元'),(NB,'27%','26.7%和27%')], 'local revenue 64.4 → 212.4: 3.2981^(1/5) = 26.96% ⇒ 27')
nba = S.alt(NB,1,'26.7%和27%','26.7%和24%','2001–2005 local revenue average growth 27 → 24')
S.rel('growth', I, [(nba,'64.4亿元','从64.4亿元'),(nba,'212.4亿元','增加到212.4亿元'),(nba,'24%','26.7%和24%')], '64.4 → 212.4 is 27.0%/yr, not 24% (1.24^5 = 2.93 ≠ 3.30)')

# ---------------- national 2007: targets (traditional), results (traditional), CPI news
S.rel('target', MET, [(T07,'百分之8左右','增長目標是百分之8左右'),(R07,'增長11.4%','比上年增長11.4%,居民')], '2007 GDP target 8%左右; result 11.4%: met')
S.rel('target', MISS, [(T07,'百分之3以內','漲幅在百分之3以內'),(R07,'上漲4.8%','居民消費價格指數上漲4.8%。\n')], 'CPI ceiling 3%; result 4.8%: missed')
S.rel('target', MISS, [(P07,'3%','全年增长3%的调控目标'),(P07,'增长4.8%','较上年增长4.8%')], 'CPI 4.8% against the 3% control target stated in the same text: missed')
S.rel('restatement', C, [(T07,'百分之3以內','漲幅在百分之3以內'),(P07,'3%','全年增长3%的调控目标')], 'the 2007 CPI target: 3% in both texts')
S.rel('growth', C, [(P07,'1.5%','2006年1.5%的升幅'),(R07,'上漲了4.8%','居民消費價格指數上漲了4.8%'),(R07,'3.3個百分點','漲幅比上年提高3.3個百分點')], 'CPI 1.5% (2006) → 4.8% (2007): +3.3 pp')
S.rel('restatement', U, [(R07,'增長11.4%','比上年增長11.4%,居民'),(R07,'11.4%','13.4%和11.4%')], 'GDP growth and tertiary growth both 11.4%: different indicators')
r07a = S.alt(R07,1,'比上年增長11.4%,居民','比上年增長 7.4%,居民','2007 GDP growth 11.4 → 7.4 (written with a space to keep the length)')
S.rel('target', MISS, [(T07,'百分之8左右','增長目標是百分之8左右'),(r07a,'增長 7.4%','比上年增長 7.4%,居民')], '(altered) result 7.4% < target 8%左右: missed')
t07a = S.alt(T07,1,'漲幅在百分之3以內','漲幅在百分之5以內','2007 CPI ceiling 3 → 5')
S.rel('target', MET, [(t07a,'百分之5以內','漲幅在百分之5以內'),(R07,'上漲4.8%','居民消費價格指數上漲4.8%。\n')], '(altered) ceiling 5%; result 4.8% ≤ 5: met')
S.rel('restatement', I, [(t07a,'百分之5以內','漲幅在百分之5以內'),(P07,'3%','全年增长3%的调控目标')], '(altered) the 2007 CPI target: 5% in the altered target news vs 3% in the CPI news')
p07a = S.alt(P07,1,'远高于2006年1.5%的升幅','远高于2006年1.8%的升幅','2006 CPI 1.5 → 1.8')
S.rel('growth', I, [(p07a,'1.8%','2006年1.8%的升幅'),(R07,'上漲了4.8%','居民消費價格指數上漲了4.8%'),(R07,'3.3個百分點','漲幅比上年提高3.3個百分點')], '4.8 − 1.8 = 3.0 ≠ 3.3 pp')

# ---------------- 桂阳县 2016 report (watermark vzT, number split by a line break)
S.rel('sum', C, [(GY,'14.6','2012年的14.6:53.1:32.3'),(GY,'53.1','2012年的14.6:53.1:32.3'),(GY,'32.3','2012年的14.6:53.1:32.3')], '2012 structure: 14.6+53.1+32.3 = 100')
S.rel('sum', C, [(GY,'13.3','2016年的13.3:47.6:39.1'),(GY,'47.6','2016年的13.3:47.6:39.1'),(GY,'39.1','2016年的13.3:47.6:39.1')], '2016 structure: 13.3+47.6+39.1 = 100')
S.rel('growth', U, [(GY,'34\n0亿元','全县生产总值34\n0亿元'),(GY,'增长47.7%','比2012年(下同)增长47.7%')], 'the 2012 level is not stated: the growth since 2012 cannot be checked')
gya = S.alt(GY,1,'2016年的13.3:47.6:39.1','2016年的13.3:47.6:38.1','2016 tertiary share 39.1 → 38.1')
S.rel('sum', I, [(gya,'13.3','2016年的13.3:47.6:38.1'),(gya,'47.6','2016年的13.3:47.6:38.1'),(gya,'38.1','2016年的13.3:47.6:38.1')], '13.3+47.6+38.1 = 99.0 ≠ 100')

# ---------------- 贵州 2016 bulletin news
gz16_sec = '第一产业增加值1846.54亿元,增长6.0%;第二产业增加值4636.74亿元,增长11.1%;第三产业增加值5251.15亿元'
gz16_sh = '比重分别为15.8%、39.5%、44.7%'
S.rel('sum', C, [(GZ16,'11734.43亿元','地区生产总值11734.43亿元'),(GZ16,'1846.54亿元',gz16_sec),(GZ16,'4636.74亿元',gz16_sec),(GZ16,'5251.15亿元',gz16_sec)], '1846.54+4636.74+5251.15 = 11734.43')
S.rel('share', C, [(GZ16,'4636.74亿元',gz16_sec),(GZ16,'11734.43亿元','地区生产总值11734.43亿元'),(GZ16,'39.5%',gz16_sh)], '4636.74/11734.43 = 39.51%')
S.rel('sum', C, [(GZ16,'3555.00万人','年末常住人口3555.00万人'),(GZ16,'1569.53万人','城镇人口1569.53万人'),(GZ16,'1985.47万人','乡村人口1985.47万人')], 'urban + rural: 1569.53+1985.47 = 3555.00')
S.rel('sum', C, [(GZ16,'13.43‰','出生率13.43‰'),(GZ16,'6.93‰','死亡率6.93‰'),(GZ16,'6.50‰','自然增长率6.50‰')], '13.43−6.93 = 6.50‰')
S.rel('sum', C, [(GZ16,'5.31亿人次','旅游总人数5.31亿人次'),(GZ16,'5.30亿人次','国内旅游人数5.30亿人次'),(GZ16,'110.19万人次','入境旅游人数110.19万人次')], 'domestic + inbound: 5.30亿 + 0.011亿 = 5.311亿 ⇒ 5.31亿 (mixed units 亿/万)')
S.rel('sum', C, [(GZ16,'82679处','单体登记82679处'),(GZ16,'31053处','开发31053处'),(GZ16,'51626处','未开发(新发现)51626处')], 'resource units: 31053+51626 = 82679')
S.rel('growth', U, [(GZ16,'6.50‰','自然增长率6.50‰'),(GZ16,'25.50万人','比上年末增加25.50万人')], 'natural increase 6.50‰ of ~3542万 ≈ 23万 < 25.5万: the difference is migration, not stated: nothing to check')
gz16a = S.alt(GZ16,1,'第三产业增加值5251.15亿元','第三产业增加值5215.15亿元','2016 tertiary 5251.15 → 5215.15')
gz16a_sec = gz16_sec.replace('5251.15','5215.15')
S.rel('sum', I, [(gz16a,'11734.43亿元','地区生产总值11734.43亿元'),(gz16a,'1846.54亿元',gz16a_sec),(gz16a,'4636.74亿元',gz16a_sec),(gz16a,'5215.15亿元',gz16a_sec)], '1846.54+4636.74+5215.15 = 11698.43 ≠ 11734.43')
S.rel('share', I, [(gz16a,'5215.15亿元',gz16a_sec),(gz16a,'11734.43亿元','地区生产总值11734.43亿元'),(gz16a,'44.7%',gz16_sh)], '5215.15/11734.43 = 44.44% ≠ 44.7')

# ---------------- 辽宁 district 2018 bulletin (district not named in the text)
ln_sec = '第一产业增加值6.7亿元,增长3.0%;第二产业增加值26.48亿元,下降3.4%;第三产业增加值17.65亿元'
ln_sh = '比重为13.2%、52.1%和34.7%'
S.rel('sum', C, [(LN,'50.83亿元','地区生产总值50.83亿元'),(LN,'6.7亿元',ln_sec),(LN,'26.48亿元',ln_sec),(LN,'17.65亿元',ln_sec)], '6.7+26.48+17.65 = 50.83')
S.rel('share', C, [(LN,'26.48亿元',ln_sec),(LN,'50.83亿元','地区生产总值50.83亿元'),(LN,'52.1%',ln_sh)], '26.48/50.83 = 52.10%')
ln_agr = '总产值129878万元,按可比价计算,比上年增长6.5%,其中,农业总产值77295万元,增长5.8%;林业总产值4024万元,下降5.0%;牧业总产值40825万元,增长8.2%;渔业总产值4017万元,增长9.2%;农林牧渔服务业总产值3717万元'
S.rel('sum', C, [(LN,'129878万元',ln_agr),(LN,'77295万元',ln_agr),(LN,'4024万元',ln_agr),(LN,'40825万元',ln_agr),(LN,'4017万元',ln_agr),(LN,'3717万元',ln_agr)], 'gross output of farming: 77295+4024+40825+4017+3717 = 129878')
S.rel('growth', U, [(LN,'下降0.1%','比上年下降0.1%'),(LN,'增长4.1%','30041元,比上年增长4.1%')], 'GDP −0.1% but per-capita GDP +4.1%: possible only with a falling population, which is not stated: nothing to check')
lna = S.alt(LN,1,'第二产业增加值26.48亿元','第二产业增加值28.46亿元','2018 secondary 26.48 → 28.46')
lna_sec = ln_sec.replace('26.48','28.46')
S.rel('sum', I, [(lna,'50.83亿元','地区生产总值50.83亿元'),(lna,'6.7亿元',lna_sec),(lna,'28.46亿元',lna_sec),(lna,'17.65亿元',lna_sec)], '6.7+28.46+17.65 = 52.81 ≠ 50.83')
S.rel('share', I, [(lna,'28.46亿元',lna_sec),(lna,'50.83亿元','地区生产总值50.83亿元'),(lna,'52.1%',ln_sh)], '28.46/50.83 = 55.99% ≠ 52.1')

# ---------------- 内蒙古 2021 bulletin (traditional with inline marks)
m21_sec = '第一產(chǎn)業(yè)增加值2225.2億元,增長4.8%;第二產(chǎn)業(yè)增加值9374.2億元,增長6.1%;第三產(chǎn)業(yè)增加值8914.8億元'
m21_str = '比例為10.8:45.7:43.5'
m21_gdp = '總值完成20514.2億元'
S.rel('sum', C, [(M21,'20514.2億元',m21_gdp),(M21,'2225.2億元',m21_sec),(M21,'9374.2億元',m21_sec),(M21,'8914.8億元',m21_sec)], '内蒙古 2021: 2225.2+9374.2+8914.8 = 20514.2')
S.rel('share', C, [(M21,'9374.2億元',m21_sec),(M21,'20514.2億元',m21_gdp),(M21,'45.7',m21_str)], '9374.2/20514.2 = 45.70%')
S.rel('sum', C, [(M21,'9.0%','分別為9.0%、39.3%和51.7%'),(M21,'39.3%','分別為9.0%、39.3%和51.7%'),(M21,'51.7%','分別為9.0%、39.3%和51.7%')], 'contributions to growth: 9.0+39.3+51.7 = 100')
S.rel('sum', C, [(M21,'2400.0萬人','常住人口2400.0萬人'),(M21,'1637.0萬人','人口1637.0萬人'),(M21,'763.0萬人','人口763.0萬人')], 'urban + rural: 1637.0+763.0 = 2400.0')
S.rel('share', C, [(M21,'1637.0萬人','人口1637.0萬人'),(M21,'2400.0萬人','常住人口2400.0萬人'),(M21,'68.2%','城鎮(zhèn)化率達68.2%')], 'urbanisation 1637/2400 = 68.21%')
S.rel('sum', C, [(M21,'6.26‰','出生率為6.26‰'),(M21,'7.54‰','死亡率為7.54‰'),(M21,'-1.28‰','自然增長率為-1.28‰')], '6.26−7.54 = −1.28‰')
S.rel('rate', C, [(M21,'18.1萬人','死亡人口18.1萬人'),(M21,'2400.0萬人','常住人口2400.0萬人'),(M21,'2.8萬人','減少2.8萬人'),(M21,'7.54‰','死亡率為7.54‰')], 'death rate on the mean population (2402.8+2400.0)/2 = 2401.4: 18.1/2401.4 = 7.54‰')
S.rel('growth', U, [(M21,'15.0萬人','出生人口15.0萬人'),(M21,'18.1萬人','死亡人口18.1萬人'),(M21,'2.8萬人','減少2.8萬人')], 'births − deaths = −3.1萬 but the population fell 2.8萬: the gap is net migration, not stated: nothing to check')
S.rel('sum', C, [(M21,'330.0','|\n330.0\n|'),(M21,'1738.0','|\n1738.0\n|'),(M21,'332.0','|\n332.0\n|'),(M21,'2400.0','全區(qū)總人口\n|\n2400.0')], 'age groups (table): 330.0+1738.0+332.0 = 2400.0')
m21a = S.alt(M21,1,'第二產(chǎn)業(yè)增加值9374.2億元','第二產(chǎn)業(yè)增加值9347.2億元','2021 secondary 9374.2 → 9347.2')
m21a_sec = m21_sec.replace('9374.2','9347.2')
S.rel('sum', I, [(m21a,'20514.2億元',m21_gdp),(m21a,'2225.2億元',m21a_sec),(m21a,'9347.2億元',m21a_sec),(m21a,'8914.8億元',m21a_sec)], '2225.2+9347.2+8914.8 = 20487.2 ≠ 20514.2')
S.rel('share', I, [(m21a,'9347.2億元',m21a_sec),(m21a,'20514.2億元',m21_gdp),(m21a,'45.7',m21_str)], '9347.2/20514.2 = 45.56% ⇒ 45.6 ≠ 45.7')
m21b = S.alt(M21,2,'死亡率為7.54‰','死亡率為7.45‰','2021 death rate 7.54 → 7.45')
S.rel('sum', I, [(m21b,'6.26‰','出生率為6.26‰'),(m21b,'7.45‰','死亡率為7.45‰'),(m21b,'-1.28‰','自然增長率為-1.28‰')], '6.26−7.45 = −1.19 ≠ −1.28')
S.rel('rate', I, [(m21b,'18.1萬人','死亡人口18.1萬人'),(m21b,'2400.0萬人','常住人口2400.0萬人'),(m21b,'2.8萬人','減少2.8萬人'),(m21b,'7.45‰','死亡率為7.45‰')], '18.1/2401.4 = 7.54‰ ≠ 7.45')

# ---------------- 内蒙古 2023 release, 2023 news, 2024 report, 2024 targets, 2025 report (traditional)
m23_sec = '第一产业增加值2737亿元,比上年增长5.5%;第二产业增加值11704亿元,增长8.1%;第三产业增加值10186亿元'
S.rel('sum', C, [(M23,'24627亿元','全区地区生产总值24627亿元'),(M23,'2737亿元',m23_sec),(M23,'11704亿元',m23_sec),(M23,'10186亿元',m23_sec)], '内蒙古 2023 (release): 2737+11704+10186 = 24627')
m23_meat = '285.4万吨,比上年增长2.7%。其中,猪肉75.7万吨,牛肉77.8万吨,羊肉108.8万吨,禽肉23.0万吨'
S.rel('sum', C, [(M23,'285.4万吨',m23_meat),(M23,'75.7万吨',m23_meat),(M23,'77.8万吨',m23_meat),(M23,'108.8万吨',m23_meat),(M23,'23.0万吨',m23_meat)], 'meat: 75.7+77.8+108.8+23.0 = 285.3 ≈ 285.4 (rounding of the parts)')
S.rel('rate', C, [(M23,'791.6亿斤','粮食总产量791.6亿斤'),(M23,'10477.1万亩','粮食播种面积10477.1万亩'),(M23,'378公斤/亩','单产达到378公斤/亩')], 'yield: 791.6亿斤 = 395.8亿公斤 over 10477.1万亩 = 377.8 kg/亩 ⇒ 378')
S.rel('restatement', C, [(M23,'增长7.3%','按可比价格计算,比上年增长7.3%'),(M24,'增长7.3%','地区生产总值增长7.3%')], '2023 GDP growth 7.3% in the release and in the 2024 work report')
S.rel('restatement', U, [(M24,'增长7.4%','规上工业增加值增长7.4%'),(M23N,'增长7.2%','工业增加值比上年增长7.2%')], 'industry above designated size (7.4%) vs all industry (7.2%): different indicators')
S.rel('restatement', U, [(M23N,'增长5.5%','农林牧渔业增加值比上年增长5.5%'),(M23,'增长5.5%','2737亿元,比上年增长5.5%')], '农林牧渔业 and 第一产业 both +5.5%: different scopes (services to farming), equal growth says nothing')
S.rel('growth', U, [(M23N,'增长5.5%','农林牧渔业增加值比上年增长5.5%'),(M23N,'1.0个百分点','增速比上年提高1.0个百分点')], 'the 2022 growth of 农林牧渔业 is not stated: the +1.0 pp cannot be checked')
S.rel('share', U, [(M23N,'40.2%','占地区生产总值的40.2%'),(M23N,'24627亿元','2023年内蒙古地区生产总值24627亿元')], 'industry value added is not stated (only the secondary sector): the 40.2% share cannot be checked')
S.rel('growth', U, [(M21,'增長6.3%','按可比價計算,比上年增長6.3%'),(M23N,'4.4%','2022年4.4%的增速。\n'),(M23N,'3.7%','3.7%的年均增速')], '2020–2022 average 3.7% needs 2020 growth, which is in no text (6.3% for 2021, 4.4% for 2022 are): nothing to check')
S.rel('growth', U, [(M21,'20514.2億元',m21_gdp),(M23,'24627亿元','全区地区生产总值24627亿元'),(M23N,'4.4%','2022年4.4%的增速。\n'),(M23,'增长7.3%','按可比价格计算,比上年增长7.3%')], '20514.2 → 24627 is +20.0% at current prices over two years; 4.4% and 7.3% are real (1.044×1.073 = 1.120): nothing to check')
S.rel('target', CT, [(M24T,'增长6%以上','目标是地区生产总值增长6%以上'),(M25,'增長6%左右','預(yù)計地區(qū)生產(chǎn)總值增長6%左右')], '2024 target “6%以上” (a floor) vs the estimate “6%左右” (about 6, could be below): the text does not allow a verdict')
S.rel('target', MET, [(M24T,'降低1.6%左右','能耗降低1.6%左右'),(M25,'下降3%','單位GDP能耗下降3%')], '2024 energy intensity target −1.6%左右; result −3%: met')
S.rel('target', U, [(M24T,'增长6%以上','目标是地区生产总值增长6%以上'),(M24,'增长7.3%','地区生产总值增长7.3%')], '6%以上 is the 2024 target; 7.3% is 2023 growth: different years, no verdict')
S.rel('growth', U, [(M23,'24627亿元','全区地区生产总值24627亿元'),(M25,'2.6萬億元','突破2.6萬億元'),(M25,'增長6%左右','預(yù)計地區(qū)生產(chǎn)總值增長6%左右')], '24627 → 2.6万亿+ is a current-price rise (≥5.6%); 6% is real growth of an estimate: nothing to check')
m23a = S.alt(M23,1,'第二产业增加值11704亿元','第二产业增加值11407亿元','2023 secondary 11704 → 11407 (release)')
m23a_sec = m23_sec.replace('11704','11407')
S.rel('sum', I, [(m23a,'24627亿元','全区地区生产总值24627亿元'),(m23a,'2737亿元',m23a_sec),(m23a,'11407亿元',m23a_sec),(m23a,'10186亿元',m23a_sec)], '2737+11407+10186 = 24330 ≠ 24627')
m24a = S.alt(M24,1,'地区生产总值增长7.3%','地区生产总值增长7.5%','2023 GDP growth in the 2024 report 7.3 → 7.5')
S.rel('restatement', I, [(M23,'增长7.3%','按可比价格计算,比上年增长7.3%'),(m24a,'增长7.5%','地区生产总值增长7.5%')], 'same indicator and year: 7.3% (release) vs 7.5% (altered report)')
m24ta = S.alt(M24T,1,'目标是地区生产总值增长6%以上','目标是地区生产总值增长5%以上','2024 GDP target 6 → 5 (body; the headline keeps 6%以上)')
S.rel('target', MET, [(m24ta,'增长5%以上','目标是地区生产总值增长5%以上'),(M25,'增長6%左右','預(yù)計地區(qū)生產(chǎn)總值增長6%左右')], '(altered) floor 5%; estimate about 6% ≥ 5: met')
S.rel('restatement', I, [(m24ta,'6%以上','预期增长6%以上'),(m24ta,'5%以上','目标是地区生产总值增长5%以上')], '(altered) headline 6%以上 vs body 5%以上 for the same 2024 GDP target')
m25a = S.alt(M25,1,'單位GDP能耗下降3%','單位GDP能耗下降1%','2024 energy-intensity fall 3 → 1')
S.rel('target', MISS, [(M24T,'降低1.6%左右','能耗降低1.6%左右'),(m25a,'下降1%','單位GDP能耗下降1%')], '(altered) −1% is less than the −1.6%左右 target: missed')

# ---------------- 涪陵 (重庆) Q1–Q3 2025 release
fl_sec = '第一产业实现增加值72.61亿元,同比增长3.8%;第二产业实现增加值730.64亿元,同比增长7.2%;第三产业实现增加值488.68亿元'
fl_str = '结构为5.6:56.6:37.8'
S.rel('sum', C, [(FL,'1291.92亿元','地区生产总值1291.92亿元'),(FL,'72.61亿元',fl_sec),(FL,'730.64亿元',fl_sec),(FL,'488.68亿元',fl_sec)], '72.61+730.64+488.68 = 1291.93 ≈ 1291.92 (rounding)')
S.rel('sum', C, [(FL,'5.6',fl_str),(FL,'56.6',fl_str),(FL,'37.8',fl_str)], 'structure: 5.6+56.6+37.8 = 100')
S.rel('share', C, [(FL,'730.64亿元',fl_sec),(FL,'1291.92亿元','地区生产总值1291.92亿元'),(FL,'56.6',fl_str)], '730.64/1291.92 = 56.55% ⇒ 56.6')
S.rel('sum', C, [(FL,'440.96亿元','社会消费品零售总额440.96亿元'),(FL,'351.65亿元','城镇消费品零售额351.65亿元'),(FL,'89.31亿元','乡村消费品零售额89.31亿元')], 'retail sales, urban + rural: 351.65+89.31 = 440.96')
S.rel('restatement', U, [(FL,'增长8.1%','规模以上工业增加值同比增长8.1%'),(FL,'增长7.2%','730.64亿元,同比增长7.2%')], 'industry above designated size (8.1%) vs the secondary sector (7.2%, includes construction and small industry): different indicators')
fla = S.alt(FL,1,'第二产业实现增加值730.64亿元','第二产业实现增加值703.64亿元','Q1–Q3 secondary 730.64 → 703.64')
fla_sec = fl_sec.replace('730.64','703.64')
S.rel('sum', I, [(fla,'1291.92亿元','地区生产总值1291.92亿元'),(fla,'72.61亿元',fla_sec),(fla,'703.64亿元',fla_sec),(fla,'488.68亿元',fla_sec)], '72.61+703.64+488.68 = 1264.93 ≠ 1291.92')
S.rel('share', I, [(fla,'703.64亿元',fla_sec),(fla,'1291.92亿元','地区生产总值1291.92亿元'),(fla,'56.6',fl_str)], '703.64/1291.92 = 54.46% ≠ 56.6')
S.write()

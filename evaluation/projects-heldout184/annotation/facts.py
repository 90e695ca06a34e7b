# Hand annotation of project names (projects-heldout184), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 北京
('bj_2003_airport_north_road_hant.txt', '中新網(wǎng)10月27日電', '全長約10公里。', [
    ('北京機(jī)場北路', '北京机场北路', R),
    ('機(jī)場東線', '机场东线', R),                          # planned expressway, named
    ('機(jī)場北路', '机场北路', R),
    ('機(jī)場東線', '机场东线', R),
    ('機(jī)場北路', '机场北路', R),
    ('機(jī)場北路', '机场北路', R),
    ('京承高速路', '京承高速路', R),
    ('首都機(jī)場北貨運(yùn)場', '首都机场北货运场', O),     # cargo yard: sub-part of the airport
    ('首都機(jī)場', '首都机场', O),                          # nested airport name
    ('京承高速路', '京承高速路', R),
    ('京密路', '京密路', R),
    ('順平路', '顺平路', R),
    ('首都機(jī)場', '首都机场', O),                          # 到達首都機場北門: airport inside a gate's name
]),
('bj_2019_daxing_airport_roads_hant.txt', '據(jù)北京市發(fā)展改革委', '建成投用。', [
    ('北京大興國際機(jī)場', '北京大兴国际机场', R),
    ('北京大興國際機(jī)場高速公路', '北京大兴国际机场高速公路', R),
    ('軌道交通新機(jī)場線', '轨道交通新机场线', R),
    ('京臺高速(北京段)', '京台高速(北京段)', R),
    ('京開高速(北京段)', '京开高速(北京段)', R),
    ('京雄城際鐵路(北京段)', '京雄城际铁路(北京段)', R),
    ('城際鐵路聯(lián)絡(luò)線', '城际铁路联络线', R),
    ('北京大興國際機(jī)場北線高速', '北京大兴国际机场北线高速', R),
    ('京臺高速(北京段)', '京台高速(北京段)', R),          # first member of …拓寬項目等工程: a full road name
    ('京開高速(北京段)拓寬項(xiàng)目', '京开高速(北京段)拓宽项目', R),
    ('京開高速(北京段)', '京开高速(北京段)', O),          # shorter reading without 拓寬項目
    ('軌道交通新機(jī)場線一期工程', '轨道交通新机场线一期工程', R),
    ('軌道交通新機(jī)場線', '轨道交通新机场线', O),
    ('草橋站', '草桥站', O),                                # station
    ('北京大興國際機(jī)場', '北京大兴国际机场', R),
    ('北京大興國際機(jī)場高速公路', '北京大兴国际机场高速公路', R),
    ('北京大興國際機(jī)場北線高速', '北京大兴国际机场北线高速', R),
]),
('bj_2017_jingba_railway_forum.txt', '京霸铁路将连接雄安新区', '同步开工。', [
    ('京霸铁路', None, R),                                  # title line
    ('雄安新区', None, R),                                  # new area (named in CONVENTIONS)
    ('京张铁路', None, R),
    ('京霸铁路', None, R),
    ('京沈客专', None, R),
    ('京通', None, O),                                      # bare members of 京通、京原2项电气化改造工程
    ('京原', None, O),
    ('京张铁路', None, R),
    ('京张高铁', None, R),
    ('京霸铁路', None, R),
    ('雄安新区', None, R),
    ('新机场', None, O),                                    # anaphoric short form of 北京新机场
    ('首都机场至新机场的城际铁路联络线', None, O),          # longer, descriptive reading
    ('首都机场', None, O),                                  # endpoint named inside the description
    ('新机场', None, O),
    ('城际铁路联络线', None, R),
    ('新机场', None, O),
    ('下穿新机场工程', None, O),                            # sub-part of the 联络线 works
    ('新机场', None, O),
    ('新机场航站楼', None, O),                              # terminal building
    ('新机场', None, O),
]),
# ---------------------------------------------------------------- 天津
('tj_2006_huangwan_railway.txt', '本报天津电', '依法追究责任。', [
    ('万家码头车站', None, O),                              # station
    ('黄(骅)万(家码头)铁路', None, R),                     # bracketed glosses kept as written
    ('朔黄铁路扩能改造工程', None, R),
    ('朔黄铁路', None, O),                                  # nested line name
    ('朔黄铁路', None, O),                                  # inside the company name 朔黄铁路公司
    ('黄万铁路', None, R),
    ('朔黄铁路黄骅南站', None, O),                          # station: longer reading
    ('朔黄铁路', None, R),                                  # 南起朔黄铁路…: the line
    ('天津港南疆码头', None, R),
    ('天津港', None, O),
    ('黄万铁路', None, R),
]),
('tj_2013_dongjiang_port_hant.txt', '東疆港區分為', '全部成陸。', [
    ('東疆港區', '东疆港区', R),
    ('天津東疆保稅港區', '天津东疆保税港区', O),          # bonded zone (policy zone)
    ('東疆港區', '东疆港区', R),
    ('保稅港區一期', '保税港区一期', O),                  # phase of the zone, short form
    ('港島吹填造陸工程', '港岛吹填造陆工程', O),          # anaphoric, semi-generic works title
    ('四期造陸', '四期造陆', O),
    ('五期造陸', '五期造陆', O),
    ('東疆港島', '东疆港岛', R),
]),
('tj_2011_nangang_port_xinhua.txt', '新华社报道', '重件5万吨。', [
    ('天津滨海新区南港港区', None, R),
    ('天津滨海新区', None, O),                              # new area named in passing
    ('南港港区', None, O),                                  # shorter reading without the place
    ('南港港区', None, R),
    ('南港工业区', None, R),
    ('南港工业区', None, R),
    ('天津滨海新区', None, O),
    ('大港油田', None, O),                                  # oil field / enterprise
    ('中俄1,300万吨炼油', None, R),                         # named refinery project
    ('南港港区', None, R),
    ('南港工业区', None, R),
    ('南港港区', None, R),
    ('南港工业区', None, R),
]),
# ---------------------------------------------------------------- 河北
('hb_1950s_flood_control_history.txt', '防洪工程建设。', '疏浚卫运河。', [
    ('潮白新河工程', None, R),
    ('牛牧屯分洪', None, O),                                # members of …分洪、…滞洪等工程
    ('黄庄洼', None, O),
    ('七里海滞洪', None, O),
    ('青龙湾', None, O),                                    # bare member of 青龙湾和筐儿港减河
    ('筐儿港减河', None, O),                                # dug relief channel, now a river
    ('黄庄洼张头窝退水闸', None, R),
    ('七里海导流引渠', None, O),                            # …引渠及东引河疏浚工程: boundary unclear
    ('东引河疏浚工程', None, O),
    ('新盖房分洪道', None, R),
    ('独流减河', None, O),
    ('北大港围堤', None, R),
    ('赵王新渠', None, R),
    ('泛区新北堤', None, O),
    ('京山铁路护路堤工程', None, R),
    ('京山铁路', None, O),
    ('增产引河', None, O),
    ('增产堤', None, O),
    ('官厅水库', None, R),
    ('二分庄分洪口门', None, R),
    ('四女寺减河', None, O),
]),
('hb_2020_xiongan_zaozhadian_hant.txt', '雄安集團生態(tài)公司相關負責人', '中低污染魚塘。', [
    ('藻苲淀退耕還淀工程', '藻苲淀退耕还淀工程', R),
    ('府河河口濕地水質(zhì)凈化工程', '府河河口湿地水质净化工程', R),
    ('府河新區(qū)段河道綜合治理項目', '府河新区段河道综合治理项目', R),
    ('引黃補淀通道水系疏通', '引黄补淀通道水系疏通', O),    # bare member of …、…試點工程等
    ('引黃補淀', '引黄补淀', O),                            # programme title inside it
    ('白洋淀生態(tài)清淤擴大試點工程', '白洋淀生态清淤扩大试点工程', R),
]),
('hb_caofeidian_history_hant.txt', '2001年,省', '發(fā)展規(guī)劃。', [
    ('曹妃甸深水泊位', '曹妃甸深水泊位', O),              # descriptive (place + berth) inside a plan quote
    ('曹妃甸工程', '曹妃甸工程', R),
    ('曹妃甸進(jìn)口礦石碼頭', '曹妃甸进口矿石码头', R),
    ('原油碼頭', '原油码头', O),                            # second member, prefix 曹妃甸 shared
    ('曹妃甸工業(yè)區(qū)', '曹妃甸工业区', R),
]),
('hb_2022_hengshui_q2_starts.txt', '5月6日-7日', '等6个项目。', [
    ('深州嘉美公司溶菌酶生产', None, R),                    # firm + product, like 桐城金田尼龙薄膜
    ('武强经济开发区科创中心', None, R),
    ('武强经济开发区', None, O),
    ('故城丰农公司液态奶', None, R),
    ('衡水高新区宝腾绿色装配式建筑产业化', None, R),
    ('衡水高新区', None, O),
]),
# ---------------------------------------------------------------- 内蒙古
('nm_2019_ordos_coal_mines.txt', '10月10日,国家发展改革委', '相同规模的选煤厂。', [
    ('内蒙古塔然高勒矿区油房壕煤矿项目', None, R),        # NDRC approval title
    ('塔然高勒矿区油房壕煤矿项目', None, O),
    ('长城五号煤矿', None, R),
    ('长城六号煤矿', None, R),
    ('长城一号煤矿扩改建项目', None, R),
    ('长城一号煤矿', None, O),
    ('长城三号煤矿', None, R),
    ('营盘壕煤矿', None, R),
    ('巴愣煤矿', None, R),
    ('白家海子煤矿', None, R),
    ('塔然高勒矿区油房壕煤矿', None, R),
    ('油房壕煤矿', None, O),
    ('纳林河矿区白家海子煤矿', None, R),
    ('白家海子煤矿', None, O),
    ('纳林河矿区营盘壕煤矿', None, R),
    ('营盘壕煤矿', None, O),
]),
('nm_2016_yimin_chronology.txt', '1983年\n\n一露天', '年产能2000万吨。', [
    ('一露天首采区', None, O),                              # first block of the No.1 open pit
    ('一露天矿', None, O),                                  # short name of the pit
    ('伊敏煤电联营工程', None, R),
    ('伊敏煤电一期工程', None, R),
    ('伊敏煤电一期工程', None, R),
    ('伊敏电厂一号机组', None, O),                          # unit: longer reading
    ('伊敏电厂', None, R),
    ('伊敏电厂二号机组', None, O),
    ('伊敏电厂', None, R),
    ('伊敏煤电二期工程', None, R),
    ('露天煤矿二期', None, O),                              # anaphoric phase
    ('伊敏二期', None, O),                                  # short form of 伊敏煤电二期
    ('伊敏煤电三期工程', None, R),
    ('伊敏电厂', None, R),
    ('伊敏露天矿', None, R),
]),
('nm_2020_urad_middle_banner_energy.txt', '原标题:今年巴彦淖尔', '10月底全部建成并网发电。', [
    ('恒玖盛源西羊场1万千瓦分散式风电项目', None, R),
    ('国华巴彦淖尔公司中旗德岭山20MWp自发自用光伏发电项目', None, R),
    ('中旗德岭山20MWp自发自用光伏发电项目', None, O),     # reading without the company
]),
('nm_2020_hohhot_report.txt', '(一)经济高质量发展', '获工信部批复。', [
    ('中环光伏四期', None, R),
    ('五期', None, O),                                      # 中环光伏五期, written elliptically
    ('久泰新材料年产100万吨煤制乙二醇项目', None, R),
    ('旭阳中燃焦化循环产业园项目', None, R),
    ('创维智能家电产业园项目', None, R),
    ('国家级互联网骨干直联点', None, O),                    # facility named by its national category
]),
('nm_2010_xilin_rail_coal_hant.txt', '新華網(wǎng)呼和浩特9月23日電', '外運的壓力。', [
    ('京藏高速公路', '京藏高速公路', R),
    ('錫林浩特至多倫鐵路復(fù)線', '锡林浩特至多伦铁路复线', R),
    ('錫林浩特至多倫鐵路', '锡林浩特至多伦铁路', O),
    ('集寧至其東北部的通遼', '集宁至其东北部的通辽', O),    # members of …等鐵路, described by endpoints
    ('多倫至河北省豐寧', '多伦至河北省丰宁', O),
    ('正藍旗至河北省張家口', '正蓝旗至河北省张家口', O),
]),
]

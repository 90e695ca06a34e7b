# Hand annotation of project names (projects-heldout179), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 广东
('gd_2019_jieyang_binhai_interview.txt', '叶牛平:过去一年', '形成一个千亿级、万亿级的产业集群 。', [
    ('滨海新区', None, O),                                # 揭阳滨海新区 as the subject area: a zone named in passing
    ('揭阳潮汕机场跑道延长工程', None, R),
    ('站坪工程', None, O),                                # …跑道延长工程和站坪工程: bare member, head 揭阳潮汕机场 written once
    ('汕汕高铁揭阳段', None, R),
    ('汕汕高铁', None, O),                                # nested line of the section
    ('汕汕高铁', None, R),                                # 将来汕汕高铁、广汕高铁贯通后
    ('广汕高铁', None, R),
    ('中石油炼化一体化项目原油码头', None, R),
    ('中石油炼化一体化项目', None, O),                    # the refinery project nested in its terminal's name
    ('产品码头', None, O),                                # elliptical member (…原油码头、产品码头)
    ('石化工业区的公共码头', None, O),                    # descriptive: the industrial zone's public wharf
    ('国电投海上风电的专用码头', None, O),                # descriptive: the wind-power operator's own wharf
    ('神泉渔港', None, R),
    ('揭惠高速公路', None, R),
    ('惠来滨海新区', None, O),                            # destination of a trip (从揭阳城区到…): a place as much as a zone
    ('中石油项目', None, O),                              # anaphoric short form of the refinery project
    ('石化工业区', None, O),                              # zone named in passing
    ('吉林石化ABS项目', None, R),
    ('昆仑能源LNG液化天然气项目', None, R),
]),
('gd_2021_shantou_q3_starts_hant.txt', '今天參加全市第三季度', '將為濠江高質量發展注入強勁動力。', [
    ('汕頭海上風電產業園基礎設施配套專案', '汕头海上风电产业园基础设施配套专案', R),   # 專案 = 项目 (Taiwan usage of the page), kept as written
    ('金平工業園區基礎設施', '金平工业园区基础设施', R),
    ('金平工業園區', '金平工业园区', O),                  # the park nested in the project name
    ('中璽科技總部大樓', '中玺科技总部大楼', O),          # HQ building
    ('會汀港排洪渠汙水整治及生態修復工程專案', '会汀港排洪渠污水整治及生态修复工程专案', R),
    ('汕頭市健為醫院', '汕头市健为医院', O),              # a hospital (institution)
    ('海上風電產業園基礎設施配套專案', '海上风电产业园基础设施配套专案', O),  # photo caption: short form without 汕頭
    ('濠江區風電產業園', '濠江区风电产业园', O),          # longer reading with the district
    ('風電產業園', '风电产业园', O),                      # 位於濠江區風電產業園: park named by industry, after 位於
    ('汕頭海上風電產業園基礎設施配套專案', '汕头海上风电产业园基础设施配套专案', R),
]),
('gd_2025_jiangmen_heshan_report_digest.txt', '鹤山工业区\n建立强大的产业平台', '其中1500个高中学位。', [
    ('鹤山工业区', None, O),                              # photo caption; zone
    ('蓬江鹤山区', None, O),                              # 蓬江鹤山区、江海新会江睦区联合区: joint zones, garbled list
    ('江海新会江睦区联合区', None, O),
    ('珠西新材料集聚区', None, O),                        # zone
    ('鹤山精细化工产业园', None, O),                      # park named by its industry
    ('珠西国际物流中心', None, R),                        # photo caption naming the logistics hub
    ('珠西国际物流中心多式联运枢纽', None, R),
    ('珠西国际物流中心', None, O),                        # nested
    ('中国骨干冷链运输基地', None, O),                    # descriptive base
    ('G325开平段', None, O),                              # road numbers
    ('G240新会段', None, O),
    ('G325鹤山段', None, O),
    ('国道S532', None, O),
    ('鹤山一中', None, O),                                # photo caption; a school
    ('江门市艺术中学改造工程', None, R),
    ('鹤山一中附属中学', None, O),                        # a school (institution)
]),
# ---------------------------------------------------------------- 广西
('gx_2003_2007_nanfang_railway_hant.txt', '南防鐵路自廣西南寧市', '率先開工建設。', [
    ('南防鐵路', '南防铁路', R),
    ('南寧南站', '南宁南站', O),                          # station
    ('湘桂', None, O),                                    # 湘桂和南昆鐵路: bare member, head 鐵路 written once
    ('南昆鐵路', '南昆铁路', R),
    ('欽北鐵路', '钦北铁路', R),
    ('北海港口', None, O),                                # 可達北海港口: the port(s) of 北海, generic wording
    ('防城港', None, O),                                  # 終點站為出海口岸站防城港: the station
    ('南防鐵路', '南防铁路', R),
    ('南防線', '南防线', R),                              # short form of the line (like 神朔线)
    ('南防鐵路', '南防铁路', R),
    ('南(寧)防(城)線', '南(宁)防(城)线', O),            # 再造一個南(寧)防(城)線: the planned second line, glossed
    ('南防線', '南防线', R),                              # 重建南防線的複線
    ('南防線', '南防线', R),                              # 緩解南防線的運輸壓力
    ('南防線擴能改造工程', '南防线扩能改造工程', R),
    ('南防線', '南防线', O),                              # nested
    ('廣西南防鐵路企沙支線', '广西南防铁路企沙支线', O),  # longer reading with the region
    ('南防鐵路企沙支線', '南防铁路企沙支线', R),
    ('南防鐵路', '南防铁路', O),                          # nested
    ('防城港至企沙鐵路支線V標合同段', '防城港至企沙铁路支线V标合同段', R),
    ('防城港至企沙鐵路支線', '防城港至企沙铁路支线', O),  # nested line without the contract section
]),
('gx_2010_beibu_gulf_ports.txt', '  1919年,伟大的革命先行者', '多项全国纪录。', [
    ('钦州港', None, R),                                  # 把钦州港规划为…
    ('南方第二大港', None, O),                            # Sun Yat-sen's epithet for the port
    ('钦州港', None, R),                                  # 2009年,钦州港完成货物吞吐量
    ('南方第二大港', None, O),
    ('钦州港', None, R),                                  # 钦州港只用了17年
    ('钦州港', None, R),                                  # 钦州港的跨越式腾飞
    ('防城港11#、12#泊位', None, O),                      # one reading: the two berths together
    ('防城港11#', None, O),                               # elliptical list: bare member
    ('12#泊位', None, O),                                 # member with the head but without the port
    ('防城港5万吨级进港航道', None, R),
    ('钦州港二期工程', None, R),
    ('钦州港3万吨级进港航道工程', None, R),
    ('20万吨级矿石码头', None, O),                        # capacity + kind, port named as the sentence's subject
    ('硫磷专业泊位码头', None, O),                        # first, generic mention of the terminal named next
    ('东湾5万吨级液体化码头', None, R),
    ('防城港硫磷专业泊位码头', None, R),
]),
('gx_2010_nanning_port_start_hant.txt', '近日,由南寧港開發', '建設(shè)工期18個月。', [
    ('南寧港一期工程項目', '南宁港一期工程项目', R),
    ('南寧港一期工程', '南宁港一期工程', O),              # nested
    ('南寧港一期工程', '南宁港一期工程', R),              # 南寧港一期工程是…
    ('西江黃金水道', '西江黄金水道', O),                  # programme of waterway works (首批西江黃金水道建設項目)
    ('六景港區(qū)六景轉(zhuǎn)運站作業(yè)區(qū)工程', '六景港区六景转运站作业区工程', R),
    ('六景港區(qū)八聯(lián)聯(lián)營廠作業(yè)區(qū)工程', '六景港区八联联营厂作业区工程', R),
    ('中心城區(qū)牛灣作業(yè)區(qū)一期工程', '中心城区牛湾作业区一期工程', R),   # 中心城区 = the port area, parallel to 六景港区
    ('牛灣作業(yè)區(qū)一期工程', '牛湾作业区一期工程', O),                    # shorter reading without the port area
]),
('gx_2016_guiping_starts.txt', '12月15日,桂平市举行', '速食米粉生产项目。', [
    ('金田木业搬迁扩建项目', None, R),
    ('淮山深加工项目', None, O),                          # product-only names
    ('年产6万吨硫酸锰项目', None, O),
    ('年产25万吨重晶石矿粉项目', None, O),
    ('玉柴桂平农光互补光伏发电一期项目', None, R),
    ('金龙休闲农业示范区项目', None, R),
    ('广西桂平航运枢纽水电站技改扩建项目', None, R),
    ('广西桂平航运枢纽水电站', None, O),                  # the plant nested in the project name
    ('速食米粉生产项目', None, O),
]),
('gx_2021_liucheng_starts_hant.txt', '彩旗飄揚', '建設(shè)項(xiàng)目等。', [
    ('柳城楊柳河酒店項(xiàng)目', '柳城杨柳河酒店项目', R),
    ('柳城楊柳河酒店項(xiàng)目', '柳城杨柳河酒店项目', R),   # photo caption
    ('柳城楊柳河酒店', '柳城杨柳河酒店', O),              # nested: the hotel without 項目
    ('柳城楊柳河酒店', '柳城杨柳河酒店', R),
    ('鳳山古鎮(zhèn)旅游假日酒店', '凤山古镇旅游假日酒店', R),
    ('綠樹家緣年產(chǎn)15萬方人造板項(xiàng)目', '绿树家缘年产15万方人造板项目', R),
    ('柳城縣實(shí)驗(yàn)高級中學(xué)教學(xué)科技綜合樓', '柳城县实验高级中学教学科技综合楼', R),
    ('廣西柳州利而安化工有限公司年產(chǎn)43萬噸化工產(chǎn)品建設(shè)項(xiàng)目', '广西柳州利而安化工有限公司年产43万吨化工产品建设项目', R),
]),
# ---------------------------------------------------------------- 海南
('hi_2015_key_projects_h1.txt', '屯琼高速通车,西环高铁', '基础逐步夯实。', [
    ('屯琼高速', None, R),
    ('西环高铁', None, R),
    ('琼中至五指山至乐东高速公路', None, R),
    ('博鳌机场', None, R),
    ('铺前大桥', None, R),
    ('西南部电厂', None, R),
    ('屯琼高速公路', None, R),
    ('红岭水利枢纽工程', None, R),
    ('西环高铁', None, R),
    ('昌江核电', None, R),
    ('清水湾旅游度假区', None, R),
    ('海口城中村改造', None, O),                          # a programme of urban-village renewal
    ('海南光网智能岛', None, O),                          # programme between works and policy
]),
('hi_2019_yangpu_signing_starts.txt', '7个签约项目投资总额69亿元', '重要交通基础设施。', [
    ('海南逸盛PTA二期项目', None, R),
    ('碳五碳九项目', None, O),                            # product-only names
    ('60万吨甲醇碳四综合利用项目', None, O),
    ('海南炼化乙烯220千伏输电线路', None, R),
    ('海南洋浦港区疏港大道二期工程项目', None, R),
    ('小铲滩集装箱作业区', None, R),
    ('乙烯石化功能园区', None, O),                        # zone named in passing
    ('省道330', None, O),                                 # road number
    ('环岛高速公路', None, R),
    ('西部陆海新通道航运枢纽', None, O),                  # descriptive role of 洋浦
]),
('hi_2022_transport_decade_hant.txt', '海南島四面環(huán)海', '海口繞城高速公路建成通車。', [
    ('海南環(huán)島高速', '海南环岛高速', R),
    ('瓊中-樂東高速公路瓊中段', '琼中-乐东高速公路琼中段', R),   # photo caption (2015)
    ('瓊中-樂東高速公路', '琼中-乐东高速公路', O),
    ('瓊中-樂東高速公路瓊中段', '琼中-乐东高速公路琼中段', R),   # photo caption (2021)
    ('瓊中-樂東高速公路', '琼中-乐东高速公路', O),
    ('海口繞城高速公路', '海口绕城高速公路', R),
]),
# ---------------------------------------------------------------- 香港
('hk_2014_railway_strategy_legco_hant.txt', '立法會十二題', '所以不會在二○三一年前推行該等方案。', [
    ('北環線', '北环线', R),
    ('古洞站', '古洞站', R),                              # a new-station scheme listed among the seven
    ('屯門南延線', '屯门南延线', R),
    ('東九龍線', '东九龙线', R),
    ('東涌西延線', '东涌西延线', R),
    ('洪水橋站', '洪水桥站', R),                          # a scheme of its own
    ('南港島線(西段)', '南港岛线(西段)', R),
    ('南港島線', '南港岛线', O),                          # nested
    ('北港島線', '北港岛线', R),
    ('小西灣線', '小西湾线', O),                          # three 小西灣線 options, not to be pursued
]),
('hk_sea_bridges_list_wiki.txt', '香港跨海大桥列表介绍了', '而第三条青衣桥长青桥则于1997年年底落成及开放通车。', [
    ('昂船洲大桥', None, R),
    ('汲水门大桥', None, R),
    ('青马大桥', None, R),
    ('青马大桥', None, R),
    ('青马大桥', None, R),                                # …双用悬索吊桥青马大桥[4]
    ('港珠澳大桥', None, R),
    ('青衣大桥', None, R),
    ('青荃桥', None, R),
    ('长青桥', None, R),
]),
# ---------------------------------------------------------------- 澳门
('mo_2023_sea_bridges_feature.txt', '  在澳门半岛和离岛之间', '它是目前三座跨海大桥中最长的一座。', [
    ('澳氹大桥', None, R),
    ('友谊大桥', None, R),
    ('西湾大桥', None, R),
    ('澳氹大桥', None, O),                                # 先后建成的三座澳氹大桥: the three bridges together
    ('澳氹大桥', None, R),                                # 1973年建成通车的澳氹大桥
    ('澳氹大桥', None, R),                                # 澳氹大桥上设有…
    ('澳氹大桥', None, R),                                # heading 澳门第一座跨海大桥——澳氹大桥
    ('友谊大桥', None, R),
]),
('mo_2024_airport_reclamation_start.txt', '11月22日,澳门国际机场扩建填海工程', '文旅产业发展。', [
    ('澳门国际机场扩建填海工程', None, R),
    ('澳门国际机场', None, O),                            # nested
    ('澳门国际机场', None, R),                            # 动工仪式在澳门国际机场举办 (the facility as venue)
    ('澳门国际机场项目', None, R),                        # 继1992年承建澳门国际机场项目后
    ('澳门国际机场', None, O),                            # nested
    ('澳门国际机场', None, R),                            # 澳门国际机场是中国第一个海上人工岛机场
    ('澳门国际机场', None, R),                            # 为澳门国际机场的落成
    ('澳门国际机场', None, R),                            # 1995年12月8日,澳门国际机场正式投入运营
    ('澳门国际机场', None, R),                            # 澳门国际机场的建成
    ('澳门国际机场扩建工程-填海及机坪建造工程', None, R),
    ('澳门国际机场扩建工程', None, O),                    # nested
    ('澳门国际机场', None, O),                            # nested
    ('澳门国际机场', None, R),                            # 项目建成后,澳门国际机场年客运接待能力
]),
]

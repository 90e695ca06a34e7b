# Hand annotation of project names (projects-heldout168), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 北京
('bj_2005_bohai_cooperation_hant.txt', '據王海平介紹', '電力緊張的狀況。', [
    ('京承高速二期', '京承高速二期', R),
    ('京承三期', '京承三期', O),                                      # short form of 京承高速三期
    ('京承高速(北京段)', '京承高速(北京段)', R),
    ('承德段', '承德段', O),                                        # a section without its road
    ('京津第二高速(北京段)', '京津第二高速(北京段)', R),
    ('京津城際軌道工程', '京津城际轨道工程', R),
    ('山西大同第二電廠二期兩台600MV機組', '山西大同第二电厂二期两台600MV机组', O),        # longer reading with the units
    ('山西大同第二電廠二期', '山西大同第二电厂二期', R),                          # province written in subject position
    ('大同第二電廠二期', '大同第二电厂二期', O),                              # bare reading
    ('山西兆光發電廠兩台300MV機組', '山西兆光发电厂两台300MV机组', O),
    ('山西兆光發電廠', '山西兆光发电厂', R),
    ('兆光發電廠', '兆光发电厂', O),
    ('內蒙古岱海發電廠一期兩台600MV機組', '内蒙古岱海发电厂一期两台600MV机组', O),
    ('內蒙古岱海發電廠一期', '内蒙古岱海发电厂一期', R),
    ('岱海發電廠一期', '岱海发电厂一期', O),
]),
('bj_yanqing_2017_winter_olympics.txt', '北京冬奥会延庆赛区筹办领导小组', '也将加快建设。', [
    ('延庆赛区', None, O),                                        # competition zone, here inside an office name
    ('延庆赛区', None, O),                                        # competition zone (venue cluster)
    ('国家高山滑雪中心', None, R),
    ('外部配套综合管廊', None, O),                                    # descriptive
    ('佛峪口河水生态廊道', None, R),
    ('应急水源保障工程', None, O),                                    # generic works name
    ('冬奥森林公园', None, R),
    ('冬奥小镇', None, O),                                        # programme / label for a town
    ('延庆赛区', None, O),
    ('国家高山滑雪中心建设工程', None, R),                                # trailing 建设工程 written, kept (as 永杭高速…建设项目)
    ('国家高山滑雪中心', None, O),                                    # nested reading
    ('冬奥村', None, R),                                         # the Yanqing Olympic village
    ('山地媒体中心', None, R),
    ('雪车雪橇中心', None, R),                                      # the name as written (国家雪车雪橇中心)
    ('北京市冰上项目训练基地', None, R),
]),
('bj_2020_infrastructure_review_hant.txt', '2020年12月31日,16號線中段', '線路剩余段。', [
    ('16號線中段', '16号线中段', R),
    ('房山線北延', '房山线北延', R),
    ('亦莊有軌電車T1線', '亦庄有轨电车T1线', R),
    ('市郊鐵路城市副中心線西延', '市郊铁路城市副中心线西延', R),
    ('城市副中心線西延', '城市副中心线西延', O),                              # reading without the 市郊铁路 class word
    ('市郊鐵路通密線', '市郊铁路通密线', R),
    ('通密線', '通密线', O),
    ('市郊鐵路懷柔—密云線', '市郊铁路怀柔—密云线', R),
    ('懷柔—密云線', '怀柔—密云线', O),
    ('北京北站', '北京北站', R),
    ('京沈高鐵', '京沈高铁', R),
    ('大興機(jī)場線北延', '大兴机场线北延', R),
    ('CBD線', 'CBD线', R),
    ('11號線西段(冬奧支線)', '11号线西段(冬奥支线)', R),
    ('11號線西段', '11号线西段', O),
    ('冬奧支線', '冬奥支线', O),
    ('首都機(jī)場線西延', '首都机场线西延', R),
    ('14號線', '14号线', R),                                      # metro lines are names (as 4号线, 6号线 in earlier sets)
    ('8號線', '8号线', R),
    ('S1線', 'S1线', R),
]),
# ---------------------------------------------------------------- 天津
('tj_2009_expressways_hant.txt', '2009年天津市的《政府工作報告》', '設計車速120公里/小時。', [
    ('津汕高速公路', '津汕高速公路', R),
    ('津港', '津港', O),                                          # 津港、塘承等5條高速公路: bare members
    ('塘承', '塘承', O),
    ('津汕高速公路', '津汕高速公路', R),
    ('國道112線', '国道112线', O),                                  # road number
    ('津港', '津港', O),                                          # 津港、津寧、塘承高速: bare members
    ('津寧', '津宁', O),
    ('塘承高速', '塘承高速', R),
    ('濱海新區', '滨海新区', O),                                      # new area named in passing
    ('津汕高速公路', '津汕高速公路', R),
    ('津汕高速公路(天津段)9-18標', '津汕高速公路(天津段)9-18标', O),              # contract section (sub-part)
    ('津汕高速公路(天津段)', '津汕高速公路(天津段)', R),
    ('外環線', '外环线', O),                                        # existing road named as an end point
    ('津汕高速公路天津段', '津汕高速公路天津段', R),
    ('外環線', '外环线', O),
    ('津淄公路', '津淄公路', O),                                      # existing road named as an end point
    ('河北省段津汕高速公路', '河北省段津汕高速公路', R),                          # section word written before the road
    ('津汕高速公路', '津汕高速公路', O),                                  # nested reading
]),
('tj_2009_airport_port.txt', '天津市今年要打造大型门户枢纽机场', '全部成陆。', [
    ('天津机场', None, R),
    ('机场二跑道', None, O),                                       # anaphoric short form (as 第三跑道)
    ('机场二期扩建工程', None, O),                                    # anaphoric short form of the 天津机场 expansion
    ('机场二期航站楼', None, O),
    ('机场专用路', None, O),
    ('一期航站楼功能服务区', None, O),                                  # sub-part
    ('一期航站楼', None, O),
    ('天津机场', None, R),
    ('天津机场', None, R),
    ('天津机场', None, R),
    ('京津城际铁路', None, R),
    ('进京第二航空通道', None, O),                                    # slogan-like label
    ('天津机场', None, R),
    ('东疆港区', None, R),                                        # port area being built (reclamation); in a subheading
    ('东疆港区', None, R),
    ('东疆港区', None, R),
]),
('tj_1981_1983_luanhe_water.txt', '引滦入津工程是中国滦河', '停产威胁。', [
    ('引滦入津工程', None, R),
    ('滦河潘家口水库', None, O),                                     # reading with the river
    ('潘家口水库', None, R),
    ('大黑汀水库', None, R),
    ('于桥水库', None, R),
    ('宜兴埠泵站', None, R),
    ('天津第一发电厂', None, R),                                     # a named plant (facility)
]),
# ---------------------------------------------------------------- 河北
('hb_zhangjiakou_2020_olympic_venues_hant.txt', '截至目前,2022年', '跳臺滑雪場地。', [
    ('張家口賽區(qū)', '张家口赛区', O),                                # competition zone
    ('國家跳臺滑雪中心', '国家跳台滑雪中心', R),
    ('張家口賽區(qū)', '张家口赛区', O),
    ('云頂滑雪公園', '云顶滑雪公园', R),
    ('國家跳臺滑雪中心', '国家跳台滑雪中心', R),
    ('國家越野滑雪中心', '国家越野滑雪中心', R),
    ('國家冬季兩項(xiàng)中心', '国家冬季两项中心', R),
    ('國家跳臺滑雪中心', '国家跳台滑雪中心', R),
    ('雪如意', '雪如意', O),                                        # nickname of the ski-jump centre
    ('張家口賽區(qū)', '张家口赛区', O),
]),
('hb_xiongan_2020_rail_and_resettlement_hant.txt', '8月17日,京雄', '緊張有序施工。', [
    ('京雄城際鐵路(河北段)', '京雄城际铁路(河北段)', R),
    ('京雄城際北京大興機(jī)場至雄安站', '京雄城际北京大兴机场至雄安站', O),              # section reading (…站間)
    ('京雄城際', '京雄城际', R),                                      # the line
    ('北京大興機(jī)場', '北京大兴机场', O),                              # end point
    ('雄安站', '雄安站', O),                                        # end point
    ('雄安站外立面裝飾裝修工程', '雄安站外立面装饰装修工程', O),                      # sub-part works
    ('雄安站', '雄安站', R),
    ('雄安動車所4線檢查庫', '雄安动车所4线检查库', O),                          # sub-part
    ('雄安動車所', '雄安动车所', R),                                    # EMU depot
    ('雄安站區(qū)多功能樓', '雄安站区多功能楼', O),                          # sub-part
    ('京雄城際鐵路', '京雄城际铁路', R),
    ('容東片區(qū)', '容东片区', O),                                  # district of the new area (zone)
    ('雄安新區(qū)', '雄安新区', R),                                  # new area (named in the conventions)
    ('容東片區(qū)G組團(tuán)安置房及配套設(shè)施工程G2標(biāo)段', '容东片区G组团安置房及配套设施工程G2标段', O),  # contract section
    ('容東片區(qū)G組團(tuán)安置房及配套設(shè)施工程', '容东片区G组团安置房及配套设施工程', R),
    ('容東片區(qū)', '容东片区', O),                                  # nested
]),
('hb_caofeidian_wiki_industry.txt', '曹妃甸原来只有', '1000万吨炼化等。', [
    ('首钢京唐钢铁厂', None, R),
    ('华润电厂', None, R),
    ('曹妃甸工业区', None, O),                                      # zone inside a company name
    ('中恒科技太阳能生产基地', None, R),
    ('中视中科激光显示核心基地', None, R),
    ('冀东水泥曹妃甸风力发电设备制造项目', None, R),
    ('华电曹妃甸重工装备制造基地', None, R),
    ('国投曹妃甸港', None, R),
    ('中石油CNG码头', None, R),
    ('渤海湾生产支持基地', None, R),
    ('中石化原油码头', None, R),
    ('1000万吨炼化', None, O),                                    # descriptive (capacity + industry)
]),
('hb_zhaoxian_c2005_county_industry.txt', '一、工业。', '初具规模。', [
    ('诺斯克龙腾公司一期30万吨新闻纸项目', None, R),
    ('市一印公司整体搬迁', None, O),                                   # a firm's relocation, no 项目/工程
    ('珍极集团迁建一期工程', None, R),
    ('市金鱼油漆集团迁建项目', None, R),                                 # 市 = 石家庄市, written as part of the name
    ('金鱼油漆集团迁建项目', None, O),
    ('邯雪面粉集团15万吨等级面粉', None, O),                              # firm + product, introduced as an enterprise
    ('新寨店', None, O),                                         # 新寨店和赵州镇两个工业聚集群: bare members
    ('赵州镇', None, O),
    ('北王里', None, O),                                         # 北王里、王西章两个新兴工业聚集群: bare members
    ('王西章', None, O),
]),
('hb_shahe_c2006_key_projects.txt', '采矿业在实现了', '利税10亿元。', [
    ('中关铁矿', None, R),
    ('北掌煤田', None, R),                                        # a coal-mine project (三大前期项目)
    ('北掌煤田', None, R),
    ('沙河电厂项目', None, R),
    ('沙河玻璃技术研究开发中心', None, O),                                # institution
    ('金百家工业园区', None, R),
    ('“中国玻璃城”项目', '中国玻璃城项目', R),
    ('中国玻璃城', None, O),                                       # nested
]),
# ---------------------------------------------------------------- 内蒙古
('nm_xilingol_2022_northeast_revival_projects.txt', '2020年9月,太子城', '脱离塔主体施工。', [
    ('太子城至锡林浩特铁路', None, R),
    ('内蒙古唐合科技有限公司年产66亿克拉人造金刚石', None, R),                     # firm + product project (as 金锣大豆分离蛋白)
    ('京能查干淖尔电厂', None, R),
    ('太子城至锡林浩特铁路项目', None, R),
    ('内蒙古唐合科技有限公司年产66亿克拉人造金刚石项目', None, R),
    ('京能查干淖尔电厂项目', None, R),
]),
('nm_zhungeer_2011_alumina_ceramics_hant.txt', '神華準(zhǔn)能年產(chǎn)4000', '穩(wěn)步推進(jìn)當(dāng)中。', [
    ('神華準(zhǔn)能年產(chǎn)4000噸氧化鋁中試廠', '神华准能年产4000吨氧化铝中试厂', R),
    ('神華準(zhǔn)能一期年產(chǎn)100萬(wàn)噸粉煤灰提取氧化鋁示范廠', '神华准能一期年产100万吨粉煤灰提取氧化铝示范厂', R),
    ('一期年產(chǎn)100萬(wàn)噸粉煤灰提取氧化鋁項(xiàng)目', '一期年产100万吨粉煤灰提取氧化铝项目', O),  # firm written apart (神華準能總投資1385億元、…); descriptive
    ('大路煤化工園區(qū)', '大路煤化工园区', R),
    ('伊東陶瓷園區(qū)', '伊东陶瓷园区', R),                              # park with a place name
]),
('nm_hulunbuir_c2008_coal_power_base.txt', '8月30日下午', '又一盛事。', [
    ('呼伦贝尔360万千瓦煤电基地项目', None, R),
    ('陈旗工业园区', None, O),                                      # park named in passing (site of the works)
    ('呼伦贝尔煤电基地', None, O),                                    # descriptive base
    ('360万千瓦电站群工程', None, O),                                 # descriptive / anaphoric
    ('呼伦贝尔—辽宁输电线路', None, R),
    ('呼伦贝尔360万千瓦煤电基地项目', None, R),
]),
('nm_zhungeer_2021_project_tour.txt', '在一个个重大项目建设现场', '倍感振奋。', [
    ('准格尔旗玉晶优质特种玻璃综合利用一体化项目', None, R),
    ('徐工新能源矿业装备智能制造项目', None, R),
    ('建投国电长滩项目', None, R),
    ('内蒙古天合光能光伏组件生产项目', None, R),
]),
]

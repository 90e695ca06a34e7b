# Hand annotation of project names (projects-heldout156), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 广东
('gd_2012_zhanjiang_steel_groundbreaking.txt', '中新社湛江5月31日电', '亦可进入试运行。', [
    ('广东湛江千万吨钢铁基地项目', None, R),               # province and city in subject position stay
    ('湛江千万吨钢铁基地项目', None, O),                   # reading without the province
    ('湛江千万吨钢铁基地项目', None, R),
    ('鉴江供水枢纽工程', None, R),
    ('茂湛铁路', None, R),
    ('湛江疏港公路', None, R),
    ('东海大堤两侧辅道工程', None, R),
    ('500万吨球团项目', None, O),                          # named only by capacity and kind
    ('重件码头', None, O),                                 # facilities of the base named by their kind
    ('砂石料码头', None, O),
]),
('gd_2016_zhanjiang_steel_petrochem_hant.txt', '據(jù)介紹,近年來', '也已開建。', [
    ('湛江開發(fā)區(qū)', '湛江开发区', O),                       # development zone named in passing (落戶湛江開發區東海島)
    ('寶鋼湛江鋼鐵基地一期工程', '宝钢湛江钢铁基地一期工程', R),
    ('寶鋼湛江鋼鐵基地', '宝钢湛江钢铁基地', O),           # the base without its phase
    ('湛江鋼鐵二期工程', '湛江钢铁二期工程', R),
    ('中科煉化1000萬噸煉油和80萬噸乙烯項(xiàng)目', '中科炼化1000万吨炼油和80万吨乙烯项目', R),
    ('中國紙業(yè)', '中国纸业', O),                         # project named by its company
    ('鵬尊能源化工項(xiàng)目', '鹏尊能源化工项目', R),
    ('京信電力', '京信电力', O),                           # project named by its company
]),
('gd_2022_major_works_progress.txt', '伶仃洋大桥是深中通道控制性工程', '汕头海湾隧道赶在国庆节前的9月28日正式开通。', [
    ('伶仃洋大桥', None, R),
    ('深中通道', None, R),                                 # in 深中通道控制性工程
    ('深中通道', None, R),                                 # 深中通道建成沉管隧道超3000米
    ('巴斯夫(广东)一体化基地', None, R),                  # parentheses kept as written
    ('汕头海湾隧道', None, R),
]),
('gd_2020s_zhanjiang_rail_network.txt', '- 深湛高铁:东起深圳北站', '东海岛港区,全长约20公里,是湛江港的重要铁路疏港通道。', [
    ('深湛高铁', None, R),
    ('深圳北站', None, R),
    ('湛江西站', None, R),
    ('深湛高铁', None, R),
    ('广湛高铁', None, R),
    ('广州站', None, R),
    ('湛江西站', None, R),
    ('广湛高铁', None, R),
    ('合湛高铁', None, R),
    ('合湛高铁', None, R),
    ('湛海高铁', None, R),
    ('湛海高铁', None, R),
    ('黎湛铁路', None, R),
    ('河茂铁路', None, R),
    ('粤海铁路', None, R),
    ('东海岛铁路宝满港区支线', None, R),
    ('东海岛铁路', None, O),                               # the line inside the branch's name
    ('东海岛铁路', None, R),
    ('宝满港区', None, O),                                 # port area (place-like zone)
    ('湛江港', None, R),
    ('东海岛港区支线', None, R),
    ('东海岛铁路', None, R),
    ('东海岛港区', None, O),
    ('湛江港', None, R),
]),
('gd_2014_nanguang_guiguang_rail_hant.txt', '雖然官方並未正式公佈', '「一日生活圈」時代。', [
    ('貴陽北站', '贵阳北站', R),
    ('廣州南站', '广州南站', R),
    ('貴陽站', '贵阳站', R),
    ('廣州南站', '广州南站', R),
    ('貴廣鐵路', '贵广铁路', R),
    ('南廣鐵路', '南广铁路', R),
    ('岩山隧道', '岩山隧道', R),
    ('岩山隧道', '岩山隧道', R),
    ('貴廣高鐵', '贵广高铁', R),
    ('貴廣高鐵', '贵广高铁', R),
    ('貴廣高鐵', '贵广高铁', R),
]),
# ---------------------------------------------------------------- 广西
('gx_1958_weiguoqing_industry_projects.txt', '中央知道,广西工业发展慢', '安排有关的建设项目。', [
    ('南宁2500千瓦的火力发电厂', None, O),                # unnamed facility described by place and size
    ('贵县日榨1500吨的糖厂', None, O),
    ('柳州钢铁厂', None, R),
    ('西津水电站', None, R),
    ('柳州化肥厂', None, R),
]),
('gx_2007_jingxi_county_projects.txt', '靖西县在重点项目招商工作中', '使口岸加工业园区初具规模。', [
    ('靖西铝工业基地', None, R),
    ('锰工业基地', None, O),                               # 靖西铝工业基地、锰工业基地: base named by its industry
    ('轻工业园区', None, O),                               # parks named only by an industry
    ('口岸经济园区', None, O),
    ('口岸加工区', None, O),                               # short form of 龙邦口岸加工区
    ('锰工业基地', None, O),
    ('湘潭电化科技公司一期工程', None, R),
    ('湖润甘祥11万伏变电站', None, R),
    ('一洲电解二氧化锰二期工程', None, R),
    ('龙邦口岸加工区及配套基础设施项目', None, R),
    ('龙邦口岸矿业验货场', None, R),
    ('新宇龙邦货场', None, R),
    ('口岸加工业园区', None, O),
]),
('gx_2010_fangchenggang_nuclear_groundbreaking.txt', '中新社南宁7月30日电', '建设区域性国际航运中心具有重要意义。', [
    ('广西防城港核电站一期工程', None, R),
    ('广西防城港核电站', None, O),
    ('广西北部湾钦州港区大型石油减载平台', None, R),       # 大型 kept: written inside the name
    ('北海铁山港区3号、4号泊位', None, R),                 # one project (berths 3 and 4)
    ('北海邮轮码头', None, R),
    ('防城港核电站一期工程', None, R),
    ('防城港核电站', None, O),
    ('广西北部湾港钦州港区大型石油减载平台', None, R),
    ('北海铁山港区3号、4号泊位', None, R),
    ('北海邮轮码头', None, R),
]),
('gx_2013_high_speed_rail_hant.txt', '據悉,7月18日', '節約了時間成本。', [
    ('南廣高鐵廣西段', '南广高铁广西段', R),
    ('南廣高鐵', '南广高铁', O),
    ('廣州段', '广州段', O),                               # anaphoric section (of 南廣高鐵)
    ('柳南高鐵', '柳南高铁', R),
    ('南廣高鐵', '南广高铁', R),
    ('南欽高鐵', '南钦高铁', R),
    ('南寧南站', '南宁南站', R),
    ('南寧鐵路樞紐南環線', '南宁铁路枢纽南环线', R),
    ('南寧鐵路樞紐', '南宁铁路枢纽', O),
    ('南欽高鐵', '南钦高铁', R),
    ('南欽高鐵', '南钦高铁', R),
    ('南寧動車運用所', '南宁动车运用所', R),
    ('南寧動車運用所', '南宁动车运用所', R),
    ('南欽高鐵', '南钦高铁', R),
]),
('gx_2014_expressways_opened.txt', '自广西实施交通优先发展', '则使广西连接广东更为便利。', [
    ('钦州至崇左', None, O),                               # bare members of …、…、…高速公路
    ('六景至钦州港', None, O),
    ('玉林至铁山港高速公路', None, R),
    ('北部湾港', None, R),
    ('六寨至河池', None, O),
    ('宜州至河池', None, O),
    ('河池至都安高速公路', None, R),
    ('隆林至百色高速公路', None, R),
    ('筋竹至岑溪高速公路', None, R),
]),
# ---------------------------------------------------------------- 海南
('hi_2008_yangpu_bonded_port_parks_hant.txt', '【本報訊】羅保銘省長', '副省長姜斯憲。', [
    ('洋浦保稅港區', '洋浦保税港区', R),                   # the zone being built, the topic of the passage
    ('保稅港區一期工程', '保税港区一期工程', O),           # anaphoric short form
    ('海南生態軟件園', '海南生态软件园', R),
    ('三亞創意產業園', '三亚创意产业园', R),
]),
('hi_2014_west_ring_railway_hant.txt', '新華社海口12月18日電', '海南國際旅遊島建設。', [
    ('新建海南西環鐵路工程', '新建海南西环铁路工程', O),   # 新建 reading optional (as in earlier sets)
    ('海南西環鐵路工程', '海南西环铁路工程', R),
    ('東方火車站', '东方火车站', R),
    ('西環鐵路', '西环铁路', R),
    ('海南東環鐵路', '海南东环铁路', R),
    ('環島高鐵', '环岛高铁', O),                           # “環島高鐵”時代: nickname of the ring
    ('新建海南西環鐵路工程項目', '新建海南西环铁路工程项目', O),
    ('海南西環鐵路工程項目', '海南西环铁路工程项目', R),
    ('西環鐵路', '西环铁路', O),                           # the line inside the longer name
    ('西環鐵路', '西环铁路', R),
    ('東環鐵路', '东环铁路', R),
    ('西環鐵路', '西环铁路', R),
    ('西環鐵路', '西环铁路', O),                           # inside 中國中鐵四局西環鐵路項目部 (organisation)
    ('西環鐵路', '西环铁路', R),
    ('東環鐵路', '东环铁路', R),
    ('海口美蘭機場', '海口美兰机场', R),
    ('三亞鳳凰機場', '三亚凤凰机场', R),
]),
('hi_2018_expressways_tourism.txt', '图为在建的美兰国际机场二期工程', '图为在建的铺前跨海大桥。', [
    ('美兰国际机场二期工程', None, R),
    ('美兰国际机场', None, O),
    ('海南环岛高铁', None, R),
    ('海南环岛高铁', None, R),
    ('琼中至乐东', None, O),                               # …、…等高速公路项目: all members bare
    ('万宁至洋浦', None, O),
    ('文昌至琼海', None, O),
    ('儋州至白沙', None, O),
    ('五指山至保亭至海棠湾', None, O),
    ('文昌滨海旅游公路昌洒至铺前', None, R),
    ('文昌滨海旅游公路', None, O),
    ('五指山至保亭至海棠湾高速公路', None, R),
    ('铺前跨海大桥', None, R),
]),
('hi_2020_haikou_jiangdong_priorities.txt', '海口今年工作的重中之重', '体现自贸港建设中的省会责任担当。', [
    ('江东新区', None, R),                                 # new area (like 雄安新区)
    ('文明东越江通道', None, R),
    ('国际社区', None, O),                                 # planned community named generically
    ('哈罗公学', None, O),                                 # institution
    ('国际能源交易中心', None, O),                         # institution
    ('美兰空港一站式飞机维修基地', None, R),
    ('江东新区', None, R),
]),
('hi_2021_transport_plan_airports_ports.txt', '加快建设高效衔接的大枢纽', '为一般港口的港口分工格局。', [
    ('海口美兰机场', None, R),
    ('海口美兰机场三期扩建', None, O),                     # longer reading with the phase and action word
    ('儋州机场', None, R),
    ('琼海博鳌机场改扩建工程', None, R),
    ('琼海博鳌机场', None, O),
    ('东方货运机场', None, R),
    ('洋浦港', None, R),
    ('海口港', None, R),
    ('三亚港', None, R),
    ('八所港', None, R),
    ('文昌港', None, R),
    ('三沙港', None, R),
    ('琼海港', None, R),
    ('陵水港', None, R),
    ('万宁港', None, R),
    ('临高港', None, R),
    ('乐东港', None, R),
    ('儋州港', None, R),
    ('昌江港', None, R),
]),
]

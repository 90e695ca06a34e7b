# Hand annotation of project names (projects-heldout154), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 福建
('fj_2009_putian_meizhouwan_port_industry.txt', '目前,湄洲湾北岸已有', '7月30日开工。', [
    ('湄洲湾火电厂一期工程', None, R),
    ('福建LNG气电一体化', None, R),                       # named industrial project without 项目
    ('佳通轮胎厂', None, O),                               # a plant listed among 大中型企业 (company-like)
    ('莆田秀屿国家级进口木材检疫除害处理区', None, O),     # designated zones, called “基地”
    ('秀屿国家级木材贸易加工示范区', None, O),
    ('林浆纸一体化', None, O),                             # descriptive label of a project
    ('差别化化学纤维和高档文化纸项目', None, O),
    ('国航造修船基地', None, R),
    ('湄洲湾火电厂二期', None, R),
    ('国电公司2000万吨东吴配煤基地', None, O),             # owner and capacity in front
    ('东吴配煤基地', None, R),
    ('罗屿25万吨散货码头', None, R),
    ('东吴造修船基地项目', None, R),
    ('福厦铁路', None, R),
    ('向莆铁路', None, R),
    ('湄洲湾港口铁路支线', None, R),
    ('妈祖城项目', None, R),
]),
('fj_2006_marine_economy_plan_hant.txt', '福州2個億噸大港', '戰略聯合。', [
    ('東南沿海修造船中心', '东南沿海修造船中心', O),      # descriptive goal
    ('泉州船廠30萬噸級修造船項目', '泉州船厂30万吨级修造船项目', R),
    ('湄洲灣', '湄洲湾', O),                               # 湄洲灣、廈門海滄兩個石化基地: bare members
    ('廈門海滄', '厦门海沧', O),
    ('福州江陰精細化工園區', '福州江阴精细化工园区', R),
    ('福州青口汽車城', '福州青口汽车城', R),
    ('廈門汽車城', '厦门汽车城', R),
]),
('fj_2017_xiamen_sea_crossings_hant.txt', '能夠參與該項目', '正式開工。', [
    ('廈門大橋', '厦门大桥', R),
    ('海滄大橋', '海沧大桥', R),
    ('杏林大橋', '杏林大桥', R),
    ('集美大橋', '集美大桥', R),
    ('翔安隧道', '翔安隧道', R),
    ('廈門大橋', '厦门大桥', R),
    ('海滄大橋', '海沧大桥', R),
    ('集美大橋', '集美大桥', R),
    ('杏林大橋', '杏林大桥', R),
    ('翔安隧道', '翔安隧道', R),
    ('廈門第二西通道', '厦门第二西通道', O),              # programme name set in apposition
    ('海滄海底隧道主體工程', '海沧海底隧道主体工程', R),
    ('海滄海底隧道', '海沧海底隧道', O),
]),
# ---------------------------------------------------------------- national (plants in 福建, 广东, 浙江)
('nat_2008_nuclear_plant_starts_hant.txt', '借核電大發展', '壓水堆核電機組。', [
    ('福建寧德', '福建宁德', O),                           # …等五座核電站: bare members
    ('廣東陽江', '广东阳江', O),
    ('福建福清', '福建福清', O),
    ('浙江方家山', '浙江方家山', O),
    ('福建寧德核電站', '福建宁德核电站', R),
    ('福清核電站', '福清核电站', R),                       # apposition 我國第九座核電站—— left out
    ('陽江核電站', '阳江核电站', R),
    ('浙江秦山核電廠擴建項目(方家山核電工程)', '浙江秦山核电厂扩建项目(方家山核电工程)', O),
    ('浙江秦山核電廠擴建項目', '浙江秦山核电厂扩建项目', R),
    ('浙江秦山核電廠', '浙江秦山核电厂', O),
    ('方家山核電工程', '方家山核电工程', R),               # second name in brackets
]),
# ---------------------------------------------------------------- 江苏
('js_1950s_suqian_water_works.txt', '新中国成立后', '三河闸等。', [
    ('新沂河', None, O),                                   # dug flood channel, now a river
    ('新沂河', None, O),
    ('骆马湖南堤', None, R),
    ('洋河滩节制闸', None, R),
    ('皂河闸', None, R),
    ('苏北灌溉总渠', None, R),
    ('高良涧进水闸', None, R),
    ('高良涧船闸', None, R),
    ('三河闸', None, R),
]),
('js_2012_taizhou_bridge_opening_hant.txt', '在此成功通車', '南北向交通。', [
    ('泰州長(zhǎng)江大橋工程', '泰州长江大桥工程', R),
    ('泰州長(zhǎng)江大橋', '泰州长江大桥', O),
    ('泰州長(zhǎng)江公路大橋', '泰州长江公路大桥', R),
    ('泰州長(zhǎng)江公路大橋', '泰州长江公路大桥', R),
    ('京滬', '京沪', O),                                   # 京滬、滬陜和滬蓉等三條國家高速公路
    ('滬陜', '沪陕', O),
    ('滬蓉', '沪蓉', O),
    ('泰州長(zhǎng)江大橋', '泰州长江大桥', R),
    ('五峰山通道', '五峰山通道', R),
    ('泰州長(zhǎng)江大橋', '泰州长江大桥', R),
]),
('js_2022_suzhou_wuxi_rail_links.txt', '“十四五”期间将共同', '“牵手”。', [
    ('苏锡常城际快线', None, R),
    ('无锡至常熟S3线', None, R),
    ('无锡至张家港S4线', None, R),
    ('苏州地铁13号线', None, R),
    ('无锡地铁3号线', None, R),
    ('硕放机场', None, R),
    ('苏州地铁12号线', None, R),
    ('无锡地铁5号线', None, R),
    ('南沿江铁路', None, R),
    ('锡虞S3线', None, R),
    ('锡张S4线', None, R),
    ('无锡地铁3号线', None, R),
    ('苏州地铁13号线', None, R),
    ('硕放机场', None, R),
    ('苏州地铁3号线', None, R),
    ('13号线', None, O),                                   # 接入13号线: short form
    ('苏州地铁12号线', None, R),
    ('无锡地铁5号线', None, R),
    ('高铁新城', None, O),                                 # new towns and a park named as places on the route
    ('苏州工业园区', None, O),
    ('太湖新城', None, O),
    ('无锡地铁5号线', None, R),
]),
# ---------------------------------------------------------------- 浙江
('zj_2018_hangzhou_key_projects.txt', '3月12日,在萧山', '再同步通车。', [
    ('萧山传芳特大桥左线', None, O),                       # sub-part of 杭黄铁路
    ('萧山传芳特大桥', None, O),
    ('杭黄铁路', None, R),
    ('杭黄铁路', None, R),
    ('文一路地下通道工程(保俶路-紫金港路)BOT段', None, R),
    ('文一路地下通道工程', None, O),
    ('备塘路(艮山西路-德胜路)改建项目', None, R),
    ('备塘路', None, O),
    ('备塘路改造项目', None, R),
    ('沪杭甬高速', None, R),
    ('备塘路', None, O),
    ('同协路', None, O),                                   # streets to be extended
    ('明月桥路', None, O),
    ('明石路', None, O),
    ('沪杭甬高速', None, R),
    ('艮山路', None, O),
    ('之江东路', None, O),
    ('火车东站', None, O),                                 # used as district names (两大板块)
    ('钱江新城', None, O),
    ('备塘路改造提升工程', None, O),                       # inside 项目部 (an organisation)
    ('备塘路改造提升工程', None, R),
    ('沪杭甬高速杭州市区段(乔司至红垦)抬升改造工程', None, R),
    ('沪杭甬高速', None, O),
]),
('zj_2020_guali_town_report.txt', '1.加快集聚发展动能', '进展顺利。', [
    ('纳斯科创园', None, R),
    ('中盟百富电子商务产业园', None, R),
    ('浙江临港工业园', None, R),                           # area 3.6平方公里 in front left out
    ('航民百泰黄金饰品时尚产业园', None, R),
    ('浙江瓜沥杭派服饰产业园', None, R),
    ('中新数字创新产业园', None, R),
    ('群益智能家装产业社区', None, R),
]),
('zj_zhoushan_sea_bridges.txt', '时间:01-20人气', '重要港口城市。', [
    ('舟山跨海大桥', None, R),
    ('舟山跨海大桥', None, R),
    ('岑港大桥', None, R),
    ('响礁门大桥', None, R),
    ('桃夭门大桥', None, R),
    ('西堠门大桥', None, R),
    ('金塘大桥', None, R),
    ('西堠门大桥', None, R),
]),
# ---------------------------------------------------------------- 上海
('sh_pudong_development_since_1990.txt', '浦东开发始于1990年', '国际航空枢纽。', [
    ('浦东新区', None, O),                                 # new area named in passing
    ('陆家嘴金融贸易区', None, R),
    ('金茂大厦', None, R),
    ('东方明珠', None, R),
    ('外高桥保税区', None, R),                             # named as 重大项目
    ('张江高科技园区', None, R),
    ('地铁2号线', None, R),
    ('磁悬浮列车', None, O),                               # the maglev line, named by its train
    ('东海大桥', None, R),
    ('浦东国际机场', None, R),
]),
('sh_2022_lingang_projects_start.txt', '随着上海进入', '加快经济恢复和重振。', [
    ('临港新片区', None, O),                               # the zone the text is about
    ('临港新片区', None, O),
    ('洋山特殊综合保税区', None, O),
    ('临港新片区', None, O),
    ('中国电信临港算力平台项目', None, R),
    ('白特荣新能源汽车零部件成型项目', None, R),
    ('华领糖尿病创新药物生产基地', None, R),
    ('金桥临港集成电路装备产业园', None, R),
    ('上海临港医学检测实验室', None, R),
    ('洋山海洋离岸科创中心', None, R),
    ('滴水湖金融湾二期首发项目', None, R),
    ('临港新片区', None, O),
    ('南汇新城', None, O),
]),
('sh_2024_jiading_dragon_year_facilities.txt', '松浦大桥位于', '更高层次。', [
    ('松浦大桥', None, R),
    ('车亭公路', None, R),
    ('铁路金山支线', None, O),
    ('金山支线', None, R),
    ('黄浦江大桥', None, R),                               # former names of the bridge
    ('车亭大桥', None, R),
    ('松浦大桥', None, R),
    ('打浦路隧道', None, R),
    ('上海游泳馆', None, O),                               # venue as a bus terminus
    ('沪嘉高速公路', None, R),                             # heading
    ('沪嘉高速公路', None, R),
    ('沪嘉高速公路', None, R),
]),
# ---------------------------------------------------------------- 山东
('sd_2010_yantai_marine_economy.txt', '造船及海洋机械制造业发展迅速。', '正在加紧推进。', [
    ('中柏京鲁船业造修船设施', None, R),
    ('龙口三联海洋工程制造', None, R),                     # named industrial project without 项目
    ('蓝烟铁路电气化改造工程', None, R),
    ('蓝烟铁路', None, O),
    ('龙口港进港铁路专用线', None, R),
    ('龙口港', None, O),
    ('莱州港', None, O),                                   # …及烟台港西港区进港铁路专用线: bare members
    ('栾家口港', None, O),
    ('蓬莱新港', None, O),
    ('烟台港西港区进港铁路专用线', None, R),
    ('烟台港西港区', None, O),
]),
('sd_jinan_metro_line7_start_hant.txt', '為落實黃河流域', '精度要求高。', [
    ('濟南新舊動能轉換起步區', '济南新旧动能转换起步区', O),  # zone named in passing
    ('新舊動能轉換起步區', '新旧动能转换起步区', O),
    ('新舊動能轉換起步區', '新旧动能转换起步区', O),
    ('濟南軌道交通7號線', '济南轨道交通7号线', R),
    ('7號線一期工程', '7号线一期工程', R),
    ('鳳凰南路站', '凤凰南路站', R),
    ('濟北站', '济北站', R),
    ('7號線一期工程', '7号线一期工程', R),
    ('新舊動能轉換起步區', '新旧动能转换起步区', O),
    ('2號線', '2号线', O),                                 # short forms of the Jinan lines
    ('3號線', '3号线', O),
    ('4號線', '4号线', O),
    ('6號線', '6号线', O),
    ('9號線', '9号线', O),
    ('7號線一期工程', '7号线一期工程', R),
    ('2號線', '2号线', O),
    ('3號線', '3号线', O),
    ('膠濟鐵路', '胶济铁路', R),
    ('石濟鐵路', '石济铁路', R),
    ('南水北調暗渠', '南水北调暗渠', O),                   # sub-part of the landmark programme
    ('南水北調', '南水北调', O),
]),
]

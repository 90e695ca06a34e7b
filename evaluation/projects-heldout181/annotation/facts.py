# Hand annotation of project names (projects-heldout181), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- national and ministry texts
('nat_2001_rail_grid_plans.txt', '孙永福介绍', '电网互联。', [
    ('三峡电网', None, O),                                # 以三峡电网为中心的中部电网: a grid named by the plant, borderline
    ('三峡输变电工程', None, R),                          # 三峡输变电工程建设: 工程 kept, 建设 left out
    ('三峡电站', None, R),
    ('三峡输变电工程', None, R),
    # 西部铁路网, 中部电网, 福建与华东电网 … 华中与华北电网 (interconnections of regional grids): not names
]),
('nat_2016_crc_high_speed_network.txt',
 '到2015年底,中国高速铁路运营里程达到1.9万公里,居世界第一位,与其他铁路共同构成的快速客运网可基本覆盖50万以上人口城市。\n“四纵',
 '等高铁。', [
    # “四纵四横”高铁主骨架 / “四纵”高铁 / “四横”高铁: slogan with numbers, not names
    ('京沪高铁', None, R),
    ('京广高铁', None, R),
    ('京哈高铁', None, R),
    ('上海~杭州~宁波~福州~深圳快速铁路', None, R),
    ('京沈高铁', None, R),
    ('郑州~西安~宝鸡', None, O),                          # bare members; the head “四横”高铁 is written before the list
    ('杭州~长沙~贵阳', None, O),
    ('南京~合肥~武汉~重庆', None, O),
    ('胶济客专', None, R),
    ('石太高铁', None, R),
    ('济南~石家庄', None, O),                              # 济南~石家庄、徐州~郑州、宝鸡~兰州、贵阳~昆明高铁等
    ('徐州~郑州', None, O),
    ('宝鸡~兰州', None, O),
    ('贵阳~昆明高铁', None, R),                            # the member that carries the head
    ('大同~西安', None, O),                                # … 吉林~图们~珲春等高铁项目及重要连接线: all bare
    ('合肥~福州', None, O),
    ('哈尔滨~齐齐哈尔', None, O),
    ('贵阳~广州', None, O),
    ('盘锦~营口', None, O),
    ('沈阳~丹东', None, O),
    ('吉林~图们~珲春', None, O),
    ('西安~成都', None, O),                                # … 商丘~合肥~杭州等高铁: all bare (等 before the head)
    ('杭州~黄山', None, O),
    ('重庆~贵阳', None, O),
    ('重庆~万州', None, O),
    ('南昌~吉安~赣州', None, O),
    ('哈尔滨~牡丹江', None, O),
    ('商丘~合肥~杭州', None, O),
]),
('nat_2018_crc_rail_review.txt', '  2017年以来', '进一步完善。', [
    ('宝鸡至兰州高速铁路', None, R),
    ('西安至成都高速铁路西安至江油段', None, R),          # section word part of the name
    ('西安至成都高速铁路', None, O),                      # the line without its section
    ('石家庄至济南高速铁路', None, R),
    ('京张高铁', None, R),                                # 京张高铁建设: 建设 left out
    ('雄安新区', None, O),                                # 雄安新区铁路布局规划调整: the new area named in passing
    ('京津冀核心区铁路枢纽', None, O),                    # …铁路枢纽规划: a hub named by a region, inside a plan's title
    ('石家庄至济南高速铁路', None, R),
    ('九江至景德镇至衢州铁路', None, R),
    ('重庆至贵阳铁路', None, R),
    ('石济高铁', None, R),
    # “四纵四横”高速铁路网 / “四横”: slogan, not a name
]),
('nat_2020_ndrc_hub_airports.txt', ' 近日,国家发改委召开', '支线机场。', [
    ('川藏铁路', None, R),
    ('西部陆海新通道', None, R),
    # 西安、兰州…长沙等枢纽机场改扩建工程 (twice): bare members of an elliptical list, head generic after 等
    ('西安', None, O), ('兰州', None, O), ('西宁', None, O), ('深圳', None, O), ('福州', None, O),
    ('贵阳', None, O), ('海口', None, O), ('广州', None, O), ('重庆', None, O), ('长沙', None, O),
    ('西安', None, O), ('兰州', None, O), ('西宁', None, O), ('深圳', None, O), ('福州', None, O),
    ('贵阳', None, O), ('海口', None, O), ('广州', None, O), ('重庆', None, O), ('长沙', None, O),
    ('厦门新机场', None, R),
    ('大连新机场', None, R),
    ('昆明', None, O),                                    # 昆明等枢纽机场改扩建工程
]),
('nat_2017_belt_road_works.txt', '从中老铁路', '产业开发。', [
    ('中老铁路', None, R),
    ('中泰铁路', None, R),
    ('巴基斯坦瓜达尔港', None, R),                        # country written as part of the name
    ('瓜达尔港', None, O),
    ('斯里兰卡科伦坡港口城', None, R),
    ('科伦坡港口城', None, O),
    ('孟加拉国帕德玛大桥', None, R),
    ('帕德玛大桥', None, O),
    ('中緬油气管道项目', '中缅油气管道项目', R),          # one traditional character in a simplified page
    ('中国-白俄罗斯工业园', None, R),
    ('中哈霍尔果斯国际边境合作中心', None, R),            # a cross-border cooperation zone
    # “一带一路”倡议: an initiative, not a name
    ('亚吉铁路', None, R),                                # heading
    ('亚吉铁路', None, R),
    ('亚吉铁路', None, R),
    ('蒙内铁路', None, R),                                # heading
    ('蒙内铁路', None, R),
    ('东非铁路网', None, O),                              # a regional network plan
    ('雅万高铁', None, R),                                # heading
    ('雅万高铁', None, R),
    # 中国高铁 (首次…走出国门): the country's high-speed rail in general, not a name
]),
('nat_2021_nuclear_sites.txt',
 '中国建成和在建的核电站一共有16个,按照地域划分,广东就有4个,分别是大亚湾核电站,岭澳核电站,台山核电站和阳江核电站,都',
 '荣成石岛湾。', [
    ('大亚湾核电站', None, R),
    ('岭澳核电站', None, R),
    ('台山核电站', None, R),
    ('阳江核电站', None, R),
    ('秦山核电站', None, R),
    ('方家山核电站', None, R),
    ('三门核电站', None, R),
    ('秦山核电站', None, R),
    # 秦山核电公司, 中国核工业集团公司: companies
    ('徐大堡核电站', None, R),
    ('石岛湾核电站', None, R),
    ('徐大堡核电站', None, R),
    ('石岛湾核电站', None, R),
    # 荣成石岛湾 (place), AP1000 (reactor type): not names
]),
('nat_c2021_nuclear_plants_history_hant.txt', '1、秦山', '零的突破。', [
    ('秦山核電站', '秦山核电站', R),
    ('廣東大亞灣核電站', '广东大亚湾核电站', R),          # province written as part of the name
    ('大亞灣核電站', '大亚湾核电站', O),
    ('田灣核電站', '田湾核电站', R),
    ('嶺澳核電站一期工程', '岭澳核电站一期工程', R),
    ('嶺澳核電站', '岭澳核电站', O),                      # the plant without its phase
    ('嶺澳核電站', '岭澳核电站', R),
    ('秦山核電站', '秦山核电站', R),                      # heading 秦山核電站的建設意義
    ('秦山核電站工程', '秦山核电站工程', R),              # 秦山核電站工程建設自…: 工程 kept, 建設 left out
    ('秦山核電站', '秦山核电站', O),                      # nested reading
    ('秦山核電站', '秦山核电站', R),                      # 秦山核電站的建成發電
]),
('nat_2024_mega_works_under_way.txt', '在国际上', '工程记录。', [
    ('青藏铁路', None, R),
    ('三峡大坝', None, R),
    ('南水北调', None, R),
    ('京沪高铁', None, R),
    ('引江济淮', None, R),
    ('港珠澳大桥', None, R),
    ('青海玛尔挡水电站', None, R),                        # heading; province written as part of the name
    ('玛尔挡水电站', None, O),
    # 全球高原第一坝: a superlative nickname, not annotated
    ('西电东送', None, R),                                # landmark programme
    ('青电入豫', None, O),                                # programme title (cf. 疆电外送 in heldout180)
]),
('nat_2025_mega_works_west.txt', '无论是雅鲁', '资源配置。', [
    ('雅鲁藏布江水电开发', None, O),                      # the lower-Yarlung hydro works, named descriptively
    ('雅鲁藏布江水电', None, O),                          # … without the action word
    ('新藏铁路', None, R),                                # 新藏铁路建设: 建设 left out
    ('琼州海峡跨海通道', None, R),                        # …规划: left out
    # 可控核聚变技术攻关: research, not a project name
    ('亚夏水电站', None, R),                              # as written (the 雅下 station)
    ('新藏铁路', None, R),
    ('雅鲁藏布江水电工程', None, R),
    ('三峡电站', None, R),
    ('藏粤直流特高压输电线路', None, R),
    ('藏粤直流', None, O),                                # short name inside
]),
('nat_c2019_ten_crazy_works.txt', '10.三峡', '3200公里。', [
    ('三峡大坝', None, R),
    ('三峡大坝', None, R),                                # caption line
    ('北盘江大桥', None, R),
    ('北盘江第一桥', None, R),
    ('北盘江大桥', None, R),                              # caption line
    ('贵州天眼', None, O),                                # nickname
    ('500米口径球面射电望远镜', None, R),                 # appositive 国家重大科技基础设施 left out
    ('天眼', None, O),                                    # 俗称天眼
    ('FAST', None, O),
    ('天眼', None, O),                                    # 位于贵州省平塘县的天眼
    ('美国阿雷西博望远镜', None, R),
    ('阿雷西博望远镜', None, O),
    ('贵州天眼', None, O),                                # caption line
    # 中国高铁: the network in general, not a name
]),
('nat_2017_super_works_hant.txt', '港珠澳大橋\n港珠澳大橋是', '最大的橋梁工程。', [
    ('港珠澳大橋', '港珠澳大桥', R),                      # heading
    ('港珠澳大橋', '港珠澳大桥', R),
    ('港珠澳大橋', '港珠澳大桥', R),
    ('京新高速', None, R),
    ('馬來西亞檳城二橋', '马来西亚槟城二桥', R),          # heading
    ('檳城二橋', '槟城二桥', O),
    ('馬來西亞檳城第二大橋', '马来西亚槟城第二大桥', R),
    ('檳城第二大橋', '槟城第二大桥', O),
    ('檳城二橋', '槟城二桥', R),
    # 中交集團 (company); 巴丹吉林、騰格里、烏蘭布和 (deserts): not names
]),
('gd_2024_huangmaohai_crossing_hant.txt', ' 黃茅海跨海通道高欄港大橋(左)', '通道群。', [
    ('黃茅海跨海通道高欄港大橋', '黄茅海跨海通道高栏港大桥', O),   # caption: the crossing's bridge, longer reading
    ('黃茅海跨海通道', '黄茅海跨海通道', R),              # two names side by side
    ('高欄港大橋', '高栏港大桥', R),
    ('黃茅海大橋', '黄茅海大桥', R),
    ('虎門大橋', '虎门大桥', R),
    ('南沙大橋', '南沙大桥', R),
    ('港珠澳大橋', '港珠澳大桥', R),
    ('深中通道', '深中通道', R),
    ('黃茅海跨海通道', '黄茅海跨海通道', R),
    # 伶仃洋, 黃金內灣, 黃茅海 (waters): not names
    ('黃茅海跨海通道', '黄茅海跨海通道', R),
    ('鶴港高速', '鹤港高速', R),
    ('新台高速', '新台高速', R),
    ('西部沿海高速', '西部沿海高速', R),
    ('高欄港大橋', '高栏港大桥', R),
    ('黃茅海大橋', '黄茅海大桥', R),
    ('黃茅海大橋', '黄茅海大桥', R),
    ('黃茅海跨海通道', '黄茅海跨海通道', R),
    # 《粵港澳大灣區發展規劃綱要》: a plan
    ('港珠澳大橋', '港珠澳大桥', R),
    ('深中通道', '深中通道', R),
    ('黃茅海跨海通道', '黄茅海跨海通道', R),
    ('珠江黃埔大橋', '珠江黄埔大桥', R),
    ('南沙大橋', '南沙大桥', R),
    ('虎門大橋', '虎门大桥', R),
    ('深中通道', '深中通道', R),
    ('港珠澳大橋', '港珠澳大桥', R),
]),
('ah_2019_water_works_history_hant.txt', '我們的先祖', '運籌帷幄。', [
    ('都江堰', '都江堰', R),
    ('靈渠', '灵渠', R),
    ('京杭大運河', '京杭大运河', R),
    ('南水北調', '南水北调', R),                          # 南水北調的世紀工程
    # 黃河、長(cháng)江: rivers
    ('三門(mén)峽', '三门峡', O),                          # works or gorge: in a list mixing rivers and works
    ('三峽', '三峡', O),
    ('淠史杭', '淠史杭', R),                              # an irrigation works only
    ('南水北調', '南水北调', R),
    ('東線(xiàn)', '东线', O),                              # anaphoric short forms of the three routes
    ('中線(xiàn)', '中线', O),
    ('西線(xiàn)', '西线', O),
]),
# ---------------------------------------------------------------- 台湾 (行政院)
('tw_2008_ey_ten_projects_hant.txt', '  中評社香港', '執行方案。', [
    ('桃園國際機場聯外捷運系統', '桃园国际机场联外捷运系统', R),
    ('高雄洲際貨櫃中心', '高雄洲际货柜中心', R),
    # 都市更新, 軌道建設, 公路建設, 都市及工業區更新, 老舊橋樑整建, 防洪治水, 老舊校舍整建, 污水下水道, 農村再生: categories
    ('桃園航空城先期建設', '桃园航空城先期建设', O),      # longer reading with phase and action word
    ('桃園航空城', '桃园航空城', R),
    ('高雄港埠擴建', '高雄港埠扩建', O),
    ('高雄港埠', '高雄港埠', O),                          # the port with a generic head
    ('桃園國際機場聯外捷運系統建設計劃', '桃园国际机场联外捷运系统建设计划', R),   # 計劃 kept like 项目
    ('桃園國際機場聯外捷運系統', '桃园国际机场联外捷运系统', O),
    ('中壢火車站', '中坜火车站', O),                      # stations
    ('台北車站', '台北车站', O),
    ('桃園縣機場', '桃园县机场', O),                      # the airport named loosely by county
    ('台中市都會區鐵路高架捷運化計劃', '台中市都会区铁路高架捷运化计划', R),
]),
]

# Hand annotation of project names (projects-heldout141), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 云南/贵州 (regional), old text
('yngz_1990_southern_energy_base.txt', '云南、贵州、广西三省区拥有', '水电工程的先例。', [
    ('南方能源基地', None, O),                             # descriptive base
    ('大化', None, O),                                     # bare members of 大化、乌江渡、鲁布革等水电站
    ('乌江渡', None, O),
    ('鲁布革', None, O),
    ('小龙潭', None, O),                                   # 小龙潭等火电厂
    ('漫湾', None, O),                                     # bare members of 漫湾、岩滩、天生桥等电站
    ('岩滩', None, O),
    ('天生桥', None, O),
    ('南方能源基地', None, O),
    ('鲁布革水电站', None, R),
]),
# ---------------------------------------------------------------- 重庆
('cq_2005_west_ten_projects.txt', '现在的襄渝铁路是单线', '以缩短成渝之间的距离。', [
    ('襄渝铁路', None, R),
    ('襄渝铁路(安康至重庆段)复线工程', None, R),
    ('襄渝铁路(安康至重庆段)', None, O),                  # nested section
    ('襄渝铁路', None, O),                                 # nested line name
    ('襄渝铁路', None, R),
    ('襄渝铁路(安康至重庆段)', None, R),
    ('陇海线', None, R),
    ('包西线', None, R),
    ('襄渝线(安康至重庆段)', None, R),
    ('襄渝线', None, O),
    ('西康线', None, R),
    ('阳安线', None, R),
    ('襄渝线东段', None, R),
    ('襄渝线', None, O),
    ('达成线', None, R),
    ('达万线', None, R),
    ('宜万线', None, R),
    ('成渝线', None, R),
    ('川黔线', None, R),
    ('渝怀线', None, R),
    ('遂渝线', None, R),
    ('宝成线', None, R),
    ('达成铁路改扩建工程', None, R),
    ('达成铁路', None, O),
]),
# ---------------------------------------------------------------- 贵州
('gz_2007_guiyang_duyun_signing.txt', '8月16日,省交通厅', '行驶时间比原来缩短一半。', [
    ('贵阳至都匀高速公路', None, R),                       # in the name of the signing ceremony
    ('厦蓉高速公路贵阳至水口段', None, O),                 # inside the name of a leading group (organisation)
    ('厦蓉高速公路贵阳至水口段', None, O),
    ('厦蓉高速公路贵阳至水口段', None, O),
    ('贵阳至都匀高速公路', None, R),
    ('厦蓉高速公路贵阳至水口段', None, R),
    ('贵阳至广州高速公路通道', None, O),                   # corridor reading
    ('贵阳至广州高速公路', None, R),
    ('厦蓉高速公路都匀至水口段', None, R),
    ('贵阳经麻江至都匀高等级公路', None, O),               # existing road described by its route
]),
('gz_2009_expressway_plan_hant.txt', '    在高速公路建設', '審查。', [
    ('滬昆高速貴陽至清鎮(zhèn)段', '沪昆高速贵阳至清镇段', R),
    ('滬昆高速', '沪昆高速', O),
    ('杭瑞高速遵義至畢節(jié)段', '杭瑞高速遵义至毕节段', R),
    ('杭瑞高速', '杭瑞高速', O),
    ('大興至思南段', '大兴至思南段', O),                   # bare sections, road written once before
    ('思南至遵義段', '思南至遵义段', O),
    ('廈蓉高速清鎮(zhèn)至織金段', '厦蓉高速清镇至织金段', R),
    ('廈蓉高速', '厦蓉高速', O),
    ('畢節(jié)至生機(jī)段', '毕节至生机段', O),
    ('麻尾至駕歐', '麻尾至驾欧', O),                       # bare members of … 、惠水至興仁高速公路
    ('黎平至洛香', '黎平至洛香', O),
    ('晴隆至興義', '晴隆至兴义', O),
    ('思南至劍河', '思南至剑河', O),
    ('惠水至興仁高速公路', '惠水至兴仁高速公路', R),
    ('仁懷至赤水', '仁怀至赤水', O),
    ('銅仁至玉屏大龍高速公路', '铜仁至玉屏大龙高速公路', R),
]),
# ---------------------------------------------------------------- 西藏
('xz_shigatse_2010_airport_rail_hant.txt', '作為歷代班禪駐錫地的后藏', '橋頭堡。', [
    ('日喀則機場', '日喀则机场', R),
    ('青藏鐵路首條延伸線', '青藏铁路首条延伸线', O),     # appositive description before ——
    ('青藏鐵路', '青藏铁路', O),
    ('拉薩至日喀則段', '拉萨至日喀则段', R),
    ('日喀則機場', '日喀则机场', R),
    ('拉日(拉薩至日喀則)鐵路', '拉日(拉萨至日喀则)铁路', R),
]),
('xz_c2010_border_ports.txt', '在建设“南亚陆路', '第二大边贸通道。', [
    ('南亚陆路贸易大通道', None, O),                       # corridor programme
    ('吉隆口岸', None, R),
    ('樟木口岸', None, R),
    ('亚东口岸', None, R),
    ('普兰', None, O),                                     # bare member of 普兰和日屋口岸
    ('日屋口岸', None, R),
    ('中尼公路大规模改造工程', None, O),
    ('中尼公路', None, R),
    ('樟木口岸', None, O),                                 # destination of 从拉萨到… (locative)
    ('樟木口岸新联检大楼', None, R),
    ('樟木口岸', None, O),
    ('樟木口岸', None, R),
    ('吉隆口岸', None, R),
    ('吉隆口岸', None, O),                                 # locative after 在
    ('中尼跨境经济合作区', None, O),                       # zone
    ('吉隆口岸', None, R),
]),
('xz_shannan_2012_investment.txt', '  截至10月底', '投资力度加大。', [
    ('藏木电站', None, R),
    ('贡嘎机场改扩建', None, O),                           # longer reading with the action word
    ('贡嘎机场', None, R),
    ('江北灌区', None, R),
    ('桑日至加查公路', None, R),
    ('浪卡子至洛扎油路', None, R),
    ('朗县至加查县油路(山南段)', None, R),
    ('朗县至加查县油路', None, O),
    ('错那汀汀拉至勒边防公路', None, R),
    ('华新水泥产业链延伸', None, O),                       # company name + action
    ('华钰矿业技改', None, O),
    ('雅拉香布矿泉水', None, R),                           # brand + product in a list of projects
    ('湖北大道延伸', None, O),
    ('湖北大道', None, R),
    ('老干部活动中心', None, O),                           # institution building, generic name
    ('农牧民安居工程', None, O),                           # programme between works and policy
]),
# ---------------------------------------------------------------- 云南
('yn_lijiang_c2010_airport_expressway.txt', '据云南信息报报道', '可达四川省甘孜州。', [
    ('云南丽江机场高速公路', None, R),                     # in the name of the opening ceremony
    ('石林至锁龙寺', None, O),                             # bare members of … 五条高速
    ('锁龙寺至蒙自', None, O),
    ('武定至昆明', None, O),
    ('昆明西北绕城', None, O),
    ('保山至腾冲', None, O),
    ('云南丽江机场高速公路', None, R),
    ('云南丽江机场高速公路', None, R),
    ('云南丽江机场高速公路', None, R),
    ('省道S221线大理至丽江公路', None, O),                 # road number
    ('大理至丽江公路', None, R),
    ('丽江机场', None, R),
    ('丽江机场', None, R),
    ('国道214线', None, O),
]),
# ---------------------------------------------------------------- 重庆
('cq_2012_transport_plan_hant.txt', '據介紹,在公路', '300萬標箱。', [
    ('成渝復線', '成渝复线', R),
    ('萬州至達州', '万州至达州', O),                       # bare route in … 等18個在建項目
    ('長江航運中心', '长江航运中心', O),                   # programme
    ('烏江白馬至河口45公里航道整治', '乌江白马至河口45公里航道整治', O),   # descriptive
    ('嘉陵江草街至河口段航道整治三期工程', '嘉陵江草街至河口段航道整治三期工程', R),
    ('永川朱沱港', '永川朱沱港', R),
    ('涪陵龍頭山', '涪陵龙头山', O),                       # bare members of … 等重點港口
    ('萬州新田', '万州新田', O),
]),
# ---------------------------------------------------------------- 四川
('sc_ganzi_2013_yalong_hydro_hant.txt', '   “很高興', '如是說。', [
    ('錦屏水電站', '锦屏水电站', R),
    ('錦屏', '锦屏', O),                                   # nested short reading (placed so that the next ones land right)
    ('錦屏', '锦屏', O),                                   # short forms in the quoted speech
    ('二灘', '二滩', O),
    ('錦屏', '锦屏', O),
    ('兩河口', '两河口', O),
    ('錦屏一級(jí)水電站', '锦屏一级水电站', R),
    ('錦屏一級(jí)電站', '锦屏一级电站', R),
]),
('sc_ganzi_2017_yebatan_starts.txt', '  本报讯', '投产发电。', [
    ('叶巴滩水电站项目', None, R),
    ('叶巴滩水电站项目', None, R),
    ('西电东送', None, R),                                 # landmark programme of works
    ('西南水电基地', None, O),                             # descriptive base
    ('叶巴滩水电站', None, R),
]),
('sc_2021_tourism_signing.txt', '泸州市纳溪区', '及配套项目。', [
    ('凤凰湖片区综合开发项目', None, R),
    ('航空产业园', None, O),                               # parks/bases named only by an industry
    ('航空航天保障基地', None, O),
    ('航空博览园', None, O),
    ('四川·自贡长山川南白果山农旅一体化旅游度假区', None, R),
    ('九寨蓝城国际旅游度假区项目', None, R),
    ('西部区域旅游环线项目', None, R),
    ('龙门山奇观线项目', None, R),
    ('天台山线项目', None, R),
]),
# ---------------------------------------------------------------- 重庆
('cq_wushan_2022_q1_starts.txt', '人民网重庆', '乡村振兴的实施。', [
    ('双龙大桥', None, R),
    ('巫山至巫溪高速', None, R),
    ('华能重庆巫山十里坪荒光伏项目', None, R),
    ('云奉巫天然气输气管道复线项目', None, R),
    ('双龙大桥', None, R),                                 # photo caption
    ('双龙大桥', None, R),                                 # sub-heading
    ('巫山县双龙大桥', None, R),                           # place name in subject position stays
    ('双龙大桥', None, O),                                 # shorter reading
    ('巫山县双龙大桥', None, R),
    ('双龙大桥', None, O),
    ('双龙大桥', None, R),
    ('县道527', None, O),                                  # road numbers
    ('乡道106', None, O),
    ('双龙大桥', None, R),
]),
# ---------------------------------------------------------------- 云南
('yn_lancang_2023_hydro_hant.txt', '能源是國民經濟', '“綠色能源長廊”。', [
    ('瀾滄江干流水電基地', '澜沧江干流水电基地', O),       # descriptive base
    ('綠色能源長廊', '绿色能源长廊', O),                   # nickname
    ('糯扎渡', '糯扎渡', O),                               # bare members of … 功果橋8級水電站
    ('小灣', '小湾', O),
    ('漫灣', '漫湾', O),
    ('景洪', '景洪', O),
    ('大朝山', '大朝山', O),
    ('烏弄龍', '乌弄龙', O),
    ('苗尾', '苗尾', O),
    ('功果橋', '功果桥', O),
    ('老撾南澗水電站', '老挝南涧水电站', R),
    ('老撾南空3號水電站', '老挝南空3号水电站', R),
    ('綠色能源長廊', '绿色能源长廊', O),
]),
('yn_xishuangbanna_2025_corridor.txt', '开通至琅勃拉邦', '绿色能源保障。', [
    ('嘎洒国际机场四期改扩建工程', None, R),
    ('嘎洒国际机场', None, O),
    ('空中丝绸之路', None, O),                             # air-route programme, metaphor
    ('勐远至关累口岸高速公路', None, R),
    ('澜沧江·湄公河水路口岸', None, O),                   # descriptive
    ('关累港口岸', None, R),
    ('澜沧江244界碑至临沧港四级航道建设工程', None, R),
    ('西双版纳东盟国际综合交通服务中心', None, R),
    ('关累港', None, R),
    ('中老500千伏联网工程(国内段)', None, R),
    ('中老500千伏联网工程', None, O),
]),
]

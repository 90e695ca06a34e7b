# Hand annotation of project names (projects-heldout150), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 四川
('sc_zhongjiang_c2019_transport.txt', '近年来,中江县交通运输局', '升级改造汽车客运站2座。', [
    ('成都“三绕”高速', '成都三绕高速', R),            # 三绕 = the third ring expressway (成都经济区环线), one road, not a count
    ('遂德', None, O),                                     # bare member: 遂德、成绵扩容高速
    ('成绵扩容高速', None, R),
    ('中金快速通道中江段', None, R),
    ('中金快速通道', None, O),
    ('德中快速通道', None, R),
    ('G350线中江至仓山段一级公路', None, R),
    ('G350线', None, O),                                   # road number
]),
('sc_ganzi_2019_airports_hant.txt', '  9月16日上午9時28分', '26000余人次。', [
    ('甘孜格薩爾機場', '甘孜格萨尔机场', R),
    ('甘孜格薩爾機場', '甘孜格萨尔机场', R),
    ('康定機場', '康定机场', R),
    ('康定機場', '康定机场', R),
    ('稻城亞丁機場', '稻城亚丁机场', R),
]),
('sc_2021_engineering_firsts.txt', '  • 宝成铁路老照片。', '逐梦之路。', [
    ('宝成铁路', None, R),
    ('二滩水电站', None, R),
    ('稻城亚丁机场', None, R),
    ('雅康高速', None, R),
    ('兴康特大桥', None, R),
]),
# ---------------------------------------------------------------- 重庆
('cq_2023_rail_plan.txt', '3月6日,2023年全市交通工作会', '纳入国家“盘子”。', [
    ('渝宜高铁', None, R),
    ('重庆站改造项目', None, R),
    ('重庆站', None, O),
    ('成渝中线', None, O),                                 # bare members of 成渝中线、渝万、…、渝湘高铁…
    ('渝万', None, O),
    ('渝西', None, O),
    ('渝昆', None, O),
    ('成达万', None, O),
    ('渝湘高铁重庆至黔江段', None, R),
    ('渝湘高铁', None, O),
    ('重庆东站', None, R),
    ('成渝铁路重庆站至江津站段改造', None, O),            # trailing action word, longer reading
    ('成渝铁路重庆站至江津站段', None, R),
    ('成渝铁路', None, O),
    ('黄茅坪支线', None, R),
    ('涪陵龙头港铁路专用线', None, R),
    ('渝宜高铁', None, R),
    ('重庆站改造项目', None, R),
    ('重庆站', None, O),
    ('渝昆高铁联络线', None, R),
    ('黔江至吉首高铁', None, R),
    ('重庆至遂宁铁路', None, R),
    ('沿江货运铁路', None, O),                             # descriptive line name
    ('渝贵高铁', None, R),
    ('兰渝高铁', None, R),
    ('万黔高铁', None, R),
    ('广忠黔铁路', None, R),
]),
('cq_jiangjin_2019_report.txt', '江津区将着力推进', '全国农产品加工创业基地。', [
    ('广州双桥淀粉糖浆', None, R),                         # firm + product = named industrial project
    ('五联实业新型塑料', None, R),
    ('海亮铜业一期', None, R),
    ('乐俊铝业', None, O),                                 # firm name standing for its project
    ('黄国粮业', None, O),
    ('维斯顿管业二期', None, R),
    ('康钺数控机床', None, R),
    ('自行者陀螺仪', None, R),
    ('珞璜工业园', None, R),
    ('江津综保区', None, O),                               # 综合保税区 named in passing
    ('白沙工业园', None, R),
]),
('cq_chuanyu_c2016_transport_hant.txt', '今年,川渝兩省市', '長江涪陵至朝天門段航道整治工程。', [
    ('沿江高鐵成(都)南(充)達(dá)(州)萬(wàn)(州)鐵路', '沿江高铁成(都)南(充)达(州)万(州)铁路', O),  # category word before the name
    ('成(都)南(充)達(dá)(州)萬(wàn)(州)鐵路', '成(都)南(充)达(州)万(州)铁路', R),
    ('渝西高鐵', '渝西高铁', R),
    ('渝昆高鐵', '渝昆高铁', R),
    ('潼南至榮昌高速公路重慶段', '潼南至荣昌高速公路重庆段', R),
    ('潼南至榮昌高速公路', '潼南至荣昌高速公路', O),
    ('三峽大壩', '三峡大坝', R),
    ('三峽船閘', '三峡船闸', R),
    ('川渝滬通道', '川渝沪通道', O),                      # corridor concept
    ('嘉陵江利澤航運(yùn)樞紐', '嘉陵江利泽航运枢纽', R),
    ('涪江航道', '涪江航道', O),                          # a waterway
    ('長江宜賓至重慶段航道整治工程', '长江宜宾至重庆段航道整治工程', R),
    ('長江涪陵至朝天門段航道整治工程', '长江涪陵至朝天门段航道整治工程', R),
]),
('cq_2009_chaotianmen_bridge.txt', '新华网4月29日报道', '的朝天门长江大桥终于竣工通车。', [
    ('重庆朝天门长江大桥', None, R),
    ('朝天门长江大桥', None, O),
    ('重庆朝天门长江大桥', None, R),
    ('朝天门长江大桥', None, O),
    ('江北桥头立交', None, O),                             # sub-parts of the bridge project
    ('弹子石立交', None, O),
    ('黄桷湾立交', None, O),
    ('重庆朝天门长江大桥', None, R),
    ('朝天门长江大桥', None, O),
    ('朝天门长江大桥', None, R),
    ('朝天门长江大桥', None, R),
    ('朝天门长江大桥', None, R),
]),
# ---------------------------------------------------------------- 贵州
('gz_2015_outbound_corridors_hant.txt', '高速公路方面,到2015年底', '2019年將陸續(xù)建成開通。', [
    ('構(gòu)皮灘電站翻壩運輸系統(tǒng)工程', '构皮滩电站翻坝运输系统工程', R),
    ('構(gòu)皮灘電站', '构皮滩电站', O),
    ('烏江高等級航道', '乌江高等级航道', O),              # descriptive waterway
    ('渝黔', None, O),                                     # bare members of 渝黔、成貴等高鐵
    ('成貴', '成贵', O),
    ('滬昆高鐵貴州西段', '沪昆高铁贵州西段', R),
    ('滬昆高鐵', '沪昆高铁', O),
    ('渝黔高鐵', '渝黔高铁', R),
    ('成貴高鐵貴州境工程', '成贵高铁贵州境工程', O),      # 工程進度 may be read as part of the name
    ('成貴高鐵貴州境', '成贵高铁贵州境', R),
    ('成貴高鐵', '成贵高铁', O),
]),
('gz_guian_2014_trunk_roads.txt', '国庆前,贵安新区', '实现省内外互通。', [
    ('贵安新区', None, O),                                 # new area named in passing (a place here)
    ('贵安新区', None, O),
    ('贵阳外环', None, O),                                 # road the network connects to
    ('贵安大道', None, R),
    ('贵安联络线', None, O),                               # former name of a part of 贵安大道
    ('兴安大道', None, R),
    ('白马大道', None, R),
    ('金马大道', None, R),
    ('黔中大道', None, R),
    ('黔中大道', None, R),
    ('贵安新区', None, O),
    ('沪昆高速', None, O),                                 # connected road
    ('贵阳市外环', None, O),                               # connected road
]),
# ---------------------------------------------------------------- 云南
('yn_2009_lixiang_rail.txt', '  丽香铁路南起在建', '力争完成100亿元的目标。', [
    ('丽香铁路', None, R),
    ('大(理)丽(江)铁路丽江站', None, R),
    ('大(理)丽(江)铁路', None, O),
    ('滇藏铁路', None, R),
    ('丽香铁路', None, R),
    ('丽香铁路', None, R),
    ('大丽铁路', None, R),
    ('丽香铁路', None, R),
    ('丽香铁路', None, R),
    ('丽香铁路', None, O),                                 # inside the event name 丽香铁路建设动员大会
    ('昆明枢纽扩能工程', None, R),
    ('昆(明)玉(溪)铁路扩能工程', None, R),
    ('滇池东南环线', None, R),
    ('广(通)大(理)铁路扩能改造工程', None, R),
    ('云桂铁路', None, R),
    ('沪昆客运专线', None, R),
]),
('yn_chuxiong_2018_rail.txt', '广大铁路扩能改造工程。截至2018年1月', '占总投资的76.33%。', [
    ('广大铁路扩能改造工程', None, R),
    ('广大铁路', None, O),
    ('广大铁路', None, R),
    ('楚雄站', None, R),
    ('南华站', None, R),
    ('永广铁路扩能改造工程', None, R),
    ('永广铁路', None, O),
    ('新康车站', None, O),                                 # ends of a track-laying section
    ('元谋西', None, O),
]),
('yn_2020_double_ten.txt', '其中,滇中引水工程项目', '前期工作正在稳步推进。', [
    ('滇中引水工程项目', None, R),
    ('滇中引水工程', None, O),
    ('滇中引水', None, O),
    ('玉磨铁路', None, R),
    ('“能通全通”工程', '能通全通工程', O),                # programme between works and policy
    ('“互联互通”工程', '互联互通工程', O),
    ('乌东德电站送电', None, O),                           # the transmission project, longer reading
    ('乌东德电站', None, R),
    ('九大高原湖泊流域生态保护与修复工程', None, O),        # numbered programme
    ('“互联互通”工程', '互联互通工程', O),
    ('大滇西旅游环线', None, R),
    ('沿边高速', None, O),                                 # programme / descriptive
    ('昆丽高铁', None, R),
    ('昆明第二机场', None, R),
    ('沿边铁路', None, O),
    ('滇中城际铁路', None, R),
]),
('yn_2020_diqing_nujiang_transport_hant.txt', '王勇說,2019年', '全面邁入小康社會。', [
    ('麗江到香格裡拉至小中甸的高速公路', '丽江到香格里拉至小中甸的高速公路', O),  # descriptive (的)
    ('蘭坪通用機場', '兰坪通用机场', R),
    ('怒江美麗公路', '怒江美丽公路', R),
    ('沿邊國道219六庫至貢山路段', '沿边国道219六库至贡山路段', O),  # category word 沿邊 before the name
    ('國道219六庫至貢山路段', '国道219六库至贡山路段', R),
    ('國道219', '国道219', O),                             # road number
    ('美麗公路', '美丽公路', O),                           # anaphoric short form
    ('大滇西旅遊環線', '大滇西旅游环线', R),
    ('大滇西旅遊環線', '大滇西旅游环线', R),
    ('大滇西旅遊環線', '大滇西旅游环线', R),
    ('滇西旅遊大環線', '滇西旅游大环线', O),              # variant wording
    ('麗江至香格裡拉', '丽江至香格里拉', O),              # bare member of 麗江至香格裡拉、保山至瀘水高速公路
    ('保山至瀘水高速公路', '保山至泸水高速公路', R),
    ('麗江至香格裡拉鐵路', '丽江至香格里拉铁路', R),
]),
# ---------------------------------------------------------------- 西藏
('xz_2017_roads.txt', '据了解,西藏今年计划实施', '点通畅问题。', [
    ('303省道边坝至比如段', None, R),
    ('303省道', None, O),
    ('各尔登至西兰塔', None, R),
    ('格金湖至无名湖', None, R),
    ('格林至德尔贡', None, R),
    ('扎日至形穷普张', None, R),
    ('国家区域性公路交通应急装备物资(拉萨、昌都)储备中心', None, O),  # one designation for two centres
]),
('xz_2014_water_aid_hant.txt', '    本報北京8月21日電', '提高到200年一遇。', [
    ('滿拉水利樞紐', '满拉水利枢纽', R),
    ('旁多水利樞紐', '旁多水利枢纽', R),
    ('滿拉灌區', '满拉灌区', R),
    ('雅礱灌區', '雅砻灌区', R),
    ('旁多水利樞紐', '旁多水利枢纽', R),
    ('藏中電網', '藏中电网', O),                          # a grid
    ('旁多水庫', '旁多水库', R),
]),
('xz_medog_2010_road_tunnel.txt', '  12月15日,随着', '涵洞227道。', [
    ('墨脱公路', None, R),
    ('嘎隆拉隧道', None, R),                               # the named control work, subject of the article
    ('墨脱公路嘎隆拉山至墨脱县城段', None, R),
    ('墨脱公路', None, O),
    ('嘎隆拉隧道', None, R),
    ('墨脱公路', None, R),
    ('墨脱公路', None, R),
    ('318国道川藏公路', None, O),                          # junction at the start of the route
    ('318国道', None, O),
    ('川藏公路', None, O),
    ('老扎墨公路', None, O),
    ('墨脱简易道路', None, O),                             # the old track, descriptive
]),
]

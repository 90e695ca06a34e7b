# Hand annotation of project names (projects-heldout159), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

JP = '機(jī)場(chǎng)'   # 機場 as stored, with its pinyin doubles

PASSAGES = [
# ---------------------------------------------------------------- 四川
('sc_liangshan_2009_resources.txt', '在资源开发上,凉山州', '食品药品加工业基地初具规模。', [
    ('钒钛钢铁生产基地', None, O),                   # 年产500万吨的钒钛钢铁生产基地: described by capacity and kind
    ('云铜凉山矿业10万吨阳极铜', None, O),           # first member of a list sharing its head 项目 (…、2万吨镍、…项目)
    ('康西铜业10万吨电解铜项目', None, R),
    ('豫光金铅10万吨铅锌冶炼项目', None, R),
    ('溪洛渡电站', None, R),
    ('三峡工程', None, R),
    ('锦屏一级电站', None, R),
    ('二级电站', None, O),                           # 锦屏一级电站、二级电站: elliptical (锦屏二级电站)
]),
('sc_luding_2022_rebuild_hant.txt', '昨天(12日)18時起', '促進沿線地區社會經濟發展。', [
    ('瀘定縣大渡河大橋', '泸定县大渡河大桥', O),     # 在瀘定縣大渡河大橋旁: locative after 在, reading with the county
    ('大渡河大橋', '大渡河大桥', R),
    ('瀘石高速', '泸石高速', R),
    ('瀘定至石棉高速公路', '泸定至石棉高速公路', R),
    ('雅西', '雅西', O),                              # 雅西、雅康高速: bare first member
    ('雅康高速', '雅康高速', R),
    ('瀘石高速', '泸石高速', R),
    ('瀘石高速', '泸石高速', R),
]),
('sc_xinlong_2014_power_road.txt', '本报讯(记者李晓东', '提前一个月完成工程建设任务。', [
    ('四川省甘孜州新龙县110千伏新龙变电站', None, R),   # subject position: the places stay
    ('新龙县110千伏新龙变电站', None, O),
    ('110千伏新龙变电站', None, O),
    ('新龙变电站', None, O),
    ('新龙县“电力天路”工程', '新龙县电力天路工程', O),   # nickname programme (the county's part of 甘孜州“电力天路”工程)
    ('甘孜州“电力天路”工程', '甘孜州电力天路工程', O),   # province-company programme of works, nickname
    ('新龙县“电力天路”输变电工程', '新龙县电力天路输变电工程', R),
    ('新龙110千伏输变电工程', None, R),
    ('新龙至拉日马35千伏输变电工程', None, R),
    ('新龙至和平35千伏输变电工程', None, R),
    ('新龙110千伏变电站35千伏配套工程', None, R),
    ('新龙110千伏变电站', None, O),                  # the station inside the name of its supporting works
]),
('sc_1960s_sanxian_history.txt', '1964年,中央决定把攀枝花', '该厂是当时中国最大的重型机器厂。', [
    ('三线建设', None, O),                           # “三线建设”: programme between works and policy
    ('攀枝花钢铁基地', None, R),
    ('三线建设', None, O),
    ('攀枝花钢铁基地', None, R),                     # 攀枝花钢铁基地的一期工程
    ('攀钢', None, O),                               # short form / the company (攀钢成功出铁)
    ('成昆铁路', None, R),                           # heading 成昆铁路全线通车
    ('成昆铁路', None, R),
    ('成昆铁路', None, R),
    ('宝成', None, O),                               # 宝成、成渝两线: bare members, head 线 written once
    ('成渝', None, O),
    ('贵昆', None, O),                               # 贵昆、昆河两线
    ('昆河', None, O),
    ('成昆铁路', None, R),
    ('攀枝花钢铁基地', None, R),
    ('成昆铁路', None, R),                           # 成昆铁路沿线
    ('成昆铁路', None, O),                           # 在成昆铁路会战中: name inside a campaign's name
    ('二重', None, O),                               # heading 二重全面投产: short form
    ('中国第二重型机器厂', None, R),
]),
# ---------------------------------------------------------------- 重庆
('cq_wushan_2015_airport_start.txt', '据介绍,巫山神女峰机场', '研究了区域基础设施建设和产业联动发展。', [
    ('巫山神女峰机场', None, R),
    ('巫山神女峰机场', None, R),
    ('云阳县生命与材料科学产业园', None, R),
    ('开县浦里工业新区', None, R),
    ('赵家工业园区', None, R),
]),
('cq_xiushan_2020_ring_road.txt', '“我们秀山从此也有了', '平凯武营至鹭秀小学段公路2.7公里。', [
    ('国道319线官庄至官桥路段改建工程', None, R),
    ('国道319线', None, O),                          # road number inside the project's name
    ('“双官”改建工程', '双官改建工程', O),           # short form given in parentheses
    ('秀山外环路', None, R),                         # written in quotation marks
    ('国道319线', None, O),
    ('国道319线', None, O),
    ('“双官”改建工程', '双官改建工程', O),
    ('花灯大道', None, R),
    ('平凯武营至鹭秀小学段公路', None, R),
]),
# ---------------------------------------------------------------- 贵州
('gz_guiyang_2012_trunk_roads.txt', '金阳至扎佐、白云至修文城市一级主干道正式开工建设', '建设工期计 为一年。', [
    ('金阳至扎佐', None, O),                         # title: bare first member (金阳至扎佐、白云至修文城市一级主干道)
    ('白云至修文城市一级主干道', None, R),
    ('金阳至扎佐', None, O),                         # 金阳至扎佐、 白云至修文城市一级主干道: bare first member
    ('白云至修文城市一级主干道', None, R),
    ('北部新区', None, O),                           # new district named in passing
    ('金阳至扎佐城市一级主干道', None, R),
    ('210国道', None, O),
    ('黔灵山路', None, O),                           # existing street named as an end point
    ('贵钢异地搬迁项目', None, R),
    ('白云至修文城市一级主干道', None, R),
    ('阳明大道', None, O),
    ('贵毕公路', None, R),
]),
('gz_kaili_huangping_airport_hant.txt', '圖為凱里黃平' + JP + '航站樓', '大大便利黔東南州民眾出行。', [
    ('凱里黃平' + JP + '航站樓', '凯里黄平机场航站楼', O),   # caption: the terminal (sub-part)
    ('凱里黃平' + JP, '凯里黄平机场', R),
    ('貴州省黔東南州黃平' + JP, '贵州省黔东南州黄平机场', R),   # subject position: the places stay
    ('黃平' + JP, '黄平机场', O),
    ('凱里黃平' + JP, '凯里黄平机场', R),
    ('黎平' + JP, '黎平机场', R),
    ('黃平' + JP, '黄平机场', R),
]),
('gz_rongjiang_2019_county_transport.txt', '中国小康网 榕江县城', '全县公路总里程达2436公里。', [
    ('321国道', None, O),
    ('880省道', None, O),
    ('厦蓉高速公路', None, R),
    ('贵广高速铁路', None, R),
    ('黎平机场', None, R),
    ('荔波机场', None, R),
    ('321国道', None, O),
    ('炉榕公路', None, R),
    ('锦榕公路', None, R),
    ('贵广快铁榕江站', None, R),
    ('贵广快铁', None, O),                           # the line inside the station's name
    ('G321线古州至凉亭改造工程', None, R),
    ('G321线', None, O),
    ('高雅至高台旅游公路', None, R),
    ('平江至三江通乡油路', None, R),
]),
# ---------------------------------------------------------------- 云南
('yn_kunming_2026_east2_runway.txt', '2025年12月26日,昆明长水机场改扩建工程东二跑道项目成功完成真机验证飞行工作', '奠定了坚实基础。', [
    ('昆明长水机场改扩建工程东二跑道项目', None, R),
    ('昆明长水机场改扩建工程', None, O),
    ('第三跑道', None, O),                           # “第三跑道”: nickname / anaphoric short form
    ('昆明长水机场改扩建工程东二跑道项目', None, R),   # photo caption
    ('昆明长水机场改扩建工程', None, O),
    ('武汉天河机场第三跑道', None, R),
    ('武汉天河机场', None, O),
    ('昆明长水机场第三跑道', None, R),
    ('昆明长水机场', None, O),
    ('昆明长水机场改扩建工程东二跑道项目', None, R),   # photo caption
    ('昆明长水机场改扩建工程', None, O),
    ('昆明长水机场改扩建工程东二跑道项目', None, R),
    ('昆明长水机场改扩建工程', None, O),
    ('东二跑道', None, O),                           # 崭新的东二跑道: anaphoric short form
    ('昆明长水机场新建东二跑道', None, R),           # 新建 inside the phrase; the only full reading
    ('昆明长水机场', None, O),
    ('东二跑道', None, O),
    ('昆明长水机场改扩建工程', None, R),
]),
('yn_2001_highways_investment.txt', '目前,云南省以昆明为中心', '嵩待公路也正在紧张施工之中。', [
    ('大保公路', None, R),
    ('元磨公路', None, R),
    ('元江一号隧道', None, R),
    ('元磨路', None, R),
    ('元磨', None, O),                               # 元磨、大保等高速公路: bare members before 等…公路
    ('大保', None, O),
    ('大保公路', None, R),
    ('昆石路', None, R),
    ('曲胜公路', None, R),
    ('嵩待公路', None, R),
]),
('yn_lincang_2025_expressway_hant.txt', '4月28日10:00', '使沿線廣大人民群眾的生產生活邁上新的臺階。', [
    ('臨滄臨翔至清水河高速公路', '临沧临翔至清水河高速公路', R),
    ('新村立交至南美立交段', '新村立交至南美立交段', O),   # section named by its interchanges
    ('新村收費站', '新村收费站', O),                  # sub-part
    ('臨清高速公路', '临清高速公路', R),
    ('臨清高速公路', '临清高速公路', R),
    ('杭州—瑞麗高速公路', '杭州—瑞丽高速公路', R),
    ('國家高速G56', '国家高速G56', O),               # road number
    ('臨清高速公路', '临清高速公路', R),
    ('墨臨', '墨临', O),                              # 墨臨、臨雙、臨滄機場等6條高速公路: bare members
    ('臨雙', '临双', O),
    ('臨滄機場', '临沧机场', O),                      # (the 臨滄機場 expressway, not the airport)
]),
('yn_yunlong_2016_county_hant.txt', '基礎(chǔ)建設(shè)取得新突破', '提高至96.53%。', [
    ('“大漾云蘭”高速公路', '大漾云兰高速公路', R),
    ('大理段一期工程進(jìn)場(chǎng)公路', '大理段一期工程进场公路', O),   # sub-part (access road of the section's phase 1)
    ('勒子箐', '勒子箐', O),                          # 勒子箐和鐵扇門水庫: bare first member
    ('鐵扇門水庫(kù)', '铁扇门水库', R),
    ('500千伏苗尾水電站交流送出工程', '500千伏苗尾水电站交流送出工程', R),
    ('苗尾水電站', '苗尾水电站', O),                  # the plant inside its transmission project's name
]),
# ---------------------------------------------------------------- 西藏
('xz_2015_projects_plan_hant.txt', '同時,自治區(qū)還將', '昌都機場改擴(kuò)建工程。', [
    ('拉林高等級公路', '拉林高等级公路', R),          # 拉林高等級公路已開工路段
    ('嘎拉山隧道', '嘎拉山隧道', R),
    ('雅江特大橋改擴(kuò)建工程', '雅江特大桥改扩建工程', R),
    ('雅江特大橋', '雅江特大桥', O),
    ('米拉山隧道', '米拉山隧道', R),
    ('川藏公路改造整治工程', '川藏公路改造整治工程', R),
    ('川藏公路', '川藏公路', O),
    ('林芝', '林芝', O),                              # 林芝、拉薩貢嘎、昌都機場改擴建工程: bare members
    ('拉薩貢嘎', '拉萨贡嘎', O),
    ('昌都機場改擴(kuò)建工程', '昌都机场改扩建工程', R),
    ('昌都機場', '昌都机场', O),
]),
('xz_power_history_2015.txt', '1955年3月9日,国务院', '可以修国内水头最高的抽水蓄能电站。', [
    ('拉萨夺底沟水电站', None, R),
    ('日喀则小型火力发电厂', None, O),               # new plant described by kind, not named
    ('日喀则80千瓦燃油火电厂', None, O),             # described by size
    ('夺底沟水电站', None, R),
    ('羊八井地热', None, O),                         # the geothermal field (resource) or its plant
    ('拉萨西郊变电站', None, R),
    ('110千伏羊拉线', None, O),
    ('羊拉线', None, R),
    ('羊卓雍水电站', None, R),
]),
]

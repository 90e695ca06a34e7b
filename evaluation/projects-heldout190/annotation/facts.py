# Hand annotation of project names (projects-heldout190), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 四川
('sc_2010_yalongjiang_hydropower_hant.txt', '據(jù)介紹', '41%。', [
    ('卡拉', '卡拉', O),                                  # 卡拉、楊房溝水電站: bare first member
    ('楊房溝水電站', '杨房沟水电站', R),
    ('卡拉電站', '卡拉电站', R),
    ('楊房溝電站', '杨房沟电站', R),
    ('三峽水電站', '三峡水电站', R),                      # 相當於1.5個三峽水電站: still the named plant
    ('西電東送', '西电东送', R),                          # landmark programme of works, inside quotes
]),
('sc_2016_yibin_projects_review.txt', '  2016年,宜宾交通', '标志性工程之一。', [
    ('宜叙高速公路', None, R),
    ('蜀南竹海', None, O),                                # 五个热门旅游景区: scenic areas (as the template's forest park)
    ('兴文石海', None, O),
    ('李庄古镇', None, O),
    ('僰王山', None, O),
    ('七洞沟', None, O),
    ('宜叙高速', None, R),                                # short form
    ('成贵铁路“将军山”隧道', '成贵铁路将军山隧道', O),  # longer reading: the tunnel with its line
    ('成贵铁路', None, R),
    ('“将军山”隧道', '将军山隧道', R),                  # quotes in the span, removed in the name
    ('成贵铁路', None, R),
    ('成贵铁路', None, R),
]),
('sc_2008_ganluo_dadu_river_blog.txt', '深溪沟隧道出口段', '勘测设计。', [
    ('深溪沟隧道出口段', None, R),                        # section word kept (CONVENTIONS)
    ('深溪沟隧道', None, O),                              # the tunnel inside its section
    ('深溪沟水电站', None, R),
    ('瀑布沟水电站', None, R),
    ('“S306线”金口河—乌斯河公路', 'S306线金口河—乌斯河公路', R),  # road number in quotes, kept as in g212线水泉至罐子沟
    ('金口河—乌斯河公路', None, O),                       # reading without the road number
    ('金—乌公路', None, O),                               # 以下简称: abbreviation
    ('深溪沟水电站', None, R),
]),
('sc_2012_chengzilu_expressway.txt', '站在成自泸赤', '彻底激活。', [
    ('成自泸赤高速泸州段', None, R),
    ('成自泸赤高速', None, O),                            # the line inside its section
    ('黄舣长江大桥', None, R),
    ('泸州港', None, R),                                  # port
    ('成自泸赤高速', None, R),
    ('成自泸赤高速成仁段', None, R),
    ('成自泸赤高速', None, O),
    ('天府新区', None, O),                                # national new area named in passing (as 滨海新区)
    ('天府新区', None, O),
    ('第一绕城', None, O),                                # 第一绕城、第二绕城及…第三绕城高速: elliptical list
    ('第二绕城', None, O),
    ('第三绕城高速', None, R),
    ('成雅', None, O),                                    # 成雅、成仁和成渝三条纵向高速: bare members, head not a name
    ('成仁', None, O),
    ('成渝', None, O),
    ('成自泸赤高速成仁段', None, R),
    ('成自泸赤高速', None, O),
    ('天府新区', None, O),
    ('宜(宾)泸(州)高速公路', None, R),                  # bracketed glosses kept as written
]),
('sc_2008_luzhou_two_bridges_hant.txt', '  瀘州人民', '由中國交通建設股份有限公司承建,預計2010年建成。', [
    ('沱江一橋復線橋', '沱江一桥复线桥', R),
    ('茜草長江大橋', '茜草长江大桥', R),
    ('沱江一橋復線橋', '沱江一桥复线桥', R),
    ('茜草長江大橋', '茜草长江大桥', R),
]),
# ---------------------------------------------------------------- 重庆
('cq_2015_industrial_projects.txt', '      一是上下联动', '710亿元。', [
    ('两江新区', None, O),                                # national new area named as a partner (as 滨海新区)
    ('长安福特三工厂', None, R),                          # firm-and-plant / firm-and-product projects
    ('上汽通用五菱', None, O),                            # a company name standing for its project
    ('巨腾金属机壳', None, R),
    ('惠科电子显示器', None, R),
    ('长安福特变速器', None, R),
    ('旗能电铝', None, O),                                # company name (重庆旗能电铝), product unclear
    ('联邦中北电力装备', None, O),                        # company-like name, borderline
    ('巨源30万吨不锈钢', None, R),                        # firm, capacity and product (as 中复神鹰1.4万吨高性能碳纤维)
]),
('cq_2010_dadukou_district_industries.txt', '大渡口区倾力打造', '4家建成投产。', [
    ('国际复合玻纤制造基地', None, R),
    ('玻纤产业园', None, O),                              # park named only by an industry, inside quotes
    ('百亿长征重工', None, O),                            # heading 二是百亿长征重工: an industry target named for a firm
    ('重庆重型铸锻厂“百亿长征重工”改扩建项目', '重庆重型铸锻厂百亿长征重工改扩建项目', R),
    ('“百亿天安数码城”巨型科技孵化器项目', '百亿天安数码城巨型科技孵化器项目', R),
    ('百亿天安数码城', None, O),                          # the quoted nickname inside the project
    ('建桥工业园C区', None, R),
]),
('cy_2021_chuanyu_joint_projects_hant.txt', '成渝中線高鐵', '基本完工。', [
    ('成渝中線高鐵項目', '成渝中线高铁项目', R),
    ('廣安過境高速公路東環(huán)線', '广安过境高速公路东环线', R),
    ('渝廣高速支線', '渝广高速支线', R),
    ('內(nèi)江至大足', '内江至大足', O),                  # 內江至大足等3個高速公路項目: elliptical
    ('川渝千億方天然氣基地', '川渝千亿方天然气基地', O),  # descriptive base
    ('遂潼川渝毗鄰地區(qū)一體化發(fā)展先行區(qū)', '遂潼川渝毗邻地区一体化发展先行区', O),  # policy zone
    ('遂銅環(huán)氧乙烷產(chǎn)業(yè)合作園', '遂铜环氧乙烷产业合作园', R),
    ('中國(普光)微玻纖新材料產(chǎn)業(yè)項目', '中国(普光)微玻纤新材料产业项目', R),
    ('華鎣高興站貨場工程', '华蓥高兴站货场工程', R),
]),
# ---------------------------------------------------------------- 云南
('yn_2016_weishan_county_water.txt', '. S* {6', '正在实施20件。', [
    ('巍宝山水库工程', None, R),
    ('大石板水库扩建工程', None, R),
    ('西河治理二、三期工程', None, R),                    # one works, both phases, as written
    ('锁水阁水库改扩建工程', None, R),
    ('甸中河水库', None, R),
    ('东山干渠工程', None, R),
]),
('yn_2018_dianzang_railway_hant.txt', '滇藏鐵路,和川藏', '在建。', [
    ('滇藏鐵路', '滇藏铁路', R),
    ('川藏鐵路', '川藏铁路', R),
    ('滇藏鐵路', '滇藏铁路', R),
    ('川藏鐵路', '川藏铁路', R),
    ('大格鐵路', '大格铁路', R),
    ('大格鐵路', '大格铁路', R),
    ('川藏鐵路', '川藏铁路', R),
    ('滇藏鐵路', '滇藏铁路', R),
    ('昆大鐵路', '昆大铁路', R),                          # list headings and their repetitions
    ('昆大鐵路', '昆大铁路', R),
    ('大麗鐵路', '大丽铁路', R),
    ('大麗鐵路', '大丽铁路', R),
    ('麗香鐵路', '丽香铁路', R),
    ('麗香鐵路', '丽香铁路', R),
]),
('yn_2019_baoshan_dali_ruili_rail.txt', '10日上午', '传奇故事。', [
    ('大理至瑞丽铁路大保段', None, R),
    ('大理至瑞丽铁路', None, O),                          # the line inside its section
    ('澜沧江特大桥', None, R),
    ('中缅国际通道大瑞铁路', None, O),                    # longer reading with the appositive description
    ('大瑞铁路', None, R),
    ('茶马古道', None, O),                                # ancient trade route
    ('滇缅公路', None, R),                                # the wartime Burma Road
]),
# ---------------------------------------------------------------- 贵州
('gz_2020_ziwang_expressway_opening.txt', '2019年12月31日', '平塘特大桥。', [
    ('紫云至望谟高速公路', None, R),
    ('紫望高速', None, R),
    ('火花特大桥', None, R),
    ('紫望高速', None, R),
    ('平罗高速', None, R),                                # headline of the next item
    ('平罗高速', None, R),
    ('平塘特大桥', None, R),
]),
('gz_2024_expressways_under_construction.txt', '1. 贵平高速', '桥面施工阶段。', [
    ('贵平高速公路(贵定至龙里段)', None, R),             # heading with its section in brackets
    ('贵平高速公路', None, O),
    ('龙里经济开发区', None, O),                          # development zone named in passing
    ('石龙沟大桥', None, R),
    ('贵龙城市大道', None, O),                            # urban arterial built as a project; other streets left out
    ('安盘高速公路(安顺至盘州段)', None, R),
    ('安盘高速公路', None, O),
    ('沪昆高速', None, R),
    ('安盘高速', None, R),
    ('盘关特大桥', None, R),
    ('温家寨隧道', None, R),
    ('盘关特大桥', None, R),
    ('贵安高速扩容工程(贵阳至安顺段)', None, R),
    ('贵安高速扩容工程', None, O),
    ('沪昆高速贵阳至安顺段', None, R),
    ('沪昆高速', None, O),                                # the line inside its section
    ('百花湖特大桥', None, R),
    ('朱昌特大桥', None, R),
    ('云盘大桥', None, R),
    ('朱昌特大桥', None, R),
]),
# ---------------------------------------------------------------- 西藏
('xz_2009_lhasa_gonggar_airport_road.txt', '西藏自治区党委书记', '具有重要意义。', [
    ('拉萨至贡嘎机场专用公路', None, R),
    ('拉萨火车站', None, O),                              # station (optional as in the template)
    ('嘎拉山隧道', None, R),
    ('拉萨河特大桥', None, R),
    ('贡嘎机场', None, R),
    ('柳梧新区', None, O),                                # urban new district named in passing
    ('拉萨火车站', None, O),
    ('柳梧客运站', None, O),                              # bus station
]),
('xz_2015_airports_fifty_years_hant.txt', '2013年5月18日', '38個(gè)城市。', [
    ('拉薩貢嘎機場(chǎng)', '拉萨贡嘎机场', R),          # photo caption; pinyin double inside the span
    ('拉薩貢嘎機場(chǎng)', '拉萨贡嘎机场', R),
    ('昌都邦達機場(chǎng)', '昌都邦达机场', R),
    ('林芝米林機場(chǎng)', '林芝米林机场', R),
    ('阿里昆莎機場(chǎng)', '阿里昆莎机场', R),
    ('日喀則和平機場(chǎng)', '日喀则和平机场', R),
    ('那曲機場(chǎng)', '那曲机场', R),                    # planned airport whose site was approved
    ('青藏鐵路', '青藏铁路', R),
]),
]

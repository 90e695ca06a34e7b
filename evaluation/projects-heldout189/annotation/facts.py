# Hand annotation of project names (projects-heldout189), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
# Nested readings are listed after the longer reading they sit in (build.py searches from the previous fact's start).
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 河南
('ha_2022_water_press_conference.txt', '今年,我省开工建设水利重点工程', '增加生态补水能力1.8亿立方米。', [
    ('汉山水库工程', None, R),
    ('前坪水库灌区工程', None, R),
    ('新乡市南水北调配套工程东线项目', None, R),
    ('南水北调', None, O),                                # landmark programme nested in a city's supporting works
    ('三门峡水库清淤工程', None, R),
    ('大型灌区续建配套与现代化改造工程', None, O),        # national programme, between works and category
    ('农村供水四化试点工程', None, O),                    # programme
    ('黄河下游引黄涵闸改建工程', None, R),
]),
('ha_biyang_2016_project_starts.txt', '昨日,泌阳县2016年', '旅游基础设施建设项目。', [
    ('牛血生物制剂项目', None, R),
    ('泌阳彩盛印刷包装项目', None, R),
    ('河南神艺服饰加工项目', None, R),
    ('铜山湖科技生态园旅游基础设施建设项目', None, R),
    ('铜山湖科技生态园', None, O),                        # park nested in the project
]),
('ha_2016_sanyang_railway_start_hant.txt', '本報(bào)訊', '具有重要意義。', [
    ('三洋鐵路許昌至亳州段', '三洋铁路许昌至亳州段', R),
    ('三洋鐵路', '三洋铁路', O),                          # the line inside its section
    ('三洋鐵路', '三洋铁路', R),
    ('洋口港', '洋口港', O),                              # port as a destination
    ('蒙華', '蒙华', O),                                  # 蒙華、隴海、…、寧啟等八條鐵路干線: bare members
    ('隴海', '陇海', O),
    ('焦柳', '焦柳', O),
    ('京廣', '京广', O),
    ('京九', '京九', O),
    ('青阜', '青阜', O),
    ('京滬', '京沪', O),
    ('寧啟', '宁启', O),
    ('三洋鐵路', '三洋铁路', R),
]),
# ---------------------------------------------------------------- 湖北
('hb_yichang_2010_transport_projects.txt', '7月26日至27日,2010年', '枝江货运站。', [
    ('宜华一级公路', None, R),
    ('北风垭隧道', None, R),
    ('沪渝高速公路龙舟坪连接线', None, R),
    ('沪渝高速公路', None, O),                            # the expressway inside its connecting line
    ('宜巴省道秭归境内路面改造工程', None, R),
    ('陆渔一级公路20公里路面工程', None, R),
    ('陆渔一级公路', None, O),
    ('三峡全通涂镀板专用码头主体工程', None, R),
    ('云池港进港道路主体工程', None, R),
    ('保兴公路兴山境改造工程', None, R),
    ('宜昌大桥干桥面大修工程', None, R),
    ('宜昌大桥', None, O),
    ('张莲国防公路', None, R),
    ('宜昌至保康高速公路工程', None, R),
    ('318国道枝江至云池段一级公路工程', None, R),
    ('小鸦一级公路工程', None, R),
    ('宜黄一级公路工程', None, R),
    ('三峡游船基地', None, R),                            # 三峡游船基地和云池港二期工程: two works
    ('云池港二期工程', None, R),
    ('五峰至巴东公路改造升级工程', None, R),
    ('黄柏河航道整治工程', None, R),
    ('三峡库区支流航道整治工程', None, O),                # waterway programme over many tributaries
    ('枝江货运站', None, R),
]),
('hb_enshi_2011_expressways_start.txt', '18日上午,恩施市', '协调发展具有重要意义。', [
    ('恩建', None, O),                                    # 恩建、利万高速公路工程: bare first member
    ('利万高速公路工程', None, R),
    ('银(川)北(海)高速公路恩(施)建(始)段', None, R),    # glosses in brackets kept as written
    ('恩来高速', None, R),
    ('利(川)万(州)高速公路湖北段', None, R),
    ('恩来', None, O),                                    # 恩来和恩黔高速: bare first member
    ('恩黔高速', None, R),
    ('恩建', None, O),                                    # 恩建、利万高速公路建设项目
    ('利万高速公路建设项目', None, R),
]),
('hb_enshi_2021_expressway_sites.txt', '国庆假期,2000多名', '占年度计划的83%。', [
    ('鹤峰东高速', None, R),
    ('溇水河特大桥', None, R),
    ('鹤峰东', None, O),                                  # short form of 鹤峰东高速 (鹤峰东是宜来高速的重要组成部分)
    ('宜来高速', None, R),
    ('宣咸高速', None, R),
]),
# ---------------------------------------------------------------- 湖南
('hn_xiangxi_2012_key_projects.txt', '交通设施项目建设大步迈进。', '开始征地拆迁。', [
    ('吉茶高速', None, R),
    ('矮寨特大桥', None, R),
    ('吉怀高速', None, R),
    ('凤大高速', None, R),
    ('张花高速湘西段', None, R),
    ('张花高速', None, O),
    ('龙永高速', None, R),
    ('永吉高速', None, R),
    ('海洛互通', None, O),                                # interchange of 永吉高速: sub-part
    ('G209G319吉首绕城线', None, R),
    ('吉首绕城线', None, O),                              # reading without the road numbers
]),
('hn_xiangxi_2020_transport_hant.txt', '截至6月底,機(jī)場', '主體完工50%。', [
    ('張花連接線', '张花连接线', R),
    ('吉首綜合客運(yùn)樞紐', '吉首综合客运枢纽', R),       # written 樞紐項完成 (目 missing): 項 left out
    ('鳳凰客運(yùn)綜合體', '凤凰客运综合体', R),
    ('紅石林客運(yùn)站', '红石林客运站', R),
]),
# ---------------------------------------------------------------- 安徽
('ah_new_energy_pumped_storage.txt', '据悉,装机180万千瓦', '应用发展环境。', [
    ('绩溪抽水蓄能电站', None, R),
    ('金寨抽水蓄能电站', None, R),
    ('桐城抽水蓄能电站', None, R),
    ('岳西抽水蓄能电站', None, R),
    ('信义金寨光伏电站', None, R),
    ('信义三山100兆瓦光伏电站', None, R),
]),
('ah_2010_jianghuai_canal_hant.txt', '新開挖一條縱向河道', '被稱為安徽的“南水北調(diào)”工程。', [
    ('江淮運(yùn)河', '江淮运河', R),
    ('引江濟(jì)淮', '引江济淮', R),
    ('引江濟(jì)巢', '引江济巢', R),                        # the southern section of 引江济淮
    ('“江淮大運(yùn)河”工程', '江淮大运河工程', O),        # longer reading with 工程
    ('江淮大運(yùn)河', '江淮大运河', R),
    ('江淮運(yùn)河項(xiàng)目', '江淮运河项目', R),
    ('江淮運(yùn)河', '江淮运河', O),
    ('引江濟(jì)淮', '引江济淮', R),                        # heading 水利之引江濟淮:
    ('南水北調(diào)', '南水北调', O),                        # heading 安徽版的南水北調: comparison
    ('引江濟(jì)淮', '引江济淮', R),
    ('“南水北調(diào)”工程', '南水北调工程', O),            # comparison (被稱為安徽的“南水北調”工程)
    ('南水北調(diào)', '南水北调', O),
]),
# ---------------------------------------------------------------- 山西
('sx_coal_chemical_projects_hant.txt', '為推進(jìn)山西省', '同意項(xiàng)目做好前期工作。', [
    ('山西晉城無煙煤礦業(yè)集團(tuán)有限責(zé)任公司200萬噸/年煤制油項(xiàng)目',
     '山西晋城无烟煤矿业集团有限责任公司200万吨/年煤制油项目', R),
    ('晉能有限責(zé)任公司低質(zhì)煤綜合利用40億立方米/年煤制天然氣多聯(lián)產(chǎn)示范項(xiàng)目',
     '晋能有限责任公司低质煤综合利用40亿立方米/年煤制天然气多联产示范项目', R),
    ('山西潞安礦業(yè)(集團(tuán))有限責(zé)任公司煤炭清潔利用油化電熱一體化項(xiàng)目',
     '山西潞安矿业(集团)有限责任公司煤炭清洁利用油化电热一体化项目', R),
    ('陽泉煤業(yè)(集團(tuán))有限責(zé)任公司低質(zhì)煤綜合利用40億立方米/年煤制天然氣多聯(lián)產(chǎn)示范項(xiàng)目',
     '阳泉煤业(集团)有限责任公司低质煤综合利用40亿立方米/年煤制天然气多联产示范项目', R),
    ('晉北煤化工基地', '晋北煤化工基地', O),              # descriptive base
]),
('sx_2011_yellow_river_lifting_works.txt', '2009年,山西省沿黄', '小型提黄泵站。', [
    ('万家寨引黄工程', None, R),
    ('浪店水源工程', None, R),
    ('尊村灌区', None, R),                                # irrigation districts (as 湖北漳河灌区)
    ('夹马口灌区', None, R),
    ('元上灌区', None, R),
    ('回龙灌区', None, R),
    ('杨范灌区', None, R),
    ('禹门口提黄工程', None, R),
    ('大禹渡提黄工程', None, R),
    ('龙门', None, O),                                    # 龙门、马崖、古贤等8处中型提黄灌区: bare members
    ('马崖', None, O),
    ('古贤', None, O),
]),
# ---------------------------------------------------------------- 江西
('jx_nanchang_2024_bridges_hant.txt', '人民網(wǎng)南昌7月14日', '協(xié)調(diào)發(fā)展。', [
    ('洪州大橋', '洪州大桥', R),
    ('復(fù)興大橋', '复兴大桥', R),
    ('生米大橋', '生米大桥', R),
    ('南昌大橋', '南昌大桥', R),
    ('“十橋同架”建設(shè)項(xiàng)目', '十桥同架建设项目', O),    # programme of ten bridges
    ('十橋同架', '十桥同架', O),
    ('復(fù)興大橋', '复兴大桥', R),
    ('洪州大橋', '洪州大桥', R),
]),
('jx_ningdu_power_plant_railway.txt', '专家组表示,宁都位于', '终至泉州市。', [
    ('吉永泉铁路', None, R),
    ('大唐宁都火电项目新建工程', None, R),
    ('大唐宁都火电项目', None, O),
    ('大唐宁都火电项目新建工程', None, R),
    ('大唐宁都火电项目', None, O),
    ('兴泉铁路(江西段)', None, R),                       # in the run-together headline 宁都铁路兴泉铁路(江西段)走向已定…
    ('兴泉铁路', None, O),
    ('宁都站', None, O),                                  # station
    ('兴国至泉州铁路线(江西段)', None, R),
    ('兴国至泉州铁路线', None, O),
    ('吉永泉铁路', None, R),
    ('京九线', None, R),
]),
('jx_ganlong_railway_early_works.txt', '赣龙铁路扩能改造工程江西段先行用地', '设计工期3.5年。', [
    ('赣龙铁路扩能改造工程江西段', None, R),              # title line
    ('赣龙铁路扩能改造工程', None, O),
    ('赣龙铁路', None, O),
    ('赣龙铁路扩能改造工程(江西段)', None, R),
    ('赣龙铁路扩能改造工程', None, O),
    ('赣龙铁路', None, O),
    ('赣龙铁路扩能改造工程(江西段)', None, R),
    ('赣龙铁路扩能改造工程', None, O),
    ('赣龙铁路', None, O),
    ('平江特大桥', None, R),                              # 先行开工工程: named bridges and tunnels
    ('观音山隧道', None, R),
    ('龙华山隧道', None, R),
    ('梅江特大桥', None, R),
    ('梓山隧道', None, R),
    ('小密隧道', None, R),
    ('西江隧道', None, R),
    ('绵江特大桥', None, R),
    ('叶坪隧道', None, R),
    ('于都站', None, O),                                  # station
    ('赣龙铁路扩能改造工程', None, R),
    ('赣龙铁路', None, O),
]),
]

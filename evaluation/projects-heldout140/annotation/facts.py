# Hand annotation of project names (projects-heldout140), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 江苏
('js_jiangyin_2023_report.txt', '  一、重大战略深入实施', '形成千亩以上可用地块3个。', [
    ('霞客湾科学城', None, R),                             # a planned science-city zone, object of the planning work
    ('绮山湖科创谷一期项目', None, R),
    ('绮山湖科创谷', None, O),
    ('江南大学江阴校区一期', None, R),                     # campus phase under construction
    ('江南大学江阴校区', None, O),
    ('武汉大学长三角科技创新中心', None, O),               # institution
    ('“引江济太”江阴段环境治理与科创产业融合发展项目', '引江济太江阴段环境治理与科创产业融合发展项目', R),
    ('引江济太', None, O),                                 # the water-transfer programme, quoted inside the name
    ('无锡(江阴)港', None, R),
]),
('js_xinyi_kfq_2011.txt', '招商引资取得突破。', '利用外资规模的新纪录。', [
    ('新沂碧康新医药产业综合体项目', None, R),
    ('中纺新沂工业园项目', None, R),
    ('中纺新沂工业园', None, O),
    ('中冶钢结构项目', None, R),
    ('嘉泰化工一期', None, R),                             # company + phase
    ('利民化工嘧啶', None, R),                             # company + product
    ('汉凌生化', None, O),                                 # bare company name standing for its project
    ('新华鸿钢铁', None, O),
    ('润扬电子', None, O),
    ('必康新医药', None, O),
    ('蓝丰离子膜纯碱', None, R),                           # company + product
]),
('js_yancheng_ecocity_2014_yearbook.txt', '基础配套  年内', '严峻形势得到稳妥化解。', [
    ('盐城环保科技城', None, R),                           # the park itself
    ('工业邻里中心一期', None, O),                         # descriptive facility name + phase
    ('绿地豪生大酒店', None, R),
    ('经三路', None, R),
    ('纬六路', None, R),
    ('蓝庭苑', None, R),                                   # resettlement estates (3个安置小区: a count, not a shared head)
    ('馨港雅居', None, R),
    ('曙光花园', None, R),
    ('庆丰林带', None, O),                                 # bare members of 66条河道整治工程
    ('七纵沟', None, O),
]),
# ---------------------------------------------------------------- 浙江
('zj_ruian_2021_starts.txt', '瑞安市发改局相关负责人介绍', '十万亩湿地田园。', [
    ('瑞安智能汽车关键零部件产业平台', None, R),
    ('科丰年产4000万套智能汽车传感器项目', None, R),
    ('万东智能制造产业园', None, R),
    ('松田年产500万套智能控制无刷电机生产线项目', None, R),
    ('名瑞年产1000台给袋式真空包装机智造项目', None, R),
    ('奥尔年产700台一体化智能印刷包装机械项目', None, R),
    ('104国道瑞安罗凤至塘下段改建工程', None, R),
    ('104国道', None, O),                                  # road number
    ('万松路东延伸线工程', None, R),
    ('万松路', None, O),
]),
('zj_zhoushan_2020_press.txt', '舟甬铁路即将开工', '最大的油气储备基地之一。', [
    ('舟甬铁路', None, R),
    ('舟岱跨海大桥', None, R),
    ('宁波舟山港', None, R),
    ('国家北斗海洋产业应用示范基地', None, O),             # base / institution
    ('海洋大数据中心', None, O),
    ('浙江自贸试验区', None, O),                           # zone named in passing
]),
# ---------------------------------------------------------------- 福建
('fj_jinjiang_2022_starts.txt', '据介绍,此次开竣工项目', '的优势传统产业项目。', [
    ('集成电路测试探针暨中国大陆营运总部', None, R),
    ('柳峰汽车配件', None, R),
    ('百宏年产25万吨功能性聚酯薄膜', None, R),
    ('满誉产业机械微工业园', None, R),
    ('富联印染提升改造', None, O),                         # company + action word, no 项目
    ('富联印染', None, O),
]),
('fj_2020_provincial_starts.txt', '18日,福建省集中开工', '人才培养提供基地保障。', [
    ('莆田秀屿区石门澳化工新材料产业园基础设施项目', None, R),
    ('石门澳化工新材料产业园', None, O),
    ('南平泰盛纸业项目', None, R),
    ('龙岩上杭时代思康含氟新能源材料生产项目', None, R),
    ('宁德寿宁三祥锆基非晶合金项目', None, R),
    ('平潭综合实验区党工委党校项目', None, R),
    ('平潭综合实验区', None, O),
]),
('fj_fuzhou_langqi_2010_hant.txt', '        福州市政府相關人士指出', '行車時間可縮短至20分鐘左右。', [
    ('馬尾港', '马尾港', R),
    ('馬尾臺商投資區', '马尾台商投资区', O),               # zones: optional
    ('平潭綜合實驗區', '平潭综合实验区', O),
    ('福州臺商投資區', '福州台商投资区', O),
    ('臺商投資區', '台商投资区', O),                       # short form
    ('瑯岐島臺商投資區', '琅岐岛台商投资区', O),
    ('瑯岐大橋', '琅岐大桥', R),
    ('瑯岐閩江大橋', '琅岐闽江大桥', R),
    ('福州經濟技術開發區中心區', '福州经济技术开发区中心区', O),
]),
# ---------------------------------------------------------------- 山东
('sd_linyi_2022_good_projects.txt', '第15名,平邑县。', '“借鸡(基)生蛋”项目。', [
    ('河东区欧达年产10GWp光伏组件及2GWh智慧储能系统生产基地项目', None, R),
    ('欧达年产10GWp光伏组件及2GWh智慧储能系统生产基地项目', None, O),   # reading without the county label
    ('兰山区山东沂新光电科技有限公司精密电子玻璃项目', None, R),
    ('山东沂新光电科技有限公司精密电子玻璃项目', None, O),
    ('莒南县太钢鑫海高端不锈钢项目', None, R),
    ('太钢鑫海高端不锈钢项目', None, O),
    ('临沂沂河新区格力电器(临沂)智能制造生产基地项目', None, R),
    ('临沂沂河新区', None, O),
    ('格力电器(临沂)智能制造生产基地项目', None, O),
    ('罗庄区罗欣国家级创新药替戈拉生全国首创项目', None, R),
    ('罗欣国家级创新药替戈拉生全国首创项目', None, O),
    ('蒙阴县临工智能制造产业园年产1.3万台大型工程机械及产业链配套项目', None, R),
    ('临工智能制造产业园年产1.3万台大型工程机械及产业链配套项目', None, O),
    ('临工智能制造产业园', None, O),
    ('郯城县万华禾香绿色家装板材项目', None, R),
    ('万华禾香绿色家装板材项目', None, O),
    ('临沭县山田硅碳新材料及智能装备项目', None, R),
    ('山田硅碳新材料及智能装备项目', None, O),
    ('沂水县歌尔泰克元宇宙&智能穿戴项目', None, R),
    ('歌尔泰克元宇宙&智能穿戴项目', None, O),
    ('兰陵县装备智造新城链式经济“借鸡(基)生蛋”项目', '兰陵县装备智造新城链式经济借鸡(基)生蛋项目', O),  # a model of chain economy
    ('装备智造新城链式经济“借鸡(基)生蛋”项目', '装备智造新城链式经济借鸡(基)生蛋项目', O),
    ('装备智造新城', None, O),
]),
('sd_linyi_2023_projects_hant.txt', '產業項目是拉動經濟增長', '助力當地經濟社會高質量發展。', [
    ('臨沂萬華禾香北方產業園', '临沂万华禾香北方产业园', O),   # inside the company name ...管理有限公司
    ('萬華禾香板業(臨沂)項目', '万华禾香板业(临沂)项目', R),
    ('臨沂鋼投新能源項目', '临沂钢投新能源项目', R),
    ('臨沂臨港區', '临沂临港区', O),                       # zone named in passing
]),
('sd_wenshang_chempark_hant.txt', ' 近年來,汶上縣', '綜合競(jìng)爭(zhēng)力。', [
    ('聯(lián)想化工區(qū)', '联想化工区', R),
    ('精細(xì)化工園', '精细化工园', O),                   # park named only by an industry
    ('聯(lián)化創(chuàng)業(yè)園', '联化创业园', R),
    ('聯(lián)化物流園', '联化物流园', R),
]),
# ---------------------------------------------------------------- 上海
('sh_pudong_2022_major_works.txt', '一是聚焦项目腾地', '惠南养护院整体结构封顶。', [
    ('沪通铁路', None, R),
    ('轨交崇明线', None, R),
    ('21号线', None, R),                                   # 轨交…21号线: the line's own name
    ('机场联络线', None, R),
    ('南汇支线', None, R),
    ('S3公路周祝公路至周邓公路地面段', None, R),
    ('S3公路', None, O),
    ('周祝公路', None, O),                                 # end points
    ('周邓公路', None, O),
    ('杨高路龙阳路立交至高科西路段', None, R),
    ('杨高路', None, O),
    ('龙阳路立交', None, O),
    ('高科西路', None, O),
    ('罗山路立交至中环立交段', None, R),
    ('罗山路立交至中环立交段高架段', None, O),             # 高架段 written once after both sections
    ('罗山路立交', None, O),
    ('中环立交', None, O),
    ('浦东大道地道(东西通道)', None, R),
    ('浦东大道', None, O),
    ('东西通道', None, O),
    ('海滨污水处理厂扩建工程', None, R),
    ('海滨污水处理厂', None, O),
    ('陆家嘴水环二期', None, R),
    ('沪东区域医疗中心新建工程', None, R),
    ('沪东区域医疗中心', None, O),
    ('惠南养护院', None, R),
]),
('sh_pudong_2005_major_works_hant.txt', '記者從浦東有關', '等項(xiàng)目均已提前建成。', [
    ('世博動(dòng)遷', '世博动迁', O),                       # relocation programme for the Expo
    ('軌道交通6號(hào)線', '轨道交通6号线', R),
    ('翔殷路隧道工程', '翔殷路隧道工程', R),
    ('五洲大道浦東北路以西段', '五洲大道浦东北路以西段', R),
    ('五洲大道', '五洲大道', O),
    ('浦東北路', '浦东北路', O),
    ('北蔡基地(蓮楊苑)項(xiàng)目', '北蔡基地(莲杨苑)项目', R),
    ('北蔡基地', '北蔡基地', O),
    ('蓮楊苑', '莲杨苑', O),
    ('唐鎮(zhèn)2號(hào)基地(金盛家苑)', '唐镇2号基地(金盛家苑)', R),
    ('金盛家苑', '金盛家苑', O),
]),
# ---------------------------------------------------------------- 安徽
('ah_1950s_huai_water_works.txt', '湖洼蓄洪:', '分别于1956年3月和1958年7月建成。', [
    ('氵蒙洼', None, O),                                   # bare members of …4个蓄洪区 (濛洼 written with a split radical)
    ('城西湖', None, O),
    ('城东湖', None, O),
    ('瓦埠湖', None, O),
    ('佛子岭水库主体工程', None, R),
    ('佛子岭水库', None, O),
    ('磨子潭水库', None, R),
    ('梅山', None, O),                                     # 梅山、响洪甸两大水库
    ('响洪甸', None, O),
]),
('ah_yingquan_2016_starts_hant.txt', '3月3日獲悉', '鎮(zhèn)辦工業(yè)集聚區(qū)等載體建設(shè)。', [
    ('阜陽佳海產(chǎn)業(yè)新城項目', '阜阳佳海产业新城项目', R),
    ('阜陽佳海產(chǎn)業(yè)新城', '阜阳佳海产业新城', O),
    ('太和路拓寬改造北段工程', '太和路拓宽改造北段工程', R),
    ('太和路', '太和路', O),
    ('古泉路', '古泉路', O),                               # end points of finished / ongoing stretches
    ('光明路', '光明路', O),
    ('光明路', '光明路', O),
    ('北京中路', '北京中路', O),
    ('古泉路', '古泉路', O),
    ('經(jīng)濟開發(fā)區(qū)新區(qū)', '经济开发区新区', O),       # 全区经济开发区新区: generic
    ('阜陽循環(huán)經(jīng)濟園', '阜阳循环经济园', R),
    ('阜陽工業(yè)園', '阜阳工业园', R),
]),
]

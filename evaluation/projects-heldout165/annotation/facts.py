# Hand annotation of project names (projects-heldout165), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 1950s-1980s
('nat_1956_rmrb_wuhan_key_works.txt', '扭转完不成计划的情况', '全面完成今年的国家计划。', [
    ('武汉钢铁联合企业', None, R),                         # the 武钢 works under construction (1956)
    ('武汉重型机床厂', None, R),
    ('武汉重型工具机厂', None, O),                         # its former name, in parentheses (即…改名)
    ('武汉长江大桥', None, R),
    ('武汉热电厂', None, R),
]),
('nat_1956_1966_decade_review.txt', '工业建设,以1966年同1956年相比', '新疆第一次通火车。', [
    ('鞍山钢铁基地', None, O),                             # 我国最大的鞍山钢铁基地: a base (descriptive)
    ('武汉', None, O),                                     # 武汉、包头两大内地钢铁基地: bare members
    ('包头', None, O),
    ('大庆油田', None, R),                                 # caption: 1963年,大庆油田建成
    ('大庆油田', None, R),                                 # 大庆油田工人
    ('大庆油田', None, R),
    ('胜利油田', None, R),
    ('大港油田', None, R),
    ('包兰铁路', None, R),                                 # caption
    ('鹰厦', None, O),                                     # 鹰厦、包兰、兰青、兰新、川黔、黔桂等线: bare members
    ('包兰', None, O),
    ('兰青', None, O),
    ('兰新', None, O),
    ('川黔', None, O),
    ('黔桂', None, O),
]),
('nat_1978_rmrb_oil_pipelines.txt', '建设输油管道,是我国的一项新兴事业。', '熊岳泵站。', [
    ('大庆油田', None, O),                                 # 创建十来个‘大庆油田’: figurative (fields like Daqing)
    ('大庆油田', None, O),                                 # 创建十来个“大庆油田”: figurative
    ('大庆油田', None, R),                                 # 大庆油田的石油 (the field itself)
    ('秦皇岛油码头', None, R),
    ('铁岭至大连输油管线', None, R),
    ('熊岳泵站', None, R),
]),
('nat_1981_1984_luan_tianjin_memoir.txt', '引滦入津工程是解决天津城市用水', '做出了巨大的贡献。', [
    ('引滦入津工程', None, R),
    ('引滦入津', None, O),                                 # nested reading without 工程
    ('引滦入津', None, R),                                 # 关于引滦入津的工程规划 (the works' name)
    ('引滦入津工程', None, R),
    ('大黑汀水库', None, R),
    ('于桥水库', None, R),
    ('尔王庄水库', None, R),
    ('引滦入津工程', None, R),
]),
# ---------------------------------------------------------------- 1990s-2000s
('nat_1993_jinghanguang_optical_cable.txt', '1993年10月15日,纵贯北京', '社会效益十分显著。', [
    ('京汉广', None, O),                                   # 京汉广沿线: the line's short name used for its corridor
    ('京汉广光缆干线', None, R),
    ('广邕光缆干线', None, R),
    ('广琼光缆干线', None, R),
]),
('nat_c2009_passenger_lines_overview.txt', '“四横”客运专线(1)徐州', '顺利实现东段开通运营。', [
    ('徐州—郑州—兰州', None, O),                          # planned lines given by their cities (routes)
    ('杭州—南昌—长沙', None, O),
    ('青岛—石家庄—太原', None, O),
    ('上海—南京—合肥—武汉—重庆—成都', None, O),
    ('沪汉蓉高速铁路', None, R),
    ('秦沈', None, O),                                     # 已建成的客运专线有秦沈、胶济、京津城际、石太、合宁: bare members
    ('胶济', None, O),
    ('京津城际', None, R),                                 # carries its own head (城际)
    ('石太', None, O),
    ('合宁', None, O),
    ('秦沈客运专线', None, R),
    ('山海关至绥中北区间', None, O),                       # test section (sub-part)
    ('秦沈客运专线', None, R),
    ('京哈线', None, R),                                   # 并入“京哈线”
    ('京哈线“秦沈段', '京哈线秦沈段', R),                  # 被称为京哈线“秦沈段”
    ('京哈线', None, O),
    ('秦沈段', None, O),
    ('胶济客运专线', None, R),
    ('胶济铁路客运专线', None, R),
]),
('nat_2011_water_planning_hant.txt', '周學(xué)文介紹說', '等骨干水利工程。', [
    ('城陵磯附近100億立方米蓄滯洪區(qū)', '城陵矶附近100亿立方米蓄滞洪区', O),  # descriptive
    ('分淮入沂整治', '分淮入沂整治', O),                   # longer reading (trailing action word)
    ('分淮入沂', '分淮入沂', R),
    ('洪澤湖大堤加固', '洪泽湖大堤加固', O),
    ('洪澤湖大堤', '洪泽湖大堤', R),
    ('江西峽江', '江西峡江', O),                           # …等骨干水利工程: bare members
    ('云南牛欄江—滇池補(bǔ)水', '云南牛栏江—滇池补水', O),
    ('四成小井溝', '四成小井沟', O),                       # as written (for 四川小井沟)
    ('海南紅嶺', '海南红岭', O),
]),
('nat_2013_china_myanmar_gas_pipeline.txt', '至此,中缅线', '战略布局已初步完成。', [
    ('中缅线', None, R),
    ('中贵线', None, R),
    ('西气东输二线广南支干线', None, R),
    ('西气东输二线', None, O),
    ('中缅天然气管道', None, R),
    ('缅甸段', None, O),                                   # sections named without their line
    ('国内段', None, O),
    ('中缅管道', None, R),
    ('中缅天然气管道', None, R),
    ('中哈管道', None, R),
    ('中亚天然气管道工程', None, R),
    ('中俄原油管道', None, R),
    ('漠大线', None, R),
]),
('nat_2016_rail_new_starts_hant.txt', '一批新開工項目正在加快推進建設。', '運行時間約為4小時。', [
    ('鄭州至阜陽高速鐵路安徽段', '郑州至阜阳高速铁路安徽段', R),
    ('鄭州至阜陽高速鐵路', '郑州至阜阳高速铁路', O),
    ('鄭阜高鐵', '郑阜高铁', R),
    ('鄭萬高鐵', '郑万高铁', R),
    ('商合杭高鐵', '商合杭高铁', R),
    ('鄭阜高鐵', '郑阜高铁', R),
    ('新建連云港至徐州鐵路', '新建连云港至徐州铁路', O),  # with 新建 (official project form)
    ('連云港至徐州鐵路', '连云港至徐州铁路', R),
    ('連徐高鐵', '连徐高铁', R),
    ('連云港特大橋', '连云港特大桥', R),
    ('連徐高鐵', '连徐高铁', R),
    ('鄭徐高鐵', '郑徐高铁', R),
    ('京滬高鐵', '京沪高铁', R),
    ('“隴海蘭新”高速鐵路通道', '陇海兰新高速铁路通道', O),  # corridor
    ('青連鐵路', '青连铁路', R),
    ('連鹽鐵路', '连盐铁路', R),
    ('連淮揚鎮鐵路', '连淮扬镇铁路', R),
    ('連徐高鐵', '连徐高铁', R),
    ('連徐高鐵', '连徐高铁', R),
    ('金腰帶', '金腰带', O),                               # nickname of the corridor
]),
# ---------------------------------------------------------------- 2019-2024
('nat_2020_railway_group_review.txt', '2019年,国铁集团贯彻', '等51条新线建成投产。', [
    ('川藏铁路', None, R),
    ('京张高铁', None, R),
    ('京雄城际北京西至大兴机场段', None, R),
    ('京雄城际', None, O),
    ('大兴机场', None, O),                                 # end point inside the section name
    ('京港高铁昌赣段', None, R),
    ('京港高铁', None, O),
    ('成贵高铁', None, R),
    ('郑渝高铁郑襄段', None, R),
    ('郑渝高铁', None, O),
    ('徐盐高铁', None, R),
    ('浩吉铁路', None, R),
]),
('nat_2020_caac_airports_review.txt', '冯正霖还介绍', '仅用了4个月的时间。', [
    ('北京大兴国际机场', None, R),
    ('上海浦东', None, O),                                 # …等15个大中型机场扩建项目: bare members
    ('重庆', None, O),
    ('武汉', None, O),
    ('郑州', None, O),
    ('大兴机场', None, R),
    ('乌鲁木齐', None, O),                                 # …等9个机场的改扩建工程: bare members
    ('深圳', None, O),
    ('西安', None, O),
    ('广州', None, O),
    ('成都天府', None, O),                                 # bare short form in a list
    ('青岛新机场', None, R),
    ('贵阳机场改扩建', None, O),                           # longer reading (trailing action word)
    ('贵阳机场', None, R),
    ('广州白云机场', None, R),
]),
('nat_2020_nuclear_plants_map_hant.txt', '紅沿河核電廠\n遼寧', '2018年10月13日首次并網(wǎng)。', [
    ('紅沿河核電廠', '红沿河核电厂', R),                   # heading line
    ('遼寧紅沿河核電廠', '辽宁红沿河核电厂', R),
    ('紅沿河核電廠', '红沿河核电厂', O),
    ('一期工程', '一期工程', O),                           # anaphoric phases
    ('二期工程', '二期工程', O),
    ('海陽核電廠', '海阳核电厂', R),                       # heading line
    ('海陽核電廠', '海阳核电厂', R),
]),
('nat_2023_rail_openings_hant.txt', '    高原開來動車。', '同比增長20.23%。', [
    ('麗香鐵路', '丽香铁路', R),
    ('川青鐵路四川首段', '川青铁路四川首段', R),
    ('川青鐵路', '川青铁路', O),
    ('津興城際鐵路', '津兴城际铁路', R),
    ('北京大興機場', '北京大兴机场', R),
    ('大興機場', '大兴机场', O),
    ('昌景黃高鐵', '昌景黄高铁', R),
    ('杭昌高鐵', '杭昌高铁', R),
    ('廣西防城港至東興鐵路', '广西防城港至东兴铁路', R),
    ('防城港至東興鐵路', '防城港至东兴铁路', O),
    ('貴南高鐵', '贵南高铁', R),
    ('川青鐵路', '川青铁路', R),
    ('麗香鐵路', '丽香铁路', R),
    ('成自宜高鐵', '成自宜高铁', R),
]),
('nat_2024_big_science_facilities.txt', '3月30日,位于广东东莞', '总和的3倍以上。', [
    ('中国散裂中子源二期工程', None, R),
    ('中国散裂中子源', None, O),
    ('中国散裂中子源一期装置', None, R),
    ('中国散裂中子源', None, O),
    ('先进阿秒激光设施', None, R),
    ('强流重离子加速器', None, R),
    ('冷泉生态系统研究装置', None, R),
    ('神农设施', None, R),                                 # “神农设施”: span inside the quotes
    ('张江科学城', None, O),                               # 在上海张江科学城: zone named in passing
    ('硬X射线自由电子激光装置', None, R),
    ('上海同步辐射光源二期工程', None, R),
    ('上海同步辐射光源', None, O),
    ('高海拔宇宙线观测站', None, R),
    ('中国超重元素研究加速器', None, R),
    ('中国天眼FAST', None, R),
    ('中国天眼', None, O),                                 # nickname
    ('FAST', None, O),
]),
('nat_2024_rmrb_photo_projects_hant.txt', '高速公路\n湖南省', '綜合交通樞紐建設(shè)現(xiàn)場(chǎng)。', [
    ('沅(陵)辰(溪)高速公路', None, R),                    # parentheses (characters, not pinyin) kept as written
    ('雄商高鐵', '雄商高铁', R),
    ('雄安新區(qū)', '雄安新区', O),                         # 北起河北雄安新區: end point (place)
    ('雄商高鐵', '雄商高铁', R),
    ('北京城市副中心站綜合交通樞紐', '北京城市副中心站综合交通枢纽', R),
    ('北京城市副中心站', '北京城市副中心站', O),
    ('北京城市副中心站綜合交通樞紐', '北京城市副中心站综合交通枢纽', R),
    ('北京城市副中心站', '北京城市副中心站', O),
]),
]

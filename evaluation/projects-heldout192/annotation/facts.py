# Hand annotation of project names (projects-heldout192), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- railways (铁道部 / 国家铁路)
('nat_2007_west_rail_plan.txt', '在刚刚过去的', '完善铁路网结构。', [
    ('青藏铁路', None, R),
    ('郑西(郑州至西安)', None, O),                       # 郑西(…)、石太(…)等客运专线: bare members of a shared head
    ('郑西', None, O),
    ('石太(石家庄至太原)', None, O),
    ('石太', None, O),
    ('太中银(太原、中卫至银川)铁路', None, R),           # gloss in brackets kept as written
    ('宜万铁路(宜昌至万州)', None, O),                   # reading with the endpoint gloss
    ('宜万铁路', None, R),
    ('精伊霍(精河、伊宁至霍尔果斯)', None, O),           # 精伊霍(…)、洛湛(…)、大丽(…)铁路: bare members
    ('精伊霍', None, O),
    ('洛湛(洛阳至湛江)', None, O),
    ('洛湛', None, O),
    ('大丽(大理至丽江)铁路', None, R),
    ('兰武(兰州至武威)二线', None, R),
    ('武嘉(武威至嘉峪关)电气化改造工程', None, R),
]),
('nat_2010_high_speed_rail_hant.txt', '另外還有', '歷史。', [
    ('京滬高速鐵路', '京沪高速铁路', R),
    ('京滬高速鐵路', '京沪高速铁路', R),
    ('京津城際鐵路', '京津城际铁路', R),
    ('武廣高速鐵路', '武广高速铁路', R),
    ('鄭西高速鐵路', '郑西高速铁路', R),
]),
('nat_2010_moc_presser_hant.txt', '十一屆全國', '往烏魯木齊修建。', [
    ('貴廣鐵路', '贵广铁路', R),
    ('南廣鐵路', '南广铁路', R),
    ('徐州~蘭州高速鐵路', '徐州~兰州高速铁路', R),      # 四纵四横 (slogan) not annotated
]),
('nat_2012_hsr_forum_hant.txt', '% \\/ G-', '相繼投入營運。', [
    ('京津城際鐵路', '京津城际铁路', R),
    ('京津城際鐵路', '京津城际铁路', R),                  # after a forum-spam run on the same line
    ('京津城際鐵路', '京津城际铁路', R),
    ('武廣高速鐵路', '武广高速铁路', R),
    ('鄭西鐵路', '郑西铁路', R),
]),
('nat_2019_baocheng_rail_history_hant.txt', '新中國成立后', '工程十分艱巨。', [
    ('隴海鐵路', '陇海铁路', R),
    ('寶成鐵路', '宝成铁路', R),
    ('寶成鐵路', '宝成铁路', R),
    ('隴海線', '陇海线', R),
    ('成渝', '成渝', O),                                  # 成渝、成昆線: bare first member
    ('成昆線', '成昆线', R),
]),
('nat_2022_major_works_june.txt', '1-5月份,计划总投资', '先河。', [
    ('和若铁路', None, R),
    ('格库铁路', None, R),
    ('南疆铁路', None, R),
    ('环塔克拉玛干沙漠铁路线', None, O),                  # descriptive name of the loop the three lines form
    ('垦利6-1油田10-1北区块开发项目', None, R),           # appositive 渤海亿吨级大型油田—— left out
    ('垦利6-1油田', None, O),                             # oil field nested in the project
]),
# ---------------------------------------------------------------- water (水利部)
('nat_2017_water_172_projects.txt', '重大水利工程是水利基础', '在建投资规模超过8000亿元。', [
    ('西江大藤峡', None, R),                              # river prefix + short name of the works
    ('大藤峡', None, O),
    ('淮河出山店', None, R),
    ('出山店', None, O),
    ('陕西引汉济渭', None, R),
    ('安徽引江济淮', None, R),
]),
('nat_2019_east_route_extension_hant.txt', '新華社濟南', '1.7億立方米,。', [
    ('南水北調(diào)東線一期工程北延應(yīng)急供水工程', '南水北调东线一期工程北延应急供水工程', R),
    ('南水北調(diào)東線一期工程北延應(yīng)急供水工程', '南水北调东线一期工程北延应急供水工程', R),
    ('東線一期工程', '东线一期工程', O),                  # short form of the parent works
    ('邱屯樞紐', '邱屯枢纽', O),                          # node of the route (sub-part)
    ('九宣閘', '九宣闸', O),                              # sluice at the end of the route (sub-part)
    ('北延應(yīng)急供水工程', '北延应急供水工程', O),       # anaphoric short form
    ('南水北調(diào)東線一期工程', '南水北调东线一期工程', R),
]),
('nat_2023_water_network_press.txt', '南水北调东中线一期工程累计', '380多万亩耕地。', [
    ('南水北调东中线一期工程', None, R),
    ('南水北调后续工程', None, O),                        # programme of follow-up works
    ('南水北调中线引江补汉工程', None, R),
    ('南水北调后续工程', None, O),
    ('三峡', None, O),                                    # 三峡、丹江口这两个…结点: the reservoirs, by short name
    ('丹江口', None, O),
    ('南水北调中线', None, O),                            # the line, in 南水北调中线年调水规模
    ('引江济淮一期', None, R),
    ('陕西引汉济渭', None, R),
    ('鄂北水资源工程', None, R),                          # 湖北的 (genitive) left out
]),
('nat_2023_water_h1_hant.txt', '漢江水穿', '保障國家水安全。', [
    ('引漢濟(jì)渭調(diào)水工程黃金峽水利樞紐', '引汉济渭调水工程黄金峡水利枢纽', O),
    ('引漢濟(jì)渭調(diào)水工程', '引汉济渭调水工程', R),      # two names side by side: project | its hub
    ('黃金峽水利樞紐', '黄金峡水利枢纽', R),
    ('河北省雄安干渠工程', '河北省雄安干渠工程', R),
    ('南水北調(diào)中線總干渠', '南水北调中线总干渠', R),
]),
('nat_2023_water_year_review.txt', '央视网消息', '恢复重建。', [
    ('陕西引汉济渭工程', None, R),
    ('甘肃引洮供水二期工程', None, R),
    ('福建平潭及闽江口水资源配置工程', None, R),
    ('江西花桥水库工程', None, R),
    ('南水北调中线引江补汉工程', None, R),
    ('淮河入海水道二期工程', None, R),
    ('环北部湾水资源配置', None, R),                      # written without 工程 (…等重大工程)
]),
# ---------------------------------------------------------------- NDRC / energy / science / strait crossing
('nat_2021_zhang_guobao_projects.txt', '张国宝曾是中国众多', '三大造船基地。', [
    ('青藏铁路', None, R),
    ('西气东输', None, R),
    ('西电东送', None, R),
    ('中亚天然气管道', None, R),
    ('中俄原油管道', None, R),
    ('中哈原油管道', None, R),
    ('中缅原油、天然气管道', None, R),                    # one pair of pipelines, written with 、
    ('中缅原油', None, O),
    ('洋山深水港', None, R),
    ('长江口航道整治', None, O),                          # longer reading with the action word
    ('长江口航道', None, R),
    ('浦东机场', None, R),
    ('磁悬浮列车线', None, O),                            # the Shanghai maglev line, named descriptively
    ('城市轨道交通明珠线', None, R),
    ('明珠线', None, O),
    ('外高桥电厂', None, R),
    ('宝山钢铁厂', None, O),                              # a works or the company (宝钢)
    ('漕泾化工区', None, R),
    ('外高桥', None, O),                                  # 外高桥和长兴岛造船基地: bare first member
    ('长兴岛造船基地', None, R),
    ('上海光源国家重大科学工程', None, O),                # with its descriptor
    ('上海光源', None, R),
]),
('nat_2019_huairou_facilities.txt', '在怀柔科学城落地的', '最为密集的区域。', [
    ('怀柔科学城', None, O),                              # the science city, a zone named as the location
    ('怀柔科学城', None, O),
    ('综合极端条件实验装置项目', None, R),
    ('地球系统数值模拟装置', None, R),
    ('高能同步辐射光源', None, R),
    ('多模态跨尺度生物医学成像设施', None, R),
    ('空间环境地基综合监测网二期', None, R),
    ('子午工程二期', None, R),                            # the same facility's other name, in brackets
    ('综合极端条件实验装置', None, R),
    ('地球系统数值模拟装置', None, R),
    ('怀柔科学城', None, O),
]),
('nat_2025_nuclear_approvals_hant.txt', '27日,國務', '中國廣核集團(tuán)。', [
    ('浙江三門三期工程', '浙江三门三期工程', R),
    ('浙江三門三期工程', '浙江三门三期工程', R),
    ('福建霞浦壓水堆1、2號(hào)機(jī)組', '福建霞浦压水堆1、2号机组', R),
    ('山東海陽三期工程', '山东海阳三期工程', R),
    ('廣東臺(tái)山二期工程', '广东台山二期工程', R),
    ('廣西防城港三期工程', '广西防城港三期工程', R),
    ('臺(tái)山核電項(xiàng)目', '台山核电项目', R),
    ('防城港核電項(xiàng)目', '防城港核电项目', R),
]),
('nat_2018_bohai_strait_tunnel_hant.txt', '大連是東北', '滿足建設條件。', [
    ('渤海海峽跨海通道', '渤海海峡跨海通道', O),          # inside the plan's name 渤海海峽跨海通道建設計劃
    ('煙臺至大連鐵路輪渡項目', '烟台至大连铁路轮渡项目', R),
    ('渤海海峽跨海通道', '渤海海峡跨海通道', O),          # inside a research group's name
    ('煙臺至大連海底隧道', '烟台至大连海底隧道', R),
]),
]

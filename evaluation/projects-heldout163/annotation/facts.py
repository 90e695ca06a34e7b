# Hand annotation of project names (projects-heldout163), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 香港
('hk_2016_mtr_lines_hant.txt', '【星島日報報道】', '超過七成人口居住的地區。', [
    ('南港島線(東段)', '南港岛线(东段)', R),             # section in brackets, kept as written
    ('金鐘站擴建工程', '金钟站扩建工程', R),
    ('金鐘站', '金钟站', O),                               # the station inside the works' name
    ('西港島線', '西港岛线', R),
    ('觀塘線延線', '观塘线延线', R),                       # extension written as the line's section name
    ('南港島線(東段)', '南港岛线(东段)', R),
    ('沙中線', '沙中线', R),
    ('土瓜灣站', '土瓜湾站', R),
    ('大圍至紅磡段', '大围至红磡段', O),                   # bare sections of 沙中線 (anaphoric sub-parts)
    ('紅磡至金鐘段', '红磡至金钟段', O),
    ('灣仔發展計畫', '湾仔发展计画', O),                   # reclamation/development plan: between works and plan
    ('會展站', '会展站', R),
]),
('hk_1989_airport_core_programme_hant.txt', '十項核心工程', '改為兩層。', [
    ('香港國際機場', '香港国际机场', R),
    ('北大嶼山新市鎮', '北大屿山新市镇', O),               # new town named as an end point
    ('機場鐵路', '机场铁路', R),
    ('機場快綫', '机场快线', R),
    ('東涌綫', '东涌线', R),
    ('青嶼幹線', '青屿干线', R),
    ('青馬大橋', '青马大桥', R),
    ('青衣至大嶼山快速公路', '青衣至大屿山快速公路', R),   # former name of the same route (前稱)
    ('北大嶼山快速公路', '北大屿山快速公路', R),
    ('西九龍填海計劃工程', '西九龙填海计划工程', R),
    ('西九龍填海區', '西九龙填海区', O),                   # the reclaimed area as an end point
    ('西區海底隧道', '西区海底隧道', R),
    ('三號幹線', '三号干线', R),
    ('青衣段', '青衣段', O),                               # 青衣段和葵涌段部分: bare sections
    ('葵涌段', '葵涌段', O),
    ('西九龍填海區', '西九龙填海区', O),                   # 在西九龍填海區興建: locative
    ('西九龍快速公路', '西九龙快速公路', R),
    ('中區填海計劃第一期工程', '中区填海计划第一期工程', R),
    ('機鐵香港站', '机铁香港站', R),
    ('東涌新市鎮第一期', '东涌新市镇第一期', R),
    ('富東邨', '富东邨', O),                               # housing estates given as what phase 1 is
    ('裕東苑', '裕东苑', O),
    ('玫瑰園計劃', '玫瑰园计划', O),                       # nickname of the Airport Core Programme
    ('青洲至陰澳隧道', '青洲至阴澳隧道', R),
    ('青馬大橋', '青马大桥', R),
    ('機場鐵路', '机场铁路', R),
]),
# ---------------------------------------------------------------- 澳门
('mo_2018_hzmb_macau_port_zone_hant.txt', '位於珠澳口岸人工島', '作好最後階段的準備。', [
    ('珠澳口岸人工島', '珠澳口岸人工岛', O),               # artificial island given as the location (位於)
    ('澳門口岸管理區工程', '澳门口岸管理区工程', R),
    ('港珠澳大橋', '港珠澳大桥', R),
    ('港珠澳大橋澳門口岸管理區', '港珠澳大桥澳门口岸管理区', R),
    ('港珠澳大橋', '港珠澳大桥', O),                       # the bridge inside the port zone's name
    ('管理區上部建設工程', '管理区上部建设工程', O),       # sub-part, anaphoric
    ('澳門口岸管理區', '澳门口岸管理区', R),
    ('港珠澳大橋主體工程', '港珠澳大桥主体工程', R),
    ('港珠澳大橋', '港珠澳大桥', O),
]),
('mo_2022_um_hengqin_port_bridge.txt', '公共建设局网站显示', '由粤澳政府商定。', [
    ('澳门大学连接横琴口岸通道桥项目', None, R),
    ('澳门大学连接横琴口岸通道桥', None, O),               # the bridge inside its 项目 name
    ('横琴口岸', None, O),                                 # the port inside the bridge's name (also a build-order workaround)
    ('横琴口岸', None, R),                                 # 往来横琴口岸
    ('莲花大桥', None, R),
    ('河底隧道', None, O),                                 # the university's river tunnel, named by description
    ('澳门大学连接横琴口岸通道桥', None, R),
]),
# ---------------------------------------------------------------- 台湾
('tw_2017_forward_rail_budget_hant.txt', '根據行政院公布的前瞻軌道計畫', '驗證中心計畫4.97億元。', [
    ('前瞻軌道計畫', '前瞻轨道计画', O),                   # programme (inside a table's title)
    ('花東鐵路雙軌電氣化', '花东铁路双轨电气化', O),       # longer reading with the action words
    ('花東鐵路', '花东铁路', R),
    ('南迴鐵路台東潮州段電氣化', '南回铁路台东潮州段电气化', O),
    ('南迴鐵路台東潮州段', '南回铁路台东潮州段', R),
    ('潮州段電氣化', '潮州段电气化', O),                   # nested in the longer reading (build-order workaround)
    ('潮州段電氣化', '潮州段电气化', O),                   # 其中,潮州段電氣化分2段發包: anaphoric short form
    ('潮州段', '潮州段', O),
    ('三鶯線', '三莺线', R),
    ('淡海輕軌', '淡海轻轨', R),
    ('安坑輕軌', '安坑轻轨', R),
    ('桃園都會區大眾捷運系統航空城捷運線暨土地整合發展計畫(綠線)', '桃园都会区大众捷运系统航空城捷运线暨土地整合发展计画(绿线)', R),
    ('桃園都會區大眾捷運系統航空城捷運線暨土地整合發展計畫', '桃园都会区大众捷运系统航空城捷运线暨土地整合发展计画', O),
    ('綠線', '绿线', O),
    ('台鐵電務智慧化提升計畫', '台铁电务智慧化提升计画', O),  # signalling/IT programmes, between works and policy
    ('票務系統整合再造計畫', '票务系统整合再造计画', O),
    ('軌道技術研究暨驗證中心計畫', '轨道技术研究暨验证中心计画', O),  # research centre (institution)
]),
('tw_2025_tainan_transport_hant.txt', '交通局長王銘德表示', '負責後續規劃與施作。', [
    ('捷運藍線第一期', '捷运蓝线第一期', R),
    ('藍線延伸線', '蓝线延伸线', O),                       # planned lines named by colour only
    ('紅線', '红线', O),
    ('深綠線', '深绿线', O),
    ('綠線', '绿线', O),                                   # nested in 深綠線 (build-order workaround)
    ('綠線', '绿线', O),                                   # 綠線則在修訂最後稿
    ('黃線', '黄线', O),
    ('台南鐵路地下化', '台南铁路地下化', R),               # the project's own name (no railway called 台南鐵路)
    ('台南地下車站', '台南地下车站', R),
    ('林森站', '林森站', R),
    ('南台南站', '南台南站', R),
    ('南鐵地下化整體計畫', '南铁地下化整体计画', R),
    ('南鐵地下化', '南铁地下化', O),
    ('永康段鐵路立體化', '永康段铁路立体化', R),
    ('康橋地下站', '康桥地下站', R),
    ('新市段鐵路立體化', '新市段铁路立体化', R),
    ('仁德段鐵路立體化', '仁德段铁路立体化', R),
    ('台南火車站站前廣場', '台南火车站站前广场', R),
    ('台南火車站', '台南火车站', O),
    ('新營交流道改善', '新营交流道改善', O),               # longer reading with the action word
    ('新營交流道', '新营交流道', R),
]),
# ---------------------------------------------------------------- 广东
('gd_2018_zhanjiang_donghai_island.txt', '湛江开发区为宝钢股份', '现代化工业新城正在崛起。', [
    ('湛江开发区', None, O),                               # development zone named in passing
    ('湛江钢铁', None, O),                                 # the steel company/works
    ('湛江经济技术开发区', None, O),
    ('湛江钢铁', None, O),
    ('中科炼化项目', None, R),
    ('德国巴斯夫新型一体化石化基地项目', None, O),
    ('巴斯夫新型一体化石化基地项目', None, R),
    ('湛江钢铁', None, O),                                 # 湛江钢铁、中科炼化、巴斯夫三大…项目: bare members
    ('中科炼化', None, O),
    ('巴斯夫', None, O),
]),
('gd_2020_shantou_rail_hub_hant.txt', '汕頭高鐵站樞紐一體化工程是粵東', '等重大項目建設情況。', [
    ('汕頭高鐵站樞紐一體化工程', '汕头高铁站枢纽一体化工程', R),
    ('站前東廣場', '站前东广场', O),                       # sub-part
    ('汕汕高鐵', '汕汕高铁', R),
    ('汕頭高鐵站樞紐一體化工程', '汕头高铁站枢纽一体化工程', R),
    ('汕頭大學新建校區(qū)', '汕头大学新建校区', O),       # university campus (institution)
    ('亞青會場館', '亚青会场馆', O),                       # venues named by the event
    ('廣澳港區(qū)', '广澳港区', O),                         # port area
    ('粵電LNG', '粤电LNG', O),                             # project named by its company
]),
('gd_2026_shantou_five_year_review.txt', '看产业,汕头向海发展', '货物吞吐能力将提升约七成。', [
    ('国际风电创新港', None, R),
    ('国际海缆登陆站', None, O),                           # facility named only by its kind
    ('化学与精细化工省实验室', None, O),                   # institution
    ('汕汕高铁', None, R),
    ('粤东城际铁路', None, R),
    ('广澳港疏港铁路', None, R),
    ('汕头港', None, R),
]),
# ---------------------------------------------------------------- 广西
('gx_2023_xijiang_locks_hant.txt', '廣西西江集團長洲三線四線船閘', '“黃金”成色更足。', [
    ('長洲三線四線船閘', '长洲三线四线船闸', R),           # photo caption (廣西西江集團 = the owner company)
    ('長江航運干線', '长江航运干线', O),                   # navigation trunk routes (waterways)
    ('西江航運干線', '西江航运干线', O),
    ('三峽', '三峡', O),                                   # 貨運比肩三峽: bare short form
    ('長洲水利樞紐船閘', '长洲水利枢纽船闸', R),
    ('三峽樞紐', '三峡枢纽', R),
    ('平陸運河', '平陆运河', R),
    ('大藤峽水利樞紐', '大藤峡水利枢纽', R),
    ('紅花水利樞紐二線船閘', '红花水利枢纽二线船闸', R),
    ('西津二線船閘', '西津二线船闸', R),
    ('西江航運干線', '西江航运干线', O),
]),
('gx_2021_beibu_gulf_port_steel.txt', '在广西北部湾港钦州港大榄坪南作业区', '现代产业体系建设等重点工作。', [
    ('广西北部湾港钦州港大榄坪南作业区', None, O),         # port operating area (port areas optional)
    ('钦州港大榄坪南作业区', None, O),
    ('北部湾国际集装箱码头', None, O),                     # inside the company name …公司
    ('钦州港东航道', None, R),
    ('柳钢集团防城港钢铁基地', None, R),
    ('西部陆海新通道', None, O),                           # corridor programme
    ('北部湾国际门户港', None, O),                         # port-building programme
]),
('gx_c2023_beibu_gulf_ports.txt', '在广西钦州港码头', '广西防城港煤码头(无人机照片,5月12日摄)。', [
    ('广西钦州港码头', None, O),                           # caption, locative 在
    ('钦州港码头', None, O),
    ('惠科电子产业城', None, R),
    ('信义玻璃', None, O),                                 # projects named by companies
    ('太阳纸业', None, O),
    ('新福兴硅科技产业园', None, R),
    ('柳钢', None, O),
    ('盛隆冷轧', None, O),
    ('广西防城港煤码头', None, O),                         # caption; the longer reading with the region
    ('防城港煤码头', None, R),
]),
# ---------------------------------------------------------------- 海南
('hn_2023_wenchang_starts.txt', '文昌市市长刘冲致辞时表示', '年度计划投资19.24亿元。', [
    ('文昌国际航天城科技创新公共平台二期-卫星研发中心', None, R),
    ('文昌国际航天城科技创新公共平台二期', None, O),       # the platform's phase inside the item's name
    ('文昌国际航天城科技创新公共平台二期-火箭部件装配与测试中心', None, R),
    ('文昌国际航天城科技创新公共平台二期', None, O),
    ('文昌市冯家湾现代化渔业产业园—科研中心', None, R),
    ('文昌市冯家湾现代化渔业产业园', None, O),
    ('航天城市综合体', None, R),
    ('文昌市基础教育工程', None, O),                       # programme for the city's schools
    ('文昌市蓬莱中心小学典昌分园', None, O),               # school (institution) as a project
    ('会文镇沙港村水美乡村工程', None, R),
    ('文昌市级医院建设工程PPP项目', None, R),
    ('海南省文昌市文城镇青山岭公墓修建工程(二期)', None, R),
]),
('hn_2014_sanya_haitang_bay.txt', '海湾环抱的三亚鹿回头半山半岛', '打造全球性的免税购物天堂。', [
    ('三亚鹿回头半山半岛', None, O),                       # caption: a resort/housing development
    ('海棠湾国际购物中心', None, R),
    ('海南国际旅游岛', None, O),                           # national programme / zone
]),
('hn_2020_key_project_list_hant.txt', '此外,100萬噸', '邁灣水利樞紐工程等。', [
    ('100萬噸/年乙烯項(xiàng)目', '100万吨/年乙烯项目', O),   # named by capacity and product only
    ('陵水17-2氣田開發(fā)項(xiàng)目', '陵水17-2气田开发项目', R),
    ('美蘭機場二期擴(kuò)建項(xiàng)目', '美兰机场二期扩建项目', R),
    ('農(nóng)村公路六大工程', '农村公路六大工程', O),       # programme with a number
    ('G360文昌至臨高高速公路', 'G360文昌至临高高速公路', R),
    ('文昌至臨高高速公路', '文昌至临高高速公路', O),       # without the road number
    ('海南昌江核電二期', '海南昌江核电二期', R),
    ('環島旅游公路', '环岛旅游公路', R),
    ('150萬噸/年特種油及15萬噸/年醫(yī)藥食品級白油項(xiàng)目', '150万吨/年特种油及15万吨/年医药食品级白油项目', O),  # capacity and product only
    ('海南華盛226萬噸/年非光氣聚碳酸酯項(xiàng)目(一期)', '海南华盛226万吨/年非光气聚碳酸酯项目(一期)', R),
    ('東方市濱海片區(qū)棚戶區(qū)(一期)改造項(xiàng)目安置區(qū)工程', '东方市滨海片区棚户区(一期)改造项目安置区工程', R),
    ('海南省南渡江邁灣水利樞紐工程', '海南省南渡江迈湾水利枢纽工程', R),
]),
]

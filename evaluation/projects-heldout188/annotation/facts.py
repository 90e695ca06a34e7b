# Hand annotation of project names (projects-heldout188), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 陕西
('sx_2015_zhashui_county.txt', '“实”建项目', '旅游综合收入达到28亿元以上。', [
    ('大西沟800万吨菱铁矿采选项目', None, R),
    ('年产140万吨低品位铁铜选厂技术改造项目', None, O),   # named only by capacity and a 技改 category
    ('牛背梁国家森林公园配套设施建设', None, O),          # longer reading with the trailing action word
    ('牛背梁国家森林公园配套设施', None, R),
    ('牛背梁国家森林公园', None, O),                      # forest park nested in the project
    ('柞水县龙头沟民俗生态园', None, R),
]),
('sx_ankang_hanjiang_hydropower.txt', '华夏经纬网讯', '也将正式形成。', [
    ('石泉', None, O),                                    # 安康和石泉两座电站: bare member (安康 not placeable, see ANNOTATION.md)
    ('喜河电站', None, R),
    ('蜀河电站', None, R),
    ('旬阳', None, O),                                    # 旬阳、白河电站: bare first member
    ('白河电站', None, R),
]),
('sx_2019_provincial_report_xian_hant.txt', '4、建好中國西部科技創新港', '加工貿易產業轉移承接中心。', [
    ('中國西部科技創新港', '中国西部科技创新港', R),      # heading
    ('中科院西安科學園', '中科院西安科学园', R),          # heading (next line)
    ('中國西部科技創新港', '中国西部科技创新港', R),
    ('中科院西安科學園', '中科院西安科学园', R),
    ('高精度地基授時系統', '高精度地基授时系统', R),      # national science facility
    ('西工大翱翔小鎮', '西工大翱翔小镇', R),
    ('西安國家物流樞紐', '西安国家物流枢纽', O),          # heading: national designation of a city hub
    ('西安咸陽國際機場三期', '西安咸阳国际机场三期', R),
    ('滷陽湖國家民機科研試飛基地', '卤阳湖国家民机科研试飞基地', R),
    ('西安', '西安', O),                                  # 西安、寶雞、延安國家物流樞紐: bare members
    ('寶雞', '宝鸡', O),
    ('延安國家物流樞紐', '延安国家物流枢纽', O),
]),
('sx_2006_taizhong_railway_start.txt', '  太中(银)铁路东起', '具有重要意义。', [
    ('太中(银)铁路', None, R),
    ('太中\n(银)铁路', None, R),                          # the name is broken by a line break in the page
    ('陇海铁路', None, R),
    ('包兰铁路', None, R),
    ('京包铁路', None, R),
    ('太中(银)铁路', None, R),
]),
# ---------------------------------------------------------------- 甘肃
('gs_2015_railways_hant.txt', '據(jù)介紹', '確保按期開(kāi)工建設(shè)。', [
    ('蘭州至中川機(jī)場(chǎng)鐵路', '兰州至中川机场铁路', R),
    ('天水至平?jīng)鲨F路', '天水至平?jīng)鲨F路', O),          # 天水至平涼鐵路, garbled in the page (mojibake kept)
    ('蘭州至重慶鐵路', '兰州至重庆铁路', R),
    ('隴南至廣元段', '陇南至广元段', O),                  # section named without its line
    ('敦煌至格爾木鐵路', '敦煌至格尔木铁路', R),
    ('敦煌至肅北段', '敦煌至肃北段', O),
    ('寶蘭客運(yùn)專(zhuān)線(xiàn)', '宝兰客运专线', R),
    ('蘭州至合作鐵路', '兰州至合作铁路', R),
    ('蘭州鐵路綜合貨場(chǎng)', '兰州铁路综合货场', R),
    ('干塘至武威南增建二線(xiàn)', '干塘至武威南增建二线', R),
    ('額濟(jì)納至哈密鐵路', '额济纳至哈密铁路', R),
]),
('gs_2013_fourteen_traffic_projects.txt', '7.通渭县马营', '与县城相距10公里。', [
    ('通渭县马营至陇西县云田', None, R),                  # numbered list headings: road projects by endpoints
    ('庆阳市西峰至合水', None, R),
    ('张家川至恭门', None, R),
    ('天祝至青海互助', None, R),
    ('永靖至东乡索南', None, R),
    ('临夏市至郎木寺', None, R),
    ('g212线水泉至罐子沟', None, R),
    ('水泉至罐子沟', None, O),                            # reading without the road number
    ('陇南成州民用机场(试验段)', None, R),
    ('陇南成州民用机场', None, O),
]),
('gs_2023_projects_hant.txt', '今年以來,我省', '年產值75億元。', [
    ('康樂縣生態及地質災害避險搬遷(藍川福居)集中安置項目(一期)三標段工程',
     '康乐县生态及地质灾害避险搬迁(蓝川福居)集中安置项目(一期)三标段工程', R),
    ('康樂縣生態及地質災害避險搬遷(藍川福居)集中安置項目(一期)',
     '康乐县生态及地质灾害避险搬迁(蓝川福居)集中安置项目(一期)', O),   # without the section
    ('白銀爐技術創新升級改造項目', '白银炉技术创新升级改造项目', R),
    ('武威市涼州區九墩灘光伏治沙示范園區', '武威市凉州区九墩滩光伏治沙示范园区', R),
    ('九墩灘光伏治沙示范園區', '九墩滩光伏治沙示范园区', O),
]),
# ---------------------------------------------------------------- 青海
('qh_2023_ndrc_press_conference.txt', '近年来,我省积极探索', '影响力不断扩大。', [
    ('海南', None, O),                                    # 海南、海西两个千万千瓦级新能源基地: bare members
    ('海西', None, O),
    ('西宁机场三期', None, R),
    ('西成铁路', None, R),
    ('中复神鹰1.4万吨高性能碳纤维', None, R),             # firm-and-product project
    ('西宁综保区', None, O),                              # bonded zone
    ('海东跨境电子商务综合试验区', None, O),              # policy pilot zone
    ('格尔木国际陆港', None, R),
    ('青藏铁路', None, R),
]),
('qh_2005_lanqing_double_track.txt', '吕雪莉', '均创历史新高。', [
    ('兰青铁路(兰州-西宁)复线工程', None, R),
    ('兰青铁路', None, O),                                # the line inside the double-track works
    ('青藏铁路', None, R),
    ('河口南站', None, O),                                # stations
    ('西宁西站', None, O),
    ('兰青线', None, R),
]),
# ---------------------------------------------------------------- 宁夏
('nx_2015_wuzhong_zhongwei_intercity.txt', '  刘慧在讲话中', '具有重要的里程碑作用。', [
    ('吴忠至中卫城际铁路', None, R),
    ('京呼银兰客运专线', None, R),
    ('银西高铁', None, R),
    ('吴忠至中卫城际铁路', None, R),
]),
# ---------------------------------------------------------------- 新疆
('xj_2013_zhundong_coal_gas_hant.txt', '據(jù)新疆', '整裝煤田,。', [
    ('新疆準東煤制氣示范項目', '新疆准东煤制气示范项目', R),
    ('新疆準東煤制氣示范項目', '新疆准东煤制气示范项目', R),
    ('“新粵浙”管道', '新粤浙管道', R),                  # quotes in the span, removed in the name
    ('五彩灣', '五彩湾', O),                              # members of …和豐5個氣源點工程
    ('大井', '大井', O),
    ('西黑山', '西黑山', O),
    ('喀木斯特', '喀木斯特', O),
    ('和豐', '和丰', O),
]),
('xj_2010_petrochemical_hant.txt', '據自治區石化', '又一條主干管道。', [
    ('獨山子千萬噸煉油、百萬噸乙烯工程', '独山子千万吨炼油、百万吨乙烯工程', R),
    ('獨山子千萬噸煉油', '独山子千万吨炼油', O),
    ('中泰化學米東工業園36萬噸聚氯乙烯、30萬噸離子膜燒堿二期項目',
     '中泰化学米东工业园36万吨聚氯乙烯、30万吨离子膜烧碱二期项目', R),
    ('中泰化學米東工業園', '中泰化学米东工业园', O),      # park nested in the project
    ('西氣東輸二線', '西气东输二线', R),
    ('蠱東輸三線西段', '蛊东输三线西段', O),              # 西氣東輸三線西段, garbled in the page (kept)
]),
('xj_2003_west_east_gas_white_paper_hant.txt', '          中新社北京', '作出了極大的貢獻。', [
    ('“西氣東輸”工程', '西气东输工程', O),              # longer reading with 工程
    ('西氣東輸', '西气东输', R),                          # landmark programme of works
    ('塔里木油田', '塔里木油田', O),                      # oil field
    ('沙漠石油公路', '沙漠石油公路', O),                  # the Tarim desert highway, written semi-generically
    ('塔里木油田', '塔里木油田', O),
    ('“西氣東輸”項目', '西气东输项目', O),
    ('西氣東輸', '西气东输', R),
]),
# ---------------------------------------------------------------- 兵团
('bt_alar_first_division_textile_hant.txt', '今年以來', '的開發(fā)。', [
    ('飛龍一期3.4萬錠色紗', '飞龙一期3.4万锭色纱', R),    # firm-and-product projects
    ('旺家一期3萬錠紡織', '旺家一期3万锭纺织', R),
    ('溢盛3萬錠紡織', '溢盛3万锭纺织', R),
]),
('bt_hami_east_station_expansion.txt', '位于十三师', '均位居全疆首位。', [
    ('新疆铁路哈密东站扩能改造工程', None, R),
    ('哈密东站扩能改造工程', None, O),                    # reading without the railway prefix
    ('哈密东站', None, O),                                # the station inside the works name
    ('兰新铁路通道', None, O),                            # corridor reading
    ('兰新铁路', None, R),
    ('哈密东站', None, O),                                # station
    ('兰新线', None, R),
    ('哈罗线', None, R),
    ('临哈线', None, R),
    ('疆煤外运', None, O),                                # transport programme, not a work
    ('哈密东站扩能改造工程', None, R),
    ('哈密东站', None, O),
    ('哈密东站', None, O),                                # 提升哈密东站枢纽效能
]),
]

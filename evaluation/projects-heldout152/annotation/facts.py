# Hand annotation of project names (projects-heldout152), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- national
('nat_1950s_steel_156_projects.txt', '除了以上苏联援建', '即包头钢铁公司。', [
    ('河北龙烟铁矿', None, R),                             # province written in subject position stays
    ('安徽马鞍山铁矿', None, R),
    ('湖北大冶特殊钢厂', None, R),
    ('四川重庆特殊钢厂', None, R),
    ('大渡口钢铁厂', None, R),
    ('山西太原钢铁厂', None, R),
    ('河北唐山耐火材料厂', None, R),
    ('贵州遵义锰矿', None, R),
    ('天津钢厂', None, R),
    ('河北唐山钢铁厂', None, R),
    ('北京石景山钢厂', None, R),
    ('上海第一钢厂', None, R),
    ('上海第二钢厂', None, R),
    ('上海第三钢厂', None, R),
    ('上海新沪钢厂', None, R),
    ('上海亚细亚钢厂', None, R),
    ('抚顺钢厂', None, R),
    ('大连钢厂', None, R),
    ('鞍山钢铁公司', None, O),                             # 156 project named by the enterprise (company name)
    ('本溪钢铁公司', None, O),
    ('富拉尔基特钢厂', None, R),
    ('吉林铁合金厂', None, R),
    ('武汉钢铁公司', None, O),
    ('热河钒钛厂', None, R),
    ('包头钢铁公司', None, O),
]),
('nat_2021_rail_first_quarter.txt', '一季度,针对春节', '取得积极进展。', [
    ('广通至大理铁路', None, R),
    ('川藏铁路', None, R),
    ('雅安至新都桥', None, O),                             # sections of 川藏铁路 without the line's name
    ('波密至林芝', None, O),                               # 波密至林芝东西段: head shared with 雅安至新都桥
    ('新都桥至波密中段', None, O),
    ('杭州绍兴至台州高铁', None, R),
    ('新疆阿克苏至阿拉尔铁路', None, R),
    ('太子城至锡林浩特铁路太子城至崇礼段', None, R),
    ('太子城至锡林浩特铁路', None, O),
    ('郑渝高铁襄阳至万州段', None, R),
    ('郑渝高铁', None, O),
    ('济南至郑州高铁郑州至襄阳段', None, R),               # as written in the source
    ('济南至郑州高铁', None, O),
    ('黄冈至黄梅高铁', None, R),
    ('北京丰台站', None, R),
    ('大理至瑞丽铁路', None, R),
    ('成都至兰州铁路', None, R),
    ('丽江至香格里拉铁路', None, R),
]),
('nat_2023_rail_network_progress.txt', '贵南高铁贵阳至荔波段日前', '注入新动力。', [
    ('贵南高铁贵阳至荔波段', None, R),
    ('贵南高铁', None, O),
    ('贵南高铁荔波至南宁段', None, R),
    ('贵南高铁', None, O),
    ('贵南高铁', None, R),                                 # 预计年内贵南高铁全线通车
    ('成都至宜宾高铁', None, R),
    ('广汕高铁', None, R),
    ('沪宁沿江高铁', None, R),
    ('福州至厦门', None, O),                               # bare members of ...等一批新线 (head 新线 shared)
    ('南昌至景德镇至黄山', None, O),
    ('天津至大兴国际机场', None, O),
]),
('nat_2011_water_conservancy_review_hant.txt', '新中國成立後,黨和政府', '前所未有的高潮。', [
    ('治淮工程', '治淮工程', O),                           # programme of works on the Huai (between works and policy)
    ('長江荊江分洪工程', '长江荆江分洪工程', R),
    ('荊江分洪工程', '荆江分洪工程', O),
    ('官廳水庫', '官厅水库', R),
    ('三門峽水利樞紐', '三门峡水利枢纽', R),
    ('三峽', '三峡', O),                                   # bare members of 三峽、小浪底、治淮、治太等…工程
    ('小浪底', '小浪底', O),
    ('治淮', '治淮', O),
    ('治太', '治太', O),
]),
('nat_2022_baihetan_uhv_line_hant.txt', '“白鶴灘—江蘇工程是全球', '助力西部經濟崛起。', [
    ('白鶴灘—江蘇工程', '白鹤滩—江苏工程', R),             # short form as written, identifiable
    ('西電東送', '西电东送', R),                           # landmark programme of works (in quotes)
    ('白鶴灘水電站', '白鹤滩水电站', R),
    ('三峽電站', '三峡电站', R),
    ('白鶴灘—江蘇工程', '白鹤滩—江苏工程', R),
    ('白鶴灘水電站', '白鹤滩水电站', R),
]),
# ---------------------------------------------------------------- 香港
('hk_2022_transport_25_years_hant.txt', '1997年時,全港道路', '鐵路大動脈。', [
    ('青馬大橋', '青马大桥', R),
    ('汲水門橋', '汲水门桥', R),
    ('屯門─赤鱲角隧道', '屯门─赤鱲角隧道', R),
    ('中環灣仔繞道', '中环湾仔绕道', R),
    ('汀九橋', '汀九桥', R),
    ('深圳灣大橋', '深圳湾大桥', R),
    ('昂船洲大橋', '昂船洲大桥', R),
    ('港珠澳大橋', '港珠澳大桥', R),
    ('將軍澳跨灣大橋', '将军澳跨湾大桥', R),
    ('西鐵線', '西铁线', R),
    ('馬鞍山線', '马鞍山线', R),
    ('屯馬線', '屯马线', R),
    ('東鐵', '东铁', R),                                   # 百年鐵路東鐵 (East Rail line, extended across the harbour)
]),
('hk_1989_airport_core_programme_hant.txt', '香港機場核心計劃(英文', '基礎建設發展計劃。', [
    ('香港機場核心計劃', '香港机场核心计划', R),           # programme of ten named works
    ('新香港國際機場', '新香港国际机场', O),               # 新 = "new", descriptive
    ('香港國際機場', '香港国际机场', R),
    ('香港機場核心計劃', '香港机场核心计划', R),
    ('新機場計劃', '新机场计划', O),                       # alias of the programme
    ('玫瑰園計劃', '玫瑰园计划', O),                       # nickname
    ('新機場', '新机场', O),                               # anaphoric short form for the new airport
    ('青馬大橋', '青马大桥', R),
    ('新機場', '新机场', O),
    ('新機場', '新机场', O),
    ('啟德發展計劃', '启德发展计划', R),
]),
('hk_2017_policy_address_caverns.txt', '  符合万维网联盟', '以提供土地作工业及其他用途。', [
    ('钻石山配水库', None, R),                             # existing facilities to be relocated to caverns
    ('深井污水处理厂', None, R),
    ('西贡污水处理厂', None, R),
    ('大屿山小蚝湾', None, O),                             # bare members of …及沙田马料水填海工程
    ('屯门龙鼓滩', None, O),
    ('沙田马料水填海工程', None, R),
    ('沙田污水处理厂', None, R),
]),
# ---------------------------------------------------------------- 澳门
('mo_2010_cotai_reclamation_hant.txt', '於2002年博彩業', '生態保護區。', [
    ('路氹城', '路氹城', O),                               # the reclaimed district (now a place name)
    ('路氹城', '路氹城', O),
    ('澳門國際機場', '澳门国际机场', R),
    ('新客運碼頭', '新客运码头', O),                       # "the new ferry terminal to be built": descriptive
    ('蓮花大橋', '莲花大桥', R),
    ('路氹城', '路氹城', O),
    ('拱北關', '拱北关', O),                               # border crossing named in passing
    ('路氹城', '路氹城', O),
    ('路氹連貫公路', '路氹连贯公路', R),
    ('路氹連貫公路', '路氹连贯公路', R),
    ('路氹金光大道', '路氹金光大道', R),                   # Cotai Strip development
    ('澳門東亞運動會體育館', '澳门东亚运动会体育馆', R),
    ('澳門蛋', '澳门蛋', O),                               # nickname
    ('澳門射擊場', '澳门射击场', R),
    ('科技大學足球場', '科技大学足球场', O),               # university facility
    ('東方高爾夫球場', '东方高尔夫球场', R),
]),
('mo_2020_return_anniversary_landmarks.txt', '横琴口岸\n2020年', '正式投入使用。', [
    ('横琴口岸', None, R),                                 # heading
    ('横琴口岸', None, R),
    ('横琴口岸', None, R),
    ('港珠澳大桥', None, R),                               # heading
    ('港珠澳大桥', None, R),
    ('澳门大学', None, O),                                 # heading; institution
    ('澳门大学', None, O),
    ('澳门大学横琴校区', None, O),
    ('澳门大学横琴新校区', None, O),
    ('澳门东亚运动会体育馆', None, R),                     # heading
    ('澳门东亚运动会体育馆', None, R),
    ('澳门蛋', None, O),                                   # nickname in quotes
    ('澳门东亚运动会体育馆', None, R),
]),
('mo_2020_lrt_legislature_answers.txt', '新华社澳门', '作出心理辅导。', [
    ('澳门轻轨', None, R),
    ('氹仔线', None, R),
    ('轻轨东线', None, R),
    ('石排湾线', None, R),
    ('横琴线', None, R),
    ('横琴线', None, R),
    ('横琴口岸', None, R),
    ('澳门轻轨东线', None, R),
    ('澳门轻轨', None, O),
    ('轻轨东线', None, O),
    ('新城E区', None, O),                                  # reclamation zones named in passing
    ('新城A区', None, O),
    ('关闸', None, O),                                     # border gate
]),
# ---------------------------------------------------------------- 台湾
('tw_1970s_ten_major_projects_hant.txt', '臺灣自1965年', '全線正式通車。', [
    ('南北高速公路', '南北高速公路', R),                   # section heading
    ('中山高速公路', '中山高速公路', R),
    ('中山高速公路', '中山高速公路', R),
    ('桃園國際機場', '桃园国际机场', R),
    ('三重中壢路段', '三重中坜路段', O),                   # section without the road's name
    ('中沙大橋', '中沙大桥', R),
]),
('tw_1991_six_year_national_plan.txt', '六年国建为中华民国', '十二条快速公路。', [
    ('六年国建', None, O),                                 # national plan (works + policy)
    ('十大建设', None, O),                                 # numbered package of works
    ('六年国建计画', None, O),
    ('六年国建', None, O),
    ('六年国建', None, O),
    ('中正国际机场', None, R),
    ('高雄国际机场', None, R),
    ('中正国际机场', None, R),
    ('花莲机场', None, R),
    ('基隆港', None, R),
    ('高雄港', None, R),
    ('安平港', None, R),
    ('观音工业港', None, R),
    ('北部第二条高速公路', None, O),                       # descriptive ("the second northern freeway")
    ('环岛高速公路网', None, O),                           # network plan
    ('西部滨海公路', None, R),
]),
('tw_2015_suhua_highway_improvement_hant.txt', '行政院長毛治國今', '殷切期盼。', [
    ('台9線蘇花公路山區路段改善計畫', '台9线苏花公路山区路段改善计画', R),
    ('台9線', '台9线', O),                                 # road number
    ('蘇花公路', '苏花公路', O),
    ('蘇花改', '苏花改', O),                               # common short form
    ('蘇花公路山區路段改善計畫', '苏花公路山区路段改善计画', R),
    ('蘇花公路', '苏花公路', O),
    ('蘇花高', '苏花高', O),                               # short form of the abandoned 蘇花高速公路 plan
    ('和平溪橋段', '和平溪桥段', O),                       # sub-part
    ('武塔隧道', '武塔隧道', O),                           # sub-part
]),
('tw_2007_ma_transport_pledges_hant.txt', '據報道,馬英九', '40%的限制。', [
    ('北臺灣捷運路網', '北台湾捷运路网', O),               # network described
    ('民生汐止線捷運', '民生汐止线捷运', R),
    ('民生汐止線', '民生汐止线', O),
    ('機場捷運', '机场捷运', R),
    ('中壢火車站', '中坜火车站', O),                       # end point of the extension
    ('三鶯線', '三莺线', R),
    ('新莊線', '新庄线', R),
    ('臺鐵中壢桃園段高架化', '台铁中坜桃园段高架化', O),   # longer reading with the action word
    ('臺鐵中壢桃園段', '台铁中坜桃园段', R),
    ('鳳鳴', '凤鸣', O),                                   # bare member of 鳳鳴等通勤車站
    ('桃園都會區捷運系統第一期路網', '桃园都会区捷运系统第一期路网', R),
    ('桃園都會區捷運系統', '桃园都会区捷运系统', O),
    ('松山', '松山', O),                                   # bare members of …7個機場
    ('桃園', '桃园', O),
    ('臺中清泉崗', '台中清泉岗', O),
    ('高雄小港', '高雄小港', O),
    ('花蓮', '花莲', O),
    ('臺東', '台东', O),
    ('澎湖馬公', '澎湖马公', O),
]),
]

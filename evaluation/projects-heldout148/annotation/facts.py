# Hand annotation of project names (projects-heldout148), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 广西
('gx_2009_rail_plans.txt', '为广西北部湾经济区加强', '柳州至肇庆铁路。', [
    ('广西北部湾经济区', None, O),                         # economic region named in passing
    ('北部湾经济区', None, O),                             # nested reading
    ('北部湾经济区', None, O),
    ('钦北', None, O),                                     # short forms of lines, head (铁路建设项目) after the list
    ('钦防', None, O),
    ('新南昆', None, O),
    ('黎南', None, O),
    ('德靖', None, O),
    ('黄桶至百色铁路', None, R),
    ('广西沿海铁路钦州至北海段和钦州至防城港段扩能改造工程', None, O),   # two sections sharing one head
    ('广西沿海铁路钦州至北海段', None, R),
    ('广西沿海铁路', None, O),
    ('钦州至防城港段扩能改造工程', None, O),               # second member, line name not repeated
    ('德保至靖西铁路', None, R),
    ('南宁至昆明铁路', None, R),
    ('玉林至合浦铁路', None, R),
    ('合浦至河唇铁路', None, R),
    ('南广铁路南宁至黎塘段', None, R),
    ('南广铁路', None, O),
    ('湘桂铁路南宁至凭祥段扩能改造工程', None, R),
    ('湘桂铁路南宁至凭祥段', None, O),
    ('湘桂铁路', None, O),
    ('金城江至南宁铁路', None, R),
    ('广西沿海铁路黎塘至钦州段扩能改造', None, O),         # trailing action word without 工程
    ('广西沿海铁路黎塘至钦州段', None, R),
    ('广西沿海铁路', None, O),
    ('柳州至肇庆铁路', None, R),
]),
('gx_2010_transport_start.txt', '来宾至马山、马山至平果高速公路开工现场', '总投资近300亿元。', [
    ('来宾至马山', None, O),                               # bare member, head 高速公路 written once
    ('马山至平果高速公路', None, R),
    ('来宾至马山', None, O),
    ('马山至平果高速公路', None, R),
    ('来宾至马山', None, O),
    ('马山至平果高速公路', None, R),
    ('柳州至武宣', None, O),                               # bare members of …4条高速公路
    ('灌阳至凤凰', None, O),
    ('靖西至龙邦', None, O),
    ('广西沿海高速公路改扩建', None, O),
    ('广西沿海高速公路', None, R),
    ('广西滨海公路', None, R),
    ('湘桂铁路柳州至南宁段电气化改造', None, O),
    ('湘桂铁路柳州至南宁段', None, R),
    ('湘桂铁路', None, O),
    ('玉林铁路地区扩能改造工程', None, R),
]),
('gx_beihai_2017_projects.txt', '据悉,我市今年第一批重点项目', '门窗外框安装。', [
    ('贵港至合浦高速公路项目', None, R),
    ('北海涠洲岛景区环岛路项目一期工程', None, R),
    ('北海涠洲岛景区环岛路项目', None, O),
    ('涠洲岛南湾鳄鱼山景区创建国家5A级旅游景区项目旧博物馆改扩建项目', None, R),
    ('涠洲岛南湾鳄鱼山景区创建国家5A级旅游景区项目', None, O),   # the umbrella programme
    ('涠洲岛南湾鳄鱼山景区', None, O),
    ('旧博物馆改扩建项目', None, O),                       # sub-project on its own
    ('游客服务中心项目', None, O),                         # sub-part of the same programme
    ('五彩滩景区特色旅游商品购物街项目', None, R),
    ('五彩滩景区', None, O),
    ('北部湾国际海洋旅游服务基地项目', None, R),
    ('西侧海洋文化展示中心', None, O),                     # building of the base (sub-part)
]),
('gx_qinzhou_2025_hant.txt', '時間的刻度走到', '以投資之“實”固發展之基。', [
    ('中馬欽州産業園區', '中马钦州产业园区', R),
    ('中石油煉化一體化', '中石油炼化一体化', R),           # named industrial projects without 项目
    ('恒逸一期', '恒逸一期', R),
    ('桐昆一期', '桐昆一期', R),
]),
# ---------------------------------------------------------------- 广东
('gd_1960s_dongshen_water.txt', '东江——深圳供水工程【', '送往香港。', [
    ('东江——深圳供水工程', None, R),
    ('东深工程', None, R),                                 # the official short name given in 【简称…】
    ('东深工程', None, R),
    # 9座电力抽水站【东江、桥头、…】: bare station names, head written before the list (东江 left out, see ANNOTATION.md)
    ('桥头', None, O),
    ('司马', None, O),
    ('马滩', None, O),
    ('塘厦', None, O),
    ('竹塘', None, O),
    ('沙岭', None, O),
    ('上埔', None, O),
    ('雁田', None, O),
    # 6座拦河闸坝【…】
    ('旗岭', None, O),
    ('马滩', None, O),
    ('塘厦', None, O),
    ('竹塘', None, O),
    ('沙岭', None, O),
    ('上埔', None, O),
    # 两座调节水库【雁田、深圳】, 两座水电站【丹竹头、深圳】
    ('雁田', None, O),
    ('深圳', None, O),
    ('丹竹头', None, O),
    ('深圳', None, O),
    ('雁田水库', None, R),
    ('白泥坑明渠', None, R),
    ('雁田水库', None, R),
    ('深圳水库', None, R),
]),
('gd_guangzhou_2025_q1.txt', '156个产业项目开工', '总投资578亿元。', [
    ('领为视觉大湾区总部', None, O),                       # HQ projects
    ('视源股份全球总部基地', None, O),
    ('兆舜高端新材料智造基地', None, R),
    ('中欧班列融合创新产业园', None, R),
    ('新河浦历史文化街区改造提升', None, O),               # trailing action word
    ('新河浦历史文化街区', None, R),
    ('知识城恒运天然气热电联产', None, R),
    ('220千伏棠下柔直背靠背', None, R),
    ('番禺中心城区综合交通换乘枢纽', None, R),
    ('广东省中西医结合应急救治中心', None, O),             # institution
    ('广医附属五院扩建工程', None, R),
    ('琶洲国际学校', None, O),                             # institution
    ('广东白云学院北校区扩容工程', None, R),
    ('海珠区东风村', None, O),                             # villages standing for renewal projects
    ('增城区西洲村', None, O),
    ('黄埔区双井村', None, O),
]),
('gd_nansha_2024_hant.txt', '據介紹,這次集中開工', '提供了堅實支撐。', [
    ('聚星橋', '聚星桥', R),
    ('靈新大道南延線', '灵新大道南延线', R),
    ('廣州港南沙港區國際通用碼頭工程', '广州港南沙港区国际通用码头工程', R),
    ('廣州港南沙港區', '广州港南沙港区', O),
    ('南沙科創(chuàng)中心生命健康產業園', '南沙科创中心生命健康产业园', R),
    ('南沙科創(chuàng)中心', '南沙科创中心', O),
    ('南沙國際港航中心', '南沙国际港航中心', R),
    ('越秀南沙穗港產學研基地', '越秀南沙穗港产学研基地', R),
]),
('gd_nansha_2017_port_hant.txt', '【大公報訊】', '駁船泊位。', [
    ('廣州港南沙港區四期工程', '广州港南沙港区四期工程', R),
    ('廣州港南沙港區', '广州港南沙港区', O),
    ('南沙港區', '南沙港区', O),
    ('南沙港區', '南沙港区', O),                           # the port area on its own
    ('廣州港南沙港區四期工程', '广州港南沙港区四期工程', R),
    ('廣州港南沙港區', '广州港南沙港区', O),
    ('南沙港區', '南沙港区', O),
    ('南沙疏港鐵路', '南沙疏港铁路', R),
    ('南沙港區', '南沙港区', O),
    ('南沙港區', '南沙港区', O),
    ('廣州港南沙港區四期工程', '广州港南沙港区四期工程', R),
    ('廣州港南沙港區', '广州港南沙港区', O),
    ('南沙港區', '南沙港区', O),
    ('廣州港南沙港區南沙作業區', '广州港南沙港区南沙作业区', O),   # locative after 位於
    ('廣州港南沙港區', '广州港南沙港区', O),
    ('南沙港區', '南沙港区', O),
]),
('gd_zhuhai_2026.txt', '珠海市委副书记、市长吴泽桐表示', '促进琴澳融入国家高铁网。', [
    ('港珠澳大桥', None, R),
    ('大桥珠海公路口岸', None, O),                         # short form of 港珠澳大桥珠海公路口岸
    ('横琴合作区', None, O),                               # zone named in passing
    ('杧洲隧道', None, R),
    ('黑白面将军山隧道北延线工程', None, R),
    ('黑白面将军山隧道', None, O),
    ('广珠(澳)高铁鹤洲至横琴段', None, R),
    ('广珠(澳)高铁', None, O),
    ('(港)深珠澳高铁项目', None, R),
    ('(港)深珠澳高铁', None, O),
]),
('gd_zhanjiang_2020.txt', '去年以来,我市现代临港产业', '改革的标杆。', [
    ('宝钢湛江钢铁基地', None, R),
    ('中科炼化', None, R),
    ('巴斯夫(广东)一体化基地', None, R),
    ('湛江东海岛世界级绿色环保高端沿海临港重化产业基地', None, O),   # descriptive base
    ('中科炼化项目', None, R),                             # photo caption inside the passage
    ('中科炼化', None, O),
    ('宝钢湛江钢铁基地', None, R),                         # after the appositive description ——
]),
# ---------------------------------------------------------------- 海南
('hi_2016_sanya_airport.txt', '作为建设中的国际性热带滨海旅游精品城市', '成为三亚发展的重要引擎。', [
    ('三亚新机场及临空产业园项目', None, R),
    ('三亚新机场', None, O),
    ('三亚凤凰国际机场', None, R),
    ('三亚国际门户机场', None, O),                         # a function, not yet a facility name
    ('新机场', None, O),                                   # descriptive
    ('三亚国际门户机场', None, O),
    ('临空经济区', None, O),                               # short form
    ('三亚临空经济区', None, R),
    ('新机场', None, O),
]),
('hi_2019_batch5.txt', '本报讯 记者周发源报道', '本次启动建设。', [
    ('海南自由贸易试验区', None, O),                       # inside the programme name …建设项目(第五批)
    ('威特低碳制造业产业园项目', None, R),
    ('海口美安科技新城', None, O),                         # zone named as a location in parentheses
    ('昌江多用途模块式小型堆科技示范工程', None, R),
    ('昌江核电二期', None, R),
    ('中国海南国际高铁技术研究中心', None, O),             # institution
    ('大悦环球中心', None, R),
]),
# ---------------------------------------------------------------- national
('nat_2011_transport_minister.txt', '在今后的五年里', '空白乡镇邮政所补建。', [
    ('国家高速公路网', None, O),                           # a network plan
    ('南京以下12.5米深水航道建设工程', None, R),
    ('荆江河段治理工程', None, R),
    ('西江航运干线和京杭运河扩能工程', None, O),           # two works sharing the head 扩能工程
    ('西江航运干线', None, O),
    ('京杭运河扩能工程', None, R),
]),
('nat_2019_water_works_hant.txt', '1月22日,貴州省黔南州', '具有重要的支撐和保障作用。', [
    ('貴州省鳳山水庫', '贵州省凤山水库', O),               # inside the name of a mobilisation meeting
    ('鳳山水庫', '凤山水库', O),
    ('鳳山水庫', '凤山水库', R),
    ('大藤峽水利樞紐工程', '大藤峡水利枢纽工程', R),
    ('大藤峽水利樞紐', '大藤峡水利枢纽', O),
    ('壩下交通橋工程', '坝下交通桥工程', O),               # sub-parts of the dam works
    ('壩下交通橋匝道橋', '坝下交通桥匝道桥', O),
    ('大藤峽工程', '大藤峡工程', R),
    ('引江濟淮工程', '引江济淮工程', R),
    ('滇中引水工程', '滇中引水工程', R),
    ('淮河出山店水庫大壩', '淮河出山店水库大坝', O),       # sub-part
    ('淮河出山店水庫', '淮河出山店水库', R),
    ('出山店水庫', '出山店水库', O),
]),
# ---------------------------------------------------------------- 香港 (Greater Bay Area rail)
('hk_2021_policy_rail_hant.txt', '特首林鄭月娥公布新一份', '流浮山的發展。', [
    ('明日大嶼願景', '明日大屿愿景', O),                   # a vision / programme
    ('北部都會區', '北部都会区', R),
    ('北部都會區', '北部都会区', R),
    ('港深西部鐵路', '港深西部铁路', R),
    ('北環線', '北环线', R),
    ('落馬洲河套地區', '落马洲河套地区', O),               # area (Lok Ma Chau Loop)
    ('河套地區', '河套地区', O),                           # nested reading
    ('河套地區', '河套地区', O),                           # the short form in parentheses
    ('港深創新及科技園', '港深创新及科技园', R),
    ('港深創科園', '港深创科园', O),                       # abbreviation in parentheses
    ('新皇崗口岸', '新皇岗口岸', R),
    ('東鐵綫', '东铁线', R),                               # sub-heading inside the passage
    ('東鐵線', '东铁线', R),
    ('羅湖站', '罗湖站', O),                               # existing stations as reference points
    ('上水站', '上水站', O),
    ('北環線', '北环线', R),
    ('古洞站', '古洞站', O),
    ('尖鼻咀至白泥自動捷運系統', '尖鼻咀至白泥自动捷运系统', R),
]),
]

# Hand annotation of project names (projects-heldout171), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 广东
('gd_2001_guangzhou_airport_inspection.txt', '本报讯 (记者王垂林', '文明进步的窗口。', [
    ('广州白云国际机场迁建工程', None, R),
    ('广州白云国际机场', None, O),                         # nested: the airport without the works word
    ('广州国际 会议展览中心工程', '广州国际会议展览中心工程', R),   # line-wrap space inside the name, as stored
    ('广州国际 会议展览中心', '广州国际会议展览中心', O),
    ('广州新机场', None, R),                               # 广州新机场建设工地
    ('广州白云国际机场迁建 工程', '广州白云国际机场迁建工程', R),   # space inside the name, as stored
    ('广州白云国际机场', None, O),
    ('新机场', None, O),                                   # 新机场本期建设规模: anaphoric
    ('白云机场', None, R),                                 # 相当于现在白云机场的两倍 (the old airport)
    ('新机场', None, O),                                   # 届时,新机场将成为: anaphoric
]),
('gd_2017_xuwen_county_ports.txt', '会议指出,要振兴粤东西北', '现有3家航运企业。', [
    ('徐闻港', None, R),
    ('湛徐高速徐闻港支线', None, R),
    ('湛徐高速', None, O),                                 # nested: the expressway of the branch
    ('进港公路改扩建工程', None, O),                       # descriptive (the port's access-road upgrade)
    ('徐闻港区南山作业区', None, R),
    ('徐闻港', None, O),                                   # nested reading 徐闻港(区); also steers the next one
    ('徐闻港', None, O),                                   # 徐闻港业主方: project name inside an organisation phrase
    ('湛徐高速徐闻港支线', None, R),
    ('湛徐高速', None, O),
    ('进港公路改扩建工程', None, O),
    ('环半岛公路徐闻段', None, R),
]),
('gd_2022_zhanjiang_key_projects.txt', '全市重点项目累计完成投资', '重要发展极。', [
    ('巴斯夫(广东)一体化基地项目', None, R),
    ('巴斯夫(广东)一体化基地', None, O),
    ('乌石油田群开发项目', None, R),                       # 乌石油田群开发项目工程建设正式启动: 工程建设 left out
    ('乌石油田群', None, O),
    ('巴斯夫(广东)一体化基地项目', None, R),
    ('巴斯夫(广东)一体化基地', None, O),
    ('广东廉江核电项目', None, R),
    ('乌石油田群项目', None, R),
    ('乌石油田群', None, O),
]),
('gd_c2023_leizhou_canal_hant.txt', '改寫雷州半島干旱歷史', '湛江分干線長168.85公里。', [
    ('雷州青年運河工程', '雷州青年运河工程', R),
    ('雷州青年運河', '雷州青年运河', O),
    ('鶴地水庫', '鹤地水库', R),                           # 建設鶴地水庫和運河工程兩部分 (運河工程 generic)
    ('鶴地水庫', '鹤地水库', R),
    ('青年運河', '青年运河', R),
    ('鶴地水庫', '鹤地水库', R),                           # 故叫鶴地水庫 (鶴地村 is the village)
    ('青年運河', '青年运河', R),                           # 故命名為青年運河
    ('鶴地水庫', '鹤地水库', R),
    ('雷州青年運河', '雷州青年运河', R),
    ('環北部灣廣東水資源配置工程', '环北部湾广东水资源配置工程', R),
    ('環北廣東工程', '环北广东工程', R),                   # its usual short name
    ('湛江分干線', '湛江分干线', O),                       # a section named without its line
]),
# ---------------------------------------------------------------- 广西
('gx_1959_1962_yongjiang_bridge.txt', '韦国清支持搞二十四米', '重新提到日程上来。', [
    ('邕江大桥', None, R),                                 # 他说:“邕江大桥是一条重要的通道
    ('邕江大桥', None, R),                                 # 邕江大桥是当时全国最宽的公路桥
    ('邕江大桥', None, R),                                 # 修建邕江大桥的主张
    ('南宁机场', None, R),                                 # 国家要建新的南宁机场 (新的 is descriptive)
    ('南宁机场', None, R),                                 # 国务院决定要建新的南宁机场
    ('新机场', None, O),                                   # 把新机场定在吴圩: anaphoric
    ('邕江大桥', None, R),                                 # 自治区提出建邕江大桥
    ('南宁机场', None, R),                                 # 1962年 南宁机场由旧址正式搬到吴圩
    ('邕江大桥', None, R),                                 # 续建邕江大桥
]),
('gx_2009_hechi_hydropower.txt', '崔代祚不会忘却57年前', '“双子星”。', [
    ('龙江河六甲电站', None, R),                           # river name written as part of the name
    ('六甲电站', None, O),
    ('大化水电站', None, R),
    ('岩滩电站', None, R),
    ('龙滩水电站', None, R),                               # 我国第三大水电站——龙滩水电站: appositive left out
    ('龙滩', None, O),                                     # 龙滩与三峡一起: short forms
    ('三峡', None, O),
]),
('gx_2011_nanning_transport_hant.txt', '今后,南寧的交通建設', '南寧至憑祥鐵路項目。', [
    ('西江億噸黃金水道', '西江亿吨黄金水道', O),           # waterway programme, between works and policy
    ('南寧火車東站', '南宁火车东站', R),
    ('云桂鐵路(南寧段)', '云桂铁路(南宁段)', R),
    ('云桂鐵路', '云桂铁路', O),
    ('柳州至南寧客運專線', '柳州至南宁客运专线', R),
    ('南寧至廣州鐵路', '南宁至广州铁路', R),
    ('廣西沿海鐵路南寧至欽州段', '广西沿海铁路南宁至钦州段', R),
    ('廣西沿海鐵路', '广西沿海铁路', O),
    ('黎塘至欽州段', '黎塘至钦州段', O),                   # section whose line is written once before it
    ('南寧至金城江鐵路', '南宁至金城江铁路', R),
    ('湘桂鐵路擴能南寧至憑祥鐵路項目', '湘桂铁路扩能南宁至凭祥铁路项目', R),
    ('湘桂鐵路擴能南寧至憑祥鐵路', '湘桂铁路扩能南宁至凭祥铁路', O),
    ('湘桂鐵路', '湘桂铁路', O),
    ('南寧至憑祥鐵路', '南宁至凭祥铁路', O),
]),
('gx_2011_wuzhou_projects_hant.txt', '金海再生鎳鉻合金', '社會事業和基礎設施等。', [
    ('金海再生鎳鉻合金制品生產項目', '金海再生镍铬合金制品生产项目', R),
    ('金茂10萬噸金紅石英鈦白粉生產線', '金茂10万吨金红石英钛白粉生产线', R),   # named industrial line (金紅石英 as stored)
    ('梧州市鈦白產業園區', '梧州市钛白产业园区', R),
    ('蒼郁高速公路路口至梧州進口再生資源加工園區一級公路', '苍郁高速公路路口至梧州进口再生资源加工园区一级公路', R),
    ('蒼郁高速公路', '苍郁高速公路', O),
    ('梧州進口再生資源加工園區', '梧州进口再生资源加工园区', O),
]),
('gx_2022_nanning_major_projects.txt', '南宁市202个项目被纳入方案', '计划在2023年完成建设。', [
    ('南宁市市郊铁路机场线', None, R),
    ('武鸣线', None, O),                                   # 机场线和武鸣线: bare member, head written once
    ('南宁花花大世界生态度假区', None, R),
    ('南宁市第六人民医院南宁市儿童医院(二期)', None, O),   # hospital building (institution)
    ('南宁红星美凯龙家居博览中心', None, R),
    ('南宁·中关村科技广场项目', None, R),
    ('南宁·中关村科技广场', None, O),
    ('广西万硕(电商)仓储物流园', None, R),
    ('中国智能骨干网申通南宁智慧物流产业园', None, R),
    ('中新南宁国际物流园(二期)', None, R),
    ('南宁国际铁路港二期', None, R),
]),
# ---------------------------------------------------------------- 海南
('hi_2022_haikou_report.txt', '过去五年,我们抢抓重大历史机遇', '连续三年翻番。', [
    ('海口空港综保区', None, R),                           # subject of its sentence (通过验收)
    ('海口综保区', None, O),                               # 与海口综保区共同获批: zone named in passing
    ('美兰机场二期', None, R),
    ('美兰机场', None, O),
    ('新海港综合枢纽', None, R),
    ('新海港', None, O),
]),
('hi_2024_airports_groundbreaking.txt', '中新网 三亚11月20日电', '站前换乘中心以及配套设施。', [
    ('海南三亚凤凰国际机场三期改扩建项目', None, R),
    ('三亚凤凰国际机场', None, O),
    ('凤凰机场三期项目', None, R),                         # short name in “”
    ('琼海博鳌机场三期扩建项目', None, R),
    ('博鳌机场', None, O),
    ('博鳌机场三期项目', None, R),
    ('海南自贸港运输机场群', None, O),                     # a group of airports as a programme
    ('海南三亚凤凰国际机场三期改扩建项目', None, R),
    ('三亚凤凰国际机场', None, O),
    ('三亚凤凰国际机场', None, O),                         # 三亚凤凰国际机场供图: photo credit (the operator)
    ('自贸港运输机场群', None, O),
    ('凤凰机场三期项目', None, R),
    ('凤凰机场三期项目', None, R),                         # 据悉,凤凰机场三期项目按照
    ('T3航站楼', None, O),                                 # a sub-part
]),
# ---------------------------------------------------------------- 香港
('hk_1967_2024_road_tunnels_hant.txt', '截至2024年3月', 'road–rail tunnels[6]。', [
    ('大欖隧道', '大榄隧道', R),
    ('三號幹線(郊野公園段)', '三号干线(郊野公园段)', O),   # inside the company name 三號幹線(郊野公園段)有限公司
    ('三號幹線(郊野公園段)', '三号干线(郊野公园段)', O),   # its repeat after the stray link word 粵语
    ('愉景灣隧道', '愉景湾隧道', R),
    ('愉景灣隧道', '愉景湾隧道', O),                       # 愉景灣隧道有限公司: inside an organisation name
    ('獅子山隧道', '狮子山隧道', R),
    ('香港仔隧道', '香港仔隧道', R),
    ('香港仔隧道粒子物理實驗室', '香港仔隧道粒子物理实验室', O),   # a laboratory (institution)
    ('香港仔隧道', '香港仔隧道', O),
    ('啟德隧道', '启德隧道', R),
    ('啟德機場', '启德机场', R),
    ('機場隧道', '机场隧道', O),                           # former name, in 「」
    ('啟德機場', '启德机场', R),
    ('東區海底隧道', '东区海底隧道', R),
]),
('hk_2007_ten_major_projects_hant.txt', '2007年7月,香港行政長官', '尤其是旅遊業。', [
    ('南港島線(東段)', '南港岛线(东段)', R),              # heading (一)
    ('南港島線', '南港岛线', O),
    ('南港島線', '南港岛线', R),                           # 港鐵“南港島線”
    ('南港島線', '南港岛线', R),                           # 政府所指的“南港島線”
    ('東段', '东段', O),                                   # 當中的東段: anaphoric section
    ('西段', '西段', O),
    ('南港島線東段', '南港岛线东段', R),
    ('海洋公園', '海洋公园', O),                           # existing theme park named as a stop
    ('南港島線東段', '南港岛线东段', R),
]),
# ---------------------------------------------------------------- 澳门
('mo_2019_return_20_years_hant.txt', '這是連接澳門半島和離島', '交通擁堵的情況,。', [
    ('澳氹大橋', '澳氹大桥', R),
    ('友誼大橋', '友谊大桥', R),
    ('澳氹大橋', '澳氹大桥', R),
    ('友誼大橋', '友谊大桥', R),
    ('西灣大橋', '西湾大桥', R),
    ('澳門新城A區(qū)', '澳门新城A区', O),                 # reclamation zone named as a place
    ('澳門新城A區(qū)', '澳门新城A区', O),
    ('第四條跨海大橋', '第四条跨海大桥', O),               # short form of 澳氹第四條跨海大橋 (like 第三跑道)
    ('港珠澳大橋澳門口岸', '港珠澳大桥澳门口岸', R),
    ('港珠澳大橋', '港珠澳大桥', O),
    ('澳門半島填海新區(qū)', '澳门半岛填海新区', O),
    ('氹仔填海新區(qū)', '氹仔填海新区', O),
]),
('mo_c2008_macau_overview_hant.txt', '澳門半島與氹仔由三座大橋連接', '以增加客運量。', [
    ('嘉樂比總督橋', '嘉乐比总督桥', R),
    ('澳門氹仔橋', '澳门氹仔桥', R),                       # 俗稱澳門氹仔橋: its common name
    ('舊橋', '旧桥', O),                                   # nickname
    ('蓮花大橋', '莲花大桥', R),
    ('港珠澳大橋', '港珠澳大桥', R),
    ('內港碼頭', '内港码头', R),
    ('新港港澳碼頭', '新港港澳码头', R),                   # as stored (the machine-converted text's form)
    ('澳門國際機場', '澳门国际机场', R),
    ('澳門國際機場', '澳门国际机场', R),
]),
]

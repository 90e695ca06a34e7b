# Hand annotation of project names (projects-heldout170), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 上海
('sh_1998_suzhouhe_sewage_works.txt', '北片涉及的苏州河支流为', '一并考虑在内。', [
    ('南新铁路', None, O),                                 # 西至南新铁路: a railway used as a boundary
    ('南大路污水干管', None, R),
    ('西干线', None, O),                                   # the sewage west trunk: short, borderline name
    ('石洞口污水排放口', None, R),
    ('新村路泵站', None, R),
    ('西干线', None, O),
    ('石洞口污水排放口', None, R),
    ('真南排水系统', None, O),                             # 规划真南排水系统: a planned system
    ('西干线', None, O),
    ('新村路泵站', None, R),
]),
('sh_2005_yangshan_major_works.txt', '洋山深水港一期工程自2002年6月', '加快推进长江隧桥工程建设。', [
    ('洋山深水港一期工程', None, R),
    ('一期工程', None, O),                                 # anaphoric
    ('东海大桥', None, R),
    ('港区一期工程', None, O),                             # anaphoric sub-part
    ('小洋山隧道', None, R),                               # 4条小洋山隧道
    ('东海大桥', None, R),
    ('洋山深水港区一期工程', None, R),
    ('上海航空枢纽', None, O),                             # 上海航空枢纽建设: a hub programme
    ('浦东国际机场扩建工程', None, R),
    ('浦东国际机场', None, O),                             # nested
    ('浦东国际机场第二跑道', None, R),
    ('浦东国际机场', None, O),                             # nested
    ('上海铁路南站', None, R),                             # a station being built (基本建成)
    ('浦东铁路南段工程', None, R),
    ('浦东铁路', None, O),                                 # nested line
    ('A30郊环', None, O),                                  # A30郊环、A7亭枫等高速公路: road numbers, bare members
    ('A7亭枫', None, O),
    ('长江隧桥工程', None, R),
]),
('sh_2009_chemical_park_projects.txt', '上海化工区积极引导', '进一步降低化工区万元产值能耗水平。', [
    ('上海化工区', None, R),                               # the park's usual short name
    ('上海化工区', None, R),
    ('拜耳异氰酸酯和聚醚项目', None, R),                   # ...项目增资: the action word is left out
    ('拜耳异氰酸酯', None, O),                             # split reading at 和
    ('赛科乙烯扩产项目', None, R),
    ('上海漕泾电厂“上大压小”新建电厂项目', '上海漕泾电厂上大压小新建电厂项目', R),
    ('上海漕泾电厂', None, O),                             # nested plant
    ('三菱瓦斯聚碳酸酯项目', None, R),
    ('化工区', None, O),                                   # anaphoric short form
    ('化工区', None, O),
]),
# ---------------------------------------------------------------- 江苏
('js_2019_nantong_river_crossings.txt', '数日之后', '功不可没。', [
    ('沪通铁路跨长江大桥', None, R),
    ('沪通长江大桥', None, R),                             # (以下简称…): its usual name
    ('苏通', None, O),                                     # 苏通、崇启长江大桥: bare member
    ('崇启长江大桥', None, R),
    ('沪通长江大桥', None, R),
    ('通沪(北沿江)', None, O),                             # 通沪(北沿江)、崇海、苏通第二、张皋过江通道: bare members
    ('崇海', None, O),
    ('苏通第二', None, O),
    ('张皋过江通道', None, R),
    ('海太过江通道项目', None, R),
]),
('js_c2020_binhai_port_starts.txt', '12月2日,我市在滨海港工业园区内举行滨海港钢铁基地重大基础设施配套工程开工仪式,9个开工项目计划总投资达337.2', '提供强有力的支撑。', [
    ('滨海港工业园区', None, R),
    ('滨海港钢铁基地重大基础设施配套工程', None, O),       # a group of nine works under one heading
    ('滨海港钢铁基地', None, O),                           # nested base
    ('滨海港钢铁基地重大基础设施配套工程', None, O),
    ('滨海港钢铁基地', None, O),
    ('滨海港工业园区', None, R),
    ('滨海港铁路支线', None, R),
    ('滨海港10万吨级航道', None, R),                       # ...疏浚: action word left out
    ('滨海港10万吨级航道疏浚', None, O),                   # longer reading
    ('滨海港港口物流园', None, R),
    ('中海油LNG防波堤及码头', None, R),                    # one work (breakwater and terminal)
    ('中海油LNG防波堤', None, O),
    ('德龙不锈钢制品产业园', None, R),
    ('盐城钢铁职业技术学院', None, O),                     # an institution
    ('金光大道及路网工程', None, R),
    ('金光大道', None, O),
    ('港城片区综合开发', None, O),                         # an area + action, listed among the nine works
    ('产业区公辅设施建设', None, O),                       # generic, listed among the nine works
    ('宝武钢铁', None, O),                                 # company names standing for steel projects
    ('德龙镍业', None, O),
    ('金保莱合金管材', None, O),
    ('龙尚重工', None, O),
]),
('js_2021_lianyungang_port_history_hant.txt', '從1974年建成', '以適應國民經濟的發展。', [
    ('連云港港', '连云港港', R),                           # the port (a facility)
    ('煤炭碼頭', '煤炭码头', O),                           # ——煤炭碼頭: generic name of the first deep-water berth
    ('廟嶺', '庙岭', O),                                   # 廟嶺、墟溝新港區: bare member
    ('墟溝新港區', '墟沟新港区', R),
    ('30萬噸級航道', '30万吨级航道', O),                   # described, not named
    ('連云港港', '连云港港', R),
    ('連云港港', '连云港港', R),
    ('陳家港', '陈家港', O),                               # 陳家港、燕尾港兩個碼頭: bare members
    ('燕尾港', '燕尾港', O),
    ('隴海鐵路', '陇海铁路', R),
    ('連云港港', '连云港港', R),
]),
# ---------------------------------------------------------------- 浙江
('zj_2023_hangwen_railway_progress.txt', '眼下,位于浙江义乌', '夯实高质量发展基础。', [
    ('杭温铁路二期下旺特大桥', None, R),
    ('杭温铁路二期', None, O),                             # nested line
    ('下旺特大桥', None, O),                               # nested bridge
    ('下旺特大桥', None, R),
    ('杭温铁路二期', None, O),                             # inside 杭温铁路二期建设指挥部 (an organisation)
    ('杭温铁路二期项目', None, R),
    ('杭温铁路二期', None, O),
    ('杭温铁路', None, O),                                 # nested line (also steers the next fact to its own place)
    ('杭温铁路', None, R),
    ('杭温铁路二期', None, R),
]),
('zj_2018_sanmenwan_bridge_hant.txt', '浙江在線12月19日訊', '交通格局,。', [
    ('三門灣跨海大橋及連接線工程(寧波段)', '三门湾跨海大桥及连接线工程(宁波段)', R),
    ('三門灣跨海大橋', '三门湾跨海大桥', O),               # nested
    ('三門灣跨海大橋及連接線工程', '三门湾跨海大桥及连接线工程', O),  # without the section
    ('三門灣大橋', '三门湾大桥', R),
    ('象山港大橋', '象山港大桥', R),
    ('三門灣大橋', '三门湾大桥', R),
    ('沿海高速', '沿海高速', O),                           # 這一沿海高速: short form of 浙江沿海高速公路
]),
('zj_2025_transport_meeting_hant.txt', '浙江年度投資3500億元攻堅交通強省重大項目', '加快建設甬臺溫高速公路改擴建等關鍵項目。', [
    ('杭淳開高速公路', '杭淳开高速公路', R),
    ('甬舟高速公路復線', '甬舟高速公路复线', R),
    ('柯諸高速公路', '柯诸高速公路', R),
    ('甬臺溫高速公路', '甬台温高速公路', R),               # ...改擴建: action word left out
    ('甬臺溫高速公路改擴建', '甬台温高速公路改扩建', O),
]),
# ---------------------------------------------------------------- 山东
('sd_2014_rizhao_port_railway.txt', '日照港石臼港区改建铁路工程的桥梁、路基、房建、铺轨工作已基本完成,未来晋中南煤炭列车将可自日照南站进港。', '工人正在进行这些工作的收尾。', [
    ('日照港石臼港区改建铁路工程', None, R),               # photo caption
    ('日照南站', None, O),                                 # a station named as a place
    ('石臼港区改建铁路', None, R),                         # headline
    ('日照港石臼港区', None, O),                           # 来到日照港石臼港区: the port area as a destination
    ('山西中南部铁路通道', None, R),
    ('日照港石臼港区改建铁路工程', None, R),
    ('日照南站', None, O),
    ('日照港石臼港区改建铁路', None, R),                   # sub-heading
    ('日照南站联络线', None, O),                           # 打通日照南站联络线通道
    ('日照港石臼港区', None, O),
    ('山西中南部铁路通道', None, R),
    ('石臼港区改建铁路工程', None, R),
]),
('sd_2010_yantai_five_year_review.txt', '■五年来,烟台市制造业', '立项前各项准备工作已完成。', [
    ('东岳汽车三期', None, R),
    ('大宇造船项目', None, R),
    ('斗山机械三期', None, R),
    ('宝钢精密钢管一期', None, R),
    ('西港区一期工程', None, R),
    ('芝罘湾港区三突堤集装箱码头', None, R),
    ('龙烟铁路', None, R),
    ('蓝烟铁路电气化改造主体工程', None, R),
    ('蓝烟铁路电气化改造', None, O),
    ('蓝烟铁路', None, O),
    ('烟台至海阳高速公路', None, R),
]),
('sd_zhanhua_2011_county_report.txt', '五年来,致力于拼搏赶超', '水产业提质增效工程。', [
    ('沾化经济开发区', None, O),                           # a development zone named in passing
    ('大高航空城', None, R),
    ('城北工业园', None, R),
    ('城北工业园', None, R),
]),
# ---------------------------------------------------------------- 福建
('fj_2009_quanzhou_port_projects.txt', '2010年前完成围头作业区', '新增年通过能力3548万吨。', [
    ('围头作业区10万吨级通海航道', None, R),               # ...建设: action word left out
    ('石井作业区3万吨级通海航道', None, R),
    ('泉州湾大坠门10万吨级航道', None, R),
    ('泉州港', None, R),                                   # the port
    ('福建富源石化仓储发展有限公司码头储运工程', None, R),
    ('福建方通化工码头工程', None, R),
    ('中化泉州石化有限公司外走马埭码头工程', None, R),
    ('中化泉州石化有限公司青兰山码头工程', None, R),
    ('石湖作业区5#—6#泊位工程', None, R),
    ('石狮鸿山热电厂煤码头工程', None, R),
    ('石狮鸿山热电厂', None, O),                           # nested plant
    ('小山乍作业区5万吨级散杂货码头工程', None, R),        # 小山乍 as stored (for 小岞)
    ('崇武闽台贸易码头改扩建工程', None, R),
    ('崇武闽台贸易码头', None, O),                         # nested facility
    ('泉州港', None, R),
]),
('fj_2009_rail_review_hant.txt', '2004年,溫福鐵路開工', '構(gòu)成進(jìn)港進(jìn)礦四通八達(dá)福建鐵路網(wǎng)絡(luò)。', [
    ('溫福鐵路', '温福铁路', R),
    ('福廈鐵路', '福厦铁路', R),
    ('龍廈鐵路', '龙厦铁路', R),
    ('外福', '外福', O),                                   # 外福、鷹廈鐵路: bare member
    ('鷹廈鐵路', '鹰厦铁路', R),
    ('寧德至浙江衢州', '宁德至浙江衢州', O),               # 寧德至浙江衢州、長汀至永安鐵路: bare member
    ('長汀至永安鐵路', '长汀至永安铁路', R),
    ('寧德至衢州鐵路', '宁德至衢州铁路', R),
    ('九景衢鐵路', '九景衢铁路', R),
    ('羅源灣北岸鐵路支線', '罗源湾北岸铁路支线', R),
    ('可門鐵路支線', '可门铁路支线', R),
    ('江陰鐵路支線', '江阴铁路支线', R),
    ('湄洲灣北岸鐵路支線', '湄洲湾北岸铁路支线', R),
    ('泉港鐵路支線', '泉港铁路支线', R),
    ('漳州開發(fā)區(qū)鐵路支線', '漳州开发区铁路支线', R),   # pinyin doubles stripped in the name
]),
('fj_2011_quangang_starts_hant.txt', '填補福建省', '將為泉港石化物流倉儲的水上安全監管提供有力保障。', [
    ('福橡合成橡膠', '福橡合成橡胶', R),                   # named industrial project without 項目
    ('泉州海巡基地', '泉州海巡基地', R),
    ('福訊碼頭', '福讯码头', R),
    ('南山石化片區基礎設施一期', '南山石化片区基础设施一期', R),
    ('福橡合成橡膠項目', '福橡合成橡胶项目', R),
    ('福建煉化一體化項目', '福建炼化一体化项目', R),
    ('泉港福訊化工碼頭項目', '泉港福讯化工码头项目', R),
    ('泉州海巡基地', '泉州海巡基地', R),
]),
]

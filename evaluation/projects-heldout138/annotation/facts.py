# Hand annotation of project names (projects-heldout138), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
# Region focus of this round: the north-east (黑龙江, 吉林, 辽宁, 内蒙古).
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 黑龙江
('hl_daqing_1983_ethylene.txt', '在我国著名的大庆油田', '价值达2.5亿元左右。', [
    ('大庆油田', None, O),                                 # an oil field: production complex, not a works project
    ('大庆乙烯联合化工厂', None, R),
    ('大庆乙烯联合化工厂', None, R),
    ('大庆乙烯联合化工厂', None, R),
    ('乙烯联合化工厂', None, O),                           # nested reading (without 大庆) of the third mention
    ('乙烯联合化工厂', None, O),                           # anaphoric short form: 乙烯联合化工厂和大庆乙烯原料工程
    ('大庆乙烯原料工程', None, R),
]),
('hl_daqing_c1985_refining.txt', '葡萄花炼油厂是大庆最早', '共7套装置。', [
    ('葡萄花炼油厂', None, R),
    ('青海省冷湖炼油厂', None, O),                         # province name as a locative qualifier
    ('冷湖炼油厂', None, R),
    ('大庆石油化工总厂', None, O),                         # an enterprise (总厂) as much as a plant
    ('黑龙江石油化工试验厂', None, R),                     # section heading inside the passage
    ('黑龙江石油化工试验厂', None, R),
]),
('hl_2016_plan.txt', '【西环城市圈】', '加快哈尔滨火车站改造等项目建设。', [
    ('哈牡', None, O),                                     # heading: 建成哈牡、哈佳快速铁路 (bare member)
    ('哈佳快速铁路', None, R),
    ('哈尔滨枢纽机场', None, O),                           # descriptive label of the Harbin airport
    ('第二跑道', None, O),                                 # sub-part
    ('五大连池', None, O),                                 # bare member of 五大连池、建三江国际湿地机场
    ('建三江国际湿地机场', None, R),
    ('绥芬河', None, O),                                   # bare member of 绥芬河、亚布力机场
    ('亚布力机场', None, R),
    ('哈牡', None, O),                                     # 哈牡、哈佳、牡佳快速铁路
    ('哈佳', None, O),
    ('牡佳快速铁路', None, R),
    ('“哈牡鸡七双佳哈”快速铁路东环线', '哈牡鸡七双佳哈快速铁路东环线', O),   # quoted ring made of the lines above
    ('“哈大齐北绥哈”铁路西环线', '哈大齐北绥哈铁路西环线', O),
    ('哈尔滨火车站', None, R),                             # 哈尔滨火车站改造: trailing action word, no 项目/工程
    ('哈尔滨火车站改造', None, O),
]),
('hl_harbin_2007_grain_hant.txt', '東北網3月13日電', '在該地區落戶。', [
    ('哈爾濱金谷糧食物流中心', '哈尔滨金谷粮食物流中心', R),   # after the appositive ———
    ('二期工程', None, O),                                 # phase named without its project
    ('哈爾濱香坊糧庫', '哈尔滨香坊粮库', R),
    ('哈爾濱香坊糧食大市場', '哈尔滨香坊粮食大市场', R),
    ('哈爾濱金谷糧食物流中心', '哈尔滨金谷粮食物流中心', R),
    ('一期工程', None, O),
    ('市場二期工程', '市场二期工程', O),
    ('二期工程', None, O),
]),
# ---------------------------------------------------------------- 吉林
('jl_changbaishan_2012.txt', '长白山卡森国际旅游度假区是长白山管委会', '举办奥运赛事的滑雪基地。', [
    ('长白山卡森国际旅游度假区', None, R),
    ('“长白天地”旅游新城项目', '长白天地旅游新城项目', R),
    ('长白山卡森国际旅游度假区项目', None, R),
    ('长白山卡森国际旅游度假区', None, O),                 # nested reading without 项目
    ('长白天地', None, O),                                 # “长白天地”和“达沃斯小镇”两个旅游新城: bare members
    ('达沃斯小镇', None, O),
    ('长白山望天鹅国际旅游度假区', None, R),
    ('望天鹅国际奥运滑雪场', None, R),
    ('漫江民族风情小镇', None, R),
    ('横山国际颐养运动基地', None, R),
]),
('jl_baishan_2017.txt', '据长白山国际度假区许继清介绍', '冰雪运动优势明显。', [
    ('长白山国际度假区', None, O),                         # garbled rewrite: 据长白山国际度假区许继清介绍
    ('万达长白山度假区', None, R),
    ('长白山鲁能度假区', None, R),
    ('长白山光泽旅游度假区项目', None, R),
    ('抚松松城水都旅游开发项目', None, R),
    ('万达长白山国际度假区', None, R),
    ('长白山鲁能度假区', None, R),
]),
('jl_yanbian_2023_pharma.txt', '延边朝鲜族自治州深入贯彻', '预计实现产值12.6亿元。', [
    ('龙井医药健康产业园', None, R),
    ('敦化市下石工业园区', None, O),                       # 位于敦化市下石工业园区: locative city prefix
    ('下石工业园区', None, R),
    ('吉林一竹制药项目', None, R),
    ('珲春海洋经济中药材产业园项目', None, R),
    ('吉林敖东延边药业股份有限公司中药配方颗粒项目', None, R),
]),
('jl_baicheng_2021_wind_hant.txt', '10月28日,吉林省', '光伏發電1000萬千瓦。', [
    ('“陸上風光三峽”工程', '陆上风光三峡工程', O),        # provincial programme of many projects
    ('白城通榆吉西基地魯固直流140萬千瓦外送項目', '白城通榆吉西基地鲁固直流140万千瓦外送项目', O),  # with the locative after 在
    ('吉西基地魯固直流140萬千瓦外送項目', '吉西基地鲁固直流140万千瓦外送项目', R),
    ('吉西基地', '吉西基地', O),
    ('魯固直流', '鲁固直流', O),                           # the UHV DC line the project feeds
    ('“陸上風光三峽”工程', '陆上风光三峡工程', O),
    ('“吉電南送”外送通道', '吉电南送外送通道', O),        # slogan-named corridor
    ('吉林省千萬千瓦風電基地', '吉林省千万千瓦风电基地', O),   # descriptive base
]),
# ---------------------------------------------------------------- 辽宁
('ln_zhuanghe_2025.txt', '项目大盘稳中有进', '计划9月份开始进行试生产。', [
    ('庄河市旧户燃气管道改造项目', None, R),
    ('庄河市老旧小区燃气改造项目', None, R),
    ('庄河市热电联产供热改造工程', None, R),
    ('中比高性能大圆柱40型锂离子电池项目', None, R),
]),
('ln_2013_coast_ports_hant.txt', '重點任務:大連港', '散雜貨運輸為主的綜合性港口。', [
    ('大連港', '大连港', R),
    ('長興島港區(qū)', '长兴岛港区', R),
    ('營口港', '营口港', R),
    ('鲅魚圈港區(qū)', '鲅鱼圈港区', R),
    ('仙人島港區(qū)', '仙人岛港区', R),
    ('錦州港', '锦州港', R),
    ('筆架山港區(qū)', '笔架山港区', R),
    ('龍棲灣港區(qū)', '龙栖湾港区', R),
    ('丹東港', '丹东港', R),
    ('大東港區(qū)', '大东港区', R),
    ('海洋紅港區(qū)', '海洋红港区', R),
    ('葫蘆島港', '葫芦岛港', R),
    ('柳條溝港區(qū)', '柳条沟港区', R),
    ('盤錦港', '盘锦港', R),
    ('榮興港區(qū)', '荣兴港区', R),
]),
('ln_yingkou_2010_port_hant.txt', '營口具有遼寧沿海', '全面建設(shè)并投入使用。', [
    ('遼寧沿海經(jīng)濟(jì)帶', '辽宁沿海经济带', O),   # regional development strategies named in passing
    ('沈陽經(jīng)濟(jì)區(qū)', '沈阳经济区', O),
    ('營口港', '营口港', R),
    ('營口港', '营口港', R),
    ('盤錦港', '盘锦港', R),
    ('營口港', '营口港', R),
    ('仙人島港', '仙人岛港', R),
    ('盤錦港', '盘锦港', R),
]),
('ln_xinbin_2019_report.txt', '对外开放成效显著', '公务用车改革有序推进。', [
    ('“凤来雁归”工程', '凤来雁归工程', O),                # programme (returnee investment drive)
    ('深圳华联恒通人参深加工', None, R),                   # company + product, like 桐城金田尼龙薄膜
    ('辽宁亿家衣服装加工', None, R),
]),
# ---------------------------------------------------------------- 内蒙古
('nm_manzhouli_2007_hant.txt', '為了適應中俄貿易', '是目前的兩倍。', [
    ('滿洲里口岸擴能工程', '满洲里口岸扩能工程', R),
    ('濱洲鐵路', '滨洲铁路', R),
    ('滿洲里到海拉爾段', '满洲里到海拉尔段', O),           # section named without its line (sub-part)
    ('海拉爾—滿洲里段鐵路復線', '海拉尔—满洲里段铁路复线', R),
    ('滿洲里鐵路口岸擴容擴能工程', '满洲里铁路口岸扩容扩能工程', R),
    ('滿洲里鐵路口岸', '满洲里铁路口岸', O),               # nested: the rail port of entry
    ('卡雷姆斯卡亞—后貝加爾斯克電氣化鐵路線', '卡雷姆斯卡亚—后贝加尔斯克电气化铁路线', R),
    ('滿洲里口岸', '满洲里口岸', O),                       # port of entry as a facility
    ('滿洲里鐵路口岸', '满洲里铁路口岸', O),
]),
('nm_xilinguole_2016.txt', '在党中央、国务院的高度重视下', '清洁能源输出基地具有战略意义。', [
    ('锡盟至山东', None, O),                               # 锡盟至山东、锡盟至江苏等4条特高压通道: bare members
    ('锡盟至江苏', None, O),
    ('锡盟至山东特高压交流电力外送通道配套电源项目', None, R),
    ('锡盟至山东特高压交流电力外送通道', None, O),
    ('锡林浩特市胜利', None, O),                           # ...3个电站群: bare members
    ('西乌旗五间房', None, O),
    ('阿巴嘎旗查干淖尔', None, O),
    ('清洁能源输出基地', None, O),                         # descriptive base
]),
('nm_dengkou_2023.txt', '3月30日,磴口县', '7个其他项目开工现场。', [
    ('磴口县工业园区', None, O),                           # county zone named in passing (locative after 在)
    ('和瑞包装智能低碳环保建设项目', None, R),             # 和瑞 is the company, not the conjunction 和
    ('蒙能光储+生态治理项目', None, R),
    ('中利乳业奶粉加工项目', None, R),
    ('泰顺兴业(内蒙古)食品有限公司日处理1800吨番茄原料的大包装番茄酱生产线及小包装生产线项目', None, R),
    ('工业园区基础设施建设项目', None, O),                 # generic label inside the list
    ('华电内蒙古(巴彦淖尔)磴口20万吨光伏支架项目', None, R),
    ('内蒙古润琪生物科技有限公司腐植酸复合肥及腐植酸新型肥料项目', None, R),
    ('金牛煤电灵活性改造消纳14万千瓦光伏项目', None, R),
    ('中央公园住宅小区二期建设项目', None, R),
]),
]

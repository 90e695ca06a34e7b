# Hand annotation of project names (projects-heldout185), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
# Nested readings are listed after the longer reading they sit in (build.py searches from the previous fact's start).
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 辽宁
('ln_2020_infra_plan_hant.txt', '《關于加快', '前期工作和項目建設。', [
    ('紅沿河核電二期', '红沿河核电二期', R),
    ('徐大堡核電一、二期', '徐大堡核电一、二期', R),          # phase words written elliptically, kept as written
    ('徐大堡核電', '徐大堡核电', O),                            # the plant without the phases
    ('遼河油田儲氣庫群項目', '辽河油田储气库群项目', R),
    ('遼河油田', '辽河油田', O),                                # oil field / enterprise inside the name
    ('遼河干流防洪提升工程', '辽河干流防洪提升工程', R),
    ('界河治理工程', '界河治理工程', O),                        # boundary-river works: near-category
    ('遼西北二期工程', '辽西北二期工程', R),                    # short form of the 辽西北供水 phase II works
    ('大伙房水庫輸水二期二步', '大伙房水库输水二期二步', R),
    ('大伙房水庫', '大伙房水库', O),
    ('遼西北供水內蒙古支線(朝陽輸水線路)', '辽西北供水内蒙古支线(朝阳输水线路)', R),
    ('遼西北供水內蒙古支線', '辽西北供水内蒙古支线', O),      # reading without the bracketed gloss
    ('朝陽輸水線路', '朝阳输水线路', O),
    ('盤錦應急供水', '盘锦应急供水', O),                        # place + function, no 工程/项目
    ('大連域外調水', '大连域外调水', O),
]),
('ln_2022_energy_briefing_hant.txt', '在優化調整能源結構方面', '布局氫能產業園。', [
    ('徐大堡核電3、4號機組', '徐大堡核电3、4号机组', R),
    ('徐大堡核電', '徐大堡核电', O),
    ('徐大堡1、2號機組', '徐大堡1、2号机组', R),
    ('莊河核電', '庄河核电', R),
    ('清原', '清原', O),                                        # pumped-storage projects named by place only
    ('莊河', '庄河', O),
    ('桓仁', '桓仁', O),
    ('興城', '兴城', O),
    ('營口', '营口', O),
    ('營口百萬千瓦燃氣調峰項目', '营口百万千瓦燃气调峰项目', R),
    ('氫能產業園', '氢能产业园', O),                            # park named only by an industry
]),
('ln_2007_shenzhang_expressway_hant.txt', '經過兩(liang)', '助推作用。', [
    ('丹東(dong) 至通遼高速', '丹东至通辽高速', R),
    ('沈陽至彰武高速公路', '沈阳至彰武高速公路', R),
    ('沈彰高速公路', '沈彰高速公路', R),
    ('沈陽環城高速公路', '沈阳环城高速公路', R),
    ('鐵嶺至承德高速公路', '铁岭至承德高速公路', R),
    ('沈彰高速', '沈彰高速', R),
]),
('ln_2022_liaozhong_wind_start.txt', '12月22日,华润', '积极的示范和推动作用。', [
    ('华润电力东北大区沈阳辽中风电项目', None, R),
    ('沈阳辽中风电项目', None, O),                            # reading without the firm
    ('华润电力东北大区沈阳辽中150兆瓦风电项目', None, R),
    ('沈阳辽中150兆瓦风电项目', None, O),
]),
('ln_2019_changxing_island.txt', '来源:央广网', '创造了施工奇迹。', [
    ('大连长兴岛经济区', None, R),                            # zone, subject of its sentence
    ('恒力石化(大连长兴岛)产业园', None, R),
    ('大连光源', None, R),                                    # named facility (FEL device)
    ('辽宁省精细化工产业共性技术创新平台', None, O),          # institution / platform
    ('恒力2000万吨/年炼化一体化项目', None, R),
]),
# ---------------------------------------------------------------- 吉林
('jl_2021_changchun_airport_line.txt', '时间:2021-04-02', '度假区发展。', [
    ('长春市轨道交通空港线', None, R),
    ('轨道交通空港线', None, O),
    ('轨道交通9号线一期工程', None, R),
    ('轨道交通9号线一期项目', None, R),                       # caption line
    ('轨道交通空港线一期工程', None, R),
    ('轨道交通2号线东延工程', None, R),
    ('赵家岗站', None, O),
    ('九台南站', None, O),
    ('轨道交通空港线一期工程', None, R),
    ('长春市第三期轨道交通项目', None, O),                   # a batch of projects
    ('轨道交通空港线一期工程', None, R),
    ('空港新区', None, O),
    ('长春新区', None, R),
    ('长春龙嘉国际机场', None, R),
    ('莲花山生态旅游度假区', None, O),
]),
('jl_2015_tongyu_wind_base.txt', '中国吉林网讯', '税金6亿元。', [
    ('通榆县230万千瓦风电基地', None, R),
    ('华能吉林团结B风电场', None, R),
    ('团结B风电场', None, O),
    ('通榆230万千瓦风电基地建设项目', None, R),
    ('通榆230万千瓦风电基地', None, O),
    ('230万千瓦风电基地建设项目', None, O),                   # nested reading without the place
    ('230万千瓦风电基地建设项目', None, O),                   # 核心项目——…: short form
]),
('jl_2017_rail_network.txt', '力争到2020年', '具有重要意义。', [
    ('哈大线', None, R),
    ('珲乌线', None, R),
    ('西北电气化环线', None, O),                              # planned loops, descriptive
    ('东南快速铁路环线', None, O),
    ('长春至白城铁路', None, R),
    ('敦化至白河客运专线', None, R),
    ('沈阳至白河客运专线', None, R),
    ('四平至通化客运专线', None, R),
    ('长白铁路', None, R),
    ('哈大', None, O),                                        # short forms in the axis phrase
    ('珲(春)乌(兰浩特)', None, O),
]),
('jl_2022_liaoyuan_report.txt', '五年来,我们强基固本', '柞蚕优势区。', [
    ('鑫达120万吨焦化', None, R),
    ('启星铝业轨道客车大型铝合金型材', None, R),
    ('辽源经开区', None, O),
    ('东丰', None, O),
    ('东辽开发区', None, O),
    ('秸秆变肉”工程', '秸秆变肉工程', O),                    # programme
    ('秸秆变肉', None, O),
    ('国家现代农业产业园', None, O),                          # a national title
]),
('jl_2025_yanbian_spring_starts.txt', '活动开始前', '常务副省长蔡东出席。', [
    ('吉林省国理药厂', None, O),                              # a factory (firm-like)
    ('健康生态产业基地', None, O),                            # base named only by an industry
    ('龙门养心客栈', None, R),
    ('悦林谷森林度假区', None, R),
    ('海兰明珠塔', None, R),
    ('通榆云针智算中心项目', None, R),
    ('吉林油田勘探开发项目', None, R),
    ('吉林油田', None, O),                                    # oil field / enterprise inside the name
]),
# ---------------------------------------------------------------- 黑龙江
('hl_2025_linkou_county.txt', '清洁能源是林口县', '紧急事故备用等任务。', [
    ('小莲花水电站', None, R),
    ('莲花电站', None, R),
    ('建堂抽水蓄能电站项目', None, R),
    ('平硐工程', None, O),                                    # sub-part
]),
('hl_1985_water_history.txt', '唐朝时期', '面积2200万亩。', [
    ('镜泊湖水电站', None, R),
    ('甘南太平湖水库', None, R),
    ('太平湖水库', None, O),
    ('查哈阳灌区', None, R),
    ('珠河县(今尚志县)三股流水库', None, O),
    ('三股流水库', None, R),
    ('通河县大通河水库', None, O),
    ('大通河水库', None, R),
]),
('hl_2011_daqing_ethylene_hant.txt', '初春的大慶', '技術引進資金。', [
    ('大慶石化“大乙烯”工程', '大庆石化大乙烯工程', R),
    ('大乙烯”工程', '大乙烯工程', O),                        # nested nickname readings
    ('大乙烯', '大乙烯', O),
    ('大乙烯', '大乙烯', O),                                  # “大乙烯”,全稱…: nickname
    ('大慶石化120萬噸/年乙烯改擴建工程', '大庆石化120万吨/年乙烯改扩建工程', R),
    ('大慶石化30萬噸/年乙烯裝置', '大庆石化30万吨/年乙烯装置', R),
    ('年產60萬噸乙烯裝置', '年产60万吨乙烯装置', O),          # unit described by capacity
    ('大乙烯”工程', '大乙烯工程', O),                        # 2009年9月,“大乙烯”工程: nickname
]),
('hl_2019_longyou_550_hant.txt', '3月19日', '2020年項(xiàng)目滿產(chǎn)運(yùn)行。', [
    ('大慶市林源化工園區(qū)', '大庆市林源化工园区', O),      # park named in passing
    ('林源化工園區(qū)', '林源化工园区', O),
    ('龍油化工550 萬(wàn)噸/年重油催化熱裂解項(xiàng)目', '龙油化工550万吨/年重油催化热裂解项目', R),
    ('95萬(wàn)噸/年聚烯烴項(xiàng)目', '95万吨/年聚烯烃项目', O),   # second member, firm shared
    ('550項(xiàng)目', '550项目', O),                                # nickname
    ('550項(xiàng)目', '550项目', O),
]),
('hl_2009_expressways.txt', '日前,记者从', '生态功能保护区的距离。', [
    ('哈尔滨绕城高速公路东北段', None, R),
    ('哈尔滨绕城高速公路', None, O),
    ('哈同高速公路双鸭山(集贤)至佳木斯段', None, R),
    ('哈同高速公路', None, O),
    ('鹤大高速公路佳木斯至七台河', None, O),                  # elliptical: head 段 written once
    ('鹤大高速公路', None, O),
    ('鸡西至牡丹江段', None, O),
    ('嫩泰高速公路齐齐哈尔至泰来(省界)段', None, R),
    ('嫩泰高速公路', None, O),
    ('哈尔滨绕城高速公路东北段', None, R),
    ('哈尔滨绕城高速公路', None, O),
    ('同三高速公路', None, R),
    ('绥满高速公路', None, R),
    ('哈同高速公路双鸭山(集贤)至佳木斯段', None, R),
    ('哈同高速公路', None, O),
    ('黑龙江东部煤电化基地', None, O),                        # base / programme
    ('三江平原农业综合开发区', None, O),
    ('嫩泰高速公路齐齐哈尔至讷河段', None, R),
    ('嫩泰高速公路', None, O),
    ('哈大齐工业走廊', None, O),
]),
]

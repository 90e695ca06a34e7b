# Hand annotation of project names (projects-heldout180), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 陕西
('sn_1998_pucheng_power_plant.txt', '1998年4月27日16时18分', '做出了巨大贡献。', [
    ('蒲电一期工程2号机组', None, O),                    # a unit of the plant's first phase: longer reading
    ('蒲电一期工程', None, R),                            # 蒲城电厂 phase one (蒲电 = the plant's short name)
    ('2002工程', None, O),                                # provincial power-supply programme named by a year
]),
('sn_2003_west_east_gas_yellow_river_tunnel_hant.txt', '中新網(wǎng)1月9日電', '提高到3%。', [
    ('西氣東輸', '西气东输', R),                          # 中國“西氣東輸”工程: landmark programme
    ('延水關黃河隧道工程', '延水关黄河隧道工程', R),      # appositive 一個關鍵性工程——— left out
    ('西氣東輸', '西气东输', R),                          # “西氣東輸”管道
    ('西氣東輸管道工程', '西气东输管道工程', R),
]),
('sn_2015_shanyang_projects_hant.txt', '同時依托逛集網', '田園旅道全面建成。', [
    ('大秦嶺農特產電子商務山陽展示體驗館', '大秦岭农特产电子商务山阳展示体验馆', R),   # inside “…”
    ('木森電子商務物流園', '木森电子商务物流园', R),
    ('電商產品分揀包裝中心', '电商产品分拣包装中心', O),  # descriptive facility name
    ('漫川人家', '漫川人家', R),                          # appositive 西北最大私家園林博物館— left out
    ('溫泉休閑度假村項目', '温泉休闲度假村项目', O),      # appositive 現代農業示范園— left out; generic-looking name
    ('千盤石磨廣場', '千盘石磨广场', O),                  # small named works inside a tourism project
    ('鼎盛園木屋群', '鼎盛园木屋群', O),
    ('迎賓大道', '迎宾大道', O),                          # a road, but a very common street name
]),
('sn_2016_pingli_report_hant.txt', '堅持領導帶頭', '萬畝富硒糧油項目。', [
    ('香港嘉鴻多功能手套加工', '香港嘉鸿多功能手套加工', R),   # investor + product, like 桐城金田尼龙薄膜
    ('河北邳彤絞股藍開發(fā)', '河北邳彤绞股蓝开发', R),
    ('甘肅西慶石油助劑', '甘肃西庆石油助剂', R),
    ('萬畝富硒糧油項目', '万亩富硒粮油项目', O),          # purely descriptive title
]),
# ---------------------------------------------------------------- 甘肃
('gs_2009_jiuquan_wind_groundbreaking.txt', '50年前,石油大会战', '骨干工程之一。', [
    ('玉门油田', None, O),                                # oil field / its enterprise
    ('酒泉千万千瓦级风电基地', None, R),
    ('西气东输', None, R),
    ('西油东输', None, O),                                # less established programme title
    ('西电东送', None, R),
    ('青藏铁路', None, R),
]),
('gs_2025_yindaruqin_31_years.txt', '原标题:一渠清水润万家', '浪花飞溅。', [
    ('引大入秦工程', None, R),                            # subtitle line
    ('兰州新区百花公园', None, R),
    ('兰州新区', None, O),                                # national new area named in passing (as a place)
    ('引大入秦工程总干渠', None, R),                      # the works' main canal
    ('引大入秦工程', None, O),
    ('先明峡倒虹吸', None, O),                            # sub-part (inverted siphon) of the canal
    ('甘肃农垦条山农场兰州新区基地', None, O),            # a farm's base: between facility and enterprise
    ('兰州新区', None, O),
    ('五墩水管所', None, O),                              # water-management station (institution)
    ('引大入秦工程永登县灌区', None, R),                  # irrigation district of the works (cf. 湖北漳河灌区)
    ('引大入秦工程', None, O),
    ('引大入秦工程渠首', None, O),                        # head works: longer reading
    ('引大入秦工程', None, R),
]),
# ---------------------------------------------------------------- 宁夏
('nx_guhai_yanghuang_essay.txt', '车行京藏高速', '而西海固远离黄河。', [
    ('京藏高速', None, R),
    ('固海扬黄工程', None, R),
    ('固海扬水渡槽', None, O),                            # structure (aqueduct) of the works
    ('长山头扬黄渡槽', None, O),                          # the same aqueduct, described by place
    ('扬黄', None, O),                                    # nested short form; steers the next two
    ('扬黄', None, O),                                    # “扬黄”,在西海固…: short name of the works
    ('扬黄', None, O),                                    # “扬黄”,全称…
    ('固海扬黄灌溉工程', None, R),
    ('同心扬水工程', None, R),
    ('固海扬水工程', None, R),
    ('世行扩灌工程', None, R),
    ('固海扩灌工程', None, R),
]),
('nx_2011_taizhongyin_railway_hant.txt', '2011年1月11日,太原至中衛', '200 km條件。', [
    ('太原至中衛 (銀川) 鐵路', '太原至中卫(银川)铁路', R),
    ('太原至中衛 (銀川) 鐵路', '太原至中卫(银川)铁路', R),
    ('太原至中衛 (銀川) 鐵路', '太原至中卫(银川)铁路', R),
    ('太原南站', '太原南站', O),                          # station
    ('包蘭線中衛站', '包兰线中卫站', O),                  # longer reading
    ('包蘭線', '包兰线', R),
    ('中衛站', '中卫站', O),
    ('銀川站', '银川站', O),
    ('太原南站', '太原南站', O),
    ('太中線', '太中线', R),                              # the line's short name
    ('太原樞紐', '太原枢纽', O),                          # railway hub named by city only
    ('北六堡站', '北六堡站', O),
    ('鳴北聯絡線', '鸣北联络线', R),
    ('石太線', '石太线', R),
    ('太原至中衛線路', '太原至中卫线路', O),              # section descriptions
    ('定邊至銀川線路', '定边至银川线路', O),
]),
# ---------------------------------------------------------------- 青海
('qh_2002_qinghai_tibet_railway_hant.txt', '青藏鐵路、西電東送、南水北調', '高原鐵路。', [
    ('青藏鐵路', '青藏铁路', R),
    ('西電東送', '西电东送', R),
    ('南水北調', '南水北调', R),
    ('西氣東輸', '西气东输', R),
    ('青藏鐵路', '青藏铁路', R),                          # 青藏鐵路--西寧至拉薩
    ('西寧至格爾木', '西宁至格尔木', O),                  # section without its line
    ('青藏鐵路', '青藏铁路', R),                          # 這是青藏鐵路的一期工程
    ('青藏鐵 路', '青藏铁路', R),                         # broken by a stray space (line wrap)
    ('格爾木至拉薩', '格尔木至拉萨', O),
    ('青藏鐵路二期工程', '青藏铁路二期工程', R),
    ('青藏鐵 路', '青藏铁路', R),
    ('青藏鐵路', '青藏铁路', R),
]),
('qh_2020_talatan_pv.txt', '据了解,塔拉滩依平均海拔', '综合性园区。', [
    ('共和县塔拉滩光伏产业园区', None, R),                # appositive 国内最大的光伏发电基地 left out
    ('塔拉滩光伏产业园区', None, O),
    ('塔拉滩光伏产业园区', None, R),                      # photo caption
    ('塔拉滩光伏产业园区', None, R),
    ('海南州绿色产业发展园区', None, O),                  # a group of parks
    ('太阳能生态发电园区', None, O),                      # the park's former, descriptive name
    ('恰卜恰工业发展园区', None, R),
]),
('qh_yellow_upper_hydro_history.txt', '黄河上游是指', '缆式起重机。', [
    # 龙羊峡 as first list member cannot be placed (the reach 龙羊峡至青铜峡 comes first); see ANNOTATION.md
    ('拉西瓦', None, O),                                  # bare members of …等共25座大中型水电站
    ('李家峡', None, O),
    ('公伯峡', None, O),
    ('积石峡', None, O),
    ('刘家峡', None, O),
    ('盐锅峡', None, O),
    ('八盘峡', None, O),
    ('刘家峡', None, R),                                  # 1958年,刘家峡和盐锅峡同时开工: the works
    ('盐锅峡', None, R),
    ('盐锅峡', None, R),
    ('盐锅峡', None, R),
]),
# ---------------------------------------------------------------- 新疆 and 兵团
('xj_2010_railways_half_century_hant.txt', '52年過去了', '新的發展機遇。', [
    ('隴海鐵路', '陇海铁路', R),
    ('蘭新鐵路', '兰新铁路', R),
    ('蘭新鐵路復線', '兰新铁路复线', R),
    ('南疆鐵路', '南疆铁路', R),
    ('蘭新鐵路', '兰新铁路', R),
    ('土西鐵路', '土西铁路', R),                          # Turkestan–Siberia railway
    ('蘭新鐵路', '兰新铁路', R),
    ('新亞歐大陸橋', '新亚欧大陆桥', O),                  # transport corridor title
]),
('xj_2010_power_export_groundbreaking.txt', '周永康出席', '先后致辞。', [
    ('疆电外送', None, O),                                # programme title (cf. 西电东送), optional
    ('哈密南——郑州±800千伏特高压直流输电工程', None, R),
    ('新疆——西北主网联网750千伏第二通道工程', None, R),
    ('疆电外送', None, O),
    ('哈密南——郑州±800千伏特高压直流输电工程', None, R),
    ('新疆——西北主网联网750千伏第二通道工程', None, R),
    ('疆电外送', None, O),
]),
('xj_2011_hami_energy_base.txt', '随着疆煤东运战略的实施', '正在有序进行。', [
    ('疆煤东运', None, O),                                # 疆煤东运战略: strategy / programme
    ('哈密东南部200万千瓦风电项目', None, R),
    ('中电投20万千瓦风电项目', None, R),
]),
('bt_2006_industry.txt', '大项目带动战略成效显著', '资源转化项目。', [
    ('新疆天业聚氯乙烯及配套项目', None, R),
    ('伊犁南岗化工有限责任公司重化工项目第一期9万吨电石项目', None, R),
    ('伊犁南岗化工有限责任公司重化工项目', None, O),      # shorter reading without the phase
    ('大黄山鸿基焦化公司二期工程', None, R),
    ('鸿基焦化', None, O),                                # nested (company name); steers the next
    ('鸿基焦化', None, O),                                # “鸿基焦化”是…项目: short name
]),
]

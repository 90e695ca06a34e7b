# Hand annotation of project names (projects-heldout183), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 四川
('sc_2012_chengdu_report.txt', '亿元,增长18.4%;城镇居民', '笔记本电脑生产基地。', [
    ('一汽大众三期扩能', None, O),                        # longer reading with the action word 扩能
    ('一汽大众三期', None, R),                            # FAW-VW (Chengdu) plant, phase three
    ('沃尔沃成都基地', None, R),
    ('天威新能源三期', None, R),
    ('四川石化基地', None, R),
    ('戴尔', None, O),                                    # company standing for its project
    ('中国工程物理院成都基地', None, O),                  # an institution's base
    ('富士康', None, O),                                  # companies standing for their projects
    ('联想', None, O),
    ('仁宝', None, O),
]),
('sc_c2010_jinping_guandi_visit.txt', '11月15-16日', '官地建设管理局的现场汇报。', [
    ('锦屏', None, O),                                    # 锦屏、官地水电站: bare list member
    ('官地水电站', None, R),
    ('锦屏', None, O),                                    # 考察锦屏工地: short name of the works
    ('锦屏二级水电站地下厂房', None, O),                  # sub-part, longer reading
    ('锦屏二级水电站', None, R),
    ('锦屏一级水电站大坝', None, O),
    ('锦屏一级水电站', None, R),
    ('锦屏水电工程展厅', None, O),                        # exhibition hall of the works
    ('锦屏水电工程', None, O),                            # works name used as modifier of 展厅
    ('锦屏工程', None, R),                                # 锦屏工程建设进展情况
    ('官地', None, O),                                    # 赴官地工地: short name
]),
('sc_guangyuan_shangshipan_meeting.txt', '嘉陵江流域水资源开发利用', '年发电量9790万千瓦时。', [
    ('上石盘', None, O),                                  # 明确上石盘为…梯级开发的第一级: step of the cascade
    ('亭子口', None, O),                                  # 亭子口库尾: the reservoir's works named by place
    ('上石盘电站工程', None, R),
    ('上石盘水电站工程', None, R),
    ('广元城区生态环境工程', None, O),                    # programme between works and policy
    ('广元经济开发区', None, O),                          # development zone named in passing (位于…)
    ('飞仙关电站', None, R),
    ('亭子口水利枢纽工程', None, R),
]),
('sc_gz_2015_longhuang_xubi_rail_hant.txt', '近日,國家發(fā)展和改革委員會', '貨運能力2200萬噸/年。', [
    ('隆黃鐵路新建敘永至畢節(jié)段', '隆黄铁路新建叙永至毕节段', R),
    ('成渝鐵路', '成渝铁路', R),
    ('貴昆鐵路', '贵昆铁路', R),
    ('黃(貴州省普定縣黃桶村)鐵路新建敘永至畢節(jié)段', '黄(贵州省普定县黄桶村)铁路新建叙永至毕节段', O),  # head of the name garbled
    ('納溪至敘永鐵路敘永北站', '纳溪至叙永铁路叙永北站', O),   # station, longer reading
    ('納溪至敘永鐵路', '纳溪至叙永铁路', R),
    ('敘永北站', '叙永北站', O),
    ('畢節至織金鐵路畢節東站', '毕节至织金铁路毕节东站', O),
    ('畢節至織金鐵路', '毕节至织金铁路', R),
    ('畢節東站', '毕节东站', O),
    ('隆黃鐵路', '隆黄铁路', R),                          # appositive 貨運交通輔助通道 left out
    ('隆黃鐵路新建敘畢段項目', '隆黄铁路新建叙毕段项目', R),
]),
# ---------------------------------------------------------------- 重庆
('cq_qianjiang_2016_review_hant.txt', '武陵山機場7條航線', '寬帶網(wǎng)絡(luò)全覆蓋。', [
    ('武陵山機場', '武陵山机场', R),
    ('黔恩高速公路', '黔恩高速公路', R),
    ('黔石高速公路', '黔石高速公路', R),
    ('黔張常鐵路', '黔张常铁路', R),
    ('渝懷復線鐵路', '渝怀复线铁路', R),
    ('重慶主城至黔江高速鐵路', '重庆主城至黔江高速铁路', R),
    ('恩黔畢昭鐵路', '恩黔毕昭铁路', R),
    ('鐵路客貨樞紐', '铁路客货枢纽', O),                  # the district's hub, named without a place
    ('城北水庫', '城北水库', R),
    ('小南海干渠整治工程', '小南海干渠整治工程', R),
    ('太極水庫', '太极水库', R),
    ('老窖溪水庫', '老窖溪水库', R),
    ('阿蓬江防洪治理', '阿蓬江防洪治理', O),              # river + action, no 工程
    ('羅家堡水庫', '罗家堡水库', R),
    ('瓦窯堡水庫', '瓦窑堡水库', R),
    ('利川至黔江日供30萬方天然氣管道', '利川至黔江日供30万方天然气管道', R),
]),
('cq_zhongxian_2021_report.txt', '五年来,最让我们鼓舞的是', '规划确定的主要目标任务。', [
    ('渝万高铁', None, R),
    ('新生港一期', None, R),                              # appositive 万吨级深水良港 left out
    ('重庆数字产业职业技术学院一期主体工程', None, O),    # a college's building works (institution)
    ('重庆数字产业职业技术学院一期', None, O),
    ('重庆数字产业职业技术学院', None, O),
]),
('cq_1980_yangtze_bridge_archive.txt', '自1957年长江上腾起', '自强不息的奋进之歌。', [
    ('重庆长江大桥', None, R),
    ('武汉长江大桥', None, R),
    ('南京长江大桥', None, R),
    ('上海长江大桥', None, R),
    ('重庆长江大桥', None, R),
    ('重庆长江大桥', None, R),
]),
# ---------------------------------------------------------------- 贵州
('gz_c2006_wujiang_hydro.txt', '乌江公司是我国第一家', '相继投产发电。', [
    ('乌江渡发电厂', None, R),
    ('东风水电站', None, R),
    ('乌江洪家渡水电站', None, R),
    ('乌江渡发电厂扩建工程', None, R),
    ('引子渡水电站', None, R),
    ('西电东送', None, R),                                # “西电东送”工程: landmark programme
    ('索风营水电站', None, R),
    ('构皮滩水电站', None, R),
    ('思林', None, O),                                    # 思林、沙沱水电站: bare list member
    ('沙沱水电站', None, R),
    ('乌江彭水电站', None, R),
    ('构皮滩', None, O),                                  # 构皮滩、思林、沙沱水电站
    ('思林', None, O),
    ('沙沱水电站', None, R),
    ('彭水电站', None, R),
    ('清水河梯级电站', None, O),                          # a cascade (group of stations) named by river
]),
('gz_2012_rail_state_council_hant.txt', '在鐵路方面,要求貴州', '約1300公里以上。', [
    ('成貴', '成贵', O),                                  # 成貴、渝黔鐵路
    ('渝黔鐵路', '渝黔铁路', R),
    ('貴廣', '贵广', O),                                  # 貴廣、長昆鐵路
    ('長昆鐵路', '长昆铁路', R),
    ('南昆', '南昆', O),                                  # 南昆、黔桂、渝懷鐵路擴能改造等工程
    ('黔桂', '黔桂', O),
    ('渝懷鐵路擴(kuò)能改造', '渝怀铁路扩能改造', O),       # longer reading with the action words
    ('渝懷鐵路', '渝怀铁路', R),
]),
('gz_2025_naliu_rail.txt', '纳六铁路采用国铁', '预留协同空间。', [
    ('纳六铁路', None, R),
    ('纳雍西站', None, O),                                # station
    ('沪昆铁路滥坝站', None, O),
    ('沪昆铁路', None, R),
    ('滥坝站', None, O),
    ('贵阳至织金至纳雍铁路', None, R),
    ('湖雍铁路', None, R),
    ('贵阳至纳雍铁路客运改造工程', None, R),
    ('贵阳至纳雍铁路', None, O),                          # nested line name
    ('纳六铁路', None, R),
    ('纳六铁路', None, R),
    ('重庆至贵阳高铁', None, R),
]),
# ---------------------------------------------------------------- 云南
('yn_2012_rail_conference_hant.txt', '“經(jīng)濟(jì)要發(fā)展', '東、中、西線。', [
    ('玉蒙鐵路', '玉蒙铁路', R),
    ('六沾二線', '六沾二线', R),
    ('廣大鐵路擴(kuò)能改造項(xiàng)目', '广大铁路扩能改造项目', R),
    ('成昆鐵路廣通至永仁段擴(kuò)能改造工程', '成昆铁路广通至永仁段扩能改造工程', R),
    ('玉溪至磨憨鐵路', '玉溪至磨憨铁路', R),
    ('大瑞鐵路保瑞段', '大瑞铁路保瑞段', R),
    ('麗香鐵路', '丽香铁路', R),
    ('成昆', '成昆', O),                                  # members of 成昆…云桂“八出省”鐵路
    ('內(nèi)昆', '内昆', O),
    ('貴昆', '贵昆', O),
    ('南昆', '南昆', O),
    ('滇藏', '滇藏', O),
    ('滬昆', '沪昆', O),
    ('渝昆', '渝昆', O),
    ('云桂', '云桂', O),
    ('泛亞鐵路', '泛亚铁路', R),
]),
('yn_2013_kunming_rail_bureau.txt', '今年,昆明铁路局管辖的', '沪昆客专等也加快建设。', [
    ('昆(明)广(通)复线', None, R),                       # parentheses kept as written
    ('昆明枢纽改造', None, O),                            # hub named by city only, with the action word
    ('昆明枢纽', None, O),
    ('昆明南新客站', None, R),                            # the station as a project that starts
    ('成昆扩能永广段', None, R),
    ('大瑞铁路保瑞段', None, R),
    ('高黎贡山隧道', None, R),
    ('沪昆铁路复线', None, R),
    ('泛亚铁路东线', None, R),
    ('玉溪至磨憨段', None, O),                            # section written without its line (中线…)
    ('大瑞铁路保山至瑞丽段', None, R),
    ('云桂铁路', None, R),
    ('沪昆客专', None, R),
]),
('yn_1910_shilongba_hydro_history.txt', '1910年,当法国殖民者', '历史从这里发端。', [
    ('滇越铁路', None, R),
    ('滇越铁路', None, R),
    ('石龙坝水电站', None, R),
    ('水塘子变电站', None, R),                            # named substation, end point of the 1912 line
    ('石龙坝水电站', None, R),
]),
# ---------------------------------------------------------------- 西藏
('xz_2022_aviation_57_years_hant.txt', '1966年3月20日,貢嘎機場', '昌都邦達機場修復工作等。', [
    ('貢嘎機場', '贡嘎机场', R),
    ('當(dāng)雄機場', '当雄机场', R),
    ('貢嘎機場', '贡嘎机场', R),
    ('貢嘎機場', '贡嘎机场', R),
    ('西藏拉薩貢嘎機場T3航站樓', '西藏拉萨贡嘎机场T3航站楼', R),   # photo caption
    ('拉薩貢嘎機場T3航站樓', '拉萨贡嘎机场T3航站楼', O),
    ('貢嘎機場擴建', '贡嘎机场扩建', O),                  # longer reading (擴建工作)
    ('貢嘎機場', '贡嘎机场', R),
    ('昌都邦達機場修復', '昌都邦达机场修复', O),
    ('昌都邦達機場', '昌都邦达机场', R),
]),
('xz_2021_paimo_road_hant.txt', '華能林芝水電工程籌建處16日透露', '重點援藏項目。', [
    ('華能林芝水電工程', '华能林芝水电工程', O),          # project name inside an organisation name
    ('林芝水電工程', '林芝水电工程', O),
    ('墨脫縣解放大橋', '墨脱县解放大桥', O),              # bridge named as the road's end point
    ('解放大橋', '解放大桥', O),
    ('派墨公路項目', '派墨公路项目', R),
    ('老虎嘴隧道', '老虎嘴隧道', R),                      # appositive 控制性節點工程 left out
    ('派墨公路', '派墨公路', R),
    ('墨脫公路', '墨脱公路', R),
    ('西藏林芝派墨公路', '西藏林芝派墨公路', R),          # photo caption
    ('林芝派墨公路', '林芝派墨公路', O),
    ('派墨公路', '派墨公路', O),
    ('派墨公路', '派墨公路', R),
    ('墨脫公路', '墨脱公路', R),
    ('派墨公路', '派墨公路', R),                          # caption 派墨公路沿線…
    ('派墨公路項目', '派墨公路项目', R),
]),
]

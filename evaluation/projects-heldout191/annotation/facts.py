# Hand annotation of project names (projects-heldout191), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
# Nested readings are listed after the longer one they sit in (build.py searches from the previous fact's start).
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 北京
('bj_2019_winter_venues.txt', '  2022年北京冬奥会即将', '全部完成主体工程。', [
    ('国家速滑馆场馆屋面索网结构张拉工程', None, O),   # sub-part works of the venue
    ('国家速滑馆', None, R),
    ('国家速滑馆', None, R),
    ('国家游泳中心', None, R),
    ('北京冬奥村人才公租房', None, O),                 # longer reading (the village built as talent housing)
    ('北京冬奥村', None, R),
    ('云顶滑雪公园', None, R),
    ('古杨树场馆群', None, R),                         # named venue cluster
    ('国家跳台滑雪中心', None, R),
    ('国家越野滑雪中心', None, R),
    ('国家冬季两项中心', None, R),
    ('张家口奥运村', None, R),
]),
('bj_2022_tongzhou_tasks.txt', '运河商务区完工440万平方米\n通州', 'M101线工程建设。', [
    ('运河商务区', None, O),                           # heading; business district (zone)
    ('行政办公区二期', None, R),
    ('运河商务区', None, O),
    ('环球主题公园后续项目', None, O),
    ('环球主题公园', None, R),
    ('张家湾车辆段', None, R),
    ('环球影城北综合交通枢纽', None, R),
    ('通马路综合交通枢纽', None, R),
    ('张家湾古镇', None, O),                           # old town rebuilt as a project
    ('绿心歌舞剧院', None, R),                         # 图书馆、博物馆 (bare generic members) not annotated
    ('副中心综合交通枢纽工程', None, R),
    ('东六环路入地改造工程', None, R),
    ('地铁6号线', None, R),
    ('M101线工程', None, R),
    ('M101线', None, O),                               # reading without the (shared) 工程
]),
# ---------------------------------------------------------------- 天津
('tj_2016_ten_industrial_projects.txt', '“两化”,即投资', '夏利整车升级改造。', [
    ('南港工业区', None, O),                           # development zone named in passing
    ('南港工业区', None, O),
    ('滨海新区', None, O),
    ('一汽大众汽车项目', None, R),
    ('一汽丰田四工厂项目', None, R),
    ('一汽大众汽车项目', None, R),
    ('一汽丰田四工厂项目', None, R),
    ('中沙聚碳酸酯', None, R),                         # firm-and-product project (like 桐城金田尼龙薄膜)
    ('空客A330', None, O),                             # 空客A330及零部件配套建设: product name standing for the project
    ('夏利整车升级改造', None, O),                     # brand + upgrading works
]),
('tj_eco_industrial_parks_hant.txt', '根據《天津生態市', '物資回收產業。', [
    ('開發區國家生態工業示范園區', '开发区国家生态工业示范园区', O),  # designation of TEDA (示范 simplified in the page)
    ('大港石化產業園區', '大港石化产业园区', R),
    ('臨港工業區', '临港工业区', O),
    ('渤海化工生態工業園區', '渤海化工生态工业园区', R),
    ('新技術產業園區', '新技术产业园区', O),
    ('空港物流加工區', '空港物流加工区', O),
    ('空客項目', '空客项目', O),                       # short form
    ('國家級民航科技產業化基地', '国家级民航科技产业化基地', O),  # descriptive base
    ('北疆電廠', '北疆电厂', R),
    ('海河下游工業區', '海河下游工业区', O),
    ('靜海子牙環保產業基地', '静海子牙环保产业基地', R),
]),
('tj_2007_haihe_hant.txt', '| 小白樓音樂廳', '海津大橋公園的建設等。', [
    ('小白樓音樂廳', '小白楼音乐厅', R),
    ('水上運動世界', '水上运动世界', O),               # generic-sounding attraction name
    ('海河開發', '海河开发', O),                       # the 海河 development programme
    ('慈海橋', '慈海桥', R),
    ('海津大橋', '海津大桥', R),
    ('耳閘', '耳闸', O),                               # sluice used as a landmark
    ('北洋橋', '北洋桥', R),
    ('耳閘公園', '耳闸公园', R),
    ('耳閘公園', '耳闸公园', R),
    ('老耳閘', '老耳闸', O),
    ('海津大橋', '海津大桥', R),
    ('外環線', '外环线', O),                           # Tianjin outer ring road, generic form
    ('海津大橋公園', '海津大桥公园', R),
]),
# ---------------------------------------------------------------- 河北
('hb_2007_qinhuangdao_coal_terminal_hant.txt', '中新社秦皇島', '等均具有重要作用。', [
    ('北煤南運', '北煤南运', O),                       # transport programme
    ('秦皇島港煤碼頭五期工程', '秦皇岛港煤码头五期工程', R),
    ('煤四期擴容工程', '煤四期扩容工程', R),
    ('秦皇島港', '秦皇岛港', R),
    ('秦皇島港', '秦皇岛港', R),
    ('大秦鐵路線(xiàn)', '大秦铁路线', R),
    ('秦皇島港', '秦皇岛港', R),
    ('北煤南運', '北煤南运', O),
]),
('hb_2016_daqin_jingtang_link.txt', '15日上午7时20分', '起到积极的拉动作用。', [
    ('京唐港区', None, O),                             # port area as an end point
    ('东港增二线工程', None, R),
    ('大秦货运线连通聂庄至东港增二线(京唐港煤码头)工程', None, R),
    ('大秦货运线', None, O),
    ('京唐港煤码头', None, O),
    ('大秦铁路', None, R),
    ('唐山港京唐港区', None, R),
    ('大秦铁路', None, R),
    ('海港开发区', None, O),
    ('聂庄至东港增二线工程', None, R),
    ('海港开发区', None, O),
    ('大秦线', None, R),
]),
('hb_2017_jingxian_county.txt', '他强调,这次集中', '争取早日竣工达效。', [
    ('龙华现代智能物流装备产业园2期', None, R),
    ('龙华现代智能物流装备产业园', None, O),
    ('圣丰公司铸型材料', None, R),                     # firm-and-product project
    ('良运集团公司黑蒜系列产品生产加工', None, R),
]),
('hb_2007_handan_steel_new_area.txt', '  本报邯郸电', '建设用地报批计划。', [
    ('邯钢新区建设项目', None, R),
    ('邯钢新区', None, O),
    ('铁前系统烧结机项目', None, O),                   # sub-projects of 邯钢新区
    ('1000万吨机械化原料场项目', None, O),
    ('炼钢系统项目', None, O),
    ('热连轧机组项目', None, O),
    ('邯钢新区', None, R),
    ('邯钢新区项目', None, R),
    ('邯钢新区', None, O),
    ('新邯钢', None, O),                               # nickname
    ('邯钢新区', None, R),
]),
# ---------------------------------------------------------------- 内蒙古
('nm_2022_horinger_new_area.txt', '  和林格尔新区位于', '同类项目也在有序推进。', [
    ('和林格尔新区', None, R),                         # new area (like 雄安新区)
    ('云谷片区', None, O),
    ('空港片区', None, O),
    ('中国银行总行金融科技中心项目', None, R),
    ('中国银行总行金融科技中心', None, O),
    ('中国银行总行金融科技中心', None, R),
    ('中国农业银行总行数据中心', None, R),
    ('中国建设银行和林格尔新区数据中心', None, R),
    ('内蒙古农信社信息科技中心', None, R),
    ('中数兴盛北方数据湖', None, R),
    ('国家气象局西部算力中心', None, R),
    ('并行科技内蒙古新型算力基地', None, R),
    ('中石化人工智能基础设施', None, O),               # descriptive
]),
('nm_2024_ordos_pv_great_wall_hant.txt', '開工儀式采用', '沙化土地治理500萬畝。', [
    ('防沙治沙和風電光伏一體化工程', '防沙治沙和风电光伏一体化工程', O),  # programme
    ('“三北”工程', '三北工程', O),                    # national programme; quotes dropped from the name
    ('庫布其北緣鎖邊林帶', '库布其北缘锁边林带', R),
    ('庫布其腹地風沙路徑阻隔帶', '库布其腹地风沙路径阻隔带', R),
    ('毛烏素上風口阻隔帶', '毛乌素上风口阻隔带', R),
    ('下風口阻沙帶', '下风口阻沙带', O),               # elliptical member (毛乌素 written once)
    ('庫布其沙漠“光伏長城”', '库布其沙漠光伏长城', R),
    ('光伏長城', '光伏长城', O),                       # nickname alone
    ('毛烏素沙地風電光伏“一廊多點”', '毛乌素沙地风电光伏一廊多点', O),
]),
('nm_baotou_first_fyp_factories_hant.txt', '作為國家重點打造', '均在此完成研製與生產。', [
    ('包頭鋼鐵公司', '包头钢铁公司', O),               # the 一五 key project, written as the company
    ('包鋼', '包钢', O),
    ('第一機械廠', '第一机械厂', R),                   # plants listed as 关键项目 / 重点项目
    ('第二機械廠', '第二机械厂', R),
    ('第一發電廠', '第一发电厂', R),
    ('第二發電廠', '第二发电厂', R),
    ('二〇二廠', '二〇二厂', R),
    ('包頭鋁廠', '包头铝厂', R),
    ('包頭棉紡廠', '包头棉纺厂', R),
    ('第一機械廠', '第一机械厂', O),                   # here standing for the company (full name follows)
]),
('nm_2017_oroqen_banner_hant.txt', '本報訊', '旅遊業的快速發展。', [
    ('拓跋鮮卑歷史博物館項目', '拓跋鲜卑历史博物馆项目', R),
    ('拓跋鮮卑歷史博物館項目', '拓跋鲜卑历史博物馆项目', R),
    ('拓跋鮮卑歷史文化園項目', '拓跋鲜卑历史文化园项目', R),
]),
('nm_2025_hulunbuir_projects.txt', '  作为沙地治理', '节能减排效益显著。', [
    ('华能新巴尔虎左旗防沙治沙和30万千瓦光伏一体化项目', None, R),
    ('内蒙古能源集团100万千瓦风储项目', None, R),
]),
('nm_2009_dongsheng_methanol.txt', '5月11日', '其中今年计划投资20亿元。', [
    ('伊东集团东华能源公司120万吨甲醇项目', None, R),
    ('煤化工及石岩沟煤田一体化项目', None, R),
    ('石岩沟煤田一体化项目', None, O),                 # shorter reading
]),
]

# Hand annotation of project names (projects-heldout144), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 北京
('bj_beijing_2020_winter_venues_hant.txt', '記者16日從', '均將于2021年完工。', [
    ('首鋼滑雪大跳臺', '首钢滑雪大跳台', R),
    ('國家游泳中心', '国家游泳中心', R),
    ('首體綜合訓練館“冰壇”', '首体综合训练馆冰坛', O),     # name with its nickname
    ('首體綜合訓練館', '首体综合训练馆', R),
    ('冰壇', '冰坛', O),                                     # nickname
    ('國家速滑館', '国家速滑馆', R),
    ('五棵松體育館', '五棵松体育馆', R),
    ('國家體育場“鳥巢”', '国家体育场鸟巢', O),
    ('國家體育場', '国家体育场', R),
    ('鳥巢', '鸟巢', O),                                     # nickname
    ('國家會議中心二期', '国家会议中心二期', R),
    ('國家會議中心', '国家会议中心', O),
    ('奧林匹克接待中心', '奥林匹克接待中心', R),
    ('頒獎廣場', '颁奖广场', O),                             # temporary structure with a generic name
]),
('bj_fangshan_2018_south_plan.txt', '北京市房山区委常委、常务副区长于波介绍说', '循环经济产业园。', [
    ('雄安新区', None, O),                                   # place, named in passing
    ('京雄高速', None, R),
    ('108国道三期(房山段)改造工程', None, R),
    ('108国道', None, O),                                    # road number
    ('房易路', None, R),
    ('市郊铁路京原线', None, R),
    ('京原线', None, O),
    ('京良路西段', None, R),
    ('京良路', None, O),
    ('园博大道南延', None, R),
    ('园博大道', None, O),
    ('房山区长阳镇起步区2号地一贯制学校', None, R),
    ('房山区第一医院', None, O),                             # institution
    ('环首都森林湿地公园环', None, O),                       # programme of parks
    ('长沟国家湿地公园', None, R),
    ('循环经济产业园', None, O),                             # park named only by its industry
]),
('bj_1959_ten_buildings_hant.txt', '一是人民大會堂', '中國民族風格。', [
    ('人民大會堂', '人民大会堂', R),
    ('中國歷史', '中国历史', O),                             # bare member of 中國歷史、中國革命博物館
    ('中國革命博物館', '中国革命博物馆', R),
    ('中國人民革命軍事博物館', '中国人民革命军事博物馆', R),
    ('北京民族文化宮', '北京民族文化宫', R),
]),
# ---------------------------------------------------------------- 天津
('tj_1983_luan_water_hant.txt', '引灤入津工程,是將', '333億立方米。', [
    ('引灤入津工程', '引滦入津工程', R),
    ('潘家口水庫', '潘家口水库', R),
    ('潘家口水庫', '潘家口水库', R),
    ('潘家口水利樞紐', '潘家口水利枢纽', R),
    ('大黑汀水庫', '大黑汀水库', R),
    ('引灤工程總乾渠', '引滦工程总干渠', R),
    ('引灤工程', '引滦工程', O),
    ('引灤入津工程', '引滦入津工程', R),
    ('於橋水庫', '于桥水库', R),
    ('芥園', '芥园', O),                                     # bare members of 芥園、凌莊、新開河3個水廠
    ('凌莊', '凌庄', O),
    ('新開河', '新开河', O),
    ('引灤入津工程', '引滦入津工程', R),
    ('引灤入津工程', '引滦入津工程', R),
]),
('tj_wuqing_2009_inspection_hant.txt', '11月10日,區委書記', '又好又快發展。', [
    ('武清開發區軟體創意園', '武清开发区软体创意园', R),
    ('武清開發區', '武清开发区', O),                         # development zone
    ('翠亨路', '翠亨路', R),
    ('環渤海綠色農產品交易物流中心', '环渤海绿色农产品交易物流中心', R),
    ('中國藝術家聚集區', '中国艺术家聚集区', R),
    ('汽車零部件產業園', '汽车零部件产业园', O),             # park named only by its industry
    ('天鵝湖國際會議中心', '天鹅湖国际会议中心', O),         # existing venue of the meeting
]),
('tj_jinghai_2019_interview.txt', '金汇江介绍说', '正积极推进。', [
    ('雄安新区', None, O),                                   # inside a slogan-like aim
    ('子牙经济技术开发区', None, O),                         # development zone
    ('天津健康产业园', None, O),                             # place + industry
    ('静海国际商贸物流园', None, R),
    ('雄安新区', None, O),                                   # inside a plan's name
    ('海吉星农产品物流园', None, R),
    ('曾高路对接项目', None, R),
    ('曾高路', None, O),
    ('团大公路改建工程省界对接段项目', None, R),
    ('团大公路改建工程', None, O),
    ('团大公路', None, O),
    ('G205国道拓宽改建项目', None, R),
    ('G205国道', None, O),                                   # road number
    ('津雄高速二通道', None, R),
    ('津雄高速', None, O),
    ('津石高速天津西段', None, R),
    ('津石高速', None, O),
]),
('tj_tanggu_c2011_hitech_zone.txt', '目前,海洋高新区旅游购物', '创智核心区。', [
    ('海洋高新区', None, O),                                 # the zone, five times
    ('塘沽海洋高新区', None, O),
    ('海洋高新区', None, O),
    ('京津塘高速', None, R),
    ('津滨高速', None, R),
    ('海洋高新区', None, O),
    ('中海油天津研发产业基地', None, R),
    ('北方黄金珠宝基地', None, R),
    ('中国智造·e谷', None, R),
    ('海洋科技商务园(二期)', None, R),
    ('海洋科技商务园', None, O),
    ('奥特莱斯', None, O),                                   # generic word (outlet mall) used as the project's name
    ('铁建大厦', None, R),
    ('海星广场', None, R),
    ('海洋高新区', None, O),
    ('明发集团城市综合体', None, R),
    ('锦恒大厦', None, R),
    ('傲绿集团运营总部', None, O),                           # HQ building
    ('污水处理装备技术中心', None, O),                       # generic facility name
    ('海洋高新区', None, O),
]),
# ---------------------------------------------------------------- 河北
('he_chongli_2021_taizicheng_town.txt', '崇礼太子城冰雪小镇作为', '便捷的换乘。', [
    ('崇礼太子城冰雪小镇', None, R),
    ('太子城冰雪小镇', None, O),
    ('崇礼太子城冰雪小镇', None, R),
    ('太子城冰雪小镇', None, O),
    ('太子城高铁站', None, R),
    ('奥运村', None, R),
    ('云顶', None, O),                                       # bare members of 云顶与古杨树两个竞赛场馆群
    ('古杨树', None, O),
    ('文创商街', None, O),                                   # sub-parts of the town
    ('会展中心', None, O),
    ('国宾山庄组团', None, O),
    ('国宾山庄', None, O),
    ('文创商街', None, O),
    ('会展中心', None, O),
    ('会展中心', None, O),
    ('国际会议中心', None, O),
    ('展览中心', None, O),
    ('冰雪会堂', None, O),
    ('洲际酒店', None, O),
    ('太子城冰雪小镇', None, R),
    ('太子城遗址公园', None, R),
    ('会议中心站', None, O),                                 # tram stops
    ('颁奖广场站', None, O),
    ('太子城高铁站', None, R),
]),
('he_huanghua_2019_report_hant.txt', '羊二莊鎮', '完成建設。', [
    ('開發(fā)區(qū)基礎設施PPP項目', '开发区基础设施PPP项目', O),   # the zone's infrastructure package, generic
    ('京津裝備制造轉移園', '京津装备制造转移园', R),
    ('黃驊經濟開發(fā)區(qū)', '黄骅经济开发区', O),
    ('國家級臨港經濟技術開發(fā)區(qū)', '国家级临港经济技术开发区', O),
    ('羊二莊物流產業(yè)園通一路延伸線', '羊二庄物流产业园通一路延伸线', R),
    ('羊二莊物流產業(yè)園', '羊二庄物流产业园', O),
    ('通七路拓寬工程', '通七路拓宽工程', R),
    ('通七路', '通七路', O),
    ('南排河海洋產業(yè)園', '南排河海洋产业园', R),
    ('舊城工業(yè)園', '旧城工业园', O),                            # town + 工业园
]),
('he_xiongan_2019_jjj_highlights.txt', '从十大亮点', '一般性项目 。', [
    ('雄安新区', None, O),                                   # the new area as a place, four times
    ('雄安新区', None, O),
    ('千年秀林', None, O),                                   # afforestation programme
    ('京雄城际铁路雄安站', None, R),
    ('京雄城际铁路', None, O),
    ('雄安站', None, O),
    ('雄安新区起步区', None, O),                             # zone
    ('雄安新区', None, O),
    ('南拒马河防洪治理工程', None, R),
    ('雄安新区', None, O),                                   # inside 雄安新区改革发展局 (an office)
    ('南拒马河防洪治理工程(容城段)', None, R),
    ('南拒马河防洪治理工程', None, O),
    ('白洋淀引黄大树刘庄泵站工程', None, R),
    ('容西混凝土搅拌站', None, R),
]),
('he_2025_transport_review.txt', '预计到2025年底', '基本形成。', [
    ('京哈高铁京承段', None, R),
    ('京哈高铁', None, O),
    ('太锡铁路太崇段', None, R),
    ('太锡铁路', None, O),
    ('京秦', None, O),                                       # bare members of 京秦、石衡等20条段高速公路
    ('石衡', None, O),
    ('秦皇岛', None, O),                                     # bare members of 秦皇岛、唐山、黄骅港
    ('唐山', None, O),
    ('黄骅港', None, R),
    ('唐山港新天LNG配套码头工程', None, R),
    ('唐山港', None, O),
    ('邢台褡裢运输机场', None, R),
    ('张北中都', None, O),                                   # bare name before 等5个通用机场
]),
# ---------------------------------------------------------------- 山西
('sx_pingshuo_2009_mine_start.txt', '本报1月5日讯', '两年达产。', [
    ('中煤集团平朔东露天煤矿', None, R),
    ('平朔东露天煤矿', None, O),
    ('中煤集团平朔东露天煤矿', None, R),
    ('平朔东露天煤矿', None, O),
    ('中煤集团平朔东露天煤矿', None, R),
    ('平朔东露天煤矿', None, O),
    ('平朔东露天煤矿矿田', None, O),
    ('平朔东露天煤矿', None, R),
]),
('sx_2014_expressways_opening.txt', '近日,朔州', '已经批复。', [
    ('朔州环城高速西南段', None, R),
    ('朔州环城高速', None, O),
    ('山平高速公路', None, R),
    ('阳左高速公路', None, R),
    ('太佳高速公路黄河大桥', None, R),
    ('太佳高速公路', None, O),
    ('山平高速', None, R),
    ('朔州环城西南段', None, R),
    ('忻州环城', None, O),                                   # bare members of 忻州环城、繁峙至大营、吕梁环城、临县至离石高速公路
    ('繁峙至大营', None, O),
    ('吕梁环城', None, O),
    ('临县至离石高速公路', None, R),
    ('长邯高速公路拓宽改造项目控制性工程', None, O),
    ('长邯高速公路拓宽改造项目', None, R),
    ('长邯高速公路', None, O),
]),
('sx_taijiu_1996_expressway.txt', '但高速路的造价', '六个收费站。', [
    ('太旧路', None, R),
    ('太旧路', None, R),
    ('太旧路', None, R),
    ('太旧高速公路', None, R),
    ('太旧高速公路', None, R),
    ('石青高速公路', None, R),
    ('京石高速公路', None, R),
    ('武宿', None, O),                                       # bare members of 武宿、峪头、…旧关六个收费站 (sub-parts)
    ('峪头', None, O),
    ('寿阳', None, O),
    ('坡头', None, O),
    ('平定', None, O),
    ('旧关', None, O),
]),
('sx_2017_expressways_hant.txt', '目前,山西高速公路', '黑峪口高速公路。', [
    ('運寶高速公路黃河大橋', '运宝高速公路黄河大桥', R),
    ('運寶高速公路', '运宝高速公路', O),
    ('霍永高速公路永和至永和關(guān)段', '霍永高速公路永和至永和关段', R),
    ('霍永高速公路', '霍永高速公路', O),
    ('晉蒙黃河大橋', '晋蒙黄河大桥', R),
    ('陽(yáng)城至蟒河高速公路', '阳城至蟒河高速公路', R),
    ('聞垣高速公路古城聯(lián)絡(luò )線(xiàn)', '闻垣高速公路古城联络线', R),
    ('聞垣高速公路', '闻垣高速公路', O),
    ('京烏高速公路山西段', '京乌高速公路山西段', R),
    ('京烏高速公路', '京乌高速公路', O),
    ('靜樂(lè )豐潤至興縣黑峪口高速公路', '静乐丰润至兴县黑峪口高速公路', R),
]),
]

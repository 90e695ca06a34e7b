# Hand annotation of project names (projects-heldout139), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 广东
('gd_qingyuan_2010_ten_projects.txt', '广东(清远)微型汽车生产基地:', '计划于2010年开发。', [
    ('广东(清远)微型汽车生产基地', None, R),
    ('广(州)乐(昌)高速公路清远段工程', None, R),        # parentheses as written
    ('广(州)乐(昌)高速公路', None, O),
    ('广州白云机场高速公路北延线', None, R),
    ('广州白云机场高速公路', None, O),
    ('清远再生资源工业园区循环经济A区', None, R),          # the page's stray ')' after it is left out
    ('清远再生资源工业园区', None, O),
    ('清远高新技术产业开发区龙塘工业园', None, R),
    ('清远高新技术产业开发区', None, O),                   # development zone named in passing
    ('龙塘工业园', None, O),
]),
('gd_zhuhai_2024_jinhai_bridge.txt', '金海公路大桥主桥是国内', '还拓展了产业发展空间。', [
    ('金海公路大桥主桥', None, O),                         # sub-part of the bridge
    ('横琴粤澳深度合作区', None, O),                       # zone, locative
    ('省道S272(金海东路)', None, O),                      # road number
    ('金海东路', None, O),
    ('洪湾', None, O),                                     # bare members of 洪湾、横琴、紫竹湾互通立交 (sub-parts)
    ('横琴', None, O),
    ('紫竹湾互通立交', None, O),
    ('横琴粤澳深度合作区', None, O),
    ('横琴大桥', None, R),
    ('横琴隧道', None, R),
    ('金海大桥', None, R),                                 # short form of 金海公路大桥, used as the bridge's name
    ('珠海金湾机场', None, R),
    ('金海公路大桥一期', None, R),
    ('金海公路大桥', None, O),
    ('珠机城际二期', None, R),
    ('珠机城际', None, O),
    ('珠海机场', None, R),
    ('珠海机场', None, R),
    ('珠海港', None, R),
]),
('gd_shunde_2023_report.txt', '2023年1月11日上午', '高效的物流体系。', [
    ('广州地铁7号线西延顺德段', None, R),
    ('广州地铁7号线', None, O),
    ('佛山地铁3号线首通段', None, R),
    ('佛山地铁3号线', None, O),
    ('佛山地铁3号线首通段', None, R),                      # photo caption line
    ('佛山地铁3号线', None, O),
    ('佛山地铁11号线', None, R),
    ('佛莞穗城际', None, R),
    ('广佛环线城际', None, R),
    ('广州地铁26号线顺德段', None, R),
    ('广州地铁26号线', None, O),
    ('顺德大桥', None, R),
    ('伦桂路北延线', None, R),
    ('伦桂路', None, O),
    ('蛇口港', None, R),
]),
('gd_jiaoling_2015_report.txt', '工业集聚区的聚集效应', '新增长点。', [
    ('塔牌200万吨粉磨站', None, R),
    ('永旺电子科技园', None, R),
    ('佰霖荧光科技', None, O),                             # company name standing for its project
    ('A家家具', None, O),
    ('皇马', None, O),                                     # bare members of 皇马、油坑共200万吨水泥粉磨站
    ('油坑', None, O),
    ('750万吨旋窑熟料生产线', None, O),                    # unnamed facility described by capacity
]),
('gd_jiangmen_c2019_bay_area_hant.txt', '江門未來將加快', '產業投資溢出。', [
    ('港珠澳大橋', '港珠澳大桥', R),
    ('虎門二橋', '虎门二桥', R),
    ('深茂鐵路江門至茂名段', '深茂铁路江门至茂名段', R),
    ('深茂鐵路', '深茂铁路', O),
    ('深中通道', None, R),
    ('珠三角干線機場', '珠三角干线机场', R),
    ('大廣海灣經濟區', '大广海湾经济区', O),               # economic zone
    ('大廣海灣經濟區', '大广海湾经济区', O),               # inside 大廣海灣經濟區啟動區 (generic 啟動區)
    ('銀湖灣濱海新城', '银湖湾滨海新城', R),
    ('廣海灣深水港', '广海湾深水港', R),
]),
('gd_xinhui_2024_towns_hant.txt', '大鰲、睦洲、三江、雙水、羅坑……', '談發(fā)展。', [
    ('深中通道', None, R),
    ('中開高速', '中开高速', R),
    ('深圳機場高速出入口', '深圳机场高速出入口', O),       # an expressway exit (sub-part)
    ('深圳機場', '深圳机场', O),                           # airport used as a locative
    ('大鰲高速出入口', '大鳌高速出入口', O),
    ('中開高速(中陽高速)', '中开高速(中阳高速)', O),      # name with its alias in parentheses
    ('中開高速', '中开高速', R),
    ('中陽高速', '中阳高速', O),                           # alias
    ('深中通道', None, R),
    ('深中通道', None, R),
    ('深江高速新會段', '深江高速新会段', R),
    ('深江高速', '深江高速', O),
]),
# ---------------------------------------------------------------- 广西
('gx_2023_land_sea_corridor_hant.txt', '央視網(wǎng)消息', '互聯(lián)互通水平。', [
    ('西部陸海新通道', '西部陆海新通道', O),               # corridor programme
    ('平陸運(yùn)河控制性樞紐工程', '平陆运河控制性枢纽工程', O),   # appositive description
    ('平陸運(yùn)河', '平陆运河', O),
    ('青年樞紐工程', '青年枢纽工程', R),
    ('平陸運(yùn)河', '平陆运河', R),
    ('西部陸海新通道', '西部陆海新通道', O),
    ('西部陸海新通道', '西部陆海新通道', O),
    ('黃桶至百色鐵路', '黄桶至百色铁路', R),
    ('平陸運(yùn)河', '平陆运河', R),
    ('貴陽至南寧高鐵', '贵阳至南宁高铁', R),
    ('欽州港大欖坪南作業(yè)區(qū)9號(hào)、10號(hào)泊位工程', '钦州港大榄坪南作业区9号、10号泊位工程', R),
    ('欽州港大欖坪南作業(yè)區(qū)', '钦州港大榄坪南作业区', O),
    ('西部陸海通道', '西部陆海通道', O),
]),
('gx_chongzuo_2022_q2_starts.txt', '4月13日,崇左市', '“开门红”。', [
    ('扶绥东西线道路景观提升工程', None, R),
    ('江州华绿生物现代农业食用菌工厂化', None, R),        # place + company + product, no 项目
    ('凭祥翔悦日用品填充剂', None, R),
    ('中泰华博高性能玻纤过滤材料', None, R),
    ('江州汇鑫建材5800吨水泥生产线', None, R),
    ('大新硕龙口岸(升格)基础设施工程', None, R),
    ('大新硕龙口岸', None, O),
]),
('gx_xiangzhou_2019_projects.txt', '蓄积高质量发展新动能', '注入新动力。', [
    ('桂中森林工业城项目', None, R),
    ('象州县妇幼保健院项目', None, R),
    ('新希望生猪养殖场', None, R),
    ('三江口环保产业园项目', None, R),
    ('温泉城项目', None, R),
    ('鼎丰城', None, R),
]),
('gx_xijin_1958_history.txt', '在毗邻横县县城', '电站建设中。', [
    ('壮乡明珠', None, O),                                 # nickname
    ('西津水电站', None, R),
    ('西津水电站', None, R),
    ('西津水电站', None, O),                               # in the title 西津水电站厂长
    ('西津水电站', None, R),
    ('柳州钢铁厂', None, R),
    ('柳州化肥厂', None, R),
    ('西津水电站', None, R),
]),
('gx_longtan_2007_first_unit.txt', '7月12日,建设于', '“南昆铁路”。', [
    ('龙滩电站', None, R),
    ('龙滩电站', None, R),
    ('长江三峡电站', None, R),
    ('溪洛渡电站', None, R),
    ('龙滩水电工程', None, R),
    ('西电东送', None, R),                                 # landmark programme of works
    ('南昆铁路', None, O),                                 # used in a comparison (水上“南昆铁路”)
]),
# ---------------------------------------------------------------- 海南
('hi_2025_ports_hant.txt', '洋浦港擴(kuò)建工程沖刺', '港區(qū)疏浚。', [
    ('洋浦港擴(kuò)建工程', '洋浦港扩建工程', R),
    ('洋浦港', None, O),
    ('文昌清瀾新港', '文昌清澜新港', R),
    ('臨高金牌港', '临高金牌港', R),
    ('洋浦港', None, R),                                   # 北有?诟 (mojibake of 海口港) is not annotated
    ('八所港', None, R),
    ('三亞港', '三亚港', R),
    ('清瀾港', '清澜港', R),
    ('洋浦港', None, R),
    ('洋浦區(qū)域國際集裝箱樞紐港擴(kuò)建工程(一階段)一期', '洋浦区域国际集装箱枢纽港扩建工程(一阶段)一期', R),
    ('洋浦區(qū)域國際集裝箱樞紐港擴(kuò)建工程', '洋浦区域国际集装箱枢纽港扩建工程', O),
]),
('hi_lingshui_pilot_zone_hant.txt', '據(jù)發(fā)布,先行試驗區(qū)', '加緊推進(jìn)。', [
    ('海洋主題公園水公園', '海洋主题公园水公园', R),
    ('海洋主題公園', '海洋主题公园', O),
    ('海南國際旅游島先行試驗區(qū)', '海南国际旅游岛先行试验区', O),   # zone
    ('文黎大道', None, R),
    ('黎安海風(fēng)小鎮(zhèn)', '黎安海风小镇', R),
    ('海洋主題公園', '海洋主题公园', R),
    ('黎安海風(fēng)小鎮(zhèn)', '黎安海风小镇', R),
    ('海洋主題公園水公園', '海洋主题公园水公园', R),
    ('海洋主題公園', '海洋主题公园', O),
    ('文黎大道', None, R),
    ('南海博物館', '南海博物馆', R),
    ('國家水下文化遺產(chǎn)保護(hù)中心南海基地', '国家水下文化遗产保护中心南海基地', O),   # institution
    ('私人博物館群落', '私人博物馆群落', O),
]),
('hi_boao_lecheng_2022_starts.txt', '琼海融媒记者', '预计今年年底投入使用。', [
    ('博鳌乐城先行区', None, O),                           # zone
    ('博鳌乐城先行区右岸垃圾转运站', None, R),
    ('乐樱国际医院', None, R),
    ('中优达润优生优育优教服务医疗中心', None, R),
    ('博鳌乐城先行区排塘公园', None, R),
    ('乐樱国际医院', None, O),                             # 是一家…医疗机构: the institution
    ('国际先进医学科技转化中心', None, R),
]),
('hi_wenchang_2011_proposal_hant.txt', '但由于地域關系', '估算投資32億。', [
    ('東線高速公路', '东线高速公路', R),
    ('海文高速公路', '海文高速公路', R),
    ('東環鐵路', '东环铁路', R),
    ('海文高速公路', '海文高速公路', R),
    ('文昌至瓊海的高速公路', '文昌至琼海的高速公路', O),   # descriptive, with 的
    ('東線高速公路', '东线高速公路', R),
    ('文昌至瓊海高速公路', '文昌至琼海高速公路', R),
    ('海文高速路', '海文高速路', R),
]),
]

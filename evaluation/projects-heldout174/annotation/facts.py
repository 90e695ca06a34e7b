# Hand annotation of project names (projects-heldout174), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- events of the 1970s-1990s (retrospectives)
('hn_1970s_xiangqian_zhiliu_memoir.txt', '湘黔铁路,贯通', '组长贺高厅。', [
    ('湘黔铁路', None, R),
    ('京广', None, O),                                     # 东接京广、湘赣两路: bare members, head 路 written once
    ('湘赣', None, O),
    ('宝成', None, O),                                     # 继宝成、黔桂铁路之后: bare member
    ('黔桂铁路', None, R),
    ('枝柳铁路', None, R),
    ('焦柳铁路', None, R),
    ('太焦铁路', None, R),
    ('京广线', None, R),                                   # the line's usual name
]),
('hb_1971_jiaozhi_yichang.txt',
 '从光绪29年开始,宜昌人的铁路梦一做就是几代人。梦中有惊喜和忧愁,有愤懑和悲痛。1971年7月28日,焦枝铁路鸦宜支线全线铺轨通车,第一列火车开进宜昌城,68年的铁路梦终于变成现实。宜昌人修建焦枝路实现梦想,留下许多动人的故',
 '正式开工。', [
    ('焦枝铁路鸦宜支线', None, R),                         # a branch named with its line
    ('焦枝铁路', None, O),                                 # nested line name
    ('焦枝路', None, R),                                   # usual short form of the line
    ('焦枝铁路', None, R),                                 # 焦枝铁路北起河南焦作
    ('焦枝线', None, R),
    ('枝柳线', None, R),
    ('枝柳线', None, R),                                   # (枝柳线1970年动工…)
    ('鸦宜支线', None, R),
    ('焦枝铁路', None, R),                                 # 焦枝铁路密不可分的一部分
    ('焦枝铁路', None, R),                                 # 设计焦枝铁路线路
    ('枝城大桥', None, R),                                 # appositive 我国第四座长江大桥—— and (代号701) left out
]),
('sx_1990s_wanjiazhai_memoir.txt', '编者按:本刊', '非万家寨水利枢纽莫属。', [
    ('引黄工程', None, O),                                 # the usual short name in 山西, but also a common noun: optional
    ('引黄工程', None, O),                                 # inside the post 引黄工程总指挥
    ('引黄工程', None, O),                                 # 主持引黄工程事务
    ('万家寨水利枢纽', None, R),                           # heading 万家寨水利枢纽:引黄的龙头
    ('万家寨水利枢纽', None, R),
    ('引黄入晋', None, R),                                 # programme of works (like 南水北调)
    ('万家寨水利枢纽', None, R),
]),
# ---------------------------------------------------------------- 2000s
('ha_2005_chalco_zhengzhou.txt', '郑州6月30日消息', '具有十分重要的意义。', [
    ('中国铝业公司郑州铝加工项目', None, R),
    ('河南分公司自备电厂项目', None, R),                   # named by the branch, as written
    ('郑东新区', None, O),                                 # new area named in passing (locative)
    ('中铝公司郑州铝加工项目', None, R),
    ('中铝公司河南铝加工基地', None, O),                   # a base 拟组建 (to be formed): descriptive, borderline
]),
('ha_2009_snbd_zhengzhou_start.txt', '据河南省南水北调办公室主任', '静态投资670亿元。', [
    ('南水北调', None, O),                                 # inside the office name 河南省南水北调办公室
    ('郑州段工程', None, O),                               # anaphoric short form
    ('中线一期工程', None, O),                             # anaphoric short form
    ('南水北调中线工程', None, R),
    ('丹江口水库', None, R),
    ('京广铁路', None, R),
    ('南水北调中线工程', None, R),
    ('中线工程', None, O),                                 # anaphoric short form
    ('南水北调中线一期工程河南段', None, R),
    ('南水北调中线一期工程', None, O),                     # nested reading
]),
# ---------------------------------------------------------------- 2010s
('jx_2012_suqu_transport_hant.txt', '據(jù)介紹', '研究工作。', [
    ('大慶至廣州高速公路贛州吉安繁忙路段擴容改造工程', '大庆至广州高速公路赣州吉安繁忙路段扩容改造工程', R),
    ('大慶至廣州高速公路', '大庆至广州高速公路', O),      # nested line name
    ('南昌至興國至贛縣', '南昌至兴国至赣县', O),          # …等高速公路建设: bare members
    ('尋烏至全南', '寻乌至全南', O),
    ('廣昌至建寧', '广昌至建宁', O),
    ('撫州至金溪至資溪至光澤', '抚州至金溪至资溪至光泽', O),
    ('贛州黃金機場', '赣州黄金机场', R),                  # 改擴建 before it is the action
    ('吉安井岡山機場', '吉安井冈山机场', R),
    ('黃金機場', '黄金机场', R),                          # the airport's own name without the city
    ('黃金機場航空口岸', '黄金机场航空口岸', O),          # longer reading (port of entry at the airport)
    ('贛龍鐵路', '赣龙铁路', R),
    ('贛龍鐵路擴能改造', '赣龙铁路扩能改造', O),          # longer reading with the action words
    ('昌吉贛鐵路客運專線', '昌吉赣铁路客运专线', R),
    ('贛江航道', '赣江航道', O),                          # waterway works on a river: borderline
    ('贛州至吉安至峽江三級航道', '赣州至吉安至峡江三级航道', O),
    ('贛州港', '赣州港', R),
    ('水西綜合貨運碼頭', '水西综合货运码头', R),
    ('贛粵運河工程', '赣粤运河工程', R),
]),
('ah_2012_tongling_wuhu_bridges.txt', '11月12日', '项目的建设。', [
    ('合福铁路铜陵长江公铁两用大桥公路接线工程', None, R),
    ('合福铁路铜陵长江公铁两用大桥', None, O),             # nested bridge
    ('合福铁路', None, O),                                 # nested line
    ('商合杭铁路芜湖长江公铁大桥工程', None, R),
    ('商合杭铁路', None, O),                               # nested line
    ('芜湖长江公铁大桥', None, O),                         # nested bridge
    ('合福铁路铜陵长江公铁两用大桥公路接线工程', None, R),
    ('合福铁路', None, O),                                 # nested; steers the next required 合福铁路
    ('合福铁路', None, R),                                 # 与合福铁路同步建成通车
    ('芜湖长江公铁大桥', None, R),
    ('商合杭客运专线', None, R),
]),
('hn_2016_yueyang_rail_airport_hant.txt', '陳克明說,', '2018年投入營運。', [
    ('江南高鐵', '江南高铁', O),                          # 國家江南高鐵: a corridor, not a line name
    ('渝成高鐵', '渝成高铁', R),                          # as written (成渝高铁 reversed)
    ('京廣高鐵', '京广高铁', R),
    ('洞庭湖環湖高鐵', '洞庭湖环湖高铁', O),              # descriptive ring of lines
    ('岳常高鐵', '岳常高铁', R),
    ('岳陽三荷機場', '岳阳三荷机场', R),
    ('岳陽經開區', '岳阳经开区', O),                      # zone named in passing (locative)
    ('岳陽三荷機場', '岳阳三荷机场', R),
]),
('jx_2017_suqu_infrastructure.txt', '江西将紧紧盯住', '团结灌区等项目。', [
    ('昌赣客专', None, R),
    ('赣深客专', None, R),
    ('兴泉铁路', None, R),
    ('赣郴铁路', None, R),
    ('瑞梅铁路', None, R),
    ('吉抚武温铁路', None, R),
    ('广昌至吉安', None, O),                               # 广昌至吉安、兴赣高速北延等高速公路: bare member
    ('兴赣高速北延', None, R),
    ('赣州黄金机场', None, R),
    ('井冈山机场二期改扩建工程', None, R),
    ('井冈山机场', None, O),
    ('瑞金机场项目', None, R),
    ('瑞金机场', None, O),
    ('信丰电厂', None, R),
    ('瑞金电厂二期', None, R),
    ('赣州西500千伏输变电', None, R),
    ('省天然气赣州南支线', None, R),                       # as written (省 = the province's gas network)
    ('天然气赣州南支线', None, O),                         # reading without 省
    ('太湖水库', None, R),
    ('廖坊二期', None, R),
    ('四方井水利枢纽', None, R),
    ('花桥水库', None, R),
    ('峡江灌区', None, R),
    ('万安灌区', None, R),
    ('团结灌区', None, R),
]),
('sx_2017_yangquan_pv_leader_hant.txt', '3月29日,中國能建', '氖痉缎砸饬x。', [
    ('山西陽泉采煤沉陷區(qū)國家先進技術光伏發電示范基地100兆瓦光伏領跑者項目',
     '山西阳泉采煤沉陷区国家先进技术光伏发电示范基地100兆瓦光伏领跑者项目', R),
    ('山西陽泉采煤沉陷區(qū)國家先進技術光伏發電示范基地',
     '山西阳泉采煤沉陷区国家先进技术光伏发电示范基地', O),   # nested base name
    ('山西大同左云100兆瓦光伏發電項目', '山西大同左云100兆瓦光伏发电项目', R),   # appositive 全國首個…示范項目—— left out
    ('陽泉100兆瓦光伏發電項目', '阳泉100兆瓦光伏发电项目', R),
]),
# ---------------------------------------------------------------- 2020s
('hb_2021_yanjiang_hsr_start_hant.txt', '9月25日,新建', '總投資522.7億元。', [
    ('滬渝蓉高速鐵路武漢至宜昌段', '沪渝蓉高速铁路武汉至宜昌段', R),   # 新建 (action) left out
    ('滬渝蓉高速鐵路', '沪渝蓉高速铁路', O),
    ('沿江高鐵武漢至宜昌段', '沿江高铁武汉至宜昌段', R),
    ('沿江高鐵', '沿江高铁', O),
    ('滬渝蓉沿江高鐵', '沪渝蓉沿江高铁', R),
    ('滬渝蓉沿江高鐵', '沪渝蓉沿江高铁', R),              # 新建滬渝蓉沿江高鐵綿延2000余公里
    ('武漢至宜昌段', '武汉至宜昌段', O),                  # section named without its line
]),
('ah_2022_wansu_crossborder_hant.txt', '鐵路方面', '省際航道整治基本完成。', [
    ('合新高鐵', '合新高铁', R),
    ('淮河特大橋', '淮河特大桥', R),                      # 控制性工程 is a descriptor
    ('滁寧城際鐵路', '滁宁城际铁路', R),
    ('寧馬城際鐵路', '宁马城际铁路', R),
    ('徐淮阜高速公路宿州段', '徐淮阜高速公路宿州段', R),
    ('徐淮阜高速公路宿州段工程', '徐淮阜高速公路宿州段工程', O),   # …工程可行性研究報告: 工程 may belong to the report's title
    ('淮北段', '淮北段', O),                              # section named without its line
    ('五河至泗洪高速項目', '五河至泗洪高速项目', R),
    ('五河至泗洪高速', '五河至泗洪高速', O),
    ('寧洛', '宁洛', O),                                  # 寧洛、寧馬高速改擴建: bare member
    ('寧馬高速', '宁马高速', R),
    ('寧馬高速改擴建', '宁马高速改扩建', O),              # longer reading with the action word
    ('來安至六合', '来安至六合', O),                      # 來安至六合、南京至和縣高速公路: bare member
    ('南京至和縣高速公路', '南京至和县高速公路', R),
    ('江淮運河', '江淮运河', R),
    ('蕪申運河', '芜申运河', O),                          # canal in a list of rivers (新汴河, 水陽江): borderline
]),
('sx_2022_pinglu_pv.txt', '“感谢平鲁区政府', '积蓄新动能。', [
    ('平朔煤矸石发电150MW农光储氢一体化项目', None, R),
    ('国电海丰平鲁90MW光伏发电项目', None, R),
    ('海晶太阳能90MW光伏发电项目', None, R),
    ('平朔煤矸石发电', None, O),                           # 平朔煤矸石发电、国电海丰、海晶太阳能3个光伏项目: short forms = company names
    ('国电海丰', None, O),
    ('海晶太阳能', None, O),
]),
('jx_2023_yongxin_county_hant.txt', '位于永新縣電子信息產業園', '水質凈化提升。', [
    ('永新縣電子信息產業園', '永新县电子信息产业园', O),  # park named by an industry, after 位于
    ('電子信息產業園', '电子信息产业园', O),
    ('嘉尚新能源儲能電池項目', '嘉尚新能源储能电池项目', R),
    ('仰山生態修復項目', '仰山生态修复项目', R),
    ('子珍大道新建工程', '子珍大道新建工程', R),
    ('永新長征學院', '永新长征学院', O),                  # an institution (…等項目)
    ('永新長征學院項目', '永新长征学院项目', R),
    ('長征國家文化公園永新段', '长征国家文化公园永新段', R),
    ('長征國家文化公園', '长征国家文化公园', O),
    ('仰山生態修復項目', '仰山生态修复项目', R),          # 在仰山生態修復項目地
]),
('ha_xiangcheng_county_hant.txt', '位于襄城縣城南', '試生產。', [
    ('襄城縣城南煤焦化循環經濟產業園', '襄城县城南煤焦化循环经济产业园', O),   # park named by an industry, after 位于
    ('城南煤焦化循環經濟產業園', '城南煤焦化循环经济产业园', O),
    ('石墨電極項目', '石墨电极项目', O),                  # named by its product only: borderline
    ('煤系針狀焦', '煤系针状焦', O),                      # 煤系針狀焦、瀝青改質等項目: bare members
    ('瀝青改質', '沥青改质', O),
    ('石墨電極項目', '石墨电极项目', O),
    ('河南首瑞橡膠股份有限責任公司橡膠制品生產項目', '河南首瑞橡胶股份有限责任公司橡胶制品生产项目', R),
    ('城北產業集聚區', '城北产业集聚区', O),              # zone named in passing, after 位于
    ('許昌皓邦光伏科技有限公司晶體硅太陽能電池組件項目', '许昌皓邦光伏科技有限公司晶体硅太阳能电池组件项目', R),
]),
]

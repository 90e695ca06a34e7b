# Hand annotation of project names (projects-heldout160), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 北京
('bj_2008_olympic_venues_list.txt', '2008年奥运会的37个场馆中', '沈阳奥林匹克中心。', [
    ('国家体育场(鸟巢)', None, O),                        # name with its nickname in brackets, as written
    ('国家体育场', None, R),
    ('鸟巢', None, O),                                     # nickname
    ('国家游泳中心(水立方)', None, O),
    ('国家游泳中心', None, R),
    ('水立方', None, O),
    ('国家体育馆', None, R),
    ('北京射击馆', None, R),
    ('五棵松篮球馆', None, R),
    ('老山自行车馆', None, R),
    ('顺义奥林匹克水上公园', None, R),
    ('中国农业大学体育馆', None, R),
    ('北京大学体育馆', None, R),
    ('北京科技大学体育馆', None, R),
    ('北京工业大学体育馆', None, R),
    ('北京奥林匹克公园网球场', None, R),
    ('奥体中心体育场', None, R),
    ('奥体中心体育馆', None, R),
    ('北京工人体育场', None, R),
    ('北京工人体育馆', None, R),
    ('首都体育馆', None, R),
    ('丰台体育中心垒球场', None, R),
    ('英东游泳馆', None, R),
    ('老山山地自行车场', None, R),
    ('北京射击场飞碟靶场', None, R),
    ('北京理工大学体育馆', None, R),
    ('北京航空航天大学体育馆', None, R),
    ('国家会议中心击剑馆', None, R),
    ('北京奥林匹克公园曲棍球场', None, R),
    ('北京奥林匹克公园射箭场', None, R),
    ('北京五棵松体育中心棒球场', None, R),
    ('朝阳公园沙滩排球场', None, R),
    ('老山小轮车赛场', None, R),
    ('铁人三项赛场', None, O),                             # temporary venue named only by its sport
    ('公路自行车赛场', None, O),
    ('青岛奥林匹克帆船中心', None, R),
    ('秦皇岛市奥体中心体育场', None, R),
    ('上海体育场', None, R),
    ('香港奥运赛马场', None, R),
    ('天津奥林匹克中心体育场', None, R),
    ('沈阳奥林匹克中心', None, R),
]),
('bj_2025_subcentre_works_hant.txt', '構建綜合交通體系方面', '走進現實。', [
    ('北京城市副中心站綜合交通樞紐', '北京城市副中心站综合交通枢纽', R),
    ('北京軌道交通6號線二期南延段', '北京轨道交通6号线二期南延段', R),
    ('運河東大街東延', '运河东大街东延', R),                 # extension of a road, written as its section name
    ('運河東大街', '运河东大街', O),
    ('北京城市副中心', '北京城市副中心', O),               # 在北京城市副中心出行: the planned area as a locative
    ('路縣故城遺址保護展示工程', '路县故城遗址保护展示工程', R),
    ('中國人民大學通州校區', '中国人民大学通州校区', O),     # institution's campus
    ('清華大學通州金融發展與人才培養基地項目', '清华大学通州金融发展与人才培养基地项目', R),
    ('北京胸科醫院危房改建項目', '北京胸科医院危房改建项目', R),
    ('北京市疾病預防控制中心遷建項目', '北京市疾病预防控制中心迁建项目', R),
    ('潮白河綜合治理與生態修復工程', '潮白河综合治理与生态修复工程', R),
    ('河北廊坊“北三縣”供水工程北京通州段', '河北廊坊北三县供水工程北京通州段', R),
    ('北京城市副中心站綜合交通樞紐中深層地熱項目', '北京城市副中心站综合交通枢纽中深层地热项目', R),
    ('北京城市副中心站綜合交通樞紐', '北京城市副中心站综合交通枢纽', O),  # the hub inside the geothermal project's name
]),
('bj_2023_daxing_report_industry.txt', '强化基金引导作用', '再创“大兴速度”。', [
    ('爱佩仪', None, O),                                   # 引入爱佩仪、腾势汽车等…项目: projects named by companies
    ('腾势汽车', None, O),
    ('生物医药基地南扩区', None, O),                       # extension area of a park named by its industry
    ('首医大(一期)项目', None, R),
    ('氢能示范区南区一期', None, R),
    ('氢能示范区', None, O),
    ('商业航天基地起步区', None, O),                       # base named by its industry + generic 起步区
    ('中日示范区配套服务中心', None, R),
    ('中日示范区', None, O),
    ('经开区', None, O),                                   # development zone named in passing
    ('美锦能源', None, O),                                 # 美锦能源等一批项目: project named by its company
]),
# ---------------------------------------------------------------- 天津
('tj_2008_tianjin_station_hub.txt', '中新社天津七月三十一日电', '八月一日投入使用。', [
    ('京津城际铁路', None, R),
    ('天津站', None, R),                                   # 天津站最大规模升级改造工程: the station (descriptive words follow)
    ('天津站交通枢纽', None, R),
    ('天津站交通枢纽工程', None, R),
    ('天津站', None, O),                                   # the station inside the hub's name (also a build-order workaround)
    ('天津站', None, R),                                   # 改造后的天津站主体建筑
]),
('tj_2009_port_ore_coal_terminals_hant.txt', '7月28日,天津港', '具有重要作用。', [
    ('天津港南疆專業(yè)化礦石碼頭工程', '天津港南疆专业化矿石码头工程', R),
    ('神華天津港煤炭碼頭項目配套工程', '神华天津港煤炭码头项目配套工程', R),
    ('神華天津港煤炭碼頭項目', '神华天津港煤炭码头项目', O),   # the main project inside its supporting works' name
    ('天津港', '天津港', O),                               # the port inside 神華天津港…: nested reading (also a build-order workaround)
    ('天津港', '天津港', R),                               # 為天津港每年新增吞吐能力
    ('天津港南疆專業(yè)化礦石碼頭工程', '天津港南疆专业化矿石码头工程', R),
    ('天津港南疆港區(qū)', '天津港南疆港区', O),               # port area
    ('南疆26#泊位', '南疆26#泊位', O),                     # berth given as the project's location
    ('神華天津港煤炭碼頭項目配套工程', '神华天津港煤炭码头项目配套工程', R),
    ('神華天津港煤炭碼頭項目', '神华天津港煤炭码头项目', O),
    ('天津港南疆港區(qū)', '天津港南疆港区', O),
    ('16#-18#泊位', '16#-18#泊位', O),                     # bare berth numbers
    ('天津港', '天津港', R),                               # 鞏固天津港作為北方第一大港
]),
('tj_2016_binhai_b1_metro_hant.txt', '天津濱海建投集團相關負責人介紹', '公共交通骨幹線作用。', [
    ('濱海新區', '滨海新区', O),                           # new area as the planning area (named in passing)
    ('B1', 'B1', O),                                       # B1、Z2和Z4三條地鐵線: bare members of an elliptical list
    ('Z2', 'Z2', O),
    ('Z4', 'Z4', O),
    ('北塘站', '北塘站', R),
    ('于家堡站', '于家堡站', R),
    ('濱海西站', '滨海西站', R),
    ('濱海高鐵站', '滨海高铁站', R),
    ('于家堡高鐵站', '于家堡高铁站', R),
    ('京津', '京津', O),                                   # 京津、津秦、…京濱等高鐵大動脈: bare members
    ('津秦', '津秦', O),
    ('哈大', '哈大', O),
    ('京沈', '京沈', O),
    ('京滬', '京沪', O),
    ('京濱', '京滨', O),
    ('B1線', 'B1线', R),
    ('濱海新區', '滨海新区', O),
    ('濱海新區', '滨海新区', O),                           # 濱海新區核心區
    ('中心商務區', '中心商务区', O),                       # development areas served by the line
    ('中部新城', '中部新城', O),
    ('B1線', 'B1线', R),
    ('北塘水庫', '北塘水库', O),                           # reservoir given as the line's end point
    ('海洋高新區', '海洋高新区', O),                       # development zone named in passing
    ('中心商務區', '中心商务区', O),
    ('中部新城', '中部新城', O),
]),
# ---------------------------------------------------------------- 河北
('hb_1953_shijiazhuang_industry.txt', '如果说京汉铁路', '最初的底色。', [
    ('京汉铁路', None, R),
    ('正太铁路', None, R),
    ('华北制药厂', None, R),
    ('石家庄第一棉纺织厂', None, R),
    ('棉二', None, O),                                     # local short names of the later cotton mills
    ('棉三', None, O),
    ('棉四', None, O),
    ('棉五', None, O),
]),
('hb_1978_qinhuangdao_coal_pier.txt', '著名的秦皇岛港煤码头', '开始了新时期建设。', [
    ('秦皇岛港煤码头一期、二期工程', None, R),             # one project in two phases (as 北海铁山港区3号、4号泊位)
    ('秦皇岛港煤码头一期', None, O),                       # bare first member
    ('秦煤一期、二期工程', None, O),                       # the short form defined in the text (简称)
    ('秦煤一期、二期工程', None, O),
    ('秦煤一期', None, O),                                 # heading
    ('秦皇岛港', None, R),
]),
('hb_2020_caofeidian_port_hant.txt', '孫貴石在講話', '增長(cháng)10%。', [
    ('唐銀搬遷', '唐银搬迁', O),                           # relocation of the 唐银 steel works: project named by a company
    ('唐銀', '唐银', O),
    ('水曹鐵路', '水曹铁路', R),
    ('鐵礦石公轉鐵裝車(chē)線(xiàn)', '铁矿石公转铁装车线', O),  # facility described by its function
    ('港前物流站', '港前物流站', O),
    ('唐曹鐵路東延工程', '唐曹铁路东延工程', R),
    ('唐曹鐵路', '唐曹铁路', O),
    ('華能進(jìn)口煤炭碼頭', '华能进口煤炭码头', R),
    ('文豐硬木碼頭', '文丰硬木码头', R),
    ('蒙冀鐵路', '蒙冀铁路', R),
]),
('hb_2023_shanhaiguan_transport.txt', '山海关火车站编组场内的列车', '图为京秦高速。', [
    ('山海关火车站', None, R),
    ('京哈', None, O),                                     # 京哈、京秦两条高速公路: bare members
    ('京秦', None, O),
    ('G102', None, O),                                     # road numbers
    ('新102', None, O),
    ('G228', None, O),
    ('秦沈客运专线', None, R),
    ('津山铁路', None, R),
    ('沈山铁路', None, R),
    ('山海关火车站', None, R),
    ('京秦高速', None, R),                                 # photo caption
]),
('hb_2024_xiongan_q4_starts_hant.txt', '10月16日,雄安新區在', '增強城市吸引力。', [
    ('雄安新區', '雄安新区', O),                           # every 雄安新區 here is a locative or owner (as heldout103)
    ('啟動區城市文化廣場項目', '启动区城市文化广场项目', R),
    ('雄安新區', '雄安新区', O),                           # caption
    ('雄安新區', '雄安新区', O),
    ('國家能源集團雄安基地', '国家能源集团雄安基地', R),
    ('昝崗片區', '昝岗片区', O),                           # development areas
    ('起步區第五組團', '起步区第五组团', O),
    ('雄安新區', '雄安新区', O),
    ('雄安新區', '雄安新区', O),                           # caption
    ('啟動區城市文化廣場項目', '启动区城市文化广场项目', R),
    ('啟動區城市文化廣場項目', '启动区城市文化广场项目', R),
    ('雄安新區', '雄安新区', O),
]),
# ---------------------------------------------------------------- 内蒙古
('nm_1950s_baotou_industry_hant.txt', '“一五”期間,國(guó)家156', '加大支援包鋼的力度。', [
    ('包頭鋼鐵公司', '包头钢铁公司', O),                   # company name standing for the steelworks project
    ('內(nèi)蒙古第一機(jī)械廠', '内蒙古第一机械厂', R),
    ('內(nèi)蒙古第二機(jī)械廠', '内蒙古第二机械厂', R),
    ('包頭第一熱電廠', '包头第一热电厂', R),
    ('包頭第二熱電廠', '包头第二热电厂', R),
    ('包鋼', '包钢', O),                                   # 包鋼離休干部: short company name
    ('包鋼', '包钢', O),                                   # 第一代包鋼人
    ('1號(hào)高爐', '1号高炉', O),                         # sub-part of the works
    ('包鋼', '包钢', O),                                   # 包鋼地理位置偏遠: the works
    ('包鋼', '包钢', O),
    ('包鋼', '包钢', O),
]),
('nm_2015_erlian_xilinhot_railway.txt', '[ 导读 ]', '具有重要意义。', [
    ('二连浩特至锡林浩特铁路', None, R),
    ('二连浩特—锡林浩特—乌兰浩特铁路', None, R),
    ('集宁至通辽铁路', None, R),
    ('二连浩特至锡林浩特铁路', None, R),
    ('二连浩特—锡林浩特—乌兰浩特铁路', None, R),
    ('集宁至 通辽 铁路', '集宁至通辽铁路', R),             # inner spaces as stored; name without them
    ('二连浩特至锡林浩特铁路', None, R),
    ('锡林浩特至乌兰浩特铁路', None, R),
    ('集宁至二连浩特铁路', None, R),
    ('内蒙古东西铁路大通道', None, O),                     # corridor named descriptively
    ('二连浩特—锡林浩特—乌兰浩特铁路', None, R),
]),
('nm_2016_hohhot_major_projects.txt', '一是围绕产业转型', '快速路全线通车。', [
    ('京能盛乐2×35万千瓦', None, O),                       # bare member of …、托电五期2×66万千瓦机组
    ('和林电厂2×60万千瓦', None, O),
    ('和林电厂', None, R),                                 # the plant itself is named
    ('托电五期2×66万千瓦机组', None, R),
    ('托电五期', None, O),
    ('中环光伏一、二、三期项目', None, R),                 # one project in three phases
    ('四期工程', None, O),                                 # anaphoric phase
    ('晟大能源', None, O),                                 # 晟大能源、环聚新能源等19家光伏发电项目: projects named by companies
    ('环聚新能源', None, O),
    ('中国电信', None, O),                                 # 中国电信、中国移动、中国联通大数据中心: bare members
    ('中国移动', None, O),
    ('中国联通大数据中心', None, R),
    ('地铁一二号线', None, R),
    ('三四号线', None, O),                                 # planned lines, anaphoric
    ('机场迁建工程', None, O),                             # anaphoric (the 呼和浩特 airport relocation)
]),
('nm_2022_changtan_power_lines.txt', '据悉,汇能长滩电厂', '电力供应保障能力。', [
    ('汇能长滩电厂1000千伏送出工程', None, R),
    ('国电长滩电厂500千伏送出工程', None, R),
    ('“蒙西-天津南”特高压输电通道', '蒙西-天津南特高压输电通道', R),
    ('内蒙古汇能长滩电厂升压站', None, O),                 # sub-part of a plant
    ('内蒙古汇能长滩电厂', None, O),
    ('国电长滩电厂升压站', None, O),
    ('国电长滩电厂', None, O),
    ('1000千伏特高压鄂尔多斯变电站', None, R),
    ('鄂尔多斯变电站', None, O),
    ('汇能长滩电厂1000千伏送出工程', None, R),
    ('国电长滩电厂500千伏送出工程', None, R),
]),
]

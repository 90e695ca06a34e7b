# Hand annotation of project names (projects-heldout149), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 河南
('ha_suiping_1980s_irrigation.txt', '南干渠流经文城', '八里岗水库灌区设计灌溉面积1万亩。', [
    ('南干渠', None, O),                                   # main canals of the 板桥 district (sub-parts, generic words)
    ('北干渠', None, O),
    ('板桥灌区', None, R),                                 # short form of 板桥水库灌区 written as such
    ('下宋水库灌区', None, R),                             # paragraph head
    ('下宋水库', None, O),                                 # reservoir inside the district name
    ('下宋水库灌区', None, R),
    ('下宋水库', None, O),
    ('下宋水库', None, R),
    ('魏楼水库灌区', None, R),
    ('魏楼水库', None, O),
    ('千米渡槽', None, O),                                 # nickname in quotes (“千米渡槽”)
    ('魏楼水库', None, R),
    ('双沟水库灌区', None, R),
    ('双沟水库', None, O),
    ('八里岗水库灌区', None, R),
    ('八里岗水库', None, O),
]),
('ha_1989_luhun_irrigation.txt', '经过19年的努力工作', '竟成了山上居民的幸福源泉。', [
    ('育魂灌区', None, R),                                 # as written (the text's misspelling of 陆浑灌区)
    ('人造天河', None, O),                                 # nickname
    ('陆浑灌区工程', None, O),                             # project name inside an organisation name
    ('陆浑灌区', None, O),
    ('天河', None, O),                                     # nickname, short
    ('陆浑灌区', None, R),
    ('陆浑水库', None, R),
    ('前富山隧洞', None, R),
]),
('ha_zhengxin_2017_integration_plan.txt', '构建现代郑新城市综合交通体系', '总投资15.4亿元。', [
    ('郑新融合交通廊道', None, O),                         # planned corridor (programme)
    ('新晋高速南延公铁两用黄河特大桥', None, R),
    ('新晋高速南延', None, O),
    ('原阳县官渡黄河大桥', None, R),                       # county written as part of the name, list item
    ('官渡黄河大桥', None, O),
    ('郑济公铁两用桥', None, R),
    ('安罗高速原阳黄河大桥', None, R),
    ('安罗高速', None, O),
    ('封丘黄河大桥', None, R),
    ('郑济高铁', None, R),
    ('新焦城际', None, R),
    ('郑州—新乡—南太行轨道交通', None, R),
    ('新乡—封丘-开封城际', None, R),
    ('郑州南—新乡城际', None, R),
    ('新乡—安阳城际', None, R),
    ('鹤辉高速', None, R),
    ('新晋高速', None, R),
    ('沿太行高速新乡段', None, R),
    ('沿太行高速', None, O),
    ('兰原高速', None, R),
    ('新晋高速南延', None, R),
    ('安罗高速', None, R),
    ('濮阳至卫辉高速公路新乡段', None, R),
    ('濮阳至卫辉高速公路', None, O),
    ('郑新大道', None, R),
    ('G107东移', None, O),                                 # road number + relocation
    ('G107', None, O),
    ('龙凤大道', None, R),
    ('G230', None, O),
    ('北沿黄大道', None, R),
    ('G327', None, O),
    ('新乡—开封快速通道', None, R),
]),
('ha_zhengzhou_airport_zone_2020s_hant.txt', '機場至南站城際鐵路年內投用', '確保年內按時竣工投用等。', [
    ('機場至南站城際鐵路', '机场至南站城际铁路', O),       # headline short form of the intercity line
    ('航空港實驗區', '航空港实验区', O),                   # the zone as organiser (administrative unit)
    ('鄭州市航空港實驗區', '郑州市航空港实验区', O),
    ('航空港實驗區', '航空港实验区', O),
    ('航空港實驗區', '航空港实验区', O),
    ('航空港實驗區', '航空港实验区', O),
    ('鄭州南站樞紐工程(一期)', '郑州南站枢纽工程(一期)', R),
    ('鄭州南站樞紐工程', '郑州南站枢纽工程', O),
    ('鄭州南站', '郑州南站', O),
    ('新鄭機場至鄭州南站城際鐵路', '新郑机场至郑州南站城际铁路', R),
    ('新鄭機場', '新郑机场', O),                           # places the line connects
    ('鄭州南站', '郑州南站', O),
    ('京港澳高速航空港區雙湖大道互通式立交新建', '京港澳高速航空港区双湖大道互通式立交新建', O),
    ('京港澳高速航空港區雙湖大道互通式立交', '京港澳高速航空港区双湖大道互通式立交', R),
    ('京港澳高速', '京港澳高速', O),
]),
# ---------------------------------------------------------------- 湖北
('hb_wuhan_2017_yangtze_bridges_hant.txt', '武漢長江二橋 武漢長江二橋——', '共用的特大型跨江橋梁。', [
    ('武漢長江二橋', '武汉长江二桥', R),                   # paragraph head word
    ('武漢長江二橋', '武汉长江二桥', R),                   # sub-title
    ('武漢長江二橋', '武汉长江二桥', R),
    ('白沙洲長江大橋', '白沙洲长江大桥', R),
    ('白沙洲長江大橋', '白沙洲长江大桥', R),
    ('三環(huán)線', '三环线', R),                          # the ring road (like 内环线 in heldout147)
    ('白沙洲長江大橋', '白沙洲长江大桥', R),
    ('三環(huán)線', '三环线', R),
    ('軍山長江大橋', '军山长江大桥', R),
    ('軍山長江大橋', '军山长江大桥', R),
    ('軍山長江大橋', '军山长江大桥', R),
    ('軍山長江大橋', '军山长江大桥', R),
    ('京港澳高速公路(G4)', '京港澳高速公路(G4)', O),
    ('京港澳高速公路', '京港澳高速公路', R),
    ('G4', None, O),                                       # road number
    ('滬渝高速公路(G50)', '沪渝高速公路(G50)', O),
    ('滬渝高速公路', '沪渝高速公路', R),
    ('G50', None, O),
]),
('hb_wuhan_2022_report_tasks.txt', '1.科技创新', '区域高空管制中心。', [
    ('东湖科学城', None, R),
    ('东风高端新能源汽车', None, R),                       # project named without 项目 (等195个项目)
    ('吉利路特斯', None, O),                               # company/brand used for its plant
    ('武汉智能网联汽车测试场', None, R),
    ('小米科技园', None, R),
    ('楚河汉街', None, O),                                 # commercial street / venue to be upgraded
    ('民众乐园', None, O),
    ('沿江高铁武汉至宜昌段', None, R),
    ('沿江高铁', None, O),
    ('武汉至合肥段', None, O),                             # elliptical section (line written once)
    ('武汉枢纽直通线', None, R),
    ('汉阳站', None, R),
    ('武汉天河站', None, R),
    ('长江新区站', None, R),
    ('长江新区', None, O),
    ('白沙洲公铁长江大桥', None, R),
    ('天河机场第三跑道', None, R),
    ('天河机场', None, O),
    ('区域高空管制中心', None, O),                         # facility named only by its function
]),
# ---------------------------------------------------------------- 湖南
('hn_zhuzhou_2021_starts.txt', '  6月21日,株洲市举行', '曹慧泉宣布长株潭先进硬质材料产业园项目开工。', [
    ('荷塘区长株潭先进硬质材料产业园项目', None, O),       # district locative before the name
    ('长株潭先进硬质材料产业园项目', None, R),
    ('长株潭先进硬质材料产业园', None, O),
    ('株洲经开区', None, O),                               # zone named in passing
    ('中核云峰湖健康谷', None, R),
    ('渌水湖畔生态运动小镇', None, R),
    ('织里童装基地', None, R),
    ('中国·炎陵神农百草药王谷项目', None, R),
    ('中国·炎陵神农百草药王谷', None, O),
    ('炎陵神农百草药王谷项目', None, O),
    ('长株潭先进硬质材料产业园项目', None, R),             # sub-heading line
    ('长株潭先进硬质材料产业园', None, O),
    ('长株潭先进硬质材料产业园项目', None, R),
    ('长株潭先进硬质材料产业园', None, O),
]),
('hn_xiangyin_2025_port_projects.txt', '华声在线3月4日讯', '越来越多好项目落户湘阴。', [
    ('湖南湘江新区湘阴片区', None, O),                     # zone
    ('湖南湘江新区', None, O),
    ('智慧装备制造项目', None, O),                         # generic title, owner named outside the span
    ('建筑新型材料智慧装备产业园', None, O),               # descriptive
    ('虞公港', None, R),
    ('大型综合物资储备基地项目', None, O),                 # generic signed title
    ('战略和应急物资储备基地(虞公港)', None, O),
    ('虞公港', None, O),                                   # locative in brackets
    ('虞公港二期工程项目', None, R),
    ('虞公港二期工程', None, O),
    ('虞公港', None, O),
    ('虞公港', None, R),
    ('湘江新区', None, O),
    ('虞公港', None, R),
    ('临港产业开发区', None, O),                           # zone named in passing
]),
# ---------------------------------------------------------------- 江西
('jx_jiujiang_bridge_1970s_history.txt', '1959年7月,中共八届八中全会', '筹备九江长江大桥前期勘测设计工作。', [
    ('九江长江大桥', None, R),
    ('九江长江大桥', None, R),
    ('九江长江大桥', None, R),
    ('九江桥', None, O),                                   # short form in a quoted instruction
    ('九江大桥', None, O),                                 # short form
    ('九江长江大桥新建工程', None, R),                     # inside the title of the design brief
    ('九江长江大桥', None, O),
    ('九江大桥', None, O),
    ('湖南石门澧水大桥', None, O),
    ('石门澧水大桥', None, R),
    ('澧水大桥', None, O),
    ('九江长江大桥', None, R),
]),
('jx_yugan_2020_roads_bridges.txt', '现在,人们从南昌去余干', '崎岖出行史。', [
    ('德昌高速', None, R),
    ('昌万公路', None, R),
    ('德昌高速', None, R),
    ('昌万公路', None, R),
    ('昌万公路', None, R),
    ('八一大桥', None, R),
    ('208省道', None, O),                                  # road number
    ('马背嘴大桥', None, R),
]),
# ---------------------------------------------------------------- 安徽
('ah_c2019_transport_plans_hant.txt', '安徽披露一批交通', '改擴(kuò)建項目建設(shè)。', [
    ('合肥軌道交通6號線', '合肥轨道交通6号线', R),
    ('3號線', '3号线', O),                                 # short form
    ('商合杭高鐵合肥以北段', '商合杭高铁合肥以北段', R),
    ('商合杭高鐵', '商合杭高铁', O),
    ('鄭阜高鐵', '郑阜高铁', R),
    ('昌景黃', '昌景黄', O),                               # bare members of 昌景黃、合安、安九高鐵
    ('合安', None, O),
    ('安九高鐵', '安九高铁', R),
    ('合肥至新沂高鐵', '合肥至新沂高铁', R),
    ('淮北至宿州至蚌埠', None, O),                         # bare member, head 城際鐵路 written once
    ('巢湖至馬鞍山城際鐵路', '巢湖至马鞍山城际铁路', R),
    ('合肥至南京', None, O),
    ('合肥至武漢', '合肥至武汉', O),
    ('六安至安慶至景德鎮(zhèn)鐵路', '六安至安庆至景德镇铁路', R),
    ('池州長江公路大橋', '池州长江公路大桥', R),
    ('明光—巢湖高速', None, R),
    ('滬陜高速合肥—大顧店段', '沪陕高速合肥—大顾店段', R),
    ('滬陜高速', '沪陕高速', O),
    ('蕪合高速二壩—林頭段改擴(kuò)建', '芜合高速二坝—林头段改扩建', O),
    ('蕪合高速二壩—林頭段', '芜合高速二坝—林头段', R),
    ('蕪合高速', '芜合高速', O),
    ('臨淮崗復(fù)線船閘', '临淮岗复线船闸', R),
    ('蕪湖宣城機(jī)場', '芜湖宣城机场', R),
    ('阜陽', '阜阳', O),                                   # bare members of 阜陽、安慶、池州九華山機場改擴建項目
    ('安慶', '安庆', O),
    ('池州九華山機(jī)場改擴(kuò)建項目', '池州九华山机场改扩建项目', R),
    ('池州九華山機(jī)場', '池州九华山机场', O),
]),
('ah_fuyang_2023_starts_hant.txt', ' 據(jù)了解,我市2023年前三批', '年度計(jì)劃投資16.4億元。', [
    ('紐龍船舶海洋高端裝備制造研發(fā)生產(chǎn)項(xiàng)目', '纽龙船舶海洋高端装备制造研发生产项目', R),
    ('阜陽謝橋2×66萬千瓦超超臨界電廠項(xiàng)目', '阜阳谢桥2×66万千瓦超超临界电厂项目', R),
    ('阜陽謝橋2×66萬千瓦超超臨界電廠', '阜阳谢桥2×66万千瓦超超临界电厂', O),
    ('森萍新能源輕量化汽車零部件生產(chǎn)項(xiàng)目', '森萍新能源轻量化汽车零部件生产项目', R),
    ('鴻鈞集團(tuán)半導(dǎo)體及LED固晶機(jī)制造項(xiàng)目', '鸿钧集团半导体及LED固晶机制造项目', R),
]),
('ah_huainan_2022_starts.txt', '会议听取了全省第三批', '新桥三级综合医院项目,总投资14.2亿元。', [
    ('淮南市高新智能显示产业基地三期', None, R),
    ('淮南市高新智能显示产业基地', None, O),
    ('淮南市中医院迁建', None, O),                         # institution + action word (like 上师大附中迁建)
    ('淮南市中医院', None, O),
    ('中环中清(凤台)新能源光伏产业基地项目', None, R),
    ('中环中清(凤台)新能源光伏产业基地', None, O),
    ('深圳芯视佳硅基微显示器生产项目', None, R),
    ('常州坤泰混动汽车变速器生产项目', None, R),
    ('淮河能源集团潘集电厂二期扩建项目', None, R),
    ('潘集电厂', None, O),
    ('新桥三级综合医院项目', None, R),
]),
# ---------------------------------------------------------------- 山西
('sx_jincheng_2019_expressways_hant.txt', ' 3. 晉陽(yáng)高速八車道', '高速公路網(wǎng)規(guī)劃。', [
    ('晉陽(yáng)高速八車道拓寬改造', '晋阳高速八车道拓宽改造', O),   # trailing action words, no 工程
    ('晉陽(yáng)高速', '晋阳高速', R),
    ('晉濟(jì)高速公路', '晋济高速公路', R),
    ('陽(yáng)濟(jì)公路', '阳济公路', R),                       # 省道陽濟公路
    ('晉城東南環(huán)高速公路工程', '晋城东南环高速公路工程', R),
    ('晉城東南環(huán)高速公路', '晋城东南环高速公路', O),
    ('高新高速', None, R),
    ('G55二廣高速公路', 'G55二广高速公路', O),
    ('G55', None, O),
    ('二廣高速公路', '二广高速公路', R),
    ('晉濟(jì)高速', '晋济高速', R),                          # in brackets: the section's local name
    ('晉城西南環(huán)高速公路工程', '晋城西南环高速公路工程', R),
    ('晉城西南環(huán)高速公路', '晋城西南环高速公路', O),
    ('高沁高速', None, R),
    ('晉濟(jì)高速', '晋济高速', R),
    ('晉城東南環(huán)高速', '晋城东南环高速', R),
]),
('sx_2025_expressway_program.txt', '山西交通厅消息', '增强群众获得感和幸福感。', [
    ('汾石', None, O),                                     # bare member of 汾石、浮临高速公路
    ('浮临高速公路', None, R),
    ('昔阳至榆次高速公路', None, R),                       # two names written without a separator
    ('大同绕城高速公路陈庄至肥村段', None, R),
    ('大同绕城高速公路', None, O),
    ('青兰高速公路黎城至霍州段', None, R),
    ('青兰高速公路', None, O),
    ('太旧高速公路改扩建', None, O),
    ('太旧高速公路', None, R),
    ('祁县至离石高速公路', None, R),
    ('昔阳至榆次高速公路', None, R),
    ('青银二广高速公路太原联络线', None, R),
    ('大同绕城高速公路陈庄至肥村段', None, R),
    ('大同绕城高速公路', None, O),
    ('繁峙至五台高速公路', None, R),
    ('大同绕城高速公路陈庄至肥村段项目', None, R),
    ('大同绕城高速公路陈庄至肥村段', None, O),
    ('大同绕城高速公路', None, O),
    ('天黎高速公路', None, R),
    ('大运高速公路', None, R),
    ('昔阳至榆次高速公路', None, R),
    ('修文枢纽', None, O),                                 # interchange of the expressway (sub-part)
    ('太原东二环高速公路', None, R),
    ('昔阳段', None, O),                                   # anaphoric section
]),
('sx_1950s_water_works.txt', '相继建成滹沱河', '距太原市95公里。', [
    ('御河', None, O),                                     # works named after the river; river or works
    ('万益渠', None, R),
    ('民生渠', None, R),
    ('汾河二坝铁板堰', None, R),
    ('汾河二坝', None, O),
    ('汾河水库', None, R),
    ('汾河水库', None, R),
]),
]

# Hand annotation of project names (projects-heldout158), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 河南
('ha_kaifeng_county_2013_huanglong_park.txt', '黄龙园区是省级经济技术开发区', '为集聚区的发展奠定了基础。', [
    ('黄龙园区', None, R),                                 # the county's park is the topic (a named zone)
    ('连霍高速', None, R),
    ('大广高速', None, R),
    ('日南高速', None, R),
    ('陇海铁路', None, R),
    ('310国道', None, O),                                  # road number
    ('黄龙园区', None, R),
    ('禾丰禽宰', None, O),                                 # company + bare trade word: reads as the company's name
    ('亚通塑胶', None, O),
    ('南方彩印', None, O),
    ('青上化工', None, O),
    ('烟草物流', None, O),                                 # named only by an industry
    ('晋开百万吨总氨', None, R),                           # company + capacity + product, no 项目 (like 桐城金田尼龙薄膜)
    ('烟草物流', None, O),
    ('医药物流', None, O),
    ('科德仪表', None, O),
    ('赛林德空分设备', None, R),                           # company + specific product
]),
('ha_xiuwu_2012_county_projects.txt', '该县地区生产总值增长12%', '年内电子电感总产达到10亿个。', [
    ('华芳修武纺织', None, R),                             # company + place + product line (the company's 修武 plant)
    ('云翔纺织', None, O),                                 # company + bare trade word
    ('伊赛10万头肉牛', None, R),                           # company + capacity + product
    ('50万吨饲料', None, O),                               # capacity only, company elided (second member of 和)
    ('奇力新二期', None, R),                               # phase word makes it a project
    ('吉成磁电', None, O),
]),
('ha_zhengzhou_airport_zone_2019q3.txt', '据了解,今年前9个月', '年底可望投入运营。', [
    ('航空港实验区立体交通枢纽建设工程', None, O),         # a category of the zone's works, place-qualified
    ('郑州南站枢纽工程', None, R),
    ('港区至许昌城际铁路郑州段工程', None, R),
    ('华锐光电5代线项目', None, R),
    ('唯品会中部地区区域枢纽物流基地项目', None, R),
    ('京港澳高速项目', None, O),                           # greening works along the expressway, named by it
    ('商登高速项目', None, O),
    ('合融养老院项目', None, R),
]),
# ---------------------------------------------------------------- 湖北
('hb_wuhan_1950s_156_projects.txt', '武汉工业史上的', '是中国钢铁工业的重要支柱之一。', [
    ('武钢', None, O),                                     # short names of the five enterprises
    ('武重', None, O),
    ('武船', None, O),
    ('武锅', None, O),
    ('武肉联', None, O),
    ('武汉钢铁公司', None, O),                             # 156 project named by the enterprise (company name), as earlier sets
    ('武汉重型机床厂', None, R),
    ('武汉锅炉厂', None, R),
    ('武昌造船厂', None, R),
    ('武汉肉类联合加工厂', None, R),
    ('青山热电厂', None, R),
    ('武汉长江大桥', None, R),
    ('武钢', None, O),
    ('武重', None, O),
    ('武锅', None, O),
    ('武船', None, O),
    ('武肉联', None, O),
    ('武汉钢铁公司', None, O),                             # 是新中国成立后建设的第一个…联合企业
    ('炼铁厂一号高炉', None, O),                           # sub-part
]),
('hb_wuhan_1956_1958_inspection.txt', '楚天金报讯', '品种最全的大型骨干企业。', [
    ('武钢', None, O),
    ('长江大桥', None, O),                                 # short form of 武汉长江大桥
    ('武钢第一号高炉', None, O),                           # sub-part
    ('武重', None, O),
    ('大冶铁矿', None, R),
    ('大冶钢厂', None, R),
    ('长江三峡工程', None, R),
    ('武汉重型机床厂', None, R),                           # caption 图为:武汉重型机床厂投产
    ('武汉重型机床厂', None, R),
    ('武重', None, O),
]),
('hb_xiangyang_2023_signings.txt', '1月10日,襄阳市举行', '确保实现一季度经济工作“开门红”。', [
    ('10Gwh锂电池电芯及pack产业园', None, O),             # named only by capacity and product
    ('年产30万吨锂离子电池电解液', None, O),
    ('枣阳汽车新材产业园', None, R),                       # place-qualified park
    ('比亚迪襄阳产业园', None, R),
    ('湖北锂源磷酸铁锂正极材料', None, R),                 # company + specific product, no 项目
]),
# ---------------------------------------------------------------- 湖南
('hn_changzhutan_2010_intercity.txt', '湖南省发展投资集团是', '将形成一小时通勤圈。', [
    ('首期长株潭城际铁路', None, O),                       # reading with 首期
    ('长株潭城际铁路', None, R),
    ('长沙站', None, R),
    ('长沙站', None, R),
    ('树木岭', None, O),                                   # bare station names of 设…共12个车站 (elliptical list)
    ('香樟路', None, O),
    ('湘府路', None, O),
    ('汽车南站', None, R),                                 # full station name inside the list
    ('中信新城', None, O),
    ('生态动物园', None, O),
    ('暮云', None, O),
    ('开福寺', None, O),
    ('滨江新城', None, O),
    ('市府', None, O),
    ('雷锋大道', None, O),
    ('白马垄', None, O),
    ('时代', None, O),
    ('云龙', None, O),
    ('株洲', None, O),
    ('七斗冲', None, O),
    ('昭山', None, O),
    ('荷塘', None, O),
    ('板塘', None, O),
    ('湘潭', None, O),
    ('长沙至益阳至常德的城际轨道', None, O),               # a specific line, written as a description (的)
    ('长沙至岳阳', None, O),                               # bare members of …等五条城际轨道
    ('株洲至衡阳', None, O),
    ('长沙西环线', None, R),                               # a full line name inside the list
    ('长沙至浏阳', None, O),
    ('湘潭至娄底', None, O),
]),
('hn_changzhutan_2019_west_line_hant.txt', '4月20日上午,長株潭', '以可研批復為準。', [
    ('長株潭城際軌道交通西環線項目', '长株潭城际轨道交通西环线项目', O),   # inside the agreement's title 《…合作框架協議》
    ('長株潭城際軌道交通西環線項目', '长株潭城际轨道交通西环线项目', R),
    ('長株潭城際軌道交通西環線項目', '长株潭城际轨道交通西环线项目', R),
    ('長沙市軌道交通3號線一期工程', '长沙市轨道交通3号线一期工程', R),
    ('山塘站', None, R),
    ('滬昆高鐵湘潭北站', '沪昆高铁湘潭北站', O),           # line + station read as one
    ('滬昆高鐵', '沪昆高铁', R),
    ('湘潭北站', None, R),
    ('長沙市軌道交通線網13號線', '长沙市轨道交通线网13号线', O),   # a line of the planned network
    ('13號線', '13号线', O),
    ('長潭(河西)快線', '长潭(河西)快线', R),
    ('湘潭北站', None, R),
]),
('hn_chenzhou_2022_starts.txt', '湖南日报1月6日讯', '其中总投资超10亿元的项目全部为产业项目。', [
    ('湖南金磊日产4900吨熟料水泥生产线', None, R),         # trailing 异地搬迁改造 left out
    ('湖南金磊日产4900吨熟料水泥生产线异地搬迁改造', None, O),
    ('苏仙先进智造园(中电光谷)', None, R),
    ('苏仙先进智造园', None, O),
    ('郴州国际内陆港(一期)', None, R),
    ('郴州国际内陆港', None, O),
    ('莽山国家5A旅游景区', None, O),                      # a scenic area (tourism resource) being built up
    ('莽山国家5A旅游景区建设', None, O),
    ('兴盛优选西南物流产业园(一期)', None, R),
    ('兴盛优选西南物流产业园', None, O),
    ('长歌智能制造基地项目(一期)', None, R),
    ('长歌智能制造基地项目', None, O),
]),
# ---------------------------------------------------------------- 江西
('jx_jingdezhen_2017_water_works_hant.txt', '浯溪口水利樞紐大壩主體工程', '治理水土流失13平方公里。', [
    ('浯溪口水利樞紐大壩主體工程', '浯溪口水利枢纽大坝主体工程', R),
    ('浯溪口水利樞紐', '浯溪口水利枢纽', O),
    ('樂平市碧灣攔河閘除險加固工程', '乐平市碧湾拦河闸除险加固工程', R),   # appositive 大型水閘 left out
    ('樂平市碧灣攔河閘', '乐平市碧湾拦河闸', O),
    ('五河治理項目', '五河治理项目', O),               # provincial programme (省五河治理項目)
    ('樂平市續(xù)湖聯(lián)圩除險加固主體工程', '乐平市续湖联圩除险加固主体工程', R),
    ('樂平市續(xù)湖聯(lián)圩', '乐平市续湖联圩', O),
    ('樂平市十里崗鎮(zhèn)防洪工程', '乐平市十里岗镇防洪工程', R),
    ('浮梁縣經(jīng)公橋鎮(zhèn)-勒功鄉(xiāng)防洪工程', '浮梁县经公桥镇-勒功乡防洪工程', R),
    ('西河竟成鎮(zhèn)(三河段)防洪工程', '西河竟成镇(三河段)防洪工程', R),
]),
('jx_ganzhou_2019_infrastructure.txt', '1月29日,赣州迎宾高架', '可周转成品油30万吨。', [
    ('赣州迎宾高架快速路', None, R),
    ('兴泉铁路', None, R),
    ('荷树2#隧道', None, R),                              # locative 兴国县江背镇的 left out
    ('兴泉铁路', None, R),
    ('赣州国际陆港', None, R),
    ('赣州黄金机场t2航站楼', None, R),
    ('赣州黄金机场', None, O),
    ('昌赣客专赣州赣江特大桥', None, R),                   # appositive 国内首座…斜拉桥—— left out
    ('昌赣客专', None, O),
    ('赣州赣江特大桥', None, O),
    ('石城金华山风电场', None, R),
    ('赣县区城关幼儿园', None, O),                         # institution
    ('赣州东江源大道快速路', None, R),
    ('赣州西站', None, R),
    ('赣州西站', None, R),
    ('赣州市高铁新区', None, O),                           # zone named in passing (位于…内)
    ('江西鑫盛石化有限公司成品油库项目一期项目', None, R),
    ('江西鑫盛石化有限公司成品油库项目一期', None, O),
]),
# ---------------------------------------------------------------- 安徽
('ah_hefei_luyang_2024_starts.txt', '本报讯2月27日上午', '另有安居工程项目3个,总投资45.9亿元。', [
    ('合肥国际陆港(二期)项目', None, R),
    ('合肥国际陆港', None, O),
    ('庐阳经开区', None, O),                               # development zone named in passing
    ('合肥国际陆港(二期)项目', None, R),
    ('未来创谷产业园', None, R),
    ('合肥未来大科学城', None, O),                         # planned science-city zone
    ('安庆路第三小学荷塘路校区建设工程', None, R),
    ('南门小学科学城校区建设工程', None, R),
    ('六安路小学阜南路校区教学楼', None, O),               # school building (institution); no 工程 written
    ('六安路小学阜南路校区教学楼改造', None, O),
    ('四十五中长丰路校区三期', None, O),
    ('四十五中长丰路校区三期改造', None, O),
]),
('ah_yinjiangjihuai_2021_progress_hant.txt', '橫跨于東淝河上', '引江濟淮工程開始發(fā)揮局部效益,。', [
    ('東淝河船閘', '东淝河船闸', R),                     # locative 橫跨于東淝河上的 left out
    ('引江濟淮工程', '引江济淮工程', R),
    ('引江濟淮一期主體工程', '引江济淮一期主体工程', R),
    ('引江濟淮', '引江济淮', O),
    ('淠河總干渠渡槽', '淠河总干渠渡槽', R),
    ('樅陽節(jié)制閘', '枞阳节制闸', R),
    ('派河口泵站', None, R),
    ('蜀山泵站', None, R),
    ('G3中派河大橋', 'G3中派河大桥', R),
    ('中派河大橋', '中派河大桥', O),
    ('江水北送段朱集站', None, O),                         # section + station
    ('朱集站', None, R),
    ('龍德加壓站', '龙德加压站', R),
    ('引江濟淮工程', '引江济淮工程', R),
]),
# ---------------------------------------------------------------- 山西
('sx_datong_yuanping_rail_hant.txt', '日前,省住建廳', '鐵路線路全長約147.3千米。', [
    ('大同至原平客運專線工程', '大同至原平客运专线工程', R),
    ('大西客運專線大同至原平段', '大西客运专线大同至原平段', R),
    ('大西客運專線', '大西客运专线', O),
    ('大同至原平客運專線工程', '大同至原平客运专线工程', R),
    ('大張高鐵', '大张高铁', R),
    ('大西客專', '大西客专', R),
    ('大同南站', None, R),
    ('懷仁東站', '怀仁东站', R),
    ('朔州東站', '朔州东站', R),
]),
('sx_taiyuan_2025_metro_line1_hant.txt', '太原軌道交通1號線是我省', '一體化發展也具有重要意義。', [
    ('太原軌道交通1號線', '太原轨道交通1号线', R),
    ('河龍灣站', '河龙湾站', R),
    ('武宿1號2號航站樓站', '武宿1号2号航站楼站', R),
    ('1號線', '1号线', O),                                 # short form of the line
    ('大南門站', '大南门站', R),
    ('2號線', '2号线', O),                                 # bare line number
    ('1號線', '1号线', O),
    ('西山停車場', '西山停车场', R),
    ('馬練營車輛基地', '马练营车辆基地', R),
    ('太原軌道交通1號線', '太原轨道交通1号线', R),
    ('太原軌道交通一號線', '太原轨道交通一号线', O),       # inside the company name …建設運營有限公司
    ('1號線', '1号线', O),
    ('太原西客站', None, R),
    ('太原站', None, R),
    ('太原南站', None, R),
    ('武宿機場', '武宿机场', R),
]),
]

# Hand annotation of project names (projects-heldout176), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 1950s-1990s
('nm_1954_1958_baibai_railway_hant.txt', '包白鐵路\n包白鐵路建於', '共有車站19個。', [
    ('包白鐵路', '包白铁路', R),                          # heading line
    ('包白鐵路', '包白铁路', R),                          # 包白鐵路建於1954-1956年
    ('包頭鐵路樞紐', '包头铁路枢纽', R),                  # a named railway hub (facility)
    ('白雲鄂博礦區', '白云鄂博矿区', O),                  # mining district: area as much as works
    ('白雲鄂博鐵礦', '白云鄂博铁矿', R),                  # the iron mine
    ('包頭西站(阿吉拉)', '包头西站(阿吉拉)', O),          # station, with its alias in brackets
    ('包頭西站', '包头西站', O),                          # station without the alias
    ('包鋼', '包钢', O),                                  # 興建包鋼: the steel works / company short name
    ('白雲鄂博礦區', '白云鄂博矿区', O),
]),
('tj_1982_1983_luan_tianjin_revisit.txt', '情势紧急!', '难度空前。', [
    ('引滦入津工程', None, R),                            # appositive 新中国首个跨流域大型引供水工程── left out
    ('引滦入津', None, O),                                # nested shorter reading; steers the next required 引滦入津
    ('引滦入津', None, R),                                # 引滦入津,分为…: the works' usual short name
    ('引滦枢纽工程', None, R),
    ('引滦入津输水工程', None, R),
    ('引滦枢纽工程', None, R),
    ('潘家口水利枢纽', None, R),
    ('大黑汀水利枢纽', None, R),
    ('引滦枢纽闸', None, O),                              # a component (sluice) of 引滦枢纽工程
]),
('tj_1983_tianjin_port_builders.txt', '天津港位于渤海湾', '乘潮进港。', [
    ('天津港', None, R),
    ('天津内港', None, R),
    ('老港', None, O),                                    # 也叫老港: nickname of the inner port
    ('新港', None, R),                                    # 称为新港
    ('天津港', None, R),
]),
('hb_1985_1995_huanghua_port_memoir.txt', '20世纪80年代初', '二期为6 000万吨。', [
    ('西煤东运第二大通道', None, O),                      # descriptive programme title of the 朔黄/黄骅 works
    ('西煤东运第二大通道', None, O),
    ('朔黄铁路', None, R),
    ('黄骅港', None, R),
    ('朔黄铁路', None, R),
    ('神朔线', None, R),
    ('神池站', None, O),                                  # station
    ('黄骅港', None, R),                                  # …沧州到黄骅港
    ('黄骅港', None, R),                                  # 黄骅港位于渤海湾西南岸
]),
# ---------------------------------------------------------------- 2000s
('nm_2004_railway_agreement.txt', '2004-10-29\n内蒙古自治区', '前期工作。', [
    ('集宁至张家口铁路内蒙古段', None, R),
    ('集宁至张家口铁路', None, O),                        # nested line name
    ('滨洲铁路线海拉尔至满洲里段增建二线工程', None, R),
    ('滨洲铁路线', None, O),
    ('滨洲铁路线海拉尔至满洲里段', None, O),              # shorter reading without the works
    ('伊敏河至伊尔施铁路', None, R),
    ('临河至哈密铁路临河至策克段', None, R),
    ('临河至哈密铁路', None, O),
    ('准格尔至朔州铁路', None, R),
]),
('hb_2006_transport_11th_plan_hant.txt', '港口方面,', '等地方鐵路。', [
    ('京滬', '京沪', O),                                  # 京滬、京石、石武(…)、石太、津秦等客運專線河北段: bare members
    ('京石', None, O),
    ('石武(石家莊至武漢)', '石武(石家庄至武汉)', O),
    ('石太', None, O),
    ('津秦', None, O),
    ('京滬', '京沪', O),                                  # 京滬、石德(…)、津沈(…)、京九等國家幹線鐵路河北段
    ('石德(石家莊至山東德州)', '石德(石家庄至山东德州)', O),
    ('津沈(天津至瀋陽)', '津沈(天津至沈阳)', O),
    ('京九', None, O),
    ('邯長(邯鄲至山西長治)', '邯长(邯郸至山西长治)', O),
    ('邯濟(邯鄲至濟南)鐵路河北段', '邯济(邯郸至济南)铁路河北段', R),   # last member, head written
    ('京張(北京至張家口)', '京张(北京至张家口)', O),
    ('張集(張家口至內蒙古集寧)鐵路河北段', '张集(张家口至内蒙古集宁)铁路河北段', R),
    ('遷曹(遷安至曹妃甸)鐵路', '迁曹(迁安至曹妃甸)铁路', R),
    ('桑曹(內蒙古桑根達來至曹妃甸)一期', '桑曹(内蒙古桑根达来至曹妃甸)一期', O),   # …等地方鐵路: bare members
    ('黃萬(黃驊至天津萬家碼頭)', '黄万(黄骅至天津万家码头)', O),
    ('桑張(桑根達來至張家口)', '桑张(桑根达来至张家口)', O),
    ('保霸(保定至霸州)', None, O),
    ('小遵(承德小寺溝至遵化)', '小遵(承德小寺沟至遵化)', O),
    ('陽濱(山西陽泉至山東濱州)', '阳滨(山西阳泉至山东滨州)', O),
]),
('tj_2009_tianjin_west_station_start_hant.txt', '當(dāng)日,天津市', '介紹說。', [
    ('津秦(秦皇島)客運(yùn)專線', '津秦(秦皇岛)客运专线', R),
    ('濱海新區(qū)', '滨海新区', O),                        # development zone named in passing
    ('京津城際鐵路至塘沽于家堡中心商務(wù)區(qū)的延伸線', '京津城际铁路至塘沽于家堡中心商务区的延伸线', R),
    ('京津城際鐵路', '京津城际铁路', O),                  # nested line name
    ('塘沽于家堡中心商務(wù)區(qū)', '塘沽于家堡中心商务区', O),    # nested business district (zone)
    ('津保(保定)鐵路', '津保(保定)铁路', R),
    ('天津港', None, R),                                  # 天津港的基礎設施、碼頭泊位
    ('濱海國(guó)際機(jī)場(chǎng)第二跑道', '滨海国际机场第二跑道', R),
    ('濱海國(guó)際機(jī)場(chǎng)', '滨海国际机场', O),              # nested airport
]),
# ---------------------------------------------------------------- 2010s
('bj_2011_south_water_supporting_works_hant.txt', '南水北調(diào)北京市內(nèi)配套工程是', '初步發(fā)揮。', [
    ('南水北調(diào)北京市內(nèi)配套工程', '南水北调北京市内配套工程', R),
    ('南水北調(diào)中線', '南水北调中线', R),
    ('團(tuán)城湖至第九水廠輸水管線', '团城湖至第九水厂输水管线', R),
    ('南干渠', None, R),
    ('東干渠', '东干渠', R),
    ('大寧調(diào)蓄水庫(kù)', '大宁调蓄水库', R),
    ('團(tuán)城湖調(diào)節(jié)池', '团城湖调节池', R),
    ('亦莊調(diào)節(jié)池', '亦庄调节池', R),
    ('郭公莊', '郭公庄', O),                              # 郭公莊、丁家洼、黃村等13座水廠工程: bare members
    ('丁家洼', None, O),
    ('黃村', '黄村', O),
    ('南水北調(diào)干線北京段工程', '南水北调干线北京段工程', R),
    ('自來(lái)水九廠', '自来水九厂', R),                    # the four works listed in brackets after “三廠一線”
    ('田村山水廠', '田村山水厂', R),
    ('自來(lái)水三廠', '自来水三厂', R),
    ('團(tuán)城湖至自來(lái)水九廠聯(lián)絡(luò)線', '团城湖至自来水九厂联络线', R),
]),
('hb_2014_ports_progress.txt', '本报讯', '力促早日开工建设。', [
    ('华能曹妃甸煤码头工程', None, R),
    ('曹妃甸煤码头三期工程', None, R),
    ('唐山港京唐港区36-40号煤炭泊位工程', None, R),
    ('黄骅港煤炭港区四期工程', None, R),
]),
('nm_2015_dalate_banner_plan_hant.txt', '加快茂盛泉', '光伏發(fā)電等項目開工建設(shè)。', [
    ('茂盛泉2×100萬噸潔凈煤項目', '茂盛泉2×100万吨洁净煤项目', R),
    ('點石溝1000萬噸原煤洗選及集裝站', '点石沟1000万吨原煤洗选及集装站', R),
    ('達電五期2×100萬千瓦發(fā)電機組', '达电五期2×100万千瓦发电机组', R),
    ('開發(fā)區(qū)2×35萬千瓦自備電廠', '开发区2×35万千瓦自备电厂', O),   # generic 開發區 + capacity: descriptive
    ('新能60萬噸新材料', '新能60万吨新材料', R),
    ('萬瑞20萬立方米天然氣液化', '万瑞20万立方米天然气液化', R),
    ('乾恒達鋁板帶', '乾恒达铝板带', R),
    ('新長江高純鋁及電子鋁箔', '新长江高纯铝及电子铝箔', R),
    ('興輝爐渣綜合利用', '兴辉炉渣综合利用', R),
    ('丹麗潔具鎂質(zhì)強化瓷', '丹丽洁具镁质强化瓷', R),
    ('毅航云計算二期30萬臺主機項目', '毅航云计算二期30万台主机项目', R),
    ('達瑞祥一期項目', '达瑞祥一期项目', R),
    ('國華30兆瓦', '国华30兆瓦', O),                      # 國華30兆瓦、東達…60兆瓦和北京高瓴100兆瓦光伏發電: bare members
    ('東達蒙古王風(fēng)水梁60兆瓦', '东达蒙古王风水梁60兆瓦', O),
    ('北京高瓴100兆瓦光伏發(fā)電', '北京高瓴100兆瓦光伏发电', R),
]),
('xa_2018_jingxiong_intercity_start.txt', '北京至雄安城际铁路开工建设\n\n2018', '投入使用。', [
    ('北京至雄安城际铁路', None, R),                      # title (开工建设 left out)
    ('北京至雄安城际铁路', None, R),                      # repeated title
    ('河北雄安新区', None, R),                            # new area, province written as part of the name
    ('雄安新区', None, O),
    ('北京至雄安城际铁路', None, R),
    ('京雄城际铁路', None, R),                            # (简称“京雄城际铁路”)
    ('京雄城际铁路', None, R),
    ('京九铁路', None, R),
    ('李营站', None, O),                                  # station
    ('北京新机场', None, R),
    ('雄安新区', None, R),                                # 终至雄安新区
    ('李营至北京新机场段', None, O),                      # section named without its line
    ('北京新机场', None, O),                              # nested in that section
    ('北京新机场至雄安新区段', None, O),
    ('北京新机场', None, O),
    ('雄安新区', None, O),
    ('雄安站枢纽', None, R),
    ('雄安站', None, O),
    ('新机场至雄安段', None, O),
]),
('bj_2019_pinggu_district_projects.txt', '一、轨道交通平谷线', '系列特色活动。', [
    ('轨道交通平谷线', None, R),
    ('平谷线', None, O),                                  # nested shorter reading
    ('徐辛庄站至平谷站', None, O),                        # the line's route
    ('平谷线', None, R),
    ('2020世界休闲大会主会场', None, R),                  # listed as a 市重点工程 (the venue)
    ('东高村音乐休闲分会场', None, O),                    # sub-venues of the event
    ('泃洳河生态农业休闲分会场', None, O),
    ('丫髻山文化休闲分会场', None, O),
    ('金海湖体育运动休闲分会场', None, O),
]),
('hb_2019_tangshan_coastal_survey_hant.txt', '10月9日至10日', '進(jìn)展情況。', [
    ('曹妃甸區(qū)鋼電園區(qū)', '曹妃甸区钢电园区', O),        # park named by its industries
    ('中冶瑞木項(xiàng)目', '中冶瑞木项目', R),
    ('首鋼京唐公司', '首钢京唐公司', O),                  # the steel works, written as a company
    ('礦石碼頭三期', '矿石码头三期', R),
    ('國投30萬噸燃料乙醇項(xiàng)目', '国投30万吨燃料乙醇项目', R),
    ('木材碼頭', '木材码头', O),                          # generic-sounding terminal name
    ('恒大御海家園臨海項(xiàng)目', '恒大御海家园临海项目', R),
    ('樂亭縣河鋼集團(tuán)沿海精品鋼基地', '乐亭县河钢集团沿海精品钢基地', O),   # with the county heading the item
    ('河鋼集團(tuán)沿海精品鋼基地', '河钢集团沿海精品钢基地', R),          # 建設情況 left out
    ('北京環(huán)衛(wèi)集團(tuán)新能源環(huán)衛(wèi)車輛裝備基地', '北京环卫集团新能源环卫车辆装备基地', R),
    ('唐山東日新能源材料項(xiàng)目', '唐山东日新能源材料项目', R),
    ('站西片區(qū)', '站西片区', O),                        # urban development area
    ('唐山花海項(xiàng)目', '唐山花海项目', R),
]),
# ---------------------------------------------------------------- 2020s
('xa_2022_xiongan_five_years_hant.txt', '2017年3月28日', '重點項目232個。', [
    ('河北雄安新區', '河北雄安新区', R),                  # 決定設立河北雄安新區
    ('河北雄安新區', '河北雄安新区', O),                  # inside the plan title 《河北雄安新區規劃綱要》
    ('京雄城際鐵路', '京雄城际铁路', R),
    ('雄安站', None, R),
    ('京雄高速河北段', None, R),
    ('容東片區', '容东片区', O),                          # urban district under construction
    ('北海幼兒園雄安園區', '北海幼儿园雄安园区', O),      # institution campus
    ('雄安新區', '雄安新区', R),
    ('中國電信雄安互聯網產業園', '中国电信雄安互联网产业园', R),
]),
('nm_2025_railways_14th_plan.txt', '2025年12月23日', '快速交通问题。', [
    ('包银高铁', None, R),
    ('集大原高铁', None, R),
    ('呼和浩特东站', None, O),                            # station
    ('集通铁路电气化改造工程', None, R),
    ('集通铁路', None, O),                                # nested line name
    ('包银高铁', None, R),
    ('包头至北京', None, O),                              # …等多条客运专线和高(快)速铁路: bare members
    ('赤峰至喀左', None, O),
    ('通辽至新民', None, O),
    ('乌兰浩特至长春', None, O),
]),
]

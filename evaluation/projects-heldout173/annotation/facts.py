# Hand annotation of project names (projects-heldout173), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 1970s-1990s
('cn_1978_baosteel_groundbreaking.txt', '新华社上海十二月二十三日电', '坚强决心。', [
    ('宝钢', None, O),                                     # 上海宝钢工地: short name, also the enterprise's (as 包钢/酒钢 in heldout172)
    ('宝钢', None, O),                                     # 参加宝钢动工典礼
    ('宝钢', None, O),                                     # 宝钢工地今天一派节日气氛
    ('宝钢工程', None, R),                                 # 宝钢工程动工典礼
]),
('cn_1989_energy_forty_years.txt', '一部艰苦创业史\n历史老人', '吃野菜。', [
    ('佛子岭', None, O),                                   # 佛子岭、梅山、响洪甸、磨子潭水电站: bare members
    ('梅山', None, O),
    ('响洪甸', None, O),
    ('磨子潭水电站', None, R),
    ('大庆石油会战', None, O),                             # a campaign of works (programme between works and policy)
]),
('cn_1990_rail_events.txt', '9月1日,兰新铁路', '一条捷径。', [
    ('兰新铁路乌鲁木齐西至阿拉山口段', None, R),
    ('乌鲁木齐西站', None, O),                             # station (place of the ceremony)
    ('第二条亚欧大陆桥', None, O),                         # corridor, named with an ordinal
    ('新亚欧大陆桥', None, O),                             # 新亚欧大陆桥合龙
    ('新亚欧大陆桥', None, O),                             # 一座连接太平洋和大西洋的新亚欧大陆桥
    ('川黔线赶(水)南(宫山)段', None, R),                  # parentheses are characters of the station names, kept
    ('鹰潭铁路枢纽编组站', None, R),
    ('鹰潭枢纽', None, O),                                 # anaphoric short form
    ('三茂铁路', None, R),
    ('三茂铁路', None, R),
    ('京广', None, O),                                     # 京广、广深、黎湛铁路: bare members
    ('广深', None, O),
    ('黎湛铁路', None, R),
]),
# ---------------------------------------------------------------- 2000s
('cn_2003_west_threegorges_units_hant.txt', '三峽已有5臺機組并網發電', '和重慶市。', [
    ('三峽', '三峡', O),                                   # heading 三峽已有5臺機組: short form
    ('三峽工程', '三峡工程', R),
    ('三峽工程', '三峡工程', R),
    ('三峽工程', '三峡工程', R),                           # 三峽工程第一臺投產機組
    ('三峽水力發電廠', '三峡水力发电厂', O),               # inside the title 三峽水力發電廠廠長
    ('三峽', '三峡', O),                                   # nested shorter reading; also steers the next 三峽
    ('三峽', '三峡', O),                                   # 三峽投產的5臺機組
    ('三峽電站1號機組', '三峡电站1号机组', O),             # a unit (sub-part)
    ('三峽電站', '三峡电站', R),                           # the station, nested in the unit
    ('三峽工程', '三峡工程', R),                           # 按照三峽工程建設計劃
    ('三峽', '三峡', O),                                   # nested shorter reading; also steers the next 三峽
    ('三峽', '三峡', O),                                   # 2003年三峽投產機組
    ('三峽工程', '三峡工程', R),
    ('三峽工程', '三峡工程', R),
]),
('cn_2009_science_facilities_11fyp.txt', '国家重大科技基础设施是', '等地进行建设。', [
    ('重大工程材料服役安全研究评价设施', None, R),
    ('子午工程', None, R),
    ('农业生物安全研究设施', None, R),
    ('中国大陆构造环境监测网络', None, R),
    ('航空遥感系统', None, R),
    ('蛋白质科学研究设施', None, R),                       # (北京上海共建) is a note, not part of the name
    ('散裂中子源', None, R),
    ('新一代天文望远镜', None, O),                         # plan item named only by instrument type
    ('海洋科学综合考察船', None, O),                       # idem (a ship)
    ('地下资源与地震预测极低频电磁探测网', None, R),
    ('强磁场实验装置', None, R),
    ('结冰风洞', None, R),
]),
# ---------------------------------------------------------------- 2010s
('cn_2011_csns_groundbreaking_hant.txt', '中國迄今最大的', '脈衝式散裂中子源。', [
    ('中國散裂中子源', '中国散裂中子源', R),               # appositive 中國迄今最大的國家重大科技基礎設施—— left out
    ('CSNS', None, O),                                     # abbreviation in parentheses
    ('CSNS項目', 'CSNS项目', R),
    ('中國散裂中子源', '中国散裂中子源', R),
]),
('cn_2014_ndrc_36_projects_hant.txt', '此輪集中批復', '2476.3億元。', [
    ('大理至瑞麗鐵路', '大理至瑞丽铁路', R),
    ('玉溪至磨憨鐵路', '玉溪至磨憨铁路', R),
    ('錦州港至內(nèi)蒙古白音華鐵路擴能工程', '锦州港至内蒙古白音华铁路扩能工程', R),
    ('黔江至張家界至常德', '黔江至张家界至常德', O),      # …、…、…3條鐵路項目: bare members
    ('商丘至合肥至杭州', None, O),
    ('鄭州至萬州', '郑州至万州', O),
    ('貴州仁懷', '贵州仁怀', O),                           # …5個民用機場項目: bare members (places)
    ('云南瀾滄', '云南澜沧', O),
    ('內(nèi)蒙古扎蘭屯', '内蒙古扎兰屯', O),
    ('青海果洛', None, O),
    ('吉林松原查干湖', None, O),
    ('大同至張家口鐵路客運專線', '大同至张家口铁路客运专线', R),
    ('蒙西至華中地區(qū)鐵路煤運通道', '蒙西至华中地区铁路煤运通道', R),
    ('川藏鐵路拉薩至林芝段', '川藏铁路拉萨至林芝段', R),
]),
('cn_2015_ndrc_three_railways_hant.txt', '中新網(wǎng)9月11日電', '建設(shè)工期為6年。', [
    ('新建大理至臨滄鐵路', '新建大理至临沧铁路', O),      # reading with 新建 (as the 批復 titles write it)
    ('大理至臨滄鐵路', '大理至临沧铁路', R),
    ('新建彌勒至蒙自鐵路', '新建弥勒至蒙自铁路', O),
    ('彌勒至蒙自鐵路', '弥勒至蒙自铁路', R),
    ('新建鄭州至萬州鐵路', '新建郑州至万州铁路', O),
    ('鄭州至萬州鐵路', '郑州至万州铁路', R),
    ('新建大理至臨滄鐵路', '新建大理至临沧铁路', O),      # 具體來看,新建大理至臨滄鐵路
    ('大理至臨滄鐵路', '大理至临沧铁路', R),
    ('新建彌勒至蒙自鐵路', '新建弥勒至蒙自铁路', O),
    ('彌勒至蒙自鐵路', '弥勒至蒙自铁路', R),
]),
('cn_2017_science_facilities_13fyp_hant.txt', '2月8日從國', '高精度地基授時(shí)系統(tǒng)。', [
    ('空間環(huán)境地基監(jiān)測(cè)網(wǎng)', '空间环境地基监测网', R),
    ('子午工程二期', None, R),                             # the parenthetical alias: a second name side by side
    ('大型光學(xué)紅外望遠(yuǎn)鏡', '大型光学红外望远镜', O),  # plan item named only by instrument type
    ('極深地下極低輻射本底前沿物理實(shí)驗(yàn)設(shè)施', '极深地下极低辐射本底前沿物理实验设施', R),
    ('大型地震工程模擬研究設(shè)施', '大型地震工程模拟研究设施', R),
    ('聚變堆主機(jī)關(guān)鍵系統(tǒng)綜合研究設(shè)施', '聚变堆主机关键系统综合研究设施', R),
    ('高能同步輻射光源', '高能同步辐射光源', R),
    ('硬X射線自由電子激光裝置', '硬X射线自由电子激光装置', R),
    ('多模態(tài)跨尺度生物醫(yī)學(xué)成像設(shè)施', '多模态跨尺度生物医学成像设施', R),
    ('超重力離心模擬與實(shí)驗(yàn)裝置', '超重力离心模拟与实验装置', R),
    ('高精度地基授時(shí)系統(tǒng)', '高精度地基授时系统', R),
]),
# ---------------------------------------------------------------- 2020s
('cn_2021_14fyp_tibet_hydro_hant.txt', '這一計劃早在', '勢必相當長。', [
    ('雅魯藏布江下游水電開發項目', '雅鲁藏布江下游水电开发项目', R),
    ('雅魯藏布江下游水電項目', '雅鲁藏布江下游水电项目', R),
    ('三峽水電站', '三峡水电站', R),                       # 三個三峽水電站的裝機容量
]),
('cn_2021_mot_key_projects.txt',
 '  中国交通运输部新闻发言人孙文剑26日在交通运输部召开的新闻发布会上表示,在疫情压力之下,重大交通基础设施建设发挥了“压舱石”作用,为复工复产当好了先行。今年',
 '尉犁高速公路等。', [
    ('京雄高速河北段', None, R),
    ('长江干线武汉至安庆段6米水深航道', None, R),
    ('深中通道', None, R),
    ('广湛高铁', None, R),
    ('宁淮高铁', None, R),
    ('引江济淮航运工程', None, R),
    ('京杭运河浙江段三级航道整治工程', None, R),
    ('成渝中线高铁', None, R),
    ('泸州至永川高速公路', None, R),
    ('四川宜宾新市至攀枝花沿金沙江高速公路', None, R),     # place written as part of the name in the list
    ('贵阳机场三期扩建工程', None, R),
    ('新疆乌鲁木齐至尉犁高速公路', None, R),
]),
('cn_2021_mot_pressconf_dec.txt', '范振宇指出', '水深航道整治工程试运行。', [
    ('京滨铁路', None, R),
    ('京唐铁路', None, R),
    ('长江中游机场群', None, O),                           # a group of airports
    ('宁淮铁路', None, R),
    ('苏台高速', None, R),
    ('小洋山北侧集装箱码头', None, R),
    ('雄安新区', None, O),                                 # new area, here as the place of the transport system
    ('京雄高速河北段', None, R),
    ('雄安新区', None, O),                                 # 雄安新区“四纵两横”区域高速铁路网
    ('天津北方国际航运枢纽', None, O),                     # descriptive hub
    ('大兴机场', None, R),
    ('沪渝蓉高铁', None, R),
    ('四川沿江高速公路', None, R),
    ('赣深高铁', None, R),
    ('武汉青山长江大桥', None, R),
    ('武汉至安庆段6米水深航道整治工程', None, R),
]),
('cn_2022_mwr_water_works.txt', '日前,水利部举办了2022年水利基础设施建设进展和成效系列新闻发布会,介绍了8月以来水利基础设施建设进展有关情况,以及水利基础设施在稳经济、稳增长方面发挥的重要作用。', '海南牛路岭灌区。', [
    ('环北部湾广东水资源配置工程', None, R),
    ('广西龙云灌区', None, R),
    ('海南牛路岭灌区', None, R),
]),
('cn_2023_sasac_nuclear_projects.txt', '稳投资稳增长', '开工建设。', [
    ('中国海油深海一号二期工程', None, R),                 # owner written as part of the name
    ('深海一号二期工程', None, O),                         # nested shorter reading
    ('国家电投防城港核电项目', None, R),
    ('防城港核电项目', None, O),
    ('国家电投防城港核电项目', None, R),                   # 据澎湃新闻了解,国家电投防城港核电项目即…
    ('防城港核电项目', None, O),
    ('广西白龙核电项目', None, R),
]),
('cn_2025_nuclear_approvals_hant.txt', '香港新聞網4月28日電', '常態化審批節奏。', [
    ('福清核電6號機組', '福清核电6号机组', O),             # a unit (sub-part)
    ('福清核電', '福清核电', R),                           # the plant, nested in the unit
    ('浙江三門三期工程', '浙江三门三期工程', R),
    ('廣西防城港核電三期(5、6號機組)', '广西防城港核电三期(5、6号机组)', O),  # reading with the units in parentheses
    ('廣西防城港核電三期', '广西防城港核电三期', R),
    ('廣東台山核電二期(3、4號機組)', '广东台山核电二期(3、4号机组)', O),
    ('廣東台山核電二期', '广东台山核电二期', R),
    ('浙江三門核電三期(5、6號機組)', '浙江三门核电三期(5、6号机组)', O),
    ('浙江三門核電三期', '浙江三门核电三期', R),
    ('山東海陽核電三期(5、6號機組)', '山东海阳核电三期(5、6号机组)', O),
    ('山東海陽核電三期', '山东海阳核电三期', R),
    ('福建霞浦核電一期(1、2號機組)', '福建霞浦核电一期(1、2号机组)', O),
    ('福建霞浦核電一期', '福建霞浦核电一期', R),
]),
]

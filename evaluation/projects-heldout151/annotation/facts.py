# Hand annotation of project names (projects-heldout151), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 北京
('bj_subcentre_2020_works.txt', '重大工程包括基础设施领域80项', '开工建设京哈高速加宽改造工程等。', [
    ('城市副中心站综合交通枢纽', None, R),
    ('城市副中心站', None, O),                             # nested station name
    ('环球影城北交通枢纽', None, R),
    ('环球影城', None, O),                                 # nested theme park
    ('通马路交通枢纽', None, R),
    ('轨道交通平谷线', None, R),
    ('平谷线', None, O),
    ('京唐城际铁路(北京段)', None, R),
    ('京唐城际铁路', None, O),
    ('城市副中心站综合交通枢纽', None, R),
    ('城市副中心站', None, O),
    ('京唐(京滨)城际铁路', None, R),                       # alternative name in parentheses kept as written
    ('城际铁路联络线', None, O),                           # planned link line, generic wording
    ('京哈铁路', None, R),
    ('北京市中心城区至城市副中心市郊列车S1线', None, O),   # descriptive route + category before the name
    ('市郊列车S1线', None, O),
    ('S1线', None, R),
    ('地铁6号线', None, R),
    ('平谷线', None, R),                                   # 规划平谷线: 规划 (planned) left out
    ('M101线', None, R),                                   # 规划M101线
    ('轨道交通平谷线', None, R),
    ('平谷线', None, O),
    ('城市副中心', None, O),                               # the Beijing sub-centre as an area, generic form
    ('广渠路东延道路工程', None, R),
    ('广渠路东延', None, O),
    ('东六环加宽(入地)改造工程', None, R),
    ('东六环', None, O),
    ('京哈高速加宽改造工程', None, R),
    ('京哈高速', None, O),
]),
('bj_shunyi_2022_report.txt', '二是“疏整促”', '实现收益727亿元。', [
    ('城市副中心', None, O),                               # 主动服务城市副中心、大兴机场建设
    ('大兴机场', None, R),
    ('市郊铁路通密线', None, O),                           # category word before the line name
    ('通密线', None, R),
    ('R4线一期', None, R),
    ('R4线', None, O),
    ('M15号线东延项目', None, R),
    ('M15号线东延', None, O),
    ('M15号线', None, O),
    ('首都机场捷运线', None, R),
    ('京密高速二期', None, R),
    ('京密高速', None, O),
]),
('bj_2015_metro_lines_hant.txt', '11月19日從', '十三陵景區(qū)。', [
    ('地鐵14號(hào)線中段', '地铁14号线中段', R),
    ('14號(hào)線中段', '14号线中段', O),              # reading without the category word 地铁
    ('14號(hào)線', '14号线', O),
    ('昌平線二期', '昌平线二期', R),
    ('昌平線', '昌平线', O),
    ('14號(hào)線中段', '14号线中段', R),
    ('14號(hào)線', '14号线', O),
    ('北京南站', None, R),
    ('金臺(tái)路站', '金台路站', R),
    ('14號(hào)線中段', '14号线中段', R),
    ('14號(hào)線', '14号线', O),
    ('北京南站', None, R),
    ('昌平線二期', '昌平线二期', R),
    ('昌平線', '昌平线', O),
    ('昌平線二期', '昌平线二期', R),
    ('昌平線', '昌平线', O),
    ('昌平西山口站', None, R),
    ('十三陵景區(qū)站', '十三陵景区站', R),
    ('昌平線二期', '昌平线二期', R),
    ('昌平線', '昌平线', O),
]),
('bj_2017_winter_venues_hant.txt', '中新社北京10月20日電', '均將于2019年底完工。', [
    ('國家速滑館', '国家速滑馆', R),
    ('國家高山滑雪中心', '国家高山滑雪中心', R),
    ('越野滑雪中心', None, O),                             # 国家 shared with the preceding member, written once
    ('京張高鐵', '京张高铁', R),
    ('延崇高速', None, R),
]),
# ---------------------------------------------------------------- 天津
('tj_port_2025_plan.txt', '    《规划》预测', '项目总投资约15亿元。', [
    ('天津港', None, R),                                   # the port itself (天津港货物总吞吐量)
    ('国能(天津)港务二期项目', None, R),
    ('天津港汇盛码头有限公司新建多用途泊位工程', None, R),
    ('天津港东疆港区二期智慧集装箱码头工程', None, R),
    ('天津港东疆港区', None, O),
    ('天津港第四港埠有限公司22—24#泊位码头升级改造工程', None, R),
    ('天津港焦炭码头公司南疆6#泊位(含5#泊位第四段)码头升级改造工程', None, R),
    ('天津港北疆港区N9泊位码头升级', None, O),             # trailing action word, longer reading
    ('天津港北疆港区N9泊位码头', None, R),
    ('天津港北疆港区', None, O),
    ('天津港新港航道拓宽浚深工程', None, R),
    ('天津港新港航道', None, O),
    ('天津港高沙岭港区支航道一期工程', None, R),
    ('天津港高沙岭港区', None, O),
]),
('tj_2014_water_transfer.txt', '7月20日,天津子牙河南路', '引滦管线扩建工程等。', [
    ('子牙河南路', None, O),                               # a street given as the site's address
    ('西河原水枢纽泵站', None, R),
    ('西河原水枢纽泵站工程', None, R),
    ('新开河水厂', None, R),
    ('芥园水厂', None, R),
    ('凌庄水厂', None, R),
    ('南水北调中线一期工程', None, R),
    ('南水北调中线', None, O),
    ('新开河水厂', None, R),
    ('芥园水厂', None, R),
    ('凌庄水厂', None, R),
    ('天津干线工程', None, R),
    ('南水北调中线总干渠', None, R),
    ('南水北调天津配套工程', None, R),
    ('向中心城区供水工程', None, O),                       # descriptive titles of sub-works
    ('向滨海新区供水工程', None, O),
    ('王庆坨水库工程', None, R),
    ('北塘水库工程', None, R),
    ('引滦管线扩建工程', None, R),
    ('引滦管线', None, O),
]),
('tj_binhai_2023_report.txt', '承接非首都功能疏解成效明显。', '“海上移动加油站”。', [
    ('南港绿色化工新材料基地', None, R),
    ('滨海—中关村科技园', None, R),
    ('津石高速(新区段)', None, R),
    ('津石高速', None, O),
    ('塘承高速(新区段)', None, R),
    ('塘承高速', None, O),
    ('津歧公路拓宽改造一期工程', None, R),
    ('津歧公路', None, O),
    ('天津港集疏运货运专用通道(兴港高速)', None, R),
    ('天津港集疏运货运专用通道', None, O),
    ('兴港高速', None, O),
    ('津潍高铁(天津段)', None, R),
    ('津潍高铁', None, O),
    ('京滨城际(南段)', None, R),
    ('京滨城际', None, O),
]),
('tj_1990_jingjintang.txt', '本报北京4月13日讯', '明年底全部通车。', [
    ('京津塘高速公路', None, R),
    ('京津段', None, O),                                   # section named without its road (anaphoric)
    ('京津塘高速公路', None, R),
    ('塘沽港', None, R),
    ('京津塘铁路', None, O),                               # railway along the corridor, loose name (the line is 京山铁路)
    ('京津塘公路', None, R),
    ('京津塘高速公路', None, R),
]),
# ---------------------------------------------------------------- 河北
('he_xiongan_2021_roads.txt', '2021年5月29日', '开放式服务区。', [
    ('雄安新区', None, R),
    ('京雄高速公路河北段一期工程', None, R),
    ('京雄高速公路河北段', None, O),
    ('京雄高速公路', None, O),
    ('荣乌高速新线河北段一期工程', None, R),
    ('荣乌高速新线河北段', None, O),
    ('荣乌高速新线', None, O),
    ('京德高速公路河北段一期工程', None, R),
    ('京德高速公路河北段', None, O),
    ('京德高速公路', None, O),
    ('容易线', None, R),
    ('安大线', None, R),
    ('京港澳', None, O),                                   # elliptical list, head 高速公路河北段 written once
    ('大广', None, O),
    ('荣乌(津雄)', None, O),
    ('津石高速公路河北段', None, R),
    ('津石高速公路', None, O),
    ('雄安新区', None, R),
    ('京雄高速', None, R),
    ('雄安新区', None, R),
    ('京雄', None, O),                                     # 京雄、京德高速
    ('京德高速', None, R),
    ('大兴国际机场', None, R),
    ('荣乌高速新线', None, R),
    ('天津港', None, R),
    ('黄骅港', None, R),
    ('津石高速', None, R),
    ('雄安新区', None, R),
    ('京港澳', None, O),                                   # 京港澳、大广、荣乌(津雄)高速
    ('大广', None, O),
    ('荣乌(津雄)高速', None, R),
    ('京雄高速', None, R),
    ('十七孔拱桥', None, O),                               # a feature (sub-part) of the expressway
    ('京德高速', None, R),
    ('荣乌新线', None, R),                                 # short form as written, one identifiable road
]),
('he_huailai_2019_starts.txt', '近日,怀来县重点项目', '跨入全省前列。', [
    ('怀来高新技术产业开发区', None, O),                   # development zone named as the venue (在…举行)
    ('软通控股研发楼', None, R),
    ('官厅水库国家湿地公园景观提升', None, O),             # trailing action word, longer reading
    ('官厅水库国家湿地公园', None, R),
    ('官厅水库', None, O),
    ('竞业达怀来科技园', None, R),
    ('红象云腾卫星大数据与基础软件研发中心', None, R),
    ('上谷科学城', None, R),
    ('腾讯华北信息技术产业基地', None, R),
    ('秦淮新媒体产业基地', None, R),
]),
('he_guyuan_2019_starts.txt', '中欧文化旅游度假港湾项目地点', '2020年12月竣工。', [
    ('中欧文化旅游度假港湾项目', None, R),
    ('中欧文化旅游小镇', None, O),                         # components of the project (sub-parts)
    ('康养农耕文化教育产业园', None, O),
    ('土井子村红色影视基地', None, O),
    ('焰中200MW牧光互补光伏发电项目', None, R),
    ('中船海装高山堡乡风电场项目', None, R),
    ('高山堡乡风电场', None, O),
]),
('he_guan_2020_hant.txt', '據了解,北京大興國際機場臨空經濟區', '裝飾裝修階段。', [
    ('北京大興國際機場臨空經濟區', '北京大兴国际机场临空经济区', R),
    ('北京大興國際機場', '北京大兴国际机场', O),
    ('河北航天振邦精密機械有限公司航天科技軍民融合總部基地項目', '河北航天振邦精密机械有限公司航天科技军民融合总部基地项目', R),
    ('航天科技軍民融合總部基地項目', '航天科技军民融合总部基地项目', O),   # title without the company
    ('北京航天衡科技有限公司航天器推進系統零部件生產項目', '北京航天衡科技有限公司航天器推进系统零部件生产项目', R),
    ('臨空經濟區', '临空经济区', O),                       # anaphoric short form
    ('京雄城際', '京雄城际', R),
    ('京雄城際', '京雄城际', R),
    ('固安東站', '固安东站', R),
]),
('he_bohai_2009_port.txt', '长城网8月14日沧州讯', '第二大煤炭输出港。', [
    ('渤海新区', None, R),
    ('神华煤炭二期码头', None, R),
    ('国华沧东电厂', None, R),
    ('黄骅港综合港区', None, R),
    ('黄骅港', None, O),
    ('渤海新区', None, O),                                 # inside the name of its management committee
    ('黄骅综合港区', None, R),
    ('黄骅新城', None, O),                                 # new town (urban area) in 黄骅新城建设
    ('渤海新区', None, R),
    ('中捷产业园区', None, R),
    ('南大港产业园区', None, R),
    ('化工园区', None, O),                                 # park named only by an industry
    ('黄骅港', None, R),
]),
# ---------------------------------------------------------------- 内蒙古
('nm_hohhot_2021_industry_hant.txt', '據(jù)了解,今年,我市', '奠定了良好基礎。', [
    ('伊利現代智慧健康谷項目', '伊利现代智慧健康谷项目', R),
    ('伊利現代智慧健康谷', '伊利现代智慧健康谷', O),
    ('伊利健康谷3萬噸奶粉項目', '伊利健康谷3万吨奶粉项目', R),
    ('伊利健康谷45萬噸液態奶項目', '伊利健康谷45万吨液态奶项目', R),
    ('久泰100萬噸乙二醇項目', '久泰100万吨乙二醇项目', R),
    ('金山熱電廠2×66萬千瓦火電項目', '金山热电厂2×66万千瓦火电项目', R),
    ('金山熱電廠', '金山热电厂', O),
    ('中環(huán)五期', '中环五期', R),
    ('久泰100萬噸乙二醇項目', '久泰100万吨乙二醇项目', R),
    ('金山熱電廠項目', '金山热电厂项目', R),
    ('金山熱電廠', '金山热电厂', O),
    ('中環(huán)五期項目', '中环五期项目', R),
    ('中環(huán)五期', '中环五期', O),
]),
('nm_baotou_2025_report.txt', '一、坚持“两新”导向', '增长20%以上。', [
    ('国道210线白固段公路', None, R),
    ('国道210线', None, O),                                # road number
    ('固东公路小腮扣至大庙段', None, R),
    ('固东公路', None, O),
    ('包银高铁(包头段)', None, R),
    ('包银高铁', None, O),
    ('包风3', None, O),                                    # grid works named by opaque abbreviations
    ('包风4', None, O),
    ('包北主变扩建', None, O),
    ('包北主变', None, O),
]),
('nm_wuhai_2011_park_hant.txt', '近年來,在產業結構大調整中', '計劃10月試生產。', [
    ('千里山工業園區', '千里山工业园区', R),
    ('海勃灣區千里山工業園區', '海勃湾区千里山工业园区', O),   # district name before the park, object position
    ('千里山工業園區', '千里山工业园区', R),
    ('陜汽烏海新能源汽車有限公司年產5萬輛LNG汽車項目', '陕汽乌海新能源汽车有限公司年产5万辆LNG汽车项目', R),
    ('內蒙古斯凱夫化工有限公司年產5萬噸高檔涂料項目', '内蒙古斯凯夫化工有限公司年产5万吨高档涂料项目', R),
    ('內蒙古維斯通管業有限公司年產6萬噸管材項目', '内蒙古维斯通管业有限公司年产6万吨管材项目', R),
]),
]

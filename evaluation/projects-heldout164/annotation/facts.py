# Hand annotation of project names (projects-heldout164), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 陕西
('sx_2023_transport_tasks.txt', '2023年,陕西省国省干线', '山阳高坝项目。', [
    ('西安地铁8号线', None, R),
    ('1号线三期', None, O),                                # elliptical list, 西安地铁 written once
    ('16号线1期', None, O),
    ('西安地铁', None, O),                                 # 西安地铁网络跨市建设运营: the system as a whole
    ('西安咸阳国际机场三期扩建工程', None, R),
    ('西安咸阳国际机场', None, O),                         # the airport inside the phase's name
    ('中欧班列西安集结中心示范工程', None, R),
    ('中欧班列西安集结中心', None, O),
    ('西安东站', None, R),
    ('西延', None, O),                                     # 西延、西康、西十高铁项目: bare members
    ('西康', None, O),
    ('西十高铁项目', None, R),
    ('西十高铁', None, O),
    ('眉县至太白', None, O),                               # expressway projects named by their ends, no head word
    ('大柳塔至锦界', None, O),
    ('桐木至旬阳', None, O),
    ('京昆线蒲城至涝峪改扩建', None, O),                   # trailing action word without 项目/工程
    ('京昆线蒲城至涝峪', None, R),
    ('丹凤竹林关至山阳高坝项目', None, R),
]),
('sx_1950s_industry_feature.txt', '一系列变化', '王石凹煤矿项目。', [
    ('铜川王石凹煤矿', None, R),                           # place written as part of the name, subject position
    ('西飞集团', None, O),                                 # company standing for the 156 project
    ('西安发动机附件厂', None, R),
    ('飞机附件厂', None, O),                               # city elided, descriptive
    ('宝鸡航空仪表厂', None, R),
    ('兴平航空电器厂', None, R),
    ('王石凹煤矿项目', None, R),                           # 铜川的 王石凹煤矿项目: 的-phrase left out
]),
('sx_2014_water_works.txt', '引汉济渭调水工程可研', '提供了保障。', [
    ('引汉济渭调水工程', None, R),
    ('引红济石调水工程', None, R),
    ('延安引黄工程', None, R),
    ('杨家山隧洞', None, O),                               # sub-part (tunnel) of 延安引黄工程
    ('南河水库', None, R),
    ('芦草梁', None, O),                                   # 芦草梁等五条隧洞: bare member, sub-part
    ('榆林市王圪堵水库枢纽', None, R),
    ('王圪堵水库枢纽', None, O),
    ('王圪堵水库', None, O),                               # nested reading (also a build-order workaround)
    ('王圪堵水库', None, R),
    ('李家河水库', None, R),
    ('白鹿塬水厂', None, R),
    ('延安南沟门水库', None, R),
    ('南沟门水库', None, O),
    ('引洛入葫输水洞工程', None, R),
    ('马家河低坝工程', None, R),
    ('咸阳亭口水库', None, R),
    ('亭口水库', None, O),
]),
# ---------------------------------------------------------------- 甘肃
('gs_2004_dunhuang_railway_hant.txt', '中新社蘭州九月八日電', '出席了奠基儀式。', [
    ('敦煌鐵路', '敦煌铁路', R),
    ('敦煌鐵路', '敦煌铁路', R),
    ('敦煌鐵路項目', '敦煌铁路项目', R),
    ('蘭新鐵路', '兰新铁路', R),
    ('柳溝站', '柳沟站', R),
    ('敦煌站', '敦煌站', R),
    ('蘭新鐵路', '兰新铁路', R),
    ('青藏鐵路', '青藏铁路', R),
    ('敦煌鐵路', '敦煌铁路', R),
]),
('gs_2015_liangzhou_parks.txt', '今年以来,凉州区', '目前正在建设。', [
    ('武威', None, O),                                     # 武威、黄羊两个工业园区: bare members
    ('黄羊', None, O),
    ('武威工业园区', None, R),
    ('甘肃达利食品有限公司饮料生产线', None, R),
    ('万吨小食品生产线', None, O),                         # second line of the same company, descriptive
    ('甘肃赫原生物制品有限公司年产5000吨木糖生产线', None, R),
    ('天祥肉类加工有限公司肉类屠宰及深加工项目', None, R),
    ('甘肃中大铝型材有限公司年产1万吨铝合金型材生产线', None, R),
    ('酒泉赛诺农业有限公司年产4万吨番茄酱加工生产线', None, R),
    ('武威宏伟物流中心建设项目', None, R),
    ('黄羊工业园区', None, R),
    ('武威雪域酒厂2000吨白酒及500吨保健酒生产线', None, R),
    ('武威雪域酒厂', None, O),
    ('远洋实业有限公司年产2000吨菊芋粉加工生产线', None, R),
    ('冰糖生产线二期工程', None, O),                       # descriptive, no owner
]),
('gs_2016_wushan_county_hant.txt', '武山縣組織實施', '不斷顯現(xiàn)。', [
    ('武漳公路', '武漳公路', R),
    ('賀岷公路', '贺岷公路', R),
    ('姚楊公路', '姚杨公路', R),
    ('國道310線武山段升級改造', '国道310线武山段升级改造', O),   # road number; longer reading with action words
    ('國道310線武山段', '国道310线武山段', O),
    ('洛門至水簾洞景區(qū)旅遊公路', '洛门至水帘洞景区旅游公路', R),
    ('民武灌區(qū)', '民武灌区', R),
    ('引洮供水二期工程武山段', '引洮供水二期工程武山段', R),
    ('引洮供水二期工程', '引洮供水二期工程', O),
    ('寧遠(yuǎn)國際大酒店', '宁远国际大酒店', R),
    ('人民廣場', '人民广场', O),                           # generic name of a town square
    ('縣體育館', '县体育馆', O),                           # the county gymnasium, no proper name
    ('城關(guān)五小', '城关五小', O),                   # school short form
]),
('gs_2017_lanzhou_newarea_signing.txt', '10月31日', '2018年4月1日开工。', [
    ('兰州新区', None, O),                                 # the new area as the host of the ceremony
    ('中铁二十局集团市政工程有限公司迁移至兰州新区项目', None, R),
    ('辽宁大禹防水科技发展有限公司兰州新区防水新材料产业基地项目', None, R),
    ('兰州新区防水新材料产业基地项目', None, O),           # the same project inside the longer form
    ('兰州新区防水新材料产业基地项目', None, R),
    ('熙熙小镇项目', None, R),
    ('特色养生小镇', None, O),                             # parts of 熙熙小镇 named by type
    ('特色文化小镇', None, O),
    ('特色养生小镇', None, O),
    ('特色文化小镇', None, O),
]),
# ---------------------------------------------------------------- 青海
('qh_1958_1984_plateau_railways.txt', '青藏高原地区的铁路建设', '分布的过分偏集。', [
    ('兰青铁路河口一西宁段', None, R),                     # 一 for — as stored
    ('兰青铁路', None, O),
    ('甘青铁路', None, R),
    ('青藏铁路', None, R),
    ('西宁至海晏段', None, O),                             # section of 青藏铁路, line name not written
    ('青藏铁路', None, R),
    ('青藏铁路', None, R),
    ('第一期工程', None, O),                               # anaphoric phase
    ('青藏铁路一期工程', None, R),
    ('青藏铁路', None, O),
    ('大通(酉宁-大通)', None, O),                          # …4条支线: bare members with their end points
    ('大通', None, O),
    ('柴达尔(哈尔盖-柴达尔)', None, O),
    ('柴达尔', None, O),
    ('海湖(克吐-海湖)', None, O),
    ('海湖', None, O),
    ('茶卡(密尔诺-茶卡)', None, O),
    ('茶卡', None, O),
]),
('qh_2014_hainan_solar_park.txt', '2012年海南规划', '光热)。', [
    ('生态太阳能发电园区', None, O),                       # park named by its industry (海南州 is the subject)
    ('330KV汇集站工程', None, O),                          # the park's collector substation, named by voltage
    ('日月山至共和750KV输送线路工程', None, R),
    ('海南州生态太阳能园区330汇集站', None, O),
    ('海南州生态太阳能园区', None, R),
    ('330汇集站', None, O),
    ('班月线', None, R),
    ('共塔750千伏变电站', None, R),
]),
('qh_2016_yindajihuang_north_canal.txt', '中新网西宁12月26日电', '控制灌溉面积40万亩。', [
    ('“引大济湟”湟水北干渠二期工程', '引大济湟湟水北干渠二期工程', O),
    ('引大济湟', None, R),
    ('湟水北干渠二期工程', None, R),
    ('引大济湟', None, R),
    ('调水总干渠', None, R),
    ('“引大济湟”工程', '引大济湟工程', R),
    ('调水总干渠', None, R),
    ('黑泉水库', None, R),
    ('石头峡水库', None, R),
    ('北干渠一期', None, R),
    ('北干渠二期', None, R),
    ('西干渠', None, R),
    ('引大济湟工程', None, O),                             # inside the name of the construction bureau
    ('湟水北干渠二期工程', None, R),
    ('“引大济湟”工程', '引大济湟工程', R),
    ('湟水北干渠一期工程', None, R),
    ('一分干渠', None, O),                                 # sub-parts
    ('三分干渠', None, O),
    ('松多水库', None, R),
]),
# ---------------------------------------------------------------- 宁夏
('nx_2019_yinchuan_city_cluster_hant.txt', '為認真貫徹落實', '等項目前期工作。', [
    ('典農河至沙湖旅游公路(銀川市親水北街—石嘴山市沙湖大道)', '典农河至沙湖旅游公路(银川市亲水北街—石嘴山市沙湖大道)', O),
    ('典農河至沙湖旅游公路', '典农河至沙湖旅游公路', R),
    ('石嘴山紅崖子黃河公路大橋', '石嘴山红崖子黄河公路大桥', R),
    ('國道344線吳忠至靈武段', '国道344线吴忠至灵武段', O),     # road number
    ('銀川東線公路(永寧縣望洪鎮—興慶區掌政鎮)', '银川东线公路(永宁县望洪镇—兴庆区掌政镇)', O),
    ('銀川東線公路', '银川东线公路', R),
    ('銀川至青銅峽(永寧段)快速通道', '银川至青铜峡(永宁段)快速通道', R),
    ('國道110線大武口至鎮北堡段改擴建', '国道110线大武口至镇北堡段改扩建', O),
    ('國道110線大武口至鎮北堡段', '国道110线大武口至镇北堡段', O),
    ('銀川至河東機場專用線', '银川至河东机场专用线', R),
    ('吳忠利青黃河大橋', '吴忠利青黄河大桥', R),
    ('寧東至濱河新區快速通道', '宁东至滨河新区快速通道', R),
]),
('nx_2020_yinchuan_east_water_line.txt', '3月26日,银川都市圈', '高质量发展具有重要意义。', [
    ('银川都市圈城乡东线供水工程', None, R),
    ('银川都市圈城乡东线供水项目', None, R),
    ('银川都市圈东线供水工程', None, R),
    ('东线供水工程', None, O),                             # short forms
    ('西线供水工程', None, O),
]),
('nx_2009_shizuishan_projects_hant.txt', '????世界500強', '達(dá)成了合作意向。', [
    ('中糧集團(tuán)1萬噸番茄制品及20萬畝基地建設(shè)項目', '中粮集团1万吨番茄制品及20万亩基地建设项目', R),
    ('中鋼集團(tuán)年產(chǎn)4萬噸碳化硅項目', '中钢集团年产4万吨碳化硅项目', R),
]),
# ---------------------------------------------------------------- 新疆
('xj_1958_shihezi_mills.txt', '石河子现代工业', '现代化工业体系。', [
    ('八一棉纺厂', None, R),
    ('八一毛纺厂', None, R),
    ('八一糖厂', None, R),
    ('石河子织染厂', None, R),
    ('石河子造纸厂', None, R),
]),
('xj_2010_fuyun_coal_projects_hant.txt', '新疆廣匯', '近3000億元。', [
    ('新疆廣匯集團(tuán)有限公司120億立方米(年)煤制天然氣液化一期40億立方米(年)項(xiàng)目',
     '新疆广汇集团有限公司120亿立方米(年)煤制天然气液化一期40亿立方米(年)项目', R),
    ('新疆凱禹源礦業(yè)有限公司2X20萬(wàn)千瓦裝機(jī)火電、300萬(wàn)噸(年)焦化、60萬(wàn)噸(年)精密鑄造項(xiàng)目',
     '新疆凯禹源矿业有限公司2X20万千瓦装机火电、300万吨(年)焦化、60万吨(年)精密铸造项目', R),  # one company's three-part project
    ('新疆凱禹源礦業(yè)有限公司2X20萬(wàn)千瓦裝機(jī)火電', '新疆凯禹源矿业有限公司2X20万千瓦装机火电', O),
    ('60萬(wàn)噸(年)精密鑄造項(xiàng)目', '60万吨(年)精密铸造项目', O),
    ('新疆富蘊(yùn)縣工業(yè)園區(qū)', '新疆富蕴县工业园区', R),
    ('新疆富蘊(yùn)縣工業(yè)園區(qū)', '新疆富蕴县工业园区', R),
    ('準(zhǔn)東五彩灣礦區(qū)', '准东五彩湾矿区', O),           # mining area
]),
('xj_2012_hami_power_sources_hant.txt', '國(guó)家能源局', '投入運(yùn)營(yíng)。', [
    ('新疆哈密大南湖煤電基地', '新疆哈密大南湖煤电基地', R),
    ('大南湖煤電基地', '大南湖煤电基地', O),
    ('國(guó)投2臺(tái)66萬(wàn)千瓦發(fā)電廠項(xiàng)目', '国投2台66万千瓦发电厂项目', R),
    ('國(guó)網(wǎng)能源4臺(tái)60萬(wàn)千瓦發(fā)電廠項(xiàng)目', '国网能源4台60万千瓦发电厂项目', R),
    ('國(guó)電2臺(tái)66萬(wàn)千瓦發(fā)電廠項(xiàng)目', '国电2台66万千瓦发电厂项目', R),
    ('哈密南至鄭州±800千伏特高壓直流輸變電工程', '哈密南至郑州±800千伏特高压直流输变电工程', R),
]),
]

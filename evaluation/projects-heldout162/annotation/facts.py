# Hand annotation of project names (projects-heldout162), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 上海
('sh_2018_chengtou_major_works.txt', '2018年安排新开工重大工程12个', '也实现开工。', [
    ('S7公路月罗公路-宝钱公路', None, R),                  # numbered road with a section, as listed
    ('S7公路', None, O),                                   # bare road number
    ('北新泾雨水泵站', None, R),
    ('吴淞江工程', None, R),
    ('崧泽大道跨线桥人非设施工程', None, R),
    ('崧泽大道跨线桥', None, O),                           # the bridge inside the works' name
    ('竹园片区污泥处理处置扩建工程', None, R),
    ('白龙港污水处理厂污泥处理处置二期工程', None, R),
    ('白龙港污水处理厂', None, O),                         # the plant inside the works' name
    ('石洞口污泥处理工程二期工程', None, R),
    ('石洞口污泥处理工程', None, O),
    ('长桥水厂深度处理一阶段工程', None, R),
    ('长桥水厂', None, O),
    ('老港综合填埋场二期项目', None, R),
    ('老港综合填埋场', None, O),
    ('老港综合填埋场配套渗滤液项目', None, R),
    ('老港综合填埋场', None, O),
    ('上海生物能源再利用项目', None, R),
    ('上海老港再生建材利用中心(一期)', None, R),
    ('上海老港再生建材利用中心', None, O),                 # reading without the phase in brackets
    ('吴淞江工程(上海段)', None, R),                       # photo caption
    ('吴淞江工程', None, O),
    ('天马生活垃圾末端处置综合利用中心工程扩建工程', None, R),
    ('天马生活垃圾末端处置综合利用中心', None, O),
    ('松江天马建筑垃圾资源化处理设施', None, R),
    ('松江天马湿垃圾资源化处理设施', None, R),
    ('崇明生活垃圾焚烧二期', None, R),
    ('嘉定区建筑垃圾资源化利用项目', None, R),
    ('嘉定区湿垃圾资源化处理项目', None, R),
    ('上海市固体废物处置中心项目', None, R),
    ('上海市固体废物处置中心', None, O),
    ('北横东段黄兴路和福建路工作井', None, O),             # two shafts (sub-parts) of the 北横通道 east section
    ('北横东段', None, O),                                 # short form of 北横通道东段, named as the shafts' host
    ('福建路工作井', None, O),
]),
('sh_2023_minhang_starts.txt', '早上8时50分', '总投资超过51亿元。', [
    ('卓然股份(上海)创新基地', None, R),                   # 在闵行区卓然股份…: locative 闵行区 left out
    ('大零号湾国际智能医疗创新中心', None, R),
    ('梅陇古美社区住房项目', None, R),
    ('闵东资源化利用中心', None, R),
    ('九星排水泵站初雨调蓄池', None, R),
    ('九星排水泵站', None, O),                             # the pumping station the tank belongs to
    ('虹桥前湾印象城MEGA项目', None, R),
    ('先声诊断(中国)研发中心', None, R),
    ('卓然股份(上海)创新基地', None, R),                   # photo caption
    ('卓然股份(上海)创新基地项目', None, R),
    ('虹桥前湾印象城MEGA项目', None, R),
    ('先声诊断(中国)研发中心项目', None, R),
]),
('sh_2025_chengtou_review.txt', '作为上海城市建设运营的主力军', '强有力的支撑。', [
    ('苏申内港线中段', None, R),
    ('苏申内港线', None, O),                               # the waterway inside the section's name
    ('富锦泵站迁建工程', None, R),
    ('富锦泵站', None, O),
    ('长桥污水处理厂周边排水系统提标工程', None, R),
    ('长桥污水处理厂', None, O),
    ('嘉松公路越江新建工程', None, R),
    ('嘉松公路', None, O),
    ('白龙港污水厂扩建三期', None, R),
    ('白龙港污水厂', None, O),
    ('上海S20外环隧道', None, R),                          # 3月上海S20外环隧道…: place written in subject position stays
    ('S20外环隧道', None, O),                              # reading without the place
    ('长江路隧道', None, R),
    ('G1503郊环隧道', None, R),
    ('苏州河西闸', None, R),
    ('吴淞江工程', None, R),
    ('闸北水厂深度处理改造工程', None, R),
    ('闸北水厂', None, O),
    ('军工路快速路新建工程', None, R),
    ('军工路快速路', None, O),
    ('G320公路松江段', None, R),                           # numbered road with a section; 改建 left out
    ('G320公路松江段改建', None, O),                       # longer reading with the action word
]),
# ---------------------------------------------------------------- 江苏
('js_2019_seventy_years_transport_firsts.txt', '1968年12月29日', '增添新姿 。', [
    ('南京长江大桥', None, R),
    ('宁六一级公路', None, R),
    ('连云港拦海大堤', None, R),
    ('神州第一堤', None, O),                               # nickname in quotes
    ('太湖大桥', None, R),                                 # 中国内湖第一长桥-太湖大桥: appositive description left out
]),
('js_2006_nanjing_new_key_projects_hant.txt', '滬寧城際軌道交通', '名單之列。', [
    ('滬寧城際軌道交通', '沪宁城际轨道交通', R),           # subheading naming the project
    ('滬寧城際軌道項(xiàng)目', '沪宁城际轨道项目', R),
    ('上海站', '上海站', R),                               # station the line starts from
    ('南京至合肥鐵路', '南京至合肥铁路', R),               # subheading
    ('合肥至南京城際高速鐵路', '合肥至南京城际高速铁路', R),
    ('寧西鐵路', '宁西铁路', R),
    ('安徽段', '安徽段', O),                               # anaphoric section of the line
    ('南京地鐵二號(hào)線一期工程', '南京地铁二号线一期工程', R),
    ('南京地鐵二號(hào)線', '南京地铁二号线', O),
    ('京滬鐵路電氣化改造(江蘇段)', '京沪铁路电气化改造(江苏段)', R),  # listed project, as written
    ('京滬鐵路', '京沪铁路', O),
]),
('js_lianyungang_port_reform_history_hant.txt', '1994年1月9日', '建設(shè)步伐。', [
    ('連云港廟嶺港區(qū)三期工程第五代大型集裝箱專用泊位', '连云港庙岭港区三期工程第五代大型集装箱专用泊位', O),  # berth described inside phase III
    ('連云港廟嶺港區(qū)三期工程', '连云港庙岭港区三期工程', R),
    ('連云港廟嶺港區(qū)', '连云港庙岭港区', O),               # port area
    ('連云港港30萬(wàn)噸級(jí)航道一期工程', '连云港港30万吨级航道一期工程', R),
    ('連云港港', '连云港港', O),                           # the port inside the channel works' name
    ('新亞歐大陸橋', '新亚欧大陆桥', O),                   # transcontinental rail corridor, named in a nickname
    ('連云港港', '连云港港', R),                           # 之稱的連云港港: the port
]),
# ---------------------------------------------------------------- 浙江
('zj_2004_beilun_seven_big_projects.txt', '其中,大型石化项目首期', '投料试产。', [
    ('大型石化项目首期', None, O),                         # descriptive name of the petrochemical project
    ('宝新不锈钢三期', None, R),
    ('白板纸三期', None, O),                               # project named only by its product and phase
    ('港务局四期码头', None, R),
    ('大型石化', None, O),                                 # anaphoric short form
    ('ABS', None, O),                                      # ABS、重工机械厂等5个项目: units named by product / generic plant
    ('重工机械厂', None, O),
    ('宝新不锈钢三期', None, R),
    ('四期工程', None, O),                                 # anaphoric phase IV of 宝新不锈钢
    ('白板纸三期', None, O),
    ('港务局四期码头', None, R),                           # 位于穿山半岛的…: locative left out
    ('东海春晓天然气开发项目', None, R),
    ('天然气处理厂', None, O),                             # the project's plant, named only by its function
    ('逸盛石化一期60万吨PTA生产线', None, R),
    ('逸盛石化一期', None, O),
]),
('zj_2023_wenzhou_transport_projects.txt', '记者近日从市交通运输局', '交通强市建设。', [
    ('市域铁路S3线', None, R),
    ('金丽温高速东延线项目', None, R),
    ('104国道温州西过境永嘉张堡至瓯海桐岭段改建工程(鹿城段)', None, R),
    ('104国道温州西过境', None, O),                        # the bypass inside the works' name
    ('104国道', None, O),                                  # bare road number
    ('顺丰浙南航空分拨中心', None, R),
    ('青田至文成高速公路(文成段)', None, R),
    ('青田至文成高速公路', None, O),
    ('甬台温高速公路改扩建工程温州湖雾岭隧道段', None, R),
    ('甬台温高速公路改扩建工程', None, O),
    ('甬台温高速公路', None, O),
    ('乐清市疏港公路经济开发区至磐石段工程(经开区至翁垟段)', None, R),
    ('乐清市疏港公路', None, O),
    ('永嘉县乌牛交通枢纽互通连接线', None, R),
]),
('zj_2025_wenling_transport_briefing.txt', '温岭交通2024年', '约15公里。', [
    ('两高联络线', None, R),
    ('太龙快速路', None, R),
    ('温岭滨海精品旅游公路', None, R),
    ('G228隧道群', None, O),                               # tunnel group of a numbered road, named for a pilot programme
    ('温玉铁路', None, R),
    ('温岭西站', None, R),
    ('太龙高架快速路(高架桥)', None, R),
    ('太龙高架快速路', None, O),
    ('228国道温岭城东至温峤段工程(西段)', None, R),
    ('228国道温岭城东至温峤段工程', None, O),
    ('228国道', None, O),
    ('204省道大溪至温峤段', None, R),
    ('324省道石桥头至箬横段', None, R),
    ('台州一号公路温岭段(一期)', None, R),
    ('台州一号公路', None, O),
]),
# ---------------------------------------------------------------- 山东
('sd_2021_weifang_binhai_starts.txt', '开局即决战', '排头兵。', [
    ('潍坊滨海区', None, O),                               # development zone, as owner / locative
    ('滨海区', None, O),                                   # nested reading (also a build-order workaround)
    ('滨海区', None, O),                                   # 助推滨海区打造
    ('潍坊滨海区', None, O),                               # inside an office title
    ('海化集团硝盐升级项目', None, R),
    ('中车交通城市运维装备北方基地', None, R),
    ('冀凯智能装备二期', None, R),
    ('宝能临港物流', None, R),                             # named project without 项目
    ('新型环保设备制造', None, O),                         # named only by its industry
    ('京新医药', None, O),                                 # company names standing for projects
    ('优然牧业', None, O),
    ('潍坊滨海区', None, O),
]),
('sd_2012_dongying_port_summer_starts_hant.txt', '6月12日上午', '綜合實力。', [
    ('山東省東營(yíng)港經(jīng)濟(jì)開(kāi)發(fā)區(qū)', '山东省东营港经济开发区', O),   # development zone (the host)
    ('東營(yíng)港經(jīng)濟(jì)開(kāi)發(fā)區(qū)', '东营港经济开发区', O),
    ('東營(yíng)港經(jīng)濟(jì)開(kāi)發(fā)區(qū)', '东营港经济开发区', O),
    ('東營(yíng)聯(lián)合石化有限責(zé)任公司年產(chǎn)500萬噸原料油異地改造項目', '东营联合石化有限责任公司年产500万吨原料油异地改造项目', R),
    ('山東天弘化學(xué)有限公司年產(chǎn)9萬噸乙丙橡膠及配套項目', '山东天弘化学有限公司年产9万吨乙丙橡胶及配套项目', R),
    ('寶港國際2×5千噸級精細(xì)化工品碼頭項目', '宝港国际2×5千吨级精细化工品码头项目', R),
    ('開發(fā)區(qū)公共管廊帶項目', '开发区公共管廊带项目', R),
    ('聯(lián)合石化', '联合石化', O),                       # 聯合石化、萬達天弘項目: short forms of the first two
    ('萬達(dá)天弘項目', '万达天弘项目', O),
]),
('sd_1956_1985_jinan_metallurgy_gazetteer.txt', '济南冶金工业从1956年', '打下了基础。', [
    ('郭店生建铁矿', None, R),
    ('济南铁厂', None, R),
    ('济南钢铁厂', None, R),
    ('济南生建钢铁厂', None, R),
]),
# ---------------------------------------------------------------- 福建
('fj_2022_fuzhou_six_cities_hant.txt', '中新網福州1月10日電', '現代物流城。', [
    ('福州港松下港區牛頭灣作業區12號、13號泊位主體工程', '福州港松下港区牛头湾作业区12号、13号泊位主体工程', R),  # one work, two berths
    ('福州港松下港區牛頭灣作業區12號、13號泊位', '福州港松下港区牛头湾作业区12号、13号泊位', O),
    ('福州港', '福州港', O),                               # the port inside the berths' name
    ('福州濱海新城', '福州滨海新城', O),                   # new area (owner of the project)
    ('濱海新城', '滨海新城', O),
    ('商務印書館分館', '商务印书馆分馆', O),               # an institution's branch
    ('第二工人文化宮', '第二工人文化宫', R),
    ('東南快速通道萬新路復線段', '东南快速通道万新路复线段', R),
    ('東南快速通道', '东南快速通道', O),
    ('菜鳥智能骨干網核心節點', '菜鸟智能骨干网核心节点', R),
    ('濱海新城', '滨海新城', O),
    ('福州大學城', '福州大学城', O),                       # the "six cities": development areas named in passing
    ('東南汽車城', '东南汽车城', O),
    ('絲路海港城', '丝路海港城', O),
    ('福州(長樂)國際航空城', '福州(长乐)国际航空城', O),
    ('現代物流城', '现代物流城', O),
]),
('fj_2023_zhangzhou_gulei_base_hant.txt', '王進足表示,要攻堅', '取得新進展。', [
    ('古雷煉化一體化二期項目', '古雷炼化一体化二期项目', R),
    ('中沙古雷乙烯項目', '中沙古雷乙烯项目', R),
    ('盛桐碳四', '盛桐碳四', R),                           # named project without 項目 (盛桐碳四等項目)
    ('中沙工程改性材料', '中沙工程改性材料', R),
    ('古雷石化基地', '古雷石化基地', R),
    ('古雷石化產(chǎn)業(yè)園區(qū)', '古雷石化产业园区', R),
    ('福建古雷煉化二期項目', '福建古雷炼化二期项目', R),
    ('福建古雷乙烯', '福建古雷乙烯', O),                   # short forms of the two projects
    ('古雷煉化二期', '古雷炼化二期', O),
]),
('fj_1957_2018_railway_firsts.txt', '▲铁道兵建设鹰厦铁路', '开通运营。', [
    ('鹰厦铁路', None, R),                                 # photo caption
    ('鹰厦铁路', None, R),
    ('鹰厦铁路', None, R),
    ('鹰厦铁路', None, R),                                 # photo caption
    ('厦门海堤', None, R),
    ('温福', None, O),                                     # 温福、福厦、龙厦、向莆、厦深5条快速铁路: bare members
    ('福厦', None, O),
    ('龙厦', None, O),
    ('向莆', None, O),
    ('厦深', None, O),
    ('合福高铁', None, R),
    ('赣龙铁路扩能工程', None, R),
    ('赣龙铁路', None, O),
    ('南三龙铁路', None, R),
]),
]

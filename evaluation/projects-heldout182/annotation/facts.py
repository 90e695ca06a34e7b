# Hand annotation of project names (projects-heldout182), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 河南
('ha_pingdingshan_yaomeng_plant_history_hant.txt', '姚孟電廠廠址', '區位優勢非常明顯。', [
    ('姚孟電廠', '姚孟电厂', R),                          # 姚孟電廠廠址: the plant
    ('姚孟電廠', '姚孟电厂', O),                          # 領導機構…叫了幾十年的姚孟電廠: the plant as an organisation
    ('平舞工程', '平舞工程', O),                          # inside 河南省平舞工程會戰指揮部 (organisation name)
    ('姚孟電廠', '姚孟电厂', R),                          # 最初的姚孟電廠
    ('河南省舞陽特厚鋼板鋼鐵聯合企業', '河南省舞阳特厚钢板钢铁联合企业', O),  # the steel works it served (enterprise / project)
    ('白龜山水庫', '白龟山水库', R),                      # reservoir
    ('孟寶鐵路', '孟宝铁路', R),
]),
('ha_2008_xiaolangdi_feature.txt', '这就是目前黄河上最大的水利工程', '126.5亿立方米。', [
    ('小浪底水利枢纽工程', None, R),                      # appositive 黄河上最大的水利工程——— left out
    ('小浪底主体工程', None, R),                          # the main works (phase word kept)
    ('小浪底', None, O),                                  # nested short reading
    ('小浪底工程', None, R),
    ('小浪底', None, O),                                  # nested short reading (also steers the next)
    ('小浪底', None, O),                                  # 位于洛阳以北40公里处的小浪底: the site / dam
    ('小浪底工程', None, R),
    ('小浪底工程', None, R),                              # appositive 最浩大的工程——— left out
    ('小浪底水库', None, R),
]),
# ---------------------------------------------------------------- 湖北
('hb_2023_xiangyang_industry_hant.txt', '7月27日,襄陽舉行', '生産線全面投産。', [
    ('贛峰鋰業20GWh新能源鋰電池項目', '赣峰锂业20GWh新能源锂电池项目', R),   # 贛峰 as written (the firm is 赣锋)
    ('比亞迪襄陽産業園', '比亚迪襄阳产业园', R),        # 該産業園 (anaphoric) not annotated
]),
('hb_jingzhou_2019_transport_halfyear.txt', '沙公高速北段及', '已投入试运营。', [
    ('沙公高速北段', None, R),
    ('荆州长江公铁大桥公路桥', None, R),                  # the road deck of the rail-road bridge
    ('荆州长江公铁大桥', None, O),                        # nested: the bridge
    ('洪监高速', None, R),                                # 洪监高速路基和桥涵工程: work words left out
    ('石首长江大桥', None, R),
    ('洪湖嘉鱼长江大桥', None, R),
    ('沪渝高速车马阵互通', None, O),                      # interchange: sub-part of an expressway
    ('沪渝高速', None, O),
    ('湖北荆州煤炭铁水联运储配基地一期工程', None, R),   # place words in subject position kept
    ('江陵开发区工业综合码头', None, R),
    ('松滋车阳河二期工程', None, R),
    ('荆州李埠集并中心', None, R),                        # 砂石集并中心 (generic) not annotated
    ('江陵兴润能源码头', None, R),
]),
('hb_c2010_yinjiangjihan_canal_hant.txt', '中國當前最大的人工運河', '6億立方公尺。', [
    ('引江濟漢', '引江济汉', R),                          # 「引江濟漢」工程: the quoted name only, as 中國“西氣東輸”工程 in heldout180
    ('南水北調', '南水北调', R),                          # 「南水北調」中線調水區
    ('南水北調工程', '南水北调工程', O),                  # inside 湖北省南水北調工程建設管理局
    ('引江濟漢', '引江济汉', R),
    ('南水北調', '南水北调', R),                          # 「南水北調」中線主體工程
    ('漢江中下游治理工程', '汉江中下游治理工程', R),
    ('引江濟漢', '引江济汉', R),
]),
# ---------------------------------------------------------------- 湖南
('hn_zhuzhou_2021_key_projects.txt', '在此次公布的省重点建设项目名单中', '(含安仁支线)高速公路。', [
    ('韶山至井冈山红色旅游铁路', None, R),
    ('攸县网岭站', None, O),                              # station
    ('株洲火车站改扩建及东广场建设工程', None, R),
    ('火车站改扩建工程', None, O),                        # anaphoric short form
    ('火车站东广场综合交通枢纽一期工程', None, O),        # sub-part, city only implied
    ('长株潭城际铁路株洲中心站', None, O),                # station with its line: longer reading
    ('长株潭城际铁路', None, R),
    ('株洲中心站', None, O),
    ('大丰站', None, O),
    ('醴陵至娄底高速公路扩容工程', None, R),
    ('茶陵至常宁(含安仁支线)高速公路', None, R),         # parentheses kept as written
]),
('hn_zhuzhou_2013_ten_starts.txt', '红网株洲站5月3日讯', '泥釉模配置中心”等。', [
    ('龙母河综合治理', None, R),                          # quoted project title (river works)
    ('龙母河综合治理', None, R),
    ('轨道交通装备配套产业基地及路网工程', None, O),      # named by industry only
    ('新芦淞(白关)国际服饰产业园', None, R),
    ('向阳北路及新塘路三期', None, O),                    # the quoted title as one project
    ('向阳北路', None, O),                                # 三期 may be shared
    ('新塘路三期', None, R),
    ('新能源汽车试验检测能力及产能提升', None, O),        # descriptive title, no owner or place
    ('醴陵标准化泥釉模配置中心', None, R),
]),
('hn_2004_wuguang_rail_agreement.txt', '7月14日,在不久的将来', '南北更畅通。', [
    ('武汉至广州高速客运铁路湖南段', None, R),
    ('武汉至广州的高速铁路客运专线', None, O),            # descriptive, with 的
    ('永州至湛江的客运铁路', None, O),
    ('二连浩特到茂名的高速公路', None, O),
]),
('hn_2023_changyichang_opening_hant.txt', '常益長高鐵是我國', '地位和作用。', [
    ('常益長高鐵', '常益长高铁', R),
    ('渝廈通道', '渝厦通道', O),                          # corridors of the 八縱八橫 grid
    ('呼南通道', '呼南通道', O),
    ('常益長高鐵', '常益长高铁', R),
    ('益陽至長沙段', '益阳至长沙段', O),                  # section written without its line
    ('益陽南', '益阳南', O),                              # stations, head 車站 written once
    ('寧鄉西', '宁乡西', O),
    ('長沙西', '长沙西', O),
    ('常德至益陽段', '常德至益阳段', O),
    ('益陽南', '益阳南', O),
    ('常益長高鐵', '常益长高铁', R),
    ('黔張常高鐵', '黔张常高铁', R),
    ('張吉懷高鐵', '张吉怀高铁', R),
    ('滬昆高鐵', '沪昆高铁', R),
    ('環湖南省高速鐵路通道', '环湖南省高速铁路通道', O),  # descriptive ring of lines
]),
# ---------------------------------------------------------------- 江西
('jx_ganzhou_2016_jingjiu_20_years.txt', '20年前的9月1日', '京九铁路赣县茅店段。', [
    ('京九铁路', None, R),
    ('京九线', None, R),
    ('井冈山站', None, O),
    ('京九铁路', None, R),
    ('京九铁路', None, R),
    ('京九铁路', None, R),
    ('京九铁路赣州段', None, R),                          # section of the line
    ('赣州南康站', None, O),
    ('京九线', None, R),
    ('成都城厢站', None, O),
    ('京九铁路赣县茅店段', None, O),                      # a stretch where a photo was taken
    ('京九铁路', None, R),
]),
('jx_1980s_jiangtong_copper_base_hant.txt', '1979年被任命', '把江銅建出了樣子。', [
    ('江西銅基地', '江西铜基地', O),                      # inside 江西銅基地總指揮部 (organisation)
    ('江西銅基地', '江西铜基地', O),                      # 江西銅基地副總指揮 (a post)
    ('德興銅礦', '德兴铜矿', R),
    ('德興銅礦', '德兴铜矿', R),
    ('貴溪冶煉廠', '贵溪冶炼厂', R),
]),
# ---------------------------------------------------------------- 安徽
('ah_bozhou_2007_projects.txt', '“谁抓住了项目', '力争早日建成运营。', [
    ('涡北煤矿', None, R),
    ('济人药业中药提取物生产', None, R),                  # investor + product, as 香港嘉鸿多功能手套加工 in heldout180
    ('涡阳华都精陶加工', None, R),
    ('沪谯集团安徽省中药饮片工程研究中心', None, O),      # institution
    ('九方制药3000万粒葛酮通络胶囊技改', None, O),        # with the action word 技改
    ('九方制药3000万粒葛酮通络胶囊', None, R),
    ('涡阳华都彩印3000万平方米纸箱生产', None, R),
    ('利辛特力捷公司汽车零部件生产', None, R),
    ('蒙城皖北汽贸大市场迁建', None, O),                  # with the action word 迁建
    ('蒙城皖北汽贸大市场', None, R),
]),
('ah_fuyang_2020_halfyear_projects.txt', '今年以来,面对突如其来', '共同打造国家级香椿产业示范基地。', [
    ('临泉县天邦食品有限公司年屠宰加工500万头生猪建设项目', None, R),
    ('太和县国家级香椿产业示范基地项目', None, R),
    ('国家级香椿产业示范基地', None, O),                  # nested reading (also steers the next)
    ('国家级香椿产业示范基地', None, O),                  # 共同打造国家级香椿产业示范基地: descriptive repeat
]),
# ---------------------------------------------------------------- 山西
('sx_2018_jinmei_gas_power_hant.txt', '據(jù)了解,“十三五”', '再填“新動(dòng)能”。', [
    ('成莊46兆瓦', '成庄46兆瓦', O),                      # bare members, head 瓦斯發電項目 written once
    ('胡底10兆瓦', '胡底10兆瓦', O),
    ('三水溝6兆瓦瓦斯發(fā)電項(xiàng)目', '三水沟6兆瓦瓦斯发电项目', R),
    ('段河低濃度瓦斯發(fā)電項(xiàng)目', '段河低浓度瓦斯发电项目', R),
    ('岳城', '岳城', O),
    ('胡底二期', '胡底二期', O),
    ('段河二期項(xiàng)目', '段河二期项目', R),
    ('南蘇', '南苏', O),
    ('蘆家峪二期項(xiàng)目', '芦家峪二期项目', R),
]),
('sx_2021_wanjiazhai_expansion.txt', '本报忻州9月30日讯', '于2011年9月完成。', [
    ('山西万家寨引黄入晋工程二期扩机', None, R),          # quoted headline; place word in subject position kept
    ('山西万家寨引黄入晋工程', None, O),
    ('万家寨引黄入晋工程', None, O),
    ('万家寨引黄入晋总一泵站', None, O),                  # sub-part (pumping station)
    ('二期扩机工程', None, O),                            # anaphoric short form
    ('万家寨引黄入晋工程', None, R),
    ('引黄入晋工程', None, O),                            # nested short name (also steers the next)
    ('引黄入晋工程', None, R),
    ('黄河万家寨水库', None, O),                          # with the river's name
    ('万家寨水库', None, R),
]),
('sx_shuozhou_antaibao_mine_hant.txt', '安太堡煤礦,也稱露天一礦', '普通煤礦的幾十倍。', [
    ('安太堡煤礦', '安太堡煤矿', R),
    ('露天一礦', '露天一矿', O),                          # alias
    ('安太堡煤炭', '安太堡煤炭', O),                      # the page's slip for the mine
    ('安太堡露天煤炭採礦區', '安太堡露天煤炭采矿区', O),  # the mining area
    ('山西省朔州市安太堡露天煤礦', '山西省朔州市安太堡露天煤矿', O),  # object position: place words optional
    ('安太堡露天煤礦', '安太堡露天煤矿', R),
    ('安太堡露天煤礦', '安太堡露天煤矿', R),
    ('安太堡煤礦', '安太堡煤矿', R),
]),
]

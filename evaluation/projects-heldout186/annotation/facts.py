# Hand annotation of project names (projects-heldout186), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 上海
('sh_yangshan_port_history.txt', '作为全球唯一的一个', '并一直保持至今。', [
    ('东海大桥', None, R),
    ('洋山港', None, R),
    ('东海大桥', None, R),                                  # heading; the appositive description before —— left out
    ('东海大桥', None, R),
    ('洋山港一期', None, R),
    ('洋山港', None, O),                                    # nested reading without the phase
    ('洋山港', None, R),                                    # 洋山港建成后
    ('上海港', None, O),                                    # the port as a whole, an entity rather than a work
    ('洋山港二期', None, R),
    ('洋山港', None, O),
    ('三期', None, O),                                      # anaphoric phase (洋山港三期)
    ('上海港', None, O),
    ('新加坡港', None, O),                                  # foreign port named in a comparison
]),
('sh_2017_metro_new_lines_hant.txt', '  根據(jù)規(guī)劃', '全面開(kāi)工建設(shè)。', [
    ('5號(hào)線南延伸段', '5号线南延伸段', R),
    ('5號(hào)線', '5号线', O),
    ('9號(hào)線三期', '9号线三期', R),
    ('9號(hào)線', '9号线', O),
    ('8號(hào)線三期', '8号线三期', R),
    ('8號(hào)線', '8号线', O),
    ('10號(hào)線二期', '10号线二期', R),
    ('10號(hào)線', '10号线', O),
    ('13號(hào)線二期', '13号线二期', R),
    ('13號(hào)線', '13号线', O),
    ('三期', None, O),                                      # 13號線二期三期: elliptical second member
    ('14號(hào)線', '14号线', R),                          # metro lines under construction, named by number
    ('15號(hào)線', '15号线', R),
    ('17號(hào)線', '17号线', R),
    ('18號(hào)線', '18号线', R),
    ('8號(hào)線三期', '8号线三期', R),
    ('8號(hào)線', '8号线', O),
    ('9號(hào)線三期', '9号线三期', R),
    ('9號(hào)線', '9号线', O),
    ('17號(hào)線', '17号线', R),
    ('5號(hào)線南延伸', '5号线南延伸', R),
    ('5號(hào)線', '5号线', O),
    ('10號(hào)線二期', '10号线二期', R),
    ('10號(hào)線', '10号线', O),
    ('13號(hào)線二期', '13号线二期', R),
    ('13號(hào)線', '13号线', O),
    ('13號(hào)線三期', '13号线三期', R),
    ('13號(hào)線', '13号线', O),
    ('14號(hào)線', '14号线', R),
    ('15號(hào)線', '15号线', R),
    ('18號(hào)線', '18号线', R),
]),
('sh_baosteel_1978_1991_dictionary.txt', '1978年3月国务院批准建设。', '联合企业行列。', [
    ('宝钢工程', None, R),
    ('二期工程', None, O),                                  # anaphoric phases of 宝钢
    ('一期工程', None, O),
    ('一期工程', None, O),
    ('一号高炉', None, O),                                  # sub-part
    ('一期工程', None, O),
    ('宝钢一期工程', None, R),
    ('宝钢', None, O),                                      # nested: the works' owner / plant
    ('二期工程', None, O),
    ('二期工程', None, O),
    ('二期工程', None, O),
    ('宝钢', None, O),                                      # 宝钢投产以来: plant or enterprise
    ('三期工程', None, O),
    ('宝钢', None, O),
]),
# ---------------------------------------------------------------- 江苏
('js_c2002_sutong_bridge_approval.txt', '江苏省南通市政府日前宣布', '创造条件。', [
    ('苏通长江公路大桥', None, R),
    ('苏通长江公路大桥', None, R),
    ('宁通高速公路', None, R),
    ('沿海高速公路', None, O),                              # descriptive name of the coastal expressway
    ('沪宁高速公路', None, R),
    ('苏嘉杭高速公路', None, R),
    ('江苏沿江高速公路', None, R),
    ('苏通长江大桥', None, R),
]),
('js_lianyungang_new_energy_signing_hant.txt', '8月3日', '新能源產業基地。', [
    ('連云港抽水蓄能電站', '连云港抽水蓄能电站', R),
    ('中核田灣200萬千瓦灘涂光伏', '中核田湾200万千瓦滩涂光伏', R),
    ('連云港海上風電產業集群', '连云港海上风电产业集群', O),   # an industry cluster signed as a project
    ('中核田灣200萬千瓦灘涂光伏發電項目', '中核田湾200万千瓦滩涂光伏发电项目', R),
    ('抽水蓄能電站項目', '抽水蓄能电站项目', O),            # anaphoric short form
    ('海上風電產業集群項目', '海上风电产业集群项目', O),    # anaphoric short form
    ('江蘇核電7、8號機組', '江苏核电7、8号机组', O),        # units of the plant, named through the operator
]),
('js_taicang_port_starts.txt', '3月18日 ,', '形成装备制造产业聚集效应。', [
    ('太仓港区', None, R),
    ('太仓港区', None, R),
    ('中集冷藏物流装备项目', None, R),
    ('中集冷箱“梦工厂”', '中集冷箱梦工厂', O),               # nickname
    ('苏州天顺新能源科技有限公司3兆瓦及以上海上风电塔架建设项目', None, R),
    ('3兆瓦及以上海上风电塔架建设项目', None, O),             # reading without the company
]),
# ---------------------------------------------------------------- 浙江
('zj_2009_zhoushan_mainland_link.txt', '舟山大陆连岛工程,是', '于2004年5月开工建设。', [
    ('舟山大陆连岛工程', None, R),
    ('岑港大桥', None, R),
    ('响礁门大桥', None, R),
    ('桃夭门大桥', None, R),
    ('西堠门大桥', None, R),
    ('金塘大桥', None, R),
    ('宁波镇海炼化厂', None, O),                            # refinery named as the landing point
    ('一期工程', None, O),
    ('岑港大桥', None, R),
    ('响礁门大桥', None, R),
    ('桃夭门大桥', None, R),
    ('二期工程', None, O),
    ('西堠门大桥', None, R),
    ('金塘大桥', None, R),
]),
('zj_2010_dongtou_county_hant.txt', '“我們要通過', '產(chǎn)業(yè)帶融合。', [
    ('大門大橋', '大门大桥', R),
    ('77省道工程', '77省道工程', O),                        # short form of the 77省道延伸線 road works
    ('深水港二期工程', None, O),                            # unnamed port's phase
    ('洞頭110千伏輸變電工程', '洞头110千伏输变电工程', R),
    ('大門大橋', '大门大桥', R),
    ('77省道延伸線龍灣至洞頭的疏港公路', '77省道延伸线龙湾至洞头的疏港公路', R),
    ('77省道延伸線', '77省道延伸线', O),
    ('沿海高速公路', None, O),
]),
('zj_2020_ningbo_zhoushan_port_hant.txt', '梅山港區6號至10號泊位是', '清晰可見(jiàn)。', [
    ('梅山港區6號至10號泊位', '梅山港区6号至10号泊位', R),
    ('梅山港區', '梅山港区', O),
    ('1號至5號泊位', '1号至5号泊位', O),                    # elliptical (梅山港區) 1號至5號泊位
    ('穿山港區集裝箱碼頭', '穿山港区集装箱码头', R),
    ('穿山港區', '穿山港区', O),
    ('北侖港區通用泊位10萬(wàn)噸級集裝箱碼頭改造', '北仑港区通用泊位10万吨级集装箱码头改造', O),
    ('北侖港區通用泊位10萬(wàn)噸級集裝箱碼頭', '北仑港区通用泊位10万吨级集装箱码头', R),
    ('北侖港區', '北仑港区', O),
    ('穿山港區1號7萬(wàn)噸級集裝箱碼頭', '穿山港区1号7万吨级集装箱码头', R),
    ('穿山港區', '穿山港区', O),
    ('北侖(大榭)港區千萬(wàn)級集裝箱泊位群', '北仑(大榭)港区千万级集装箱泊位群', O),   # descriptive berth cluster
    ('北侖(大榭)港區', '北仑(大榭)港区', O),
    ('穿山港區千萬(wàn)級集裝箱泊位群', '穿山港区千万级集装箱泊位群', O),
    ('穿山港區', '穿山港区', O),
]),
# ---------------------------------------------------------------- 山东
('sd_2017_provincial_report.txt', '郭树清在报告中提到', '改造提升。', [
    ('青岛胶东国际机场', None, R),
    ('菏泽机场', None, R),
    ('济宁机场', None, R),
    ('聊城机场', None, R),
    ('枣庄机场', None, R),
    ('海阳', None, O),                                      # bare member of 海阳、荣成核电基地
    ('荣成\n核电基地', '荣成核电基地', R),                   # a line break inside the name
    ('外电入鲁', None, O),                                  # programme between works and policy
    ('黄河下游防洪工程', None, R),
    ('南水北调配套工程', None, R),
    ('南水北调', None, O),
]),
('sd_2019_nuclear_energy_guidance.txt', '近日,山东省能源局', '170亿千瓦时。', [
    ('海阳核电一期机组', None, R),
    ('海阳核电一期', None, O),
    ('大型先进压水堆CAP1400示范工程', None, R),
    ('CAP1400示范工程', None, O),
    ('海阳核电二期', None, R),
    ('海阳核电三期', None, R),
    ('荣成压水堆扩建', None, O),                            # longer reading with the action word
    ('荣成压水堆', None, R),
    ('招远核电一期', None, R),
    ('海阳核电一期核能供热工程', None, R),
    ('海阳核电一期', None, O),
    ('海上核能综合利用平台示范工程', None, R),
]),
('sd_haiyang_city_aerospace_energy.txt', '海阳市坚持以海上运载火箭', '日益凸显。', [
    ('东方慧眼', None, O),                                  # signed projects named only by the firm
    ('火箭派', None, O),
    ('宇航装备', None, O),
    ('深蓝航天', None, O),
    ('液体推进剂实验室', None, O),                          # institution
    ('山东长征火箭二期', None, R),
    ('东方空间', None, O),
    ('九天行歌', None, O),
    ('卫星数据应用中心', None, O),                          # facility named by its function
    ('武汉大学李德仁院士工作站', None, O),                  # institution
    ('东方航天港', None, R),
    ('丁字湾「双碳」智谷', '丁字湾双碳智谷', R),
]),
# ---------------------------------------------------------------- 福建
('fj_expressway_investment_list_hant.txt', '建寧至泰寧高速公路', '112.14億元,。', [
    ('建寧至泰寧高速公路', '建宁至泰宁高速公路', R),
    ('福銀高速公路泰寧互通', '福银高速公路泰宁互通', O),    # sub-part (interchange)
    ('福銀高速公路', '福银高速公路', R),
    ('莆田至廣東梅州高速公路湄洲灣—仙游段', '莆田至广东梅州高速公路湄洲湾—仙游段', R),
    ('莆田至廣東梅州高速公路', '莆田至广东梅州高速公路', O),
    ('湄洲島跨海通道', '湄洲岛跨海通道', R),
    ('湄洲島跨海通道', '湄洲岛跨海通道', R),
    ('莆田至廣東梅州高速公路永春至永定段', '莆田至广东梅州高速公路永春至永定段', R),
    ('莆田至廣東梅州高速公路', '莆田至广东梅州高速公路', O),
    ('桂洋樞紐互通', '桂洋枢纽互通', O),                    # sub-part (interchange)
    ('梅州至大埔高速公路', '梅州至大埔高速公路', R),
]),
('fj_2020_pingtan_bridges.txt', '有岛就有大桥梦。', '都真切地成为现实。', [
    ('平潭海峡大桥', None, R),
    ('平潭海峡大桥复桥', None, R),
    ('平潭海峡大桥', None, O),
    ('平潭海峡公铁大桥', None, R),
    ('福平铁路', None, R),
    ('平潭海峡公铁大桥', None, R),
]),
('fj_2010_lianjiang_kemen_port.txt', '在查验中心', '力争近期开工。', [
    ('查验中心基础设施配套工程', None, O),                  # semi-generic works
    ('可门经济开发区', None, R),
    ('可门作业区10号、11号泊位', None, R),                  # one berth project, two berths
    ('可门作业区', None, O),
    ('11号泊位', None, O),
    ('大官坂垦区造地工程一期', None, R),
    ('大官坂垦区造地工程', None, O),
    ('南方石化高等级沥青', None, R),                        # firm + product project
    ('可门作业区1号~3号泊位一期陆域建设', None, O),          # longer reading with the action word
    ('可门作业区1号~3号泊位一期陆域', None, R),
    ('可门作业区1号~3号泊位', None, O),
    ('冠海可门大型修船基地', None, R),
]),
]

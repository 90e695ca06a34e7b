# Hand annotation of project names (projects-heldout178), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 1980s
('sd_1984_yanzhou_coalfield.txt', '第三十七处总工程师', '装车外运的情景。', [
    ('兴隆庄洗煤厂', None, R),                            # a washery under construction (facility)
    ('鲍店煤矿', None, R),                                # mine being built
    ('兴隆庄煤矿', None, R),                              # after the appositive 特大型现代化矿井—— (left out)
    ('东滩矿井', None, R),                                # mine in design
    ('南屯煤矿', None, O),                                # inside the unit name 南屯煤矿综采二队
    ('兴隆庄煤矿', None, R),
]),
# ---------------------------------------------------------------- 2000s
('sh_2004_changjiang_tunnel_bridge_start.txt', '昨天上午,雨雪交加', '全长约25.5公里。', [
    ('上海长江隧桥(崇明越江通道)工程', None, R),          # …工程暨崇明县陈家镇试点城镇建设正式启动
    ('上海长江隧桥', None, O),                            # shorter reading without the bracketed alias and 工程
    ('崇明县陈家镇试点城镇', None, O),                    # pilot town programme (…建设)
    ('上海长江隧桥工程', None, O),                        # inside the company name 上海长江隧桥工程项目公司
    ('上海长江隧桥(崇明越江通道)工程', None, R),
    ('上海长江隧桥', None, O),
    ('上海至西安', None, O),                              # the national expressway as a route (沪陕)
    ('郊区环线', None, O),                                # the outer ring expressway, named in passing
]),
('zj_2004_ningbo_power_plants.txt', '宁波日报讯(记者沈朝晖)', '表示赞赏。', [
    ('LNG项目配套电厂', None, O),                         # descriptive: the plant planned with the LNG terminal
    ('宁海国华电厂', None, R),
    ('象山大唐乌沙山电厂', None, R),                      # county name written as part of the name
    ('LNG项目配套电厂', None, O),
    ('宁海国华电厂一期', None, R),
    ('大唐乌沙山电厂一期', None, R),
    ('国华', None, O),                                    # 国华、乌沙山两电厂: bare members, head written once
    ('乌沙山', None, O),
]),
('sd_2007_delongyan_railway.txt', '新华社济南12月2日电', '“软肋”。', [
    ('德龙烟铁路', None, R),                              # after the dash
    ('德龙烟铁路', None, R),
    ('德大铁路(德州至潍坊)', None, R),                    # route in brackets kept
    ('德大铁路', None, O),
    ('滨州港', None, R),
    ('东营港', None, R),
    ('潍坊港', None, R),
    ('烟台港', None, R),
    ('威海港', None, R),
]),
('zj_2007_huhangyong_widening_hant.txt', '它的出現(xiàn)', '的目標(biāo)。', [
    ('滬杭甬高速公路', '沪杭甬高速公路', R),              # after the dash
    ('滬杭甬高速公路', '沪杭甬高速公路', R),
    ('“滬杭甬”', '沪杭甬', O),                            # quoted short form (“滬杭甬”長大了)
    ('滬杭甬高速公路8車道改造工程', '沪杭甬高速公路8车道改造工程', R),
    ('滬杭甬高速公路', '沪杭甬高速公路', O),              # nested shorter reading
    ('滬杭甬高速公路', '沪杭甬高速公路', R),              # -資料: line
    ('滬杭甬高速公路拓寬工程', '沪杭甬高速公路拓宽工程', R),
    ('滬杭甬高速公路', '沪杭甬高速公路', O),
    ('杭甬紅墾至沽渚段', '杭甬红垦至沽渚段', R),          # sections written with the line's short name
    ('滬杭楓涇至大井段', '沪杭枫泾至大井段', R),
    ('杭甬沽渚至寧波段', '杭甬沽渚至宁波段', R),
]),
('fj_2009_haixi_railways_hant.txt', '從2004年起', '四大綜合通道建設。', [
    ('溫福', '温福', O),                                  # 溫福、福廈、廈深、龍廈、向莆等5條…高速鐵路: bare members
    ('福廈', '福厦', O),
    ('廈深', '厦深', O),
    ('龍廈', '龙厦', O),
    ('向莆', '向莆', O),
    ('溫福', '温福', O),                                  # 溫福、福廈鐵路: first member bare
    ('福廈鐵路', '福厦铁路', R),
    ('溫福鐵路', '温福铁路', R),
    ('福廈鐵路', '福厦铁路', R),
]),
# ---------------------------------------------------------------- 2010s
('js_2010_rudong_yangkou.txt', '洋口港地处长江口北翼', '的工业为主。', [
    ('洋口港', None, R),
    ('黄海大桥', None, R),
    ('太阳岛', None, O),                                  # artificial island (吹填工作)
    ('太阳岛', None, O),
    ('江苏LNG接收站项目', None, R),
    ('差别化纤维', None, O),                              # project named by its product only
    ('LNG电厂', None, O),
    ('10万吨散杂货码头', None, O),                        # descriptive (capacity + kind)
    ('洋口港', None, R),                                  # 依托洋口港
    ('官衔桥', None, O),                                  # caption line: bridge linking the LNG hall to land
    ('洋口港', None, R),                                  # 以洋口港为龙头
    ('如东洋口港经济开发区', None, R),
    ('洋口港', None, O),                                  # nested in the zone name
    ('沿海经济开发区', None, O),                          # zones with generic names, county prefix shared
    ('旅游开发区', None, O),
    ('东安科技产业园', None, R),
    ('洋口港经济开发区', None, R),
    ('洋口港', None, O),
    ('沿海经济开发区', None, O),
    ('东安科技产业园', None, R),
]),
('sd_2012_yantai_ports.txt', '市港航局将加快推动烟台市旅游码头', '发挥应有作用。', [
    ('中韩铁路轮渡', None, R),                            # …建设
    ('新欧亚大陆桥', None, O),                            # transport corridor (programme)
    ('德龙烟铁路', None, R),
    ('德龙烟铁路', None, R),
    ('龙口港区疏港高速公路', None, R),
    ('西港区至淄博重质液体化工原料输送管道工程', None, R),
]),
('js_2014_binhai_coast_hant.txt', '重點發(fā)展能源', '全面啟動建設。', [
    ('濱海港', '滨海港', R),
    ('濱海港', '滨海港', R),
    ('“一關三檢”業(yè)務樓', '一关三检业务楼', O),          # office building named by a slogan
    ('港口行政服務中心', '港口行政服务中心', O),          # institution building
    ('月亮灣溫泉度假酒店', '月亮湾温泉度假酒店', R),
    ('“碧海工程”', '碧海工程', O),                        # programme
    ('“銀杏湖”水庫', '银杏湖水库', R),
    ('“靈龍湖”生態(tài)主題公園', '灵龙湖生态主题公园', R),
    ('六合莊老集鎮(zhèn)整治', '六合庄老集镇整治', O),      # renovation item (…等6個生態宜居工程)
]),
# ---------------------------------------------------------------- 2020s
('js_2020_lianyungang_report_items.txt', '1月15日,江苏省', '为历年之最。', [
    ('连云港盛虹炼化一体化', None, R),
    ('高效低碳燃气轮机试验装置', None, R),                # national science facility
    ('纳米真空互联实验站', None, R),
    ('中哈物流合作基地', None, R),
    ('上合组织连云港国际物流园', None, R),
    ('淮海国际陆港', None, R),
    ('无锡SK海力士二工厂', None, R),
    ('华虹集成电路一期', None, R),
    ('连云港盛虹炼化一体化', None, R),
]),
('fj_2021_fuzhou_starts.txt', '在连江粗芦岛', '诊断试剂生产基地等。', [
    ('福州(连江)国家远洋渔业基地母港一期生活配套区项目', None, R),   # appositive 全国第三个国家级远洋渔业基地—— left out
    ('福州(连江)国家远洋渔业基地', None, O),
    ('马尾源洪冷链供应链深加工项目', None, R),
    ('福清福融新材料年产70万吨高强度聚烯烃膜材料项目', None, R),
    ('罗源宝太110万吨冷轧项目', None, R),
    ('大东海高端精品钢铁产业项目', None, R),
    ('科创走廊', None, O),                                # 以科创走廊增进…: corridor programme
    ('科创走廊配套道路工程(妙高路)项目', None, R),
    ('鼓楼区科创走廊配套项目暨鑫惠商务中心', None, R),
    ('鑫惠商务中心', None, O),
    ('晋安区湖塘科创园项目', None, R),
    ('金山橘园工业园区C地块项目', None, R),
    ('迈新生物诊断试剂生产基地', None, R),
]),
('zj_2022_yongjia_transport.txt', '全县综合交通大会战推进会为', '4个项目建设。', [
    ('208省道福沙段改建工程', None, R),
    ('208省道福沙段', None, O),
    ('乐清湾货运铁路支线', None, R),
    ('七都北汊桥', None, R),
    ('上瓯公路', None, R),
    ('杭温高铁', None, O),                                # inside the label “杭温高铁板块”
    ('杭温高铁永嘉段', None, R),
    ('杭温高铁', None, O),
    ('温州北站', None, O),                                # stations
    ('楠溪江站', None, O),
    ('诸永高速温州北站互通', None, O),                    # interchange (sub-part)
    ('诸永高速', None, O),
    ('104国道三江至黄田段', None, O),                     # road number + section
    ('金水路', None, R),
    ('站南大道', None, R),
    ('楠溪江站北部大通道', None, R),
]),
('js_2023_transport_hant.txt', '在江蘇海太長江隧道項目江北', '頭等大事。', [
    ('江蘇海太長江隧道項目江北標段', '江苏海太长江隧道项目江北标段', O),   # construction lot (sub-part)
    ('江蘇海太長江隧道項目', '江苏海太长江隧道项目', R),
    ('海太長江隧道', '海太长江隧道', O),                  # shorter reading
    ('海太長江隧道', '海太长江隧道', O),                  # inside 海太長江隧道建設指揮部 (organisation)
    ('北沿江高鐵江蘇段', '北沿江高铁江苏段', R),
    ('北沿江高鐵', '北沿江高铁', O),
    ('宿連航道二期工程連云港段', '宿连航道二期工程连云港段', R),
    ('宿連航道二期工程', '宿连航道二期工程', O),
    ('宿連航道', '宿连航道', O),
]),
('fj_2024_dongshi_town_report_hant.txt', '2024年,東石鎮(zhèn)', '高新項(xiàng)目持續(xù)涌入。', [
    ('泉州南翼國家高新區(qū)核心區(qū)', '泉州南翼国家高新区核心区', R),
    ('泉州南翼國家高新區(qū)', '泉州南翼国家高新区', O),
    ('凱輝基金中國總部', '凯辉基金中国总部', O),          # HQ (relocated office)
    ('南翼晉江國際芯創(chuàng)港', '南翼晋江国际芯创港', R),
]),
('sh_2025_songjiang_projects.txt', '计划新开工5项:沪松公路', '松江分校(九亭)等。', [
    ('沪松公路(嘉闵高架路-S32公路)快速化工程(嘉闵立交-九谊路)', None, R),
    ('沪松公路(嘉闵高架路-S32公路)快速化工程', None, O),
    ('上海工程技术大学松江校区三期工程', None, R),
    ('上海中医药大学附属岳阳中西医结合医院松江院区一期工程', None, R),
    ('超硅半导体先进逻辑制程用300毫米硅片全自动智能化生产及研发项目', None, R),
    ('轨道交通12号线西延伸(七莘路站-洞泾站)', None, R),
    ('轨道交通12号线西延伸', None, O),
    ('油墩港航道整治工程', None, R),
    ('上海市第一人民医院南部院区二期扩建工程', None, R),
    ('综合保税区雨水泵站及初雨调蓄池工程', None, R),
    ('保障房与租赁房建设项目', None, O),                  # a category listed as one item
    ('G60曲率引擎硬科技先导科技园项目', None, R),
    ('石湖荡镇城中村项目', None, O),                      # village-renewal item named by its town
    ('G60卫星互联网(一期)', None, R),
    ('印象城二期', None, R),
    ('松江区第七中学改扩建工程', None, R),
    ('仪电智算中心(二期)项目', None, R),
    ('嘉松公路(金玉路-塔闵公路)新建工程', None, R),
    ('新建华二附中松江分校(九亭)', None, O),              # with the leading action word
    ('华二附中松江分校(九亭)', None, R),
]),
]

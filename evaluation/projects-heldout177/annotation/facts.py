# Hand annotation of project names (projects-heldout177), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 1950s-1970s (黑龙江)
('hl_1953_1957_xiangfang_key_plants.txt', '哈尔滨老厂区是以散点式分布', '三大轴承生产基地之一。', [
    # 老厂区车辆厂、电碳厂、星光机械厂… : bare generic names of old works being torn down, not annotated
    ('轴承厂', None, O),                                  # 6项重点工程: bare member without its city
    ('哈尔滨电碳厂', None, R),
    ('哈尔滨量具刃具厂', None, R),
    ('哈尔滨电机制造厂', None, R),
    ('哈尔滨锅炉制造厂', None, R),
    ('哈尔滨汽轮机制造厂', None, R),
    ('哈尔滨轴承厂', None, O),                            # the works as an enterprise; 哈尔滨轴承集团公司 is a company (not)
]),
('hl_1954_1964_yijia_nenlin_memoir.txt', '原计划是从加格达奇乘坐火车', '最为繁忙的线路。', [
    ('嫩林铁路', None, R),
    ('漠河站', None, O),                                  # station
    ('嫩林铁路', None, R),
    ('加漠(加格达奇至漠河)公路', None, R),                # route gloss in brackets kept as written
    ('伊加(伊图里河至加格达奇)铁路', None, R),
    ('大兴安岭林区会战', None, O),                        # campaign of works, between programme and event
    ('伊加铁路', None, R),
]),
('hl_1964_1972_nenlin_railway_hant.txt', '嫩林鐵路位于大興安嶺,南起嫩江', '急需的物資。', [
    ('嫩林鐵路', '嫩林铁路', R),
    ('嫩江至塔河段', None, O),                            # sections written without the line name: anaphoric sub-parts
    ('加格達奇至塔河段', '加格达奇至塔河段', O),
    ('嫩江至加格達奇段', '嫩江至加格达奇段', O),
    ('塔河至樟嶺段', '塔河至樟岭段', O),
    ('樟嶺至古蓮段', '樟岭至古莲段', O),
    ('嫩林鐵路', '嫩林铁路', R),
]),
# ---------------------------------------------------------------- 2000s
('ln_2003_shenyang_revival_first_batch.txt', '按此政策执行,沈阳第一批项目', '兴齐制药有限责任公司改造项目。', [
    # list headings 车船专项 / 机械装备专项 / 医药专项 are glued to the names and left out
    ('沈阳机车车辆有限责任公司扩建项目', None, R),
    ('沈阳北恒铜业有限公司扩建项目', None, R),
    ('沈阳水泵股份有限公司改造项目', None, R),
    ('沈阳高压开关有限责任公司改造项目', None, R),
    ('沈阳鼓风机集团有限公司改造项目', None, R),
    ('沈阳气体压缩机股份有限公司改造项目', None, R),
    ('东北制药集团公司改造项目', None, R),
    ('沈阳中药制药有限公司技改项目', None, R),
    ('沈阳市兴齐制药有限责任公司改造项目', None, R),
]),
('jl_2008_central_songhua_water_hant.txt', '   吉林省有史以來規(guī)模最大的水利工程——', '缺水2.52億立方米。', [
    ('中部城市引松供水工程', None, R),                    # appositive 吉林省有史以來規模最大的水利工程—— left out
    ('中部城市引松花江供水工程', None, R),
    ('引松供水工程', None, R),                            # short form as subject (引松供水工程由1條總干線…)
    ('中部引松供水', None, O),                            # short form without 工程
]),
('ln_2008_dalian_sandaogou_waterworks_hant.txt', '12月23日,遼寧省大連市', '兩米直徑的管道。', [
    ('三道溝凈水廠供水系統(tǒng)改擴建工程', '三道沟净水厂供水系统改扩建工程', R),
    ('大伙房引水入連', '大伙房引水入连', O),              # 從大伙房引水入連之前: the 大伙房 water-transfer works, written as a verb phrase
    ('三道溝凈水廠改擴建工程', '三道沟净水厂改扩建工程', R),
    ('大沙河水廠', '大沙河水厂', R),                      # locative 在普蘭店市大劉家鄉 left out
]),
('hl_2008_heixiazi_island_plan_hant.txt', '  針對黑瞎子島的未來開發', '機場選址報告已編制完成。', [
    # 中俄邊境經貿合作區 (in a report title and in a sentence) is a planned zone described, not named: not annotated
    ('前撫(佳木斯市前進鎮到撫遠縣)鐵路', '前抚(佳木斯市前进镇到抚远县)铁路', R),
    ('前進鎮火車站', '前进镇火车站', O),                  # station
    ('前撫鐵路延伸段', '前抚铁路延伸段', R),
    ('前撫鐵路', '前抚铁路', O),                          # nested line name
    ('前撫鐵路', '前抚铁路', R),
    ('前撫鐵路', '前抚铁路', R),
    ('俄羅斯遠東鐵路', '俄罗斯远东铁路', O),              # the Russian Far East rail network, a descriptor more than a name
    ('撫遠支線機場項目', '抚远支线机场项目', R),
]),
# ---------------------------------------------------------------- 2010s
('jl_2012_border_areas_plan.txt', '“十二五”时期,吉林省将加大', '国省干线公路和边防公路。', [
    ('吉林至珲春客运专线', None, R),
    ('四平至松江河', None, O),                            # …等快速铁路: members of 等-lists are optional
    ('珲春至东宁', None, O),                              # …等铁路项目
    ('松江河至长白', None, O),
    ('中朝跨境铁路项目', None, O),                        # an unnamed cross-border line described
    ('集安至通化', None, O),                              # …等高速公路
    ('延吉至长白山', None, O),
    ('松江河至长白', None, O),                            # …等国省干线公路和边防公路
    ('三道沟至下套', None, O),
    ('开山屯经白金至上化', None, O),
    ('上化至柳新', None, O),
    ('园池至和平营子', None, O),
    ('二道白河至露水河', None, O),
    ('珲春至敬信', None, O),
]),
('ln_2014_wafangdian_taipingwan_railway.txt', '大连太平湾沿海经济区作为大连市', '具备通车条件。', [
    ('大连太平湾沿海经济区', None, O),                    # zone named in passing
    ('太平湾沿海经济区', None, O),                        # nested shorter reading; steers the next one
    ('太平湾沿海经济区', None, O),                        # 作为太平湾沿海经济区发展的运输通道
    ('太平湾沿海经济区铁路', None, R),
    ('沈大铁路', None, R),
    ('九寨站', None, O),                                  # station
    ('沈大', None, O),                                    # 按着沈大运行: bare short form of the line
    ('202国道', None, O),                                 # road number
    ('哈大高铁', None, R),
    ('大平湾港区', None, O),                              # port area (sic, for 太平湾港区), more place than works here
]),
('jl_2015_songyuan_irrigation.txt', '  解决我市农业靠天吃饭问题', '大安龙海3个灌片。', [
    ('松原灌区工程', None, R),
    ('哈达山水利枢纽', None, R),
    ('西部土地整理工程', None, O),                        # programme of land works
    ('松原灌区工程', None, R),
    ('松原灌区', None, O),                                # nested shorter reading; steers the next one
    ('松原灌区', None, R),                                # 松原灌区涉及范围…
    # 前郭、乾安、大安龙海3个灌片: bare members of a counted list; not annotated (build.py cannot place them past 前郭县/乾安县)
]),
('jl_2017_dunhua_baihe_hsr_start_hant.txt', '據悉,敦化至白河', '建設工期4年。', [
    ('敦化至白河(長白山)高速鐵路', '敦化至白河(长白山)高速铁路', R),
    # 敦化、敦化南、永慶、長白山4個車站: bare station names, not annotated (they cannot be placed past 敦化市 etc.)
    ('白河特大橋', '白河特大桥', O),                      # sub-part (the line's longest bridge)
    ('小榆樹川隧道', '小榆树川隧道', O),                  # sub-part (tunnel)
    ('小榆樹川隧道', '小榆树川隧道', O),
    ('敦化至白河(長白山)高速鐵路', '敦化至白河(长白山)高速铁路', R),
    ('瀋陽至佳木斯高速鐵路', '沈阳至佳木斯高速铁路', R),
]),
('hl_2017_five_years_infrastructure.txt', '基础设施投资方面。', '工程进展顺利。', [
    ('三江治理工程', None, R),
    ('三江治理工程', None, R),
    ('尼尔基引嫩扩建骨干一期工程', None, R),
    ('三江平原灌区', None, R),
    ('穆棱市奋斗水库', None, R),
    ('奋斗水库', None, O),                                # without the city written before it
    ('绥棱县阁山水库', None, R),
    ('阁山水库', None, O),
    ('界河国土防护二期', None, R),
]),
# ---------------------------------------------------------------- 2020s
('ln_2020_yingkou_port_railway_start.txt', '  营口片区位于营口主城区西部', '预计2022年建成通车。', [
    ('营口片区', None, O),                                # free-trade-zone area
    ('营口片区', None, O),
    ('营满欧大陆桥', None, O),                            # corridor
    ('营口自贸区至鲅鱼圈疏港铁路', None, R),
    ('疏港铁路新建工程', None, O),                        # anaphoric short form
    ('民兴河体育公园', None, O),                          # a park, used as the line's starting point
    ('沿海产业基地', None, O),                            # zone short form
    ('北海新区', None, O),                                # new area named in passing
    ('沙鲅铁路', None, R),                                # 沙鲅铁路鲅鱼圈北站: two names side by side
    ('鲅鱼圈北站', None, O),                              # station
    ('沙鲅线', None, R),
    ('嘉晨集团', None, O),                                # 嘉晨集团及石钢京诚铁路专用线: bare first member (also a company)
    ('石钢京诚铁路专用线', None, R),
    ('体育公园', None, O),                                # new stations: bare members
    ('二道(线路所)', None, O),
    ('兰旗', None, O),
    ('北海', None, O),
    ('鲅鱼圈北', None, O),                                # rebuilt stations: bare members
    ('范屯', None, O),
    ('坨台', None, O),
]),
('jl_2022_west_water_qianan_hant.txt', '吉林西部供水工程乾安縣繞城補水工程利用', '合同額2788萬元。', [
    ('吉林西部供水工程乾安縣繞城補水工程', '吉林西部供水工程乾安县绕城补水工程', R),
    ('吉林西部供水工程', None, O),                        # nested: the parent works
    ('乾安縣繞城補水工程', '乾安县绕城补水工程', O),      # nested: the sub-project alone
    ('安字泵站', None, R),
    ('松原灌區(qū)', '松原灌区', R),
    ('安字干渠', None, R),
    ('安字3支渠', None, O),                               # branch canal: sub-part
    ('S301公路', None, O),                                # road number
    ('吉林西部供水工程', None, R),
    ('乾安縣繞城補水工程二標(biāo)', '乾安县绕城补水工程二标', R),   # section word kept
    ('乾安縣繞城補水工程', '乾安县绕城补水工程', O),      # nested shorter reading
]),
('ln_2024_dalian_transport_projects.txt', '从2024年大连市交通运输工作会议上获悉', '“北粮南运”通道畅通。', [
    ('东北亚国际航运中心', None, O),                      # programme
    ('东北海陆大通道', None, O),                          # corridor programme
    ('长海大桥工程', None, R),                            # descriptions before —— left out
    ('太平湾港区散粮码头工程', None, R),
    ('大窑湾港区汽车码头扩建工程', None, R),
    ('大港7号客运泊位改建工程', None, R),
    ('中粮油脂配套码头', None, R),
    ('长兴岛港恒力聚酯项目配套码头', None, R),
    ('恒力聚酯项目', None, O),                            # a project name nested in the terminal's name
    ('海陆大通道', None, O),                              # anaphoric short form
    ('中欧班列大连沿海集结中心', None, O),                # hub between facility and service
]),
]

# Hand annotation of project names (projects-heldout145), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 辽宁
('ln_anshan_1950s_steel.txt', '  新中国第一根无缝钢管“三大工程”', '巨大事件。', [
    ('鞍钢大型轧钢厂', None, R),
    ('无缝钢管厂', None, O),                               # bare member; the owner prefix 鞍钢 is written once
    ('7号高炉建设工程', None, O),                          # bare member of the same list
    ('7号高炉', None, O),
    ('无缝钢管厂工程', None, O),                           # the same plant as a works, owner left to the context
    ('无缝钢管厂', None, O),                               # nested reading
    ('无缝钢管厂140机组', None, O),                        # sub-part (a mill unit)
    ('无缝钢管厂', None, O),                               # nested reading
    ('无缝钢管厂', None, O),                               # the plant as the actor (无缝钢管厂从…切下)
    ('鞍钢无缝钢管厂', None, R),
    ('大型轧钢厂', None, O),                               # bare member, 鞍钢 written once
    ('第七号高炉', None, O),
]),
('ln_2023_transport_hant.txt', '今年,遼寧全省鐵路', '保障經濟循環(huán)暢通。', [
    ('本桓', '本桓', O),                                   # bare member of 本桓等5條高速公路
    ('阜奈高速公路', '阜奈高速公路', R),
    ('仙人島疏港高速公路', '仙人岛疏港高速公路', R),
    ('鞍臺', '鞍台', O),                                   # bare member, head 疏港高速公路 written once
    ('鲅魚圈疏港高速公路', '鲅鱼圈疏港高速公路', R),
    ('30萬噸級航道', '30万吨级航道', O),                   # channel named by its class only, port not written
    ('太平灣10萬噸級航道', '太平湾10万吨级航道', R),
    ('沈陽地鐵2號線南延', '沈阳地铁2号线南延', R),
    ('沈陽地鐵2號線', '沈阳地铁2号线', O),
    ('4號線一期工程', '4号线一期工程', O),                 # 沈陽地鐵 written once
    ('大連地鐵5號線', '大连地铁5号线', R),
]),
('ln_dandong_2009_coast_hant.txt', '    7月4日至5日', '保護和建設。', [
    ('遼寧沿海經濟帶', '辽宁沿海经济带', O),               # development zone named in passing
    ('遼寧沿海經濟帶', '辽宁沿海经济带', O),
    ('遼寧寶華再生資源工業園區', '辽宁宝华再生资源工业园区', R),
    ('丹東市海洋紅中心漁港', '丹东市海洋红中心渔港', R),
    ('丹東港', '丹东港', R),
]),
('ln_zhuanghe_report_plans.txt', '聚焦扩规提质', '专项工程收尾。', [
    ('中英产业园', None, R),
    ('中日示范园', None, R),
    ('奥森制药', None, O),                                 # a company name standing for its project
    ('新德隆陶瓷新材料', None, R),                         # named industrial project without 项目
    ('高性能锂电池电芯智能化生产线', None, O),             # descriptive, owner not written
    ('实达预构件生产基地', None, R),
    ('博融新材料产业园', None, R),
    ('李屯路网', None, O),                                 # an area's road network
    ('临港6号路', None, R),
    ('庄河', None, O),                                     # bare member (the river 庄河), head 防汛提升改造工程 written once
    ('鲍码河防汛提升改造工程', None, R),
    ('内环路南延', None, R),
    ('内环路', None, O),
    ('3号路海绵工程', None, R),
]),
# ---------------------------------------------------------------- 吉林
('jl_2025_spring_starts.txt', ' 开工建设紧锣密鼓', '强大动能。', [
    ('沈白高铁', None, R),
    ('沈白高铁白山东站', None, R),
    ('沈白高铁', None, O),
    ('中石油吉林石化公司转型升级东区项目', None, O),       # project name inside a job title (…项目主管)
    ('120万吨乙烯项目', None, O),                          # named by capacity only, owner in the context
]),
('jl_jilin_2022_winter.txt', '以转型升级项目为依托', '全球领先。', [
    ('转型升级项目', None, O),                             # short form of 吉林石化炼油化工转型升级项目
    ('转型升级项目', None, O),
    ('吉林石化年产120万吨乙烯项目', None, R),
    ('吉林化纤年产15万吨差别化腈纶项目', None, R),
    ('吉林化纤年产30万吨腈纶扩能改造', None, R),           # named by what it does, no facility name left without the action word
]),
('jl_jilin_c2011_chemical_park_hant.txt', '當(dāng)天集中', '的推進(jìn)。', [
    ('30萬(wàn)噸環(huán)氧丙烷產(chǎn)業(yè)鏈項(xiàng)目', '30万吨环氧丙烷产业链项目', O),   # named by capacity only
    ('吉林化工園區(qū)30萬(wàn)噸環(huán)氧丙烷產(chǎn)業(yè)鏈項(xiàng)目', '吉林化工园区30万吨环氧丙烷产业链项目', R),
    ('吉林化工園區(qū)', '吉林化工园区', O),
    ('30萬(wàn)噸環(huán)氧丙烷產(chǎn)業(yè)鏈項(xiàng)目', '30万吨环氧丙烷产业链项目', O),
    ('吉神公司環(huán)氧丙烷項(xiàng)目', '吉神公司环氧丙烷项目', R),
    ('林德公司制氫', '林德公司制氢', O),                 # bare member of 制氫、制氮項目
    ('制氮項(xiàng)目', '制氮项目', O),
    ('美國(guó)亨斯邁公司基礎(chǔ)聚醚及組合聚醚項(xiàng)目', '美国亨斯迈公司基础聚醚及组合聚醚项目', R),
]),
('jl_changbaishan_2012_resort_hant.txt', '長白山國際度假區位于', '正在建設之中。', [
    ('長白山國際度假區', '长白山国际度假区', R),
    ('薩滿博物館', '萨满博物馆', O),                       # institution inside the resort
    ('長白山度假區', '长白山度假区', O),                   # short form
    ('萬達長白山國際度假區項目', '万达长白山国际度假区项目', R),
    ('長白山國際度假區', '长白山国际度假区', O),
    ('大連金石灘', '大连金石滩', O),                       # resort area named as an investment target
]),
# ---------------------------------------------------------------- 黑龙江
('hl_2000_hasui_expressway.txt', '网站首页', '重点项目。', [
    ('哈绥高速公路', None, R),                             # heading
    ('哈绥高速公路', None, R),
    ('哈绥高速公路', None, R),
    ('哈绥高速公路', None, R),
    ('222国道哈尔滨至伊春公路', None, R),
    ('222国道', None, O),                                  # road number
]),
('hl_2012_roads.txt', '同时,国家规划的高速公路网黑龙江', '40余项公路建设项目。', [
    ('前嫩公路(建三江前锋农场至嫩江)伊春至北安段高速公路', None, R),
    ('前嫩公路', None, O),
    ('五大连池至嫩江(省界)段', None, O),                   # bare section, line name written once
    ('建三江至抚远(黑瞎子岛)高速公路建三江至前哨农场段', None, R),
    ('建三江至抚远(黑瞎子岛)高速公路', None, O),
    ('加漠公路瓦拉干至漠河段二级公路', None, R),
    ('加漠公路瓦拉干至漠河段', None, O),
    ('加漠公路', None, O),
]),
('hl_zhaozhou_2024_county.txt', '中食世纪集团400万羽', '纳入省级重点项目。', [
    ('中食世纪集团400万羽蛋鸡产业集群项目', None, R),
    ('中农兴和公司蛋品加工厂', None, O),                   # an existing company plant that is bought
    ('杏山涝区骨干治理工程', None, R),
    ('三中教学楼', None, O),                               # school building
    ('明阳风电', None, O),                                 # also the company's own name
    ('辰泽天然气提氦', None, R),                           # named industrial project without 项目
]),
# ---------------------------------------------------------------- 内蒙古
('nm_baxin_2007_rail.txt', '日前,巴', '最佳国际出海口。', [
    ('巴(彦乌拉)至新(邱)铁路', None, R),
    ('巴新铁路', None, R),
    ('巴彦乌拉站', None, O),                               # end stations of the line
    ('新邱站', None, O),
    ('新义线', None, R),                                   # existing railway
    ('新义线', None, R),
    ('锦州港', None, R),
    ('巴新铁路', None, R),
    ('巴新铁路一期工程', None, R),
    ('巴新铁路', None, O),
    ('二期工程', None, O),                                 # anaphoric short form
    ('珠恩嘎达布其口岸', None, O),                         # place the works lead to
    ('珠恩嘎达布其到蒙古国乔巴山的三期工程', None, O),     # descriptive (…的三期工程)
    ('巴新铁路三期工程', None, R),
    ('巴新铁路', None, O),
    ('锦州港', None, R),
    ('欧亚大陆桥国际通道', None, O),                       # descriptive corridor
    ('锦州港', None, R),
]),
('nm_zalantun_2022_ski.txt', '  1月26日,经过', '重要区域旅游产品。', [
    ('内蒙古自治区呼伦贝尔市扎兰屯滑雪旅游度假地', None, R),
    ('呼伦贝尔市扎兰屯滑雪旅游度假地', None, O),
    ('呼伦贝尔市扎兰屯滑雪旅游度假地', None, R),
    ('扎兰屯成吉思汗民航机场', None, R),
    ('绥满高速', None, R),
    ('301国道', None, O),                                  # road number
    ('金龙山滑雪场', None, R),
]),
('nm_jarud_2023_starts_hant.txt', '旗委副書記', '完成投資22億元。', [
    ('內(nèi)蒙古康乃爾化學(xué)工業(yè)有限公司30萬噸/年煤制乙二醇項目', '内蒙古康乃尔化学工业有限公司30万吨/年煤制乙二醇项目', R),
    ('扎魯特旗動物醫(yī)院', '扎鲁特旗动物医院', O),         # institution
    ('扎魯特旗魯北產(chǎn)業(yè)園供水工程', '扎鲁特旗鲁北产业园供水工程', R),
    ('扎魯特旗魯北產(chǎn)業(yè)園', '扎鲁特旗鲁北产业园', O),
    ('二連浩特至廣州國家高速公路集寧至阿榮旗聯(lián)絡(luò)線查白音他拉至草高吐工程',
     '二连浩特至广州国家高速公路集宁至阿荣旗联络线查白音他拉至草高吐工程', R),
    ('二連浩特至廣州國家高速公路集寧至阿榮旗聯(lián)絡(luò)線', '二连浩特至广州国家高速公路集宁至阿荣旗联络线', O),
    ('二連浩特至廣州國家高速公路', '二连浩特至广州国家高速公路', O),
    ('國潤商貿(mào)有限公司扎哈淖爾煤炭鐵路專用線', '国润商贸有限公司扎哈淖尔煤炭铁路专用线', R),
    ('扎哈淖爾煤炭鐵路專用線', '扎哈淖尔煤炭铁路专用线', O),
]),
('nm_shengli_coal_c2006_hant.txt', '地處內(nèi)蒙古', '神華坑口電廠供應(yīng)。', [
    ('勝利一號露天煤礦項目', '胜利一号露天煤矿项目', R),  # after a locative with 的
    ('勝利煤田', '胜利煤田', O),                           # a coalfield (resource area)
    ('內(nèi)蒙古勝利一號露天煤礦項目', '内蒙古胜利一号露天煤矿项目', R),
    ('勝利一號露天煤礦項目', '胜利一号露天煤矿项目', O),
    ('勝利一號露天礦項目', '胜利一号露天矿项目', R),
    ('錫林浩特市―桑根達來鎮(zhèn)―正藍旗鐵路', '锡林浩特市―桑根达来镇―正蓝旗铁路', R),
    ('正藍旗上都電廠', '正蓝旗上都电厂', R),
    ('上都電廠', '上都电厂', O),
    ('神華坑口電廠', '神华坑口电厂', O),                   # descriptive (the Shenhua pithead plant)
]),
]

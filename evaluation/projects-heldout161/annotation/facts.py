# Hand annotation of project names (projects-heldout161), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 辽宁
('ln_dalian_2014_water_link.txt', '[香港商报讯]记者夏力报道', '将发挥重要作用。', [
    ('大伙房水库输水入连工程', None, R),
    ('鞍山泵站', None, O),                                 # the works' starting pumping station (sub-part)
    ('东风水库', None, O),                                 # existing reservoir named as the end point's landmark
    ('引大入连工程', None, R),                             # the works' usual name (引大入连), not a defined short form
    ('引英', None, O),                                     # 引英、引碧和英那河水库扩建工程: bare members
    ('引碧', None, O),
    ('英那河水库扩建工程', None, R),
    ('英那河水库', None, O),                               # nested reading
    ('引大入连工程', None, R),
]),
('ln_huludao_2010_coast_hant.txt', '在認(rèn)真聽取大家', '產(chǎn)業(yè)集聚區(qū)建設(shè)。', [
    ('石河港', '石河港', R),
    ('興城港', '兴城港', R),
    ('葫蘆島港', '葫芦岛港', R),
    ('打漁山泵業(yè)基地', '打渔山泵业基地', R),             # a named industrial base (place + industry)
    ('石河', '石河', O),                                   # 石河和興城臨港工業區: bare member
    ('興城臨港工業(yè)區(qū)', '兴城临港工业区', R),
    ('龍灣中央商務(wù)區(qū)', '龙湾中央商务区', O),             # business district (zone)
    ('海岸中關(guān)村', '海岸中关村', O),                     # nickname-like cluster name
    ('覺華島旅游度假區(qū)', '觉华岛旅游度假区', R),
]),
('ln_linghai_2021_port_link_road_hant.txt', '東北陸海新通道錦盤(pán)兩港連接路項(xiàng)目總路線', '的配套基地。', [
    ('東北陸海新通道錦盤(pán)兩港連接路項(xiàng)目', '东北陆海新通道锦盘两港连接路项目', R),
    ('東北陸海新通道', '东北陆海新通道', O),             # the corridor programme, nested
    ('錦盤(pán)兩港連接路項(xiàng)目', '锦盘两港连接路项目', O),  # nested reading without the corridor
    ('錦州港', '锦州港', R),
    ('盤(pán)錦港', '盘锦港', R),
    ('濱海公路錦州與盤(pán)錦段', '滨海公路锦州与盘锦段', R),
    ('濱海公路', '滨海公路', O),
    ('錦州港', '锦州港', R),
    ('凌海大有經(jīng)濟(jì)區(qū)', '凌海大有经济区', O),             # economic zone named in passing
    ('大有經(jīng)濟(jì)區(qū)', '大有经济区', O),
    ('大有經(jīng)濟(jì)區(qū)', '大有经济区', O),
    ('盤(pán)錦世界級(jí)石化產(chǎn)業(yè)基地', '盘锦世界级石化产业基地', O),  # descriptive base
]),
('ln_2012_hada_hsr_stations_hant.txt', '哈大高鐵南起遼寧省大連市', '緩解東北三省的春運壓力。', [
    ('哈大高鐵', '哈大高铁', R),
    ('哈大鐵路客專', '哈大铁路客专', O),                 # inside a title (哈大鐵路客專總工)
    ('哈大高鐵', '哈大高铁', R),
    ('哈大', '哈大', O),                                   # 滿足哈大設計要求: short form
    ('哈大高鐵', '哈大高铁', R),
    ('大連站', '大连站', R),
    ('大連北站', '大连北站', R),
    ('普蘭店西站', '普兰店西站', R),
    ('瓦房店西站', '瓦房店西站', R),
    ('鮁魚圈東站', '鲅鱼圈东站', R),
    ('蓋州西站', '盖州西站', R),
    ('營口東站', '营口东站', R),
    ('海城西站', '海城西站', R),
    ('鞍山西站', '鞍山西站', R),
    ('遼陽站', '辽阳站', R),
    ('沈陽站', '沈阳站', R),
    ('沈陽北站', '沈阳北站', R),
    ('鐵嶺西站', '铁岭西站', R),
    ('開原西站', '开原西站', R),
    ('昌圖西站', '昌图西站', R),
    ('四平東站', '四平东站', R),
    ('公主嶺南站', '公主岭南站', R),
    ('長春西站', '长春西站', R),
    ('長春站', '长春站', R),
    ('德惠西站', '德惠西站', R),
    ('扶餘北站', '扶余北站', R),
    ('雙城北站', '双城北站', R),
    ('哈爾濱西站', '哈尔滨西站', R),
    ('哈爾濱站', '哈尔滨站', R),
    ('哈大高鐵', '哈大高铁', R),
]),
('ln_2008_water_lifelines_hant.txt', '投資100億元的大伙房水庫輸水工程', '供給鞍山市城市生活用水。', [
    ('大伙房水庫輸水工程', '大伙房水库输水工程', R),
    ('遼寧“引細入湯”工程', '辽宁引细入汤工程', R),      # place written as part of the name, subject position
    ('“引細入湯”工程', '引细入汤工程', O),                # nested reading without the place
    ('“引細入湯”工程', '引细入汤工程', R),
    ('湯河水庫', '汤河水库', O),                           # existing reservoir receiving the water
]),
# ---------------------------------------------------------------- 吉林
('jl_jilin_1959_chemical_base.txt', '在充满了建设凯歌', '轻轻地吐出黄色烟团。', [
    ('吉林肥料厂', None, R),
    ('吉林染料厂', None, R),
    ('吉林电石厂', None, R),
    ('吉林化工区', None, R),                               # the chemical complex built in the 一五 plan
]),
('jl_1958_1974_small_fertilizer_plants.txt', '(1) 建设过程。', '加工碳酸氢氨1.2万吨。', [
    ('蛟河县小化肥厂', None, R),
    ('延吉市小氮肥厂', None, R),
    ('蛟河化肥厂', None, R),
]),
('jl_yanbian_2015_jilin_tumen_hunchun_hsr.txt', '吉图珲客运专线是长吉城际延长线', '跨境旅游发展具有重要意义。', [
    ('吉图珲客运专线', None, R),
    ('长吉城际', None, R),
    ('长珲城际', None, R),
    ('吉图珲客专', None, R),
    ('珲春站', None, R),
    ('长春站', None, R),
    ('长吉城际', None, R),
    ('哈大高铁', None, R),
    ('盘营高铁', None, R),
    ('长春站', None, R),
    ('哈大高铁', None, R),
    ('长吉图开发开放先导区', None, O),                     # development area (policy zone)
]),
('jl_2023_open_corridors.txt', '突出目标导向。', '常态化运营。', [
    ('白松长通至辽宁大通道', None, O),                     # corridors (descriptive)
    ('长吉珲大通道', None, O),
    ('沿边开放旅游大通道', None, O),
    ('国道丹阿线(G331)', None, O),
    ('国道丹阿线', None, R),
    ('G331', None, O),                                     # road number
    ('集安至图们段', None, O),                             # section named without its road
    ('沈阳至白河高速铁路', None, R),
    ('敦化至牡丹江高速铁路', None, R),
    ('长春龙嘉国际机场三期扩建工程', None, R),
    ('长春龙嘉国际机场', None, O),
    ('延吉机场', None, R),                                 # 迁建延吉机场
    ('通化机场改扩建', None, O),                           # longer reading (trailing action word)
    ('通化机场', None, R),
    ('“滨海2号”国际交通走廊', '滨海2号国际交通走廊', O),  # corridor programme
]),
('jl_nongan_2022_county_review.txt', '这一年,农安县全力以赴稳住经济。', '23个优质项目建成投产。', [
    ('吉粤装备产业园', None, R),
    ('华宸双碳产业园', None, R),
    ('家居产业园', None, O),                               # park named only by its industry
]),
# ---------------------------------------------------------------- 黑龙江
('hl_mudanjiang_2012_road_plans.txt', '据了解,根据全市“准备之冬”', '2015年10月完工通车。', [
    ('绥满高速公路牡丹江至哈尔滨段大修工程收费站改扩建项目', None, R),
    ('绥满高速公路牡丹江至哈尔滨段', None, O),
    ('绥满高速公路', None, O),
    ('国道莫旗至延吉公路湖北村至果树场段', None, R),
    ('国道莫旗至延吉公路', None, O),
    ('牡丹江至牡丹峰公路', None, R),
    ('鹤大公路柴河互通至青梅大桥段建设项目', None, R),
    ('鹤大公路', None, O),
    ('柴河互通', None, O),                                 # end points (sub-parts)
    ('青梅大桥', None, O),
    ('铁岭河至三道村道路整修项目', None, R),
    ('中国雪乡至镜泊湖公路柳河林场至镜泊湖段', None, R),
    ('中国雪乡至镜泊湖公路', None, O),
    ('绥满公路磨刀石至铁岭河段大修工程', None, R),
    ('绥满公路', None, O),
    ('牡丹江至海林城际公路', None, R),
]),
('hl_musui_2015_railway_opening_hant.txt', '本報28日訊', '軟巖大變形控制技術的空白。', [
    ('綏芬河站', '绥芬河站', R),
    ('牡綏鐵路擴能改造工程', '牡绥铁路扩能改造工程', R),
    ('牡綏鐵路', '牡绥铁路', O),
    ('牡綏鐵路擴能改造工程', '牡绥铁路扩能改造工程', R),
    ('牡綏鐵路', '牡绥铁路', O),
    ('牡丹江', '牡丹江', O),                               # 設牡丹江、愛河…和綏芬河7個車站: bare station names
    ('愛河', '爱河', O),
    ('磨刀石', '磨刀石', O),
    ('穆稜', '穆棱', O),
    ('細鱗河', '细鳞河', O),
    ('綏陽', '绥阳', O),
    ('綏芬河', '绥芬河', O),
    ('牡綏鐵路', '牡绥铁路', R),
]),
('hl_daqing_2020_projects_review.txt', '据市发改委统计', '抵御经济下行的稳定器作用。', [
    ('龙油550', None, R),
    ('圣泉配套热电联产', None, R),
    ('智陶高档卫生瓷生产项目', None, R),
    ('龙油550', None, R),
    ('石化“大炼油”', '石化大炼油', O),                    # nickname of a refinery project
    ('大炼油', None, O),
    ('炼化增产石蜡', None, O),                             # descriptive short name
    ('金锣大豆分离蛋白', None, R),                         # project named by company + product
    ('林甸畜禽养殖废弃物资源化利用', None, O),             # place + activity, borderline
]),
('hl_1986_1990_rural_hydropower.txt', '第一节 农村水电工程建设', '装机容量6.82万千瓦。', [
    ('爱辉县卧牛湖水库电站', None, R),
    ('卧牛湖水库电站', None, O),
    ('林口县河口二电站', None, R),
    ('河口二电站', None, O),
    ('伊春美溪区金沙河水电站', None, R),
    ('金沙河水电站', None, O),
    ('宁安市镜泊湖保温电站', None, R),
    ('镜泊湖保温电站', None, O),
    ('汤原县永久水电站', None, R),
    ('永久水电站', None, O),
    ('宁安县石头水电厂', None, R),
    ('石头水电厂', None, O),
    ('依兰县晨光水电厂', None, R),
    ('晨光水电厂', None, O),
    ('爱辉县西沟发电厂', None, R),
    ('西沟发电厂', None, O),
    ('逊克县白石水电站', None, R),
    ('白石水电站', None, O),
    ('饶河县永幸电站', None, R),
    ('永幸电站', None, O),
    ('逊克县逊河电站', None, R),
    ('逊河电站', None, O),
]),
('hl_2008_branch_airports_hant.txt', '記者從有關(guān)部門獲悉', '立體交通時代。', [
    ('漠河支線機場', '漠河支线机场', R),
    ('大慶', '大庆', O),                                   # 大慶、雞西、伊春等支線機場: bare members
    ('雞西', '鸡西', O),
    ('伊春', '伊春', O),
    ('伊春機場', '伊春机场', R),
    ('雞西機場', '鸡西机场', R),
    ('漠河機場', '漠河机场', R),
    ('大慶機場', '大庆机场', R),
]),
]

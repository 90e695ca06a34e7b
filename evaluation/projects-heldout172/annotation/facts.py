# Hand annotation of project names (projects-heldout172), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 1950s
('gs_1952_tianlan_railway.txt', '要在拔海', '宝鸡去购买。', [
    ('天兰铁路', None, R),                                 # 陇山山脉中修建天兰铁路
    ('天兰铁路', None, R),                                 # 天兰铁路总共有一千多座桥涵
    ('天兰路', None, R),                                   # the line's usual short name (天兰路上从陇西到定西)
]),
('xj_1956_1959_lanxin_hami_memoir.txt', '修筑兰新铁路哈密段', '可见一斑。', [
    ('兰新铁路哈密段', None, R),                           # section heading 修筑兰新铁路哈密段 (action word left out)
    ('兰新铁路西段', None, R),
    ('兰新铁路', None, O),                                 # nested reading; also steers the next required 兰新铁路
    ('兰新铁路', None, R),                                 # 兰新铁路东起甘肃兰州市
    ('陇海路', None, R),
    ('兰新铁路进疆段', None, R),
    ('尾垭至哈密', None, O),                               # appositive after the dash (the section's route)
    ('兰新铁路', None, R),                                 # 兰新铁路筑路工程
]),
('nx_1950s_shizuishan_coal_history.txt', '石嘴山现代工业', '施工队伍。', [
    ('包头', None, O),                                     # 兴建包头、酒泉钢铁公司: bare list member
    ('酒泉钢铁公司', None, O),                             # steel works named by its company
    ('包兰(包头-兰州)', None, O),                          # 修建包兰(包头-兰州)、兰新(兰州-新疆)铁路: bare member
    ('兰新(兰州-新疆)铁路', None, R),                      # parentheses kept as written
    ('西北煤炭基地', None, O),                             # descriptive base (以石嘴山为中心的西北煤炭基地)
    ('包兰铁路', None, R),
    ('包钢', None, O),                                     # steel works / company short names
    ('酒钢', None, O),
    ('石嘴山煤矿', None, O),                               # inside the organisation name 石嘴山煤矿筹建处
    ('石嘴山矿区', None, O),                               # inside 石嘴山矿区建设指挥部
]),
# ---------------------------------------------------------------- 1980s-2000s
('qh_1958_1984_qingzang_xige_rail.txt', '1984年7月30日,我国', '一步步变成现实。', [
    ('青藏铁路一期工程西宁至格尔木段', None, R),           # appositive 我国第一条高原铁路—— left out
    ('青藏铁路一期工程', None, O),                         # nested shorter reading
    ('青藏铁路西宁至格尔木段', None, R),
    ('青藏铁路', None, O),                                 # nested line name
    ('老关角隧道', None, R),
    ('青藏铁路', None, R),                                 # 是青藏铁路的必经之路
    ('关角隧道', None, R),                                 # 由于关角隧道地质构造复杂
    ('西宁至格尔木段铁路', None, O),                       # section named without its line
]),
('xj_2005_energy_fifty_years_hant.txt', ' 農田水利基本建設', '但決不會重演。', [
    ('新疆油田', None, R),
    ('塔里木油田', None, R),
    ('土哈油田', None, R),
    ('塔河油田', None, R),
    ('“西氣東輸”工程', '西气东输工程', R),                # span with the quotes, as 隴海蘭新 in heldout165; name drops them
    ('西氣東輸', '西气东输', O),                          # nested programme name
]),
# ---------------------------------------------------------------- 2010s
('bt_2013_water_investment_hant.txt', '近日,據', '社會發(fā)展。', [
    ('二師三十八團(tuán)石門水庫', '二师三十八团石门水库', R),   # 兵团 unit written as part of the name
    ('石門水庫', '石门水库', O),
    ('肯斯瓦特水利樞紐工程', '肯斯瓦特水利枢纽工程', R),
    ('一師多浪水庫除險(xiǎn)加固工程', '一师多浪水库除险加固工程', R),
    ('多浪水庫', '多浪水库', O),
]),
('qh_2014_new_guanjiao_tunnel.txt', '据新华社西宁', '5000万吨。', [
    ('青藏铁路新关角隧道', None, R),                       # appositive 世界最长高原铁路隧道——— left out
    ('新关角隧道', None, O),
    ('新关角隧道', None, R),                               # 新关角隧道最高海拔
    ('青藏铁路西(宁)格(尔木)二线', None, R),              # characters in parentheses, kept
    ('青藏铁路', None, O),                                 # nested; steers the next required 青藏铁路
    ('青藏铁路', None, R),                                 # 青藏铁路天棚站至察汗诺站之间
    ('天棚站', None, O),                                   # stations
    ('察汗诺站', None, O),
    ('青藏铁路西格二线', None, R),
    ('西宁西站', None, O),
    ('格尔木站', None, O),
]),
('nx_2017_yanhuanding_renewal.txt', '光明网银川', '自动化工程全部开工。', [
    ('盐环定扬黄工程更新改造项目', None, R),
    ('盐环定扬黄工程', None, O),
    ('盐环定扬黄工程', None, R),                           # 重要手笔盐环定扬黄工程 (description before it left out)
    ('陕甘宁盐环定扬黄工程', None, R),
    ('盐环定扬黄工程', None, O),
    ('盐环定扬黄工程', None, R),                           # 运行多年的盐环定扬黄工程开启续建工程
    ('盐环定扬黄工程', None, R),                           # …的盐环定扬黄工程开始实施更新改造
]),
('qh_2018_report_saltlake.txt', '青海省第十三届', '开发潜力巨大。', [
    ('比亚迪锂电池', None, R),                             # named industrial project without 项目
    ('金属镁一体化', None, O),                             # descriptive
    ('一里坪盐湖资源综合利用', None, R),
    ('比亚迪锂电池', None, R),
    ('金昆仑锂盐', None, R),
    ('中利光纤', None, R),
    ('煤制烯烃', None, O),                                 # a product line as much as a project
]),
('sn_2019_provincial_new_starts.txt', '根据计划', '设置机位24C(12E)。', [
    ('西康高铁', None, R),
    ('西安至十堰高铁', None, R),
    ('延安至榆林高铁', None, R),
    ('西安地铁1号线(三期)', None, R),
    ('西安地铁1号线', None, O),
    ('西安地铁8号线', None, R),
    ('西安地铁1号线(三期)', None, R),
    ('西安地铁8号线', None, R),
    ('西安地铁14号线', None, R),
    ('西安咸阳机场扩建工程(三期)', None, R),
    ('西安咸阳机场', None, O),
    ('西安咸阳国际机场站坪扩建工程', None, R),
    ('西安咸阳国际机场', None, O),
]),
('xj_2014_hami_power_sources_hant.txt', '9月4日', '就可竣工。', [
    ('大南湖煤礦', '大南湖煤矿', R),                       # 大南湖煤礦建設工地
    ('國網能源哈密大南湖煤礦', '国网能源哈密大南湖煤矿', R),
    ('大南湖煤礦', '大南湖煤矿', O),
    ('哈密南—鄭州±800千伏特高壓直流輸電線路', '哈密南—郑州±800千伏特高压直流输电线路', R),
    ('國電哈密能源', '国电哈密能源', O),                   # 等電源支撐項目: named by their companies
    ('國投哈密發(fā)電', '国投哈密发电', O),
    ('神華國能哈密煤電', '神华国能哈密煤电', O),
    ('大南湖煤礦基建工程', '大南湖煤矿基建工程', R),
    ('大南湖煤礦', '大南湖煤矿', O),
]),
# ---------------------------------------------------------------- 2020s
('xj_2022_karamay_photo_review.txt', '本报通讯员 杨建发', '国家高新技术产业开发区政策。', [
    ('世界魔鬼城景区', None, O),                           # scenic area
    ('世界魔鬼城', None, O),
    ('独库公路', None, R),
    ('乌尔禾区国际文旅度假区', None, R),
    ('克拉玛依云计算产业园区', None, R),
    ('中国移动克拉玛依数据中心', None, R),
    ('华为云服务数据中心', None, R),
    ('中国石油数据中心(克拉玛依)', None, R),
    ('新疆重要信息系统异地灾难备份中心', None, R),
    ('中国移动集团(新疆)数据中心', None, R),
    ('克拉玛依高新技术产业开发区', None, R),
    ('克拉玛依高新技术产业开发区', None, R),
]),
('gs_2023_qingyang_central_soe_hant.txt', '春日,走進(jìn)', '可建成投產(chǎn)。', [
    ('華能正寧2×1000兆瓦調(diào)峰煤電項(xiàng)目', '华能正宁2×1000兆瓦调峰煤电项目', R),  # locative 正寧縣周家鎮 left out
    ('華能正寧2×1000兆瓦調(diào)峰煤電項(xiàng)目', '华能正宁2×1000兆瓦调峰煤电项目', R),
    ('隴電入魯工程', '陇电入鲁工程', R),
    ('華能隴東千萬(wàn)千瓦級(jí)多能互補(bǔ)綜合能源基地', '华能陇东千万千瓦级多能互补综合能源基地', O),  # descriptive base
    ('華能正寧核桃峪煤礦', '华能正宁核桃峪煤矿', R),
    ('華能寧縣新莊煤礦', '华能宁县新庄煤矿', R),
    ('華能正寧電廠2×1000兆瓦項(xiàng)目', '华能正宁电厂2×1000兆瓦项目', R),
]),
('sn_2024_hanzhong_project_inspection.txt', '在南郑区', '年产值可达5000万元。', [
    ('汉中(中云)装备智造产业园建设项目', None, R),
    ('汉中(中云)装备智造产业园', None, O),
    ('电力产品生产线及检测中心建设项目', None, O),         # descriptive project title
    ('中国建材汉中循环经济产业园项目', None, R),
    ('中国建材汉中循环经济产业园', None, O),
    ('汉中(中云)装备智造产业园建设项目', None, R),
    ('汉中(中云)装备智造产业园', None, O),
    ('电力产品生产线及检测中心建设项目', None, O),
    ('都市工业区', None, O),                               # zone named in passing
]),
('nx_2025_yangshui_spring_irrigation_hant.txt', '4月1日零', '資源保障。', [
    ('固海揚(yáng)水工程泉眼山泵站', '固海扬水工程泉眼山泵站', O),   # the works and its pumping station, as one reading
    ('固海揚(yáng)水工程', '固海扬水工程', R),
    ('泉眼山泵站', None, O),                               # sub-part
    ('固擴(kuò)系統(tǒng)', '固扩系统', O),                       # sub-systems of 固海扬水工程
    ('同心系統(tǒng)', '同心系统', O),
    ('固海揚(yáng)水工程', '固海扬水工程', R),
    ('紅寺堡揚(yáng)水工程', '红寺堡扬水工程', R),              # 一泵站 (numbered sub-part) left out
    ('鹽環(huán)定揚(yáng)水工程', '盐环定扬水工程', R),
]),
]

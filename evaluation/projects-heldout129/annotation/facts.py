# Hand annotation of project names (projects-heldout129), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 辽宁
('ln_shenyang_2009_key_works.txt', '今年,沈阳市共安排58项重点工程', '动漫产业园跨河桥等。', [
    ('沈抚城际铁路', None, R),
    ('哈大客运专线', None, R),
    ('铁路客专沈阳新客站', None, O),     # category words before the name
    ('沈阳新客站', None, R),
    ('沈丹客运专线', None, R),
    ('沈铁城际铁路', None, R),
    ('西部出海铁路', None, R),
    ('沈抚二号线', None, R),
    ('沈阳地铁一号线', None, R),
    ('地铁二号线', None, R),
    ('方城改造', None, O),               # renewal programme named by place
    ('浑河全线通航及“一水两岸”提升改造工程', '浑河全线通航及一水两岸提升改造工程', O),
    ('“一水两岸”提升改造工程', '一水两岸提升改造工程', O),
    ('南部污水处理厂工程', None, R),
    ('街巷路改造三期工程', None, O),     # programme phase, generic
    ('大伙房水库输水配套工程', None, R),
    ('艺术中心', None, O),               # short form of 沈阳艺术中心
    ('航高基地路网', None, O),           # sub-part of a base
    ('东部汽车城配套', None, O),
    ('动漫产业园跨河桥', None, O),
]),
('ln_dandong_zhuanghe_2005_hant.txt', '華聲報', '縮短1個(gè)小時(shí)以上。', [
    ('丹莊高速公路', '丹庄高速公路', R),
    ('丹莊高速公路', '丹庄高速公路', R),
    ('沈丹高速公路', None, R),
    ('大(連)莊(河)高速公路', '大(连)庄(河)高速公路', R),
]),
('ln_dandong_2011_profile.txt', '二是丰富的资源优势', '时空距离。', [
    ('东北东部铁路', None, R),
    ('丹通高速', None, R),
    ('丹海高速公路', None, R),
    ('丹沈、丹大高速铁路', None, O),     # joined reading of the elliptical list
    ('丹沈', None, O),                   # bare member
    ('丹大高速铁路', None, R),
]),
('ln_dalian_2024_starts.txt', '今年是实施全省全面振兴', '占地面积约1.7公顷。', [
    ('辽宁鼎际得石化新材料', None, R),
    ('石墨谷碳材料产业新城(松木岛)', None, R),
    ('石墨谷碳材料产业新城', None, O),
    ('花园口Ⅱ海上风电场址', None, R),
    ('洋琪食品预制菜加工基地项目', None, R),
]),
('ln_anshan_2026_soe_cooperation.txt', '鞍山市创新建立', '协同并进。', [
    ('西鞍山铁矿', None, R),
    ('陈台沟铁矿', None, R),
]),
# ---------------------------------------------------------------- 吉林
('jl_tonghua_county_2011_start.txt', '今天上午,通化县52个', '利税10亿元。', [
    ('通天葡萄酒科技产业园项目', None, R),
    ('通化东宝人参产业发展园区项目', None, R),
    ('振国药业生物医药技术研究中心项目', None, R),
    ('长白山医药物流项目', None, R),
]),
('jl_hunchun_2015_corridors.txt', '新吉林网讯', '出海大通道。', [
    ('中朝甩湾子至训戎里铁路改造', None, O),   # trailing action word without 项目
    ('中朝甩湾子至训戎里铁路', None, R),
    ('图们江出海复航', None, O),               # programme between works and policy
    ('中俄珲马铁路', None, R),
    ('吉珲高铁', None, R),
]),
('jl_yanbian_2025_spring.txt', '春寒料峭', '一派繁忙景象。', [
    ('嘎呀河(含布尔哈通河)延吉市延蒲高速桥至延川桥段防洪薄弱环节治理工程', None, R),
    ('延蒲高速桥', None, O),             # route markers inside the name
    ('延川桥', None, O),
    ('朝阳河回水堤', None, O),           # sub-part
    ('敦化经济开发区', None, O),         # zone named in passing
    ('20万吨非转基因大豆全产业链加工项目', None, R),
]),
('jl_jilin_city_autumn_hant.txt', '新材料領', '迭代升級。', [
    ('化纖新一代人造絲項目', '化纤新一代人造丝项目', R),
    ('凌遠重工風力發(fā)電機主軸承項目', '凌远重工风力发电机主轴承项目', R),
    ('吉化化肥廠二氧化碳回收項目', '吉化化肥厂二氧化碳回收项目', R),
    ('精細化工中試基地項目', '精细化工中试基地项目', O),   # generic type name
]),
('jl_changbai_2025_border_trade.txt', '据吉林省政府网站消息', '小商品集散地。', [
    ('长白厚澄互市贸易港项目', None, R),
    ('长白互市贸易区项目', None, R),
]),
# ---------------------------------------------------------------- 黑龙江
('hl_harbin_2012_industry_hant.txt', '記者近日從', '先行工程”。', [
    ('哈飛新車型', '哈飞新车型', R),
    ('東安股份新型發(fā)動機', '东安股份新型发动机', R),
    ('三聯(lián)藥業(yè)GNP改造', '三联药业GNP改造', R),
    ('哈汽輪機廠燃壓機組', '哈汽轮机厂燃压机组', R),
    ('天順化工碳纖維', '天顺化工碳纤维', R),
    ('工業(yè)項目先行工程', '工业项目先行工程', O),   # programme
]),
('hl_2010_coal_chemical_hant.txt', '孫堯介紹說', '年產能力。', [
    ('哈大齊工業走廊', '哈大齐工业走廊', O),     # zone / corridor
    ('東部煤電化基地', '东部煤电化基地', O),     # descriptive base
    ('哈大齊工業走廊', '哈大齐工业走廊', O),
    ('東部煤電化基地', '东部煤电化基地', O),
    ('中煤能源依蘭年產34萬噸甲醇', '中煤能源依兰年产34万吨甲醇', R),
    ('七臺河寶泰隆年產10萬噸焦爐煤氣制甲醇', '七台河宝泰隆年产10万吨焦炉煤气制甲醇', R),
    ('億達信年產8萬噸焦爐煤氣制甲醇', '亿达信年产8万吨焦炉煤气制甲醇', R),
]),
('hl_daqing_2020_hightech_hant.txt', '據了解,在已開工', '均推進順利。', [
    ('大慶石化煉油結構調整轉型升級', '大庆石化炼油结构调整转型升级', R),
    ('龍油550', '龙油550', O),                   # short form of the 550 project
    ('宏偉慶化碳四綜合利用', '宏伟庆化碳四综合利用', R),
    ('龍油550萬噸/年重油催化熱裂解項目', '龙油550万吨/年重油催化热裂解项目', R),
    ('95萬噸/年聚烯烴項目', '95万吨/年聚烯烃项目', R),
    ('宏偉慶化碳四綜合利用項目', '宏伟庆化碳四综合利用项目', R),
    ('龍鳳煉油廠', '龙凤炼油厂', O),             # existing plant used as a location marker
    ('億鑫化工混合二甲苯分離項目', '亿鑫化工混合二甲苯分离项目', R),
    ('萊睿普思10萬噸/年廢舊礦物油循環再生綜合利用項目', '莱睿普思10万吨/年废旧矿物油循环再生综合利用项目', R),
    ('昊慶50萬噸/年農用硫酸鉀複合肥項目', '昊庆50万吨/年农用硫酸钾复合肥项目', R),
]),
('hl_mudanjiang_2023_industry.txt', '在抓实重点项目方面', '加快建设速度。', [
    ('恒丰纸业2万吨食品包装纸', None, R),
    ('旭昇化工邻氨基苯酚', None, R),
    ('辰能生物质热电联产', None, R),
    ('大唐万米沟风电', None, R),
    ('果蔬保鲜冷链加工', None, O),       # generic type
    ('亚麻产业园', None, O),             # park named only by an industry
    ('中林佰盛生产产业园', None, R),
    ('大自然地板', None, R),
    ('奥丰石墨开采加工', None, R),
]),
('hl_muling_2023_start.txt', '“能有幸参加此次活动', '10月末试生产。', [
    ('广东瑞星高科空气源热泵东北地区生产基地项目', None, R),
    ('广东瑞星高科空气源热泵东北地区生产基地', None, O),   # nested (moves the search on)
    ('广东瑞星高科空气源热泵东北地区生产基地', None, R),
    ('穆棱经济开发区高新技术产业园', None, O),             # zone after 落户在
    ('新东茂亚麻项目', None, R),
    ('2.5万锭亚麻纺纱项目', None, O),                      # description of the same project
]),
]

# Hand annotation of project names (projects-heldout169), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- 1970s-2000s
('hl_1976_rmrb_harbin_power_units.txt', '新华社哈尔滨一九七六年一月十二日电', '没有被困难所吓倒。', [
    ('哈尔滨热电厂', None, R),                           # the two plants where the 100 MW units were installed
    ('新华发电厂', None, R),
    ('哈尔滨热电厂', None, R),
    ('新华发电厂', None, R),
]),
('ne_2001_hada_electrification_hant.txt', '新華社沈陽(yáng)6月2日電', '開(kāi)始進(jìn)入調(diào)整階段。', [
    ('哈(爾濱)大(連)電氣化鐵路', '哈(尔滨)大(连)电气化铁路', R),   # parentheses hold characters, not pinyin: kept
    ('哈爾濱至沈陽(yáng)南站一段', '哈尔滨至沈阳南站一段', O),         # the section opening first ("一段")
    ('哈爾濱至大連鐵路電氣化工程', '哈尔滨至大连铁路电气化工程', R),
    ('沈陽(yáng)北客站', '沈阳北客站', R),                           # stations listed as control works
    ('沈陽(yáng)南編組站', '沈阳南编组站', R),
    ('沈陽(yáng)站', '沈阳站', R),
]),
('ln_tieling_c2007_profile_hant.txt', '鐵嶺水資源充沛。', '提供工業(yè)用水。', [
    ('清河水庫(kù)', '清河水库', R),
    ('柴河水庫(kù)', '柴河水库', R),
    ('南城子水庫(kù)', '南城子水库', R),
    ('榛子嶺水庫(kù)', '榛子岭水库', R),
    ('鐵嶺發(fā)電廠', '铁岭发电厂', R),
    ('清河發(fā)電廠', '清河发电厂', R),
]),
# ---------------------------------------------------------------- 2010s
('hl_2010_longhushan_hydro_hant.txt', '新華社哈爾濱6月12日電', '標準煤4.7萬噸。', [
    ('牡丹江下游水電梯級開發(fā)項目首期工程', '牡丹江下游水电梯级开发项目首期工程', O),  # phase reading
    ('牡丹江下游水電梯級開發(fā)項目', '牡丹江下游水电梯级开发项目', R),
    ('龍虎山水電站', '龙虎山水电站', R),                 # appositive after ——
    ('牡丹江下游水電梯級開發(fā)項目', '牡丹江下游水电梯级开发项目', R),
    ('蓮花水電站', '莲花水电站', R),
    ('小蓮花', '小莲花', O),                             # 小蓮花、龍虎山、神水潭、曙光…等6個水電站: bare members
    ('龍虎山', '龙虎山', O),
    ('神水潭', None, O),
    ('曙光', None, O),                                   # 九龍潭、長江屯 are garbled in the source: not annotated
    ('龍虎山水電站項目', '龙虎山水电站项目', R),
    ('龍虎山水電站', '龙虎山水电站', O),                 # nested reading without 項目
    ('龍虎山水電站', '龙虎山水电站', R),
    ('蓮花水電站', '莲花水电站', R),
]),
('jl_liaoyuan_2010_rail.txt', '近日,铁道部', '十分重要的意义。', [
    ('辽源至长春铁路项目', None, R),                     # 新建辽源至长春铁路项目建议书
    ('辽源至长春铁路', None, O),
    ('辽源至长春铁路', None, R),
    ('双阳站', None, O),                                 # stations named as route points
    ('四梅线', None, R),
    ('白泉站', None, O),
    ('伊通', None, O),                                   # 伊通、建安两站: bare members
    ('建安', None, O),
    ('双阳', None, O),                                   # 双阳、白泉接轨站: bare members
    ('白泉', None, O),
    ('长双烟铁路', None, R),
    ('长春枢纽', None, O),
    ('龙泉站', None, O),
    ('白泉站', None, O),
    ('辽源至西丰铁路', None, R),
    ('辽源至长春铁路', None, R),
]),
('hl_2011_water_review_hant.txt', '尼爾基引嫩擴建工程的北引', '濱水景觀水利工程建設。', [
    ('尼爾基引嫩擴建工程', '尼尔基引嫩扩建工程', R),
    ('北引渠首進水閘', '北引渠首进水闸', O),             # sub-part
    ('總干渠烏北段', '总干渠乌北段', O),                 # sub-part
    ('三江平原14處灌區', '三江平原14处灌区', O),         # group of works named by region and count
    ('興凱湖', '兴凯湖', O),                             # 興凱湖、八五九、綏濱、勤德利等4處灌區: bare members
    ('八五九', None, O),
    ('綏濱', '绥滨', O),
    ('勤德利', None, O),
    ('哈爾濱', '哈尔滨', O),                             # 哈爾濱等5座城市防洪工程: bare member
    ('松、嫩干流堤防工程', None, O),                     # abbreviated pair written once
    ('西山水庫', '西山水库', R),
    ('小鶴立河水庫主體工程', '小鹤立河水库主体工程', O),
    ('小鶴立河水庫', '小鹤立河水库', R),
    ('九龍水庫', '九龙水库', R),
    ('三間房', '三间房', O),                             # 三間房等6座小水電農村電氣化縣: bare member
    ('紅旗', '红旗', O),                                 # 紅旗等2座小水電以電代燃料項目: bare member
    ('哈爾濱松北灌排體系及水生態環境建設工程', '哈尔滨松北灌排体系及水生态环境建设工程', R),
]),
('jl_2014_changbai_rail_hant.txt', '新華社北京12月31日電', '具有重要意義。', [
    ('長春至白城鐵路擴能改造工程', '长春至白城铁路扩能改造工程', R),
    ('長白鐵路擴能改造工程', '长白铁路扩能改造工程', R),
    ('長春鐵路樞紐', '长春铁路枢纽', O),                 # locative route point
    ('長春北站', '长春北站', O),
    ('長白鐵路擴能工程', '长白铁路扩能工程', R),
    ('白城至阿爾山鐵路', '白城至阿尔山铁路', R),
    ('錫林浩特至烏蘭浩特鐵路', '锡林浩特至乌兰浩特铁路', R),
    ('伊敏河至伊爾炧鐵路', '伊敏河至伊尔炧铁路', R),     # 炧 as stored (for 施), kept
    ('哈爾濱至大連', '哈尔滨至大连', O),                 # …、長春至圖們等鐵路幹線: bare members
    ('長春至圖們', '长春至图们', O),
]),
('hl_mudanjiang_2019q1_projects.txt', '年初以来,牡丹江市坚持', '完成投资1.26亿元。', [
    ('荒沟抽水蓄能电站', None, R),
    ('牡丹江烟厂', None, R),
    ('牡丹江开发区污水处理厂', None, R),
    ('绥芬河机场', None, R),
]),
# ---------------------------------------------------------------- 2020s
('hl_keshan_2020_county_starts.txt', '齐齐哈尔市委常委、秘书长、统战部长郭晓锋,齐齐哈尔市经合局', '重点产业项目集中开工”。', [
    ('云鹰马铃薯全产业链项目', None, R),                 # …项目主会场
    ('牧原生猪养殖加工', None, O),                       # inside the venue name 牧原生猪养殖加工分会场
    ('琴洋马铃薯淀粉胶囊产业园', None, R),
    ('百正物流园', None, R),
    ('隆宴商贸综合体(婚庆产业园)项目', None, R),
    ('隆宴商贸综合体', None, O),
    ('润力食品包装项目', None, R),
]),
('hl_2022_sanjiang_press_hant.txt', '發佈會現場。石啟立攝', '保護人口1080萬人。', [
    ('黑龍江省三江治理工程', '黑龙江省三江治理工程', O),   # province name written before the name (object position)
    ('三江治理工程', None, R),
    ('三江治理工程', None, R),
    ('黑龍江幹流堤防工程', '黑龙江干流堤防工程', R),
    ('松花江幹流治理工程', '松花江干流治理工程', R),
    ('嫩江幹流治理工程', '嫩江干流治理工程', R),
    ('胖頭泡蓄滯洪區防洪工程與安全建設項目', '胖头泡蓄滞洪区防洪工程与安全建设项目', R),
    ('三江治理工程', None, R),
    ('三江幹流堤防', '三江干流堤防', O),                 # collective description of the built dikes
]),
('ln_dalian_2022_poe_signing.txt', '9月8日上午', '提供了良好的科技支撑。', [
    ('大连长兴岛经济技术开发区', None, O),               # inside the organisation name …管委会
    ('鼎际得POE高端新材料项目', None, R),
    ('大连长兴岛(西中岛)石化基地', None, O),             # official name has 石化产业基地; written loosely
    ('2000万吨炼化一体化项目', None, O),                 # capacity-described (恒力), identifiable in context
    ('聚酯科技产业园', None, O),
    ('1000万吨炼油和120万吨乙烯项目', None, O),          # one project (中石油), capacity-described
]),
('jl_2023_yinnen_rubai_start.txt', '6月29日', '首个开工项目。', [
    ('引嫩入白扩建一期工程', None, R),
    ('盐碱地综合利用国家试点项目', None, O),             # programme joined by 暨
    ('引嫩入白扩建工程', None, R),
    ('大水网', None, O),                                 # “大水网”: programme of works
    ('引嫩入白供水工程', None, R),                       # 原引嫩入白供水工程 (the old works)
    ('引嫩入白输水总干渠', None, O),                     # sub-part
    ('引嫩入白扩建一期工程', None, R),
]),
('jl_c2023_meiji_rail.txt', '梅集铁路,原称梅辑铁路。', '物资补给的生命线。', [
    ('梅集铁路', None, R),
    ('梅辑铁路', None, O),                               # former name (原称)
    ('沈吉铁路', None, R),
    ('梅河口站', None, O),
    ('梅集铁路', None, R),
    ('梅集铁路', None, R),
    ('梅集铁路老岭隧道', None, R),
    ('梅集铁路', None, O),                               # nested readings of the tunnel name
    ('老岭隧道', None, O),
    ('梅集铁路', None, R),
    ('梅集铁路', None, R),
]),
('ln_fuxin_county_2023_new_energy_hant.txt', '今年7月27日', '佔全市新能源裝機容量的52%。', [
    ('遼寧阜新天海風電場', '辽宁阜新天海风电场', R),
    ('49.5MW風電場項目', '49.5MW风电场项目', O),         # appositive, capacity-described
    ('一期50MW風電項目', '一期50MW风电项目', O),         # the company's phase-1 project, capacity-described
    ('二期新能源裝備製造基地項目', '二期新能源装备制造基地项目', O),
]),
('ln_shenyang_2025_transport.txt', '2025年,沈阳将迎来', '提供重要交通保障。', [
    ('沈白高铁', None, R),
    ('桃仙国际机场二跑道', None, R),
    ('桃仙国际机场', None, O),
    ('地铁一号线东延线', None, R),
    ('沈白高铁', None, R),
    ('桃仙国际机场二跑道', None, R),
    ('桃仙国际机场', None, O),
    ('沈丹铁路外迁工程', None, R),
    ('机场二跑道', None, O),                             # anaphoric short form
]),
]

# Hand annotation of project names (projects-heldout175), passage by passage, in text order.
# (doc, start_marker, end_marker, facts); fact = (text, name, optional); name None = text without white space.
O = True
R = False

PASSAGES = [
# ---------------------------------------------------------------- histories (events 1900s-1960s)
('sc_c2019_yakang_erlangshan_hant.txt', '再唱二郎山——記雅康高速C9標建設者\n\n雖是畏途', '修建川康路。', [
    ('雅康高速C9標', '雅康高速C9标', O),               # heading: a contract lot of the expressway (sub-part)
    ('雅康高速', None, O),                               # nested expressway name
    ('成康馬路', '成康马路', R),                         # the 1925 成都–康定 road
    ('川康路', None, R),                                 # 修建川康路 (1937)
]),
('cq_1935_1963_shizitan_history.txt', '为综合利用四川水力资源', '开长寿水电事业之先河。', [
    ('狮子滩电站', None, R),                             # 视察狮子滩电站时的题词
    ('狮子滩电站', None, R),                             # 对狮子滩电站的肯定
    ('狮子滩电站', None, R),                             # 1963年4月视察狮子滩电站
    ('狮子滩', None, O),                                 # nested shorter reading; also steers the next two onto their places
    ('狮子滩', None, O),                                 # 赶到狮子滩视察: the works site
    ('狮子滩', None, O),                                 # 狮子滩是中国水电工业的摇篮: place name standing for the station
    ('恒星电厂', None, R),                               # quotes left out of the span
]),
('gz_c2015_bijie_roads_history.txt', ' 从秦朝', '举行开工典礼。', [
    ('五尺道', None, O),                                 # ancient roads and post system: works of their time, debatable
    ('南夷道', None, O),
    ('龙场九驿', None, O),
    ('志气路', None, O),                                 # nickname of the 1980s 毕节–归化 road
    ('贵毕公路', None, R),
    ('毕节试验区', None, O),                             # policy zone named in passing
    ('毕节试验区', None, O),
    ('遵毕高速公路', None, R),
]),
('sc_2025_erlangshan_tunnel_memoir.txt', '本文作者', '最大动因。', [
    ('川藏公路', None, R),                               # 参与了川藏公路建设
    ('川藏公路', None, R),                               # 川藏公路关键“咽喉”
    ('二郎山隧道', None, R),                             # after the dash: the tunnel itself is named
    ('两路', None, O),                                   # “两路” = 川藏、青藏公路 (collective nickname)
    ('川藏南线', None, R),
    ('川藏公路', None, R),                               # 川藏公路向西延伸
    ('中(国)尼(泊尔)公路', None, R),                   # parentheses are characters, kept as written
    ('国道318线终点段', None, O),                        # road number
    ('国道318线', None, O),
    ('川藏公路', None, R),                               # 与川藏公路结下了不解之缘
    ('二郎山隧道', None, R),
    ('川藏公路整治工程', None, O),                       # inside the plan title 《…总体设计思路(方略)》
    ('川藏公路', None, O),
    ('二郎山隧道', None, R),
    ('川藏公路整治工程', None, O),
    ('川藏公路', None, O),
    ('川藏公路', None, R),                               # 彻底改变川藏公路容貌
    ('川藏公路', None, R),                               # 与川藏公路结下不解之缘的老公路人
]),
# ---------------------------------------------------------------- 2000s-2010s
('scyn_2005_xiluodu_start.txt', '本报成都12月26日电', '城市防洪规划标准。', [
    ('金沙江溪洛渡水电工程', None, R),                   # river written as part of the name
    ('溪洛渡水电工程', None, O),
    ('溪洛渡水电站', None, R),
    ('西电东送', None, R),                               # landmark programme (quotes left out)
    ('溪洛渡电站', None, R),
    ('三峡水电站', None, R),
    ('溪洛渡水电站', None, R),
    ('溪洛渡水库', None, O),                             # the station's reservoir (sub-part)
]),
('yn_2011_darui_baorui_hant.txt', '5月30日,嘉賓', '開放水平。', [
    ('大瑞鐵路保瑞段', '大瑞铁路保瑞段', R),
    ('大瑞鐵路', '大瑞铁路', O),
    ('雲南大理至瑞麗鐵路保瑞(保山至瑞麗)段', '云南大理至瑞丽铁路保瑞(保山至瑞丽)段', R),  # province written in subject position
    ('大理至瑞麗鐵路保瑞(保山至瑞麗)段', '大理至瑞丽铁路保瑞(保山至瑞丽)段', O),
    ('大理至瑞麗鐵路保瑞段', '大理至瑞丽铁路保瑞段', R),
    ('泛亞鐵路西線', '泛亚铁路西线', O),                 # international corridor, between line and programme
    ('大理至瑞麗鐵路', '大理至瑞丽铁路', R),
    ('保瑞段', None, O),                                 # anaphoric short form
    ('大瑞鐵路', '大瑞铁路', R),
    ('大瑞鐵路', '大瑞铁路', R),
]),
('gz_2012_weining_expressway.txt', '据悉,威宁至六盘水高速公路', '与六盘水至六枝高速公路顺接。', [
    ('威宁至六盘水高速公路', None, R),
    ('云南省昭通至我省安龙高速公路', None, O),           # written with 我省 inside; both readings optional
    ('昭通至我省安龙高速公路', None, O),
    ('昭通至威宁高速公路', None, R),
    ('六盘水至六枝高速公路', None, R),
]),
('yn_2016_jinsha_cascade_hant.txt', '曾經急流', '15日,溪洛渡電站。', [
    ('金安橋水電站', '金安桥水电站', R),
    ('虎跳峽水電站', '虎跳峡水电站', R),                 # planned (2004), named
    ('龍開口電站', '龙开口电站', R),
    ('金安橋電站', '金安桥电站', R),
    ('烏東德電站', '乌东德电站', R),
    ('烏東德電站', '乌东德电站', R),
    ('溪洛渡電站', '溪洛渡电站', R),
]),
('gz_c2017_guizun_expressway.txt', '贵州贵遵复线通车在即', '具有重要意义。', [
    ('贵遵复线', None, R),                               # title
    ('贵遵高速', None, R),
    ('贵遵复线工程', None, R),
    ('贵遵复线', None, O),
    ('贵遵复线', None, R),
    ('杭瑞高速思遵段', None, R),
    ('杭瑞高速', None, O),
    ('青山交通枢纽', None, O),                           # interchange at the start point (sub-part)
    ('贵阳至新寨高速公路', None, R),
]),
('yn_2017_lincang_rail_hant.txt', '央廣網臨滄', '設計時速160公里/小時。', [
    ('昆明(玉溪)至臨滄至清水河鐵路', '昆明(玉溪)至临沧至清水河铁路', R),
    ('大理至臨滄鐵路', '大理至临沧铁路', R),
    ('臨滄至普洱鐵路', '临沧至普洱铁路', R),
    ('大理至臨滄鐵路', '大理至临沧铁路', R),
    ('臨滄至清水河鐵路', '临沧至清水河铁路', R),
    ('昆明-臨滄-清水河鐵路大通道', '昆明-临沧-清水河铁路大通道', O),  # corridor description
    ('臨滄至普洱鐵路', '临沧至普洱铁路', R),
    ('大理至臨滄鐵路', '大理至临沧铁路', R),
    ('大臨鐵路', '大临铁路', R),
    ('臨滄至清水河鐵路', '临沧至清水河铁路', R),
]),
('xz_2017_suwalong_hant.txt', '“藏電外送”首座', '初投產(chǎn)發(fā)電。', [
    ('藏電外送', '藏电外送', O),                         # programme (like 云电外送), quotes left out
    ('蘇洼龍水電站', '苏洼龙水电站', R),
    ('蘇洼龍水電站', '苏洼龙水电站', R),
    ('蘇洼龍水電站', '苏洼龙水电站', R),
    ('蘇龍洼水電站', '苏龙洼水电站', R),                 # the page's own misspelling, kept
    ('蘇龍洼水電站', '苏龙洼水电站', R),
]),
('yn_2019_intl_rail.txt', '盛夏时节', '取得阶段性成果。', [
    ('中老铁路国内段', None, R),                         # side by side with 玉磨铁路: two names
    ('中老铁路', None, O),
    ('玉磨铁路', None, R),
    ('中老铁路国内段', None, R),                         # inside the appositive 中老铁路国内段第一长桥——
    ('中老铁路', None, O),
    ('橄榄坝特大桥', None, R),
    ('新平隧道', None, R),
    ('中老铁路', None, R),                               # 中老铁路最长的安定隧道
    ('安定隧道1号斜井', None, O),                        # sub-part reading
    ('安定隧道', None, R),
    ('玉磨铁路', None, R),
    ('大瑞铁路', None, R),
    ('大临铁路', None, R),
    ('大瑞铁路怒江四线特大桥', None, R),
    ('大瑞铁路', None, O),
    ('怒江四线特大桥', None, O),
    ('大柱山隧道平导', None, O),                         # pilot heading (sub-part)
    ('大柱山隧道', None, R),
    ('大临铁路', None, R),
]),
('cq_2020_three_gorges_transport_essay.txt', '银鹰款款', '名副其实之黄金水道。', [
    ('三峡机场', None, R),                               # caption: two names side by side
    ('万州机场', None, R),
    ('达州一一万州铁路', None, R),                       # 一一 stands for a dash, kept as written
    ('宜昌一一万洲铁路', None, R),                       # 万洲 as written
    ('重庆一一万州城际铁路', None, R),
    ('宜万铁路长江大桥', None, R),
    ('宜万铁路', None, O),
    ('宜万铁路', None, R),                               # 穿山越峡之宜万铁路
    ('三峡工程', None, R),
    ('宜昌—万州高速公路', None, R),
    ('渝万沿江高速公路', None, R),
    ('三峡船闸', None, R),
    ('三峡船闸', None, R),
    ('升船机', None, O),                                 # anaphoric short form (三峡升船机)
]),
# ---------------------------------------------------------------- 2020s
('cq_2021_three_bridges_tunnel.txt', '重庆“三桥一隧”通车', '互联互通水平。', [
    ('蔡家嘉陵江大桥', None, R),
    ('两江水土嘉陵江大桥', None, R),
    ('礼嘉嘉陵江大桥', None, R),
    ('土主中梁山隧道', None, R),
    ('西部(重庆)科学城', None, O),                       # zones named in passing
    ('两江新区', None, O),
    ('两江新区', None, O),                               # inside the organisation 重庆两江新区党工委
]),
('sc_2021_luzhou_plan.txt', '《规划》指出', '适时开通国际航线。', [
    ('西部陆海新通道', None, O),                         # corridor programme
    ('渝昆高铁', None, R),
    ('隆黄铁路叙永至毕节段', None, R),
    ('隆黄铁路', None, O),
    ('隆黄铁路隆昌至叙永段扩能改造', None, O),           # longer reading with the action word
    ('隆黄铁路隆昌至叙永段', None, R),
    ('隆黄铁路', None, O),
    ('西部陆海新通道西线通道', None, O),
    ('西部陆海新通道', None, O),
    ('黄桶至百色铁路', None, R),
    ('泸州至遵义高铁', None, R),
    ('泸州至永川', None, O),                             # bare members of …等高速公路
    ('叙永至威信', None, O),
    ('泸州古蔺至金沙', None, O),
    ('宜宾经泸州至江津', None, O),
    ('重庆经叙永至筠连', None, O),
    ('成自泸扩容', None, O),                             # 成自泸扩容等高速公路
    ('成自泸', None, O),
    ('泸州至古蔺', None, O),
    ('沱江内江至自贡至泸州段航道等级提升工程', None, R),
    ('泸州云龙机场扩建工程', None, R),
    ('泸州云龙机场', None, O),
]),
]

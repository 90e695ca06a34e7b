from build import Split
S = Split('heldout21'); C,I,U,CT='consistent','inconsistent','unrelated','cannot_tell'; MET,MISS='met','missed'
AH25='anhui_2025_npc_points.txt'; AH26='anhui_2026_report_hant.txt'; YN12='yunnan_2012h1_news.txt'; YN23='yunnan_2023h1_news.txt'
HN10='hainan_2010_report.txt'; HNT='hainan_2026_npc_news_hant.txt'; HNS='hainan_2026_npc_news.txt'; SX='shaanxi_1985_1992_structure.txt'
SX11='shaanxi_2011_news.txt'; SX06='shaanxi_2006q1_govcn.txt'; BT13='bingtuan_2013_tjgb.txt'; GC23='gaochang_2023_tjgb_hant.txt'
TJR='tianjin_2024_report.txt'; TJS='tianjin_2024_speech.txt'; DL23='dongli_2023_plan_report.txt'; ZD12='zengdu_zone_2012_hant.txt'
WH22='wuhu_zone_2022_summary.txt'; HB12='hebei_2012_regions_hant.txt'
def sub(figs, doc, old, new):
    return [(doc, t.replace(old, new), a.replace(old, new)) for _, t, a in figs]

# ---- 安徽: 2025 NPC points (2024 results, 2025 targets) and 2026 report (2025 results, traditional)
gT=(AH25,'增长5.5%以上','全省地区生产总值增长5.5%以上'); gR=(AH26,'增長5.5%','5.3萬億元、增長5.5%')
S.rel('target', MET, [gT,gR], '2025 target GDP +5.5%以上; 2025 result +5.5% ≥ 5.5')
iT=(AH25,'增长7%左右','规上工业增加值增长7%左右'); iR=(AH26,'增長9.4%','規上工業增加值增長9.4%')
S.rel('target', MET, [iT,iR], '2025 target industry above designated size +7%左右; result +9.4%')
rT=(AH25,'增长5.5%左右','社会消费品零售总额增长5.5%左右'); rR=(AH26,'增長4.2%','社會消費品零售總額增長4.2%')
S.rel('target', MISS, [rT,rR], '2025 target retail sales +5.5%左右; result +4.2%, 1.3 points short')
xT=(AH25,'增长5.5%左右','进出口总额增长5.5%左右'); xR=(AH26,'增長17.3%','進出口總額增長17.3%')
S.rel('target', MET, [xT,xR], '2025 target trade +5.5%左右; result +17.3%')
S.rel('target', U, [gT,(AH25,'增长5.8%','全省地区生产总值增长5.8%')], '2025 GDP target vs 2024 GDP result in the same text: different years')
S.rel('restatement', U, [xT,gR], 'trade target +5.5%左右 and GDP result +5.5%: different indicators and statuses, equal numbers')
S.rel('share', U, [(AH25,'357万辆','达357万辆'),(AH25,'168.4万辆','达168.4万辆')], 'NEV output is part of vehicle output but no share is stated')
S.rel('sum', U, [(AH25,'3500家','新增高新技术企业3500家'),(AH25,'7533家','科技型中小企业7533家'),(AH25,'113家','企业113家')], 'three firm lists that overlap (a 小巨人 firm can be high-tech and a tech SME); no total stated')
a=S.alt(AH26,1,'5.3萬億元、增長5.5%','5.3萬億元、增長5.2%','2025 GDP result 5.5 → 5.2')
S.rel('target', MISS, [gT,(a,'增長5.2%','5.3萬億元、增長5.2%')], 'altered: result +5.2% < target 5.5%以上')
a=S.alt(AH26,2,'社會消費品零售總額增長4.2%','社會消費品零售總額增長6.2%','2025 retail result 4.2 → 6.2')
S.rel('target', MET, [rT,(a,'增長6.2%','社會消費品零售總額增長6.2%')], 'altered: retail +6.2% ≥ target 5.5%左右')
a=S.alt(AH26,3,'規上工業增加值增長9.4%','規上工業增加值增長5.4%','2025 industry result 9.4 → 5.4')
S.rel('target', MISS, [iT,(a,'增長5.4%','規上工業增加值增長5.4%')], 'altered: industry +5.4% < target 7%左右 (1.6 points short)')
a=S.alt(AH25,1,'全省地区生产总值增长5.5%以上','全省地区生产总值增长5.8%以上','2025 GDP target 5.5 → 5.8')
S.rel('target', MISS, [(a,'增长5.8%以上','全省地区生产总值增长5.8%以上'),gR], 'altered: target 5.8%以上, result 5.5%')

# ---- 云南 H1 2012 and H1 2023
y12='第一产业增加值424.77亿元,增长5.3%;第二产业增加值1996.01亿元,增长13.5%;第三产业增加值1744.96亿元,增长10.8%'
pulls='一、二、三产业分别拉动经济增长0.5个、7.0个和4.2个百分点'
S.rel('sum', U, [(YN12,'424.77亿元',y12),(YN12,'1996.01亿元',y12),(YN12,'1744.96亿元',y12)], 'H1 2012 sector levels; the GDP level is not stated, nothing to add up to')
S.rel('growth', U, [(YN12,'0.5个',pulls),(YN12,'7.0个',pulls),(YN12,'4.2个',pulls),(YN12,'3.9个百分点','比全国高3.9个百分点')], 'pulls add to 11.7 = national H1 2012 (7.8, not stated) + 3.9; the Yunnan GDP rate itself is not stated here')
S.rel('growth', U, [(YN12,'0.5个',pulls),(YN12,'424.77亿元',y12),(YN12,'增长5.3%','424.77亿元,增长5.3%')], 'pulls use prior-period weights; current levels give 0.57 for primary: the base is not stated')
S.rel('growth', U, [(YN23,'5.1%','同比增长5.1%'),(YN23,'增长4.5%','第一产业增加值增长4.5%'),(YN23,'增长2.9%','第二产业增加值增长2.9%'),(YN23,'增长6.6%','第三产业增加值增长6.6%')], 'H1 2023 sector rates without sector levels: weights unstated')

# ---- 海南 2010 report (2009 results)
hs=(HN10,'10.8%','提高到10.8%'); hl=(HN10,'178.2亿元','地方一般预算收入178.2亿元'); hg=(HN10,'1646.6亿元','全省生产总值1646.6亿元')
S.rel('share', C, [hl,hg,hs], '178.2/1646.6 = 10.82% ⇒ 10.8')
S.rel('growth', U, [(HN10,'9.6%','由上年的9.6%'),hs,(HN10,'增长23%','178.2亿元,增长23%'),(HN10,'增长11.7%','比上年增长11.7%')], '2008 share from growths needs nominal GDP growth; 11.7 is real growth: not checkable')
S.rel('sum', U, [(HN10,'1002.5亿元','全社会固定资产投资1002.5亿元'),(HN10,'534.5亿元','社会消费品零售总额534.5亿元'),hg], 'investment and retail sales are not parts of GDP (not expenditure components)')
a=S.alt(HN10,1,'地方一般预算收入178.2亿元','地方一般预算收入187.2亿元','2009 budget revenue 178.2 → 187.2')
S.rel('share', I, [(a,'187.2亿元','地方一般预算收入187.2亿元'),(a,'1646.6亿元','全省生产总值1646.6亿元'),(a,'10.8%','提高到10.8%')], '187.2/1646.6 = 11.37% ≠ 10.8')
a=S.alt(HN10,2,'提高到10.8%','提高到11.8%','2009 revenue share 10.8 → 11.8')
S.rel('share', I, [(a,'178.2亿元','地方一般预算收入178.2亿元'),(a,'1646.6亿元','全省生产总值1646.6亿元'),(a,'11.8%','提高到11.8%')], '178.2/1646.6 = 10.82% ≠ 11.8')

# ---- 海南 2026 NPC opening (two reports of the same event)
S.rel('restatement', C, [(HNT,'367人','應出席代表367人'),(HNS,'367人','应出席代表367人')], 'deputies due to attend: 367 in both reports')
S.rel('restatement', C, [(HNT,'347人','實到代表347人'),(HNS,'347人','实到代表347人')], 'deputies present: 347 in both reports')
S.rel('sum', U, [(HNS,'367人','应出席代表367人'),(HNS,'347人','实到代表347人')], 'present ≤ due; absentees (20) not stated: no sum to check')
a=S.alt(HNS,1,'实到代表347人','实到代表337人','deputies present 347 → 337')
S.rel('restatement', I, [(HNT,'347人','實到代表347人'),(a,'337人','实到代表337人')], 'same count stated as 347 and 337')
a=S.alt(HNT,1,'應出席代表367人','應出席代表376人','deputies due 367 → 376')
S.rel('restatement', I, [(a,'376人','應出席代表376人'),(HNS,'367人','应出席代表367人')], 'same count stated as 376 and 367')

# ---- 陕西 1985–1992 structure (yearbook-style entry)
s85='1985年陕西省生产总值(社会总产值)180.87亿元(按当年价格计算,下同),第一产业产值53.39亿元,占生产总值的29.52%;第二产业产值81.96亿元,占生产总值的45.31%(其中工业产值68.81亿元,建筑业产值13.15亿元,分别占生产总值的38.04%、7.27%);第三产业产值45.25亿元,占生产总值的25.17%'
s86='\n1986年陕西省生产总值208.31亿元,第一产业产值58亿元,占生产总值的27.84%;第二产业产值93.48亿元,占生产总值的44.88%(其中工业产值78.81亿元、建筑业产值14.67亿元,分别占生产总值的37.83%、7.04%);第三产业产值56.83亿元,占生产总值的27.28%'
abs86='【摘要】:1986年陕西省生产总值208.31亿元,第一产业产值58亿元,占生产总值的27.84%;第二产业产值93.48亿元,占生产总值的44.88%;第三产业产值56.83亿元,占生产总值的27.28%'
s92='1992年陕西省总产值538.43亿元,第一产业产值127.02亿元,占总产值的23.59%,6年中平均每年下降0.71%;第二产业产值232.07亿元,占生产总值的43.1%;第三产业产值182.85亿元,占生产总值的33.96%'
f=lambda t,a=s85: (SX,t,a)
S.rel('sum', I, [f('180.87亿元'),f('53.39亿元'),f('81.96亿元'),f('45.25亿元')], 'real: 53.39 + 81.96 + 45.25 = 180.60 ≠ 180.87 (tertiary probably 45.52, see share)')
S.rel('share', I, [f('45.25亿元'),f('180.87亿元'),f('25.17%')], 'real: 45.25/180.87 = 25.02% ≠ 25.17 (45.52 would give 25.17)')
S.rel('share', C, [f('53.39亿元'),f('180.87亿元'),f('29.52%')], '53.39/180.87 = 29.52%')
S.rel('share', C, [f('81.96亿元'),f('180.87亿元'),f('45.31%')], '81.96/180.87 = 45.31%')
S.rel('sum', C, [f('81.96亿元'),f('68.81亿元'),f('13.15亿元')], 'industry 68.81 + construction 13.15 = secondary 81.96')
S.rel('share', C, [f('68.81亿元'),f('13.15亿元'),f('180.87亿元'),f('38.04%'),f('7.27%')], '68.81/180.87 = 38.04%; 13.15/180.87 = 7.27%')
S.rel('sum', C, [f('29.52%'),f('45.31%'),f('25.17%')], 'shares 29.52 + 45.31 + 25.17 = 100.00')
g=lambda t: (SX,t,s86)
S.rel('sum', C, [g('208.31亿元'),g('58亿元'),g('93.48亿元'),g('56.83亿元')], '58 + 93.48 + 56.83 = 208.31')
S.rel('sum', C, [g('93.48亿元'),g('78.81亿元'),g('14.67亿元')], '78.81 + 14.67 = 93.48')
S.rel('share', C, [g('58亿元'),g('208.31亿元'),g('27.84%')], '58/208.31 = 27.84%')
S.rel('share', C, [g('56.83亿元'),g('208.31亿元'),g('27.28%')], '56.83/208.31 = 27.28%')
S.rel('share', C, [g('78.81亿元'),g('208.31亿元'),g('37.83%')], '78.81/208.31 = 37.83%')
S.rel('restatement', C, [(SX,'208.31亿元',abs86),g('208.31亿元'),(SX,'56.83亿元',abs86),g('56.83亿元')], '1986 GDP and tertiary level in the abstract and the body')
S.rel('restatement', C, [(SX,'44.88%',abs86),g('44.88%'),(SX,'27.84%',abs86),g('27.84%')], '1986 shares in the abstract and the body')
h=lambda t: (SX,t,s92)
S.rel('sum', I, [h('538.43亿元'),h('127.02亿元'),h('232.07亿元'),h('182.85亿元')], 'real: 127.02 + 232.07 + 182.85 = 541.94 ≠ 538.43')
S.rel('sum', I, [h('23.59%'),h('43.1%'),h('33.96%')], 'real: 23.59 + 43.1 + 33.96 = 100.65 ≠ 100 (each share matches 538.43, so the levels do not add up)')
S.rel('share', C, [h('232.07亿元'),h('538.43亿元'),h('43.1%')], '232.07/538.43 = 43.10%')
S.rel('growth', C, [(SX,'27.84%',abs86),h('23.59%'),h('0.71%')], 'share of primary: (27.84 − 23.59)/6 = 0.708 points a year ⇒ 0.71 (a fall in points, written %)')
a=S.alt(SX,1,'第三产业产值56.83亿元,占生产总值的27.28%。\n','第三产业产值56.38亿元,占生产总值的27.28%。\n','1986 tertiary (body) 56.83 → 56.38')
g2=lambda t: (a,t,s86.replace('56.83','56.38'))
S.rel('sum', I, [g2('208.31亿元'),g2('58亿元'),g2('93.48亿元'),g2('56.38亿元')], '58 + 93.48 + 56.38 = 207.86 ≠ 208.31')
S.rel('restatement', I, [(a,'56.83亿元',abs86),g2('56.38亿元')], '1986 tertiary 56.83 in the abstract, 56.38 in the body')
a=S.alt(SX,2,'第三产业产值45.25亿元','第三产业产值45.52亿元','1985 tertiary 45.25 → 45.52 (repairs the slip)')
S.rel('sum', C, [(a,t,s85.replace('45.25','45.52')) for t in ('180.87亿元','53.39亿元','81.96亿元','45.52亿元')], 'repaired copy: 53.39 + 81.96 + 45.52 = 180.87')
S.rel('share', C, [(a,t,s85.replace('45.25','45.52')) for t in ('45.52亿元','180.87亿元','25.17%')], 'repaired copy: 45.52/180.87 = 25.17%')
a=S.alt(SX,3,'其中工业产值78.81亿元','其中工业产值78.18亿元','1986 industry 78.81 → 78.18')
S.rel('sum', I, [(a,t,s86.replace('78.81','78.18')) for t in ('93.48亿元','78.18亿元','14.67亿元')], '78.18 + 14.67 = 92.85 ≠ 93.48')

# ---- 陕西 2011 (news)
sx='其中,第一产业增加值1220.9亿元,同比增长5.9%;第二产业6836.27亿元,同比增长16.9%;第三产业4334.13亿元,同比增长11.7%'
iv='第一产业665.97亿元,同比增长51.7%;第二产业3758.42亿元,同比增长42.2%;第三产业5608.66亿元,同比增长21.3%'
sxs=[(SX11,'12391.3亿元','实现生产总值12391.3亿元'),(SX11,'1220.9亿元',sx),(SX11,'6836.27亿元',sx),(SX11,'4334.13亿元',sx)]
S.rel('sum', C, sxs, '1220.9 + 6836.27 + 4334.13 = 12391.30')
sxg=sxs+[(SX11,'增长13.9%','比上年增长13.9%,连续'),(SX11,'增长5.9%','1220.9亿元,同比增长5.9%'),(SX11,'增长16.9%','6836.27亿元,同比增长16.9%'),(SX11,'增长11.7%','4334.13亿元,同比增长11.7%')]
S.rel('growth', C, sxg, 'weighted: 1220.9/1.059 + 6836.27/1.169 + 4334.13/1.117 = 10880.9; 12391.3/10880.9 = +13.88% ⇒ 13.9')
ivs=[(SX11,'10033.05亿元','全社会固定资产投资10033.05亿元'),(SX11,'665.97亿元',iv),(SX11,'3758.42亿元',iv),(SX11,'5608.66亿元',iv)]
S.rel('sum', C, ivs, 'investment by sector: 665.97 + 3758.42 + 5608.66 = 10033.05')
S.rel('growth', C, ivs+[(SX11,'增长30.2%','比上年增长30.2%。'),(SX11,'增长51.7%',iv),(SX11,'增长42.2%',iv),(SX11,'增长21.3%',iv)], 'weighted: 10033.05/Σ(level/(1+g)) = +30.20% ⇒ 30.2')
fin=[(SX11,'2577.97亿元','财政总收入完成2577.97亿元'),(SX11,'776.87亿元','比上年增加776.87亿元'),(SX11,'增长43.1%','增长43.1%,比上年加快')]
S.rel('growth', C, fin, '776.87/(2577.97 − 776.87) = 43.13% ⇒ 43.1')
S.rel('growth', U, [(SX11,'19147.62亿元','各项存款余额19147.62亿元'),(SX11,'2784.3亿元','新增存款2784.3亿元'),(SX11,'增长9.2%','比上年增长9.2%。')], '2784.3/(19147.62 − 2784.3) = 17.0%, so 9.2% is not the balance growth; it reads as growth of the new deposits, whose 2010 level is not stated')
S.rel('sum', U, [(SX11,'1332.7万吨','全省水果产量1332.7万吨'),(SX11,'902.9万吨','其中苹果902.9万吨'),(SX11,'73.57万吨','猕猴桃产量73.57万吨')], 'apples and kiwis are only some fruits')
S.rel('share', U, [(SX11,'5459.58亿元','达5459.58亿元'),(SX11,'6836.27亿元',sx)], 'industry above designated size is inside secondary industry (with construction and small industry); no share stated')
a=S.alt(SX11,1,'第二产业6836.27亿元','第二产业6863.27亿元','2011 secondary 6836.27 → 6863.27')
S.rel('sum', I, sub(sxs,a,'6836.27','6863.27'), '1220.9 + 6863.27 + 4334.13 = 12418.30 ≠ 12391.3')
a=S.alt(SX11,2,'第三产业5608.66亿元','第三产业5806.66亿元','2011 tertiary investment 5608.66 → 5806.66')
S.rel('sum', I, sub(ivs,a,'5608.66','5806.66'), '665.97 + 3758.42 + 5806.66 = 10231.05 ≠ 10033.05')
a=S.alt(SX11,3,'增长43.1%,比上年加快','增长34.1%,比上年加快','2011 fiscal revenue growth 43.1 → 34.1')
S.rel('growth', I, sub(fin,a,'43.1%','34.1%'), '776.87/1801.10 = 43.1% ≠ 34.1')
a=S.alt(SX11,4,'比上年增长13.9%,连续','比上年增长15.9%,连续','2011 GDP growth 13.9 → 15.9')
S.rel('growth', I, sub(sxg,a,'13.9%','15.9%'), 'weighted sector growth gives 13.88, stated 15.9')

# ---- 陕西 Q1 2006 (gov.cn)
q='第一产业实现生产总值44.34亿元,同比增长6.6%;第二产业实现生产总值439.89亿元,同比增长13.2%;第三产业实现生产总值373.2亿元,同比增长11.5%'
qs=[(SX06,'857.43亿元','一季度实现生产总值857.43亿元'),(SX06,'44.34亿元',q),(SX06,'439.89亿元',q),(SX06,'373.2亿元',q)]
S.rel('sum', C, qs, '44.34 + 439.89 + 373.2 = 857.43')
qg=qs+[(SX06,'增长12.1%','比上年同期增长12.1%'),(SX06,'增长6.6%',q),(SX06,'增长13.2%',q),(SX06,'增长11.5%',q)]
S.rel('growth', C, qg, 'weighted: 857.43/(44.34/1.066 + 439.89/1.132 + 373.2/1.115) = +12.10% ⇒ 12.1')
pc='国有企业和股份制企业工业总产值分别增长31.8%和25.9%,对陕西省工业的贡献率分别为46.4%和47.5%;拉动全省工业增长12.7个百分点和13个百分点'
S.rel('growth', C, [(SX06,'增长27.3%','同比增长27.3%'),(SX06,'46.4%',pc),(SX06,'12.7个',pc)], 'pull = contribution × growth: 0.464 × 27.3 = 12.67 ⇒ 12.7')
S.rel('growth', C, [(SX06,'增长27.3%','同比增长27.3%'),(SX06,'47.5%',pc),(SX06,'13个百分点',pc)], '0.475 × 27.3 = 12.97 ⇒ 13')
S.rel('sum', U, [(SX06,'46.4%',pc),(SX06,'47.5%',pc)], 'state-owned and joint-stock firms overlap (state-held joint-stock firms): contributions not a split (93.9, no rest stated)')
a=S.alt(SX06,1,'第二产业实现生产总值439.89亿元','第二产业实现生产总值493.89亿元','Q1 2006 secondary 439.89 → 493.89')
S.rel('sum', I, sub(qs,a,'439.89','493.89'), '44.34 + 493.89 + 373.2 = 911.43 ≠ 857.43')
a=S.alt(SX06,2,'373.2亿元,同比增长11.5%','373.2亿元,同比增长14.5%','Q1 2006 tertiary growth 11.5 → 14.5')
S.rel('growth', I, sub(qg,a,'11.5%','14.5%'), 'weighted with tertiary +14.5: +13.4% ≠ 12.1')

# ---- 兵团 2013 bulletin
b='其中,第一产业增加值435亿元,增长7.5%;第二产业增加值623亿元,增长26.4%;第三产业增加值422亿元,增长17.0%'
bst='29.4:42.1:28.5'; bc='三次产业对经济的贡献率分别为12.8%、61.4%和25.8%,分别拉动经济增长2.3、11.1和4.6个百分点'
bs=[(BT13,'1480亿元','兵团生产总值1480亿元'),(BT13,'435亿元',b),(BT13,'623亿元',b),(BT13,'422亿元',b)]
S.rel('sum', C, bs, '435 + 623 + 422 = 1480')
S.rel('sum', C, [(BT13,'29.4',bst),(BT13,'42.1',bst),(BT13,'28.5',bst)], '29.4 + 42.1 + 28.5 = 100')
S.rel('share', C, [(BT13,'623亿元',b),(BT13,'1480亿元','兵团生产总值1480亿元'),(BT13,'42.1',bst)], '623/1480 = 42.09% ⇒ 42.1')
S.rel('share', C, [(BT13,'422亿元',b),(BT13,'1480亿元','兵团生产总值1480亿元'),(BT13,'28.5',bst)], '422/1480 = 28.51% ⇒ 28.5')
S.rel('sum', C, [(BT13,'12.8%',bc),(BT13,'61.4%',bc),(BT13,'25.8%',bc)], 'contributions 12.8 + 61.4 + 25.8 = 100')
S.rel('sum', C, [(BT13,'2.3',bc),(BT13,'11.1',bc),(BT13,'4.6',bc),(BT13,'增长18.0%','比上年增长18.0%')], 'pulls 2.3 + 11.1 + 4.6 = 18.0 = GDP growth')
S.rel('growth', C, [(BT13,'61.4%',bc),(BT13,'11.1',bc),(BT13,'增长18.0%','比上年增长18.0%')], 'pull = contribution × growth: 0.614 × 18.0 = 11.05 ⇒ 11.1')
S.rel('restatement', U, [(BT13,'下降3.5%','工业生产者出厂价格下降3.5%'),(BT13,'上涨0.5%','工业生产者出厂价格上涨0.5%')], 'producer prices: −3.5 for 全疆, +0.5 for 兵团: different areas, not a contradiction')
a=S.alt(BT13,1,'第二产业增加值623亿元','第二产业增加值632亿元','2013 secondary 623 → 632')
S.rel('sum', I, sub(bs,a,'623亿元','632亿元'), '435 + 632 + 422 = 1489 ≠ 1480')
S.rel('share', I, [(a,'632亿元',b.replace('623','632')),(a,'1480亿元','兵团生产总值1480亿元'),(a,'42.1',bst)], '632/1480 = 42.70% ≠ 42.1')
a=S.alt(BT13,2,'12.8%、61.4%和25.8%','12.8%、64.1%和25.8%','2013 secondary contribution 61.4 → 64.1')
bc2=bc.replace('61.4','64.1')
S.rel('sum', I, [(a,'12.8%',bc2),(a,'64.1%',bc2),(a,'25.8%',bc2)], '12.8 + 64.1 + 25.8 = 102.7 ≠ 100')
S.rel('growth', I, [(a,'64.1%',bc2),(a,'11.1',bc2),(a,'增长18.0%','比上年增长18.0%')], '0.641 × 18.0 = 11.54 ≠ 11.1')
a=S.alt(BT13,3,'29.4:42.1:28.5','29.4:42.1:28.8','2013 tertiary share 28.5 → 28.8')
S.rel('sum', I, [(a,'29.4','29.4:42.1:28.8'),(a,'42.1','29.4:42.1:28.8'),(a,'28.8','29.4:42.1:28.8')], '29.4 + 42.1 + 28.8 = 100.3 ≠ 100')

# ---- 高昌区 2023 bulletin (traditional)
gc='其中:第一產業增加值35.72億元,同比增長5.5%;第二產業增加值31.24億元,同比增長8.1%;第三產業增加值87.55億元,同比增長4.7%'
gst='調整為23.1%:20.2%:56.7%'; gs0='由上年的23.1%:20.5%:56.4%'
gcs=[(GC23,'154.51億元','完成地區生產總值154.51億元'),(GC23,'35.72億元',gc),(GC23,'31.24億元',gc),(GC23,'87.55億元',gc)]
S.rel('sum', C, gcs, '35.72 + 31.24 + 87.55 = 154.51')
S.rel('sum', C, [(GC23,'23.1%',gst),(GC23,'20.2%',gst),(GC23,'56.7%',gst)], '2023 structure 23.1 + 20.2 + 56.7 = 100')
S.rel('sum', C, [(GC23,'23.1%',gs0),(GC23,'20.5%',gs0),(GC23,'56.4%',gs0)], '2022 structure 23.1 + 20.5 + 56.4 = 100')
S.rel('share', C, [(GC23,'31.24億元',gc),(GC23,'154.51億元','完成地區生產總值154.51億元'),(GC23,'20.2%',gst)], '31.24/154.51 = 20.22% ⇒ 20.2')
S.rel('share', C, [(GC23,'87.55億元',gc),(GC23,'154.51億元','完成地區生產總值154.51億元'),(GC23,'56.7%',gst)], '87.55/154.51 = 56.66% ⇒ 56.7')
S.rel('growth', C, gcs+[(GC23,'增長5.5%','按可比價計算,同比增長5.5%'),(GC23,'增長5.5%','35.72億元,同比增長5.5%'),(GC23,'增長8.1%',gc),(GC23,'增長4.7%',gc)], 'weighted: 154.51/(35.72/1.055 + 31.24/1.081 + 87.55/1.047) = +5.56% ⇒ 5.5 (within 0.12)')
ag='其中:農業實現產值49.94億元,增長6.1%;林業實現產值0.14億元,下降40.3%;畜牧業實現產值5.43億元,增長6.6%;漁業實現產值0.04億元,增長5.6%;農林牧漁服務業實現產值3.02億元'
ags=[(GC23,'58.57億元','總產值(按可比價)58.57億元')]+[(GC23,v,ag) for v in ('49.94億元','0.14億元','5.43億元','0.04億元','3.02億元')]
S.rel('sum', C, ags, 'farming + forestry + husbandry + fishery + services = 58.57')
S.rel('share', C, [(GC23,'15.14萬人','城鎮常住人口15.14萬人'),(GC23,'31.81萬人','常住人口31.81萬人'),(GC23,'47.60%','城鎮化率為47.60%')], '15.14/31.81 = 47.595% ⇒ 47.60')
S.rel('restatement', U, [(GC23,'23.1%',gs0),(GC23,'23.1%',gst)], 'primary share 2022 and 2023 both 23.1: different years')
S.rel('share', U, [(GC23,'35.72億元',gc),(GC23,'58.57億元','總產值(按可比價)58.57億元')], 'value added vs gross output: not a part of it')
a=S.alt(GC23,1,'第三產業增加值87.55億元','第三產業增加值85.75億元','2023 tertiary 87.55 → 85.75')
S.rel('sum', I, sub(gcs,a,'87.55','85.75'), '35.72 + 31.24 + 85.75 = 152.71 ≠ 154.51')
a=S.alt(GC23,2,'畜牧業實現產值5.43億元','畜牧業實現產值5.34億元','2023 husbandry 5.43 → 5.34')
S.rel('sum', I, [(a,t,x.replace('5.43','5.34')) for _,t,x in sub(ags,a,'5.43','5.34')], '49.94 + 0.14 + 5.34 + 0.04 + 3.02 = 58.48 ≠ 58.57')
a=S.alt(GC23,3,'調整為23.1%:20.2%:56.7%','調整為23.1%:20.2%:55.7%','2023 tertiary share 56.7 → 55.7')
S.rel('sum', I, [(a,t,'調整為23.1%:20.2%:55.7%') for t in ('23.1%','20.2%','55.7%')], '23.1 + 20.2 + 55.7 = 99.0 ≠ 100')

# ---- 天津: 2024 report (2023 results), mayor's press-conference speech, 东丽区 plan report
S.rel('restatement', C, [(TJR,'增长4.3%','全市地区生产总值增长4.3%'),(TJS,'增长了4.3%','去年我们地区生产总值增长了4.3%')], '2023 GDP +4.3 in the report and the speech')
S.rel('restatement', C, [(TJR,'增长9.8%','2027.3亿元,增长9.8%'),(TJS,'增长了9.8%','一般公共预算收入增长了9.8%')], '2023 budget revenue +9.8 in both')
S.rel('restatement', C, [(TJR,'增长17.2%','其中税收收入增长17.2%'),(TJS,'增长了17.2%','税收增长了17.2%')], '2023 tax revenue +17.2 in both')
S.rel('restatement', C, [(TJR,'2218万标准箱','达到2218万标准箱'),(TJS,'2218万标箱','去年达到了2218万标箱')], '2023 container throughput 2218万 TEU in both')
S.rel('share', U, [(TJR,'77.9%','占比达到77.9%'),(TJR,'2027.3亿元','一般公共预算收入达到2027.3亿元')], 'tax share of revenue: the tax level is not stated')
S.rel('restatement', U, [(TJS,'增长了9.8%','一般公共预算收入增长了9.8%'),(DL23,'增长16%','58.6亿元、增长16%')], 'city vs 东丽区 budget revenue 2023: different subjects')
a=S.alt(TJS,1,'一般公共预算收入增长了9.8%','一般公共预算收入增长了8.9%','2023 budget revenue growth (speech) 9.8 → 8.9')
S.rel('restatement', I, [(TJR,'增长9.8%','2027.3亿元,增长9.8%'),(a,'增长了8.9%','一般公共预算收入增长了8.9%')], 'same 2023 figure stated as 9.8 and 8.9')
a=S.alt(TJR,1,'达到2218万标准箱','达到2281万标准箱','2023 container throughput (report) 2218 → 2281')
S.rel('restatement', I, [(a,'2281万标准箱','达到2281万标准箱'),(TJS,'2218万标箱','去年达到了2218万标箱')], 'same throughput stated as 2281 and 2218')
a=S.alt(TJS,2,'去年我们地区生产总值增长了4.3%','去年我们地区生产总值增长了4.8%','2023 GDP (speech) 4.3 → 4.8')
S.rel('restatement', I, [(TJR,'增长4.3%','全市地区生产总值增长4.3%'),(a,'增长了4.8%','去年我们地区生产总值增长了4.8%')], 'same 2023 GDP growth stated as 4.3 and 4.8')

# ---- zones: 曾都 (随州, 湖北) 2012–2013, 芜湖经开区 2022
S.rel('target', U, [(ZD12,'200億元','產(chǎn)值200億元目標'),(ZD12,'162億元','產(chǎn)值162億元')], '2013 target vs 2012 result: different years (the 2013 result is not in the text)')
S.rel('growth', U, [(ZD12,'200億元','產(chǎn)值200億元目標'),(ZD12,'50億元','力爭比上年增長50億元'),(ZD12,'162億元','產(chǎn)值162億元')], '162 + 50 = 212 ≠ 200: a 力争 stretch increment beside a target level (or a different base); not keyed as a contradiction')
S.rel('growth', U, [(WH22,'2220亿元','规模以上工业产值2220亿元'),(WH22,'增长18.7%','2220亿元,增长18.7%')], 'level and growth of one year; the 2021 level is not stated')

# ---- 河北 2012 regions (traditional)
hb1='其中第二產業(yè)增長13.3%,高于全省平均水平1.8個百分點;第三產業(yè)增長9.5%,高于全省平均水平1.1個百分點'
hb2='其中第二產業(yè)增長12.8%,高于全省平均水平1.3個百分點;第三產業(yè)增長9.9%,比全省平均水平高1.5個百分點'
S.rel('growth', C, [(HB12,'13.3%',hb1),(HB12,'1.8個百分點',hb1),(HB12,'12.8%',hb2),(HB12,'1.3個百分點',hb2)], 'provincial secondary growth implied twice: 13.3 − 1.8 = 11.5 = 12.8 − 1.3')
S.rel('growth', C, [(HB12,'9.5%',hb1),(HB12,'1.1個百分點',hb1),(HB12,'9.9%',hb2),(HB12,'1.5個百分點',hb2)], 'provincial tertiary growth implied twice: 9.5 − 1.1 = 8.4 = 9.9 − 1.5')
S.rel('restatement', C, [(HB12,'10.5%','經濟圈14個縣(市、區(qū))經濟增長10.5%'),(HB12,'增長10.5%','1738.1億元,同比增長10.5%')], 'green belt 2012 growth 10.5 in the lead and the body')
S.rel('restatement', C, [(HB12,'10.3%','沿海三市經濟增長10.3%'),(HB12,'增長10.3%','9812.7億元,同比增長10.3%')], 'coastal three cities 10.3 in the lead and the body')
S.rel('sum', U, [(HB12,'9812.7億元','9812.7億元'),(HB12,'2684.8億元','2684.8億元')], 'the 11 coastal-belt counties lie inside the three coastal cities: overlapping groupings')
a=S.alt(HB12,1,'比全省平均水平高1.5個百分點','比全省平均水平高1.8個百分點','coastal belt tertiary gap 1.5 → 1.8')
hb2a=hb2.replace('高1.5','高1.8')
S.rel('growth', I, [(a,'9.5%',hb1),(a,'1.1個百分點',hb1),(a,'9.9%',hb2a),(a,'1.8個百分點',hb2a)], 'implied provincial tertiary growth 8.4 vs 9.9 − 1.8 = 8.1')
S.write()

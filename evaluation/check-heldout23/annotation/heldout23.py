from build import Split
S = Split('heldout23'); C,I,U,CT='consistent','inconsistent','unrelated','cannot_tell'; MET,MISS='met','missed'
DZ23='nat_devzone_2023_stats.txt'; DZ23E='nat_devzone_2023_eval_news.txt'; DZ22='nat_devzone_2022_eval_news.txt'
BT10='bingtuan_2010h1_hant.txt'; BT13='bingtuan_2013h1_hant.txt'; HM='hami_2009h1_hant.txt'
XJ21='xinjiang_2021h1_news.txt'; XJ25='xinjiang_2025h1_hant.txt'; SC20='sichuan_2020_tjgb.txt'; SCR='sichuan_2016_2020_review_hant.txt'
PC='prefcity_2015_tjgb.txt'; HB19='hebei_2019_targets_news.txt'; HB25='hebei_2025_npc_hant.txt'; HB14='hebei_2014h1_plan_news.txt'
HU='hubei_2023_npc_hant.txt'; AH='anhui_2021q3_ranking.txt'
def on(doc, figs): return [(doc,)+f[1:] for f in figs]

# ---- national development zones (2023 statistics, 2023/2022 evaluation news)
ex=[(DZ23,'10.1万亿元','进出口总额10.1万亿元(其中'),(DZ23,'6万亿元','出口6万亿元'),(DZ23,'4.1万亿元','进口4.1万亿元')]
S.rel('sum', C, ex, 'all 229 zones: exports 6 + imports 4.1 = 10.1万亿')
ee=[(DZ23,'8万亿元','进出口总额8万亿元'),(DZ23,'4.9万亿元','出口4.9万亿元'),(DZ23,'3.1万亿元','进口3.1万亿元')]
S.rel('sum', C, ee, 'eastern zones: 4.9 + 3.1 = 8万亿')
em=[(DZ23,'1.1万亿元','进出口总额1.1万亿元'),(DZ23,'6777亿元','出口6777亿元'),(DZ23,'3738亿元','进口3738亿元')]
S.rel('sum', C, em, 'central zones: 6777 + 3738 = 10515亿 = 1.1万亿 (rounded to 0.1万亿)')
a=S.alt(DZ23,1,'出口6万亿元','出口5万亿元','all-zone exports 6 → 5')
S.rel('sum', I, on(a,ex[:1])+[(a,'5万亿元','出口5万亿元')]+on(a,ex[2:]), 'altered: 5 + 4.1 = 9.1 ≠ 10.1')
a=S.alt(DZ23,2,'出口6777亿元','出口6177亿元','central exports 6777 → 6177')
S.rel('sum', I, on(a,em[:1])+[(a,'6177亿元','出口6177亿元')]+on(a,em[2:]), 'altered: 6177 + 3738 = 9915亿 ⇒ 1.0万亿, not 1.1')
a=S.alt(DZ23,3,'进口3.1万亿元','进口3.6万亿元','eastern imports 3.1 → 3.6')
S.rel('sum', I, on(a,ee[:2])+[(a,'3.6万亿元','进口3.6万亿元')], 'altered: 4.9 + 3.6 = 8.5 ≠ 8')
S.rel('sum', U, [(DZ23,'15.7万亿元','地区生产总值15.7万亿元'),(DZ23,'9.4万亿元','第二产业增加值9.4万亿元'),(DZ23,'6.1万亿元','第三产业增加值6.1万亿元')], 'secondary + tertiary = 15.5 of 15.7: primary not stated, partial list')
S.rel('sum', U, [(DZ23,'9.3万亿元','103家国家级经开区地区生产总值9.3万亿元'),(DZ23,'5.3万亿元','第二产业增加值5.3万亿元'),(DZ23,'3.9万亿元','第三产业增加值3.9万亿元')], 'eastern 5.3 + 3.9 = 9.2 of 9.3: primary not stated')
S.rel('sum', U, [(DZ23,'15.7万亿元','地区生产总值15.7万亿元'),(DZ23,'9.3万亿元','103家国家级经开区地区生产总值9.3万亿元'),(DZ23,'3万亿元','55家国家级经开区地区生产总值3万亿元')], 'eastern + central = 12.3 of 15.7: western (and north-eastern) zones not in the passage')
g14=(DZ22,'14万亿元','地区生产总值14万亿元'); g148=(DZ23E,'14.8万亿元','地区生产总值14.8万亿元'); g56=(DZ23E,'5.6%','同比增长5.6%(名义')
S.rel('growth', C, [g14,g148,g56], '2022 14万亿 → 2023 14.8万亿: 5.7% (14 is rounded: 5.3–6.1) vs stated 5.6% nominal')
a=S.alt(DZ23E,1,'地区生产总值14.8万亿元','地区生产总值15.8万亿元','2023 zone GDP 14.8 → 15.8 (evaluation news)')
S.rel('growth', I, [g14,(a,'15.8万亿元','地区生产总值15.8万亿元'),(a,'5.6%','同比增长5.6%(名义')], 'altered: 14 → 15.8 is +12.9%, not 5.6%')
S.rel('restatement', C, [(DZ23E,'5.6%','经开区地区生产总值同比增长5.6%\n'),g56], '2023 zone GDP nominal growth 5.6 in the headline and the body')
S.rel('growth', U, [(DZ22,'432亿美元','实际使用外资金额432亿美元'),(DZ23,'395亿美元','实际使用外资395亿美元'),(DZ23,'2.7%','同比下降2.7%')], '432 (2022, evaluation set of 230 zones) vs 395 (2023 statistics of 229 zones): different coverage; −2.7% is on the 229-zone base')
S.rel('share', U, [g14,(DZ22,'12%','占国内生产总值的比重为12%')], 'national GDP (the base) not stated')
S.rel('restatement', U, [(DZ22,'25%','占全国进出口总额比重为25%;'),(DZ23E,'25%','占全国进出口总额比重为25%。')], 'same 25% share of trade for 2022 and 2023: different years (coincidence, not a restatement)')

# ---- 兵团 H1 2010 (traditional with marks)
b10=[(BT10,'203.92億元','203.92億元,比上年同期'),(BT10,'21.23億元','增加值21.23億元'),(BT10,'88.40億元','增加值88.40億元'),(BT10,'94.29億元','增加值94.29億元')]
S.rel('sum', C, b10, '21.23 + 88.40 + 94.29 = 203.92')
S.rel('restatement', C, [(BT10,'203.92億元','203.92億元人民幣'),b10[0]], 'H1 2010 兵团 GDP stated twice')
r1=(BT10,'13.1%','人民幣,比上年同期增長13.1%'); r2=(BT10,'13.1%','203.92億元,比上年同期增長13.1%')
S.rel('restatement', C, [r1,r2], 'H1 growth 13.1% stated twice')
S.rel('growth', C, b10[1:]+[(BT10,'11.1%','增長11.1%'),(BT10,'22.0%','增長22.0%'),(BT10,'6.5%','增長6.5%'),r2], 'current-price weighted sector growth 13.22 vs 13.1 (within 0.15)')
a=S.alt(BT10,1,'增加值88.40億元','增加值88.70億元','secondary 88.40 → 88.70')
S.rel('sum', I, on(a,b10[:2])+[(a,'88.70億元','增加值88.70億元')]+on(a,b10[3:]), 'altered: 21.23 + 88.70 + 94.29 = 204.22 ≠ 203.92')
a=S.alt(BT10,2,'203.92億元,比上年同期','208.92億元,比上年同期','second statement of GDP 203.92 → 208.92')
S.rel('restatement', I, [(a,'203.92億元','203.92億元人民幣'),(a,'208.92億元','208.92億元,比上年同期')], 'altered: 203.92 vs 208.92 for the same H1 GDP')
S.rel('sum', I, [(a,'208.92億元','208.92億元,比上年同期')]+on(a,b10[1:]), 'altered: parts 203.92 ≠ 208.92')
a=S.alt(BT10,3,'203.92億元,比上年同期增長13.1%','203.92億元,比上年同期增長18.1%','second growth 13.1 → 18.1')
S.rel('restatement', I, [(a,)+r1[1:],(a,'18.1%','203.92億元,比上年同期增長18.1%')], 'altered: H1 growth 13.1 vs 18.1')

# ---- 兵团 H1 2013 (traditional with marks)
b13=[(BT13,'455.58億元','生產(chǎn)總值455.58億元'),(BT13,'42.53億元','第一產(chǎn)業(yè)42.53億元'),(BT13,'241.45億元','第二產(chǎn)業(yè)241.45億元'),(BT13,'171.60億元','第三產(chǎn)業(yè)171.60億元')]
S.rel('sum', C, b13, '42.53 + 241.45 + 171.60 = 455.58')
bi=[b13[2],(BT13,'175.44億元','工業(yè)175.44億元'),(BT13,'66.01億元','建筑業(yè)66.01億元')]
S.rel('sum', C, bi, 'industry 175.44 + construction 66.01 = secondary 241.45')
bv=[(BT13,'499.15億元','累計(jì)完成499.15億元'),(BT13,'22.38億元','投資22.38億元'),(BT13,'269.37億元','269.37億元'),(BT13,'207.40億元','207.40億元')]
S.rel('sum', C, bv, 'investment by sector 22.38 + 269.37 + 207.40 = 499.15')
S.rel('growth', C, bv+[(BT13,'47.2%','增長47.2%'),(BT13,'52.1%','52.1%和'),(BT13,'52.4%','和52.4%'),(BT13,'52.0%','同比增長52.0%')], 'investment (nominal) weighted growth 52.00 = 52.0')
a=S.alt(BT13,1,'工業(yè)175.44億元','工業(yè)175.94億元','industry 175.44 → 175.94')
S.rel('sum', I, on(a,bi[:1])+[(a,'175.94億元','工業(yè)175.94億元')]+on(a,bi[2:]), 'altered: 175.94 + 66.01 = 241.95 ≠ 241.45')
a=S.alt(BT13,2,'投資22.38億元','投資27.38億元','primary-sector investment 22.38 → 27.38')
S.rel('sum', I, on(a,bv[:1])+[(a,'27.38億元','投資27.38億元')]+on(a,bv[2:]), 'altered: 27.38 + 269.37 + 207.40 = 504.15 ≠ 499.15')
a=S.alt(BT13,3,'第三產(chǎn)業(yè)171.60億元','第三產(chǎn)業(yè)171.80億元','tertiary 171.60 → 171.80')
S.rel('sum', I, on(a,b13[:3])+[(a,'171.80億元','第三產(chǎn)業(yè)171.80億元')], 'altered: 42.53 + 241.45 + 171.80 = 455.78 ≠ 455.58')
S.rel('sum', U, [(BT13,'1709.88萬畝','總播種面積1709.88萬畝'),(BT13,'417.39萬畝','糧食種植面積417.39萬畝'),(BT13,'882.78萬畝','棉花882.78萬畝')], 'grain + cotton = 1300.17 of 1709.88: other crops not listed (partial 其中)')

# ---- 哈密 H1 2009 (traditional with marks; county-level city)
hm=[(HM,'37億多元','生產(chǎn)總值37億多元'),(HM,'2.16億元','產(chǎn)值2.16億元'),(HM,'15.68億元','產(chǎn)值15.68億元'),(HM,'19.99億元','產(chǎn)值19.99億元')]
S.rel('sum', C, hm, '2.16 + 15.68 + 19.99 = 37.83 = “37億多”')
S.rel('growth', C, hm[1:]+[(HM,'13.2%','增長(zhǎng)13.2%'),(HM,'7.3%','同比增長(zhǎng)7.3%;'),(HM,'6.7%','增長(zhǎng)6.7%'),(HM,'7.3%','實(shí)現(xiàn)增長(zhǎng)7.3%')], 'weighted sector growth 7.30 = 7.3')
a=S.alt(HM,1,'產(chǎn)值2.16億元','產(chǎn)值9.16億元','primary 2.16 → 9.16')
S.rel('sum', I, on(a,hm[:1])+[(a,'9.16億元','產(chǎn)值9.16億元')]+on(a,hm[2:]), 'altered: 9.16 + 15.68 + 19.99 = 44.83, not “37億多”')
S.rel('restatement', U, [(HM,'7.3%','實(shí)現(xiàn)增長(zhǎng)7.3%'),(HM,'7.3%','同比增長(zhǎng)7.3%;')], 'GDP growth 7.3 vs secondary-sector growth 7.3: different indicators')

# ---- 新疆 H1 2021 and H1 2025
x9=(XJ21,'9.9%','同比增长9.9%。')
S.rel('restatement', C, [(XJ21,'9.9%','生产总值同比增长9.9%\n'),x9], 'H1 2021 GDP growth 9.9 in headline and body')
a=S.alt(XJ21,1,'生产总值同比增长9.9%\n','生产总值同比增长8.9%\n','headline growth 9.9 → 8.9')
S.rel('restatement', I, [(a,'8.9%','生产总值同比增长8.9%\n'),(a,)+x9[1:]], 'altered: headline 8.9 vs body 9.9')
S.rel('growth', U, [(XJ21,'5.1%','比上年同期增长5.1%,两年平均增长4.9%'),(XJ21,'4.9%','两年平均增长4.9%;夏粮')], 'two-year average needs the 2020 H1 rate (not stated)')
x57=(XJ25,'5.7%','按不變價(jià)格計(jì)算,同比增長5.7%。')
S.rel('restatement', C, [x57,(XJ25,'5.7%','同比增長5.7%,比一季度')], 'H1 2025 新疆 GDP growth 5.7 stated twice')
a=S.alt(XJ25,1,'同比增長5.7%,比一季度','同比增長5.2%,比一季度','second growth 5.7 → 5.2')
S.rel('restatement', I, [(a,)+x57[1:],(a,'5.2%','同比增長5.2%,比一季度')], 'altered: 5.7 vs 5.2')

# ---- 四川 2020 bulletin
sc=[(SC20,'48598.8亿元','(GDP)48598.8亿元'),(SC20,'5556.6亿元','增加值5556.6亿元'),(SC20,'17571.1亿元','增加值17571.1亿元'),(SC20,'25471.1亿元','增加值25471.1亿元')]
S.rel('sum', C, sc, '5556.6 + 17571.1 + 25471.1 = 48598.8')
st='调整为11.4 : 36.2 : 52.4'; s20=[(SC20,'11.4',st),(SC20,'36.2',st),(SC20,'52.4',st)]
S.rel('sum', C, s20, '2020 structure 11.4 + 36.2 + 52.4 = 100')
S.rel('sum', C, [(SC20,'10.4','上年的10.4'),(SC20,'37.1',': 37.1 :'),(SC20,'52.5','52.5调整')], '2019 structure 10.4 + 37.1 + 52.5 = 100')
ct=[(SC20,'14.1%','分别为14.1%'),(SC20,'43.4%','43.4%和'),(SC20,'42.5%','和42.5%')]
S.rel('sum', C, ct, 'contributions 14.1 + 43.4 + 42.5 = 100')
for i,(lv,sh) in enumerate(zip(sc[1:],s20)):
    S.rel('share', C, [lv,sc[0],sh], f'{lv[1]}/48598.8 = {["11.43","36.16","52.41"][i]}% ⇒ {sh[1]}')
S.rel('growth', C, sc[1:]+[(SC20,'5.2%','增长5.2%'),(SC20,'3.8%','17571.1亿元,增长3.8%'),(SC20,'3.4%','增长3.4%。三次'),(SC20,'3.8%','比上年增长3.8%。其中')], 'current-price weighted sector growth 3.75 ⇒ 3.8 (within 0.15)')
rg=[(SC20,'29523.3亿元','经济区地区生产总值29523.3亿元'),(SC20,'7883.7亿元','7883.7亿元'),(SC20,'7595.5亿元','7595.5亿元'),(SC20,'2774.0亿元','2774.0亿元'),(SC20,'822.4亿元','822.4亿元')]
S.rel('sum', C, [sc[0]]+rg, 'five economic regions 29523.3 + 7883.7 + 7595.5 + 2774.0 + 822.4 = 48598.9 vs 48598.8 (rounding of five parts)')
S.rel('sum', U, [sc[0],rg[0],(SC20,'11806.7亿元','11806.7亿元')]+rg[1:], '环成都经济圈 11806.7 is inside 成都平原经济区 (其中): adding it double-counts (overlapping grouping)')
a=S.alt(SC20,1,'增加值17571.1亿元','增加值17371.1亿元','secondary 17571.1 → 17371.1')
S.rel('sum', I, on(a,sc[:2])+[(a,'17371.1亿元','增加值17371.1亿元')]+on(a,sc[3:]), 'altered: 5556.6 + 17371.1 + 25471.1 = 48398.8 ≠ 48598.8')
S.rel('share', I, [(a,'17371.1亿元','增加值17371.1亿元'),(a,)+sc[0][1:],(a,)+s20[1][1:]], 'altered: 17371.1/48598.8 = 35.74%, not 36.2')
a=S.alt(SC20,2,'调整为11.4 : 36.2 : 52.4','调整为11.4 : 38.2 : 52.4','2020 secondary share 36.2 → 38.2')
st2='调整为11.4 : 38.2 : 52.4'
S.rel('sum', I, [(a,'11.4',st2),(a,'38.2',st2),(a,'52.4',st2)], 'altered: 11.4 + 38.2 + 52.4 = 102')
S.rel('share', I, [(a,)+sc[2][1:],(a,)+sc[0][1:],(a,'38.2',st2)], 'altered: 17571.1/48598.8 = 36.16%, not 38.2')
a=S.alt(SC20,3,'7883.7亿元','7383.7亿元','川南 GDP 7883.7 → 7383.7')
S.rel('sum', I, on(a,[sc[0],rg[0]])+[(a,'7383.7亿元','7383.7亿元')]+on(a,rg[2:]), 'altered: regions add to 48098.9 ≠ 48598.8')
a=S.alt(SC20,4,'43.4%和','46.4%和','secondary contribution 43.4 → 46.4')
S.rel('sum', I, [(a,)+ct[0][1:],(a,'46.4%','46.4%和'),(a,)+ct[2][1:]], 'altered: contributions 14.1 + 46.4 + 42.5 = 103')

# ---- 四川 十三五 review (traditional with marks)
S.rel('sum', C, [(SCR,'12.1','2015年的12.1'),(SCR,'43.5',':43.5:'),(SCR,'44.4',':44.4調')], '2015 structure 12.1 + 43.5 + 44.4 = 100')
s19='2019年的10.3:37.3:52.4'
S.rel('sum', C, [(SCR,'10.3',s19),(SCR,'37.3',s19),(SCR,'52.4',s19)], '2019 structure 10.3 + 37.3 + 52.4 = 100')
cd=[(SCR,'17012.7億元','17012.7億元'),(SCR,'46615.8億元','46615.8億元'),(SCR,'36.5%','比重達36.5%')]
S.rel('share', C, cd, '成都 17012.7/46615.8 = 36.50% ⇒ 36.5')
a=S.alt(SCR,1,'比重達36.5%','比重達38.5%','成都 share 36.5 → 38.5')
S.rel('share', I, on(a,cd[:2])+[(a,'38.5%','比重達38.5%')], 'altered: 17012.7/46615.8 = 36.5%, not 38.5')
a=S.alt(SCR,2,':43.5:',':45.5:','2015 secondary share 43.5 → 45.5')
S.rel('sum', I, [(a,'12.1','2015年的12.1'),(a,'45.5',':45.5:'),(a,'44.4',':44.4調')], 'altered: 12.1 + 45.5 + 44.4 = 102')
S.rel('growth', U, [cd[1],sc[0],(SC20,'3.8%','比上年增长3.8%。其中')], '2019 → 2020 nominal +4.25% vs real growth 3.8%: current vs comparable prices (and the 2019 level may be revised)')
S.rel('share', U, [(SCR,'53.8%','城鎮(zhèn)化率達53.8%'),(SCR,'6.8個','縮小為6.8個')], 'the national urbanisation rate (the comparison base) is not stated')
S.rel('restatement', U, [(SCR,'52.4',s19),(SC20,'52.4',st)], 'tertiary share 52.4 in 2019 (review) vs 2020 (bulletin): different years')

# ---- prefecture city 2015 bulletin
pc=[(PC,'1605.1亿元','(GDP)1605.1亿元'),(PC,'208.2亿元','增加值208.2亿元'),(PC,'940.0亿元','增加值940.0亿元'),(PC,'456.9亿元','增加值456.9亿元')]
S.rel('sum', C, pc, '208.2 + 940.0 + 456.9 = 1605.1')
ps='结构为13.0:58.6:28.4'
S.rel('sum', C, [(PC,'13.0',ps),(PC,'58.6',ps),(PC,'28.4',ps)], 'structure 13.0 + 58.6 + 28.4 = 100')
S.rel('share', C, [pc[1],pc[0],(PC,'13.0',ps)], '208.2/1605.1 = 12.97% ⇒ 13.0')
S.rel('share', C, [pc[2],pc[0],(PC,'58.6',ps)], '940.0/1605.1 = 58.56% ⇒ 58.6')
npub=[(PC,'958.8亿元','增加值958.8亿元'),pc[0],(PC,'59.7%','比重为59.7%')]
S.rel('share', C, npub, 'non-public economy 958.8/1605.1 = 59.73% ⇒ 59.7')
S.rel('growth', C, pc[1:]+[(PC,'3.7%','增长3.7%'),(PC,'8.4%','增长8.4%'),(PC,'10.0%','增长10.0%'),(PC,'8.2%','比上年增长8.2%')], 'weighted sector growth 8.21 ⇒ 8.2')
a=S.alt(PC,1,'增加值456.9亿元','增加值486.9亿元','tertiary 456.9 → 486.9')
S.rel('sum', I, on(a,pc[:3])+[(a,'486.9亿元','增加值486.9亿元')], 'altered: 208.2 + 940.0 + 486.9 = 1635.1 ≠ 1605.1')
a=S.alt(PC,2,'比重为59.7%','比重为56.7%','non-public share 59.7 → 56.7')
S.rel('share', I, on(a,npub[:2])+[(a,'56.7%','比重为56.7%')], 'altered: 958.8/1605.1 = 59.7%, not 56.7')
S.rel('sum', U, [(PC,'390.0万人','户籍总人口390.0万人'),(PC,'223.9万人','乡村人口223.9万人'),(PC,'351.3万人','常住人口351.3万人')], 'registered vs resident population: different groupings; 乡村 is a 其中 of 户籍, not of 常住')

# ---- 安徽 Q1–Q3 2021 (research-institute page)
ah=[(AH,'31874.8亿元','GDP总量31874.8亿元'),(AH,'1932.4亿元','增加值1932.4亿元'),(AH,'13415.8亿元','增加值13415.8亿元'),(AH,'16526.6亿元','增加值16526.6亿元')]
S.rel('sum', C, ah, '1932.4 + 13415.8 + 16526.6 = 31874.8')
hs='比重为6.1:42.1:51.8'; ahs=[(AH,'6.1',hs),(AH,'42.1',hs),(AH,'51.8',hs)]
S.rel('sum', C, ahs, 'structure 6.1 + 42.1 + 51.8 = 100')
for lv,sh,v in zip(ah[1:],ahs,('6.06','42.09','51.85')):
    S.rel('share', C, [lv,ah[0],sh], f'{lv[1]}/31874.8 = {v}% ⇒ {sh[1]}')
S.rel('growth', C, ah[1:]+[(AH,'9.7%','同比增长9.7%'),(AH,'10.8%','同比增长10.8%'),(AH,'9.8%','同比增长9.8%'),(AH,'10.2%','同比增长10.2%')], 'weighted sector growth 10.21 ⇒ 10.2')
wh=[(AH,'3187.0亿元','3187.0亿元'),ah[0],(AH,'10%','比重为10%')]
S.rel('share', C, wh, '芜湖 3187.0/31874.8 = 10.0%')
a=S.alt(AH,1,'增加值1932.4亿元','增加值1982.4亿元','primary 1932.4 → 1982.4')
S.rel('sum', I, on(a,ah[:1])+[(a,'1982.4亿元','增加值1982.4亿元')]+on(a,ah[2:]), 'altered: 1982.4 + 13415.8 + 16526.6 = 31924.8 ≠ 31874.8')
S.rel('share', I, [(a,'1982.4亿元','增加值1982.4亿元'),(a,)+ah[0][1:],(a,)+ahs[0][1:]], 'altered: 1982.4/31874.8 = 6.22% ⇒ 6.2, not 6.1')
a=S.alt(AH,2,'比重为6.1:42.1:51.8','比重为6.1:44.1:51.8','secondary share 42.1 → 44.1')
h2='比重为6.1:44.1:51.8'
S.rel('sum', I, [(a,'6.1',h2),(a,'44.1',h2),(a,'51.8',h2)], 'altered: 6.1 + 44.1 + 51.8 = 102')
S.rel('share', I, [(a,)+ah[2][1:],(a,)+ah[0][1:],(a,'44.1',h2)], 'altered: 13415.8/31874.8 = 42.1%, not 44.1')
a=S.alt(AH,3,'比重为10%','比重为12%','芜湖 share 10 → 12')
S.rel('share', I, on(a,wh[:2])+[(a,'12%','比重为12%')], 'altered: 3187.0/31874.8 = 10.0%, not 12')
S.rel('restatement', U, [(AH,'10.4%','同比增长10.4%'),(AH,'10.2%','同比增长10.2%')], '合肥 growth vs provincial growth: different subjects')

# ---- 河北: 2014 H1 vs plan, 2019 targets, 2024 results; 湖北 2022 results and 2023 targets
S.rel('target', MISS, [(HB14,'5.8%','比上年同期增长5.8%'),(HB14,'2.2个','低于计划增速2.2个')], 'H1 2014 GDP growth 5.8% is 2.2 points below the plan rate (8.0), as the text says')
S.rel('target', MET, [(HB14,'8.6%','增加值增长8.6%'),(HB14,'0.1个','高于计划增速0.1个')], 'H1 2014 service growth 8.6% is 0.1 above the plan rate (8.5)')
S.rel('share', U, [(HB14,'13640亿元','生产总值完成13640亿元'),(HB14,'8.6%','增加值增长8.6%')], 'service growth within GDP: service level not stated, 其中 is not a split')
tg=(HB19,'6.5%左右','全省生产总值增长6.5%左右,一般')
S.rel('target', U, [tg,(HB25,'5.2%','總值增長5.2%')], '2019 GDP target vs 2024 GDP result: different years')
S.rel('target', U, [(HB19,'6%以上','固定资产投资增长6%以上'),(HB25,'6.5%','固定資產(chǎn)投資增長6.5%')], '2019 investment target vs 2024 result: different years')
S.rel('target', U, [(HB19,'5%左右','进出口总值增长5%左右'),(HB25,'6%','進出口總值增長6%')], '2019 trade target vs 2024 result: different years')
S.rel('target', U, [(HB19,'7%左右','收入均增长7%左右'),(HB25,'5.5%','可支配收入增長5.5%')], '2019 income target vs 2024 result: different years')
S.rel('restatement', U, [(HB19,'6.5%左右','增长6.5%左右目标'),(HB25,'6.5%','固定資產(chǎn)投資增長6.5%')], 'GDP target 6.5 (2019) vs investment result 6.5 (2024): different indicators and years')
S.rel('restatement', C, [(HB19,'6.5%左右','增长6.5%左右目标'),tg], '2019 GDP target in the headline and the body')
S.rel('target', U, [(HU,'70萬人以上','城鎮(zhèn)新增就業(yè)70萬人以上'),(HU,'91.6萬人','就業(yè)91.6萬人')], '2023 jobs target vs 2022 jobs result: different years')
S.rel('target', U, [(HU,'6.5%左右','總值增長6.5%左右'),(HU,'4.7%左右','總值增長4.7%左右')], '2023 GDP target vs 2022 GDP estimate: different years')
S.write()

"""Check key, set check-heldout176. Built blind; run: rm -f ../docs/*_alt*.txt && python3 check-heldout176.py && python3 verify.py
Figures are (doc, text, anchor): the n-th occurrence of pre+text+post; the anchor is the shortest window around it that is unique in the
document (and holds text once). Allowance: see ../ANNOTATION.md."""
from build import Split
S = Split('heldout176'); C,I,U,M,MS,CT = 'consistent','inconsistent','unrelated','met','missed','cannot_tell'

def F(doc, text, pre='', n=0, post=''):
    t = S.read(doc); key = pre + text + post
    pos = -1
    for _ in range(n + 1):
        pos = t.index(key, pos + 1)
    return P(doc, text, pos + len(pre), len(pre), len(post))

def P(doc, text, s, l=0, r=0):
    t = S.read(doc); assert t[s:s+len(text)] == text, (doc, text, s)
    a, b = s - l, s + len(text) + r
    while True:
        anc = t[a:b]
        if t.count(anc) == 1 and anc.count(text) == 1: return (doc, text, anc)
        if anc.count(text) > 1: raise SystemExit(f'{doc}: cannot anchor {text}')
        if b < len(t): b += 1
        if a > 0 and (b - a) % 2: a -= 1
        if a == 0 and b == len(t): raise SystemExit(f'{doc}: no unique anchor for {text}')

def ALT(src, n, fig, new, what):
    doc, text, anc = fig
    assert len(new) == len(text)
    return S.alt(src, n, anc, anc.replace(text, new), what)
def on(a, fig, new=None):
    doc, text, anc = fig
    st = S.read(doc).index(anc) + anc.index(text)
    return P(a, new if new is not None else text, st)
def R(a, figs, old, new):
    # figures of the altered source move to the altered copy; figures of other documents stay where they are
    src = a.split('_alt')[0] + '.txt'
    return [on(a, f, new) if f == old else (on(a, f) if f[0] == src else f) for f in figs]


YC='yichun_1993.txt'; YBP='yanbian_profile.txt'; YBC='yanbian_2020census.txt'; PJ='panjin_2021h1.txt'; HP10='hlj_2010plan_hant.txt'; H10='hlj_2010.txt'
H14='hlj_2014_hant.txt'; CCP='cc_2024plan.txt'; CC24='cc_2024_hant.txt'; JL59='jl_1959.txt'; JSJ='jsj_2004.txt'; JC12='jiangchuan_2012_hant.txt'
KQ14='kenqu_2014.txt'; DB15='db_2015grain.txt'; JMS='jms_2019.txt'; DL11='dl_2011tour.txt'; LNP='ln_2011tourplan.txt'; LNH='ln_2020holiday.txt'

# ---- 伊春 / 森工总局 forest bureaus (early 1990s)
yb = [F(YC, '40个'), F(YC, '11个'), F(YC, '19个'), F(YC, '10个')]
S.rel('sum', C, yb, '40 bureaus = 11 exhausted + 19 nearly exhausted + 10 in good state')
y1 = [F(YC, '11个'), F(YC, '40个'), F(YC, '27.5%')]
S.rel('share', C, y1, '11 / 40 = 27.5%')
y2 = [F(YC, '19个'), F(YC, '40个'), F(YC, '48%')]
S.rel('share', C, y2, '19 / 40 = 47.5% → 48% (rounded half up; counts have no half-unit)')
S.rel('share', I, [F(YC, '10个'), F(YC, '40个'), F(YC, '24.5%')], 'real error: 10 / 40 = 25.0%, not 24.5% (the shares were evidently forced to add to 100 after 47.5 was rounded up to 48)')
ys = [F(YC, '27.5%'), F(YC, '48%'), F(YC, '24.5%')]
S.rel('sum', C, ys, 'the three shares as printed add to 100 (27.5 + 48 + 24.5); the error of 24.5% does not show in the sum')
S.rel('share', U, [F(YC, '20%'), F(YC, '40%多')], '伊春 timber is 20% of the nation and 40%+ of 黑龙江: the national and provincial outputs (and the period) are not stated (unstated bases)')
S.rel('share', U, [F(YC, '2万立方米'), F(YC, '5 000立方米')], 'a forest farm\'s yearly cut (2万) and a felling crew\'s winter cut (5000): other scopes, no relation')

# ---- 延边州 profile (2010 census structure, 2015 population and finance)
bd = [F(YBP, '755.2公里'), F(YBP, '522.5公里'), F(YBP, '232.7公里')]
S.rel('sum', C, bd, 'border 755.2 = 522.5 (China-DPRK) + 232.7 (China-Russia)')
S.rel('restatement', I, [F(YBP, '768.5公里'), F(YBP, '755.2公里')], 'real inconsistency: the same border is 768.5公里 in the lead and 755.2公里 (= 522.5 + 232.7) in the geography section (the page merges sources)')
S.rel('restatement', I, [F(YBP, '43474平方公里'), F(YBP, '4.27万平方公里')], 'real inconsistency: area 43474平方公里 in the lead, 4.27万平方公里 in the geography section (4.35 vs 4.27万; merged sources)')
ag = [F(YBP, '9.75%'), F(YBP, '80.41%'), F(YBP, '9.84%')]
S.rel('sum', C, ag, 'age structure 9.75 + 80.41 + 9.84 = 100')
a0 = [F(YBP, '221385人'), F(YBP, '1826675人'), F(YBP, '223540人'), F(YBP, '9.75%')]
S.rel('share', C, a0, 'the three age groups are a split of the resident population (2271600): 221385 / 2271600 = 9.746% → 9.75%')
a2 = [F(YBP, '221385人'), F(YBP, '1826675人'), F(YBP, '223540人'), F(YBP, '9.84%')]
S.rel('share', C, a2, '223540 / (221385 + 1826675 + 223540) = 9.841% → 9.84%')
dch = [F(YBP, '7.46个百分点'), F(YBP, '3.94个百分点'), F(YBP, '3.52个百分点')]
S.rel('sum', C, dch, 'changes of a full split since 2000 sum to zero: −7.46 + 3.94 + 3.52 = 0.00')
ur = [F(YBP, '150.0万人'), F(YBP, '213.6万人'), F(YBP, '70.2%')]
S.rel('share', C, ur, 'urban 150.0 / 213.6 = 70.22% → 70.2%')
ko = [F(YBP, '77.4万人'), F(YBP, '213.6万人'), F(YBP, '36.2%')]
S.rel('share', C, ko, 'Korean 77.4 / 213.6 = 36.24% → 36.2%')
nr = [F(YBP, '7.0‰'), F(YBP, '7.7‰'), F(YBP, '-0.7‰')]
S.rel('sum', C, nr, 'natural growth = births − deaths: 7.0 − 7.7 = −0.7‰')
S.rel('share', U, [F(YBP, '217万人'), F(YBP, '221385人'), F(YBP, '1826675人'), F(YBP, '223540人')], '"人口约217万人(2010年)" against the resident age groups (2271600): the 217万 is not said to be resident population (registered population is the likelier reading); other indicator')
S.rel('sum', U, [F(YBP, '161.2亿元'), F(YBP, '93.3亿元'), F(YBP, '49.6亿元')], 'tax revenue 49.6 is part of local revenue 93.3, which is part of all-level revenue 161.2; the other parts are not stated (nested scopes, no split)')

# ---- 延边州 7th census (2021 news)
c1 = [F(YBC, '1941700人'), F(YBC, '281563人'), F(YBC, '12.66%')]
S.rel('growth', C, c1, '2010 = 1941700 + 281563 = 2223263; 281563 / 2223263 = 12.664% → 下降12.66%')
c2 = [F(YBC, '1941700人'), F(YBC, '281563人'), F(YBC, '1.34%')]
S.rel('growth', C, c2, '(1941700 / 2223263)^(1/10) − 1 = −1.3450% → 年均下降1.34% (just below the rounding point)')
c3 = [F(YBC, '1941700人'), F(YBC, '281563人'), F(YBC, '123177人'), F(YBC, '25.32%'), F(YBC, '35.34%')]
S.rel('share', C, c3, '延吉 2010 = 25.32% × 2223263 = 562930; 2020 = 562930 + 123177 = 686107; 686107 / 1941700 = 35.34%')
S.rel('restatement', C, [F(YBC, '35%'), F(YBC, '35.34%')], 'headline "已占全州人口35%" and text 35.34%')
c8 = [F(YBC, '6市'), F(YBC, '2县'), F(YBC, '8个县(市)')]
S.rel('sum', C, c8, '6 cities + 2 counties = 8 县(市) (each named)')
S.rel('restatement', C, [F(YBP, '4.27万平方公里'), F(YBC, '4.27万平方公里')], 'across documents: 延边 area 4.27万平方公里 in both')
S.rel('sum', U, [F(YBP, '221385人'), F(YBP, '1826675人'), F(YBP, '223540人'), F(YBC, '1941700人'), F(YBC, '281563人')], 'across documents: the profile\'s age groups add to 2271600, the census news puts 2010 at 1941700 + 281563 = 2223263; the profile does not date its age figures (only "compared with 2000"), so they are not keyed as the same count (judgement call, see ANNOTATION.md)')
S.rel('share', U, [F(YBC, '4.27万平方公里'), F(YBC, '四分之一')], '"约占吉林省的四分之一": 吉林\'s area is not stated (unstated base)')

# ---- 盘锦 H1 2021 (report to the 人大常委会)
tr = [F(PJ, '180.8亿元'), F(PJ, '10.7亿元'), F(PJ, '170.1亿元')]
S.rel('sum', C, tr, 'trade 180.8 = exports 10.7 + imports 170.1')
trr = [F(PJ, '180.8亿元'), F(PJ, '87.1%'), F(PJ, '10.7亿元'), F(PJ, '50.9%'), F(PJ, '170.1亿元'), F(PJ, '90.0%')]
S.rel('rate', C, trr, 'last year = 10.7/1.509 + 170.1/1.900 = 96.62; 180.8 / 96.62 = 1.8713 → +87.1%')
S.rel('growth', U, [F(PJ, '5.6%'), F(PJ, '4.5%')], 'GDP +5.6% on H1 2020 and 两年平均4.5% (on H1 2019): the H1 2020 rate is not stated (other period)')
S.rel('growth', U, [F(PJ, '4.5%'), F(PJ, '1.7个百分点')], '"高于全省1.7个百分点": the provincial two-year average is not stated (unstated base)')

# ---- 黑龙江 2010 plan (2009-12), 2010 result (2010-10), 2014 grain
rs_p = [F(HP10, '1.9億畝'), F(HP10, '1.9億畝', n=1)]
S.rel('restatement', C, rs_p, 'headline "將超1.9億畝" and text "將超過1.9億畝": grain area plan')
S.rel('target', M, [F(HP10, '2億畝以上'), F(H10, '2.14亿亩')], 'across documents: the 2010 plan "農作物播種面積將穩定在2億畝以上" against the 2010 result 2.14亿亩: met')
S.rel('target', M, [F(HP10, '1.9億畝', n=1), F(H14, '2億畝以上')], 'across documents: the 2010 grain-area plan (超過1.9億畝) against the 2014 report "糧食作物面積連續第5年保持在2億畝以上" (2010-2014): 2010 grain area ≥ 2億 > 1.9億: met')
S.rel('sum', U, [F(HP10, '7500萬(wàn)畝'), F(HP10, '4100萬(wàn)畝'), F(HP10, '500萬(wàn)畝', pre='小麥面積'), F(HP10, '500萬(wàn)畝', pre='馬鈴薯面積'), F(HP10, '1.9億畝', n=1)], 'corn, rice, wheat and potato (12600萬畝) are some of the grain area, not all (soybeans and others are not given): parts leave something out')
S.rel('growth', U, [F(H10, '千亿斤'), F(HP10, '845億斤')], 'across documents: 2010 grain "突破千亿斤" against the 2008 output 845億斤: other period (2009 output not stated)')
S.rel('restatement', C, [F(H14, '21396.7萬畝'), F(H14, '2億畝以上')], '2014 grain area 21396.7萬畝 ≥ 2億畝 ("連續第5年保持在2億畝以上")')
S.rel('sum', U, [F(H14, '341.2萬畝'), F(H14, '42萬畝'), F(H14, '16737萬畝')], 'rice and corn rose 42萬 of the total 341.2萬; the other crops\' changes are not stated (subset, no split)')
S.rel('share', U, [F(H14, '1352億斤'), F(H14, '50%')], 'the increase is "近50%" of the national increase: neither the province\'s increase nor the national one is stated (unstated bases)')

# ---- 长春 2024 targets (2024-01) and 2024 results
S.rel('target', MS, [F(CCP, '6.5%以上'), F(CC24, '4.8%')], 'across documents: 2024 GDP target 增长6.5%以上 against the 2024 result +4.8%: missed')
S.rel('target', U, [F(CCP, '8%左右'), F(CC24, '4.3%')], 'across documents: the target for gross output of industry above scale (规上工业总产值 +8%左右) against value added of the secondary sector (+4.3%): other indicator')
S.rel('sum', U, [F(CC24, '7632.19億元'), F(CC24, '2699.15億元')], 'the primary and tertiary value added are garbled in the stored text ("507.30鉑億元", "4425蟣痤蓋究74億…"), so the sum 7632.19 cannot be checked from the printed figures (judgement call, see ANNOTATION.md)')

# ---- 吉林 grain procurement 1957-1960 (book quoting 1959 reports)
s57 = [F(JL59, '28。2%'), F(JL59, '71。8%')]
S.rel('sum', C, s57, '1957: procurement share 28.2% + retained share 71.8% = 100')
s60 = [F(JL59, '51。8%'), F(JL59, '48。2%')]
S.rel('sum', C, s60, '1958-60: 51.8% + 48.2% = 100')
S.rel('share', U, [F(JL59, '15。8%'), F(JL59, '75。6%'), F(JL59, '28。2%'), F(JL59, '51。8%')], '28.2% × 1.756 / 1.158 = 42.8%, not 51.8%, but the rise is of 纯征购任务 (net quota) while the shares are of 征购 against 分配产量: other indicator (the book itself notes the two accounts differ)')
S.rel('share', U, [F(JL59, '38。3%'), F(JL59, '41。69%'), F(JL59, '67。46%')], '怀德县: 0.617 × 67.46 / 41.69 = 0.998, i.e. 1960 procurement about equal to 1953, while the text says the 征购任务 (quota) was higher: quota vs grain actually procured, other indicator')
st59 = [F(JL59, '49。27亿斤'), F(JL59, '32亿斤'), F(JL59, '16。8亿斤'), F(JL59, '8900万斤'), F(JL59, '4000万斤'), F(JL59, '8200万斤')]
S.rel('sum', C, st59, 'stock change over the grain year = 49.27 − 32 − 16.8 − 0.89 − 0.40 = −0.82亿斤 = "比上年同期减少8200万斤"')
S.rel('sum', U, [F(JL59, '28。68亿斤'), F(JL59, '15。2亿斤'), F(JL59, '4。99亿斤')], 'sales and shipments to end-May (28.68, 15.2) are parts of the year\'s 32 and 16.8; the June stock 4.99 needs last year\'s stock, not stated (other period, unstated base)')

# ---- 建三江农垦分局 2004
jg = [F(JSJ, '36.1亿元'), F(JSJ, '24.5亿元'), F(JSJ, '3.9亿元'), F(JSJ, '7.7亿元')]
S.rel('sum', C, jg, '24.5 + 3.9 + 7.7 = 36.1')
S.rel('rate', U, [F(JSJ, '30.4%'), F(JSJ, '43.2%'), F(JSJ, '14.8%'), F(JSJ, '7%'), F(JSJ, '24.5亿元'), F(JSJ, '3.9亿元'), F(JSJ, '7.7亿元')], 'real GDP growth from real sector growth needs last year\'s levels at comparable prices (about 30.3% from current-price levels): weights not stated, not a check')
S.rel('share', U, [F(JSJ, '208万吨'), F(JSJ, '39万公顷'), F(JSJ, '376公斤')], '208万吨 / (39万公顷 × 15) = 356公斤 per 亩, not 376: the 39万公顷 is the sown area of all crops, the yield is per 亩 of grain and beans (other scope)')
S.rel('target', M, [F(JSJ, '3 505.66公顷'), F(JSJ, '101.3%')], 'reforestation 3505.66公顷 = 101.3% of the task: met')
S.rel('share', U, [F(JSJ, '4.6亿元'), F(JSJ, '11%'), F(JSJ, '36.1亿元')], 'livestock output 4.6亿 is 11% of gross farm output (about 41.8亿, not stated); 4.6 / 36.1 = 12.7% uses GDP (value added): other indicator')

# ---- 江川农场 and 黑龙江垦区 2012, 垦区 2014
S.rel('share', U, [F(JC12, '4260萬畝'), F(JC12, '215億公斤'), F(JC12, '630公斤')], '215億公斤 / 4260萬畝 = 505公斤 per 亩 against one farm\'s rice yield 630公斤: a target ("力爭") over all crops\' sown area against one work station\'s rice (other scope)')
S.rel('target', U, [F(JC12, '215億公斤'), F(KQ14, '424.2亿斤')], 'across documents: the 垦区 2012 target (215億公斤 = 430亿斤) against the 2013 output 424.2亿斤 ("去年" in a 2014 text): other period')
S.rel('growth', C, [F(KQ14, '424.2亿斤'), F(KQ14, '430亿斤以上')], '2014 estimate ≥ 430 > 2013 output 424.2亿斤: an increase, as "实现十一连增" says')
S.rel('share', U, [F(KQ14, '400亿斤'), F(KQ14, '四分之一')], 'commercial grain "约占全国各省粮食调出总量的四分之一": the national shipments are not stated (unstated base)')
S.rel('sum', U, [F(KQ14, '2265万亩'), F(KQ14, '50万亩')], 'one farm\'s 50万亩 rice inside the 垦区\'s 2265万亩: subset, no split')

# ---- 东北 grain 2015
g1 = [F(DB15, '14800.5万吨'), F(DB15, '62143.5万吨'), F(DB15, '23.8%')]
S.rel('share', C, g1, 'four provinces 14800.5 / 62143.5 = 23.82% → 23.8%')
g2 = [F(DB15, '519.5万吨'), F(DB15, '1440.8万吨'), F(DB15, '36%以上')]
S.rel('share', C, g2, '519.5 / 1440.8 = 36.06% ≥ 36% ("36%以上")')
g3 = [F(DB15, '62143.5万吨'), F(DB15, '1440.8万吨'), F(DB15, '2.4%')]
S.rel('growth', C, g3, '1440.8 / (62143.5 − 1440.8) = 2.37% → 2.4%')
S.rel('share', U, [F(DB15, '17.7%'), F(DB15, '14800.5万吨')], 'the 2003 share 17.7%: 2003 outputs are not stated (other period, unstated base)')

# ---- 佳木斯 2019
dy = [F(JMS, '250亿斤以上'), F(JMS, '14亿人民'), F(JMS, '18天', n=1)]
S.rel('share', C, dy, '250亿斤 / (14亿人 × 1斤 a day) = 17.9 days ≥ 17.5 → "18天" (250 is a lower bound)')
rs_d = [F(JMS, '18天'), F(JMS, '18天', n=1)]
S.rel('restatement', C, rs_d, 'headline and text: 18天')
S.rel('restatement', C, [F(JMS, '超250亿斤'), F(JMS, '250亿斤以上')], 'headline "年产量超250亿斤" and text "稳定在250亿斤以上"')
S.rel('growth', U, [F(JMS, '1012亿元'), F(JMS, '616倍')], 'GDP 1012亿 "是建国初期的616倍": the early-1950s level is not stated (unstated base)')

# ---- 大连 2011 tourism digest
v1 = [F(DL11, '4377.6'), F(DL11, '117.00'), F(DL11, '4260.6')]
S.rel('sum', C, v1, 'visitors 4377.6 = overseas 117.00 + domestic 4260.6 (万人次)')
v2 = [F(DL11, '117.00'), F(DL11, '103.81'), F(DL11, '6.03'), F(DL11, '0.17', pre='澳门 '), F(DL11, '6.99')]
S.rel('sum', C, v2, 'overseas 117.00 = foreigners 103.81 + 香港 6.03 + 澳门 0.17 + 台湾 6.99')
v3 = [F(DL11, '103.81'), F(DL11, '805890'), F(DL11, '146129'), F(DL11, '62315'), F(DL11, '15187'), F(DL11, '3585'), F(DL11, '4944')]
S.rel('sum', C, v3, 'foreigners by continent 805890 + 146129 + 62315 + 15187 + 3585 + 4944 = 1038050 = 103.81万人次')
sp1 = [F(DL11, '24.8', pre='长途交通 '), F(DL11, '20.3', pre='住宿 '), F(DL11, '20.1', pre='餐饮 '), F(DL11, '10.6', pre='游览 '), F(DL11, '17.2', pre='购物 '), F(DL11, '2.4', pre='娱乐 '), F(DL11, '2.3', pre='市内交通 '), F(DL11, '1.2', pre='邮电通讯 '), F(DL11, '1.1', pre='其它 ')]
S.rel('sum', C, sp1, 'overseas spending structure adds to 100.0')
sp2 = [F(DL11, '23.5', pre='长途交通 '), F(DL11, '17.9', pre='住宿 '), F(DL11, '19.3', pre='餐饮 '), F(DL11, '15.5', pre='游览 '), F(DL11, '17.2', pre='购物 ', n=1), F(DL11, '2.1', pre='娱乐 '), F(DL11, '1.2', pre='市内交通 '), F(DL11, '1.1', pre='邮电通讯 '), F(DL11, '2.2', pre='其它 ')]
S.rel('sum', C, sp2, 'domestic spending structure adds to 100.0')
ln1 = [F(DL11, '1782.21'), F(DL11, '4260.6', n=1), F(DL11, '41.83')]
S.rel('share', C, ln1, 'visitors from 辽宁 1782.21 / 4260.6 = 41.83%')
S.rel('share', C, [F(DL11, '394.96'), F(DL11, '4260.6', n=1), F(DL11, '9.27')], 'from 黑龙江 394.96 / 4260.6 = 9.27%')
dom = [F(DL11, '597.90'), F(DL11, '4260.6'), F(DL11, '1403.32')]
S.rel('share', C, dom, 'domestic receipts = 4260.6万人次 × 1403.32元 = 597.90亿元')
vr = [F(DL11, '4377.6'), F(DL11, '12.43'), F(DL11, '117.00'), F(DL11, '0.34'), F(DL11, '4260.6'), F(DL11, '12.80')]
S.rel('rate', C, vr, 'last year = 4260.6/1.128 + 117.00/1.0034 = 3893.7; 4377.6 / 3893.7 = +12.43%')
ovr = [F(DL11, '117.00'), F(DL11, '0.34'), F(DL11, '103.81'), F(DL11, '0.89'), F(DL11, '6.03'), F(DL11, '11.20'), F(DL11, '0.17', pre='澳门 '), F(DL11, '10.01'), F(DL11, '6.99'), F(DL11, '11.26')]
S.rel('rate', C, ovr, 'overseas last year = 103.81/0.9911 + 6.03/1.112 + 0.17/1.1001 + 6.99/1.1126 = 116.60; 117.00 / 116.60 = +0.34%')
S.rel('sum', U, [F(DL11, '650.22'), F(DL11, '597.90'), F(DL11, '80518.85')], 'total receipts 650.22亿 = domestic 597.90亿 + foreign-exchange receipts 80518.85万美元 × the exchange rate, which is not stated (unstated base)')
S.rel('rate', U, [F(DL11, '18.20'), F(DL11, '20.70'), F(DL11, '0.17')], 'total receipts +18.20% from domestic +20.70% and foreign exchange +0.17% (in dollars): the exchange rates of both years are not stated (unstated base)')
S.rel('share', U, [F(DL11, '688.20元/人次'), F(DL11, '203.99美元/人天')], 'spending per visit (元) and per day (美元): length of stay and exchange rate not stated')
S.rel('target', U, [F(LNP, '3207亿元'), F(DL11, '650.22')], 'across documents: 辽宁\'s 2011 target for tourism receipts (3207亿) against 大连\'s 2011 receipts (650.22亿): other place')

# ---- 辽宁 2011 tourism targets
rs_l = [F(LNP, '3000亿元'), F(LNP, '3207亿元')]
S.rel('restatement', C, rs_l, '"首次突破3000亿元" and the target 3207亿元 (> 3000)')
S.rel('growth', U, [F(LNP, '3.1亿人次'), F(LNP, '11.4%'), F(LNP, '415万人次'), F(LNP, '14.8%')], 'domestic and overseas visitor targets with their growth: last year\'s levels are not stated (unstated base)')

# ---- 辽宁 holiday 2020
sh_w = [F(LNH, '540万人次'), F(LNH, '5044万人次'), F(LNH, '10.7%')]
S.rel('share', C, sh_w, 'visitors from other provinces 540 / 5044 = 10.71% → 10.7% ("约540万")')
rs6 = [F(LNH, '6席'), F(LNH, '6席', n=1)]
S.rel('restatement', C, rs6, 'headline "沈阳上6席" and text "沈阳占了6席" (浑南, 沈河, 铁西, 和平, 于洪, 大东 named)')
S.rel('share', U, [F(LNH, '540万人次'), F(LNH, '70%以上')], '"占比达到70%以上" for the north-east and 京津冀 sources: the visitors from those regions are not stated (unstated base)')
S.rel('share', U, [F(LNH, '1925235人次'), F(LNH, '5044万人次')], '浑南区\'s 1925235 is a count of inflow (游客流入量) by county, not a part of a split stated in the text (other indicator)')

# ---- further traps and one more real error
S.rel('rate', U, [F(YBP, '161.2亿元'), F(YBP, '2.5%'), F(YBP, '93.3亿元'), F(YBP, '6.1%')], 'all-level revenue +2.5% cannot be rebuilt from local revenue +6.1%: the remitted part and its growth are not stated (parts leave something out)')
S.rel('share', U, [F(YBP, '4.27万平方公里'), F(YBP, '四分之一')], '"约占吉林省总面积的四分之一": 吉林\'s area is not stated (unstated base)')
S.rel('share', U, [F(HP10, '6500萬(wàn)畝以上'), F(HP10, '90%以上'), F(HP10, '1.9億畝', n=1)], 'the 90% is the share of 優質糧食 in the grain area; the 6500萬畝 are 高產創建 fields of grain and oil crops (6500 / 19000 = 34%): other indicator')
S.rel('target', U, [F(CCP, '6.5%以上'), F(CC24, '5.1%')], 'across documents: the 2024 GDP target against the tertiary sector\'s +5.1%: other indicator')
S.rel('share', U, [F(JL59, '约占80%'), F(JL59, '67。46%'), F(JL59, '41。69%')], '怀德县 shares of 1958-59 (约80%), 1960 (67.46%) and 1953 (41.69%) are of different years and outputs: other period, no relation among them')
S.rel('growth', U, [F(JSJ, '5 775元'), F(JSJ, '19.2%'), F(JSJ, '9 000元')], 'net income per head (5775元, whole population) and farm income per farm worker (9000元): other indicator')
S.rel('growth', U, [F(JMS, '28141元'), F(JMS, '114倍'), F(JMS, '16315元'), F(JMS, '679倍')], 'incomes "是建国初期的114倍和679倍": the early-1950s incomes are not stated (unstated base)')
S.rel('share', U, [F(JMS, '3000万亩'), F(JMS, '250亿斤以上')], '250亿斤 / 3000万亩 = 833斤 per 亩 is not stated; 良田 is farmland, not the grain sown area (no relation)')
S.rel('sum', U, [F(DL11, '17.73'), F(DL11, '4377.6')], 'outbound travellers (公民出境游 17.73万) are no part of the visitors received (4377.6万): other indicator')
S.rel('growth', U, [F(LNP, '3207亿元'), F(LNP, '19.4%')], 'target 3207亿, +19.4%: the 2010 receipts (about 2686亿) are not stated (unstated base)')
S.rel('share', I, [F(DL11, '203.99美元/人天'), F(DL11, '204.70美元/人天'), F(DL11, '295.58美元/人天'), F(DL11, '216.55美元/人天'), F(DL11, '209.21美元/人天')], 'real error: the overall spending per day of overseas visitors (203.99美元) is below that of every group it is made of (foreigners 204.70, 香港 295.58, 澳门 216.55, 台湾 209.21); a weighted average cannot be below its smallest part')

S.rel('growth', U, [F(H14, '1352億斤'), F(HP10, '845億斤')], 'across documents: 2014 output 1352億斤 against 2008 output 845億斤: no growth over the span is stated (other period, nothing to check)')
S.rel('sum', U, [F(KQ14, '2265万亩'), F(JC12, '4260萬畝')], 'across documents: 垦区 rice area 2014 (2265万亩) against all crops\' sown area 2012 (4260萬畝): other period and indicator')
S.rel('share', U, [F(DB15, '14800.5万吨'), F(H14, '1352億斤')], 'across documents: four provinces\' 2015 grain (14800.5万吨) against 黑龙江\'s 2014 grain (1352億斤 = 6760万吨): other place and period, no share stated')

# ---- altered copies
a = ALT(YC, 1, F(YC, '19个'), '17个', 'nearly exhausted bureaus 19 → 17')
S.rel('sum', I, R(a, yb, F(YC, '19个'), '17个'), 'altered: 11 + 17 + 10 = 38, not 40 (breaks {B})')
S.rel('share', I, R(a, y2, F(YC, '19个'), '17个'), 'altered: 17 / 40 = 42.5%, not 48% (breaks {B})')
a = ALT(YBP, 1, bd[2], '282.7公里', 'China-Russia border 232.7 → 282.7公里')
S.rel('sum', I, R(a, bd, bd[2], '282.7公里'), 'altered: 522.5 + 282.7 = 805.2, not 755.2 (breaks {B})')
a = ALT(YBP, 2, ur[0], '156.0万人', 'urban population 150.0 → 156.0万')
S.rel('share', I, R(a, ur, ur[0], '156.0万人'), 'altered: 156.0 / 213.6 = 73.0%, not 70.2% (breaks {B})')
a = ALT(YBP, 3, dch[2], '3.82个百分点', 'rise of the 65+ share 3.52 → 3.82 points')
S.rel('sum', I, R(a, dch, dch[2], '3.82个百分点'), 'altered: −7.46 + 3.94 + 3.82 = +0.30, not 0 (breaks {B})')
a = ALT(YBC, 1, c1[2], '12.86%', 'decline 12.66% → 12.86%')
S.rel('growth', I, R(a, c1, c1[2], '12.86%'), 'altered: 281563 / 2223263 = 12.66%, not 12.86% (breaks {B})')
a = ALT(YBC, 2, c3[2], '153177人', '延吉 increase 123177 → 153177')
S.rel('share', I, R(a, c3, c3[2], '153177人'), 'altered: (562930 + 153177) / 1941700 = 36.88%, not 35.34% (breaks {B})')
a = ALT(PJ, 1, tr[2], '178.1亿元', 'imports 170.1 → 178.1亿')
S.rel('sum', I, R(a, tr, tr[2], '178.1亿元'), 'altered: 10.7 + 178.1 = 188.8, not 180.8 (breaks {B})')
a = ALT(PJ, 2, trr[3], '30.9%', 'export growth 50.9% → 30.9%')
S.rel('rate', I, R(a, trr, trr[3], '30.9%'), 'altered: 10.7/1.309 + 170.1/1.9 = 97.70; 180.8 / 97.70 = +85.1%, not +87.1% (breaks {B})')
a = ALT(HP10, 1, rs_p[1], '1.6億畝', 'grain-area plan in the text 1.9 → 1.6億畝')
S.rel('restatement', I, R(a, rs_p, rs_p[1], '1.6億畝'), 'altered: 超1.9億畝 in the headline, 超過1.6億畝 in the text (breaks {B})')
h14r = [F(H14, '21396.7萬畝'), F(H14, '2億畝以上')]
a = ALT(H14, 1, h14r[0], '19396.7萬畝', '2014 grain area 21396.7 → 19396.7萬畝')
S.rel('restatement', I, R(a, h14r, h14r[0], '19396.7萬畝'), 'altered: 19396.7萬畝 is below 2億畝, against "連續第5年保持在2億畝以上" (breaks {B})')
a = ALT(JL59, 1, s57[1], '74。8%', '1957 retained share 71.8 → 74.8%')
S.rel('sum', I, R(a, s57, s57[1], '74。8%'), 'altered: 28.2 + 74.8 = 103, not 100 (breaks {B})')
a = ALT(JL59, 2, st59[0], '46。27亿斤', 'procurement 49.27 → 46.27亿斤')
S.rel('sum', I, R(a, st59, st59[0], '46。27亿斤'), 'altered: 46.27 − 32 − 16.8 − 0.89 − 0.40 = −3.82亿斤, not −0.82 (breaks {B})')
a = ALT(JSJ, 1, jg[3], '9.7亿元', 'tertiary value added 7.7 → 9.7亿')
S.rel('sum', I, R(a, jg, jg[3], '9.7亿元'), 'altered: 24.5 + 3.9 + 9.7 = 38.1, not 36.1 (breaks {B})')
a = ALT(DB15, 1, g1[0], '14300.5万吨', 'four-province grain 14800.5 → 14300.5万吨')
S.rel('share', I, R(a, g1, g1[0], '14300.5万吨'), 'altered: 14300.5 / 62143.5 = 23.0%, not 23.8% (breaks {B})')
a = ALT(DB15, 2, g2[0], '419.5万吨', 'four-province increase 519.5 → 419.5万吨')
S.rel('share', I, R(a, g2, g2[0], '419.5万吨'), 'altered: 419.5 / 1440.8 = 29.1%, not "36%以上" (breaks {B})')
a = ALT(JMS, 1, dy[2], '15天', 'days of grain in the text 18 → 15')
S.rel('share', I, R(a, dy, dy[2], '15天'), 'altered: 250亿斤 / 14亿人 = 17.9 days, not 15 (breaks {B})')
S.rel('restatement', I, R(a, rs_d, rs_d[1], '15天'), 'altered: 18天 in the headline, 15天 in the text (breaks {B})')
a = ALT(DL11, 1, v3[2], '148129', 'visitors from Europe 146129 → 148129')
S.rel('sum', I, R(a, v3, v3[2], '148129'), 'altered: the continents add to 1040050, not 103.81万 (breaks {B})')
a = ALT(DL11, 2, sp1[1], '23.3', 'overseas lodging share 20.3 → 23.3')
S.rel('sum', I, R(a, sp1, sp1[1], '23.3'), 'altered: the overseas spending structure adds to 103.0 (breaks {B})')
a = ALT(DL11, 3, ln1[0], '1732.21', 'visitors from 辽宁 1782.21 → 1732.21')
S.rel('share', I, R(a, ln1, ln1[0], '1732.21'), 'altered: 1732.21 / 4260.6 = 40.66%, not 41.83% (breaks {B})')
a = ALT(DL11, 4, dom[2], '1463.32', 'domestic spending per visit 1403.32 → 1463.32元')
S.rel('share', I, R(a, dom, dom[2], '1463.32'), 'altered: 4260.6万 × 1463.32元 = 623.5亿, not 597.90亿 (breaks {B})')
a = ALT(LNP, 1, rs_l[1], '2907亿元', 'target receipts 3207 → 2907亿')
S.rel('restatement', I, R(a, rs_l, rs_l[1], '2907亿元'), 'altered: a target of 2907亿 does not "首次突破3000亿元" (breaks {B})')
a = ALT(LNH, 1, sh_w[2], '12.7%', 'share of out-of-province visitors 10.7 → 12.7%')
S.rel('share', I, R(a, sh_w, sh_w[2], '12.7%'), 'altered: 540 / 5044 = 10.7%, not 12.7% (breaks {B})')
a = ALT(LNH, 2, rs6[1], '5席', 'Shenyang places in the text 6 → 5')
S.rel('restatement', I, R(a, rs6, rs6[1], '5席'), 'altered: 6席 in the headline, 5席 in the text (breaks {B})')
a = ALT(YBP, 4, ko[2], '38.2%', 'Korean share 36.2% → 38.2%')
S.rel('share', I, R(a, ko, ko[2], '38.2%'), 'altered: 77.4 / 213.6 = 36.2%, not 38.2% (breaks {B})')
a = ALT(YBC, 3, c2[2], '1.64%', 'yearly decline 1.34% → 1.64%')
S.rel('growth', I, R(a, c2, c2[2], '1.64%'), 'altered: (1941700 / 2223263)^(1/10) − 1 = −1.34% a year, not −1.64% (breaks {B})')
a = ALT(YBC, 4, c8[1], '3县', 'counties 2 → 3')
S.rel('sum', I, R(a, c8, c8[1], '3县'), 'altered: 6 + 3 = 9, not 8 县(市) (breaks {B}; the list still names two counties)')
a = ALT(JL59, 3, s60[1], '43。2%', '1958-60 retained share 48.2 → 43.2%')
S.rel('sum', I, R(a, s60, s60[1], '43。2%'), 'altered: 51.8 + 43.2 = 95, not 100 (breaks {B})')
a = ALT(DB15, 3, g3[2], '2.9%', 'national growth 2.4% → 2.9%')
S.rel('growth', I, R(a, g3, g3[2], '2.9%'), 'altered: 1440.8 / 60702.7 = 2.4%, not 2.9% (breaks {B})')
for r in S.rels:
    if '{B}' not in r['why']: continue
    key = sorted((f['doc'].split('_alt')[0] + ('.txt' if '_alt' in f['doc'] else ''), f['start']) for f in r['figures'])
    base = [b['id'] for b in S.rels if '_alt' not in ''.join(b['docs']) and b['kind'] == r['kind']
            and sorted((f['doc'], f['start']) for f in b['figures']) == key]
    assert len(base) == 1, (r['id'], base, key)
    r['why'] = r['why'].replace('{B}', base[0])
S.write()

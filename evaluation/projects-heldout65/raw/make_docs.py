#!/usr/bin/env python3
"""Write docs/ from the stored search excerpts in ex/*.json (JSON string literals copied from the
search tool's answers), dropping page furniture as listed in ANNOTATION.md."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(HERE), "docs")
os.makedirs(DOCS, exist_ok=True)

def drop_prefix(t, p):
    assert t.startswith(p), p
    return t[len(p):]

def drop_suffix(t, s):
    assert t.endswith(s), s
    return t[:-len(s)]

SPEC = {
 "nat_2010.json": ("nat_2010_west_23_projects.txt", None, "\n|"),
 "jx_2020.json": ("jx_2020_road_water_hant.txt", None, None),
 "js_1994.json": ("js_1994_lianyungang.txt", "论文部分内容阅读\n", None),
 "js_2009.json": ("js_2009_rail.txt", None, "\n我来说两句"),
 "js_xuzhou_2017.json": ("js_xuzhou_2017.txt", None, None),
 "ah_hefei_2008.json": ("ah_hefei_2008_hant.txt", None, None),
 "jx_2016.json": ("jx_2016_13fyp.txt", None, None),
 "sd_2012.json": ("sd_2012_expressways.txt",
     "您当前的位置:中国国情 > 今日国情 > 今日省情 > 山东 >\n\n往届回顾\n\n2008版中国年鉴\n\n入编邀请更多>>\n\n2010版国情\n\n新中国六十年来的伟大历史实践证明,走建设有中国特色的社会主义道路,是符合中国国情的基本道路,是唯一正确的科学发展之路,是中华民族走向伟大复兴的必由之路!为贯彻落\n\n",
     "\n\n分享到: 欢迎发表评论我要评论\n\n微博推举 | 今日微博热门(编辑:SN026)"),
 "sd_jining_2017.json": ("sd_jining_2017.txt", None, None),
 "ha_2014.json": ("ha_2014_report_hant.txt", "中國混凝土網\n當前位置: 首頁 » 資訊 » 行業動態 » 正文\n\n", None),
 "ha_zhoukou_2020.json": ("ha_zhoukou_2020_hant.txt", None, None),
 "hb_2016.json": ("hb_2016_13fyp.txt", "首页 > > 正文\n", None),
 "hb_jingzhou.json": ("hb_jingzhou_c2019.txt", None,
     "\n\n\n评论一下\n评论 0人参与,0条评论\n还没有评论,快来抢沙发吧!\n最热评论\n最新评论\n已有0人参与,点击查看更多精彩评论"),
 "hn_2014.json": ("hn_2014_huaishaoheng_hant.txt", None, None),
 "zj_ningbo_2014.json": ("zj_ningbo_2014_report.txt", None, None),
 "zj_cangnan_2011.json": ("zj_cangnan_2011.txt", None, None),
}
for src, (dst, pre, suf) in SPEC.items():
    t = json.load(open(os.path.join(HERE, "ex", src), encoding="utf-8"))
    if pre: t = drop_prefix(t, pre)
    if suf: t = drop_suffix(t, suf)
    if src == "ah_hefei_2008.json":
        # the page repeats its body; the doc keeps the prefix up to the end of the first copy
        k = t.find("列入合肥市", t.find("列入合肥市") + 1)
        t = t[:k]
    with open(os.path.join(DOCS, dst), "w", encoding="utf-8") as fh:
        fh.write(t)
    print(f"{dst:34} {len(t)}")

import json,re,os,collections
docs={}
regs=[json.loads(l) for l in open("regions.jsonl",encoding="utf-8")]
gold=[json.loads(l) for l in open("gold.jsonl",encoding="utf-8")]
PY=re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)")
def strip(s): return PY.sub("",s)
for r in regs:
    t=open("docs/"+r["doc"],encoding="utf-8").read(); docs[r["doc"]]=t
    p=t[r["start"]:r["end"]]
    assert p.endswith("。"), r
    assert r["start"]==0 or t[r["start"]-1] in "\n。", r
    print(f'{r["doc"]:36} {r["start"]:4}-{r["end"]:4} {len(p):4} nopy={len(strip(p)):4} begins={p[:10]!r}')
pairs=collections.Counter(); bad=0
for g in gold:
    t=docs[g["doc"]]
    assert t[g["start"]:g["end"]]==g["text"], g
    assert any(r["doc"]==g["doc"] and r["start"]<=g["start"] and g["end"]<=r["end"] for r in regs), g
    src="".join(strip(g["text"]).split())
    nm=g["name"]
    if len(src)!=len(nm): print("LEN", g["text"], nm); bad+=1; continue
    for a,b in zip(src,nm):
        if a!=b: pairs[(a,b)]+=1
print("bad",bad)
print(len(pairs),"pairs:"," ".join(a+b for (a,b) in sorted(pairs)))
req=[g for g in gold if not g.get("optional")]
print("facts",len(gold),"req",len(req),"distinct names",len(set(g["name"] for g in gold)))
for r in regs:
    n=sum(1 for g in gold if g["doc"]==r["doc"] and not g.get("optional")); o=sum(1 for g in gold if g["doc"]==r["doc"] and g.get("optional"))
    print(r["doc"],n,o)

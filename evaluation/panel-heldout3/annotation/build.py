"""Builds panel key files from the compact cell lists below; checks every text/anchor against the docs."""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
G, M, Q, R = 'growth', 'money', 'quantity', 'ratio'
GDP, IND, REV, JOB, RET, FAI, INC, CPI = ('地区生产总值', '规模以上工业增加值', '一般公共预算收入', '城镇新增就业',
                                          '社会消费品零售总额', '固定资产投资', '居民人均可支配收入', '居民消费价格')
UNIT = {G: '%', M: '元', Q: '人', R: '%'}
YI, WAN, WANYI = 1e8, 1e4, 1e12

def load(split, doc):
    return open(os.path.join(ROOT, 'docs', doc), encoding='utf-8').read()

def locate(t, text, anchor, doc):
    n = t.count(anchor)
    if n != 1:
        sys.exit(f'{doc}: anchor found {n} times: {anchor}')
    if anchor.count(text) != 1:
        sys.exit(f'{doc}: text {text!r} occurs {anchor.count(text)} times in anchor {anchor!r}')
    s = t.index(anchor) + anchor.index(text)
    return s, s + len(text)

def build(split, cells, negs):
    out = []
    for c in cells:
        (doc, ind, typ, region, period, status, value, text, anchor), kw = c[:9], (c[9] if len(c) > 9 else {})
        t = load(split, doc)
        s, e = locate(t, text, anchor, doc)
        row = dict(doc=doc, indicator=ind, type=typ, region=region, period=period, status=status,
                   value=value, value_max=kw.get('max'), qualifier=kw.get('q'), unit=kw.get('unit', UNIT[typ]),
                   text=text, anchor=anchor, start=s, end=e)
        if kw.get('opt'): row['optional'] = True
        if kw.get('note'): row['note'] = kw['note']
        if kw.get('also'):
            row['also'] = []
            for txt, anc in kw['also']:
                s2, e2 = locate(t, txt, anc, doc)
                row['also'].append(dict(text=txt, anchor=anc, start=s2, end=e2))
        out.append(row)
    keys = {}
    for r in out:
        if r.get('optional'): continue
        k = (r['doc'], r['indicator'], r['type'], r['region'], r['period'], r['status'], r.get('note', '')[:4] if 'real' in r.get('note', '') else '')
        if k in keys: sys.exit(f'duplicate cell {k}: {r["text"]} / {keys[k]}')
        keys[k] = r['text']
    with open(os.path.join(ROOT, 'cells.jsonl'), 'w', encoding='utf-8') as f:
        for r in out: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    nout = []
    for doc, text, anchor, why in negs:
        t = load(split, doc); s, e = locate(t, text, anchor, doc)
        nout.append(dict(doc=doc, text=text, anchor=anchor, start=s, end=e, why=why))
    with open(os.path.join(ROOT, 'negatives.jsonl'), 'w', encoding='utf-8') as f:
        for r in nout: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    docs = sorted({r['doc'] for r in out})
    print(split, 'cells', len(out), 'scored', sum(1 for r in out if not r.get('optional')), 'optional',
          sum(1 for r in out if r.get('optional')), 'negatives', len(nout), 'docs', len(docs))

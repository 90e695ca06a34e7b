"""Checks every text/anchor against the docs at the given offsets (Python str offsets, end exclusive)."""
import json, os, collections
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = {f: open(os.path.join(R, 'docs', f), encoding='utf-8').read() for f in os.listdir(os.path.join(R, 'docs'))}
n = 0; per = collections.Counter()
for fn in ('cells.jsonl', 'negatives.jsonl'):
    for line in open(os.path.join(R, fn), encoding='utf-8'):
        r = json.loads(line); t = docs[r['doc']]
        for x in [r] + r.get('also', []):
            assert t[x['start']:x['end']] == x['text'], (r['doc'], x)
            assert t.count(x['anchor']) == 1 and x['text'] in x['anchor'], x
            a = t.index(x['anchor']); assert a <= x['start'] and x['end'] <= a + len(x['anchor'])
            n += 1
        per[(fn, r['doc'])] += 1
# negatives must not overlap cells
cells = [json.loads(l) for l in open(os.path.join(R, 'cells.jsonl'), encoding='utf-8')]
negs = [json.loads(l) for l in open(os.path.join(R, 'negatives.jsonl'), encoding='utf-8')]
for g in negs:
    for c in cells:
        for x in [c] + c.get('also', []):
            if c['doc'] == g['doc'] and x['start'] < g['end'] and g['start'] < x['end']:
                raise SystemExit(f'negative overlaps cell: {g} / {x}')
for d in sorted(docs): print(d, per[('cells.jsonl', d)], per[('negatives.jsonl', d)])
print('spans checked', n, 'OK')

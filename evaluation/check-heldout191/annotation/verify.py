"""Independent check: offsets, anchors, one change per altered copy, every doc used."""
import json, os, difflib
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
D = os.path.join(R, 'docs')
rels = [json.loads(l) for l in open(os.path.join(R, 'key.jsonl'), encoding='utf-8')]
alts = [json.loads(l) for l in open(os.path.join(R, 'alterations.jsonl'), encoding='utf-8')]
txt = {f: open(os.path.join(D, f), encoding='utf-8').read() for f in os.listdir(D)}
n = 0
for r in rels:
    assert r['docs'] == sorted({f['doc'] for f in r['figures']}), r['id']
    for f in r['figures']:
        t = txt[f['doc']]
        assert t[f['start']:f['end']] == f['text'], (r['id'], f)
        assert t.count(f['anchor']) == 1 and f['anchor'].count(f['text']) == 1, (r['id'], f)
        a = t.index(f['anchor']); assert a <= f['start'] and f['end'] <= a + len(f['anchor']), (r['id'], f)
        n += 1
for a in alts:
    s, t = txt[a['source']], txt[a['doc']]
    assert len(s) == len(t) and s.replace(a['original'], a['altered']) == t
    diff = [i for i in range(len(s)) if s[i] != t[i]]
    assert diff and diff[-1] - diff[0] < 8, a   # one figure changed
    assert any(a['doc'] in r['docs'] for r in rels), a['doc']
used = {d for r in rels for d in r['docs']}
print('figures', n, 'relations', len(rels), 'docs in key', len(used), 'files', len(txt), 'unused files', sorted(set(txt) - used))
for f, t in txt.items():
    assert '\r' not in t and t.endswith('\n')

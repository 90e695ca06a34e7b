"""Check key builder (same as evalsets/check/annotation/build.py, flat docs/ as in main/evaluation/check-heldout):
makes altered copies, verifies every figure's text/anchor and offsets, writes key.jsonl and alterations.jsonl."""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
class Split:
    def __init__(self, name):
        self.name, self.rels, self.alts = name, [], []
        self.dir = os.path.join(ROOT, 'docs')
    def read(self, doc):
        return open(os.path.join(self.dir, doc), encoding='utf-8').read()
    def alt(self, src, n, old, new, what):
        t = self.read(src)
        if t.count(old) != 1: sys.exit(f'{src}: alteration anchor found {t.count(old)} times: {old}')
        name = src[:-4] + f'_alt{n}.txt'
        with open(os.path.join(self.dir, name), 'w', encoding='utf-8') as f: f.write(t.replace(old, new))
        self.alts.append(dict(doc=name, source=src, original=old, altered=new, what=what))
        return name
    def rel(self, kind, verdict, figs, why):
        out = []
        for doc, text, anchor in figs:
            t = self.read(doc)
            if t.count(anchor) != 1: sys.exit(f'{doc}: anchor found {t.count(anchor)} times: {anchor}')
            if anchor.count(text) != 1: sys.exit(f'{doc}: text {text} not once in anchor {anchor}')
            s = t.index(anchor) + anchor.index(text)
            assert t[s:s + len(text)] == text
            out.append(dict(doc=doc, text=text, anchor=anchor, start=s, end=s + len(text)))
        docs = sorted({f['doc'] for f in out})
        self.rels.append(dict(id=f'{self.name}-{len(self.rels)+1:02d}', docs=docs, kind=kind, verdict=verdict, figures=out, why=why))
    def write(self):
        with open(os.path.join(ROOT, 'key.jsonl'), 'w', encoding='utf-8') as f:
            for r in self.rels: f.write(json.dumps(r, ensure_ascii=False) + '\n')
        with open(os.path.join(ROOT, 'alterations.jsonl'), 'w', encoding='utf-8') as f:
            for r in self.alts: f.write(json.dumps(r, ensure_ascii=False) + '\n')
        from collections import Counter
        print(self.name, len(self.rels), dict(Counter(r['verdict'] for r in self.rels)), dict(Counter(r['kind'] for r in self.rels)),
              'docs', len({d for r in self.rels for d in r['docs']}), 'alts', len(self.alts))

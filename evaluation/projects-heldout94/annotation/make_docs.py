#!/usr/bin/env python3
"""Write docs/*.txt from make_docs1.py and make_docs2.py (texts as the search tool returned them, page furniture noted in ANNOTATION.md dropped)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_docs1, make_docs2
D = dict(make_docs1.DOCS); D.update(make_docs2.DOCS)
out = os.path.join(os.path.dirname(HERE), "docs")
os.makedirs(out, exist_ok=True)
for k, v in sorted(D.items()):
    with open(os.path.join(out, k), "w", encoding="utf-8") as fh:
        fh.write(v)
    print(f"{k:34} {len(v):5}")

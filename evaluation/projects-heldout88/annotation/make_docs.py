#!/usr/bin/env python3
"""Write docs/ from the hand-copied search excerpts in docs_part*.py."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_part1, docs_part2, docs_part3
os.makedirs(os.path.join(ROOT, "docs"), exist_ok=True)
for m in (docs_part1, docs_part2, docs_part3):
    for name, text in m.DOCS.items():
        with open(os.path.join(ROOT, "docs", name), "w", encoding="utf-8") as fh:
            fh.write(text)
        print(name, len(text))

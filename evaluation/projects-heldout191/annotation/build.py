#!/usr/bin/env python3
"""Turn facts.py into draft.jsonl + regions.jsonl (seventh held-out project set; script of the second set, unchanged).

Each fact is found in its passage in text order (search starts at the previous fact's
start); an anchor (the shortest context around it that is unique in the document) is
written so that gold_resolve.py can place it. Run from the set's folder:
  python3 annotation/build.py && python3 /work/shared/tools/gold_resolve.py docs draft.jsonl gold.jsonl
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from facts import PASSAGES


def region(text, start_marker, end_marker):
    s = text.find(start_marker)
    assert s >= 0 and text.find(start_marker, s + 1) < 0, f"start marker not unique: {start_marker}"
    ls = text.rfind("\n", 0, s) + 1
    if s > 0 and text[s - 1] not in "\n。":
        assert text[ls:s].strip() == "", f"passage does not start at a line start or after 。: {start_marker}"
        s = ls
    e = text.find(end_marker, s)
    assert e >= 0, f"end marker not found: {end_marker}"
    e += len(end_marker)
    assert text[e - 1] == "。"
    return s, e


def anchor(text, a, b):
    for w in range(0, 60):
        lo, hi = max(0, a - w), min(len(text), b + w)
        cand = text[lo:hi]
        k = text.find(cand)
        if text.find(cand, k + 1) < 0:
            return cand
    raise SystemExit(f"no unique anchor for {text[a:b]}")


def main(verbose=False):
    draft, regions = [], []
    for doc, sm, em, facts in PASSAGES:
        text = open(os.path.join(ROOT, "docs", doc), encoding="utf-8").read()
        s, e = region(text, sm, em)
        n = e - s
        if not 250 <= n <= 1000:
            print(f"warning: {doc} passage has {n} chars")
        regions.append({"doc": doc, "start": s, "end": e})
        cur, placed = s, []
        for t, name, opt in facts:
            k = text.find(t, cur)
            while k >= 0 and any(k == a and t == u for a, u, _ in placed):
                k = text.find(t, k + 1)
            assert 0 <= k and k + len(t) <= e, f"{doc}: {t!r} not found in order inside passage"
            if not opt:
                # a required fact never lies inside another required fact's span
                for a, u, o in placed:
                    assert o or not (a <= k and k + len(t) <= a + len(u)), f"{doc}: {t!r} inside {u!r}"
            placed.append((k, t, opt))
            cur = k
            nm = name if name is not None else "".join(t.split())
            f = {"doc": doc, "type": "project", "text": t, "name": nm}
            if opt:
                f["optional"] = True
            f["anchor"] = anchor(text, k, k + len(t))
            draft.append(f)
            if verbose:
                print(f"{doc[:18]:18} {k:5} {'O' if opt else 'R'} {t} | {text[max(s,k-8):k]}[{t}]{text[k+len(t):k+len(t)+6]}")
    with open(os.path.join(ROOT, "draft.jsonl"), "w", encoding="utf-8") as fh:
        for f in draft:
            fh.write(json.dumps(f, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "regions.jsonl"), "w", encoding="utf-8") as fh:
        for r in regions:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    req = sum(1 for f in draft if not f.get("optional"))
    print(f"{len(regions)} passages, {len(draft)} facts, {req} required, {len(draft) - req} optional")


if __name__ == "__main__":
    main("-v" in sys.argv)

"""Draws 30 register entries never judged before, with their context, for blind judging (each round's draw.py names its seed)."""
import json, random, subprocess, glob, os, sys


def draw(seed, out_path):
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
    dirs = ['evaluation/corpus/provincial-2026'] + sorted(glob.glob('evaluation/recent-reports*/docs'))
    out = subprocess.run(['bin/govfacts', 'projects', '--format', 'jsonl'] + dirs, capture_output=True, text=True).stdout
    judged = set()
    for f in glob.glob('evaluation/register*/register-judged.tsv'):
        for line in open(f, encoding='utf-8').read().splitlines()[1:]:
            cells = line.split('\t')
            if len(cells) > 2:
                judged.add(cells[2])
    paths = {}
    for d in dirs:
        for p in glob.glob(d + '/*'):
            paths[os.path.basename(p)] = p
    entries = [json.loads(l) for l in out.splitlines() if l.strip()]
    fresh = [e for e in entries if e['name'] not in judged]
    print(len(entries), 'entries,', len(fresh), 'never judged', file=sys.stderr)
    rows = ['number\tname\tcontext']
    for i, e in enumerate(random.Random(seed).sample(fresh, 30), 1):
        m = e['mentions'][0]
        t = open(paths[m['doc']], encoding='utf-8', errors='replace').read()
        ctx = t[max(0, m['start'] - 150):m['start']] + '【' + t[m['start']:m['end']] + '】' + t[m['end']:m['end'] + 150]
        rows.append('%d\t%s\t%s' % (i, e['name'], ctx.replace('\t', ' ').replace('\n', ' ')))
    open(out_path, 'w', encoding='utf-8').write('\n'.join(rows) + '\n')

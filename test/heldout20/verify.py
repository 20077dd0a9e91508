#!/usr/bin/env python3
"""Sanity check for the heldout20 set: every document has an .expect.yml,
every label has a known family, and its `text` occurs on its stated `line`."""
import os, sys, yaml
D = os.path.dirname(os.path.abspath(__file__))
FAM = {'kebencian','provokasi','hoaks','netralitas','data-pribadi','kerahasiaan','kesantunan'}
errs = 0; counts = {f: 0 for f in FAM}; clean = 0; docs = 0
for f in sorted(os.listdir(D)):
    if not f.endswith(('.md', '.txt')) or f == 'README.md':
        continue
    docs += 1
    exp = os.path.join(D, f.rsplit('.', 1)[0] + '.expect.yml')
    if not os.path.exists(exp):
        print('MISSING expect for', f); errs += 1; continue
    lines = open(os.path.join(D, f), encoding='utf-8').read().split('\n')
    labels = yaml.safe_load(open(exp, encoding='utf-8'))
    if not isinstance(labels, list):
        print('BAD yaml', exp); errs += 1; continue
    if not labels:
        clean += 1
    for lb in labels:
        if set(lb) != {'family', 'line', 'text', 'why'} or lb['family'] not in FAM:
            print('BAD label', f, lb); errs += 1; continue
        counts[lb['family']] += 1
        n = lb['line']
        if not (1 <= n <= len(lines)) or lb['text'] not in lines[n - 1]:
            print('MISMATCH', f, n, lb['text']); errs += 1
print(f'{docs} documents, {clean} clean, {sum(counts.values())} labels')
for k in sorted(counts):
    print(f'  {k}: {counts[k]}')
print('OK' if not errs else f'{errs} ERRORS')
sys.exit(1 if errs else 0)

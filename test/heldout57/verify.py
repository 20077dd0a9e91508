#!/usr/bin/env python3
"""Check that every document has an .expect.yml and every label's text occurs on its stated line."""
import os, sys, collections
try:
    import yaml
except ImportError:
    yaml = None
here = os.path.dirname(os.path.abspath(__file__))
FAMS = {'kebencian','provokasi','hoaks','netralitas','data-pribadi','kerahasiaan','kesantunan'}
errors = 0; counts = collections.Counter(); clean = 0; docs = 0
for name in sorted(os.listdir(here)):
    if name == 'README.md' or not (name.endswith('.md') or name.endswith('.txt')):
        continue
    docs += 1
    base = name.rsplit('.', 1)[0]
    yml = os.path.join(here, base + '.expect.yml')
    if not os.path.exists(yml):
        print('MISSING', yml); errors += 1; continue
    lines = open(os.path.join(here, name), encoding='utf-8').read().split('\n')
    labels = yaml.safe_load(open(yml, encoding='utf-8')) if yaml else None
    if labels is None and yaml is None:
        import json, re
        labels = []
        cur = None
        for l in open(yml, encoding='utf-8'):
            m = re.match(r'^(- )?\s*(\w[\w-]*): (.*)$', l.rstrip('\n'))
            if not m: continue
            if m.group(1): cur = {}; labels.append(cur)
            v = m.group(3)
            cur[m.group(2)] = json.loads(v) if v.startswith('"') else (int(v) if v.isdigit() else v)
    if not labels:
        clean += 1; continue
    for lab in labels:
        fam, ln, text = lab['family'], lab['line'], lab['text']
        if fam not in FAMS:
            print('BAD FAMILY', name, fam); errors += 1
        if not (1 <= ln <= len(lines)) or text not in lines[ln-1]:
            print('MISMATCH', name, ln, text); errors += 1
        counts[fam] += 1
print(f'{docs} documents, {clean} clean, labels per family: {dict(sorted(counts.items()))}')
sys.exit(1 if errors else 0)

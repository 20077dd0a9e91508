import os, sys, yaml, re, collections
d = os.path.dirname(os.path.abspath(__file__))
FAM = {'kebencian','provokasi','hoaks','netralitas','data-pribadi','kerahasiaan','kesantunan'}
fix = '--fix' in sys.argv
ok = True; counts = collections.Counter(); clean = 0; docs = 0
for f in sorted(os.listdir(d)):
    if not (f.endswith('.md') or f.endswith('.txt')) or f == 'README.md': continue
    docs += 1
    base = f.rsplit('.',1)[0]; exp = os.path.join(d, base + '.expect.yml')
    if not os.path.exists(exp): print('MISSING', exp); ok = False; continue
    lines = open(os.path.join(d,f), encoding='utf-8').read().split('\n')
    raw = open(exp, encoding='utf-8').read()
    labels = yaml.safe_load(raw) or []
    if not labels: clean += 1
    words = len(open(os.path.join(d,f)).read().split())
    newraw = raw
    for l in labels:
        assert set(l) == {'family','line','text','why'}, (f, l)
        if l['family'] not in FAM: print('BADFAM', f, l['family']); ok = False
        counts[l['family']] += 1
        ln = l['line']
        if not (1 <= ln <= len(lines) and l['text'] in lines[ln-1]):
            hits = [i+1 for i, s in enumerate(lines) if l['text'] in s]
            print('MISMATCH', f, 'stated', ln, 'found', hits, l['text'][:50]); ok = False
            if fix and len(hits) == 1:
                newraw = re.sub(r"(- family: %s\n  line: )%d(\n  text: '%s)" % (re.escape(l['family']), ln, re.escape(l['text'].replace("'", "''"))), r"\g<1>%d\g<2>" % hits[0], newraw, count=1)
    if newraw != raw: open(exp, 'w', encoding='utf-8').write(newraw); print('fixed', exp)
    print(f'{f:50s} words={words:4d} labels={len(labels)}')
print('docs', docs, 'clean', clean, dict(counts), 'total', sum(counts.values()))
print('OK' if ok else 'PROBLEMS')

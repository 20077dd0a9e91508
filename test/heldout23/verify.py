import os, sys, yaml, collections
d = os.path.dirname(os.path.abspath(__file__))
docs = sorted(f for f in os.listdir(d) if (f.endswith('.md') or f.endswith('.txt')) and f != 'README.md')
bad = 0; fam = collections.Counter(); famdocs = collections.defaultdict(set); clean = 0
FAM = {'kebencian','provokasi','hoaks','netralitas','data-pribadi','kerahasiaan','kesantunan'}
for f in docs:
    base = f.rsplit('.',1)[0]
    exp = os.path.join(d, base + '.expect.yml')
    if not os.path.exists(exp):
        print('MISSING', exp); bad += 1; continue
    labels = yaml.safe_load(open(exp, encoding='utf-8'))
    lines = open(os.path.join(d,f), encoding='utf-8').read().split('\n')
    if not labels: clean += 1
    for l in labels or []:
        assert set(l) == {'family','line','text','why'}, (f, l)
        if l['family'] not in FAM: print('BADFAM', f, l); bad += 1
        fam[l['family']] += 1; famdocs[l['family']].add(base)
        ln = l['line']
        if not (1 <= ln <= len(lines)) or l['text'] not in lines[ln-1]:
            where = [i+1 for i,x in enumerate(lines) if l['text'] in x]
            print('MISMATCH', f, ln, repr(l['text'][:50]), 'found at', where); bad += 1
print('docs', len(docs), 'clean', clean)
for k in sorted(FAM): print(k, fam[k], 'labels in', len(famdocs[k]), 'docs')
sys.exit(1 if bad else 0)

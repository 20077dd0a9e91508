import os, sys, glob, collections
import yaml
d = sys.argv[1]
ok = True
fam = collections.Counter(); clean = 0; docs = 0
FAMS = {"kebencian","provokasi","hoaks","netralitas","data-pribadi","kerahasiaan","kesantunan"}
for doc in sorted(glob.glob(os.path.join(d, "*.md")) + glob.glob(os.path.join(d, "*.txt"))):
    if os.path.basename(doc) == "README.md": continue
    docs += 1
    exp = os.path.splitext(doc)[0] + ".expect.yml"
    if not os.path.exists(exp):
        print("MISSING", exp); ok = False; continue
    lines = open(doc, encoding="utf-8").read().split("\n")
    labels = yaml.safe_load(open(exp, encoding="utf-8"))
    if not labels: clean += 1; continue
    for l in labels:
        assert l["family"] in FAMS, l
        fam[l["family"]] += 1
        ln = l["line"]; t = l["text"]
        if not (1 <= ln <= len(lines) and t in lines[ln-1]):
            where = [i+1 for i, x in enumerate(lines) if t in x]
            print("MISMATCH", os.path.basename(exp), ln, "actual:", where, t[:50]); ok = False
print("docs", docs, "clean", clean, dict(fam), "total", sum(fam.values()))
print("OK" if ok else "FAIL")

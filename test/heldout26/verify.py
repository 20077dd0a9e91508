#!/usr/bin/env python3
"""Check heldout26: every doc has an .expect.yml; every label's text occurs on its stated line."""
import os, sys, yaml, collections
d = os.path.dirname(os.path.abspath(__file__))
FAM = {"kebencian","provokasi","hoaks","netralitas","data-pribadi","kerahasiaan","kesantunan"}
ok = True
counts = collections.Counter(); clean = 0; docs = 0
for f in sorted(os.listdir(d)):
    if not (f.endswith(".md") or f.endswith(".txt")) or f == "README.md":
        continue
    docs += 1
    base = f.rsplit(".", 1)[0]
    exp = os.path.join(d, base + ".expect.yml")
    if not os.path.exists(exp):
        print("MISSING expect:", f); ok = False; continue
    lines = open(os.path.join(d, f), encoding="utf-8").read().split("\n")
    labels = yaml.safe_load(open(exp, encoding="utf-8")) or []
    if not labels: clean += 1
    for lab in labels:
        fam, ln, text = lab["family"], lab["line"], lab["text"]
        counts[fam] += 1
        if fam not in FAM: print("BAD family", f, fam); ok = False
        if not lab.get("why"): print("no why", f, ln); ok = False
        if not (1 <= ln <= len(lines)) or text not in lines[ln-1]:
            where = [i+1 for i, l in enumerate(lines) if text in l]
            print(f"MISMATCH {f}: line {ln} text {text!r} found on {where}"); ok = False
print("docs", docs, "clean", clean, dict(counts), "total", sum(counts.values()))
sys.exit(0 if ok else 1)

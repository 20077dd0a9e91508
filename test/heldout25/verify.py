#!/usr/bin/env python3
"""Check heldout25 labels: text occurs on its line, families valid, every doc has an expect file."""
import os, sys, yaml
D = os.path.dirname(os.path.abspath(__file__))
FAM = {"kebencian","provokasi","hoaks","netralitas","data-pribadi","kerahasiaan","kesantunan"}
errs, counts, clean, ndocs = [], {}, 0, 0
for f in sorted(os.listdir(D)):
    if not (f.endswith(".md") or f.endswith(".txt")) or f == "README.md":
        continue
    ndocs += 1
    exp = os.path.join(D, f.rsplit(".", 1)[0] + ".expect.yml")
    if not os.path.exists(exp):
        errs.append(f"{f}: missing expect file"); continue
    labels = yaml.safe_load(open(exp, encoding="utf-8"))
    if labels is None or not isinstance(labels, list):
        errs.append(f"{exp}: not a YAML list"); continue
    if not labels: clean += 1
    lines = open(os.path.join(D, f), encoding="utf-8").read().split("\n")
    for lab in labels:
        if set(lab) != {"family", "line", "text", "why"}:
            errs.append(f"{f}: bad keys {sorted(lab)}")
        if lab["family"] not in FAM:
            errs.append(f"{f}: bad family {lab['family']}")
        counts[lab["family"]] = counts.get(lab["family"], 0) + 1
        ln = lab["line"]
        if not (isinstance(ln, int) and 1 <= ln <= len(lines) and lab["text"] in lines[ln - 1]):
            errs.append(f"{f}: line {ln} does not contain {lab['text']!r}")
for e in errs: print("ERROR", e)
print(f"docs={ndocs} clean={clean} labels={sum(counts.values())} {dict(sorted(counts.items()))}")
sys.exit(1 if errs else 0)

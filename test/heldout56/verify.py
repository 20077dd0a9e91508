#!/usr/bin/env python3
"""Check heldout56: every label's text is on its stated line; every doc has an .expect.yml."""
import os, sys, glob
import yaml
d = os.path.dirname(os.path.abspath(__file__))
FAM = {"kebencian","provokasi","hoaks","netralitas","data-pribadi","kerahasiaan","kesantunan"}
bad = 0; n = 0
docs = sorted(p for p in glob.glob(os.path.join(d, "*")) if p.endswith((".md", ".txt")) and not p.endswith("README.md"))
for p in docs:
    exp = p.rsplit(".", 1)[0] + ".expect.yml"
    if not os.path.exists(exp):
        print("missing", exp); bad += 1; continue
    lines = open(p, encoding="utf-8").read().split("\n")
    labels = yaml.safe_load(open(exp, encoding="utf-8")) or []
    for l in labels:
        n += 1
        if l["family"] not in FAM: print("bad family", p, l); bad += 1
        if not (1 <= l["line"] <= len(lines)) or l["text"] not in lines[l["line"] - 1]:
            print("mismatch", os.path.basename(p), l); bad += 1
for e in glob.glob(os.path.join(d, "*.expect.yml")):
    b = e[:-len(".expect.yml")]
    if not (os.path.exists(b + ".md") or os.path.exists(b + ".txt")):
        print("orphan", e); bad += 1
print(f"{len(docs)} docs, {n} labels, {bad} problems")
sys.exit(1 if bad else 0)

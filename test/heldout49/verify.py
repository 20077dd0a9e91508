#!/usr/bin/env python3
"""Check heldout49: every document has an .expect.yml, every label's text occurs on its stated line."""
import os, sys, glob, collections
import yaml  # PyYAML

FAMILIES = {"kebencian","provokasi","hoaks","netralitas","data-pribadi","kerahasiaan","kesantunan"}
here = os.path.dirname(os.path.abspath(__file__))
errors = 0
counts = collections.Counter()
clean = 0
docs = sorted(p for p in glob.glob(os.path.join(here, "*")) if p.endswith((".md",".txt")) and not p.endswith("README.md"))
for doc in docs:
    base = doc.rsplit(".",1)[0]
    exp = base + ".expect.yml"
    if not os.path.exists(exp):
        print("MISSING expect:", os.path.basename(doc)); errors += 1; continue
    labels = yaml.safe_load(open(exp, encoding="utf-8"))
    lines = open(doc, encoding="utf-8").read().split("\n")
    if not labels:
        clean += 1; continue
    for lab in labels:
        fam, ln, text = lab["family"], lab["line"], lab["text"]
        if fam not in FAMILIES:
            print("BAD family", os.path.basename(exp), fam); errors += 1
        if not lab.get("why"):
            print("NO why", os.path.basename(exp), ln); errors += 1
        if not (1 <= ln <= len(lines)) or text not in lines[ln-1]:
            print("MISMATCH", os.path.basename(exp), ln, text[:60]); errors += 1
        counts[fam] += 1
for exp in glob.glob(os.path.join(here, "*.expect.yml")):
    stem = exp[:-len(".expect.yml")]
    if not (os.path.exists(stem+".md") or os.path.exists(stem+".txt")):
        print("ORPHAN expect:", os.path.basename(exp)); errors += 1
print(f"documents: {len(docs)}, clean: {clean}, labels: {sum(counts.values())}")
for f in sorted(FAMILIES): print(f"  {f}: {counts[f]}")
sys.exit(1 if errors else 0)

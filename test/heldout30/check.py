#!/usr/bin/env python3
"""Sanity check for heldout30: every document has an .expect.yml, every label's
text occurs on its stated line, and families are from the fixed list."""
import glob, os, sys, collections
import yaml

FAMILIES = {"kebencian", "provokasi", "hoaks", "netralitas", "data-pribadi", "kerahasiaan", "kesantunan"}
here = os.path.dirname(os.path.abspath(__file__))
errors, counts, clean = [], collections.Counter(), 0
docs = sorted(glob.glob(os.path.join(here, "[0-9][0-9]-*.md")) + glob.glob(os.path.join(here, "[0-9][0-9]-*.txt")))
for doc in docs:
    exp = os.path.splitext(doc)[0] + ".expect.yml"
    if not os.path.exists(exp):
        errors.append(f"missing {os.path.basename(exp)}"); continue
    lines = open(doc, encoding="utf-8").read().split("\n")
    labels = yaml.safe_load(open(exp, encoding="utf-8"))
    if not isinstance(labels, list):
        errors.append(f"{exp}: not a list"); continue
    if not labels: clean += 1
    for lab in labels:
        if set(lab) != {"family", "line", "text", "why"}:
            errors.append(f"{exp}: bad keys {sorted(lab)}")
        if lab["family"] not in FAMILIES:
            errors.append(f"{exp}: unknown family {lab['family']}")
        ln = lab["line"]
        if not (1 <= ln <= len(lines)) or lab["text"] not in lines[ln - 1]:
            errors.append(f"{os.path.basename(exp)}: text not on line {ln}: {lab['text'][:60]}")
        counts[lab["family"]] += 1
for exp in glob.glob(os.path.join(here, "*.expect.yml")):
    base = exp[: -len(".expect.yml")]
    if not (os.path.exists(base + ".md") or os.path.exists(base + ".txt")):
        errors.append(f"orphan {os.path.basename(exp)}")
print(f"{len(docs)} documents, {clean} clean, {sum(counts.values())} labels")
for fam in sorted(FAMILIES):
    print(f"  {fam:13s} {counts[fam]}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")

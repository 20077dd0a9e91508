#!/usr/bin/env python3
"""Check heldout9: every doc has an .expect.yml; every label's text is on its stated line."""
import os, sys, glob, collections
import yaml
here = os.path.dirname(os.path.abspath(__file__))
FAMS = {"kebencian", "provokasi", "hoaks", "netralitas", "data-pribadi", "kerahasiaan", "kesantunan"}
errors, per_fam, per_doc_fams, clean = [], collections.Counter(), collections.defaultdict(set), 0
docs = sorted(p for p in glob.glob(os.path.join(here, "[0-9]*.*")) if p.endswith((".md", ".txt")))
for doc in docs:
    exp = doc.rsplit(".", 1)[0] + ".expect.yml"
    if not os.path.exists(exp):
        errors.append(f"missing {os.path.basename(exp)}"); continue
    lines = open(doc, encoding="utf-8").read().split("\n")
    labels = yaml.safe_load(open(exp, encoding="utf-8")) or []
    if not labels: clean += 1
    for lab in labels:
        if set(lab) != {"family", "line", "text", "why"}: errors.append(f"{exp}: bad keys {lab}")
        if lab["family"] not in FAMS: errors.append(f"{exp}: bad family {lab['family']}")
        ln = lab["line"]
        if not (1 <= ln <= len(lines)) or lab["text"] not in lines[ln - 1]:
            errors.append(f"{os.path.basename(exp)}: text not on line {ln}: {lab['text']!r}")
        per_fam[lab["family"]] += 1; per_doc_fams[lab["family"]].add(os.path.basename(doc))
for e in errors: print("ERROR", e)
print(f"{len(docs)} docs, {clean} clean, {sum(per_fam.values())} labels")
for f in sorted(FAMS): print(f"  {f}: {per_fam[f]} labels in {len(per_doc_fams[f])} docs")
sys.exit(1 if errors else 0)

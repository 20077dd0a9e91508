#!/usr/bin/env python3
"""Check heldout50: every label's text is on its stated line; every doc has an expectation."""
import glob, os, sys
import yaml

here = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"kebencian", "provokasi", "hoaks", "netralitas", "data-pribadi", "kerahasiaan", "kesantunan"}
errors, counts, clean = [], {}, 0
docs = sorted(p for p in glob.glob(os.path.join(here, "*.md")) + glob.glob(os.path.join(here, "*.txt"))
              if os.path.basename(p) != "README.md")
for doc in docs:
    exp = doc.rsplit(".", 1)[0] + ".expect.yml"
    if not os.path.exists(exp):
        errors.append(f"missing {os.path.basename(exp)}"); continue
    lines = open(doc, encoding="utf-8").read().split("\n")
    labels = yaml.safe_load(open(exp, encoding="utf-8"))
    if labels == []:
        clean += 1
    for lab in labels:
        fam, ln, text = lab["family"], lab["line"], lab["text"]
        if fam not in FAMILIES:
            errors.append(f"{os.path.basename(doc)}: bad family {fam}")
        if not lab.get("why"):
            errors.append(f"{os.path.basename(doc)}: missing why")
        if not (1 <= ln <= len(lines)) or text not in lines[ln - 1]:
            errors.append(f"{os.path.basename(doc)}:{ln}: text not on line: {text!r}")
        counts[fam] = counts.get(fam, 0) + 1
for exp in glob.glob(os.path.join(here, "*.expect.yml")):
    base = exp[: -len(".expect.yml")]
    if not (os.path.exists(base + ".md") or os.path.exists(base + ".txt")):
        errors.append(f"orphan {os.path.basename(exp)}")
print(f"{len(docs)} documents, {clean} clean, labels: {dict(sorted(counts.items()))}")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)

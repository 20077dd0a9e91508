#!/usr/bin/env python3
"""Self-check for heldout41: every document has an .expect.yml, every label's
text occurs on its stated 1-based line, and families are valid."""
import os, sys, collections
import yaml

D = os.path.dirname(os.path.abspath(__file__))
FAM = {"kebencian", "provokasi", "hoaks", "netralitas", "data-pribadi", "kerahasiaan", "kesantunan"}
errors, counts, clean, total = [], collections.Counter(), 0, 0
docs = sorted(f for f in os.listdir(D) if f.endswith((".md", ".txt")) and f != "README.md")
for f in docs:
    base = f.rsplit(".", 1)[0]
    exp = os.path.join(D, base + ".expect.yml")
    if not os.path.exists(exp):
        errors.append(f"{f}: missing {base}.expect.yml"); continue
    labels = yaml.safe_load(open(exp, encoding="utf-8")) or []
    lines = open(os.path.join(D, f), encoding="utf-8").read().split("\n")
    if not labels: clean += 1
    for lab in labels:
        total += 1
        fam, ln, text = lab.get("family"), lab.get("line"), lab.get("text")
        if fam not in FAM: errors.append(f"{f}: bad family {fam!r}")
        if not lab.get("why"): errors.append(f"{f}: label without why")
        if not isinstance(ln, int) or not (1 <= ln <= len(lines)) or text not in lines[ln - 1]:
            errors.append(f"{f}: text not on line {ln}: {text!r}")
        counts[fam] += 1
for e in (os.path.splitext(x)[0] for x in os.listdir(D) if x.endswith(".expect.yml")):
    if not any(d.rsplit(".", 1)[0] == e.rsplit(".", 1)[0] for d in docs):
        errors.append(f"orphan expect file {e}.yml")
print(f"{len(docs)} documents, {clean} clean, {total} labels")
for k in sorted(counts): print(f"  {k}: {counts[k]}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")

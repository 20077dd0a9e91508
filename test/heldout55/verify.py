#!/usr/bin/env python3
"""Check that every document has an .expect.yml and every label's text occurs on its stated line."""
import glob, os, sys, collections
import yaml

here = os.path.dirname(os.path.abspath(__file__))
FAM = {"kebencian", "provokasi", "hoaks", "netralitas", "data-pribadi", "kerahasiaan", "kesantunan"}
ok = True
counts = collections.Counter()
clean = 0
docs = sorted(p for p in glob.glob(os.path.join(here, "[0-9][0-9]-*")) if p.endswith((".md", ".txt")))
for doc in docs:
    exp = os.path.splitext(doc)[0] + ".expect.yml"
    if not os.path.exists(exp):
        print("MISSING expect:", os.path.basename(doc)); ok = False; continue
    lines = open(doc, encoding="utf-8").read().split("\n")
    labels = yaml.safe_load(open(exp, encoding="utf-8"))
    if labels is None or not isinstance(labels, list):
        print("BAD yaml:", exp); ok = False; continue
    if not labels:
        clean += 1
    for lab in labels:
        if set(lab) != {"family", "line", "text", "why"}:
            print("BAD keys:", exp, lab); ok = False
        if lab["family"] not in FAM:
            print("BAD family:", exp, lab["family"]); ok = False
        counts[lab["family"]] += 1
        ln = lab["line"]
        if not (1 <= ln <= len(lines)) or lab["text"] not in lines[ln - 1]:
            found = [i + 1 for i, l in enumerate(lines) if lab["text"] in l]
            print("MISMATCH %s line %s (found on %s): %s" % (os.path.basename(exp), ln, found, lab["text"][:60])); ok = False
for p in glob.glob(os.path.join(here, "*.expect.yml")):
    base = p[: -len(".expect.yml")]
    if not (os.path.exists(base + ".md") or os.path.exists(base + ".txt")):
        print("ORPHAN expect:", os.path.basename(p)); ok = False
print("documents:", len(docs), "clean:", clean, "labels:", sum(counts.values()))
for f in sorted(FAM):
    print("  %-12s %d" % (f, counts[f]))
sys.exit(0 if ok else 1)

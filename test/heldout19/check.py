#!/usr/bin/env python3
"""Sanity check for this set: every document has an .expect.yml, every label's
text occurs on its stated 1-based line, and families are the seven known ones."""
import os, sys, yaml
D = os.path.dirname(os.path.abspath(__file__))
FAM = {"kebencian", "provokasi", "hoaks", "netralitas", "data-pribadi", "kerahasiaan", "kesantunan"}
bad = 0
docs = sorted(f for f in os.listdir(D) if f.endswith((".md", ".txt")) and f != "README.md")
for f in docs:
    exp = os.path.join(D, f.rsplit(".", 1)[0] + ".expect.yml")
    if not os.path.exists(exp):
        print("MISSING expect:", f); bad += 1; continue
    lines = open(os.path.join(D, f), encoding="utf-8").read().split("\n")
    labels = yaml.safe_load(open(exp, encoding="utf-8"))
    if not isinstance(labels, list):
        print("NOT A LIST:", exp); bad += 1; continue
    for lab in labels:
        if set(lab) != {"family", "line", "text", "why"}:
            print("BAD KEYS:", f, lab); bad += 1
        if lab["family"] not in FAM:
            print("BAD FAMILY:", f, lab["family"]); bad += 1
        n = lab["line"]
        if not (1 <= n <= len(lines)) or lab["text"] not in lines[n - 1]:
            where = [i + 1 for i, l in enumerate(lines) if lab["text"] in l]
            print("MISMATCH:", f, "line", n, "text found on", where, repr(lab["text"])); bad += 1
for e in os.listdir(D):
    if e.endswith(".expect.yml"):
        base = e[: -len(".expect.yml")]
        if not any(os.path.exists(os.path.join(D, base + x)) for x in (".md", ".txt")):
            print("ORPHAN expect:", e); bad += 1
print(f"{len(docs)} documents checked, {bad} problem(s)")
sys.exit(1 if bad else 0)

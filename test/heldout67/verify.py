#!/usr/bin/env python3
"""Check the heldout67 evaluation set: documents <-> expect files, label shape, line/text match.

Usage: python3 verify.py   (stdlib only; uses PyYAML if installed)
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ["kebencian", "provokasi", "hoaks", "netralitas",
            "data-pribadi", "kerahasiaan", "kesantunan"]
KEYS = {"family", "line", "text", "why"}
DOC_RE = re.compile(r"^\d\d-[a-z0-9-]+\.(md|txt)$")


def parse_simple_yaml(src):
    """Minimal parser for the restricted format used here:
    `[]` or a list of mappings with JSON-style double-quoted strings / ints."""
    s = src.strip()
    if s == "[]":
        return []
    items, cur = [], None
    for n, raw in enumerate(src.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m = re.match(r"^(- |  )([a-z_-]+):\s*(.*)$", raw)
        if not m:
            raise ValueError(f"line {n}: cannot parse {raw!r}")
        lead, key, val = m.groups()
        if lead == "- ":
            cur = {}
            items.append(cur)
        elif cur is None:
            raise ValueError(f"line {n}: mapping key outside list item")
        if key in cur:
            raise ValueError(f"line {n}: duplicate key {key}")
        val = val.strip()
        if val.startswith('"'):
            cur[key] = json.loads(val)
        elif re.fullmatch(r"-?\d+", val):
            cur[key] = int(val)
        else:
            raise ValueError(f"line {n}: value must be a double-quoted string or integer: {val!r}")
    return items


def load(path):
    src = open(path, encoding="utf-8").read()
    try:
        import yaml  # optional
        data = yaml.safe_load(src)
        simple = parse_simple_yaml(src)
        if data != simple:
            raise ValueError("PyYAML and simple parser disagree")
        return data
    except ImportError:
        return parse_simple_yaml(src)


def main():
    errors = []
    files = sorted(os.listdir(HERE))
    docs = [f for f in files if DOC_RE.match(f)]
    expects = [f for f in files if f.endswith(".expect.yml")]
    bad_names = [f for f in files if (f.endswith(".md") or f.endswith(".txt"))
                 and f != "README.md" and not DOC_RE.match(f)]
    for f in bad_names:
        errors.append(f"{f}: document name does not match NN-short-name.(md|txt)")
    doc_bases = {f.rsplit(".", 1)[0]: f for f in docs}
    exp_bases = {f[:-len(".expect.yml")]: f for f in expects}
    for b in sorted(set(doc_bases) - set(exp_bases)):
        errors.append(f"{doc_bases[b]}: missing expect file")
    for b in sorted(set(exp_bases) - set(doc_bases)):
        errors.append(f"{exp_bases[b]}: no matching document")
    nums = [f[:2] for f in docs]
    for n, c in Counter(nums).items():
        if c > 1:
            errors.append(f"number {n} used by {c} documents")

    fam_count = Counter()
    type_docs = Counter()
    type_clean = Counter()
    type_labels = Counter()
    clean = 0
    for b in sorted(doc_bases):
        doc = doc_bases[b]
        ext = doc.rsplit(".", 1)[1]
        type_docs[ext] += 1
        if b not in exp_bases:
            continue
        lines = open(os.path.join(HERE, doc), encoding="utf-8").read().split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        try:
            labels = load(os.path.join(HERE, exp_bases[b]))
        except Exception as e:  # noqa: BLE001
            errors.append(f"{exp_bases[b]}: parse error: {e}")
            continue
        if not isinstance(labels, list):
            errors.append(f"{exp_bases[b]}: top level must be a list")
            continue
        if not labels:
            clean += 1
            type_clean[ext] += 1
        if len(labels) > 4:
            errors.append(f"{exp_bases[b]}: {len(labels)} labels (max 4)")
        seen = set()
        for i, lab in enumerate(labels, 1):
            where = f"{exp_bases[b]} #{i}"
            if not isinstance(lab, dict):
                errors.append(f"{where}: not a mapping")
                continue
            if set(lab) != KEYS:
                errors.append(f"{where}: keys {sorted(lab)} != {sorted(KEYS)}")
                continue
            fam, ln, text, why = lab["family"], lab["line"], lab["text"], lab["why"]
            if fam not in FAMILIES:
                errors.append(f"{where}: unknown family {fam!r}")
            if not isinstance(ln, int) or isinstance(ln, bool):
                errors.append(f"{where}: line must be an integer")
                continue
            if not (1 <= ln <= len(lines)):
                errors.append(f"{where}: line {ln} out of range 1..{len(lines)}")
                continue
            if not isinstance(text, str) or not text.strip():
                errors.append(f"{where}: empty text")
                continue
            if not isinstance(why, str) or not why.strip():
                errors.append(f"{where}: empty why")
            if text not in lines[ln - 1]:
                errors.append(f"{where}: text not found verbatim on line {ln}: {text!r}")
            key = (fam, ln, text)
            if key in seen:
                errors.append(f"{where}: duplicate label")
            seen.add(key)
            if (fam, ln) in {(k[0], k[1]) for k in seen if k != key}:
                errors.append(f"{where}: two labels of family {fam} on line {ln}")
            fam_count[fam] += 1
            type_labels[ext] += 1

    total_docs = len(docs)
    print(f"documents: {total_docs}  clean: {clean}  with violations: {total_docs - clean}")
    print("labels per family:")
    for f in FAMILIES:
        print(f"  {f:<13} {fam_count[f]}")
    print(f"  {'total':<13} {sum(fam_count.values())}")
    print("per document type:")
    for ext in sorted(type_docs):
        print(f"  .{ext:<4} docs {type_docs[ext]:>2}  clean {type_clean[ext]:>2}  labels {type_labels[ext]:>2}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())

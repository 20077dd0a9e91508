#!/usr/bin/env python3
"""Check the heldout61 evaluation set.

- every document NN-name.md / NN-name.txt has a sibling NN-name.expect.yml
- every expect file is a YAML list of {family, line, text, why} (or [])
- every label's family is one of the seven families
- every label's text occurs on the stated 1-based line of the document
- prints counts per family, clean vs. labelled documents, .md vs .txt

Uses PyYAML if it is installed, otherwise a small stdlib parser for the
restricted format used here (double-quoted JSON-compatible strings).
"""
import json
import os
import re
import sys
from collections import Counter

FAMILIES = ["kebencian", "provokasi", "hoaks", "netralitas",
            "data-pribadi", "kerahasiaan", "kesantunan"]
HERE = os.path.dirname(os.path.abspath(__file__))
DOC_RE = re.compile(r"^\d\d-[a-z0-9-]+\.(md|txt)$")

try:
    import yaml  # type: ignore
except Exception:  # pragma: no cover
    yaml = None


def parse_scalar(raw):
    raw = raw.strip()
    if raw.startswith('"'):
        return json.loads(raw)
    if raw.startswith("'"):
        return raw[1:-1].replace("''", "'")
    if re.fullmatch(r"-?\d+", raw):
        return int(raw)
    return raw


def mini_yaml(text):
    text = text.strip()
    if text in ("", "[]"):
        return []
    items, cur = [], None
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.match(r"^- (\w[\w-]*):\s*(.*)$", line)
        if m:
            cur = {}
            items.append(cur)
            cur[m.group(1)] = parse_scalar(m.group(2))
            continue
        m = re.match(r"^  (\w[\w-]*):\s*(.*)$", line)
        if m and cur is not None:
            cur[m.group(1)] = parse_scalar(m.group(2))
            continue
        raise ValueError("cannot parse line %d: %r" % (n, line))
    return items


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if yaml is not None:
        data = yaml.safe_load(text)
        return [] if data is None else data
    return mini_yaml(text)


def main():
    errors = []
    fam_count = Counter()
    ext_count = Counter()
    clean = labelled = 0
    files = sorted(os.listdir(HERE))
    docs = [f for f in files if DOC_RE.match(f)]
    expects = {f for f in files if f.endswith(".expect.yml")}
    for d in docs:
        ext_count[d.rsplit(".", 1)[1]] += 1
        base = d.rsplit(".", 1)[0]
        exp = base + ".expect.yml"
        if exp not in expects:
            errors.append("%s: missing %s" % (d, exp))
            continue
        expects.discard(exp)
        with open(os.path.join(HERE, d), encoding="utf-8") as f:
            lines = f.read().split("\n")
        try:
            labels = load(os.path.join(HERE, exp))
        except Exception as e:  # noqa
            errors.append("%s: YAML error: %s" % (exp, e))
            continue
        if not isinstance(labels, list):
            errors.append("%s: not a list" % exp)
            continue
        if labels:
            labelled += 1
        else:
            clean += 1
        seen = set()
        for i, lab in enumerate(labels, 1):
            where = "%s #%d" % (exp, i)
            if not isinstance(lab, dict):
                errors.append("%s: not a mapping" % where)
                continue
            missing = [k for k in ("family", "line", "text", "why") if k not in lab]
            if missing:
                errors.append("%s: missing keys %s" % (where, missing))
                continue
            fam, ln, text, why = lab["family"], lab["line"], lab["text"], lab["why"]
            if fam not in FAMILIES:
                errors.append("%s: unknown family %r" % (where, fam))
            if not isinstance(ln, int) or not 1 <= ln <= len(lines):
                errors.append("%s: line %r out of range" % (where, ln))
                continue
            if not isinstance(text, str) or not text.strip():
                errors.append("%s: empty text" % where)
                continue
            if text not in lines[ln - 1]:
                errors.append("%s: text not found on line %d: %r" % (where, ln, text))
            if not isinstance(why, str) or not why.strip():
                errors.append("%s: empty why" % where)
            key = (fam, ln, text)
            if key in seen:
                errors.append("%s: duplicate label" % where)
            seen.add(key)
            fam_count[fam] += 1
    for orphan in sorted(expects):
        errors.append("%s: no matching document" % orphan)

    print("documents: %d (.md %d, .txt %d)" % (len(docs), ext_count["md"], ext_count["txt"]))
    print("clean: %d, with violations: %d" % (clean, labelled))
    print("labels: %d" % sum(fam_count.values()))
    for fam in FAMILIES:
        print("  %-13s %d" % (fam, fam_count[fam]))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())

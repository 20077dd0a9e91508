#!/usr/bin/env python3
"""Check the heldout63 evaluation set.

- every NN-*.md / NN-*.txt document has a sibling NN-*.expect.yml (and vice versa);
- every expect file is a YAML list ([] for clean documents) of {family, line, text, why};
- family is one of the seven families, line is a valid 1-based line number,
  and text occurs verbatim on that line;
- prints counts per family and per document type.

Uses PyYAML when available, otherwise a small built-in parser for the subset
of YAML used here (a list of flat mappings with plain ints and JSON-style
double-quoted strings).
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ["kebencian", "provokasi", "hoaks", "netralitas",
            "data-pribadi", "kerahasiaan", "kesantunan"]
DOC_RE = re.compile(r"^\d\d-[a-z0-9-]+\.(md|txt)$")

try:
    import yaml  # type: ignore
except ImportError:  # pragma: no cover
    yaml = None


def parse_scalar(v):
    v = v.strip()
    if v.startswith('"'):
        return json.loads(v)
    if v.startswith("'") and v.endswith("'"):
        return v[1:-1].replace("''", "'")
    if re.fullmatch(r"-?\d+", v):
        return int(v)
    return v


def mini_yaml(text):
    text = text.strip()
    if text in ("[]", ""):
        return []
    items, cur = [], None
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw.startswith("- "):
            cur = {}
            items.append(cur)
            raw = raw[2:]
        elif raw.startswith("  ") and cur is not None:
            raw = raw[2:]
        else:
            raise ValueError("unexpected line: %r" % raw)
        key, _, val = raw.partition(":")
        cur[key.strip()] = parse_scalar(val)
    return items


def load(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if yaml is not None:
        data = yaml.safe_load(text)
        return [] if data is None else data
    return mini_yaml(text)


def main():
    errors = []
    files = sorted(os.listdir(HERE))
    docs = [f for f in files if DOC_RE.match(f)]
    expects = [f for f in files if f.endswith(".expect.yml")]
    fam_count = Counter()
    ext_count = Counter()
    clean = 0
    for d in docs:
        ext_count[d.rsplit(".", 1)[1]] += 1
        stem = d.rsplit(".", 1)[0]
        exp = stem + ".expect.yml"
        if exp not in files:
            errors.append("%s: missing %s" % (d, exp))
            continue
        with open(os.path.join(HERE, d), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        try:
            labels = load(os.path.join(HERE, exp))
        except Exception as e:  # noqa: BLE001
            errors.append("%s: cannot parse (%s)" % (exp, e))
            continue
        if not isinstance(labels, list):
            errors.append("%s: not a list" % exp)
            continue
        if not labels:
            clean += 1
        seen = set()
        for i, lab in enumerate(labels, 1):
            where = "%s #%d" % (exp, i)
            if not isinstance(lab, dict):
                errors.append("%s: not a mapping" % where)
                continue
            missing = {"family", "line", "text", "why"} - set(lab)
            if missing:
                errors.append("%s: missing keys %s" % (where, sorted(missing)))
                continue
            fam, ln, txt = lab["family"], lab["line"], lab["text"]
            if fam not in FAMILIES:
                errors.append("%s: unknown family %r" % (where, fam))
            if not isinstance(ln, int) or not 1 <= ln <= len(lines):
                errors.append("%s: bad line %r" % (where, ln))
                continue
            if not isinstance(txt, str) or not txt.strip():
                errors.append("%s: empty text" % where)
                continue
            if txt not in lines[ln - 1]:
                errors.append("%s: text not on line %d: %r" % (where, ln, txt))
            if not str(lab["why"]).strip():
                errors.append("%s: empty why" % where)
            key = (fam, ln, txt)
            if key in seen:
                errors.append("%s: duplicate label" % where)
            seen.add(key)
            fam_count[fam] += 1
    for e in expects:
        stem = e[: -len(".expect.yml")]
        if not any(d.rsplit(".", 1)[0] == stem for d in docs):
            errors.append("%s: no matching document" % e)

    print("documents: %d (%s), clean: %d, with violations: %d"
          % (len(docs), ", ".join("%s=%d" % kv for kv in sorted(ext_count.items())),
             clean, len(docs) - clean))
    for fam in FAMILIES:
        print("  %-13s %d" % (fam, fam_count[fam]))
    print("  %-13s %d" % ("total", sum(fam_count.values())))
    if errors:
        print("\n%d error(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Verify the heldout59 blind set: every document has an expect file and every
label's text occurs on the stated (1-based) line. Stdlib only; uses PyYAML if
installed, otherwise a small parser for the restricted format used here."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"kebencian", "provokasi", "hoaks", "netralitas",
            "data-pribadi", "kerahasiaan", "kesantunan"}
KEYS = {"family", "line", "text", "why"}


def _scalar(v):
    v = v.strip()
    if v.startswith('"'):
        return json.loads(v)
    if v.startswith("'") and v.endswith("'"):
        return v[1:-1].replace("''", "'")
    if v.lstrip("-").isdigit():
        return int(v)
    return v


def load_yaml(path):
    text = open(path, encoding="utf-8").read()
    try:
        import yaml  # optional
        return yaml.safe_load(text)
    except ImportError:
        pass
    if text.strip() in ("[]", ""):
        return []
    items, cur = [], None
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw.startswith("- "):
            cur = {}
            items.append(cur)
            raw = "  " + raw[2:]
        if cur is None or not raw.startswith("  "):
            raise ValueError("unsupported YAML line: %r" % raw)
        k, _, v = raw.strip().partition(":")
        cur[k.strip()] = _scalar(v)
    return items


def main():
    errors = []
    docs = sorted(f for f in os.listdir(HERE)
                  if f[:2].isdigit() and (f.endswith(".md") or f.endswith(".txt")))
    expects = sorted(f for f in os.listdir(HERE) if f.endswith(".expect.yml"))
    fam_count = Counter()
    clean = 0
    ext = Counter(f.rsplit(".", 1)[1] for f in docs)
    bases = {f.rsplit(".", 1)[0] for f in docs}
    for e in expects:
        if e[: -len(".expect.yml")] not in bases:
            errors.append("%s: no matching document" % e)
    for d in docs:
        base = d.rsplit(".", 1)[0]
        ep = os.path.join(HERE, base + ".expect.yml")
        if not os.path.exists(ep):
            errors.append("%s: missing %s.expect.yml" % (d, base))
            continue
        try:
            labels = load_yaml(ep)
        except Exception as exc:  # noqa: BLE001
            errors.append("%s: YAML error: %s" % (ep, exc))
            continue
        if labels is None:
            labels = []
        if not isinstance(labels, list):
            errors.append("%s: top level must be a list" % ep)
            continue
        lines = open(os.path.join(HERE, d), encoding="utf-8").read().split("\n")
        if not labels:
            clean += 1
        seen = set()
        for i, lab in enumerate(labels, 1):
            where = "%s label %d" % (base + ".expect.yml", i)
            if not isinstance(lab, dict) or set(lab) != KEYS:
                errors.append("%s: keys must be exactly %s" % (where, sorted(KEYS)))
                continue
            fam, ln, text, why = lab["family"], lab["line"], lab["text"], lab["why"]
            if fam not in FAMILIES:
                errors.append("%s: unknown family %r" % (where, fam))
            if not isinstance(ln, int) or not 1 <= ln <= len(lines):
                errors.append("%s: bad line %r" % (where, ln))
                continue
            if not isinstance(text, str) or not text:
                errors.append("%s: empty text" % where)
                continue
            if text not in lines[ln - 1]:
                errors.append("%s: text not on line %d: %r" % (where, ln, text))
            if not isinstance(why, str) or not why.strip():
                errors.append("%s: empty why" % where)
            key = (fam, ln, text)
            if key in seen:
                errors.append("%s: duplicate label" % where)
            seen.add(key)
            fam_count[fam] += 1
    print("documents: %d (%s), clean: %d, with violations: %d"
          % (len(docs), ", ".join("%s=%d" % kv for kv in sorted(ext.items())),
             clean, len(docs) - clean))
    for fam in sorted(FAMILIES):
        print("  %-13s %d" % (fam, fam_count[fam]))
    print("labels total: %d" % sum(fam_count.values()))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())

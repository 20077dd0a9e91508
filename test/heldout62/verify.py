#!/usr/bin/env python3
"""Check the heldout62 set: every document has an expect file, every label is
well formed and its text occurs on the given line. Prints counts.
Stdlib only; uses PyYAML when installed, otherwise a small parser for the
format used here (list of {family, line, text, why} with JSON-quoted strings)."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"kebencian", "provokasi", "hoaks", "netralitas",
            "data-pribadi", "kerahasiaan", "kesantunan"}

try:
    import yaml  # type: ignore
except ImportError:
    yaml = None


def parse_simple(text):
    text = text.strip()
    if text == "[]":
        return []
    items, cur = [], None
    for raw in text.splitlines():
        if not raw.strip():
            continue
        if raw.startswith("- "):
            cur = {}
            items.append(cur)
            raw = "  " + raw[2:]
        if cur is None or not raw.startswith("  "):
            raise ValueError("unexpected line: %r" % raw)
        key, _, val = raw.strip().partition(":")
        val = val.strip()
        if val.startswith('"'):
            val = json.loads(val)
        elif val.lstrip("-").isdigit():
            val = int(val)
        cur[key] = val
    return items


def load(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if yaml is not None:
        data = yaml.safe_load(text)
        return [] if data is None else data
    return parse_simple(text)


def main():
    errors = []
    fam = Counter()
    n_docs = n_clean = 0
    ext = Counter()
    docs = sorted(f for f in os.listdir(HERE)
                  if (f.endswith(".md") or f.endswith(".txt")) and f != "README.md")
    for doc in docs:
        n_docs += 1
        ext[doc.rsplit(".", 1)[1]] += 1
        base = doc.rsplit(".", 1)[0]
        exp = os.path.join(HERE, base + ".expect.yml")
        if not os.path.exists(exp):
            errors.append("%s: missing %s.expect.yml" % (doc, base))
            continue
        with open(os.path.join(HERE, doc), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        try:
            labels = load(exp)
        except Exception as e:  # noqa: BLE001
            errors.append("%s: cannot parse: %s" % (exp, e))
            continue
        if not isinstance(labels, list):
            errors.append("%s: not a list" % exp)
            continue
        if not labels:
            n_clean += 1
        seen = set()
        for i, lab in enumerate(labels, 1):
            where = "%s label %d" % (base + ".expect.yml", i)
            if not isinstance(lab, dict) or set(lab) != {"family", "line", "text", "why"}:
                errors.append("%s: need exactly family/line/text/why" % where)
                continue
            if lab["family"] not in FAMILIES:
                errors.append("%s: unknown family %r" % (where, lab["family"]))
            ln = lab["line"]
            if not isinstance(ln, int) or not 1 <= ln <= len(lines):
                errors.append("%s: bad line %r" % (where, ln))
                continue
            if not lab["text"] or lab["text"] not in lines[ln - 1]:
                errors.append("%s: text not on line %d: %r" % (where, ln, lab["text"]))
            if not str(lab["why"]).strip():
                errors.append("%s: empty why" % where)
            key = (lab["family"], ln, lab["text"])
            if key in seen:
                errors.append("%s: duplicate label" % where)
            seen.add(key)
            fam[lab["family"]] += 1
    for f in os.listdir(HERE):
        if f.endswith(".expect.yml"):
            base = f[:-len(".expect.yml")]
            if not any(os.path.exists(os.path.join(HERE, base + e)) for e in (".md", ".txt")):
                errors.append("%s: no matching document" % f)

    print("documents: %d (%s), clean: %d, with violations: %d"
          % (n_docs, ", ".join("%s=%d" % kv for kv in sorted(ext.items())),
             n_clean, n_docs - n_clean))
    print("labels: %d" % sum(fam.values()))
    for k in sorted(FAMILIES):
        print("  %-13s %d" % (k, fam[k]))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())

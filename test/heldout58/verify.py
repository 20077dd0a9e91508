#!/usr/bin/env python3
"""Check the heldout58 evaluation set: every document has an expect file and
every label's text occurs on its stated line. Stdlib only; uses PyYAML if present."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"kebencian", "provokasi", "hoaks", "netralitas",
            "data-pribadi", "kerahasiaan", "kesantunan"}
DOC_RE = re.compile(r"^\d{2}-[a-z0-9-]+\.(md|txt)$")


def parse_yaml(text):
    try:
        import yaml  # optional
        return yaml.safe_load(text)
    except ImportError:
        pass
    # Minimal parser for the subset used here: "[]" or a list of flat maps whose
    # string values are JSON-style double-quoted strings or bare scalars.
    stripped = text.strip()
    if stripped == "[]":
        return []
    items, cur = [], None
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m = re.match(r"^(- |  )(\w[\w-]*):\s*(.*)$", raw)
        if not m:
            raise ValueError("cannot parse line: %r" % raw)
        lead, key, val = m.groups()
        if lead == "- ":
            cur = {}
            items.append(cur)
        if val.startswith('"'):
            val = json.loads(val)
        elif re.fullmatch(r"-?\d+", val):
            val = int(val)
        cur[key] = val
    return items


def main():
    errors = []
    docs = sorted(f for f in os.listdir(HERE) if DOC_RE.match(f))
    fam_counts = Counter()
    clean = 0
    ext_counts = Counter(f.rsplit(".", 1)[1] for f in docs)
    for doc in docs:
        base = doc.rsplit(".", 1)[0]
        exp = os.path.join(HERE, base + ".expect.yml")
        if not os.path.exists(exp):
            errors.append("%s: missing %s.expect.yml" % (doc, base))
            continue
        with open(os.path.join(HERE, doc), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        with open(exp, encoding="utf-8") as fh:
            try:
                labels = parse_yaml(fh.read())
            except Exception as e:  # noqa: BLE001
                errors.append("%s: YAML error: %s" % (exp, e))
                continue
        if labels is None or not isinstance(labels, list):
            errors.append("%s: expect file must be a YAML list" % base)
            continue
        if not labels:
            clean += 1
        seen = set()
        for i, lab in enumerate(labels, 1):
            where = "%s label %d" % (base, i)
            if not isinstance(lab, dict):
                errors.append("%s: not a mapping" % where)
                continue
            missing = {"family", "line", "text", "why"} - set(lab)
            if missing:
                errors.append("%s: missing keys %s" % (where, sorted(missing)))
                continue
            fam, line, text = lab["family"], lab["line"], lab["text"]
            if fam not in FAMILIES:
                errors.append("%s: unknown family %r" % (where, fam))
            if not isinstance(line, int) or not 1 <= line <= len(lines):
                errors.append("%s: line %r out of range" % (where, line))
                continue
            if not isinstance(text, str) or not text.strip():
                errors.append("%s: empty text" % where)
                continue
            if text not in lines[line - 1]:
                found = [n + 1 for n, l in enumerate(lines) if text in l]
                errors.append("%s: text not on line %d (found on %s): %r"
                              % (where, line, found or "no line", text))
            if (fam, line, text) in seen:
                errors.append("%s: duplicate label" % where)
            seen.add((fam, line, text))
            fam_counts[fam] += 1
    for f in os.listdir(HERE):
        if f.endswith(".expect.yml"):
            base = f[: -len(".expect.yml")]
            if not any(d.rsplit(".", 1)[0] == base for d in docs):
                errors.append("%s: expect file without document" % f)

    print("documents: %d (%s)" % (len(docs), ", ".join(
        "%s=%d" % kv for kv in sorted(ext_counts.items()))))
    print("clean documents: %d, with violations: %d" % (clean, len(docs) - clean))
    print("labels: %d" % sum(fam_counts.values()))
    for fam in sorted(FAMILIES):
        print("  %-13s %d" % (fam, fam_counts[fam]))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())

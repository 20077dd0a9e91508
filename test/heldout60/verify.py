#!/usr/bin/env python3
"""Check the heldout60 set: every document has an expect file, every label is well formed
and its text occurs on the stated line. Prints counts per family. Stdlib only; uses PyYAML if present."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"kebencian", "provokasi", "hoaks", "netralitas", "data-pribadi", "kerahasiaan", "kesantunan"}
DOC_RE = re.compile(r"^\d{2}-[a-z0-9-]+\.(md|txt)$")

def parse_min(text):
    """Minimal parser for the subset of YAML used here (list of flat maps, JSON-quoted strings)."""
    if text.strip() == "[]":
        return []
    items, cur = [], None
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw.startswith("- "):
            cur = {}
            items.append(cur)
            raw = "  " + raw[2:]
        m = re.match(r"^  ([a-z_-]+):\s*(.*)$", raw)
        if not m or cur is None:
            raise ValueError("cannot parse line: %r" % raw)
        k, v = m.group(1), m.group(2).strip()
        if v.startswith('"'):
            v = json.loads(v)
        elif re.fullmatch(r"-?\d+", v):
            v = int(v)
        cur[k] = v
    return items

def load(path):
    text = open(path, encoding="utf-8").read()
    try:
        import yaml
        return yaml.safe_load(text)
    except ImportError:
        return parse_min(text)

def main():
    errors = []
    fam = Counter()
    files = sorted(os.listdir(HERE))
    docs = [f for f in files if DOC_RE.match(f)]
    clean = 0
    for d in docs:
        base = d.rsplit(".", 1)[0]
        exp = os.path.join(HERE, base + ".expect.yml")
        if not os.path.exists(exp):
            errors.append("%s: missing %s.expect.yml" % (d, base))
            continue
        lines = open(os.path.join(HERE, d), encoding="utf-8").read().split("\n")
        try:
            labels = load(exp)
        except Exception as e:  # noqa
            errors.append("%s: cannot parse expect file: %s" % (d, e))
            continue
        if labels is None:
            labels = []
        if not isinstance(labels, list):
            errors.append("%s: expect file is not a list" % d)
            continue
        if not labels:
            clean += 1
        seen = set()
        for i, lab in enumerate(labels):
            where = "%s label %d" % (d, i + 1)
            if not isinstance(lab, dict) or set(lab) != {"family", "line", "text", "why"}:
                errors.append("%s: needs exactly family, line, text, why" % where)
                continue
            if lab["family"] not in FAMILIES:
                errors.append("%s: unknown family %r" % (where, lab["family"]))
            ln = lab["line"]
            if not isinstance(ln, int) or not (1 <= ln <= len(lines)):
                errors.append("%s: bad line %r" % (where, ln))
                continue
            if not isinstance(lab["text"], str) or not lab["text"].strip():
                errors.append("%s: empty text" % where)
                continue
            if lab["text"] not in lines[ln - 1]:
                errors.append("%s: text not found on line %d: %r" % (where, ln, lab["text"]))
            if not isinstance(lab["why"], str) or not lab["why"].strip():
                errors.append("%s: empty why" % where)
            key = (lab["family"], ln, lab["text"])
            if key in seen:
                errors.append("%s: duplicate label" % where)
            seen.add(key)
            fam[lab["family"]] += 1
    for f in files:
        if f.endswith(".expect.yml"):
            base = f[: -len(".expect.yml")]
            if not any(d.rsplit(".", 1)[0] == base for d in docs):
                errors.append("%s: expect file without document" % f)
    md = sum(d.endswith(".md") for d in docs)
    print("documents: %d (%d .md, %d .txt), clean: %d, with violations: %d"
          % (len(docs), md, len(docs) - md, clean, len(docs) - clean))
    for k in sorted(FAMILIES):
        print("  %-13s %d" % (k, fam[k]))
    print("  %-13s %d" % ("total", sum(fam.values())))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: no errors")

if __name__ == "__main__":
    main()

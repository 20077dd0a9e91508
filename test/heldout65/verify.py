#!/usr/bin/env python3
"""Check the heldout65 evaluation set: documents vs expect files, label shape, counts."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"kebencian", "provokasi", "hoaks", "netralitas", "data-pribadi", "kerahasiaan", "kesantunan"}
KEYS = {"family", "line", "text", "why"}
DOC_RE = re.compile(r"^\d\d-[a-z0-9-]+\.(md|txt)$")


def parse_yaml(src):
    """Minimal parser for the restricted format used here (list of flat mappings, JSON-style strings)."""
    try:
        import yaml  # optional
        return yaml.safe_load(src)
    except ImportError:
        pass
    s = src.strip()
    if s == "[]":
        return []
    items, cur = [], None
    for n, raw in enumerate(src.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m = re.match(r"^(- |  )([a-z_-]+):\s*(.*)$", raw)
        if not m:
            raise ValueError(f"line {n}: cannot parse: {raw!r}")
        if m.group(1) == "- ":
            cur = {}
            items.append(cur)
        elif cur is None:
            raise ValueError(f"line {n}: key outside list item")
        key, val = m.group(2), m.group(3).strip()
        if key in cur:
            raise ValueError(f"line {n}: duplicate key {key}")
        if val.startswith('"'):
            val = json.loads(val)
        elif re.fullmatch(r"-?\d+", val):
            val = int(val)
        cur[key] = val
    return items


def main():
    errors = []
    files = sorted(os.listdir(HERE))
    docs = [f for f in files if DOC_RE.match(f)]
    expects = [f for f in files if f.endswith(".expect.yml")]
    stray = [f for f in files if re.match(r"^\d\d-", f) and f not in docs and f not in expects]
    for f in stray:
        errors.append(f"{f}: unexpected file name")
    bases = {d.rsplit(".", 1)[0]: d for d in docs}
    nums = Counter(d[:2] for d in docs)
    for nn, c in nums.items():
        if c > 1:
            errors.append(f"number {nn} used by {c} documents")
    for e in expects:
        if e[: -len(".expect.yml")] not in bases:
            errors.append(f"{e}: no matching document")
    fam_count, type_count = Counter(), Counter()
    clean_by_type, viol_by_type = Counter(), Counter()
    clean = viol = 0
    for base, doc in bases.items():
        ext = doc.rsplit(".", 1)[1]
        type_count[ext] += 1
        exp = base + ".expect.yml"
        if exp not in expects:
            errors.append(f"{doc}: missing {exp}")
            continue
        lines = open(os.path.join(HERE, doc), encoding="utf-8").read().split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        try:
            labels = parse_yaml(open(os.path.join(HERE, exp), encoding="utf-8").read())
        except Exception as ex:  # noqa
            errors.append(f"{exp}: parse error: {ex}")
            continue
        if labels is None:
            labels = []
        if not isinstance(labels, list):
            errors.append(f"{exp}: top level is not a list")
            continue
        seen = set()
        for i, lab in enumerate(labels, 1):
            where = f"{exp} #{i}"
            if not isinstance(lab, dict):
                errors.append(f"{where}: not a mapping")
                continue
            if set(lab) != KEYS:
                errors.append(f"{where}: keys {sorted(lab)} != {sorted(KEYS)}")
                continue
            fam, ln, text, why = lab["family"], lab["line"], lab["text"], lab["why"]
            if fam not in FAMILIES:
                errors.append(f"{where}: bad family {fam!r}")
            if not isinstance(ln, int) or isinstance(ln, bool) or not 1 <= ln <= len(lines):
                errors.append(f"{where}: line {ln!r} out of range 1..{len(lines)}")
                continue
            if not isinstance(text, str) or not text.strip():
                errors.append(f"{where}: empty text")
                continue
            if not isinstance(why, str) or not why.strip():
                errors.append(f"{where}: empty why")
            if text not in lines[ln - 1]:
                errors.append(f"{where}: text not found on line {ln}: {text!r}")
            key = (fam, ln, text)
            if key in seen:
                errors.append(f"{where}: duplicate label")
            seen.add(key)
            fam_count[fam] += 1
        if labels:
            viol += 1
            viol_by_type[ext] += 1
        else:
            clean += 1
            clean_by_type[ext] += 1
    print(f"documents: {len(bases)}  clean: {clean}  with violations: {viol}")
    for ext in sorted(type_count):
        print(f"  .{ext}: {type_count[ext]} (clean {clean_by_type[ext]}, with violations {viol_by_type[ext]})")
    print("labels per family:")
    for fam in sorted(FAMILIES):
        print(f"  {fam:13s} {fam_count[fam]}")
    print(f"  {'total':13s} {sum(fam_count.values())}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nno errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())

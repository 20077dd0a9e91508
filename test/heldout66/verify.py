#!/usr/bin/env python3
"""Consistency check for the heldout66 blind evaluation set (stdlib only; uses PyYAML if present)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = {"kebencian", "provokasi", "hoaks", "netralitas", "data-pribadi", "kerahasiaan", "kesantunan"}
KEYS = {"family", "line", "text", "why"}
DOC_RE = re.compile(r"^\d{2}-[a-z0-9-]+\.(md|txt)$")


def parse_yaml(src):
    try:
        import yaml  # type: ignore
        return yaml.safe_load(src)
    except ImportError:
        pass
    s = src.strip()
    if s == "[]":
        return []
    items, cur = [], None
    for n, raw in enumerate(src.split("\n"), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m = re.match(r"^(- |  )([a-z-]+): (.*)$", raw)
        if not m:
            raise ValueError(f"line {n}: cannot parse {raw!r}")
        lead, key, val = m.groups()
        if lead == "- ":
            cur = {}
            items.append(cur)
        elif cur is None:
            raise ValueError(f"line {n}: key outside list item")
        if key in cur:
            raise ValueError(f"line {n}: duplicate key {key}")
        val = val.strip()
        cur[key] = json.loads(val) if val.startswith('"') else (int(val) if val.isdigit() else val)
    return items


def main():
    errors = []
    files = sorted(os.listdir(HERE))
    docs = [f for f in files if DOC_RE.match(f)]
    expects = [f for f in files if f.endswith(".expect.yml")]
    doc_bases = {d.rsplit(".", 1)[0]: d for d in docs}
    for e in expects:
        if e[: -len(".expect.yml")] not in doc_bases:
            errors.append(f"{e}: no matching document")
    fam_count, type_docs, type_labels = Counter(), Counter(), Counter()
    clean = violating = 0
    nums = sorted(int(d[:2]) for d in docs)
    if nums != list(range(1, len(nums) + 1)):
        errors.append(f"document numbering not contiguous: {nums}")
    for d in docs:
        base, ext = d.rsplit(".", 1)
        type_docs[ext] += 1
        ep = os.path.join(HERE, base + ".expect.yml")
        if not os.path.exists(ep):
            errors.append(f"{d}: missing {base}.expect.yml")
            continue
        lines = open(os.path.join(HERE, d), encoding="utf-8").read().split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        try:
            labels = parse_yaml(open(ep, encoding="utf-8").read())
        except Exception as ex:  # noqa: BLE001
            errors.append(f"{ep}: YAML error: {ex}")
            continue
        if labels is None:
            labels = []
        if not isinstance(labels, list):
            errors.append(f"{base}.expect.yml: top level must be a list")
            continue
        if labels:
            violating += 1
        else:
            clean += 1
        seen = set()
        for i, lab in enumerate(labels, 1):
            where = f"{base}.expect.yml #{i}"
            if not isinstance(lab, dict) or set(lab) != KEYS:
                errors.append(f"{where}: keys must be exactly {sorted(KEYS)}, got {lab!r}")
                continue
            fam, ln, text, why = lab["family"], lab["line"], lab["text"], lab["why"]
            if fam not in FAMILIES:
                errors.append(f"{where}: unknown family {fam!r}")
            if not isinstance(ln, int) or isinstance(ln, bool) or not 1 <= ln <= len(lines):
                errors.append(f"{where}: line {ln!r} out of range 1..{len(lines)}")
                continue
            if not isinstance(text, str) or not text.strip():
                errors.append(f"{where}: empty text")
                continue
            if not isinstance(why, str) or not why.strip():
                errors.append(f"{where}: empty why")
            if text not in lines[ln - 1]:
                errors.append(f"{where}: text {text!r} not found on line {ln}")
            key = (fam, ln, text)
            if key in seen or (fam, ln) in {(k[0], k[1]) for k in seen}:
                errors.append(f"{where}: duplicate label {key}")
            seen.add(key)
            fam_count[fam] += 1
            type_labels[ext] += 1
    if len(docs) < 32 or len(docs) > 36:
        errors.append(f"expected 32-36 documents, found {len(docs)}")

    print(f"documents: {len(docs)}  (clean {clean}, with violations {violating})")
    print("per type:  " + ", ".join(f".{t}: {type_docs[t]} docs / {type_labels[t]} labels" for t in sorted(type_docs)))
    print("per family:")
    for f in sorted(FAMILIES):
        print(f"  {f:<13} {fam_count[f]}")
    print(f"  {'total':<13} {sum(fam_count.values())}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())

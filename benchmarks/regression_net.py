"""Full-output regression net: run the engine over every text we have and dump or compare the answers.

    python benchmarks/regression_net.py dump OUT.json [--root CHECKOUT]
    python benchmarks/regression_net.py diff OLD.json NEW.json

Texts: the kit's gold articles and cases, the sample article, the regression corpus, every string
literal with a quote mark in the extractor's tests, and mutations of each (straight marks, one line
break between paragraphs, two articles run together, an emoji in front). ``--root`` runs another
checkout's engine (e.g. a ``git worktree`` of the commit before a change) on this checkout's texts.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import hashlib
import itertools
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
MARKS = "\"“”‘’«»„'"


def texts() -> dict[str, str]:
    """Every text of the net, by a stable key."""
    found: dict[str, str] = {"sample": (HERE / "tests/data/sample-article.txt").read_text(encoding="utf-8")}
    for path in (HERE / "tests/eval").rglob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            found[f"{path.stem}:{doc['id']}"] = doc["text"]
    for path in sorted((HERE / "tests/extractor").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 15 \
                    and any(m in node.value for m in MARKS):
                found.setdefault(f"{path.stem}:{hashlib.sha256(node.value.encode()).hexdigest()[:10]}", node.value)
    base = dict(found)
    keys = sorted(base)
    for key in keys:
        text = base[key]
        found[f"{key}|straight"] = text.translate(str.maketrans("“”‘’", "\"\"''"))
        if "\n\n" in text:
            found[f"{key}|single-breaks"] = text.replace("\n\n", "\n")
        found[f"{key}|emoji"] = "🙂 " + text
    for a, b in itertools.pairwise(keys):
        found[f"{a}+{b}"] = base[a] + "\n\n" + base[b]
    return found


def dump(out: Path, root: Path) -> None:
    sys.path.insert(0, str(root))
    from service.extractor import ExtractOptions, extract

    options = ExtractOptions(include_other=True, timeout=None)
    answers = {}
    for key, text in sorted(texts().items()):
        answer = dataclasses.asdict(extract(text, options))
        for speaker in answer["speakers"]:
            if speaker.get("known_id", 0) is None:
                del speaker["known_id"]  # a field added later, empty without known speakers
        answers[key] = answer
    out.write_text(json.dumps(answers, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(answers)} texts -> {out}")


def diff(old_path: Path, new_path: Path) -> int:
    old = json.loads(old_path.read_text(encoding="utf-8"))
    new = json.loads(new_path.read_text(encoding="utf-8"))
    changed = 0
    common = sorted(set(old) & set(new))
    for key in common:
        a, b = old[key], new[key]
        if a == b:
            continue
        changed += 1
        print(f"== {key}")
        qa = {(q["start"], q["end"]): q for q in a["quotes"]}
        qb = {(q["start"], q["end"]): q for q in b["quotes"]}
        for span in sorted(set(qa) | set(qb)):
            x, y = qa.get(span), qb.get(span)
            if x == y:
                continue
            for label, q in (("-", x), ("+", y)):
                if q is None:
                    print(f"   {label} (none) {span}")
                    continue
                who = q["speaker"] and (q["speaker"]["name"], q["speaker"]["type"], q["speaker"]["mention"]["text"])
                print(f"   {label} {span} {q['kind']} {q['rule']} {q['confidence']} {who} "
                      f"cue={q['cue'] and q['cue']['text']} | {q['text'][:60]!r}")
        if a["speakers"] != b["speakers"]:
            names = [(s["name"], s["type"], s["titles"]) for s in a["speakers"]]
            if names != [(s["name"], s["type"], s["titles"]) for s in b["speakers"]]:
                print("   speakers differ:", names, "->", [(s["name"], s["type"], s["titles"]) for s in b["speakers"]])
            for x, y in zip(a["speakers"], b["speakers"], strict=False):
                gone = [m["text"] for m in x["mentions"] if m not in y["mentions"]]
                added = [m["text"] for m in y["mentions"] if m not in x["mentions"]]
                if gone or added:
                    print(f"   mentions of {x['name']}: -{gone} +{added}")
    print(f"{changed} of {len(common)} texts changed ({len(set(old) ^ set(new))} texts in one run only)")
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--root", type=Path, default=HERE)
    c = sub.add_parser("diff")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.root)
        return 0
    return diff(args.old, args.new)


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Sanity checks for bench/gold against bench/corpus (no project code involved).

usage: python3 bench/check_gold.py [GOLD_DIR] [CORPUS_DIR]
- every gold file names an article that exists, with an ISO publication date;
- every event's evidence is a verbatim sentence (substring) of its article;
- every event actor / target (and alternative) is a gold entity name or alias somewhere in the corpus;
- every gold entity (by name or one alias) actually occurs in its article's text, unless it is
  marked "implicit" (named only by a description, e.g. "His government's foreign ministry");
- every date is YYYY, YYYY-MM or YYYY-MM-DD;
- bench/single.json (if present) names gold entities, with forms that occur in the corpus.
Exits 1 on the first list of problems, 0 when clean.
"""
import json
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
gold_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "gold")
corpus_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "corpus")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

golds = [json.load(open(os.path.join(gold_dir, f))) for f in sorted(os.listdir(gold_dir)) if f.endswith(".json")]
known = set()
for g in golds:
    for e in g["entities"]:
        known.add(e["name"].lower())
        known |= {a.lower() for a in e.get("aliases", [])}

problems = []
n_ent = n_ev = 0
for g in golds:
    art = g["article"]
    path = os.path.join(corpus_dir, art)
    if not os.path.exists(path):
        problems.append(f"{art}: no such article")
        continue
    text = open(path, encoding="utf-8").read()
    low = text.lower()
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", g.get("published") or ""):
        problems.append(f"{art}: bad published {g.get('published')!r}")
    for e in g["entities"]:
        n_ent += 1
        if e["type"] not in ("Person", "Organization", "Place"):
            problems.append(f"{art}: {e['name']}: bad type {e['type']}")
        forms = [e["name"]] + e.get("aliases", [])
        if not e.get("implicit") and not any(f.lower() in low for f in forms):
            problems.append(f"{art}: entity {e['name']!r} does not occur in the text")
    for ev in g["events"]:
        n_ev += 1
        if ev["evidence"] not in text:
            problems.append(f"{art}: evidence not verbatim: {ev['evidence'][:70]!r}")
        if ev.get("date") and not DATE.match(ev["date"]):
            problems.append(f"{art}: bad date {ev['date']!r}")
        for name in [ev["actor"]] + ev.get("alt_actors", []) + [ev.get("target")] + ev.get("alt_targets", []):
            if name and name.lower() not in known:
                problems.append(f"{art}: {name!r} is not a gold entity name or alias")
single_path = os.path.join(os.path.dirname(os.path.abspath(gold_dir)), "single.json")
if os.path.exists(single_path):  # score.py --single: names must be gold entities, forms must occur in the corpus
    corpus_text = "\n".join(open(os.path.join(corpus_dir, f), encoding="utf-8").read()
                            for f in os.listdir(corpus_dir) if f.endswith(".txt"))
    gold_names = {e["name"].lower() for g in golds for e in g["entities"]}
    for name, forms in json.load(open(single_path))["entities"].items():
        if name.lower() not in gold_names:
            problems.append(f"single.json: {name!r} is not a gold entity name")
        for f in forms:
            if f not in corpus_text:
                problems.append(f"single.json: form {f!r} of {name!r} does not occur in the corpus")
for p in problems:
    print(p)
print(f"{len(golds)} gold files, {n_ent} entities, {n_ev} events, {len(problems)} problems")
sys.exit(1 if problems else 0)

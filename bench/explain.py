#!/usr/bin/env python3
"""Per-event explanation of a score: for every gold event, what the served graph has for it.

usage: python3 bench/explain.py BASE_URL [GOLD_DIR]
For each gold event (in article order): OK / MISS, the gold actor -> target and date, and the
graph's events reported from the same evidence sentence (type, agent -> target, date), so a miss
shows whether the event is absent, misdated, or given to another agent. Then, per article, the
graph's entities that name no gold entity. Read-only; uses the HTTP API like score.py.
"""
import json
import os
import re
import sys
import unicodedata
import urllib.parse
import urllib.request

BASE = sys.argv[1].rstrip("/")
GOLD = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold")


def get(path, **params):
    url = BASE + path + ("?" + urllib.parse.urlencode(params) if params else "")
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.load(r)


def norm(s):  # as in score.py
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode()
    s = re.sub(r"^(the|mr|mrs|ms)\s+", "", s.lower().strip())
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def key(src):
    return re.sub(r"\.(txt|md|html?|jsonl|json)$", "", os.path.basename(str(src or "")))


golds = [json.load(open(os.path.join(GOLD, f))) for f in sorted(os.listdir(GOLD)) if f.endswith(".json")]
names = {}
for g in golds:
    for e in g["entities"]:
        names.setdefault(norm(e["name"]), set()).update({norm(e["name"])} | {norm(a) for a in e["aliases"]})
all_events = get("/api/events", limit=10000)["results"]
by_art = {}
for x in all_events:
    for s in x.get("sources", []):
        by_art.setdefault(key(s.get("source")), []).append((x, s))


def show(x):
    a = (x.get("agent") or {}).get("label")
    t = (x.get("target") or {}).get("label")
    return f"{x.get('type')} | {a} -> {t} | {x.get('date')} [{x.get('date_precision')}]"


ok_n = 0
for g in golds:
    art = key(g["article"])
    print(f"=== {art} (published {g['published']})")
    for ev in g["events"]:
        actors = {n for a in [ev["actor"]] + ev.get("alt_actors", []) for n in names.get(norm(a), {norm(a)})}
        targets = {n for t in [ev.get("target")] + ev.get("alt_targets", []) if t for n in names.get(norm(t), {norm(t)})}
        same = [x for x, s in by_art.get(art, []) if s.get("text") and
                (s["text"].strip() in ev["evidence"] or ev["evidence"] in s["text"] or
                 s["text"].strip()[:60] == ev["evidence"][:60])]
        good = [x for x, s in by_art.get(art, []) if norm((x.get("agent") or {}).get("label")) in actors
                and str(x.get("date") or "")[:10] == ev["date"]]
        tgood = [x for x in good if ev.get("target") is None or norm((x.get("target") or {}).get("label")) in targets]
        status = "OK " if tgood else ("OK-no-target" if good else "MISS")
        ok_n += bool(good)
        print(f"  [{status}] {ev['actor']} -> {ev.get('target')} {ev['date']} ({ev['action']})")
        print(f"        evidence: {ev['evidence'][:150]}")
        for x in same:
            print(f"        graph, same sentence: {show(x)}")
        if not same:
            print("        graph, same sentence: (nothing)")
print(f"\n{ok_n} gold events with an event of a gold actor name on the gold date in the same article")
print("\n=== graph entities naming no gold entity")
gold_all = set().union(*names.values())
for e in sorted(get("/api/entities", limit=10000)["results"], key=lambda e: e["label"]):
    if not ({norm(e["label"])} | {norm(a) for a in e.get("aliases", [])}) & gold_all:
        print(f"  {e['label']!r} ({e['type']}/{e.get('kind')})")

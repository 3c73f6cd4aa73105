"""Entity search: an in-memory index of every label and alias, built once from the store.

Ranking, best first: exact label (1.0) > exact alias > prefix > every word present > fuzzy.
Names are compared case- and accent-insensitively, without punctuation (a dotted acronym
"U.S." is "US") and without a leading "the", "mr", "mrs" or "ms", so "Ms. Roe", "roe" and
"Roé" all find Jane Roe. Typos are matched with rapidfuzz over the whole index at once.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property

import pyoxigraph as ox
from rapidfuzz import fuzz, process

from kg.read._common import select
from kg.read.summaries import entity_summary

EXACT_LABEL, EXACT_ALIAS = 1.0, 0.95
FUZZY_CUTOFF = 85
_LEADING = re.compile(r"^(?:the|mr|mrs|ms)\s+(?=\S)")
_DOTTED = re.compile(r"(?<!\w)((?:[^\W\d_]\.)+[^\W\d_])\.?(?!\w)")  # U.S., U.N., U.S.A


def normalize(name: str) -> str:
    """Lower-case, accent-free, punctuation-free form of a name, without a leading article or title."""
    text = _DOTTED.sub(lambda m: m.group(1).replace(".", ""), name)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = " ".join(re.sub(r"[^\w]+", " ", text).replace("_", " ").split())
    return _LEADING.sub("", text)


@dataclass(frozen=True)
class _Name:
    entity: int  # index into LookupIndex.entities
    text: str  # as stored
    key: str  # normalized
    is_label: bool


@dataclass
class LookupIndex:
    """Every entity's summary and names, held in memory for fast look-ups."""

    entities: list[dict] = field(default_factory=list)
    names: list[_Name] = field(default_factory=list)

    @classmethod
    def from_store(cls, store: ox.Store) -> LookupIndex:
        """Read every entity's label and aliases from the store."""
        rows = select(store, "SELECT ?e WHERE { ?e a nkg:Entity }")
        entities = sorted((entity_summary(store, r["e"]) for r in rows), key=_listing_order)
        names = []
        for i, e in enumerate(entities):
            names.append(_Name(i, e["label"], normalize(e["label"]), True))
            names.extend(_Name(i, a, normalize(a), False) for a in e["aliases"])
        return cls(entities, [n for n in names if n.key])

    def search(self, q: str | None = None, *, type: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
        """Entities matching `q`, best first (all entities by mention count when `q` is empty)."""
        wanted = [i for i, e in enumerate(self.entities) if type is None or e["type"] == type]
        key = normalize(q or "")
        if not key:
            return [_result(self.entities[i], None, None) for i in wanted[offset: offset + limit]]
        allowed = set(wanted)
        best: dict[int, tuple[float, str]] = {}
        for name in (self.names[i] for i in sorted(self._candidates(key))):
            if name.entity in allowed:
                score = _score(key, name)
                if score and score > best.get(name.entity, (0.0, ""))[0]:
                    best[name.entity] = (score, name.text)
        self._fuzzy(key, allowed, best)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], _listing_order(self.entities[kv[0]])))
        return [_result(self.entities[i], score, match) for i, (score, match) in ranked[offset: offset + limit]]

    @cached_property
    def _keys(self) -> list[str]:
        return [n.key for n in self.names]

    @cached_property
    def _words(self) -> tuple[list[str], list[int]]:
        """Every word of every name, sorted, with the index of its name."""
        pairs = sorted((w, i) for i, n in enumerate(self.names) for w in set(n.key.split()))
        return [w for w, _ in pairs], [i for _, i in pairs]

    def _candidates(self, key: str) -> set[int]:
        """Names in which every word of `key` begins a word: the only ones `_score` can match."""
        words, owners = self._words
        found: set[int] | None = None
        for q in set(key.split()):
            hits = set()
            j = bisect_left(words, q)
            while j < len(words) and words[j].startswith(q):
                hits.add(owners[j])
                j += 1
            found = hits if found is None else found & hits
            if not found:
                return set()
        return found or set()

    def _fuzzy(self, key: str, allowed: set[int], best: dict[int, tuple[float, str]]) -> None:
        """Add typo-tolerant matches for entities nothing better found."""
        if len(key) < 4:
            return
        for i, ratio in self._similar(key).items():
            name = self.names[i]
            if name.entity not in allowed or best.get(name.entity, (0.0, ""))[0] >= 0.5:
                continue
            score = round(0.5 * ratio / 100, 4)
            if score > best.get(name.entity, (0.0, ""))[0]:
                best[name.entity] = (score, name.text)

    def _similar(self, key: str) -> dict[int, float]:
        """Name index -> similarity (as `similarity`) for every name at least FUZZY_CUTOFF close."""
        found: dict[int, float] = {}

        def keep(choices: list[str], scorer, owners: list[int] | None = None) -> None:
            for _, ratio, i in process.extract(key, choices, scorer=scorer, score_cutoff=FUZZY_CUTOFF, limit=None):
                j = i if owners is None else owners[i]
                found[j] = max(found.get(j, 0.0), ratio)

        keep(self._keys, fuzz.ratio)
        keep(self._keys, fuzz.token_sort_ratio)
        if len(key) >= 5:
            keep([k[: len(key)] for k in self._keys], fuzz.ratio)
            if " " not in key:
                words, owners = self._words
                keep(words, fuzz.ratio, owners)
        return found


def similarity(key: str, name: str) -> float:
    """0-100: how close a query is to a name, to its beginning or, for one word, to one of its words."""
    score = max(fuzz.ratio(key, name), fuzz.token_sort_ratio(key, name))
    if len(key) >= 5 and len(name) > len(key):
        score = max(score, fuzz.ratio(key, name[: len(key)]))
    if len(key) >= 5 and " " not in key:
        score = max([score, *(fuzz.ratio(key, w) for w in name.split())])
    return score


def _score(key: str, name: _Name) -> float:
    """The score of one name for a normalized query, 0 when it does not match without fuzziness."""
    if key == name.key:
        return EXACT_LABEL if name.is_label else EXACT_ALIAS
    if name.key.startswith(key):
        return round(0.8 + 0.1 * len(key) / len(name.key), 4)
    words, query_words = name.key.split(), key.split()
    if all(any(w.startswith(q) for w in words) for q in query_words):
        return round(0.6 + 0.1 * len(key) / len(name.key), 4)
    return 0.0


def _listing_order(e: dict) -> tuple:
    return (-(e.get("mentionCount") or 0), e["label"] or "", e["id"])


def _result(e: dict, score: float | None, match: str | None) -> dict:
    return {k: e[k] for k in ("id", "iri", "label", "type", "kind", "aliases")} | {"score": score, "match": match}

"""Corpus-wide entity resolution: mentions become one node per real-world actor, however spelled."""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz

from kg.extract.government import aliases as ministry_aliases
from kg.extract.people import _same_person
from kg.gazetteer import Gazetteer, fold, gazetteer
from kg.records import ORGANIZATION, PERSON, PLACE, Entity, Mention

SPELLING = [(r"isation\b", "ization"), (r"defense\b", "defence"), (r"\bcentre\b", "center")]


def normal(name: str) -> str:
    """A name's key: folded, with British and American spellings made one."""
    key = fold(name)
    for pattern, repl in SPELLING:
        key = re.sub(pattern, repl, key)
    return key


def mention_key(m: Mention) -> str:
    """The first grouping of a mention, before clusters are merged."""
    if m.type == PLACE and m.kind == "Country" and m.country:
        return f"country:{m.country}"
    if m.kind == "GovernmentBody" and m.country:
        return f"gov:{normal(m.name)}"
    if m.kind == "GovernmentBody":  # "the interior ministry" of no known country: only this article's
        return f"gov:{normal(m.name)}@{m.article}"
    return f"{m.type.lower()}:{normal(m.name)}"


class _Clusters:
    """Union-find over mention keys."""

    def __init__(self, keys: Iterable[str]):
        self.parent = {k: k for k in keys}

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # deterministic: the smaller key is the root


def _retype(groups: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """A name the model typed Person in one place and Organization in another is the person's."""
    out = defaultdict(list)
    for key, ms in groups.items():
        kind, name = key.split(":", 1)
        if kind == "organization" and f"person:{name}" in groups:
            out[f"person:{name}"].extend(ms)
        else:
            out[key].extend(ms)
    return out


def _link_people(clusters: _Clusters, keys: list[str], groups: dict[str, list[Mention]]) -> None:
    people = sorted(k for k in keys if k.startswith("person:"))
    names = {k: groups[k][0].name for k in people}
    full = [k for k in people if len(names[k].split()) > 1]
    for i, a in enumerate(full):
        for b in full[i + 1:]:
            if _same_person(names[a], names[b]):
                clusters.union(a, b)
    for k in people:
        if len(names[k].split()) == 1:  # a surname alone joins the one full name it can belong to
            owners = {clusters.find(f) for f in full if _same_person(names[f], names[k])}
            if len(owners) == 1:
                clusters.union(k, owners.pop())


def _link_orgs(clusters: _Clusters, keys: list[str], groups: dict[str, list[Mention]], gz: Gazetteer) -> None:
    orgs = sorted(k for k in keys if k.startswith(("organization:", "gov:")))
    igos = {}
    for k in orgs:  # names the Phoenix dictionary gives one international organization ("EU", "European Union")
        group = gz.igo(k.split(":", 1)[1]) if k.startswith("organization:") else None
        if group is not None:
            clusters.union(igos.setdefault(group, k), k)
    acronyms = defaultdict(set)
    for k in orgs:
        for m in groups[k]:
            if m.acronym:
                acronyms[normal(m.acronym)].add(k)
    for k in orgs:
        name = k.split(":", 1)[1]
        for owner in sorted(acronyms.get(name, ())):
            if owner != k:
                clusters.union(k, owner)
    orgs = [k for k in orgs if "@" not in k]  # a body of no known country stays in its article
    for i, a in enumerate(orgs):
        for b in orgs[i + 1:]:
            if fuzz.ratio(a.split(":", 1)[1], b.split(":", 1)[1]) >= 94:
                clusters.union(a, b)


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return s[:60] or "entity"


def _label(ms: list[Mention], type_: str) -> str:
    """The fullest, most widely used proper name: most articles, then most mentions, then longest."""
    names = [m.name for m in ms if m.proper] or [m.name for m in ms]
    if type_ != PERSON and any(not n.isupper() for n in names):
        names = [n for n in names if not n.isupper()]  # "Pacific Islands Forum", not "PIF"
    arts = defaultdict(set)
    for m in ms:
        arts[m.name].add(m.article)
    counts = Counter(names)
    return max(counts, key=lambda n: (len(arts[n]), counts[n], len(n), n))


def _igo_names(label: str, gz: Gazetteer) -> list[str]:
    """The names of more than one word the Phoenix dictionary gives the organization ("Security Council")."""
    group = gz.igo(label)
    initials = {i.lower() for ns in gz.igo_initials.values() for i in ns}
    names = [k for k, g in gz.igos.items() if g == group and len(k.split()) >= 2]
    return [" ".join(w.upper() if w in initials else w if w in {"of", "the", "for", "and", "on"} else w.capitalize()
                     for w in n.split()) for n in sorted(names)]


def _aliases(label: str, ms: list[Mention], gz: Gazetteer) -> tuple[str, ...]:
    forms = [m.text for m in ms if m.proper] + [m.name for m in ms] + [m.acronym for m in ms if m.acronym]
    forms += [m.text for m in ms if not m.proper and m.kind == "Country"]  # "Moscow said": the capital for its country
    first = ms[0]
    country = gz.countries.get(first.country or "")
    if first.kind == "Country" and country:
        forms += country.names
    if first.type == ORGANIZATION and gz.igo(label) is not None:
        forms += gz.igo_initials.get(gz.igo(label), [])  # the initials people write: "UN", "EU"
        forms += _igo_names(label, gz)
    if first.kind == "GovernmentBody" and country:
        portfolio = re.match(r"Ministry of (.+) of ", label)
        forms += ministry_aliases(portfolio.group(1) if portfolio else None, country)
        owned = (re.match(r"(.+?)['’]s\s+([A-Z].*)$", m.text) for m in ms)  # "India's Ministry of X"
        forms += [o.group(2) for o in owned if o and len(o.group(2).split()) >= 3 and gz.country(o.group(1))]
    seen, out = {label.lower()}, []  # spelling variants ("U.S.", "Organisation") are aliases too
    for f in forms:
        f = re.sub(r"^(the|The)\s+|['’]s$", "", f.strip())
        if f and f.lower() not in seen:
            seen.add(f.lower())
            out.append(f)
    return tuple(sorted(out, key=str.lower))


def resolve_entities(mentions: Iterable[Mention], *, gz: Gazetteer | None = None) -> tuple[list[Entity], dict[str, str]]:
    """Entities with stable ids, and a map from each mention key to its entity id."""
    gz = gz or gazetteer()
    groups = defaultdict(list)
    for m in mentions:
        groups[mention_key(m)].append(m)
    groups = _retype(groups)
    keys = sorted(groups)
    clusters = _Clusters(keys)
    _link_people(clusters, keys, groups)
    _link_orgs(clusters, keys, groups, gz)
    merged = defaultdict(list)
    for k in keys:
        merged[clusters.find(k)].extend(groups[k])
    entities, key_to_id, used = [], {}, set()
    for root in sorted(merged):
        ms = sorted(merged[root], key=lambda m: (m.article, m.start))
        type_ = Counter(m.type for m in ms).most_common(1)[0][0]
        label = _label(ms, type_)
        eid = slug(label)
        if eid in used:
            eid = f"{eid}-{hashlib.sha1(root.encode()).hexdigest()[:6]}"
        used.add(eid)
        kind = Counter(m.kind for m in ms if m.kind).most_common(1)
        roles = tuple(r for r, _ in Counter(m.role for m in ms if m.role).most_common())
        country = next((m.country for m in ms if m.country and m.kind in {"Country", "GovernmentBody"}), None)
        entities.append(Entity(eid, type_, label, kind[0][0] if kind else None, _aliases(label, ms, gz),
                               roles, country, None, tuple(ms)))
        for k in keys:
            if clusters.find(k) == root:
                key_to_id[k] = eid
    for k in list(key_to_id):  # a name retyped to the person keeps its organization key too
        if k.startswith("person:"):
            key_to_id.setdefault("organization:" + k.split(":", 1)[1], key_to_id[k])
    return _with_owners(entities, key_to_id, gz), key_to_id


def _with_owners(entities: list[Entity], key_to_id: dict[str, str], gz: Gazetteer) -> list[Entity]:
    """A government body is part of its country; the country is added when no article names it."""
    out = list(entities)
    for i, e in enumerate(entities):
        if e.kind != "GovernmentBody" or not e.country:
            continue
        key = f"country:{e.country}"
        if key not in key_to_id:
            c = gz.countries[e.country]
            key_to_id[key] = slug(c.name)
            out.append(Entity(slug(c.name), PLACE, c.name, "Country", tuple(n for n in c.names if n != c.name),
                              (), c.iso3))
        out[i] = Entity(e.id, e.type, e.label, e.kind, e.aliases, e.roles, e.country, key_to_id[key], e.mentions)
    return sorted(out, key=lambda e: e.id)


__all__ = ["resolve_entities", "mention_key", "ORGANIZATION"]

"""Entity mentions of one article: typed spans, government bodies, acronyms and in-document coreference."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.extract.frames import FRAMES, codes_an_event
from kg.extract.government import find_bodies
from kg.extract.people import attach_people, descriptions, org_descriptions, pronouns, with_roles
from kg.extract.recall import gazetteer_places, igo_spans, propagated
from kg.extract.spans import acronym_of, is_acronym, typed_spans
from kg.gazetteer import Gazetteer, fold, gazetteer
from kg.nlp import Part
from kg.records import ORGANIZATION, PERSON, PLACE, Article, Mention

SPEECH_OR_ACTION = {"nsubj", "nsubjpass"}
DECISION_NOUNS = {"decision", "request", "move", "call", "response", "reply", "position", "statement"}


def _mention(article: Article, part: Part, span: Span, **fields) -> Mention:
    start = part.offset + span.start_char
    end = part.offset + span.end_char
    return Mention(article=article.id, start=start, end=end, text=article.text[start:end], **fields)


def _short_form(doc: Doc, end: int, gz: Gazetteer) -> str | None:
    """The short form a name is given in parentheses right after it: "(PIF)", "(Stats SA)", "(Cosatu)"."""
    close = next((i for i in range(end + 1, min(end + 5, len(doc))) if doc[i].text == ")"), None)
    if end >= len(doc) or doc[end].text != "(" or close is None or close == end + 1:
        return None
    inner = doc[end + 1:close]
    if not all(t.is_alpha and t.text[0].isupper() for t in inner) or len(inner.text) > 12:
        return None
    if gz.country(inner.text) or gz.city(inner.text) or gz.demonym_country(inner.text):
        return None  # "(Kenya)": where it is, not what it is called
    return inner.text if is_acronym(inner[0]) or len(inner) == 1 or any(t.is_upper for t in inner) else None


def _acronyms(doc: Doc, named: list[tuple[Span, str]], gz: Gazetteer) -> dict[str, str]:
    """Short forms the text defines ("Pacific Islands Forum (PIF)") -> the full name."""
    out = {}
    for span, name in named:
        short = _short_form(doc, span.end, gz)
        if short and fold(short) != fold(name):
            out.setdefault(short, name)  # a government body's label before the model's span of it
        elif is_acronym(span[0]) and len(span) == 1:
            out.setdefault(span.text, span.text)
    return out


def _initials(name: str, type_: str, text: str) -> str | None:
    """Initials that stand for an organization's name of three words or more, if the text uses them."""
    initials = acronym_of(name) if type_ == ORGANIZATION and len(name.split()) >= 3 else ""
    return initials if len(initials) >= 3 and re.search(rf"\b{initials}\b", text) else None


def _dominant_country(typed: list) -> str | None:
    counts = Counter(t.country for t in typed if t.type == PLACE and t.country)
    return counts.most_common(1)[0][0] if counts else None


def _metonymy(span: Span, gz: Gazetteer, named: set[str]):
    """A capital that says or does something, or owns a decision, stands for its country; so does one
    that an action is done to ("accused Tokyo", "a protest with Beijing") when the text names that country."""
    country = gz.capital_of(span.text)
    if country is None:
        return None
    root = span.root
    acts = root.dep_ in SPEECH_OR_ACTION and root.head.pos_ in {"VERB", "AUX"}
    owns = root.dep_ == "poss" and root.head.lemma_.lower() in DECISION_NOUNS
    return country if acts or owns or (country.iso3 in named and _acted_on(root)) else None


def _acted_on(root) -> bool:
    """The direct object of an action verb, or the object of its 'with', 'against' or 'on'."""
    if root.dep_ == "dobj":
        return root.head.pos_ == "VERB" and codes_an_event(root.head)
    if root.dep_ != "pobj" or root.head.lower_ not in {"with", "against", "on"}:
        return False
    head = root.head.head
    if head.pos_ == "NOUN":  # "lodged a protest with": the action noun, or the verb it is the object of
        return head.lemma_.lower() in FRAMES or (head.head.pos_ == "VERB" and codes_an_event(head.head))
    return head.pos_ == "VERB" and codes_an_event(head)


def doc_mentions(article: Article, part: Part, gz: Gazetteer) -> list[Mention]:
    """The typed mentions of one Doc, before people are linked."""
    doc = part.doc
    typed = igo_spans(doc, list(typed_spans(doc, gz)), gz)
    typed = sorted(typed + gazetteer_places(doc, typed, gz), key=lambda t: t.span.start)
    default = gz.countries.get(_dominant_country(typed) or "")
    igos = {i for t in typed if t.kind == "InternationalOrganization" for i in range(t.span.start, t.span.end)}
    bodies = [b for b in find_bodies(doc, gz, default_country=default)
              if not igos & set(range(b.span.start, b.span.end))]
    acronyms = _acronyms(doc, [(b.span, b.label) for b in bodies]
                         + [(t.span, t.name) for t in typed if t.type == ORGANIZATION], gz)
    taken = {i for b in bodies for i in range(b.span.start, b.span.end)}
    named = {t.country for t in typed if t.kind == "Country" and t.country}
    out = [_mention(article, part, b.span, type=ORGANIZATION, kind="GovernmentBody", name=b.label,
                    country=b.country.iso3 if b.country else None,
                    acronym=next((a for a, full in acronyms.items() if full == b.label), None)) for b in bodies]
    for t in typed:
        if taken & set(range(t.span.start, t.span.end)):
            continue
        taken |= set(range(t.span.start, t.span.end))
        capital_for = _metonymy(t.span, gz, named) if t.kind == "City" else None
        if capital_for:
            out.append(_mention(article, part, t.span, type=PLACE, kind="Country", name=capital_for.name,
                                country=capital_for.iso3, proper=False))
            continue
        if t.type == PERSON and acronyms.get(t.name, t.name) != t.name:
            t = replace(t, type=ORGANIZATION, kind=None)  # "the SARB said": a defined short form, not a person
        name = acronyms.get(t.name, t.name) if t.type == ORGANIZATION else t.name
        acro = next((a for a, full in acronyms.items() if full == name and a != name), None)
        out.append(_mention(article, part, t.span, type=t.type, kind=t.kind, name=name,
                            country=t.country, acronym=acro or _initials(name, t.type, article.text)))
    out += _bare_short_forms(article, part, acronyms, taken, out)
    return sorted(out, key=lambda m: m.start)


def _bare_short_forms(article: Article, part: Part, acronyms: dict[str, str], taken: set[int],
                      out: list[Mention]) -> list[Mention]:
    """Defined short forms the model did not tag ("turned to the PIF", "Stats SA said")."""
    doc, found = part.doc, []
    for short, full in acronyms.items():
        n = len(short.split())
        for i in range(len(doc) - n + 1):
            span = doc[i:i + n]
            if span.text != short or taken & set(range(i, i + n)) or (short == full and not is_acronym(doc[i])):
                continue
            taken |= set(range(i, i + n))
            found.append(_mention(article, part, span, type=ORGANIZATION,
                                  kind=next((m.kind for m in out if m.name == full and m.kind), None),
                                  name=full, acronym=short))
    return found


def extract_mentions(article: Article, parts: list[Part], *, gz: Gazetteer | None = None) -> list[Mention]:
    """Every entity mention of an article, each with the fullest name it has in that article."""
    gz = gz or gazetteer()
    mentions = [m for part in parts for m in with_roles(part, doc_mentions(article, part, gz), gz)]
    mentions = attach_people(mentions)
    mentions = _short_names(mentions + propagated(article, parts, mentions))
    for part in parts:
        mentions += descriptions(article, part, mentions) + org_descriptions(article, part, mentions)
        mentions += pronouns(article, part, mentions)
    return _fill_kinds(sorted(mentions, key=lambda m: (m.start, m.end)))


def _short_names(mentions: list[Mention]) -> list[Mention]:
    """'The Commission' after 'European Commission', 'Meta' after 'Meta Platforms': a short name that
    is the first or last word (or the last words) of exactly one organization named before it."""
    mentions = sorted(mentions, key=lambda m: m.start)
    orgs = [m for m in mentions if m.type == ORGANIZATION and m.proper and len(fold(m.name).split()) >= 2]
    out = []
    for m in mentions:
        words = fold(m.name).split()
        if not _may_shorten(m, words, mentions):
            out.append(m)
            continue
        owners = {o.name: o for o in orgs if o.start < m.start and o.name != m.name and _shortens(words, fold(o.name).split())}
        # a name used alone before the long one ("Reuters" before "Thomson Reuters ...") is its own
        alone_before = any(fold(x.name) == fold(m.name) and x.start < min((o.start for o in owners.values()), default=0)
                           for x in mentions)
        if len(owners) == 1 and not alone_before:
            o = next(iter(owners.values()))
            m = replace(m, type=ORGANIZATION, kind=o.kind, name=o.name, country=o.country, role=None)
        out.append(m)
    return out


def _may_shorten(m: Mention, words: list[str], mentions: list[Mention]) -> bool:
    if not m.proper or m.type not in {ORGANIZATION, PERSON} or m.country or not words:
        return False
    if m.type == PERSON:  # a lone word no person's full name accounts for
        return len(words) == 1 and fold(m.text) == words[0]
    return len(words) <= 2


def _shortens(words: list[str], full: list[str]) -> bool:
    return len(words) < len(full) and (full[-len(words):] == words or (len(words) == 1 and full[0] == words[0]))


def _fill_kinds(mentions: list[Mention]) -> list[Mention]:
    """Give every mention of a name the kind any of its mentions has."""
    kinds = {fold(m.name): m.kind for m in mentions if m.kind}
    return [m if m.kind else replace(m, kind=kinds.get(fold(m.name))) for m in mentions]


__all__ = ["extract_mentions", "PERSON"]

"""Entity mentions of one article: typed spans, government bodies, acronyms and in-document coreference."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.extract.government import find_bodies
from kg.extract.people import attach_people, descriptions, org_descriptions, pronouns, with_roles
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


def _acronyms(doc: Doc, typed: list) -> dict[str, str]:
    """Acronyms the text defines ("Pacific Islands Forum (PIF)") -> the full name."""
    out = {}
    for t in typed:
        if t.type != ORGANIZATION:
            continue
        after = doc[t.span.end:t.span.end + 3]
        if len(after) == 3 and after[0].text == "(" and after[2].text == ")" and is_acronym(after[1]):
            out[after[1].text] = t.name
        elif is_acronym(t.span[0]) and len(t.span) == 1:
            out.setdefault(t.span.text, t.span.text)
    return out


def _initials(name: str, type_: str) -> str | None:
    """Initials that can stand for an organization's name: three letters or more."""
    initials = acronym_of(name) if type_ == ORGANIZATION and len(name.split()) >= 3 else ""
    return initials if len(initials) >= 3 else None


def _dominant_country(typed: list) -> str | None:
    counts = Counter(t.country for t in typed if t.type == PLACE and t.country)
    return counts.most_common(1)[0][0] if counts else None


def _metonymy(span: Span, gz: Gazetteer):
    """A capital that says or does something, or owns a decision, stands for its country."""
    country = gz.capital_of(span.text)
    if country is None:
        return None
    root = span.root
    acts = root.dep_ in SPEECH_OR_ACTION and root.head.pos_ in {"VERB", "AUX"}
    owns = root.dep_ == "poss" and root.head.lemma_.lower() in DECISION_NOUNS
    return country if acts or owns else None


def doc_mentions(article: Article, part: Part, gz: Gazetteer) -> list[Mention]:
    """The typed mentions of one Doc, before people are linked."""
    doc = part.doc
    typed = list(typed_spans(doc, gz))
    acronyms = _acronyms(doc, typed)
    default = gz.countries.get(_dominant_country(typed) or "")
    bodies = list(find_bodies(doc, gz, default_country=default))
    taken = {i for b in bodies for i in range(b.span.start, b.span.end)}
    out = [_mention(article, part, b.span, type=ORGANIZATION, kind="GovernmentBody", name=b.label,
                    country=b.country.iso3 if b.country else None) for b in bodies]
    for t in typed:
        if taken & set(range(t.span.start, t.span.end)):
            continue
        taken |= set(range(t.span.start, t.span.end))
        capital_for = _metonymy(t.span, gz) if t.kind == "City" else None
        if capital_for:
            out.append(_mention(article, part, t.span, type=PLACE, kind="Country", name=capital_for.name,
                                country=capital_for.iso3, proper=False))
            continue
        name = acronyms.get(t.name, t.name) if t.type == ORGANIZATION else t.name
        acro = next((a for a, full in acronyms.items() if full == name and a != name), None)
        out.append(_mention(article, part, t.span, type=t.type, kind=t.kind, name=name,
                            country=t.country, acronym=acro or _initials(name, t.type)))
    for tok in doc:  # bare acronyms the model did not tag ("turned to the PIF")
        if tok.i not in taken and tok.text in acronyms and is_acronym(tok):
            full = acronyms[tok.text]
            out.append(_mention(article, part, doc[tok.i:tok.i + 1], type=ORGANIZATION,
                                kind=next((m.kind for m in out if m.name == full and m.kind), None),
                                name=full, acronym=tok.text))
    return sorted(out, key=lambda m: m.start)


def extract_mentions(article: Article, parts: list[Part], *, gz: Gazetteer | None = None) -> list[Mention]:
    """Every entity mention of an article, each with the fullest name it has in that article."""
    gz = gz or gazetteer()
    mentions = [m for part in parts for m in with_roles(part, doc_mentions(article, part, gz), gz)]
    mentions = attach_people(mentions)
    for part in parts:
        mentions += descriptions(article, part, mentions) + org_descriptions(article, part, mentions)
        mentions += pronouns(article, part, mentions)
    return _fill_kinds(sorted(mentions, key=lambda m: (m.start, m.end)))


def _fill_kinds(mentions: list[Mention]) -> list[Mention]:
    """Give every mention of a name the kind any of its mentions has."""
    kinds = {fold(m.name): m.kind for m in mentions if m.kind}
    return [m if m.kind else replace(m, kind=kinds.get(fold(m.name))) for m in mentions]


__all__ = ["extract_mentions", "PERSON"]

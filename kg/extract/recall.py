"""Names the small model missed: the article's own names found again, countries and big cities of the
gazetteer, and international organizations' full names from the Phoenix dictionary."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.spans import HONORIFICS, TITLE_WORDS, Typed, big_city
from kg.gazetteer import Gazetteer, fold
from kg.nlp import Part
from kg.records import ORGANIZATION, PERSON, PLACE, Article, Mention

_HONORIFIC_WORDS = {h.rstrip(".") for h in HONORIFICS}

CONNECTORS = {"of", "the", "for", "and", "on"}  # words inside a name ("Organization of American States")
MAX_WORDS = 8


def _capitalized(t: Token) -> bool:
    return t.is_alpha and t.text[0].isupper()


def _name_word(t: Token) -> bool:
    """A capitalized name word that would extend a name next to it ("Washington" + "Post")."""
    return (_capitalized(t) and t.pos_ == "PROPN" and t.lower_ not in TITLE_WORDS
            and t.lower_.rstrip(".") not in _HONORIFIC_WORDS)


def _alone(doc: Doc, start: int, end: int) -> bool:
    """No capitalized name word runs into the span on either side."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and _name_word(before) and not before.is_sent_start and not doc[start].is_sent_start:
        return False
    return after is None or not _name_word(after) or "\n" in doc[end - 1].whitespace_


def _taken(spans: list[Span]) -> set[int]:
    return {i for s in spans for i in range(s.start, s.end)}


def igo_spans(doc: Doc, typed: list[Typed], gz: Gazetteer) -> list[Typed]:
    """The model's spans with every full name of an international organization the Phoenix dictionary
    lists ("United Nations Security Council") made one span, in place of the shorter spans inside it."""
    people = _taken([t.span for t in typed if t.type == PERSON])
    found: list[Typed] = []
    i = 0
    while i < len(doc):
        span = _igo_at(doc, i, gz)
        if span is None or people & set(range(span.start, span.end)):
            i += 1
            continue
        found.append(Typed(span, ORGANIZATION, "InternationalOrganization", span.text))
        i = span.end
    if not found:
        return typed
    # a longer span of the model's that holds the name stays; the shorter ones inside it go
    longer = [t for t in typed if any(t.span.start <= f.span.start and f.span.end <= t.span.end
                                      and len(t.span) > len(f.span) for f in found)]
    found = [f for f in found if not _taken([t.span for t in longer]) & set(range(f.span.start, f.span.end))]
    covered = _taken([f.span for f in found])
    kept = [t for t in typed if not covered & set(range(t.span.start, t.span.end))]
    return sorted(kept + found, key=lambda t: t.span.start)


def _igo_at(doc: Doc, i: int, gz: Gazetteer) -> Span | None:
    """The longest name of two words or more, starting at token i, that names an international organization."""
    if not _capitalized(doc[i]) or doc[i].lower_ == "the":
        return None
    best = None
    for j in range(i + 1, min(i + MAX_WORDS, len(doc))):
        t = doc[j]
        if "\n" in doc[j - 1].whitespace_ or not (_capitalized(t) or t.lower_ in CONNECTORS):
            break
        if _capitalized(t) and t.lower_ not in TITLE_WORDS and gz.igo(doc[i:j + 1].text) is not None:
            best = doc[i:j + 1]
    return best if best is not None and _alone(doc, best.start, best.end) else None


def gazetteer_places(doc: Doc, typed: list[Typed], gz: Gazetteer) -> list[Typed]:
    """Countries, capitals and cities of half a million that the model left untagged ("headquarters in
    Montevideo"): proper nouns, title-cased, standing alone, never a name the article gives a person."""
    taken = _taken([t.span for t in typed])
    person_words = {fold(w) for t in typed if t.type == PERSON for w in t.span.text.split()}
    out = []
    for i in range(len(doc)):
        for n in (4, 3, 2, 1):
            span = doc[i:i + n]
            if len(span) < n or taken & set(range(i, i + n)) or not _placelike(span, gz, person_words):
                continue
            country = gz.country(span.text)
            city = None if country else gz.city(span.text)
            out.append(Typed(span, PLACE, "Country", country.name, country.iso3) if country
                       else Typed(span, PLACE, "City", city.name, city.country))
            taken |= set(range(i, i + n))
            break
    return out


def _placelike(span: Span, gz: Gazetteer, person_words: set[str]) -> bool:
    first, last = span[0], span[-1]
    if not (first.pos_ == "PROPN" and first.is_title and last.is_title) or len(span.text) < 4:
        return False
    if any("\n" in t.whitespace_ for t in span[:-1]) or fold(span.text) in person_words:
        return False
    if not all(t.is_title or t.lower_ in CONNECTORS for t in span) or not _alone(span.doc, span.start, span.end):
        return False
    if not (gz.country(span.text) or big_city(span.text, gz)):
        return False
    # a sentence's first word is capitalized whatever it is: take it only as the subject of a verb
    return not first.is_sent_start or (span.end < len(span.doc) and span.doc[span.end].pos_ in {"VERB", "AUX"})


def propagated(article: Article, parts: list[Part], mentions: list[Mention]) -> list[Mention]:
    """The article's people and organizations found again where the model missed them ("... ," Orsi told
    thousands): every exact, whole-token occurrence of a name tagged elsewhere, outside other mentions."""
    known: dict[str, set[tuple]] = {}
    for m in mentions:
        if m.proper and m.type in {PERSON, ORGANIZATION} and len(m.text) >= 3 and m.text[0].isupper():
            known.setdefault(m.text, set()).add((m.type, m.kind, m.name, m.country, m.acronym))
    tagged = set(known)
    for m in mentions:  # the surname of a full name ("Asante" of "Kwame Asante") stands for it too
        words = m.text.split()
        if m.proper and m.type == PERSON and len(words) > 1 and len(words[-1]) >= 3 and words[-1][0].isupper():
            known.setdefault(words[-1], set()).add((PERSON, None, m.name, None, None))
    names = {text: next(iter(v)) for text, v in known.items() if len(v) == 1}
    spans = [(m.start, m.end) for m in mentions]
    out = []
    for part in parts:
        doc = part.doc
        for i, tok in enumerate(doc):
            for text in sorted((t for t in names if t.startswith(tok.text)), key=len, reverse=True):
                hit = _occurrence(part, i, text, spans)
                if hit is None or (text not in tagged and tok.pos_ != "PROPN"):
                    continue
                start, end = hit
                type_, kind, name, country, acronym = names[text]
                out.append(Mention(article.id, start, end, article.text[start:end], type_, kind=kind, name=name,
                                   country=country, acronym=acronym))
                spans.append(hit)
                break
    return out


def _occurrence(part: Part, i: int, text: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    doc = part.doc
    start = doc[i].idx
    end = start + len(text)
    if doc.text[start:end] != text:
        return None
    span = doc.char_span(start, end)  # None unless the name ends on a token boundary
    if span is None or not _alone(doc, span.start, span.end):
        return None
    start, end = part.offset + start, part.offset + end
    return None if any(s < end and start < e for s, e in spans) else (start, end)


__all__ = ["gazetteer_places", "igo_spans", "propagated"]

"""Clean and type the model's named-entity spans: the small model's systematic errors, fixed by rule."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer, fold
from kg.records import ORGANIZATION, PERSON, PLACE

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
# Generic English words that make a name an organization's, whatever the organization.
ORG_WORDS = {
    "organization", "organisation", "ministry", "department", "agency", "council", "committee",
    "parliament", "government", "office", "party", "union", "alliance", "treaty", "bank", "company",
    "corporation", "inc", "ltd", "group", "forces", "force", "army", "navy", "police", "court",
    "commission", "fund", "association", "institute", "university", "news", "times", "post",
    "service", "services", "assembly", "congress", "senate", "house", "federation", "front",
    "movement", "network", "channel", "radio", "television", "tv", "press", "agency", "guard",
}
INTERNATIONAL_WORDS = {"treaty", "alliance", "united nations", "international", "collective", "union of"}
ARMED_WORDS = {"forces", "force", "army", "navy", "troops", "guard", "brigade", "regiment", "battalion",
               "peacekeepers", "peacekeeping", "military", "airborne", "marines"}
GOVERNMENT_WORDS = {"ministry", "department", "government", "parliament", "cabinet", "council",
                    "senate", "congress", "assembly", "office", "agency", "police", "court"}
MEDIA_WORDS = {"news", "times", "post", "radio", "television", "tv", "press", "channel", "herald",
               "tribune", "journal", "gazette", "daily"}
# Words that head a person's title ("Secretary of State", "Chilean President", "spokesman").
TITLE_WORDS = {
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chancellor",
    "premier", "general", "colonel", "commander", "chief", "leader", "head", "ambassador", "envoy",
    "chairman", "chairwoman", "chair", "director", "governor", "mayor", "king", "queen", "prince",
    "senator", "representative", "official", "diplomat", "lieutenant", "admiral", "major", "captain",
    "prosecutor", "judge", "speaker", "emir", "sheikh", "pope", "cosmonaut", "astronaut", "adviser",
    "advisor", "negotiator", "deputy", "vice", "prime", "foreign", "colonel-general", "sergeant",
    "candidate", "lawmaker", "activist", "lawyer", "attorney",
}
# Nouns that say a name is a place ("the Zamzam camp", "X, a wealthy suburb", "the city of X").
PLACE_NOUNS = {"camp", "suburb", "district", "avenue", "square", "province", "department", "neighbourhood",
               "neighborhood", "village", "town", "city", "street", "boulevard", "region", "county", "port"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "mr.", "mrs.", "ms.", "dr."}


@dataclass(frozen=True)
class Typed:
    """A cleaned span with its coarse type, kind and, for places, its country."""

    span: Span
    type: str
    kind: str | None
    name: str
    country: str | None = None


def _trim(span: Span, gz: Gazetteer) -> Span | None:
    """Drop determiners, possessives, honorifics, punctuation and line breaks at a span's edges."""
    doc, start, end = span.doc, span.start, span.end
    # a line break inside a span joins two lines that are not one name: keep the first line's part
    for t in span:
        if "\n" in t.text or "\n" in t.whitespace_:
            end = t.i + (0 if "\n" in t.text else 1)
            break
    for t in doc[start:end]:  # a dateline "Outlet / Agency - 08th": cut at the first separator
        if t.i > start and (t.text in {"/", "|", "–", "—", "("} or (t.text == "-" and t.whitespace_)):
            end = t.i
            break
    while start < end and (doc[start].lower_ in {"the", "a", "an"} | HONORIFICS or doc[start].is_punct):
        start += 1
    # "Chilean President Gabriel Boric": a title inside the span is not part of the name
    titles = [t.i for t in doc[start:end] if t.lower_ in TITLE_WORDS]
    if titles and titles[-1] + 1 < end and all(t.is_title for t in doc[titles[-1] + 1:end] if t.is_alpha):
        start = titles[-1] + 1
    if end < len(doc) and doc[end - 1].text.endswith("-") and not doc[end - 1].whitespace_:
        end += 1  # "Alma-" + "Ata": keep a hyphenated name whole
    while end > start and (doc[end - 1].lower_ in {"'s", "’s", "'"} or doc[end - 1].is_punct
                           or doc[end - 1].like_num):
        end -= 1
    # "Maria Lopez United" + "States": a person's name run into the country name that follows it
    for k in range(start + 1, end if span.label_ == "PERSON" else start + 1):
        rest = doc[k:min(k + 4, len(doc))]
        if doc[k].is_title and any(gz.country(rest[:n].text) for n in range(2, len(rest) + 1)):
            end = k
            break
    return doc[start:end] if end > start else None


def _org_kind(text: str) -> str | None:
    words = set(fold(text).split())
    low = fold(text)
    if words & ARMED_WORDS:
        return "ArmedForce"
    if words & {"ministry", "department"} or low.endswith(("government", "parliament")):
        return "GovernmentBody"
    if any(w in low for w in INTERNATIONAL_WORDS) or (words & {"organization"} and "world" in words):
        return "InternationalOrganization"
    if words & MEDIA_WORDS:
        return "MediaOutlet"
    if words & GOVERNMENT_WORDS:
        return "GovernmentBody"
    return None


def looks_like_person_name(span: Span) -> bool:
    """Two to four capitalized name tokens, none of them an organization word."""
    words = [t for t in span if not t.is_punct]
    return (2 <= len(words) <= 4 and all(t.text[:1].isupper() and not t.is_upper for t in words)
            and not {t.lower_ for t in words} & (ORG_WORDS | TITLE_WORDS))


def has_title_before(span: Span) -> bool:
    """A title noun right before the name, or the name in apposition to a title ("the President, X")."""
    doc = span.doc
    prev = [t for t in doc[max(0, span.start - 3):span.start] if not t.is_punct]
    if prev and prev[-1].lower_ in TITLE_WORDS:
        return True
    if span.start > 0 and doc[span.start - 1].text == ",":  # "the President of X, NAME"
        window = doc[max(span.sent.start, span.start - 6):span.start - 1]
        if any(t.lower_ in TITLE_WORDS for t in window) and not any(t.pos_ == "VERB" for t in window):
            return True
    head = span.root.head
    return span.root.dep_ == "appos" and head.lower_ in TITLE_WORDS


def _type_of(span: Span, gz: Gazetteer, person_words: set[str]) -> Typed | None:
    text, label = span.text, span.label_
    country = gz.country(text)
    if country and label != "PERSON" or (country and len(span) == 1):
        return Typed(span, PLACE, "Country", country.name, country.iso3)
    if gz.demonym_country(text) and len(span) <= 2:
        return None  # "Chilean", "Russians": a nationality, not an actor by itself
    if label in {"PERSON", "ORG"} and len(span) <= 3 and big_city(text, gz) and fold(text) not in person_words:
        label = "GPE"  # "Canberra should ...": a city the model took for a person
    if label in {"GPE", "LOC", "FAC"} and fold(text) not in person_words:
        city = gz.city(text)
        if city:
            return Typed(span, PLACE, "City", city.name, city.country)
        kind = "Region" if label == "LOC" else None
        return Typed(span, PLACE, kind, text) if label != "FAC" else None
    if label == "ORG" and looks_like_person_name(span) and (has_title_before(span) or fold(span[-1].text) in person_words
                                                            or _described_as_person(span)):
        return Typed(span, PERSON, None, text)
    if label == "PERSON" and len(span) > 1 and {t.lower_ for t in span} & ORG_WORDS:
        label = "ORG"  # "Broad Front", "National Party": an organization the model took for a person
    if label in {"GPE", "LOC", "FAC", "ORG"} and fold(text) in person_words and len(span) <= 2:
        return Typed(span, PERSON, None, text)
    if label == "PERSON":
        if not any(t.text[:1].isupper() for t in span):
            return None
        return Typed(span, PERSON, None, text)
    if label == "ORG":
        return Typed(span, ORGANIZATION, _org_kind(text), text)
    return None


def _placed(span: Span) -> bool:
    """A name the text calls a place: a place noun it modifies ("the Zamzam displacement camp"),
    in apposition ("X, one of the capital's suburbs", "X, the city's waterfront avenue"), or
    'the city of X'."""
    root = span.root
    if root.dep_ == "compound" and root.head.lemma_.lower() in PLACE_NOUNS and root.head.i >= span.end:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PLACE_NOUNS:
        return True
    for c in root.children:
        if c.dep_ == "appos" and c.i >= span.end:
            if c.lemma_.lower() in PLACE_NOUNS:
                return True
            if c.pos_ in {"NUM", "PRON"} and any(g.dep_ == "pobj" and g.lemma_.lower() in PLACE_NOUNS
                                                 for p in c.children if p.lower_ == "of" for g in p.children):
                return True  # "one of the capital's suburbs"
    return False


def _described_as_person(span: Span) -> bool:
    """'X, 57, ...' or 'X, a street vendor': an age or a human role in apposition."""
    from kg.extract.cameo import sector_of  # the Phoenix agents dictionary: role nouns of people

    for c in span.root.children:
        if c.dep_ == "appos" and (c.like_num or c.lower_ in TITLE_WORDS
                                  or (c.pos_ == "NOUN" and c.lower_ not in ORG_WORDS and sector_of(c.lemma_))):
            return True
    return False


def _before_title(span: Span) -> bool:
    """'Philippine Defense' + 'Secretary': a fragment of a title, not an organization."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.lower_ in TITLE_WORDS - {"general", "major", "foreign", "prime", "vice", "deputy"}


def big_city(text: str, gz: Gazetteer) -> bool:
    """A capital or a city of half a million: a name the model should not take for a person."""
    city = gz.city(text)
    return bool(gz.capital_of(text)) or (city is not None and city.population >= 500_000)


def _part_of_title(span: Span) -> bool:
    """'State' in 'Secretary of State': the object of a title's 'of' is part of the title."""
    root = span.root
    return (len(span) == 1 and root.dep_ == "pobj" and root.head.lower_ == "of"
            and root.head.head.lower_ in TITLE_WORDS)


def typed_spans(doc: Doc, gz: Gazetteer) -> Iterator[Typed]:
    """The document's entity spans, cleaned and typed."""
    cleaned = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        span = _trim(ent, gz)
        if span is None or _part_of_title(span) or not any(t.text[:1].isupper() for t in span):
            continue
        if ent.label_ == "ORG" and _before_title(span):
            continue
        cleaned.append(Span(doc, span.start, span.end, label=ent.label_))
    person_words = set()
    for s in cleaned:
        if (s.label_ == "PERSON" and not gz.demonym_country(s.text) and not big_city(s.text, gz)
                and not {t.lower_ for t in s} & ORG_WORDS):
            person_words |= {fold(s.text), fold(s[-1].text)}
    # names typed Person by rule ("Chancellor Olaf Scholz" tagged ORG) lend their surname too
    for typed in [_type_of(s, gz, person_words) for s in cleaned]:
        if typed and typed.type == PERSON and len(typed.span) > 1:
            person_words |= {fold(typed.span.text), fold(typed.span[-1].text)}
    surnames = {fold(s[-1].text) for s in cleaned if s.label_ == "PERSON" and len(s) > 1}
    for s in cleaned:
        if s.label_ in {"PERSON", "ORG"} and fold(s.text) not in surnames and _placed(s):
            city = gz.city(s.text)
            yield Typed(s, PLACE, "City", city.name, city.country) if city else Typed(s, PLACE, None, s.text)
            continue
        typed = _type_of(s, gz, person_words)
        if typed:
            yield typed


def acronym_of(name: str) -> str:
    """Initials of a name's capitalized words ("Pacific Islands Forum" -> "PIF")."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", name) if w[0].isupper()).upper()


def is_acronym(token: Token) -> bool:
    return token.is_upper and token.is_alpha and 2 <= len(token.text) <= 7

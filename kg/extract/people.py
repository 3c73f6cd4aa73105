"""People within one article: titles as roles, surnames and "Mr X" linked to the full name,
role descriptions ("the Secretary of State") and pronoun subjects ("he said") linked to the person."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from rapidfuzz.distance import JaroWinkler
from spacy.tokens import Span, Token

from kg.extract.spans import HONORIFICS, TITLE_WORDS, is_acronym
from kg.gazetteer import Gazetteer, fold, gazetteer
from kg.nlp import Part
from kg.records import ORGANIZATION, PERSON, Article, Mention

PRONOUNS = {"he", "she"}


def _title_token(t: Token, gz: Gazetteer) -> bool:
    return (t.lower_ in TITLE_WORDS or t.lower_ in {"of", "'s", "’s"} or (t.is_title and t.pos_ == "PROPN")
            or is_acronym(t) or bool(gz.country(t.text) or gz.demonym_country(t.text)))


def _normalize_role(tokens: list[Token], gz: Gazetteer) -> str | None:
    """'Chilean President' -> 'President of Chile'; 'UK Home Secretary' likewise."""
    tokens = [t for t in tokens if t.lower_ not in {"'s", "’s"}]
    while tokens and tokens[0].lower_ in {"of", "the"}:
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_ in {"of", "the"}:
        tokens = tokens[:-1]
    if not tokens or not any(t.lower_ in TITLE_WORDS for t in tokens):
        return None
    owner = gz.country(tokens[0].text) or gz.demonym_country(tokens[0].text)
    rest = " ".join(t.text for t in tokens[1:])
    if owner and rest:
        return f"{rest[0].upper()}{rest[1:]} of {owner.name}"
    if is_acronym(tokens[0]) and len(tokens) > 1 and tokens[1].lower_ in TITLE_WORDS:
        return f"{rest} of the {tokens[0].text}"
    text = " ".join(t.text for t in tokens)
    return text[0].upper() + text[1:]


def role_of(span: Span, gz: Gazetteer) -> str | None:
    """The title the text gives a person: before the name, in apposition, or after it on its line."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and _title_token(doc[i], gz) and "\n" not in doc[i].whitespace_:
        i -= 1
    role = _normalize_role(list(doc[i + 1:span.start]), gz)
    if role:
        return role
    head = span.root.head
    if span.root.dep_ == "appos" and head.lower_ in TITLE_WORDS:
        toks = [t for t in head.subtree if t.i < span.start and t.dep_ != "det" and not t.is_punct]
        return _normalize_role(toks, gz)
    j = span.end
    while j < len(doc) and _title_token(doc[j], gz) and "\n" not in doc[j - 1].whitespace_:
        j += 1
    if j > span.end and (j == len(doc) or doc[j].is_punct or "\n" in doc[j - 1].whitespace_):
        return _normalize_role(list(doc[span.end:j]), gz)
    return None


_PARTICLE = re.compile(r"^(?:al|el)[-‐‑]", re.IGNORECASE)  # Arabic article: "al-Ansari" is "Ansari"


def _words(name: str) -> list[str]:
    """A name's folded words, one per written word: a hyphenated surname ("Thomas-Greenfield") stays one."""
    return [w for w in (fold(_PARTICLE.sub("", x)).replace(" ", "") for x in name.split()) if w]


def _same_person(a: str, b: str) -> bool:
    """Same surname and compatible given names ("Antony"/"Anthony", "Kassym-Jomart"/"Kassym-Zhomart"),
    or the shorter name is the end of the longer ("Lacalle Pou" in "Luis Lacalle Pou")."""
    fa, fb = _words(a), _words(b)
    if not fa or not fb or fa[-1] != fb[-1]:
        return False
    short, long_ = sorted((fa, fb), key=len)
    if len(short) == 1 or long_[-len(short):] == short:
        return True
    return JaroWinkler.similarity(" ".join(fa[:-1]), " ".join(fb[:-1])) >= 0.85


def _family_first(name: str, full: Counter) -> str | None:
    """'Guo' for 'Guo Jiakun': a lone word that opens exactly one two-word name of the article
    (family name first) and ends no one's name."""
    word = _words(name)
    if len(word) != 1 or any(_words(n)[-1] == word[0] for n in full):
        return None
    owners = [n for n in full if len(_words(n)) == 2 and _words(n)[0] == word[0]]
    return owners[0] if len(owners) == 1 else None


def attach_people(mentions: list[Mention]) -> list[Mention]:
    """Give every person mention the fullest compatible name it has in the article, and its roles."""
    people = [m for m in mentions if m.type == PERSON]
    full = Counter(m.name for m in people if len(m.name.split()) > 1)
    honorifics = {h.rstrip(".") for h in HONORIFICS}
    out = []
    for m in mentions:
        if m.type != PERSON:
            out.append(m)
            continue
        name = m.name.split(" ", 1)[1] if m.name.split()[0].lower().rstrip(".") in honorifics else m.name
        candidates = [n for n in full if _same_person(n, name)]
        best = max(candidates, key=lambda n: (full[n], len(n)), default=None)
        out.append(replace(m, name=best or _family_first(name, full) or name))
    return out


def _span(part: Part, m: Mention) -> Span | None:
    return part.doc.char_span(m.start - part.offset, m.end - part.offset, alignment_mode="expand")


def with_roles(part: Part, mentions: list[Mention], gz: Gazetteer | None = None) -> list[Mention]:
    """Person mentions of this part with the title the text gives them."""
    gz = gz or gazetteer()
    out = []
    for m in mentions:
        span = _span(part, m) if m.type == PERSON and m.proper else None
        role = role_of(span, gz) if span is not None else None
        out.append(replace(m, role=role) if role else m)
    return out


def descriptions(article: Article, part: Part, mentions: list[Mention]) -> list[Mention]:
    """'The Secretary of State', 'the president of the republic': the one person whose role it names."""
    roles = defaultdict(set)
    for m in mentions:
        if m.type == PERSON and m.role:
            roles[m.name].add(fold(m.role))
    taken = {(m.start, m.end) for m in mentions}
    out = []
    for chunk in part.doc.noun_chunks:
        root = chunk.root
        if root.lower_ not in TITLE_WORDS or chunk[0].lower_ != "the" or root.ent_type_ == "PERSON":
            continue
        said = fold(chunk[1:].text)
        names = [n for n, rs in roles.items() if any(said in r for r in rs)] or \
                [n for n, rs in roles.items() if any(root.lower_ in r.split() for r in rs)]
        if len(set(names)) == 1:
            span = chunk.doc[chunk.start:root.right_edge.i + 1] if root.dep_.startswith("nsubj") else chunk
            start, end = part.offset + span.start_char, part.offset + span.end_char
            if (start, end) not in taken:
                out.append(Mention(article.id, start, end, article.text[start:end], PERSON, name=names[0],
                                   proper=False))
    return out


ORG_HEADS = {"ministry", "alliance", "organization", "organisation", "bloc", "government", "agency"}


def org_descriptions(article: Article, part: Part, mentions: list[Mention]) -> list[Mention]:
    """'The ministry said', 'the tribunal ruled': the last organization named before it whose name
    has that word (a generic head like 'ministry' anywhere, any other as its last word)."""
    orgs = sorted((m for m in mentions if m.type == ORGANIZATION and m.proper), key=lambda m: m.start)
    out = []
    for chunk in part.doc.noun_chunks:
        root = chunk.root
        if chunk[0].lower_ != "the" or len(chunk) != 2 or not root.is_lower or root.pos_ != "NOUN":
            continue
        start, end = part.offset + chunk.start_char, part.offset + chunk.end_char
        # "the ministry" names any word of the body's name; "the tribunal", "the bank" its head word
        before = [m for m in orgs if m.end <= start and (
            (root.lower_ in ORG_HEADS and root.lower_ in fold(m.name).split())
            or fold(m.name).split()[-1:] == [root.lower_])]
        if before:
            out.append(Mention(article.id, start, end, article.text[start:end], ORGANIZATION,
                               kind=before[-1].kind, name=before[-1].name, country=before[-1].country,
                               proper=False))
    return out


def pronouns(article: Article, part: Part, mentions: list[Mention]) -> list[Mention]:
    """'He said': a pronoun subject stands for the last person named before it, in that sentence or the one before."""
    people = sorted((m for m in mentions if m.type == PERSON), key=lambda m: m.start)
    out = []
    for sent in part.doc.sents:
        for tok in sent:
            if tok.lower_ not in PRONOUNS or not tok.dep_.startswith("nsubj"):
                continue
            start = part.offset + tok.idx
            window = start - 400
            before = [m for m in people if window <= m.start < start]
            if before:
                out.append(Mention(article.id, start, start + len(tok.text), tok.text, PERSON,
                                   name=before[-1].name, proper=False))
    return out

"""Reading one verb's clause in the parse: who acts, on whom, when, and how sure the text is."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.dates import is_date_expression
from kg.extract.frames import SPEECH, predicate
from kg.extract.spans import TITLE_WORDS
from kg.gazetteer import Gazetteer
from kg.nlp import Part
from kg.records import PERSON, PLACE, Mention

RELATIVE = {"which", "who", "that"}
CLAUSE = {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis"}
TARGET_PREPS = {"to", "on", "against", "with", "from", "at", "for", "toward", "towards", "into", "in"}
FUTURE = {"will", "shall", "'ll", "going"}
HYPOTHETICAL = {"might", "may", "could", "would", "should", "must"}


class MentionIndex:
    """Find the mention that covers a token of a part."""

    def __init__(self, part: Part, mentions: list[Mention], article: str):
        self.part, self.article = part, article
        self.by_start = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
        self.homes: dict[str, set[str]] = {}  # person -> the countries their roles are held in
        for m in mentions:
            if m.role and " of " in m.role:
                self.homes.setdefault(m.name, set()).add(m.role.rsplit(" of ", 1)[-1].removeprefix("the "))

    def at(self, tok: Token) -> Mention | None:
        pos = self.part.offset + tok.idx
        best = [m for m in self.by_start if m.start <= pos < m.end]
        hit = min(best, key=lambda m: m.end - m.start) if best else None
        return self.owner(hit) if hit is not None and hit.kind == "ArmedForce" else hit

    def owner(self, force: Mention) -> Mention:
        """Forces named after an organization act for it ("NATO peacekeeping forces"), as event coders code them."""
        first = force.text.split()[0]
        for m in self.by_start:
            if m.acronym == first and m.kind != "ArmedForce":
                return replace(m, start=force.start, end=force.end, text=force.text, proper=False)
        return force

    def phrase(self, tok: Token, gz: Gazetteer) -> Mention | None:
        """The actor a noun phrase names: the head, an apposition, its owner or nationality, 'X of Y'."""
        hit = self.at(tok)
        if hit:
            return hit
        if tok.lower_ in TITLE_WORDS:  # "the President of X, NAME": the person in apposition
            people = [m for t in tok.subtree if (m := self.at(t)) and m.type == PERSON]
            if people:
                return people[0]
        kids = [c for c in tok.children if c.dep_ in {"appos", "compound", "poss", "amod", "nmod"}]
        kids += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "with", "from"}
                 for g in c.children if g.dep_ == "pobj"]  # "delegations from X", "officials of X"
        for kid in kids:
            hit = self.at(kid) or (self.phrase(kid, gz) if kid.dep_ == "pobj" else None)
            if hit:
                return hit
        for kid in [tok, *kids]:
            country = gz.demonym_country(kid.text.split("-")[0]) or gz.country(kid.text)
            if country and kid.pos_ in {"ADJ", "PROPN", "NOUN"}:
                start = self.part.offset + kid.idx
                return Mention(self.article, start,
                               start + len(kid.text.split("-")[0]), kid.text.split("-")[0], PLACE, kind="Country",
                               name=country.name, country=country.iso3, proper=False)
        return None


def subject(verb: Token) -> tuple[Token | None, bool]:
    """The verb's agent token and whether it came from a passive 'by' phrase."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            if c.lower_ in RELATIVE and verb.dep_ == "relcl":
                return verb.head, False  # "Washington, which imposed sanctions": the noun it qualifies
            return c, False
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None), True
    if verb.dep_ in {"conj", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        return subject(verb.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in {"VERB", "AUX"}:
        return subject(verb.head)  # "Tokyo deepened ties, signing an agreement": the main clause's subject
    return None, False


def _clause_tokens(verb: Token) -> Iterator[Token]:
    """Tokens of the verb's own clause, not of clauses embedded in it."""
    stack = list(verb.children)
    while stack:
        t = stack.pop()
        if t.dep_ in CLAUSE or (t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"}):
            continue
        yield t
        stack.extend(t.children)


def target(verb: Token, agent: Mention, idx: MentionIndex, gz: Gazetteer, own: set[str]) -> Mention | None:
    for c in verb.children:
        if c.dep_ in {"dobj", "dative", "nsubjpass", "attr"}:
            if c.pos_ == "ADP":  # "sent troops to Niger": a dative preposition's object
                c = next((g for g in c.children if g.dep_ == "pobj"), c)
            hit = idx.phrase(c, gz)
            if hit and hit.name != agent.name:
                return hit
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
            for g in c.children:
                if g.dep_ != "pobj" or (c.lower_ == "at" and idx.at(g) is None):
                    continue  # "at a State Department briefing": where, not at whom
                hit = idx.phrase(g, gz)
                if hit and hit.name != agent.name and not _venue(c, hit):
                    return hit
    # speech: the actor the reported clause is about, other than the speaker and the speaker's own country
    reported = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}
                or (c.dep_ == "advcl" and predicate(c) in SPEECH)]  # "responded, saying that ..."
    # the reported clause's own subject is who acts in it (often the speaker's side): the one spoken of first
    said_by = {t.i for c in reported for k in c.children if k.dep_ in {"nsubj", "nsubjpass"} for t in k.subtree}
    clause = [t for c in reported for t in c.subtree]
    for t in [t for t in clause if t.i not in said_by] + [t for t in clause if t.i in said_by]:
        hit = idx.at(t)
        if hit and hit.name != agent.name and hit.name not in own and (hit.type != PLACE or hit.kind == "Country"):
            return hit
    return None


def _hops(tok: Token, verb: Token) -> int:
    """How many arcs lead up from `tok` to `verb` (large when `verb` does not govern it)."""
    n = 0
    while tok.i != verb.i and tok.head.i != tok.i:
        tok, n = tok.head, n + 1
    return n if tok.i == verb.i else 99


def _parenthetical(span: Span) -> bool:
    """Inside brackets: a dateline "(Agency - 8 January)" or an aside does not date the verb."""
    before = span.doc[span.sent.start:span.start]
    return before.text.count("(") > before.text.count(")")


def _venue(prep: Token, hit: Mention) -> bool:
    """Where something was said or done, not to whom: "in Lagos", "said on television", "said at a briefing"."""
    speech = predicate(prep.head) in SPEECH
    return (prep.lower_ == "in" and hit.kind == "City") or (speech and prep.lower_ in {"on", "at", "in"})


def time_of(verb: Token) -> Span | None:
    """The date expression closest to the verb in its own clause; a conjoined verb without one
    shares its head's ("said on Sunday that ... and denounced ...")."""
    own = {t.i for t in _clause_tokens(verb)}
    dates = [e for e in verb.sent.ents if e.label_ in {"DATE", "TIME"} and e.root.i in own
             and is_date_expression(e.text) and not _parenthetical(e)]
    if dates:
        return min(dates, key=lambda e: (_hops(e.root, verb), abs(e.root.i - verb.i)))
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return time_of(verb.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in {"VERB", "AUX"}:
        return time_of(verb.head)  # "criticised the deal on Friday, saying ...": the same occasion
    if predicate(verb) in SPEECH:  # "said in a statement issued on Monday": the statement's day
        means = {t.i for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
                 for a in g.children if a.dep_ == "acl" for t in a.subtree}
        dates = [e for e in verb.sent.ents if e.label_ in {"DATE", "TIME"} and e.root.i in means
                 and is_date_expression(e.text)]
        return dates[0] if dates else None
    return None


NEGATORS = {"not", "n't", "n’t", "never", "no"}


def _reported(verb: Token) -> bool:
    """The verb sits in the clause a speech verb reports ("X said that Y asked ...")."""
    tok = verb
    while tok.dep_ in CLAUSE | {"conj"} and tok.head.i != tok.i:
        if tok.dep_ == "ccomp" and predicate(tok.head) in SPEECH:
            return True
        tok = tok.head
    return False


def modality(verb: Token) -> tuple[str, str]:
    kids = {c.lower_ for c in verb.children if c.dep_ in {"aux", "neg", "auxpass"}}
    negated = any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in verb.children if c.i < verb.i)
    negated |= verb.dep_ == "conj" and any(c.lower_ == "nor" for c in verb.head.children)
    polarity = "negative" if negated else "positive"
    if kids & FUTURE:
        return polarity, "future"
    if kids & HYPOTHETICAL or any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children):
        return polarity, "hypothetical"
    return polarity, "reported" if _reported(verb) else "asserted"


def verbs(sent: Span) -> Iterator[Token]:
    for tok in sent:
        if tok.pos_ == "VERB" and tok.dep_ not in {"amod", "acomp", "pcomp"}:
            yield tok

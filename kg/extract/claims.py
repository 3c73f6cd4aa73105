"""Claims: who did or said what to whom, when — one per reported action in a sentence."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.dates import is_date_expression, publication, resolve
from kg.extract.frames import SPEECH, cameo, event_type, predicate
from kg.extract.quotes import Quote, find_quotes, quote_for
from kg.gazetteer import Gazetteer, fold, gazetteer
from kg.nlp import Part
from kg.extract.spans import TITLE_WORDS
from kg.records import PERSON, PLACE, Article, Claim, Mention

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
        """Forces named after an organization act for it ("CSTO peacekeeping forces"), as event coders code them."""
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
        kids += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "with"}
                 for g in c.children if g.dep_ == "pobj"]
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


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """The verb's agent token and whether it came from a passive 'by' phrase."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c, False
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None), True
    if verb.dep_ in {"conj", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        return _subject(verb.head)
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


def _target(verb: Token, agent: Mention, idx: MentionIndex, gz: Gazetteer, own: set[str]) -> Mention | None:
    for c in verb.children:
        if c.dep_ in {"dobj", "dative", "nsubjpass", "attr"}:
            hit = idx.phrase(c, gz)
            if hit and hit.name != agent.name:
                return hit
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
            for g in c.children:
                hit = idx.phrase(g, gz) if g.dep_ == "pobj" else None
                if hit and hit.name != agent.name and not _venue(c, hit):
                    return hit
    # speech: the actor the reported clause is about, other than the speaker and the speaker's own country
    reported = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}
                or (c.dep_ == "advcl" and predicate(c) in SPEECH)]  # "responded, saying that ..."
    clause = [t for c in reported for t in c.subtree]
    for t in clause:
        hit = idx.at(t)
        if hit and hit.name != agent.name and hit.name not in own and hit.kind != "City":
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
    """Where something was said or done, not to whom: "in Almaty", "said on CNN", "said at a briefing"."""
    speech = predicate(prep.head) in SPEECH
    return (prep.lower_ == "in" and hit.kind == "City") or (speech and prep.lower_ in {"on", "at", "in"})


def _time(verb: Token) -> Span | None:
    """The date expression closest to the verb in its own clause; a conjoined verb without one
    shares its head's ("said on Sunday that ... and denounced ...")."""
    own = {t.i for t in _clause_tokens(verb)}
    dates = [e for e in verb.sent.ents if e.label_ == "DATE" and e.root.i in own
             and is_date_expression(e.text) and not _parenthetical(e)]
    if dates:
        return min(dates, key=lambda e: (_hops(e.root, verb), abs(e.root.i - verb.i)))
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return _time(verb.head)
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


def _modality(verb: Token) -> tuple[str, str]:
    kids = {c.lower_ for c in verb.children if c.dep_ in {"aux", "neg", "auxpass"}}
    negated = any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in verb.children if c.i < verb.i)
    negated |= verb.dep_ == "conj" and any(c.lower_ == "nor" for c in verb.head.children)
    polarity = "negative" if negated else "positive"
    if kids & FUTURE:
        return polarity, "future"
    if kids & HYPOTHETICAL:
        return polarity, "hypothetical"
    return polarity, "reported" if _reported(verb) else "asserted"


def _verbs(sent: Span) -> Iterator[Token]:
    for tok in sent:
        if tok.pos_ == "VERB" and tok.dep_ not in {"amod", "acomp", "pcomp"}:
            yield tok


def _claim(article: Article, verb: Token, idx: MentionIndex, quotes: list[Quote], gz: Gazetteer) -> Claim | None:
    subj, _ = _subject(verb)
    agent = idx.phrase(subj, gz) if subj is not None else None
    if agent is None:
        return None
    pred = predicate(verb)
    kind = event_type(verb, pred)
    if kind is None:
        return None  # a verb outside the frames reports no typed action: no event rather than a wrong one
    code, cameo_kind = cameo(verb)
    code = code if cameo_kind == kind else None
    own = idx.homes.get(agent.name, set())
    target = _target(verb, agent, idx, gz, own)
    sent = verb.sent
    start, end = idx.part.offset + sent.start_char, idx.part.offset + sent.end_char
    quote = quote_for(quotes, start, end, article.text) if pred in SPEECH or kind == "statement" else None
    if quote and quote.start < start:
        start = quote.start - 1
    time = _time(verb)
    when = resolve(time.text, article.published) if time is not None else None
    polarity, modality = _modality(verb)
    return Claim(article=article.id, agent=agent, predicate=pred, event_type=kind, sentence=article.text[start:end],
                 start=start, end=end, target=target, cameo=code, time_text=time.text if time is not None else None,
                 date=when.value if when else None, date_precision=when.precision if when else None,
                 quote=quote.text if quote else None, polarity=polarity, modality=modality,
                 confidence=0.8 if agent.proper else 0.6)


def extract_claims(article: Article, parts: list[Part], mentions: list[Mention], *,
                   gz: Gazetteer | None = None) -> list[Claim]:
    """Every claim of an article, dated where the text allows, else flagged with the publication date."""
    gz = gz or gazetteer()
    quotes = find_quotes(article.text)
    claims = []
    for part in parts:
        idx = MentionIndex(part, [m for m in mentions if part.offset <= m.start < part.offset + len(part.doc.text)],
                           article.id)
        for sent in part.doc.sents:
            for verb in _verbs(sent):
                claim = _claim(article, verb, idx, quotes, gz)
                if claim is not None:
                    claims.append(claim)
    return _fill_dates(claims, article)


def _fill_dates(claims: list[Claim], article: Article) -> list[Claim]:
    """An undated report of speech takes the date of the same speaker's dated speech in the article
    (news names the occasion once); anything else undated takes the publication date, flagged."""
    spoken = {}
    for c in claims:
        if c.date and c.event_type == "statement" and c.date_precision == "day":
            spoken.setdefault(fold(c.agent.name), (c.date, c.date_precision))
    fallback = publication(article.published)
    out = []
    for c in claims:
        if c.date:
            out.append(c)
        elif c.event_type == "statement" and fold(c.agent.name) in spoken:
            d, p = spoken[fold(c.agent.name)]
            out.append(replace(c, date=d, date_precision=p, date_source="text", confidence=c.confidence - 0.1))
        elif fallback:
            out.append(replace(c, date=fallback.value, date_precision=fallback.precision,
                               date_source="publication", confidence=c.confidence - 0.2))
        else:
            out.append(c)
    return out

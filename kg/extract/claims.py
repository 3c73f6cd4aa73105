"""Claims: who did or said what to whom, when — one per reported action in a sentence."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from kg.extract.credits import dateline_heads
from kg.extract.clauses import MentionIndex, modality, subject, target, time_of, verbs
from kg.extract.dates import publication, resolve
from kg.extract.frames import FRAMES, SPEECH, cameo, event_type, predicate
from kg.extract.quotes import Quote, find_quotes, quote_for
from kg.gazetteer import Gazetteer, fold, gazetteer
from kg.nlp import Part
from kg.records import Article, Claim, Mention


def _agents(verb: Token, idx: MentionIndex, gz: Gazetteer) -> list[Mention]:
    """The actors doing the verb: its subject and the subject's conjuncts ("Chile and Peru signed")."""
    subj, _ = subject(verb)
    if subj is None:
        return []
    heads = [subj, *subj.conjuncts]
    heads += [c for c in verb.children if c.dep_ == "nsubj" and c.i != subj.i]  # a second subject the parse split off
    if idx.at(subj) is None:  # "delegations from X and Y agreed": each of the groups named
        heads += [c for p in subj.children if p.dep_ == "prep" and p.lower_ in {"from", "of"}
                  for g in p.children if g.dep_ == "pobj" for c in g.conjuncts]
    found = [idx.phrase(t, gz) for t in heads if t.pos_ in {"PROPN", "NOUN", "PRON", "ADJ"}]
    out: list[Mention] = []
    for m in found:
        if m is not None and all(m.name != o.name for o in out):
            out.append(m)
    return out


ORDERS = {"order", "authorize", "authorise", "instruct", "tell", "allow", "permit"}


def _asked_for(verb: Token) -> bool:
    """'Chile urged Peru to release them': the release is asked for, not done."""
    if verb.dep_ != "xcomp":
        return False
    head = verb.head if verb.head.dep_ != "xcomp" else verb.head.head  # "ordered to open fire to kill"
    return predicate(head) in ORDERS or event_type(head, predicate(head)) in {"request", "demand"}


MUTUAL = {"cooperate", "consult", "fight"}  # "Chile and Peru signed": each signed with the other


def _each_other(claims: list[Claim]) -> list[Claim]:
    """Conjoined actors of a mutual act without a target are each other's target."""
    if len(claims) != 2 or any(c.target or c.event_type not in MUTUAL for c in claims):
        return claims
    first, second = claims
    return [replace(first, target=second.agent), replace(second, target=first.agent)]


def _quoted(verb: Token, part: Part, quotes: list[Quote]) -> bool:
    """A verb inside a direct quote is the speaker's words, carried by the speech claim, not an event."""
    at = part.offset + verb.idx
    return any(q.start <= at < q.end for q in quotes)


def _claim(article: Article, verb: Token, agent: Mention, idx: MentionIndex, quotes: list[Quote],
           gz: Gazetteer, *, pred: str | None = None) -> Claim | None:
    pred = pred or predicate(verb)
    kind = "statement" if pred == "according to" else event_type(verb, pred)
    code, cameo_kind = cameo(verb) if pred != "according to" else ("010", "statement")
    if kind is None and pred not in FRAMES and cameo_kind not in {None, "other"}:
        kind = cameo_kind  # a verb the CAMEO dictionary codes, as GDELT would
    if kind is None:
        return None  # a verb outside the frames reports no typed action: no event rather than a wrong one
    code = code if cameo_kind == kind else None
    own = idx.homes.get(agent.name, set())
    aim = target(verb, agent, idx, gz, own) if pred != "according to" else None
    sent = verb.sent
    start, end = idx.part.offset + sent.start_char, idx.part.offset + sent.end_char
    quote = quote_for(quotes, start, end, article.text) if pred in SPEECH or kind == "statement" else None
    if quote and quote.start < start:
        start = quote.start - 1
    time = time_of(verb)
    polarity, mood = modality(verb) if pred != "according to" else ("positive", "asserted")
    ahead = mood == "future" or (mood == "hypothetical" and any(c.lower_ == "would" for c in verb.children))
    when = resolve(time.text, article.published, future=ahead) if time is not None else None
    return Claim(article=article.id, agent=agent, predicate=pred, event_type=kind, sentence=article.text[start:end],
                 start=start, end=end, target=aim, cameo=code, time_text=time.text if time is not None else None,
                 date=when.value if when else None, date_precision=when.precision if when else None,
                 quote=quote.text if quote else None, polarity=polarity, modality=mood,
                 confidence=0.8 if agent.proper else 0.6)


def _attributions(sent: Span, idx: MentionIndex, gz: Gazetteer) -> list[tuple[Token, Mention]]:
    """'According to X, ...': X said what the sentence reports (its main verb gives the date)."""
    out = []
    for tok in sent:
        if tok.lower_ == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
            agent = idx.phrase(obj, gz) if obj is not None else None
            if agent is not None:
                out.append((sent.root, agent))
    return out


def extract_claims(article: Article, parts: list[Part], mentions: list[Mention], *,
                   gz: Gazetteer | None = None) -> list[Claim]:
    """Every claim of an article, dated where the text allows, else flagged with the publication date."""
    gz = gz or gazetteer()
    quotes = find_quotes(article.text)
    heads = dateline_heads(article.text)  # "DOHA (AFP) –" opens the story; Doha does not act in it
    claims = []
    for part in parts:
        idx = MentionIndex(part, [m for m in mentions if part.offset <= m.start < part.offset + len(part.doc.text)],
                           article.id)
        for sent in part.doc.sents:
            for verb in verbs(sent):
                if _asked_for(verb) or _quoted(verb, part, quotes):
                    continue
                agents = [a for a in _agents(verb, idx, gz) if not any(s <= a.start < e for s, e in heads)]
                claims += _each_other([c for a in agents if (c := _claim(article, verb, a, idx, quotes, gz))])
            claims += [c for verb, a in _attributions(sent, idx, gz)
                       if (c := _claim(article, verb, a, idx, quotes, gz, pred="according to"))]
    return _fill_dates(claims, article, _lead_date(parts, article))


def _lead_date(parts: list[Part], article: Article) -> tuple[str, str] | None:
    """The day of the story's lead: the first time expression of its first two paragraphs that names a
    day at most three days before publication (news dates its main event once, in the lead)."""
    second = article.text.find("\n\n", article.text.find("\n\n") + 2)
    end = second if second > 0 else len(article.text)
    for part in parts:
        for ent in part.doc.ents:
            if ent.label_ not in {"DATE", "TIME"} or part.offset + ent.start_char >= end:
                continue
            when = resolve(ent.text, article.published)
            if when and when.precision == "day" and article.published and \
                    0 <= (date.fromisoformat(article.published[:10]) - date.fromisoformat(when.value)).days <= 3:
                return when.value, "day"
    return None


def _fill_dates(claims: list[Claim], article: Article, lead: tuple[str, str] | None) -> list[Claim]:
    """An undated report of speech takes the date of the same speaker's dated speech in the article
    (news names the occasion once); anything else undated takes the day of the story's lead
    (flagged "lead"), else the publication date (flagged "publication")."""
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
        elif lead and c.modality not in {"future", "hypothetical"}:
            out.append(replace(c, date=lead[0], date_precision=lead[1], date_source="lead",
                               confidence=c.confidence - 0.15))
        elif fallback:
            out.append(replace(c, date=fallback.value, date_precision=fallback.precision,
                               date_source="publication", confidence=c.confidence - 0.2))
        else:
            out.append(c)
    return out

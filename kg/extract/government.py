"""Government bodies named by a rule that works for any country.

"Russia's foreign ministry", "the Russian foreign ministry", "Russian MFA", "the Foreign
Ministry of Russia" and "Ministry of Foreign Affairs of Russia" are one organization, with
the canonical label "Ministry of Foreign Affairs of Russia" and the usual forms as aliases.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Country, Gazetteer

MINISTRY_HEADS = {"ministry", "mfa", "mod"}
# Portfolio words (lower case) -> the portfolio's name in a ministry's canonical label.
PORTFOLIOS = {
    "foreign": "Foreign Affairs", "defence": "Defence", "defense": "Defence", "interior": "Internal Affairs",
    "finance": "Finance", "justice": "Justice", "health": "Health", "economy": "Economy",
    "energy": "Energy", "education": "Education", "agriculture": "Agriculture", "trade": "Trade",
    "emergency": "Emergency Situations", "emergencies": "Emergency Situations", "culture": "Culture",
    "transport": "Transport", "labour": "Labour", "labor": "Labour", "environment": "Environment",
}
ACRONYM_PORTFOLIO = {"mfa": "Foreign Affairs", "mod": "Defence"}


@dataclass(frozen=True)
class Body:
    """A government body found in a Doc."""

    span: Span
    portfolio: str | None
    country: Country | None
    head: str = "ministry"

    @property
    def label(self) -> str:
        if self.head == "government":
            return f"Government of {self.country.name}" if self.country else "Government"
        what = f"Ministry of {self.portfolio}" if self.portfolio else "Ministry"
        return f"{what} of {self.country.name}" if self.country else what


def aliases(portfolio: str | None, country: Country) -> list[str]:
    """The usual forms of a ministry's name, built by one rule for every country."""
    if not portfolio:
        return []
    short = {"Foreign Affairs": "foreign", "Internal Affairs": "interior"}.get(portfolio, portfolio.lower())
    names = [f"Ministry of {portfolio} of {country.name}", f"{country.name}'s {short} ministry",
             f"{country.name} {short} ministry", f"{short.capitalize()} Ministry of {country.name}"]
    if country.demonym:
        names.append(f"{country.demonym} {short} ministry")
        if portfolio == "Foreign Affairs":
            names.append(f"{country.demonym} MFA")
    return names


def _owner(tokens: list[Token], gz: Gazetteer) -> Country | None:
    """The country a ministry's modifiers name: 'Russia's', 'Russian', 'of Russia'."""
    for t in tokens:
        c = gz.country(t.text) or gz.demonym_country(t.text)
        if c:
            return c
    return None


def find_bodies(doc: Doc, gz: Gazetteer, *, default_country: Country | None = None) -> Iterator[Body]:
    """Every ministry named in the Doc, with its portfolio and country where the text gives them."""
    for tok in doc:
        if tok.lower_ == "government":
            body = _government(tok, gz, default_country)
            if body:
                yield body
            continue
        if tok.lower_ not in MINISTRY_HEADS or (tok.lower_ != "ministry" and not tok.is_upper):
            continue
        left = [t for t in tok.lefts if t.dep_ in {"amod", "compound", "poss", "nmod"}]
        for t in list(left):
            left.extend(c for c in t.children if c.dep_ in {"compound", "amod"})
        of_objs = [g for p in tok.rights if p.lower_ == "of" for g in p.rights if g.dep_ == "pobj"]
        owner_tokens = left + [g for o in of_objs for g in o.subtree]
        portfolio = ACRONYM_PORTFOLIO.get(tok.lower_)
        for t in owner_tokens:
            portfolio = portfolio or PORTFOLIOS.get(t.lower_)
        named = _named_after(tok, gz)
        if named and portfolio is None:  # "Ministry of Electronics and Information Technology": the words after 'of', as written
            portfolio = " ".join(t.text for t in named)
        if portfolio is None:  # "the commerce ministry": a lower-case portfolio word before the head
            portfolio = next((t.text.title() for t in left if t.dep_ == "compound" and t.is_lower and t.is_alpha), None)
        country = _owner(owner_tokens, gz)
        start = min([tok.i] + [t.left_edge.i for t in left])
        end = max([tok.i + 1] + [o.right_edge.i + 1 for o in of_objs if _owner(list(o.subtree), gz)
                                 or PORTFOLIOS.get(o.lower_)] + [t.i + 1 for t in named])
        while doc[start].lower_ in {"the", "a"}:
            start += 1
        if country is None and portfolio is None and not tok.text[0].isupper():
            continue  # "a ministry" with nothing to say which
        unsaid = any(t.tag_ == "PRP$" for t in doc[start:tok.i])  # "his government's ministry": whose, the text
        yield Body(doc[start:end], portfolio, country or (None if unsaid else default_country))  # does not say here


def _named_after(head: Token, gz: Gazetteer) -> list[Token]:
    """The capitalized words after "Ministry of", up to a country or punctuation."""
    doc, i, out = head.doc, head.i + 1, []
    if i >= len(doc) or doc[i].lower_ != "of" or not head.text[0].isupper():
        return []
    i += 1
    while i < len(doc) and (doc[i].text[:1].isupper() or (doc[i].lower_ in {"and", "&"} and out)):
        if _owner([doc[i]], gz) or doc[i].lower_ == "the":
            break
        out.append(doc[i])
        i += 1
    while out and out[-1].lower_ in {"and", "&"}:
        out.pop()
    return out if 0 < len(out) <= 6 else []


def _government(tok: Token, gz: Gazetteer, default: Country | None) -> Body | None:
    """'The Kenyan government', "Kenya's government", 'the government of Kenya'; 'the government'
    alone is the government of the country the article is about."""
    doc = tok.doc
    left = [t for t in tok.lefts if t.dep_ in {"amod", "compound", "poss", "nmod"}]
    of_objs = [g for p in tok.rights if p.lower_ == "of" for g in p.rights if g.dep_ == "pobj"]
    if any(t.pos_ in {"ADJ", "NOUN", "PROPN"} and not _owner([t], gz) for t in left):
        return None  # "the interim government", "the Tokyo city government": not the national one
    country = _owner(left + [g for o in of_objs for g in o.subtree], gz)
    start = min([tok.i] + [t.left_edge.i for t in left])
    end = max([tok.i + 1] + [o.right_edge.i + 1 for o in of_objs if _owner(list(o.subtree), gz)])
    if country is None and not (start > 0 and doc[start - 1].lower_ == "the" and default):
        return None
    if country is None and doc[start - 1].lower_ == "the" and tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return None  # "the protesters of the government": too loose to say which
    while doc[start].lower_ in {"the", "a"}:
        start += 1
    return Body(doc[start:end], None, country or default, head="government")

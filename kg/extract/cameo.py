"""CAMEO event codes for verbs and sector codes for role nouns, from the PETRARCH2 dictionaries.

Data: kg/data/CAMEO.2.0.txt (verb patterns) and kg/data/Phoenix.agents.txt (agents), MIT
licence, Open Event Data Alliance; formats in openeventdata/petrarch2 docs/source/dictionaries.rst
(see kg/data/CAMEO-README.md). A code "[active:passive]" keeps both parts; "---" is None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from kg.errors import InputError

DATA = Path(__file__).resolve().parents[1] / "data"
VERBS_PATH = DATA / "CAMEO.2.0.txt"
AGENTS_PATH = DATA / "Phoenix.agents.txt"
EVENT_TYPE_OF_ROOT: dict[str, str] = {
    "01": "statement", "02": "request", "03": "intend", "04": "consult", "05": "cooperate",
    "06": "cooperate", "07": "aid", "08": "concede", "09": "investigate", "10": "demand",
    "11": "disapprove", "12": "reject", "13": "threaten", "14": "protest", "15": "mobilize",
    "16": "reduce", "17": "coerce", "18": "assault", "19": "fight", "20": "massviolence",
}
_CODE = re.compile(r"\[([^\]}]*)[\]}]")
_MARKERS = {"$", "+", "%", "^"}  # source, target, compound and skip markers: nothing to match
_PREP_DEPS = {"prt", "prep", "agent", "dative"}
_CLAUSE_DEPS = {"ccomp", "parataxis", "advcl", "conj"}
Codes = tuple[str | None, str | None]  # (active, passive)
Alternatives = dict[str, list[tuple[str, ...]]]  # a phrase's first word -> the rest of it


@dataclass(frozen=True)
class Pattern:
    """Words needed before and after the verb, in order ("&synset" names, "(prep"), and codes."""
    before: tuple[str, ...]
    after: tuple[str, ...]
    code: str | None  # active part; None for "---" and "[:173]"
    passive: str | None = None  # the part after ":" in "[042:043]"
    text: str = "*"  # the pattern as written, without its code


@dataclass(frozen=True)
class VerbEntry:
    """A verb form: its lemma ("ask", "ask for"), block, code and multiword parts."""
    lemma: str
    block: str
    code: str | None  # the form's own code, else the block's default
    passive: str | None = None
    verb: str = ""  # the inflected word ("ask" in "ask for")
    front: tuple[str, ...] = ()  # words before it ("re" in "re arrest")
    back: tuple[str, ...] = ()  # words after it ("for" in "ask for")
    forms: tuple[str, ...] = ()  # irregular forms of the verb word, from {...}


@dataclass(frozen=True)
class VerbDictionary:
    """Verb lemmas (the first occurrence wins, as in PETRARCH2), block patterns and synsets."""
    verbs: dict[str, VerbEntry]
    patterns: dict[str, tuple[Pattern, ...]]  # block name -> patterns in file order
    synsets: dict[str, frozenset[str]]  # "&military" -> {"troop", "troops", ...}

    def patterns_for(self, lemma: str) -> tuple[Pattern, ...]:
        """The patterns of the lemma's block (empty when the lemma is unknown)."""
        entry = self.verbs.get(lemma)
        return self.patterns.get(entry.block, ()) if entry else ()


@dataclass(frozen=True)
class CameoMatch:
    """A verb's CAMEO code with the dictionary lemma and pattern ("*": none) that gave it."""
    code: str
    lemma: str
    pattern: str


def _read(path: Path) -> str:
    """The text of a dictionary file."""
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise InputError(f"cannot read {path}: {e}; it ships in kg/data "
                         "(see kg/data/CAMEO-README.md)") from e


def _codes(field: str) -> Codes:
    """(active, passive) codes of a "020", "042:043", ":173" or "---" field."""
    active, passive = (re.search(r"\d+", part) for part in field.partition(":")[::2])
    return (active.group() if active else None, passive.group() if passive else None)


def _plural(phrase: str) -> str:
    """The regular plural of a phrase's last word (a word in "-s" is taken as plural)."""
    if phrase.endswith("y") and phrase[-2:-1] not in ("a", "e", "i", "o", "u"):
        return phrase[:-1] + "ies"
    if phrase.endswith(("ss", "x", "z", "ch", "sh")):
        return phrase + "es"
    return phrase if phrase.endswith("s") else phrase + "s"


def _words(text: str) -> tuple[str, ...]:
    """Pattern words, lower-cased; the word opening a "(PREP ...)" group keeps its "("."""
    words: list[str] = []
    for token in re.sub(r"[){}*]", " ", text).split():
        opens, token = token.startswith("("), token.lstrip("(").lower()
        found = [token] if token.startswith("&") else [
            w for w in token.split("_") if w and w not in _MARKERS]
        words += [("(" if opens and not i and w[0] != "&" else "") + w for i, w in enumerate(found)]
    return tuple(words)


def _pattern(line: str, synsets: dict[str, frozenset[str]]) -> Pattern | None:
    """A "- before * after [code]" line; None for disjunctions and undefined synsets."""
    match = _CODE.search(line)
    if not match or "*" not in line[: match.start()] or "/" in line[: match.start()]:
        return None  # PETRARCH skips disjunctive sets ("BOMBING/EXPLOSION") too
    body = line[1 : match.start()]
    pre, _, post = body.partition("*")
    before, after = _words(pre), _words(post)
    if any(w.startswith("&") and w not in synsets for w in before + after):
        return None
    return Pattern(before, after, *_codes(match.group(1)), " ".join(body.split()))


def _verb_entry(line: str, block: str, default: Codes) -> VerbEntry:
    """A verb form line such as "+ASK_FOR {+ASKED_FOR ...} [020]"; "+" marks the verb word."""
    match = _CODE.search(line)
    codes = _codes(match.group(1)) if match else default
    head = line[: match.start()] if match else line
    irregular = re.search(r"\{([^}]*)\}", head)
    parts = head.split("{")[0].split()[0].lower().split("_")
    i = next((k for k, part in enumerate(parts) if part.startswith("+")), 0)
    parts = [part.lstrip("+") for part in parts]
    forms = [f.lower().split("_") for f in irregular.group(1).split()] if irregular else []
    inflected = tuple(next((p for p in f if p[0] == "+"), f[0]).lstrip("+") for f in forms)
    return VerbEntry(" ".join(parts), block, *codes, parts[i], tuple(parts[:i]),
                     tuple(parts[i + 1 :]), inflected)


def parse_verbs(text: str) -> VerbDictionary:
    """Synsets, verb blocks, verb forms and patterns of a PETRARCH2 verb dictionary."""
    synsets: dict[str, frozenset[str]] = {}
    verbs: dict[str, VerbEntry] = {}
    patterns: dict[str, list[Pattern]] = {}
    block, synset, default = "", "", (None, None)
    for raw in text.splitlines():
        line = re.split(r"#|;", raw, maxsplit=1)[0].rstrip()
        if not line.strip() or line.startswith("~"):  # "~": verb transformations, unused
            continue
        if line.startswith("---"):
            block, synset, match = line.split()[1], "", _CODE.search(line)
            default = _codes(match.group(1)) if match else (None, None)
            patterns.setdefault(block, [])
        elif line.startswith("&"):
            synset, block = line.split()[0].lower(), ""
            synsets[synset] = frozenset()
        elif synset and line.startswith("+"):
            phrase = " ".join(line[1:].lower().replace("_", " ").split())
            plural = not (line.endswith("_") or synset.endswith("_"))
            synsets[synset] |= {phrase, _plural(phrase)} if plural else {phrase}
        elif block and line.startswith("-"):
            if pattern := _pattern(line, synsets):
                patterns[block].append(pattern)
        elif block:
            entry = _verb_entry(line, block, default)
            verbs.setdefault(entry.lemma, entry)
    return VerbDictionary(verbs, {b: tuple(p) for b, p in patterns.items()}, synsets)


@lru_cache(maxsize=4)
def read_verb_dictionary(path: Path = VERBS_PATH) -> VerbDictionary:
    """The verb dictionary at path, parsed once."""
    return parse_verbs(_read(path))


def root_code(code: str) -> str:
    """The two-digit CAMEO root of a code: "0234" -> "02"."""
    return code[:2]


def event_type_for(code: str | None) -> str:
    """The project's event type for a CAMEO code ("other" when None or unknown)."""
    return EVENT_TYPE_OF_ROOT.get(root_code(code), "other") if code else "other"


def _find(alternatives: Alternatives, tokens: list[frozenset[str]], start: int) -> int:
    """The index just after the first phrase found at or after start, or -1."""
    for i in range(start, len(tokens)):
        for rest in (r for form in tokens[i] for r in alternatives.get(form, ())):
            following = tokens[i + 1 : i + 1 + len(rest)]
            if len(following) == len(rest) and all(w in f for w, f in zip(rest, following)):
                return i + 1 + len(rest)
    return -1


def _context(verb: Token) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """Forms of the subtree's tokens before and after the verb; a passive subject is after."""
    def forms(t: Token) -> frozenset[str]:
        prep = {"(" + t.lower_} if t.dep_ in _PREP_DEPS or t.dep_ == "mark" else set()
        return frozenset({t.lemma_.lower(), t.lower_, *prep})
    # Another clause (reported speech, a second verb) is an event of its own: left out.
    skip = {t.i for c in verb.children if c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")
            for t in c.subtree}
    # An infinitive's "to" heads no noun or prepositional phrase, so patterns never see it.
    seen = {t.i: forms(t) for t in verb.subtree
            if t.i not in skip and not (t.tag_ == "TO" and t.dep_ == "aux")}
    moved = {t.i for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree}
    before = [seen[i] for i in sorted(seen) if i < verb.i and i not in moved]
    after = [seen[i] for i in sorted(moved) if i in seen]
    return before, after + [seen[i] for i in sorted(seen) if i > verb.i]


def _has_parts(verb: Token, entry: VerbEntry) -> bool:
    """Whether the words around the verb complete the entry's multiword lemma."""
    doc, start = verb.doc, verb.i - len(entry.front)
    following = [t.lower_ for t in doc[verb.i + 1 : verb.i + 1 + len(entry.back)]]
    linked = {c.lower_ for c in verb.children if c.dep_ in _PREP_DEPS and c.i > verb.i}
    preceding = [t.lower_ for t in doc[start : verb.i]] if start >= 0 else []
    back = following == list(entry.back) or set(entry.back) <= linked
    return back and preceding == list(entry.front)


class CameoCoder:
    """Gives a verb token the CAMEO code of its most specific matching PETRARCH2 pattern."""

    def __init__(self, path: Path = VERBS_PATH) -> None:
        self.dictionary = d = read_verb_dictionary(path)
        self._by_word: dict[str, list[VerbEntry]] = {}
        for entry in d.verbs.values():
            for word in dict.fromkeys((entry.verb, *entry.forms)):
                self._by_word.setdefault(word, []).append(entry)
        # Most words first; among equals the later pattern wins, as in PETRARCH2's trie.
        self._ranked = {block: sorted(reversed(pats), key=lambda p: -len(p.before + p.after))
                        for block, pats in d.patterns.items()}
        self._alts: dict[str, Alternatives] = {}
        for word in {w for pats in d.patterns.values() for p in pats for w in p.before + p.after}:
            for first, *rest in (phrase.split() for phrase in d.synsets.get(word, (word,))):
                self._alts.setdefault(word, {}).setdefault(first, []).append(tuple(rest))

    def entry(self, verb: Token) -> VerbEntry | None:
        """The verb's dictionary entry, preferring a multiword lemma that the text completes."""
        keys = dict.fromkeys((verb.lemma_.lower(), verb.lower_))
        found = dict.fromkeys(e for key in keys for e in self._by_word.get(key, ()))
        ranked = sorted(found, key=lambda e: -len(e.front + e.back))
        return next((e for e in ranked if _has_parts(verb, e)), None)

    def _matches(self, words: tuple[str, ...], tokens: list[frozenset[str]]) -> bool:
        """Whether the pattern words occur in order among the tokens."""
        position = 0
        for word in words:
            if (position := _find(self._alts[word], tokens, position)) < 0:
                return False
        return True

    def __call__(self, verb: Token) -> CameoMatch | None:
        """The verb's CAMEO code; None when it is unknown or its best candidate is "---"."""
        if (entry := self.entry(verb)) is None:
            return None
        before, after = _context(verb)
        found = next((p for p in self._ranked.get(entry.block, ())
                      if self._matches(p.before, before) and self._matches(p.after, after)), None)
        # The passive part of "[042:043]" is the same event seen from its object: a fallback.
        code, text = (found.code or found.passive, found.text) if found else (
            entry.code or entry.passive, "*")
        return CameoMatch(code, entry.lemma, text) if code else None


def _agent_phrases(phrase: str, plurals: str | None, subs: dict[str, list[str]]) -> list[str]:
    """The lower-case phrases of an agent line: its substitutions, or singular and plural."""
    def norm(text: str) -> str:
        return " ".join(text.lower().replace("_", " ").split())
    if marker := next((m for m in subs if m in phrase), None):  # no further plurals
        return [norm(phrase.replace(marker, item)) for item in subs[marker]]
    if plurals is not None:  # "{}": no plural; "{X}": the irregular plural X
        return [norm(phrase)] + [norm(p) for p in plurals.strip("{}").split()]
    return [norm(phrase), _plural(norm(phrase))]


def parse_agents(text: str) -> dict[str, str]:
    """Role nouns and phrases of a PETRARCH agents file -> sector codes ("GOV", "MIL")."""
    subs: dict[str, list[str]] = {}
    sectors: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if sub := re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", line):
            subs[sub[1]] = [item.strip() for item in sub[2].split(",")]
        elif agent := re.match(r"([^\[{]+?)\s*(\{[^}]*\})?\s*\[([^\]}]+)[\]}]", line):
            for phrase in _agent_phrases(agent[1], agent[2], subs):
                sectors.setdefault(phrase, agent[3].strip("~ "))  # "~GOV" and "IGO~"
    return sectors


@lru_cache(maxsize=4)
def agent_sectors(path: Path = AGENTS_PATH) -> dict[str, str]:
    """Lower-case role nouns and phrases, singular and regular plural -> sector code."""
    return parse_agents(_read(path))


def sector_of(phrase: str) -> str | None:
    """The sector of a role phrase: of the whole phrase, else of its shorter endings."""
    words, sectors = phrase.lower().replace("_", " ").split(), agent_sectors()
    endings = (" ".join(words[i:]) for i in range(len(words)))
    return next((sectors[e] for e in endings if e in sectors), None)

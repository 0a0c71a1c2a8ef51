"""The data files of event discovery, loaded once per process (``data/``).

- ``places.txt``: every place discovery knows, by canonical key (lower-case English), with
  its kind (``country``, ``region``, ``city``) and what it lies in.
- ``names_<lang>.txt``: each language's other forms of those places ("Kazakstan",
  "Amerika Serikat", "Jawa Tengah", the demonyms "Kazakh", "Russian").
- ``kinds_<lang>.txt``: the words that name a kind of story (flood, quake, unrest ...) and
  what its figures count (``measure-killed`` ...).
- ``stopwords_<lang>.txt``: words that are never a name or a keyword.

A language is supported when its files exist; nothing in the code names a language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")


@dataclass(frozen=True)
class Place:
    key: str
    kind: str  # country | region | city
    parent: str | None


def _lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def normalise(text: str) -> str:
    """Lower case without accents (Kahramanmaraş = Kahramanmaras), curly quotes and dashes
    made plain, spaces collapsed."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.strip().lower())


@cache
def places() -> dict[str, Place]:
    found: dict[str, Place] = {}
    for line in _lines(DATA_DIR / "places.txt"):
        key, kind, parent = (part.strip() for part in ([*line.split("|"), "", ""])[:3])
        found[key] = Place(key=key, kind=kind, parent=parent or None)
    return found


def languages() -> tuple[str, ...]:
    return tuple(sorted(p.stem.removeprefix("names_") for p in DATA_DIR.glob("names_*.txt")))


@cache
def place_forms(language: str) -> dict[str, str]:
    """Normalised form -> canonical key, for one language (the canonical keys themselves
    are forms in every language)."""
    forms = {key: key for key in places()}
    for line in _lines(DATA_DIR / f"names_{language}.txt"):
        form, _, key = line.partition("=")
        key = key.strip()
        if key in places():
            forms[normalise(form)] = key
    return forms


@cache
def all_place_forms() -> dict[str, str]:
    """Every language's forms (a quoted name keeps its own language's spelling)."""
    merged: dict[str, str] = {}
    for language in languages():
        merged.update(place_forms(language))
    return merged


@cache
def kind_words(language: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """(exact word -> kind, [(prefix, kind)]) for one language."""
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for line in _lines(DATA_DIR / f"kinds_{language}.txt"):
        kind, _, words = line.partition(":")
        for word in words.split():
            word = word.lower().replace("-", " ")
            if word.endswith("*"):
                prefixes.append((word[:-1], kind.strip()))
            else:
                exact[word] = kind.strip()
    prefixes.sort(key=lambda item: -len(item[0]))
    return exact, prefixes


@cache
def kind_families() -> dict[str, frozenset[str]]:
    """Kind of story -> the families it belongs to (``kind_families.txt``)."""
    families: dict[str, set[str]] = {}
    for line in _lines(DATA_DIR / "kind_families.txt"):
        family, _, kinds = line.partition(":")
        for kind in kinds.split():
            families.setdefault(kind, set()).add(family.strip())
    return {kind: frozenset(found) for kind, found in families.items()}


def families_of(kinds: set[str] | frozenset[str]) -> set[str]:
    table = kind_families()
    return {family for kind in kinds for family in table.get(kind, {kind})}


@cache
def stopwords(language: str) -> frozenset[str]:
    return frozenset(word for line in _lines(DATA_DIR / f"stopwords_{language}.txt") for word in line.lower().split())


@cache
def all_stopwords() -> frozenset[str]:
    return frozenset().union(*(stopwords(language) for language in languages()))


def country_of(key: str) -> str | None:
    """The country a known place lies in (itself for a country)."""
    seen = 0
    place = places().get(key)
    while place is not None and seen < 5:
        if place.kind == "country":
            return place.key
        place = places().get(place.parent or "")
        seen += 1
    return None


def locality_of(key: str, home_country: str) -> str | None:
    """The part of the world a story at this place belongs to, for telling stories apart:
    in the home country its province (two floods in two provinces are two stories), abroad
    the country. None for the home country itself (it names no particular story)."""
    place = places().get(key)
    if place is None:
        return None
    country = country_of(key)
    if country != home_country:
        return country
    if place.kind == "region":
        return place.key
    if place.kind == "city":
        parent = places().get(place.parent or "")
        return parent.key if parent is not None and parent.kind == "region" else place.key
    return None

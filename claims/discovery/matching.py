"""Which event an article belongs to: a score per candidate event, and a choice that puts
precision first (two stories are never mixed; a story split in two is an editor's merge).

Each candidate gets points for what it shares with the article; a few facts rule it out:

- **Rule-outs**: the article's date lies outside the event's date span widened by the
  window; or the article and the event are mostly about different localities (a province
  at home, a country abroad: two floods in two provinces the same week are two stories).
- **Anchor**: the event must share something specific with the article: a city, a
  province, a foreign country, a multi-word name or an acronym (a person, an
  organisation), or an editor's keyword. The home country, a kind of story and round
  figures never join an article to an event on their own.
- **Points** (see ``WEIGHTS``): shared names by how specific they are (a city more than a
  country, the home country least), scaled by how central each is to the event and how
  many candidate events share it; the same kind of story;
  what the figures count; the figures themselves; the title words the event's titles share
  (matched loosely with rapidfuzz, across inflections).
- **Choice**: the best candidate with at least ``JOIN_THRESHOLD`` points, unless the
  runner-up is within ``MARGIN`` (an ambiguous article starts its own event instead).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from claims.discovery import lexicon
from claims.discovery.reading import Reading, is_kind_word

JOIN_THRESHOLD = 3.0
MARGIN = 1.0
WEIGHTS = {
    "city": 3.0,
    "region": 2.0,
    "foreign_country": 3.0,  # abroad, a country is as specific as a city at home
    "home_country": 0.5,
    "long_name": 2.0,  # two words or more, or an acronym: a person, an organisation
    "short_name": 1.2,  # one capitalised word
    "kind_shared": 1.5,
    "measure": 0.5,
    "measures_max": 1.0,
    "figure": 0.75,
    "figures_max": 2.25,
    "title_word": 0.5,
    "title_max": 1.5,
    "late_day": -0.1,  # per day beyond GRACE_DAYS outside the event's span
}
ANCHOR_MIN = 2.0  # the least weight of a name that can anchor a match
TITLE_WORD_LIKENESS = 85  # rapidfuzz ratio at which two title words count as one
GRACE_DAYS = 3


@dataclass
class EventProfile:
    """What an event's articles have said so far (counts are numbers of articles)."""

    event_id: int
    articles: int = 0
    start: dt.date | None = None
    end: dt.date | None = None
    names: dict[str, int] = field(default_factory=dict)
    localities: dict[str, int] = field(default_factory=dict)
    kinds: dict[str, int] = field(default_factory=dict)
    measures: dict[str, int] = field(default_factory=dict)
    figures: dict[int, int] = field(default_factory=dict)
    words: dict[str, int] = field(default_factory=dict)  # "lang:word" of titles
    towns: dict[str, int] = field(default_factory=dict)
    keywords: tuple[str, ...] = ()  # an editor's keyword phrases

    def primary_localities(self) -> set[str]:
        floor = max(1.0, 0.25 * self.articles)
        return {key for key, count in self.localities.items() if count >= floor}

    def story_kinds(self) -> set[str]:
        floor = max(1.0, 0.25 * self.articles)
        return {key for key, count in self.kinds.items() if count >= floor}

    def top_words(self, language: str, limit: int = 12) -> list[str]:
        prefix = f"{language}:"
        ranked = sorted(((c, w) for w, c in self.words.items() if w.startswith(prefix)), reverse=True)
        return [w.removeprefix(prefix) for _, w in ranked[:limit]]


@dataclass(frozen=True)
class Score:
    event_id: int
    points: float
    anchored: bool
    ruled_out: str = ""  # why the event cannot take the article, if it cannot
    reasons: tuple[str, ...] = ()

    @property
    def eligible(self) -> bool:
        return not self.ruled_out and self.anchored and self.points >= JOIN_THRESHOLD


def name_weight(key: str, home_country: str) -> float:
    place = lexicon.places().get(key)
    if place is not None:
        if place.kind == "country":
            return WEIGHTS["home_country"] if key == home_country else WEIGHTS["foreign_country"]
        return WEIGHTS[place.kind]
    if " " in key or "-" in key:
        return WEIGHTS["long_name"]
    return WEIGHTS["short_name"]


def known_towns(towns: Iterable[str]) -> set[str]:
    """The towns the gazetteer knows (a town found only by its unit word may be a village
    of a known one, so it never rules an event out)."""
    return {town for town in towns if town in lexicon.places()}


def _keyword_hit(phrase: str, text: str) -> bool:
    phrase = phrase.strip().lower()
    return bool(phrase) and re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def days_outside(day: dt.date | None, start: dt.date | None, end: dt.date | None) -> int:
    if day is None:
        return 0
    if start is not None and day < start:
        return (start - day).days
    if end is not None and day > end:
        return (day - end).days
    return 0


def _shared_names(
    reading: Reading, profile: EventProfile, shared_by: Mapping[str, int], home_country: str, reasons: list[str]
) -> tuple[float, bool]:
    """Points for the names and keywords the article shares with the event, and whether one
    of them anchors the match; each adds its reason to `reasons`."""
    points, anchored = 0.0, False
    articles = max(profile.articles, 1)
    for key in sorted(set(reading.names) & set(profile.names)):
        weight = WEIGHTS["city"] if key in reading.towns else name_weight(key, home_country)
        centrality = min(1.0, 2 * profile.names[key] / articles)
        # A name many candidate events share tells little (a national agency); places are
        # told apart by locality instead, so they are not divided.
        spread = 1 if key in lexicon.places() else max(1, shared_by.get(key, 1))
        gained = weight * reading.names[key] * centrality / spread
        points += gained
        reasons.append(f"{key} +{gained:.2f}")
        if weight >= ANCHOR_MIN:
            anchored = True
    for phrase in profile.keywords:
        if _keyword_hit(phrase, reading.text):
            points += JOIN_THRESHOLD
            anchored = True
            reasons.append(f"keyword {phrase!r}")
    return points, anchored


def _title_words_matched(reading: Reading, profile: EventProfile) -> list[str]:
    """Title words beyond the names and kinds already counted, matched loosely to the event's
    top words (mengungsi ~ pengungsi, evacuees ~ evacuated): each adds a little."""
    words = profile.top_words(reading.language)
    if not reading.title_words or not words:
        return []
    return [
        word
        for word in reading.title_words
        if word not in reading.names
        and not is_kind_word(word, reading.language)
        and process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=TITLE_WORD_LIKENESS) is not None
    ]


def score(
    reading: Reading,
    profile: EventProfile,
    *,
    shared_by: Mapping[str, int] | None = None,
    home_country: str = "indonesia",
    window_days: int = 10,
) -> Score:
    """How well `profile`'s event fits the article. `shared_by`: how many candidate events
    hold each name (a name many events share tells little)."""
    shared_by = shared_by or {}
    reasons: list[str] = []
    outside = days_outside(reading.published, profile.start, profile.end)
    if outside > window_days:
        return Score(profile.event_id, 0.0, False, f"{outside} days outside the event's dates")
    mine, theirs = reading.primary_localities, profile.primary_localities()
    if mine and theirs and not mine & theirs:
        return Score(profile.event_id, 0.0, False, f"elsewhere: {sorted(mine)} vs {sorted(theirs)}")

    points, anchored = _shared_names(reading, profile, shared_by, home_country, reasons)

    my_towns, their_towns = set(reading.towns), set(profile.towns)
    if known_towns(my_towns) and known_towns(their_towns) and not my_towns & their_towns:
        # At home, an article naming none of the event's towns (regencies, cities) tells
        # another story in the same province: two floods in Demak and Grobogan.
        return Score(profile.event_id, 0.0, False, f"other towns: {sorted(my_towns)} vs {sorted(their_towns)}")

    theirs_kinds = profile.story_kinds()
    if reading.kinds and theirs_kinds:
        if reading.kinds & theirs_kinds:
            points += WEIGHTS["kind_shared"]
            reasons.append(f"kind {sorted(reading.kinds & theirs_kinds)}")
        elif not lexicon.families_of(reading.kinds) & lexicon.families_of(theirs_kinds):
            return Score(
                profile.event_id, 0.0, False, f"another story: {sorted(reading.kinds)} vs {sorted(theirs_kinds)}"
            )
    measures = reading.measures & set(profile.measures)
    if measures:
        points += min(WEIGHTS["measures_max"], WEIGHTS["measure"] * len(measures))
    figures = reading.figures & set(profile.figures)
    if figures:
        points += min(WEIGHTS["figures_max"], WEIGHTS["figure"] * len(figures))
        reasons.append(f"figures {sorted(figures)}")
    matched = _title_words_matched(reading, profile)
    if matched:
        points += min(WEIGHTS["title_max"], WEIGHTS["title_word"] * len(matched))
        reasons.append(f"title words {matched}")
    if outside > GRACE_DAYS:
        points += WEIGHTS["late_day"] * (outside - GRACE_DAYS)
    return Score(profile.event_id, round(points, 3), anchored, "", tuple(reasons))


def choose(
    reading: Reading,
    profiles: Iterable[EventProfile],
    *,
    home_country: str = "indonesia",
    window_days: int = 10,
) -> tuple[int | None, list[Score]]:
    """The event id the article joins (None: it starts a new event), and every score."""
    profiles = list(profiles)
    shared_by: dict[str, int] = {}
    for profile in profiles:
        for key in profile.names:
            shared_by[key] = shared_by.get(key, 0) + 1
    scores = sorted(
        (score(reading, p, shared_by=shared_by, home_country=home_country, window_days=window_days) for p in profiles),
        key=lambda s: (-s.points, s.event_id),
    )
    eligible = [s for s in scores if s.eligible]
    if not eligible:
        return None, scores
    if len(eligible) > 1 and eligible[0].points - eligible[1].points < MARGIN:
        # Two events fit about as well. Parts of one story (same places, same kind) are
        # merged by an editor later, so the article joins the best; two different stories
        # cannot be told apart from this article, so it starts its own event.
        by_id = {p.event_id: p for p in profiles}
        first, second = by_id[eligible[0].event_id], by_id[eligible[1].event_id]
        same_places = first.primary_localities() == second.primary_localities()
        same_kind = first.story_kinds() == second.story_kinds() or not (first.story_kinds() and second.story_kinds())
        towns_one, towns_two = known_towns(first.towns), known_towns(second.towns)
        other_towns = bool(towns_one and towns_two and not towns_one & towns_two)
        if not (same_places and same_kind) or other_towns:
            return None, scores
    return eligible[0].event_id, scores


def add_to_profile(profile: EventProfile, reading: Reading) -> None:
    """Count one more article into a profile (the database keeps the same counts)."""
    profile.articles += 1
    day = reading.published
    if day is not None:
        profile.start = day if profile.start is None else min(profile.start, day)
        profile.end = day if profile.end is None else max(profile.end, day)
    for kind, values in profile_keys(reading).items():
        target = getattr(profile, kind)
        for value in values:
            target[value] = target.get(value, 0) + 1


def profile_keys(reading: Reading) -> dict[str, set[object]]:
    """What one article adds to its event's profile, by kind of key."""
    return {
        "names": set(reading.names),
        "localities": set(reading.primary_localities),
        "kinds": set(reading.kinds),
        "measures": set(reading.measures),
        "figures": set(reading.figures),
        "words": {f"{reading.language}:{word}" for word in reading.title_words},
        "towns": set(reading.towns),
    }

"""What an article says about which story it belongs to, read from its text alone.

Signals that cross languages: named places (through the gazetteer, so "Amerika Serikat" and
"United States" are one key) and other capitalised names (people, organisations: spelled
alike in both languages), the kind of story and what its figures count, the figures
themselves, and the words of the title.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from claims.discovery import lexicon

LEAD_CHARS = 300
TITLE_WEIGHT = 1.0  # a name in the title or the lead
BODY_WEIGHT = 0.7  # a name further down, or implied by a place named (Almaty -> Kazakhstan)
DATELINE_WEIGHT = 0.4  # a place in the dateline only
MIN_FIGURE = 20  # smaller numbers are shared by chance too often
MAX_WORDS = 400
MAX_BODY_CHARS = 20_000  # a story names its places early; a book-length body is read this far
CONNECTORS = frozenset({"of", "de", "al", "bin", "van", "der", "da", "di"})

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+|\s+[-\u2013\u2014]\s+|:\s+")
_TOKEN = re.compile(r"[^\W\d_](?:[\w'\u2019-]|\.(?=[^\W\d_]))*")
_WORD = re.compile(r"[^\W\d_][\w-]*")
# A town named with its administrative unit, before it (Kabupaten Demak, Kota Malang) or
# after it (Demak regency, Malang city): a place even when the gazetteer lacks it.
_TOWN_BEFORE = re.compile(
    r"\b(?:Kabupaten|Kab\.|Kota|Kecamatan|Kec\.|Desa|Kelurahan|Distrik|city of|town of|village of)\s+"
    r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)
_TOWN_AFTER = re.compile(r"\b([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:regency|district|subdistrict|village|city)\b")
_NUMBER = re.compile(r"(?<![\d/:.,])\d{1,3}(?:[.,]\d{3})+(?![\d/:]|[.,]\d)|(?<![\d/:.,])\d+(?![\d/:]|[.,]\d)")


@dataclass(frozen=True)
class ArticleText:
    title: str
    body: str
    language: str = ""
    published: dt.date | None = None
    source_name: str = ""
    source_kind: str = ""


@dataclass(frozen=True)
class Reading:
    """The discovery signals of one article."""

    language: str
    published: dt.date | None
    title: str
    names: dict[str, float]  # key -> weight in this article (TITLE_WEIGHT or BODY_WEIGHT)
    localities: dict[str, float]  # province at home / country abroad -> salience
    kinds: frozenset[str]  # the kinds of story it tells (flood, quake, unrest ...)
    measures: frozenset[str]  # what its figures count (killed, injured ...)
    figures: frozenset[int]
    title_words: tuple[str, ...]
    towns: frozenset[str]  # towns at home (the gazetteer's, and any named with its unit)
    words: frozenset[str]  # content words of title and body (for editors' keywords)
    text: str  # lower-case title and body (for editors' keyword phrases)
    from_publisher: frozenset[str] = field(default_factory=frozenset)  # names taken from an official source's name

    @property
    def primary_localities(self) -> frozenset[str]:
        """The localities the article is mostly about (a passing mention is not)."""
        if not self.localities:
            return frozenset()
        top = max(self.localities.values())
        return frozenset(key for key, weight in self.localities.items() if weight >= 0.4 * top)

    def lookup_keys(self) -> set[str]:
        return set(self.names) | set(self.words)


def _strip_possessive(token: str) -> str:
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if token.endswith(suffix):
            return token[: -len(suffix)]
    return token


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def _form(tokens: list[str]) -> str:
    return lexicon.normalise(" ".join(tokens).replace(".", ""))


def _place_at(tokens: list[str], start: int, forms: dict[str, str]) -> tuple[int, str] | None:
    """The longest known place starting at tokens[start], as (length, key)."""
    for length in range(min(4, len(tokens) - start), 0, -1):
        surface = tokens[start : start + length]
        key = forms.get(_form(surface))
        if key is None:
            continue
        letters = "".join(surface).replace(".", "").replace("-", "")
        if len(letters) <= 3 and not letters.isupper():
            continue  # "As", "Us": a short form counts only written as an abbreviation (AS, US, UK)
        return length, key
    return None


def _runs(sentence: str) -> list[tuple[list[str], bool]]:
    """Runs of capitalised tokens (joined by connectors like "of", broken by punctuation),
    each with whether it opens the sentence."""
    runs: list[tuple[list[str], bool]] = []
    current: list[str] = []
    opens = False
    pending: list[str] = []
    last_end = 0
    for index, match in enumerate(_TOKEN.finditer(sentence)):
        token = _strip_possessive(match.group())
        gap = sentence[last_end : match.start()]
        last_end = match.end()
        if current and gap.strip():
            runs.append((current, opens))  # a comma, a slash, a bracket or a number ends a name
            current, pending = [], []
        if not token:
            continue
        if _capitalised(token):
            if current:
                current.extend(pending)
            else:
                opens = index == 0
            pending = []
            current.append(token)
        elif current and token.lower() in CONNECTORS and not pending:
            pending = [token]
        else:
            if current:
                runs.append((current, opens))
            current, pending = [], []
    if current:
        runs.append((current, opens))
    return runs


def _names(
    chunks: list[tuple[str, bool]], language: str, lowercase_words: set[str], capitalised_inside: set[str]
) -> tuple[Counter[str], dict[str, float], set[str]]:
    """(place key -> salience, name key -> weight, place keys named) from (text, is_lead) chunks."""
    forms = dict(lexicon.all_place_forms())
    forms.update(lexicon.place_forms(language))
    stop = lexicon.all_stopwords()
    place_salience: Counter[str] = Counter()
    names: dict[str, float] = {}

    def add(key: str, weight: float) -> None:
        names[key] = max(names.get(key, 0.0), weight)

    for text, lead in chunks:
        weight = TITLE_WEIGHT if lead else BODY_WEIGHT
        for sentence in _SENTENCE.split(text):
            for tokens, opens in _runs(sentence):
                index = 0
                leftover: list[tuple[list[str], bool]] = []
                current: list[str] = []
                current_opens = False
                while index < len(tokens):
                    place = _place_at(tokens, index, forms)
                    if place is not None:
                        length, key = place
                        place_salience[key] += 2 if lead else 1
                        add(key, weight)
                        if current:
                            leftover.append((current, current_opens))
                            current = []
                        index += length
                        continue
                    token = tokens[index]
                    lowered = token.lower()
                    dropped_opener = opens and index == 0 and lowered not in capitalised_inside
                    if lowered in stop or lowered in CONNECTORS or dropped_opener or is_kind_word(lowered, language):
                        if current:
                            leftover.append((current, current_opens))
                            current = []
                    else:
                        if not current:
                            current_opens = opens and index == 0
                        current.append(token)
                    index += 1
                if current:
                    leftover.append((current, current_opens))
                for run, run_opens in leftover:
                    key = _form(run)
                    if len(key) < 3:
                        continue
                    if len(run) == 1:
                        word = key
                        # A lone capitalised word opening a sentence is a name only if the text
                        # also capitalises it inside a sentence and never writes it in lower case.
                        if word in lowercase_words:
                            continue
                        if run_opens and word not in capitalised_inside:
                            continue
                    add(key, weight)
    return place_salience, names, set(place_salience)


def is_kind_word(word: str, language: str) -> bool:
    exact, prefixes = lexicon.kind_words(language)
    return word in exact or any(word.startswith(prefix) for prefix, _ in prefixes)


def _kinds(words: list[str], language: str) -> tuple[frozenset[str], frozenset[str]]:
    exact, prefixes = lexicon.kind_words(language)
    counts: Counter[str] = Counter()
    for index, word in enumerate(words):
        word = word.replace("-", " ")
        pair = f"{word} {words[index + 1]}" if index + 1 < len(words) else ""
        kind = exact.get(pair) or exact.get(word)
        if kind is None:
            kind = next((k for prefix, k in prefixes if word.startswith(prefix)), None)
        if kind is not None:
            counts[kind] += 1
    measures = frozenset(k.removeprefix("measure-") for k in counts if k.startswith("measure-"))
    story = {k: n for k, n in counts.items() if not k.startswith("measure-")}
    if not story:
        return frozenset(), measures
    top = max(story.values())
    return frozenset(k for k, n in story.items() if n * 2 >= top), measures


def _figures(text: str, language: str) -> frozenset[int]:
    found: set[int] = set()
    thousands = "," if language == "en" else "."
    for match in _NUMBER.finditer(text):
        raw = match.group()
        separators = {c for c in raw if c in ".,"}
        if separators and separators != {thousands}:
            continue  # a decimal, or another language's grouping: not read
        value = int(raw.replace(thousands, ""))
        if value < MIN_FIGURE or (not separators and len(raw) == 4 and 1900 <= value <= 2100):
            continue  # small counts and years are shared by chance
        found.add(value)
    return frozenset(found)


def _towns(text: str, names: dict[str, float], home_country: str) -> set[str]:
    forms = lexicon.all_place_forms()
    stop = lexicon.all_stopwords()
    found = set()
    for key in names:
        place = lexicon.places().get(key)
        if place is not None and place.kind == "city" and lexicon.country_of(key) == home_country:
            found.add(key)
    for pattern in (_TOWN_BEFORE, _TOWN_AFTER):
        for match in pattern.finditer(text):
            words = match.group(1).split()
            for index, word in enumerate(words):
                if word.endswith(("'s", "\u2019s")):
                    words = words[index + 1 :]  # "Bangkok's Chatuchak district": Chatuchak
                    break
            words = [w for w in words if w.lower() not in stop]
            if not words:
                continue
            form = _form(words)
            key = forms.get(form, form)
            place = lexicon.places().get(key)
            if place is None or (place.kind == "city" and lexicon.country_of(key) == home_country):
                found.add(key)
    return found


_LINK_LINE = re.compile(
    r"^\s*(?:baca juga|baca|lihat juga|simak juga|read also|read more|related|see also)\s*:.*$",
    re.IGNORECASE | re.MULTILINE,
)
_DATELINE = re.compile(r"^([^\n]{2,80}?)\s(?:-{1,2}|\u2013|\u2014)\s")


def strip_links(body: str) -> str:
    """Without the lines that point at other stories ("Baca juga: ...", "Read also: ...")."""
    return _LINK_LINE.sub("", body)


def split_dateline(body: str) -> tuple[str, str]:
    """(dateline, the rest) for a body opening "ALMATY, Jan 7 - ..." or "JAKARTA, KOMPAS.com -
    ..."; ("", body) when it has none."""
    match = _DATELINE.match(body)
    if match is None:
        return "", body
    head = match.group(1)
    words = head.replace(",", " ").split()
    shouting = any(len(w) >= 3 and w.isupper() for w in words)
    if len(words) > 8 or not (shouting or "," in head) or head.rstrip().endswith((".", "!", "?")):
        return "", body
    return head, body[match.end() :]


def content_words(text: str) -> list[str]:
    stop = lexicon.all_stopwords()
    return [w for w in (m.group().lower() for m in _WORD.finditer(text)) if len(w) >= 3 and w not in stop]


def _publisher_country(
    article: ArticleText, language: str, home_country: str, place_salience: Counter[str], names: dict[str, float]
) -> set[str]:
    """An official source speaks of its own country: a ministry's release that names no place
    is about the country in the ministry's name. Adds it to the places and names; returns it."""
    from_publisher: set[str] = set()
    if place_salience or article.source_kind != "official" or not article.source_name:
        return from_publisher
    publisher, _, _ = _names([(article.source_name, False)], language, set(), set())
    for key in publisher:
        country = lexicon.country_of(key)
        if country is not None and country != home_country:
            place_salience[country] += 1
            names[country] = TITLE_WEIGHT
            from_publisher.add(country)
    return from_publisher


def _add_enclosing_places(place_salience: Counter[str], names: dict[str, float]) -> None:
    """A place implies the places it lies in (Almaty -> Kazakhstan), at its own weight."""
    for key in list(place_salience):
        parent = lexicon.places()[key].parent
        while parent:
            names[parent] = max(names.get(parent, 0.0), names.get(key, BODY_WEIGHT))
            parent = lexicon.places()[parent].parent if parent in lexicon.places() else None


def read_article(article: ArticleText, *, home_country: str = "indonesia") -> Reading:
    """The discovery signals of one article (pure: text in, values out)."""
    language = article.language if article.language in lexicon.languages() else "en"
    title, body = article.title.strip(), strip_links(article.body.strip()[:MAX_BODY_CHARS])
    if title.lower() in {"post", "untitled", "tanpa judul"}:
        title = ""
    dateline, body = split_dateline(body)
    text = f"{title}\n{body}"
    all_words = [m.group() for m in _WORD.finditer(text)]
    lowercase_words = {w for w in all_words if w.islower()}
    capitalised_inside: set[str] = set()
    for sentence in _SENTENCE.split(body):  # not the title: many capitalise every word
        tokens = [_strip_possessive(m.group()) for m in _TOKEN.finditer(sentence)]
        capitalised_inside.update(t.lower() for t in tokens[1:] if _capitalised(t))
    cut = body.rfind(" ", 0, LEAD_CHARS) if len(body) > LEAD_CHARS else len(body)
    cut = cut if cut > 0 else len(body)
    chunks = [(body[:cut], True), (body[cut:], False)]
    place_salience, names, _ = _names(chunks, language, lowercase_words, capitalised_inside)
    # A title capitalises every word in many newsrooms: its places count, and its other
    # names only when the body names them too, or they are acronyms (CSTO, BNPB).
    title_places, title_names, _ = _names([(title, True)], language, set(), capitalised_inside | set(names))
    place_salience.update(title_places)
    for key, weight in title_names.items():
        if key in title_places or key in names or key.upper() in title:
            names[key] = weight
    if dateline:
        # Where the reporter filed from (JAKARTA, KOMPAS.com -) is not where the story is:
        # a weak name, never a locality or an anchor on its own.
        _, filed_from, _ = _names([(dateline, False)], language, set(), set())
        for key in filed_from:
            names.setdefault(key, DATELINE_WEIGHT)
    from_publisher = _publisher_country(article, language, home_country, place_salience, names)
    _add_enclosing_places(place_salience, names)
    localities: Counter[str] = Counter()
    for key, salience in place_salience.items():
        locality = lexicon.locality_of(key, home_country)
        if locality is not None:
            localities[locality] += salience
    lowered = [w.lower() for w in all_words]
    kinds, measures = _kinds(lowered, language)
    words = content_words(text)
    towns = _towns(text, names, home_country)
    for town in towns:
        names.setdefault(town, BODY_WEIGHT)
    return Reading(
        language=language,
        published=article.published,
        title=title,
        names=names,
        localities=dict(localities),
        kinds=kinds,
        measures=measures,
        figures=_figures(text, language),
        title_words=tuple(dict.fromkeys(content_words(title))),
        towns=frozenset(towns),
        words=frozenset(list(dict.fromkeys(words))[:MAX_WORDS]),
        text=text.lower(),
        from_publisher=frozenset(from_publisher),
    )

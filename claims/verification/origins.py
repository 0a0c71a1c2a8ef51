"""Origin tracing: which reports are reprints of one another.

Each claim traces to a set of origin keys:

- ``source:<id>``: its own Source, always;
- its ``attributed_to`` authority: ``source:<id>`` when the string matches a known Source by
  domain or (fuzzily) by name, else ``authority:<normalised string>``;
- each domain or name its article says it quotes, resolved the same way (``quoted:...`` when
  unknown).

Its *primary* origin, the one reprints are grouped by, is the attributed authority if any, else
the first quoted origin, else its own Source. Evidence whose trace set meets the claim's is a
reprint of the claim's own origin (or the claim is a reprint of it) and never counts for it.

Matching is deliberately strict. A shared country word is not a shared authority: "Pejabat
Kazakhstan" (Kazakh officials) and "Kazakh authorities" must not be folded into "Ministry of
Internal Affairs of Kazakhstan", or independent confirmations would be thrown away. A string
matches a known Source when

1. it contains the Source's domain (or a subdomain of it), or
2. after dropping function words and aligning typos to the name's words (rapidfuzz ``ratio`` at
   the threshold: "Minstry" -> "ministry"), rapidfuzz's ``token_set_ratio`` against the name
   reaches the threshold (90: 100 for a subset, "Pejabat Kazakhstan" scores about 70), *and*
   it covers at least half of the name's distinctiveness, each name word weighing 1 / (number
   of known Source names containing it), so "Kazakhstan" or "Ministry" shared by several
   Sources count for little; and the best match is unique (a tie asserts nothing).

Each distinct string is matched once per set of known Sources (a dict cache inside a matcher
that ``functools.lru_cache`` keeps per ``(known_sources, threshold)``), so tracing n claims costs
O(n) look-ups, never n x sources fuzzy comparisons.

Example::

    >>> interior = SourceFacts(2, "Ministry of Internal Affairs of Kazakhstan", "interior.example.kz")
    >>> mirror = SourceFacts(9, "The Mirror", "mirror.co.uk")
    >>> known = (interior, mirror)
    >>> resolve_origin("the Ministry of Internal Affairs", known) == interior
    True
    >>> resolve_origin("Pejabat Kazakhstan", known) is None
    True
    >>> resolve_origin("Mirror.co.uk", known) == mirror
    True
    >>> quoted_origins("ujar pihak keamanan, seperti dikutip Mirror.co.uk, Jumat 7 Januari 2022.")
    ('mirror.co.uk',)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from claims.verification.types import DEFAULT_ORIGIN_MATCH_THRESHOLD, ClaimFacts, SourceFacts

# Function words in both seed languages; they carry no identity ("Office of the ..." vs "... Office").
_STOPWORDS = frozenset(
    {
        *("the", "a", "an", "of", "for", "and", "to", "in", "on", "at", "by", "said", "says", "according"),
        *("menurut", "kata", "ujar", "dari", "di", "ke", "yang", "dan", "untuk", "pada", "oleh"),
    }
)
_DOMAIN_RE = re.compile(r"\b((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})\b", re.IGNORECASE)
# Verbs and phrases that introduce the outlet an article copies from, Indonesian and English.
_QUOTE_CUES = (
    r"dikutip(?:\s+dari)?",
    r"mengutip(?:\s+dari)?",
    r"dilansir(?:\s+dari)?",
    r"melansir",
    r"dinukil\s+dari",
    r"sumber\s*:",
    r"quoted\s+by",
    r"as\s+reported\s+by",
    r"reported\s+by",
    r"citing",
    r"via",
)
_NAME_AFTER_CUE = (
    # a domain, or up to five capitalised words ("Mirror.co.uk", "The Guardian", "Reuters")
    r"(?P<name>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}|(?:[A-Z][\w'&-]*)(?:\s+(?:[A-Z][\w'&-]*|of|de)){0,4})"
)
# The cue is matched in any case, the name only when capitalised (or a domain).
_QUOTE_RE = re.compile(r"\b(?i:" + "|".join(_QUOTE_CUES) + r")\s+" + _NAME_AFTER_CUE)
_TRAILING_FUNCTION_WORDS = re.compile(r"(?:\s+(?:of|de))+$", re.IGNORECASE)
_MIN_COVERAGE = 0.5
"""Share of a Source name's distinctiveness an authority string must cover to match it."""


def _fold(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return ascii_text.casefold()


def normalize_domain(domain: str) -> str:
    """``https://www.Mirror.co.uk/news`` -> ``mirror.co.uk``."""
    folded = _fold(domain).strip()
    folded = re.sub(r"^[a-z]+://", "", folded)
    folded = folded.split("/", 1)[0]
    return folded.removeprefix("www.")


def content_words(text: str) -> tuple[str, ...]:
    """Lower-case ASCII words without possessive 's and function words.

    >>> content_words("the Prosecutor General's Office")
    ('prosecutor', 'general', 'office')
    """
    folded = re.sub(r"'s\b", "", _fold(text))
    return tuple(w for w in re.findall(r"[a-z0-9]+", folded) if w not in _STOPWORDS)


def quoted_origins(body: str) -> tuple[str, ...]:
    """Domains or names an article says it quotes or copies from, normalised, in order.

    Domains are normalised with :func:`normalize_domain`; names are lower-cased. The glue stores
    the result in :attr:`ClaimFacts.quoted` for every claim of the article.

    >>> quoted_origins("seperti dikutip Mirror.co.uk. Dilansir dari The Guardian, ... citing Reuters.")
    ('mirror.co.uk', 'the guardian', 'reuters')
    """
    found: list[str] = []
    for match in _QUOTE_RE.finditer(body):
        name = match.group("name").strip()
        if name[:1].islower() and not _DOMAIN_RE.fullmatch(name):
            continue  # "via email", "citing concerns": not an outlet
        if _DOMAIN_RE.fullmatch(name):
            key = normalize_domain(name)
        else:
            key = " ".join(_TRAILING_FUNCTION_WORDS.sub("", name).split()).casefold()
        if key and key not in found:
            found.append(key)
    return tuple(found)


class OriginMatcher:
    """Resolves authority strings to known Sources, caching each distinct string.

    Built once per tuple of known Sources (see :func:`matcher_for`), so tracing n evidence
    claims costs n dictionary look-ups plus one fuzzy pass per *distinct* string.
    """

    def __init__(self, known_sources: tuple[SourceFacts, ...], threshold: float) -> None:
        self.threshold = threshold
        self._by_domain = {normalize_domain(s.domain): s for s in known_sources if s.domain}
        self._names = [(s, content_words(s.name)) for s in known_sources]
        self._joined_names = [" ".join(words) for _, words in self._names]
        self._frequency = Counter(w for _, words in self._names for w in set(words))
        self._cache: dict[str, SourceFacts | None] = {}
        self._keys: dict[tuple[str, str], str | None] = {}
        self._traces: dict[tuple[int, str | None, tuple[str, ...]], tuple[str, frozenset[str]]] = {}

    def resolve(self, text: str) -> SourceFacts | None:
        if text not in self._cache:
            self._cache[text] = self._resolve(text)
        return self._cache[text]

    def _resolve(self, text: str) -> SourceFacts | None:
        for candidate in _DOMAIN_RE.findall(text):
            domain = normalize_domain(candidate)
            while domain:
                if domain in self._by_domain:
                    return self._by_domain[domain]
                # "news.interior.example.kz" is still interior.example.kz
                domain = domain.split(".", 1)[1] if domain.count(".") > 1 else ""
        words = content_words(text)
        if not words:
            return None
        # Cheap pre-filter over all names at C speed, then the careful test on the few left.
        candidates = process.extract(
            " ".join(words),
            self._joined_names,
            scorer=fuzz.token_set_ratio,
            score_cutoff=self.threshold / 2,
            limit=None,
        )
        scored: list[tuple[float, int, SourceFacts]] = []
        for _, _, index in candidates:
            source, name_words = self._names[index]
            aligned = [self._align(word, name_words) for word in words]
            score = fuzz.token_set_ratio(" ".join(aligned), " ".join(name_words))
            if score >= self.threshold and self._coverage(set(aligned), name_words) >= _MIN_COVERAGE:
                scored.append((score, -source.id, source))
        if not scored:
            return None
        scored.sort(reverse=True)
        if len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None  # ambiguous: two Sources fit equally well, so neither is asserted
        return scored[0][2]

    def _align(self, word: str, name_words: tuple[str, ...]) -> str:
        """The name word ``word`` is a typo of ("minstry" -> "ministry"), else ``word`` itself."""
        if word in name_words:
            return word
        match = process.extractOne(word, name_words, scorer=fuzz.ratio, score_cutoff=self.threshold)
        return word if match is None else match[0]

    def _coverage(self, words: set[str], name_words: tuple[str, ...]) -> float:
        """Share of the name's distinctiveness the words cover: each name word weighs
        1 / (number of known Source names it appears in), so "Kazakhstan" or "Ministry",
        shared by several Sources, weigh little and "Internal Affairs" much."""
        total = sum(1.0 / self._frequency[w] for w in set(name_words))
        covered = sum(1.0 / self._frequency[w] for w in set(name_words) & words)
        return covered / total if total else 0.0

    def traces(self, source_id: int, attributed_to: str | None, quoted: tuple[str, ...]) -> tuple[str, frozenset[str]]:
        """(primary origin key, every origin key); cached, since claims share their article's."""
        cache_key = (source_id, attributed_to, quoted)
        found = self._traces.get(cache_key)
        if found is None:
            own = f"source:{source_id}"
            candidates: list[str | None] = [own]
            if attributed_to:
                candidates.append(self.key(attributed_to, "authority"))
            candidates.extend(self.key(name, "quoted") for name in quoted)
            keys = [k for k in dict.fromkeys(candidates) if k is not None]
            # keys[1] is the authority if any, else the first quote, else the claim's own Source.
            found = self._traces[cache_key] = (keys[1] if len(keys) > 1 else own, frozenset(keys))
        return found

    def key(self, text: str, unknown_prefix: str) -> str | None:
        """``source:<id>`` for a known Source, else ``<unknown_prefix>:<normalised text>``; None
        for a string with no content words ("said"), which names no authority at all."""
        cache_key = (text, unknown_prefix)
        if cache_key not in self._keys:
            self._keys[cache_key] = self._key(text, unknown_prefix)
        return self._keys[cache_key]

    def _key(self, text: str, unknown_prefix: str) -> str | None:
        source = self.resolve(text)
        if source is not None:
            return f"source:{source.id}"
        if _DOMAIN_RE.fullmatch(text.strip()):
            return f"{unknown_prefix}:{normalize_domain(text)}"
        words = content_words(text)
        return f"{unknown_prefix}:{' '.join(words)}" if words else None


@functools.lru_cache(maxsize=16)
def matcher_for(known_sources: tuple[SourceFacts, ...], threshold: float) -> OriginMatcher:
    """One shared matcher (and string cache) per set of known Sources and threshold."""
    return OriginMatcher(known_sources, threshold)


def resolve_origin(
    text: str, known_sources: Sequence[SourceFacts], threshold: float = DEFAULT_ORIGIN_MATCH_THRESHOLD
) -> SourceFacts | None:
    """The known Source an ``attributed_to`` string, domain or quoted name refers to, if any."""
    return matcher_for(tuple(known_sources), threshold).resolve(text)


def origin_traces(claim: ClaimFacts, matcher: OriginMatcher) -> tuple[str, frozenset[str]]:
    """(primary origin key, every origin key) of a claim; see the module docstring.

    >>> import datetime
    >>> interior = SourceFacts(2, "Ministry of Internal Affairs of Kazakhstan", "interior.example.kz")
    >>> claim = ClaimFacts(id=1, measure="killed", subject="police", low=18, high=18, qualifier="exact",
    ...                    value=18, unit=None, as_of=datetime.date(2022, 1, 7), source_id=3,
    ...                    reliability=0.85, article_id=3, attributed_to="the Ministry of Internal Affairs")
    >>> primary, traces = origin_traces(claim, matcher_for((interior,), 90.0))
    >>> primary, sorted(traces)
    ('source:2', ['source:2', 'source:3'])
    """
    return matcher.traces(claim.source_id, claim.attributed_to, claim.quoted)

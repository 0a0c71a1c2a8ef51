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
Internal Affairs of Kazakhstan", or independent confirmations would be thrown away. A name
matches when rapidfuzz's ``token_set_ratio`` over content words reaches the threshold *and* the
string covers at least half of the Source name's content words; the best match must be unique.

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
from collections.abc import Sequence

from rapidfuzz import fuzz

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
_QUOTE_RE = re.compile(r"(?:" + "|".join(_QUOTE_CUES) + r")\s+" + _NAME_AFTER_CUE, re.IGNORECASE)
_TRAILING_FUNCTION_WORDS = re.compile(r"(?:\s+(?:of|de))+$", re.IGNORECASE)


def _fold(text: str) -> str:
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
    folded = re.sub(r"'s\b", "", _fold(text).replace("\u2019", "'"))
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
        self._cache: dict[str, SourceFacts | None] = {}
        self._keys: dict[tuple[str, str], str | None] = {}

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
        joined = " ".join(words)
        best: list[tuple[float, SourceFacts]] = []
        for source, name_words in self._names:
            if not name_words:
                continue
            score = fuzz.token_set_ratio(joined, " ".join(name_words))
            covered = len(set(words) & set(name_words)) / len(set(name_words))
            if score >= self.threshold and covered >= 0.5:
                best.append((score, source))
        if not best:
            return None
        best.sort(key=lambda pair: -pair[0])
        if len(best) > 1 and best[1][0] == best[0][0] and best[1][1].id != best[0][1].id:
            return None  # ambiguous: two Sources fit equally well, so neither is asserted
        return best[0][1]

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
    own = f"source:{claim.source_id}"
    candidates: list[str | None] = [own]
    if claim.attributed_to:
        candidates.append(matcher.key(claim.attributed_to, "authority"))
    candidates.extend(matcher.key(quoted, "quoted") for quoted in claim.quoted)
    keys = [k for k in dict.fromkeys(candidates) if k is not None]
    # keys[1] is the authority if any, else the first quote, else the claim's own Source.
    primary = keys[1] if len(keys) > 1 else own
    return primary, frozenset(keys)

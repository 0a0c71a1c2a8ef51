"""Places named by a common noun in a breakdown by place (wire copy on heat waves and quakes, issue 11, round 6):
"52 people died in one district of the larger state and 44 in the neighbouring state", "12 in the capital and five in
the eastern province". A place there is an article, perhaps adjectives of position, and a place word. In Indonesian,
lower-case words before a place name belong to it ("di gedung DPRD 465 orang")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.extraction.site_places import site_end

if TYPE_CHECKING:
    from claims.extraction.view import SentenceView


def common_place(s: SentenceView, k: int) -> tuple[str, int] | None:
    """The place at token ``k``: an article (``[syntax] determiners``), place modifiers (``[places] modifiers``) and a
    place word (``[places] parts``) that ends the phrase (no lower-case word after it: "the district hospital" is no
    place); ``(text, token after it)``, or None."""
    words, texts, kinds, lex, n = s.words, s.texts, s.kinds, s.lex, len(s.words)
    if k >= n:
        return None
    others = words[k] in lex.cue("place_others")  # "918 in the capital and 2,484 in other divisions"
    if not others and (words[k] not in lex.determiners or words[k] not in lex.cue("place_articles")):
        return None
    j = k + 1
    while j < n and words[j] in lex.place_modifiers:
        j += 1
    if j >= n or words[j] not in lex.place_parts or (others and words[j] not in lex.place_plurals):
        return None
    end = j + 1
    if end < n and kinds[end] == "w" and texts[end][0].islower() and words[end] not in lex.list_joiners:
        return None  # "the district hospital", "the state capital": the place word modifies another noun
    return s.text[s.starts[k] : s.ends[j]], end


def common_noun_before(s: SentenceView, start: int) -> int:
    """Where a place name that starts at token ``start`` starts with the lower-case words between it and its
    preposition ("di gedung DPRD", "di kantor Kecamatan X": at most two words), else ``start``."""
    words, lex = s.words, s.lex
    k = _listed_site(s, start)
    if k < start:
        return k
    while k > max(0, start - 2) and s.kinds[k - 1] == "w" and words[k - 1] not in lex.place_prepositions:
        w = words[k - 1]
        if w in lex.breakdown_cues and k < start:
            return k  # "disusul embarkasi Surabaya 12 orang": the cue of the list opens the item's place
        if w in lex.stops or w in lex.breakdown_cues or w in lex.place_fillers or s.measure_at(k - 1) is not None:
            return start
        k -= 1
    if k < start and k > 0 and words[k - 1] in lex.place_prepositions:
        return k
    return start


def _listed_site(s: SentenceView, start: int) -> int:
    """Round 17: "SDN A (420 jiwa), balai desa Ciherang (385 jiwa) dan masjid Al-Ikhlas (345 jiwa)": the site nouns
    between a list's comma or joiner and a name open the item's place (``[cues] site_nouns``)."""
    for k in range(start - 1, max(-1, start - 4), -1):
        if site_end(s, k) == start:
            before = k - 1
            if before < 0 or s.kinds[before] == "p" or s.words[before] in s.lex.list_joiners:
                return k
    return start


def place_name_start(s: SentenceView, k: int) -> int:
    """Where a place name after an item's preposition starts: past prepositions and lower-case words of position
    ("in neighbouring Qinghai", "12 in northern Idlib"), and past a place article right before a capitalised name
    that a place word closes (h17en_a, Philippine copy: "two in Central Luzon and one in the Ilocos region", c21en:
    "some 13,000 in the Upper West Region"); a
    capitalised word of position opens the name itself ("Central Luzon", "Western Visayas")."""
    words, texts, kinds, lex, n = s.words, s.texts, s.kinds, s.lex, len(s.words)
    while k < n and (words[k] in lex.place_prepositions or (words[k] in lex.place_modifiers and texts[k][0].islower())):
        k += 1
    if k >= n or words[k] not in lex.cue("place_articles") or words[k] not in lex.determiners:
        return k
    j = k + 1
    while j < n and kinds[j] == "w" and texts[j][0].isupper():
        j += 1
    # only a name closed by a place word ("the Ilocos region", capitalised or not: "the Northern Region", "the
    # Eastern Division" of Ghanaian and Fijian disaster offices, round 15): "the Central Police Hospital", "the
    # Fraser and Vancouver Coastal health regions" name no place of a breakdown
    if k + 1 < j and ((j < n and words[j] in lex.place_parts) or words[j - 1] in lex.place_parts):
        return k + 1
    return k


def counted_tail(s: SentenceView, start: int, end: int) -> bool:
    """Round 15: a capitalised run before a figure that ends with a figure and its counted noun ("Kelurahan Botu 104
    KK (456 jiwa)", darilaut and BNPB rundowns) is the item's own figure, no place name: the bracket restates it."""
    for k in range(start, end - 1):
        found = s.noun_at(k + 1) if s.kinds[k] == "n" else None
        if found is not None and k + 1 + found[0] == end:
            return True
    return False

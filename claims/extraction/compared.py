"""The earlier value of a tally, restated after a comparison: "korban meninggal dunia ... sebanyak 236 orang atau
turun 42 persen dibandingkan periode yang sama tahun lalu, yakni 598 orang" (Polri mudik recaps). The figure after
"yakni" names the compared period's value of the same tally, so it takes the measure of the tally before it; so does
a figure right after the compared period ("turun 38 persen dari tahun sebelumnya 239 jiwa").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from claims.extraction.subjects import PEOPLE_MEASURES, PERSON_CLASSES, compatible
from claims.extraction.view import CLAUSE_PUNCT, syntax_list

if TYPE_CHECKING:
    from claims.extraction.mention_type import Mention
    from claims.extraction.resolution import Figure
    from claims.extraction.view import SentenceView

_REACH: Final = 10  # tokens between the comparison word and "yakni"
_PERIOD_REACH: Final = 8  # tokens from the compared value to its period ("pada periode yang sama tahun lalu")


def compared_value(f: Figure) -> str | None:
    """The measure of the last people tally before a comparison (``[cues] comparison_words``) that "yakni" (``[cues]
    restating_words``) or the compared period ("dari tahun sebelumnya 239 jiwa") right before the figure restates;
    None otherwise.

    >>> from claims.extraction import extract
    >>> text = "Korban meninggal 128 orang, turun 38 persen dari tahun lalu, yakni 296 orang."
    >>> [(c.text, c.measure) for c in extract(text, "id")]
    [('128', 'killed'), ('38 persen', 'other'), ('296', 'killed')]
    """
    s, m = f.s, f.m
    k = m.first - 1
    if k < 1:
        return None
    end = max(m.np_end, m.num_end)
    earlier = (
        _earlier_year_value(s, k, end)
        or _bracket_earlier(s, k)
        or _set_off_earlier(s, k, end)
        or _compared_with(s, k, end)
    )
    restated = s.words[k] in s.lex.cue("restating_words") or _period_before(s, k) or _period_relative(s, k)
    if not (earlier or restated or _period_verb(s, k)):
        return None
    comparison = s.lex.cue("comparison_words")
    if not earlier and not any(s.words[j] in comparison for j in range(max(0, k - _REACH), k + 1)):
        return None
    for other in reversed(f.mentions[: f.mentions.index(m)]):
        if other.unit is not None or not other.valid:
            continue  # "turun 42 persen": the change, no tally
        tally = other.measure
        if tally == "other":
            return _subset_label(f, other)
        return tally if tally in PEOPLE_MEASURES and compatible(tally, f.cls) else None
    return None


def _subset_label(f: Figure, tally: Mention) -> str | None:
    """ "Korban luka berat 590 orang, sedangkan tahun sebelumnya 694 orang": a tally counted under ``other`` with a
    label its own noun does not give (a severity grade said of "orang") gives that label to the compared value, when
    the figure's noun is as bare; None otherwise."""
    bare = all(n.generic for n in tally.nouns) and (f.head is None or f.head.generic)
    return "=" + tally.subject if bare and tally.subject and tally.subject_class in PERSON_CLASSES else None


def _compared_with(s: SentenceView, k: int, end: int) -> bool:
    """ "tercatat 9 orang, jauh lebih rendah dibandingkan 71 orang pada hari yang sama tahun lalu": a comparison
    preposition (``[cues] comparison_preps``) right before the figure (token ``k``) and, within its clause after the
    noun phrase (which ends at ``end``), the compared period's end or a year: the value of that earlier period."""
    if s.words[k] not in s.lex.cue("comparison_preps"):
        return False
    ends = s.lex.cue("compared_period_ends")
    for j in range(end, min(len(s.words), end + _PERIOD_REACH)):
        if s.words[j] in CLAUSE_PUNCT:
            return False
        if s.words[j] in ends or (len(s.texts[j]) == 4 and s.texts[j].isdigit()):
            return True
    return False


def _period_verb(s: SentenceView, k: int) -> bool:
    """ "sedangkan tahun sebelumnya mencapai 694 orang": the compared period, then a verb of amount (``[cues]
    compared_value_verbs``, token ``k``) that takes the figure, restate the period's value as the period alone does."""
    return k > 1 and s.words[k] in s.lex.cue("compared_value_verbs") and _period_before(s, k - 1)


def _period_before(s: SentenceView, k: int) -> bool:
    """Token ``k`` ends the period a comparison names ("dari tahun sebelumnya 239 jiwa", ``[cues] compared_periods``
    then ``compared_period_ends``): the figure right after it is that period's value, as after "yakni"."""
    if k < 2 or s.words[k] not in s.lex.cue("compared_period_ends"):
        return False
    j = k - 2
    if j > 0 and s.words[j] in s.lex.cue("year_prepositions"):
        j -= 1  # "sedangkan pada tahun lalu tercatat 21 orang"
    before = s.words[j]  # "dari tahun sebelumnya 239 jiwa", "sedangkan tahun lalu 71 orang"
    compares = before in s.lex.cue("comparison_words") or before in s.lex.range_from
    compares = compares or before in syntax_list(s, "contrast_words")
    return compares and s.words[k - 1] in s.lex.cue("compared_periods")


def _period_relative(s: SentenceView, k: int) -> bool:
    """ "lebih sedikit dibanding tahun lalu yang mencapai 52 orang": the compared period, then a relative word and the
    verb (token ``k``) that takes the figure, restate the period's value as the period right before it does."""
    return k > 2 and s.words[k - 1] in s.lex.relative_words and _period_before(s, k - 2)


def _bracket_earlier(s: SentenceView, k: int) -> bool:
    """ "Pengungsi kini 2.150 jiwa (sebelumnya 1.870 jiwa)", "tinggal lima orang (kemarin masih delapan orang)": an
    earlier-value word (``[cues] bracket_earlier_words``) right after an opening bracket, perhaps with a word of
    ``bracket_earlier_skips`` after it, then the figure at token ``k + 1``: the tally's earlier value."""
    lex = s.lex
    if k > 1 and s.words[k] in lex.cue("bracket_earlier_skips"):
        k -= 1  # "(kemarin masih 8 orang)"
    return k > 0 and s.words[k - 1] == "(" and s.words[k] in lex.cue("bracket_earlier_words")


_SET_OFF_ENDS: Final = frozenset({",", ".", ";"})


def _set_off_earlier(s: SentenceView, k: int, end: int) -> bool:
    """ "kini menjadi 11 orang, sebelumnya 10 orang, setelah ...": an earlier-value word (``[cues]
    bracket_earlier_words``) right after a comma, then the figure at token ``k + 1`` whose noun phrase (ending at
    ``end``) closes its own clause: the tally's earlier value set off by commas as it is in brackets; a figure with
    a predicate of its own ("sebelumnya 10 orang luka-luka") is none (id_vary11)."""
    words = s.words
    if k < 1 or words[k - 1] != "," or words[k] not in s.lex.cue("bracket_earlier_words"):
        return False
    return end >= len(words) or words[end] in _SET_OFF_ENDS


def _earlier_year_value(s: SentenceView, k: int, end: int) -> bool:
    """ "142 terduga teroris, naik dari 118 orang pada 2023": a change word and "dari" (token ``k``) before the
    figure, and a year or a compared period ("pada tahun lalu") right after its noun phrase (which ends at ``end``):
    the tally's value in that earlier year."""
    words = s.words
    if k < 1 or words[k] not in s.lex.range_from or words[k - 1] not in s.lex.change_words or end + 1 >= len(words):
        return False
    at = end + 1 if words[end] in s.lex.cue("year_prepositions") else end
    text = s.texts[at]
    if at > end and len(text) == 4 and text.isdigit():
        return True
    # or a compared period: "turun dari 52 orang pada tahun lalu", "naik dari 9 orang pekan sebelumnya"
    later = at + 1 < len(words) and words[at + 1] in s.lex.cue("compared_period_ends")
    return later and words[at] in s.lex.cue("compared_periods")

"""Labels of subsets (DESIGN.md 4 and 4.1): a part of a whole picked out by something other than the measure is
``other``, with a subject that names the subset by what picks it out, the whole's noun when it is more than
"people", and the whole's participle when the whole is a count of a measure.

- a grade of the whole's measure after a whole of a specific group: "Fourteen firefighters were hurt, two
  seriously" -> "seriously injured firefighters" (a whole of "people" keeps "seriously injured");
- an attribute the part's predicate gives it, a capitalised adjective (nationality, faith, party): "Of the 40
  aid workers killed, 31 were Sudanese and nine Kenyan" -> "Sudanese aid workers killed".

Labels are English whatever the language of the text (like every subject label).
"""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.noun_phrase import noun_subject
from claims.extraction.subjects import PEOPLE_MEASURES, PERSON_CLASSES
from claims.extraction.view import CLAUSE_PUNCT, SentenceView

PARTICIPLES = {
    "killed": "killed",
    "injured": "injured",
    "arrested": "arrested",
    "missing": "missing",
    "displaced": "displaced",
    "hospitalized": "hospitalized",
    "damaged": "damaged",
}
"""The English participle of a measure, as subset labels name it ("Sudanese aid workers killed")."""


def compose_subset_labels(s: SentenceView, mentions: list[Mention]) -> None:
    """Relabel the subsets of the sentence's figures (module docstring). A part of a whole of its own people
    measure that an attribute picks out ("Police held 140 people, 30 of whom were Afghan") is a subset too: as
    that measure it would name no closed group (``resolution._settle_part``), ``other``."""
    attributed: set[int] = set()  # figures labelled by an attribute: a list of them shares one whole
    for index, m in enumerate(mentions):
        if not m.valid or m.unit is not None or m.base_of is not None or _own_noun(m):
            continue  # a part of the figure after it ("200 of the 1,800 residents") has no whole before it
        whole = _whole_before(mentions, index, attributed)
        if whole is None or m.measure not in ("other", whole.measure if _part(m) else "other"):
            continue
        attribute = _attribute_after(s, m)
        if attribute is not None:
            label = _composed(attribute, whole)
            if label is not None:
                m.measure, m.subject, m.subject_class = "other", label, None
                attributed.add(index)
        elif m.subject is not None and m.measure == "other":
            m.subject = _graded(m.subject, whole) or m.subject


def _part(m: Mention) -> bool:
    """The figure is written as a part of the one before ("30 of whom", "12 di antaranya")."""
    return m.partitive


def _own_noun(m: Mention) -> bool:
    """The figure counts a noun of its own ("12 of them children"), not only its whole's."""
    return m.raw_label is not None or any(not noun.generic for noun in m.nouns)


def _whole_before(mentions: list[Mention], index: int, attributed: set[int]) -> Mention | None:
    """The count a part is taken from: the figure right before it, past the parts of a list labelled by an
    attribute ("119 were Palestinian, three Israeli"); a count of a measure, or of a specific noun."""
    for k in range(index - 1, -1, -1):
        other = mentions[k]
        if not other.valid or other.unit is not None:
            return None
        if k in attributed:
            continue
        if other.measure in PARTICIPLES or noun_subject(other)[2] is not None:
            return other
        return None
    return None


def _whole_noun(whole: Mention) -> str | None:
    """The whole's group when it names more than "people": its own specific noun (firefighters, journalists), a
    generic one its sentence makes specific ("officers": police), or the class it continues ("Five police officers
    were killed and 20 injured": police); None for people at large ("30 people", "warga", "korban")."""
    _, label, head = noun_subject(whole)
    specific = whole.subject_class in PERSON_CLASSES and whole.subject_class != "people"
    if head is not None and label is not None:
        return label if not head.generic or specific else None
    return whole.subject_class.replace("_", " ") if specific and whole.subject_class is not None else None


def _graded(label: str, whole: Mention) -> str | None:
    """A grade of the whole's measure ("seriously injured") names the whole's group after it."""
    participle = PARTICIPLES.get(whole.measure) if whole.measure in PEOPLE_MEASURES else None
    words = label.split()
    if participle is None or len(words) < 2 or words[-1] != participle:
        return None
    noun = _whole_noun(whole)
    return f"{label} {noun}" if noun is not None and noun not in label else None


def _composed(attribute: str, whole: Mention) -> str | None:
    """ "Palestinian" + the whole's noun ("journalists") + its participle ("killed")."""
    _, label, head = noun_subject(whole)
    if head is None or label is None:
        return None
    noun = label if head.subject_class != "thing" or whole.subject is None else whole.subject
    if head.subject_class in PERSON_CLASSES and head.generic:
        noun = "people"
    participle = PARTICIPLES.get(whole.measure)
    return f"{attribute} {noun} {participle}" if participle is not None else f"{attribute} {noun}"


def _attribute_after(s: SentenceView, m: Mention) -> str | None:
    """A capitalised adjective that is the part's whole predicate, after the figure, its partitive or its copula
    ("119 were Palestinian,", "three Israeli and ...", "eight of them Chinese"): no noun, measure or date word of
    the lexicon, and the item ends after it. English and Indonesian write such adjectives capitalised; None when
    there is none."""
    words, texts, lex = s.words, s.texts, s.lex
    k = m.last
    part = lex.partitive_after.match(words, k) if k < len(words) and words[k] in lex.partitive_after.firsts else None
    k += part[0] if part is not None else 0  # "eight of them Chinese"
    copulas = lex.subject_cues.get("copulas")
    if copulas is not None and k < len(words) and words[k] in copulas.firsts:
        found = copulas.match(words, k)
        k += found[0] if found is not None else 0
    if k >= len(words) or s.kinds[k] != "w" or not s.is_capitalised_name(k) or texts[k].isupper():
        return None
    if words[k] in lex.nouns.firsts and lex.nouns.match(words, k) is not None:
        return None
    end = k + 1
    ends = end >= len(words) or words[end] in CLAUSE_PUNCT or words[end] in {",", "."}
    if not (ends or words[end] in lex.list_joiners or words[end] in lex.coordinators):
        return None  # "were Hamas fighters": a noun phrase, not an adjective alone
    return texts[k]

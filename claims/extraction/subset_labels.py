"""Labels of subsets (DESIGN.md 4 and 4.1): a part of a whole picked out by something other than the measure is
``other``, with a subject that names the subset by what picks it out, the whole's noun when it is more than
"people", and the whole's participle when the whole is a count of a measure.

- a grade of the whole's measure after a whole of a specific group: "Fourteen firefighters were hurt, two
  seriously" -> "seriously injured firefighters" (a whole of "people" keeps "seriously injured");
- an attribute the part's predicate gives it, a capitalised adjective (nationality, faith, party): "Of the 40
  aid workers killed, 31 were Sudanese and nine Kenyan" -> "Sudanese aid workers killed";
- a grade adverb alone after a part: "63 soldiers were wounded, 14 of them severely" -> "seriously injured
  soldiers";
- a label is a noun phrase, never a verb: a hedged predicate ("three of whom allegedly took part") names the part
  by its whole's group, a verb's one-word label the capitalised group it counts ("Palestinians released").

Labels are English whatever the language of the text (like every subject label).
"""

from __future__ import annotations

from claims.extraction.affixes import has_suffix, plural_form
from claims.extraction.case_parts import case_parts
from claims.extraction.clauses import copula_after
from claims.extraction.death_case_items import death_case_items
from claims.extraction.death_case_tallies import death_case_tallies
from claims.extraction.death_causes import death_cause_parts
from claims.extraction.death_places import death_place_parts
from claims.extraction.demonym_dead import demonym_dead
from claims.extraction.gapped_items import gapped_items
from claims.extraction.mentions import Mention
from claims.extraction.noun_phrase import noun_subject, opens_clause
from claims.extraction.parallel_gaps import parallel_gaps
from claims.extraction.same_group_parts import same_group_part
from claims.extraction.subjects import PEOPLE_MEASURES, PERSON_CLASSES
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list

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

GRADE_LABELS = {
    ("serious", "injured"): "seriously injured",
    ("critical", "injured"): "in critical condition",
    ("moderate", "injured"): "moderately injured",
    ("light", "injured"): "lightly injured",
    ("serious", "damaged"): "heavily damaged",
    ("moderate", "damaged"): "moderately damaged",
    ("light", "damaged"): "lightly damaged",
    ("partial", "damaged"): "partially damaged",
    ("total", "damaged"): "totally destroyed",
}
"""The label of a grade (``[subjects] grade_NAME`` adverbs) of a measure: "14 of them severely" after "63 soldiers
were wounded" are seriously injured (soldiers), after "damaged 3,000 homes" heavily damaged (houses)."""
GRADES = ("serious", "critical", "moderate", "light", "partial", "total")

AMONG_LABELS = {"killed": "among the dead", "injured": "among the injured", "missing": "among the missing"}
"""What a group found among the dead, the injured or the missing is picked out by ("Among those killed were ...
five passengers": passengers among the dead)."""

MAX_LABEL = 64
"""A composed label longer than a claim's subject field holds (``Claim.subject``) is not composed."""


def compose_subset_labels(s: SentenceView, mentions: list[Mention]) -> None:
    """Relabel the subsets of the sentence's figures (module docstring). A part of a whole of its own people
    measure that an attribute picks out ("Police held 140 people, 30 of whom were Afghan") is a subset too: as
    that measure it would name no closed group (``part_settling.settle_part``), ``other``."""
    case_parts(s, mentions)  # "812 kasus DBD, 9 di antaranya meninggal dunia": the dead among the cases, killed
    death_case_tallies(s, mentions)  # "Kematian ... tertinggi di X dengan 187 kasus": deaths counted as cases
    death_case_items(s, mentions)  # "11 kematian ..., masing-masing dua kasus di X dan Y": shares of the deaths
    gapped_items(s, mentions)  # "24 orang dilarikan ke RSUD X dan 9 orang ke RS Y": the verb left out
    parallel_gaps(s, mentions)  # "admitted to the X hospital and 50 at the hospital here": a list by place
    death_cause_parts(s, mentions)  # "36 jemaah wafat, dua di antaranya karena heat stroke": heatstroke deaths
    death_place_parts(s, mentions)  # "2 orang meninggal saat kejadian, 1 orang setelah tiba di rumah sakit"
    attributed: set[int] = set()  # figures labelled by an attribute: a list of them shares one whole
    graded: set[int] = set()  # figures labelled by a grade adverb ("nine seriously and 32 lightly")
    for index, m in enumerate(mentions):
        if not m.valid or m.unit is not None:
            continue
        _name_participle(s, m)
        _among_group(s, m)
        demonym_dead(s, m)  # "Among the dead were 627 Egyptians": Egyptian dead
        whole = _whole_before(mentions, index, attributed | graded) if m.base_of is None else None
        if whole is not None and _grade_part(s, m, whole):  # before its own noun: the adverb reads as a raw one
            graded.add(index)
            continue
        if _hedged(s, m):
            m.subject = _whole_label(whole) if whole is not None else None
            continue
        if _own_noun(m):
            same_group_part(s, m, whole)  # "arrested 1,980 foreigners, 1,715 of them Chinese nationals": a subset
            continue
        if m.base_of is not None:
            _part_of_whole_after(s, m, mentions[m.base_of])
            continue
        if whole is None or m.measure not in ("other", whole.measure if _part(m) else "other"):
            continue
        attribute = _part_attribute(s, m, listed=index - 1 in attributed)
        if attribute is not None:
            label = _composed(s, attribute, whole, whole.measure)
            if label is not None:
                m.measure, m.subject, m.subject_class = "other", label, None
                attributed.add(index)
        elif m.subject is not None and m.measure == "other" and (graded_label := _graded(m.subject, whole)):
            m.subject = graded_label
            graded.add(index)  # "lima luka berat dan 25 luka ringan": the next grade has the same whole


def _part_attribute(s: SentenceView, m: Mention, listed: bool) -> str | None:
    """The attribute that picks the part ``m`` out of the figure before: after a copula or a partitive ("119
    were Palestinian", "eight of them Chinese"), or right after the figure in a list of such parts (``listed``:
    "three Israeli and six Lebanese"); without either, capitalised words after figures are places ("30 Cianjur, 6
    Garut"). None too for a plural demonym after a part of a people measure: "two of them Americans" is a group
    of its own, like "two of them foreign nationals", and keeps the measure."""
    start = _copula_end(s, s.past_partitive(m.last))
    attribute = _attribute_at(s, start) if start > m.last or listed else None
    if attribute is None or m.place is not None or (_plural(s, attribute) and m.measure != "other"):
        return None
    return attribute


def _part_of_whole_after(s: SentenceView, m: Mention, whole: Mention) -> None:
    """ "Eleven of the 19 aid workers wounded (in the blast) were Somali": the attribute after the whole, its
    participle, an adjunct and a copula picks the part out; the part took the whole's measure, which names the
    participle."""
    k = max(whole.np_end, whole.last)
    verb = s.measure_at(k) if k < len(s.words) else None
    copula = copula_after(s, k + (verb[0] if verb is not None else 0))  # "wounded in the blast were"
    if copula is None:
        return  # no predicate of the part: "three of the 12 wounded Somali nurses" is no attribute
    attribute = _attribute_at(s, copula)
    measure = m.measure if m.measure in PARTICIPLES else whole.measure  # "Delapan dari 20 korban tewas adalah"
    label = _composed(s, attribute, whole, measure) if attribute is not None else None
    if label is not None:
        m.measure, m.subject, m.subject_class = "other", label, None


def _grade_part(s: SentenceView, m: Mention, whole: Mention) -> bool:
    """ "63 soldiers were wounded, 14 of them severely", "41 students were hurt, nine seriously and 32 lightly":
    a grade adverb alone after the part (or its partitive) picks a grade of the whole's measure out of it; the
    part becomes ``other`` with the grade's label and the whole's group (True when it did)."""
    k = s.past_partitive(m.last)
    if m.measure not in ("other", whole.measure) or k >= len(s.words):
        return False
    grade, length = _grade_at(s, k)
    label = GRADE_LABELS.get((grade, whole.measure)) if grade is not None and _item_ends(s, k + length) else None
    if label is None:
        return False
    if whole.measure == "damaged":
        noun = noun_subject(whole)[1]
        if noun is None:
            return False
        label = f"{label} {noun}"  # "heavily damaged houses"
    else:
        label = _graded(label, whole) or label
    m.measure, m.subject, m.subject_class = "other", label, None
    return True


def _grade_at(s: SentenceView, k: int) -> tuple[str | None, int]:
    """The grade whose adverb (``[subjects] grade_NAME``: "severely", "beyond repair") starts at token k and its
    length in tokens; ``(None, 0)`` for none."""
    for grade in GRADES:
        adverbs = s.lex.subject_cues.get("grade_" + grade)
        found = adverbs.match(s.words, k) if adverbs is not None and s.words[k] in adverbs.firsts else None
        if found is not None and found[1]:
            return grade, found[0]
    return None, 0


def _name_participle(s: SentenceView, m: Mention) -> None:
    """A one-word label of a verb ("released") names the group a capitalised plural after the figure counts:
    "226 Palestinians freed in the exchange" -> "Palestinians released" (a label is a noun phrase)."""
    label = m.subject
    if m.measure == "other" and m.nouns and label == m.nouns[-1].label:
        _noun_participle(s, m)
        return
    if m.measure != "other" or label is None or " " in label or not label.endswith("ed") or m.nouns or m.raw_label:
        return  # "people" after "20 Texas": a noun's label, no participle
    names = [k for k in range(m.num_end, m.np_end) if s.kinds[k] == "w"]
    if len(names) != 1:
        return
    text = s.texts[names[0]]
    if text[0].isupper() and not text.isupper() and _plural(s, text):
        m.subject = f"{text} {m.subject}"


def _noun_participle(s: SentenceView, m: Mention) -> None:
    """A specific group's noun right before a participle (a reduced relative clause) whose verb's label is one names
    the subset by both ("the 6,980 inmates released under the amnesty" -> "inmates released"); the verb's label
    alone would lose the group, the noun's alone the status. A finite verb is the clause's predicate ("1,120
    patients have recovered", "Nearly 70 miners escaped"): the noun stays; so does the whole of a partition ("Of
    the 40 hostages freed, 25 were Thais")."""
    head, k = m.nouns[-1], m.np_end
    if head.generic or head.subject_class not in PERSON_CLASSES or k >= len(s.words):
        return
    if not has_suffix(s.words[k], s.lex.cue("participle_suffixes")):
        return
    if opens_clause(s, m.first) or (m.first > 0 and s.lex.whole_before.match_ending(s.words, m.first) is not None):
        return
    noun = s.lex.nouns.match_ending(s.words, k) if s.words[k - 1] in s.lex.nouns.lasts else None
    if noun is None or noun[1].label != head.label:
        return  # the participle stands right after the group's own noun ("230 contacts of the infected nurse": no)
    found = s.measure_at(k) if s.kinds[k] == "w" else None
    verb = found[1][1:] if found is not None and found[1].startswith("=") else ""
    if verb.endswith("ed") and " " not in verb:
        m.subject = f"{m.subject} {verb}"


def _among_group(s: SentenceView, m: Mention) -> None:
    """ "Among those killed were the driver, a guard and five passengers", "Di antara korban tewas terdapat lima
    penumpang": a group of its own noun that is ``other`` (no class of the hierarchy that keeps the measure) is
    named with what it was found among."""
    own = [noun for noun in m.nouns if not noun.generic]
    if m.subject is None or not own or own[0].subject_class not in PERSON_CLASSES:
        return
    if m.measure != "other" and (m.measure not in AMONG_LABELS or own[0].subject_class != "people"):
        return  # "Among the dead were 12 children": a closed group keeps the measure
    among = syntax_list(s, "among_words")
    for k in range(m.first - 1, -1, -1):
        if s.words[k] in CLAUSE_PUNCT:
            return
        if s.words[k] in among:
            for j in range(k + 1, min(k + 5, m.first)):
                found = s.measure_at(j)
                label = AMONG_LABELS.get(found[1]) if found is not None else None
                # the figure is the subject of "were" after the group: "Among the dead were ...", not an adjunct
                if (
                    label is not None
                    and found is not None
                    and _copula_end(s, j + found[0]) > j + found[0]
                    and len(m.subject) < 40
                ):
                    if m.measure != "other":  # "Among the dead were 84 drivers, ...": a part the measure read
                        if found[1] != m.measure:  # before it opens; as that measure it contradicts the toll
                            return
                        m.measure, m.subject, m.subject_class = "other", own[0].label, None
                    m.subject = f"{m.subject} {label}"
                    return
            return


def _hedged(s: SentenceView, m: Mention) -> bool:
    """The figure's label was read from its predicate, which a hedging adverb opens ("three of whom allegedly
    took part"): no noun phrase (``[subjects] hedges``)."""
    hedges = s.lex.subject_cues.get("hedges")
    if hedges is None or m.raw_label is None or m.subject != m.raw_label:
        return False
    words = m.raw_label.split()
    return hedges.match(words, 0) is not None


def _whole_label(whole: Mention) -> str | None:
    """What the whole counts, for a part its predicate does not name: its noun ("suspects"), else its subject."""
    label = noun_subject(whole)[1]
    return label if label is not None else whole.subject


def _item_ends(s: SentenceView, k: int) -> bool:
    """Token k ends an item of a list: punctuation, a list joiner or coordinator, or the sentence's end."""
    words, lex = s.words, s.lex
    if k >= len(words):
        return True
    w = words[k]
    return w in CLAUSE_PUNCT or w in {",", "."} or w in lex.list_joiners or w in lex.coordinators


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
    composed = f"{label} {noun}" if noun is not None and noun not in label else None
    return composed if composed is not None and len(composed) <= MAX_LABEL else None


def _composed(s: SentenceView, attribute: str, whole: Mention, measure: str) -> str | None:
    """ "Palestinian" + the whole's noun ("journalists") + the participle of its measure ("killed")."""
    _, label, head = noun_subject(whole)
    if head is None or label is None:
        if whole.subject_class not in PERSON_CLASSES:
            return None
        noun = str(whole.subject_class).replace("_", " ")  # "Of the 52 dead, 30 were Syrian": people
    elif head.subject_class in PERSON_CLASSES and head.generic:
        noun = "people"
    else:
        noun = label if head.subject_class != "thing" or whole.subject is None else whole.subject
    if _plural(s, attribute):
        noun, attribute = attribute, ""  # a plural demonym is the group itself: "25 were Thais"
    participle = PARTICIPLES.get(measure)
    label = " ".join(w for w in (attribute, noun, participle) if w)
    return label if len(label) <= MAX_LABEL else None


def _plural(s: SentenceView, word: str) -> bool:
    """A capitalised plural (a demonym used as a noun: "Thais", "Americans"), not an adjective ("Swiss")."""
    return plural_form(word, s.lex.cue("plural_suffixes"), s.lex.cue("demonym_adjective_endings"))


def _copula_end(s: SentenceView, k: int) -> int:
    """The token after a copula at token k ("were"), else k."""
    copulas, words = s.lex.subject_cues.get("copulas"), s.words
    found = copulas.match(words, k) if copulas is not None and k < len(words) and words[k] in copulas.firsts else None
    return k + found[0] if found is not None else k


def _attribute_at(s: SentenceView, k: int) -> str | None:
    """A capitalised adjective that is a part's whole predicate at token k or after a copula there ("119 were
    Palestinian,", "three Israeli and ...", "eight of them Chinese"): no noun, measure or date word of the
    lexicon, and the item ends after it. English and Indonesian write such adjectives capitalised; None when
    there is none."""
    words, texts, lex = s.words, s.texts, s.lex
    k = _copula_end(s, k)
    if k >= len(words) or s.kinds[k] != "w" or not s.is_capitalised_name(k) or texts[k].isupper():
        return None
    if words[k] in lex.nouns.firsts and lex.nouns.match(words, k) is not None:
        return None
    if not _item_ends(s, k + 1):
        return None  # "were Hamas fighters": a noun phrase, not an adjective alone
    return texts[k]

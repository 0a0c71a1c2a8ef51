"""Stage 2: the counted noun phrase after each figure, and the subject it names."""

from __future__ import annotations

from typing import Final

from claims.extraction.adverb_modifiers import adverb_participle
from claims.extraction.affixes import has_suffix, plural_form
from claims.extraction.bracket_shares import past_bracketed_share
from claims.extraction.change_spans import attributive_participle
from claims.extraction.coordinated_modifiers import shared_noun_start
from claims.extraction.headline_verbs import headline_verb
from claims.extraction.item_nouns import noun_before_item
from claims.extraction.lexicon import NounInfo
from claims.extraction.mentions import FRACTION_UNIT, Mention
from claims.extraction.origin_places import origin_place
from claims.extraction.same_noun_parts import same_noun_whole
from claims.extraction.subjects import FORCE_CLASSES, PEOPLE_MEASURES, PERSON_CLASSES, narrowest
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list


# -- nouns, measures, subjects --------------------------------------------------------------------
def _np_start(s: SentenceView, m: Mention, mentions: list[Mention]) -> int | None:
    """Where the counted noun phrase of ``m`` starts; None when the figure is a part of the next one."""
    lex, words, n = s.lex, s.words, len(s.words)
    j = m.num_end
    whole = lex.whole_before.match(words, j) if j < n and words[j] in lex.whole_before.firsts else None
    if whole is not None and j + whole[0] < n and s.kinds[j + whole[0]] in ("n", "w"):
        # "60 persen dari 250 rumah", "tiga dari 12 korban", "dua dari sembilan pelaku": a part of the next one;
        # "150 of the village's 1,800 residents": a possessive between the article and the whole
        at = _past_possessor(s, j + whole[0])
        for k, other in enumerate(mentions):
            if other.num_first == at and other.first == at and not _larger(m, other):
                m.base_of = k
                m.partitive = True
                m.np_end = j
                return None
    if whole is None and (part := same_noun_whole(s, m, mentions)) is not None:
        m.base_of, m.partitive, m.np_end = part[0], True, part[1]  # "lima siswa dari 47 siswa yang dilarikan"
        return None
    if whole is not None and m.unit == FRACTION_UNIT and lex.partitive_after.match(words, j) is None:
        j += whole[0]  # "separuh dari warga": what the share is taken of ("dari" also ends noun phrases)
    return past_bracketed_share(s, j, mentions)  # "three (15.8%) cases": the noun after the count's share


def _past_possessor(s: SentenceView, k: int) -> int:
    """ "the village's", "the Najjar family's": past a possessor of up to three words that may stand between the
    article of a whole and its figure; ``k`` itself when there is none."""
    clitics = s.lex.cue("possessor_clitics")
    for j in range(k, min(k + 3, len(s.words) - 1)):
        if s.kinds[j] != "w":
            return k
        if len(s.words[j]) > 2 and has_suffix(s.words[j], clitics):
            return j + 1
    return k


def _larger(part: Mention, whole: Mention) -> bool:
    """ "Sebanyak 120 dari tiga desa": a count larger than the figure after "dari" is no part of it (a unit's share,
    "60 persen dari 25 rumah", may be)."""
    return part.unit is None and whole.high is not None and part.low > whole.high


def scan_noun_phrase(s: SentenceView, m: Mention, index: int, mentions: list[Mention], owned: set[int]) -> None:
    """The nouns counted by ``m`` (``m.nouns``, else a raw label), up to nine tokens after it."""
    start = _np_start(s, m, mentions)
    if start is None:
        return
    j: int | None = start
    limit = min(len(s.words), start + 9)
    while j is not None and j < limit:
        end = j
        j = _np_noun_step(s, m, j, mentions, owned)
        if j is None:
            break
        if j == end:
            j = _np_word_step(s, m, j, owned)
            if j is None:
                break
    m.np_end = end if j is None else j
    noun_before_item(s, m)


def _np_noun_step(s: SentenceView, m: Mention, j: int, mentions: list[Mention], owned: set[int]) -> int | None:
    """One step over nouns, names, partitives and fillers: the next token, None to stop, ``j`` to go on."""
    lex, texts, words, kinds, n = s.lex, s.texts, s.words, s.kinds, len(s.words)
    kind, text, w = kinds[j], texts[j], words[j]
    if kind == "w" and w not in s.tables.np_words:  # no lexicon word: a name after the noun, or no step
        if m.nouns and text[0].isupper() and not text.isupper() and j + 1 < n and not headline_verb(s, j):
            return j + 1 if kinds[j + 1] == "w" and texts[j + 1][0].isupper() else j
        return j
    part = lex.partitive_after.match(words, j) if w in lex.partitive_after.firsts else None
    if part is not None and all(noun.generic for noun in m.nouns):  # "12 orang di antaranya": a generic noun only
        m.partitive = True
        return j + part[0]
    phrase = lex.measures.match(words, j) if w in lex.measures.firsts else None
    noun = lex.nouns.match(words, j) if w in lex.nouns.firsts else None
    if phrase is not None and phrase[0] > 1 and (noun is None or noun[0] <= phrase[0]):
        return None  # "korban jiwa", "death toll": a measure, not the counted noun (a longer noun names its group)
    if (
        m.nouns
        and kind == "w"
        and text[0].isupper()
        and not text.isupper()
        and j + 1 < n
        and kinds[j + 1] == "w"
        and texts[j + 1][0].isupper()
        and not _person_noun_at(s, j)
        and not headline_verb(s, j)
    ):
        return j + 1  # a proper name after the noun ("warga Desa Mekarsari"), not a second counted noun
    if noun is not None:
        return _take_noun(s, m, j, noun, owned)
    if kind == "n":
        # "200 of the 1,800 residents": this figure is part of the next one
        between = words[m.num_end : j]
        if between and set(between) <= lex.fillers and not lex.of_words.isdisjoint(between):
            for k, other in enumerate(mentions):
                if other.num_first == j:
                    m.base_of = k
                    m.partitive = True
        return None
    if w in lex.others:
        m.anaphoric = True
        return j + 1
    if w in lex.fillers:
        return j + 1
    if kind == "p" and w in "-\u2013" and j + 1 < n and s.glue[j] and s.glue[j + 1]:
        return j + 2  # "COVID-19 cases"
    if (kind == "p" and w == ",") or w in s.lex.list_joiners:
        # "TNI, Polri, dan Basarnas": a list of named units continues the phrase
        k = j
        while k < n and (words[k] == "," or words[k] in s.lex.list_joiners):
            k += 1
        if _named_unit(s, m, k) is not None:  # "TNI, Polri, dan Basarnas": a list of named units
            return k
        listed = _noun_list(s, k) if m.nouns and w == "," else _forces_joined(s, m, w, k)  # "firefighters, ..."
        for position, length, info in listed or ():
            m.nouns.append(info)
            owned.update(range(position, position + length))
        return listed[-1][0] + listed[-1][1] if listed else None
    return None if kind == "p" else j


def _named_unit(s: SentenceView, m: Mention, k: int) -> tuple[int, NounInfo] | None:
    """A capitalised noun at token k (after a comma or joiner) that goes on with a list of named units ("TNI, Polri,
    dan Basarnas"); not a headline's next tally ("1.204 Jiwa, Pengungsi ..."), nor the next item of a breakdown that
    its own figure follows ("lansia 54 jiwa dan Ibu hamil tujuh jiwa"; audit_id5)."""
    n = len(s.words)
    if k >= n or not m.nouns or not s.texts[k][0].isupper():
        return None
    named = s.lex.nouns.match(s.words, k)
    if named is None or named[1].measure:
        return None
    after = k + named[0]
    if after < n and (s.kinds[after] == "n" or s.words[after] in s.lex.number_words):
        return None
    return named


def _take_noun(s: SentenceView, m: Mention, j: int, noun: tuple[int, NounInfo], owned: set[int]) -> int:
    """Count the noun at token j with the figure (unless it only modifies the person head before it); the next token."""
    if not _modifies_person_head(s, m, noun[1]):
        m.nouns.append(noun[1])
    owned.update(range(j, j + noun[0]))
    return j + noun[0]


def _modifies_person_head(s: SentenceView, m: Mention, noun: NounInfo) -> bool:
    """A thing noun after a generic person head, where modifiers follow the noun, names where the people come from or
    what befell them, not what is counted: "warga desa", "korban kecelakaan", "petugas TPS"."""
    return (
        s.lex.modifiers_follow
        and noun.subject_class not in PERSON_CLASSES
        and bool(m.nouns)
        and all(n.generic and n.subject_class in PERSON_CLASSES for n in m.nouns)
    )


def _predicate_verb(s: SentenceView, w: str) -> bool:
    """A verb that begins the predicate after the counted noun ("12 warga mengadang polisi", "dibawa polisi"): a word
    with a prefix of ``[syntax] predicate_prefixes`` that the stemmer takes off."""
    prefixes = syntax_list(s, "predicate_prefixes")
    return any(w.startswith(p) for p in prefixes) and bool(s.lex.stems(w))


def _label_verb(s: SentenceView, w: str) -> bool:
    """A verb right after a bare figure ("tiga berasal dari Bandung"): a word with a prefix of ``[cues]
    label_verb_prefixes`` that the stemmer takes off, which begins the predicate and labels nothing."""
    return any(w.startswith(p) for p in s.lex.cue("label_verb_prefixes")) and bool(s.lex.stems(w))


def _forces_joined(s: SentenceView, m: Mention, w: str, k: int) -> list[tuple[int, int, NounInfo]] | None:
    """ "About 140 police and soldiers were at the scene": a force noun joined by a list joiner (``w``) to the
    counted force noun is counted with it (their class: security forces). So is a person noun joined to a counted
    person noun, neither a force ("More than 2,000 migrants and refugees have died": the verb after both is the
    measure, not the second noun's own; "16 women and children": people). A force after other people may have a
    count of its own ("Thousands of protesters and police clashed"): not joined."""
    lex, words = s.lex, s.words
    if not m.nouns or w not in lex.list_joiners or m.nouns[-1].subject_class not in PERSON_CLASSES:
        return None
    noun = lex.nouns.match(words, k) if k < len(words) and words[k] in lex.nouns.firsts else None
    if noun is None or noun[1].subject_class not in PERSON_CLASSES:
        return None
    forces = m.nouns[-1].subject_class in FORCE_CLASSES
    if forces != (noun[1].subject_class in FORCE_CLASSES) or (not forces and (noun[1].generic or noun[1].force)):
        return None
    if not forces and k + noun[0] in s.mention_firsts:
        return None  # "pria 268 orang dan wanita 146 orang": the next item's label, before its own figure
    return [(k, noun[0], noun[1])]


def _noun_list(s: SentenceView, k: int) -> list[tuple[int, int, NounInfo]] | None:
    """Nouns of the lexicon from token k, joined by commas, the last one after a list joiner: the rest of a list of
    counted nouns ("7,500 firefighters, soldiers and police"; not "20 people, police said"), as (position, length,
    noun)."""
    lex, words, n = s.lex, s.words, len(s.words)
    found: list[tuple[int, int, NounInfo]] = []
    joined = False
    while k < n:
        noun = lex.nouns.match(words, k) if words[k] in lex.nouns.firsts else None
        if noun is None:
            return None
        found.append((k, noun[0], noun[1]))
        k += noun[0]
        if joined:
            return found
        if k >= n or not (words[k] == "," or words[k] in lex.list_joiners):
            return None
        joined = words[k] in lex.list_joiners
        k += 1
    return None


def _person_noun_at(s: SentenceView, j: int) -> bool:
    """A person noun of the lexicon starts at token j ("Satpol PP", "Brimob Polda"): a group, not a name."""
    noun = s.lex.nouns.match(s.words, j) if s.words[j] in s.lex.nouns.firsts else None
    return noun is not None and noun[1].subject_class in PERSON_CLASSES


def _np_word_step(s: SentenceView, m: Mention, j: int, owned: set[int]) -> int | None:
    """One step over a word that is no noun of the lexicon: a modifier, a raw label, or the end."""
    lex, texts, words, kinds, n = s.lex, s.texts, s.words, s.kinds, len(s.words)
    text, w = texts[j], words[j]
    if w in lex.stops:
        if w in lex.range_from and j + 1 < n and texts[j + 1][0].isupper() and lex.nouns.match(words, j + 1):
            return None if origin_place(s, m, j) else j + 1  # "dua lainnya dari Desa Aro": an origin, no whole
        return None
    if (found := s.measure_at(j)) is not None:
        return j + 1 if attributive_participle(s, m, j, found[1]) else None
    if w in lex.qualifiers.firsts and lex.qualifiers.match(words, j) is not None:
        return None
    if text[0].isupper():
        return j + 1  # a name modifying the noun: "pengungsi Rohingya", "Russian troops"
    if m.nouns:
        return j + 1 if lex.modifiers_follow and not _predicate_verb(s, w) else None
    if m.anaphoric and not _modifier_after_change(s, j):
        return None  # "214 lainnya terendam": the word after "others" is the predicate, not a noun
    if w in syntax_list(s, "time_adjectives") and j + 1 < n and words[j + 1] in lex.time_units:
        return None  # "from 4,410 the previous day": a time adjunct, no noun of the figure
    if m.raw_label is None and not lex.modifiers_follow and adverb_participle(s, j):
        return j + 1 + (s.measure_at(j + 1) is None)  # "31 locally made guns"; "203 newly hospitalised patients"
    if m.raw_label is None and (shared := shared_noun_start(s, j)) is not None:
        return shared  # "1,200 emergency and rescue workers": one noun for both modifiers
    if m.raw_label is None and kinds[j] == "w" and len(w) >= 3 and w not in lex.time_units:
        if _label_verb(s, w):
            return None  # "tiga berasal dari Bandung": the predicate's verb, no label of the figure
        m.raw_label = w
        owned.add(j)
        j += 1
        if lex.modifiers_follow:
            return j
        # English compounds: "polling stations", "proton beams"
        if (
            j < n
            and kinds[j] == "w"
            and words[j] not in lex.stops
            and words[j] not in lex.fillers
            and (s.measure_at(j) is None and not texts[j][0].isupper() and lex.nouns.match(words, j) is None)
            and not _predicate_after(s, m, w, words[j])
        ):
            m.raw_label = f"{w} {words[j]}"
            owned.add(j)
            j += 1
        return j
    return None


def _modifier_after_change(s: SentenceView, j: int) -> bool:
    """English order (modifier before noun): the word at ``j`` after a change word that is also "others" ("more")
    modifies the noun of the lexicon right after it ("five more dengue cases", "12 more heatstroke patients"): the
    phrase goes on to that noun, which the change word does not stand for."""
    lex, words = s.lex, s.words
    if lex.modifiers_follow or j == 0 or words[j - 1] not in lex.increase_after or j + 1 >= len(words):
        return False
    return words[j + 1] in lex.nouns.firsts and lex.nouns.match(words, j + 1) is not None


def _predicate_after(s: SentenceView, m: Mention, w: str, nxt: str) -> bool:
    """English: the word after a raw label begins its predicate, no compound: a verb form in -ing ("270 monks sitting
    an exam", "a 20-truck convoy carrying"); a participle when the figure opens its clause ("when two trains collided",
    "11 missiles hit"; after a verb it names a subset: "recalled 40,000 loaves sold in May"); any other word after a
    plural, which modifies no noun ("two blasts tore", "coaches left"; "arms caches", both plural, are one)."""
    lex = s.lex
    if len(nxt) >= 5 and has_suffix(nxt, lex.cue("progressive_suffixes")) and nxt not in lex.cue("not_gerunds"):
        return True
    if has_suffix(nxt, lex.cue("participle_suffixes")) or nxt in lex.cue("participles"):
        return opens_clause(s, m.first)
    plurals, singulars = lex.cue("plural_suffixes"), lex.cue("singular_endings")
    return plural_form(w, plurals, singulars) and not plural_form(nxt, plurals, singulars)


def opens_clause(s: SentenceView, first: int) -> bool:
    """The figure that starts at token ``first`` opens its clause (past its determiners): at the sentence's start,
    after a clause's punctuation, "and" or a clause break ("when two trains collided"); its noun is the subject."""
    k = s.before_determiners(first - 1)
    w = s.words[k] if k >= 0 else ""
    return k < 0 or w in _CLAUSE_OPENERS or w in s.lex.cue("clause_conjunctions") or w in s.lex.clause_breaks


_CLAUSE_OPENERS = CLAUSE_PUNCT | {","}


def share_coordinated_nouns(s: SentenceView, mentions: list[Mention]) -> None:
    """ "45 and 50 cases", "tiga atau empat rumah": a bare figure joined to the next shares its noun; so does the
    old value of a change ("menurun dari 1.164 menjadi 712 titik")."""
    lex = s.lex
    for idx in range(len(mentions) - 1):
        m, nxt = mentions[idx], mentions[idx + 1]
        if m.nouns or m.raw_label is not None or m.unit is not None:
            continue
        between = s.words[m.last : nxt.first]
        joined = len(between) == 1 and (
            between[0] in lex.coordinators
            or (between[0] in lex.total_cues and m.first > 0 and s.words[m.first - 1] in lex.range_from)
        )
        if joined and (nxt.nouns or nxt.raw_label):
            m.nouns, m.raw_label = list(nxt.nouns), nxt.raw_label
            m.np_end = nxt.np_end


def noun_subject(m: Mention) -> tuple[str | None, str | None, NounInfo | None]:
    """``(class, label, head)`` from the nouns after the number."""
    if not m.nouns:
        return None, m.raw_label, None
    specific = [noun for noun in m.nouns if not noun.generic]
    if not specific:
        head = m.nouns[0]
        return head.subject_class, head.label, head
    head = specific[0]
    if head.subject_class not in PERSON_CLASSES:
        return head.subject_class, head.label, head
    persons = [noun.subject_class for noun in specific if noun.subject_class in PERSON_CLASSES]
    return persons[0] if len(persons) == 1 else narrowest(persons), head.label, head  # one noun: its own class


def person_before(s: SentenceView, end: int) -> str | None:
    """Class of the nearest specific person noun before token ``end`` in the sentence."""
    for k in range(end, 0, -1):
        noun = s.lex.nouns.match_ending(s.words, k)
        if noun is not None and not noun[1].generic and noun[1].subject_class in PERSON_CLASSES:
            return noun[1].subject_class
    return None


SURVIVORS: Final = frozenset({"=survivors", "=rescued survivors"})
"""Other-verb readings that name people brought out alive ("tujuh penumpang selamat")."""


def named_after(s: SentenceView, m: Mention) -> str | None:
    """The measure that the figure's own noun phrase ends with: a word right after the number ("empat jasad", "dua
    korban luka"), or a people measure or a survivors' word right after the counted noun ("tujuh penumpang
    selamat", also after a relative word: "7 ABK yang selamat"); None when there is none."""
    found = s.measure_at(m.num_end) if m.num_end < len(s.words) else None
    k = m.np_end + (m.np_end < len(s.words) and s.words[m.np_end] in s.lex.relative_words)
    if found is None and m.nouns and k < len(s.words):
        found = s.measure_at(k)
        found = found if found is not None and (found[1] in PEOPLE_MEASURES or found[1] in SURVIVORS) else None
    return found[1] if found is not None else None


def after_whole(s: SentenceView, start: int, named: bool) -> int:
    """Where the predicate of a part starts after the noun phrase of its whole, which ends at ``start``: past the
    measure word that names the whole ("Tiga dari 13 korban meninggal ...", when ``named``) or past the relative
    clause that does ("Satu dari 19 siswa yang ditangkap itu adalah alumni", "11 dari 13 pasien yang meninggal
    belum diimunisasi": the part is what comes after)."""
    n = len(s.words)
    relative = start < n and s.words[start] in s.lex.relative_words
    k = start + relative
    while relative and k < n and k - start < 3 and s.words[k] in s.lex.stops:
        k += 1  # "yang telah ditangkap", "yang sudah meninggal"
    found = s.measure_at(k) if k < n and (named or relative) else None
    return k + found[0] if found is not None else start

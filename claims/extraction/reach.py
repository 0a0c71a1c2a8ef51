"""How far a measure word reaches: the measure words a figure can take in its own clause (issue 11).

A wrong specific measure costs more than ``other`` (DESIGN 4.1), so a measure word names a figure only when the
clause says it of the figure's own noun phrase. It does not when it:

- stands in another clause: after a comma, a colon or a clause word (``[clauses] breaks``: *sementara*, *while*);
- names another noun: the object of a preposition (*200 tempat tidur untuk korban luka*, *beds for the wounded*)
  or of a transitive verb (*40 dokter merawat korban luka*, *doctors who treated the injured*);
- is a transitive verb with a person as its object: the figure is its agent (*12 relawan mengevakuasi warga*,
  *twelve volunteers evacuated residents*);
- stands in a relative clause of another noun (*12 paket sabu milik tersangka yang ditangkap*, *30 motorcycles
  belonging to protesters who were arrested*);
- lies past another figure that is neither coordinated with this one nor a place adjunct (*70 personel mencari
  3 warga yang hilang*, *200 protesters clashed with police and 15 officers were injured*).

An aside in parentheses does not end the clause (*900 warga (240 KK) diungsikan*); a relative clause's own verb
with an object yields to the main verb after it (*3 polisi yang menangkap pelaku terluka*). What reaches a figure
from before it is :mod:`claims.extraction.reach_before`'s. The function words are the lexicon's (``[syntax]``:
``object_prepositions``, ``article_prepositions``, ``figure_prepositions``, ``among_words``, ``contrast_words``,
``active_prefixes``, ``verb_prefixes``, ``predicate_prefixes``, ``light_verbs``, ``estimate_verbs``,
``complement_verbs``, ``not_verbs``, ``pronouns``, ``np_closers``, ``relative_words``; ``[places] prepositions``),
so a language is a data file (docs/lexicons.md, "Measure reach").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import chain
from typing import Final

from claims.extraction import addresses, age_spans, breakdown_asides, clauses, destinations, found_dead, serial_comma
from claims.extraction.attributive_labels import attributive_label
from claims.extraction.clause_scans import clause_word_at
from claims.extraction.clauses import ASIDE_CLOSERS
from claims.extraction.lexicon import Lexicon
from claims.extraction.modifier_predicates import adjunct_word
from claims.extraction.name_lists import names_go_on
from claims.extraction.named_appositions import apposition_end
from claims.extraction.ordinal_objects import ordinal_object
from claims.extraction.others_clauses import others_between
from claims.extraction.subjects import PERSON_CLASSES, compatible
from claims.extraction.tally_objects import article_object
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list


def is_boundary(s: SentenceView, j: int) -> bool:
    w = s.words[j]
    return w in CLAUSE_PUNCT or w in s.lex.clause_breaks


@cache
def prefixes_of(lex: Lexicon, key: str, empty: bool) -> tuple[str, ...]:
    """The prefixes listed under ``[syntax] key`` (with the empty prefix only when ``empty``), as a tuple for
    ``str.startswith``."""
    return tuple(sorted(p for p in lex.syntax_words.get(key, frozenset()) if p or empty))


def search_right(
    s: SentenceView,
    start: int,
    cls: str | None,
    skip: set[int],
    origin: int | None = None,
    is_object: bool = False,
    whole: bool = False,
) -> str | None:
    """The first compatible measure word after token ``start`` in its clause; when the noun phrase goes on with a
    relative clause ("23 remaja yang hendak bergabung dengan unjuk rasa diciduk aparat", "people who ... were
    evacuated", "70 people injured in the crush were admitted"), the main verb after it, when there is one, even an
    other-verb but for a ``whole`` ("45 pasien yang dirawat telah sembuh"). ``origin`` is where the figure's noun
    phrase starts: a relative clause after an object in it is another noun's ("600 warga menuntut pembebasan rekan
    yang ditahan").
    A figure that ``is_object`` of a verb takes no verb joined to that verb ("melibatkan 30 pemudik dan
    menewaskan ...", "involved 30 travellers and killed ...": the subject's)."""
    if origin is not None and start < len(s.words) and _relative_of_another(s, origin, start, start, skip):
        return None
    hits = _measures_right(s, start, cls, skip, start if origin is None else origin)
    first = next(hits, None)
    if first is None:
        return None
    position, measure = first
    if is_object and position > 0 and s.words[position - 1] in s.tables.joiners:
        return None
    if position == start and found_dead.missing_found_dead(s, position):
        return "killed"  # "dua korban hilang yang ditemukan dalam keadaan meninggal"
    if position == start and measure != "killed":
        peek = next(hits, None)
        if clauses.died_after(s, position, peek) and peek is not None:
            return peek[1]  # "Twelve detainees were killed in the fire", "Five missing were found dead"
        if clauses.symptom_then_measure(s, position, peek) and peek is not None:
            return peek[1]  # "13 fell ill and were taken to hospital"
        hits = chain((peek,) if peek is not None else (), hits)
    if clauses.modifier_at(s, start, position, measure):  # a relative clause or a participle of the noun
        # Indonesian: past a relative verb's own object ("yang mengikuti demo"); English: past a participle's adjunct
        later = (
            clauses.past_relative_object(s, position, hits)
            if s.lex.modifiers_follow
            else clauses.next_predicate(s, hits)  # "16 pilgrims injured in the crowd surge are being treated at"
        )
        if (
            later is not None
            and clauses.main_verb(s, start, position, later, whole)
            and not others_between(s, position, later[0])
        ):
            return later[1]  # not "12 orang yang tewas dan 5 luka"; an other-verb too ("... berhasil diselamatkan")
    if attributive_label(s, start, position, measure):
        return next((hit[1] for hit in hits), None)  # "19 children from the camp in the flooded county were missing"
    if position > 0 and s.words[position - 1] in syntax_list(s, "article_prepositions"):
        later = next(hits, None)  # "12 orang dengan luka bakar dirawat": an attribute yields to the predicate
        if later is not None and not any(position < k < later[0] for k in s.mention_firsts):
            return later[1]
    if measure == "injured" and not s.lex.still_words.isdisjoint(s.word_set):  # "200 korban luka masih dirawat"
        later = next(hits, None)
        if later is not None and later[1] == "hospitalized" and s.words[later[0] - 1] in s.lex.still_words:
            return later[1]
    return measure


def _tally_at(s: SentenceView, j: int) -> bool:
    """A tally word (``[subjects] tally_words``: "jumlah", "total") opens a noun phrase at token j."""
    tally = s.lex.subject_cues.get("tally_words")
    return tally is not None and j < len(s.words) and s.words[j] in tally.firsts and tally.match(s.words, j) is not None


def _measures_right(
    s: SentenceView, start: int, cls: str | None, skip: set[int], origin: int
) -> Iterator[tuple[int, str]]:
    n = len(s.texts)
    j = start
    lex = s.lex
    others_only = False
    relative = start < n and s.words[start] in lex.relative_words
    while j < n:
        w = s.words[j]
        if j == start and (after := clauses.aside_end(s, j)) is not None:  # "12 people (five men, ...) died"
            j = after
            continue
        if w == "," or w in ASIDE_CLOSERS:  # ", including ...,"; "900 warga (240 KK) diungsikan": asides, no end
            j = j + 1 if relative and clauses.relative_closed(s, j) else _past_comma(s, j, j == start)
            if j < 0:
                return
            continue
        if (after := _past_break(s, j, relative)) != j:
            j = after if after >= 0 else n  # past a time: "2 nelayan yang hilang sejak Selasa ditemukan selamat"
            continue
        if j in s.mention_firsts and _figure_in_the_way(s, start, j, skip):
            return  # "70 personel mencari 3 warga yang hilang"
        if w in lex.coordinators and _tally_at(s, j + 1):
            return  # "jumlah penderita sebanyak 108.406 orang dan jumlah kasus meninggal sebanyak 856": a new tally
        if (
            w in lex.relative_words
            and j > start
            and not others_only
            and _relative_of_another(s, origin, start, j, skip)
        ):
            others_only = True  # "sabu milik tersangka yang ditangkap": no measure, a condition's label at most
        if j not in skip:
            noun = s.noun_at(j)
            if noun is not None and noun[1].force:
                yield j, "=" + noun[1].label  # "87 of them in intensive care": a tally of its own
                return
            found = s.measure_at(j)
            if found is not None and _governs_later_figure(s, j + found[0], j):
                return  # "3 blok ... dan menghanguskan 120 rumah": the verb takes the later figure
            if (
                found is not None
                and takes_object(s, j, found[0], relative and j == start + 1)
                and not _prenominal(s, origin, j, skip)
            ):
                if relative:
                    j += found[0]  # "3 polisi yang menangkap pelaku terluka": the main verb may follow
                    continue
                return  # "12 relawan mengevakuasi warga": the figure is the agent, no patient
            if (
                found is not None
                and compatible(found[1], cls)
                and not names_another_noun(s, j, skip)
                and (not others_only or found[1].startswith("="))
            ):
                yield j, found[1]
            if found is not None:
                j += found[0]
                continue
        j += 1


def _past_break(s: SentenceView, j: int, relative: bool) -> int:
    """Where the search for a measure word goes on from token ``j``: ``j`` itself when no clause ends there, -1 when
    one does; in a relative clause, past a time right after the break word (the main verb may follow)."""
    w, lex, n = s.words[j], s.lex, len(s.words)
    if not (w in CLAUSE_PUNCT or w in lex.clause_breaks) or (  # not "as" before "missing"
        w in lex.break_prepositions and j + 1 < n and s.measure_at(j + 1) is not None
    ):
        return j
    return -1 if w in CLAUSE_PUNCT or not relative else _time_adjunct_end(s, j)


def _time_adjunct_end(s: SentenceView, j: int) -> int:
    """The token after a date, weekday or relative day that starts right after the break word at token ``j``
    ("sejak Selasa", "since Tuesday", "sejak 2 Juni"), else -1."""
    if j + 1 >= len(s.words):
        return -1
    begin = s.starts[j + 1]
    end = next((span.end for span in s.date_spans if span.start == begin and span.kind != "time"), -1)
    if end < 0:
        return -1
    k = j + 1
    while k < len(s.words) and s.starts[k] < end:
        k += 1
    return k


def _prenominal(s: SentenceView, origin: int, j: int, owned: set[int]) -> bool:
    """Where modifiers come before the noun, a measure word at token j that only words of no noun separate from the
    number (which ends at ``origin``) is an adjective of the counted noun, no verb ("40 (badly) injured workers")."""
    lex, words = s.lex, s.words
    return not lex.modifiers_follow and all(
        k not in owned and s.kinds[k] == "w" and words[k] not in lex.stops for k in range(origin, j)
    )


def _after_parenthetical(s: SentenceView, j: int) -> int:
    """After a comma at token j: the token after a parenthetical ", including ...," (which does not end the
    clause), the relative word of a relative clause after the comma, else -1 (the clause ends)."""
    n = len(s.words)
    if j + 1 < n and s.words[j + 1] in s.lex.relative_words:  # ", who were found dead" closing the sentence: its
        closed = any(w in {",", ";"} or w in CLAUSE_PUNCT for w in s.words[j + 1 :])  # noun's (or another's); one
        return -1 if closed else j + 1  # closed by a comma is an aside ("..., who fled on Monday, remain missing")
    if s.lex.inherit_before.match(s.words, j + 1) is None:
        return -1
    k = j + 1
    while k < n and s.words[k] not in {",", ";"} and s.words[k] not in CLAUSE_PUNCT:
        k += 1
    return k + 1 if k < n and s.words[k] == "," else -1


_CLAUSE_ENDS: Final = CLAUSE_PUNCT | {",", "."}  # what ends an aside's clause before its closing mark
_ASIDE_REACH: Final = 12  # tokens from an aside's opening mark to its closing one


def _past_comma(s: SentenceView, j: int, at_start: bool) -> int:
    """After a "," or "(" at token j that does not end the clause: the token to go on from, else -1."""
    if s.words[j] in ASIDE_CLOSERS:  # ")" or the closing dash, in the same clause
        after = clauses.aside_end(s, j, ASIDE_CLOSERS, _CLAUSE_ENDS, _ASIDE_REACH)
        return -1 if after is None else after
    after = _after_parenthetical(s, j)
    if after < 0:
        after = max(clauses.comma_aside_end(s, j, at_start), breakdown_asides.aside_end(s, j) if at_start else -1)
    if after < 0:  # a list of names ("dari Karawang, ..."), an address, named people ("Dua petani, Karto (57) ...")
        after = max(names_go_on(s, j, at_start), addresses.address_end(s, j), apposition_end(s, j))
    return after if after >= 0 else _list_goes_on(s, j)  # "38 pelaku, 13 ayam dan 121 motor diamankan"


def _list_goes_on(s: SentenceView, comma: int) -> int:
    """After a comma at token ``comma``: the token after it when a figure follows and the list goes on to a joiner and
    another figure with no measure word nor clause end before that joiner ("Sebanyak 38 pelaku, 13 ekor ayam dan 121
    sepeda motor diamankan"); else -1 (the clause ends)."""
    words, n = s.words, len(s.words)
    k = s.after_determiners(comma + 1)
    if k < n and words[k] in s.lex.list_joiners:
        return comma + 1 if serial_comma.closes_list(s, comma) else -1  # "87 rumah, satu mobil, serta empat motor"
    if k >= n or k not in s.mention_firsts:
        return -1
    for t in range(k + 1, min(n, k + 14)):
        if words[t] == "," and serial_comma.closes_list(s, t):
            return comma + 1
        if words[t] in CLAUSE_PUNCT or words[t] in {".", ";"} or is_boundary(s, t) or s.measure_at(t) is not None:
            return -1
        if words[t] in s.lex.list_joiners and s.after_determiners(t + 1) in s.mention_firsts:
            return comma + 1
    return -1


def _governs_later_figure(s: SentenceView, k: int, j: int) -> bool:
    """True when a figure starts at token k (after articles): the verb before it (at j) is that figure's; so is a
    tally noun after a joiner, in a gapped clause before ``to`` and a figure ("the number of deaths to 412 and
    injuries to 1,300"; not "300 people were evacuated to 12 shelters")."""
    gapped = j > 0 and s.words[j - 1] in s.lex.coordinators
    if gapped and k < len(s.words) and s.words[k] in s.lex.cue("total_before"):
        k += 1
    return destinations.takes_later_figure(s, j, k)  # not "dilarikan ke 4 rumah sakit": the places the people went to


def _figure_in_the_way(s: SentenceView, start: int, j: int, owned: set[int]) -> bool:
    """A figure starts at token j, after the noun phrase that ends at ``start``, and is neither coordinated with
    the figure ("12 polisi dan 3 wartawan terluka") nor a place adjunct ("400 warga dari 5 dusun mengungsi"): a
    measure word after it is that figure's or its clause's ("200 protesters clashed with police and 15 officers
    were injured")."""
    if j not in s.mention_firsts or j < start:
        return False
    lex, words = s.lex, s.words
    k = j
    while k > start and words[k - 1] in lex.determiners:
        k -= 1
    before = words[k - 1]
    if before in syntax_list(s, "among_words"):
        return False  # a whole the figure is a part of ("were among 11,000 people killed")
    if before in lex.inherit_before.lasts and lex.inherit_before.match_ending(words, k) is not None:
        return False  # a part of the figure ("300 residents including 12 children were evacuated")
    if before in syntax_list(s, "size_words"):
        return False  # a size of the figure's thing or place ("140 bangunan di lahan seluas 8.000 meter persegi ludes")
    if (before in lex.place_prepositions or before in lex.of_words or adjunct_word(s, before)) and not _counts_persons(
        s, j
    ):
        return False  # an adjunct ("residents of 5 villages"); not "seized 45 packets from three suspects who"
    relative = any(words[r] in lex.relative_words for r in range(max(start, k - 3), k))
    if relative and not _counts_persons(s, j):
        return False  # the object of the figure's relative clause ("8 WN Iran yang membawa 290 bungkus sabu ditangkap")
    if dwellers(s, start, k):
        return False  # "64 rumah yang dihuni 95 KK atau 430 jiwa terbakar": who live in the houses counted
    joiners = s.tables.joiners
    return not all(  # "12 polisi dan 3 wartawan", "12 anggota polisi dari Polres Sukamaju dan 3 wartawan"
        words[k] == "," or words[k] in joiners or k in owned or words[k] in lex.place_prepositions or _name(s, k)
        for k in range(start, j)
    )


def dwellers(s: SentenceView, start: int, k: int) -> bool:
    """The figure at ``k`` is the agent of a verb of dwelling (``[syntax] dwelling_verbs``) in a relative clause of the
    noun phrase that ends at ``start``, alone or joined to another such figure ("rumah yang dihuni 95 KK atau 430
    jiwa"): it counts who live in the things counted, and a measure word after it is still theirs."""
    dwell = syntax_list(s, "dwelling_verbs")
    words = s.words
    r = clause_word_at(s, range(k - 1, max(start, k - 8) - 1, -1), dwell)
    return r is not None and r > start and words[r - 1] in s.lex.relative_words


def _name(s: SentenceView, k: int) -> bool:
    """Token k is part of a name: a capitalised word, or a number right after one ("Polres Sukamaju", "SDN 3")."""
    return s.texts[k][0].isupper() or (s.kinds[k] == "n" and k > 0 and s.texts[k - 1][0].isupper())


def _counts_persons(s: SentenceView, j: int) -> bool:
    """The figure at token j counts persons: a person noun of the lexicon follows within three tokens."""
    for k in range(j + 1, min(len(s.words), j + 4)):
        found = s.noun_at(k)
        if found is not None:
            return found[1].subject_class in PERSON_CLASSES
    return False


def _relative_of_another(s: SentenceView, origin: int, start: int, j: int, owned: set[int]) -> bool:
    """A relative word at token j describes another noun than the figure's, whose noun phrase runs from ``origin``
    to ``start``: the phrase ran on over an active verb, an object's preposition, an article or a pronoun ("600
    warga menuntut pembebasan rekan mereka yang ditahan", "demanded the release of relatives who"), or a word after
    it is neither a name, a place preposition nor a filler ("12 paket sabu milik tersangka yang ditangkap",
    "children lost parents who were killed"). Tokens of counted nouns and figures (``owned``) are the figure's or a
    coordinated one's."""
    lex, words = s.lex, s.words
    if words[j] not in lex.relative_words:
        return False
    objects = syntax_list(s, "object_prepositions")
    place = False  # after a place preposition: the words name the place ("12 people in the village who ...")
    aside = clauses.aside_span(s, start, j)  # "the 14 villagers - most of them women - who are still missing"
    ages = age_spans.age_tokens(s, origin, j)  # "satu korban berusia 5 tahun yang masih dalam pencarian"
    for k in range(origin, j):
        w = words[k]
        if k in owned or k in aside or k in ages or (k == start and w in lex.qualifiers_after.firsts):
            continue  # "30 rumah lebih yang"
        place = place or (k >= start and w in lex.place_prepositions and w not in lex.of_words)
        if w in objects or w in syntax_list(s, "pronouns") or active_verb(s, k):
            return True
        if place:
            noun = s.noun_at(k)
            if noun is not None and noun[1].subject_class in PERSON_CLASSES:
                return True  # "motorcycles from protesters who were arrested"
            continue
        if w in lex.determiners or (
            k >= start
            and not (s.texts[k][0].isupper() or s.kinds[k] != "w" or w in lex.fillers or w in lex.list_joiners)
        ):
            return True
    return False


def active_verb(s: SentenceView, k: int) -> bool:
    """Token k is an active verb by its form (``[syntax] active_prefixes``, "me-" in Indonesian) and no light verb
    ("mengalami", "menjadi"). A language whose verbs show no active form (an empty prefix) never says so here."""
    prefixes = prefixes_of(s.lex, "active_prefixes", False)
    w = s.words[k]
    return (
        bool(prefixes)
        and s.kinds[k] == "w"
        and w.startswith(prefixes)
        and not s.texts[k][0].isupper()  # a name: "Merauke", "Dimulyo"
        and w not in syntax_list(s, "light_verbs")
        and w not in syntax_list(s, "not_verbs")
    )


def takes_object(s: SentenceView, j: int, length: int, after_relative: bool = False) -> bool:
    """The measure verb at token j (``length`` tokens) is active and has a person as its object ("mengevakuasi
    warga", "merawat korban luka", "evacuated residents", "treated the injured"), or any object right after a
    relative word ("who arrested the suspect"): the figure before it is the agent, not the patient. English verbs
    show no active form (``active_prefixes = [""]``): any verb before an object. A turnout verb's agent is its
    turnout ("attended the rally")."""
    w = s.words[j]
    prefixes = prefixes_of(s.lex, "active_prefixes", True)
    if not prefixes or not w.startswith(prefixes) or w in syntax_list(s, "light_verbs") or s.texts[j][0].isupper():
        return False
    lex, words, n = s.lex, s.words, len(s.words)
    k = s.after_determiners(j + length)
    determiners = k - (j + length)
    if k >= n or (length > 1 and not syntax_list(s, "figure_prepositions").isdisjoint(words[j : j + length])):
        return False  # "mendekam di sel (tahanan)", "dibawa ke rumah sakit": the phrase holds its own adjunct
    if (
        not lex.modifiers_follow
        and not determiners
        and j > 0
        and (words[j - 1] in lex.determiners or words[j - 1] in lex.of_words)
    ):
        return False  # "the number of hospitalized patients", "the injured people": an adjective, no verb
    if after_relative and determiners and (verb := s.measure_at(j)) is not None and verb[1] != "participants":
        return True
    if ordinal_object(s, j, k, determiners):
        return True  # "and have arrested a third"
    noun = s.noun_at(k)
    if noun is not None:
        return noun[1].subject_class in PERSON_CLASSES
    found = s.measure_at(k)  # "the injured", "korban luka"; not an event ("attended the rally", "mengikuti aksi")
    if found is None or found[1].startswith("=") or found[1] == "participants":
        return False
    return determiners > 0 or nominal(s, k)


def nominal(s: SentenceView, k: int) -> bool:
    """The word at k has none of the language's verb prefixes ("korban", "luka"; not "mengungsi"); never in a
    language that lists none."""
    prefixes = prefixes_of(s.lex, "verb_prefixes", False)
    return bool(prefixes) and not s.words[k].startswith(prefixes)


def names_another_noun(s: SentenceView, j: int, owned: set[int] | None = None) -> bool:
    """The measure word at token j names another noun than a figure's: the object of a preposition ("untuk korban
    luka", "for the wounded") or of a transitive verb ("merawat korban luka", "meliput aksi", "treated the
    injured", "covered the protest"), or a modifier without a verb form of such an object that is no counted noun
    (``owned``) of a figure ("mencari korban hilang"). A light verb ("mengalami luka", "menjadi
    korban") or a copula ("were among the dead") keeps it the figure's."""
    lex, words = s.lex, s.words
    k = j - 1
    if owned is not None and k >= 0 and k not in owned and words[k] in lex.nouns.lasts and nominal(s, j):
        noun = lex.nouns.match_ending(words, k + 1)
        if noun is not None and active_verb(s, k - noun[0]):
            return True  # "30 petugas yang mencari korban hilang"; not "menangkap pelaku terluka" (a predicate)
    k = s.before_determiners(j - 1)
    determiners = j - 1 - k
    if k < 0:
        return False
    w = words[k]
    preposition = preposition_object(s, j, k, determiners)
    if preposition is not None:
        return preposition
    if w in syntax_list(s, "light_verbs") or s.kinds[k] != "w" or w in lex.stops:
        return False
    if determiners:
        return s.measure_at(k) is not None or active_verb(s, k) or not syntax_list(s, "verb_prefixes")
    return active_verb(s, k) and nominal(s, j)


def preposition_object(s: SentenceView, j: int, k: int, determiners: int) -> bool | None:
    """Whether the measure word at token j is the object of the preposition at token k (``determiners`` articles
    between), None when token k is no such preposition. "untuk korban luka", "handed to evacuees", "beds for the
    wounded", "arrested for arson" are; "beaten to death" (a measure phrase) and "treated for injuries" are not."""
    w = s.words[k]
    if s.measure_at(k) is not None:
        return None if w not in syntax_list(s, "object_prepositions") else False
    if k == 0 or s.words[k - 1] == "," or s.words[k - 1] in CLAUSE_PUNCT:
        return None  # a fronted topic: "Untuk pengungsi, di Aula X tercatat 300 orang"
    if w in syntax_list(s, "object_prepositions"):
        return determiners > 0 or nominal(s, j) or not syntax_list(s, "verb_prefixes")
    if w in syntax_list(s, "article_prepositions"):  # "to evacuees" (a noun of the lexicon), not "to join"
        return article_object(s, k, j, determiners)  # "dengan korban tewas sebanyak 14 orang": a toll, no object
    return None


def phrase_start(s: SentenceView, k: int) -> int:
    """Where the measure phrase that token k ends or lies in starts ("korban tewas" for "tewas"), else k."""
    for p in range(max(0, k + 1 - s.tables.longest_measure), k):
        found = s.measure_at(p)
        if found is not None and p + found[0] > k:
            return p
    return k

"""Composed subjects of ``other`` figures (DESIGN.md 4 and 4.1: ``other`` with a subject naming the subset, what the
figure counts), from the phrase tables of the lexicons' ``[composed_labels]``:

- a case count names its status, and the kind of a condition that is no infectious disease (case_kinds.py): "1.943
  kasus suspek campak" are suspected cases, "318 new cholera cases" cases, "cases of acute respiratory infection"
  respiratory infection cases; a bare predicate figure takes them from the case count its clause opens with ("Kasus
  ISPA ... mencapai 18.407 kasus": respiratory infection cases);
  a part its own predicate gives a status is the cases of that status ("16 of the cases had been confirmed");
- a bare predicate figure counted by a generic noun or an event classifier counts the civil people or the events
  its clause opens with ("Penderita DBD ... tercatat sebanyak 1.502 orang": patients; "Jumlah kecelakaan ...
  sebesar 214 kasus": accidents);
- people who fall ill with a named disease are its cases ("11.000 warga terserang ISPA");
- people a boat or a plane carries are the people on board ("pesawat itu membawa 12 orang", "a dinghy carrying 45
  people", "had 58 people aboard"); people a prison holds are its inmates ("Lapas itu dihuni 1.712 orang");
- people of an open group whose own predicate is survival are survivors ("24 penumpang berhasil diselamatkan");
- a capacity names what it belongs to ("Lapas itu ... daya tampungnya 980 orang": prison capacity; a boat's rated
  load: passenger capacity).

Labels are English whatever the language of the text (like every subject label).
"""

from __future__ import annotations

from typing import Final

from claims.extraction.case_kinds import kind_cases, kind_words
from claims.extraction.context_labels import sentence_label
from claims.extraction.found_people import found_label
from claims.extraction.ideal_capacity import ideal_before
from claims.extraction.killed_items import name_killed_items
from claims.extraction.lexicon import NounInfo, PhraseTable
from claims.extraction.mentions import Mention
from claims.extraction.reach_before import predicate_figure
from claims.extraction.state_objects import object_state, open_group
from claims.extraction.tally_states import opening_state
from claims.extraction.view import CLAUSE_PUNCT, SentenceView
from claims.extraction.voyage_companions import voyage_companions

CASE_SUBJECTS = frozenset({"cases", "suspected cases", "confirmed cases", "probable cases"})
"""The labels of case nouns (``[nouns]``): the subjects a disease or a status may make more specific."""
STATUS: Final = "status_role_labels"
"""``[cues]``: what befell people or cases ("42 kasus sembuh": recovered), kept over a bare "cases"."""
STATUS_ORDER = ("active", "confirmed", "suspected", "probable", "severe")
"""The order of status words in a label ("suspected severe cases")."""
ON_BOARD_SUBJECTS = frozenset({"people", "migrants", "refugees"})
"""Labels of people a vessel carries who are counted as the people on board, not by a role (passengers, crew)."""
ILL_SUBJECTS = frozenset({"sick", "sick people", "infected", "people", "cases", "children"})
"""Labels of people who fall ill, as a verb of falling ill or a generic noun gives them ("151 anak positif campak")."""
EVENT_LABELS = frozenset({"cases", "incidents"})
"""Labels of the classifiers that count events ("214 kasus", "812 kejadian"): a tally names the events counted."""
ABOARD_ROLES = frozenset({"passengers", "crew members"})
"""The labels of the roles of people aboard: both joined count the people on board."""
STATE_LABELS = frozenset({"survivors"})
"""Labels of other-verbs of a state that name a figure of people whatever group counts them (DESIGN 4.1: the
subset named by what picks it out)."""
THING_CLASSES = frozenset({"thing", "animal"})
"""Classes of counted nouns that are no people: a capacity of beds or cattle names no owner's people."""
CASE_REACH = 8
"""Tokens a case count runs over ("kasus konfirmasi laboratorium demam berdarah dengue")."""
CLAUSE_REACH = 14
"""Tokens back from a predicate figure to the case count its clause opens with."""


def compose_label(s: SentenceView, m: Mention) -> None:
    """Relabel the ``other`` figure ``m`` by the disease and status of its case count (module docstring), as soon as
    its subject is set: a figure after it that continues its noun (an item of a breakdown, "24 from Beni, four from
    Butembo") takes the composed label."""
    tables = s.lex.composed_labels
    if m.measure != "other" or not m.valid or not tables or m.unit is not None:
        return
    label = case_label(s, m.num_end, tables)  # a case count right after the figure, whatever labelled it
    if label == "cases" and (any(n.label not in CASE_SUBJECTS for n in m.nouns) or m.subject in s.lex.cue(STATUS)):
        label = None  # a noun of its own names more than cases ("231 kasus kecelakaan": accidents), or a status
    if predicate_figure(s, m.first):
        label = _tally_label(s, m, tables, label) or opening_state(s, m)  # "Jemaah yang sakit ... 64 orang"
    if label is None and m.subject == "people" and len(m.nouns) == 2 and m.nouns[0].label == m.subject:
        label = _after_classifier(s, m)  # "delapan orang korban": casualties
    if label is None or label == m.subject:
        label = sentence_label(s, m.subject)  # "Titik panas terbanyak ..., 2.917 titik": hotspots
    if label is not None:
        m.subject = label


def _tally_label(s: SentenceView, m: Mention, tables: dict[str, PhraseTable[str]], label: str | None) -> str | None:
    """The label of the predicate figure ``m`` from what its clause opens with: a case count, civil people or events
    (module docstring); ``label`` is that of a case count right after the figure (None for none)."""
    case_figure = label is not None or m.subject in CASE_SUBJECTS or m.subject is None
    if case_figure and label in (None, "cases"):
        label = _tally_case(s, m, tables) or label
    elif m.subject == "people" and all(noun.generic for noun in m.nouns):
        label = _tally_civil(s, m)
    if label in (None, "cases") and m.subject in EVENT_LABELS:
        label = _tally_event(s, m) or label
    return label


def compose_people_labels(s: SentenceView, mentions: list[Mention]) -> None:
    """Relabel the ``other`` figures of parts of a case count given a status, of people who fall ill with a named
    disease, of people on board and of capacities (module docstring), once every figure of the sentence is resolved:
    a predicate, a vessel or a place names this figure only, never the figures after it that continue its noun
    ("mengangkut 26 orang, terdiri atas 19 warga Indonesia ...", "201 (68%) were severe and 149 (50%) were ...")."""
    tables = s.lex.composed_labels
    if not tables:
        return
    for m in mentions:
        if m.measure != "other" or not m.valid or m.unit is not None or m.subject is None:
            continue
        m.subject = _people_label(s, m, tables) or m.subject
    name_killed_items(s, mentions)  # "menewaskan 16 pekerja, terdiri dari 10 tenaga kerja Indonesia": ... killed


def _people_label(s: SentenceView, m: Mention, tables: dict[str, PhraseTable[str]]) -> str | None:
    """The label of :func:`compose_people_labels` for the figure ``m``, None when no rule names one."""
    label = _status_part(s, m, tables)
    if label is None and (m.subject == "capacity" or _capacity_before(s, m, tables)):
        return _capacity(s, m, tables["owners"]) if "owners" in tables else None
    if label is None and m.subject in ILL_SUBJECTS:
        label = _ill(s, m, tables)
    if label is None and m.subject in ON_BOARD_SUBJECTS:
        label = _occupants(s, m, tables) or _on_board(s, m, tables)
        label = label or ("people on board" if voyage_companions(s, m) else None)  # "set out with 35 other people"
    if (
        label is None and all(n.subject_class == "people" for n in m.nouns) and any(not n.generic for n in m.nouns)
    ):  # an open group ("penumpang", "11 orang penambang"), never a closed one ("perempuan": women); a state verb
        # before it names it over a state after it, but for survival
        label = _state(s, m, tables)  # survivors stay ("mengevakuasi 7 ABK yang selamat")
        label = label if label in STATE_LABELS else object_state(s, m, tables, label) or label  # "mengevakuasi ..."
    label = label or object_state(s, m, tables)  # "menimbun sedikitnya 27 penambang": buried miners
    if label is None and m.subject in ABOARD_ROLES and _roles_joined(s, m):
        label = "people on board"
    return label or found_label(s, m, tables)  # "tim gabungan menemukan 21 korban"


def _after_classifier(s: SentenceView, m: Mention) -> str | None:
    """The label of a generic noun of its own right after the bare person classifier that follows the number
    ("delapan orang korban": casualties; not "tiga orang kerabat para korban")."""
    first = s.noun_at(m.num_end)
    second = s.noun_at(m.num_end + first[0]) if first is not None else None
    return second[1].label if second is not None and second[1] is m.nouns[1] else None


def _roles_joined(s: SentenceView, m: Mention) -> bool:
    """ "88 penumpang dan ABK", "212 passengers and crew": the figure counts both roles aboard together."""
    first = s.noun_at(m.num_end)
    j = m.num_end + first[0] if first is not None else len(s.words)
    second = s.noun_at(j + 1) if j < len(s.words) and s.words[j] in s.lex.list_joiners else None
    return first is not None and second is not None and {first[1].label, second[1].label} == ABOARD_ROLES


def _state(s: SentenceView, m: Mention, tables: dict[str, PhraseTable[str]]) -> str | None:
    """ "24 penumpang berhasil diselamatkan", "9 penumpang lainnya selamat", "Of the 14 migrants rescued": people of a
    group whose own predicate is a state that outlasts the group (``STATE_LABELS``) are counted by the state; not the
    whole a part is taken from ("dua dari 40 penumpang selamat")."""
    lists, words, n = tables.get("lists"), s.words, len(s.words)
    whole = s.lex.whole_before.match_ending(words, m.first) if m.first > 0 else None
    if lists is None or (whole is not None and _part_before(s, m.first - whole[0])):
        return None
    j = m.num_end
    while j < n:  # past the group's own nouns ("penumpang dan awak")
        noun = s.noun_at(j)
        if noun is None and words[j] not in s.lex.list_joiners and words[j] not in s.lex.others:
            break
        j += noun[0] if noun is not None else 1
    j = _past_group_tail(s, j)
    prefixes = tables.get("state_prefixes")
    while j < n and j < m.num_end + 10:
        named = prefixes.match(words, j) if prefixes is not None and words[j] in prefixes.firsts else None
        if named is not None:  # "Lima petani tertimbun longsor": buried farmers (a label of its own stays)
            return _state_group(m, named[1])
        found = s.measure_at(j) if s.kinds[j] == "w" else None
        if found is not None:
            state = found[1][1:]
            return state if state in STATE_LABELS or state in s.lex.cue("state_labels") else None
        lead = lists.match(words, j) if words[j] in lists.firsts else None
        if lead is None or lead[1] not in ("state_leads", "status_verbs"):
            return None
        j += lead[0]
    return None


def _state_group(m: Mention, state: str) -> str | None:
    """ "Lima petani tertimbun": buried farmers; "17 penonton pingsan" (a status of a role, already the subject
    fainted, or read as a participle after the noun, "23 spectators fainted": spectators fainted): fainted spectators.
    The state stands before the noun of the group's own (non-generic) people noun; a label of its own stays (None)."""
    group = open_group(m.nouns)
    if group is None or m.subject not in (group, state, f"{state} people", f"{group} {state}"):
        return None
    return f"{state} {group}"


def _past_group_tail(s: SentenceView, j: int) -> int:
    """Past what may follow a group's nouns before its predicate: modifiers of ``[cues] group_modifiers`` ("Lima
    penambang emas tradisional tertimbun") and a named place ("412 siswa di Kabupaten Sigi diduga keracunan")."""
    modifiers, places = s.lex.cues.get("group_modifiers"), s.lex.cues.get("group_place_words")
    words, texts, kinds, n = s.words, s.texts, s.kinds, len(s.words)
    while j < n and modifiers is not None and words[j] in modifiers:
        j += 1
    if j + 1 < n and places is not None and words[j] in places and texts[j + 1][:1].isupper():
        k = j + 1
        while k < n and kinds[k] == "w" and texts[k][:1].isupper() and k not in s.mention_firsts:
            k += 1
        return k
    return j


def _part_before(s: SentenceView, start: int) -> bool:
    """A figure of a part stands right before the whole's phrase that starts at token ``start`` ("dua dari 40
    penumpang", "two of the 40"); "Of the 14 migrants rescued" opens with the whole."""
    return any(start - 4 <= x < start for x in s.mention_firsts)


def _occupants(s: SentenceView, m: Mention, tables: dict[str, PhraseTable[str]]) -> str | None:
    """ "Lapas itu dihuni 1.712 orang", "kini diisi 2.410 orang": the people a verb of filling puts in a prison the
    sentence names before it are its inmates."""
    lists, owners = tables.get("lists"), tables.get("owners")
    if lists is None or owners is None or any(not noun.generic for noun in m.nouns):
        return None
    words = s.words
    for k in range(m.first - 1, max(-1, m.first - 3), -1):  # the verb, perhaps a time adverb after it ("kini")
        verb = lists.match_ending(words, k + 1) if words[k] in lists.lasts else None
        if verb is not None and verb[1] == "occupancy_verbs":
            owner = _capacity(s, m, owners)
            return "inmates" if owner == "prison capacity" else None
        if s.kinds[k] != "w":
            return None
    return None


def case_label(s: SentenceView, start: int, tables: dict[str, PhraseTable[str]]) -> str | None:
    """The label of a case count that starts at token ``start`` ("kasus suspek campak", "new cholera cases", "cases
    of cholera"): "cases" when no disease and no status make it more specific, None when no case noun is there.
    Statuses joined by a coordinator name no subset ("suspected, probable and confirmed cases": cases)."""
    words, n = s.words, len(s.words)
    lists, statuses, diseases = tables.get("lists"), tables.get("statuses"), tables.get("diseases")
    if lists is None or statuses is None or diseases is None:
        return None
    noun, found, disease, joined = False, set(), None, False
    j = start
    while j < min(n, start + CASE_REACH):
        w = words[j]
        role = lists.match(words, j) if w in lists.firsts else None
        status = statuses.match(words, j) if w in statuses.firsts else None
        named = diseases.match(words, j) if w in diseases.firsts and disease is None else None
        if role is not None and role[1] == "case_nouns" and not noun:
            noun, j = True, j + role[0]
        elif role is not None and role[1] == "case_skips":
            j += role[0]
        elif named is not None and (status is None or named[0] > status[0]):
            disease, j = named[1], j + named[0]
        elif status is not None:
            found.add(status[1])
            j += status[0]
        elif found and not noun and (w == "," or w in s.lex.coordinators):
            joined, j = True, j + 1  # "suspected and confirmed cases"
        elif noun and disease is None and w in s.lex.of_words:
            j += 1  # "cases of cholera"
        else:
            break
    if not noun:
        return None
    words_of_label = [st for st in STATUS_ORDER if st in found and not joined]
    return " ".join([*words_of_label, *kind_words(s.lex, disease), "cases"])


def _clause_start(s: SentenceView, m: Mention) -> int | None:
    """The first token of the clause of the predicate figure ``m`` (back over no punctuation, no figure, no
    apposition), None when it opens too far back."""
    words, kinds = s.words, s.kinds
    apposition, superlatives = s.lex.cue("apposition"), s.lex.cue("superlatives")
    start = m.first
    while start > 0:
        w = words[start - 1]
        if w in CLAUSE_PUNCT or w in (",", ".") or w in apposition or w in superlatives:
            return start
        if kinds[start - 1] == "n" and _counted(s, start - 1):
            return start
        if m.first - start >= CLAUSE_REACH:
            return None
        start -= 1
    return start


def _tally_civil(s: SentenceView, m: Mention) -> str | None:
    """ "Penderita DBD sepanjang Januari tercatat sebanyak 1.502 orang", "Penumpang KM X mencapai 130 orang": a
    predicate figure counted by a generic noun counts the civil people (``civil = true``: patients, passengers,
    pilgrims) its clause opens with, after a tally word ("jumlah"); a generic noun with a label of its own
    (``[cues] tally_generic_labels``: "Korban kebakaran kapal bertambah menjadi 4 orang": casualties) too."""
    noun = _opening_noun(s, m, after_tally_only=False)
    if noun is None:
        return None
    own = noun.civil and not noun.generic
    return noun.label if own or noun.label in s.lex.cue("tally_generic_labels") else None


def _tally_event(s: SentenceView, m: Mention) -> str | None:
    """ "Jumlah kecelakaan lalu lintas pada hari terakhir operasi sebesar 214 kasus": a predicate figure counted by an
    event classifier ("kasus", "kejadian") counts the events its clause opens with, after a tally word."""
    noun = _opening_noun(s, m, after_tally_only=True)
    if noun is None or noun.subject_class != "thing" or noun.generic or noun.label in EVENT_LABELS:
        return None
    return noun.label


def _opening_noun(s: SentenceView, m: Mention, after_tally_only: bool) -> NounInfo | None:
    """The counted noun the clause of the predicate figure ``m`` opens with, after a tally word ("jumlah") when
    there is one (only then with ``after_tally_only``), before the figure."""
    start = _clause_start(s, m)
    if start is None:
        return None
    words, lex = s.words, s.lex
    tally = lex.subject_cues.get("tally_words")
    opening = tally.match(words, start) if tally is not None and words[start] in tally.firsts else None
    if opening is None and after_tally_only:
        return None
    k = start + (opening[0] if opening is not None else 0)
    noun = s.noun_at(k) if k < m.first else None
    return noun[1] if noun is not None else None


def _tally_case(s: SentenceView, m: Mention, tables: dict[str, PhraseTable[str]]) -> str | None:
    """ "Kasus DBD hingga pekan ke-24 mencapai 18.407 kasus", "Dengue cases have reached 150,000": a predicate figure
    takes the label of the case count its clause opens with (no other figure, no apposition between: "Jumlah kasus
    ISPA di Riau yaitu Juli sebanyak 30.512 kasus" is an item of a breakdown by month)."""
    start = _clause_start(s, m)
    if start is None:
        return None
    for k in range(start, m.first):
        label = case_label(s, k, tables)
        if label is not None:
            return label  # the first case count of the clause ("cases" when it names no subset)
    return None


def _status_part(s: SentenceView, m: Mention, tables: dict[str, PhraseTable[str]]) -> str | None:
    """ "16 of the cases had been confirmed", "Of the 296 new cases, 201 (68%) were severe", "dari jumlah itu empat yang
    positif": a part of a case count that its predicate gives a status is the cases of that status."""
    lists, statuses, subject = tables.get("lists"), tables.get("statuses"), m.subject
    if lists is None or statuses is None or subject is None:
        return None
    while " " in subject and subject.split()[0] in STATUS_ORDER:  # its own predicate's status, not a later word's
        subject = subject.split(" ", 1)[1]
    if not subject.endswith("cases") or case_label(s, m.num_end, tables) is not None:
        return None  # "Four cases have been confirmed": a count of cases, not a part given a status
    if any(noun.subject_class not in THING_CLASSES for noun in m.nouns):
        return None  # "27 orang yang positif": people who tested positive, no part of a case count
    words, n = s.words, len(s.words)
    j = max(m.np_end, m.num_end)
    if j < n and words[j] == "(":  # "201 (68%) were severe"
        j = words.index(")", j) + 1 if ")" in words[j:] else n
    start = j
    while j < n and (verb := lists.match(words, j) if words[j] in lists.firsts else None) is not None:
        if verb[1] != "status_verbs":
            break
        j += verb[0]
    status = statuses.match(words, j) if j > start and j < n and words[j] in statuses.firsts else None
    return f"{status[1]} {subject}" if status is not None else None


def _counted(s: SentenceView, k: int) -> bool:
    """Token ``k`` is inside a figure of the sentence (not an ordinal: "hingga pekan ke-24 mencapai ...")."""
    return any(first <= k for first in s.mention_firsts if k - first < 4)


def _ill(s: SentenceView, m: Mention, tables: dict[str, PhraseTable[str]]) -> str | None:
    """ "11.000 warga terserang ISPA", "8.000 warga Kota X terjangkit ISPA": people who fall ill with a named disease
    are its cases."""
    words, kinds, n = s.words, s.kinds, len(s.words)
    lists, diseases = tables.get("lists"), tables.get("diseases")
    if lists is None or diseases is None:
        return None
    for j in range(m.num_end, min(n - 1, m.num_end + 6)):
        if kinds[j] != "w":
            return None
        verb = lists.match(words, j) if words[j] in lists.firsts else None
        if verb is not None and verb[1] in ("infection_verbs", "state_leads"):
            k = j + verb[0]
            skip = lists.match(words, k) if k < n and words[k] in lists.firsts else None
            k += skip[0] if skip is not None and skip[1] == "case_skips" else 0  # "terserang penyakit campak"
            named = diseases.match(words, k) if k < n and words[k] in diseases.firsts else None
            if named is None and k < n and words[k] in lists.firsts and _is_infection(lists.match(words, k)):
                continue  # "151 anak yang positif terpapar campak": the verb of falling ill follows
            if named is not None or verb[1] == "infection_verbs":  # "112 warga yang mengalami diare"
                return kind_cases(s.lex, named[1]) if named is not None else None
    return None


def _is_infection(hit: tuple[int, str] | None) -> bool:
    return hit is not None and hit[1] == "infection_verbs"


def _on_board(s: SentenceView, m: Mention, tables: dict[str, PhraseTable[str]]) -> str | None:
    """ "Pesawat itu membawa 12 orang", "a dinghy carrying nearly 45 people", "had 58 people aboard": the people a
    vessel carries (a verb of carrying right before the figure, a vessel before it in its clause), or people said to
    be aboard right after their noun."""
    lists, owners = tables.get("lists"), tables.get("owners")
    if lists is None or owners is None:
        return None
    if _aboard_after(s, m, lists) or (m.subject == "people" and _in_vessel(s, max(m.np_end, m.num_end), lists, owners)):
        return "people on board"
    words = s.words
    verb = lists.match_ending(words, m.first) if m.first > 0 and words[m.first - 1] in lists.lasts else None
    if verb is None or verb[1] != "carry_verbs":
        return None
    start = m.first - verb[0] - 1
    for k in range(start, max(-1, start - CLAUSE_REACH), -1):
        if k == start and words[k] == ",":
            continue  # "The boat, carrying about 600 people, had no engine": the verb opens an apposition
        if words[k] in CLAUSE_PUNCT or words[k] in (",", "."):
            return None
        if _vessel_at(words, k, owners):
            return "people on board"
    return None


def _aboard_after(s: SentenceView, m: Mention, lists: PhraseTable[str]) -> bool:
    """ "had 58 people aboard", "more than 190 people, 17 of them crew, were aboard": the people's predicate (past an
    aside between commas, after the verbs of a status) says they are on board."""
    words, n = s.words, len(s.words)
    j = max(m.np_end, m.num_end)
    if j < n and words[j] == "," and "," in words[j + 1 : j + 8]:
        j = words.index(",", j + 1) + 1  # ", 17 of them crew,"
    while j < n and words[j] in lists.firsts:
        found = lists.match(words, j)
        if found is None or found[1] not in ("status_verbs", "on_board_after"):
            return False
        if found[1] == "on_board_after":
            return True
        j += found[0]
    return False


def _in_vessel(s: SentenceView, j: int, lists: PhraseTable[str], owners: PhraseTable[str]) -> bool:
    """ "ada 61 orang di atas speedboat itu", "30 people inside the bus": a preposition of place (``on_board_preps``)
    and a vessel right after people a generic noun counts say they are on board (a group keeps its own noun: gold
    "membawa 63 imigran" are migrants)."""
    words = s.words
    prep = lists.match(words, j) if j < len(words) and words[j] in lists.firsts else None
    if prep is None or prep[1] != "on_board_preps":
        return False
    return _vessel_at(words, s.after_determiners(j + prep[0]), owners)


def _vessel_at(words: list[str], k: int, owners: PhraseTable[str]) -> bool:
    """Whether a vessel (an owner word of ``passenger``: *kapal*, *boat*) starts at word ``k``."""
    owner = owners.match(words, k) if k < len(words) and words[k] in owners.firsts else None
    return owner is not None and owner[1] == "passenger"


def _capacity_before(s: SentenceView, m: Mention, tables: dict[str, PhraseTable[str]]) -> bool:
    """A count of people right after a capacity phrase ("its rated load of 40 passengers") or a verb of carrying
    after a modal ("hanya boleh mengangkut maksimal 38 orang", "could carry no more than eight passengers"): a
    capacity, whatever noun counts it."""
    words, lists = s.words, tables.get("lists")
    k = s.before_determiners(m.first - 1)
    if k > 0 and words[k] in s.lex.of_words:
        k = s.before_determiners(k - 1)
    if k < 0 or lists is None:
        return False
    phrase = s.lex.other_verbs.match_ending(words, k + 1) if words[k] in s.lex.other_verbs.lasts else None
    if phrase is not None and phrase[1] == "capacity":
        return True
    verb = lists.match_ending(words, k + 1) if words[k] in lists.lasts else None
    if verb is not None and verb[1] == "capacity_phrases":
        return True  # "prisons built for 29,000 inmates"
    if verb is not None and verb[1] == "occupancy_verbs":
        return ideal_before(s, k + 1 - verb[0])  # "Idealnya, lapas itu menampung 230 orang"
    if verb is None or verb[1] != "carry_verbs" or k - verb[0] < 0:
        return False
    modal = lists.match_ending(words, k + 1 - verb[0]) if words[k - verb[0]] in lists.lasts else None
    return modal is not None and modal[1] == "capacity_modals"


def _capacity(s: SentenceView, m: Mention, owners: PhraseTable[str]) -> str | None:
    """ "Lapas itu dihuni 1.712 orang, padahal daya tampungnya hanya 980 orang": the capacity for people of what the
    sentence names before the figure (its first owner word; plain capacity for an owner of ``[cues]
    plain_capacity_owners``, a stadium's); not a capacity of things ("kapasitas 15 tempat tidur")."""
    if any(noun.subject_class in THING_CLASSES for noun in m.nouns):
        return None
    words = s.words
    for k in range(m.first):
        owner = owners.match(words, k) if words[k] in owners.firsts else None
        if owner is not None:
            plain = owner[1] in s.lex.cue("plain_capacity_owners")  # round 17: "Stadion berkapasitas 36.000 orang"
            return "capacity" if plain else f"{owner[1]} capacity"
    return None


__all__ = ["case_label", "compose_label", "compose_people_labels"]

"""A measure word of the clause before a joiner is not a later figure's when that figure has a predicate of its own.

"Seorang siswa tewas dan empat siswa lainnya mengalami trauma" (audit_id6: school roofs falling in): "tewas" is the
state of the unnumbered "seorang siswa" of the first clause; "empat siswa lainnya" has its own predicate
("mengalami trauma") and counts no dead. A figure with no predicate of its own still takes the word before it
("Tewas 3 orang dan 5 orang lainnya", "Korban tewas di Desa A dan Desa B mencapai 12 orang").
"""

from __future__ import annotations

from claims.extraction.mentions import Mention
from claims.extraction.reach_before import own_predicate
from claims.extraction.view import CLAUSE_PUNCT, SentenceView, syntax_list


def word_of_joined_clause(s: SentenceView, position: int, m: Mention, owned: set[int]) -> bool:
    """The measure word at ``position`` ends the clause of an unnumbered subject before it (no figure in the few words
    before it), a joiner ("dan", "serta") follows it at once, and figure ``m`` after the joiner has a predicate of its
    own that is no change of a tally: the word belongs to the clause before the joiner. A verb with its own object
    after it ("killed a farmer and his four children") or a figure that owns it ("17 terdakwa divonis mati dan 42
    ...") keeps it."""
    if _own_noun_measure(s, position, m):
        return True  # "57 kasus dirawat dan 3 kasus meninggal": the figure's own noun names another measure
    if any(position - _SUBJECT_REACH <= x < m.first for x in s.mention_firsts):
        return False  # "menewaskan 127 orang ... dan 129 orang", "17 terdakwa divonis mati dan 42 terdakwa ..."
    found = s.measure_at(position)
    k = position + (found[0] if found is not None else 1)
    while k < m.first and s.words[k] == ",":
        k += 1
    if k >= m.first or s.words[k] not in s.lex.list_joiners:
        return False
    k = m.num_end
    while k < len(s.words) and (k in owned or s.words[k] in s.lex.others):
        k += 1
    if k < len(s.words) and (s.words[k] in s.lex.change_words or s.words[k] in syntax_list(s, "bare_change_verbs")):
        return False
    return own_predicate(s, m.num_end, owned)


_SUBJECT_REACH = 5
"""How many words before the measure word a figure would be its owner ("17 terdakwa divonis mati")."""


def _own_noun_measure(s: SentenceView, position: int, m: Mention) -> bool:
    """Figure ``m`` is an item after a joiner ("dan", a comma) whose own counted noun names a measure other than the
    word at ``position`` before it: Dinkes and Kemenkes bulletins list "n kasus dirawat dan m kasus meninggal", "n
    korban luka dan m korban tewas"; the item keeps its noun's measure."""
    found = s.measure_at(position)
    joined = m.first > 0 and (s.words[m.first - 1] in s.lex.list_joiners or s.words[m.first - 1] == ",")
    if found is None or not joined:
        return False
    return any(n.measure is not None and n.measure != found[1] for n in m.nouns)


def other_clause(s: SentenceView, other: Mention, position: int, m: Mention) -> bool:
    """Figure ``other`` (before ``m``) stands in another clause than the measure word at ``position`` that ``m`` would
    take: a comma or a clause's punctuation between them. A figure before the word and in its clause owns it, even
    when an aside or a comma then parts it from ``m`` ("Seven people died in Sukkur, police said, and 170 patients
    were treated": the word is the seven's, not the patients')."""
    end = position if other.last <= position else m.first
    return any(w in CLAUSE_PUNCT or w == "," for w in s.words[other.last : end])

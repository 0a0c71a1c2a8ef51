"""The missing found dead (round 11, h16id_b: SAR reports from Maluku Utara, NTT and Sulawesi): "dua korban hilang
yang ditemukan dalam keadaan meninggal dunia", "tiga warga hilang yang ditemukan tewas". The missing state is the
figure's old state, a relative clause right after it names the new one: the figure counts the dead, not the missing
(``clauses.died_after`` reads the same without the relative word: "lima korban hilang ditemukan tewas")."""

from __future__ import annotations

from claims.extraction.view import SentenceView


def missing_found_dead(s: SentenceView, position: int) -> bool:
    """A ``missing`` word at token ``position``, a relative word right after it, then a ``killed`` word."""
    first = s.measure_at(position)
    if first is None or first[1] != "missing":
        return False
    k = position + first[0]
    if k + 1 >= len(s.words) or s.words[k] not in s.lex.relative_words:
        return False
    later = s.measure_at(k + 1)
    return later is not None and later[1] == "killed"

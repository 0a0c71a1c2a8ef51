"""Stage 4: who a sentence attributes its figures to ("menurut X", "X said")."""

from __future__ import annotations

from claims.extraction.view import SentenceView


def attribution(s: SentenceView) -> str | None:
    lex = s.lex
    words, kinds = s.words, s.kinds
    n = len(words)
    stops = lex.attribution_stops
    firsts = s.tables.attribution_firsts
    if firsts.isdisjoint(s.word_set):
        return None  # most sentences: no attribution word at all
    before_firsts, qualifier_firsts = lex.attribution_before.firsts, lex.qualifiers.firsts
    for j in range(n):  # a plain loop: compiled by mypyc, faster than an iterator over the positions
        if words[j] not in firsts:
            continue  # only an attribution word opens or closes a source
        found = lex.attribution_before.match(words, j) if words[j] in before_firsts else None
        if found is not None:
            k = j + found[0]
            phrase: list[int] = []  # token indices
            while k < n and len(phrase) < 8:
                w = words[k]
                if (kinds[k] == "p" and w not in {"-", "'", "\u2019", "&"}) or w in stops:
                    break
                if s.measure_at(k) is not None or (w in before_firsts and lex.attribution_before.match(words, k)):
                    break
                if k > j + found[0] and w in qualifier_firsts and lex.qualifiers.match(words, k) is not None:
                    break
                if kinds[k] == "n":
                    break
                phrase.append(k)
                k += 1
            if phrase and any(kinds[t] == "w" for t in phrase):
                return s.text[s.starts[phrase[0]] : s.ends[phrase[-1]]]
        found_after = lex.attribution_after.match(words, j) if words[j] in lex.attribution_after.firsts else None
        if found_after is not None and j > 0:
            k = j - 1
            phrase = []
            while k >= 0 and len(phrase) < 8:
                w = words[k]
                if (kinds[k] == "p" and w not in {"-", "'", "\u2019", "&", "."}) or (
                    w in stops and w not in lex.of_words
                ):
                    break
                if kinds[k] == "n":
                    break
                phrase.append(k)
                k -= 1
            phrase.reverse()
            while phrase and (words[phrase[0]] in lex.attribution_trim or kinds[phrase[0]] == "p"):
                phrase.pop(0)
            if phrase and any(kinds[t] == "w" for t in phrase) and len(phrase) < 8:
                return s.text[s.starts[phrase[0]] : s.ends[phrase[-1]]]
    return None

"""claimReviewed: a short quote of the claim that keeps its verb (schema.org asks < 75 characters)."""

from __future__ import annotations

import pytest

from claims.claimreview import CLAIM_REVIEWED_MAX, claim_reviewed_text
from claims.models import Claim

BRIEFING = (
    "The Interior Ministry said on Friday that 18 police officers were killed and 748 were injured in the clashes "
    "across the country."
)
RELEASED = (
    "Police detained more than 2,200 people across the country over the weekend, and a court later released 748 "
    "of them."
)
LONG_CLAUSE = (
    "Rescuers pulled 27 bodies from the mud and debris of the collapsed hillside villages above the river valley "
    "overnight."
)


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        ("At least 12 people were killed in the floods.", "12", "At least 12 people were killed in the floods."),
        (BRIEFING, "18", "18 police officers were killed"),
        (BRIEFING, "748", "748 were injured in the clashes across the country."),
        (RELEASED, "748", "a court later released 748 of them."),
        (RELEASED, "more than 2,200", "Police detained more than 2,200 people across the country over the weekend"),
        (
            "Menurut data BNPB yang dirilis pada Senin malam, jumlah korban tewas akibat banjir bandang bertambah "
            "menjadi 67 orang.",
            "67",
            "jumlah korban tewas akibat banjir bandang bertambah menjadi 67 orang.",
        ),
        (
            "Officials in the northern province said that between 10 and 20 people were killed when the dam burst.",
            "between 10 and 20",
            "between 10 and 20 people were killed when the dam burst.",
        ),
        (LONG_CLAUSE, "27", "Rescuers pulled 27 bodies from the mud and debris of the collapsed\u2026"),
    ],
)
def test_claim_reviewed_is_the_figures_clause(sentence, text, expected):
    claim = Claim(sentence=sentence, text=text)

    quoted = claim_reviewed_text(claim)

    assert quoted == expected
    assert len(quoted) <= CLAIM_REVIEWED_MAX
    assert text in quoted


def test_a_figure_far_into_a_long_clause_is_quoted_from_as_early_a_word_as_fits():
    sentence = (
        "After a week of searching the flooded districts along the coast the national disaster agency finally "
        "counted 3,100 displaced people in the shelters."
    )
    quoted = claim_reviewed_text(Claim(sentence=sentence, text="3,100"))

    assert quoted == "disaster agency finally counted 3,100 displaced people in the shelters."


def test_a_breakdown_item_is_quoted_with_the_verb_of_its_total():
    sentence = (
        "Forty-one people died in the floods, including 19 children from two villages, "
        "the regional governor said on Sunday."
    )
    quoted = claim_reviewed_text(Claim(sentence=sentence, text="19"))

    assert quoted == "people died in the floods, including 19 children from two villages"


def test_two_figures_in_one_long_clause_each_keep_their_verb():
    sentence = (
        "Tim SAR gabungan terus menyisir lereng gunung setelah banjir lahar dingin yang telah menewaskan "
        "puluhan orang dan menghanyutkan lebih dari 1.500 rumah warga."
    )
    for text in ("puluhan", "lebih dari 1.500"):
        quoted = claim_reviewed_text(Claim(sentence=sentence, text=text))
        assert quoted == "menewaskan puluhan orang dan menghanyutkan lebih dari 1.500 rumah warga."


def test_when_even_the_rest_of_the_clause_is_too_long_the_quote_starts_just_before_the_figure():
    sentence = (
        "In the report published by the provincial disaster mitigation agency late on Thursday evening officials "
        "said police had evacuated 2,340 residents from the riverside settlements of the old town and the "
        "surrounding villages upstream."
    )
    quoted = claim_reviewed_text(Claim(sentence=sentence, text="2,340"))

    assert quoted.startswith("had evacuated 2,340 residents")
    assert quoted.endswith("\u2026") and len(quoted) <= CLAIM_REVIEWED_MAX

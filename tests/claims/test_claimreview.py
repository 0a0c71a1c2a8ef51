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


def test_a_figure_far_into_a_long_clause_is_quoted_from_the_figure():
    sentence = (
        "After a week of searching the flooded districts along the coast the national disaster agency finally "
        "counted 3,100 displaced people in the shelters."
    )
    quoted = claim_reviewed_text(Claim(sentence=sentence, text="3,100"))

    assert quoted == "3,100 displaced people in the shelters."

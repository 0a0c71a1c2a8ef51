"""Every verdict carries its explanation: stored by checks and reviews, exported with `place`."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from claims import services
from claims.models import Claim, Verdict
from tests.factories import ArticleFactory, ClaimFactory, EditorFactory, EventFactory, SourceFactory

pytestmark = pytest.mark.django_db

BODY_ID = "Sedikitnya 12 orang tewas dalam banjir itu, kata BPBD."
BODY_EN = "Twelve people were killed in the floods, the ministry said."


@pytest.fixture
def pair():
    event = EventFactory(name="Floods")
    indonesian = ClaimFactory(
        article=ArticleFactory(source=SourceFactory(name="Kabar Harian"), body=BODY_ID, language="id"),
        event=event, start=11, end=13, low=12, high=None, qualifier="at_least", language="id",
    )  # fmt: skip
    english = ClaimFactory(
        article=ArticleFactory(source=SourceFactory(name="The Ministry"), body=BODY_EN, language="en"),
        event=event, start=0, end=6, value=12, low=12, high=12, language="en", place="",
    )  # fmt: skip
    return indonesian, english


def test_a_batch_check_stores_each_verdicts_sentence_in_its_claims_language(pair):
    indonesian, english = pair

    services.claims_verify(claim_ids=[indonesian.pk, english.pk])

    assert Verdict.objects.get(claim=indonesian).explanation == (
        "Didukung: The Ministry melaporkan 12 orang tewas pada 7 Januari, yang memastikan angkanya 12."
    )
    assert Verdict.objects.get(claim=english).explanation == (
        "Unverified: Kabar Harian reported at least 12 people killed on 7 January, which is consistent with 12 but "
        "does not confirm it."
    )


def test_a_single_check_stores_the_sentence_too(pair):
    verdict = services.claim_verify(claim_id=pair[1].pk)
    assert verdict.explanation.startswith("Unverified: Kabar Harian reported at least 12")


def test_an_unchanged_result_with_new_words_is_reworded_in_place(pair):
    english = pair[1]
    first = services.claim_verify(claim_id=english.pk)
    Verdict.objects.filter(pk=first.pk).update(explanation="")  # a verdict from before explanations

    again = services.claim_verify(claim_id=english.pk)

    assert again.pk == first.pk
    assert Verdict.objects.filter(claim=english).count() == 1
    assert again.explanation.startswith("Unverified: Kabar Harian reported")


def test_a_confirmed_verdict_keeps_the_automatic_reasons_and_an_override_gives_the_editors(pair):
    indonesian, english = pair
    services.claims_verify(claim_ids=[indonesian.pk, english.pk])
    editor = EditorFactory()

    confirmed = services.verdict_review(claim=english, reviewer=editor, action="confirm")
    overridden = services.verdict_review(
        claim=indonesian, reviewer=editor, action="override", label="supported", rationale="BNPB mengonfirmasi 12."
    )

    assert confirmed.explanation == Verdict.objects.filter(claim=english, review_state="auto").get().explanation
    assert overridden.explanation == "Didukung (tinjauan editor): BNPB mengonfirmasi 12."


def test_export_json_has_place_and_explanation_for_every_claim(pair):
    indonesian, _ = pair
    ClaimFactory(
        article=ArticleFactory(body="Di Agam, 12 orang tewas.", language="id"),
        event=indonesian.event, start=9, end=11, place="Kabupaten Agam", language="id",
    )  # fmt: skip
    services.claims_verify(claim_ids=list(indonesian.event.claims.values_list("pk", flat=True)))
    out = io.StringIO()

    call_command("export_verdicts", "--format", "json", stdout=out)

    rows = json.loads(out.getvalue())
    assert len(rows) == 3
    assert sorted(row["place"] or "" for row in rows) == ["", "", "Kabupaten Agam"]
    assert all(row["explanation"] for row in rows)
    by_language = {row["text"]: row["explanation"] for row in rows}
    assert by_language["12"].startswith(("Belum terverifikasi", "Didukung", "Dibantah", "Simpang siur", "Usang"))
    assert by_language["Twelve"].startswith(("Unverified", "Supported", "Contradicted", "Mixed", "Outdated"))


def test_export_claimreview_holds_only_published_claims(pair, settings):
    settings.FACTCHECK_SITE_URL = "https://cekfakta.example.id/"
    indonesian, english = pair
    services.claims_verify(claim_ids=[indonesian.pk, english.pk])
    services.verdict_review(claim=english, reviewer=EditorFactory(), action="confirm")
    out = io.StringIO()

    call_command("export_verdicts", "--format", "claimreview", stdout=out)

    (review,) = json.loads(out.getvalue())
    assert review["url"] == f"https://cekfakta.example.id/cek-fakta/{english.pk}/"
    assert review["claimReviewed"] == BODY_EN
    assert review["reviewBody"].startswith("Unverified: Kabar Harian reported at least 12 people killed")


def test_the_admin_shows_the_explanation_on_the_claim_and_the_verdict(pair, admin_client):
    english = pair[1]
    verdict = services.claim_verify(claim_id=english.pk)

    claim_page = admin_client.get(f"/admin/claims/claim/{english.pk}/change/").content.decode()
    verdict_page = admin_client.get(f"/admin/claims/verdict/{verdict.pk}/change/").content.decode()

    assert f'<p class="verdict-explanation" id="verdict-explanation">{verdict.explanation}</p>' in claim_page
    assert verdict.explanation in verdict_page


def test_an_editors_verdict_from_before_explanations_is_exported_with_its_rationale(pair):
    english = pair[1]
    services.claim_verify(claim_id=english.pk)
    reviewed = services.verdict_review(
        claim=english, reviewer=EditorFactory(), action="override", label="mixed", rationale="Two counts differ"
    )
    Verdict.objects.filter(pk=reviewed.pk).update(explanation="")
    out = io.StringIO()

    call_command("export_verdicts", "--format", "claimreview", stdout=out)

    (review,) = json.loads(out.getvalue())
    assert review["reviewBody"] == "Mixed (editor review): Two counts differ."


@pytest.mark.django_db(transaction=True)
def test_every_verdict_of_the_demo_story_is_explained_in_its_claims_language():
    from claims.management.commands.load_demo import DEMO_FILE
    from claims.verification.explain import LABEL_WORDS

    call_command("ingest", str(DEMO_FILE), stdout=io.StringIO())
    out = io.StringIO()
    call_command("export_verdicts", "--format", "json", stdout=out)

    rows = json.loads(out.getvalue())
    languages = {
        (url, text): language for url, text, language in Claim.objects.values_list("article__url", "text", "language")
    }
    assert rows and all("place" in row for row in rows)
    for row in rows:
        language = "id" if languages[(row["article_url"], row["text"])] == "id" else "en"
        assert row["explanation"].startswith(LABEL_WORDS[language][row["verdict"]] + ": "), row

"""What an article's claims are held to before they are stored (claims/bounds.py): bounded
sentences, and an out-of-range figure dropped alone, never the article (issue 13)."""

from __future__ import annotations

import logging

import pytest

from claims import services
from claims.bounds import MAX_CONTEXT_CHARS, bounded_context, figure_in_range
from claims.extraction.sentences import MAX_SENTENCE_CHARS, split_sentences
from sources.models import Article

pytestmark = pytest.mark.django_db


def ingest(body: str, url: str = "https://wire.example.com/hostile"):
    return services.article_ingest(
        url=url,
        title="Figures",
        body=body,
        published_at="2022-01-07T09:00:00+00:00",
        source_name="Wire",
        source_domain="wire.example.com",
        language="id",
        event_name="Banjir",
    )


@pytest.mark.parametrize("zeros", [400, 20], ids=["no float holds it", "beyond the stored bound"])
def test_a_figure_too_large_is_dropped_and_the_article_keeps_the_rest(
    django_capture_on_commit_callbacks, caplog, zeros
):
    body = "Sebanyak 1" + "0" * zeros + " orang tewas dalam banjir. Sebanyak 14 orang hilang di hulu sungai."
    with caplog.at_level(logging.WARNING, logger="claims.bounds"), django_capture_on_commit_callbacks(execute=True):
        result = ingest(body)
    article = Article.objects.get(pk=result.article.pk)
    assert article.extraction_status == Article.Status.DONE
    assert [(claim.measure, claim.low) for claim in article.claims.all()] == [("missing", 14)]
    if zeros == 20:  # the extractor drops what no float holds; the bound drops the rest, logged
        assert f"claim dropped in article {article.pk}" in caplog.text


def test_a_comma_list_article_stores_bounded_sentences(django_capture_on_commit_callbacks):
    body = ", ".join(f"{n} orang tewas di desa ke-{n}" for n in range(2, 400))
    with django_capture_on_commit_callbacks(execute=True):
        result = ingest(body)
    article = Article.objects.get(pk=result.article.pk)
    assert article.extraction_status == Article.Status.DONE
    sentences = list(article.claims.values_list("sentence", flat=True))
    assert len(sentences) > 100
    assert max(map(len, sentences)) <= MAX_CONTEXT_CHARS
    # Every claim's context is a bounded part of the text, not the whole 10 KB list.
    assert sum(map(len, sentences)) < len(sentences) * MAX_CONTEXT_CHARS


def test_an_article_with_more_claims_than_the_limit_fails_with_the_reason(settings, django_capture_on_commit_callbacks):
    settings.FACTCHECK_MAX_CLAIMS_PER_ARTICLE = 5
    body = ". ".join(f"Sebanyak {n} orang tewas di desa ke-{n}" for n in range(2, 12)) + "."
    with django_capture_on_commit_callbacks(execute=True):
        result = ingest(body)
    article = Article.objects.get(pk=result.article.pk)
    assert article.extraction_status == Article.Status.FAILED
    assert "FACTCHECK_MAX_CLAIMS_PER_ARTICLE" in article.extraction_error
    assert article.claims.count() == 0


def test_a_sentence_may_start_with_a_digit():
    text = "Banjir melanda tiga desa. 18 orang tewas. 40 rumah rusak! 7 hilang."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Banjir melanda tiga desa.",
        "18 orang tewas.",
        "40 rumah rusak!",
        "7 hilang.",
    ]
    english = "Floods hit the valley. 12 people died. 300 homes were damaged."
    assert len(split_sentences(english)) == 3


def test_abbreviations_and_list_markers_before_a_digit_do_not_split():
    text = "Korban di Jl. 5 Mei bertambah. 3. 40 rumah rusak."
    assert [text[s:e] for s, e in split_sentences(text)] == ["Korban di Jl. 5 Mei bertambah.", "3. 40 rumah rusak."]


@pytest.mark.parametrize("separator", [", ", "; ", " ", ""])
def test_no_sentence_is_longer_than_the_bound(separator):
    text = separator.join(["12 orang tewas"] * 2000)
    spans = split_sentences(text)
    assert max(end - start for start, end in spans) <= MAX_SENTENCE_CHARS
    # Nothing is lost between the pieces: only separators lie outside them.
    covered = "".join(text[start:end] for start, end in spans)
    assert covered.replace(" ", "").replace(",", "").replace(";", "") == text.replace(" ", "").replace(",", "").replace(
        ";", ""
    )


def test_a_long_comma_list_is_cut_at_a_comma():
    text = ", ".join(["12 orang tewas"] * 200)
    _, first_end = split_sentences(text)[0]
    assert text[first_end - 1] == ","


def test_bounded_context_keeps_the_figure_inside_the_window():
    sentence = "x " * 1500 + "18 orang tewas" + " y" * 1500
    window = bounded_context(sentence, "18 orang tewas")
    assert len(window) <= MAX_CONTEXT_CHARS
    assert "18 orang tewas" in window
    assert window.startswith("\u2026") and window.endswith("\u2026")
    assert bounded_context("18 orang tewas.", "18") == "18 orang tewas."


@pytest.mark.parametrize(
    "value,ok", [(None, True), (0, True), (10**15, True), (10**15 + 1, False), (10**400, False), (float("inf"), False)]
)
def test_figures_in_range(value, ok):
    assert figure_in_range(value) is ok

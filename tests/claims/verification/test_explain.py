"""The one-sentence explanation of each verdict, in the claim's language (DESIGN 5 v2)."""

from __future__ import annotations

import datetime

import pytest

from claims.verification import ClaimFacts, VerifySettings, review_sentence, verify
from claims.verification.explain import figure, interval_text, number
from claims.verification.intervals import INF, Interval
from tests.claims.verification.builders import claim

SETTINGS = VerifySettings()
MAY = datetime.date(2024, 5, 11)


def on(day: int) -> datetime.date:
    return MAY + datetime.timedelta(days=day - 11)


def report(low: float, high: float | None = None, *, source: str, day: int = 11, **overrides) -> ClaimFacts:
    fields = {"as_of": on(day), "source_name": source, "subject": "people", "measure": "missing"}
    fields.update(overrides)
    return claim(low, INF if high is None and fields.get("qualifier") == "at_least" else high, **fields)


def the_claim(low: float, high: float | None = None, *, language: str, **overrides) -> ClaimFacts:
    return report(low, high, source="Harian Padang", language=language, **overrides)


# --- each label, in each language ----------------------------------------------------------

CASES = [
    (
        "supported by two reports that pin the figure",
        dict(low=18, measure="killed", subject="police"),
        [
            dict(low=18, high=None, qualifier="at_least", source="the Interior Ministry", day=10, measure="killed",
                 subject="police"),
            dict(low=18, source="the President's office", day=12, measure="killed", subject="police"),
        ],
        "supported",
        "Supported: the Interior Ministry reported at least 18 police killed on 10 May and the President's office "
        "reported 18 on 12 May, which pins the figure at 18.",
        "Didukung: the Interior Ministry melaporkan sedikitnya 18 polisi tewas pada 10 Mei dan the President's "
        "office melaporkan 18 pada 12 Mei, yang memastikan angkanya 18.",
    ),
    (
        "outdated stock: agreeing report, then a newer higher one",
        dict(low=41),
        [dict(low=41, source="BNPB"), dict(low=52, source="the wire", day=13)],
        "outdated",
        "Outdated: BNPB reported 41 people missing on 11 May, but the wire reported 52 people missing on 13 May, "
        "higher than the claim's 41, so the figure has moved on.",
        "Usang: BNPB melaporkan 41 orang hilang pada 11 Mei, tetapi the wire melaporkan 52 orang hilang pada 13 Mei, "
        "lebih tinggi dari 41 dalam klaim, sehingga angkanya sudah berubah.",
    ),
    (
        "outdated stock that fell",
        dict(low=52),
        [dict(low=30, source="BNPB", day=14)],
        "outdated",
        "Outdated: BNPB reported 30 people missing on 14 May, lower than the claim's 52, so the figure has moved on.",
        "Usang: BNPB melaporkan 30 orang hilang pada 14 Mei, lebih rendah dari 52 dalam klaim, sehingga angkanya "
        "sudah berubah.",
    ),
    (
        "contradicted by one report",
        dict(low=18, measure="killed"),
        [dict(low=12, source="the ministry", measure="killed")],
        "contradicted",
        "Contradicted: the ministry reported 12 people killed on 11 May, which rules out 18.",
        "Dibantah: the ministry melaporkan 12 orang tewas pada 11 Mei, yang menyangkal angka 18.",
    ),
    (
        "mixed: one report fits, another does not",
        dict(low=18, measure="killed"),
        [dict(low=18, source="the ministry", measure="killed"), dict(low=20, source="the wire", measure="killed")],
        "mixed",
        "Mixed: the ministry reported 18 people killed on 11 May, but the wire reported 20 people killed on 11 May, "
        "so credible sources disagree.",
        "Simpang siur: the ministry melaporkan 18 orang tewas pada 11 Mei, tetapi the wire melaporkan 20 orang tewas "
        "pada 11 Mei, sehingga sumber tepercaya tidak sepakat.",
    ),
    (
        "unverified: consistent, not conclusive",
        dict(low=18, measure="killed"),
        [dict(low=18, high=None, qualifier="at_least", source="the wire", measure="killed")],
        "unverified",
        "Unverified: the wire reported at least 18 people killed on 11 May, which is consistent with 18 but does not "
        "confirm it.",
        "Belum terverifikasi: the wire melaporkan sedikitnya 18 orang tewas pada 11 Mei, yang sejalan dengan 18 "
        "tetapi belum memastikannya.",
    ),
    (
        "unverified: only a source below the threshold",
        dict(low=18, measure="killed"),
        [dict(low=18, source="an anonymous account", measure="killed", reliability=0.1)],
        "unverified",
        "Unverified: an anonymous account reported 18 people killed on 11 May, but that source is below the "
        "credibility threshold, so it decides nothing.",
        "Belum terverifikasi: an anonymous account melaporkan 18 orang tewas pada 11 Mei, tetapi sumber itu kurang "
        "tepercaya, sehingga tidak menentukan apa pun.",
    ),
    (
        "unverified: nobody else reported it",
        dict(low=18, measure="killed"),
        [],
        "unverified",
        "Unverified: no other source reported this figure for the event.",
        "Belum terverifikasi: tidak ada sumber lain yang melaporkan angka ini untuk peristiwa tersebut.",
    ),
    (
        "a place in a breakdown, confirmed by the regency's own count",
        dict(low=19, measure="killed", place="Agam"),
        [
            dict(low=41, source="BNPB", measure="killed"),
            dict(low=19, source="BPBD Agam", measure="killed", place="Kabupaten Agam"),
        ],
        "supported",
        "Supported: BPBD Agam reported 19 people killed in Kabupaten Agam on 11 May, which pins the figure at 19.",
        "Didukung: BPBD Agam melaporkan 19 orang tewas di Kabupaten Agam pada 11 Mei, yang memastikan angkanya 19.",
    ),
]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "id"])
@pytest.mark.parametrize(
    ("name", "claimed", "evidence", "label", "english", "indonesian"), CASES, ids=[c[0] for c in CASES]
)
def test_the_explanation_names_sources_and_dates_in_the_claims_language(
    name, claimed, evidence, label, english, indonesian, language
):
    claimed = dict(claimed)
    verified = the_claim(claimed.pop("low"), language=language, **claimed)
    reports = [report(item.pop("low"), item.pop("high", item.get("low")), **item) for item in map(dict, evidence)]

    result = verify(verified, reports, SETTINGS)

    assert result.label == label
    assert result.explanation == (indonesian if language == "id" else english)


def test_a_stock_nobody_else_counted_that_day_says_other_days_cannot_decide_it():
    verified = the_claim(41, language="id")
    older = report(60, source="Harian Minang", day=10)

    assert verify(verified, [older], SETTINGS).explanation == (
        "Belum terverifikasi: tidak ada sumber lain yang melaporkan angka ini untuk peristiwa tersebut pada 11 Mei; "
        "angka dari hari lain tidak dapat memastikan atau membantahnya."
    )


def test_a_claim_in_another_language_is_explained_in_english():
    verified = the_claim(18, language="fr", measure="killed")
    assert verify(verified, [], SETTINGS).explanation.startswith("Unverified: ")


def test_an_undated_claim_says_why_nothing_was_compared():
    verified = the_claim(18, language="en", as_of=None)
    assert verify(verified, [report(18, source="BNPB")], SETTINGS).explanation == (
        "Unverified: the figure has no date, so no other report can be set against it."
    )


def test_a_cited_authority_is_named_but_not_when_it_is_the_publisher_itself():
    wire = report(52, source="the wire", attributed_to="BNPB", day=13)
    agency = report(41, source="BNPB", attributed_to="BNPB")
    verified = the_claim(41, language="en")

    text = verify(verified, [agency, wire], SETTINGS).explanation

    assert "the wire, citing BNPB, reported 52" in text
    assert "BNPB reported 41" in text and "BNPB, citing" not in text


def test_an_older_year_is_written_out():
    verified = the_claim(18, language="en", measure="killed")
    last_year = report(5, source="the archive", measure="killed", as_of=datetime.date(2023, 5, 11))
    assert "on 11 May 2023" in verify(verified, [last_year], SETTINGS).explanation


def test_at_most_three_reports_are_named():
    verified = the_claim(18, language="en", measure="killed")
    reports = [report(18, source=f"outlet {n}", measure="killed", reliability=0.6 + n / 100) for n in range(6)]

    text = verify(verified, reports, SETTINGS).explanation

    assert text.count(" reported ") <= 3
    assert "outlet 5" in text  # the most reliable first


def test_several_reports_that_exclude_the_claim_are_named():
    verified = the_claim(30, 40, language="en", measure="killed", qualifier="range")
    reports = [
        report(20, None, source="the wire", measure="killed", qualifier="at_least", subject="police", day=12),
        report(0, 25, source="the ministry", measure="killed", qualifier="at_most", value=25, day=12),
    ]
    result = verify(verified, reports, SETTINGS)

    assert result.label == "contradicted"
    assert result.explanation == (
        "Contradicted: the ministry reported up to 25 people killed on 12 May, which rules out 30 to 40."
    )
    reports[0] = report(45, None, source="the wire", measure="killed", qualifier="at_least", day=10)
    assert verify(verified, reports, SETTINGS).explanation == (
        "Contradicted: the wire reported at least 45 people killed on 10 May and the ministry reported up to 25 "
        "on 12 May, which rule out 30 to 40."
    )


def test_the_explanation_does_not_count_in_the_fingerprint():
    verified = the_claim(18, language="en", measure="killed")
    english = verify(verified, [], SETTINGS)
    indonesian = verify(the_claim(18, language="id", measure="killed", id=verified.id), [], SETTINGS)
    assert english.explanation != indonesian.explanation
    assert english.fingerprint() == indonesian.fingerprint()


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        (2200, "en", "2,200"),
        (2200, "id", "2.200"),
        (2.5, "en", "2.5"),
        (2.5, "id", "2,5"),
        (1_000_000, "id", "1.000.000"),
    ],
)
def test_numbers_are_written_the_languages_way(value, language, expected):
    assert number(value, language) == expected


@pytest.mark.parametrize(
    ("qualifier", "low", "high", "value", "english", "indonesian"),
    [
        ("exact", 18, 18, 18, "18", "18"),
        ("more_than", 2201, None, 2200, "more than 2,200", "lebih dari 2.200"),
        ("less_than", 0, 17, 18, "fewer than 18", "kurang dari 18"),
        ("about", 1800, 2200, 2000, "about 2,000", "sekitar 2.000"),
        ("nearly", 360, 399, 400, "nearly 400", "hampir 400"),
        ("range", 10, 20, None, "10 to 20", "10 hingga 20"),
        ("vague", 20, 99, None, "20 to 99", "20 hingga 99"),
    ],
)
def test_figures_read_as_the_report_stated_them(qualifier, low, high, value, english, indonesian):
    stated = claim(low, INF if high is None else high, qualifier=qualifier, value=value)
    assert (figure(stated, "en"), figure(stated, "id")) == (english, indonesian)


def test_interval_text_reads_open_ends():
    assert interval_text(Interval(0, 25), "en") == "at 25 or fewer"
    assert interval_text(Interval(2.5, INF, lo_open=True), "id", "percent") == "di atas 2,5%"
    assert interval_text(Interval(2150, 2250), "id") == "antara 2.150 dan 2.250"


def test_an_editors_verdict_is_explained_by_the_rationale_in_the_claims_language():
    assert review_sentence("outdated", "BNPB raised the count to 52 on 13 May", "id") == (
        "Usang (tinjauan editor): BNPB raised the count to 52 on 13 May."
    )
    assert review_sentence("mixed", "Two agencies disagree.", "en") == "Mixed (editor review): Two agencies disagree."

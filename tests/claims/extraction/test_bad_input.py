"""Refused and awkward input: a clear ExtractionError, or claims without a crash."""

from __future__ import annotations

import pytest

from claims.extraction import DEFAULT_MAX_CHARS, ExtractionError, extract


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n"])
def test_empty_text_is_refused(text: str) -> None:
    with pytest.raises(ExtractionError, match="empty"):
        extract(text, "id")


def test_nul_bytes_are_refused() -> None:
    with pytest.raises(ExtractionError, match="NUL"):
        extract("12 orang tewas\x00\x00", "id")


def test_binary_bytes_are_refused() -> None:
    with pytest.raises(ExtractionError, match=r"UTF-8|binary"):
        extract(bytes(range(128, 256)) * 4, "id")  # type: ignore[arg-type]


def test_mostly_control_characters_are_refused() -> None:
    garbage = "".join(chr(c) for c in range(1, 9)) * 50 + "12 tewas"
    with pytest.raises(ExtractionError, match="binary"):
        extract(garbage, "id")


def test_undecodable_replacement_characters_are_refused() -> None:
    with pytest.raises(ExtractionError, match="binary"):
        extract("\ufffd" * 500 + " 5 orang", "id")


def test_non_string_is_refused() -> None:
    with pytest.raises(ExtractionError, match="string"):
        extract(12345, "id")  # type: ignore[arg-type]


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ExtractionError, match="unsupported language"):
        extract("12 personnes tuées", "fr")


def test_ten_megabytes_is_refused_with_the_size_and_the_limit_in_the_message() -> None:
    # The size is checked before any sentence is read (check_text); how fast that is belongs to bench/, not here.
    big = "Sebanyak 12 orang tewas dalam banjir. " * (10_000_000 // 38 + 1)
    assert len(big) > 10_000_000 > DEFAULT_MAX_CHARS
    with pytest.raises(ExtractionError, match="max_chars") as refused:
        extract(big, "id")
    assert f"{len(big):,} characters" in str(refused.value)
    assert f"limit of {DEFAULT_MAX_CHARS:,}" in str(refused.value)


def test_max_chars_is_configurable() -> None:
    text = "Sebanyak 12 orang tewas dalam banjir."
    with pytest.raises(ExtractionError, match="over the limit of 10"):
        extract(text, "id", max_chars=10)
    assert len(extract(text, "id", max_chars=1000)) == 1


def test_large_text_is_read_to_the_end() -> None:
    # Its speed and linearity are measured in bench/bench_extraction.py (time per char, 100x / 1x), not here: a
    # wall-clock limit in a test fails on a loaded machine and says nothing a bench does not.
    sentence = "Polisi menangkap 37 orang dan 4 lainnya luka-luka, kata juru bicara. "
    body = sentence * 5_000  # ~350 KB
    claims = extract(body, "id", max_chars=len(body))
    assert len(claims) == 10_000
    assert claims[-1].start > len(body) - len(sentence)


def test_html_markup_is_ignored_and_offsets_kept() -> None:
    body = (
        "<html><head><style>p{margin:0 12px}</style><script>var n = 2200;</script></head>"
        "<body><h1>Banjir</h1><p>Sedikitnya <strong>15</strong> orang tewas.</p>"
        '<img src="photo-2022.jpg" width="640"></body></html>'
    )
    claims = extract(body, "id")
    assert [(c.text, c.low, c.measure) for c in claims] == [("Sedikitnya <strong>15", 15, "killed")]
    assert all(body[c.start : c.end] == c.text for c in claims)


def test_mixed_scripts_do_not_crash() -> None:
    body = "Almaty (Алматы) 阿拉木图: lebih dari 1.000 orang terluka. 😢 Ελλάδα 3 مرحبا"
    claims = extract(body, "id")
    assert [(c.low, c.measure) for c in claims][:1] == [(1001, "injured")]
    assert all(body[c.start : c.end] == c.text for c in claims)


def test_only_markup_and_numbers_in_attributes_gives_no_claims() -> None:
    assert extract('<div data-id="12345"><span style="width:100px"></span></div> ok', "en") == []

"""How the desk writes figures for people: confidence, the claim in its sentence, subjects."""

from __future__ import annotations

import doctest
import json
import tomllib
from pathlib import Path

import pytest
from django.utils import translation

from claims import desk
from claims.desk import claim_snippet, confidence_display, desk_action, desk_action_message, marked_sentence
from claims.subject_names import SUBJECT_NAMES

LEXICONS = Path(desk.__file__).parent / "extraction" / "lexicons"


def test_docstring_examples_hold():
    assert doctest.testmod(desk).failed == 0


@pytest.mark.parametrize(
    ("confidence", "english", "indonesian"),
    [
        (0.9985, "99.8%", "99,8%"),
        (0.9999, "99.9%", "99,9%"),
        (1.0, "100%", "100%"),
        (0.75, "75%", "75%"),
        (0.29, "29%", "29%"),
        (0.123456, "12.3%", "12,3%"),
        (0.0, "0%", "0%"),
    ],
)
def test_confidence_keeps_its_meaningful_digits_and_never_rounds_up_to_certainty(confidence, english, indonesian):
    with translation.override("en"):
        assert confidence_display(confidence) == english
    with translation.override("id"):
        assert confidence_display(confidence) == indonesian


def test_snippet_marks_the_figure_and_cuts_long_sentences_at_words():
    sentence = (
        "Officials in the northern province said on Tuesday evening that at least 240 houses were "
        "damaged by the landslide and that rescuers were still searching the hillside villages."
    )
    snippet = claim_snippet(sentence, "240", context=40)
    assert snippet == "…said on Tuesday evening that at least <mark>240</mark> houses were damaged by the landslide…"


def test_snippet_escapes_the_sentence_and_keeps_short_ones_whole():
    assert claim_snippet('Sekitar 30 rumah "rusak" <b>berat</b>.', "30") == (
        "Sekitar <mark>30</mark> rumah &quot;rusak&quot; &lt;b&gt;berat&lt;/b&gt;."
    )


def test_snippet_without_the_figure_is_the_escaped_sentence_shortened():
    assert claim_snippet("<i>" + "kata " * 40 + "</i>", "99", context=10).startswith("&lt;i&gt;kata kata")


def test_marked_sentence_picks_the_occurrence_nearest_the_claims_position():
    sentence = "Dari 12 desa, 12 rumah hancur."
    assert marked_sentence(sentence, "12", start_hint=14) == "Dari 12 desa, <mark>12</mark> rumah hancur."
    assert marked_sentence(sentence, "12") == "Dari <mark>12</mark> desa, 12 rumah hancur."


@pytest.mark.parametrize(
    ("message", "english", "indonesian"),
    [
        (
            desk_action("confirm", label="mixed"),
            "Confirmed the verdict: mixed.",
            "Mengonfirmasi putusan: simpang siur.",
        ),
        (
            desk_action("override", label="supported", rationale="Two sources agree."),
            "Overrode the verdict to supported. Rationale: Two sources agree.",
            "Mengganti putusan menjadi didukung. Alasan: Two sources agree.",
        ),
        (desk_action("assign", assignee="dewi"), "Assigned to dewi.", "Ditugaskan kepada dewi."),
        (desk_action("assign", assignee=""), "Unassigned.", "Tugas dilepas."),
        (desk_action("recheck"), "Sent for re-checking.", "Dikirim untuk diperiksa ulang."),
    ],
)
def test_editor_actions_are_read_in_the_readers_language(message, english, indonesian):
    stored = json.dumps(message)
    with translation.override("en"):
        assert desk_action_message(stored) == english
    with translation.override("id"):
        assert desk_action_message(stored) == indonesian


@pytest.mark.parametrize("stored", ["Changed assignee.", '[{"changed": {"fields": ["Assignee"]}}]', "", "[]"])
def test_other_log_messages_are_left_to_the_admin(stored):
    assert desk_action_message(stored) is None


def test_every_lexicon_subject_is_listed_for_the_translators():
    labels = set()
    for path in LEXICONS.glob("*.toml"):
        with path.open("rb") as lexicon:
            data = tomllib.load(lexicon)

        def walk(node):
            if isinstance(node, dict):
                if isinstance(node.get("label"), str):
                    labels.add(node["label"])
                for value in node.values():
                    walk(value)

        walk(data)
    assert labels
    assert labels == set(SUBJECT_NAMES)


def test_every_subject_has_an_indonesian_name():
    with translation.override("id"):
        untranslated = [name for name in SUBJECT_NAMES if desk.subject_display(name) == name]
    assert untranslated == []

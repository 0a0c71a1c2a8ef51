"""Every copy of a closed vocabulary that remains agrees with claims/vocabulary.py."""

from __future__ import annotations

import ast
import pathlib

import pytest

from claims import selectors, services, verification, vocabulary
from claims.extraction import types as extraction_types
from claims.models import Evidence, Measure, Qualifier, Verdict
from claims.subject_names import SUBJECT_NAMES
from claims.verification import constraints

PURE = pathlib.Path(vocabulary.__file__)


def test_the_model_choices_are_the_vocabularies_in_the_same_order():
    assert tuple(Measure.values) == vocabulary.MEASURES
    assert tuple(Qualifier.values) == vocabulary.QUALIFIERS
    assert tuple(Verdict.Label.values) == vocabulary.LABELS
    assert tuple(Evidence.Relation.values) == vocabulary.RELATIONS
    assert tuple(Verdict.ReviewState.values) == vocabulary.REVIEW_STATES


def test_the_extraction_core_counts_the_same_measures_and_qualifiers():
    assert extraction_types.MEASURES == vocabulary.MEASURES
    assert extraction_types.QUALIFIERS == vocabulary.QUALIFIERS


def test_the_verification_core_and_the_glue_take_theirs_from_the_vocabulary():
    assert verification.LABELS is vocabulary.LABELS
    assert verification.RELATIONS is vocabulary.RELATIONS
    assert verification.MEASURE_KINDS is vocabulary.MEASURE_KINDS
    assert constraints.SUBJECT_PARENT is vocabulary.SUBJECT_PARENT
    assert SUBJECT_NAMES is vocabulary.SUBJECT_NAMES
    assert selectors.EDITORIAL_STATES == services.EDITORIAL_STATES == vocabulary.PUBLISHED_STATES
    assert services.LABELS_NEEDING_REVIEW == vocabulary.LABELS_NEEDING_REVIEW


def test_every_measure_has_exactly_one_kind():
    kinds = (vocabulary.CUMULATIVE_MEASURES, vocabulary.STOCK_MEASURES, vocabulary.OCCASION_MEASURES)
    assert sorted(m for kind in kinds for m in kind) == sorted(vocabulary.MEASURES)


@pytest.mark.parametrize(
    ("measure", "kind"),
    [("killed", "cumulative"), ("missing", "stock"), ("other", "occasion"), ("unheard", "occasion")],
)
def test_a_measure_has_its_kind_and_an_unknown_one_is_an_occasion(measure, kind):
    assert vocabulary.measure_kind(measure) == kind


def test_the_subject_hierarchy_names_only_known_subjects():
    known = set(vocabulary.SUBJECT_NAMES) | {"people", "security_forces"}
    assert set(vocabulary.SUBJECT_PARENT) | set(vocabulary.SUBJECT_PARENT.values()) <= known


def test_the_vocabulary_imports_nothing_beyond_the_standard_library():
    tree = ast.parse(PURE.read_text())
    imported = {
        (node.module or "").split(".")[0] if isinstance(node, ast.ImportFrom) else alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported == {"__future__", "pathlib", "types"}


def test_the_subject_names_stay_in_alphabetical_order_for_the_translators():
    assert list(SUBJECT_NAMES) == sorted(SUBJECT_NAMES)


def test_the_subject_names_are_read_from_data_and_each_is_listed_once():
    assert len(SUBJECT_NAMES) == len(set(SUBJECT_NAMES))
    assert vocabulary.read_subject_names(vocabulary.SUBJECT_NAMES_FILE) == SUBJECT_NAMES
    assert {"police", "houses"} <= set(SUBJECT_NAMES)


def test_a_subject_names_file_skips_comments_blank_lines_and_surrounding_spaces(tmp_path):
    names = tmp_path / "subject_names.txt"
    names.write_text("# a comment\n\nboats\n  ferries  \n   # an indented comment\n", encoding="utf-8")
    assert vocabulary.read_subject_names(names) == ("boats", "ferries")

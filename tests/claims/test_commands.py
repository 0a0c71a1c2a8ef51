from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command

from sources.models import Article

GOOD = {
    "url": "https://wire.example.com/one",
    "title": "One",
    "body": "More than 2,000 people were detained on Monday, police said.",
    "published_at": "2022-01-10T10:00:00+00:00",
    "language": "en",
    "event": "Unrest",
    "source": {"name": "Wire", "domain": "wire.example.com", "kind": "wire", "reliability": 0.85},
}


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db(transaction=True)
def test_ingest_reports_a_malformed_line_by_number_and_lands_the_others(tmp_path):
    second = dict(GOOD, url="https://wire.example.com/two")
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join([json.dumps(GOOD), "{not json", json.dumps(second), json.dumps({"url": "x"})]) + "\n")
    err = io.StringIO()
    with pytest.raises(CommandError, match="2 line"):
        call_command("ingest", str(path), stdout=io.StringIO(), stderr=err)
    assert "line 2: skipped: not valid JSON" in err.getvalue()
    assert "line 4: skipped: missing body, source" in err.getvalue()
    assert sorted(Article.objects.values_list("url", flat=True)) == [GOOD["url"], second["url"]]


@pytest.mark.django_db(transaction=True)
def test_ingest_is_idempotent_by_url(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps(GOOD) + "\n")
    run("ingest", str(path))
    out, _ = run("ingest", str(path))
    assert "0 new, 1 already present" in out
    assert Article.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_ingest_rejects_unknown_fields_and_bad_reliability(tmp_path):
    path = tmp_path / "articles.jsonl"
    bad_field = dict(GOOD, colour="red")
    bad_reliability = dict(GOOD, url="https://wire.example.com/3", source=dict(GOOD["source"], reliability=2))
    path.write_text(json.dumps(bad_field) + "\n" + json.dumps(bad_reliability) + "\n")
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", str(path), stdout=io.StringIO(), stderr=err)
    assert "line 1: skipped: unknown field(s) colour" in err.getvalue()
    assert "line 2: skipped: source reliability must be a number from 0 to 1" in err.getvalue()
    assert Article.objects.count() == 0


def test_extract_claims_prints_json_without_a_database(tmp_path):
    path = tmp_path / "text.txt"
    path.write_text("Sedikitnya 12 orang tewas dalam banjir itu.", encoding="utf-8")
    out, _ = run("extract_claims", str(path), "--lang", "id", "--json")
    claims = json.loads(out)
    assert [(c["measure"], c["low"], c["high"], c["qualifier"]) for c in claims] == [("killed", 12, None, "at_least")]
    assert set(claims[0]) >= {
        "text",
        "start",
        "end",
        "sentence",
        "measure",
        "subject",
        "value",
        "low",
        "high",
        "qualifier",
        "unit",
        "as_of",
        "attributed_to",
        "language",
    }


@pytest.mark.parametrize(("content", "message"), [(b"", "empty"), (b"   \n", "empty"), (b"\xff\xfe\x00\x01", "UTF-8")])
def test_extract_claims_refuses_empty_or_binary_input(tmp_path, content, message):
    path = tmp_path / "input.bin"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run("extract_claims", str(path), "--json")


def test_extract_claims_says_when_the_file_is_missing(tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        run("extract_claims", str(tmp_path / "missing.txt"))


@pytest.mark.django_db(transaction=True)
def test_export_verdicts_prints_each_claim_with_verdict_and_evidence(tmp_path):
    path = tmp_path / "articles.jsonl"
    other = dict(
        GOOD,
        url="https://ministry.example.org/two",
        body="The ministry said 2,430 people had been detained by Monday.",
        source={"name": "Ministry", "domain": "ministry.example.org", "kind": "official", "reliability": 0.8},
    )
    path.write_text(json.dumps(GOOD) + "\n" + json.dumps(other) + "\n")
    run("ingest", str(path))
    run("verify", "--all")
    out, _ = run("export_verdicts", "--format", "json")
    rows = {row["article_url"]: row for row in json.loads(out)}
    wire = rows[GOOD["url"]]
    assert (wire["measure"], wire["low"], wire["high"], wire["verdict"]) == ("arrested", 2001, None, "supported")
    assert wire["evidence"][0]["article_url"] == other["url"]
    assert wire["evidence"][0]["relation"] == "supports"


@pytest.mark.django_db
def test_verify_and_export_refuse_an_unknown_event():
    with pytest.raises(CommandError, match="no event named"):
        run("verify", "--event", "Nope")
    with pytest.raises(CommandError, match="no event named"):
        run("export_verdicts", "--event", "Nope", "--format", "json")

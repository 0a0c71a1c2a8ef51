"""`manage.py ingest` reads and checks the whole file before it writes (issue 13, item 8)."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import CommandError, call_command

from sources.models import Article

pytestmark = pytest.mark.django_db(transaction=True)


def article(n: int) -> dict:
    return {
        "url": f"https://wire.example.com/batch/{n}",
        "title": f"Batch {n}",
        "body": f"Sebanyak {n + 2} orang tewas dalam banjir di lembah itu.",
        "published_at": "2022-01-10T10:00:00+07:00",
        "language": "id",
        "event": "Banjir lembah",
        "source": {"name": "Wire", "domain": "wire.example.com", "kind": "wire", "reliability": 0.8},
    }


def ingest(path) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("ingest", str(path), stdout=out, stderr=err)
    except CommandError as exc:
        err.write(f"CommandError: {exc}")
        raise
    finally:
        ingest.last = (out.getvalue(), err.getvalue())
    return out.getvalue(), err.getvalue()


def test_binary_bytes_after_good_lines_refuse_the_whole_file(tmp_path):
    path = tmp_path / "articles.jsonl"
    good = "".join(json.dumps(article(n)) + "\n" for n in range(60))
    path.write_bytes(good.encode() + b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe" + b"\n")
    with pytest.raises(CommandError, match=r"not UTF-8 text \(line 61: byte 0x89"):
        ingest(path)
    assert Article.objects.count() == 0


def test_nul_bytes_in_valid_utf8_refuse_the_whole_file(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps(article(1)) + "\n" + "abc\x00\x00def\n", encoding="utf-8")
    with pytest.raises(CommandError, match=r"binary data \(line 2, column 4: control character U\+0000"):
        ingest(path)
    assert Article.objects.count() == 0


def test_a_utf8_bom_is_fine(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_bytes("\ufeff".encode() + (json.dumps(article(1)) + "\n").encode())
    out, _ = ingest(path)
    assert "ingested 1 new, 0 already present, 0 bad line(s) skipped" in out
    assert Article.objects.count() == 1


def test_an_empty_file_is_an_error_with_a_summary(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n")
    with pytest.raises(CommandError, match="no article line"):
        ingest(path)
    assert "ingested 0 new" in ingest.last[0]


def test_a_file_of_bad_lines_is_an_error_and_every_bad_line_is_reported(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("{oops\n" + json.dumps({"url": "x"}) + "\n" + "[" * 50_000 + "\n")
    with pytest.raises(CommandError, match=r"no usable line \(3 bad"):
        ingest(path)
    err = ingest.last[1]
    assert "line 1: skipped: not valid JSON" in err
    assert "line 2: skipped: missing body, source" in err
    assert "line 3: skipped: not valid JSON" in err
    assert Article.objects.count() == 0


def test_bad_dates_are_found_before_anything_is_written(tmp_path):
    path = tmp_path / "dates.jsonl"
    lines = [article(1), dict(article(2), published_at="2022-13-01T10:00:00Z"), article(3)]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    with pytest.raises(CommandError, match="1 line"):
        ingest(path)
    out, err = ingest.last
    assert "line 2: skipped: published_at" in err or "line 2: skipped: not a valid date" in err
    assert "ingested 2 new, 0 already present, 1 bad line(s) skipped" in out
    assert Article.objects.count() == 2

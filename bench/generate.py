"""Build a realistic Factcheck database of N claims with PostgreSQL COPY, fast.

    DATABASE_URL=postgres://... .venv/bin/python bench/generate.py --claims 1000000

The shape is the same at every size, so a figure measured at 10k and at 1M differs only
by the size of the tables, not by the shape of the work:

* 200 sources (wire, outlets, officials, NGOs, social) with reliabilities 0.2..0.95;
* events of 10..70 articles (about 40, so about 200 claims per event): the number of events
  grows with N, as a newsroom's archive does;
* articles of 2..8 claims (about 5) in Indonesian or English, with a body of ~1.5 KB: the
  claims' sentences, one of them quoting a wire, and ordinary filler paragraphs;
* claims spread over the measures like wire copy (killed and injured first); each claim's
  span points into its article's body;
* one automatic verdict per claim (10% also have an older one), current_verdict set,
  5% confirmed by an editor; three Evidence rows per current verdict, all taken from the
  same event and measure; review_state follows the label.

The target database must be migrated and is emptied first. Rows are written with COPY
into tables whose secondary indexes are dropped first and rebuilt at the end (the way a
bulk load is done in production); foreign-key triggers are off during the load
(the rows are consistent by construction), so the circular claim <-> verdict link needs no
second pass.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SOURCES = 200
MEASURES = [
    ("killed", "people", 30),
    ("injured", "people", 20),
    ("arrested", "protesters", 15),
    ("displaced", "people", 8),
    ("missing", "people", 6),
    ("hospitalized", "people", 6),
    ("deployed", "security_forces", 5),
    ("participants", "protesters", 4),
    ("damaged", "buildings", 4),
    ("other", "countries", 2),
]
MEASURE_WORDS = {
    "id": {
        "killed": "orang tewas",
        "injured": "orang luka-luka",
        "arrested": "orang ditangkap",
        "displaced": "warga mengungsi",
        "missing": "orang hilang",
        "hospitalized": "orang dirawat",
        "deployed": "personel dikerahkan",
        "participants": "pengunjuk rasa",
        "damaged": "rumah rusak",
        "other": "negara",
    },
    "en": {
        "killed": "people were killed",
        "injured": "people were injured",
        "arrested": "people were arrested",
        "displaced": "people were displaced",
        "missing": "people are missing",
        "hospitalized": "people were hospitalized",
        "deployed": "troops were deployed",
        "participants": "protesters took part",
        "damaged": "buildings were damaged",
        "other": "countries",
    },
}
QUALIFIERS = [("exact", "", ""), ("more_than", "lebih dari ", "more than "), ("at_least", "sedikitnya ", "at least ")]
AGENCIES = ["Kementerian Kesehatan", "the health ministry", "kepolisian", "police", "Reuters", "AP", ""]
PLACES = ["Almaty", "Karangsari", "Valparaiso", "Mirabel", "Tanjung Harapan", "Kadira", "Lembah Hijau", "Sukamaju"]
FILLER = {
    "id": (
        "Situasi di lapangan masih berkembang dan petugas terus mendata korban. Warga diminta tetap tenang "
        "dan mengikuti arahan aparat setempat. Bantuan logistik mulai berdatangan dari daerah sekitar, "
        "sementara jalur transportasi utama sempat ditutup selama beberapa jam. Pemerintah daerah "
        "menyatakan akan memberikan keterangan resmi lebih lanjut setelah rapat koordinasi malam ini. "
    ),
    "en": (
        "The situation on the ground is still developing and officials continue to count the victims. "
        "Residents were asked to stay calm and follow the instructions of local authorities. Aid began "
        "to arrive from neighbouring districts, while the main roads were closed for several hours. The "
        "regional government said it would give a fuller statement after a coordination meeting tonight. "
    ),
}
LABELS = [("supported", 40), ("unverified", 30), ("outdated", 15), ("contradicted", 10), ("mixed", 5)]
NEEDS_REVIEW = {"contradicted", "mixed", "outdated"}
RELATIONS = ["supports", "bounds", "contradicts", "supersedes"]
# Tables emptied and refilled, children first.
TABLES = [
    "partners_webhookdelivery",
    "claims_evidence",
    "claims_verdict",
    "claims_claim",
    "claims_articleevent",
    "sources_article",
    "claims_event",
    "sources_historicalsource",
    "sources_source",
]
LOADED = [
    "sources_source",
    "claims_event",
    "sources_article",
    "claims_articleevent",
    "claims_claim",
    "claims_verdict",
    "claims_evidence",
]


def _weighted(rng: random.Random, table: list[tuple]) -> tuple:
    total = sum(row[-1] for row in table)
    pick = rng.uniform(0, total)
    for row in table:
        pick -= row[-1]
        if pick <= 0:
            return row
    return table[-1]


def _secondary_indexes(cursor, tables: list[str]) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the indexes that back no constraint on these tables."""
    cursor.execute(
        """
        SELECT i.relname, pg_get_indexdef(i.oid)
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class t ON t.oid = x.indrelid
        WHERE t.relname = ANY(%s)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)
        """,
        [tables],
    )
    return list(cursor.fetchall())


# A verdict's explanation, of the length the verifier writes (DESIGN 5).
EXPLAINED = (
    "Supported: the interior ministry reported 18 people killed on 7 January and the wire reported 18 on"
    " 8 January, which pins the figure at 18."
)


def generate(claims_wanted: int, seed: int = 7, *, verbose: bool = True) -> dict[str, int]:
    from django.db import connection, transaction

    rng = random.Random(seed)
    now = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
    started = time.perf_counter()
    counts = {"sources": 0, "events": 0, "articles": 0, "claims": 0, "verdicts": 0, "evidence": 0}

    with transaction.atomic():
        cursor = connection.cursor()
        raw = cursor.cursor  # the psycopg cursor, for COPY
        cursor.execute(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE")
        # The rows are consistent by construction; checking 5M foreign keys one trigger
        # call at a time would take longer than the load itself (superuser only).
        cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute("SELECT id FROM auth_user WHERE username = 'bench-editor'")
        row = cursor.fetchone()
        if row is None:
            cursor.execute(
                "INSERT INTO auth_user (password, is_superuser, username, first_name, last_name, email, is_staff,"
                " is_active, date_joined) VALUES ('!', false, 'bench-editor', '', '', '', true, true, now())"
                " RETURNING id"
            )
            row = cursor.fetchone()
        editor_id = row[0]
        indexes = _secondary_indexes(cursor, LOADED)
        for name, _ in indexes:
            cursor.execute(f'DROP INDEX "{name}"')

        kinds = ["wire", "outlet", "outlet", "outlet", "official", "ngo", "social"]
        source_reliability: list[float] = []
        with raw.copy(
            "COPY sources_source (id, name, domain, kind, reliability, language, created_at) FROM STDIN"
        ) as copy:
            for source_id in range(1, SOURCES + 1):
                kind = kinds[source_id % len(kinds)]
                reliability = round(rng.uniform(0.2, 0.95), 2)
                source_reliability.append(reliability)
                language = "id" if source_id % 2 else "en"
                copy.write_row(
                    (
                        source_id,
                        f"Source {source_id}",
                        f"source{source_id}.example.org",
                        kind,
                        reliability,
                        language,
                        now,
                    )
                )
        counts["sources"] = SOURCES

        # Plan the events, articles and claims first (ids are assigned here, so rows can
        # refer to each other before they are written).
        claim_id = article_id = event_id = verdict_id = evidence_id = 0
        with (
            raw.copy(
                "COPY claims_event (id, name, keywords, keywords_auto, country, start_date, end_date, status,"
                " created_at) FROM STDIN"
            ) as copy_events,
        ):
            events_plan: list[tuple[int, dt.date, int]] = []
            planned_claims = 0
            while planned_claims < claims_wanted:
                event_id += 1
                start = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3400))
                articles_in_event = rng.randint(10, 70)
                events_plan.append((event_id, start, articles_in_event))
                planned_claims += articles_in_event * 5
                place = rng.choice(PLACES)
                copy_events.write_row(
                    (
                        event_id,
                        f"Event {event_id}: unrest in {place}",
                        f'{{"en": ["{place.lower()} {event_id}"], "id": ["{place.lower()} {event_id}"]}}',
                        False,
                        "",
                        start,
                        start + dt.timedelta(days=10),
                        "confirmed",
                        now,
                    )
                )
        counts["events"] = len(events_plan)

        with (
            raw.copy(
                "COPY sources_article (id, url, title, body, language, published_at, published_date, ingested_at,"
                " extraction_status, extraction_error, extracted_at, source_id) FROM STDIN"
            ) as copy_articles,
        ):
            # claims per event and measure, for evidence: {(event, measure): [claim ids]}
            claim_rows: list[tuple] = []
            for event_id, start, articles_in_event in events_plan:
                if claim_id >= claims_wanted:
                    break
                for _ in range(articles_in_event):
                    if claim_id >= claims_wanted:
                        break
                    article_id += 1
                    language = "id" if rng.random() < 0.5 else "en"
                    day = start + dt.timedelta(days=rng.randrange(10))
                    published = dt.datetime.combine(day, dt.time(rng.randrange(24), rng.randrange(60)), tzinfo=dt.UTC)
                    source_id = rng.randint(1, SOURCES)
                    parts: list[str] = []
                    offset = 0
                    wanted = min(rng.randint(2, 8), claims_wanted - claim_id)
                    for _ in range(wanted):
                        measure, subject, _weight = _weighted(rng, MEASURES)
                        qualifier, q_id, q_en = rng.choice(QUALIFIERS)
                        number = rng.randint(2, 2500)
                        figure = f"{number:,}".replace(",", "." if language == "id" else ",")
                        prefix = q_id if language == "id" else q_en
                        text = f"{prefix}{figure}"
                        agency = rng.choice(AGENCIES)
                        said = (f", kata {agency}" if language == "id" else f", {agency} said") if agency else ""
                        text = text[0].upper() + text[1:]  # it opens the sentence
                        where = "di" if language == "id" else "in"
                        sentence = f"{text} {MEASURE_WORDS[language][measure]} {where} {rng.choice(PLACES)}{said}."
                        claim_id += 1
                        low = number + 1 if qualifier == "more_than" else number
                        high = None if qualifier != "exact" else number
                        claim_rows.append(
                            (
                                claim_id,
                                offset,
                                offset + len(text),
                                sentence,
                                text,
                                measure,
                                subject,
                                float(number),
                                float(low),
                                float(high) if high is not None else None,
                                qualifier,
                                "",
                                day,
                                agency,
                                language,
                                article_id,
                                event_id,
                            )
                        )
                        parts.append(sentence)
                        offset += len(sentence) + 1
                    quote = (
                        "Seperti dikutip Reuters, korban masih didata. "
                        if language == "id"
                        else "Citing Reuters, the count continues. "
                    )
                    body = " ".join(parts) + " " + quote + FILLER[language] * 3
                    copy_articles.write_row(
                        (
                            article_id,
                            f"https://source{source_id}.example.org/{day.isoformat()}/article-{article_id}",
                            f"Article {article_id} on event {event_id}",
                            body,
                            language,
                            published,
                            day,
                            published,
                            "done",
                            "",
                            published,
                            source_id,
                        )
                    )
        counts["articles"] = article_id

        with raw.copy("COPY claims_articleevent (id, method, linked_at, article_id, event_id) FROM STDIN") as copy:
            article_event: dict[int, int] = {}
            for row in claim_rows:
                article_event[row[15]] = row[16]
            for link_id, (art, ev) in enumerate(article_event.items(), start=1):
                copy.write_row((link_id, "auto", now, art, ev))

        groups: dict[tuple[int, str], list[int]] = {}
        for row in claim_rows:
            groups.setdefault((row[16], row[5]), []).append(row[0])

        checked_base = now - dt.timedelta(hours=12)
        with (
            raw.copy(
                "COPY claims_verdict (id, label, confidence, method_version, computed_at, checked_at, fingerprint,"
                " review_state, rationale, claim_id, reviewer_id, explanation) FROM STDIN"
            ) as copy_verdicts,
        ):
            current: dict[int, tuple[int, str, str]] = {}
            for row in claim_rows:
                cid = row[0]
                if rng.random() < 0.1:
                    verdict_id += 1
                    old = checked_base - dt.timedelta(days=3)
                    copy_verdicts.write_row(
                        (verdict_id, "unverified", 0.3, "v1", old, old, f"old{cid}", "auto", "", cid, None, EXPLAINED)
                    )
                label = _weighted(rng, LABELS)[0]
                confirmed = rng.random() < 0.05
                verdict_id += 1
                checked = checked_base - dt.timedelta(minutes=rng.randrange(600))
                copy_verdicts.write_row(
                    (
                        verdict_id,
                        label,
                        round(rng.uniform(0.3, 0.95), 4),
                        "editor" if confirmed else "v1",
                        checked,
                        checked,
                        "" if confirmed else f"fp{cid}",
                        "confirmed" if confirmed else "auto",
                        "Checked against the ministry's figures." if confirmed else "",
                        cid,
                        editor_id if confirmed else None,
                        EXPLAINED,
                    )
                )
                current[cid] = (
                    verdict_id,
                    label,
                    "reviewed" if confirmed else ("needs_review" if label in NEEDS_REVIEW else "none"),
                )
        counts["verdicts"] = verdict_id

        with raw.copy(
            "COPY claims_evidence (id, relation, credible, explanation, claim_id, verdict_id) FROM STDIN"
        ) as copy:
            for (_event, _measure), members in groups.items():
                if len(members) < 2:
                    continue
                for cid in members:
                    others = rng.sample(members, min(4, len(members)))
                    used_count = 0
                    for other in others:
                        if other == cid or used_count == 3:
                            continue
                        used_count += 1
                        evidence_id += 1
                        copy.write_row(
                            (
                                evidence_id,
                                rng.choice(RELATIONS),
                                rng.random() < 0.8,
                                "Same measure and subject, reported the same day.",
                                other,
                                current[cid][0],
                            )
                        )
        counts["evidence"] = evidence_id

        with raw.copy(
            'COPY claims_claim (id, start, "end", sentence, text, measure, subject, value, low, high, qualifier, unit,'
            " as_of, attributed_to, language, article_id, event_id, created_at, status, status_error,"
            " last_checked_at, current_verdict_id, review_state, review_reason, assignee_id, place) FROM STDIN"
        ) as copy:
            for row in claim_rows:
                verdict, label, review = current[row[0]]
                copy.write_row(
                    (
                        *row,
                        now,
                        "verified",
                        "",
                        checked_base,
                        verdict,
                        review,
                        f"Automatic verdict: {label}." if review == "needs_review" else "",
                        None,
                        "",  # place: the whole event
                    )
                )
        counts["claims"] = claim_id

        cursor.execute("SET LOCAL session_replication_role = DEFAULT")
        cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
        for _name, definition in indexes:
            cursor.execute(definition)
        for table in LOADED:
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT max(id) FROM {table}), 1))"
            )
    with connection.cursor() as cursor:
        for table in LOADED:
            cursor.execute(f"ANALYZE {table}")
    counts["seconds"] = round(time.perf_counter() - started, 1)
    if verbose:
        print(f"generated {counts}", flush=True)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    from bench._django import setup

    if setup() != "postgresql":
        raise SystemExit("bench/generate.py needs PostgreSQL: set DATABASE_URL")
    generate(args.claims, args.seed)


if __name__ == "__main__":
    main()

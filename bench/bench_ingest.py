"""End-to-end ingest with two Celery workers against extraction alone, side by side.

    .venv/bin/python bench/bench_ingest.py [--articles 40] [--events 2] [--runs 5]

Needs PostgreSQL and Redis (DATABASE_URL, CELERY_BROKER_URL; `make bench` starts both).

In each run, on an emptied database:

* end to end: the bench process stores `--articles` news-like articles (bench/corpus_gen.py,
  Indonesian and English) with `article_ingest`, spread over `--events` events like a
  breaking story; one `celery worker --concurrency 2` extracts them and verifies every claim
  they touch (and the claims of the same event and measure, whose evidence changed). The
  clock stops when every article is extracted, every claim verified, no check is owed
  (no claim `pending`, no OwedCheck row) and the queue is empty.
* extraction alone, the reference: the same ingest through the same two workers with
  verification switched off (verify tasks parked on a queue nobody reads), so articles are
  stored, extracted and their claims written, and nothing is checked;
* and, for scale, `claims.extraction.extract` over the same bodies in two processes,
  nothing stored (the floor of extraction itself).

`ingest_vs_extract_ratio` is end-to-end articles/s over the extraction-only pipeline's
(target >= 0.5); `ingest_vs_pure_extract_ratio` is against bare extract(). Medians over runs.
The Celery worker's peak memory (VmHWM of its pool
processes) is recorded too.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import _scale
from bench._django import merge_results

DRAIN_CODE = """
import time, redis
from django.db import connection
from claims.models import Claim, OwedCheck
from sources.models import Article
broker = redis.Redis.from_url({broker!r})
deadline = time.monotonic() + {timeout}
quiet = 0
finished = None
while time.monotonic() < deadline:
    pending_articles = Article.objects.exclude(extraction_status__in=["done", "failed"]).count()
    pending_claims = (Claim.objects.filter(status="pending").count() + OwedCheck.objects.count()) if {claims_too} else 0
    queued = sum(broker.llen(key) for key in broker.keys("celery*")) + broker.hlen("unacked")  # every priority
    if pending_articles or pending_claims or queued:
        quiet = 0
    else:
        quiet += 1
        finished = finished if quiet > 1 else time.time()
    if quiet >= 2:
        break
    time.sleep(0.05)
print(json.dumps({{"finished": finished, "articles": Article.objects.filter(extraction_status="done").count(),
                  "claims": Claim.objects.count(), "verified": Claim.objects.filter(status="verified").count(),
                  "drained": quiet >= 2}}))
"""

INGEST_CODE = """
import time
from claims import services
articles = json.loads(open({path!r}).read())
started = time.time()
for index, (language, body) in enumerate(articles):
    services.article_ingest(
        url=f"https://outlet{{index % 20}}.example.org/{run}/{{index}}",
        title=f"Breaking story {{index}}",
        body=body,
        published_at="2024-05-0{{}}T10:00:00+07:00".format(1 + index % 5),
        source_name=f"Outlet {{index % 20}}",
        source_domain=f"outlet{{index % 20}}.example.org",
        source_reliability=0.5 + (index % 5) / 10,
        language=language,
        event_name=f"Breaking story {{index % {events}}}",
    )
print(json.dumps({{"started": started}}))
"""


def _extract_one(item: tuple[str, str]) -> int:
    from claims.extraction import extract

    language, body = item
    return len(extract(body, lang=language))


def extraction_only(articles: list[tuple[str, str]], processes: int) -> tuple[float, int]:
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        pool.map(_extract_one, articles[:processes])  # warm: lexicons loaded in each process
        started = time.perf_counter()
        claims = sum(pool.map(_extract_one, articles, chunksize=1))
        return time.perf_counter() - started, claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--events", type=int, default=2)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    import json

    import redis
    from corpus_gen import articles as corpus

    broker = _scale.os.environ.get("CELERY_BROKER_URL", "")
    if not broker:
        raise SystemExit("bench_ingest needs Redis: set CELERY_BROKER_URL (make bench starts one)")
    articles = corpus(args.articles * 1800, seed=11)[: args.articles]
    path = _scale.logs_dir() / "ingest_articles.json"
    path.write_text(json.dumps(articles))
    url = _scale.clone_template("factcheck_bench_ingest")
    env = _scale.django_env(url, CELERY_BROKER_URL=broker)
    queue = redis.Redis.from_url(broker)
    truncate = (
        "from django.db import connection\n"
        "connection.cursor().execute('TRUNCATE claims_evidence, claims_verdict, claims_claim, claims_articleevent, "
        "sources_article, claims_event, sources_historicalsource, sources_source, partners_webhookdelivery "
        "RESTART IDENTITY CASCADE')\nprint('{}')"
    )

    def pipeline(run: int, *, verify: bool) -> tuple[float, dict, float]:
        """Seconds to ingest every article through the workers, what landed, the workers' peak MB."""
        _scale.python_json(truncate, env)
        queue.flushdb()
        log = _scale.logs_dir() / f"celery_ingest_{'full' if verify else 'extract'}.log"
        worker = _scale.start_celery(url, broker, args.workers, log, park_verify=not verify)
        try:
            # From the first article stored to the first moment all work was done (both clocks
            # are read inside the processes, so Django's start-up is not counted).
            ingest = _scale.python_json(INGEST_CODE.format(path=str(path), run=run, events=args.events), env)
            done = _scale.python_json(DRAIN_CODE.format(broker=broker, timeout=900, claims_too=verify), env)
            seconds = done["finished"] - ingest["started"]
            peak = max(_scale.peak_rss_mb(pid) for pid in [worker.pid, *_scale.children(worker.pid)])
        finally:
            _scale.stop(worker)
        if not done["drained"] or done["articles"] != len(articles):
            raise RuntimeError(f"run {run + 1} did not finish: {done}")
        return seconds, done, peak

    runs = []
    peak = 0.0
    for run in range(args.runs):
        alone_seconds, alone_claims = extraction_only(articles, args.workers)
        extract_seconds, _, _ = pipeline(run, verify=False)
        full_seconds, done, full_peak = pipeline(run, verify=True)
        peak = max(peak, full_peak)
        figures = {
            "end_to_end_articles_per_sec": len(articles) / full_seconds,
            "pipeline_extract_only_articles_per_sec": len(articles) / extract_seconds,
            "pure_extract_articles_per_sec": len(articles) / alone_seconds,
            "claims": done["claims"],
            "pure_extract_claims": alone_claims,
        }
        figures["ratio"] = figures["end_to_end_articles_per_sec"] / figures["pipeline_extract_only_articles_per_sec"]
        figures["ratio_vs_pure_extract"] = (
            figures["end_to_end_articles_per_sec"] / figures["pure_extract_articles_per_sec"]
        )
        runs.append(figures)
        print(
            f"  run {run + 1}: end to end {figures['end_to_end_articles_per_sec']:.1f} articles/s "
            f"({done['claims']} claims verified); same workers, extraction only "
            f"{figures['pipeline_extract_only_articles_per_sec']:.1f} articles/s (ratio {figures['ratio']:.2f}); "
            f"extract() alone in {args.workers} processes {figures['pure_extract_articles_per_sec']:.0f} articles/s "
            f"(ratio {figures['ratio_vs_pure_extract']:.3f})",
            flush=True,
        )
    queue.flushdb()

    def med(name: str) -> float:
        return round(_scale.median([run[name] for run in runs]), 3)

    merge_results(
        {
            "ingest_end_to_end_articles_per_sec": med("end_to_end_articles_per_sec"),
            "ingest_pipeline_extract_only_articles_per_sec": med("pipeline_extract_only_articles_per_sec"),
            "ingest_pure_extract_articles_per_sec": med("pure_extract_articles_per_sec"),
            "ingest_vs_extract_ratio": med("ratio"),
            "ingest_vs_pure_extract_ratio": med("ratio_vs_pure_extract"),
            "celery_peak_mb_ingest": peak,
            "ingest_bench": {
                "articles": len(articles),
                "events": args.events,
                "workers": args.workers,
                "runs": args.runs,
                "per_run": [{k: round(v, 3) for k, v in run.items()} for run in runs],
            },
        }
    )


if __name__ == "__main__":
    main()

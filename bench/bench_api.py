"""The claim list API at 1M claims: latency against raw SQL, a 60 s load run, gunicorn memory.

    .venv/bin/python bench/bench_api.py [--claims 1000000] [--runs 5] [--requests 200] [--load-seconds 60]

Needs PostgreSQL (DATABASE_URL; `make bench` starts a throwaway one) and wrk for the load run.

1. Side by side, in each of `--runs` runs: `--requests` sequential GETs of
   `/api/v1/claims/?event=<id>&page_size=50` (a partner token: sees everything) through
   gunicorn on loopback, and the same page read by raw SQL through psycopg (the claims with
   article, source, event and current verdict in one query, their evidence in a second),
   over the same random events. Per run: p50/p95 of each and their ratio; the figures are
   the medians over runs.
2. wrk: 100 connections for 60 s on loopback against the same URL shape (random events),
   bounded by its own duration; errors are non-2xx answers plus socket errors and timeouts.
3. Peak resident memory (VmHWM) of the gunicorn workers after both.
4. The floor (bench/_api_floor.py), side by side in the same runs: the same page served
   through the same gunicorn by a bare WSGI app (psycopg + json, no framework) and by a
   plain Django view (full middleware, raw SQL, no DRF/ORM/filters/auth). They show how much
   of the ratio any Python stack, and Django's own request cycle, cost before our code.

Throttling is raised for the partner token here: the benchmark measures capacity, the
throttle rate is a policy (600/minute per partner by default).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench import _scale
from bench._django import merge_results

PAGE_SQL = """
SELECT c.id, c.text, c.sentence, c.start, c."end", c.measure, c.subject, c.value, c.low, c.high, c.qualifier,
       c.unit, c.as_of, c.attributed_to, c.language, c.status, c.review_state, c.last_checked_at,
       a.id, a.url, a.title, a.published_at, s.id, s.name, s.domain, e.id, e.name,
       v.id, v.label, v.confidence, v.review_state, v.method_version, v.computed_at, v.checked_at, v.rationale
FROM claims_claim c
JOIN sources_article a ON a.id = c.article_id
JOIN sources_source s ON s.id = a.source_id
LEFT JOIN claims_event e ON e.id = c.event_id
LEFT JOIN claims_verdict v ON v.id = c.current_verdict_id
WHERE c.event_id = %s
ORDER BY c.id
LIMIT 50
"""
EVIDENCE_SQL = """
SELECT ev.verdict_id, ev.claim_id, a.url, s.name, c.text, ev.relation, ev.credible, c.low, c.high, c.as_of,
       ev.explanation
FROM claims_evidence ev
JOIN claims_claim c ON c.id = ev.claim_id
JOIN sources_article a ON a.id = c.article_id
JOIN sources_source s ON s.id = a.source_id
WHERE ev.verdict_id = ANY(%s)
ORDER BY ev.id
"""
WRK_SCRIPT = """
local events = {%s}
local token = "%s"
math.randomseed(7)
request = function()
  local path = "/api/v1/claims/?page_size=50&event=" .. events[math.random(#events)]
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token})
end
"""


def partner_key(url: str) -> str:
    code = (
        "from partners.models import Partner\n"
        "from partners.services import partner_token_create\n"
        "partner, _ = Partner.objects.get_or_create(name='bench partner')\n"
        "_, key = partner_token_create(partner=partner, name='bench')\n"
        "print(json.dumps(key))\n"
    )
    return str(_scale.python_json(code, _scale.django_env(url)))


def busy_events(url: str, count: int, seed: int = 7) -> list[int]:
    import psycopg

    with psycopg.connect(url) as connection:
        ids = [
            row[0]
            for row in connection.execute(
                "SELECT event_id FROM claims_claim GROUP BY event_id HAVING count(*) >= 50 ORDER BY event_id"
            )
        ]
    return random.Random(seed).sample(ids, min(count, len(ids)))


def api_run(port: int, key: str, events: list[int]) -> list[float]:
    """Sequential GETs of the claim list (or a floor app serving the same path), in ms each."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    timings = []
    for event in events:
        started = time.perf_counter()
        connection.request(
            "GET", f"/api/v1/claims/?event={event}&page_size=50", headers={"Authorization": f"Bearer {key}"}
        )
        response = connection.getresponse()
        body = response.read()
        timings.append((time.perf_counter() - started) * 1000)
        if response.status != 200:
            raise RuntimeError(f"API answered {response.status}: {body[:300]!r}")
        if response.getheader("Connection", "").lower() == "close":
            connection.close()  # gunicorn's sync workers close after each response
    connection.close()
    return timings


def sql_run(url: str, events: list[int]) -> list[float]:
    import psycopg

    timings = []
    with psycopg.connect(url, autocommit=True) as connection:
        for event in events:
            started = time.perf_counter()
            rows = connection.execute(PAGE_SQL, [event]).fetchall()
            evidence = connection.execute(EVIDENCE_SQL, [[row[27] for row in rows if row[27] is not None]]).fetchall()
            timings.append((time.perf_counter() - started) * 1000)
            if len(rows) != 50 or not evidence:
                raise RuntimeError(f"event {event}: {len(rows)} claims, {len(evidence)} evidence rows")
    return timings


def check_same_page(port: int, key: str, url: str, event: int) -> None:
    """The API's page and the SQL reference's are the same claims, verdicts and evidence."""
    import psycopg

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", f"/api/v1/claims/?event={event}&page_size=50", headers={"Authorization": f"Bearer {key}"})
    page = json.loads(connection.getresponse().read())["results"]
    with psycopg.connect(url) as db:
        rows = db.execute(PAGE_SQL, [event]).fetchall()
        evidence = db.execute(EVIDENCE_SQL, [[row[27] for row in rows]]).fetchall()
    assert [item["id"] for item in page] == [row[0] for row in rows], "API and SQL pages differ"
    assert sum(len(item["verdict"]["evidence"]) for item in page) == len(evidence), "evidence differs"


def wrk_load(port: int, key: str, events: list[int], seconds: int, connections: int) -> dict[str, float]:
    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit("wrk is not installed: apt-get install -y wrk")
    script = _scale.logs_dir() / "claims.lua"
    script.write_text(WRK_SCRIPT % (", ".join(map(str, events)), key))
    output = subprocess.run(
        [
            wrk,
            "--threads",
            "2",
            "--connections",
            str(connections),
            "--duration",
            f"{seconds}s",
            "--timeout",
            "10s",
            "--latency",
            "--script",
            str(script),
            f"http://127.0.0.1:{port}",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 60,  # wrk stops itself; this bounds a hung run
    ).stdout
    (_scale.logs_dir() / "wrk.txt").write_text(output)

    def ms(text: str) -> float:
        value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]

    latency = {p: ms(v) for p, v in re.findall(r"^\s+(50|75|90|99)%\s+(\S+)\s*$", output, re.M)}
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = (sum(int(n) for n in socket_errors.groups()) if socket_errors else 0) + (
        int(non_2xx.group(1)) if non_2xx else 0
    )
    return {
        "requests": requests,
        "requests_per_sec": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "errors": errors,
        "p50_ms": latency["50"],
        "p99_ms": latency["99"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--load-seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1, help="gunicorn workers")
    args = parser.parse_args()

    url = _scale.dataset(args.claims)
    key = partner_key(url)
    events = busy_events(url, 200)
    port = _scale.free_port()
    log = _scale.logs_dir() / "gunicorn.log"
    server = _scale.start_gunicorn(
        url, port, args.workers, log, FACTCHECK_THROTTLE_PARTNER="100000000/minute", CONN_MAX_AGE="600"
    )
    floor_ports = {"bare": _scale.free_port(), "django": _scale.free_port()}
    floors = {
        name: _scale.start_gunicorn(
            url,
            floor_port,
            args.workers,
            _scale.logs_dir() / f"gunicorn_floor_{name}.log",
            app=f"bench._api_floor:{name}",
        )
        for name, floor_port in floor_ports.items()
    }
    try:
        check_same_page(port, key, url, events[0])
        api_run(port, key, events[:20])  # warm-up: imports, connections, plans
        sql_run(url, events[:20])
        for floor_port in floor_ports.values():
            api_run(floor_port, key, events[:20])
        per_run = []
        rng = random.Random(11)
        for run in range(args.runs):
            sample = [rng.choice(events) for _ in range(args.requests)]
            api = api_run(port, key, sample)
            sql = sql_run(url, sample)
            floor = {name: api_run(floor_port, key, sample) for name, floor_port in floor_ports.items()}
            figures = {
                "api_p50_ms": _scale.percentile(api, 0.5),
                "api_p95_ms": _scale.percentile(api, 0.95),
                "api_requests_per_sec": len(api) / (sum(api) / 1000),
                "sql_p50_ms": _scale.percentile(sql, 0.5),
                "sql_p95_ms": _scale.percentile(sql, 0.95),
            }
            for name, timings in floor.items():
                figures[f"floor_{name}_p50_ms"] = _scale.percentile(timings, 0.5)
                figures[f"floor_{name}_ratio_p50"] = figures[f"floor_{name}_p50_ms"] / figures["sql_p50_ms"]
            figures["ratio_p50"] = figures["api_p50_ms"] / figures["sql_p50_ms"]
            figures["ratio_p95"] = figures["api_p95_ms"] / figures["sql_p95_ms"]
            per_run.append(figures)
            print(
                f"  run {run + 1}: API p50 {figures['api_p50_ms']:.1f} ms p95 {figures['api_p95_ms']:.1f} ms "
                f"({figures['api_requests_per_sec']:.0f} req/s, one connection); raw SQL p50 "
                f"{figures['sql_p50_ms']:.2f} ms p95 {figures['sql_p95_ms']:.2f} ms; ratio p50 "
                f"{figures['ratio_p50']:.2f}; floor p50: bare WSGI {figures['floor_bare_p50_ms']:.2f} ms "
                f"(ratio {figures['floor_bare_ratio_p50']:.2f}), plain Django view "
                f"{figures['floor_django_p50_ms']:.2f} ms (ratio {figures['floor_django_ratio_p50']:.2f})",
                flush=True,
            )
        load = wrk_load(port, key, events, args.load_seconds, args.connections)
        print(
            f"  wrk {args.connections} connections {args.load_seconds} s: {load['requests']} requests, "
            f"{load['requests_per_sec']:.0f} req/s, p50 {load['p50_ms']:.0f} ms, p99 {load['p99_ms']:.0f} ms, "
            f"{load['errors']} errors",
            flush=True,
        )
        workers = _scale.children(server.pid)
        peak = max(_scale.peak_rss_mb(pid) for pid in workers)
    finally:
        _scale.stop(server)
        for floor_server in floors.values():
            _scale.stop(floor_server)

    def med(name: str) -> float:
        return round(_scale.median([run[name] for run in per_run]), 2)

    suffix = "1m" if args.claims == 1_000_000 else str(args.claims)
    merge_results(
        {
            f"api_list_p50_ms_{suffix}": med("api_p50_ms"),
            f"api_list_p95_ms_{suffix}": med("api_p95_ms"),
            f"api_list_requests_per_sec_one_connection_{suffix}": med("api_requests_per_sec"),
            f"raw_sql_page_p50_ms_{suffix}": med("sql_p50_ms"),
            f"raw_sql_page_p95_ms_{suffix}": med("sql_p95_ms"),
            f"api_vs_raw_sql_ratio_{suffix}": med("ratio_p50"),
            f"api_vs_raw_sql_ratio_p95_{suffix}": med("ratio_p95"),
            f"api_floor_bare_wsgi_p50_ms_{suffix}": med("floor_bare_p50_ms"),
            f"api_floor_bare_wsgi_vs_raw_sql_ratio_{suffix}": med("floor_bare_ratio_p50"),
            f"api_floor_django_view_p50_ms_{suffix}": med("floor_django_p50_ms"),
            f"api_floor_django_view_vs_raw_sql_ratio_{suffix}": med("floor_django_ratio_p50"),
            "api_bench": {
                "claims": args.claims,
                "runs": args.runs,
                "requests_per_run": args.requests,
                "gunicorn_workers": args.workers,
                "url": "/api/v1/claims/?event=<random busy event>&page_size=50 (partner token)",
                "per_run": [{k: round(v, 3) for k, v in run.items()} for run in per_run],
            },
            "load_errors": load["errors"],
            "load_p99_ms": load["p99_ms"],
            "load_p50_ms": load["p50_ms"],
            "load_requests_per_sec": load["requests_per_sec"],
            "load_requests": load["requests"],
            "load_run": f"wrk {args.connections} connections, {args.load_seconds} s, 2 threads, loopback",
            "gunicorn_peak_mb": peak,
        }
    )


if __name__ == "__main__":
    main()

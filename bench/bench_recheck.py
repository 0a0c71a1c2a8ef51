"""Re-checking at scale: cost per claim at 10k, 100k and 1M claims, and a full re-check of
100k claims through two Celery workers.

    .venv/bin/python bench/bench_recheck.py [--runs 5] [--sample 150] [--full 100000]

Needs PostgreSQL and Redis (DATABASE_URL, CELERY_BROKER_URL; `make bench` starts both).

* Cost per claim: in each run, `claim_verify` on `--sample` claims drawn at random from the
  dataset (a fresh draw per run, the same draws at every size), in one process; the figure
  is the median over runs of the mean time per claim. Events have the same size
  distribution at every scale (bench/generate.py), so growth from 10k to 1M shows what the
  size of the tables costs (target <= 1.5x).
* Cost per claim as a re-check runs it: in each run, every claim of `--events` events
  drawn at random is marked owed and checked in the batches a sweep sends
  (`claims_verify`, grouped by event and measure, FACTCHECK_VERIFY_BATCH_SIZE a batch);
  the figure is the median over runs of the time per claim. This is
  `recheck_cost_growth_10k_to_1m`; the one-claim-at-a-time cost above is kept beside it
  (`recheck_single_claim_cost_growth_10k_to_1m`), as the cost of a lone claim's check.
* Full re-check: every claim of the 100k dataset made due, one `claims_recheck_due` sweep
  sends them all, `celery worker --concurrency 2` verifies them; claims/s is measured over
  five equal slices of the run (the median is reported) and over the whole run.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench import _scale
from bench._django import merge_results

COST_CODE = """
import random, time
from claims import services
from claims.models import Claim
config = services.verify_settings(fresh=True)
top = Claim.objects.order_by("-pk").values_list("pk", flat=True).first()
def draw(seed, count):
    rng = random.Random(seed)
    return [rng.randint(1, top) for _ in range(count)]
for claim_id in draw(999, 50):  # warm-up: connection, imports, plans
    services.claim_verify(claim_id=claim_id, config=config)
per_run = []
for run in range({runs}):
    ids = draw(run, {sample})
    started = time.perf_counter()
    for claim_id in ids:
        services.claim_verify(claim_id=claim_id, config=config)
    per_run.append((time.perf_counter() - started) * 1000 / len(ids))
print(json.dumps(per_run))
"""

BATCH_COST_CODE = """
import random, time
from django.conf import settings
from claims import services
from claims.models import Claim
config = services.verify_settings(fresh=True)
events = sorted(set(Claim.objects.exclude(event=None).values_list("event_id", flat=True)))
size = settings.FACTCHECK_VERIFY_BATCH_SIZE
def batches(event_ids):
    # As a re-check sends them (services.enqueue_verification): grouped by event and measure.
    rows = sorted(Claim.objects.filter(event_id__in=event_ids).values_list("event_id", "measure", "pk"))
    ids = [row[2] for row in rows]
    return [ids[start : start + size] for start in range(0, len(ids), size)]
def recheck(event_ids):
    work = batches(event_ids)
    Claim.objects.filter(event_id__in=event_ids).update(status="pending")  # owed, as a sweep marks them
    started = time.perf_counter()
    for batch in work:
        services.claims_verify(claim_ids=batch, config=config, owed_only=True)
    return (time.perf_counter() - started) * 1000, sum(len(batch) for batch in work)
recheck(random.Random(999).sample(events, 2))  # warm-up: connection, imports, plans
per_run = []
for run in range({runs}):
    ms, claims = recheck(random.Random(run).sample(events, {events}))
    per_run.append(ms / claims)
print(json.dumps(per_run))
"""

SWEEP_CODE = """
import datetime as dt
from django.utils import timezone
from claims import services
from claims.models import Claim
now = timezone.now()
Claim.objects.update(last_checked_at=now - dt.timedelta(days=1))
started = timezone.now()
# The sweep stamps the claims it sends with `now`; a finished check stamps its own time.
sent = services.claims_recheck_due(now=started - dt.timedelta(seconds=1))
print(json.dumps({"sent": sent, "started": started.isoformat()}))
"""

PROGRESS_CODE = """
import datetime as dt, time, redis
from claims.models import Claim
started = dt.datetime.fromisoformat({started!r})
broker = redis.Redis.from_url({broker!r})
samples = []
deadline = time.monotonic() + {timeout}
quiet = 0
while time.monotonic() < deadline:
    done = Claim.objects.filter(last_checked_at__gte=started).count()
    samples.append((time.time(), done))
    queued = sum(broker.llen(key) for key in broker.keys("celery*")) + broker.hlen("unacked")  # every priority
    quiet = quiet + 1 if queued == 0 else 0
    if quiet >= 3 or done >= {total}:
        break
    time.sleep(1)
print(json.dumps(samples))
"""


def cost_per_claim(claims: int, runs: int, sample: int) -> list[float]:
    url = _scale.dataset(claims)
    per_run = _scale.python_json(COST_CODE.format(runs=runs, sample=sample), _scale.django_env(url))
    _scale.mark_dirty(claims)  # new verdicts were written
    return per_run


def batch_cost_per_claim(claims: int, runs: int, events: int) -> list[float]:
    url = _scale.dataset(claims)
    per_run = _scale.python_json(BATCH_COST_CODE.format(runs=runs, events=events), _scale.django_env(url))
    _scale.mark_dirty(claims)
    return per_run


def full_recheck(claims: int, workers: int, broker: str) -> dict[str, object]:
    import datetime as dt

    import redis

    url = _scale.dataset(claims)
    env = _scale.django_env(url, CELERY_BROKER_URL=broker)
    redis.Redis.from_url(broker).flushdb()
    worker = _scale.start_celery(url, broker, workers, _scale.logs_dir() / "celery_recheck.log")
    try:
        begun = time.time()
        sweep = _scale.python_json(SWEEP_CODE, env)
        samples = _scale.python_json(
            PROGRESS_CODE.format(started=sweep["started"], broker=broker, timeout=1500, total=sweep["sent"]), env
        )
        peak = max(_scale.peak_rss_mb(pid) for pid in [worker.pid, *_scale.children(worker.pid)])
    finally:
        _scale.stop(worker)
        _scale.mark_dirty(claims)
    end_time, done = samples[-1]
    if done < sweep["sent"]:
        raise RuntimeError(f"re-check did not finish: {done} of {sweep['sent']}")
    start_time = dt.datetime.fromisoformat(sweep["started"]).timestamp()
    # Five slices of equal claim counts; claims/s in each.
    rates = []
    for index in range(5):
        low, high = done * index / 5, done * (index + 1) / 5
        t_low = next(t for t, n in samples if n >= low) if index else start_time
        t_high = next(t for t, n in samples if n >= high)
        rates.append((high - low) / max(t_high - t_low, 1e-9))
    return {
        "claims": done,
        "seconds": round(end_time - begun, 1),
        "claims_per_sec_overall": round(done / (end_time - start_time), 1),
        "claims_per_sec_slices": [round(rate, 1) for rate in rates],
        "claims_per_sec": round(_scale.median(rates), 1),
        "celery_peak_mb": peak,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sample", type=int, default=150)
    parser.add_argument("--events", type=int, default=3, help="whole events re-checked per run (batch cost)")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--full", type=int, default=100_000, help="dataset of the full re-check (0: skip)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    broker = _scale.os.environ.get("CELERY_BROKER_URL", "")

    figures: dict[str, object] = {}
    sizes = [int(s) for s in args.sizes.split(",")]
    for key, growth_key, measure, what in (
        (
            "recheck_single_claim_ms_by_size",
            "recheck_single_claim_cost_growth_10k_to_1m",
            lambda size: cost_per_claim(size, args.runs, args.sample),
            "per claim verified one at a time",
        ),
        (
            "recheck_ms_per_claim_by_size",
            "recheck_cost_growth_10k_to_1m",
            lambda size: batch_cost_per_claim(size, args.runs, args.events),
            f"per claim re-checked in batches, {args.events} whole events a run",
        ),
    ):
        costs: dict[str, float] = {}
        for size in sizes:
            per_run = measure(size)
            costs[str(size)] = round(_scale.median(per_run), 3)
            runs = ", ".join(f"{v:.3f}" for v in per_run)
            print(f"  {size:>9,} claims: {costs[str(size)]:.3f} ms {what} (runs: {runs})", flush=True)
        figures[key] = costs
        if "10000" in costs and "1000000" in costs:
            figures[growth_key] = round(costs["1000000"] / costs["10000"], 3)
            print(f"  growth 10k -> 1M ({what}): {figures[growth_key]:.2f}x", flush=True)
    if args.full:
        if not broker:
            raise SystemExit("the full re-check needs Redis: set CELERY_BROKER_URL")
        result = full_recheck(args.full, args.workers, broker)
        print(
            f"  full re-check of {result['claims']:,} claims with {args.workers} workers: "
            f"{result['claims_per_sec']} claims/s (median of 5 slices {result['claims_per_sec_slices']}), "
            f"{result['seconds']} s",
            flush=True,
        )
        figures["recheck_full_claims_per_sec"] = result["claims_per_sec"]
        figures["recheck_full"] = {k: v for k, v in result.items() if v is not None} | {"workers": args.workers}
        figures["celery_peak_mb_recheck"] = result["celery_peak_mb"]
    merge_results(figures)


if __name__ == "__main__":
    main()

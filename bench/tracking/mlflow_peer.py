"""MLflow's side of the tracking benchmark: its SQL tracking store (SqlAlchemyStore through
MlflowClient, in this process, no tracking server) on a fresh database of the same local
PostgreSQL. Seeds the same runs as Loopline's side (bench/tracking/README.md), then measures
logging 10,000 points to one run and searching with a filter and a sort. Prints one JSON line.

usage: mlflow_peer.py --database-url postgres://... --runs N --log-repeats N --queries N"""

import argparse
import json
import math
import os
import sys
import tempfile
import time
import uuid
from urllib.parse import urlsplit, urlunsplit

import psycopg2

OPTIMIZERS = ["adam", "sgd", "rmsprop"]
TRIGGERS = ["drift", "schedule", "manual", "performance"]
LEARNING_RATES = ["0.001", "0.002", "0.005", "0.01"]
BATCH_SIZES = ["32", "64", "128", "256"]
UNITS = ["32", "64", "128"]
DROPOUTS = ["0", "0.1", "0.2"]
# MLflow refuses more than 1000 metrics in one log_batch call.
MLFLOW_BATCH_LIMIT = 1000
LOG_KEYS, LOG_STEPS = 10, 1000


def progress(message: str) -> None:
    print(f"[mlflow] {message}", file=sys.stderr, flush=True)


def h(i: int, salt: int) -> float:
    return ((i * 2654435761 + salt * 97) % 10007) / 10007


def run_of(i: int) -> dict:
    return {
        "params": {
            "optimizer": OPTIMIZERS[i % 3],
            "learning_rate": LEARNING_RATES[(i * 7) % 4],
            "batch_size": BATCH_SIZES[(i * 5) % 4],
            "hidden_units": UNITS[(i * 11) % 3],
            "dropout": DROPOUTS[(i * 13) % 3],
            "seed": str(i),
        },
        "metrics": {
            "test_roc_auc": 0.5 + 0.5 * h(i, 1),
            "val_loss": 0.2 + h(i, 2),
            "train_loss": 0.1 + h(i, 3),
            "test_accuracy": 0.5 + 0.5 * h(i, 4),
        },
        "tags": {
            "trigger": TRIGGERS[i % 4],
            "team": "ml",
            "model": "flights-delay" if i % 2 == 0 else "seattle-weather",
        },
    }


def query_of(q: int) -> tuple[str, list[str]]:
    threshold = f"{0.55 + (q % 40) * 0.01:.2f}"
    return (
        f"metrics.test_roc_auc > {threshold} and params.optimizer = '{OPTIMIZERS[q % 3]}'"
        f" and tags.trigger = '{TRIGGERS[(q // 3) % 4]}'",
        ["metrics.test_roc_auc DESC"],
    )


def percentile(sorted_values: list[float], p: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, math.ceil(p / 100 * len(sorted_values)) - 1)]


def with_database(url: str, database: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{database}", parts.query, ""))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--runs", type=int, default=10_000)
    parser.add_argument("--log-repeats", type=int, default=5)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()

    database = f"bench_mlflow_{uuid.uuid4().hex[:10]}"
    admin = psycopg2.connect(args.database_url)
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{database}"')
    try:
        measure(args, with_database(args.database_url, database).replace("postgres://", "postgresql+psycopg2://", 1))
    finally:
        import gc

        gc.collect()
        admin.cursor().execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        admin.close()


def measure(args, tracking_uri: str) -> None:
    from mlflow.entities import Metric, Param, RunTag
    from mlflow.tracking import MlflowClient

    started = time.perf_counter()
    client = MlflowClient(tracking_uri=tracking_uri)
    experiment = client.create_experiment(
        "bench", artifact_location=tempfile.mkdtemp(prefix="bench-mlflow-artifacts-")
    )
    progress(f"store ready (migrations) in {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    now_ms = int(time.time() * 1000)
    for i in range(args.runs):
        run = run_of(i)
        created = client.create_run(experiment, start_time=now_ms - (args.runs - i) * 1000)
        client.log_batch(
            created.info.run_id,
            metrics=[Metric(k, v, now_ms, 0) for k, v in run["metrics"].items()],
            params=[Param(k, v) for k, v in run["params"].items()],
            tags=[RunTag(k, v) for k, v in run["tags"].items()],
            synchronous=True,
        )
        if (i + 1) % 1000 == 0:
            progress(f"seeded {i + 1} runs ({time.perf_counter() - started:.0f} s)")
    seed_seconds = time.perf_counter() - started
    progress(f"seeded {args.runs} runs in {seed_seconds:.1f} s (create_run + log_batch each)")

    load_average = os.getloadavg()[0]  # other work on the machine skews what follows
    log_ms = []
    for r in range(-1, args.log_repeats):
        run_id = client.create_run(experiment).info.run_id
        base = 1_000_000 + r
        points = [
            Metric(f"metric_{k}", math.sin(base + k + step / 100), base + step, step)
            for k in range(LOG_KEYS)
            for step in range(LOG_STEPS)
        ]
        start = time.perf_counter()
        for offset in range(0, len(points), MLFLOW_BATCH_LIMIT):
            client.log_batch(run_id, metrics=points[offset : offset + MLFLOW_BATCH_LIMIT], synchronous=True)
        if r >= 0:  # the first is a warm-up
            log_ms.append((time.perf_counter() - start) * 1000)
    progress("log_batch of 10,000 points (10 calls): " + ", ".join(f"{v:.0f}" for v in log_ms) + " ms")

    search_ms, returned, checksum = [], 0, 0.0
    for q in range(-10, args.queries):
        filter_string, order_by = query_of(abs(q))
        start = time.perf_counter()
        runs = client.search_runs([experiment], filter_string=filter_string, order_by=order_by, max_results=100)
        elapsed = (time.perf_counter() - start) * 1000
        if q < 0:
            continue  # warm-up
        search_ms.append(elapsed)
        returned += len(runs)
        checksum += sum(run.data.metrics["test_roc_auc"] for run in runs)
    search_ms.sort()
    progress(f"search_runs p50 {percentile(search_ms, 50):.1f} ms, p99 {percentile(search_ms, 99):.1f} ms")
    print(
        json.dumps(
            {
                "tool": "mlflow",
                "status": "done",
                "runs": args.runs,
                "points": 0,
                "seedSeconds": seed_seconds,
                "logMedianMs": sorted(log_ms)[(len(log_ms) - 1) // 2],
                "logCalls": math.ceil(LOG_KEYS * LOG_STEPS / MLFLOW_BATCH_LIMIT),
                "logRepeats": args.log_repeats,
                "searchP50Ms": percentile(search_ms, 50),
                "searchP99Ms": percentile(search_ms, 99),
                "loadAverage": load_average,
                "queries": args.queries,
                "returned": returned,
                "checksum": round(checksum, 6),
                "version": __import__("mlflow").__version__,
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # one JSON line either way, so the table shows the failure
        progress(f"failed: {error!r}")
        print(json.dumps({"tool": "mlflow", "status": "failed", "error": str(error)[:300]}))
        sys.exit(1)

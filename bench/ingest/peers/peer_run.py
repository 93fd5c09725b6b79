"""Runs one peer through the same steps as a Loopline ingestion and prints one JSON line.

A peer module provides TOOL and four functions: read(path) -> frame, validate(frame) ->
violations, profile(frame) -> profile dict, write_parquet(frame, path). The clock starts before
the read and stops after the manifest is uploaded; library imports, the MinIO client and the
bucket check happen before it, as the service does them at start-up."""

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time

import flights_contract as contract
import version_writer


def rss_bytes(field: str) -> int:
    """VmRSS or VmHWM of this process, read where Loopline's side reads the service's."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"{field} not in /proc/self/status")


def parse_args(tool: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=f"Ingestion benchmark peer: {tool}")
    parser.add_argument("--file", required=True, help="Parquet file to ingest")
    parser.add_argument(
        "--bucket", default=os.environ.get("BENCH_BUCKET", "loopline-bench"), help="MinIO bucket"
    )
    parser.add_argument(
        "--run-id", default=str(int(time.time())), help="distinguishes runs in object keys"
    )
    return parser.parse_args()


def run_peer(peer) -> None:
    args = parse_args(peer.TOOL)
    client = version_writer.client_from_env()
    version_writer.ensure_bucket(client, args.bucket)
    workdir = tempfile.mkdtemp(prefix=f"bench-{peer.SLUG}-")
    rss_before = rss_bytes("VmRSS")
    phases = {}
    try:
        started = last = time.perf_counter()

        def lap(name: str) -> None:
            nonlocal last
            now = time.perf_counter()
            phases[name] = round(now - last, 4)
            last = now

        frame = peer.read(args.file)
        lap("read")
        violations = peer.validate(frame)
        lap("validate")
        errors = [v for v in violations if v["severity"] == "error"]
        if errors:
            print(json.dumps({"tool": peer.TOOL, "status": "rejected", "violations": errors}))
            sys.exit(1)
        profile = peer.profile(frame)
        lap("profile")
        data_path = os.path.join(workdir, "data.parquet")
        peer.write_parquet(frame, data_path)
        lap("write")
        prefix = f"peers/{peer.SLUG}/{contract.DATASET}-{args.run_id}"
        manifest = version_writer.write_version(
            client, args.bucket, prefix, data_path, profile, contract.COLUMNS
        )
        lap("upload")
        seconds = time.perf_counter() - started
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    rows = profile["rowCount"]
    # ru_maxrss is in KiB on Linux; the same number as VmHWM.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    result = {
        "tool": peer.TOOL,
        "status": "versioned",
        "rows": rows,
        "seconds": round(seconds, 4),
        "rowsPerSecond": round(rows / seconds),
        "peakRssBytes": peak,
        "rssBeforeBytes": rss_before,
        "phases": phases,
        "warnings": [v for v in violations if v["severity"] != "error"],
        "manifest": manifest["manifest"]["uri"],
    }
    print(json.dumps(result))

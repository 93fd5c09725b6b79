"""Reading the JSON lines a benchmark's run.sh collects, shared by the benchmarks' report.py."""

import json
import statistics


def load(path: str) -> dict[str, list[dict]]:
    """The results of every run, grouped by tool, in run order."""
    runs: dict[str, list[dict]] = {}
    with open(path) as lines:
        for line in lines:
            if line.strip():
                result = json.loads(line)
                runs.setdefault(result["tool"], []).append(result)
    return runs


def summarise(results: list[dict], done_status: str) -> dict:
    """One tool's figures: the median run by seconds (the lower middle one for an even count, so
    every figure is from one real run) with the highest peak memory over all runs; or the first
    failure when any run did not end in `done_status`."""
    done = [r for r in results if r.get("status") == done_status]
    if len(done) < len(results):
        failed = next(r for r in results if r.get("status") != done_status)
        return {"failed": failed.get("error") or failed.get("status"), "runs": len(results)}
    median = statistics.median_low(r["seconds"] for r in done)
    best = next(r for r in done if r["seconds"] == median)
    return {**best, "peakRssBytes": max(r["peakRssBytes"] for r in done), "runs": len(done)}

"""Prints the tracking benchmark's table from the JSON lines run.sh collected: per system, the
median of logging 10,000 points to one run and the p50/p99 of searching runs with a filter and a
sort; Loopline's speed relative to MLflow; the targets; and a WARNING when the two systems'
searches did not return the same runs' AUCs (same count and sum).

usage: report.py <results.jsonl> [--targets] [--enforce]"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lib"))
from bench_results import load  # noqa: E402

LOG_TARGET_MS = 100.0  # 10,000 points for one run
SEARCH_P99_TARGET_MS = 50.0  # 10,000 runs, filter and sort
RATIO_TARGET = 10.0  # at least 10x MLflow on both
# The measuring process and its PostgreSQL backend keep about one core busy themselves; a load
# above the core count means other work shared the machine.
BUSY_LOAD = float(os.cpu_count() or 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("--targets", action="store_true")
    parser.add_argument("--enforce", action="store_true")
    args = parser.parse_args()
    runs = load(args.results)
    summary = {tool: results[-1] for tool, results in runs.items()}

    print(f"{'system':<10}{'runs':>8}{'points':>11}{'seed s':>9}{'log 10k ms':>12}{'calls':>7}"
          f"{'search p50':>12}{'search p99':>12}")
    for tool in ["loopline", "mlflow"]:
        s = summary.get(tool)
        if s is None:
            continue
        if s.get("status") != "done":
            print(f"{tool:<10}FAILED: {str(s.get('error'))[:70]}")
            continue
        print(f"{tool:<10}{s['runs']:>8,}{s['points']:>11,}{s['seedSeconds']:>9.1f}{s['logMedianMs']:>12.1f}"
              f"{s['logCalls']:>7}{s['searchP50Ms']:>12.2f}{s['searchP99Ms']:>12.2f}")
    print("log: median of repeats, each into a fresh run; search: 100 runs per query, ms")
    for tool, s in summary.items():
        busy = s.get("loadAverage")
        if busy is not None and busy > BUSY_LOAD:
            print(f"WARNING: the 1-minute load average was {busy:.2f} when {tool} was measured: other "
                  "work shared the machine, so its figures (and the ratios) are skewed; run again when it is idle")

    lo, ml = summary.get("loopline", {}), summary.get("mlflow", {})
    missed = []
    if lo.get("status") == "done" and ml.get("status") == "done":
        print()
        for label, key in [("log 10k points", "logMedianMs"), ("search p50", "searchP50Ms"),
                           ("search p99", "searchP99Ms")]:
            ratio = ml[key] / lo[key]
            print(f"loopline vs mlflow, {label}: {ratio:.1f}x faster")
            if key != "searchP50Ms" and ratio < RATIO_TARGET:
                missed.append(f"{label} only {ratio:.1f}x MLflow (target {RATIO_TARGET:.0f}x)")
        if (lo["returned"], lo["checksum"]) != (ml["returned"], ml["checksum"]):
            print(f"WARNING: the searches disagree: loopline returned {lo['returned']} runs (AUC sum "
                  f"{lo['checksum']}), mlflow {ml['returned']} (AUC sum {ml['checksum']})")
        else:
            print(f"both searches returned the same {lo['returned']:,} runs' AUCs (sum {lo['checksum']})")
    if args.targets and lo.get("status") == "done":
        if lo["logMedianMs"] >= LOG_TARGET_MS:
            missed.append(f"log 10k points {lo['logMedianMs']:.1f} ms (target < {LOG_TARGET_MS:.0f})")
        if lo["searchP99Ms"] >= SEARCH_P99_TARGET_MS:
            missed.append(f"search p99 {lo['searchP99Ms']:.1f} ms (target < {SEARCH_P99_TARGET_MS:.0f})")
        print()
        print("targets: " + ("all met" if not missed else "MISSED: " + "; ".join(missed)))
        if missed and args.enforce:
            sys.exit(1)


if __name__ == "__main__":
    main()

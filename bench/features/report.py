"""Prints the feature-store benchmark's table from the JSON lines run.sh collected: per engine,
the median run by seconds (the lower middle one for an even count, so every figure is from one
real run) and the highest peak memory over all runs; the stages of those runs; Loopline's speed
relative to each peer; and a warning line for every figure the engines should agree on but do
not (train rows, mean/std of log1p distance, origin vocabulary).

usage: report.py <results.jsonl> [--targets] [--enforce]"""

import argparse
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lib"))
from bench_results import load, summarise  # noqa: E402

MIB = 1024**2
TARGET_SECONDS = 10.0  # the target for all 3M rows
ORDER = ["loopline", "pandas", "polars", "pandas+get_dummies", "polars+to_dummies"]
# The fair comparison: the peers writing the compact form, as Loopline does.
PEERS = ["pandas", "polars"]
STAGES = ["load", "aggregate", "split", "fit", "transform", "write", "profile"]


def print_table(tools: list[str], summary: dict) -> None:
    print(f"{'engine':<20}{'rows':>11}{'seconds':>10}{'rows/s':>13}{'peak RSS':>12}{'runs':>6}")
    for tool in tools:
        s = summary[tool]
        if "failed" in s:
            print(f"{tool:<20}FAILED: {str(s['failed'])[:70]}")
            continue
        speed = f"{s['seconds']:>10.3f}{round(s['keptRows'] / s['seconds']):>13,}"
        peak = f"{s['peakRssBytes'] / MIB:,.0f} MiB"
        print(f"{tool:<20}{s['keptRows']:>11,}{speed}{peak:>12}{s['runs']:>6}")
    print("seconds: read to written, median run; peak RSS: highest over the runs")
    print()
    done = [t for t in tools if "failed" not in summary[t]]
    print(f"{'stage seconds':<20}" + "".join(f"{stage:>10}" for stage in STAGES))
    for tool in done:
        stages = summary[tool].get("stages", {})
        cells = (f"{stages[s]:>10.3f}" if s in stages else f"{'-':>10}" for s in STAGES)
        print(f"{tool:<20}" + "".join(cells))


def agreement(tools: list[str], summary: dict) -> list[str]:
    """Warnings for the figures that every engine should compute identically."""
    done = {t: summary[t]["checks"] for t in tools if "failed" not in summary[t]}
    if len(done) < 2:
        return []
    warnings = []
    reference_tool = next(iter(done))
    reference = done[reference_tool]
    for tool, checks in done.items():
        for key in ("trainRows", "originVocabulary"):
            if checks.get(key) != reference.get(key):
                warnings.append(
                    f"{key}: {tool} has {checks.get(key)}, {reference_tool} {reference.get(key)}"
                )
        for key in ("distanceMean", "distanceStd"):
            a, b = checks.get(key), reference.get(key)
            if a is None or b is None or not math.isclose(a, b, rel_tol=1e-6):
                warnings.append(f"{key}: {tool} has {a}, {reference_tool} {b}")
    return warnings


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("--targets", action="store_true", help="check the full-file targets")
    parser.add_argument("--enforce", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()

    runs = load(args.results)
    tools = [t for t in ORDER if t in runs] + sorted(t for t in runs if t not in ORDER)
    summary = {tool: summarise(runs[tool], "materialized") for tool in tools}
    print_table(tools, summary)
    print()

    loopline = summary.get("loopline", {})
    missed = []
    if "seconds" in loopline:
        for tool in tools:
            peer = summary[tool]
            if tool == "loopline" or "seconds" not in peer:
                continue
            ratio = peer["seconds"] / loopline["seconds"]
            verdict = f"{ratio:.2f}x faster" if ratio > 1 else f"{1 / ratio:.2f}x slower"
            print(f"loopline vs {tool}: {verdict}")
            if tool in PEERS and ratio <= 1:
                missed.append(f"faster than {tool}")
        if args.targets and loopline["seconds"] >= TARGET_SECONDS:
            missed.append(f"under {TARGET_SECONDS:g} s")
    for warning in agreement(tools, summary):
        print(f"WARNING: the engines disagree on {warning}")
    if args.targets:
        if "seconds" not in loopline:
            missed.append("a Loopline result")
        print("targets: " + ("all met" if not missed else "missed: " + ", ".join(missed)))
    failed = any("failed" in s for s in summary.values())
    return 1 if failed or (args.enforce and missed) else 0


if __name__ == "__main__":
    raise SystemExit(main())

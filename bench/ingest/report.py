"""Prints the ingestion benchmark's table from the JSON lines run.sh collected: per tool, the
median run by seconds (the lower middle one for an even count, so every figure is from one real
run) and the highest peak memory over all runs; then Loopline's speed relative to each peer.

usage: report.py <results.jsonl> [--targets] [--enforce]"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lib"))
from bench_results import load, summarise  # noqa: E402

GIB = 1024**3
MIB = 1024**2
# The targets for the full file.
TARGET_SECONDS = 5.0
TARGET_PEAK_BYTES = 1 * GIB
ORDER = ["loopline", "pandas+pandera", "polars"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("--targets", action="store_true", help="check the full-file targets")
    parser.add_argument("--enforce", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()

    runs = load(args.results)
    tools = [t for t in ORDER if t in runs] + sorted(t for t in runs if t not in ORDER)
    summary = {tool: summarise(runs[tool], "versioned") for tool in tools}

    print(f"{'tool':<16}{'rows':>11}{'seconds':>10}{'rows/s':>13}{'peak RSS':>12}{'runs':>6}")
    for tool in tools:
        s = summary[tool]
        if "failed" in s:
            print(f"{tool:<16}{'FAILED: ' + str(s['failed'])[:70]}")
            continue
        peak = f"{s['peakRssBytes'] / MIB:,.0f} MiB"
        speed = f"{s['seconds']:>10.3f}{s['rowsPerSecond']:>13,}"
        print(f"{tool:<16}{s['rows']:>11,}{speed}{peak:>12}{s['runs']:>6}")
    print("seconds and rows/s: median run; peak RSS: highest over the runs")

    loopline = summary.get("loopline", {})
    missed = []
    if "rowsPerSecond" in loopline:
        before = loopline["rssBeforeBytes"] / MIB
        print(f"loopline service RSS before the upload: {before:,.0f} MiB (VmRSS); peak: VmHWM")
        for tool in tools:
            peer = summary[tool]
            if tool == "loopline" or "rowsPerSecond" not in peer:
                continue
            ratio = loopline["rowsPerSecond"] / peer["rowsPerSecond"]
            verdict = "faster" if ratio > 1 else "slower"
            print(f"loopline vs {tool}: {ratio:.2f}x the rows/s ({verdict})")
            if ratio <= 1:
                missed.append(f"faster than {tool}")
        if args.targets:
            if loopline["seconds"] >= TARGET_SECONDS:
                missed.append(f"under {TARGET_SECONDS:g} s")
            if loopline["peakRssBytes"] >= TARGET_PEAK_BYTES:
                missed.append("peak memory under 1 GiB")
    if args.targets:
        if "rowsPerSecond" not in loopline:
            missed.append("a Loopline result")
        print("targets: " + ("all met" if not missed else "missed: " + ", ".join(missed)))
    failed = any("failed" in s for s in summary.values())
    return 1 if failed or (args.enforce and missed) else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Prints the training benchmark's tables from the JSON lines run.sh collected: throughput per
engine (the median run by training seconds, the highest peak memory over all runs), inference
rows/s, Loopline's ratio to the faster peer, and the quality comparison (Loopline's shipped
configuration against HistGradientBoosting, by test ROC AUC). With --smoke it checks
correctness only: bit-identical matrices in Node and Python, the saved model reproducing the
engine's predictions, and Loopline's AUC equal to scikit-learn's on the same predictions.

usage: report.py <results.jsonl> [--smoke | --targets [--enforce]]"""

import argparse
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lib"))
from bench_results import load, summarise  # noqa: E402

MIB = 1024**2
TARGET_SAMPLES_PER_SECOND = 100_000  # on WASM, the target
TARGET_AUC_GAP = 0.02
THROUGHPUT = ["loopline", "sklearn-mlp", "keras"]
PEERS = ["sklearn-mlp", "keras"]


def first(runs: dict, tool: str) -> dict:
    return (runs.get(tool) or [{}])[-1]


def throughput_table(summary: dict) -> None:
    print(
        f"{'engine':<13}{'backend':<9}{'train rows':>11}{'epochs':>7}{'train s':>9}"
        f"{'samples/s':>11}{'infer rows/s':>14}{'test AUC':>10}{'peak RSS':>10}{'runs':>5}{'load':>6}"
    )
    for tool in [t for t in THROUGHPUT if t in summary]:
        s = summary[tool]
        if "failed" in s:
            print(f"{tool:<13}FAILED: {str(s['failed'])[:80]}")
            continue
        backend = s.get("backend", "numpy" if tool == "sklearn-mlp" else "tf-cpu")
        auc = s.get("testRocAuc")
        print(
            f"{tool:<13}{backend:<9}{s['trainRows']:>11,}{s['epochs']:>7}{s['seconds']:>9.2f}"
            f"{round(s['samplesPerSecond']):>11,}{round(s['inferRowsPerSecond']):>14,}"
            f"{(f'{auc:.4f}' if auc is not None else '-'):>10}"
            f"{s['peakRssBytes'] / MIB:>7,.0f} MiB{s['runs']:>5}{s.get('loadAverage', math.nan):>6.1f}"
        )
    print(
        "samples/s: train rows × epochs / training seconds (Loopline: the engine's figure, its "
        "epochs' time; peers: the fit call);\ninfer: test split, Loopline and Keras in batches "
        "of 4096, scikit-learn predict_proba on the whole split;\nload: the machine's 1-minute "
        "load average as the median run started (2 cores: above 2, other work competed)"
    )
    loopline = summary.get("loopline", {})
    if "samplesPerSecond" in loopline:
        print(
            f"loopline trainModel call, wall: {loopline['wallSeconds']:.2f} s "
            f"({round(loopline['wallSamplesPerSecond']):,} samples/s incl. model build, "
            f"validation and predictions on every split); per epoch: "
            f"{', '.join(f'{v:,}' for v in loopline['epochSamplesPerSecond'])} samples/s"
        )
        print(
            f"loopline tfjs model.predict, default batch 32, {loopline['defaultBatchRows']:,} rows: "
            f"{round(loopline['defaultBatchRowsPerSecond']):,} rows/s "
            f"(batch {loopline['predictBatch']}: {round(loopline['inferRowsPerSecond']):,} rows/s, "
            f"{loopline['inferRowsPerSecond'] / loopline['defaultBatchRowsPerSecond']:.1f}x)"
        )
    keras = summary.get("keras", {})
    if keras.get("epochSeconds"):
        steady = keras["epochSeconds"][1:] or keras["epochSeconds"]
        rate = keras["trainRows"] * len(steady) / sum(steady)
        print(f"keras after its first epoch (graph tracing): {round(rate):,} samples/s")


def ratios(summary: dict) -> list[str]:
    loopline = summary.get("loopline", {})
    peers = [summary[t] | {"tool": t} for t in PEERS if "samplesPerSecond" in summary.get(t, {})]
    if "samplesPerSecond" not in loopline or not peers:
        return []
    lines = []
    for figure, label in (("samplesPerSecond", "training"), ("inferRowsPerSecond", "inference")):
        best = max(peers, key=lambda p: p[figure])
        ratio = loopline[figure] / best[figure]
        verdict = f"{ratio:.2f}x faster" if ratio >= 1 else f"{1 / ratio:.2f}x slower"
        lines.append(f"loopline vs {best['tool']} (the faster peer), {label}: {verdict}")
    return lines


def quality(runs: dict) -> dict:
    loopline, check, hgb = first(runs, "loopline-quality"), first(runs, "sklearn-score"), first(runs, "hgb")
    print(f"{'quality (test ROC AUC)':<50}{'AUC':>8}{'seconds':>9}  detail")
    row = lambda name, auc, s, d: print(  # noqa: E731
        f"{name:<50}{(f'{auc:.4f}' if auc is not None else '-'):>8}"
        f"{(f'{s:.1f}' if s is not None else '-'):>9}  {d}"
    )
    if loopline.get("status") == "trained":
        detail = (
            f"{loopline['backend']}, {loopline['epochs']}/{loopline['configEpochs']} epochs, "
            f"best {loopline['bestEpoch']}, val AUC {loopline['valRocAuc']}"
        )
        row(f"loopline {loopline['model']} (@loopline/model-metrics)", loopline.get("testRocAuc"),
            loopline["wallSeconds"], detail)
        if loopline.get("metricsError"):
            print(f"  model-metrics: {loopline['metricsError']}")
        row("loopline predictions (sklearn roc_auc_score)", check.get("testRocAuc"), None, "")
    elif loopline:
        print(f"loopline-quality FAILED: {loopline.get('error')}")
    if hgb.get("status") == "trained":
        row("sklearn HistGradientBoostingClassifier", hgb["testRocAuc"], hgb["seconds"],
            f"{hgb['iterations']} iterations, defaults")
    elif hgb:
        print(f"hgb FAILED: {hgb.get('error')}")
    ours = check.get("testRocAuc", loopline.get("testRocAuc"))
    result = {"loopline": ours, "hgb": hgb.get("testRocAuc"),
              "library": loopline.get("testRocAuc"), "sklearn": check.get("testRocAuc")}
    if ours is not None and result["hgb"] is not None:
        result["gap"] = result["hgb"] - ours
        print(f"gap (hgb − loopline): {result['gap']:+.4f} (target ≤ {TARGET_AUC_GAP})")
    return result


def smoke_checks(runs: dict, summary: dict, aucs: dict) -> list[str]:
    """The correctness checks of the parts this run measured."""
    faults = []
    if "node-reader" in runs or "python-reader" in runs:
        node, python = first(runs, "node-reader"), first(runs, "python-reader")
        if node.get("splits") != python.get("splits") or not node.get("splits"):
            faults.append(f"matrices differ: node {node.get('splits')}, python {python.get('splits')}")
        else:
            print("check: Node's and Python's matrices are bit-identical (sha256 per split)")
    if "loopline" in summary:
        loopline = summary["loopline"]
        if loopline.get("savedModelMatches") is not True:
            faults.append("the saved model does not reproduce the engine's test predictions")
        elif loopline.get("defaultBatchMatches") is not True:
            faults.append("model.predict at batch 32 does not give the batched predictions")
        else:
            print("check: the saved model reproduces the engine's test predictions, at any batch size")
    if "loopline-quality" in runs:
        library, sklearn = aucs.get("library"), aucs.get("sklearn")
        if library is None or sklearn is None or not math.isclose(library, sklearn, abs_tol=1e-6):
            faults.append(f"ROC AUC: @loopline/model-metrics {library}, scikit-learn {sklearn}")
        else:
            print("check: @loopline/model-metrics ROC AUC equals scikit-learn's on the same scores")
    return faults


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("--smoke", action="store_true", help="check correctness, no targets")
    parser.add_argument("--targets", action="store_true", help="check the targets")
    parser.add_argument("--enforce", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()

    runs = load(args.results)
    summary = {t: summarise(runs[t], "trained") for t in THROUGHPUT if t in runs}
    throughput_table(summary)
    print()
    for line in ratios(summary):
        print(line)
    print()
    aucs = quality(runs)
    print()
    failed = any("failed" in s for s in summary.values()) or any(
        r.get("status") == "failed" for tool in runs for r in runs[tool]
    )
    if args.smoke:
        faults = smoke_checks(runs, summary, aucs)
        for fault in faults:
            print(f"SMOKE FAILED: {fault}")
        return 1 if failed or faults else 0
    missed = []
    loopline = summary.get("loopline", {})
    if "samplesPerSecond" not in loopline:
        missed.append("a Loopline throughput result")
    elif loopline["samplesPerSecond"] < TARGET_SAMPLES_PER_SECOND:
        missed.append(f"≥ {TARGET_SAMPLES_PER_SECOND:,} samples/s on {loopline['backend']}")
    if "gap" not in aucs:
        missed.append("a quality comparison")
    elif aucs["gap"] > TARGET_AUC_GAP:
        missed.append(f"AUC gap ≤ {TARGET_AUC_GAP}")
    if args.targets:
        print("targets (≥ 100,000 samples/s on WASM; AUC gap ≤ 0.02): "
              + ("all met" if not missed else "missed: " + ", ".join(missed)))
    return 1 if failed or (args.enforce and missed) else 0


if __name__ == "__main__":
    raise SystemExit(main())

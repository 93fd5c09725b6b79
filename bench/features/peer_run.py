"""Runs one peer through Loopline's materialization stages and prints one JSON line.

A peer module provides TOOL, DUMMIES (the name of its dummies function) and one function per
stage, named as Loopline names its stages so the timings line up:
  load(path, view) -> frame            read the Parquet file, drop rows without date or label
  aggregate(frame, view) -> frame      order by date, add the 7-day origin windows and the label
  split(frame, view) -> (train_end, validation_end)
  fit(frame, train_end, view) -> statistics (JSON, Loopline's FittedStatistics shape)
  transform(frame, statistics, view, expand) -> frame of float32 features and the label
  write(frame, bounds, directory) -> {split: path}    Arrow IPC files
The clock starts before the read and stops once the files and the transform spec are written;
interpreter start-up and library imports are outside it, as Node's are on Loopline's side."""

import argparse
import json
import os
import resource
import shutil
import tempfile
import time

import feature_view


def parse_args(tool: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=f"Feature-store benchmark peer: {tool}")
    parser.add_argument("--file", required=True, help="flights Parquet file")
    parser.add_argument(
        "--expand",
        action="store_true",
        help="write expanded one-hot columns (dummies) instead of one index column per block",
    )
    parser.add_argument("--keep", help="write the split files here and keep them (for checks)")
    return parser.parse_args()


def checks(statistics: dict) -> dict:
    """The figures run.sh compares across engines (the same keys Loopline's harness reports)."""
    distance = statistics["features"]["distance"][2]
    return {
        "trainRows": statistics["fittedRows"],
        "distanceMean": distance["mean"],
        "distanceStd": distance["std"],
        "originVocabulary": statistics["features"]["origin"][0]["vocabulary"],
    }


def materialize(peer, path: str, directory: str, expand: bool, view) -> dict:
    """The timed part. Returns the result fields of the JSON line."""
    stages = {}
    started = last = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal last
        now = time.perf_counter()
        stages[name] = round(now - last, 4)
        last = now

    frame, rows = peer.load(path, view)
    lap("load")
    frame = peer.aggregate(frame, view)
    lap("aggregate")
    bounds = peer.split(frame, view)
    lap("split")
    statistics = peer.fit(frame, bounds[0], view)
    lap("fit")
    out = peer.transform(frame, statistics, view, expand)
    lap("transform")
    paths = peer.write(out, bounds, directory)
    with open(os.path.join(directory, "transform-spec.json"), "w") as spec:
        json.dump({"featureView": {"name": "flights-delay", "version": 1}, "statistics": statistics}, spec)
    lap("write")
    seconds = time.perf_counter() - started

    kept = len(frame)
    return {
        "rows": rows,
        "keptRows": kept,
        "seconds": round(seconds, 4),
        "stages": stages,
        "splits": {
            "train": bounds[0],
            "validation": bounds[1] - bounds[0],
            "test": kept - bounds[1],
        },
        "fileColumns": len(out.columns),
        "checks": checks(statistics),
    }


def run_peer(peer) -> None:
    args = parse_args(peer.TOOL)
    view = feature_view.load()
    directory = args.keep or tempfile.mkdtemp(prefix=f"bench-features-{peer.TOOL}-")
    os.makedirs(directory, exist_ok=True)
    try:
        result = materialize(peer, args.file, directory, args.expand, view)
    finally:
        if not args.keep:
            shutil.rmtree(directory, ignore_errors=True)
    # ru_maxrss is in KiB on Linux: the process's peak, imports and interpreter included.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    tool = f"{peer.TOOL}+{peer.DUMMIES}" if args.expand else peer.TOOL
    print(json.dumps({"tool": tool, "status": "materialized", **result, "peakRssBytes": peak}))

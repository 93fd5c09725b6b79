"""The drift benchmark's peers on the two exported samples: scipy's two-sample tests and Evidently's
data drift report. Prints one JSON line: per peer, the median timing and per-feature results.

Both peers get the columns Loopline monitors: delay and distance as numbers, origin and
destination as categories, and the date as its UTC hour and weekday (categories labelled as
Loopline labels them, '00'..'23' and 'Sun'..'Sat'), derived inside each peer's timed part since
Loopline derives them inside its own. The raw date is also given to both, outside the timing, to
show what each does with a timestamp: scipy's KS takes it as a number; Evidently's report skips
datetime columns.

  python peers.py --reference R.parquet --window W.parquet [--repeat N] [--alpha 0.05]
"""

import argparse
import json
import statistics
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats

NUMERIC = ["delay", "distance"]
CATEGORICAL = ["origin", "destination", "date.hour", "date.weekday"]
HOURS = np.array([f"{hour:02d}" for hour in range(24)], dtype=object)
# pandas counts weekdays from Monday; Loopline labels from Sunday, both by name.
WEEKDAYS = np.array(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], dtype=object)


def progress(message: str) -> None:
    print(f"[peers] {message}", file=sys.stderr, flush=True)


def load(path: str) -> pd.DataFrame:
    return pd.read_parquet(path, columns=["date", "delay", "distance", "origin", "destination"])


def with_time_parts(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with date.hour and date.weekday; the timestamps are UTC wall times."""
    dates = frame["date"].dt
    return frame.assign(
        **{
            "date.hour": HOURS[dates.hour.to_numpy()],
            "date.weekday": WEEKDAYS[dates.weekday.to_numpy()],
        }
    )


def scipy_tests(reference: pd.DataFrame, window: pd.DataFrame, alpha: float) -> dict:
    """ks_2samp per numeric column, chi2_contingency on the 2 x k table of counts per category
    column, both with scipy's defaults; drifted when p < alpha."""
    reference = with_time_parts(reference)
    window = with_time_parts(window)
    features = {}
    for name in NUMERIC:
        result = stats.ks_2samp(reference[name].to_numpy(), window[name].to_numpy())
        features[name] = {
            "test": "ks",
            "statistic": float(result.statistic),
            "pValue": float(result.pvalue),
            "drifted": bool(result.pvalue < alpha),
        }
    for name in CATEGORICAL:
        table = pd.concat(
            [reference[name].value_counts(), window[name].value_counts()], axis=1
        ).fillna(0)
        statistic, p_value, dof, _ = stats.chi2_contingency(table.to_numpy().T)
        features[name] = {
            "test": "chi-square",
            "statistic": float(statistic),
            "pValue": float(p_value),
            "dof": int(dof),
            "drifted": bool(p_value < alpha),
        }
    return features


def evidently_report(reference: pd.DataFrame, window: pd.DataFrame) -> dict:
    """Evidently's default DataDriftPreset, verdicts read from its per-column tests."""
    from evidently import DataDefinition, Dataset, Report
    from evidently.presets import DataDriftPreset

    reference = with_time_parts(reference)
    window = with_time_parts(window)
    definition = DataDefinition(
        numerical_columns=NUMERIC, categorical_columns=CATEGORICAL, datetime_columns=["date"]
    )
    snapshot = Report([DataDriftPreset()], include_tests=True).run(
        Dataset.from_pandas(window, data_definition=definition),
        Dataset.from_pandas(reference, data_definition=definition),
    )
    result = snapshot.dict()
    features, share = {}, None
    for metric in result["metrics"]:
        config = metric["config"]
        if config.get("type") == "evidently:metric_v2:ValueDrift":
            features[config["column"]] = {
                "test": config["method"],
                "statistic": float(metric["value"]),
                "threshold": config["threshold"],
            }
        elif config.get("type") == "evidently:metric_v2:DriftedColumnsCount":
            share = metric["value"]["share"]
    for test in result["tests"]:
        column = test["metric_config"]["params"].get("column")
        if column in features:
            features[column]["drifted"] = test["status"] == "FAIL"
    return {"features": features, "driftedShare": share}


def timed(run, repeat: int, reference_path: str, window_path: str):
    """Median seconds of `run` on frames already in memory, and of the same with both files read
    first, over `repeat` runs after one untimed warm-up (Loopline's side gets one too); the result
    of the last run."""
    compute, with_load = [], []
    for attempt in range(repeat + 1):
        started = time.perf_counter()
        reference, window = load(reference_path), load(window_path)
        loaded = time.perf_counter()
        result = run(reference, window)
        done = time.perf_counter()
        if attempt > 0:
            compute.append(done - loaded)
            with_load.append(done - started)
    return statistics.median(compute), statistics.median(with_load), result


def raw_dates(reference: pd.DataFrame, window: pd.DataFrame) -> dict:
    """What scipy's KS says of the timestamps themselves (nanoseconds as numbers)."""
    result = stats.ks_2samp(
        reference["date"].to_numpy().astype("int64"), window["date"].to_numpy().astype("int64")
    )
    return {"statistic": float(result.statistic), "pValue": float(result.pvalue)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", required=True)
    parser.add_argument("--window", required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--alpha", type=float, default=0.05)
    args = parser.parse_args()

    progress(f"scipy: ks_2samp and chi2_contingency, {args.repeat} run(s)")
    scipy_seconds, scipy_load, scipy_features = timed(
        lambda r, w: scipy_tests(r, w, args.alpha), args.repeat, args.reference, args.window
    )
    progress(f"evidently: DataDriftPreset, {args.repeat} run(s)")
    evidently_seconds, evidently_load, evidently_result = timed(
        evidently_report, args.repeat, args.reference, args.window
    )
    reference, window = load(args.reference), load(args.window)
    line = {
        "rows": {"reference": len(reference), "window": len(window)},
        "scipy": {
            "seconds": scipy_seconds,
            "secondsWithLoad": scipy_load,
            "features": scipy_features,
            "rawDate": raw_dates(reference, window),
        },
        "evidently": {
            "seconds": evidently_seconds,
            "secondsWithLoad": evidently_load,
            **evidently_result,
        },
    }
    print(json.dumps(line))


if __name__ == "__main__":
    main()

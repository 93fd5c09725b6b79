"""Peer: the flights-delay feature view in pandas (with numpy for the arithmetic and pyarrow for
the Arrow IPC files). Fitted on the training split, applied to every row, compact form by
default: float32 columns plus one int32 index column per one-hot block; `--expand` writes
`pd.get_dummies` columns instead."""

import os

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.feather as feather

import feature_view as fv
from peer_run import run_peer

TOOL = "pandas"
DUMMIES = "get_dummies"
COLUMNS = ["date", "delay", "distance", "origin", "destination"]
SPLITS = ["train", "validation", "test"]


def load(path: str, view: fv.View) -> tuple[pd.DataFrame, int]:
    df = pd.read_parquet(path, columns=COLUMNS)
    rows = len(df)
    df = df.dropna(subset=[view.event_time, view.label_source])
    # Airport codes repeat millions of times: categories make grouping and encoding cheap.
    df = df.astype({"origin": "category", "destination": "category"})
    return df, rows


def aggregate(df: pd.DataFrame, view: fv.View) -> pd.DataFrame:
    date, entity = view.event_time, view.entity
    df = df.sort_values(date, kind="stable", ignore_index=True)
    # The window is [t - 7 days, t): rows at the same instant as t are out, even earlier ones in
    # the file. A rolling window over rows (closed='left') would count those, so the rows are
    # first summed per (origin, instant) and the window rolls over those sums.
    pairs = df.assign(late=df["delay"] > view.rate_threshold).groupby(
        [entity, date], observed=True, sort=True
    )
    per_instant = pairs.agg(n=("delay", "size"), total=("delay", "sum"), late=("late", "sum"))
    per_instant = per_instant.reset_index()
    rolled = (
        per_instant.groupby(entity, observed=True, sort=True)
        .rolling(f"{view.window_days}D", on=date, closed="left")[["n", "total", "late"]]
        .sum()
    )
    # Both groupings are sorted by (origin, date), so the rolled rows line up with per_instant.
    assert np.array_equal(rolled.index.get_level_values(date), per_instant[date].to_numpy())
    n = np.nan_to_num(rolled["n"].to_numpy())  # an empty window rolls to NaN: count 0
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = rolled["total"].to_numpy() / n  # NaN for an empty window
        rate = rolled["late"].to_numpy() / n
    row_pair = pairs.ngroup().to_numpy()  # each row's (origin, instant) position
    return df.assign(
        origin_flights_7d=n[row_pair],
        origin_mean_delay_7d=mean[row_pair],
        origin_delay_rate_7d=rate[row_pair],
        **{view.label: (df[view.label_source] > view.label_threshold).astype(np.float32)},
    )


def split(df: pd.DataFrame, view: fv.View) -> tuple[int, int]:
    dates = df[view.event_time].to_numpy()
    return fv.split_bounds(
        len(df), view, lambda i: int(np.searchsorted(dates, dates[i], side="right"))
    )


def _standardize(x: pd.Series) -> dict:
    std = x.std(ddof=0)  # population std, as Loopline
    return {"kind": "standardize", "mean": x.mean(), "std": std if std > 0 else 1.0}


def _log1p(x: pd.Series) -> pd.Series:
    return np.log1p(x.clip(lower=0))


def fit(df: pd.DataFrame, train_end: int, view: fv.View) -> dict:
    train = df.iloc[:train_end]
    median = train["distance"].median()
    distance = _log1p(train["distance"].fillna(median))

    counts = train["origin"].value_counts().rename_axis("value").reset_index()
    vocabulary = (
        counts[counts["count"] >= view.min_count]
        .sort_values(["count", "value"], ascending=[False, True])
        .head(view.top_k)["value"]
        .astype(str)
        .tolist()
    )

    flights = np.log1p(train["origin_flights_7d"])
    mean_delay_fill = train["origin_mean_delay_7d"].mean()
    mean_delay = (
        train["origin_mean_delay_7d"].fillna(mean_delay_fill).clip(view.clip_min, view.clip_max)
    )
    rate_fill = train["origin_delay_rate_7d"].mean()
    rate = train["origin_delay_rate_7d"].fillna(rate_fill)

    features = {
        "distance": [{"kind": "impute", "value": median}, None, _standardize(distance)],
        "origin": [{"kind": "one_hot", "vocabulary": vocabulary}],
        "destination": [None],
        "hour": [None],
        "weekday": [None],
        "origin_flights_7d": [None, _standardize(flights)],
        "origin_mean_delay_7d": [
            {"kind": "impute", "value": mean_delay_fill},
            None,
            _standardize(mean_delay),
        ],
        "origin_delay_rate_7d": [
            {"kind": "impute", "value": rate_fill},
            {"kind": "min_max", "min": rate.min(), "max": rate.max()},
        ],
    }
    features = {k: [_plain(step) for step in v] for k, v in features.items()}
    return {"fittedRows": train_end, "features": features, "labelClasses": None}


def _plain(step: dict | None) -> dict | None:
    """numpy scalars as Python floats, for the JSON spec."""
    if step is None:
        return None
    return {k: float(v) if isinstance(v, (np.floating, np.integer)) else v for k, v in step.items()}


def _scaled(x: pd.Series, step: dict) -> np.ndarray:
    return ((x - step["mean"]) / step["std"]).to_numpy(np.float32)


def transform(df: pd.DataFrame, stats: dict, view: fv.View, expand: bool) -> pd.DataFrame:
    f = stats["features"]
    date = df[view.event_time].dt

    vocabulary = f["origin"][0]["vocabulary"]
    origin = df["origin"].cat.set_categories(vocabulary).cat.codes.to_numpy(np.int32)
    origin[origin < 0] = len(vocabulary)  # outside the vocabulary (or missing): "other"
    # One hash per distinct destination, then looked up by category code.
    categories = df["destination"].cat.categories
    buckets = np.array([fv.fnv1a_32(c) % view.buckets for c in categories], dtype=np.int32)
    codes = df["destination"].cat.codes.to_numpy()
    destination = np.where(codes >= 0, buckets[codes], -1).astype(np.int32)
    angle = date.hour.to_numpy() * (2 * np.pi / 24)

    mean_delay = df["origin_mean_delay_7d"]
    missing = mean_delay.isna()
    mean_delay = mean_delay.fillna(f["origin_mean_delay_7d"][0]["value"])
    rate = df["origin_delay_rate_7d"].fillna(f["origin_delay_rate_7d"][0]["value"])
    lo, hi = f["origin_delay_rate_7d"][1]["min"], f["origin_delay_rate_7d"][1]["max"]

    columns = {
        "distance": _scaled(
            _log1p(df["distance"].fillna(f["distance"][0]["value"])), f["distance"][2]
        ),
        "origin": origin,
        "destination": destination,
        "hour_sin": np.sin(angle).astype(np.float32),
        "hour_cos": np.cos(angle).astype(np.float32),
        "weekday": date.day_of_week.to_numpy(np.int32),  # Monday = 0
        "origin_flights_7d": _scaled(
            np.log1p(df["origin_flights_7d"]), f["origin_flights_7d"][1]
        ),
        "origin_mean_delay_7d": _scaled(
            mean_delay.clip(view.clip_min, view.clip_max), f["origin_mean_delay_7d"][2]
        ),
        "origin_mean_delay_7d_missing": missing.to_numpy(np.float32),
        "origin_delay_rate_7d": ((rate - lo) / ((hi - lo) or 1.0)).to_numpy(np.float32),
        fv.LABEL: df[view.label].to_numpy(),
        fv.EVENT_TIME: df[view.event_time].to_numpy("datetime64[us]").view(np.int64) / 1_000,
        fv.ENTITY: df[view.entity],
    }
    out = pd.DataFrame(columns, copy=False)
    if not expand:
        return out
    labels = {
        "origin": vocabulary + ["other"],
        "destination": [str(b) for b in range(view.buckets)],
        "weekday": fv.WEEKDAYS,
    }
    # What pandas users write: one float column per category. Fixed categories keep every
    # column (and their order) even when a category does not occur.
    parts = []
    for name in out.columns:
        if name in labels:
            category = pd.Categorical.from_codes(out[name], categories=labels[name])
            parts.append(pd.get_dummies(category, prefix=name, prefix_sep="=", dtype=np.float32))
        else:
            parts.append(out[[name]])
    return pd.concat(parts, axis=1)


def write(out: pd.DataFrame, bounds: tuple[int, int], directory: str) -> dict:
    ranges = zip(SPLITS, [0, *bounds], [*bounds, len(out)])
    paths = {}
    for name, start, end in ranges:
        paths[name] = os.path.join(directory, f"{name}.arrow")
        table = pa.Table.from_pandas(out.iloc[start:end], preserve_index=False)
        feather.write_feather(table, paths[name], compression="uncompressed")
    return paths


if __name__ == "__main__":
    import sys

    run_peer(sys.modules[__name__])

"""Peer: the flights-delay feature view in polars. Each stage is one or two polars queries (the
expressions of a `select` run in parallel); fitted on the training split, applied to every row,
compact form by default: float32 columns plus one int32 index column per one-hot block;
`--expand` writes `DataFrame.to_dummies` columns instead."""

import math
import os

import polars as pl

import feature_view as fv
from peer_run import run_peer

TOOL = "polars"
DUMMIES = "to_dummies"
COLUMNS = ["date", "delay", "distance", "origin", "destination"]
SPLITS = ["train", "validation", "test"]
F32 = pl.Float32


def load(path: str, view: fv.View) -> tuple[pl.DataFrame, int]:
    df = pl.read_parquet(path, columns=COLUMNS)
    rows = df.height
    df = df.drop_nulls([view.event_time, view.label_source])
    # Airport codes repeat millions of times: categoricals make grouping and joining on them
    # several times cheaper than on strings.
    return df.with_columns(pl.col("origin", "destination").cast(pl.Categorical)), rows


def aggregate(df: pl.DataFrame, view: fv.View) -> pl.DataFrame:
    date, entity = view.event_time, view.entity
    df = df.sort(date, maintain_order=True)
    # The window is [t - 7 days, t): rows at the same instant as t are out, even earlier ones in
    # the file. A rolling window over rows (closed='left') would count those, so the rows are
    # first summed per (origin, instant) and the window rolls over those sums.
    per_instant = (
        df.group_by(entity, date)
        .agg(n=pl.len(), total=pl.col("delay").sum(), late=(pl.col("delay") > view.rate_threshold).sum())
        .sort(date)
    )
    window = {"by": date, "window_size": f"{view.window_days}d", "closed": "left"}
    rolled = pl.col("n", "total", "late").rolling_sum_by(**window).over(entity).fill_null(0)
    n = pl.col("n")
    windows = per_instant.with_columns(rolled).select(
        entity,
        date,
        origin_flights_7d=n.cast(pl.Float64),
        # An empty window has no mean or rate: null.
        origin_mean_delay_7d=pl.when(n > 0).then(pl.col("total") / n),
        origin_delay_rate_7d=pl.when(n > 0).then(pl.col("late") / n),
    )
    label = (pl.col(view.label_source) > view.label_threshold).cast(F32).alias(view.label)
    return df.join(windows, on=[entity, date], how="left", maintain_order="left").with_columns(
        label
    )


def split(df: pl.DataFrame, view: fv.View) -> tuple[int, int]:
    dates = df.get_column(view.event_time)
    return fv.split_bounds(
        df.height, view, lambda i: int(dates.search_sorted(dates[i], side="right"))
    )


def _log1p(column: str) -> pl.Expr:
    return pl.col(column).clip(lower_bound=0).log1p()


def _standardize(values: pl.Expr, name: str) -> list[pl.Expr]:
    return [values.mean().alias(f"{name}.mean"), values.std(ddof=0).alias(f"{name}.std")]


def fit(df: pl.DataFrame, train_end: int, view: fv.View) -> dict:
    train = df.slice(0, train_end)
    # The imputed values first: the later steps are fitted on imputed data.
    fill = train.select(
        distance=pl.col("distance").median(),
        mean_delay=pl.col("origin_mean_delay_7d").mean(),
        rate=pl.col("origin_delay_rate_7d").mean(),
    ).row(0, named=True)
    distance = pl.col("distance").fill_null(fill["distance"]).clip(lower_bound=0).log1p()
    mean_delay = (
        pl.col("origin_mean_delay_7d").fill_null(fill["mean_delay"]).clip(view.clip_min, view.clip_max)
    )
    rate = pl.col("origin_delay_rate_7d").fill_null(fill["rate"])
    s = train.select(
        *_standardize(distance, "distance"),
        *_standardize(_log1p("origin_flights_7d"), "flights"),
        *_standardize(mean_delay, "mean_delay"),
        rate.min().alias("rate.min"),
        rate.max().alias("rate.max"),
    ).row(0, named=True)

    vocabulary = (
        train.get_column("origin")
        .value_counts(name="count")
        .filter(pl.col("count") >= view.min_count)
        .sort(["count", "origin"], descending=[True, False])
        .head(view.top_k)
        .get_column("origin")
        .to_list()
    )

    def standardize(name: str) -> dict:
        std = s[f"{name}.std"]
        return {"kind": "standardize", "mean": s[f"{name}.mean"], "std": std if std > 0 else 1.0}

    features = {
        "distance": [{"kind": "impute", "value": fill["distance"]}, None, standardize("distance")],
        "origin": [{"kind": "one_hot", "vocabulary": vocabulary}],
        "destination": [None],
        "hour": [None],
        "weekday": [None],
        "origin_flights_7d": [None, standardize("flights")],
        "origin_mean_delay_7d": [
            {"kind": "impute", "value": fill["mean_delay"]},
            None,
            standardize("mean_delay"),
        ],
        "origin_delay_rate_7d": [
            {"kind": "impute", "value": fill["rate"]},
            {"kind": "min_max", "min": s["rate.min"], "max": s["rate.max"]},
        ],
    }
    return {"fittedRows": train_end, "features": features, "labelClasses": None}


def _scaled(values: pl.Expr, step: dict) -> pl.Expr:
    return ((values - step["mean"]) / step["std"]).cast(F32)


def transform(df: pl.DataFrame, stats: dict, view: fv.View, expand: bool) -> pl.DataFrame:
    f = stats["features"]
    vocabulary = f["origin"][0]["vocabulary"]
    # One hash per distinct destination, then a lookup per row.
    destinations = df.get_column("destination").unique().drop_nulls().to_list()
    buckets = [fv.fnv1a_32(d) % view.buckets for d in destinations]
    angle = pl.col(view.event_time).dt.hour() * (2 * math.pi / 24)
    lo, hi = f["origin_delay_rate_7d"][1]["min"], f["origin_delay_rate_7d"][1]["max"]
    mean_delay = pl.col("origin_mean_delay_7d")

    out = df.select(
        distance=_scaled(
            pl.col("distance").fill_null(f["distance"][0]["value"]).clip(lower_bound=0).log1p(),
            f["distance"][2],
        ),
        # Outside the vocabulary (or missing): "other", the last index.
        origin=pl.col("origin").replace_strict(
            vocabulary, range(len(vocabulary)), default=len(vocabulary), return_dtype=pl.Int32
        ),
        destination=pl.col("destination")
        .replace_strict(destinations, buckets, return_dtype=pl.Int32)
        .fill_null(-1),
        hour_sin=angle.sin().cast(F32),
        hour_cos=angle.cos().cast(F32),
        weekday=(pl.col(view.event_time).dt.weekday() - 1).cast(pl.Int32),  # Monday = 0
        origin_flights_7d=_scaled(_log1p("origin_flights_7d"), f["origin_flights_7d"][1]),
        origin_mean_delay_7d=_scaled(
            mean_delay.fill_null(f["origin_mean_delay_7d"][0]["value"]).clip(
                view.clip_min, view.clip_max
            ),
            f["origin_mean_delay_7d"][2],
        ),
        origin_mean_delay_7d_missing=mean_delay.is_null().cast(F32),
        origin_delay_rate_7d=(
            (pl.col("origin_delay_rate_7d").fill_null(f["origin_delay_rate_7d"][0]["value"]) - lo)
            / ((hi - lo) or 1.0)
        ).cast(F32),
        **{
            fv.LABEL: pl.col(view.label),
            fv.EVENT_TIME: pl.col(view.event_time).dt.epoch("us") / 1_000,
            fv.ENTITY: pl.col(view.entity),
        },
    )
    if not expand:
        return out
    labels = {
        "origin": vocabulary + ["other"],
        "destination": [str(b) for b in range(view.buckets)],
        "weekday": fv.WEEKDAYS,
    }
    # What polars users write: to_dummies, made float32. It only makes columns for values that
    # occur, so the full, ordered set is selected afterwards (zeros for absent categories).
    named = out.with_columns(
        pl.col(name).replace_strict(range(len(values)), values, return_dtype=pl.String)
        for name, values in labels.items()
    )
    dummies = named.to_dummies(list(labels), separator="=")
    columns = []
    for name in out.columns:
        if name not in labels:
            columns.append(pl.col(name))
            continue
        for value in labels[name]:
            column = f"{name}={value}"
            present = column in dummies.columns
            columns.append((pl.col(column) if present else pl.lit(0)).cast(F32).alias(column))
    return dummies.select(columns)


def write(out: pl.DataFrame, bounds: tuple[int, int], directory: str) -> dict:
    ranges = zip(SPLITS, [0, *bounds], [*bounds, out.height])
    paths = {}
    for name, start, end in ranges:
        paths[name] = os.path.join(directory, f"{name}.arrow")
        out.slice(start, end - start).write_ipc(paths[name], compression="uncompressed")
    return paths


if __name__ == "__main__":
    import sys

    run_peer(sys.modules[__name__])

"""Peer: polars end to end. The contract's checks are polars expressions evaluated in one pass
(a failing-row count per check); row numbers are looked up only for checks that failed."""

from datetime import datetime, timedelta, timezone

import polars as pl

import flights_contract as contract
import profile_format as fmt
from peer_run import run_peer

TOOL = "polars"
SLUG = "polars"

DTYPES = {"timestamp": pl.Datetime("us"), "int64": pl.Int64, "string": pl.String}


def read(path: str) -> pl.DataFrame:
    return pl.read_parquet(path)


def _row_failure(rule: contract.Rule) -> pl.Expr | None:
    """An expression true on each failing row, for the rules that judge rows; nulls fail only
    not_null, as in Loopline."""
    col = pl.col(rule.column) if rule.column else None
    p = rule.params
    if rule.kind in ("range", "event_time_window"):
        return ~col.is_between(p["min"], p["max"])
    if rule.kind == "pattern":
        return ~col.str.contains(p["regex"])
    if rule.kind == "event_time_monotonic":
        return col < col.shift(1)
    return None


def _table_failure(df: pl.DataFrame, rule: contract.Rule, missing: dict) -> str | None:
    """What a table-level rule observed when it fails, else None."""
    p = rule.params
    if rule.kind == "row_count" and not p["min"] <= df.height <= p["max"]:
        return f"rows={df.height}"
    if rule.kind == "max_missing_rate" and df.height:
        rate = missing[rule.column] / df.height
        return f"missing_rate={rate}" if rate > p["max"] else None
    if rule.kind == "freshness":
        newest = df.get_column(rule.column).max()
        age = datetime.now(timezone.utc).replace(tzinfo=None) - newest if newest else None
        return f"age={age}" if age is None or age > timedelta(hours=p["maxAgeHours"]) else None
    return None


def validate(df: pl.DataFrame) -> list[dict]:
    violations = []
    for name, expected in contract.COLUMNS.items():
        actual = df.schema.get(name)
        if actual != DTYPES[expected]:
            violations.append(_violation("schema", "error", name, 0, [], f"{name}: {actual}"))
    extra = [name for name in df.columns if name not in contract.COLUMNS]
    if extra and contract.STRICT:
        violations.append(_violation("schema", "error", None, 0, [], f"extra columns {extra}"))
    if violations:
        return violations  # the value checks assume the declared types

    missing = df.null_count().row(0, named=True)
    checks = [(("not_null", "error", name), pl.col(name).is_null()) for name in contract.NOT_NULL]
    for rule in contract.RULES:
        expr = _row_failure(rule)
        if expr is not None:
            checks.append(((rule.kind, rule.severity, rule.column), expr.fill_null(False)))
        else:
            observed = _table_failure(df, rule, missing)
            if observed is not None:
                violations.append(
                    _violation(rule.kind, rule.severity, rule.column, 0, [], observed)
                )

    # Every row check in one pass; row numbers only for those that failed.
    failing = df.select(expr.sum().alias(str(i)) for i, (_, expr) in enumerate(checks)).row(0)
    numbered = None
    for ((kind, severity, column), expr), count in zip(checks, failing):
        if count:
            numbered = numbered if numbered is not None else df.with_row_index("_row")
            sample = numbered.filter(expr).head(contract.SAMPLE_ROWS)
            observed = str(sample.get_column(column)[0])
            rows = sample["_row"].to_list()
            violations.append(_violation(kind, severity, column, count, rows, observed))
    return violations


def _violation(rule, severity, column, count, sample, observed) -> dict:
    return {
        "rule": rule,
        "column": column,
        "severity": severity,
        "failingRowCount": int(count),
        "sampleRows": sample,
        "observedValue": observed,
    }


def _numeric_exprs(name: str, values: pl.Expr) -> list[pl.Expr]:
    exprs = [
        values.min().alias(f"{name}.min"),
        values.max().alias(f"{name}.max"),
        values.mean().alias(f"{name}.mean"),
        values.std(ddof=1).fill_null(0.0).alias(f"{name}.std"),
    ]
    # All levels in one call: polars selects them from one pass instead of one per level.
    levels = list(fmt.QUANTILE_LEVELS)
    exprs.append(values.quantile(levels, interpolation="linear").alias(f"{name}.quantiles"))
    return exprs


def _histogram(values: pl.Series, lo, hi) -> list[int]:
    if lo == hi:
        return [values.len()]
    scaled = ((values - lo) / (hi - lo) * fmt.HISTOGRAM_BINS).floor().cast(pl.Int32)
    # The last bin is closed: max falls into it, as with numpy and Loopline.
    bins = scaled.clip(0, fmt.HISTOGRAM_BINS - 1).value_counts()
    counts = [0] * fmt.HISTOGRAM_BINS
    for index, count in bins.iter_rows():
        counts[index] = count
    return counts


def profile(df: pl.DataFrame) -> dict:
    # Timestamps are summarised as epoch milliseconds, as Loopline does.
    values = {
        name: pl.col(name).dt.epoch("ms") if kind == "timestamp" else pl.col(name)
        for name, kind in contract.COLUMNS.items()
    }
    numeric_names = [n for n, k in contract.COLUMNS.items() if k != "string"]
    exprs = []
    for name in contract.COLUMNS:
        exprs += [
            pl.col(name).null_count().alias(f"{name}.missing"),
            pl.col(name).drop_nulls().n_unique().alias(f"{name}.distinct"),
        ]
    for name in numeric_names:
        exprs += _numeric_exprs(name, values[name])
    stats = df.select(exprs).row(0, named=True)

    columns = []
    for name, kind in contract.COLUMNS.items():
        missing, present = stats[f"{name}.missing"], df.height - stats[f"{name}.missing"]
        numeric = categorical = None
        if present and name in numeric_names:
            lo, hi = stats[f"{name}.min"], stats[f"{name}.max"]
            series = df.select(values[name]).to_series().drop_nulls()
            quantiles = stats[f"{name}.quantiles"]
            numeric = fmt.numeric_summary(
                lo,
                hi,
                stats[f"{name}.mean"],
                stats[f"{name}.std"],
                quantiles,
                _histogram(series, lo, hi),
            )
        elif present:
            top = (
                df.get_column(name)
                .drop_nulls()
                .value_counts(name="count")
                .sort(["count", name], descending=[True, False])
                .head(fmt.TOP_K)
            )
            categorical = fmt.categorical_summary(list(top.iter_rows()), present)
        columns.append(
            fmt.column_profile(
                name, kind, df.height, missing, stats[f"{name}.distinct"], numeric, categorical
            )
        )
    return fmt.data_profile(df.height, columns)


def write_parquet(df: pl.DataFrame, path: str) -> None:
    df.write_parquet(path, compression="zstd")


if __name__ == "__main__":
    import sys

    run_peer(sys.modules[__name__])
